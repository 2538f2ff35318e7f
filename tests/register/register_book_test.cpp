// The register itself: numbering across books and years, numbers never reused, closing, acts referring to the
// original, the number text format, and the hash chain catching an edit made to the SQLite file behind its back.
#include <boost/test/unit_test.hpp>

#include "register/authentication_register.h"
#include "register_fixture.h"
#include "storage/settings_repository.h"

using namespace landdesk;
using namespace landdesk::registry;
using namespace landdesk::test;

namespace {

NewEntry line(std::chrono::year_month_day date, const std::string& parties = "Nguyễn Văn A (CCCD 044080001234)") {
  NewEntry e;
  e.date = date;
  e.parties = parties;
  e.documentTitle = "Hợp đồng chuyển nhượng quyền sử dụng đất";
  e.fee = 50000;
  e.at = LocalDateTime(std::chrono::local_days(date)) + std::chrono::hours(9);
  return e;
}

RegisterEntry record(AuthenticationRegister& reg, const NewEntry& e) {
  auto r = reg.record(e, "officer");
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
  return *r;
}

}  // namespace

BOOST_AUTO_TEST_CASE(numbers_continue_across_books_and_restart_each_year) {
  RegisterFixture f;
  AuthenticationRegister reg(*f.db, f.office);
  BOOST_TEST(record(reg, line(ymd(2025, 12, 30))).number == 1);
  BOOST_TEST(record(reg, line(ymd(2025, 12, 31))).number == 2);

  auto first = record(reg, line(ymd(2026, 1, 5)));
  BOOST_TEST(first.year == 2026);
  BOOST_TEST(first.number == 1);  // a new year starts at 01
  BOOST_TEST(first.book == 1);
  BOOST_TEST(first.numberText == "Số chứng thực: 01, quyển số 01/2026-SCT/HĐ,GD");
  BOOST_TEST(record(reg, line(ymd(2026, 2, 1))).number == 2);

  // Book 01 is full: book 02 opened mid-year continues the year's numbering.
  auto book2 = reg.openBook(2026, "officer", at("2026-06-01T08:00:00"));
  BOOST_REQUIRE(book2.ok());
  BOOST_TEST(book2->number == 2);
  auto third = record(reg, line(ymd(2026, 6, 1)));
  BOOST_TEST(third.number == 3);
  BOOST_TEST(third.book == 2);
  BOOST_TEST(third.numberText == "Số chứng thực: 03, quyển số 02/2026-SCT/HĐ,GD");

  auto year2026 = reg.list(2026);
  BOOST_REQUIRE(year2026.ok());
  BOOST_TEST(year2026->size() == 3u);
  auto june = reg.list(2026, 6u);
  BOOST_REQUIRE(june.ok());
  BOOST_TEST(june->size() == 1u);
  BOOST_TEST(june->front().number == 3);
  BOOST_TEST(reg.list(2025)->size() == 2u);
  BOOST_TEST(reg.list(2026, 13u).error().code == "register.bad_month");
}

BOOST_AUTO_TEST_CASE(number_format_comes_from_the_setting) {
  RegisterFixture f;
  BOOST_REQUIRE(f.db->settings().set("format.register_number", "Số {number} quyển {book}/{year}-SCT/HĐGD", "test").ok());
  auto office = model::officeProfileFrom(*f.db->settings().all());
  AuthenticationRegister reg(*f.db, office);
  BOOST_TEST(record(reg, line(ymd(2026, 3, 2))).numberText == "Số 01 quyển 01/2026-SCT/HĐGD");
  BOOST_TEST(renderNumberText("Số chứng thực: {number}, quyển số {book}/{year}-SCT/HĐ,GD", 125, 1, 2026) ==
             "Số chứng thực: 125, quyển số 01/2026-SCT/HĐ,GD");
}

