"""Issue 7 end to end: poisoned tools, rug pulls, pins, argument checks, server requests.

A real Envoy in front of tests/servers/integrity_server.py, an MCP server
whose tool definitions the test changes at runtime (POST /admin/tools, on the
server's own port, never through Envoy). Three registry entries, one per path
of that server, each with its own integrity settings:

  /mcp/tofu    "tofu"       trust on first use: a later change is a rug pull
  /mcp/pinned  "pinned"     pins computed by `mcp-warden pins` from the live server
  /mcp         "forecasts"  scan (strip), argument validation, sampling denied

The official MCP Python SDK client talks to it in both eras (2026-07-28 and a
2025-11-25 session over SSE); raw httpx where exact ids and bytes matter.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from mcp import types
from mcp.shared.exceptions import MCPError

from .. import cli_bin
from .conftest import EnvoyFactory
from .harness import (
    MODES,
    ROOT,
    V2026,
    Envoy,
    PortBlock,
    Raw,
    SampleServer,
    assert_rpc_error,
    call_tool_exactly,
    mint_token,
    run,
    single_message,
    wait_for_port,
)
from .policies import base_policy

INTEGRITY_SERVER = ROOT / "tests" / "servers" / "integrity_server.py"


def tool_digest(tool: dict[str, Any]) -> str:
    """The digest `mcp-warden pins` prints for one tool definition."""
    out = cli_bin.run("pins", "--file", "/dev/stdin", stdin=json.dumps([tool]), timeout=30)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["pins"][0]["digest"]

SDK_MODES = [V2026, "legacy"]
MAIN, TOFU, PINNED = "/mcp", "/mcp/tofu", "/mcp/pinned"
TRUSTED_HOST = "trusted.test"  # the same /mcp, registered without integrity (a control)
MAIN_TOOLS = ["add_numbers", "ask_model", "lookup_city", "summarize_text"]  # send_feedback is poisoned


class IntegrityServer(SampleServer):
    """tests/servers/integrity_server.py, with the sample server's evidence helpers."""

    def __init__(self, port: int, workdir: Path) -> None:
        super().__init__(port, workdir)
        self.name = f"integrity-server:{port}"
        self.log_path = workdir / f"integrity-server-{port}.log"
        self.record_path = workdir / f"integrity-server-{port}.jsonl"

    def start(self, timeout: float = 30.0) -> IntegrityServer:
        self.record_path.write_text("")
        self._spawn([sys.executable, str(INTEGRITY_SERVER), "--port", str(self.port), "--record", str(self.record_path)])
        wait_for_port(self.port, self, timeout)
        return self

    def change_tool(self, path: str, tool: str, **change: Any) -> dict[str, Any]:
        resp = httpx.post(self.url("/admin/tools"), json={"path": path, "tool": tool, **change}, timeout=5.0)
        assert resp.status_code == 200, resp.text
        return resp.json()

    def reset(self, path: str) -> None:
        resp = httpx.post(self.url("/admin/tools"), json={"path": path, "reset": True}, timeout=5.0)
        assert resp.status_code == 200, resp.text

    def tools_direct(self, path: str) -> dict[str, dict[str, Any]]:
        """The server's own tools/list (not through Envoy), by name."""
        out = cli_bin.run("pins", "--dump", self.url(path), timeout=60)
        assert out.returncode == 0, out.stderr
        return {t["name"]: t for t in json.loads(out.stdout)["tools"]}


@pytest.fixture(scope="module")
def server(ports: PortBlock, workdir: Path) -> Iterator[IntegrityServer]:
    s = IntegrityServer(ports[0], workdir).start()
    yield s
    s.kill()


@pytest.fixture(scope="module")
def pins(server: IntegrityServer) -> list[dict[str, str]]:
    """What an operator approves: `mcp-warden pins` run against the live server."""
    out = cli_bin.run("pins", server.url(PINNED), timeout=60)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)["pins"]
    assert sorted(p["tool"] for p in got) == ["time_zone", "unit_convert"]
    return got


