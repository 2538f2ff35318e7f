#include "documents/draft_on_send.h"

#include <sstream>

#include <Poco/JSON/Stringifier.h>
#include <Poco/TemporaryFile.h>

#include "documents/register_number.h"
#include "model/case_json.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"

namespace landdesk::documents {

std::string draftCaseData(const model::Case& c) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(model::caseToJson(c), out, 2);
  return out.str();
}

namespace {

const TemplateEntry* contractFor(const Catalog& catalog, model::CaseKind kind, Date on) {
  for (const TemplateEntry* t : templatesFor(catalog, kind, on))
    if (t->group == "contract") return t;
  return nullptr;
}

}  // namespace

Result<SentDraft> sendDraft(storage::Database& db, const DocumentSources& sources, const std::filesystem::path& dataDir,
                            int64_t caseId, const workflow::TransitionDetails& details, const std::string& actor) {
  auto c = db.cases().byId(caseId);
  if (!c) return c.error();
  auto settings = db.settings().all();
  if (!settings) return settings.error();
  const model::OfficeProfile office = model::officeProfileFrom(*settings);
  const Date on(std::chrono::floor<std::chrono::days>(details.at.value_or(localNow())));
  storage::FileStore store = storage::fileStoreIn(dataDir);
  SentDraft sent;
  const std::string data = draftCaseData(*c);
  if (const TemplateEntry* entry = contractFor(sources.catalog, c->kind, on)) {
    DocumentContext context = sources.context();
    auto number = registerNumberOf(db, office, caseId);
    if (!number) return number.error();
    context.authentication = *number;
    // Rendered to a scratch file: only the copy kept in the file store matters afterwards.
    const std::filesystem::path docx = Poco::TemporaryFile::tempName() + ".docx";
    CaseDocumentResult rendered = renderCaseDocument(sources, *c, office, *entry, on, context, docx);
    if (rendered.error) {
      sent.renderProblem = rendered.error;
    } else {
      auto kept = keepDraftVersion(store, docx, data);
      if (!kept) {
        std::filesystem::remove(docx);
        return kept.error();
      }
      sent.version = *kept;
      sent.templateId = entry->id;
    }
    std::filesystem::remove(docx);
  } else {
    sent.renderProblem = makeError("draft.no_contract", "Không có mẫu hợp đồng nào cho loại hồ sơ này vào ngày " + isoDate(on),
                                   "No contract template serves this kind of case on " + isoDate(on), c->code);
  }
  if (sent.version.caseDataSha256.empty()) {
    auto hash = store.putBytes(data);
    if (!hash) return hash.error();
    sent.version.caseDataSha256 = *hash;
  }

  workflow::TransitionDetails withDraft = details;
  withDraft.draftDocxSha256 = sent.version.docxSha256;
  withDraft.draftDataSha256 = sent.version.caseDataSha256;
  if (auto moved = workflow::advance(db, sources.rules, caseId, model::CaseStatus::DraftSent, withDraft, actor); !moved)
    return moved.error();
  return sent;
}

Result<std::optional<DraftVersion>> latestDraftVersion(storage::Database& db, int64_t caseId) {
  auto events = db.cases().events(caseId);
  if (!events) return events.error();
  std::optional<DraftVersion> latest;
  // The step writes the DOCX hash (when there is one) just before the case data hash, at the same time.
  const model::CaseEvent* docx = nullptr;
  for (const model::CaseEvent& e : *events) {
    if (e.action != "draft_version") continue;
    if (e.field == "docx_sha256") docx = &e;
    if (e.field != "case_data_sha256") continue;
    latest = DraftVersion{docx && docx->at == e.at ? docx->newValue : std::string(), e.newValue};
    docx = nullptr;
  }
  return latest;
}

}  // namespace landdesk::documents
