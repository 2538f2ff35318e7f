"""WordprocessingML written by hand: runs, paragraphs, tables and the package parts Word needs.

Only the Python standard library: the maintainer regenerates the templates on any machine with python3.
Text given to p() may carry two light marks: **bold** and //italic//. Template tags ({ho_so.ma}, {#x}…{/x}) are
ordinary text here; the document engine finds them across runs, so the marks may cut through a sentence freely.
"""

import re
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT = "Times New Roman"

# Twentieths of a point ("twips"): 567 per centimetre.
CM = 567
MM = CM / 10


def twips(mm):
    return int(round(mm * MM))


# ---------------------------------------------------------------------------------------------------------------
# Runs and paragraphs

_MARK = re.compile(r"(\*\*|//)")


def _run_props(bold=False, italic=False, size=None, caps=False, underline=False):
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if caps:
        props += "<w:caps/>"
    if underline:
        props += '<w:u w:val="single"/>'
    if size:
        half = int(round(size * 2))
        props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def runs(text, bold=False, italic=False, size=None, caps=False, underline=False):
    """The runs for `text`, honouring **bold** and //italic// marks on top of the given base formatting."""
    out = []
    b, i = bold, italic
    for piece in _MARK.split(text):
        if piece == "**":
            b = not b
            continue
        if piece == "//":
            i = not i
            continue
        if not piece:
            continue
        out.append(f'<w:r>{_run_props(b, i, size, caps, underline)}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def p(text="", style=None, align=None, bold=False, italic=False, size=None, caps=False, first_line=None, left=None,
      right=None, before=None, after=None, keep_next=False, keep_lines=False, page_break_before=False,
      border_bottom=False, tabs=None, line=None):
    """One paragraph. Indents in millimetres, spacing in points; None keeps what the style says."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if keep_lines:
        ppr += "<w:keepLines/>"
    if page_break_before:
        ppr += "<w:pageBreakBefore/>"
    if border_bottom:
        ppr += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
    if tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="{kind}" w:leader="{leader}" w:pos="{twips(pos)}"/>'
                                    for kind, pos, leader in tabs) + "</w:tabs>"
    if before is not None or after is not None or line is not None:
        attrs = ""
        if before is not None:
            attrs += f' w:before="{int(before * 20)}"'
        if after is not None:
            attrs += f' w:after="{int(after * 20)}"'
        if line is not None:
            attrs += f' w:line="{int(line * 240)}" w:lineRule="auto"'
        ppr += f"<w:spacing{attrs}/>"
    if first_line is not None or left is not None or right is not None:
        attrs = ""
        if left is not None:
            attrs += f' w:left="{twips(left)}"'
        if right is not None:
            attrs += f' w:right="{twips(right)}"'
        if first_line is not None:
            attrs += f' w:firstLine="{twips(first_line)}"'
        ppr += f"<w:ind{attrs}/>"
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    body = runs(text, bold, italic, size, caps) if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def page_break():
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


# ---------------------------------------------------------------------------------------------------------------
# Tables

def cell(paragraphs, width, span=1, valign=None, shade=None, borders=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if borders is not None:
        tcpr += f"<w:tcBorders>{borders}</w:tcBorders>"
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        tcpr += f'<w:vAlign w:val="{valign}"/>'
    content = "".join(paragraphs) if paragraphs else "<w:p/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def row(cells, height=None, header=False, cant_split=True):
    trpr = ""
    if cant_split:
        trpr += "<w:cantSplit/>"
    if height:
        trpr += f'<w:trHeight w:val="{twips(height)}"/>'
    if header:
        trpr += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>"


def table(rows, widths, bordered=True, align="center"):
    """A table of `rows` (from row()); `widths` in twips. Bordered tables are data tables; borderless ones lay out
    signature blocks and the two-column header."""
    kind = "single" if bordered else "nil"
    edges = "".join(f'<w:{e} w:val="{kind}" w:sz="4" w:space="0" w:color="000000"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr = (f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="{align}"/><w:tblBorders>{edges}</w:tblBorders>'
             '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/>'
             '<w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


# ---------------------------------------------------------------------------------------------------------------
# Package parts

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
</Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}">
<w:zoom w:percent="100"/>
<w:proofState w:spelling="clean" w:grammar="clean"/>
<w:defaultTabStop w:val="720"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="vi-VN"/>
<w:decimalSymbol w:val=","/>
<w:listSeparator w:val=";"/>
</w:settings>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="{W_NS}">
<w:font w:name="{FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>"""

APP_PROPS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>LandDesk templates</Application></Properties>"""


def core_props(title):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(title)}</dc:title><dc:language>vi-VN</dc:language><dc:creator>LandDesk</dc:creator></cp:coreProperties>"""


def header_part(paragraphs):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f"{''.join(paragraphs) or '<w:p/>'}</w:hdr>")


def document_part(body, sect_pr):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f"<w:body>{''.join(body)}{sect_pr}</w:body></w:document>")


def write_docx(path, title, body, sect_pr, styles, header_default, header_first):
    """Writes the package with fixed timestamps, so the same script gives the same bytes."""
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", core_props(title)),
        ("docProps/app.xml", APP_PROPS),
        ("word/document.xml", document_part(body, sect_pr)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", styles),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/header1.xml", header_part(header_default)),
        ("word/header2.xml", header_part(header_first)),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
