#include "reports_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/radiobox.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "model/office_profile.h"
#include "reports/register_book.h"
#include "reports/statistics_output.h"
#include "reports/tracking_book.h"
#include "storage/settings_repository.h"
#include "text/dates.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

using namespace std::chrono;

namespace {

// "01/10/2026": the form officers type and read, whatever the C locale says.
wxString dateText(year_month_day d) {
  return wxString::Format(wxASCII_STR("%02u/%02u/%04d"), static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                          static_cast<int>(d.year()));
}

std::string summaryOf(const reports::StatisticsRow& r) {
  return r.label + ": nhận " + std::to_string(r.receivedTotal()) + ", đã giải quyết " +
         std::to_string(r.resolvedTotal()) + " (quá hạn " + std::to_string(r.resolvedLate) + "), đang giải quyết " +
         std::to_string(r.pendingTotal()) + " (quá hạn " + std::to_string(r.pendingOverdue) + ")";
}

}  // namespace

ReportsDialog::ReportsDialog(wxWindow* parent, std::filesystem::path database) : database_(std::move(database)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("reports_dialog")))
    throw std::logic_error("forms/reports_dialog.xrc: no dialog named reports_dialog (are the forms loaded?)");
  kind_ = XRCCTRL(*this, "report_kind", wxChoice);
  from_ = XRCCTRL(*this, "report_from", wxTextCtrl);
  to_ = XRCCTRL(*this, "report_to", wxTextCtrl);
  field_ = XRCCTRL(*this, "report_field", wxChoice);
  year_ = XRCCTRL(*this, "report_year", wxSpinCtrl);
  month_ = XRCCTRL(*this, "report_month", wxChoice);
  format_ = XRCCTRL(*this, "report_format", wxRadioBox);
  output_ = XRCCTRL(*this, "report_output", wxFilePickerCtrl);
  open_ = XRCCTRL(*this, "report_open", wxCheckBox);
  progress_ = XRCCTRL(*this, "report_progress", wxGauge);
  status_ = XRCCTRL(*this, "report_status", wxStaticText);
  generate_ = XRCCTRL(*this, "report_generate", wxButton);
  if (!kind_ || !from_ || !to_ || !field_ || !year_ || !month_ || !format_ || !output_ || !open_ || !progress_ ||
      !status_ || !generate_)
    throw std::logic_error("forms/reports_dialog.xrc lacks a control reports_dialog.cpp needs");

  month_->Append(_("Whole year"));
  for (int m = 1; m <= 12; ++m) month_->Append(wxString::Format(wxASCII_STR("%d"), m));
  // Default: this month so far, the register's current month.
  const year_month_day today(floor<days>(localNow()));
  setPeriod(today.year() / today.month() / 1, today);
  setRegisterMonth(static_cast<int>(today.year()), static_cast<unsigned>(today.month()));

  pulse_ = new wxTimer(this);
  Bind(wxEVT_TIMER, &ReportsDialog::onPulse, this, pulse_->GetId());
  generate_->Bind(wxEVT_BUTTON, &ReportsDialog::onGenerate, this);
  Bind(wxEVT_BUTTON, &ReportsDialog::onClose, this, XRCID("report_close"));
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
    if (busy_ && e.CanVeto()) return e.Veto();  // the report is being written: let it finish
    if (IsModal()) return e.Skip();
    Destroy();  // opened beside the desk (modeless): gone once closed
  });
  for (wxWindow* w : {static_cast<wxWindow*>(kind_), static_cast<wxWindow*>(field_), static_cast<wxWindow*>(month_)})
    w->Bind(wxEVT_CHOICE, &ReportsDialog::onChoice, this);
  format_->Bind(wxEVT_RADIOBOX, &ReportsDialog::onChoice, this);
  from_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { suggestOutput(); });
  to_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { suggestOutput(); });
  year_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { suggestOutput(); });
  output_->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) { outputChosen_ = true; });
  updateControls();
  Fit();
  SetMinSize(GetSize());
  CentreOnParent();
}

ReportsDialog::~ReportsDialog() {
  // The worker writes through its own connection; wait for it so its result never reaches a destroyed window.
  if (worker_.joinable()) worker_.join();
  if (pulse_) pulse_->Stop();
  delete pulse_;
}

