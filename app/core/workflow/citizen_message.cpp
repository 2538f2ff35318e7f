#include "workflow/citizen_message.h"

#include "rules/calendar_time.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/workflow_repository.h"
#include "text/number_format.h"
#include "workflow/stage_clock.h"
#include "workflow/visit_papers.h"

namespace landdesk::workflow {

using S = model::CaseStatus;

namespace {

constexpr std::pair<MessageEvent, std::string_view> kCodes[] = {{MessageEvent::Visit1Booked, "visit1"},
                                                                 {MessageEvent::PapersNeeded, "papers"},
                                                                 {MessageEvent::TaxNotice, "tax_notice"},
                                                                 {MessageEvent::ResultReady, "result_ready"}};

const char* weekdayVi(unsigned iso) {
  static const char* names[] = {"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
  return iso >= 1 && iso <= 7 ? names[iso] : "";
}

// "09:00 thứ Năm, ngày 05/03/2026"
std::string when(LocalDateTime t) {
  const rules::LocalMinutes m = toMinutes(t);
  return rules::formatTimeOfDay(rules::timeOf(m)) + " " + weekdayVi(rules::isoWeekday(rules::dayOf(m))) + ", ngày " +
         rules::formatDateVi(rules::dayOf(m));
}

std::string sender(const model::OfficeProfile& o) {
  return o.commune.empty() ? std::string("Bộ phận Một cửa") : o.peoplesCommittee();
}

std::string place(const MessageInput& in) {
  if (in.visit && !in.visit->place.empty()) return in.visit->place;
  std::string p = in.office.commune.empty() ? std::string("Bộ phận Một cửa") : in.office.serviceCentreName();
  if (!in.office.address.empty()) p += ", " + in.office.address;
  return p;
}

std::string paperList(const std::vector<std::string>& papers) {
  std::string out;
  for (size_t i = 0; i < papers.size(); ++i) out += " (" + std::to_string(i + 1) + ") " + papers[i] + ";";
  if (!out.empty()) out.back() = '.';
  return out;
}

}  // namespace

std::string_view messageEventCode(MessageEvent e) {
  for (const auto& [event, code] : kCodes)
    if (event == e) return code;
  return "?";
}

std::optional<MessageEvent> messageEventFromCode(std::string_view code) {
  for (const auto& [event, c] : kCodes)
    if (c == code) return event;
  return std::nullopt;
}

std::string composeCitizenMessage(const MessageInput& in) {
  const std::string who = in.citizen.empty() ? std::string("ông/bà") : "ông/bà " + in.citizen;
  const std::string kind(model::term(in.kind).vi);
  std::string text = "[" + sender(in.office) + "] Kính gửi " + who + ": hồ sơ " + in.caseCode + " (" + kind + ")";
  switch (in.event) {
    case MessageEvent::Visit1Booked:
      text += " đã sẵn sàng để ký. Mời ông/bà và các bên liên quan đến ký, chứng thực";
      text += in.visit ? " lúc " + when(in.visit->at) : std::string(" trong giờ làm việc");
      text += " tại " + place(in) + ".";
      if (!in.papers.empty()) text += " Xin mang theo:" + paperList(in.papers);
      break;
    case MessageEvent::PapersNeeded:
      text += " cần bổ sung giấy tờ: " + in.papersNote + ". Xin gửi ảnh qua Zalo hoặc mang đến " + place(in) +
              ". Thời hạn giải quyết tạm dừng cho đến khi nhận đủ giấy tờ.";
      break;
    case MessageEvent::TaxNotice: {
      int64_t total = 0;
      std::optional<LocalDateTime> due;
      for (const auto& n : in.notices) {
        total += n.amount;
        if (!due || n.dueAt < *due) due = n.dueAt;
      }
      text += " đã có thông báo nộp thuế, lệ phí: tổng số tiền " + text::formatInteger(total) + " đồng";
      if (due) text += ", hạn nộp chậm nhất ngày " + rules::formatDateVi(rules::dayOf(toMinutes(*due)));
      text += ". Có thể nộp tại ngân hàng, qua VNeID hoặc eTax; nộp xong xin gửi ảnh chứng từ cho bộ phận một cửa.";
      break;
    }
    case MessageEvent::ResultReady:
      text += " đã có kết quả. Mời ông/bà đến nhận";
      text += in.visit ? " lúc " + when(in.visit->at) : std::string(" trong giờ làm việc");
      text += " tại " + place(in) + ".";
      if (!in.papers.empty()) text += " Xin mang theo:" + paperList(in.papers);
      break;
  }
  if (!in.office.phone.empty()) text += " Điện thoại liên hệ: " + in.office.phone + ".";
  return text;
}

Result<CitizenMessage> citizenMessage(storage::Database& db, int64_t caseId, std::optional<MessageEvent> event) {
  try {
    storage::WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", "#" + std::to_string(caseId));
    if (!event) {
      switch (row->status) {
        case S::Visit1Booked: event = MessageEvent::Visit1Booked; break;
        case S::WaitingForPapers: event = MessageEvent::PapersNeeded; break;
        case S::TaxNoticeReceived: event = MessageEvent::TaxNotice; break;
        case S::ResultReceived:
        case S::CitizenNotified: event = MessageEvent::ResultReady; break;
        default:
          return makeError("message.none",
                           "Không có tin nhắn cho công dân ở trạng thái \"" + std::string(model::term(row->status).vi) + "\"",
                           "Nothing to tell the citizen in the state \"" + std::string(model::term(row->status).en) + "\"",
                           row->code);
      }
    }
    MessageInput in;
    in.event = *event;
    in.caseCode = row->code;
    in.kind = row->kind;
    in.citizen = row->mainParty;
    if (auto settings = db.settings().all()) in.office = model::officeProfileFrom(*settings);
    const int number = *event == MessageEvent::Visit1Booked ? 1 : 2;
    for (const auto& v : repo.visitsOfCase(caseId))
      if (v.number == number && v.state == "booked")
        in.visit = Visit{v.id, v.caseId, v.caseCode, v.mainParty, v.number, v.at, v.place, {}, v.note, v.state,
                         v.bookedAt, v.bookedBy};
    if (*event == MessageEvent::Visit1Booked || *event == MessageEvent::ResultReady) {
      const rules::Date on = rules::dayOf(toMinutes(in.visit ? in.visit->at : localNow()));
      if (auto papers = defaultVisitPapers())
        if (const auto* list = (*papers)->find(number, row->kind, on)) in.papers = list->papers;
    }
    if (*event == MessageEvent::PapersNeeded)
      for (const auto& t : repo.transitions(caseId))
        if (t.to == S::WaitingForPapers && !t.supersededBy && !t.voids) in.papersNote = t.note;
    if (*event == MessageEvent::TaxNotice)
      for (const auto& n : repo.taxNotices(caseId))
        if (!n.paidAt) in.notices.push_back({n.id, n.caseId, n.number, n.amount, n.receivedAt, n.dueAt, n.paidAt,
                                             n.paidAmount, n.paymentRef});
    return CitizenMessage{*event, composeCitizenMessage(in)};
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

}  // namespace landdesk::workflow
