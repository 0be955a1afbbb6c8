"""No way around the filter: the adversarial end-to-end suite.

Each test is named after a way a client or a server could get past
mcp-warden, and checks what the upstream received and executed (the sample
server's and the canned upstream's records), not only what the client saw.
Every scenario runs in both deployment modes; the transport threats also
over HTTP/1.1 and cleartext HTTP/2 (prior knowledge).

Threats:
 1. Request trailers (HTTP/2; chunked trailers on HTTP/1.1): a body that ends
    with a trailer block instead of END_STREAM on its last DATA frame must
    still be judged before the server runs it.
 2. Response trailers (HTTP/2 upstream), JSON and SSE: a list answer that
    ends with trailers must still be filtered.
 3. JSON-RPC ids the filter and the server read differently: `-0`,
    fractions and exponents (refused), integers beyond 64 bits (kept exact),
    string ids, and answers whose id matches no request.
 4. Parse differentials between the filter and the server: numbers no float
    holds (1e400), nesting deeper than the filter's parser, lone surrogates,
    duplicate member names, in requests and in answers.
 5. Legacy HTTP+SSE (2024-11-05): posting into another caller's session.
 6. Every method that names a target is governed: tools/call,
    resources/read, prompts/get, completion/complete (ref/prompt and
    ref/resource), resources/subscribe and unsubscribe, tasks/* on someone
    else's task, 2026-07-28 subscriptions/listen.
 7. OPTIONS: no call smuggled in an OPTIONS request; a real CORS preflight
    reaches the server without credentials.
 8. 2026-07-28 `Mcp-Param-*` headers: mismatches refused, secrets in them
    blocked or redacted like the body.
 9. Credential hygiene: an injected credential never reaches the client; a
    client-sent `x-jwt-payload` never reaches the server.
10. Smaller mismatches: a GET with a body, duplicate Authorization headers,
    error messages that leak Rust type names, `params` that is not an object.

One Envoy per mode serves it all: the sample server (/mcp, /legacy), the
canned upstream (/canned/h1/ over HTTP/1.1, /canned/h2/ over HTTP/2), and
host-matched registry entries for credential injection (inject.test) and
request-side DLP redaction (redact.test).
"""

from __future__ import annotations

import json
import random
import re
import string
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .conftest import EnvoyFactory
from .harness import (
    ANY_ID,
    MODES,
    V2025_11,
    V2026,
    CannedUpstream,
    Envoy,
    PortBlock,
    Raw,
    SampleServer,
    WireAnswer,
    h1_exchange,
    h2_exchange,
    headers_for,
    messages_of,
    meta_2026,
    open_legacy_stream,
    rpc_request,
    run,
    sdk_client,
    sse_messages,
)
from .policies import ALICE_TOOLS, ALL_TOOLS, alice, base_policy, bob
from .telemetry import request_id, wait_record

STATELESS_JSON = "/mcp/stateless-json"
STATELESS_SSE = "/mcp/stateless"
EXTRA_JSON = "/mcp/extra"  # stateless JSON + echo_headers, lookup_region
EXTRA_SSE = "/mcp/extra-sse"  # stateless SSE + the same tools
PROTOCOLS = ("http1", "h2c")
DENIED_FOR_ALICE = sorted(set(ALL_TOOLS) - set(ALICE_TOOLS))  # create_ticket, delete_ticket, slow_steps
INJECT_HOST = "inject.test"
REDACT_HOST = "redact.test"
INJECT_ENV = "MCPW_BYPASS_INJECTED"
INJECTED = f"svc-bypass-{uuid.uuid4().hex}"  # the server credential; never for the client's eyes
BIG_ID = "1180591620717411303424"  # 2**70: no i64, no u64, no exact f64
DLP_BLOCKED = -32006

_rng = random.Random(uuid.uuid4().int)


def aws_key() -> str:
    """An AWS access key id (AKIA + 16): DLP's aws_access_key_id detector, fresh per call."""
    return "AKIA" + "".join(_rng.choice(string.ascii_uppercase + "234567") for _ in range(16))


def email() -> str:
    return f"bypass.{uuid.uuid4().hex[:10]}@corp-mail.io"


# ------------------------------------------------------------------ policy


def bypass_policy() -> dict[str, Any]:
    """base_policy() plus DLP, header stripping, injection, redaction and the canned upstream."""
    p = base_policy()
    p["limits"]["maxJsonDepth"] = 200
    # Defaults: secrets blocked in requests, redacted in answers; plus e-mails redacted in answers.
    dlp = {"actions": [{"category": "personal", "direction": "response", "action": "redact"}]}
    tickets, legacy = p["servers"]
    assert (tickets["name"], legacy["name"]) == ("tickets", "tickets-legacy")
    tickets["dlp"] = dlp
    tickets["credentials"] = {"stripHeaders": ["x-api-key"], "stripCookies": ["session"]}
    common = {"owner": "support-platform", "dataDomain": "customer-support", "riskTier": "high"}
    inject = {
        "name": "tickets-inject",
        **common,
        "match": {"host": INJECT_HOST, "pathPrefix": "/mcp"},
        "credentials": {"inject": {"fromEnv": INJECT_ENV}},
    }
    redact = {
        "name": "tickets-redact",
        **common,
        "match": {"host": REDACT_HOST, "pathPrefix": "/mcp"},
        "dlp": {"actions": [{"detector": "*", "direction": "request", "action": "redact"}]},
    }
    canned = {"name": "canned", **common, "match": {"pathPrefix": "/canned"}, "dlp": dlp}
    # Host-specific entries first: the first matching server wins.
    p["servers"] = [inject, redact, tickets, legacy, canned]
    for rule in p["rules"]:
        if rule["name"] == "support-may-read-tickets":
            rule["servers"] += ["tickets-inject", "tickets-redact", "canned"]
    return p


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def canned(ports: PortBlock, workdir: Any) -> Iterator[CannedUpstream]:
    # Offset 0 of this file's block: the session's sample server has a block of its own.
    server = CannedUpstream(ports[0], workdir).start()
    yield server
    server.kill()


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory, canned: CannedUpstream) -> Envoy:
    extra = [
        {"name": "canned_h1", "prefix": "/canned/h1/", "port": canned.port},
        {"name": "canned_h2", "prefix": "/canned/h2/", "port": canned.port, "http2": True},
    ]
    return envoy_factory(
        bypass_policy(),
        request.param,
        render_params={"extra_upstreams": extra, "host_env_keys": [INJECT_ENV]},
        env={INJECT_ENV: INJECTED},
    )


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


