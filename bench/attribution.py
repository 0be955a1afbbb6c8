#!/usr/bin/env python3
"""Where the filter's cost goes: several filter builds and policies side by side.

Not a test: prints a Markdown table, asserts nothing about timings.

Each variant is one Envoy (--concurrency 2, the bench.sh bootstrap rendered by
scripts/render_envoy.py) in front of the static upstream of scripts/bench.sh
(bench/upstream.yaml.tmpl), all running at once; wrk loads them one after the
other in rotating order, ROUNDS times per workload, so a burst of other work
on the shared machine hits every variant alike. Per variant it reports:

- Envoy CPU µs per request (utime+stime of the Envoy process over the load,
  median of the rounds and the spread) and the CPU added over `none`;
- req/s (median round);
- time from exec to admin /ready (module compile + VM start + configure);
- RSS after start and after the load.

Variants: LABEL=WASM[@POLICY][#MODE], or LABEL=none (no filter). POLICY
defaults to bench/policy.json, MODE to a.

    .venv/bin/python bench/attribution.py --variant none=none \\
        --variant old=/work/old-main.wasm --variant new=dist/mcp_warden.wasm \\
        --workloads call-1k,list-sse --rounds 5 --duration 4
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import string
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "scripts"))
import render_envoy  # noqa: E402

spec = importlib.util.spec_from_file_location("benchpy", BENCH / "bench.py")
assert spec and spec.loader
benchpy = importlib.util.module_from_spec(spec)
spec.loader.exec_module(benchpy)

OPS = {"call-1k": ("call-1k.json", "call"), "call-1k-1k": ("call-1k.json", "call-1k"),
       "call-64k": ("call-64k.json", "call"), "list": ("list.json", "list"), "list-sse": ("list.json", "list-sse")}  # fmt: skip


def envoy_bin() -> str:
    venv = ROOT / ".venv" / "bin" / "envoy"
    return str(venv) if venv.exists() else "envoy"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def ready(admin: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{admin}/ready", timeout=1) as r:
            return r.read().strip() == b"LIVE"
    except OSError:
        return False


def start(argv: list[str], log: Path, admin: int, timeout: float = 120) -> tuple[subprocess.Popen, float]:
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=log.open("w"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    while time.monotonic() - t0 < timeout:
        if p.poll() is not None:
            raise RuntimeError(f"{argv[0]} exited: {log.read_text()[-3000:]}")
        if ready(admin):
            return p, time.monotonic() - t0
        time.sleep(0.05)
    p.kill()
    raise RuntimeError(f"not ready in {timeout}s: {log.read_text()[-3000:]}")


def wrk(port: int, body: Path, op: str, token: str, session: str, seconds: float, conns: int, out: Path) -> dict:
    env = {**os.environ, "BENCH_BODY": str(body), "BENCH_OP": op, "BENCH_SESSION": session, "BENCH_TOKEN": token,
           "BENCH_OUT": str(out)}  # fmt: skip
    out.write_text("")
    subprocess.run(["wrk", "-t1", f"-c{conns}", f"-d{max(1, round(seconds))}s", "--timeout", "5s", "-s", str(BENCH / "wrk.lua"),
                    f"http://127.0.0.1:{port}/mcp"], env=env, check=True, capture_output=True, timeout=seconds + 60)  # fmt: skip
    return json.loads(out.read_text().strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", required=True)
    ap.add_argument("--workloads", default="call-1k,list-sse")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--duration", type=int, default=4)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--port-base", type=int, default=int(os.environ.get("BENCH_PORT_BASE", "41500")))
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mcp-warden-attr-"))
    procs: list[subprocess.Popen] = []
    lines: list[str] = []
    try:
        benchpy.main(["bodies", "--dir", str(work / "bodies")])
        static = BENCH / "static"
        tmpl = (BENCH / "upstream.yaml.tmpl").read_text()
        up_port, up_admin = a.port_base, a.port_base + 1
        (work / "upstream.yaml").write_text(string.Template(tmpl).substitute(
            listen_port=up_port, admin_port=up_admin, static_dir=str(static)))  # fmt: skip
        p, _ = start([envoy_bin(), "-c", str(work / "upstream.yaml"), "--concurrency", "1", "--disable-hot-restart",
                      "-l", "warn"], work / "upstream.log", up_admin)  # fmt: skip
        procs.append(p)
        token = subprocess.run([sys.executable, str(BENCH / "bench.py"), "token"], capture_output=True, text=True,
                               check=True).stdout.strip()  # fmt: skip
        variants = []
        for i, v in enumerate(a.variant):
            label, _, spec_ = v.partition("=")
            spec_, _, mode = spec_.partition("#")
            wasm, _, policy = spec_.partition("@")
            policy_path = Path(policy) if policy else BENCH / "policy.json"
            listen, admin = a.port_base + 10 + 2 * i, a.port_base + 11 + 2 * i
            cfg = work / f"{i}.yaml"
            cfg.write_text(render_envoy.render(
                (ROOT / "envoy" / "envoy.yaml.tmpl").read_text(), policy_path.read_text(), mode=mode or "a",
                with_filter=wasm != "none", listen_port=listen, admin_port=admin, upstream_port=up_port,
                wasm_path=Path(wasm).resolve() if wasm != "none" else ROOT / "dist" / "mcp_warden.wasm",
                jwks_path=ROOT / "envoy" / "demo-jwks.json", access_log_path=work / f"{i}-access.log",
                audit_log_path=work / f"{i}-audit.log"))  # fmt: skip
            p, t_ready = start([envoy_bin(), "-c", str(cfg), "--concurrency", "2", "--disable-hot-restart",
                                "--log-level", "warn"], work / f"{i}.log", admin)  # fmt: skip
            procs.append(p)
            time.sleep(1)
            rss0 = rss_mib(p.pid)
            url = f"http://127.0.0.1:{listen}/mcp"
            session = subprocess.run([sys.executable, str(BENCH / "bench.py"), "init", "--url", url, "--token", token,
                                      "--bodies", str(work / "bodies")], capture_output=True, text=True).stdout.strip()  # fmt: skip
            variants.append({"label": label, "pid": p.pid, "port": listen, "ready_s": t_ready, "rss0": rss0,
                             "session": session, "wasm": wasm, "policy": str(policy_path), "mode": mode or "a"})  # fmt: skip
        load = os.getloadavg()
        cpu: dict[tuple[str, str], list[float]] = {}
        rps: dict[tuple[str, str], list[float]] = {}
        errors: dict[tuple[str, str], int] = {}
        for w in a.workloads.split(","):
            body_name, op = OPS[w]
            body = work / "bodies" / body_name
            for v in variants:
                wrk(v["port"], body, op, token, v["session"], 1, a.connections, work / "warm.json")
            for r in range(a.rounds):
                order = variants[r % len(variants):] + variants[: r % len(variants)]
                for v in order:
                    before = cpu_seconds(v["pid"])
                    res = wrk(v["port"], body, op, token, v["session"], a.duration, a.connections, work / "out.json")
                    n = max(1, res["requests"])
                    key = (w, v["label"])
                    cpu.setdefault(key, []).append((cpu_seconds(v["pid"]) - before) * 1e6 / n)
                    rps.setdefault(key, []).append(res["requests"] / (res["duration_us"] / 1e6))
                    errors[key] = errors.get(key, 0) + sum(res[k] for k in ("err_status", "err_read", "err_connect", "err_timeout"))
        load_end = os.getloadavg()
        lines.append(f"Envoy --concurrency 2, static upstream, wrk -t1 -c{a.connections}, {a.rounds} rounds x {a.duration:g} s "
                     f"per workload and variant, interleaved; load average {load[0]:.1f} at start, {load_end[0]:.1f} at the end.")  # fmt: skip
        lines.append("")
        lines.append("| workload | variant | CPU µs/req (median) | spread | +CPU vs none | req/s (median) | vs none | errors |")
        lines.append("|---|---|--:|--:|--:|--:|--:|--:|")
        for w in a.workloads.split(","):
            base = cpu.get((w, "none"))
            base_rps = rps.get((w, "none"))
            for v in variants:
                key = (w, v["label"])
                c = statistics.median(cpu[key])
                spread = (max(cpu[key]) - min(cpu[key])) / 2
                add = f"{c - statistics.median(base):+.0f}" if base and v["label"] != "none" else ""
                rr = statistics.median(rps[key])
                ratio = f"{rr / statistics.median(base_rps):.2f}" if base_rps and v["label"] != "none" else ""
                lines.append(f"| {w} | {v['label']} | {c:.0f} | ±{spread:.0f} | {add} | {rr:,.0f} | {ratio} | {errors[key]} |")
        lines.append("")
        lines.append("| variant | wasm | bytes | policy | mode | ready after (s) | RSS after start (MiB) | RSS after load (MiB) |")
        lines.append("|---|---|--:|---|---|--:|--:|--:|")
        for v in variants:
            size = Path(v["wasm"]).stat().st_size if v["wasm"] != "none" else 0
            lines.append(f"| {v['label']} | {v['wasm']} | {size} | {Path(v['policy']).name} | {v['mode']} | {v['ready_s']:.1f} | "
                         f"{v['rss0']:.1f} | {rss_mib(v['pid']):.1f} |")  # fmt: skip
        text = "\n".join(lines) + "\n"
        print(text)
        if a.out:
            a.out.write_text(text)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
