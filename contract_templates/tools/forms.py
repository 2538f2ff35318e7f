"""Land registration forms filed after authentication (Land Law 2024; ND 101/2024 as amended by ND 151/2025):
the change-registration application prefilled for the recipient (Mẫu số 18) and the subdivision application
(Mẫu 21). Form numbers are catalog data (`mau_so`): provinces publish their own numbering, see legal-facts §5.
Check the wording against the form the province publishes before relying on it."""

from clauses import loop, unless
from decree30 import TEXT_W, date_line, form_number_corner, motto, title
from ooxml import cell, p, row, table

TO_OFFICE = ("Kính gửi: **{#co_quan.van_phong_dang_ky}{co_quan.van_phong_dang_ky}{/co_quan.van_phong_dang_ky}"
             "{^co_quan.van_phong_dang_ky}Văn phòng đăng ký đất đai tỉnh {co_quan.tinh}{/co_quan.van_phong_dang_ky}**")

CHECKBOX = "☐"


def _person_line():
    return [p("- {danh_xung}: **{ho_ten_hoa}**, năm sinh {nam_sinh}; {giay_to.loai} số {giay_to.so}, cấp ngày "
              "{giay_to.ngay_cap_vb}; địa chỉ thường trú: {thuong_tru}{#dien_thoai}; điện thoại: {dien_thoai}{/dien_thoai}"
              "{#phan}; phần quyền: {phan}{/phan}.", after=2)]


def _recipients(paragraphs):
    """Who receives the right: the heirs taking the land for inheritance kinds, otherwise Bên B."""
    return loop("la_thua_ke", loop("di_san.nguoi_nhan_dat", paragraphs)) + unless("la_thua_ke", loop("ben_b.nguoi", paragraphs))


def _head(doc_title):
    return (form_number_corner() + motto() + [p("", style="Ky", after=0)] + title(doc_title)
            + [p(TO_OFFICE, align="center", first_line=0, after=8)])


def _applicant_signature(loop_for):
    """Place-and-date, then "NGƯỜI VIẾT ĐƠN" with room above each applicant's name, on the right half."""
    left_w = TEXT_W * 2 // 5
    name = [p("{ho_ten}", style="Ky", bold=True, before=50, after=6)]
    right = [date_line("center", size=13), p("NGƯỜI VIẾT ĐƠN", style="Ky", bold=True),
             p("(Ký, ghi rõ họ tên)", style="Ky", italic=True)] + loop_for(name)
    return [p("", style="Ky", before=6),
            table([row([cell([], left_w), cell(right, TEXT_W - left_w)])], [left_w, TEXT_W - left_w], bordered=False)]


def _box(heading, lines=6):
    """A ruled box the registration office fills in by hand."""
    paras = [p(heading, style="Bang", bold=True, align="center")]
    paras += [p("", style="Bang", before=9) for _ in range(lines)]
    return [table([row([cell(paras, TEXT_W)], cant_split=True)], [TEXT_W])]


