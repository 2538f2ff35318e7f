// Migration 9: the registration leg's deadline and result time follow the workflow's stage columns (trigger), and
// cases stored before the migration get them from their status and active transitions.
#include <boost/test/unit_test.hpp>

#include "report_fixture.h"
#include "storage/case_repository.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"
#include "util/datetime.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

std::string landColumns(const std::filesystem::path& file, const std::string& code) {
  return querySingle(file, "SELECT COALESCE(land_due_at, '-') || ' ' || COALESCE(land_resolved_at, '-') "
                           "FROM case_file WHERE code = '" + code + "'");
}

void step(const std::filesystem::path& file, const std::string& code, const std::string& set) {
  execSql(file, "UPDATE case_file SET " + set + " WHERE code = '" + code + "'");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(land_stage)

BOOST_AUTO_TEST_CASE(trigger_follows_every_stage_change) {
  TempDir dir;
  const auto file = dir / "t.sqlite";
  addFixtureCases(file, {{"T1", model::CaseKind::TransferWhole, model::IntakeChannel::Counter, "2026-03-02T08:00:00",
                          "2026-03-04T17:00:00", {}, "", ""}});
  BOOST_TEST(landColumns(file, "T1") == "- -");
  step(file, "T1", authenticated("2026-03-03T09:00:00"));
  BOOST_TEST(landColumns(file, "T1") == "- -");
  step(file, "T1", filed("2026-03-03T14:00:00", "2026-03-13T17:00:00"));
  BOOST_TEST(landColumns(file, "T1") == "2026-03-13T17:00:00 -");
  // Waiting for tax: the stage's own deadline is the tax's, the registration deadline stays.
  step(file, "T1", taxNotice("2026-03-06T09:00:00", "2026-04-05T17:00:00"));
  BOOST_TEST(landColumns(file, "T1") == "2026-03-13T17:00:00 -");
  // Tax paid: registration resumes with its deadline extended by the pause.
  step(file, "T1", "status = 'tax_paid', stage_started_at = '2026-03-10T09:00:00', stage_procedure = "
                   "'change_registration', stage_due_at = '2026-03-17T17:00:00', paused_since = NULL");
  BOOST_TEST(landColumns(file, "T1") == "2026-03-17T17:00:00 -");
  step(file, "T1", resultReceived("2026-03-16T10:00:00"));
  BOOST_TEST(landColumns(file, "T1") == "2026-03-17T17:00:00 2026-03-16T10:00:00");
  step(file, "T1", "status = 'citizen_notified', stage_started_at = '2026-03-16T11:00:00'");
  BOOST_TEST(landColumns(file, "T1") == "2026-03-17T17:00:00 2026-03-16T10:00:00");
  step(file, "T1", collected("2026-03-20T09:00:00"));
  BOOST_TEST(landColumns(file, "T1") == "2026-03-17T17:00:00 2026-03-16T10:00:00");
  // A correction taking the case back before the result clears the result time; back before filing, the deadline.
  step(file, "T1", "status = 'tax_paid', closed_at = NULL, closed_status = NULL, stage_started_at = "
                   "'2026-03-10T09:00:00', stage_procedure = 'change_registration', stage_due_at = "
                   "'2026-03-17T17:00:00'");
  BOOST_TEST(landColumns(file, "T1") == "2026-03-17T17:00:00 -");
  step(file, "T1", backToCadastral("2026-03-03T14:00:00"));
  BOOST_TEST(landColumns(file, "T1") == "- -");
  // Back before authentication: nothing of the registration leg remains.
  step(file, "T1", "status = 'visit1_booked', authenticated_at = NULL, stage_procedure = "
                   "'authentication_transaction', stage_due_at = due_at");
  BOOST_TEST(landColumns(file, "T1") == "- -");
}

BOOST_AUTO_TEST_CASE(migration_fills_cases_stored_before_it) {
  TempDir dir;
  const auto file = dir / "old.sqlite";
  {
    storage::OpenOptions options;
    options.path = testDatabase(file);
    options.migrateTo = 8;
    auto db = storage::Database::open(options);
    BOOST_REQUIRE(db.ok());
    BOOST_REQUIRE_EQUAL((*db)->schemaVersion(), 8);
    for (const char* code : {"M1", "M2", "M3"}) {
      model::Case c;
      c.code = code;
      c.receivedAt = *parseCanonicalDateTime("2026-03-02T08:00:00");
      c.dueAt = *parseCanonicalDateTime("2026-03-04T17:00:00");
      model::Party p;
      p.fullName = "Lê Văn Cũ";
      c.parties.push_back({p, model::PartyRole::Transferor, std::nullopt});
      BOOST_REQUIRE((*db)->cases().add(c, "t").ok());
    }
  }
  // M1 filed; M2 collected after a recorded result; M3 refused after authentication.
  step(file, "M1", authenticated("2026-03-03T09:00:00"));
  step(file, "M1", filed("2026-03-03T14:00:00", "2026-03-13T17:00:00"));
  step(file, "M2", authenticated("2026-03-03T09:00:00"));
  step(file, "M2", collected("2026-03-20T09:00:00"));
  execSql(file, "INSERT INTO case_event(case_id, at, actor, action, field, old_value, new_value) SELECT id, "
                "'2026-03-12T10:00:00', 't', 'transition', 'status', 'tax_paid', 'result_received' FROM case_file "
                "WHERE code = 'M2'");
  execSql(file, "INSERT INTO case_transition(event_id, case_id, at, recorded_at, actor, from_status, to_status) "
                "SELECT MAX(e.id), e.case_id, '2026-03-12T10:00:00', '2026-03-12T10:00:00', 't', 'tax_paid', "
                "'result_received' FROM case_event e JOIN case_file c ON c.id = e.case_id WHERE c.code = 'M2' "
                "GROUP BY e.case_id");
  step(file, "M3", authenticated("2026-03-03T09:00:00"));
  step(file, "M3", refused("2026-03-05T09:00:00"));

  auto db = openDatabase(file);  // migrates to the latest version
  BOOST_TEST(db->schemaVersion() >= 9);
  BOOST_TEST(landColumns(file, "M1") == "2026-03-13T17:00:00 -");
  BOOST_TEST(landColumns(file, "M2") == "- 2026-03-12T10:00:00");
  BOOST_TEST(landColumns(file, "M3") == "- 2026-03-05T09:00:00");
}

BOOST_AUTO_TEST_SUITE_END()
