#include "inbox_panel.h"

#include <cstdlib>
#include <optional>
#include <stdexcept>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/gauge.h>
#include <wx/imaglist.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/mimetype.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "access/permissions.h"
#include "intake/case_assignment.h"
#include "intake/folder_watcher.h"
#include "intake/inbox_importer.h"
#include "intake/mail_settings.h"
#include "intake/mailbox.h"
#include "mail_settings_dialog.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "thumbnails.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

constexpr int kThumbnailSide = 48;

// Thrown from the mail progress callback between two messages: what was taken stays, the rest waits.
struct FetchCancelled {};

wxString channelLabel(storage::InboxChannel c) {
  switch (c) {
    case storage::InboxChannel::Zalo: return wxASCII_STR("Zalo");
    case storage::InboxChannel::Email: return _("Email");
    case storage::InboxChannel::Folder: return _("Folder");
    case storage::InboxChannel::Picked: break;
  }
  return _("Picked");
}

wxString stateLabel(storage::InboxState s) {
  switch (s) {
    case storage::InboxState::New: return _("New");
    case storage::InboxState::Assigned: return _("Assigned");
    case storage::InboxState::Discarded: break;
  }
  return _("Discarded");
}

}  // namespace

InboxPanel::InboxPanel(wxWindow* parent, std::filesystem::path database, std::filesystem::path dataDir,
                       std::chrono::milliseconds interval)
    : database_(std::move(database)), dataDir_(std::move(dataDir)), timer_(this), pulse_(this), interval_(interval) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("inbox_panel")))
    throw std::logic_error("forms/inbox_panel.xrc: no panel named inbox_panel (are the forms loaded?)");
  list_ = XRCCTRL(*this, "inbox_items", wxListCtrl);
  caseBox_ = XRCCTRL(*this, "inbox_case", wxComboBox);
  caseKind_ = XRCCTRL(*this, "inbox_case_kind", wxChoice);
  folderText_ = XRCCTRL(*this, "inbox_folders", wxStaticText);
  status_ = XRCCTRL(*this, "inbox_status", wxStaticText);
  progress_ = XRCCTRL(*this, "inbox_progress", wxGauge);
  cancelButton_ = XRCCTRL(*this, "inbox_cancel", wxButton);
  if (!list_ || !caseBox_ || !caseKind_ || !folderText_ || !status_ || !progress_ || !cancelButton_)
    throw std::logic_error("forms/inbox_panel.xrc lacks a control inbox_panel.cpp needs");
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);

  images_ = new wxImageList(FromDIP(kThumbnailSide), FromDIP(kThumbnailSide), false);
  list_->AssignImageList(images_, wxIMAGE_LIST_SMALL);
  list_->InsertColumn(0, _("File"), wxLIST_FORMAT_LEFT, FromDIP(260));
  list_->InsertColumn(1, _("Sender"), wxLIST_FORMAT_LEFT, FromDIP(170));
  list_->InsertColumn(2, _("Received"), wxLIST_FORMAT_LEFT, FromDIP(120));
  list_->InsertColumn(3, _("Channel"), wxLIST_FORMAT_LEFT, FromDIP(70));
  list_->InsertColumn(4, _("State"), wxLIST_FORMAT_LEFT, FromDIP(80));
  for (const auto& t : model::terms<model::CaseKind>()) caseKind_->Append(toWx(uiLanguage() == Language::English ? t.en : t.vi));
  caseKind_->SetSelection(0);

  auto button = [this](const char* name, auto handler) {
    if (auto* b = XRCCTRL(*this, name, wxButton)) b->Bind(wxEVT_BUTTON, handler);
    else throw std::logic_error(std::string("forms/inbox_panel.xrc lacks ") + name);
  };
  button("inbox_fetch", [this](wxCommandEvent&) { fetchMailNow(); });
  button("inbox_cancel", [this](wxCommandEvent&) { cancelWork(); });
  button("inbox_add_files", [this](wxCommandEvent&) { pickFiles(); });
  button("inbox_add_folder", [this](wxCommandEvent&) {
    wxDirDialog dialog(this, _("Choose a folder to watch"));
    if (dialog.ShowModal() == wxID_OK) (void)watchFolder(pathFromWx(dialog.GetPath()));
  });
  button("inbox_mail_settings", [this](wxCommandEvent&) {
    if (!db_) return;
    MailSettingsDialog dialog(this, *db_, toUtf8(wxGetUserId()));
    dialog.ShowModal();
  });
  button("inbox_assign", [this](wxCommandEvent&) {
    const std::string text = toUtf8(caseBox_->GetValue());
    (void)assignSelected(text.substr(0, text.find(' ')), std::nullopt);
  });
  button("inbox_new_case", [this](wxCommandEvent&) {
    const int k = caseKind_->GetSelection();
    (void)assignSelected(std::nullopt, model::terms<model::CaseKind>()[static_cast<size_t>(std::max(0, k))].value);
  });
  button("inbox_discard", [this](wxCommandEvent&) { (void)discardSelected(); });
  button("inbox_open", [this](wxCommandEvent&) {
    if (auto item = selected()) wxLaunchDefaultApplication(pathToWx(intake::inboxViewPath(dataDir_, *item)));
  });
  caseBox_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { fillCases(toUtf8(caseBox_->GetValue())); caseBox_->Popup(); });
  Bind(wxEVT_TIMER, &InboxPanel::onTimer, this, timer_.GetId());
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { progress_->Pulse(); }, pulse_.GetId());
  SetDropTarget(new InboxDropTarget([this](const std::vector<std::filesystem::path>& files) { (void)importFiles(files); }));
  cancelButton_->Disable();

  auto db = connect();
  if (!db) {
    setStatus(toWx(db.error().text(uiLanguage())));
    return;
  }
  db_ = std::move(*db);
  loadFolders();
  reload();
  fillCases("");
  timer_.Start(static_cast<int>(interval_.count()));
}

