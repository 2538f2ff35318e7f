#include "case_timeline_tab.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/listctrl.h>

#include "case_labels.h"
#include "documents/draft_changes.h"
#include "storage/case_repository.h"

namespace landdesk::gui {

namespace {

wxString statusLabel(const std::string& code) {
  auto status = model::fromCode<model::CaseStatus>(code);
  return status ? termLabel(*status) : toWx(code);
}

wxString fieldName(const std::string& path) { return toWx(documents::fieldLabel(path, uiLanguage())); }

wxString shortHash(const std::string& sha) { return toWx(sha.substr(0, 12)); }

}  // namespace

wxString describeEvent(const model::CaseEvent& e) {
  if (e.action == "created") return wxString::Format(_("Case created: %s"), toWx(e.newValue));
  if (e.action == "transition")
    return wxString::Format(_("Status: %s -> %s"), statusLabel(e.oldValue), statusLabel(e.newValue));
  if (e.action == "updated") {
    if (e.oldValue.empty()) return wxString::Format(_("Added %s: %s"), fieldName(e.field), toWx(e.newValue));
    if (e.newValue.empty()) return wxString::Format(_("Removed %s (was %s)"), fieldName(e.field), toWx(e.oldValue));
    return wxString::Format(_("Changed %s: %s -> %s"), fieldName(e.field), toWx(e.oldValue), toWx(e.newValue));
  }
  if (e.action == "field_confirmed")
    return wxString::Format(_("Confirmed %s from the paper: %s"), toWx(e.field), toWx(e.newValue));
  if (e.action == "draft_version")
    return e.field == "docx_sha256" ? wxString::Format(_("Draft contract kept as sent (%s)"), shortHash(e.newValue))
                                    : wxString::Format(_("Case data kept with the draft (%s)"), shortHash(e.newValue));
  if (e.action == "correction")
    return e.newValue == "voided" ? wxString::Format(_("Step undone: %s"), toWx(e.oldValue))
                                  : wxString::Format(_("Step corrected: %s -> %s"), toWx(e.oldValue), toWx(e.newValue));
  if (e.action == "visit") return wxString::Format(_("Visit booked (%s): %s"), toWx(e.field), toWx(e.newValue));
  if (e.action == "handoff") return wxString::Format(_("Handed to the tax office: %s"), toWx(e.newValue));
  if (e.action == "handoff_receipt") return wxString::Format(_("Receipt from the agency: %s"), toWx(e.newValue));
  if (e.action == "tax_notice") return wxString::Format(_("Tax notice received: %s"), toWx(e.newValue + " đ"));
  return toWx(e.action + (e.field.empty() ? "" : " " + e.field) + (e.newValue.empty() ? "" : ": " + e.newValue));
}

CaseTimelineTab::CaseTimelineTab(wxWindow* parent, storage::Database& db, int64_t caseId)
    : CaseViewPage(parent, "case_timeline_tab", db, caseId) {
  refresh();
}

void CaseTimelineTab::refresh() {
  setColumns({_("Time"), _("By"), _("What happened")});
  auto events = db_.cases().events(caseId_);
  if (!events) {
    setStatus(toWx(events.error().text(uiLanguage())));
    return;
  }
  // Newest first; events of one moment keep the order they were written in, newest of them first too.
  std::vector<model::CaseEvent> sorted = *events;
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.at != b.at ? a.at > b.at : a.id > b.id;
  });
  for (const auto& e : sorted) addRow({shortDateTime(e.at), toWx(e.actor), describeEvent(e)});
  fitColumns();
  setStatus(wxString::Format(_("%d events, newest first"), static_cast<int>(sorted.size())));
}

}  // namespace landdesk::gui
