// The read-side pages are added in one place so the editor needs to know only these two calls.
#include "case_view_tabs.h"

#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "case_changes_tab.h"
#include "case_checks_tab.h"
#include "case_documents_tab.h"
#include "case_timeline_tab.h"
#include "fee_tax_panel.h"
#include "translations.h"
#include "workflow/case_workflow.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

// The fee and tax page needs the rule book; when it does not load, the page says why instead of the figures.
wxWindow* feesPage(wxNotebook& book, storage::Database& db, int64_t caseId) {
  auto rules = workflow::defaultRules();  // loaded once per process, so it outlives the page
  if (rules) return new FeeTaxPanel(&book, db, **rules, caseId);
  auto* page = new wxPanel(&book);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(page, wxID_ANY, toWx(rules.error().text(uiLanguage()))), wxSizerFlags().Border());
  page->SetSizer(sizer);
  return page;
}

}  // namespace

void addCaseViewTabs(wxNotebook& book, storage::Database& db, std::filesystem::path dataDir, int64_t caseId,
                     std::string actor) {
  book.AddPage(new CaseDocumentsTab(&book, db, dataDir, caseId, std::move(actor)), _("Papers and documents"));
  book.AddPage(new CaseTimelineTab(&book, db, caseId), _("Timeline"));
  book.AddPage(feesPage(book, db, caseId), _("Fees and taxes"));
  book.AddPage(new CaseChecksTab(&book, db, caseId), _("Checks"));
  book.AddPage(new CaseChangesTab(&book, db, std::move(dataDir), caseId), _("Changes since the draft"));
}

void refreshCaseViewTabs(wxNotebook& book) {
  for (size_t i = 0; i < book.GetPageCount(); ++i) {
    if (auto* page = dynamic_cast<CaseViewPage*>(book.GetPage(i))) page->refresh();
    if (auto* fees = dynamic_cast<FeeTaxPanel*>(book.GetPage(i))) fees->reload();
  }
}

}  // namespace landdesk::gui
