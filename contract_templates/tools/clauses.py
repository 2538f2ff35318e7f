"""Blocks shared by the contracts and inheritance documents: a side's persons, the parcels, price and payment, the
tax clause, commitments, disputes, effect and copies. Tags follow docs/template-data.md exactly."""

from decree30 import data_table, fill, signature_cell, signature_table
from ooxml import p


def loop(name, paragraphs):
    """Paragraphs repeated for each item of `name` (the {#…} and {/…} stand alone in their own paragraphs)."""
    return [p("{#" + name + "}")] + paragraphs + [p("{/" + name + "}")]


def unless(name, paragraphs):
    """Paragraphs shown only when `name` is false, empty or absent."""
    return [p("{^" + name + "}")] + paragraphs + [p("{/" + name + "}")]


def person_lines(with_relation=None):
    """The lines of one person, read inside a loop over persons (Person keys)."""
    lines = [
        p("{loi_dan}: **{ho_ten_hoa}**, {#co_ngay_sinh}sinh ngày {ngay_sinh_vb}{/co_ngay_sinh}"
          "{^co_ngay_sinh}sinh năm {nam_sinh}{/co_ngay_sinh};", after=0),
        p("{giay_to.loai} số {giay_to.so} do {giay_to.noi_cap} cấp ngày {giay_to.ngay_cap_vb};", after=0),
        p("Nơi thường trú: {thuong_tru}.", after=0 if with_relation else 4),
    ]
    if with_relation:
        lines += loop("quan_he", [p("Quan hệ với " + with_relation + ": {quan_he}.", after=4)])
    return lines


def side(side_key, label, with_relation=None):
    """ "BÊN CHUYỂN NHƯỢNG (sau đây gọi là Bên A):" and every person of the side; a spouse's line opens with
    "Và vợ là bà" (`loi_dan`), which is how the couple reads as one side."""
    return ([p("**{" + side_key + ".ten_ben}** (sau đây gọi là " + label + "):", first_line=0, before=6, keep_next=True)]
            + loop(side_key + ".nguoi", person_lines(with_relation)))


def parcel_summary_table(value_word):
    """For several parcels: one row per parcel (a row loop), before the detailed description of each."""
    widths = fill([640, 1050, 1050, 3294, 1500, 1900], 3)
    return ([p("{#nhieu_thua}"), p("Các thửa đất nêu tại Điều này gồm {so_thua} thửa:", after=4)]
            + data_table(["STT", "Thửa đất số", "Tờ bản đồ số", "Địa chỉ", "Diện tích (m²)", value_word + " (đồng)"],
                         [("{#thua_dat}{stt}", "center"), ("{so_thua}", "center"), ("{to_ban_do}", "center"),
                          ("{dia_chi}", "left"), ("{dien_tich|decimal}", "right"), ("{gia|money}{/thua_dat}", "right")],
                         widths,
                         [("Tổng cộng", "center", 4), ("{tong_dien_tich|decimal}", "right", 1), ("{tong_gia|money}", "right", 1)])
            + [p("{/nhieu_thua}")])


def parcel_details(part=False):
    """Each parcel as the certificate describes it (read inside {#thua_dat}); `part` adds the transferred part."""
    lines = [
        p("**{#nhieu_thua}{stt}. {/nhieu_thua}Thửa đất số {so_thua}, tờ bản đồ số {to_ban_do}**", keep_next=True, after=0),
        p("- Địa chỉ thửa đất: {dia_chi};", after=0),
        p("- Diện tích: {dien_tich|decimal} m² (bằng chữ: {dien_tich|area_words});", after=0),
        p("- Hình thức sử dụng: {hinh_thuc};", after=0),
    ]
    lines += loop("dong_su_dung", [p("  Thửa đất thuộc quyền sử dụng chung của:", after=0)]
                  + loop("chu_su_dung", [p("  + {danh_xung} {ho_ten}{#phan}, phần quyền {phan}{/phan};", after=0)]))
    lines += [p("- Mục đích sử dụng:", after=0)]
    lines += loop("muc_dich", [p("  + {ten} ({ma}): {dien_tich|decimal} m²;", after=0)])
    lines += [
        p("- Thời hạn sử dụng: {thoi_han};", after=0),
        p("- Nguồn gốc sử dụng: {nguon_goc};", after=0),
        p("- Tài sản gắn liền với đất: {#co_tai_san}{tai_san}{/co_tai_san}{^co_tai_san}không có{/co_tai_san};", after=0),
        p("- Giấy chứng nhận quyền sử dụng đất số phát hành {gcn.so_phat_hanh}, số vào sổ cấp Giấy chứng nhận "
          "{gcn.so_vao_so}, do {gcn.co_quan_cap} cấp ngày {gcn.ngay_cap_vb}.", after=4 if not part else 0),
    ]
    if part:
        lines += loop("chuyen_mot_phan", [
            p("- **Phần diện tích chuyển nhượng: {dien_tich_chuyen|decimal} m²** (bằng chữ: {dien_tich_chuyen|area_words}); "
              "vị trí, kích thước, ranh giới theo {ban_ve}, kèm theo và là bộ phận không tách rời của Hợp đồng này;", after=0),
            p("- Phần diện tích còn lại: {dien_tich_con_lai|decimal} m² (bằng chữ: {dien_tich_con_lai|area_words}) "
              "tiếp tục thuộc quyền sử dụng của Bên A.", after=4),
        ])
    return loop("thua_dat", lines)


