#!/usr/bin/env bash
# README command (b): install every dependency, build the release preset, and run the whole test suite.
# .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"
ctest --preset release
