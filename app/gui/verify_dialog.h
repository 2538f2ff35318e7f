// The verify view of one case: a paper's image with the boxes where each value was read, the values weakest first,
// Enter confirms and moves on, typing corrects; cross-checks on top (layout: forms/verify_dialog.xrc).
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <wx/bitmap.h>
#include <wx/dialog.h>

#include "capture/captured_document.h"
#include "model/case.h"
#include "storage/database.h"
#include "verify/cross_checks.h"

class wxButton;
class wxChoice;
class wxGauge;
class wxListBox;
class wxListCtrl;
class wxPanel;
class wxStaticText;
class wxTextCtrl;
class wxTimer;

namespace landdesk::gui {

class VerifyDialog : public wxDialog {
 public:
  // What the desk hears from a view it opened: after each confirmed value (closing false) and once when the officer
  // closes the view (closing true). Never called when the view goes with its parent.
  using Changed = std::function<void(int64_t caseId, bool closing)>;

  // Works on `db` (the main window's connection) for the case `caseId`; papers are read from `dataDir`'s file store
  // on a worker thread. Throws std::logic_error only when the layout is missing; other problems show in the status.
  VerifyDialog(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId, std::string actor);
  ~VerifyDialog() override;

  // The verify view beside the desk (modeless: the case list, inbox and dashboard stay usable): raises the view
  // already open for this case on `db` (one window per case; `paper`, when given, is selected in it), else opens one.
  // Closing it destroys it (its worker joined). ShowModal still works for callers that want to wait (the case
  // editor's documents page).
  static VerifyDialog* open(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId,
                            std::string actor, Changed changed = {}, std::optional<size_t> paper = std::nullopt);
  // Views open on `db`, e.g. to close them before the desk lets that connection go.
  static std::vector<VerifyDialog*> openOn(const storage::Database& db);
  int64_t caseId() const { return caseId_; }

  // What the officer does (the GUI test drives the dialog through these).
  size_t paperCount() const { return papers_.size(); }
  void selectPaper(size_t index);
  std::vector<std::string> fieldOrder() const;  // keys as listed, weakest first
  long currentRow() const;
  void selectRow(long row);
  void typeValue(const wxString& value);
  bool confirmCurrent();  // what Enter does: false (reason in the status line) when the value was refused
  void cancelReading();
  bool busy() const { return busy_; }
  bool pictureShown() const { return picture_.IsOk(); }
  size_t boxCount() const { return boxes_.size(); }
  std::optional<capture::Box> boxOf(const std::string& key) const;  // where `key` was read, as drawn
  const std::vector<verify::CrossCheck>& checks() const { return checks_; }
  wxString statusText() const;

 private:
  struct Reading {
    uint64_t generation = 0;
    Status status;
    std::string png;
    int pageWidth = 0, pageHeight = 0;
    bool reread = false;  // no boxes stored with the paper (read before they were kept): these come from reading it
    std::map<std::string, capture::Box> boxes;
  };
  const model::SourceDocument* paper() const;
  void fillPapers();
  void fillFields();
  void refreshChecks();
  void startReading();
  void finished(Reading reading);
  void showRow(long row);
  void onPaint();
  void setStatus(const wxString& text);

  storage::Database& db_;
  Changed changed_;
  std::filesystem::path dataDir_;
  int64_t caseId_;
  std::string actor_;
  std::optional<model::Case> case_;
  std::vector<int64_t> papers_;  // document ids of the case's verifiable papers
  std::vector<model::ExtractedField> fields_;  // of the selected paper, in the order shown
  std::vector<verify::CrossCheck> checks_;
  std::map<std::string, capture::Box> boxes_;
  wxBitmap picture_;
  int pageWidth_ = 0, pageHeight_ = 0;
  std::thread worker_;
  std::atomic<bool> busy_{false};
  std::atomic<uint64_t> generation_{0};  // a reading for an earlier paper (or cancelled) is dropped
  wxTimer* pulse_ = nullptr;

  // The controls of forms/verify_dialog.xrc, fetched once.
  wxChoice* paperChoice_ = nullptr;
  wxListBox* checkList_ = nullptr;
  wxPanel* image_ = nullptr;
  wxListCtrl* fieldList_ = nullptr;
  wxStaticText* fieldLabel_ = nullptr;
  wxTextCtrl* value_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxGauge* progress_ = nullptr;
  wxButton* cancel_ = nullptr;
};

// The officer's name for a paper's key: "full_name" -> "Họ và tên", "owners.0.full_name" -> "Chủ 1: họ và tên".
wxString fieldLabel(const std::string& key);

}  // namespace landdesk::gui
