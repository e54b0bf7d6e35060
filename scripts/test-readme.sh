#!/usr/bin/env bash
# Runs every `paylink …` line of the README's ```sh blocks, as written, against a sandbox of its own, with the
# program from BIN_DIR first on the PATH; a failing example is named by its README line.
# How examples are treated:
#   - LINK_ID and ORDER_ID stand for a link and its order, made first with `paylink create`; PAID_LINK_ID for a
#     25.00 EUR link paid on the sandbox.
#   - The terminal program (`paylink`, `paylink --…`, `paylink open …`, `paylink history`) and the customer display
#     (`paylink display`, after the till before it) run in tmux until their screen is up, then get Ctrl-C and must
#     exit 0.
#   - `paylink sandbox …` runs until it says where it listens, then gets SIGTERM and must exit 0.
#   - Every other example must exit 0 within 60 s. Lines that are not `paylink …` (make, swift, scripts) are not run.
# Usage: scripts/test-readme.sh BIN_DIR
set -uo pipefail
cd "$(dirname "$0")/.."
bin_dir=$(cd "$1" && pwd)
readme=$PWD/README.md
export PATH=$bin_dir:$PATH
source scripts/test-scratch.sh readme
mkdir -p "$tmp/work"

start_sandbox paylink
export PAYLINK_BASE_URL=$sandbox_url PAYSERA_CLIENT_ID=sandbox PAYSERA_CLIENT_SECRET=sandbox-secret
[ -n "$PAYLINK_BASE_URL" ] || { echo "FAIL the sandbox did not start: $(cat "$tmp/sandbox.out")"; exit 1; }

made=$(paylink create --reference README-0 --currency EUR --amount 1.00 --name "README example" --language en --json)
ids=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["link_id"], d["order_id"])' <<<"$made") \
  || { echo "FAIL could not make a link for the examples: $made"; exit 1; }
read -r LINK_ID ORDER_ID <<<"$ids"

# EVENT_ID: an event of a second link, paid on the sandbox; the resend example delivers it to a receiver on :3000.
paid=$(paylink create --reference README-1 --currency EUR --amount 1.00 --name "README paid" --language en --json)
paid_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["link_id"])' <<<"$paid")
curl -fsS -o /dev/null -X POST "$sandbox_url/sandbox/payment-links/$paid_id/pay" || { echo "FAIL could not pay the second link"; exit 1; }
EVENT_ID=$(curl -fsS "$sandbox_url/sandbox/events" | python3 -c 'import json,sys; d=json.load(sys.stdin); print((d["items"] if isinstance(d, dict) else d)[0]["id"])') \
  || { echo "FAIL the sandbox logged no event for a paid link"; exit 1; }
python3 - <<'PY' >"$tmp/hook.out" 2>&1 &
from http.server import BaseHTTPRequestHandler, HTTPServer
class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200); self.end_headers()
    def log_message(self, *args): pass
HTTPServer(("127.0.0.1", 3000), Hook).serve_forever()
PY
hook_pid=$!
trap 'kill $hook_pid 2>/dev/null; cleanup' EXIT

# PAID_LINK_ID: a third link, paid on the sandbox, for the refund examples.
refundable=$(paylink create --reference README-2 --currency EUR --amount 25.00 --name "README refund" --language en --payer-name "Jonas Jonaitis" --json)
PAID_LINK_ID=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["link_id"])' <<<"$refundable")
curl -fsS -o /dev/null -X POST "$sandbox_url/sandbox/payment-links/$PAID_LINK_ID/pay" || { echo "FAIL could not pay the refund example's link"; exit 1; }

# The batch examples read invoices.csv from the folder they run in.
mkdir -p "$tmp/work"
printf 'reference,currency,amount,name,language,payer-email\nINV-1,EUR,12.50,Invoice 1,en,ann@example.com\nINV-2,EUR,30.00,Invoice 2,lt,\n' >"$tmp/work/invoices.csv"

