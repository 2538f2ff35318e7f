#include "case_changes_tab.h"

#include <wx/intl.h>
#include <wx/listctrl.h>

#include "documents/draft_changes.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

CaseChangesTab::CaseChangesTab(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId)
    : CaseViewPage(parent, "case_changes_tab", db, caseId), dataDir_(std::move(dataDir)) {
  refresh();
}

void CaseChangesTab::refresh() {
  setColumns({_("Field"), _("Sent to the citizen"), _("Now")});
  auto found = documents::changesSinceDraft(db_, dataDir_, caseId_);
  if (!found) {
    setStatus(toWx(found.error().text(uiLanguage())));
    return;
  }
  if (!*found) {
    setStatus(_("No draft has been sent to the citizen yet"));
    return;
  }
  for (const auto& ch : (*found)->changes)
    addRow({toWx(documents::fieldLabel(ch.path, uiLanguage())), toWx(documents::shownValue(ch.before)),
            toWx(documents::shownValue(ch.after))});
  fitColumns();
  setStatus((*found)->changes.empty() ? _("No changes")
                                      : wxString::Format(_("%d fields changed since the draft was sent"),
                                                         static_cast<int>((*found)->changes.size())));
}

}  // namespace landdesk::gui
