#include "verify_dialog.h"

#include <cstdlib>
#include <stdexcept>
#include <utility>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dcbuffer.h>
#include <wx/gauge.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/mstream.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/xrc/xmlres.h>

#include "capture/image_file.h"
#include "capture/scanner.h"
#include "storage/case_repository.h"
#include "storage/field_box_repository.h"
#include "storage/file_store.h"
#include "translations.h"
#include "util/datetime.h"
#include "verify/field_confirmation.h"
#include "verify/page_picture.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

// The verify view shows the page at most this large; boxes are scaled from the page's own pixels.
constexpr int kPictureSide = 1600;

wxString sourceLabel(const model::ExtractedField& f) {
  switch (f.provenance) {
    case model::Provenance::Qr: return _("QR");
    case model::Provenance::Ocr: return _("OCR");
    case model::Provenance::Confirmed: return _("Confirmed");
    case model::Provenance::Typed: break;
  }
  return _("Typed");
}

}  // namespace

wxString fieldLabel(const std::string& key) {
  static const std::map<std::string, const char*> names = {
      {"id_number", wxTRANSLATE("ID number")}, {"old_id_number", wxTRANSLATE("Old ID number")}, {"full_name", wxTRANSLATE("Full name")},
      {"birth_date", wxTRANSLATE("Date of birth")}, {"birth_year", wxTRANSLATE("Year of birth")}, {"sex", wxTRANSLATE("Sex")}, {"address", wxTRANSLATE("Address")},
      {"issue_date", wxTRANSLATE("Date of issue")}, {"serial", wxTRANSLATE("Serial number")}, {"register_no", wxTRANSLATE("Register number")},
      {"parcel_no", wxTRANSLATE("Parcel number")}, {"map_sheet", wxTRANSLATE("Map sheet")}, {"area_m2", wxTRANSLATE("Area (m2)")}, {"use_form", wxTRANSLATE("Form of use")},
      {"term", wxTRANSLATE("Term of use")}, {"origin", wxTRANSLATE("Origin of use")}, {"issuer", wxTRANSLATE("Issued by")}, {"code", wxTRANSLATE("Land type code")},
      {"name", wxTRANSLATE("Purpose")}};
  auto name = [&](const std::string& k) {
    auto it = names.find(k);
    return it == names.end() ? toWx(k) : wxGetTranslation(wxString::FromUTF8(it->second));
  };
  // "owners.0.full_name" -> "Owner 1: Full name".
  for (auto [prefix, format] : {std::pair{"owners.", wxTRANSLATE("Owner %d: %s")}, std::pair{"purposes.", wxTRANSLATE("Purpose %d: %s")}}) {
    if (key.rfind(prefix, 0) != 0) continue;
    const size_t start = std::string_view(prefix).size(), dot = key.find('.', start);
    if (dot == std::string::npos) break;
    const int index = std::atoi(key.substr(start, dot - start).c_str());
    return wxString::Format(wxGetTranslation(wxString::FromUTF8(format)), index + 1, name(key.substr(dot + 1)));
  }
  return name(key);
}

