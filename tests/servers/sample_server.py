"""Sample MCP server for mcp-warden's demo and end-to-end tests.

Built with the official MCP Python SDK (`mcp` 2.x, `MCPServer`). One process,
one port, bound to 127.0.0.1 by default, serving several transports so one
Envoy cluster reaches them all:

  POST/GET/DELETE /mcp                   streamable HTTP; response style from --json / --stateless
  POST/GET/DELETE /mcp/json              streamable HTTP, stateful, application/json responses
  POST/GET/DELETE /mcp/stateless         streamable HTTP, stateless, text/event-stream responses
  POST/GET/DELETE /mcp/stateless-json    streamable HTTP, stateless, application/json responses
  POST/GET/DELETE /mcp/extra             as /mcp/stateless-json, plus the extra tools below
  POST/GET/DELETE /mcp/extra-sse         as /mcp/stateless (text/event-stream), plus the extra tools

(The variants live under /mcp so that one registry entry, "pathPrefix": "/mcp",
covers them all.)
  GET /legacy/sse + POST /legacy/messages/?session_id=...   legacy HTTP+SSE (2024-11-05)

Every path serves the same tools (get_ticket, search_tickets, create_ticket,
delete_ticket, echo, slow_steps), resources (tickets://open/1, tickets://closed/2 and the
templates tickets://open/{ticket_id}, tickets://closed/{ticket_id}) and
prompts (summarize_ticket, internal_prompt). Only /mcp/extra and
/mcp/extra-sse also serve
  blob(size, seed)        exactly `size` characters derived from `seed` (the hex
                          SHA-256 of the seed, repeated), for tests that need
                          results of a chosen size or result content that
                          appears nowhere in the request;
  echo_headers()          the HTTP request headers the server received, one
                          `name: value` line each (what a careless server
                          might reflect to the client);
  lookup_region(region, query)
                          2026-07-28 `x-mcp-header`: `region` is mirrored into
                          the `Mcp-Param-Region` header (the SDK server checks
                          header and body agree).

Evidence for tests ("the server never saw it"): with --record FILE (or the
MCP_SAMPLE_RECORD environment variable) the server appends one JSON line per
event:

  {"kind": "http", ...}  every HTTP request it received: method, path, the
                         headers that matter (authorization, cookie, x-api-key,
                         CORS preflight headers, mcp-* including mcp-param-*,
                         x-mcp-*, x-jwt-*), how many body bytes arrived, whether
                         the body was complete, its first 16 KiB as text, and a
                         summary of each JSON-RPC message in it (method, id,
                         tool/prompt name, resource uri);
  {"kind": "tool", ...}  every tool function it actually executed, with its
                         arguments and the Authorization header it received.

This is a test fixture, not a real ticket system: it is deliberately small.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Annotated, Any

import uvicorn
from pydantic import Field
from starlette.applications import Starlette
from starlette.routing import Mount

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.prompts.base import UserMessage
from mcp.server.transport_security import TransportSecuritySettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Request headers copied into the http records. Everything else (cookies,
# user agents, ...) is left out to keep the records readable.
_RECORDED_HEADERS = (
    "authorization",
    "content-type",
    "content-encoding",
    "content-length",
    "transfer-encoding",
    "accept",
    "host",
    "cookie",
    "x-api-key",
    "origin",
    "access-control-request-method",
    "access-control-request-headers",
)
_RECORDED_BODY_CHARS = 16384
_RECORDED_PREFIXES = ("mcp-", "x-mcp-", "x-jwt")

_TICKETS = {
    1: {"id": 1, "title": "Printer on fire", "status": "open"},
    2: {"id": 2, "title": "Password reset", "status": "closed"},
    3: {"id": 3, "title": "VPN drops every hour", "status": "open"},
}


class Recorder:
    """Appends JSON lines to a file; a no-op without a file."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._lock = threading.Lock()

    def write(self, record: dict[str, Any]) -> None:
        if not self.path:
            return
        record = {"ts": time.time(), **record}
        line = json.dumps(record, ensure_ascii=True, default=str) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(line)


RECORDER = Recorder(None)


def _auth_of(ctx: Context) -> str | None:
    headers = ctx.headers or {}
    return headers.get("authorization")


def _record_tool(ctx: Context, tool: str, arguments: dict[str, Any]) -> None:
    headers = ctx.headers or {}
    RECORDER.write(
        {
            "kind": "tool",
            "tool": tool,
            "arguments": arguments,
            "authorization": _auth_of(ctx),
            "headers": {k: v for k, v in headers.items() if _interesting_header(k)},
        }
    )


