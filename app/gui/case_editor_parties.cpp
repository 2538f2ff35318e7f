#include "case_editor_parties.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_labels.h"
#include "editing/case_edits.h"
#include "wx_text.h"

namespace landdesk::gui {

using model::Case;
using model::Kinship;
using model::PartyRole;

namespace {

std::string idNumberOf(const model::Party& p) { return p.idDocuments.empty() ? std::string() : p.idDocuments[0].number; }
std::string birthOf(const model::Party& p) { return p.birthDate ? p.birthDate->canonical() : std::string(); }

template <class E>
void fillTerms(wxChoice& choice) {
  for (const auto& t : model::terms<E>()) choice.Append(termLabel(t.value));
  choice.SetSelection(0);
}

template <class E>
E chosenTerm(const wxChoice& choice) {
  const int at = choice.GetSelection();
  const auto all = model::terms<E>();
  return at >= 0 && static_cast<size_t>(at) < all.size() ? all[static_cast<size_t>(at)].value : all.front().value;
}

template <class E>
void chooseTerm(wxChoice& choice, E value) {
  const auto all = model::terms<E>();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].value == value) choice.SetSelection(static_cast<int>(i));
}

}  // namespace

PartiesTab::PartiesTab(wxWindow* parent) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("case_editor_parties")))
    throw std::logic_error("forms/case_editor_tabs.xrc: no panel named case_editor_parties");
  list_ = XRCCTRL(*this, "party_list", wxListCtrl);
  name_ = XRCCTRL(*this, "party_name", wxTextCtrl);
  birth_ = XRCCTRL(*this, "party_birth", wxTextCtrl);
  idNumber_ = XRCCTRL(*this, "party_id_number", wxTextCtrl);
  address_ = XRCCTRL(*this, "party_address", wxTextCtrl);
  phone_ = XRCCTRL(*this, "party_phone", wxTextCtrl);
  role_ = XRCCTRL(*this, "party_role", wxChoice);
  spouse_ = XRCCTRL(*this, "party_spouse", wxChoice);
  kinship_ = XRCCTRL(*this, "party_kinship", wxChoice);
  relative_ = XRCCTRL(*this, "party_relative", wxChoice);
  links_ = XRCCTRL(*this, "party_links", wxStaticText);
  require(list_ && name_ && birth_ && idNumber_ && address_ && phone_ && role_ && spouse_ && kinship_ && relative_ && links_,
          "case_editor_parties");
  list_->AppendColumn(_("Full name"), wxLIST_FORMAT_LEFT, FromDIP(180));
  list_->AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, FromDIP(150));
  list_->AppendColumn(_("Birth date"), wxLIST_FORMAT_LEFT, FromDIP(90));
  list_->AppendColumn(_("ID number"), wxLIST_FORMAT_LEFT, FromDIP(110));
  list_->AppendColumn(_("Spouse"), wxLIST_FORMAT_LEFT, FromDIP(160));
  fillTerms<PartyRole>(*role_);
  fillTerms<Kinship>(*kinship_);

  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showForm(); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addFromForm(); }, XRCID("party_add"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyForm(); }, XRCID("party_apply"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); }, XRCID("party_remove"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (fromScannedId_) fromScannedId_(chosenRole());
  }, XRCID("party_from_id"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (spouse_->GetSelection() >= 0) linkSpouseOfSelected(static_cast<size_t>(spouse_->GetSelection()));
  }, XRCID("party_link_spouse"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (relative_->GetSelection() >= 0)
      setRelationshipOfSelected(chosenTerm<Kinship>(*kinship_), static_cast<size_t>(relative_->GetSelection()));
  }, XRCID("party_set_relationship"));
  // Enter in the form: a selected person takes the changes, otherwise the form is a new person.
  for (wxTextCtrl* text : {name_, birth_, idNumber_, address_, phone_})
    text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { selectedParty() >= 0 ? applyForm() : addFromForm(); });
}

void PartiesTab::showCase(const Case& c) {
  const long keep = selectedParty();
  shown_ = c;
  list_->DeleteAllItems();
  for (size_t i = 0; i < c.parties.size(); ++i) {
    const model::CaseParty& p = c.parties[i];
    const long row = list_->InsertItem(static_cast<long>(i), toWx(p.party.fullName));
    list_->SetItem(row, 1, termLabel(p.role));
    list_->SetItem(row, 2, toWx(birthOf(p.party)));
    list_->SetItem(row, 3, toWx(idNumberOf(p.party)));
    if (p.spouse && *p.spouse < c.parties.size()) list_->SetItem(row, 4, toWx(c.parties[*p.spouse].party.fullName));
  }
  fillPartyChoice(*spouse_, c, std::nullopt, false);
  fillPartyChoice(*relative_, c, std::nullopt, false);
  if (keep >= 0 && keep < list_->GetItemCount()) selectListRow(*list_, keep);
  showForm();
}

