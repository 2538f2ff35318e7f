#!/usr/bin/env bash
# Prints the statistics report's p50 over 5 runs for a month, a quarter, a year and the whole history at 1M cases,
# with the database size. The database is cached in build/bench (filled once, about a minute).
# Usage: bash bench/reports/run.sh [BUILD_DIR]   (default: the release preset's build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
if [ "$build" = build/release ]; then
  cmake --preset release >/dev/null
fi
cmake --build "$build" --target bench_reports >/dev/null
mkdir -p build/bench
"$build/bench/reports/bench_reports" build/bench/reports-1000000.sqlite 1000000 5
