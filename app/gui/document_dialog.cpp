#include "document_dialog.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <utility>

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/datectrl.h>
#include <wx/dcmemory.h>
#include <wx/filename.h>
#include <wx/filesys.h>
#include <wx/gauge.h>
#include <wx/html/htmlwin.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/timer.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "docgen/page_renderer.h"
#include "documents/register_number.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

using namespace std::chrono;

namespace {

year_month_day toDate(const wxDateTime& d) {
  return year(d.GetYear()) / month(static_cast<unsigned>(d.GetMonth()) + 1) / day(d.GetDay());
}

wxDateTime fromDate(year_month_day d) {
  return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(static_cast<unsigned>(d.day())),
                    static_cast<wxDateTime::Month>(static_cast<unsigned>(d.month()) - 1), static_cast<int>(d.year()));
}

// Preview pages at screen size; the same images are printed (a form page at 110 dpi prints legibly).
constexpr int kPreviewDpi = 110;

// A template file the catalog lists but that was deleted, made unreadable or emptied since the desk started.
bool templateReadable(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec) || std::filesystem::file_size(file, ec) == 0 || ec) return false;
  std::ifstream in(file, std::ios::binary);
  char first = 0;
  return in.read(&first, 1).good();
}

std::atomic<int> abandoned{0};

std::filesystem::path makeWorkDirectory() {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("landdesk-documents-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return dir;
}

}  // namespace

DocumentDialog::DocumentDialog(wxWindow* parent, std::filesystem::path database, int64_t caseId,
                               std::optional<access::Actor> actor)
    : database_(std::move(database)), actor_(std::move(actor)), workDir_(makeWorkDirectory()),
      owner_(std::make_shared<Owner>()) {
  owner_->dialog = this;
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("document_dialog")))
    throw std::logic_error("forms/document_dialog.xrc: no dialog named document_dialog (are the forms loaded?)");
  caseLabel_ = XRCCTRL(*this, "document_case", wxStaticText);
  date_ = XRCCTRL(*this, "document_date", wxDatePickerCtrl);
  templateList_ = XRCCTRL(*this, "document_templates", wxListBox);
  findingList_ = XRCCTRL(*this, "document_findings", wxListBox);
  preview_ = XRCCTRL(*this, "document_preview", wxHtmlWindow);
  progress_ = XRCCTRL(*this, "document_progress", wxGauge);
  status_ = XRCCTRL(*this, "document_status", wxStaticText);
  render_ = XRCCTRL(*this, "document_render", wxButton);
  open_ = XRCCTRL(*this, "document_open", wxButton);
  print_ = XRCCTRL(*this, "document_print", wxButton);
  export_ = XRCCTRL(*this, "document_export", wxButton);
  if (!caseLabel_ || !date_ || !templateList_ || !findingList_ || !preview_ || !progress_ || !status_ || !render_ || !open_ ||
      !print_ || !export_)
    throw std::logic_error("forms/document_dialog.xrc lacks a control document_dialog.cpp needs");
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);

  date_->SetValue(fromDate(year_month_day(floor<days>(localNow()))));
  // The case and the office come through a short connection of this dialog's own; the data files are small.
  storage::OpenOptions options;
  options.path = database_;
  options.create = false;
  Status loaded = [&]() -> Status {
    auto db = storage::Database::open(options);
    if (!db) return db.error();
    auto c = (*db)->cases().byId(caseId);
    if (!c) return c.error();
    case_ = std::move(*c);
    auto settings = (*db)->settings().all();
    if (!settings) return settings.error();
    office_ = model::officeProfileFrom(*settings);
    auto number = documents::registerNumberOf(**db, office_, case_->id);
    if (!number) return number.error();
    number_ = *number;
    auto sources = documents::loadDocumentSources();
    if (!sources) return sources.error();
    sources_ = std::make_shared<const documents::DocumentSources>(std::move(*sources));
    return {};
  }();
  if (case_) {
    SetTitle(wxString::Format(_("Documents of case %s"), toWx(case_->code)));
    const auto& kind = model::term(case_->kind);
    caseLabel_->SetLabel(toWx(case_->code) + wxASCII_STR(" - ") + toWx(uiLanguage() == Language::English ? kind.en : kind.vi));
  }

  pulse_ = new wxTimer(this);
  Bind(wxEVT_TIMER, &DocumentDialog::onPulse, this, pulse_->GetId());
  templateList_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { showFindings(); });
  templateList_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { renderPreview(); });
  date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { fillTemplates(); });
  render_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { renderPreview(); });
  open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openInWordProcessor(); });
  print_->Bind(wxEVT_BUTTON, &DocumentDialog::onPrint, this);
  export_->Bind(wxEVT_BUTTON, &DocumentDialog::onExport, this);
  // Closing mid-render abandons the render (the destructor lets it finish unseen): the desk never waits for it.
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("document_close"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, XRCID("document_close"));
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
    if (IsModal()) EndModal(wxID_CLOSE);
    else Destroy();
  });
  fillTemplates();
  if (!loaded) showError(loaded.error());
  CentreOnParent();
}

