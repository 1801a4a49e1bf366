#!/usr/bin/env bash
# Checks that two gloss binaries give byte-identical align output on the corpus: the
# proposals (tsv, json and yaml), the TMX of the aligned segments, the missing-terms list,
# the parallel statements' proposals and the --eval figures of bench/dev-figures.sh. Run it
# around a change that should only make align faster:
#
#	go build -o OLD ./cmd/gloss            # before the change
#	go build -o NEW ./cmd/gloss            # after it
#	bench/align-same.sh OLD NEW
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: bench/align-same.sh OLD_GLOSS NEW_GLOSS" >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
c=testdata/corpus
printf 'gloss: 1\nlanguages: [ja, en]\nconcepts: []\n' > "$tmp/empty.yaml"
parallel=()
for d in "$c"/parallel/*/; do parallel+=(--parallel "${d}ja.txt=${d}en.txt"); done
corpus=(--ja "$c"/ja/*.txt --en "$c"/en/*.txt --bitext "$c"/bitext/*.tsv)

outputs() { # gloss binary, output dir
  local g=$1 o=$2
  mkdir -p "$o"
  for f in tsv json yaml; do
    "$g" align -q "${corpus[@]}" --format "$f" -o "$o/corpus.$f"
  done
  "$g" align -q "${corpus[@]}" --tmx "$o/corpus.tmx" --missing "$o/missing.tsv" -o "$o/corpus-tmx.tsv"
  # The TMX header's creationdate is the clock, not align's output.
  sed -i 's/creationdate="[0-9TZ]*"/creationdate=""/' "$o/corpus.tmx"
  "$g" align -q "${parallel[@]}" -o "$o/parallel.tsv"
  "$g" align -q --glossary "$tmp/empty.yaml" "${corpus[@]}" -o "$o/empty.tsv"
  "$g" align -q --no-dict --no-wordnet "${corpus[@]}" -o "$o/nolex.tsv"
  for l in terms-dev.tsv terms-heldout.tsv; do
    "$g" align -q --glossary "$tmp/empty.yaml" --eval "$c/$l" "${corpus[@]}" -o /dev/null > "$o/eval-$l" 2>&1 || true
  done
  for l in terms-parallel-dev.tsv terms-parallel-heldout.tsv; do
    "$g" align -q --glossary "$tmp/empty.yaml" --eval "$c/parallel/$l" "${parallel[@]}" -o /dev/null > "$o/eval-$l" 2>&1 || true
  done
}
outputs "$old" "$tmp/old"
outputs "$new" "$tmp/new"
if diff -r "$tmp/old" "$tmp/new" > "$tmp/diff"; then
  echo "align output identical: $(ls "$tmp/old" | wc -l) files, $(cat "$tmp/old"/* | wc -c) bytes"
else
  head -50 "$tmp/diff"
  echo "align output differs" >&2
  exit 1
fi
