"""Workload identity from the mTLS peer certificate (SPIFFE URI SAN).

Envoy gets a second, mTLS-only listener (same filters and routes); the client
certificates are made for this session by a throwaway CA.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import EnvoyFactory
from .harness import MODES, Envoy, MtlsMaterial, PortBlock, SampleServer, assert_rpc_error, headers_for, make_mtls_material, rpc_request
from .policies import alice, base_policy

CI_BOT = "spiffe://demo.test/ns/ci/sa/ci-bot"
INTRUDER = "spiffe://demo.test/ns/ci/sa/intruder"
PATH = "/mcp/stateless-json"


def policy() -> dict[str, Any]:
    p = base_policy()
    p["identity"]["require"] = "any"  # a JWT or an mTLS workload identity
    p["rules"].insert(
        0,
        {
            "name": "ci-bot-may-echo",
            "effect": "allow",
            "who": {"spiffeIds": [CI_BOT]},
            "servers": ["tickets"],
            "tools": ["echo"],
        },
    )
    return p


@pytest.fixture(scope="module")
def mtls(workdir: Path) -> MtlsMaterial:
    return make_mtls_material(workdir / "mtls", [CI_BOT, INTRUDER])


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory, ports: PortBlock, mtls: MtlsMaterial) -> Envoy:
    mode = request.param
    return envoy_factory(policy(), mode, mtls=mtls, mtls_port=ports[5] if mode == "a" else ports[7])


@pytest.fixture()
def as_workload(envoy: Envoy, mtls: MtlsMaterial) -> Iterator[Any]:
    clients: list[httpx.Client] = []

    def client(spiffe: str) -> httpx.Client:
        ctx = ssl.create_default_context(cafile=str(mtls.ca))
        cert, key = mtls.clients[spiffe]
        ctx.load_cert_chain(str(cert), str(key))
        c = httpx.Client(base_url=envoy.mtls_url(""), verify=ctx, timeout=15)
        clients.append(c)
        return c

    yield client
    for c in clients:
        c.close()


def call(client: httpx.Client, name: str, id: Any, token: str | None = None, extra: dict[str, str] | None = None) -> httpx.Response:
    body = rpc_request("tools/call", {"name": name, "arguments": {"text": "x", "ticket_id": 1} if name != "echo" else {"text": "x"}}, id=id)
    return client.post(PATH, content=json.dumps(body), headers=headers_for(token, extra=extra))


def test_a_workload_identity_alone_is_enough_for_its_grant(as_workload: Any, envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = call(as_workload(CI_BOT), "echo", "w-1")
    assert resp.status_code == 200, resp.text
    assert resp.json()["result"]["content"][0]["text"] == "x"
    sample_server.wait_for_record(cursor, lambda r: r["kind"] == "tool" and r["tool"] == "echo")
    entry = envoy.access_log_entry(lambda e: e.get("mcp_principal") == CI_BOT and e.get("mcp_target") == "echo")
    assert entry["mcp_decision"] == "allow" and entry["mcp_rule"] == "ci-bot-may-echo", entry


def test_a_workload_gets_nothing_beyond_its_grant(as_workload: Any, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = call(as_workload(CI_BOT), "get_ticket", "w-2")
    assert_rpc_error(resp, status=200, code=-32003, id="w-2", message="mcp-warden: tool 'get_ticket' denied by default policy")
    sample_server.assert_never_saw(cursor, tools=["get_ticket"], ids=["w-2"])


def test_another_workload_of_the_same_ca_is_not_the_ci_bot(as_workload: Any, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = call(as_workload(INTRUDER), "echo", "w-3")
    assert_rpc_error(resp, status=200, code=-32003, id="w-3")
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=["w-3"])


def test_a_forged_client_cert_header_on_the_plain_listener_is_no_identity(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    xfcc = f'By=spiffe://demo.test/ns/mesh/sa/envoy;Hash=abc;URI={CI_BOT}'
    with httpx.Client(base_url=envoy.url(""), timeout=15) as plain:
        resp = call(plain, "echo", "w-4", extra={"x-forwarded-client-cert": xfcc})
    assert_rpc_error(resp, status=401, code=-32001, id=None)
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=["w-4"])


def test_the_mtls_listener_refuses_clients_without_a_certificate(envoy: Envoy, mtls: MtlsMaterial) -> None:
    ctx = ssl.create_default_context(cafile=str(mtls.ca))
    with httpx.Client(base_url=envoy.mtls_url(""), verify=ctx, timeout=15) as anonymous:
        with pytest.raises(httpx.HTTPError):
            anonymous.post(PATH, content=json.dumps(rpc_request("tools/list", id=1)), headers=headers_for(None))


def test_a_person_token_over_mtls_keeps_the_persons_grant(as_workload: Any) -> None:
    resp = call(as_workload(INTRUDER), "get_ticket", "w-5", token=alice())
    assert resp.status_code == 200 and "result" in resp.json(), resp.text
