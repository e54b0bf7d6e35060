#!/usr/bin/env bash
# Checks paylink installed as a tool: make install and uninstall under a scratch PREFIX, the manual pages, the
# shell completions, the themes found beside a copied program, `paylink sandbox` and `paylink listen` served by the
# paylink-server installed beside it, and (as root) the Debian package installed with apt-get, used, and removed. It installs the debug build (BIN=): CI never makes a release build.
set -uo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
bin=$PWD/.build/debug/paylink
source scripts/test-scratch.sh install
failed=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; shift; [ $# -gt 0 ] && printf '     %s\n' "$@"; failed=$((failed + 1)); }
# expect WHAT COMMAND...: the command must succeed.
expect() { local what=$1; shift; local out; if out=$("$@" 2>&1); then pass "$what"; else fail "$what" "$out"; fi; }

prefix=$tmp/usr
if out=$(make --no-print-directory install PREFIX="$prefix" BIN="$bin" 2>&1); then pass "make install PREFIX=… BIN=debug build"
else fail "make install PREFIX=… BIN=debug build" "$out"; exit 1; fi
for f in bin/paylink bin/paylink-server share/paylink/themes/light.yaml share/man/man1/paylink.1 share/man/man1/paylink-create.1 \
  share/bash-completion/completions/paylink share/zsh/site-functions/_paylink share/fish/vendor_completions.d/paylink.fish; do
  [ -s "$prefix/$f" ] || fail "installed $f" "missing"
done
version=$("$prefix/bin/paylink" --version)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [0-9a-f]{7,}(-modified)?\)$ || $version =~ \(commit\ unknown\)$ ]] \
  && pass "paylink --version: $version" || fail "paylink --version names the version and commit" "$version"

# The server side lives in paylink-server alone: the front program links no HTTP server.
servers=$(nm -C "$bin" 2>/dev/null | grep -c "Hummingbird\|PayseraSandbox")
[ "$servers" = 0 ] && [ "$(nm -C "$(dirname "$bin")/paylink-server" | grep -c "Hummingbird")" -gt 0 ] \
  && pass "paylink carries no Hummingbird or sandbox code; paylink-server does" \
  || fail "the front program links no HTTP server" "$servers Hummingbird or PayseraSandbox symbols in $bin"

# check_servers WHERE PROGRAM: `PROGRAM sandbox` serves a link create and `PROGRAM listen` answers a callback, in an
# environment whose PATH does not lead to paylink-server, so it must be found beside the program.
clean_env=(env -i HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 PAYLINK_DATA_DIR="$PAYLINK_DATA_DIR")
check_servers() {
  local where=$1 program=$2
  start_sandbox "${clean_env[@]}" "$program"
  local created
  created=$("${clean_env[@]}" PAYLINK_BASE_URL="$sandbox_url" PAYSERA_CLIENT_ID=sandbox PAYSERA_CLIENT_SECRET=sandbox-secret \
    "$program" create --reference "SERVER-$RANDOM" --currency EUR --amount 25.00 --name "Order 1" --language en 2>&1)
  [ -n "$sandbox_url" ] && grep -qF "$sandbox_url/" <<<"$created" && pass "$where: paylink sandbox serves paylink create" \
    || fail "$where: paylink sandbox at ${sandbox_url:-(none)} serves paylink create" "$(cat "$tmp/sandbox.out")" "$created"
  stop_sandbox
  "${clean_env[@]}" "$program" listen --port 0 >"$tmp/listen.out" 2>"$tmp/listen.err" &
  local listen_pid=$! url= status=
  for _ in $(seq 1 300); do
    url=$(grep -o 'http://[0-9.:]*/paysera/callback' "$tmp/listen.err" | head -1)
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] && status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST --data '{}' "$url")
  kill "$listen_pid" 2>/dev/null
  wait "$listen_pid" 2>/dev/null
  [ "$status" = 401 ] && grep -q "refused 401" "$tmp/listen.out" \
    && pass "$where: paylink listen answers an unsigned callback 401" \
    || fail "$where: paylink listen at ${url:-(none)} answers an unsigned callback 401 (got ${status:-nothing})" \
      "$(cat "$tmp/listen.err" "$tmp/listen.out")"
}
check_servers "installed under PREFIX" "$prefix/bin/paylink"

