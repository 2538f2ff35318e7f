// Copy-ready Vietnamese messages to the citizen (Zalo, SMS): signing appointment, papers, tax notice, result ready.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/office_profile.h"
#include "model/vocabulary.h"
#include "storage/database.h"
#include "workflow/handoff.h"
#include "workflow/visits.h"

namespace landdesk::workflow {

enum class MessageEvent { Visit1Booked, PapersNeeded, TaxNotice, ResultReady };

std::string_view messageEventCode(MessageEvent e);  // "visit1", "papers", "tax_notice", "result_ready"
std::optional<MessageEvent> messageEventFromCode(std::string_view code);

// Everything the text needs, already read: the composer itself touches no database.
struct MessageInput {
  MessageEvent event = MessageEvent::ResultReady;
  std::string caseCode;
  model::CaseKind kind = model::CaseKind::TransferWhole;
  std::string citizen;              // the main party's name
  model::OfficeProfile office;
  std::optional<Visit> visit;       // the booked visit 1 or 2, when there is one
  std::vector<std::string> papers;  // to bring (from the visit, else visit_papers.json)
  std::string papersNote;           // waiting for papers: what is missing
  std::vector<TaxNotice> notices;   // open tax notices
};

std::string composeCitizenMessage(const MessageInput& in);

struct CitizenMessage {
  MessageEvent event = MessageEvent::ResultReady;
  std::string text;
};

// The message for the case's current state (visit1_booked, waiting_papers, tax_notice_received, result_received or
// citizen_notified) or for `event`; "message.none" for a state with nothing to tell.
Result<CitizenMessage> citizenMessage(storage::Database& db, int64_t caseId,
                                      std::optional<MessageEvent> event = std::nullopt);

}  // namespace landdesk::workflow
