"""Any number of replicas: two Envoys with the same policy and session key in
front of one MCP server. A session opened through one works through the
other; another caller, a changed character, a retired key or any amount of
traffic never opens it for someone else. Nothing is remembered in shared
data, so nothing can be evicted.

Session ids here are sealed by the filter (src/binding.rs); `seal()` below
re-implements the documented format independently, to mint ids with a
retired key the way an older replica would have.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import struct
import time
from typing import Any

import httpx
import pytest

from .conftest import EnvoyFactory
from .harness import MODES, V2025_11, Envoy, SampleServer, headers_for, rpc_request
from .policies import alice, base_policy, dave

KEY_NEW = "k2"
KEY_OLD = "k1"
SECRET_NEW = secrets.token_urlsafe(48)
SECRET_OLD = secrets.token_urlsafe(48)
ENV = {"MW_SESSION_KEY": SECRET_NEW, "MW_SESSION_KEY_OLD": SECRET_OLD}
PATH = "/mcp/json"  # stateful, JSON answers
# Replica slots per mode: (first, second).
REPLICA_SLOTS = {"a": ("a", "x1"), "b": ("b", "x2")}


def rfc3339(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def fleet_policy(old_key_until: float) -> dict[str, Any]:
    p = base_policy()
    p["sessions"] = {
        "keys": [
            {"id": KEY_NEW, "fromEnv": "MW_SESSION_KEY"},
            {"id": KEY_OLD, "fromEnv": "MW_SESSION_KEY_OLD", "acceptUntil": rfc3339(old_key_until)},
        ]
    }
    # The eviction attack of the old design needed few slots: keep them few.
    p["tasks"] = {"trackedTaskSlots": 4}
    return p


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def replicas(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> tuple[Envoy, Envoy]:
    """Replica 1 still accepts the retired key for an hour; replica 2's grace
    for it ended an hour ago. Both sign with the same current key."""
    mode = request.param
    first, second = REPLICA_SLOTS[mode]
    render = {"host_env_keys": sorted(ENV)}
    r1 = envoy_factory(fleet_policy(time.time() + 3600), mode, slot=first, render_params=render, env=ENV)
    r2 = envoy_factory(fleet_policy(time.time() - 3600), mode, slot=second, render_params=render, env=ENV)
    return r1, r2


def seal(secret: str, kid: str, server: str, principal: str, upstream: str, issued: float) -> str:
    """The sealed-id format of src/binding.rs, written from its documentation."""
    payload = struct.pack(">Q", int(issued))[3:] + upstream.encode()
    mac = hmac.new(secret.encode(), digestmod=hashlib.sha256)
    for part in (b"mcp-warden/1", b"session", server.encode(), principal.encode()):
        mac.update(struct.pack(">I", len(part)) + part)
    mac.update(payload)
    b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    return f"mw1.{kid}.{b64(payload)}.{b64(mac.digest()[:16])}"


def initialize(url: str, token: str | None) -> httpx.Response:
    init = rpc_request(
        "initialize",
        {"protocolVersion": V2025_11, "capabilities": {}, "clientInfo": {"name": "fleet-test", "version": "1"}},
        id="init",
    )
    return httpx.post(url, content=json.dumps(init), headers=headers_for(token, version=None), timeout=10)


def open_session(envoy: Envoy, token: str) -> str:
    resp = initialize(envoy.url(PATH), token)
    assert resp.status_code == 200, resp.text
    return resp.headers["mcp-session-id"]


def call(envoy: Envoy, token: str, session: str, id: str, tool: str = "get_ticket") -> httpx.Response:
    body = rpc_request("tools/call", {"name": tool, "arguments": {"ticket_id": 1}}, id=id)
    return httpx.post(envoy.url(PATH), content=json.dumps(body), headers=headers_for(token, extra={"mcp-session-id": session}), timeout=10)


def server_session_ids(sample_server: SampleServer, cursor: int) -> set[str]:
    return {r["headers"].get("mcp-session-id") for r in sample_server.records_since(cursor) if r["kind"] == "http"} - {None}


def test_a_session_opened_through_one_replica_works_through_the_other(replicas: tuple[Envoy, Envoy], sample_server: SampleServer) -> None:
    r1, r2 = replicas
    cursor = sample_server.cursor()
    session = open_session(r1, alice())
    assert session.startswith(f"mw1.{KEY_NEW}."), session
    for i, replica in enumerate((r2, r1, r2)):
        resp = call(replica, alice(), session, id=f"fleet-{i}")
        assert resp.status_code == 200 and "result" in resp.json(), resp.text
    sample_server.barrier()
    # The server only ever saw its own id, never the sealed one.
    seen = server_session_ids(sample_server, cursor)
    assert seen and session not in seen, seen
    executed = [r for r in sample_server.records_since(cursor) if r["kind"] == "tool" and r["tool"] == "get_ticket"]
    assert len(executed) == 3, executed


def test_another_caller_presenting_the_session_id_is_refused_on_either_replica(replicas: tuple[Envoy, Envoy], sample_server: SampleServer) -> None:
    r1, r2 = replicas
    session = open_session(r1, alice())
    sample_server.barrier()  # the initialize record lands before the cursor
    cursor = sample_server.cursor()
    for replica in (r1, r2):
        resp = call(replica, dave(), session, id=f"hijack-{replica.name}", tool="create_ticket")
        assert resp.status_code == 403, resp.text
        assert resp.json()["error"]["code"] == -32003 and "another caller" in resp.json()["error"]["message"], resp.text
    sample_server.assert_received_nothing(cursor)


def test_a_session_id_with_one_character_changed_is_refused(replicas: tuple[Envoy, Envoy], sample_server: SampleServer) -> None:
    r1, r2 = replicas
    session = open_session(r1, alice())
    sample_server.barrier()  # the initialize record lands before the cursor
    cursor = sample_server.cursor()
    # Change one character of the payload, then one of the tag.
    payload_at = session.index(".", len("mw1.")) + 5
    for at in (payload_at, len(session) - 3):
        c = session[at]
        changed = session[:at] + ("A" if c != "A" else "B") + session[at + 1 :]
        for replica in (r1, r2):
            resp = call(replica, alice(), changed, id=f"changed-{at}")
            assert resp.status_code in (403, 404), resp.text
            assert "error" in resp.json(), resp.text
    sample_server.assert_received_nothing(cursor)


def test_a_retired_key_opens_sessions_during_its_grace_period_only(replicas: tuple[Envoy, Envoy], sample_server: SampleServer) -> None:
    r1, r2 = replicas
    # A session the server opened for alice, sealed with the old key the way
    # a replica still on that key would have done.
    direct = initialize(sample_server.url(PATH), None)
    assert direct.status_code == 200, direct.text
    upstream = direct.headers["mcp-session-id"]
    old = seal(SECRET_OLD, KEY_OLD, "tickets", "alice", upstream, time.time())
    resp = call(r1, alice(), old, id="grace-ok")
    assert resp.status_code == 200 and "result" in resp.json(), resp.text
    sample_server.barrier()
    cursor = sample_server.cursor()
    resp = call(r2, alice(), old, id="grace-over")
    # 404: the client starts a new session.
    assert resp.status_code == 404, resp.text
    sample_server.assert_received_nothing(cursor)
    # The format check is real: the same id sealed with the new key works on both.
    current = seal(SECRET_NEW, KEY_NEW, "tickets", "alice", upstream, time.time())
    for replica in (r1, r2):
        resp = call(replica, alice(), current, id=f"current-{replica.name}")
        assert resp.status_code == 200 and "result" in resp.json(), resp.text


def test_no_amount_of_traffic_evicts_a_binding(replicas: tuple[Envoy, Envoy], sample_server: SampleServer) -> None:
    """The attack on the old design: with 4 owner slots, dave opened sessions
    until one overwrote alice's record, then used her session id."""
    r1, r2 = replicas
    session = open_session(r1, alice())
    for _ in range(12):
        open_session(r2, dave())
    sample_server.barrier()  # the flood's own records land before the cursor
    cursor = sample_server.cursor()
    for replica in (r1, r2):
        resp = call(replica, dave(), session, id="after-flood", tool="create_ticket")
        assert resp.status_code == 403, resp.text
    sample_server.assert_received_nothing(cursor)
    resp = call(r2, alice(), session, id="still-hers")
    assert resp.status_code == 200 and "result" in resp.json(), resp.text
