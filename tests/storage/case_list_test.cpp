// The case list kept on case_file (schema 4): back-filled by the migration, kept right by every write, read through
// the newest-first covering index; and the batched addAll, which must store exactly what adding one by one stores.
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <set>

#include "demo/synthetic_cases.h"
#include "storage/case_repository.h"
#include "storage/dialect.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

// SQLite's own plan for `sql`, one line per step ("SCAN case_file USING COVERING INDEX …").
std::string queryPlan(const std::filesystem::path& file, std::string_view sql) {
  sqlite3* db = nullptr;
  sqlite3_stmt* st = nullptr;
  std::string plan;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
      sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + std::string(sql)).c_str(), -1, &st, nullptr) == SQLITE_OK)
    while (sqlite3_step(st) == SQLITE_ROW) plan += reinterpret_cast<const char*>(sqlite3_column_text(st, 3)) + std::string("\n");
  else
    plan = std::string("error: ") + sqlite3_errmsg(db);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return plan;
}

// The first column of the first row of `sql`, as text.
std::string firstColumn(const std::filesystem::path& file, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_stmt* st = nullptr;
  std::string value;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
      sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
      sqlite3_column_text(st, 0))
    value = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return value;
}

const model::CaseSummary& row(const Result<std::vector<model::CaseSummary>>& list, const std::string& code) {
  BOOST_REQUIRE(list.ok());
  for (const auto& s : *list)
    if (s.code == code) return s;
  BOOST_FAIL("no list row for " + code);
  throw std::logic_error("unreachable");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(case_list)

BOOST_AUTO_TEST_CASE(migration_fills_the_list_columns_of_existing_cases, *boost::unit_test::label("sqlite_only")) {
  for (int v : {1, 3}) {
    BOOST_TEST_CONTEXT("from schema v" << v) {
      DatabaseFixture f;
      f.open(v).reset();
      // Parties and parcels linked out of order, as an old or foreign writer may have left them.
      BOOST_REQUIRE(rawSql(f.file,
                           "INSERT INTO case_file(id, code, kind, status, channel, received_at, officer) VALUES "
                           "(1, 'HS-2025-00001', 'gift', 'received', 'counter', '2025-12-01T08:00:00', 'A'),"
                           "(2, 'HS-2025-00002', 'gift', 'received', 'counter', '2025-12-02T08:00:00', 'A');"
                           "INSERT INTO party(id, full_name, marital_status) VALUES (3, 'Đinh Thị Thuỷ', 'single'),"
                           "(4, 'Lê Văn Tám', 'single');"
                           "INSERT INTO case_party VALUES (1, 1, 4, 'donee'), (1, 0, 3, 'donor');"
                           "INSERT INTO parcel(id, parcel_number, map_sheet, address, area, use_form) VALUES "
                           "(5, '12', '3', 'Thôn Phú Hải', '100', 'private'), (6, '99', '9', 'Khác', '1', 'private');"
                           "INSERT INTO case_parcel(case_id, position, parcel_id) VALUES (1, 1, 6), (1, 0, 5);"));
      // From v2 on the repository wrote search rows (v1 had none: migration 2 indexes those cases).
      if (v >= 2)
        BOOST_REQUIRE(rawSql(f.file, "INSERT INTO case_search(rowid, body) VALUES "
                                     "(1, 'HS-2025-00001 dinh thi thuy le van tam 12 thon phu hai 99 khac'),"
                                     "(2, 'HS-2025-00002');"));
      auto db = f.open();
      auto list = db->cases().list();
      const auto& first = row(list, "HS-2025-00001");
      BOOST_TEST(first.mainParty == "Đinh Thị Thuỷ");
      BOOST_TEST(first.parcelNumber == "12");
      BOOST_TEST(first.mapSheet == "3");
      BOOST_TEST(first.parcelAddress == "Thôn Phú Hải");
      const auto& bare = row(list, "HS-2025-00002");  // no party, no parcel yet
      BOOST_TEST(bare.mainParty.empty());
      BOOST_TEST(bare.parcelNumber.empty());
      BOOST_TEST(list->front().code == "HS-2025-00002");  // newest first
      // Migration 4 rebuilt the search index with its new prefixes, keeping every row.
      BOOST_TEST(db->cases().search("d thuy")->size() == 1u);
      BOOST_TEST(db->cases().search("HS-2025")->size() == 2u);
    }
  }
}

BOOST_AUTO_TEST_CASE(list_and_search_read_case_file_through_the_newest_first_index,
                     *boost::unit_test::label("sqlite_only")) {
  DatabaseFixture f;
  f.open().reset();
  const auto& sql = storage::sqliteDialect().sql;
  const std::string list = queryPlan(f.file, sql.caseSummaries);
  BOOST_TEST(list.find("USING COVERING INDEX case_file_newest") != std::string::npos, list);
  BOOST_TEST(list.find("TEMP B-TREE") == std::string::npos, list);  // no sort: the index is in list order
  const std::string search = queryPlan(f.file, sql.caseSummariesMatching);
  BOOST_TEST(search.find("case_search") != std::string::npos, search);
  BOOST_TEST(search.find("party") == std::string::npos, search);  // no joins left per row
  BOOST_TEST(search.find("parcel") == std::string::npos, search);
  // Every query word up to six letters reads one prefix index instead of merging the postings of all its words.
  const std::string tables = firstColumn(f.file, "SELECT group_concat(sql, ';') FROM sqlite_schema WHERE name LIKE "
                                                 "'case_search%' AND sql IS NOT NULL");
  BOOST_TEST(tables.find("prefix = '1 2 3 4 5 6'") != std::string::npos, tables);
  BOOST_TEST(tables.find("case_search_v2") == std::string::npos, tables);  // the old index is gone
}

BOOST_AUTO_TEST_CASE(editing_the_first_party_or_parcel_changes_the_list_row) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(db->cases().add(c, "t"));
  BOOST_TEST(row(db->cases().list(), c.code).mainParty == "Nguyễn Văn Đông");
  c.parties[0].party.fullName = "Nguyễn Văn Đồng";
  c.parcels[0].parcel.parcelNumber = "124";
  BOOST_REQUIRE(db->cases().update(c, "t"));
  auto edited = row(db->cases().list(), c.code);
  BOOST_TEST(edited.mainParty == "Nguyễn Văn Đồng");
  BOOST_TEST(edited.parcelNumber == "124");
  BOOST_TEST(edited.mapSheet == "45");
  // The second parcel moves first: the row follows the case's order.
  std::swap(c.parcels[0], c.parcels[1]);
  c.parcels[0].parcel.mapSheet = "7";
  BOOST_REQUIRE(db->cases().update(c, "t"));
  edited = row(db->cases().list(), c.code);
  BOOST_TEST(edited.parcelNumber == "123");
  BOOST_TEST(edited.mapSheet == "7");
  BOOST_TEST(row(db->cases().search("dong"), c.code).mainParty == "Nguyễn Văn Đồng");
}

