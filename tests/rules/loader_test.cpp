#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "rules/deadline_rules.h"
#include "rules/fee_schedule.h"
#include "rules/holiday_calendar.h"
#include "rules/tax_rules.h"
#include "rules_fixture.h"

using namespace landdesk;
using namespace landdesk::rules;

namespace {

const std::string kSrc = R"("source": {"document": "test", "confidence": "L"})";

std::string holidays(const std::string& days) {
  return R"({"format": "landdesk-rules/1", "weekly_rest": [{"key": "w", "days": ["sat", "sun"],
    "effective_from": "1999-10-02", )" + kSrc + R"(}], "days": [)" + days + "]}";
}
std::string day(const std::string& key, const std::string& date, const std::string& kind = "holiday") {
  return R"({"key": ")" + key + R"(", "date": ")" + date + R"(", "kind": ")" + kind +
         R"(", "name_vi": "x", "name_en": "x", )" + kSrc + "}";
}
std::string fees(const std::string& rows) { return R"({"format": "landdesk-rules/1", "fees": [)" + rows + "]}"; }
std::string fee(const std::string& key, const std::string& extra, const std::string& from = "2017-01-01") {
  return R"({"key": ")" + key + R"(", "applies_to": ["transfer"], "name_vi": "x", "name_en": "x", "effective_from": ")" +
         from + R"(", )" + kSrc + extra + "}";
}

template <class Parse>
std::string problem(Parse parse, const std::string& json) {
  auto r = parse("data.json", json);
  return r.ok() ? "loaded" : r.error().code + " | " + r.error().en;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(loader)

BOOST_AUTO_TEST_CASE(good_fixture_loads) {
  BOOST_TEST(problem(parseHolidayCalendar, holidays(day("a", "2026-01-01"))) == "loaded");
  BOOST_TEST(problem(parseFeeSchedule, fees(fee("a", R"(, "base": 50000)"))) == "loaded");
}

// Each malformed file is refused with the file, the row (1-based), the key and the field named.
BOOST_AUTO_TEST_CASE(malformed_files_name_file_row_and_field) {
  struct Case {
    const char* why;
    bool holidayFile;
    std::string json;
    std::vector<std::string> mustMention;
  } cases[] = {
      {"not JSON", true, "{\"format\": ", {"rules.bad_data", "data.json", "not valid JSON"}},
      {"top level array", true, "[]", {"data.json", "JSON object"}},
      {"no format tag", true, R"({"days": []})", {"data.json", "format"}},
      {"missing table", true, R"({"format": "landdesk-rules/1", "weekly_rest": []})", {"data.json", "days"}},
      {"missing date", true, holidays(day("a", "2026-01-01") + R"(, {"key": "b", "kind": "holiday", "name_vi": "x",
         "name_en": "x", )" + kSrc + "}"), {"days[2]", "key b", "field date", "required"}},
      {"impossible date", true, holidays(day("tet", "2026-02-30")), {"days[1]", "key tet", "field date", "YYYY-MM-DD"}},
      {"unknown kind", true, holidays(day("a", "2026-01-01", "party")), {"field kind", "party"}},
      {"row not an object", true, holidays("42"), {"days[1]", "JSON object"}},
      {"duplicate date", true, holidays(day("a", "2026-01-01") + "," + day("b", "2026-01-01")), {"days", "a, b"}},
      {"make-up day on a weekday", true, holidays(day("m", "2026-03-02", "makeup_working_day")), {"make-up", "m"}},
      {"no confidence", true, holidays(R"({"key": "a", "date": "2026-01-01", "kind": "holiday", "name_vi": "x",
         "name_en": "x", "source": {"document": "d"}})"), {"source", "field confidence"}},
      {"typo in a field name", false, fees(fee("f", R"(, "base": 1, "efective_to": "2020-01-01")")),
       {"fees[1]", "key f", "efective_to", "unknown field"}},
      {"float money", false, fees(fee("f", R"(, "base": 50000.5)")), {"key f", "field base", "whole number"}},
      {"string money", false, fees(fee("f", R"(, "base": "50000")")), {"field base", "whole number"}},
      {"negative money", false, fees(fee("f", R"(, "base": -5)")), {"field base", "must lie in"}},
      {"float percent", false, fees(fee("f", R"(, "percent_of_value": 0.5)")), {"field percent_of_value", "string"}},
      {"negative percent", false, fees(fee("f", R"(, "percent_of_value": "-2")")), {"field percent_of_value"}},
      {"dates reversed", false, fees(fee("f", R"(, "base": 1, "effective_to": "2016-01-01")")), {"effective_to", "before"}},
      {"overlapping rows for one kind", false, fees(fee("old", R"(, "base": 1)") + "," + fee("new", R"(, "base": 2)", "2020-01-01")),
       {"old, new", "overlapping"}},
      {"tiers out of order", false, fees(fee("c", R"(, "page_tiers": [{"from_page": 1, "amount": 2000}, {"from_page": 1, "amount": 1000}])")),
       {"page_tiers", "from_page", "increasing"}},
  };
  for (const Case& c : cases) {
    std::string msg = c.holidayFile ? problem(parseHolidayCalendar, c.json) : problem(parseFeeSchedule, c.json);
    for (const std::string& part : c.mustMention) BOOST_TEST(msg.find(part) != std::string::npos, c.why << ": " << msg);
  }
}

BOOST_AUTO_TEST_CASE(deadline_and_tax_files) {
  std::string deadlines = R"({"format": "landdesk-rules/1", "procedures": [{"key": "p", "procedure": "p", "name_vi": "x",
    "name_en": "x", "amount": 2, "unit": "weeks", "effective_from": "2020-01-01", )" + kSrc + R"(}], "office_hours": []})";
  BOOST_TEST(problem(parseDeadlineRules, deadlines).find("field unit") != std::string::npos);
  std::string hours = R"({"format": "landdesk-rules/1", "procedures": [], "office_hours": [{"key": "h", "sessions":
    [{"from": "13:00", "to": "11:00"}], "effective_from": "2020-01-01", )" + kSrc + "}]}";
  BOOST_TEST(problem(parseDeadlineRules, hours).find("sessions") != std::string::npos);
  std::string taxes = R"({"format": "landdesk-rules/1", "relationships": [{"code": "spouse", "name_vi": "x", "name_en": "x"}],
    "rates": [], "base_salary": [], "exemptions": [{"key": "e", "family": "pit", "applies_to": ["gift"],
    "relationships": ["cousin"], "name_vi": "x", "name_en": "x", "effective_from": "2020-01-01", )" + kSrc + "}]}";
  std::string msg = problem(parseTaxRules, taxes);
  BOOST_TEST(msg.find("key e") != std::string::npos, msg);
  BOOST_TEST(msg.find("cousin") != std::string::npos, msg);
}

BOOST_AUTO_TEST_CASE(missing_file_and_missing_directory) {
  landdesk::test::TempDir dir;
  auto r = loadHolidayCalendar(dir / "holidays.json");
  BOOST_TEST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().code == "rules.missing_file");
  auto book = loadRuleBook(dir.path());
  BOOST_TEST(!book.ok());
}

BOOST_AUTO_TEST_CASE(data_directory_override) {
  ::setenv("LANDDESK_RULES_DIR", "/tmp/somewhere-else", 1);
  BOOST_TEST(rulesDataDirectory() == std::filesystem::path("/tmp/somewhere-else"));
  ::unsetenv("LANDDESK_RULES_DIR");
  BOOST_TEST(std::filesystem::exists(rulesDataDirectory() / "holidays.json"));
}

BOOST_AUTO_TEST_SUITE_END()
