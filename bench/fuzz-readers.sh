#!/usr/bin/env bash
# Fuzzes every reader of outside input in turn, each for FUZZTIME (default 5m), with a short
# minimization time so that the time goes to exploring rather than to shrinking inputs. A
# crasher is written by go test under the package's testdata/fuzz/ and stops the script:
# commit it as a regression input after fixing the reader.
#
#	bench/fuzz-readers.sh              # all readers, 5 minutes each (about two hours)
#	FUZZTIME=30s bench/fuzz-readers.sh exports/tmx:FuzzRead
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(
  exports/tbx:FuzzRead exports/edict:FuzzRead exports/delim:FuzzRead exports/tmx:FuzzRead
  exports/xlsx:FuzzRead exports/xlsx:FuzzSharedStrings exports/xliff:FuzzParse glossary:FuzzParseFormat
  lint:FuzzReadTSV lint:FuzzReadCSV lint:FuzzReadPO lint:FuzzReadTMX lint:FuzzReadText
  lint:FuzzReadXLIFF lint:FuzzReadPaired tm:FuzzAddTMX align:FuzzReadBitextColumns
  internal/textfile:FuzzCheckText glossary:FuzzFastItem match:FuzzReadMatcher
  internal/textnorm:FuzzShadowFold glossary:FuzzEntriesAsParse internal/textfile:FuzzDecodePlain
  glossary:FuzzValidateStream internal/morph:FuzzDecodeLean
)
[ $# -gt 0 ] && targets=("$@")
for t in "${targets[@]}"; do
  pkg=${t%%:*} fn=${t##*:}
  echo "== $pkg $fn"
  go test "./$pkg" -run '^$' -fuzz "^$fn\$" -fuzztime "${FUZZTIME:-5m}" -fuzzminimizetime 5s -parallel 1
done
