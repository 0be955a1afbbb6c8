#!/usr/bin/env python3
"""(v23 copy of the v22 harvester, for the held-out corpus v23: a new server table (the 85 packages the v22 run chose but
had no time to try, then everyday servers plus agriculture and food, hospitality and travel, nonprofit, legal, construction and
property, media, education, science and health, finance, project-management, CRM and support servers), a v23 dummy-env block,
excluded list and scratch folder of v23, split tag holdout-v23.)
(v22 copy of the v21 harvester, for the held-out corpus v22: a new server table (the 98 packages the v21 run chose but
had no time to try, then everyday servers plus industrial/IoT, media production, science and research, education, aviation
and shipping, healthcare and pharma, finance, project-management, CRM and support servers), a v22 dummy-env block,
excluded list and scratch folder of v22, split tag holdout-v22.)
(v21 copy of the v20 harvester, for the held-out corpus v21: a new server table of everyday servers plus
data/analytics, government/civic data, games, insurance, energy, real-estate, accounting, project-management, CRM and
support servers, excluded list and scratch folder of v21, split tag holdout-v21.)
(v20 copy of the v19 harvester, for the held-out corpus v20: a new server table of everyday servers plus
logistics, legal, CMS/newsletter, retail, telecom, accounting and CRM servers, more dummy env (v20 block), excluded
list and scratch folder of v20, split tag holdout-v20.)
(v19 copy of the v18 harvester, for the held-out corpus v19: a new server table of everyday servers plus
healthcare, education, HR/recruiting, project-management, CRM and support servers, more dummy env (v19 block),
excluded list and scratch folder of v19, install timeout 240 s, initialize timeout 30 s, split tag holdout-v19.)
(v18 copy of the v4 harvester, for the held-out corpus v18: a new server table of general-purpose, everyday
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

ABOUT = ("Held-out clean corpus v23: tool/prompt/resource definitions exactly as public MCP server packages "
         "(npm, PyPI) of general-purpose, everyday servers (and agriculture and food, hospitality and travel, nonprofit, legal, "
         "construction and property, media, education, science and health, finance, project-management, CRM and support servers) "
         "sent them over stdio to a plain JSON-RPC client, harvested with dummy credentials.")
SCRATCH = Path(os.environ.get("HARVEST_DIR", "/tmp/harvest-v23/lane"))
EXCLUDED = Path(os.environ.get("HARVEST_EXCLUDED", "/work/corpus-v23/real/excluded-servers.txt"))
SPLIT = "holdout-v23"
PY = os.environ.get("HARVEST_PY", "/root/.pyenv/versions/3.12.1/bin/python3.12")
UV = os.environ.get("HARVEST_UV", "/tmp/uvenv/bin/uv") if os.path.exists(os.environ.get("HARVEST_UV", "/tmp/uvenv/bin/uv")) else ""
PY313 = os.environ.get("HARVEST_PY313", "/root/.pyenv/versions/3.13.0/bin/python3.13")
CLEAN = os.environ.get("HARVEST_CLEAN", "1") == "1"
# optional file of names already taken by another lane (one a line), shared by lanes that run side by side
CLAIMS = Path(os.environ["HARVEST_CLAIMS"]) if os.environ.get("HARVEST_CLAIMS") else None
# optional pip constraints file (e.g. "mcp<2" for servers written against the 1.x SDK that do not pin it)
PIP_CONSTRAINT = os.environ.get("HARVEST_PIP_CONSTRAINT", "")
# extra packages a server imports but does not declare
EXTRA_PIP = {"neo4j-cypher": ["aiohttp"], "neo4j-memory": ["aiohttp"], "sentry-py": ["httpx"], "web-forager": ["lxml_html_clean"],
             "biocontext": ["bibtexparser<2"], "scholarly": ["bibtexparser<2"], "chroma": ["pydantic<2.12"],
             # v19: optional extras the server needs to start (the packages' own "[server]" / "[mcp]" extras)
             "taskwarrior-lite": ["mcp"], "dsh-kanban": ["fastmcp"], "math-logic": ["fastmcp"],
             "mathmethods": ["pydantic<2.12"],
             # v22: a dependency the server imports but does not declare
             "slurm": ["pandas"],
             # v23: a dependency the server imports but does not declare
             "markdown": ["requests"]}
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


# --- v19 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "CANVAS_API_TOKEN CANVAS_TOKEN CANVAS_ACCESS_TOKEN MOODLE_TOKEN MOODLE_WS_TOKEN GREENHOUSE_API_KEY ASHBY_API_KEY "
        "ATTIO_API_KEY ATTIO_ACCESS_TOKEN PIPEDRIVE_API_TOKEN PIPEDRIVE_API_KEY HUBSPOT_ACCESS_TOKEN HUBSPOT_API_KEY "
        "HUBSPOT_PRIVATE_APP_TOKEN ZENDESK_API_TOKEN ZENDESK_TOKEN FRESHDESK_API_TOKEN NIMBLE_API_KEY NIMBLE_API_TOKEN "
        "FRAPPE_API_KEY FRAPPE_API_SECRET ZOHO_CLIENT_ID ZOHO_CLIENT_SECRET ZOHO_REFRESH_TOKEN REDMINE_API_KEY "
        "TAIGA_USERNAME TAIGA_PASSWORD TAIGA_TOKEN CLICKUP_API_TOKEN CLICKUP_API_KEY CLICKUP_TOKEN ASANA_TOKEN ASANA_PAT "
        "KANBANTOOL_API_TOKEN KANBAN_TOOL_API_TOKEN RECRUITCRM_API_KEY RECRUIT_CRM_API_KEY BAMBOOHR_API_KEY "
        "FHIRFLY_API_KEY FHIR_ACCESS_TOKEN NCBI_API_KEY PUBMED_API_KEY SIMPLENOTE_EMAIL SIMPLENOTE_PASSWORD "
        "EVERNOTE_TOKEN EVERNOTE_ACCESS_TOKEN NUTRITIONIX_APP_ID NUTRITIONIX_APP_KEY NUTRITIONIX_API_KEY COOKIDOO_EMAIL "
        "COOKIDOO_PASSWORD SPOTIPY_CLIENT_ID SPOTIPY_CLIENT_SECRET FOOTBALL_DATA_API_KEY FOOTBALL_API_KEY SPORTAPI_KEY "
        "SPORTAPI_API_KEY KARAKEEP_API_KEY CODA_API_KEY CODA_API_TOKEN GREAT_DETAIL_API_KEY LLAMA_API_KEY MIRO_OAUTH_TOKEN "
        "MIRO_ACCESS_TOKEN BOOND_CLIENT_TOKEN BOOND_CLIENT_KEY BOONDMANAGER_API_TOKEN ITERABLE_API_KEY WHOP_API_KEY "
        "BNB_PRIVATE_KEY UPSTASH_REDIS_REST_TOKEN LEETCODE_SESSION ANILIST_TOKEN YANDEX_CALENDAR_USERNAME "
        "YANDEX_CALENDAR_PASSWORD YANDEX_LOGIN YANDEX_APP_PASSWORD WIKIJS_API_KEY WIKIJS_TOKEN MEDIAWIKI_USERNAME "
        "MEDIAWIKI_PASSWORD APPLE_MUSIC_DEVELOPER_TOKEN SENDER_EMAIL RESEND_FROM GMAIL_CLIENT_ID GMAIL_CLIENT_SECRET "
        "HASDATA_API_KEY SERPER_KEY JOBTECH_API_KEY CURRENCY_API_KEY EXCHANGERATE_API_KEY CRYPTO_API_KEY "
        "NUTRITION_API_KEY FIREBASE_PRIVATE_KEY_PATH_DUMMY EVERNOTE_AUTH_TOKEN YANDEX_CALDAV_EMAIL YANDEX_CALDAV_KEY"
    ).split()
})
for k in ("CANVAS_BASE_URL", "CANVAS_API_URL", "CANVAS_URL", "CANVAS_DOMAIN", "MOODLE_URL", "MOODLE_BASE_URL",
          "REDMINE_URL", "REDMINE_BASE_URL", "TAIGA_API_URL", "TAIGA_URL", "FHIR_BASE_URL", "FHIR_SERVER_URL", "FHIR_URL",
          "WIKIJS_URL", "WIKIJS_API_URL", "MEDIAWIKI_URL", "MEDIAWIKI_API_URL", "FRAPPE_URL", "FRAPPE_BASE_URL",
          "KARAKEEP_API_ADDR", "GREAT_DETAIL_API_URL", "UPSTASH_REDIS_REST_URL", "ANKI_CONNECT_URL", "ANKICONNECT_URL",
          "CALDAV_SERVER_URL", "YANDEX_CALDAV_URL", "OLLAMA_API", "LLAMA_API_URL", "BOONDMANAGER_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "ZENDESK_DOMAIN": "dummy.zendesk.com", "ZENDESK_URL": "http://127.0.0.1:9", "FRESHDESK_URL": "http://127.0.0.1:9",
    "PIPEDRIVE_DOMAIN": "dummy", "NIMBLE_DOMAIN": "dummy", "CODA_DOC_ID": "dummy", "CODA_TABLE_ID": "dummy",
    "JIRA_PROJECT_KEY": "DUMMY", "LINEAR_TEAM_ID": "dummy", "RECRUITCRM_BASE_URL": "http://127.0.0.1:9",
    "EMAIL_FROM": "dummy@example.invalid", "FROM_EMAIL": "dummy@example.invalid", "SMTP_FROM": "dummy@example.invalid",
    "ALLOWED_DIRECTORIES": str(SCRATCH / "sandbox"), "ALLOWED_PATHS": str(SCRATCH / "sandbox"),
    "FS_ALLOWED_DIRS": str(SCRATCH / "sandbox"), "NOTES_DIR": str(SCRATCH / "sandbox" / "vault"),
    "KANBAN_DIR": str(SCRATCH / "sandbox" / "data"), "TASKDATA": str(SCRATCH / "sandbox" / "data"),
    "PDF_DIR": str(SCRATCH / "sandbox" / "data"), "MEMORY_DIR": str(SCRATCH / "sandbox" / "memory-bank"),
    "SPOTIPY_REDIRECT_URI": "http://127.0.0.1:9/callback", "SPOTIFY_REDIRECT_URI": "http://127.0.0.1:9/callback",
    "GOOGLE_MAPS_DISABLE": "1", "NCBI_EMAIL": "dummy@example.invalid", "PUBMED_EMAIL": "dummy@example.invalid",
    "ENTREZ_EMAIL": "dummy@example.invalid", "CONTACT_EMAIL": "dummy@example.invalid",
})


# --- v20 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "SHOPIFY_ACCESS_TOKEN SHOPIFY_API_KEY SHOPIFY_API_SECRET SHOPIFY_ADMIN_API_ACCESS_TOKEN SHOPIFY_TOKEN "
        "WOOCOMMERCE_CONSUMER_KEY WOOCOMMERCE_CONSUMER_SECRET WC_CONSUMER_KEY WC_CONSUMER_SECRET GHOST_ADMIN_API_KEY "
        "GHOST_CONTENT_API_KEY GHOST_API_KEY STRAPI_API_TOKEN STRAPI_TOKEN LISTMONK_USERNAME LISTMONK_PASSWORD LISTMONK_API_KEY "
        "BEEHIIV_API_KEY BEEHIIV_PUBLICATION_ID EASYSHIP_API_KEY EASYSHIP_TOKEN HOMEBOX_TOKEN HOMEBOX_USERNAME HOMEBOX_PASSWORD "
        "KIMAI_API_TOKEN KIMAI_TOKEN COURTLISTENER_API_KEY COURTLISTENER_API_TOKEN REGULATIONS_GOV_API_KEY REGULATIONSGOV_API_KEY "
        "FILEVINE_API_KEY FILEVINE_API_SECRET BILL4TIME_API_KEY MONEYBIRD_API_TOKEN MONEYBIRD_TOKEN MANAGER_API_KEY "
        "QUICKBOOKS_CLIENT_ID QUICKBOOKS_CLIENT_SECRET FRESHBOOKS_CLIENT_ID FRESHBOOKS_CLIENT_SECRET FRESHBOOKS_ACCESS_TOKEN "
        "FAKTUROWNIA_API_TOKEN LEXWARE_API_KEY LEXOFFICE_API_KEY BTCPAY_API_KEY CLOCKIFY_API_KEY ACCELO_CLIENT_ID ACCELO_CLIENT_SECRET "
        "TWENTY_API_KEY ZAMMAD_HTTP_TOKEN ZAMMAD_TOKEN RAYNET_API_KEY RAYNET_USERNAME ZEROPIPELINE_API_KEY SERVICENEX_API_KEY "
        "OPENPROJECT_API_KEY ACTIVECOLLAB_TOKEN ACTIVECOLLAB_API_TOKEN CODA_API_TOKEN_DUMMY LOYALTYDOG_API_KEY CLOVER_API_TOKEN "
        "CLOVER_ACCESS_TOKEN SHOPLINE_ACCESS_TOKEN ULTRAVOX_API_KEY MPESA_CONSUMER_KEY MPESA_CONSUMER_SECRET AT_API_KEY "
        "TELNYX_PUBLIC_KEY AVIASALES_API_TOKEN TRAVELPAYOUTS_TOKEN AVIATIONSTACK_API_KEY GSA_API_KEY DATA_GOV_API_KEY "
        "JQUANTS_API_KEY JQUANTS_REFRESH_TOKEN MEALIE_API_KEY MEALIE_TOKEN CRONOMETER_USERNAME CRONOMETER_PASSWORD DIETLY_API_KEY "
        "WGER_API_KEY WGER_TOKEN BREWFATHER_USER_ID BREWFATHER_API_KEY JOPLIN_TOKEN HEDGEDOC_TOKEN ASPOSE_CLIENT_ID ASPOSE_CLIENT_SECRET "
        "CONVERTFILEFAST_API_KEY PDFNOODLE_API_KEY TRANSLOADIT_KEY TRANSLOADIT_SECRET TMAILOR_API_KEY PROTONMAIL_USERNAME "
        "PROTONMAIL_PASSWORD PROTON_BRIDGE_PASSWORD ICLOUD_PASSWORD JMAP_TOKEN JMAP_USERNAME JMAP_PASSWORD MOLTBOOK_API_KEY "
        "UMBRACO_CLIENT_ID UMBRACO_CLIENT_SECRET ERPNEXT_API_KEY ERPNEXT_API_SECRET SALESFORCE_USERNAME SALESFORCE_PASSWORD "
        "SALESFORCE_TOKEN SALESFORCE_CLIENT_ID SALESFORCE_CLIENT_SECRET SALESFORCE_CONNECTION_TYPE_DUMMY MS_CLIENT_ID MS_CLIENT_SECRET "
        "FMP_TOKEN NEXTCLOUD_USERNAME NEXTCLOUD_PASSWORD NEXTCLOUD_APP_PASSWORD DISCOURSE_API_KEY DISCOURSE_API_USERNAME "
        "YAHOO_CLIENT_ID YAHOO_CLIENT_SECRET ESPN_S2 ESPN_SWID SWID VOOG_API_TOKEN WAGTAIL_API_TOKEN TGJU_API_KEY"
    ).split()
})
for k in ("GHOST_API_URL", "GHOST_URL", "STRAPI_URL", "STRAPI_API_URL", "LISTMONK_URL", "LISTMONK_API_URL", "HOMEBOX_URL",
          "KIMAI_URL", "KIMAI_BASE_URL", "MEALIE_URL", "MEALIE_BASE_URL", "JOPLIN_URL", "JOPLIN_BASE_URL", "HEDGEDOC_URL",
          "ZAMMAD_URL", "TWENTY_API_URL", "TWENTY_BASE_URL", "OPENPROJECT_URL", "OPENPROJECT_BASE_URL", "ACTIVECOLLAB_URL",
          "BTCPAY_URL", "BTCPAY_SERVER_URL", "ERPNEXT_URL", "NEXTCLOUD_URL", "DISCOURSE_URL", "JMAP_URL", "JMAP_SESSION_URL",
          "WAGTAIL_URL", "WAGTAIL_API_URL", "SERVICENEX_URL", "UMBRACO_BASE_URL", "UMBRACO_URL", "WGER_URL", "WGER_BASE_URL",
          "CALDAV_SERVER", "WOOCOMMERCE_URL", "WOOCOMMERCE_SITE_URL", "WC_URL", "SALESFORCE_INSTANCE_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "SHOPIFY_STORE_DOMAIN": "dummy.myshopify.com", "SHOPIFY_SHOP_DOMAIN": "dummy.myshopify.com", "SHOPIFY_DOMAIN": "dummy.myshopify.com",
    "MYSHOPIFY_DOMAIN": "dummy.myshopify.com", "SHOPIFY_STORE": "dummy", "SHOPIFY_SHOP": "dummy.myshopify.com",
    "ACCELO_DEPLOYMENT": "dummy", "RAYNET_INSTANCE": "dummy", "MONEYBIRD_ADMINISTRATION_ID": "12345",
    "FAKTUROWNIA_DOMAIN": "dummy", "BTCPAY_STORE_ID": "dummy", "CLOCKIFY_WORKSPACE_ID": "dummy", "MPESA_ENVIRONMENT": "sandbox",
    "AT_USERNAME": "sandbox", "MANAGER_URL": "http://127.0.0.1:9", "MANAGER_API_URL": "http://127.0.0.1:9",
    "QUICKBOOKS_ENVIRONMENT": "sandbox", "QUICKBOOKS_REALM_ID": "12345", "FILEVINE_ORG_ID": "12345", "FILEVINE_USER_ID": "12345",
    "SALESFORCE_CONNECTION_TYPE": "User_Password", "BEANCOUNT_FILE": str(SCRATCH / "sandbox" / "data" / "main.beancount"),
    "LEDGER_FILE": str(SCRATCH / "sandbox" / "data" / "main.beancount"), "NOTES_VAULT_DIR": str(SCRATCH / "sandbox" / "vault"),
    "VAULT_PATH": str(SCRATCH / "sandbox" / "vault"), "OBSIDIAN_VAULT": str(SCRATCH / "sandbox" / "vault"),
    "MAILDIR": str(SCRATCH / "sandbox" / "data"), "MU_HOME": str(SCRATCH / "sandbox" / "data"),
    "ICLOUD_CALDAV_URL": "http://127.0.0.1:9", "PROTON_BRIDGE_HOST": "127.0.0.1", "IMAP_SSL": "false", "SMTP_SSL": "false",
    "GHOST_ADMIN_KEY": "0123456789abcdef01234567:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "CLOVER_MERCHANT_ID": "DUMMYMERCHANT1", "CLOVER_ENVIRONMENT": "sandbox",
    "MCP_MEMORY_KEEPER_DATA_DIR": str(SCRATCH / "sandbox" / "data"), "DATA_PATH": str(SCRATCH / "sandbox" / "data"),
})

# --- v21 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "QWEATHER_API_KEY QWEATHER_KEY HEFENG_API_KEY HEFENG_KEY SENIVERSE_API_KEY SENIVERSE_KEY WEATHER_API_KEY "
        "OPENWEATHER_API_KEY OPENWEATHERMAP_API_KEY OLA_MAPS_API_KEY OLAMAPS_API_KEY OPENCAGE_API_KEY STEAM_API_KEY "
        "NEXUS_API_KEY NEXUSMODS_API_KEY NEXUS_MODS_API_KEY PDFCO_API_KEY X_API_KEY H1NEWS_API_KEY WORLD_NEWS_API_KEY "
        "WORLDNEWS_API_KEY NEWS_API_KEY NEWSAPI_KEY METABASE_USERNAME METABASE_PASSWORD MEMDATA_API_KEY STOCKTRIM_API_AUTH_ID "
        "STOCKTRIM_API_AUTH_SIGNATURE SPORTALLIANCE_API_KEY MAGICLINE_API_KEY LEETCODE_CSRF_TOKEN IGPSPORT_USERNAME "
        "IGPSPORT_PASSWORD MODE_API_TOKEN MODE_API_SECRET MODE_TOKEN MODE_SECRET HASDATA_KEY ZILLOW_API_KEY SOLAR_API_KEY "
        "NREL_API_KEY EIA_API_KEY OPENEI_API_KEY SERPAPI_API_KEY SEARCH_API_KEY MAILPAL_API_KEY MAILPAL_TOKEN "
        "YANDEX_CALENDAR_TOKEN ICLOUD_USERNAME ICLOUD_APP_PASSWORD ICLOUD_EMAIL CALDAV_USERNAME CALDAV_PASSWORD "
        "JIRA_TOKEN TEMPO_API_TOKEN TEMPO_TOKEN OPENPROJECT_TOKEN OPENPROJECT_API_TOKEN HUBSPOT_TOKEN CRM_API_KEY "
        "SPOTIFY_ACCESS_TOKEN SPOTIFY_REFRESH_TOKEN MUSIC_ASSISTANT_TOKEN KIS_APP_KEY KIS_APP_SECRET DART_API_KEY "
        "OPENDART_API_KEY INVOICENOW_API_KEY PEPPOL_API_KEY COOKUNITY_EMAIL COOKUNITY_PASSWORD DISCORD_GUILD_ID "
        "STEAMWORKS_API_KEY MEMORY_API_KEY QDRANT_API_KEY"
    ).split()
})
for k in ("QWEATHER_API_HOST", "QWEATHER_HOST", "MUSIC_ASSISTANT_URL", "WIKIJS_BASE_URL", "CRM_API_URL", "CRM_BASE_URL",
          "MEMORY_HIVE_URL", "TEMPO_URL", "OPENPROJECT_API_URL", "METABASE_BASE_URL", "SQLMESH_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "JIRA_SERVER": "http://127.0.0.1:9", "CALDAV_SERVER_URL": "http://127.0.0.1:9",
    "SQLITE_DB_PATH": str(SCRATCH / "sandbox" / "data" / "dummy.sqlite"), "DB_PATH": str(SCRATCH / "sandbox" / "data" / "dummy.sqlite"),
    "DUCKDB_PATH": str(SCRATCH / "sandbox" / "data" / "dummy.duckdb"), "MYSQL_DATABASE": "dummy",
})

# --- v22 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "MQTT_CLIENT_ID OPCUA_USERNAME OPCUA_PASSWORD SAMSARA_API_TOKEN SAMSARA_API_KEY GEOTAB_USERNAME GEOTAB_PASSWORD "
        "FLIGHTAWARE_API_KEY AEROAPI_KEY AVIATION_EDGE_API_KEY OPENSKY_USERNAME OPENSKY_PASSWORD AISSTREAM_API_KEY "
        "MARINETRAFFIC_API_KEY DATALASTIC_API_KEY OPENFDA_API_KEY FDA_API_KEY DRUGBANK_API_KEY UMLS_API_KEY "
        "SEMANTIC_SCHOLAR_API_KEY S2_API_KEY CORE_API_KEY SPRINGER_API_KEY ELSEVIER_API_KEY "
        "CHEMSPIDER_API_KEY MATERIALS_PROJECT_API_KEY MP_API_KEY BENCHLING_API_KEY ELABFTW_API_KEY PROTOCOLS_IO_TOKEN "
        "CANVAS_API_KEY QUIZLET_API_KEY CODEFORCES_API_KEY CODEFORCES_API_SECRET UDEMY_CLIENT_ID UDEMY_CLIENT_SECRET "
        "CLOUDINARY_API_KEY CLOUDINARY_API_SECRET CLOUDINARY_CLOUD_NAME MUX_TOKEN_ID MUX_TOKEN_SECRET "
        "OPENSUBTITLES_API_KEY ASSEMBLYAI_API_KEY DEEPGRAM_API_KEY PEXELS_API_KEY UNSPLASH_ACCESS_KEY PIXABAY_API_KEY "
        "LISTENNOTES_API_KEY PODCASTINDEX_API_KEY PODCASTINDEX_API_SECRET LASTFM_API_KEY LASTFM_API_SECRET GENIUS_ACCESS_TOKEN "
        "TMDB_API_KEY OMDB_API_KEY SPORTMONKS_API_KEY BALLDONTLIE_API_KEY ODDS_API_KEY COINMARKETCAP_API_KEY CMC_API_KEY "
        "TWELVE_DATA_API_KEY TWELVEDATA_API_KEY TIINGO_API_KEY AMADEUS_API_KEY AMADEUS_API_SECRET AMADEUS_CLIENT_ID AMADEUS_CLIENT_SECRET "
        "DUFFEL_API_KEY DUFFEL_ACCESS_TOKEN GEOAPIFY_API_KEY HERE_API_KEY TOMTOM_API_KEY LOCATIONIQ_API_KEY FOURSQUARE_API_KEY "
        "NYLAS_API_KEY NYLAS_GRANT_ID HELPSCOUT_APP_ID HELPSCOUT_APP_SECRET INTERCOM_ACCESS_TOKEN FRONT_API_TOKEN GORGIAS_API_KEY "
        "KUSTOMER_API_KEY CLOSE_API_KEY COPPER_API_KEY COPPER_EMAIL CAPSULE_API_TOKEN YOUTRACK_TOKEN TAIGA_AUTH_TOKEN "
        "WRIKE_ACCESS_TOKEN BASECAMP_ACCESS_TOKEN TEAMWORK_API_KEY NOTION_API_KEY HARVEST_ACCESS_TOKEN "
        "TOGGL_API_TOKEN WAVE_ACCESS_TOKEN SAGE_API_KEY XERO_ACCESS_TOKEN PAYPAL_CLIENT_ID PAYPAL_CLIENT_SECRET "
        "FIREFLY_III_TOKEN FIREFLY_TOKEN ACTUAL_PASSWORD ACTUAL_BUDGET_PASSWORD HA_ACCESS_TOKEN OPENHAB_TOKEN "
        "THINGSBOARD_USERNAME THINGSBOARD_PASSWORD NODE_RED_TOKEN TRAKT_CLIENT_ID TRAKT_CLIENT_SECRET PLEX_TOKEN JELLYFIN_API_KEY "
        "AUDIOBOOKSHELF_TOKEN IMMICH_API_KEY FRIGATE_API_KEY CALCOM_API_KEY CAL_API_KEY READWISE_TOKEN READWISE_ACCESS_TOKEN "
        "RAINDROP_TOKEN POCKET_CONSUMER_KEY POCKET_ACCESS_TOKEN MINIFLUX_API_KEY MINIFLUX_TOKEN INOREADER_APP_ID INOREADER_APP_KEY "
        "FEEDLY_ACCESS_TOKEN WOLFRAM_APP_ID WOLFRAM_ALPHA_APPID WOLFRAMALPHA_APP_ID MEMOS_ACCESS_TOKEN MEMOS_TOKEN TICKTICK_CLIENT_ID "
        "TICKTICK_CLIENT_SECRET TICKTICK_ACCESS_TOKEN THINGS_AUTH_TOKEN VIKUNJA_TOKEN VIKUNJA_API_TOKEN INFLUXDB_TOKEN SLURM_JWT"
    ).split()
})
for k in ("OPCUA_ENDPOINT", "OPCUA_SERVER_URL", "OPC_UA_ENDPOINT", "THINGSBOARD_URL", "NODE_RED_URL", "OPENHAB_URL", "HA_BASE_URL",
          "PLEX_URL", "PLEX_SERVER_URL", "JELLYFIN_URL", "AUDIOBOOKSHELF_URL", "IMMICH_URL", "IMMICH_BASE_URL", "FRIGATE_URL",
          "ELABFTW_URL", "ELABFTW_API_URL", "MINIFLUX_URL", "MINIFLUX_BASE_URL", "FIREFLY_III_URL", "FIREFLY_URL", "ACTUAL_SERVER_URL",
          "ACTUAL_BUDGET_URL", "MEMOS_URL", "MEMOS_BASE_URL", "VIKUNJA_URL", "VIKUNJA_API_URL", "YOUTRACK_URL", "YOUTRACK_BASE_URL",
          "CALCOM_URL", "NODERED_URL", "INFLUXDB_URL", "GRAFANA_BASE_URL", "SLURM_REST_URL", "SLURMRESTD_URL", "JUPYTERHUB_URL"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "MODBUS_HOST": "127.0.0.1", "MODBUS_PORT": "9", "MODBUS_TCP_HOST": "127.0.0.1", "MODBUS_TCP_PORT": "9",
    "MQTT_URL": "mqtt://127.0.0.1:9", "MQTT_BROKER_URL": "mqtt://127.0.0.1:9",
    "INFLUXDB_ORG": "dummy", "INFLUXDB_BUCKET": "dummy", "SLURM_USER": "dummy",
    "CROSSREF_MAILTO": "dummy@example.invalid", "CROSSREF_EMAIL": "dummy@example.invalid", "OPENALEX_EMAIL": "dummy@example.invalid",
    "UNPAYWALL_EMAIL": "dummy@example.invalid", "HELPSCOUT_MAILBOX_ID": "12345", "HARVEST_ACCOUNT_ID": "12345",
    "NOTEBOOK_DIR": str(SCRATCH / "sandbox" / "data"), "JUPYTER_NOTEBOOK_DIR": str(SCRATCH / "sandbox" / "data"),
    "WORKSPACE_DIR": str(SCRATCH / "sandbox"), "OUTPUT_DIR": str(SCRATCH / "sandbox" / "data"),
    "DOWNLOAD_DIR": str(SCRATCH / "sandbox" / "data"),
})

# --- v23 additions to the dummy environment (all dummy values; URLs point to 127.0.0.1:9) ---
DUMMY.update({
    k: "dummy-value-for-listing"
    for k in (
        "CAIYUN_API_KEY CAIYUN_TOKEN ESIGNATURES_SECRET_TOKEN FASTMAIL_API_TOKEN FASTMAIL_TOKEN MASTODON_ACCESS_TOKEN "
        "PINBOARD_API_TOKEN PINBOARD_TOKEN ZOHO_ACCESS_TOKEN AMOCRM_ACCESS_TOKEN AMOCRM_LONG_LIVED_TOKEN FREEE_CLIENT_ID "
        "FREEE_CLIENT_SECRET IB_USERNAME IB_PASSWORD SONARR_API_KEY RADARR_API_KEY LIDARR_API_KEY PROWLARR_API_KEY "
        "FHIRFLY_TOKEN GREAT_DETAIL_SUPPORT_API_KEY COURTLISTENER_TOKEN BINANCE_API_KEY BINANCE_API_SECRET BINANCE_SECRET_KEY "
        "LASTFM_KEY FIREFLY_III_PAT FIREFLY_PAT CLOCKIFY_TOKEN KEILA_API_KEY FRESHDESK_KEY KYLAS_API_KEY NIMBLE_TOKEN "
        "BIOPORTAL_API_KEY QRZ_USERNAME QRZ_PASSWORD ASPOSE_API_KEY DIDA_ACCESS_TOKEN DIDA_USERNAME DIDA_PASSWORD "
        "AIGOHOTEL_API_KEY ROLLINGGO_API_KEY MEITUAN_API_KEY TRIP_API_KEY SEMANTIC_SCHOLAR_KEY FAMILYSEARCH_ACCESS_TOKEN "
        "QRZ_API_KEY GMAIL_TOKEN AOL_EMAIL AOL_APP_PASSWORD CPANEL_USERNAME CPANEL_PASSWORD CPANEL_API_TOKEN "
        "ICLOUD_APP_SPECIFIC_PASSWORD DECERN_API_KEY ODOO_API_TOKEN FRAPPE_TOKEN TWILIO_API_KEY_SID"
    ).split()
})
for k in ("MASTODON_INSTANCE_URL", "MASTODON_API_BASE_URL", "MASTODON_URL", "SONARR_URL", "RADARR_URL", "LIDARR_URL",
          "PROWLARR_URL", "KEILA_URL", "KEILA_BASE_URL", "FIREFLY_III_BASE_URL", "CPANEL_URL", "CPANEL_HOST", "ODOO_HOST"):
    DUMMY[k] = "http://127.0.0.1:9"
DUMMY.update({
    "IB_GATEWAY_HOST": "127.0.0.1", "IB_GATEWAY_PORT": "9", "ICLOUD_ACCOUNT": "dummy@example.invalid",
    "AOL_USERNAME": "dummy@example.invalid", "FRESHDESK_SUBDOMAIN": "dummy", "KYLAS_BASE_URL": "http://127.0.0.1:9",
})

# (corpus name, registry, package, command after install (None: auto), extra args[, options])
# options: {"env": {...}, "py": "/path/python", "mcp1": True}
SB = str(SCRATCH / "sandbox")
SERVERS = [
    # v23: the 85 packages the v22 run chose but had no time to try
    ("cn-stock", "pypi", "cn-stock-mcp", None, []),
    ("caltrain", "pypi", "caltrain-mcp", None, []),
    ("allmail", "pypi", "allmail-mcp", None, []),
    ("aol", "pypi", "aol-mcp", None, []),
    ("cpanel-mail", "pypi", "cpanel-mail-mcp", None, []),
    ("google-contacts", "pypi", "google-contacts-mcp", None, []),
    ("icloud", "pypi", "icloud-mcp-server", None, [], {"env": {"LOG_LEVEL": "ERROR"}}),  # v23 retry: upper-case log level
    ("doc2markdown", "pypi", "doc2markdown-mcp", None, []),
    ("benspdf", "pypi", "benspdf-mcp", None, []),
    ("filesystem-v23", "pypi", "filesystem-mcp", None, [SB]),  # v23 retry: the sandbox as the allowed directory
    ("fs", "pypi", "fs-mcp", None, []),
    ("filesystem-edit", "pypi", "filesystem-edit-mcp", None, []),
    ("decern", "pypi", "decern-mcp", None, []),
    ("keila", "pypi", "keila-mcp", None, []),
    ("kanban", "pypi", "kanban-mcp", None, []),
    ("codefuturist-email", "npm", "@codefuturist/email-mcp", None, []),
    ("mail-server", "npm", "mcp-mail-server", None, [], {"env": {"IMAP_SECURE": "false", "SMTP_SECURE": "false"}}),  # v23 retry
    ("caldav", "npm", "caldav-mcp", None, []),
    ("google-calendar", "npm", "mcp-google-calendar", None, []),
    ("recipe", "npm", "recipe-mcp", None, []),
    ("mako10k-mcp-shell-server", "npm", "@mako10k/mcp-shell-server", None, []),
    ("obsidian-v23", "npm", "obsidian-mcp-server", None, []),
    ("memory-keeper", "npm", "mcp-memory-keeper", None, []),
    ("flightbox", "npm", "@flightbox/mcp-server", None, []),
    ("ai-devkit-memory", "npm", "@ai-devkit/memory", None, []),
    ("coda-ticket-manager", "npm", "coda-ticket-manager-mcp", None, []),
    ("clockify", "pypi", "clockify-mcp", None, []),
    ("doc-translator", "pypi", "doc-translator-mcp", None, []),
    ("translation-text", "pypi", "mcp-translation-text", None, []),
    ("sdlxliff", "pypi", "mcp-server-sdlxliff", None, []),
    ("accounting-ai", "pypi", "accounting-ai-mcp", None, []),
    ("avenir", "pypi", "avenir-mcp", None, []),
    ("firefly-iii", "pypi", "firefly-iii-mcp", None, []),
    ("e-invoice", "pypi", "e-invoice-mcp", None, []),
    ("invoice-generator-ai", "pypi", "invoice-generator-ai-mcp", None, []),
    ("budget-planner-ai", "pypi", "budget-planner-ai-mcp", None, []),
    ("ff-mcp-jira", "pypi", "ff-mcp-jira", None, []),
    ("jira-cli", "pypi", "jira-cli-mcp", None, []),
    ("frappe-crm", "pypi", "frappe-crm-mcp", None, []),
    ("freshdesk-mcp-support", "pypi", "freshdesk-mcp-support", None, []),
    ("kylas-crm-v23", "pypi", "kylas-crm-mcp-server", None, []),
    ("nimble-crm", "pypi", "nimble-crm-mcp", None, []),
    ("odoo-crm", "pypi", "odoo-crm-mcp", None, []),
    ("argile", "pypi", "argile-mcp", None, []),
    ("lastfm", "pypi", "lastfm-mcp", None, []),
    ("amazing-binance", "pypi", "amazing-binance-mcp", None, []),
    ("binance", "pypi", "binance-mcp-server", None, []),
    ("crypto-bytes", "pypi", "crypto-bytes-mcp-server", None, []),
    ("geocode", "pypi", "geocode-mcp", None, []),
    ("gridpin", "pypi", "gridpin-mcp", None, []),
    ("hackernews", "pypi", "hackernews-mcp", None, []),
    ("rss", "pypi", "mcp-server-rss", None, []),
    ("niche-hackernews", "pypi", "niche-hackernews-mcp", None, []),
    ("image-convertor", "pypi", "image-convertor-mcp", None, []),
    ("qrz", "pypi", "qrz-mcp", None, []),
    ("markdown-ai", "pypi", "markdown-ai-mcp", None, []),
    ("markdown", "pypi", "mcp-markdown", None, []),
    ("mcpzoo-regex", "pypi", "mcpzoo-regex", None, []),
    ("docgen", "pypi", "mcp-docgen", None, []),
    ("ffmpeg-mcp-lite", "pypi", "ffmpeg-mcp-lite", None, []),
    ("ffmpeg", "pypi", "mcp-ffmpeg", None, []),
    ("open-transcribe", "pypi", "open-transcribe-mcp", None, []),
    ("videoscan", "pypi", "videoscan-mcp", None, []),
    ("chuk-mcp-maritime-archives", "pypi", "chuk-mcp-maritime-archives", None, []),
    ("bioportal", "pypi", "bioportal-mcp", None, []),
    ("ensembl", "pypi", "ensembl-mcp", None, []),
    ("biomcp-cli", "pypi", "biomcp-cli", None, []),
    ("chuk-mcp-physics", "pypi", "chuk-mcp-physics", None, []),
    ("aiseg2", "pypi", "aiseg2-mcp", None, []),
    ("haizhixin-qweather", "pypi", "haizhixin-qweather-mcp", None, []),
    ("darcycui", "pypi", "darcycui-mcp", None, []),
    ("arunsiv-weather", "pypi", "arunsiv-weather-mcp-server", None, []),
    ("bachai-calculator", "pypi", "bachai-calculator-mcp", None, []),
    ("casdon-recipe", "pypi", "casdon-recipe-mcp", None, []),
    ("china-stock", "pypi", "china-stock-mcp", None, []),
    ("akshare-stock", "pypi", "akshare-stock-mcp", None, []),
    ("aigohotel", "pypi", "aigohotel-mcp", None, []),
    ("dida", "pypi", "dida-mcp-server", None, []),
    ("claude-gmail", "pypi", "claude-gmail-mcp", None, []),
    ("aspose-pdf-cloud", "pypi", "aspose-pdf-cloud-mcp", None, []),
    ("akasha", "pypi", "akasha-mcp", None, []),
    ("aimemory", "pypi", "aimemory-mcp-server", None, []),
    ("academic-research", "pypi", "academic-research-mcp", None, []),
    ("ai4scholar", "pypi", "ai4scholar-mcp", None, []),
    ("apaper", "pypi", "apaper-mcp", None, []),
    # v23: more everyday and domain servers found by npm/PyPI search
    ("accton-mcpdemo-weather", "pypi", "accton-mcpdemo-weather", None, []),
    ("agriculture", "pypi", "agriculture-mcp-server", None, []),
    ("astronomy-data", "pypi", "astronomy-mcp-server", None, []),
    ("az-weather-demomcp", "pypi", "az-weather-demomcp", None, []),
    ("bridgemcp-server-weather", "pypi", "bridgemcp-server-weather", None, []),
    ("calculator-mcp-rubens", "pypi", "calculator-mcp-rubens", None, []),
    ("china-travel", "pypi", "china-travel-mcp", None, []),
    ("contract-review-ai", "pypi", "contract-review-ai-mcp", None, []),
    ("cookidoo-v23", "pypi", "cookidoo-mcp", None, []),
    ("dotnet-todo", "pypi", "dotnet-todo-mcp", None, []),
    ("event-planning-ai", "pypi", "event-planning-ai-mcp", None, []),
    ("fantastical", "pypi", "fantastical-mcp", None, []),
    ("farshid-mcp-imageprocessing", "pypi", "farshid-mcp-imageprocessing", None, []),
    ("file-organizer-ai", "pypi", "file-organizer-ai-mcp", None, []),
    ("finance-calc", "pypi", "finance-calc-mcp", None, []),
    ("financekit", "pypi", "financekit-mcp", None, []),
    ("flashcard-jp", "pypi", "flashcard-jp-mcp", None, []),
    ("flight-recon", "pypi", "flight-recon-mcp", None, []),
    ("flightaware", "pypi", "flightaware-mcp", None, []),
    ("flighthunter", "pypi", "flighthunter-mcp", None, []),
    ("food-hygiene", "pypi", "food-hygiene-mcp", None, []),
    ("foodcalorie", "pypi", "foodcalorie-mcp", None, []),
    ("football-api", "pypi", "football-api-mcp", None, []),
    ("gadgethumans-legal", "pypi", "gadgethumans-legal-mcp", None, []),
    ("geolocation-ai", "pypi", "geolocation-ai-mcp", None, []),
    ("hackernews-mcp-cli", "pypi", "hackernews-mcp-cli", None, []),
    ("hefeng-qweather", "pypi", "hefeng-qweather-mcp", None, []),
    ("hotel-search", "pypi", "hotel-search-mcp", None, []),
    ("hydration-reminder-ai", "pypi", "hydration-reminder-ai-mcp", None, []),
    ("ical", "pypi", "ical-mcp", None, []),
    ("icloud-calendar", "pypi", "icloud-calendar-mcp", None, []),
    ("korean-news", "pypi", "korean-news-mcp", None, []),
    ("lawink", "pypi", "lawink-mcp", None, []),
    ("legal-court", "pypi", "legal-court-mcp-server", None, []),
    ("legal-document-ai", "pypi", "legal-document-ai-mcp", None, []),
    ("legal-text-mcp-de", "pypi", "legal-text-mcp-de", None, []),
    ("mastodon", "pypi", "mastodon-mcp-server", None, []),
    ("caiyun-weather", "pypi", "mcp-caiyun-weather", None, []),
    ("mcp-cookidoo", "pypi", "mcp-cookidoo", None, []),
    ("legal-search", "pypi", "mcp-legal-search", None, []),
    ("mcp-rollinggo-hotel", "pypi", "mcp-rollinggo-hotel", None, []),
    ("invoicepilot", "pypi", "mcp-server-invoicepilot", None, []),
    ("stockscreen", "pypi", "mcp-stockscreen", None, []),
    ("twfood", "pypi", "mcp-twfood", None, []),
    ("weather-bailian", "pypi", "mcp-weather-bailian", None, []),
    ("weather-crj6666", "pypi", "mcp-weather-crj6666", None, []),
    ("mcpcn-video-ai-subtitle", "pypi", "mcpcn-video-ai-subtitle-mcp", None, []),
    ("meituan-hotel", "pypi", "meituan-hotel-mcp", None, []),
    ("music-production-ai", "pypi", "music-production-ai-mcp", None, []),
    ("nnsay-qweather", "pypi", "nnsay-qweather-mcp", None, []),
    ("oc-korea-weather-time", "pypi", "oc-korea-weather-time-mcp", None, []),
    ("openresearch", "pypi", "openresearch-mcp", None, []),
    ("pdf-agent", "pypi", "pdf-agent-mcp", None, []),
    ("personal-finance-ai", "pypi", "personal-finance-ai-mcp", None, []),
    ("portfolio-signals", "pypi", "portfolio-signals-mcp", None, []),
    ("quiz-generator-ai", "pypi", "quiz-generator-ai-mcp", None, []),
    ("quizzard", "pypi", "quizzard-mcp", None, []),
    ("real-estate-sustainability", "pypi", "real-estate-sustainability-mcp", None, []),
    ("restaurant-ai", "pypi", "restaurant-ai-mcp", None, []),
    ("rollinggo-hotel", "pypi", "rollinggo-hotel-mcp", None, []),
    ("sports-data", "pypi", "sports-data-mcp-server", None, []),
    ("stock-analyzer-ai", "pypi", "stock-analyzer-ai-mcp", None, []),
    ("subtitle-downloader", "pypi", "subtitle-downloader-mcp", None, []),
    ("swiss-courts", "pypi", "swiss-courts-mcp", None, []),
    ("swiss-weather", "pypi", "swiss-weather-mcp", None, []),
    ("todo-txt", "pypi", "todo-txt-mcp", None, []),
    ("todoist-blade", "pypi", "todoist-blade-mcp", None, []),
    ("toolmash-dictionary-api-mcp-plugin", "pypi", "toolmash-dictionary-api-mcp-plugin-mcp", None, []),
    ("travel-planning", "pypi", "travel-planning-mcp", None, []),
    ("urban-dictionary", "pypi", "urban-dictionary-mcp", None, []),
    ("usman-calculator", "pypi", "usman-calculator-mcp", None, []),
    ("video-editing-ai", "pypi", "video-editing-ai-mcp", None, []),
    ("weather-shap", "pypi", "weather-shap-mcp", None, []),
    ("yandex-calendar", "pypi", "yandex-calendar-mcp", None, []),
    ("applemusic", "pypi", "applemusic-mcp", None, []),
    ("mastodon-blade", "pypi", "mastodon-blade-mcp", None, []),
    ("sports-betting", "pypi", "sports-betting-mcp", None, []),
    ("playquiznow", "pypi", "playquiznow-mcp", None, []),
    ("pyfastmail", "pypi", "pyfastmail-mcp", None, []),
    ("todoist-mcp-plus", "pypi", "todoist-mcp-plus", None, []),
    ("legalize", "pypi", "legalize-mcp", None, []),
    ("lawruler", "pypi", "lawruler-mcp", None, []),
    ("apple-health", "pypi", "apple-health-mcp", None, []),
    ("arxiv-paper", "pypi", "arxiv-paper-mcp-server", None, []),
    ("arxiv-query", "pypi", "arxiv-query-mcp", None, []),
    ("arxiv-today", "pypi", "arxiv-today-mcp", None, []),
    ("astronomy", "pypi", "astronomy-mcp", None, []),
    ("bachstudio-pubmedmcp", "pypi", "bachstudio-pubmedmcp", None, []),
    ("familysearch", "pypi", "familysearch-mcp", None, []),
    ("flashcard", "pypi", "flashcard-mcp", None, []),
    ("google-maps-keyless", "pypi", "google-maps-keyless-mcp", None, []),
    ("ifcopenshell", "pypi", "ifcopenshell-mcp", None, []),
    ("image2svg", "pypi", "image2svg-mcp", None, []),
    ("imagesorcery", "pypi", "imagesorcery-mcp", None, []),
    ("japan-law", "pypi", "japan-law-mcp", None, []),
    ("jira-ticket", "pypi", "jira-ticket-mcp", None, []),
    ("legal-peripherals", "pypi", "legal-peripherals-mcp", None, []),
    ("arxiv-v23", "pypi", "mcp-arxiv", None, []),
    ("image-tools", "pypi", "mcp-image-tools", None, []),
    ("image-zoom", "pypi", "mcp-image-zoom", None, []),
    ("esignatures", "pypi", "mcp-server-esignatures", None, []),
    ("simple-arxiv", "pypi", "mcp-simple-arxiv", None, []),
    ("simple-pubmed", "pypi", "mcp-simple-pubmed", None, []),
    ("tasker", "pypi", "mcp-tasker", None, []),
    ("mcpcn-image-batch-converter", "pypi", "mcpcn-image-batch-converter", None, []),
    ("mcpcn-images-to-pdf", "pypi", "mcpcn-images-to-pdf-mcp", None, []),
    ("mcpcn-video-extract-frames", "pypi", "mcpcn-video-extract-frames-mcp", None, []),
    ("pdf-image-extractor", "pypi", "pdf-image-extractor-mcp", None, []),
    ("pdf-insight", "pypi", "pdf-insight-mcp", None, []),
    ("pdf-to-png-converter", "pypi", "pdf-to-png-converter-mcp", None, []),
    ("pinboard-bookmarks", "pypi", "pinboard-bookmarks-mcp-server", None, []),
    ("plane-project", "pypi", "plane-project-mcp", None, []),
    ("prediction-market", "pypi", "prediction-market-mcp", None, []),
    ("project-management-ai", "pypi", "project-management-ai-mcp", None, []),
    ("pubchempy", "pypi", "pubchempy-mcp-server", None, []),
    ("quickbooks-v23", "pypi", "quickbooks-mcp-server", None, []),
    ("research-papers", "pypi", "research-papers-mcp", None, []),
    ("ryogena-pubmed", "pypi", "ryogena-pubmed-mcp", None, []),
    ("stock-image", "pypi", "stock-image-mcp", None, []),
    ("suppevo-pubmed", "pypi", "suppevo-pubmed-mcp", None, []),
    ("swiss-geodata", "pypi", "swiss-geodata-mcp", None, []),
    ("wikipedia-trends", "pypi", "wikipedia-trends-mcp", None, []),
    ("youtube-context", "pypi", "youtube-context-mcp", None, []),
    ("zoho-crm", "pypi", "zoho-crm-mcp-server", None, []),
    ("catgirl3d-amocrm", "pypi", "catgirl3d-amocrm-mcp", None, []),
    ("websearch", "pypi", "websearch-mcp-server", None, []),
    ("arythmatic-lms", "pypi", "arythmatic-lms-mcp", None, []),
    ("coingecko-coingecko", "npm", "@coingecko/coingecko-mcp", None, []),
    ("fabriqa.ai-youtube-transcript", "npm", "@fabriqa.ai/youtube-transcript-mcp", None, []),
    ("freee", "npm", "freee-mcp", None, []),
    ("arr-server", "npm", "mcp-arr-server", None, []),
    ("model-context-protocol", "npm", "model-context-protocol", None, []),
    ("twilio-v23", "npm", "twilio-mcp", None, []),
    ("tts-fast", "npm", "tts-fast-mcp", None, []),
    ("interactive-brokers", "npm", "interactive-brokers-mcp", None, []),
    ("financial-modeling-prep", "npm", "financial-modeling-prep-mcp-server", None, []),
    ("fhirfly-io", "npm", "@fhirfly-io/mcp-server", None, []),
    ("great-detail-support", "npm", "@great-detail/support-mcp", None, []),
    ("j0hanz-filesystem", "npm", "@j0hanz/filesystem-mcp", None, []),
    ("jinzcdev-leetcode", "npm", "@jinzcdev/leetcode-mcp-server", None, []),
    ("allpepper-task-orchestrator", "npm", "@allpepper/task-orchestrator", None, []),
    ("us-legal-tools-courtlistener-sdk", "npm", "@us-legal-tools/courtlistener-sdk", None, []),
    ("google-workspace-v23", "npm", "google-workspace-mcp", None, []),
    ("a-bonus-google-docs", "npm", "@a-bonus/google-docs-mcp", None, []),
    ("obsidian-mcp-npm", "npm", "obsidian-mcp", None, []),
    ("commands-v23", "npm", "mcp-server-commands", None, []),
    ("just-bash", "npm", "just-bash-mcp", None, []),
    ("telnyx", "npm", "telnyx-mcp", None, []),
    ("strapi", "npm", "strapi-mcp", None, []),
    ("lucide-icons", "npm", "lucide-icons-mcp", None, []),
    ("stock-sdk", "npm", "stock-sdk", None, []),
    ("astrotask", "npm", "@astrotask/mcp", None, []),
    # v23: a second batch (books, jobs, stocks, legal, booking, news, calendars)
    ("30book", "pypi", "30book-mcp", None, []),
    ("apple-books", "pypi", "apple-books-mcp", None, []),
    ("book-metadata", "pypi", "book-metadata-mcp", None, []),
    ("chuk-mcp-math", "pypi", "chuk-mcp-math", None, []),
    ("endnote", "pypi", "endnote-mcp", None, []),
    ("freshbooks-v23", "pypi", "freshbooks-mcp", None, []),
    ("freshbooks-server-v23", "pypi", "freshbooks-mcp-server", None, []),
    ("jp-books", "pypi", "jp-books-mcp", None, []),
    ("book-lover", "pypi", "mcp-book-lover", None, []),
    ("ebook-read", "pypi", "mcp-ebook-read", None, []),
    ("job-search", "pypi", "mcp-job-search", None, []),
    ("shell-tools", "pypi", "mcp-shell-tools", None, []),
    ("stock-tracker", "pypi", "mcp-stock-tracker", None, []),
    ("mozaia-laws", "pypi", "mozaia-laws-mcp", None, []),
    ("pdf-lite", "pypi", "pdf-lite-mcp", None, []),
    ("prediction-hunt", "pypi", "prediction-hunt-mcp", None, []),
    ("ratebook", "pypi", "ratebook-mcp", None, []),
    ("stockprice", "pypi", "stockprice-mcp", None, []),
    ("ticket-discovery", "pypi", "ticket-discovery-mcp", None, []),
    ("unifiles", "pypi", "unifiles-mcp", None, []),
    ("wrok-pdf", "pypi", "wrok-pdf-mcp", None, []),
    ("zotero-fulltext", "pypi", "zotero-fulltext-mcp", None, []),
    ("local-research-library", "pypi", "local-research-library-mcp", None, []),
    ("matchbook", "pypi", "matchbook-mcp", None, []),
    ("korea-stock-insight", "pypi", "korea-stock-insight-mcp", None, []),
    ("mcparmory-ip2location-geolocation", "pypi", "mcparmory-ip2location-geolocation", None, []),
    ("biopython", "pypi", "biopython-mcp", None, []),
    ("cryptography", "pypi", "mcp-cryptography", None, []),
    ("pet-travel-guide", "pypi", "mcp-pet-travel-guide", None, []),
    ("hasdata-booking", "pypi", "hasdata-booking-mcp", None, []),
    ("weather-mcp-v1", "pypi", "weather-mcp-v1", None, []),
    ("hitl-finance", "pypi", "hitl-finance-mcp", None, []),
    ("invoicetronic", "pypi", "invoicetronic-mcp", None, []),
    ("ezpay-einvoice", "pypi", "mcp-ezpay-einvoice", None, []),
    ("altsportsdata", "pypi", "altsportsdata-mcp", None, []),
    ("trading-mcp-news", "pypi", "trading-mcp-news", None, []),
    ("overtone-news", "pypi", "overtone-news-mcp", None, []),
    ("mac-calendar", "pypi", "mac-calendar-mcp", None, []),
    ("hotel-recommend", "pypi", "mcp-hotel-recommend", None, []),
    ("todo-list", "pypi", "todo-list-mcp", None, []),
    ("tasqr", "pypi", "tasqr-mcp", None, []),
    ("mcpbind-random-number", "pypi", "mcpbind-random-number-mcp", None, []),
]


def install(name: str, registry: str, spec: str, py: str = PY, constraint: str = PIP_CONSTRAINT) -> Path | None:
    d = SCRATCH / name
    d.mkdir(parents=True, exist_ok=True)
    if registry == "npm":
        cmd = ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", "--cache", str(SCRATCH / "_npm-cache"), "--prefix", str(d), spec]
        bindir = d / "node_modules" / ".bin"
    elif UV:
        # v23: uv (from PyPI, in its own venv) installs into the private venv: same packages, same constraints, much
        # faster on this shared 2-core machine (no bytecode compilation, parallel downloads)
        venv = d / "venv"
        if not (venv / "bin" / "python").exists():
            subprocess.run([UV, "venv", "-q", "--python", py, str(venv)], check=True)
        cmd = [UV, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), "--cache-dir", str(SCRATCH.parent / "_uv-cache"),
               spec, *EXTRA_PIP.get(name, [])]
        if constraint:
            cmd += ["-c", constraint]
        bindir = venv / "bin"
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
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    except subprocess.TimeoutExpired:
        print(f"[{name}] install timed out", file=sys.stderr)
        return None
    if r.returncode != 0 and registry == "pypi" and ("Requires-Python" in r.stderr or "does not satisfy Python>=3.13" in r.stderr
                                                      or "requires-python" in r.stderr.lower()) and py == PY and PY313:
        # v21: a package that needs a newer Python is tried once more in a fresh Python 3.13 venv
        print(f"[{name}] needs a newer Python: retrying with {PY313}", file=sys.stderr)
        shutil.rmtree(d / "venv", ignore_errors=True)
        return install(name, registry, spec, PY313, constraint)
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
    # v23: read the version with importlib.metadata (a uv venv has no pip)
    r = subprocess.run([str(d / "venv" / "bin" / "python"), "-c", "import importlib.metadata as m,sys;print(m.version(sys.argv[1]))",
                        spec.split("==")[0]], capture_output=True, text=True)
    return r.stdout.strip() or "?"


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
    # v23: prefer the script that looks like the server (a package may also ship linters, CLIs or test helpers)
    names.sort(key=lambda x: (0 if "mcp" in x.lower() else 1 if "server" in x.lower() else 2,
                              1 if any(w in x.lower() for w in ("lint", "test", "cli", "setup", "install")) else 0))
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
            timeout=30,
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
        # v19: PyPI servers are tried with the constraint mcp<2 first (most are written against the 1.x SDK and do not
        # pin it), then once more without any constraint if that install or listing fails
        tries = [PIP_CONSTRAINT] if registry == "npm" or PIP_CONSTRAINT else [str(SCRATCH / "mcp1.txt"), ""]
        if opts.get("mcp1"):
            tries = [str(SCRATCH / "mcp1.txt")]
        (SCRATCH / "mcp1.txt").write_text("mcp<2\n")
        lists = None
        for constraint in tries:
            cleanup(name)
            if constraint:
                print(f"[{name}] trying with pip constraint mcp<2", file=sys.stderr)
            else:
                print(f"[{name}] trying without pip constraint", file=sys.stderr) if registry == "pypi" else None
            bindir = install(name, registry, spec, opts.get("py", PY), constraint)
            if bindir is None:
                if registry == "pypi" and constraint and not PIP_CONSTRAINT and not opts.get("mcp1"):
                    continue
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
            if registry != "pypi" or not constraint or PIP_CONSTRAINT or opts.get("mcp1"):
                break
            if not any(h in tail for h in MCP1_HINTS):
                # v21: retry without the constraint only when the failure looks like an SDK-version mismatch
                print(f"[{name}] failure does not look like an mcp SDK mismatch: no retry", file=sys.stderr)
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
