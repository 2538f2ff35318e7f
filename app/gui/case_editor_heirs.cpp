#include "case_editor_heirs.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "editing/will_details.h"
#include "model/share.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

HeirsTab::HeirsTab(wxWindow* parent) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("case_editor_heirs")))
    throw std::logic_error("forms/case_editor_tabs.xrc: no panel named case_editor_heirs");
  deathDate_ = XRCCTRL(*this, "estate_death_date", wxTextCtrl);
  certificate_ = XRCCTRL(*this, "estate_certificate", wxTextCtrl);
  share_ = XRCCTRL(*this, "heir_share", wxTextCtrl);
  basis_ = XRCCTRL(*this, "estate_basis", wxChoice);
  spouse_ = XRCCTRL(*this, "estate_spouse", wxChoice);
  heirParty_ = XRCCTRL(*this, "heir_party", wxChoice);
  rank_ = XRCCTRL(*this, "heir_rank", wxChoice);
  takesLand_ = XRCCTRL(*this, "heir_takes_land", wxCheckBox);
  heirs_ = XRCCTRL(*this, "heir_list", wxListCtrl);
  total_ = XRCCTRL(*this, "heir_total", wxStaticText);
  willDate_ = XRCCTRL(*this, "estate_will_date", wxTextCtrl);
  willDescription_ = XRCCTRL(*this, "estate_will_description", wxTextCtrl);
  require(willDate_ && willDescription_ && deathDate_ && certificate_ && share_ && basis_ && spouse_ && heirParty_ && rank_ && takesLand_ && heirs_ && total_,
          "case_editor_heirs");
  basis_->Append(_("Law"));
  basis_->Append(_("Will"));
  for (const char* rank : {"1", "2", "3"}) rank_->Append(wxString::FromAscii(rank));
  rank_->SetSelection(0);
  heirs_->AppendColumn(_("Heir"), wxLIST_FORMAT_LEFT, FromDIP(200));
  heirs_->AppendColumn(_("Rank"), wxLIST_FORMAT_RIGHT, FromDIP(60));
  heirs_->AppendColumn(_("Share"), wxLIST_FORMAT_RIGHT, FromDIP(80));
  heirs_->AppendColumn(_("Takes the land"), wxLIST_FORMAT_LEFT, FromDIP(110));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyEstate(); }, XRCID("estate_apply"));
  basis_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { enableWill(); });
  for (wxTextCtrl* text : {deathDate_, certificate_, willDate_, willDescription_})
    text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { applyEstate(); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (heirParty_->GetSelection() >= 0)
      setHeir(static_cast<size_t>(heirParty_->GetSelection()), rank_->GetSelection() + 1, share_->GetValue(),
              takesLand_->GetValue());
  }, XRCID("heir_set"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedHeir(); }, XRCID("heir_remove"));
  heirs_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
    if (!shown_.estate || static_cast<size_t>(event.GetIndex()) >= shown_.estate->heirs.size()) return;
    const model::HeirShare& h = shown_.estate->heirs[static_cast<size_t>(event.GetIndex())];
    heirParty_->SetSelection(static_cast<int>(h.party));
    rank_->SetSelection(h.rank - 1);
    share_->ChangeValue(toWx(h.share));
    takesLand_->SetValue(h.takesLand);
  });
}

