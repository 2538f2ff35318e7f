// The case editor under Xvfb on a real SQLite desk: Ctrl+N (kind chosen in the real dialog), two parties typed in,
// spouses linked, a person added with one key from a CCCD scan taken in through the intake code, undo/redo, the
// autosave read back through a second connection, and a conflict with another desk shown without losing the edits.
// Leaves a screenshot of every tab for the user guide. Quitting the desk right after typing saves the edit; a conflict
// at quit holds the quit, and a forced quit keeps the edits as a draft file.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <set>

#include <wx/choicdlg.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/infobar.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_editor.h"
#include "case_editor_heirs.h"
#include "case_editor_parcels.h"
#include "case_editor_parties.h"
#include "case_editor_terms.h"
#include "case_list_ctrl.h"
#include "intake/case_assignment.h"
#include "intake/inbox_importer.h"
#include "main_frame.h"
#include "shortcuts_dialog.h"
#include "storage/case_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;

namespace {

struct Desk {
  TempDir dir;
  std::filesystem::path data = dir / "data";
  std::filesystem::path file = data / "landdesk.sqlite";
  gui::MainFrame* frame = nullptr;

  Desk() {
    BOOST_REQUIRE(storage::Database::open({.path = file}).ok());
    frame = new gui::MainFrame();
    frame->SetSize(frame->FromDIP(wxSize(1100, 700)));
    frame->Show();
    BOOST_REQUIRE(frame->openDatabase(file, false).ok());
  }
  ~Desk() {
    std::vector<gui::CaseEditorFrame*> editors;
    for (wxWindow* top : wxTopLevelWindows)
      if (auto* editor = dynamic_cast<gui::CaseEditorFrame*>(top)) editors.push_back(editor);
    for (auto* editor : editors) editor->Destroy();
    if (frame) frame->Destroy();  // a test that quit the desk has no frame left
    pumpEvents(50ms);
  }
  // Whether the desk window still exists (a close runs its deletion at idle time).
  bool deskOpen() const {
    for (wxWindow* top : wxTopLevelWindows)
      if (top == frame) return true;
    return false;
  }
  // A stored inheritance-free transfer case opened in the editor with Enter, as the officer does.
  gui::CaseEditorFrame* openStoredCase(int64_t& id) {
    model::Case c;
    c.kind = model::CaseKind::TransferWhole;
    c.receivedAt = localNow();
    model::Party p;
    p.fullName = "Phạm Văn Dũng";
    c.parties.push_back({p, model::PartyRole::Transferor, std::nullopt});
    BOOST_REQUIRE(second()->cases().add(c, "test").ok());
    id = c.id;
    frame->ProcessCommand(XRCID("case_refresh"));
    BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }));
    frame->selectRow(0);
    frame->ProcessCommand(XRCID("case_edit"));
    gui::CaseEditorFrame* editor = gui::CaseEditorFrame::find(id);
    BOOST_REQUIRE(editor);
    return editor;
  }
  // Another desk (or the inbox window): its own connection to the same file.
  std::unique_ptr<storage::Database> second() {
    auto db = storage::Database::open({.path = file, .create = false});
    BOOST_REQUIRE(db.ok());
    return std::move(*db);
  }
  static gui::CaseEditorFrame* openEditor() {
    for (wxWindow* top : wxTopLevelWindows)
      if (auto* editor = dynamic_cast<gui::CaseEditorFrame*>(top)) return editor;
    return nullptr;
  }
};

// Answers Ctrl+N's kind question as the officer would, once the modal dialog is up.
struct KindAnswer {
  wxTimer timer;
  explicit KindAnswer(int choice) {
    timer.Bind(wxEVT_TIMER, [this, choice](wxTimerEvent&) {
      for (wxWindow* top : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxSingleChoiceDialog*>(top); dialog && dialog->IsModal()) {
          timer.Stop();
          dialog->SetSelection(choice);
          dialog->EndModal(wxID_OK);
          return;
        }
    });
    timer.Start(50);
  }
};

