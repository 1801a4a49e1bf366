#!/usr/bin/env bash
# Peak memory and wall time of the commands that read large inputs, against issue 11's
# targets: peak RSS at most 5x the input for inputs over 10 MB; the EDICT glossary (about
# 257,000 concepts) loaded the first time within 1 GB and 8 s, and lookup, export and lint
# from its compiled cache within 300 MB.
#
# Inputs (built once into $MEMDIR, default a temporary directory removed at the end):
#   glossary.yaml  a generated glossary of about 50 MB (glossary/internal/synth)
#   badstatus.yaml, dupid.yaml, syntax.yaml  glossary.yaml with one error near its end (concept
#                  109990 of 110000): a concept status misspelt, an id used before, a quoted
#                  definition left open (a YAML syntax error); comments.yaml with a comment
#                  line every 1,000 concepts; flow.yaml its concepts list in flow style, a
#                  concept a line (about 45 MB)
#   segs.xlf       XLIFF 1.2, 1,000,000 short segments (about 135 MB), one in ten with a
#                  forbidden rendering; segs30.xlf the same with 222,000 (30 MB)
#   segs30.tmx     TMX, 222,000 units of the same segments (about 30 MB)
#   segs30.tsv     id<TAB>ja<TAB>en, 413,000 rows of them (about 30 MB)
#   segs30.po      a PO file (header Language: en), 305,000 entries of them (about 30 MB)
#   text30.txt     30 MB of Japanese commentary text; tiny.txt and tiny.tsv a line each, for
#                  the floor (tiny.tsv makes lint load kagome's dictionary)
#   kagome12.tsv   id<TAB>ja<TAB>en, 12 MB (kagome30.tsv: 30 MB) of rows that make lint ask
#                  kagome: a Japanese term inside a longer word of kanji whose English is
#                  missing (a finding, one row in ten), a country in a person's title (no
#                  finding, four in ten), and the plain rows of segs30.tsv
#   dense10.txt    10 MB of English text dense with terms: paragraphs of four lines, each
#                  line with five or six terms of the default glossary (a short form among
#                  them), one line in fifty with the rarer rendering of a concept
#   text.txt       200 MB of Japanese commentary text (testdata/corpus/ja repeated)
#   line.txt       one line of 50 MB (lint-line and lookup-line, as enline20.txt);
#                  line20.txt one of 20 MB, given on standard input
#   enline20.txt   one line of 20 MB of English (testdata/corpus/en joined without newlines);
#                  enline50.txt one of 50 MB
#   pair15.ja.txt, pair15.en.txt  testdata/corpus/parallel's pairs repeated, a blank
#                  line after each copy: some 15 and 14 MB of paragraphs of 34 lines each
#   xlfline.xlf    XLIFF 1.2 of 740,000 segments as segs.xlf (about 100 MB) on one line
#   shared.xlsx    1,000,000 rows ja, en, subject as Excel saves a workbook: every text a
#                  shared string (2,000,008 of them; about 19 MB, 200 MB unzipped)
#   edict.yaml     EDICT imported with gloss import (Debian package edict)
#   rows.csv       1,000,000 rows ja,en, and rows.xlsx exported from it; rows.tsv and
#                  rows.tmx the same concepts exported by gloss export --from rows.csv, and
#                  rows.tbx the first 400,000 of them (TBX of a million is over the 256 MiB
#                  limit of an exchange file)
#   rows2.csv      1,000,000 other rows, merged (merge-csv) into the default glossary and
#                  into rows.yaml, the million concepts of rows.csv
#   loose.yaml     rows.yaml with every status quoted, for fmt -w to rewrite
#
# Usage: bench/memory.sh [CASE...]   (MEMDIR=dir keeps the inputs between runs; LIMIT=600
# stops a command after so many seconds, exit 124; GLOSS=path measures that binary instead
# of one built from the tree, to compare two versions)
# Cases: validate validate-broken lint-floor lint-xliff lint-text lint-small lint-kagome lint-dense lint-line lint-enline lint-xliff-line
# lint-pair lint-stdin lookup-line edict xlsx xlsx-shared import-csv import-tsv import-tbx import-tmx merge-csv fmt (default: all)
# Needs: go, /usr/bin/time (apt-get install time edict).
set -euo pipefail
cd "$(dirname "$0")/.."
EDICT=${EDICT:-/usr/share/edict/edict}
[ -x /usr/bin/time ] || { echo "no /usr/bin/time: apt-get install time" >&2; exit 2; }
if [ -n "${MEMDIR:-}" ]; then
	dir=$MEMDIR
	mkdir -p "$dir"
