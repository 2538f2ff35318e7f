#!/usr/bin/env bash
# Runs every libFuzzer target of a LANDDESK_FUZZ build for a bounded time each, starting from the kept corpus.
# A crash, hang or OOM input is copied into tests/fuzz/corpus/<target>/ (a regression input) and fails the run.
# Usage: tests/fuzz/run_fuzzers.sh FUZZ_BUILD_DIR [SECONDS_PER_TARGET=30]   (LANDDESK_FUZZ_TARGETS="numbers mail" for a subset)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=${2:-30}
read -r -a targets <<< "${LANDDESK_FUZZ_TARGETS:-template id_card_qr mail numbers}"
scratch=$(mktemp -d /tmp/landdesk-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
failed=0
for t in "${targets[@]}"; do
  exe="$build/tests/fuzz/fuzz_$t"
  [ -x "$exe" ] || { echo "fuzz: $exe not built" >&2; exit 1; }
  mkdir -p "$scratch/$t/corpus" "$scratch/$t/artifacts"
  cp "$here/corpus/$t/"* "$scratch/$t/corpus/"
  status=0
  # -rss_limit_mb: a parser that balloons on a small input is a bug; -timeout: so is one that spins.
  "$exe" "$scratch/$t/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$scratch/$t/artifacts/" >"$scratch/$t/log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$t/log" | tail -1)
  corpus=$(ls "$scratch/$t/corpus" | wc -l)
  echo "fuzz_$t: ${runs:-?} executions in ${seconds} s, corpus $corpus inputs, exit $status"
  for a in "$scratch/$t/artifacts/"*; do
    [ -e "$a" ] || continue
    cp "$a" "$here/corpus/$t/"
    echo "fuzz_$t: FOUND $(basename "$a"), kept in tests/fuzz/corpus/$t/ (reproduce: $exe $here/corpus/$t/$(basename "$a"))" >&2
    grep -m3 -E 'ERROR|SUMMARY|runtime error' "$scratch/$t/log" >&2 || true
    failed=1
  done
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then tail -20 "$scratch/$t/log" >&2; failed=1; fi
done
exit $failed
