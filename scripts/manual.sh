#!/usr/bin/env bash
# Writes the manual pages into OUT_DIR: one per command (paylink.1, paylink-create.1, …) from the command
# definitions (swift-argument-parser's generate-manual), with paylink's exit codes on every page and, on paylink.1,
# the KEYS section from the key table and the hand-written man/paylink-sections.mdoc. OUT_DIR/LANG/paylink.1 (lt, lv,
# et, pl) is paylink.1 with its KEYS section in that language, for `man -L lt paylink`.
# Usage: scripts/manual.sh PAYLINK_BINARY OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 out=$2
SWIFT=${SWIFT:-swift}
tools=.build/debug
# The generator is the argument parser's own tool, pinned by Package.resolved: built once.
quietly() { local log; log=$(mktemp); "$@" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }; rm -f "$log"; }
[ -x "$tools/generate-manual" ] || quietly $SWIFT build --product generate-manual
# The KEYS writer is rebuilt when the terminal program's sources are newer than it.
if [ ! -x "$tools/paylink-manual" ] || [ -n "$(find Sources/PaylinkTUI Sources/PaylinkCore/Messages Tools/paylink-manual -newer "$tools/paylink-manual" | head -1)" ]; then
  quietly $SWIFT build --product paylink-manual
fi
rm -rf "$out" && mkdir -p "$out"
# The date of the commit, not of the build, so the same source gives the same pages.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
# The English pages, whatever language the build's environment speaks (the help follows LC_ALL, LC_MESSAGES, LANG).
LC_ALL=C.UTF-8 LC_MESSAGES=C.UTF-8 LANG=C.UTF-8 "$tools/generate-manual" "$binary" --multi-page --date "$date" --output-directory "$out"
extra=$(mktemp)
trap 'rm -f "${extra:-}"' EXIT
{ "$tools/paylink-manual"; cat man/paylink-sections.mdoc; } >"$extra"
for generated in "$out"/*.1; do
  # paylink.create.1 → paylink-create.1, the way man pages of subcommands are named (git-commit, apt-get).
  name=$(basename "$generated" .1 | tr . -)
  sections=/dev/null
  [ "$name" = paylink ] && sections=$extra
  awk -v sections="$sections" -v exits=man/exit-status.mdoc '
    /^\.Dt / || /^\.Xr / { gsub(/paylink\./, "paylink-"); gsub(/PAYLINK\./, "PAYLINK-") }
    # The added sections go before EXIT STATUS, whose generic text gives way to paylink'"'"'s own codes.
    /^\.Sh "EXIT STATUS"$/ {
      while ((getline line < sections) > 0) print line
      while ((getline line < exits) > 0) print line
      skipping = 1; next
    }
    skipping && /^\.Sh / { skipping = 0 }
    !skipping { print }
  ' "$generated" >"$out/$name.1.new"
  rm "$generated"
  mv "$out/$name.1.new" "$out/$name.1"
done
# The same page with its KEYS section in each translated language: the section lies between .Sh KEYS and the next .Sh.
for language in lt lv et pl; do
  mkdir -p "$out/$language"
  keys=$(mktemp)
  "$tools/paylink-manual" "$language" >"$keys"
  awk -v keys="$keys" '
    /^\.Sh KEYS$/ { while ((getline line < keys) > 0) print line; skipping = 1; next }
    skipping && /^\.Sh / { skipping = 0 }
    !skipping { print }
  ' "$out/paylink.1" >"$out/$language/paylink.1"
  rm -f "$keys"
done
ls "$out"
