#!/usr/bin/env python3
"""Independent DLP corpus: tests/dlp/independent.jsonl.

    python3 scripts/gen_dlp_corpus.py            # rewrite the file
    python3 scripts/gen_dlp_corpus.py --check    # exit 1 if the file is stale

Written apart from the detectors (it does not import or mirror their rules):
documents a tool could return, in the shapes vendors and tools actually
print (CLI output, dotenv, CSV exports, ticket text, JSON API bodies, JSON
serialised inside a text result, Markdown docs, logs), filled with values
in the vendors' documented formats, and hard negatives taken from vendor
documentation: published example keys (AWS's AKIAIOSFODNN7EXAMPLE, Stripe's
documented test key, Slack's "not a real token", the jwt.io sample token,
Slack's T00000000 webhook), placeholders, variable references, UUIDs,
hashes, PEM headers mentioned in prose.

Every document has a `template` (its shape); the held-out split is decided
by hashes fixed before any detector change: a template is held out whole
when sha256("holdout-v1:" + template) mod 10 < 3 (shapes never tuned on),
and any other document when sha256("holdout-v1:" + id) mod 4 == 0 (so
every data type appears in the held-out part). Nobody tunes on holdout; scripts/detect_accuracy.sh reports both.

Each label is one sensitive value: `type` (the detector that should report
it), `accept` (other detectors whose finding also counts for it, e.g. a
40-character AWS secret under `client_secret=` may be a generic_secret) and
`value` (the exact text that must not survive redaction).
"""

from __future__ import annotations

import hashlib
import json
import random
import string
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "dlp" / "independent.jsonl"
R = random.Random(20261205)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
HEXL = "0123456789abcdef"


def rs(n: int, alphabet: str = AN) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def split_of(template: str, doc_id: str) -> str:
    """Whole shapes held out (template hash), plus a quarter of the other
    shapes' documents (id hash) so every data type appears in both parts."""
    h = int(hashlib.sha256(("holdout-v1:" + template).encode()).hexdigest(), 16)
    d = int(hashlib.sha256(("holdout-v1:" + doc_id).encode()).hexdigest(), 16)
    return "holdout" if h % 10 < 3 or d % 4 == 0 else "tune"


# --- values in vendor-documented formats ---------------------------------


def aws_id() -> str:
    return R.choice(["AKIA", "ASIA"]) + rs(16, UP + "234567")


def aws_secret() -> str:
    while True:
        s = rs(40, B64)
        if any(c in DG for c in s) and any(c in LO for c in s) and any(c in UP for c in s):
            return s


def github() -> str:
    k = R.random()
    if k < 0.6:
        return R.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + rs(36)
    return "github_pat_" + rs(22) + "_" + rs(59)


def gitlab() -> str:
    return "glpat-" + rs(20, AN + "-_")


def slack_token() -> str:
    kind = R.choice(["xoxb", "xoxp", "xoxe.xoxp-1", "xoxa-2"])
    if kind == "xoxb":
        return f"xoxb-{rs(11, DG)}-{rs(13, DG)}-{rs(24)}"
    if kind == "xoxp":
        return f"xoxp-{rs(11, DG)}-{rs(11, DG)}-{rs(13, DG)}-{rs(32, HEXL)}"
    if kind == "xoxa-2":
        return f"xoxa-2-{rs(11, DG)}-{rs(12, DG)}-{rs(12, DG)}-{rs(64, HEXL)}"
    return f"xoxp-{rs(11, DG)}-{rs(11, DG)}-{rs(13, DG)}-{rs(32, HEXL)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"


def other_webhook() -> str:
    k = R.random()
    if k < 0.4:
        return f"https://discord.com/api/webhooks/{rs(18, DG)}/{rs(68, AN + '-_')}"
    if k < 0.7:
        u = lambda: f"{rs(8, HEXL)}-{rs(4, HEXL)}-4{rs(3, HEXL)}-a{rs(3, HEXL)}-{rs(12, HEXL)}"  # noqa: E731
        return (
            f"https://{R.choice(['contoso', 'fabrikam', 'acme'])}.webhook.office.com/webhookb2/"
            f"{u()}@{u()}/IncomingWebhook/{rs(32, HEXL)}/{u()}"
        )
    return f"https://hooks.slack.com/workflows/T{rs(8, UP + DG)}/A{rs(10, UP + DG)}/{rs(18, DG)}/{rs(24)}"


