#!/usr/bin/env bash
# Figures for gloss export on a large real glossary: the EDICT Japanese-English dictionary
# (Debian package edict, about 267,000 lines, EUC-JP).
#
#  1. gloss export --from EDICT to tbx, tmx, csv and xlsx: median wall time and peak RSS.
#  2. TBX and TMX side by side with translate-toolkit on the same entries (the main
#     Japanese and English term of each concept, as a two-column CSV): csv2tbx against
#     gloss export --from pairs.csv --format tbx, po2tmx (on the PO csv2po makes of the same
#     CSV) against gloss export --from pairs.csv --format tmx, and the ratio of the medians.
#
# Usage: bench/exports.sh            (RUNS=5 for more runs; EDICT=path for another copy)
# Needs: go, /usr/bin/time, python3-translate (apt-get install edict python3-translate time).
set -euo pipefail
cd "$(dirname "$0")/.."
EDICT=${EDICT:-/usr/share/edict/edict}
RUNS=${RUNS:-3}
PY=/usr/bin/python3
[ -r "$EDICT" ] || { echo "no $EDICT: apt-get install edict" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time: apt-get install time" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gloss" ./cmd/gloss

# measure NAME CMD...: runs CMD $RUNS times, prints the median seconds and the peak RSS.
measure() {
	local name=$1
	shift
	: >"$tmp/times"
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -f "%e %M" -o "$tmp/one" "$@" >/dev/null 2>&1
		cat "$tmp/one" >>"$tmp/times"
	done
	local med rss
	med=$(sort -n "$tmp/times" | awk '{t[NR]=$1} END {print t[int((NR+1)/2)]}')
	rss=$(sort -n -k2 "$tmp/times" | tail -1 | awk '{printf "%d", $2/1024}')
	printf '%-44s %8ss %8s MB\n' "$name" "$med" "$rss"
	echo "$med" >"$tmp/median.$(echo "$name" | tr -c 'a-z0-9' _)"
}
median() { cat "$tmp/median.$(echo "$1" | tr -c 'a-z0-9' _)"; }

echo "EDICT: $(wc -l <"$EDICT") lines; $RUNS runs each; median wall time, peak RSS"
for f in tbx tmx csv xlsx; do
	measure "gloss export --from edict --format $f" "$tmp/gloss" export --from "$EDICT" --status all -q -o "$tmp/out.$f"
done

# the same entries for both tools
"$tmp/gloss" export --from "$EDICT" --format csv --status all -q -o "$tmp/generic.csv"
"$PY" - "$tmp" <<'PY'
import csv, sys
d = sys.argv[1]
with open(d + "/generic.csv", newline="", encoding="utf-8") as f, \
     open(d + "/ttk.csv", "w", newline="", encoding="utf-8") as t, \
     open(d + "/pairs.csv", "w", newline="", encoding="utf-8") as g:
    r = csv.reader(f)
    h = next(r)
    ja, en = h.index("ja"), h.index("en")
    tw, gw = csv.writer(t), csv.writer(g)
    tw.writerow(["source", "target"])
    gw.writerow(["ja", "en"])
    for row in r:
        tw.writerow([row[ja], row[en]])
        gw.writerow([row[ja], row[en]])
PY
"$PY" -m translate.convert.csv2po "$tmp/ttk.csv" "$tmp/ttk.po" >/dev/null 2>&1
echo "same entries: $(($(wc -l <"$tmp/pairs.csv") - 1)) pairs"
measure "translate-toolkit csv2tbx" "$PY" -m translate.convert.csv2tbx "$tmp/ttk.csv" "$tmp/ttk.tbx"
measure "gloss export --from pairs.csv --format tbx" "$tmp/gloss" export --from "$tmp/pairs.csv" --status all -q -o "$tmp/pairs.tbx"
measure "translate-toolkit po2tmx" "$PY" -m translate.convert.po2tmx -l en "$tmp/ttk.po" "$tmp/ttk.tmx"
measure "gloss export --from pairs.csv --format tmx" "$tmp/gloss" export --from "$tmp/pairs.csv" --status all -q -o "$tmp/pairs.tmx"
awk -v a="$(median "translate-toolkit csv2tbx")" -v b="$(median "gloss export --from pairs.csv --format tbx")" \
	'BEGIN {printf "TBX: translate-toolkit / gloss = %.1fx\n", a / b}'
awk -v a="$(median "translate-toolkit po2tmx")" -v b="$(median "gloss export --from pairs.csv --format tmx")" \
	'BEGIN {printf "TMX: translate-toolkit / gloss = %.1fx\n", a / b}'
