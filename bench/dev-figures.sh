#!/usr/bin/env bash
# Prints gloss's accuracy figures on the development data in testdata/corpus, the one
# command to run before and after any change to align, lint or the default glossary:
#
#   1. align, with no glossary to lean on (EDICT when installed): recall among the proposals
#      and precision of the auto rows on terms-dev.tsv (commentaries, English sources, bitext)
#      and on parallel/terms-parallel-dev.tsv (the four official statements, --parallel),
#      with the precision of each score band; the same on the held-out lists terms-heldout.tsv
#      and parallel/terms-parallel-heldout.tsv (measurement only, never tuning: see
#      testdata/corpus/README.md); and, on one run over all of it, the precision of every
#      auto row a terminologist has judged (auto-judged.tsv), with the auto rows not judged yet;
#   2. lint, with the default glossary, on every official translation in testdata (the bitext,
#      the parallel statements as rows and as paired documents), ja → en and en → ja (the
#      direction the statements were translated in): every finding is false, but for the
#      omissions of the bitext's phrase alignment that lint/official_test.go lists;
#   3. the default glossary: for how many rows of the term lists (development and held out)
#      a lookup of the Japanese gives a concept whose preferred English is the row's English,
#      or an admitted official wording that the concept's sources quote (bench/coverage).
#
#	bench/dev-figures.sh          # all three
#	bench/dev-figures.sh lint     # one section: align, lint or glossary
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gloss" ./cmd/gloss
g="$tmp/gloss"
c=testdata/corpus
printf 'gloss: 1\nlanguages: [ja, en]\nconcepts: []\n' > "$tmp/empty.yaml"
want=${1:-all}

parallel=()
for d in "$c"/parallel/*/; do parallel+=(--parallel "${d}ja.txt=${d}en.txt"); done

corpus=(--ja "$c"/ja/*.txt --en "$c"/en/*.txt --bitext "$c"/bitext/*.tsv)
# evalon TITLE LIST ARGS...: align's figures on the term list LIST, with no glossary.
evalon() {
  local title=$1 list=$2
  shift 2
  echo "== align$title: $list"
  "$g" align -q --glossary "$tmp/empty.yaml" --eval "$c/$list" "$@" -o /dev/null || true
  echo
}

if [ "$want" = all ] || [ "$want" = align ]; then
  evalon "" terms-dev.tsv "${corpus[@]}"
  evalon "" parallel/terms-parallel-dev.tsv "${parallel[@]}"
  evalon " HELD OUT" terms-heldout.tsv "${corpus[@]}"
  evalon " HELD OUT" parallel/terms-parallel-heldout.tsv "${parallel[@]}"
  # Every auto row a user would see, not only those on a term list: judge the rows reported
  # as not judged yet and add them to auto-judged.tsv.
  echo "== align, every auto row: auto-judged.tsv"
  "$g" align -q --glossary "$tmp/empty.yaml" "${corpus[@]}" "${parallel[@]}" -o "$tmp/all.tsv"
  go run ./bench/autojudged "$c/auto-judged.tsv" "$tmp/all.tsv"
  echo
fi

if [ "$want" = all ] || [ "$want" = lint ]; then
  echo "== lint: official translations, default glossary (every finding is false)"
  total=0
  # Run from an empty folder with no $GLOSS_GLOSSARY: lint uses the embedded default glossary.
  lintone() { # label, args...
    local label=$1; shift
    local out n
    out=$(cd "$tmp" && GLOSS_GLOSSARY= "$g" lint --format json "$@" 2>/dev/null || true)
    # Counted from the report's JSON, so output that is not a report fails the script
    # instead of reading as "0 findings".
    n=$(printf '%s' "$out" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["findings"]))')
    printf '%-56s %3d findings\n' "$label" "$n"
    printf '%s\n' "$out" | grep '"rule"' | sed 's/^/    /' | cut -c1-220 || true
    total=$((total + n))
  }
  abs() { echo "$PWD/$1"; }
  for f in "$c"/bitext/*.tsv "$c"/parallel/pairs-dev.tsv; do
    lintone "${f#"$c"/}" "$(abs "$f")"
  done
  for d in "$c"/parallel/*/; do
    n=${d%/}; n=${n##*/}
    lintone "parallel/$n (--pair)" --pair "$(abs "${d}ja.txt")" "$(abs "${d}en.txt")"
  done
  jaen=$total
  # en → ja, the direction the statements were translated in: English originals, official
  # Japanese (仮訳).
  for f in "$c"/bitext/*.tsv "$c"/parallel/pairs-dev.tsv; do
    lintone "${f#"$c"/} (en → ja)" --source en --target ja "$(abs "$f")"
  done
  for d in "$c"/parallel/*/; do
    n=${d%/}; n=${n##*/}
    lintone "parallel/$n (--pair, en → ja)" --pair "$(abs "${d}en.txt")" "$(abs "${d}ja.txt")"
  done
  echo "total findings on official translations: $total (ja → en $jaen, en → ja $((total - jaen)); want 0)"
  echo
fi

if [ "$want" = all ] || [ "$want" = glossary ]; then
  echo "== default glossary: the English for the rows of the term lists"
  # The measure of TestDefaultCoverage (eval.MeasureCoverage): a lookup of the row's Japanese,
  # and the concept's preferred English, or an admitted official wording its sources quote.
  go run ./bench/coverage "$c/terms-dev.tsv" "$c/parallel/terms-parallel-dev.tsv" \
    "$c/terms-heldout.tsv" "$c/parallel/terms-parallel-heldout.tsv"
fi