def stripe() -> str:
    return R.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(R.choice([24, 34, 99]))


def google() -> str:
    return "AIza" + rs(35, AN + "-_")


def anthropic() -> str:
    return "sk-ant-api03-" + rs(93, AN + "-_") + "AA"


def openai() -> str:
    if R.random() < 0.6:
        return "sk-proj-" + rs(R.choice([48, 74, 132]), AN + "-_")
    return "sk-" + rs(48)


def b64url(b: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt() -> str:
    head = b64url(json.dumps({"alg": R.choice(["RS256", "HS256", "ES256"]), "typ": "JWT", "kid": rs(8)}).encode())
    body = b64url(
        json.dumps({"sub": rs(12, DG), "iss": "https://auth.example.org", "exp": 1900000000 + R.randrange(10**6)}).encode()
    )
    return f"{head}.{body}.{rs(43, AN + '-_')}"


def pem() -> str:
    kind = R.choice(["RSA ", "EC ", "OPENSSH ", "", "ENCRYPTED "])
    lines = [rs(64, B64) for _ in range(R.randint(4, 9))] + [rs(R.randint(10, 60), B64) + "=="]
    return f"-----BEGIN {kind}PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind}PRIVATE KEY-----"


def password() -> str:
    while True:
        s = rs(R.randint(12, 24), AN + "!#%&*+-.=?@^_")
        if sum(c in DG for c in s) >= 2 and any(c in "!#%&*+-.=?@^_" for c in s):
            return s


FIRST = ["ana", "bo", "chidi", "dana", "elif", "farid", "greta", "hiro", "ines", "jonas", "keiko", "luis", "mara", "nikos", "oona", "pavel"]
LAST = ["okafor", "lindqvist", "moreau", "tanaka", "silva", "novak", "haddad", "brennan", "costa", "weber", "kowal", "ibarra"]
DOMAINS = ["acme-corp.com", "example-health.org", "northwind.io", "globex.co.uk", "initech.de", "umbrella.fr", "contoso.net"]


def person() -> tuple[str, str]:
    return R.choice(FIRST).title(), R.choice(LAST).title()


def email(first: str | None = None, last: str | None = None) -> str:
    f, l = (first or R.choice(FIRST)).lower(), (last or R.choice(LAST)).lower()
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f}+billing"])
    return f"{local}@{R.choice(DOMAINS)}"


def ssn(sep: str = "-") -> str:
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if a != 666:
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rs(length - len(prefix) - 1, DG)
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def card(fmt: str = "spaced") -> str:
    kind = R.choice(["visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return f"{n[:4]} {n[4:10]} {n[10:]}" if fmt == "spaced" else n
    prefix = {"visa": "4", "mc": R.choice(["51", "53", "55", "2221"]), "disc": "6011"}[kind]
    n = luhn_complete(prefix, 16)
    if fmt == "spaced":
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    if fmt == "dashed":
        return "-".join(n[i : i + 4] for i in range(0, 16, 4))
    return n


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21}


def iban(grouped: bool = True) -> str:
    cc = R.choice(list(IBAN_LEN))
    n = IBAN_LEN[cc]
    if cc in ("GB", "NL"):
        bban = rs(4, UP) + rs(n - 8, DG)
    elif cc in ("FR", "IT"):
        bban = (rs(1, UP) if cc == "IT" else "") + rs(n - 4 - (1 if cc == "IT" else 0), DG)
    else:
        bban = rs(n - 4, DG)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    s = f"{cc}{check:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s


def phone() -> tuple[str, str]:
    """(text, style)"""
    k = R.choice(["us_paren", "us_dash", "intl_us", "uk", "de_paren", "au_paren", "br_paren", "fr", "intl_de", "uk_trunk"])
    a = R.randint(201, 989)
    x = R.randint(200, 999)
    if k == "us_paren":
        return f"({a}) {x}-{R.randint(1000, 9999)}", k
    if k == "us_dash":
        return f"{a}-{x}-{R.randint(1000, 9999)}", k
    if k == "intl_us":
        return f"+1 {a} {x} {R.randint(1000, 9999)}", k
    if k == "uk":
        return f"020 {R.randint(7000, 8999)} {R.randint(1000, 9999)}", k
    if k == "de_paren":
        return f"(0{R.choice(['30', '89', '40', '221'])}) {rs(R.randint(6, 8), DG)}", k
    if k == "au_paren":
        return f"(0{R.choice('2378')}) {R.randint(8000, 9999)} {R.randint(1000, 9999)}", k
    if k == "br_paren":
        return f"({R.randint(11, 99)}) 9{R.randint(1000, 9999)}-{R.randint(1000, 9999)}", k
    if k == "fr":
        return "0" + str(R.randint(1, 7)) + "".join(f" {R.randint(10, 99)}" for _ in range(4)), k
    if k == "intl_de":
        return f"+49 {R.choice(['30', '89', '171'])} {rs(R.randint(7, 8), DG)}", k
    return f"+44 (0)20 {R.randint(7000, 8999)} {R.randint(1000, 9999)}", k


# --- hard negatives from vendor documentation ------------------------------

DOC_EXAMPLES = {
    "aws": ["AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"],
    "slack": ["xoxb-not-a-real-token-this-will-not-work", "xoxb-your-token", "xoxp-xxxxxxxxx-xxxx"],
    "slack_webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "github_pat_XXXXXXXXXXXXXXXXXXXXXX_YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY"],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-XXXXXXXXXXXXXXXXXXXX"],
    "openai": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "anthropic": ["sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-ant-..."],
    "google": ["AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AIza..."],
    "jwt": [
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    ],
}

