#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v13 (observability / error-tracking / data-export tools).

python3 gen_dlp_v13.py [--out PATH]     (default: dlp_v13.jsonl next to this file)
Stdlib only, one random.Random(SEED), no clock or environment input: byte-identical output.
"""
import base64, hashlib, json, os, re, string, sys, urllib.parse, random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_dlp_v13 import scan_unlabelled, luhn_ok, TEST_CARDS  # noqa: E402

SEED = 130013
R = random.Random(SEED)
AN = string.ascii_letters + string.digits
UP = string.ascii_uppercase
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(n, a=AN):
    return "".join(R.choice(a) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def uuid4():
    h = rs(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


FIRST = ["Amara", "Jonas", "Priya", "Mateo", "Yuki", "Olivia", "Chidi", "Sofia", "Lars", "Mei", "Rafael",
         "Ingrid", "Tomasz", "Aisha", "Kenji", "Lucia", "Emeka", "Hannah", "Dmitri", "Fatima", "Oskar",
         "Camille", "Ravi", "Noor", "Sven", "Beatriz", "Kwame", "Elif", "Marek", "Zanele", "Hiro", "Greta"]
LAST = ["Okafor", "Lindqvist", "Raman", "Guerrero", "Tanaka", "Brennan", "Nwosu", "Rossi", "Eriksen",
        "Zhang", "Moreau", "Kowalski", "Haddad", "Sato", "Ferreira", "Adeyemi", "Schulz", "Petrov",
        "Benali", "Novak", "Dubois", "Iyer", "Mensah", "Yilmaz", "Horvath", "Dlamini", "Kaur", "Weber"]
FREEMAIL = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.jp", "web.de", "free.fr", "icloud.com",
            "hotmail.co.uk", "gmx.net", "fastmail.com", "mail.ru", "naver.com"]
COMPANY = ["northwind-logistics", "acmecorp", "helio-health", "brightpath", "quantaflow", "kestrel-labs",
           "bluefinch", "orbitalpay", "lumen-retail", "tidewater", "copperleaf", "vantage-ai"]
TLDS = ["com", "io", "de", "co.uk", "fr", "nl", "com.br", "co.jp", "in", "es", "dev", "eu"]
ROLE_EMAILS = ["support@", "noreply@", "billing@", "security@", "alerts@", "info@", "sales@", "hr@",
               "team@", "no-reply@", "oncall@", "postmaster@", "notifications@", "sre@"]
HOSTS = ["api-7f9c4d-x2kqp", "ip-10-4-12-87.eu-west-1.compute.internal", "worker-3", "web-01.prod",
         "ingest-gw-b", "gke-prod-pool-2-9a1c", "checkout-svc-6d8b7", "db-replica-2", "edge-fra-04"]


def person():
    return pick(FIRST), pick(LAST)


def company_domain():
    return "%s.%s" % (pick(COMPANY), pick(TLDS))


def role_email():
    return pick(ROLE_EMAILS) + company_domain()


def ip():
    return "%d.%d.%d.%d" % (pick([10, 172, 192, 34, 52, 81, 185, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ts():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def epoch_ns():
    return str(R.randint(1735689600, 1764547200) * 10**9 + R.randint(0, 10**9 - 1))


# ---------------------------------------------------------------- value generators
def g_email():
    f, l = person()
    f2, l2 = f.lower(), l.lower()
    form = R.randint(0, 5)
    if form == 0:
        loc = "%s.%s" % (f2, l2)
    elif form == 1:
        loc = "%s%s" % (f2[0], l2)
    elif form == 2:
        loc = "%s_%s%d" % (f2, l2, R.randint(1, 99))
    elif form == 3:
        loc = "%s+%s" % (f2, pick(["invoices", "gh", "jira", "test"]))
    elif form == 4:
        loc = "%s.%s" % (l2, f2[0])
    else:
        loc = "%s%d" % (f2, R.randint(1970, 2005))
    dom = pick(FREEMAIL) if R.random() < 0.45 else company_domain()
    return "%s@%s" % (loc, dom)


def g_phone():
    c = R.randint(0, 10)
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c == 0:
        a, e = str(R.randint(2, 9)) + d(2), str(R.randint(2, 9)) + d(2)
        while e == "555":
            e = str(R.randint(2, 9)) + d(2)
        return pick(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1%s%s%s", "(%s) %s-%s", "%s.%s.%s"]) % (a, e, d(4))
    if c == 1:
        return pick(["+44 20 3%s %s" % (d(3), d(4)), "+44 7%s %s" % (pick(["911", "824", "450", "383"]), d(6)),
                     "+44 161 %s %s" % (str(R.randint(2, 8)) + d(2), d(4))])
    if c == 2:
        return pick(["+49 30 %s" % (str(R.randint(2, 9)) + d(7)), "+49 151 %s" % d(8), "+49 89 %s %s" % (d(4), d(4))])
    if c == 3:
        return "+33 %d %s %s %s %s" % (pick([1, 6, 7]), d(2), d(2), d(2), d(2))
    if c == 4:
        return pick(["+81 3-%s-%s" % (d(4), d(4)), "+81 90-%s-%s" % (d(4), d(4))])
    if c == 5:
        return "+91 %s %s" % (str(R.randint(7, 9)) + d(4), d(5))
    if c == 6:
        return "+55 11 9%s-%s" % (d(4), d(4))
    if c == 7:
        return pick(["+61 4%s %s %s" % (str(R.randint(0, 8)) + d(1), d(3), d(3)), "+61 2 9%s %s" % (d(3), d(4))])
    if c == 8:
        return "+31 6 %s" % d(8)
    if c == 9:
        return "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2))
    return "+27 %d%d %s %s" % (R.randint(6, 8), R.randint(0, 9), d(3), d(4))


def g_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    v = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return v if R.random() < 0.85 else v.replace("-", " ")


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def g_card_digits():
    while True:
        k = R.randint(0, 5)
        if k in (0, 1):
            d = luhn_complete("4", 16)
        elif k == 2:
            d = luhn_complete(str(R.randint(51, 55)), 16) if R.random() < .7 else luhn_complete(str(R.randint(2221, 2720)), 16)
        elif k == 3:
            d = luhn_complete(pick(["34", "37"]), 15)
        elif k == 4:
            d = luhn_complete("6011", 16)
        else:
            d = luhn_complete(str(R.randint(3528, 3589)), 16)
        if d not in TEST_CARDS:
            return d


def fmt_card(d):
    sep = pick([" ", " ", "-", ""])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def g_card():
    return fmt_card(g_card_digits())


IBAN_SPEC = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12n",
             "BE": "12n", "CH": "5n12n", "PL": "24n", "IE": "4a14n", "AT": "16n", "PT": "21n"}


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def g_iban():
    cc = pick(list(IBAN_SPEC))
    bban = ""
    for n, t in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        bban += rs(int(n), UP if t == "a" else "0123456789")
    v = cc + iban_check(cc, bban) + bban
    if R.random() < 0.5:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def bad_iban():
    cc = pick(["DE", "NL", "FR"])
    bban = ""
    for n, t in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        bban += rs(int(n), UP if t == "a" else "0123456789")
    ck = int(iban_check(cc, bban))
    return cc + "%02d" % ((ck + R.randint(1, 40)) % 97 + 2 if (ck + 1) % 97 + 2 != ck else 3) + bban


def g_aws_id():
    return pick(["AKIA", "AKIA", "ASIA"]) + rs(16, B32)


def g_aws_secret():
    while True:
        v = rs(40, B64)
        if "/" in v or "+" in v or R.random() < .3:
            return v


def g_github():
    k = R.randint(0, 6)
    if k == 6:
        return "github_pat_" + rs(22) + "_" + rs(59)
    return pick(["ghp", "ghp", "gho", "ghu", "ghs", "ghr"]) + "_" + rs(36)


def g_gitlab():
    p = pick(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-"])
    if p == "glptt-":
        return p + rs(40, HEX)
    return p + rs(20, AN + "-_")


def g_slack():
    k = R.randint(0, 4)
    num = lambda: str(R.randint(10**9, 10**13))
    if k <= 1:
        return "xoxb-%s-%s-%s" % (num(), num(), rs(24))
    if k == 2:
        return "xoxp-%s-%s-%s-%s" % (num(), num(), num(), rs(32, HEX))
    if k == 3:
        return "xapp-1-A%s-%s-%s" % (rs(10, UP + "0123456789"), num(), rs(64, HEX))
    return "xoxe.xoxp-1-" + rs(140)


def g_stripe():
    p = pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_"])
    return p + (rs(24) if R.random() < .4 else "51" + rs(97))


def g_openai():
    k = R.randint(0, 3)
    if k == 0:
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if k == 1:
        return "sk-svcacct-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_")
    return "sk-proj-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_")


def g_anthropic():
    return pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(93, AN + "-_") + "AA"


def g_google():
    return "AIza" + rs(35, AN + "-_")


def g_jwt():
    alg = pick(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(16, HEX)
    f, l = person()
    iat = R.randint(1735689600, 1764547200)
    pl = {"sub": uuid4() if R.random() < .5 else str(R.randint(10000, 999999)),
          "iss": "https://" + pick(["auth.", "login.", "id."]) + company_domain(),
          "aud": pick(["api", "web", "mobile-app", "billing-api"]), "iat": iat, "exp": iat + pick([900, 3600, 86400])}
    if R.random() < .5:
        pl["email"] = "%s.%s@%s" % (f.lower(), l.lower(), company_domain())
    if R.random() < .5:
        pl["scope"] = pick(["read write", "openid profile email", "admin"])
    sig = rs(43, B64U) if alg == "HS256" else rs(86 if alg == "ES256" else 342, B64U)
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()), sig)


def g_private_key():
    k = R.randint(0, 3)
    if k == 0:
        head, body = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA" + rs(64 * R.randint(8, 14) - 16 + R.randint(0, 40), B64)
    elif k == 1:
        head, body = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(64 * R.randint(8, 14) + R.randint(0, 40), B64)
    elif k == 2:
        head, body = "EC PRIVATE KEY", "MHcCAQEEI" + rs(160, B64) + "=="
    else:
        head, body = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(70 * R.randint(3, 6), B64)
    w = 70 if k == 3 else 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


def g_webhook():
    k = R.randint(0, 4)
    if k <= 1:
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(R.randint(8, 10), UP + "0123456789"), rs(R.randint(8, 10), UP + "0123456789"), rs(24))
    if k == 2:
        return "https://%s.com/api/webhooks/%d/%s" % (pick(["discord", "discordapp"]), R.randint(10**17, 10**19 - 1), rs(68, AN + "-_"))
    if k == 3:
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
            pick(COMPANY).replace("-", ""), uuid4(), uuid4(), rs(32, HEX), uuid4(), rs(43, AN + "-_"))
    return "https://hooks.slack.com/triggers/T%s/%d/%s" % (rs(9, UP + "0123456789"), R.randint(10**12, 10**13), rs(32, HEX))


def g_password():
    k = R.randint(0, 4)
    if k == 0:
        return rs(R.randint(14, 24), AN + "!#%^*-_.~")
    if k == 1:
        w = ["amber", "falcon", "quartz", "meadow", "cobalt", "thistle", "harbor", "ember", "tundra", "violet"]
        return "%s-%s-%s-%d" % (pick(w), pick(w), pick(w), R.randint(10, 99))
    if k == 2:
        return pick(FIRST) + "!" + rs(6, "0123456789") + pick(["#", "$", "?", "*"]) + rs(3)
    return rs(R.randint(16, 32), AN)


def g_generic():
    k = R.randint(0, 11)
    if k == 0:
        return "SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_"), pick(["sendgrid_api_key", "SENDGRID_API_KEY", "mail.sendgrid.key"])
    if k == 1:
        return rs(32, HEX), pick(["twilio_auth_token", "DD_API_KEY", "datadog.api_key", "mailgun_api_key", "x-api-key"])
    if k == 2:
        return "whsec_" + rs(32), pick(["webhook_signing_secret", "STRIPE_WEBHOOK_SECRET", "signing_secret"])
    if k == 3:
        return rs(86, B64) + "==", pick(["AccountKey", "azure_storage_key", "storage.account_key"])
    if k == 4:
        return rs(R.randint(32, 48), AN + "-_"), pick(["client_secret", "oauth_client_secret", "CLIENT_SECRET"])
    if k == 5:
        return "npm_" + rs(36), pick(["npm_token", "NPM_TOKEN", "_authToken"])
    if k == 6:
        return "s%3A" + rs(32, AN + "-_") + "." + rs(43, AN), pick(["connect.sid", "session_cookie"])
    if k == 7:
        return rs(R.randint(40, 64), HEX), pick(["secret_key_base", "SECRET_KEY", "jwt_signing_secret", "app.secret"])
    return g_password(), pick(["password", "db_password", "passwd", "pwd", "smtp_password", "redis_password",
                               "admin_password", "ldap_bind_password", "pass", "PGPASSWORD", "keystore.password"])


def g_url_cred():
    user = pick(["app", "svc_orders", "etl", "grafana", "reporting_ro", "deploy", pick(FIRST).lower(), "admin", "replicator"])
    pw = g_password()
    pw = pw.replace("#", "").replace("%", "").replace("?", "")
    if R.random() < .15:
        pw = pw[:6] + "%40" + pw[6:]
    host = pick(["db-main.internal", "10.2.8.14", "pg.prod.%s" % company_domain(), "cluster0.%s.mongodb.net" % rs(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                 "redis-cache:6379", "mq.internal:5672", "proxy.corp:3128", "mysql-primary.svc.cluster.local:3306"])
    scheme = pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "http", "smtp", "ftp"])
    tail = pick(["/orders", "/app?sslmode=require", "/0", "/%2Fprod", "", "/analytics"])
    url = "%s://%s:%s@%s%s" % (scheme, user, pw, host, tail)
    return pw, user, url


# ---------------------------------------------------------------- fields
class F:
    """A sensitive field: key, value as rendered, label value (raw), accept extras (raw)."""

    def __init__(self, t, key, render, label, extra=()):
        self.t, self.key, self.render, self.label, self.extra = t, key, render, label, list(extra)


KEYS = {
    "email": ["email", "user.email", "customer_email", "reporter", "assignee_email", "contact", "enduser.email", "owner"],
    "phone_number": ["phone", "user.phone", "msisdn", "contact_number", "callback_number", "mobile", "tel"],
    "us_ssn": ["ssn", "employee_ssn", "tax_ssn", "applicant.ssn", "social_security_number", "ssn_plain"],
    "payment_card": ["card_number", "pan", "cc_number", "payment.card", "cardNumber", "card"],
    "iban": ["iban", "payout_iban", "bank_account", "creditor_iban", "debtor.iban"],
    "aws_access_key_id": ["aws_access_key_id", "AWS_ACCESS_KEY_ID", "accessKeyId", "aws.access_key"],
    "aws_secret_access_key": ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secretAccessKey", "aws.secret_key"],
    "github_token": ["github_token", "GH_TOKEN", "GITHUB_TOKEN", "token", "gh.auth"],
    "gitlab_token": ["gitlab_token", "private_token", "GITLAB_TOKEN", "CI_REGISTRY_TOKEN", "gl.token"],
    "slack_token": ["slack_bot_token", "SLACK_TOKEN", "slack.token", "bot_token", "SLACK_APP_TOKEN"],
    "stripe_key": ["stripe_secret", "STRIPE_API_KEY", "stripe.api_key", "payments_key", "STRIPE_SECRET_KEY"],
    "openai_api_key": ["openai_api_key", "OPENAI_API_KEY", "llm.api_key", "openai.key", "gen_ai.api_key"],
    "anthropic_api_key": ["anthropic_api_key", "ANTHROPIC_API_KEY", "claude_key", "llm.anthropic.key"],
    "google_api_key": ["google_api_key", "GOOGLE_API_KEY", "maps_key", "firebase.apiKey", "gcp.key"],
    "jwt": ["authorization", "id_token", "access_token", "jwt", "session_jwt", "http.request.header.authorization"],
    "private_key": ["private_key", "ssh_key", "tls.key", "signing_key_pem", "deploy_key"],
    "webhook_url": ["slack_webhook_url", "alert_webhook", "DISCORD_WEBHOOK", "teams_webhook", "notify.url"],
    "url_credentials": ["dsn", "DATABASE_URL", "conn_str", "broker_url", "db.connection_string", "proxy", "cache_url"],
}


def make_field(t):
    if t == "generic_secret":
        v, k = g_generic()
        return F(t, k, v, v)
    if t == "url_credentials":
        pw, user, url = g_url_cred()
        return F(t, pick(KEYS[t]), url, pw, ["%s:%s" % (user, pw), "%s:%s@" % (user, pw), url])
    if t == "jwt":
        v = g_jwt()
        k = pick(KEYS[t])
        if "authorization" in k:
            return F(t, k, "Bearer " + v, v, ["Bearer " + v])
        return F(t, k, v, v)
    if t in ("github_token", "gitlab_token") and R.random() < .25:
        v = g_github() if t == "github_token" else g_gitlab()
        user = "x-access-token" if t == "github_token" else pick(["oauth2", "gitlab-ci-token"])
        host = "github.com/%s/%s.git" % (pick(COMPANY), pick(["infra", "api", "web"])) if t == "github_token" else "gitlab.%s/grp/svc.git" % company_domain()
        url = "https://%s:%s@%s" % (user, v, host)
        return F(t, pick(["remote_url", "repo_url", "git.remote"]), url, v, ["%s:%s" % (user, v), url])
    gen = {"email": g_email, "phone_number": g_phone, "us_ssn": g_ssn, "payment_card": g_card, "iban": g_iban,
           "aws_access_key_id": g_aws_id, "aws_secret_access_key": g_aws_secret, "github_token": g_github,
           "gitlab_token": g_gitlab, "slack_token": g_slack, "stripe_key": g_stripe, "openai_api_key": g_openai,
           "anthropic_api_key": g_anthropic, "google_api_key": g_google, "private_key": g_private_key,
           "webhook_url": g_webhook}[t]
    v = gen()
    extra = []
    if t == "phone_number" and v.startswith("+"):
        extra = [v[1:], v.split(" ", 1)[1] if " " in v else v[2:]]
    if t == "payment_card":
        extra = [re.sub(r"\D", "", v)]
    if t == "iban":
        extra = [v.replace(" ", "")]
    if t == "email":
        extra = ["mailto:" + v]
    return F(t, pick(KEYS[t]), v, v, extra)


# ---------------------------------------------------------------- hard negatives
def hashed(x):
    return hashlib.sha256(x.encode()).hexdigest()


def noise_pair():
    k = R.randint(0, 58)
    f, l = person()
    N = [
        lambda: ("trace_id", rs(32, HEX)), lambda: ("span_id", rs(16, HEX)), lambda: ("request_id", uuid4()),
        lambda: ("event_id", rs(32, HEX)), lambda: ("fingerprint", rs(40, HEX)),
        lambda: ("release", pick(["web@2.%d.%d" % (R.randint(0, 20), R.randint(0, 9)), "api@" + rs(7, HEX), "worker@1.%d.0" % R.randint(0, 40)])),
        lambda: ("commit_sha", rs(40, HEX)), lambda: ("build", str(R.randint(1000, 99999))), lambda: ("pid", str(R.randint(2, 65000))),
        lambda: ("port", str(pick([5432, 6379, 8080, 443, 9090, 3306]))), lambda: ("duration_ms", "%.2f" % (R.random() * 4000)),
        lambda: ("bytes_sent", str(R.randint(100, 9000000))), lambda: ("client_ip", ip()), lambda: ("host", pick(HOSTS)),
        lambda: ("container_id", rs(64, HEX)), lambda: ("image", "registry.%s/app@sha256:%s" % (company_domain(), rs(64, HEX))),
        lambda: ("k8s.pod.uid", uuid4()), lambda: ("reply_to", role_email()), lambda: ("from", role_email()),
        lambda: ("card_last4", pick(["****", "**** **** **** ", "•••• "]) + rs(4, "0123456789")),
        lambda: ("api_key", pick(["sk-…", "sk-proj-…", "ghp_…", "xoxb-…"]) + rs(4)),
        lambda: ("password", pick(["[Filtered]", "***", "<redacted>", "********", "[REDACTED]", ""])),
        lambda: ("authorization", pick(["[Filtered]", "Bearer <redacted>", "Bearer ***", "Basic [Filtered]"])),
        lambda: ("token", pick(["YOUR_API_KEY", "<your-token>", "${GITHUB_TOKEN}", "${{ secrets.NPM_TOKEN }}", "vault:secret/data/app#token", "{{ .Values.apiKey }}", "REPLACE_ME"])),
        lambda: ("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE"), lambda: ("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        lambda: ("stripe_key", pick(["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_" + "x" * 24, "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "pk_live_" + rs(24)])),
        lambda: ("test_card", pick(["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "378282246310005", "4111111111111111"])),
        lambda: ("support_phone", pick(["+1 415 555 01%02d" % R.randint(0, 99), "(212) 555-01%02d" % R.randint(0, 99), "07700 900%03d" % R.randint(0, 999), "020 7946 0%03d" % R.randint(0, 999), "0491 570 %03d" % R.randint(0, 999), "1-800-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999))])),
        lambda: ("email_sha256", hashed("%s.%s@x" % (f, l))), lambda: ("token_hash", "sha256:" + rs(64, HEX)),
        lambda: ("color", "#%s" % rs(6, HEX)), lambda: ("version", "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 99))),
        lambda: ("doi", "10.%d/%s.%d" % (R.randint(1000, 9999), pick(["jmlr", "s41586", "acm"]), R.randint(10000, 99999))),
        lambda: ("isbn", "978-%d-%03d-%05d-%d" % (R.randint(0, 9), R.randint(0, 999), R.randint(0, 99999), R.randint(0, 9))),
        lambda: ("tracking_number", "1Z%s" % rs(16, UP + "0123456789")), lambda: ("order_id", "ORD-%d" % R.randint(10**7, 10**9)),
        lambda: ("avatar", "data:image/png;base64," + rs(60, B64) + "=="),
        lambda: ("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " deploy@" + pick(HOSTS)),
        lambda: ("password_hash", "$2b$12$" + rs(53, AN + "./")),
        lambda: ("ssn_masked", "***-**-%04d" % R.randint(1, 9999)), lambda: ("itin", "9%02d-7%d-%04d" % (R.randint(0, 99), R.randint(0, 9), R.randint(1, 9999))),
        lambda: ("invalid_iban", bad_iban()), lambda: ("iban_masked", "DE** **** **** **** **%02d %02d" % (R.randint(0, 99), R.randint(0, 99))),
        lambda: ("page", "%d of %d" % (R.randint(1, 9), R.randint(10, 40))), lambda: ("date", ts()[:10]),
        lambda: ("cpu_seconds_total", "%.3f" % (R.random() * 1e5)), lambda: ("gh_token_hint", "ghp_ followed by 36 characters"),
        lambda: ("user_agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/%d.0.%d.%d" % (R.randint(110, 131), R.randint(1000, 6999), R.randint(10, 200))),
        lambda: ("key_format", pick(["AKIA + 16 uppercase chars", "sk-ant-api03-…", "glpat-<20 chars>", "xoxb-<team>-<bot>-<secret>"])),
        lambda: ("service_account", "%s@%s.iam.gserviceaccount.com" % (pick(["ci-deployer", "otel-collector", "log-export"]), pick(COMPANY))),
        lambda: ("message_id", None), lambda: ("order_total", "%d.%02d" % (R.randint(1, 9999), R.randint(0, 99))),
        lambda: ("session_id", "[Filtered]"), lambda: ("cookie", pick(["[Filtered]", "_ga=GA1.2.%d.%d" % (R.randint(10**8, 10**9), R.randint(10**9, 2 * 10**9)), "theme=dark; locale=de-DE"])),
        lambda: ("cert", "-----BEGIN CERTIFICATE-----\nMIID" + rs(60, B64) + "\n" + rs(64, B64) + "\n-----END CERTIFICATE-----"),
        lambda: ("jwt_example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
        lambda: ("customer_name", "%s %s" % (f, l)), lambda: ("dob", "19%02d-%02d-%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28))),
        lambda: ("webhook", pick(["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://discord.com/api/webhooks/<id>/<token>"])),
        lambda: ("dsn", pick(["postgres://app@db-main.internal:5432/orders", "postgres://app:${DB_PASSWORD}@db:5432/app", "redis://:***@cache:6379/0", "https://%s@o%d.ingest.sentry.io/%d" % (rs(32, HEX), R.randint(100000, 999999), R.randint(1000000, 9999999))])),
    ]
    key, val = N[k % len(N)]()
    if key == "message_id":
        val = "<%s.%s@mail.%s>" % (rs(12, HEX), R.randint(1000, 9999), company_domain())
    return key, val


def noise(n):
    return [noise_pair() for _ in range(n)]


# ---------------------------------------------------------------- label resolution
def enc_candidates(v):
    c = [v, json.dumps(v)[1:-1], urllib.parse.quote(v, safe=""), urllib.parse.quote_plus(v), urllib.parse.quote(v, safe="/:@"),
         v.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;"), v.replace('"', '""'),
         json.dumps(json.dumps(v)[1:-1])[1:-1], v.replace("\n", "\\n"), v.replace("\n", "\n    ")]
    return c


def resolve(doc, fields):
    strs = []
    from check_dlp_v13 import strings_of
    strings_of(doc, strs)
    labels, seen = [], set()
    for f in fields:
        val = None
        for i, cand in enumerate(enc_candidates(f.label)):
            if any(cand in s for s in strs):
                val, idx = cand, i
                break
        if val is None:
            continue  # value did not survive rendering (e.g. split); not labelled
        if val in seen:
            continue
        seen.add(val)
        acc = []
        for x in f.extra:
            xe = enc_candidates(x)[idx]
            if xe != val and any(xe in s for s in strs) and xe not in acc:
                acc.append(xe)
        # key=value / key: value forms as they appear
        for s in strs:
            start = 0
            while True:
                i = s.find(val, start)
                if i < 0:
                    break
                start = i + 1
                m = re.search(r"([A-Za-z_][\w.\-]*)(=|: ?|=\"|: \"|=')$", s[max(0, i - 60):i])
                if m and f.t in ("generic_secret", "aws_access_key_id", "aws_secret_access_key", "slack_token", "github_token",
                                 "gitlab_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key"):
                    a = m.group(0) + val
                    if a not in acc:
                        acc.append(a)
        labels.append({"type": f.t, "value": val, "accept": acc})
    return labels


# ---------------------------------------------------------------- helpers for renderers
def split_items(items, n):
    b = [[] for _ in range(n)]
    for it in items:
        b[R.randrange(n)].append(it)
    return b


def pyrepr(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def qenc(v):
    return urllib.parse.quote(v, safe="")


def mcp(text, structured=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if structured is not None:
        d["structuredContent"] = structured
    return d


def ident(k):
    return re.sub(r"[^A-Za-z0-9_]", "_", k)


# ---------------------------------------------------------------- renderers (items: list of (key, value))
def r_sentry(items, raw=False):
    vars_, hdrs, extra = split_items(items, 3)
    frames = [{"filename": "app/%s.py" % pick(["db", "billing", "sync", "export"]), "function": pick(["connect", "charge", "push_batch", "run"]),
               "lineno": R.randint(10, 900), "in_app": True, "vars": {k: (pyrepr(v) if R.random() < .5 else v) for k, v in vars_}}]
    frames.insert(0, {"filename": "site-packages/urllib3/connectionpool.py", "function": "urlopen", "lineno": 715, "in_app": False,
                      "vars": {"retries": "Retry(total=0)", "timeout": "Timeout(connect=5, read=30)"}})
    doc = {"event_id": rs(32, HEX), "timestamp": ts(), "platform": "python", "level": "error", "release": "api@%d.%d.%d" % (R.randint(1, 5), R.randint(0, 30), R.randint(0, 9)),
           "environment": pick(["production", "staging"]), "server_name": pick(HOSTS),
           "exception": {"values": [{"type": pick(["OperationalError", "ConnectionRefusedError", "KeyError", "HTTPError"]),
                                     "value": pick(["could not connect to server", "401 Client Error: Unauthorized", "timeout after 30s"]),
                                     "stacktrace": {"frames": frames}}]},
           "request": {"url": "https://%s/api/v2/%s" % (company_domain(), pick(["checkout", "sync", "export"])), "method": "POST",
                       "headers": dict([("User-Agent", "python-requests/2.32.3")] + hdrs), "cookies": "[Filtered]",
                       "query_string": "page=%d&per_page=50" % R.randint(1, 9), "data": "[Filtered]"},
           "user": {"id": str(R.randint(1000, 99999)), "ip_address": ip()},
           "extra": dict(extra), "contexts": {"runtime": {"name": "CPython", "version": "3.12.%d" % R.randint(0, 8)},
                                              "trace": {"trace_id": rs(32, HEX), "span_id": rs(16, HEX)}},
           "breadcrumbs": {"values": [{"category": "http", "data": {"method": "GET", "url": "https://%s/health" % pick(HOSTS), "status_code": 200}}]}}
    if raw:
        return "raw-result", mcp(json.dumps(doc, indent=R.choice([None, 2]), ensure_ascii=False))
    return "structured", doc


def r_rollbar(items):
    loc, req = split_items(items, 2)
    doc = {"err": 0, "result": {"id": R.randint(10**9, 10**10), "item_id": R.randint(10**8, 10**9), "data": {
        "environment": "production", "level": "error", "uuid": uuid4(),
        "body": {"trace": {"exception": {"class": "NoMethodError", "message": "undefined method `fetch' for nil"},
                           "frames": [{"filename": "app/services/payout_service.rb", "lineno": R.randint(10, 300), "method": "call",
                                       "locals": {k: v for k, v in loc}}]}},
        "request": {"url": "https://%s/payouts" % company_domain(), "method": "POST", "headers": {k: v for k, v in req}, "user_ip": ip()},
        "server": {"host": pick(HOSTS), "sha": rs(40, HEX)}}}}
    return "structured", doc


def r_bugsnag(items):
    md = {"app": {"releaseStage": "production", "version": "4.%d.0" % R.randint(0, 20)}}
    for k, v in items:
        md.setdefault(pick(["account", "request", "config", "diagnostics"]), {})[k] = v
    doc = [{"id": rs(24, HEX), "url": "https://app.bugsnag.com/%s/errors/%s" % (pick(COMPANY), rs(24, HEX)),
            "events": [{"errorClass": "TypeError", "message": "Cannot read properties of undefined (reading 'id')",
                        "metaData": md, "device": {"hostname": pick(HOSTS)}, "receivedAt": ts()}]}]
    return "raw-result", mcp(json.dumps(doc, ensure_ascii=False, indent=2))


def r_breadcrumbs(items):
    crumbs = []
    for k, v in items:
        style = R.randint(0, 2)
        if style == 0:
            crumbs.append({"type": "default", "category": "log", "level": "info", "message": "%s=%s" % (k, v), "timestamp": ts()})
        elif style == 1:
            crumbs.append({"type": "http", "category": "fetch", "data": {"url": "https://%s/v1/lookup?%s=%s" % (company_domain(), ident(k), qenc(v)), "status_code": 200}, "timestamp": ts()})
        else:
            crumbs.append({"type": "debug", "category": "console", "message": "config loaded: {%r: %r}" % (k, v), "timestamp": ts()})
    crumbs.insert(0, {"type": "navigation", "category": "navigation", "data": {"from": "/cart", "to": "/checkout"}, "timestamp": ts()})
    return "structured", {"event_id": rs(32, HEX), "breadcrumbs": {"values": crumbs}, "tags": {"browser": "Firefox 131", "transaction": "/checkout"}}


def otlp_attr(k, v):
    if v.isdigit() and len(v) < 10 and R.random() < .5:
        return {"key": k, "value": {"intValue": v}}
    return {"key": k, "value": {"stringValue": v}}


def r_otlp_spans(items):
    spans = []
    for bucket in split_items(items, R.randint(1, 3)):
        attrs = [otlp_attr("http.request.method", "POST"), otlp_attr("server.address", pick(HOSTS))]
        for k, v in bucket:
            m = R.randint(0, 3)
            if m == 0:
                attrs.append(otlp_attr("url.full", "https://%s/v1/items?%s=%s&limit=20" % (company_domain(), ident(k), qenc(v))))
            elif m == 1:
                attrs.append(otlp_attr("db.statement", "UPDATE accounts SET %s = '%s' WHERE id = %d" % (ident(k), v.replace("'", "''"), R.randint(1, 99999))))
            else:
                attrs.append(otlp_attr("app." + k if not k.startswith("http.") else k, v))
        spans.append({"traceId": rs(32, HEX), "spanId": rs(16, HEX), "parentSpanId": rs(16, HEX), "name": pick(["POST /v1/items", "pg.query", "redis.SET"]),
                      "kind": 2, "startTimeUnixNano": epoch_ns(), "endTimeUnixNano": epoch_ns(), "attributes": attrs, "status": {"code": 2, "message": "error"}})
    return "structured", {"resourceSpans": [{"resource": {"attributes": [otlp_attr("service.name", pick(["checkout", "ledger", "ingest"])), otlp_attr("host.name", pick(HOSTS))]},
                                               "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation.requests"}, "spans": spans}]}]}


def r_otlp_logs(items):
    recs = []
    for k, v in items:
        body = pick(["%s=%s", "loaded %s -> %s", "%s: %s"]) % (k, v)
        recs.append({"timeUnixNano": epoch_ns(), "severityText": pick(["INFO", "DEBUG", "WARN"]), "body": {"stringValue": body},
                     "attributes": [otlp_attr("code.function", "load_config")], "traceId": rs(32, HEX), "spanId": rs(16, HEX)})
    doc = {"resourceLogs": [{"resource": {"attributes": [otlp_attr("service.name", "worker")]}, "scopeLogs": [{"logRecords": recs}]}]}
    return "raw-result", mcp(json.dumps(doc, ensure_ascii=False))


def r_jaeger(items):
    tags = [{"key": "span.kind", "type": "string", "value": "client"}]
    logs = []
    for k, v in items:
        if R.random() < .6:
            tags.append({"key": k, "type": "string", "value": v})
        else:
            logs.append({"timestamp": R.randint(10**15, 2 * 10**15), "fields": [{"key": "event", "type": "string", "value": "retry"}, {"key": k, "type": "string", "value": v}]})
    return "structured", {"data": [{"traceID": rs(32, HEX), "spans": [{"traceID": rs(32, HEX), "spanID": rs(16, HEX), "operationName": "HTTP POST",
                                                                        "startTime": R.randint(10**15, 2 * 10**15), "duration": R.randint(100, 90000), "tags": tags, "logs": logs, "processID": "p1"}],
                                    "processes": {"p1": {"serviceName": pick(["gateway", "billing"]), "tags": [{"key": "hostname", "type": "string", "value": pick(HOSTS)}]}}}]}


def r_zipkin(items):
    tags = {"http.method": "GET", "http.path": "/api/export"}
    for k, v in items:
        if R.random() < .3:
            tags["http.url"] = "https://%s/export?%s=%s" % (company_domain(), ident(k), qenc(v))
        else:
            tags[k] = v
    span = [{"traceId": rs(16, HEX), "id": rs(16, HEX), "name": "get /api/export", "timestamp": R.randint(10**15, 2 * 10**15), "duration": R.randint(100, 90000),
             "localEndpoint": {"serviceName": "exporter", "ipv4": ip()}, "tags": tags}]
    return "raw-result", mcp(json.dumps(span, ensure_ascii=False))


def r_prometheus(items):
    lines = ["# HELP http_requests_total Total HTTP requests.", "# TYPE http_requests_total counter"]
    for k, v in items:
        esc = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        lines.append('http_requests_total{method="GET",%s="%s",code="%d"} %d' % (ident(k), esc, pick([200, 401, 500]), R.randint(1, 99999)))
    lines += ["# TYPE process_resident_memory_bytes gauge", "process_resident_memory_bytes %d" % R.randint(10**7, 10**9),
              'build_info{version="%d.%d.%d",revision="%s"} 1' % (R.randint(0, 3), R.randint(0, 40), R.randint(0, 9), rs(12, HEX))]
    return "text", "\n".join(lines) + "\n"


def r_datadog(items):
    attrs = {}
    msg = []
    for k, v in items:
        if R.random() < .5:
            attrs[k] = v
        else:
            msg.append("%s=%s" % (k, v))
    return "structured", {"data": [{"id": rs(40, AN), "type": "log", "attributes": {"service": pick(["payments", "auth", "sync"]), "host": pick(HOSTS),
                                                                                   "status": "error", "timestamp": ts(), "message": "request failed " + " ".join(msg),
                                                                                   "attributes": attrs, "tags": ["env:prod", "version:%d.%d" % (R.randint(1, 9), R.randint(0, 50))]}}]}


def r_elastic(items):
    hits = []
    for k, v in items:
        hits.append({"_index": ".ds-logs-app-2025.%02d.%02d-000001" % (R.randint(1, 12), R.randint(1, 28)), "_id": rs(20, AN), "_score": None,
                     "_source": {"@timestamp": ts(), "log.level": "warn", "message": pick(["auth failed for %s", "using %s", "retrying with %s"]) % ("%s=%s" % (k, v)),
                                 "labels": {k: v} if R.random() < .5 else {}, "host": {"name": pick(HOSTS)}}})
    doc = {"took": R.randint(1, 90), "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}}
    return "raw-result", mcp(json.dumps(doc, ensure_ascii=False))


def r_cloudwatch(items):
    evs = []
    for k, v in items:
        if R.random() < .5:
            m = json.dumps({"level": "info", "msg": "cfg", k: v})
        else:
            m = "%s\t%s\tINFO\t%s=%s" % (ts(), uuid4(), k, v)
        evs.append({"timestamp": R.randint(10**12, 2 * 10**12), "message": m, "ingestionTime": R.randint(10**12, 2 * 10**12), "logStreamName": "2025/%02d/%02d/[$LATEST]%s" % (R.randint(1, 12), R.randint(1, 28), rs(32, HEX))})
    return "structured", {"events": evs, "nextForwardToken": "f/" + "".join(str(R.randint(0, 9)) for _ in range(56)), "nextBackwardToken": "b/" + "".join(str(R.randint(0, 9)) for _ in range(56))}


def r_gcp_logging(items):
    ents = []
    for k, v in items:
        e = {"logName": "projects/%s/logs/stdout" % pick(COMPANY), "resource": {"type": "k8s_container", "labels": {"pod_name": pick(HOSTS)}},
             "timestamp": ts(), "severity": "ERROR", "insertId": rs(16, "abcdefghijklmnopqrstuvwxyz0123456789")}
        if R.random() < .5:
            e["jsonPayload"] = {"message": "connect failed", k: v}
        else:
            e["textPayload"] = "[%s] %s=%s" % (ts(), k, v)
        ents.append(e)
    return "structured", {"entries": ents}


def r_k8s_events(items):
    rows = ["LAST SEEN   TYPE      REASON      OBJECT                      MESSAGE"]
    for k, v in items:
        if "\n" in v:
            v = v.replace("\n", "\\n")
        rows.append("%dm         Warning   Failed      pod/%s   Error: container env %s=%s is invalid" % (R.randint(1, 59), pick(HOSTS), k, v))
    rows.append("%dm         Normal    Pulled      pod/%s   Successfully pulled image \"registry.local/app@sha256:%s\"" % (R.randint(1, 59), pick(HOSTS), rs(64, HEX)))
    return "text", "\n".join(rows)


def r_logfmt(items):
    lines = []
    for k, v in items:
        vv = '"%s"' % v.replace('"', '\\"').replace("\n", "\\n") if (" " in v or "\n" in v) else v
        lines.append('ts=%s level=%s caller=%s msg="%s" %s=%s trace_id=%s' % (ts(), pick(["info", "debug", "warn"]), pick(["config.go:88", "client.go:213"]),
                                                                              pick(["dialing upstream", "config loaded", "retrying"]), ident(k).lower(), vv, rs(32, HEX)))
    return "text", "\n".join(lines)


def r_jsonl(items):
    return "text", "\n".join(json.dumps({"time": ts(), "level": "debug", "logger": pick(["httpx", "sqlalchemy.engine", "app.auth"]), k: v, "pid": R.randint(2, 60000)}) for k, v in items)


def r_nginx(items):
    lines = []
    for k, v in items:
        m = R.randint(0, 2)
        q = "/api/v1/%s?%s=%s&ts=%d" % (pick(["export", "callback", "search"]), ident(k), qenc(v), R.randint(10**9, 2 * 10**9))
        auth = '"-"'
        if m == 1:
            q = "/healthz"
            auth = '"%s"' % v
        lines.append('%s - - [%02d/Oct/2025:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" %d %d "-" "curl/8.%d.0" rt=%.3f auth=%s' % (
            ip(), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), q, pick([200, 302, 401]), R.randint(100, 90000), R.randint(0, 9), R.random(), auth))
    return "text", "\n".join(lines)


def r_syslog(items):
    lines = []
    for k, v in items:
        vv = v.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]").replace("\n", "\\n")
        lines.append('<%d>1 %s %s %s %d ID%d [meta@32473 %s="%s" seq="%d"] config applied' % (R.randint(10, 190), ts(), pick(HOSTS), pick(["sshd", "app", "cron"]), R.randint(100, 60000), R.randint(1, 99), ident(k), vv, R.randint(1, 9999)))
    return "text", "\n".join(lines)


def xesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def r_winevent(items):
    data = "\n".join('    <Data Name="%s">%s</Data>' % (ident(k), xesc(v)) for k, v in items)
    return "text", ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n  <System>\n    <Provider Name="Application Error"/>\n'
                    '    <EventID>%d</EventID>\n    <TimeCreated SystemTime="%s"/>\n    <Computer>%s</Computer>\n  </System>\n  <EventData>\n%s\n  </EventData>\n</Event>') % (
        R.choice([1000, 1026, 4625]), ts(), pick(HOSTS).upper()[:15], data)


def r_pytrace(items):
    dc = ", ".join("%s=%s" % (ident(k), pyrepr(v)) for k, v in items[: len(items) // 2])
    dd = ", ".join("%s: %s" % (pyrepr(k), pyrepr(v)) for k, v in items[len(items) // 2:])
    return "text", ("Traceback (most recent call last):\n  File \"/srv/app/jobs/export.py\", line %d, in run\n    client.push(batch)\n"
                    "  File \"/srv/app/clients/warehouse.py\", line %d, in push\n    raise UploadError(resp.status_code)\n"
                    "app.clients.warehouse.UploadError: 403\n\nLocals at frame push:\n  self = WarehouseClient(settings=Settings(%s))\n  payload = {%s}\n  attempt = %d") % (
        R.randint(10, 400), R.randint(10, 400), dc, dd, R.randint(1, 5))


def r_gopanic(items):
    fields = " ".join('%s:"%s"' % (ident(k).title().replace("_", ""), v.replace("\n", "\\n")) for k, v in items)
    return "text", ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]\n\n"
                    "goroutine %d [running]:\nmain.(*Server).init(0xc000%s)\n\t/src/cmd/server/main.go:%d +0x1c4\n"
                    "config dump: &{%s Timeout:30s Retries:3}\nexit status 2") % (rs(6, HEX), R.randint(1, 300), rs(6, HEX), R.randint(10, 400), fields)


def r_java(items):
    inner = ", ".join("%s=%s" % (ident(k), v.replace("\n", "\\n")) for k, v in items)
    return "text", ("%s ERROR [main] o.s.boot.SpringApplication - Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean 'dataSource': "
                    "DataSourceProperties{%s, maxPoolSize=10}\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)\n"
                    "\tat com.%s.App.main(App.java:%d)\nCaused by: java.net.ConnectException: Connection refused") % (ts(), inner, pick(COMPANY).replace("-", ""), R.randint(10, 90))


def r_node(items):
    inner = ",\n    ".join("%s: '%s'" % (ident(k) if R.random() < .7 else "'%s'" % k, v.replace("'", "\\'").replace("\n", "\\n")) for k, v in items)
    return "text", ("Error: Request failed with status code 401\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12) {\n"
                    "  config: {\n    url: 'https://%s/v2/messages',\n    method: 'post',\n    %s\n  },\n  code: 'ERR_BAD_REQUEST'\n}\nNode.js v20.%d.0") % (company_domain(), inner, R.randint(1, 18))


def r_ruby(items):
    inner = ", ".join('@%s="%s"' % (ident(k).lower(), v.replace('"', '\\"').replace("\n", "\\n")) for k, v in items)
    return "text", ("E, [%s #%d] ERROR -- : Faraday::UnauthorizedError: the server responded with status 401\n  #<Integrations::Client:0x000000010%s %s, @timeout=15>\n"
                    "  /app/lib/integrations/client.rb:%d:in `post'") % (ts(), R.randint(100, 60000), rs(7, HEX), inner, R.randint(10, 300))


def r_httpdump(items):
    hdr = []
    for k, v in items:
        if "\n" in v:
            v = v.replace("\n", "\\n")
        name = {"authorization": "Authorization"}.get(k, "X-" + ident(k).replace("_", "-").title())
        if R.random() < .25:
            hdr.append("Cookie: %s=%s; theme=dark" % (ident(k), v))
        else:
            hdr.append("%s: %s" % (name, v))
    return "text", ("* Connected to %s (%s) port 443\n> POST /v1/ingest HTTP/2\n> Host: %s\n%s\n> Content-Type: application/json\n>\n< HTTP/2 403\n< x-request-id: %s\n< content-length: %d\n") % (
        company_domain(), ip(), company_domain(), "\n".join("> " + h for h in hdr), uuid4(), R.randint(10, 900))


def yscalar(v):
    if "\n" in v:
        return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if re.search(r"[:#{}\[\],&*!|>'\"%@`]", v) or v[:1] in "-?":
        return "'%s'" % v.replace("'", "''")
    return v


def r_yaml(items):
    a, b = split_items(items, 2)
    out = ["# exported by config-audit at %s" % ts(), "service: %s" % pick(["ledger", "ingest"]), "settings:"]
    for k, v in a:
        if "\n" in v:
            out.append("  %s: |\n%s" % (ident(k), "\n".join("    " + ln for ln in v.split("\n"))))
        else:
            out.append("  %s: %s" % (ident(k), yscalar(v)))
    if b:
        out.append("overrides: {%s}" % ", ".join("%s: %s" % (ident(k), yscalar(v)) for k, v in b))
    return "text", "\n".join(out)


def tomlstr(v):
    if "\n" in v:
        return '"""\n%s"""' % v
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


def r_toml(items):
    out = ["[server]", "port = %d" % pick([8080, 9000]), "", "[secrets]" if R.random() < .5 else "[integrations]"]
    for k, v in items:
        out.append("%s = %s" % (ident(k), tomlstr(v)))
    return "text", "\n".join(out)


def r_ini(items):
    out = ["; dumped from /etc/app/app.ini", "[default]", "region = eu-west-1"]
    for k, v in items:
        out.append("%s = %s" % (ident(k), v.replace("\n", "\\n")))
    return "text", "\n".join(out)


def r_xml(items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<export generated="%s">' % ts()]
    for k, v in items:
        if R.random() < .5 and "\n" not in v:
            out.append('  <setting name="%s" value="%s"/>' % (ident(k), xesc(v)))
        else:
            out.append("  <%s>%s</%s>" % (ident(k), xesc(v), ident(k)))
    out.append("</export>")
    return "text", "\n".join(out)


def csvcell(v):
    if any(c in v for c in ',"\n') or R.random() < .4:
        return '"%s"' % v.replace('"', '""')
    return v


def r_csv(items, sep=","):
    f, l = person()
    hdr = ["row_id", "exported_at"] + [ident(k) for k, _ in items] + ["note"]
    row = [str(R.randint(1, 99999)), ts()] + [csvcell(v) if sep == "," else v.replace("\t", " ").replace("\n", "\\n") for _, v in items] + \
          [csvcell("called back,\nleft voicemail") if sep == "," else "ok"]
    text = sep.join(hdr) + "\n" + sep.join(row) + "\n"
    if sep == ",":
        return "raw-result", mcp(text)
    return "text", text


def r_avro(items):
    rows = []
    row = {"event_ts": {"long": R.randint(10**12, 2 * 10**12)}, "session": {"string": uuid4()}}
    for k, v in items:
        row[ident(k)] = {"string": v} if R.random() < .7 else {"bytes": v}
    rows.append(row)
    return "structured", {"kind": "bigquery#tableDataList", "totalRows": "1", "rows": rows, "schema_hint": "nullable unions rendered as Avro JSON"}


def r_proto(items):
    out = ["config {", "  name: \"%s\"" % pick(["ingest", "billing"])]
    for k, v in items:
        out.append('  %s: "%s"' % (ident(k).lower(), v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")))
    out += ["  retry_policy { max_attempts: 3 backoff_ms: 250 }", "}"]
    return "text", "\n".join(out)


def r_form(items):
    body = "&".join("%s=%s" % (urllib.parse.quote_plus(ident(k)), urllib.parse.quote_plus(v)) for k, v in items)
    return "text", "POST /oauth/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nContent-Length: %d\n\n%s" % (len(body), body)


def r_cookies(items):
    out = ["# Netscape HTTP Cookie File", "# This file was generated by libcurl! Edit at your own risk.", ""]
    for k, v in items:
        out.append("%s\tTRUE\t/\t%s\t%d\t%s\t%s" % (pick([".%s" % company_domain(), "#HttpOnly_.%s" % company_domain()]), pick(["TRUE", "FALSE"]), R.randint(1735689600, 1800000000), ident(k), qenc(v) if R.random() < .5 else v))
    return "text", "\n".join(out)


def r_properties(items):
    out = ["#Generated by Maven", "#%s" % ts(), "spring.application.name=%s" % pick(["orders", "ledger"])]
    for k, v in items:
        out.append("%s=%s" % (k if "." in k else "app." + ident(k), v.replace("\n", "\\n").replace(":", "\\:") if R.random() < .3 else v.replace("\n", "\\n")))
    return "text", "\n".join(out)


def r_sql(items):
    cols = ", ".join("`%s`" % ident(k) for k, _ in items)
    vals = ", ".join("'%s'" % v.replace("'", "''").replace("\n", "\\n") for _, v in items)
    return "text", "-- MySQL dump 10.13  Distrib 8.0.%d\n-- Host: %s    Database: app\nLOCK TABLES `integrations` WRITE;\nINSERT INTO `integrations` (`id`, %s) VALUES (%d, %s);\nUNLOCK TABLES;" % (
        R.randint(20, 40), pick(HOSTS), cols, R.randint(1, 9999), vals)


def r_mongo(items):
    doc = {"_id": {"$oid": rs(24, HEX)}, "createdAt": {"$date": ts()}, "count": {"$numberLong": str(R.randint(1, 10**6))}}
    for k, v in items:
        doc[ident(k)] = v
    return "raw-result", mcp(json.dumps([doc], ensure_ascii=False, indent=2))


def r_parquet(items):
    cols = [ident(k) for k, _ in items]
    vals = [v.replace("\n", "\\n") for _, v in items]
    w = [max(len(c), len(v)) for c, v in zip(cols, vals)]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    hdr = "|" + "|".join(" %s " % c.ljust(x) for c, x in zip(cols, w)) + "|"
    row = "|" + "|".join(" %s " % v.ljust(x) for v, x in zip(vals, w)) + "|"
    return "text", "parquet-tools show part-00000-%s.snappy.parquet (1 row)\n%s\n%s\n%s\n%s\n%s" % (uuid4(), line, hdr, line, row, line)


def r_mdsheet(items):
    cols = ["field", "value", "source"]
    rows = ["| %s |" % " | ".join(cols), "|---|---|---|"]
    for k, v in items:
        rows.append("| %s | %s | %s |" % (k, v.replace("|", "\\|").replace("\n", "<br>"), pick(["Sheet1!B%d" % R.randint(2, 99), "import.xlsx"])))
    return "text", "**Tab: config_inventory**\n\n" + "\n".join(rows)


DISCUSS = ["GitHub classic tokens start with ghp_ followed by 36 base62 characters; rotate anything that matches.",
           "Our Slack bot tokens look like xoxb-<team>-<bot>-<secret>, never paste them into tickets.",
           "AWS access key ids begin with AKIA (long-term) or ASIA (temporary) and are 20 characters long.",
           "The scrubber replaces card numbers with ****%04d before the event leaves the SDK." % R.randint(0, 9999),
           "Stripe secret keys use the sk_live_ prefix; the docs example sk_test_4eC39HqLyjWDarjtT1zdp7dc is safe to share.",
           "Use AKIAIOSFODNN7EXAMPLE in samples, never a real key.",
           "OpenAI keys shown in the dashboard are truncated like sk-…Qx7a.",
           "GitLab personal access tokens carry the glpat- prefix followed by 20 characters.",
           "Anthropic keys begin with sk-ant-api03- and end with AA.",
           "Test with card 4242 4242 4242 4242 and any future expiry.",
           "Call the on-call line at +1 415 555 0134 or email oncall@%s." % company_domain()]


def r_runbook(items):
    lines = ["## Incident %d — secret exposure triage" % R.randint(100, 999), ""]
    lines += ["- " + d for d in R.sample(DISCUSS, 4)]
    if items:
        lines.append("")
        lines.append("Matched in the export (verbatim from the log viewer):")
        for k, v in items:
            lines.append("    %s => %s" % (k, v.replace("\n", "\n    ")))
    lines.append("\nFingerprint: %s · page %d of %d" % (rs(40, HEX), R.randint(1, 3), R.randint(3, 9)))
    return "text", "\n".join(lines)


def mask(v):
    if len(v) < 8:
        return "***"
    return pick([v[:4] + "…" + v[-4:], "****" + v[-4:], v[:3] + "*" * 8, "[REDACTED:%d chars]" % len(v)])


def r_masked_echo(items):
    text = ["I searched the last 24h of logs for credentials. Summary (values masked):"]
    for k, v in items:
        text.append("- %s: %s" % (k, v))
    text.append("- also saw api_key: %s and password: %s (already masked by the logger)" % (mask(g_openai()), mask(g_password())))
    return "raw-result", mcp("\n".join(text))


def r_wrapped(items):
    out = []
    for k, v in items:
        out.append("%s %s %s=%s" % (ts(), pick(["INFO", "DEBUG"]), k, v.replace("\n", "\\n")))
    # split-token hard negatives (wrapped at a fixed column, never labelled)
    sp = pick([g_github(), g_jwt(), g_aws_secret(), g_slack()])
    cut = len(sp) // 2
    out.append("%s DEBUG header dump (wrapped at 120 cols): auth=%s" % (ts(), sp[:cut]))
    out.append("%s" % sp[cut:])
    return "text", "\n".join(out)


TEMPLATES = {
    "sentry_event_vars": (r_sentry, set()), "sentry_event_raw": (lambda it: r_sentry(it, True), set()), "rollbar_item": (r_rollbar, set()),
    "bugsnag_metadata": (r_bugsnag, set()), "sentry_breadcrumbs": (r_breadcrumbs, {"private_key"}), "otlp_spans": (r_otlp_spans, {"private_key"}),
    "otlp_logs": (r_otlp_logs, set()), "jaeger_trace": (r_jaeger, set()), "zipkin_spans": (r_zipkin, {"private_key"}),
    "prometheus_exposition": (r_prometheus, {"private_key"}), "datadog_logs": (r_datadog, set()), "elastic_hits": (r_elastic, set()),
    "cloudwatch_events": (r_cloudwatch, set()), "gcp_logging": (r_gcp_logging, set()), "k8s_events": (r_k8s_events, {"private_key"}),
    "logfmt_lines": (r_logfmt, set()), "jsonl_logs": (r_jsonl, set()), "nginx_access": (r_nginx, {"private_key"}),
    "syslog_5424": (r_syslog, {"private_key"}), "windows_event_xml": (r_winevent, set()), "python_traceback_locals": (r_pytrace, set()),
    "go_panic_struct": (r_gopanic, set()), "java_config_tostring": (r_java, set()), "node_inspect_error": (r_node, set()),
    "ruby_inspect": (r_ruby, set()), "http_debug_dump": (r_httpdump, {"private_key"}), "yaml_export": (r_yaml, set()),
    "toml_export": (r_toml, set()), "ini_export": (r_ini, set()), "xml_export": (r_xml, set()), "csv_export": (r_csv, set()),
    "tsv_export": (lambda it: r_csv(it, "\t"), set()), "avro_bigquery_rows": (r_avro, set()), "protobuf_text": (r_proto, set()),
    "form_body": (r_form, {"private_key"}), "netscape_cookie_jar": (r_cookies, {"private_key"}), "properties_file": (r_properties, set()),
    "sql_insert_dump": (r_sql, set()), "mongodb_extjson": (r_mongo, set()), "parquet_table": (r_parquet, {"private_key"}),
    "markdown_sheet": (r_mdsheet, {"private_key"}), "runbook_discussion": (r_runbook, set()), "agent_masked_echo": (r_masked_echo, set()),
    "wrapped_console": (r_wrapped, set()),
}

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key", "github_token",
         "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]


def build_doc(name, positive, deck):
    fn, banned = TEMPLATES[name]
    for attempt in range(50):
        fields = []
        if positive:
            k = R.choice([1, 2, 2, 2, 3, 3, 3, 4])
            chosen = []
            i = 0
            while len(chosen) < k and i < len(deck):
                t = deck[i]
                if t not in banned and t not in chosen:
                    chosen.append(deck.pop(i))
                else:
                    i += 1
            if not chosen:
                deck.extend(R.sample(TYPES, len(TYPES)))
                continue
            fields = [make_field(t) for t in chosen]
        items = [(f.key, f.render) for f in fields]
        if name == "agent_masked_echo":
            items += [(k, mask(v) if len(v) > 6 else v) for k, v in (lambda fl: [(x.key, x.render) for x in fl])([make_field(pick(TYPES[5:17])) for _ in range(2)])]
        nz = noise(R.randint(2, 5))
        if name == "runbook_discussion" and not positive:
            nz = []
        items += nz
        R.shuffle(items)
        if name in ("runbook_discussion",) and positive:
            items = [(f.key, f.render) for f in fields]
        wrap, doc = fn(items)
        labels = resolve(doc, fields)
        if positive and len(labels) != len(fields):
            deck[0:0] = [f.t for f in fields]
            continue
        if scan_unlabelled(doc, labels):
            if positive:
                deck[0:0] = [f.t for f in fields]
            continue
        return wrap, doc, labels
    raise RuntimeError("could not build " + name)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v13.jsonl")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    names = list(TEMPLATES)
    plan = []
    per = 450 // len(names)
    for i in range(450):
        plan.append(names[i % len(names)])
    R.shuffle(plan)
    # clean/positive: first occurrence of a template clean, second positive, rest by draw
    seen = {}
    flags = []
    for n in plan:
        c = seen.get(n, 0)
        seen[n] = c + 1
        flags.append(c == 0 if c < 2 else None)
    rest = [i for i, f in enumerate(flags) if f is None]
    n_clean_needed = 200 - sum(1 for f in flags if f is True)
    clean_idx = set(R.sample(rest, n_clean_needed))
    for i in rest:
        flags[i] = i in clean_idx
    deck = []
    lines = []
    for i, (name, clean) in enumerate(zip(plan, flags)):
        if len(deck) < 30:
            deck.extend(R.sample(TYPES, len(TYPES)))
        wrap, doc, labels = build_doc(name, not clean, deck)
        rec = {"id": "v13-%d" % (i + 1), "template": name, "split": "holdout-v13", "wrap": wrap, "doc": doc, "labels": labels}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote", out, len(lines))


if __name__ == "__main__":
    main()
