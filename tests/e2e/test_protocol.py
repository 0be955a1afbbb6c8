"""MCP protocol corners the filter must get right: batches, 2026-07-28 header
checks, tool-name tricks, tasks, GET/DELETE and the legacy HTTP+SSE transport."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .conftest import EnvoyFactory
from .harness import (
    MODES,
    V2025_03,
    V2025_06,
    V2025_11,
    Envoy,
    Raw,
    SampleServer,
    assert_rpc_error,
    headers_for,
    open_legacy_stream,
    rpc_request,
    run,
    sdk_legacy_sse_client,
)
from .policies import alice, base_policy, bob

STATELESS_JSON = "/mcp/stateless-json"


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(base_policy(), request.param)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def call(name: str, id: Any, **arguments: Any) -> dict[str, Any]:
    return rpc_request("tools/call", {"name": name, "arguments": arguments}, id=id)


# ------------------------------------------------------------------- batches


@pytest.mark.parametrize("version", [V2025_03, None], ids=["2025-03-26", "no-version-header"])
def test_a_batch_hiding_a_denied_call_is_rejected_whole(raw: Raw, sample_server: SampleServer, version: str | None) -> None:
    cursor = sample_server.cursor()
    batch = [
        call("echo", "b-1", text="harmless"),
        {"jsonrpc": "2.0", "method": "notifications/progress", "params": {"progressToken": 1, "progress": 1}},
        call("delete_ticket", "b-2", ticket_id=1),
        call("get_ticket", "b-3", ticket_id=1),
    ]
    resp = raw.post(STATELESS_JSON, batch, headers=headers_for(bob(), version=version))
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    answers = resp.json()
    assert isinstance(answers, list), answers
    by_id = {a["id"]: a for a in answers}
    assert sorted(by_id) == ["b-1", "b-2", "b-3"], answers  # one per request, none for the notification
    assert len(answers) == 3, answers
    denied = by_id["b-2"]["error"]
    assert denied["code"] == -32003, denied
    assert denied["message"] == "mcp-warden: tool 'delete_ticket' denied by rule 'nobody-deletes'", denied
    for other in ("b-1", "b-3"):
        err = by_id[other]["error"]
        assert err["code"] == -32003, err
        assert "batch" in err["message"], err
        assert "result" not in by_id[other]
    sample_server.assert_received_nothing(cursor)
    sample_server.assert_never_saw(cursor, tools=["echo", "delete_ticket", "get_ticket"], ids=["b-1", "b-2", "b-3"])


def test_an_allowed_batch_is_forwarded(raw: Raw, sample_server: SampleServer) -> None:
    # The SDK server itself no longer accepts batches (it answers 400); what
    # matters here is that mcp-warden lets an all-allowed batch through.
    cursor = sample_server.cursor()
    batch = [call("echo", "ok-1", text="a"), call("get_ticket", "ok-2", ticket_id=1)]
    raw.post(STATELESS_JSON, batch, headers=headers_for(alice(), version=V2025_03))
    record = sample_server.wait_for_record(
        cursor, lambda r: r["kind"] == "http" and [m.get("id") for m in r["rpc"]] == ["ok-1", "ok-2"]
    )
    assert record["body_complete"], record


@pytest.mark.parametrize("version", [V2025_06, V2025_11])
def test_batches_are_refused_for_2025_06_18_and_later(raw: Raw, sample_server: SampleServer, version: str) -> None:
    cursor = sample_server.cursor()
    batch = [call("echo", "n-1", text="a"), call("get_ticket", "n-2", ticket_id=1)]
    resp = raw.post(STATELESS_JSON, batch, headers=headers_for(alice(), version=version))
    assert_rpc_error(resp, status=400, code=-32600, id=None)
    sample_server.assert_never_saw(cursor, tools=["echo", "get_ticket"], ids=["n-1", "n-2"])


# ------------------------------------------------ 2026-07-28 header/body checks


MISMATCHES = {
    # name: (Mcp-Method header, Mcp-Name header) for a body calling delete_ticket... or echo
    "mcp-name-names-another-tool": ("tools/call", "get_ticket"),
    "mcp-method-says-list": ("tools/list", "delete_ticket"),
    "mcp-name-base64-of-another-tool": ("tools/call", "=?base64?" + base64.b64encode(b"get_ticket").decode() + "?="),
}


@pytest.mark.parametrize("case", sorted(MISMATCHES))
def test_2026_headers_that_disagree_with_the_body_are_rejected(raw: Raw, sample_server: SampleServer, case: str) -> None:
    mcp_method, mcp_name = MISMATCHES[case]
    cursor = sample_server.cursor()
    # alice may call get_ticket: a proxy trusting the header would allow it.
    resp = raw.call_2026(
        STATELESS_JSON,
        "tools/call",
        {"name": "delete_ticket", "arguments": {"ticket_id": 1}},
        id=f"mm-{case}",
        token=alice(),
        mcp_method=mcp_method,
        mcp_name=mcp_name,
    )
    assert_rpc_error(resp, status=400, code=-32020, id=f"mm-{case}")
    sample_server.assert_never_saw(cursor, tools=["delete_ticket", "get_ticket"], ids=[f"mm-{case}"])


def test_an_allowed_2026_call_with_a_mismatched_header_is_still_rejected(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = raw.call_2026(
        STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id="mm-allowed", token=alice(), mcp_name="get_ticket"
    )
    assert_rpc_error(resp, status=400, code=-32020, id="mm-allowed")
    sample_server.assert_never_saw(cursor, tools=["echo", "get_ticket"], ids=["mm-allowed"])


def test_a_2026_call_without_its_mcp_name_header_is_rejected(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    body = rpc_request("tools/call", {"name": "echo", "arguments": {"text": "x"}, "_meta": _meta()}, id="mm-missing")
    h = headers_for(alice(), version="2026-07-28", extra={"mcp-method": "tools/call"})
    resp = raw.post(STATELESS_JSON, body, headers=h)
    assert_rpc_error(resp, status=400, code=-32020, id="mm-missing")
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=["mm-missing"])


def test_a_matching_2026_call_passes(raw: Raw) -> None:
    resp = raw.call_2026(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "fine"}}, id="m-ok", token=alice())
    assert resp.status_code == 200, resp.text
    assert resp.json()["result"]["content"][0]["text"] == "fine"


def _meta() -> dict[str, Any]:
    from .harness import meta_2026

    return meta_2026()


# ------------------------------------------------------------ tool-name tricks

# bob (admin) may call any tool except delete_* (rule nobody-deletes).
CASE_TRICKS = ["Delete_Ticket", "DELETE_TICKET", "delete_TICKET"]
STRICT_REFUSALS = {
    "zero-width-space": "delete\u200b_ticket",
    "zero-width-joiner": "delete_\u200dticket",
    "soft-hyphen": "dele\u00adte_ticket",
    "cyrillic-e": "d\u0435lete_ticket",
    "fullwidth": "\uff44elete_ticket",
    "trailing-space": "delete_ticket ",
    "rtl-override": "delete_ticket\u202e",
    "too-long": "a" * 129,
    "empty": "",
    "control-char": "echo\u0007",
}


@pytest.mark.parametrize("name", CASE_TRICKS)
def test_case_variants_of_a_denied_tool_are_denied(raw: Raw, sample_server: SampleServer, name: str) -> None:
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": name, "arguments": {"ticket_id": 1}}, id="case", token=bob())
    assert_rpc_error(resp, status=200, code=-32003, id="case")
    sample_server.assert_never_saw(cursor, tools=[name, "delete_ticket"], ids=["case"])


@pytest.mark.parametrize("case", sorted(STRICT_REFUSALS))
def test_tool_names_outside_the_strict_alphabet_are_refused(raw: Raw, sample_server: SampleServer, case: str) -> None:
    name = STRICT_REFUSALS[case]
    cursor = sample_server.cursor()
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": name, "arguments": {"ticket_id": 1}}, id=f"n-{case}", token=bob())
    assert_rpc_error(resp, status=200, code=-32602, id=f"n-{case}")
    sample_server.assert_never_saw(cursor, tools=[name, "delete_ticket"], ids=[f"n-{case}"])


def test_a_2026_call_with_an_invisible_character_is_refused(raw: Raw, sample_server: SampleServer) -> None:
    name = "delete\u200b_ticket"
    cursor = sample_server.cursor()
    encoded = "=?base64?" + base64.b64encode(name.encode()).decode() + "?="
    resp = raw.call_2026(STATELESS_JSON, "tools/call", {"name": name, "arguments": {"ticket_id": 1}}, id="inv", token=bob(), mcp_name=encoded)
    # The header is correctly Base64-sentinel encoded, so it agrees with the
    # body; the strict tool-name rule must then refuse the name itself.
    assert_rpc_error(resp, status=200, code=-32602, id="inv")
    sample_server.assert_never_saw(cursor, tools=[name, "delete_ticket"], ids=["inv"])


# --------------------------------------------------------------------- tasks


@pytest.mark.parametrize("method", ["tasks/get", "tasks/result", "tasks/cancel"])
def test_a_task_the_caller_did_not_create_is_unknown(raw: Raw, sample_server: SampleServer, method: str) -> None:
    # The SDK 2.3 server has no tasks; a made-up id proves the filter refuses
    # task ids it never saw created by this caller.
    cursor = sample_server.cursor()
    rid = f"task-{method}"
    resp = raw.call(STATELESS_JSON, method, {"taskId": "786512e2-9e0d-4f7c-a1c3-not-yours"}, id=rid, token=bob())
    assert_rpc_error(resp, status=200, code=-32602, id=rid)
    sample_server.assert_never_saw(cursor, ids=[rid])


# ------------------------------------------------------------------ streaming


def test_sse_responses_stream_through_event_by_event(envoy: Envoy) -> None:
    """An allowed call's SSE answer is not held back until the stream ends."""
    body = rpc_request(
        "tools/call",
        {"name": "slow_steps", "arguments": {"steps": 3, "delay_ms": 700}, "_meta": {"progressToken": "p-1"}},
        id="stream-1",
    )
    arrivals: list[tuple[float, Any]] = []
    start = time.monotonic()
    with httpx.stream(
        "POST", envoy.url("/mcp/stateless"), content=json.dumps(body), headers=headers_for(bob()), timeout=httpx.Timeout(15)
    ) as resp:
        assert resp.status_code == 200, resp.read()
        assert resp.headers["content-type"].startswith("text/event-stream")
        for line in resp.iter_lines():
            if line.startswith("data:"):
                arrivals.append((time.monotonic() - start, json.loads(line[5:])))
    kinds = [m.get("method") or ("result" if "result" in m else "error") for _, m in arrivals]
    assert kinds == ["notifications/progress"] * 3 + ["result"], kinds
    assert arrivals[-1][1]["id"] == "stream-1"
    # Events ~0.7 s apart upstream must arrive ~0.7 s apart downstream.
    assert arrivals[-1][0] - arrivals[0][0] > 1.0, [round(t, 2) for t, _ in arrivals]