PLACEHOLDERS = [
    "<YOUR_API_KEY>", "YOUR_API_KEY_HERE", "your-secret-here", "${API_KEY}", "$OPENAI_API_KEY", "${{ secrets.GITHUB_TOKEN }}",
    "{{ vault_db_password }}", "%DB_PASSWORD%", "$(cat /run/secrets/db)", "process.env.STRIPE_SECRET", "os.environ['TOKEN']",
    "<redacted>", "********", "REPLACE_ME", "changeme", "xxxxxxxxxxxxxxxx", "[secret]", "env:GITLAB_TOKEN", "${env:AWS_SECRET}",
    "sk_live_...", "<insert token>", "TODO-set-me", "op://vault/item/password", "vault:secret/data/db#password",
]


def uuid() -> str:
    return f"{rs(8, HEXL)}-{rs(4, HEXL)}-4{rs(3, HEXL)}-{R.choice('89ab')}{rs(3, HEXL)}-{rs(12, HEXL)}"


# --- documents -------------------------------------------------------------

DOCS: list[dict] = []


def add(template: str, doc, labels: list[tuple], wrap: str = "text") -> None:
    """doc: a str (a text content item), or a JSON value (structuredContent)."""
    ls = []
    for lab in labels:
        typ, value = lab[0], lab[1]
        accept = list(lab[2]) if len(lab) > 2 else []
        ls.append({"type": typ, "value": value, "accept": accept})
    DOCS.append({"template": template, "wrap": wrap, "doc": doc, "labels": ls})


def t_env_file():
    k, s, g = aws_id(), aws_secret(), github()
    pw = password()
    txt = (
        f"# .env (staging)\nNODE_ENV=staging\nPORT=8080\nAWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n"
        f"GITHUB_TOKEN={g}\nDATABASE_PASSWORD={pw}\nLOG_LEVEL=debug\n"
    )
    add("dotenv", txt, [("aws_access_key_id", k), ("aws_secret_access_key", s, ["generic_secret"]), ("github_token", g), ("generic_secret", pw)])


def t_env_placeholder():
    txt = "# copy to .env and fill in\n" + "\n".join(
        f"{n}={v}" for n, v in zip(
            ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN", "OPENAI_API_KEY", "DB_PASSWORD"],
            R.sample(PLACEHOLDERS, 6),
        )
    )
    add("dotenv-placeholders", txt, [])


def t_aws_docs():
    txt = (
        "To configure the CLI, run `aws configure` and enter your keys:\n\n"
        f"    AWS Access Key ID [None]: {DOC_EXAMPLES['aws'][0]}\n"
        f"    AWS Secret Access Key [None]: {DOC_EXAMPLES['aws_secret'][0]}\n"
        "    Default region name [None]: us-west-2\n\n"
        f"Temporary credentials start with ASIA, e.g. {DOC_EXAMPLES['aws'][1]}, and come with a session token."
    )
    add("aws-docs-example", txt, [])


