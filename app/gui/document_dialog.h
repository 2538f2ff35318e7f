// The documents dialog of one case: templates valid on the document date, readiness findings, preview pages rendered
// off the UI thread (DOCX → LibreOffice PDF → poppler PNG), open in the word processor, print, export PDF
// (layout: forms/document_dialog.xrc).
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <wx/dialog.h>

#include "documents/case_document.h"
#include "model/case.h"
#include "model/office_profile.h"
#include "util/error.h"

class wxDatePickerCtrl;
class wxGauge;
class wxHtmlWindow;
class wxListBox;
class wxStaticText;
class wxTimer;
class wxTimerEvent;

namespace landdesk::gui {

class DocumentDialog : public wxDialog {
 public:
  // Reads the case `caseId`, the office settings, the catalog and the rule data from `database` (its own short
  // connection). Throws std::logic_error only when the layout is missing; data problems show in the status line.
  DocumentDialog(wxWindow* parent, std::filesystem::path database, int64_t caseId);
  ~DocumentDialog() override;

  // What the officer does with the controls (the GUI test drives the dialog through these).
  std::vector<std::string> templateIds() const;
  bool selectTemplate(const std::string& id);
  void setDate(std::chrono::year_month_day date);
  // Starts rendering the selected template; false (reason in the status line) when a blocking finding remains.
  bool renderPreview();
  bool busy() const { return busy_; }
  // Renders still running in the background after their dialog closed (LibreOffice is left to finish its file,
  // which then goes with the dialog's temporary folder); the desk waits for none of them on closing.
  static int abandonedRenders();
  bool exportPdf(const std::filesystem::path& target);
  // Prints the preview pages. Without any printer (no CUPS queue) nothing opens: the status line says so and
  // focus goes to "Export PDF". False when nothing was sent to a printer.
  bool print();
  bool exportOffered() const;
  // Templates of the list whose file is gone or unreadable (listed, marked, never rendered).
  std::vector<std::string> missingTemplates() const;
  bool openInWordProcessor();

  const std::vector<documents::Finding>& findings() const { return findings_; }
  const std::vector<std::filesystem::path>& pages() const { return pages_; }
  const std::optional<std::filesystem::path>& renderedDocx() const { return docx_; }
  const std::optional<std::filesystem::path>& renderedPdf() const { return pdf_; }
  const std::optional<Error>& failure() const { return failure_; }
  wxString statusText() const;

 private:
  struct Outcome {
    Status status;
    std::filesystem::path docx, pdf;
    std::vector<std::filesystem::path> pages;
    std::vector<std::string> warnings;
  };
  const documents::TemplateEntry* selected() const;
  std::chrono::year_month_day date() const;
  void fillTemplates();
  void showFindings();
  void showPages();
  void updateButtons();
  void showError(const Error& error);
  void finished(Outcome outcome);
  void onPrint(wxCommandEvent&);
  void onExport(wxCommandEvent&);
  void onPulse(wxTimerEvent&);
  documents::DocumentContext context() const;

  std::filesystem::path database_;
  std::filesystem::path workDir_;  // rendered files of this dialog; removed when it closes
  // Shared with a render that outlives the dialog (closed mid-render): the worker keeps what it reads alive.
  std::shared_ptr<const documents::DocumentSources> sources_;
  std::optional<model::Case> case_;
  model::OfficeProfile office_;
  std::optional<documents::AuthenticationNumber> number_;  // the case's register line, once authenticated
  std::vector<const documents::TemplateEntry*> templates_;
  std::vector<documents::Finding> findings_;
  std::vector<std::filesystem::path> pages_;
  std::optional<std::filesystem::path> docx_, pdf_;
  std::optional<Error> failure_;
  // Whom the worker reports to; cleared (under the lock) when the dialog goes, so a late result is dropped.
  struct Owner {
    std::mutex lock;
    DocumentDialog* dialog = nullptr;
    bool running = false;  // a render has started and not reported yet
  };
  std::shared_ptr<Owner> owner_;
  std::thread worker_;
  std::atomic<bool> busy_{false};
  int renders_ = 0;
  wxTimer* pulse_ = nullptr;

  // The controls of forms/document_dialog.xrc, fetched once.
  wxStaticText* caseLabel_ = nullptr;
  wxDatePickerCtrl* date_ = nullptr;
  wxListBox* templateList_ = nullptr;
  wxListBox* findingList_ = nullptr;
  wxHtmlWindow* preview_ = nullptr;
  wxGauge* progress_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxButton* render_ = nullptr;
  wxButton* open_ = nullptr;
  wxButton* print_ = nullptr;
  wxButton* export_ = nullptr;
};

}  // namespace landdesk::gui
