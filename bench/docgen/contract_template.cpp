#include "contract_template.h"

#include <vector>

#include "docgen/docx_builder.h"

namespace landdesk::bench {

namespace {

using test::paragraph;
using test::run;

// A paragraph of text with tags; in split mode each tag is cut into pieces the way Word stores them.
std::string para(const std::string& text, bool split, bool bold = false) {
  if (!split) return paragraph(text, bold);
  std::vector<std::string> pieces;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    // Cut after "{x" and before the closing brace: "{ho" "_ten" "}" like Word's spell-check boundaries.
    if (text[i] == '{' && i + 2 < text.size()) current += text[++i], pieces.push_back(current), current.clear();
    else if (i + 1 < text.size() && text[i + 1] == '}') pieces.push_back(current), current.clear();
  }
  if (!current.empty()) pieces.push_back(current);
  std::vector<std::string_view> views(pieces.begin(), pieces.end());
  return test::splitParagraph(views, bold);
}

const char* kBoilerplate =
    "Hai bên cam kết thông tin nêu trong hợp đồng là đúng sự thật, việc giao kết hợp đồng là hoàn toàn tự nguyện, không bị lừa dối "
    "hoặc ép buộc; thửa đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án và còn trong thời hạn sử dụng đất theo "
    "quy định của pháp luật về đất đai hiện hành.";

}  // namespace

std::string contractTemplateDocx(bool s) {
  std::string b;
  b += para("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", false, true) + para("Độc lập - Tự do - Hạnh phúc", false, true);
  b += para("HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT", false, true);
  b += para("Số: {so_hop_dong}/{nam}/HĐCN, quyển số {quyen_so}", s);
  b += para("Hôm nay, {ngay_ky|date_long}, tại trụ sở Ủy ban nhân dân xã {xa.ten}, huyện {xa.huyen}, tỉnh {xa.tinh}, chúng tôi gồm:", s);
  b += para("BÊN CHUYỂN NHƯỢNG (BÊN A):", false, true);
  b += para("Ông/Bà: {ben_a.ho_ten|upper}, sinh năm {ben_a.nam_sinh}", s);
  b += para("CCCD số {ben_a.cccd} do {ben_a.noi_cap} cấp ngày {ben_a.ngay_cap|date_long}", s);
  b += para("Nơi thường trú: {ben_a.dia_chi}", s);
  b += para("{#ben_a.da_ket_hon}", s);
  b += para("Cùng vợ/chồng là ông/bà: {ben_a.vo_chong.ho_ten|upper}, sinh năm {ben_a.vo_chong.nam_sinh}", s);
  b += para("CCCD số {ben_a.vo_chong.cccd} do {ben_a.vo_chong.noi_cap} cấp ngày {ben_a.vo_chong.ngay_cap|date_long}", s);
  b += para("{/ben_a.da_ket_hon}", s);
  b += para("BÊN NHẬN CHUYỂN NHƯỢNG (BÊN B):", false, true);
  b += para("Ông/Bà: {ben_b.ho_ten|upper}, sinh năm {ben_b.nam_sinh}", s);
  b += para("CCCD số {ben_b.cccd} do {ben_b.noi_cap} cấp ngày {ben_b.ngay_cap|date_long}", s);
  b += para("Nơi thường trú: {ben_b.dia_chi}", s);
  b += para("Điều 1. THỬA ĐẤT CHUYỂN NHƯỢNG", false, true);
  b += para("Quyền sử dụng các thửa đất sau, theo Giấy chứng nhận số {gcn.so} do {gcn.co_quan} cấp ngày {gcn.ngay_cap|date_long}:", s);
  b += test::table({{paragraph("Thửa số", true), paragraph("Tờ bản đồ", true), paragraph("Diện tích (m²)", true), paragraph("Mục đích", true),
                     paragraph("Thời hạn", true)},
                    {para("{#thua_dat}{so_thua}", s), para("{to_ban_do}", s), para("{dien_tich|decimal}", s), para("{muc_dich}", s),
                     para("{thoi_han}{/thua_dat}", s)}});
  b += para("Tổng diện tích: {tong_dien_tich|decimal} m²; nguồn gốc: {nguon_goc}.", s);
  b += para("Điều 2. GIÁ CHUYỂN NHƯỢNG VÀ PHƯƠNG THỨC THANH TOÁN", false, true);
  b += para("Giá chuyển nhượng: {gia|money} đồng. Phương thức thanh toán: {phuong_thuc}; thời hạn thanh toán: {han_thanh_toan|date_long}.", s);
  for (int i = 0; i < 12; ++i) b += paragraph(kBoilerplate);
  b += para("Điều 3. NGHĨA VỤ NỘP THUẾ, LỆ PHÍ: do {ben_nop_thue} nộp; lệ phí chứng thực {le_phi|money} đồng.", s);
  for (int i = 0; i < 12; ++i) b += paragraph(kBoilerplate);
  b += para("Hợp đồng lập thành {so_ban} bản, mỗi bên giữ {ban_moi_ben} bản, lưu tại UBND xã {xa.ten} 01 bản.", s);
  b += para("BÊN A: {ben_a.ho_ten|upper}          BÊN B: {ben_b.ho_ten|upper}", s);
  b += para("LỜI CHỨNG CỦA CHỦ TỊCH UBND XÃ {xa.ten|upper}", false, true);
  b += para("Hôm nay {ngay_ky|date_long}, tại UBND xã {xa.ten}, tôi {chu_tich|upper}, Chủ tịch UBND xã chứng thực hợp đồng số {so_hop_dong}.", s);
  for (int i = 0; i < 2; ++i) b += paragraph(kBoilerplate);
  return test::buildDocx({b, para("UBND xã {xa.ten} — hợp đồng số {so_hop_dong}", s), para("Trang hợp đồng {so_hop_dong}/{nam}", s), {}});
}

