"""Reading what an Envoy with mcp-warden reports: Prometheus metrics, audit
records and access-log entries, waited for with deadlines (Envoy writes logs
and merges histograms asynchronously). Used by test_audit, test_metrics,
test_shadow and test_quotas.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from .harness import Envoy

_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def prometheus(envoy: Envoy) -> str:
    return httpx.get(envoy.admin_url("/stats/prometheus"), timeout=5.0).text


def samples(text: str) -> list[tuple[str, dict[str, str], float]]:
    """(name, labels, value) for every sample line of a Prometheus text page."""
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, value = line.rpartition(" ")
        name, _, labels = key.partition("{")
        try:
            out.append((name, dict(_LABEL.findall(labels)), float(value)))
        except ValueError:
            continue
    return out


def metric(envoy: Envoy, name: str, **labels: str) -> float:
    """Sum of the samples of `name` whose labels include all of `labels`."""
    return sum(v for n, ls, v in samples(prometheus(envoy)) if n == name and all(ls.get(k) == w for k, w in labels.items()))


def series(envoy: Envoy, name: str) -> list[dict[str, str]]:
    """The label sets `name` has samples for."""
    return [ls for n, ls, _ in samples(prometheus(envoy)) if n == name]


def wait_metric(envoy: Envoy, name: str, want: float, timeout: float = 15.0, **labels: str) -> float:
    """Wait until the metric reaches `want` (histograms appear only after Envoy's stats flush)."""
    deadline = time.monotonic() + timeout
    got = metric(envoy, name, **labels)
    while got < want and time.monotonic() < deadline:
        time.sleep(0.1)
        got = metric(envoy, name, **labels)
    return got


def request_id(tag: str) -> str:
    """A unique x-request-id (Envoy keeps a client's; records are found by it)."""
    return f"{tag}-{uuid.uuid4().hex[:12]}"


def wait_records(envoy: Envoy, ids: Iterable[str], timeout: float = 10.0) -> dict[str, list[dict[str, Any]]]:
    """Audit records by request id, once every id in `ids` has at least one."""
    ids = set(ids)
    deadline = time.monotonic() + timeout
    while True:
        by_id: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for r in envoy.audit_log():
            if r.get("request_id") in by_id:
                by_id[r["request_id"]].append(r)
        missing = [i for i, rs in by_id.items() if not rs]
        if not missing:
            return by_id
        if time.monotonic() > deadline:
            raise AssertionError(f"no audit record for {sorted(missing)[:10]} in {envoy.audit_log_path}")
        time.sleep(0.1)


def wait_record(envoy: Envoy, rid: str, timeout: float = 10.0) -> dict[str, Any]:
    """The one audit record of a request."""
    recs = wait_records(envoy, [rid], timeout)[rid]
    assert len(recs) == 1, recs
    return recs[0]


def wait_access(envoy: Envoy, ids: Iterable[str], timeout: float = 10.0) -> dict[str, list[dict[str, Any]]]:
    """Access-log entries by request id, once every id has at least one."""
    ids = set(ids)
    deadline = time.monotonic() + timeout
    while True:
        by_id: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for e in envoy.access_log():
            if e.get("request_id") in by_id:
                by_id[e["request_id"]].append(e)
        missing = [i for i, es in by_id.items() if not es]
        if not missing:
            return by_id
        if time.monotonic() > deadline:
            raise AssertionError(f"no access-log entry for {sorted(missing)[:10]}")
        time.sleep(0.1)


def wait_until(pred: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)
