#!/usr/bin/env python3
"""Writes one DATA.json per template id (tests/data/templates/<id>.json), shaped as docs/template-data.md says the
documents builder shapes a case. Synthetic people and parcels (no real person); each sample exercises the cases a
template must handle: couples on both sides, several and co-owned parcels, mixed purposes, payment instalments,
part of a parcel, a conditional gift, the surviving spouse's half, heirs by rank, a refusing heir.

    python3 tests/data/templates/make_samples.py
"""

import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def vb(iso):
    """The "_vb" companion of an ISO date: 05/02/2026."""
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def dated(obj, *keys):
    for k in keys:
        obj[k + "_vb"] = vb(obj[k])
    return obj


def upper(s):
    return s.upper()


def person(name, male, born, card, issued, address, relation="", phone="", spouse_of=None, stt=1):
    full_date = len(born) == 10
    p = {
        "stt": stt,
        "loi_dan": ("Và chồng là ông" if male else "Và vợ là bà") if spouse_of is not None else ("Ông" if male else "Bà"),
        "danh_xung": "Ông" if male else "Bà",
        "danh_xung_thuong": "ông" if male else "bà",
        "ho_ten": name, "ho_ten_hoa": upper(name),
        "ngay_sinh": born, "co_ngay_sinh": full_date, "ngay_sinh_vb": vb(born) if full_date else born,
        "nam_sinh": born[:4], "gioi_tinh": "Nam" if male else "Nữ",
        "giay_to": dated({"loai": "Căn cước công dân" if issued < "2024-07-01" else "Thẻ căn cước", "so": card,
                          "ngay_cap": issued,
                          "noi_cap": "Cục Cảnh sát quản lý hành chính về trật tự xã hội" if issued < "2024-07-01"
                          else "Bộ Công an"}, "ngay_cap"),
        "thuong_tru": address, "noi_o": address, "dien_thoai": phone, "quan_he": relation,
        "la_vo_chong": spouse_of is not None, "tinh_trang_hon_nhan": "Đã kết hôn" if spouse_of is not None else "",
    }
    return p


def numbered(items):
    for i, item in enumerate(items, 1):
        item["stt"] = i
    return items


def side(ten_ben, ten_thuong, people):
    numbered(people)
    return {"ten_ben": ten_ben, "ten_ben_thuong": ten_thuong, "nguoi": people,
            "vo_chong": len(people) == 2 and people[1]["la_vo_chong"], "so_nguoi": len(people),
            "nhieu_nguoi": len(people) > 1, "ho_ten_cac_nguoi": ", ".join(p["ho_ten"] for p in people)}


PURPOSE = {"ONT": "Đất ở tại nông thôn", "CLN": "Đất trồng cây lâu năm", "BHK": "Đất trồng cây hằng năm khác"}


def fmt_area(a):
    return a.replace(".", ",")


def parcel(number, sheet, address, area, purposes, price, serial, book, issued, issuer, assets="", owners=None,
           part=None, drawing=""):
    muc = numbered([{"ma": code, "ten": PURPOSE[code], "dien_tich": a} for code, a in purposes])
    return {
        "so_thua": number, "to_ban_do": sheet, "dia_chi": address, "dien_tich": area,
        "hinh_thuc": "Sử dụng chung" if owners else "Sử dụng riêng",
        "muc_dich": muc, "nhieu_muc_dich": len(muc) > 1,
        "muc_dich_vb": "; ".join(f"{m['ten']} ({m['ma']}) {fmt_area(m['dien_tich'])} m²" for m in muc),
        "thoi_han": "Đất ở: Lâu dài; đất trồng cây lâu năm: đến ngày 15/10/2063" if len(muc) > 1 else "Lâu dài",
        "nguon_goc": "Nhà nước công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
        "tai_san": assets, "co_tai_san": bool(assets),
        "gcn": dated({"so_phat_hanh": serial, "so_vao_so": book, "co_quan_cap": issuer, "ngay_cap": issued}, "ngay_cap"),
        "gia": price, "co_gia_thua": price > 0,
        "chuyen_mot_phan": part is not None,
        "dien_tich_chuyen": part[0] if part else area, "dien_tich_con_lai": part[1] if part else "0",
        "ban_ve": drawing, "dong_su_dung": bool(owners), "chu_su_dung": owners or [],
    }


