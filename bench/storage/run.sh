#!/usr/bin/env bash
# Prints name-search p50/p95 and the database size at 100k and 1M parties, and the fill rate whenever cases are added.
# Databases are cached in build/bench (the 1M one takes minutes to fill, once).
# Usage: bench/storage/run.sh [BUILD_DIR]   (default: configures the release preset and builds in build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-}
if [ -z "$build" ]; then
  cmake --preset release >/dev/null
  build=build/release
fi
cmake --build "$build" -j2 --target bench_search >/dev/null
mkdir -p build/bench
for n in 100000 1000000; do
  "$build/bench/storage/bench_search" "build/bench/search-$n.sqlite" "$n" 1000
done
