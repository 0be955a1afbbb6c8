"""Tool-level access control in a real Envoy, in both deployment modes.

Real MCP client (official Python SDK) where the behaviour is what a client
sees; raw httpx where the test needs the exact status, headers and bytes.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from mcp.shared.exceptions import MCPError

from .conftest import EnvoyFactory
from .harness import (
    ANY_ID,
    MODES,
    V2025_11,
    V2026,
    Envoy,
    Raw,
    SampleServer,
    WireLog,
    assert_rpc_error,
    call_tool_exactly,
    messages_of,
    mint_token,
    run,
    sdk_client,
    single_message,
)
from .policies import (
    ALICE_TOOLS,
    BOB_TOOLS,
    DAVE_TOOLS,
    RESOURCE_METADATA_URL,
    alice,
    base_policy,
    bob,
    dave,
    mallory,
)

SDK_MODES = [V2026, "legacy"]
# Sample-server paths (all under the "tickets" server's /mcp prefix).
JSON_PATH = "/mcp/json"  # stateful, application/json responses
SSE_PATH = "/mcp"  # stateful, text/event-stream responses
STATELESS_JSON = "/mcp/stateless-json"
STATELESS_SSE = "/mcp/stateless"


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(base_policy(), request.param)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def denied_message(tool: str, rule: str | None) -> str:
    why = f"rule '{rule}'" if rule else "default policy"
    return f"mcp-warden: tool '{tool}' denied by {why}"


# ------------------------------------------------------------- allowed calls


@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_an_allowed_call_works_with_the_official_sdk_client(
    envoy: Envoy, sample_server: SampleServer, sdk_mode: str
) -> None:
    cursor = sample_server.cursor()

    async def go() -> Any:
        async with sdk_client(envoy.url(SSE_PATH), alice(), mode=sdk_mode) as client:
            await client.list_tools()
            return await client.call_tool("get_ticket", {"ticket_id": 1})

    result = run(go())
    assert not result.is_error, result
    assert json.loads(result.content[0].text)["title"] == "Printer on fire"
    record = sample_server.wait_for_record(cursor, lambda r: r["kind"] == "tool" and r["tool"] == "get_ticket")
    # No token passthrough: jwt_authn (forward: false) strips the client's token.
    assert record["authorization"] is None, record


def test_an_allowed_call_is_answered_untouched(raw: Raw, sample_server: SampleServer) -> None:
    direct = Raw(sample_server.url(""))
    try:
        want = direct.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "héllo ✓"}}, id=41)
    finally:
        direct.close()
    got = raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "héllo ✓"}}, id=41, token=alice())
    assert got.status_code == 200
    assert got.json() == want.json()


def test_a_scope_grants_exactly_its_tool(raw: Raw) -> None:
    ok = raw.call(STATELESS_JSON, "tools/call", {"name": "create_ticket", "arguments": {"title": "x"}}, token=dave())
    assert ok.status_code == 200 and "result" in ok.json(), ok.text
    no = raw.call(STATELESS_JSON, "tools/call", {"name": "get_ticket", "arguments": {"ticket_id": 1}}, id=2, token=dave())
    assert_rpc_error(no, status=200, code=-32003, id=2, message=denied_message("get_ticket", None))


# -------------------------------------------------------------- denied calls


@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_a_denied_call_gets_a_json_rpc_error_naming_tool_and_rule(
    envoy: Envoy, sample_server: SampleServer, sdk_mode: str
) -> None:
    cursor = sample_server.cursor()

    async def go() -> MCPError:
        async with sdk_client(envoy.url(SSE_PATH), bob(), mode=sdk_mode) as client:
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(client, "delete_ticket", {"ticket_id": 1})
            return info.value

    err = run(go())
    assert err.code == -32003
    assert err.message == denied_message("delete_ticket", "nobody-deletes")
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"])


@pytest.mark.parametrize("path", [STATELESS_JSON, STATELESS_SSE])
def test_a_denied_call_is_http_200_with_the_request_id(raw: Raw, sample_server: SampleServer, path: str) -> None:
    cursor = sample_server.cursor()
    for rid in (7, "req-7"):
        resp = raw.call(path, "tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 2}}, id=rid, token=alice())
        assert_rpc_error(resp, status=200, code=-32003, id=rid, message=denied_message("delete_ticket", "nobody-deletes"))
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[7, "req-7"])


def test_a_call_no_rule_allows_is_denied_by_the_default_policy(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "create_ticket", "arguments": {"title": "t"}}, id=3, token=alice())
    assert_rpc_error(resp, status=200, code=-32003, id=3, message=denied_message("create_ticket", None))
    sample_server.assert_never_saw(cursor, tools=["create_ticket"], ids=[3])


def test_a_denied_2026_call_is_refused_before_the_server(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = raw.call_2026(STATELESS_JSON, "tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 1}}, id=9, token=bob())
    assert_rpc_error(resp, status=200, code=-32003, id=9, message=denied_message("delete_ticket", "nobody-deletes"))
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[9])


def test_resources_and_prompts_are_governed(raw: Raw) -> None:
    ok = raw.call(STATELESS_JSON, "resources/read", {"uri": "tickets://open/1"}, id=1, token=alice())
    assert ok.status_code == 200 and "result" in ok.json(), ok.text
    no = raw.call(STATELESS_JSON, "resources/read", {"uri": "tickets://closed/2"}, id=2, token=alice())
    err = assert_rpc_error(no, status=200, code=-32003, id=2)
    assert "tickets://closed/2" in err["message"], err
    ok = raw.call(STATELESS_JSON, "prompts/get", {"name": "summarize_ticket", "arguments": {"ticket_id": "1"}}, id=3, token=alice())
    assert ok.status_code == 200 and "result" in ok.json(), ok.text
    no = raw.call(STATELESS_JSON, "prompts/get", {"name": "internal_prompt"}, id=4, token=alice())
    err = assert_rpc_error(no, status=200, code=-32003, id=4)
    assert "internal_prompt" in err["message"], err


def test_a_caller_without_any_allow_rule_cannot_even_list(raw: Raw) -> None:
    resp = raw.call(STATELESS_JSON, "tools/list", id=5, token=mallory())
    assert_rpc_error(resp, status=200, code=-32003, id=5)


def test_an_undeclared_server_is_refused_with_403(raw: Raw, sample_server: SampleServer) -> None:
    # /unlisted/ reaches the very same upstream /mcp, but no servers[].match covers it.
    cursor = sample_server.cursor()
    resp = raw.call("/unlisted" + STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id=11, token=bob())
    # Decided from the path at header time, before the body (and its id) is read.
    assert_rpc_error(resp, status=403, code=-32003, id=ANY_ID)
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[11])


# ------------------------------------------------------------------ identity


def test_no_token_gets_401_with_the_resource_metadata_challenge(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id=12)
    assert resp.headers.get("www-authenticate") == f'Bearer resource_metadata="{RESOURCE_METADATA_URL}"'
    assert_rpc_error(resp, status=401, code=-32001, id=None)
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[12])


def test_the_sdk_client_sees_the_401_on_connect(envoy: Envoy) -> None:
    wire = WireLog()

    async def go() -> None:
        async with sdk_client(envoy.url(SSE_PATH), None, mode="legacy", wire=wire) as client:
            await client.list_tools()

    with pytest.raises(BaseException):  # noqa: B017 (the SDK wraps it in an ExceptionGroup)
        run(go())
    statuses = [status for (_, _, status, _) in wire.responses]
    assert statuses and statuses[0] == 401, wire.responses
    assert wire.responses[0][3].get("www-authenticate") == f'Bearer resource_metadata="{RESOURCE_METADATA_URL}"'


def _b64url(obj: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


FORGED = {
    "x-jwt-payload": _b64url({"sub": "root", "groups": ["admin"], "client_id": "ops-agent", "scope": "tickets:write"}),
    "x-mcp-principal": "bob",
    "x-mcp-decision": "allow",
    "x-mcp-server": "tickets",
    "x-mcp-method": "tools/list",
    "x-mcp-target": "echo",
}


def test_forged_identity_headers_without_a_token_grant_nothing(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id=13, extra=FORGED)
    assert_rpc_error(resp, status=401, code=-32001, id=None)
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[13])


def test_forged_identity_headers_next_to_a_real_token_grant_nothing(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    # mallory's real token has no group; the forged payload claims admin.
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "create_ticket", "arguments": {"title": "x"}}, id=14, token=mallory(), extra=FORGED)
    assert_rpc_error(resp, status=200, code=-32003, id=14)
    # alice (support) must not become an admin either.
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "create_ticket", "arguments": {"title": "x"}}, id=15, token=alice(), extra=FORGED)
    assert_rpc_error(resp, status=200, code=-32003, id=15, message=denied_message("create_ticket", None))
    sample_server.assert_never_saw(cursor, tools=["create_ticket"], ids=[14, 15])


def test_a_token_with_a_bad_signature_is_refused_by_envoy(raw: Raw, sample_server: SampleServer, tmp_path: Any) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = tmp_path / "other.pem"
    key.write_bytes(other.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    forged = mint_token("bob", groups=["admin"], key_path=key)
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id=16, token=forged)
    assert resp.status_code == 401, resp.text
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[16])


def test_an_expired_token_is_refused(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    expired = mint_token("bob", groups=["admin"], expires_in=-600)
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id=17, token=expired)
    assert resp.status_code == 401, resp.text
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[17])


# ------------------------------------------------------------- curated lists


def _names(result: Any, attr: str, key: str) -> list[str]:
    return sorted(str(getattr(x, key)) for x in getattr(result, attr))


@pytest.mark.parametrize("path", [JSON_PATH, SSE_PATH], ids=["json", "sse"])
@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_two_identities_see_different_tool_lists(envoy: Envoy, path: str, sdk_mode: str) -> None:
    async def tools_for(token: str) -> list[str]:
        async with sdk_client(envoy.url(path), token, mode=sdk_mode) as client:
            return _names(await client.list_tools(), "tools", "name")

    assert run(tools_for(alice())) == ALICE_TOOLS
    assert run(tools_for(bob())) == BOB_TOOLS
    assert run(tools_for(dave())) == DAVE_TOOLS


@pytest.mark.parametrize("path", [STATELESS_JSON, STATELESS_SSE], ids=["json", "sse"])
def test_list_filtering_on_the_wire_keeps_the_format(raw: Raw, path: str) -> None:
    resp = raw.call(path, "tools/list", id=21, token=alice())
    assert resp.status_code == 200, resp.text
    want_type = "application/json" if path == STATELESS_JSON else "text/event-stream"
    assert resp.headers["content-type"].startswith(want_type), resp.headers
    msg = single_message(resp)
    assert msg["id"] == 21
    assert sorted(t["name"] for t in msg["result"]["tools"]) == ALICE_TOOLS
    for tool in msg["result"]["tools"]:
        assert tool.get("inputSchema", {}).get("type") == "object", tool  # entries kept whole


@pytest.mark.parametrize("path", [STATELESS_JSON, STATELESS_SSE], ids=["json", "sse"])
def test_resource_template_and_prompt_lists_are_filtered(raw: Raw, path: str) -> None:
    def listed(method: str, token: str, key: str, field: str) -> list[str]:
        resp = raw.call(path, method, id=22, token=token)
        assert resp.status_code == 200, resp.text
        return sorted(x[field] for x in single_message(resp)["result"][key])

    assert listed("resources/list", alice(), "resources", "uri") == ["tickets://open/1"]
    assert listed("resources/list", bob(), "resources", "uri") == ["tickets://closed/2", "tickets://open/1"]
    assert listed("resources/templates/list", alice(), "resourceTemplates", "uriTemplate") == ["tickets://open/{ticket_id}"]
    assert listed("resources/templates/list", bob(), "resourceTemplates", "uriTemplate") == [
        "tickets://closed/{ticket_id}",
        "tickets://open/{ticket_id}",
    ]
    assert listed("prompts/list", alice(), "prompts", "name") == ["summarize_ticket"]
    assert listed("prompts/list", bob(), "prompts", "name") == ["internal_prompt", "summarize_ticket"]


def test_the_sdk_client_sees_filtered_resources_and_prompts(envoy: Envoy) -> None:
    async def go() -> tuple[list[str], list[str], list[str]]:
        async with sdk_client(envoy.url(SSE_PATH), alice(), mode="legacy") as client:
            resources = _names(await client.list_resources(), "resources", "uri")
            templates = _names(await client.list_resource_templates(), "resource_templates", "uri_template")
            prompts = _names(await client.list_prompts(), "prompts", "name")
            return resources, templates, prompts

    assert run(go()) == (["tickets://open/1"], ["tickets://open/{ticket_id}"], ["summarize_ticket"])


# ------------------------------------------------------------ published facts


def _support_person() -> tuple[str, str]:
    """A fresh subject in group support, so access-log entries are this test's own."""
    sub = f"alice-{uuid.uuid4().hex[:8]}"
    return sub, mint_token(sub, groups=["support"], client_id="support-agent")


