// tax estimate --case CODE: the request built from a stored case, its table value from the desk's land-price table.
#include "../cli_database.h"
#include "../cli_output.h"
#include "rules/desk_rules.h"
#include "rules/tax_estimate.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "text/number_format.h"
#include "util/datetime.h"

namespace landdesk::cli {

struct CaseTaxRequest {
  rules::RuleBook book;
  rules::TaxRequest request;
  rules::LandValue land;
  rules::LandPriceLocation where;
  std::string code;
};

namespace {

// (land type, area) of every parcel: its GCN purposes, or the transferred part when it has a single purpose.
Result<std::vector<std::pair<std::string, Decimal>>> purposesOf(const model::Case& c) {
  std::vector<std::pair<std::string, Decimal>> out;
  for (const auto& p : c.parcels) {
    const auto& purposes = p.parcel.purposes;
    if (purposes.empty())
      return makeError("tax.no_land_type", "Thửa đất chưa ghi mục đích sử dụng (loại đất) nên không tra được bảng giá đất",
                       "The parcel has no land use (land type), so the land-price table cannot be read",
                       p.parcel.parcelNumber + "/" + p.parcel.mapSheet);
    if (p.transferredArea && purposes.size() > 1)
      return makeError("tax.part_of_mixed_parcel",
                       "Chuyển nhượng một phần thửa có nhiều loại đất: cần ghi --table-value theo bản vẽ tách thửa",
                       "Part of a mixed-use parcel: give --table-value from the subdivision drawing",
                       p.parcel.parcelNumber + "/" + p.parcel.mapSheet);
    for (const auto& lp : purposes) out.emplace_back(lp.code, p.transferredArea.value_or(lp.area));
  }
  if (out.empty())
    return makeError("tax.no_parcel", "Hồ sơ chưa có thửa đất", "The case has no parcel", c.code);
  return out;
}

}  // namespace

Result<CaseTaxRequest> caseTaxRequest(Invocation& inv, rules::Date date) {
  auto db = openDatabase(inv, false);
  if (!db) return makeError("cli.no_database", "Không mở được cơ sở dữ liệu", "Could not open the database");
  CaseTaxRequest out;
  out.code = inv.args.valueOr("--case", "");
  auto c = db->cases().byCode(out.code);
  if (!c) return c.error();
  auto book = rules::loadDeskRuleBook(*db);
  if (!book) return book.error();
  out.book = std::move(*book);
  out.request.kind = rules::taxKindOf(c->kind);
  if (out.request.kind.empty())
    return makeError("tax.no_tax", "Từ chối nhận di sản không phát sinh thuế TNCN, lệ phí trước bạ",
                     "Renouncing an inheritance owes no PIT or registration fee", c->code);
  out.request.date = date;
  for (const auto& p : c->parcels) out.request.price += p.price.value_or(0);
  out.request.relationship = inv.args.value("--relationship");
  out.request.onlyHome = inv.args.has("--only-home");
  if (auto r = inv.args.value("--reduction")) out.request.flags.push_back(*r);

  auto commune = db->settings().get("office.commune");
  if (!commune) return commune.error();
  out.where.commune = inv.args.valueOr("--commune", commune->value_or(""));
  out.where.street = inv.args.valueOr("--street", "");
  out.where.zone = inv.args.valueOr("--zone", "");
  const std::string position = inv.args.valueOr("--position", "1");
  if (position.empty() || position.size() > 2 || position.find_first_not_of("0123456789") != std::string::npos ||
      position == "0")
    return makeError("cli.position", "Vị trí (--position) phải là số nguyên từ 1", "--position must be a whole number from 1",
                     position);
  out.where.position = std::stoll(position);
  if (out.where.commune.empty())
    return makeError("tax.no_commune", "Chưa có tên xã (thiết lập office.commune hoặc --commune) để tra bảng giá đất",
                     "No commune (setting office.commune or --commune) to read the land-price table");
  if (auto typed = inv.args.value("--table-value")) {
    auto v = text::parseAmount(*typed);
    if (!v) return makeError(v.error().code, v.error().vi, v.error().en, "--table-value");
    out.request.tableValue = *v;
    return out;
  }
  auto purposes = purposesOf(*c);
  if (!purposes) return purposes.error();
  auto land = out.book.landPrices.value(out.where, *purposes, date);
  if (!land) return land.error();
  out.land = std::move(*land);
  out.request.tableValue = out.land.total;
  Decimal area;
  for (const auto& [type, a] : *purposes) area = area.plus(a).value_or(area);
  out.request.area = area;
  return out;
}

}  // namespace landdesk::cli
