// The retention purge on a desk database with real scans in its data folder, judged on fixed days: exactly the
// expired items go (rows, store files, inbox copies, watched-folder originals), the register and everything still
// inside its period stay, and the remaining scans still match their SHA-256.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>

#include "access/permissions.h"
#include "register/authentication.h"
#include "register/authentication_register.h"
#include "register_fixture.h"
#include "retention/purge.h"
#include "rules/data_reader.h"
#include "rules/retention_rules.h"
#include "rules/rule_book.h"
#include "storage/audit_repository.h"
#include "storage/backup_copy.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "storage/inbox_repository.h"
#include "storage/settings_repository.h"

using namespace landdesk;
using namespace landdesk::test;
namespace fs = std::filesystem;

namespace {

rules::Date day(const char* text) { return *rules::parseDate(text); }

std::set<std::string> filesUnder(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out.insert(fs::relative(e.path(), root).string());
  return out;
}

struct PurgeDesk {
  RegisterFixture f;
  fs::path data = f.dir / "data";
  storage::FileStore store = storage::fileStoreIn(data);
  std::string shared, scanA, scanB, oldDiscard, newDiscard, joined;
  int64_t caseA = 0, caseB = 0, caseC = 0, discardedOld = 0, discardedNew = 0, assigned = 0;
  fs::path origin = f.dir / "zalo" / "giay_to.jpg";

  std::string put(const std::string& bytes) {
    auto h = store.putBytes(bytes);
    BOOST_REQUIRE(h);
    return *h;
  }

  int64_t addCase(const std::string& parcel, const std::vector<std::string>& hashes) {
    model::Case c = cleanTransfer("BA 6856" + parcel, parcel, "12");
    for (size_t i = 0; i < c.documents.size(); ++i) c.documents[i].sha256 = hashes[i];
    f.add(c);
    return c.id;
  }

  void authenticate(int64_t caseId, const char* when, const char* receipt) {
    registry::AuthenticateRequest r;
    r.caseCode = f.db->cases().byId(caseId)->code;
    r.receiptNo = receipt;
    r.at = at(when);
    r.signer.declared = true;
    r.actor = "officer";
    auto done = registry::authenticate(*f.db, f.rules, f.papers, r);
    BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  }

  int64_t inboxItem(const std::string& sha, const char* received, storage::InboxChannel channel, const std::string& from) {
    storage::InboxItem i;
    i.channel = channel;
    i.receivedAt = at(received);
    i.fileName = "giay_to.jpg";
    i.sha256 = sha;
    i.mediaType = "image/jpeg";
    i.contentKind = "jpeg";
    i.size = 10;
    i.origin = from;
    BOOST_REQUIRE(storage::InboxRepository(*f.db).add(i));
    fs::create_directories(data / "inbox" / std::to_string(i.id));
    fs::copy_file(store.locate(sha), data / "inbox" / std::to_string(i.id) / i.fileName);
    return i.id;
  }

