"""A canned upstream for mcp-warden's adversarial end-to-end tests.

Answers what a test scripted, byte for byte, so a test can play a server
that misbehaves in a precise way (an answer with trailers, a duplicated
member, an id that matches no request, a number no parser can hold...).
One process, one port, bound to 127.0.0.1; HTTP/1.1 and cleartext HTTP/2
(prior knowledge) on the same port, told apart by the HTTP/2 preface.

Scripting (directly, never through Envoy):

  PUT /__canned/<name>   JSON body: the scenario served at every path whose
                         last segment is <name>:
      status        HTTP status (200)
      content_type  "application/json" (default) or "text/event-stream"
      body          the answer as text; "{{id}}" is replaced by the raw bytes
                    of the request's top-level "id" member (or by `id`)
      id            raw JSON text to use for "{{id}}" instead
      pieces        write the body in this many pieces (1)
      split_at      ...or cut it at these byte offsets
      delay         seconds between pieces (0.02)
      trailers      [[name, value], ...] sent after the body (HTTP/2
                    trailers; chunked-encoding trailers on HTTP/1.1)
      headers       [[name, value], ...] extra response headers
      reset_first   drop the first N requests unanswered once their body
                    arrived (HTTP/1.1: close the connection; HTTP/2: reset
                    the stream), then answer; for retry tests (0)
  POST /__canned/barrier/<marker>   recorded, then answered 204 (see harness)

An unscripted path gets 404 with a JSON-RPC error.

Evidence (--record FILE): one JSON line per request that arrived:
  {"kind": "http", "proto": "h1"|"h2", "method", "path", "headers" (all,
   lower-case names, repeated ones joined with ", "), "body_bytes",
   "body_complete", "body" (first 16 KiB as text), "trailers", "rpc"
   (method, id, name, uri, taskId of each JSON-RPC message)}
A request whose body never completed (a stream reset, a closed connection)
is recorded too, with body_complete false.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import threading
import time
from typing import Any

import h2.config
import h2.connection
import h2.events
import h2.exceptions

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
BODY_CHARS = 16384
MAX_BODY = 8 * 1024 * 1024

SCENARIOS: dict[str, dict[str, Any]] = {}


class Recorder:
    def __init__(self, path: str | None) -> None:
        self.path = path
        self._lock = threading.Lock()

    def write(self, record: dict[str, Any]) -> None:
        if not self.path:
            return
        line = json.dumps({"ts": time.time(), **record}, ensure_ascii=True, default=str) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(line)


RECORDER = Recorder(None)


# ------------------------------------------------------------- raw JSON bits


def _skip_ws(text: bytes, i: int) -> int:
    while i < len(text) and text[i] in b" \t\r\n":
        i += 1
    return i


def _skip_string(text: bytes, i: int) -> int:
    """text[i] is the opening quote; returns the index after the closing one."""
    i += 1
    while i < len(text):
        c = text[i]
        if c == 0x5C:  # backslash
            i += 2
            continue
        if c == 0x22:
            return i + 1
        i += 1
    raise ValueError("unterminated string")


def _skip_value(text: bytes, i: int) -> int:
    i = _skip_ws(text, i)
    if i >= len(text):
        raise ValueError("value expected")
    c = text[i]
    if c == 0x22:
        return _skip_string(text, i)
    if c in b"{[":
        depth = 0
        while i < len(text):
            c = text[i]
            if c == 0x22:
                i = _skip_string(text, i)
                continue
            if c in b"{[":
                depth += 1
            elif c in b"}]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise ValueError("unterminated container")
    j = i
    while j < len(text) and text[j] not in b",}] \t\r\n":
        j += 1
    return j


def raw_member(text: bytes, name: str) -> bytes | None:
    """The raw bytes of the first top-level member `name` of a JSON object."""
    try:
        i = _skip_ws(text, 0)
        if i >= len(text) or text[i] != 0x7B:
            return None
        i += 1
        while True:
            i = _skip_ws(text, i)
            if i >= len(text) or text[i] != 0x22:
                return None
            end = _skip_string(text, i)
            key = json.loads(text[i:end])
            i = _skip_ws(text, end)
            if i >= len(text) or text[i] != 0x3A:
                return None
            start = _skip_ws(text, i + 1)
            i = _skip_value(text, start)
            if key == name:
                return text[start:i]
            i = _skip_ws(text, i)
            if i >= len(text) or text[i] != 0x2C:
                return None
            i += 1
    except ValueError:
        return None


def summarize(body: bytes) -> list[dict[str, Any]]:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return [{"unparsed": True}] if body else []
    out = []
    for msg in doc if isinstance(doc, list) else [doc]:
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


# ------------------------------------------------------------------ answers


def record(proto: str, method: str, path: str, headers: list[tuple[str, str]], body: bytes, complete: bool,
           trailers: list[tuple[str, str]] | None = None) -> None:
    joined: dict[str, str] = {}
    for k, v in headers:
        k = k.lower()
        joined[k] = f"{joined[k]}, {v}" if k in joined else v
    RECORDER.write(
        {
            "kind": "http",
            "proto": proto,
            "method": method,
            "path": path,
            "headers": joined,
            "body_bytes": len(body),
            "body_complete": complete,
            "body": body[:BODY_CHARS].decode("utf-8", errors="replace"),
            "trailers": dict((k.lower(), v) for k, v in (trailers or [])),
            "rpc": summarize(body) if complete else [],
        }
    )


def answer(method: str, path: str, body: bytes) -> tuple[int, list[tuple[str, str]], list[bytes], float, list[tuple[str, str]]]:
    """(status, headers, body pieces, delay, trailers) for one request; control paths handled here."""
    only_path = path.split("?", 1)[0]
    if only_path.startswith("/__canned/barrier/"):
        RECORDER.write({"kind": "barrier", "marker": only_path.rsplit("/", 1)[-1]})
        return 204, [], [], 0.0, []
    if only_path.startswith("/__canned/") and method == "PUT":
        name = only_path.rsplit("/", 1)[-1]
        SCENARIOS[name] = json.loads(body)
        return 204, [], [], 0.0, []
    name = only_path.rstrip("/").rsplit("/", 1)[-1]
    scenario = SCENARIOS.get(name)
    if scenario is None:
        err = json.dumps({"jsonrpc": "2.0", "id": None, "error": {"code": -32601, "message": f"no canned scenario {name!r}"}})
        return 404, [("content-type", "application/json")], [err.encode()], 0.0, []
    raw_id = scenario.get("id")
    if raw_id is None:
        found = raw_member(body, "id")
        raw_id = found.decode("utf-8", errors="replace") if found is not None else "null"
    text = scenario.get("body", "").replace("{{id}}", raw_id).encode()
    cuts = list(scenario.get("split_at") or [])
    pieces_n = int(scenario.get("pieces", 1))
    if not cuts and pieces_n > 1:
        step = max(1, len(text) // pieces_n)
        cuts = [step * k for k in range(1, pieces_n)]
    pieces, last = [], 0
    for c in sorted(cuts):
        pieces.append(text[last:c])
        last = c
    pieces.append(text[last:])
    pieces = [p for p in pieces if p]
    headers = [("content-type", scenario.get("content_type", "application/json"))]
    headers += [(k, v) for k, v in scenario.get("headers", [])]
    if scenario.get("content_type", "").startswith("text/event-stream"):
        headers.append(("cache-control", "no-cache"))
    trailers = [(k, v) for k, v in scenario.get("trailers", [])]
    return int(scenario.get("status", 200)), headers, pieces, float(scenario.get("delay", 0.02)), trailers


def take_reset(path: str) -> bool:
    """Whether this request is one of its scenario's `reset_first` (counts it down)."""
    if path.startswith("/__canned/"):
        return False
    name = path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    scenario = SCENARIOS.get(name)
    if not scenario or int(scenario.get("reset_first", 0)) <= 0:
        return False
    scenario["reset_first"] = int(scenario["reset_first"]) - 1
    return True


