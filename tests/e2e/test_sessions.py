"""MCP sessions are bound to the caller that opened them (session hijacking,
MCP security best practices): another principal presenting the session id is
refused before the server sees anything, in both deployment modes."""

from __future__ import annotations

import json

import httpx
import pytest

from .conftest import EnvoyFactory
from .harness import MODES, V2025_11, Envoy, SampleServer, headers_for, rpc_request
from .policies import alice, base_policy, bob


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(base_policy(), request.param)


def open_session(envoy: Envoy, token: str) -> str:
    init = rpc_request(
        "initialize",
        {"protocolVersion": V2025_11, "capabilities": {}, "clientInfo": {"name": "session-test", "version": "1"}},
        id="init-1",
    )
    resp = httpx.post(envoy.url("/mcp/json"), content=json.dumps(init), headers=headers_for(token, version=None), timeout=10)
    assert resp.status_code == 200, resp.text
    session = resp.headers.get("mcp-session-id")
    assert session, resp.headers
    return session


def test_a_session_works_for_its_owner_and_is_refused_to_another_caller(envoy: Envoy, sample_server: SampleServer) -> None:
    session = open_session(envoy, alice())
    listing = rpc_request("tools/list", {}, id="list-1")
    mine = httpx.post(envoy.url("/mcp/json"), content=json.dumps(listing), headers=headers_for(alice(), extra={"mcp-session-id": session}), timeout=10)
    assert mine.status_code == 200, mine.text
    assert "result" in mine.json(), mine.text

    # The server records a request once it has finished it: wait until the
    # owner's own call is on file, so the cursor comes after it.
    sample_server.barrier()
    cursor = sample_server.cursor()
    theirs = httpx.post(envoy.url("/mcp/json"), content=json.dumps(rpc_request("tools/list", {}, id="list-2")), headers=headers_for(bob(), extra={"mcp-session-id": session}), timeout=10)
    assert theirs.status_code == 403, theirs.text
    body = theirs.json()
    assert body["error"]["code"] == -32003
    assert "another caller" in body["error"]["message"]
    sample_server.assert_received_nothing(cursor)
