#!/usr/bin/env python3
"""Print mcp-warden tool pins for a live MCP server, ready to paste into a policy.

    .venv/bin/python scripts/pins.py http://127.0.0.1:8000/mcp
    .venv/bin/python scripts/pins.py http://127.0.0.1:8000/mcp -H 'Authorization: Bearer …'
    .venv/bin/python scripts/pins.py --stdio -- npx @modelcontextprotocol/server-filesystem /tmp
    .venv/bin/python scripts/pins.py --file tools.json        # a saved tools/list result or array
    .venv/bin/python scripts/pins.py URL --dump               # the raw list items instead of pins

Prints {"pins": [{"tool": NAME, "digest": HEX}, ...]}: the value of a server's
`integrity.pins` in the policy. Review the tools first (`--dump` shows what the
model would read); a pin approves exactly the definition it was computed from.

The digest is computed exactly like src/integrity/canon.rs (tests in both
languages check one shared fixture, tests/integrity/digest_fixture.json):

  sha256, lowercase hex, over the canonical JSON of an object holding the
  tool's members "name", "title", "description", "inputSchema",
  "outputSchema" and "annotations" (those present; others ignored), where
  canonical JSON is: no whitespace; object keys sorted by code point;
  strings escaped as JSON does (", \\, \\b \\f \\n \\r \\t, other controls as
  \\u00xx lowercase, nothing else escaped, UTF-8); integers as digits;
  other numbers: an integral value below 2^53 in magnitude as an integer,
  else the shortest round-trip digits in exponent form (1.5e-7, 1e300).

Connecting needs the official MCP Python SDK (the repo's .venv has it);
--file and the digest functions need only the standard library.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

# The tool members a pin covers: everything the model or the client's
# approval logic reads. Same list as DIGEST_MEMBERS in src/integrity/canon.rs.
DIGEST_MEMBERS = ("name", "title", "description", "inputSchema", "outputSchema", "annotations")

_I64_MIN = -(2**63)
_U64_MAX = 2**64 - 1
_EXACT_INT = 2**53


def _canonical_float(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError("NaN and infinities are not JSON")
    if value.is_integer() and abs(value) < _EXACT_INT:
        return str(int(value))
    # repr() is the shortest round-trip form; re-spell it as d.ddde±x like
    # Rust's `{:e}` (which prints the same shortest digits).
    sign, digits, exponent = Decimal(repr(value)).as_tuple()
    assert isinstance(exponent, int)
    ds = "".join(map(str, digits)).rstrip("0") or "0"
    exp10 = exponent + len(digits) - 1
    mantissa = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
    return f"{'-' if sign else ''}{mantissa}e{exp10}"


def canonical_json(value: Any) -> str:
    """The canonical JSON text of a parsed JSON value (see the module doc)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if _I64_MIN <= value <= _U64_MAX:
            return str(value)
        return _canonical_float(float(value))
    if isinstance(value, float):
        return _canonical_float(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(
            json.dumps(k, ensure_ascii=False) + ":" + canonical_json(value[k]) for k in sorted(value)
        ) + "}"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def tool_digest(tool: dict[str, Any]) -> str:
    """The pin digest of one tools/list item (a parsed JSON object)."""
    doc = {k: tool[k] for k in DIGEST_MEMBERS if k in tool}
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()


def pins_for(tools: list[dict[str, Any]]) -> dict[str, Any]:
    return {"pins": [{"tool": t["name"], "digest": tool_digest(t)} for t in tools if isinstance(t.get("name"), str)]}


def _as_wire(model: Any) -> dict[str, Any]:
    # exclude_unset: exactly the members the server sent (an explicit null
    # stays null), by their wire names.
    return model.model_dump(by_alias=True, exclude_unset=True, mode="json")


async def _paged(fetch: Any, field: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        page = await fetch(cursor=cursor)
        items.extend(_as_wire(x) for x in getattr(page, field))
        cursor = page.next_cursor
        if cursor is None:
            break
    return items


def _advertised(names: str) -> dict[str, Any]:
    """Client callbacks that only advertise capabilities: some servers list
    more tools to clients that can sample, elicit or list roots. They refuse
    every actual request."""
    from mcp import types

    async def refuse(*_: Any) -> types.ErrorData:
        return types.ErrorData(code=-32603, message="pins.py does not answer server requests")

    kwargs: dict[str, Any] = {}
    for name in filter(None, (n.strip() for n in names.split(","))):
        key = {"sampling": "sampling_callback", "elicitation": "elicitation_callback", "roots": "list_roots_callback"}.get(name)
        if key is None:
            raise SystemExit(f"--advertise: unknown capability {name!r} (sampling, elicitation, roots)")
        kwargs[key] = refuse
    return kwargs


async def fetch_lists(args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    from contextlib import AsyncExitStack

    from mcp import Client

    async with AsyncExitStack() as stack:
        if args.stdio:
            from mcp.client.stdio import StdioServerParameters, stdio_client

            if not args.target:
                raise SystemExit("--stdio needs a command after --")
            params = StdioServerParameters(command=args.target[0], args=args.target[1:])
            transport = stdio_client(params, errlog=sys.stderr)
        else:
            import httpx2
            from mcp.client.streamable_http import streamable_http_client

            if len(args.target) != 1:
                raise SystemExit("give exactly one server URL (or --stdio -- CMD ARGS, or --file)")
            headers = {}
            for h in args.header:
                name, sep, value = h.partition(":")
                if not sep:
                    raise SystemExit(f"--header {h!r}: expected 'Name: value'")
                headers[name.strip()] = value.strip()
            http = await stack.enter_async_context(httpx2.AsyncClient(headers=headers, timeout=30.0))
            transport = streamable_http_client(args.target[0], http_client=http)
        client = await stack.enter_async_context(
            Client(transport, mode=args.mode, cache=None, **_advertised(args.advertise))
        )
        out: dict[str, list[dict[str, Any]]] = {"tools": await _paged(client.list_tools, "tools")}
        if args.dump:
            # Not every server has every capability: an error means "none".
            for field, fetch in (
                ("prompts", client.list_prompts),
                ("resources", client.list_resources),
                ("resourceTemplates", client.list_resource_templates),
            ):
                attr = {"resourceTemplates": "resource_templates"}.get(field, field)
                try:
                    out[field] = await _paged(fetch, attr)
                except Exception as e:  # noqa: BLE001 - report and go on
                    print(f"pins.py: {field}: {e}", file=sys.stderr)
                    out[field] = []
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("target", nargs="*", help="server URL, or with --stdio the command and its arguments")
    ap.add_argument("-H", "--header", action="append", default=[], help="extra HTTP header 'Name: value'")
    ap.add_argument("--stdio", action="store_true", help="spawn the server and talk over stdio")
    ap.add_argument("--mode", default="legacy", help="SDK client mode: legacy (default), auto or 2026-07-28")
    ap.add_argument(
        "--advertise",
        default="sampling,elicitation,roots",
        help="client capabilities to declare (comma list; '' for none): what the agents behind mcp-warden declare",
    )
    ap.add_argument("--file", help="read a tools/list result (or its tools array) from this JSON file")
    ap.add_argument("--dump", action="store_true", help="print the list items themselves, not pins")
    args = ap.parse_args(argv)

    if args.file:
        doc = json.loads(Path(args.file).read_text(encoding="utf-8"))
        tools = doc.get("tools", []) if isinstance(doc, dict) else doc
        lists: dict[str, list[dict[str, Any]]] = {"tools": tools}
    else:
        lists = asyncio.run(fetch_lists(args))
    out = lists if args.dump else pins_for(lists["tools"])
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
