// The case editor's checks page: what still blocks authentication (register/authentication_checks.h) and what the
// contract still lacks (documents/readiness.h), each line with its short reason in the UI language.
#pragma once

#include <memory>

#include "case_view_tab.h"

namespace landdesk::documents {
struct DocumentSources;
}
namespace landdesk::registry {
struct PaperRules;
}

namespace landdesk::gui {

class CaseChecksTab : public CaseViewPage {
 public:
  CaseChecksTab(wxWindow* parent, storage::Database& db, int64_t caseId);
  ~CaseChecksTab() override;
  void refresh() override;
  int blockingCount() const { return blocking_; }

 private:
  // Rule data read once with the page: the checks are re-run on every refresh.
  std::unique_ptr<documents::DocumentSources> sources_;
  std::unique_ptr<registry::PaperRules> papers_;
  wxString loadProblem_;
  int blocking_ = 0;
};

}  // namespace landdesk::gui
