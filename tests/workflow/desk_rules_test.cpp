// The desk's own copy of the rule tables (rule_data): the shipped text until an administrator saves one, whole-table
// validation naming row and field, who/when recorded, and open cases' deadlines recomputed when holidays change.
#include <boost/test/unit_test.hpp>

#include "rules/data_reader.h"
#include "rules/desk_rules.h"
#include "storage/rule_data_repository.h"
#include "storage/session_impl.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

namespace {

std::string shippedText(const std::string& name) {
  auto t = rules::readDataText(sourceDirectory() / "app/core/rules/data" / (name + ".json"));
  if (!t) throw std::runtime_error(t.error().en);
  return *t;
}

// The shipped holidays plus one extra day off, inserted as the first row of "days".
std::string holidaysWith(const std::string& date, const std::string& key) {
  std::string text = shippedText("holidays");
  const std::string marker = "\"days\": [\n";  // the table, not weekly_rest's "days": ["sat", "sun"]
  auto at = text.find(marker);
  if (at == std::string::npos) throw std::runtime_error("holidays.json has no days table");
  text.insert(at + marker.size(), "    {\"key\": \"" + key + "\", \"date\": \"" + date +
                                      "\", \"kind\": \"holiday\", \"name_vi\": \"Nghỉ đột xuất\", \"name_en\": \"Extra day "
                                      "off\", \"source\": {\"document\": \"Quyết định của UBND tỉnh\", \"article\": \"\", "
                                      "\"confidence\": \"M\"}},\n");
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(desk_rules)

BOOST_AUTO_TEST_CASE(shipped_text_until_a_desk_copy_is_saved) {
  WorkflowFixture f;
  for (const std::string& name : rules::deskRuleDataNames()) {
    auto json = rules::deskRuleDataJson(*f.db, name);
    BOOST_REQUIRE_MESSAGE(json.ok(), name);
    BOOST_TEST(*json == shippedText(name));
  }
  auto book = rules::loadDeskRuleBook(*f.db);
  BOOST_REQUIRE(book.ok());
  BOOST_TEST(!book->landPrices.table().empty());
  auto unknown = rules::deskRuleDataJson(*f.db, "recipes");
  BOOST_REQUIRE(!unknown.ok());
  BOOST_TEST(unknown.error().code == "rules.unknown_table");
}

BOOST_AUTO_TEST_CASE(a_saved_fee_table_is_used_and_records_who_and_when) {
  WorkflowFixture f;
  std::string fees = shippedText("fees");
  const std::string from = "\"base\": 50000", to = "\"base\": 55000";
  auto pos = fees.find(from);
  BOOST_REQUIRE(pos != std::string::npos);
  fees.replace(pos, from.size(), to);
  BOOST_REQUIRE(rules::saveDeskRuleData(*f.db, "fees", fees, "admin.lan").ok());

  BOOST_TEST(*rules::deskRuleDataJson(*f.db, "fees") == fees);
  auto book = rules::loadDeskRuleBook(*f.db);
  BOOST_REQUIRE(book.ok());
  rules::FeeRequest request;
  request.kind = "transfer";
  request.date = day("2026-03-02");
  auto quote = book->fees.quote(request);
  BOOST_REQUIRE(quote.ok());
  BOOST_TEST(quote->total == 55'000);
  auto shipped = shippedRules().fees.quote(request);
  BOOST_TEST(shipped->total == 50'000);

  storage::RuleDataRepository repo(f.db->impl());
  auto row = repo.get("fees");
  BOOST_REQUIRE(row.ok());
  BOOST_REQUIRE(row->has_value());
  BOOST_TEST((*row)->changedBy == "admin.lan");
  BOOST_TEST(!(*row)->changedAt.empty());
}

BOOST_AUTO_TEST_CASE(bad_tables_are_refused_naming_row_and_field_nothing_written) {
  WorkflowFixture f;
  std::string fees = shippedText("fees");
  auto pos = fees.find("\"base\": 50000");
  BOOST_REQUIRE(pos != std::string::npos);
  fees.replace(pos, 13, "\"base\": -5");
  auto refused = rules::saveDeskRuleData(*f.db, "fees", fees, "admin");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().en.find("base") != std::string::npos, refused.error().en);
  BOOST_TEST(refused.error().vi.find("fees") != std::string::npos, refused.error().vi);
  BOOST_TEST(*rules::deskRuleDataJson(*f.db, "fees") == shippedText("fees"));

  BOOST_TEST(!rules::saveDeskRuleData(*f.db, "fees", "{not json", "admin").ok());
  BOOST_TEST(!rules::saveDeskRuleData(*f.db, "holidays", shippedText("fees"), "admin").ok());  // wrong table
  auto noActor = rules::saveDeskRuleData(*f.db, "fees", shippedText("fees"), "");
  BOOST_REQUIRE(!noActor.ok());
  BOOST_TEST(noActor.error().code == "rules.missing_actor");
  auto unknown = rules::saveDeskRuleData(*f.db, "recipes", "{}", "admin");
  BOOST_REQUIRE(!unknown.ok());
  BOOST_TEST(unknown.error().code == "rules.unknown_table");
  storage::RuleDataRepository repo(f.db->impl());
  BOOST_TEST(repo.all()->empty());
}

BOOST_AUTO_TEST_CASE(new_holiday_moves_open_cases_deadlines_closed_cases_untouched) {
  WorkflowFixture f;
  const int64_t open = f.addCase("2026-03-02 14:59");
  BOOST_REQUIRE(f.step(open, S::Drafting, "2026-03-02 15:30").ok());
  const int64_t closed = f.addCase("2026-03-02 14:59");
  f.drive(closed, {S::Drafting, S::Withdrawn}, "2026-03-02 15:30");
  BOOST_TEST((f.state(open).stageDueAt == at("2026-03-04 17:00")));
  const auto closedBefore = f.state(closed);

  auto saved = rules::saveDeskRuleData(*f.db, "holidays", holidaysWith("2026-03-03", "2026-extra-off"), "admin");
  BOOST_REQUIRE_MESSAGE(saved.ok(), (saved.ok() ? std::string() : saved.error().en));
  BOOST_TEST((f.state(open).stageDueAt == at("2026-03-05 17:00")));
  BOOST_TEST((f.state(open).authenticationDue == at("2026-03-05 17:00")));
  BOOST_TEST(f.state(closed).rowVersion == closedBefore.rowVersion);

  // Later steps use the desk copy too: a new case received the same day is due on Thursday.
  const int64_t later = f.addCase("2026-03-02 14:59");
  workflow::TransitionDetails d;
  d.at = at("2026-03-02 15:40");
  BOOST_REQUIRE(workflow::advance(*f.db, later, S::Drafting, d, "huong").ok());
  BOOST_TEST((f.state(later).stageDueAt == at("2026-03-05 17:00")));

  // Saving the shipped table back restores the old deadline.
  BOOST_REQUIRE(rules::saveDeskRuleData(*f.db, "holidays", shippedText("holidays"), "admin").ok());
  BOOST_TEST((f.state(open).stageDueAt == at("2026-03-04 17:00")));
}

BOOST_AUTO_TEST_CASE(a_refused_recompute_rolls_back_the_saved_table) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 14:59");
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-02 15:30").ok());
  // Deadlines without the authentication procedure: the open case's clock cannot be replayed.
  std::string deadlines = shippedText("deadlines");
  const std::string from = "\"procedure\": \"authentication_transaction\"";
  auto pos = deadlines.find(from);
  BOOST_REQUIRE(pos != std::string::npos);
  deadlines.replace(pos, from.size(), "\"procedure\": \"authentication_transaction_old\"");
  auto saved = rules::saveDeskRuleData(*f.db, "deadlines", deadlines, "admin");
  BOOST_REQUIRE(!saved.ok());
  BOOST_TEST(saved.error().code == "workflow.no_rule");
  BOOST_TEST(saved.error().vi.find("Không tính lại được") != std::string::npos, saved.error().vi);
  BOOST_TEST(*rules::deskRuleDataJson(*f.db, "deadlines") == shippedText("deadlines"));
  BOOST_TEST((f.state(id).stageDueAt == at("2026-03-04 17:00")));
}

BOOST_AUTO_TEST_SUITE_END()