def office():
    return {
        "ngay_lap": "2026-02-05", "ngay_lap_vb": "05/02/2026",
        "co_quan": {"ten_ubnd": "Ủy ban nhân dân xã Hải Lăng", "ten_ubnd_hoa": "ỦY BAN NHÂN DÂN XÃ HẢI LĂNG",
                    "dia_danh": "Xã Hải Lăng", "loai": "xã", "xa": "Hải Lăng", "tinh": "Quảng Trị",
                    "dia_chi": "Thôn Diên Sanh, xã Hải Lăng, tỉnh Quảng Trị", "dien_thoai": "0233 3875 123",
                    "trung_tam": "Trung tâm Phục vụ hành chính công xã Hải Lăng",
                    "trung_tam_hoa": "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ HẢI LĂNG",
                    "van_phong_dang_ky": "Chi nhánh Văn phòng đăng ký đất đai khu vực Hải Lăng"},
        "nguoi_ky": {"ho_ten": "Lê Văn Hùng", "ho_ten_hoa": "LÊ VĂN HÙNG", "chuc_danh": "Phó Chủ tịch",
                     "ky_thay": "KT. CHỦ TỊCH", "co_ky_thay": True, "chuc_danh_hoa": "PHÓ CHỦ TỊCH"},
        "nguoi_tiep_nhan": {"ho_ten": "Nguyễn Thị Thu Hà", "ho_ten_hoa": "NGUYỄN THỊ THU HÀ",
                            "chuc_danh": "Công chức Tư pháp - Hộ tịch", "chuc_danh_hoa": "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"},
    }


KINDS = {
    "transfer_whole": ("Chuyển nhượng quyền sử dụng đất", "Hợp đồng chuyển nhượng quyền sử dụng đất"),
    "transfer_part": ("Chuyển nhượng một phần thửa đất (tách thửa)", "Hợp đồng chuyển nhượng quyền sử dụng đất"),
    "gift": ("Tặng cho quyền sử dụng đất", "Hợp đồng tặng cho quyền sử dụng đất"),
    "inheritance_division": ("Chứng thực văn bản thỏa thuận phân chia di sản", "Văn bản thỏa thuận phân chia di sản"),
    "inheritance_declaration": ("Chứng thực văn bản khai nhận di sản", "Văn bản khai nhận di sản"),
    "inheritance_refusal": ("Chứng thực văn bản từ chối nhận di sản", "Văn bản từ chối nhận di sản"),
}


def terms(**over):
    t = {"phuong_thuc_thanh_toan": "Chuyển khoản vào tài khoản của Bên A", "thoi_han_thanh_toan": "",
         "dot_thanh_toan": [], "co_dot_thanh_toan": False, "ngay_giao_dat": "", "ben_nop_thue_tncn": "Bên A",
         "ben_nop_lptb": "Bên B", "ben_nop_phi": "Bên B", "so_ban_chinh": 4, "so_ban_moi_ben": 1, "so_ban_luu": 1,
         "dieu_kien_tang_cho": "", "co_dieu_kien_tang_cho": False, "thoa_thuan_khac": ""}
    t.update(over)
    dated(t, "thoi_han_thanh_toan", "ngay_giao_dat")
    for d in t["dot_thanh_toan"]:
        dated(d, "ngay")
    numbered(t["dot_thanh_toan"])
    t["co_dot_thanh_toan"] = bool(t["dot_thanh_toan"])
    t["co_dieu_kien_tang_cho"] = bool(t["dieu_kien_tang_cho"])
    return t


def papers(*rows):
    return numbered([{"ten": t, "hinh_thuc": f, "so_luong": n} for t, f, n in rows])


