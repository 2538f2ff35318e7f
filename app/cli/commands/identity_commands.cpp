// landdesk-cli id check | qr parse | gcn serial | land type: identity papers and land-paper codes.
#include <ostream>

#include "../cli_output.h"
#include "../command_table.h"
#include "identity/gcn_serial.h"
#include "identity/id_card_qr.h"
#include "identity/id_number.h"
#include "identity/land_types.h"
#include "text/dates.h"

namespace landdesk::cli {

namespace {

std::string joined(const Invocation& inv) {
  std::string out;
  for (const std::string& w : inv.args.positional()) out += (out.empty() ? "" : " ") + w;
  return out;
}

Poco::JSON::Array::Ptr jsonStrings(const std::vector<std::string>& items) {
  Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
  for (const std::string& s : items) a->add(s);
  return a;
}

int runIdCheck(Invocation& inv) {
  static const Command self{{"id", "check"}, "NUMBER", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu số giấy tờ", "Missing the ID number");
  std::optional<std::chrono::year_month_day> dob;
  if (auto typed = inv.args.value("--dob")) {
    auto parsed = typed->size() >= 5 && (*typed)[4] == '-' ? text::parseIsoDate(*typed) : text::parseDmyDate(*typed);
    if (!parsed)
      return fail(inv, makeError(parsed.error().code, "Ngày sinh (--dob) không hợp lệ, cần YYYY-MM-DD",
                                 "Invalid date of birth (--dob), expected YYYY-MM-DD", *typed));
    dob = *parsed;
  }
  std::optional<model::Sex> sex;
  if (auto typed = inv.args.value("--sex")) {
    sex = model::parseSex(*typed);
    if (!sex)
      return fail(inv, makeError("id.sex", "Giới tính (--sex) phải là Nam hoặc Nữ", "Sex (--sex) must be Nam or Nữ", *typed));
  }
  auto info = identity::checkIdNumber(joined(inv), dob, sex);
  if (!info) return fail(inv, info.error());

  if (inv.json) {
    auto o = jsonObject();
    o->set("valid", true);
    o->set("kind", std::string(identity::idKindCode(info->kind)));
    o->set("number", info->number);
    o->set("province_code", info->provinceCode);
    o->set("province_name", info->provinceName);
    if (info->birthYear) o->set("birth_year", *info->birthYear);
    else o->set("birth_year", Poco::Dynamic::Var());
    if (info->sex) o->set("sex", std::string(model::sexLabel(*info->sex)));
    else o->set("sex", Poco::Dynamic::Var());
    o->set("warnings", jsonStrings(info->warnings));
    printJson(inv, o);
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << (en ? "Valid: " : "Hợp lệ: ") << identity::idKindLabel(info->kind) << ' ' << info->number << '\n';
  if (!info->provinceCode.empty())
    inv.out << (en ? "Birth registered in: " : "Nơi đăng ký khai sinh: ") << info->provinceName << (en ? " (code " : " (mã ")
            << info->provinceCode << ")\n";
  if (info->birthYear) inv.out << (en ? "Birth year per number: " : "Năm sinh theo số: ") << *info->birthYear << '\n';
  if (info->sex) inv.out << (en ? "Sex per number: " : "Giới tính theo số: ") << model::sexLabel(*info->sex) << '\n';
  if (dob || sex) inv.out << (en ? "Matches the given date of birth and sex\n" : "Khớp với ngày sinh và giới tính đã nhập\n");
  for (const std::string& w : info->warnings) inv.out << (en ? "Note: " : "Lưu ý: ") << w << '\n';
  return kExitOk;
}

int runQrParse(Invocation& inv) {
  static const Command self{{"qr", "parse"}, "'PAYLOAD'", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu nội dung mã QR", "Missing the QR payload");
  // On failure the reason goes to stderr as one plain line (as JSON only when --json was asked for).
  auto qr = identity::parseIdCardQr(joined(inv));
  if (!qr) return fail(inv, qr.error());
  auto o = jsonObject();
  o->set("id_number", qr->idNumber);
  o->set("old_id_number", qr->oldIdNumber);
  o->set("full_name", qr->fullName);
  o->set("birth_date", isoDate(qr->birthDate));
  o->set("sex", std::string(model::sexLabel(qr->sex)));
  o->set("address", qr->address);
  o->set("issue_date", isoDate(qr->issueDate));
  o->set("warnings", jsonStrings(qr->warnings));
  printJson(inv, o);
  return kExitOk;
}

int runGcnSerial(Invocation& inv) {
  static const Command self{{"gcn", "serial"}, "SERIAL", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu số seri", "Missing the serial");
  auto serial = identity::normalizeGcnSerial(joined(inv));
  if (!serial) return fail(inv, serial.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("serial", *serial);
    printJson(inv, o);
  } else {
    inv.out << *serial << '\n';
  }
  return kExitOk;
}

int runLandType(Invocation& inv) {
  std::vector<identity::LandType> shown;
  if (inv.args.positional().empty()) {
    shown = identity::landTypes();
  } else {
    auto found = identity::findLandType(joined(inv));
    if (!found)
      return fail(inv, makeError("land.unknown_type", "Không có mã loại đất này", "Unknown land-type code",
                                 "mã loại đất \"" + joined(inv) + "\""));
    shown.push_back(*found);
  }
  if (inv.json) {
    Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
    for (const auto& t : shown) {
      auto o = jsonObject();
      o->set("code", std::string(t.code));
      o->set("name", std::string(t.name));
      a->add(o);
    }
    printJson(inv, a);
  } else {
    for (const auto& t : shown) inv.out << t.code << '\t' << t.name << '\n';
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> identityCommands() {
  return {
      {{"id", "check"}, "NUMBER", "check a CCCD/CMND/passport number (exit 1 with the reason when invalid)",
       {{"--dob", true, "date of birth YYYY-MM-DD to check against the number"},
        {"--sex", true, "Nam or Nữ, to check against the number"}},
       runIdCheck},
      {{"qr", "parse"}, "'PAYLOAD'", "parse the QR payload of a CCCD card into JSON", {}, runQrParse},
      {{"gcn", "serial"}, "SERIAL", "normalise a GCN serial (e.g. ba685616 -> BA 685616)", {}, runGcnSerial},
      {{"land", "type"}, "[CODE]", "look up a land-type code (ONT, CLN, …), or list them all", {}, runLandType},
  };
}

}  // namespace landdesk::cli
