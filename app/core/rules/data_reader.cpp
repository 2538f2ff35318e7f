#include "rules/data_reader.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace landdesk::rules {

namespace {
constexpr const char* kCode = "rules.bad_data";
constexpr const char* kFormat = "landdesk-rules/1";
}  // namespace

Result<DataFile> DataFile::fromText(const std::string& name, const std::string& json) {
  DataFile f;
  f.name_ = name;
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var v = parser.parse(json);
    if (v.type() != typeid(Poco::JSON::Object::Ptr))
      return makeError(kCode, "Tệp dữ liệu quy tắc phải là một đối tượng JSON", "A rules data file must be a JSON object",
                       name);
    f.root_ = v.extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return makeError(kCode, "Tệp dữ liệu quy tắc không phải JSON hợp lệ", "A rules data file is not valid JSON",
                     name + " (" + e.displayText() + ")");
  }
  if (!f.root_->has("format") || f.root_->getValue<std::string>("format") != kFormat)
    return makeError(kCode, std::string("Tệp dữ liệu quy tắc thiếu \"format\": \"") + kFormat + "\"",
                     std::string("A rules data file lacks \"format\": \"") + kFormat + "\"", name);
  return f;
}

Result<std::string> readDataText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return makeError("rules.missing_file", "Không đọc được tệp dữ liệu quy tắc", "Cannot read a rules data file",
                     path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<DataFile> DataFile::open(const std::filesystem::path& path) {
  auto text = readDataText(path);
  if (!text) return text.error();
  return fromText(path.filename().string(), *text);
}

Result<Poco::JSON::Array::Ptr> DataFile::table(const std::string& table, bool required) const {
  if (!root_->has(table)) {
    if (!required) return Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    return makeError(kCode, "Tệp dữ liệu thiếu bảng", "A data file lacks a table", name_ + ": " + table);
  }
  Poco::JSON::Array::Ptr arr = root_->getArray(table);
  if (!arr) return makeError(kCode, "Bảng phải là một mảng JSON", "A table must be a JSON array", name_ + ": " + table);
  return arr;
}

RowReader::RowReader(std::string file, std::string table, size_t index, const Poco::Dynamic::Var& row)
    : file_(std::move(file)), table_(std::move(table)), index_(index) {
  if (row.type() == typeid(Poco::JSON::Object::Ptr)) obj_ = row.extract<Poco::JSON::Object::Ptr>();
  if (!obj_) {
    obj_ = new Poco::JSON::Object;
    fail("", "dòng phải là một đối tượng JSON", "a row must be a JSON object");
    return;
  }
  if (obj_->has("key")) {
    Poco::Dynamic::Var k = obj_->get("key");
    if (k.isString()) key_ = k.toString();
  }
}

std::string RowReader::where(const char* field, bool english) const {
  std::string s = file_ + ", " + table_ + "[" + std::to_string(index_ + 1) + "]";
  if (!key_.empty()) s += english ? " (key " + key_ + ")" : " (khóa " + key_ + ")";
  if (field && *field) s += english ? std::string(", field ") + field : std::string(", trường ") + field;
  return s;
}

void RowReader::fail(const char* field, const std::string& vi, const std::string& en) {
  if (problem_) return;
  problem_ = Error{kCode, "Dữ liệu quy tắc không hợp lệ: " + where(field, false) + ": " + vi,
                   "Invalid rule data: " + where(field, true) + ": " + en};
}

Poco::Dynamic::Var RowReader::get(const char* field, bool required) {
  seen_.insert(field);
  if (!obj_->has(field) || obj_->get(field).isEmpty()) {
    if (required) fail(field, "thiếu trường bắt buộc", "required field missing");
    return {};
  }
  return obj_->get(field);
}

std::optional<std::string> RowReader::optText(const char* field) {
  Poco::Dynamic::Var v = get(field, false);
  if (v.isEmpty()) return std::nullopt;
  if (!v.isString()) {
    fail(field, "phải là chuỗi", "must be a string");
    return std::nullopt;
  }
  return v.toString();
}

std::string RowReader::text(const char* field) {
  Poco::Dynamic::Var v = get(field, true);
  if (v.isEmpty()) return {};
  if (!v.isString() || v.toString().empty()) {
    fail(field, "phải là chuỗi không rỗng", "must be a non-empty string");
    return {};
  }
  return v.toString();
}

std::vector<std::string> RowReader::textList(const char* field, bool required) {
  std::vector<std::string> out;
  Poco::Dynamic::Var v = get(field, required);
  if (v.isEmpty()) return out;
  if (v.type() != typeid(Poco::JSON::Array::Ptr)) {
    fail(field, "phải là mảng chuỗi", "must be an array of strings");
    return out;
  }
  for (const auto& item : *v.extract<Poco::JSON::Array::Ptr>()) {
    if (!item.isString() || item.toString().empty()) {
      fail(field, "phải là mảng chuỗi", "must be an array of strings");
      return {};
    }
    out.push_back(item.toString());
  }
  return out;
}

std::string RowReader::oneOf(const char* field, std::initializer_list<const char*> allowed) {
  std::string v = text(field);
  if (v.empty()) return v;
  std::string list;
  for (const char* a : allowed) {
    if (v == a) return v;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  fail(field, "giá trị \"" + v + "\" không thuộc {" + list + "}", "value \"" + v + "\" is not one of {" + list + "}");
  return {};
}

std::optional<Date> RowReader::optDate(const char* field) {
  auto s = optText(field);
  if (!s) return std::nullopt;
  auto d = parseDate(*s);
  if (!d) fail(field, "ngày phải có dạng YYYY-MM-DD và có thật", "a date must be a real YYYY-MM-DD day");
  return d;
}

Date RowReader::date(const char* field) {
  seen_.insert(field);
  if (!obj_->has(field)) {
    fail(field, "thiếu trường bắt buộc", "required field missing");
    return {};
  }
  return optDate(field).value_or(Date{});
}

std::optional<TimeOfDay> RowReader::optTimeOfDay(const char* field) {
  auto s = optText(field);
  if (!s) return std::nullopt;
  auto t = parseTimeOfDay(*s);
  if (!t) fail(field, "giờ phải có dạng HH:MM", "a time must be HH:MM");
  return t;
}

TimeOfDay RowReader::timeOfDay(const char* field) {
  seen_.insert(field);
  if (!obj_->has(field)) {
    fail(field, "thiếu trường bắt buộc", "required field missing");
    return {};
  }
  return optTimeOfDay(field).value_or(TimeOfDay{});
}

std::optional<int64_t> RowReader::optInteger(const char* field, int64_t min, int64_t max) {
  Poco::Dynamic::Var v = get(field, false);
  if (v.isEmpty()) return std::nullopt;
  if (!v.isInteger()) {
    fail(field, "phải là số nguyên (không dùng số thập phân hay chuỗi)", "must be a whole number (no fraction, no string)");
    return std::nullopt;
  }
  int64_t n = 0;
  try {
    n = v.convert<int64_t>();
  } catch (const Poco::Exception&) {
    n = max;  // an unsigned value beyond int64 is out of range anyway
    fail(field, "số quá lớn", "number too large");
    return std::nullopt;
  }
  if (n < min || n > max) {
    fail(field, "phải trong khoảng " + std::to_string(min) + "…" + std::to_string(max),
         "must lie in " + std::to_string(min) + "…" + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

int64_t RowReader::integer(const char* field, int64_t min, int64_t max) {
  seen_.insert(field);
  if (!obj_->has(field)) {
    fail(field, "thiếu trường bắt buộc", "required field missing");
    return min;
  }
  return optInteger(field, min, max).value_or(min);
}

Decimal RowReader::decimal(const char* field) {
  std::string s = text(field);
  if (s.empty()) return {};
  auto d = Decimal::fromCanonical(s);
  if (!d || d->isNegative()) {
    fail(field, "phải là chuỗi số thập phân không âm dạng \"0.5\"", "must be a non-negative decimal string like \"0.5\"");
    return {};
  }
  return *d;
}

bool RowReader::flag(const char* field, bool fallback) {
  Poco::Dynamic::Var v = get(field, false);
  if (v.isEmpty()) return fallback;
  if (v.type() != typeid(bool)) {
    fail(field, "phải là true hoặc false", "must be true or false");
    return fallback;
  }
  return v.extract<bool>();
}

std::vector<Poco::Dynamic::Var> RowReader::objects(const char* field) {
  std::vector<Poco::Dynamic::Var> out;
  Poco::Dynamic::Var v = get(field, true);
  if (v.isEmpty()) return out;
  if (v.type() != typeid(Poco::JSON::Array::Ptr)) {
    fail(field, "phải là mảng", "must be an array");
    return out;
  }
  for (const auto& item : *v.extract<Poco::JSON::Array::Ptr>()) out.push_back(item);
  return out;
}

RowReader RowReader::nested(const char* field, size_t index, const Poco::Dynamic::Var& row) const {
  return RowReader(file_, table_ + "[" + std::to_string(index_ + 1) + "]" + (key_.empty() ? "" : "(" + key_ + ")") +
                              "." + field,
                   index, row);
}

LegalSource RowReader::source() {
  LegalSource src;
  Poco::Dynamic::Var v = get("source", true);
  if (v.isEmpty()) return src;
  RowReader s(file_, table_ + "[" + std::to_string(index_ + 1) + "]" + (key_.empty() ? "" : "(" + key_ + ")") + ".source",
              0, v);
  src.document = s.text("document");
  src.article = s.optText("article").value_or("");
  std::string c = s.oneOf("confidence", {"H", "M", "L"});
  src.confidence = c == "H" ? Confidence::High : c == "L" ? Confidence::Low : Confidence::Medium;
  src.note = s.optText("note").value_or("");
  if (Status st = s.finish(); !st && !problem_) problem_ = st.error();
  return src;
}

DatedRow RowReader::head() {
  DatedRow row;
  row.key = text("key");
  row.validity.from = date("effective_from");
  row.validity.to = optDate("effective_to");
  if (row.validity.to && *row.validity.to < row.validity.from)
    fail("effective_to", "ngày hết hiệu lực trước ngày có hiệu lực", "effective_to is before effective_from");
  row.source = source();
  return row;
}

Status RowReader::finish() {
  if (!problem_) {
    for (const auto& [name, value] : *obj_) {
      if (!seen_.contains(name) && name != "comment") {
        fail(name.c_str(), "trường không được biết đến (gõ nhầm?)", "unknown field (a typo?)");
        break;
      }
    }
  }
  if (problem_) return *problem_;
  return {};
}

Error tableError(const std::string& file, const std::string& table, const std::string& vi, const std::string& en) {
  return Error{kCode, "Dữ liệu quy tắc không hợp lệ: " + file + ", " + table + ": " + vi,
               "Invalid rule data: " + file + ", " + table + ": " + en};
}

}  // namespace landdesk::rules