def build(kind, code, ben_a, ben_b, parcels, contract, estate=None, received=("2026-02-03", "08:30"),
          due=("2026-02-05", "14:00"), handed=(), to_bring=(), to_add=(), tax=(), notes=(), fee=50000):
    procedure, doc = KINDS[kind]
    data = office()
    data["ho_so"] = dated({"ma": code, "ma_qr": code, "loai": kind, "ten_loai": procedure, "kenh": "Trực tiếp",
                           "ngay_nhan": received[0], "gio_nhan": received[1], "ngay_hen_tra": due[0],
                           "gio_hen_tra": due[1], "can_bo": "Nguyễn Thị Thu Hà", "thoi_han": "02 ngày làm việc",
                           "so_bo": 1}, "ngay_nhan", "ngay_hen_tra")
    data.update({"la_chuyen_nhuong": kind.startswith("transfer"), "la_mot_phan": kind == "transfer_part",
                 "la_tang_cho": kind == "gift", "la_thua_ke": kind.startswith("inheritance"),
                 "la_phan_chia": kind == "inheritance_division", "la_khai_nhan": kind == "inheritance_declaration",
                 "la_tu_choi": kind == "inheritance_refusal", "ten_van_ban": doc, "ten_van_ban_hoa": doc.upper()})
    first = ben_a["nguoi"][0]
    data["nguoi_nop"] = dict(first, dia_chi=first["thuong_tru"])
    data["ben_a"], data["ben_b"] = ben_a, ben_b
    data["cac_ben"] = [dict(s, ky_hieu=k) for s, k in ((ben_a, "Bên A"), (ben_b, "Bên B")) if s["so_nguoi"]]
    numbered(parcels)
    data["thua_dat"] = parcels
    data["so_thua"], data["nhieu_thua"] = len(parcels), len(parcels) > 1
    data["tong_gia"] = sum(p["gia"] for p in parcels)
    data["co_gia"] = data["tong_gia"] > 0
    data["co_tai_san"] = any(p["co_tai_san"] for p in parcels)
    total = sum(float(p["dien_tich"]) for p in parcels)
    moved = sum(float(p["dien_tich_chuyen"]) for p in parcels)
    data["tong_dien_tich"], data["tong_dien_tich_chuyen"] = f"{total:.1f}", f"{moved:.1f}"
    data["hop_dong"] = contract
    data["co_di_san"] = estate is not None
    if estate:
        data["di_san"] = estate
    data["chung_thuc"] = {"so": "125", "quyen_so": "01/2026-SCT/HĐ,GD",
                          "so_chung_thuc_text": "Số chứng thực: 125, quyển số 01/2026-SCT/HĐ,GD",
                          "ngay": data["ngay_lap"], "ngay_vb": data["ngay_lap_vb"], "so_to": 3, "so_trang": 6,
                          "le_phi": fee, "co_so": True}
    data["giay_to_nop"] = papers(*handed)
    data["so_giay_to_nop"] = len(handed)
    data["giay_to_can_mang"] = numbered([{"ten": t, "hinh_thuc": f, "so_luong": n, "ghi_chu": g, "da_nop": d}
                                         for t, f, n, g, d in to_bring])
    data["yeu_cau_bo_sung"] = numbered([{"noi_dung": t} for t in to_add])
    data["co_yeu_cau_bo_sung"] = bool(to_add)
    rows = numbered([{"ten": t, "co_so": b, "so_tien": a, "can_cu": c, "nguoi_nop": w} for t, b, a, c, w in tax])
    data["thue"] = {"dong": rows, "tong": sum(r["so_tien"] for r in rows),
                    "ghi_chu": numbered([{"noi_dung": n} for n in notes])}
    data["le_phi"] = {"dong": numbered([{"ten": "Lệ phí chứng thực " + doc[0].lower() + doc[1:], "so_tien": fee,
                                         "can_cu": "Thông tư 226/2016/TT-BTC"}]), "tong": fee}
    data["tong_thue_phi"] = data["thue"]["tong"] + fee
    receivers = [{"ten": data["co_quan"]["van_phong_dang_ky"]}, {"ten": "Thuế cơ sở 3 tỉnh Quảng Trị"}]
    data["ban_giao"] = {"so": "07", "ngay": data["ngay_lap"], "ngay_vb": data["ngay_lap_vb"],
                        "noi_nhan": numbered(receivers),
                        "giay_to": papers((doc + " đã chứng thực", "Bản chính", 1),
                                          ("Giấy chứng nhận quyền sử dụng đất", "Bản chính", len(parcels)),
                                          ("Tờ khai thuế thu nhập cá nhân (Mẫu 03/BĐS-TNCN)", "Bản chính", 1),
                                          ("Tờ khai lệ phí trước bạ (Mẫu 01/LPTB)", "Bản chính", 1)),
                        "ho_so": numbered([{"ma": code, "ten_loai": procedure, "nguoi_yeu_cau": ben_a["ho_ten_cac_nguoi"],
                                            "thua_dat": "; ".join(f"Thửa {p['so_thua']}, tờ bản đồ {p['to_ban_do']}"
                                                                  for p in parcels),
                                            "so_giay_to": 4, "ghi_chu": ""}])}
    return data


