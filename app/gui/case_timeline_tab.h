// The case editor's timeline page: every event of the case newest first, with when, who and what happened.
#pragma once

#include "case_view_tab.h"
#include "model/case_event.h"

namespace landdesk::gui {

class CaseTimelineTab : public CaseViewPage {
 public:
  CaseTimelineTab(wxWindow* parent, storage::Database& db, int64_t caseId);
  void refresh() override;
};

// What one event says to the officer, in the UI language ("Chuyển trạng thái: Đang soạn → Đã gửi dự thảo").
wxString describeEvent(const model::CaseEvent& event);

}  // namespace landdesk::gui
