#include "documents/draft_version.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

namespace landdesk::documents {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

bool isObject(const Var& v) { return v.type() == typeid(Object::Ptr); }
bool isArray(const Var& v) { return v.type() == typeid(Array::Ptr); }

std::string leafText(const Var& v) {
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(v, out);
  return out.str();
}

void addAll(const std::string& path, const Var* before, const Var* after, std::vector<FieldChange>& out);

// A field present on one side only: every leaf under it is reported, so the officer sees each value.
void walk(const std::string& path, const Var& before, const Var& after, std::vector<FieldChange>& out) {
  if (isObject(before) && isObject(after)) {
    auto b = before.extract<Object::Ptr>(), a = after.extract<Object::Ptr>();
    std::set<std::string> keys;
    for (const auto& [k, v] : *b) keys.insert(k);
    for (const auto& [k, v] : *a) keys.insert(k);
    for (const auto& k : keys) {
      const std::string sub = path.empty() ? k : path + "." + k;
      Var bv = b->has(k) ? b->get(k) : Var(), av = a->has(k) ? a->get(k) : Var();
      addAll(sub, b->has(k) ? &bv : nullptr, a->has(k) ? &av : nullptr, out);
    }
    return;
  }
  if (isArray(before) && isArray(after)) {
    auto b = before.extract<Array::Ptr>(), a = after.extract<Array::Ptr>();
    const size_t n = std::max(b->size(), a->size());
    for (size_t i = 0; i < n; ++i) {
      const std::string sub = path + "[" + std::to_string(i) + "]";
      Var bv = i < b->size() ? b->get(static_cast<unsigned>(i)) : Var();
      Var av = i < a->size() ? a->get(static_cast<unsigned>(i)) : Var();
      addAll(sub, i < b->size() ? &bv : nullptr, i < a->size() ? &av : nullptr, out);
    }
    return;
  }
  const std::string bt = leafText(before), at = leafText(after);
  if (bt != at) out.push_back({path, bt, at});
}

void addAll(const std::string& path, const Var* before, const Var* after, std::vector<FieldChange>& out) {
  if (before && after) return walk(path, *before, *after, out);
  const Var& present = before ? *before : *after;
  if (isObject(present) || isArray(present)) {
    // Compare with an empty container of the same kind: each leaf appears once, added or removed.
    Var empty = isObject(present) ? Var(Object::Ptr(new Object)) : Var(Array::Ptr(new Array));
    return before ? walk(path, present, empty, out) : walk(path, empty, present, out);
  }
  const std::string text = leafText(present);
  out.push_back({path, before ? std::optional(text) : std::nullopt, after ? std::optional(text) : std::nullopt});
}

Result<Object::Ptr> parseSide(const std::string& text, const char* vi, const char* en) {
  try {
    Var v = Poco::JSON::Parser().parse(text);
    if (isObject(v)) return v.extract<Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return makeError("draft.bad_json", std::string("Dữ liệu hồ sơ ") + vi + " không đọc được: " + e.displayText(),
                     std::string("The case data ") + en + " cannot be read: " + e.displayText());
  }
  return makeError("draft.bad_json", std::string("Dữ liệu hồ sơ ") + vi + " phải là một đối tượng JSON {…}",
                   std::string("The case data ") + en + " must be one JSON object {…}");
}

}  // namespace

Result<std::vector<FieldChange>> diffCaseData(const std::string& before, const std::string& after) {
  auto b = parseSide(before, "của bản nháp đã gửi", "of the draft sent");
  if (!b) return b.error();
  auto a = parseSide(after, "hiện tại", "now");
  if (!a) return a.error();
  std::vector<FieldChange> out;
  walk("", Var(*b), Var(*a), out);
  return out;
}

Result<DraftVersion> keepDraftVersion(storage::FileStore& store, const std::filesystem::path& docx,
                                      const std::string& caseDataJson) {
  auto data = diffCaseData(caseDataJson, caseDataJson);  // the data must read back, or no diff can ever be shown
  if (!data) return data.error();
  auto docxHash = store.put(docx);
  if (!docxHash) return docxHash.error();
  auto dataHash = store.putBytes(caseDataJson);
  if (!dataHash) return dataHash.error();
  return DraftVersion{*docxHash, *dataHash};
}

Result<std::string> keptCaseData(const storage::FileStore& store, const DraftVersion& version) {
  const auto file = store.locate(version.caseDataSha256);
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return makeError("draft.missing", "Không tìm thấy dữ liệu hồ sơ của bản nháp đã gửi", "The case data of the sent draft is missing",
                     file.string());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace landdesk::documents