ADDR_A = "Thôn Diên Sanh, xã Hải Lăng, tỉnh Quảng Trị"
ADDR_B = "Số 12 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị"
GCN_ISSUER = "Sở Tài nguyên và Môi trường tỉnh Quảng Trị"
TAX_NOTES = ["Giá tính thuế là giá ghi trong hợp đồng vì cao hơn giá đất theo bảng giá đất của tỉnh.",
             "Thuế suất thuế thu nhập cá nhân 2 % (Luật 109/2025/QH15, điều 14); lệ phí trước bạ 0,5 % (Nghị định "
             "10/2022/NĐ-CP, điều 8)."]
TRANSFER_PAPERS = [("Thẻ căn cước / Căn cước công dân của các bên", "Bản chính", "1 mỗi người",
                    "Để đối chiếu; không nộp nếu đã có trên VNeID", True),
                   ("Giấy chứng nhận quyền sử dụng đất", "Bản chính", "1", "Kèm 01 bản sao", True),
                   ("Giấy chứng nhận kết hôn hoặc giấy xác nhận tình trạng hôn nhân", "Bản sao", "1", "", False),
                   ("Dự thảo hợp đồng (nếu tự soạn)", "Bản chính", "1", "Cán bộ có thể soạn giúp", True)]


def transfer_whole():
    a = side("BÊN CHUYỂN NHƯỢNG", "Bên chuyển nhượng", [
        person("Nguyễn Văn An", True, "1962-03-07", "045062001234", "2021-04-15", ADDR_A, phone="0914 222 333"),
        person("Trần Thị Bình", False, "1965", "045165002345", "2021-04-15", ADDR_A, spouse_of=0)])
    b = side("BÊN NHẬN CHUYỂN NHƯỢNG", "Bên nhận chuyển nhượng", [
        person("Hoàng Minh Tuấn", True, "1985-11-20", "045085003456", "2024-09-10", ADDR_B, phone="0905 111 222"),
        person("Lê Thị Mai", False, "1988-06-02", "045188004567", "2022-01-20", ADDR_B, spouse_of=0)])
    couple = [dict(a["nguoi"][0], phan="1/2"), dict(a["nguoi"][1], phan="1/2")]
    parcels = [
        parcel("125", "12", "Thôn Diên Sanh, xã Hải Lăng, tỉnh Quảng Trị", "312.5", [("ONT", "200.0"), ("CLN", "112.5")],
               1250000000, "BA 685616", "CH 01234", "2012-05-18", "UBND huyện Hải Lăng",
               assets="Nhà ở cấp 4, diện tích xây dựng 85 m², tường gạch, mái tôn"),
        parcel("310", "15", "Xứ đồng Bàu Sen, thôn Diên Sanh, xã Hải Lăng, tỉnh Quảng Trị", "850.0", [("CLN", "850.0")],
               350000000, "AA 01695788", "CS 00871", "2025-11-06", GCN_ISSUER, owners=couple),
    ]
    contract = terms(phuong_thuc_thanh_toan="Chuyển khoản vào tài khoản của ông Nguyễn Văn An tại Ngân hàng Nông nghiệp "
                     "và Phát triển nông thôn Việt Nam", ngay_giao_dat="2026-02-20",
                     dot_thanh_toan=[{"ngay": "2026-02-05", "so_tien": 800000000, "ghi_chu": "khi ký hợp đồng"},
                                     {"ngay": "2026-02-20", "so_tien": 800000000, "ghi_chu": "khi nộp hồ sơ đăng ký biến động"}])
    tax = [("Thuế thu nhập cá nhân (2 %)", 1600000000, 32000000, "Luật 109/2025/QH15, điều 14", "Bên A"),
           ("Lệ phí trước bạ (0,5 %)", 1600000000, 8000000, "Nghị định 10/2022/NĐ-CP, điều 8", "Bên B")]
    return build("transfer_whole", "HS-2026-00017", a, b, parcels, contract,
                 handed=[("Giấy chứng nhận quyền sử dụng đất số BA 685616", "Bản chính", 1),
                         ("Giấy chứng nhận quyền sử dụng đất số AA 01695788", "Bản chính", 1),
                         ("Căn cước công dân của các bên", "Bản sao", 4),
                         ("Giấy chứng nhận kết hôn của Bên A", "Bản sao", 1)],
                 to_bring=TRANSFER_PAPERS, to_add=["Giấy chứng nhận kết hôn của Bên B (bản sao)"], tax=tax,
                 notes=TAX_NOTES)


