#!/usr/bin/env bash
# Prints backup create / verify / restore times (wall seconds) and the archive size for a desk of N synthetic cases
# (default 100 000), seeded once with `landdesk-cli demo seed` and cached in <build>/bench/backup-N/.
# Usage: bench/storage/backup_bench.sh BUILD_DIR [N]
set -euo pipefail
build=$(cd "$1" && pwd)
n=${2:-100000}
cli="$build/app/cli/landdesk-cli"
data="$build/bench/backup-$n"
if [ ! -f "$data/landdesk.sqlite" ]; then
  mkdir -p "$data"
  "$cli" demo seed --cases "$n" --data-dir "$data" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { local s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
create=$(seconds "$cli" backup create -o "$work/desk.zip" --data-dir "$data")
verify=$(seconds "$cli" backup verify "$work/desk.zip")
restore=$(seconds "$cli" backup restore "$work/desk.zip" --to "$work/restored")
printf 'backup of %d cases (%s MB database, %s MB archive): create %.1f s, verify %.1f s, restore %.1f s\n' "$n" \
  "$(du -m "$data/landdesk.sqlite" | cut -f1)" "$(du -m "$work/desk.zip" | cut -f1)" "$create" "$verify" "$restore"
