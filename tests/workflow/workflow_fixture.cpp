#include "workflow_fixture.h"

#include <boost/test/unit_test.hpp>

#include "storage/case_repository.h"
#include "support/postgres_server.h"

namespace landdesk::test {

using model::CaseStatus;

LocalDateTime at(const std::string& text) {
  auto t = rules::parseDateTime(text);
  if (!t) throw std::invalid_argument("bad test time " + text);
  return std::chrono::time_point_cast<std::chrono::seconds>(*t);
}

WorkflowFixture::WorkflowFixture() {
  storage::OpenOptions o;
  o.path = testDatabase(dir / "desk.sqlite");  // a server URL in workflow_postgresql
  auto opened = storage::Database::open(o);
  if (!opened) throw std::runtime_error("cannot open test database: " + opened.error().en);
  db = std::move(*opened);
}

int64_t WorkflowFixture::addCase(const std::string& receivedAt, model::CaseKind kind) {
  model::Case c;
  c.kind = kind;
  c.receivedAt = at(receivedAt);
  c.dueAt = c.receivedAt + std::chrono::days(2);
  c.officer = "Trần Thị Hương";
  model::CaseParty p;
  p.party.fullName = "Nguyễn Văn An";
  p.role = model::PartyRole::Transferor;
  c.parties.push_back(p);
  auto added = db->cases().add(c, "huong");
  if (!added) throw std::runtime_error("cannot add case: " + added.error().en);
  return c.id;
}

Status WorkflowFixture::step(int64_t caseId, CaseStatus to, const std::string& when, const std::string& note) {
  workflow::TransitionDetails d;
  d.at = at(when);
  d.note = note;
  if (to == CaseStatus::TaxNoticeReceived) d.amount = 1'000'000;
  if (to == CaseStatus::Authenticated) {
    d.registerEntryId = 1;
    d.registerNumber = "Số chứng thực: 01, quyển số 01/2026-SCT/HĐ,GD";
  }
  return workflow::advance(*db, shippedRules(), caseId, to, d, "huong");
}

void WorkflowFixture::drive(int64_t caseId, std::initializer_list<CaseStatus> path, const std::string& start) {
  auto t = at(start);
  for (CaseStatus s : path) {
    auto done = step(caseId, s, rules::formatDateTime(std::chrono::floor<std::chrono::minutes>(t)));
    BOOST_REQUIRE_MESSAGE(done.ok(), "drive to " << model::codeOf(s) << ": " << (done.ok() ? std::string() : done.error().en));
    t += std::chrono::hours(1);
  }
}

workflow::WorkflowState WorkflowFixture::state(int64_t caseId) {
  auto s = workflow::state(*db, caseId);
  if (!s) throw std::runtime_error(s.error().en);
  return *s;
}

size_t WorkflowFixture::eventCount(int64_t caseId) {
  auto events = db->cases().events(caseId);
  if (!events) throw std::runtime_error(events.error().en);
  return events->size();
}

}  // namespace landdesk::test
