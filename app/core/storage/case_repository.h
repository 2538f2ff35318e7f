// Stores and finds cases: add, update with optimistic locking and change events, load, list and search.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.h"
#include "model/case_event.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

class CaseRepository {
 public:
  explicit CaseRepository(Database::Impl& db) : db_(db) {}

  // Stores a new case with its parties, parcels and documents in one transaction; assigns ids, the case code
  // ("HS-2026-00001") when empty, and records a "created" event. `c` receives the ids and row version.
  Status add(model::Case& c, const std::string& actor);
  // Stores several new cases in one transaction (demo seeding, imports), each statement run once for all of them:
  // thousands of cases a second, where adding them one by one manages tens.
  Status addAll(std::vector<model::Case>& cases, const std::string& actor);

  // Writes the officer's edits; refused with "db.conflict" when another desk changed the case since it was loaded.
  // Each changed value becomes an event (field, old -> new).
  Status update(model::Case& c, const std::string& actor);

  Result<model::Case> byId(int64_t id);
  Result<model::Case> byCode(std::string_view code);
  Result<std::vector<model::CaseEvent>> events(int64_t caseId);

  // The newest cases first; at most `limit`. Reads case_file alone (schema 4 keeps the list columns there).
  Result<std::vector<model::CaseSummary>> list(size_t limit = SIZE_MAX);
  // Cases whose code, party names, ID numbers or parcel match every word of `query`, ignoring diacritics and case;
  // newest first. Past `limit` matches, the most recently added ones are kept.
  Result<std::vector<model::CaseSummary>> search(std::string_view query, size_t limit = 200);
  Result<int64_t> count();
  // People the desk has stored, across all cases (a person in several cases counts once when the officer picked
  // the stored person).
  Result<int64_t> countParties();

 private:
  Status insert(std::span<model::Case> cases, const std::string& actor);
  Database::Impl& db_;
};

// Re-creates the search row of every stored case (used by the migration that introduced the index).
void rebuildSearchIndex(Database::Impl& db);

}  // namespace landdesk::storage
