#include "register/authentication_register.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <cstdio>
#include <map>

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/register_store.h"
#include "storage/storage_error.h"
#include "text/unicode.h"

namespace landdesk::registry {

namespace {

using namespace std::chrono;
using storage::RegisterStore;

// One field per line; backslashes and line breaks escaped so no two different entries share a text.
void field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += '=';
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  out += '\n';
}

std::string sha256Hex(const std::string& text) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string twoDigits(int64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(n));
  return buf;
}

void replaceAll(std::string& s, std::string_view from, const std::string& to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

LocalDateTime orNow(LocalDateTime at) { return at == LocalDateTime{} ? floor<seconds>(localNow()) : at; }

// A line or a closing is written now or about something past, never ahead of the clock (a few minutes of skew
// between desks allowed).
Status notInFuture(LocalDateTime at) {
  if (at > localNow() + minutes(5))
    return makeError("register.future_time", "Thời điểm ghi sổ ở tương lai", "The time is in the future", isoDateTime(at));
  return {};
}

year_month_day dayOf(LocalDateTime t) { return year_month_day(floor<days>(t)); }

Error yearClosed(int year) {
  return makeError("register.year_closed", "Sổ chứng thực năm này đã khóa, không ghi thêm hay sửa được",
                   "The register of this year is closed: no new or changed entries", std::to_string(year));
}

// The closing line the year's closing hash covers.
std::string closingText(const RegisterBook& b, const std::string& lastHashOfYear) {
  std::string out = "landdesk-register-closing/1\n";
  field(out, "year", std::to_string(b.year));
  field(out, "book", std::to_string(b.number));
  field(out, "closed_at", b.closedAt ? isoDateTime(*b.closedAt) : "");
  field(out, "closed_by", b.closedBy);
  field(out, "total", std::to_string(b.closingTotal.value_or(0)));
  field(out, "last_hash", lastHashOfYear);
  return out;
}

// Runs `work` in the database's transaction; a database exception becomes the officer's Error.
template <class T, class Work>
Result<T> inTransaction(storage::Database& db, Work&& work) {
  std::optional<Result<T>> out;
  Status st = db.transaction([&]() -> Status {
    out.emplace(work());
    if (!*out) return out->error();
    return {};
  });
  if (!st) return st.error();
  return std::move(*out);
}

template <class T, class Work>
Result<T> reading(storage::Database& db, Work&& work) {
  try {
    return work();
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Status checkText(const NewEntry& e) {
  for (const std::string* s : {&e.parties, &e.documentTitle, &e.signer, &e.note, &e.caseCode})
    if (!text::isValidUtf8(*s))
      return makeError("register.invalid_text", "Nội dung dòng sổ không phải UTF-8 hợp lệ", "Entry text is not valid UTF-8");
  if (!e.date.ok())
    return makeError("register.bad_date", "Ngày chứng thực không hợp lệ", "The authentication date is invalid");
  if (e.fee < 0 || e.fee > 1'000'000'000)
    return makeError("register.bad_fee", "Lệ phí phải từ 0 đến 1 tỷ đồng", "The fee must be 0 to 1 billion đồng",
                     std::to_string(e.fee));
  return {};
}

// Writes `e` (everything but year, number, book, number text and hashes) as the next line of its date's year, in
// the year's newest book (book 01 opened when the year has none), text NFC, chained to the last line written.
Result<RegisterEntry> appendLine(storage::Database& db, const model::OfficeProfile& profile, RegisterEntry e) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::Authenticate); !ok) return ok.error();
  return inTransaction<RegisterEntry>(db, [&]() -> Result<RegisterEntry> {
    RegisterStore store(db);
    const int year = static_cast<int>(e.date.year());
    auto books = store.books(year);
    for (const RegisterBook& b : books)
      if (b.closed()) return yearClosed(year);
    if (auto last = store.lastEntryDate(year); last && *last > isoDate(e.date))
      return makeError("register.date_order",
                       "Sổ ghi liên tục theo thứ tự: ngày chứng thực trước ngày của dòng cuối cùng (" + *last + ")",
                       "The register is written in order: the date is before the last entry's (" + *last + ")",
                       isoDate(e.date));
    if (books.empty()) {
      RegisterBook first;
      first.year = year;
      first.openedAt = e.recordedAt;
      first.openedBy = text::toNfc(e.recordedBy);
      store.insertBook(first);
      books.push_back(first);
    }
    e.year = year;
    e.number = store.nextNumber(year);
    e.book = books.back().number;
    for (std::string* t : {&e.caseCode, &e.parties, &e.documentTitle, &e.signer, &e.note, &e.recordedBy}) *t = text::toNfc(*t);
    e.numberText = renderNumberText(profile.registerNumberFormat, e.number, e.book, year);
    e.previousHash = store.lastHash();
    e.hash = entryHash(e, e.previousHash);
    store.insertEntry(e, books.back().id);
    if (auto s = db.audit().record("register." + std::string(storage::entryKindCode(e.kind)), "register_entry",
                                   e.numberText, e.caseCode);
        !s)
      return s.error();
    return e;
  });
}

}  // namespace

