// Rows of the case workflow (migration 5): stage columns of case_file, transitions, visits, hand-off, tax notices.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/vocabulary.h"
#include "storage/database.h"
#include "util/datetime.h"

namespace landdesk::storage {

// SQL of the workflow tables, one text per dialect (sqlite/workflow_sql.cpp).
struct WorkflowStatements {
  std::string_view stageBackfill;      // every row without a stage: the stage its status tells
  std::string_view stageTrigger;       // CREATE TRIGGER doing the same for rows inserted later
  std::string_view caseIdByCode;       // (code) -> id
  std::string_view stageOfCase;        // (id) -> the StageRow columns
  std::string_view writeStage;         // (status, due_at, …, id, row_version) guarded by row_version
  std::string_view insertEvent;        // (case_id, at, actor, action, field, old, new) RETURNING id
  std::string_view insertTransition;   // (event_id, case_id, at, recorded_at, actor, from, to, note, receipt_no,
                                       //  agency, due_at, amount, register_entry_id, register_number, corrects,
                                       //  voids, reason)
  std::string_view supersede;          // (superseded_by, event_id)
  std::string_view transitionsOfCase;  // (case_id) in order of recording
  std::string_view insertVisit;        // (case_id, number, at, place, papers, note, booked_at, booked_by) RETURNING id
  std::string_view retireVisits;       // (state, case_id, number): the earlier booked visit becomes rebooked/cancelled
  std::string_view visitsOfCase;       // (case_id)
  std::string_view visitsBetween;      // (from, to) booked visits with case code and main party
  std::string_view insertBatch;        // (agency_kind, agency, sent_at, officer, note, created_at) RETURNING id
  std::string_view insertItem;         // (batch_id, case_id, position)
  std::string_view batches;            // (limit) newest first, with item counts
  std::string_view batchById;          // (id)
  std::string_view itemsOfBatch;       // (batch_id) with case code and main party
  std::string_view setItemReceipt;     // (receipt_no, due_at, receipt_at, batch_id, case_id)
  std::string_view batchesOfCase;      // (case_id)
  std::string_view insertTaxNotice;    // (case_id, event_id, number, amount, received_at, due_at, recorded_by)
  std::string_view payTaxNotice;       // (paid_at, paid_amount, payment_ref, id)
  std::string_view taxNoticesOfCase;   // (case_id)
  std::string_view deleteTaxNotice;    // (id): the step that brought it was undone or restated
  std::string_view unpayTaxNotice;     // (id): the payment step was undone or restated
  std::string_view dueBetween;         // (from, to, procedure, procedure, limit) open cases due in [from, to)
  std::string_view countDueBetween;    // (from, to, procedure, procedure); procedure '' = any
  std::string_view inStatus;           // (status, limit) by stage due
  std::string_view countInStatus;      // (status)
  std::string_view openCaseIds;        // ids of the cases not closed (closed_at IS NULL)
};

const WorkflowStatements& sqliteWorkflowStatements();

// Migration 5's after-step: backfills rows with no stage and installs the insert trigger.
void backfillWorkflowStages(Database::Impl& db);

// The workflow columns of one case_file row.
struct StageRow {
  int64_t id = 0;
  std::string code;
  model::CaseKind kind = model::CaseKind::TransferWhole;
  model::CaseStatus status = model::CaseStatus::Received;
  LocalDateTime receivedAt{};
  std::optional<LocalDateTime> dueAt;
  std::optional<LocalDateTime> authenticatedAt;
  std::optional<LocalDateTime> closedAt;
  std::optional<model::CaseStatus> closedStatus;
  std::optional<LocalDateTime> stageStartedAt;
  std::string stageProcedure;
  std::optional<LocalDateTime> stageDueAt;
  std::optional<LocalDateTime> pausedSince;
  std::optional<model::CaseStatus> resumeStatus;
  int64_t rowVersion = 0;
  std::string mainParty;
};

struct TransitionRow {
  int64_t eventId = 0;
  int64_t caseId = 0;
  LocalDateTime at{};
  LocalDateTime recordedAt{};
  std::string actor;
  model::CaseStatus from = model::CaseStatus::Received;
  model::CaseStatus to = model::CaseStatus::Received;
  std::string note, receiptNumber, agency;
  std::optional<LocalDateTime> dueAt;
  std::optional<int64_t> amount;
  std::optional<int64_t> registerEntryId;
  std::string registerNumber;
  std::optional<int64_t> corrects;
  bool voids = false;
  std::optional<int64_t> supersededBy;
  std::string reason;
};

struct VisitRow {
  int64_t id = 0;
  int64_t caseId = 0;
  int number = 1;  // 1 signing, 2 collection
  LocalDateTime at{};
  std::string place, papers, note;
  std::string state = "booked";  // booked | rebooked | cancelled
  LocalDateTime bookedAt{};
  std::string bookedBy;
  std::string caseCode, mainParty;  // filled by visitsBetween
};

struct HandoffBatchRow {
  int64_t id = 0;
  std::string agencyKind, agency;
  LocalDateTime sentAt{};
  std::string officer, note;
  LocalDateTime createdAt{};
  int64_t items = 0;     // filled by batches()
  int64_t receipted = 0; // items with a receipt number
};

struct HandoffItemRow {
  int64_t batchId = 0;
  int64_t caseId = 0;
  int position = 0;
  std::string receiptNumber;
  std::optional<LocalDateTime> dueAt;
  std::optional<LocalDateTime> receiptAt;
  std::string caseCode, mainParty;
};

struct TaxNoticeRow {
  int64_t id = 0;
  int64_t caseId = 0;
  std::optional<int64_t> eventId;
  std::string number;
  int64_t amount = 0;
  LocalDateTime receivedAt{};
  LocalDateTime dueAt{};
  std::optional<LocalDateTime> paidAt;
  std::optional<int64_t> paidAmount;
  std::string paymentRef;
  std::string recordedBy;
};

// Low-level reads and writes; callers (app/core/workflow) run them inside Database::transaction. Methods throw on
// database errors; the transaction turns them into an Error and rolls back.
class WorkflowRepository {
 public:
  explicit WorkflowRepository(Database::Impl& db) : db_(db) {}

