#!/usr/bin/env bash
# Times cold runs of `gloss align` (a new process each time: kagome's dictionary and EDICT
# are loaded every run) on the corpus and on the corpus repeated ten times, and prints the
# median of RUNS runs of each and their ratio. Target: the corpus in 3 s or less, ten times
# the corpus in at most ten times that. A first, untimed run copies kagome's dictionary,
# inflated, to gloss's cache directory when it is not there yet (see internal/morph); the
# timed runs read it, as every run but a machine's first does.
#
#	bench/align.sh            # RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gloss" ./cmd/gloss
corpus=testdata/corpus
mkdir -p "$tmp/x10/ja" "$tmp/x10/en" "$tmp/x10/bitext"
for d in ja en; do
  for f in "$corpus/$d"/*.txt; do
    for i in $(seq 10); do cat "$f"; echo; done > "$tmp/x10/$d/$(basename "$f")"
  done
done
{ head -1 "$corpus/bitext/official-statements-2024-2025.tsv"
  for i in $(seq 10); do tail -n +2 "$corpus/bitext/official-statements-2024-2025.tsv"; done
} > "$tmp/x10/bitext/official-statements.tsv"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # dir
  for i in $(seq "$RUNS"); do
    s=$(date +%s.%N)
    "$tmp/gloss" align -q --ja "$1"/ja/*.txt --en "$1"/en/*.txt --bitext "$1"/bitext/*.tsv > /dev/null
    e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median
}
edict=no; [ -f /usr/share/edict/edict ] && edict=yes
"$tmp/gloss" align -q --ja "$corpus"/ja/*.txt --en "$corpus"/en/*.txt --bitext "$corpus"/bitext/*.tsv > /dev/null
one=$(run "$corpus")
ten=$(run "$tmp/x10")
echo "gloss align, cold, median of $RUNS (EDICT installed: $edict)"
echo "corpus:     ${one}s"
echo "corpus x10: ${ten}s"
echo "ratio:      $(echo "scale=2; $ten / $one" | bc)"
