#!/usr/bin/env bash
# Links the debug build's objects again into OUT with the Swift libraries inside (-static-stdlib), the way
# `make release` links, so that the tests can package a program that runs without the toolchain.
# Why not `swift build --static-swift-stdlib`: in the same build folder it recompiles some modules against the
# static libraries, and the next plain build keeps those objects, so the test bundle no longer links.
# Usage: scripts/static-link.sh OUT [PRODUCT]   (PRODUCT: paylink or paylink-server, default paylink; after swift
# build; reads the link command from .build/debug.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1 product=${2:-paylink}
# The build folder's triple names the link command: C.paylink-x86_64-unknown-linux-gnu-debug.exe.
triple=$(basename "$(dirname "$(readlink -f .build/debug)")")
python3 - "$out" "$triple" "$product" <<'PY' | xargs -0 sh -c '"$0" "$@" 2>&1 | grep -v "is dangerous, better use" || true'
import json, re, sys
manifest = open(".build/debug.yaml", encoding="utf-8").read()
start = manifest.index('\n  "C.%s-%s-debug.exe":\n' % (sys.argv[3], sys.argv[2]))
args = json.loads(re.search(r"\n    args: (\[.*\])\n", manifest[start:]).group(1))
args[args.index("-o") + 1] = sys.argv[1]
# Objects compiled against the shared Foundation name only it; its static form needs its parts named too.
args += ["-static-stdlib", "-lFoundationEssentials", "-l_FoundationCShims", "-l_FoundationCollections",
         "-lCoreFoundation", "-l_FoundationICU"]
sys.stdout.write("\0".join(args))
PY
[ -x "$out" ] || { echo "static-link: no program was written to $out" >&2; exit 1; }