def don_dang_ky_bien_dong():
    body = _head("ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI, TÀI SẢN GẮN LIỀN VỚI ĐẤT")
    body += [p("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ", style="Muc"),
             p("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất (người nhận quyền):", keep_next=True, after=2)]
    body += _recipients(_person_line())
    body.append(p("2. Giấy chứng nhận đã cấp:", keep_next=True, after=2))
    body += loop("thua_dat", [p("- Số phát hành: {gcn.so_phat_hanh}; số vào sổ cấp Giấy chứng nhận: {gcn.so_vao_so}; "
                                "ngày cấp: {gcn.ngay_cap_vb}; cơ quan cấp: {gcn.co_quan_cap}.", after=2)])
    body.append(p("3. Thửa đất có biến động:", keep_next=True, after=2))
    body += loop("thua_dat", [p("- Thửa đất số {so_thua}, tờ bản đồ số {to_ban_do}; địa chỉ: {dia_chi}; diện tích "
                                "{dien_tich|decimal} m²{#chuyen_mot_phan}, diện tích biến động {dien_tich_chuyen|decimal} m²"
                                "{/chuyen_mot_phan}; mục đích sử dụng: {muc_dich_vb}; thời hạn sử dụng: {thoi_han}"
                                "{#co_tai_san}; tài sản gắn liền với đất: {tai_san}{/co_tai_san}.", after=2)])
    body.append(p("4. Nội dung biến động:", keep_next=True, after=2))
    body += loop("la_thua_ke", [p("- Trước biến động: người sử dụng đất là {di_san.nguoi_de_lai.danh_xung_thuong} "
                                  "{di_san.nguoi_de_lai.ho_ten} (đã chết ngày {di_san.nguoi_de_lai.ngay_chet_vb});", after=2)])
    body += unless("la_thua_ke", [p("- Trước biến động: người sử dụng đất là {ben_a.ho_ten_cac_nguoi};", after=2)])
    body.append(p("- Sau biến động: người sử dụng đất là người nêu tại mục 1.", after=2))
    body.append(p("5. Lý do biến động: {ho_so.ten_loai} theo {ten_van_ban}{#chung_thuc.co_so} được {co_quan.ten_ubnd} "
                  "chứng thực ngày {chung_thuc.ngay_vb} ({chung_thuc.so_chung_thuc_text}){/chung_thuc.co_so}.", after=2))
    body.append(p("6. Tình hình thực hiện nghĩa vụ tài chính về đất đai: nộp theo thông báo của cơ quan thuế.", after=2))
    body.append(p("7. Giấy tờ nộp kèm theo đơn:", keep_next=True, after=2))
    body += loop("ban_giao.giay_to", [p("- {ten} ({hinh_thuc}, số lượng: {so_luong});", after=0)])
    body += [p("8. Đề nghị: " + CHECKBOX + " cấp mới Giấy chứng nhận;  " + CHECKBOX + " xác nhận biến động vào Giấy "
               "chứng nhận đã cấp.", before=4, after=2),
             p("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật; nếu sai, tôi hoàn toàn chịu trách nhiệm trước "
               "pháp luật.", before=4)]
    body += _applicant_signature(_recipients)
    body += [p("II. XÁC NHẬN CỦA CƠ QUAN ĐĂNG KÝ ĐẤT ĐAI", style="Muc", page_break_before=False)]
    body += _box("(Kết quả kiểm tra hồ sơ, ghi ngày tháng năm, ký tên, đóng dấu)")
    return body


def don_tach_hop_thua():
    body = _head("ĐƠN ĐỀ NGHỊ TÁCH THỬA ĐẤT, HỢP THỬA ĐẤT")
    body.append(p("1. Người sử dụng đất:", keep_next=True, after=2))
    body += loop("ben_a.nguoi", _person_line())
    body.append(p("2. Đề nghị tách thửa đất như sau:", keep_next=True, after=2))
    body += loop("thua_dat", loop("chuyen_mot_phan", [
        p("- Thửa đất số {so_thua}, tờ bản đồ số {to_ban_do}; địa chỉ: {dia_chi}; diện tích {dien_tich|decimal} m²; "
          "Giấy chứng nhận số phát hành {gcn.so_phat_hanh}, số vào sổ {gcn.so_vao_so}, cấp ngày {gcn.ngay_cap_vb};", after=2),
        p("- Tách thành 02 thửa:", after=0),
        p("  + Thửa thứ nhất: diện tích **{dien_tich_chuyen|decimal} m²**, để chuyển nhượng cho {ben_b.ho_ten_cac_nguoi};",
          after=0),
        p("  + Thửa thứ hai: diện tích **{dien_tich_con_lai|decimal} m²**, người sử dụng đất tiếp tục sử dụng;", after=0),
        p("- Vị trí, kích thước các thửa theo {ban_ve}.", after=2),
    ]))
    body += [p("3. Lý do tách thửa: chuyển nhượng một phần thửa đất theo {ten_van_ban}.", after=2),
             p("4. Giấy tờ nộp kèm theo đơn:", keep_next=True, after=0),
             p("- Bản gốc Giấy chứng nhận đã cấp;", after=0),
             p("- Bản vẽ tách thửa đất, hợp thửa đất;", after=0),
             p("- {ten_van_ban}{#chung_thuc.co_so} đã được chứng thực{/chung_thuc.co_so}.", after=2),
             p("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, thửa đất không có tranh chấp; nếu sai, tôi hoàn "
               "toàn chịu trách nhiệm trước pháp luật.", before=4)]
    body += _applicant_signature(lambda name: loop("ben_a.nguoi", name))
    return body
