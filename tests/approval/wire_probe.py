#!/usr/bin/env python3
"""What the official MCP Python SDK client does with the two "send a person
to a URL" answers an approval gate can give (see approval/README.md, "Wire
format for clients"). A fake MCP endpoint on 127.0.0.1 answers tools/call
exactly as the filter's approval stage will:

- 2025-11-25 (session): JSON-RPC error -32042 with data.elicitations[] (URL mode);
- 2026-07-28 (stateless): an InputRequiredResult whose inputRequests hold one
  URL-mode elicitation/create; the retry must carry inputResponses.

Run: .venv/bin/python tests/approval/wire_probe.py   (prints what happened)
"""

from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from mcp import Client, types
from mcp.shared.exceptions import MCPError, UrlElicitationRequiredError

URL = "https://gw.example.com/approvals/0123456789abcdef0123456789abcdef"
MESSAGE = "Approval required: alice wants to call tool 'delete_ticket' on server 'tickets'."
SEEN: list[dict] = []
STATE = {"approved": False}


def answer(msg: dict) -> dict | None:
    method, mid = msg.get("method"), msg.get("id")
    params = msg.get("params") or {}
    if mid is None:
        return None
    if method == "initialize":
        return {"jsonrpc": "2.0", "id": mid, "result": {
            "protocolVersion": "2025-11-25", "capabilities": {"tools": {}},
            "serverInfo": {"name": "fake", "version": "0"}}}
    if method == "tools/list":
        return {"jsonrpc": "2.0", "id": mid, "result": {"resultType": "complete", "cacheScope": "private", "ttlMs": 0, "tools": [
            {"name": "delete_ticket", "inputSchema": {"type": "object"}}]}}
    if method == "tools/call":
        legacy = "_meta" not in params or "io.modelcontextprotocol/protocolVersion" not in params.get("_meta", {})
        if STATE["approved"] or params.get("inputResponses"):
            return {"jsonrpc": "2.0", "id": mid, "result": {"resultType": "complete",
                    "content": [{"type": "text", "text": "deleted"}], "isError": False}}
        if legacy:
            return {"jsonrpc": "2.0", "id": mid, "error": {
                "code": -32042, "message": MESSAGE,
                "data": {"elicitations": [{"mode": "url", "elicitationId": "0123456789abcdef0123456789abcdef",
                                           "url": URL, "message": MESSAGE}]}}}
        return {"jsonrpc": "2.0", "id": mid, "result": {
            "resultType": "input_required",
            "inputRequests": {"mcp-warden-approval": {"method": "elicitation/create",
                                                      "params": {"mode": "url", "url": URL, "message": MESSAGE}}}}}
    return {"jsonrpc": "2.0", "id": mid, "error": {"code": -32601, "message": f"no {method}"}}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))))
        SEEN.append({"headers": {k.lower(): v for k, v in self.headers.items() if k.lower().startswith("mcp")}, "body": body})
        out = answer(body)
        if out is None:
            self.send_response(202)
            self.end_headers()
            return
        data = json.dumps(out).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.send_response(405)
        self.end_headers()

    def do_DELETE(self):
        self.send_response(405)
        self.end_headers()


async def legacy(url: str) -> None:
    print("== 2025-11-25 (mode='legacy') ==")
    async with Client(url, mode="legacy") as client:
        try:
            await client.call_tool("delete_ticket", {"id": 42})
            print("call_tool returned (unexpected)")
        except UrlElicitationRequiredError as e:
            print("raised UrlElicitationRequiredError directly")
        except MCPError as e:
            print(f"raised {type(e).__name__} code={e.code} message={e.message!r}")
            elic = UrlElicitationRequiredError.from_error(e.error).elicitations
            print(f"  UrlElicitationRequiredError.from_error(e.error).elicitations -> "
                  f"{[(x.url, x.elicitation_id) for x in elic]}")
        calls = [s for s in SEEN if s["body"].get("method") == "tools/call"]
        print(f"  tools/call requests the client sent by itself: {len(calls)} (no automatic retry)")
        STATE["approved"] = True
        r = await client.call_tool("delete_ticket", {"id": 42})
        print(f"  application-driven retry -> {r.content[0].text}")
        STATE["approved"] = False


async def modern(url: str, with_callback: bool) -> None:
    print(f"== 2026-07-28 (mode='2026-07-28', elicitation_callback={'yes' if with_callback else 'no'}) ==")
    shown: list[types.ElicitRequestURLParams] = []

    async def on_elicit(ctx, params):
        shown.append(params)
        return types.ElicitResult(action="accept")

    SEEN.clear()
    kwargs = {"elicitation_callback": on_elicit} if with_callback else {}
    async with Client(url, mode="2026-07-28", **kwargs) as client:
        try:
            r = await client.call_tool("delete_ticket", {"id": 42})
            print(f"  call_tool -> {r.content[0].text}")
        except MCPError as e:
            print(f"  raised {type(e).__name__} code={e.code} message={e.message!r}")
    for p in shown:
        print(f"  callback saw: mode={p.mode} url={p.url} elicitation_id={p.elicitation_id}")
    for s in SEEN:
        b = s["body"]
        if b.get("method") == "tools/call":
            p = b["params"]
            caps = p.get("_meta", {}).get("io.modelcontextprotocol/clientCapabilities")
            print(f"  tools/call id={b['id']} headers={s['headers']} inputResponses={p.get('inputResponses')} "
                  f"requestState={p.get('requestState')} clientCapabilities={caps}")


async def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/mcp"
    try:
        await legacy(url)
        await modern(url, with_callback=True)
        await modern(url, with_callback=False)
    finally:
        server.shutdown()


if __name__ == "__main__":
    asyncio.run(main())
