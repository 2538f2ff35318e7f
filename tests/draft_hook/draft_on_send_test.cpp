// Moving a case to draft_sent through the real workflow keeps the contract DOCX and the case data in the file store,
// records their hashes beside the step, and afterwards an edit of one party shows as exactly that field.
#include <boost/test/unit_test.hpp>

#include "../documents/case_fixtures.h"
#include "documents/draft_changes.h"
#include "documents/draft_on_send.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "workflow/case_workflow.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

struct Desk {
  TempDir dir;
  std::unique_ptr<storage::Database> db;
  documents::DocumentSources sources;
  // Without the office settings (commune, signer …) no document is ready to render.
  explicit Desk(bool withOffice = true) {
    storage::OpenOptions o;
    o.path = dir / "desk.sqlite";
    auto opened = storage::Database::open(o);
    BOOST_REQUIRE_MESSAGE(opened, (opened ? "" : opened.error().en));
    db = std::move(*opened);
    if (withOffice) BOOST_REQUIRE(db->settings().setAll(model::settingsOf(office()), "test"));
    auto loaded = documents::loadDocumentSources();
    BOOST_REQUIRE_MESSAGE(loaded, (loaded ? "" : loaded.error().en));
    sources = std::move(*loaded);
  }
  int64_t add(model::Case c) {
    c.code.clear();
    BOOST_REQUIRE(db->cases().add(c, "test"));
    return c.id;
  }
  size_t draftEvents(int64_t caseId) {
    size_t n = 0;
    const auto events = db->cases().events(caseId).value();  // kept: a range over a temporary's value() dangles
    for (const auto& e : events) n += e.action == "draft_version";
    return n;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(draft_on_send)

BOOST_AUTO_TEST_CASE(draft_sent_keeps_the_contract_and_the_data_and_records_their_hashes) {
  Desk desk;
  const int64_t id = desk.add(transferCase());
  auto sent = documents::sendDraft(*desk.db, desk.sources, desk.dir.path(), id, {}, "can_bo_tp");
  BOOST_REQUIRE_MESSAGE(sent, (sent ? "" : sent.error().en));
  BOOST_REQUIRE_MESSAGE(!sent->renderProblem, (sent->renderProblem ? sent->renderProblem->en : ""));
  BOOST_TEST(sent->templateId == "hd_chuyen_nhuong");
  BOOST_TEST(sent->version.docxSha256.size() == 64u);
  BOOST_TEST(sent->version.caseDataSha256.size() == 64u);
  const auto store = storage::fileStoreIn(desk.dir.path());
  BOOST_TEST(store.contains(sent->version.docxSha256));
  BOOST_TEST(store.contains(sent->version.caseDataSha256));
  BOOST_TEST((workflow::state(*desk.db, id)->status == model::CaseStatus::DraftSent));

  // The hashes sit beside the transition event: same time, same actor.
  const auto events = desk.db->cases().events(id).value();
  const model::CaseEvent* step = nullptr;
  std::map<std::string, const model::CaseEvent*> hashes;
  for (const auto& e : events) {
    if (e.action == "transition" && e.newValue == "draft_sent") step = &e;
    if (e.action == "draft_version") hashes[e.field] = &e;
  }
  BOOST_REQUIRE(step);
  BOOST_REQUIRE(hashes.size() == 2u);
  BOOST_TEST(hashes["docx_sha256"]->newValue == sent->version.docxSha256);
  BOOST_TEST(hashes["case_data_sha256"]->newValue == sent->version.caseDataSha256);
  BOOST_TEST((hashes["docx_sha256"]->at == step->at));
  BOOST_TEST(hashes["case_data_sha256"]->actor == "can_bo_tp");

  auto latest = documents::latestDraftVersion(*desk.db, id);
  BOOST_REQUIRE(latest);
  BOOST_REQUIRE(latest->has_value());
  BOOST_TEST((*latest)->docxSha256 == sent->version.docxSha256);
}

BOOST_AUTO_TEST_CASE(an_edited_party_is_the_only_change_listed) {
  Desk desk;
  const int64_t id = desk.add(transferCase());
  BOOST_REQUIRE(documents::sendDraft(*desk.db, desk.sources, desk.dir.path(), id, {}, "can_bo_tp"));
  auto none = documents::changesSinceDraft(*desk.db, desk.dir.path(), id);
  BOOST_REQUIRE(none);
  BOOST_REQUIRE(none->has_value());
  BOOST_TEST((*none)->changes.empty());

  model::Case c = desk.db->cases().byId(id).value();
  const std::string before = c.parties[1].party.fullName;
  c.parties[1].party.fullName = "Trần Thị Bích Ngọc";
  BOOST_REQUIRE(desk.db->cases().update(c, "can_bo_tp"));
  auto changed = documents::changesSinceDraft(*desk.db, desk.dir.path(), id);
  BOOST_REQUIRE(changed);
  BOOST_REQUIRE(changed->has_value());
  const auto& list = (*changed)->changes;
  for (const auto& ch : list) BOOST_TEST_MESSAGE(ch.path << ": " << ch.before.value_or("-") << " -> " << ch.after.value_or("-"));
  BOOST_REQUIRE_EQUAL(list.size(), 1u);  // row version, ids and status are bookkeeping, not changes
  BOOST_TEST(list[0].path == "parties[1].full_name");
  BOOST_TEST(*list[0].before == "\"" + before + "\"");
  BOOST_TEST(*list[0].after == "\"Trần Thị Bích Ngọc\"");
  BOOST_TEST(documents::fieldLabel(list[0].path) == "Bên 2 — Họ và tên");
  BOOST_TEST(documents::fieldLabel(list[0].path, Language::English) == "Party 2 — Full name");
  BOOST_TEST(documents::shownValue(list[0].after) == "Trần Thị Bích Ngọc");  // the text, not its JSON form
  BOOST_TEST(documents::shownValue(std::nullopt) == "—");
  BOOST_TEST(documents::shownValue(std::string("1250000000")) == "1250000000");
  BOOST_TEST(documents::fieldLabel("parcels[0].purposes[1].area") == "Thửa 1 — Mục đích sử dụng 2 — Diện tích");
  BOOST_TEST(documents::fieldLabel("terms.unknown_key") == "Điều khoản — unknown_key");
}

BOOST_AUTO_TEST_CASE(a_refused_step_keeps_no_version) {
  Desk desk;
  const int64_t id = desk.add(transferCase());
  BOOST_REQUIRE(documents::sendDraft(*desk.db, desk.sources, desk.dir.path(), id, {}, "can_bo_tp"));
  BOOST_TEST(desk.draftEvents(id) == 2u);
  auto again = documents::sendDraft(*desk.db, desk.sources, desk.dir.path(), id, {}, "can_bo_tp");  // draft_sent → draft_sent
  BOOST_REQUIRE(!again);
  BOOST_TEST(again.error().code == "workflow.not_allowed");
  BOOST_TEST(desk.draftEvents(id) == 2u);
}

BOOST_AUTO_TEST_CASE(a_contract_that_cannot_be_rendered_keeps_the_data_alone) {
  Desk desk(false);
  const int64_t id = desk.add(transferCase());
  auto sent = documents::sendDraft(*desk.db, desk.sources, desk.dir.path(), id, {}, "can_bo_tp");
  BOOST_REQUIRE_MESSAGE(sent, (sent ? "" : sent.error().en));
  BOOST_REQUIRE(sent->renderProblem.has_value());
  BOOST_TEST(!sent->renderProblem->vi.empty());
  BOOST_TEST(sent->version.docxSha256.empty());
  auto latest = documents::latestDraftVersion(*desk.db, id);
  BOOST_REQUIRE(latest && latest->has_value());
  BOOST_TEST((*latest)->docxSha256.empty());
  BOOST_TEST((*latest)->caseDataSha256 == sent->version.caseDataSha256);
  BOOST_TEST((workflow::state(*desk.db, id)->status == model::CaseStatus::DraftSent));
}

BOOST_AUTO_TEST_CASE(a_case_never_sent_has_no_changes_to_show) {
  Desk desk;
  const int64_t id = desk.add(transferCase());
  auto changes = documents::changesSinceDraft(*desk.db, desk.dir.path(), id);
  BOOST_REQUIRE(changes);
  BOOST_TEST(!changes->has_value());
}

BOOST_AUTO_TEST_SUITE_END()
