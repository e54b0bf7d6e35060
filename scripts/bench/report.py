#!/usr/bin/env python3
"""Turns the JSON left by scripts/bench.sh in one folder into the Performance table (Markdown on stdout)."""

import json
import os
import sys


def load(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        text = f.read().strip()
    return json.loads(text) if text else None


def load_text(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return " ".join(f.read().split()[:3])


def verdict(ok):
    return "yes" if ok else "**no**"


def main():
    folder = sys.argv[1]
    rows = []

    def row(figure, paylink, reference, ratio, target, ok):
        rows.append((figure, paylink, reference, ratio, target, verdict(ok) if ok is not None else "–"))

    s = load(folder, "startup.json")
    if s:
        p, d = s["paylink"], s["dialog"]
        row("start → first full frame, median (pty 80×24)", f"{p['median_ms']:.1f} ms", f"{d['median_ms']:.1f} ms (dialog --form)",
            f"{s['ratio_median']:.2f}×", "≤ 2×", s["ratio_median"] <= 2)
        row("start → first full frame, p90", f"{p['p90_ms']:.1f} ms", f"{d['p90_ms']:.1f} ms", f"{s['ratio_p90']:.2f}×", "–", None)
        row("bytes of the first frame", f"{p['bytes_first_frame']:.0f} B", f"{d['bytes_first_frame']:.0f} B",
            f"{p['bytes_first_frame'] / d['bytes_first_frame']:.2f}×", "–", None)

    t = load(folder, "typing.json")
    if t:
        p, d, n = t["paylink"], t["dialog"], t["chars"]
        row(f"type {n} chars, each echo awaited (total)", f"{p['echo_total_ms']:.0f} ms", f"{d['echo_total_ms']:.0f} ms (dialog --inputbox)",
            f"{t['ratio_time']:.2f}×", "≤ 1.5×", t["ratio_time"] <= 1.5)
        row("  echo of one key, p50 / p99", f"{p['echo_p50_ms']:.2f} / {p['echo_p99_ms']:.2f} ms",
            f"{d['echo_p50_ms']:.2f} / {d['echo_p99_ms']:.2f} ms", f"{p['echo_p50_ms'] / max(d['echo_p50_ms'], 1e-9):.2f}× (p50)", "p50 ≤ 2×",
            p["echo_p50_ms"] <= 2 * d["echo_p50_ms"])
        row("bytes written per typed char", f"{p['bytes_per_char']:.1f} B", f"{d['bytes_per_char']:.1f} B", f"{t['ratio_bytes']:.2f}×",
            "≤ dialog", p["bytes_per_char"] <= d["bytes_per_char"])
        row(f"burst of {n} chars until the last is on screen", f"{p['burst_ms']:.1f} ms", f"{d['burst_ms']:.1f} ms",
            f"{t['ratio_burst_time']:.2f}×", "–", None)
        row("  bytes per char in the burst", f"{p['burst_bytes_per_char']:.2f} B", f"{d['burst_bytes_per_char']:.2f} B",
            f"{t['ratio_burst_bytes']:.3f}×", "–", None)

    f = load(folder, "frame.json")
    if f:
        k = f["keystroke"]
        row("keystroke: update + view + diff, p50 / p99 (in process)", f"{k['p50_us']:.0f} / {k['p99_us']:.0f} µs", "–", "–",
            "p99 < 1 ms", k["p99_us"] < 1000)
        parts = [f.get(n) for n in ("keystroke_update", "keystroke_view", "keystroke_diff")]
        if all(parts):
            row("  of which update / view / diff, p99", " / ".join(f"{x['p99_us']:.0f}" for x in parts) + " µs", "–", "–", "–", None)
        v = f["form_view"]
        row("form frame from nothing (view), p50 / p99", f"{v['p50_us']:.0f} / {v['p99_us']:.0f} µs", "–", "–", "–", None)
        h = f.get("form_view_long_name_cursor_home")
        if h:
            row("form view, 1,000-char Name, cursor at its start, p50 / p99", f"{h['p50_us']:.0f} / {h['p99_us']:.0f} µs", "–", "–", "–", None)
        a, b = f.get("visible_1000_current"), f.get("visible_1000_walking_back")
        if a and b:
            row("visible window of a 1,000-char field: TextInput.visible / one walk back from the cursor, p50",
                f"{a['p50_us']:.0f} µs", f"{b['p50_us']:.1f} µs", f"{a['p50_us'] / max(b['p50_us'], 1e-9):.0f}×",
                "same text and cursor" if f.get("visible_same") else "**outputs differ**", None)
        r = f["result_view"]
        row(f"result screen with QR (view, 100×40), p50 / p99{'' if f.get('result_has_qr') else ' (QR missing!)'}",
            f"{r['p50_us']:.0f} / {r['p99_us']:.0f} µs", "–", "–", "–", None)
        c = f["result_tick"]
        row("countdown second: update + view + diff, p50 / p99", f"{c['p50_us']:.0f} / {c['p99_us']:.0f} µs", "–", "–", "–", None)
        if "qr_view" in f:
            q = f["qr_view"]
            row(f"full-screen QR view (view, 80×24), p50 / p99{'' if f.get('qr_view_has_qr') else ' (QR missing!)'}",
                f"{q['p50_us']:.0f} / {q['p99_us']:.0f} µs", "–", "–", "–", None)
            qt = f["qr_tick"]
            row("  QR view countdown second: update + view + diff, p50 / p99", f"{qt['p50_us']:.0f} / {qt['p99_us']:.0f} µs", "–", "–", "–", None)

    pp = load(folder, "pay-to-paid.json")
    if pp:
        row(f"pay → PAID on screen, p50 / p95 (tmux 80×24, QR view, {pp['payments']} payments)",
            f"{pp['p50_ms']:.0f} / {pp['p95_ms']:.0f} ms", f"{pp['poll_interval_ms']:.0f} ms (status request interval)",
            f"{pp['p95_ms'] / pp['poll_interval_ms']:.2f}× (p95)", "p95 ≤ 1.5 s", pp["p95_ms"] <= 1500)

    h = load(folder, "create.json")
    if h:
        by = {r["command"]: r for r in h["results"]}
        pl, cu, ct = by.get("paylink"), by.get("curl"), by.get("curl-token-and-link")
        if pl and cu:
            ratio = pl["mean"] / cu["mean"]
            row("`paylink create --json` (token + link) vs curl (link, token given)", f"{pl['mean'] * 1000:.1f} ± {pl['stddev'] * 1000:.1f} ms",
                f"{cu['mean'] * 1000:.1f} ± {cu['stddev'] * 1000:.1f} ms", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5)
        if pl and ct:
            ratio = pl["mean"] / ct["mean"]
            row("  … vs two curls (token, then link) in sh", f"{pl['mean'] * 1000:.1f} ms", f"{ct['mean'] * 1000:.1f} ms", f"{ratio:.2f}×",
                "≤ 1.0×", ratio <= 1.0)

    fl = load(folder, "floor.json")
    if fl:
        by = {r["command"]: r for r in fl["results"]}
        pl, cu, dg = by.get("paylink"), by.get("curl"), by.get("dialog")
        if pl and cu and dg:
            row("process start and exit only: `paylink --version` vs `curl --version` / `dialog --version`",
                f"{pl['mean'] * 1000:.1f} ms", f"{cu['mean'] * 1000:.1f} / {dg['mean'] * 1000:.1f} ms",
                f"{pl['mean'] / cu['mean']:.2f}× / {pl['mean'] / dg['mean']:.2f}×", "–", None)

    w = load(folder, "wrk.json")
    if w:
        secs = w["duration_us"] / 1e6
        ok = w["requests"] - w["status_errors"]
        row("sandbox: links created per second (wrk -t2 -c16)", f"{ok / secs:.0f} /s", "–", "–", "≥ 5,000/s", ok / secs >= 5000)
        row("sandbox: create latency p50 / p99", f"{w['p50_us'] / 1000:.2f} / {w['p99_us'] / 1000:.2f} ms", "–", "–", "p99 ≤ 10 ms",
            w["p99_us"] <= 10_000)
        if w["status_errors"] or w["connect_errors"] or w["read_errors"] or w["timeouts"]:
            row("sandbox: failed requests", f"{w['status_errors']} non-2xx, {w['connect_errors'] + w['read_errors']} socket, "
                f"{w['timeouts']} timeouts", "–", "–", "none", False)

    y = load(folder, "sync.json")
    if y:
        first, again, floor = y["first"], y["again"], y["curl_pages"]
        row(f"`paylink sync`: {y['links']:,} links into an empty history ({first['pages']} pages) vs curl reading the pages",
            f"{first['seconds']:.2f} s, {first['peak_rss_mib']:.0f} MiB peak", f"{floor['seconds']:.2f} s (curl, nothing stored)",
            f"{first['seconds'] / max(floor['seconds'], 1e-9):.1f}×", "≤ 2×", first["seconds"] <= 2 * floor["seconds"])
        row("  again with nothing new (stops after the first page)", f"{again['seconds']:.2f} s, {again['peak_rss_mib']:.0f} MiB peak",
            "–", f"{again['seconds'] / max(first['seconds'], 1e-9):.3f}× of the first", "–", None)

    i = load(folder, "idle.json")
    if i:
        row(f"idle on the result screen ({i['size']}, QR {'shown' if i['qr_shown'] else 'not shown'}, countdown running): CPU",
            f"{i['cpu_percent_of_core']:.2f} % of a core", "–", "–", "< 0.5 %", i["cpu_percent_of_core"] < 0.5)
        row("idle: resident memory (VmRSS)", f"{i['rss_mb']:.1f} MB", "–", "–", "≤ 20 MB", i["rss_mb"] <= 20)
        row("idle: bytes written per second", f"{i['bytes_per_second']:.0f} B/s", "–", "–", "–", None)
        kinds = i.get("rss_kb_by_kind") or {}
        if kinds.get("Anonymous") is not None and kinds.get("Rss"):
            row("idle: resident memory, anonymous / file-backed", f"{kinds['Anonymous'] / 1024:.1f} / {(kinds['Rss'] - kinds['Anonymous']) / 1024:.1f} MB",
                "–", "–", "–", None)
        if i.get("threads"):
            row("idle: threads", str(i["threads"]), "–", "–", "–", None)

    z = load(folder, "sizes.json")
    if z:
        row("installed executables, stripped: `paylink` (front program) / `paylink-server`",
            f"{z['paylink'] / 1e6:.1f} / {z['paylink-server'] / 1e6:.1f} MB", "–", "–", "front ≤ 30 MB", z["paylink"] <= 30e6)

    print("| figure | paylink | reference | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if i and i.get("rss_kb_top_mappings"):
        print()
        print("Largest resident mappings when idle: " + ", ".join(f"{name} {kb / 1024:.1f} MB" for name, kb in i["rss_kb_top_mappings"]))
    loads = [load_text(folder, n) for n in ("load-start.txt", "load-end.txt")]
    if all(loads):
        print()
        print(f"Load average (1, 5, 15 min) at start: {loads[0]}; at end: {loads[1]} (2 cores).")


if __name__ == "__main__":
    main()
