#include "documents/catalog.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "util/datetime.h"

namespace landdesk::documents {

namespace {

constexpr std::string_view kNamespace = "urn:landdesk:templates:1";

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string_view view(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

std::string trimmed(std::string s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string textOf(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s(view(content));
  xmlFree(content);
  return trimmed(s);
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(view(v));
  xmlFree(v);
  return trimmed(s);
}

bool hasAttribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool isOurs(const xmlNode* node) {
  return node->type == XML_ELEMENT_NODE && node->ns && view(node->ns->href) == kNamespace;
}

// Errors carry the file and line in both languages; `what` names the element or value.
Error at(const std::string& name, long line, const std::string& code, const std::string& vi, const std::string& en,
         const std::string& what) {
  return makeError("catalog." + code, vi + " (" + name + ", dòng " + std::to_string(line) + ")",
                   en + " (" + name + ", line " + std::to_string(line) + ")", what);
}

const std::set<std::string, std::less<>>& knownSections() {
  static const std::set<std::string, std::less<>> s{
      "ngay_lap", "co_quan", "nguoi_ky", "nguoi_tiep_nhan", "ho_so", "nguoi_nop", "ben_a", "ben_b", "cac_ben",
      "thua_dat", "hop_dong", "di_san", "chung_thuc", "giay_to_nop", "giay_to_can_mang", "yeu_cau_bo_sung", "thue",
      "le_phi", "ban_giao"};
  return s;
}

const std::set<std::string, std::less<>>& knownSigners() {
  static const std::set<std::string, std::less<>> s{"ben_a", "ben_b", "nguoi_ky", "nguoi_tiep_nhan", "nguoi_thua_ke",
                                                    "nguoi_nop"};
  return s;
}

Result<TemplateEntry> readTemplate(const xmlNode* node, const std::string& name) {
  TemplateEntry t;
  t.line = static_cast<int>(xmlGetLineNo(node));
  const long line = t.line;
  t.id = attribute(node, "id");
  t.file = attribute(node, "file");
  t.group = attribute(node, "group");
  if (t.id.empty())
    return at(name, line, "missing_id", "Mẫu thiếu thuộc tính id", "A template has no id attribute", "<template>");
  for (char c : t.id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
      return at(name, line, "bad_id", "Mã mẫu chỉ được gồm chữ không dấu, số, _ và -",
                "A template id may hold only ASCII letters, digits, _ and -", t.id);
  if (t.file.empty())
    return at(name, line, "missing_file", "Mẫu thiếu thuộc tính file", "A template has no file attribute", t.id);
  if (t.file.find('/') != std::string::npos || t.file.find('\\') != std::string::npos || t.file.find("..") != std::string::npos ||
      t.file.size() < 6 || t.file.substr(t.file.size() - 5) != ".docx")
    return at(name, line, "bad_file", "Tên tệp mẫu phải là một tệp .docx trong cùng thư mục (không có thư mục, không có ..)",
              "A template file must be a .docx name in the catalog's folder (no folders, no ..)", t.id + ": " + t.file);
  const auto& groups = templateGroups();
  if (std::find(groups.begin(), groups.end(), t.group) == groups.end())
    return at(name, line, "bad_group",
              "Nhóm mẫu không hợp lệ (contract, authentication, slip, form, handoff, estimate)",
              "Unknown template group (contract, authentication, slip, form, handoff, estimate)", t.id + ": group=\"" + t.group + "\"");

  bool sawTitle = false, sawKinds = false, sawEffective = false;
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const long cline = xmlGetLineNo(child);
    const std::string element(view(child->name));
    if (!isOurs(child))
      return at(name, cline, "unknown_element", "Phần tử lạ trong mẫu", "Unknown element in a template", t.id + ": <" + element + ">");
    if (element == "title") {
      t.title = textOf(child);
      sawTitle = true;
    } else if (element == "kinds") {
      sawKinds = true;
      for (const std::string& w : words(textOf(child))) {
        if (w == "*") {
          t.allKinds = true;
        } else if (auto k = model::fromCode<model::CaseKind>(w)) {
          t.kinds.push_back(*k);
        } else {
          return at(name, cline, "bad_kind", "Loại hồ sơ không hợp lệ trong <kinds>", "Unknown case kind in <kinds>", t.id + ": " + w);
        }
      }
    } else if (element == "legal-basis") {
      t.legalBasis = textOf(child);
    } else if (element == "effective") {
      sawEffective = true;
      const std::string from = attribute(child, "from"), to = attribute(child, "to");
      auto f = parseCanonicalDate(from);
      if (!f)
        return at(name, cline, "bad_date", "Ngày hiệu lực không hợp lệ (cần YYYY-MM-DD)", "Invalid effective date (expected YYYY-MM-DD)",
                  t.id + ": from=\"" + from + "\"");
      t.effectiveFrom = *f;
      if (hasAttribute(child, "to") && !to.empty()) {
        t.effectiveTo = parseCanonicalDate(to);
        if (!t.effectiveTo)
          return at(name, cline, "bad_date", "Ngày hết hiệu lực không hợp lệ (cần YYYY-MM-DD)",
                    "Invalid end date (expected YYYY-MM-DD)", t.id + ": to=\"" + to + "\"");
        if (std::chrono::sys_days(*t.effectiveTo) < std::chrono::sys_days(t.effectiveFrom))
          return at(name, cline, "bad_range", "Ngày hết hiệu lực trước ngày có hiệu lực", "The end date is before the start date",
                    t.id + ": " + from + " → " + to);
      }
    } else if (element == "form-number") {
      t.formNumber = textOf(child);
    } else if (element == "copies") {
      const std::string c = textOf(child);
      int n = 0;
      try {
        size_t used = 0;
        n = std::stoi(c, &used);
        if (used != c.size()) n = 0;
      } catch (const std::exception&) {
        n = 0;
      }
      if (n < 1 || n > 20)
        return at(name, cline, "bad_copies", "Số bản phải là số nguyên từ 1 đến 20", "Copies must be a whole number from 1 to 20",
                  t.id + ": " + c);
      t.copies = n;
    } else if (element == "needs") {
      for (const std::string& w : words(textOf(child))) {
        if (!knownSections().contains(w))
          return at(name, cline, "bad_needs", "Phần dữ liệu không có trong docs/template-data.md", "Unknown data section (see docs/template-data.md)",
                    t.id + ": " + w);
        t.needs.push_back(w);
      }
    } else if (element == "signers") {
      for (const std::string& w : words(textOf(child))) {
        if (!knownSigners().contains(w))
          return at(name, cline, "bad_signers", "Người ký không hợp lệ (ben_a, ben_b, nguoi_ky, nguoi_tiep_nhan, nguoi_thua_ke)",
                    "Unknown signer (ben_a, ben_b, nguoi_ky, nguoi_tiep_nhan, nguoi_thua_ke)", t.id + ": " + w);
        t.signers.push_back(w);
      }
    } else {
      return at(name, cline, "unknown_element", "Phần tử lạ trong mẫu", "Unknown element in a template", t.id + ": <" + element + ">");
    }
  }
  if (!sawTitle || t.title.empty())
    return at(name, line, "missing_title", "Mẫu thiếu <title>", "A template has no <title>", t.id);
  if (!sawKinds || (t.kinds.empty() && !t.allKinds))
    return at(name, line, "missing_kinds", "Mẫu thiếu <kinds> (loại hồ sơ, hoặc *)", "A template has no <kinds> (case kinds, or *)", t.id);
  if (!sawEffective)
    return at(name, line, "missing_effective", "Mẫu thiếu <effective from=\"YYYY-MM-DD\"/>", "A template has no <effective from=\"YYYY-MM-DD\"/>", t.id);
  return t;
}

}  // namespace

bool TemplateEntry::serves(model::CaseKind kind) const {
  return allKinds || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool TemplateEntry::inForce(Date on) const {
  using std::chrono::sys_days;
  return sys_days(on) >= sys_days(effectiveFrom) && (!effectiveTo || sys_days(on) <= sys_days(*effectiveTo));
}

const TemplateEntry* Catalog::find(std::string_view id) const {
  for (const auto& t : templates)
    if (t.id == id) return &t;
  return nullptr;
}

const std::vector<std::string_view>& templateGroups() {
  static const std::vector<std::string_view> g{"contract", "authentication", "slip", "form", "handoff", "estimate"};
  return g;
}

Result<Catalog> parseCatalog(std::string_view xml, const std::filesystem::path& directory, const std::string& name) {
  // A DTD is never needed here and is how entity expansion and external fetches arrive: refused before parsing.
  if (xml.find("<!DOCTYPE") != std::string_view::npos || xml.find("<!ENTITY") != std::string_view::npos) {
    const auto pos = std::min(xml.find("<!DOCTYPE"), xml.find("<!ENTITY"));
    const long line = 1 + static_cast<long>(std::count(xml.begin(), xml.begin() + static_cast<long>(pos), '\n'));
    return at(name, line, "doctype_forbidden", "Danh mục mẫu không được chứa DOCTYPE/ENTITY",
              "The catalog may not contain a DOCTYPE/ENTITY declaration", "<!DOCTYPE>");
  }
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), name.c_str(), "UTF-8", options));
  if (!doc || !ctxt->wellFormed) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string msg = e && e->message ? e->message : "";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return at(name, e ? e->line : 0, "invalid_xml", "Danh mục mẫu không phải XML hợp lệ", "The catalog is not well-formed XML", msg);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || view(root->name) != "catalog" || !isOurs(root))
    return at(name, root ? xmlGetLineNo(root) : 1, "bad_root",
              "Phần tử gốc phải là <catalog xmlns=\"urn:landdesk:templates:1\">",
              "The root element must be <catalog xmlns=\"urn:landdesk:templates:1\">", root ? std::string(view(root->name)) : "");
  Catalog catalog;
  catalog.directory = directory;
  for (const xmlNode* node = root->children; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (!isOurs(node) || view(node->name) != "template")
      return at(name, xmlGetLineNo(node), "unknown_element", "Danh mục chỉ chứa các phần tử <template>",
                "The catalog holds only <template> elements", "<" + std::string(view(node->name)) + ">");
    auto t = readTemplate(node, name);
    if (!t) return t.error();
    if (catalog.find(t->id))
      return at(name, t->line, "duplicate_id", "Hai mẫu trùng mã", "Two templates have the same id", t->id);
    catalog.templates.push_back(std::move(*t));
  }
  return catalog;
}

