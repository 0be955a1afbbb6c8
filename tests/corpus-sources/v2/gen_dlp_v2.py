#!/usr/bin/env python3
"""Independent held-out DLP corpus generator (holdout-v2).

Stdlib only, fixed seed. Writes dlp_v2.jsonl next to this file.
Written without reading the scanner's code, tests or existing corpora.
See README-dlp.md for the label rules.
"""
import base64
import binascii
import json
import os
import random
import string
import sys
import uuid as _uuid

SEED = 0x5EED_2402
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dlp_v2.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
HEX = "0123456789abcdef"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def sha1():
    return rs(HEX, 40)


def sha256():
    return rs(HEX, 64)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pick(seq):
    return R.choice(seq)


# --------------------------------------------------------------------------
# Value generators (structurally valid)
# --------------------------------------------------------------------------

def b62_encode(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(prefix=None):
    prefix = prefix or pick(["ghp_", "ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"])
    ent = rs(ALNUM, 30)
    return prefix + ent + b62_encode(binascii.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def github_pat_fine():
    return "github_pat_" + "11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def github_token_any():
    return github_pat_fine() if R.random() < 0.25 else github_token()


def gitlab_token():
    kind = R.random()
    if kind < 0.8:
        return "glpat-" + rs(ALNUM + "-_", 20)
    if kind < 0.9:
        return "glptt-" + rs(HEX, 40)  # pipeline trigger token
    return "gldt-" + rs(ALNUM + "-_", 20)  # deploy token


def slack_token():
    k = R.random()
    if k < 0.5:
        return "xoxb-%s-%s-%s" % (rs(DIG, 12), rs(DIG, 13), rs(ALNUM, 24))
    if k < 0.8:
        return "xoxp-%s-%s-%s-%s" % (rs(DIG, 12), rs(DIG, 12), rs(DIG, 13), rs(HEX, 32))
    return "xapp-1-A%s-%s-%s" % (rs(UP + DIG, 10), rs(DIG, 13), rs(HEX, 64))


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))


def discord_webhook():
    host = pick(["discord.com", "discord.com", "discordapp.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, "1" + rs(DIG, 18), rs(ALNUM + "-_", 68))


def teams_webhook():
    org = pick(["contoso", "northwindtraders", "fabrikamhq", "brightpath"])
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        org, uuid4(), uuid4(), rs(HEX, 32), uuid4())


def gchat_webhook():
    return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s%%3D"
            % (rs(ALNUM, 7), rs(ALNUM + "-_", 33), rs(ALNUM + "-_", 43)))


def zapier_webhook():
    return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(DIG, 7), rs(LO + DIG, 7))


def any_webhook():
    f = pick([slack_webhook, slack_webhook, discord_webhook, teams_webhook, gchat_webhook, zapier_webhook])
    u = f()
    acc = ["google_api_key"] if "chat.googleapis.com" in u else []
    return u, acc


def stripe_key():
    p = pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_"])
    if R.random() < 0.5:
        return p + "51" + rs(ALNUM, 14) + rs(ALNUM, 83)
    return p + rs(ALNUM, 24)


def google_api_key():
    return "AIzaSy" + rs(ALNUM + "-_", 33)


def openai_key():
    k = R.random()
    if k < 0.55:
        return "sk-proj-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)
    if k < 0.75:
        return "sk-svcacct-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)


def anthropic_key():
    if R.random() < 0.85:
        return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"
    return "sk-ant-admin01-" + rs(ALNUM + "-_", 93) + "AA"


def aws_key_id(temp=False):
    return ("ASIA" if temp else "AKIA") + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return rs(UP + LO + DIG + "+/", 40)


def aws_session_token():
    return "IQoJb3JpZ2luX2Vj" + rs(B64, 300)


def jwt_token(rs256=None):
    if rs256 is None:
        rs256 = R.random() < 0.4
    hdr = {"alg": "RS256", "typ": "JWT", "kid": rs(ALNUM, 16)} if rs256 else {"alg": "HS256", "typ": "JWT"}
    now = 1714000000 + R.randrange(0, 20000000)
    body = {"sub": pick(["user_", "svc_", "acct_"]) + rs(ALNUM, 12),
            "iss": pick(["https://auth.brightpath.io/", "https://login.northwind-logistics.com", "tickets-api"]),
            "aud": pick(["api", "mcp-gateway", "billing"]),
            "iat": now, "exp": now + pick([900, 3600, 86400]),
            "scope": pick(["read:tickets", "repo user", "openid profile", "admin"])}
    sig = rbytes(256 if rs256 else 32)
    return ".".join([b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url_nopad(json.dumps(body, separators=(",", ":")).encode()),
                     b64url_nopad(sig)])


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def private_key():
    k = R.random()
    if k < 0.35:
        der = bytes.fromhex("308204a40201000282010100") + rbytes(1180)
        return pem("RSA PRIVATE KEY", der)
    if k < 0.6:
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + rbytes(1170)
        return pem("PRIVATE KEY", der)
    if k < 0.8:
        der = (bytes.fromhex("307702010104") + b"\x20" + rbytes(32) +
               bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
        return pem("EC PRIVATE KEY", der)
    blob = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none" * 2 + b"\x00\x00\x00\x00" +
            b"\x00\x00\x00\x01" + b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " +
            rbytes(32) + b"\x00\x00\x00\x88" + rbytes(136))
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def public_key_pem():
    return pem("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(260))


def certificate_pem():
    return pem("CERTIFICATE", bytes.fromhex("308203") + rbytes(2) + bytes.fromhex("308202") + rbytes(700))


def ssh_pubkey():
    return "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)).decode()


def rand_secret(kind=None):
    kind = kind or pick(["hex", "b64", "mixed", "mixed", "urlsafe"])
    if kind == "hex":
        return rs(HEX, pick([32, 40, 64]))
    if kind == "b64":
        return rs(UP + LO + DIG, R.randrange(30, 44)) + pick(["=", "", "=="])
    if kind == "urlsafe":
        return rs(ALNUM + "-_", R.randrange(32, 48))
    # password-like: letters, digits, a few symbols, always mixed classes
    while True:
        s = rs(ALNUM + "!#%^*-_.~", R.randrange(16, 26))
        if (any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s)):
            return s


def url_password():
    # safe inside a URL userinfo without escaping
    while True:
        s = rs(ALNUM + "-_.~", R.randrange(14, 24))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


# ---- personal data ----
FIRST = ["Maria", "James", "Priya", "Chen", "Olusegun", "Aisha", "Lukas", "Sofia", "Mateo", "Hannah",
         "Dmitri", "Grace", "Kenji", "Fatima", "Liam", "Noor", "Elena", "Tomasz", "Aaliyah", "Jonas",
         "Ines", "Rahul", "Siobhan", "Yusuf", "Camille", "Diego", "Freya", "Hiroshi", "Zanele", "Marcus"]
LAST = ["Gonzalez", "Whitfield", "Raman", "Wei", "Adeyemi", "Khan", "Brenner", "Rossi", "Alvarez", "Schmidt",
        "Volkov", "Okafor", "Tanaka", "Haddad", "O'Connor", "Siddiqui", "Petrova", "Nowak", "Jefferson", "Lindqvist",
        "Moreau", "Iyer", "Byrne", "Demir", "Laurent", "Herrera", "Hansen", "Sato", "Dlamini", "Holloway"]
CORP_DOMAINS = ["northwind-logistics.com", "brightpath.io", "halcyonhealth.org", "kestrel-analytics.com",
                "bluefinch.co.uk", "tallgrass-mfg.com", "orbitalpay.eu", "meridianlaw.com", "copperleaf.de",
                "eng.brightpath.io", "mail.halcyonhealth.org", "ops.kestrel-analytics.com", "lumenworks.ai"]
FREE_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk", "gmx.de", "fastmail.com"]
DOC_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example", "test.invalid"]


def person():
    return pick(FIRST), pick(LAST)


def email_for(first, last, free=None):
    f = first.lower()
    l = last.lower().replace("'", "")
    dom = pick(FREE_DOMAINS) if (free if free is not None else R.random() < 0.4) else pick(CORP_DOMAINS)
    style = R.random()
    if style < 0.35:
        local = "%s.%s" % (f, l)
    elif style < 0.55:
        local = "%s%s" % (f[0], l)
    elif style < 0.7:
        local = "%s_%s%d" % (f, l, R.randrange(1, 99))
    elif style < 0.85:
        local = "%s.%s+%s" % (f, l, pick(["billing", "github", "news", "work", "tickets"]))
    else:
        local = "%s%s%d" % (f, l[0], R.randrange(70, 2005))
    return "%s@%s" % (local, dom)


def doc_email():
    return "%s@%s" % (pick(["jane.doe", "user", "admin", "you", "support", "alice", "bob", "first.last"]), pick(DOC_DOMAINS))


def nanp():
    while True:
        a = R.randrange(201, 990)
        if a % 100 == 11 or str(a)[1:] == "11" or a in (555,):
            continue
        e = R.randrange(201, 1000)
        if e == 555 or str(e)[1:] == "11":
            continue
        return a, e, R.randrange(0, 10000)


def us_phone(fmt=None):
    a, e, n = nanp()
    fmt = fmt or pick(["paren", "dash", "dot", "plus_space", "plus_dash", "one_paren", "plus_dot"])
    n = "%04d" % n
    return {"paren": "(%d) %d-%s", "dash": "%d-%d-%s", "dot": "%d.%d.%s", "plus_space": "+1 %d %d %s",
            "plus_dash": "+1-%d-%d-%s", "one_paren": "1 (%d) %d-%s", "plus_dot": "+1.%d.%d.%s"}[fmt] % (a, e, n)


def intl_phone():
    f = pick([
        lambda: "+44 20 %d %04d" % (R.randrange(3000, 3999), R.randrange(10000)),
        lambda: "+44 7%03d %06d" % (R.randrange(400, 999), R.randrange(10 ** 6)),
        lambda: "+49 30 %d" % R.randrange(10 ** 7, 10 ** 8),
        lambda: "+49 89 %d %d" % (R.randrange(1000, 9999), R.randrange(1000, 9999)),
        lambda: "+33 1 %02d %02d %02d %02d" % tuple(R.randrange(100) for _ in range(4)),
        lambda: "+33 6 %02d %02d %02d %02d" % tuple(R.randrange(100) for _ in range(4)),
        lambda: "+61 2 %d %d" % (R.randrange(8000, 9999), R.randrange(1000, 9999)),
        lambda: "+91 9%04d %05d" % (R.randrange(10 ** 4), R.randrange(10 ** 5)),
        lambda: "+81 3-%d-%d" % (R.randrange(1000, 9999), R.randrange(1000, 9999)),
        lambda: "+353 1 %d %d" % (R.randrange(200, 999), R.randrange(1000, 9999)),
        lambda: "+34 91%d %d %d" % (R.randrange(1, 9), R.randrange(100, 999), R.randrange(100, 999)),
        lambda: "+31 20 %d %d" % (R.randrange(100, 999), R.randrange(1000, 9999)),
        lambda: "+55 11 9%d-%d" % (R.randrange(1000, 9999), R.randrange(1000, 9999)),
    ])
    return f()


def phone():
    return us_phone() if R.random() < 0.6 else intl_phone()


