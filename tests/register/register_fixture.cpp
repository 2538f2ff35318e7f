#include "register_fixture.h"

#include <sqlite3.h>

#include <boost/test/unit_test.hpp>

#include "storage/case_repository.h"
#include "storage/settings_repository.h"

namespace landdesk::test {

using namespace landdesk::model;

std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
  return {std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

LocalDateTime at(const std::string& text) {
  auto t = parseCanonicalDateTime(text);
  BOOST_REQUIRE_MESSAGE(t, "bad time in test: " + text);
  return *t;
}

RegisterFixture::RegisterFixture() {
  storage::OpenOptions o;
  o.path = file;
  auto opened = storage::Database::open(o);
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().en));
  db = std::move(*opened);
  office.commune = "Hải Lăng";
  office.province = "Quảng Trị";
  office.signerName = "Võ Văn Thành";
  office.receivingOfficer = "Trần Thị Hương";
  BOOST_REQUIRE(db->settings().setAll(settingsOf(office), "test").ok());
  auto book = rules::loadRuleBook(rules::rulesDataDirectory());
  BOOST_REQUIRE_MESSAGE(book.ok(), (book.ok() ? "" : book.error().en));
  rules = std::move(*book);
  auto p = registry::loadPaperRules();
  BOOST_REQUIRE_MESSAGE(p.ok(), (p.ok() ? "" : p.error().en));
  papers = std::move(*p);
}

Case& RegisterFixture::add(Case& c) {
  auto st = db->cases().add(c, "test");
  BOOST_REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().en));
  return c;
}

Case RegisterFixture::reload(const Case& c) {
  auto r = db->cases().byId(c.id);
  BOOST_REQUIRE(r.ok());
  return *r;
}

Party adult(const std::string& name, const std::string& idNumber) {
  Party p;
  p.fullName = name;
  p.birthDate = BirthDate{1980, 5, 10};
  p.sex = Sex::Male;
  p.idDocuments = {{IdType::Cccd, idNumber, ymd(2021, 4, 15), "Cục Cảnh sát QLHC về TTXH"}};
  p.permanentAddress = "Thôn Phú Hải, xã Hải Lăng, tỉnh Quảng Trị";
  p.maritalStatus = MaritalStatus::Single;
  return p;
}

Case cleanTransfer(const std::string& serial, const std::string& parcelNumber, const std::string& sheet) {
  Case c;
  c.kind = CaseKind::TransferWhole;
  c.status = CaseStatus::Received;
  c.channel = IntakeChannel::Counter;
  c.receivedAt = at("2026-03-02T08:00:00");
  c.officer = "Trần Thị Hương";
  Party seller = adult("Nguyễn Văn Đông", "044080001234");
  Party buyer = adult("Đặng Thị Ánh Tuyết", "044180004321");
  buyer.sex = Sex::Female;
  c.parties = {{seller, PartyRole::Transferor, std::nullopt}, {buyer, PartyRole::Transferee, std::nullopt}};
  Parcel p;
  p.serial = serial;
  p.parcelNumber = parcelNumber;
  p.mapSheet = sheet;
  p.address = "Thôn Phú Hải, xã Hải Lăng";
  p.area = Decimal(1205, 1);
  c.parcels = {{p, 1'250'000'000, std::nullopt, {}}};
  for (DocumentKind k : {DocumentKind::LandCertificate, DocumentKind::IdCard}) {
    SourceDocument d;
    d.kind = k;
    d.sha256 = std::string(64, k == DocumentKind::IdCard ? 'a' : 'b');
    d.fileName = k == DocumentKind::IdCard ? "cccd.jpg" : "gcn.jpg";
    d.mediaType = "image/jpeg";
    d.receivedAt = c.receivedAt;
    c.documents.push_back(d);
  }
  return c;
}

bool rawSql(const std::filesystem::path& file, const std::string& sql, std::string* error) {
  if (isServerDatabase(file)) return PostgresServer::runSql(file.string(), sql, error);
  sqlite3* db = nullptr;
  if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) {
    if (error) *error = sqlite3_errmsg(db);
    sqlite3_close(db);
    return false;
  }
  sqlite3_busy_timeout(db, 5000);
  char* message = nullptr;
  const bool ok = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK;
  if (!ok && error) *error = message ? message : "unknown";
  sqlite3_free(message);
  sqlite3_close(db);
  return ok;
}

long long rawInt(const std::filesystem::path& file, const std::string& sql) {
  if (isServerDatabase(file)) return serverInt(file.string(), sql);
  sqlite3* db = nullptr;
  long long value = -1;
  if (sqlite3_open(file.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return value;
}

}  // namespace landdesk::test
