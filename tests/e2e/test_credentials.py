"""Issue 6 end to end: credentials the agent never sees, OAuth 2.1 resource-server manners.

A real Envoy (jwt_authn with the local demo JWKS, tokens minted here) in front
of the sample MCP server, which records the Authorization header it received.
The Envoys here run with `forward: true` on jwt_authn (the client's token
reaches mcp-warden, as a token exchange needs), so it is mcp-warden, not
jwt_authn, that keeps the token from the upstream; one more Envoy shows the
shipped `forward: false` config, and one that the filter refuses to load.

Credentials come from Envoy's environment (`host_env_keys`), never the policy.
The token exchange goes to a token-endpoint double run by this file on
127.0.0.1, reached through an Envoy cluster.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
import pytest
from mcp.shared.exceptions import MCPError

from .conftest import EnvoyFactory
from .harness import (
    JWT_AUDIENCE,
    JWT_ISSUER,
    MODES,
    V2026,
    Envoy,
    PortBlock,
    Raw,
    SampleServer,
    WireLog,
    assert_rpc_error,
    call_tool_exactly,
    headers_for,
    mint_token,
    rpc_request,
    run,
    sdk_client,
)
from .policies import base_policy

STATELESS_JSON = "/mcp/stateless-json"
SSE_PATH = "/mcp"
EXCHANGED_HOST = "exchanged.test"  # the "exchanged" server: same upstream, matched by :authority
TOKEN_PATH = "/oauth2/token"

# Secrets live only in Envoy's environment. Values are per test run, so a hit
# in any log can only come from this run.
RUN = os.urandom(4).hex()
SECRETS = {
    "MCPW_E2E_TICKETS_TOKEN": f"svc-tickets-{RUN}",  # the server's own credential
    "MCPW_E2E_ALICE_TOKEN": f"alice-at-tickets-{RUN}",  # alice's own credential for the server
    "MCPW_E2E_STS_SECRET": f"sts-client-secret-{RUN}",  # the gateway's client secret at the token service
}
MISSING_SECRET = "MCPW_E2E_NOT_SET_ANYWHERE"


def resource_uri(envoy_port: int) -> str:
    return f"http://127.0.0.1:{envoy_port}/mcp"


def credentials_policy(listen_port: int) -> dict[str, Any]:
    """base_policy() plus issue 6: oauth, injection (per identity), step-up, task scopes, an exchange."""
    p = base_policy()
    p["oauth"] = {
        "resource": resource_uri(listen_port),
        "authorizationServers": [JWT_ISSUER],
        "scopesSupported": ["tickets:read", "tickets:write"],
        "challengeScopes": ["tickets:read"],
        "resourceName": "Tickets (mcp-warden e2e)",
        "taskScopePrefix": "mcp:",
    }
    tickets = p["servers"][0]
    assert tickets["name"] == "tickets"
    tickets["credentials"] = {
        "inject": {
            "fromEnv": "MCPW_E2E_TICKETS_TOKEN",
            "perIdentity": [{"subjects": ["alice"], "fromEnv": "MCPW_E2E_ALICE_TOKEN"}],
        },
        "stepUp": [{"tools": ["create_ticket"], "scope": "tickets:admin"}],
    }
    exchanged = {
        "name": "exchanged",
        "owner": "support-platform",
        "dataDomain": "customer-support",
        "riskTier": "high",
        "match": {"host": EXCHANGED_HOST, "pathPrefix": "/mcp"},
        "credentials": {
            "exchange": {
                "cluster": "token_service",
                "authority": "sts.test",
                "path": TOKEN_PATH,
                "clientId": "mcp-gateway",
                "clientSecretFromEnv": "MCPW_E2E_STS_SECRET",
                "audience": "tickets-backend",
                "scope": "tickets:read",
            }
        },
    }
    p["servers"].insert(0, exchanged)  # first match wins: the host-specific entry goes first
    for rule in p["rules"]:
        if "tickets" in rule["servers"]:
            rule["servers"].append("exchanged")
    return p


def token(sub: str, envoy: Envoy, **kw: Any) -> str:
    """A token for this gateway's resource (jwt_authn also wants its own audience)."""
    kw.setdefault("aud", [JWT_AUDIENCE, resource_uri(envoy.listen_port)])
    # A fresh jti: two tokens minted in the same second must differ (the
    # exchange cache is keyed by the token).
    kw.setdefault("extra", {"jti": uuid.uuid4().hex})
    return mint_token(sub, **kw)


