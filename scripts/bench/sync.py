#!/usr/bin/env python3
"""Sync at scale: `paylink sync` of N links from a sandbox of its own into an empty history, then again with
nothing new; wall time and peak RSS of each run, against curl reading the same pages (the floor: the API's
answers alone, nothing stored). Prints one JSON object.

    python3 scripts/bench/sync.py --paylink .build/release/paylink [--links 10000]
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

PAGE = 200
LINKS_PATH = "/checkout-payment-link/integration/v1/payment-links"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def run_measured(argv, env):
    """Wall time and peak RSS (MiB) of one child, via os.wait4."""
    start = time.monotonic()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = child.stdout.read()
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv[:2])} failed ({code}): {err.decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--paylink", required=True)
    parser.add_argument("--links", type=int, default=10000)
    args = parser.parse_args()
    paylink = os.path.abspath(args.paylink)

    work = tempfile.mkdtemp(prefix="paylink-sync-bench.")
    sandbox = None
    try:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": work, "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": os.path.join(work, "config"), "PAYLINK_DATA_DIR": os.path.join(work, "sandbox")}
        log = open(os.path.join(work, "sandbox.log"), "w")
        sandbox = subprocess.Popen([paylink, "sandbox", "--port", str(port)], env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)

        # Seed the sandbox over its API, one keep-alive connection.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("POST", "/auth/realms/Paysera/protocol/openid-connect/token",
                     body="grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret",
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        token = json.loads(conn.getresponse().read())["access_token"]
        auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        conn.request("POST", "/merchant-order/integration/v1/orders", headers=auth,
                     body=json.dumps({"purchase": {"reference": "SYNC-BENCH", "amount": "2500", "currency": "EUR"}}))
        order = json.loads(conn.getresponse().read())["order_id"]
        seed_start = time.monotonic()
        for n in range(args.links):
            body = {"order_id": order, "name": f"Synced link {n}", "purchase": {"amount": 100 + n},
                    "experience": {"language": "en", "payment_flow": "paysera_checkout"}, "lifetime": 259200,
                    "metadata": {"created_by": f"till-{n % 7}"}}
            conn.request("POST", LINKS_PATH, body=json.dumps(body), headers=auth)
            answer = conn.getresponse()
            answer.read()
            if answer.status != 201:
                sys.exit(f"seeding link {n}: HTTP {answer.status}")
        seed_seconds = time.monotonic() - seed_start

        till = dict(env, PAYLINK_DATA_DIR=os.path.join(work, "till"), PAYLINK_BASE_URL=base,
                    PAYSERA_CLIENT_ID="sandbox", PAYSERA_CLIENT_SECRET="sandbox-secret")
        first_s, first_rss, first_out = run_measured([paylink, "sync", "--json"], till)
        first = json.loads(first_out)
        again_s, again_rss, again_out = run_measured([paylink, "sync", "--json"], till)
        again = json.loads(again_out)
        rows = sqlite3.connect(os.path.join(work, "till", "history.sqlite")).execute("SELECT COUNT(*) FROM link").fetchone()[0]
        if first["added"] != args.links or rows != args.links or again["added"] != 0:
            sys.exit(f"sync stored {rows} rows (first {first}, again {again}); expected {args.links}")

        # curl reading the same pages in one process over one connection: the API's part of the work.
        header_file = os.path.join(work, "auth-header")
        with open(header_file, "w") as f:
            f.write(f"Authorization: Bearer {token}\n")
        os.chmod(header_file, 0o600)
        argv = ["curl", "-sf", "-H", f"@{header_file}"]
        for offset in range(0, args.links + PAGE, PAGE):
            argv += ["-o", "/dev/null", f"{base}{LINKS_PATH}?limit={PAGE}&offset={offset}"]
        curl_s, curl_rss, _ = run_measured(argv, env)

        print(json.dumps({
            "links": args.links, "seed_seconds": round(seed_seconds, 2),
            "first": {"seconds": round(first_s, 3), "peak_rss_mib": round(first_rss, 1), "pages": first["pages"],
                      "added": first["added"]},
            "again": {"seconds": round(again_s, 3), "peak_rss_mib": round(again_rss, 1), "pages": again["pages"],
                      "added": again["added"]},
            "curl_pages": {"seconds": round(curl_s, 3), "peak_rss_mib": round(curl_rss, 1),
                           "pages": len(range(0, args.links + PAGE, PAGE))},
        }, indent=1))
    finally:
        if sandbox:
            sandbox.terminate()
            sandbox.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
