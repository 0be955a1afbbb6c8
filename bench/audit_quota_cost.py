#!/usr/bin/env python3
"""What auditing and quota checks cost per request (issues 3 and 4).

Not a test: prints a table, asserts nothing about timings. One run compares,
on Envoy --concurrency 2 in front of the static upstream of scripts/bench.sh
(bench/upstream.yaml.tmpl: an Envoy answering canned JSON-RPC, so the proxy is
the bottleneck), with wrk posting a ~1 KiB tools/call:

  no-filter        the same bootstrap without mcp-warden
  warden           mcp-warden, the base policy, the audit access log removed
                   (the filter still builds, chains and hashes each record)
  +audit-log       the shipped bootstrap: Envoy's file logger writes each record
  +audit-sink      and the HTTP sink (records queued, POSTed every 200 ms)
  +quota           a per-caller quota (never reached): one CAS update per call
  +quota-shared    one counter for everyone (countBy []): every call on both
                   workers CASes the same shared-data key (worst contention)

Rounds are interleaved (variant order rotates) and the median is shown. The
steadier figure is the Envoy process's CPU time per request (/proc/<pid>/stat)
during the load; req/s on a shared 2-core machine moves with everything else.

    .venv/bin/python bench/audit_quota_cost.py [--duration 5] [--rounds 3] [--connections 16] [--wasm PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e import harness  # noqa: E402
from tests.e2e.policies import base_policy  # noqa: E402

BENCH = ROOT / "bench"
PORT_BASE = 31600


def audit_logger_removed(config: str) -> str:
    """The rendered bootstrap without the second access_log entry (the audit file logger)."""
    start = config.index("          # The audit trail:")
    end = config.index("          route_config:")
    return config[:start] + config[end:]


SINK_CLUSTER = """- name: audit_sink
  type: STATIC
  connect_timeout: 1s
  load_assignment:
    cluster_name: audit_sink
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: { address: 127.0.0.1, port_value: $port }
"""


def with_cluster(config: str, port: int) -> str:
    lines = config.splitlines()
    at = next(i for i, line in enumerate(lines) if re.match(r"^\s*clusters:\s*$", line))
    item = next(line for line in lines[at + 1 :] if line.strip())
    indent = item[: len(item) - len(item.lstrip())]
    text = string.Template(SINK_CLUSTER).substitute(port=port)
    lines[at + 1 : at + 1] = [indent + line for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def variants(upstream_port: int) -> dict[str, tuple[dict, bool, bool]]:
    """name -> (policy, with_filter, keep audit logger)."""
    base = base_policy()
    sink = base_policy()
    sink["audit"] = {"sink": {"cluster": "audit_sink", "flushIntervalMs": 200}}
    quota = base_policy()
    quota["quotas"] = {"rules": [{"name": "per-caller", "tools": ["*"], "limit": {"calls": 10**12, "per": "day"}}]}
    shared = base_policy()
    shared["quotas"] = {"rules": [{"name": "everyone", "countBy": [], "tools": ["*"], "limit": {"calls": 10**12, "per": "day"}}]}
    return {
        "no-filter": (base, False, True),
        "warden": (base, True, False),
        "+audit-log": (base, True, True),
        "+audit-sink": (sink, True, True),
        "+quota": (quota, True, True),
        "+quota-shared": (shared, True, True),
    }


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(port: int, body: Path, token: str, duration: int, connections: int, out: Path) -> dict:
    env = {**os.environ, "BENCH_BODY": str(body), "BENCH_OP": "call", "BENCH_SESSION": "", "BENCH_TOKEN": token, "BENCH_OUT": str(out)}
    out.write_text("")
    subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "-s", str(BENCH / "wrk.lua"), f"http://127.0.0.1:{port}/mcp"],
        env=env, check=True, capture_output=True, timeout=duration + 30,
    )  # fmt: skip
    return json.loads(out.read_text().strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--wasm", type=Path, default=ROOT / "dist" / "mcp_warden.wasm")
    a = ap.parse_args()
    harness.WASM = a.wasm.resolve()
    work = Path(tempfile.mkdtemp(prefix="mcp-warden-cost-"))
    procs: list[harness.Proc] = []
    try:
        # The static upstream.
        up_port, up_admin = PORT_BASE, PORT_BASE + 1
        up_cfg = work / "upstream.yaml"
        up_cfg.write_text(
            string.Template((BENCH / "upstream.yaml.tmpl").read_text()).substitute(
                listen_port=up_port, admin_port=up_admin, static_dir=str(BENCH / "static")
            )
        )
        up = harness.Proc()
        up.name, up.log_path = "upstream", work / "upstream.log"
        up._spawn([harness.envoy_bin(), "-c", str(up_cfg), "--concurrency", "1", "--disable-hot-restart", "-l", "warn"])
        procs.append(up)
        harness.wait_for_port(up_port, up, 30)

        token = harness.mint_token("bench", groups=["admin"], client_id="bench-agent")
        body = work / "call.json"
        body.write_text(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                                    "params": {"name": "get_ticket", "arguments": {"q": "x" * 1000}}}))  # fmt: skip
        envoys: dict[str, harness.Envoy] = {}
        for i, (name, (policy, with_filter, audit_logger)) in enumerate(variants(up_port).items()):
            e = harness.Envoy(f"cost-{i}", work, listen_port=PORT_BASE + 10 + 2 * i, admin_port=PORT_BASE + 11 + 2 * i,
                              upstream_port=up_port, mode="b", policy=policy, with_filter=with_filter)  # fmt: skip
            cfg = e.config_path.read_text()
            if not audit_logger:
                cfg = audit_logger_removed(cfg)
            if "audit" in policy:
                cfg = with_cluster(cfg, up_port)  # the static upstream answers the POSTs (400); the cost is the same
            e.config_path.write_text(cfg)
            envoys[name] = e.start()
            procs.append(e)
        # Sanity: every variant answers the call (no JSON-RPC error from the filter).
        for name, e in envoys.items():
            status, _, data = harness_post(e.listen_port, body.read_bytes(), token)
            assert status == 200 and b'"error"' not in data, (name, status, data[:300])

        results: dict[str, list[dict]] = {n: [] for n in envoys}
        names = list(envoys)
        for r in range(a.rounds):
            order = names[r % len(names) :] + names[: r % len(names)]
            for name in order:
                wrk(envoys[name].listen_port, body, token, 1, a.connections, work / "warm.json")
                pid = envoys[name].popen.pid
                before = cpu_seconds(pid)
                res = wrk(envoys[name].listen_port, body, token, a.duration, a.connections, work / "out.json")
                res["cpu_us_per_req"] = (cpu_seconds(pid) - before) * 1e6 / max(1, res["requests"])
                results[name].append(res)
        c1 = {n: wrk(envoys[n].listen_port, body, token, max(2, a.duration // 2), 1, work / "c1.json") for n in names}

        print(f"\nEnvoy --concurrency 2, wrk -t1 -c{a.connections} (and -c1), {a.rounds}x{a.duration}s, ~1 KiB tools/call, static upstream\n")
        base = {"warden": "no-filter", "+audit-log": "warden", "+audit-sink": "+audit-log", "+quota": "+audit-log",
                "+quota-shared": "+audit-log"}  # fmt: skip
        rps = {n: statistics.median(x["requests"] / (x["duration_us"] / 1e6) for x in results[n]) for n in names}
        cpu = {n: statistics.median(x["cpu_us_per_req"] for x in results[n]) for n in names}
        print("| variant | compared with | Envoy CPU µs/request (median) | added CPU µs/request | req/s (median) | change | p50 at -c1 (µs) | errors |")
        print("|---|---|---|---|---|---|---|---|")
        for n in names:
            errs = sum(x["err_status"] + x["err_read"] + x["err_connect"] + x["err_timeout"] for x in results[n])
            b = base.get(n)
            vs = "" if b is None else f"{(rps[n] / rps[b] - 1) * 100:+.1f} %"
            added = "" if b is None else f"{cpu[n] - cpu[b]:+.1f}"
            print(f"| {n} | {b or ''} | {cpu[n]:.1f} | {added} | {rps[n]:,.0f} | {vs} | {c1[n]['p50_us']} | {errs} |")
        sink = envoys["+audit-sink"]
        sent = sum(v for k, v in sink.stats().items() if k.startswith("mcp_warden_audit_sink"))
        print(f"\n(+audit-sink shipped or dropped {sent:.0f} records. CPU per request is the steadier number on a")
        print("shared 2-core machine: req/s also moves with whatever else runs there.)")
    finally:
        for p in reversed(procs):
            if isinstance(p, harness.Envoy):
                p.stop()
            else:
                p.kill()
    return 0


def harness_post(port: int, body: bytes, token: str) -> tuple[int, dict, bytes]:
    import httpx

    h = harness.headers_for(token, extra={"x-bench-op": "call"})
    r = httpx.post(f"http://127.0.0.1:{port}/mcp", content=body, headers=h, timeout=10)
    return r.status_code, dict(r.headers), r.content


if __name__ == "__main__":
    sys.exit(main())