InboxPanel::~InboxPanel() {
  closing_ = true;
  cancel_ = true;
  timer_.Stop();
  pulse_.Stop();
  if (worker_.joinable()) worker_.join();
  if (thumbnailWorker_.joinable()) thumbnailWorker_.join();
}

void InboxPanel::setActor(const access::Actor& actor) {
  if (!db_) return;
  db_->setActor(actor);
  fillList();
}

Result<std::unique_ptr<storage::Database>> InboxPanel::connect() const {
  storage::OpenOptions options;
  options.path = database_;
  options.create = false;
  return storage::Database::open(options);
}

void InboxPanel::loadFolders() {
  folders_ = {intake::defaultZaloFolder()};
  if (auto added = storage::InboxRepository(*db_).watchedFolders())
    for (const auto& f : *added) folders_.emplace_back(f);
  wxString text = _("Watching:");
  for (const auto& f : folders_) text += wxASCII_STR(" ") + pathToWx(f);
  folderText_->SetLabel(text);
}

void InboxPanel::reload() {
  if (!db_) return;
  auto items = storage::InboxRepository(*db_).list();
  if (!items) return setStatus(toWx(items.error().text(uiLanguage())));
  items_ = std::move(*items);
  fillList();
  startThumbnails();
}

void InboxPanel::fillList() {
  const auto keep = selected();
  list_->DeleteAllItems();
  for (size_t i = 0; i < items_.size(); ++i) {
    const storage::InboxItem& it = items_[i];
    auto thumb = thumbnails_.find(it.sha256);
    // A file name or subject may carry an ID number ("cccd_001090001234.jpg"): masked for officers without the right.
    auto shown = [this](const std::string& text) { return toWx(db_ ? access::idNumbersIn(db_->actor(), text) : text); };
    const long row =
        list_->InsertItem(static_cast<long>(i), shown(it.fileName), thumb == thumbnails_.end() ? -1 : thumb->second);
    list_->SetItem(row, 1, shown(it.sender.empty() ? it.subject : it.sender));
    list_->SetItem(row, 2, toWx(isoDateTime(it.receivedAt).substr(0, 16)));
    list_->SetItem(row, 3, channelLabel(it.channel));
    list_->SetItem(row, 4, stateLabel(it.state));
    if (keep && keep->id == it.id) list_->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  }
}

void InboxPanel::fillCases(const std::string& query) {
  if (!db_) return;
  auto cases = query.empty() ? db_->cases().list(200) : db_->cases().search(query, 200);
  if (!cases) return;
  caseBox_->Clear();
  for (const auto& c : *cases) caseBox_->Append(toWx(c.code + " — " + c.mainParty));
}

bool InboxPanel::selectItem(long row) {
  if (row < 0 || row >= list_->GetItemCount()) return false;
  list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  return true;
}

std::optional<storage::InboxItem> InboxPanel::selected() const {
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<size_t>(row) >= items_.size()) return std::nullopt;
  return items_[static_cast<size_t>(row)];
}

Status InboxPanel::importFiles(const std::vector<std::filesystem::path>& files) {
  if (!db_) return makeError("inbox.no_database", "Chưa mở cơ sở dữ liệu", "No database is open");
  intake::InboxImporter importer(*db_, dataDir_);
  size_t taken = 0;
  std::optional<Error> first;
  for (const auto& file : files) {
    auto r = importer.importFile(file, {});
    if (r) taken += r->stored.size();
    else if (!first) first = r.error();
  }
  reload();
  if (first) {
    setStatus(toWx(first->text(uiLanguage())));
    return *first;
  }
  setStatus(wxString::Format(_("%zu paper(s) taken into the Inbox."), taken));
  return {};
}

