// Blocked parcels: the notices received (block, release) and the import of a list (forms/blocked_parcels_dialog.xrc).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "register/block_import.h"
#include "storage/database.h"

class wxCheckBox;
class wxListCtrl;
class wxStaticText;

namespace landdesk::gui {

class BlockedParcelsDialog : public wxDialog {
 public:
  BlockedParcelsDialog(wxWindow* parent, storage::Database& db, std::string actor);

  // The import button after the file is chosen: imports (nothing unless every row is good), refreshes the list,
  // and shows the result or each bad row in the status line.
  Result<registry::BlockImportReport> importFile(const std::filesystem::path& file);
  void showActiveOnly(bool activeOnly);

  size_t noticeCount() const { return notices_.size(); }
  wxString statusText() const;
  wxListCtrl& noticeList() { return *list_; }

 private:
  void reload();
  void onImport(wxCommandEvent&);

  registry::BlockedParcels blocks_;
  std::string actor_;
  std::vector<registry::BlockNotice> notices_;

  wxCheckBox* activeOnly_ = nullptr;
  wxListCtrl* list_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace landdesk::gui
