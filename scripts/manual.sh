#!/usr/bin/env bash
# Writes the manual pages into OUT_DIR: one per command, from the command definitions (swift-argument-parser's
# generate-manual), with the KEYS section from the key table and man/paylink-sections.mdoc added to paylink.1.
# Usage: scripts/manual.sh PAYLINK_BINARY OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 out=$2
SWIFT=${SWIFT:-swift}
$SWIFT build --product generate-manual >/dev/null
$SWIFT build --product paylink-manual >/dev/null
tools=$($SWIFT build --show-bin-path)
rm -rf "$out" && mkdir -p "$out"
# The date of the commit, not of the build, so the same source gives the same pages.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
"$tools/generate-manual" "$binary" --multi-page --date "$date" --output-directory "$out"
extra=$(mktemp)
trap 'rm -f "$extra"' EXIT
{ "$tools/paylink-manual"; cat man/paylink-sections.mdoc; } >"$extra"
# The added sections go before SEE ALSO (or at the end), where mdoc expects them.
awk -v extra="$extra" '
  /^\.Sh "?SEE ALSO"?$/ && !done { while ((getline line < extra) > 0) print line; done = 1 }
  { print }
  END { if (!done) while ((getline line < extra) > 0) print line }
' "$out/paylink.1" >"$out/paylink.1.new"
mv "$out/paylink.1.new" "$out/paylink.1"
ls "$out"
