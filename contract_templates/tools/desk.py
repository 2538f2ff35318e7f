"""Desk documents around a case: receipt-and-appointment slip with the case's QR code (Mẫu 01, TT 03/2025/TT-VPCP),
request for more papers (Mẫu 02), transmittal slip to the registration and tax offices, the tax/fee estimate for the
citizen, and the list of papers to bring. The form number comes from the catalog through `mau_so`."""

from clauses import loop
from decree30 import (TEXT_W, agency_head, data_table, fill, form_number_corner, signature_cell, signature_table, title)
from ooxml import cell, p, row, table

PARENT = "{co_quan.ten_ubnd_hoa}"
CENTRE = "{co_quan.trung_tam_hoa}"
OFFICER = "{#ho_so.can_bo}{ho_so.can_bo}{/ho_so.can_bo}{^ho_so.can_bo}{nguoi_tiep_nhan.ho_ten}{/ho_so.can_bo}"
DOTS = "……"


def _line(text, after=2, before=None):
    return p(text, first_line=0, after=after, before=before)


def _applicant():
    return ([_line("{nguoi_nop.danh_xung}: **{nguoi_nop.ho_ten}**"), _line("Địa chỉ: {nguoi_nop.dia_chi}")]
            + loop("nguoi_nop.dien_thoai", [_line("Số điện thoại: {nguoi_nop.dien_thoai}")]))


def _desk_signatures(left_heading, left_name, right_heading, right_name):
    note = "(Ký và ghi rõ họ tên)"
    return signature_table(signature_cell(left_heading, note, fixed_name=left_name),
                           signature_cell(right_heading, note, fixed_name=right_name))


def giay_tiep_nhan():
    """Mẫu 01: receipt and appointment slip; the QR code carries the case code ({%ho_so.ma_qr|qr})."""
    body = form_number_corner() + agency_head(PARENT, CENTRE, "Mã hồ sơ: **{ho_so.ma}**")
    body += title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
    left_w = TEXT_W - 1900
    info = [_line("{co_quan.trung_tam} tiếp nhận hồ sơ của:")] + _applicant() + [
        _line("Nội dung yêu cầu giải quyết: **{ho_so.ten_loai}**"),
        _line("Hình thức nộp hồ sơ: {ho_so.kenh}")]
    qr = [p("{%ho_so.ma_qr|qr}", style="Ky"), p("Quét mã để tra cứu hồ sơ", style="Ky", italic=True, size=10)]
    body.append(table([row([cell(info, left_w, valign="top"), cell(qr, 1900, valign="top")])], [left_w, 1900], bordered=False))
    body.append(p("1. Thành phần hồ sơ nộp gồm:", first_line=0, before=6, keep_next=True, after=4))
    body += data_table(["STT", "Tên giấy tờ", "Hình thức", "Số lượng"],
                       [("{#giay_to_nop}{stt}", "center"), ("{ten}", "left"), ("{hinh_thuc}", "center"),
                        ("{so_luong}{/giay_to_nop}", "center")], fill([640, 5654, 1800, 1200], 1))
    body += [
        _line("2. Số lượng hồ sơ: {ho_so.so_bo} (bộ).", before=6),
        _line("3. Thời gian giải quyết hồ sơ theo quy định: {ho_so.thoi_han}."),
        _line("4. Thời gian nhận hồ sơ: {ho_so.gio_nhan}, ngày {ho_so.ngay_nhan_vb}."),
        _line("5. Thời gian trả kết quả giải quyết hồ sơ: **{#ho_so.ngay_hen_tra}{ho_so.gio_hen_tra}, ngày "
              "{ho_so.ngay_hen_tra_vb}{/ho_so.ngay_hen_tra}{^ho_so.ngay_hen_tra}" + DOTS + "{/ho_so.ngay_hen_tra}**."),
        _line("6. Nhận kết quả tại: {co_quan.trung_tam}, {co_quan.dia_chi}."),
        _line("Khi đến nhận kết quả, {nguoi_nop.danh_xung_thuong} mang theo Giấy này và giấy tờ tùy thân.", after=0),
    ]
    return body + _desk_signatures("NGƯỜI NỘP HỒ SƠ", "{nguoi_nop.ho_ten}", "NGƯỜI TIẾP NHẬN HỒ SƠ", OFFICER)