DocumentDialog::~DocumentDialog() {
  if (pulse_) pulse_->Stop();
  delete pulse_;
  {
    std::lock_guard<std::mutex> hold(owner_->lock);
    owner_->dialog = nullptr;
    if (owner_->running) {
      // LibreOffice may take many seconds: the worker finishes alone and removes workDir_ itself.
      ++abandoned;
      worker_.detach();
      return;
    }
  }
  if (worker_.joinable()) worker_.join();  // already done: only its report event was pending
  std::error_code ec;
  std::filesystem::remove_all(workDir_, ec);
}

year_month_day DocumentDialog::date() const { return toDate(date_->GetValue()); }

documents::DocumentContext DocumentDialog::context() const {
  documents::DocumentContext ctx = sources_->context();
  ctx.authentication = number_;
  return ctx;
}

void DocumentDialog::setDate(year_month_day d) {
  date_->SetValue(fromDate(d));
  fillTemplates();
}

const documents::TemplateEntry* DocumentDialog::selected() const {
  const int i = templateList_->GetSelection();
  return i == wxNOT_FOUND || static_cast<size_t>(i) >= templates_.size() ? nullptr : templates_[static_cast<size_t>(i)];
}

std::vector<std::string> DocumentDialog::templateIds() const {
  std::vector<std::string> ids;
  for (const auto* t : templates_) ids.push_back(t->id);
  return ids;
}

std::vector<std::string> DocumentDialog::missingTemplates() const {
  std::vector<std::string> ids;
  for (const auto* t : templates_)
    if (!templateReadable(sources_->catalog.fileOf(*t))) ids.push_back(t->id);
  return ids;
}

bool DocumentDialog::selectTemplate(const std::string& id) {
  for (size_t i = 0; i < templates_.size(); ++i)
    if (templates_[i]->id == id) {
      templateList_->SetSelection(static_cast<int>(i));
      showFindings();
      return true;
    }
  return false;
}

void DocumentDialog::fillTemplates() {
  const std::string keep = selected() ? selected()->id : std::string();
  templateList_->Clear();
  templates_.clear();
  if (case_ && sources_) templates_ = documents::templatesFor(sources_->catalog, case_->kind, date());
  int firstPresent = wxNOT_FOUND;
  for (const auto* t : templates_) {
    wxString label = toWx(t->title) + (t->formNumber.empty() ? wxString() : wxASCII_STR(" (") + toWx(t->formNumber) + wxASCII_STR(")"));
    if (!templateReadable(sources_->catalog.fileOf(*t)))
      label += wxASCII_STR(" - ") + _("template file missing");
    else if (firstPresent == wxNOT_FOUND)
      firstPresent = static_cast<int>(templateList_->GetCount());
    templateList_->Append(label);
  }
  // A template whose file is gone is listed (the officer sees why it cannot be made) but not chosen by default.
  if (!templates_.empty()) templateList_->SetSelection(firstPresent == wxNOT_FOUND ? 0 : firstPresent);
  if (!keep.empty()) selectTemplate(keep);
  showFindings();
}

void DocumentDialog::showFindings() {
  findingList_->Clear();
  findings_.clear();
  if (case_ && sources_) {
    findings_ = documents::checkReadiness(*case_, office_, selected(), date(), context());
    if (const auto* entry = selected(); entry && !templateReadable(sources_->catalog.fileOf(*entry))) {
      const std::string file = sources_->catalog.fileOf(*entry).string();
      documents::Finding missing;
      missing.id = "template.missing";
      missing.subject = entry->title;
      missing.vi = "Không tìm thấy tệp mẫu " + entry->file + " (đã bị xoá, hỏng hoặc không đọc được: " + file +
                   "); hãy chọn mẫu khác trong danh sách hoặc chép lại tệp mẫu";
      missing.en = "The template file " + entry->file + " is missing (deleted, damaged or unreadable: " + file +
                   "); choose another template in the list or copy the template back";
      findings_.insert(findings_.begin(), std::move(missing));
    }
  }
  for (const auto& f : findings_) {
    const wxString mark = f.severity == documents::Severity::Blocking ? _("Missing") : _("Note");
    findingList_->Append(mark + wxASCII_STR(": ") + (f.subject.empty() ? wxString() : toWx(f.subject) + wxASCII_STR(" - ")) +
                         toWx(f.text(uiLanguage())));
  }
  if (case_ && findings_.empty()) findingList_->Append(_("Nothing missing: the document can be made."));
  updateButtons();
}

void DocumentDialog::updateButtons() {
  const bool ready = case_ && sources_ && selected() && !documents::hasBlocking(findings_);
  render_->Enable(ready && !busy_);
  templateList_->Enable(!busy_);
  date_->Enable(!busy_);
  open_->Enable(docx_.has_value() && !busy_);
  print_->Enable(!pages_.empty() && !busy_);
  export_->Enable(pdf_.has_value() && !busy_);
}

wxString DocumentDialog::statusText() const { return status_->GetLabel(); }

