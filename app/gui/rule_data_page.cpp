#include "rule_data_page.h"

#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "holiday_list_editor.h"
#include "rules/desk_rules.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

// Keeps the keys in the file's order, so a saved desk copy reads like the shipped file.
Poco::JSON::Object::Ptr parseRuleObject(const std::string& text) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string stringifyRule(const Poco::Dynamic::Var& value) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(value, out, 2);
  return out.str();
}

std::string ruleField(const Poco::JSON::Object::Ptr& row, const std::string& name) {
  return row && row->has(name) && !row->isNull(name) ? row->getValue<std::string>(name) : std::string();
}

RuleDataPage::RuleDataPage(wxWindow* parent, storage::Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("rule_data_page")))
    throw std::logic_error("forms/settings_dialog.xrc: no panel named rule_data_page");
  tables_ = XRCCTRL(*this, "rule_tables", wxListBox);
  list_ = XRCCTRL(*this, "rule_rows", wxListCtrl);
  editor_ = XRCCTRL(*this, "rule_row_json", wxTextCtrl);
  status_ = XRCCTRL(*this, "rule_status", wxStaticText);
  auto* add = XRCCTRL(*this, "rule_add_row", wxButton);
  auto* save = XRCCTRL(*this, "rule_save_row", wxButton);
  if (!tables_ || !list_ || !editor_ || !status_ || !add || !save)
    throw std::logic_error("forms/settings_dialog.xrc lacks a control rule_data_page.cpp needs");
  const wxString columns[] = {_("Section"), _("Key"), _("Name"), _("In force from"), _("In force until"), _("Source")};
  const int widths[] = {110, 200, 240, 90, 90, 220};
  for (int i = 0; i < 6; ++i) list_->AppendColumn(columns[i], wxLIST_FORMAT_LEFT, FromDIP(widths[i]));
  for (const auto& name : rules::deskRuleDataNames()) tables_->Append(toWx(name));
  tables_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { showTable(toUtf8(tables_->GetStringSelection())); });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { selectRow(static_cast<size_t>(e.GetIndex())); });
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addDatedRow(isoDate(std::chrono::year_month_day(
                                                        std::chrono::floor<std::chrono::days>(localNow())))); });
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)saveEditedRow(); });
  // Holidays are a list of dates with names to the officer, not JSON: they get their own editor in the same place.
  holidays_ = new HolidayListEditor(this, db_, actor_);
  GetSizer()->Add(holidays_, 1, wxEXPAND);
  holidays_->Hide();
  if (!rules::deskRuleDataNames().empty()) {
    tables_->SetSelection(0);
    showTable(rules::deskRuleDataNames().front());
  }
}

void RuleDataPage::showTable(const std::string& name) {
  table_ = name;
  const bool holidays = name == "holidays";
  if (holidays && holidays_) holidays_->reload();
  if (holidays_ && holidays_->IsShown() != holidays) {
    GetSizer()->Show(list_->GetContainingSizer(), !holidays);
    holidays_->Show(holidays);
    Layout();
  }
  if (toUtf8(tables_->GetStringSelection()) != name) tables_->SetStringSelection(toWx(name));
  doc_ = nullptr;
  rows_.clear();
  selected_ = -1;
  editor_->Clear();
  auto json = rules::deskRuleDataJson(db_, name);
  if (!json) return showStatus(toWx(json.error().text(uiLanguage()))), listRows();
  try {
    doc_ = parseRuleObject(*json);
  } catch (const Poco::Exception& e) {
    showStatus(wxString::Format(_("The table %s is not valid JSON: %s"), toWx(name), toWx(e.displayText())));
    return listRows();
  }
  // Every array of objects in the file is a section of dated rows (fees, days, rates, exemptions …).
  std::vector<std::string> names;
  doc_->getNames(names);
  for (const auto& section : names) {
    auto array = doc_->getArray(section);
    if (!array) continue;
    for (unsigned i = 0; i < array->size(); ++i)
      if (array->getObject(i)) rows_.push_back({section, i});
  }
  listRows();
  showStatus(wxString::Format(_("%zu rows"), rows_.size()));
}

Poco::JSON::Object::Ptr RuleDataPage::rowObject(const RowRef& ref) const {
  return doc_ ? doc_->getArray(ref.section)->getObject(ref.index) : nullptr;
}

wxString RuleDataPage::rowText(size_t row) const {
  wxString out;
  for (int column = 1; column < 6; ++column) {
    if (column > 1) out += wxASCII_STR(" | ");
    out += list_->GetItemText(static_cast<long>(row), column);
  }
  return out;
}

