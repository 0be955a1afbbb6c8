"""Issue 3: the audit trail in a real Envoy (2 workers).

One record per decided request, written by Envoy's own access logger from
the filter state mcp-warden publishes; the fields an operator needs to answer
"who called what, where, was it allowed, by which rule, what happened";
metadata only (marker strings planted in arguments and results never reach
a log); tamper evidence checked by `mcp-warden verify-audit`; the optional HTTP
sink, fed from the root context, receiving every record exactly once under a
concurrent burst and counting what it drops when the sink is down.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from .. import cli_bin
from . import telemetry
from .conftest import EnvoyFactory
from .harness import MODES, ROOT, V2025_11, Envoy, PortBlock, Raw, SampleServer, headers_for, rpc_request
from .policies import alice, base_policy, bob
from .telemetry import request_id, wait_access, wait_record, wait_records

PATH = "/mcp/stateless-json"
EXTRA = "/mcp/extra"  # stateless JSON, plus the blob(size, seed) tool
SESSION_PATH = "/mcp/json"  # stateful, JSON answers
HMAC_ENV = "MCP_WARDEN_AUDIT_KEY"
HMAC_KEY = "e2e-audit-key-" + uuid.uuid4().hex  # per run; never committed

TICKETS = {"name": "tickets", "owner": "support-platform", "risk_tier": "high", "data_domain": "customer-support"}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
FIELDS = {
    "v", "time", "request_id", "session_id", "agent", "person", "spiffe_id", "server", "http_method", "method",
    "target_kind", "target", "decision", "rule", "http_status", "rpc_code", "upstream_latency_ms", "duration_ms",
    "bytes_in", "bytes_out", "findings", "chain",
}  # fmt: skip


def marker(kind: str) -> str:
    return f"MARKER-{kind}-{uuid.uuid4().hex}"


def call_body(name: str, arguments: dict[str, Any], id: Any = 1) -> bytes:
    return json.dumps(rpc_request("tools/call", {"name": name, "arguments": arguments}, id=id)).encode()


def post(raw: Raw, path: str, body: bytes, rid: str, token: str | None, extra: dict[str, str] | None = None) -> httpx.Response:
    return raw.post(path, content=body, headers=headers_for(token, extra={"x-request-id": rid, **(extra or {})}))


def verify(*files: Path, key_env: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`mcp-warden verify-audit` on the files."""
    argv: list[str | Path] = ["verify-audit", *files]
    if key_env:
        argv += ["--hmac-key-env", key_env]
    return cli_bin.run(*argv, timeout=30, env={**os.environ, **(env or {})})


def assert_common(rec: dict[str, Any], rid: str) -> None:
    """What every record of these tests carries."""
    assert FIELDS <= set(rec), sorted(FIELDS - set(rec))
    assert rec["v"] == 1
    assert RFC3339.match(rec["time"]), rec["time"]
    assert rec["request_id"] == rid
    assert rec["http_method"] == "POST"
    assert rec["server"] == TICKETS
    assert isinstance(rec["duration_ms"], int) and rec["duration_ms"] >= 0
    chain = rec["chain"]
    assert set(chain) == {"worker", "seq", "prev", "hash"}, chain
    assert re.fullmatch(r"[0-9a-f]{64}", chain["hash"]) and chain["seq"] >= 1


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(base_policy(), request.param)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


# ------------------------------------------------------ records and markers


