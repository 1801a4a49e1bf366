#!/usr/bin/env bash
# gloss tm add of the generated memory of the tm benchmarks (issue 13: 1,000,000 units
# within 60 s and 500 MB), as a user runs it: the units as 20 bitext files of 50,000
# (tm/internal/synth/gentm), added by one gloss tm add into a new memory; then a
# concordance query and a fuzzy match against it. Prints CPU (user+sys), wall time and
# peak RSS of each command. On a shared machine compare CPU times, and run an old and a
# new binary alternately (OLD=path/to/old/gloss adds a run of it after each new run).
#
# Usage: bench/tm.sh [RUNS]   (N=units, default 1000000; TMDIR=dir keeps the files)
# Needs: go, /usr/bin/time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "no /usr/bin/time: apt-get install time" >&2; exit 2; }
n=${N:-1000000}
runs=${1:-1}
if [ -n "${TMDIR:-}" ]; then
	dir=$TMDIR
	mkdir -p "$dir"
else
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
fi
bin=$dir/gloss
go build -o "$bin" ./cmd/gloss
[ -s "$dir/synth-0.tsv" ] || go run ./tm/internal/synth/gentm -n "$n" -o "$dir"
files=("$dir"/synth-*.tsv)

# measure NAME CMD...: CPU, wall and peak RSS of CMD
measure() {
	local name=$1
	shift
	local rc=0
	/usr/bin/time -f "%U %S %e %M" -o "$dir/one" "$@" >/dev/null 2>"$dir/err" || rc=$?
	if [ "$rc" -gt 1 ]; then # 1: a note, such as more units than --limit
		echo "$name: exit $rc: $(head -3 "$dir/err")" >&2
		exit "$rc"
	fi
	read -r user sys wall kb < <(tail -1 "$dir/one")
	printf '%-34s CPU %6.1f s  wall %7.1f s  peak RSS %5d MB  (load %s)\n' "$name" \
		"$(echo "$user + $sys" | bc)" "$wall" "$((kb / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
}

add() {
	local label=$1 gloss=$2
	rm -f "$dir/m.tm" "$dir/m.tm-wal" "$dir/m.tm-shm"
	measure "$label: tm add of $n units" "$gloss" tm add -q --tm "$dir/m.tm" "${files[@]}"
}

for _ in $(seq "$runs"); do
	add new "$bin"
	if [ -n "${OLD:-}" ]; then
		add old "$OLD"
		add new "$bin" # the memory the searches below use
	fi
done
measure "tm search 拡大抑止" "$bin" tm search --tm "$dir/m.tm" 拡大抑止
measure "tm search 抑止" "$bin" tm search --tm "$dir/m.tm" 抑止
measure "tm match (kagome loaded)" "$bin" tm match --tm "$dir/m.tm" '一層悪化する地域の安全保障環境'