void typeInto(wxWindow& panel, const char* name, const char* utf8) {
  auto* text = dynamic_cast<wxTextCtrl*>(panel.FindWindow(wxXmlResource::GetXRCID(wxString::FromAscii(name))));
  BOOST_REQUIRE_MESSAGE(text, name);
  text->ChangeValue(gui::toWx(utf8));
}

// The scan arrives the way a citizen's Zalo photo does, through the Inbox of another window, into this case.
void captureCard(storage::Database& db, const std::filesystem::path& data, const std::string& caseCode) {
  intake::InboxImporter importer(db, data);
  auto imported = importer.importFile(sourceDirectory() / "tests/data/capture/cccd/cccd_01_clean_scan.jpg", {});
  BOOST_REQUIRE(imported.ok());
  intake::AssignRequest request;
  request.itemId = imported->stored.at(0).item.id;
  request.caseCode = caseCode;
  auto assigned = intake::assignToCase(db, data, request, intake::captureReader(false));
  BOOST_REQUIRE_MESSAGE(assigned.ok(), (assigned.ok() ? "" : assigned.error().en));
}

// The editor's pixels read from its own window: a grab of the whole screen (wxScreenDC) returned the first page again
// for every later page here, so each tab is read where it is drawn.
bool saveWindowPicture(wxWindow& window, const std::filesystem::path& png) {
  window.Raise();
  window.Update();
  pumpEvents(100ms);
  wxClientDC source(&window);
  const wxSize size = window.GetClientSize();
  wxBitmap bitmap(size.x, size.y);
  {
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, size.x, size.y, &source, 0, 0);
  }
  return bitmap.ConvertToImage().SaveFile(gui::pathToWx(png), wxBITMAP_TYPE_PNG);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_editor, Desk)