def ssn(dashes=True):
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g = R.randrange(1, 100)
        s = R.randrange(1, 10000)
        if (a, g) == (987, 65):
            continue
        if dashes is True:
            return "%03d-%02d-%04d" % (a, g, s)
        if dashes == "space":
            return "%03d %02d %04d" % (a, g, s)
        return "%03d%02d%04d" % (a, g, s)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rs(DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def card(fmt=None):
    brand = pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        n = luhn_complete("4" + rs(DIG, 5), 16)
    elif brand == "mc":
        n = luhn_complete("5" + str(R.randrange(1, 6)) + rs(DIG, 4), 16)
    elif brand == "mc2":
        n = luhn_complete(str(R.randrange(2221, 2721)) + rs(DIG, 2), 16)
    elif brand == "amex":
        n = luhn_complete(pick(["34", "37"]) + rs(DIG, 4), 15)
    else:
        n = luhn_complete("6011" + rs(DIG, 2), 16)
    if n in ("4242424242424242", "4111111111111111", "5555555555554444"):
        return card(fmt)
    fmt = fmt or pick(["space", "space", "dash", "plain"])
    if fmt == "plain":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def non_luhn16():
    while True:
        n = str(R.randrange(1, 10)) + rs(DIG, 15)
        if not luhn_ok(n):
            return n


IBAN_SPECS = {  # country: (length, bban generator)
    "DE": lambda: rs(DIG, 18),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(DIG, 14),
    "FR": lambda: rs(DIG, 10) + rs(UP + DIG, 11) + rs(DIG, 2),
    "NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO"]) + rs(DIG, 10),
    "ES": lambda: rs(DIG, 20),
    "IT": lambda: pick(UP) + rs(DIG, 10) + rs(UP + DIG, 12),
    "CH": lambda: rs(DIG, 5) + rs(UP + DIG, 12),
    "BE": lambda: (lambda n: n + "%02d" % (int(n) % 97 or 97))(rs(DIG, 10)),
    "PL": lambda: rs(DIG, 24),
    "IE": lambda: pick(["AIBK", "BOFI"]) + rs(DIG, 14),
    "AT": lambda: rs(DIG, 16),
}


def iban_check(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban(grouped=None, country=None):
    cc = country or pick(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    assert iban_check(ib)
    if grouped is None:
        grouped = R.random() < 0.65
    if grouped:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


# --------------------------------------------------------------------------
# Documented examples / placeholders (hard negatives)
# --------------------------------------------------------------------------
AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_EX_ID2 = "AKIAI44QH8DHBEXAMPLE"
AWS_EX_SECRET2 = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
STRIPE_EX = ["sk_test_BQokikJOvBiI2HlWgH4olfQ2", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"]
STRIPE_PK_EX = "pk_test_TYooMQauvdEDq54NiTphI7jx"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
GOOGLE_EX = "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"
SLACK_HOOK_EX = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
SLACK_TOKEN_EX = "xoxb-not-a-real-token-this-will-not-work"
GH_PLACEHOLDERS = ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                   "${GITHUB_TOKEN}", "${{ secrets.GITHUB_TOKEN }}", "<your-personal-access-token>", "github_pat_..."]
PLACEHOLDERS = ["YOUR_API_KEY", "<token>", "<YOUR_TOKEN_HERE>", "xxxxxxxxxxxxxxxx", "changeme", "********",
                "${API_KEY}", "$DB_PASSWORD", "{{ secrets.API_KEY }}", "REPLACE_ME", "<redacted>", "[REDACTED]",
                "your-secret-here", "%API_TOKEN%", "{{apiKey}}", "TODO", "dummy", "sk_live_...", "sk-...",
                "os.environ['API_KEY']", "process.env.STRIPE_SECRET_KEY", "${{ secrets.AWS_SECRET_ACCESS_KEY }}"]
DOC_IBANS = ["DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19"]
TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444"]


def ph():
    return pick(PLACEHOLDERS)


def png_b64():
    return "iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(rbytes(R.randrange(120, 240))).decode()


def npm_integrity():
    return "sha512-" + base64.b64encode(rbytes(64)).decode()


def iso_ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24),
                                                    R.randrange(60), R.randrange(60), R.randrange(1000))


def ip4(private=True):
    if private:
        return "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
    return "%d.%d.%d.%d" % (R.choice([34, 52, 104, 151, 185]), R.randrange(256), R.randrange(256), R.randrange(1, 255))


def epoch():
    return str(R.randrange(1700000000, 1760000000))


def order_no():
    while True:
        o = "%03d-%07d-%07d" % (R.randrange(100, 999), R.randrange(10 ** 7), R.randrange(10 ** 7))
        if not luhn_ok(o.replace("-", "")):
            return o


def ups_tracking():
    return "1Z" + rs(UP + DIG, 6) + rs(DIG, 10)


def nine_digit_nonssn():
    return str(R.randrange(100000000, 999999999))


def isbn13():
    body = "978" + rs(DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def version():
    return "%d.%d.%d" % (R.randrange(0, 20), R.randrange(0, 30), R.randrange(0, 200))


def k8s_name(base):
    return "%s-%s-%s" % (base, rs(LO + DIG, 10), rs(LO + DIG, 5))


# --------------------------------------------------------------------------
# Document assembly helpers
# --------------------------------------------------------------------------

class Doc:
    def __init__(self):
        self.labels = []
        self.tags = []

    def L(self, typ, value, accept=()):
        self.labels.append({"type": typ, "value": value, "accept": list(accept)})
        return value


def raw_text(text, structured=None, is_error=False):
    d = {"content": [{"type": "text", "text": text}], "isError": is_error}
    if structured is not None:
        d["structuredContent"] = structured
    return d


def json_in_string(obj, escape_slash=True, escape_plus=False, indent=None):
    s = json.dumps(obj, indent=indent)
    if escape_slash:
        s = s.replace("/", "\\/")
    if escape_plus:
        s = s.replace("+", "\\u002b")
    return s


GS = "generic_secret"
ALL_TYPES = ["aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "webhook_url",
             "stripe_key", "google_api_key", "openai_api_key", "anthropic_api_key", "jwt", "private_key", "url_credentials",
             "generic_secret", "email", "phone_number", "us_ssn", "payment_card", "iban"]

# --------------------------------------------------------------------------
# Templates. Each takes (d: Doc, neg: bool) and returns (wrap, doc).
# --------------------------------------------------------------------------
TEMPLATES = {}


def template(name, neg_rate=0.45, count=12):
    def deco(fn):
        TEMPLATES[name] = (fn, neg_rate, max(8, round(count * 0.8)))
        return fn
    return deco


@template("github-commits-api", count=13)
def t_github_commits(d, neg):
    commits = []
    for _ in range(R.randrange(2, 4)):
        f, l = person()
        if neg:
            em = doc_email()
        else:
            em = d.L("email", email_for(f, l))
        sha = sha1()
        commits.append({
            "sha": sha, "node_id": "C_kwDO" + rs(ALNUM, 20),
            "commit": {"author": {"name": "%s %s" % (f, l), "email": em, "date": iso_ts()[:19] + "Z"},
                       "message": pick(["fix: handle empty cursor", "chore(deps): bump undici to " + version(),
                                        "feat: add retry budget", "docs: clarify token scopes"]),
                       "tree": {"sha": sha1(), "url": "https://api.github.com/repos/brightpath/ledger/git/trees/" + sha1()},
                       "verification": {"verified": R.random() < 0.5, "reason": "valid"}},
            "url": "https://api.github.com/repos/brightpath/ledger/commits/" + sha,
            "parents": [{"sha": sha1()}]})
    if neg:
        d.tags.append("doc-domain-emails")
    return "structured", {"total_count": len(commits), "items": commits}


@template("github-repo-hooks-api", count=11)
def t_github_hooks(d, neg):
    hooks = []
    for i in range(R.randrange(1, 3)):
        if neg:
            url = pick(["https://ci.brightpath.io/github/events", "https://smee.io/" + rs(ALNUM, 16)])
            secret = "********"
        else:
            url, acc = any_webhook()
            d.L("webhook_url", url, acc)
            secret = d.L(GS, rand_secret("hex"))
        hooks.append({"type": "Repository", "id": R.randrange(10 ** 8, 5 * 10 ** 8), "name": "web", "active": True,
                      "events": ["push", "pull_request"],
                      "config": {"content_type": "json", "insecure_ssl": "0", "url": url, "secret": secret},
                      "updated_at": iso_ts(), "created_at": iso_ts(),
                      "url": "https://api.github.com/repos/brightpath/ledger/hooks/%d" % R.randrange(10 ** 8)})
    if neg:
        d.tags.append("masked")
    return "structured", {"hooks": hooks}


@template("gitlab-ci-job-log", count=14)
def t_ci_log(d, neg):
    lines = ["Running with gitlab-runner 16.%d.%d (%s)" % (R.randrange(12), R.randrange(5), rs(HEX, 8)),
             "  on docker-autoscaler-%s %s, system ID: s_%s" % (rs(LO + DIG, 6), rs(ALNUM, 8), rs(HEX, 12)),
             "Preparing the \"docker\" executor",
             "Using docker image sha256:%s for node:20-alpine ..." % sha256(),
             "Getting source from Git repository",
             "Fetching changes with git depth set to 20...",
             "Checking out %s as detached HEAD (ref is main)..." % rs(HEX, 8),
             "$ npm ci --no-audit",
             "added %d packages in %ds" % (R.randrange(300, 1500), R.randrange(8, 60))]
    if neg:
        lines += ["$ echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc",
                  "$ export AWS_ACCESS_KEY_ID=$CI_AWS_KEY_ID",
                  "$ aws s3 sync dist/ s3://brightpath-static-%s/ --delete" % rs(LO, 5),
                  "upload: dist/app.%s.js to s3://brightpath-static/app.js" % rs(HEX, 8),
                  "$ curl -sf -H \"PRIVATE-TOKEN: [MASKED]\" \"$CI_API_V4_URL/projects/%d/releases\"" % R.randrange(1000, 99999),
                  "$ docker login -u gitlab-ci-token -p $CI_JOB_TOKEN registry.gitlab.com",
                  "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
                  "Login Succeeded",
                  "Cleaning up project directory and file based variables",
                  "Job succeeded"]
        d.tags.append("env-reference")
    else:
        choice = R.sample(["aws", "glpat", "npm", "slack", "stripe", "dburl"], k=R.randrange(1, 4))
        for c in choice:
            if c == "aws":
                kid = d.L("aws_access_key_id", aws_key_id())
                sec = d.L("aws_secret_access_key", aws_secret(), [GS])
                lines += ["$ env | sort | grep AWS", "AWS_ACCESS_KEY_ID=" + kid, "AWS_DEFAULT_REGION=eu-west-1",
                          "AWS_SECRET_ACCESS_KEY=" + sec]
            elif c == "glpat":
                t = d.L("gitlab_token", gitlab_token(), [GS])
                lines += ["$ curl --header \"PRIVATE-TOKEN: %s\" https://gitlab.com/api/v4/projects/%d/variables" % (t, R.randrange(10 ** 6, 10 ** 8)),
                          "[{\"variable_type\":\"env_var\",\"key\":\"DEPLOY_ENV\",\"value\":\"prod\",\"protected\":true}]"]
            elif c == "npm":
                t = d.L(GS, "npm_" + rs(ALNUM, 36))
                lines += ["$ cat .npmrc", "//registry.npmjs.org/:_authToken=" + t]
            elif c == "slack":
                u, acc = any_webhook()
                lines += ["$ curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy ok\"}' " + d.L("webhook_url", u, acc), "ok"]
            elif c == "stripe":
                k = d.L("stripe_key", stripe_key(), [GS])
                lines += ["$ printenv STRIPE_SECRET_KEY", k]
            else:
                pw = d.L("url_credentials", url_password(), [GS])
                lines += ["DATABASE_URL is postgres://deploy:%s@pg-primary.internal:5432/ledger" % pw,
                          "Running migrations... 3 pending"]
        lines += ["Job succeeded"]
    return "text", "\n".join(lines)


@template("kubectl-secret-yaml", count=12)
def t_k8s_secret(d, neg):
    name = pick(["payments-api", "ledger-db", "mcp-gateway", "worker-queue"])
    if neg:
        pw = rand_secret("mixed")
        tok = rand_secret("urlsafe")
        d.tags.append("base64-only")
        extra = ""
    else:
        pw = rand_secret("mixed")
        tok = rand_secret("urlsafe")
        d.L(GS, pw)
        d.L(GS, tok)
        applied = json.dumps({"apiVersion": "v1", "kind": "Secret",
                              "metadata": {"name": name, "namespace": "prod"},
                              "stringData": {"DB_PASSWORD": pw, "API_TOKEN": tok}, "type": "Opaque"},
                             separators=(",", ":"))
        extra = "  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      %s\n" % applied
    b = lambda s: base64.b64encode(s.encode()).decode()
    y = ("apiVersion: v1\ndata:\n  API_TOKEN: %s\n  DB_PASSWORD: %s\n  DB_USER: %s\nkind: Secret\nmetadata:\n%s"
         "  creationTimestamp: \"%s\"\n  name: %s\n  namespace: prod\n  resourceVersion: \"%d\"\n  uid: %s\ntype: Opaque\n"
         % (b(tok), b(pw), b("ledger_app"), extra, iso_ts()[:19] + "Z", name, R.randrange(10 ** 6, 10 ** 8), uuid4()))
    return "text", y


@template("docker-inspect", count=12)
def t_docker_inspect(d, neg):
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
           "NODE_VERSION=20.%d.%d" % (R.randrange(20), R.randrange(10)), "TZ=UTC",
           "YARN_VERSION=1.22.%d" % R.randrange(30)]
    if neg:
        env += ["DB_PASSWORD_FILE=/run/secrets/db_password", "API_KEY=" + pick(["${API_KEY}", "changeme", "", "REPLACE_ME"]),
                "GIT_COMMIT=" + sha1(), "BUILD_ID=" + uuid4()]
        d.tags.append("placeholder")
    else:
        for c in R.sample(["db", "openai", "aws", "anth", "google"], k=R.randrange(1, 4)):
            if c == "db":
                env.append("POSTGRES_PASSWORD=" + d.L(GS, rand_secret("mixed")))
            elif c == "openai":
                env.append("OPENAI_API_KEY=" + d.L("openai_api_key", openai_key(), [GS]))
            elif c == "aws":
                env.append("AWS_ACCESS_KEY_ID=" + d.L("aws_access_key_id", aws_key_id()))
                env.append("AWS_SECRET_ACCESS_KEY=" + d.L("aws_secret_access_key", aws_secret(), [GS]))
            elif c == "anth":
                env.append("ANTHROPIC_API_KEY=" + d.L("anthropic_api_key", anthropic_key(), [GS]))
            else:
                env.append("GOOGLE_MAPS_API_KEY=" + d.L("google_api_key", google_api_key(), [GS]))
    R.shuffle(env)
    cid = rs(HEX, 64)
    obj = [{"Id": cid, "Created": iso_ts(), "Path": "docker-entrypoint.sh", "Args": ["node", "server.js"],
            "State": {"Status": "running", "Running": True, "Pid": R.randrange(1000, 60000), "StartedAt": iso_ts()},
            "Image": "sha256:" + sha256(), "Name": "/" + pick(["api-1", "worker-2", "gateway"]),
            "Config": {"Hostname": cid[:12], "Env": env, "Image": "registry.brightpath.io/api:" + version(),
                       "Labels": {"com.docker.compose.project": "ledger", "org.opencontainers.image.revision": sha1()}},
            "NetworkSettings": {"IPAddress": "172.18.0.%d" % R.randrange(2, 250), "MacAddress": "02:42:ac:12:00:%02x" % R.randrange(256)}}]
    if R.random() < 0.5:
        return "text", json.dumps(obj, indent=4)
    return "structured", {"containers": obj}


