// The case editor's documents page: the papers received for the case and the drafts kept as sent, as thumbnails
// with kind, file name and how many values the officer confirmed; double-click opens a paper in the verify view.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "case_view_tab.h"

class wxImageList;

namespace landdesk::gui {

class CaseDocumentsTab : public CaseViewPage {
 public:
  CaseDocumentsTab(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId,
                   std::string actor);
  ~CaseDocumentsTab() override;
  void refresh() override;

  // What the GUI test reads and does.
  size_t itemCount() const { return entries_.size(); }
  wxString itemText(size_t index) const;
  size_t thumbnailCount() const { return thumbnails_.size(); }
  bool busy() const { return busy_; }
  // The verify view's paper index for list item `item`; nullopt for a kept draft or a paper with nothing read.
  std::optional<size_t> verifyIndex(long item) const;
  // What a double-click does: the verify view (modal) on that paper; false when the item is not a paper.
  bool openVerifyView(long item);

 private:
  struct Entry {
    wxString text;
    std::string sha256;
    bool picture = false;                   // an image or PDF: a thumbnail is read for it
    std::optional<size_t> verifyIndex;      // the paper's place in the verify view
  };
  void startThumbnails();
  void fillList();

  std::filesystem::path dataDir_;
  std::string actor_;
  std::vector<Entry> entries_;
  wxImageList* images_ = nullptr;          // owned by the list: 0 is the plain-file icon
  std::map<std::string, int> thumbnails_;  // sha256 -> index in images_
  std::thread worker_;
  std::atomic<bool> busy_{false}, closing_{false};
};

}  // namespace landdesk::gui