def t_aws_configure_real():
    k, s = aws_id(), aws_secret()
    txt = f"$ aws configure\nAWS Access Key ID [None]: {k}\nAWS Secret Access Key [None]: {s}\nDefault region name [None]: eu-west-1\nDefault output format [None]: json\n"
    add("aws-configure-transcript", txt, [("aws_access_key_id", k), ("aws_secret_access_key", s)])


def t_aws_csv():
    k, s = aws_id(), aws_secret()
    user = R.choice(["ci-deployer", "backup-bot", "analytics"])
    txt = f"User name,Password,Access key ID,Secret access key,Console login link\n{user},,{k},{s},https://123456789012.signin.aws.amazon.com/console\n"
    add("aws-credentials-csv", txt, [("aws_access_key_id", k), ("aws_secret_access_key", s)])


def t_aws_prose():
    k, s = aws_id(), aws_secret()
    txt = R.choice([
        f"Hi team, the new deploy user is ready. Key id {k} and the secret is {s} - please rotate after the migration.",
        f"I generated an access key for the nightly job ({k}); its secret access key {s} is also in the vault now.",
        f"Ticket #4411: customer pasted their AWS keys in chat. Access key: {k}. Secret: {s}. We revoked them.",
    ])
    add("aws-prose", txt, [("aws_access_key_id", k), ("aws_secret_access_key", s)])


def t_aws_allcaps():
    k, s = aws_id(), aws_secret()
    txt = f"[default]\nAWSACCESSKEYID={k}\nAWSSECRETKEY={s}\n"
    add("aws-allcaps-keys", txt, [("aws_access_key_id", k), ("aws_secret_access_key", s)])


def t_aws_table():
    k, s = aws_id(), aws_secret()
    txt = f"| Access key ID | Secret access key | Status |\n|---|---|---|\n| {k} | {s} | Active |\n"
    add("aws-markdown-table", txt, [("aws_access_key_id", k), ("aws_secret_access_key", s)])


def t_nested_json():
    inner = {
        "service": "billing",
        "credentials": {"stripe_secret_key": stripe(), "webhook": slack_webhook()},
        "owner": {"name": " ".join(person()), "email": email()},
    }
    st = inner["credentials"]["stripe_secret_key"]
    txt = json.dumps(inner, indent=R.choice([None, 2]))
    labels = [("stripe_key", st), ("webhook_url", inner["credentials"]["webhook"]), ("email", inner["owner"]["email"])]
    add("json-in-text", txt, labels)


def t_nested_json_escaped():
    # a tool returned JSON whose string members contain escapes: the key and
    # the token are written with \u escapes / \/ as JSON serialisers do
    k = aws_id()
    s = aws_secret()
    inner = json.dumps({"aws": {"access_key_id": k, "secret_access_key": s}, "note": "rotated"})
    inner = inner.replace("/", "\\/")  # PHP/Java-style escaped slashes
    # and escape the first letter of the key id as \u0041 style
    inner = inner.replace(k, "\\u00" + format(ord(k[0]), "02x") + k[1:], 1)
    add("json-in-text-escaped", inner, [("aws_access_key_id", k), ("aws_secret_access_key", s, ["generic_secret"])])


def t_double_nested():
    tok = slack_token()
    mail = email()
    level2 = json.dumps({"slack": {"bot_token": tok}, "contact": mail})
    level1 = json.dumps({"status": "ok", "payload": level2})
    add("json-in-json-in-text", level1, [("slack_token", tok), ("email", mail)])


def t_structured_nested():
    g = gitlab()
    ph, _ = phone()
    doc = {"items": [{"id": R.randint(1, 9999), "raw": json.dumps({"ci": {"token": g}, "oncall": {"phone": ph}})}]}
    add("structured-with-json-string", doc, [("gitlab_token", g), ("phone_number", ph)], wrap="structured")


def t_slack_webhook_cfg():
    w = slack_webhook()
    txt = R.choice([
        f"alertmanager:\n  receivers:\n    - name: ops\n      slack_configs:\n        - api_url: {w}\n          channel: '#ops'\n",
        f"Posting build status to {w} failed with 404; check the channel still exists.",
        f"SLACK_WEBHOOK_URL={w}\n",
    ])
    add("slack-webhook", txt, [("webhook_url", w)])


