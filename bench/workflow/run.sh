#!/usr/bin/env bash
# Prints the dashboard query's p50/p95/max over repeated runs at 100 000 open cases (+ 50 000 closed ones).
# The database is cached in build/bench (filled once, ~20 s).
# Usage: bench/workflow/run.sh [BUILD_DIR]   (default: configures the release preset and builds in build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-}
if [ -z "$build" ]; then
  cmake --preset release >/dev/null
  build=build/release
fi
cmake --build "$build" -j2 --target bench_dashboard >/dev/null
mkdir -p build/bench
"$build/bench/workflow/bench_dashboard" build/bench/dashboard-100000.sqlite 100000 200