@template("terraform-state", count=12)
def t_tfstate(d, neg):
    res = []
    if neg:
        res.append({"mode": "managed", "type": "aws_iam_user", "name": "deploy",
                    "instances": [{"attributes": {"arn": "arn:aws:iam::%s:user/deploy" % rs(DIG, 12), "name": "deploy",
                                                   "unique_id": "AIDA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17)},
                                   "sensitive_attributes": []}]})
        res.append({"mode": "managed", "type": "aws_db_instance", "name": "ledger",
                    "instances": [{"attributes": {"endpoint": "ledger.%s.eu-west-1.rds.amazonaws.com:5432" % rs(LO + DIG, 12),
                                                   "password": None, "manage_master_user_password": True,
                                                   "master_user_secret": [{"secret_arn": "arn:aws:secretsmanager:eu-west-1:%s:secret:rds!db-%s" % (rs(DIG, 12), uuid4())}]},
                                   "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]})
        d.tags.append("aws-ids-not-keys")
    else:
        kid = d.L("aws_access_key_id", aws_key_id())
        sec = d.L("aws_secret_access_key", aws_secret(), [GS])
        res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
                    "instances": [{"attributes": {"id": kid, "secret": sec, "status": "Active", "user": "ci-deployer",
                                                   "create_date": iso_ts()[:19] + "Z", "ses_smtp_password_v4": d.L(GS, "B" + rs(UP + LO + DIG + "+/", 43))},
                                   "sensitive_attributes": []}]})
        if R.random() < 0.4:
            pk = d.L("private_key", private_key())
            res.append({"mode": "managed", "type": "tls_private_key", "name": "bastion",
                        "instances": [{"attributes": {"algorithm": "RSA", "private_key_pem": pk + "\n",
                                                       "public_key_fingerprint_md5": ":".join(rs(HEX, 2) for _ in range(16))}}]})
        if R.random() < 0.6:
            pw = d.L(GS, rand_secret("mixed"))
            res.append({"mode": "managed", "type": "random_password", "name": "db",
                        "instances": [{"attributes": {"id": "none", "length": len(pw), "result": pw, "special": True}}]})
    state = {"version": 4, "terraform_version": "1.%d.%d" % (R.randrange(3, 9), R.randrange(6)), "serial": R.randrange(1, 400),
             "lineage": uuid4(), "outputs": {}, "resources": res}
    return "text", json.dumps(state, indent=2)


@template("slack-export", count=13)
def t_slack(d, neg):
    msgs = []
    users = ["U0%s" % rs(UP + DIG, 8) for _ in range(3)]
    if neg:
        texts = ["rotating the bot token today, new one is in 1Password under `slack/deploy-bot` :lock:",
                 "reminder: never paste `xoxb-` tokens here, use the vault link instead",
                 "the docs example %s obviously won't work, you need your own" % SLACK_TOKEN_EX,
                 "webhook format is %s, replace with the one from the app config page" % SLACK_HOOK_EX,
                 "call me on the usual number, build %s is green" % version(),
                 "ticket %d closed, customer confirmed on %s" % (R.randrange(10 ** 5, 10 ** 6), iso_ts()[:10])]
        d.tags.append("vendor-example")
    else:
        texts = []
        for c in R.sample(["slack", "phone", "email", "hook", "gh"], k=R.randrange(2, 4)):
            if c == "slack":
                texts.append("here's the bot token for staging, don't share: " + d.L("slack_token", slack_token()))
            elif c == "phone":
                texts.append("my cell is %s if the bridge drops" % d.L("phone_number", phone()))
            elif c == "email":
                f, l = person()
                texts.append("loop in <mailto:%s|%s %s> for the contract" % (d.L("email", email_for(f, l)), f, l))
            elif c == "hook":
                u, acc = any_webhook()
                texts.append("alerts go to " + d.L("webhook_url", u, acc))
            else:
                texts.append("temp PAT until SSO lands: `%s`" % d.L("github_token", github_token_any()))
    for t in texts:
        msgs.append({"type": "message", "user": pick(users), "text": t, "ts": "%s.%06d" % (epoch(), R.randrange(10 ** 6)),
                     "client_msg_id": uuid4(), "team": "T0" + rs(UP + DIG, 8)})
    return "structured", {"ok": True, "channel": "C0" + rs(UP + DIG, 8), "messages": msgs, "has_more": False}


@template("crm-contact", count=14)
def t_crm(d, neg):
    f, l = person()
    if neg:
        rec = {"id": "003" + rs(ALNUM, 15), "FirstName": "Jane", "LastName": "Sample",
               "Email": doc_email(), "Phone": pick(["(XXX) XXX-XXXX", "+1 000 000 0000", "", "***-***-%04d" % R.randrange(10 ** 4)]),
               "MailingPostalCode": "%05d" % R.randrange(10 ** 5), "AccountId": "001" + rs(ALNUM, 15),
               "LastModifiedDate": iso_ts(), "LeadSource": "Webinar", "Description": "Template record used in onboarding docs."}
        d.tags.append("doc-domain-emails")
    else:
        rec = {"id": "003" + rs(ALNUM, 15), "FirstName": f, "LastName": l,
               "Email": d.L("email", email_for(f, l)),
               "Phone": d.L("phone_number", phone()),
               "MobilePhone": d.L("phone_number", us_phone()) if R.random() < 0.5 else None,
               "MailingCity": pick(["Austin", "Leeds", "Berlin", "Lyon", "Toronto"]),
               "AccountId": "001" + rs(ALNUM, 15), "LastModifiedDate": iso_ts(), "LeadSource": "Trade Show"}
        if R.random() < 0.4:
            a2 = email_for(f, l, free=True)
            rec["Description"] = "Prefers personal address %s after 6pm." % d.L("email", a2)
    if R.random() < 0.5:
        return "raw-result", raw_text(json.dumps({"records": [rec], "totalSize": 1, "done": True}), {"records": [rec]})
    return "structured", {"totalSize": 1, "done": True, "records": [rec]}


@template("support-ticket-prose", count=16)
def t_ticket(d, neg):
    f, l = person()
    tid = R.randrange(10 ** 5, 10 ** 6)
    if neg:
        body = pick([
            "Hi, my card ending in %04d was charged twice for order %s. The tracking number %s shows delivered but nothing arrived. "
            "Please refund to the same card." % (R.randrange(10 ** 4), order_no(), ups_tracking()),
            "I can't log in. For verification the last four of my SSN are %04d and my account number is %s. "
            "I was told never to send the full number by email." % (R.randrange(1, 10 ** 4), nine_digit_nonssn()),
            "Gift card %s is not accepted at checkout (error 0x%s). Purchased on %s." % (non_luhn16(), rs(HEX, 8), iso_ts()[:10]),
            "Your form asks for SSN in the format XXX-XX-XXXX but rejects 000-00-0000, what should I put for my business? "
            "Our routing number is 021000021 per the bank's public site.",
        ])
        body += " You can reply here or write to %s." % doc_email()
        d.tags.append("partial-or-masked")
    else:
        parts = ["Hello, this is %s %s." % (f, l)]
        for c in R.sample(["ssn", "card", "phone", "email", "iban"], k=R.randrange(2, 4)):
            if c == "ssn":
                parts.append(pick(["My SSN is %s, please update the W-9.", "For the background check my social security number is %s.",
                                   "SSN %s (I know I shouldn't email this)."]) % d.L("us_ssn", ssn(pick([True, True, False, "space"]))))
            elif c == "card":
                parts.append("The card ending %s is the one that failed; full number %s, exp %02d/%02d." % (
                    "0000", d.L("payment_card", card()), R.randrange(1, 13), R.randrange(25, 31)))
            elif c == "phone":
                parts.append("Best to call me at %s%s." % (d.L("phone_number", phone()), pick(["", " ext. %d" % R.randrange(100, 999), " x%d" % R.randrange(10, 999)])))
            elif c == "email":
                parts.append("Send the receipt to %s instead." % d.L("email", email_for(f, l)))
            else:
                parts.append("Refund to IBAN %s please." % d.L("iban", iban()))
        body = " ".join(parts)
        # fix: "card ending 0000" is not a leak; make it the real last four
        for lab in d.labels:
            if lab["type"] == "payment_card":
                digits = lab["value"].replace(" ", "").replace("-", "")
                body = body.replace("card ending 0000", "card ending " + digits[-4:])
    doc = {"ticket": {"id": tid, "subject": pick(["Billing issue", "Account locked", "Refund request", "Update details"]),
                      "status": "open", "priority": "normal", "created_at": iso_ts(), "description": body,
                      "requester_id": R.randrange(10 ** 10, 10 ** 11), "tags": ["billing", "web"]}}
    if R.random() < 0.5:
        return "text", "Ticket #%d - %s\n\n%s" % (tid, doc["ticket"]["subject"], body)
    return "structured", doc


@template("hr-csv-export", count=13)
def t_hr_csv(d, neg):
    if neg:
        hdr = "employee_id,cost_center,start_date,department,manager_id,zip,fte,badge_no"
        rows = [hdr]
        for _ in range(R.randrange(4, 8)):
            rows.append("%s,CC-%d,%s,%s,%s,%05d,%.1f,%s" % (nine_digit_nonssn(), R.randrange(1000, 9999), iso_ts()[:10],
                                                            pick(["Finance", "Eng", "Ops", "Legal"]), nine_digit_nonssn(),
                                                            R.randrange(10 ** 5), pick([1.0, 0.8, 0.5]), rs(DIG, 6)))
        d.tags.append("nine-digit-ids")
    else:
        hdr = "emp_no,last_name,first_name,ssn,hire_date,dept,work_phone,personal_email,salary_band"
        rows = [hdr]
        for _ in range(R.randrange(3, 6)):
            f, l = person()
            s = d.L("us_ssn", ssn(pick([True, False])))
            p = d.L("phone_number", us_phone(pick(["dash", "paren", "dot"])))
            e = d.L("email", email_for(f, l, free=True))
            rows.append("E%05d,%s,%s,%s,%s,%s,%s,%s,B%d" % (R.randrange(10 ** 5), l, f, s, iso_ts()[:10],
                                                         pick(["Finance", "Eng", "Ops"]), p, e, R.randrange(1, 7)))
    return "text", "\n".join(rows) + "\n"


@template("invoice-prose", count=13)
def t_invoice(d, neg):
    inv = "INV-%d-%05d" % (R.randrange(2023, 2026), R.randrange(10 ** 5))
    amt = "%s %d.%02d" % (pick(["EUR", "GBP", "CHF"]), R.randrange(100, 90000), R.randrange(100))
    if neg:
        text = ("INVOICE %s\nDate: %s\nVAT reg: DE%s\nAmount due: %s\n\nPayment terms: 30 days. Please pay by bank transfer "
                "to the IBAN on file (see your supplier portal); for format reference an IBAN looks like %s. "
                "Quote reference %s. Questions: %s\nPO %s | Delivery note %s"
                % (inv, iso_ts()[:10], rs(DIG, 9), amt, pick(DOC_IBANS), inv, doc_email(), nine_digit_nonssn(), order_no()))
        d.tags.append("doc-example-iban")
    else:
        f, l = person()
        ib = d.L("iban", iban())
        text = ("INVOICE %s\nDate: %s\nAmount due: %s\n\nKindly remit the amount to our account %s (BIC %s) with reference %s. "
                "Our accounts team (%s, %s) can help with any questions.\nThank you for your business."
                % (inv, iso_ts()[:10], amt, ib, rs(UP, 4) + pick(["DE", "GB", "FR", "NL"]) + rs(UP + DIG, 2), inv,
                   d.L("email", email_for(f, l, free=False)), d.L("phone_number", intl_phone())))
        if R.random() < 0.4:
            text += "\nAlternative account for USD: %s" % d.L("iban", iban(country=pick(["GB", "IE", "CH"])))
    if R.random() < 0.3:
        return "raw-result", raw_text(text)
    return "text", text


@template("sql-markdown-table", count=13)
def t_sql_table(d, neg):
    if neg:
        hdr = "| id | sku | order_ref | shipped_at | tracking | qty |\n|---|---|---|---|---|---|"
        rows = ["| %d | SKU-%s | %s | %s | %s | %d |" % (R.randrange(10 ** 6), rs(UP + DIG, 6), order_no(), iso_ts()[:19],
                                                        ups_tracking(), R.randrange(1, 9)) for _ in range(R.randrange(3, 7))]
        d.tags.append("order-tracking-numbers")
        q = "SELECT id, sku, order_ref, shipped_at, tracking, qty FROM shipments LIMIT 5;"
    else:
        cols = R.sample(["email", "phone", "card", "ssn"], k=R.randrange(2, 4))
        hdr = "| user_id | name | " + " | ".join(cols) + " | created_at |\n|---|---|" + "---|" * len(cols) + "---|"
        rows = []
        for _ in range(R.randrange(2, 5)):
            f, l = person()
            cells = []
            for c in cols:
                if c == "email":
                    cells.append(d.L("email", email_for(f, l)))
                elif c == "phone":
                    cells.append(d.L("phone_number", phone()))
                elif c == "card":
                    cells.append(d.L("payment_card", card(pick(["plain", "space"]))))
                else:
                    cells.append(d.L("us_ssn", ssn()))
            rows.append("| %d | %s %s | %s | %s |" % (R.randrange(10 ** 5), f, l, " | ".join(cells), iso_ts()[:10]))
        q = "SELECT user_id, name, %s, created_at FROM customers WHERE created_at > now() - interval '7 days';" % ", ".join(cols)
    return "text", "Query: `%s`\n\n%s\n%s\n\n(%d rows)" % (q, hdr, "\n".join(rows), len(rows))


@template("application-log", count=14)
def t_app_log(d, neg):
    lines = []
    for _ in range(R.randrange(3, 6)):
        lines.append("%s INFO  [http-nio-8080-exec-%d] c.b.api.RequestLog - %s %s %d %dms req_id=%s trace=%s client=%s" % (
            iso_ts(), R.randrange(1, 40), pick(["GET", "POST"]), pick(["/v1/orders", "/v1/health", "/v1/users/me"]),
            pick([200, 200, 201, 404]), R.randrange(2, 900), uuid4(), rs(HEX, 32), ip4(R.random() < 0.5)))
    if neg:
        lines.append("%s DEBUG auth - Authorization header present (Bearer ***%s), kid=%s" % (iso_ts(), rs(ALNUM, 4), rs(HEX, 16)))
        lines.append("%s WARN  config - STRIPE_SECRET_KEY not set; falling back to %s" % (iso_ts(), pick(STRIPE_EX)))
        lines.append("%s INFO  cache - etag=\"%s\" size=%d" % (iso_ts(), sha256(), R.randrange(1000, 10 ** 7)))
        d.tags.append("vendor-example")
    else:
        for c in R.sample(["jwt", "stripe", "email", "openai", "gchat"], k=R.randrange(1, 4)):
            if c == "jwt":
                lines.append("%s DEBUG auth - incoming Authorization: Bearer %s" % (iso_ts(), d.L("jwt", jwt_token(), [GS])))
            elif c == "stripe":
                lines.append("%s DEBUG stripe - using api key %s for account acct_%s" % (iso_ts(), d.L("stripe_key", stripe_key()), rs(ALNUM, 16)))
            elif c == "email":
                f, l = person()
                lines.append("%s INFO  signup - new user registered email=%s plan=pro" % (iso_ts(), d.L("email", email_for(f, l))))
            elif c == "openai":
                lines.append("%s ERROR llm - 401 from api.openai.com with key=%s" % (iso_ts(), d.L("openai_api_key", openai_key(), [GS])))
            else:
                u, acc = any_webhook()
                lines.append("%s INFO  notify - POST %s -> 200" % (iso_ts(), d.L("webhook_url", u, acc)))
    R.shuffle(lines)
    return "text", "\n".join(lines)


@template("stack-trace", count=13)
def t_stack(d, neg):
    if neg:
        url = pick(["postgresql://<user>:<password>@<host>:5432/<db>", "postgres://user:password@localhost:5432/mydb",
                    "mysql://root:${MYSQL_ROOT_PASSWORD}@db:3306/app", "redis://redis-master.cache.svc:6379/0",
                    "mongodb://USERNAME:PASSWORD@cluster0.example.net/test"])
        d.tags.append("placeholder-url-credentials")
    else:
        pw = url_password()
        user = pick(["app", "ledger_rw", "svc_orders", "admin", "reporting"])
        url = pick(["postgresql://%s:%s@pg-prod-01.internal:5432/ledger", "mysql://%s:%s@10.2.14.7:3306/orders",
                    "mongodb+srv://%s:%s@cluster0.x7kq2.mongodb.net/prod?retryWrites=true",
                    "amqp://%s:%s@rabbit.prod.svc:5672/%%2F", "redis://%s:%s@cache-prod.abc123.use1.cache.amazonaws.com:6379/0"]) % (user, pw)
        d.L("url_credentials", pw, [GS])
    tb = ("Traceback (most recent call last):\n"
          "  File \"/srv/app/.venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py\", line %d, in _wrap_pool_connect\n"
          "    return fn()\n"
          "  File \"/srv/app/worker/tasks.py\", line %d, in sync_orders\n"
          "    engine = create_engine(settings.DATABASE_URL)\n"
          "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection timed out\n"
          "\tIs the server running on host and accepting TCP/IP connections on port 5432?\n"
          "(Background on this error at: https://sqlalche.me/e/20/e3q8)\n"
          "DATABASE_URL=%s\ntask_id=%s worker=celery@%s" % (R.randrange(100, 3000), R.randrange(10, 400), url, uuid4(), k8s_name("worker")))
    if R.random() < 0.4:
        return "raw-result", raw_text(tb, is_error=True)
    return "text", tb


@template("jupyter-output", count=11)
def t_jupyter(d, neg):
    outs = []
    if neg:
        outs.append({"output_type": "stream", "name": "stdout",
                     "text": ["shape: (%d, %d)\n" % (R.randrange(100, 10 ** 5), R.randrange(3, 30)),
                              "mean latency: %.3f ms\n" % R.random(), "model sha256: %s\n" % sha256()]})
        outs.append({"output_type": "display_data", "data": {"image/png": png_b64(), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}})
        d.tags.append("base64-image")
    else:
        env_lines = ["HOME=/home/jovyan\n", "JUPYTER_IMAGE=quay.io/jupyter/scipy-notebook:%s\n" % version()]
        for c in R.sample(["openai", "anth", "google", "hf"], k=R.randrange(1, 3)):
            if c == "openai":
                env_lines.append("OPENAI_API_KEY=%s\n" % d.L("openai_api_key", openai_key(), [GS]))
            elif c == "anth":
                env_lines.append("ANTHROPIC_API_KEY=%s\n" % d.L("anthropic_api_key", anthropic_key(), [GS]))
            elif c == "google":
                env_lines.append("GOOGLE_API_KEY=%s\n" % d.L("google_api_key", google_api_key(), [GS]))
            else:
                env_lines.append("HF_TOKEN=%s\n" % d.L(GS, "hf_" + rs(ALNUM, 34)))
        outs.append({"output_type": "stream", "name": "stdout", "text": env_lines})
    cell = {"cell_type": "code", "execution_count": R.randrange(1, 80), "id": rs(HEX, 8),
            "source": ["import os\n", "for k, v in sorted(os.environ.items()):\n", "    print(f'{k}={v}')"] if not neg else ["df.describe()"],
            "outputs": outs, "metadata": {}}
    return "structured", {"cells": [cell], "nbformat": 4, "nbformat_minor": 5}


@template("credential-dotfiles", count=14)
def t_dotfiles(d, neg):
    kind = pick(["npmrc", "pypirc", "netrc", "gitcreds"])
    if neg:
        text = {"npmrc": "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n",
                "pypirc": "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = <your PyPI API token, starting with pypi->\n",
                "netrc": "machine api.github.com\n  login YOUR_USERNAME\n  password %s\n" % pick(GH_PLACEHOLDERS[:2]),
                "gitcreds": "https://USERNAME:TOKEN@github.com\n"}[kind]
        d.tags.append("placeholder")
    else:
        if kind == "npmrc":
            text = "registry=https://registry.npmjs.org/\n@brightpath:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\n//registry.npmjs.org/:_authToken=%s\n" % (
                d.L("github_token", github_token("ghp_"), [GS]), d.L(GS, "npm_" + rs(ALNUM, 36)))
        elif kind == "pypirc":
            text = "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = %s\n\n[internal]\nrepository = https://pypi.brightpath.io/simple\nusername = deploy\npassword = %s\n" % (
                d.L(GS, "pypi-AgEIcHlwaS5vcmc" + rs(ALNUM + "-_", 120)), d.L(GS, rand_secret("mixed")))
        elif kind == "netrc":
            text = "machine api.github.com\n  login %s\n  password %s\nmachine gitlab.com login oauth2 password %s\n" % (
                pick(["mwhitfield", "p-raman", "deploybot"]), d.L("github_token", github_token(), [GS]), d.L("gitlab_token", gitlab_token(), [GS]))
        else:
            tok = github_token(pick(["ghp_", "gho_", "ghs_"]))
            text = "https://x-access-token:%s@github.com\nhttps://ci:%s@git.brightpath.io\n" % (
                d.L("github_token", tok, ["url_credentials", GS]), d.L("url_credentials", url_password(), [GS]))
    return "text", "$ cat ~/.%s\n%s" % ({"gitcreds": "git-credentials"}.get(kind, kind), text)


@template("docker-compose-yaml", count=12)
def t_compose(d, neg):
    if neg:
        pg = "${POSTGRES_PASSWORD:-changeme}"
        dburl = "postgres://app:${POSTGRES_PASSWORD}@db:5432/app"
        extra = "    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    file: ./secrets/stripe_key.txt\n"
        mail = "SMTP_PASSWORD: \"\""
        d.tags.append("env-reference")
    else:
        pgv = rand_secret("mixed")
        pg = d.L(GS, pgv)
        pw2 = url_password()
        dburl = "postgres://app:%s@db:5432/app" % d.L("url_credentials", pw2, [GS])
        extra = "      STRIPE_SECRET_KEY: %s\n" % d.L("stripe_key", stripe_key(), [GS])
        mail = "SMTP_PASSWORD: \"%s\"" % d.L(GS, rand_secret("b64"))
    y = ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: %s\n"
         "    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    image: ghcr.io/brightpath/api:%s\n    ports:\n      - \"8080:8080\"\n"
         "    environment:\n      DATABASE_URL: %s\n      %s\n      LOG_LEVEL: info\n%s"
         "volumes:\n  pgdata: {}\n" % (pg, version(), dburl, mail, extra))
    return "text", y


@template("helm-values", count=12)
def t_helm(d, neg):
    if neg:
        slack = "\"\"  # set via --set alerting.slack.webhookUrl or existingSecret"
        smtp = "existingSecret: alertmanager-smtp\n    existingSecretKey: password"
        extra = "  image:\n    digest: sha256:%s\n" % sha256()
        d.tags.append("placeholder")
    else:
        u, acc = any_webhook()
        slack = d.L("webhook_url", u, acc)
        smtp = "password: %s" % d.L(GS, rand_secret())
        extra = "  oauth:\n    clientId: %s.apps.googleusercontent.com\n    clientSecret: %s\n" % (
            rs(DIG, 12) + "-" + rs(LO + DIG, 32), d.L(GS, "GOCSPX-" + rs(ALNUM + "-_", 28)))
    y = ("replicaCount: %d\nalerting:\n  slack:\n    channel: '#ops-alerts'\n    webhookUrl: %s\n  smtp:\n    host: smtp.mailgun.org:587\n"
         "    username: postmaster@mg.brightpath.io\n    %s\ngrafana:\n  adminUser: admin\n%s"
         "resources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\n" % (R.randrange(1, 6), slack, smtp, extra))
    if not neg:
        d.L("email", "postmaster@mg.brightpath.io")
    else:
        y = y.replace("postmaster@mg.brightpath.io", "postmaster@mg.example.com")
    return "text", y


@template("postman-collection", count=12)
def t_postman(d, neg):
    items = []
    if neg:
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}
        headers = [{"key": "x-api-key", "value": "{{apiKey}}"}, {"key": "Stripe-Account", "value": "{{connectedAccount}}"}]
        variables = [{"key": "apiKey", "value": ""}, {"key": "baseUrl", "value": "https://api.example.com"}]
        d.tags.append("template-variables")
    else:
        which = pick(["jwt", "anth", "stripe", "google", "slack"])
        if which == "jwt":
            auth = {"type": "bearer", "bearer": [{"key": "token", "value": d.L("jwt", jwt_token(), [GS]), "type": "string"}]}
        elif which == "slack":
            auth = {"type": "bearer", "bearer": [{"key": "token", "value": d.L("slack_token", slack_token(), [GS]), "type": "string"}]}
        else:
            auth = {"type": "noauth"}
        hv = {"anth": lambda: d.L("anthropic_api_key", anthropic_key(), [GS]),
              "stripe": lambda: d.L("stripe_key", stripe_key(), [GS]),
              "google": lambda: d.L("google_api_key", google_api_key(), [GS])}.get(which, lambda: "{{apiKey}}")()
        headers = [{"key": "x-api-key", "value": hv}, {"key": "Content-Type", "value": "application/json"}]
        variables = [{"key": "baseUrl", "value": "https://api.brightpath.io"}]
    items.append({"name": "List orders", "request": {"method": "GET", "auth": auth, "header": headers,
                                                      "url": {"raw": "{{baseUrl}}/v1/orders?limit=50", "host": ["{{baseUrl}}"], "path": ["v1", "orders"]}}})
    col = {"info": {"_postman_id": uuid4(), "name": "Orders API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items, "variable": variables}
    return "structured", col


@template("shell-history", count=13)
def t_history(d, neg):
    lines = ["cd ~/src/ledger", "git pull --rebase", "make test"]
    if neg:
        lines += ["curl -H \"Authorization: Bearer $OPENAI_API_KEY\" https://api.openai.com/v1/models | jq '.data[].id'",
                  "export AWS_PROFILE=prod-readonly",
                  "aws configure set aws_access_key_id %s --profile docs-demo" % AWS_EX_ID,
                  "curl -u %s: https://api.stripe.com/v1/charges" % pick(STRIPE_EX),
                  "ssh-keygen -lf ~/.ssh/id_ed25519.pub",
                  "git log -1 --format=%H  # " + sha1(),
                  "ping -c 3 " + ip4(False)]
        d.tags.append("vendor-example")
    else:
        for c in R.sample(["openai", "anth", "aws", "mysql", "gh", "stripe"], k=R.randrange(2, 4)):
            if c == "openai":
                lines.append("curl https://api.openai.com/v1/chat/completions -H \"Authorization: Bearer %s\" -d @req.json" % d.L("openai_api_key", openai_key()))
            elif c == "anth":
                lines.append("curl https://api.anthropic.com/v1/messages -H \"x-api-key: %s\" -H \"anthropic-version: 2023-06-01\" -d @msg.json" % d.L("anthropic_api_key", anthropic_key(), [GS]))
            elif c == "aws":
                lines.append("export AWS_ACCESS_KEY_ID=%s" % d.L("aws_access_key_id", aws_key_id(temp=R.random() < 0.3)))
                lines.append("export AWS_SECRET_ACCESS_KEY=%s" % d.L("aws_secret_access_key", aws_secret(), [GS]))
            elif c == "mysql":
                lines.append("mysql -h 10.2.14.7 -u report -p'%s' orders" % d.L(GS, rand_secret("mixed")))
            elif c == "gh":
                lines.append("echo %s | gh auth login --with-token" % d.L("github_token", github_token_any()))
            else:
                lines.append("stripe listen --api-key %s --forward-to localhost:4242/webhook" % d.L("stripe_key", stripe_key()))
    lines.append("history | tail -n 20")
    return "text", "\n".join("%5d  %s" % (i + 500, l) for i, l in enumerate(lines))


@template("email-thread", count=14)
def t_email(d, neg):
    if neg:
        text = ("From: Billing Notifications <billing@example.com>\nTo: {{customer.email}}\nSubject: Your receipt from Acme ({{order.id}})\n\n"
                "Hi {{customer.first_name}},\n\nThanks for your order %s placed on %s. Your tracking number is %s.\n"
                "Questions? Reply to support@example.org or call {{support.phone}}.\n\n"
                "-- \nThis is a template preview. Variables are filled at send time.\n" % (order_no(), iso_ts()[:10], ups_tracking()))
        d.tags.append("template-variables")
    else:
        f1, l1 = person()
        f2, l2 = person()
        e1 = d.L("email", email_for(f1, l1, free=False))
        e2 = d.L("email", email_for(f2, l2))
        sig_phone = d.L("phone_number", phone())
        body = ("From: %s %s <%s>\nTo: %s %s <%s>\nDate: %s\nSubject: Re: vendor onboarding\n\n"
                "Hi %s,\n\nAttached the signed form. " % (f1, l1, e1, f2, l2, e2, iso_ts()[:10], f2))
        extra = pick(["ssn", "pw", "card", "none"])
        if extra == "ssn":
            body += "For the 1099 my SSN is %s. " % d.L("us_ssn", ssn())
        elif extra == "pw":
            body += "The portal login is %s / password: %s (please change after first login). " % (e2, d.L(GS, rand_secret("mixed")))
        elif extra == "card":
            body += "Please charge the deposit to %s. " % d.L("payment_card", card())
        body += "\n\nBest,\n%s %s\n%s | mobile %s\n\n> On %s, %s wrote:\n> Could you send the details by Friday?\n" % (
            f1, l1, pick(["Head of Finance", "Procurement Lead", "Office Manager"]), sig_phone, iso_ts()[:10], e2)
        text = body
    return "text", text


@template("calendar-invite-ics", count=12)
def t_ics(d, neg):
    mid = "%03d %04d %04d" % (R.randrange(800, 999), R.randrange(10 ** 4), R.randrange(10 ** 4))
    if neg:
        org = "mailto:organizer@example.com"
        att = ["ATTENDEE;CN=Team Calendar;ROLE=REQ-PARTICIPANT:mailto:team@example.org"]
        dial = "Meeting ID: %s\\nPasscode: %06d\\nJoin: https://zoom.us/j/%s" % (mid, R.randrange(10 ** 6), mid.replace(" ", ""))
        d.tags.append("meeting-ids")
    else:
        f, l = person()
        org = "mailto:" + d.L("email", email_for(f, l, free=False))
        att = []
        for _ in range(R.randrange(1, 3)):
            g, m = person()
            att.append("ATTENDEE;CN=%s %s;PARTSTAT=NEEDS-ACTION:mailto:%s" % (g, m, d.L("email", email_for(g, m))))
        dial = "Meeting ID: %s\\nDial by your location: %s\\nCandidate mobile: %s" % (mid, d.L("phone_number", us_phone("plus_space")), d.L("phone_number", phone()))
    day = "20240%d%02d" % (R.randrange(1, 10), R.randrange(1, 28))
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nBEGIN:VEVENT\nDTSTART:%sT150000Z\n"
           "DTEND:%sT153000Z\nUID:%s@google.com\nORGANIZER;CN=Organizer:%s\n%s\nDESCRIPTION:%s\nSUMMARY:%s\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n"
           % (day, day, rs(LO + DIG, 26), org, "\n".join(att), dial,
              pick(["Interview loop", "Quarterly review", "Vendor call"])))
    return "text", ics


@template("pdf-text-extract", count=13)
def t_pdf(d, neg):
    if neg:
        text = ("Journal of Applied Logistics, Vol. %d, No. %d (%d), pp. %d-%d\nDOI: 10.%d/%s\nISBN %s\n\n"
                "Abstract. We evaluate %d shipments (tracking ids such as %s) over the period %s to %s. Table 2 reports "
                "mean dwell time of %.2f h (95%% CI %.2f-%.2f). Contact: corresponding.author@example.edu is withheld; see the "
                "journal site.\nReceived %s; accepted %s. Figure 3: 1 800 000 packages, 2 150 355 scans.\n"
                % (R.randrange(10, 40), R.randrange(1, 12), R.randrange(2015, 2025), R.randrange(1, 200), R.randrange(200, 400),
                   R.randrange(1000, 9999), rs(LO + DIG, 10), isbn13(), R.randrange(10 ** 4, 10 ** 6), ups_tracking(),
                   iso_ts()[:10], iso_ts()[:10], R.random() * 20, R.random() * 5, 20 + R.random() * 5, iso_ts()[:10], iso_ts()[:10]))
        text = text.replace("corresponding.author@example.edu is withheld", "the corresponding author's address is withheld")
        d.tags.append("numbers-not-pii")
    else:
        f, l = person()
        text = ("Form W-9 (Rev. March 2024)  Request for Taxpayer Identification Number and Certification\n"
                "1 Name (as shown on your income tax return)  %s %s\n"
                "Part I  Taxpayer Identification Number (TIN)\nSocial security number\n%s\n"
                "Employer identification number\n\nAddress  %d %s St, Apt %d\n"
                "Phone %s    Email %s\n\nDirect deposit: %s\n"
                % (f, l, d.L("us_ssn", pick([ssn(), ssn(False), ssn("space")])), R.randrange(10, 9999), pick(["Maple", "Oak", "Lake", "Hill"]),
                   R.randrange(1, 40), d.L("phone_number", us_phone()), d.L("email", email_for(f, l, free=True)),
                   ("IBAN " + d.L("iban", iban())) if R.random() < 0.6 else "routing 021000021, account on file"))
    return "text", "--- page 1 of %d ---\n%s" % (R.randrange(1, 5), text)


@template("readme-markdown", neg_rate=0.7, count=14)
def t_readme(d, neg):
    if neg:
        text = pick([
            "## Configuration\n\nCopy `.env.example` to `.env` and set:\n\n```\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-api03-...\n"
            "STRIPE_SECRET_KEY=sk_live_...\nSLACK_BOT_TOKEN=xoxb-your-token\n```\n\nNever commit real keys. The keys look like `sk-proj-XXXXXXXX`.\n",
            "## AWS credentials\n\nThe AWS documentation uses these example values:\n\n```ini\n[default]\naws_access_key_id = %s\n"
            "aws_secret_access_key = %s\n```\n\nA private key file starts with `-----BEGIN RSA PRIVATE KEY-----`; never paste one here.\n" % (AWS_EX_ID, AWS_EX_SECRET),
            "## Webhooks\n\nCreate an incoming webhook; the URL looks like `%s`.\nFor Discord: `https://discord.com/api/webhooks/<id>/<token>`.\n"
            "Contact the maintainers at maintainers@example.org.\n" % SLACK_HOOK_EX,
            "## Testing payments\n\nUse Stripe's test card `%s` with any future expiry and CVC, and the sample key `%s`.\n"
            "Test IBAN for SEPA: `%s`.\n" % (pick(TEST_CARDS), pick(STRIPE_EX), pick(DOC_IBANS)),
            "## JWT\n\nPaste a token into jwt.io; the sample `%s` decodes to `{\"sub\":\"1234567890\",\"name\":\"John Doe\"}`.\n" % JWT_IO,
        ])
        d.tags.append("vendor-example")
    else:
        which = pick(["google", "openai", "gh", "pk"])
        if which == "google":
            v = "```js\nconst map = new google.maps.Map(el, {center});\nloader = new Loader({ apiKey: \"%s\", version: \"weekly\" });\n```\n" % d.L("google_api_key", google_api_key())
        elif which == "openai":
            v = "```python\nclient = OpenAI(api_key=\"%s\")\n```\n" % d.L("openai_api_key", openai_key(), [GS])
        elif which == "gh":
            v = "```bash\ngit clone https://%s@github.com/brightpath/ledger-private.git\n```\n" % d.L("github_token", github_token(), ["url_credentials"])
        else:
            v = "```\n%s\n```\n" % d.L("private_key", private_key())
        text = "# ledger-tools\n\nInternal helper scripts.\n\n## Quick start\n\n%s\nMaintainer: %s\n" % (v, d.L("email", email_for(*person(), free=False)))
    return "text", text


@template("config-json-in-string", count=14)
def t_cfg_json(d, neg):
    if neg:
        cfg = {"service": "notifier", "slack": {"webhook_url": SLACK_HOOK_EX, "token": SLACK_TOKEN_EX},
               "aws": {"accessKeyId": AWS_EX_ID2, "secretAccessKey": AWS_EX_SECRET2},
               "db": {"url": "postgres://user:password@localhost/db"}, "build": {"commit": sha1(), "checksum": npm_integrity()}}
        d.tags += ["vendor-example", "json-in-string"]
        return "text", json_in_string(cfg, escape_slash=True)
    cfg = {"service": "notifier", "env": "production"}
    esc_plus = False
    for c in R.sample(["hook", "aws", "db", "email", "jwt"], k=R.randrange(2, 4)):
        if c == "hook":
            u, acc = any_webhook()
            cfg["alerts"] = {"webhook": d.L("webhook_url", u, acc)}
        elif c == "aws":
            sec = aws_secret()
            if "+" not in sec:
                sec = sec[:10] + "+" + sec[11:]
            esc_plus = True
            cfg["aws"] = {"accessKeyId": d.L("aws_access_key_id", aws_key_id()), "secretAccessKey": d.L("aws_secret_access_key", sec, [GS])}
        elif c == "db":
            pw = url_password()
            cfg["db"] = {"url": "postgresql://notifier:%s@db.prod.brightpath.io:5432/notify" % d.L("url_credentials", pw, [GS])}
        elif c == "email":
            f, l = person()
            cfg["owner"] = d.L("email", "%s.%s+alerts@%s" % (f.lower(), l.lower().replace("'", ""), pick(CORP_DOMAINS)))
            esc_plus = True
        else:
            cfg["serviceToken"] = d.L("jwt", jwt_token(), [GS])
    d.tags.append("json-in-string")
    s = json_in_string(cfg, escape_slash=True, escape_plus=esc_plus)
    if R.random() < 0.5:
        return "raw-result", raw_text(s)
    return "text", s


@template("aws-cli-output", count=13)
def t_aws_cli(d, neg):
    if neg:
        obj = pick([
            {"UserId": "AIDA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17), "Account": rs(DIG, 12),
             "Arn": "arn:aws:iam::%s:user/ci-deployer" % rs(DIG, 12)},
            {"AccessKeyMetadata": [{"UserName": "ci-deployer", "AccessKeyId": AWS_EX_ID, "Status": "Active", "CreateDate": iso_ts()}]},
            {"Reservations": [{"Instances": [{"InstanceId": "i-" + rs(HEX, 17), "ImageId": "ami-" + rs(HEX, 17),
                                              "PrivateIpAddress": ip4(), "LaunchTime": iso_ts(), "KeyName": "prod-bastion"}]}]},
        ])
        d.tags.append("aws-ids-not-keys")
    else:
        if R.random() < 0.5:
            obj = {"AccessKey": {"UserName": "ci-deployer", "AccessKeyId": d.L("aws_access_key_id", aws_key_id()), "Status": "Active",
                                 "SecretAccessKey": d.L("aws_secret_access_key", aws_secret(), [GS]), "CreateDate": iso_ts()}}
        else:
            obj = {"Credentials": {"AccessKeyId": d.L("aws_access_key_id", aws_key_id(temp=True)),
                                   "SecretAccessKey": d.L("aws_secret_access_key", aws_secret(), [GS]),
                                   "SessionToken": d.L(GS, aws_session_token()), "Expiration": iso_ts()},
                   "AssumedRoleUser": {"AssumedRoleId": "AROA%s:deploy" % rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17),
                                       "Arn": "arn:aws:sts::%s:assumed-role/deploy/deploy" % rs(DIG, 12)}}
    if R.random() < 0.5:
        return "text", json.dumps(obj, indent=4)
    return "structured", obj


@template("stripe-api-response", count=12)
def t_stripe(d, neg):
    if neg:
        cust = {"id": "cus_" + rs(ALNUM, 14), "object": "customer", "email": "jenny.rosen@example.com", "name": "Jenny Rosen",
                "phone": None, "livemode": False, "created": int(epoch()),
                "invoice_settings": {"default_payment_method": "pm_" + rs(ALNUM, 24)},
                "sources": {"data": [{"id": "card_" + rs(ALNUM, 24), "brand": "Visa", "last4": "4242", "exp_month": 8, "exp_year": 2027,
                                      "fingerprint": rs(ALNUM, 16)}]}}
        d.tags.append("doc-domain-emails")
    else:
        f, l = person()
        cust = {"id": "cus_" + rs(ALNUM, 14), "object": "customer", "email": d.L("email", email_for(f, l)), "name": "%s %s" % (f, l),
                "phone": d.L("phone_number", pick([us_phone("plus_space").replace(" ", ""), intl_phone()])), "livemode": True,
                "created": int(epoch()), "address": {"city": pick(["Denver", "Dublin", "Munich"]), "postal_code": "%05d" % R.randrange(10 ** 5)},
                "sources": {"data": [{"id": "card_" + rs(ALNUM, 24), "brand": "Visa", "last4": "%04d" % R.randrange(10 ** 4),
                                      "exp_month": R.randrange(1, 13), "exp_year": R.randrange(2025, 2031)}]}}
        if R.random() < 0.4:
            cust["metadata"] = {"legacy_iban": d.L("iban", iban(grouped=False))}
    return "structured", cust


@template("git-log", count=12)
def t_git_log(d, neg):
    out = []
    for _ in range(R.randrange(2, 5)):
        if neg:
            out.append("%s %s" % (rs(HEX, 7), pick(["fix flaky test", "bump version to " + version(), "merge pull request #%d" % R.randrange(10 ** 4),
                                                    "refactor: extract retry helper", "docs: update CHANGELOG for %s" % version()])))
        else:
            f, l = person()
            out.append("commit %s\nAuthor: %s %s <%s>\nDate:   %s\n\n    %s\n" % (
                sha1(), f, l, d.L("email", email_for(f, l)), iso_ts(),
                pick(["Add SEPA export", "Fix timezone bug in scheduler", "Remove dead code", "Rotate CI credentials"])))
    if neg:
        d.tags.append("shas")
        return "text", "$ git log --oneline -n %d\n%s" % (len(out), "\n".join(out))
    return "text", "\n".join(out)


@template("npm-package-metadata", neg_rate=1.0, count=10)
def t_npm_meta(d, neg):
    name = pick(["left-pad-ng", "@brightpath/ui", "fast-json-patch", "undici", "semver"])
    v = version()
    obj = {"name": name, "version": v, "dist": {"integrity": npm_integrity(), "shasum": sha1(),
                                                "tarball": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], v),
                                                "fileCount": R.randrange(5, 400), "unpackedSize": R.randrange(10 ** 4, 10 ** 7),
                                                "signatures": [{"keyid": "SHA256:" + base64.b64encode(rbytes(32)).decode().rstrip("="),
                                                                "sig": base64.b64encode(rbytes(70)).decode()}]},
           "maintainers": [{"name": "npm-bot"}], "gitHead": sha1(), "_nodeVersion": "20.%d.0" % R.randrange(20),
           "repository": {"type": "git", "url": "git+https://github.com/%s.git" % name.strip("@")},
           "author": {"name": "Example Author", "email": "author@example.com"}, "license": "MIT"}
    d.tags.append("hashes")
    return "structured", {"package": obj, "lockfileVersion": 3}