def test_the_access_log_carries_the_mcp_facts(raw: Raw, envoy: Envoy) -> None:
    sub, token = _support_person()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 3}}, id="facts-1", token=token)
    assert resp.status_code == 200
    entry = envoy.access_log_entry(lambda e: e.get("jwt_sub") == sub and e.get("mcp_target") == "delete_ticket")
    assert entry["mcp_method"] == "tools/call", entry
    assert entry["mcp_server"] == "tickets", entry
    assert entry["mcp_principal"] == sub, entry
    assert entry["mcp_decision"] == "deny", entry
    assert entry["mcp_rule"] == "nobody-deletes", entry

    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "get_ticket", "arguments": {"ticket_id": 3}}, id="facts-2", token=token)
    assert resp.status_code == 200
    entry = envoy.access_log_entry(lambda e: e.get("jwt_sub") == sub and e.get("mcp_target") == "get_ticket")
    assert entry["mcp_decision"] == "allow", entry
    assert entry["mcp_rule"] == "support-may-read-tickets", entry
    assert entry["response_code"] == 200, entry


def test_mode_b_lifts_the_facts_into_request_headers_the_upstream_sees(
    raw: Raw, envoy: Envoy, sample_server: SampleServer
) -> None:
    sub, token = _support_person()
    cursor = sample_server.cursor()
    resp = raw.call(
        STATELESS_JSON,
        "tools/call",
        {"name": "get_ticket", "arguments": {"ticket_id": 1}},
        id="lift-1",
        token=token,
        extra={"x-mcp-principal": "bob", "x-mcp-decision": "deny", "x-mcp-target": "forged", "x-mcp-server": "forged", "x-mcp-method": "forged"},
    )
    assert resp.status_code == 200 and "result" in resp.json(), resp.text
    rec = sample_server.wait_for_record(
        cursor, lambda r: r["kind"] == "http" and any(m.get("id") == "lift-1" for m in r["rpc"])
    )
    headers = rec["headers"]
    if envoy.mode == "b":
        assert headers.get("x-mcp-method") == "tools/call", headers
        assert headers.get("x-mcp-target") == "get_ticket", headers
        assert headers.get("x-mcp-server") == "tickets", headers
        assert headers.get("x-mcp-principal") == sub, headers
        assert headers.get("x-mcp-decision") == "allow", headers
    # Mode a cannot add headers once the body has been read (ENVOY-FACTS §0.2);
    # there the facts live in filter state only, checked below for both modes.
    entry = envoy.access_log_entry(lambda e: e.get("jwt_sub") == sub and e.get("mcp_target") == "get_ticket")
    assert entry["mcp_principal"] == sub, entry
    assert entry["mcp_decision"] == "allow", entry


def test_messages_of_sse_and_json_agree(raw: Raw) -> None:
    """Harness self-check: the SSE parser yields the same message as the JSON path."""
    a = messages_of(raw.call(STATELESS_JSON, "tools/list", id=30, token=bob()))
    b = messages_of(raw.call(STATELESS_SSE, "tools/list", id=30, token=bob()))
    assert a == b


def test_the_legacy_version_header_is_not_needed_for_access_control(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 1}}, id=31, token=bob(), version=None)
    assert_rpc_error(resp, status=200, code=-32003, id=31)
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "delete_ticket", "arguments": {"ticket_id": 1}}, id=32, token=bob(), version=V2025_11)
    assert_rpc_error(resp, status=200, code=-32003, id=32)
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[31, 32])
