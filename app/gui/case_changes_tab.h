// The case editor's "changes since the draft" page: the case data kept when the draft went to the citizen against
// the case now, one row a field ("Trường / Bản gửi dân / Hiện tại"), or a line saying nothing changed.
#pragma once

#include <filesystem>

#include "case_view_tab.h"

namespace landdesk::gui {

class CaseChangesTab : public CaseViewPage {
 public:
  CaseChangesTab(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId);
  void refresh() override;

 private:
  std::filesystem::path dataDir_;
};

}  // namespace landdesk::gui