@template("key-material-listing", neg_rate=0.35, count=14)
def t_keys(d, neg):
    if neg:
        text = pick([
            "$ cat /etc/ssl/certs/brightpath-ca.pem\n" + certificate_pem() + "\n",
            "$ openssl rsa -in server.key -pubout\nwriting RSA key\n" + public_key_pem() + "\n",
            "$ cat ~/.ssh/id_ed25519.pub\n%s deploy@ci-runner\n$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:%s deploy@ci-runner (ED25519)\n" % (
                ssh_pubkey(), base64.b64encode(rbytes(32)).decode().rstrip("=")),
            "The file must begin with -----BEGIN OPENSSH PRIVATE KEY----- and end with -----END OPENSSH PRIVATE KEY-----. "
            "If you see -----BEGIN RSA PRIVATE KEY----- instead, convert it with ssh-keygen -p -m RFC4716.\n",
        ])
        d.tags.append("pem-no-private-body")
    else:
        k = d.L("private_key", private_key())
        text = pick(["$ cat ~/.ssh/id_deploy\n%s\n", "$ kubectl get secret tls-prod -o jsonpath='{.data.tls\\.key}' | base64 -d\n%s\n",
                     "# key.pem (generated %s)\n%%s\n" % iso_ts()[:10]]) % k
        if R.random() < 0.4:
            text += certificate_pem() + "\n"
    return "text", text


