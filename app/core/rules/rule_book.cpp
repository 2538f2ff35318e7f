#include "rules/rule_book.h"

#include <cstdlib>
#include <system_error>

namespace landdesk::rules {

namespace {
bool isDir(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_directory(p, ec);
}
}  // namespace

std::filesystem::path rulesDataDirectory() {
  if (const char* env = std::getenv("LANDDESK_RULES_DIR"); env && *env) return env;
  // An installed binary lives in <prefix>/bin and its data in <prefix>/share/landdesk/rules (relocatable packages).
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto candidate = self.parent_path().parent_path() / "share" / "landdesk" / "rules";
    if (isDir(candidate)) return candidate;
  }
#ifdef LANDDESK_RULES_SOURCE_DIR
  // A binary in the build tree reads the data straight from the source tree, so edits need no rebuild.
  if (isDir(LANDDESK_RULES_SOURCE_DIR)) return LANDDESK_RULES_SOURCE_DIR;
#endif
#ifdef LANDDESK_RULES_INSTALL_DIR
  return LANDDESK_RULES_INSTALL_DIR;
#else
  return "/usr/share/landdesk/rules";
#endif
}

Result<RuleBook> loadRuleBook(const std::filesystem::path& dir) {
  RuleBook book;
  auto holidays = loadHolidayCalendar(dir / "holidays.json");
  if (!holidays) return holidays.error();
  book.holidays = std::move(*holidays);
  auto deadlines = loadDeadlineRules(dir / "deadlines.json");
  if (!deadlines) return deadlines.error();
  book.deadlines = std::move(*deadlines);
  auto fees = loadFeeSchedule(dir / "fees.json");
  if (!fees) return fees.error();
  book.fees = std::move(*fees);
  auto taxes = loadTaxRules(dir / "taxes.json");
  if (!taxes) return taxes.error();
  book.taxes = std::move(*taxes);
  auto prices = loadLandPriceTable(dir / "land_prices.json");
  if (!prices) return prices.error();
  book.landPrices = std::move(*prices);
  return book;
}

}  // namespace landdesk::rules
