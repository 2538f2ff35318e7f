#include <boost/test/unit_test.hpp>

#include "rules/fee_schedule.h"
#include "rules_fixture.h"

using namespace landdesk;
using namespace landdesk::rules;
using landdesk::test::day;
using landdesk::test::shippedRules;

namespace {
Result<FeeQuote> quote(const std::string& kind, int64_t pages = 1, int64_t copies = 1, const char* date = "2026-03-02") {
  FeeRequest q;
  q.kind = kind;
  q.date = day(date);
  q.pages = pages;
  q.copies = copies;
  return shippedRules().fees.quote(q);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(fees)

// TT 226/2016/TT-BTC Điều 4, every row.
BOOST_AUTO_TEST_CASE(flat_fees_per_document) {
  const std::pair<const char*, int64_t> cases[] = {
      {"transaction", 50000},  {"transfer", 50000},         {"partial_transfer", 50000},
      {"gift", 50000},         {"exchange", 50000},         {"lease", 50000},
      {"mortgage", 50000},     {"capital_contribution", 50000}, {"inheritance_division", 50000},
      {"inheritance_declaration", 50000}, {"inheritance_renunciation", 50000}, {"will", 50000},
      {"amendment", 30000},    {"supplement", 30000},       {"cancellation", 30000},
      {"correction", 25000},   {"signature", 10000},
  };
  for (auto [kind, fee] : cases) {
    auto q = quote(kind);
    BOOST_TEST_REQUIRE(q.ok(), kind);
    BOOST_TEST(q->total == fee, kind);
    BOOST_TEST(q->row->source.document == "Thông tư 226/2016/TT-BTC");
  }
}

BOOST_AUTO_TEST_CASE(copies_per_page_with_cap) {
  struct Case {
    int64_t pages, copies, total;
  } cases[] = {
      {1, 1, 2000},    {2, 1, 4000},    {3, 1, 5000},      {10, 1, 12000},  {198, 1, 200000},
      {199, 1, 200000}, {500, 1, 200000}, {3, 3, 15000},   {500, 2, 400000},
  };
  for (const Case& c : cases) {
    auto q = quote("copy", c.pages, c.copies);
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST(q->total == c.total, c.pages << " pages × " << c.copies);
  }
  BOOST_TEST(quote("certified_copy", 4)->total == 6000);
}

BOOST_AUTO_TEST_CASE(refusals) {
  BOOST_TEST(quote("transfer", 1, 1, "2016-12-31").error().code == "fees.no_row_on_date");
  BOOST_TEST(quote("transfer", 1, 1, "2017-01-01").ok());
  BOOST_TEST(quote("sale").error().code == "fees.unknown_kind");
  BOOST_TEST(quote("copy", 0).error().code == "fees.bad_pages");
  BOOST_TEST(quote("copy", 1, 0).error().code == "fees.bad_copies");
  BOOST_TEST(quote("copy", 1, -4).error().code == "fees.bad_copies");
}

// The FAO SOLA shape (base + per-area + per-value, minimum and maximum), from a fixture row.
BOOST_AUTO_TEST_CASE(base_per_area_per_value_parts) {
  auto schedule = parseFeeSchedule("fixture.json", R"({"format": "landdesk-rules/1", "fees": [
    {"key": "survey", "applies_to": ["survey"], "name_vi": "Đo đạc", "name_en": "Survey", "base": 10000,
     "per_square_metre": "150.5", "percent_of_value": "0.1", "minimum": 20000, "maximum": 1000000,
     "effective_from": "2020-01-01", "source": {"document": "test", "confidence": "L"}}]})");
  BOOST_TEST_REQUIRE(schedule.ok(), (schedule.ok() ? "" : schedule.error().en));
  FeeRequest q{"survey", day("2026-03-02"), 1, 1, Decimal(1005, 1), 5'000'000};
  auto fee = schedule->quote(q);
  BOOST_TEST_REQUIRE(fee.ok());
  BOOST_TEST(fee->total == 10000 + 15125 + 5000);  // 100.5 × 150.5 = 15125.25 → 15125
  q.area = Decimal(1, 0);
  q.value = 0;
  BOOST_TEST(schedule->quote(q)->total == 20000);  // raised to the minimum
  q.area = Decimal(100000, 0);
  BOOST_TEST(schedule->quote(q)->total == 1000000);  // lowered to the maximum
  q.area.reset();
  BOOST_TEST(schedule->quote(q).error().code == "fees.needs_area");
  q.area = Decimal(-1, 0);
  BOOST_TEST(schedule->quote(q).error().code == "fees.bad_area");
}

BOOST_AUTO_TEST_SUITE_END()
