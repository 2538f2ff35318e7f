// A person in a case (LADM party): identity, ID documents, addresses and marital status.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/sex.h"
#include "model/vocabulary.h"

namespace landdesk::model {

// A birth date, or only a year when that is all the paper gives (old GCNs print "Năm sinh: 1962").
struct BirthDate {
  int year = 0;
  unsigned month = 0;  // 0 when only the year is known
  unsigned day = 0;

  bool yearOnly() const { return month == 0; }
  // "1962" or "1962-03-07".
  std::string canonical() const;
  static std::optional<BirthDate> fromCanonical(std::string_view s);
  friend bool operator==(const BirthDate&, const BirthDate&) = default;
};

struct IdDocument {
  IdType type = IdType::Cccd;
  std::string number;
  std::optional<std::chrono::year_month_day> issueDate;
  std::string issuer;  // "Cục Cảnh sát QLHC về TTXH"
  friend bool operator==(const IdDocument&, const IdDocument&) = default;
};

struct Party {
  int64_t id = 0;  // 0 until stored
  std::string fullName;
  std::optional<BirthDate> birthDate;
  std::optional<Sex> sex;
  std::vector<IdDocument> idDocuments;  // current card first; an old CMND may follow
  std::string permanentAddress;         // nơi thường trú
  std::string currentAddress;           // nơi ở hiện tại
  std::string phone;
  MaritalStatus maritalStatus = MaritalStatus::Unknown;
  // The party row's own optimistic lock (one person may be a party to several cases): the version read with the
  // case; a stored write whose version no longer matches is refused. 0 = not read from storage (no check).
  int64_t rowVersion = 0;
  friend bool operator==(const Party&, const Party&) = default;
};

}  // namespace landdesk::model