std::string canonicalText(const RegisterEntry& e) {
  std::string out = "landdesk-register/1\n";
  field(out, "year", std::to_string(e.year));
  field(out, "number", std::to_string(e.number));
  field(out, "book", std::to_string(e.book));
  field(out, "date", isoDate(e.date));
  field(out, "case_id", e.caseId ? std::to_string(*e.caseId) : "");
  field(out, "case_code", e.caseCode);
  field(out, "parties", e.parties);
  field(out, "document_title", e.documentTitle);
  field(out, "signer", e.signer);
  field(out, "fee", std::to_string(e.fee));
  field(out, "note", e.note);
  field(out, "kind", entryKindCode(e.kind));
  field(out, "refers_to", e.refersTo ? std::to_string(*e.refersTo) : "");
  field(out, "number_text", e.numberText);
  field(out, "recorded_at", isoDateTime(e.recordedAt));
  field(out, "recorded_by", e.recordedBy);
  return out;
}

std::string entryHash(const RegisterEntry& e, const std::string& previousHash) {
  return sha256Hex(canonicalText(e) + "previous=" + previousHash + "\n");
}

std::string renderNumberText(const std::string& format, int64_t number, int book, int year) {
  std::string out = format.empty() ? model::OfficeProfile{}.registerNumberFormat : format;
  replaceAll(out, "{number}", twoDigits(number));
  replaceAll(out, "{book}", twoDigits(book));
  replaceAll(out, "{year}", std::to_string(year));
  return out;
}

std::string signerText(const model::OfficeProfile& p) {
  std::string out = p.signerName;
  if (!p.signerTitle.empty()) out += ", " + p.signerTitle;
  if (!p.commune.empty()) out += " UBND " + p.communeType + " " + p.commune;
  return out;
}

AuthenticationRegister::AuthenticationRegister(storage::Database& db, model::OfficeProfile profile)
    : db_(db), profile_(std::move(profile)) {}

Result<RegisterEntry> AuthenticationRegister::record(const NewEntry& in, const std::string& actor) {
  if (Status st = checkText(in); !st) return st.error();
  if (text::toNfc(in.parties).find_first_not_of(" ") == std::string::npos)
    return makeError("register.no_parties", "Dòng sổ phải ghi họ tên, giấy tờ của người yêu cầu chứng thực",
                     "An entry must name the requesting parties");
  if (in.documentTitle.find_first_not_of(" ") == std::string::npos)
    return makeError("register.no_title", "Dòng sổ phải ghi tên hợp đồng, giao dịch", "An entry must name the document");
  const LocalDateTime at = orNow(in.at);
  if (Status st = notInFuture(at); !st) return st.error();
  if (sys_days(in.date) > sys_days(dayOf(at)))
    return makeError("register.future_date", "Ngày chứng thực sau ngày ghi sổ", "The authentication date is in the future",
                     isoDate(in.date));
  RegisterEntry e;
  e.date = in.date;
  e.caseId = in.caseId;
  e.caseCode = in.caseCode;
  e.parties = in.parties;
  e.documentTitle = in.documentTitle;
  e.signer = in.signer.empty() ? signerText(profile_) : in.signer;
  e.fee = in.fee;
  e.note = in.note;
  e.kind = EntryKind::Original;
  e.recordedAt = at;
  e.recordedBy = actor;
  return appendLine(db_, profile_, std::move(e));
}