def t_other_webhook():
    w = other_webhook()
    add("chat-webhooks", f"notify:\n  url: \"{w}\"\n  on: [failure]\n", [("webhook_url", w)])


def t_webhook_docs():
    txt = (
        "Create an incoming webhook in Slack, then paste its URL. It looks like "
        f"{DOC_EXAMPLES['slack_webhook'][0]}. For Discord use https://discord.com/api/webhooks/<id>/<token>."
    )
    add("webhook-docs", txt, [])


def t_vendor_docs():
    ex = [R.choice(v) for v in DOC_EXAMPLES.values()]
    lines = [f"- {e}" for e in R.sample(ex, 5)]
    txt = "Examples from the provider documentation (not real credentials):\n" + "\n".join(lines)
    add("vendor-example-keys", txt, [])


def t_stripe_docs():
    txt = (
        "curl https://api.stripe.com/v1/charges \\\n"
        f"  -u {DOC_EXAMPLES['stripe'][0]}: \\\n  -d amount=2000 -d currency=usd\n\n"
        "A sample test API key is included in all the examples here, so you can test any example right away."
    )
    add("stripe-docs", txt, [])


def t_stripe_real():
    k = stripe()
    txt = R.choice([
        f"stripe.api_key = \"{k}\"\n",
        f"Error: No such customer: 'cus_{rs(14)}'; request made with key {k[:8]}...{k[-4:]}\nfull key for debugging: {k}",
    ])
    add("stripe-code", txt, [("stripe_key", k)])


def t_slack_docs():
    txt = f"export SLACK_BOT_TOKEN={DOC_EXAMPLES['slack'][0]}\n# replace with the token from OAuth & Permissions (starts with xoxb-)"
    add("slack-docs", txt, [])


def t_slack_real():
    t = slack_token()
    add("slack-token-log", f"2026-11-02T10:11:12Z DEBUG slack client init token={t} team=T{rs(8, UP + DG)}", [("slack_token", t)])


def t_jwt_docs():
    txt = f"Paste a token into the debugger, for example:\n\n{DOC_EXAMPLES['jwt'][0]}\n\nThe header says alg HS256."
    add("jwt-docs", txt, [])


def t_jwt_real():
    j = jwt()
    txt = R.choice([f"Authorization: Bearer {j}", f"{{\"access_token\": \"{j}\", \"token_type\": \"Bearer\", \"expires_in\": 3600}}"])
    add("jwt-header", txt, [("jwt", j, ["generic_secret"])])


def t_pem_prose():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    txt = R.choice([
        f"The key file must begin with -----BEGIN {kind}----- and end with the matching END line; PKCS#1 files are accepted.",
        f"Error: expected PEM header '-----BEGIN {kind}-----' but found '-----BEGIN CERTIFICATE-----'",
        f"grep -l 'BEGIN {kind}' -r ~/projects   # find stray keys\n",
    ])
    add("pem-header-prose", txt, [])


def t_pem_real():
    p = pem()
    add("pem-file", f"$ cat deploy_key\n{p}\n", [("private_key", p)])


def t_pem_in_json():
    p = pem()
    doc = {"secret": {"name": "tls", "type": "kubernetes.io/tls", "data": {"tls.key": p}}}
    add("pem-in-structured", doc, [("private_key", p)], wrap="structured")


def t_generic_uuid_vars():
    lines = [
        f"session_token={uuid()}",
        f"idempotency_key: {uuid()}",
        f"api_key={R.choice(['$API_KEY', '${API_KEY}', '$(vault read -field=key secret/api)'])}",
        f"password: {R.choice(['${DB_PASSWORD}', '{{ .Values.db.password }}', '!vault |'])}",
        f"client_secret = os.environ[\"CLIENT_SECRET\"]",
        f"token: {R.choice(['${{ secrets.NPM_TOKEN }}', '$CI_JOB_TOKEN'])}",
        f"request_id={uuid()} trace_id={rs(32, HEXL)}",
    ]
    R.shuffle(lines)
    add("uuids-and-variable-refs", "\n".join(lines), [])


def t_generic_real():
    pw = password()
    cs = rs(R.choice([32, 40]), AN + "-_~.")
    txt = f"spring.datasource.password={pw}\noauth.client_id=web-portal\noauth.client_secret={cs}\n"
    add("properties-file", txt, [("generic_secret", pw), ("generic_secret", cs)])


