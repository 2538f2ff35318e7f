#include "case_actions_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "documents/draft_on_send.h"
#include "register/authentication.h"
#include "rules/calendar_time.h"
#include "rules/desk_rules.h"
#include "text/number_format.h"
#include "translations.h"
#include "workflow/case_workflow.h"
#include "wx_text.h"

namespace landdesk::gui {

using S = model::CaseStatus;

namespace {

wxString label(S s) {
  const auto& t = model::term(s);
  return toWx(uiLanguage() == Language::English ? t.en : t.vi);
}

wxString minutes(const std::optional<LocalDateTime>& t) {
  if (!t) return toWx("—");
  return toWx(rules::formatDateTime(std::chrono::floor<std::chrono::minutes>(*t)));
}

// Empty text is "not given"; anything else must parse, or the step is refused with the field named.
Result<std::optional<LocalDateTime>> timeField(const wxString& text, const wxString& field) {
  const std::string s = toUtf8(text.Strip(wxString::both));
  if (s.empty()) return std::optional<LocalDateTime>();
  if (auto t = rules::parseDateTime(s)) return std::optional<LocalDateTime>(std::chrono::time_point_cast<std::chrono::seconds>(*t));
  return makeError("gui.bad_time", toUtf8(field) + ": cần dạng 2026-03-02 09:30 hoặc 2026-03-02",
                   toUtf8(field) + ": expected 2026-03-02 09:30 or 2026-03-02", s);
}

}  // namespace

CaseActionsDialog::CaseActionsDialog(wxWindow* parent, storage::Database& db, int64_t caseId, std::string actor)
    : db_(db), caseId_(caseId), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("case_actions_dialog")))
    throw std::logic_error("forms/case_actions_dialog.xrc: no dialog named case_actions_dialog (are the forms loaded?)");
  state_ = XRCCTRL(*this, "case_actions_state", wxStaticText);
  next_ = XRCCTRL(*this, "case_actions_next", wxChoice);
  at_ = XRCCTRL(*this, "case_actions_at", wxTextCtrl);
  receipt_ = XRCCTRL(*this, "case_actions_receipt", wxTextCtrl);
  agency_ = XRCCTRL(*this, "case_actions_agency", wxTextCtrl);
  due_ = XRCCTRL(*this, "case_actions_due", wxTextCtrl);
  amount_ = XRCCTRL(*this, "case_actions_amount", wxTextCtrl);
  note_ = XRCCTRL(*this, "case_actions_note", wxTextCtrl);
  signerUnrelated_ = XRCCTRL(*this, "case_actions_signer_unrelated", wxCheckBox);
  error_ = XRCCTRL(*this, "case_actions_error", wxStaticText);
  history_ = XRCCTRL(*this, "case_actions_history", wxListCtrl);
  undo_ = XRCCTRL(*this, "case_actions_undo", wxButton);
  apply_ = XRCCTRL(*this, "case_actions_apply", wxButton);
  if (!state_ || !next_ || !at_ || !receipt_ || !agency_ || !due_ || !amount_ || !note_ || !signerUnrelated_ || !error_ ||
      !history_ || !undo_ || !apply_)
    throw std::logic_error("forms/case_actions_dialog.xrc lacks a control case_actions_dialog.cpp needs");
  history_->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, FromDIP(120));
  history_->AppendColumn(_("Step"), wxLIST_FORMAT_LEFT, FromDIP(260));
  history_->AppendColumn(_("By"), wxLIST_FORMAT_LEFT, FromDIP(90));
  history_->AppendColumn(_("Details"), wxLIST_FORMAT_LEFT, FromDIP(220));
  next_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updateFields(); });
  apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (apply()) EndModal(wxID_OK);
  });
  undo_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { undoLatest(); });
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("case_actions_close"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(changed_ ? wxID_OK : wxID_CANCEL); }, XRCID("case_actions_close"));
  load();
}