def test_each_decided_request_leaves_one_record_with_the_incident_fields_and_no_payload(
    envoy: Envoy, raw: Raw, sample_server: SampleServer
) -> None:
    cursor = sample_server.cursor()
    m_arg, m_denied, m_bad, m_big, m_seed = (marker(k) for k in ("ARG", "DENIED", "MALFORMED", "OVERSIZE", "SEED"))
    m_result = hashlib.sha256(m_seed.encode()).hexdigest()  # what blob returns: in the result only
    ids = {k: request_id(k) for k in ("allowed", "result", "denied", "malformed", "oversize")}

    # Allowed: the argument comes back as the result (echo).
    allowed_body = call_body("echo", {"text": m_arg})
    r = post(raw, PATH, allowed_body, ids["allowed"], alice())
    assert r.status_code == 200 and r.json()["result"]["content"][0]["text"] == m_arg, r.text
    allowed_bytes_out = len(r.content)
    # Allowed, and the result carries a marker the request does not.
    r = post(raw, EXTRA, call_body("blob", {"size": 256, "seed": m_seed}), ids["result"], bob())
    assert r.status_code == 200 and m_result in r.text, r.text
    # Denied by a rule.
    r = post(raw, PATH, call_body("delete_ticket", {"ticket_id": 1, "reason": m_denied}, id=3), ids["denied"], alice())
    assert r.status_code == 200 and r.json()["error"]["code"] == -32003, r.text
    # Malformed JSON (cut off in the middle of the marker's string).
    bad = call_body("echo", {"text": m_bad})[:-8]
    r = post(raw, PATH, bad, ids["malformed"], alice())
    assert r.status_code == 400 and r.json()["error"]["code"] == -32700, r.text
    # Over maxRequestBodyBytes (65536 in the test policy).
    big = call_body("echo", {"text": m_big + "x" * 70_000})
    r = post(raw, PATH, big, ids["oversize"], alice())
    assert r.status_code == 413 and r.json()["error"]["code"] == -32004, r.text

    # The markers were really planted: the server executed the allowed calls with them.
    sample_server.barrier()
    args = [t["arguments"] for t in sample_server.records_since(cursor) if t["kind"] == "tool"]
    assert {"text": m_arg} in args and {"size": 256, "seed": m_seed} in args, args

    recs = wait_records(envoy, ids.values())
    for name, rid in ids.items():
        assert len(recs[rid]) == 1, f"{name}: {len(recs[rid])} records"
        assert_common(recs[rid][0], rid)
    allowed, result, denied, malformed, oversize = (recs[ids[k]][0] for k in ids)

    # Who, what, which rule, what happened.
    assert (allowed["person"], allowed["agent"], allowed["spiffe_id"], allowed["session_id"]) == ("alice", "support-agent", None, None)
    assert (allowed["method"], allowed["target_kind"], allowed["target"]) == ("tools/call", "tool", "echo")
    assert (allowed["decision"], allowed["rule"]) == ("allow", "support-may-read-tickets")
    assert (allowed["http_status"], allowed["rpc_code"]) == (200, None)
    assert isinstance(allowed["upstream_latency_ms"], int) and allowed["upstream_latency_ms"] >= 0
    assert (allowed["bytes_in"], allowed["bytes_out"]) == (len(allowed_body), allowed_bytes_out)
    assert allowed["findings"] == {}

    assert (result["person"], result["agent"], result["target"], result["decision"]) == ("bob", "ops-agent", "blob", "allow")
    assert result["rule"] == "admins-may-do-anything" and result["bytes_out"] > 256

    assert (denied["person"], denied["method"], denied["target_kind"], denied["target"]) == ("alice", "tools/call", "tool", "delete_ticket")
    assert (denied["decision"], denied["rule"]) == ("deny", "nobody-deletes")
    assert (denied["http_status"], denied["rpc_code"], denied["upstream_latency_ms"]) == (200, -32003, None)

    assert (malformed["person"], malformed["method"], malformed["target"]) == ("alice", None, None)
    assert (malformed["decision"], malformed["rule"]) == ("deny", "parse_error")
    assert (malformed["http_status"], malformed["rpc_code"], malformed["upstream_latency_ms"]) == (400, -32700, None)

    assert (oversize["person"], oversize["decision"], oversize["rule"]) == ("alice", "deny", "body_too_large")
    assert (oversize["http_status"], oversize["rpc_code"], oversize["upstream_latency_ms"]) == (413, -32004, None)

    # The access log agrees, one entry per request.
    access = wait_access(envoy, ids.values())
    for rid in ids.values():
        assert len(access[rid]) == 1 and access[rid][0]["response_code"] == recs[rid][0]["http_status"], access[rid]
    assert access[ids["denied"]][0]["mcp_decision"] == "deny"
    assert access[ids["denied"]][0]["response_code_details"] == "mcp_warden_denied"

    # Metadata only: no marker in any log Envoy wrote (audit, access, its own).
    logs = {
        "audit log": envoy.audit_log_path.read_text(encoding="utf-8"),
        "access log": envoy.access_log_path.read_text(encoding="utf-8"),
        "Envoy log": envoy.log(),
    }
    for name, text in logs.items():
        leaked = [m for m in (m_arg, m_denied, m_bad, m_big, m_seed, m_result) if m in text]
        assert not leaked, f"{name} holds payload markers {leaked}"