def transfer_part():
    a = side("BÊN CHUYỂN NHƯỢNG", "Bên chuyển nhượng", [
        person("Phan Thị Lan", False, "1958-09-12", "045158005678", "2021-06-01", "Thôn Hội Kỳ, xã Hải Lăng, tỉnh Quảng Trị",
               phone="0935 444 555")])
    b = side("BÊN NHẬN CHUYỂN NHƯỢNG", "Bên nhận chuyển nhượng", [
        person("Đặng Quốc Bảo", True, "1990-01-25", "045090006789", "2024-08-15", ADDR_B),
        person("Võ Thị Ngọc Ánh", False, "1992-12-30", "045192007890", "2024-08-15", ADDR_B, spouse_of=0)])
    drawing = ("Bản vẽ tách thửa đất số 15/BV ngày 28/01/2026 của Chi nhánh Văn phòng đăng ký đất đai khu vực Hải Lăng")
    parcels = [parcel("87", "9", "Thôn Hội Kỳ, xã Hải Lăng, tỉnh Quảng Trị", "500.0", [("ONT", "150.0"), ("CLN", "350.0")],
                      450000000, "CS 482913", "CH 00562", "2016-03-22", "UBND huyện Hải Lăng",
                      part=("180.0", "320.0"), drawing=drawing)]
    tax = [("Thuế thu nhập cá nhân (2 %)", 450000000, 9000000, "Luật 109/2025/QH15, điều 14", "Bên A"),
           ("Lệ phí trước bạ (0,5 %)", 450000000, 2250000, "Nghị định 10/2022/NĐ-CP, điều 8", "Bên B")]
    return build("transfer_part", "HS-2026-00023", a, b, parcels, terms(phuong_thuc_thanh_toan="Tiền mặt"),
                 handed=[("Giấy chứng nhận quyền sử dụng đất số CS 482913", "Bản chính", 1),
                         ("Bản vẽ tách thửa đất số 15/BV", "Bản chính", 1)], to_bring=TRANSFER_PAPERS, tax=tax,
                 notes=TAX_NOTES[1:])


