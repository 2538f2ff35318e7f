// The verify view under Xvfb on a real SQLite desk: a real CCCD scan from the file store with the QR's box drawn,
// the fields weakest first, Enter (the text control's own event) confirms and moves on, typing corrects, and each
// value is stored in the case with a field_confirmed event; cross-checks shown; a screenshot as artefact; boxes
// stored with the paper drawn without reading it again; the view opened from the desk (Ctrl+E) beside a usable
// desk window.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include <wx/html/htmlwin.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_list_ctrl.h"
#include "main_frame.h"
#include "storage/case_repository.h"
#include "storage/field_box_repository.h"
#include "storage/file_store.h"
#include "support/temp_dir.h"
#include "verify/field_confirmation.h"
#include "verify_dialog.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;

namespace {

model::ExtractedField qr(std::string name, std::string value, double confidence) {
  return {std::move(name), std::move(value), model::Provenance::Qr, confidence};
}

struct Desk {
  TempDir dir;
  std::filesystem::path data = dir / "data";
  std::unique_ptr<storage::Database> db;
  model::Case c;

  Desk() {
    auto opened = storage::Database::open({.path = data / "landdesk.sqlite"});
    BOOST_REQUIRE(opened);
    db = std::move(*opened);
    auto sha = storage::fileStoreIn(data).put(sourceDirectory() / "tests/data/capture/cccd/cccd_01_clean_scan.jpg");
    BOOST_REQUIRE(sha);
    model::SourceDocument card;
    card.kind = model::DocumentKind::IdCard;
    card.sha256 = *sha;
    card.fileName = "cccd_01_clean_scan.jpg";
    card.mediaType = "image/jpeg";
    // Confidences as a reader might give them, so the order is the reader's doubt, not the paper's.
    card.fields = {qr("id_number", "049301166447", 0.97), qr("full_name", "Vũ Thị Thanh Hân", 0.62),
                   qr("birth_date", "2001-03-12", 0.81), qr("sex", "Nữ", 0.99)};
    model::SourceDocument gcn;
    gcn.kind = model::DocumentKind::LandCertificate;
    gcn.sha256 = *sha;  // the picture does not matter here: only the owner's name is cross-checked
    gcn.fileName = "gcn.jpg";
    gcn.mediaType = "image/jpeg";
    gcn.fields = {{"owners.0.full_name", "VU THI THANH HAN", model::Provenance::Ocr, 0.7}};
    c.kind = model::CaseKind::Gift;
    c.receivedAt = localNow();
    c.documents = {card, gcn};
    BOOST_REQUIRE(db->cases().add(c, "test"));
  }
};

void pressEnter(wxDialog& dialog) {
  auto* value = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName(wxASCII_STR("verify_value"), &dialog));
  BOOST_REQUIRE(value);
  wxCommandEvent enter(wxEVT_TEXT_ENTER, value->GetId());
  enter.SetEventObject(value);
  value->GetEventHandler()->ProcessEvent(enter);
}

// The verify views open on the desk.
std::vector<gui::VerifyDialog*> openViews() {
  std::vector<gui::VerifyDialog*> views;
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* v = dynamic_cast<gui::VerifyDialog*>(w); v && v->IsShown()) views.push_back(v);
  return views;
}

wxString valueBox(wxDialog& dialog) {
  auto* value = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName(wxASCII_STR("verify_value"), &dialog));
  return value ? value->GetValue() : wxString();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(verify_dialog, Desk)

