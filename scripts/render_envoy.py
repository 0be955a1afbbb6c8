#!/usr/bin/env python3
"""Render an Envoy bootstrap for mcp-warden from a template in envoy/ and a policy.

The one place where the policy JSON is embedded into an Envoy config: the demo,
the end-to-end tests and docker-compose all call this with the same template.

    scripts/render_envoy.py --policy examples/policy.json --mode a --out .run/envoy.yaml

Modes (BRIEF.md, "Two deployment modes"):
  a  Istio-like: PluginConfig without allow_on_headers_stop_iteration;
     the policy gets "envoy": {"allowOnHeadersStopIteration": false}.
  b  PluginConfig allow_on_headers_stop_iteration: true;
     the policy gets "envoy": {"allowOnHeadersStopIteration": true}.

The policy may be JSON or JSON with comments (.jsonc). With --raw-policy its
text is embedded byte for byte (for tests that feed Envoy a broken policy).
Only the standard library is used, so this runs with any python3.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATE = ROOT / "envoy" / "envoy.yaml.tmpl"

# Presets: "native" runs everything on this machine's loopback; "compose" is
# what docker-compose.yml mounts into the official Envoy image.
PRESETS: dict[str, dict[str, str]] = {
    "native": {
        "admin_address": "127.0.0.1",
        "admin_port": "9901",
        "listen_address": "127.0.0.1",
        "listen_port": "10000",
        "upstream_host": "127.0.0.1",
        "upstream_port": "8000",
        "wasm_path": str(ROOT / "dist" / "mcp_warden.wasm"),
        "jwks_path": str(ROOT / "envoy" / "demo-jwks.json"),
        "access_log_path": "/dev/stdout",
        "audit_log_path": "/dev/stdout",
    },
    "compose": {
        # Inside the container; docker-compose.yml publishes both ports on the
        # host's 127.0.0.1 only.
        "admin_address": "0.0.0.0",
        "admin_port": "9901",
        "listen_address": "0.0.0.0",
        "listen_port": "10000",
        "upstream_host": "mcp-server",
        "upstream_port": "8000",
        "wasm_path": "/etc/mcp-warden/mcp_warden.wasm",
        "jwks_path": "/etc/mcp-warden/envoy/demo-jwks.json",
        "access_log_path": "/dev/stdout",
        "audit_log_path": "/dev/stdout",
    },
}

# The optional mTLS listener (SPIFFE workload identity) needs all of these.
MTLS_PARAMS = ("mtls_port", "mtls_cert_path", "mtls_key_path", "mtls_ca_path")

# Optional credential plumbing (issue 6), all off by default:
#   host_env_keys       comma-separated environment variable names the wasm VM
#                       may read (vm_config.environment_variables.host_env_keys):
#                       where injected credentials come from;
#   jwt_forward         "true" keeps the client's Authorization header after
#                       jwt_authn so mcp-warden can exchange it (mcp-warden
#                       still removes it before the upstream); default "false";
#   token_service_port  renders a "token_service" cluster on token_service_host
#                       (default 127.0.0.1) for an RFC 8693 exchange.
CREDENTIAL_PARAMS = ("host_env_keys", "jwt_forward", "token_service_host", "token_service_port")

# Optional approval plumbing, off by default (the rendered text is then
# unchanged):
#   approval_service_port  renders the "approval_service" cluster (on
#                          approval_service_host, default 127.0.0.1) that the
#                          policy's approvals.cluster names, the approval page
#                          route (/approvals, mcp-warden off there) and a
#                          jwt_authn provider that requires a token on it and
#                          forwards the verified payload as x-jwt-payload.
#                          The service's shared key reaches the filter through
#                          host_env_keys (name the policy's approvals.keyFromEnv).
APPROVAL_PARAMS = ("approval_service_host", "approval_service_port")

# Optional upstream plumbing, off by default (the rendered text is then
# unchanged):
#   upstream_http2   true: mcp_upstream speaks HTTP/2 cleartext (prior
#                    knowledge) instead of HTTP/1.1;
#   extra_upstreams  (Python API only) more routes, each to its own cluster:
#                    a list of {"name", "prefix", "port", "host"
#                    (default 127.0.0.1), "http2" (default false)}. The routes
#                    go before the MCP routes; the tests use them to put canned
#                    upstreams behind the same Envoy as the sample server.
UPSTREAM_PARAMS = ("upstream_http2",)

JWT_ISSUER = "https://issuer.mcp-warden.example"
JWT_AUDIENCE = "mcp-warden-demo"

MIB = 1024 * 1024


def strip_jsonc(text: str) -> str:
    """Remove // line comments and /* */ block comments outside JSON strings.

    Trailing commas are not JSON and are not removed: the sample policy has none.
    """
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end == -1 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end == -1:
                raise ValueError("unterminated /* comment")
            i = end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load_policy(text: str, mode: str) -> tuple[str, dict | None]:
    """Parse a (commented) policy and set envoy.allowOnHeadersStopIteration for the mode.

    Returns the compact JSON to embed and the parsed policy.
    """
    policy = json.loads(strip_jsonc(text))
    if not isinstance(policy, dict):
        raise ValueError("the policy must be a JSON object")
    # Editor metadata (a path next to the source file) means nothing in Envoy.
    policy.pop("$schema", None)
    envoy = policy.setdefault("envoy", {})
    if not isinstance(envoy, dict):
        raise ValueError('the policy\'s "envoy" member must be an object')
    envoy["allowOnHeadersStopIteration"] = mode == "b"
    return json.dumps(policy, separators=(",", ":"), ensure_ascii=False), policy


# The filter's own defaults for limits the policy leaves out.
FILTER_DEFAULT_CAPS = {"maxRequestBodyBytes": MIB, "maxResponseBodyBytes": 8 * MIB}


def _buffer_limit(policy: dict | None, *keys: str) -> int:
    """Envoy's buffer limit: twice the largest of the filter's caps (at least
    1 MiB, Envoy's default). The listener limit also caps answers the filter
    buffers (lists, DLP), so it must cover the response cap too."""
    limits = (policy or {}).get("limits")
    caps = []
    for key in keys:
        cap = limits.get(key) if isinstance(limits, dict) else None
        if not (isinstance(cap, int) and not isinstance(cap, bool) and cap > 0):
            cap = FILTER_DEFAULT_CAPS.get(key, MIB)
        caps.append(cap)
    return max([MIB] + [2 * c for c in caps])


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar. JSON string syntax is a subset of YAML's."""
    return json.dumps(value, ensure_ascii=False)


def _select_section(text: str, name: str, keep: bool) -> str:
    """Keep or drop the lines between `@begin-<name>` and `@end-<name>` (marker lines always go)."""
    lines = []
    inside = False
    for line in text.splitlines(keepends=True):
        if f"@begin-{name}" in line:
            inside = True
            continue
        if f"@end-{name}" in line:
            inside = False
            continue
        if inside and not keep:
            continue
        lines.append(line)
    return "".join(lines)


def _select_lines(text: str, mode: str, with_filter: bool, with_mtls: bool = False) -> str:
    lines = []
    in_filter = False
    in_mtls = False
    for line in text.splitlines(keepends=True):
        if "@begin-mtls" in line:
            in_mtls = True
            continue
        if "@end-mtls" in line:
            in_mtls = False
            continue
        if in_mtls and not with_mtls:
            continue
        if "@begin-filter" in line:
            in_filter = True
            if with_filter:
                lines.append(line.replace(" @begin-filter", ""))
            continue
        if "@end-filter" in line:
            in_filter = False
            continue
        if in_filter and not with_filter:
            continue
        if "# @mode-b-only" in line:
            if mode != "b":
                continue
            line = re.sub(r"\s*# @mode-b-only", "", line)
        lines.append(line)
    return "".join(lines)


_HTTP2_OPTIONS = """\
typed_extension_protocol_options:
  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
    explicit_http_config:
      http2_protocol_options: {}
"""


def _extra_upstreams(extras: object) -> tuple[str, str]:
    """(routes, clusters) YAML for extra_upstreams, unindented."""
    if not extras:
        return "", ""
    if not isinstance(extras, (list, tuple)):
        raise ValueError("extra_upstreams must be a list of objects")
    routes, clusters = [], []
    for i, extra in enumerate(extras):
        if not isinstance(extra, dict):
            raise ValueError(f"extra_upstreams[{i}] must be an object")
        unknown = set(extra) - {"name", "prefix", "port", "host", "http2"}
        if unknown:
            raise ValueError(f"extra_upstreams[{i}]: unknown keys {sorted(unknown)}")
        name, prefix, port = extra.get("name"), extra.get("prefix"), extra.get("port")
        host = extra.get("host", "127.0.0.1")
        if not (isinstance(name, str) and re.fullmatch(r"[a-z][a-z0-9_]{0,62}", name)):
            raise ValueError(f"extra_upstreams[{i}].name must match [a-z][a-z0-9_]*")
        if not (isinstance(prefix, str) and re.fullmatch(r"/[A-Za-z0-9_./-]*", prefix)):
            raise ValueError(f"extra_upstreams[{i}].prefix must be a path prefix")
        if not (isinstance(port, int) and 0 < port < 65536):
            raise ValueError(f"extra_upstreams[{i}].port must be a port number")
        if not (isinstance(host, str) and re.fullmatch(r"[A-Za-z0-9.:-]+", host)):
            raise ValueError(f"extra_upstreams[{i}].host must be a host name or address")
        routes.append(f"- match: {{ prefix: {_yaml_string(prefix)} }}\n  route: {{ cluster: {name}, timeout: 0s }}\n")
        cluster = (
            f"- name: {name}\n"
            "  type: STRICT_DNS\n"
            "  dns_lookup_family: V4_ONLY\n"
            "  connect_timeout: 2s\n"
            "  per_connection_buffer_limit_bytes: ${upstream_buffer_limit}\n"
        )
        if extra.get("http2", False):
            cluster += "".join("  " + line + "\n" for line in _HTTP2_OPTIONS.splitlines())
        cluster += (
            "  load_assignment:\n"
            f"    cluster_name: {name}\n"
            "    endpoints:\n"
            "    - lb_endpoints:\n"
            "      - endpoint:\n"
            "          address:\n"
            f"            socket_address: {{ address: {host}, port_value: {port} }}\n"
        )
        clusters.append(cluster)
    return "".join(routes), "".join(clusters)


def _fill_marker(text: str, marker: str, snippet: str) -> str:
    """Replace the line holding `# @<marker>` with snippet, indented like it (or drop the line)."""
    out = []
    for line in text.splitlines(keepends=True):
        if f"# @{marker}" in line:
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + s + "\n" for s in snippet.splitlines())
            continue
        out.append(line)
    return "".join(out)