BOOST_AUTO_TEST_CASE(new_case_parties_spouses_scanned_id_undo_and_autosave) {
  {
    KindAnswer answer(0);  // chuyển nhượng
    frame->ProcessCommand(XRCID("case_new"));
  }
  gui::CaseEditorFrame* editor = openEditor();
  BOOST_REQUIRE(editor);
  BOOST_TEST((editor->session().current().kind == model::CaseKind::TransferWhole));
  BOOST_TEST(!editor->session().stored());

  gui::PartiesTab& parties = editor->parties();
  parties.setForm(gui::toWx("Nguyễn Văn An"), gui::toWx("1970-01-02"), gui::toWx("001070000001"),
                  model::PartyRole::Transferor);
  BOOST_REQUIRE(parties.addFromForm());
  parties.setForm(gui::toWx("Trần Thị Bình"), gui::toWx("1972"), wxString(), model::PartyRole::Transferor);
  BOOST_REQUIRE(parties.addFromForm());
  parties.selectParty(0);
  BOOST_REQUIRE(parties.linkSpouseOfSelected(1));
  BOOST_TEST(gui::toUtf8(parties.linksText()).find("Trần Thị Bình") != std::string::npos);
  const model::Case& c = editor->session().current();
  BOOST_TEST((c.parties.at(1).spouse == std::optional<size_t>(0)));

  // Autosave: about 2 s after the last edit the new case is in the file, as another connection reads it.
  BOOST_TEST(editor->autosavePending());
  BOOST_REQUIRE(pumpUntil([&] { return editor->session().stored() && !editor->session().dirty(); }, 10s));
  const int64_t id = editor->caseId();
  auto other = second();
  auto stored = other->cases().byId(id);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->parties.size() == 2u);
  BOOST_TEST((stored->parties[0].spouse == std::optional<size_t>(1)));
  BOOST_TEST((stored->parties[1].spouse == std::optional<size_t>(0)));
  BOOST_TEST(stored->parties[1].party.birthDate->canonical() == "1972");
  BOOST_TEST(frame->totalCaseCount() == 1u);  // the list learnt of the new case

  // One key (Ctrl+Shift+A) adds the person of a CCCD scanned meanwhile; the paper's arrival is no conflict.
  captureCard(*other, data, stored->code);
  pumpEvents(100ms);  // menu items are enabled at idle time
  editor->ProcessCommand(XRCID("editor_party_from_id"));
  BOOST_REQUIRE_MESSAGE(editor->session().current().parties.size() == 3u, gui::toUtf8(editor->message()));
  BOOST_TEST(editor->session().current().parties[2].party.fullName == "Vũ Thị Thanh Hân");
  BOOST_TEST((editor->session().current().parties[2].role == parties.chosenRole()));

  // Ctrl+Z / Ctrl+Y.
  pumpEvents(100ms);
  editor->ProcessCommand(XRCID("editor_undo"));
  BOOST_TEST(editor->session().current().parties.size() == 2u);
  pumpEvents(100ms);
  editor->ProcessCommand(XRCID("editor_redo"));
  BOOST_TEST(editor->session().current().parties.size() == 3u);

  // A parcel and a payment, so every tab has something to show.
  wxWindow& parcels = editor->parcels();
  typeInto(parcels, "parcel_serial", "BA 685616");
  typeInto(parcels, "parcel_number", "125");
  typeInto(parcels, "parcel_sheet", "7");
  typeInto(parcels, "parcel_area", "120,5");
  typeInto(parcels, "parcel_price", "1.250.000.000");
  BOOST_REQUIRE(editor->parcels().addFromForm());
  BOOST_REQUIRE(editor->terms().addPayment(gui::toWx("2026-02-05"), gui::toWx("500.000.000")));
  BOOST_TEST(editor->terms().paymentCount() == 1L);
  BOOST_TEST(!editor->terms().addPayment(gui::toWx("05/02/2026"), gui::toWx("1")));  // refused, said in the bar
  BOOST_TEST(editor->messageShown());

  // Ctrl+S saves at once; a second connection sees everything.
  pumpEvents(100ms);
  editor->ProcessCommand(XRCID("editor_save"));
  BOOST_REQUIRE_MESSAGE(!editor->session().dirty(), gui::toUtf8(editor->message()));
  stored = other->cases().byId(id);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST(stored->parties.size() == 3u);
  BOOST_TEST((stored->parcels.at(0).price == std::optional<int64_t>(1250000000)));
  BOOST_TEST(stored->terms->payments.at(0).amount == 500000000);
  BOOST_TEST(stored->documents.size() == 1u);  // the scan the editor adopted stays with the case

  editor->Raise();
  for (size_t page = 0; page < editor->book().GetPageCount(); ++page) {
    editor->book().SetSelection(page);
    pumpEvents(400ms);
    BOOST_TEST(saveWindowPicture(*editor, artifactDirectory() / ("case-editor-tab" + std::to_string(page + 1) + ".png")));
  }
}

