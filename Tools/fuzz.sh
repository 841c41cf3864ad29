#!/usr/bin/env bash
# Fuzzes the line decoder (LineCodec.decode, with and without verify) and the strict JSON reader
# (JSONParser.parse) with libFuzzer for SECONDS (default 60).
#
#   Tools/fuzz.sh [SECONDS]
#
# Builds the LedgerFuzz target with -sanitize=fuzzer,address in its own scratch path
# (.build-fuzz), fuzzes a working copy of the committed corpus (Tools/fuzz/corpus) with the
# dictionary Tools/fuzz/ledger.dict, and saves any crash, timeout or out-of-memory input under
# Tools/fuzz/crashes/. Exits 0 if nothing was found, 1 with the command that reproduces the
# input otherwise, 64 on bad usage. Inputs that reached new code stay in
# .build-fuzz/work-corpus; the closing lines say how to fold them into the committed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]] || [ $# -gt 1 ]; then
  echo "usage: Tools/fuzz.sh [SECONDS]   (a whole number of seconds, default 60)" >&2
  exit 64
fi

scratch=.build-fuzz
fuzz_dir=Tools/fuzz
crashes=$fuzz_dir/crashes
work=$scratch/work-corpus
log=$scratch/fuzz.log

build_log=$scratch/build.log

echo "building LedgerFuzz with libFuzzer and AddressSanitizer in $scratch"
mkdir -p "$scratch"
# gold warns once per ASan symbol it cannot export; that noise hides real errors.
if ! swift build -c debug --scratch-path "$scratch" --product LedgerFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLEDGER_FUZZ >"$build_log" 2>&1; then
  grep -v "Cannot export local symbol" "$build_log" >&2
  echo "fuzz.sh: the fuzz target did not build (log: $build_log)" >&2
  exit 1
fi
bin="$(swift build -c debug --scratch-path "$scratch" --show-bin-path)/LedgerFuzz"

rm -rf "$work"
mkdir -p "$work" "$crashes"
cp -R "$fuzz_dir/corpus/." "$work/"
before=$(find "$work" -type f | wc -l)

echo "fuzzing for $seconds s on a copy of $fuzz_dir/corpus ($before inputs); log: $log"
set +e
"$bin" "$work" \
  -max_total_time="$seconds" \
  -dict="$fuzz_dir/ledger.dict" \
  -max_len=8192 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -artifact_prefix="$crashes/" \
  -print_final_stats=1 >"$log" 2>&1
status=$?
set -e

grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::" "$log" || true
after=$(find "$work" -type f | wc -l)
echo "corpus: $before inputs before, $after after ($((after - before)) new, in $work)"

if [ "$status" -ne 0 ]; then
  tail -n 60 "$log" >&2
  found=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //')
  echo >&2
  echo "fuzz.sh: libFuzzer stopped with status $status; the input is ${found:-in $crashes/}" >&2
  if [ -n "${found:-}" ]; then
    echo "reproduce with the sanitizer:    $bin $found" >&2
    echo "reproduce in a plain debug build: swift run LedgerFuzz $found" >&2
  fi
  exit 1
fi
echo "no crash, hang or failed property in $seconds s"
echo "new inputs are in $work; Tools/fuzz/README.md (Keeping new inputs) says how to fold them into the corpus"