@template("vendor-docs-snippet", neg_rate=1.0, count=12)
def t_vendor_docs(d, neg):
    text = pick([
        "To configure the AWS CLI, run aws configure and enter your credentials:\n\nAWS Access Key ID [None]: %s\nAWS Secret Access Key [None]: %s\n"
        "Default region name [None]: us-west-2\nDefault output format [None]: json\n" % (AWS_EX_ID, AWS_EX_SECRET),
        "Authenticate with your secret key. A sample test API key is included in all the examples:\n\ncurl https://api.stripe.com/v1/charges \\\n  -u %s:\n\n"
        "Publishable key: %s\n" % (pick(STRIPE_EX), STRIPE_PK_EX),
        "Example API key string: %s. API keys don't identify a principal; restrict them to specific APIs.\n" % GOOGLE_EX,
        "Encoded token:\n%s\n\nDecoded header: {\"alg\":\"HS256\",\"typ\":\"JWT\"}\n" % JWT_IO,
        "app = App(token=\"%s\", signing_secret=\"<your signing secret>\")\n\nPost to %s with a JSON payload.\n" % (SLACK_TOKEN_EX, SLACK_HOOK_EX),
        "export ANTHROPIC_API_KEY='your-api-key-here'\nclient = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY\nKeys start with sk-ant-.\n",
        "curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"\nProject keys start with sk-proj-; never expose them client-side.\n",
        "A personal access token looks like ghp_ followed by 36 characters, e.g. %s; fine-grained tokens start with github_pat_.\n"
        "In workflows use ${{ secrets.GITHUB_TOKEN }}.\n" % GH_PLACEHOLDERS[0],
        "GitLab tokens carry the glpat- prefix, e.g. glpat-xxxxxxxxxxxxxxxxxxxx. Set CI_JOB_TOKEN automatically.\n",
        "Connection string format: mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true&w=majority\n",
        "Discord webhook URLs have the form https://discord.com/api/webhooks/{webhook.id}/{webhook.token}. Teams: https://<tenant>.webhook.office.com/webhookb2/...\n",
        "Test card numbers: %s (Visa), %s (Mastercard). Use any CVC and future date.\n" % (TEST_CARDS[0], TEST_CARDS[2]),
    ])
    d.tags.append("vendor-example")
    if R.random() < 0.5:
        return "raw-result", raw_text(text)
    return "text", text


