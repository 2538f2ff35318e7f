#!/usr/bin/env python3
"""Writes the report templates (DOCX, docxtemplater tags) of app/core/reports: the statistics report, the
authentication register book and the dossier tracking book, in Decree 30/2020 layout (Times New Roman, A4,
margins top/bottom 20 mm, left 30 mm, right 15 mm, national motto, italic place-and-date line).

Maintainer tool (Python 3 stdlib only). The .docx outputs are committed and compiled into the program; an officer
may edit a copy in Word and pass it with `landdesk-cli report … --template FILE`. Run from anywhere:
    python3 app/core/reports/templates/build_report_templates.py
Tags and data keys: docs/reports.md.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MM = 56.7  # twips per millimetre
FONT = "Times New Roman"

# ---------------------------------------------------------------- runs and paragraphs


def run(text, bold=False, italic=False, size=13):
    props = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    props += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, align="left", before=0, after=0, rule=False, indent=None, keep=False, sides=0):
    props = f'<w:spacing w:before="{before}" w:after="{after}" w:line="264" w:lineRule="auto"/>'
    if indent is not None:
        props += f'<w:ind w:firstLine="{indent}"/>'
    elif sides:
        props += f'<w:ind w:left="{sides}" w:right="{sides}"/>'
    if keep:
        props += "<w:keepNext/>"
    props += f'<w:jc w:val="{"both" if align == "justify" else align}"/>'
    body = "".join(runs)
    if rule:
        # a short solid rule under the motto / the issuer's name (Decree 30): a centred underline-only tab trick is
        # fragile in converters, so the rule is the bottom border of a paragraph narrowed by equal side indents.
        props = props.replace("<w:jc", '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
                              "</w:pBdr><w:jc")
    return f"<w:p><w:pPr>{props}</w:pPr>{body}</w:p>"


def text_para(text, **kw):
    fmt = {k: kw.pop(k) for k in ("bold", "italic", "size") if k in kw}
    return para(run(text, **fmt), **kw)


# ---------------------------------------------------------------- tables

def cell(content, width, span=1, vmerge=None, borders=True, valign="center", shade=False):
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    if not borders:
        props += ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/></w:tcBorders>')
    if shade:
        props += '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
    props += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(content, str):
        content = [content]
    return f'<w:tc><w:tcPr>{props}</w:tcPr>{"".join(content) or para()}</w:tc>'


def row(*cells, header=False, cant_split=True):
    props = ""
    if cant_split:
        props += "<w:cantSplit/>"
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def table(widths, rows, borders=True):
    border = ('<w:tblBorders>' + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>") if borders else (
        '<w:tblBorders>' + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH",
                                                                       "insideV")) + "</w:tblBorders>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    props = (f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>{border}'
             '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
             '<w:right w:w="57" w:type="dxa"/></w:tblCellMar>')
    return f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def c(text, bold=False, italic=False, size=12, align="center"):
    """One paragraph of cell text."""
    return para(run(text, bold=bold, italic=italic, size=size), align=align)


# ---------------------------------------------------------------- page blocks (Decree 30)

def heading_block(text_width, issuer_lines, number_line=True):
    """Issuer on the left, the national motto and the place-and-date line on the right, as a borderless table."""
    left_w = int(text_width * 0.40)
    right_w = text_width - left_w
    left = [c(line, bold=bold, size=13) for line, bold in issuer_lines]
    # the rule under the issuer is about a third of its name; the motto's is as long as the motto (~65 mm)
    left[-1] = para(run(issuer_lines[-1][0], bold=issuer_lines[-1][1], size=13), align="center")
    left.append(para(run("", size=4), align="center", rule=True, sides=max(0, (left_w - 1900) // 2)))
    if number_line:
        left.append(para(run("Số: {so_van_ban}", size=13), align="center", before=120))
    right = [
        c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12),
        para(run("Độc lập - Tự do - Hạnh phúc", bold=True, size=13), align="center", rule=True,
             sides=max(0, (right_w - 3750) // 2)),
        para(run("{dia_danh_ngay}", italic=True, size=13), align="center", before=120),
    ]
    return table([left_w, right_w], [row(cell(left, left_w, borders=False, valign="top"),
                                         cell(right, right_w, borders=False, valign="top"), cant_split=False)],
                 borders=False)


def signature_block(text_width, recipients=True):
    left_w = int(text_width * 0.5)
    right_w = text_width - left_w
    left = []
    if recipients:
        left = [para(run("Nơi nhận:", bold=True, italic=True, size=12)),
                para(run("- {noi_nhan};", size=11)),
                para(run("- Lưu: VT.", size=11))]
    right = [c("{nguoi_ky.ky_thay}", bold=True, size=13),
             c("{nguoi_ky.chuc_danh_hoa}", bold=True, size=13),
             para(run("", size=13), after=1100),
             c("{nguoi_ky.ho_ten}", bold=True, size=13)]
    return table([left_w, right_w], [row(cell(left, left_w, borders=False, valign="top"),
                                         cell(right, right_w, borders=False, valign="top"))], borders=False)


# ---------------------------------------------------------------- package

def section(landscape):
    w, h = (16838, 11906) if landscape else (11906, 16838)
    orient = ' w:orient="landscape"' if landscape else ""
    return (f'<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
            f'<w:pgMar w:top="{int(20 * MM)}" w:right="{int(15 * MM)}" w:bottom="{int(20 * MM)}" '
            f'w:left="{int(30 * MM)}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')


def text_width(landscape):
    return (16838 if landscape else 11906) - int(30 * MM) - int(15 * MM)


def write_docx(name, body, landscape):
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{body}'
                f'{section(landscape)}</w:body></w:document>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" '
              f'w:eastAsia="{FONT}"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr>'
              '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
              '</w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
              '</w:tblCellMar></w:tblPr></w:style></w:styles>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:defaultTabStop w:val="720"/><w:compat/></w:settings>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'settings" Target="settings.xml"/></Relationships>')
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # fixed timestamps: rebuilding without changes gives the same bytes
        for part, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("word/styles.xml", styles),
                           ("word/settings.xml", settings), ("word/_rels/document.xml.rels", doc_rels)):
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    print("wrote", path)


# ---------------------------------------------------------------- the three templates

def statistics_report():
    tw = text_width(True)
    stt, field = 600, 1400
    rest = (tw - stt - field) // 11
    widths = [stt, field] + [rest] * 11
    numbers = ["nhan_tong", "nhan_truc_tuyen", "nhan_truc_tiep", "nhan_ky_truoc", "giai_quyet_tong",
               "truoc_han", "dung_han", "qua_han", "dang_tong", "dang_trong_han", "dang_qua_han"]

    def h(text):
        return c(text, bold=True, size=11)

    header = [
        row(cell(h("STT"), stt, vmerge="restart"), cell(h("Lĩnh vực"), field, vmerge="restart"),
            cell(h("Số hồ sơ nhận giải quyết"), rest * 4, span=4),
            cell(h("Kết quả giải quyết"), rest * 7, span=7), header=True),
        row(cell(c(""), stt, vmerge="continue"), cell(c(""), field, vmerge="continue"),
            cell(h("Tổng số"), rest, vmerge="restart"),
            cell(h("Trong kỳ"), rest * 2, span=2),
            cell(h("Từ kỳ trước chuyển qua"), rest, vmerge="restart"),
            cell(h("Đã giải quyết"), rest * 4, span=4),
            cell(h("Đang giải quyết"), rest * 3, span=3), header=True),
        row(cell(c(""), stt, vmerge="continue"), cell(c(""), field, vmerge="continue"),
            cell(c(""), rest, vmerge="continue"),
            cell(h("Trực tuyến"), rest), cell(h("Trực tiếp và BCCI"), rest),
            cell(c(""), rest, vmerge="continue"),
            *[cell(h(t), rest) for t in ("Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
                                         "Tổng số", "Trong hạn", "Quá hạn")], header=True),
        row(*[cell(c(f"({i + 1})", italic=True, size=11), w) for i, w in enumerate(widths)], header=True),
    ]
    body_rows = [
        row(cell(c("{#dong}{stt}"), stt), cell(c("{ten}", align="left"), field),
            *[cell(c("{" + n + "}" + ("{/dong}" if i == len(numbers) - 1 else "")), rest)
              for i, n in enumerate(numbers)]),
        row(cell(h("{#tong}"), stt), cell(c("Tổng cộng", bold=True, align="left"), field),
            *[cell(c("{" + n + "}" + ("{/tong}" if i == len(numbers) - 1 else ""), bold=True), rest)
              for i, n in enumerate(numbers)]),
    ]
    body = [
        heading_block(tw, [("{co_quan.ten_ubnd_hoa}", True)]),
        text_para("BÁO CÁO", bold=True, size=14, align="center", before=240),
        text_para("Tình hình, kết quả giải quyết thủ tục hành chính", bold=True, size=14, align="center"),
        text_para("Kỳ báo cáo: {ky.mo_ta}", italic=True, size=13, align="center", after=120),
        para(run("Căn cứ số liệu theo dõi hồ sơ tại {co_quan.trung_tam}, {co_quan.ten_ubnd} báo cáo tình hình, "
                 "kết quả giải quyết thủ tục hành chính {ky.mo_ta} như sau:", size=13),
             align="justify", indent=int(12.7 * MM), after=120),
        text_para("Đơn vị tính: hồ sơ", italic=True, size=12, align="right"),
        table(widths, header + body_rows),
        para(run("Cách đếm: hồ sơ nhận trực tuyến là hồ sơ nộp qua Cổng dịch vụ công; hồ sơ chứng thực được giải "
                 "quyết khi ký chứng thực, hồ sơ đất đai khi trả kết quả; hạn giải quyết tính theo ngày làm việc, "
                 "trừ thời gian tạm dừng.", italic=True, size=11), align="justify", before=120, after=240),
        signature_block(tw),
    ]
    write_docx("bao_cao_thong_ke.docx", "".join(body), landscape=True)


def register_book():
    tw = text_width(True)
    widths = [1100, 1500, 3600, 2800, 2300, 1200]
    widths.append(tw - sum(widths))
    heads = ["Số TT/ Số chứng thực", "Ngày, tháng, năm chứng thực",
             "Họ tên, số giấy tờ tùy thân của người yêu cầu chứng thực", "Tên (loại) hợp đồng, giao dịch",
             "Họ tên, chức danh người ký chứng thực", "Lệ phí (đồng)", "Ghi chú"]
    keys = ["so", "ngay", "cac_ben", "ten_giao_dich", "nguoi_ky_chung_thuc", "le_phi", "ghi_chu"]
    aligns = ["center", "center", "left", "left", "left", "right", "left"]
    rows = [row(*[cell(c(h, bold=True), w) for h, w in zip(heads, widths)], header=True),
            row(*[cell(c(f"({i + 1})", italic=True, size=11), w) for i, w in enumerate(widths)], header=True),
            row(*[cell(c(("{#dong}" if i == 0 else "") + "{" + k + "}" + ("{/dong}" if i == len(keys) - 1 else ""),
                         size=12, align=a), w) for i, (k, a, w) in enumerate(zip(keys, aligns, widths))])]
    body = [
        text_para("{co_quan.ten_ubnd_hoa}", bold=True, size=13, align="left"),
        text_para("SỔ CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH", bold=True, size=14, align="center", before=240),
        text_para("{tieu_de_ky}", bold=True, size=13, align="center"),
        text_para("Quyển số: {quyen_so}", size=13, align="center"),
        text_para("Mở sổ ngày: {mo_so}{#khoa_so}; khóa sổ ngày: {ngay} ({tong_nam} việc){/khoa_so}", italic=True,
                  size=12, align="center", after=200),
        table(widths, rows),
        para(run("Tổng số: {tong_so} việc; lệ phí: {tong_le_phi} đồng.", bold=True, size=13), before=160),
        text_para("{dia_danh_ngay}", italic=True, size=13, align="right", before=200),
        signature_block(tw, recipients=False),
    ]
    write_docx("so_chung_thuc.docx", "".join(body), landscape=True)


def tracking_book():
    tw = text_width(True)
    heads = ["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ", "Tên tổ chức, cá nhân",
             "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày nhận hồ sơ", "Ngày hẹn trả kết quả",
             "Ngày chuyển hồ sơ đến cơ quan giải quyết", "Ngày nhận kết quả", "Ngày trả kết quả", "Ghi chú"]
    keys = ["stt", "ma", "thu_tuc", "so_luong", "ten", "dia_chi", "co_quan_chu_tri", "ngay_nhan", "ngay_hen_tra",
            "ngay_chuyen", "ngay_nhan_ket_qua", "ngay_tra", "ghi_chu"]
    widths = [520, 1450, 1600, 620, 1300, 1300, 1100, 1050, 1050, 1050, 1050, 1050]
    widths.append(tw - sum(widths))
    aligns = ["center", "left", "left", "center", "left", "left", "left"] + ["center"] * 5 + ["left"]
    rows = [row(*[cell(c(h, bold=True, size=10), w) for h, w in zip(heads, widths)], header=True),
            row(*[cell(c(f"({i + 1})", italic=True, size=9), w) for i, w in enumerate(widths)], header=True),
            row(*[cell(c(("{#dong}" if i == 0 else "") + "{" + k + "}" + ("{/dong}" if i == len(keys) - 1 else ""),
                         size=10, align=a), w) for i, (k, a, w) in enumerate(zip(keys, aligns, widths))])]
    body = [
        text_para("{co_quan.ten_ubnd_hoa}", bold=True, size=13, align="left"),
        text_para("{co_quan.trung_tam}", size=13, align="left"),
        text_para("SỔ THEO DÕI HỒ SƠ", bold=True, size=14, align="center", before=240),
        text_para("{ky.mo_ta}", italic=True, size=13, align="center", after=200),
        table(widths, rows),
        para(run("Tổng số: {tong_so} hồ sơ.", bold=True, size=13), before=160),
        text_para("{dia_danh_ngay}", italic=True, size=13, align="right", before=200),
    ]
    write_docx("so_theo_doi_ho_so.docx", "".join(body), landscape=True)


if __name__ == "__main__":
    statistics_report()
    register_book()
    tracking_book()
