// Identity numbers as printed on Vietnamese papers: CCCD/Căn cước (12 digits), old CMND (9/12), passports.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/sex.h"
#include "util/error.h"

namespace landdesk::identity {

enum class IdKind { Cccd, Cmnd9, Cmnd12, Passport };

// What a number says about itself. birthYear and sex are what the CCCD digits encode, for cross-checking
// only: legal-facts §6.1 says never to take the contract's DOB or sex from the number, read them from the card.
struct IdNumberInfo {
  IdKind kind;
  std::string number;        // normalised: digits only, or the passport in upper case
  std::string provinceCode;  // "001" for a CCCD; empty otherwise
  std::string provinceName;  // "Hà Nội" (pre-2025 province where the birth was registered)
  std::optional<int> birthYear;
  std::optional<model::Sex> sex;
  std::vector<std::string> warnings;  // Vietnamese, for the officer (e.g. CMND no longer valid as ID)
};

// Checks a number typed or read from a paper (spaces are ignored, letters upper-cased):
//  - 12 digits: CCCD rules PPP G YY NNNNNN — known province code, century/sex digit G giving a birth year
//    that is not in the future, and, when given, agreement with dob (year) and sex. The 12-digit CMND issued
//    2012–2016 used this same layout, so a 12-digit number is always checked as a CCCD and one that breaks the
//    rules is an error, never silently accepted as "12-digit CMND" (use checkOldIdNumber for QR field 2).
//  - 9 digits: old CMND, accepted with a warning that it is no longer a valid ID since 2025-01-01.
//  - 1–2 letters then 6–8 digits (Vietnamese passports are one letter + 7 digits): passport, by shape only.
// Anything else (13 digits, stray characters, empty) is an error naming the field "số giấy tờ tùy thân".
// A dob/sex disagreement is an error naming "ngày sinh"/"giới tính" (code "id.dob_mismatch"/"id.sex_mismatch").
Result<IdNumberInfo> checkIdNumber(std::string_view number, std::optional<std::chrono::year_month_day> dob = {},
                                   std::optional<model::Sex> sex = {});

// The old CMND number kept to link older GCNs (QR field 2): 9 digits -> Cmnd9, 12 digits -> Cmnd12, by shape.
Result<IdNumberInfo> checkOldIdNumber(std::string_view number);

// "cccd", "cmnd9", "cmnd12", "passport" (JSON) and the officer's label ("CCCD/Căn cước", "CMND 9 số", …).
std::string_view idKindCode(IdKind kind);
std::string_view idKindLabel(IdKind kind);

}  // namespace landdesk::identity