BOOST_AUTO_TEST_CASE(a_shared_party_renamed_in_one_case_changes_the_other_case_too) {
  DatabaseFixture f;
  auto db = f.open();
  auto first = fullCase();
  BOOST_REQUIRE(db->cases().add(first, "t"));
  // The same seller comes back for another parcel: the officer picks the stored person.
  model::Case second;
  second.receivedAt = *parseCanonicalDateTime("2026-03-02T09:00:00");
  second.parties = {first.parties[0]};
  second.parties[0].spouse.reset();  // his wife is not in this case
  second.parcels = {first.parcels[1]};
  BOOST_REQUIRE(db->cases().add(second, "t"));
  BOOST_TEST(second.parties[0].party.id == first.parties[0].party.id);
  second.parties[0].party.fullName = "Nguyễn Văn Đức";
  second.parcels[0].parcel.address = "Thôn An Thái";
  BOOST_REQUIRE(db->cases().update(second, "t"));
  auto list = db->cases().list();
  BOOST_TEST(row(list, first.code).mainParty == "Nguyễn Văn Đức");
  BOOST_TEST(row(list, first.code).parcelNumber == "123");  // its first parcel was not the shared one
  auto found = db->cases().search("nguyen van duc");
  BOOST_REQUIRE(found.ok());
  BOOST_TEST(found->size() == 2u);
  BOOST_TEST(db->cases().search("an thai")->size() == 2u);  // the shared parcel's new address, in both cases
  BOOST_TEST(db->cases().search("nguyen van dong")->empty());
}

