#!/usr/bin/env python3
"""Baseline for the benchmark: whole-page `tesseract -l vie` + regexes, printed in the `scan --json` shape."""
import json, re, subprocess, sys, unicodedata


def grab(pattern, text, flags=re.I):
    m = re.search(pattern, text, flags)
    return m.group(1).strip(" ;.,") if m else None


def area(s):
    if not s:
        return None
    s = s.replace(".", "").replace(",", ".")
    return s


for path in sys.argv[1:]:
    text = subprocess.run(["tesseract", path, "-", "-l", "vie"], capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFC", text)
    f = {
        "serial": grab(r"^\s*([A-ZĐ]{1,2} ?\d{6,8})\s*$", text, re.M),
        "register_no": grab(r"Số vào sổ cấp (?:Giấy chứng nhận|GCN):\s*(.+)", text),
        "parcel_no": grab(r"Thửa đất số:\s*(\d+)", text),
        "map_sheet": grab(r"Tờ bản đồ số:\s*(\d+)", text),
        "address": grab(r"c\) Địa chỉ:\s*(.+)", text),
        "area_m2": area(grab(r"Diện tích:\s*([\d.,]+)", text)),
        "use_form": grab(r"Hình thức sử dụng:\s*(.+)", text),
        "term": grab(r"Thời hạn sử dụng:\s*(.+)", text),
        "origin": grab(r"Nguồn gốc sử dụng:\s*(.+)", text),
        "issue_date": None,
        "issuer": grab(r"((?:ỦY BAN NHÂN DÂN|SỞ) [A-ZĐÀ-Ỹ ]+)", text, 0),
        "purposes": [],
        "owners": [],
    }
    d = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)
    if d:
        f["issue_date"] = f"{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
    for m in re.finditer(r"(Đất [^:(;\n]+?)\s*\(([A-Z]{3})\):\s*([\d.,]+)", text):
        f["purposes"].append({"code": m.group(2), "name": m.group(1), "area_m2": area(m.group(3))})
    for m in re.finditer(r"(?:Ông|Bà):\s*([^,\n]+),\s*năm sinh:\s*(\d{4})(?:,\s*[^:\n]+:\s*(\d{9,12}))?", text, re.I):
        f["owners"].append({"full_name": m.group(1).strip(), "birth_year": int(m.group(2)), "id_number": m.group(3)})
    print(json.dumps({"file": path, "documents": [{"kind": "gcn", "source": "ocr", "fields": f}], "error": None},
                     ensure_ascii=False))
