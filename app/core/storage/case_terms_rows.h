// Internal to storage/: the rows of a case's contract terms, estate and parcel owners (schema version 7).
#pragma once

#include <string_view>

#include "model/case.h"
#include "storage/session_impl.h"

namespace landdesk::storage {

// SQL of those rows, one text per dialect (sqlite/case_terms_sql.cpp). Rows refer to parties and parcels by their
// position in the case, as case_relationship does.
struct CaseTermsStatements {
  std::string_view deleteTerms, insertTerms, termsOfCase;
  std::string_view deletePayments, insertPayment, paymentsOfCase;
  std::string_view deleteEstate, insertEstate, estateOfCase;
  std::string_view deleteHeirs, insertHeir, heirsOfCase;
  std::string_view deleteOwners, insertOwner, ownersOfCase;
};

const CaseTermsStatements& sqliteCaseTermsStatements();

namespace rows {

// Replaces the case's terms, estate and owner rows (called inside the case's write transaction, after its
// parties and parcels). A party or parcel index outside the case is a caller's bug and throws.
void writeCaseTerms(Database::Impl& db, const model::Case& c);
// Reads them into `c` (whose parties and parcels are already read).
void readCaseTerms(Database::Impl& db, model::Case& c);

}  // namespace rows

}  // namespace landdesk::storage
