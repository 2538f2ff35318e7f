// The tax estimate in the document data takes the land-price-table value (land_prices.json, the office commune's
// position-1 prices) when it is above the contract price, and says so with the table's legal basis.
#include <boost/test/unit_test.hpp>

#include "case_fixtures.h"
#include "documents/case_document.h"
#include "documents/document_data.h"
#include "tree_path.h"

using namespace landdesk;
using namespace landdesk::documents;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(charges_land_price)

BOOST_AUTO_TEST_CASE(table_value_above_a_low_price_is_taxed_with_its_basis) {
  auto sources = loadDataSources();
  BOOST_REQUIRE(sources.ok());
  const std::chrono::year_month_day day{std::chrono::year(2026), std::chrono::month(2), std::chrono::day(5)};
  model::Case c = transferCase();
  for (auto& p : c.parcels) p.price = 50'000'000;  // declared far below the table
  auto t = buildDocumentData(c, office(), day, sources->context());
  // ONT 100 m² × 800.000 + CLN 212,5 m² × 90.000 = 99.125.000 đ (shipped example rows of Hải Lăng, position 1).
  BOOST_TEST(number(t, "thue.dong[0].co_so") == 99'125'000);
  BOOST_TEST(number(t, "thue.dong[0].so_tien") == 1'982'500);  // 2 %
  BOOST_TEST(number(t, "thue.dong[1].so_tien") == 495'625);    // 0,5 %
  bool noted = false;
  for (size_t i = 0; i < count(t, "thue.ghi_chu"); ++i) {
    const std::string n = text(t, "thue.ghi_chu[" + std::to_string(i) + "].noi_dung");
    noted = noted || (n.find("99.125.000") != std::string::npos && n.find("Điều 159") != std::string::npos);
  }
  BOOST_TEST(noted);

  c.parcels.front().parcel.purposes.front().code = "TMD";  // no price in the table: the price is taxed, with a note
  auto missing = buildDocumentData(c, office(), day, sources->context());
  BOOST_TEST(number(missing, "thue.dong[0].co_so") == 50'000'000);
}

BOOST_AUTO_TEST_SUITE_END()
