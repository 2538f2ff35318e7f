#include "docgen/template_issue.h"

#include <stdexcept>

namespace landdesk::docgen {

namespace {

struct CatalogEntry {
  std::string_view id;
  std::string_view vi;
  std::string_view en;
};

// The texts say what is wrong and what to do in Word, because the officer fixes the template, not the data.
constexpr CatalogEntry kCatalog[] = {
    {"unclosed_tag", "Thẻ mở bằng { nhưng không có } đóng trong cùng đoạn văn; hãy thêm } hoặc xoá {",
     "A tag opens with { but has no closing } in the same paragraph; add } or remove {"},
    {"unopened_tag", "Có dấu } mà không có { mở trước nó trong cùng đoạn văn; hãy thêm { hoặc xoá }",
     "A } has no opening { before it in the same paragraph; add { or remove }"},
    {"malformed_tag", "Thẻ viết sai: tên trường trống, có khoảng trắng bên trong hoặc bộ lọc đặt sai chỗ",
     "Malformed tag: empty field name, spaces inside the name, or a filter where none is allowed"},
    {"unknown_filter", "Bộ lọc sau dấu | không tồn tại (xem danh sách bộ lọc trong hướng dẫn)",
     "The filter after | does not exist (see the list of filters in the guide)"},
    {"unclosed_loop", "Khối {#…} hoặc {^…} được mở nhưng không có thẻ {/…} đóng",
     "A {#…} or {^…} section is opened but never closed with {/…}"},
    {"unopened_loop", "Thẻ đóng {/…} không có thẻ mở {#…} hoặc {^…} tương ứng",
     "A closing {/…} tag has no matching {#…} or {^…} before it"},
    {"closing_tag_does_not_match_opening_tag", "Thẻ đóng không khớp với thẻ mở gần nhất (các khối phải lồng nhau đúng thứ tự)",
     "The closing tag does not match the nearest opening tag (sections must nest in order)"},
    {"loop_position_invalid",
     "Thẻ mở và thẻ đóng của khối nằm ở vị trí không thể lặp được (ví dụ một thẻ trong bảng, thẻ kia ngoài bảng, hoặc trong liên kết); "
     "hãy đặt cả hai trong cùng một hàng bảng hoặc ở các đoạn văn cùng cấp",
     "The section's opening and closing tags stand where nothing can be repeated (e.g. one inside a table and one outside, or inside "
     "a hyperlink); put both in the same table row or in paragraphs at the same level"},
    {"missing_value", "Dữ liệu không có trường này; chỗ điền được để trống", "The data has no such field; the place was left blank"},
    {"value_not_text", "Trường này là danh sách hoặc nhóm, không in được thành chữ; hãy dùng {#…}{/…}",
     "This field is a list or a group and cannot be printed as text; use {#…}{/…}"},
    {"filter_failed", "Bộ lọc không áp dụng được cho giá trị này; chỗ điền được để trống",
     "The filter cannot be applied to this value; the place was left blank"},
};

std::string describeNumber(const char* viWord, const char* enWord, int n, Language lang) {
  return std::string(lang == Language::English ? enWord : viWord) + " " + std::to_string(n);
}

}  // namespace

std::string TagLocation::describe(Language lang) const {
  std::string out = part;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : ", ") + s; };
  if (table > 0) {
    add(describeNumber("bảng", "table", table, lang));
    add(describeNumber("hàng", "row", row, lang));
    add(describeNumber("ô", "cell", cell, lang));
  }
  if (paragraph > 0) add(describeNumber("đoạn", "paragraph", paragraph, lang));
  if (!context.empty()) out += ": «" + context + "»";
  return out;
}

TemplateIssue makeIssue(std::string_view id, std::string tag, TagLocation where, const std::string& detail) {
  for (const auto& e : kCatalog) {
    if (e.id != id) continue;
    TemplateIssue issue{std::string(id), std::string(e.vi), std::string(e.en), std::move(tag), std::move(where)};
    if (!detail.empty()) {
      issue.vi += " (" + detail + ")";
      issue.en += " (" + detail + ")";
    }
    return issue;
  }
  throw std::logic_error("unknown template issue id: " + std::string(id));
}

TemplateIssue issueFromError(const Error& error, std::string part) {
  TemplateIssue issue{error.code, error.vi, error.en, {}, {}};
  issue.where.part = std::move(part);
  return issue;
}

const std::vector<std::string_view>& templateIssueIds() {
  static const std::vector<std::string_view> ids = [] {
    std::vector<std::string_view> v;
    for (const auto& e : kCatalog) v.push_back(e.id);
    return v;
  }();
  return ids;
}

}  // namespace landdesk::docgen
