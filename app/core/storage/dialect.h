// What differs between database back-ends: the numbered migrations and the text of every statement.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "storage/database.h"

namespace landdesk::storage {

// Each repository beyond cases keeps its statements in its own struct (declared in its header, texts in sqlite/).
struct SettingsStatements;
struct InboxStatements;
struct RegisterStatements;
struct ReportStatements;
struct CaseTermsStatements;
struct WorkflowStatements;
struct RuleDataStatements;
struct UserStatements;
struct AuditStatements;
struct FieldBoxStatements;

struct Migration {
  int version;
  std::string_view description;
  std::vector<std::string_view> statements;
  // Work SQL cannot do (e.g. filling a search index with text folded in C++); runs in the same transaction.
  void (*after)(Database::Impl&) = nullptr;
};

// Every statement the storage code runs, by name; a dialect fills each with its own text and placeholders.
struct Statements {
  std::string_view schemaTables;        // lists user tables: one text column
  std::string_view currentVersion;      // MAX(version) of schema_migrations
  std::string_view recordMigration;     // (version, description, applied_at)
  std::string_view nextCaseNumber;      // (prefix length + 1, prefix, prefix's upper bound) -> next integer
  std::string_view insertCase;          // (..., the four list columns) RETURNING id
  std::string_view updateCase;          // guarded by row_version; sets the four list columns too, never status
  std::string_view caseById;
  std::string_view caseIdByCode;
  std::string_view updateCaseListColumns;  // (main party, parcel number, map sheet, parcel address, id)
  std::string_view casesOfParty;           // (party id, case id to leave out) -> ids of the other cases
  std::string_view casesOfParcel;          // (parcel id, case id to leave out) -> ids of the other cases
  std::string_view insertParty;
  std::string_view updateParty;
  std::string_view setSpouse;
  std::string_view deleteIdDocuments;
  std::string_view insertIdDocument;
  std::string_view idDocumentsOfParty;
  std::string_view deleteCaseParties;
  std::string_view insertCaseParty;
  std::string_view partiesOfCase;
  std::string_view deleteRelationships;
  std::string_view insertRelationship;
  std::string_view relationshipsOfCase;
  std::string_view insertParcel;
  std::string_view updateParcel;
  std::string_view deletePurposes;
  std::string_view insertPurpose;
  std::string_view purposesOfParcel;
  std::string_view deleteCaseParcels;
  std::string_view insertCaseParcel;
  std::string_view parcelsOfCase;
  std::string_view insertDocument;
  std::string_view updateDocument;
  std::string_view deleteDocumentsNotIn;  // (case_id) with the kept ids appended by the caller
  std::string_view deleteFields;
  std::string_view insertField;
  std::string_view documentsOfCase;
  std::string_view fieldsOfDocument;
  std::string_view insertEvent;
  std::string_view eventsOfCase;
  std::string_view deleteSearchRow;
  std::string_view insertSearchRow;
  std::string_view caseSummaries;         // (limit) newest first, from case_file alone
  std::string_view caseSummariesMatching; // (match expression, limit) the most recently added matches, newest first
  std::string_view countCases;
  std::string_view countParties;
  std::string_view allCaseIds;
  // Around a migration run, so two desks opening an older server database at once migrate it once; empty when the
  // back-end serialises writers itself (SQLite). Lock -> one integer; unlock -> one boolean.
  std::string_view migrationLock;
  std::string_view migrationUnlock;
  // First statement of every transaction, taking the write lock before anything is read (they all write): a SQLite
  // transaction that has read and then writes while another desk holds the lock is refused at once, without the
  // busy wait (storage.busy_timeout_ms). Empty on PostgreSQL, which queues writers on the rows themselves.
  std::string_view takeWriteLock;
  // (party id) -> the id; taken for each stored party, in id order, before a case update writes anything, so two
  // desks writing one shared person through two cases queue on it instead of deadlocking on each other's case rows.
  // Empty for SQLite, whose writers never interleave.
  std::string_view lockParty;
  std::string_view partyVersionsOfCase;  // (case id) -> party id, its row_version (schema 11 on)
  // The same for parcels, which a split and a transfer may hold in two open cases: (parcel id), taken in id order
  // before the case row; one portable statement (no result) for both back-ends.
  std::string_view lockParcel;
  std::string_view parcelVersionsOfCase;  // (case id) -> parcel id, its row_version (schema 11 on)
};

struct Dialect {
  std::string_view name;
  std::span<const Migration> migrations;  // ascending versions, starting at 1
  const Statements& sql;
  const SettingsStatements& settings;
  const InboxStatements& inbox;
  const RegisterStatements& registers;
  const ReportStatements& reports;
  const CaseTermsStatements& caseTerms;
  const WorkflowStatements& workflow;
  const RuleDataStatements& ruleData;
  const UserStatements& users;
  const AuditStatements& audit;
  const FieldBoxStatements& fieldBoxes;
  int latestVersion() const { return migrations.empty() ? 0 : migrations.back().version; }
};

const Dialect& sqliteDialect();
// Statements with $n placeholders and PostgreSQL DDL (storage/postgresql/).
const Dialect& postgresqlDialect();

}  // namespace landdesk::storage