void HeirsTab::showCase(const model::Case& c) {
  shown_ = c;
  const model::Estate e = c.estate.value_or(model::Estate{});
  Enable(c.estate.has_value());  // only inheritance cases have an estate
  deathDate_->ChangeValue(e.deathDate ? toWx(isoDate(*e.deathDate)) : wxString());
  certificate_->ChangeValue(toWx(e.deathCertificateNumber));
  basis_->SetSelection(e.basis == model::InheritanceBasis::Will ? 1 : 0);
  willDate_->ChangeValue(toWx(editing::willDateText(c)));
  willDescription_->ChangeValue(toWx(e.willDescription));
  enableWill();
  fillPartyChoice(*spouse_, c, e.survivingSpouse, true);
  const int keepParty = heirParty_->GetSelection();
  fillPartyChoice(*heirParty_, c, keepParty >= 0 ? std::optional<size_t>(keepParty) : std::nullopt, false);
  heirs_->DeleteAllItems();
  std::vector<model::Fraction> shares;
  for (size_t i = 0; i < e.heirs.size(); ++i) {
    const model::HeirShare& h = e.heirs[i];
    const long row = heirs_->InsertItem(static_cast<long>(i), h.party < c.parties.size() ? toWx(c.parties[h.party].party.fullName) : wxString());
    heirs_->SetItem(row, 1, wxString::Format(wxASCII_STR("%d"), h.rank));
    heirs_->SetItem(row, 2, toWx(h.share));
    heirs_->SetItem(row, 3, h.takesLand ? _("yes") : wxString());
    if (auto f = model::parseShare(h.share)) shares.push_back(*f);
  }
  auto sum = model::sumShares(shares);
  total_->SetLabel(shares.empty() || !sum ? wxString()
                                          : wxString::Format(_("Shares recorded: %s of the estate."), toWx(model::shareText(*sum))));
}

Result<model::Estate> HeirsTab::estateFromForm() const {
  model::Estate e = shown_.estate.value_or(model::Estate{});
  auto death = formDate(*deathDate_, "death date");
  if (!death) return death.error();
  e.deathDate = *death;
  e.deathCertificateNumber = formText(*certificate_);
  const int spouse = spouse_->GetSelection();
  e.survivingSpouse = spouse > 0 ? std::optional<size_t>(static_cast<size_t>(spouse - 1)) : std::nullopt;
  model::Case withWill;
  withWill.estate = e;
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()));
  const auto basis = basis_->GetSelection() == 1 ? model::InheritanceBasis::Will : model::InheritanceBasis::Law;
  if (auto set = editing::setWillDetails(withWill, basis, formText(*willDate_), formText(*willDescription_), today); !set)
    return set.error();
  return *withWill.estate;
}

bool HeirsTab::applyEstate() {
  auto estate = estateFromForm();
  return edit_([&](model::Case& c) -> Status {
    if (!estate) return estate.error();
    c.estate = *estate;
    return {};
  });
}

void HeirsTab::enableWill() {
  const bool byWill = basis_->GetSelection() == 1;
  willDate_->Enable(byWill);
  willDescription_->Enable(byWill);
}

bool HeirsTab::setWill(bool byWill, const wxString& date, const wxString& description) {
  basis_->SetSelection(byWill ? 1 : 0);
  willDate_->ChangeValue(date);
  willDescription_->ChangeValue(description);
  enableWill();
  return applyEstate();
}

bool HeirsTab::commitPending() {
  if (!shown_.estate) return true;
  auto typed = estateFromForm();
  return (typed && *typed == *shown_.estate) || applyEstate();
}

bool HeirsTab::setHeir(size_t party, int rank, const wxString& share, bool takesLand) {
  const std::string typed = toUtf8(share.Strip(wxString::both));
  return edit_([&](model::Case& c) -> Status {
    if (!c.estate) c.estate = model::Estate{};
    auto& heirs = c.estate->heirs;
    auto it = std::find_if(heirs.begin(), heirs.end(), [&](const model::HeirShare& h) { return h.party == party; });
    const model::HeirShare heir{party, rank, typed, takesLand};
    if (it == heirs.end())
      heirs.push_back(heir);
    else
      *it = heir;
    return {};
  });
}

bool HeirsTab::removeSelectedHeir() {
  const long row = selectedRow(*heirs_);
  if (row < 0) return false;
  return edit_([&](model::Case& c) -> Status {
    if (c.estate && static_cast<size_t>(row) < c.estate->heirs.size()) c.estate->heirs.erase(c.estate->heirs.begin() + row);
    return {};
  });
}

long HeirsTab::heirCount() const { return heirs_->GetItemCount(); }

wxString HeirsTab::totalText() const { return total_->GetLabel(); }

}  // namespace landdesk::gui
