#!/usr/bin/env bash
# Builds every DocC catalogue under Sources/ with the toolchain's own `docc` (no plugin
# dependency) and fails on any warning, so a broken symbol link (``NoSuchType``) fails CI.
#
# Usage: .ci/build-docs.sh [OUTPUT_DIR]   (default: .build/docs; one X.doccarchive per target)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-.build/docs}"
rm -rf "$out"
mkdir -p "$out"
docc="$(dirname "$(readlink -f "$(command -v swift)")")/docc"
[ -x "$docc" ] || docc="$(command -v docc)"

# Public symbol graphs for every target, from the build already made by the caller. SwiftPM
# also tries the synthesised test modules, fails on those and exits 1, so its status is not the
# signal: the graphs directory is emptied first and each catalogue's graph must then exist.
graphs="$(swift build --show-bin-path)/../symbolgraph"
rm -rf "$graphs"
swift package dump-symbol-graph --minimum-access-level public >/dev/null 2>&1 || true

status=0
for catalogue in Sources/*/*.docc; do
  target="$(basename "$(dirname "$catalogue")")"
  # Only this target's graphs (its own and its extensions of other modules), so a link to
  # another target's symbol is reported rather than silently resolved.
  if [ ! -f "$graphs/$target.symbols.json" ]; then
    echo "build-docs: no symbol graph for $target in $graphs; run 'swift build' first" >&2
    status=1
    continue
  fi
  dir="$(mktemp -d)"
  cp "$graphs/$target.symbols.json" "$dir/"
  cp "$graphs/$target"@*.symbols.json "$dir/" 2>/dev/null || true
  printf '\n--- %s\n' "$target"
  if ! "$docc" convert "$catalogue" \
    --additional-symbol-graph-dir "$dir" \
    --fallback-display-name "$target" \
    --fallback-bundle-identifier "uk.gov.improvement-plan-ledger.$target" \
    --output-path "$out/$target.doccarchive" \
    --analyze --warnings-as-errors; then
    echo "build-docs: $catalogue has broken links or other warnings (above); fix them" >&2
    status=1
  fi
  rm -rf "$dir"
done
exit "$status"
