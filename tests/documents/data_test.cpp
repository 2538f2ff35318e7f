// The data tree of docs/template-data.md for each case kind: couples, several parties, co-owners, mixed purposes,
// heirs, money as integers, areas as decimal strings, tax and fee lines from the rule data.
#include <boost/test/unit_test.hpp>

#include "case_fixtures.h"
#include "documents/case_document.h"
#include "documents/document_data.h"
#include "tree_path.h"

using namespace landdesk;
using namespace landdesk::documents;
using namespace landdesk::test;

namespace {

const std::chrono::year_month_day kDay{std::chrono::year(2026), std::chrono::month(2), std::chrono::day(5)};

const DocumentSources& sources() {
  static const DocumentSources s = [] {
    auto r = loadDataSources();
    BOOST_REQUIRE_MESSAGE(r, (r ? "" : r.error().en));
    return std::move(*r);
  }();
  return s;
}

Poco::JSON::Object::Ptr tree(const model::Case& c, DocumentContext ctx = sources().context()) {
  return buildDocumentData(c, office(), kDay, ctx);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(data_tree)

BOOST_AUTO_TEST_CASE(office_signer_and_case_head) {
  auto t = tree(transferCase());
  BOOST_TEST(text(t, "ngay_lap") == "2026-02-05");
  BOOST_TEST(text(t, "ngay_lap_vb") == "05/02/2026");
  BOOST_TEST(text(t, "co_quan.ten_ubnd") == "Ủy ban nhân dân xã Hải Lăng");
  BOOST_TEST(text(t, "co_quan.ten_ubnd_hoa") == "ỦY BAN NHÂN DÂN XÃ HẢI LĂNG");
  BOOST_TEST(text(t, "co_quan.dia_danh") == "Xã Hải Lăng");
  BOOST_TEST(text(t, "co_quan.tinh") == "Quảng Trị");
  BOOST_TEST(text(t, "nguoi_ky.ho_ten") == "Lê Văn Thành");
  BOOST_TEST(text(t, "nguoi_ky.ky_thay") == "KT. CHỦ TỊCH");
  BOOST_TEST(flag(t, "nguoi_ky.co_ky_thay"));
  BOOST_TEST(text(t, "nguoi_ky.chuc_danh_hoa") == "PHÓ CHỦ TỊCH");
  BOOST_TEST(text(t, "nguoi_tiep_nhan.ho_ten") == "Nguyễn Thị Hồng Nhung");
  BOOST_TEST(text(t, "ho_so.ma") == "HS-2026-00042");
  BOOST_TEST(text(t, "ho_so.ma_qr") == "HS-2026-00042");
  BOOST_TEST(text(t, "ho_so.ten_loai") == "Chuyển nhượng quyền sử dụng đất");
  BOOST_TEST(text(t, "ho_so.kenh") == "Zalo");
  BOOST_TEST(text(t, "ho_so.gio_nhan") == "08:30");
  BOOST_TEST(text(t, "ho_so.ngay_hen_tra") == "2026-02-09");
  BOOST_TEST(text(t, "ho_so.thoi_han") == "02 ngày làm việc");
  BOOST_TEST(flag(t, "la_chuyen_nhuong"));
  BOOST_TEST(!flag(t, "la_thua_ke"));
  BOOST_TEST(text(t, "ten_van_ban") == "Hợp đồng chuyển nhượng quyền sử dụng đất");
  BOOST_TEST(text(t, "nguoi_nop.ho_ten") == "Nguyễn Văn An");
}

BOOST_AUTO_TEST_CASE(married_couple_and_several_transferees) {
  auto t = tree(transferCase());
  BOOST_TEST(text(t, "ben_a.ten_ben") == "BÊN CHUYỂN NHƯỢNG");
  BOOST_TEST(flag(t, "ben_a.vo_chong"));
  BOOST_TEST(number(t, "ben_a.so_nguoi") == 2);
  BOOST_TEST(text(t, "ben_a.nguoi[0].loi_dan") == "Ông");
  BOOST_TEST(text(t, "ben_a.nguoi[1].loi_dan") == "Và vợ là bà");
  BOOST_TEST(flag(t, "ben_a.nguoi[1].la_vo_chong"));
  BOOST_TEST(text(t, "ben_a.nguoi[0].ho_ten_hoa") == "NGUYỄN VĂN AN");
  BOOST_TEST(text(t, "ben_a.nguoi[0].giay_to.loai") == "Căn cước công dân");
  BOOST_TEST(text(t, "ben_a.nguoi[0].giay_to.so") == "044068001234");
  BOOST_TEST(text(t, "ben_a.nguoi[0].giay_to.ngay_cap_vb") == "12/04/2021");
  BOOST_TEST(text(t, "ben_a.nguoi[0].ngay_sinh") == "1968-03-07");
  BOOST_TEST(flag(t, "ben_a.nguoi[0].co_ngay_sinh"));
  BOOST_TEST(text(t, "ben_a.nguoi[0].ngay_sinh_vb") == "07/03/1968");
  BOOST_TEST(text(t, "ben_a.ho_ten_cac_nguoi") == "Nguyễn Văn An, Trần Thị Bình");
  BOOST_TEST(text(t, "ben_b.ten_ben") == "BÊN NHẬN CHUYỂN NHƯỢNG");
  BOOST_TEST(!flag(t, "ben_b.vo_chong"));
  BOOST_TEST(flag(t, "ben_b.nhieu_nguoi"));
  BOOST_TEST(text(t, "ben_b.nguoi[1].danh_xung") == "Bà");
  BOOST_TEST(text(t, "ben_b.nguoi[1].loi_dan") == "Bà");
  BOOST_TEST(count(t, "cac_ben") == 2u);
  BOOST_TEST(text(t, "cac_ben[1].ky_hieu") == "Bên B");
  BOOST_TEST(text(t, "cac_ben[0].nguoi[1].ho_ten") == "Trần Thị Bình");
}

BOOST_AUTO_TEST_CASE(year_only_birth_and_unknown_sex) {
  model::Case c = transferCase();
  c.parties[2].party.birthDate = model::BirthDate{1962, 0, 0};
  c.parties[2].party.sex.reset();
  auto t = tree(c);
  BOOST_TEST(text(t, "ben_b.nguoi[0].ngay_sinh") == "1962");
  BOOST_TEST(!flag(t, "ben_b.nguoi[0].co_ngay_sinh"));
  BOOST_TEST(text(t, "ben_b.nguoi[0].ngay_sinh_vb") == "1962");
  BOOST_TEST(text(t, "ben_b.nguoi[0].danh_xung") == "Ông/Bà");
}

BOOST_AUTO_TEST_CASE(co_owned_mixed_purpose_parcel) {
  auto t = tree(transferCase());
  BOOST_TEST(text(t, "thua_dat[0].so_thua") == "215");
  BOOST_TEST(text(t, "thua_dat[0].dien_tich") == "312.5");
  BOOST_TEST(text(t, "thua_dat[0].hinh_thuc") == "Sử dụng chung");
  BOOST_TEST(count(t, "thua_dat[0].muc_dich") == 2u);
  BOOST_TEST(flag(t, "thua_dat[0].nhieu_muc_dich"));
  BOOST_TEST(text(t, "thua_dat[0].muc_dich[1].ma") == "CLN");
  BOOST_TEST(text(t, "thua_dat[0].muc_dich[1].dien_tich") == "212.5");
  BOOST_TEST(text(t, "thua_dat[0].muc_dich_vb") ==
             "Đất ở tại nông thôn (ONT) 100 m²; Đất trồng cây lâu năm (CLN) 212,5 m²");
  BOOST_TEST(text(t, "thua_dat[0].gcn.so_phat_hanh") == "DĐ 01234567");
  BOOST_TEST(text(t, "thua_dat[0].gcn.ngay_cap") == "2019-06-20");
  BOOST_TEST(number(t, "thua_dat[0].gia") == 1'250'000'000);
  BOOST_TEST(flag(t, "thua_dat[0].dong_su_dung"));
  BOOST_TEST(count(t, "thua_dat[0].chu_su_dung") == 2u);
  BOOST_TEST(text(t, "thua_dat[0].chu_su_dung[1].ho_ten") == "Trần Thị Bình");
  BOOST_TEST(text(t, "thua_dat[0].chu_su_dung[1].phan") == "1/2");
  BOOST_TEST(!flag(t, "thua_dat[0].chuyen_mot_phan"));
  BOOST_TEST(text(t, "thua_dat[0].dien_tich_chuyen") == "312.5");
  BOOST_TEST(number(t, "tong_gia") == 1'250'000'000);
  BOOST_TEST(flag(t, "co_gia"));
  BOOST_TEST(!flag(t, "nhieu_thua"));
}

BOOST_AUTO_TEST_CASE(several_parcels_and_part_of_a_parcel) {
  model::Case c = transferCase();
  c.parcels.push_back(c.parcels[0]);
  c.parcels[1].parcel.parcelNumber = "216";
  c.parcels[1].price = 50'000'000;
  auto several = tree(c);
  BOOST_TEST(number(several, "so_thua") == 2);
  BOOST_TEST(flag(several, "nhieu_thua"));
  BOOST_TEST(number(several, "tong_gia") == 1'300'000'000);
  BOOST_TEST(text(several, "tong_dien_tich") == "625.0");
  BOOST_TEST(number(several, "thua_dat[1].stt") == 2);

  model::Case part = transferCase();
  part.kind = model::CaseKind::TransferPart;
  part.parcels[0].transferredArea = *Decimal::fromCanonical("100.5");
  part.terms->subdivisionDrawing = "Bản vẽ tách thửa số 15/BVTT ngày 03/02/2026";
  auto t = tree(part);
  BOOST_TEST(flag(t, "la_mot_phan"));
  BOOST_TEST(flag(t, "thua_dat[0].chuyen_mot_phan"));
  BOOST_TEST(text(t, "thua_dat[0].dien_tich_chuyen") == "100.5");
  BOOST_TEST(text(t, "thua_dat[0].dien_tich_con_lai") == "212.0");
  BOOST_TEST(text(t, "thua_dat[0].ban_ve") == "Bản vẽ tách thửa số 15/BVTT ngày 03/02/2026");
  BOOST_TEST(text(t, "ten_van_ban") == "Hợp đồng chuyển nhượng một phần thửa đất");
}

BOOST_AUTO_TEST_CASE(contract_terms_and_defaults) {
  auto t = tree(transferCase());
  BOOST_TEST(text(t, "hop_dong.phuong_thuc_thanh_toan") == "Chuyển khoản qua ngân hàng");
  BOOST_TEST(count(t, "hop_dong.dot_thanh_toan") == 2u);
  BOOST_TEST(number(t, "hop_dong.dot_thanh_toan[0].so_tien") == 250'000'000);
  BOOST_TEST(text(t, "hop_dong.thoi_han_thanh_toan") == "2026-03-02");
  BOOST_TEST(text(t, "hop_dong.ngay_giao_dat_vb") == "05/03/2026");
  BOOST_TEST(text(t, "hop_dong.ben_nop_thue_tncn") == "Bên A");
  BOOST_TEST(text(t, "hop_dong.ben_nop_lptb") == "Bên B");
  BOOST_TEST(number(t, "hop_dong.so_ban_chinh") == 5);
  model::Case none = transferCase();
  none.terms.reset();
  auto d = tree(none);
  BOOST_TEST(number(d, "hop_dong.so_ban_chinh") == 4);
  BOOST_TEST(text(d, "hop_dong.thoi_han_thanh_toan") == "");
  BOOST_TEST(!flag(d, "hop_dong.co_dot_thanh_toan"));
}

BOOST_AUTO_TEST_CASE(transfer_taxes_fee_and_register_number) {
  DocumentContext ctx = sources().context();
  ctx.authentication = AuthenticationNumber{125, 1, 2026, kDay, 2, 4, ""};
  auto t = tree(transferCase(), ctx);
  // 2 % PIT on 1.250.000.000 and 0,5 % registration fee (legal-facts §7.2 example).
  BOOST_TEST(number(t, "thue.tong") == 31'250'000);
  BOOST_REQUIRE(count(t, "thue.dong") == 2u);
  BOOST_TEST(number(t, "thue.dong[0].so_tien") == 25'000'000);
  BOOST_TEST(text(t, "thue.dong[0].nguoi_nop") == "Bên A");
  BOOST_TEST(number(t, "thue.dong[1].so_tien") == 6'250'000);
  BOOST_TEST(text(t, "thue.dong[1].nguoi_nop") == "Bên B");
  BOOST_TEST(number(t, "le_phi.tong") == 50'000);
  BOOST_TEST(text(t, "le_phi.dong[0].can_cu").find("226/2016") != std::string::npos);
  BOOST_TEST(number(t, "tong_thue_phi") == 31'300'000);
  BOOST_TEST(text(t, "chung_thuc.so_chung_thuc_text") == "Số chứng thực: 125, quyển số 01/2026-SCT/HĐ,GD");
  BOOST_TEST(text(t, "chung_thuc.quyen_so") == "01");
  BOOST_TEST(number(t, "chung_thuc.so_trang") == 4);
  BOOST_TEST(flag(t, "chung_thuc.co_so"));
  auto blank = tree(transferCase());
  BOOST_TEST(!flag(blank, "chung_thuc.co_so"));
  BOOST_TEST(text(blank, "chung_thuc.so_chung_thuc_text") == "");
  BOOST_TEST(text(blank, "chung_thuc.ngay") == "2026-02-05");
}

BOOST_AUTO_TEST_CASE(papers_handed_in_to_bring_and_to_add) {
  auto t = tree(transferCase());
  BOOST_REQUIRE(count(t, "giay_to_nop") == 2u);
  BOOST_TEST(text(t, "giay_to_nop[0].ten") == "Giấy tờ tùy thân");
  BOOST_TEST(number(t, "giay_to_nop[0].so_luong") == 2);
  BOOST_TEST(text(t, "giay_to_nop[1].ten") == "Giấy chứng nhận QSDĐ");
  BOOST_TEST(count(t, "giay_to_can_mang") == 5u);
  BOOST_TEST(flag(t, "giay_to_can_mang[0].da_nop"));
  BOOST_TEST(!flag(t, "giay_to_can_mang[2].da_nop"));
  BOOST_REQUIRE(count(t, "yeu_cau_bo_sung") == 1u);
  BOOST_TEST(text(t, "yeu_cau_bo_sung[0].noi_dung").find("Giấy chứng nhận kết hôn") == 0u);
  BOOST_TEST(flag(t, "co_yeu_cau_bo_sung"));
  BOOST_TEST(text(t, "ban_giao.noi_nhan[0].ten") == "Văn phòng đăng ký đất đai tỉnh Quảng Trị");
  BOOST_TEST(text(t, "ban_giao.giay_to[0].ten") == "Hợp đồng chuyển nhượng quyền sử dụng đất đã chứng thực");
}

BOOST_AUTO_TEST_CASE(gift_relationship_and_exemption) {
  auto t = tree(giftCase());
  BOOST_TEST(text(t, "ben_a.ten_ben") == "BÊN TẶNG CHO");
  BOOST_TEST(text(t, "ben_b.nguoi[0].quan_he") == "con đẻ");
  BOOST_TEST(text(t, "ben_a.nguoi[1].loi_dan") == "Và vợ là bà");
  BOOST_TEST(flag(t, "hop_dong.co_dieu_kien_tang_cho"));
  BOOST_TEST(text(t, "ten_van_ban") == "Hợp đồng tặng cho quyền sử dụng đất");
  // Parents to their child: PIT and registration fee exempt.
  BOOST_TEST(number(t, "thue.tong") == 0);
  BOOST_TEST(number(t, "le_phi.tong") == 50'000);
}

BOOST_AUTO_TEST_CASE(estate_heirs_by_rank_with_the_spouse_half) {
  auto t = tree(divisionCase());
  BOOST_TEST(text(t, "ben_a.ten_ben") == "NGƯỜI THỪA KẾ");
  BOOST_TEST(number(t, "ben_a.so_nguoi") == 3);
  BOOST_TEST(number(t, "ben_b.so_nguoi") == 0);
  BOOST_TEST(count(t, "cac_ben") == 1u);
  BOOST_TEST(flag(t, "co_di_san"));
  BOOST_TEST(text(t, "di_san.nguoi_de_lai.ho_ten") == "Hoàng Văn Em");
  BOOST_TEST(text(t, "di_san.nguoi_de_lai.ngay_chet_vb") == "10/03/2024");
  BOOST_TEST(text(t, "di_san.nguoi_de_lai.giay_chung_tu.so") == "35/TLKT-BS");
  BOOST_TEST(text(t, "di_san.nguoi_de_lai.giay_chung_tu.ngay") == "2024-03-15");
  BOOST_TEST(flag(t, "di_san.co_vo_chong_con_song"));
  BOOST_TEST(text(t, "di_san.vo_chong_con_song.ho_ten") == "Đỗ Thị Gấm");
  BOOST_TEST(text(t, "di_san.vo_chong_con_song.quan_he") == "vợ");
  BOOST_TEST(flag(t, "di_san.tach_phan_tai_san_chung"));
  BOOST_TEST(text(t, "di_san.phan_tai_san_chung") == "1/2");
  BOOST_TEST(text(t, "di_san.phan_di_san") == "1/2");
  BOOST_TEST(text(t, "di_san.co_so") == "theo pháp luật");
  BOOST_REQUIRE(count(t, "di_san.nguoi_thua_ke") == 3u);
  BOOST_TEST(text(t, "di_san.nguoi_thua_ke[0].phan") == "1/2");
  BOOST_TEST(number(t, "di_san.nguoi_thua_ke[1].hang") == 1);
  BOOST_TEST(flag(t, "di_san.nguoi_thua_ke[1].nhan_dat"));
  BOOST_TEST(text(t, "di_san.nguoi_thua_ke[1].quan_he") == "con đẻ");
  BOOST_TEST(text(t, "di_san.nguoi_thua_ke[0].quan_he") == "vợ");
  BOOST_TEST(count(t, "di_san.nguoi_nhan_dat") == 1u);
  BOOST_TEST(text(t, "di_san.nguoi_nhan_dat[0].ho_ten") == "Hoàng Văn Hải");
  BOOST_TEST(number(t, "di_san.hang_thua_ke") == 1);
  BOOST_TEST(!flag(t, "di_san.co_nguoi_tu_choi"));
  BOOST_TEST(text(t, "ten_van_ban") == "Văn bản thỏa thuận phân chia di sản");
  BOOST_TEST(number(t, "thue.tong") == 0);  // child inherits from parent: exempt
}

BOOST_AUTO_TEST_CASE(refusal_names_the_renouncing_heir) {
  auto t = tree(refusalCase());
  BOOST_TEST(text(t, "ben_a.ten_ben") == "NGƯỜI TỪ CHỐI NHẬN DI SẢN");
  BOOST_TEST(number(t, "ben_a.so_nguoi") == 1);
  BOOST_TEST(text(t, "ben_a.nguoi[0].ho_ten") == "Hoàng Thị Kim");
  BOOST_TEST(count(t, "di_san.nguoi_tu_choi") == 1u);
  BOOST_TEST(flag(t, "di_san.co_nguoi_tu_choi"));
  BOOST_TEST(count(t, "di_san.nguoi_thua_ke") == 2u);
  BOOST_TEST(count(t, "thue.dong") == 0u);
  BOOST_TEST(count(t, "thue.ghi_chu") == 1u);
  BOOST_TEST(text(t, "ten_van_ban_hoa") == "VĂN BẢN TỪ CHỐI NHẬN DI SẢN");
}

BOOST_AUTO_TEST_CASE(without_rule_data_the_sections_stay_empty) {
  auto t = tree(transferCase(), DocumentContext{});
  BOOST_TEST(count(t, "thue.dong") == 0u);
  BOOST_TEST(number(t, "le_phi.tong") == 0);
  BOOST_TEST(count(t, "giay_to_can_mang") == 0u);
  BOOST_TEST(text(t, "ho_so.thoi_han") == "");
}

BOOST_AUTO_TEST_SUITE_END()