Result<Catalog> loadCatalog(const std::filesystem::path& catalogFile) {
  std::ifstream in(catalogFile, std::ios::binary);
  if (!in)
    return makeError("catalog.cannot_read", "Không đọc được danh mục mẫu", "Cannot read the template catalog", catalogFile.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  if (text.size() > 4 * 1024 * 1024)
    return makeError("catalog.too_large", "Danh mục mẫu quá lớn (trên 4 MB)", "The template catalog is too large (over 4 MB)", catalogFile.string());
  return parseCatalog(text, catalogFile.parent_path(), catalogFile.filename().string());
}

std::vector<const TemplateEntry*> templatesFor(const Catalog& catalog, model::CaseKind kind, Date on) {
  std::vector<const TemplateEntry*> out;
  for (const auto& t : catalog.templates)
    if (t.serves(kind) && t.inForce(on)) out.push_back(&t);
  return out;
}

std::filesystem::path templatesDirectory() {
  auto isDir = [](const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec);
  };
  if (const char* env = std::getenv("LANDDESK_TEMPLATES_DIR"); env && *env) return env;
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto candidate = self.parent_path().parent_path() / "share" / "landdesk" / "templates";
    if (isDir(candidate)) return candidate;
  }
#ifdef LANDDESK_TEMPLATES_SOURCE_DIR
  if (isDir(LANDDESK_TEMPLATES_SOURCE_DIR)) return LANDDESK_TEMPLATES_SOURCE_DIR;
#endif
#ifdef LANDDESK_TEMPLATES_INSTALL_DIR
  return LANDDESK_TEMPLATES_INSTALL_DIR;
#else
  return "/usr/share/landdesk/templates";
#endif
}

}  // namespace landdesk::documents
