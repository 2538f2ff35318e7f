// The checks run before a document is rendered: what the case lacks for this template, as findings the officer
// can act on (issue 5 "Bad input"), instead of a document with blanks.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "documents/catalog.h"
#include "documents/document_data.h"
#include "model/case.h"
#include "model/office_profile.h"

namespace landdesk::documents {

enum class Severity { Blocking, Warning };

struct Finding {
  std::string id;  // stable: "spouse.missing", "parcel.area_mismatch" …
  Severity severity = Severity::Blocking;
  std::string vi, en;
  std::string subject;               // who or what it concerns: "Nguyễn Văn An", "Thửa 123, tờ bản đồ 45"
  std::optional<size_t> party;       // index into Case::parties
  std::optional<size_t> parcel;      // index into Case::parcels
  std::string setting;               // the office setting key, for office.missing

  const std::string& text(Language lang) const { return lang == Language::English ? en : vi; }
};

// Every finding for rendering `entry` (or, when null, any document of the case) on `date`. Blocking findings
// refuse the render; warnings are shown beside it.
std::vector<Finding> checkReadiness(const model::Case& c, const model::OfficeProfile& office, const TemplateEntry* entry,
                                    std::chrono::year_month_day date, const DocumentContext& context = {});

bool hasBlocking(const std::vector<Finding>& findings);
const char* severityCode(Severity s);  // "blocking" / "warning"

}  // namespace landdesk::documents
