// The terms of a transfer or gift contract that the GCN and ID cards do not give: payment, hand-over, who pays
// which tax, copies, gift condition, subdivision drawing.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"

namespace landdesk::model {

// Which side of a contract carries an obligation (A = transferor/donor, B = transferee/donee).
enum class ContractSide { A, B, Both };

// One payment of the price ("đợt 1: 500.000.000 đồng ngày 05/02/2026").
struct Payment {
  std::optional<std::chrono::year_month_day> date;
  int64_t amount = 0;  // đồng
  std::string note;
  friend bool operator==(const Payment&, const Payment&) = default;
};

struct ContractTerms {
  std::string paymentMethod;  // "Tiền mặt", "Chuyển khoản qua ngân hàng"
  std::vector<Payment> payments;
  std::optional<std::chrono::year_month_day> handoverDate;  // ngày giao đất
  // By law PIT is the transferor's and the registration fee the recipient's; the parties may agree otherwise.
  ContractSide incomeTaxPayer = ContractSide::A;
  ContractSide registrationFeePayer = ContractSide::B;
  int originals = 4;      // bản chính
  int copiesPerSide = 1;  // bản chính giao mỗi bên
  std::string giftCondition;       // tặng cho có điều kiện (Civil Code art. 462); empty when unconditional
  std::string subdivisionDrawing;  // "Bản vẽ tách thửa số 15/BV ngày 03/02/2026 của …"
  std::string otherTerms;          // other clauses the parties agreed
  friend bool operator==(const ContractTerms&, const ContractTerms&) = default;
};

// "Bên A", "Bên B", "Hai bên".
std::string_view sideLabel(ContractSide side);

}  // namespace landdesk::model