else
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
fi
bin=${GLOSS:-$dir/gloss}
[ -n "${GLOSS:-}" ] || go build -o "$bin" ./cmd/gloss
cases=${*:-validate validate-broken lint-floor lint-xliff lint-text lint-small lint-kagome lint-dense lint-line lint-enline lint-xliff-line lint-pair lint-stdin lookup-line edict xlsx xlsx-shared import-csv import-tsv import-tbx import-tmx merge-csv fmt}
export GLOSS_CACHE_DIR=$dir/cache

# measure NAME INPUT CMD...: runs CMD once; prints wall and user CPU time (on a busy machine
# the CPU time is the steadier figure), peak RSS and RSS / input size
# (INPUT is a file whose size is the input's, or - for none). An exit status above 1 is an
# error and is shown.
measure() {
	local name=$1 input=$2
	shift 2
	local rc=0
	/usr/bin/time -f "%e %U %M" -o "$dir/one" timeout "${LIMIT:-600}" "$@" >/dev/null 2>"$dir/err" || rc=$?
	if [ "$rc" -gt 1 ]; then
		echo "$name: exit $rc: $(grep -v '^Command exited' "$dir/err" | head -3)" >&2
	fi
	read -r secs cpu kb < <(tail -1 "$dir/one")
	local ratio=""
	if [ "$input" != - ]; then
		ratio=$(awk -v kb="$kb" -v b="$(stat -c %s "$input")" 'BEGIN {printf "%.1fx of %d MB", kb * 1024 / b, b / 1e6}')
	fi
	printf '%-46s %7ss %7ss CPU %6d MB  %s\n' "$name" "$secs" "$cpu" "$((kb / 1024))" "$ratio"
}

build_glossary() {
	[ -s "$dir/glossary.yaml" ] || go run ./glossary/internal/synth/gengloss -n 110000 >"$dir/glossary.yaml"
}

# build_broken: the variants of glossary.yaml that the splitter of parseEach does not read
# one concept at a time, or that stop it (see the inputs above)
build_broken() {
	build_glossary
	local g=$dir/glossary.yaml
	[ -s "$dir/badstatus.yaml" ] || sed '/^  - id: concept-109990$/{n;n;s/status: approved/status: aproved/}' "$g" >"$dir/badstatus.yaml"
	[ -s "$dir/dupid.yaml" ] || sed 's/^  - id: concept-109990$/  - id: concept-5/' "$g" >"$dir/dupid.yaml"
	[ -s "$dir/syntax.yaml" ] || sed '/^  - id: concept-109990$/{n;n;n;n;s/^      en: .*/      en: "A generated concept: unclosed/}' "$g" >"$dir/syntax.yaml"
	[ -s "$dir/comments.yaml" ] || awk '/^  - id: concept-[0-9]*000$/ {print "  # section " NR} {print}' "$g" >"$dir/comments.yaml"
	[ -s "$dir/flow.yaml" ] || awk 'NR <= 2 {print; next} NR == 3 {print "concepts: ["; next}
		/^  - id: / { if (n++) printf ",\n"; k = 0 }
		{
			k++; v = $0; sub(/^ *(- )?([a-z]+: )?/, "", v); f[k] = v
			if (k == 15) printf "  {id: %s, subject: %s, status: %s, definition: {en: %s}, terms: {ja: [%s], en: [%s, %s]}, sources: [{lang: en, doc: %s, quote: %s}]}", f[1], f[2], f[3], f[5], f[8], f[10], f[11], f[14], f[15]
		}
		END { print "\n]" }' "$g" >"$dir/flow.yaml"
}

# xliff N: an XLIFF 1.2 file of N short segments, one in ten with a forbidden rendering.
xliff() {
	awk -v n="$1" 'BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
		print "<file original=\"segs\" source-language=\"ja\" target-language=\"en\" datatype=\"plaintext\"><body>"
		'"$SEGMENTS"'
		for (i = 1; i <= n; i++) {
			k = (i % 10 == 0) ? 4 : i % 4
			printf "<trans-unit id=\"%d\"><source>%s</source><target>%s</target></trans-unit>\n", i, ja[k], en[k]
		}
		print "</body></file></xliff>"
	}'
}

SEGMENTS='ja[0] = "拡大抑止の信頼性を高める"; en[0] = "strengthen the credibility of extended deterrence"
		ja[1] = "統合抑止を推進する"; en[1] = "advance integrated deterrence"
		ja[2] = "日米同盟の抑止力"; en[2] = "the deterrence of the Japan-U.S. Alliance"
		ja[3] = "地域の平和と安定"; en[3] = "peace and stability in the region"
		ja[4] = "拡大抑止を強化する"; en[4] = "strengthen expanded deterrence"'

build_xliff() {
	[ -s "$dir/segs.xlf" ] || xliff 1000000 >"$dir/segs.xlf"
}