void ReportsDialog::setKind(Kind kind) {
  kind_->SetSelection(kind);
  updateControls();
}
void ReportsDialog::setPeriod(year_month_day from, year_month_day to) {
  from_->ChangeValue(dateText(from));
  to_->ChangeValue(dateText(to));
  suggestOutput();
}
void ReportsDialog::setRegisterMonth(int year, unsigned month) {
  year_->SetValue(year);
  month_->SetSelection(static_cast<int>(month));
  suggestOutput();
}
void ReportsDialog::setField(int index) { field_->SetSelection(index); }
void ReportsDialog::setFormat(reports::ReportFormat format) {
  format_->SetSelection(format == reports::ReportFormat::Xlsx ? 0 : 1);
  updateControls();
}
void ReportsDialog::setOutput(const std::filesystem::path& file) {
  output_->SetPath(pathToWx(file));
  outputChosen_ = true;
}
void ReportsDialog::setOpenWhenDone(bool open) { open_->SetValue(open); }
wxString ReportsDialog::statusText() const { return status_->GetLabel(); }

void ReportsDialog::updateControls() {
  const bool registerBook = kind_->GetSelection() == RegisterBook;
  from_->Enable(!registerBook);
  to_->Enable(!registerBook);
  field_->Enable(kind_->GetSelection() == Statistics);
  year_->Enable(registerBook);
  month_->Enable(registerBook);
  suggestOutput();
}

// A file name in the officer's documents folder that says what the report is, until the officer picks one.
void ReportsDialog::suggestOutput() {
  if (outputChosen_ || !output_) return;
  const std::string ext = format_->GetSelection() == 1 ? ".docx" : ".xlsx";
  // While a date is half typed the suggestion keeps its last complete name.
  auto from = fieldDate(*from_, true), to = fieldDate(*to_, false);
  if (kind_->GetSelection() != RegisterBook && (!from || !to)) return;
  std::string name;
  switch (kind_->GetSelection()) {
    case TrackingBook:
      name = "so_theo_doi_ho_so_" + isoDate(*from) + "_" + isoDate(*to);
      break;
    case RegisterBook:
      name = "so_chung_thuc_" + std::to_string(year_->GetValue()) +
             (month_->GetSelection() > 0 ? "_" + std::to_string(month_->GetSelection()) : "");
      break;
    default:
      name = "bao_cao_TTHC_" + isoDate(*from) + "_" + isoDate(*to);
  }
  const std::filesystem::path dir = pathFromWx(wxStandardPaths::Get().GetDocumentsDir());
  output_->SetPath(pathToWx(dir / (name + ext)));
}

void ReportsDialog::onChoice(wxCommandEvent&) { updateControls(); }

void ReportsDialog::onClose(wxCommandEvent&) {
  if (busy_) return;
  if (IsModal()) EndModal(wxID_CLOSE);
  else Close();
}

void ReportsDialog::onGenerate(wxCommandEvent&) { generate(); }

void ReportsDialog::showError(const Error& error) {
  failure_ = error;
  status_->SetForegroundColour(*wxRED);
  status_->SetLabel(toWx(error.text(uiLanguage())));
  status_->Wrap(status_->GetClientSize().GetWidth());
}

Result<year_month_day> ReportsDialog::fieldDate(const wxTextCtrl& field, bool from) const {
  const std::string typed = toUtf8(field.GetValue().Strip(wxString::both));
  if (auto d = text::parseDmyDate(typed)) return *d;
  return from ? makeError("report.bad_from_date", "Ngày bắt đầu kỳ báo cáo không hợp lệ (nhập dạng 01/10/2026)",
                          "The period's start date is not valid (type it as 01/10/2026)", "\"" + typed + "\"")
              : makeError("report.bad_to_date", "Ngày kết thúc kỳ báo cáo không hợp lệ (nhập dạng 31/10/2026)",
                          "The period's end date is not valid (type it as 31/10/2026)", "\"" + typed + "\"");
}