BOOST_AUTO_TEST_CASE(enter_opens_the_editor_and_a_conflict_keeps_the_edits) {
  model::Case c;
  c.kind = model::CaseKind::InheritanceDivision;
  c.receivedAt = localNow();
  for (const char* name : {"Ngô Văn Giàu", "Ngô Thị Hoa"}) {
    model::Party p;
    p.fullName = name;
    c.parties.push_back({p, c.parties.empty() ? model::PartyRole::Deceased : model::PartyRole::Heir, std::nullopt});
  }
  c.estate = model::Estate{};
  auto other = second();
  BOOST_REQUIRE(other->cases().add(c, "test").ok());
  frame->ProcessCommand(XRCID("case_refresh"));
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }));
  frame->selectRow(0);
  wxListEvent enter(wxEVT_LIST_ITEM_ACTIVATED, frame->caseList().GetId());
  enter.SetEventObject(&frame->caseList());
  enter.m_itemIndex = 0;
  frame->caseList().GetEventHandler()->ProcessEvent(enter);
  gui::CaseEditorFrame* editor = gui::CaseEditorFrame::find(c.id);
  BOOST_REQUIRE(editor);
  BOOST_TEST(editor->book().GetPageCount() > 4u);  // the read-side tabs joined the editable ones

  BOOST_REQUIRE(editor->heirs().setHeir(1, 1, gui::toWx("1/1"), true));
  BOOST_TEST(editor->heirs().heirCount() == 1L);
  BOOST_TEST(!editor->heirs().setHeir(0, 1, gui::toWx("1/2"), false));  // 1 + 1/2 exceeds the estate
  BOOST_TEST(editor->heirs().heirCount() == 1L);

  // Another desk renames the deceased and saves first.
  model::Case theirs = other->cases().byId(c.id).value();
  theirs.parties[0].party.fullName = "Ngô Văn Giầu";
  BOOST_REQUIRE(other->cases().update(theirs, "desk2").ok());

  auto saved = editor->saveNow();
  BOOST_REQUIRE(!saved.ok());
  BOOST_TEST(saved.error().code == "db.conflict");
  BOOST_TEST(editor->messageShown());
  BOOST_TEST(gui::toUtf8(editor->message()).find("Ngô Văn Giầu") != std::string::npos);
  BOOST_TEST(editor->session().dirty());
  BOOST_TEST(editor->session().current().estate->heirs.size() == 1u);  // the officer's edit is kept
  BOOST_TEST(other->cases().byId(c.id)->estate->heirs.empty());        // and nothing was overwritten
  editor->book().SetSelection(3);
  pumpEvents(400ms);
  BOOST_TEST(saveWindowPicture(*editor, artifactDirectory() / "case-editor-conflict.png"));
  // Closing does not throw the edits away while they cannot be saved.
  editor->Close();
  pumpEvents(100ms);
  BOOST_TEST(gui::CaseEditorFrame::find(c.id) == editor);
}

// What the officer types into a field the editor applies only when it commits (tab change, save, close): typing fires
// the 2 s autosave clock, and the desk is quit before it runs.
void typeKeys(wxWindow& panel, const char* name, const char* utf8) {
  auto* text = dynamic_cast<wxTextCtrl*>(panel.FindWindow(wxXmlResource::GetXRCID(wxString::FromAscii(name))));
  BOOST_REQUIRE_MESSAGE(text, name);
  text->SetValue(gui::toWx(utf8));  // sends wxEVT_TEXT, as keystrokes do
}

BOOST_AUTO_TEST_CASE(edits_typed_just_before_file_quit_are_saved) {
  int64_t id = 0;
  gui::CaseEditorFrame* editor = openStoredCase(id);
  typeKeys(editor->terms(), "terms_method", "Chuyển khoản qua ngân hàng");
  BOOST_TEST(editor->autosavePending());  // the autosave has not run yet
  frame->ProcessCommand(wxID_EXIT);       // File → Quit at once
  BOOST_REQUIRE(pumpUntil([&] { return !deskOpen(); }, 10s));
  frame = nullptr;
  auto stored = second()->cases().byId(id);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->terms.has_value());
  BOOST_TEST(stored->terms->paymentMethod == "Chuyển khoản qua ngân hàng");
}