def alice(envoy: Envoy, **kw: Any) -> str:
    return token("alice", envoy, groups=["support"], client_id="support-agent", **kw)


def bob(envoy: Envoy, **kw: Any) -> str:
    return token("bob", envoy, groups=["admin"], client_id="ops-agent", **kw)


# ------------------------------------------------------------ token service


@dataclass
class TokenService:
    """An RFC 8693 token endpoint double: answers every exchange with a fresh token."""

    port: int
    requests: list[dict[str, Any]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    delay: float = 0.0  # seconds before answering
    expires_in: int = 600  # of the tokens it issues
    refuse_subjects: set[str] = field(default_factory=set)  # answered 400 invalid_grant
    broken_subjects: set[str] = field(default_factory=set)  # answered 500

    def start(self) -> TokenService:
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                form = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode()).items()}
                headers = {k.lower(): v for k, v in self.headers.items()}
                service.requests.append({"path": self.path, "headers": headers, "form": form})
                time.sleep(service.delay)
                sub = jwt.decode(form.get("subject_token", ""), options={"verify_signature": False}).get("sub")
                if sub in service.refuse_subjects | service.broken_subjects:
                    status = 400 if sub in service.refuse_subjects else 500
                    fail = json.dumps({"error": "invalid_grant"} if status == 400 else {"oops": True}).encode()
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(fail)))
                    self.end_headers()
                    self.wfile.write(fail)
                    return
                answer = json.dumps(
                    {
                        "access_token": f"xchg-{len(service.requests)}-{RUN}",
                        "issued_token_type": "urn:ietf:params:oauth:token-type:access_token",
                        "token_type": "Bearer",
                        "expires_in": service.expires_in,
                    }
                ).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


@pytest.fixture(scope="module")
def token_service(ports: PortBlock) -> Iterator[TokenService]:
    service = TokenService(ports[9]).start()
    yield service
    service.stop()


# ----------------------------------------------------------------- envoys


def make_envoy(
    envoy_factory: EnvoyFactory, ports: PortBlock, mode: str, *, slot: str, forward: bool, token_service_port: int | None
) -> Envoy:
    from .conftest import SLOTS

    listen = ports[SLOTS[slot][0]]
    params: dict[str, Any] = {"host_env_keys": list(SECRETS), "jwt_forward": "true" if forward else "false"}
    if token_service_port is not None:
        params["token_service_port"] = token_service_port
    return envoy_factory(credentials_policy(listen), mode, slot=slot, render_params=params, env=SECRETS)


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory, ports: PortBlock, token_service: TokenService) -> Envoy:
    """jwt_authn forward: true, secrets from the host environment, the token service cluster."""
    return make_envoy(envoy_factory, ports, request.param, slot=request.param, forward=True, token_service_port=token_service.port)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def tool_record(sample_server: SampleServer, cursor: int, tool: str) -> dict[str, Any]:
    return sample_server.wait_for_record(cursor, lambda r: r["kind"] == "tool" and r["tool"] == tool)


def call_echo(raw: Raw, tok: str, text: str, *, host: str | None = None, id: Any = 1) -> httpx.Response:
    extra = {"host": host} if host else None
    return raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": text}}, id=id, token=tok, extra=extra)


# ----------------------------------------------------- no token passthrough


