#!/usr/bin/env python3
"""Helpers for scripts/bench.sh (run with the project's venv python).

Subcommands:
  render-upstream  the static direct_response Envoy config (bench/upstream.yaml.tmpl)
  token            mint an RS256 JWT with the demo key for the bench caller
  bodies           write the request bodies (initialize, tools/call 1 KiB and 64 KiB, tools/list)
  init             initialize an MCP session through a URL; print the mcp-session-id
  probe            send one request exactly as wrk will and check the answer
  accesslog        count response codes and mcp-warden decisions in an access log
  rss              resident memory of a process, in KiB
  combine          one cell from its wrk rounds (median round, errors summed)
  report           render the results (JSON lines) as a Markdown table

Nothing here asserts timings: the benchmark reports, it never fails on speed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import string
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "scripts"))
import render_envoy  # noqa: E402  (JWT issuer and audience the Envoy configs expect)

PRIVATE_KEY = ROOT / "tests" / "keys" / "demo-private.pem"
JWT_KID = "mcp-warden-demo"  # envoy/demo-jwks.json
PROTOCOL_VERSION = "2025-11-25"

# The bench caller: group "support" in bench/policy.json may call get_ticket
# and search_* and list tools; everything else is filtered out of tools/list.
CALLER = {"sub": "bench-user", "client_id": "bench-agent", "groups": ["support"]}
ALLOWED_TOOL = "search_tickets"
FORBIDDEN_TOOLS = {"delete_ticket", "create_ticket", "update_ticket", "escalate_ticket", "merge_tickets", "echo"}

# Request ids: the static upstream answers with fixed ids, so the bodies use the same ones.
INIT_ID, CALL_ID, LIST_ID = 1, 2, 3


# ------------------------------------------------------------------ config


def cmd_render_upstream(a: argparse.Namespace) -> int:
    tmpl = (BENCH / "upstream.yaml.tmpl").read_text(encoding="utf-8")
    text = string.Template(tmpl).substitute(
        listen_port=a.listen_port, admin_port=a.admin_port, static_dir=str(BENCH / "static")
    )
    Path(a.out).write_text(text, encoding="utf-8")
    return 0


def cmd_token(a: argparse.Namespace) -> int:
    import jwt  # PyJWT, from tests/requirements.txt

    now = int(time.time())
    claims = {
        "iss": render_envoy.JWT_ISSUER,
        "aud": render_envoy.JWT_AUDIENCE,
        "iat": now,
        "nbf": now - 5,
        "exp": now + a.expires_in,
        **CALLER,
    }
    print(jwt.encode(claims, PRIVATE_KEY.read_bytes(), algorithm="RS256", headers={"kid": JWT_KID}))
    return 0


def _filler(n: int, seed: int) -> str:
    """n characters of word-like ASCII text (a search query or pasted log)."""
    rng = random.Random(seed)
    words = []
    size = 0
    while size < n:
        w = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
        words.append(w)
        size += len(w) + 1
    return " ".join(words)[:n]


def _call_body(arg_bytes: int, seed: int) -> bytes:
    """tools/call whose `arguments` object serialises to arg_bytes bytes."""
    base = {"query": ""}
    overhead = len(json.dumps(base, separators=(",", ":")))
    args = {"query": _filler(arg_bytes - overhead, seed)}
    msg = {"jsonrpc": "2.0", "id": CALL_ID, "method": "tools/call", "params": {"name": ALLOWED_TOOL, "arguments": args}}
    return json.dumps(msg, separators=(",", ":")).encode()


def cmd_bodies(a: argparse.Namespace) -> int:
    out = Path(a.dir)
    out.mkdir(parents=True, exist_ok=True)
    bodies = {
        "initialize.json": {
            "jsonrpc": "2.0",
            "id": INIT_ID,
            "method": "initialize",
            "params": {
                "protocolVersion": PROTOCOL_VERSION,
                "capabilities": {},
                "clientInfo": {"name": "mcp-warden-bench", "version": "0"},
            },
        },
        "initialized.json": {"jsonrpc": "2.0", "method": "notifications/initialized"},
        "list.json": {"jsonrpc": "2.0", "id": LIST_ID, "method": "tools/list", "params": {}},
    }
    for name, msg in bodies.items():
        (out / name).write_bytes(json.dumps(msg, separators=(",", ":")).encode())
    (out / "call-1k.json").write_bytes(_call_body(1024, 1))
    (out / "call-64k.json").write_bytes(_call_body(64 * 1024, 64))
    return 0


# ------------------------------------------------------------------- HTTP


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float = 10.0) -> tuple[int, dict[str, str], bytes]:
    assert url.startswith("http://")
    hostport, _, path = url[len("http://") :].partition("/")
    host, _, port = hostport.partition(":")
    conn = http.client.HTTPConnection(host, int(port or 80), timeout=timeout)
    try:
        conn.request("POST", "/" + path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data
    finally:
        conn.close()


def _headers(token: str, op: str, session: str | None) -> dict[str, str]:
    h = {
        "content-type": "application/json",
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": PROTOCOL_VERSION,
        "x-bench-op": op,
    }
    if token:
        h["authorization"] = f"Bearer {token}"
    if session:
        h["mcp-session-id"] = session
    return h


def _messages(ctype: str, data: bytes) -> list[Any]:
    text = data.decode("utf-8", errors="replace")
    if ctype.startswith("text/event-stream"):
        out = []
        for block in text.replace("\r\n", "\n").split("\n\n"):
            lines = [ln[5:].lstrip() for ln in block.split("\n") if ln.startswith("data:")]
            if lines and "".join(lines).strip():
                out.append(json.loads("\n".join(lines)))
        return out
    return [json.loads(text)] if text.strip() else []


def cmd_init(a: argparse.Namespace) -> int:
    """initialize + notifications/initialized; prints the session id (may be empty)."""
    bodies = Path(a.bodies)
    status, headers, data = _post(a.url, (bodies / "initialize.json").read_bytes(), _headers(a.token, "initialize", None))
    if status != 200:
        print(f"initialize via {a.url}: HTTP {status}: {data[:500]!r}", file=sys.stderr)
        return 1
    try:
        msgs = [m for m in _messages(headers.get("content-type", ""), data) if isinstance(m, dict) and m.get("id") == INIT_ID]
    except ValueError as e:
        print(f"initialize via {a.url}: unreadable answer ({e}): {data[:500]!r}", file=sys.stderr)
        return 1
    if not msgs or "result" not in msgs[0]:
        print(f"initialize via {a.url}: no result: {data[:500]!r}", file=sys.stderr)
        return 1
    session = headers.get("mcp-session-id", "")
    status, _, data = _post(a.url, (bodies / "initialized.json").read_bytes(), _headers(a.token, "initialized", session))
    if status not in (200, 202):
        print(f"notifications/initialized via {a.url}: HTTP {status}: {data[:500]!r}", file=sys.stderr)
        return 1
    print(session)
    return 0


def cmd_probe(a: argparse.Namespace) -> int:
    """One request as wrk sends it; prints a JSON verdict {ok, status, detail}."""
    body = Path(a.body).read_bytes()
    verdict: dict[str, Any] = {"ok": False, "status": None, "detail": ""}
    try:
        status, headers, data = _post(a.url, body, _headers(a.token, a.op, a.session))
    except OSError as e:
        verdict["detail"] = f"connection failed: {e}"
        print(json.dumps(verdict))
        return 0
    verdict["status"] = status
    verdict["bytes"] = len(data)
    ctype = headers.get("content-type", "")
    snippet = data[:300].decode("utf-8", errors="replace")
    if status != 200:
        verdict["detail"] = f"HTTP {status} {ctype}: {snippet}"
        print(json.dumps(verdict))
        return 0
    try:
        msgs = _messages(ctype, data)
    except ValueError as e:
        verdict["detail"] = f"unreadable {ctype} answer ({e}): {snippet}"
        print(json.dumps(verdict))
        return 0
    want_id = LIST_ID if a.op.startswith("list") else CALL_ID
    replies = [m for m in msgs if isinstance(m, dict) and m.get("id") == want_id]
    if len(replies) != 1:
        verdict["detail"] = f"expected one JSON-RPC answer with id {want_id}, got {len(replies)}: {snippet}"
    elif "error" in replies[0]:
        verdict["detail"] = "JSON-RPC error: " + json.dumps(replies[0]["error"])[:300]
    elif a.op.startswith("list"):
        tools = [t.get("name") for t in replies[0].get("result", {}).get("tools", [])]
        leaked = sorted(set(tools) & FORBIDDEN_TOOLS)
        if a.filtered and leaked:
            verdict["detail"] = f"UNFILTERED: {len(tools)} tools incl. {','.join(leaked)}"
        elif a.filtered and not tools:
            verdict["detail"] = "empty tools/list"
        else:
            verdict["ok"] = True
            verdict["detail"] = f"{len(tools)} tools"
    else:
        result = replies[0].get("result", {})
        if result.get("isError"):
            verdict["detail"] = "tool error: " + json.dumps(result)[:300]
        else:
            verdict["ok"] = True
            verdict["detail"] = "result"
    verdict["content_type"] = ctype.split(";")[0]
    print(json.dumps(verdict))
    return 0


# ---------------------------------------------------------- observations


def cmd_accesslog(a: argparse.Namespace) -> int:
    """Response codes and decisions of one cell's requests (its slice of the access log).

    wrk closes its connections when its time is up: the requests then in
    flight are logged with code 0, flag DC. They are counted apart ("cut"),
    not as failures. With --unfiltered-bytes N, answers of N body bytes or
    more (the size of the unfiltered list) are counted as "unfiltered".
    """
    codes: Counter[str] = Counter()
    decisions: Counter[str] = Counter()
    details: Counter[str] = Counter()
    cut = unfiltered = 0
    path = Path(a.path)
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                e = json.loads(line)
            except ValueError:
                continue
            code = str(e.get("response_code"))
            if code == "0" and "DC" in str(e.get("response_flags")):
                cut += 1
                continue
            codes[code] += 1
            decisions[str(e.get("mcp_decision"))] += 1
            if code not in ("200", "202"):
                details[f"{code} {e.get('response_code_details')} {e.get('response_flags')}"] += 1
            elif a.unfiltered_bytes and int(e.get("bytes_sent") or 0) >= a.unfiltered_bytes:
                unfiltered += 1
    out = {"codes": dict(codes), "decisions": dict(decisions), "cut": cut, "non2xx": dict(details.most_common(5))}
    if a.unfiltered_bytes:
        out["unfiltered"] = unfiltered
    print(json.dumps(out))
    return 0


def cmd_rss(a: argparse.Namespace) -> int:
    try:
        for line in Path(f"/proc/{a.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                print(line.split()[1])
                return 0
    except OSError:
        pass
    print(0)
    return 0


def cmd_combine(a: argparse.Namespace) -> int:
    """One cell from its rounds: the median round's figures, errors summed."""
    rounds = [json.loads(ln) for ln in Path(a.rounds).read_text(encoding="utf-8").splitlines() if ln.strip()]
    for r in rounds:
        r["rps"] = r["requests"] / (r["duration_us"] / 1e6) if r.get("duration_us") else 0.0

    def median(key: str) -> float:
        vals = sorted(r.get(key, 0) for r in rounds)
        return statistics.median(vals) if vals else 0

    cell: dict[str, Any] = {
        "phase": a.phase,
        "workload": a.workload,
        "conns": a.conns,
        "target": a.target,
        "rounds": len(rounds),
        "rps": median("rps"),
        "rounds_rps": [r["rps"] for r in rounds],
        "p50_us": median("p50_us"),
        "p90_us": median("p90_us"),
        "p99_us": median("p99_us"),
        "max_us": max((r.get("max_us", 0) for r in rounds), default=0),
        "requests": sum(r.get("requests", 0) for r in rounds),
        "probe": json.loads(a.probe),
        "log": json.loads(a.log),
    }
    for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"):
        cell[k] = sum(r.get(k, 0) for r in rounds)
    # CPU per request of the serving process, over all rounds: robust against
    # other work on the machine, unlike req/s and latency.
    cpu = sum(r.get("cpu_us", 0) for r in rounds)
    cell["cpu_us_per_req"] = cpu / cell["requests"] if cell["requests"] and cpu else None
    print(json.dumps(cell))
    return 0


