#!/usr/bin/env python3
"""Add Envoy rate limit filters (and clusters) to a rendered mcp-warden bootstrap.

The bootstrap template (envoy/envoy.yaml.tmpl, rendered by scripts/render_envoy.py)
stays the one source of the base config; this inserts the http_filters of a
snippet such as envoy/ratelimit/local-ratelimit.yaml right before the router
(so after mcp-warden, which must publish the facts first), and the clusters of
a snippet such as global-ratelimit-cluster.yaml at the start of
static_resources.clusters. Comments survive: it works on text, re-indenting the
snippets to the places they go.

    scripts/render_envoy.py --policy examples/policy.json --mode b --out /tmp/envoy.yaml
    envoy/ratelimit/splice.py --config /tmp/envoy.yaml \\
        --filters envoy/ratelimit/local-ratelimit.yaml --out /tmp/envoy-rl.yaml

    envoy/ratelimit/splice.py --config /tmp/envoy.yaml \\
        --filters envoy/ratelimit/global-ratelimit.yaml \\
        --clusters envoy/ratelimit/global-ratelimit-cluster.yaml \\
        --ratelimit-host ratelimit --ratelimit-port 8081 --out /tmp/envoy-grl.yaml

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCAL = HERE / "local-ratelimit.yaml"
GLOBAL = HERE / "global-ratelimit.yaml"
GLOBAL_CLUSTER = HERE / "global-ratelimit-cluster.yaml"
SERVICE_CONFIG = HERE / "ratelimit-service-config.yaml"

_ROUTER = re.compile(r"^(?P<indent>[ ]*)- name: envoy\.filters\.http\.router\s*$")
_WASM = re.compile(r"^[ ]*- name: envoy\.filters\.http\.wasm\s*$")
_CLUSTERS = re.compile(r"^(?P<indent>[ ]*)clusters:\s*$")


def _indent(snippet: str, indent: str) -> list[str]:
    """The snippet's lines (a YAML list at column 0), shifted right by indent."""
    out = []
    for line in snippet.splitlines():
        out.append(indent + line if line.strip() else "")
    return out


def splice(
    config: str,
    filters: str | None = None,
    clusters: str | None = None,
    *,
    ratelimit_host: str = "127.0.0.1",
    ratelimit_port: int = 8081,
) -> str:
    """Return config with the snippets inserted. Raises ValueError if the
    bootstrap does not have the expected shape (wasm filter before a router)."""
    lines = config.splitlines()
    if filters is not None:
        router = next((i for i, line in enumerate(lines) if _ROUTER.match(line)), None)
        if router is None:
            raise ValueError("no envoy.filters.http.router entry in the config's http_filters")
        wasm = next((i for i, line in enumerate(lines) if _WASM.match(line)), None)
        if wasm is None or wasm > router:
            raise ValueError("the mcp-warden wasm filter must come before the router: the limits read its facts")
        m = _ROUTER.match(lines[router])
        assert m is not None
        lines[router:router] = _indent(filters, m.group("indent"))
    if clusters is not None:
        text = string.Template(clusters).substitute(ratelimit_host=ratelimit_host, ratelimit_port=ratelimit_port)
        at = next((i for i, line in enumerate(lines) if _CLUSTERS.match(line)), None)
        if at is None:
            raise ValueError("no static_resources.clusters in the config")
        # Items sit at the indentation of the first "- " after "clusters:".
        item = next((line for line in lines[at + 1 :] if line.strip()), "")
        indent = item[: len(item) - len(item.lstrip())]
        lines[at + 1 : at + 1] = _indent(text, indent)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", required=True, type=Path, help="a bootstrap rendered by scripts/render_envoy.py")
    ap.add_argument("--filters", type=Path, help="http_filters snippet (inserted before the router)")
    ap.add_argument("--clusters", type=Path, help="clusters snippet (added to static_resources.clusters)")
    ap.add_argument("--ratelimit-host", default="127.0.0.1")
    ap.add_argument("--ratelimit-port", type=int, default=8081)
    ap.add_argument("--out", type=Path, help="output file (default: stdout)")
    args = ap.parse_args(argv)
    try:
        text = splice(
            args.config.read_text(encoding="utf-8"),
            args.filters.read_text(encoding="utf-8") if args.filters else None,
            args.clusters.read_text(encoding="utf-8") if args.clusters else None,
            ratelimit_host=args.ratelimit_host,
            ratelimit_port=args.ratelimit_port,
        )
    except (OSError, ValueError, KeyError) as e:
        print(f"splice.py: {e}", file=sys.stderr)
        return 2
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