def price_article(number, what, value_word="Giá chuyển nhượng"):
    """Price in figures and words, split per parcel when there are several, then payment method and dates."""
    out = [p(f"Điều {number}. {value_word.upper()} VÀ PHƯƠNG THỨC THANH TOÁN", style="Dieu"),
           p(f"1. {value_word} {what} nêu tại Điều 1 Hợp đồng này là: **{{tong_gia|money}} đồng** "
             "(Bằng chữ: //{tong_gia|money_words}//)."),
           p("{#nhieu_thua}")]
    out += [p("Trong đó:", after=0, keep_next=True)]
    out += loop("thua_dat", [p("- Thửa đất số {so_thua}, tờ bản đồ số {to_ban_do}: {gia|money} đồng;", after=0)])
    out += [p("{/nhieu_thua}"),
            p("2. Phương thức thanh toán: {hop_dong.phuong_thuc_thanh_toan}."),
            p("{#hop_dong.co_dot_thanh_toan}"),
            p("3. Bên B thanh toán cho Bên A theo các đợt sau:", after=0)]
    out += loop("hop_dong.dot_thanh_toan", [p("- Đợt {stt}, ngày {ngay_vb}: {so_tien|money} đồng"
                                              "{#ghi_chu} ({ghi_chu}){/ghi_chu};", after=0)])
    out += [p("{/hop_dong.co_dot_thanh_toan}")]
    out += unless("hop_dong.co_dot_thanh_toan", [
        p("3. Thời hạn thanh toán: Bên B thanh toán đủ số tiền nêu tại khoản 1 Điều này "
          "{#hop_dong.thoi_han_thanh_toan}chậm nhất vào ngày {hop_dong.thoi_han_thanh_toan_vb}{/hop_dong.thoi_han_thanh_toan}"
          "{^hop_dong.thoi_han_thanh_toan}ngay khi Hợp đồng này được chứng thực{/hop_dong.thoi_han_thanh_toan}.")])
    out += [p("4. Việc thanh toán số tiền nêu trên do hai bên tự thực hiện và tự chịu trách nhiệm trước pháp luật.")]
    return out


def delivery_article(number, part=False):
    split = ("; Bên A có trách nhiệm phối hợp với Bên B làm thủ tục tách thửa đất theo bản vẽ tách thửa" if part else "")
    return [
        p(f"Điều {number}. VIỆC GIAO ĐẤT VÀ ĐĂNG KÝ BIẾN ĐỘNG", style="Dieu"),
        p("1. Bên A giao thửa đất nêu tại Điều 1 cùng bản chính Giấy chứng nhận và các giấy tờ có liên quan cho Bên B "
          "{#hop_dong.ngay_giao_dat}vào ngày {hop_dong.ngay_giao_dat_vb}{/hop_dong.ngay_giao_dat}"
          "{^hop_dong.ngay_giao_dat}ngay sau khi Hợp đồng này được chứng thực{/hop_dong.ngay_giao_dat}" + split + "."),
        p("2. Bên B có trách nhiệm nộp hồ sơ đăng ký biến động đất đai tại cơ quan có thẩm quyền trong thời hạn 30 ngày "
          "kể từ ngày Hợp đồng này được chứng thực (khoản 3 Điều 133 Luật Đất đai 2024). Việc chuyển quyền sử dụng đất "
          "có hiệu lực kể từ thời điểm đăng ký vào sổ địa chính."),
    ]


