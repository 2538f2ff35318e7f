#include "intake/case_assignment.h"

#include <memory>

#include "access/permissions.h"
#include "capture/image_file.h"
#include "capture/scanner.h"
#include "intake/qr_text.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "storage/inbox_repository.h"

namespace landdesk::intake {

namespace {

model::IntakeChannel caseChannel(storage::InboxChannel channel) {
  switch (channel) {
    case storage::InboxChannel::Zalo: return model::IntakeChannel::Zalo;
    case storage::InboxChannel::Email: return model::IntakeChannel::Email;
    case storage::InboxChannel::Folder:
    case storage::InboxChannel::Picked: break;  // a scanner folder or a file picked at the desk: the counter
  }
  return model::IntakeChannel::Counter;
}

Result<ReadPaper> readStored(std::string_view bytes, const storage::InboxItem& item, const PaperReader& reader) {
  if (item.contentKind == "cccd_qr") {
    auto cards = parseScannerText(bytes);
    if (!cards) return cards.error();
    ReadPaper paper{model::DocumentKind::IdCard, {}};
    for (auto& [name, value] : cardFields(cards->front().card))
      paper.fields.push_back({name, value, model::Provenance::Qr, 1.0});
    return paper;
  }
  if (reader && item.contentKind != "docx")
    if (auto paper = reader(bytes, item.contentKind)) return std::move(*paper);
  return ReadPaper{};
}

}  // namespace

Result<AssignResult> assignToCase(storage::Database& db, const std::filesystem::path& dataDir,
                                  const AssignRequest& request, const PaperReader& reader) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::EditCases); !ok) return ok.error();
  if (request.caseCode.has_value() == request.newCaseKind.has_value())
    return makeError("intake.assign_target", "Cần chọn đúng một: hồ sơ có sẵn hoặc hồ sơ mới",
                     "Give exactly one target: an existing case or a new case");
  storage::InboxRepository inbox(db);
  auto item = inbox.byId(request.itemId);
  if (!item) return item.error();
  if (item->state != storage::InboxState::New)
    return makeError("inbox.not_new", "Mục này đã được xử lý (" + std::string(storage::inboxStateCode(item->state)) + ")",
                     "This item was already handled (" + std::string(storage::inboxStateCode(item->state)) + ")",
                     "#" + std::to_string(item->id));
  const storage::FileStore store = storage::fileStoreIn(dataDir);
  if (!store.contains(item->sha256))
    return makeError("intake.content_missing", "Không thấy tệp của mục này trong kho tệp (thư mục dữ liệu khác?)",
                     "The item's file is not in the file store (another data directory?)", store.locate(item->sha256).string());
  auto bytes = capture::readFileBytes(store.locate(item->sha256), 200u << 20);
  if (!bytes) return bytes.error();
  auto paper = readStored(*bytes, *item, reader);
  if (!paper) return paper.error();

  model::SourceDocument doc;
  doc.kind = paper->kind;
  doc.sha256 = item->sha256;
  doc.fileName = item->fileName;
  doc.mediaType = item->mediaType;
  doc.channel = caseChannel(item->channel);
  doc.receivedAt = item->receivedAt;
  doc.fields = std::move(paper->fields);

  model::Case stored;
  Status done = db.transaction([&]() -> Status {
    if (request.caseCode) {
      auto c = db.cases().byCode(*request.caseCode);
      if (!c) return c.error();
      c->documents.push_back(doc);
      if (auto ok = db.cases().update(*c, request.actor); !ok) return ok;
      stored = std::move(*c);
    } else {
      model::Case c;
      c.kind = *request.newCaseKind;
      c.channel = doc.channel;
      c.receivedAt = localNow();
      c.officer = request.actor;
      c.documents.push_back(doc);
      if (auto ok = db.cases().add(c, request.actor); !ok) return ok;
      stored = std::move(c);
    }
    if (auto ok = storage::FieldBoxRepository(db).save(stored.documents.back().id, paper->boxes); !ok) return ok;
    return inbox.markAssigned(item->id, stored.id);
  });
  if (!done) return done.error();
  AssignResult result{stored, stored.documents.back()};
  return result;
}

PaperReader captureReader(bool ocr) {
  capture::ScanOptions options;
  options.ocr = ocr;
  auto scanner = std::make_shared<capture::Scanner>(options);
  return [scanner](std::string_view bytes, std::string_view) -> std::optional<ReadPaper> {
    const capture::ScanOutcome outcome = scanner->scanBytes(bytes);
    for (const capture::CapturedDocument& d : outcome.documents) {
      if (d.kind == capture::DocumentKind::Unknown) continue;
      ReadPaper paper;
      paper.kind = d.kind == capture::DocumentKind::IdCard ? model::DocumentKind::IdCard : model::DocumentKind::LandCertificate;
      const auto provenance = d.source == capture::CaptureSource::Qr ? model::Provenance::Qr : model::Provenance::Ocr;
      for (const capture::CapturedField& f : d.fields) {
        paper.fields.push_back({f.key, f.value, provenance, f.confidence});
        if (!f.box.empty())
          paper.boxes.push_back({f.key, f.page, f.box.x, f.box.y, f.box.width, f.box.height, f.confidence});
      }
      return paper;
    }
    return std::nullopt;
  };
}

}  // namespace landdesk::intake
