#include "users_page.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>
#include <wx/xrc/xmlres.h>

#include "access/accounts.h"
#include "access/permissions.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

// Locked only while the lock-out lasts: an expired lock is lifted at the next login.
bool lockedNow(const storage::UserRow& row) {
  return !row.lockedUntil.empty() && row.lockedUntil > isoDateTime(localNow());
}

wxString rolesShown(const std::string& stored) {
  auto parsed = access::parseRoles(stored);
  if (!parsed) return toWx(stored);
  wxString out;
  for (access::Role r : *parsed) {
    for (const auto& info : access::roles())
      if (info.role == r) {
        if (!out.empty()) out += wxASCII_STR(", ");
        out += toWx(uiLanguage() == Language::English ? info.en : info.vi);
      }
  }
  return out;
}

}  // namespace

UsersPage::UsersPage(wxWindow* parent, storage::Database& db) : db_(db) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("users_page")))
    throw std::logic_error("forms/users_page.xrc: no panel named users_page");
  list_ = XRCCTRL(*this, "users_list", wxListCtrl);
  login_ = XRCCTRL(*this, "user_login", wxTextCtrl);
  name_ = XRCCTRL(*this, "user_name", wxTextCtrl);
  password_ = XRCCTRL(*this, "user_password", wxTextCtrl);
  password2_ = XRCCTRL(*this, "user_password2", wxTextCtrl);
  status_ = XRCCTRL(*this, "user_status", wxStaticText);
  auto* rolesPanel = XRCCTRL(*this, "user_roles", wxPanel);
  auto* add = XRCCTRL(*this, "user_add", wxButton);
  auto* reset = XRCCTRL(*this, "user_reset_password", wxButton);
  auto* disable = XRCCTRL(*this, "user_disable", wxButton);
  auto* unlock = XRCCTRL(*this, "user_unlock", wxButton);
  if (!list_ || !login_ || !name_ || !password_ || !password2_ || !status_ || !rolesPanel || !add || !reset ||
      !disable || !unlock)
    throw std::logic_error("forms/users_page.xrc lacks a control users_page.cpp needs");

  // One box per role, from the core's list, so a new role shows here without a form change.
  auto* box = new wxWrapSizer(wxHORIZONTAL);
  for (const auto& info : access::roles()) {
    auto* check = new wxCheckBox(rolesPanel, wxID_ANY, toWx(uiLanguage() == Language::English ? info.en : info.vi));
    box->Add(check, 0, wxRIGHT | wxBOTTOM, FromDIP(8));
    roles_.emplace_back(std::string(info.key), check);
  }
  rolesPanel->SetSizer(box);

  list_->InsertColumn(0, _("Login"));
  list_->InsertColumn(1, _("Full name"));
  list_->InsertColumn(2, _("Roles"), wxLIST_FORMAT_LEFT, FromDIP(260));
  list_->InsertColumn(3, _("Active"));
  list_->InsertColumn(4, _("Locked until"), wxLIST_FORMAT_LEFT, FromDIP(140));

  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)addFromForm(); });
  reset->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)resetSelectedPassword(); });
  disable->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)disableSelected(); });
  unlock->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)unlockSelected(); });
  (void)refresh();
}

bool UsersPage::Save() { return true; }

bool UsersPage::refresh() {
  auto all = db_.users().all();
  list_->DeleteAllItems();
  users_.clear();
  if (!all) {
    status_->SetLabel(toWx(all.error().text(uiLanguage())));
    return false;
  }
  users_ = std::move(*all);
  for (size_t i = 0; i < users_.size(); ++i) {
    const auto& u = users_[i];
    const long row = list_->InsertItem(static_cast<long>(i), toWx(u.login));
    list_->SetItem(row, 1, toWx(u.fullName));
    list_->SetItem(row, 2, rolesShown(u.roles));
    list_->SetItem(row, 3, u.active ? _("yes") : _("no"));
    list_->SetItem(row, 4, lockedNow(u) ? toWx(u.lockedUntil) : wxString());
  }
  return true;
}

wxString UsersPage::rowText(size_t row) const {
  wxString out;
  for (int col = 0; col < 5; ++col) {
    if (col) out += wxASCII_STR(" | ");
    out += list_->GetItemText(static_cast<long>(row), col);
  }
  return out;
}

void UsersPage::selectLogin(const std::string& login) {
  for (size_t i = 0; i < users_.size(); ++i)
    if (users_[i].login == login)
      list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                          wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

void UsersPage::setRole(const std::string& roleKey, bool on) {
  for (auto& [key, check] : roles_)
    if (key == roleKey) check->SetValue(on);
}

wxString UsersPage::statusText() const { return status_->GetLabel(); }

Status UsersPage::report(Status result, const wxString& done) {
  status_->SetLabel(result ? done : toWx(result.error().text(uiLanguage())));
  if (result) (void)refresh();
  Layout();
  return result;
}

Result<std::string> UsersPage::selectedLogin() const {
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<size_t>(row) >= users_.size())
    return makeError("gui.no_user_selected", "Chưa chọn cán bộ trong danh sách", "No officer is selected in the list");
  return users_[static_cast<size_t>(row)].login;
}

Status UsersPage::addFromForm() {
  std::string roles;
  for (const auto& [key, check] : roles_)
    if (check->GetValue()) roles += (roles.empty() ? "" : ",") + key;
  if (password_->GetValue() != password2_->GetValue())
    return report(makeError("gui.password_mismatch", "Hai lần nhập mật khẩu không khớp",
                            "The two passwords typed differ"), {});
  const std::string login = toUtf8(login_->GetValue());
  Status added = access::addUser(db_, login, toUtf8(name_->GetValue()), roles, toUtf8(password_->GetValue()));
  if (added) {
    login_->Clear();
    name_->Clear();
    for (auto& [key, check] : roles_) check->SetValue(false);
  }
  password_->Clear();
  password2_->Clear();
  return report(added, wxString::Format(_("Officer %s added."), toWx(login)));
}

Status UsersPage::resetSelectedPassword() {
  auto login = selectedLogin();
  if (!login) return report(login.error(), {});
  if (password_->GetValue() != password2_->GetValue())
    return report(makeError("gui.password_mismatch", "Hai lần nhập mật khẩu không khớp",
                            "The two passwords typed differ"), {});
  Status changed = access::changePassword(db_, *login, toUtf8(password_->GetValue()));
  password_->Clear();
  password2_->Clear();
  return report(changed, wxString::Format(_("Password of %s changed."), toWx(*login)));
}

Status UsersPage::disableSelected() {
  auto login = selectedLogin();
  if (!login) return report(login.error(), {});
  return report(access::disableUser(db_, *login), wxString::Format(_("Officer %s disabled."), toWx(*login)));
}

Status UsersPage::unlockSelected() {
  auto login = selectedLogin();
  if (!login) return report(login.error(), {});
  return report(access::unlockUser(db_, *login), wxString::Format(_("Officer %s unlocked."), toWx(*login)));
}

}  // namespace landdesk::gui
