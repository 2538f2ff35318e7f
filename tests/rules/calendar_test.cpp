#include <boost/test/unit_test.hpp>

#include "rules_fixture.h"

using namespace landdesk;
using namespace landdesk::rules;
using landdesk::test::day;
using landdesk::test::shippedRules;

BOOST_AUTO_TEST_SUITE(calendar)

BOOST_AUTO_TEST_CASE(every_shipped_file_loads) {
  auto book = loadRuleBook(landdesk::test::sourceDirectory() / "app/core/rules/data");
  BOOST_TEST_REQUIRE(book.ok(), (book.ok() ? "" : book.error().en));
  BOOST_TEST(!book->holidays.days().empty());
  BOOST_TEST(!book->fees.table().empty());
}

// Mùng 1 Tết per the Vietnamese lunar calendar (UTC+7). 2030 differs from the Chinese calendar (3 Feb).
BOOST_AUTO_TEST_CASE(lunar_new_year_2025_2030) {
  const std::pair<int, const char*> tet[] = {{2025, "2025-01-29"}, {2026, "2026-02-17"}, {2027, "2027-02-06"},
                                             {2028, "2028-01-26"}, {2029, "2029-02-13"}, {2030, "2030-02-02"}};
  const auto& cal = shippedRules().holidays;
  for (auto [year, date] : tet) {
    BOOST_TEST_CONTEXT(year) {
      const CalendarDay* row = cal.dayRow(day(date));
      BOOST_TEST_REQUIRE(row != nullptr);
      BOOST_TEST((row->kind == DayKind::Holiday));
      BOOST_TEST(row->nameVi.find("Tết Âm lịch") != std::string::npos);
      BOOST_TEST(!cal.isWorkingDay(day(date)));
      BOOST_TEST(cal.covers(year));
      // Mùng 2 and 3 are always off too.
      BOOST_TEST(!cal.isWorkingDay(day(date) + std::chrono::days(1)));
      BOOST_TEST(!cal.isWorkingDay(day(date) + std::chrono::days(2)));
    }
  }
  BOOST_TEST(!cal.covers(2031));
}

BOOST_AUTO_TEST_CASE(hung_kings_day_10_3_lunar) {
  const char* dates[] = {"2025-04-07", "2026-04-26", "2027-04-16", "2028-04-04", "2029-04-23", "2030-04-12"};
  for (const char* d : dates) {
    BOOST_TEST_CONTEXT(d) {
      const CalendarDay* row = shippedRules().holidays.dayRow(day(d));
      BOOST_TEST_REQUIRE(row != nullptr);
      BOOST_TEST(row->nameVi.find("Hùng Vương") != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(working_days_table) {
  struct Case {
    const char* date;
    bool working;
    const char* why;
  } cases[] = {
      {"2026-03-02", true, "ordinary Monday"},
      {"2026-03-07", false, "Saturday"},
      {"2026-03-08", false, "Sunday"},
      {"2026-01-01", false, "New Year"},
      {"2026-04-27", false, "compensatory day for Hùng Kings on Sunday"},
      {"2026-04-30", false, "30/4"},
      {"2026-05-01", false, "1/5"},
      {"2026-09-02", false, "National Day"},
      {"2025-02-08", true, "Saturday make-up working day"},
      {"2025-04-26", true, "Saturday make-up working day"},
      {"2025-01-27", false, "swapped day off"},
      {"2025-05-02", false, "swapped day off"},
      {"2025-09-01", false, "National Day adjacent day"},
      {"2027-02-10", false, "compensatory day, Tết on a weekend"},
      {"2028-01-03", false, "compensatory day, New Year on Saturday"},
      {"2028-05-02", false, "compensatory day, 30/4 on Sunday"},
      {"2031-01-01", true, "beyond the table: only weekends known"},
  };
  for (const Case& c : cases) BOOST_TEST(shippedRules().holidays.isWorkingDay(day(c.date)) == c.working, c.date << " " << c.why);
}

BOOST_AUTO_TEST_CASE(next_working_day_skips_tet) {
  const auto& cal = shippedRules().holidays;
  BOOST_TEST(formatDate(cal.nextWorkingDay(day("2026-02-13"))) == "2026-02-23");
  BOOST_TEST(formatDate(cal.nextWorkingDay(day("2025-02-07"))) == "2025-02-08");
  BOOST_TEST(formatDate(cal.nextWorkingDay(day("2026-04-24"))) == "2026-04-28");
}

BOOST_AUTO_TEST_CASE(every_row_has_a_source) {
  for (const CalendarDay& d : shippedRules().holidays.days().rows()) {
    BOOST_TEST(!d.source.document.empty(), d.key);
    BOOST_TEST(!d.key.empty());
  }
  BOOST_TEST(shippedRules().holidays.year(2026).size() >= 10u);
}

BOOST_AUTO_TEST_SUITE_END()
