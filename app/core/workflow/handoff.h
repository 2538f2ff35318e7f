// Hand-off: transmittal batches of dossiers to the land registration office (or branch, or service centre) and to
// the tax office, the other side's receipt numbers and due dates, tax notices and their payment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_book.h"
#include "storage/database.h"
#include "util/datetime.h"
#include "util/error.h"

namespace landdesk::workflow {

enum class AgencyKind { LandRegistrationOffice, LandRegistrationBranch, ServiceCentre, TaxOffice };

// "land_registration_office", "land_registration_branch", "service_centre", "tax_office".
std::string_view agencyKindCode(AgencyKind k);
std::optional<AgencyKind> agencyKindFromCode(std::string_view code);
// "Văn phòng đăng ký đất đai" …; the office's own agency name comes from the setting handoff.agency.<code>.
std::string_view agencyKindLabel(AgencyKind k, Language lang);
// Filing the dossier for registration (not the tax office).
inline bool isRegistrationAgency(AgencyKind k) { return k != AgencyKind::TaxOffice; }

struct HandoffItem {
  int64_t caseId = 0;
  std::string caseCode, mainParty;
  int position = 0;
  std::string receiptNumber;              // the other side's receipt no.; empty until recorded
  std::optional<LocalDateTime> dueAt;     // their appointment for the result
  std::optional<LocalDateTime> receiptAt;
};

struct HandoffBatch {
  int64_t id = 0;
  AgencyKind agencyKind = AgencyKind::LandRegistrationOffice;
  std::string agency;  // the agency's name
  LocalDateTime sentAt{};
  std::string officer, note;
  LocalDateTime createdAt{};
  int64_t itemCount = 0, receipted = 0;
  std::vector<HandoffItem> items;  // filled by batch(), empty in lists
};

struct NewBatch {
  AgencyKind agencyKind = AgencyKind::LandRegistrationOffice;
  std::string agency;                // the setting handoff.agency.<code>, else the kind's label, when empty
  std::optional<LocalDateTime> at;   // when the dossiers were handed over; now when empty
  std::string officer;               // who carried them; the actor when empty
  std::string note;
  std::vector<int64_t> caseIds;      // in the order of the transmittal slip
};

// One transaction for the whole batch: to a registration agency every case moves to "filed" (from authenticated
// or handed_to_cadastral); to the tax office every case must be at the registration stage (no state change, an
// event "handoff"). Refused, with nothing written, when the list is empty, names a case twice, or any one case
// cannot go (the message names that case and why).
Result<HandoffBatch> createBatch(storage::Database& db, const rules::RuleBook& rules, const NewBatch& batch,
                                 const std::string& actor, LocalDateTime now = localNow());
Result<HandoffBatch> createBatch(storage::Database& db, const NewBatch& batch, const std::string& actor);

Result<std::vector<HandoffBatch>> listBatches(storage::Database& db, int64_t limit = 100);
Result<HandoffBatch> batch(storage::Database& db, int64_t id);
Result<std::vector<HandoffBatch>> batchesOfCase(storage::Database& db, int64_t caseId);

// The other side's receipt number and due date for one dossier of a batch (an event "handoff_receipt").
// Refused: an empty number, a case not in the batch, a due date before the hand-over.
Status recordReceipt(storage::Database& db, int64_t batchId, int64_t caseId, const std::string& receiptNumber,
                     std::optional<LocalDateTime> dueAt, const std::string& actor, LocalDateTime now = localNow());

struct TaxNotice {
  int64_t id = 0;
  int64_t caseId = 0;
  std::string number;  // the notice's number, when given
  int64_t amount = 0;  // đồng
  LocalDateTime receivedAt{};
  LocalDateTime dueAt{};
  std::optional<LocalDateTime> paidAt;
  std::optional<int64_t> paidAmount;
  std::string paymentRef;
};

struct NewTaxNotice {
  int64_t amount = 0;
  std::optional<LocalDateTime> dueAt;  // as written on the notice; else tax_payment in deadlines.json
  std::string number;
  std::optional<LocalDateTime> at;     // when the notice was received; now when empty
};

// The first notice moves a filed (or tax-paid) case to tax_notice_received; a further notice while one is open is
// added without a transition (an event "tax_notice").
Result<TaxNotice> recordTaxNotice(storage::Database& db, const rules::RuleBook& rules, int64_t caseId,
                                  const NewTaxNotice& notice, const std::string& actor, LocalDateTime now = localNow());
// Settles every open notice and moves the case to tax_paid.
Status recordTaxPaid(storage::Database& db, const rules::RuleBook& rules, int64_t caseId,
                     std::optional<LocalDateTime> at, std::optional<int64_t> amount, const std::string& reference,
                     const std::string& actor, LocalDateTime now = localNow());
Result<std::vector<TaxNotice>> taxNotices(storage::Database& db, int64_t caseId);

}  // namespace landdesk::workflow
