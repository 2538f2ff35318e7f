#include "case_checks_tab.h"

#include <wx/intl.h>
#include <wx/listctrl.h>

#include "case_labels.h"
#include "documents/case_document.h"
#include "register/authentication_checks.h"
#include "register/paper_rules.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"

namespace landdesk::gui {

CaseChecksTab::CaseChecksTab(wxWindow* parent, storage::Database& db, int64_t caseId)
    : CaseViewPage(parent, "case_checks_tab", db, caseId) {
  auto sources = documents::loadDocumentSources();
  auto papers = registry::loadPaperRules();
  if (sources) sources_ = std::make_unique<documents::DocumentSources>(std::move(*sources));
  else loadProblem_ = toWx(sources.error().text(uiLanguage()));
  if (papers) papers_ = std::make_unique<registry::PaperRules>(std::move(*papers));
  else loadProblem_ = toWx(papers.error().text(uiLanguage()));
  refresh();
}

CaseChecksTab::~CaseChecksTab() = default;

void CaseChecksTab::refresh() {
  setColumns({_("Check"), _("Level"), _("Reason")});
  blocking_ = 0;
  if (!sources_ || !papers_) {
    setStatus(loadProblem_);
    return;
  }
  auto c = db_.cases().byId(caseId_);
  auto settings = db_.settings().all();
  if (!c || !settings) {
    setStatus(toWx((c ? settings.error() : c.error()).text(uiLanguage())));
    return;
  }
  const model::OfficeProfile office = model::officeProfileFrom(*settings);
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()));
  const bool en = uiLanguage() == Language::English;

  registry::CheckOptions options;
  options.on = today;
  auto report = registry::checkBeforeAuthentication(db_, *papers_, office, *c, options);
  if (!report) {
    setStatus(toWx(report.error().text(uiLanguage())));
    return;
  }
  for (const auto& f : report->findings) {
    if (f.level == registry::FindingLevel::Passed) continue;
    const bool blocks = f.level == registry::FindingLevel::Blocking;
    blocking_ += blocks;
    wxString reason = toWx(en ? f.en : f.vi);
    if (!f.basis.empty()) reason += wxASCII_STR(" (") + toWx(f.basis) + wxASCII_STR(")");
    addRow({_("Authentication"), blocks ? _("Blocks") : _("Needs attention"), reason});
  }

  // The contract of the case's kind in force today: what it still lacks before it can be rendered.
  const documents::TemplateEntry* contract = nullptr;
  for (const auto* t : documents::templatesFor(sources_->catalog, c->kind, today))
    if (t->group == "contract" && !contract) contract = t;
  for (const auto& f : documents::checkReadiness(*c, office, contract, today, sources_->context())) {
    const bool blocks = f.severity == documents::Severity::Blocking;
    blocking_ += blocks;
    wxString reason = toWx(f.text(uiLanguage()));
    if (!f.subject.empty()) reason = toWx(f.subject) + wxASCII_STR(": ") + reason;
    addRow({_("Contract document"), blocks ? _("Blocks") : _("Needs attention"), reason});
  }
  fitColumns();
  setStatus(blocking_ == 0 ? _("Nothing blocks authentication or the contract")
                           : wxString::Format(_("%d problems still block"), blocking_));
}

}  // namespace landdesk::gui
