// Dates as documents print them (Decree 30: "ngày 05 tháng 02 năm 2026"), in words, and as officers type them.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "text/number_words.h"
#include "util/datetime.h"  // isoDate: the machine form "2026-02-05"
#include "util/error.h"

namespace landdesk::text {

// Decree 30/2020 Phụ lục I: a leading zero for days below 10 and for months 1 and 2 only (so "tháng 3",
// "tháng 11"), which stops a "1" being turned into "11" by hand. 2026-02-05 -> "ngày 05 tháng 02 năm 2026".
std::string dateLong(std::chrono::year_month_day d);
// "Xã Hải Lăng, ngày 05 tháng 02 năm 2026": a comma after the place name.
std::string placeDateLine(std::string_view place, std::chrono::year_month_day d);
// For lời chứng: "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi sáu". April is "tháng tư"
// (the month's name, whatever the style's tư switch); days and years follow the style (linh/lẻ, nghìn/ngàn).
Result<std::string> dateWords(std::chrono::year_month_day d, const WordsStyle& style = {});

// "2026-02-05" exactly (4-2-2 digits); refuses 2026-02-31 and anything else with code "date.invalid".
Result<std::chrono::year_month_day> parseIsoDate(std::string_view text);
// "05/02/2026", "5/2/2026", "05-02-2026", "05.02.2026" and the QR form "05022026"; refuses impossible dates.
Result<std::chrono::year_month_day> parseDmyDate(std::string_view text);

}  // namespace landdesk::text