build_small() {
	[ -s "$dir/segs30.xlf" ] || xliff 222000 >"$dir/segs30.xlf"
	[ -s "$dir/segs30.tmx" ] || awk 'BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<tmx version=\"1.4\"><header srclang=\"ja\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"bench\" creationtoolversion=\"1\" o-tmf=\"bench\"/><body>"
		'"$SEGMENTS"'
		for (i = 1; i <= 188500; i++) {
			k = (i % 10 == 0) ? 4 : i % 4
			printf "<tu tuid=\"%d\"><tuv xml:lang=\"ja\"><seg>%s</seg></tuv><tuv xml:lang=\"en\"><seg>%s</seg></tuv></tu>\n", i, ja[k], en[k]
		}
		print "</body></tmx>"
	}' >"$dir/segs30.tmx"
	[ -s "$dir/segs30.po" ] || awk 'BEGIN {
		print "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
		'"$SEGMENTS"'
		for (i = 1; i <= 305000; i++) {
			k = (i % 10 == 0) ? 4 : i % 4
			printf "#: segs:%d\nmsgid \"%s\"\nmsgstr \"%s\"\n\n", i, ja[k], en[k]
		}
	}' >"$dir/segs30.po"
	[ -s "$dir/segs30.tsv" ] || awk 'BEGIN {
		print "id\tja\ten"
		'"$SEGMENTS"'
		for (i = 1; i <= 413000; i++) {
			k = (i % 10 == 0) ? 4 : i % 4
			printf "%d\t%s\t%s\n", i, ja[k], en[k]
		}
	}' >"$dir/segs30.tsv"
	build_text30
}

build_text30() {
	if [ ! -s "$dir/text30.txt" ]; then
		cat testdata/corpus/ja/*.txt >"$dir/one.txt"
		local n=$((30000000 / $(stat -c %s "$dir/one.txt")))
		for _ in $(seq "$n"); do cat "$dir/one.txt"; done >"$dir/text30.txt"
	fi
}

# kagome_tsv BYTES: rows that make lint ask kagome for word boundaries and parts of speech.
kagome_tsv() {
	awk -v bytes="$1" 'BEGIN {
		print "id\tja\ten"
		'"$SEGMENTS"'
		ja[5] = "新統合抑止を推進する"; en[5] = "advance it"
		ja[6] = "岸田文雄日本国総理大臣は述べた"; en[6] = "Prime Minister Kishida said"
		ja[7] = "尹錫悦韓国大統領と会談した"; en[7] = "met President Yoon Suk Yeol"
		for (i = 1; n < bytes; i++) {
			k = i % 10
			k = k == 0 ? 5 : k % 2 == 1 ? 6 + int(k / 2) % 2 : k / 2 - 1
			line = i "\t" ja[k] "\t" en[k]
			print line
			n += length(line) + 1
		}
	}'
}

build_kagome() {
	[ -s "$dir/kagome12.tsv" ] || kagome_tsv 12000000 >"$dir/kagome12.tsv"
	[ -s "$dir/kagome30.tsv" ] || kagome_tsv 30000000 >"$dir/kagome30.tsv"
}

build_dense() {
	[ -s "$dir/dense10.txt" ] && return
	awk 'BEGIN {
		for (i = 1; n < 10000000; i++) {
			t = i % 50 == 7 ? "U.S.-Japan Alliance" : "Japan-U.S. Alliance"
			line = sprintf("The United States and Japan reaffirmed extended deterrence and the %s (the Alliance) in the Indo-Pacific region, line %d.", t, i)
			if (i % 4 == 0) line = line "\n"
			print line
			n += length(line) + 1
		}
	}' >"$dir/dense10.txt"
}

build_text() {
	[ -s "$dir/text.txt" ] && return
	local one=$dir/one.txt
	cat testdata/corpus/ja/*.txt >"$one"
	local n=$((200000000 / $(stat -c %s "$one")))
	for _ in $(seq "$n"); do cat "$one"; done >"$dir/text.txt"
}

# build_line [NAME MB]: one line of MB megabytes (default line.txt, 50)
build_line() {
	local name=${1:-line.txt} mb=${2:-50}
	[ -s "$dir/$name" ] && return
	tr -d '\n' <testdata/corpus/ja/commentary-us-defense-strategy-2026.txt >"$dir/para.txt"
	local n=$((mb * 1000000 / $(stat -c %s "$dir/para.txt")))
	{
		for _ in $(seq "$n"); do cat "$dir/para.txt"; done
		echo
	} >"$dir/$name"
}

# build_enline [NAME MB]: one line of MB megabytes of English (default enline20.txt, 20)
build_enline() {
	local name=${1:-enline20.txt} mb=${2:-20}
	[ -s "$dir/$name" ] && return
	cat testdata/corpus/en/*.txt | tr -d '\n' >"$dir/enpara.txt"
	local n=$((mb * 1000000 / $(stat -c %s "$dir/enpara.txt")))
	{
		for _ in $(seq "$n"); do cat "$dir/enpara.txt"; done
		echo
	} >"$dir/$name"
}

build_pair() {
	[ -s "$dir/pair15.en.txt" ] && return
	local l
	for l in ja en; do
		{
			cat testdata/corpus/parallel/*/$l.txt
			printf '\n\n'
		} >"$dir/pp.$l"
	done
	local n=$((15000000 / $(stat -c %s "$dir/pp.ja")))
	for l in ja en; do
		for _ in $(seq "$n"); do cat "$dir/pp.$l"; done >"$dir/pair15.$l.txt"
	done
}

