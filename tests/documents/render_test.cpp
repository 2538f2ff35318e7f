// Every template of contract_templates/catalog.xml rendered from demo cases of the kinds it serves: the template
// checks clean, the render has no warning (every tag found in the data tree), real LibreOffice converts it, and
// pdftotext shows names, ID numbers, parcel numbers, amounts and amounts in words. PNG pages stay as artefacts.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "demo/demo_office.h"
#include "demo/synthetic_cases.h"
#include "docgen/pdf_converter.h"
#include "documents/case_document.h"
#include "support/run_process.h"
#include "support/temp_dir.h"
#include "text/names.h"
#include "text/number_format.h"
#include "text/number_words.h"

using namespace landdesk;
using namespace landdesk::documents;
using namespace landdesk::test;
using model::CaseKind;

namespace {

const std::chrono::year_month_day kDay{std::chrono::year(2026), std::chrono::month(2), std::chrono::day(5)};

// Upper case with every run of white space as one space: LibreOffice wraps lines wherever the page ends.
std::string normalised(const std::string& s) {
  std::string out;
  for (char ch : text::upperCase(s)) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\f' || ch == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  return out;
}

// One demo case per kind, the first the generator makes (seeded: the same cases every run).
const std::map<CaseKind, model::Case>& demoCases() {
  static const std::map<CaseKind, model::Case> cases = [] {
    std::map<CaseKind, model::Case> m;
    int n = 0;
    for (auto& c : demo::syntheticCases(200, 20261123, std::chrono::local_days(kDay) + std::chrono::hours(17))) {
      if (m.contains(c.kind)) continue;
      c.code = "HS-2026-" + std::to_string(10000 + ++n);
      m.emplace(c.kind, c);
    }
    return m;
  }();
  return cases;
}

struct Rendered {
  const TemplateEntry* entry;
  const model::Case* c;
  std::filesystem::path docx;
};

std::vector<std::string> expectations(const TemplateEntry& t, const model::Case& c, const Poco::JSON::Object::Ptr& tree) {
  std::vector<std::string> want;
  auto side = [&](bool a) {
    for (size_t i = 0; i < c.parties.size(); ++i) {
      const auto r = c.parties[i].role;
      const bool inA = r == model::PartyRole::Transferor || r == model::PartyRole::Donor ||
                       r == (c.kind == CaseKind::InheritanceRefusal ? model::PartyRole::RenouncingHeir : model::PartyRole::Heir);
      const bool inB = r == model::PartyRole::Transferee || r == model::PartyRole::Donee;
      if ((a && inA) || (!a && inB)) {
        want.push_back(c.parties[i].party.fullName);
        if (t.group == "contract" || t.group == "authentication") want.push_back(c.parties[i].party.idDocuments.front().number);
      }
    }
  };
  if (t.group == "contract" || t.group == "authentication") {
    side(true);
    side(false);
  } else if (t.group != "handoff") {
    want.push_back(tree->getObject("nguoi_nop")->getValue<std::string>("ho_ten"));
  }
  if (t.group == "contract" || t.group == "form" || t.group == "handoff")
    for (const auto& p : c.parcels) want.push_back(p.parcel.parcelNumber);
  if (t.group == "contract" && (c.kind == CaseKind::TransferWhole || c.kind == CaseKind::TransferPart)) {
    int64_t price = 0;
    for (const auto& p : c.parcels) price += p.price.value_or(0);
    want.push_back(text::formatInteger(price));
    std::string words = text::moneyWords(price).value();
    want.push_back(words.substr(0, words.rfind(" đồng")));
  }
  if (t.group == "estimate" && t.id == "bang_uoc_tinh_thue") {
    want.push_back(text::formatInteger(tree->getObject("le_phi")->getValue<int64_t>("tong")));
  }
  if (t.group == "slip" || t.group == "handoff") want.push_back(c.code);
  return want;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(render_templates)

BOOST_AUTO_TEST_CASE(every_catalog_template_renders_from_demo_cases) {
  const auto templates = templatesDirectory();
  BOOST_REQUIRE_MESSAGE(std::filesystem::exists(templates / "catalog.xml"),
                        "contract_templates/catalog.xml is not there yet (the template author delivers it)");
  auto sources = loadDocumentSources(templates);
  BOOST_REQUIRE_MESSAGE(sources, (sources ? "" : sources.error().en));
  BOOST_REQUIRE(!sources->catalog.templates.empty());
  BOOST_REQUIRE_MESSAGE(docgen::findSoffice(), "LibreOffice is needed (installer/install-deps.sh installs libreoffice-writer-nogui)");
  const model::OfficeProfile office = demo::demoOfficeProfile();
  TempDir dir;
  std::vector<Rendered> rendered;
  std::map<std::filesystem::path, std::vector<std::string>> expected;
  for (const TemplateEntry& t : sources->catalog.templates) {
    BOOST_TEST_CONTEXT(t.id) {
      auto check = docgen::compileTemplateFile(sources->catalog.fileOf(t));
      BOOST_TEST(check.check.ok(), t.id << ": " << check.check.errors.size() << " template errors");
      // Each kind the template serves, from its own demo case: a tag the tree lacks shows up as a warning.
      int converted = 0;
      for (const auto& [kind, c] : demoCases()) {
        if (!t.serves(kind) || !t.inForce(kDay)) continue;
        DocumentContext ctx = sources->context();
        ctx.authentication = AuthenticationNumber{125, 1, 2026, kDay, 2, 3, ""};
        const auto docx = dir / (t.id + "-" + std::string(model::codeOf(kind)) + ".docx");
        CaseDocumentResult r = renderCaseDocument(*sources, c, office, t, kDay, ctx, docx);
        std::string why = r.error ? r.error->en + ":" : "";
        for (const auto& f : r.findings)
          if (f.severity == Severity::Blocking) why += " " + f.id + " (" + f.subject + ")";
        BOOST_TEST(!r.error.has_value(), model::codeOf(kind) << ": " << why);
        for (const auto& w : r.report.warnings) BOOST_ERROR(t.id << " / " << model::codeOf(kind) << ": " << w.tag << " — " << w.en);
        if (!r.docxWritten) continue;
        // Converted to PDF: the first kind each template serves, and for templates of every kind the division too.
        if (++converted > 1 && !(t.allKinds && kind == CaseKind::InheritanceDivision)) continue;
        rendered.push_back({&t, &c, docx});
        expected[docx] = expectations(t, c, buildDocumentData(c, office, kDay, ctx));
      }
    }
  }
  BOOST_REQUIRE(!rendered.empty());

  // One LibreOffice run converts them all (one private profile).
  std::vector<std::string> args = {"-env:UserInstallation=file://" + (dir / "profile").string(), "--headless", "--norestore",
                                   "--convert-to", "pdf", "--outdir", (dir / "pdf").string()};
  for (const auto& r : rendered) args.push_back(r.docx.string());
  auto soffice = runProcess(*docgen::findSoffice(), args);
  BOOST_TEST(soffice.exitCode == 0, soffice.err);
  const auto artefacts = artifactDirectory() / "documents";
  std::filesystem::create_directories(artefacts);
  for (const auto& r : rendered) {
    const auto pdf = dir / "pdf" / r.docx.filename().replace_extension(".pdf");
    BOOST_TEST_CONTEXT(pdf.filename()) {
      BOOST_REQUIRE(std::filesystem::exists(pdf));
      auto text = runProcess("/usr/bin/pdftotext", {"-raw", pdf.string(), "-"});  // -raw: a table cell's lines stay together
      BOOST_TEST(text.exitCode == 0);
      const std::string got = normalised(text.out);
      for (const std::string& want : expected[r.docx])
        BOOST_TEST(got.find(normalised(want)) != std::string::npos, "\"" << want << "\" in " << r.docx.filename());
      const auto stem = (artefacts / r.docx.filename().replace_extension("")).string();
      auto png = runProcess("/usr/bin/pdftoppm", {"-png", "-r", "60", pdf.string(), stem});
      BOOST_TEST(png.exitCode == 0, png.err);
      std::filesystem::copy_file(pdf, stem + ".pdf", std::filesystem::copy_options::overwrite_existing);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_case_that_is_not_ready_writes_nothing) {
  auto sources = loadDataSources();
  BOOST_REQUIRE(sources);
  TemplateEntry t;
  t.id = "hd_chuyen_nhuong";
  t.file = "hd_chuyen_nhuong.docx";
  t.title = "Hợp đồng chuyển nhượng quyền sử dụng đất";
  t.kinds = {CaseKind::TransferWhole};
  t.effectiveFrom = {std::chrono::year(2024), std::chrono::month(8), std::chrono::day(1)};
  model::Case c = demoCases().at(CaseKind::TransferWhole);
  c.parcels[0].price.reset();
  TempDir dir;
  CaseDocumentResult r = renderCaseDocument(*sources, c, demo::demoOfficeProfile(), t, kDay, sources->context(), dir / "out.docx", dir / "out.pdf");
  BOOST_REQUIRE(r.error.has_value());
  BOOST_TEST(r.error->code == "document.not_ready");
  BOOST_TEST(!r.docxWritten);
  BOOST_TEST(!std::filesystem::exists(dir / "out.docx"));
  BOOST_TEST(!std::filesystem::exists(dir / "out.pdf"));
  bool price = false;
  for (const auto& f : r.findings) price = price || f.id == "price.missing";
  BOOST_TEST(price);
}

BOOST_AUTO_TEST_SUITE_END()