@template("integration-settings", count=13)
def t_integrations(d, neg):
    if neg:
        ints = [{"provider": "slack", "webhook_url": "https://hooks.slack.com/services/T0••••/B0••••/••••••••", "status": "connected",
                 "connected_at": iso_ts()},
                {"provider": "discord", "webhook_url": None, "status": "disconnected"},
                {"provider": "teams", "webhook_url": "https://<tenant>.webhook.office.com/webhookb2/<id>", "status": "pending"},
                {"provider": "zapier", "hook_id": rs(DIG, 8), "secret_set": True}]
        d.tags.append("masked")
    else:
        ints = []
        for f in R.sample([slack_webhook, discord_webhook, teams_webhook, gchat_webhook, zapier_webhook], k=R.randrange(1, 4)):
            u = f()
            ints.append({"provider": f.__name__.replace("_webhook", ""), "webhook_url": d.L("webhook_url", u, ["google_api_key"] if "googleapis" in u else []),
                         "status": "connected", "connected_at": iso_ts()})
        if R.random() < 0.4:
            ints.append({"provider": "slack-app", "bot_token": d.L("slack_token", slack_token(), [GS]), "team_id": "T0" + rs(UP + DIG, 8)})
    return "structured", {"workspace_id": uuid4(), "integrations": ints}