  PurgeDesk() {
    shared = put("GCN scan shared by case A and case C");
    scanA = put("CCCD scan of case A");
    scanB = put("CCCD scan of case B");
    caseA = addCase("201", {shared, scanA});
    caseB = addCase("202", {put("GCN scan of case B"), scanB});
    caseC = addCase("203", {shared, put("CCCD scan of case C")});
    authenticate(caseA, "2026-03-02T10:30:00", "BL-A");
    authenticate(caseB, "2026-06-01T10:30:00", "BL-B");
    oldDiscard = put("a discarded photo from January");
    newDiscard = put("a discarded photo from 2046");
    joined = put("a photo joined to case C");
    discardedOld = inboxItem(oldDiscard, "2026-01-05T09:00:00", storage::InboxChannel::Email, "");
    discardedNew = inboxItem(newDiscard, "2046-03-20T09:00:00", storage::InboxChannel::Email, "");
    fs::create_directories(origin.parent_path());
    std::ofstream(origin, std::ios::binary) << "a photo joined to case C";
    assigned = inboxItem(joined, "2026-02-01T09:00:00", storage::InboxChannel::Zalo, origin.string());
    storage::InboxRepository inbox(*f.db);
    BOOST_REQUIRE(inbox.discard(discardedOld));
    BOOST_REQUIRE(inbox.discard(discardedNew));
    BOOST_REQUIRE(inbox.markAssigned(assigned, caseC));
    BOOST_REQUIRE(f.db->settings().set("mail.delete_source_after_import", "1", "test"));
    access::Actor admin;
    admin.login = "quantri";
    admin.roles = {access::Role::Administrator};
    f.db->setActor(admin);
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(purge)

BOOST_AUTO_TEST_CASE(dry_run_lists_exactly_the_expired_items_and_changes_nothing) {
  PurgeDesk d;
  const auto before = filesUnder(d.data);
  auto plan = retention::planPurge(*d.f.db, d.data, day("2046-04-01"));
  BOOST_REQUIRE_MESSAGE(plan, (plan ? "" : plan.error().en));
  BOOST_REQUIRE_EQUAL(plan->items.size(), 3u);
  const auto& dossier = plan->items[0];
  BOOST_TEST(dossier.object == "contract_dossier");
  BOOST_TEST(dossier.caseCode == d.f.db->cases().byId(d.caseA)->code);
  BOOST_TEST(dossier.ruleKey == "contract-dossier-2015");
  BOOST_TEST(dossier.expiredOn == "2046-03-02");
  BOOST_TEST(dossier.documentIds.size() == 2u);
  BOOST_REQUIRE_EQUAL(dossier.files.size(), 1u);  // the shared GCN stays: case C still holds it
  BOOST_TEST(dossier.files[0] == d.store.locate(d.scanA));
  BOOST_TEST(dossier.reasonEn.find("20 years from authentication") != std::string::npos, dossier.reasonEn);
  BOOST_TEST(plan->items[1].object == "inbox_discarded");
  BOOST_TEST(plan->items[1].inboxIds == std::vector<int64_t>{d.discardedOld});
  BOOST_TEST(plan->items[1].ruleKey == "inbox-discarded-2026");
  BOOST_TEST(plan->items[2].object == "inbox_source_copy");
  BOOST_TEST(plan->items[2].inboxIds.empty());
  BOOST_TEST(plan->items[2].files.size() == 2u);  // the inbox view copy and the Zalo original
  BOOST_TEST(plan->rows == 3u);
  BOOST_TEST(plan->files == 1u + 2u + 2u);
  BOOST_TEST(plan->bytes > 0);
  BOOST_TEST(filesUnder(d.data) == before);
  BOOST_TEST(fs::exists(d.origin));

  // A day earlier the dossier is still inside its 20 years.
  auto earlier = retention::planPurge(*d.f.db, d.data, day("2046-03-01"));
  BOOST_REQUIRE(earlier);
  for (const auto& i : earlier->items) BOOST_TEST(i.object != "contract_dossier");
}

BOOST_AUTO_TEST_CASE(apply_removes_them_in_one_go_with_an_audit_entry_each) {
  PurgeDesk d;
  auto before = filesUnder(d.data);
  const long long entries = rawInt(d.f.file, "SELECT COUNT(*) FROM register_entry");
  auto done = retention::applyPurge(*d.f.db, d.data, day("2046-04-01"));
  BOOST_REQUIRE_MESSAGE(done, (done ? "" : done.error().en));
  BOOST_TEST(done->warnings.empty());

  // Exactly these files went, nothing else in the data folder.
  auto rel = [&](const fs::path& p) { return fs::relative(p, d.data).string(); };
  for (const std::string& gone :
       {rel(d.store.locate(d.scanA)), rel(d.store.locate(d.oldDiscard)),
        "inbox/" + std::to_string(d.discardedOld) + "/giay_to.jpg", "inbox/" + std::to_string(d.assigned) + "/giay_to.jpg"})
    BOOST_TEST(before.erase(gone) == 1u, gone);
  BOOST_TEST(filesUnder(d.data) == before);
  BOOST_TEST(!fs::exists(d.origin));

  // Rows: case A's two scans and the old discarded item; the register untouched and still intact.
  BOOST_TEST(rawInt(d.f.file, "SELECT COUNT(*) FROM source_document WHERE case_id = " + std::to_string(d.caseA)) == 0);
  BOOST_TEST(rawInt(d.f.file, "SELECT COUNT(*) FROM source_document") == 4);
  BOOST_TEST(rawInt(d.f.file, "SELECT COUNT(*) FROM inbox_item") == 2);
  BOOST_TEST(rawInt(d.f.file, "SELECT COUNT(*) FROM register_entry") == entries);
  BOOST_TEST(entries == 2);
  registry::AuthenticationRegister reg(*d.f.db, d.f.office);
  auto verified = reg.verify();
  BOOST_REQUIRE(verified);
  BOOST_TEST(verified->intact);
  auto scans = storage::checkStoredScans(*d.f.db, d.store);
  BOOST_REQUIRE(scans);
  BOOST_TEST(scans->ok());
  BOOST_TEST(scans->checked == 6);

  auto audit = d.f.db->audit().all();
  BOOST_REQUIRE(audit);
  std::vector<std::string> purged;
  for (const auto& e : *audit)
    if (e.action.starts_with("purge.")) {
      purged.push_back(e.action);
      BOOST_TEST(e.actor == "quantri");
      BOOST_TEST(e.detail.find('[') != std::string::npos);  // names the rule row
    }
  BOOST_TEST(purged == (std::vector<std::string>{"purge.contract_dossier", "purge.inbox_discarded", "purge.inbox_source_copy"}));
  auto chain = d.f.db->audit().verify();
  BOOST_REQUIRE(chain);
  BOOST_TEST(!chain->brokenAt);

  // Once done, nothing is left to purge on that day.
  auto again = retention::planPurge(*d.f.db, d.data, day("2046-04-01"));
  BOOST_REQUIRE(again);
  BOOST_TEST(again->items.empty());
}

BOOST_AUTO_TEST_CASE(purge_needs_the_administrator_and_a_permanent_register) {
  PurgeDesk d;
  access::Actor justice;
  justice.login = "tuphap";
  justice.roles = {access::Role::JusticeOfficer};
  d.f.db->setActor(justice);
  auto refused = retention::applyPurge(*d.f.db, d.data, day("2046-04-01"));
  BOOST_REQUIRE(!refused);
  BOOST_TEST(refused.error().code == "access.denied");
  BOOST_TEST(refused.error().en.find("purge") != std::string::npos);
  BOOST_TEST(fs::exists(d.origin));

  std::string text = *rules::readDataText(rules::rulesDataDirectory() / "retention.json");
  const std::string permanent = "\"unit\": \"permanent\"";
  text.replace(text.find(permanent), permanent.size(), "\"unit\": \"years\", \"amount\": 30");
  auto bad = rules::parseRetentionRules("retention.json", text);
  BOOST_REQUIRE(!bad);
  BOOST_TEST(bad.error().en.find("permanently") != std::string::npos, bad.error().en);
  BOOST_TEST(bad.error().en.find("register-2015") != std::string::npos, bad.error().en);
}

BOOST_AUTO_TEST_SUITE_END()