VerifyDialog::VerifyDialog(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId,
                           std::string actor)
    : db_(db), dataDir_(std::move(dataDir)), caseId_(caseId), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("verify_dialog")))
    throw std::logic_error("forms/verify_dialog.xrc: no dialog named verify_dialog (are the forms loaded?)");
  paperChoice_ = XRCCTRL(*this, "verify_document", wxChoice);
  checkList_ = XRCCTRL(*this, "verify_checks", wxListBox);
  image_ = XRCCTRL(*this, "verify_image", wxPanel);
  fieldList_ = XRCCTRL(*this, "verify_fields", wxListCtrl);
  fieldLabel_ = XRCCTRL(*this, "verify_field_label", wxStaticText);
  value_ = XRCCTRL(*this, "verify_value", wxTextCtrl);
  status_ = XRCCTRL(*this, "verify_status", wxStaticText);
  progress_ = XRCCTRL(*this, "verify_progress", wxGauge);
  cancel_ = XRCCTRL(*this, "verify_cancel", wxButton);
  if (!paperChoice_ || !checkList_ || !image_ || !fieldList_ || !fieldLabel_ || !value_ || !status_ || !progress_ || !cancel_)
    throw std::logic_error("forms/verify_dialog.xrc lacks a control verify_dialog.cpp needs");
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);

  fieldList_->InsertColumn(0, _("Field"), wxLIST_FORMAT_LEFT, FromDIP(130));
  fieldList_->InsertColumn(1, _("Value"), wxLIST_FORMAT_LEFT, FromDIP(200));
  fieldList_->InsertColumn(2, _("Confidence"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  fieldList_->InsertColumn(3, _("Source"), wxLIST_FORMAT_LEFT, FromDIP(80));
  image_->SetBackgroundStyle(wxBG_STYLE_PAINT);
  image_->Bind(wxEVT_PAINT, [this](wxPaintEvent&) { onPaint(); });
  pulse_ = new wxTimer(this);
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { progress_->Pulse(); }, pulse_->GetId());
  paperChoice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { selectPaper(static_cast<size_t>(paperChoice_->GetSelection())); });
  fieldList_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { showRow(e.GetIndex()); });
  value_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { confirmCurrent(); });
  // Up and down from the value box walk the fields, so the whole check is done from the keyboard.
  value_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
    const long row = currentRow();
    if (e.GetKeyCode() == WXK_UP && row > 0) return selectRow(row - 1);
    if (e.GetKeyCode() == WXK_DOWN && row + 1 < static_cast<long>(fields_.size())) return selectRow(row + 1);
    e.Skip();
  });
  cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancelReading(); });
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("verify_close"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, XRCID("verify_close"));
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
    if (IsModal()) return EndModal(wxID_CLOSE);
    // The desk's refresh runs while the view still exists; it may not call back into a view being destroyed.
    if (Changed changed = std::exchange(changed_, nullptr)) changed(caseId_, true);
    Destroy();
  });

  auto c = db_.cases().byId(caseId_);
  if (!c) {
    setStatus(toWx(c.error().text(uiLanguage())));
  } else {
    case_ = std::move(*c);
    SetTitle(wxString::Format(_("Verify papers of case %s"), toWx(case_->code)));
    fillPapers();
    refreshChecks();
  }
  CentreOnParent();
}

VerifyDialog* VerifyDialog::open(wxWindow* parent, storage::Database& db, std::filesystem::path dataDir, int64_t caseId,
                                 std::string actor, Changed changed, std::optional<size_t> paper) {
  VerifyDialog* view = nullptr;
  for (VerifyDialog* open : openOn(db))
    if (open->caseId_ == caseId && !open->IsModal()) view = open;
  if (!view) {
    view = new VerifyDialog(parent, db, std::move(dataDir), caseId, std::move(actor));
    view->changed_ = std::move(changed);
  }
  if (paper) view->selectPaper(*paper);
  view->Show();
  view->Raise();
  return view;
}

std::vector<VerifyDialog*> VerifyDialog::openOn(const storage::Database& db) {
  std::vector<VerifyDialog*> views;
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* view = dynamic_cast<VerifyDialog*>(w); view && &view->db_ == &db && !view->IsBeingDeleted() &&
                                                      !wxPendingDelete.Member(view))
      views.push_back(view);
  return views;
}

VerifyDialog::~VerifyDialog() {
  generation_ = UINT64_MAX;  // whatever the worker still finds is dropped
  if (worker_.joinable()) worker_.join();
  if (pulse_) pulse_->Stop();
  delete pulse_;
}

const model::SourceDocument* VerifyDialog::paper() const {
  const int i = paperChoice_->GetSelection();
  if (!case_ || i == wxNOT_FOUND || static_cast<size_t>(i) >= papers_.size()) return nullptr;
  for (const model::SourceDocument& d : case_->documents)
    if (d.id == papers_[static_cast<size_t>(i)]) return &d;
  return nullptr;
}

void VerifyDialog::fillPapers() {
  paperChoice_->Clear();
  papers_.clear();
  for (const model::SourceDocument* d : verify::verifiableDocuments(*case_)) {
    papers_.push_back(d->id);
    const wxString kind = d->kind == model::DocumentKind::IdCard ? _("ID card") : _("Land certificate (GCN)");
    paperChoice_->Append(kind + wxASCII_STR(" - ") + toWx(d->fileName));
  }
  if (papers_.empty()) {
    setStatus(_("This case has no ID card or GCN read from a scan yet."));
    return;
  }
  selectPaper(papers_.size() - 1);
}