@template("order-export-json", count=13)
def t_orders(d, neg):
    orders = []
    for _ in range(R.randrange(1, 4)):
        o = {"order_id": order_no(), "placed_at": iso_ts(), "total": "%d.%02d" % (R.randrange(5, 900), R.randrange(100)),
             "currency": "USD", "shipping": {"carrier": "UPS", "tracking": ups_tracking()}}
        if neg:
            o["payment"] = {"method": "card", "brand": "mastercard", "last4": "%04d" % R.randrange(10 ** 4), "masked": "**** **** **** %04d" % R.randrange(10 ** 4)}
            o["gift_card"] = {"number": non_luhn16(), "pin_set": True}
            o["loyalty_id"] = rs(DIG, 12)
        else:
            f, l = person()
            o["customer"] = {"name": "%s %s" % (f, l), "email": d.L("email", email_for(f, l)), "phone": d.L("phone_number", phone())}
            o["payment"] = {"method": "card", "pan": d.L("payment_card", card()), "exp": "%02d/%d" % (R.randrange(1, 13), R.randrange(2025, 2031))}
        orders.append(o)
    if neg:
        d.tags.append("non-luhn-16-digits")
    if R.random() < 0.4:
        return "raw-result", raw_text(json.dumps({"orders": orders}), {"orders": orders})
    return "structured", {"orders": orders, "next_cursor": b64url_nopad(rbytes(18))}


@template("sepa-xml", count=11)
def t_sepa(d, neg):
    tx = []
    for _ in range(R.randrange(1, 3)):
        if neg:
            acct = "<Othr><Id>%s</Id></Othr>" % rs(DIG, 10)
        else:
            acct = "<IBAN>%s</IBAN>" % d.L("iban", iban(grouped=False))
        f, l = person()
        nm = ("%s %s" % (f, l)) if not neg else "Beneficiary %d" % R.randrange(100)
        tx.append("  <CdtTrfTxInf>\n    <PmtId><EndToEndId>E2E-%s</EndToEndId></PmtId>\n    <Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt>\n"
                  "    <Cdtr><Nm>%s</Nm></Cdtr>\n    <CdtrAcct><Id>%s</Id></CdtrAcct>\n  </CdtTrfTxInf>" % (
                      rs(UP + DIG, 12), R.randrange(10, 50000), R.randrange(100), nm, acct))
    dbt = "<IBAN>%s</IBAN>" % (d.L("iban", iban(grouped=False, country=pick(["DE", "NL", "FR", "AT"]))) if not neg else "<Othr><Id>ACC-%s</Id></Othr>" % rs(DIG, 8))
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n<CstmrCdtTrfInitn>\n"
           "<GrpHdr><MsgId>MSG-%s</MsgId><CreDtTm>%s</CreDtTm><NbOfTxs>%d</NbOfTxs></GrpHdr>\n<PmtInf><DbtrAcct><Id>%s</Id></DbtrAcct>\n%s\n</PmtInf>\n"
           "</CstmrCdtTrfInitn>\n</Document>\n" % (rs(DIG, 14), iso_ts()[:19], len(tx), dbt, "\n".join(tx)))
    if neg:
        d.tags.append("bank-ids-not-iban")
    return "text", xml


@template("jira-issue", count=13)
def t_jira(d, neg):
    key = "%s-%d" % (pick(["OPS", "SEC", "PAY", "SUP"]), R.randrange(100, 9999))
    if neg:
        desc = ("Steps: call POST /v1/tokens with header `Authorization: Bearer <token>`; observe 500. Request id %s, build %s, "
                "host %s. Customer reference %s (not an SSN; it's the 9-digit account number). Related commit %s." % (
                    uuid4(), version(), ip4(), nine_digit_nonssn(), sha1()))
        reporter = {"displayName": "Automation for Jira", "emailAddress": "automation@example.com"}
        d.tags.append("nine-digit-ids")
    else:
        f, l = person()
        reporter = {"displayName": "%s %s" % (f, l), "emailAddress": d.L("email", email_for(f, l, free=False))}
        which = pick(["gl", "jwt", "slack", "pk", "anth"])
        if which == "gl":
            desc = "Deploy fails with 401. I set the token to %s in the project variables, still failing." % d.L("gitlab_token", gitlab_token())
        elif which == "jwt":
            desc = "Session token that reproduces the 403: %s (expires tomorrow)." % d.L("jwt", jwt_token())
        elif which == "slack":
            desc = "Bot can't post. Token in use: %s. Scopes chat:write, channels:read." % d.L("slack_token", slack_token())
        elif which == "anth":
            desc = "Rate limited on the batch job; key %s belongs to the research workspace." % d.L("anthropic_api_key", anthropic_key())
        else:
            desc = "Old signing key found on shared drive, please revoke:\n{noformat}\n%s\n{noformat}" % d.L("private_key", private_key())
    issue = {"key": key, "id": str(R.randrange(10 ** 4, 10 ** 6)), "fields": {"summary": pick(["401 from deploy", "bot cannot post", "revoke key", "500 on token endpoint"]),
                                                                              "description": desc, "reporter": reporter, "created": iso_ts(),
                                                                              "status": {"name": "To Do"}, "labels": ["security"]}}
    return "raw-result", raw_text(json.dumps(issue, indent=2), issue)


