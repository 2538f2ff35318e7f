#include "dashboard_panel.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "rules/calendar_time.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

wxString shortTime(LocalDateTime t) {
  return toWx(rules::formatDateVi(rules::dayOf(std::chrono::floor<std::chrono::minutes>(t))) + " " +
              rules::formatTimeOfDay(rules::timeOf(std::chrono::floor<std::chrono::minutes>(t))));
}

wxString statusLabel(model::CaseStatus s) {
  const auto& t = model::term(s);
  return toWx(uiLanguage() == Language::English ? t.en : t.vi);
}

const workflow::DashboardSection* sectionOf(const workflow::Dashboard& d, DashboardPanel::Section s) {
  switch (s) {
    case DashboardPanel::DueSoon: return &d.dueSoon;
    case DashboardPanel::Overdue: return &d.overdue;
    case DashboardPanel::WaitingTax: return &d.waitingTax;
    case DashboardPanel::WaitingResult: return &d.waitingResult;
    case DashboardPanel::WaitingPapers: return &d.waitingPapers;
    case DashboardPanel::Visits: return nullptr;
  }
  return nullptr;
}

}  // namespace

DashboardPanel::DashboardPanel(wxWindow* parent) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("dashboard_panel")))
    throw std::logic_error("forms/dashboard_panel.xrc: no panel named dashboard_panel (are the forms loaded?)");
  section_ = XRCCTRL(*this, "dashboard_section", wxChoice);
  summary_ = XRCCTRL(*this, "dashboard_summary", wxStaticText);
  refresh_ = XRCCTRL(*this, "dashboard_refresh", wxButton);
  list_ = XRCCTRL(*this, "dashboard_list", wxListCtrl);
  if (!section_ || !summary_ || !refresh_ || !list_)
    throw std::logic_error("forms/dashboard_panel.xrc lacks a control dashboard_panel.cpp needs");
  list_->AppendColumn(_("Case"), wxLIST_FORMAT_LEFT, FromDIP(120));
  list_->AppendColumn(_("Citizen"), wxLIST_FORMAT_LEFT, FromDIP(200));
  list_->AppendColumn(_("State"), wxLIST_FORMAT_LEFT, FromDIP(170));
  list_->AppendColumn(_("Due or visit time"), wxLIST_FORMAT_LEFT, FromDIP(140));
  list_->AppendColumn(_("Working days left"), wxLIST_FORMAT_RIGHT, FromDIP(150));
  updateChoice();
  section_->SetSelection(Overdue);
  section_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill(); });
  refresh_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)refresh(); });
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &DashboardPanel::onActivated, this);
}

void DashboardPanel::setDatabase(storage::Database* db) {
  db_ = db;
  data_.reset();
  fill();
}

Status DashboardPanel::refresh(LocalDateTime now) {
  if (!db_) {
    data_.reset();
    fill();
    return {};
  }
  auto d = workflow::dashboard(*db_, now, 200);
  if (!d) {
    data_.reset();
    fill();
    summary_->SetLabel(toWx(d.error().text(uiLanguage())));
    return d.error();
  }
  data_ = std::move(*d);
  updateChoice();
  fill();
  return {};
}

void DashboardPanel::updateChoice() {
  const int selected = section_->GetSelection();
  auto count = [&](Section s) -> long long {
    if (!data_) return 0;
    if (s == Visits) return static_cast<long long>(data_->visitsToday.size());
    return static_cast<long long>(sectionOf(*data_, s)->total);
  };
  const wxString labels[] = {_("Today's visits"), _("Due soon"), _("Overdue"), _("Waiting for tax"),
                             _("Waiting for the result"), _("Waiting for papers")};
  section_->Clear();
  for (int i = 0; i <= WaitingPapers; ++i)
    section_->Append(wxString::Format(wxASCII_STR("%s (%lld)"), labels[i], count(static_cast<Section>(i))));
  section_->SetSelection(selected == wxNOT_FOUND ? Overdue : selected);
}

void DashboardPanel::showSection(Section section) {
  section_->SetSelection(section);
  fill();
}

DashboardPanel::Section DashboardPanel::section() const {
  const int s = section_->GetSelection();
  return s == wxNOT_FOUND ? Overdue : static_cast<Section>(s);
}

long DashboardPanel::rowCount() const { return list_->GetItemCount(); }

std::optional<int64_t> DashboardPanel::caseIdAt(long row) const {
  if (!data_ || row < 0) return std::nullopt;
  const auto r = static_cast<size_t>(row);
  if (section() == Visits) {
    if (r >= data_->visitsToday.size()) return std::nullopt;
    return data_->visitsToday[r].caseId;
  }
  const auto* s = sectionOf(*data_, section());
  if (r >= s->cases.size()) return std::nullopt;
  return s->cases[r].caseId;
}

std::string DashboardPanel::codeAt(long row) const { return row < rowCount() ? toUtf8(list_->GetItemText(row, 0)) : ""; }

void DashboardPanel::fill() {
  list_->DeleteAllItems();
  if (!db_) {
    summary_->SetLabel(_("No database is open."));
    return;
  }
  if (!data_) {
    summary_->SetLabel(wxString());
    return;
  }
  long row = 0;
  if (section() == Visits) {
    for (const auto& v : data_->visitsToday) {
      list_->InsertItem(row, toWx(v.caseCode));
      list_->SetItem(row, 1, toWx(v.mainParty));
      list_->SetItem(row, 2, v.number == 1 ? _("Visit 1: signing") : _("Visit 2: collecting the result"));
      list_->SetItem(row, 3, shortTime(v.at));
      ++row;
    }
  } else {
    for (const auto& c : sectionOf(*data_, section())->cases) {
      list_->InsertItem(row, toWx(c.code));
      list_->SetItem(row, 1, toWx(c.mainParty));
      list_->SetItem(row, 2, statusLabel(c.status));
      list_->SetItem(row, 3, c.dueAt ? shortTime(*c.dueAt) : _("clock stopped"));
      if (c.dueAt) list_->SetItem(row, 4, wxString::Format(wxASCII_STR("%lld"), static_cast<long long>(c.remaining)));
      if (c.flag == rules::DeadlineFlag::Overdue) list_->SetItemTextColour(row, *wxRED);
      ++row;
    }
  }
  summary_->SetLabel(wxString::Format(_("Today's visits %zu, due soon %lld, overdue %lld"), data_->visitsToday.size(),
                                      static_cast<long long>(data_->dueSoon.total),
                                      static_cast<long long>(data_->overdue.total)));
}

void DashboardPanel::activate(long row) {
  if (auto id = caseIdAt(row); id && open_) open_(*id, codeAt(row));
}

void DashboardPanel::onActivated(wxListEvent& event) { activate(event.GetIndex()); }

}  // namespace landdesk::gui
