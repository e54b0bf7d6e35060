# Sourced by the benchmark scripts: makes a scratch folder $WORK (removed at exit, with the sandbox stopped),
# starts `$PAYLINK sandbox` on a free loopback port with its data in $WORK/sandbox, sets SANDBOX_PID and BASE,
# and exits when it does not come up.
WORK=$(mktemp -d /tmp/paylink-bench-work.XXXXXX)
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$WORK/sandbox" "$WORK/data" "$WORK/config"
PAYLINK_DATA_DIR="$WORK/sandbox" "$PAYLINK" sandbox --port "$PORT" >"$WORK/sandbox.log" 2>&1 &
SANDBOX_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 200); do
  grep -q "Sandbox listening on $BASE" "$WORK/sandbox.log" 2>/dev/null && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.log" >&2; exit 1; }
  sleep 0.05
done
grep -q "Sandbox listening on $BASE" "$WORK/sandbox.log" || { echo "the sandbox did not start" >&2; exit 1; }
