#include "case_editor.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <Poco/JSON/Stringifier.h>

#include <wx/choicdlg.h>
#include <wx/infobar.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/app.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "case_editor_heirs.h"
#include "case_editor_parcels.h"
#include "case_editor_parties.h"
#include "case_editor_terms.h"
#include "case_labels.h"
#include "case_view_tabs.h"
#include "model/case_json.h"
#include "shortcuts_dialog.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {
// The info bar's button that drops the officer's edits for the stored case after a conflict.
const int kReloadId = wxWindow::NewControlId();
}  // namespace

Result<std::unique_ptr<storage::Database>> CaseEditorFrame::connect(storage::Database& desk) {
  storage::OpenOptions options;
  options.path = desk.path();
  options.create = false;
  auto db = storage::Database::open(options);
  if (!db) return db.error();
  (*db)->setActor(desk.actor());  // the officer logged in at the desk edits here too
  return std::move(*db);
}

CaseEditorFrame* CaseEditorFrame::find(int64_t caseId) {
  for (wxWindow* top : wxTopLevelWindows)
    if (auto* editor = dynamic_cast<CaseEditorFrame*>(top); editor && caseId != 0 && editor->caseId() == caseId)
      return editor;
  return nullptr;
}

Result<CaseEditorFrame*> CaseEditorFrame::openCase(wxWindow* parent, storage::Database& desk, int64_t caseId) {
  if (CaseEditorFrame* open = find(caseId)) {
    open->Raise();
    return open;
  }
  auto db = connect(desk);
  if (!db) return db.error();
  auto session = editing::CaseEditSession::open(**db, caseId);
  if (!session) return session.error();
  auto* frame = new CaseEditorFrame(parent, std::move(*db), std::move(*session));
  frame->Show();
  return frame;
}

Result<CaseEditorFrame*> CaseEditorFrame::newCase(wxWindow* parent, storage::Database& desk, model::CaseKind kind) {
  auto db = connect(desk);
  if (!db) return db.error();
  auto session = editing::CaseEditSession::create(**db, kind, toUtf8(wxGetUserId()));
  auto* frame = new CaseEditorFrame(parent, std::move(*db), std::move(session));
  frame->Show();
  return frame;
}

CaseEditorFrame::CaseEditorFrame(wxWindow* parent, std::unique_ptr<storage::Database> db,
                                 editing::CaseEditSession session)
    : db_(std::move(db)), session_(std::move(session)), actor_(toUtf8(wxGetUserId())), autosave_(this) {
  if (!wxXmlResource::Get()->LoadFrame(this, parent, wxASCII_STR("case_editor")))
    throw std::logic_error("forms/case_editor.xrc: no frame named case_editor (are the forms loaded?)");
  SetMenuBar(wxXmlResource::Get()->LoadMenuBar(this, wxASCII_STR("case_editor_menu")));
  info_ = XRCCTRL(*this, "editor_info", wxInfoBar);
  heading_ = XRCCTRL(*this, "editor_heading", wxStaticText);
  book_ = XRCCTRL(*this, "editor_book", wxNotebook);
  if (!GetMenuBar() || !info_ || !heading_ || !book_) throw std::logic_error("forms/case_editor.xrc lacks a control case_editor.cpp needs");
  parties_ = new PartiesTab(book_);
  parcels_ = new ParcelsTab(book_);
  terms_ = new TermsTab(book_);
  heirs_ = new HeirsTab(book_);
  book_->AddPage(parties_, _("Parties"));
  book_->AddPage(parcels_, _("Parcels"));
  book_->AddPage(terms_, _("Price and payment"));
  book_->AddPage(heirs_, _("Heirs and shares"));
  for (CaseEditorTab* tab : tabs()) tab->setEditor([this](const CaseEditorTab::Edit& edit) { return applyEdit(edit); });
  parties_->onAddFromScannedId([this](model::PartyRole role) { addPartyFromScannedId(role); });
  parcels_->onAddFromScannedGcn([this] { addParcelFromScannedGcn(); });

  Bind(wxEVT_MENU, [this](wxCommandEvent&) { (void)saveNow(); }, XRCID("editor_save"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, XRCID("editor_close"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, XRCID("editor_undo"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, XRCID("editor_redo"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { addPartyFromScannedId(parties_->chosenRole()); },
       XRCID("editor_party_from_id"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { addParcelFromScannedGcn(); }, XRCID("editor_parcel_from_gcn"));
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(session_->canUndo()); }, XRCID("editor_undo"));
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(session_->canRedo()); }, XRCID("editor_redo"));
  // Autosave: ~2 s after the last edit or keystroke, on a tab change, when the window loses focus, on close.
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { saveQuietly(); }, autosave_.GetId());
  auto typing = [this](wxCommandEvent& event) {
    event.Skip();
    if (!committing_) autosave_.StartOnce(kAutosaveMs);
  };
  Bind(wxEVT_TEXT, typing);
  Bind(wxEVT_CHOICE, typing);
  Bind(wxEVT_CHECKBOX, typing);
  book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
    event.Skip();
    if (session_->dirty()) saveQuietly();
  });
  Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
    event.Skip();
    if (!event.GetActive() && session_->dirty()) CallAfter(&CaseEditorFrame::saveQuietly);
  });
  Bind(wxEVT_CLOSE_WINDOW, &CaseEditorFrame::onClose, this);
  info_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (auto reloaded = session_->reload(); !reloaded) return showError(reloaded.error());
    info_->Dismiss();
    message_.clear();
    showAll();
  }, kReloadId);

  if (session_->stored()) {
    addCaseViewTabs(*book_, *db_, db_->path().parent_path(), caseId(), actor_);
    viewTabsAdded_ = true;
  }
  SetSize(FromDIP(wxSize(1000, 700)));
  showAll();
}

