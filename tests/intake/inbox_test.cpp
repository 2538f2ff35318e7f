// The Inbox on a real SQLite file: taking files in (content-addressed, once, under the data directory only), the
// transaction around items and bookmarks, deleting the source, and assigning items to new and existing cases.
#include <boost/test/unit_test.hpp>

#include "intake/case_assignment.h"
#include "intake/inbox_importer.h"
#include "intake_fixtures.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "storage/inbox_repository.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::intake;
using namespace landdesk::test;
namespace fs = std::filesystem;

namespace {

struct Desk {
  TempDir root;
  fs::path dataDir = root / "data";
  fs::path outside = root / "outside";  // where the citizen's files come from
  std::unique_ptr<storage::Database> db;
  Desk() {
    fs::create_directories(outside);
    storage::OpenOptions o;
    o.path = dataDir / "landdesk.sqlite";
    auto opened = storage::Database::open(o);
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  InboxImporter importer() { return InboxImporter(*db, dataDir); }
  storage::InboxRepository inbox() { return storage::InboxRepository(*db); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(inbox)

BOOST_AUTO_TEST_CASE(migration_8_creates_the_inbox) {
  Desk d;
  BOOST_TEST(d.db->schemaVersion() >= 8);
  auto items = d.inbox().list();
  BOOST_REQUIRE(items.ok());
  BOOST_TEST(items->empty());
}

BOOST_AUTO_TEST_CASE(every_kind_is_stored_by_content_under_the_data_directory) {
  Desk d;
  auto importer = d.importer();
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"cccd.jpg", cccdScanJpeg()},       {"so-do.png", pngImage()},           {"scan.tif", tiffImage()},
      {"to-khai.pdf", onePagePdf()},      {"hop-dong.docx", minimalDocx()},   {"qr.txt", std::string(kQrPayload) + "\r\n"},
      {"scans.zip", buildZip({{"hồ sơ/a.png", pngImage(40, 30, 7)}, {"b.jpg", jpegImage(40, 30, 8)}})},
  };
  const std::vector<std::string> expectedKinds = {"jpeg", "png", "tiff", "pdf", "docx", "cccd_qr", "png"};
  size_t total = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const fs::path file = d.outside / inputs[i].first;
    writeBytes(file, inputs[i].second);
    auto r = importer.importFile(file, {});
    BOOST_REQUIRE_MESSAGE(r.ok(), inputs[i].first << ": " << (r.ok() ? "" : r.error().en));
    BOOST_TEST(r->stored.front().item.contentKind == expectedKinds[i], inputs[i].first);
    for (const auto& s : r->stored) {
      BOOST_TEST(!s.duplicate);
      BOOST_TEST(storage::fileStoreIn(d.dataDir).contains(s.item.sha256));
      BOOST_TEST(readBytes(s.viewPath) == readBytes(storage::fileStoreIn(d.dataDir).locate(s.item.sha256)));
      BOOST_TEST((s.viewPath.parent_path().parent_path() == d.dataDir / "inbox"));
    }
    total += r->stored.size();
  }
  BOOST_TEST(total == 8u);
  auto qr = d.inbox().list();
  BOOST_REQUIRE(qr.ok());
  BOOST_TEST(qr->size() == 8u);
  // The sources are untouched and nothing else appeared beside them.
  BOOST_TEST(filesUnder(d.outside).size() == inputs.size());
  for (const auto& f : filesUnder(d.root.path()))
    BOOST_TEST((f.starts_with("data/") || f.starts_with("outside/")), f);
}

BOOST_AUTO_TEST_CASE(same_content_is_taken_once) {
  Desk d;
  auto importer = d.importer();
  writeBytes(d.outside / "photo.jpg", cccdScanJpeg());
  writeBytes(d.outside / "photo (1).jpg", cccdScanJpeg());
  auto first = importer.importFile(d.outside / "photo.jpg", {});
  auto second = importer.importFile(d.outside / "photo (1).jpg", {});
  BOOST_REQUIRE(first.ok() && second.ok());
  BOOST_TEST(second->stored.at(0).duplicate);
  BOOST_TEST(second->stored.at(0).item.id == first->stored.at(0).item.id);
  BOOST_TEST(d.inbox().list()->size() == 1u);
}

BOOST_AUTO_TEST_CASE(mail_attachments_keep_sender_subject_date_and_safe_names) {
  Desk d;
  auto importer = d.importer();
  writeBytes(d.outside / "thu.eml", readBytes(sourceDirectory() / "tests/data/intake/thunderbird_rfc2231.eml"));
  auto r = importer.importFile(d.outside / "thu.eml", {});
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
  BOOST_REQUIRE(r->stored.size() == 2u);
  const auto& pdf = r->stored[0].item;
  BOOST_TEST(pdf.fileName == "Giấy chứng nhận quyền sử dụng đất thửa số 12 tờ bản đồ số 5.pdf");
  BOOST_TEST((pdf.channel == storage::InboxChannel::Email));
  BOOST_TEST(pdf.sender == "Trần Thị B <tran.thi.b@example.vn>");
  BOOST_TEST(pdf.subject == "Gửi hồ sơ tặng cho");
  BOOST_TEST(isoDateTime(pdf.receivedAt) == "2026-03-04T08:30:00");
  // "../../../tmp/Căn cước.png" is stored as "Căn cước.png", inside the data directory.
  BOOST_TEST(r->stored[1].item.fileName == "Căn cước.png");
  BOOST_TEST((r->stored[1].viewPath == d.dataDir / "inbox" / std::to_string(r->stored[1].item.id) / "Căn cước.png"));
  BOOST_TEST(!fs::exists("/tmp/Căn cước.png"));
}

BOOST_AUTO_TEST_CASE(bookmark_and_items_commit_together) {
  Desk d;
  auto importer = d.importer();
  // The bookmark fails: the items of that message must not stay either.
  auto failed = importer.importBytes(pngImage(), "a.png", {}, [] {
    return Status(makeError("test.fail", "thử", "forced failure"));
  });
  BOOST_REQUIRE(!failed.ok());
  BOOST_TEST(d.inbox().list()->empty());
  auto ok = importer.importBytes(pngImage(), "a.png", {}, [&] { return d.inbox().setLastImapUid("imap://x", 7, 3); });
  BOOST_REQUIRE(ok.ok());
  BOOST_TEST(d.inbox().list()->size() == 1u);
  BOOST_TEST(*d.inbox().lastImapUid("imap://x", 7) == 3);
  BOOST_TEST(*d.inbox().lastImapUid("imap://x", 8) == 0);  // another UIDVALIDITY starts again
}

BOOST_AUTO_TEST_CASE(source_deleted_only_after_it_is_stored) {
  Desk d;
  auto importer = d.importer();
  writeBytes(d.outside / "cccd.jpg", cccdScanJpeg());
  writeBytes(d.outside / "broken.jpg", cccdScanJpeg().substr(0, 3000));
  auto r = importer.importFile(d.outside / "cccd.jpg", {}, true);
  BOOST_REQUIRE(r.ok());
  BOOST_TEST(r->sourceDeleted);
  BOOST_TEST(!fs::exists(d.outside / "cccd.jpg"));
  BOOST_TEST(storage::fileStoreIn(d.dataDir).contains(r->stored.at(0).item.sha256));
  auto refused = importer.importFile(d.outside / "broken.jpg", {}, true);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(fs::exists(d.outside / "broken.jpg"));  // refused: the citizen's file stays
}

BOOST_AUTO_TEST_CASE(assign_qr_item_to_a_new_case_with_qr_fields) {
  Desk d;
  auto r = d.importer().importBytes(std::string(kQrPayload) + "\n", "qr.txt", {});
  BOOST_REQUIRE(r.ok());
  AssignRequest request;
  request.itemId = r->stored.at(0).item.id;
  request.newCaseKind = model::CaseKind::Gift;
  auto done = assignToCase(*d.db, d.dataDir, request);
  BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  BOOST_TEST((done->document.kind == model::DocumentKind::IdCard));
  auto stored = d.db->cases().byCode(done->caseFile.code);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST((stored->kind == model::CaseKind::Gift));
  BOOST_REQUIRE(stored->documents.size() == 1u);
  const auto& fields = stored->documents[0].fields;
  auto value = [&](const std::string& name) {
    for (const auto& f : fields)
      if (f.name == name) return f;
    return model::ExtractedField{};
  };
  BOOST_TEST(value("full_name").value == "Nguyễn Văn A");
  BOOST_TEST(value("birth_date").value == "1990-01-01");
  BOOST_TEST((value("id_number").provenance == model::Provenance::Qr));
  auto item = d.inbox().byId(request.itemId);
  BOOST_TEST((item->state == storage::InboxState::Assigned));
  BOOST_TEST(*item->caseId == stored->id);
  // Once assigned, never again.
  auto again = assignToCase(*d.db, d.dataDir, request);
  BOOST_REQUIRE(!again.ok());
  BOOST_TEST(again.error().code == "inbox.not_new");
}

BOOST_AUTO_TEST_CASE(assign_scan_to_existing_case_reads_its_qr) {
  Desk d;
  model::Case c;
  c.kind = model::CaseKind::TransferWhole;
  c.receivedAt = localNow();
  BOOST_REQUIRE(d.db->cases().add(c, "test").ok());
  auto r = d.importer().importBytes(cccdScanJpeg(), "cccd.jpg", {});
  BOOST_REQUIRE(r.ok());
  AssignRequest request;
  request.itemId = r->stored.at(0).item.id;
  request.caseCode = c.code;
  auto done = assignToCase(*d.db, d.dataDir, request, captureReader(false));
  BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  BOOST_TEST((done->document.kind == model::DocumentKind::IdCard));
  bool found = false;
  for (const auto& f : done->document.fields) found = found || (f.name == "id_number" && f.value == kCccdScanNumber);
  BOOST_TEST(found);
  BOOST_TEST(d.db->cases().byCode(c.code)->documents.size() == 1u);
  // Where each value was read is stored with the document (the QR's box on the scan), for the verify view.
  auto boxes = storage::FieldBoxRepository(*d.db).ofDocument(done->document.id);
  BOOST_REQUIRE(boxes.ok());
  BOOST_TEST(boxes->size() == done->document.fields.size());
  for (const storage::FieldBox& b : *boxes) {
    BOOST_TEST(b.width > 20);
    BOOST_TEST(b.height > 20);
    BOOST_TEST(b.confidence > 0.5);
  }
}

BOOST_AUTO_TEST_CASE(a_failed_assignment_changes_nothing) {
  Desk d;
  auto r = d.importer().importBytes(pngImage(), "a.png", {});
  BOOST_REQUIRE(r.ok());
  AssignRequest request;
  request.itemId = r->stored.at(0).item.id;
  request.caseCode = "HS-2026-99999";
  auto missing = assignToCase(*d.db, d.dataDir, request);
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().code == "case.not_found");
  BOOST_TEST((d.inbox().byId(request.itemId)->state == storage::InboxState::New));
  request.caseCode.reset();
  auto neither = assignToCase(*d.db, d.dataDir, request);
  BOOST_TEST(neither.error().code == "intake.assign_target");
  // A store emptied behind the desk's back: refused, the item stays new.
  fs::remove_all(d.dataDir / "files");
  request.newCaseKind = model::CaseKind::Gift;
  auto gone = assignToCase(*d.db, d.dataDir, request);
  BOOST_TEST(gone.error().code == "intake.content_missing");
  BOOST_TEST(*d.db->cases().count() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
