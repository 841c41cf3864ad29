#!/usr/bin/env bash
# Measures every row of issue 10's table in one run, each as a ratio against a reference
# measured in the same run over the same file.
#
# usage: Tools/bench/run.sh [EVENTS]      (default 1000000; 100000 for a quick check)
#
# Generates valid ledgers with generate_ledger.py (cached under .build/bench), builds ledger in
# release mode, then measures:
#   status --json          best of RUNS wall-clock seconds, against `jq -c .` over the same file
#   verify                 best of RUNS, against `openssl dgst -sha256` over the same file
#   append                 `action progress` at 10^3, 10^4, … up to EVENTS events: "cold", the
#                          median of RUNS appends, each to a fresh copy with no checkpoint;
#                          "warm", the median of APPENDS (default 21) appends in a row to one copy
#                          that starts with the checkpoint a previous write left
#   peak RSS of status     via /usr/bin/time -v, against the file's size
#   report (HTML)          best of RUNS, against jq's time; peak RSS against jq's
# and prints a table. RUNS (environment, default 3) sets the repetitions.
# The part of a warm append that grows with the plan (reading the checkpoint) is timed on its
# own by checkpoint-bench (Tools/bench/CheckpointBench) at the largest size.
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-1000000}
runs=${RUNS:-3}
appends=${APPENDS:-21}
dir=.build/bench
mkdir -p "$dir"

[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
for tool in jq openssl python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

ledger_for() {  # the cached ledger of $1 events
  local file=$dir/ledger-$1.jsonl
  [ -f "$file" ] || python3 Tools/bench/generate_ledger.py "$1" "$file"
  echo "$file"
}

swift build -c release --product ledger >/dev/null
swift build -c release --product checkpoint-bench >/dev/null
bin="$(swift build -c release --show-bin-path)/ledger"
bench="$(swift build -c release --show-bin-path)/checkpoint-bench"
export LEDGER_ACTOR="Bench Runner" LEDGER_ROLE="Principal Social Worker"
unset LEDGER_NOW LEDGER_FILE

# One run of a command: sets $secs (wall clock) and $rss (peak RSS, KiB). Output is discarded.
measure() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/stderr.txt" || {
    echo "failed: $*" >&2
    cat "$dir/stderr.txt" >&2
    exit 1
  }
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt")
}

# Best of $runs: sets $best_secs and $best_rss (the largest peak seen).
best() {
  best_secs=""
  best_rss=0
  for _ in $(seq "$runs"); do
    measure "$@"
    if [ -z "$best_secs" ] || awk -v t="$secs" -v b="$best_secs" 'BEGIN { exit !(t < b) }'; then
      best_secs=$secs
    fi
    if [ "$rss" -gt "$best_rss" ]; then best_rss=$rss; fi
  done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }

file=$(ledger_for "$events")
size=$(stat -c %s "$file")
size_kib=$((size / 1024))
echo "ledger: $file ($events events, $((size / 1000000)) MB), best of $runs, $(nproc) cores"
echo

best jq -c . "$file"
jq_secs=$best_secs jq_rss=$best_rss
best openssl dgst -sha256 "$file"
ssl_secs=$best_secs
best "$bin" status --json --ledger "$file"
status_secs=$best_secs status_rss=$best_rss
best "$bin" verify --ledger "$file"
verify_secs=$best_secs
best "$bin" report --format html --output "$dir/report.html" --ledger "$file"
report_secs=$best_secs report_rss=$best_rss
html_size=$(stat -c %s "$dir/report.html")

# Append latency at each power of ten up to $events (see the header for cold and warm), and the
# checkpoint-bench figures for the checkpoint the seed append left.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
declare -A cold warm checkpoint
sizes=()
for n in 1000 10000 100000 1000000 10000000; do
  [ "$n" -le "$events" ] || break
  sizes+=("$n")
  base=$(ledger_for "$n")
  copy=$dir/append-copy.jsonl
  seed=$dir/append-seed-$n.jsonl
  # The seed: the ledger after one append, with the checkpoint that append left.
  cp "$base" "$seed"
  rm -f "$seed.checkpoint"
  "$bin" action progress A0.0.0 --note "Seed append" --ledger "$seed" >/dev/null
  c=() w=()
  for _ in $(seq "$runs"); do
    cp "$seed" "$copy"
    rm -f "$copy.checkpoint"
    sync "$copy"  # else the append's fsync pays for writing the fresh copy out
    measure "$bin" action progress A0.0.0 --note "Bench append" --ledger "$copy"
    c+=("$secs")
  done
  # Warm: $appends appends in a row to one copy, as a principal social worker's session makes
  # them; every 64th rewrites the checkpoint, as it would in use. A single append is a few
  # milliseconds, mostly fsync, so one sample is noise: the median of many is the figure.
  cp "$seed" "$copy"
  [ -f "$seed.checkpoint" ] && cp "$seed.checkpoint" "$copy.checkpoint"
  sync "$copy" "$copy.checkpoint"
  for i in $(seq "$appends"); do
    measure "$bin" action progress A0.0.0 --note "Bench append $i" --ledger "$copy"
    w+=("$secs")
  done
  checkpoint[$n]=$("$bench" "$seed.checkpoint")
  cold[$n]=$(printf '%s\n' "${c[@]}" | median)
  warm[$n]=$(printf '%s\n' "${w[@]}" | median)
  rm -f "$copy" "$copy.checkpoint" "$seed" "$seed.checkpoint"
done

row() { printf '| %-44s | %-44s | %-30s |\n' "$1" "$2" "$3"; }
row "at $events events" "measured" "goal"
row "---" "---" "---"
row "status --json vs jq -c ." \
  "$(ratio "$jq_secs" "$status_secs")x faster (${status_secs} s vs ${jq_secs} s)" ">= 10x faster"
row "verify vs openssl dgst -sha256" \
  "$(ratio "$verify_secs" "$ssl_secs")x slower (${verify_secs} s vs ${ssl_secs} s)" "<= 2x"
first=${sizes[0]}
for n in "${sizes[@]}"; do
  row "one append (action progress) at $n" \
    "warm ${warm[$n]} s ($(ratio "${warm[$n]}" "${warm[$first]}")x), cold ${cold[$n]} s" \
    "within 2x of the time at $first"
done
row "peak RSS of status vs file size" \
  "$(mib "$status_rss") ($(ratio "$status_rss" "$size_kib")x the file)" "grows with the plan"
row "report (HTML) vs jq -c ." \
  "$(ratio "$report_secs" "$jq_secs")x jq's time (${report_secs} s), $(mib "$report_rss") peak" \
  "no slower than jq"
row "  (jq's peak RSS; the HTML's size)" "$(mib "$jq_rss"); $((html_size / 1000)) kB of HTML" ""
echo
echo "The part of a warm append that grows with the plan (checkpoint-bench, CPU time, best of 20):"
for n in "${sizes[@]}"; do echo "  at $n: ${checkpoint[$n]}"; done