def test_the_server_gets_the_injected_credential_never_the_clients_token(
    envoy: Envoy, sample_server: SampleServer
) -> None:
    cursor = sample_server.cursor()
    tok = bob(envoy)

    async def go() -> Any:
        async with sdk_client(envoy.url(SSE_PATH), tok, mode="legacy") as client:
            await client.list_tools()
            return await client.call_tool("echo", {"text": "hello"})

    result = run(go())
    assert not result.is_error, result
    record = tool_record(sample_server, cursor, "echo")
    assert record["authorization"] == f"Bearer {SECRETS['MCPW_E2E_TICKETS_TOKEN']}", record
    # Every request of the session (initialize, list, call, GET stream,
    # DELETE) reached the server with the gateway's credential only.
    sample_server.barrier()
    http = [r for r in sample_server.records_since(cursor) if r["kind"] == "http" and r["path"] == SSE_PATH]
    assert len(http) >= 3, http
    for r in http:
        assert r["headers"].get("authorization") == f"Bearer {SECRETS['MCPW_E2E_TICKETS_TOKEN']}", r
        assert tok not in json.dumps(r), r


def test_the_shipped_forward_false_config_also_injects(
    envoy_factory: EnvoyFactory, ports: PortBlock, sample_server: SampleServer
) -> None:
    envoy = make_envoy(envoy_factory, ports, "a", slot="x1", forward=False, token_service_port=None)
    raw = Raw(envoy.url(""))
    try:
        cursor = sample_server.cursor()
        tok = bob(envoy)
        resp = call_echo(raw, tok, "shipped config")
        assert resp.status_code == 200 and "result" in resp.json(), resp.text
        record = tool_record(sample_server, cursor, "echo")
        assert record["authorization"] == f"Bearer {SECRETS['MCPW_E2E_TICKETS_TOKEN']}", record
    finally:
        raw.close()
        envoy.stop()


def test_a_per_subject_credential_reaches_the_server_only_for_that_subject(
    raw: Raw, envoy: Envoy, sample_server: SampleServer
) -> None:
    seen = {}
    for who, tok in (("alice", alice(envoy)), ("bob", bob(envoy))):
        cursor = sample_server.cursor()
        resp = call_echo(raw, tok, f"from {who}")
        assert resp.status_code == 200 and "result" in resp.json(), resp.text
        seen[who] = tool_record(sample_server, cursor, "echo")["authorization"]
    assert seen == {
        "alice": f"Bearer {SECRETS['MCPW_E2E_ALICE_TOKEN']}",
        "bob": f"Bearer {SECRETS['MCPW_E2E_TICKETS_TOKEN']}",
    }


def test_a_forged_authorization_header_cannot_pick_a_credential(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    # A second Authorization header (alice's token beside bob's) is refused,
    # not merged: the filter never guesses which one was verified.
    cursor = sample_server.cursor()
    h = headers_for(bob(envoy))
    pairs = list(h.items()) + [("authorization", f"Bearer {alice(envoy)}")]
    body = rpc_request("tools/call", {"name": "echo", "arguments": {"text": "two tokens"}}, id=5)
    resp = raw.post(STATELESS_JSON, body, headers=pairs)
    assert resp.status_code in (400, 401), resp.text
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[5])


