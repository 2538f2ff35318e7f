"""Decree 30/2020/NĐ-CP (Phụ lục I) page layout: A4, margins, Times New Roman, national motto, place-and-date line,
title, page numbers from page 2, and the borderless tables that hold signature blocks and two-column headers.

Every template module builds its body from these helpers, so a change of layout rule is made once, here.
"""

from ooxml import FONT, W_NS, cell, p, row, table, twips, write_docx

# Page: A4 portrait; margins inside the decree's ranges (top/bottom 20–25, left 30–35, right 15–20 mm).
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = twips(20), twips(20), twips(30), twips(15)
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 9354 twips = 165 mm

BODY_PT = 13      # body 13–14 pt: 13 keeps a two-party contract to three pages plus the lời chứng
MOTTO_PT = 13     # quốc hiệu 12–13 pt
SLOGAN_PT = 14    # tiêu ngữ 13–14 pt
TITLE_PT = 14
TABLE_PT = 12

# The rule under "Độc lập - Tự do - Hạnh phúc" must be as long as the words: 14 pt bold Times is about 67 mm.
SLOGAN_RULE_MM = 67

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
 <w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>
  <w:sz w:val="{BODY_PT * 2}"/><w:szCs w:val="{BODY_PT * 2}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
 <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:before="0" w:after="120" w:line="252" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dieu"><w:name w:val="Điều khoản"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Muc"><w:name w:val="Mục (I, II…)"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="180" w:after="120"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TieuDe"><w:name w:val="Tên văn bản"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="360" w:after="60"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
 <w:rPr><w:b/><w:bCs/><w:caps/><w:sz w:val="{TITLE_PT * 2}"/><w:szCs w:val="{TITLE_PT * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TrichYeu"><w:name w:val="Trích yếu dưới tên"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
 <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="QuocHieu"><w:name w:val="Quốc hiệu"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
 <w:rPr><w:b/><w:bCs/><w:sz w:val="{MOTTO_PT * 2}"/><w:szCs w:val="{MOTTO_PT * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TieuNgu"><w:name w:val="Tiêu ngữ"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
 <w:rPr><w:b/><w:bCs/><w:sz w:val="{SLOGAN_PT * 2}"/><w:szCs w:val="{SLOGAN_PT * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="DiaDanh"><w:name w:val="Địa danh, ngày tháng"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:spacing w:before="120" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
 <w:rPr><w:i/><w:iCs/><w:sz w:val="{SLOGAN_PT * 2}"/><w:szCs w:val="{SLOGAN_PT * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Bang"><w:name w:val="Chữ trong bảng"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr>
 <w:rPr><w:sz w:val="{TABLE_PT * 2}"/><w:szCs w:val="{TABLE_PT * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Ky"><w:name w:val="Khối chữ ký"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SoTrang"><w:name w:val="Số trang"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:spacing w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
 <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
 <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""

SECT_PR = (f'<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="first" r:id="rId5"/>'
           f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
           f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" '
           f'w:header="{twips(10)}" w:footer="{twips(10)}" w:gutter="0"/><w:titlePg/></w:sectPr>')

# Page number centred in the top margin; the first page has its own, empty header (w:titlePg), so numbering shows
# from page 2 as the decree asks.
PAGE_NUMBER = ('<w:p><w:pPr><w:pStyle w:val="SoTrang"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               '<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def fill(widths, column=-1):
    """Column widths (twips) with `column` widened or narrowed so the table spans the text width exactly."""
    out = list(widths)
    out[column] += TEXT_W - sum(out)
    return out


def save(path, title, body):
    write_docx(path, title, body, SECT_PR, STYLES, [PAGE_NUMBER], [])


def _centred_rule_indent(width_twips, rule_mm):
    return max(0.0, (width_twips / 567 * 10 - rule_mm) / 2)


def rule(width, rule_mm):
    """A short solid rule centred over `width` twips: an empty 3 pt paragraph whose top border is the line, so it
    stays as long as asked whatever the text above it (Word: Home ▸ Borders edits it)."""
    side = twips(_centred_rule_indent(width, rule_mm))
    return ('<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>'
            '<w:spacing w:before="20" w:after="0" w:line="60" w:lineRule="exact"/>'
            f'<w:ind w:left="{side}" w:right="{side}" w:firstLine="0"/><w:jc w:val="center"/>'
            '<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr></w:pPr></w:p>')


def motto(width=TEXT_W, motto_pt=None, slogan_pt=None, rule_mm=SLOGAN_RULE_MM):
    """Quốc hiệu and tiêu ngữ centred over `width` twips, with the rule under the tiêu ngữ as long as its words."""
    return [p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style="QuocHieu", size=motto_pt),
            p("Độc lập - Tự do - Hạnh phúc", style="TieuNgu", size=slogan_pt), rule(width, rule_mm)]


def date_line(align="right", date="ngay_lap", size=None):
    """ "Xã Hải Lăng, ngày 05 tháng 02 năm 2026" in italics (the filter writes the leading zeros)."""
    return p("{co_quan.dia_danh}, {" + date + "|date_long}", style="DiaDanh", align=align, size=size)