# One manual page per command in the command tree, whatever commands there are.
commands=$("$prefix/bin/paylink" --experimental-dump-help | python3 -c '
import json, sys
def walk(cmd, path):
    yield "-".join(path)
    for sub in cmd.get("subcommands", []):
        if sub.get("shouldDisplay", True):
            yield from walk(sub, path + [sub["commandName"]])
print("\n".join(walk(json.load(sys.stdin)["command"], ["paylink"])))')
missing=""
for c in $commands; do [ -s "$prefix/share/man/man1/$c.1" ] || missing="$missing $c.1"; done
[ -z "$missing" ] && pass "a manual page for each of $(echo $commands | wc -w) commands" || fail "manual pages" "missing:$missing"
page=$(MANPATH=$prefix/share/man man -w paylink 2>&1)
[ "$page" = "$prefix/share/man/man1/paylink.1" ] && pass "MANPATH=… man -w paylink" || fail "man -w paylink" "$page"
text=$(MANPATH=$prefix/share/man MANWIDTH=100 man paylink 2>&1 | col -b)
missing=""
for want in "KEYS" "Ctrl-S" "create the link [submit]" "ENVIRONMENT" "PAYLINK_DATA_DIR" "EXIT STATUS" "FILES" "config.yaml"; do
  grep -qF -- "$want" <<<"$text" || missing="$missing \"$want\""
done
[ -z "$missing" ] && pass "man paylink shows the keys, environment, exit status and files" || fail "man paylink" "missing:$missing"
warnings=$(for p in "$prefix"/share/man/man1/*.1; do groff -mandoc -Tutf8 -z -ww "$p" 2>&1; done)
[ -z "$warnings" ] && pass "groff reads every page without a warning" || fail "groff warnings" "$warnings"

# Completion scripts load in their shells, and bash completes `paylink cr` to `create`.
expect "bash -n completion" bash -n "$prefix/share/bash-completion/completions/paylink"
expect "zsh -n completion" zsh -n "$prefix/share/zsh/site-functions/_paylink"
expect "fish -n completion" fish -n "$prefix/share/fish/vendor_completions.d/paylink.fish"
completed=$(PATH=$prefix/bin:$PATH bash -c '
  source /usr/share/bash-completion/bash_completion 2>/dev/null
  source "$1"
  function=$(complete -p paylink | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
  COMP_WORDS=(paylink cr); COMP_CWORD=1; COMP_LINE="paylink cr"; COMP_POINT=${#COMP_LINE}
  "$function" paylink cr paylink
  printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/paylink")
[ "$completed" = "create" ] && pass "bash completes paylink cr<TAB> to create" || fail "bash completion of paylink cr" "got: $completed"

# Themes beside a copied program: bin/paylink with share/paylink/themes next to bin, and without.
screen_of() { # screen_of NAME COMMAND…: runs the program in tmux until its form is up; prints the screen with colours
  local name=$1; shift
  tmux -L "$socket" new-session -d -s "$name" -x 400 -y 30 "$*; sleep 60"
  for _ in $(seq 1 300); do
    tmux -L "$socket" capture-pane -p -t "$name" | grep -q "Metadata" && break
    sleep 0.1
  done
  tmux -L "$socket" capture-pane -e -p -t "$name"
  tmux -L "$socket" kill-session -t "$name"
}
copy=$tmp/copied
mkdir -p "$copy/bin" "$copy/share/paylink"
cp "$prefix/bin/paylink" "$prefix/bin/paylink-server" "$copy/bin/"
cp -r "$prefix/share/paylink/themes" "$copy/share/paylink/"
light=$(screen_of light "$copy/bin/paylink" --theme light)
default=$(screen_of default "$copy/bin/paylink" --theme default)
if grep -q "Metadata" <<<"$light" && ! grep -q "not found" <<<"$light" && [ "$light" != "$default" ]; then
  pass "a copied program with share/paylink/themes beside it draws --theme light"
else
  fail "copied program with its share folder, --theme light" "$light"
fi
rm -rf "$copy/share"
alone=$(screen_of alone "$copy/bin/paylink" --theme light | sed 's/\x1b\[[0-9;]*m//g')
if grep -qF "theme \"light\" not found (looked in" <<<"$alone" && grep -qF "$copy/share/paylink/themes" <<<"$alone"; then
  pass "a copied program without its share folder says which folders it looked in"
else
  fail "copied program alone, --theme light" "$alone"
fi

# Every README example, with the installed program on the PATH.
if out=$(scripts/test-readme.sh "$prefix/bin" 2>&1); then pass "README examples ($(tail -1 <<<"$out"))"
else fail "README examples" "$(grep -A6 '^FAIL' <<<"$out" || tail -5 <<<"$out")"; fi

expect "make uninstall" make --no-print-directory uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f)
[ -z "$left" ] && pass "make uninstall leaves no file" || fail "files left after make uninstall" "$left"

# The Debian package, installed into this machine with apt-get: root only.
if [ "$(id -u)" != 0 ]; then
  echo "skip the Debian package test: apt-get install needs root (CI runs as root)"
else
  # The debug build linked again with the Swift libraries inside: a package of a program that needs the
  # toolchain's libraries would not run elsewhere.
  mkdir -p "$tmp/static"
  out=$(scripts/static-link.sh "$tmp/static/paylink" && scripts/static-link.sh "$tmp/static/paylink-server" paylink-server 2>&1) \
    || fail "static link" "$out"
  if ! out=$(DEB_COMPRESSION="-Zgzip -z1" scripts/deb.sh "$tmp/static/paylink" "$tmp/deb" 2>&1); then
    fail "make deb" "$out"
  elif dpkg -s paylink >/dev/null 2>&1; then
    fail "the Debian package test" "a paylink package is already installed on this machine; not touching it"
  else
    deb=$(tail -1 <<<"$out")
    pass "make deb: $(basename "$deb")"
    depends=$(dpkg-deb -f "$deb" Depends)
    grep -q libncursesw <<<"$depends" && grep -q libqrencode <<<"$depends" && grep -q libsqlite3 <<<"$depends" \
      && pass "Depends: $depends" || fail "Depends names the libraries" "$depends"
    expect "apt-get install ./$(basename "$deb")" apt-get install -y -qq -o DPkg::Lock::Timeout=300 "$deb"
    files=$(dpkg -L paylink)
    expect "installed paylink --version, without the toolchain" "${clean_env[@]}" /usr/bin/paylink --version
    missing=$(ldd /usr/bin/paylink /usr/bin/paylink-server | grep -E "not found|/opt/swift|libswiftCore")
    [ -z "$missing" ] && pass "the installed programs load no library from the toolchain" || fail "ldd /usr/bin/paylink*" "$missing"
    check_servers "from the .deb" /usr/bin/paylink
    page=$(man -w paylink 2>&1)
    [ "$page" = /usr/share/man/man1/paylink.1.gz ] && pass "man -w paylink" || fail "man -w paylink" "$page"
    expect "apt-get remove --purge paylink" apt-get remove --purge -y -qq -o DPkg::Lock::Timeout=300 paylink
    left=$(while read -r f; do if [ -f "$f" ] || [ -L "$f" ]; then echo "$f"; fi; done <<<"$files")
    [ -z "$left" ] && pass "nothing of the package is left" || fail "files left after removal" "$left"
  fi
fi

echo
[ "$failed" = 0 ] && echo "install checks: all passed" || echo "install checks: $failed failed"
[ "$failed" = 0 ]