# ----------------------------------------------------------------- helpers


def std_headers(token: str | None, *, version: str | None = V2025_11, rid: str | None = None) -> list[tuple[str, str]]:
    h = list(headers_for(token, version=version).items())
    if rid:
        h.append(("x-request-id", rid))
    return h


def call_body(name: str, arguments: dict[str, Any], id: Any) -> bytes:
    return json.dumps(rpc_request("tools/call", {"name": name, "arguments": arguments}, id=id)).encode()


def send(
    envoy: Envoy,
    proto: str,
    method: str,
    path: str,
    headers: list[tuple[str, str]],
    body: bytes = b"",
    *,
    trailers: list[tuple[str, str]] | None = None,
    host: str | None = None,
    timeout: float = 15.0,
) -> WireAnswer:
    """One request to Envoy over HTTP/1.1 (raw bytes) or h2c, headers sent exactly as listed."""
    if proto == "h2c":
        return h2_exchange(envoy.listen_port, method, path, headers, body, trailers=trailers, authority=host, timeout=timeout)
    lines = [f"{method} {path} HTTP/1.1", f"host: {host or f'127.0.0.1:{envoy.listen_port}'}"]
    lines += [f"{k}: {v}" for k, v in headers]
    if trailers:
        lines += ["transfer-encoding: chunked", "trailer: " + ", ".join(k for k, _ in trailers)]
        payload = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n"
        payload += b"".join(f"{k}: {v}\r\n".encode() for k, v in trailers) + b"\r\n"
    else:
        if body or method in ("POST", "PUT"):
            lines.append(f"content-length: {len(body)}")
        payload = body
    lines.append("connection: close")
    return h1_exchange(envoy.listen_port, ("\r\n".join(lines) + "\r\n\r\n").encode() + payload, timeout=timeout)


def wire_error(ans: WireAnswer, *, status: int, code: int | tuple[int, ...], id: Any = ANY_ID, contains: str | None = None) -> dict:
    """The answer is one JSON-RPC error with this status, code(s) and id."""
    assert ans.status == status, f"HTTP {ans.status} (want {status}): {ans.text[:2000]}"
    assert ans.headers.get("content-type", "").startswith("application/json"), (ans.headers, ans.text[:500])
    body = ans.json()
    assert isinstance(body, dict) and body.get("jsonrpc") == "2.0", body
    assert "result" not in body, body
    err = body.get("error")
    assert isinstance(err, dict), body
    codes = code if isinstance(code, tuple) else (code,)
    assert err.get("code") in codes, f"code {err.get('code')} (want {codes}): {body}"
    if id is not ANY_ID:
        assert body.get("id") == id, f"id {body.get('id')!r} (want {id!r}): {body}"
    if contains is not None:
        assert contains in err.get("message", ""), body
    return err


def http_error(resp: httpx.Response, **kw: Any) -> dict:
    return wire_error(WireAnswer(resp.status_code, dict(resp.headers), resp.content), **kw)


def listed_names(text: str, ctype: str) -> list[str]:
    """Tool names in a tools/list answer (JSON or SSE); [] for an error answer."""
    msgs = sse_messages(text) if ctype.startswith("text/event-stream") else [json.loads(text)]
    names = []
    for m in msgs:
        if isinstance(m, dict) and isinstance(m.get("result"), dict):
            names += [t.get("name") for t in m["result"].get("tools", [])]
    return sorted(names)


def assert_no_denied_tool_in(raw_bytes: bytes | str) -> None:
    text = raw_bytes.decode("utf-8", errors="replace") if isinstance(raw_bytes, bytes) else raw_bytes
    leaked = [n for n in DENIED_FOR_ALICE if n in text]
    assert not leaked, f"the client received tools it may not use: {leaked} in {text[:3000]}"


def tools_list_json(names: list[str]) -> str:
    """A tools/list answer body for the canned upstream ({{id}}: the request's raw id)."""
    tools = [{"name": n, "description": f"The {n} tool.", "inputSchema": {"type": "object", "properties": {}}} for n in names]
    return '{"jsonrpc":"2.0","id":{{id}},"result":' + json.dumps({"tools": tools}, separators=(",", ":")) + "}"


def as_sse(message: str) -> str:
    return "event: message\ndata: " + message + "\n\n"


def canned_path(name: str, upstream: str = "h1") -> str:
    return f"/canned/{upstream}/{name}"


def http_records(server: SampleServer, cursor: int) -> list[dict[str, Any]]:
    """Every HTTP request the sample server got since cursor (its own barrier requests aside)."""
    server.barrier()
    return [
        r
        for r in server.records_since(cursor)
        if r["kind"] == "http" and not any(str(m.get("id", "")).startswith("barrier-") for m in r["rpc"])
    ]


# =================================================================== 1. trailers


@pytest.mark.parametrize("proto", PROTOCOLS)
def test_request_trailers_cannot_carry_a_denied_call_past_the_filter(
    envoy: Envoy, sample_server: SampleServer, proto: str
) -> None:
    cursor = sample_server.cursor()
    rid = request_id(f"trailers-deny-{proto}")
    id = f"tr-deny-{proto}-{envoy.mode}"
    ans = send(
        envoy,
        proto,
        "POST",
        STATELESS_JSON,
        std_headers(alice(), rid=rid),
        call_body("delete_ticket", {"ticket_id": 1}, id),
        trailers=[("x-client-checksum", "abc")],
    )
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[id])
    wire_error(ans, status=200, code=-32003, id=id)
    rec = wait_record(envoy, rid)
    assert (rec["decision"], rec["method"], rec["target"]) == ("deny", "tools/call", "delete_ticket"), rec


