#!/usr/bin/env python3
"""A fake Envoy rate limit service (envoy.service.ratelimit.v3, gRPC over h2c).

Enough of github.com/envoyproxy/ratelimit to prove what Envoy's global
ratelimit filter sends and does with the answer, with no Redis and no gRPC
library: hyper-h2 (already a test dependency) for HTTP/2, and a few lines of
protobuf wire format by hand.

It applies the limits of envoy/ratelimit/ratelimit-service-config.yaml
(LIMITS below mirrors it; test_envoy_ratelimit.py checks they agree), with
fixed windows counted from this process's start (so a test never straddles a
wall-clock minute), and appends every request's descriptors to --record as
JSON lines: {"domain": ..., "descriptors": [[[key, value], ...], ...], "code": "OK"}.

    python tests/quota/fake_rls.py --port 18089 --record /tmp/rls.jsonl
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
import time
from pathlib import Path

import h2.config
import h2.connection
import h2.events

METHOD = "/envoy.service.ratelimit.v3.RateLimitService/ShouldRateLimit"

# (descriptor pattern, limit, window seconds); a None value matches any value.
# Mirrors envoy/ratelimit/ratelimit-service-config.yaml.
LIMITS: list[tuple[tuple[tuple[str, str | None], ...], int, int]] = [
    ((("mcp_principal", None),), 600, 60),
    ((("mcp_principal", None), ("mcp_target", "create_ticket")), 3, 60),
    ((("mcp_target", "search_tickets"),), 10, 1),
]

OK, OVER_LIMIT = 1, 2
START = time.monotonic()
COUNTS: dict[tuple, int] = {}
LOCK = threading.Lock()


# ------------------------------------------------------------ protobuf wire


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def _fields(buf: bytes):
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 1:
            value, i = buf[i : i + 8], i + 8
        elif wire == 2:
            n, i = _varint(buf, i)
            value, i = buf[i : i + n], i + n
        elif wire == 5:
            value, i = buf[i : i + 4], i + 4
        else:
            raise ValueError(f"wire type {wire}")
        yield number, value


def decode_request(msg: bytes) -> tuple[str, list[list[tuple[str, str]]], int]:
    """RateLimitRequest: domain=1, descriptors=2 (entries=1: key=1, value=2), hits_addend=3."""
    domain, descriptors, hits = "", [], 1
    for number, value in _fields(msg):
        if number == 1:
            domain = value.decode()
        elif number == 2:
            entries = []
            for n2, v2 in _fields(value):
                if n2 == 1:
                    kv = dict(_fields(v2))
                    entries.append((kv.get(1, b"").decode(), kv.get(2, b"").decode()))
            descriptors.append(entries)
        elif number == 3:
            hits = value or 1
    return domain, descriptors, hits


def encode_response(code: int) -> bytes:
    """RateLimitResponse: overall_code=1 (enum), framed for gRPC."""
    msg = bytes([0x08, code])
    return b"\x00" + len(msg).to_bytes(4, "big") + msg


# ------------------------------------------------------------ limits


def decide(descriptors: list[list[tuple[str, str]]], hits: int) -> int:
    now = time.monotonic() - START
    code = OK
    with LOCK:
        for entries in descriptors:
            for pattern, limit, window in LIMITS:
                if len(pattern) != len(entries):
                    continue
                if all(k == pk and (pv is None or v == pv) for (k, v), (pk, pv) in zip(entries, pattern)):
                    key = (tuple(entries), int(now // window))
                    COUNTS[key] = COUNTS.get(key, 0) + hits
                    if COUNTS[key] > limit:
                        code = OVER_LIMIT
    return code


# ------------------------------------------------------------ server


def handle(conn: socket.socket, record: Path | None) -> None:
    h2c = h2.connection.H2Connection(config=h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    h2c.initiate_connection()
    conn.sendall(h2c.data_to_send())
    bodies: dict[int, bytes] = {}
    paths: dict[int, str] = {}
    with conn:
        while True:
            data = conn.recv(65535)
            if not data:
                return
            for ev in h2c.receive_data(data):
                if isinstance(ev, h2.events.RequestReceived):
                    bodies[ev.stream_id] = b""
                    paths[ev.stream_id] = dict(ev.headers).get(":path", "")
                elif isinstance(ev, h2.events.DataReceived):
                    bodies[ev.stream_id] = bodies.get(ev.stream_id, b"") + ev.data
                    h2c.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
                elif isinstance(ev, h2.events.StreamEnded):
                    respond(h2c, ev.stream_id, paths.pop(ev.stream_id, ""), bodies.pop(ev.stream_id, b""), record)
            conn.sendall(h2c.data_to_send())


def respond(h2c: h2.connection.H2Connection, stream: int, path: str, body: bytes, record: Path | None) -> None:
    if path != METHOD or len(body) < 5:
        h2c.send_headers(stream, [(":status", "200"), ("content-type", "application/grpc"), ("grpc-status", "12")], end_stream=True)
        return
    domain, descriptors, hits = decode_request(body[5:])
    code = decide(descriptors, hits)
    if record is not None:
        line = {"domain": domain, "descriptors": descriptors, "code": "OK" if code == OK else "OVER_LIMIT"}
        with LOCK, record.open("a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")
    h2c.send_headers(stream, [(":status", "200"), ("content-type", "application/grpc")])
    h2c.send_data(stream, encode_response(code))
    h2c.send_headers(stream, [("grpc-status", "0")], end_stream=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--record", type=Path)
    args = ap.parse_args(argv)
    srv = socket.create_server(("127.0.0.1", args.port))
    print(f"fake rate limit service on 127.0.0.1:{args.port}", file=sys.stderr, flush=True)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn, args.record), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
