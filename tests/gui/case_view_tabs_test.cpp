// The read-side pages of the case editor on a real SQLite desk under Xvfb: each page shows what the stored case holds
// (papers with thumbnails, events newest first, fees and taxes, blocking checks, changes since the draft), and a
// screenshot of each page is left as an artefact.
#include <functional>
#include <regex>

#include <boost/test/unit_test.hpp>
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>

#include "../documents/case_fixtures.h"
#include "case_changes_tab.h"
#include "case_checks_tab.h"
#include "case_documents_tab.h"
#include "case_timeline_tab.h"
#include "case_view_tabs.h"
#include "documents/draft_on_send.h"
#include "fee_tax_panel.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "verify_dialog.h"
#include "workflow/case_workflow.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;

namespace {

std::string utf8(const wxString& s) { return gui::toUtf8(s); }

// A desk with the hand-built transfer case, an ID card picture received for it, the draft sent, and afterwards
// the second party's name corrected.
struct Desk {
  TempDir dir;
  std::unique_ptr<storage::Database> db;
  int64_t caseId = 0;
  Desk() {
    storage::OpenOptions o;
    o.path = dir / "desk.sqlite";
    db = storage::Database::open(o).value();
    BOOST_REQUIRE(db->settings().setAll(model::settingsOf(office()), "test"));
    wxImage card(320, 200);
    card.SetRGB(wxRect(0, 0, 320, 200), 40, 90, 160);
    BOOST_REQUIRE(card.SaveFile(gui::pathToWx(dir / "cccd.png"), wxBITMAP_TYPE_PNG));
    auto sha = storage::fileStoreIn(dir.path()).put(dir / "cccd.png");
    BOOST_REQUIRE(sha);

    model::Case c = transferCase();
    c.code.clear();
    model::SourceDocument paper;
    paper.kind = model::DocumentKind::IdCard;
    paper.sha256 = *sha;
    paper.fileName = "cccd.png";
    paper.mediaType = "image/png";
    paper.receivedAt = localNow();
    paper.fields = {{"full_name", c.parties[0].party.fullName, model::Provenance::Qr, 0.9},
                    {"id_number", "038090012345", model::Provenance::Confirmed, std::nullopt}};
    c.documents.push_back(paper);
    BOOST_REQUIRE(db->cases().add(c, "test"));
    caseId = c.id;
    auto sources = documents::loadDocumentSources().value();
    auto sent = documents::sendDraft(*db, sources, dir.path(), caseId, {}, "can_bo_tp");
    BOOST_REQUIRE_MESSAGE(sent, (sent ? "" : sent.error().en));
    model::Case now = db->cases().byId(caseId).value();
    now.parties[1].party.fullName = "Trần Thị Bích Ngọc";
    BOOST_REQUIRE(db->cases().update(now, "can_bo_tp"));
  }
};

template <class T>
T* page(wxNotebook& book, size_t index) {
  auto* p = dynamic_cast<T*>(book.GetPage(index));
  BOOST_REQUIRE_MESSAGE(p, "page " << index << " is not the expected type");
  return p;
}

// The page built alone in a window of its own for its screenshot, the test's window hidden meanwhile. Only the first
// grab of a run shows the window's own pixels under this Xvfb (later ones return the first one's), so one page only.
void screenshot(wxFrame& main, const std::function<wxWindow*(wxWindow*)>& make, const char* name) {
  main.Hide();
  auto* frame = new wxFrame(nullptr, wxID_ANY, wxASCII_STR("case view page"), wxDefaultPosition, wxSize(1000, 600));
  make(frame);
  frame->Show();
  pumpEvents(300ms);
  frame->Refresh();
  frame->Update();
  pumpEvents(500ms);
  BOOST_TEST(saveScreenshot(*frame, artifactDirectory() / name));
  frame->Destroy();
  main.Show();
  pumpEvents(50ms);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(case_view_tabs)

BOOST_AUTO_TEST_CASE(each_page_shows_what_the_case_holds) {
  Desk desk;
  auto* frame = new wxFrame(nullptr, wxID_ANY, wxASCII_STR("case view tabs"), wxDefaultPosition, wxSize(1000, 600));
  auto* book = new wxNotebook(frame, wxID_ANY);
  gui::addCaseViewTabs(*book, *desk.db, desk.dir.path(), desk.caseId, "can_bo_tp");
  frame->Show();
  BOOST_REQUIRE_EQUAL(book->GetPageCount(), 5u);

  // Documents: the fixture's three papers typed in without files, the scanned card with its thumbnail and confirmed
  // count, and the contract kept as sent.
  auto* docs = page<gui::CaseDocumentsTab>(*book, 0);
  BOOST_REQUIRE_EQUAL(docs->itemCount(), 5u);
  BOOST_TEST(utf8(docs->itemText(0)).find("gcn.jpg") != std::string::npos);
  BOOST_TEST(utf8(docs->itemText(3)).find("cccd.png") != std::string::npos);
  BOOST_TEST(utf8(docs->itemText(3)).find("Giấy tờ tùy thân") != std::string::npos);
  BOOST_TEST(utf8(docs->itemText(3)).find("1/2 giá trị đã xác nhận") != std::string::npos);  // id_number only
  BOOST_TEST(utf8(docs->itemText(4)).find("DOCX") != std::string::npos);
  BOOST_TEST(pumpUntil([&] { return docs->thumbnailCount() == 1u; }));  // only the card has a file to picture
  BOOST_TEST(docs->list().GetItemCount() == 5);
  BOOST_TEST((docs->verifyIndex(3) == std::optional<size_t>(0)));
  BOOST_TEST(!docs->verifyIndex(0).has_value());  // nothing read from it: not in the verify view
  BOOST_TEST(!docs->verifyIndex(4).has_value());  // the kept draft is not a paper to verify
  BOOST_TEST(!docs->openVerifyView(4));
  screenshot(*frame,
             [&](wxWindow* p) { return new gui::CaseDocumentsTab(p, *desk.db, desk.dir.path(), desk.caseId, "can_bo_tp"); },
             "case_view_documents.png");
  BOOST_TEST(docs->openVerifyView(3));  // beside the editor, not modal: the call returns with the view open
  std::vector<gui::VerifyDialog*> views = gui::VerifyDialog::openOn(*desk.db);
  BOOST_REQUIRE_EQUAL(views.size(), 1u);
  BOOST_TEST(views.front()->paperCount() == 1u);
  BOOST_TEST(views.front()->IsShown());
  views.front()->Close();
  BOOST_TEST(pumpUntil([&] { return gui::VerifyDialog::openOn(*desk.db).empty(); }));

  // Timeline: newest first, DD/MM/YYYY HH:MM, who, and what in Vietnamese.
  auto* timeline = page<gui::CaseTimelineTab>(*book, 1);
  const auto events = desk.db->cases().events(desk.caseId).value();
  BOOST_REQUIRE_EQUAL(timeline->list().GetItemCount(), static_cast<int>(events.size()));
  BOOST_TEST(std::regex_match(utf8(timeline->list().GetItemText(0, 0)), std::regex(R"(\d\d/\d\d/\d{4} \d\d:\d\d)")));
  BOOST_TEST(utf8(timeline->list().GetItemText(0, 2)).find("Bích Ngọc") != std::string::npos);  // the edit came last
  const int last = timeline->list().GetItemCount() - 1;
  BOOST_TEST(utf8(timeline->list().GetItemText(last, 2)).find("Tạo hồ sơ") != std::string::npos);
  bool draftRow = false;
  for (int row = 0; row <= last; ++row)
    draftRow |= utf8(timeline->list().GetItemText(row, 2)).find("Đã gửi dự thảo") != std::string::npos;
  BOOST_TEST(draftRow);

  // Fees and taxes: the existing panel, with the contract fee to collect and the tax estimate on the price.
  auto* fees = page<gui::FeeTaxPanel>(*book, 2);
  BOOST_TEST(fees->feeLines().GetItemCount() >= 2);
  BOOST_TEST(fees->taxTotal() > 0);

  // Checks: what still blocks, each with a reason; the officer has not declared the signer yet.
  auto* checks = page<gui::CaseChecksTab>(*book, 3);
  BOOST_TEST(checks->blockingCount() > 0);
  BOOST_REQUIRE(checks->list().GetItemCount() > 0);
  for (int row = 0; row < checks->list().GetItemCount(); ++row)
    BOOST_TEST(!checks->list().GetItemText(row, 2).empty(), "row " << row << " has no reason");

  // Changes since the draft: exactly the corrected name, labelled in Vietnamese.
  auto* changes = page<gui::CaseChangesTab>(*book, 4);
  BOOST_REQUIRE_EQUAL(changes->list().GetItemCount(), 1);
  wxListItem header;
  header.SetMask(wxLIST_MASK_TEXT);
  BOOST_REQUIRE(changes->list().GetColumn(1, header));
  BOOST_TEST(utf8(header.GetText()) == "Bản gửi dân");
  BOOST_TEST(utf8(changes->list().GetItemText(0, 0)) == "Bên 2 — Họ và tên");
  BOOST_TEST(utf8(changes->list().GetItemText(0, 1)) == "Trần Thị Bình");
  BOOST_TEST(utf8(changes->list().GetItemText(0, 2)) == "Trần Thị Bích Ngọc");

  // The editor saves the name back as sent: after refresh every page re-reads, and no change is left.
  model::Case back = desk.db->cases().byId(desk.caseId).value();
  back.parties[1].party.fullName = "Trần Thị Bình";
  BOOST_REQUIRE(desk.db->cases().update(back, "can_bo_tp"));
  gui::refreshCaseViewTabs(*book);
  BOOST_TEST(changes->list().GetItemCount() == 0);
  BOOST_TEST(utf8(changes->statusText()) == "Không có thay đổi");
  BOOST_TEST(timeline->list().GetItemCount() == static_cast<int>(events.size()) + 1);
  frame->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(a_case_without_a_draft_says_so) {
  TempDir dir;
  storage::OpenOptions o;
  o.path = dir / "desk.sqlite";
  auto db = storage::Database::open(o).value();
  model::Case c = giftCase();
  c.code.clear();
  BOOST_REQUIRE(db->cases().add(c, "test"));
  auto* frame = new wxFrame(nullptr, wxID_ANY, wxASCII_STR("no draft"));
  auto* changes = new gui::CaseChangesTab(frame, *db, dir.path(), c.id);
  auto* docs = new gui::CaseDocumentsTab(frame, *db, dir.path(), c.id, "can_bo_tp");
  BOOST_TEST(changes->list().GetItemCount() == 0);
  BOOST_TEST(utf8(changes->statusText()) == "Chưa gửi dự thảo cho người dân");
  BOOST_TEST(docs->itemCount() == 0u);
  frame->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_SUITE_END()
