// Where a value read from a paper goes in the case: the party an ID card describes, the parcel a GCN describes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/case.h"
#include "util/error.h"

namespace landdesk::verify {

// The party an ID-card document stands for: the one holding its ID number, else the one with its (folded) name;
// nullopt when none does yet.
std::optional<size_t> partyOfDocument(const model::Case& c, const model::SourceDocument& doc);
// The parcel a GCN document stands for: same serial, else same parcel number and map sheet; nullopt when none.
std::optional<size_t> parcelOfDocument(const model::Case& c, const model::SourceDocument& doc);

// Writes one confirmed value of an ID card into `party` ("full_name", "birth_date" …); returns the case path it
// changed ("fullName") or an Error naming the field when the value does not fit (a date that is not one …).
// Fields with no place on a party (unknown keys) give an empty path: they stay on the document only.
Result<std::string> applyIdCardField(model::Party& party, std::string_view field, std::string_view value);
// The same for a GCN value into `parcel` ("parcel_no", "area_m2", "purposes.0.area_m2" …).
Result<std::string> applyLandCertificateField(model::Parcel& parcel, std::string_view field, std::string_view value);

}  // namespace landdesk::verify
