#!/usr/bin/env bash
# Times the ledger's readers against references over the same file, in the same run.
#
# usage: Tools/bench/run.sh [EVENTS]      (default 1000000)
# Generates a valid ledger of EVENTS events with generate_ledger.py (cached under .build/bench),
# builds ledger in release mode, then reports the best of 3 wall-clock runs of:
#   jq -c . (parse every line)            the reference
#   python3 Tools/verify_ledger.py        the independent verifier
#   ledger status --json                  replay: strict parse + chain links + fold
#   ledger verify                         replay + every digest recomputed
# and each time as a ratio to jq's.
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-1000000}
mkdir -p .build/bench
ledger_file=.build/bench/ledger-$events.jsonl
[ -f "$ledger_file" ] || python3 Tools/bench/generate_ledger.py "$events" "$ledger_file"
swift build -c release --product ledger >/dev/null
bin="$(swift build -c release --show-bin-path)/ledger"

best() {  # best of 3 wall-clock seconds for a command
  local best=""
  for _ in 1 2 3; do
    local start end t
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}

size=$(stat -c %s "$ledger_file")
echo "ledger: $ledger_file ($events events, $((size / 1000000)) MB)"
ref=$(best jq -c . "$ledger_file")
printf '%-34s %8.3f s   1.00 x jq\n' "jq -c . (reference)" "$ref"
for label in "python3 Tools/verify_ledger.py" "ledger status --json" "ledger verify"; do
  case $label in
    python3*) t=$(best python3 Tools/verify_ledger.py "$ledger_file") ;;
    *status*) t=$(best "$bin" status --json --ledger "$ledger_file") ;;
    *verify*) t=$(best "$bin" verify --ledger "$ledger_file") ;;
  esac
  printf '%-34s %8.3f s  %5.2f x jq\n' "$label" "$t" "$(awk -v t="$t" -v r="$ref" 'BEGIN { print t / r }')"
done
