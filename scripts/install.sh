#!/usr/bin/env bash
# Installs paylink and paylink-server (found beside PAYLINK_BINARY) under ROOT (DESTDIR + PREFIX), or removes exactly
# what it installs.
# Usage: scripts/install.sh install PAYLINK_BINARY ROOT
#        scripts/install.sh uninstall ROOT
#        scripts/install.sh check ROOT      (exits 1 with the command to run when ROOT is not writable)
# The manual pages and completion scripts are generated from the given program's command definitions.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every file this installs, relative to ROOT, besides the manual pages (paylink.1 and paylink-*.1).
bash_completion=share/bash-completion/completions/paylink
zsh_completion=share/zsh/site-functions/_paylink
fish_completion=share/fish/vendor_completions.d/paylink.fish
themes=share/paylink/themes
man1=share/man/man1

# Without write access to ROOT, say how to install instead of failing halfway.
writable() {
  local dir=$1
  while [ ! -e "$dir" ]; do dir=$(dirname "$dir"); done
  [ -w "$dir" ]
}

need_access() {
  local root=$1 verb=$2
  writable "$root" && return 0
  echo "paylink: cannot write to $root."
  echo "Run it as root:        sudo make $verb ${EXTRA_MAKE_ARGS:-}"
  echo "or into your home:     make $verb PREFIX=\$HOME/.local ${EXTRA_MAKE_ARGS:-}"
  exit 1
}

install_files() {
  local binary=$1 root=$2 gzip_man=${GZIP_MAN:-0}
  need_access "$root" install
  [ -x "$binary" ] || { echo "paylink: no program at $binary (run make release, or pass BIN=path)"; exit 1; }
  local server
  server=$(dirname "$binary")/paylink-server
  [ -x "$server" ] || { echo "paylink: no paylink-server beside $binary (swift build --product paylink-server)"; exit 1; }
  local generated=$root/.paylink-manual
  scripts/manual.sh "$binary" "$generated" >/dev/null
  install -d "$root/bin" "$root/$themes" "$root/$man1" \
    "$(dirname "$root/$bash_completion")" "$(dirname "$root/$zsh_completion")" "$(dirname "$root/$fish_completion")"
  # Stripped, as installed programs are: the symbols only serve a debugger and double the size.
  install -m 755 -s "$binary" "$root/bin/paylink"
  install -m 755 -s "$server" "$root/bin/paylink-server"
  install -m 644 themes/*.yaml "$root/$themes/"
  for page in "$generated"/*.1; do
    install -m 644 "$page" "$root/$man1/"
    if [ "$gzip_man" = 1 ]; then gzip -9nf "$root/$man1/$(basename "$page")"; fi
  done
  for page in "$generated"/*/paylink.1; do
    local language
    language=$(basename "$(dirname "$page")")
    install -d "$root/share/man/$language/man1"
    install -m 644 "$page" "$root/share/man/$language/man1/"
    if [ "$gzip_man" = 1 ]; then gzip -9nf "$root/share/man/$language/man1/paylink.1"; fi
  done
  rm -rf "$generated"
  "$binary" --generate-completion-script bash >"$root/$bash_completion"
  "$binary" --generate-completion-script zsh >"$root/$zsh_completion"
  "$binary" --generate-completion-script fish >"$root/$fish_completion"
  chmod 644 "$root/$bash_completion" "$root/$zsh_completion" "$root/$fish_completion"
  echo "Installed paylink into $root"
}

uninstall_files() {
  local root=$1
  need_access "$root" uninstall
  rm -f "$root/bin/paylink" "$root/bin/paylink-server" "$root/$bash_completion" "$root/$zsh_completion" "$root/$fish_completion"
  for theme in themes/*.yaml; do rm -f "$root/$themes/$(basename "$theme")"; done
  rm -f "$root/$man1"/paylink.1 "$root/$man1"/paylink-*.1 "$root/$man1"/paylink.1.gz "$root/$man1"/paylink-*.1.gz
  rm -f "$root"/share/man/{lt,lv,et,pl}/man1/paylink.1 "$root"/share/man/{lt,lv,et,pl}/man1/paylink.1.gz
  rmdir "$root/$themes" "$root/share/paylink" 2>/dev/null || true
  echo "Removed paylink from $root"
}

case "${1:-}" in
  install) install_files "$2" "$3" ;;
  uninstall) uninstall_files "$2" ;;
  check) need_access "$2" install ;;
  *) echo "usage: $0 install PAYLINK_BINARY ROOT | uninstall ROOT" >&2; exit 2 ;;
esac
