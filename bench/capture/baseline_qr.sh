#!/usr/bin/env bash
# Baseline for the benchmark: plain `zbarimg` on each image; prints {"file","payload","ms"} lines.
for f in "$@"; do
  t0=$(date +%s%N)
  out=$(zbarimg --quiet --raw -Sdisable -Sqrcode.enable "$f" 2>/dev/null | head -1)
  t1=$(date +%s%N)
  python3 -c 'import json,sys; print(json.dumps({"file": sys.argv[1], "payload": sys.argv[2], "ms": int(sys.argv[3]) / 1e6}, ensure_ascii=False))' "$f" "$out" "$((t1 - t0))"
done
