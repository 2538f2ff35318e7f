// The land-price table (land_prices.json): the most specific row wins (street, zone, commune-wide), names compare
// without diacritics, values are exact area × unit price, bad rows are refused by row and field, and the tax
// estimate takes the table value when it is higher than the contract price.
#include <boost/test/unit_test.hpp>

#include "rules/land_price_table.h"
#include "rules/tax_estimate.h"
#include "rules_fixture.h"

using namespace landdesk;
using namespace landdesk::rules;
using landdesk::test::day;
using landdesk::test::shippedRules;

namespace {

const std::string kSrc = R"("source": {"document": "QĐ bảng giá đất", "article": "Phụ lục I", "confidence": "M"})";

std::string table(const std::string& rows) {
  return R"({"format": "landdesk-rules/1", "prices": [)" + rows + "]}";
}

std::string row(const std::string& key, const std::string& place, int position, const std::string& type, int64_t price,
                const std::string& from = "2026-01-01") {
  return R"({"key": ")" + key + R"(", "commune": "Hải Lăng", )" + place + R"("position": )" + std::to_string(position) +
         R"(, "land_type": ")" + type + R"(", "unit_price": )" + std::to_string(price) + R"(, "effective_from": ")" + from +
         R"(", )" + kSrc + "}";
}

std::vector<std::pair<std::string, Decimal>> purposes(std::initializer_list<std::pair<const char*, const char*>> list) {
  std::vector<std::pair<std::string, Decimal>> out;
  for (auto [type, area] : list) out.emplace_back(type, *Decimal::fromCanonical(area));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(land_prices)

BOOST_AUTO_TEST_CASE(most_specific_row_wins_and_names_fold) {
  auto t = parseLandPriceTable("land_prices.json",
                               table(row("street", R"("street": "Quốc lộ 1", )", 1, "ONT", 4'500'000) + "," +
                                     row("zone", R"("zone": "Khu vực 1", )", 1, "ONT", 1'200'000) + "," +
                                     row("commune", "", 1, "ONT", 800'000) + "," + row("cln", "", 1, "CLN", 90'000)));
  BOOST_REQUIRE(t.ok());
  LandPriceLocation onStreet{"hai lang", "QUOC LO 1", "", 1};
  BOOST_TEST(t->find(onStreet, "ONT", day("2026-03-02"))->key == "street");
  LandPriceLocation inZone{"Hải Lăng", "", "khu vuc 1", 1};
  BOOST_TEST(t->find(inZone, "ONT", day("2026-03-02"))->key == "zone");
  LandPriceLocation elsewhere{"Hải Lăng", "Đường khác", "", 1};
  BOOST_TEST(t->find(elsewhere, "ONT", day("2026-03-02"))->key == "commune");
  BOOST_TEST(t->find(LandPriceLocation{"Hải Lăng", "", "", 2}, "ONT", day("2026-03-02")) == nullptr);
  BOOST_TEST(t->find(onStreet, "ONT", day("2025-12-31")) == nullptr);  // before the table applies

  // 100 m² ONT on the street + 20.5 m² CLN commune-wide: 450.000.000 + 1.845.000.
  auto v = t->value(onStreet, purposes({{"ONT", "100"}, {"CLN", "20.5"}}), day("2026-03-02"));
  BOOST_REQUIRE(v.ok());
  BOOST_TEST(v->total == 451'845'000);
  BOOST_REQUIRE(v->lines.size() == 2u);
  BOOST_TEST(v->lines[1].value == 1'845'000);
  BOOST_TEST(v->lines[0].row->source.citation().find("QĐ bảng giá đất") != std::string::npos);

  auto missing = t->value(onStreet, purposes({{"LUC", "500"}}), day("2026-03-02"));
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().code == "land_price.not_found");
  BOOST_TEST(missing.error().vi.find("LUC") != std::string::npos);
  auto negative = t->value(onStreet, purposes({{"ONT", "-1"}}), day("2026-03-02"));
  BOOST_REQUIRE(!negative.ok());
  BOOST_TEST(negative.error().code == "land_price.bad_area");
}

BOOST_AUTO_TEST_CASE(bad_rows_are_refused_by_row_and_field) {
  auto zero = parseLandPriceTable("land_prices.json", table(row("a", "", 1, "ONT", 0)));
  BOOST_REQUIRE(!zero.ok());
  BOOST_TEST(zero.error().en.find("unit_price") != std::string::npos, zero.error().en);
  BOOST_TEST(zero.error().en.find("key a") != std::string::npos, zero.error().en);
  auto both = parseLandPriceTable("land_prices.json",
                                  table(row("b", R"("street": "QL1", "zone": "KV1", )", 1, "ONT", 1000)));
  BOOST_REQUIRE(!both.ok());
  BOOST_TEST(both.error().en.find("zone") != std::string::npos, both.error().en);
  auto overlap = parseLandPriceTable("land_prices.json", table(row("c", "", 1, "ONT", 1000) + "," +
                                                               row("d", "", 1, "ONT", 2000, "2026-06-01")));
  BOOST_REQUIRE(!overlap.ok());
  BOOST_TEST(overlap.error().en.find("c, d") != std::string::npos, overlap.error().en);
  auto position = parseLandPriceTable("land_prices.json", table(row("e", "", 0, "ONT", 1000)));
  BOOST_REQUIRE(!position.ok());
  BOOST_TEST(position.error().en.find("position") != std::string::npos, position.error().en);
}

BOOST_AUTO_TEST_CASE(shipped_example_loads_with_its_source_note) {
  const auto& t = shippedRules().landPrices;
  BOOST_TEST(!t.table().empty());
  for (const LandPrice& r : t.table().rows()) {
    BOOST_TEST((r.source.confidence == Confidence::Low));  // an example until the province's table is entered
    BOOST_TEST(r.source.document.find("minh họa") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(estimate_uses_the_table_value_when_higher_than_the_price) {
  auto t = parseLandPriceTable("land_prices.json", table(row("ont", "", 1, "ONT", 4'500'000)));
  BOOST_REQUIRE(t.ok());
  auto value = t->value(LandPriceLocation{"Hải Lăng", "", "", 1}, purposes({{"ONT", "100"}}), day("2026-03-02"));
  BOOST_REQUIRE(value.ok());
  TaxRequest q;
  q.kind = "transfer";
  q.date = day("2026-03-02");
  q.tableValue = value->total;  // 450.000.000
  q.price = 300'000'000;         // declared below the table
  auto low = estimateTaxes(shippedRules().taxes, q);
  BOOST_REQUIRE(low.ok());
  for (const TaxLine& l : low->lines) {
    if (l.tax == "pit_transfer") BOOST_TEST(l.amount == 9'000'000);   // 2 % of 450.000.000
    if (l.tax == "lptb_land") BOOST_TEST(l.amount == 2'250'000);      // 0,5 % of 450.000.000
    BOOST_TEST(!l.basis.empty());
  }
  q.price = 600'000'000;  // above the table: the contract price
  auto high = estimateTaxes(shippedRules().taxes, q);
  BOOST_REQUIRE(high.ok());
  for (const TaxLine& l : high->lines) {
    if (l.tax == "pit_transfer") BOOST_TEST(l.amount == 12'000'000);
    if (l.tax == "lptb_land") BOOST_TEST(l.amount == 3'000'000);
  }
}

BOOST_AUTO_TEST_SUITE_END()