// Ctrl+E from the desk opens the view beside it (modeless, issue 8): the desk window stays enabled, its list takes a
// search and shows another case while the view keeps its paper, row, typed value and status; a confirmed value shows
// in the desk's detail at once; asking again raises the same view; closing destroys it (worker joined) and reloads.
BOOST_AUTO_TEST_CASE(the_view_opened_from_the_desk_leaves_the_desk_usable) {
  model::Case other;
  other.kind = model::CaseKind::TransferWhole;
  other.receivedAt = localNow();
  BOOST_REQUIRE(db->cases().add(other, "test"));
  auto* frame = new gui::MainFrame();
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(data / "landdesk.sqlite", false).ok());
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 10s));
  auto showOnly = [&](const std::string& code) {
    frame->searchBox().ChangeValue(gui::toWx(code));
    frame->runSearch();
    BOOST_REQUIRE(frame->shownCaseCount() == 1u);
    frame->selectRow(0);
    pumpEvents(50ms);
    BOOST_REQUIRE(frame->caseList().caseAt(0)->code == code);
  };
  showOnly(c.code);
  frame->ProcessCommand(XRCID("case_verify"));  // returns at once: a modal view would only return once closed
  BOOST_REQUIRE(openViews().size() == 1u);
  gui::VerifyDialog* view = openViews().front();
  BOOST_TEST(!view->IsModal());
  BOOST_TEST(frame->IsEnabled());  // a modal dialog disables the other windows
  BOOST_TEST(view->caseId() == c.id);
  view->selectPaper(0);
  BOOST_REQUIRE(pumpUntil([&] { return !view->busy(); }, 60s));
  pressEnter(*view);  // full_name as read: the desk's detail shows the new party at once
  BOOST_TEST(gui::toUtf8(frame->detailPane().ToText()).find("Vũ Thị Thanh Hân") != std::string::npos);
  view->typeValue(gui::toWx("2001-03-21"));  // typed, not yet confirmed
  const long row = view->currentRow();
  const auto order = view->fieldOrder();
  const wxString status = view->statusText();
  BOOST_TEST(row == 1);

  // Meanwhile at the desk: a search finds the other case and shows it.
  showOnly(other.code);
  BOOST_TEST(gui::toUtf8(frame->detailPane().ToText()).find(other.code) != std::string::npos);
  BOOST_TEST(view->IsShown());
  BOOST_TEST(view->currentRow() == row);
  BOOST_TEST((view->fieldOrder() == order));
  BOOST_TEST(gui::toUtf8(valueBox(*view)) == "2001-03-21");
  BOOST_TEST(view->statusText() == status);

  // Ctrl+E on the first case again raises the same view, state untouched.
  showOnly(c.code);
  frame->ProcessCommand(XRCID("case_verify"));
  BOOST_REQUIRE(openViews().size() == 1u);
  BOOST_TEST(openViews().front() == view);
  BOOST_TEST(gui::toUtf8(valueBox(*view)) == "2001-03-21");
  pressEnter(*view);

  // Closing destroys the view and the desk reloads its list with the selection kept.
  view->Close();
  pumpEvents(100ms);
  BOOST_TEST(openViews().empty());
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 10s));
  BOOST_TEST(frame->caseList().selectedRow() == 0);
  auto stored = db->cases().byId(c.id);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->parties.size() == 1u);
  BOOST_TEST(stored->parties[0].party.birthDate->canonical() == "2001-03-21");
  frame->Destroy();
  pumpEvents(100ms);
}

BOOST_AUTO_TEST_CASE(enter_confirms_weakest_first_and_the_events_are_stored) {
  auto* dialog = new gui::VerifyDialog(nullptr, *db, data, c.id, "canbo");
  dialog->Show();
  pumpEvents(50ms);
  BOOST_REQUIRE(dialog->paperCount() == 2u);
  dialog->selectPaper(0);
  const auto order = dialog->fieldOrder();
  BOOST_TEST((order == std::vector<std::string>{"full_name", "birth_date", "id_number", "sex"}));
  BOOST_TEST(dialog->currentRow() == 0);
  BOOST_REQUIRE(pumpUntil([&] { return !dialog->busy(); }, 60s));
  BOOST_TEST(dialog->pictureShown());
  BOOST_TEST(dialog->boxCount() >= 1u);  // the QR's box, where the card's values were read

  bool diacritics = false;
  for (const auto& x : dialog->checks()) diacritics = diacritics || x.code == "names.diacritics";
  BOOST_TEST(diacritics);  // "VU THI THANH HAN" on the GCN against "Vũ Thị Thanh Hân" on the card

  pressEnter(*dialog);                                  // full_name as read
  BOOST_TEST(dialog->currentRow() == 1);
  dialog->typeValue(gui::toWx("2001-03-21"));           // the officer corrects the birth date
  pressEnter(*dialog);
  BOOST_TEST(dialog->currentRow() == 2);
  dialog->typeValue(gui::toWx("not a date"));
  dialog->selectRow(1);
  dialog->typeValue(gui::toWx("31/02/2001"));
  pressEnter(*dialog);                                  // refused: the row stays and nothing is stored
  BOOST_TEST(dialog->currentRow() == 1);
  BOOST_TEST(!dialog->statusText().empty());
  dialog->SetSize(dialog->FromDIP(wxSize(1100, 700)));
  dialog->Centre();
  dialog->Raise();
  pumpEvents(800ms);  // mapped, laid out and painted before the picture is taken
  BOOST_TEST(saveScreenshot(*dialog, artifactDirectory() / "verify-dialog.png"));
  dialog->Destroy();
  pumpEvents(50ms);

  std::vector<model::CaseEvent> confirmed;
  auto events = db->cases().events(c.id);
  BOOST_REQUIRE(events.ok());
  for (const auto& e : *events)
    if (e.action == verify::kFieldConfirmedAction) confirmed.push_back(e);
  BOOST_REQUIRE(confirmed.size() == 2u);
  BOOST_TEST(confirmed[0].field == "full_name@qr");
  BOOST_TEST(confirmed[0].actor == "canbo");
  BOOST_TEST(confirmed[1].field == "birth_date@officer");
  BOOST_TEST(confirmed[1].oldValue == "2001-03-12");
  BOOST_TEST(confirmed[1].newValue == "2001-03-21");
  auto stored = db->cases().byId(c.id);
  BOOST_REQUIRE(stored->parties.size() == 1u);
  BOOST_TEST(stored->parties[0].party.fullName == "Vũ Thị Thanh Hân");
  BOOST_TEST(stored->parties[0].party.birthDate->canonical() == "2001-03-21");
}

