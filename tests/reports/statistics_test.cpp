// The statistics report's counts against a hand-built dataset for March 2026: every cell of the table has cases
// that land in it and cases that just miss it (boundary instants, carried over, early / on time / late, online vs
// direct, paused clocks, a correction, the refusal kind with no registration leg).
#include <boost/test/unit_test.hpp>

#include "report_fixture.h"
#include "reports/statistics_report.h"
#include "storage/report_queries.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;
using model::CaseKind;
using model::IntakeChannel;

namespace {

constexpr auto Refusal = CaseKind::InheritanceRefusal;  // authenticated, but no registration leg: field 1 only
constexpr auto Transfer = CaseKind::TransferWhole;
constexpr auto Online = IntakeChannel::Online;
constexpr auto Counter = IntakeChannel::Counter;

// Period: 2026-03-01 … 2026-03-31. Times of day matter at the edges.
const std::vector<FixtureCase>& dataset() {
  static const std::vector<FixtureCase> cases = {
      // --- Chứng thực (inheritance refusals: nothing in Đất đai) ------------------------------------------------
      {"A01", Refusal, Online, "2026-03-01T08:00:00", "2026-03-03T17:00:00", {authenticated("2026-03-02T09:00:00")},
       "online early", ""},
      // received the evening before the period: carried over, not "online in the period"
      {"A02", Refusal, Online, "2026-02-28T16:00:00", "2026-03-03T17:00:00", {authenticated("2026-03-02T09:00:00")},
       "carried early", ""},
      {"A03", Refusal, Counter, "2026-03-31T16:59:00", "2026-04-02T17:00:00", {}, "direct within", ""},
      // received the morning after the period: nowhere
      {"A04", Refusal, Counter, "2026-04-01T07:30:00", "2026-04-02T17:00:00", {}, "", ""},
      // Zalo and e-mail dossiers are signed at the counter: direct. Resolved on the due day before the due time.
      {"A05", Refusal, IntakeChannel::Zalo, "2026-03-10T08:00:00", "2026-03-12T17:00:00",
       {authenticated("2026-03-12T10:00:00")}, "direct on_time", ""},
      // resolved the day before the period: counted nowhere
      {"A06", Refusal, Counter, "2026-02-20T08:00:00", "2026-02-24T17:00:00", {authenticated("2026-02-28T10:00:00")},
       "", ""},
      // resolved on the first morning of the period: carried over and resolved, late (due in February)
      {"A07", Refusal, IntakeChannel::Post, "2026-02-25T09:00:00", "2026-02-27T17:00:00",
       {authenticated("2026-03-01T07:30:00")}, "carried late", ""},
      // exactly at the due instant: on time; one second later: late
      {"A08", Refusal, IntakeChannel::Email, "2026-03-04T08:00:00", "2026-03-05T17:00:00",
       {authenticated("2026-03-05T17:00:00")}, "direct on_time", ""},
      {"A09", Refusal, Counter, "2026-03-04T08:00:00", "2026-03-05T17:00:00", {authenticated("2026-03-05T17:00:01")},
       "direct late", ""},
      // resolved in the last second of the period; and at the first second after it (pending, overdue)
      {"A10", Refusal, Counter, "2026-03-30T08:00:00", "2026-04-01T17:00:00", {authenticated("2026-03-31T23:59:59")},
       "direct early", ""},
      {"A11", Refusal, Counter, "2026-03-20T08:00:00", "2026-03-24T17:00:00", {authenticated("2026-04-01T00:00:00")},
       "direct overdue", ""},
      // no deadline recorded: on time
      {"A12", Refusal, Counter, "2026-03-06T08:00:00", "", {authenticated("2026-03-06T10:00:00")}, "direct on_time",
       ""},
      // refused before authentication: resolved when refused
      {"A13", Refusal, Counter, "2026-03-13T08:00:00", "2026-03-16T17:00:00", {refused("2026-03-15T10:00:00")},
       "direct early", ""},
      // pending at the end: due the day after the period (within) or on its last day (overdue)
      {"A14", Refusal, Counter, "2026-03-27T08:00:00", "2026-04-01T17:00:00", {}, "direct within", ""},
      {"A15", Refusal, Counter, "2026-03-26T08:00:00", "2026-03-31T17:00:00", {}, "direct overdue", ""},
      // waiting for papers: the clock stopped before the deadline (within) or after it (overdue)
      {"A16", Refusal, Counter, "2026-03-02T08:00:00", "2026-03-04T17:00:00", {waitingPapers("2026-03-03T09:00:00")},
       "direct within", ""},
      {"A17", Refusal, Counter, "2026-03-02T08:00:00", "2026-03-04T17:00:00", {waitingPapers("2026-03-06T09:00:00")},
       "direct overdue", ""},
      // received in the last second of the period, online
      {"A18", Refusal, Online, "2026-03-31T23:59:59", "2026-04-02T17:00:00", {}, "online within", ""},
      // received in January, never resolved: carried over, overdue
      {"A19", Refusal, Counter, "2026-01-15T08:00:00", "2026-01-19T17:00:00", {}, "carried overdue", ""},
      // a pause that began after the period does not rescue a deadline that passed inside it
      {"A20", Refusal, Counter, "2026-03-25T08:00:00", "2026-03-27T17:00:00", {waitingPapers("2026-04-03T09:00:00")},
       "direct overdue", ""},

      // --- Đất đai (transfers: they count in Chứng thực too) -----------------------------------------------------
      {"L01", Transfer, Counter, "2026-02-20T08:00:00", "2026-02-24T17:00:00",
       {authenticated("2026-02-23T09:00:00"), filed("2026-02-24T09:00:00", "2026-03-05T17:00:00"),
        resultReceived("2026-03-04T10:00:00")},
       "", "carried early"},
      {"L02", Transfer, Online, "2026-02-27T08:00:00", "2026-03-03T17:00:00",
       {authenticated("2026-03-02T09:00:00"), filed("2026-03-02T14:00:00", "2026-03-12T17:00:00"),
        resultReceived("2026-03-12T16:00:00")},
       "carried early", "online on_time"},
      {"L03", Transfer, Counter, "2026-03-02T08:00:00", "2026-03-04T17:00:00",
       {authenticated("2026-03-03T09:00:00"), filed("2026-03-03T14:00:00", "2026-03-10T17:00:00"),
        resultReceived("2026-03-11T09:00:00")},
       "direct early", "direct late"},
      // waiting for tax since before the deadline: the registration clock stopped, within
      {"L04", Transfer, Counter, "2026-03-04T08:00:00", "2026-03-06T17:00:00",
       {authenticated("2026-03-05T09:00:00"), filed("2026-03-05T14:00:00", "2026-03-20T17:00:00"),
        taxNotice("2026-03-12T09:00:00", "2026-04-10T17:00:00")},
       "direct early", "direct within"},
      {"L05", Transfer, Counter, "2026-03-05T08:00:00", "2026-03-09T17:00:00",
       {authenticated("2026-03-06T09:00:00"), filed("2026-03-06T14:00:00", "2026-03-25T17:00:00")},
       "direct early", "direct overdue"},
      {"L06", Transfer, IntakeChannel::Zalo, "2026-03-05T08:00:00", "2026-03-09T17:00:00",
       {authenticated("2026-03-06T09:00:00"), filed("2026-03-06T14:00:00", "2026-04-03T17:00:00")},
       "direct early", "direct within"},
      // handed to the cadastral officer on the last afternoon: received in the period, no registration deadline yet
      {"L07", Transfer, Counter, "2026-03-30T08:00:00", "2026-04-01T17:00:00",
       {authenticated("2026-03-31T16:00:00"), backToCadastral("2026-03-31T16:30:00")}, "direct early",
       "direct within"},
      // authenticated the morning after the period: nothing in Đất đai
      {"L08", Transfer, Counter, "2026-03-30T08:00:00", "2026-04-01T17:00:00", {authenticated("2026-04-01T08:00:00")},
       "direct within", ""},
      // refused after authentication, never filed: resolved when refused, no registration deadline
      {"L09", Transfer, Counter, "2026-03-06T08:00:00", "2026-03-10T17:00:00",
       {authenticated("2026-03-09T09:00:00"), refused("2026-03-16T10:00:00")}, "direct early", "direct on_time"},
      // collected with no recorded result: resolved at collection
      {"L10", Transfer, Counter, "2026-03-09T08:00:00", "2026-03-11T17:00:00",
       {authenticated("2026-03-10T09:00:00"), collected("2026-03-25T10:00:00")}, "direct early", "direct on_time"},
      // result in February, collected in March: resolved before the period, counted nowhere
      {"L11", Transfer, Counter, "2026-02-05T08:00:00", "2026-02-10T17:00:00",
       {authenticated("2026-02-10T09:00:00"), filed("2026-02-11T09:00:00", "2026-02-25T17:00:00"),
        resultReceived("2026-02-27T10:00:00"), collected("2026-03-05T09:00:00")},
       "", ""},
      // a filing corrected away (back to the cadastral officer): its deadline no longer applies
      {"L12", Transfer, Counter, "2026-03-10T08:00:00", "2026-03-12T17:00:00",
       {authenticated("2026-03-11T09:00:00"), filed("2026-03-11T14:00:00", "2026-03-20T17:00:00"),
        backToCadastral("2026-03-11T14:00:00")},
       "direct early", "direct within"},
      // an inheritance refusal collected: Chứng thực only
      {"L13", Refusal, Counter, "2026-03-11T08:00:00", "2026-03-13T17:00:00",
       {authenticated("2026-03-12T09:00:00"), collected("2026-03-13T10:00:00")}, "direct early", ""},
      // the result at the registration deadline instant (on time), and the next morning (late)
      {"L14", Transfer, Counter, "2026-03-09T08:00:00", "2026-03-11T17:00:00",
       {authenticated("2026-03-10T09:00:00"), filed("2026-03-10T14:00:00", "2026-03-16T17:00:00"),
        resultReceived("2026-03-16T17:00:00")},
       "direct early", "direct on_time"},
      {"L15", Transfer, Counter, "2026-03-09T08:00:00", "2026-03-11T17:00:00",
       {authenticated("2026-03-10T09:00:00"), filed("2026-03-10T14:00:00", "2026-03-16T17:00:00"),
        resultReceived("2026-03-17T08:00:00")},
       "direct early", "direct late"},
      // authenticated in January, result in the first second of March: carried over, late
      {"L16", Transfer, Counter, "2026-01-05T08:00:00", "2026-01-07T17:00:00",
       {authenticated("2026-01-06T09:00:00"), filed("2026-01-07T09:00:00", "2026-01-25T17:00:00"),
        resultReceived("2026-03-01T00:00:00")},
       "", "carried late"},
      // result the morning after the period, deadline inside it: pending, overdue
      {"L17", Transfer, Counter, "2026-03-13T08:00:00", "2026-03-17T17:00:00",
       {authenticated("2026-03-16T09:00:00"), filed("2026-03-16T14:00:00", "2026-03-31T17:00:00"),
        resultReceived("2026-04-01T08:00:00")},
       "direct early", "direct overdue"},
      // a parcel split has its own registration procedure
      {"L18", CaseKind::TransferPart, Counter, "2026-03-02T08:00:00", "2026-03-04T17:00:00",
       {authenticated("2026-03-03T09:00:00"), filed("2026-03-03T14:00:00", "2026-03-27T17:00:00", "parcel_split"),
        resultReceived("2026-03-26T10:00:00")},
       "direct early", "direct early"},
  };
  return cases;
}

const reports::ReportPeriod kMarch = *reports::parsePeriod("2026-03-01", "2026-03-31");

reports::StatisticsRow expected(reports::ReportField field, const std::vector<FixtureCase>& cases) {
  reports::StatisticsRow sum;
  for (const auto& c : cases)
    sum += rowOfCells(field == reports::ReportField::Authentication ? c.authenticationCells : c.landCells);
  return sum;
}

void checkRow(const reports::StatisticsRow& got, const reports::StatisticsRow& want, const std::string& what) {
  BOOST_TEST(got.columns() == want.columns(), what << ": got " << got.receivedOnline << "/" << got.receivedDirect << "/"
                                                   << got.carriedOver << " " << got.resolvedEarly << "/"
                                                   << got.resolvedOnTime << "/" << got.resolvedLate << " "
                                                   << got.pendingWithin << "/" << got.pendingOverdue);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(statistics)

BOOST_AUTO_TEST_CASE(each_case_lands_in_exactly_its_cells) {
  // One database per case: a case that lands in a wrong cell is named, not hidden in a sum.
  for (const FixtureCase& c : dataset()) {
    TempDir dir;
    addFixtureCases(dir / "one.sqlite", {c});
    auto db = openDatabase(dir / "one.sqlite");
    auto report = reports::computeStatistics(*db, kMarch);
    BOOST_REQUIRE(report.ok());
    BOOST_REQUIRE_EQUAL(report->rows.size(), 2u);
    checkRow(report->rows[0], rowOfCells(c.authenticationCells), c.code + " Chứng thực");
    checkRow(report->rows[1], rowOfCells(c.landCells), c.code + " Đất đai");
  }
}

BOOST_AUTO_TEST_CASE(whole_dataset_every_cell_met_and_missed) {
  TempDir dir;
  addFixtureCases(dir / "all.sqlite", dataset());
  auto db = openDatabase(dir / "all.sqlite");
  auto report = reports::computeStatistics(*db, kMarch);
  BOOST_REQUIRE(report.ok());
  BOOST_REQUIRE_EQUAL(report->rows.size(), 2u);
  const auto wantCt = expected(reports::ReportField::Authentication, dataset());
  const auto wantLand = expected(reports::ReportField::Land, dataset());
  checkRow(report->rows[0], wantCt, "Chứng thực");
  checkRow(report->rows[1], wantLand, "Đất đai");
  // Every cell is met at least once in each field (the dataset is worth its name).
  for (const auto* want : {&wantCt, &wantLand})
    for (int64_t n : {want->receivedOnline, want->receivedDirect, want->carriedOver, want->resolvedEarly,
                      want->resolvedOnTime, want->resolvedLate, want->pendingWithin, want->pendingOverdue})
      BOOST_TEST(n > 0);
  BOOST_REQUIRE(report->total);
  auto total = wantCt;
  total += wantLand;
  checkRow(*report->total, total, "Tổng cộng");
  BOOST_TEST(report->rows[0].label == "Chứng thực");
  BOOST_TEST(report->rows[1].label == "Đất đai");
  BOOST_TEST(report->total->label == "Tổng cộng");
}

BOOST_AUTO_TEST_CASE(received_equals_resolved_plus_pending_in_any_period) {
  TempDir dir;
  addFixtureCases(dir / "all.sqlite", dataset());
  auto db = openDatabase(dir / "all.sqlite");
  for (auto [from, to] : std::vector<std::pair<const char*, const char*>>{{"2026-01-01", "2026-01-31"},
                                                                          {"2026-02-01", "2026-02-28"},
                                                                          {"2026-03-01", "2026-03-31"},
                                                                          {"2026-03-15", "2026-03-15"},
                                                                          {"2026-01-01", "2026-12-31"},
                                                                          {"2026-04-01", "2026-04-30"}}) {
    auto report = reports::computeStatistics(*db, *reports::parsePeriod(from, to));
    BOOST_REQUIRE(report.ok());
    for (const auto& row : report->rows)
      BOOST_TEST(row.receivedTotal() == row.resolvedTotal() + row.pendingTotal(), from << ".." << to << " " << row.code);
  }
  // The next period carries over exactly what this one left pending.
  auto march = reports::computeStatistics(*db, kMarch);
  auto april = reports::computeStatistics(*db, *reports::parsePeriod("2026-04-01", "2026-04-30"));
  for (size_t i = 0; i < 2; ++i) BOOST_TEST(april->rows[i].carriedOver == march->rows[i].pendingTotal());
}

BOOST_AUTO_TEST_CASE(one_field_only) {
  TempDir dir;
  addFixtureCases(dir / "all.sqlite", dataset());
  auto db = openDatabase(dir / "all.sqlite");
  auto land = reports::computeStatistics(*db, kMarch, *reports::parseFields("dat_dai"));
  BOOST_REQUIRE(land.ok());
  BOOST_REQUIRE_EQUAL(land->rows.size(), 1u);
  BOOST_TEST(land->rows[0].code == "dat_dai");
  BOOST_TEST(!land->total);
  checkRow(land->rows[0], expected(reports::ReportField::Land, dataset()), "Đất đai alone");
  BOOST_TEST(!reports::parseFields("dat-dai").ok());
  BOOST_TEST(reports::parseFields("dat-dai").error().code == "report.bad_field");
}

// sqlite_only: reads SQLite's EXPLAIN QUERY PLAN wording (COVERING INDEX); PostgreSQL's planner says other things.
BOOST_AUTO_TEST_CASE(query_reads_only_the_covering_indexes, *boost::unit_test::label("sqlite_only")) {
  TempDir dir;
  addFixtureCases(dir / "all.sqlite", dataset());
  auto db = openDatabase(dir / "all.sqlite");
  auto plan = storage::ReportQueries(*db).statisticsPlan(kMarch.fromIso(), kMarch.endIso());
  BOOST_REQUIRE(plan.ok());
  int covering = 0;
  for (const auto& line : *plan) {
    BOOST_TEST_MESSAGE(line);
    BOOST_TEST(line.find("SCAN case_file") == std::string::npos, "a full table scan: " << line);
    if (line.find("COVERING INDEX case_file_report_") != std::string::npos) ++covering;
  }
  BOOST_TEST(covering == 8);  // four ranges per field
}

BOOST_AUTO_TEST_CASE(period_refusals) {
  auto order = reports::parsePeriod("2026-03-31", "2026-03-01");
  BOOST_REQUIRE(!order.ok());
  BOOST_TEST(order.error().code == "report.period_order");
  BOOST_TEST(order.error().vi.find("--from") != std::string::npos);
  for (const char* bad : {"2026-02-30", "2026-13-01", "31/03/2026", "", "2026-3-1", "hôm qua"}) {
    auto r = reports::parsePeriod(bad, "2026-03-31");
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().code == "report.bad_date");
    BOOST_TEST(r.error().en.find("--from") != std::string::npos);
  }
  auto to = reports::parsePeriod("2026-03-01", "2026-04-31");
  BOOST_REQUIRE(!to.ok());
  BOOST_TEST(to.error().en.find("--to") != std::string::npos);
  // One day is a period; its end is the next day.
  auto day = reports::parsePeriod("2026-12-31", "2026-12-31");
  BOOST_REQUIRE(day.ok());
  BOOST_TEST(day->endIso() == "2027-01-01");
  BOOST_TEST(day->describeVi() == "từ ngày 31/12/2026 đến ngày 31/12/2026");
  BOOST_TEST(reports::monthOrYear(2028, 2)->toIso() == "2028-02-29");
  BOOST_TEST(!reports::monthOrYear(2026, 13).ok());
}

BOOST_AUTO_TEST_SUITE_END()