def phieu_yeu_cau_bo_sung():
    """Mẫu 02: what the citizen must add before the dossier is complete; the clock restarts on a complete dossier."""
    body = form_number_corner() + agency_head(PARENT, CENTRE, "Mã hồ sơ: **{ho_so.ma}**")
    body += title("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
    body += [_line("{co_quan.trung_tam} tiếp nhận hồ sơ của:")] + _applicant()
    body += [_line("Nội dung yêu cầu giải quyết: **{ho_so.ten_loai}**; nhận ngày {ho_so.ngay_nhan_vb}."),
             p("Sau khi xem xét thành phần hồ sơ, {co_quan.trung_tam} đề nghị {nguoi_nop.danh_xung_thuong} "
               "{nguoi_nop.ho_ten} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", before=6, keep_next=True)]
    body += loop("yeu_cau_bo_sung", [p("{stt}. {noi_dung}", after=2)])
    body += [
        p("Thời gian giải quyết được tính lại kể từ khi {co_quan.trung_tam} nhận đủ hồ sơ hợp lệ.", before=6),
        p("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, {nguoi_nop.danh_xung_thuong} liên hệ với " + OFFICER
          + " theo số điện thoại {co_quan.dien_thoai} để được hướng dẫn."),
    ]
    return body + _desk_signatures("NGƯỜI NỘP HỒ SƠ", "{nguoi_nop.ho_ten}", "NGƯỜI TIẾP NHẬN HỒ SƠ", OFFICER)


def phieu_ban_giao():
    """Transmittal of dossiers to the land registration office and the tax office: one row per dossier, then the
    papers enclosed. Without `ban_giao.ho_so` rows the case itself makes the single row."""
    number = ("Số: {#ban_giao.so}{ban_giao.so}{/ban_giao.so}{^ban_giao.so}" + DOTS + "{/ban_giao.so}/PBG")
    body = agency_head(PARENT, CENTRE, number) + title("PHIẾU BÀN GIAO HỒ SƠ")
    body.append(p("Hôm nay, {ngay_lap|date_long}, {co_quan.ten_ubnd} bàn giao hồ sơ đề nghị đăng ký biến động đất "
                  "đai cho:", keep_next=True, after=2))
    body += loop("ban_giao.noi_nhan", [p("- **{ten}**;", after=0)])
    body.append(p("Danh sách hồ sơ:", first_line=0, before=6, keep_next=True, after=4))
    widths = fill([640, 1750, 1700, 1700, 1900, 640, 1025], 6)
    header = ["STT", "Mã hồ sơ", "Thủ tục", "Người yêu cầu", "Thửa đất", "Số giấy tờ", "Ghi chú"]
    rows = data_table(header, [("{#ban_giao.ho_so}{stt}", "center"), ("{ma}", "left"), ("{ten_loai}", "left"),
                               ("{nguoi_yeu_cau}", "left"), ("{thua_dat}", "left"), ("{so_giay_to}", "center"),
                               ("{ghi_chu}{/ban_giao.ho_so}", "left")], widths)
    fallback = row([cell([p(t, style="Bang", align=a)], w) for (t, a), w in zip([
        ("{^ban_giao.ho_so}1", "center"), ("{ho_so.ma}", "left"), ("{ho_so.ten_loai}", "left"),
        ("{ben_a.ho_ten_cac_nguoi}", "left"), ("{#thua_dat}Thửa {so_thua}, tờ bản đồ {to_ban_do}; {/thua_dat}", "left"),
        ("{so_giay_to_nop}", "center"), ("{/ban_giao.ho_so}", "left")], widths)])
    body.append(rows[0].replace("</w:tbl>", fallback + "</w:tbl>"))
    body.append(p("Giấy tờ kèm theo hồ sơ:", first_line=0, before=8, keep_next=True, after=4))
    body += data_table(["STT", "Tên giấy tờ", "Hình thức", "Số lượng"],
                       [("{#ban_giao.giay_to}{stt}", "center"), ("{ten}", "left"), ("{hinh_thuc}", "center"),
                        ("{so_luong}{/ban_giao.giay_to}", "center")], fill([640, 5654, 1800, 1200], 1))
    body.append(p("Phiếu được lập thành 02 bản, mỗi bên giữ 01 bản.", before=6))
    return body + _desk_signatures("BÊN GIAO", OFFICER, "BÊN NHẬN", "")


def bang_uoc_tinh_thue():
    """Tax, fee and charge estimate for the citizen; the rows and their legal basis come from app/core/rules."""
    body = agency_head(PARENT, CENTRE, "Mã hồ sơ: **{ho_so.ma}**")
    body += [p("BẢNG ƯỚC TÍNH THUẾ, PHÍ VÀ LỆ PHÍ", style="TieuDe", before=12), p("({ho_so.ten_loai})", style="TrichYeu",
                                                                                 after=6)]
    body += [_line("{ben_a.ten_ben_thuong}: **{ben_a.ho_ten_cac_nguoi}**")]
    body += loop("ben_b.so_nguoi", [_line("{ben_b.ten_ben_thuong}: **{ben_b.ho_ten_cac_nguoi}**")])
    body += loop("thua_dat", [_line("Thửa đất số {so_thua}, tờ bản đồ số {to_ban_do}, {dia_chi}; diện tích "
                                    "{dien_tich|decimal} m²{#chuyen_mot_phan}, chuyển nhượng {dien_tich_chuyen|decimal} "
                                    "m²{/chuyen_mot_phan}.")])
    body += loop("co_gia", [_line("Giá (giá trị) ghi trong hồ sơ: **{tong_gia|money} đồng**.")])
    body.append(p("I. THUẾ VÀ LỆ PHÍ KHI ĐĂNG KÝ BIẾN ĐỘNG (theo thông báo của cơ quan thuế)", style="Muc", before=4,
                  after=4))
    widths = fill([640, 2250, 1600, 1450, 1000, 2415], 5)
    body += data_table(["STT", "Khoản", "Căn cứ tính (đồng)", "Số tiền (đồng)", "Người nộp", "Căn cứ pháp lý"],
                       [("{#thue.dong}{stt}", "center"), ("{ten}", "left"), ("{co_so|money}", "right"),
                        ("{so_tien|money}", "right"), ("{nguoi_nop}", "center"), ("{can_cu}{/thue.dong}", "left")],
                       widths, [("Cộng", "center", 3), ("{thue.tong|money}", "right", 1), ("", "left", 2)])
    body.append(p("II. LỆ PHÍ CHỨNG THỰC (nộp tại {co_quan.ten_ubnd})", style="Muc", before=8, after=4))
    widths2 = fill([640, 3800, 1500, 3494], 3)
    body += data_table(["STT", "Khoản", "Số tiền (đồng)", "Căn cứ pháp lý"],
                       [("{#le_phi.dong}{stt}", "center"), ("{ten}", "left"), ("{so_tien|money}", "right"),
                        ("{can_cu}{/le_phi.dong}", "left")],
                       widths2, [("Cộng", "center", 2), ("{le_phi.tong|money}", "right", 1), ("", "left", 1)])
    body += [p("Tổng cộng ước tính: **{tong_thue_phi|money} đồng** (Bằng chữ: //{tong_thue_phi|money_words}//).",
               before=8, first_line=0),
             ]
    # The notes stand beside the signer, so a two-parcel estimate still fits on one page.
    notes = ([p("Ghi chú:", style="Bang", bold=True)]
             + loop("thue.ghi_chu", [p("- {noi_dung}", style="Bang", align="both")])
             + [p("- Đây là số tiền ước tính để {nguoi_nop.danh_xung_thuong} chuẩn bị; số phải nộp là số ghi trong "
                  "Thông báo nộp thuế của cơ quan thuế và biên lai thu phí, lệ phí.", style="Bang", align="both")])
    signer = signature_cell("NGƯỜI LẬP BẢNG", "(Ký và ghi rõ họ tên)", fixed_name=OFFICER, name_before=40)
    widths = [TEXT_W * 3 // 5, TEXT_W - TEXT_W * 3 // 5]
    body.append(table([row([cell(notes, widths[0], valign="top"), cell(signer, widths[1], valign="top")])], widths,
                      bordered=False))
    return body


def danh_muc_giay_to():
    """The papers to bring, per case kind (dated data in app/core/documents), ticked when already received."""
    body = agency_head(PARENT, CENTRE, "Mã hồ sơ: **{ho_so.ma}**")
    body += title("DANH MỤC GIẤY TỜ CẦN MANG THEO", "(Thủ tục: {ho_so.ten_loai})")
    body.append(p("Kính gửi: {nguoi_nop.danh_xung} **{nguoi_nop.ho_ten}**.", first_line=0))
    body.append(p("Để thực hiện thủ tục nêu trên, đề nghị {nguoi_nop.danh_xung_thuong} mang theo các giấy tờ sau khi "
                  "đến {co_quan.trung_tam} ({co_quan.dia_chi}):", keep_next=True))
    body += data_table(["STT", "Tên giấy tờ", "Hình thức", "Số lượng", "Ghi chú", "Đã nộp"],
                       [("{#giay_to_can_mang}{stt}", "center"), ("{ten}", "left"), ("{hinh_thuc}", "center"),
                        ("{so_luong}", "center"), ("{ghi_chu}", "left"),
                        ("{#da_nop}✓{/da_nop}{/giay_to_can_mang}", "center")], fill([640, 3900, 1300, 900, 1894, 800], 4))
    body += [p("Lưu ý:", bold=True, first_line=0, before=8, after=0, keep_next=True),
             p("- Mang theo bản chính giấy tờ tùy thân và bản chính Giấy chứng nhận để đối chiếu.", after=0),
             p("- Giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư hoặc trên tài khoản định danh điện tử (VNeID) "
               "thì không phải nộp bản giấy.", after=0),
             p("- Các bên ký hợp đồng, văn bản phải có mặt để ký trước người tiếp nhận hồ sơ; vợ và chồng cùng có mặt "
               "khi định đoạt tài sản chung.", after=0),
             p("- Liên hệ: " + OFFICER + ", điện thoại {co_quan.dien_thoai}.", after=0)]
    return body + signature_table([], signature_cell("NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", fixed_name=OFFICER))

