"""The land-right contracts (Civil Code 2015 arts. 500–503, 457–462; Land Law 2024 art. 27): whole-parcel transfer,
transfer of part of a parcel, and gift — each followed by its lời chứng on a page of its own."""

import clauses as c
import loi_chung
from decree30 import contract_head, title
from ooxml import p, page_break

BASIS = [
    p("//- Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;//", after=0),
    p("//- Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 và các văn bản hướng dẫn thi hành;//", after=0),
    p("//- Căn cứ Luật Hôn nhân và gia đình ngày 19 tháng 6 năm 2014;//"),
]

OPENING = p("Hôm nay, {ngay_lap|date_long}, tại {co_quan.trung_tam} ({co_quan.dia_chi}), chúng tôi gồm có:")

WITH_ASSETS = "{#co_tai_san} và tài sản gắn liền với đất{/co_tai_san}"
TITLE_ASSETS = "{#co_tai_san} VÀ TÀI SẢN GẮN LIỀN VỚI ĐẤT{/co_tai_san}"

A_COMMITS = [
    "Những thông tin về nhân thân và về thửa đất ghi trong Hợp đồng này là đúng sự thật;",
    "Thửa đất thuộc quyền sử dụng hợp pháp của Bên A, không có tranh chấp; quyền sử dụng đất không bị kê biên để bảo "
    "đảm thi hành án; thửa đất còn trong thời hạn sử dụng (Điều 45 Luật Đất đai 2024);",
    "Tại thời điểm giao kết, quyền sử dụng đất chưa được thế chấp, góp vốn, chuyển nhượng, tặng cho hoặc dùng để bảo "
    "đảm thực hiện nghĩa vụ khác;",
]
B_COMMITS = [
    "Những thông tin về nhân thân ghi trong Hợp đồng này là đúng sự thật;",
    "Đã xem xét kỹ, biết rõ về thửa đất nêu tại Điều 1 và các giấy tờ về quyền sử dụng đất;",
    "Thuộc trường hợp được nhận quyền sử dụng đất theo quy định của Luật Đất đai 2024;",
]


def _head_and_parties(title_text, relation=None):
    body = contract_head() + title(title_text) + BASIS + [OPENING]
    body += c.side("ben_a", "Bên A")
    body += c.side("ben_b", "Bên B", with_relation=relation)
    body.append(p("Hai bên đồng ý giao kết Hợp đồng này với các điều khoản sau đây:", before=6))
    return body


def _rights(number, a_rights, b_rights):
    out = [p(f"Điều {number}. QUYỀN VÀ NGHĨA VỤ CỦA BÊN A", style="Dieu")]
    out += [p(f"{i}. {t}", after=2) for i, t in enumerate(a_rights, 1)]
    out += [p(f"Điều {number + 1}. QUYỀN VÀ NGHĨA VỤ CỦA BÊN B", style="Dieu")]
    out += [p(f"{i}. {t}", after=2) for i, t in enumerate(b_rights, 1)]
    return out


def _signatures_and_statement():
    return c.contract_signatures() + [page_break()] + loi_chung.for_contract()


def _transfer(part):
    kind = "MỘT PHẦN THỬA ĐẤT" if part else ""
    body = _head_and_parties("HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT" + TITLE_ASSETS
                             + (" (" + kind + ")" if part else ""))
    what = "một phần " if part else "toàn bộ "
    body += [p("Điều 1. ĐỐI TƯỢNG CỦA HỢP ĐỒNG", style="Dieu"),
             p(f"Bên A đồng ý chuyển nhượng cho Bên B {what}quyền sử dụng đất{WITH_ASSETS} "
               "{#nhieu_thua}đối với các thửa đất{/nhieu_thua}{^nhieu_thua}đối với thửa đất{/nhieu_thua} sau:")]
    body += c.parcel_summary_table("Giá") + c.parcel_details(part=part)
    if part:
        body.append(p("Việc tách thửa phải bảo đảm diện tích tối thiểu theo quy định của Ủy ban nhân dân tỉnh {co_quan.tinh} "
                      "(Điều 220 Luật Đất đai 2024)."))
    body += c.price_article(2, "quyền sử dụng đất" + WITH_ASSETS)
    body += c.delivery_article(3, part=part)
    body += c.tax_article(4)
    body += _rights(5, [
        "Giao đất đủ diện tích, đúng loại đất, vị trí, số hiệu và tình trạng đất như đã thỏa thuận; giao bản chính "
        "Giấy chứng nhận cho Bên B theo Điều 3;",
        "Được nhận đủ tiền chuyển nhượng theo đúng thời hạn và phương thức đã thỏa thuận tại Điều 2;",
        "Phối hợp với Bên B thực hiện thủ tục đăng ký biến động đất đai" + (" và tách thửa" if part else "") + ";",
        "Nộp thuế, phí, lệ phí thuộc nghĩa vụ của mình theo Điều 4.",
    ], [
        "Trả đủ tiền chuyển nhượng theo đúng thời hạn và phương thức đã thỏa thuận tại Điều 2;",
        "Yêu cầu Bên A giao đất và giấy tờ theo Điều 3; được cấp Giấy chứng nhận sau khi đăng ký biến động;",
        "Sử dụng đất đúng mục đích, đúng thời hạn, bảo đảm quyền của người sử dụng đất liền kề;",
        "Nộp thuế, phí, lệ phí thuộc nghĩa vụ của mình theo Điều 4.",
    ])
    body += c.commitments_article(7, A_COMMITS, B_COMMITS)
    body += c.final_articles(8)
    return body + _signatures_and_statement()


