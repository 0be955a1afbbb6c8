"""Malformed and hostile input: each gets a specific error, nothing reaches the
MCP server, and the same Envoy keeps answering good requests afterwards."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from .conftest import EnvoyFactory
from .harness import ANY_ID, MODES, V2025_03, V2025_11, Envoy, Raw, SampleServer, assert_rpc_error, h2_post, headers_for
from .policies import alice, base_policy

PATH = "/mcp/stateless-json"
GOOD = {"jsonrpc": "2.0", "id": "good", "method": "tools/call", "params": {"name": "echo", "arguments": {"text": "still here"}}}


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(base_policy(), request.param)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def assert_still_serving(raw: Raw) -> None:
    resp = raw.post(PATH, GOOD, headers=headers_for(alice()))
    assert resp.status_code == 200, f"Envoy stopped answering good requests: {resp.status_code} {resp.text}"
    assert resp.json()["result"]["content"][0]["text"] == "still here", resp.text


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = {"a": value}
    return value


def call_body(name: str, arguments: dict[str, Any], id: Any = 1) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": {"name": name, "arguments": arguments}}).encode()


@dataclass
class Case:
    body: bytes
    status: int
    code: int
    id: Any = None
    headers: Callable[[], list[tuple[str, str]]] | None = None
    version: str | None = V2025_11


def std_headers(version: str | None = V2025_11) -> list[tuple[str, str]]:
    return list(headers_for(alice(), version=version).items())


CASES: dict[str, Case] = {
    "not-json": Case(b'{"jsonrpc": "2.0", "id": 1, "method": ', 400, -32700),
    "garbage": Case(b"\x00\x01binary\xff", 400, -32700),
    "invalid-utf8": Case(
        b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"\xff\xfe"}}}',
        400,
        -32700,
    ),
    "json-not-json-rpc": Case(b'{"hello": "world"}', 400, -32600),
    "json-string": Case(b'"tools/call"', 400, -32600),
    "json-number": Case(b"42", 400, -32600),
    "wrong-jsonrpc-version": Case(b'{"jsonrpc":"1.0","id":1,"method":"tools/call","params":{"name":"echo"}}', 400, -32600, id=ANY_ID),
    "method-not-a-string": Case(b'{"jsonrpc":"2.0","id":1,"method":7}', 400, -32600, id=ANY_ID),
    "empty-body": Case(b"", 400, -32600),
    "empty-batch": Case(b"[]", 400, -32600, version=V2025_03),
    "too-deep": Case(call_body("echo", {"text": "x", "deep": nested(100)}), 400, -32600, id=ANY_ID),
    "batch-over-limit": Case(
        json.dumps([json.loads(call_body("echo", {"text": "x"}, id=i)) for i in range(5)]).encode(),
        400,
        -32600,
        version=V2025_03,
    ),
    "over-body-limit": Case(call_body("echo", {"text": "x" * 200_000}), 413, -32004, id=ANY_ID),
    "gzip": Case(
        gzip.compress(call_body("echo", {"text": "zipped"})),
        415,
        -32005,
        id=ANY_ID,
        headers=lambda: [*std_headers(), ("content-encoding", "gzip")],
    ),
    "deflate": Case(
        zlib.compress(call_body("echo", {"text": "zipped"})),
        415,
        -32005,
        id=ANY_ID,
        headers=lambda: [*std_headers(), ("content-encoding", "deflate")],
    ),
    "br-claimed-on-plain-json": Case(
        call_body("echo", {"text": "plain"}),
        415,
        -32005,
        id=ANY_ID,
        headers=lambda: [*std_headers(), ("content-encoding", "br")],
    ),
    "duplicate-mcp-session-id": Case(
        call_body("echo", {"text": "dup"}),
        400,
        -32600,
        id=ANY_ID,
        headers=lambda: [*std_headers(), ("mcp-session-id", "aaaa"), ("mcp-session-id", "bbbb")],
    ),
    "duplicate-mcp-protocol-version": Case(
        call_body("echo", {"text": "dup"}),
        400,
        -32600,
        id=ANY_ID,
        headers=lambda: [*std_headers(), ("mcp-protocol-version", V2025_11)],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_gets_a_specific_error_and_envoy_keeps_serving(
    raw: Raw, sample_server: SampleServer, case: str
) -> None:
    c = CASES[case]
    cursor = sample_server.cursor()
    headers = c.headers() if c.headers else std_headers(c.version)
    resp = raw.post(PATH, content=c.body, headers=headers)
    assert_rpc_error(resp, status=c.status, code=c.code, id=c.id)
    sample_server.assert_received_nothing(cursor)
    assert not sample_server.executed_tools(cursor)
    assert_still_serving(raw)


def test_identity_content_encoding_is_fine(raw: Raw) -> None:
    resp = raw.post(PATH, content=call_body("echo", {"text": "plain"}), headers=[*std_headers(), ("content-encoding", "identity")])
    assert resp.status_code == 200, resp.text
    assert resp.json()["result"]["content"][0]["text"] == "plain"


def test_a_body_just_under_the_limit_passes(raw: Raw) -> None:
    text = "y" * 60_000  # the test policy caps request bodies at 65536 bytes
    resp = raw.post(PATH, content=call_body("echo", {"text": text}), headers=std_headers())
    assert resp.status_code == 200, resp.text[:500]
    assert resp.json()["result"]["content"][0]["text"] == text


def test_an_oversize_chunked_upload_is_refused_and_never_executed(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    body = call_body("echo", {"text": "z" * 300_000}, id="chunked")

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(body), 16_384):
            yield body[i : i + 16_384]

    resp = raw.client.post(PATH, content=chunks(), headers=std_headers())
    assert_rpc_error(resp, status=413, code=-32004, id=ANY_ID)
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=["chunked"])
    assert_still_serving(raw)


def test_duplicate_authorization_headers_are_refused(raw: Raw, sample_server: SampleServer, envoy: Envoy) -> None:
    # Refused before jwt_authn reads either copy: the shipped template's RBAC
    # rule, with its local reply turned into the documented JSON-RPC answer.
    cursor = sample_server.cursor()
    token = alice()
    resp = raw.post(PATH, content=call_body("echo", {"text": "dup"}, id="dup-auth"), headers=[*std_headers(), ("authorization", f"Bearer {token}")])
    assert resp.status_code == 400, resp.text
    assert resp.headers["content-type"].startswith("application/json"), resp.headers
    assert resp.json()["error"]["code"] == -32600, resp.text
    entry = envoy.access_log_entry(lambda e: e.get("response_code") == 400 and "rbac" in (e.get("response_code_details") or ""))
    assert entry["upstream_host"] is None, entry
    sample_server.assert_never_saw(cursor, tools=["echo"], ids=["dup-auth"])
    assert_still_serving(raw)


def test_http2_cleartext_is_governed_too(envoy: Envoy, sample_server: SampleServer) -> None:
    """Body limits differ on HTTP/2 (ENVOY-FACTS §3); the filter's own cap must still hold."""
    cursor = sample_server.cursor()
    headers = dict(std_headers())
    status, resp_headers, data = h2_post(envoy.listen_port, PATH, headers, call_body("echo", {"text": "q" * 200_000}, id="h2"))
    assert status == 413, (status, data[:500])
    assert resp_headers.get("content-type", "").startswith("application/json"), resp_headers
    assert json.loads(data)["error"]["code"] == -32004, data
    status, _, data = h2_post(envoy.listen_port, PATH, headers, json.dumps(GOOD).encode())
    assert status == 200, data[:500]
    assert json.loads(data)["result"]["content"][0]["text"] == "still here"
    sample_server.assert_never_saw(cursor, ids=["h2"])