CaseEditorFrame::~CaseEditorFrame() {
  autosave_.Stop();
  // Nobody is left to show a refusal to: what cannot be written to the case is kept beside the database.
  if (session_ && session_->dirty() && !session_->save(actor_)) keepRecoveryDraft();
}

std::vector<CaseEditorFrame*> CaseEditorFrame::closeAllForQuit() {
  std::vector<CaseEditorFrame*> editors, unsaved;
  for (wxWindow* top : wxTopLevelWindows)
    if (auto* editor = dynamic_cast<CaseEditorFrame*>(top); editor && !wxTheApp->IsScheduledForDestruction(editor))
      editors.push_back(editor);
  for (CaseEditorFrame* editor : editors)
    if (!editor->Close()) unsaved.push_back(editor);
  return unsaved;
}

wxString CaseEditorFrame::caseLabel() const {
  const std::string& code = session_->current().code;
  return code.empty() ? _("new case") : toWx(code);
}

void CaseEditorFrame::keepRecoveryDraft() {
  if (!draft_.empty() || !db_) return;
  const model::Case& c = session_->current();
  std::string stamp = isoDateTime(localNow());
  std::replace(stamp.begin(), stamp.end(), ':', '-');
  const std::filesystem::path dir = db_->path().parent_path() / "unsaved";
  const std::filesystem::path file = dir / ((c.code.empty() ? std::string("hs-moi") : c.code) + "-" + stamp + ".json");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::ofstream out(file, std::ios::binary);
  Poco::JSON::Stringifier::stringify(model::caseToJson(c), out, 2);
  out.close();
  if (out) draft_ = file;
}

std::vector<CaseEditorTab*> CaseEditorFrame::tabs() const { return {parties_, parcels_, terms_, heirs_}; }

void CaseEditorFrame::showAll() {
  const model::Case& c = session_->current();
  committing_ = true;  // filling the forms is not typing
  for (CaseEditorTab* tab : tabs()) tab->showCase(c);
  committing_ = false;
  const wxString code = c.code.empty() ? _("new case") : toWx(c.code);
  SetTitle(wxString::Format(_("Case %s - %s"), code, termLabel(c.kind)));
  heading_->SetLabel(wxString::Format(_("%s: %s, %s"), code, termLabel(c.kind), termLabel(c.status)));
  SetStatusText(session_->dirty() ? _("Unsaved changes") : _("All changes saved"));
}

void CaseEditorFrame::showError(const Error& error) {
  message_ = toWx(error.text(uiLanguage()));
  if (info_->HasButtonId(kReloadId)) info_->RemoveButton(kReloadId);
  // After a conflict the officer may drop the edits for the other desk's version; otherwise the edits stay.
  if (error.code == "db.conflict") info_->AddButton(kReloadId, _("Reload the case (drop my edits)"));
  info_->ShowMessage(message_, error.code == "db.conflict" ? wxICON_WARNING : wxICON_ERROR);
}

