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

#include "access/permissions.h"
#include "documents/case_document.h"
#include "model/case.h"
#include "model/office_profile.h"
#include "storage/database.h"
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
  // `actor` is the desk's officer (the main window's login): prints, exports and opening in the word processor need
  // their export right and leave an audit entry in their name; without it, the connection's own actor (the local
  // desk on a database without accounts).
  DocumentDialog(wxWindow* parent, std::filesystem::path database, int64_t caseId,
                 std::optional<access::Actor> actor = std::nullopt);
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
  // Copies the rendered PDF to `target`; the audit entry (document.export: the file, the case, the template) is
  // written once the file is; an export the log cannot record is removed again.
  bool exportPdf(const std::filesystem::path& target);
  // Prints the preview pages on A4. Without any printer (no CUPS queue) nothing opens: the status line says so and
  // focus goes to "Export PDF". False when nothing was sent to a printer; a document.print entry only when a job
  // was accepted.
  bool print();
  // Ctrl+P on the desk: selects the case's contract (the first "contract" template of its kind in force on the
  // date), renders it and then prints as the Print button does. False (reason in the status line) when there is no
  // contract template or it cannot be rendered.
  bool printContract();
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
    std::string templateId;
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
  // A connection of this dialog's own acting as the desk's officer, refused when they lack the export right.
  Result<std::unique_ptr<storage::Database>> exportingConnection();
  Status audit(storage::Database& db, const std::string& action, const std::string& kind, const std::string& ref);

  std::filesystem::path database_;
  std::optional<access::Actor> actor_;
  std::string renderedTemplate_;     // the template the preview pages were made from
  bool printWhenRendered_ = false;   // Ctrl+P: print() once the render started for it reports
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
