#!/usr/bin/env bash
# paylink batch benchmarks, each against what people would use instead, on a sandbox of their own:
#   1. 1,000 rows with --parallel 4 vs a curl pipeline (xargs -P 4: one token, then an order and a link per row,
#      nothing written down): links per second for both and the ratio.
#   2. 50,000 rows: the check pass alone (a run refused by one bad last row: nothing sent) and --dry-run,
#      wall time and peak RSS from /usr/bin/time -v.
#
#   scripts/bench/batch.sh [PAYLINK_BINARY] [OUT_DIR]     (default .build/debug/paylink, a new /tmp folder)
# Prints a Markdown table and leaves batch.json in OUT_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
PAYLINK=${1:-$PWD/.build/debug/paylink}
OUT=${2:-$(mktemp -d /tmp/paylink-batch-bench.XXXXXX)}
ROWS=${BATCH_BENCH_ROWS:-1000}
BIG_ROWS=${BATCH_BENCH_BIG_ROWS:-50000}
mkdir -p "$OUT"
. scripts/bench/sandbox.sh
export PAYLINK_BASE_URL="$BASE" PAYSERA_CLIENT_ID=sandbox PAYSERA_CLIENT_SECRET=sandbox-secret
export PAYLINK_DATA_DIR="$WORK/data" XDG_CONFIG_HOME="$WORK/config"

# The same rows for both: reference, amount, name, language (paylink adds the 3-day lifetime and the flow).
rows() { # PREFIX COUNT
  echo "reference,currency,amount-minor,name,language"
  for i in $(seq 1 "$2"); do echo "$1-$i,EUR,$((1000 + i)),Invoice $1 $i,en"; done
}
now() { date +%s.%N; }

# --- 1. 1,000 rows: paylink batch vs curl + xargs -P 4 -------------------------------------------------------
rows PB "$ROWS" >"$WORK/paylink.csv"
start=$(now)
"$PAYLINK" batch "$WORK/paylink.csv" --yes --parallel 4 --output "$WORK/paylink.results.csv" >/dev/null
end=$(now)
PAYLINK_SECONDS=$(echo "$end - $start" | bc -l)
PAYLINK_MADE=$(grep -c ',created,' "$WORK/paylink.results.csv" || true)

umask 077
printf 'grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret' >"$WORK/token-form"
cat >"$WORK/row.sh" <<SH
#!/bin/sh
# One row: an order with its reference, then a link on it; the token comes from the header file.
i=\$1
order=\$(curl -sf -X POST -H @$WORK/auth-header -H 'Content-Type: application/json' \
  --data "{\"purchase\":{\"reference\":\"CU-\$i\",\"amount\":\"\$((1000 + i))\",\"currency\":\"EUR\"}}" \
  $BASE/merchant-order/integration/v1/orders | sed 's/.*"order_id":"\([^"]*\)".*/\1/')
curl -sf -o /dev/null -w '%{http_code}\n' -X POST -H @$WORK/auth-header -H 'Content-Type: application/json' \
  --data "{\"order_id\":\"\$order\",\"name\":\"Invoice CU \$i\",\"experience\":{\"language\":\"en\",\"payment_flow\":\"paysera_checkout\"},\"purchase\":{\"amount\":\$((1000 + i))},\"lifetime\":259200}" \
  $BASE/checkout-payment-link/integration/v1/payment-links
SH
chmod +x "$WORK/row.sh"
start=$(now)
curl -sf -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data @"$WORK/token-form" \
  "$BASE/auth/realms/Paysera/protocol/openid-connect/token" \
  | sed 's/.*"access_token":"\([^"]*\)".*/Authorization: Bearer \1/' >"$WORK/auth-header"
seq 1 "$ROWS" | xargs -P 4 -n 1 "$WORK/row.sh" >"$WORK/curl-codes.txt"
end=$(now)
CURL_SECONDS=$(echo "$end - $start" | bc -l)
CURL_MADE=$(grep -c '^201$' "$WORK/curl-codes.txt" || true)

# --- 2. 50,000 rows: the check pass and --dry-run, memory -------------------------------------------------------
rows BIG "$BIG_ROWS" >"$WORK/big.csv"
{ rows BIG "$BIG_ROWS"; echo "BIG-bad,EUR,0,Bad last row,en"; } >"$WORK/big-bad.csv"
measure() { # NAME COMMAND… → "seconds peak_kb"
  local log="$WORK/$1.time"
  /usr/bin/time -v "${@:2}" >/dev/null 2>"$log" || true
  local wall kb
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  kb=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  echo "$wall $kb"
}
read -r CHECK_SECONDS CHECK_KB < <(measure check "$PAYLINK" batch "$WORK/big-bad.csv" --yes --output "$WORK/big.results.csv")
read -r DRY_SECONDS DRY_KB < <(measure dry "$PAYLINK" batch "$WORK/big.csv" --dry-run)

python3 - "$OUT" "$ROWS" "$PAYLINK_SECONDS" "$PAYLINK_MADE" "$CURL_SECONDS" "$CURL_MADE" "$BIG_ROWS" \
  "$CHECK_SECONDS" "$CHECK_KB" "$DRY_SECONDS" "$DRY_KB" <<'PY'
import json, sys
out, rows, ps, pm, cs, cm, big, chs, chk, drs, drk = sys.argv[1:]
ps, cs, chs, drs = map(float, (ps, cs, chs, drs))
pm, cm, chk, drk, rows, big = map(int, (pm, cm, chk, drk, rows, big))
result = {
    "rows": rows, "paylink_seconds": ps, "paylink_links": pm, "paylink_rate": pm / ps,
    "curl_seconds": cs, "curl_links": cm, "curl_rate": cm / cs, "ratio": (pm / ps) / (cm / cs),
    "big_rows": big, "check_seconds": chs, "check_peak_mb": chk / 1024, "dry_seconds": drs, "dry_peak_mb": drk / 1024,
}
json.dump(result, open(f"{out}/batch.json", "w"), indent=2)
r = result
print("| figure | paylink | reference | ratio | target | met |")
print("|---|---|---|---|---|---|")
print(f"| batch of {rows} rows, --parallel 4: links per second | {r['paylink_rate']:.1f} /s ({pm} in {ps:.1f} s) "
      f"| {r['curl_rate']:.1f} /s ({cm} in {cs:.1f} s, curl + xargs -P 4) | {r['ratio']:.2f}× | ≥ 0.7× | {'yes' if r['ratio'] >= 0.7 else '**no**'} |")
print(f"| {big} rows: check pass (run refused by its bad last row), wall / peak RSS | {chs:.1f} s / {r['check_peak_mb']:.1f} MB | – | – | ≤ 80 MB | {'yes' if r['check_peak_mb'] <= 80 else '**no**'} |")
print(f"| {big} rows: --dry-run, wall / peak RSS | {drs:.1f} s / {r['dry_peak_mb']:.1f} MB | – | – | ≤ 80 MB | {'yes' if r['dry_peak_mb'] <= 80 else '**no**'} |")
PY