@pytest.mark.parametrize("proto", PROTOCOLS)
def test_an_allowed_call_with_request_trailers_runs_exactly_once(
    envoy: Envoy, sample_server: SampleServer, proto: str
) -> None:
    cursor = sample_server.cursor()
    rid = request_id(f"trailers-allow-{proto}")
    text = f"trailers ok {uuid.uuid4().hex[:8]}"
    ans = send(
        envoy,
        proto,
        "POST",
        STATELESS_JSON,
        std_headers(alice(), rid=rid),
        call_body("echo", {"text": text}, 31),
        trailers=[("x-client-checksum", "abc")],
    )
    sample_server.barrier()
    runs = [r for r in sample_server.records_since(cursor) if r["kind"] == "tool" and r["arguments"].get("text") == text]
    assert len(runs) == 1, runs
    assert ans.status == 200, ans.text
    msg = ans.json()
    assert msg["id"] == 31 and msg["result"]["content"][0]["text"] == text, msg
    rec = wait_record(envoy, rid)
    assert (rec["decision"], rec["method"], rec["target"]) == ("allow", "tools/call", "echo"), rec


@pytest.mark.parametrize("ctype", ["json", "sse"])
@pytest.mark.parametrize("proto", PROTOCOLS)
def test_an_answer_ending_in_trailers_is_still_filtered(envoy: Envoy, canned: CannedUpstream, proto: str, ctype: str) -> None:
    name = f"trailers-{ctype}"
    body = tools_list_json(ALL_TOOLS)
    canned.set(
        name,
        as_sse(body) if ctype == "sse" else body,
        content_type="text/event-stream" if ctype == "sse" else "application/json",
        pieces=2,
        trailers=[("x-upstream-checksum", "done")],
    )
    cursor = canned.cursor()
    ans = send(envoy, proto, "POST", canned_path(name, "h2"), std_headers(alice()), json.dumps(rpc_request("tools/list", id=41)).encode())
    # The upstream was asked (over HTTP/2) ...
    got = canned.requests_since(cursor)
    assert got and got[-1]["proto"] == "h2" and got[-1]["rpc"][0]["method"] == "tools/list", got
    # ... and nothing it listed that alice may not use reached her.
    assert_no_denied_tool_in(ans.body)
    if ans.status == 200 and listed_names(ans.text, ans.headers.get("content-type", "")):
        assert listed_names(ans.text, ans.headers.get("content-type", "")) == ALICE_TOOLS, ans.text


# ======================================================================= 2/3. ids


@pytest.mark.parametrize("path", [STATELESS_JSON, STATELESS_SSE], ids=["json", "sse"])
def test_a_negative_zero_id_cannot_dodge_list_filtering(envoy: Envoy, sample_server: SampleServer, path: str) -> None:
    cursor = sample_server.cursor()
    resp = httpx.post(
        envoy.url(path), content=b'{"jsonrpc":"2.0","id":-0,"method":"tools/list"}', headers=headers_for(alice()), timeout=15
    )
    # The server did answer the list (with all its tools) ...
    rec = sample_server.wait_for_record(cursor, lambda r: r["kind"] == "http" and any(m.get("method") == "tools/list" for m in r["rpc"]))
    assert rec["body_complete"], rec
    # ... and alice saw none she may not use.
    assert_no_denied_tool_in(resp.content)
    names = listed_names(resp.text, resp.headers.get("content-type", "")) if resp.status_code == 200 else []
    assert not names or names == ALICE_TOOLS, resp.text


@pytest.mark.parametrize("raw_id", ["1.5", "1e0", "1E2", "-1.0"])
def test_an_id_that_is_not_an_integer_is_refused(envoy: Envoy, sample_server: SampleServer, raw_id: str) -> None:
    cursor = sample_server.cursor()
    body = ('{"jsonrpc":"2.0","id":' + raw_id + ',"method":"tools/list"}').encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    sample_server.assert_received_nothing(cursor)
    http_error(resp, status=400, code=-32600, id=None)