std::string contractDataJson() {
  return R"({"so_hop_dong":"45","nam":2024,"quyen_so":"01/2024-SCT/HĐ,GD","ngay_ky":"2024-03-15",
"xa":{"ten":"Hải Lăng","huyen":"Hải Lăng","tinh":"Quảng Trị"},
"ben_a":{"ho_ten":"Nguyễn Văn An","nam_sinh":1968,"cccd":"045068001234","noi_cap":"Cục Cảnh sát QLHC về TTXH","ngay_cap":"2021-07-10",
 "dia_chi":"Thôn 3, xã Hải Lăng, huyện Hải Lăng, tỉnh Quảng Trị","da_ket_hon":true,
 "vo_chong":{"ho_ten":"Phạm Thị Bé","nam_sinh":1971,"cccd":"045171005678","noi_cap":"Cục Cảnh sát QLHC về TTXH","ngay_cap":"2021-07-10"}},
"ben_b":{"ho_ten":"Trần Văn Bình","nam_sinh":1985,"cccd":"045085009876","noi_cap":"Cục Cảnh sát QLHC về TTXH","ngay_cap":"2022-01-20",
 "dia_chi":"Khu phố 2, thị trấn Diên Sanh, huyện Hải Lăng, tỉnh Quảng Trị"},
"gcn":{"so":"CS 123456","co_quan":"Sở Tài nguyên và Môi trường tỉnh Quảng Trị","ngay_cap":"2019-05-02"},
"thua_dat":[{"so_thua":112,"to_ban_do":7,"dien_tich":"120.5","muc_dich":"Đất ở tại nông thôn","thoi_han":"Lâu dài"},
 {"so_thua":113,"to_ban_do":7,"dien_tich":"300","muc_dich":"Đất trồng cây lâu năm","thoi_han":"Đến 2064"},
 {"so_thua":48,"to_ban_do":9,"dien_tich":"1250.75","muc_dich":"Đất trồng lúa","thoi_han":"Đến 2064"},
 {"so_thua":49,"to_ban_do":9,"dien_tich":"88.2","muc_dich":"Đất trồng lúa","thoi_han":"Đến 2064"},
 {"so_thua":201,"to_ban_do":12,"dien_tich":"64","muc_dich":"Đất ở tại nông thôn","thoi_han":"Lâu dài"}],
"tong_dien_tich":"1823.45","nguon_goc":"Nhà nước công nhận quyền sử dụng đất","gia":1250000000,"phuong_thuc":"chuyển khoản",
"han_thanh_toan":"2024-03-30","ben_nop_thue":"Bên A","le_phi":50000,"so_ban":"03","ban_moi_ben":"01","chu_tich":"Lê Văn Cường"})";
}

}  // namespace landdesk::bench