def t_url_creds():
    pw = password().replace("@", "").replace("/", "").replace("?", "").replace("#", "")
    user = R.choice(["app", "svc_orders", "admin", "replicator"])
    host = R.choice(["db.internal.northwind.io", "10.2.3.4", "pg-prod.acme-corp.com"])
    url = f"{R.choice(['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp'])}://{user}:{pw}@{host}:5432/orders"
    add("db-url", f"DATABASE_URL={url}", [("url_credentials", pw, ["generic_secret"])])


def t_url_creds_placeholder():
    txt = R.choice([
        "Connection string format: postgres://user:password@host:5432/dbname",
        "mongodb://USERNAME:PASSWORD@cluster0.example.mongodb.net/test",
        "Use https://user:pass@proxy.corp.local:3128 as HTTPS_PROXY",
        "amqp://guest:guest@localhost:5672/",
    ])
    add("db-url-placeholder", txt, [])


def t_cloud_keys_code():
    g, o, a = google(), openai(), anthropic()
    txt = f"const maps = new Client({{ key: \"{g}\" }});\nconst openai = new OpenAI({{ apiKey: \"{o}\" }});\nconst claude = new Anthropic({{ apiKey: \"{a}\" }});\n"
    add("sdk-code", txt, [("google_api_key", g), ("openai_api_key", o), ("anthropic_api_key", a)])


def t_cloud_keys_docs():
    txt = (
        f"Set OPENAI_API_KEY to your key (it starts with sk-, e.g. {DOC_EXAMPLES['openai'][1]}).\n"
        f"For Claude use ANTHROPIC_API_KEY={DOC_EXAMPLES['anthropic'][0]}.\n"
        f"Maps: ?key={DOC_EXAMPLES['google'][0]}"
    )
    add("cloud-keys-docs", txt, [])


def t_github_docs():
    txt = (
        f"git clone https://{DOC_EXAMPLES['github'][0]}@github.com/OWNER/REPO.git\n"
        "Fine-grained tokens start with github_pat_; classic tokens with ghp_."
    )
    add("github-docs", txt, [])


def t_github_real():
    g = github()
    add("git-remote-token", f"origin\thttps://{g}@github.com/acme/infra.git (fetch)", [("github_token", g, ["url_credentials"])])


def t_gitlab():
    g = gitlab()
    add("gitlab-ci", f"variables:\n  GITLAB_TOKEN: \"{g}\"\n", [("gitlab_token", g)])


def t_customer_record():
    f, l = person()
    e, s, c = email(f, l), ssn(), card()
    ph, _ = phone()
    doc = {"customer": {"name": f"{f} {l}", "email": e, "ssn": s, "phone": ph, "card": c, "since": "2019-04-02"}}
    add("customer-json", doc, [("email", e), ("us_ssn", s), ("phone_number", ph), ("payment_card", c)], wrap="structured")


def t_customer_csv():
    rows = ["id,name,ssn,dob,phone"]
    labels = []
    for i in range(R.randint(2, 4)):
        f, l = person()
        s = ssn("")
        ph, _ = phone()
        rows.append(f"{1000 + i},{f} {l},{s},19{R.randint(50, 99)}-0{R.randint(1, 9)}-1{R.randint(0, 9)},\"{ph}\"")
        labels += [("us_ssn", s), ("phone_number", ph)]
    add("customer-csv", "\n".join(rows), labels)


def t_ssn_prose():
    s = ssn(R.choice(["", "-"]))
    txt = R.choice([
        f"Verified identity. SSN on file: {s}. Next step: income check.",
        f"Applicant social security number \"{s}\" matched the credit bureau record.",
        f"SSN (last verified 2024-03-01) {s}",
        f"Her Social Security no. is {s}, DOB 1984-07-12.",
    ])
    add("ssn-prose", txt, [("us_ssn", s)])


def t_ssn_negatives():
    txt = (
        f"Order {rs(9, DG)} shipped to ZIP {R.randint(10000, 99999)}-{R.randint(1000, 9999)}. Routing number {rs(9, DG)}.\n"
        f"Invoice INV-{rs(9, DG)}; tracking 1Z{rs(16, UP + DG)}; build {R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}x"
    )
    add("nine-digit-ids", txt, [])


