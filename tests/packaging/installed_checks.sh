#!/usr/bin/env bash
# Runs inside a private mount namespace with the source and build trees hidden (see test_package.sh): everything
# below must come from the installed package. Arguments: WORK_DIR EXPECTED_VERSION CASES_BEFORE HIDDEN_DIR...
set -euo pipefail
work=$1 expected=$2 cases_before=$3
shift 3
for dir in "$@"; do mount -t tmpfs -o size=1m landdesk-hidden "$dir"; done
# No build tree, no LANDDESK_* overrides: a clean environment like a desktop session's.
exec env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 USER=officer bash -s "$work" "$expected" "$cases_before" <<'CHECKS'
set -euo pipefail
work=$1 expected=$2 cases_before=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
mkdir -p "$work/cwd" && cd "$work/cwd"
db="$HOME/.local/share/landdesk/landdesk.sqlite"

[ "$(command -v landdesk-cli)" = /usr/bin/landdesk-cli ] || fail "landdesk-cli is not /usr/bin/landdesk-cli"
[ "$(landdesk-cli --version)" = "landdesk-cli $expected" ] || fail "landdesk-cli --version: $(landdesk-cli --version)"
[ "$(landdesk --version)" = "landdesk $expected" ] || fail "landdesk --version: $(landdesk --version)"
ok "--version says $expected"

# The GUI from the desktop entry's own command line (field codes such as %f dropped), under Xvfb. Its start opens
# the default database — the previous version's — migrates it and reports the cases it shows.
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/landdesk.desktop | sed 's/ %[fFuUick]//g')
[ -n "$exec_line" ] || fail "no Exec= line in the desktop entry"
before_schema=$(sqlite3 "$db" 'SELECT MAX(version) FROM schema_migrations')
start=$(date +%s%N)
xvfb-run -a -s '-screen 0 1280x800x24' $exec_line --measure-startup >gui.out 2>gui.err || { cat gui.err >&2; fail "GUI start"; }
grep -q "cases=$cases_before" gui.out || fail "GUI showed $(cat gui.out), expected cases=$cases_before"
! grep -q 'landdesk.mo not found' gui.err || fail "GUI found no Vietnamese catalog: $(cat gui.err)"
after_schema=$(sqlite3 "$db" 'SELECT MAX(version) FROM schema_migrations')
ok "GUI from '$exec_line' started in $(( ($(date +%s%N) - start) / 1000000 )) ms: $(cat gui.out); schema v$before_schema -> v$after_schema"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM case_file')" = "$cases_before" ] || fail "case count changed by the upgrade"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after the upgrade"
sqlite3 "$db" 'SELECT code FROM case_file ORDER BY code' | sha256sum | cut -d' ' -f1 > codes.after
cmp -s codes.after "$work/codes.before" || fail "case codes differ after the upgrade"
landdesk-cli db migrate >/dev/null || fail "db migrate on the upgraded database"
ok "upgraded database intact: $cases_before cases, same codes, integrity ok"

# A scan: the CCCD QR (ZXing) and the certificate page (Tesseract with the packaged dependency tesseract-ocr-vie).
landdesk-cli scan "$work/cccd.jpg" --json > scan.json || fail "scan of the CCCD sample"
grep -q '"id_number":"049301166447"' scan.json || fail "scan --json: no id number in $(head -c 300 scan.json)"
landdesk-cli scan "$work/gcn.jpg" --json > gcn.json || fail "scan of the GCN sample"
grep -q '"kind":"gcn"' gcn.json || fail "GCN scan --json: $(head -c 300 gcn.json)"
ok "scan --json (QR and OCR)"

# A render of a shipped template with sample data, and a desk document of a stored case (catalog, papers, rules).
landdesk-cli render /usr/share/landdesk/templates/hd_tang_cho.docx "$work/hd_tang_cho.json" -o tang_cho.docx >/dev/null \
  || fail "render of hd_tang_cho.docx"
unzip -p tang_cho.docx word/document.xml | grep -q 'Trung tâm Phục vụ hành chính công xã Hải Lăng' || fail "rendered contract lacks the sample's office"
code=$(landdesk-cli case list --all --json | python3 -c 'import json,sys; print(next(c["code"] for c in json.load(sys.stdin) if c["kind"]=="transfer_whole"))')
landdesk-cli document render "$code" hd_chuyen_nhuong -o "$code.docx" >/dev/null || fail "document render $code"
unzip -tq "$code.docx" >/dev/null || fail "document render wrote a broken DOCX"
landdesk-cli holidays --year 2026 >/dev/null || fail "holidays from the installed rule data"
ok "render of a template and of case $code's contract from /usr/share/landdesk"
CHECKS
