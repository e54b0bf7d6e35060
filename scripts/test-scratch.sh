# Sourced by the install and README checks (`source scripts/test-scratch.sh NAME`): a scratch folder and home, a
# tmux server of their own, and a sandbox started on demand; all of it is removed on exit.
tmp=$(mktemp -d "/tmp/paylink-$1-XXXXXX")
socket=paylink-$1-$$
sandbox_pid=
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# A scratch home, so nothing here reads or writes the real one.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data PAYLINK_DATA_DIR=$tmp/home/data/paylink
mkdir -p "$HOME"

# start_sandbox COMMAND…: runs `COMMAND sandbox --port 0 --in-memory` in the background; sets sandbox_url.
start_sandbox() {
  "$@" sandbox --port 0 --in-memory >"$tmp/sandbox.out" 2>&1 &
  sandbox_pid=$!
  for _ in $(seq 1 300); do grep -q "http://" "$tmp/sandbox.out" && break; sleep 0.1; done
  sandbox_url=$(grep -o 'http://[0-9.:]*' "$tmp/sandbox.out" | head -1)
}

stop_sandbox() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  sandbox_pid=
}
