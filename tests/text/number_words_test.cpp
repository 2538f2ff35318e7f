// Integers and money in words, every row written from legal-facts §7.2 (rules and the 20 worked examples).
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "text/number_words.h"

using namespace landdesk::text;
namespace bdata = boost::unit_test::data;

namespace {

struct Row {
  int64_t n;
  std::string words;
};
std::ostream& operator<<(std::ostream& os, const Row& r) { return os << r.n << " -> " << r.words; }

WordsStyle tuStyle() {
  WordsStyle s;
  s.tu = true;
  return s;
}

// The 20 worked examples of legal-facts §7.2, northern style; example 5 is read with "tư" (see tuRows).
const std::vector<Row> kWorkedExamples = {
    {11, "mười một"},
    {14, "mười bốn"},
    {15, "mười lăm"},
    {21, "hai mươi mốt"},
    {25, "hai mươi lăm"},
    {105, "một trăm linh năm"},
    {110, "một trăm mười"},
    {115, "một trăm mười lăm"},
    {1001, "một nghìn không trăm linh một"},
    {1010, "một nghìn không trăm mười"},
    {25000, "hai mươi lăm nghìn"},
    {500000, "năm trăm nghìn"},
    {1000005, "một triệu không trăm linh năm"},
    {1500000, "một triệu năm trăm nghìn"},
    {2050000, "hai triệu không trăm năm mươi nghìn"},
    {45500000, "bốn mươi lăm triệu năm trăm nghìn"},
    {150000000, "một trăm năm mươi triệu"},
    {1250000000, "một tỷ hai trăm năm mươi triệu"},
    {3021000000, "ba tỷ không trăm hai mươi mốt triệu"},
    // §7.2 tax examples: 2 % PIT and 0,5 % LPTB of 1.250.000.000
    {25000000, "hai mươi lăm triệu"},
    {6250000, "sáu triệu hai trăm năm mươi nghìn"},
};

// Northern default (linh, nghìn, bốn, tỷ), one rule at a time.
const std::vector<Row> kNorthRows = {
    // digits; zero alone is "không"
    {0, "không"}, {1, "một"}, {2, "hai"}, {3, "ba"}, {4, "bốn"}, {5, "năm"}, {6, "sáu"}, {7, "bảy"}, {8, "tám"},
    {9, "chín"},
    // mười = 10–19: một (not mốt) after mười, lăm after mười, bốn always in 14
    {10, "mười"}, {12, "mười hai"}, {13, "mười ba"}, {16, "mười sáu"}, {17, "mười bảy"}, {18, "mười tám"},
    {19, "mười chín"},
    // mươi for 20–90: mốt, lăm, bốn (default) after mươi
    {20, "hai mươi"}, {22, "hai mươi hai"}, {23, "hai mươi ba"}, {24, "hai mươi bốn"}, {26, "hai mươi sáu"},
    {27, "hai mươi bảy"}, {28, "hai mươi tám"}, {29, "hai mươi chín"}, {30, "ba mươi"}, {31, "ba mươi mốt"},
    {34, "ba mươi bốn"}, {35, "ba mươi lăm"}, {40, "bốn mươi"}, {41, "bốn mươi mốt"}, {44, "bốn mươi bốn"},
    {45, "bốn mươi lăm"}, {50, "năm mươi"}, {51, "năm mươi mốt"}, {55, "năm mươi lăm"}, {60, "sáu mươi"},
    {61, "sáu mươi mốt"}, {65, "sáu mươi lăm"}, {70, "bảy mươi"}, {71, "bảy mươi mốt"}, {75, "bảy mươi lăm"},
    {80, "tám mươi"}, {81, "tám mươi mốt"}, {85, "tám mươi lăm"}, {90, "chín mươi"}, {91, "chín mươi mốt"},
    {94, "chín mươi bốn"}, {95, "chín mươi lăm"}, {99, "chín mươi chín"},
    // hundreds: linh for a zero tens digit; năm (not lăm) and một (not mốt) after linh
    {100, "một trăm"}, {101, "một trăm linh một"}, {102, "một trăm linh hai"}, {104, "một trăm linh bốn"},
    {109, "một trăm linh chín"}, {111, "một trăm mười một"}, {114, "một trăm mười bốn"},
    {120, "một trăm hai mươi"}, {121, "một trăm hai mươi mốt"}, {124, "một trăm hai mươi bốn"},
    {125, "một trăm hai mươi lăm"}, {200, "hai trăm"}, {205, "hai trăm linh năm"}, {250, "hai trăm năm mươi"},
    {305, "ba trăm linh năm"}, {500, "năm trăm"}, {505, "năm trăm linh năm"}, {515, "năm trăm mười lăm"},
    {555, "năm trăm năm mươi lăm"}, {701, "bảy trăm linh một"}, {711, "bảy trăm mười một"},
    {999, "chín trăm chín mươi chín"},
    // nghìn; an inner group with zero hundreds reads "không trăm"
    {1000, "một nghìn"}, {1005, "một nghìn không trăm linh năm"}, {1011, "một nghìn không trăm mười một"},
    {1015, "một nghìn không trăm mười lăm"}, {1021, "một nghìn không trăm hai mươi mốt"},
    {1100, "một nghìn một trăm"}, {1105, "một nghìn một trăm linh năm"}, {1250, "một nghìn hai trăm năm mươi"},
    {2000, "hai nghìn"}, {2021, "hai nghìn không trăm hai mươi mốt"}, {2026, "hai nghìn không trăm hai mươi sáu"},
    {5555, "năm nghìn năm trăm năm mươi lăm"}, {10000, "mười nghìn"}, {11000, "mười một nghìn"},
    {15000, "mười lăm nghìn"}, {21000, "hai mươi mốt nghìn"}, {50500, "năm mươi nghìn năm trăm"},
    {100000, "một trăm nghìn"}, {101000, "một trăm linh một nghìn"}, {105000, "một trăm linh năm nghìn"},
    {115015, "một trăm mười lăm nghìn không trăm mười lăm"}, {999999, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
    // triệu; an empty group is skipped
    {1000000, "một triệu"}, {1000001, "một triệu không trăm linh một"},
    {1001000, "một triệu không trăm linh một nghìn"}, {1010010, "một triệu không trăm mười nghìn không trăm mười"},
    {2500000, "hai triệu năm trăm nghìn"}, {10000000, "mười triệu"}, {21000000, "hai mươi mốt triệu"},
    {100000100, "một trăm triệu một trăm"}, {105105105, "một trăm linh năm triệu một trăm linh năm nghìn một trăm linh năm"},
    {999000099, "chín trăm chín mươi chín triệu không trăm chín mươi chín"},
    // tỷ, nghìn tỷ, triệu tỷ
    {1000000000, "một tỷ"}, {1000000001, "một tỷ không trăm linh một"},
    {1000001000, "một tỷ không trăm linh một nghìn"}, {1001000000, "một tỷ không trăm linh một triệu"},
    {2000000000, "hai tỷ"}, {15000000000, "mười lăm tỷ"}, {21500000000, "hai mươi mốt tỷ năm trăm triệu"},
    {100000000000, "một trăm tỷ"}, {1000000000000, "một nghìn tỷ"}, {1500000000000, "một nghìn năm trăm tỷ"},
    {1000000000005, "một nghìn tỷ không trăm linh năm"}, {1001000000000, "một nghìn không trăm linh một tỷ"},
    {25000000000000, "hai mươi lăm nghìn tỷ"}, {1000000000000000, "một triệu tỷ"},
    {2000000000000000, "hai triệu tỷ"}, {1000001001000000, "một triệu không trăm linh một tỷ không trăm linh một triệu"},
    {kMaxWordsInteger,
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
};

// Southern style: lẻ and ngàn (tư and tỉ are separate switches, off).
const std::vector<Row> kSouthRows = {
    {0, "không"}, {11, "mười một"}, {14, "mười bốn"}, {15, "mười lăm"}, {21, "hai mươi mốt"},
    {24, "hai mươi bốn"}, {25, "hai mươi lăm"}, {101, "một trăm lẻ một"}, {104, "một trăm lẻ bốn"},
    {105, "một trăm lẻ năm"}, {110, "một trăm mười"}, {1000, "một ngàn"}, {1001, "một ngàn không trăm lẻ một"},
    {1010, "một ngàn không trăm mười"}, {25000, "hai mươi lăm ngàn"}, {500000, "năm trăm ngàn"},
    {1000005, "một triệu không trăm lẻ năm"}, {1500000, "một triệu năm trăm ngàn"},
    {2050000, "hai triệu không trăm năm mươi ngàn"}, {45500000, "bốn mươi lăm triệu năm trăm ngàn"},
    {150000000, "một trăm năm mươi triệu"}, {1250000000, "một tỷ hai trăm năm mươi triệu"},
    {3021000000, "ba tỷ không trăm hai mươi mốt triệu"}, {6250000, "sáu triệu hai trăm năm mươi ngàn"},
    {1000000000000, "một ngàn tỷ"}, {1000000000005, "một ngàn tỷ không trăm lẻ năm"},
    {105105, "một trăm lẻ năm ngàn một trăm lẻ năm"}, {2005, "hai ngàn không trăm lẻ năm"},
};

// "tư" after mươi only: 14 stays mười bốn, 104 stays linh bốn, a lone 4 stays bốn.
const std::vector<Row> kTuRows = {
    {24, "hai mươi tư"}, {34, "ba mươi tư"}, {44, "bốn mươi tư"}, {54, "năm mươi tư"}, {64, "sáu mươi tư"},
    {74, "bảy mươi tư"}, {84, "tám mươi tư"}, {94, "chín mươi tư"}, {4, "bốn"}, {14, "mười bốn"},
    {104, "một trăm linh bốn"}, {114, "một trăm mười bốn"}, {124, "một trăm hai mươi tư"},
    {1024, "một nghìn không trăm hai mươi tư"}, {24000, "hai mươi tư nghìn"}, {400, "bốn trăm"},
    {40, "bốn mươi"}, {24024, "hai mươi tư nghìn không trăm hai mươi tư"},
};

// "tỉ" spelling.
const std::vector<Row> kTiRows = {
    {1000000000, "một tỉ"}, {1250000000, "một tỉ hai trăm năm mươi triệu"}, {1000000000000, "một nghìn tỉ"},
    {999, "chín trăm chín mươi chín"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(number_words)

BOOST_DATA_TEST_CASE(worked_examples_north, bdata::make(kWorkedExamples), row) {
  auto words = integerWords(row.n);
  BOOST_TEST_REQUIRE(words.ok());
  BOOST_TEST(*words == row.words);
  BOOST_TEST(*integerWords(row.n, WordsStyle::north()) == row.words);
}

BOOST_DATA_TEST_CASE(north_rules, bdata::make(kNorthRows), row) {
  auto words = integerWords(row.n, WordsStyle::forRegion(Region::North));
  BOOST_TEST_REQUIRE(words.ok());
  BOOST_TEST(*words == row.words);
}

BOOST_DATA_TEST_CASE(south_rules, bdata::make(kSouthRows), row) {
  auto words = integerWords(row.n, WordsStyle::forRegion(Region::South));
  BOOST_TEST_REQUIRE(words.ok());
  BOOST_TEST(*words == row.words);
}

BOOST_DATA_TEST_CASE(tu_after_muoi, bdata::make(kTuRows), row) {
  auto words = integerWords(row.n, tuStyle());
  BOOST_TEST_REQUIRE(words.ok());
  BOOST_TEST(*words == row.words);
}

BOOST_DATA_TEST_CASE(ti_spelling, bdata::make(kTiRows), row) {
  WordsStyle s;
  s.ti = true;
  BOOST_TEST(*integerWords(row.n, s) == row.words);
}

BOOST_AUTO_TEST_CASE(worked_example_5_with_tu) { BOOST_TEST(*integerWords(24, tuStyle()) == "hai mươi tư"); }

BOOST_AUTO_TEST_CASE(style_presets) {
  const WordsStyle n = WordsStyle::north(), s = WordsStyle::south();
  BOOST_TEST((!n.le && !n.ngan && !n.tu && !n.ti));
  BOOST_TEST((s.le && s.ngan && !s.tu && !s.ti));
}

// Rule invariants over every integer below 100 000 (and a stride beyond): forms the rules forbid never appear.
BOOST_AUTO_TEST_CASE(forbidden_forms_never_appear) {
  const std::vector<std::string> forbidden = {"mươi một", "mươi năm", "mười năm", "mười mốt", "linh mốt",
                                              "linh lăm", "mười tư", "linh tư", "  ", "không trăm không"};
  for (int64_t n = 1; n < 2'000'000'000; n = n < 100000 ? n + 1 : n * 3 + 7) {
    const std::string w = *integerWords(n);
    for (const auto& f : forbidden)
      if (w.find(f) != std::string::npos) BOOST_ERROR(n << " reads \"" << w << "\" containing \"" << f << "\"");
    if (w.starts_with("không")) BOOST_ERROR(n << " starts with không: " << w);
  }
}

struct MoneyRow {
  int64_t n;
  bool south;
  bool chan;
  std::string words;
};
std::ostream& operator<<(std::ostream& os, const MoneyRow& r) { return os << r.n << " -> " << r.words; }

const std::vector<MoneyRow> kMoneyRows = {
    {1250000000, false, false, "Một tỷ hai trăm năm mươi triệu đồng"},
    {1250000000, false, true, "Một tỷ hai trăm năm mươi triệu đồng chẵn"},
    {25000000, false, false, "Hai mươi lăm triệu đồng"},
    {6250000, false, false, "Sáu triệu hai trăm năm mươi nghìn đồng"},
    {6250000, true, false, "Sáu triệu hai trăm năm mươi ngàn đồng"},
    {500000, false, true, "Năm trăm nghìn đồng chẵn"},
    {0, false, false, "Không đồng"},
    {1, false, false, "Một đồng"},
    {11, false, false, "Mười một đồng"},
    {105, true, false, "Một trăm lẻ năm đồng"},
    {105, false, false, "Một trăm linh năm đồng"},
    {4000000, false, false, "Bốn triệu đồng"},
    {8500000, false, true, "Tám triệu năm trăm nghìn đồng chẵn"},
    {1000000000000, false, false, "Một nghìn tỷ đồng"},
    {3021000000, false, true, "Ba tỷ không trăm hai mươi mốt triệu đồng chẵn"},
};

BOOST_DATA_TEST_CASE(money_form, bdata::make(kMoneyRows), row) {
  auto words = moneyWords(row.n, row.south ? WordsStyle::south() : WordsStyle::north(), row.chan);
  BOOST_TEST_REQUIRE(words.ok());
  BOOST_TEST(*words == row.words);
}

const std::vector<int64_t> kOutOfRange = {-1, -5, -1000000, std::numeric_limits<int64_t>::min(), kMaxWordsInteger + 1,
                                          std::numeric_limits<int64_t>::max()};

BOOST_DATA_TEST_CASE(refuses_negative_and_beyond_range, bdata::make(kOutOfRange), n) {
  auto words = integerWords(n);
  BOOST_TEST_REQUIRE(!words.ok());
  BOOST_TEST(words.error().code == (n < 0 ? "words.negative" : "words.out_of_range"));
  BOOST_TEST(!words.error().vi.empty());
  BOOST_TEST(!words.error().en.empty());
  auto money = moneyWords(n, WordsStyle::south(), true);
  BOOST_TEST_REQUIRE(!money.ok());
  BOOST_TEST(money.error().code == words.error().code);
}

BOOST_AUTO_TEST_SUITE_END()
