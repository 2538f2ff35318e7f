#include "storage/storage_error.h"

#include <Poco/Data/SQLite/SQLiteException.h>

namespace landdesk::storage {

Error storageError(const std::exception& e, const std::filesystem::path& file) {
  namespace S = Poco::Data::SQLite;
  const std::string where = file.string();
  std::string detail = e.what();
  if (auto* pe = dynamic_cast<const Poco::Exception*>(&e)) detail = pe->displayText();
  if (dynamic_cast<const S::DatabaseFullException*>(&e))
    return makeError("db.full", "Ổ đĩa đầy, không ghi được cơ sở dữ liệu; dữ liệu cũ vẫn nguyên vẹn",
                     "The disk is full; nothing was written and earlier data is intact", where);
  if (dynamic_cast<const S::DBLockedException*>(&e) || dynamic_cast<const S::TableLockedException*>(&e))
    // Reached after the busy timeout (setting storage.busy_timeout_ms): the officer's edit stays on screen to retry.
    return makeError("db.locked",
                     "Cơ sở dữ liệu đang bị máy khác khoá (đang ghi); chưa lưu được, nội dung vừa sửa vẫn còn, "
                     "hãy thử lưu lại sau ít phút",
                     "The database is locked by another desk (writing); nothing was saved, your edit is kept: "
                     "try saving again in a moment",
                     where);
  if (dynamic_cast<const S::CorruptImageException*>(&e))
    return makeError("db.corrupt", "Tệp cơ sở dữ liệu bị hỏng", "The database file is corrupt", where);
  if (dynamic_cast<const S::ReadOnlyException*>(&e) || dynamic_cast<const S::DBAccessDeniedException*>(&e))
    return makeError("db.read_only", "Không có quyền ghi vào cơ sở dữ liệu", "The database is read-only", where);
  if (dynamic_cast<const S::IOErrorException*>(&e) || dynamic_cast<const S::CantOpenDBFileException*>(&e))
    return makeError("db.io", "Lỗi đọc/ghi tệp cơ sở dữ liệu", "Input/output error on the database file",
                     where + " (" + detail + ")");
  if (dynamic_cast<const S::ConstraintViolationException*>(&e))
    return makeError("db.constraint", "Dữ liệu trùng hoặc vi phạm ràng buộc", "Duplicate or inconsistent data",
                     detail);
  return makeError("db.error", "Lỗi cơ sở dữ liệu", "Database error", where + " (" + detail + ")");
}

}  // namespace landdesk::storage