def test_secrets_never_appear_in_logs_audit_or_answers(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    for tok in (alice(envoy), bob(envoy)):
        cursor = sample_server.cursor()
        resp = call_echo(raw, tok, "secret check")
        assert resp.status_code == 200
        for value in SECRETS.values():
            assert value not in resp.text
            assert value not in json.dumps(dict(resp.headers))
        # The server writes its record after answering: wait for it, so a
        # later test's cursor never sees this call (a cold CI run once did).
        sample_server.wait_for_record(cursor, lambda r: r.get("kind") == "http" and "secret check" in str(r.get("body")))
    envoy.access_log_entry(lambda e: e.get("path") == STATELESS_JSON)
    text = envoy.log() + envoy.access_log_path.read_text() + envoy.audit_log_path.read_text()
    text += envoy.config_path.read_text()  # host_env_keys names the variables, never their values
    for name, value in SECRETS.items():
        assert value not in text, f"the value of {name} leaked"
    assert "MCPW_E2E_TICKETS_TOKEN" in envoy.config_path.read_text()


def test_a_missing_secret_stops_the_plugin_at_load(
    envoy_factory: EnvoyFactory, ports: PortBlock, sample_server: SampleServer
) -> None:
    assert MISSING_SECRET not in os.environ
    policy = credentials_policy(ports[7])
    policy["servers"][1]["credentials"]["inject"]["perIdentity"][0]["fromEnv"] = MISSING_SECRET
    envoy = envoy_factory(
        policy,
        "a",
        slot="x2",
        start=False,
        render_params={"host_env_keys": [*SECRETS, MISSING_SECRET]},
        env=SECRETS,
    )
    code, log = envoy.start_expecting_failure()
    assert code != 0
    lines = [line for line in log.splitlines() if MISSING_SECRET in line and "mcp-warden" in line]
    assert lines, log[-4000:]
    assert any("servers[1].credentials.inject.perIdentity[0].fromEnv" in line for line in lines), lines
    assert any("is not set" in line for line in lines), lines
    for value in SECRETS.values():
        assert value not in log


# ------------------------------------------------------- RFC 9728 metadata


@pytest.mark.parametrize("path", ["/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp"])
def test_the_protected_resource_metadata_is_served_and_matches_the_policy(
    envoy: Envoy, sample_server: SampleServer, path: str
) -> None:
    cursor = sample_server.cursor()
    resp = httpx.get(envoy.url(path), timeout=10.0)  # public: no token
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    doc = resp.json()
    assert doc == {
        "resource": resource_uri(envoy.listen_port),
        "authorization_servers": [JWT_ISSUER],
        # published scopes, then the challenge and step-up scopes clients may need
        "scopes_supported": ["tickets:read", "tickets:write", "tickets:admin"],
        "bearer_methods_supported": ["header"],
        "resource_name": "Tickets (mcp-warden e2e)",
    }
    sample_server.assert_received_nothing(cursor)


# ------------------------------------------------------------- challenges


def metadata_url(envoy: Envoy) -> str:
    return f"http://127.0.0.1:{envoy.listen_port}/.well-known/oauth-protected-resource/mcp"


@pytest.mark.parametrize("sdk_mode", [V2026, "legacy"])
def test_a_real_client_without_a_token_gets_the_401_challenge(envoy: Envoy, sample_server: SampleServer, sdk_mode: str) -> None:
    cursor = sample_server.cursor()
    wire = WireLog()

    async def go() -> None:
        async with sdk_client(envoy.url(SSE_PATH), None, mode=sdk_mode, wire=wire) as client:
            await client.list_tools()

    with pytest.raises(BaseException):  # noqa: B017 (MCPError, or an ExceptionGroup at connect)
        run(go())
    assert wire.responses, "the client sent nothing"
    method, path, status, headers = wire.responses[0]
    assert (method, path, status) == ("POST", SSE_PATH, 401), wire.responses
    assert headers.get("www-authenticate") == f'Bearer resource_metadata="{metadata_url(envoy)}", scope="tickets:read"'
    # The metadata URL in the challenge is live and names this resource.
    doc = httpx.get(metadata_url(envoy), timeout=10.0).json()
    assert doc["resource"] == resource_uri(envoy.listen_port)
    sample_server.assert_received_nothing(cursor)


@pytest.mark.parametrize("sdk_mode", [V2026, "legacy"])
def test_a_step_up_tool_gets_403_insufficient_scope_then_works_with_the_scope(
    envoy: Envoy, sample_server: SampleServer, sdk_mode: str
) -> None:
    cursor = sample_server.cursor()
    wire = WireLog()
    writer = token("dave", envoy, client_id="writer-agent", scope="openid tickets:write")

    async def denied() -> MCPError:
        async with sdk_client(envoy.url(SSE_PATH), writer, mode=sdk_mode, wire=wire) as client:
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(client, "create_ticket", {"title": "needs admin"})
            return info.value

    err = run(denied())
    assert err.code == -32003, err
    assert "needs scope 'tickets:admin'" in err.message, err.message
    refusals = [r for r in wire.responses if r[2] == 403]
    assert len(refusals) == 1, wire.responses
    challenge = refusals[0][3].get("www-authenticate", "")
    assert challenge.startswith('Bearer error="insufficient_scope", '), challenge
    # The scope to ask for keeps what the token has and adds what is missing.
    assert 'scope="openid tickets:write tickets:admin"' in challenge, challenge
    assert f'resource_metadata="{metadata_url(envoy)}"' in challenge, challenge
    sample_server.assert_never_saw(cursor, tools=["create_ticket"])

    # Stepped up: the same client with the scope is let through.
    stepped = token("dave", envoy, client_id="writer-agent", scope="openid tickets:write tickets:admin")

    async def allowed() -> Any:
        async with sdk_client(envoy.url(SSE_PATH), stepped, mode=sdk_mode) as client:
            return await call_tool_exactly(client, "create_ticket", {"title": "stepped up"})

    result = run(allowed())
    assert not result.is_error, result
    tool_record(sample_server, cursor, "create_ticket")


def test_a_token_for_another_audience_is_refused_with_invalid_token(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    # Accepted by jwt_authn (its audience is there) but not issued for this resource.
    other = mint_token("bob", groups=["admin"], aud=[JWT_AUDIENCE, "https://other.example/mcp"])
    resp = call_echo(raw, other, "wrong audience", id=9)
    assert_rpc_error(resp, status=401, code=-32001, id=None, message_contains="audience")
    challenge = resp.headers.get("www-authenticate", "")
    assert challenge.startswith('Bearer error="invalid_token"'), challenge
    assert f'resource_metadata="{metadata_url(envoy)}"' in challenge, challenge
    assert f"resource={resource_uri(envoy.listen_port)}" in challenge, challenge
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[9])
    # Envoy's own check still applies: an audience jwt_authn does not know
    # never reaches the filter (jwt_authn answers 403 "Audiences in Jwt are not allowed").
    stranger = mint_token("bob", groups=["admin"], aud="https://other.example/mcp")
    assert call_echo(raw, stranger, "unknown audience", id=10).status_code == 403
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[10])