void InboxPanel::pickFiles() {
  wxFileDialog dialog(this, _("Add files to the Inbox"), wxString(), wxString(),
                      _("Papers (images, PDF, ZIP, mail, Word, QR text)|*.jpg;*.jpeg;*.png;*.tif;*.tiff;*.pdf;*.zip;*.eml;*.docx;*.txt|All files|*"),
                      wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return;
  wxArrayString paths;
  dialog.GetPaths(paths);
  std::vector<std::filesystem::path> files;
  for (const auto& p : paths) files.push_back(pathFromWx(p));
  (void)importFiles(files);
}

bool InboxDropTarget::OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) {
  std::vector<std::filesystem::path> files;
  for (const auto& n : names) files.push_back(pathFromWx(n));
  dropped_(files);
  return true;
}

Status InboxPanel::assignSelected(const std::optional<std::string>& caseCode, std::optional<model::CaseKind> newKind) {
  auto item = selected();
  auto refuse = [this](Error e) -> Status {
    setStatus(toWx(e.text(uiLanguage())));
    return e;
  };
  if (!db_ || !item) return refuse(makeError("inbox.no_item", "Chưa chọn mục nào", "No item is selected"));
  if (busy_) return refuse(makeError("inbox.busy", "Đang làm việc khác, xin đợi", "Other work is running; please wait"));
  intake::AssignRequest request{item->id, caseCode, newKind, toUtf8(wxGetUserId())};
  assignError_.reset();
  // On the worker: QR of ID cards takes milliseconds, but a picture with no QR (a GCN page) is read by OCR too —
  // seconds — because the verify view lists only papers that were read.
  startJob(_("Reading the paper..."), [this, request](storage::Database& db, std::atomic<bool>&) {
    auto done = intake::assignToCase(db, dataDir_, request, intake::captureReader(true));
    if (!done) {
      assignError_ = done.error();
      return toWx(done.error().text(uiLanguage()));
    }
    return wxString::Format(_("Added to case %s."), toWx(done->caseFile.code));
  });
  return {};
}

Status InboxPanel::discardSelected() {
  auto item = selected();
  if (!db_ || !item) return makeError("inbox.no_item", "Chưa chọn mục nào", "No item is selected");
  Status done = storage::InboxRepository(*db_).discard(item->id);
  if (!done) setStatus(toWx(done.error().text(uiLanguage())));
  reload();
  return done;
}

Status InboxPanel::watchFolder(const std::filesystem::path& folder) {
  if (!db_) return makeError("inbox.no_database", "Chưa mở cơ sở dữ liệu", "No database is open");
  Status done = storage::InboxRepository(*db_).addWatchedFolder(std::filesystem::absolute(folder).string());
  if (!done) setStatus(toWx(done.error().text(uiLanguage())));
  loadFolders();
  return done;
}

void InboxPanel::startJob(const wxString& what, std::function<wxString(storage::Database&, std::atomic<bool>&)> job) {
  if (busy_) return;
  if (worker_.joinable()) worker_.join();
  busy_ = true;
  cancel_ = false;
  cancelButton_->Enable();
  pulse_.Start(100);
  setStatus(what);
  // The job acts as the officer logged in at the desk: its rights are checked and its audit entries name them.
  std::optional<access::Actor> officer;
  if (db_) officer = db_->actor();
  worker_ = std::thread([this, job = std::move(job), officer] {
    // The job's own connection: SQLite in WAL mode lets the panel keep reading meanwhile.
    wxString message;
    auto db = connect();
    if (!db) message = toWx(db.error().text(uiLanguage()));
    else {
      if (officer) (*db)->setActor(*officer);
      message = job(**db, cancel_);
    }
    if (!closing_) CallAfter([this, message] { jobDone(message); });
  });
}

void InboxPanel::jobDone(const wxString& message) {
  busy_ = false;
  pulse_.Stop();
  progress_->SetValue(0);
  cancelButton_->Disable();
  if (!message.empty()) setStatus(message);
  reload();
  fillCases("");  // an assignment may have opened a case
}

void InboxPanel::cancelWork() {
  cancel_ = true;
  setStatus(_("Cancelling..."));
}

void InboxPanel::checkFoldersNow() {
  if (busy_ || !db_) return;
  auto settings = intake::loadMailSettings(*db_);
  const bool deleteSource = settings && settings->deleteSourceAfterImport;
  const std::vector<std::filesystem::path> folders = folders_;
  startJob(wxString(), [this, folders, deleteSource](storage::Database& db, std::atomic<bool>&) {
    intake::InboxImporter importer(db, dataDir_);
    // Half-written files are left for the next tick: a short settle keeps new papers appearing within seconds.
    const auto outcomes = intake::watchOnce(importer, folders, std::chrono::milliseconds(300), deleteSource);
    size_t taken = 0;
    for (const auto& o : outcomes) taken += o.report ? o.report->stored.size() : 0;
    return taken ? wxString::Format(_("%zu new paper(s) from watched folders."), taken) : wxString();
  });
}

