#!/usr/bin/env python3
"""(v2 copy for the held-out corpus: new server table, more dummy env, split tag.)

Harvest real tool definitions from public MCP server packages (npm, PyPI)
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

ABOUT = ("Held-out clean corpus v2: tool/prompt/resource definitions exactly as public MCP server packages "
         "(npm, PyPI) sent them over stdio to a plain JSON-RPC client, harvested with dummy credentials.")
SCRATCH = Path(os.environ.get("HARVEST_DIR", "/tmp/mcp-harvest-v2"))
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
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "DATADOG_API_KEY DATADOG_APP_KEY DD_API_KEY DD_APP_KEY FIGMA_API_KEY PINECONE_API_KEY BROWSERBASE_API_KEY "
        "BROWSERBASE_PROJECT_ID GEMINI_API_KEY CLOUDFLARE_API_TOKEN CLOUDFLARE_ACCOUNT_ID VERCEL_API_TOKEN VERCEL_TOKEN "
        "GRAFANA_API_KEY GRAFANA_SERVICE_ACCOUNT_TOKEN ARGOCD_API_TOKEN NETLIFY_PERSONAL_ACCESS_TOKEN UPSTASH_EMAIL "
        "UPSTASH_API_KEY PAGERDUTY_USER_API_KEY OP_SERVICE_ACCOUNT_TOKEN API_TOKEN HOMEASSISTANT_TOKEN LINEAR_ACCESS_TOKEN "
        "CLICKHOUSE_USER CLICKHOUSE_PASSWORD SNOWFLAKE_ACCOUNT SNOWFLAKE_USER SNOWFLAKE_PASSWORD SNOWFLAKE_PAT "
        "ROOTLY_API_TOKEN TWILIO_AUTH_TOKEN BW_PASSWORD BW_API_BASE_URL_DUMMY AZURE_DEVOPS_PAT ADO_PAT "
        "SSH_PASSWORD SSH_MCP_PASSWORD VERCEL_API_KEY DT_PLATFORM_TOKEN OAUTH_CLIENT_ID OAUTH_CLIENT_SECRET CLARITY_API_TOKEN DIGITALOCEAN_API_TOKEN "
        "OPENSEARCH_USERNAME OPENSEARCH_PASSWORD DBT_TOKEN MYSQL_PASSWORD REDIS_PASSWORD"
    ).split()
})
for k in ("DT_ENVIRONMENT", "GRAFANA_URL", "ARGOCD_BASE_URL", "HOMEASSISTANT_URL", "OPENSEARCH_URL", "CHROMA_HOST", "BW_API_BASE_URL", "BW_IDENTITY_URL", "DBT_HOST"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "CLICKHOUSE_HOST": "127.0.0.1", "CLICKHOUSE_PORT": "9", "CLICKHOUSE_SECURE": "false", "MYSQL_PORT": "9",
    "MYSQL_HOST": "127.0.0.1", "CHROMA_CLIENT_TYPE": "ephemeral", "DBT_PROJECT_DIR": "/tmp/mcp-harvest-v2/dbtproj",
    "DBT_PATH": "/bin/false", "DISABLE_DBT_CLI": "true", "DISABLE_SEMANTIC_LAYER": "true", "DISABLE_DISCOVERY": "true",
    "ALLOWED_DIR": "/tmp/mcp-harvest-v2/sandbox", "ALLOWED_COMMANDS": "ls,cat,pwd", "ALLOWED_FLAGS": "-l,-a",
    "FASTMCP_LOG_LEVEL": "ERROR", "AWS_PROFILE": "", "NODE_NO_WARNINGS": "1",
    # keep any HTTP the servers try on start on this machine (the listing needs none)
    "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "ALL_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1,localhost",
})
del DUMMY["AWS_PROFILE"]
DUMMY["ES_URL"] = "http://127.0.0.1:9"
DUMMY["QDRANT_URL"] = "http://127.0.0.1:9"
DUMMY["AWS_REGION"] = "us-east-1"

# (corpus name, registry, package==version or package@version, command after install, extra args)
SERVERS = [
    # --- npm ---
    ("stripe", "npm", "@stripe/mcp", "mcp", ["--tools=all", "--api-key=sk_test_dummyvalueforlisting"]),
    ("supabase", "npm", "@supabase/mcp-server-supabase", "mcp-server-supabase", ["--access-token", "dummy-value-for-listing"]),
    ("neon", "npm", "@neondatabase/mcp-server-neon", "mcp-server-neon", ["start", "dummy-value-for-listing"]),
    ("heroku", "npm", "@heroku/mcp-server", "heroku-mcp-server", []),
    ("mysql", "npm", "@benborla29/mcp-server-mysql", "mcp-server-mysql", []),
    ("redis", "npm", "@modelcontextprotocol/server-redis", "mcp-server-redis", ["redis://127.0.0.1:9"]),
    ("browserstack", "npm", "@browserstack/mcp-server", "mcp-server", []),
    ("pdf", "npm", "@modelcontextprotocol/server-pdf", "mcp-server-pdf", []),
    ("linear", "npm", "@tacticlaunch/mcp-linear", "mcp-linear", []),
    ("apify", "npm", "@apify/actors-mcp-server", "actors-mcp-server", []),
    ("bitwarden", "npm", "@bitwarden/mcp-server", "mcp-server-bitwarden", []),
    ("doppler", "npm", "@dopplerhq/mcp-server", "mcp-server", []),
    ("twilio", "npm", "@twilio-alpha/mcp", "mcp", ["dummy-value-for-listing/dummy-value-for-listing:dummy-value-for-listing"]),
    ("launchdarkly", "npm", "@launchdarkly/mcp-server", "mcp", ["start", "--api-key", "dummy-value-for-listing"]),
    ("cloudflare", "npm", "@cloudflare/mcp-server-cloudflare", "mcp-server-cloudflare", ["run", "dummy-account-id"]),
    ("vercel", "npm", "@mistertk/vercel-mcp", "vercel-mcp", []),
    ("terraform", "npm", "terraform-mcp-server", "terraform-mcp-server", []),
    ("grafana", "npm", "@leval/mcp-grafana", "mcp-grafana", []),
    ("datadog", "npm", "@winor30/mcp-server-datadog", "mcp-server-datadog", []),
    ("figma", "npm", "figma-developer-mcp", "figma-developer-mcp", ["--stdio", "--figma-api-key=dummy-value-for-listing"]),
    ("shopify-dev", "npm", "@shopify/dev-mcp", "dev-mcp", []),
    ("pinecone", "npm", "@pinecone-database/mcp", "mcp", []),
    ("azure-devops", "npm", "@azure-devops/mcp", "mcp-server-azuredevops", ["dummyorg"]),
    ("gcloud", "npm", "@google-cloud/gcloud-mcp", "gcloud-mcp", []),
    ("browserbase", "npm", "@browserbasehq/mcp-server-browserbase", "mcp-server-browserbase", []),
    ("perplexity", "npm", "@perplexity-ai/mcp-server", "perplexity-mcp", []),
    ("duckduckgo-npm", "npm", "duckduckgo-mcp-server", "duckduckgo-mcp-server", []),
    ("argocd", "npm", "argocd-mcp", "argocd-mcp", ["stdio"]),
    ("netlify", "npm", "@netlify/mcp", "netlify-mcp", []),
    ("upstash", "npm", "@upstash/mcp-server", "mcp-server", ["run", "dummy@example.invalid", "dummy-value-for-listing"]),
    ("ssh", "npm", "ssh-mcp", "ssh-mcp", ["--host=127.0.0.1", "--port=9", "--user=dummy", "--password=dummy-value-for-listing"]),
    ("ssh-manager", "npm", "mcp-ssh-manager", "mcp-ssh-manager", []),
    ("1password", "npm", "@takescake/1password-mcp", "1password-mcp", []),
    ("dbhub", "npm", "@bytebase/dbhub", "dbhub", ["--transport", "stdio", "--demo"]),
    ("selenium", "npm", "@angiejones/mcp-selenium", "mcp-selenium", []),
    ("brightdata", "npm", "@brightdata/mcp", "brightdata-mcp", []),
    ("docker-npm", "npm", "@0xshariq/docker-mcp-server", "docker-mcp-server", []),
    ("mcp-shell", "npm", "@mako10k/mcp-shell-server", "mcp-shell-server", []),
    ("stripe-local", "npm", "@stripe/mcp@0.2.5", "mcp", ["--tools=all", "--api-key=sk_test_dummyvalueforlisting"]),
    ("vercel-v2", "npm", "@mistertk/vercel-mcp", "vercel-mcp", []),
    ("ssh-v2", "npm", "ssh-mcp", "ssh-mcp", ["--host=127.0.0.1", "--port=9", "--user=dummy"]),
    ("pinecone-v2", "npm", "@pinecone-database/mcp", "pinecone-mcp", []),
    ("shopify-dev-v2", "npm", "@shopify/dev-mcp", "shopify-dev-mcp", []),
    ("brightdata-v2", "npm", "@brightdata/mcp", "mcp", []),
    ("kubernetes-go", "npm", "kubernetes-mcp-server", "kubernetes-mcp-server", []),
    ("git-cyanheads", "npm", "@cyanheads/git-mcp-server", "git-mcp-server", []),
    ("digitalocean", "npm", "@digitalocean/mcp", "mcp", []),
    ("dynatrace", "npm", "@dynatrace-oss/dynatrace-mcp-server", "mcp-server-dynatrace", []),
    ("auth0", "npm", "@auth0/auth0-mcp-server", "auth0-mcp", ["run"]),
    ("clarity", "npm", "@microsoft/clarity-mcp-server", "clarity-mcp-server", []),
    ("mastra-docs", "npm", "@mastra/mcp-docs-server", "mcp-docs-server", []),
    ("googlemaps-code-assist", "npm", "@googlemaps/code-assist-mcp", "code-assist-mcp", []),
    ("salesforce", "npm", "@salesforce/mcp", "sf-mcp-server", ["--orgs", "DEFAULT_TARGET_ORG", "--toolsets", "all"]),
    ("gdrive", "npm", "@modelcontextprotocol/server-gdrive", "mcp-server-gdrive", []),
    ("system-monitor", "npm", "@modelcontextprotocol/server-system-monitor", "mcp-server-system-monitor", []),
    ("browserstack-v2", "npm", "@browserstack/mcp-server", "browserstack-mcp-server", []),
    ("pdf-v2", "npm", "@modelcontextprotocol/server-pdf", "mcp-pdf-server", []),
    ("doppler-v2", "npm", "@dopplerhq/mcp-server", "doppler-mcp", []),
    ("twilio-v2", "npm", "@twilio-alpha/mcp", "twilio-mcp-server", ["dummy-value-for-listing/dummy-value-for-listing:dummy-value-for-listing"]),
    ("system-monitor-v2", "npm", "@modelcontextprotocol/server-system-monitor", "mcp-system-monitor-server", []),
    ("twilio-v3", "npm", "@twilio-alpha/mcp", "twilio-mcp-server", ["AC00000000000000000000000000000000/SK00000000000000000000000000000000:dummyvalueforlisting", "--services", "twilio_api_v2010"]),
    ("pdf-v3", "npm", "@modelcontextprotocol/server-pdf", "mcp-pdf-server", ["--stdio"]),
    ("system-monitor-v3", "npm", "@modelcontextprotocol/server-system-monitor", "mcp-system-monitor-server", ["--stdio"]),
    ("apify-v2", "npm", "@apify/actors-mcp-server", "actors-mcp-server", ["--tools", "docs,runs,storage"]),
    # --- PyPI ---
    ("aws-api", "pypi", "awslabs.aws-api-mcp-server", "awslabs.aws-api-mcp-server", []),
    ("aws-cloudwatch", "pypi", "awslabs.cloudwatch-mcp-server", "awslabs.cloudwatch-mcp-server", []),
    ("aws-pricing", "pypi", "awslabs.aws-pricing-mcp-server", "awslabs.aws-pricing-mcp-server", []),
    ("aws-eks", "pypi", "awslabs.eks-mcp-server", "awslabs.eks-mcp-server", []),
    ("aws-iac", "pypi", "awslabs.aws-iac-mcp-server", "awslabs.aws-iac-mcp-server", []),
    ("aws-billing", "pypi", "awslabs.billing-cost-management-mcp-server", "awslabs.billing-cost-management-mcp-server", []),
    ("aws-memcached", "pypi", "awslabs.memcached-mcp-server", "awslabs.memcached-mcp-server", []),
    ("qdrant", "pypi", "mcp-server-qdrant", "mcp-server-qdrant", []),
    ("docker", "pypi", "mcp-server-docker", "mcp-server-docker", []),
    ("chroma", "pypi", "chroma-mcp", "chroma-mcp", ["--client-type", "ephemeral"]),
    ("clickhouse", "pypi", "mcp-clickhouse", "mcp-clickhouse", []),
    ("arxiv", "pypi", "arxiv-mcp-server", "arxiv-mcp-server", []),
    ("duckduckgo", "pypi", "duckduckgo-mcp-server", "duckduckgo-mcp-server", []),
    ("pagerduty", "pypi", "pagerduty-mcp", "pagerduty-mcp", []),
    ("cli-shell", "pypi", "cli-mcp-server", "cli-mcp-server", []),
    ("duckdb", "pypi", "mcp-server-duckdb", "mcp-server-duckdb", ["--db-path", "/tmp/mcp-harvest-v2/x.duckdb"]),
    ("dbt", "pypi", "dbt-mcp", "dbt-mcp", []),
    ("home-assistant", "pypi", "ha-mcp", "ha-mcp", []),
    ("markitdown", "pypi", "markitdown-mcp", "markitdown-mcp", []),
    ("excel", "pypi", "excel-mcp-server", "excel-mcp-server", ["stdio"]),
    ("opensearch", "pypi", "opensearch-mcp-server-py", "opensearch-mcp-server", []),
    ("postgres-pro", "pypi", "postgres-mcp", "postgres-mcp", ["postgresql://dummy:dummy@127.0.0.1:9/db"]),
    ("grafana-py", "pypi", "mcp-grafana", "mcp-grafana", []),
    ("snowflake", "pypi", "snowflake-labs-mcp", "mcp-server-snowflake", []),
    ("rootly", "pypi", "rootly-mcp-server", "rootly-mcp-server", []),
    ("opensearch-v2", "pypi", "opensearch-mcp-server-py", "opensearch-mcp-server-py", []),
    ("word", "pypi", "office-word-mcp-server", "word_mcp_server", []),
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
    def __init__(self, argv: list[str], env: dict[str, str], errlog: Path | None = None):
        err = open(errlog, "wb") if errlog else subprocess.DEVNULL
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, env=env, cwd=str(SCRATCH))
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
    rpc = Rpc([str(exe), *args], env, SCRATCH / f"{name}.stderr")
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
    result = json.loads(out_path.read_text()) if out_path.exists() else {"_about": ABOUT, "servers": []}
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
        result["servers"].append({"server": name, "source": f"{registry} {base} {ver}", **lists, "split": "holdout-v2"})
        out_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        print(f"[{name}] {len(lists['tools'])} tools", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