def gift():
    a = side("BÊN TẶNG CHO", "Bên tặng cho", [
        person("Trần Văn Hải", True, "1955-04-04", "045055008901", "2021-03-10", "Thôn Thượng Xá, xã Hải Lăng, tỉnh Quảng Trị"),
        person("Nguyễn Thị Tâm", False, "1957", "045157009012", "2021-03-10", "Thôn Thượng Xá, xã Hải Lăng, tỉnh Quảng Trị",
               spouse_of=0)])
    b = side("BÊN ĐƯỢC TẶNG CHO", "Bên được tặng cho", [
        person("Trần Văn Khánh", True, "1983-08-19", "045083000123", "2024-10-02", "Thôn Thượng Xá, xã Hải Lăng, tỉnh Quảng Trị",
               relation="con đẻ")])
    parcels = [parcel("201", "7", "Thôn Thượng Xá, xã Hải Lăng, tỉnh Quảng Trị", "245.0", [("ONT", "245.0")], 600000000,
                      "BK 120455", "CH 00931", "2013-07-09", "UBND huyện Hải Lăng")]
    contract = terms(dieu_kien_tang_cho="Bên B có trách nhiệm chăm sóc, phụng dưỡng Bên A đến cuối đời",
                     ben_nop_thue_tncn="Bên B", ngay_giao_dat="2026-02-10")
    tax = [("Thuế thu nhập cá nhân: miễn (cha, mẹ tặng cho con đẻ)", 600000000, 0, "Luật 109/2025/QH15, điều 4", "Bên B"),
           ("Lệ phí trước bạ: miễn (cha, mẹ tặng cho con đẻ)", 600000000, 0, "Nghị định 10/2022/NĐ-CP, điều 10", "Bên B")]
    return build("gift", "HS-2026-00031", a, b, parcels, contract,
                 handed=[("Giấy chứng nhận quyền sử dụng đất số BK 120455", "Bản chính", 1),
                         ("Giấy khai sinh của ông Trần Văn Khánh", "Bản sao", 1)],
                 to_bring=TRANSFER_PAPERS,
                 to_add=["Giấy chứng nhận kết hôn của Bên A (bản sao có chứng thực)",
                         "Bản chính Giấy chứng nhận quyền sử dụng đất để đối chiếu"],
                 tax=tax, notes=["Cha, mẹ tặng cho con đẻ: miễn thuế thu nhập cá nhân và lệ phí trước bạ."])


RANKS = {1: "thứ nhất", 2: "thứ hai", 3: "thứ ba"}
ADDR_H = "Thôn Diên Sanh, xã Hải Lăng, tỉnh Quảng Trị"


def heir(p, share, takes=False, rank=1):
    return dict(p, hang=rank, ten_hang=RANKS[rank], phan=share, nhan_dat=takes)


def estate(deceased, died, place, certificate, spouse, heirs, refusing=(), split=True, land=None):
    d = dict(deceased, ngay_chet=died, ngay_chet_vb=vb(died), noi_chet=place,
             giay_chung_tu=dated({"so": certificate[0], "ngay": certificate[1], "noi_cap": certificate[2]}, "ngay"))
    e = {"nguoi_de_lai": d, "co_vo_chong_con_song": spouse is not None, "tach_phan_tai_san_chung": split,
         "phan_tai_san_chung": "1/2" if split else "", "phan_di_san": "1/2" if split else "toàn bộ",
         "co_so": "theo pháp luật", "theo_di_chuc": False, "di_chuc": {"ngay": "", "ngay_vb": "", "mo_ta": ""},
         "nguoi_thua_ke": numbered(list(heirs)), "so_nguoi_thua_ke": len(heirs), "hang_thua_ke": 1,
         "ten_hang_thua_ke": "thứ nhất", "nguoi_nhan_dat": numbered([dict(h, phan=land or h["phan"]) for h in heirs if h["nhan_dat"]]),
         "nguoi_tu_choi": numbered(list(refusing)), "co_nguoi_tu_choi": bool(refusing)}
    if spouse is not None:
        e["vo_chong_con_song"] = spouse
    return e