void CaseActionsDialog::load() {
  error_->SetLabel(wxString());
  auto st = workflow::state(db_, caseId_);
  if (!st) {
    error_->SetLabel(toWx(st.error().text(uiLanguage())));
    return;
  }
  wxString head = toWx(st->code) + toWx(" — ") + label(st->status);
  if (st->stageDueAt) head += wxString::Format(_(", stage due %s"), minutes(st->stageDueAt));
  if (st->pausedSince) head += wxString::Format(_(", clock stopped since %s"), minutes(st->pausedSince));
  state_->SetLabel(head);
  code_ = st->code;
  // Authentication is offered too, but written by the register (number, fee, transition in one transaction).
  offered_.clear();
  next_->Clear();
  for (S s : workflow::allowedNext(st->status, st->kind, st->resumeTo)) {
    offered_.push_back(s);
    next_->Append(label(s));
  }
  if (!offered_.empty()) next_->SetSelection(0);
  apply_->Enable(!offered_.empty());
  prefilledAt_ = toWx(rules::formatDateTime(std::chrono::floor<std::chrono::minutes>(localNow())));
  at_->ChangeValue(prefilledAt_);

  history_->DeleteAllItems();
  auto steps = workflow::history(db_, caseId_);
  if (steps) {
    long row = 0;
    for (const auto& t : *steps) {
      history_->InsertItem(row, minutes(t.at));
      wxString step = label(t.from) + toWx(" → ") + label(t.to);
      if (t.voids) step = _("Voided: ") + step;
      else if (t.corrects) step = _("Correction: ") + step;
      history_->SetItem(row, 1, step);
      history_->SetItem(row, 2, toWx(t.actor));
      std::string details = t.reason.empty() ? t.details.note : t.reason;
      if (!t.details.receiptNumber.empty()) details += (details.empty() ? "" : "; ") + t.details.receiptNumber;
      if (t.details.amount) details += (details.empty() ? "" : "; ") + text::formatInteger(*t.details.amount) + " đ";
      if (!t.details.registerNumber.empty()) details += (details.empty() ? "" : "; ") + t.details.registerNumber;
      history_->SetItem(row, 3, toWx(details));
      if (!t.active()) history_->SetItemTextColour(row, *wxLIGHT_GREY);
      ++row;
    }
  }
  undo_->Enable(steps && !steps->empty());
  updateFields();
}

void CaseActionsDialog::updateFields() {
  const int i = next_->GetSelection();
  const S s = i == wxNOT_FOUND ? S::Received : offered_[static_cast<size_t>(i)];
  receipt_->Enable(s == S::Authenticated || s == S::Filed || s == S::TaxNoticeReceived || s == S::TaxPaid);
  signerUnrelated_->Enable(s == S::Authenticated);
  agency_->Enable(s == S::Filed);
  due_->Enable(s == S::Filed || s == S::TaxNoticeReceived);
  amount_->Enable(s == S::TaxNoticeReceived || s == S::TaxPaid);
}

bool CaseActionsDialog::selectState(S s) {
  for (size_t i = 0; i < offered_.size(); ++i)
    if (offered_[i] == s) {
      next_->SetSelection(static_cast<int>(i));
      updateFields();
      return true;
    }
  return false;
}

void CaseActionsDialog::setField(const char* name, const wxString& value) {
  const std::string n = name;
  wxTextCtrl* ctrl = n == "at" ? at_ : n == "note" ? note_ : n == "receipt" ? receipt_ : n == "agency" ? agency_
                   : n == "due" ? due_ : n == "amount" ? amount_ : nullptr;
  if (ctrl) ctrl->ChangeValue(value);
}

void CaseActionsDialog::setSignerUnrelated(bool unrelated) { signerUnrelated_->SetValue(unrelated); }

