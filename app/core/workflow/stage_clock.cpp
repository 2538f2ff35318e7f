#include "workflow/stage_clock.h"

#include "workflow/transitions.h"

namespace landdesk::workflow {

using S = model::CaseStatus;

namespace {

std::string when(LocalDateTime t) { return isoDateTime(t); }

// The clock of one procedure from `start` with `pauses`; an Error names a procedure missing from deadlines.json.
Result<rules::Deadline> runClock(const rules::RuleBook& rules, const std::string& procedure, LocalDateTime start,
                                 const std::vector<rules::Pause>& pauses) {
  const rules::LocalMinutes from = toMinutes(start);
  const rules::ProcedureDeadline* rule = rules.deadlines.procedure(procedure, rules::dayOf(from));
  if (!rule)
    return makeError("workflow.no_rule", "Không có thời hạn cho thủ tục trong dữ liệu (deadlines.json)",
                     "No time limit for the procedure in the data (deadlines.json)",
                     procedure + " @ " + rules::formatDate(rules::dayOf(from)));
  return rules::computeDeadline(rules.holidays, rules.deadlines, *rule, from, pauses);
}

// A date the other side wrote (a notice's due day) means the end of that office day.
LocalDateTime endOfOfficeDay(const rules::RuleBook& rules, LocalDateTime t) {
  const rules::LocalMinutes m = toMinutes(t);
  if (rules::timeOf(m).count() != 0) return t;
  const rules::Date day = rules::dayOf(m);
  const rules::OfficeHours* hours = rules.deadlines.officeHours(day);
  return fromMinutes(rules::at(day, hours ? hours->closes() : std::chrono::hours(17)));
}

struct Open {
  std::optional<LocalDateTime> from;
  void close(std::vector<rules::Pause>& into, LocalDateTime to, const char* reason) {
    if (from && to > *from) into.push_back({toMinutes(*from), toMinutes(to), reason});
    from.reset();
  }
};

}  // namespace

const std::vector<std::string>& stageProcedures() {
  static const std::vector<std::string> all = {"authentication_transaction", "register_after_authentication",
                                               "change_registration", "parcel_split", "tax_payment",
                                               "change_registration_remote", "parcel_split_remote",
                                               "inheritance_posting"};
  return all;
}

std::string registrationProcedure(model::CaseKind kind) {
  return kind == model::CaseKind::TransferPart ? "parcel_split" : "change_registration";
}

Result<Stage> replay(const rules::RuleBook& rules, const ReplayBase& base, const std::vector<Step>& steps, bool strict) {
  Stage st;
  st.status = base.status;
  st.resumeTo = base.resumeTo;
  st.startedAt = base.at;
  std::vector<rules::Pause> authPauses, regPauses;
  Open papers, tax, posting;
  bool papersBeforeAuth = false;
  if (base.status == S::Posting) posting.from = base.at;
  if (base.status == S::WaitingForPapers) {
    papers.from = base.at;
    papersBeforeAuth = !base.resumeTo || isBeforeAuthentication(*base.resumeTo);
  }
  if (base.status == S::TaxNoticeReceived) tax.from = base.at;
  std::optional<LocalDateTime> filedAt, noticeAt, noticeDue;
  if (isAtRegistration(base.status)) filedAt = base.at;
  if (base.status == S::TaxNoticeReceived) noticeAt = base.at;
  if (!isBeforeAuthentication(base.status) && base.status != S::WaitingForPapers && base.status != S::Refused &&
      base.status != S::Withdrawn)
    st.authenticatedAt = base.at;

  for (const Step& s : steps) {
    if (strict) {
      if (s.from != st.status)
        return makeError("workflow.history_broken",
                         "Sau khi đính chính, bước " + std::string(model::codeOf(s.from)) + " → " +
                             std::string(model::codeOf(s.to)) + " lúc " + when(s.at) +
                             " không còn nối tiếp trạng thái " + std::string(model::codeOf(st.status)) +
                             "; hãy đính chính các bước sau trước",
                         "After the correction, the step " + std::string(model::codeOf(s.from)) + " → " +
                             std::string(model::codeOf(s.to)) + " at " + when(s.at) + " no longer follows " +
                             std::string(model::codeOf(st.status)) + "; correct the later steps first");
      if (auto refused = refuseTransition(s.from, s.to, base.kind, st.resumeTo)) return *refused;
      if (s.at < st.startedAt || s.at < base.receivedAt)
        return makeError("workflow.out_of_order", "Thời điểm của bước sớm hơn bước trước",
                         "The step's time is before the previous step", when(s.at) + " < " + when(st.startedAt));
    }
    const S from = st.status;
    if (s.to == S::WaitingForPapers) {
      papers.from = s.at;
      papersBeforeAuth = isBeforeAuthentication(from);
      st.resumeTo = from;
    } else if (from == S::WaitingForPapers) {
      papers.close(papersBeforeAuth ? authPauses : regPauses, s.at, "papers");
      st.resumeTo.reset();
    }
    if (s.to == S::Posting) {
      posting.from = s.at;
      st.resumeTo = from;
    } else if (from == S::Posting) {
      posting.close(authPauses, s.at, "posting");
      st.resumeTo.reset();
    }
    if (s.to == S::TaxNoticeReceived) {
      if (!tax.from) tax.from = s.at;
      noticeAt = s.at;
      noticeDue = s.details.dueAt;
    } else if (from == S::TaxNoticeReceived) {
      tax.close(regPauses, s.at, "tax");
    }
    if (s.to == S::Authenticated) st.authenticatedAt = s.at;
    if (s.to == S::Filed && !filedAt) filedAt = s.at;
    if (isClosed(s.to)) {
      st.closedAt = s.at;
      st.closedStatus = s.to;
    }
    st.status = s.to;
    st.startedAt = s.at;
  }

  // The authentication deadline: from the valid receipt, the pauses before authentication excluded. While the
  // clock is stopped, the last computed value stays (the open pause is left out).
  {
    auto closedPauses = authPauses;
    auto d = runClock(rules, "authentication_transaction", base.receivedAt, closedPauses);
    if (!d) return d.error();
    if (d->due) st.authenticationDue = fromMinutes(*d->due);
  }

  const bool waiting = st.status == S::WaitingForPapers;
  const S phase = waiting ? st.resumeTo.value_or(S::Received) : st.status;
  if (waiting) st.pausedSince = papers.from;
  if (phase == S::Posting) {
    // The posting period runs on its own clock (inheritance_posting, 15 days); authentication's clock waits.
    st.procedure = "inheritance_posting";
    st.clockStart = posting.from.value_or(base.at);
    st.pausedSince = posting.from;
  } else if (isBeforeAuthentication(phase)) {
    st.procedure = "authentication_transaction";
    st.clockStart = base.receivedAt;
    st.pauses = authPauses;
    if (waiting && papers.from) st.pauses.push_back({toMinutes(*papers.from), std::nullopt, "papers"});
  } else if (phase == S::Authenticated || phase == S::HandedToCadastral) {
    st.procedure = "register_after_authentication";
    st.clockStart = st.authenticatedAt.value_or(base.at);
  } else if (phase == S::TaxNoticeReceived) {
    // The citizen's clock: pay within the notice's term; the registration clock waits meanwhile.
    st.procedure = "tax_payment";
    st.clockStart = noticeAt.value_or(base.at);
    st.pausedSince = tax.from;
  } else if (isAtRegistration(phase)) {
    st.procedure = registrationProcedure(base.kind);
    st.clockStart = filedAt.value_or(base.at);
    if (rules.remoteArea && rules.deadlines.procedure(st.procedure + "_remote", rules::dayOf(toMinutes(st.clockStart))))
      st.procedure += "_remote";
    st.pauses = regPauses;
    if (waiting && papers.from) st.pauses.push_back({toMinutes(*papers.from), std::nullopt, "papers"});
  }
  if (!st.procedure.empty()) {
    auto d = runClock(rules, st.procedure, st.clockStart, st.pauses);
    if (!d) return d.error();
    st.deadline = *d;
    if (d->due && !waiting) st.dueAt = fromMinutes(*d->due);
    if (phase == S::TaxNoticeReceived && noticeDue) st.dueAt = endOfOfficeDay(rules, *noticeDue);
  }
  return st;
}

}  // namespace landdesk::workflow
