// The reports dialog: the statistics report, the tracking book or the register book for a period, as XLSX or DOCX,
// generated off the UI thread on its own database connection (layout: forms/reports_dialog.xrc).
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>

#include <wx/dialog.h>

#include "reports/report_output.h"
#include "util/error.h"

class wxCheckBox;
class wxChoice;
class wxTextCtrl;
class wxFilePickerCtrl;
class wxGauge;
class wxRadioBox;
class wxSpinCtrl;
class wxStaticText;
class wxTimer;
class wxTimerEvent;

namespace landdesk::gui {

class ReportsDialog : public wxDialog {
 public:
  enum Kind { Statistics = 0, TrackingBook = 1, RegisterBook = 2 };

  // `database` is the desk database the main window has open; the worker opens its own connection to it.
  ReportsDialog(wxWindow* parent, std::filesystem::path database);
  ~ReportsDialog() override;

  // What the officer would set with the controls (the GUI test drives the dialog through these).
  void setKind(Kind kind);
  void setPeriod(std::chrono::year_month_day from, std::chrono::year_month_day to);
  void setRegisterMonth(int year, unsigned month);  // month 0: the whole year
  void setField(int index);                         // 0 all, 1 chứng thực, 2 đất đai
  void setFormat(reports::ReportFormat format);
  void setOutput(const std::filesystem::path& file);
  void setOpenWhenDone(bool open);

  // Checks the choices and starts the worker; false (with the reason in the status line) when they are refused.
  bool generate();
  bool busy() const { return busy_; }
  // The outcome of the last run: the file written, or why not.
  const std::optional<std::filesystem::path>& written() const { return written_; }
  const std::optional<Error>& failure() const { return failure_; }
  wxString statusText() const;

 private:
  struct Outcome {
    Status status;
    std::filesystem::path file;
    std::string summary;  // "Chứng thực: nhận 16 …" for the status line
  };
  Outcome run(Kind kind, std::string from, std::string to, int field, int year, unsigned month,
              reports::ReportFormat format, std::filesystem::path output) const;
  void finished(Outcome outcome);
  void showError(const Error& error);
  // The period as typed; the error names the field and the expected form.
  Result<std::chrono::year_month_day> fieldDate(const wxTextCtrl& field, bool from) const;
  void updateControls();
  void suggestOutput();
  void onGenerate(wxCommandEvent&);
  void onClose(wxCommandEvent&);
  void onChoice(wxCommandEvent&);
  void onPulse(wxTimerEvent&);

  std::filesystem::path database_;
  std::thread worker_;
  std::atomic<bool> busy_{false};
  std::optional<std::filesystem::path> written_;
  std::optional<Error> failure_;
  bool outputChosen_ = false;  // once the officer picks a file, the suggestion stops following the choices
  wxTimer* pulse_ = nullptr;

  // The controls of forms/reports_dialog.xrc, fetched once.
  wxChoice* kind_ = nullptr;
  // Text fields, not wxDatePickerCtrl: GTK's picker shows the C locale's MM/DD/YY whatever the office uses, and
  // officers type dates as DD/MM/YYYY (parsed by the text kit, as everywhere else in the desk).
  wxTextCtrl* from_ = nullptr;
  wxTextCtrl* to_ = nullptr;
  wxChoice* field_ = nullptr;
  wxSpinCtrl* year_ = nullptr;
  wxChoice* month_ = nullptr;
  wxRadioBox* format_ = nullptr;
  wxFilePickerCtrl* output_ = nullptr;
  wxCheckBox* open_ = nullptr;
  wxGauge* progress_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxButton* generate_ = nullptr;
};

}  // namespace landdesk::gui