BOOST_AUTO_TEST_CASE(add_all_stores_what_adding_one_by_one_stores) {
  auto cases = demo::syntheticCases(60, 11, *parseCanonicalDateTime("2026-05-01T00:00:00"));
  cases.push_back(fullCase());  // documents, extracted fields, two ID documents, a shared-use parcel
  cases[0].code = "HS-2026-00050";  // a code given in the batch is kept, and later numbers go past it
  DatabaseFixture bulk, single;
  auto a = bulk.open(), b = single.open();
  auto batch = cases;
  BOOST_REQUIRE(a->cases().addAll(batch, "t"));
  auto oneByOne = cases;
  for (auto& c : oneByOne) BOOST_REQUIRE(b->cases().add(c, "t"));
  for (size_t i = 0; i < cases.size(); ++i) {
    BOOST_TEST_CONTEXT("case " << i) {
      BOOST_TEST(batch[i].id > 0);
      BOOST_TEST(batch[i].parties.at(0).party.id > 0);
      auto fromBulk = a->cases().byId(batch[i].id);
      auto fromSingle = b->cases().byCode(batch[i].code);
      BOOST_REQUIRE(fromBulk.ok());
      BOOST_REQUIRE(fromSingle.ok());
      BOOST_TEST((*fromBulk == batch[i]));  // the caller's copy got every id the rows got
      BOOST_TEST((*fromBulk == *fromSingle));
      auto events = a->cases().events(batch[i].id);
      BOOST_REQUIRE(events.ok());
      BOOST_REQUIRE(events->size() == 1u);
      BOOST_TEST(events->front().action == "created");
      BOOST_TEST(events->front().newValue == batch[i].code);
    }
  }
  std::set<std::string> codes;
  for (const auto& c : batch) codes.insert(c.code);
  BOOST_TEST(codes.size() == cases.size());
  BOOST_TEST(codes.count("HS-2026-00050") == 1u);
  BOOST_TEST(*codes.rbegin() > std::string("HS-2026-00050"));
  const auto& name = batch[5].parties[0].party.fullName;
  BOOST_TEST(a->cases().search(name)->size() == b->cases().search(name)->size());
}

BOOST_AUTO_TEST_CASE(codes_keep_counting_past_five_digits) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  c.code = "HS-2026-99999";
  BOOST_REQUIRE(db->cases().add(c, "t"));
  auto next = fullCase();
  BOOST_REQUIRE(db->cases().add(next, "t"));
  BOOST_TEST(next.code == "HS-2026-100000");
  auto after = fullCase();
  BOOST_REQUIRE(db->cases().add(after, "t"));
  BOOST_TEST(after.code == "HS-2026-100001");  // "HS-2026-100000" sorts before "HS-2026-99999" as text
  auto otherYear = fullCase();
  otherYear.receivedAt = *parseCanonicalDateTime("2027-01-04T08:00:00");
  BOOST_REQUIRE(db->cases().add(otherYear, "t"));
  BOOST_TEST(otherYear.code == "HS-2027-00001");
}

BOOST_AUTO_TEST_CASE(a_long_list_arrives_whole_in_order) {
  DatabaseFixture f;
  auto db = f.open();
  auto cases = demo::syntheticCases(5000, 3, *parseCanonicalDateTime("2026-05-01T00:00:00"));
  BOOST_REQUIRE(db->cases().addAll(cases, "t"));
  auto list = db->cases().list();  // read in chunks of a few thousand rows
  BOOST_REQUIRE(list.ok());
  BOOST_REQUIRE(list->size() == 5000u);
  std::set<int64_t> ids;
  for (size_t i = 0; i < list->size(); ++i) {
    ids.insert((*list)[i].id);
    if (i > 0) {
      const auto& newer = (*list)[i - 1];
      const auto& older = (*list)[i];
      BOOST_TEST_REQUIRE((newer.receivedAt > older.receivedAt ||
                          (newer.receivedAt == older.receivedAt && newer.id > older.id)));
    }
  }
  BOOST_TEST(ids.size() == 5000u);
  const auto& newest = list->front();
  auto whole = db->cases().byId(newest.id);
  BOOST_REQUIRE(whole.ok());
  BOOST_TEST(newest.mainParty == whole->parties[0].party.fullName);
  BOOST_TEST(newest.parcelAddress == whole->parcels[0].parcel.address);
  BOOST_TEST(db->cases().list(3)->size() == 3u);
  BOOST_TEST(db->cases().list(3)->back().id == (*list)[2].id);
  // A capped search keeps the most recently added matches.
  auto capped = db->cases().search("thon", 10);
  BOOST_REQUIRE(capped.ok());
  BOOST_REQUIRE(capped->size() == 10u);
  for (const auto& s : *capped) BOOST_TEST(s.id > cases[4980].id);
}

BOOST_AUTO_TEST_SUITE_END()