# ------------------------------------------------------------- GET and DELETE


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_get_and_delete_without_identity_get_401(envoy: Envoy, sample_server: SampleServer, method: str) -> None:
    cursor = sample_server.cursor()
    sent_at = time.time()
    resp = httpx.request(method, envoy.url("/mcp"), headers={"accept": "text/event-stream", "mcp-session-id": "abc"}, timeout=10)
    assert resp.status_code == 401, resp.text
    assert resp.headers.get("www-authenticate", "").startswith("Bearer resource_metadata="), resp.headers
    sample_server.barrier()
    # A stream an earlier test opened is recorded when it ends, maybe now.
    reached = [r for r in sample_server.records_since(cursor) if r["kind"] == "http" and r["method"] == method and r["started"] >= sent_at]
    assert not reached, f"reached the server: {reached}"


def test_get_with_identity_opens_the_stream(envoy: Envoy) -> None:
    headers = {"accept": "text/event-stream", "authorization": f"Bearer {alice()}", "mcp-protocol-version": V2025_11}
    with httpx.stream("GET", envoy.url("/mcp/stateless"), headers=headers, timeout=httpx.Timeout(10, read=5)) as resp:
        assert resp.status_code == 200, resp.read()
        assert resp.headers["content-type"].startswith("text/event-stream")


