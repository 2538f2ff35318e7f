#!/usr/bin/env python3
"""Regenerates every contract_templates/*.docx from the Python below, and checks that catalog.xml lists exactly
these templates with their file names.

    python3 contract_templates/tools/build_templates.py            # all templates
    python3 contract_templates/tools/build_templates.py hd_tang_cho # one

Maintainer tool only: the .docx files are committed, officers edit them in Word, and the build never runs this.
Regenerating OVERWRITES an officer's edits to a template — merge such edits back into these modules first.
Standard library only (zipfile + WordprocessingML as text).
"""

import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import contracts  # noqa: E402
import desk  # noqa: E402
import forms  # noqa: E402
import inheritance  # noqa: E402
import loi_chung  # noqa: E402
from decree30 import save  # noqa: E402

OUT = os.path.dirname(HERE)
CATALOG_NS = "{urn:landdesk:templates:1}"

# id -> (title stored in the package properties, body builder)
TEMPLATES = {
    "hd_chuyen_nhuong": ("Hợp đồng chuyển nhượng quyền sử dụng đất", contracts.hd_chuyen_nhuong),
    "hd_chuyen_nhuong_mot_phan": ("Hợp đồng chuyển nhượng một phần thửa đất", contracts.hd_chuyen_nhuong_mot_phan),
    "hd_tang_cho": ("Hợp đồng tặng cho quyền sử dụng đất", contracts.hd_tang_cho),
    "vb_phan_chia_di_san": ("Văn bản thỏa thuận phân chia di sản", inheritance.vb_phan_chia_di_san),
    "vb_khai_nhan_di_san": ("Văn bản khai nhận di sản", inheritance.vb_khai_nhan_di_san),
    "vb_tu_choi_nhan_di_san": ("Văn bản từ chối nhận di sản", inheritance.vb_tu_choi_nhan_di_san),
    "loi_chung_hop_dong": ("Lời chứng chứng thực hợp đồng", loi_chung.for_contract),
    "loi_chung_di_san": ("Lời chứng chứng thực văn bản về di sản", loi_chung.for_estate),
    "loi_chung_tu_choi_di_san": ("Lời chứng chứng thực văn bản từ chối nhận di sản", loi_chung.for_refusal),
    "giay_tiep_nhan": ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", desk.giay_tiep_nhan),
    "phieu_yeu_cau_bo_sung": ("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", desk.phieu_yeu_cau_bo_sung),
    "don_dang_ky_bien_dong": ("Đơn đăng ký biến động đất đai", forms.don_dang_ky_bien_dong),
    "don_tach_hop_thua": ("Đơn đề nghị tách thửa đất, hợp thửa đất", forms.don_tach_hop_thua),
    "phieu_ban_giao": ("Phiếu bàn giao hồ sơ", desk.phieu_ban_giao),
    "bang_uoc_tinh_thue": ("Bảng ước tính thuế, phí, lệ phí", desk.bang_uoc_tinh_thue),
    "danh_muc_giay_to": ("Danh mục giấy tờ cần mang theo", desk.danh_muc_giay_to),
}


def check_catalog():
    """Every template in catalog.xml, with file "<id>.docx", and nothing the catalog names is missing here."""
    path = os.path.join(OUT, "catalog.xml")
    root = ET.parse(path).getroot()
    listed = {t.get("id"): t.get("file") for t in root.iter(CATALOG_NS + "template")}
    problems = [f"catalog.xml lacks {i}" for i in TEMPLATES if i not in listed]
    problems += [f"catalog.xml lists {i}, which this script does not build" for i in listed if i not in TEMPLATES]
    problems += [f"catalog.xml: {i} names file {f}" for i, f in listed.items() if i in TEMPLATES and f != i + ".docx"]
    return problems


def main(argv):
    wanted = argv[1:] or list(TEMPLATES)
    for template_id in wanted:
        if template_id not in TEMPLATES:
            sys.exit(f"unknown template id: {template_id}")
        doc_title, build = TEMPLATES[template_id]
        save(os.path.join(OUT, template_id + ".docx"), doc_title, build())
        print("wrote", template_id + ".docx")
    problems = check_catalog()
    for line in problems:
        print("catalog:", line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