Result<RegisterEntry> AuthenticationRegister::refer(EntryKind kind, int year, int64_t number, const NewEntry& change,
                                                    const std::string& actor) {
  if (kind == EntryKind::Original)
    return makeError("register.bad_kind", "Dùng record() cho dòng chứng thực gốc", "Use record() for an original entry");
  auto original = reading<std::optional<RegisterEntry>>(db_, [&] { return RegisterStore(db_).entry(year, number); });
  if (!original) return original.error();
  if (!*original)
    return makeError("register.unknown_entry", "Không có số chứng thực này trong sổ", "No such register number",
                     std::to_string(number) + "/" + std::to_string(year));
  const RegisterEntry& o = **original;
  if (o.kind != EntryKind::Original)
    return makeError("register.not_original",
                     "Số này là một dòng sửa đổi/hủy bỏ/sửa lỗi; hãy chỉ đến số chứng thực gốc",
                     "This number is itself an amendment, cancellation or correction; name the original",
                     std::to_string(number) + "/" + std::to_string(year));
  auto cancelled = reading<int64_t>(db_, [&] { return RegisterStore(db_).referring(o.id, EntryKind::Cancellation); });
  if (!cancelled) return cancelled.error();
  if (*cancelled > 0)
    return makeError("register.cancelled", "Hợp đồng, giao dịch này đã bị hủy bỏ", "This contract was already cancelled",
                     std::to_string(number) + "/" + std::to_string(year));
  if (change.date.ok() && sys_days(change.date) < sys_days(o.date))
    return makeError("register.date_order", "Ngày sửa đổi/hủy bỏ trước ngày chứng thực gốc",
                     "The act is dated before the original authentication", isoDate(change.date));

  NewEntry e = change;
  if (e.parties.empty()) e.parties = o.parties;
  // The title stays the original's: the kind column says which act this line records.
  if (e.documentTitle.empty()) e.documentTitle = o.documentTitle;
  if (!e.caseId) e.caseId = o.caseId;
  if (e.caseCode.empty()) e.caseCode = o.caseCode;
  if (Status st = checkText(e); !st) return st.error();
  const LocalDateTime at = orNow(e.at);
  if (Status st = notInFuture(at); !st) return st.error();
  if (sys_days(e.date) > sys_days(dayOf(at)))
    return makeError("register.future_date", "Ngày ghi sau ngày hiện tại", "The date is in the future", isoDate(e.date));

  RegisterEntry r;
  r.date = e.date;
  r.caseId = e.caseId;
  r.caseCode = e.caseCode;
  r.parties = e.parties;
  r.documentTitle = e.documentTitle;
  r.signer = e.signer.empty() ? signerText(profile_) : e.signer;
  r.fee = e.fee;
  r.note = e.note;
  r.kind = kind;
  r.refersTo = o.id;
  r.refersToText = std::to_string(o.number) + "/" + std::to_string(o.year);
  r.recordedAt = at;
  r.recordedBy = actor;
  return appendLine(db_, profile_, std::move(r));
}

Result<RegisterEntry> AuthenticationRegister::amend(int year, int64_t number, const NewEntry& change,
                                                    const std::string& actor) {
  return refer(EntryKind::Amendment, year, number, change, actor);
}
Result<RegisterEntry> AuthenticationRegister::cancel(int year, int64_t number, const NewEntry& change,
                                                     const std::string& actor) {
  return refer(EntryKind::Cancellation, year, number, change, actor);
}
Result<RegisterEntry> AuthenticationRegister::correct(int year, int64_t number, const NewEntry& change,
                                                      const std::string& actor) {
  return refer(EntryKind::Correction, year, number, change, actor);
}

Result<RegisterBook> AuthenticationRegister::openBook(int year, const std::string& actor, LocalDateTime at) {
  if (auto ok = access::requirePermission(db_.actor(), access::Permission::Authenticate); !ok) return ok.error();
  if (year < 1990 || year > 2200)
    return makeError("register.bad_year", "Năm không hợp lệ", "Invalid year", std::to_string(year));
  return inTransaction<RegisterBook>(db_, [&]() -> Result<RegisterBook> {
    RegisterStore store(db_);
    auto books = store.books(year);
    for (const RegisterBook& b : books)
      if (b.closed()) return yearClosed(year);
    RegisterBook b;
    b.year = year;
    b.number = books.empty() ? 1 : books.back().number + 1;
    b.openedAt = orNow(at);
    if (Status st = notInFuture(b.openedAt); !st) return st.error();
    b.openedBy = text::toNfc(actor);
    store.insertBook(b);
    return b;
  });
}

