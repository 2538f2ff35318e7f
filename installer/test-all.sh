#!/usr/bin/env bash
# README command (b): install every dependency, build the release preset, run the whole test suite, then the package
# test, the bounded fuzzing runs and the ASan+UBSan suites — one stage after another, each timed. .ci/run calls this.
# LANDDESK_ASAN_SCOPE=parsers|all (default parsers: the suites that build without the rest of the core — text, identity
# and the four fuzz corpora (template tags, CCCD QR, MIME, numbers) — to keep CI under 40 min on 2 cores; `all` builds
# and runs every suite, about 25 min more).
# LANDDESK_FUZZ_SECONDS (default 30 per target); LANDDESK_SKIP="package fuzz asan" skips stages for a quick local run.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
fuzz_seconds=${LANDDESK_FUZZ_SECONDS:-30}
asan_scope=${LANDDESK_ASAN_SCOPE:-parsers}
skip=" ${LANDDESK_SKIP:-} "
timings=()
total_start=$(date +%s)

stage() {  # stage NAME COMMAND...: runs the command, prints and records how long it took
  local name=$1 start
  shift
  if [[ $skip == *" $name "* ]]; then echo "==> $name: skipped (LANDDESK_SKIP)"; timings+=("$name skipped"); return; fi
  echo "==> $name ($(date +%T))"
  start=$(date +%s)
  "$@"
  local secs=$(( $(date +%s) - start ))
  timings+=("$(printf '%-10s %4d:%02d' "$name" $((secs / 60)) $((secs % 60)))")
  echo "==> $name done in $((secs / 60)) min $((secs % 60)) s"
}

release_build() {
  cmake --preset release
  cmake --build --preset release -j "$jobs"
}

# clang + libFuzzer: only the fuzz targets and the core areas they stand on are built.
fuzz() {
  cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DLANDDESK_FUZZ=ON -DLANDDESK_WERROR=OFF \
    "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" >/dev/null
  cmake --build build/fuzz -j "$jobs" --target fuzz_template fuzz_id_card_qr fuzz_mail fuzz_numbers
  bash tests/fuzz/run_fuzzers.sh build/fuzz "$fuzz_seconds"
}

# ASan+UBSan (the `asan` preset); any report fails the test that caused it.
asan() {
  local suites=(text identity)
  local targets=() regex
  cmake --preset asan >/dev/null
  if [ "$asan_scope" = all ]; then
    cmake --build --preset asan -j "$jobs"
    regex='.*'
  else
    for s in "${suites[@]}"; do targets+=("test_$s"); done
    cmake --build --preset asan -j "$jobs" --target "${targets[@]}" fuzz_template fuzz_id_card_qr fuzz_mail fuzz_numbers
    regex="^($(IFS='|'; echo "${suites[*]}")|fuzz_.*)\$"
  fi
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --preset asan -R "$regex" -j 2
}

stage deps bash installer/install-deps.sh
stage build release_build
stage tests ctest --preset release
stage package bash tests/packaging/test_package.sh build/release
stage fuzz fuzz
stage asan asan

total=$(( $(date +%s) - total_start ))
echo "==> stage timings (min:s)"
printf '    %s\n' "${timings[@]}"
echo "    total      $((total / 60)):$(printf '%02d' $((total % 60)))"
