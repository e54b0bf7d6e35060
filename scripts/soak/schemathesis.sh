#!/usr/bin/env bash
# schemathesis against a running `paylink sandbox`, driven by its own /openapi.json: nothing it generates may
# get a 5xx, and the sandbox must still serve afterwards. Installs schemathesis into .build-soak/venv if missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PAYLINK="${PAYLINK:-$ROOT/.build/debug/paylink}"
VENV="$ROOT/.build-soak/venv"
EXAMPLES="${SCHEMATHESIS_EXAMPLES:-100}"
SEED="${PAYLINK_SOAK_SEED:-$(date +%s)}"

if [ ! -x "$VENV/bin/schemathesis" ]; then
  echo "Installing schemathesis into ${VENV#$ROOT/}"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q schemathesis
fi
"$VENV/bin/schemathesis" --version

work="$(mktemp -d)"
PAYLINK_DATA_DIR="$work" "$PAYLINK" sandbox --port 0 --in-memory >"$work/sandbox.out" 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null; rm -rf "$work"' EXIT

# The sandbox's first line names its address; give it 30 s.
for _ in $(seq 300); do grep -q 'http://' "$work/sandbox.out" && break; sleep 0.1; done
url="$(grep -o 'http://[0-9.:]*' "$work/sandbox.out" | head -1)"
[ -n "$url" ] || { echo "the sandbox did not start:"; cat "$work/sandbox.out"; exit 1; }
token="$(curl -fsS -d grant_type=client_credentials -d client_id=sandbox -d client_secret=sandbox-secret \
  "$url/auth/realms/Paysera/protocol/openid-connect/token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"

echo "schemathesis against $url, $EXAMPLES examples per operation, seed $SEED"
"$VENV/bin/schemathesis" run "$url/openapi.json" --url "$url" -H "Authorization: Bearer $token" \
  --checks not_a_server_error --max-examples "$EXAMPLES" --seed "$SEED"

kill -0 "$sandbox" || { echo "the sandbox died during the run"; exit 1; }
curl -fsS -o /dev/null "$url/openapi.json" || { echo "the sandbox stopped answering"; exit 1; }
echo "the sandbox is still serving"