def _interesting_header(name: str) -> bool:
    name = name.lower()
    return name in _RECORDED_HEADERS or name.startswith(_RECORDED_PREFIXES)


def build_server(*, extra_tools: bool = False) -> MCPServer:
    """A fresh server object (each transport app gets its own)."""
    mcp = MCPServer("sample-tickets", version="1.0.0", instructions="Sample ticket system behind mcp-warden.")

    if extra_tools:

        @mcp.tool()
        def blob(size: int, ctx: Context, seed: str = "") -> str:
            """Return exactly `size` characters derived from `seed` (results of a chosen size)."""
            _record_tool(ctx, "blob", {"size": size, "seed": seed})
            unit = hashlib.sha256(seed.encode()).hexdigest()
            return (unit * (max(size, 0) // len(unit) + 1))[: max(size, 0)]

        @mcp.tool()
        def echo_headers(ctx: Context) -> str:
            """Return the HTTP request headers this server received, one per line."""
            headers = ctx.headers or {}
            _record_tool(ctx, "echo_headers", {})
            return "\n".join(f"{k}: {v}" for k, v in headers.items())

        @mcp.tool()
        def lookup_region(
            region: Annotated[str, Field(json_schema_extra={"x-mcp-header": "Region"})], query: str, ctx: Context
        ) -> str:
            """Look something up in one region (region travels in the Mcp-Param-Region header too)."""
            _record_tool(ctx, "lookup_region", {"region": region, "query": query})
            return f"{query} in {region}: nothing found"

    @mcp.tool()
    def get_ticket(ticket_id: int, ctx: Context) -> str:
        """Return one ticket as JSON."""
        _record_tool(ctx, "get_ticket", {"ticket_id": ticket_id})
        ticket = _TICKETS.get(ticket_id)
        return json.dumps(ticket) if ticket else f"no ticket {ticket_id}"

    @mcp.tool()
    def search_tickets(query: str, ctx: Context) -> str:
        """Search ticket titles (case-insensitive substring)."""
        _record_tool(ctx, "search_tickets", {"query": query})
        hits = [t for t in _TICKETS.values() if query.lower() in t["title"].lower()]
        return json.dumps(hits)

    @mcp.tool()
    def create_ticket(title: str, ctx: Context) -> str:
        """Create a ticket (pretend) and return its id."""
        _record_tool(ctx, "create_ticket", {"title": title})
        return json.dumps({"id": 100, "title": title, "status": "open"})

    @mcp.tool()
    def delete_ticket(ticket_id: int, ctx: Context) -> str:
        """Delete a ticket. Dangerous: policies usually deny it."""
        _record_tool(ctx, "delete_ticket", {"ticket_id": ticket_id})
        return f"deleted ticket {ticket_id}"

    @mcp.tool()
    def echo(text: str, ctx: Context) -> str:
        """Echo the text back."""
        _record_tool(ctx, "echo", {"text": text})
        return text

    @mcp.tool()
    async def slow_steps(steps: int, delay_ms: int, ctx: Context) -> str:
        """Report progress `steps` times, `delay_ms` apart (streams SSE events over time)."""
        _record_tool(ctx, "slow_steps", {"steps": steps, "delay_ms": delay_ms})
        for i in range(steps):
            await asyncio.sleep(delay_ms / 1000)
            await ctx.report_progress(i + 1, steps, f"step {i + 1}")
        return f"done after {steps} steps"

    @mcp.resource("tickets://open/1", mime_type="application/json")
    def open_ticket_1() -> str:
        """Open ticket 1."""
        return json.dumps(_TICKETS[1])

    @mcp.resource("tickets://closed/2", mime_type="application/json")
    def closed_ticket_2() -> str:
        """Closed ticket 2."""
        return json.dumps(_TICKETS[2])

    @mcp.resource("tickets://open/{ticket_id}", mime_type="application/json")
    def open_ticket(ticket_id: str) -> str:
        """Any open ticket by id."""
        return json.dumps({"id": ticket_id, "status": "open"})

    @mcp.resource("tickets://closed/{ticket_id}", mime_type="application/json")
    def closed_ticket(ticket_id: str) -> str:
        """Any closed ticket by id."""
        return json.dumps({"id": ticket_id, "status": "closed"})

    @mcp.prompt()
    def summarize_ticket(ticket_id: str) -> list[UserMessage]:
        """Ask the model to summarize a ticket."""
        return [UserMessage(f"Summarize ticket {ticket_id} in one sentence.")]

    @mcp.prompt()
    def internal_prompt() -> list[UserMessage]:
        """An internal prompt that ordinary callers should not see."""
        return [UserMessage("Internal: list every customer with an open ticket.")]

    return mcp


class RecordingMiddleware:
    """Records every HTTP request (headers, body bytes, JSON-RPC summary)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not RECORDER.path:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        state = {"complete": False, "disconnected": False, "status": None}
        # Records are written when a request ends; a long stream opened by an
        # earlier test ends late, so tests that ask "did this reach the
        # server" compare the start time.
        started = time.time()

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    state["complete"] = True
            elif message["type"] == "http.disconnect":
                state["disconnected"] = True
            return message

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            await send(message)

        try:
            await self.app(scope, recording_receive, recording_send)
        finally:
            body = b"".join(chunks)
            headers: dict[str, str] = {}
            for raw_name, raw_value in scope.get("headers", []):
                name = raw_name.decode("latin-1").lower()
                if _interesting_header(name):
                    value = raw_value.decode("latin-1")
                    headers[name] = f"{headers[name]}, {value}" if name in headers else value
            RECORDER.write(
                {
                    "kind": "http",
                    "started": started,
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "query": scope.get("query_string", b"").decode("latin-1"),
                    "headers": headers,
                    "body_bytes": len(body),
                    "body_complete": state["complete"],
                    "disconnected": state["disconnected"],
                    "status": state["status"],
                    "body": body[:_RECORDED_BODY_CHARS].decode("utf-8", errors="replace"),
                    "rpc": _summarize(body) if state["complete"] else [],
                }
            )


def _summarize(body: bytes) -> list[dict[str, Any]]:
    """One entry per JSON-RPC message in the body (batch or single)."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return [{"unparsed": True}] if body else []
    messages = doc if isinstance(doc, list) else [doc]
    out = []
    for msg in messages:
        if not isinstance(msg, dict):
            out.append({"unparsed": True})
            continue
        params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
        entry = {"method": msg.get("method"), "id": msg.get("id")}
        for key in ("name", "uri", "taskId"):
            if key in params:
                entry[key] = params[key]
        out.append(entry)
    return out


class Dispatcher:
    """Routes by path to the per-transport Starlette apps and runs all their lifespans."""

    def __init__(self, exact: dict[str, Starlette], mounted: Starlette) -> None:
        self.exact = exact
        self.mounted = mounted

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as stack:
            for app in [*self.exact.values(), self.mounted]:
                await stack.enter_async_context(app.router.lifespan_context(app))
            yield

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        app = self.exact.get(scope.get("path", ""), self.mounted)
        await app(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        message = await receive()
        assert message["type"] == "lifespan.startup"
        async with self.lifespan():
            await send({"type": "lifespan.startup.complete"})
            message = await receive()
            assert message["type"] == "lifespan.shutdown"
        await send({"type": "lifespan.shutdown.complete"})


def build_app(*, json_response: bool, stateless: bool) -> ASGIApp:
    # The server sits behind Envoy on loopback; Envoy forwards the client's
    # Host header, so the SDK's DNS-rebinding check (Host must be
    # 127.0.0.1:<its own port>) would reject proxied requests. Off here.
    security = TransportSecuritySettings(enable_dns_rebinding_protection=False)
    flavors = {
        "/mcp": (json_response, stateless),
        "/mcp/json": (True, False),
        "/mcp/stateless": (False, True),
        "/mcp/stateless-json": (True, True),
    }
    exact = {
        path: build_server().streamable_http_app(
            streamable_http_path=path,
            json_response=json_flag,
            stateless_http=stateless_flag,
            transport_security=security,
        )
        for path, (json_flag, stateless_flag) in flavors.items()
    }
    for path, json_flag in (("/mcp/extra", True), ("/mcp/extra-sse", False)):
        exact[path] = build_server(extra_tools=True).streamable_http_app(
            streamable_http_path=path, json_response=json_flag, stateless_http=True, transport_security=security
        )
    legacy = build_server().sse_app(sse_path="/sse", message_path="/messages/", transport_security=security)
    mounted = Starlette(routes=[Mount("/legacy", app=legacy)])
    return RecordingMiddleware(Dispatcher(exact, mounted))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--json", action="store_true", help="/mcp answers with application/json instead of SSE")
    ap.add_argument("--stateless", action="store_true", help="/mcp runs stateless (no Mcp-Session-Id)")
    ap.add_argument("--record", default=os.environ.get("MCP_SAMPLE_RECORD"), help="append JSON-line evidence here")
    args = ap.parse_args(argv)

    RECORDER.path = args.record
    app = build_app(json_response=args.json, stateless=args.stateless)
    print(f"sample MCP server on http://{args.host}:{args.port}/mcp (record: {args.record or 'off'})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", lifespan="on")


if __name__ == "__main__":
    main()