bool CaseActionsDialog::apply() {
  const int i = next_->GetSelection();
  if (i == wxNOT_FOUND) return false;
  workflow::TransitionDetails d;
  // The pre-filled minute left as it was means "now": floored to the minute it would fall before a step taken
  // earlier in the same minute, and the step would be refused as out of order.
  const bool now = at_->GetValue() == prefilledAt_;
  auto at = timeField(now ? wxString() : at_->GetValue(), _("When"));
  if (!at) return refuse(at.error());
  d.at = *at;
  auto due = due_->IsEnabled() ? timeField(due_->GetValue(), _("Due date")) : Result<std::optional<LocalDateTime>>(std::nullopt);
  if (!due) return refuse(due.error());
  d.dueAt = *due;
  if (amount_->IsEnabled() && !amount_->GetValue().Strip(wxString::both).empty()) {
    auto amount = text::parseAmount(toUtf8(amount_->GetValue()));
    if (!amount) return refuse(amount.error());
    d.amount = *amount;
  }
  d.note = toUtf8(note_->GetValue().Strip(wxString::both));
  if (receipt_->IsEnabled()) d.receiptNumber = toUtf8(receipt_->GetValue().Strip(wxString::both));
  if (agency_->IsEnabled()) d.agency = toUtf8(agency_->GetValue().Strip(wxString::both));
  const S target = offered_[static_cast<size_t>(i)];
  std::optional<Error> notice;  // said after the step: it happened, with something the officer should know
  if (target == S::Authenticated) {
    if (!authenticate(d)) return false;
  } else if (target == S::DraftSent) {
    auto sent = sendDraft(d);
    if (!sent) return refuse(sent.error());
    notice = *sent;
  } else if (auto done = workflow::advance(db_, caseId_, target, d, actor_); !done) {
    return refuse(done.error());
  }
  changed_ = true;
  // The next step starts blank: a note left over must not become the reason of a later correction.
  for (wxTextCtrl* field : {note_, receipt_, agency_, due_, amount_}) field->ChangeValue(wxString());
  signerUnrelated_->SetValue(false);
  load();
  if (notice) refuse(*notice);
  return true;
}

// Sending the draft keeps the contract as rendered now and the case data, so the editor can show what changed since
// (the same step as `landdesk-cli case advance CODE draft_sent`). The value is why no DOCX was kept, if none was.
Result<std::optional<Error>> CaseActionsDialog::sendDraft(const workflow::TransitionDetails& d) {
  auto sources = documents::loadDocumentSources();
  if (!sources) return sources.error();
  auto sent = documents::sendDraft(db_, *sources, db_.path().parent_path(), caseId_, d, actor_);
  if (!sent) return sent.error();
  return sent->renderProblem;
}

// The register's step, as `landdesk-cli case authenticate` takes it: the checks, then the register entry, the fee
// on the receipt and the transition in one transaction; a blocking finding or a missing receipt is shown here.
bool CaseActionsDialog::authenticate(const workflow::TransitionDetails& d) {
  registry::AuthenticateRequest request;
  request.caseCode = code_;
  request.receiptNo = d.receiptNumber;
  if (d.at) request.at = *d.at;  // left at the epoch: now
  request.signer.declared = signerUnrelated_->GetValue();
  request.actor = actor_;
  auto papers = registry::loadPaperRules();
  if (!papers) return refuse(papers.error());
  auto rules = rules::loadDeskRuleBook(db_);  // the administrator's saved fee tables, else the shipped ones
  if (!rules) return refuse(rules.error());
  auto done = registry::authenticate(db_, *rules, *papers, request);
  if (!done) return refuse(done.error());
  return true;
}

bool CaseActionsDialog::undoLatest() {
  workflow::Correction c;
  c.undo = true;
  c.reason = toUtf8(note_->GetValue().Strip(wxString::both));
  auto done = workflow::correct(db_, caseId_, c, actor_);
  if (!done) {
    error_->SetLabel(toWx(done.error().text(uiLanguage())));
    Layout();
    return false;
  }
  changed_ = true;
  note_->ChangeValue(wxString());
  load();
  return true;
}

bool CaseActionsDialog::refuse(const Error& e) {
  error_->SetLabel(toWx(e.text(uiLanguage())));
  error_->Wrap(GetClientSize().x - FromDIP(20));
  Layout();
  return false;
}

wxString CaseActionsDialog::errorText() const { return error_->GetLabel(); }

long CaseActionsDialog::historyRows() const { return history_->GetItemCount(); }

}  // namespace landdesk::gui