Result<RegisterBook> AuthenticationRegister::closeYear(int year, const std::string& actor, LocalDateTime at) {
  if (auto ok = access::requirePermission(db_.actor(), access::Permission::Authenticate); !ok) return ok.error();
  const LocalDateTime when = orNow(at);
  if (Status st = notInFuture(when); !st) return st.error();
  if (sys_days(dayOf(when)) < sys_days(std::chrono::year{year} / December / 31))
    return makeError("register.close_early", "Chỉ khóa sổ từ ngày 31/12 của năm đó",
                     "A year's register is closed on or after 31 December of that year", std::to_string(year));
  return inTransaction<RegisterBook>(db_, [&]() -> Result<RegisterBook> {
    RegisterStore store(db_);
    auto books = store.books(year);
    if (books.empty())
      return makeError("register.no_book", "Năm này chưa mở sổ chứng thực nào", "No register book was opened that year",
                       std::to_string(year));
    for (const RegisterBook& b : books)
      if (b.closed()) return makeError("register.already_closed", "Sổ năm này đã khóa", "That year is already closed",
                                       std::to_string(year));
    auto entries = store.entries(year);
    const std::string lastHash = entries.empty() ? std::string() : entries.back().hash;
    RegisterBook closedLast;
    for (RegisterBook b : books) {
      b.closedAt = when;
      b.closedBy = text::toNfc(actor);
      b.closingTotal = static_cast<int64_t>(entries.size());
      b.closingHash = sha256Hex(closingText(b, lastHash));
      if (!store.closeBook(b)) return yearClosed(year);
      closedLast = b;
    }
    return closedLast;
  });
}

Result<std::vector<RegisterBook>> AuthenticationRegister::books(std::optional<int> year) {
  return reading<std::vector<RegisterBook>>(db_, [&] { return RegisterStore(db_).books(year); });
}

Result<std::vector<RegisterEntry>> AuthenticationRegister::list(int year, std::optional<unsigned> month) {
  if (month && (*month < 1 || *month > 12))
    return makeError("register.bad_month", "Tháng phải từ 1 đến 12", "The month must be 1 to 12", std::to_string(*month));
  return reading<std::vector<RegisterEntry>>(db_, [&] { return RegisterStore(db_).entries(year, month); });
}

Result<RegisterEntry> AuthenticationRegister::entry(int year, int64_t number) {
  auto e = reading<std::optional<RegisterEntry>>(db_, [&] { return RegisterStore(db_).entry(year, number); });
  if (!e) return e.error();
  if (!*e)
    return makeError("register.unknown_entry", "Không có số chứng thực này trong sổ", "No such register number",
                     std::to_string(number) + "/" + std::to_string(year));
  return std::move(**e);
}

Result<std::vector<RegisterEntry>> AuthenticationRegister::entriesOfCase(int64_t caseId) {
  return reading<std::vector<RegisterEntry>>(db_, [&] { return RegisterStore(db_).entriesOfCase(caseId); });
}

Result<VerifyReport> AuthenticationRegister::verify() {
  return reading<VerifyReport>(db_, [&] {
    RegisterStore store(db_);
    VerifyReport report;
    std::string previous;
    std::map<int, std::string> lastHashOfYear;
    std::map<int, std::pair<int64_t, int64_t>> countAndMaxOfYear;
    for (const RegisterEntry& e : store.allEntries()) {
      ++report.entriesChecked;
      auto bad = [&](const char* vi, const char* en) {
        report.intact = false;
        report.firstBad = e;
        report.problemVi = vi;
        report.problemEn = en;
      };
      if (e.previousHash != previous) {
        bad("mắt xích băm bị đứt: dòng trước đã bị xóa, chèn hoặc sửa",
            "the hash chain is broken: an earlier line was removed, inserted or altered");
        return report;
      }
      if (entryHash(e, previous) != e.hash) {
        bad("nội dung dòng sổ đã bị sửa sau khi ghi", "the line was altered after it was written");
        return report;
      }
      previous = e.hash;
      // Numbers run 01, 02 … within a year in the order they were written.
      auto& [count, max] = countAndMaxOfYear[e.year];
      if (e.number != max + 1) {
        bad("số chứng thực không liên tục trong năm", "the numbers of the year are not consecutive");
        return report;
      }
      ++count;
      max = e.number;
      lastHashOfYear[e.year] = e.hash;
    }
    for (const RegisterBook& b : store.books()) {
      ++report.booksChecked;
      if (!b.closed()) continue;
      const int64_t total = countAndMaxOfYear[b.year].first;
      if (b.closingTotal != total || b.closingHash != sha256Hex(closingText(b, lastHashOfYear[b.year]))) {
        report.intact = false;
        report.problemVi = "phần khóa sổ năm " + std::to_string(b.year) + " (quyển " + twoDigits(b.number) +
                           ") không khớp với các dòng của năm";
        report.problemEn = "the closing of " + std::to_string(b.year) + " (book " + twoDigits(b.number) +
                           ") does not match the year's lines";
        return report;
      }
    }
    return report;
  });
}

}  // namespace landdesk::registry