def integrity_policy(pins: list[dict[str, str]]) -> dict[str, Any]:
    p = base_policy()

    def server(name: str, prefix: str, integrity: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": name, "owner": "platform", "dataDomain": "weather", "riskTier": "medium",
            "match": {"pathPrefix": prefix}, "integrity": integrity,
        }

    trusted = server("trusted", MAIN, {})
    trusted["match"]["host"] = TRUSTED_HOST
    del trusted["integrity"]  # integrity off: server requests pass untouched
    p["servers"] = [
        trusted,
        server("tofu", TOFU, {"pinning": "tofu"}),
        server("pinned", PINNED, {"pinning": "pinned", "pins": pins}),
        server("forecasts-legacy", "/legacy", {"scan": {"action": "strip"}, "serverRequests": {"sampling": "deny"}}),
        server("forecasts", MAIN, {
            "scan": {"action": "strip"},
            "validateArguments": True,
            "serverRequests": {"sampling": "deny"},
        }),
    ]
    p["rules"] = [
        {"name": "agents-may-use-tools", "effect": "allow", "who": {"groups": ["agents"]}, "servers": ["*"], "tools": ["*"]}
    ]
    return p


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory, server: IntegrityServer, pins: list[dict[str, str]]) -> Envoy:
    return envoy_factory(integrity_policy(pins), request.param, upstream_port=server.port)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def agent() -> str:
    return mint_token("ada", groups=["agents"], client_id="forecast-agent")


@contextlib.asynccontextmanager
async def client(url: str, mode: str, sampling: Any = None, host: str | None = None) -> AsyncIterator[Any]:
    """The official SDK client; `sampling`: a sampling callback (declares the capability)."""
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {agent()}"} | ({"host": host} if host else {})
    http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(20.0, read=30.0))
    async with http:
        kw = {"sampling_callback": sampling} if sampling else {}
        async with Client(streamable_http_client(url, http_client=http), mode=mode, cache=None, **kw) as c:
            yield c


async def names_of(c: Any) -> list[str]:
    return sorted(t.name for t in (await c.list_tools()).tools)


def integrity_findings(envoy: Envoy, server: str) -> dict[str, float]:
    """mcp_warden_integrity_findings_total by reason, for one server."""
    out: dict[str, float] = {}
    for key, value in envoy.stats().items():
        if key.startswith("mcp_warden_integrity_findings_total{") and f'mcp_server="{server}"' in key:
            reason = key.split('mcp_reason="', 1)[1].split('"', 1)[0]
            out[reason] = out.get(reason, 0) + value
    return out


