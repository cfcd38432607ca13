#!/usr/bin/env bash
# Compares the throughput of two builds of hadath on this host, in alternating runs of `hadath bench analyze`.
#
# Usage: bash scripts/bench-ab.sh A.dll B.dll [PAIRS]      (PAIRS defaults to 6)
#   A.dll, B.dll: the hadath.dll of each build (copy a build's src/Hadath.Cli/bin/Release/net10.0 folder aside first)
#   BENCH_FILES: the corpus files to read (default: the BBC files of ../shared/data/corpus/ant-multisource); the first
#                1,000 articles are timed, the rest warm up
#   BENCH_WARMUP: articles read before the timed pass (default 3000). For a long stream's steady state, e.g.
#                BENCH_WARMUP=20000 BENCH_FILES="$(echo ../shared/data/corpus/ant-multisource/*-{BBC,Alarabia,CNN,France24}-*.jsonl.gz ../shared/data/corpus/ant-multisource/*-SkyNews-0[01].jsonl.gz)"
#                (the BBC files first, so the timed articles are the same; not `ls`, which sorts them after Alarabia)
#   BENCH_SETTLE: passed as --settle-rounds (unset: the bench's default, 10): rounds over the warm-up articles until
#                tiered JIT settles; 0 times as builds before --settle-rounds did (those builds reject the option,
#                and time before JIT has settled)
#
# Each run warms up on other articles (and runs 1,000 of them again until tiered JIT settles), then times one pass
# over 1,000 new ones and one repeat pass, each against
# Lucene.Net's ArabicAnalyzer over the same text. The pipeline waits on memory, so its speed moves with the host's
# load more than Lucene's does, and the two builds are run in turns (A B A B …) so that both see the same drift.
# Prints each run's ratios and per-stage µs per new article, then each build's median ratios.
set -uo pipefail
if [[ $# -lt 2 || ! -f "$1" || ! -f "$2" ]]; then
    echo "usage: bash scripts/bench-ab.sh A.dll B.dll [PAIRS]  (the hadath.dll of two builds)" >&2
    exit 2
fi
A=$1 B=$2 PAIRS=${3:-6} WARMUP=${BENCH_WARMUP:-3000}
SETTLE=()
if [[ -n "${BENCH_SETTLE:-}" ]]; then
    if ! [[ "$BENCH_SETTLE" =~ ^[0-9]+$ ]]; then
        echo "bench-ab: BENCH_SETTLE must be a whole number, not '$BENCH_SETTLE'" >&2
        exit 2
    fi
    SETTLE=(--settle-rounds "$BENCH_SETTLE")
fi
if ! [[ "$PAIRS" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench-ab: PAIRS must be a positive whole number, not '$PAIRS'" >&2
    exit 2
fi
if ! [[ "$WARMUP" =~ ^[0-9]+$ ]]; then
    echo "bench-ab: BENCH_WARMUP must be a whole number, not '$WARMUP'" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
CORPUS=../shared/data/corpus/ant-multisource
read -r -a FILES <<< "${BENCH_FILES:-$CORPUS/ant-multisource-BBC-00.jsonl.gz $CORPUS/ant-multisource-BBC-01.jsonl.gz}"
for f in "${FILES[@]}"; do
    [[ -f "$f" ]] || { echo "bench-ab: no corpus file $f (set BENCH_FILES)" >&2; exit 2; }
done
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

run() {   # run LABEL DLL N: one bench; prints its line and appends "new repeat" to $OUT/LABEL
    local label=$1 dll=$2 n=$3 log="$OUT/$1.$3.txt"
    if ! dotnet "$dll" bench analyze "${FILES[@]}" --limit 1000 --warmup "$WARMUP" "${SETTLE[@]}" --rounds 1 > "$log" 2>&1; then
        echo "$label.$n failed:"; tail -5 "$log"; return 1
    fi
    local ratios stages
    ratios=$(awk '/^ratio hadath/ { printf "%s ", $6 }' "$log")
    stages=$(awk '/^per stage/ { f++ } f == 1 && /^  [a-z]/ { printf "%s=%s ", $1, $4 }' "$log")
    echo "$label.$n new/repeat % = ${ratios}| µs per new article: $stages"
    echo "$ratios" >> "$OUT/$label"
}

median() {   # median of the numbers on stdin
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for ((i = 1; i <= PAIRS; i++)); do
    run A "$A" "$i"
    run B "$B" "$i"
done
for label in A B; do
    [[ -f "$OUT/$label" ]] || { echo "$label: no run finished"; continue; }
    echo "$label: median of $(wc -l < "$OUT/$label") runs: new $(awk '{ print $1 }' "$OUT/$label" | median) %," \
        "repeat $(awk '{ print $2 }' "$OUT/$label" | median) % of Lucene"
done
