#include "case_editor_parcels.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_labels.h"
#include "editing/parcel_owners.h"
#include "text/number_format.h"
#include "wx_text.h"

namespace landdesk::gui {

using model::Case;
using model::CaseParcel;

ParcelsTab::ParcelsTab(wxWindow* parent) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("case_editor_parcels")))
    throw std::logic_error("forms/case_editor_tabs.xrc: no panel named case_editor_parcels");
  list_ = XRCCTRL(*this, "parcel_list", wxListCtrl);
  serial_ = XRCCTRL(*this, "parcel_serial", wxTextCtrl);
  number_ = XRCCTRL(*this, "parcel_number", wxTextCtrl);
  sheet_ = XRCCTRL(*this, "parcel_sheet", wxTextCtrl);
  area_ = XRCCTRL(*this, "parcel_area", wxTextCtrl);
  address_ = XRCCTRL(*this, "parcel_address", wxTextCtrl);
  price_ = XRCCTRL(*this, "parcel_price", wxTextCtrl);
  transferred_ = XRCCTRL(*this, "parcel_transferred", wxTextCtrl);
  owners_ = XRCCTRL(*this, "parcel_owner_list", wxListCtrl);
  ownerParty_ = XRCCTRL(*this, "parcel_owner_party", wxChoice);
  ownerShare_ = XRCCTRL(*this, "parcel_owner_share", wxTextCtrl);
  require(list_ && serial_ && number_ && sheet_ && area_ && address_ && price_ && transferred_ && owners_ &&
              ownerParty_ && ownerShare_,
          "case_editor_parcels");
  owners_->AppendColumn(_("Owner"), wxLIST_FORMAT_LEFT, FromDIP(220));
  owners_->AppendColumn(_("Share of the right"), wxLIST_FORMAT_RIGHT, FromDIP(100));
  owners_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
    const long row = selectedParcel();
    if (row < 0) return;
    const auto& owners = shown_.parcels.at(static_cast<size_t>(row)).owners;
    if (static_cast<size_t>(event.GetIndex()) >= owners.size()) return;
    const model::ParcelOwner& o = owners[static_cast<size_t>(event.GetIndex())];
    if (o.party < shown_.parties.size()) ownerParty_->SetSelection(static_cast<int>(o.party));
    ownerShare_->ChangeValue(toWx(o.share));
  });
  auto setFromForm = [this] {
    if (ownerParty_->GetSelection() >= 0) setOwner(static_cast<size_t>(ownerParty_->GetSelection()), ownerShare_->GetValue());
  };
  Bind(wxEVT_BUTTON, [setFromForm](wxCommandEvent&) { setFromForm(); }, XRCID("parcel_owner_set"));
  ownerShare_->Bind(wxEVT_TEXT_ENTER, [setFromForm](wxCommandEvent&) { setFromForm(); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedOwner(); }, XRCID("parcel_owner_remove"));
  list_->AppendColumn(_("Serial"), wxLIST_FORMAT_LEFT, FromDIP(100));
  list_->AppendColumn(_("Parcel"), wxLIST_FORMAT_LEFT, FromDIP(130));
  list_->AppendColumn(_("Area"), wxLIST_FORMAT_RIGHT, FromDIP(90));
  list_->AppendColumn(_("Price or value"), wxLIST_FORMAT_RIGHT, FromDIP(130));
  list_->AppendColumn(_("Address"), wxLIST_FORMAT_LEFT, FromDIP(220));
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showForm(); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addFromForm(); }, XRCID("parcel_add"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyForm(); }, XRCID("parcel_apply"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); }, XRCID("parcel_remove"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (fromScannedGcn_) fromScannedGcn_();
  }, XRCID("parcel_from_gcn"));
  for (wxTextCtrl* text : {serial_, number_, sheet_, area_, address_, price_, transferred_})
    text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { selectedParcel() >= 0 ? applyForm() : addFromForm(); });
}

void ParcelsTab::showCase(const Case& c) {
  const long keep = selectedParcel();
  shown_ = c;
  list_->DeleteAllItems();
  for (size_t i = 0; i < c.parcels.size(); ++i) {
    const CaseParcel& p = c.parcels[i];
    const long row = list_->InsertItem(static_cast<long>(i), toWx(p.parcel.serial));
    list_->SetItem(row, 1, parcelReference(p.parcel.parcelNumber, p.parcel.mapSheet));
    list_->SetItem(row, 2, areaText(p.parcel.area));
    if (p.price) list_->SetItem(row, 3, moneyText(*p.price));
    list_->SetItem(row, 4, toWx(p.parcel.address));
  }
  if (keep >= 0 && keep < list_->GetItemCount()) selectListRow(*list_, keep);
  const int keepOwner = ownerParty_->GetSelection();
  fillPartyChoice(*ownerParty_, c, keepOwner >= 0 ? std::optional<size_t>(keepOwner) : std::nullopt, false);
  showForm();
}

