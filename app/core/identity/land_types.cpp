#include "identity/land_types.h"

#include <cctype>
#include <string>

namespace landdesk::identity {

// Codes of the land classification as printed on GCNs and cadastral maps (TT 25/2014/TT-BTNMT, carried into the
// Land Law 2024 inventory circular TT 08/2024/TT-BTNMT). Confidence M (model knowledge): names follow the older
// circular, which most GCNs on the desk carry; check against the province's cadastral data before relying on a
// rare code. Order: agricultural, non-agricultural, unused.
const std::vector<LandType>& landTypes() {
  static const std::vector<LandType> table = {
      // Nhóm đất nông nghiệp
      {"LUC", "Đất chuyên trồng lúa nước"},
      {"LUK", "Đất trồng lúa nước còn lại"},
      {"LUN", "Đất trồng lúa nương"},
      {"BHK", "Đất bằng trồng cây hằng năm khác"},
      {"NHK", "Đất nương rẫy trồng cây hằng năm khác"},
      {"CLN", "Đất trồng cây lâu năm"},
      {"RSX", "Đất rừng sản xuất"},
      {"RPH", "Đất rừng phòng hộ"},
      {"RDD", "Đất rừng đặc dụng"},
      {"NTS", "Đất nuôi trồng thủy sản"},
      {"LMU", "Đất làm muối"},
      {"NKH", "Đất nông nghiệp khác"},
      // Nhóm đất phi nông nghiệp
      {"ONT", "Đất ở tại nông thôn"},
      {"ODT", "Đất ở tại đô thị"},
      {"TSC", "Đất xây dựng trụ sở cơ quan"},
      {"DTS", "Đất xây dựng trụ sở của tổ chức sự nghiệp"},
      {"CQP", "Đất quốc phòng"},
      {"CAN", "Đất an ninh"},
      {"DVH", "Đất xây dựng cơ sở văn hóa"},
      {"DXH", "Đất xây dựng cơ sở dịch vụ xã hội"},
      {"DYT", "Đất xây dựng cơ sở y tế"},
      {"DGD", "Đất xây dựng cơ sở giáo dục và đào tạo"},
      {"DTT", "Đất xây dựng cơ sở thể dục thể thao"},
      {"DKH", "Đất xây dựng cơ sở khoa học và công nghệ"},
      {"DNG", "Đất xây dựng cơ sở ngoại giao"},
      {"DSK", "Đất xây dựng công trình sự nghiệp khác"},
      {"SKK", "Đất khu công nghiệp"},
      {"SKN", "Đất cụm công nghiệp"},
      {"SKT", "Đất khu chế xuất"},
      {"TMD", "Đất thương mại, dịch vụ"},
      {"SKC", "Đất cơ sở sản xuất phi nông nghiệp"},
      {"SKS", "Đất sử dụng cho hoạt động khoáng sản"},
      {"SKX", "Đất sản xuất vật liệu xây dựng, làm đồ gốm"},
      {"DGT", "Đất giao thông"},
      {"DTL", "Đất thủy lợi"},
      {"DDT", "Đất có di tích lịch sử - văn hóa"},
      {"DDL", "Đất danh lam thắng cảnh"},
      {"DSH", "Đất sinh hoạt cộng đồng"},
      {"DKV", "Đất khu vui chơi, giải trí công cộng"},
      {"DNL", "Đất công trình năng lượng"},
      {"DBV", "Đất công trình bưu chính, viễn thông"},
      {"DCH", "Đất chợ"},
      {"DRA", "Đất bãi thải, xử lý chất thải"},
      {"TON", "Đất cơ sở tôn giáo"},
      {"TIN", "Đất cơ sở tín ngưỡng"},
      {"NTD", "Đất làm nghĩa trang, nghĩa địa, nhà tang lễ, nhà hỏa táng"},
      {"SON", "Đất sông, ngòi, kênh, rạch, suối"},
      {"MNC", "Đất có mặt nước chuyên dùng"},
      {"PNK", "Đất phi nông nghiệp khác"},
      // Nhóm đất chưa sử dụng
      {"BCS", "Đất bằng chưa sử dụng"},
      {"DCS", "Đất đồi núi chưa sử dụng"},
      {"NCS", "Núi đá không có rừng cây"},
  };
  return table;
}

std::optional<LandType> findLandType(std::string_view code) {
  std::string key;
  for (char c : code)
    if (c != ' ' && c != '\t') key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const LandType& t : landTypes())
    if (t.code == key) return t;
  return std::nullopt;
}

}  // namespace landdesk::identity
