#!/usr/bin/env bash
# README command (b): install every dependency, build the whole project with ASan+UBSan (the `asan` preset) and run
# the whole test suite on that build, then build the release programs and run the package test, then the bounded
# fuzzing runs — one stage after another, each timed. .ci/run calls this.
# The suite runs once, sanitized: any AddressSanitizer, LeakSanitizer or UBSan report fails the test that caused it
# (reports of the system's GTK/fontconfig/GLib leaks at exit are suppressed in tests/sanitizers/lsan.supp).
# LANDDESK_FUZZ_SECONDS (default 20 per target, to keep CI under 40 min on 2 cores); LANDDESK_SKIP="package fuzz" skips stages for a quick local run.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
fuzz_seconds=${LANDDESK_FUZZ_SECONDS:-20}
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

sanitized_build() {
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
}

# The shipped programs only, optimised and unsanitized, for the .deb.
package() {
  cmake --preset package >/dev/null
  bash tests/packaging/test_package.sh build/package
}

# clang + libFuzzer: only the fuzz targets and the core areas they stand on are built.
fuzz() {
  cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DLANDDESK_FUZZ=ON -DLANDDESK_WERROR=OFF \
    "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" >/dev/null
  cmake --build build/fuzz -j "$jobs" --target fuzz_template fuzz_id_card_qr fuzz_mail fuzz_numbers
  bash tests/fuzz/run_fuzzers.sh build/fuzz "$fuzz_seconds"
}

stage deps bash installer/install-deps.sh
stage build sanitized_build
stage tests ctest --preset asan  # sanitizer options: the preset's environment
stage package package
stage fuzz fuzz

total=$(( $(date +%s) - total_start ))
echo "==> stage timings (min:s)"
printf '    %s\n' "${timings[@]}"
echo "    total      $((total / 60)):$(printf '%02d' $((total % 60)))"
