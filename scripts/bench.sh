#!/usr/bin/env bash
# The benchmarks behind the README's "Performance" section: a release build of paylink measured against the
# tools people use instead (dialog, curl) on this machine, each figure a ratio from the same run.
#
#   ./scripts/bench.sh                 everything (about 5 minutes after the release build)
#   BENCH_QUICK=1 ./scripts/bench.sh   fewer repetitions and a 10 s idle run, for trying the script out
#   BENCH_SKIP_BUILD=1 ./scripts/bench.sh   measure the release binaries already in .build/release
#
# Results (JSON of every part, and the table as Markdown) go to $BENCH_OUT (default: a new folder under /tmp).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SWIFT=${SWIFT:-swift}
QUICK=${BENCH_QUICK:-}
OUT=${BENCH_OUT:-$(mktemp -d /tmp/paylink-bench.XXXXXX)}
mkdir -p "$OUT"

if [ -n "$QUICK" ]; then
  STARTUP_REPS=10; TYPED_CHARS=300; IDLE_SECONDS=10; HYPERFINE_RUNS=10; WRK_SECONDS=5; FRAME_KEYS=2000; PAY_PAYMENTS=5
else
  STARTUP_REPS=40; TYPED_CHARS=1000; IDLE_SECONDS=60; HYPERFINE_RUNS=40; WRK_SECONDS=10; FRAME_KEYS=10000; PAY_PAYMENTS=20
fi

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------------------
missing=""
for tool in dialog wrk hyperfine curl python3 tmux; do command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "The benchmarks need:$missing. Install them with: sudo apt-get install -y$missing" >&2
    exit 1
  fi
fi
if ! python3 -c 'import pyte' 2>/dev/null; then
  say "installing the pyte terminal emulator (PyPI)"
  python3 -m pip install --quiet pyte 2>/dev/null || python3 -m pip install --quiet --user pyte
fi

# --- release build ---------------------------------------------------------------------------------------
if [ -n "${BENCH_SKIP_BUILD:-}" ]; then
  # Measures the release binaries already built (SwiftPM's lock is held for a whole `swift test` run elsewhere).
  BIN="$ROOT/.build/release"
  [ -x "$BIN/paylink" ] && [ -x "$BIN/paylink-server" ] && [ -x "$BIN/paylink-frame-bench" ] || { echo "no release build in $BIN; run without BENCH_SKIP_BUILD" >&2; exit 1; }
else
  say "release build (the first one compiles every dependency and takes several minutes)"
  # The Swift libraries linked in, as `make release` builds it: the program starts without resolving their symbols.
  $SWIFT build -c release --static-swift-stdlib --product paylink >&2
  $SWIFT build -c release --static-swift-stdlib --product paylink-server >&2
  $SWIFT build -c release --static-swift-stdlib --product paylink-frame-bench >&2
  BIN="$($SWIFT build -c release --static-swift-stdlib --show-bin-path)"
fi
PAYLINK="$BIN/paylink"

# --- a sandbox of its own, on a free loopback port -------------------------------------------------------
. scripts/bench/sandbox.sh

export PAYLINK_BASE_URL="$BASE" PAYSERA_CLIENT_ID=sandbox PAYSERA_CLIENT_SECRET=sandbox-secret
export PAYLINK_DATA_DIR="$WORK/data" XDG_CONFIG_HOME="$WORK/config"

cat /proc/loadavg >"$OUT/load-start.txt"

# --- the executables as installed: stripped -------------------------------------------------------------------
for program in paylink paylink-server; do strip -o "$WORK/$program.stripped" "$BIN/$program"; done
printf '{"paylink": %d, "paylink-server": %d}\n' "$(stat -c %s "$WORK/paylink.stripped")" "$(stat -c %s "$WORK/paylink-server.stripped")" \
  >"$OUT/sizes.json"

# --- in process: update + view + screen comparison --------------------------------------------------------
say "in process: keystroke and result-screen frames"
"$BIN/paylink-frame-bench" --keys "$FRAME_KEYS" --json >"$OUT/frame.json"

# --- through a pty, against dialog -------------------------------------------------------------------------
say "pty: start to first full frame, paylink vs dialog --form ($STARTUP_REPS runs each)"
python3 scripts/bench/ptybench.py startup --paylink "$PAYLINK" --reps "$STARTUP_REPS" >"$OUT/startup.json"

say "pty: typing $TYPED_CHARS characters, paylink (Name field, live validation) vs dialog --inputbox"
python3 scripts/bench/ptybench.py typing --paylink "$PAYLINK" --chars "$TYPED_CHARS" >"$OUT/typing.json"

say "pty: idle on the result screen with a countdown for $IDLE_SECONDS s"
python3 scripts/bench/ptybench.py idle --paylink "$PAYLINK" --seconds "$IDLE_SECONDS" >"$OUT/idle.json"

