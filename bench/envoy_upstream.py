"""Shared by the in-Envoy benchmarks (dlp_envoy.py, scan_envoy.py).

A plain Envoy on 127.0.0.1 that answers canned bodies with direct_response,
picked by the `x-bench-op` request header, so the upstream costs nothing;
and the CPU time of a process, for Envoy's cost per request.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.e2e import harness

UPSTREAM_YAML = """
admin:
  address: {socket_address: {address: 127.0.0.1, port_value: %(admin)d}}
static_resources:
  listeners:
  - name: l
    address: {socket_address: {address: 127.0.0.1, port_value: %(port)d}}
    enable_reuse_port: false
    per_connection_buffer_limit_bytes: 33554432
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: up
          route_config:
            max_direct_response_body_size_bytes: 33554432
            virtual_hosts:
            - name: up
              domains: ["*"]
              routes:
%(routes)s
          http_filters:
          - name: envoy.filters.http.router
            typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router}
"""

ROUTE = """              - match: {prefix: "/", headers: [{name: x-bench-op, string_match: {exact: %(op)s}}]}
                direct_response: {status: 200, body: {filename: "%(file)s"}}
                response_headers_to_add:
                - header: {key: content-type, value: application/json}
                  append_action: OVERWRITE_IF_EXISTS_OR_ADD
"""


def write_upstream_config(work: Path, base: int, payloads: dict[str, bytes]) -> Path:
    """Each payload to a file in `work`, and the upstream's config answering
    it for `x-bench-op: <name>`, listening on `base` (admin on `base + 1`)."""
    routes = ""
    for op, data in payloads.items():
        f = work / f"{op}.json"
        f.write_bytes(data)
        routes += ROUTE % {"op": op, "file": f}
    cfg = work / "upstream.yaml"
    cfg.write_text(UPSTREAM_YAML % {"admin": base + 1, "port": base, "routes": routes.rstrip("\n")})
    return cfg


class Upstream(harness.Proc):
    def __init__(self, work: Path) -> None:
        super().__init__()
        self.name, self.log_path = "upstream", work / "upstream.log"

    def start(self, cfg: Path, port: int) -> Upstream:
        self._spawn([harness.envoy_bin(), "-c", str(cfg), "--concurrency", "1", "--disable-hot-restart"])
        harness.wait_for_port(port, self, 30)
        return self


def cpu_us(pid: int) -> float:
    """User plus system CPU time of a process, in µs (10 ms resolution)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    return ticks * 1e6 / os.sysconf("SC_CLK_TCK")
