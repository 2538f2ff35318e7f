#include <boost/test/unit_test.hpp>

#include "model/office_profile.h"
#include "storage/settings_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(settings)

BOOST_AUTO_TEST_CASE(office_profile_round_trips_as_nfc_and_survives_reopening) {
  DatabaseFixture f;
  model::OfficeProfile p;
  p.commune = "Ha\xcc\x89i La\xcc\x86ng";  // "Hải Lăng" typed decomposed (NFD)
  p.province = "Quảng Trị";
  p.signerName = "Lê Văn Thành";
  {
    auto db = f.open();
    BOOST_REQUIRE(db->settings().setAll(model::settingsOf(p), "test"));
  }
  auto db = f.open();
  auto stored = db->settings().all();
  BOOST_REQUIRE(stored);
  const auto back = model::officeProfileFrom(*stored);
  BOOST_TEST(back.commune == "Hải Lăng");
  BOOST_TEST(back.placeName() == "Xã Hải Lăng");
  BOOST_TEST(back.peoplesCommittee() == "Ủy ban nhân dân xã Hải Lăng");
  BOOST_TEST(back.signerTitle == "Chủ tịch");  // default kept
  const auto missing = model::missingOfficeSettings(back);
  BOOST_TEST((missing == std::vector<std::string>{"receiver.name"}));
}

BOOST_AUTO_TEST_CASE(empty_value_restores_default_and_bad_utf8_is_refused_without_change) {
  DatabaseFixture f;
  auto db = f.open();
  BOOST_REQUIRE(db->settings().set("signer.title", "Phó Chủ tịch", "test"));
  BOOST_TEST(*db->settings().get("signer.title").value() == "Phó Chủ tịch");
  BOOST_REQUIRE(db->settings().set("signer.title", "", "test"));
  BOOST_TEST(!db->settings().get("signer.title").value().has_value());
  BOOST_TEST(model::officeProfileFrom(*db->settings().all()).signerTitle == "Chủ tịch");

  BOOST_REQUIRE(db->settings().set("office.commune", "Hải Lăng", "test"));
  // One bad value in a batch rolls back the whole batch.
  auto bad = db->settings().setAll({{"office.commune", "Triệu Phong"}, {"office.province", "\xff\xfe"}}, "test");
  BOOST_TEST(!bad);
  BOOST_TEST(bad.error().code == "settings.invalid");
  BOOST_TEST(*db->settings().get("office.commune").value() == "Hải Lăng");
}

BOOST_AUTO_TEST_CASE(deputy_signing_and_other_unit_types_name_the_place) {
  model::OfficeProfile p;
  p.communeType = "phường";
  p.commune = "Đông Hà";
  BOOST_TEST(p.placeName() == "Phường Đông Hà");
  p.communeType = "đặc khu";
  p.commune = "Cồn Cỏ";
  BOOST_TEST(p.placeName() == "Đặc khu Cồn Cỏ");
  BOOST_TEST(p.serviceCentreName() == "Trung tâm Phục vụ hành chính công đặc khu Cồn Cỏ");
}

BOOST_AUTO_TEST_SUITE_END()
