#!/usr/bin/env python3
"""Pay → PAID: how long after a payment the terminal shows PAID.

paylink runs in tmux at 80×24 against a `paylink sandbox` on a free loopback port. For each payment it fills the
form from the command line, creates the link (Ctrl-S), opens the QR view (z), pays the link as a customer would
(`curl -X POST …/sandbox/payment-links/ID/pay`) after a random 0–1 s wait, and polls `tmux capture-pane` every 5 ms until PAID is on the
pane. The time runs from just before curl starts to the capture that shows PAID.

    scripts/bench/pay-to-paid.py --paylink .build/debug/paylink [--payments 20] [--base-url URL] > pay-to-paid.json

Without --base-url it starts its own sandbox (the same paylink binary). JSON on stdout, progress on stderr.
"""

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def percentile(sorted_values, p):
    """Nearest rank, as the frame bench takes it."""
    if not sorted_values:
        return 0.0
    rank = int(-(-(p / 100 * (len(sorted_values) - 1)) // 1))
    return sorted_values[min(len(sorted_values) - 1, max(0, rank))]


class Pane:
    """A tmux server of its own with paylink in one 80×24 pane."""

    def __init__(self, socket_name, command, env_file):
        self.socket = socket_name
        inner = f"set -a; . {env_file}; set +a; exec {command}"
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24",
                  "env", "-i", "/bin/bash", "--noprofile", "--norc", "-c", inner)
        self.tmux("set", "-g", "status", "off")

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.socket, *args], check=False, capture_output=True, text=True).stdout

    def screen(self):
        return self.tmux("capture-pane", "-p")

    def keys(self, *keys):
        self.tmux("send-keys", *keys)

    def wait_for(self, predicate, what, timeout=30.0, every=0.02):
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            last = self.screen()
            if predicate(last):
                return last
            time.sleep(every)
        raise RuntimeError(f"timed out waiting for {what}; screen:\n{last}")

    def close(self):
        self.tmux("kill-server")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paylink", required=True)
    parser.add_argument("--payments", type=int, default=20)
    parser.add_argument("--base-url")
    args = parser.parse_args()
    paylink = os.path.abspath(args.paylink)
    work = tempfile.mkdtemp(prefix="paylink-pay-to-paid.")
    sandbox = None
    try:
        base = args.base_url
        if not base:
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            log = open(os.path.join(work, "sandbox.log"), "w")
            sandbox = subprocess.Popen([paylink, "sandbox", "--port", str(port)], stdout=log, stderr=log,
                                       env={**os.environ, "PAYLINK_DATA_DIR": os.path.join(work, "sandbox")})
            for _ in range(400):
                if f"listening on {base}" in open(os.path.join(work, "sandbox.log")).read():
                    break
                if sandbox.poll() is not None:
                    raise RuntimeError("the sandbox did not start")
                time.sleep(0.05)
        # The environment reaches paylink through a private file, never its command line.
        env_file = os.path.join(work, "env.sh")
        fd = os.open(env_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            for key, value in {
                "PAYLINK_BASE_URL": base, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret",
                "PAYLINK_DATA_DIR": os.path.join(work, "data"), "XDG_CONFIG_HOME": os.path.join(work, "config"),
                "HOME": work, "TERM": "tmux-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            }.items():
                f.write(f"{key}='{value}'\n")
        samples = []
        rng = random.Random(9)
        for i in range(args.payments):
            command = (f"'{paylink}' --reference PAY-{os.getpid()}-{i} --currency EUR --amount 25.00 "
                       f"--name Wallet --language en")
            pane = Pane(f"paylink-bench-{os.getpid()}-{i}", command, env_file)
            try:
                pane.wait_for(lambda s: "new payment link" in s, "the form")
                pane.keys("C-s")
                result = pane.wait_for(lambda s: "Payment URL" in s and re.search(r"^\s*link \S+", s, re.M), "the link")
                link_id = re.search(r"^\s*link (\S+)", result, re.M).group(1)
                pane.keys("z")
                pane.wait_for(lambda s: "esc back" in s and "▀" in s, "the QR view")
                # A customer pays at any moment: spread the payments over the second between two status requests.
                time.sleep(rng.uniform(0, 1))
                started = time.monotonic()
                code = subprocess.run(
                    ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                     f"{base}/sandbox/payment-links/{link_id}/pay"], capture_output=True, text=True).stdout
                if code != "200":
                    raise RuntimeError(f"the sandbox answered {code} to the payment")
                pane.wait_for(lambda s: "PAID" in s, "PAID", timeout=15, every=0.005)
                elapsed = (time.monotonic() - started) * 1000
                samples.append(elapsed)
                print(f"payment {i + 1}/{args.payments}: PAID after {elapsed:.0f} ms", file=sys.stderr)
                pane.keys("C-c")
            finally:
                pane.close()
        ordered = sorted(samples)
        print(json.dumps({
            "payments": len(samples), "p50_ms": percentile(ordered, 50), "p95_ms": percentile(ordered, 95),
            "max_ms": ordered[-1], "min_ms": ordered[0], "samples_ms": [round(x, 1) for x in samples],
            "poll_interval_ms": 1000.0, "terminal": "tmux 80x24",
        }))
    finally:
        if sandbox:
            sandbox.terminate()
            sandbox.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
