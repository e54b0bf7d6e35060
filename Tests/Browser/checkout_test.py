#!/usr/bin/python3
"""The sandbox's checkout in a real browser (Debian's headless chromium through chromedriver).

checkout_test.py PAYLINK_BIN ARTIFACT_DIR [suite|done-when]

suite:     pick a bank and Pay -> success_url; Fail -> failure_url; Back -> cancel_url; direct_payment opens
           the method's page; the page in lt; an expired link's page.
done-when: a link made with `paylink create --success-url --callback-url` is paid in the browser, ends on
           /ok, `paylink listen` applies the callback, `paylink show --json` says completed, and
           `paylink sandbox resend` is reported by listen as a duplicate.
Prints one line "PASS ..." or "FAIL ..." and exits 0 or 1. Screenshots go to ARTIFACT_DIR.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PAYLINK, ARTIFACTS = sys.argv[1], sys.argv[2]
MODE = sys.argv[3] if len(sys.argv) > 3 else "suite"
os.makedirs(ARTIFACTS, exist_ok=True)
TIMEOUT = 60


class Shop:
    """A loopback shop that records every page the browser comes back to."""

    def __init__(self):
        visits = self.visits = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                visits.append(self.path)
                body = ("<!doctype html><title>Shop</title><h1>Shop page %s</h1>" % self.path).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def wait_for(what, predicate, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for " + what)


def start(args, env, stream="stdout"):
    """A paylink child process and the first line it prints on `stream` (its address)."""
    proc = subprocess.Popen([PAYLINK] + args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = getattr(proc, stream).readline()
    if "http://" not in line:
        proc.kill()
        raise AssertionError("paylink %s did not start: %r" % (args[0], line))
    return proc, line[line.index("http://"):].strip()


def env_for(home, base=None):
    env = {"HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
           "PAYLINK_DATA_DIR": home + "/data/paylink", "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if base:
        env.update({"PAYLINK_BASE_URL": base, "PAYSERA_CLIENT_ID": "sandbox", "PAYSERA_CLIENT_SECRET": "sandbox-secret"})
    return env


class API:
    """Orders and links straight through the sandbox's API."""

    def __init__(self, base):
        self.base = base
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "sandbox",
                                       "client_secret": "sandbox-secret"}).encode()
        answer = self.call("POST", "/auth/realms/Paysera/protocol/openid-connect/token", form,
                           "application/x-www-form-urlencoded", token=False)
        self.token = answer["access_token"]

    def call(self, method, path, body=None, kind="application/json", token=True):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        if body is not None:
            request.add_header("Content-Type", kind)
        if token:
            request.add_header("Authorization", "Bearer " + self.token)
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read())

    def link(self, shop, reference, **fields):
        order = self.call("POST", "/merchant-order/integration/v1/orders", json.dumps({
            "purchase": {"reference": reference, "amount": 2500, "currency": "EUR"},
            "redirect_urls": {"success_url": shop + "/ok", "failure_url": shop + "/failed", "cancel_url": shop + "/cancel"},
        }).encode())
        body = {"order_id": order["order_id"], "name": "Order " + reference, "experience": {"language": "en"},
                "purchase": {"amount": 2500}, "payment_details": {"country_code": "LT"}}
        body.update(fields)
        return self.call("POST", "/checkout-payment-link/integration/v1/payment-links", json.dumps(body).encode())


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=900,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(TIMEOUT)
    return driver


def shot(driver, name):
    driver.save_screenshot(os.path.join(ARTIFACTS, name + ".png"))


def pay_in_browser(driver, url, bank, button, name):
    """Opens the link, picks `bank`, continues, presses `button`; the address the browser ends on."""
    driver.get(url)
    shot(driver, name + "-1-methods")
    driver.find_element(By.CSS_SELECTOR, "label[for='method-%s']" % bank).click()
    driver.find_element(By.ID, "continue").click()
    WebDriverWait(driver, TIMEOUT).until(lambda d: d.find_elements(By.ID, "pay"))
    shot(driver, name + "-2-method")
    driver.find_element(By.ID, button).click()
    return wait_for("the browser to leave the checkout", lambda: "payment-links" not in driver.current_url and driver.current_url)


