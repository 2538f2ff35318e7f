#include <boost/test/unit_test.hpp>

#include "rules/tax_estimate.h"
#include "rules_fixture.h"

using namespace landdesk;
using namespace landdesk::rules;
using landdesk::test::day;
using landdesk::test::shippedRules;

namespace {

TaxRequest request(const char* kind, const char* date, int64_t price, std::optional<std::string> rel = std::nullopt) {
  TaxRequest q;
  q.kind = kind;
  q.date = day(date);
  q.price = price;
  q.relationship = std::move(rel);
  return q;
}

int64_t family(const TaxEstimate& e, const std::string& fam) {
  int64_t sum = 0;
  for (const TaxLine& l : e.lines)
    if (l.family == fam) sum += l.amount;
  return sum;
}

TaxEstimate ok(const TaxRequest& q) {
  auto e = estimateTaxes(shippedRules().taxes, q);
  if (!e) throw std::runtime_error("refused: " + e.error().en);
  return *e;
}

std::string refused(const TaxRequest& q) {
  auto e = estimateTaxes(shippedRules().taxes, q);
  return e ? "accepted" : e.error().code;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(taxes)

BOOST_AUTO_TEST_CASE(transfer_two_percent_and_half_percent) {
  auto e = ok(request("transfer", "2026-03-01", 1'250'000'000, "unrelated"));
  BOOST_TEST(family(e, "pit") == 25'000'000);
  BOOST_TEST(family(e, "lptb") == 6'250'000);
  BOOST_TEST(e.total == 31'250'000);
  for (const TaxLine& l : e.lines) BOOST_TEST(!l.basis.empty());
  BOOST_TEST(e.lines[0].basis.find("04/2007/QH12") != std::string::npos);
  // From 2026-07-01 the new PIT law is cited, same 2 %.
  auto after = ok(request("transfer", "2026-07-01", 1'250'000'000, "unrelated"));
  BOOST_TEST(family(after, "pit") == 25'000'000);
  BOOST_TEST(after.lines[0].basis.find("109/2025/QH15") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(table_value_used_when_higher) {
  auto q = request("transfer", "2026-03-01", 1'000'000'000, "unrelated");
  q.tableValue = 1'200'000'000;
  auto e = ok(q);
  BOOST_TEST(family(e, "pit") == 24'000'000);
  BOOST_TEST(family(e, "lptb") == 6'000'000);
  q.tableValue = 800'000'000;  // lower table value: the contract price stays
  BOOST_TEST(family(ok(q), "pit") == 20'000'000);
}

// Each family exemption, for each kind, on both sides of the 2026-07-01 PIT law change.
BOOST_AUTO_TEST_CASE(family_exemptions) {
  const char* exempt[] = {"spouse", "parent_child", "adoptive_parent_child", "parent_in_law_child_in_law",
                          "grandparent_grandchild", "full_siblings"};
  for (const char* date : {"2026-06-30", "2026-07-01"})
    for (const char* rel : exempt) {
      BOOST_TEST_CONTEXT(date << " " << rel) {
        auto transfer = ok(request("transfer", date, 1'000'000'000, rel));
        BOOST_TEST(family(transfer, "pit") == 0);
        BOOST_TEST(family(transfer, "lptb") == 5'000'000);  // LPTB exempts gifts and inheritances only
        for (const char* kind : {"gift", "inheritance"}) {
          auto q = request(kind, date, 0, rel);
          q.tableValue = 1'000'000'000;
          auto e = ok(q);
          BOOST_TEST(family(e, "pit") == 0, kind);
          BOOST_TEST(family(e, "lptb") == 0, kind);
          BOOST_TEST(e.lines.size() == 2u);
          for (const TaxLine& l : e.lines) BOOST_TEST(l.vi.find("miễn") != std::string::npos);
        }
      }
    }
}

BOOST_AUTO_TEST_CASE(non_exempt_relationships) {
  for (const char* rel : {"half_siblings", "other_relative", "unrelated"}) {
    auto q = request("gift", "2026-03-01", 0, rel);
    q.tableValue = 500'000'000;
    auto e = ok(q);
    BOOST_TEST(family(e, "pit") == 49'000'000, rel);  // 10 % × (500 − 10) million
    BOOST_TEST(family(e, "lptb") == 2'500'000, rel);
  }
}

// 10 % above 10 million until 2026-06-30, above 20 million from 2026-07-01 (Law 109/2025).
BOOST_AUTO_TEST_CASE(gift_threshold_date_boundary) {
  struct Case {
    const char* kind;
    const char* date;
    int64_t value;
    int64_t pit;
  } cases[] = {
      {"gift", "2026-06-30", 500'000'000, 49'000'000},  {"gift", "2026-07-01", 500'000'000, 48'000'000},
      {"inheritance", "2026-06-30", 15'000'000, 500'000}, {"inheritance", "2026-07-01", 15'000'000, 0},
      {"gift", "2026-06-30", 10'000'000, 0},            {"gift", "2026-06-30", 10'000'001, 0},  // 0,1 đ rounds to 0
      {"gift", "2026-06-30", 10'000'005, 1},            {"gift", "2026-07-01", 20'000'010, 1},
  };
  for (const Case& c : cases) {
    auto q = request(c.kind, c.date, 0, "unrelated");
    q.tableValue = c.value;
    BOOST_TEST(family(ok(q), "pit") == c.pit, c.kind << " " << c.date << " " << c.value);
  }
}

BOOST_AUTO_TEST_CASE(declared_value_when_no_table_value) {
  auto e = ok(request("gift", "2026-03-01", 110'000'000, "unrelated"));
  BOOST_TEST(family(e, "pit") == 10'000'000);
  BOOST_TEST(!e.notes.empty());
}

BOOST_AUTO_TEST_CASE(only_home_exemption) {
  auto q = request("transfer", "2026-03-01", 1'000'000'000, "unrelated");
  q.onlyHome = true;
  auto e = ok(q);
  BOOST_TEST(family(e, "pit") == 0);
  BOOST_TEST(family(e, "lptb") == 5'000'000);
  q.kind = "gift";  // only-home is a transfer exemption
  q.tableValue = 1'000'000'000;
  BOOST_TEST(family(ok(q), "pit") == 99'000'000);
}

BOOST_AUTO_TEST_CASE(lptb_cap_500_million) {
  auto e = ok(request("transfer", "2026-03-01", 200'000'000'000, "unrelated"));
  BOOST_TEST(family(e, "lptb") == 500'000'000);
  BOOST_TEST(family(e, "pit") == 4'000'000'000);
}

// TT 117/2026: −10 % LPTB on transfers, 2026-08-15 … 2027-02-28, at most 5 × base salary (2.340.000 đ).
BOOST_AUTO_TEST_CASE(tt117_reduction_flag_and_dates) {
  struct Case {
    const char* date;
    int64_t price;
    int64_t lptb;
  } cases[] = {
      {"2026-08-14", 1'250'000'000, 6'250'000},     {"2026-08-15", 1'250'000'000, 5'625'000},
      {"2027-02-28", 1'250'000'000, 5'625'000},     {"2027-03-01", 1'250'000'000, 6'250'000},
      {"2026-09-01", 30'000'000'000, 150'000'000 - 11'700'000},
  };
  for (const Case& c : cases) {
    auto q = request("transfer", c.date, c.price, "unrelated");
    q.flags = {"tt117_vneid"};
    BOOST_TEST(family(ok(q), "lptb") == c.lptb, c.date);
  }
  // Without the flag the reduction is only mentioned.
  auto plain = ok(request("transfer", "2026-09-01", 1'250'000'000, "unrelated"));
  BOOST_TEST(family(plain, "lptb") == 6'250'000);
  bool mentioned = false;
  for (const TaxNote& n : plain.notes) mentioned = mentioned || n.en.find("tt117_vneid") != std::string::npos;
  BOOST_TEST(mentioned);
  // Gifts get no TT 117 reduction.
  auto gift = request("gift", "2026-09-01", 0, "unrelated");
  gift.tableValue = 1'000'000'000;
  gift.flags = {"tt117_vneid"};
  BOOST_TEST(family(ok(gift), "lptb") == 5'000'000);
}

BOOST_AUTO_TEST_CASE(bad_input_is_refused) {
  BOOST_TEST(refused(request("gift", "2026-03-01", 100'000'000)) == "tax.no_relationship");
  BOOST_TEST(refused(request("inheritance", "2026-03-01", 100'000'000)) == "tax.no_relationship");
  BOOST_TEST(refused(request("gift", "2026-03-01", 100'000'000, "cousin")) == "tax.unknown_relationship");
  BOOST_TEST(refused(request("transfer", "2026-03-01", -1, "unrelated")) == "tax.bad_price");
  BOOST_TEST(refused(request("transfer", "2026-03-01", 2'000'000'000'000'000, "unrelated")) == "tax.bad_price");
  BOOST_TEST(refused(request("transfer", "2026-03-01", 0, "unrelated")) == "tax.no_price");
  BOOST_TEST(refused(request("sale", "2026-03-01", 1'000'000, "unrelated")) == "tax.unknown_kind");
  BOOST_TEST(refused(request("transfer", "2010-01-01", 1'000'000, "unrelated")) == "tax.no_rate_on_date");
  auto q = request("transfer", "2026-03-01", 1'000'000'000, "unrelated");
  q.area = Decimal(0, 0);
  BOOST_TEST(refused(q) == "tax.bad_area");
  q.area = Decimal(-5, 0);
  BOOST_TEST(refused(q) == "tax.bad_area");
  q.area = Decimal(100, 0);
  q.price = 10'000'000'000'000;  // 100 billion đ/m²
  BOOST_TEST(refused(q) == "tax.absurd_price");
  q.tableValue = -1;
  q.price = 1'000'000'000;
  BOOST_TEST(refused(q) == "tax.bad_table_value");
  // A transfer without a relationship is computed as unrelated, and says so.
  auto e = ok(request("transfer", "2026-03-01", 1'000'000'000));
  BOOST_TEST(family(e, "pit") == 20'000'000);
  BOOST_TEST(e.notes.front().en.find("unrelated") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