bool CaseEditorFrame::messageShown() const { return !message_.empty() && info_->IsShown(); }

bool CaseEditorFrame::applyEdit(const CaseEditorTab::Edit& edit) {
  if (auto done = session_->apply(edit); !done) {
    showError(done.error());
    return false;
  }
  if (!committing_) showAll();
  autosave_.StartOnce(kAutosaveMs);
  return true;
}

bool CaseEditorFrame::undo() { return afterStep(session_->undo()); }

bool CaseEditorFrame::redo() { return afterStep(session_->redo()); }

bool CaseEditorFrame::afterStep(bool moved) {
  if (!moved) return false;
  showAll();
  autosave_.StartOnce(kAutosaveMs);
  return true;
}

void CaseEditorFrame::addPartyFromScannedId(model::PartyRole role) {
  auto added = session_->addNextScannedParty(role);
  if (!added) return showError(added.error());
  showAll();
  parties_->selectParty(static_cast<long>(*added));
  book_->SetSelection(0);
  autosave_.StartOnce(kAutosaveMs);
}

void CaseEditorFrame::addParcelFromScannedGcn() {
  auto added = session_->addNextScannedParcel();
  if (!added) return showError(added.error());
  showAll();
  parcels_->selectParcel(static_cast<long>(*added));
  book_->SetSelection(1);
  autosave_.StartOnce(kAutosaveMs);
}

bool CaseEditorFrame::commitTabs() {
  bool all = true;
  for (CaseEditorTab* tab : tabs()) all = tab->commitPending() && all;
  return all;
}

Status CaseEditorFrame::saveNow() {
  autosave_.Stop();
  if (!commitTabs()) return Error{"editor.form_refused", toUtf8(message_), toUtf8(message_)};
  if (auto saved = session_->save(actor_); !saved) {
    showError(saved.error());
    SetStatusText(_("Unsaved changes"));
    return saved;
  }
  if (info_->IsShown()) info_->Dismiss();
  message_.clear();
  showAll();
  SetStatusText(wxString::Format(_("Saved at %s"), shortDateTime(localNow())));
  if (!viewTabsAdded_) {
    addCaseViewTabs(*book_, *db_, db_->path().parent_path(), caseId(), actor_);
    viewTabsAdded_ = true;
  } else {
    refreshCaseViewTabs(*book_);
  }
  if (onSaved_) onSaved_(caseId());
  return {};
}

void CaseEditorFrame::saveQuietly() {
  if (session_->dirty() || autosave_.IsRunning()) (void)saveNow();  // a failure shows in the message bar
}

void CaseEditorFrame::onClose(wxCloseEvent& event) {
  autosave_.Stop();
  commitTabs();
  if (session_->dirty()) {
    if (auto saved = saveNow(); !saved) {
      if (event.CanVeto()) {
        event.Veto();  // the edits stay on screen with the reason; closing again after "Reload" drops them
        Raise();
        return;
      }
      keepRecoveryDraft();  // a forced close: the window goes, the edits are kept beside the database
    }
  }
  Destroy();
}

std::optional<model::CaseKind> chooseCaseKind(wxWindow* parent) {
  wxArrayString labels;
  for (const auto& t : model::terms<model::CaseKind>()) labels.Add(termLabel(t.value));
  wxSingleChoiceDialog dialog(parent, _("Which kind of case?"), _("New case"), labels);
  dialog.SetName(wxASCII_STR("case_kind_dialog"));
  if (dialog.ShowModal() != wxID_OK || dialog.GetSelection() < 0) return std::nullopt;
  return model::terms<model::CaseKind>()[static_cast<size_t>(dialog.GetSelection())].value;
}

std::vector<std::pair<wxString, wxString>> caseEditorShortcuts() {
  std::vector<std::pair<wxString, wxString>> keys{{_("Case list > Open the case in the editor"), wxASCII_STR("Enter")}};
  std::unique_ptr<wxMenuBar> menus(wxXmlResource::Get()->LoadMenuBar(nullptr, wxASCII_STR("case_editor_menu")));
  if (!menus) return keys;
  for (auto& [label, accel] : menuShortcuts(*menus)) keys.emplace_back(_("Case editor > ") + label, accel);
  return keys;
}

}  // namespace landdesk::gui