BOOST_AUTO_TEST_CASE(a_number_is_never_reused_and_lines_stay_in_order) {
  RegisterFixture f;
  AuthenticationRegister reg(*f.db, f.office);
  record(reg, line(ymd(2026, 3, 2)));
  record(reg, line(ymd(2026, 3, 3)));
  // Removing or rewriting a line through the database is refused by the schema itself.
  std::string why;
  BOOST_TEST(!rawSql(f.file, "DELETE FROM register_entry WHERE number = 2", &why));
  BOOST_TEST(why.find("permanent") != std::string::npos);
  BOOST_TEST(!rawSql(f.file, "UPDATE register_entry SET number = 5 WHERE number = 2", &why));
  BOOST_TEST(!rawSql(f.file, "INSERT INTO register_entry(year, number, book_id, entry_date, parties, document_title, "
                             "signer, fee, kind, number_text, recorded_at, recorded_by, previous_hash, hash) "
                             "SELECT year, number, book_id, entry_date, parties, document_title, signer, fee, kind, "
                             "number_text, recorded_at, recorded_by, previous_hash, hash FROM register_entry WHERE number = 1",
                 &why));  // UNIQUE (year, number)
  BOOST_TEST(record(reg, line(ymd(2026, 3, 3))).number == 3);
  // The register is written consecutively: a date before the last line is refused.
  auto early = reg.record(line(ymd(2026, 3, 1)), "officer");
  BOOST_REQUIRE(!early.ok());
  BOOST_TEST(early.error().code == "register.date_order");
  auto noParties = line(ymd(2026, 3, 4));
  noParties.parties = "  ";
  BOOST_TEST(reg.record(noParties, "officer").error().code == "register.no_parties");
  auto future = line(ymd(2026, 3, 9));
  future.at = at("2026-03-05T09:00:00");
  BOOST_TEST(reg.record(future, "officer").error().code == "register.future_date");
  BOOST_TEST(reg.list(2026)->size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_closed_year_refuses_new_lines_acts_and_books) {
  RegisterFixture f;
  AuthenticationRegister reg(*f.db, f.office);
  auto original = record(reg, line(ymd(2025, 11, 20)));
  record(reg, line(ymd(2025, 12, 1)));
  BOOST_TEST(reg.closeYear(2025, "chủ tịch", at("2025-12-30T17:00:00")).error().code == "register.close_early");
  auto closed = reg.closeYear(2025, "Võ Văn Thành", at("2025-12-31T17:00:00"));
  BOOST_REQUIRE(closed.ok());
  BOOST_TEST(*closed->closingTotal == 2);
  BOOST_TEST(closed->closedBy == "Võ Văn Thành");
  BOOST_TEST(reg.closeYear(2025, "x", at("2026-01-02T08:00:00")).error().code == "register.already_closed");

  auto late = line(ymd(2025, 12, 31));
  late.at = at("2026-01-02T08:00:00");
  BOOST_TEST(reg.record(late, "officer").error().code == "register.year_closed");
  BOOST_TEST(reg.openBook(2025, "officer").error().code == "register.year_closed");
  NewEntry correction;
  correction.date = ymd(2025, 12, 31);
  correction.at = at("2026-01-02T08:00:00");
  BOOST_TEST(reg.correct(2025, original.number, correction, "officer").error().code == "register.year_closed");
  // The schema refuses it too, and a closed book cannot be reopened behind the application's back.
  BOOST_TEST(!rawSql(f.file, "UPDATE register_book SET closed_at = NULL WHERE year = 2025"));
  // An act in the new year on a 2025 original is the new year's line.
  correction.date = ymd(2026, 1, 2);
  auto act = reg.correct(2025, original.number, correction, "officer");
  BOOST_REQUIRE(act.ok());
  BOOST_TEST(act->year == 2026);
  BOOST_TEST(act->number == 1);
  BOOST_TEST(reg.verify()->intact);
}

BOOST_AUTO_TEST_CASE(amendments_cancellations_and_corrections_refer_to_the_original) {
  RegisterFixture f;
  AuthenticationRegister reg(*f.db, f.office);
  auto original = record(reg, line(ymd(2026, 3, 2), "Nguyễn Văn A; Trần Thị B"));
  NewEntry change;
  change.date = ymd(2026, 3, 10);
  change.at = at("2026-03-10T09:00:00");
  change.note = "Sửa đổi giá chuyển nhượng";
  change.fee = 30000;
  auto amendment = reg.amend(2026, original.number, change, "officer");
  BOOST_REQUIRE(amendment.ok());
  BOOST_TEST(amendment->number == 2);  // its own number
  BOOST_TEST((amendment->kind == EntryKind::Amendment));
  BOOST_TEST(*amendment->refersTo == original.id);
  BOOST_TEST(amendment->refersToText == "1/2026");
  BOOST_TEST(amendment->parties == original.parties);  // defaults to the original's
  BOOST_TEST(amendment->documentTitle == original.documentTitle);

  // Only an original can be amended; the amendment's own number is refused as a target.
  BOOST_TEST(reg.amend(2026, amendment->number, change, "officer").error().code == "register.not_original");
  BOOST_TEST(reg.amend(2026, 99, change, "officer").error().code == "register.unknown_entry");

  change.fee = 25000;
  auto correction = reg.correct(2026, original.number, change, "officer");
  BOOST_REQUIRE(correction.ok());
  BOOST_TEST((correction->kind == EntryKind::Correction));
  change.fee = 30000;
  auto cancellation = reg.cancel(2026, original.number, change, "officer");
  BOOST_REQUIRE(cancellation.ok());
  BOOST_TEST(cancellation->number == 4);
  BOOST_TEST(reg.amend(2026, original.number, change, "officer").error().code == "register.cancelled");

  auto listed = reg.list(2026);
  BOOST_REQUIRE(listed.ok());
  BOOST_TEST(listed->at(3).refersToText == "1/2026");  // read back from the database
  BOOST_TEST((listed->at(3).kind == EntryKind::Cancellation));
}

BOOST_AUTO_TEST_CASE(verify_finds_the_first_entry_edited_in_the_file) {
  RegisterFixture f;
  AuthenticationRegister reg(*f.db, f.office);
  for (unsigned d = 2; d <= 6; ++d) record(reg, line(ymd(2026, 3, d)));
  auto clean = reg.verify();
  BOOST_REQUIRE(clean.ok());
  BOOST_TEST(clean->intact);
  BOOST_TEST(clean->entriesChecked == 5);

  // Someone with the file and an SQLite tool drops the guard and changes the fee of line 3.
  BOOST_REQUIRE(rawSql(f.file, bypassingGuards(f.file, "DROP TRIGGER register_entry_no_update;",
                               "UPDATE register_entry SET fee = 5000 WHERE year = 2026 AND number = 3")));
  auto edited = reg.verify();
  BOOST_REQUIRE(edited.ok());
  BOOST_TEST(!edited->intact);
  BOOST_REQUIRE(edited->firstBad.has_value());
  BOOST_TEST(edited->firstBad->number == 3);
  BOOST_TEST(edited->problemEn.find("altered") != std::string::npos);

  // Recomputing that line's hash does not help: the next line's link to it breaks instead.
  auto entries = *reg.list(2026);
  RegisterEntry forged = entries[2];
  const std::string newHash = entryHash(forged, forged.previousHash);
  BOOST_REQUIRE(rawSql(f.file, bypassingGuards(f.file, "", "UPDATE register_entry SET hash = '" + newHash +
                                                             "' WHERE year = 2026 AND number = 3")));
  auto relinked = reg.verify();
  BOOST_TEST(!relinked->intact);
  BOOST_TEST(relinked->firstBad->number == 4);
  BOOST_TEST(relinked->problemEn.find("chain") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(verify_finds_a_deleted_line_and_a_forged_closing) {
  RegisterFixture f;
  AuthenticationRegister reg(*f.db, f.office);
  for (unsigned d = 1; d <= 3; ++d) record(reg, line(ymd(2025, 12, d)));
  BOOST_REQUIRE(reg.closeYear(2025, "Võ Văn Thành", at("2025-12-31T17:00:00")).ok());
  BOOST_TEST(reg.verify()->intact);
  BOOST_REQUIRE(rawSql(f.file, bypassingGuards(f.file, "DROP TRIGGER register_book_closed;",
                                             "UPDATE register_book SET closing_total = 2")));
  auto forged = reg.verify();
  BOOST_TEST(!forged->intact);
  BOOST_TEST(forged->problemEn.find("closing of 2025") != std::string::npos);
  BOOST_REQUIRE(rawSql(f.file, bypassingGuards(f.file, "", "UPDATE register_book SET closing_total = 3")));
  BOOST_TEST(reg.verify()->intact);
  BOOST_REQUIRE(rawSql(f.file, bypassingGuards(f.file, "DROP TRIGGER register_entry_no_delete;",
                                             "DELETE FROM register_entry WHERE number = 2")));
  auto gap = reg.verify();
  BOOST_TEST(!gap->intact);
  BOOST_TEST(gap->firstBad->number == 3);
}

BOOST_AUTO_TEST_CASE(hash_covers_every_field) {
  RegisterEntry e;
  e.year = 2026;
  e.number = 1;
  e.date = ymd(2026, 3, 2);
  e.parties = "A";
  e.documentTitle = "T";
  const std::string base = entryHash(e, "");
  auto changed = [&](auto mutate) {
    RegisterEntry copy = e;
    mutate(copy);
    return entryHash(copy, "") != base;
  };
  BOOST_TEST(changed([](RegisterEntry& x) { x.number = 2; }));
  BOOST_TEST(changed([](RegisterEntry& x) { x.parties = "A\nnote="; }));
  BOOST_TEST(changed([](RegisterEntry& x) { x.fee = 1; }));
  BOOST_TEST((changed([](RegisterEntry& x) { x.kind = EntryKind::Correction; })));
  BOOST_TEST(changed([](RegisterEntry& x) { x.caseId = 7; }));
  BOOST_TEST(changed([](RegisterEntry& x) { x.signer = "S"; }));
  BOOST_TEST(entryHash(e, "x") != base);
  BOOST_TEST(base.size() == 64u);
}
