#!/usr/bin/env python3
"""Random and mutated bodies against every route of a running `paylink sandbox`, seeded and reproducible.

Usage: garbage.py PAYLINK_BINARY [--requests N] [--seed S]
Each request gets a random route from /openapi.json (real or hostile ids), a random content type and a body that is
random bytes or a valid body with random bytes flipped, cut or repeated. Fails on any 5xx, on a request that gets no
answer, or when the sandbox process dies. Prints the seed and a one-line summary.
"""
import argparse, json, os, random, re, shutil, socket, subprocess, sys, tempfile, time, urllib.request

VALID_LINK = '{"order_id":"%s","name":"Order #1","experience":{"language":"en","payment_flow":"paysera_checkout"},' \
             '"purchase":{"amount":2500},"lifetime":3600,"payment_details":{"key":"card","purpose":"p","country_code":"LT"},' \
             '"payer_information":{"name":"J","email":"j@example.com"},"metadata":{"a":"b"}}'
VALID_ORDER = '{"purchase":{"reference":"R-%d","amount":"2500","currency":"EUR"}}'
TYPES = ["application/json", "application/x-www-form-urlencoded", "text/plain", "application/vnd.x+json", None]


def exchange(port, raw, timeout=15):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(raw)
        except OSError:
            pass  # the server may close early on a body over its limit
        try:
            s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        data = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError:
            pass
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return (int(m.group(1)) if m else None), data[:300]


def request(method, target, headers, body):
    head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for k, v in headers.items():
        head += f"{k}: {v}\r\n"
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode("latin-1") + body


def mutate(rng, body):
    b = bytearray(body)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        i = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(i, len(b) - 1)] = rng.randrange(256)
        elif op == 1:
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del b[i:i + rng.randint(1, 16)]
        elif op == 3:
            b[i:i] = rng.choice([b"null", b"[]", b"{}", b"1e999", b"-1", b'"\\u0000"', b'"\\ud800"', b"\x1b[2J", b"\xc2\x9b"])
        else:
            b = b[:i] * rng.randint(1, 3)
    return bytes(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paylink")
    ap.add_argument("--requests", type=int, default=int(os.environ.get("GARBAGE_REQUESTS", "5000")))
    ap.add_argument("--seed", type=int, default=int(os.environ.get("PAYLINK_SOAK_SEED", time.time())))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    print(f"garbage: {args.requests} requests, seed {args.seed}")

    work = tempfile.mkdtemp()
    out = open(os.path.join(work, "sandbox.out"), "w+")
    env = dict(os.environ, PAYLINK_DATA_DIR=work)
    sandbox = subprocess.Popen([args.paylink, "sandbox", "--port", "0", "--in-memory"], stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.time() + 30
        url = None
        while time.time() < deadline and url is None:
            out.seek(0)
            m = re.search(r"http://[0-9.:]+", out.read())
            url = m.group(0) if m else None
            time.sleep(0.05)
        if url is None:
            print("the sandbox did not start")
            return 1
        port = int(url.rsplit(":", 1)[1])

        def api(method, path, body=None, headers=None):
            req = urllib.request.Request(url + path, data=body, method=method, headers=headers or {})
            with urllib.request.urlopen(req, timeout=15) as r:
                return json.load(r)

        token = api("POST", "/auth/realms/Paysera/protocol/openid-connect/token",
                    b"grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret",
                    {"Content-Type": "application/x-www-form-urlencoded"})["access_token"]
        auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
        order = api("POST", "/merchant-order/integration/v1/orders", (VALID_ORDER % 0).encode(), auth)["order_id"]
        link = api("POST", "/checkout-payment-link/integration/v1/payment-links", (VALID_LINK % order).encode(), auth)
        ids = {"{link_id}": [link["link_id"], "..%2F%00", "x" * 3000, "%FF%FE%1B"],
               "{order_id}": [order, "not-a-uuid", "%00"],
               "{token}": [link["payment_URL"].rsplit("/", 1)[1], "%1B%5B2J"]}
        paths = api("GET", "/openapi.json")["paths"]
        operations = [(m.upper(), p) for p, item in paths.items() for m in item if m in ("get", "post", "put", "delete", "patch")]

        failures, answered = [], 0
        for n in range(args.requests):
            method, template = rng.choice(operations)
            target = template
            for key, values in ids.items():
                target = target.replace(key, rng.choice(values))
            if rng.random() < 0.5:
                body = mutate(rng, (VALID_LINK % order if "payment-links" in template else VALID_ORDER % n).encode())
            else:
                body = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 10, 100, 1000, 20000])))
            headers = {}
            if rng.random() < 0.9:
                headers["Authorization"] = "Bearer " + token
            kind = rng.choice(TYPES)
            if kind:
                headers["Content-Type"] = kind
            status, head = exchange(port, request(method, target, headers, body))
            if status is None or status >= 500:
                failures.append(f"#{n} {method} {template}: {status} {head[:120]!r}")
            else:
                answered += 1
            if sandbox.poll() is not None:
                failures.append(f"the sandbox exited with {sandbox.returncode} after request #{n}")
                break
        alive = sandbox.poll() is None
        print(f"garbage: {answered} answered below 500, {len(failures)} failures, sandbox {'alive' if alive else 'dead'}")
        for f in failures[:10]:
            print("  " + f)
        return 0 if not failures and alive else 1
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
