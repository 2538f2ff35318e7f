// landdesk-cli document list | check | render | data and `render --case`, run as a real process on a seeded desk.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "docgen/docx_builder.h"
#include "docgen/template_engine.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;
using Poco::JSON::Object;

namespace {

std::filesystem::path cli() {
  const char* p = std::getenv("LANDDESK_CLI");
  BOOST_REQUIRE_MESSAGE(p && *p, "LANDDESK_CLI is not set (run through ctest)");
  return p;
}

// A desk with demo cases of every kind and the demo office profile.
struct Desk {
  TempDir dir;
  std::string db = (dir / "desk.sqlite").string();
  std::map<std::string, std::string> codeOfKind;

  Desk() {
    auto seed = run({"demo", "seed", "--cases", "40"});
    BOOST_REQUIRE_MESSAGE(seed.exitCode == 0, seed.err);
    auto list = run({"case", "list", "--all", "--json"});
    BOOST_REQUIRE_EQUAL(list.exitCode, 0);
    auto parsed = Poco::JSON::Parser().parse(list.out);
    Poco::JSON::Array::Ptr cases = parsed.type() == typeid(Poco::JSON::Array::Ptr)
                                       ? parsed.extract<Poco::JSON::Array::Ptr>()
                                       : parsed.extract<Object::Ptr>()->getArray("cases");
    BOOST_REQUIRE(cases);
    for (size_t i = 0; i < cases->size(); ++i) {
      auto c = cases->getObject(static_cast<unsigned>(i));
      codeOfKind.emplace(c->getValue<std::string>("kind"), c->getValue<std::string>("code"));
    }
    BOOST_REQUIRE_EQUAL(codeOfKind.size(), 6u);
  }
  ProcessResult run(std::vector<std::string> args, const std::string& input = {}) const {
    args.push_back("--db");
    args.push_back(db);
    return runProcess(cli(), args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", (dir / "xdg").string()}}, input);
  }
};

Object::Ptr object(const std::string& text) { return Poco::JSON::Parser().parse(text).extract<Object::Ptr>(); }

// The text of one entry of a zip package (the rendered DOCX's word/document.xml).
std::string zipEntry(const std::filesystem::path& zip, const std::string& name) {
  std::ifstream in(zip, std::ios::binary);
  Poco::Zip::ZipArchive archive(in);
  auto it = archive.findHeader(name);
  BOOST_REQUIRE(it != archive.headerEnd());
  in.clear();
  Poco::Zip::ZipInputStream entry(in, it->second);
  std::ostringstream out;
  out << entry.rdbuf();
  return out.str();
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(document_cli)

BOOST_AUTO_TEST_CASE(data_check_and_render_from_a_stored_case) {
  Desk desk;
  const std::string code = desk.codeOfKind.at("inheritance_division");
  auto data = desk.run({"document", "data", code, "--date", "2026-02-05"});
  BOOST_REQUIRE_MESSAGE(data.exitCode == 0, data.err);
  auto tree = object(data.out);
  BOOST_TEST(tree->getObject("ho_so")->getValue<std::string>("ma") == code);
  BOOST_TEST(tree->getValue<std::string>("ngay_lap") == "2026-02-05");
  BOOST_TEST(tree->getObject("co_quan")->getValue<std::string>("ten_ubnd") == "Ủy ban nhân dân xã Hải Lăng");
  BOOST_TEST(tree->getObject("di_san")->getArray("nguoi_thua_ke")->size() > 0u);
  BOOST_TEST(tree->getObject("le_phi")->getValue<int64_t>("tong") == 50000);

  for (const auto& [kind, c] : desk.codeOfKind) {
    auto check = desk.run({"document", "check", c, "--json"});
    BOOST_TEST(check.exitCode == 0, kind << ": " << check.out << check.err);
    BOOST_TEST(object(check.out)->getValue<bool>("ready"), kind);
  }

  // `render T.docx --case CODE` fills any template from the stored case (issue 4 item 4).
  writeFile(desk.dir / "t.docx", buildDocx({paragraph("Hồ sơ {ho_so.ma}: {#di_san.nguoi_thua_ke}{ho_ten} ({phan}); {/di_san.nguoi_thua_ke}"),
                                            {}, {}, {}}));
  auto render = desk.run({"render", (desk.dir / "t.docx").string(), "--case", code, "-o", (desk.dir / "out.docx").string(),
                          "--date", "2026-02-05"});
  BOOST_REQUIRE_MESSAGE(render.exitCode == 0, render.err);
  const std::string heir = tree->getObject("di_san")->getArray("nguoi_thua_ke")->getObject(0)->getValue<std::string>("ho_ten");
  auto text = docgen::compileTemplateFile(desk.dir / "out.docx");
  std::string all;
  for (const auto& tag : text.check.tags) all += tag.tag;  // the output has no tags left
  BOOST_TEST(all.empty());
  const std::string xml = zipEntry(desk.dir / "out.docx", "word/document.xml");
  BOOST_TEST(xml.find(code) != std::string::npos);
  BOOST_TEST(xml.find(heir) != std::string::npos, heir);

  auto missing = desk.run({"render", (desk.dir / "t.docx").string(), "--case", "HS-1999-99999", "-o", (desk.dir / "x.docx").string()});
  BOOST_TEST(missing.exitCode == 1);
  BOOST_TEST(!std::filesystem::exists(desk.dir / "x.docx"));
  auto both = desk.run({"render", (desk.dir / "t.docx").string(), "data.json", "--case", code, "-o", (desk.dir / "x.docx").string()});
  BOOST_TEST(both.exitCode == 2);
}

BOOST_AUTO_TEST_CASE(check_lists_what_a_case_lacks) {
  Desk desk;
  // A married seller whose wife is not in the case, and purposes that do not add up to the parcel.
  const std::string json = R"({"kind":"transfer_whole","received_at":"2026-02-05T08:30:00",
    "parties":[{"full_name":"Nguyễn Văn An","sex":"Nam","birth_date":"1968","role":"transferor","marital_status":"married",
                "id_documents":[{"number":"044068001234"}],"permanent_address":"Thôn Phú Hải"},
               {"full_name":"Lê Văn Cường","sex":"Nam","birth_date":"1985","role":"transferee",
                "id_documents":[{"number":"045085009012"}],"permanent_address":"Thôn An Thái"}],
    "parcels":[{"serial":"DĐ 01234567","parcel_number":"215","map_sheet":"18","area":"312.5","price":1250000000,
                "purposes":[{"code":"ONT","area":"100"},{"code":"CLN","area":"200"}]}]})";
  auto add = desk.run({"case", "add", "-", "--json"}, json);
  BOOST_REQUIRE_MESSAGE(add.exitCode == 0, add.err);
  const std::string code = object(add.out)->getValue<std::string>("code");
  auto check = desk.run({"document", "check", code});
  BOOST_TEST(check.exitCode == 1);
  BOOST_TEST(check.out.find("Nguyễn Văn An: Đã kết hôn nhưng chưa có thông tin vợ/chồng") != std::string::npos, check.out);
  BOOST_TEST(check.out.find("Thửa 215, tờ bản đồ 18: Tổng diện tích theo mục đích (300 m²)") != std::string::npos, check.out);
  auto en = desk.run({"document", "check", code, "--json", "--lang", "en"});
  auto findings = object(en.out)->getArray("findings");
  std::set<std::string> ids;
  for (size_t i = 0; i < findings->size(); ++i) ids.insert(findings->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"));
  BOOST_TEST(ids.contains("spouse.missing"));
  BOOST_TEST(ids.contains("parcel.area_mismatch"));
  BOOST_TEST(!object(en.out)->getValue<bool>("ready"));

  auto bad = desk.run({"document", "data", code, "--date", "2026-02-31"});
  BOOST_TEST(bad.exitCode == 2);
  BOOST_TEST(bad.err.find("--date") != std::string::npos);
  auto none = desk.run({"document", "check", "HS-2026-99999"});
  BOOST_TEST(none.exitCode == 1);
}

BOOST_AUTO_TEST_CASE(list_and_render_catalog_templates) {
  Desk desk;
  const std::string code = desk.codeOfKind.at("transfer_whole");
  auto list = desk.run({"document", "list", code, "--date", "2026-02-05", "--json"});
  BOOST_REQUIRE_MESSAGE(list.exitCode == 0, list.err);
  auto templates = object(list.out)->getArray("templates");
  std::set<std::string> ids;
  for (size_t i = 0; i < templates->size(); ++i) ids.insert(templates->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"));
  for (const char* id : {"hd_chuyen_nhuong", "loi_chung_hop_dong", "giay_tiep_nhan", "bang_uoc_tinh_thue", "danh_muc_giay_to"})
    BOOST_TEST(ids.contains(id), id);
  BOOST_TEST(!ids.contains("vb_phan_chia_di_san"));
  BOOST_TEST(!ids.contains("hd_tang_cho"));

  auto render = desk.run({"document", "render", code, "hd_chuyen_nhuong", "-o", (desk.dir / "hd.docx").string(), "--date",
                          "2026-02-05", "--register-number", "125"});
  BOOST_TEST(render.exitCode == 0, render.err);
  BOOST_TEST(std::filesystem::exists(desk.dir / "hd.docx"));
  auto unknown = desk.run({"document", "render", code, "khong_co", "-o", (desk.dir / "x.docx").string()});
  BOOST_TEST(unknown.exitCode == 1);
  BOOST_TEST(unknown.err.find("khong_co") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