def t_phone_prose():
    ph, style = phone()
    f, l = person()
    txt = R.choice([
        f"Please call {f} on {ph} before 5pm.",
        f"Contact: {f} {l}, {ph}",
        f"Reached voicemail at {ph}; left a message about the renewal.",
    ])
    add("phone-prose", txt, [("phone_number", ph)])


def t_phone_national_paren():
    labels = []
    lines = []
    for _ in range(2):
        while True:
            ph, style = phone()
            if style.endswith("paren") or style == "uk_trunk":
                break
        lines.append(f"{R.choice(['Office', 'Mobile', 'Front desk'])}: {ph}")
        labels.append(("phone_number", ph))
    add("phones-national-parens", "\n".join(lines), labels)


def t_numbers_negatives():
    txt = (
        f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)} released {R.randint(2019, 2026)}-0{R.randint(1, 9)}-{R.randint(10, 28)} "
        f"({R.randint(1000, 9999)} commits, {R.randint(100, 999)} {R.randint(100, 999)} downloads). Build #{rs(7, DG)}; "
        f"duration {R.randint(100, 999)}.{R.randint(100, 999)} ms; ISBN 978-{R.randint(0, 9)}-{R.randint(100, 999)}-{R.randint(10000, 99999)}-{R.randint(0, 9)}; "
        f"coords (51.{rs(6, DG)}, -0.{rs(6, DG)}); amount {R.randint(1000, 99999)}.{R.randint(10, 99)} EUR"
    )
    add("numbers-in-release-notes", txt, [])


def t_card_negatives():
    n = luhn_complete("4", 16)
    bad = n[:-1] + str((int(n[-1]) + 1) % 10)
    txt = f"Order reference {bad} (not a card), timestamp {R.randint(1600000000000, 1800000000000)}, tracking {rs(22, DG)}"
    add("card-like-numbers", txt, [])


def t_payment():
    c = card(R.choice(["spaced", "dashed", "plain"]))
    ib = iban(R.random() < 0.6)
    txt = f"Refund to card {c} failed; pay out to IBAN {ib} instead."
    add("payment-ticket", txt, [("payment_card", c), ("iban", ib)])


def t_email_negatives():
    txt = (
        f"npm i @scope/pkg@{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}; assets: logo@2x.png icon@3x.webp\n"
        "git remote add origin git@github.com:acme/widgets.git\n"
        f"ssh deploy:{password().replace('@', '')}@bastion.acme-corp.com -p 2222\n"
        "docker pull registry@sha256:" + rs(64, HEXL)
    )
    # the ssh line carries a password: url-less user:pass@host is not a URL;
    # only an e-mail false alarm is measured here (no label).
    add("email-lookalikes", txt, [])


def t_email_real():
    f, l = person()
    e = email(f, l)
    txt = R.choice([f"From: {f} {l} <{e}>\nSubject: invoice", f"Assigned to {e} by the triage bot.", f"mailto:{e}"])
    add("email-headers", txt, [("email", e)])


def t_log_mixed():
    e = email()
    j = jwt()
    lines = [
        f"2026-11-03T08:{R.randint(10, 59)}:01Z INFO user login ok user={e} ip=10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"2026-11-03T08:{R.randint(10, 59)}:02Z DEBUG outbound call headers={{Authorization: Bearer {j}}}",
        f"2026-11-03T08:{R.randint(10, 59)}:03Z INFO request_id={uuid()} status=200 dur_ms={R.randint(1, 900)}",
    ]
    add("app-log", "\n".join(lines), [("email", e), ("jwt", j, ["generic_secret"])])


def t_clean_devops():
    txt = R.choice([
        "kubectl get pods -n payments\nNAME                        READY   STATUS    RESTARTS   AGE\napi-7c9f8d6b5-x2x9q         1/1     Running   0          3d\nworker-5d7f9c8b4-lq8zt      1/1     Running   2          3d",
        f"commit {rs(40, HEXL)}\nAuthor: CI <ci@noreply>\nDate: Mon Nov 3 10:00:00 2026\n\n    bump version to 2.{R.randint(0, 9)}.{R.randint(0, 9)}",
        f"sha256sum: {rs(64, HEXL)}  release.tar.gz\nsignature key fingerprint: {' '.join(rs(4, 'ABCDEF0123456789') for _ in range(10))}",
        f"terraform plan: + aws_iam_access_key.ci (id = (known after apply), secret = (sensitive value))\nPlan: 1 to add, 0 to change, 0 to destroy.",
        f"Cache key: node-modules-{rs(40, HEXL)}\nRestored {R.randint(100, 900)} MB in {R.randint(2, 30)} s",
    ])
    add("devops-output", txt, [])


