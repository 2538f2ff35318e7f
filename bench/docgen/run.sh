#!/usr/bin/env bash
# Builds bench_docgen, installs docxtemplater from npm under the build dir, renders the same contract template
# with the same data through both (plain, then tags split across runs), and prints renders/s and the ratio.
# Usage: bench/docgen/run.sh [BUILD_DIR] [N_LANDDESK] [N_DOCXTEMPLATER]
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$src/build-docgen}"
n_ld="${2:-3000}"
n_dt="${3:-300}"

[ -f "$build/build.ninja" ] || cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$build" bench_docgen >/dev/null

work="$build/bench-docgen"
node_dir="$work/node"
mkdir -p "$node_dir"
if [ ! -d "$node_dir/node_modules/docxtemplater" ]; then
  (cd "$node_dir" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund docxtemplater pizzip >/dev/null)
fi
dt_version="$(node -p "require('$node_dir/node_modules/docxtemplater/package.json').version")"

ld_out="$("$build/bench/docgen/bench_docgen" "$work" "$n_ld")"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); docxtemplater $dt_version, node $(node --version)"
echo "renders/s by wall clock (and by CPU time of the process, the fair figure when other jobs share the cores):"
for variant in plain split; do
  read -r ld ldc < <(awk -v v="$variant" '$1=="landdesk" && $2==v {print $3, $4}' <<<"$ld_out")
  read -r dt dtc < <(NODE_PATH="$node_dir/node_modules" node "$src/bench/docgen/bench.js" "$work" "$variant" "$n_dt" | awk '{print $3, $4}')
  ratio="$(awk -v a="$ld" -v b="$dt" 'BEGIN {printf "%.1f", a / b}')"
  ratioc="$(awk -v a="$ldc" -v b="$dtc" 'BEGIN {printf "%.1f", a / b}')"
  printf '%-6s landdesk %7s (cpu %7s)   docxtemplater %6s (cpu %6s)   ratio %5sx (cpu %sx)\n' "$variant" "$ld" "$ldc" "$dt" "$dtc" "$ratio" "$ratioc"
done
ls -l "$work"/*-out.docx | awk '{print "output: " $NF " (" $5 " bytes)"}'