// Boxes stored with the paper when it was read are drawn as stored, without reading the file again: a box no reader
// would give comes back exactly, and it still does once the file itself is gone from the store.
BOOST_AUTO_TEST_CASE(boxes_come_from_storage_not_from_reading_the_file_again) {
  const int64_t card = c.documents.at(0).id;
  const storage::FieldBox stored{"full_name", 0, 11, 22, 333, 44, 0.62};
  BOOST_REQUIRE(storage::FieldBoxRepository(*db).save(card, {stored, {"sex", 1, 5, 5, 50, 50, 0.99}}));  // page 2: not drawn
  auto open = [&] {
    auto* dialog = new gui::VerifyDialog(nullptr, *db, data, c.id, "canbo");
    dialog->Show();
    pumpEvents(50ms);
    dialog->selectPaper(0);
    BOOST_REQUIRE(pumpUntil([&] { return !dialog->busy(); }, 60s));
    return dialog;
  };
  auto* dialog = open();
  BOOST_TEST(dialog->pictureShown());
  BOOST_TEST(dialog->boxCount() == 1u);  // a reading of the scan would place all four values on the QR
  auto box = dialog->boxOf("full_name");
  BOOST_REQUIRE(box.has_value());
  BOOST_TEST(box->x == 11);
  BOOST_TEST(box->y == 22);
  BOOST_TEST(box->width == 333);
  BOOST_TEST(box->height == 44);
  dialog->Destroy();
  pumpEvents(50ms);

  std::filesystem::remove(storage::fileStoreIn(data).locate(c.documents.at(0).sha256));
  dialog = open();
  BOOST_TEST(!dialog->pictureShown());  // the file is gone: no picture, the reason in the status line …
  BOOST_TEST(!dialog->statusText().empty());
  BOOST_TEST(dialog->boxCount() == 1u);  // … and the stored boxes are still there
  BOOST_TEST(dialog->boxOf("full_name").has_value());
  dialog->Destroy();
  pumpEvents(50ms);
}

// Closing the view while it reads a GCN page again (OCR, seconds, stored before boxes were kept): no crash, the close
// waits at most for that one page, nothing the worker finishes afterwards touches the closed view, and the value the
// officer confirmed meanwhile is stored.
BOOST_AUTO_TEST_CASE(closing_during_the_ocr_of_a_page_keeps_what_was_confirmed) {
  auto sha = storage::fileStoreIn(data).put(sourceDirectory() / "tests/data/capture/gcn/sample_01_2024_clean.jpg");
  BOOST_REQUIRE(sha);
  model::SourceDocument page;
  page.kind = model::DocumentKind::LandCertificate;
  page.sha256 = *sha;
  page.fileName = "so_do.jpg";
  page.mediaType = "image/jpeg";
  page.fields = {{"parcel_no", "1322", model::Provenance::Ocr, 0.64}};
  model::Case k;
  k.kind = model::CaseKind::Gift;
  k.receivedAt = localNow();
  k.documents = {page};
  BOOST_REQUIRE(db->cases().add(k, "test"));
  auto* dialog = new gui::VerifyDialog(nullptr, *db, data, k.id, "canbo");
  dialog->Show();
  pumpEvents(50ms);
  dialog->selectPaper(0);
  BOOST_REQUIRE(dialog->busy());  // the page is being read on the worker
  pressEnter(*dialog);            // the officer confirms the parcel number meanwhile
  const auto start = std::chrono::steady_clock::now();
  dialog->Destroy();
  pumpEvents(50ms);
  const auto closed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  BOOST_TEST_MESSAGE("verify view closed during OCR in " << closed.count() << " ms");
  BOOST_TEST(closed < 10s);
  pumpEvents(300ms);  // whatever the worker queued must find the view gone, not crash

  auto events = db->cases().events(k.id);
  BOOST_REQUIRE(events.ok());
  size_t confirmed = 0;
  for (const auto& e : *events) confirmed += e.action == verify::kFieldConfirmedAction ? 1 : 0;
  BOOST_TEST(confirmed == 1u);
  auto stored = db->cases().byId(k.id);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST(stored->documents.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