def test_a_64_bit_overflowing_id_is_kept_exact_and_the_list_filtered(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    body = ('{"jsonrpc":"2.0","id":' + BIG_ID + ',"method":"tools/list"}').encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    rec = sample_server.wait_for_record(cursor, lambda r: r["kind"] == "http" and any(m.get("method") == "tools/list" for m in r["rpc"]))
    assert rec["body"] == body.decode(), rec  # the server got the id exactly as sent
    assert resp.status_code == 200, resp.text
    assert_no_denied_tool_in(resp.content)
    assert listed_names(resp.text, resp.headers["content-type"]) == ALICE_TOOLS, resp.text
    ids = re.findall(rb'"id"\s*:\s*(-?[0-9][0-9.eE+-]*)', resp.content)
    assert ids == [BIG_ID.encode()], resp.content[:300]


def test_a_denied_call_with_a_64_bit_overflowing_id_gets_that_id_back(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    body = ('{"jsonrpc":"2.0","id":' + BIG_ID + ',"method":"tools/call","params":{"name":"delete_ticket","arguments":{"ticket_id":1}}}').encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[int(BIG_ID)])
    assert resp.status_code == 200, resp.text
    assert json.loads(resp.content)["error"]["code"] == -32003, resp.text
    assert b'"id":' + BIG_ID.encode() in resp.content, resp.content


@pytest.mark.parametrize("path", [STATELESS_JSON, STATELESS_SSE], ids=["json", "sse"])
def test_a_string_id_that_looks_like_a_number_is_still_filtered(envoy: Envoy, sample_server: SampleServer, path: str) -> None:
    cursor = sample_server.cursor()
    resp = httpx.post(envoy.url(path), content=b'{"jsonrpc":"2.0","id":"7","method":"tools/list"}', headers=headers_for(alice()), timeout=15)
    sample_server.wait_for_record(cursor, lambda r: r["kind"] == "http" and any(m.get("id") == "7" for m in r["rpc"]))
    assert resp.status_code == 200, resp.text
    assert_no_denied_tool_in(resp.content)
    assert listed_names(resp.text, resp.headers["content-type"]) == ALICE_TOOLS, resp.text


@pytest.mark.parametrize("ctype", ["json", "sse"])
def test_an_answer_whose_id_matches_no_request_is_not_passed_unfiltered(envoy: Envoy, canned: CannedUpstream, ctype: str) -> None:
    name = f"wrong-id-{ctype}"
    body = tools_list_json(ALL_TOOLS)
    canned.set(
        name,
        as_sse(body) if ctype == "sse" else body,
        content_type="text/event-stream" if ctype == "sse" else "application/json",
        id="6",
    )
    cursor = canned.cursor()
    resp = httpx.post(envoy.url(canned_path(name)), content=json.dumps(rpc_request("tools/list", id=5)), headers=headers_for(alice()), timeout=15)
    got = canned.requests_since(cursor)
    assert got and got[-1]["rpc"][0]["id"] == 5, got
    assert_no_denied_tool_in(resp.content)


def whatwg_message_payloads(raw: bytes) -> list[Any]:
    """The JSON of every `message` event, read as the WHATWG event-stream
    parser that clients use reads it: one leading BOM dropped, lines ended by
    CRLF, LF or a lone CR, the last `event` field wins, an empty type is
    `message`."""
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    out: list[Any] = []
    data: list[str] = []
    kind = ""
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line == "":
            if data and kind in ("", "message"):
                out.append(json.loads("\n".join(data)))
            data, kind = [], ""
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            kind = value
        elif field == "data":
            data.append(value)
    return out


# Fuzz findings F2-F4 (bench/results/fuzz.md): framings a client reads as a
# `message` event that the filter read as something else, so the list passed
# unfiltered.
SSE_FRAMINGS = {
    "two-event-fields": "event: x\nevent: message\ndata: {body}\n\n",
    "empty-event-field": "event:\ndata: {body}\n\n",
    "bare-event-field": "event\ndata: {body}\n\n",
    "leading-bom": "\ufeffdata: {body}\n\n",
    "lone-cr-line-end": "event: message\rdata: {body}\r\n\r\n",
}


@pytest.mark.parametrize("framing", sorted(SSE_FRAMINGS))
def test_an_sse_event_a_client_reads_as_a_message_is_filtered(envoy: Envoy, canned: CannedUpstream, framing: str) -> None:
    name = f"sse-framing-{framing}"
    canned.set(name, SSE_FRAMINGS[framing].replace("{body}", tools_list_json(ALL_TOOLS)), content_type="text/event-stream")
    cursor = canned.cursor()
    resp = httpx.post(envoy.url(canned_path(name)), content=json.dumps(rpc_request("tools/list", id=61)), headers=headers_for(alice()), timeout=15)
    assert canned.requests_since(cursor), "the upstream was not asked"
    assert_no_denied_tool_in(resp.content)
    answers = [m for m in whatwg_message_payloads(resp.content) if isinstance(m, dict) and m.get("id") == 61]
    assert len(answers) == 1, resp.content
    assert sorted(t["name"] for t in answers[0]["result"]["tools"]) == ALICE_TOOLS, resp.content


# ============================================================ 4. parse differentials


def _with_huge_number(where: str, key: str, id: str) -> bytes:
    args = '{"text":"deploy with ' + key + '"' + (',"n":1e400' if where == "arguments" else "") + "}"
    meta = ',"_meta":{"n":1e400}' if where == "params" else ""
    top = ',"n":1e400' if where == "top-level" else ""
    return ('{"jsonrpc":"2.0","id":"' + id + '","method":"tools/call","params":{"name":"echo","arguments":' + args + meta + "}" + top + "}").encode()


@pytest.mark.parametrize("where", ["top-level", "params", "arguments"])
def test_a_number_no_float_holds_cannot_switch_off_dlp(envoy: Envoy, sample_server: SampleServer, where: str) -> None:
    cursor = sample_server.cursor()
    key = aws_key()
    id = f"huge-{where}-{envoy.mode}"
    body = _with_huge_number(where, key, id)
    json.loads(body)  # Python (like the server) reads it: 1e400 is inf
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    assert not [r for r in http_records(sample_server, cursor) if key in r.get("body", "")], "the secret reached the server"
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[id])
    http_error(resp, status=400, code=-32600, id=id)


def _nested(depth: int, bottom: Any) -> Any:
    value = bottom
    for _ in range(depth):
        value = {"a": value}
    return value


def test_nesting_deeper_than_the_parser_cannot_hide_a_secret(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    key = aws_key()
    id = f"deep-{envoy.mode}"
    body = call_body("echo", {"text": "hello", "deep": _nested(150, key)}, id)
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    assert not [r for r in http_records(sample_server, cursor) if key in r.get("body", "")], "the secret reached the server"
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[id])
    assert resp.status_code in (200, 400), resp.text
    http_error(resp, status=resp.status_code, code=(DLP_BLOCKED, -32600), id=ANY_ID)


@pytest.mark.parametrize("mode", MODES, ids=lambda m: f"mode-{m}")
def test_a_json_depth_limit_beyond_what_the_filter_can_parse_stops_the_plugin(mode: str, envoy_factory: EnvoyFactory) -> None:
    policy = base_policy()
    policy["limits"]["maxJsonDepth"] = 1000
    e = envoy_factory(policy, mode, slot="x1" if mode == "a" else "x2", start=False)
    code, log = e.start_expecting_failure()
    assert code != 0, log[-4000:]
    lines = [line for line in log.splitlines() if "mcp-warden: invalid config at" in line]
    assert any("limits.maxJsonDepth" in line for line in lines), log[-6000:]


def test_a_lone_surrogate_in_arguments_is_refused_with_the_request_id(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    id = f"surrogate-{envoy.mode}"
    body = ('{"jsonrpc":"2.0","id":"' + id + '","method":"tools/call","params":{"name":"echo","arguments":{"text":"a\\ud800b"}}}').encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=[id])
    http_error(resp, status=400, code=-32600, id=id, contains="surrogate")


DUPLICATES = {
    # where: body with {id} and {key} placeholders (a first-wins and a last-wins reader disagree)
    "arguments": '{{"jsonrpc":"2.0","id":"{id}","method":"tools/call","params":{{"name":"echo","arguments":{{"text":"hello","text":"{key}"}}}}}}',
    "params-name": '{{"jsonrpc":"2.0","id":"{id}","method":"tools/call","params":{{"name":"echo","arguments":{{"title":"t","text":"x"}},"name":"create_ticket"}}}}',
    "top-level-method": '{{"jsonrpc":"2.0","id":"{id}","method":"ping","params":{{"name":"create_ticket","arguments":{{"title":"t"}}}},"method":"tools/call"}}',
}