def heirs_side(title, people):
    s = side(title, title[0] + title[1:].lower(), people)
    return s


EMPTY_SIDE = {"ten_ben": "", "ten_ben_thuong": "", "nguoi": [], "vo_chong": False, "so_nguoi": 0, "nhieu_nguoi": False,
              "ho_ten_cac_nguoi": ""}
INHERITANCE_PAPERS = [("Trích lục khai tử của người để lại di sản", "Bản sao", "1", "", True),
                      ("Giấy tờ chứng minh quan hệ (giấy khai sinh, giấy chứng nhận kết hôn)", "Bản sao", "1 mỗi loại",
                       "Không nộp nếu tra cứu được trên cơ sở dữ liệu hộ tịch", False),
                      ("Giấy chứng nhận quyền sử dụng đất", "Bản chính", "1", "", True),
                      ("Thẻ căn cước / Căn cước công dân của những người thừa kế", "Bản chính", "1 mỗi người",
                       "Để đối chiếu", False)]
ESTATE_TAX = [("Thuế thu nhập cá nhân: miễn (vợ, con đẻ nhận thừa kế)", 0, 0, "Luật 109/2025/QH15, điều 4", "Người nhận"),
              ("Lệ phí trước bạ: miễn (vợ, con đẻ nhận thừa kế)", 0, 0, "Nghị định 10/2022/NĐ-CP, điều 10", "Người nhận")]


def dung_family():
    deceased = person("Trương Văn Dũng", True, "1950-02-14", "045050001111", "2021-05-05", ADDR_H)
    wife = person("Ngô Thị Hạnh", False, "1953", "045153002222", "2021-05-05", ADDR_H, relation="vợ")
    phuc = person("Trương Văn Phúc", True, "1976-10-01", "045076003333", "2021-05-05", ADDR_H, relation="con đẻ")
    hoa = person("Trương Thị Hoa", False, "1978-12-12", "045178004444", "2024-09-09",
                 "Thôn Hội Kỳ, xã Hải Lăng, tỉnh Quảng Trị", relation="con đẻ")
    loc = person("Trương Văn Lộc", True, "1980-07-07", "045080005555", "2022-02-02", ADDR_B, relation="con đẻ")
    land = [parcel("56", "4", ADDR_H, "420.0", [("ONT", "300.0"), ("CLN", "120.0")], 0, "AK 356120", "CH 00415",
                   "2009-11-30", "UBND huyện Hải Lăng", assets="Nhà ở cấp 4 diện tích xây dựng 90 m²")]
    return deceased, wife, phuc, hoa, loc, land


def division():
    deceased, wife, phuc, hoa, loc, land = dung_family()
    heirs = [heir(wife, "1/3"), heir(phuc, "1/3", takes=True), heir(loc, "1/3")]
    e = estate(deceased, "2025-09-14", "Bệnh viện Đa khoa tỉnh Quảng Trị", ("45/TLKT-BS", "2025-09-20", "UBND xã Hải Lăng"),
               wife, heirs, refusing=[heir(hoa, "")], land="1/2")
    a = heirs_side("NGƯỜI THỪA KẾ", [copy.deepcopy(wife), copy.deepcopy(phuc), copy.deepcopy(loc)])
    return build("inheritance_division", "HS-2026-00042", a, copy.deepcopy(EMPTY_SIDE), land,
                 terms(thoa_thuan_khac="Ông Trương Văn Phúc thanh toán cho ông Trương Văn Lộc giá trị phần di sản "
                       "ông Lộc được hưởng là 150.000.000 đồng trước ngày 30/3/2026."),
                 estate=e, handed=[("Trích lục khai tử số 45/TLKT-BS", "Bản sao", 1),
                                   ("Giấy chứng nhận quyền sử dụng đất số AK 356120", "Bản chính", 1),
                                   ("Văn bản từ chối nhận di sản của bà Trương Thị Hoa", "Bản chính", 1)],
                 to_bring=INHERITANCE_PAPERS, tax=ESTATE_TAX)