# Each example as "LINE<TAB>WORD<US>WORD…", split like the shell would, comments dropped, placeholders filled in.
examples=$(LINK_ID=$LINK_ID ORDER_ID=$ORDER_ID EVENT_ID=$EVENT_ID PAID_LINK_ID=$PAID_LINK_ID python3 - "$readme" <<'PY'
import os, shlex, sys
inside = False
for number, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    stripped = line.strip()
    if stripped.startswith("```"):
        inside = stripped == "```sh"
        continue
    if not inside:
        continue
    words = shlex.split(stripped, comments=True)
    if not words or words[0] != "paylink":
        continue
    words = [w.replace("PAID_LINK_ID", os.environ["PAID_LINK_ID"]).replace("LINK_ID", os.environ["LINK_ID"]).replace("ORDER_ID", os.environ["ORDER_ID"])
             .replace("EVENT_ID", os.environ["EVENT_ID"]) for w in words]
    print(f"{number}\t" + "\x1f".join(words))
PY
)

failed=0 ran=0
# An ordinary command: must exit 0 within 60 s; a trailing `< FILE` feeds it that file.
run_plain() {
  local input=/dev/null n=${#words[@]}
  if [ "$n" -ge 2 ] && [ "${words[n-2]}" = "<" ]; then input=${words[n-1]}; words=("${words[@]:0:n-2}"); fi
  timeout 60 "${words[@]}" >"$tmp/example.out" 2>"$tmp/example.err" <"$input"
  status=$?
  if [ $status = 0 ]; then report "$line" ok "$shown"
  else report "$line" FAIL "$shown (exit $status)" "$(tail -5 "$tmp/example.err")"; fi
}
report() { # report LINE OK|FAIL WHAT [DETAIL]
  if [ "$2" = ok ]; then echo "ok   README.md:$1: $3"; else
    echo "FAIL README.md:$1: $3"; [ -n "${4:-}" ] && sed 's/^/     /' <<<"$4"; failed=$((failed + 1)); fi
}
while IFS=$'\t' read -r line joined; do
  IFS=$'\x1f' read -r -a words <<<"$joined"
  shown=$(sed -n "${line}p" "$readme" | sed 's/[[:space:]]*#.*$//; s/^[[:space:]]*//')
  ran=$((ran + 1))
  cd "$tmp/work"
  case "${words[1]:-}" in
    "" | -* | open | history | display)
      # The terminal program: up on its screen, then Ctrl-C.
      quoted=$(printf '%q ' "${words[@]}")
      tmux -L "$socket" new-session -d -s ex -x 100 -y 40 "$quoted; echo \"exit \$?\" >$tmp/status; sleep 60"
      up=""
      for _ in $(seq 1 300); do
        screen=$(tmux -L "$socket" capture-pane -p -t ex)
        grep -qE "F1 help|\^C quit|Scan to pay" <<<"$screen" && { up=1; break; }
        sleep 0.1
      done
      rm -f "$tmp/status"
      tmux -L "$socket" send-keys -t ex C-c
      for _ in $(seq 1 100); do [ -s "$tmp/status" ] && break; sleep 0.1; done
      status=$(cat "$tmp/status" 2>/dev/null)
      tmux -L "$socket" kill-session -t ex 2>/dev/null
      if [ -n "$up" ] && [ "$status" = "exit 0" ]; then report "$line" ok "$shown (screen up, Ctrl-C)"
      else report "$line" FAIL "$shown (terminal program: screen up: ${up:-no}; ${status:-did not exit})" "$screen"; fi
      ;;
    sandbox | listen)
      if [ "${words[1]}" = sandbox ] && [[ "${words[2]:-}" =~ ^(events|resend)$ ]]; then run_plain; continue; fi
      "${words[@]}" >"$tmp/example.out" 2>&1 &
      pid=$!
      for _ in $(seq 1 300); do grep -qi "listening" "$tmp/example.out" && break; kill -0 $pid 2>/dev/null || break; sleep 0.1; done
      up=$(grep -ci "listening" "$tmp/example.out")
      kill -TERM $pid 2>/dev/null
      wait $pid
      status=$?
      if [ "$up" = 1 ] && [ "$status" = 0 ]; then report "$line" ok "$shown (listened, SIGTERM)"
      else report "$line" FAIL "$shown (sandbox: exit $status)" "$(cat "$tmp/example.out")"; fi
      ;;
    *)
      run_plain
      ;;
  esac
done <<<"$examples"

echo
echo "README examples: $ran run, $failed failed"
[ "$ran" -gt 0 ] && [ "$failed" = 0 ]
