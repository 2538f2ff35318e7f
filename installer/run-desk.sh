#!/usr/bin/env bash
# README command (a): install dependencies, build, create the desk database with demo cases in the user's
# data directory ($XDG_DATA_HOME/landdesk, default ~/.local/share/landdesk) when it has none, and start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)" --target landdesk landdesk-cli
cli=build/release/app/cli/landdesk-cli
"$cli" db init
if [ "$("$cli" case list --limit 1 --json)" = "[]" ]; then
  "$cli" demo seed --cases 48
fi
exec build/release/app/gui/landdesk "$@"
