#include "identity/id_number.h"
#include "util/ascii_digits.h"

#include <cctype>

#include "identity/provinces.h"
#include "text/dates.h"
#include "text/unicode.h"

namespace landdesk::identity {

namespace {

using namespace std::chrono;

const std::string kFieldVi = "số giấy tờ tùy thân";

int currentYear() { return static_cast<int>(year_month_day(floor<days>(system_clock::now())).year()); }

// Spaces (and the dots some officers type between groups) are dropped; letters are upper-cased.
// Anything outside ASCII letters and digits is kept so the shape checks refuse it.
std::string normalise(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '\t' || c == '.') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

// Echoes what was typed only when it is safe to print on one line.
std::string quoted(std::string_view s) {
  bool printable = text::isValidUtf8(s) && s.size() <= 40;
  for (char c : s) printable = printable && (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
  return printable ? kFieldVi + " \"" + std::string(s) + "\"" : kFieldVi;
}

bool isPassportShape(std::string_view s) {
  size_t letters = 0;
  while (letters < s.size() && s[letters] >= 'A' && s[letters] <= 'Z') ++letters;
  const std::string_view digits = s.substr(letters);
  return letters >= 1 && letters <= 2 && digits.size() >= 6 && digits.size() <= 8 && allDigits(digits);
}

// PPP G YY NNNNNN (legal-facts §6.1).
Result<IdNumberInfo> checkCccd(const std::string& n, std::optional<year_month_day> dob, std::optional<model::Sex> sex) {
  IdNumberInfo info{IdKind::Cccd, n, n.substr(0, 3), {}, {}, {}, {}};
  const auto province = provinceName(info.provinceCode);
  if (!province)
    return makeError("id.province", "Mã tỉnh nơi đăng ký khai sinh (3 chữ số đầu) không có trong danh mục",
                     "The province code (first 3 digits) is not in the table", quoted(n) + ", mã " + info.provinceCode);
  info.provinceName = std::string(*province);
  const int g = n[3] - '0';
  const int birthYear = 1900 + (g / 2) * 100 + toInt(n.substr(4, 2));
  info.sex = g % 2 == 0 ? model::Sex::Male : model::Sex::Female;
  info.birthYear = birthYear;
  if (birthYear > currentYear())
    return makeError("id.birth_year",
                     "Chữ số thứ 4–6 (thế kỷ, năm sinh) cho năm sinh " + std::to_string(birthYear) + " chưa tới",
                     "Digits 4–6 (century, birth year) give birth year " + std::to_string(birthYear) + ", in the future",
                     quoted(n));
  if (dob) {
    if (!dob->ok())
      return makeError("id.dob_invalid", "Ngày sinh không hợp lệ", "Invalid date of birth", "ngày sinh");
    const int dobYear = static_cast<int>(dob->year());
    if (dobYear != birthYear)
      return makeError("id.dob_mismatch",
                       "Ngày sinh không khớp với số CCCD: năm sinh " + std::to_string(dobYear) + " nhưng số ghi năm " +
                           std::to_string(birthYear),
                       "Date of birth does not match the CCCD number: born " + std::to_string(dobYear) +
                           " but the number encodes " + std::to_string(birthYear),
                       "ngày sinh " + isoDate(*dob) + ", " + quoted(n));
  }
  if (sex && *sex != *info.sex)
    return makeError("id.sex_mismatch",
                     "Giới tính không khớp với số CCCD: " + std::string(model::sexLabel(*sex)) + " nhưng chữ số thứ 4 ghi " +
                         std::string(model::sexLabel(*info.sex)),
                     "Sex does not match the CCCD number: " + std::string(model::sexLabel(*sex)) +
                         " but digit 4 encodes " + std::string(model::sexLabel(*info.sex)),
                     "giới tính, " + quoted(n));
  return info;
}

}  // namespace

Result<IdNumberInfo> checkIdNumber(std::string_view number, std::optional<year_month_day> dob,
                                   std::optional<model::Sex> sex) {
  const std::string n = normalise(number);
  if (n.empty()) return makeError("id.empty", "Chưa nhập số giấy tờ tùy thân", "No ID number given", kFieldVi);
  if (allDigits(n)) {
    if (n.size() == 12) return checkCccd(n, dob, sex);
    if (n.size() == 9) {
      IdNumberInfo info{IdKind::Cmnd9, n, {}, {}, {}, {}, {}};
      info.warnings.push_back("CMND 9 số hết giá trị làm giấy tờ tùy thân từ 01/01/2025; chỉ dùng để đối chiếu GCN cũ");
      return info;
    }
    return makeError("id.length",
                     "Số giấy tờ có " + std::to_string(n.size()) + " chữ số; CCCD/căn cước có 12, CMND cũ có 9",
                     "The number has " + std::to_string(n.size()) + " digits; a CCCD has 12, an old CMND 9", quoted(n));
  }
  if (isPassportShape(n)) {
    IdNumberInfo info{IdKind::Passport, n, {}, {}, {}, {}, {}};
    if (!(n.size() == 8 && n[1] >= '0' && n[1] <= '9'))
      info.warnings.push_back("Không theo mẫu hộ chiếu Việt Nam (1 chữ cái + 7 chữ số); kiểm tra lại với hộ chiếu");
    return info;
  }
  return makeError("id.chars",
                   "Số giấy tờ không hợp lệ: CCCD/CMND chỉ gồm chữ số, hộ chiếu gồm 1–2 chữ cái và 6–8 chữ số",
                   "Invalid ID number: a CCCD/CMND is digits only, a passport 1–2 letters and 6–8 digits", quoted(number));
}

Result<IdNumberInfo> checkOldIdNumber(std::string_view number) {
  const std::string n = normalise(number);
  if (allDigits(n) && (n.size() == 9 || n.size() == 12))
    return IdNumberInfo{n.size() == 9 ? IdKind::Cmnd9 : IdKind::Cmnd12, n, {}, {}, {}, {}, {}};
  return makeError("id.old_number", "Số CMND cũ phải có 9 hoặc 12 chữ số", "An old CMND number has 9 or 12 digits",
                   "số CMND cũ");
}

std::string_view idKindCode(IdKind kind) {
  switch (kind) {
    case IdKind::Cccd: return "cccd";
    case IdKind::Cmnd9: return "cmnd9";
    case IdKind::Cmnd12: return "cmnd12";
    case IdKind::Passport: return "passport";
  }
  return "unknown";
}

std::string_view idKindLabel(IdKind kind) {
  switch (kind) {
    case IdKind::Cccd: return "CCCD/Căn cước";
    case IdKind::Cmnd9: return "CMND 9 số";
    case IdKind::Cmnd12: return "CMND 12 số";
    case IdKind::Passport: return "Hộ chiếu";
  }
  return "?";
}

}  // namespace landdesk::identity
