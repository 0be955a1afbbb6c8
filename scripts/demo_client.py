#!/usr/bin/env python3
"""The client half of scripts/demo.sh: real MCP calls through Envoy + mcp-warden.

Mints demo tokens with the published demo key (tests/keys/demo-private.pem),
then uses the official MCP Python SDK client to show an allowed call, a denied
call, a filtered tools/list and the 401 challenge, and prints what the MCP
server actually executed.

    scripts/demo_client.py --url http://127.0.0.1:10000/mcp --record .run/demo/server.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

import httpx
import httpx2
import jwt
from mcp import Client, types
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from render_envoy import JWT_AUDIENCE, JWT_ISSUER  # noqa: E402

BOLD, GREEN, RED, DIM, RESET = ("\033[1m", "\033[32m", "\033[31m", "\033[2m", "\033[0m") if sys.stdout.isatty() else ("",) * 5


def mint(sub: str, groups: list[str], client_id: str) -> str:
    now = int(time.time())
    claims = {"iss": JWT_ISSUER, "aud": JWT_AUDIENCE, "sub": sub, "groups": groups, "client_id": client_id, "iat": now, "exp": now + 3600}
    key = (ROOT / "tests" / "keys" / "demo-private.pem").read_bytes()
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "mcp-warden-demo"})


def say(text: str) -> None:
    print(f"\n{BOLD}{text}{RESET}")


async def call(client: Client, name: str, arguments: dict) -> None:
    print(f"  tools/call {name}({json.dumps(arguments)})")
    try:
        result = await client.session.send_request(
            types.CallToolRequest(params=types.CallToolRequestParams(name=name, arguments=arguments)), types.CallToolResult
        )
        print(f"  {GREEN}ALLOWED{RESET} -> {result.content[0].text}")
    except MCPError as e:
        print(f"  {RED}DENIED{RESET}  -> JSON-RPC error {e.code}: {e.message}")


async def as_caller(url: str, who: str, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(20.0, read=30.0)) as http:
        async with Client(streamable_http_client(url, http_client=http), mode="legacy", cache=None) as client:
            tools = await client.list_tools()
            print(f"  tools/list -> {', '.join(sorted(t.name for t in tools.tools))}")
            await call(client, "get_ticket", {"ticket_id": 1})
            await call(client, "delete_ticket", {"ticket_id": 1})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:10000/mcp")
    ap.add_argument("--record", type=Path, help="the sample server's evidence file")
    args = ap.parse_args()

    alice = mint("alice", ["support"], "support-agent")
    bob = mint("bob", ["admin"], "ops-agent")

    say("1. alice (group 'support', agent 'support-agent'), official MCP SDK client:")
    asyncio.run(as_caller(args.url, "alice", alice))

    say("2. bob (group 'admin'): may do anything, except that rule 'nobody-deletes' overrides:")
    asyncio.run(as_caller(args.url, "bob", bob))

    say("3. no token at all (curl-style request):")
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    r = httpx.post(args.url, json=body, headers={"accept": "application/json, text/event-stream"}, timeout=10)
    print(f"  HTTP {r.status_code}  WWW-Authenticate: {r.headers.get('www-authenticate')}")
    print(f"  {r.text}")

    if args.record and args.record.exists():
        executed = [json.loads(line) for line in args.record.read_text().splitlines() if '"kind": "tool"' in line]
        say("4. what the MCP server actually executed:")
        for rec in executed:
            print(f"  {rec['tool']}({json.dumps(rec['arguments'])})  Authorization seen by the server: {rec['authorization']}")
        print(f"  {DIM}(delete_ticket never reached it; nor did any client token){RESET}")

    print(f"\n{DIM}Try it yourself:{RESET}")
    print(f"  TOKEN={alice[:24]}...   (full token in .run/demo/alice.token)")
    print(
        f"  curl -s {args.url}/stateless-json -H 'content-type: application/json' "
        "-H 'accept: application/json, text/event-stream' -H \"authorization: Bearer $(cat .run/demo/alice.token)\" "
        """-d '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"delete_ticket","arguments":{"ticket_id":1}}}'"""
    )
    (ROOT / ".run" / "demo").mkdir(parents=True, exist_ok=True)
    (ROOT / ".run" / "demo" / "alice.token").write_text(alice)
    (ROOT / ".run" / "demo" / "bob.token").write_text(bob)
    return 0


if __name__ == "__main__":
    sys.exit(main())
