"""The lời chứng (authentication statement) in the one-stop-desk variant (TT 01/2020/TT-BTP art. 3; forms of
ND 23/2015 as replaced by the appendix of ND 280/2025 — wording to check against that appendix, legal-facts §1.3).

The parties signed before the receiving officer at the desk; the signer (Chủ tịch, or a deputy "KT. CHỦ TỊCH")
authenticates. Blank-safe: until the register number exists the number, sheets and pages print as dotted blanks.
"""

from clauses import loop, unless
from decree30 import signature_grid
from ooxml import p

DOTS = "……"


def _blank_or(key):
    return "{#" + key + "}{" + key + "}{/" + key + "}{^" + key + "}" + DOTS + "{/" + key + "}"


def _opening():
    return [
        p("LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC", style="TieuDe", after=12),
        p("Hôm nay, {chung_thuc.ngay|date_long} (bằng chữ: {chung_thuc.ngay|date_words}), tại {co_quan.trung_tam}, "
          "{co_quan.ten_ubnd}, tỉnh {co_quan.tinh}."),
        p("Tôi, **{nguoi_ky.ho_ten}**, {nguoi_ky.chuc_danh} {co_quan.ten_ubnd}, tỉnh {co_quan.tinh},"),
        p("CHỨNG THỰC:", bold=True, align="center", first_line=0, keep_next=True),
    ]


def _persons(loop_key, bold_name=True):
    name = "**{ho_ten}**" if bold_name else "{ho_ten}"
    return loop(loop_key, [p("{danh_xung} " + name + ", {giay_to.loai} số {giay_to.so};", left=10, first_line=0, after=0)])


def _copies(doc_word, each="mỗi bên"):
    return p(f"- {doc_word} được lập thành {{hop_dong.so_ban_chinh}} bản chính, mỗi bản chính gồm "
             f"{_blank_or('chung_thuc.so_to')} tờ, {_blank_or('chung_thuc.so_trang')} trang; giao cho {each} "
             f"{{hop_dong.so_ban_moi_ben}} bản chính; lưu tại {{co_quan.ten_ubnd}} {{hop_dong.so_ban_luu}} bản chính.")


def _register_number_and_signatures():
    out = loop("chung_thuc.co_so", [p("**{chung_thuc.so_chung_thuc_text}**", first_line=0, before=6)])
    out += unless("chung_thuc.co_so", [p("**Số chứng thực: " + DOTS + ", quyển số: " + DOTS + "**", first_line=0, before=6)])
    signer = (loop("nguoi_ky.co_ky_thay", [p("{nguoi_ky.ky_thay}", style="Ky", bold=True)])
              + [p("{nguoi_ky.chuc_danh_hoa}", style="Ky", bold=True)])
    return out + signature_grid([p("NGƯỜI TIẾP NHẬN HỒ SƠ", style="Ky", bold=True)], signer, "(Ký và ghi rõ họ tên)",
                                "(Ký, đóng dấu và ghi rõ họ tên)", "{nguoi_tiep_nhan.ho_ten}", "{nguoi_ky.ho_ten}")


def _received_before_officer(who):
    return p(f"- {who} đã ký/điểm chỉ vào văn bản trước mặt người tiếp nhận hồ sơ là {{nguoi_tiep_nhan.chuc_danh}} "
             "**{nguoi_tiep_nhan.ho_ten}** tại {co_quan.trung_tam};")


def for_contract():
    """Transfer (whole or part) and gift contracts: the sides from `cac_ben`, each with its persons."""
    body = _opening()
    body.append(p("- {ten_van_ban} được giao kết giữa:", keep_next=True, after=0))
    body += loop("cac_ben", [p("**{ky_hieu}** ({ten_ben_thuong}):", left=5, first_line=0, after=0)] + _persons("nguoi"))
    body += [
        p("- Các bên giao kết đã tự nguyện giao kết hợp đồng và cam đoan chịu trách nhiệm trước pháp luật về nội dung "
          "của hợp đồng;", before=4),
        p("- Tại thời điểm chứng thực, các bên giao kết hợp đồng minh mẫn, nhận thức và làm chủ được hành vi của mình;"),
        _received_before_officer("Các bên giao kết hợp đồng"),
        _copies("Hợp đồng này"),
    ]
    return body + _register_number_and_signatures()


def for_estate():
    """Division and declaration of an estate: the heirs who sign, the deceased, and the estate's owner of record."""
    body = _opening()
    body.append(p("- {ten_van_ban} được lập bởi {#ben_a.nhieu_nguoi}những người thừa kế{/ben_a.nhieu_nguoi}"
                  "{^ben_a.nhieu_nguoi}người thừa kế{/ben_a.nhieu_nguoi} có tên sau:", keep_next=True, after=0))
    body += _persons("ben_a.nguoi")
    body += [
        p("- Người để lại di sản là {di_san.nguoi_de_lai.danh_xung_thuong} **{di_san.nguoi_de_lai.ho_ten}**, chết ngày "
          "{di_san.nguoi_de_lai.ngay_chet_vb}; theo giấy tờ trong hồ sơ đề nghị chứng thực, người để lại di sản có quyền "
          "sử dụng đối với di sản là quyền sử dụng đất nêu trong văn bản;", before=4),
        p("- Những người thừa kế đã tự nguyện lập văn bản, cam đoan không bỏ sót người thừa kế và chịu trách nhiệm trước "
          "pháp luật về nội dung của văn bản;"),
        p("- Tại thời điểm chứng thực, những người thừa kế minh mẫn, nhận thức và làm chủ được hành vi của mình;"),
        _received_before_officer("Những người thừa kế"),
        _copies("Văn bản này", "mỗi người"),
    ]
    return body + _register_number_and_signatures()


def for_refusal():
    """Refusal of an estate (Civil Code art. 620): one person, or several refusing together."""
    body = _opening()
    body.append(p("- Văn bản từ chối nhận di sản được lập bởi:", keep_next=True, after=0))
    body += _persons("ben_a.nguoi")
    body += [
        p("- Người để lại di sản là {di_san.nguoi_de_lai.danh_xung_thuong} **{di_san.nguoi_de_lai.ho_ten}**, chết ngày "
          "{di_san.nguoi_de_lai.ngay_chet_vb};", before=4),
        p("- Người từ chối nhận di sản đã tự nguyện lập văn bản, cam đoan việc từ chối không nhằm trốn tránh việc thực "
          "hiện nghĩa vụ tài sản của mình đối với người khác và chịu trách nhiệm trước pháp luật về nội dung của văn bản;"),
        p("- Tại thời điểm chứng thực, người từ chối nhận di sản minh mẫn, nhận thức và làm chủ được hành vi của mình;"),
        _received_before_officer("Người từ chối nhận di sản"),
        _copies("Văn bản này", "mỗi người"),
    ]
    return body + _register_number_and_signatures()