def declaration():
    mother = person("Lê Thị Sen", False, "1940", "045140006666", "2021-04-01", "Thôn Hải Trường, xã Hải Lăng, tỉnh Quảng Trị")
    son = person("Võ Văn Nam", True, "1968-05-05", "045068007777", "2021-04-01",
                 "Thôn Hải Trường, xã Hải Lăng, tỉnh Quảng Trị", relation="con đẻ")
    land = [parcel("144", "22", "Thôn Hải Trường, xã Hải Lăng, tỉnh Quảng Trị", "380.0", [("ONT", "380.0")], 0,
                   "BD 902211", "CH 01777", "2011-08-08", "UBND huyện Hải Lăng")]
    e = estate(mother, "2025-12-01", "tại nhà riêng, thôn Hải Trường, xã Hải Lăng",
               ("12/TLKT-BS", "2025-12-05", "UBND xã Hải Lăng"), None, [heir(son, "toàn bộ", takes=True)], split=False)
    a = heirs_side("NGƯỜI THỪA KẾ", [copy.deepcopy(son)])
    return build("inheritance_declaration", "HS-2026-00051", a, copy.deepcopy(EMPTY_SIDE), land, terms(so_ban_chinh=3),
                 estate=e, handed=[("Trích lục khai tử số 12/TLKT-BS", "Bản sao", 1),
                                   ("Giấy chứng nhận quyền sử dụng đất số BD 902211", "Bản chính", 1)],
                 to_bring=INHERITANCE_PAPERS, tax=ESTATE_TAX)


def refusal():
    deceased, wife, phuc, hoa, loc, land = dung_family()
    heirs = [heir(wife, "1/4"), heir(phuc, "1/4"), heir(hoa, "1/4"), heir(loc, "1/4")]
    e = estate(deceased, "2025-09-14", "Bệnh viện Đa khoa tỉnh Quảng Trị", ("45/TLKT-BS", "2025-09-20", "UBND xã Hải Lăng"),
               wife, heirs, refusing=[heir(hoa, "1/4")])
    a = heirs_side("NGƯỜI TỪ CHỐI NHẬN DI SẢN", [copy.deepcopy(hoa)])
    return build("inheritance_refusal", "HS-2026-00040", a, copy.deepcopy(EMPTY_SIDE), land, terms(so_ban_chinh=3),
                 estate=e, handed=[("Trích lục khai tử số 45/TLKT-BS", "Bản sao", 1)], to_bring=INHERITANCE_PAPERS,
                 tax=[], fee=50000)


SAMPLE_FOR = {
    "hd_chuyen_nhuong": transfer_whole, "hd_chuyen_nhuong_mot_phan": transfer_part, "hd_tang_cho": gift,
    "vb_phan_chia_di_san": division, "vb_khai_nhan_di_san": declaration, "vb_tu_choi_nhan_di_san": refusal,
    "loi_chung_hop_dong": gift, "loi_chung_di_san": division, "loi_chung_tu_choi_di_san": refusal,
    "giay_tiep_nhan": transfer_whole, "phieu_yeu_cau_bo_sung": gift, "don_dang_ky_bien_dong": transfer_whole,
    "don_tach_hop_thua": transfer_part, "phieu_ban_giao": transfer_whole, "bang_uoc_tinh_thue": transfer_whole,
    "danh_muc_giay_to": division,
}
FORM_NUMBERS = {"giay_tiep_nhan": "Mẫu số 01", "phieu_yeu_cau_bo_sung": "Mẫu số 02", "don_dang_ky_bien_dong": "Mẫu số 18",
                "don_tach_hop_thua": "Mẫu số 21"}


def main():
    for template_id, make in SAMPLE_FOR.items():
        data = make()
        data["mau_so"] = FORM_NUMBERS.get(template_id, "")
        with open(os.path.join(HERE, template_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", template_id + ".json")


if __name__ == "__main__":
    main()