void ParcelsTab::showOwners() {
  owners_->DeleteAllItems();
  const long row = selectedParcel();
  const bool any = row >= 0;
  for (wxWindow* w : std::initializer_list<wxWindow*>{owners_, ownerParty_, ownerShare_}) w->Enable(any);
  if (!any) return;
  const auto& owners = shown_.parcels.at(static_cast<size_t>(row)).owners;
  for (size_t i = 0; i < owners.size(); ++i) {
    const model::ParcelOwner& o = owners[i];
    const long item = owners_->InsertItem(
        static_cast<long>(i), o.party < shown_.parties.size() ? toWx(shown_.parties[o.party].party.fullName) : wxString());
    owners_->SetItem(item, 1, toWx(o.share));
  }
}

void ParcelsTab::showForm() {
  showOwners();
  const long row = selectedParcel();
  if (row < 0) return;
  const CaseParcel& p = shown_.parcels.at(static_cast<size_t>(row));
  serial_->ChangeValue(toWx(p.parcel.serial));
  number_->ChangeValue(toWx(p.parcel.parcelNumber));
  sheet_->ChangeValue(toWx(p.parcel.mapSheet));
  area_->ChangeValue(toWx(text::formatDecimal(p.parcel.area)));
  address_->ChangeValue(toWx(p.parcel.address));
  price_->ChangeValue(p.price ? toWx(text::formatInteger(*p.price)) : wxString());
  transferred_->ChangeValue(p.transferredArea ? toWx(text::formatDecimal(*p.transferredArea)) : wxString());
}

long ParcelsTab::selectedParcel() const { return selectedRow(*list_); }

void ParcelsTab::selectParcel(long row) {
  selectListRow(*list_, row);
  showForm();
}

Result<CaseParcel> ParcelsTab::parcelFromForm(CaseParcel p) const {
  auto area = formDecimal(*area_, "area");
  if (!area) return area.error();
  auto price = formAmount(*price_, "price");
  if (!price) return price.error();
  auto transferred = formDecimal(*transferred_, "transferred area");
  if (!transferred) return transferred.error();
  p.parcel.serial = formText(*serial_);
  p.parcel.parcelNumber = formText(*number_);
  p.parcel.mapSheet = formText(*sheet_);
  p.parcel.address = formText(*address_);
  p.parcel.area = area->value_or(Decimal());
  p.price = *price;
  p.transferredArea = *transferred;
  return p;
}

bool ParcelsTab::addFromForm() {
  auto parcel = parcelFromForm({});
  const bool added = edit_([&](Case& c) -> Status {
    if (!parcel) return parcel.error();
    c.parcels.push_back(*parcel);
    return {};
  });
  if (added) selectParcel(list_->GetItemCount() - 1);
  return added;
}

bool ParcelsTab::applyForm() {
  const long row = selectedParcel();
  if (row < 0) return false;
  const size_t at = static_cast<size_t>(row);
  auto parcel = parcelFromForm(shown_.parcels.at(at));
  return edit_([&](Case& c) -> Status {
    if (!parcel) return parcel.error();
    c.parcels.at(at) = *parcel;
    return {};
  });
}

bool ParcelsTab::commitPending() {
  const long row = selectedParcel();
  if (row < 0) return true;
  auto typed = parcelFromForm(shown_.parcels.at(static_cast<size_t>(row)));
  return (typed && *typed == shown_.parcels.at(static_cast<size_t>(row))) || applyForm();
}

bool ParcelsTab::removeSelected() {
  const long row = selectedParcel();
  if (row < 0) return false;
  return edit_([&](Case& c) -> Status {
    c.parcels.erase(c.parcels.begin() + row);
    return {};
  });
}

bool ParcelsTab::setOwner(size_t party, const wxString& share) {
  const long row = selectedParcel();
  if (row < 0) return false;
  const std::string typed = toUtf8(share);
  return edit_([&](Case& c) { return editing::setParcelOwner(c, static_cast<size_t>(row), party, typed); });
}

bool ParcelsTab::removeSelectedOwner() {
  const long row = selectedParcel(), owner = selectedRow(*owners_);
  if (row < 0 || owner < 0) return false;
  return edit_([&](Case& c) {
    return editing::removeParcelOwner(c, static_cast<size_t>(row), static_cast<size_t>(owner));
  });
}

long ParcelsTab::ownerCount() const { return owners_->GetItemCount(); }

wxString ParcelsTab::ownerText(long row, int column) const { return owners_->GetItemText(row, column); }

}  // namespace landdesk::gui