def test_a_session_and_a_list_are_audited_too(envoy: Envoy, raw: Raw) -> None:
    token = alice()
    rid_init, rid_list, rid_call = request_id("init"), request_id("list"), request_id("call")
    init = rpc_request(
        "initialize",
        {"protocolVersion": V2025_11, "capabilities": {}, "clientInfo": {"name": "audit-test", "version": "0"}},
    )
    r = post(raw, SESSION_PATH, json.dumps(init).encode(), rid_init, token)
    assert r.status_code == 200, r.text
    session = r.headers["mcp-session-id"]
    h = {"mcp-session-id": session}
    note = {"jsonrpc": "2.0", "method": "notifications/initialized"}
    assert post(raw, SESSION_PATH, json.dumps(note).encode(), request_id("note"), token, h).status_code == 202
    r = post(raw, SESSION_PATH, json.dumps(rpc_request("tools/list", id=2)).encode(), rid_list, token, h)
    assert r.status_code == 200, r.text
    r = post(raw, SESSION_PATH, call_body("get_ticket", {"ticket_id": 1}, id=3), rid_call, token, h)
    assert r.status_code == 200 and "result" in r.json(), r.text

    recs = wait_records(envoy, [rid_init, rid_list, rid_call])
    assert [len(v) for v in recs.values()] == [1, 1, 1], recs
    init_rec, list_rec, call_rec = recs[rid_init][0], recs[rid_list][0], recs[rid_call][0]
    assert (init_rec["method"], init_rec["decision"], init_rec["session_id"]) == ("initialize", "allow", None)
    assert (list_rec["method"], list_rec["target"], list_rec["decision"], list_rec["session_id"]) == ("tools/list", None, "allow", session)
    assert (call_rec["target"], call_rec["session_id"], call_rec["person"]) == ("get_ticket", session, "alice")


