// The data tree a template receives for one case (docs/template-data.md): built from the stored case, the office
// profile and the document's date, with tax, fee and paper lists from the dated rule data.
#pragma once

#include <Poco/JSON/Object.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "documents/papers.h"
#include "model/case.h"
#include "model/office_profile.h"
#include "rules/rule_book.h"

namespace landdesk::documents {

// The register line of the case, once the officer has it (sổ chứng thực, ND 23/2015 art. 13).
struct AuthenticationNumber {
  int64_t number = 0;  // số chứng thực
  int book = 1;        // quyển số
  int year = 0;
  std::chrono::year_month_day date{};
  int sheets = 0;  // số tờ of the authenticated document, when counted
  int pages = 0;
  std::string text;  // the number as the register wrote it; empty: formatted from the settings
};

// What the builder reads besides the case and the office. Missing rule data leaves the sections empty (the
// readiness check reports it) rather than failing the whole tree.
struct DocumentContext {
  const rules::RuleBook* rules = nullptr;  // taxes, fees, deadlines
  const PaperRules* papers = nullptr;      // papers to bring
  std::optional<AuthenticationNumber> authentication;
  std::vector<std::string> requests;   // "yeu_cau_bo_sung" lines the officer adds
  std::vector<std::string> taxFlags;   // reductions the officer ticked, e.g. "tt117_vneid"
};

// The whole tree, keys exactly as docs/template-data.md lists them; every listed key present.
Poco::JSON::Object::Ptr buildDocumentData(const model::Case& c, const model::OfficeProfile& office,
                                          std::chrono::year_month_day date, const DocumentContext& context = {});

// "Số chứng thực: 125, quyển số 01/2026-SCT/HĐ,GD" from the settings format ({number} {book} {year}); numbers
// below 10 get a leading zero.
std::string authenticationNumberText(const std::string& format, const AuthenticationNumber& n);

// The title of the case's main document ("Hợp đồng chuyển nhượng quyền sử dụng đất", "Văn bản khai nhận di sản").
std::string mainDocumentTitle(const model::Case& c);

}  // namespace landdesk::documents
