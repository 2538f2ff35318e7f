// The stored shape of register books and entries, case fees and blocked-parcel notices (migration 6).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/datetime.h"

namespace landdesk::storage {

// An original contract or a later act on it (ND 23/2015 art. 38–39): each takes its own number.
enum class EntryKind { Original, Amendment, Cancellation, Correction };

std::string_view entryKindCode(EntryKind kind);  // "original" | "amendment" | "cancellation" | "correction"
std::optional<EntryKind> entryKindFromCode(std::string_view code);
std::string_view entryKindLabel(EntryKind kind);  // "Chứng thực", "Sửa đổi, bổ sung", "Hủy bỏ", "Sửa lỗi sai sót"

// One book (quyển) of one year. A book opened mid-year continues the year's numbering (legal-facts §2).
struct RegisterBook {
  int64_t id = 0;
  int year = 0;
  int number = 1;  // quyển số within the year: 01, 02 …
  LocalDateTime openedAt{};
  std::string openedBy;
  // Year-end closing (khóa sổ): every book of the year is closed together, the year's total stated.
  std::optional<LocalDateTime> closedAt;
  std::string closedBy;
  std::optional<int64_t> closingTotal;  // entries recorded in the year
  std::string closingHash;              // SHA-256 over the closing and the year's last entry hash
  bool closed() const { return closedAt.has_value(); }
};

// One line of the register (one number per contract, TT 01/2020 art. 4).
struct RegisterEntry {
  int64_t id = 0;
  int year = 0;
  int64_t number = 0;  // số chứng thực: 1 … within the year, never reused
  int book = 1;        // quyển số
  std::chrono::year_month_day date{};  // ngày chứng thực
  std::optional<int64_t> caseId;
  std::string caseCode;       // mã hồ sơ at the time of writing
  std::string parties;        // "Nguyễn Văn A (CCCD 001090012345); Trần Thị B (…)": the requesters and their IDs
  std::string documentTitle;  // "Hợp đồng chuyển nhượng quyền sử dụng đất"
  std::string signer;         // "Nguyễn Văn C, Chủ tịch UBND xã Hải Lăng"
  int64_t fee = 0;            // đồng
  std::string note;           // ghi chú: for an amendment, what changed
  EntryKind kind = EntryKind::Original;
  std::optional<int64_t> refersTo;  // id of the original entry (amendment, cancellation, correction)
  std::string refersToText;         // "125/2026" of the original, for print-outs (not stored, joined)
  std::string numberText;           // rendered from `format.register_number` when recorded
  LocalDateTime recordedAt{};
  std::string recordedBy;
  std::string previousHash;  // hex SHA-256 of the previous entry ("" for the first)
  std::string hash;          // hex SHA-256 over the canonical text + previousHash
};

// One authentication fee paid for a case (TT 226/2016), with the receipt that proves it.
struct FeeRecord {
  int64_t id = 0;
  int64_t caseId = 0;
  std::string kind;         // fee kind of rules/fees.json: transfer, amendment, copy …
  std::string description;  // the fee line as quoted, e.g. "Chứng thực hợp đồng, giao dịch"
  int64_t pages = 1, copies = 1;
  int64_t amount = 0;
  std::string ruleKey;     // fees.json row key
  std::string legalBasis;  // "Thông tư 226/2016/TT-BTC, Điều 4"
  std::string receiptNo;   // số biên lai
  std::chrono::year_month_day paidOn{};
  std::optional<int64_t> registerEntryId;
  LocalDateTime recordedAt{};
  std::string recordedBy;
};

// A blocking (ngăn chặn) or release (giải tỏa) notice received from a court, enforcement office or police.
struct BlockNotice {
  int64_t id = 0;
  bool release = false;
  std::string issuerKind;  // court | enforcement | police | other
  std::string issuer;      // "Tòa án nhân dân khu vực 2 – Quảng Trị"
  std::string documentNumber;
  std::chrono::year_month_day documentDate{};
  std::string gcnSerial;     // as written; matched without spaces, upper case
  std::string parcelNumber;  // with mapSheet (and commune) when the serial is unknown
  std::string mapSheet;
  std::string commune;
  std::string owner;
  std::string reason;
  std::optional<int64_t> releases;  // a release: the block notice it lifts
  LocalDateTime receivedAt{};
  std::string recordedBy;
  std::string source;  // "typed", or the imported file and row
};

// Another open case holding the same parcel.
struct ParcelConflict {
  int64_t caseId = 0;
  std::string caseCode;
  std::string status;  // case status code
  std::string serial, parcelNumber, mapSheet;
};

}  // namespace landdesk::storage
