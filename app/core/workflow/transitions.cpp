#include "workflow/transitions.h"

#include <algorithm>

namespace landdesk::workflow {

using model::CaseKind;
using S = model::CaseStatus;

namespace {

// The main line and its sanctioned shortcuts (legal-facts §1.2, §5). Waiting for papers returns only to where it
// came from (handled below); closed states have no way out (a mistaken close is corrected, not advanced).
struct Edge {
  S from;
  std::vector<S> to;
};

const std::vector<Edge>& edges() {
  static const std::vector<Edge> table = {
      // A citizen who brings a ready draft can be booked or authenticated without the drafting steps.
      {S::Received, {S::Drafting, S::DraftSent, S::Visit1Booked, S::Authenticated, S::WaitingForPapers, S::Refused,
                     S::Withdrawn}},
      {S::Drafting, {S::DraftSent, S::Visit1Booked, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      // The citizen asks for changes to the draft: back to drafting.
      {S::DraftSent, {S::Drafting, S::Visit1Booked, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::Visit1Booked, {S::Drafting, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      // The cadastral officer may take the dossier and file it the same day (authenticated → filed).
      {S::Authenticated, {S::HandedToCadastral, S::Filed, S::Withdrawn}},
      {S::HandedToCadastral, {S::Filed, S::Withdrawn}},
      // No tax notice when every party is exempt: filed → result received. The office may ask for papers or
      // refuse the dossier (returned to the citizen).
      {S::Filed, {S::TaxNoticeReceived, S::ResultReceived, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::TaxNoticeReceived, {S::TaxPaid, S::Withdrawn}},
      // A further notice (e.g. LPTB after PIT) after the first is paid.
      {S::TaxPaid, {S::ResultReceived, S::TaxNoticeReceived, S::Withdrawn}},
      {S::ResultReceived, {S::CitizenNotified, S::Collected}},
      {S::CitizenNotified, {S::Collected}},
  };
  return table;
}

}  // namespace

bool isBeforeAuthentication(S s) {
  return s == S::Received || s == S::Drafting || s == S::DraftSent || s == S::Visit1Booked || s == S::Posting;
}

bool takesPosting(CaseKind kind) {
  return kind == CaseKind::InheritanceDivision || kind == CaseKind::InheritanceDeclaration;
}

bool isAtRegistration(S s) { return s == S::Filed || s == S::TaxNoticeReceived || s == S::TaxPaid; }

bool isClosed(S s) { return s == S::Collected || s == S::Refused || s == S::Withdrawn; }

std::vector<S> allowedNext(S from, CaseKind kind, std::optional<S> resumeTo) {
  // Posting ends by going back to where it started, or straight on to signing or authentication.
  if (from == S::Posting) {
    std::vector<S> out{resumeTo.value_or(S::Received)};
    for (S next : {S::Visit1Booked, S::Authenticated, S::Refused, S::Withdrawn})
      if (next != out.front()) out.push_back(next);
    return out;
  }
  if (from == S::WaitingForPapers) {
    std::vector<S> out;
    out.push_back(resumeTo.value_or(S::Received));
    out.push_back(S::Refused);
    out.push_back(S::Withdrawn);
    return out;
  }
  std::vector<S> out;
  for (const Edge& e : edges())
    if (e.from == from) out = e.to;
  // Văn bản từ chối nhận di sản has no registration of its own (the other heirs register the estate): after
  // authentication the citizen takes the document.
  if (from == S::Authenticated && kind == CaseKind::InheritanceRefusal) out = {S::Collected, S::Withdrawn};
  // Niêm yết: the decree sets no posting for commune authentication, some provinces post anyway (legal-facts §1.5),
  // so an inheritance division or declaration may be posted before it is authenticated.
  if (takesPosting(kind) && isBeforeAuthentication(from)) out.push_back(S::Posting);
  return out;
}

std::string statusLabel(S s, Language lang) {
  const auto& t = model::term(s);
  return std::string(lang == Language::English ? t.en : t.vi) + " (" + std::string(t.code) + ")";
}

std::optional<Error> refuseTransition(S from, S to, CaseKind kind, std::optional<S> resumeTo) {
  auto next = allowedNext(from, kind, resumeTo);
  if (std::find(next.begin(), next.end(), to) != next.end()) return std::nullopt;
  std::string vi = "Không thể chuyển từ \"" + statusLabel(from, Language::Vietnamese) + "\" sang \"" +
                   statusLabel(to, Language::Vietnamese) + "\"";
  std::string en = "Cannot move from \"" + statusLabel(from, Language::English) + "\" to \"" +
                   statusLabel(to, Language::English) + "\"";
  if (next.empty()) {
    vi += "; hồ sơ đã kết thúc, không còn bước tiếp theo (sửa bước nhầm bằng lệnh đính chính)";
    en += "; the case is closed and has no next step (correct a mistaken step instead)";
  } else {
    std::string vn, e;
    for (S n : next) {
      vn += (vn.empty() ? "" : ", ") + std::string(model::codeOf(n));
      e += (e.empty() ? "" : ", ") + std::string(model::codeOf(n));
    }
    vi += "; các bước được phép: " + vn;
    en += "; allowed next: " + e;
  }
  return makeError("workflow.not_allowed", vi, en);
}

std::optional<Error> missingDetail(S to, const TransitionDetails& d) {
  auto missing = [](const char* vi, const char* en) {
    return makeError("workflow.missing_detail", std::string("Thiếu thông tin: ") + vi, std::string("Missing: ") + en);
  };
  switch (to) {
    case S::TaxNoticeReceived:
      if (!d.amount) return missing("số tiền trên thông báo thuế (--amount)", "the tax notice's amount (--amount)");
      if (*d.amount < 0 || *d.amount > 1'000'000'000'000'000)
        return makeError("workflow.bad_amount", "Số tiền không hợp lệ", "The amount is not valid",
                         std::to_string(*d.amount));
      break;
    case S::TaxPaid:
      if (d.amount && (*d.amount < 0 || *d.amount > 1'000'000'000'000'000))
        return makeError("workflow.bad_amount", "Số tiền không hợp lệ", "The amount is not valid",
                         std::to_string(*d.amount));
      break;
    case S::WaitingForPapers:
      if (d.note.empty()) return missing("giấy tờ cần bổ sung (--note)", "which papers are missing (--note)");
      break;
    case S::Refused:
    case S::Withdrawn:
      if (d.note.empty()) return missing("lý do (--note)", "the reason (--note)");
      break;
    default:
      break;
  }
  return std::nullopt;
}

}  // namespace landdesk::workflow