@pytest.mark.parametrize("where", sorted(DUPLICATES))
def test_duplicate_member_names_are_refused(envoy: Envoy, sample_server: SampleServer, where: str) -> None:
    cursor = sample_server.cursor()
    id = f"dup-{where}-{envoy.mode}"
    key = aws_key()
    body = DUPLICATES[where].format(id=id, key=key).encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    sample_server.assert_never_saw(cursor, tools=["echo", "create_ticket"], ids=[id])
    http_error(resp, status=400, code=-32600, id=ANY_ID, contains="duplicate")


CASE_FOLDS = {
    # where: a member a case-insensitive reader (Go's encoding/json: Unicode
    # simple folding, so the long s U+017F is "s") reads as the governed one
    "method": '{{"jsonrpc":"2.0","id":"{id}","method":"ping","Method":"tools/call","params":{{"name":"create_ticket","arguments":{{"title":"t"}}}}}}',
    "name": '{{"jsonrpc":"2.0","id":"{id}","method":"tools/call","params":{{"name":"echo","NAME":"create_ticket","arguments":{{"title":"t","text":"x"}}}}}}',
    "long-s": '{{"jsonrpc":"2.0","id":"{id}","method":"tools/call","paramſ":{{"name":"create_ticket","arguments":{{"title":"t"}}}}}}',
}


@pytest.mark.parametrize("where", sorted(CASE_FOLDS))
def test_member_names_a_case_insensitive_server_would_fold_are_refused(envoy: Envoy, sample_server: SampleServer, where: str) -> None:
    cursor = sample_server.cursor()
    id = f"fold-{where}-{envoy.mode}"
    body = CASE_FOLDS[where].format(id=id).encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    sample_server.assert_never_saw(cursor, tools=["echo", "create_ticket"], ids=[id])
    http_error(resp, status=400, code=-32600, id=ANY_ID, contains="only by case")


def _canned_echo(canned: CannedUpstream, envoy: Envoy, name: str, body: str, ctype: str) -> httpx.Response:
    canned.set(name, as_sse(body) if ctype == "sse" else body, content_type="text/event-stream" if ctype == "sse" else "application/json")
    cursor = canned.cursor()
    resp = httpx.post(envoy.url(canned_path(name)), content=call_body("echo", {"text": "hi"}, 51), headers=headers_for(alice()), timeout=15)
    got = canned.requests_since(cursor)
    assert got and got[-1]["rpc"][0]["method"] == "tools/call", got  # the upstream really answered
    return resp


@pytest.mark.parametrize("ctype", ["json", "sse"])
def test_a_lone_surrogate_in_an_answer_cannot_switch_off_redaction(envoy: Envoy, canned: CannedUpstream, ctype: str) -> None:
    mail = email()
    body = '{"jsonrpc":"2.0","id":{{id}},"result":{"content":[{"type":"text","text":"write to ' + mail + ' \\ud800 now"}],"isError":false}}'
    resp = _canned_echo(canned, envoy, f"surrogate-answer-{ctype}", body, ctype)
    assert mail.encode() not in resp.content, resp.content


def test_a_duplicated_tools_member_in_an_answer_cannot_unfilter_the_list(envoy: Envoy, canned: CannedUpstream) -> None:
    allowed = json.loads(tools_list_json(ALICE_TOOLS).replace("{{id}}", "0"))["result"]["tools"]
    everything = json.loads(tools_list_json(ALL_TOOLS).replace("{{id}}", "0"))["result"]["tools"]
    body = '{"jsonrpc":"2.0","id":{{id}},"result":{"tools":' + json.dumps(allowed) + ',"tools":' + json.dumps(everything) + "}}"
    canned.set("dup-tools", body)
    cursor = canned.cursor()
    resp = httpx.post(envoy.url(canned_path("dup-tools")), content=json.dumps(rpc_request("tools/list", id=52)), headers=headers_for(alice()), timeout=15)
    assert canned.requests_since(cursor), "the upstream was not asked"
    assert_no_denied_tool_in(resp.content)


def test_a_number_no_float_holds_in_an_answer_cannot_unfilter_the_list(envoy: Envoy, canned: CannedUpstream) -> None:
    body = tools_list_json(ALL_TOOLS).replace('"properties":{}', '"properties":{"n":{"type":"number","maximum":1e400}}')
    assert "1e400" in body
    canned.set("huge-number-list", body)
    cursor = canned.cursor()
    resp = httpx.post(envoy.url(canned_path("huge-number-list")), content=json.dumps(rpc_request("tools/list", id=53)), headers=headers_for(alice()), timeout=15)
    assert canned.requests_since(cursor), "the upstream was not asked"
    assert_no_denied_tool_in(resp.content)


# ================================================================= 5. legacy session


def test_another_caller_cannot_post_into_a_legacy_session(envoy: Envoy, sample_server: SampleServer) -> None:
    client, cm, endpoint, events = open_legacy_stream(envoy, alice())
    try:
        assert "session_id=" in endpoint, endpoint
        cursor = sample_server.cursor()
        marker = f"hijack-{uuid.uuid4().hex[:8]}"
        resp = client.post(
            envoy.url(endpoint),
            content=call_body("echo", {"text": marker}, "hijack-1"),
            headers=headers_for(bob(), version=None),
        )
        sample_server.assert_never_saw(cursor, ids=["hijack-1"])
        assert not [r for r in sample_server.records_since(cursor) if r["kind"] == "tool" and r["arguments"].get("text") == marker]
        http_error(resp, status=403, code=-32003)
        # Alice's own call on her session: once its answer is on her stream,
        # anything the hijack produced would have come before it.
        ok = client.post(envoy.url(endpoint), content=call_body("echo", {"text": "mine"}, "own-1"), headers=headers_for(alice(), version=None))
        assert ok.status_code == 202, ok.text
        seen = []
        deadline = time.monotonic() + 10
        while not any("own-1" in e.get("data", "") for e in seen):
            seen.append(events.get(timeout=max(0.1, deadline - time.monotonic())))
        assert not [e for e in seen if "hijack-1" in e.get("data", "") or marker in e.get("data", "")], seen
    finally:
        cm.__exit__(None, None, None)
        client.close()


# ============================================================ 6. targets are governed