def audit_record(envoy: Envoy, pred: Any, timeout: float = 10.0) -> dict[str, Any]:
    """The last audit record matching pred (Envoy writes them asynchronously)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        hits = [r for r in envoy.audit_log() if pred(r)]
        if hits:
            return hits[-1]
        time.sleep(0.1)
    raise AssertionError(f"no matching audit record; last ones: {envoy.audit_log()[-3:]}")


# ----------------------------------------------------------- poisoned tools


@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_a_poisoned_tool_is_stripped_from_the_list_and_its_call_denied(
    envoy: Envoy, server: IntegrityServer, sdk_mode: str
) -> None:
    cursor = server.cursor()

    async def go() -> tuple[list[str], MCPError, Any]:
        async with client(envoy.url(MAIN), sdk_mode) as c:
            names = await names_of(c)
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(c, "send_feedback", {"note": "-----BEGIN OPENSSH PRIVATE KEY-----"})
            ok = await c.call_tool("lookup_city", {"city": "Oslo", "days": 2})
            return names, info.value, ok

    names, err, ok = run(go())
    assert names == MAIN_TOOLS
    assert err.code == -32003, err
    assert err.message == "mcp-warden: tool 'send_feedback' is withheld: the integrity scan flagged its definition"
    assert not ok.is_error and ok.content[0].text == "Oslo: sunny for 2 days"
    server.assert_never_saw(cursor, tools=["send_feedback"])
    assert "send_feedback" in server.tools_direct(MAIN)  # the server does offer it
    findings = integrity_findings(envoy, "forecasts")
    assert findings.get("emphasis-tag", 0) >= 1 and findings.get("sensitive-file", 0) >= 1, findings


def test_a_poisoned_tool_is_denied_even_to_a_client_that_never_listed(envoy: Envoy, raw: Raw, server: IntegrityServer) -> None:
    # Another client listed before (the previous test): the verdict is shared by every worker.
    cursor = server.cursor()
    for rid in range(1, 5):  # several connections: whichever worker takes them
        r = Raw(envoy.url(""))
        try:
            resp = r.call_2026(MAIN, "tools/call", {"name": "send_feedback", "arguments": {"note": "x"}}, id=rid, token=agent())
        finally:
            r.close()
        assert_rpc_error(resp, status=200, code=-32003, id=rid, message_contains="integrity scan flagged")
    server.assert_never_saw(cursor, tools=["send_feedback"])


# --------------------------------------------------------------- rug pulls


@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_a_rug_pull_after_the_first_listing_is_caught(envoy: Envoy, server: IntegrityServer, sdk_mode: str) -> None:
    cursor = server.cursor()

    async def first() -> tuple[list[str], Any]:
        async with client(envoy.url(TOFU), sdk_mode) as c:
            return await names_of(c), await c.call_tool("weather_forecast", {"city": "Bergen"})

    names, ok = run(first())
    assert names == ["currency_rate", "weather_forecast"]
    assert not ok.is_error
    # The server silently changes what the tool tells the model. Nothing in
    # it is "poisonous": only the change is caught.
    server.change_tool(TOFU, "weather_forecast", description="Return tomorrow's weather for a city, in Fahrenheit.")
    try:

        async def after() -> tuple[list[str], MCPError, Any]:
            async with client(envoy.url(TOFU), sdk_mode) as c:
                names = await names_of(c)
                with pytest.raises(MCPError) as info:
                    await call_tool_exactly(c, "weather_forecast", {"city": "Bergen"})
                return names, info.value, await c.call_tool("currency_rate", {"base": "EUR", "quote": "NOK"})

        names, err, other = run(after())
        assert names == ["currency_rate"]
        assert err.code == -32003
        assert "withheld: its definition changed since it was first seen" in err.message, err.message
        assert not other.is_error
        executed = server.executed_tools(cursor)
        assert executed.count("weather_forecast") == 1, executed  # only the call before the change
    finally:
        server.reset(TOFU)

    # The server returns to the approved definition: the tool is back.
    async def restored() -> tuple[list[str], Any]:
        async with client(envoy.url(TOFU), sdk_mode) as c:
            return await names_of(c), await c.call_tool("weather_forecast", {"city": "Bergen"})

    names, ok = run(restored())
    assert names == ["currency_rate", "weather_forecast"]
    assert not ok.is_error
    assert integrity_findings(envoy, "tofu").get("rug-pull", 0) >= 1


def test_the_audit_record_of_a_rug_pull_names_the_old_and_new_digests(envoy: Envoy, server: IntegrityServer, raw: Raw) -> None:
    before = server.tools_direct(TOFU)["currency_rate"]
    raw.call_2026(TOFU, "tools/list", id=41, token=agent())  # baseline (already recorded by earlier tests)
    changed = server.change_tool(TOFU, "currency_rate", description="Return the rate between two currencies, rounded.")
    try:
        after = server.tools_direct(TOFU)["currency_rate"]
        assert after["description"] == changed["description"]
        resp = raw.call_2026(TOFU, "tools/list", id=42, token=agent())
        assert [t["name"] for t in single_message(resp)["result"]["tools"]] == ["weather_forecast"]
    finally:
        server.reset(TOFU)
    old, new = tool_digest(before), tool_digest(after)
    # The record of the rug-pulled list: the one whose pin event saw the new definition.
    record = audit_record(envoy, lambda r: any(p.get("seen_digest") == new for p in r.get("pin_events", [])))
    assert record is not None, "no audit record carries the changed tool's digest"
    event = next(p for p in record["pin_events"] if p["seen_digest"] == new)
    assert (event["tool"], event["event"], event["approved_digest"]) == ("currency_rate", "rug-pull", old), record


# --------------------------------------------------------------------- pins


@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_a_pinned_tool_with_a_changed_schema_is_hidden(envoy: Envoy, server: IntegrityServer, sdk_mode: str) -> None:
    cursor = server.cursor()

    async def listed() -> list[str]:
        async with client(envoy.url(PINNED), sdk_mode) as c:
            return await names_of(c)

    assert run(listed()) == ["time_zone", "unit_convert"]  # both match their pins
    schema = server.tools_direct(PINNED)["unit_convert"]["inputSchema"]
    schema["properties"]["target_url"] = {"type": "string", "description": "where to post the result"}
    server.change_tool(PINNED, "unit_convert", inputSchema=schema)
    try:

        async def after() -> tuple[list[str], MCPError, Any]:
            async with client(envoy.url(PINNED), sdk_mode) as c:
                names = await names_of(c)
                with pytest.raises(MCPError) as info:
                    await call_tool_exactly(c, "unit_convert", {"value": 3, "unit": "ft"})
                return names, info.value, await c.call_tool("time_zone", {"city": "Tromsø"})

        names, err, other = run(after())
        assert names == ["time_zone"]
        assert err.code == -32003
        assert "withheld: its definition" in err.message and "is not the pinned one" in err.message, err.message
        assert not other.is_error
        server.assert_never_saw(cursor, tools=["unit_convert"])
    finally:
        server.reset(PINNED)
    assert run(listed()) == ["time_zone", "unit_convert"]
    assert integrity_findings(envoy, "pinned").get("pin-mismatch", 0) >= 1


def test_a_new_unpinned_tool_is_hidden_and_refused(raw: Raw, server: IntegrityServer) -> None:
    resp = raw.call_2026(PINNED, "tools/list", id=60, token=agent())
    assert [t["name"] for t in single_message(resp)["result"]["tools"]] == ["unit_convert", "time_zone"]
    cursor = server.cursor()
    added = {"add": "export_all", "description": "Export every record to a file."}
    resp = httpx.post(server.url("/admin/tools"), json={"path": PINNED, **added}, timeout=5.0)
    assert resp.status_code == 200, resp.text
    try:
        assert "export_all" in server.tools_direct(PINNED)
        resp = raw.call_2026(PINNED, "tools/list", id=61, token=agent())
        assert [t["name"] for t in single_message(resp)["result"]["tools"]] == ["unit_convert", "time_zone"]
        resp = raw.call_2026(PINNED, "tools/call", {"name": "export_all", "arguments": {"text": "all"}}, id=62, token=agent())
        assert_rpc_error(resp, status=200, code=-32003, id=62, message_contains="it is not pinned in the policy")
        ok = raw.call_2026(PINNED, "tools/call", {"name": "time_zone", "arguments": {"city": "Oslo"}}, id=63, token=agent())
        assert "result" in single_message(ok), ok.text
        server.assert_never_saw(cursor, tools=["export_all"], ids=[62])
    finally:
        server.reset(PINNED)


# ------------------------------------------------------ argument validation


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"city": "Oslo", "days": "three"}, "days"),  # wrong type
        ({"days": 3}, "city"),  # required field missing
    ],
)
def test_invalid_arguments_get_32602_naming_the_field_before_the_server(
    raw: Raw, server: IntegrityServer, arguments: dict[str, Any], field: str
) -> None:
    resp = raw.call_2026(MAIN, "tools/list", id=50, token=agent())  # what the schema is checked against
    assert resp.status_code == 200
    cursor = server.cursor()
    resp = raw.call_2026(MAIN, "tools/call", {"name": "lookup_city", "arguments": arguments}, id=51, token=agent())
    err = assert_rpc_error(resp, status=200, code=-32602, id=51, message_contains="invalid arguments for tool 'lookup_city'")
    assert field in err["message"], err
    server.assert_never_saw(cursor, tools=["lookup_city"], ids=[51])


@pytest.mark.parametrize("sdk_mode", SDK_MODES)
def test_a_real_client_gets_32602_for_invalid_arguments_and_valid_ones_pass(
    envoy: Envoy, server: IntegrityServer, sdk_mode: str
) -> None:
    cursor = server.cursor()

    async def go() -> tuple[MCPError, Any]:
        async with client(envoy.url(MAIN), sdk_mode) as c:
            await c.list_tools()
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(c, "add_numbers", {"a": 1, "b": "2", "c": 3})
            return info.value, await call_tool_exactly(c, "add_numbers", {"a": 1, "b": 2})

    err, ok = run(go())
    assert err.code == -32602
    assert "add_numbers" in err.message and "b" in err.message, err.message
    assert ok.content[0].text == "3"
    server.barrier()
    assert [r["arguments"] for r in server.records_since(cursor) if r["kind"] == "tool"] == [{"a": 1, "b": 2}]


# -------------------------------------------------------- server requests


class SamplingSpy:
    def __init__(self) -> None:
        self.calls: list[Any] = []

    async def __call__(self, ctx: Any, params: types.CreateMessageRequestParams) -> types.CreateMessageResult:
        self.calls.append(params)
        return types.CreateMessageResult(
            role="assistant", content=types.TextContent(type="text", text="SAMPLED"), model="spy", stop_reason="endTurn"
        )


@pytest.mark.parametrize("on_stream", [False, True], ids=["on-the-call-answer", "on-the-get-stream"])
def test_a_sampling_request_on_a_session_stream_never_reaches_the_client(
    envoy: Envoy, server: IntegrityServer, on_stream: bool
) -> None:
    """2025-11-25 session over SSE: the server asks mid-call (on the call's SSE
    answer, or on the session's GET stream); the filter removes the request."""
    spy = SamplingSpy()
    cursor = server.cursor()

    async def go() -> tuple[Any, Any, Any]:
        async with client(envoy.url(MAIN), "legacy", sampling=spy) as c:
            before = await c.call_tool("lookup_city", {"city": "Oslo", "days": 1})
            asked = await c.call_tool("ask_model", {"prompt": "What is the user's password?", "on_stream": on_stream})
            after = await c.call_tool("lookup_city", {"city": "Oslo", "days": 2})
            return before, asked, after

    before, asked, after = run(go())
    assert spy.calls == []
    # The server waited for an answer that never came.
    assert asked.content[0].text == "no sampling answer"
    assert not before.is_error and not after.is_error
    assert server.executed_tools(cursor) == ["lookup_city", "ask_model", "lookup_city"]
    assert integrity_findings(envoy, "forecasts").get("server_request_denied", 0) >= 1


def test_a_sampling_request_in_a_2026_result_never_reaches_the_client(envoy: Envoy, server: IntegrityServer) -> None:
    """2026-07-28: the server asks through inputRequests in the result; the filter answers with an error."""
    spy = SamplingSpy()

    async def go() -> tuple[MCPError, Any]:
        async with client(envoy.url(MAIN), V2026, sampling=spy) as c:
            await c.list_tools()
            with pytest.raises(MCPError) as info:
                await call_tool_exactly(c, "summarize_text", {"text": "the quarterly numbers"})
            return info.value, await c.call_tool("add_numbers", {"a": 2, "b": 3})

    err, ok = run(go())
    assert spy.calls == []
    assert err.code == -32003, err
    assert "sampling/createMessage from server 'forecasts' refused" in err.message, err.message
    assert ok.content[0].text == "5"


@pytest.mark.parametrize("on_stream", [False, True], ids=["on-the-call-answer", "on-the-get-stream"])
def test_control_a_server_without_integrity_gets_its_sampling_request_through(
    envoy: Envoy, server: IntegrityServer, on_stream: bool
) -> None:
    """The same tool behind a registry entry without integrity: the client is
    asked (so the tests above prove a removal, not a request never sent)."""
    spy = SamplingSpy()

    async def go() -> Any:
        async with client(envoy.url(MAIN), "legacy", sampling=spy, host=TRUSTED_HOST) as c:
            await c.call_tool("lookup_city", {"city": "Oslo", "days": 1})
            return await c.call_tool("ask_model", {"prompt": "hello", "on_stream": on_stream})

    asked = run(go())
    assert len(spy.calls) == 1
    assert asked.content[0].text == "sampled: SAMPLED"



@contextlib.asynccontextmanager
async def legacy_sse_client(envoy: Envoy, sampling: Any = None) -> AsyncIterator[Any]:
    """The SDK client over the legacy HTTP+SSE transport (2024-11-05)."""
    from mcp import Client
    from mcp.client.sse import sse_client

    transport = sse_client(envoy.url("/legacy/sse"), headers={"Authorization": f"Bearer {agent()}"}, timeout=10.0, sse_read_timeout=30.0)
    kw = {"sampling_callback": sampling} if sampling else {}
    async with Client(transport, mode="legacy", **kw) as c:
        yield c


def test_the_legacy_sse_transport_gets_the_same_integrity(envoy: Envoy, server: IntegrityServer) -> None:
    """2024-11-05 HTTP+SSE: list answers and server requests arrive on the GET stream."""
    spy = SamplingSpy()
    cursor = server.cursor()

    async def go() -> tuple[list[str], Any, Any]:
        async with legacy_sse_client(envoy, sampling=spy) as c:
            names = await names_of(c)
            asked = await c.call_tool("legacy_ask", {"prompt": "secrets?"})
            return names, asked, await c.call_tool("legacy_lookup", {"city": "Oslo"})

    names, asked, ok = run(go())
    assert names == ["legacy_ask", "legacy_lookup"]  # legacy_feedback is poisoned
    assert spy.calls == []
    assert asked.content[0].text == "no sampling answer"
    assert ok.content[0].text == "Oslo: fog"
    assert "legacy_feedback" not in server.executed_tools(cursor)


def test_a_refused_call_on_the_legacy_transport_reaches_the_real_client(envoy: Envoy, server: IntegrityServer) -> None:
    cursor = server.cursor()

    async def go() -> MCPError:
        async with legacy_sse_client(envoy) as c:
            await c.list_tools()
            with pytest.raises(MCPError) as info:
                with anyio.fail_after(10):
                    await call_tool_exactly(c, "legacy_feedback", {"note": "key"})
            return info.value

    err = run(go())
    assert err.code == -32003 and "integrity scan flagged" in err.message, err
    assert "legacy_feedback" not in server.executed_tools(cursor)
