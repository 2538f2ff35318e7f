// What every editable tab of the case editor is: a panel that shows the working copy of the case and turns the
// officer's input into session edits, one undo step each, through the editor frame.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <wx/panel.h>

#include "model/case.h"
#include "util/decimal.h"
#include "util/error.h"

class wxChoice;
class wxListCtrl;
class wxTextCtrl;

namespace landdesk::gui {

class CaseEditorTab : public wxPanel {
 public:
  using Edit = std::function<Status(model::Case&)>;
  // Applies an edit to the session; on success every tab shows the new case and the autosave clock restarts; a
  // refused edit shows its message in the editor's bar. Returns whether the edit was kept.
  using Editor = std::function<bool(const Edit&)>;

  void setEditor(Editor editor) { edit_ = std::move(editor); }
  // Shows `c` (after load, each edit, undo, redo, save); keeps the selected row where it still exists.
  virtual void showCase(const model::Case& c) = 0;
  // Applies what the form holds when it differs from the case (before a save, a tab change, closing). False when
  // that edit was refused: the form keeps the officer's text.
  virtual bool commitPending() { return true; }

 protected:
  // Throws when a control of forms/case_editor_tabs.xrc is missing (a broken contract, not bad input).
  static void require(bool all, const char* panel);

  Editor edit_;
};

// Form helpers shared by the tabs (the text of a control in UTF-8, nothing typed -> nullopt, a typed value that
// does not parse -> an Error naming the field).
std::string formText(const wxTextCtrl& text);
Result<std::optional<std::chrono::year_month_day>> formDate(const wxTextCtrl& text, const char* field);
Result<std::optional<int64_t>> formAmount(const wxTextCtrl& text, const char* field);
Result<std::optional<Decimal>> formDecimal(const wxTextCtrl& text, const char* field);
// The row selected in a report list, or -1.
long selectedRow(const wxListCtrl& list);
void selectListRow(wxListCtrl& list, long row);
// Fills a choice with the parties' names (a first "-" entry when `withNone`) and selects `selected`.
void fillPartyChoice(wxChoice& choice, const model::Case& c, std::optional<size_t> selected, bool withNone);

}  // namespace landdesk::gui