void VerifyDialog::selectPaper(size_t index) {
  if (index >= papers_.size()) return;
  paperChoice_->SetSelection(static_cast<int>(index));
  const model::SourceDocument* doc = paper();
  fields_ = doc ? verify::weakestFirst(*doc) : std::vector<model::ExtractedField>{};
  fillFields();
  startReading();
}

void VerifyDialog::fillFields() {
  fieldList_->DeleteAllItems();
  for (size_t i = 0; i < fields_.size(); ++i) {
    const model::ExtractedField& f = fields_[i];
    const long row = fieldList_->InsertItem(static_cast<long>(i), fieldLabel(f.name));
    fieldList_->SetItem(row, 1, toWx(f.value));
    fieldList_->SetItem(row, 2, f.confidence ? wxString::Format(wxASCII_STR("%.0f%%"), *f.confidence * 100) : wxString());
    fieldList_->SetItem(row, 3, sourceLabel(f));
  }
  if (!fields_.empty()) selectRow(0);
}

std::vector<std::string> VerifyDialog::fieldOrder() const {
  std::vector<std::string> keys;
  for (const auto& f : fields_) keys.push_back(f.name);
  return keys;
}

long VerifyDialog::currentRow() const { return fieldList_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

void VerifyDialog::selectRow(long row) {
  if (row < 0 || row >= static_cast<long>(fields_.size())) return;
  fieldList_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  fieldList_->EnsureVisible(row);
  showRow(row);
}

void VerifyDialog::showRow(long row) {
  if (row < 0 || row >= static_cast<long>(fields_.size())) return;
  const model::ExtractedField& f = fields_[static_cast<size_t>(row)];
  fieldLabel_->SetLabel(fieldLabel(f.name) + wxASCII_STR(":"));
  value_->ChangeValue(toWx(f.value));
  value_->SetFocus();
  value_->SelectAll();
  image_->Refresh();
}

void VerifyDialog::typeValue(const wxString& value) { value_->ChangeValue(value); }

bool VerifyDialog::confirmCurrent() {
  const long row = currentRow();
  if (!case_ || row < 0 || row >= static_cast<long>(fields_.size())) return false;
  const model::SourceDocument* doc = paper();
  if (!doc) return false;
  model::ExtractedField& f = fields_[static_cast<size_t>(row)];
  auto done = verify::confirmField(db_, {case_->code, doc->id, f.name, toUtf8(value_->GetValue()), actor_});
  if (!done) {
    setStatus(toWx(done.error().text(uiLanguage())));
    wxBell();
    return false;
  }
  case_ = std::move(done->caseFile);
  f.value = toUtf8(value_->GetValue());
  f.provenance = model::Provenance::Confirmed;
  fieldList_->SetItem(row, 1, value_->GetValue());
  fieldList_->SetItem(row, 3, done->source == "officer" ? _("Corrected") : _("Confirmed"));
  setStatus(wxString::Format(_("%s confirmed."), fieldLabel(f.name)));
  refreshChecks();
  if (row + 1 < static_cast<long>(fields_.size())) selectRow(row + 1);
  else setStatus(_("Every field of this paper is confirmed."));
  if (changed_) changed_(caseId_, false);
  return true;
}

void VerifyDialog::refreshChecks() {
  checkList_->Clear();
  auto checks = verify::crossCheckCase(db_, *case_, std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow())));
  if (!checks) {
    checkList_->Append(toWx(checks.error().text(uiLanguage())));
    return;
  }
  checks_ = std::move(*checks);
  for (const verify::CrossCheck& c : checks_)
    checkList_->Append((c.problem ? wxString::FromUTF8("⚠ ") : wxString::FromUTF8("✓ ")) +
                       toWx(uiLanguage() == Language::English ? c.en : c.vi));
  if (checks_.empty()) checkList_->Append(_("Nothing to cross-check yet."));
}

