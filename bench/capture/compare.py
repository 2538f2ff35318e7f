#!/usr/bin/env python3
"""Scores `landdesk-cli scan --json` output (or the baseline's) against the sample truth files.

Usage: compare.py cccd EXPECTED_JSON SCAN_JSONL      -> exact-decode rate, wrong cards
       compare.py gcn  SAMPLES_DIR   SCAN_JSONL      -> fields-right rate (lenient on form, strict on content)
"""
import json, os, re, sys, unicodedata


def norm_text(v):
    if v is None:
        return ""
    s = unicodedata.normalize("NFC", str(v)).lower()
    s = re.sub(r"[^\w\s/]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_number(v):
    if v is None or v == "":
        return None
    try:
        return float(str(v).replace(",", "."))
    except ValueError:
        return str(v)


def norm_date(v):
    if not v:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", str(v))
    if m:
        return m.groups()
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", str(v))
    if m:
        return (m.group(3), m.group(2).zfill(2), m.group(1).zfill(2))
    return str(v)


def same(key, want, got):
    if key.endswith("area_m2") or key.endswith("birth_year") or key in ("parcel_no", "map_sheet"):
        return norm_number(want) == norm_number(got)
    if key == "issue_date":
        return norm_date(want) == norm_date(got)
    if key.endswith("id_number") or key == "serial" or key == "register_no":
        return re.sub(r"\s", "", str(want or "")).upper() == re.sub(r"\s", "", str(got or "")).upper()
    return norm_text(want) == norm_text(got)


def leaves(fields):
    out = {}
    for k, v in (fields or {}).items():
        if isinstance(v, list):
            for i, item in enumerate(v):
                for kk, vv in (item or {}).items():
                    out[f"{k}.{i}.{kk}"] = vv
        else:
            out[k] = v
    return out


def load_scan(path):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                r = json.loads(line)
                runs[os.path.basename(r["file"])] = r
    return runs


def score_gcn(samples, scan):
    runs = load_scan(scan)
    right = total = 0
    for name in sorted(os.listdir(samples)):
        if not name.endswith(".json"):
            continue
        truth = json.load(open(os.path.join(samples, name), encoding="utf-8"))
        img = truth["file"]
        want = leaves(truth["fields"])
        docs = [d for d in runs.get(img, {}).get("documents", []) if d.get("kind") == "gcn"]
        got = leaves(docs[0]["fields"]) if docs else {}
        keys = set(want) | {k for k, v in got.items() if v not in (None, "") and "." in k}
        bad = []
        for k in sorted(keys):
            total += 1
            if same(k.split(".")[-1] if "." in k else k, want.get(k), got.get(k)):
                right += 1
            else:
                bad.append(f"{k}: want {want.get(k)!r} got {got.get(k)!r}")
        print(f"{img}: {len(keys) - len(bad)}/{len(keys)}")
        for b in bad:
            print("    " + b)
    print(f"GCN fields right: {right}/{total} = {100.0 * right / max(total, 1):.1f}%")


def score_cccd(expected, scan):
    runs = load_scan(scan)
    images = json.load(open(expected, encoding="utf-8"))["images"]
    exact = wrong = 0
    for img, e in sorted(images.items()):
        docs = [d for d in runs.get(img, {}).get("documents", []) if d.get("kind") == "cccd"]
        if "payload" in runs.get(img, {}):  # baseline: the raw decoded text
            got = runs[img]["payload"]
            ok = got == e["qr_payload"]
            wrong += bool(got) and not ok
        elif docs:
            f = docs[0]["fields"]
            ok = (f.get("id_number") == e["cccd"] and f.get("old_id_number", "") == e["cmnd"]
                  and f.get("full_name") == e["full_name"] and f.get("birth_date") == e["dob"]
                  and f.get("sex") == e["sex"] and f.get("address") == e["address"]
                  and f.get("issue_date") == e["issue_date"])
            wrong += not ok
        else:
            ok = False
        exact += ok
        print(f"{img}: {'exact' if ok else 'MISSED'}")
    print(f"CCCD QR exact: {exact}/{len(images)} = {100.0 * exact / len(images):.1f}%, wrong cards: {wrong}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("cccd", "gcn"):
        sys.exit(__doc__)
    (score_cccd if sys.argv[1] == "cccd" else score_gcn)(sys.argv[2], sys.argv[3])
