#include "case_documents_tab.h"

#include <wx/artprov.h>
#include <wx/imaglist.h>
#include <wx/intl.h>
#include <wx/listctrl.h>

#include "case_labels.h"
#include "documents/draft_on_send.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "thumbnails.h"
#include "verify/field_confirmation.h"
#include "verify_dialog.h"

namespace landdesk::gui {

namespace {

constexpr int kSide = 96;

wxString confirmedText(const model::SourceDocument& doc) {
  if (doc.fields.empty()) return _("nothing read");
  int confirmed = 0;
  for (const auto& f : doc.fields) confirmed += f.provenance == model::Provenance::Confirmed;
  return confirmed == static_cast<int>(doc.fields.size())
             ? _("all confirmed")
             : wxString::Format(_("%d of %d confirmed"), confirmed, static_cast<int>(doc.fields.size()));
}

}  // namespace

CaseDocumentsTab::CaseDocumentsTab(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir,
                                   int64_t caseId, std::string actor)
    : CaseViewPage(parent, "case_documents_tab", db, caseId), dataDir_(std::move(dataDir)), actor_(std::move(actor)) {
  const wxSize side = FromDIP(wxSize(kSide, kSide));
  images_ = new wxImageList(side.x, side.y, false);
  images_->Add(squareThumbnail({}, side));
  images_->Replace(0, wxArtProvider::GetBitmap(wxASCII_STR(wxART_NORMAL_FILE), wxASCII_STR(wxART_OTHER), side));
  list_->AssignImageList(images_, wxIMAGE_LIST_NORMAL);
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { openVerifyView(e.GetIndex()); });
  refresh();
}

CaseDocumentsTab::~CaseDocumentsTab() {
  closing_ = true;
  if (worker_.joinable()) worker_.join();
}

wxString CaseDocumentsTab::itemText(size_t index) const { return index < entries_.size() ? entries_[index].text : wxString(); }

std::optional<size_t> CaseDocumentsTab::verifyIndex(long item) const {
  if (item < 0 || static_cast<size_t>(item) >= entries_.size()) return std::nullopt;
  return entries_[static_cast<size_t>(item)].verifyIndex;
}

void CaseDocumentsTab::refresh() {
  entries_.clear();
  auto c = db_.cases().byId(caseId_);
  if (!c) {
    fillList();
    setStatus(toWx(c.error().text(uiLanguage())));
    return;
  }
  const auto verifiable = verify::verifiableDocuments(*c);
  for (const auto& doc : c->documents) {
    Entry e;
    e.text = termLabel(doc.kind) + wxASCII_STR(": ") + toWx(doc.fileName) + wxASCII_STR(" (") + confirmedText(doc) +
             wxASCII_STR(")");
    e.sha256 = doc.sha256;
    // A paper typed in without its file (no content hash) has nothing to picture.
    e.picture = doc.sha256.size() == 64 && (doc.mediaType.starts_with("image/") || doc.mediaType == "application/pdf");
    for (size_t i = 0; i < verifiable.size(); ++i)
      if (verifiable[i]->id == doc.id) e.verifyIndex = i;
    entries_.push_back(std::move(e));
  }
  // Rendered documents the desk keeps: the contract as sent to the citizen with each draft_sent step.
  auto draft = documents::latestDraftVersion(db_, caseId_);
  if (draft && *draft && !(*draft)->docxSha256.empty())
    entries_.push_back({_("Draft contract as sent to the citizen (DOCX)"), (*draft)->docxSha256, false, std::nullopt});
  fillList();
  startThumbnails();
  setStatus(entries_.empty() ? _("No papers received for this case yet")
                             : wxString::Format(_("%d documents; double-click a paper to check its values"),
                                                static_cast<int>(entries_.size())));
}

void CaseDocumentsTab::fillList() {
  list_->DeleteAllItems();
  for (size_t i = 0; i < entries_.size(); ++i) {
    auto thumb = thumbnails_.find(entries_[i].sha256);
    list_->InsertItem(static_cast<long>(i), entries_[i].text, thumb == thumbnails_.end() ? 0 : thumb->second);
  }
}

void CaseDocumentsTab::startThumbnails() {
  if (busy_) return;
  std::vector<std::pair<std::string, std::filesystem::path>> wanted;
  const storage::FileStore store = storage::fileStoreIn(dataDir_);
  for (const auto& e : entries_)
    if (e.picture && !thumbnails_.contains(e.sha256)) wanted.emplace_back(e.sha256, store.locate(e.sha256));
  if (wanted.empty()) return;
  if (worker_.joinable()) worker_.join();
  busy_ = true;
  worker_ = std::thread([this, wanted] {
    auto pictures = readThumbnails(wanted, kSide, closing_);
    if (closing_) return;
    CallAfter([this, pictures] {
      busy_ = false;
      const wxSize side = FromDIP(wxSize(kSide, kSide));
      for (const auto& [sha, png] : pictures) thumbnails_[sha] = images_->Add(squareThumbnail(png, side));
      fillList();
    });
  });
}

bool CaseDocumentsTab::openVerifyView(long item) {
  const auto index = verifyIndex(item);
  if (!index) return false;
  // Beside the editor (it goes with the editor's window); confirmed values change the counts shown here.
  VerifyDialog::open(wxGetTopLevelParent(this), db_, dataDir_, caseId_, actor_,
                     [this](int64_t, bool) { refresh(); }, *index);
  return true;
}

}  // namespace landdesk::gui
