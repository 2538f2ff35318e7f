#include "storage/register_store.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <array>
#include <cctype>
#include <utility>

#include "storage/register_statements.h"
#include "storage/session_impl.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;
using Poco::Nullable;
using Poco::Data::RecordSet;

namespace {

constexpr std::array<std::pair<EntryKind, std::string_view>, 4> kKindCodes = {{{EntryKind::Original, "original"},
                                                                              {EntryKind::Amendment, "amendment"},
                                                                              {EntryKind::Cancellation, "cancellation"},
                                                                              {EntryKind::Correction, "correction"}}};

const RegisterStatements& sqlOf(const Database::Impl& db) { return db.dialect.registers; }
std::string sql(std::string_view s) { return std::string(s); }

bool isNull(const RecordSet& rs, size_t col, size_t row) { return rs.value(col, row).isEmpty(); }
std::string str(const RecordSet& rs, size_t col, size_t row) {
  return isNull(rs, col, row) ? std::string() : rs.value(col, row).convert<std::string>();
}
int64_t num(const RecordSet& rs, size_t col, size_t row) {
  return isNull(rs, col, row) ? 0 : rs.value(col, row).convert<Poco::Int64>();
}
std::optional<int64_t> optNum(const RecordSet& rs, size_t col, size_t row) {
  return isNull(rs, col, row) ? std::nullopt : std::optional<int64_t>(num(rs, col, row));
}
LocalDateTime when(const RecordSet& rs, size_t col, size_t row) {
  return parseCanonicalDateTime(str(rs, col, row)).value_or(LocalDateTime{});
}
std::chrono::year_month_day day(const RecordSet& rs, size_t col, size_t row) {
  return parseCanonicalDate(str(rs, col, row)).value_or(std::chrono::year_month_day{});
}
template <class T>
Nullable<T> nullable(const std::optional<T>& v) {
  return v ? Nullable<T>(*v) : Nullable<T>();
}

std::vector<RegisterBook> booksOf(RecordSet rs) {
  std::vector<RegisterBook> out;
  for (size_t r = 0; r < rs.rowCount(); ++r) {
    RegisterBook b;
    b.id = num(rs, 0, r);
    b.year = static_cast<int>(num(rs, 1, r));
    b.number = static_cast<int>(num(rs, 2, r));
    b.openedAt = when(rs, 3, r);
    b.openedBy = str(rs, 4, r);
    if (!isNull(rs, 5, r)) b.closedAt = when(rs, 5, r);
    b.closedBy = str(rs, 6, r);
    b.closingTotal = optNum(rs, 7, r);
    b.closingHash = str(rs, 8, r);
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<RegisterEntry> entriesOf(Poco::Data::Statement& st) {
  st.execute();
  RecordSet rs(st);
  std::vector<RegisterEntry> out;
  out.reserve(rs.rowCount());
  for (size_t r = 0; r < rs.rowCount(); ++r) {
    RegisterEntry e;
    e.id = num(rs, 0, r);
    e.year = static_cast<int>(num(rs, 1, r));
    e.number = num(rs, 2, r);
    e.book = static_cast<int>(num(rs, 3, r));
    e.date = day(rs, 4, r);
    e.caseId = optNum(rs, 5, r);
    e.caseCode = str(rs, 6, r);
    e.parties = str(rs, 7, r);
    e.documentTitle = str(rs, 8, r);
    e.signer = str(rs, 9, r);
    e.fee = num(rs, 10, r);
    e.note = str(rs, 11, r);
    // An unknown kind code is kept visible as a correction-less original only in memory; verify() rehashes the
    // stored code text, so a tampered code is still caught.
    e.kind = entryKindFromCode(str(rs, 12, r)).value_or(EntryKind::Original);
    e.refersTo = optNum(rs, 13, r);
    e.refersToText = str(rs, 14, r);
    e.numberText = str(rs, 15, r);
    e.recordedAt = when(rs, 16, r);
    e.recordedBy = str(rs, 17, r);
    e.previousHash = str(rs, 18, r);
    e.hash = str(rs, 19, r);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<BlockNotice> noticesOf(Poco::Data::Statement& st) {
  st.execute();
  RecordSet rs(st);
  std::vector<BlockNotice> out;
  for (size_t r = 0; r < rs.rowCount(); ++r) {
    BlockNotice n;
    n.id = num(rs, 0, r);
    n.release = str(rs, 1, r) == "release";
    n.issuerKind = str(rs, 2, r);
    n.issuer = str(rs, 3, r);
    n.documentNumber = str(rs, 4, r);
    n.documentDate = day(rs, 5, r);
    n.gcnSerial = str(rs, 6, r);
    n.parcelNumber = str(rs, 7, r);
    n.mapSheet = str(rs, 8, r);
    n.commune = str(rs, 9, r);
    n.owner = str(rs, 10, r);
    n.reason = str(rs, 11, r);
    n.releases = optNum(rs, 12, r);
    n.receivedAt = when(rs, 13, r);
    n.recordedBy = str(rs, 14, r);
    n.source = str(rs, 15, r);
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace

std::string_view entryKindCode(EntryKind kind) {
  for (const auto& [k, code] : kKindCodes)
    if (k == kind) return code;
  return "original";
}

std::optional<EntryKind> entryKindFromCode(std::string_view code) {
  for (const auto& [k, c] : kKindCodes)
    if (c == code) return k;
  return std::nullopt;
}

std::string_view entryKindLabel(EntryKind kind) {
  switch (kind) {
    case EntryKind::Original: return "Chứng thực";
    case EntryKind::Amendment: return "Sửa đổi, bổ sung";
    case EntryKind::Cancellation: return "Hủy bỏ";
    case EntryKind::Correction: return "Sửa lỗi sai sót";
  }
  return "";
}

std::string serialKey(std::string_view serial) {
  std::string out;
  for (char c : serial)
    if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<RegisterBook> RegisterStore::books(std::optional<int> year) {
  Poco::Data::Statement st(db_.session);
  int y = year.value_or(0);
  if (year) st << sql(sqlOf(db_).booksOfYear), use(y);
  else st << sql(sqlOf(db_).allBooks);
  st.execute();
  return booksOf(RecordSet(st));
}

void RegisterStore::insertBook(RegisterBook& b) {
  std::string opened = isoDateTime(b.openedAt);
  db_.session << sql(sqlOf(db_).insertBook), use(b.year), use(b.number), use(opened), use(b.openedBy), into(b.id), now;
}

bool RegisterStore::closeBook(const RegisterBook& b) {
  std::string closed = b.closedAt ? isoDateTime(*b.closedAt) : std::string();
  Poco::Int64 total = b.closingTotal.value_or(0), id = b.id;
  Poco::Data::Statement st(db_.session);
  st << sql(sqlOf(db_).closeBook), use(closed), bind(b.closedBy), use(total), bind(b.closingHash), use(id);
  return st.execute() == 1;
}

int64_t RegisterStore::nextNumber(int year) {
  Poco::Int64 next = 1;
  db_.session << sql(sqlOf(db_).nextNumber), use(year), into(next), now;
  return next;
}

std::optional<std::string> RegisterStore::lastEntryDate(int year) {
  Nullable<std::string> last;
  db_.session << sql(sqlOf(db_).lastEntryDate), use(year), into(last), now;
  return last.isNull() ? std::nullopt : std::optional<std::string>(last.value());
}

std::string RegisterStore::lastHash() {
  std::vector<std::string> hashes;
  db_.session << sql(sqlOf(db_).lastHash), into(hashes), now;
  return hashes.empty() ? std::string() : hashes.front();
}

void RegisterStore::insertEntry(RegisterEntry& e, int64_t bookId) {
  Poco::Int64 number = e.number, book = bookId, fee = e.fee;
  std::string date = isoDate(e.date), kind(entryKindCode(e.kind)), at = isoDateTime(e.recordedAt);
  Nullable<Poco::Int64> caseId = nullable<Poco::Int64>(e.caseId), refersTo = nullable<Poco::Int64>(e.refersTo);
  db_.session << sql(sqlOf(db_).insertEntry), use(e.year), use(number), use(book), use(date), use(caseId),
      use(e.caseCode), use(e.parties), use(e.documentTitle), use(e.signer), use(fee), use(e.note), use(kind),
      use(refersTo), use(e.numberText), use(at), use(e.recordedBy), use(e.previousHash), use(e.hash), into(e.id), now;
}

std::vector<RegisterEntry> RegisterStore::entries(int year, std::optional<unsigned> month) {
  Poco::Data::Statement st(db_.session);
  std::string pattern;
  if (month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%%", year, *month);
    pattern = buf;
    st << sql(sqlOf(db_).entriesOfMonth), use(year), use(pattern);
  } else {
    st << sql(sqlOf(db_).entriesOfYear), use(year);
  }
  return entriesOf(st);
}

std::optional<RegisterEntry> RegisterStore::entry(int year, int64_t number) {
  Poco::Data::Statement st(db_.session);
  Poco::Int64 n = number;
  st << sql(sqlOf(db_).entryByNumber), use(year), use(n);
  auto rows = entriesOf(st);
  return rows.empty() ? std::nullopt : std::optional<RegisterEntry>(std::move(rows.front()));
}

std::optional<RegisterEntry> RegisterStore::entryById(int64_t id) {
  Poco::Data::Statement st(db_.session);
  Poco::Int64 i = id;
  st << sql(sqlOf(db_).entryById), use(i);
  auto rows = entriesOf(st);
  return rows.empty() ? std::nullopt : std::optional<RegisterEntry>(std::move(rows.front()));
}

std::vector<RegisterEntry> RegisterStore::entriesOfCase(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  Poco::Int64 i = caseId;
  st << sql(sqlOf(db_).entriesOfCase), use(i);
  return entriesOf(st);
}

std::vector<RegisterEntry> RegisterStore::allEntries() {
  Poco::Data::Statement st(db_.session);
  st << sql(sqlOf(db_).allEntries);
  return entriesOf(st);
}

int64_t RegisterStore::countOfYear(int year) {
  Poco::Int64 n = 0;
  db_.session << sql(sqlOf(db_).countOfYear), use(year), into(n), now;
  return n;
}

int64_t RegisterStore::referring(int64_t entryId, EntryKind kind) {
  Poco::Int64 n = 0, id = entryId;
  std::string code(entryKindCode(kind));
  db_.session << sql(sqlOf(db_).referringEntries), use(id), use(code), into(n), now;
  return n;
}

bool RegisterStore::caseHasOriginalEntry(int64_t caseId) {
  Poco::Int64 n = 0, id = caseId;
  db_.session << sql(sqlOf(db_).caseHasOriginalEntry), use(id), into(n), now;
  return n > 0;
}

void RegisterStore::insertFee(FeeRecord& f) {
  Poco::Int64 caseId = f.caseId, pages = f.pages, copies = f.copies, amount = f.amount;
  std::string paid = isoDate(f.paidOn), at = isoDateTime(f.recordedAt);
  Nullable<Poco::Int64> entry = nullable<Poco::Int64>(f.registerEntryId);
  db_.session << sql(sqlOf(db_).insertFee), use(caseId), use(f.kind), use(f.description), use(pages), use(copies),
      use(amount), use(f.ruleKey), use(f.legalBasis), use(f.receiptNo), use(paid), use(entry), use(at),
      use(f.recordedBy), into(f.id), now;
}

std::vector<FeeRecord> RegisterStore::fees(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  Poco::Int64 id = caseId;
  st << sql(sqlOf(db_).feesOfCase), use(id);
  st.execute();
  RecordSet rs(st);
  std::vector<FeeRecord> out;
  for (size_t r = 0; r < rs.rowCount(); ++r) {
    FeeRecord f;
    f.id = num(rs, 0, r);
    f.caseId = num(rs, 1, r);
    f.kind = str(rs, 2, r);
    f.description = str(rs, 3, r);
    f.pages = num(rs, 4, r);
    f.copies = num(rs, 5, r);
    f.amount = num(rs, 6, r);
    f.ruleKey = str(rs, 7, r);
    f.legalBasis = str(rs, 8, r);
    f.receiptNo = str(rs, 9, r);
    f.paidOn = day(rs, 10, r);
    f.registerEntryId = optNum(rs, 11, r);
    f.recordedAt = when(rs, 12, r);
    f.recordedBy = str(rs, 13, r);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<int64_t> RegisterStore::casesOfReceipt(const std::string& receiptNo) {
  std::vector<Poco::Int64> ids;
  std::string r = receiptNo;
  db_.session << sql(sqlOf(db_).casesOfReceipt), use(r), into(ids), now;
  return {ids.begin(), ids.end()};
}

void RegisterStore::insertNotice(BlockNotice& n) {
  std::string action = n.release ? "release" : "block", date = isoDate(n.documentDate), key = serialKey(n.gcnSerial),
              at = isoDateTime(n.receivedAt);
  Nullable<Poco::Int64> releases = nullable<Poco::Int64>(n.releases);
  db_.session << sql(sqlOf(db_).insertNotice), use(action), use(n.issuerKind), use(n.issuer), use(n.documentNumber),
      use(date), use(n.gcnSerial), use(key), use(n.parcelNumber), use(n.mapSheet), use(n.commune), use(n.owner),
      use(n.reason), use(releases), use(at), use(n.recordedBy), use(n.source), into(n.id), now;
}

std::optional<BlockNotice> RegisterStore::notice(int64_t id) {
  Poco::Data::Statement st(db_.session);
  Poco::Int64 i = id;
  st << sql(sqlOf(db_).noticeById), use(i);
  auto rows = noticesOf(st);
  return rows.empty() ? std::nullopt : std::optional<BlockNotice>(std::move(rows.front()));
}

std::vector<BlockNotice> RegisterStore::notices() {
  Poco::Data::Statement st(db_.session);
  st << sql(sqlOf(db_).allNotices);
  return noticesOf(st);
}

std::vector<BlockNotice> RegisterStore::activeBlocks() {
  Poco::Data::Statement st(db_.session);
  st << sql(sqlOf(db_).activeBlocks);
  return noticesOf(st);
}

std::optional<int64_t> RegisterStore::sameNotice(const BlockNotice& n) {
  std::string action = n.release ? "release" : "block", key = serialKey(n.gcnSerial);
  std::vector<Poco::Int64> ids;
  db_.session << sql(sqlOf(db_).sameNotice), bind(action), bind(n.documentNumber), use(key), bind(n.parcelNumber),
      bind(n.mapSheet), into(ids), now;
  return ids.empty() ? std::nullopt : std::optional<int64_t>(ids.front());
}

std::optional<int64_t> RegisterStore::releaseOf(int64_t blockId) {
  std::vector<Poco::Int64> ids;
  Poco::Int64 id = blockId;
  db_.session << sql(sqlOf(db_).releaseOf), use(id), into(ids), now;
  return ids.empty() ? std::nullopt : std::optional<int64_t>(ids.front());
}

std::vector<ParcelConflict> RegisterStore::openCasesOnParcel(int64_t caseId, const std::string& key,
                                                             const std::string& parcelNumber,
                                                             const std::string& mapSheet) {
  Poco::Data::Statement st(db_.session);
  Poco::Int64 id = caseId;
  std::string k = key, p = parcelNumber, m = mapSheet;
  st << sql(sqlOf(db_).openCasesOnParcel), use(id), bind(k), bind(k), bind(p), bind(p), bind(m);
  st.execute();
  RecordSet rs(st);
  std::vector<ParcelConflict> out;
  for (size_t r = 0; r < rs.rowCount(); ++r)
    out.push_back({num(rs, 0, r), str(rs, 1, r), str(rs, 2, r), str(rs, 3, r), str(rs, 4, r), str(rs, 5, r)});
  return out;
}

}  // namespace landdesk::storage
