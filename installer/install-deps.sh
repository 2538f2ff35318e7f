#!/usr/bin/env bash
# Installs every Debian 12 package LandDesk needs to build, run and test; safe to run again.
# Waits for a held dpkg lock instead of failing (see ../shared/toolchain-notes.md).
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config file gettext wx-common
  libwxgtk3.2-dev libsqlite3-dev libxml2-dev libpoco-dev libpq-dev
  libboost-test-dev libzxing-dev libqrencode-dev libtesseract-dev libleptonica-dev
  libicu-dev libpoppler-cpp-dev libsodium-dev libcurl4-openssl-dev libpng-dev
  # run
  tesseract-ocr tesseract-ocr-vie fonts-liberation2 fonts-dejavu-core poppler-utils
  # test: X server, image tools, and the real servers the integration tests start on loopback
  xvfb xauth imagemagick libreoffice-writer-nogui postgresql dovecot-pop3d dovecot-imapd
  openssl  # intake tests: a self-signed certificate for Dovecot's IMAPS/POP3S
  libreoffice-calc-nogui  # register tests: a real XLSX written by LibreOffice Calc from a CSV
  postgresql-contrib postgresql-client  # storage tests on PostgreSQL: unaccent for search; pg_dump/pg_restore for backups
  clang libclang-rt-14-dev  # tests/fuzz: libFuzzer targets (clang 14's fuzzer and sanitizer runtimes)
  lld  # the asan preset links with lld (the sanitized test programs link in seconds, not minutes)
  sqlite3 unzip desktop-file-utils  # tests/packaging: inspect the upgraded database, the rendered DOCX, the desktop entry
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
echo "install-deps: installing ${missing[*]}"
$sudo apt-get "${apt_opts[@]}" update
$sudo apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
