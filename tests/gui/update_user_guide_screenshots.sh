#!/usr/bin/env bash
# Copies the whole-case screenshots of the GUI test (tests/gui/whole_case_gui_test.cpp) into docs/user-guide/ as
# small PNGs (at most 960 px wide, 256 colours, ≤ 150 KB), so the user guide's pictures are reproducible:
#   ctest --test-dir BUILD -R whole_case_gui && bash tests/gui/update_user_guide_screenshots.sh BUILD
set -euo pipefail

build="${1:-build/release}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
shots="${LANDDESK_TEST_ARTIFACTS:-$build/test-artifacts}/whole_case"
target="$root/docs/user-guide"
limit=$((150 * 1024))

command -v convert >/dev/null || { echo "ImageMagick (convert) is needed: bash installer/install-deps.sh" >&2; exit 1; }
compgen -G "$shots/[0-9][0-9]-*.png" >/dev/null || {
  echo "No screenshots in $shots: run the test first (ctest --test-dir $build -R whole_case_gui)" >&2; exit 1; }

for png in "$shots"/[0-9][0-9]-*.png; do
  out="$target/whole-case-$(basename "$png")"
  # Narrower until it fits: a full-screen window with a document page can exceed the limit at 960 px.
  for width in 960 840 720 600; do
    convert "$png" -resize "${width}x>" -strip -colors 256 "PNG8:$out"
    [ "$(stat -c %s "$out")" -le "$limit" ] && break
  done
  size=$(stat -c %s "$out")
  [ "$size" -le "$limit" ] || { echo "$out is still $size bytes" >&2; exit 1; }
  echo "$(basename "$out")  $((size / 1024)) KB"
done
