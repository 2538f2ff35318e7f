#include "commands/register_cli.h"

#include <cstdio>

#include "cli_output.h"
#include "rules/calendar_time.h"
#include "text/dates.h"
#include "text/number_format.h"

namespace landdesk::cli::reg {

using namespace std::chrono;

bool english(const Invocation& inv) { return inv.language == Language::English; }
const std::string& pick(const Invocation& inv, const std::string& vi, const std::string& en) { return english(inv) ? en : vi; }
std::string actor(const Invocation& inv) { return inv.args.valueOr("--actor", "cli"); }
std::string money(int64_t amount) { return text::formatInteger(amount) + " đ"; }

std::string dmy(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}

Result<LocalDateTime> atOption(const Invocation& inv) {
  auto typed = inv.args.value("--at");
  if (!typed) return LocalDateTime{};
  if (auto exact = parseCanonicalDateTime(*typed)) return *exact;
  if (auto minutes = rules::parseDateTime(*typed)) return time_point_cast<seconds>(*minutes);
  return makeError("cli.bad_time", "--at phải có dạng 2026-03-02T09:00 hoặc 2026-03-02",
                   "--at must look like 2026-03-02T09:00 or 2026-03-02", *typed);
}

Result<std::optional<year_month_day>> dateOption(const Invocation& inv, const char* option) {
  auto typed = inv.args.value(option);
  if (!typed) return std::optional<year_month_day>();
  if (auto iso = parseCanonicalDate(*typed)) return std::optional<year_month_day>(*iso);
  auto d = text::parseDmyDate(*typed);
  if (!d) return makeError("cli.bad_date", std::string(option) + " phải là ngày (2026-03-02 hoặc 02/03/2026)",
                           std::string(option) + " must be a date (2026-03-02 or 02/03/2026)", *typed);
  return std::optional<year_month_day>(*d);
}

Result<std::optional<int64_t>> numberOption(const Invocation& inv, const char* option, int64_t min, int64_t max) {
  auto typed = inv.args.value(option);
  if (!typed) return std::optional<int64_t>();
  if (typed->empty() || typed->size() > 12 || typed->find_first_not_of("0123456789") != std::string::npos ||
      std::stoll(*typed) < min || std::stoll(*typed) > max)
    return makeError("cli.bad_number", std::string(option) + " phải là số nguyên từ " + std::to_string(min) + " đến " + std::to_string(max),
                     std::string(option) + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max), *typed);
  return std::optional<int64_t>(std::stoll(*typed));
}

Result<registry::SignerDeclaration> signerOption(const Invocation& inv) {
  registry::SignerDeclaration d;
  d.homonymConfirmed = inv.args.has("--signer-homonym");
  if (inv.args.has("--signer-unrelated")) d.declared = true;
  if (auto typed = inv.args.value("--signer-related")) {
    d.declared = true;
    const size_t colon = typed->find(':');
    const std::string index = typed->substr(0, colon), kinship = colon == std::string::npos ? "other" : typed->substr(colon + 1);
    auto k = model::fromCode<model::Kinship>(kinship);
    if (index.empty() || index.size() > 3 || index.find_first_not_of("0123456789") != std::string::npos || std::stoul(index) < 1 || !k)
      return makeError("cli.bad_signer_relation", "--signer-related phải có dạng SỐ_THỨ_TỰ_BÊN:QUAN_HỆ (vd 2:sibling)",
                       "--signer-related must be PARTY_NUMBER:KINSHIP (e.g. 2:sibling)", *typed);
    d.relatedParty = std::stoul(index) - 1;
    d.kinship = *k;
  }
  return d;
}

std::vector<OptionSpec> checkOptions() {
  return {{"--at", true, "authentication time (2026-03-02T09:00; default now)"},
          {"--signer-unrelated", false, "the officer declares the signer is not related to any party"},
          {"--signer-related", true, "PARTY:KINSHIP the signer is related to party number PARTY (1-based), e.g. 2:sibling"},
          {"--signer-homonym", false, "a party shares the signer's name but is another person"},
          {"--separate-property", false, "the married owner proved the parcel is separate property"}};
}

Poco::JSON::Object::Ptr entryJson(const registry::RegisterEntry& e) {
  auto o = jsonObject();
  o->set("year", e.year);
  o->set("number", e.number);
  o->set("book", e.book);
  o->set("number_text", e.numberText);
  o->set("date", isoDate(e.date));
  o->set("kind", std::string(registry::entryKindCode(e.kind)));
  if (e.refersTo) o->set("refers_to", e.refersToText);
  o->set("case_code", e.caseCode);
  o->set("parties", e.parties);
  o->set("document_title", e.documentTitle);
  o->set("signer", e.signer);
  o->set("fee", e.fee);
  o->set("note", e.note);
  o->set("recorded_at", isoDateTime(e.recordedAt));
  o->set("recorded_by", e.recordedBy);
  o->set("hash", e.hash);
  return o;
}

Poco::JSON::Object::Ptr feeJson(const registry::FeeRecord& f) {
  auto o = jsonObject();
  o->set("kind", f.kind);
  o->set("description", f.description);
  o->set("pages", f.pages);
  o->set("copies", f.copies);
  o->set("amount", f.amount);
  o->set("receipt_no", f.receiptNo);
  o->set("paid_on", isoDate(f.paidOn));
  o->set("rule", f.ruleKey);
  o->set("legal_basis", f.legalBasis);
  return o;
}

Poco::JSON::Object::Ptr noticeJson(const registry::BlockNotice& n) {
  auto o = jsonObject();
  o->set("id", n.id);
  o->set("action", n.release ? "release" : "block");
  o->set("issuer_kind", n.issuerKind);
  o->set("issuer", n.issuer);
  o->set("document_number", n.documentNumber);
  o->set("document_date", isoDate(n.documentDate));
  o->set("gcn_serial", n.gcnSerial);
  o->set("parcel_number", n.parcelNumber);
  o->set("map_sheet", n.mapSheet);
  o->set("commune", n.commune);
  o->set("owner", n.owner);
  o->set("reason", n.reason);
  if (n.releases) o->set("releases", *n.releases);
  o->set("source", n.source);
  return o;
}

Poco::JSON::Object::Ptr findingJson(const registry::Finding& f) {
  auto o = jsonObject();
  o->set("code", f.code);
  o->set("level", f.level == registry::FindingLevel::Blocking ? "blocking" : f.level == registry::FindingLevel::Warning ? "warning" : "passed");
  o->set("vi", f.vi);
  o->set("en", f.en);
  if (!f.basis.empty()) o->set("basis", f.basis);
  return o;
}

}  // namespace landdesk::cli::reg
