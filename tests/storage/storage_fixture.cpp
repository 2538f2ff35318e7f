#include "storage_fixture.h"

#include <sqlite3.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

namespace landdesk::test {

using namespace landdesk::model;

std::unique_ptr<storage::Database> DatabaseFixture::open(int migrateTo) const {
  storage::OpenOptions o;
  o.path = file;
  o.migrateTo = migrateTo;
  auto db = storage::Database::open(o);
  BOOST_REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().en));
  return std::move(*db);
}

std::string toNfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  nfd->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(out);
  return out;
}

namespace {
std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
  return {std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}
}  // namespace

Case fullCase(std::string (*text)(const std::string&)) {
  auto t = [&](const std::string& s) { return text ? text(s) : s; };
  Case c;
  c.kind = CaseKind::TransferPart;
  c.status = CaseStatus::DraftSent;
  c.channel = IntakeChannel::Zalo;
  c.receivedAt = *parseCanonicalDateTime("2026-02-05T14:30:00");
  c.dueAt = *parseCanonicalDateTime("2026-02-09T10:00:00");
  c.officer = t("Trần Thị Hương");

  Party husband;
  husband.fullName = t("Nguyễn Văn Đông");
  husband.birthDate = BirthDate{1962, 3, 7};
  husband.sex = Sex::Male;
  husband.idDocuments = {{IdType::Cccd, "044062001234", ymd(2021, 4, 15), t("Cục Cảnh sát QLHC về TTXH")},
                         {IdType::Cmnd, "194123456", std::nullopt, t("Công an tỉnh Quảng Bình")}};
  husband.permanentAddress = t("Thôn Phú Hải, xã Hải Lăng, tỉnh Quảng Trị");
  husband.currentAddress = t("Số 5 đường Hùng Vương, phường Đồng Hới");
  husband.phone = "0912345678";
  husband.maritalStatus = MaritalStatus::Married;
  Party wife = husband;
  wife.fullName = t("Lê Thị Hoà");
  wife.birthDate = BirthDate{1965, 0, 0};  // year only, as old GCNs print it
  wife.sex = Sex::Female;
  wife.idDocuments = {{IdType::CanCuoc, "044165004321", ymd(2024, 11, 2), t("Bộ Công an")}};
  Party buyer;
  buyer.fullName = t("Đặng Thị Ánh Tuyết");
  buyer.sex = Sex::Female;
  buyer.idDocuments = {{IdType::Passport, "C1234567", std::nullopt, t("Cục Quản lý xuất nhập cảnh")}};
  buyer.maritalStatus = MaritalStatus::Single;
  c.parties = {{husband, PartyRole::Transferor, 1}, {wife, PartyRole::Transferor, 0}, {buyer, PartyRole::Transferee, std::nullopt}};
  c.relationships = {{1, 0, Kinship::Spouse}};

  Parcel mixed;
  mixed.serial = "AA 01695788";
  mixed.registerNumber = "CS 00123";
  mixed.issuer = t("Sở Tài nguyên và Môi trường tỉnh Quảng Trị");
  mixed.issueDate = ymd(2025, 11, 6);
  mixed.parcelNumber = "123";
  mixed.mapSheet = "45";
  mixed.address = t("Thôn Phú Hải, xã Hải Lăng");
  mixed.area = Decimal(3125, 1);
  mixed.useForm = UseForm::Private;
  mixed.purposes = {{"ONT", t("Đất ở tại nông thôn"), Decimal(1000, 1)}, {"CLN", t("Đất trồng cây lâu năm"), Decimal(2125, 1)}};
  mixed.term = t("Đất ở: Lâu dài; đất trồng cây lâu năm: đến ngày 15/10/2043");
  mixed.origin = t("Công nhận QSDĐ như giao đất có thu tiền sử dụng đất");
  mixed.assets = t("Nhà ở cấp 4, diện tích xây dựng 80 m²");
  Parcel shared = mixed;
  shared.serial = "BA 685616";
  shared.useForm = UseForm::Shared;
  shared.area = Decimal(12005, 2);  // 120,05 m²: leading zero in the fraction
  shared.purposes = {{"LUC", t("Đất chuyên trồng lúa nước"), Decimal(12005, 2)}};
  c.parcels = {{mixed, 1'250'000'000, Decimal(1500, 1), {}}, {shared, std::nullopt, std::nullopt, {}}};

  SourceDocument card;
  card.kind = DocumentKind::IdCard;
  card.sha256 = std::string(64, 'a');
  card.fileName = t("ảnh CCCD ông Đông.jpg");
  card.mediaType = "image/jpeg";
  card.channel = IntakeChannel::Zalo;
  card.receivedAt = *parseCanonicalDateTime("2026-02-05T09:12:00");
  card.fields = {{"id_number", "044062001234", Provenance::Qr, 1.0},
                 {"full_name", t("Nguyễn Văn Đông"), Provenance::Confirmed, std::nullopt}};
  c.documents = {card};
  return c;
}

bool rawSql(const std::filesystem::path& file, const std::string& sql, std::string* error) {
  if (file.string().starts_with("postgresql://")) return PostgresServer::runSql(file.string(), sql, error);
  sqlite3* db = nullptr;
  if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) {
    if (error) *error = sqlite3_errmsg(db);
    sqlite3_close(db);
    return false;
  }
  char* message = nullptr;
  const bool ok = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK;
  if (!ok && error) *error = message ? message : "unknown";
  sqlite3_free(message);
  sqlite3_close(db);
  return ok;
}

std::string fileBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace landdesk::test