say "tmux 80×24: pay → PAID on the QR view ($PAY_PAYMENTS payments)"
python3 scripts/bench/pay-to-paid.py --paylink "$PAYLINK" --payments "$PAY_PAYMENTS" --base-url "$BASE" >"$OUT/pay-to-paid.json"

# --- paylink create vs curl ----------------------------------------------------------------------------------
say "paylink create --json vs curl, same link request, same sandbox"
# Credentials and the token travel in files, never in process arguments.
umask 077
printf 'grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret' >"$WORK/token-form"
curl -sf -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data @"$WORK/token-form" \
  "$BASE/auth/realms/Paysera/protocol/openid-connect/token" >"$WORK/token.json"
TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "$WORK/token.json")
printf 'Authorization: Bearer %s\n' "$TOKEN" >"$WORK/auth-header"
printf '{"purchase":{"reference":"BENCH-%s","amount":"2500","currency":"EUR"}}' "$$" >"$WORK/order.json"
curl -sf -X POST -H @"$WORK/auth-header" -H 'Content-Type: application/json' --data @"$WORK/order.json" \
  "$BASE/merchant-order/integration/v1/orders" >"$WORK/order-answer.json"
ORDER=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["order_id"])' "$WORK/order-answer.json")
# The body paylink sends for these options (LinkDraft.request: lifetime 3d and the default flow included).
printf '{"order_id":"%s","name":"Bench link","experience":{"language":"en","payment_flow":"paysera_checkout"},"purchase":{"amount":2500},"lifetime":259200}' \
  "$ORDER" >"$WORK/link.json"
# A token fetch and a link create in one shell: what paylink does, done with curl.
cat >"$WORK/curl-token-and-link.sh" <<EOF
#!/bin/sh
t=\$(curl -sf -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data @$WORK/token-form $BASE/auth/realms/Paysera/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
printf 'Authorization: Bearer %s\n' "\$t" | curl -sf -o /dev/null -X POST -H @- -H 'Content-Type: application/json' --data @$WORK/link.json $BASE/checkout-payment-link/integration/v1/payment-links
EOF
chmod +x "$WORK/curl-token-and-link.sh"
# A check that each command really creates a link before timing it.
"$PAYLINK" create --order-id "$ORDER" --amount-minor 2500 --name "Bench link" --language en --json >"$WORK/paylink-create.json"
grep -q '"link_id"' "$WORK/paylink-create.json"
curl -sf -X POST -H @"$WORK/auth-header" -H 'Content-Type: application/json' --data @"$WORK/link.json" \
  "$BASE/checkout-payment-link/integration/v1/payment-links" | grep -q '"link_id"'
"$WORK/curl-token-and-link.sh"
hyperfine -N --warmup 3 --runs "$HYPERFINE_RUNS" --export-json "$OUT/create.json" \
  -n paylink "$PAYLINK create --order-id $ORDER --amount-minor 2500 --name 'Bench link' --language en --json" \
  -n curl "curl -sf -o /dev/null -X POST -H @$WORK/auth-header -H Content-Type:application/json --data @$WORK/link.json $BASE/checkout-payment-link/integration/v1/payment-links" \
  -n curl-token-and-link "$WORK/curl-token-and-link.sh" >&2

# The floor under both comparisons: starting each program and exiting, nothing else.
hyperfine -N --warmup 3 --runs "$HYPERFINE_RUNS" --export-json "$OUT/floor.json" \
  -n paylink "$PAYLINK --version" -n curl "curl --version" -n dialog "dialog --version" >&2

# --- the sandbox under load ----------------------------------------------------------------------------------
say "sandbox: links created per second with wrk for $WRK_SECONDS s"
BENCH_TOKEN="$TOKEN" BENCH_ORDER="$ORDER" wrk -t2 -c16 -d"${WRK_SECONDS}s" --latency -s scripts/bench/create-links.lua "$BASE" \
  >"$OUT/wrk.txt"
grep '^BENCH_JSON ' "$OUT/wrk.txt" | sed 's/^BENCH_JSON //' >"$OUT/wrk.json"

say "paylink batch: 1,000 rows vs curl + xargs -P 4; 50,000 rows checked in bounded memory"
scripts/bench/batch.sh "$PAYLINK" "$OUT" >"$OUT/batch.md"
# --- sync at scale --------------------------------------------------------------------------------------------
SYNC_LINKS=${BENCH_SYNC_LINKS:-$([ -n "$QUICK" ] && echo 2000 || echo 10000)}
say "sync: $SYNC_LINKS links from a sandbox of its own into an empty history, then again with nothing new"
python3 scripts/bench/sync.py --paylink "$PAYLINK" --links "$SYNC_LINKS" >"$OUT/sync.json"

cat /proc/loadavg >"$OUT/load-end.txt"

# --- the table -------------------------------------------------------------------------------------------------
python3 scripts/bench/report.py "$OUT" | tee "$OUT/table.md"
cat "$OUT/batch.md"
echo "(results: $OUT)" >&2
exit 0
