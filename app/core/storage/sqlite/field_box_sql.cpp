// SQLite text of the field-box statements (the table itself is created by migration 13 in sqlite_dialect.cpp).
#include "storage/field_box_repository.h"

namespace landdesk::storage {

const FieldBoxStatements& sqliteFieldBoxStatements() {
  static const FieldBoxStatements statements{
      .deleteOfDocument = "DELETE FROM field_box WHERE document_id = ?",
      .insert = "INSERT INTO field_box(document_id, position, field, page, x, y, width, height, confidence) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
      .ofDocument = "SELECT field, page, x, y, width, height, confidence FROM field_box WHERE document_id = ? "
                    "ORDER BY position",
  };
  return statements;
}

}  // namespace landdesk::storage
