// The template catalog (contract_templates/catalog.xml): which DOCX template serves which case kinds, when it is
// in force, its form number, the data it needs and who signs it.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/vocabulary.h"
#include "util/error.h"

namespace landdesk::documents {

using Date = std::chrono::year_month_day;

struct TemplateEntry {
  std::string id;     // "hd_chuyen_nhuong": stable, used on the command line and in file names
  std::string file;   // "hd_chuyen_nhuong.docx", relative to the catalog's folder
  std::string group;  // contract | authentication | slip | form | handoff | estimate
  std::string title;  // "Hợp đồng chuyển nhượng quyền sử dụng đất"
  std::vector<model::CaseKind> kinds;  // every kind when `allKinds`
  bool allKinds = false;               // <kinds>*</kinds>
  std::string legalBasis;
  Date effectiveFrom{};
  std::optional<Date> effectiveTo;  // inclusive
  std::string formNumber;           // "Mẫu số 18"; data an officer may change, often empty
  int copies = 1;
  std::vector<std::string> needs;    // top-level data sections: ben_a ben_b thua_dat hop_dong di_san …
  std::vector<std::string> signers;  // ben_a ben_b nguoi_ky nguoi_tiep_nhan nguoi_thua_ke
  int line = 0;                      // where the entry stands in catalog.xml, for messages

  bool serves(model::CaseKind kind) const;
  bool inForce(Date on) const;
};

struct Catalog {
  std::filesystem::path directory;  // the folder of catalog.xml; template files are relative to it
  std::vector<TemplateEntry> templates;

  const TemplateEntry* find(std::string_view id) const;
  std::filesystem::path fileOf(const TemplateEntry& entry) const { return directory / entry.file; }
};

// The groups a template may belong to, in the order lists show them.
const std::vector<std::string_view>& templateGroups();

// Parses catalog.xml text. libxml2 without network or entity expansion; a DOCTYPE is refused. Every problem is
// an Error ("catalog.*") naming the line and the element or attribute: bad XML, wrong root or namespace, a
// template without id or file, an unknown group or case kind, a bad date, to before from, a copies count that
// is not 1–20, an unknown needs/signers word, a file name with a folder in it, a duplicate id.
Result<Catalog> parseCatalog(std::string_view xml, const std::filesystem::path& directory, const std::string& name = "catalog.xml");
Result<Catalog> loadCatalog(const std::filesystem::path& catalogFile);

// The catalog's templates that serve `kind` and are in force on `on`, in catalog order.
std::vector<const TemplateEntry*> templatesFor(const Catalog& catalog, model::CaseKind kind, Date on);

// Where the shipped templates are: $LANDDESK_TEMPLATES_DIR when set; else <prefix>/share/landdesk/templates next to
// an installed binary; else the source tree's contract_templates (build tree); else the compiled-in install path.
std::filesystem::path templatesDirectory();

}  // namespace landdesk::documents
