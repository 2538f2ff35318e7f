"""Inheritance documents (Civil Code 2015 arts. 609–662): division agreement, declaration, refusal. The deceased and
the death certificate, the heirs by rank with their relationship, the surviving spouse's half separated first, and
shares as fractions; each followed by its lời chứng."""

import clauses as c
import loi_chung
from decree30 import contract_head, data_table, fill, signature_rows, title
from ooxml import p, page_break

WE = "{#ben_a.nhieu_nguoi}chúng tôi{/ben_a.nhieu_nguoi}{^ben_a.nhieu_nguoi}tôi{/ben_a.nhieu_nguoi}"
WE_CAP = "{#ben_a.nhieu_nguoi}Chúng tôi{/ben_a.nhieu_nguoi}{^ben_a.nhieu_nguoi}Tôi{/ben_a.nhieu_nguoi}"
DECEASED = "{di_san.nguoi_de_lai.danh_xung_thuong} **{di_san.nguoi_de_lai.ho_ten}**"
RANK = "{#ten_hang}{ten_hang}{/ten_hang}{^ten_hang}{hang}{/ten_hang}"

BASIS = [
    p("//- Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;//", after=0),
    p("//- Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;//", after=0),
    p("//- Căn cứ Luật Hôn nhân và gia đình ngày 19 tháng 6 năm 2014;//"),
]


def _opening(doc_title, who):
    body = contract_head() + title(doc_title, "(Di sản là quyền sử dụng đất)") + BASIS
    body.append(p("Hôm nay, {ngay_lap|date_long}, tại {co_quan.trung_tam} ({co_quan.dia_chi}), " + who + ":"))
    body += c.loop("ben_a.nguoi", c.person_lines(with_relation="người để lại di sản"))
    return body


def _deceased(number):
    body = [p(f"Điều {number}. NGƯỜI ĐỂ LẠI DI SẢN", style="Dieu")]
    body += c.loop("di_san.nguoi_de_lai", [
        p("{danh_xung}: **{ho_ten_hoa}**, {#co_ngay_sinh}sinh ngày {ngay_sinh_vb}{/co_ngay_sinh}"
          "{^co_ngay_sinh}sinh năm {nam_sinh}{/co_ngay_sinh}; {giay_to.loai} số {giay_to.so}; nơi thường trú cuối cùng: "
          "{thuong_tru}.", after=0),
        p("Đã chết ngày {ngay_chet_vb} tại {noi_chet}, theo Trích lục khai tử (Giấy chứng tử) số {giay_chung_tu.so} do "
          "{giay_chung_tu.noi_cap} cấp ngày {giay_chung_tu.ngay_vb}."),
    ])
    body += c.loop("di_san.co_vo_chong_con_song", [
        p("Người để lại di sản có {di_san.vo_chong_con_song.quan_he} là {di_san.vo_chong_con_song.danh_xung_thuong} "
          "**{di_san.vo_chong_con_song.ho_ten}**, sinh năm {di_san.vo_chong_con_song.nam_sinh}, hiện còn sống.")])
    return body


def _estate(number):
    body = [p(f"Điều {number}. DI SẢN", style="Dieu"),
            p("Tài sản của người để lại di sản là quyền sử dụng đất{#co_tai_san} và tài sản gắn liền với đất{/co_tai_san} "
              "{#nhieu_thua}đối với các thửa đất{/nhieu_thua}{^nhieu_thua}đối với thửa đất{/nhieu_thua} sau:")]
    body += c.parcel_details()
    body += c.loop("di_san.tach_phan_tai_san_chung", [
        p("Quyền sử dụng đất nêu trên là tài sản chung của " + DECEASED + " và {di_san.vo_chong_con_song.danh_xung_thuong} "
          "**{di_san.vo_chong_con_song.ho_ten}**. Trước khi chia di sản, phần tài sản của "
          "{di_san.vo_chong_con_song.danh_xung_thuong} {di_san.vo_chong_con_song.ho_ten} trong khối tài sản chung, bằng "
          "**{di_san.phan_tai_san_chung}** quyền sử dụng đất, được tách ra (Điều 66 Luật Hôn nhân và gia đình 2014; "
          "Điều 213 Bộ luật Dân sự 2015). Di sản của người để lại di sản là **{di_san.phan_di_san}** quyền sử dụng "
          "đất nêu trên.")])
    body += c.unless("di_san.tach_phan_tai_san_chung", [
        p("Di sản của người để lại di sản là **{di_san.phan_di_san}** quyền sử dụng đất nêu trên.")])
    return body


