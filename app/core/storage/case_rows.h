// Internal to storage/: writing and reading the rows of cases (parties, parcels, documents, search rows, events).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "model/case.h"
#include "model/case_event.h"
#include "storage/session_impl.h"
#include "util/error.h"

namespace landdesk::storage::rows {

// Writers take a batch of cases and run each statement once for the whole batch, bound to column vectors: Poco 1.11
// prepares a statement again on every execute, so writing row by row spent most of a bulk fill preparing SQL.
// `fresh` says the cases' case_file rows were just inserted, so there are no older rows of theirs to replace.
// Each writer replaces the cases' rows of its kind; parties, parcels and documents keep their ids when they have one.

// Inserts the case_file rows (codes already assigned) with their list columns; sets each case's id and row version.
void insertCases(Database::Impl& db, std::span<model::Case> cases);

// Parties and parcels that had ids before the write, each with the case that rewrote it: other cases may hold them.
struct RewrittenRows {
  std::vector<int64_t> partyIds, partyCaseIds, parcelIds, parcelCaseIds;
  // Parties whose row another desk wrote since this copy was read (row_version moved on): the caller refuses the
  // whole write, so a shared party is never overwritten with a stale copy.
  std::vector<const model::Party*> staleParties;
  // The same for parcels (a split and a transfer holding one parcel): nothing of the case may be kept then.
  std::vector<const model::Parcel*> staleParcels;
};
void writeParties(Database::Impl& db, std::span<model::Case> cases, bool fresh, RewrittenRows& rewritten);
void writeParcels(Database::Impl& db, std::span<model::Case> cases, bool fresh, RewrittenRows& rewritten);
// Updates the stored parcels among `parcels` one at a time, each guarded by the row version it was read with
// (staleParcels gets those another desk wrote meanwhile); sets each one's new version (case_rows_parcels.cpp).
void writeKnownParcels(Database::Impl& db, const std::vector<model::Parcel*>& parcels, RewrittenRows& rewritten);
void writeDocuments(Database::Impl& db, std::span<model::Case> cases, bool fresh);
void writeSearchRows(Database::Impl& db, std::span<const model::Case> cases);  // replaces any older row
void writeEvents(Database::Impl& db, const std::vector<std::pair<int64_t, model::CaseEvent>>& events);

// What the case list shows of a case besides its own columns, kept on case_file (schema 4): the first party's name
// and the first parcel's number, map sheet and address.
struct ListColumns {
  std::string mainParty, parcelNumber, mapSheet, parcelAddress;
};
ListColumns listColumns(const model::Case& c);

// A party or parcel may belong to several cases: brings the list columns and search rows of the other cases that
// hold a rewritten one up to date (a name corrected in one case shows in all of them).
void refreshCasesSharing(Database::Impl& db, RewrittenRows& rewritten);

// The migration that gave each party (and parcel) row its own version.
inline constexpr int kPartyRowVersionSchema = 11;

// Takes each stored parcel of `c` (Statements::lockParcel), in id order, before the case row is written: two desks
// writing one parcel through two cases queue on it instead of deadlocking on each other's case rows.
void lockStoredParcels(Database::Impl& db, const model::Case& c);
// "db.conflict" for a parcel of `draft` another desk wrote through another case since it was read: the parcel as
// stored now against the officer's copy, field by field (case_rows_parcels.cpp).
Error parcelConflictError(Database::Impl& db, const model::Case& draft, const model::Parcel& yours);

// Loads the case; false when there is no case with that id. `Searched` reads only what the search row is made of
// (the case, its parties with ID documents, its parcels): migration hooks use it before later tables exist.
enum class Parts { Whole, Searched };
bool readCase(Database::Impl& db, int64_t id, model::Case& c, Parts parts = Parts::Whole);

}  // namespace landdesk::storage::rows