  std::optional<int64_t> caseIdByCode(const std::string& code);
  std::optional<StageRow> stage(int64_t caseId);
  // false when the row version moved (another desk wrote the case meanwhile).
  bool writeStage(const StageRow& row);
  int64_t insertEvent(int64_t caseId, LocalDateTime at, const std::string& actor, const std::string& action,
                      const std::string& field, const std::string& oldValue, const std::string& newValue);
  void insertTransition(const TransitionRow& row);
  void supersede(int64_t eventId, int64_t byEventId);
  std::vector<TransitionRow> transitions(int64_t caseId);

  int64_t insertVisit(const VisitRow& row);
  void retireVisits(int64_t caseId, int number, const std::string& state);
  std::vector<VisitRow> visitsOfCase(int64_t caseId);
  std::vector<VisitRow> visitsBetween(LocalDateTime from, LocalDateTime to);

  int64_t insertBatch(const HandoffBatchRow& row);
  void insertItem(int64_t batchId, int64_t caseId, int position);
  std::vector<HandoffBatchRow> batches(int64_t limit);
  std::optional<HandoffBatchRow> batch(int64_t id);
  std::vector<HandoffItemRow> items(int64_t batchId);
  bool setItemReceipt(int64_t batchId, int64_t caseId, const std::string& receiptNumber,
                      std::optional<LocalDateTime> dueAt, LocalDateTime receiptAt);
  std::vector<HandoffBatchRow> batchesOfCase(int64_t caseId);

  int64_t insertTaxNotice(const TaxNoticeRow& row);
  void payTaxNotice(int64_t id, LocalDateTime paidAt, std::optional<int64_t> amount, const std::string& ref);
  std::vector<TaxNoticeRow> taxNotices(int64_t caseId);
  void deleteTaxNotice(int64_t id);
  void unpayTaxNotice(int64_t id);

  // Dashboard reads over open cases (closed_at IS NULL), ordered by stage due.
  // Open cases whose stage falls due in [from, to); `procedure` empty = any stage.
  std::vector<StageRow> dueBetween(LocalDateTime from, LocalDateTime to, const std::string& procedure, int64_t limit);
  int64_t countDueBetween(LocalDateTime from, LocalDateTime to, const std::string& procedure);
  std::vector<StageRow> inStatus(model::CaseStatus status, int64_t limit);
  int64_t countInStatus(model::CaseStatus status);
  // Every open case, for recomputing stage deadlines after the desk's rule data changed.
  std::vector<int64_t> openCaseIds();

 private:
  Database::Impl& db_;
};

}  // namespace landdesk::storage
