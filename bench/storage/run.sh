#!/usr/bin/env bash
# Prints name-search p50/p95 at 100k and 1M parties. Databases are cached in build/bench (minutes to fill once).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target bench_search >/dev/null
mkdir -p build/bench
for n in 100000 1000000; do
  build/release/bench/storage/bench_search "build/bench/search-$n.sqlite" "$n" 1000
done
