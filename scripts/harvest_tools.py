#!/usr/bin/env python3
"""Harvest real tool definitions from public MCP server packages (npm, PyPI)
for the clean half of the tool-poisoning corpus (tests/integrity/corpus/).

    python3 scripts/harvest_tools.py OUT.json [NAME ...]

Each server below is installed into a scratch folder (npm install
--ignore-scripts / pip install into a private venv), started over stdio with
dummy credentials in its environment (the servers list tools without
calling their APIs), and asked for tools/list, prompts/list, resources/list
and resources/templates/list with a plain JSON-RPC client (no SDK, so no
client-side validation changes what the server sent). Servers that fail to
start are reported and skipped. Nothing is sent anywhere but the child's
stdin; the servers get no network credentials.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRATCH = Path(os.environ.get("HARVEST_DIR", "/tmp/mcp-harvest"))
DUMMY = {
    k: "dummy-value-for-listing"
    for k in (
        "BRAVE_API_KEY GITLAB_PERSONAL_ACCESS_TOKEN GOOGLE_MAPS_API_KEY SLACK_BOT_TOKEN SLACK_TEAM_ID "
        "EVERART_API_KEY AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_REGION CIRCLECI_TOKEN HEROKU_API_KEY "
        "PRIVATE_APP_ACCESS_TOKEN LAUNCHDARKLY_API_KEY MAPBOX_ACCESS_TOKEN ES_URL ES_API_KEY MYSQL_HOST "
        "MYSQL_USER MYSQL_PASS MYSQL_DB NEON_API_KEY BROWSERSTACK_USERNAME BROWSERSTACK_ACCESS_KEY "
        "BW_SESSION BW_CLIENT_ID BW_CLIENT_SECRET TRELLO_API_KEY TRELLO_TOKEN TRELLO_BOARD_ID "
        "ATLASSIAN_SITE_NAME ATLASSIAN_USER_EMAIL ATLASSIAN_API_TOKEN DOPPLER_TOKEN NOTION_TOKEN "
        "OPENAPI_MCP_HEADERS FIRECRAWL_API_KEY TAVILY_API_KEY EXA_API_KEY SUPABASE_ACCESS_TOKEN "
        "STRIPE_SECRET_KEY GITHUB_PERSONAL_ACCESS_TOKEN SENTRY_ACCESS_TOKEN LINEAR_API_KEY "
        "APIFY_TOKEN CONTEXT7_API_KEY TWILIO_ACCOUNT_SID TWILIO_API_KEY TWILIO_API_SECRET "
        "QDRANT_URL COLLECTION_NAME OBSIDIAN_API_KEY JIRA_URL JIRA_USERNAME JIRA_API_TOKEN "
        "CONFLUENCE_URL CONFLUENCE_USERNAME CONFLUENCE_API_TOKEN PERPLEXITY_API_KEY"
    ).split()
}
DUMMY["ES_URL"] = "http://127.0.0.1:9"
DUMMY["QDRANT_URL"] = "http://127.0.0.1:9"
DUMMY["AWS_REGION"] = "us-east-1"

# (corpus name, registry, package==version or package@version, command after install, extra args)
SERVERS = [
    ("brave-search", "npm", "@modelcontextprotocol/server-brave-search@0.6.2", "mcp-server-brave-search", []),
    ("gitlab", "npm", "@modelcontextprotocol/server-gitlab@2025.4.25", "mcp-server-gitlab", []),
    ("google-maps", "npm", "@modelcontextprotocol/server-google-maps@0.6.2", "mcp-server-google-maps", []),
    ("postgres", "npm", "@modelcontextprotocol/server-postgres@0.6.2", "mcp-server-postgres", ["postgresql://127.0.0.1:9/db"]),
    ("puppeteer", "npm", "@modelcontextprotocol/server-puppeteer@2025.5.12", "mcp-server-puppeteer", []),
    ("redis", "npm", "@modelcontextprotocol/server-redis@2025.4.25", "mcp-server-redis", ["redis://127.0.0.1:9"]),
    ("slack", "npm", "@modelcontextprotocol/server-slack@2025.4.25", "mcp-server-slack", []),
    ("everart", "npm", "@modelcontextprotocol/server-everart@0.6.2", "mcp-server-everart", []),
    ("aws-kb-retrieval", "npm", "@modelcontextprotocol/server-aws-kb-retrieval@0.6.2", "mcp-server-aws-kb-retrieval", []),
    ("circleci", "npm", "@circleci/mcp-server-circleci@0.20.0", "mcp-server-circleci", []),
    ("heroku", "npm", "@heroku/mcp-server@1.2.8", "heroku-mcp-server", []),
    ("hubspot", "npm", "@hubspot/mcp-server@0.4.0", "mcp-hubspot", []),
    ("mapbox", "npm", "@mapbox/mcp-server@0.14.0", "mcp-server", []),
    ("elasticsearch", "npm", "@elastic/mcp-server-elasticsearch@0.3.1", "mcp-server-elasticsearch", []),
    ("mysql", "npm", "@benborla29/mcp-server-mysql@2.0.9", "mcp-server-mysql", []),
    ("antv-chart", "npm", "@antv/mcp-server-chart@0.9.10", "mcp-server-chart", []),
    ("airbnb", "npm", "@openbnb/mcp-server-airbnb@0.3.0", "mcp-server-airbnb", ["--ignore-robots-txt"]),
    ("youtube-transcript", "npm", "@kimtaeyoon83/mcp-server-youtube-transcript@0.1.1", "mcp-server-youtube-transcript", []),
    ("weather", "npm", "@h1deya/mcp-server-weather@0.1.3", "mcp-server-weather", []),
    ("neon", "npm", "@neondatabase/mcp-server-neon@0.6.5", "mcp-server-neon", ["start", "dummy-value-for-listing"]),
    ("browserstack", "npm", "@browserstack/mcp-server@1.4.2", "mcp-server", []),
    ("trello", "npm", "@delorenj/mcp-server-trello@1.8.1", "mcp-server-trello", []),
    ("jira", "npm", "@aashari/mcp-server-atlassian-jira@3.3.0", "mcp-atlassian-jira", []),
    ("bitbucket", "npm", "@aashari/mcp-server-atlassian-bitbucket@3.1.0", "mcp-atlassian-bitbucket", []),
    ("commands", "npm", "@agent-infra/mcp-server-commands@1.2.18", "mcp-server-commands", []),
    ("ccxt", "npm", "@mcpfun/mcp-server-ccxt@1.2.1", "mcp-server-ccxt", []),
    ("notion", "npm", "@notionhq/notion-mcp-server", "notion-mcp-server", []),
    ("playwright", "npm", "@playwright/mcp", "playwright-mcp", []),
    ("context7", "npm", "@upstash/context7-mcp", "context7-mcp", []),
    ("kubernetes", "npm", "mcp-server-kubernetes", "mcp-server-kubernetes", []),
    ("firecrawl", "npm", "firecrawl-mcp", "firecrawl-mcp", []),
    ("tavily", "npm", "tavily-mcp", "tavily-mcp", []),
    ("desktop-commander", "npm", "@wonderwhy-er/desktop-commander", "desktop-commander", []),
    ("supabase", "npm", "@supabase/mcp-server-supabase", "mcp-server-supabase", ["--access-token", "dummy-value-for-listing"]),
    ("sentry", "npm", "@sentry/mcp-server", "sentry-mcp", ["--access-token=dummy-value-for-listing"]),
    ("mongodb", "npm", "mongodb-mcp-server", "mongodb-mcp-server", []),
    ("stripe", "npm", "@stripe/mcp", "mcp", ["--tools=all", "--api-key=sk_test_dummyvalueforlisting"]),
    ("exa", "npm", "exa-mcp-server", "exa-mcp-server", []),
    ("pdf", "npm", "@modelcontextprotocol/server-pdf@2.0.4", "mcp-server-pdf", []),
    ("chrome-devtools", "npm", "chrome-devtools-mcp", "chrome-devtools-mcp", []),
    ("sqlite", "pypi", "mcp-server-sqlite", "mcp-server-sqlite", ["--db-path", "/tmp/mcp-harvest/x.db"]),
    ("qdrant", "pypi", "mcp-server-qdrant", "mcp-server-qdrant", []),
    ("atlassian", "pypi", "mcp-atlassian", "mcp-atlassian", []),
    ("aws-docs", "pypi", "awslabs.aws-documentation-mcp-server", "awslabs.aws-documentation-mcp-server", []),
    ("docker", "pypi", "mcp-server-docker", "mcp-server-docker", []),
    ("obsidian", "pypi", "mcp-obsidian", "mcp-obsidian", []),
]


def install(name: str, registry: str, spec: str) -> Path | None:
    d = SCRATCH / name
    d.mkdir(parents=True, exist_ok=True)
    if registry == "npm":
        cmd = ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", "--prefix", str(d), spec]
        bindir = d / "node_modules" / ".bin"
    else:
        venv = d / "venv"
        if not (venv / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        cmd = [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", spec]
        bindir = venv / "bin"
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        print(f"[{name}] install failed: {r.stderr[-400:]}", file=sys.stderr)
        return None
    return bindir


def version_of(name: str, registry: str, spec: str) -> str:
    d = SCRATCH / name
    pkg = spec.rsplit("@", 1)[0] if spec.count("@") > (1 if spec.startswith("@") else 0) else spec
    if registry == "npm":
        p = d / "node_modules" / pkg / "package.json"
        try:
            return json.loads(p.read_text())["version"]
        except Exception:  # noqa: BLE001
            return "?"
    r = subprocess.run([str(d / "venv" / "bin" / "pip"), "show", spec.split("==")[0]], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    return "?"


class Rpc:
    def __init__(self, argv: list[str], env: dict[str, str]):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=str(SCRATCH))
        self.buf = b""
        self.next_id = 1

    def send(self, obj: dict) -> None:
        assert self.p.stdin
        self.p.stdin.write((json.dumps(obj) + "\n").encode())
        self.p.stdin.flush()

    def call(self, method: str, params: dict, timeout: float = 40.0) -> dict:
        i = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        deadline = time.time() + timeout
        assert self.p.stdout
        fd = self.p.stdout.fileno()
        while time.time() < deadline:
            while b"\n" in self.buf:
                line, self.buf = self.buf.split(b"\n", 1)
                try:
                    msg = json.loads(line)
                except ValueError:
                    continue
                if isinstance(msg, dict) and msg.get("id") == i and "method" not in msg:
                    return msg
                if isinstance(msg, dict) and "method" in msg and "id" in msg:
                    # a server request (roots/list…): answer empty
                    self.send({"jsonrpc": "2.0", "id": msg["id"], "result": {"roots": []}})
            r, _, _ = select.select([fd], [], [], 0.5)
            if r:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    raise RuntimeError("server exited")
                self.buf += chunk
        raise TimeoutError(method)

    def close(self) -> None:
        try:
            self.p.kill()
            self.p.wait(timeout=10)
        except Exception:  # noqa: BLE001
            pass


def dump(name: str, bindir: Path, cmd: str, args: list[str]) -> dict | None:
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": str(SCRATCH / "home"), **DUMMY}
    (SCRATCH / "home").mkdir(exist_ok=True)
    exe = bindir / cmd
    if not exe.exists():
        cands = [p.name for p in bindir.iterdir()] if bindir.exists() else []
        print(f"[{name}] no {cmd} in {bindir}: {cands[:20]}", file=sys.stderr)
        return None
    rpc = Rpc([str(exe), *args], env)
    try:
        init = rpc.call(
            "initialize",
            {"protocolVersion": "2025-06-18", "capabilities": {"roots": {}, "sampling": {}, "elicitation": {}},
             "clientInfo": {"name": "harvest", "version": "1"}},
            timeout=90,
        )
        if "result" not in init:
            print(f"[{name}] initialize: {init}", file=sys.stderr)
            return None
        rpc.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        caps = init["result"].get("capabilities", {})
        out: dict = {}
        for field, method, cap in (
            ("tools", "tools/list", "tools"),
            ("prompts", "prompts/list", "prompts"),
            ("resources", "resources/list", "resources"),
            ("resourceTemplates", "resources/templates/list", "resources"),
        ):
            items: list = []
            if cap in caps:
                cursor = None
                for _ in range(20):
                    res = rpc.call(method, {"cursor": cursor} if cursor else {})
                    body = res.get("result") or {}
                    items += body.get(field, [])
                    cursor = body.get("nextCursor")
                    if not cursor:
                        break
            out[field] = items
        return out
    except Exception as e:  # noqa: BLE001
        print(f"[{name}] failed: {e!r}", file=sys.stderr)
        return None
    finally:
        rpc.close()


def main() -> int:
    out_path = Path(sys.argv[1])
    only = set(sys.argv[2:])
    SCRATCH.mkdir(parents=True, exist_ok=True)
    result = json.loads(out_path.read_text()) if out_path.exists() else {"servers": []}
    have = {s["server"] for s in result["servers"]}
    for name, registry, spec, cmd, args in SERVERS:
        if (only and name not in only) or name in have:
            continue
        bindir = install(name, registry, spec)
        if bindir is None:
            continue
        lists = dump(name, bindir, cmd, args)
        if lists is None or not lists.get("tools"):
            print(f"[{name}] no tools", file=sys.stderr)
            continue
        ver = version_of(name, registry, spec)
        base = spec.split("==")[0]
        if registry == "npm" and base.count("@") > (1 if base.startswith("@") else 0):
            base = base.rsplit("@", 1)[0]
        result["servers"].append({"server": name, "source": f"{registry} {base} {ver}", **lists})
        out_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        print(f"[{name}] {len(lists['tools'])} tools", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
