// Reads one rules data file (JSON) row by row and reports the first problem as file, row, key and field.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rules/dated_row.h"
#include "util/decimal.h"
#include "util/error.h"

namespace landdesk::rules {

// The whole text of a data file, or an Error naming it.
Result<std::string> readDataText(const std::filesystem::path& path);

// The parsed top level of a data file: {"format": "landdesk-rules/1", "<table>": [ {row}, … ], …}.
class DataFile {
 public:
  static Result<DataFile> open(const std::filesystem::path& path);
  static Result<DataFile> fromText(const std::string& name, const std::string& json);

  const std::string& name() const { return name_; }
  // The array member `table`; an error names the file when it is missing or not an array.
  Result<Poco::JSON::Array::Ptr> table(const std::string& table, bool required = true) const;

 private:
  std::string name_;
  Poco::JSON::Object::Ptr root_;
};

// One row of one table. Getters record the first problem and return a harmless default, so a loader reads
// every field and checks ok() once; finish() also refuses fields nobody read (a typo like "efective_to"
// would otherwise make a row silently eternal).
class RowReader {
 public:
  RowReader(std::string file, std::string table, size_t index, const Poco::Dynamic::Var& row);

  bool has(const char* field) const { return obj_->has(field) && !obj_->get(field).isEmpty(); }
  std::string text(const char* field);
  std::optional<std::string> optText(const char* field);
  std::vector<std::string> textList(const char* field, bool required = true);
  std::string oneOf(const char* field, std::initializer_list<const char*> allowed);
  Date date(const char* field);
  std::optional<Date> optDate(const char* field);
  TimeOfDay timeOfDay(const char* field);
  std::optional<TimeOfDay> optTimeOfDay(const char* field);
  int64_t integer(const char* field, int64_t min, int64_t max);
  std::optional<int64_t> optInteger(const char* field, int64_t min, int64_t max);
  // Money in whole đồng, 0 … 10^15.
  int64_t money(const char* field) { return integer(field, 0, 1'000'000'000'000'000); }
  std::optional<int64_t> optMoney(const char* field) { return optInteger(field, 0, 1'000'000'000'000'000); }
  // A canonical decimal string ("0.5"), never a JSON float (floats would round).
  Decimal decimal(const char* field);
  bool flag(const char* field, bool fallback);
  // A list of objects (e.g. office-hour sessions), each read by the caller with nested().
  std::vector<Poco::Dynamic::Var> objects(const char* field);
  RowReader nested(const char* field, size_t index, const Poco::Dynamic::Var& row) const;

  // key, effective_from, effective_to and source{document, article, confidence, note}.
  DatedRow head();
  LegalSource source();

  // Records a domain check that failed on `field`.
  void fail(const char* field, const std::string& vi, const std::string& en);
  // Refuses unread fields; returns the first problem of the row, if any.
  Status finish();
  bool ok() const { return !problem_; }
  const std::string& key() const { return key_; }

 private:
  Poco::Dynamic::Var get(const char* field, bool required);
  std::string where(const char* field, bool english) const;

  std::string file_, table_;
  size_t index_;
  Poco::JSON::Object::Ptr obj_;
  std::string key_;
  std::set<std::string> seen_;
  std::optional<Error> problem_;
};

// A whole-table problem (duplicate key, overlapping validity) reported with both rows' keys.
Error tableError(const std::string& file, const std::string& table, const std::string& vi, const std::string& en);

}  // namespace landdesk::rules