# build_xliff_line: xlfline.xlf, an XLIFF file of 740,000 segments (about 100 MB) on one
# line, as some tools write it
build_xliff_line() {
	[ -s "$dir/xlfline.xlf" ] || xliff 740000 | tr -d '\n' >"$dir/xlfline.xlf"
}

build_edict() {
	[ -r "$EDICT" ] || { echo "no $EDICT: apt-get install edict" >&2; exit 2; }
	[ -s "$dir/edict.yaml" ] || "$bin" import --format edict "$EDICT" -o "$dir/edict.yaml" 2>/dev/null
}

build_rows() {
	[ -s "$dir/rows.csv" ] && return
	awk 'BEGIN {
		print "ja,en"
		for (i = 0; i < 1000000; i++) printf "抑止用語%d,deterrence term %d\n", i, i
	}' >"$dir/rows.csv"
}

build_rows2() {
	[ -s "$dir/rows2.csv" ] && return
	awk 'BEGIN {
		print "ja,en"
		for (i = 0; i < 1000000; i++) printf "同盟用語%d,alliance term %d\n", i, i
	}' >"$dir/rows2.csv"
}

# build_rows_as FORMAT: rows.FORMAT, the concepts of rows.csv exported as FORMAT.
build_rows_as() {
	build_rows
	[ -s "$dir/rows.$1" ] && return
	if [ "$1" = tbx ]; then
		head -400001 "$dir/rows.csv" >"$dir/rows400k.csv"
		"$bin" export --from "$dir/rows400k.csv" -q --format tbx -o "$dir/rows.tbx"
	else
		"$bin" export --from "$dir/rows.csv" -q --format "$1" -o "$dir/rows.$1"
	fi
}