int DocumentDialog::abandonedRenders() { return abandoned.load(); }

bool DocumentDialog::exportOffered() const { return export_->IsEnabled(); }

void DocumentDialog::showError(const Error& error) {
  failure_ = error;
  status_->SetForegroundColour(*wxRED);
  status_->SetLabel(toWx(error.text(uiLanguage())));
  status_->Wrap(std::max(200, status_->GetClientSize().GetWidth()));
}

bool DocumentDialog::renderPreview() {
  if (busy_) return false;
  const documents::TemplateEntry* entry = selected();
  if (!case_ || !sources_ || !entry) {
    showError(makeError("document.none_selected", "Chưa chọn mẫu văn bản", "No template chosen"));
    return false;
  }
  fillTemplates();  // a template file may have gone since the list was filled
  if (!findings_.empty() && findings_.front().id == "template.missing") {
    showError(makeError("document.template_missing", findings_.front().vi, findings_.front().en));
    return false;
  }
  if (documents::hasBlocking(findings_)) {
    showError(makeError("document.not_ready", "Hồ sơ còn thiếu thông tin cho văn bản này (xem danh sách bên trái)",
                        "The case lacks what this document needs (see the list on the left)"));
    return false;
  }
  failure_.reset();
  busy_ = true;
  updateButtons();
  status_->SetForegroundColour(GetForegroundColour());
  status_->SetLabel(_("Filling the template and converting it to PDF..."));
  pulse_->Start(100);
  if (worker_.joinable()) worker_.join();
  {
    std::lock_guard<std::mutex> hold(owner_->lock);
    owner_->running = true;
  }
  const auto dir = workDir_ / ("render-" + std::to_string(++renders_));
  const std::string stem = documents::documentFileStem(*case_, *entry);
  const year_month_day when = date();
  // The worker owns copies of what it reads (the sources shared), so it may outlive the dialog.
  worker_ = std::thread([owner = owner_, sources = sources_, c = *case_, office = office_, ctx = context(), entry, dir,
                         workDir = workDir_, stem, when] {
    Outcome out;
    out.templateId = entry->id;
    try {
      std::filesystem::create_directories(dir / "pages");
      out.docx = dir / (stem + ".docx");
      out.pdf = dir / (stem + ".pdf");
      auto r = documents::renderCaseDocument(*sources, c, office, *entry, when, ctx, out.docx, out.pdf);
      for (const auto& w : r.report.warnings) out.warnings.push_back(w.tag + " - " + w.text(uiLanguage()));
      if (r.error) {
        out.status = *r.error;
      } else if (auto pages = docgen::renderPdfPages(out.pdf, dir / "pages", {.dpi = kPreviewDpi}); !pages) {
        out.status = pages.error();
      } else {
        out.pages = std::move(*pages);
      }
    } catch (const std::exception& e) {
      out.status = makeError("internal", "Lỗi nội bộ khi tạo văn bản", "Internal error while making the document", e.what());
    }
    std::lock_guard<std::mutex> hold(owner->lock);
    owner->running = false;
    if (owner->dialog) {
      owner->dialog->CallAfter([dialog = owner->dialog, out] { dialog->finished(out); });  // thread-safe: queues an event
    } else {
      std::error_code ec;  // the dialog closed mid-render: nothing of it is kept
      std::filesystem::remove_all(workDir, ec);
      --abandoned;
    }
  });
  return true;
}

void DocumentDialog::finished(Outcome outcome) {
  pulse_->Stop();
  progress_->SetValue(0);
  busy_ = false;
  const bool printNow = std::exchange(printWhenRendered_, false);
  if (!outcome.status) {
    showError(outcome.status.error());
  } else {
    renderedTemplate_ = outcome.templateId;
    docx_ = outcome.docx;
    pdf_ = outcome.pdf;
    pages_ = std::move(outcome.pages);
    showPages();
    status_->SetForegroundColour(GetForegroundColour());
    wxString text = wxString::Format(_("%d pages ready."), static_cast<int>(pages_.size()));
    if (!outcome.warnings.empty())
      text += wxASCII_STR(" ") + wxString::Format(_("%d fields were empty: %s"), static_cast<int>(outcome.warnings.size()),
                                                  toWx(outcome.warnings.front()));
    status_->SetLabel(text);
  }
  updateButtons();
  if (printNow && outcome.status) (void)print();
}

void DocumentDialog::showPages() {
  const int width = std::max(200, preview_->GetClientSize().GetWidth() - 40);
  wxString html = wxASCII_STR("<html><body bgcolor=\"#9a9a9a\"><center>");
  for (const auto& page : pages_)
    html += wxString::Format(wxASCII_STR("<img src=\"%s\" width=\"%d\"><br><br>"), wxFileSystem::FileNameToURL(wxFileName(pathToWx(page))), width);
  html += wxASCII_STR("</center></body></html>");
  preview_->SetPage(html);
}

void DocumentDialog::onPulse(wxTimerEvent&) { progress_->Pulse(); }

}  // namespace landdesk::gui
