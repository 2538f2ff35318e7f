#!/usr/bin/env bash
# Capture benchmark: LandDesk vs plain zbarimg (QR) and whole-page tesseract + regexes (GCN), same files, same run.
# Usage: bench/capture/run.sh [BUILD_DIR] [SAMPLES_DIR]   (defaults: build-capture, ../shared/samples or tests/data/capture)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-capture}
samples=${2:-}
if [[ -z "$samples" ]]; then
  if [[ -d "$root/../shared/samples/cccd" ]]; then samples=$root/../shared/samples; else samples=$root/tests/data/capture; fi
fi
cli=$build/app/cli/landdesk-cli
qr=$build/bench/capture/bench_capture_qr
gcn=$build/bench/capture/bench_capture_gcn
[[ -x $cli && -x $qr && -x $gcn ]] || {
  echo "build first: ninja -C $build landdesk-cli bench_capture_qr bench_capture_gcn" >&2; exit 2; }
if ! command -v zbarimg >/dev/null; then
  echo "installing zbar-tools for the baseline…" >&2
  apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends zbar-tools >/dev/null
fi
export OMP_THREAD_LIMIT=1   # one OCR thread (toolchain notes G1), for both sides
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== ID-card QR: $samples/cccd ($(ls "$samples"/cccd/*.jpg | wc -l) images), $(nproc --all) cores"
"$qr" "$samples/cccd" 3 | tee "$out/qr.txt" | tail -1
"$cli" scan "$samples"/cccd/*.jpg --qr-only --json > "$out/cccd.jsonl" || true
python3 "$here/compare.py" cccd "$samples/cccd/expected.json" "$out/cccd.jsonl" | tail -1 | sed 's/^/LandDesk /'
"$here/baseline_qr.sh" "$samples"/cccd/*.jpg > "$out/zbar.jsonl"
python3 "$here/compare.py" cccd "$samples/cccd/expected.json" "$out/zbar.jsonl" | tail -1 | sed 's/^/zbarimg  /'
python3 - "$out/zbar.jsonl" <<'PY'
import json, sys
ms = sorted(json.loads(l)["ms"] for l in open(sys.argv[1]))
print(f"zbarimg  per image p50 {ms[len(ms)//2]:.1f} ms, p95 {ms[min(len(ms)-1, round(0.95*(len(ms)-1)))]:.1f} ms (process start included)")
PY

echo "== GCN OCR: $samples/gcn ($(ls "$samples"/gcn/*.jpg | wc -l) pages)"
: > "$out/gcn.jsonl"
for f in "$samples"/gcn/*.jpg; do
  /usr/bin/time -f "%e %U" -o "$out/t" "$cli" scan "$f" --json >> "$out/gcn.jsonl" || true
  read -r wall user < "$out/t"
  echo "$(basename "$f") wall ${wall}s cpu ${user}s" >> "$out/gcn_times.txt"
done
python3 - "$out/gcn_times.txt" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
wall = sorted(float(r[2][:-1]) for r in rows); cpu = sorted(float(r[4][:-1]) for r in rows)
print(f"LandDesk per page (process, load, QR search, OCR, extraction): wall p50 {wall[len(wall)//2]:.2f} s, max {wall[-1]:.2f} s; cpu p50 {cpu[len(cpu)//2]:.2f} s, max {cpu[-1]:.2f} s")
PY
python3 "$here/compare.py" gcn "$samples/gcn" "$out/gcn.jsonl" > "$out/gcn_score.txt"
sed 's/^/  /' "$out/gcn_score.txt" | grep -v "^  GCN" || true
tail -1 "$out/gcn_score.txt" | sed 's/^/LandDesk /'
t0=$(date +%s.%N)
python3 "$here/baseline_gcn.py" "$samples"/gcn/*.jpg > "$out/base.jsonl"
t1=$(date +%s.%N)
python3 "$here/compare.py" gcn "$samples/gcn" "$out/base.jsonl" | tail -1 | sed 's/^/tesseract+regex /'
python3 -c "import sys; print(f'tesseract+regex per page: {(float(sys.argv[2]) - float(sys.argv[1])) / int(sys.argv[3]):.2f} s wall')" "$t0" "$t1" "$(ls "$samples"/gcn/*.jpg | wc -l)"
"$gcn" "$samples"/gcn/*.jpg | tail -1 | sed 's/^/LandDesk in process: /'