void RuleDataPage::listRows() {
  list_->DeleteAllItems();
  for (size_t i = 0; i < rows_.size(); ++i) {
    auto row = rowObject(rows_[i]);
    std::string name = ruleField(row, "name_vi");
    if (name.empty()) name = ruleField(row, "name");
    std::string source;
    if (auto s = row->getObject("source")) source = ruleField(s, "document");
    const long at = list_->InsertItem(static_cast<long>(i), toWx(rows_[i].section));
    list_->SetItem(at, 1, toWx(ruleField(row, "key")));
    list_->SetItem(at, 2, toWx(name));
    const std::string from = ruleField(row, "effective_from");
    list_->SetItem(at, 3, toWx(from.empty() ? ruleField(row, "date") : from));  // a holiday row is one dated day
    list_->SetItem(at, 4, toWx(ruleField(row, "effective_to")));
    list_->SetItem(at, 5, toWx(source));
  }
}

void RuleDataPage::selectRow(size_t row) {
  if (row >= rows_.size()) return;
  selected_ = static_cast<long>(row);
  editor_->ChangeValue(toWx(stringifyRule(rowObject(rows_[row]))));
  if (list_->GetItemState(selected_, wxLIST_STATE_SELECTED) == 0) list_->SetItemState(selected_, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

Status RuleDataPage::saveEditedRow() {
  auto refuse = [this](Error error) {
    showStatus(toWx(error.text(uiLanguage())));
    return Status(std::move(error));
  };
  if (selected_ < 0 || !doc_)
    return refuse(makeError("rules.no_row", "Chưa chọn dòng để lưu", "No row is selected to save"));
  Poco::JSON::Object::Ptr edited;
  try {
    edited = parseRuleObject(toUtf8(editor_->GetValue()));
  } catch (const Poco::Exception& e) {
    return refuse(makeError("rules.row_json", "Dòng không phải một đối tượng JSON hợp lệ: " + e.displayText(),
                            "The row is not one valid JSON object: " + e.displayText()));
  }
  if (!edited)
    return refuse(makeError("rules.row_json", "Dòng phải là một đối tượng JSON {…}", "The row must be one JSON object {…}"));
  const RowRef ref = rows_[static_cast<size_t>(selected_)];
  // Saved on a copy: a refused table leaves the page showing what the database holds.
  Poco::JSON::Object::Ptr candidate = parseRuleObject(stringifyRule(doc_));
  candidate->getArray(ref.section)->set(ref.index, edited);
  if (Status saved = rules::saveDeskRuleData(db_, table_, stringifyRule(candidate), actor_); !saved) return refuse(saved.error());
  const long keep = selected_;
  showTable(table_);
  selectRow(static_cast<size_t>(keep));
  showStatus(wxString::Format(_("Saved the table %s (%zu rows)"), toWx(table_), rows_.size()));
  return {};
}

void RuleDataPage::addDatedRow(const std::string& fromIso) {
  if (selected_ < 0 || !doc_) return showStatus(_("Select the row to copy first"));
  const RowRef ref = rows_[static_cast<size_t>(selected_)];
  Poco::JSON::Object::Ptr copy = parseRuleObject(stringifyRule(rowObject(ref)));
  copy->set("key", ruleField(copy, "key") + "-" + fromIso);
  copy->set("effective_from", fromIso);
  copy->remove("effective_to");
  auto array = doc_->getArray(ref.section);
  array->add(copy);
  rows_.push_back({ref.section, static_cast<unsigned>(array->size() - 1)});
  listRows();
  selectRow(rows_.size() - 1);
  showStatus(_("New row added below; edit it and press Save row"));
}

wxString ruleTablesSummary(storage::Database& db) {
  const std::string year = std::to_string(static_cast<int>(
      std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow())).year()));
  wxString out;
  for (const auto& name : rules::deskRuleDataNames()) {
    auto json = rules::deskRuleDataJson(db, name);
    if (!json) {
      out += toWx(name) + wxASCII_STR(": ") + toWx(json.error().text(uiLanguage())) + wxASCII_STR("\n");
      continue;
    }
    size_t rows = 0;
    wxString days;
    try {
      auto doc = parseRuleObject(*json);
      std::vector<std::string> sections;
      doc->getNames(sections);
      for (const auto& section : sections)
        if (auto array = doc->getArray(section))
          for (unsigned i = 0; i < array->size(); ++i)
            if (auto row = array->getObject(i)) {
              ++rows;
              if (const std::string date = ruleField(row, "date"); date.rfind(year, 0) == 0)
                days += wxASCII_STR(" ") + toWx(date.substr(5));
            }
    } catch (const Poco::Exception& e) {
      out += toWx(name) + wxASCII_STR(": ") + toWx(e.displayText()) + wxASCII_STR("\n");
      continue;
    }
    out += wxString::Format(_("%s: %zu dated rows"), toWx(name), rows);
    if (!days.empty()) out += wxString::Format(_("; days off in %s:"), toWx(year)) + days;
    out += wxASCII_STR("\n");
  }
  return out;
}

wxString RuleDataPage::statusText() const { return status_->GetLabel(); }

void RuleDataPage::showStatus(const wxString& text) {
  status_->SetLabel(text);
  Layout();
}

}  // namespace landdesk::gui
