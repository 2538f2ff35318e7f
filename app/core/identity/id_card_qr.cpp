#include "identity/id_card_qr.h"

#include <array>

#include "identity/id_number.h"
#include "text/dates.h"
#include "text/names.h"
#include "text/unicode.h"

namespace landdesk::identity {

namespace {

using namespace std::chrono;

constexpr size_t kFields = 7;

// The seven fields, in payload order, as the officer and a developer would name them.
constexpr std::array<std::string_view, kFields> kFieldVi = {"số CCCD", "số CMND cũ", "họ và tên", "ngày sinh",
                                                            "giới tính", "nơi thường trú", "ngày cấp"};
constexpr std::array<std::string_view, kFields> kFieldEn = {"CCCD number", "old CMND number", "full name",
                                                            "date of birth", "sex", "address", "issue date"};
constexpr std::array<std::string_view, kFields> kFieldKey = {"id_number", "old_id_number", "full_name", "birth_date",
                                                             "sex", "address", "issue_date"};

// "Mã QR, trường 4 (ngày sinh): <why>" — the field by position and name, then the reason.
Error fieldError(size_t index, std::string code, const std::string& whyVi, const std::string& whyEn) {
  const std::string n = std::to_string(index + 1);
  return Error{std::move(code), "Mã QR, trường " + n + " (" + std::string(kFieldVi[index]) + "): " + whyVi,
               "QR code, field " + n + " (" + std::string(kFieldEn[index]) + "): " + whyEn};
}

Error fieldError(size_t index, const Error& inner) { return fieldError(index, inner.code, inner.vi, inner.en); }

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

year_month_day today() { return year_month_day(floor<days>(system_clock::now())); }

Result<year_month_day> fieldDate(const std::vector<std::string>& f, size_t index) {
  if (f[index].empty())
    return fieldError(index, "qr." + std::string(kFieldKey[index]), "bị trống (cần ddmmyyyy)", "empty (expected ddmmyyyy)");
  auto date = text::parseDmyDate(f[index]);
  if (!date) return fieldError(index, "qr." + std::string(kFieldKey[index]), date.error().vi, date.error().en);
  if (*date > today())
    return fieldError(index, "qr." + std::string(kFieldKey[index]), "ngày " + f[index] + " chưa tới",
                      "date " + f[index] + " is in the future");
  return date;
}

}  // namespace

Result<IdCardQr> parseIdCardQr(std::string_view payload) {
  if (!text::isValidUtf8(payload))
    return makeError("qr.invalid_utf8", "Mã QR không phải văn bản UTF-8 hợp lệ (đầu đọc giải mã sai bảng mã?)",
                     "The QR payload is not valid UTF-8 (wrong charset in the decoder?)");
  const std::string nfc = text::toNfc(trim(payload));
  if (nfc.empty()) return makeError("qr.empty", "Mã QR trống", "The QR payload is empty");

  std::vector<std::string> f;
  for (size_t start = 0;;) {
    const size_t bar = nfc.find('|', start);
    f.emplace_back(trim(std::string_view(nfc).substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  if (f.size() < kFields)
    return makeError("qr.too_few_fields",
                     "Mã QR chỉ có " + std::to_string(f.size()) + " trường, cần ít nhất 7 (số CCCD|CMND|họ tên|ngày "
                     "sinh|giới tính|nơi thường trú|ngày cấp); đây không phải mã QR trên CCCD",
                     "The QR payload has " + std::to_string(f.size()) + " fields, at least 7 are needed; it is not "
                     "the QR of a CCCD card");

  IdCardQr qr;
  // Field 1 by shape first, so a wrong number is reported as such before any cross-check.
  if (f[0].empty()) return fieldError(0, "qr.id_number", "bị trống", "empty");
  if (auto id = checkIdNumber(f[0]); !id) return fieldError(0, id.error());
  else if (id->kind != IdKind::Cccd)
    return fieldError(0, "qr.id_number", "phải là số CCCD/căn cước 12 chữ số", "must be a 12-digit CCCD number");
  qr.idNumber = f[0];

  if (!f[1].empty()) {
    auto old = checkOldIdNumber(f[1]);
    if (!old) return fieldError(1, old.error());
    qr.oldIdNumber = old->number;
  }

  auto name = text::cleanField(f[2], kFieldVi[2], kFieldEn[2]);
  if (!name) return fieldError(2, name.error());
  qr.fullName = *name;

  auto birth = fieldDate(f, 3);
  if (!birth) return birth.error();
  qr.birthDate = *birth;

  auto sex = model::parseSex(f[4]);
  if (!sex)
    return fieldError(4, "qr.sex", "\"" + f[4] + "\" không phải Nam hoặc Nữ", "\"" + f[4] + "\" is neither Nam nor Nữ");
  qr.sex = *sex;

  if (f[5].empty()) {
    qr.warnings.push_back("Mã QR không có nơi thường trú; nhập theo thẻ");
  } else {
    auto address = text::cleanField(f[5], kFieldVi[5], kFieldEn[5]);
    if (!address) return fieldError(5, address.error());
    qr.address = *address;
  }

  auto issue = fieldDate(f, 6);
  if (!issue) return issue.error();
  if (*issue < qr.birthDate)
    return fieldError(6, "qr.issue_date", "ngày cấp " + f[6] + " trước ngày sinh " + f[3],
                      "issued " + f[6] + ", before the birth date " + f[3]);
  qr.issueDate = *issue;

  // The number's century/sex digit and year digits must agree with fields 4 and 5.
  if (auto id = checkIdNumber(qr.idNumber, qr.birthDate, qr.sex); !id) return fieldError(0, id.error());

  size_t extras = 0;
  for (size_t i = kFields; i < f.size(); ++i) extras += f[i].empty() ? 0 : 1;
  if (extras > 0)
    qr.warnings.push_back("Mã QR có thêm " + std::to_string(extras) + " trường có dữ liệu sau trường 7; đã bỏ qua");
  return qr;
}

}  // namespace landdesk::identity