for c in $cases; do
	case $c in
	validate)
		build_glossary
		measure "validate (generated glossary)" "$dir/glossary.yaml" \
			env GLOSS_CACHE=off "$bin" validate "$dir/glossary.yaml"
		# The first 12 MB of it, cut at a concept: under 32 MiB the limit of base+factor
		# let the heap reach 7.6x the file (96 MB); capped at 3 bytes per byte from 10 MiB
		# up (validateCap, validateCapFrom), some 45 MB (3.8x) for the same CPU time (57
		# MB, 4.8x, at 4 bytes per byte).
		if [ ! -s "$dir/glossary12.yaml" ]; then
			# whole concepts only: the one cut short is dropped
			head -c 12582912 "$dir/glossary.yaml" | sed '$d' | awk '/^  - id:/ { if (buf != "") printf "%s", buf; buf = "" } { buf = buf $0 "\n" } END {}' >"$dir/glossary12.yaml"
		fi
		measure "validate (its first 12 MB)" "$dir/glossary12.yaml" \
			env GLOSS_CACHE=off "$bin" validate "$dir/glossary12.yaml"
		;;
	validate-broken)
		# validate checks a glossary one concept at a time (glossary.ValidateFile); what
		# its splitter does not read one entry at a time is read so all the same for
		# validation: comment lines in the concepts list, a list in flow style (each entry
		# parsed alone) and an entry that is not a YAML document of its own (parsed with
		# the entries after it, up to 4 MiB, until it parses or the parser's error lies
		# before the last of them, as the whole file's parse reports it). Some 151 MB
		# (3.0x to 3.1x) and 1.2 to 1.5 s of user CPU for the 52 MB files (each read once),
		# 134 MB (3.2x) and 5.8 s for flow.yaml (44 MB), at validate's cap of 3 bytes per
		# byte (200 and 175 MB, 4.0x and 4.1x, at 4), where the syntax error, the comments and
		# the flow style made it parse the whole file: 851 MB (16.3x) and 14 s, 1.13 GB
		# (21.7x) and 16 s, 1.11 GB (24.9x) and 14 s (medians of three, old and new
		# alternated). A misspelt status or an id used twice were read one concept at a
		# time already (238 MB, 4.6x, before validate's limit was capped at 4 bytes per
		# byte: validateCap).
		build_broken
		for f in badstatus dupid syntax comments flow; do
			measure "validate $f.yaml" "$dir/$f.yaml" env GLOSS_CACHE=off "$bin" validate "$dir/$f.yaml"
		done
		;;
	lint-floor)
		printf '拡大抑止\n' >"$dir/tiny.txt"
		printf 'id\tja\ten\n1\t新統合抑止を推進する\tadvance it\n' >"$dir/tiny.tsv"
		measure "lint floor: one line of text" - "$bin" lint "$dir/tiny.txt"
		measure "lint floor: one row, kagome loaded" - "$bin" lint "$dir/tiny.tsv"
		rm -rf "$dir/firstcache" # the first run writes the dictionary's file: some 41 MB (64 before)
		measure "lint floor: one row, first run (empty cache)" - env GLOSS_CACHE_DIR="$dir/firstcache" "$bin" lint "$dir/tiny.tsv"
		rm -rf "$dir/firstcache"
		;;
	lint-small)
		build_small
		for f in segs30.xlf segs30.tmx segs30.po segs30.tsv text30.txt; do
			measure "lint $f" "$dir/$f" "$bin" lint "$dir/$f"
		done
		;;
	lint-kagome)
		# some 48 and 71 MB (4.2x and 2.5x; 53 and 73 MB at lint's base limit of 28 MiB,
		# 63 and 81 MB at 48; before lint streamed TSV, 71 and 114 MB):
		# kagome's lean dictionary is mapped from the cache (one row that needs it: 35 MB,
		# lint-floor), and the rows are read a batch at a time
		build_kagome
		for f in kagome12.tsv kagome30.tsv; do
			measure "lint $f (kagome loaded)" "$dir/$f" "$bin" lint "$dir/$f"
		done
		# a machine's first run, with no dictionary file in the cache yet: it is written
		# from the embedded zip a part at a time and mapped (some 54 MB, 4.5x; 70 MB when
		# the dictionary was read onto the heap first)
		rm -rf "$dir/firstcache"
		measure "lint kagome12.tsv, first run (empty cache)" "$dir/kagome12.tsv" env GLOSS_CACHE_DIR="$dir/firstcache" "$bin" lint "$dir/kagome12.tsv"
		rm -rf "$dir/firstcache"
		;;
	lint-dense)
		# the consistency check keeps a use of most of the terms: some 10 bytes each.
		# Some 47 MB (4.8x): the window reading the file has the batch it holds
		# checked before it moves to a new buffer, and lint's base limit is 24 MiB; before,
		# a batch waiting to be checked held the old buffer beside the new one, and
		# the base was 28 MiB: 52 MB (5.3x)
		build_dense
		measure "lint dense10.txt (terms on every line)" "$dir/dense10.txt" "$bin" lint "$dir/dense10.txt"
		;;
	lint-xliff)
		build_xliff
		measure "lint XLIFF, 1M segments" "$dir/segs.xlf" "$bin" lint "$dir/segs.xlf"
		;;
	lint-text)
		build_text
		measure "lint 200 MB of text" "$dir/text.txt" "$bin" lint "$dir/text.txt"
		;;
	lint-line)
		# some 157 MB (3.3x) and 2.8 s of CPU: the paragraph is checked a part of about
		# 1 MB at a time (lint's splitBytes), and the file is read again for the
		# positions and fingerprints once it is checked; before, the whole line's
		# normalized copy, candidates and occurrences at once, 346 MB (7.3x)
		build_line
		measure "lint one 50 MB line" "$dir/line.txt" "$bin" lint "$dir/line.txt"
		;;
	lint-enline)
		# some 76 to 80 MB (4.0x to 4.2x) and 2.7 s of user CPU, the 50 MB line some
		# 147 MB (3.1x): checked a part at a time, cut at English sentence ends
		# (match.SplitAt); before, the line's normalized copy, candidates and
		# occurrences at once, some 313 to 335 MB (16.4x to 17.1x). Of the rest, the
		# reader's buffer holds the line in each pass, grown to the file's size (it
		# doubled past it: 32 MB for 20, when the peak was 83 to 103 MB, 4.4x to 5.4x)
		build_enline
		build_enline enline50.txt 50
		measure "lint one 20 MB English line" "$dir/enline20.txt" "$bin" lint "$dir/enline20.txt"
		measure "lint one 50 MB English line" "$dir/enline50.txt" "$bin" lint "$dir/enline50.txt"
		;;
	lint-xliff-line)
		build_xliff_line
		measure "lint XLIFF on one 100 MB line" "$dir/xlfline.xlf" "$bin" lint "$dir/xlfline.xlf"
		;;
	lint-pair)
		# some 96 MB (3.5x of the two files' 28.7 MB) and 5.2 s of user CPU: both files
		# are read whole (readAhead), paired paragraph by paragraph (or, as here, line by
		# line), and checked as one document
		build_pair
		cat "$dir/pair15.ja.txt" "$dir/pair15.en.txt" >"$dir/pair15.both"
		measure "lint --pair of 15 and 14 MB" "$dir/pair15.both" "$bin" lint --pair "$dir/pair15.ja.txt" "$dir/pair15.en.txt"
		rm -f "$dir/pair15.both"
		;;
	lint-stdin)
		# standard input is spooled to a temporary file and linted as a stream like a
		# file named on the command line: 30 MB of text some 66 MB (2.3x) and 1.0 s of
		# CPU, where read whole it took 87 MB and 2.2 s; the 20 MB line some 76 MB (4.0x)
		# every run and 1.0 s: the window reading the spool looks ahead for the line's
		# end and grows to it in one step (the file named, the same). Before, it doubled
		# up to the line, holding the last two buffers at once: 76 to 92 MB (4.0x to
		# 4.8x) from run to run, as the collector caught the old buffer or not
		build_text30
		build_line line20.txt 20
		measure "lint - <text30.txt" "$dir/text30.txt" "$bin" lint - <"$dir/text30.txt"
		measure "lint - <line20.txt (one 20 MB line)" "$dir/line20.txt" "$bin" lint - <"$dir/line20.txt"
		;;
	lookup-line)
		# some 48 MB (1x of the 50 MB line, 2.5x of the 20 MB English one) and 4.2 s
		# and 2.3 s of CPU (user and system): the line is matched a part of about 1 MB at a time
		# (match.ReadParts, cut where match.SplitAt allows) and each part's terms are
		# written before the next is read, under a soft limit of 32 MiB and the
		# glossary (lookupInBase); the file is read twice, first to check that it is
		# text. Before, the file, a copy of it as a string, the whole line's matching
		# and all its terms (839,000; 279,000) at once: 1.31 GB (27x) and 5.1 s, and
		# 841 MB (44x) and 2.5 s
		build_line
		build_enline
		measure "lookup --in one 50 MB line" "$dir/line.txt" "$bin" lookup --in "$dir/line.txt"
		measure "lookup --in one 20 MB English line" "$dir/enline20.txt" "$bin" lookup --in "$dir/enline20.txt"
		;;
	edict)
		# import some 72 MB (4.0x of EDICT's 19 MB) and 2.6 s of CPU at a base limit of
		# 24 MiB (87 MB, 4.9x, at 40 MiB; 94 MB, 5.1x, at 48). The first load (lookup,
		# no cache) some 380 to 400 MB and 4.7 to 5.2 s of user CPU and 1 s of system
		# (5.5 s of wall time once the machine's load had fallen to 5, 16 to 41 s at a
		# load of 10 to 14), lookup from the cache 161 MB. The first lint compiles the matchers
		# (lintCompileFactor): some 263 to 269 MB and 6.8 to 8.5 s of user CPU and 1 s of
		# system, where it took 448 to 451 MB and 15 to 17 s when the compile held a slice
		# of entries per key and the budget was six bytes per byte of YAML (three runs each,
		# old and new alternated); then 71 to 73 MB and 0.4 to 0.5 s from the cache. The
		# compile now keeps its million keys in one block with an open-addressing table,
		# not a map of strings, and builds the trie level by level with its nodes in BFS
		# order; the cache says that no EDICT term has a short form, verb or adjective, so
		# the matcher of those reads no concept; the entries of the file are read on
		# another core while the cache takes their keys and records. The first lint after
		# a lookup: some 266 to 272 MiB and 3.7 to 4.0 s of user CPU, 5.0 to 5.4 s of wall
		# time, where it took 5.9 to 6.3 s and 7.2 to 10.3 s. The first lint with no cache
		# (building it, then compiling): some 7.1 to 7.4 s of user CPU and 1.5 to 1.9 s of
		# system, 8.8 to 11.9 s of wall time (median 8.9), 420 to 470 MiB, where it took
		# 9.3 to 9.5 s and 1.3 to 1.6 s, 12.0 to 15.9 s (median 12.6). With the build
		# at 9 bytes of limit per byte of YAML (lintGlossaryFactor), the runtime's excess
		# kept in the limit after the compile, the index's keys sorted by radix and a
		# matcher file 35 MB smaller (166 MB): 6.5 to 7.5 s of user CPU and 1.2 to 1.5 s
		# of system (medians 7.1 and 1.4, where 7.9 and 1.6), some 615 MiB (where 426),
		# wall time 7.7 to 13.9 s (median 10.7, where 9.5) at a load of 3.5 to 5 (three
		# runs each, old and new alternated). Lint from the cache
		# 0.45 s of user CPU and 69 MiB (where 0.40 s and 74). The first lookup:
		# the same 3.8 to 4.3 s of user CPU, 4.8 to 7.7 s of wall time (median 4.8, where
		# 7.0), some 390 MiB. Three runs each, old and new alternated, at a load average of
		# 4 to 5 on two cores. validate from the cache some 203 to 205 MB and 3.5 s
		# of user CPU at validate's cap of 3 bytes per byte (267 to 277 MB at 4); each export
		# from the cache 188 to 200 MB (deepl refuses EDICT's many targets, exit 2).
		measure "import EDICT" "$EDICT" "$bin" import --format edict "$EDICT" -o "$dir/edict.yaml"
		rm -rf "$GLOSS_CACHE_DIR"
		measure "lookup, first load of EDICT (no cache)" - "$bin" lookup --glossary "$dir/edict.yaml" 抑止
		measure "lookup from the cache" - "$bin" lookup --glossary "$dir/edict.yaml" 抑止
		# The first lint compiles the matchers and keeps them beside the cache; the next maps them.
		measure "lint from the cache, matchers compiled" - "$bin" lint --glossary "$dir/edict.yaml" testdata/corpus/bitext/official-statements-2024-2025.tsv
		measure "lint from the cache" - "$bin" lint --glossary "$dir/edict.yaml" testdata/corpus/bitext/official-statements-2024-2025.tsv
		measure "validate from the cache" - "$bin" validate "$dir/edict.yaml"
		for f in tbx tbx3 tmx xlsx csv tsv omegat deepl; do
			measure "export $f from the cache" - "$bin" export --glossary "$dir/edict.yaml" --status all -q --format "$f" -o "$dir/edict.$f"
		done
		;;
	xlsx)
		build_rows
		measure "export --from 1M-row CSV to xlsx" "$dir/rows.csv" "$bin" export --from "$dir/rows.csv" -q -o "$dir/rows.xlsx"
		measure "export --from 1M-row XLSX to tsv" "$dir/rows.xlsx" "$bin" export --from "$dir/rows.xlsx" -q --format tsv -o "$dir/rows.tsv"
		measure "import 1M-row XLSX" "$dir/rows.xlsx" "$bin" import "$dir/rows.xlsx" -o "$dir/rows.yaml"
		;;
	xlsx-shared)
		# the shared strings are read by the importer (exports/xlsx readSharedStrings),
		# 4 bytes a string in memory and their text spooled to disk, the sheet streamed
		# from excelize's temporary file; the heap holds the file, the strings' offsets
		# (8 MB for 2 million) and the hashes of the ids given (16 MB for a million, in
		# exports.IDSet's table). Some 72 to 74 MB (4.0x to 4.1x) and 30 s of user CPU;
		# when the hashes were a Go map (33 MB) and the base of the limit 24 MiB, 89 to
		# 94 MB (5.0x to 5.2x) for 29 to 34 s (three runs each, old and new alternated).
		# export --from the same some 78 MB (4.4x), the 200k rows (3.7 MB) 41 MB
		[ -s "$dir/shared.xlsx" ] || go run ./exports/xlsx/internal/gensst -n 1000000 >"$dir/shared.xlsx"
		[ -s "$dir/shared200k.xlsx" ] || go run ./exports/xlsx/internal/gensst -n 200000 >"$dir/shared200k.xlsx"
		measure "import 1M-row shared-strings XLSX" "$dir/shared.xlsx" "$bin" import "$dir/shared.xlsx" -o "$dir/shared.yaml"
		measure "export --from 1M-row shared-strings XLSX" "$dir/shared.xlsx" "$bin" export --from "$dir/shared.xlsx" -q --format tsv -o "$dir/shared.tsv"
		measure "import 200k-row shared-strings XLSX" "$dir/shared200k.xlsx" "$bin" import "$dir/shared200k.xlsx" -o "$dir/shared200k.yaml"
		;;
	import-csv | import-tsv | import-tbx | import-tmx)
		f=${c#import-}
		build_rows_as "$f"
		n=1M
		[ "$f" = tbx ] && n=400k
		measure "import $n-row ${f^^}" "$dir/rows.$f" "$bin" import "$dir/rows.$f" -o "$dir/rows-$f.yaml"
		measure "export --from $n-row ${f^^} to xlsx" "$dir/rows.$f" "$bin" export --from "$dir/rows.$f" -q -o "$dir/rows-$f.xlsx"
		if [ "$f" = csv ]; then
			# The first 12 MB of rows.csv: under 32 MiB, base+factor let the heap reach 7.8x
			# the file (97 MB); capped at 3 bytes per byte from 10 MiB up (streamCap), 4.1x
			# (4.9x at 4 bytes per byte, 59 MB).
			head -c 12582912 "$dir/rows.csv" | sed '$d' >"$dir/rows12.csv"
			measure "import 12 MB of CSV rows" "$dir/rows12.csv" "$bin" import "$dir/rows12.csv" -o "$dir/rows12.yaml"
		fi
		;;
	merge-csv)
		# import --merge merges the rows as it reads them and spools the new concepts, and
		# checks the merged glossary as it writes it (into the default: some 142 to 154
		# MB, 3.7x to 4.0x the CSV, and 11 to 12 s of user CPU; 204 to 206 MB, 5.4x,
		# and 13 s before the checks kept the owners of the terms and ids in compact
		# tables of 64-bit hashes (internal/hashtab: the validator's owners, and the ids given in exports.IDSet), under a
		# limit of 2 bytes per byte of the CSV instead of 3). A glossary merged into of 8 MB or more is read one
		# concept at a time (exports.NewEntriesMerger): it holds the file, the hashes of
		# its ids and terms and the concepts the merge changes. Into the million concepts
		# of rows.yaml (145 MB): some 546 MB (3.8x the YAML; 609 to 620 MB, 4.3x, before
		# the compact tables) and 33 s of user CPU, where held as
		# a model (7.5 bytes per byte of YAML) it took 2.5 GB and 165 s of CPU.
		# rowsback.csv is rows.yaml exported to CSV with a subject filled in every row, so
		# that merging it back updates every concept: each is put, as changed, in a spool
		# on disk (8 bytes a concept in memory), and the ids updated are kept in a hashed
		# set. Some 687 MB (2.8x the CSV and the YAML, the limit of the two; 796 to 815 MB
		# before the compact tables) and 29 s of CPU;
		# before, every concept changed was held as a model and each id looked up in the
		# list of those updated: over 800 MB and 400 s of CPU a fifth of the way in, and
		# 2.5 GB measured to the end.
		build_rows2
		mkdir -p "$dir/merge"
		"$bin" init --from-default --force "$dir/merge/gloss.yaml" 2>/dev/null
		measure "import --merge 1M-row CSV into the default" "$dir/rows2.csv" \
			"$bin" import "$dir/rows2.csv" --merge --glossary "$dir/merge/gloss.yaml"
		[ -s "$dir/rows.yaml" ] || { build_rows; "$bin" import "$dir/rows.csv" -o "$dir/rows.yaml" 2>/dev/null; }
		cp "$dir/rows.yaml" "$dir/merge/big.yaml"
		measure "import --merge 1M-row CSV into 1M concepts" "$dir/rows2.csv" \
			"$bin" import "$dir/rows2.csv" --merge --glossary "$dir/merge/big.yaml"
		[ -s "$dir/rowsback.csv" ] || "$bin" export --glossary "$dir/rows.yaml" --status all -q --format csv |
			sed 's/^\(deterrence-term-[0-9]*\),,proposed,/\1,deterrence,proposed,/' >"$dir/rowsback.csv"
		cp "$dir/rows.yaml" "$dir/merge/big.yaml"
		measure "import --merge rows.yaml's CSV back, all updated" "$dir/rowsback.csv" \
			"$bin" import "$dir/rowsback.csv" --merge --glossary "$dir/merge/big.yaml"
		;;
	fmt)
		# fmt --check and fmt -w of a glossary of 8 MB or more format it one concept at a
		# time (glossary.WriteEntries), comparing with the file as they go: they hold the
		# file and some 32 bytes a concept, not its model. loose.yaml is rows.yaml with
		# every status quoted, which fmt -w rewrites (to rows.yaml's bytes). Some 535 MB
		# (3.7x the YAML) and 13 s of CPU (user+sys), where parsed whole they took 2.66 GB
		# (18x) and 14 s (medians of three, old and new alternated).
		[ -s "$dir/rows.yaml" ] || { build_rows; "$bin" import "$dir/rows.csv" -o "$dir/rows.yaml" 2>/dev/null; }
		[ -s "$dir/loose.yaml" ] || sed 's/^    status: proposed$/    status: "proposed"/' "$dir/rows.yaml" >"$dir/loose.yaml"
		measure "fmt --check 1M concepts" "$dir/rows.yaml" "$bin" fmt --check "$dir/rows.yaml"
		mkdir -p "$dir/fmt"
		cp "$dir/loose.yaml" "$dir/fmt/loose.yaml"
		measure "fmt -w 1M concepts, every one rewritten" "$dir/loose.yaml" "$bin" fmt -w "$dir/fmt/loose.yaml"
		cmp -s "$dir/fmt/loose.yaml" "$dir/rows.yaml" || echo "fmt -w: loose.yaml is not rows.yaml" >&2
		;;
	*)
		echo "unknown case $c" >&2
		exit 2
		;;
	esac
done
