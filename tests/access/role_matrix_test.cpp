// Every role against every guarded action, through the real core functions on a desk database: refused actions
// name the missing right and change nothing; allowed ones pass the gate and leave an audit entry with the actor.
#include <boost/test/unit_test.hpp>

#include <functional>

#include "access/accounts.h"
#include "access/permissions.h"
#include "intake/case_assignment.h"
#include "intake/inbox_importer.h"
#include "register/authentication.h"
#include "register/case_fees.h"
#include "register_fixture.h"
#include "reports/period.h"
#include "reports/statistics_report.h"
#include "retention/purge.h"
#include "storage/audit_repository.h"
#include "storage/backup.h"
#include "storage/case_repository.h"
#include "workflow/case_workflow.h"
#include "workflow/handoff.h"

using namespace landdesk;
using namespace landdesk::test;
using access::Role;

namespace {

constexpr Role kRoles[] = {Role::JusticeOfficer, Role::CadastralOfficer, Role::Signer, Role::Administrator, Role::ReadOnly};

struct Row {
  const char* name;
  const char* audit;  // the audit action an allowed run appends; empty: the gate alone is checked (see `ready`)
  const char* right;  // the right a refusal names
  std::string allowed;  // one letter per kRoles entry: J C S A R when allowed, '-' when refused
  // Prepares as the local desk (returns the case to act on), then acts as the officer.
  std::function<int64_t(RegisterFixture&)> prepare;
  std::function<Status(RegisterFixture&, int64_t)> act;
};

int serial = 100;

// A fresh, clean case of its own (own parcel and serial, so no two cases meet on a parcel).
int64_t freshCase(RegisterFixture& f) {
  ++serial;
  model::Case c = cleanTransfer("BA 68" + std::to_string(5000 + serial), std::to_string(serial), "12");
  f.add(c);
  return c.id;
}

registry::AuthenticateRequest request(RegisterFixture& f, int64_t caseId, const std::string& receipt) {
  registry::AuthenticateRequest r;
  r.caseCode = f.db->cases().byId(caseId)->code;
  r.receiptNo = receipt;
  r.at = at("2026-03-02T10:30:00");
  r.signer.declared = true;
  r.actor = "officer";
  return r;
}

int64_t authenticated(RegisterFixture& f) {
  const int64_t id = freshCase(f);
  auto done = registry::authenticate(*f.db, f.rules, f.papers, request(f, id, "BL-" + std::to_string(id)));
  BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  return done->entry.number;
}

const std::vector<Row>& rows() {
  static const std::vector<Row> table{
      {"advance a step", "case.advance", "advance-cases", "JC-A-", freshCase,
       [](RegisterFixture& f, int64_t id) {
         return workflow::advance(*f.db, f.rules, id, model::CaseStatus::Drafting, {}, "officer");
       }},
      {"undo a step", "case.undo_step", "advance-cases", "JC-A-",
       [](RegisterFixture& f) {
         const int64_t id = freshCase(f);
         BOOST_REQUIRE(workflow::advance(*f.db, f.rules, id, model::CaseStatus::Drafting, {}, "desk"));
         return id;
       },
       [](RegisterFixture& f, int64_t id) {
         workflow::Correction c;
         c.undo = true;
         c.reason = "ghi nhầm";
         return workflow::correct(*f.db, f.rules, id, c, "officer");
       }},
      {"authenticate (register entry)", "register.original", "authenticate", "J-SA-", freshCase,
       [](RegisterFixture& f, int64_t id) -> Status {
         auto done = registry::authenticate(*f.db, f.rules, f.papers, request(f, id, "BL-A" + std::to_string(id)));
         if (!done) return done.error();
         return {};
       }},
      {"void a register entry", "register.cancellation", "authenticate", "J-SA-", authenticated,
       [](RegisterFixture& f, int64_t number) -> Status {
         registry::NewEntry change;
         change.date = ymd(2026, 3, 9);
         change.at = at("2026-03-09T09:00:00");
         change.note = "Các bên hủy hợp đồng";
         auto act = registry::recordAct(*f.db, f.rules, storage::EntryKind::Cancellation, 2026, number, change,
                                        "BL-H" + std::to_string(number), "officer");
         if (!act) return act.error();
         return {};
       }},
      {"record a fee", "fee.record", "record-fees", "JC-A-", freshCase,
       [](RegisterFixture& f, int64_t id) -> Status {
         registry::CaseFees fees(*f.db, f.rules.fees);
         auto done = fees.record(id, {{"certified_copy", 1, 1}}, "BL-F" + std::to_string(id), ymd(2026, 3, 2), "officer");
         if (!done) return done.error();
         return {};
       }},
      {"record a tax payment", "", "record-fees", "JC-A-", freshCase,
       [](RegisterFixture& f, int64_t id) {
         return workflow::recordTaxPaid(*f.db, f.rules, id, std::nullopt, 1000, "BL-T", "officer", localNow());
       }},
      {"statistics report", "report.statistics", "export", "JCSA-", [](RegisterFixture&) { return int64_t{0}; },
       [](RegisterFixture& f, int64_t) -> Status {
         auto period = reports::parsePeriod("2026-01-01", "2026-12-31");
         BOOST_REQUIRE(period);
         auto report = reports::computeStatistics(*f.db, *period, reports::allFields());
         if (!report) return report.error();
         return {};
       }},
      {"join a scan to a case", "", "edit-cases", "JC-A-", [](RegisterFixture&) { return int64_t{0}; },
       [](RegisterFixture& f, int64_t) -> Status {
         intake::AssignRequest r;
         r.itemId = 999;  // no such item: an officer with the right gets past the gate to "not found"
         r.newCaseKind = model::CaseKind::Gift;
         auto done = intake::assignToCase(*f.db, f.dir / "data", r, intake::captureReader(false));
         if (!done) return done.error();
         return {};
       }},
      {"import a scan", "", "edit-cases", "JC-A-", [](RegisterFixture&) { return int64_t{0}; },
       [](RegisterFixture& f, int64_t) -> Status {
         intake::InboxImporter importer(*f.db, f.dir / "data");
         auto done = importer.importFile(f.dir / "missing.jpg", {});  // past the gate: "cannot read the file"
         if (!done) return done.error();
         return {};
       }},
      {"backup", "", "backup", "---A-", [](RegisterFixture&) { return int64_t{0}; },
       [](RegisterFixture& f, int64_t) -> Status {
         auto made = storage::createBackup(*f.db, f.file.string(), f.dir / "data", f.dir / ("b" + std::to_string(++serial) + ".zip"));
         if (!made) return made.error();
         return {};
       }},
      {"purge plan", "", "purge", "---A-", [](RegisterFixture&) { return int64_t{0}; },
       [](RegisterFixture& f, int64_t) -> Status {
         auto plan = retention::planPurge(*f.db, f.dir / "data", std::chrono::floor<std::chrono::days>(localNow()));
         if (!plan) return plan.error();
         return {};
       }},
      {"view a case", "case.view", "view-cases", "JCSAR", freshCase,
       [](RegisterFixture& f, int64_t id) -> Status {
         auto c = access::viewCase(*f.db, f.db->cases().byId(id)->code);
         if (!c) return c.error();
         return {};
       }},
  };
  return table;
}

size_t auditCount(storage::Database& db, const std::string& action) {
  auto all = db.audit().all();
  BOOST_REQUIRE(all);
  size_t n = 0;
  for (const auto& e : *all) n += e.action == action;
  return n;
}

access::Actor officer(Role role) {
  access::Actor a;
  a.login = "u_" + std::string(access::roleKey(role));
  a.fullName = a.login;
  a.roles = {role};
  return a;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(role_matrix)

BOOST_AUTO_TEST_CASE(every_role_against_every_guarded_action, *boost::unit_test::label("sqlite_only")) {
  size_t refused = 0, allowed = 0;
  for (size_t r = 0; r < std::size(kRoles); ++r) {
    RegisterFixture f;
    const access::Actor who = officer(kRoles[r]);
    for (const Row& row : rows()) {
      BOOST_TEST_CONTEXT(row.name << " as " << who.login) {
        f.db->setActor(access::Actor::localDesk());
        const int64_t target = row.prepare(f);
        const size_t before = row.audit[0] ? auditCount(*f.db, row.audit) : 0;
        const size_t entries = f.db->audit().all()->size();
        f.db->setActor(who);
        Status result = row.act(f, target);
        f.db->setActor(access::Actor::localDesk());
        if (row.allowed[r] == '-') {
          ++refused;
          BOOST_REQUIRE(!result);
          BOOST_TEST(result.error().code == "access.denied");
          BOOST_TEST(result.error().en.find(row.right) != std::string::npos, result.error().en);
          BOOST_TEST(result.error().vi.find(who.login) != std::string::npos, result.error().vi);
          BOOST_TEST(f.db->audit().all()->size() == entries);  // a refusal writes nothing
        } else {
          ++allowed;
          BOOST_TEST((result || result.error().code != "access.denied"), (result ? "" : result.error().en));
          if (row.audit[0]) {
            BOOST_REQUIRE_MESSAGE(result, (result ? "" : result.error().en));
            BOOST_TEST(auditCount(*f.db, row.audit) == before + 1);
            BOOST_TEST(f.db->audit().all()->back().actor == who.login);
          }
        }
      }
    }
  }
  BOOST_TEST(refused == 25u);
  BOOST_TEST(allowed == 35u);
}

BOOST_AUTO_TEST_CASE(read_only_officers_see_a_case_with_masked_id_numbers) {
  RegisterFixture f;
  const int64_t id = freshCase(f);
  const std::string code = f.db->cases().byId(id)->code;
  f.db->setActor(officer(Role::ReadOnly));
  auto masked = access::viewCase(*f.db, code);
  BOOST_REQUIRE(masked);
  BOOST_TEST(masked->parties.front().party.idDocuments.front().number == "0440******34");
  f.db->setActor(officer(Role::JusticeOfficer));
  auto full = access::viewCase(*f.db, code);
  BOOST_REQUIRE(full);
  BOOST_TEST(full->parties.front().party.idDocuments.front().number == "044080001234");
  auto all = f.db->audit().all();
  BOOST_REQUIRE(all);
  BOOST_TEST(all->at(all->size() - 2).detail == "masked");
}

BOOST_AUTO_TEST_CASE(id_numbers_in_free_text_are_masked_for_the_role) {
  access::Actor reader = officer(Role::ReadOnly), justice = officer(Role::JusticeOfficer);
  const std::string line = "Nguyễn Văn Đông (CCCD 044080001234); Lê Thị B (CMND 197234567), thửa 45, năm 2026";
  BOOST_TEST(access::idNumbersIn(reader, line) ==
             "Nguyễn Văn Đông (CCCD 0440******34); Lê Thị B (CMND 197****67), thửa 45, năm 2026");
  BOOST_TEST(access::idNumbersIn(justice, line) == line);
  BOOST_TEST(access::idNumbersIn(reader, "0012345678901") == "0012345678901");  // 13 digits: not an ID number
}

BOOST_AUTO_TEST_SUITE_END()
