-- wrk script: every request creates a payment link on one order with a fixed bearer token.
-- BENCH_TOKEN and BENCH_ORDER come from the environment (scripts/bench.sh sets them).
local token = os.getenv("BENCH_TOKEN")
local order = os.getenv("BENCH_ORDER")

wrk.method = "POST"
wrk.path = "/checkout-payment-link/integration/v1/payment-links"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"order_id":"' .. order .. '","name":"Load link","experience":{"language":"en","payment_flow":"paysera_checkout"},'
  .. '"purchase":{"amount":2500},"lifetime":259200}'

-- One JSON line after wrk's own report, read by report.py; status_errors counts answers that were not 2xx/3xx.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\nBENCH_JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,'
    .. '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"status_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
