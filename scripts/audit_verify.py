#!/usr/bin/env python3
"""Verify mcp-warden audit log files: every line's hash, and each worker's chain.

    scripts/audit_verify.py audit.log [more.log ...] [--hmac-key-env AUDIT_KEY]

Each record carries chain.worker, chain.seq, chain.prev and chain.hash, where
hash = sha256 (or HMAC-SHA256 with the key from the environment variable)
over the exact line text with its `,"hash":"…"` member cut out. Per worker,
seq must run 1, 2, 3, ... and prev must equal the previous record's hash
(the first record's prev is "genesis"). An edited line fails its hash; a
deleted or reordered line breaks its worker's chain. Lines that are not
audit records are reported too. Exit status 0 when everything verifies.

Use --allow-gaps-at-start for a log that was rotated (a worker's first
record in the file need not be seq 1 then).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import sys

HASH_RE = re.compile(r',"hash":"([0-9a-f]{64})"\}\}$')


def line_hash(body: str, key: bytes | None) -> str:
    data = body.encode("utf-8")
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def verify(lines: list[str], key: bytes | None, allow_gaps_at_start: bool = False) -> list[str]:
    """Returns a list of problems (empty when the log verifies)."""
    problems: list[str] = []
    chains: dict[str, list[tuple[int, str, str, int]]] = {}
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line:
            continue
        m = HASH_RE.search(line)
        if not m:
            problems.append(f"line {n}: not an mcp-warden audit record")
            continue
        body = line[: m.start()] + "}}"
        if line_hash(body, key) != m.group(1):
            problems.append(f"line {n}: hash mismatch (edited line or wrong key)")
            continue
        try:
            chain = json.loads(line)["chain"]
            entry = (int(chain["seq"]), str(chain["prev"]), m.group(1), n)
        except (ValueError, KeyError, TypeError) as e:
            problems.append(f"line {n}: malformed record ({e})")
            continue
        chains.setdefault(str(chain["worker"]), []).append(entry)
    for worker, entries in chains.items():
        entries.sort()
        expected_seq, expected_prev = None, "genesis"
        for seq, prev, digest, n in entries:
            if expected_seq is None:
                if seq != 1 and not allow_gaps_at_start:
                    problems.append(f"worker {worker}: first record (line {n}) has seq {seq}, not 1: records before it are missing")
                elif seq == 1 and prev != "genesis":
                    problems.append(f"worker {worker}: line {n} starts the chain but prev is not genesis")
            else:
                if seq != expected_seq:
                    problems.append(f"worker {worker}: seq {expected_seq} to {seq - 1} missing before line {n} (deleted records)")
                elif prev != expected_prev:
                    problems.append(f"worker {worker}: line {n} does not chain to the previous record")
            expected_seq, expected_prev = seq + 1, digest
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--hmac-key-env", help="environment variable holding the HMAC key (audit.hmacKeyEnv)")
    ap.add_argument("--allow-gaps-at-start", action="store_true")
    args = ap.parse_args(argv)
    key = None
    if args.hmac_key_env:
        value = os.environ.get(args.hmac_key_env)
        if value is None:
            print(f"audit_verify: environment variable {args.hmac_key_env} is not set", file=sys.stderr)
            return 2
        key = value.encode("utf-8")
    lines: list[str] = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            lines.extend(f.readlines())
    problems = verify(lines, key, args.allow_gaps_at_start)
    for p in problems:
        print(p)
    records = sum(1 for line in lines if line.strip())
    print(f"{records} records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