@pytest.mark.parametrize("where", ["query-only", "query-and-header"])
def test_a_token_in_the_query_string_is_rejected(raw: Raw, envoy: Envoy, sample_server: SampleServer, where: str) -> None:
    cursor = sample_server.cursor()
    tok = bob(envoy)
    header_token = tok if where == "query-and-header" else None
    body = rpc_request("tools/call", {"name": "echo", "arguments": {"text": "q"}}, id=11)
    resp = raw.post(f"{STATELESS_JSON}?access_token={tok}", body, headers=headers_for(header_token))
    assert_rpc_error(resp, status=400, code=-32600, id=None, message_contains="never in the URL query")
    assert 'error="invalid_request"' in resp.headers.get("www-authenticate", "")
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[11])


# ------------------------------------------------------------- task scopes


@pytest.mark.parametrize("sdk_mode", [V2026, "legacy"])
def test_a_task_scoped_token_sees_and_calls_only_its_tools(envoy: Envoy, sample_server: SampleServer, sdk_mode: str) -> None:
    # bob may use every tool but delete; this token narrows him to one task.
    scoped = bob(envoy, scope="mcp:tickets:get_ticket mcp:tickets:search_*")
    cursor = sample_server.cursor()

    async def go() -> tuple[list[str], Any, Any, MCPError]:
        async with sdk_client(envoy.url(SSE_PATH), scoped, mode=sdk_mode) as client:
            names = sorted(t.name for t in (await client.list_tools()).tools)
            got = await client.call_tool("get_ticket", {"ticket_id": 1})
            found = await client.call_tool("search_tickets", {"query": "printer"})
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(client, "echo", {"text": "outside the task"})
            return names, got, found, info.value

    names, got, found, err = run(go())
    assert names == ["get_ticket", "search_tickets"]
    assert not got.is_error and not found.is_error
    assert err.code == -32003 and "outside this token's task scopes" in err.message, err
    sample_server.assert_never_saw(cursor, tools=["echo"])

    # The same person without the task scope keeps his whole grant.
    async def full() -> list[str]:
        async with sdk_client(envoy.url(SSE_PATH), bob(envoy), mode=sdk_mode) as client:
            return sorted(t.name for t in (await client.list_tools()).tools)

    assert set(run(full())) > {"get_ticket", "search_tickets", "echo"}