void InboxPanel::fetchMailNow() {
  if (!db_ || busy_) return;
  auto settings = intake::loadMailSettings(*db_);
  if (!settings) return setStatus(toWx(settings.error().text(uiLanguage())));
  if (!password_ && !std::getenv("LANDDESK_MAIL_PASSWORD")) {
    // Asked once per session and kept in memory only: the password never goes into the database.
    wxPasswordEntryDialog ask(this, _("Mailbox password (kept for this session only):"), _("Fetch mail"));
    if (ask.ShowModal() != wxID_OK) return;
    password_ = toUtf8(ask.GetValue());
  }
  auto server = intake::mailServerFrom(*settings, password_.value_or(""));
  if (!server) return setStatus(toWx(server.error().text(uiLanguage())));
  startJob(_("Fetching mail..."), [this, server = *server](storage::Database& db, std::atomic<bool>& cancel) {
    intake::InboxImporter importer(db, dataDir_);
    size_t done = 0;
    try {
      const intake::FetchReport r = intake::fetchMail(importer, server, [&](const intake::MessageOutcome&) {
        ++done;
        if (cancel) throw FetchCancelled{};
      });
      if (r.stopped) return toWx(r.stopped->text(uiLanguage()));
      return wxString::Format(_("%zu new message(s)."), r.newMessages);
    } catch (const FetchCancelled&) {
      return wxString::Format(_("Fetch cancelled after %zu message(s)."), done);
    }
  });
}

void InboxPanel::onTimer(wxTimerEvent&) { checkFoldersNow(); }

void InboxPanel::startThumbnails() {
  if (thumbnailsBusy_) return;
  std::vector<std::pair<std::string, std::filesystem::path>> wanted;
  const storage::FileStore store = storage::fileStoreIn(dataDir_);
  for (const auto& it : items_)
    if (!thumbnails_.contains(it.sha256) && (it.mediaType.starts_with("image/") || it.contentKind == "pdf"))
      wanted.emplace_back(it.sha256, store.locate(it.sha256));
  if (wanted.empty()) return;
  if (thumbnailWorker_.joinable()) thumbnailWorker_.join();
  thumbnailsBusy_ = true;
  thumbnailWorker_ = std::thread([this, wanted] {
    auto pictures = readThumbnails(wanted, kThumbnailSide, closing_);  // sha256 -> PNG
    if (closing_) return;
    CallAfter([this, pictures] {
      thumbnailsBusy_ = false;
      const wxSize size = FromDIP(wxSize(kThumbnailSide, kThumbnailSide));
      for (const auto& [sha, png] : pictures) thumbnails_[sha] = images_->Add(squareThumbnail(png, size));
      fillList();
    });
  });
}

void InboxPanel::setStatus(const wxString& text) { status_->SetLabel(text); }

wxString InboxPanel::statusText() const { return status_->GetLabel(); }

namespace {
const wxString kInboxWindowName = wxASCII_STR("inbox_window");
}  // namespace

void cancelInboxWork(wxWindow* parent) {
  if (wxWindow* frame = wxWindow::FindWindowByName(kInboxWindowName, parent))
    if (auto* panel = dynamic_cast<InboxPanel*>(frame->FindWindow(wxASCII_STR("inbox_panel"))); panel && panel->busy())
      panel->cancelWork();
}

InboxPanel* showInboxWindow(wxWindow* parent, const std::filesystem::path& database,
                            const std::filesystem::path& dataDir, const access::Actor* officer) {
  static const wxString& kName = kInboxWindowName;
  auto* frame = dynamic_cast<wxFrame*>(wxWindow::FindWindowByName(kName, parent));
  if (!frame) {
    frame = new wxFrame(parent, wxID_ANY, _("Inbox"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT,
                        kName);
    auto* panel = new InboxPanel(frame, database, dataDir);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(panel, 1, wxEXPAND);
    frame->SetSizerAndFit(sizer);
    // Closing hides the window: the watched folders keep being checked while the desk runs.
    frame->Bind(wxEVT_CLOSE_WINDOW, [frame](wxCloseEvent& e) {
      if (e.CanVeto()) frame->Hide();
      else e.Skip();
    });
  }
  frame->Show();
  frame->Raise();
  auto* panel = dynamic_cast<InboxPanel*>(frame->FindWindow(wxASCII_STR("inbox_panel")));
  if (panel && officer) panel->setActor(*officer);
  if (panel) panel->reload();
  return panel;
}

}  // namespace landdesk::gui
