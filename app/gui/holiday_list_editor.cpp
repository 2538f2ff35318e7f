#include "holiday_list_editor.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "rule_data_page.h"
#include "rules/desk_rules.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

constexpr const char* kTable = "holidays";

// "2026-09-02" → "02/09/2026", the way officers write dates.
std::string vietnameseDate(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

}  // namespace

std::optional<std::string> isoFromVietnameseDate(const std::string& text) {
  unsigned d = 0, m = 0, y = 0;
  char s1 = 0, s2 = 0;
  int used = 0;
  if (std::sscanf(text.c_str(), " %2u%c%2u%c%4u %n", &d, &s1, &m, &s2, &y, &used) != 5 ||
      static_cast<size_t>(used) != text.size() || s1 != s2 || (s1 != '/' && s1 != '-' && s1 != '.') || y < 1900)
    return std::nullopt;
  const std::chrono::year_month_day day{std::chrono::year(static_cast<int>(y)), std::chrono::month(m), std::chrono::day(d)};
  if (!day.ok()) return std::nullopt;
  return isoDate(day);
}

HolidayListEditor::HolidayListEditor(wxWindow* parent, storage::Database& db, std::string actor)
    : db_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("holiday_list_editor")))
    throw std::logic_error("forms/holiday_list_editor.xrc: no panel named holiday_list_editor");
  list_ = XRCCTRL(*this, "holiday_list", wxListCtrl);
  date_ = XRCCTRL(*this, "holiday_date", wxTextCtrl);
  name_ = XRCCTRL(*this, "holiday_name", wxTextCtrl);
  status_ = XRCCTRL(*this, "holiday_status", wxStaticText);
  auto* add = XRCCTRL(*this, "holiday_add", wxButton);
  auto* removeButton = XRCCTRL(*this, "holiday_remove", wxButton);
  auto* saveButton = XRCCTRL(*this, "holiday_save", wxButton);
  if (!list_ || !date_ || !name_ || !status_ || !add || !removeButton || !saveButton)
    throw std::logic_error("forms/holiday_list_editor.xrc lacks a control holiday_list_editor.cpp needs");
  list_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
  list_->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(420));
  date_->SetHint(_("DD/MM/YYYY"));
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { selected_ = e.GetIndex(); });
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)addTypedDay(); });
  date_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { (void)addTypedDay(); });
  removeButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)removeSelectedDay(); });
  saveButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)save(); });
  reload();
}

void HolidayListEditor::reload() {
  doc_ = nullptr;
  unsaved_ = false;
  auto json = rules::deskRuleDataJson(db_, kTable);
  if (!json) {
    listDays();
    return showStatus(toWx(json.error().text(uiLanguage())), true);
  }
  try {
    doc_ = parseRuleObject(*json);
    if (!doc_->getArray("days")) throw Poco::DataException("no \"days\" table");
  } catch (const Poco::Exception& e) {
    doc_ = nullptr;
    listDays();
    return showStatus(wxString::Format(_("The table %s is not valid JSON: %s"), toWx(kTable), toWx(e.displayText())), true);
  }
  listDays();
  showStatus(wxString::Format(_("%zu days off listed"), order_.size()));
}

Poco::JSON::Object::Ptr HolidayListEditor::dayRow(size_t row) const {
  return doc_ && row < order_.size() ? doc_->getArray("days")->getObject(order_[row]) : nullptr;
}

void HolidayListEditor::listDays() {
  order_.clear();
  selected_ = -1;
  list_->DeleteAllItems();
  if (!doc_) return;
  auto days = doc_->getArray("days");
  for (unsigned i = 0; i < days->size(); ++i)
    if (days->getObject(i)) order_.push_back(i);
  std::stable_sort(order_.begin(), order_.end(), [&](unsigned a, unsigned b) {
    return ruleField(days->getObject(a), "date") < ruleField(days->getObject(b), "date");
  });
  for (size_t row = 0; row < order_.size(); ++row) {
    auto day = dayRow(row);
    const long at = list_->InsertItem(static_cast<long>(row), toWx(vietnameseDate(ruleField(day, "date"))));
    const std::string en = ruleField(day, "name_en");
    list_->SetItem(at, 1, toWx(uiLanguage() == Language::English && !en.empty() ? en : ruleField(day, "name_vi")));
  }
}

