#!/usr/bin/env bash
# Cold-process figures for lookup and validate (issue: lookup ≤ 20 ms on the embedded
# glossary; on a generated 100,000-concept glossary lookup ≤ 200 ms and validate ≤ 2 s).
# Needs hyperfine (apt-get install hyperfine). Prints hyperfine's medians.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GLOSS_CACHE_DIR="$work/cache"

go build -o "$work/gloss" ./cmd/gloss
go run ./glossary/internal/synth/gengloss -n 100000 > "$work/big.yaml"
ls -l "$work/big.yaml" | awk '{printf "generated glossary: %.1f MB\n", $5/1e6}'

median() { hyperfine -N --warmup "$1" --runs "$2" --export-json "$work/h.json" "${@:3}" >/dev/null 2>&1 || true
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]: print("%9.1f ms  %s" % (r["median"]*1000, r["command"]))' "$work/h.json"; }

echo "== cold lookup, embedded default glossary (target ≤ 20 ms)"
median 3 30 "$work/gloss lookup 統合抑止"
echo "== first run on the 100k glossary: YAML parse, cache written"
rm -rf "$GLOSS_CACHE_DIR"
median 0 1 "$work/gloss validate $work/big.yaml"
echo "== cold lookup and validate, 100k glossary, compiled cache (targets ≤ 200 ms, ≤ 2 s)"
median 2 15 "$work/gloss lookup --glossary $work/big.yaml 統合抑止"
median 1 5 "$work/gloss validate $work/big.yaml"
echo "== the same without the cache (GLOSS_CACHE=off)"
GLOSS_CACHE=off median 0 3 "$work/gloss lookup --glossary $work/big.yaml 統合抑止"
