#!/usr/bin/env bash
# Builds paylink_VERSION_ARCH.deb from a paylink program and the paylink-server beside it, both carrying the Swift
# libraries inside them (make release, or swift build --static-swift-stdlib), so they run without the Swift toolchain.
# Usage: scripts/deb.sh PAYLINK_BINARY OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 out=${2:-.}

server=$(dirname "$binary")/paylink-server
[ -x "$server" ] || { echo "paylink: no paylink-server beside $binary"; exit 1; }
for program in "$binary" "$server"; do
  if readelf -d "$program" | grep -E 'NEEDED.*(libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime)' >/dev/null; then
    echo "paylink: $program loads the Swift libraries from the toolchain, so the package would not run without it."
    echo "Package programs built with them linked in: make release (or swift build --static-swift-stdlib)."
    exit 1
  fi
done

version=$("$binary" --version | awk '{print $1}')
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/paylink_${version}_$arch

GZIP_MAN=1 scripts/install.sh install "$binary" "$root/usr" >/dev/null
install -d "$root/usr/share/doc/paylink" "$root/DEBIAN"
install -m 644 packaging/copyright "$root/usr/share/doc/paylink/copyright"

# dpkg-shlibdeps reads a source package's control file; a minimal one in the staging folder is enough.
mkdir -p "$stage/debian"
printf 'Source: paylink\n\nPackage: paylink\nArchitecture: any\n' >"$stage/debian/control"
depends=$(cd "$stage" && dpkg-shlibdeps -O "$root/usr/bin/paylink" "$root/usr/bin/paylink-server" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "paylink: dpkg-shlibdeps found no libraries for $binary"; exit 1; }

size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" -e "s/@SIZE@/$size/" \
  packaging/control.in >"$root/DEBIAN/control"
mkdir -p "$out"
# DEB_COMPRESSION: the tests package a 200 MB debug program, which xz takes minutes over.
dpkg-deb --root-owner-group ${DEB_COMPRESSION:--Zxz} --build "$root" "$out/paylink_${version}_$arch.deb" >/dev/null
echo "$out/paylink_${version}_$arch.deb"
