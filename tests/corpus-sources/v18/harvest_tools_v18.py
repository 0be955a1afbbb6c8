#!/usr/bin/env python3
"""(v18 copy of the v4 harvester, for the held-out corpus v18: a new server table of general-purpose, everyday
servers (weather, time, calendars, math, translation, notes, to-dos, memory, search, news, recipes, music, finance,
travel, maps, e-mail, SMS, PDF/images, shell/files, smart home), more dummy env (v18 block), refusal by corpus name
as well as by package name of anything in excluded-servers.txt, a dummy Google OAuth client file in the sandbox and
in the scratch HOME, shorter install/initialize timeouts, a --merge mode that joins per-lane output files, split
tag holdout-v18.)
(v4 copy of the v3 harvester, for the held-out corpus v4: new server table, more dummy env, per-server env,
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

ABOUT = ("Held-out clean corpus v18: tool/prompt/resource definitions exactly as public MCP server packages "
         "(npm, PyPI) of general-purpose, everyday servers sent them over stdio to a plain JSON-RPC client, "
         "harvested with dummy credentials.")
SCRATCH = Path(os.environ.get("HARVEST_DIR", "/tmp/harvest-v18/lane"))
EXCLUDED = Path(os.environ.get("HARVEST_EXCLUDED", "/work/corpus-v18/real/excluded-servers.txt"))
SPLIT = "holdout-v18"
PY = os.environ.get("HARVEST_PY", "/root/.pyenv/versions/3.12.1/bin/python3.12")
CLEAN = os.environ.get("HARVEST_CLEAN", "1") == "1"
# optional file of names already taken by another lane (one a line), shared by lanes that run side by side
CLAIMS = Path(os.environ["HARVEST_CLAIMS"]) if os.environ.get("HARVEST_CLAIMS") else None
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

# --- v18 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "OPENWEATHER_API_KEY OPENWEATHERMAP_API_KEY WEATHER_API_KEY ACCUWEATHER_API_KEY DEEPL_API_KEY DEEPL_AUTH_KEY "
        "LARA_ACCESS_KEY_ID LARA_ACCESS_KEY_SECRET FR24_API_KEY BAIDU_MAP_API_KEY BAIDU_MAPS_API_KEY LUNCHMONEY_API_TOKEN "
        "LUNCH_MONEY_API_TOKEN YNAB_API_TOKEN YNAB_API_KEY YNAB_ACCESS_TOKEN NEWS_API_KEY NEWSAPI_KEY GNEWS_API_KEY "
        "AICOIN_ACCESS_KEY_ID AICOIN_ACCESS_SECRET_KEY MOTION_API_KEY CHATWORK_API_TOKEN TWILIO_PHONE_NUMBER TWILIO_FROM_NUMBER "
        "GOOGLE_SEARCH_ENGINE_ID GOOGLE_CSE_ID SVGMAKER_API_KEY PDFCROWD_USERNAME PDFCROWD_API_KEY FAL_KEY "
        "HA_TOKEN HASS_TOKEN HOME_ASSISTANT_TOKEN PAPERLESS_API_KEY PAPERLESS_TOKEN WORDPRESS_USERNAME WORDPRESS_APP_PASSWORD "
        "WORDPRESS_PASSWORD CALDAV_USERNAME CALDAV_PASSWORD ICLOUD_EMAIL ICLOUD_APP_PASSWORD ICLOUD_USERNAME "
        "TRADING212_API_KEY RAPIDAPI_KEY SERPAPI_API_KEY SERPAPI_KEY BYCRAWL_API_KEY MS_TODO_CLIENT_ID "
        "FINNHUB_API_KEY ALPHA_VANTAGE_API_KEY ALPHAVANTAGE_API_KEY POLYGON_API_KEY EXCHANGE_RATE_API_KEY "
        "SPOONACULAR_API_KEY USDA_API_KEY EDAMAM_APP_ID EDAMAM_APP_KEY API_FOOTBALL_KEY SPORTSDATA_API_KEY "
        "FRESHRSS_USERNAME FRESHRSS_PASSWORD FRESHRSS_API_PASSWORD MQTT_USERNAME MQTT_PASSWORD GROQ_API_KEY "
        "DOMAIN_SEARCH_API_KEY FOOD402_TOKEN VONAGE_API_KEY VONAGE_API_SECRET GMAIL_ADDRESS GMAIL_APP_PASSWORD"
    ).split()
})
for k in ("HA_URL", "HASS_URL", "HOME_ASSISTANT_URL", "PAPERLESS_URL", "WORDPRESS_URL", "WORDPRESS_SITE_URL",
          "CALDAV_BASE_URL", "CALDAV_URL", "FRESHRSS_URL", "FRESHRSS_BASE_URL", "MEMORY_BANK_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "MQTT_HOST": "127.0.0.1", "MQTT_PORT": "9", "MQTT_BROKER": "127.0.0.1", "MQTT_BROKER_HOST": "127.0.0.1",
    "MQTT_BROKER_PORT": "9", "EMAIL_ADDRESS": "dummy@example.invalid", "IMAP_SERVER": "127.0.0.1",
    "SMTP_SERVER": "127.0.0.1", "IMAP_USERNAME": "dummy@example.invalid", "SMTP_USERNAME": "dummy@example.invalid",
    "CALENDAR_ICS_URL": "http://127.0.0.1:9/cal.ics", "GOOGLE_OAUTH_CREDENTIALS": str(SCRATCH / "sandbox" / "gcp-oauth.keys.json"),
    "GOOGLE_APPLICATION_CREDENTIALS": str(SCRATCH / "sandbox" / "gcp-oauth.keys.json"),
    "LIBSQL_URL": "file:" + str(SCRATCH / "sandbox" / "memory.db"), "MEMORY_BANK_ROOT": str(SCRATCH / "sandbox" / "memory-bank"),
    "DATA_DIR": str(SCRATCH / "sandbox" / "data"), "OBSIDIAN_VAULT_PATH": str(SCRATCH / "sandbox" / "vault"),
    "OBSIDIAN_BASE_URL": "http://127.0.0.1:9", "TODO_FILE": str(SCRATCH / "sandbox" / "todo.txt"),
    "TODO_TXT_FILE": str(SCRATCH / "sandbox" / "todo.txt"), "BASIC_MEMORY_HOME": str(SCRATCH / "sandbox" / "basic-memory"),
})

# (corpus name, registry, package, command after install (None: auto), extra args[, options])
# options: {"env": {...}, "py": "/path/python", "mcp1": True}
SB = str(SCRATCH / "sandbox")
SERVERS = [
    # --- npm: weather, time, calendars ---
    ("open-meteo-cmer81", "npm", "open-meteo-mcp-server", None, []),
    ("weather-dangahagan", "npm", "@dangahagan/weather-mcp", None, []),
    ("google-calendar-cocal", "npm", "@cocal/google-calendar-mcp", None, []),
    ("caldav", "npm", "caldav-mcp", None, []),
    ("google-calendar-npm", "npm", "mcp-google-calendar", None, []),
    ("apple-events", "npm", "mcp-server-apple-events", None, []),
    # --- npm: math, text, random ---
    ("calc-coo-quack", "npm", "@coo-quack/calc-mcp", None, []),
    ("dad-jokes", "npm", "model-context-protocol", None, []),
    # --- npm: translation ---
    ("deepl", "npm", "deepl-mcp-server", None, []),
    ("lara-translate", "npm", "@translated/lara-mcp", None, []),
    # --- npm: notes, to-dos, tasks ---
    ("todoist-ai-doist", "npm", "@doist/todoist-ai", None, []),
    ("obsidian-cyanheads", "npm", "obsidian-mcp-server", None, []),
    ("omnifocus", "npm", "omnifocus-mcp", None, []),
    ("google-tasks", "npm", "@alvincrave/gtasks-mcp", None, []),
    ("shrimp-task-manager", "npm", "mcp-shrimp-task-manager", None, []),
    ("dex-tasks", "npm", "@zeeg/dex", None, ["mcp"]),
    ("motion", "npm", "motionmcp", None, []),
    ("chatwork", "npm", "@chatwork/mcp-server", None, []),
    ("paperless", "npm", "@baruchiro/paperless-mcp", None, ["http://127.0.0.1:9", "dummy-value-for-listing"]),
    # --- npm: memory, knowledge ---
    ("knowledge-graph-itseasy21", "npm", "@itseasy21/mcp-knowledge-graph", None, ["--memory-path", SB + "/kg.jsonl"]),
    ("memory-libsql", "npm", "mcp-memory-libsql", None, []),
    ("memory-bank-allpepper", "npm", "@allpepper/memory-bank-mcp", None, []),
    ("memory-keeper", "npm", "mcp-memory-keeper", None, []),
    ("memdata", "npm", "memdata-mcp", None, []),
    ("ai-devkit-memory", "npm", "@ai-devkit/memory", None, []),
    # --- npm: search, web, reference ---
    ("google-search-adenot", "npm", "@adenot/mcp-google-search", None, []),
    ("omnisearch", "npm", "mcp-omnisearch", None, []),
    ("duckduckgo-ericthered", "npm", "@ericthered926/duckduckgo-mcp-server", None, []),
    ("duckduckgo-search-npm", "npm", "mcp-duckduckgo-search", None, []),
    ("webresearch", "npm", "@mzxrai/mcp-webresearch", None, []),
    ("read-website-fast", "npm", "@just-every/mcp-read-website-fast", None, ["serve"]),
    ("o3-search", "npm", "o3-search-mcp", None, []),
    ("open-library", "npm", "@geobio/mcp-open-library", None, []),
    ("brave-search-legacy-npm", "npm", "mcp-server-brave-search", None, []),
    ("openapisearch", "npm", "openapi-mcp-server", None, []),
    ("european-parliament", "npm", "european-parliament-mcp-server", None, []),
    ("domain-search", "npm", "domain-search-mcp", None, []),
    ("wiki-explorer-app", "npm", "@modelcontextprotocol/server-wiki-explorer", None, ["--stdio"]),
    # --- npm: recipes, food ---
    ("recipes", "npm", "recipe-mcp", None, []),
    ("food402", "npm", "food402", None, []),
    # --- npm: music, video, media ---
    ("sheet-music-app", "npm", "@modelcontextprotocol/server-sheet-music", None, ["--stdio"]),
    ("transcript-app", "npm", "@modelcontextprotocol/server-transcript", None, ["--stdio"]),
    ("youtube-data", "npm", "youtube-data-mcp-server", None, []),
    ("youtube-transcript-fabriqa", "npm", "@fabriqa.ai/youtube-transcript-mcp", None, []),
    ("youtube-summarizer", "npm", "youtube-video-summarizer-mcp", None, []),
    # --- npm: stocks, crypto, personal finance ---
    ("coingecko", "npm", "@coingecko/coingecko-mcp", None, []),
    ("fmp", "npm", "financial-modeling-prep-mcp-server", None, []),
    ("tradingview-screener", "npm", "tradingview-mcp-server", None, []),
    ("stockquotes", "npm", "stockquotes-mcp", None, []),
    ("aicoin", "npm", "@aicoin/opendata-mcp", None, []),
    ("lunchmoney", "npm", "@akutishevsky/lunchmoney-mcp", None, []),
    ("freee", "npm", "freee-mcp", None, []),
    ("budget-allocator-app", "npm", "@modelcontextprotocol/server-budget-allocator", None, ["--stdio"]),
    ("scenario-modeler-app", "npm", "@modelcontextprotocol/server-scenario-modeler", None, ["--stdio"]),
    # --- npm: travel, flights, maps ---
    ("hotelzero", "npm", "hotelzero", None, []),
    ("flightradar24-official", "npm", "@flightradar24/fr24api-mcp", None, []),
    ("baidu-map", "npm", "@baidumap/mcp-server-baidu-map", None, []),
    ("map-app", "npm", "@modelcontextprotocol/server-map", None, ["--stdio"]),
    ("mapbox-devkit", "npm", "@mapbox/mcp-devkit-server", None, []),
    # --- npm: e-mail, contacts, messaging, telephony ---
    ("gmail-autoauth", "npm", "@gongrzhe/server-gmail-autoauth-mcp", None, []),
    ("email-codefuturist", "npm", "@codefuturist/email-mcp", None, []),
    ("mail-server-imap", "npm", "mcp-mail-server", None, []),
    ("icloud-mail", "npm", "icloud-mcp", None, []),
    ("twilio-sms", "npm", "twilio-mcp", None, []),
    # --- npm: documents, PDF, images ---
    ("pdf-mcp-z", "npm", "@mcp-z/mcp-pdf", None, []),
    ("pdf-reader-sylphlab", "npm", "@sylphlab/pdf-reader-mcp", None, []),
    ("pdfcrowd-export", "npm", "pdfcrowd-mcp-pdf-export", None, []),
    ("image-gen", "npm", "mcp-image", None, []),
    ("svgmaker", "npm", "@genwave/svgmaker-mcp", None, []),
    ("nano-banana", "npm", "nano-banana-mcp", None, []),
    ("text2image", "npm", "text2image-mcp", None, []),
    ("google-sheets", "npm", "mcp-gsheets", None, []),
    ("google-docs-abonus", "npm", "@a-bonus/google-docs-mcp", None, []),
    ("google-drive-botrun", "npm", "@botrun/mcp-google-drive", None, []),
    ("excel-negokaz", "npm", "@negokaz/excel-mcp-server", None, []),
    # --- npm: shell, file system ---
    ("filesystem-j0hanz", "npm", "@j0hanz/filesystem-mcp", None, [SB]),
    ("fast-filesystem", "npm", "fast-filesystem-mcp", None, []),
    ("filesystem-plain", "npm", "mcp-server-filesystem", None, [SB]),
    ("shell-mako10k", "npm", "@mako10k/mcp-shell-server", None, []),
    ("bash-command", "npm", "bash-command-mcp", None, []),
    ("cli-whitelist", "npm", "mcp-cli", None, []),
    # --- npm: smart home ---
    ("home-assistant-coolver", "npm", "@coolver/home-assistant-mcp", None, []),
    ("wordpress", "npm", "mcp-wordpress", None, []),

    # --- PyPI: weather ---
    ("weather-isdaniel", "pypi", "mcp-weather-server", None, []),
    ("open-meteo-py", "pypi", "open-meteo-mcp", None, []),
    ("openmeteo-server-py", "pypi", "openmeteo-mcp-server", None, []),
    ("weather-nws", "pypi", "weather-nws-mcp", None, []),
    ("meteoswiss", "pypi", "meteoswiss-mcp", None, []),
    ("swiss-weather", "pypi", "swiss-weather-mcp", None, []),
    ("chuk-open-meteo", "pypi", "chuk-mcp-open-meteo", None, []),
    # --- PyPI: time, holidays, calendars ---
    ("timezone-convert", "pypi", "techtenstein-timezone-convert-mcp", None, []),
    ("holidays", "pypi", "holidays-mcp", None, []),
    ("swiss-holidays", "pypi", "swiss-holidays-mcp", None, []),
    ("ics-calendar", "pypi", "ics-calendar-mcp", None, []),
    ("calendar-py", "pypi", "mcp-calendar-python", None, []),
    # --- PyPI: math, conversion, random ---
    ("chuk-math", "pypi", "chuk-mcp-math-server", None, []),
    ("vibe-math", "pypi", "vibe-math-mcp", None, []),
    ("scientific-calculator", "pypi", "mcp-scientific-calculator", None, []),
    ("symbolic-math", "pypi", "symbolic-math-mcp", None, []),
    ("uuid-gen", "pypi", "uuid-mcp", None, []),
    ("random-number", "pypi", "random-number-mcp", None, []),
    ("currency-py", "pypi", "mcp-currency", None, []),
    ("currency-server-py", "pypi", "mcp-currency-server", None, []),
    ("fx-converter", "pypi", "fx-converter-mcp", None, []),
    ("unit-converter-ai", "pypi", "unit-converter-ai-mcp", None, []),
    ("chuk-geocoder", "pypi", "chuk-mcp-geocoder", None, []),
    # --- PyPI: news, RSS, reference ---
    ("hackernews-py", "pypi", "mcp-hackernews", None, []),
    ("hacker-news-py", "pypi", "hacker-news-mcp-py", None, []),
    ("news-py", "pypi", "mcp-news", None, []),
    ("news-server-py", "pypi", "news-mcp-server", None, []),
    ("freshrss", "pypi", "freshrss-mcp", None, []),
    ("wikipedia-server-py", "pypi", "mcp-server-wikipedia", None, []),
    ("urban-dictionary", "pypi", "urban-dictionary-mcp", None, []),
    ("dictionary-server", "pypi", "dictionary-mcp-server", None, []),
    # --- PyPI: food, sports, music ---
    ("nutrition", "pypi", "nutrition-mcp-server", None, []),
    ("sport-py", "pypi", "mcp-sport", None, []),
    ("sportsdata", "pypi", "sportsdata-mcp", None, []),
    ("spotify-server-py", "pypi", "spotify-mcp-server", None, []),
    ("yandex-music", "pypi", "yandex-music-mcp", None, []),
    # --- PyPI: finance, trading, banking ---
    ("ynab", "pypi", "ynab-mcp", None, []),
    ("ynab-py", "pypi", "py-ynab-mcp", None, []),
    ("trading212", "pypi", "trading212-mcp-server", None, []),
    ("tradingview-py", "pypi", "tradingview-mcp-server", None, []),
    ("open-stocks", "pypi", "open-stocks-mcp", None, []),
    ("stock-py", "pypi", "stock-mcp", None, []),
    # --- PyPI: travel ---
    ("swiss-transport", "pypi", "swiss-transport-mcp", None, []),
    ("google-flights", "pypi", "google-flights-mcp", None, []),
    # --- PyPI: e-mail, contacts, to-dos ---
    ("imap-server-py", "pypi", "imap-mcp-server", None, []),
    ("microsoft-todo", "pypi", "microsoft-todo-mcp-server", None, []),
    ("todo-txt", "pypi", "todo-txt-mcp", None, []),
    ("google-contacts", "pypi", "google-contacts-mcp", None, []),
    ("sms-server-py", "pypi", "mcp-server-sms", None, []),
    # --- PyPI: smart home, IoT ---
    ("mqtt", "pypi", "mqtt-mcp", None, []),
    ("mcpmqtt", "pypi", "mcpmqtt", None, []),
    ("homeassistant-py", "pypi", "homeassistant-mcp", None, []),
    ("homeassistant-mcp-py", "pypi", "mcp-homeassistant", None, []),
    # --- PyPI: memory, knowledge, files, documents ---
    ("basic-memory", "pypi", "basic-memory", None, ["mcp"]),
    ("knowledge-graph-py", "pypi", "mcp-knowledge-graph", None, []),
    ("local-shell", "pypi", "local-shell-mcp", None, []),
    ("shell-tools-py", "pypi", "mcp-shell-tools", None, []),
    ("pdf-py", "pypi", "pdf-mcp", None, []),
    ("pdf-mcp-py", "pypi", "mcp-pdf", None, []),
    ("md2pdf", "pypi", "md2pdf-mcp", None, []),
    ("qrforge", "pypi", "qrforge-mcp", None, []),
    ("image-format-converter", "pypi", "image-format-converter-mcp", None, []),
    ("document-converter", "pypi", "mcp-document-converter", None, []),
    ("markdown-format-converter", "pypi", "markdown-format-converter-mcp", None, []),

    # --- batch 2, npm ---
    ("strava", "npm", "@r-huijts/strava-mcp-server", None, []),
    ("calibre-library", "npm", "access-calibre", None, []),
    ("cookunity", "npm", "cookunity-mcp-server", None, []),
    ("latest-science", "npm", "@futurelab-studio/latest-science-mcp", None, []),
    ("tts-fast", "npm", "tts-fast-mcp", None, []),
    ("macos-automator", "npm", "@steipete/macos-automator-mcp", None, []),
    ("quickbooks", "npm", "quickbooks-mcp", None, []),
    ("notion-community-npm", "npm", "notion-mcp-server", None, []),
    ("ebay-sell", "npm", "ebay-mcp", None, []),
    ("kie-ai-media", "npm", "@felores/kie-ai-mcp-server", None, []),
    ("ableton-cookbook", "npm", "ableton-cookbook-mcp", None, []),
    ("bycrawl-social", "npm", "@bycrawl/mcp", None, []),
    ("http-fetch-graphql", "npm", "mcp-fetch", None, []),
    ("fetch-typescript", "npm", "mcp-server-fetch-typescript", None, []),
    ("polyglot-translate", "npm", "@mcptoolshop/polyglot-mcp", None, []),
    ("lokka-msgraph", "npm", "@merill/lokka", None, []),
    ("google-drive-crud", "npm", "mcp-google-drive", None, []),
    ("google-workspace-npm", "npm", "google-workspace-mcp", None, []),
    ("video-resource-app", "npm", "@modelcontextprotocol/server-video-resource", None, ["--stdio"]),
    ("threejs-app", "npm", "@modelcontextprotocol/server-threejs", None, ["--stdio"]),
    ("pdf-analyzer", "npm", "@intelligentelectron/pdf-analyzer", None, []),
    ("pdfnoodle", "npm", "mcp-server-pdfnoodle", None, []),
    ("ohno-tasks", "npm", "@stevestomp/ohno-mcp", None, []),
    ("task-orchestrator", "npm", "@allpepper/task-orchestrator", None, []),
    ("astrotask", "npm", "@astrotask/mcp", None, []),
    ("kiro-memory", "npm", "kiro-memory", None, []),
    ("remember-prmichaelsen", "npm", "@prmichaelsen/remember-mcp", None, []),
    ("local-rag", "npm", "mcp-local-rag", None, []),
    ("jsondb-cloud", "npm", "@jsondb-cloud/mcp", None, []),
    ("research-powerpack", "npm", "mcp-researchpowerpack", None, []),
    ("mcp-installer", "npm", "@anaisbetts/mcp-installer", None, []),
    ("puppeteer-hisma", "npm", "@hisma/server-puppeteer", None, []),

    # --- batch 2, PyPI ---
    ("meteo-py", "pypi", "mcp-meteo", None, []),
    ("spaceweather", "pypi", "spaceweather-mcp", None, []),
    ("local-weather", "pypi", "local-weather-mcp", None, []),
    ("youtube-search-py", "pypi", "youtube-search-mcp", None, []),
    ("yt-music", "pypi", "yt-music-mcp", None, []),
    ("reddit-rss", "pypi", "reddit-rss-mcp", None, []),
    ("google-news-trends", "pypi", "google-news-trends-mcp", None, []),
    ("news-aggregator", "pypi", "news-aggregator-mcp-server", None, []),
    ("newsdata", "pypi", "newsdata-mcp", None, []),
    ("finance-news", "pypi", "mcp-finance-news", None, []),
    ("stock-analysis-py", "pypi", "mcp-stock-analysis", None, []),
    ("stockprice", "pypi", "stockprice-mcp", None, []),
    ("stock-data", "pypi", "stock-data-mcp", None, []),
    ("vnstock", "pypi", "vnstock-mcp-server", None, []),
    ("swiss-public-transport", "pypi", "swiss-public-transport-mcp", None, []),
    ("public-transport", "pypi", "mcp-server-public-transport", None, []),
    ("travel-planner-py", "pypi", "travel-planner-mcp", None, []),
    ("google-maps-server-py", "pypi", "google-maps-mcp-server", None, []),
    ("maps-py", "pypi", "maps-mcp", None, []),
    ("apple-contacts", "pypi", "apple-contacts-mcp", None, []),
    ("apple-reminders", "pypi", "apple-reminders-mcp", None, []),
    ("apple-calendar", "pypi", "apple-calendar-mcp", None, []),
    ("google-keep-notes", "pypi", "google-keep-notes-mcp", None, []),
    ("notes-py", "pypi", "notes-mcp", None, []),
    ("todo-list", "pypi", "todo-list-mcp", None, []),
    ("simple-email", "pypi", "simple-email-mcp", None, []),
    ("email-py", "pypi", "email-mcp", None, []),
    ("qr-reader", "pypi", "qr-reader-mcp-server", None, []),
    ("amzqr", "pypi", "amzqr-mcp", None, []),
    ("uuid-ai", "pypi", "uuid-ai-mcp", None, []),
    ("math-learning", "pypi", "math-mcp-learning-server", None, []),
    ("mathematics", "pypi", "mcp-mathematics", None, []),
    ("subnet-calculator", "pypi", "subnet-calculator-mcp", None, []),
    ("date-calculator", "pypi", "date-calculator-ai-mcp", None, []),
    ("currency-history", "pypi", "mcp-server-currency-history", None, []),
    ("mqtt-server-py", "pypi", "mqtt-mcp-server", None, []),
    ("miot", "pypi", "miot-mcp", None, []),
    ("music-assistant", "pypi", "music-assistant-mcp", None, []),
    ("free-music-library", "pypi", "free-music-library-mcp", None, []),
    ("pdf-server-py", "pypi", "pdf-mcp-server", None, []),
    ("pdf-manipulation", "pypi", "pdf-manipulation-mcp-server", None, []),
    ("nano-pdf", "pypi", "nano-pdf-mcp", None, []),
    ("youtube-server-py", "pypi", "mcp-server-youtube", None, []),
    ("memory-server-py", "pypi", "mcp-server-memory", None, []),
    ("ola-maps", "pypi", "ola-maps-mcp-server", None, []),
    ("podcast-summarizer", "pypi", "podcast-summarizer-mcp", None, []),
    ("recipe-finder", "pypi", "recipe-finder-ai-mcp", None, []),
    ("nutriref", "pypi", "nutriref-mcp", None, []),
    ("mortgage-calculator", "pypi", "mortgage-calculator-ai-mcp", None, []),
    ("tax-calculator", "pypi", "tax-calculator-ai-mcp", None, []),
    ("translation-ai", "pypi", "translation-ai-mcp", None, []),
    ("quick-shell", "pypi", "quick-mcp-shell", None, []),
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
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
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
            timeout=45,
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


def excluded_names() -> set[str]:
    """Corpus names already used in the earlier corpora (first column of excluded-servers.txt)."""
    out = set()
    try:
        for line in EXCLUDED.read_text().splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            out.add(line.split("\t", 1)[0].strip().lower())
    except OSError:
        pass
    return out


def merge(out_path: Path, parts: list[str]) -> int:
    """Join per-lane output files (same format) into one, sorted by server name; the items are copied untouched."""
    result = {"_about": ABOUT, "servers": []}
    seen = set()
    for part in parts:
        for s in json.loads(Path(part).read_text())["servers"]:
            if s["server"] in seen:
                continue
            seen.add(s["server"])
            result["servers"].append(s)
    result["servers"].sort(key=lambda e: e["server"])
    out_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"merged {len(result['servers'])} servers into {out_path}", file=sys.stderr)
    return 0


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
    if sys.argv[1] == "--merge":
        return merge(Path(sys.argv[2]), sys.argv[3:])
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
    # a dummy Google OAuth client (no real client id or secret) for the Google servers that read one at start
    oauth = json.dumps({"installed": {"client_id": "dummy-value-for-listing.apps.googleusercontent.com",
                                      "client_secret": "dummy-value-for-listing", "redirect_uris": ["http://localhost"]}})
    (SCRATCH / "sandbox" / "gcp-oauth.keys.json").write_text(oauth)
    (SCRATCH / "home" / ".gmail-mcp").mkdir(parents=True, exist_ok=True)
    (SCRATCH / "home" / ".gmail-mcp" / "gcp-oauth.keys.json").write_text(oauth)
    for sub in ("vault", "memory-bank", "data", "basic-memory"):
        (SCRATCH / "sandbox" / sub).mkdir(exist_ok=True)
    (SCRATCH / "sandbox" / "todo.txt").touch()
    result = json.loads(out_path.read_text()) if out_path.exists() else {"_about": ABOUT, "servers": []}
    have = {s["server"] for s in result["servers"]}
    excl = excluded_packages()
    excl_names = excluded_names()
    table = {s[0]: s for s in SERVERS}
    names = only or [s[0] for s in SERVERS]
    for name in names:
        if name not in table or name in have:
            continue
        if CLAIMS:
            # two lanes share one list of names: each name is tried by the first lane that claims it
            claimed = set(CLAIMS.read_text().split()) if CLAIMS.exists() else set()
            if name in claimed:
                continue
            with CLAIMS.open("a") as f:
                f.write(name + "\n")
        _, registry, spec, cmd, args, *rest = table[name]
        opts = rest[0] if rest else {}
        if name.lower() in excl_names:
            print(f"[{name}] corpus name is in the excluded list: skipped", file=sys.stderr)
            continue
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