# ---------------------------------------------------------------- report

WORKLOADS = {
    "call-1k": "tools/call, 1 KiB args",
    "call-1k-1k": "tools/call, 1 KiB args, 1 KiB result",
    "call-64k": "tools/call, 64 KiB args",
    "list": "tools/list (JSON)",
    "list-sse": "tools/list (SSE)",
}
TARGETS = {
    "direct": "direct (no proxy)",
    "envoy": "Envoy, no filter",
    "warden-a": "Envoy + mcp-warden, mode a",
    "warden-b": "Envoy + mcp-warden, mode b",
}


def _ratio(x: float, base: float) -> str:
    return f"{x / base:.2f}" if base else "-"


def _spread(r: dict[str, Any]) -> str:
    """How far the rounds' req/s lay apart: (max - min) / median."""
    vals = r.get("rounds_rps") or []
    if len(vals) < 2 or not r.get("rps"):
        return ""
    return f"±{(max(vals) - min(vals)) / r['rps'] / 2 * 100:.0f}%"


def _row_check(r: dict[str, Any]) -> str:
    """'ok', or what went wrong, loudly: a failed cell must not look like a fast one."""
    problems = []
    probe = r.get("probe") or {}
    if not probe.get("ok"):
        problems.append(f"probe: {probe.get('detail') or 'no answer'}")
    errs = {k[4:]: r.get(k, 0) for k in ("err_status", "err_connect", "err_read", "err_write", "err_timeout")}
    bad = {k: v for k, v in errs.items() if v}
    if bad:
        problems.append("wrk errors " + ",".join(f"{k}={v}" for k, v in bad.items()))
    log = r.get("log") or {}
    codes = {k: v for k, v in (log.get("codes") or {}).items() if k not in ("200", "202")}
    if codes:
        problems.append("log codes " + ",".join(f"{k}×{v}" for k, v in sorted(codes.items())))
    decisions = {k: v for k, v in (log.get("decisions") or {}).items() if k not in ("allow", "-", "None")}
    if decisions:
        problems.append("decisions " + ",".join(f"{k}×{v}" for k, v in sorted(decisions.items())))
    if log.get("unfiltered"):
        problems.append(f"UNFILTERED list answers under load ×{log['unfiltered']}")
    if log.get("non2xx"):
        problems.append("e.g. " + ", ".join(f"{k} ×{v}" for k, v in log["non2xx"].items()))
    if not r.get("requests") or not r.get("rps"):
        problems.append("no requests completed")
    if problems:
        return "**FAIL** " + "; ".join(problems).replace("|", "\\|")
    return "ok (" + str(probe.get("detail", "")) + ")"