// A commune officer expects nothing typed to vanish: when another desk changed the case meanwhile, closing the desk
// is held with the conflict shown in the editor (and a line in the desk window) until the officer saves or reloads;
// only a forced close (the session ending) lets the window go, and then the edits are kept as a draft file.
BOOST_AUTO_TEST_CASE(a_conflict_at_quit_holds_the_quit_and_a_forced_quit_keeps_a_draft) {
  int64_t id = 0;
  gui::CaseEditorFrame* editor = openStoredCase(id);
  typeKeys(editor->terms(), "terms_method", "Tiền mặt, trả một lần");
  auto other = second();
  model::Case theirs = other->cases().byId(id).value();
  theirs.parties[0].party.fullName = "Phạm Văn Dũng (đã sửa)";
  BOOST_REQUIRE(other->cases().update(theirs, "desk2").ok());

  BOOST_TEST(!frame->Close());  // the close box: held
  pumpEvents(300ms);
  BOOST_REQUIRE(deskOpen());
  BOOST_REQUIRE(gui::CaseEditorFrame::find(id) == editor);
  BOOST_TEST(editor->messageShown());
  BOOST_TEST(gui::toUtf8(editor->message()).find("(đã sửa)") != std::string::npos, gui::toUtf8(editor->message()));
  BOOST_TEST(editor->session().dirty());
  BOOST_TEST(editor->session().current().terms->paymentMethod == "Tiền mặt, trả một lần");
  auto* bar = XRCCTRL(*frame, "open_error_bar", wxInfoBar);
  BOOST_REQUIRE(bar);
  BOOST_TEST(bar->IsShown());
  BOOST_TEST(saveWindowPicture(*frame, artifactDirectory() / "desk-quit-held-by-conflict.png"));
  BOOST_TEST(other->cases().byId(id)->parties[0].party.fullName == "Phạm Văn Dũng (đã sửa)");  // nothing overwritten

  frame->Close(true);  // forced: the window goes, the edits go to <data>/unsaved/
  BOOST_REQUIRE(pumpUntil([&] { return !deskOpen(); }, 10s));
  frame = nullptr;
  std::vector<std::filesystem::path> drafts;
  if (std::filesystem::is_directory(data / "unsaved"))
    for (const auto& entry : std::filesystem::directory_iterator(data / "unsaved")) drafts.push_back(entry.path());
  BOOST_REQUIRE(drafts.size() == 1u);
  std::ifstream in(drafts[0]);
  const std::string json((std::istreambuf_iterator<char>(in)), {});
  BOOST_TEST(json.find("Tiền mặt, trả một lần") != std::string::npos);
  BOOST_TEST(drafts[0].filename().string().starts_with(theirs.code));
  BOOST_TEST(other->cases().byId(id)->parties[0].party.fullName == "Phạm Văn Dũng (đã sửa)");
}

