// What leaves the documents dialog: the PDF export, the word processor and the printer — each needs the officer's
// export right and leaves an audit entry in their name (the dialog itself: document_dialog.cpp).
#include <cstdio>

#include <wx/button.h>
#include <wx/cmndata.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/print.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "document_dialog.h"
#include "access/permissions.h"
#include "documents/case_document.h"
#include "storage/audit_repository.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

// Prints the preview pages, each scaled to fit the paper.
class PagePrintout : public wxPrintout {
 public:
  PagePrintout(const wxString& title, std::vector<std::filesystem::path> pages) : wxPrintout(title), pages_(std::move(pages)) {}
  bool HasPage(int page) override { return page >= 1 && page <= static_cast<int>(pages_.size()); }
  void GetPageInfo(int* minPage, int* maxPage, int* from, int* to) override {
    *minPage = *from = 1;
    *maxPage = *to = static_cast<int>(pages_.size());
  }
  bool OnPrintPage(int page) override {
    wxImage image;
    if (!HasPage(page) || !image.LoadFile(pathToWx(pages_[static_cast<size_t>(page - 1)]), wxBITMAP_TYPE_PNG)) return false;
    FitThisSizeToPaper(image.GetSize());
    GetDC()->DrawBitmap(wxBitmap(image), 0, 0);
    return true;
  }

 private:
  std::vector<std::filesystem::path> pages_;
};

// The print queues CUPS knows. Empty when CUPS is not installed or not running (lpstat then fails or lists nothing):
// GTK's print dialog would still open, offering only "Print to File", which an officer takes for a printer.
bool printerInstalled() {
  // popen rather than wxExecute: a missing lpstat must not raise wx's "failed to execute" message box.
  FILE* pipe = ::popen("lpstat -e 2>/dev/null", "r");
  if (!pipe) return false;
  char line[256];
  bool any = false;
  while (std::fgets(line, sizeof line, pipe))
    if (line[0] != '\n' && line[0] != ' ') any = true;
  return ::pclose(pipe) == 0 && any;
}

}  // namespace

Result<std::unique_ptr<storage::Database>> DocumentDialog::exportingConnection() {
  storage::OpenOptions options;
  options.path = database_;
  options.create = false;
  auto db = storage::Database::open(options);
  if (!db) return db.error();
  if (actor_) (*db)->setActor(*actor_);
  if (auto ok = access::requirePermission((*db)->actor(), access::Permission::Export); !ok) return ok.error();
  return std::move(*db);
}

Status DocumentDialog::audit(storage::Database& db, const std::string& action, const std::string& kind, const std::string& ref) {
  // The same entry the CLI's render writes (storage/audit_repository.h): who, which case, which template.
  return db.audit().record(action, kind, ref, case_ ? case_->code : std::string(), renderedTemplate_);
}

bool DocumentDialog::openInWordProcessor() {
  if (!docx_) return false;
  auto db = exportingConnection();
  if (!db) {
    showError(db.error());
    return false;
  }
  if (!wxLaunchDefaultApplication(pathToWx(*docx_))) return false;
  if (auto s = audit(**db, "document.open", "file", docx_->string()); !s) showError(s.error());
  return true;
}

bool DocumentDialog::exportPdf(const std::filesystem::path& target) {
  if (!pdf_) return false;
  auto db = exportingConnection();
  if (!db) {
    showError(db.error());
    return false;
  }
  std::error_code ec;
  std::filesystem::copy_file(*pdf_, target, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) {
    showError(makeError("document.export_failed", "Không lưu được tệp PDF", "Cannot save the PDF", target.string() + ": " + ec.message()));
    return false;
  }
  // Personal data leaves the desk only on the record: a copy the log cannot take is removed again.
  if (auto s = audit(**db, "document.export", "file", target.string()); !s) {
    std::filesystem::remove(target, ec);
    showError(s.error());
    return false;
  }
  status_->SetForegroundColour(GetForegroundColour());
  status_->SetLabel(wxString::Format(_("Saved: %s"), pathToWx(target)));
  return true;
}

void DocumentDialog::onExport(wxCommandEvent&) {
  if (!pdf_ || !case_ || !selected()) return;
  wxFileDialog dialog(this, _("Export the document as PDF"), wxStandardPaths::Get().GetDocumentsDir(),
                      toWx(documents::documentFileStem(*case_, *selected()) + ".pdf"), wxASCII_STR("PDF (*.pdf)|*.pdf"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() == wxID_OK) exportPdf(pathFromWx(dialog.GetPath()));
}

void DocumentDialog::onPrint(wxCommandEvent&) { (void)print(); }

bool DocumentDialog::print() {
  if (pages_.empty()) return false;
  if (!printerInstalled()) {
    showError(makeError("document.no_printer",
                        "Máy này chưa có máy in nào (chưa cài hoặc chưa bật dịch vụ in CUPS). Hãy bấm \"Xuất PDF\" để lưu "
                        "tệp PDF rồi in từ máy có máy in",
                        "This computer has no printer (none installed, or the CUPS print service is not running). Press "
                        "\"Export PDF\" to save a PDF and print it from a computer with a printer"));
    export_->Enable(pdf_.has_value());
    export_->SetFocus();
    return false;
  }
  auto db = exportingConnection();
  if (!db) {
    showError(db.error());
    return false;
  }
  // Contracts and forms are laid out on A4; GTK's own default may be Letter.
  wxPrintDialogData setup;
  setup.GetPrintData().SetPaperId(wxPAPER_A4);
  wxPrinter printer(&setup);
  PagePrintout printout(GetTitle(), pages_);
  if (printer.Print(this, &printout, true)) {
    if (auto s = audit(**db, "document.print", "case", case_ ? case_->code : std::string()); !s) showError(s.error());
    return true;
  }
  if (wxPrinter::GetLastError() == wxPRINTER_ERROR)
    showError(makeError("document.print_failed", "Không in được (kiểm tra máy in)", "Printing failed (check the printer)"));
  return false;
}

bool DocumentDialog::printContract() {
  const auto contract = std::find_if(templates_.begin(), templates_.end(),
                                     [](const documents::TemplateEntry* t) { return t->group == "contract"; });
  if (contract == templates_.end()) {
    showError(makeError("document.no_contract", "Không có mẫu hợp đồng nào cho loại hồ sơ này vào ngày văn bản",
                        "No contract template serves this kind of case on the document date"));
    return false;
  }
  if (!selectTemplate((*contract)->id)) return false;
  printWhenRendered_ = renderPreview();
  return printWhenRendered_;
}

}  // namespace landdesk::gui