wxString HolidayListEditor::dayText(size_t row) const {
  if (row >= order_.size()) return {};
  return list_->GetItemText(static_cast<long>(row), 0) + wxASCII_STR(" | ") + list_->GetItemText(static_cast<long>(row), 1);
}

std::optional<size_t> HolidayListEditor::rowOf(const std::string& isoDay) const {
  for (size_t row = 0; row < order_.size(); ++row)
    if (ruleField(dayRow(row), "date") == isoDay) return row;
  return std::nullopt;
}

void HolidayListEditor::selectDay(size_t row) {
  if (row >= order_.size()) return;
  selected_ = static_cast<long>(row);
  list_->SetItemState(selected_, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  list_->EnsureVisible(selected_);
}

Status HolidayListEditor::refuse(Error error) {
  showStatus(toWx(error.text(uiLanguage())), true);
  return Status(std::move(error));
}

Status HolidayListEditor::addTypedDay() {
  if (!doc_) return refuse(makeError("holidays.unreadable", "Bảng ngày nghỉ không đọc được", "The holiday table cannot be read"));
  const std::string typed = toUtf8(date_->GetValue().Strip(wxString::both));
  const auto iso = isoFromVietnameseDate(typed);
  if (!iso)
    return refuse(makeError("holidays.bad_date", "Ngày \"" + typed + "\" không hợp lệ; hãy gõ theo dạng DD/MM/YYYY, ví dụ 02/09/2026",
                            "\"" + typed + "\" is not a valid day; type DD/MM/YYYY, e.g. 02/09/2026"));
  const std::string name = toUtf8(name_->GetValue().Strip(wxString::both));
  if (name.empty())
    return refuse(makeError("holidays.no_name", "Hãy ghi tên ngày nghỉ (ví dụ: Nghỉ theo quyết định của UBND tỉnh)",
                            "Give the day off a name (e.g. Day off by decision of the province)"));
  if (auto row = rowOf(*iso)) {
    selectDay(*row);
    return refuse(makeError("holidays.duplicate", "Ngày " + vietnameseDate(*iso) + " đã có trong danh sách",
                            "The day " + vietnameseDate(*iso) + " is already listed"));
  }
  Poco::JSON::Object::Ptr day = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  day->set("key", "desk-" + *iso);
  day->set("date", *iso);
  day->set("kind", "holiday");
  day->set("name_vi", name);
  day->set("name_en", name);
  Poco::JSON::Object::Ptr source = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  source->set("document", "Do cán bộ nhập tại LandDesk (" + actor_ + ")");
  source->set("article", "");
  source->set("confidence", "M");
  day->set("source", source);
  doc_->getArray("days")->add(day);
  unsaved_ = true;
  listDays();
  if (auto row = rowOf(*iso)) selectDay(*row);
  date_->Clear();
  name_->Clear();
  showStatus(wxString::Format(_("%s added; press Save days off to apply it"), toWx(vietnameseDate(*iso))));
  return {};
}

Status HolidayListEditor::removeSelectedDay() {
  if (selected_ < 0 || static_cast<size_t>(selected_) >= order_.size())
    return refuse(makeError("holidays.no_row", "Chưa chọn ngày để bỏ", "No day is selected to remove"));
  const std::string date = vietnameseDate(ruleField(dayRow(static_cast<size_t>(selected_)), "date"));
  doc_->getArray("days")->remove(order_[static_cast<size_t>(selected_)]);
  unsaved_ = true;
  listDays();
  showStatus(wxString::Format(_("%s removed; press Save days off to apply it"), toWx(date)));
  return {};
}

Status HolidayListEditor::save() {
  if (!doc_) return refuse(makeError("holidays.unreadable", "Bảng ngày nghỉ không đọc được", "The holiday table cannot be read"));
  // The list stays as the officer left it when the save is refused: doc_ is only re-read after success.
  if (Status saved = rules::saveDeskRuleData(db_, kTable, stringifyRule(doc_), actor_); !saved) return refuse(saved.error());
  reload();
  showStatus(wxString::Format(_("Saved %zu days off; open cases' deadlines were recomputed"), order_.size()));
  return {};
}

wxString HolidayListEditor::statusText() const { return status_->GetLabel(); }

void HolidayListEditor::showStatus(const wxString& text, bool problem) {
  status_->SetForegroundColour(problem ? *wxRED : GetForegroundColour());
  status_->SetLabel(text);
  Layout();
}

}  // namespace landdesk::gui