// The parcel's owners as the GCN names them, taken from the case's parties, and the will of an inheritance by will:
// refused input said in the bar, Ctrl+Z, autosave, and both read back through a second connection.
BOOST_AUTO_TEST_CASE(co_owners_and_will_details_autosave_and_read_back) {
  model::Case c;
  c.kind = model::CaseKind::InheritanceDivision;
  c.receivedAt = localNow();
  for (const char* name : {"Phan Văn Sơn", "Lý Thị Mai", "Phan Văn Tùng"}) {
    model::Party p;
    p.fullName = name;
    c.parties.push_back({p, c.parties.empty() ? model::PartyRole::Deceased : model::PartyRole::Heir, std::nullopt});
  }
  model::CaseParcel parcel;
  parcel.parcel.serial = "CS 012345";
  parcel.parcel.parcelNumber = "88";
  parcel.parcel.mapSheet = "12";
  parcel.parcel.area = Decimal(2000, 1);
  c.parcels.push_back(parcel);
  c.estate = model::Estate{};
  c.estate->deathDate = std::chrono::year(2025) / 6 / 1;
  auto other = second();
  BOOST_REQUIRE(other->cases().add(c, "test").ok());
  auto opened = gui::CaseEditorFrame::openCase(frame, *other, c.id);
  BOOST_REQUIRE(opened.ok());
  gui::CaseEditorFrame* editor = *opened;

  // Owners on the GCN: the deceased and his wife, half each (common property); a third half is refused.
  gui::ParcelsTab& parcels = editor->parcels();
  parcels.selectParcel(0);
  BOOST_REQUIRE(parcels.setOwner(0, gui::toWx("1/2")));
  BOOST_REQUIRE(parcels.setOwner(1, gui::toWx(" 2/4")));
  BOOST_TEST(parcels.ownerCount() == 2L);
  BOOST_TEST(gui::toUtf8(parcels.ownerText(1, 0)) == "Lý Thị Mai");
  BOOST_TEST(gui::toUtf8(parcels.ownerText(1, 1)) == "1/2");
  BOOST_TEST(!parcels.setOwner(2, gui::toWx("1/2")));
  BOOST_TEST(editor->messageShown());
  BOOST_TEST(parcels.ownerCount() == 2L);

  // By will: a date typed the Vietnamese way; an ISO or future date is refused and changes nothing.
  gui::HeirsTab& heirs = editor->heirs();
  const std::string will = "Di chúc lập ngày 10/01/2025 tại UBND xã Hải Lăng, chứng thực số 05, quyển 01/2025";
  BOOST_TEST(!heirs.setWill(true, gui::toWx("2025-01-10"), gui::toWx(will)));
  BOOST_TEST(!heirs.setWill(true, gui::toWx("10/01/2099"), gui::toWx(will)));
  const std::string said = gui::toUtf8(editor->message());
  BOOST_TEST((said.find("hôm nay") != std::string::npos || said.find("today") != std::string::npos), said);
  BOOST_TEST((editor->session().current().estate->basis == model::InheritanceBasis::Law));
  BOOST_REQUIRE(heirs.setWill(true, gui::toWx("10/1/2025"), gui::toWx(will)));
  BOOST_TEST((editor->session().current().estate->willDate == std::optional(std::chrono::year(2025) / 1 / 10)));

  // Ctrl+Z takes the will back, Ctrl+Y puts it again.
  BOOST_REQUIRE(editor->undo());
  BOOST_TEST(editor->session().current().estate->willDescription.empty());
  BOOST_REQUIRE(editor->redo());
  BOOST_TEST(editor->session().current().estate->willDescription == will);

  // Autosave about 2 s after the last edit; a second connection reads the owners and the will.
  BOOST_TEST(editor->autosavePending());
  BOOST_REQUIRE_MESSAGE(pumpUntil([&] { return !editor->session().dirty(); }, 10s), gui::toUtf8(editor->message()));
  auto stored = other->cases().byId(c.id);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->parcels.at(0).owners.size() == 2u);
  BOOST_TEST(stored->parcels[0].owners[0].party == 0u);
  BOOST_TEST(stored->parcels[0].owners[1].share == "1/2");
  BOOST_TEST((stored->estate->basis == model::InheritanceBasis::Will));
  BOOST_TEST((stored->estate->willDate == std::optional(std::chrono::year(2025) / 1 / 10)));
  BOOST_TEST(stored->estate->willDescription == will);
  editor->book().SetSelection(1);
  pumpEvents(300ms);
  BOOST_TEST(saveWindowPicture(*editor, artifactDirectory() / "case-editor-owners.png"));
  editor->book().SetSelection(3);
  pumpEvents(300ms);
  BOOST_TEST(saveWindowPicture(*editor, artifactDirectory() / "case-editor-will.png"));
}

BOOST_AUTO_TEST_CASE(the_editor_keys_are_in_help_shortcuts) {
  std::set<std::string> keys;
  for (const auto& [label, accel] : gui::menuShortcuts(*frame->GetMenuBar())) keys.insert(gui::toUtf8(accel));
  const auto editorKeys = gui::caseEditorShortcuts();
  for (const auto& [label, accel] : editorKeys) keys.insert(gui::toUtf8(accel));
  for (const char* expected : {"Ctrl+N", "Enter", "Ctrl+S", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+A", "Ctrl+Shift+G"})
    BOOST_TEST(keys.count(expected) == 1u, expected << " is not in the shortcut list");
  gui::ShortcutsDialog dialog(frame, *frame->GetMenuBar(), editorKeys);
  BOOST_TEST(dialog.shortcutCount() ==
             static_cast<long>(gui::menuShortcuts(*frame->GetMenuBar()).size() + editorKeys.size()));
}

BOOST_AUTO_TEST_SUITE_END()
