#!/usr/bin/env bash
# Readers never write, held by the compiler: the core and the readers depend on no module that
# writes, and their sources call no file-writing function. Fails, naming the line, otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

readers=(LedgerCore PlanState AuditTrail Reports)
writers='LedgerWrite|LedgerCommands|LedgerCLI|ledger'
status=0

# 1. What each reader may import: its Package.swift dependencies, transitively, never a writer.
swift package dump-package | python3 -c '
import json, re, sys
package = json.load(sys.stdin)
deps = {t["name"]: [d.get("byName", d.get("target", [None]))[0] for d in t["dependencies"]]
        for t in package["targets"]}
def closure(name, seen=None):
    seen = set() if seen is None else seen
    for d in deps.get(name, []):
        if d not in seen:
            seen.add(d)
            closure(d, seen)
    return seen
bad = 0
for reader in sys.argv[2:]:
    for d in sorted(closure(reader)):
        if re.fullmatch(sys.argv[1], d):
            print(f"Package.swift: reader {reader} depends on {d}, which writes files")
            bad = 1
sys.exit(bad)
' "$writers" "${readers[@]}" || status=1

# 2. No file-writing call in their sources (comments aside).
pattern='O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|\bpwrite\(|\bwrite\(|\bftruncate\(|\btruncate\(|\brename\(|\brenameat\(|\bfsync\(|\bfdatasync\(|\bunlink\(|\bfopen\(|\bmkstemp|FileManager|\.write\(to'
dirs=()
for r in "${readers[@]}"; do dirs+=("Sources/$r"); done
if hits=$(grep -rnE --include='*.swift' "$pattern" "${dirs[@]}" | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//'); then
  echo "$hits"
  echo "a reader module (or the core) writes a file: move that code to Sources/LedgerWrite"
  status=1
fi

if [ "$status" = 0 ]; then echo "readers never write: ${readers[*]} import no writer and call no write"; fi
exit "$status"
