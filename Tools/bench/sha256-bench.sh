#!/usr/bin/env bash
# SHA-256 on this machine: the portable Swift code, the x86 SHA extensions (CSHA256) and
# OpenSSL, over the same bytes in the same run; then `ledger verify` with each implementation.
#
# usage: Tools/bench/sha256-bench.sh [EVENTS]      (default 100000)
#   1. a 512 MiB pseudo-random file: sha256-bench (stream and in memory) against
#      `openssl dgst -sha256` over the same file; the digests must agree.
#   2. 10^6 lines of 300 bytes: sha256-bench hashing each line on its own, against
#      `openssl speed -evp sha256 -bytes 300` (OpenSSL's per-call rate for 300-byte messages).
#   3. a ledger of EVENTS events (generate_ledger.py): `ledger verify`, best of 3, with
#      LEDGER_SHA256=portable (the Swift code, as before CSHA256) and with the default
#      (the SHA extensions where the CPU has them), against `openssl dgst -sha256` on the file.
# Every figure is the best of 3. Times are CPU seconds (user + sys), steadier than wall-clock
# on a shared machine; wall-clock is shown beside them for the ledger. Ratios are our time over
# OpenSSL's (for lines, OpenSSL's rate over ours): below 1 is faster than OpenSSL.
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-100000}
mkdir -p .build/bench
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'); sha_ni: $(grep -qw sha_ni /proc/cpuinfo && echo yes || echo no)"
echo "$(openssl version)"

big=.build/bench/sha256-512MiB.bin
lines=.build/bench/sha256-lines-300.txt
if [ ! -f "$big" ]; then  # openssl stops on SIGPIPE once head has enough: not an error
  { openssl enc -aes-128-ctr -pass pass:bench -nosalt -pbkdf2 -in /dev/zero 2>/dev/null || true; } \
    | head -c $((512 * 1024 * 1024)) >"$big.tmp"
  mv "$big.tmp" "$big"
fi
[ -f "$lines" ] || { head -c 225000000 "$big" | base64 -w 300 >"$lines.tmp" && mv "$lines.tmp" "$lines"; }

swift build -c release --product sha256-bench >/dev/null
swift build -c release --product ledger >/dev/null
bin="$(swift build -c release --show-bin-path)"

# The machine is shared, so wall-clock time counts waiting for a core; CPU time (user + sys)
# does not. best prints "CPU WALL": the least of each over 3 runs, in seconds.
best() {
  local cpu="" wall="" line t w
  for _ in 1 2 3; do
    line=$( { TIMEFORMAT='%U %S %R'; time "$@" >/dev/null 2>&1 || echo "failed" >&2; } 2>&1 )
    case $line in *failed*) echo "failed: $*" >&2; exit 1 ;; esac
    t=$(awk '{ printf "%.3f", $1 + $2 }' <<<"$line")
    w=$(awk '{ printf "%.3f", $3 }' <<<"$line")
    if [ -z "$cpu" ] || awk -v a="$t" -v b="$cpu" 'BEGIN { exit !(a < b) }'; then cpu=$t; fi
    if [ -z "$wall" ] || awk -v a="$w" -v b="$wall" 'BEGIN { exit !(a < b) }'; then wall=$w; fi
  done
  echo "$cpu $wall"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "== 1. 512 MiB file =="
cat "$big" >/dev/null  # into the page cache for everyone
read -r ossl ossl_wall <<<"$(best openssl dgst -sha256 "$big")"
ossl_digest=$(openssl dgst -sha256 -r "$big" | cut -d' ' -f1)
printf 'openssl dgst -sha256  %s s CPU (%s s wall)  %s\n' "$ossl" "$ossl_wall" "$ossl_digest"
out=$("$bin/sha256-bench" file "$big")
echo "$out" | sed 's/^/sha256-bench /'
echo "$out" | grep -q "$ossl_digest" || { echo "digest differs from openssl's" >&2; exit 1; }
while read -r mode impl secs _; do
  echo "ratio of CPU time, $mode $impl / openssl dgst: $(ratio "$secs" "$ossl") x"
done <<<"$out"

echo
echo "== 2. 10^6 lines of 300 bytes, one hash each =="
out=$("$bin/sha256-bench" lines "$lines")
echo "$out" | sed 's/^/sha256-bench /'
ossl_rate=$(openssl speed -evp sha256 -bytes 300 -seconds 3 2>/dev/null | awk '$1 == "sha256" { sub(/k$/, "", $2); print $2 / 1000 }')
printf 'openssl speed -evp sha256 -bytes 300: %.0f MB/s\n' "$ossl_rate"
echo "$out" | awk -v o="$ossl_rate" '$6 == "MB/s" { printf "ratio of time per line, %s / openssl: %.2f x\n", $2, o / $5 }'

echo
echo "== 3. ledger verify, $events events =="
ledger=.build/bench/ledger-$events.jsonl
[ -f "$ledger" ] || { python3 Tools/bench/generate_ledger.py "$events" "$ledger.tmp" && mv "$ledger.tmp" "$ledger"; }
echo "ledger: $ledger ($(($(stat -c %s "$ledger") / 1000000)) MB)"
read -r ossl ossl_wall <<<"$(best openssl dgst -sha256 "$ledger")"
read -r portable portable_wall <<<"$(LEDGER_SHA256=portable best "$bin/ledger" verify --ledger "$ledger")"
read -r default default_wall <<<"$(best "$bin/ledger" verify --ledger "$ledger")"
name="ledger verify ($(grep -qw sha_ni /proc/cpuinfo && echo sha-extensions || echo portable))"
printf '%-38s %8s %8s  %s\n' "" "CPU s" "wall s" "CPU ratio to openssl"
printf '%-38s %8.3f %8.3f\n' "openssl dgst -sha256 (reference)" "$ossl" "$ossl_wall"
printf '%-38s %8.3f %8.3f  %6.2f x\n' "LEDGER_SHA256=portable ledger verify" "$portable" "$portable_wall" "$(ratio "$portable" "$ossl")"
printf '%-38s %8.3f %8.3f  %6.2f x\n' "$name" "$default" "$default_wall" "$(ratio "$default" "$ossl")"
echo "verify speed-up from the SHA extensions: $(ratio "$portable" "$default") x CPU, $(ratio "$portable_wall" "$default_wall") x wall"