def contract_head():
    """Contracts: the motto centred over the page, the place-and-date line on the right under it."""
    return motto() + [date_line("right")]


# The two-column head may reach 2.5 mm into each side margin, as offices do, so the 12 pt quốc hiệu (88 mm) keeps
# to one line and the agency column stays ~73 mm wide.
AGENCY_W = 4150
MOTTO_W = 5500


def agency_head(parent, agency, number_line, date="ngay_lap"):
    """Slips and forms issued by the office: agency (parent upper case, office upper case bold, a short rule) and
    the document number on the left; motto and place-and-date on the right."""
    left = [p(parent, style="Ky", size=12), p(agency, style="QuocHieu", size=12), rule(AGENCY_W - 170, 25),
            p(number_line, style="Ky", before=6, size=BODY_PT)]
    right = motto(MOTTO_W - 170, motto_pt=12, slogan_pt=13, rule_mm=62) + [date_line("center", date)]
    return [table([row([cell(left, AGENCY_W), cell(right, MOTTO_W)], cant_split=True)], [AGENCY_W, MOTTO_W], bordered=False)]


def form_number_corner():
    """The form number ("Mẫu số 18") in the top-right corner, from the catalog via the data (`mau_so`)."""
    return [p("{#mau_so}{mau_so}{/mau_so}", style="Ky", align="right", bold=True, size=TABLE_PT)]


def title(text, subtitle=None):
    """The document's name in bold upper case, and an optional italic line under it."""
    if not subtitle:
        return [p(text, style="TieuDe", after=12)]
    return [p(text, style="TieuDe"), p(subtitle, style="TrichYeu")]


def signature_cell(heading, note, people_loop=None, name="{ho_ten}", fixed_name=None, extra_heading=None, name_before=50):
    """One signature block: heading (bold upper case), "(Ký, …)" in italics, then room to sign above each name.
    `people_loop` ("ben_a.nguoi") repeats the room-and-name for every person of a side."""
    paras = []
    if extra_heading:
        paras += extra_heading
    paras += [p(heading, style="Ky", bold=True), p(note, style="Ky", italic=True)]
    if people_loop:
        paras += [p("{#" + people_loop + "}", style="Ky"),
                  p(name, style="Ky", bold=True, before=50, after=6),
                  p("{/" + people_loop + "}", style="Ky")]
    elif fixed_name:
        paras.append(p(fixed_name, style="Ky", bold=True, before=name_before))
    return paras


def signature_grid(left_heads, right_heads, left_note, right_note, left_name, right_name, before=12):
    """Two signers whose headings differ in height ("KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH"): headings, notes and
    names in three rows, so the two names stand on one line."""
    half = TEXT_W // 2
    w = [half, TEXT_W - half]

    def line(a, b, valign="bottom"):
        return row([cell(a, w[0], valign=valign), cell(b, w[1], valign=valign)])
    rows = [line(left_heads, right_heads),
            line([p(left_note, style="Ky", italic=True)], [p(right_note, style="Ky", italic=True)], "top"),
            line([p(left_name, style="Ky", bold=True, before=50)], [p(right_name, style="Ky", bold=True, before=50)], "top")]
    return [p("", style="Ky", before=before), table(rows, w, bordered=False)]


def signature_table(left, right, before=12):
    """Two signature blocks side by side in a borderless table (left: Bên A / applicant; right: Bên B / officer)."""
    half = TEXT_W // 2
    spacer = [p("", style="Ky", before=before)] if before else []
    return spacer + [table([row([cell(left, half), cell(right, TEXT_W - half)])], [half, TEXT_W - half], bordered=False)]


def data_table(header, body_cells, widths, total_cells=None):
    """A bordered table: a bold header row (repeated on each page), one template row — put the loop's {#…} in its
    first cell and {/…} in its last, so the row repeats — and an optional totals row."""
    hdr = row([cell([p(h, style="Bang", bold=True, align="center")], w, valign="center") for h, w in zip(header, widths)],
              header=True)
    rows = [hdr, row([cell([p(text, style="Bang", align=al)], w) for (text, al), w in zip(body_cells, widths)])]
    if total_cells:  # (text, align, columns spanned)
        cells, col = [], 0
        for text, al, span in total_cells:
            cells.append(cell([p(text, style="Bang", bold=True, align=al)], sum(widths[col:col + span]), span=span))
            col += span
        rows.append(row(cells))
    return [table(rows, widths)]


def signature_rows(heading, note, people_loop, label="{stt}. {danh_xung} **{ho_ten}**"):
    """Signatures of many people (heirs): a heading, then one borderless row per person — name on the left, room
    to sign on the right — so five heirs still fit on a page."""
    left_w = TEXT_W // 2
    head = row([cell([p(heading, style="Ky", bold=True), p(note, style="Ky", italic=True)], TEXT_W, span=2)])
    person = row([cell([p("{#" + people_loop + "}" + label, style="Ky", align="left", before=14)], left_w, valign="top"),
                  cell([p("{/" + people_loop + "}", style="Ky")], TEXT_W - left_w)], height=24)
    return [p("", style="Ky", before=12), table([head, person], [left_w, TEXT_W - left_w], bordered=False)]