def render(
    template: str,
    policy_text: str,
    *,
    mode: str,
    raw_policy: bool = False,
    with_filter: bool = True,
    **params: object,
) -> str:
    """Return the rendered Envoy YAML. params override the "native" preset."""
    if mode not in ("a", "b"):
        raise ValueError(f"mode must be 'a' or 'b', not {mode!r}")
    if raw_policy:
        embedded, policy = policy_text, None
    else:
        embedded, policy = load_policy(policy_text, mode)
    extras = params.pop("extra_upstreams", None)
    values: dict[str, str] = dict(PRESETS["native"])
    if isinstance(params.get("host_env_keys"), (list, tuple)):
        params["host_env_keys"] = ",".join(params["host_env_keys"])  # type: ignore[arg-type]
    values.update({k: str(v) for k, v in params.items() if v is not None})
    values.setdefault("listener_buffer_limit", str(_buffer_limit(policy, "maxRequestBodyBytes", "maxResponseBodyBytes")))
    values.setdefault("upstream_buffer_limit", str(_buffer_limit(policy, "maxResponseBodyBytes")))
    values.setdefault("jwt_issuer", _yaml_string(JWT_ISSUER))
    values.setdefault("jwt_audience", _yaml_string(JWT_AUDIENCE))
    values["policy_json"] = _yaml_string(embedded)
    with_mtls = bool(values.get("mtls_port"))
    if with_mtls:
        missing = [k for k in MTLS_PARAMS if not values.get(k)]
        if missing:
            raise ValueError(f"--mtls-port needs {', '.join('--' + k.replace('_', '-') for k in missing)}")
    values.setdefault("jwt_forward", "false")
    if values["jwt_forward"].lower() not in ("true", "false"):
        raise ValueError(f"jwt_forward must be true or false, not {values['jwt_forward']!r}")
    values["jwt_forward"] = values["jwt_forward"].lower()
    keys = [k.strip() for k in values.get("host_env_keys", "").split(",") if k.strip()]
    if keys:
        values["host_env_keys"] = "[" + ", ".join(_yaml_string(k) for k in keys) + "]"
    values.setdefault("token_service_host", "127.0.0.1")
    values.setdefault("approval_service_host", "127.0.0.1")
    http2 = values.pop("upstream_http2", "false").lower()
    if http2 not in ("true", "false"):
        raise ValueError(f"upstream_http2 must be true or false, not {http2!r}")
    template = _select_section(template, "upstream-http2", http2 == "true")
    extra_routes, extra_clusters = _extra_upstreams(extras)
    template = _fill_marker(template, "extra-routes", extra_routes)
    template = _fill_marker(template, "extra-clusters", extra_clusters)
    template = _select_section(template, "host-env", bool(keys))
    template = _select_section(template, "token-service", bool(values.get("token_service_port")))
    template = _select_section(template, "approval", bool(values.get("approval_service_port")))
    body = _select_lines(template, mode, with_filter, with_mtls)
    header = (
        "# GENERATED by scripts/render_envoy.py from envoy/envoy.yaml.tmpl "
        f"(mode {mode}{'' if with_filter else ', without mcp-warden'}). Do not edit.\n"
    )
    return header + string.Template(body).substitute(values)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", required=True, type=Path, help="policy JSON or JSONC file")
    ap.add_argument("--mode", required=True, choices=["a", "b"])
    ap.add_argument("--out", type=Path, help="output file (default: stdout)")
    ap.add_argument("--template", type=Path, default=DEFAULT_TEMPLATE)
    ap.add_argument("--preset", choices=sorted(PRESETS), default="native")
    ap.add_argument("--raw-policy", action="store_true", help="embed the policy text unchanged (no parse, no mode fix-up)")
    ap.add_argument("--without-filter", action="store_true", help="leave mcp-warden out (baseline for benchmarks)")
    ap.add_argument("--upstream-http2", action="store_true", help="mcp_upstream speaks HTTP/2 (cleartext)")
    names = [*PRESETS["native"], *MTLS_PARAMS, *CREDENTIAL_PARAMS, *APPROVAL_PARAMS]
    for name in names:
        ap.add_argument("--" + name.replace("_", "-"), dest=name)
    args = ap.parse_args(argv)

    params = dict(PRESETS[args.preset])
    params.update({k: getattr(args, k) for k in names if getattr(args, k) is not None})
    if args.upstream_http2:
        params["upstream_http2"] = "true"
    try:
        text = render(
            args.template.read_text(encoding="utf-8"),
            args.policy.read_text(encoding="utf-8"),
            mode=args.mode,
            raw_policy=args.raw_policy,
            with_filter=not args.without_filter,
            **params,
        )
    except (OSError, ValueError, KeyError) as e:
        print(f"render_envoy.py: {e}", file=sys.stderr)
        return 2
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