# -------------------------------------------------------------------- HTTP/1.1


async def serve_h1(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, first: bytes) -> None:
    buf = bytearray(first)

    async def readline() -> bytes:
        while b"\n" not in buf:
            chunk = await reader.read(65536)
            if not chunk:
                raise ConnectionError
            buf.extend(chunk)
        i = buf.index(b"\n") + 1
        line = bytes(buf[:i])
        del buf[:i]
        return line

    async def readexactly(n: int) -> bytes:
        while len(buf) < n:
            chunk = await reader.read(65536)
            if not chunk:
                raise ConnectionError
            buf.extend(chunk)
        out = bytes(buf[:n])
        del buf[:n]
        return out

    while True:
        try:
            line = await readline()
        except ConnectionError:
            return
        if not line.strip():
            continue
        method, path, _ = line.decode("latin-1").split(" ", 2)
        headers: list[tuple[str, str]] = []
        while True:
            h = await readline()
            if h in (b"\r\n", b"\n"):
                break
            k, _, v = h.decode("latin-1").partition(":")
            headers.append((k.strip().lower(), v.strip()))
        hmap = dict(headers)
        body = bytearray()
        trailers: list[tuple[str, str]] = []
        try:
            if hmap.get("transfer-encoding", "").lower() == "chunked":
                while True:
                    size = int((await readline()).split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while True:
                            t = await readline()
                            if t in (b"\r\n", b"\n"):
                                break
                            k, _, v = t.decode("latin-1").partition(":")
                            trailers.append((k.strip().lower(), v.strip()))
                        break
                    body.extend(await readexactly(size))
                    await readline()
            else:
                n = int(hmap.get("content-length", "0") or 0)
                body.extend(await readexactly(min(n, MAX_BODY)))
        except (ConnectionError, ValueError):
            if not path.startswith("/__canned/"):
                record("h1", method, path, headers, bytes(body), False, trailers)
            return
        if not path.startswith("/__canned/"):
            record("h1", method, path, headers, bytes(body), True, trailers)
        if take_reset(path):
            writer.close()
            return
        status, rheaders, pieces, delay, rtrailers = answer(method, path, bytes(body))
        head = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in rheaders]
        chunked = status != 204 and (len(pieces) > 1 or rtrailers)
        if status == 204:
            pass
        elif chunked:
            head.append("transfer-encoding: chunked")
            if rtrailers:
                head.append("trailer: " + ", ".join(k for k, _ in rtrailers))
        else:
            head.append(f"content-length: {sum(len(p) for p in pieces)}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        for i, piece in enumerate(pieces):
            if i:
                await writer.drain()
                await asyncio.sleep(delay)
            writer.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
        if chunked:
            writer.write(b"0\r\n" + b"".join(f"{k}: {v}\r\n".encode("latin-1") for k, v in rtrailers) + b"\r\n")
        await writer.drain()


# ------------------------------------------------------------------- HTTP/2


async def serve_h2(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, first: bytes) -> None:
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    conn.initiate_connection()
    writer.write(conn.data_to_send())
    streams: dict[int, dict[str, Any]] = {}
    tasks: set[asyncio.Task] = set()
    window_open = asyncio.Event()

    def flush() -> None:
        data = conn.data_to_send()
        if data:
            writer.write(data)

    async def send_body(sid: int, data: bytes, end: bool) -> None:
        while data:
            n = min(conn.local_flow_control_window(sid), conn.max_outbound_frame_size, len(data))
            if n <= 0:
                window_open.clear()
                await window_open.wait()
                continue
            conn.send_data(sid, data[:n], end_stream=end and n == len(data))
            data = data[n:]
            flush()
            await writer.drain()

    async def respond(sid: int, st: dict[str, Any]) -> None:
        hdrs = dict(st["headers"])
        method, path = hdrs.get(":method", ""), hdrs.get(":path", "")
        if take_reset(path):
            with contextlib.suppress(h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError):
                conn.reset_stream(sid)
                flush()
            return
        status, rheaders, pieces, delay, rtrailers = answer(method, path, bytes(st["body"]))
        try:
            conn.send_headers(sid, [(":status", str(status))] + rheaders, end_stream=not pieces and not rtrailers)
            flush()
            for i, piece in enumerate(pieces):
                if i:
                    await writer.drain()
                    await asyncio.sleep(delay)
                await send_body(sid, piece, end=i == len(pieces) - 1 and not rtrailers)
            if rtrailers:
                conn.send_headers(sid, rtrailers, end_stream=True)
            flush()
            await writer.drain()
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError, ConnectionError):
            return

    data = first
    try:
        while True:
            if not data:
                data = await reader.read(65536)
                if not data:
                    break
            events = conn.receive_data(data)
            data = b""
            for ev in events:
                if isinstance(ev, h2.events.RequestReceived):
                    streams[ev.stream_id] = {"headers": list(ev.headers), "body": bytearray(), "trailers": []}
                elif isinstance(ev, h2.events.DataReceived):
                    st = streams.get(ev.stream_id)
                    if st is not None:
                        st["body"].extend(ev.data)
                    conn.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
                elif isinstance(ev, h2.events.TrailersReceived):
                    st = streams.get(ev.stream_id)
                    if st is not None:
                        st["trailers"] = list(ev.headers)
                elif isinstance(ev, h2.events.StreamEnded):
                    st = streams.pop(ev.stream_id, None)
                    if st is None:
                        continue
                    hdrs = dict(st["headers"])
                    if not hdrs.get(":path", "").startswith("/__canned/"):
                        req_headers = [(k, v) for k, v in st["headers"] if not k.startswith(":")]
                        record("h2", hdrs.get(":method", ""), hdrs.get(":path", ""), req_headers, bytes(st["body"]), True, st["trailers"])
                    t = asyncio.ensure_future(respond(ev.stream_id, st))
                    tasks.add(t)
                    t.add_done_callback(tasks.discard)
                elif isinstance(ev, h2.events.StreamReset):
                    st = streams.pop(ev.stream_id, None)
                    if st is not None:
                        hdrs = dict(st["headers"])
                        req_headers = [(k, v) for k, v in st["headers"] if not k.startswith(":")]
                        record("h2", hdrs.get(":method", ""), hdrs.get(":path", ""), req_headers, bytes(st["body"]), False, st["trailers"])
                elif isinstance(ev, (h2.events.WindowUpdated, h2.events.RemoteSettingsChanged)):
                    window_open.set()
                elif isinstance(ev, h2.events.ConnectionTerminated):
                    return
            flush()
            await writer.drain()
    except (ConnectionError, h2.exceptions.ProtocolError):
        pass
    finally:
        for st in streams.values():
            hdrs = dict(st["headers"])
            req_headers = [(k, v) for k, v in st["headers"] if not k.startswith(":")]
            record("h2", hdrs.get(":method", ""), hdrs.get(":path", ""), req_headers, bytes(st["body"]), False, st["trailers"])
        for t in list(tasks):
            t.cancel()


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        first = b""
        while len(first) < len(PREFACE):
            chunk = await reader.read(len(PREFACE) - len(first))
            if not chunk:
                return
            first += chunk
            if not PREFACE.startswith(first):
                break
        if first.startswith(PREFACE):
            await serve_h2(reader, writer, first)  # the h2 state machine checks the preface itself
        else:
            await serve_h1(reader, writer, first)
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def main_async(host: str, port: int) -> None:
    server = await asyncio.start_server(serve, host, port)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--record", help="append JSON-line evidence here")
    args = ap.parse_args(argv)
    RECORDER.path = args.record
    print(f"canned upstream on {args.host}:{args.port} (h1 + h2c)", file=sys.stderr)
    asyncio.run(main_async(args.host, args.port))


if __name__ == "__main__":
    main()