# ---------------------------------------------------------- token exchange


def test_the_exchanged_token_is_used_and_cached(
    raw: Raw, envoy: Envoy, sample_server: SampleServer, token_service: TokenService
) -> None:
    before = len(token_service.requests)
    tok = bob(envoy)
    cursor = sample_server.cursor()
    # One connection (one worker VM: the cache is per VM), two calls.
    first = call_echo(raw, tok, "exchange 1", host=EXCHANGED_HOST, id=21)
    second = call_echo(raw, tok, "exchange 2", host=EXCHANGED_HOST, id=22)
    for resp in (first, second):
        assert resp.status_code == 200 and "result" in resp.json(), resp.text
    calls = token_service.requests[before:]
    assert len(calls) == 1, calls
    ask = calls[0]
    assert ask["path"] == TOKEN_PATH
    assert ask["form"]["grant_type"] == "urn:ietf:params:oauth:grant-type:token-exchange"
    assert ask["form"]["subject_token"] == tok  # the caller's verified token, sent to the token service only
    assert ask["form"]["subject_token_type"] == "urn:ietf:params:oauth:token-type:access_token"
    assert ask["form"]["audience"] == "tickets-backend"
    assert ask["form"]["scope"] == "tickets:read"
    basic = base64.b64encode(f"mcp-gateway:{SECRETS['MCPW_E2E_STS_SECRET']}".encode()).decode()
    assert ask["headers"].get("authorization") == f"Basic {basic}"
    issued = f"Bearer xchg-{before + 1}-{RUN}"
    sample_server.barrier()
    echoes = [r for r in sample_server.records_since(cursor) if r["kind"] == "tool" and r["tool"] == "echo"]
    assert [r["arguments"]["text"] for r in echoes] == ["exchange 1", "exchange 2"]
    assert [r["authorization"] for r in echoes] == [issued, issued]


def test_the_exchange_is_per_caller(raw: Raw, envoy: Envoy, sample_server: SampleServer, token_service: TokenService) -> None:
    before = len(token_service.requests)
    cursor = sample_server.cursor()
    a, b = alice(envoy), bob(envoy)
    for tok in (a, b):
        resp = call_echo(raw, tok, "per caller", host=EXCHANGED_HOST)
        assert resp.status_code == 200 and "result" in resp.json(), resp.text
    calls = token_service.requests[before:]
    assert [c["form"]["subject_token"] for c in calls] == [a, b]
    sample_server.barrier()
    auths = [r["authorization"] for r in sample_server.records_since(cursor) if r["kind"] == "tool"]
    assert auths == [f"Bearer xchg-{before + 1}-{RUN}", f"Bearer xchg-{before + 2}-{RUN}"]