@template("env-file-dump", count=14)
def t_env(d, neg):
    lines = ["# generated %s" % iso_ts()[:10], "NODE_ENV=production", "PORT=3000", "LOG_LEVEL=info"]
    if neg:
        lines += ["DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app", "SESSION_SECRET=%s" % ph(), "JWT_SECRET=changeme",
                  "SENTRY_RELEASE=%s" % sha1(), "REQUEST_ID_HEADER=x-request-id", "FEATURE_FLAGS_ID=%s" % uuid4(),
                  "AWS_ACCESS_KEY_ID=%s" % AWS_EX_ID, "AWS_SECRET_ACCESS_KEY=%s" % AWS_EX_SECRET,
                  "SUPPORT_EMAIL=help@example.com", "API_TOKEN=%s" % pick(["<token>", "xxxxxxxxxxxxxxxx", "********", "REPLACE_ME"])]
        d.tags.append("placeholder")
    else:
        for c in R.sample(["session", "jwtsec", "stripe", "openai", "gh", "gl", "google", "db", "slack", "client"], k=R.randrange(2, 5)):
            if c == "session":
                lines.append("SESSION_SECRET=" + d.L(GS, rand_secret("hex")))
            elif c == "jwtsec":
                lines.append("JWT_SIGNING_KEY=" + d.L(GS, rand_secret("b64")))
            elif c == "stripe":
                lines.append("STRIPE_SECRET_KEY=" + d.L("stripe_key", stripe_key(), [GS]))
            elif c == "openai":
                lines.append("OPENAI_API_KEY=" + d.L("openai_api_key", openai_key(), [GS]))
            elif c == "gh":
                lines.append("GITHUB_TOKEN=" + d.L("github_token", github_token_any(), [GS]))
            elif c == "gl":
                lines.append("GITLAB_TOKEN=" + d.L("gitlab_token", gitlab_token(), [GS]))
            elif c == "google":
                lines.append("FIREBASE_API_KEY=" + d.L("google_api_key", google_api_key(), [GS]))
            elif c == "db":
                lines.append("DATABASE_URL=mysql://orders:%s@10.2.14.7:3306/orders" % d.L("url_credentials", url_password(), [GS]))
            elif c == "slack":
                lines.append("SLACK_BOT_TOKEN=" + d.L("slack_token", slack_token(), [GS]))
            else:
                lines.append("OAUTH_CLIENT_SECRET=\"%s\"" % d.L(GS, rand_secret("urlsafe")))
    return "text", "\n".join(lines) + "\n"


@template("oauth-token-response", count=12)
def t_oauth(d, neg):
    if neg:
        obj = {"token_type": "Bearer", "expires_in": 3600, "scope": "openid profile email",
               "access_token": pick(["<access_token>", "{{access_token}}", "REDACTED"]), "id_token": JWT_IO,
               "client_id": uuid4(), "client_secret": "${OAUTH_CLIENT_SECRET}"}
        d.tags.append("vendor-example")
    else:
        obj = {"token_type": "Bearer", "expires_in": 3600, "scope": "openid profile email offline_access",
               "access_token": d.L("jwt", jwt_token(True), [GS]), "refresh_token": d.L(GS, rand_secret("urlsafe")),
               "client_id": uuid4(), "client_secret": d.L(GS, rand_secret("b64"))}
        if R.random() < 0.3:
            obj["github_token"] = d.L("github_token", github_token("gho_"), [GS])
    if R.random() < 0.5:
        return "raw-result", raw_text(json_in_string(obj, escape_slash=False), obj)
    return "structured", obj


@template("contact-vcard", count=11)
def t_vcard(d, neg):
    if neg:
        vc = ("BEGIN:VCARD\nVERSION:3.0\nFN:Sample Contact\nORG:Example Corp\nEMAIL;TYPE=work:sample.contact@example.com\n"
              "TEL;TYPE=work:+1-XXX-XXX-XXXX\nNOTE:Imported %s; record id %s; rev %s\nUID:urn:uuid:%s\nEND:VCARD\n" % (
                  iso_ts()[:10], nine_digit_nonssn(), epoch(), uuid4()))
        d.tags.append("doc-domain-emails")
    else:
        f, l = person()
        vc = ("BEGIN:VCARD\nVERSION:3.0\nFN:%s %s\nN:%s;%s;;;\nORG:%s\nEMAIL;TYPE=work:%s\nEMAIL;TYPE=home:%s\nTEL;TYPE=cell:%s\n"
              "TEL;TYPE=work:%s\nREV:%s\nUID:urn:uuid:%s\nEND:VCARD\n" % (
                  f, l, l, f, pick(["Halcyon Health", "Kestrel Analytics", "Copperleaf GmbH"]),
                  d.L("email", email_for(f, l, free=False)), d.L("email", email_for(f, l, free=True)),
                  d.L("phone_number", phone()), d.L("phone_number", us_phone("dot") if R.random() < 0.5 else intl_phone()),
                  iso_ts()[:19] + "Z", uuid4()))
    return "text", vc


@template("google-services-json", neg_rate=0.4, count=12)
def t_google_services(d, neg):
    num = rs(DIG, 12)
    pid = pick(["brightpath-mobile", "ledger-prod-4f2a1", "halcyon-patient-app"])
    if neg:
        key = pick(["YOUR_API_KEY", GOOGLE_EX, "AIza...", "${FIREBASE_API_KEY}"])
        d.tags.append("vendor-example")
    else:
        key = d.L("google_api_key", google_api_key())
    cfg = {"project_info": {"project_number": num, "project_id": pid, "storage_bucket": pid + ".appspot.com"},
           "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (num, rs(HEX, 22)),
                                       "android_client_info": {"package_name": "io.brightpath.app"}},
                       "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (num, rs(LO + DIG, 32)), "client_type": 3}],
                       "api_key": [{"current_key": key}]}],
           "configuration_version": "1"}
    if R.random() < 0.5:
        js = ("const firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n"
              "  messagingSenderId: \"%s\",\n  appId: \"1:%s:web:%s\"\n};\n" % (key, pid, pid, num, num, rs(HEX, 22)))
        return "text", js
    return "structured", cfg


@template("mcp-client-config", neg_rate=0.35, count=14)
def t_mcp_config(d, neg):
    servers = {}
    if neg:
        servers["github"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
                             "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": pick(["<YOUR_TOKEN>", "${GITHUB_TOKEN}", GH_PLACEHOLDERS[0]])}}
        servers["gitlab"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-gitlab"],
                             "env": {"GITLAB_PERSONAL_ACCESS_TOKEN": pick(["glpat-xxxxxxxxxxxxxxxxxxxx", "<your-gitlab-token>"]),
                                     "GITLAB_API_URL": "https://gitlab.com/api/v4"}}
        servers["llm-proxy"] = {"url": "https://mcp.brightpath.io/mcp", "headers": {"Authorization": "Bearer ${input:proxy_token}"}}
        d.tags.append("placeholder")
    else:
        first = R.sample(["gitlab", "anth"], k=R.randrange(1, 3))
        for c in first + R.sample(["openai", "github", "slack"], k=R.randrange(0, 3 - len(first) + 1)):
            if c == "gitlab":
                servers["gitlab"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-gitlab"],
                                     "env": {"GITLAB_PERSONAL_ACCESS_TOKEN": d.L("gitlab_token", gitlab_token(), [GS]),
                                             "GITLAB_API_URL": "https://gitlab.brightpath.io/api/v4"}}
            elif c == "anth":
                servers["research"] = {"command": "uvx", "args": ["research-mcp"],
                                       "env": {"ANTHROPIC_API_KEY": d.L("anthropic_api_key", anthropic_key(), [GS])}}
            elif c == "openai":
                servers["embeddings"] = {"command": "node", "args": ["./embed-server.js"],
                                         "env": {"OPENAI_API_KEY": d.L("openai_api_key", openai_key(), [GS])}}
            elif c == "github":
                servers["github"] = {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
                                     "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": d.L("github_token", github_token_any(), [GS])}}
            else:
                servers["slack"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-slack"],
                                    "env": {"SLACK_BOT_TOKEN": d.L("slack_token", slack_token(), [GS]), "SLACK_TEAM_ID": "T0" + rs(UP + DIG, 8)}}
    cfg = {"mcpServers": servers}
    if R.random() < 0.5:
        return "text", "$ cat ~/Library/Application\\ Support/Claude/claude_desktop_config.json\n" + json.dumps(cfg, indent=2)
    return "structured", cfg


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

def all_strings(obj, depth=0):
    out = []
    if isinstance(obj, str):
        out.append(obj)
        st = obj.strip()
        if depth < 3 and st[:1] in "{[":
            try:
                out += all_strings(json.loads(st), depth + 1)
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out += all_strings(k, depth)
            out += all_strings(v, depth)
    elif isinstance(obj, list):
        for v in obj:
            out += all_strings(v, depth)
    return out


def value_present(doc, value):
    return any(value in s for s in all_strings(doc))


def main():
    records = []
    for name, (fn, neg_rate, count) in TEMPLATES.items():
        for i in range(count):
            d = Doc()
            neg = R.random() < neg_rate
            wrap, doc = fn(d, neg)
            if neg:
                assert not d.labels, (name, d.labels)
            else:
                assert d.labels, name
            for lab in d.labels:
                assert value_present(doc, lab["value"]), (name, lab)
            rec = {"id": "%s-%d" % (name, i), "template": name, "split": "holdout-v2", "wrap": wrap, "doc": doc,
                   "labels": d.labels}
            if d.tags or neg:
                rec["tags"] = (["hard-negative"] if neg else []) + sorted(set(d.tags))
            records.append(rec)
    # structural checks on generated values
    for r in records:
        for lab in r["labels"]:
            v = lab["value"]
            if lab["type"] == "payment_card":
                assert luhn_ok(v.replace(" ", "").replace("-", "")), v
            if lab["type"] == "iban":
                assert iban_check(v.replace(" ", "")), v
            if lab["type"] == "us_ssn":
                dg = "".join(c for c in v if c.isdigit())
                assert dg[:3] not in ("000", "666") and dg[0] != "9" and dg[3:5] != "00" and dg[5:] != "0000", v
    with open(OUT, "w") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and summarise
    from collections import Counter
    recs = [json.loads(l) for l in open(OUT)]
    by_type = Counter(l["type"] for r in recs for l in r["labels"])
    neg = sum(1 for r in recs if not r["labels"])
    wraps = Counter(r["wrap"] for r in recs)
    summary = {"documents": len(recs), "negative_documents": neg, "labels": sum(by_type.values()),
               "templates": len(TEMPLATES), "wraps": dict(wraps), "per_type": dict(sorted(by_type.items()))}
    print(json.dumps(summary, indent=2))
    low = [t for t in ALL_TYPES if by_type.get(t, 0) < 10]
    assert not low, ("types under 10 labels", low)
    assert neg >= 160 and sum(by_type.values()) >= 350, summary
    return summary


if __name__ == "__main__":
    main()