def _heirs(number, with_shares=True):
    body = [p(f"Điều {number}. NGƯỜI THỪA KẾ", style="Dieu")]
    body += c.loop("di_san.theo_di_chuc", [p("Người để lại di sản có để lại di chúc: {di_san.di_chuc.mo_ta}. "
                                            "Những người thừa kế theo di chúc gồm:", keep_next=True)])
    body += c.unless("di_san.theo_di_chuc", [
        p("Người để lại di sản chết không để lại di chúc; di sản được chia theo pháp luật. Theo Điều 651 Bộ luật Dân "
          "sự 2015, những người thừa kế hàng {#di_san.ten_hang_thua_ke}{di_san.ten_hang_thua_ke}{/di_san.ten_hang_thua_ke}"
          "{^di_san.ten_hang_thua_ke}{di_san.hang_thua_ke}{/di_san.ten_hang_thua_ke} của người để lại di sản gồm:",
          keep_next=True)])
    header = ["STT", "Họ và tên", "Năm sinh", "Quan hệ với người để lại di sản", "Hàng thừa kế"]
    cells = [("{#di_san.nguoi_thua_ke}{stt}", "center"), ("{danh_xung} {ho_ten}", "left"), ("{nam_sinh}", "center"),
             ("{quan_he}", "left"), (RANK, "center")]
    widths = fill([640, 3000, 1100, 2554, 1000, 1100] if with_shares else [640, 3400, 1200, 2954, 1200], 3)
    if with_shares:
        header.append("Phần được hưởng")
        cells.append(("{phan}{/di_san.nguoi_thua_ke}", "center"))
    else:
        cells[-1] = (cells[-1][0] + "{/di_san.nguoi_thua_ke}", "center")
    body += data_table(header, cells, widths)
    body += c.loop("di_san.co_nguoi_tu_choi", [p("Người thừa kế đã từ chối nhận di sản (Điều 620 Bộ luật Dân sự 2015):",
                                                  before=6, after=0)]
                   + c.loop("di_san.nguoi_tu_choi", [p("- {danh_xung} {ho_ten}, {quan_he} của người để lại di sản, "
                                                       "người thừa kế hàng " + RANK + ";", after=0)]))
    return body


def _land_goes_to():
    return ([p("Quyền sử dụng đất là di sản nêu tại Điều 2 được đăng ký cho:", keep_next=True, after=0)]
            + c.loop("di_san.nguoi_nhan_dat", [p("- {danh_xung} **{ho_ten}**, phần quyền sử dụng: {phan};", after=0)])
            + [p("Người nhận quyền sử dụng đất có trách nhiệm đăng ký biến động đất đai và nộp thuế, phí, lệ phí "
                 "(nếu có) theo quy định.", before=4)])


def _commitments(number, refusing=False):
    items = ["Những thông tin về nhân thân, về người để lại di sản và về di sản ghi trong văn bản này là đúng sự thật;"]
    if refusing:
        items += ["Việc từ chối nhận di sản không nhằm trốn tránh việc thực hiện nghĩa vụ tài sản của " + WE
                  + " đối với người khác (khoản 1 Điều 620 Bộ luật Dân sự 2015);",
                  "Văn bản được lập trước thời điểm phân chia di sản; " + WE + " đã được giải thích và hiểu rõ rằng sau "
                  "khi từ chối, " + WE + " không còn quyền yêu cầu chia phần di sản đã từ chối;"]
    else:
        items += ["Ngoài những người thừa kế nêu tại Điều 3, người để lại di sản không còn người thừa kế nào khác; nếu có "
                  "người thừa kế khác, " + WE + " xin hoàn toàn chịu trách nhiệm trước pháp luật;",
                  "Di sản không có tranh chấp, không bị kê biên để bảo đảm thi hành án, chưa được dùng để thế chấp, góp "
                  "vốn hoặc bảo đảm nghĩa vụ khác;"]
    items.append("Việc lập văn bản này hoàn toàn tự nguyện, không bị lừa dối, ép buộc.")
    return [p(f"Điều {number}. CAM ĐOAN", style="Dieu"), p(WE_CAP + " cam đoan:", after=0)] + [
        p("- " + t, after=0) for t in items] + [p("", after=0)]