def test_header_time_refusals_and_refused_batches_are_audited(envoy: Envoy, raw: Raw) -> None:
    ids = {k: request_id(k) for k in ("no-token", "unregistered", "batch")}
    r = post(raw, PATH, call_body("echo", {"text": "x"}), ids["no-token"], None)
    assert r.status_code == 401
    r = post(raw, "/unlisted" + PATH, call_body("echo", {"text": "x"}), ids["unregistered"], bob())
    assert r.status_code == 403
    batch = [rpc_request("tools/call", {"name": "echo", "arguments": {"text": "x"}}, id="b1"),
             rpc_request("tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 1}}, id="b2")]  # fmt: skip
    r = raw.post(PATH, batch, headers=headers_for(alice(), version="2025-03-26", extra={"x-request-id": ids["batch"]}))
    assert r.status_code == 200 and [e["error"]["code"] for e in r.json()] == [-32003, -32003], r.text

    recs = wait_records(envoy, ids.values())
    assert [len(v) for v in recs.values()] == [1, 1, 1]
    no_token, unregistered, refused = (recs[ids[k]][0] for k in ids)
    assert (no_token["person"], no_token["decision"], no_token["rule"]) == (None, "deny", "unauthenticated")
    assert (no_token["http_status"], no_token["rpc_code"], no_token["server"]) == (401, -32001, TICKETS)
    assert (unregistered["server"], unregistered["decision"], unregistered["rule"]) == (None, "deny", "unregistered_server")
    assert (unregistered["http_status"], unregistered["rpc_code"]) == (403, -32003)
    assert (refused["decision"], refused["rule"], refused["http_status"], refused["rpc_code"]) == ("deny", "nobody-deletes", 200, -32003)
    # One entry per message; the refused one with its rule.
    assert [(e["id"], e["method"], e["target"]) for e in refused["batch"]] == [("b1", "tools/call", "echo"), ("b2", "tools/call", "delete_ticket")]
    assert refused["batch"][1] == {"id": "b2", "method": "tools/call", "target": "delete_ticket", "decision": "deny", "rule": "nobody-deletes"}


def test_a_refusal_for_an_unregistered_server_names_the_caller(envoy: Envoy, raw: Raw) -> None:
    rid = request_id("probe")
    assert post(raw, "/unlisted" + PATH, call_body("echo", {"text": "x"}), rid, bob()).status_code == 403
    rec = wait_record(envoy, rid)
    assert (rec["person"], rec["agent"]) == ("bob", "ops-agent"), rec


# ---------------------------------------------------------- tamper evidence


def test_the_verifier_passes_the_real_log_and_catches_an_edited_or_deleted_line(envoy: Envoy, raw: Raw, tmp_path: Path) -> None:
    # Enough records, allowed and denied, on top of the earlier tests'.
    for i in range(6):
        name = "echo" if i % 2 else "delete_ticket"
        post(raw, PATH, call_body(name, {"text": "t"} if i % 2 else {"ticket_id": i}), request_id("chain"), alice())
    log = envoy.audit_log_path
    # Intact (records of requests still being written leave a gap for a moment).
    telemetry.wait_until(lambda: verify(log).returncode == 0, f"mcp-warden verify-audit to pass on {log}")
    # Check a snapshot: Envoy may append a record between two reads of the live log.
    snapshot = tmp_path / "snapshot.log"
    snapshot.write_bytes(log.read_bytes())
    ok = verify(snapshot)
    lines = snapshot.read_text(encoding="utf-8").splitlines(keepends=True)
    assert ok.stdout.strip().endswith(f"{len(lines)} records, 0 problems"), ok.stdout
    assert len(lines) >= 10

    records = [json.loads(line) for line in lines]
    # Edit one line: an allowed call rewritten as denied (or the reverse).
    n = next(i for i, r in enumerate(records) if r["decision"] in ("allow", "deny"))
    flipped = {"allow": "deny", "deny": "allow"}[records[n]["decision"]]
    edited = tmp_path / "edited.log"
    edited.write_text(
        "".join(lines[:n] + [lines[n].replace(f'"decision":"{records[n]["decision"]}"', f'"decision":"{flipped}"')] + lines[n + 1 :]),
        encoding="utf-8",
    )
    bad = verify(edited)
    assert bad.returncode == 1, bad.stdout
    assert f"line {n + 1}: hash mismatch" in bad.stdout, bad.stdout

    # Delete one line that has a later record of the same worker.
    last_seq: dict[str, int] = {}
    for r in records:
        last_seq[r["chain"]["worker"]] = max(last_seq.get(r["chain"]["worker"], 0), r["chain"]["seq"])
    d = next(i for i, r in enumerate(records) if r["chain"]["seq"] < last_seq[r["chain"]["worker"]])
    deleted = tmp_path / "deleted.log"
    deleted.write_text("".join(lines[:d] + lines[d + 1 :]), encoding="utf-8")
    bad = verify(deleted)
    assert bad.returncode == 1, bad.stdout
    worker, seq = records[d]["chain"]["worker"], records[d]["chain"]["seq"]
    assert re.search(rf"worker {worker}: .*(seq {seq} to {seq} missing|records before it are missing)", bad.stdout), bad.stdout


# --------------------------------------------------------------- the sink


class Sink:
    """An HTTP audit sink on 127.0.0.1: records every POST; answers `status`."""

    def __init__(self, port: int) -> None:
        self.posts: list[tuple[str, dict[str, str], bytes]] = []
        self.status = 200
        self.lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with sink.lock:
                    status = sink.status
                    if status == 200:
                        sink.posts.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
            self.server.server_close()

    def lines(self) -> list[str]:
        with self.lock:
            return [line for _, _, body in self.posts for line in body.decode().split("\n") if line]


def _splice() -> Any:
    """envoy/ratelimit/splice.py (adds clusters to a rendered bootstrap), loaded by path."""
    spec = importlib.util.spec_from_file_location("splice", ROOT / "envoy" / "ratelimit" / "splice.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sink_cluster(port: int) -> str:
    return f"""- name: audit_sink
  type: STATIC
  connect_timeout: 1s
  load_assignment:
    cluster_name: audit_sink
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: {{ address: 127.0.0.1, port_value: {port} }}
"""


def with_sink_and_key(config: str, sink_port: int) -> str:
    """The rendered bootstrap plus an audit_sink cluster and the HMAC key in the VM's environment."""
    config = _splice().splice(config, None, sink_cluster(sink_port))
    runtime = re.compile(r"^(?P<indent>[ ]*)runtime: envoy\.wasm\.runtime\.v8\s*$", re.M)
    m = runtime.search(config)
    assert m, "no vm_config runtime line in the rendered bootstrap"
    indent = m.group("indent")
    env = f'\n{indent}environment_variables:\n{indent}  key_values: {{ {HMAC_ENV}: "{HMAC_KEY}" }}'
    return config[: m.end()] + env + config[m.end() :]


def sink_policy() -> dict[str, Any]:
    policy = base_policy()
    policy["audit"] = {"hmacKeyEnv": HMAC_ENV, "sink": {"cluster": "audit_sink", "flushIntervalMs": 200}}
    return policy


@pytest.fixture(scope="module")
def sink(ports: PortBlock) -> Iterator[Sink]:
    s = Sink(ports[0])
    s.thread.start()
    yield s
    s.stop()


def sink_envoy(make: EnvoyFactory, mode: str, slot: str, sink_port: int) -> Envoy:
    e = make(sink_policy(), mode, slot=slot, start=False)
    e.config_path.write_text(with_sink_and_key(e.config_path.read_text(encoding="utf-8"), sink_port), encoding="utf-8")
    e.judge_policy_with({HMAC_ENV: HMAC_KEY})  # the VM gets the key from key_values
    return e.start()


@pytest.fixture(scope="module")
def sink_up(envoy_factory: EnvoyFactory, sink: Sink) -> Envoy:
    return sink_envoy(envoy_factory, "b", "x1", sink.server.server_address[1])


def burst(envoy: Envoy, calls: int, threads: int, tag: str) -> list[str]:
    """`calls` tools/call requests (allowed and denied) from `threads` threads, each with its own connection."""
    ids = [request_id(f"{tag}{i}") for i in range(calls)]
    token = alice()
    errors: list[str] = []

    def worker(k: int) -> None:
        with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
            for i in range(k, calls, threads):
                name, args = ("echo", {"text": f"b{i}"}) if i % 3 else ("delete_ticket", {"ticket_id": i})
                r = c.post(PATH, content=call_body(name, args, id=i), headers=headers_for(token, extra={"x-request-id": ids[i]}))
                if r.status_code != 200 or r.json().get("id") != i:
                    errors.append(f"{i}: {r.status_code} {r.text[:200]}")

    pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(60)
    assert not errors, errors[:5]
    return ids


def test_the_sink_receives_every_record_exactly_once_under_a_burst_on_two_workers(sink_up: Envoy, sink: Sink) -> None:
    assert sink_up.concurrency == 2
    ids = burst(sink_up, calls=60, threads=8, tag="burst")
    access = wait_access(sink_up, ids)
    assert all(len(v) == 1 for v in access.values())
    audit = wait_records(sink_up, ids)
    telemetry.wait_until(lambda: len(sink.lines()) >= len(ids), "the sink to receive the burst's records")
    telemetry.wait_until(lambda: telemetry.metric(sink_up, "mcp_warden_audit_sink_sent_total") >= len(ids), "sent counter")
    time.sleep(1.0)  # a few more flush ticks (200 ms): a duplicate delivery would show up now

    got = [json.loads(line) for line in sink.lines()]
    by_id: dict[str, int] = {}
    for r in got:
        by_id[r["request_id"]] = by_id.get(r["request_id"], 0) + 1
    assert {i: by_id.get(i, 0) for i in ids} == dict.fromkeys(ids, 1)
    assert set(by_id) == set(ids), "the sink got records of requests nobody sent"
    # The very lines the access logger wrote (same hash chain).
    assert sorted(sink.lines()) == sorted(sink_up.audit_log_path.read_text(encoding="utf-8").splitlines())
    assert {r["request_id"] for rs in audit.values() for r in rs} == set(ids)
    # Both workers took part, and each chain verifies with the HMAC key (not without it).
    assert len({r["chain"]["worker"] for r in got}) == 2, "the burst did not reach both workers"
    assert verify(sink_up.audit_log_path, key_env=HMAC_ENV, env={HMAC_ENV: HMAC_KEY}).returncode == 0
    unkeyed = verify(sink_up.audit_log_path)
    assert unkeyed.returncode == 1 and "hash mismatch" in unkeyed.stdout

    paths = {(p, h.get("content-type")) for p, h, _ in sink.posts}
    assert paths == {("/audit", "application/x-ndjson")}, paths
    assert telemetry.metric(sink_up, "mcp_warden_audit_sink_sent_total") == len(ids)
    assert telemetry.metric(sink_up, "mcp_warden_audit_sink_dropped_total") == 0


def test_a_sink_answering_503_drops_and_counts_and_envoy_keeps_serving(sink_up: Envoy, sink: Sink) -> None:
    sent_before = telemetry.metric(sink_up, "mcp_warden_audit_sink_sent_total")
    received_before = len(sink.lines())
    sink.status = 503
    try:
        ids = burst(sink_up, calls=12, threads=4, tag="refused")
        telemetry.wait_until(
            lambda: telemetry.metric(sink_up, "mcp_warden_audit_sink_dropped_total", mcp_reason="failed") >= len(ids),
            "the drop counter to count the refused records",
        )
    finally:
        sink.status = 200
    assert telemetry.metric(sink_up, "mcp_warden_audit_sink_dropped_total", mcp_reason="failed") == len(ids)
    assert telemetry.metric(sink_up, "mcp_warden_audit_sink_sent_total") == sent_before
    # The audit log still has them; the sink is back: new records arrive again.
    wait_records(sink_up, ids)
    after = burst(sink_up, calls=4, threads=2, tag="recovered")
    telemetry.wait_until(lambda: len(sink.lines()) >= received_before + len(after), "the sink to receive again")
    assert {json.loads(line)["request_id"] for line in sink.lines()[received_before:]} == set(after)


def test_with_nothing_listening_every_record_is_counted_as_dropped(sink_up: Envoy, sink: Sink, sample_server: SampleServer) -> None:
    sink.stop()  # the port is closed now: connections are refused
    sink_down = sink_up
    sent = telemetry.metric(sink_down, "mcp_warden_audit_sink_sent_total")
    dropped = telemetry.metric(sink_down, "mcp_warden_audit_sink_dropped_total")
    failed = telemetry.metric(sink_down, "mcp_warden_audit_sink_dropped_total", mcp_reason="failed")
    cursor = sample_server.cursor()
    ids = burst(sink_down, calls=10, threads=2, tag="down")
    telemetry.wait_until(
        lambda: telemetry.metric(sink_down, "mcp_warden_audit_sink_dropped_total") >= dropped + len(ids),
        "the drop counter to count every record",
    )
    assert telemetry.metric(sink_down, "mcp_warden_audit_sink_dropped_total") == dropped + len(ids)
    assert telemetry.metric(sink_down, "mcp_warden_audit_sink_dropped_total", mcp_reason="failed") == failed + len(ids)
    assert telemetry.metric(sink_down, "mcp_warden_audit_sink_sent_total") == sent
    # Envoy kept serving: the allowed calls executed, the records are in the log.
    sample_server.barrier()
    assert sample_server.executed_tools(cursor).count("echo") == sum(1 for i in range(10) if i % 3)
    wait_records(sink_down, ids)
    r = Raw(sink_down.url(""))
    try:
        ok = r.call(PATH, "tools/call", {"name": "echo", "arguments": {"text": "still serving"}}, token=alice())
        assert ok.status_code == 200 and ok.json()["result"]["content"][0]["text"] == "still serving"
    finally:
        r.close()