void VerifyDialog::startReading() {
  const model::SourceDocument* doc = paper();
  if (!doc) return;
  if (worker_.joinable()) worker_.join();  // an earlier reading: its result is dropped by generation
  picture_ = wxBitmap();
  // Boxes stored when the paper was read are drawn as they are; only papers stored before then are read again.
  boxes_.clear();
  if (auto stored = storage::FieldBoxRepository(db_).ofDocument(doc->id))
    for (const storage::FieldBox& b : *stored)
      if (b.page == 0) boxes_[b.field] = {b.x, b.y, b.width, b.height};
  const bool reread = boxes_.empty();
  const uint64_t generation = ++generation_;
  const std::filesystem::path file = storage::fileStoreIn(dataDir_).locate(doc->sha256);
  const bool ocr = doc->kind == model::DocumentKind::LandCertificate;
  busy_ = true;
  cancel_->Enable();
  pulse_->Start(100);
  setStatus(_("Reading the paper..."));
  worker_ = std::thread([this, generation, file, ocr, reread] {
    Reading r;
    r.generation = generation;
    r.reread = reread;
    r.status = [&]() -> Status {
      auto bytes = capture::readFileBytes(file, 200u << 20);
      if (!bytes) return bytes.error();
      auto picture = verify::pagePicture(*bytes, 0, kPictureSide);
      if (!picture) return picture.error();
      r.png = std::move(picture->png);
      r.pageWidth = picture->pageWidth;
      r.pageHeight = picture->pageHeight;
      if (generation_ != generation || !reread) return {};
      capture::ScanOptions options;
      options.ocr = ocr;
      capture::Scanner scanner(options);
      for (const capture::CapturedDocument& d : scanner.scanBytes(*bytes).documents)
        if (d.page == 0)
          for (const capture::CapturedField& f : d.fields)
            if (!f.box.empty()) r.boxes[f.key] = f.box;
      return {};
    }();
    CallAfter([this, r = std::move(r)]() mutable { finished(std::move(r)); });
  });
}

void VerifyDialog::finished(Reading r) {
  if (r.generation != generation_) return;
  busy_ = false;
  pulse_->Stop();
  progress_->SetValue(0);
  cancel_->Disable();
  if (!r.status) {
    setStatus(toWx(r.status.error().text(uiLanguage())));
    return;
  }
  wxMemoryInputStream in(r.png.data(), r.png.size());
  wxImage image(in, wxBITMAP_TYPE_PNG);
  if (image.IsOk()) picture_ = wxBitmap(image);
  pageWidth_ = r.pageWidth;
  pageHeight_ = r.pageHeight;
  if (r.reread) boxes_ = std::move(r.boxes);
  setStatus(wxString::Format(_("%zu values placed on the image."), boxes_.size()));
  image_->Refresh();
}

void VerifyDialog::cancelReading() {
  if (!busy_) return;
  ++generation_;
  busy_ = false;
  pulse_->Stop();
  progress_->SetValue(0);
  cancel_->Disable();
  setStatus(_("Reading cancelled."));
}

void VerifyDialog::onPaint() {
  wxAutoBufferedPaintDC dc(image_);
  dc.SetBackground(*wxWHITE_BRUSH);
  dc.Clear();
  if (!picture_.IsOk() || pageWidth_ <= 0) return;
  const wxSize area = image_->GetClientSize();
  const double scale = std::min(static_cast<double>(area.x) / picture_.GetWidth(), static_cast<double>(area.y) / picture_.GetHeight());
  const int w = static_cast<int>(picture_.GetWidth() * scale), h = static_cast<int>(picture_.GetHeight() * scale);
  dc.DrawBitmap(wxBitmap(picture_.ConvertToImage().Scale(std::max(1, w), std::max(1, h), wxIMAGE_QUALITY_HIGH)), 0, 0);
  // Boxes are in the page's pixels; the picture is the page scaled to w × h.
  const double k = static_cast<double>(w) / pageWidth_;
  const long row = currentRow();
  const std::string selected = row >= 0 && row < static_cast<long>(fields_.size()) ? fields_[static_cast<size_t>(row)].name : "";
  dc.SetBrush(*wxTRANSPARENT_BRUSH);
  for (const auto& [key, box] : boxes_) {
    const bool current = key == selected;
    dc.SetPen(wxPen(current ? *wxRED : wxColour(40, 110, 220), current ? 3 : 1));
    dc.DrawRectangle(static_cast<int>(box.x * k), static_cast<int>(box.y * k), std::max(2, static_cast<int>(box.width * k)),
                     std::max(2, static_cast<int>(box.height * k)));
  }
}

std::optional<capture::Box> VerifyDialog::boxOf(const std::string& key) const {
  auto it = boxes_.find(key);
  return it == boxes_.end() ? std::nullopt : std::optional<capture::Box>(it->second);
}

void VerifyDialog::setStatus(const wxString& text) { status_->SetLabel(text); }

wxString VerifyDialog::statusText() const { return status_->GetLabel(); }

}  // namespace landdesk::gui