def _effect(number):
    return [p(f"Điều {number}. HIỆU LỰC VÀ SỐ BẢN", style="Dieu"),
            p("Văn bản này có hiệu lực kể từ ngày được chứng thực; được lập thành {hop_dong.so_ban_chinh} bản chính, "
              "mỗi người giữ {hop_dong.so_ban_moi_ben} bản, lưu tại {co_quan.ten_ubnd} {hop_dong.so_ban_luu} bản. "
              + WE_CAP + " đã tự đọc lại văn bản, hiểu rõ và đồng ý toàn bộ nội dung, cùng ký tên dưới đây.")]


def _sign(heading):
    return signature_rows(heading, "(Ký, điểm chỉ và ghi rõ họ tên)", "ben_a.nguoi")


def vb_phan_chia_di_san():
    body = _opening("VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN", "chúng tôi là những người thừa kế của " + DECEASED + ", gồm")
    body.append(p("Cùng thỏa thuận phân chia di sản như sau:", before=6))
    body += _deceased(1) + _estate(2) + _heirs(3)
    body += [p("Điều 4. NỘI DUNG THỎA THUẬN PHÂN CHIA DI SẢN", style="Dieu"),
             p("Chúng tôi thỏa thuận phân chia di sản nêu tại Điều 2 như sau:", after=0)]
    body += c.loop("di_san.nguoi_thua_ke", [p("- {danh_xung} **{ho_ten}** được hưởng {phan} di sản"
                                              "{#nhan_dat} và nhận quyền sử dụng đất{/nhan_dat};", after=0)])
    body += _land_goes_to()
    body += c.loop("hop_dong.thoa_thuan_khac", [p("Các thỏa thuận khác: {hop_dong.thoa_thuan_khac}")])
    body += _commitments(5) + _effect(6) + _sign("NHỮNG NGƯỜI THỪA KẾ")
    return body + [page_break()] + loi_chung.for_estate()


def vb_khai_nhan_di_san():
    body = _opening("VĂN BẢN KHAI NHẬN DI SẢN", WE + " là người thừa kế của " + DECEASED + "{#ben_a.nhieu_nguoi}, gồm"
                    "{/ben_a.nhieu_nguoi}")
    body.append(p(WE_CAP + " khai nhận di sản như sau:", before=6))
    body += _deceased(1) + _estate(2) + _heirs(3)
    body += [p("Điều 4. NỘI DUNG KHAI NHẬN DI SẢN", style="Dieu"),
             p(WE_CAP + " xin khai nhận toàn bộ di sản nêu tại Điều 2{#ben_a.nhieu_nguoi}, không phân chia, theo phần "
               "nêu tại Điều 3{/ben_a.nhieu_nguoi}.")]
    body += _land_goes_to()
    body += _commitments(5) + _effect(6) + _sign("NGƯỜI KHAI NHẬN DI SẢN")
    return body + [page_break()] + loi_chung.for_estate()


def vb_tu_choi_nhan_di_san():
    body = _opening("VĂN BẢN TỪ CHỐI NHẬN DI SẢN", WE + " là người thừa kế của " + DECEASED + "{#ben_a.nhieu_nguoi}, gồm"
                    "{/ben_a.nhieu_nguoi}")
    body += _deceased(1) + _estate(2)
    body += [p("Điều 3. NỘI DUNG TỪ CHỐI NHẬN DI SẢN", style="Dieu"),
             p("Bằng văn bản này, " + WE + " tự nguyện từ chối nhận toàn bộ phần di sản mà " + WE + " được hưởng từ di "
               "sản của " + DECEASED + " nêu tại Điều 2 (Điều 620 Bộ luật Dân sự 2015). Phần di sản bị từ chối được "
               "chia cho những người thừa kế khác theo quy định của pháp luật.")]
    body += _commitments(4, refusing=True) + _effect(5) + _sign("NGƯỜI TỪ CHỐI NHẬN DI SẢN")
    return body + [page_break()] + loi_chung.for_refusal()
