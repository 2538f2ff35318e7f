// SQL of the retention purge; plain enough that SQLite and PostgreSQL both read it as written.
#include "storage/retention_store.h"

namespace landdesk::storage::retention_sql {

const char* const kDossierDocuments =
    "SELECT d.id, d.case_id, c.code, d.sha256, d.file_name, CAST(MIN(r.entry_date) AS TEXT) "
    "FROM source_document d JOIN case_file c ON c.id = d.case_id "
    "JOIN register_entry r ON r.case_id = d.case_id AND r.kind = 'original' "
    "GROUP BY d.id, d.case_id, c.code, d.sha256, d.file_name ORDER BY d.case_id, d.id";

const char* const kDossierInboxItems =
    "SELECT i.id, i.case_id, i.sha256 FROM inbox_item i "
    "WHERE i.case_id IN (SELECT case_id FROM register_entry WHERE kind = 'original') ORDER BY i.id";

const char* const kHashReferences =
    "SELECT sha256, COUNT(*) FROM (SELECT sha256 FROM source_document UNION ALL SELECT sha256 FROM inbox_item) t "
    "WHERE sha256 <> '' GROUP BY sha256";

const char* const kDeleteDocument = "DELETE FROM source_document WHERE id = ";
const char* const kDeleteInboxItem = "DELETE FROM inbox_item WHERE id = ";

}  // namespace landdesk::storage::retention_sql