TARGETS = {
    # case: (method, denied params, allowed params)
    "tools/call": ("tools/call", {"name": "create_ticket", "arguments": {"title": "t"}}, {"name": "echo", "arguments": {"text": "t"}}),
    "resources/read": ("resources/read", {"uri": "tickets://closed/2"}, {"uri": "tickets://open/1"}),
    "prompts/get": ("prompts/get", {"name": "internal_prompt"}, {"name": "summarize_ticket", "arguments": {"ticket_id": "1"}}),
    "completion/complete-ref-prompt": (
        "completion/complete",
        {"ref": {"type": "ref/prompt", "name": "internal_prompt"}, "argument": {"name": "x", "value": ""}},
        {"ref": {"type": "ref/prompt", "name": "summarize_ticket"}, "argument": {"name": "ticket_id", "value": "1"}},
    ),
    "completion/complete-ref-resource": (
        "completion/complete",
        {"ref": {"type": "ref/resource", "uri": "tickets://closed/{ticket_id}"}, "argument": {"name": "ticket_id", "value": ""}},
        {"ref": {"type": "ref/resource", "uri": "tickets://open/{ticket_id}"}, "argument": {"name": "ticket_id", "value": ""}},
    ),
    "resources/subscribe": ("resources/subscribe", {"uri": "tickets://closed/2"}, {"uri": "tickets://open/1"}),
    "resources/unsubscribe": ("resources/unsubscribe", {"uri": "tickets://closed/2"}, {"uri": "tickets://open/1"}),
}


@pytest.mark.parametrize("case", list(TARGETS))
def test_every_method_that_names_a_target_is_governed(envoy: Envoy, raw: Raw, sample_server: SampleServer, case: str) -> None:
    method, denied, allowed = TARGETS[case]
    cursor = sample_server.cursor()
    no_id, ok_id = f"t-no-{case}-{envoy.mode}", f"t-ok-{case}-{envoy.mode}"
    no = raw.call(STATELESS_JSON, method, denied, id=no_id, token=alice())
    ok = raw.call(STATELESS_JSON, method, allowed, id=ok_id, token=alice())
    sample_server.wait_for_record(cursor, lambda r: r["kind"] == "http" and any(m.get("id") == ok_id for m in r["rpc"]))
    sample_server.assert_never_saw(cursor, tools=["create_ticket"], ids=[no_id])
    http_error(no, status=200, code=-32003, id=no_id)
    assert ok.status_code == 200, ok.text
    msg = ok.json()
    assert msg["id"] == ok_id and msg.get("error", {}).get("code") != -32003, msg


def _listen(envoy: Envoy, uris: list[str], id: str) -> tuple[int, dict[str, Any]]:
    """subscriptions/listen (2026-07-28); the first message of the answer (the stream stays open)."""
    body = rpc_request("subscriptions/listen", {"_meta": meta_2026(), "notifications": {"resourceSubscriptions": uris}}, id=id)
    h = headers_for(alice(), version=V2026)
    h["mcp-method"] = "subscriptions/listen"
    with httpx.stream("POST", envoy.url(STATELESS_SSE), content=json.dumps(body), headers=h, timeout=httpx.Timeout(10, read=10)) as r:
        if r.headers.get("content-type", "").startswith("application/json"):
            return r.status_code, json.loads(r.read())
        for line in r.iter_lines():
            if line.startswith("data:"):
                return r.status_code, json.loads(line[5:])
    raise AssertionError("subscriptions/listen answered nothing")