bool ReportsDialog::generate() {
  if (busy_) return false;
  failure_.reset();
  written_.reset();
  const Kind kind = static_cast<Kind>(kind_->GetSelection());
  std::string from, to;
  // The same checks as the CLI, before any work: a refused choice writes nothing.
  if (kind != RegisterBook) {
    auto fromDay = fieldDate(*from_, true), toDay = fieldDate(*to_, false);
    if (!fromDay || !toDay) {
      showError(fromDay ? toDay.error() : fromDay.error());
      return false;
    }
    from = isoDate(*fromDay);
    to = isoDate(*toDay);
    if (auto period = reports::parsePeriod(from, to); !period) {
      showError(period.error());
      return false;
    }
  }
  const std::filesystem::path output = pathFromWx(output_->GetPath());
  if (output.empty() || !output.has_filename()) {
    showError(makeError("report.no_output", "Chưa chọn tệp để lưu báo cáo", "No file chosen to save the report"));
    return false;
  }
  const auto format = format_->GetSelection() == 1 ? reports::ReportFormat::Docx : reports::ReportFormat::Xlsx;
  const int field = field_->GetSelection();
  const int year = year_->GetValue();
  const unsigned month = static_cast<unsigned>(std::max(0, month_->GetSelection()));

  busy_ = true;
  generate_->Disable();
  status_->SetForegroundColour(GetForegroundColour());
  status_->SetLabel(_("Creating the report..."));
  pulse_->Start(100);
  if (worker_.joinable()) worker_.join();
  worker_ = std::thread([this, kind, from, to, field, year, month, format, output] {
    Outcome outcome;
    try {
      outcome = run(kind, from, to, field, year, month, format, output);
    } catch (const std::exception& e) {
      outcome.status = makeError("internal", "Lỗi nội bộ khi tạo báo cáo", "Internal error while creating the report", e.what());
    }
    CallAfter([this, outcome] { finished(outcome); });
  });
  return true;
}

ReportsDialog::Outcome ReportsDialog::run(Kind kind, std::string from, std::string to, int field, int year,
                                          unsigned month, reports::ReportFormat format,
                                          std::filesystem::path output) const {
  Outcome out;
  out.file = output;
  storage::OpenOptions options;
  options.path = database_;
  options.create = false;
  auto db = storage::Database::open(options);
  if (!db) {
    out.status = db.error();
    return out;
  }
  auto settings = (*db)->settings().all();
  if (!settings) {
    out.status = settings.error();
    return out;
  }
  const model::OfficeProfile office = model::officeProfileFrom(*settings);
  if (kind == RegisterBook) {
    auto book = reports::loadRegisterBook(**db, office, year, month);
    if (!book) return out.status = book.error(), out;
    out.status = reports::writeRegisterBook(*book, office, format, output);
    out.summary = book->heading + ": " + std::to_string(book->lines.size()) + " việc";
    return out;
  }
  const auto period = *reports::parsePeriod(from, to);
  if (kind == TrackingBook) {
    auto book = reports::loadTrackingBook(**db, period, office);
    if (!book) return out.status = book.error(), out;
    out.status = reports::writeTrackingBook(*book, office, format, output);
    out.summary = std::to_string(book->lines.size()) + " hồ sơ " + period.describeVi();
    return out;
  }
  static const char* const fields[] = {"all", "chung_thuc", "dat_dai"};
  auto report = reports::computeStatistics(**db, period, *reports::parseFields(fields[std::clamp(field, 0, 2)]));
  if (!report) return out.status = report.error(), out;
  out.status = reports::writeStatistics(*report, office, format, output);
  for (const auto& row : report->rows) out.summary += (out.summary.empty() ? "" : "\n") + summaryOf(row);
  return out;
}

void ReportsDialog::finished(Outcome outcome) {
  if (worker_.joinable()) worker_.join();
  busy_ = false;
  pulse_->Stop();
  progress_->SetValue(0);
  generate_->Enable();
  if (!outcome.status) {
    showError(outcome.status.error());
    return;
  }
  written_ = outcome.file;
  status_->SetForegroundColour(GetForegroundColour());
  status_->SetLabel(wxString::Format(_("Saved: %s"), pathToWx(outcome.file)) + wxASCII_STR("\n") + toWx(outcome.summary));
  if (open_->GetValue()) wxLaunchDefaultApplication(pathToWx(outcome.file));
}

void ReportsDialog::onPulse(wxTimerEvent&) { progress_->Pulse(); }

}  // namespace landdesk::gui
