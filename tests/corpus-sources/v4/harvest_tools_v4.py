#!/usr/bin/env python3
"""(v4 copy of the v3 harvester, for the held-out corpus v4: new server table, more dummy env, per-server env,
args and Python, an automatic retry with the constraint mcp<2 for PyPI servers that break on the mcp 2.x SDK,
refusal of any package in excluded-servers.txt, split tag holdout-v4.)
(v3 copy for the held-out corpus v3: new server table, more dummy env, split tag, bin auto-detection,
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

ABOUT = ("Held-out clean corpus v4: tool/prompt/resource definitions exactly as public MCP server packages "
         "(npm, PyPI) sent them over stdio to a plain JSON-RPC client, harvested with dummy credentials.")
SCRATCH = Path(os.environ.get("HARVEST_DIR", "/work/corpus-v4/scratch-clean-harvest/lane"))
EXCLUDED = Path(os.environ.get("HARVEST_EXCLUDED", "/work/corpus-v4/excluded-servers.txt"))
SPLIT = "holdout-v4"
PY = os.environ.get("HARVEST_PY", "/root/.pyenv/versions/3.12.1/bin/python3.12")
CLEAN = os.environ.get("HARVEST_CLEAN", "1") == "1"
# optional pip constraints file (e.g. "mcp<2" for servers written against the 1.x SDK that do not pin it)
PIP_CONSTRAINT = os.environ.get("HARVEST_PIP_CONSTRAINT", "")
# extra packages a server imports but does not declare
EXTRA_PIP = {"neo4j-cypher": ["aiohttp"], "neo4j-memory": ["aiohttp"], "sentry-py": ["httpx"], "web-forager": ["lxml_html_clean"],
             "biocontext": ["bibtexparser<2"], "scholarly": ["bibtexparser<2"], "chroma": ["pydantic<2.12"]}
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
    "MYSQL_HOST": "127.0.0.1", "CHROMA_CLIENT_TYPE": "ephemeral", "DBT_PROJECT_DIR": "" + str(SCRATCH) + "/dbtproj",
    "DBT_PATH": "/bin/false", "DISABLE_DBT_CLI": "true", "DISABLE_SEMANTIC_LAYER": "true", "DISABLE_DISCOVERY": "true",
    "ALLOWED_DIR": "" + str(SCRATCH) + "/sandbox", "ALLOWED_COMMANDS": "ls,cat,pwd", "ALLOWED_FLAGS": "-l,-a",
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
    "ELEVENLABS_MCP_BASE_PATH": "" + str(SCRATCH) + "/sandbox", "DOCUMENTDB_CONNECTION_STRING": "mongodb://127.0.0.1:9",
    "HOME_DIR_SANDBOX": "" + str(SCRATCH) + "/sandbox",
})
DUMMY["ES_URL"] = "http://127.0.0.1:9"
DUMMY["QDRANT_URL"] = "http://127.0.0.1:9"
DUMMY["AWS_REGION"] = "us-east-1"

# --- v4 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "GITHUB_TOKEN GITHUB_PAT GH_TOKEN GITLAB_TOKEN SUPABASE_SERVICE_ROLE_KEY SUPABASE_KEY SUPABASE_ANON_KEY "
        "JIRA_EMAIL JIRA_PERSONAL_TOKEN JIRA_PAT CONFLUENCE_EMAIL CONFLUENCE_PERSONAL_TOKEN BITBUCKET_USERNAME "
        "BITBUCKET_PASSWORD BITBUCKET_TOKEN BITBUCKET_APP_PASSWORD BITBUCKET_API_TOKEN FIGMA_ACCESS_TOKEN "
        "DATAFORSEO_USERNAME DATAFORSEO_PASSWORD PLANE_API_KEY AUTH0_TOKEN HEVY_API_KEY JINA_API_KEY "
        "FMP_ACCESS_TOKEN FMP_API_KEY XERO_CLIENT_ID XERO_CLIENT_SECRET XERO_CLIENT_BEARER_TOKEN COINGECKO_PRO_API_KEY "
        "COINGECKO_DEMO_API_KEY REF_API_KEY GLEAN_API_TOKEN VARIFLIGHT_API_KEY SLACK_MCP_XOXP_TOKEN SLACK_MCP_XOXC_TOKEN "
        "SLACK_MCP_XOXD_TOKEN SERPER_API_KEY TELNYX_API_KEY METABASE_API_KEY COOLIFY_ACCESS_TOKEN SENDER_EMAIL_ADDRESS "
        "KAGI_API_KEY SERVICENOW_USERNAME SERVICENOW_PASSWORD ELASTICSEARCH_USERNAME ELASTICSEARCH_PASSWORD "
        "AZURE_DEVOPS_TOKEN AZURE_PERSONAL_ACCESS_TOKEN INSFORGE_API_KEY API_ACCESS_TOKEN MASTERGO_API_TOKEN "
        "SMARTBEAR_API_TOKEN BUGSNAG_AUTH_TOKEN PACT_BROKER_TOKEN ZEPHYR_API_TOKEN QMETRY_API_KEY HEROKU_API_TOKEN "
        "DT_CLIENT_ID DT_CLIENT_SECRET OAUTH_TOKEN ZAPIER_API_KEY TRELLO_SECRET POWERPIPE_TOKEN "
        "GOOGLE_API_KEY OPENAI_API_KEY ANTHROPIC_API_KEY HUGEICONS_API_KEY PERPLEXITY_KEY CREEM_API_KEY "
        "POPDB_API_KEY LINEAR_TOKEN MONGODB_PASSWORD SNOWFLAKE_PRIVATE_KEY RABBITMQ_PASSWORD RABBITMQ_USERNAME "
        "JUPYTER_TOKEN DOCUMENT_TOKEN RUNTIME_TOKEN SENTRY_AUTH_TOKEN YOUTUBE_API_KEY TODOIST_TOKEN "
        "ODOO_API_KEY ODOO_USER ODOO_PASSWORD ATLASSIAN_DC_TOKEN KUBERNETES_TOKEN WIKI_TOKEN MEMORY_TOKEN"
    ).split()
})
for k in ("GITLAB_API_URL", "SUPABASE_URL", "JIRA_HOST", "JIRA_BASE_URL", "JIRA_INSTANCE_URL", "CONFLUENCE_HOST",
          "CONFLUENCE_BASE_URL", "BITBUCKET_HOST", "BITBUCKET_URL", "BITBUCKET_BASE_URL", "GLEAN_INSTANCE", "GLEAN_URL",
          "METABASE_URL", "COOLIFY_BASE_URL", "SERVICENOW_INSTANCE_URL", "ELASTICSEARCH_HOSTS", "ELASTICSEARCH_URL",
          "ELASTIC_HOST", "PLANE_API_HOST_URL", "PLANE_BASE_URL", "AZURE_DEVOPS_ORG_URL", "JUPYTER_URL", "DOCUMENT_URL",
          "RUNTIME_URL", "ODOO_URL", "OLLAMA_BASE_URL", "OPENAI_BASE_URL", "TILT_HOST_URL", "RABBITMQ_URL",
          "PROMETHEUS_BASE_URL", "GRAPHQL_ENDPOINT", "ENDPOINT", "N8N_API_URL", "KEYCLOAK_URL", "UNLEASH_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "MONGODB_URI": "mongodb://127.0.0.1:9/dummy", "MCP_MONGODB_URI": "mongodb://127.0.0.1:9/dummy",
    "DATABASE_URI": "postgresql://dummy:dummy@127.0.0.1:9/dummy", "DATABASE_URL": "postgresql://dummy:dummy@127.0.0.1:9/dummy",
    "POSTGRES_CONNECTION_STRING": "postgresql://dummy:dummy@127.0.0.1:9/dummy", "POSTGRES_URL": "postgresql://dummy:dummy@127.0.0.1:9/dummy",
    "REDIS_HOST": "127.0.0.1", "REDIS_PORT": "9", "REDIS_URL": "redis://127.0.0.1:9", "MYSQL_DATABASE": "dummy",
    "PLANE_WORKSPACE_SLUG": "dummy", "AZURE_DEVOPS_ORG": "dummy", "AZURE_DEVOPS_PROJECT": "dummy",
    "AZURE_DEVOPS_DEFAULT_PROJECT": "dummy", "AZURE_DEVOPS_AUTH_METHOD": "pat", "AUTH0_DOMAIN": "dummy.auth0.com",
    "COINGECKO_ENVIRONMENT": "demo", "ATLASSIAN_DC_MCP_JIRA_HOST": "127.0.0.1:9", "BITBUCKET_WORKSPACE": "dummy",
    "GITLAB_READ_ONLY_MODE": "false", "ELASTICSEARCH_VERIFY_CERTS": "false", "RABBITMQ_HOST": "127.0.0.1",
    "RABBITMQ_PORT": "9", "ODOO_DB": "dummy", "PROMETHEUS_URL": "http://127.0.0.1:9", "LOG_LEVEL": "error",
    "TZ": "UTC", "LOCAL_TIMEZONE": "UTC", "DO_NOT_TRACK": "1", "TELEMETRY_DISABLED": "1", "DISABLE_TELEMETRY": "true",
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "NPM_CONFIG_UPDATE_NOTIFIER": "false",
})

# (corpus name, registry, package, command after install (None: auto), extra args[, options])
# options: {"env": {...}, "py": "/path/python"}
SB = str(SCRATCH / "sandbox")
SERVERS = [
    # --- npm ---
    ("filesystem", "npm", "@modelcontextprotocol/server-filesystem", None, [SB]),
    ("sequential-thinking", "npm", "@modelcontextprotocol/server-sequential-thinking", None, []),
    ("memory", "npm", "@modelcontextprotocol/server-memory", None, [], {"env": {"MEMORY_FILE_PATH": SB + "/memory.json"}}),
    ("everything", "npm", "@modelcontextprotocol/server-everything", None, ["stdio"]),
    ("github-archived", "npm", "@modelcontextprotocol/server-github", None, []),
    ("redis-archived", "npm", "@modelcontextprotocol/server-redis", None, ["redis://127.0.0.1:9"]),
    ("gdrive-archived", "npm", "@modelcontextprotocol/server-gdrive", None, []),
    ("supabase", "npm", "@supabase/mcp-server-supabase", None, ["--access-token", "dummy-value-for-listing", "--read-only"]),
    ("supabase-postgrest", "npm", "@supabase/mcp-server-postgrest", None, ["--apiUrl", "http://127.0.0.1:9", "--apiKey", "dummy-value-for-listing", "--schema", "public"]),
    ("azure-devops", "npm", "@azure-devops/mcp", None, ["dummy-org", "--authentication", "envvar"]),
    ("azure-devops-community", "npm", "@tiberriver256/mcp-server-azure-devops", None, []),
    ("gitlab-zereight", "npm", "@zereight/mcp-gitlab", None, []),
    ("dbhub", "npm", "@bytebase/dbhub", None, ["--transport", "stdio", "--dsn", "sqlite:///:memory:"]),
    ("dynatrace", "npm", "@dynatrace-oss/dynatrace-mcp-server", None, []),
    ("brave-search-v2", "npm", "@brave/brave-search-mcp-server", None, ["--transport", "stdio"]),
    ("browsermcp", "npm", "@browsermcp/mcp", None, []),
    ("mysql-benborla", "npm", "@benborla29/mcp-server-mysql", None, []),
    ("heroku", "npm", "@heroku/mcp-server", None, []),
    ("jira-dc", "npm", "@atlassian-dc-mcp/jira", None, []),
    ("confluence-dc", "npm", "@atlassian-dc-mcp/confluence", None, []),
    ("bitbucket-dc", "npm", "@atlassian-dc-mcp/bitbucket", None, []),
    ("fetcher", "npm", "fetcher-mcp", None, []),
    ("figma-console", "npm", "figma-console-mcp", None, []),
    ("gcp", "npm", "gcp-mcp", None, []),
    ("gdrive-isaacphi", "npm", "@isaacphi/mcp-gdrive", None, []),
    ("dataforseo", "npm", "dataforseo-mcp-server", None, []),
    ("smartbear", "npm", "@smartbear/mcp", None, []),
    ("postgres-henkey", "npm", "@henkey/postgres-mcp-server", None, []),
    ("drawio-server", "npm", "drawio-mcp-server", None, []),
    ("shadcn-ui", "npm", "@jpisnice/shadcn-ui-mcp-server", None, []),
    ("octocode", "npm", "octocode-mcp", None, []),
    ("coolify", "npm", "@masonator/coolify-mcp", None, []),
    ("metabase", "npm", "@cognitionai/metabase-mcp-server", None, []),
    ("bitbucket-cloud", "npm", "bitbucket-mcp", None, []),
    ("apple-docs", "npm", "@kimsungwhee/apple-docs-mcp", None, []),
    ("graphql", "npm", "mcp-graphql", None, []),
    ("telnyx", "npm", "telnyx-mcp", None, []),
    ("search-console", "npm", "mcp-server-gsc", None, []),
    ("plane", "npm", "@makeplane/plane-mcp-server", None, []),
    ("auth0", "npm", "@auth0/auth0-mcp-server", None, ["run"]),
    ("google-map-cablate", "npm", "@cablate/mcp-google-map", None, ["--stdio"]),
    ("browser-agent-infra", "npm", "@agent-infra/mcp-server-browser", None, []),
    ("filesystem-agent-infra", "npm", "@agent-infra/mcp-server-filesystem", None, ["--allowed-directories", SB]),
    ("mongo-server", "npm", "mcp-mongo-server", None, ["mongodb://127.0.0.1:9/dummy"]),
    ("pubmed", "npm", "@cyanheads/pubmed-mcp-server", None, []),
    ("fetch-kazuph", "npm", "@kazuph/mcp-fetch", None, []),
    ("filesystem-j0hanz", "npm", "@j0hanz/filesystem-mcp", None, [SB]),
    ("tailwindcss", "npm", "tailwindcss-mcp-server", None, []),
    ("time-npm", "npm", "time-mcp", None, []),
    ("hevy", "npm", "hevy-mcp", None, []),
    ("jina", "npm", "jina-mcp-tools", None, []),
    ("fmp", "npm", "financial-modeling-prep-mcp-server", None, []),
    ("xero", "npm", "@xeroapi/xero-mcp-server", None, []),
    ("coingecko", "npm", "@coingecko/coingecko-mcp", None, []),
    ("jira-cloud-aaronsb", "npm", "@aaronsb/jira-cloud-mcp", None, []),
    ("ref-tools", "npm", "ref-tools-mcp", None, []),
    ("knip", "npm", "@knip/mcp", None, []),
    ("glean", "npm", "@gleanwork/local-mcp-server", None, []),
    ("powerpipe", "npm", "@turbot/powerpipe-mcp", None, []),
    ("variflight", "npm", "@variflight-ai/variflight-mcp", None, []),
    ("howtocook", "npm", "howtocook-mcp", None, []),
    ("gmail-autoauth", "npm", "@gongrzhe/server-gmail-autoauth-mcp", None, []),
    ("slack-korotovsky", "npm", "slack-mcp-server", None, ["--transport", "stdio"]),
    ("linear-community", "npm", "linear-mcp", None, []),
    ("pdf-reader", "npm", "@sylphx/pdf-reader-mcp", None, []),
    ("chakra-ui", "npm", "@chakra-ui/react-mcp", None, []),
    ("primeui", "npm", "@primeuix/mcp", None, []),
    ("bitbucket-nexus", "npm", "@nexus2520/bitbucket-mcp-server", None, []),
    ("send-email-resend", "npm", "@skanda-yutori/mcp-send-email", None, []),
    ("bigquery-ergut", "npm", "@ergut/mcp-bigquery-server", None, ["--project-id", "dummy-project"]),
    ("serper", "npm", "serper-search-scrape-mcp-server", None, []),
    ("travel-planner", "npm", "@gongrzhe/server-travelplanner-mcp", None, []),
    ("roblox-studio", "npm", "robloxstudio-mcp", None, []),
    ("notion-community", "npm", "notion-mcp-server", None, []),
    ("tauri", "npm", "@hypothesi/tauri-mcp-server", None, []),
    ("git-github-mcp-server", "npm", "github-mcp-server", None, []),
    ("zapier-sdk", "npm", "@zapier/zapier-sdk-mcp", None, []),
    ("ccusage", "npm", "@ccusage/mcp", None, []),
    ("jira-nexus", "npm", "@nexus2520/jira-mcp-server", None, []),
    ("vercel-community", "npm", "vercel-mcp", None, []),
    ("google-workspace-presto", "npm", "@presto-ai/google-workspace-mcp", None, []),
    ("perplexity-community", "npm", "perplexity-mcp", None, []),
    ("fetch-server", "npm", "mcp-fetch-server", None, []),
    ("mysql-berthojoris", "npm", "@berthojoris/mcp-mysql-server", None, ["mysql://dummy:dummy@127.0.0.1:9/dummy", "list,read"]),
    ("hugeicons", "npm", "@hugeicons/mcp-server", None, []),
    ("insforge", "npm", "@insforge/mcp", None, []),
    ("postgres-server", "npm", "mcp-postgres-server", None, []),
    ("universal-db", "npm", "universal-db-mcp", None, []),
    ("codex-wrapper", "npm", "codex-mcp-server", None, []),
    ("gemini-cli-tool", "npm", "gemini-mcp-tool", None, []),
    ("claude-code-steipete", "npm", "@steipete/claude-code-mcp", None, []),
    ("primevue", "npm", "@primevue/mcp", None, []),
    ("react-aria", "npm", "@react-aria/mcp", None, []),
    ("creem", "npm", "creem", None, []),
    ("mastergo", "npm", "@mastergo/magic-mcp", None, ["--token=dummy-value-for-listing"]),
    ("salesforce", "npm", "@salesforce/mcp", None, ["--orgs", "DEFAULT_TARGET_ORG", "--toolsets", "all"]),
    # --- PyPI ---
    ("git", "pypi", "mcp-server-git", None, []),
    ("fetch", "pypi", "mcp-server-fetch", None, []),
    ("time", "pypi", "mcp-server-time", None, ["--local-timezone", "UTC"]),
    ("sqlite", "pypi", "mcp-server-sqlite", None, ["--db-path", SB + "/test.db"]),
    ("sentry-py", "pypi", "mcp-server-sentry", None, ["--auth-token", "dummy-value-for-listing"]),
    ("qdrant", "pypi", "mcp-server-qdrant", None, []),
    ("duckdb", "pypi", "mcp-server-duckdb", None, ["--db-path", SB + "/test.duckdb"]),
    ("chroma", "pypi", "chroma-mcp", None, ["--client-type", "ephemeral"], {"mcp1": True}),
    ("dbt", "pypi", "dbt-mcp", None, []),
    ("postgres-pro", "pypi", "postgres-mcp", None, ["--access-mode=restricted"]),
    ("scholarly", "pypi", "mcp-scholarly", None, []),
    ("yahoo-finance", "pypi", "mcp-yahoo-finance", None, []),
    ("yfinance", "pypi", "yfmcp", None, []),
    ("tilt", "pypi", "tilt-mcp", None, []),
    ("servicenow", "pypi", "mfa-servicenow-mcp", None, []),
    ("rootly", "pypi", "rootly-mcp-server", None, []),
    ("mysql-py", "pypi", "mysql-mcp-server", None, []),
    ("powerpoint", "pypi", "office-powerpoint-mcp-server", None, []),
    ("pdf-tools", "pypi", "pdf-tools-mcp", None, []),
    ("cli", "pypi", "cli-mcp-server", None, []),
    ("lean-lsp", "pypi", "lean-lsp-mcp", None, []),
    ("pymupdf4llm", "pypi", "pymupdf4llm-mcp", None, ["stdio"], {"mcp1": True}),
    ("ocr", "pypi", "mcp-ocr", None, []),
    ("airflow-astro", "pypi", "astro-airflow-mcp", None, []),
    ("web-forager", "pypi", "web-forager", None, []),
    ("biocontext", "pypi", "biocontext-kb", None, []),
    ("bedrock-agentcore", "pypi", "awslabs.amazon-bedrock-agentcore-mcp-server", None, []),
    ("aws-cfn", "pypi", "awslabs.cfn-mcp-server", None, []),
    ("aws-diagram", "pypi", "awslabs.aws-diagram-mcp-server", None, []),
    ("aws-core", "pypi", "awslabs.core-mcp-server", None, []),
    ("aws-cost-explorer", "pypi", "awslabs.cost-explorer-mcp-server", None, []),
    ("aws-msk", "pypi", "awslabs.aws-msk-mcp-server", None, []),
    ("redis", "pypi", "redis-mcp-server", None, []),
    ("elasticsearch-py", "pypi", "elasticsearch-mcp-server", None, []),
    ("docker", "pypi", "mcp-server-docker", None, []),
    ("jupyter", "pypi", "jupyter-mcp-server", None, []),
    ("wikipedia", "pypi", "wikipedia-mcp", None, []),
    ("google-sheets", "pypi", "mcp-google-sheets", None, []),
    ("paper-search", "pypi", "paper-search-mcp", None, []),
    ("kagi", "pypi", "kagimcp", None, []),
    ("kubectl", "pypi", "kubectl-mcp-server", None, []),
    ("supabase-py", "pypi", "supabase-mcp-server", None, []),
    ("odoo", "pypi", "mcp-server-odoo", None, []),
    ("youtube-transcript-py", "pypi", "mcp-youtube-transcript", None, []),
    ("prometheus", "pypi", "prometheus-mcp-server", None, []),
    ("rabbitmq", "pypi", "mcp-server-rabbitmq", None, []),
    ("snowflake-community", "pypi", "mcp-snowflake-server", None, []),
    ("bigquery", "pypi", "mcp-server-bigquery", None, ["--project", "dummy-project", "--location", "US"], {"py": "/root/.pyenv/versions/3.13.0/bin/python3.13"}),
    ("opik", "pypi", "opik-mcp", None, [], {"py": "/root/.pyenv/versions/3.13.0/bin/python3.13"}),
    ("semgrep", "pypi", "semgrep-mcp", None, []),
    ("motherduck", "pypi", "mcp-server-motherduck", None, ["--db-path", ":memory:", "--read-write"]),
    # --- batch 2 ---
    ("upstash", "npm", "@upstash/mcp-server", None, ["run", "dummy@example.com", "dummy-value-for-listing"]),
    ("playwright-executeautomation", "npm", "@executeautomation/playwright-mcp-server", None, []),
    ("notion-suekou", "npm", "@suekou/mcp-notion-server", None, []),
    ("taskmanager", "npm", "@kazuph/mcp-taskmanager", None, []),
    ("contentful", "npm", "@contentful/mcp-server", None, []),
    ("paypal", "npm", "@paypal/mcp", None, ["--tools=all"]),
    ("adyen", "npm", "@adyen/mcp", None, []),
    ("ui5", "npm", "@ui5/mcp-server", None, []),
    ("fiori", "npm", "@sap-ux/fiori-mcp-server", None, []),
    ("pulumi", "npm", "@pulumi/mcp-server", None, ["stdio"]),
    ("npx-fetch", "npm", "@tokenizin/mcp-npx-fetch", None, []),
    ("e2b-npm", "npm", "@e2b/mcp-server", None, []),
    ("magicui", "npm", "@magicuidesign/mcp", None, []),
    ("vectorize", "npm", "@vectorize-io/vectorize-mcp-server", None, []),
    ("scrapeless", "npm", "scrapeless-mcp-server", None, []),
    ("agentql", "npm", "agentql-mcp", None, []),
    ("sqlite-npx", "npm", "mcp-server-sqlite-npx", None, [SB + "/test.db"]),
    ("youtube-anaisbetts", "npm", "@anaisbetts/mcp-youtube", None, []),
    ("obsidian-npm", "npm", "obsidian-mcp", None, [SB]),
    ("clinicaltrials", "npm", "@cyanheads/clinicaltrialsgov-mcp-server", None, []),
    ("vonage", "npm", "@vonage/vonage-mcp-server-api-bindings", None, []),
    ("tomtom", "npm", "@tomtom-org/tomtom-mcp", None, []),
    ("stability-ai", "npm", "mcp-server-stability-ai", None, []),
    ("clickup", "npm", "@taazkareem/clickup-mcp-server", None, []),
    ("attio", "npm", "attio-mcp", None, []),
    ("aws-postgres", "pypi", "awslabs.postgres-mcp-server", None, ["--resource_arn", "arn:aws:rds:us-east-1:123456789012:cluster:dummy", "--secret_arn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:dummy", "--database", "dummy", "--region", "us-east-1", "--readonly", "True"]),
    ("aws-syntheticdata", "pypi", "awslabs.syntheticdata-mcp-server", None, []),
    ("aws-nova-canvas", "pypi", "awslabs.nova-canvas-mcp-server", None, []),
    ("aws-cdk", "pypi", "awslabs.cdk-mcp-server", None, []),
    ("aws-frontend", "pypi", "awslabs.frontend-mcp-server", None, []),
    ("aws-code-doc-gen", "pypi", "awslabs.code-doc-gen-mcp-server", None, []),
    ("aws-bedrock-data-automation", "pypi", "awslabs.aws-bedrock-data-automation-mcp-server", None, []),
    ("aws-timestream-influxdb", "pypi", "awslabs.timestream-for-influxdb-mcp-server", None, []),
    ("aws-neptune", "pypi", "awslabs.amazon-neptune-mcp-server", None, []),
    ("aws-ccapi", "pypi", "awslabs.ccapi-mcp-server", None, []),
    ("shell", "pypi", "mcp-shell-server", None, [], {"env": {"ALLOW_COMMANDS": "ls,cat,pwd,echo"}}),
    ("alchemy", "pypi", "mcp-alchemy", None, [], {"env": {"DB_URL": "sqlite:///" + SB + "/alchemy.db"}}),
    ("python-interpreter", "pypi", "mcp-python-interpreter", None, ["--dir", SB]),
    ("text-editor", "pypi", "mcp-text-editor", None, []),
    ("gsuite", "pypi", "mcp-gsuite", None, []),
    ("bitcoin", "pypi", "bitcoin-mcp", None, []),

    # --- batch 3 ---
    ("growthbook", "npm", "@growthbook/mcp", None, []),
    ("honeycomb", "npm", "@honeycombio/honeycomb-mcp", None, []),
    ("rollbar", "npm", "@rollbar/mcp-server", None, [], {"env": {"ROLLBAR_ACCESS_TOKEN": "dummy-value-for-listing"}}),
    ("webflow", "npm", "webflow-mcp-server", None, []),
    ("commercetools", "npm", "@commercetools/mcp-essentials", None, ["--tools=all"]),
    ("directus", "npm", "@directus/content-mcp", None, []),
    ("kontent-ai", "npm", "@kontent-ai/mcp-server", None, ["stdio"]),
    ("moralis", "npm", "@moralisweb3/api-mcp-server", None, []),
    ("excalidraw", "npm", "excalidraw-mcp", None, []),
    ("penpot", "npm", "@penpot/mcp", None, []),
    ("alchemy-web3", "npm", "@alchemy/mcp-server", None, []),
    ("starrocks", "pypi", "mcp-server-starrocks", None, []),
    ("singlestore", "pypi", "singlestore-mcp-server", None, ["start"]),
    ("couchbase", "pypi", "mcp-server-couchbase", None, []),
    ("databend", "pypi", "mcp-databend", None, []),
    ("alibaba-cloud-ops", "pypi", "alibaba-cloud-ops-mcp-server", None, []),
    ("hass", "pypi", "hass-mcp", None, []),
    ("netbox", "pypi", "netbox-mcp-server", None, []),
    ("ida-pro", "pypi", "ida-pro-mcp", None, []),
    ("proxmox", "pypi", "proxmox-mcp", None, []),
    ("zenml", "pypi", "zenml-mcp-server", None, []),
    ("mcp-trino", "pypi", "trino-mcp", None, []),

    # --- batch 4 (names taken from the npm package list) ---
    ("workiq", "npm", "@microsoft/workiq", None, ["mcp"]),
    ("agentation", "npm", "agentation-mcp", None, []),
    ("talk-to-figma-claude", "npm", "claude-talk-to-figma-mcp", None, []),
    ("talk-to-figma-cursor", "npm", "cursor-talk-to-figma-mcp", None, []),
    ("siemens-element", "npm", "@siemens/element-mcp", None, []),
    ("stitch", "npm", "stitch-mcp", None, []),
    ("effect", "npm", "effect-mcp", None, []),
    ("popdb", "npm", "@daylight-labs/popdb-mcp", None, []),
    ("playwright-automatalabs", "npm", "@automatalabs/mcp-server-playwright", None, []),
    ("slack-zencoder", "npm", "@zencoderai/slack-mcp-server", None, []),
    ("ng-primitives", "npm", "@ng-primitives/mcp", None, []),
    ("primeng", "npm", "@primeng/mcp", None, []),
    ("supabase-crud", "npm", "supabase-mcp", None, []),
    ("perplexity-ask", "npm", "server-perplexity-ask", None, []),
    ("flow-nexus", "npm", "flow-nexus", None, ["mcp"]),

]


def install(name: str, registry: str, spec: str, py: str = PY, constraint: str = PIP_CONSTRAINT) -> Path | None:
    d = SCRATCH / name
    d.mkdir(parents=True, exist_ok=True)
    if registry == "npm":
        cmd = ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", "--cache", str(SCRATCH / "_npm-cache"), "--prefix", str(d), spec]
        bindir = d / "node_modules" / ".bin"
    else:
        venv = d / "venv"
        if not (venv / "bin" / "python").exists():
            subprocess.run([py, "-m", "venv", str(venv)], check=True)
        cmd = [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", "--cache-dir", str(SCRATCH / "_pip-cache"), spec,
               *EXTRA_PIP.get(name, [])]
        if constraint:
            cmd += ["-c", constraint]
        bindir = venv / "bin"
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=420)
    except subprocess.TimeoutExpired:
        print(f"[{name}] install timed out", file=sys.stderr)
        return None
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
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, env=env, cwd=str(SCRATCH),
                                  start_new_session=True)
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
            os.killpg(self.p.pid, 9)  # the group this harvester started for this server
        except Exception:  # noqa: BLE001
            pass
        try:
            self.p.kill()
            self.p.wait(timeout=10)
        except Exception:  # noqa: BLE001
            pass


def dump(name: str, bindir: Path, cmd: str, args: list[str], extra_env: dict | None = None) -> dict | None:
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": str(SCRATCH / "home"), **DUMMY, **(extra_env or {})}
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


MCP1_HINTS = ("mcp.server.fastmcp", "No module named 'mcp.", "list_prompts", "cannot import name", "FastMCP.__init__",
              "unexpected keyword argument", "has no attribute")


def excluded_packages() -> set[str]:
    out = set()
    try:
        for line in EXCLUDED.read_text().splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            parts = line.split("\t", 1)[1].split()
            if len(parts) >= 2:
                out.add(parts[1].lower().replace("_", "-").replace(".", "-"))
    except OSError:
        pass
    return out


def main() -> int:
    out_path = Path(sys.argv[1])
    only = sys.argv[2:]
    SCRATCH.mkdir(parents=True, exist_ok=True)
    (SCRATCH / "sandbox").mkdir(exist_ok=True)
    (SCRATCH / "dbtproj").mkdir(exist_ok=True)
    (SCRATCH / "dbtproj" / "dbt_project.yml").write_text("name: dummy\nversion: '1.0'\nprofile: dummy\n")
    aws = SCRATCH / "home" / ".aws"
    aws.mkdir(parents=True, exist_ok=True)
    (aws / "credentials").write_text("[default]\naws_access_key_id = dummy-value-for-listing\naws_secret_access_key = dummy-value-for-listing\n")
    (aws / "config").write_text("[default]\nregion = us-east-1\n")
    result = json.loads(out_path.read_text()) if out_path.exists() else {"_about": ABOUT, "servers": []}
    have = {s["server"] for s in result["servers"]}
    excl = excluded_packages()
    table = {s[0]: s for s in SERVERS}
    names = only or [s[0] for s in SERVERS]
    for name in names:
        if name not in table or name in have:
            continue
        _, registry, spec, cmd, args, *rest = table[name]
        opts = rest[0] if rest else {}
        if spec.lower().replace("_", "-").replace(".", "-") in excl:
            print(f"[{name}] {spec} is in the excluded list: skipped", file=sys.stderr)
            continue
        t0 = time.time()
        tries = [PIP_CONSTRAINT] if registry == "npm" or PIP_CONSTRAINT else ["", str(SCRATCH / "mcp1.txt")]
        if opts.get("mcp1"):
            tries = [str(SCRATCH / "mcp1.txt")]
        (SCRATCH / "mcp1.txt").write_text("mcp<2\n")
        lists = None
        for constraint in tries:
            cleanup(name)
            if constraint:
                print(f"[{name}] retry with pip constraint mcp<2", file=sys.stderr)
            bindir = install(name, registry, spec, opts.get("py", PY), constraint)
            if bindir is None:
                break
            c = cmd or auto_cmd(name, registry, spec, bindir) or ""
            if not c:
                print(f"[{name}] no executable (no npm bin / console script)", file=sys.stderr)
                break
            print(f"[{name}] installed in {time.time() - t0:.0f}s, command {c!r} {args}", file=sys.stderr)
            lists = dump(name, bindir, c, args, opts.get("env"))
            if lists is not None and lists.get("tools"):
                break
            try:
                tail = (SCRATCH / f"{name}.stderr").read_text(errors="replace")[-600:]
            except Exception:  # noqa: BLE001
                tail = ""
            print(f"[{name}] stderr tail: {tail}", file=sys.stderr)
            if registry != "pypi" or not any(h in tail for h in MCP1_HINTS):
                break
        if lists is None or not lists.get("tools"):
            print(f"[{name}] no tools", file=sys.stderr)
            cleanup(name)
            continue
        ver = version_of(name, registry, spec)
        base = spec.split("==")[0]
        if registry == "npm" and base.count("@") > (1 if base.startswith("@") else 0):
            base = base.rsplit("@", 1)[0]
        result["servers"].append({"server": name, "source": f"{registry} {base} {ver}", **lists, "split": SPLIT})
        result["servers"].sort(key=lambda e: e["server"])
        out_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        print(f"[{name}] {len(lists['tools'])} tools, {len(lists['prompts'])} prompts, {len(lists['resources'])} resources, "
              f"{len(lists['resourceTemplates'])} templates ({registry} {base} {ver}) in {time.time() - t0:.0f}s", file=sys.stderr)
        cleanup(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
