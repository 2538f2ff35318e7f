// The documents dialog under Xvfb on a demo database: the templates of the case's kind, readiness findings, a
// contract rendered and converted off the UI thread into preview pages, a PDF exported, a case that is not ready
// refused without writing, and a screenshot as an artefact.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "demo/demo_office.h"
#include "demo_database.h"
#include "document_dialog.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;

namespace {

struct Desk {
  TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  std::vector<model::Case> cases;

  Desk() {
    cases = makeDemoDatabase(file, 30);
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    BOOST_REQUIRE((*db)->settings().setAll(model::settingsOf(demo::demoOfficeProfile()), "test"));
  }
  const model::Case& firstOf(model::CaseKind kind) const {
    for (const auto& c : cases)
      if (c.kind == kind) return c;
    BOOST_FAIL("no demo case of this kind");
    throw std::logic_error("unreachable");
  }
};

std::string readStart(const std::filesystem::path& p, size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::string s(n, '\0');
  in.read(s.data(), static_cast<std::streamsize>(n));
  return s;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(document_dialog, Desk)

BOOST_AUTO_TEST_CASE(previews_a_contract_and_exports_the_pdf) {
  const model::Case& c = firstOf(model::CaseKind::TransferWhole);
  auto* dialog = new gui::DocumentDialog(nullptr, file, c.id);
  dialog->Show();
  pumpEvents(50ms);
  dialog->setDate(year(2026) / February / 5);
  const auto ids = dialog->templateIds();
  BOOST_TEST((std::find(ids.begin(), ids.end(), "hd_chuyen_nhuong") != ids.end()));
  BOOST_TEST((std::find(ids.begin(), ids.end(), "hd_tang_cho") == ids.end()));
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));
  BOOST_TEST(!documents::hasBlocking(dialog->findings()));

  BOOST_REQUIRE(dialog->renderPreview());
  BOOST_TEST(dialog->busy());  // LibreOffice runs on the worker thread; the event loop keeps turning
  int turns = 0;
  BOOST_REQUIRE(pumpUntil([&] { ++turns; return !dialog->busy(); }, 180s));
  BOOST_TEST(turns > 1);
  BOOST_REQUIRE_MESSAGE(!dialog->failure(), (dialog->failure() ? dialog->failure()->en : ""));
  BOOST_REQUIRE(!dialog->pages().empty());
  for (const auto& page : dialog->pages()) BOOST_TEST(readStart(page, 4) == "\x89PNG");
  BOOST_TEST(dialog->renderedDocx().has_value());
  const std::string status = gui::toUtf8(dialog->statusText());
  BOOST_TEST(status.find("trang") != std::string::npos, status);

  const auto exported = dir / "hop_dong.pdf";
  BOOST_TEST(dialog->exportPdf(exported));
  BOOST_TEST(readStart(exported, 5) == "%PDF-");
  pumpEvents(300ms);  // let the preview lay out before the picture is taken
  BOOST_TEST(saveScreenshot(*dialog, artifactDirectory() / "document-dialog.png"));
  dialog->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(a_case_that_lacks_data_is_refused_with_the_findings) {
  model::Case c = firstOf(model::CaseKind::TransferWhole);
  {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    c.parcels[0].price.reset();
    if (c.terms) c.terms->payments.clear();
    BOOST_REQUIRE((*db)->cases().update(c, "test"));
  }
  auto* dialog = new gui::DocumentDialog(nullptr, file, c.id);
  dialog->Show();
  pumpEvents(50ms);
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));
  BOOST_TEST(documents::hasBlocking(dialog->findings()));
  BOOST_TEST(!dialog->renderPreview());
  BOOST_TEST(!dialog->busy());
  BOOST_TEST(!dialog->renderedDocx().has_value());
  BOOST_REQUIRE(dialog->failure().has_value());
  BOOST_TEST(dialog->failure()->code == "document.not_ready");
  BOOST_TEST(!dialog->exportPdf(dir / "none.pdf"));
  BOOST_TEST(!std::filesystem::exists(dir / "none.pdf"));
  dialog->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_SUITE_END()
