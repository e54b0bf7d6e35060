#!/usr/bin/env python3
"""Measures paylink through a real pty against Debian's dialog (the C ncurses baseline).

Each program runs on the slave side of a pty set to 80x24; everything it writes is read from the
master side, stamped with the monotonic clock as it arrives, counted, and fed to the pyte terminal
emulator, so "on screen" means what a terminal would show, not what a program meant to draw.

    ptybench.py startup --paylink BIN [--reps N]        start to first full frame
    ptybench.py typing  --paylink BIN [--chars N]       1,000 characters typed, echo awaited, and a burst
    ptybench.py idle    --paylink BIN [--seconds N]     CPU and memory on the result screen with a countdown

Every subcommand prints one JSON object on stdout. paylink's environment (PAYLINK_BASE_URL, the
sandbox client, PAYLINK_DATA_DIR, XDG_CONFIG_HOME) comes from this process's environment.
"""

import argparse
import fcntl
import json
import os
import random
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import tempfile
import time

import pyte

ROWS, COLS = 24, 80

# The same fields as paylink's form, in its order, with its starting values.
FORM_FIELDS = [
    ("Order", "new order"),
    ("Reference", ""),
    ("Currency", "EUR"),
    ("Amount", ""),
    ("Name", ""),
    ("Language", ""),
    ("Lifetime", "3d"),
    ("Payer name", ""),
    ("Payer e-mail", ""),
    ("Payment flow", "paysera_checkout"),
    ("Payment method", ""),
    ("Country", ""),
    ("Purpose", ""),
    ("Metadata", ""),
]


def dialog_form_command():
    """`dialog --form` with paylink's fields (label at column 1, a 40-column entry at column 18), sized to fit all."""
    cmd = ["dialog", "--backtitle", "paylink - new payment link", "--form", "New payment link", "0", str(COLS - 4), "0"]
    for i, (label, value) in enumerate(FORM_FIELDS, start=1):
        cmd += [label, str(i), "1", value, str(i), "18", "40", "255"]
    return cmd