def _table(rows: list[dict[str, Any]]) -> list[str]:
    out = [
        "| workload | conns | target | req/s | spread | p50 ms | p99 ms | req/s vs direct | req/s vs envoy | p50 vs direct | p50 vs envoy | p99 vs envoy | +p50 vs envoy | CPU µs/req | +CPU vs envoy | check |",
        "|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    groups: dict[tuple[str, int], dict[str, dict[str, Any]]] = {}
    order: list[tuple[str, int]] = []
    for r in rows:
        key = (r["workload"], r["conns"])
        if key not in groups:
            groups[key] = {}
            order.append(key)
        groups[key][r["target"]] = r
    for key in order:
        g = groups[key]
        direct, envoy = g.get("direct"), g.get("envoy")
        for t in TARGETS:
            r = g.get(t)
            if r is None:
                continue
            p50, p99 = r["p50_us"] / 1000, r["p99_us"] / 1000
            cells = [
                WORKLOADS.get(r["workload"], r["workload"]),
                str(r["conns"]),
                TARGETS[t],
                f"{r['rps']:.0f}",
                _spread(r),
                f"{p50:.2f}",
                f"{p99:.2f}",
                _ratio(r["rps"], direct["rps"]) if direct and t != "direct" else "",
                _ratio(r["rps"], envoy["rps"]) if envoy and t not in ("direct", "envoy") else "",
                _ratio(r["p50_us"], direct["p50_us"]) if direct and t != "direct" else "",
                _ratio(r["p50_us"], envoy["p50_us"]) if envoy and t not in ("direct", "envoy") else "",
                _ratio(r["p99_us"], envoy["p99_us"]) if envoy and t not in ("direct", "envoy") else "",
                f"{(r['p50_us'] - envoy['p50_us']):+.0f} µs" if envoy and t not in ("direct", "envoy") else "",
                f"{r['cpu_us_per_req']:.0f}" if r.get("cpu_us_per_req") else "",
                f"{r['cpu_us_per_req'] - envoy['cpu_us_per_req']:+.0f} µs"
                if envoy and t not in ("direct", "envoy") and r.get("cpu_us_per_req") and envoy.get("cpu_us_per_req")
                else "",
                _row_check(r),
            ]
            out.append("| " + " | ".join(cells) + " |")
    return out


def _summary(rows: list[dict[str, Any]]) -> list[str]:
    """Per workload and mode: the filter's CPU per request, its latency at the
    lowest concurrency, its throughput at the highest, all against Envoy alone."""
    if not rows:
        return []
    conns = sorted({r["conns"] for r in rows})
    lo, hi = conns[0], conns[-1]
    modes = [t for t in TARGETS if t.startswith("warden-") and any(r["target"] == t for r in rows)]
    by = {(r["workload"], r["conns"], r["target"]): r for r in rows}
    head = "| workload | " + " | ".join(
        f"+CPU µs/req, mode {m[-1]} | +p50 at {lo} conn, mode {m[-1]} | req/s vs envoy at {hi} conns, mode {m[-1]}" for m in modes
    ) + " |"
    out = [
        "## Summary: what the filter costs (static upstream)",
        "",
        "Against Envoy with the same bootstrap minus the filter. CPU per request is the steadiest figure on a shared machine.",
        "",
        head,
        "|---|" + "--:|" * (3 * len(modes)),
    ]
    for w in WORKLOADS:
        if not any(r["workload"] == w for r in rows):
            continue
        cells = [WORKLOADS[w]]
        for m in modes:
            cpu = [
                by[(w, c, m)]["cpu_us_per_req"] - by[(w, c, "envoy")]["cpu_us_per_req"]
                for c in conns
                if (w, c, m) in by and (w, c, "envoy") in by
                and by[(w, c, m)].get("cpu_us_per_req") and by[(w, c, "envoy")].get("cpu_us_per_req")
            ]
            cells.append(f"{statistics.mean(cpu):+.0f}" if cpu else "")
            a, b = by.get((w, lo, m)), by.get((w, lo, "envoy"))
            cells.append(f"{(a['p50_us'] - b['p50_us']):+.0f} µs" if a and b else "")
            a, b = by.get((w, hi, m)), by.get((w, hi, "envoy"))
            cells.append(_ratio(a["rps"], b["rps"]) if a and b else "")
            if any(_row_check(by[(w, c, m)]).startswith("**FAIL") for c in conns if (w, c, m) in by):
                cells[-1] += " (FAIL)"
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    return out


def cmd_report(a: argparse.Namespace) -> int:
    meta = json.loads(Path(a.meta).read_text(encoding="utf-8"))
    rows = [json.loads(ln) for ln in Path(a.results).read_text(encoding="utf-8").splitlines() if ln.strip()]
    mem = [json.loads(ln) for ln in Path(a.memory).read_text(encoding="utf-8").splitlines() if ln.strip()] if a.memory and Path(a.memory).exists() else []
    lines = [
        f"# mcp-warden benchmark, {meta['date']}",
        "",
        f"- Envoy {meta['envoy_version']}, `--concurrency {meta['concurrency']}`, wasm runtime V8",
        f"- wasm: {meta['wasm_bytes']} bytes ({meta['wasm_bytes'] // 1024} KiB), built from {meta['commit']}",
        f"- machine: {meta['cores']} cores ({meta['cpu']}), {meta['mem_gib']} GiB; **the load generator (wrk, "
        f"{meta['wrk_threads']} thread) and both Envoys run on the same {meta['cores']} cores**, so absolute numbers are "
        "lower than on a dedicated proxy host and the ratios are the figures to read",
        f"- load average (1/5/15 min): {meta.get('load', '?')}; anything else running on the machine skews the numbers",
        f"- load: `wrk`, closed loop, {meta['duration']} s per cell after a {meta['warmup']} s warm-up, in {meta.get('rounds', 1)} "
        "rounds with the targets interleaved (the table shows the median round; *spread* = half the range of the rounds' "
        "req/s over the median); HTTP/1.1 keep-alive; "
        "one MCP session (2025-11-25, `initialize` once, then every request carries its `mcp-session-id`); "
        "RS256 JWT checked by `jwt_authn` on every request through Envoy (both with and without the filter)",
        "- targets: *direct* = the upstream itself; *Envoy, no filter* = the same bootstrap "
        "(`scripts/render_envoy.py --without-filter`: jwt_authn, access log, router); *mode a* = PluginConfig "
        "without `allow_on_headers_stop_iteration` (Istio WasmPlugin); *mode b* = with it",
        "- ratios: `req/s vs X` = req/s ÷ X's req/s (1.00 = as fast); `p50/p99 vs X` = latency ÷ X's latency "
        "(1.00 = no added latency); `+p50 vs envoy` = p50 added by the filter",
        "- CPU µs/req: user+system CPU time of the serving process (all its threads) divided by the requests it served "
        "during the rounds: the proxy Envoy, or for *direct* the upstream itself; `+CPU vs envoy` = the filter's CPU cost "
        "per request. Less sensitive to other work on the machine than req/s and latency",
        "- check: each cell sends one request before the load and checks its answer (HTTP status, JSON-RPC result, "
        "for tools/list the tools left after filtering), then counts wrk socket/status errors and Envoy's access-log "
        "response codes and mcp-warden decisions during the load. **FAIL** marks a cell whose numbers do not "
        "measure successful calls",
        "",
    ]
    summary = _summary([r for r in rows if r["phase"] == "static"])
    if summary:
        lines += summary
    for phase, title, blurb in (
        (
            "static",
            "Static upstream (Envoy `direct_response`)",
            "The upstream is a separate Envoy (1 worker) answering canned JSON-RPC (bench/upstream.yaml.tmpl) once it has read "
            "the whole request, as a real server does, so the proxy is the bottleneck. tools/list answers list 10 tools; the "
            "bench caller may see 3, so mcp-warden rewrites every list answer.",
        ),
        (
            "real",
            "Real MCP server (tests/servers/sample_server.py, Python SDK, stateful, SSE answers)",
            "For reference only: the Python server is the bottleneck here (its own CPU per request is in the *direct* rows). "
            "The check column shows how many of its tools the caller sees through the filter.",
        ),
    ):
        prows = [r for r in rows if r["phase"] == phase]
        if not prows:
            continue
        lines += [f"## {title}", "", blurb, ""]
        lines += _table(prows)
        lines.append("")
    if mem:
        lines += [
            "## Memory",
            "",
            "Resident set size of each Envoy process (2 workers; with the filter, one V8 VM per worker plus the main thread).",
            "",
            "| phase | target | RSS after start | RSS after load |",
            "|---|---|--:|--:|",
        ]
        for m in mem:
            lines.append(
                f"| {m['phase']} | {TARGETS.get(m['target'], m['target'])} | {m['rss_start_kb'] / 1024:.1f} MiB | {m['rss_end_kb'] / 1024:.1f} MiB |"
            )
        lines.append("")
    if meta.get("notes"):
        lines += ["## Notes from this run", ""] + [f"- {n}" for n in meta["notes"]] + [""]
    lines += [f"Reproduce: `{meta['command']}`", ""]
    text = "\n".join(lines)
    if a.out:
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("render-upstream")
    p.add_argument("--listen-port", type=int, required=True)
    p.add_argument("--admin-port", type=int, required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(fn=cmd_render_upstream)

    p = sub.add_parser("token")
    p.add_argument("--expires-in", type=int, default=4 * 3600)
    p.set_defaults(fn=cmd_token)

    p = sub.add_parser("bodies")
    p.add_argument("--dir", required=True)
    p.set_defaults(fn=cmd_bodies)

    p = sub.add_parser("init")
    p.add_argument("--url", required=True)
    p.add_argument("--token", default="")
    p.add_argument("--bodies", required=True)
    p.set_defaults(fn=cmd_init)

    p = sub.add_parser("probe")
    p.add_argument("--url", required=True)
    p.add_argument("--token", default="")
    p.add_argument("--session", default="")
    p.add_argument("--op", required=True)
    p.add_argument("--body", required=True)
    p.add_argument("--filtered", action="store_true", help="the answer passed mcp-warden: lists must be filtered")
    p.set_defaults(fn=cmd_probe)

    p = sub.add_parser("accesslog")
    p.add_argument("--path", required=True)
    p.add_argument("--unfiltered-bytes", type=int, default=0)
    p.set_defaults(fn=cmd_accesslog)

    p = sub.add_parser("rss")
    p.add_argument("--pid", required=True)
    p.set_defaults(fn=cmd_rss)

    p = sub.add_parser("combine")
    p.add_argument("--rounds", required=True)
    p.add_argument("--phase", required=True)
    p.add_argument("--workload", required=True)
    p.add_argument("--conns", type=int, required=True)
    p.add_argument("--target", required=True)
    p.add_argument("--probe", required=True)
    p.add_argument("--log", required=True)
    p.set_defaults(fn=cmd_combine)

    p = sub.add_parser("report")
    p.add_argument("--results", required=True)
    p.add_argument("--meta", required=True)
    p.add_argument("--memory")
    p.add_argument("--out")
    p.set_defaults(fn=cmd_report)

    a = ap.parse_args(argv)
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