def suite(driver, checks):
    home = tempfile.mkdtemp(prefix="paylink-browser-")
    sandbox, base = start(["sandbox", "--port", "0", "--in-memory"], env_for(home))
    try:
        shop = Shop()
        api = API(base)

        link = api.link(shop.url, "B-PAY", payment_details={"country_code": "LT", "key": "seb"})
        driver.get(link["payment_URL"])
        labels = [e.get_attribute("for") for e in driver.find_elements(By.CSS_SELECTOR, "fieldset label")]
        assert labels[0] == "method-seb", "the preselected method comes first: %r" % labels
        assert "method-lhv" not in labels, "an Estonian-only bank is not offered in LT: %r" % labels
        checks.append("methods filtered and ordered")
        landed = pay_in_browser(driver, link["payment_URL"], "swedbank", "pay", "pay")
        assert landed == shop.url + "/ok", "Pay ends on success_url, not " + landed
        assert "/ok" in shop.visits
        shot(driver, "pay-3-shop")
        checks.append("Pay -> success_url")

        link = api.link(shop.url, "B-FAIL")
        landed = pay_in_browser(driver, link["payment_URL"], "luminor", "fail", "fail")
        assert landed == shop.url + "/failed", "Fail ends on failure_url, not " + landed
        checks.append("Fail -> failure_url")

        link = api.link(shop.url, "B-BACK")
        driver.get(link["payment_URL"])
        driver.find_element(By.ID, "back").click()
        wait_for("cancel_url", lambda: driver.current_url == shop.url + "/cancel")
        assert "/cancel" in shop.visits
        checks.append("Back -> cancel_url")

        link = api.link(shop.url, "B-DIRECT", experience={"language": "en", "payment_flow": "direct_payment"},
                        payment_details={"key": "swedbank"})
        driver.get(link["payment_URL"])
        shot(driver, "direct")
        assert driver.find_element(By.ID, "method").text == "Swedbank", "direct_payment opens the method's page"
        checks.append("direct_payment -> method page")

        link = api.link(shop.url, "B-LT", experience={"language": "lt"})
        driver.get(link["payment_URL"])
        shot(driver, "lt")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "lt"
        assert "Pasirinkite mokėjimo būdą" in driver.page_source
        checks.append("lt page")

        link = api.link(shop.url, "B-EXPIRED", lifetime=1)
        def expired():
            driver.get(link["payment_URL"])
            return "This payment link has expired" in driver.page_source
        wait_for("the link to expire", expired, timeout=30)
        assert not driver.find_elements(By.TAG_NAME, "button"), "an expired link offers no buttons"
        shot(driver, "expired")
        checks.append("expired page")
    finally:
        sandbox.terminate()
        sandbox.wait()


def done_when(driver, checks):
    home = tempfile.mkdtemp(prefix="paylink-done-")
    sandbox, base = start(["sandbox", "--port", "0", "--in-memory"], env_for(home))
    env = env_for(home, base)
    listen, callback = start(["listen", "--port", "0", "--json"], env, stream="stderr")
    try:
        shop = Shop()
        created = subprocess.run(
            [PAYLINK, "create", "--reference", "DONE-1", "--currency", "EUR", "--amount", "25.00", "--name", "Done",
             "--language", "en", "--success-url", shop.url + "/ok", "--callback-url", callback, "--json"],
            env=env, capture_output=True, text=True, timeout=120)
        assert created.returncode == 0, "create: " + created.stderr
        link = json.loads(created.stdout)
        landed = pay_in_browser(driver, link["payment_URL"], "swedbank", "pay", "done")
        assert landed == shop.url + "/ok", "ends on /ok, not " + landed
        checks.append("browser paid and landed on /ok")

        def event_line():
            line = listen.stdout.readline()
            return json.loads(line) if line else None
        seen = []
        def applied_paid():
            event = event_line()
            if event:
                seen.append(event)
            return any(e["outcome"] == "applied" and e["event"] == "order/amount_paid_updated" for e in seen)
        wait_for("listen to apply the paid callback", applied_paid)
        checks.append("listen applied the callback")

        shown = subprocess.run([PAYLINK, "show", link["link_id"], "--json"], env=env, capture_output=True, text=True, timeout=60)
        assert shown.returncode == 0, "show: " + shown.stderr
        assert json.loads(shown.stdout)["status"] == "completed", "show says " + shown.stdout
        checks.append("show --json says completed")

        events = subprocess.run([PAYLINK, "sandbox", "events", "--sandbox", base, "--order", link["order_id"], "--json"],
                                env=env, capture_output=True, text=True, timeout=60)
        assert events.returncode == 0, "sandbox events: " + events.stderr
        paid = [e for e in json.loads(events.stdout)["items"] if e["name"] == "amount_paid_updated"][0]
        resent = subprocess.run([PAYLINK, "sandbox", "resend", paid["id"], "--sandbox", base], env=env,
                                capture_output=True, text=True, timeout=60)
        assert resent.returncode == 0, "resend: " + resent.stdout + resent.stderr
        def duplicate():
            event = event_line()
            if event:
                seen.append(event)
            return any(e["outcome"] == "duplicate" and e["request_id"] == paid["id"] for e in seen)
        wait_for("listen to report the resend as a duplicate", duplicate)
        checks.append("resend reported as duplicate")
    finally:
        for proc in (listen, sandbox):
            proc.terminate()
            proc.wait()


def main():
    checks = []
    driver = None
    started = time.monotonic()
    try:
        driver = browser()
        (suite if MODE == "suite" else done_when)(driver, checks)
    except Exception as error:  # one clear line, whatever went wrong
        if driver:
            shot(driver, MODE + "-failure")
        print("FAIL browser %s after %d checks (%s): %s" % (MODE, len(checks), ", ".join(checks), error))
        return 1
    finally:
        if driver:
            driver.quit()
    print("PASS browser %s: %s (%.1f s)" % (MODE, ", ".join(checks), time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