def hd_chuyen_nhuong():
    """Transfer of whole parcels, with or without assets on the land ({#co_tai_san})."""
    return _transfer(part=False)


def hd_chuyen_nhuong_mot_phan():
    """Transfer of part of a parcel: the part's area and position per the subdivision drawing, the rest stays with A."""
    return _transfer(part=True)


def hd_tang_cho():
    """Gift: the donee's relationship to the donor is stated (it decides the tax exemption); a value for reference
    only; an optional condition (Civil Code art. 462)."""
    body = _head_and_parties("HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT" + TITLE_ASSETS,
                             relation="Bên A")
    body += [p("Điều 1. ĐỐI TƯỢNG CỦA HỢP ĐỒNG", style="Dieu"),
             p(f"Bên A đồng ý tặng cho Bên B toàn bộ quyền sử dụng đất{WITH_ASSETS} "
               "{#nhieu_thua}đối với các thửa đất{/nhieu_thua}{^nhieu_thua}đối với thửa đất{/nhieu_thua} sau:")]
    body += c.parcel_summary_table("Giá trị") + c.parcel_details()
    body += [p("Điều 2. GIÁ TRỊ TÀI SẢN TẶNG CHO VÀ ĐIỀU KIỆN TẶNG CHO", style="Dieu")]
    body += c.loop("co_gia", [p("1. Giá trị quyền sử dụng đất tặng cho do các bên tự xác định để tham khảo là "
                                "**{tong_gia|money} đồng** (Bằng chữ: //{tong_gia|money_words}//). Việc tặng cho không "
                                "kèm theo việc thanh toán.")])
    body += c.unless("co_gia", [p("1. Việc tặng cho không kèm theo việc thanh toán; các bên không xác định giá trị tài "
                                  "sản tặng cho trong Hợp đồng này.")])
    body += c.loop("hop_dong.co_dieu_kien_tang_cho", [
        p("2. Điều kiện tặng cho: {hop_dong.dieu_kien_tang_cho}. Bên B phải thực hiện điều kiện này; nếu Bên B không "
          "thực hiện, Bên A có quyền đòi lại tài sản và yêu cầu bồi thường thiệt hại (Điều 462 Bộ luật Dân sự 2015).")])
    body += c.unless("hop_dong.co_dieu_kien_tang_cho", [p("2. Việc tặng cho không kèm theo điều kiện.")])
    body += c.delivery_article(3)
    body += c.tax_article(4, conditional=True)
    body.append(p("Trường hợp Bên A và Bên B có quan hệ thuộc diện được miễn thuế thu nhập cá nhân và lệ phí trước bạ "
                  "(vợ với chồng; cha, mẹ với con đẻ, con nuôi; cha, mẹ chồng, cha, mẹ vợ với con dâu, con rể; ông, bà "
                  "với cháu; anh, chị, em ruột với nhau), các bên kê khai để được miễn theo quy định."))
    body += _rights(5, [
        "Giao đất và bản chính Giấy chứng nhận cho Bên B theo Điều 3;",
        "Phối hợp với Bên B thực hiện thủ tục đăng ký biến động đất đai;",
        "Yêu cầu Bên B thực hiện điều kiện tặng cho (nếu có) theo Điều 2.",
    ], [
        "Nhận đất và giấy tờ theo Điều 3; được cấp Giấy chứng nhận sau khi đăng ký biến động;",
        "Thực hiện điều kiện tặng cho (nếu có) theo Điều 2;",
        "Sử dụng đất đúng mục đích, đúng thời hạn; nộp thuế, phí, lệ phí thuộc nghĩa vụ của mình (nếu có).",
    ])
    body += c.commitments_article(7, A_COMMITS, B_COMMITS)
    body += c.final_articles(8)
    return body + _signatures_and_statement()