def t_clean_prose():
    txt = R.choice([
        "The token bucket refills at 10 tokens per second; a request costs one token. Passwords are hashed with argon2id and never logged.",
        "Rotate keys every 90 days. The secret manager stores the key; the application reads it at start-up from the mounted file.",
        "Our API uses API keys for server-to-server calls and short-lived JWTs for browsers. Never paste a key into a ticket.",
        "Primary key: order_id. Foreign key: customer_id references customers(id). The sort key is created_at.",
    ])
    add("security-prose", txt, [])


def t_base64_image():
    blob = rs(R.randint(300, 800), B64)
    doc = {"content": [{"type": "image", "mimeType": "image/png", "data": blob}]}
    add("image-content", doc, [], wrap="raw-result")


def t_k8s_secret_yaml():
    pw = password()
    tok = rs(40, AN)
    txt = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  DB_PASSWORD: \"{pw}\"\n  API_TOKEN: {tok}\n"
    add("k8s-secret-yaml", txt, [("generic_secret", pw), ("generic_secret", tok)])


def t_structured_clean():
    doc = {
        "rows": [
            {"id": uuid(), "token_count": R.randint(100, 99999), "page_token": rs(24, AN), "etag": rs(32, HEXL), "version": f"{R.randint(1, 9)}.{R.randint(0, 9)}"}
            for _ in range(R.randint(3, 6))
        ],
        "nextPageToken": rs(40, AN + "-_"),
    }
    add("paged-api-result", doc, [], wrap="structured")


TEMPLATES = [
    (t_env_file, 14), (t_env_placeholder, 14), (t_aws_docs, 8), (t_aws_configure_real, 10), (t_aws_csv, 10),
    (t_aws_prose, 12), (t_aws_allcaps, 8), (t_aws_table, 8), (t_nested_json, 14), (t_nested_json_escaped, 12),
    (t_double_nested, 10), (t_structured_nested, 10), (t_slack_webhook_cfg, 14), (t_other_webhook, 10),
    (t_webhook_docs, 8), (t_vendor_docs, 14), (t_stripe_docs, 8), (t_stripe_real, 10), (t_slack_docs, 8),
    (t_slack_real, 10), (t_jwt_docs, 8), (t_jwt_real, 10), (t_pem_prose, 12), (t_pem_real, 8), (t_pem_in_json, 6),
    (t_generic_uuid_vars, 16), (t_generic_real, 12), (t_url_creds, 12), (t_url_creds_placeholder, 12),
    (t_cloud_keys_code, 10), (t_cloud_keys_docs, 10), (t_github_docs, 8), (t_github_real, 10), (t_gitlab, 8),
    (t_customer_record, 14), (t_customer_csv, 10), (t_ssn_prose, 14), (t_ssn_negatives, 12), (t_phone_prose, 16),
    (t_phone_national_paren, 12), (t_numbers_negatives, 16), (t_card_negatives, 12), (t_payment, 12),
    (t_email_negatives, 12), (t_email_real, 12), (t_log_mixed, 12), (t_clean_devops, 16), (t_clean_prose, 12),
    (t_base64_image, 6), (t_k8s_secret_yaml, 10), (t_structured_clean, 12),
]


def generate() -> str:
    DOCS.clear()
    for fn, n in TEMPLATES:
        for _ in range(n):
            fn()
    lines = []
    counts: dict[str, int] = {}
    for d in DOCS:
        i = counts.get(d["template"], 0)
        counts[d["template"]] = i + 1
        doc_id = f"{d['template']}-{i:03d}"
        rec = {"id": doc_id, "template": d["template"], "split": split_of(d["template"], doc_id), **{k: d[k] for k in ("wrap", "doc", "labels")}}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    return "\n".join(lines) + "\n"


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text() == text else 1
    OUT.write_text(text)
    n = text.count("\n")
    hold = text.count('"split": "holdout"')
    print(f"{OUT}: {n} documents ({hold} held out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
