#!/usr/bin/env python3
"""In-Envoy cost of the tool-poisoning scan (issue 7) on real tools/list answers.

Run with the project's venv: .venv/bin/python bench/scan_envoy.py [--quick]
after scripts/build.sh (dist/mcp_warden.wasm). The harness validates each
policy with target/debug/mcp-warden (built by cargo unless MCP_WARDEN_SKIP_BUILD=1).

Three Envoys on 127.0.0.1 (ports from BENCH_SCAN_PORT_BASE, default 32400):
  upstream  a plain Envoy answering canned tools/list results with
            direct_response (files written here), so the server costs nothing;
  off       Envoy + mcp-warden, mode b, one server without an integrity section;
  on        the same with "integrity": {} on that server (the default scan,
            action strip; argument validation on, pinning off).

Answers, built from the real tool definitions in
tests/integrity/corpus/clean_real*.json (public MCP servers, honest tools):
  typical   the tools of the median server (by size of its tool list);
  largest   the tools of the largest single server;
  many-1m   ~1 MB of tools from many servers one after the other (servers
            whose own list is over 256 KiB left out; a repeated tool name
            gets a suffix so names stay unique).
Each is {"jsonrpc":"2.0","id":2,"result":{"tools":[...]}}, application/json.

Wall time: each answer fetched through `off` and `on`, REPS repetitions,
interleaved, median; extra ms = median(on) - median(off); MB/s = bytes /
extra time. Envoy CPU µs per request: utime+stime of the Envoy process over a
closed loop of the same request (more requests for small answers, since the
clock ticks are 10 ms). Sanity: the tools in each reply are counted; through
`on` a missing tool was stripped by the scan (a false alarm on an honest list,
reported, not an error).

Prints a Markdown report and writes it to bench/results/scan-envoy.md. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
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
from tests.e2e.policies import base_policy  # noqa: E402

CORPUS = sorted((ROOT / "tests" / "integrity" / "corpus").glob("clean_real*.json"))
RPC_ID = 2  # the canned answers carry this id: every request uses it

def compact(v: Any) -> str:
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


def list_body(tools: list[dict[str, Any]]) -> bytes:
    return compact({"jsonrpc": "2.0", "id": RPC_ID, "result": {"tools": tools}}).encode()


def servers() -> list[tuple[int, str, str, list[dict[str, Any]]]]:
    """(bytes of the tool list, server, corpus file, tools), servers with tools, corpus order."""
    out = []
    for f in CORPUS:
        for s in json.loads(f.read_text(encoding="utf-8"))["servers"]:
            tools = s.get("tools") or []
            if tools:
                out.append((len(compact(tools).encode()), s["server"], f.name, tools))
    return out


def answers() -> tuple[dict[str, bytes], dict[str, str]]:
    """The canned answers by op, and a line saying where each comes from."""
    all_servers = servers()
    by_size = sorted(all_servers, key=lambda s: (s[0], s[1]))
    typical, largest = by_size[len(by_size) // 2], by_size[-1]
    payloads = {"typical": list_body(typical[3]), "largest": list_body(largest[3])}
    about = {
        "typical": f"median of {len(all_servers)} servers: {typical[1]} ({typical[2]}), {len(typical[3])} tools",
        "largest": f"largest server: {largest[1]} ({largest[2]}), {len(largest[3])} tools",
    }
    target = 1_000_000
    tools: list[dict[str, Any]] = []
    seen: set[str] = set()
    used: list[str] = []
    size, renamed = 0, 0
    for n_bytes, name, _, server_tools in all_servers:
        if n_bytes > 256 * 1024:
            continue
        used.append(name)
        for t in server_tools:
            t = dict(t)
            if t.get("name") in seen:
                k = 2
                while f"{t['name']}_{k}" in seen:
                    k += 1
                t["name"] = f"{t['name']}_{k}"
                renamed += 1
            seen.add(t["name"])
            tools.append(t)
            size += len(compact(t).encode()) + 1
            if size >= target:
                break
        if size >= target:
            break
    payloads["many-1m"] = list_body(tools)
    about["many-1m"] = f"{len(used)} servers in corpus order, {len(tools)} tools ({renamed} renamed)"
    return payloads, about


def list_request() -> bytes:
    return compact({"jsonrpc": "2.0", "id": RPC_ID, "method": "tools/list", "params": {}}).encode()


def policy(integrity: bool) -> dict[str, Any]:
    p = base_policy()
    # 1 MB answers: the listener's per_connection_buffer_limit_bytes (render_envoy:
    # 2 x maxRequestBodyBytes) also caps buffered responses, see bench/dlp_envoy.py.
    p["limits"]["maxRequestBodyBytes"] = 4 << 20
    p["limits"]["maxResponseBodyBytes"] = 16 << 20
    p["limits"]["maxJsonDepth"] = 64  # the product default; real input schemas nest up to ~29
    server = {
        "name": "tools", "owner": "platform", "dataDomain": "bench", "riskTier": "medium",
        "match": {"pathPrefix": "/mcp"},
    }
    if integrity:
        server["integrity"] = {}
    p["servers"] = [server]
    # Every caller in "agents" sees every tool: access control hides nothing from the lists.
    p["rules"] = [
        {"name": "agents-may-use-tools", "effect": "allow", "who": {"groups": ["agents"]}, "servers": ["*"], "tools": ["*"]}
    ]
    return p


def tool_names(r: httpx.Response) -> list[str]:
    return [t.get("name") for t in r.json()["result"]["tools"]]


def findings(envoy: harness.Envoy) -> dict[str, float]:
    """mcp_warden_integrity_findings_total by reason."""
    out: dict[str, float] = {}
    for key, value in envoy.stats().items():
        if key.startswith("mcp_warden_integrity_findings_total{") and 'mcp_reason="' in key:
            reason = key.split('mcp_reason="', 1)[1].split('"', 1)[0]
            out[reason] = out.get(reason, 0) + value
    return out


def commit() -> str:
    r = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True, text=True)
    return r.stdout.strip() + (" (src modified)" if dirty.stdout.strip() else "")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=15)
    ap.add_argument("--quick", action="store_true", help="5 repetitions, shorter CPU loops")
    ap.add_argument("--cpu-bytes", type=float, default=20e6, help="bytes served per CPU cell (at least --reps requests)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "scan-envoy.md"))
    a = ap.parse_args()
    if a.quick:
        a.reps, a.cpu_bytes = 5, 4e6
    base = int(os.environ.get("BENCH_SCAN_PORT_BASE", "32400"))
    loadavg_start = Path("/proc/loadavg").read_text().strip()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    work = Path(tempfile.mkdtemp(prefix="scan-bench-"))

    payloads, about = answers()
    served = {op: len(json.loads(data)["result"]["tools"]) for op, data in payloads.items()}
    up_cfg = write_upstream_config(work, base, payloads)
    for port in (base, base + 1):
        if not harness.port_is_free(port):
            raise SystemExit(f"port {port} on 127.0.0.1 is busy (BENCH_SCAN_PORT_BASE={base})")

    up = Upstream(work)
    envoys: dict[str, harness.Envoy] = {}
    clients: dict[str, httpx.Client] = {}
    try:
        up.start(up_cfg, base)
        for i, (name, on) in enumerate((("off", False), ("on", True))):
            envoys[name] = harness.Envoy(
                f"scan-bench-{name}", work, listen_port=base + 2 + 2 * i, admin_port=base + 3 + 2 * i,
                upstream_port=base, mode="b", policy=policy(on), concurrency=1,
            )
            envoys[name].start()
        token = harness.mint_token("ada", groups=["agents"], client_id="bench-agent")
        hdr = harness.headers_for(token)
        clients = {n: httpx.Client(base_url=e.url(""), timeout=120) for n, e in envoys.items()}
        req = list_request()

        def fetch(name: str, op: str) -> tuple[float, httpx.Response]:
            t0 = time.perf_counter()
            r = clients[name].post("/mcp/stateless-json", content=req, headers={**hdr, "x-bench-op": op})
            return time.perf_counter() - t0, r

        # Sanity (and warm-up): full lists through off; through on, what the scan stripped.
        sanity: dict[str, dict[str, Any]] = {}
        for op in payloads:
            res: dict[str, Any] = {}
            for n in envoys:
                before = findings(envoys[n]) if n == "on" else {}
                _, r = fetch(n, op)
                assert r.status_code == 200 and "result" in r.json(), (n, op, r.status_code, r.text[:300])
                names = tool_names(r)
                res[n] = {"count": len(names), "bytes": len(r.content), "names": names}
                if n == "on":
                    after = findings(envoys[n])
                    res["findings"] = {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0)}
            for _ in range(2):
                for n in envoys:
                    fetch(n, op)
            all_names = [t.get("name") for t in json.loads(payloads[op])["result"]["tools"]]
            res["stripped"] = sorted(set(all_names) - set(res["on"]["names"]))
            sanity[op] = res
            print(
                f"sanity {op}: served {served[op]} tools, off {res['off']['count']}, on {res['on']['count']} "
                f"(stripped {res['stripped']}, findings {res['findings']})",
                file=sys.stderr,
            )

        rows = []
        for op in payloads:
            times: dict[str, list[float]] = {"off": [], "on": []}
            for _ in range(a.reps):
                for n in ("off", "on"):
                    times[n].append(fetch(n, op)[0])
            off, on = statistics.median(times["off"]), statistics.median(times["on"])
            n_bytes = len(payloads[op])
            mbps = n_bytes / 1e6 / (on - off) if on > off else float("inf")
            loop = max(a.reps, int(a.cpu_bytes / n_bytes))
            cpu = {}
            for n in ("off", "on"):
                pid = envoys[n].popen.pid
                c0 = cpu_us(pid)
                for _ in range(loop):
                    fetch(n, op)
                cpu[n] = (cpu_us(pid) - c0) / loop
            rows.append((op, n_bytes, served[op], off * 1e3, on * 1e3, mbps, loop, cpu["off"], cpu["on"]))
            print(
                f"{op}: off {off*1e3:.2f} ms on {on*1e3:.2f} ms -> {mbps:.1f} MB/s; "
                f"CPU off {cpu['off']:.0f} on {cpu['on']:.0f} µs/req ({loop} req)",
                file=sys.stderr,
            )
    finally:
        for c in clients.values():
            c.close()
        for e in envoys.values():
            e.stop()
        up.kill()
    loadavg_end = Path("/proc/loadavg").read_text().strip()

    lines = [
        "# Tool-poisoning scan in Envoy (V8): cost on real tools/list answers",
        "",
        f"`bench/scan_envoy.py` ({started}; commit {commit()}; {os.cpu_count()} CPUs;",
        f"load average at start `{loadavg_start}`, at end `{loadavg_end}`).",
        f"Envoy `--concurrency 1`, mode b, one connection, static direct_response upstream; {a.reps} interleaved",
        "repetitions, median. Scan on = `\"integrity\": {}` on the server (default scan, action strip), off = no",
        "integrity section; access control shows every tool in both.",
        "",
        "## Answers",
        "",
    ]
    for op in payloads:
        lines.append(f"- **{op}**: {about[op]}, {len(payloads[op])} bytes")
    lines += [
        "",
        "## Wall time and Envoy CPU per tools/list",
        "",
        "| answer | bytes | tools served | off (ms) | on (ms) | extra ms | MB/s (bytes / extra time) |"
        " CPU off (µs/req) | CPU on (µs/req) | Δ CPU (µs/req) | tools after scan |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for op, n_bytes, n_tools, off, on, mbps, _, coff, con in rows:
        left = sanity[op]["on"]["count"]
        lines.append(
            f"| {op} | {n_bytes} | {n_tools} | {off:.2f} | {on:.2f} | {on - off:.2f} | {mbps:.1f} |"
            f" {coff:.0f} | {con:.0f} | {con - coff:+.0f} | {left} |"
        )
    lines += [
        "",
        "Extra time = what the integrity section adds on the response path: the list answer is buffered, parsed",
        "and checked for visibility with or without it (every list answer is); on top come the scan of each",
        "item, recording each tool's digest and input schema (shared data), removing flagged items and",
        "re-serialising. CPU: utime+stime of the Envoy under test over "
        + ", ".join(f"{r[6]} ({r[0]})" for r in rows)
        + " requests, 10 ms clock ticks.",
        "",
        "## What the scan removed from these honest lists (false alarms)",
        "",
    ]
    for op in payloads:
        s = sanity[op]
        off_note = "" if s["off"]["count"] == served[op] else f" (off returned {s['off']['count']}!)"
        if s["stripped"] or s["on"]["count"] != served[op]:
            reasons = ", ".join(f"{k} {v:.0f}" for k, v in sorted(s["findings"].items())) or "none counted"
            lines.append(
                f"- {op}: {served[op] - s['on']['count']} of {served[op]} stripped{off_note}: "
                + ", ".join(f"`{n}`" for n in s["stripped"])
                + f" (findings by reason: {reasons})"
            )
        else:
            lines.append(f"- {op}: none, all {served[op]} tools returned{off_note}")
    lines.append("")
    text = "\n".join(lines)
    print(text)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
