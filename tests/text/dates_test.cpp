// Dates: Decree 30's "ngày 05 tháng 02 năm 2026" (legal-facts §7.1), dates in words for lời chứng (§7.2), parsing.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "text/dates.h"

using namespace landdesk::text;
using namespace std::chrono;
namespace bdata = boost::unit_test::data;

namespace {

year_month_day ymd(int y, unsigned m, unsigned d) { return year_month_day{year{y}, month{m}, day{d}}; }

struct LongRow {
  int y;
  unsigned m, d;
  std::string text;
};
std::ostream& operator<<(std::ostream& os, const LongRow& r) { return os << r.text; }

// Leading zero for days < 10 and for months 1 and 2 only.
const std::vector<LongRow> kLong = {
    {2026, 2, 5, "ngày 05 tháng 02 năm 2026"},   {2026, 1, 1, "ngày 01 tháng 01 năm 2026"},
    {2026, 1, 15, "ngày 15 tháng 01 năm 2026"},  {2026, 2, 28, "ngày 28 tháng 02 năm 2026"},
    {2026, 3, 5, "ngày 05 tháng 3 năm 2026"},    {2026, 4, 5, "ngày 05 tháng 4 năm 2026"},
    {2026, 5, 5, "ngày 05 tháng 5 năm 2026"},    {2026, 6, 5, "ngày 05 tháng 6 năm 2026"},
    {2026, 7, 5, "ngày 05 tháng 7 năm 2026"},    {2026, 8, 5, "ngày 05 tháng 8 năm 2026"},
    {2026, 9, 5, "ngày 05 tháng 9 năm 2026"},    {2026, 10, 5, "ngày 05 tháng 10 năm 2026"},
    {2026, 11, 5, "ngày 05 tháng 11 năm 2026"},  {2026, 12, 5, "ngày 05 tháng 12 năm 2026"},
    {2026, 11, 15, "ngày 15 tháng 11 năm 2026"}, {2026, 12, 31, "ngày 31 tháng 12 năm 2026"},
    {2026, 10, 9, "ngày 09 tháng 10 năm 2026"},  {2024, 2, 29, "ngày 29 tháng 02 năm 2024"},
    {2025, 9, 10, "ngày 10 tháng 9 năm 2025"},   {2025, 7, 1, "ngày 01 tháng 7 năm 2025"},
};

struct WordsRow {
  int y;
  unsigned m, d;
  bool south;
  std::string words;
};
std::ostream& operator<<(std::ostream& os, const WordsRow& r) { return os << r.words; }

const std::vector<WordsRow> kWords = {
    {2026, 11, 15, false, "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi sáu"},
    {2026, 2, 5, false, "ngày năm tháng hai năm hai nghìn không trăm hai mươi sáu"},
    {2026, 4, 24, false, "ngày hai mươi bốn tháng tư năm hai nghìn không trăm hai mươi sáu"},
    {2021, 1, 21, false, "ngày hai mươi mốt tháng một năm hai nghìn không trăm hai mươi mốt"},
    {2005, 12, 31, false, "ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm linh năm"},
    {2005, 12, 31, true, "ngày ba mươi mốt tháng mười hai năm hai ngàn không trăm lẻ năm"},
    {2000, 10, 10, false, "ngày mười tháng mười năm hai nghìn"},
    {1999, 6, 15, false, "ngày mười lăm tháng sáu năm một nghìn chín trăm chín mươi chín"},
    {2010, 7, 14, false, "ngày mười bốn tháng bảy năm hai nghìn không trăm mười"},
    {2015, 8, 25, false, "ngày hai mươi lăm tháng tám năm hai nghìn không trăm mười lăm"},
    {2024, 9, 1, false, "ngày một tháng chín năm hai nghìn không trăm hai mươi bốn"},
    {2100, 3, 11, false, "ngày mười một tháng ba năm hai nghìn một trăm"},
    {2026, 5, 20, true, "ngày hai mươi tháng năm năm hai ngàn không trăm hai mươi sáu"},
    {2026, 1, 1, true, "ngày một tháng một năm hai ngàn không trăm hai mươi sáu"},
};

struct ParseRow {
  std::string typed;
  bool ok;
  int y;
  unsigned m, d;
};
std::ostream& operator<<(std::ostream& os, const ParseRow& r) { return os << '"' << r.typed << '"'; }

const std::vector<ParseRow> kIso = {
    {"2026-02-05", true, 2026, 2, 5},  {"2024-02-29", true, 2024, 2, 29}, {"1990-12-31", true, 1990, 12, 31},
    {"2026-02-29", false, 0, 0, 0},    {"2026-02-31", false, 0, 0, 0},    {"2026-13-01", false, 0, 0, 0},
    {"2026-00-10", false, 0, 0, 0},    {"2026-04-31", false, 0, 0, 0},    {"2026-01-00", false, 0, 0, 0},
    {"2026-2-5", false, 0, 0, 0},      {"05/02/2026", false, 0, 0, 0},    {"", false, 0, 0, 0},
    {"2026-02-05x", false, 0, 0, 0},   {"abcd-ef-gh", false, 0, 0, 0},    {"2026/02/05", false, 0, 0, 0},
    {"0000-01-01", false, 0, 0, 0},    {" 2026-02-05", false, 0, 0, 0},   {"2100-02-29", false, 0, 0, 0},
};

const std::vector<ParseRow> kDmy = {
    {"05/02/2026", true, 2026, 2, 5},  {"5/2/2026", true, 2026, 2, 5},    {"05022026", true, 2026, 2, 5},
    {"05-02-2026", true, 2026, 2, 5},  {"05.02.2026", true, 2026, 2, 5},  {"29022024", true, 2024, 2, 29},
    {"31/12/1999", true, 1999, 12, 31}, {"01011990", true, 1990, 1, 1},
    {"31/02/2026", false, 0, 0, 0},    {"31022026", false, 0, 0, 0},      {"29022025", false, 0, 0, 0},
    {"05/02/26", false, 0, 0, 0},      {"05/02-2026", false, 0, 0, 0},    {"", false, 0, 0, 0},
    {"0502202", false, 0, 0, 0},       {"32/01/2026", false, 0, 0, 0},    {"00/01/2026", false, 0, 0, 0},
    {"05/13/2026", false, 0, 0, 0},    {"aa/bb/cccc", false, 0, 0, 0},    {"2026-02-05", false, 0, 0, 0},
    {"050220266", false, 0, 0, 0},     {"5 2 2026", false, 0, 0, 0},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(dates)

BOOST_DATA_TEST_CASE(decree_30_long_form, bdata::make(kLong), row) { BOOST_TEST(dateLong(ymd(row.y, row.m, row.d)) == row.text); }

BOOST_AUTO_TEST_CASE(place_and_date_line) {
  BOOST_TEST(placeDateLine("Xã Hải Lăng", ymd(2026, 2, 5)) == "Xã Hải Lăng, ngày 05 tháng 02 năm 2026");
  BOOST_TEST(placeDateLine("Phường Đông Hà", ymd(2026, 11, 15)) == "Phường Đông Hà, ngày 15 tháng 11 năm 2026");
}

BOOST_DATA_TEST_CASE(dates_in_words, bdata::make(kWords), row) {
  auto w = dateWords(ymd(row.y, row.m, row.d), row.south ? WordsStyle::south() : WordsStyle::north());
  BOOST_TEST_REQUIRE(w.ok());
  BOOST_TEST(*w == row.words);
}

BOOST_AUTO_TEST_CASE(date_words_tu_switch_leaves_april_named) {
  WordsStyle s;
  s.tu = true;
  BOOST_TEST(*dateWords(ymd(2024, 4, 24), s) ==
             "ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi tư");
}

BOOST_AUTO_TEST_CASE(date_words_refuses_invalid_date) {
  auto w = dateWords(ymd(2026, 2, 31));
  BOOST_TEST_REQUIRE(!w.ok());
  BOOST_TEST(w.error().code == "date.invalid");
}

BOOST_DATA_TEST_CASE(parse_iso, bdata::make(kIso), row) {
  auto d = parseIsoDate(row.typed);
  BOOST_TEST_REQUIRE(d.ok() == row.ok);
  if (row.ok) BOOST_TEST((*d == ymd(row.y, row.m, row.d)));
  else BOOST_TEST(d.error().code == "date.invalid");
}

BOOST_DATA_TEST_CASE(parse_dmy, bdata::make(kDmy), row) {
  auto d = parseDmyDate(row.typed);
  BOOST_TEST_REQUIRE(d.ok() == row.ok);
  if (row.ok) BOOST_TEST((*d == ymd(row.y, row.m, row.d)));
  else BOOST_TEST(d.error().code == "date.invalid");
}

BOOST_AUTO_TEST_CASE(iso_round_trip) {
  for (const std::string s : {"2026-02-05", "1990-01-01", "2024-02-29", "2000-12-31", "1955-05-12"}) {
    auto d = parseIsoDate(s);
    BOOST_TEST_REQUIRE(d.ok());
    BOOST_TEST(landdesk::isoDate(*d) == s);
  }
}

BOOST_AUTO_TEST_SUITE_END()
