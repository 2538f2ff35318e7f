// SQLite text of the contract-terms, estate and parcel-owner statements (tables created by migration 7).
#include "storage/case_terms_rows.h"

namespace landdesk::storage {

const CaseTermsStatements& sqliteCaseTermsStatements() {
  static const CaseTermsStatements statements{
      .deleteTerms = "DELETE FROM case_terms WHERE case_id = ?",
      .insertTerms = "INSERT INTO case_terms(case_id, payment_method, handover_date, income_tax_payer, "
                     "registration_fee_payer, originals, copies_per_side, gift_condition, subdivision_drawing, "
                     "other_terms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      .termsOfCase = "SELECT payment_method, handover_date, income_tax_payer, registration_fee_payer, originals, "
                     "copies_per_side, gift_condition, subdivision_drawing, other_terms FROM case_terms "
                     "WHERE case_id = ?",
      .deletePayments = "DELETE FROM case_payment WHERE case_id = ?",
      .insertPayment = "INSERT INTO case_payment(case_id, position, paid_on, amount, note) VALUES(?, ?, ?, ?, ?)",
      .paymentsOfCase = "SELECT paid_on, amount, note FROM case_payment WHERE case_id = ? ORDER BY position",
      .deleteEstate = "DELETE FROM case_estate WHERE case_id = ?",
      .insertEstate = "INSERT INTO case_estate(case_id, death_date, death_place, death_certificate_number, "
                      "death_certificate_date, death_certificate_issuer, basis, will_date, will_description, "
                      "surviving_spouse_position, spouse_half_separated) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      .estateOfCase = "SELECT death_date, death_place, death_certificate_number, death_certificate_date, "
                      "death_certificate_issuer, basis, will_date, will_description, surviving_spouse_position, "
                      "spouse_half_separated FROM case_estate WHERE case_id = ?",
      .deleteHeirs = "DELETE FROM case_heir WHERE case_id = ?",
      .insertHeir = "INSERT INTO case_heir(case_id, position, party_position, rank, share, takes_land) "
                    "VALUES(?, ?, ?, ?, ?, ?)",
      .heirsOfCase = "SELECT party_position, rank, share, takes_land FROM case_heir WHERE case_id = ? "
                     "ORDER BY position",
      .deleteOwners = "DELETE FROM case_parcel_owner WHERE case_id = ?",
      .insertOwner = "INSERT INTO case_parcel_owner(case_id, parcel_position, position, party_position, share) "
                     "VALUES(?, ?, ?, ?, ?)",
      .ownersOfCase = "SELECT parcel_position, party_position, share FROM case_parcel_owner WHERE case_id = ? "
                      "ORDER BY parcel_position, position",
  };
  return statements;
}

}  // namespace landdesk::storage