def tax_article(number, conditional=False):
    maybe = " (nếu có)" if conditional else ""
    return [
        p(f"Điều {number}. THUẾ, PHÍ VÀ LỆ PHÍ", style="Dieu"),
        p(f"1. Thuế thu nhập cá nhân{maybe} do **{{hop_dong.ben_nop_thue_tncn}}** nộp."),
        p(f"2. Lệ phí trước bạ{maybe} do **{{hop_dong.ben_nop_lptb}}** nộp."),
        p("3. Phí thẩm định hồ sơ, lệ phí cấp Giấy chứng nhận và các chi phí khác khi đăng ký biến động do "
          "**{#hop_dong.ben_nop_phi}{hop_dong.ben_nop_phi}{/hop_dong.ben_nop_phi}{^hop_dong.ben_nop_phi}Bên B{/hop_dong.ben_nop_phi}** nộp."),
        p("4. Trường hợp thuộc diện được miễn thuế, lệ phí theo quy định của pháp luật, bên có nghĩa vụ nộp lập hồ sơ "
          "đề nghị miễn với cơ quan thuế."),
    ]


def commitments_article(number, a_items, b_items):
    out = [p(f"Điều {number}. CAM ĐOAN CỦA CÁC BÊN", style="Dieu"),
           p("1. Bên A cam đoan:", keep_next=True, after=0)]
    out += [p("- " + item, after=0) for item in a_items]
    out += loop("ben_a.vo_chong", [p("- Thửa đất là tài sản chung của vợ chồng Bên A; cả hai vợ chồng cùng đồng ý và cùng "
                                     "ký tên vào Hợp đồng này (khoản 2 Điều 35 Luật Hôn nhân và gia đình 2014);", after=0)])
    out += loop("ben_a.nhieu_nguoi", unless("ben_a.vo_chong", [
        p("- Những người đứng tên Bên A đều đồng ý và cùng ký tên vào Hợp đồng này;", after=0)]))
    out += [p("- Việc giao kết Hợp đồng này hoàn toàn tự nguyện, không bị lừa dối, ép buộc.", after=4),
            p("2. Bên B cam đoan:", keep_next=True, after=0)]
    out += [p("- " + item, after=0) for item in b_items]
    out += [p("- Việc giao kết Hợp đồng này hoàn toàn tự nguyện, không bị lừa dối, ép buộc.")]
    return out


def final_articles(number, doc="Hợp đồng"):
    """Disputes, then effect, amendments and copies."""
    return [
        p(f"Điều {number}. GIẢI QUYẾT TRANH CHẤP", style="Dieu"),
        p(f"Trong quá trình thực hiện {doc} này, nếu phát sinh tranh chấp, các bên cùng nhau thương lượng giải quyết trên "
          "nguyên tắc tôn trọng quyền lợi của nhau; trường hợp không thương lượng được thì một trong các bên có quyền "
          "khởi kiện tại Tòa án có thẩm quyền theo quy định của pháp luật."),
        p(f"Điều {number + 1}. HIỆU LỰC VÀ SỐ BẢN", style="Dieu"),
        p(f"1. {doc} này có hiệu lực kể từ ngày được chứng thực. Việc sửa đổi, bổ sung, hủy bỏ {doc} chỉ được thực hiện "
          f"bằng văn bản, được chứng thực tại {{co_quan.ten_ubnd}}."),
        p(f"2. Các bên đã tự đọc lại {doc}, hiểu rõ và đồng ý toàn bộ nội dung, cùng ký tên dưới đây trước mặt người "
          "tiếp nhận hồ sơ."),
        p(f"3. {doc} được lập thành {{hop_dong.so_ban_chinh}} bản chính, mỗi bên giữ {{hop_dong.so_ban_moi_ben}} bản, "
          "lưu tại {co_quan.ten_ubnd} {hop_dong.so_ban_luu} bản; các bản có giá trị pháp lý như nhau.", keep_next=True,
          keep_lines=True),
    ] + loop("hop_dong.thoa_thuan_khac", [p("4. Các thỏa thuận khác: {hop_dong.thoa_thuan_khac}")])


def contract_signatures():
    note = "(Ký, điểm chỉ và ghi rõ họ tên)"
    return signature_table(signature_cell("{ben_a.ten_ben}", note, "ben_a.nguoi"),
                           signature_cell("{ben_b.ten_ben}", note, "ben_b.nguoi"))
