#!/usr/bin/env python3
"""In-Envoy DLP cost (issue 5): scan throughput in V8 and whole-request overhead.

Run with the project's venv: .venv/bin/python bench/dlp_envoy.py [--quick]

Three Envoys on 127.0.0.1 (ports from BENCH_DLP_PORT_BASE, default 32100):
  upstream  a plain Envoy answering canned tools/call results with
            direct_response (files written here), so the server costs nothing;
  off       Envoy + mcp-warden, mode b, the test policy without a dlp section;
  on        the same with "dlp": {} on the server (the default detector set:
            secrets redacted in responses, blocked in requests; personal data
            recorded), scan budget raised to 16 MiB.

Throughput: tools/call answers of 1 MiB and 4 MiB of text, clean (prose and
numbers, no triggers) and dense (a finding every ~30 bytes: emails, phone
numbers, AWS key ids, card numbers), fetched one at a time through `off` and
`on`, REPS repetitions each, interleaved; MB/s = bytes / (median(on) -
median(off)). The wall time includes parsing the answer and rewriting it
(for dense text), i.e. everything DLP adds on the response path.

Overhead: tools/call requests with ~1 KiB and ~64 KiB of clean arguments and
a small answer, one connection, closed loop: median latency and Envoy CPU
µs per request (utime+stime of the Envoy process over the loop) with DLP on
vs off.

Prints a Markdown report and writes it to bench/results/dlp.md. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from envoy_upstream import Upstream, cpu_us, write_upstream_config  # noqa: E402  (beside this script)
from tests.e2e import harness  # noqa: E402
from tests.e2e.policies import alice, base_policy  # noqa: E402

WORDS = (
    "the ticket was opened by support after the customer reported that the printer in building "
    "seven stopped working again on monday morning and the vpn dropped twice during the quarterly "
    "review meeting so the team agreed to replace the firmware version and check every cable before "
    "closing the incident report with a short summary for the weekly operations digest"
).split()


def clean_text(n: int, rng: random.Random) -> str:
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(WORDS) if rng.random() > 0.1 else str(rng.randrange(1, 5000))
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


def luhn_card(rng: random.Random) -> str:
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d2 = d * 2 if i % 2 == 0 else d
        total += d2 - 9 if d2 > 9 else d2
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def dense_text(n: int, rng: random.Random) -> str:
    out: list[str] = []
    size = 0
    k = 0
    while size < n:
        k += 1
        kind = k % 4
        if kind == 0:
            s = f"mail user{rng.randrange(10**6)}@corp-mail.io now; "
        elif kind == 1:
            s = f"call +1 415 555 {rng.randrange(1000, 9999)} today; "
        elif kind == 2:
            s = "key AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)) + " used; "
        else:
            s = f"card {luhn_card(rng)} charged; "
        out.append(s)
        size += len(s)
    return "".join(out)[:n]


def result_body(text: str) -> bytes:
    msg = {"jsonrpc": "2.0", "id": 2, "result": {"content": [{"type": "text", "text": text}], "isError": False}}
    return json.dumps(msg, separators=(",", ":")).encode()


def call_body(arg_bytes: int, rng: random.Random) -> bytes:
    msg = {
        "jsonrpc": "2.0",
        "id": 2,
        "method": "tools/call",
        "params": {"name": "echo", "arguments": {"text": clean_text(arg_bytes, rng)}},
    }
    return json.dumps(msg, separators=(",", ":")).encode()


def policy(dlp: bool) -> dict[str, Any]:
    p = base_policy()
    # The listener's buffer limit (render_envoy: 2 x maxRequestBodyBytes) also caps
    # buffered *responses*: with 1 MiB here a 4 MiB answer gets Envoy's plain 500
    # response_payload_too_large once DLP buffers it. 4 MiB -> an 8 MiB listener limit.
    p["limits"]["maxRequestBodyBytes"] = 4 << 20
    p["limits"]["maxResponseBodyBytes"] = 16 << 20
    if dlp:
        p["dlp"] = {"scanBudgetBytes": 16 << 20}
        p["servers"][0]["dlp"] = {}
    return p


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=9)
    ap.add_argument("--loop", type=int, default=1500, help="requests per overhead cell")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "dlp.md"))
    a = ap.parse_args()
    base = int(os.environ.get("BENCH_DLP_PORT_BASE", "32100"))
    rng = random.Random(5)
    work = Path(tempfile.mkdtemp(prefix="dlp-bench-"))

    sizes = {"1m": 1 << 20, "4m": 4 << 20}
    payloads: dict[str, bytes] = {}
    for tag, n in sizes.items():
        payloads[f"clean-{tag}"] = result_body(clean_text(n, rng))
        payloads[f"dense-{tag}"] = result_body(dense_text(n, rng))
    payloads["small"] = result_body("ok " * 20)
    up_cfg = write_upstream_config(work, base, payloads)

    up = Upstream(work)
    envoys: dict[str, harness.Envoy] = {}
    try:
        up.start(up_cfg, base)
        for i, (name, on) in enumerate((("off", False), ("on", True))):
            envoys[name] = harness.Envoy(
                f"dlp-bench-{name}", work, listen_port=base + 2 + 2 * i, admin_port=base + 3 + 2 * i,
                upstream_port=base, mode="b", policy=policy(on), concurrency=1,
            ).start()
        token = alice()
        hdr = harness.headers_for(token)
        clients = {n: httpx.Client(base_url=e.url(""), timeout=60) for n, e in envoys.items()}
        small_req = call_body(100, rng)

        def fetch(name: str, op: str, body: bytes = small_req) -> tuple[float, httpx.Response]:
            t0 = time.perf_counter()
            r = clients[name].post("/mcp/stateless-json", content=body, headers={**hdr, "x-bench-op": op})
            return time.perf_counter() - t0, r

        # Sanity: the answers pass (dense is redacted by "on").
        for op in payloads:
            for n in envoys:
                _, r = fetch(n, op)
                assert r.status_code == 200 and "result" in r.json(), (n, op, r.status_code, r.text[:300])
        _, r = fetch("on", "dense-1m")
        redacted = r.text.count("[REDACTED:")
        print(f"sanity: dense-1m through DLP has {redacted} redactions", file=sys.stderr)

        rows = []
        for op in [k for k in payloads if k != "small"]:
            times: dict[str, list[float]] = {"off": [], "on": []}
            for _ in range(a.reps):
                for n in ("off", "on"):
                    times[n].append(fetch(n, op)[0])
            off, on = statistics.median(times["off"]), statistics.median(times["on"])
            n_bytes = len(payloads[op])
            mbps = n_bytes / 1e6 / (on - off) if on > off else float("inf")
            rows.append((op, n_bytes, off * 1e3, on * 1e3, mbps))
            print(f"{op}: off {off*1e3:.1f} ms on {on*1e3:.1f} ms -> {mbps:.1f} MB/s", file=sys.stderr)

        over = []
        for label, size in (("1 KiB", 1024), ("64 KiB", 64 * 1024)):
            body = call_body(size, rng)
            res = {}
            for n in ("off", "on"):
                for _ in range(50):
                    fetch(n, "small", body)
                pid = envoys[n].popen.pid
                c0, lat = cpu_us(pid), []
                for _ in range(a.loop):
                    lat.append(fetch(n, "small", body)[0])
                c1 = cpu_us(pid)
                res[n] = (statistics.median(lat) * 1e6, (c1 - c0) / a.loop)
            over.append((label, len(body), res))
            print(f"{label}: {res}", file=sys.stderr)
    finally:
        for e in envoys.values():
            e.stop()
        up.kill()

    lines = [
        "# DLP in Envoy (V8): scan throughput and request overhead",
        "",
        f"`bench/dlp_envoy.py` ({time.strftime('%Y-%m-%d')}; Envoy `--concurrency 1`, mode b, one connection,",
        f"static direct_response upstream; {a.reps} interleaved repetitions, median; {os.cpu_count()} CPUs).",
        "DLP on = `\"dlp\": {}` on the server (default detectors), off = no dlp section.",
        "",
        "## Response-path scan throughput",
        "",
        "| answer | bytes | DLP off (ms) | DLP on (ms) | extra ms | MB/s (bytes / extra time) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for op, n_bytes, off, on, mbps in rows:
        lines.append(f"| {op} | {n_bytes} | {off:.1f} | {on:.1f} | {on - off:.1f} | {mbps:.0f} |")
    lines += [
        "",
        "clean: English words and numbers, no triggers; dense: a finding every ~31 bytes (email,",
        "phone, Luhn-valid card: recorded; AWS key id: redacted, ~8.5k rewrites per MiB).",
        "Extra time = everything DLP adds on the response path (buffering, JSON parse, scan, re-serialise).",
        "",
        "Note: bench policy sets maxRequestBodyBytes = 4 MiB because render_envoy.py derives the listener's",
        "per_connection_buffer_limit_bytes (2 x maxRequestBodyBytes) and that limit also caps buffered",
        "responses: with the default 1 MiB cap, a 4 MiB answer (under maxResponseBodyBytes) gets Envoy's",
        "plain HTTP 500 `response_payload_too_large` as soon as DLP buffers it (DLP off: passes).",
        "",
        f"## Whole-request overhead (tools/call, small answer; {a.loop} requests per cell)",
        "",
        "| request body | bytes | p50 off (µs) | p50 on (µs) | Δ p50 (µs) | CPU off (µs/req) | CPU on (µs/req) | Δ CPU (µs/req) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, n_bytes, res in over:
        (loff, coff), (lon, con) = res["off"], res["on"]
        lines.append(
            f"| {label} | {n_bytes} | {loff:.0f} | {lon:.0f} | {lon - loff:+.0f} | {coff:.0f} | {con:.0f} | {con - coff:+.0f} |"
        )
    lines.append("")
    text = "\n".join(lines)
    print(text)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