def percentile(values, p):
    """Nearest-rank percentile."""
    if not values:
        return 0.0
    s = sorted(values)
    rank = max(0, min(len(s) - 1, int(-(-p * (len(s) - 1) // 100))))
    return s[rank]


class PtyProgram:
    """A program on a fresh pty (80x24 unless told), its output read into a pyte screen of the same size."""

    def __init__(self, argv, env, rows=ROWS, cols=COLS):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.bytes = 0
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
                                     start_new_session=True)
        os.close(slave)
        os.set_blocking(self.master, False)
        self.closed = False

    def read_burst(self, timeout):
        """Waits up to `timeout` s for output, then reads everything already there in a tight loop.

        Returns [(arrival time, bytes)] with each read stamped on its own; nothing is parsed here, so the
        stamps are not delayed by the emulator.
        """
        if self.closed:
            return []
        r, _, _ = select.select([self.master], [], [], timeout)
        if not r:
            return []
        chunks = []
        while True:
            stamp = time.perf_counter()
            try:
                chunk = os.read(self.master, 65536)
            except BlockingIOError:
                break
            except OSError:
                self.closed = True
                break
            if not chunk:
                self.closed = True
                break
            self.bytes += len(chunk)
            chunks.append((stamp, chunk))
        return chunks

    def pump(self, timeout, predicate=None):
        """Reads what has arrived and feeds it to the screen.

        Returns the arrival time of the last read when `predicate(screen)` holds afterwards (or, without a
        predicate, when anything came), else None.
        """
        chunks = self.read_burst(timeout)
        if not chunks:
            return None
        for _, chunk in chunks:
            self.stream.feed(chunk)
        if predicate is None or predicate(self.screen):
            return chunks[-1][0]
        return None

    def wait_for(self, predicate, deadline_s=10.0):
        """Reads until `predicate(screen)` holds; returns the arrival time of the bytes that made it true."""
        end = time.perf_counter() + deadline_s
        if predicate(self.screen):
            return time.perf_counter()
        while time.perf_counter() < end:
            arrived = self.pump(max(0.0, end - time.perf_counter()), predicate)
            if arrived is not None:
                return arrived
            if self.closed:
                break
        raise TimeoutError("screen never showed what was awaited:\n" + self.text())

    def record_until_quiet(self, quiet_s=0.25, deadline_s=10.0):
        """Records stamped output, unparsed, until the program has been silent for `quiet_s` after its first bytes."""
        log = []
        end = time.perf_counter() + deadline_s
        while time.perf_counter() < end:
            chunks = self.read_burst(quiet_s if log else max(0.0, end - time.perf_counter()))
            if not chunks:
                if log or self.closed:
                    break
                continue
            log += chunks
        return log

    def first_time(self, log, predicate):
        """Replays recorded output into this program's screen; the stamp of the read after which `predicate` first holds."""
        for stamp, chunk in log:
            self.stream.feed(chunk)
            if predicate(self.screen):
                return stamp
        raise TimeoutError("the recorded output never showed what was awaited:\n" + self.text())

    def drain(self, quiet_s=0.05):
        """Reads until the program has been silent for `quiet_s`."""
        while self.pump(quiet_s) is not None:
            pass

    def send(self, data):
        os.write(self.master, data)

    def text(self):
        return "\n".join(line.rstrip() for line in self.screen.display)

    def stop(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        try:
            os.close(self.master)
        except OSError:
            pass


def tty_env(extra=None, rows=ROWS, cols=COLS):
    env = dict(os.environ)
    env.update({"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": str(cols), "LINES": str(rows)})
    env.pop("NO_COLOR", None)
    if extra:
        env.update(extra)
    return env


# What a full frame is: the form's last line is on the emulated screen.
def paylink_form_drawn(screen):
    return "F1 help" in screen.display[-1] and any("Metadata" in line for line in screen.display)


def dialog_form_drawn(screen):
    return any("<Cancel>" in line for line in screen.display) and any("Metadata" in line for line in screen.display)


def dialog_input_drawn(screen):
    return any("<Cancel>" in line for line in screen.display)


def startup(args):
    env = tty_env()
    runs = {"paylink": [], "dialog": []}
    byte_counts = {"paylink": [], "dialog": []}
    commands = {"paylink": ([args.paylink], paylink_form_drawn), "dialog": (dialog_form_command(), dialog_form_drawn)}
    # One unmeasured run each: the page cache and the history database are warm for every measured run.
    for name, (argv, drawn) in commands.items():
        p = PtyProgram(argv, env)
        p.wait_for(drawn)
        p.stop()
    for _ in range(args.reps):
        for name, (argv, drawn) in commands.items():
            p = PtyProgram(argv, env)
            # Output is recorded unparsed while the program starts and replayed afterwards, so the emulator's
            # work never competes with the program being measured for the two cores.
            log = p.record_until_quiet()
            t = p.first_time(log, drawn)
            runs[name].append((t - p.started) * 1000)
            byte_counts[name].append(p.bytes)
            p.stop()
    out = {}
    for name, values in runs.items():
        out[name] = {"median_ms": statistics.median(values), "p90_ms": percentile(values, 90), "min_ms": min(values),
                     "bytes_first_frame": statistics.median(byte_counts[name]), "n": len(values)}
    out["ratio_median"] = out["paylink"]["median_ms"] / out["dialog"]["median_ms"]
    out["ratio_p90"] = out["paylink"]["p90_ms"] / out["dialog"]["p90_ms"]
    out["dialog_command"] = " ".join(a if a and " " not in a else repr(a) for a in dialog_form_command())
    print(json.dumps(out))


def typed_text(n, seed=5):
    """Letters where no two neighbours are equal, so each echo is a visible change at the cursor."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        c = rng.choice("abcdefghijklmnopqrstuvwxyz")
        while out and c == out[-1]:
            c = rng.choice("abcdefghijklmnopqrstuvwxyz")
        out.append(c)
    return "".join(out)


def left_of_cursor(screen, count):
    row = screen.buffer[screen.cursor.y]
    x = screen.cursor.x
    return "".join(row[c].data for c in range(max(0, x - count), x))


def echoed(text, upto, window):
    """The screen shows text[:upto] ending just left of the cursor (the last `window` characters of it)."""
    want = text[max(0, upto - window):upto]
    return lambda screen: left_of_cursor(screen, len(want)) == want


def open_typing_target(name, paylink):
    # A history of its own: the draft a typing run leaves behind would be offered back to the next run. It is
    # made inside the bench's data folder, which the bench removes at its end.
    env = tty_env({"PAYLINK_DATA_DIR": tempfile.mkdtemp(prefix="typing-", dir=os.environ.get("PAYLINK_DATA_DIR"))})
    if name == "paylink":
        p = PtyProgram([paylink], env)
        p.wait_for(paylink_form_drawn)
        # Tab from Reference through Currency and Amount to Name.
        for _ in range(3):
            p.send(b"\t")
        p.wait_for(lambda s: any(line.startswith("▸ * Name") for line in s.display))
    else:
        p = PtyProgram(["dialog", "--inputbox", "Name", "8", "60"], env)
        p.wait_for(dialog_input_drawn)
    p.drain()
    return p


def typing(args):
    text = typed_text(args.chars)
    out = {}
    for name in ("paylink", "dialog"):
        # A fast typist: one character, then wait until it is on the screen.
        p = open_typing_target(name, args.paylink)
        before = p.bytes
        per_key = []
        start = time.perf_counter()
        for i, ch in enumerate(text):
            sent = time.perf_counter()
            p.send(ch.encode())
            shown = p.wait_for(echoed(text, i + 1, 8))
            per_key.append((shown - sent) * 1000)
        total = time.perf_counter() - start
        p.drain()
        typed_bytes = p.bytes - before
        p.stop()
        # A burst: all characters written at once (a paste without bracketed-paste marks, or a barcode scanner).
        q = open_typing_target(name, args.paylink)
        before_q = q.bytes
        sent = time.perf_counter()
        q.send(text.encode())
        shown = q.wait_for(echoed(text, len(text), 20), deadline_s=60)
        burst_ms = (shown - sent) * 1000
        q.drain()
        burst_bytes = q.bytes - before_q
        q.stop()
        out[name] = {
            "echo_total_ms": total * 1000, "echo_p50_ms": statistics.median(per_key), "echo_p90_ms": percentile(per_key, 90),
            "echo_p99_ms": percentile(per_key, 99), "bytes": typed_bytes, "bytes_per_char": typed_bytes / len(text),
            "burst_ms": burst_ms, "burst_bytes": burst_bytes, "burst_bytes_per_char": burst_bytes / len(text),
        }
    out["chars"] = len(text)
    out["ratio_time"] = out["paylink"]["echo_total_ms"] / out["dialog"]["echo_total_ms"]
    out["ratio_bytes"] = out["paylink"]["bytes_per_char"] / out["dialog"]["bytes_per_char"]
    out["ratio_burst_time"] = out["paylink"]["burst_ms"] / out["dialog"]["burst_ms"]
    out["ratio_burst_bytes"] = out["paylink"]["burst_bytes_per_char"] / out["dialog"]["burst_bytes_per_char"]
    print(json.dumps(out))


def proc_cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # Fields 14 and 15 (utime, stime) counted from 1; after the ")" split the state is index 0.
    return int(fields[11]) + int(fields[12])


def proc_status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None


def rss_by_mapping(pid, top=8):
    """Resident kB per mapped file (anonymous memory, heap and stacks under their own names), largest first."""
    sizes = {}
    name = None
    try:
        with open(f"/proc/{pid}/smaps") as f:
            for line in f:
                head = line.split()
                if not head:
                    continue
                if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
                    name = head[5] if len(head) >= 6 else "[anonymous]"
                elif head[0] == "Rss:" and name is not None:
                    sizes[name] = sizes.get(name, 0) + int(head[1])
    except OSError:
        return []
    return sorted(([os.path.basename(k) if k.startswith("/") else k, v] for k, v in sizes.items()), key=lambda kv: -kv[1])[:top]


def smaps_rollup(pid):
    out = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
                    out[parts[0][:-1]] = int(parts[1])
    except OSError:
        pass
    return {k: out.get(k) for k in ("Rss", "Pss", "Anonymous", "Shared_Clean", "Private_Clean", "Private_Dirty")}


def thread_count(pid):
    return proc_status_kb(pid, "Threads")


def countdown_line(screen):
    for line in screen.display:
        if "expires in" in line or "left" in line:
            return line.strip()
    return ""


def idle(args):
    env = tty_env(rows=args.rows, cols=args.cols)
    argv = [args.paylink, "--reference", f"IDLE-{os.getpid()}-{int(time.time())}", "--currency", "EUR", "--amount", "25.00",
            "--name", "Idle bench", "--language", "en"]
    p = PtyProgram(argv, env, rows=args.rows, cols=args.cols)
    p.wait_for(paylink_form_drawn)
    p.send(b"\x13")  # Ctrl-S
    p.wait_for(lambda s: "payment link" in s.display[0] and any("https://" in line or "http://" in line for line in s.display),
               deadline_s=20)
    # Let the first poll and the first countdown seconds pass before measuring.
    settle_end = time.perf_counter() + 2
    while time.perf_counter() < settle_end:
        p.pump(0.1)
    shown_before = p.text()
    ticks_hz = os.sysconf("SC_CLK_TCK")
    cpu0 = proc_cpu_ticks(p.proc.pid)
    bytes0 = p.bytes
    t0 = time.perf_counter()
    end = t0 + args.seconds
    rss_max = 0
    while time.perf_counter() < end:
        p.pump(min(1.0, max(0.0, end - time.perf_counter())))
        rss_max = max(rss_max, proc_status_kb(p.proc.pid, "VmRSS") or 0)
    elapsed = time.perf_counter() - t0
    cpu1 = proc_cpu_ticks(p.proc.pid)
    rss = proc_status_kb(p.proc.pid, "VmRSS")
    hwm = proc_status_kb(p.proc.pid, "VmHWM")
    rollup = smaps_rollup(p.proc.pid)
    mappings = rss_by_mapping(p.proc.pid)
    threads = thread_count(p.proc.pid)
    shown_after = p.text()
    idle_bytes = p.bytes - bytes0
    p.stop()
    cpu_s = (cpu1 - cpu0) / ticks_hz
    print(json.dumps({
        "seconds": elapsed, "cpu_seconds": cpu_s, "cpu_percent_of_core": 100 * cpu_s / elapsed,
        "rss_mb": (rss or 0) / 1024, "rss_max_mb": rss_max / 1024, "hwm_mb": (hwm or 0) / 1024,
        "bytes_per_second": idle_bytes / elapsed, "screen_changed": shown_before != shown_after,
        "rss_kb_by_kind": rollup, "rss_kb_top_mappings": mappings, "threads": threads,
        "qr_shown": "▀" in shown_after or "▄" in shown_after or "█" in shown_after, "size": f"{args.cols}x{args.rows}",
        "screen_before": shown_before, "screen_after": shown_after,
    }))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("startup")
    s.add_argument("--paylink", required=True)
    s.add_argument("--reps", type=int, default=40)
    t = sub.add_parser("typing")
    t.add_argument("--paylink", required=True)
    t.add_argument("--chars", type=int, default=1000)
    i = sub.add_parser("idle")
    i.add_argument("--paylink", required=True)
    i.add_argument("--seconds", type=float, default=60)
    # Large enough for the QR code beside the URL, so the idle figure includes the full result screen.
    i.add_argument("--rows", type=int, default=40)
    i.add_argument("--cols", type=int, default=100)
    args = ap.parse_args()
    {"startup": startup, "typing": typing, "idle": idle}[args.cmd](args)


if __name__ == "__main__":
    main()
