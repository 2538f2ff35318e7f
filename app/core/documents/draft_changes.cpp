#include "documents/draft_changes.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include "documents/draft_on_send.h"
#include "storage/case_repository.h"

namespace landdesk::documents {

namespace {

struct Label {
  std::string_view key, vi, en;
};

// Keys of model/case_json, in the words of the contract forms.
constexpr std::array kLabels{
    Label{"code", "Mã hồ sơ", "Case code"},
    Label{"kind", "Loại hồ sơ", "Case kind"},
    Label{"channel", "Kênh tiếp nhận", "Channel"},
    Label{"received_at", "Ngày tiếp nhận", "Received"},
    Label{"officer", "Cán bộ", "Officer"},
    Label{"role", "Vai trò", "Role"},
    Label{"full_name", "Họ và tên", "Full name"},
    Label{"birth_date", "Ngày sinh", "Date of birth"},
    Label{"sex", "Giới tính", "Sex"},
    Label{"type", "Loại giấy tờ", "Paper type"},
    Label{"number", "Số", "Number"},
    Label{"issuer", "Nơi cấp", "Issued by"},
    Label{"issued_on", "Ngày cấp", "Issued on"},
    Label{"permanent_address", "Nơi thường trú", "Permanent address"},
    Label{"current_address", "Nơi ở hiện tại", "Current address"},
    Label{"phone", "Điện thoại", "Phone"},
    Label{"marital_status", "Tình trạng hôn nhân", "Marital status"},
    Label{"spouse", "Vợ/chồng", "Spouse"},
    Label{"serial", "Số phát hành GCN", "Certificate serial"},
    Label{"register_number", "Số vào sổ cấp GCN", "Certificate register no."},
    Label{"parcel_number", "Thửa đất số", "Parcel no."},
    Label{"map_sheet", "Tờ bản đồ số", "Map sheet"},
    Label{"address", "Địa chỉ thửa đất", "Parcel address"},
    Label{"area", "Diện tích", "Area"},
    Label{"use_form", "Hình thức sử dụng", "Form of use"},
    Label{"name", "Tên", "Name"},
    Label{"term", "Thời hạn sử dụng", "Term of use"},
    Label{"origin", "Nguồn gốc sử dụng", "Origin"},
    Label{"assets", "Tài sản gắn liền với đất", "Assets on the land"},
    Label{"price", "Giá chuyển nhượng", "Price"},
    Label{"transferred_area", "Diện tích chuyển nhượng", "Area transferred"},
    Label{"kinship", "Quan hệ", "Kinship"},
    Label{"from", "Từ bên", "From party"},
    Label{"to", "Đến bên", "To party"},
    Label{"share", "Phần được hưởng", "Share"},
    Label{"amount", "Số tiền", "Amount"},
    Label{"payment_method", "Phương thức thanh toán", "Payment method"},
    Label{"note", "Ghi chú", "Note"},
    Label{"estate", "Di sản", "Estate"},
    Label{"party", "Bên", "Party"},
    Label{"rank", "Hàng thừa kế", "Heir rank"},
    Label{"death_place", "Nơi chết", "Place of death"},
    Label{"death_certificate", "Giấy chứng tử", "Death certificate"},
    Label{"will_description", "Di chúc", "Will"},
    Label{"surviving_spouse", "Vợ/chồng còn sống", "Surviving spouse"},
    Label{"spouse_half_separated", "Tách phần của vợ/chồng", "Spouse's half separated"},
    Label{"takes_land", "Người nhận đất", "Takes the land"},
    Label{"gift_condition", "Điều kiện tặng cho", "Gift condition"},
    Label{"income_tax_payer", "Bên nộp thuế thu nhập cá nhân", "Income tax payer"},
    Label{"registration_fee_payer", "Bên nộp lệ phí trước bạ", "Registration fee payer"},
    Label{"copies_per_side", "Số bản mỗi bên giữ", "Copies per side"},
    Label{"other_terms", "Thỏa thuận khác", "Other terms"},
    Label{"subdivision_drawing", "Bản vẽ tách thửa", "Subdivision drawing"},
    Label{"basis", "Căn cứ", "Basis"},
    // Lists, whose items the officer counts: "parties[1]" is "Bên 2".
    Label{"parties", "Bên", "Party"},
    Label{"parcels", "Thửa", "Parcel"},
    Label{"relationships", "Quan hệ", "Relationship"},
    Label{"id_documents", "Giấy tờ tùy thân", "ID paper"},
    Label{"purposes", "Mục đích sử dụng", "Purpose"},
    Label{"owners", "Chủ sử dụng", "Owner"},
    Label{"heirs", "Người thừa kế", "Heir"},
    Label{"payments", "Đợt thanh toán", "Payment"},
    Label{"terms", "Điều khoản", "Terms"},
};


const Label* find(std::string_view key) {
  auto it = std::find_if(kLabels.begin(), kLabels.end(), [&](const Label& l) { return l.key == key; });
  return it == kLabels.end() ? nullptr : &*it;
}

// One step of a path: "parties[1]" → {"parties", 1}; "full_name" → {"full_name", none}.
std::pair<std::string_view, std::optional<long>> splitStep(std::string_view step) {
  const size_t open = step.find('[');
  if (open == std::string_view::npos || step.back() != ']') return {step, std::nullopt};
  try {
    return {step.substr(0, open), std::stol(std::string(step.substr(open + 1, step.size() - open - 2)))};
  } catch (const std::exception&) {
    return {step, std::nullopt};
  }
}

std::string lastKey(const std::string& path) {
  const size_t dot = path.rfind('.');
  return std::string(splitStep(dot == std::string::npos ? path : std::string_view(path).substr(dot + 1)).first);
}

bool bookkeeping(const std::string& path) {
  static constexpr std::array kTop{"id", "status", "row_version", "due_at", "documents"};
  const std::string first(splitStep(std::string_view(path).substr(0, path.find('.'))).first);
  return std::find(kTop.begin(), kTop.end(), first) != kTop.end() || lastKey(path) == "id";
}

}  // namespace

std::string fieldLabel(const std::string& path, Language lang) {
  const bool en = lang == Language::English;
  std::string out;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t dot = path.find('.', start);
    const std::string_view step = std::string_view(path).substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    const auto [key, index] = splitStep(step);
    const Label* l = find(key);
    std::string part = l ? std::string(en ? l->en : l->vi) : std::string(key);
    if (index) part += " " + std::to_string(*index + 1);
    out += (out.empty() ? "" : " — ") + part;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return out;
}

std::string shownValue(const std::optional<std::string>& jsonText) {
  if (!jsonText) return "—";
  if (jsonText->size() < 2 || jsonText->front() != '"') return *jsonText;
  try {
    // Poco 1.11 parses only an object or an array at the top: the string is read as the one item of an array.
    auto items = Poco::JSON::Parser().parse("[" + *jsonText + "]").extract<Poco::JSON::Array::Ptr>();
    return items->getElement<std::string>(0);
  } catch (const Poco::Exception&) {
    return *jsonText;
  }
}

Result<std::optional<DraftChanges>> changesSinceDraft(storage::Database& db, const std::filesystem::path& dataDir,
                                                      int64_t caseId) {
  auto version = latestDraftVersion(db, caseId);
  if (!version) return version.error();
  if (!*version) return std::optional<DraftChanges>();
  auto kept = keptCaseData(storage::fileStoreIn(dataDir), **version);
  if (!kept) return kept.error();
  auto now = db.cases().byId(caseId);
  if (!now) return now.error();
  auto diff = diffCaseData(*kept, draftCaseData(*now));
  if (!diff) return diff.error();
  DraftChanges out{**version, {}};
  for (auto& change : *diff)
    if (!bookkeeping(change.path)) out.changes.push_back(std::move(change));
  return std::optional<DraftChanges>(std::move(out));
}

}  // namespace landdesk::documents
