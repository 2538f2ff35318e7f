#!/usr/bin/env bash
# Package test (issue 10): builds the .deb with CPack from a configured build directory, installs an "older" package
# and the previous release's database (fixtures/), upgrades to the new .deb, runs the CLI and the GUI from the
# installed paths only (installed_checks.sh hides the source and build trees), then purges and checks what is left.
# Usage: tests/packaging/test_package.sh [BUILD_DIR]   (needs root or sudo: it installs and removes a package)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$src/build/release}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_opts=(-o DPkg::Lock::Timeout=600 -y --no-install-recommends)
fail() { echo "packaging FAIL: $*" >&2; exit 1; }
step() { echo "== $* ($(date +%T))"; }

work=$(mktemp -d /tmp/landdesk-package.XXXXXX)
chmod 755 "$work"
cleanup() {
  if dpkg-query -W -f='${Status}' landdesk 2>/dev/null | grep -q 'install ok'; then
    $sudo apt-get "${apt_opts[@]}" purge landdesk >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "building the programs and the .deb in $build"
t0=$(date +%s)
cmake --build "$build" --target landdesk landdesk-cli landdesk_translations landdesk_man_pages -j "${LANDDESK_JOBS:-2}" >/dev/null
expected=$("$build/app/cli/landdesk-cli" --version | cut -d' ' -f2)
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/new" >/dev/null)
deb=$(ls "$work"/new/landdesk_*.deb)
# The "older" package: the same programs under a lower version number, so dpkg takes the upgrade path; what makes it
# the previous version is its database (fixtures/previous.sqlite, made by the v0.3.0-pre CLI at dd833f1).
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/old" -D CPACK_PACKAGE_VERSION=0.2.99 >/dev/null)
old_deb=$(ls "$work"/old/landdesk_0.2.99_*.deb)
echo "cpack: $(basename "$deb") $(du -k "$deb" | cut -f1) KiB in $(( $(date +%s) - t0 )) s"

step "checking the package's contents and control fields"
dpkg-deb -c "$deb" > "$work/contents"
for path in ./usr/bin/landdesk ./usr/bin/landdesk-cli ./usr/share/applications/landdesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/landdesk.svg ./usr/share/icons/hicolor/16x16/apps/landdesk.png \
    ./usr/share/icons/hicolor/256x256/apps/landdesk.png ./usr/share/man/man1/landdesk.1.gz \
    ./usr/share/man/man1/landdesk-cli.1.gz ./usr/share/locale/vi/LC_MESSAGES/landdesk.mo \
    ./usr/share/landdesk/templates/catalog.xml ./usr/share/landdesk/templates/hd_chuyen_nhuong.docx \
    ./usr/share/landdesk/rules/fees.json ./usr/share/landdesk/documents/papers.json ./usr/share/doc/landdesk/CHANGELOG.md; do
  grep -q " $path\$" "$work/contents" || fail "the .deb lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in tesseract-ocr-vie fonts-liberation2 libwxgtk3.2 libtesseract5 libpocodatasqlite80 libc6; do
  [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done
[[ $(dpkg-deb -f "$deb" Recommends) == *libreoffice-writer-nogui* ]] || fail "Recommends lacks libreoffice-writer-nogui"
[ "$(dpkg-deb -f "$deb" Version)" = "$expected" ] || fail "package version $(dpkg-deb -f "$deb" Version) != $expected"
dpkg-deb -x "$deb" "$work/unpacked"
for exe in landdesk landdesk-cli; do
  file "$work/unpacked/usr/bin/$exe" | grep -q ', stripped' || fail "$exe is not stripped"
done
desktop-file-validate "$work/unpacked/usr/share/applications/landdesk.desktop" || fail "desktop entry does not validate"
echo "ok: contents, Depends ($depends), stripped binaries"

step "installing the older package and the previous version's database"
if dpkg-query -W -f='${Status}' landdesk 2>/dev/null | grep -q 'install ok'; then
  fail "landdesk is already installed on this machine; remove it first (apt-get purge landdesk)"
fi
$sudo apt-get "${apt_opts[@]}" install "$old_deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' landdesk)" = 0.2.99 ] || fail "older package not installed"
mkdir -p "$work/home/.local/share/landdesk"
cp "$here/fixtures/previous.sqlite" "$work/home/.local/share/landdesk/landdesk.sqlite"
db="$work/home/.local/share/landdesk/landdesk.sqlite"
cases_before=$(sqlite3 "$db" 'SELECT COUNT(*) FROM case_file')
sqlite3 "$db" 'SELECT code FROM case_file ORDER BY code' | sha256sum | cut -d' ' -f1 > "$work/codes.before"
[ "$cases_before" -gt 0 ] || fail "fixture has no cases"
cp "$src/tests/data/capture/cccd/cccd_01_clean_scan.jpg" "$work/cccd.jpg"
cp "$src/tests/data/capture/gcn/sample_01_2024_clean.jpg" "$work/gcn.jpg"
cp "$src/tests/data/templates/hd_tang_cho.json" "$work/hd_tang_cho.json"

step "upgrading to $(basename "$deb") over it"
$sudo apt-get "${apt_opts[@]}" install "$deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' landdesk)" = "$expected" ] || fail "upgrade did not install $expected"
[ -f "$db" ] || fail "the upgrade removed the user's database"

step "running from the installed paths only (source and build trees hidden)"
hidden=("$src")
case "$build" in "$src"/*) ;; *) hidden+=("$build") ;; esac
cp "$here/installed_checks.sh" "$work/"  # run from /tmp: the tree it lives in is about to be hidden
$sudo unshare --mount bash "$work/installed_checks.sh" "$work" "$expected" "$cases_before" "${hidden[@]}" \
  || fail "installed checks"

step "purging the package"
dpkg-query -L landdesk > "$work/installed-files"
$sudo apt-get "${apt_opts[@]}" purge landdesk >/dev/null
left=0
while read -r f; do
  if [ -f "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=$((left + 1)); fi
done < "$work/installed-files"
[ "$left" -eq 0 ] || fail "$left files left after purge"
for d in /usr/share/landdesk /usr/share/doc/landdesk; do [ ! -e "$d" ] || fail "$d left after purge"; done
! ls /usr/bin/landdesk* >/dev/null 2>&1 || fail "a landdesk program is left in /usr/bin"
[ -f "$db" ] || fail "purge removed the user's data"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM case_file')" = "$cases_before" ] || fail "user's data changed by the purge"
echo "ok: purge left nothing under /usr; the user's database ($cases_before cases) stays in ~"
echo "packaging: PASS in $(( $(date +%s) - t0 )) s"
