#!/bin/sh
# Desk-app start-up benchmark on a 100 000-case database: process start to the whole case list in memory
# (startup_ms), to the newest cases on screen (first_screen_ms), and peak RSS.
# Usage: bench/gui_startup.sh [BUILD_DIR]   (default: build; needs landdesk and landdesk-cli built there)
# Environment: CASES (default 100000), RUNS (default 5). Targets on the 2-core desk PC: <= 1000 ms, <= 150 MB.
set -eu

build=${1:-build}
cases=${CASES:-100000}
runs=${RUNS:-5}
cli=$build/app/cli/landdesk-cli
app=$build/app/gui/landdesk
for program in "$cli" "$app"; do
  [ -x "$program" ] || { echo "gui_startup: $program is not built (ninja -C $build landdesk landdesk-cli)" >&2; exit 2; }
done

# The database takes minutes to seed, so it is cached under the build dir; a half-seeded file is never reused.
data=$build/bench-data
db=$data/cases-$cases.sqlite
mkdir -p "$data"
if [ ! -f "$db" ]; then
  echo "gui_startup: seeding $cases cases into $db (a few minutes, once)" >&2
  rm -f "$db.partial" "$db.partial-wal" "$db.partial-shm"
  "$cli" demo seed --cases "$cases" --db "$db.partial" >&2
  mv "$db.partial" "$db"
fi

results=$(mktemp)
trap 'rm -f "$results"' EXIT
i=1
while [ "$i" -le "$runs" ]; do
  line=$(xvfb-run -a "$app" "$db" --measure-startup)
  echo "run $i: $line" >&2
  echo "$line" >>"$results"
  i=$((i + 1))
done

median() {  # median of the values of field $1 (key=value) over all runs
  sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$results" | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
shown=$(sed -n 's/.*cases=\([0-9]*\).*/\1/p' "$results" | head -n 1)
echo "gui_startup cases=$shown runs=$runs median_startup_ms=$(median startup_ms) median_rss_mb=$(median rss_mb)" \
  "median_first_screen_ms=$(median first_screen_ms)"
