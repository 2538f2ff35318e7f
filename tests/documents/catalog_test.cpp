// The template catalog: a good catalog read whole, each broken one refused with its line, templatesFor by kind and date.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "documents/catalog.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::documents;
using model::CaseKind;

namespace {

std::chrono::year_month_day day(int y, unsigned m, unsigned d) {
  return {std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

const char* kGood = R"(<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="urn:landdesk:templates:1">
  <template id="hd_chuyen_nhuong" file="hd_chuyen_nhuong.docx" group="contract">
    <title>Hợp đồng chuyển nhượng quyền sử dụng đất</title>
    <kinds>transfer_whole</kinds>
    <legal-basis>Bộ luật Dân sự 2015, điều 500–503; Luật Đất đai 2024, điều 27</legal-basis>
    <effective from="2024-08-01"/>
    <form-number></form-number>
    <copies>4</copies>
    <needs>ben_a ben_b thua_dat hop_dong</needs>
    <signers>ben_a ben_b</signers>
  </template>
  <template id="loi_chung_hop_dong" file="loi_chung_hop_dong.docx" group="authentication">
    <title>Lời chứng hợp đồng</title>
    <kinds>transfer_whole transfer_part gift</kinds>
    <effective from="2025-11-01"/>
    <copies>1</copies>
    <needs>ben_a ben_b chung_thuc nguoi_ky</needs>
    <signers>nguoi_ky nguoi_tiep_nhan</signers>
  </template>
  <template id="loi_chung_cu" file="loi_chung_cu.docx" group="authentication">
    <title>Lời chứng (mẫu cũ, ND 23/2015)</title>
    <kinds>transfer_whole gift</kinds>
    <effective from="2015-04-10" to="2025-10-31"/>
  </template>
  <template id="giay_tiep_nhan" file="giay_tiep_nhan.docx" group="slip">
    <title>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</title>
    <kinds>*</kinds>
    <effective from="2025-07-01"/>
    <form-number>Mẫu số 01</form-number>
    <copies>2</copies>
    <needs>ho_so nguoi_nop giay_to_nop</needs>
    <signers>nguoi_nop nguoi_tiep_nhan</signers>
  </template>
</catalog>
)";

// The catalog text with `from` replaced by `to` once (to build each broken variant from the good one).
std::string with(std::string from, std::string to) {
  std::string s = kGood;
  const auto at = s.find(from);
  BOOST_REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

Error refusal(const std::string& xml) {
  auto r = parseCatalog(xml, "/tmp/templates");
  BOOST_REQUIRE(!r);
  return r.error();
}

std::vector<std::string> ids(const std::vector<const TemplateEntry*>& entries) {
  std::vector<std::string> out;
  for (const auto* e : entries) out.push_back(e->id);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(catalog)

BOOST_AUTO_TEST_CASE(reads_every_field) {
  auto r = parseCatalog(kGood, "/srv/templates");
  BOOST_REQUIRE_MESSAGE(r, (r ? "" : r.error().en));
  BOOST_REQUIRE_EQUAL(r->templates.size(), 4u);
  const TemplateEntry& t = r->templates[0];
  BOOST_TEST(t.id == "hd_chuyen_nhuong");
  BOOST_TEST(t.group == "contract");
  BOOST_TEST(t.title == "Hợp đồng chuyển nhượng quyền sử dụng đất");
  BOOST_TEST(t.kinds.size() == 1u);
  BOOST_TEST(t.serves(CaseKind::TransferWhole));
  BOOST_TEST(!t.serves(CaseKind::Gift));
  BOOST_TEST(t.legalBasis.find("điều 500–503") != std::string::npos);
  BOOST_TEST(t.copies == 4);
  BOOST_TEST((t.needs == std::vector<std::string>{"ben_a", "ben_b", "thua_dat", "hop_dong"}));
  BOOST_TEST((t.signers == std::vector<std::string>{"ben_a", "ben_b"}));
  BOOST_TEST(t.line == 3);
  BOOST_TEST(r->fileOf(t) == std::filesystem::path("/srv/templates/hd_chuyen_nhuong.docx"));
  BOOST_TEST(r->templates[3].allKinds);
  BOOST_TEST(r->templates[3].formNumber == "Mẫu số 01");
  BOOST_TEST(r->templates[2].effectiveTo.has_value());
  BOOST_TEST(r->find("giay_tiep_nhan") == &r->templates[3]);
  BOOST_TEST(r->find("khong_co") == nullptr);
}

BOOST_AUTO_TEST_CASE(templates_for_kind_and_date) {
  auto r = parseCatalog(kGood, "/srv/templates");
  BOOST_REQUIRE(r);
  // Before 2025-11-01 the old authentication statement serves, from that day the new one.
  BOOST_TEST((ids(templatesFor(*r, CaseKind::TransferWhole, day(2025, 10, 31))) ==
              std::vector<std::string>{"hd_chuyen_nhuong", "loi_chung_cu", "giay_tiep_nhan"}));
  BOOST_TEST((ids(templatesFor(*r, CaseKind::TransferWhole, day(2025, 11, 1))) ==
              std::vector<std::string>{"hd_chuyen_nhuong", "loi_chung_hop_dong", "giay_tiep_nhan"}));
  BOOST_TEST((ids(templatesFor(*r, CaseKind::InheritanceRefusal, day(2026, 2, 5))) == std::vector<std::string>{"giay_tiep_nhan"}));
  BOOST_TEST((ids(templatesFor(*r, CaseKind::TransferPart, day(2026, 2, 5))) ==
              std::vector<std::string>{"loi_chung_hop_dong", "giay_tiep_nhan"}));
  // Before the Land Law 2024 took effect nothing but the old statement was in force.
  BOOST_TEST((ids(templatesFor(*r, CaseKind::Gift, day(2024, 7, 31))) == std::vector<std::string>{"loi_chung_cu"}));
}

BOOST_AUTO_TEST_CASE(broken_xml_names_the_line) {
  Error e = refusal(with("</title>\n    <kinds>transfer_whole</kinds>", "</titel>\n    <kinds>transfer_whole</kinds>"));
  BOOST_TEST(e.code == "catalog.invalid_xml");
  BOOST_TEST(e.vi.find("dòng 4") != std::string::npos, e.vi);
  BOOST_TEST(e.en.find("line 4") != std::string::npos, e.en);
  BOOST_TEST(refusal("").code == "catalog.invalid_xml");
  BOOST_TEST(refusal("PK\x03\x04 not xml").code == "catalog.invalid_xml");
}

BOOST_AUTO_TEST_CASE(entities_and_doctype_are_refused) {
  const std::string xxe = std::string("<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n") +
                          "<catalog xmlns=\"urn:landdesk:templates:1\"><template id=\"a\" file=\"a.docx\" group=\"slip\">"
                          "<title>&x;</title><kinds>*</kinds><effective from=\"2025-01-01\"/></template></catalog>";
  Error e = refusal(xxe);
  BOOST_TEST(e.code == "catalog.doctype_forbidden");
  BOOST_TEST(e.en.find("line 2") != std::string::npos, e.en);
}

BOOST_AUTO_TEST_CASE(each_wrong_value_is_named) {
  struct Case {
    std::string from, to, code, mention;
    int line;
  };
  const std::vector<Case> cases = {
      {"<kinds>transfer_whole</kinds>", "<kinds>transfer_whole sale</kinds>", "catalog.bad_kind", "sale", 5},
      {"group=\"contract\"", "group=\"letter\"", "catalog.bad_group", "letter", 3},
      {"from=\"2024-08-01\"", "from=\"2024-02-30\"", "catalog.bad_date", "2024-02-30", 7},
      {"to=\"2025-10-31\"", "to=\"2014-01-01\"", "catalog.bad_range", "2014-01-01", 24},
      {"<copies>4</copies>", "<copies>bốn</copies>", "catalog.bad_copies", "bốn", 9},
      {"<needs>ben_a ben_b thua_dat hop_dong</needs>", "<needs>ben_a gia</needs>", "catalog.bad_needs", "gia", 10},
      {"<signers>ben_a ben_b</signers>", "<signers>ben_c</signers>", "catalog.bad_signers", "ben_c", 11},
      {"file=\"hd_chuyen_nhuong.docx\"", "file=\"../../etc/passwd.docx\"", "catalog.bad_file", "../../etc", 3},
      {"file=\"hd_chuyen_nhuong.docx\"", "file=\"hd_chuyen_nhuong.doc\"", "catalog.bad_file", ".doc", 3},
      {"id=\"loi_chung_cu\"", "id=\"hd_chuyen_nhuong\"", "catalog.duplicate_id", "hd_chuyen_nhuong", 21},
      {"<title>Hợp đồng chuyển nhượng quyền sử dụng đất</title>", "", "catalog.missing_title", "hd_chuyen_nhuong", 3},
      {"<effective from=\"2024-08-01\"/>", "", "catalog.missing_effective", "hd_chuyen_nhuong", 3},
      {"<kinds>*</kinds>", "<kinds></kinds>", "catalog.missing_kinds", "giay_tiep_nhan", 26},
      {"<copies>4</copies>", "<pages>4</pages>", "catalog.unknown_element", "pages", 9},
      {"id=\"hd_chuyen_nhuong\" ", "", "catalog.missing_id", "template", 3},
      {"xmlns=\"urn:landdesk:templates:1\"", "xmlns=\"urn:other\"", "catalog.bad_root", "catalog", 2},
  };
  for (const auto& c : cases) {
    Error e = refusal(with(c.from, c.to));
    BOOST_TEST(e.code == c.code, c.from << " -> " << c.to << ": " << e.code);
    BOOST_TEST(e.vi.find(c.mention) != std::string::npos, e.vi);
    BOOST_TEST(e.en.find("line " + std::to_string(c.line) + ")") != std::string::npos, c.code << ": " << e.en);
  }
}

BOOST_AUTO_TEST_CASE(load_from_file_and_missing_file) {
  test::TempDir dir;
  {
    std::ofstream out(dir / "catalog.xml", std::ios::binary);
    out << kGood;
  }
  auto r = loadCatalog(dir / "catalog.xml");
  BOOST_REQUIRE(r);
  BOOST_TEST(r->directory == dir.path());
  auto missing = loadCatalog(dir / "none.xml");
  BOOST_REQUIRE(!missing);
  BOOST_TEST(missing.error().code == "catalog.cannot_read");
}

BOOST_AUTO_TEST_SUITE_END()
