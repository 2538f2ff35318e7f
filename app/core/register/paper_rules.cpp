#include "register/paper_rules.h"

#include <cstdio>

#include "rules/data_reader.h"
#include "rules/rule_book.h"

namespace landdesk::registry {

namespace {

using namespace std::chrono;

rules::Date localDay(year_month_day d) { return local_days(d); }

std::string dmy(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}

// The birthday at `age`, 29 February falling back to 28 February in common years.
year_month_day birthday(year_month_day birth, int age) {
  year_month_day d{birth.year() + years(age), birth.month(), birth.day()};
  return d.ok() ? d : year_month_day{d.year(), d.month(), day(28)};
}

template <class E>
std::vector<E> codes(rules::RowReader& r, const char* field) {
  std::vector<E> out;
  for (const std::string& c : r.textList(field)) {
    auto v = model::fromCode<E>(c);
    if (!v) {
      r.fail(field, "mã không biết: " + c, "unknown code: " + c);
      return out;
    }
    out.push_back(*v);
  }
  return out;
}

std::string slotOf(const std::string& table, const std::vector<model::IdType>& types) {
  std::string s = table;
  for (auto t : types) s += ":" + std::string(model::codeOf(t));
  return s;
}

}  // namespace

std::vector<const RequiredPaper*> PaperRules::requiredFor(model::CaseKind kind, year_month_day on) const {
  std::vector<const RequiredPaper*> out;
  for (const RequiredPaper* p : papers.validOn(localDay(on)))
    for (auto k : p->caseKinds)
      if (k == kind) out.push_back(p);
  return out;
}

const IdAcceptance* PaperRules::acceptanceOf(model::IdType type, year_month_day on) const {
  for (const IdAcceptance* a : acceptance.validOn(localDay(on)))
    for (auto t : a->idTypes)
      if (t == type) return a;
  return nullptr;
}

const CardExpiryRule* PaperRules::expiryOf(model::IdType type, year_month_day issued) const {
  for (const CardExpiryRule* e : expiry.validOn(localDay(issued)))
    for (auto t : e->idTypes)
      if (t == type) return e;
  return nullptr;
}

Result<PaperRules> parsePaperRules(const std::string& name, const std::string& json) {
  auto file = rules::DataFile::fromText(name, json);
  if (!file) return file.error();
  PaperRules out;

  auto papers = file->table("required_papers");
  if (!papers) return papers.error();
  std::vector<RequiredPaper> paperRows;
  for (size_t i = 0; i < (*papers)->size(); ++i) {
    rules::RowReader r(name, "required_papers", i, (*papers)->get(static_cast<unsigned>(i)));
    RequiredPaper p;
    static_cast<rules::DatedRow&>(p) = r.head();
    p.caseKinds = codes<model::CaseKind>(r, "case_kinds");
    if (auto paper = model::fromCode<model::DocumentKind>(r.text("paper"))) p.paper = *paper;
    else r.fail("paper", "loại giấy tờ không biết", "unknown paper kind");
    p.scope = r.oneOf("per", {"case", "signing_party"}) == "signing_party" ? PaperScope::SigningParty : PaperScope::Case;
    std::string cond = r.oneOf("condition", {"always", "married_owner", "representative"});
    p.condition = cond == "married_owner"    ? PaperCondition::MarriedOwner
                  : cond == "representative" ? PaperCondition::Representative
                                             : PaperCondition::Always;
    p.nameVi = r.text("name_vi");
    p.nameEn = r.text("name_en");
    if (Status st = r.finish(); !st) return st.error();
    paperRows.push_back(std::move(p));
  }
  out.papers = rules::DatedTable<RequiredPaper>(std::move(paperRows), [](const RequiredPaper& p) { return p.key; });

  auto acceptance = file->table("id_acceptance");
  if (!acceptance) return acceptance.error();
  std::vector<IdAcceptance> acceptRows;
  for (size_t i = 0; i < (*acceptance)->size(); ++i) {
    rules::RowReader r(name, "id_acceptance", i, (*acceptance)->get(static_cast<unsigned>(i)));
    IdAcceptance a;
    static_cast<rules::DatedRow&>(a) = r.head();
    a.idTypes = codes<model::IdType>(r, "id_types");
    a.accepted = r.flag("accepted", true);
    if (Status st = r.finish(); !st) return st.error();
    acceptRows.push_back(std::move(a));
  }
  out.acceptance = rules::DatedTable<IdAcceptance>(std::move(acceptRows),
                                                   [](const IdAcceptance& a) { return slotOf("accept", a.idTypes); });

  auto expiry = file->table("id_card_expiry");
  if (!expiry) return expiry.error();
  std::vector<CardExpiryRule> expiryRows;
  for (size_t i = 0; i < (*expiry)->size(); ++i) {
    rules::RowReader r(name, "id_card_expiry", i, (*expiry)->get(static_cast<unsigned>(i)));
    CardExpiryRule e;
    static_cast<rules::DatedRow&>(e) = r.head();
    e.idTypes = codes<model::IdType>(r, "id_types");
    if (r.has("renewal_ages")) {
      for (const auto& age : r.objects("renewal_ages")) {
        if (!age.isInteger() || age.convert<int>() < 1 || age.convert<int>() > 120 ||
            (!e.renewalAges.empty() && age.convert<int>() <= e.renewalAges.back())) {
          r.fail("renewal_ages", "phải là các số tuổi tăng dần", "must be increasing ages");
          break;
        }
        e.renewalAges.push_back(age.convert<int>());
      }
    }
    e.graceYears = static_cast<int>(r.optInteger("grace_years", 0, 10).value_or(0));
    if (auto v = r.optInteger("validity_years", 1, 100)) e.validityYears = static_cast<int>(*v);
    if (r.ok() && e.renewalAges.empty() && !e.validityYears)
      r.fail("renewal_ages", "cần renewal_ages hoặc validity_years", "renewal_ages or validity_years is needed");
    if (Status st = r.finish(); !st) return st.error();
    expiryRows.push_back(std::move(e));
  }
  out.expiry = rules::DatedTable<CardExpiryRule>(std::move(expiryRows),
                                                 [](const CardExpiryRule& e) { return slotOf("expiry", e.idTypes); });
  for (const auto* conflict : {out.papers.firstConflict() ? "required_papers" : nullptr,
                               out.acceptance.firstConflict() ? "id_acceptance" : nullptr})
    if (conflict)
      return rules::tableError(name, conflict, "hai dòng trùng khóa hoặc chồng thời gian", "two rows share a key or overlap in time");
  // Overlapping expiry rows for the same type would make a card's term ambiguous.
  for (auto type : {model::IdType::Cccd, model::IdType::CanCuoc, model::IdType::Cmnd, model::IdType::Passport}) {
    const auto& rows = out.expiry.rows();
    for (size_t i = 0; i < rows.size(); ++i)
      for (size_t j = i + 1; j < rows.size(); ++j) {
        auto has = [&](const CardExpiryRule& r) {
          for (auto t : r.idTypes)
            if (t == type) return true;
          return false;
        };
        if (has(rows[i]) && has(rows[j]) && rows[i].validity.overlaps(rows[j].validity))
          return rules::tableError(name, "id_card_expiry", "hai dòng cùng loại thẻ chồng thời gian: " + rows[i].key + ", " + rows[j].key,
                                   "two rows for one card type overlap: " + rows[i].key + ", " + rows[j].key);
      }
  }
  return out;
}

Result<PaperRules> loadPaperRules(const std::filesystem::path& file) {
  const std::filesystem::path path = file.empty() ? rules::rulesDataDirectory() / "required_papers.json" : file;
  auto text = rules::readDataText(path);
  if (!text) return text.error();
  return parsePaperRules(path.filename().string(), *text);
}

std::optional<year_month_day> cardExpiry(const CardExpiryRule& rule, year_month_day birth, year_month_day issued) {
  if (rule.validityYears) {
    year_month_day end{issued.year() + years(*rule.validityYears), issued.month(), issued.day()};
    if (!end.ok()) end = {end.year(), end.month(), day(28)};
    return year_month_day(sys_days(end) - days(1));
  }
  for (int age : rule.renewalAges) {
    // A card issued within graceYears before reaching `age` stays valid to the next renewal age.
    const year_month_day due = birthday(birth, age);
    const year_month_day graceStart = birthday(birth, age - rule.graceYears);
    if (sys_days(issued) < sys_days(graceStart)) return due;
  }
  return std::nullopt;
}

IdVerdict judgeIdDocument(const PaperRules& rules, const model::IdDocument& doc,
                          const std::optional<model::BirthDate>& birth, year_month_day on) {
  IdVerdict v;
  const std::string label(model::term(doc.type).vi);
  const IdAcceptance* accept = rules.acceptanceOf(doc.type, on);
  if (!accept || !accept->accepted) {
    v.vi = label + " số " + doc.number + " không còn được chấp nhận là giấy tờ tùy thân vào ngày " + dmy(on);
    v.en = std::string(model::term(doc.type).en) + " " + doc.number + " is not an accepted ID on " + dmy(on);
    v.basis = accept ? accept->source.citation() : "";
    return v;
  }
  v.basis = accept->source.citation();
  if (doc.type == model::IdType::Passport) {
    v.acceptable = true;
    v.certain = false;
    v.vi = "Hộ chiếu: kiểm tra hạn in trên hộ chiếu";
    v.en = "Passport: check the expiry printed in it";
    return v;
  }
  if (!doc.issueDate) {
    v.acceptable = true;
    v.certain = false;
    v.vi = label + " số " + doc.number + " chưa ghi ngày cấp: không tính được hạn, kiểm tra \"Có giá trị đến\" trên thẻ";
    v.en = "No issue date for " + doc.number + ": check the card's expiry";
    return v;
  }
  const CardExpiryRule* rule = rules.expiryOf(doc.type, *doc.issueDate);
  if (!rule) {
    v.acceptable = true;
    v.certain = false;
    v.vi = "Không có quy tắc thời hạn cho thẻ cấp ngày " + dmy(*doc.issueDate) + ": kiểm tra hạn trên thẻ";
    v.en = "No expiry rule for a card issued on " + dmy(*doc.issueDate) + ": check the card";
    return v;
  }
  v.basis += "; " + rule->source.citation();
  if (!rule->validityYears && (!birth || birth->yearOnly())) {
    v.acceptable = true;
    v.certain = false;
    v.vi = "Chỉ biết năm sinh: không tính được hạn thẻ " + doc.number + ", kiểm tra \"Có giá trị đến\" trên thẻ";
    v.en = "Only the birth year is known: cannot compute the expiry of " + doc.number + "; check the card";
    return v;
  }
  year_month_day birthDay{};
  if (birth) birthDay = year_month_day{year{birth->year}, month{birth->month}, day{birth->day}};
  v.expires = cardExpiry(*rule, birthDay, *doc.issueDate);
  if (v.expires && sys_days(on) > sys_days(*v.expires)) {
    v.vi = label + " số " + doc.number + " đã hết hạn từ " + dmy(*v.expires);
    v.en = std::string(model::term(doc.type).en) + " " + doc.number + " expired on " + dmy(*v.expires);
    return v;
  }
  v.acceptable = true;
  v.vi = label + " số " + doc.number + (v.expires ? " còn giá trị đến " + dmy(*v.expires) : " không thời hạn");
  v.en = std::string(model::term(doc.type).en) + " " + doc.number + (v.expires ? " valid until " + dmy(*v.expires) : " without expiry");
  return v;
}

}  // namespace landdesk::registry