@pytest.mark.parametrize("sdk_mode", [V2026, "legacy"])
def test_a_slow_exchange_holds_every_request_of_a_real_client_session(
    envoy: Envoy, sample_server: SampleServer, token_service: TokenService, sdk_mode: str
) -> None:
    """The body arrives long before the token: the request waits for it (both modes)."""
    tok = bob(envoy)
    cursor = sample_server.cursor()
    before = len(token_service.requests)
    token_service.delay = 0.5
    try:

        async def go() -> Any:
            async with sdk_client(envoy.url(SSE_PATH), tok, mode=sdk_mode, extra_headers={"host": EXCHANGED_HOST}) as client:
                await client.list_tools()
                return await client.call_tool("echo", {"text": "slow exchange"})

        result = run(go())
    finally:
        token_service.delay = 0.0
    assert not result.is_error, result
    assert result.content[0].text == "slow exchange"
    assert len(token_service.requests) > before
    issued = {f"Bearer xchg-{n}-{RUN}" for n in range(before + 1, len(token_service.requests) + 1)}
    sample_server.barrier()
    http = [r for r in sample_server.records_since(cursor) if r["kind"] == "http" and r["path"] == SSE_PATH]
    assert http, "nothing reached the server"
    for r in http:
        assert r["headers"].get("authorization") in issued, r
        assert r["headers"].get("host") == EXCHANGED_HOST, r
    assert tool_record(sample_server, cursor, "echo")["authorization"] in issued


@pytest.mark.parametrize(("who", "status", "code", "words"), [
    ("refused", 403, -32003, "needs an exchanged token"),
    ("broken", 502, -32010, "could not obtain a credential"),
])
def test_a_failed_exchange_fails_closed(
    raw: Raw, envoy: Envoy, sample_server: SampleServer, token_service: TokenService,
    who: str, status: int, code: int, words: str,
) -> None:
    sub = f"{who}-{envoy.mode}"
    (token_service.refuse_subjects if who == "refused" else token_service.broken_subjects).add(sub)
    cursor = sample_server.cursor()
    tok = token(sub, envoy, groups=["admin"])
    resp = call_echo(raw, tok, "no credential", host=EXCHANGED_HOST, id=31)
    assert_rpc_error(resp, status=status, code=code, id=None, message_contains=words)
    assert "exchanged" in resp.json()["error"]["message"]
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[31])
    # Nothing was cached: the next request asks again.
    before = len(token_service.requests)
    resp = call_echo(raw, tok, "no credential", host=EXCHANGED_HOST, id=32)
    assert resp.status_code == status
    assert len(token_service.requests) == before + 1


def test_an_exchanged_token_is_reused_only_until_it_expires(
    raw: Raw, envoy: Envoy, sample_server: SampleServer, token_service: TokenService
) -> None:
    # expires_in 32 s, minus the default 30 s skew: usable for 2 s.
    token_service.expires_in = 32
    try:
        tok = bob(envoy)
        before = len(token_service.requests)
        cursor = sample_server.cursor()
        for text in ("fresh", "cached"):
            assert call_echo(raw, tok, text, host=EXCHANGED_HOST).status_code == 200
        assert len(token_service.requests) == before + 1
        time.sleep(2.5)
        assert call_echo(raw, tok, "expired", host=EXCHANGED_HOST).status_code == 200
        assert len(token_service.requests) == before + 2
    finally:
        token_service.expires_in = 600
    sample_server.barrier()
    auths = [r["authorization"] for r in sample_server.records_since(cursor) if r["kind"] == "tool"]
    first, second = f"Bearer xchg-{before + 1}-{RUN}", f"Bearer xchg-{before + 2}-{RUN}"
    assert auths == [first, first, second]


def test_a_call_denied_while_its_exchange_is_in_flight_is_answered_once(
    raw: Raw, envoy: Envoy, sample_server: SampleServer, token_service: TokenService
) -> None:
    """Mode b judges the body while the token is still coming; the late token must not resume a refused request."""
    cursor = sample_server.cursor()
    token_service.delay = 0.5
    try:
        resp = raw.call(
            STATELESS_JSON, "tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 1}},
            id=41, token=bob(envoy), extra={"host": EXCHANGED_HOST},
        )
    finally:
        token_service.delay = 0.0
    assert_rpc_error(resp, status=200, code=-32003, id=41, message_contains="nobody-deletes")
    # The connection is still good for the next request.
    ok = call_echo(raw, bob(envoy), "after the refusal", host=EXCHANGED_HOST, id=42)
    assert ok.status_code == 200 and "result" in ok.json(), ok.text
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[41])