void PartiesTab::showForm() {
  const long row = selectedParty();
  links_->SetLabel(linksText());
  if (row < 0) return;
  const model::CaseParty& p = shown_.parties.at(static_cast<size_t>(row));
  name_->ChangeValue(toWx(p.party.fullName));
  birth_->ChangeValue(toWx(birthOf(p.party)));
  idNumber_->ChangeValue(toWx(idNumberOf(p.party)));
  address_->ChangeValue(toWx(p.party.permanentAddress));
  phone_->ChangeValue(toWx(p.party.phone));
  chooseTerm(*role_, p.role);
  if (p.spouse) spouse_->SetSelection(static_cast<int>(*p.spouse));
}

wxString PartiesTab::linksText() const {
  const long row = selectedParty();
  if (row < 0) return wxString();
  const size_t me = static_cast<size_t>(row);
  wxString out;
  if (auto s = shown_.parties.at(me).spouse; s && *s < shown_.parties.size())
    out = wxString::Format(_("Spouse: %s."), toWx(shown_.parties[*s].party.fullName));
  for (const model::Relationship& r : shown_.relationships) {
    if (r.from != me && r.to != me) continue;
    out += (out.empty() ? wxString() : wxASCII_STR(" ")) +
           wxString::Format(_("%s is the %s of %s."), toWx(shown_.parties.at(r.from).party.fullName),
                            termLabel(r.kinship).Lower(), toWx(shown_.parties.at(r.to).party.fullName));
  }
  return out;
}

long PartiesTab::selectedParty() const { return selectedRow(*list_); }

void PartiesTab::selectParty(long row) {
  selectListRow(*list_, row);
  showForm();
}

PartyRole PartiesTab::chosenRole() const { return chosenTerm<PartyRole>(*role_); }

void PartiesTab::setForm(const wxString& name, const wxString& birth, const wxString& idNumber, PartyRole role) {
  name_->ChangeValue(name);
  birth_->ChangeValue(birth);
  idNumber_->ChangeValue(idNumber);
  chooseTerm(*role_, role);
}

Result<model::Party> PartiesTab::partyFromForm(model::Party p) const {
  p.fullName = formText(*name_);
  const std::string birth = formText(*birth_);
  if (birth.empty()) {
    p.birthDate.reset();
  } else if (auto d = model::BirthDate::fromCanonical(birth)) {
    p.birthDate = *d;
  } else {
    return makeError("editor.bad_birth_date", "Ngày sinh viết dạng YYYY-MM-DD, hoặc chỉ năm sinh",
                     "A birth date is written YYYY-MM-DD, or just the year", birth);
  }
  const std::string number = formText(*idNumber_);
  if (number.empty()) {
    if (!p.idDocuments.empty()) p.idDocuments.erase(p.idDocuments.begin());
  } else if (p.idDocuments.empty()) {
    p.idDocuments.push_back({number.size() == 9 ? model::IdType::Cmnd : model::IdType::Cccd, number, {}, {}});
  } else {
    p.idDocuments[0].number = number;
  }
  p.permanentAddress = formText(*address_);
  p.phone = formText(*phone_);
  return p;
}

bool PartiesTab::formDiffers() const {
  const long row = selectedParty();
  if (row < 0) return false;
  const model::CaseParty& p = shown_.parties.at(static_cast<size_t>(row));
  auto typed = partyFromForm(p.party);
  return !typed || *typed != p.party || chosenRole() != p.role;
}

bool PartiesTab::addFromForm() {
  auto party = partyFromForm({});
  const PartyRole role = chosenRole();
  const bool added = edit_([&](Case& c) -> Status {
    if (!party) return party.error();
    c.parties.push_back({*party, role, std::nullopt});
    return {};
  });
  if (added) selectParty(list_->GetItemCount() - 1);
  return added;
}

bool PartiesTab::applyForm() {
  const long row = selectedParty();
  if (row < 0) return false;
  const size_t at = static_cast<size_t>(row);
  auto party = partyFromForm(shown_.parties.at(at).party);
  const PartyRole role = chosenRole();
  return edit_([&](Case& c) -> Status {
    if (!party) return party.error();
    c.parties.at(at).party = *party;
    c.parties.at(at).role = role;
    return {};
  });
}

bool PartiesTab::commitPending() { return !formDiffers() || applyForm(); }

bool PartiesTab::removeSelected() {
  const long row = selectedParty();
  if (row < 0) return false;
  return edit_([&](Case& c) { return editing::removeParty(c, static_cast<size_t>(row)); });
}

bool PartiesTab::linkSpouseOfSelected(size_t other) {
  const long row = selectedParty();
  if (row < 0) return false;
  return edit_([&](Case& c) { return editing::linkSpouses(c, static_cast<size_t>(row), other); });
}

bool PartiesTab::setRelationshipOfSelected(Kinship kinship, size_t other) {
  const long row = selectedParty();
  if (row < 0) return false;
  return edit_([&](Case& c) { return editing::setRelationship(c, static_cast<size_t>(row), other, kinship); });
}

}  // namespace landdesk::gui