# ------------------------------------------------------- legacy HTTP+SSE (2024-11-05)


def test_the_legacy_transport_works_through_envoy(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()

    async def go() -> str:
        async with sdk_legacy_sse_client(envoy.url("/legacy/sse"), alice()) as client:
            result = await client.call_tool("echo", {"text": "over sse"})
            return result.content[0].text

    assert run(go()) == "over sse"
    sample_server.wait_for_record(cursor, lambda r: r["kind"] == "tool" and r["tool"] == "echo")


def test_a_denied_call_on_the_legacy_transport_is_refused_on_the_stream(envoy: Envoy, sample_server: SampleServer) -> None:
    """A 2024-11-05 client reads answers only from its GET stream, so the refusal must arrive there."""
    client, cm, endpoint, events = open_legacy_stream(envoy, bob())
    try:
        assert endpoint.startswith("/legacy/messages/"), endpoint
        cursor = sample_server.cursor()
        resp = client.post(envoy.url(endpoint), content=json.dumps(call("delete_ticket", "legacy-1", ticket_id=1)), headers=headers_for(bob(), version=None))
        assert resp.status_code == 202, resp.text
        # The server never saw the call itself, only a harmless probe with its id.
        sample_server.assert_never_saw(cursor, tools=["delete_ticket"])
        deadline = time.monotonic() + 10
        while True:
            ev = events.get(timeout=max(0.1, deadline - time.monotonic()))
            data = ev.get("data", "")
            if "legacy-1" in data:
                break
        msg = json.loads(data)
        assert msg["id"] == "legacy-1"
        assert msg["error"]["code"] == -32003
        assert msg["error"]["message"] == "mcp-warden: tool 'delete_ticket' denied by rule 'nobody-deletes'"
    finally:
        cm.__exit__(None, None, None)
        client.close()


def test_the_legacy_stream_needs_an_identity(envoy: Envoy) -> None:
    resp = httpx.get(envoy.url("/legacy/sse"), headers={"accept": "text/event-stream"}, timeout=10)
    assert resp.status_code == 401, resp.text
