// Internal to documents/: the builders of each part of the data tree, shared by document_data.cpp and its helpers.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "documents/document_data.h"
#include "model/case.h"

namespace landdesk::documents::parts {

using Obj = Poco::JSON::Object::Ptr;
using Arr = Poco::JSON::Array::Ptr;
using Ymd = std::chrono::year_month_day;

Obj object();
Arr array();
// Sets `key` (ISO, "" when unknown) and `key_vb` ("05/02/2026", "" when unknown).
void setDate(Obj o, const std::string& key, const std::optional<Ymd>& date);
std::string shortDate(Ymd d);  // "05/02/2026"

// Which parties form side A and side B of the case's main document (signers, in case order).
std::vector<size_t> sideParties(const model::Case& c, bool sideA);
// Persons of a side with couples kept together (the spouse right after the partner).
std::vector<size_t> orderedWithSpouses(const model::Case& c, const std::vector<size_t>& parties);

// One Person (docs/template-data.md "Person"); `relatedTo` are the parties `quan_he` is stated against.
Obj person(const model::Case& c, size_t index, const std::vector<size_t>& relatedTo, bool spouseLine);
// A Side: ten_ben, nguoi …; `label` is the side's upper-case name.
Obj side(const model::Case& c, const std::vector<size_t>& parties, const std::vector<size_t>& relatedTo,
         const std::string& label, const std::string& lowerLabel);
// "vợ", "con đẻ", "anh ruột"… : how parties[from] is related to parties[to]; "" when no relationship is recorded.
std::string relationText(const model::Case& c, size_t from, size_t to);
// The taxes.json relationship code between two parties ("parent_child", "unrelated" …).
std::string taxRelationshipCode(const model::Case& c, size_t from, size_t to);

Obj parcel(const model::Case& c, size_t index);
Obj estate(const model::Case& c);
Obj terms(const model::Case& c);

// thue, le_phi, chung_thuc, giay_to_nop, giay_to_can_mang, yeu_cau_bo_sung, ban_giao on the root.
void addCharges(Obj root, const model::Case& c, const model::OfficeProfile& office, Ymd date,
                const DocumentContext& context);
void addPapers(Obj root, const model::Case& c, const model::OfficeProfile& office, Ymd date,
               const DocumentContext& context);

// Area arithmetic on exact decimals (no subtraction in util/decimal).
Decimal minus(const Decimal& a, const Decimal& b);

}  // namespace landdesk::documents::parts