def test_subscriptions_listen_to_a_resource_the_caller_may_not_read_is_refused(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    no_id, ok_id = f"listen-no-{envoy.mode}", f"listen-ok-{envoy.mode}"
    no_status, no_msg = _listen(envoy, ["tickets://open/1", "tickets://closed/2"], no_id)
    ok_status, ok_msg = _listen(envoy, ["tickets://open/1"], ok_id)
    sample_server.wait_for_record(cursor, lambda r: r["kind"] == "http" and any(m.get("id") == ok_id for m in r["rpc"]))
    sample_server.assert_never_saw(cursor, ids=[no_id])
    assert no_status == 200, no_msg
    assert no_msg.get("id") == no_id and no_msg.get("error", {}).get("code") == -32003, no_msg
    assert ok_status == 200 and ok_msg.get("method") == "notifications/subscriptions/acknowledged", ok_msg


def _task_created(task_id: str) -> str:
    task = {"taskId": task_id, "status": "working", "createdAt": "2026-01-01T00:00:00Z", "ttl": 60000, "pollInterval": 500}
    return '{"jsonrpc":"2.0","id":{{id}},"result":{"task":' + json.dumps(task) + "}}"


@pytest.mark.parametrize("method", ["tasks/get", "tasks/result", "tasks/cancel"])
def test_a_task_is_reachable_only_by_the_caller_who_created_it(envoy: Envoy, canned: CannedUpstream, method: str) -> None:
    """Task ids are handed out sealed to their creator: another caller's use of
    the sealed id, or anyone's use of the server's raw id, never reaches the
    server ("Unknown task", -32602, as the revision's own invalid-id error)."""
    task_id = f"task-{uuid.uuid4()}"
    canned.set("task-create", _task_created(task_id))
    canned.set("task-ops", '{"jsonrpc":"2.0","id":{{id}},"result":{"taskId":"' + task_id + '","status":"working"}}')
    created = httpx.post(
        envoy.url(canned_path("task-create")),
        content=json.dumps(rpc_request("tools/call", {"name": "echo", "arguments": {"text": "x"}, "task": {"ttl": 60000}}, id=61)),
        headers=headers_for(alice()),
        timeout=15,
    )
    assert created.status_code == 200, created.text
    sealed = created.json()["result"]["task"]["taskId"]
    assert sealed != task_id and task_id not in created.text, "the server's own task id reached the client"
    cursor = canned.cursor()
    for who, tid, rid in ((bob(), sealed, 62), (alice(), task_id, 64), (bob(), task_id, 65)):
        other = httpx.post(envoy.url(canned_path("task-ops")), content=json.dumps(rpc_request(method, {"taskId": tid}, id=rid)), headers=headers_for(who), timeout=15)
        canned.assert_received_no_body(cursor)
        http_error(other, status=200, code=-32602, id=rid)
    own = httpx.post(envoy.url(canned_path("task-ops")), content=json.dumps(rpc_request(method, {"taskId": sealed}, id=63)), headers=headers_for(alice()), timeout=15)
    assert own.status_code == 200 and own.json().get("id") == 63 and "result" in own.json(), own.text
    # The server received its own id, and answered with it sealed again.
    # (Mode a forwards the headers of refused requests; never their bodies.)
    got = [r for r in canned.requests_since(cursor) if r["body_complete"] and r["rpc"]]
    assert [r["rpc"][0]["id"] for r in got] == [63]
    assert task_id in got[0]["body"], got[0]
    assert own.json()["result"]["taskId"] == sealed


# ======================================================================== 7. OPTIONS


@pytest.mark.parametrize("proto", PROTOCOLS)
def test_an_options_request_cannot_carry_a_call_to_the_server(envoy: Envoy, sample_server: SampleServer, proto: str) -> None:
    cursor = sample_server.cursor()
    id = f"options-{proto}-{envoy.mode}"
    headers = [
        ("content-type", "application/json"),
        ("accept", "application/json, text/event-stream"),
        ("authorization", "Basic YWRtaW46YWRtaW4="),
        ("mcp-session-id", "aaaa"),
        ("mcp-session-id", "bbbb"),
    ]
    ans = send(envoy, proto, "OPTIONS", STATELESS_JSON, headers, call_body("delete_ticket", {"ticket_id": 1}, id))
    got = [r for r in http_records(sample_server, cursor) if r["method"] == "OPTIONS"]
    assert not got, f"the server received {got}"
    sample_server.assert_never_saw(cursor, tools=["delete_ticket"], ids=[id])
    wire_error(ans, status=405, code=-32600)


@pytest.mark.parametrize("proto", PROTOCOLS)
def test_a_cors_preflight_reaches_the_server_without_credentials(envoy: Envoy, sample_server: SampleServer, proto: str) -> None:
    cursor = sample_server.cursor()
    origin = f"https://app-{uuid.uuid4().hex[:6]}.example"
    headers = [
        ("origin", origin),
        ("access-control-request-method", "POST"),
        ("access-control-request-headers", "content-type, authorization"),
        ("authorization", "Basic YWRtaW46YWRtaW4="),
        ("cookie", "session=s3ss10n; theme=dark"),
        ("x-api-key", "k-should-not-pass"),
    ]
    send(envoy, proto, "OPTIONS", STATELESS_JSON, headers)
    # Recorded when the server has finished it, which under load can trail
    # the barrier: wait for the record itself, then count.
    sample_server.wait_for_record(
        cursor, lambda r: r["kind"] == "http" and r["method"] == "OPTIONS" and r["headers"].get("origin") == origin, timeout=10
    )
    got = [r for r in http_records(sample_server, cursor) if r["method"] == "OPTIONS" and r["headers"].get("origin") == origin]
    assert len(got) == 1, f"the preflight was not forwarded once: {got}"
    h = got[0]["headers"]
    assert "authorization" not in h, h
    assert "cookie" not in h, h
    assert "x-api-key" not in h, h


# ================================================================== 8. Mcp-Param-*


def test_the_sdk_client_calls_a_tool_whose_argument_travels_in_an_mcp_param_header(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()

    async def go() -> Any:
        async with sdk_client(envoy.url(EXTRA_JSON), bob(), mode=V2026) as client:
            await client.list_tools()
            return await client.call_tool("lookup_region", {"region": "us-west1", "query": "printers"})

    result = run(go())
    assert not result.is_error, result
    assert result.content[0].text == "printers in us-west1: nothing found", result
    rec = sample_server.wait_for_record(cursor, lambda r: r["kind"] == "tool" and r["tool"] == "lookup_region")
    assert rec["headers"].get("mcp-param-region") == "us-west1", rec


def _region_call(region_header: str, region_body: str, id: str, *, token: str) -> tuple[bytes, dict[str, str]]:
    body = rpc_request(
        "tools/call", {"name": "lookup_region", "arguments": {"region": region_body, "query": "q"}, "_meta": meta_2026()}, id=id
    )
    h = headers_for(token, version=V2026)
    h.update({"mcp-method": "tools/call", "mcp-name": "lookup_region", "mcp-param-region": region_header})
    return json.dumps(body).encode(), h


def test_an_mcp_param_header_that_disagrees_with_the_body_is_refused_before_the_server(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    id = f"param-mismatch-{envoy.mode}"
    body, h = _region_call("eu-west1", "us-west1", id, token=bob())
    resp = raw.post(EXTRA_JSON, content=body, headers=h)
    sample_server.assert_never_saw(cursor, tools=["lookup_region"], ids=[id])
    if envoy.mode == "b":
        # Mode a forwards request headers before any body is judged (the
        # documented guarantee of that mode): the body, and so the call,
        # never follows them.
        assert not [r for r in http_records(sample_server, cursor) if "mcp-param-region" in r["headers"]], "the header reached the server"
    http_error(resp, status=400, code=-32020, id=id)


def test_a_secret_in_an_mcp_param_header_is_blocked_before_the_server(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    key = aws_key()
    id = f"param-secret-{envoy.mode}"
    body, h = _region_call(key, key, id, token=bob())
    resp = raw.post(EXTRA_JSON, content=body, headers=h)
    leaked = [r for r in http_records(sample_server, cursor) if key in json.dumps(r["headers"]) or key in r.get("body", "")]
    assert not leaked, f"the secret reached the server: {leaked}"
    sample_server.assert_never_saw(cursor, tools=["lookup_region"], ids=[id])
    http_error(resp, status=200, code=DLP_BLOCKED, id=id)


def test_a_redacted_secret_is_gone_from_the_body_and_the_mcp_param_header(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    key = aws_key()
    id = f"param-redact-{envoy.mode}"
    body, h = _region_call(key, key, id, token=bob())
    h["host"] = REDACT_HOST
    raw.post(EXTRA_JSON, content=body, headers=h)
    got = [r for r in http_records(sample_server, cursor) if r["path"] == EXTRA_JSON]
    assert got, "the redacted call never reached the server"
    leaked = [r for r in got if key in json.dumps(r["headers"]) or key in r.get("body", "")]
    assert not leaked, f"the secret reached the server: {leaked}"
    tools = [r for r in sample_server.records_since(cursor) if r["kind"] == "tool"]
    assert not [t for t in tools if key in json.dumps(t)], tools


# ========================================================== 9. credential hygiene


@pytest.mark.parametrize("path", [EXTRA_JSON, EXTRA_SSE], ids=["json", "sse"])
def test_an_injected_credential_never_reaches_the_client(raw: Raw, envoy: Envoy, sample_server: SampleServer, path: str) -> None:
    cursor = sample_server.cursor()
    resp = raw.call(path, "tools/call", {"name": "echo_headers", "arguments": {}}, id=71, token=bob(), extra={"host": INJECT_HOST})
    rec = sample_server.wait_for_record(cursor, lambda r: r["kind"] == "tool" and r["tool"] == "echo_headers")
    assert rec["authorization"] == f"Bearer {INJECTED}", rec  # the server did get (and reflect) it
    assert INJECTED.encode() not in resp.content, resp.content[:2000]
    assert INJECTED not in json.dumps(dict(resp.headers))


def test_a_client_sent_jwt_payload_header_never_reaches_the_server(raw: Raw, envoy: Envoy, sample_server: SampleServer) -> None:
    import base64

    forged = base64.urlsafe_b64encode(json.dumps({"sub": "root", "groups": ["admin"]}).encode()).rstrip(b"=").decode()
    cursor = sample_server.cursor()
    id = f"jwt-payload-{envoy.mode}"
    resp = raw.call(STATELESS_JSON, "tools/call", {"name": "echo", "arguments": {"text": "x"}}, id=id, token=alice(), extra={"x-jwt-payload": forged})
    assert resp.status_code == 200, resp.text
    rec = sample_server.wait_for_record(cursor, lambda r: r["kind"] == "http" and any(m.get("id") == id for m in r["rpc"]))
    assert "x-jwt-payload" not in rec["headers"], rec["headers"]


# ========================================================== 10. smaller mismatches


@pytest.mark.parametrize("proto", PROTOCOLS)
def test_a_get_with_a_body_is_refused(envoy: Envoy, sample_server: SampleServer, proto: str) -> None:
    cursor = sample_server.cursor()
    # A legacy SSE stream an earlier test closed is recorded only when the
    # server notices the disconnect, which can fall inside this test: count
    # only GETs that started after this one was sent.
    sent_at = time.time()
    id = f"get-body-{proto}-{envoy.mode}"
    headers = [("accept", "text/event-stream, application/json"), ("content-type", "application/json"), ("authorization", f"Bearer {alice()}"), ("mcp-protocol-version", V2025_11)]
    try:
        ans: WireAnswer | None = send(envoy, proto, "GET", STATELESS_JSON, headers, call_body("echo", {"text": "via get"}, id), timeout=5)
    except (AssertionError, OSError):
        ans = None  # an answer that never ends: the server opened a stream
    got = [r for r in http_records(sample_server, cursor) if r["method"] == "GET" and r["started"] >= sent_at]
    assert not got, f"the server received {got}"
    assert ans is not None, "no complete answer to a GET with a body"
    wire_error(ans, status=400, code=-32600)


@pytest.mark.parametrize("proto", PROTOCOLS)
def test_duplicate_authorization_headers_get_a_json_rpc_400(envoy: Envoy, sample_server: SampleServer, proto: str) -> None:
    cursor = sample_server.cursor()
    id = f"dup-auth-{proto}-{envoy.mode}"
    headers = std_headers(alice()) + [("authorization", f"Bearer {bob()}")]
    ans = send(envoy, proto, "POST", STATELESS_JSON, headers, call_body("create_ticket", {"title": "t"}, id))
    sample_server.assert_never_saw(cursor, tools=["create_ticket"], ids=[id])
    wire_error(ans, status=400, code=-32600)


MALFORMED = {
    # case: body (all sent as 2025-03-26, where batches are legal)
    "params-array": b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":[]}',
    "name-number": b'{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":5}}',
    "id-object": b'{"jsonrpc":"2.0","id":{},"method":"tools/list"}',
    "jsonrpc-number": b'{"jsonrpc":2,"id":4,"method":"tools/list"}',
    "method-array": b'{"jsonrpc":"2.0","id":5,"method":["tools/call"]}',
    "uri-number": b'{"jsonrpc":"2.0","id":7,"method":"resources/read","params":{"uri":7}}',
    "trailing-garbage": b'{"jsonrpc":"2.0","id":8,"method":"tools/list"} x',
    "ref-number": b'{"jsonrpc":"2.0","id":9,"method":"completion/complete","params":{"ref":5,"argument":{"name":"a","value":""}}}',
    "ref-without-type": b'{"jsonrpc":"2.0","id":10,"method":"completion/complete","params":{"ref":{"name":"x"},"argument":{"name":"a","value":""}}}',
    "batch-of-numbers": b"[1, 2]",
    "batch-of-strings": b'["tools/call"]',
    "top-level-string": b'"tools/call"',
    "top-level-array-in-object": b'{"jsonrpc":"2.0","id":11,"method":"tools/call","params":{"name":"echo","arguments":[1]}}',
}
RUST_WORDS = ("Envelope", "struct", "expected struct", "Params", "Reference", "RawValue", "serde")


def test_filter_errors_never_name_rust_types(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    leaks, answers = {}, {}
    for case, body in MALFORMED.items():
        resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice(), version="2025-03-26"), timeout=15)
        answers[case] = (resp.status_code, resp.text[:300])
        for m in messages_of(resp) if resp.content else []:
            errs = [x.get("error", {}) for x in (m if isinstance(m, list) else [m]) if isinstance(x, dict)]
            text = json.dumps(errs)
            bad = [w for w in RUST_WORDS if w in text]
            if bad:
                leaks[case] = text
    # None of these may run a tool (the list-valued arguments aside, they are not MCP at all).
    sample_server.assert_never_saw(cursor, ids=[1, 2, 4, 5, 7, 8, 9, 10])
    assert not leaks, leaks


def test_params_that_are_not_an_object_keep_the_request_id(envoy: Envoy, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    id = f"params-5-{envoy.mode}"
    body = ('{"jsonrpc":"2.0","id":"' + id + '","method":"tools/call","params":5}').encode()
    resp = httpx.post(envoy.url(STATELESS_JSON), content=body, headers=headers_for(alice()), timeout=15)
    sample_server.assert_never_saw(cursor, ids=[id])
    assert resp.status_code in (200, 400), resp.text
    http_error(resp, status=resp.status_code, code=(-32602, -32600), id=id)

