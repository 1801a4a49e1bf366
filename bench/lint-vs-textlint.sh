#!/usr/bin/env bash
# Side by side: gloss lint and textlint + textlint-rule-prh applying the same
# deprecated-variant rules to the same Japanese text (the two commentaries in
# testdata/corpus/ja, repeated to SIZE_KB kilobytes). Prints both finding counts, whether
# the findings are the same (line and column of every hit), the median wall time of RUNS
# runs of each (alternating), and the speed ratio.
#
#   bench/lint-vs-textlint.sh                     # 3 MB, 11 runs, testdata/lint/gloss.yaml
#   SIZE_KB=100 RUNS=5 GLOSSARY=gloss.yaml bench/lint-vs-textlint.sh
#
# Needs Go, node and npm; textlint and textlint-rule-prh are installed into a temporary
# directory on each run (nothing is added to the repository). The prh rules are generated
# from the glossary by bench/prhrules.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_KB=${SIZE_KB:-3072}
RUNS=${RUNS:-11}
GLOSSARY=${GLOSSARY:-testdata/lint/gloss.yaml}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building gloss and the prh rules from $GLOSSARY"
go build -o "$work/gloss" ./cmd/gloss
go run ./bench/prhrules "$GLOSSARY" > "$work/prh.yml"

echo "writing ${SIZE_KB} KB of Japanese text from testdata/corpus/ja"
: > "$work/text.txt"
while [ "$(stat -c %s "$work/text.txt")" -lt $((SIZE_KB * 1024)) ]; do
  for f in testdata/corpus/ja/*.txt; do
    cat "$f" >> "$work/text.txt"
    printf '\n\n' >> "$work/text.txt"
  done
done
bytes=$(stat -c %s "$work/text.txt")

echo "installing textlint and textlint-rule-prh with npm"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund textlint textlint-rule-prh >/dev/null)
cat > "$work/.textlintrc.json" <<JSON
{ "rules": { "prh": { "rulePaths": ["$work/prh.yml"] } } }
JSON
tl_version=$(cd "$work" && ./node_modules/.bin/textlint --version)

gloss_cmd=("$work/gloss" lint --glossary "$GLOSSARY" --lang ja --format json "$work/text.txt")
# textlint is run by its own bin script, not through npx, which would add its start-up
# (about 0.4 s here) to textlint's time.
textlint_cmd=(bash -c "cd '$work' && exec ./node_modules/.bin/textlint --format json text.txt")

"${gloss_cmd[@]}" > "$work/gloss.json" || true
"${textlint_cmd[@]}" > "$work/textlint.json" || true

# Both as sorted "line:col" lists (textlint columns count UTF-16 units, gloss code points;
# they agree on this text, which has no characters outside the BMP).
/usr/bin/env python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
g = json.load(open(w + "/gloss.json"))["findings"]
g = sorted(f"{f['line']}:{f['col']}" for f in g if f["rule"] in ("deprecated-term", "forbidden-term"))
t = json.load(open(w + "/textlint.json"))
t = sorted(f"{m['line']}:{m['column']}" for r in t for m in r["messages"])
open(w + "/counts", "w").write(f"{len(g)} {len(t)} {'same' if g == t else 'DIFFERENT'}\n")
if g != t:
    gs, ts = set(g), set(t)
    print("only gloss:", sorted(gs - ts)[:10], file=sys.stderr)
    print("only textlint:", sorted(ts - gs)[:10], file=sys.stderr)
PY
read -r n_gloss n_textlint same < "$work/counts"

# wall CMD... prints the wall time of one run in seconds.
# (EPOCHREALTIME, bash 5: no process is started to read the clock.)
wall() {
  local t0=$EPOCHREALTIME
  "$@" > /dev/null 2>&1 || true
  echo "$EPOCHREALTIME - $t0" | bc -l
}
# median reads numbers, one a line, and prints their median.
median() {
  sort -g | awk '{a[NR]=$1} END {printf "%.3f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
# The runs alternate, so that both tools meet the same load on a shared machine.
: > "$work/t_gloss"
: > "$work/t_textlint"
for _ in $(seq "$RUNS"); do
  wall "${gloss_cmd[@]}" >> "$work/t_gloss"
  wall "${textlint_cmd[@]}" >> "$work/t_textlint"
done
t_gloss=$(median < "$work/t_gloss")
t_textlint=$(median < "$work/t_textlint")
ratio=$(echo "$t_textlint / $t_gloss" | bc -l)
mbps=$(echo "$bytes / 1048576 / $t_gloss" | bc -l)

printf '\ntext: %d bytes; rules: %d prh rules from %s; %d runs each, median wall time\n' \
  "$bytes" "$(grep -c 'expected:' "$work/prh.yml")" "$GLOSSARY" "$RUNS"
printf '%-34s %8s findings %8.3f s\n' "gloss lint" "$n_gloss" "$t_gloss"
printf '%-34s %8s findings %8.3f s\n' "textlint $tl_version + prh" "$n_textlint" "$t_textlint"
printf 'findings: %s; gloss is %.1fx faster (%.1f MB/s, process start included)\n' "$same" "$ratio" "$mbps"
[ "$same" = same ]
