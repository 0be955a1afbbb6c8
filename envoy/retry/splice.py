#!/usr/bin/env python3
"""Add the retry routes (envoy/retry/retry-routes.yaml) to a rendered mcp-warden bootstrap.

The bootstrap template (envoy/envoy.yaml.tmpl, rendered by scripts/render_envoy.py)
stays the one source of the base config; this inserts the snippet's routes,
filled in for one MCP route (its path prefix and cluster), at the top of the
route list, so they win over the base route of the same prefix. It works on
text, so comments survive.

    scripts/render_envoy.py --policy examples/policy.json --mode b --out /tmp/envoy.yaml
    envoy/retry/splice.py --config /tmp/envoy.yaml --prefix /mcp --cluster mcp_upstream \\
        --out /tmp/envoy-retry.yaml

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUTES = HERE / "retry-routes.yaml"

_ROUTES = re.compile(r"^(?P<indent>[ ]*)routes:\s*$")


def splice(config: str, routes: str, *, prefix: str, cluster: str) -> str:
    """Return config with the routes inserted first in the first route list.

    Raises ValueError if the config has no route list or the values are odd."""
    if not re.fullmatch(r"/[A-Za-z0-9_./-]*", prefix):
        raise ValueError(f"prefix must be a path prefix, not {prefix!r}")
    if not re.fullmatch(r"[A-Za-z0-9_.|:-]+", cluster):
        raise ValueError(f"cluster must be an Envoy cluster name, not {cluster!r}")
    text = string.Template(routes).substitute(prefix=prefix, cluster=cluster)
    lines = config.splitlines()
    at = next((i for i, line in enumerate(lines) if _ROUTES.match(line)), None)
    if at is None:
        raise ValueError("no route list (routes:) in the config")
    # Items sit at the indentation of the first "- " after "routes:".
    item = next((line for line in lines[at + 1 :] if line.strip().startswith("- ")), "")
    indent = item[: len(item) - len(item.lstrip())]
    lines[at + 1 : at + 1] = [indent + line if line.strip() else "" for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", required=True, type=Path, help="a bootstrap rendered by scripts/render_envoy.py")
    ap.add_argument("--prefix", default="/mcp", help="the MCP route's path prefix")
    ap.add_argument("--cluster", default="mcp_upstream", help="the MCP route's cluster")
    ap.add_argument("--routes", type=Path, default=ROUTES)
    ap.add_argument("--out", type=Path, help="output file (default: stdout)")
    args = ap.parse_args(argv)
    try:
        text = splice(
            args.config.read_text(encoding="utf-8"),
            args.routes.read_text(encoding="utf-8"),
            prefix=args.prefix,
            cluster=args.cluster,
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
