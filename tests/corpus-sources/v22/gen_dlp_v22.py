#!/usr/bin/env python3
"""gen_dlp_v22.py - independent held-out DLP corpus v22.

Angle: aviation maintenance / airline operations, pharma / clinical trials,
shipping / maritime.  Python 3 stdlib only, one random.Random(SEED), no clock,
no environment input.  Writes dlp_v22.jsonl next to this script.
"""
import base64
import json
import os
import re
import string
import sys

import random

SEED = 2207_1722
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v22.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def pick(seq):
    return R.choice(seq)


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- checks
TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
    "4000056655665556", "5200828282828210", "3530111333300000", "4000000000000002",
    "6011000990139424", "30569309025904", "4000000000009995", "2223003122003222",
}
DOC_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
             "NL91ABNA0417164300", "GB33BUKB20201555555555"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",
                   "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card_prefix_ok(d):
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return len(d) in (16, 19)
    if d[:2] in ("36", "38", "30"):
        return len(d) == 14
    return False


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "NO": 15, "GR": 27, "CY": 28, "MT": 31,
            "DK": 18, "BE": 16, "ES": 24, "IT": 27, "PL": 28, "CH": 21, "SE": 24, "PT": 25,
            "IE": 22, "FI": 18, "AT": 20, "AE": 23, "SA": 24, "TR": 26, "HR": 21, "LU": 20,
            "RO": 24, "BG": 22, "EE": 20, "LT": 20, "LV": 21, "SI": 19, "SK": 24, "CZ": 24,
            "HU": 28, "IS": 26, "LI": 21, "MC": 27, "SM": 27, "GI": 23, "QA": 29, "KW": 30,
            "BH": 22, "IL": 23, "JO": 30, "EG": 29, "MU": 30, "BR": 29, "UA": 29}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or IBAN_LEN.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


ROLE_LOCALS = set("""support noreply no-reply donotreply do-not-reply billing security info sales hr team
alerts careers noc mcc ops crewing pharmacovigilance drugsafety chartering docs admin postmaster
dispatch operations contact help helpdesk it accounts ap ar finance payroll customs agency bookings
reservations irb ethics safety medinfo clinicaltrials regulatory qa quality stores planning techlog
moc handling catering loadcontrol crewcontrol crew marine husbandry port terminal edi webmaster
privacy dpo legal hello office service notifications git root tracking documentation export import
imports exports cargo ops-control occ engineering maintenance records aog supply depot randomisation
iwrs studyteam study clinops monitoring tmf sdv labdata transfers datamanagement dm central-lab
vessel master agent agents portcall operations-desk linerops bl docs-export recruitment enrolment
consent trials""".split())
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@example.com",
                      "firstname.lastname@company.com", "someone@example.org", "user@example.com",
                      "your.name@sponsor.example", "jane.doe@example.com"}

EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
TOKEN_RES = [
    re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    re.compile(r"(?<![A-Za-z0-9_])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}"),
    re.compile(r"github_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"(?<![A-Za-z0-9])gl(?:pat|dt|rt|ptt|ft|soat|cbt|imt|oas)-[A-Za-z0-9_-]{16,}"),
    re.compile(r"(?<![A-Za-z0-9])xox[abposre]\.?[A-Za-z0-9.-]{10,}"),
    re.compile(r"(?<![A-Za-z0-9])xapp-[A-Za-z0-9-]{10,}"),
    re.compile(r"(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{10,}"),
    re.compile(r"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}"),
    re.compile(r"(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{30,}"),
    re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----"),
    re.compile(r"https://hooks\.slack\.com/(?:services|triggers|workflows)/[A-Za-z0-9/_-]+"),
    re.compile(r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+"),
    re.compile(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>]+"),
]
URLPW_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^\s:/@\"'<>]*):([^\s@/\"'<>]+)@")


def placeholder_like(s):
    body = re.sub(r"^(?:AKIA|ASIA|ghp_|github_pat_|glpat-|xoxb-|xoxp-|sk_live_|sk_test_|rk_live_|sk-|AIza)", "", s)
    low = s.lower()
    if any(w in low for w in ("example", "your", "xxxx", "redacted", "changeme", "dummy", "placeholder", "...", "…")):
        return True
    core = re.sub(r"[^A-Za-z0-9]", "", body)
    return len(set(core)) <= 4


def strings_of(doc):
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(doc)
    return out


def cross_check(strings, labels):
    """Return list of problems: unlabelled values that should have been labelled."""
    vals = [l["value"] for l in labels]
    allforms = vals + [a for l in labels for a in l.get("accept", [])]
    card_digits = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    ibans = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    ssns = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "us_ssn"}
    emails = [l["value"].lower() for l in labels if l["type"] == "email"]
    probs = []

    def covered(m):
        return any(m in v for v in allforms)

    for s in strings:
        for m in CARD_RE.finditer(s):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and luhn_ok(d) and card_prefix_ok(d) and d not in TEST_CARDS \
                    and d not in card_digits:
                probs.append(("card", m.group()))
        for m in IBAN_RE.finditer(s):
            c = m.group().replace(" ", "")
            L = IBAN_LEN.get(c[:2])
            if L and len(c) >= L and iban_ok(c[:L]) and c[:L] not in DOC_IBANS and c[:L] not in ibans:
                probs.append(("iban", c[:L]))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group()) and re.sub(r"\D", "", m.group()) not in ssns:
                probs.append(("ssn", m.group()))
        for m in EMAIL_RE.finditer(s):
            e = m.group()
            el = e.lower()
            local, dom = el.split("@", 1)
            st = m.start()
            before = s[max(0, st - 8):st]
            line_start = s.rfind("\n", 0, st) + 1
            line = s[line_start:st].lower().lstrip()
            if el in PLACEHOLDER_EMAILS or local in ROLE_LOCALS:
                continue
            if "+" in local and local.split("+")[-1] in ROLE_LOCALS:
                continue
            if before.endswith("://") or (before.endswith(":") and not before.endswith("mailto:")):
                continue
            if line.startswith(("message-id", "in-reply-to", "references")) or "message_id" in line:
                continue
            if len(re.sub(r"\D", "", local)) >= 8 or dom.endswith("gserviceaccount.com"):
                continue
            if local.startswith(("svc-", "svc_", "sa-")) or local.endswith(("-bot", "-svc")):
                continue
            if covered(e) or any(el.endswith(x) for x in emails):
                continue
            probs.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group()
                if t in VENDOR_EXAMPLES or covered(t) or placeholder_like(t):
                    continue
                probs.append(("token", t))
        for m in URLPW_RE.finditer(s):
            pw = m.group(2)
            if pw.startswith(("${", "<", "{{", "%(", "$")) or set(pw) <= set("*x") or placeholder_like(pw) \
                    or pw.lower() in ("password", "pass", "pw", "secret"):
                continue
            if covered(pw):
                continue
            probs.append(("urlpw", pw))
    return probs


# ---------------------------------------------------------------- value generators
def gen_card():
    kind = pick(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "jcb"])
    n = 16
    if kind == "visa":
        p = "4" + rs(DG, 5)
    elif kind == "mc":
        p = "5" + pick("12345") + rs(DG, 4)
    elif kind == "mc2":
        p = str(R.randint(2221, 2720)) + rs(DG, 2)
    elif kind == "amex":
        p = pick(["34", "37"]) + rs(DG, 4)
        n = 15
    elif kind == "disc":
        p = pick(["6011", "65" + rs(DG, 2)]) + rs(DG, 2)
    else:
        p = str(R.randint(3528, 3589)) + rs(DG, 2)
    while True:
        body = p + rs(DG, n - len(p) - 1)
        for c in DG:
            if luhn_ok(body + c):
                d = body + c
                break
        if d not in TEST_CARDS:
            break
    sep = pick([" ", " ", "-", ""])
    if n == 15:
        f = d[:4] + sep + d[4:10] + sep + d[10:]
    else:
        f = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return f, d


BBAN = {"DE": "8n10n", "GB": "4a14n", "FR": "10n11c2n", "NL": "4a10n", "NO": "11n", "GR": "7n16c",
        "CY": "8n16c", "MT": "4a5n18c", "DK": "14n", "BE": "12n", "ES": "20n", "IT": "1a10n12c",
        "PL": "24n", "CH": "5n12c", "SE": "20n", "PT": "21n", "IE": "4a14n", "FI": "14n",
        "AT": "16n", "AE": "3n16n", "HR": "17n", "LU": "3n13c", "BG": "4a6n8c", "RO": "4a16c"}


def gen_iban(cc=None):
    cc = cc or pick(list(BBAN))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([anc])", BBAN[cc]):
        al = {"a": UP, "n": DG, "c": UP + DG}[kind]
        bban += rs(al, int(cnt))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, ck, bban)
    assert iban_ok(ib)
    if ib in DOC_IBANS:
        return gen_iban(cc)
    if R.random() < 0.6:
        f = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    else:
        f = ib
    return f, ib


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    n = R.randint(1, 9999)
    return "%03d-%02d-%04d" % (a, g, n)


def gen_aws_id():
    return pick(["AKIA", "AKIA", "ASIA"]) + rs(B32, 16)


def gen_aws_secret():
    return rs(AN + "/+", 40)


def gen_github():
    k = R.random()
    if k < 0.7:
        return pick(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rs(AN, 36)
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)


def gen_gitlab():
    p = pick(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glsoat-"])
    if p == "glptt-":
        return p + rs(HEX, 40)
    return p + rs(AN + "_-", 20)


def gen_slack():
    k = pick(["b", "b", "p", "app", "e"])
    if k == "b":
        return "xoxb-%s-%s-%s" % (rs(DG, 12), rs(DG, 13), rs(AN, 24))
    if k == "p":
        return "xoxp-%s-%s-%s-%s" % (rs(DG, 11), rs(DG, 12), rs(DG, 13), rs(HEX, 32))
    if k == "app":
        return "xapp-1-A%s-%s-%s" % (rs(UP + DG, 10), rs(DG, 13), rs(HEX, 64))
    return "xoxe.xoxp-1-" + rs(AN, 146)


def gen_stripe():
    k = R.random()
    if k < 0.35:
        return "sk_live_" + rs(AN, 24)
    if k < 0.6:
        return "sk_live_51" + rs(AN, 97)
    if k < 0.75:
        return "rk_live_51" + rs(AN, 97)
    if k < 0.9:
        return "sk_test_51" + rs(AN, 97)
    return "rk_test_" + rs(AN, 24)


def gen_openai():
    k = R.random()
    if k < 0.5:
        return "sk-proj-" + rs(AN + "-_", pick([48, 74, 156]))
    if k < 0.75:
        return "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20)
    if k < 0.9:
        return "sk-svcacct-" + rs(AN + "-_", 74)
    return "sk-admin-" + rs(AN + "-_", 74)


def gen_anthropic():
    if R.random() < 0.85:
        return "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"
    return "sk-ant-admin01-" + rs(AN + "-_", 93) + "AA"


def gen_google():
    return "AIzaSy" + rs(AN + "-_", 33)


def gen_jwt(iss="https://auth.example-idp.net/"):
    alg = pick(["HS256", "RS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(AN, 16)
    iat = R.randint(1700000000, 1760000000)
    pl = {"iss": iss, "sub": pick([uuid4(), "svc-" + rs(LO + DG, 8), str(R.randint(10000, 99999))]),
          "aud": pick(["api", "edc-gateway", "mro-core", "tos-api", "pcs", "crew-portal"]),
          "iat": iat, "exp": iat + pick([900, 3600, 86400]), "scope": pick(["read", "read write", "ops:write"])}
    if R.random() < 0.3:
        pl["email"] = "%s.%s@%s" % (pick(FIRST_ALL).lower(), pick(LAST_ALL).lower(), pick(WORK_DOMAINS["av"]))
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(rbytes(sig)))


def gen_pem():
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "RSA PRIVATE KEY"])
    if kind == "RSA PRIVATE KEY":
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(R.randint(1150, 1190))
        w = 64
    elif kind == "PRIVATE KEY":
        raw = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + rbytes(1190)
        w = 64
    elif kind == "EC PRIVATE KEY":
        raw = b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(114)
        w = 64
    else:
        raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + rbytes(R.randint(360, 420))
        w = 70
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + w] for i in range(0, len(b), w)]
    return ["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind]


def gen_webhook():
    k = pick(["slack", "slack", "discord", "teams", "slacktrig"])
    if k == "slack":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 8), rs(UP + DG, 10), rs(AN, 24))
    if k == "slacktrig":
        return "https://hooks.slack.com/triggers/T%s/%s/%s" % (rs(UP + DG, 8), rs(DG, 13), rs(HEX, 32))
    if k == "discord":
        return "https://discord.com/api/webhooks/%s/%s" % (rs(DG, 19), rs(AN + "-_", 68))
    ten = pick(["kestrelaero", "helixbio", "bluefinshipping", "nordhavn", "sitegenix", "fjordair"])
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        ten, uuid4(), uuid4(), rs(HEX, 32), uuid4(), rs(AN + "-_", 43))


PUNCT = "!%*-_.^~+?"


def gen_password(urlsafe=False):
    n = R.randint(10, 18)
    base = list(rs(AN, n))
    base[R.randrange(n)] = pick(DG)
    base[R.randrange(n)] = pick(UP)
    for _ in range(R.randint(1, 3)):
        base[R.randrange(n)] = pick("-._~" if urlsafe else PUNCT)
    return "".join(base)


WORDS = ["harbor", "tulip", "anchor", "falcon", "cobalt", "meridian", "glacier", "saffron", "quartz",
         "lantern", "orchid", "tundra", "bristol", "monsoon", "pelican", "zephyr", "cedar", "vortex"]


def gen_generic():
    k = pick(["pw", "pw", "pw", "alnum", "hex32", "hex64", "b64", "phrase", "vendor"])
    if k == "pw":
        return gen_password()
    if k == "alnum":
        return rs(AN, pick([24, 32, 40]))
    if k == "hex32":
        return rs(HEX, 32)
    if k == "hex64":
        return rs(HEX, 64)
    if k == "b64":
        return base64.b64encode(rbytes(pick([24, 32, 48]))).decode()
    if k == "phrase":
        return "-".join(pick(WORDS).capitalize() for _ in range(3)) + "-" + rs(DG, 2)
    v = pick(["sg", "shp", "mg", "sq", "dd", "tw"])
    if v == "sg":
        return "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)
    if v == "shp":
        return "shpss_" + rs(HEX, 32)
    if v == "mg":
        return "key-" + rs(HEX, 32)
    if v == "sq":
        return "sq0csp-" + rs(AN + "-_", 43)
    if v == "dd":
        return rs(HEX, 32)
    return "SK" + rs(HEX, 32)


# ---------------------------------------------------------------- people, phones
NAMES = {
    "US": (["James", "Maria", "Robert", "Linda", "Kevin", "Ashley", "Tyrone", "Megan", "Carlos", "Dana"],
           ["Johnson", "Whitaker", "Alvarez", "Nguyen", "Brooks", "Kowalski", "Patel", "Reyes", "Hughes", "Doyle"]),
    "GB": (["Oliver", "Amelia", "Harry", "Isla", "Callum", "Freya", "Rhys", "Niamh"],
           ["Thompson", "Ellison", "Pritchard", "Okafor", "Hartley", "McLeod", "Bramwell", "Sutton"]),
    "DE": (["Jürgen", "Anke", "Lukas", "Katrin", "Matthias", "Sabine", "Florian", "Birgit"],
           ["Müller", "Hoffmann", "Schröder", "Wagner", "Becker", "Krüger", "Neumann", "Zimmermann"]),
    "FR": (["Camille", "Théo", "Élodie", "Mathis", "Inès", "Baptiste"],
           ["Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau"]),
    "NL": (["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram"], ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "van Dijk"]),
    "NO": (["Ingrid", "Håkon", "Sigrid", "Eirik", "Solveig"], ["Haugen", "Johansen", "Lunde", "Berg", "Dahl"]),
    "GR": (["Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia"],
           ["Papadopoulos", "Georgiou", "Karamanlis", "Vlachos", "Nikolaidis", "Economou"]),
    "SG": (["Wei Ling", "Arjun", "Siti", "Jun Hao", "Priya"], ["Tan", "Lim", "Rahman", "Ng", "Kaur"]),
    "JP": (["Haruto", "Yui", "Takeshi", "Aiko", "Kenji", "Misaki"], ["Tanaka", "Sato", "Yamamoto", "Kobayashi", "Watanabe", "Ito"]),
    "PH": (["Jose", "Maricel", "Rodel", "Jennylyn", "Arnel", "Rowena"], ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mercado"]),
    "IN": (["Rahul", "Ananya", "Vikram", "Deepa", "Sanjay"], ["Sharma", "Iyer", "Menon", "Reddy", "Gupta"]),
    "BR": (["Thiago", "Beatriz", "Rafael", "Larissa"], ["Oliveira", "Souza", "Carvalho", "Pereira"]),
    "AU": (["Liam", "Chloe", "Mitchell", "Tahlia"], ["O'Brien", "Kelly", "Campbell", "Fraser"]),
    "PL": (["Piotr", "Agnieszka", "Tomasz", "Magdalena"], ["Nowak", "Wiśniewski", "Kamińska", "Lewandowski"]),
    "ES": (["Lucía", "Javier", "Carmen", "Álvaro"], ["García", "Fernández", "Ruiz", "Navarro"]),
    "IT": (["Giulia", "Marco", "Francesca", "Luca"], ["Rossi", "Bianchi", "Esposito", "Romano"]),
    "KR": (["Minjun", "Seoyeon", "Jihoon", "Hana"], ["Kim", "Park", "Choi", "Jung"]),
    "CN": (["Wei", "Xiaoling", "Hao", "Mei"], ["Wang", "Li", "Zhang", "Chen"]),
    "DK": (["Mads", "Freja", "Rasmus", "Ida"], ["Nielsen", "Jørgensen", "Pedersen", "Kristensen"]),
    "UA": (["Oleksandr", "Iryna", "Andriy", "Olena"], ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko"]),
    "CH": (["Reto", "Corinne", "Urs", "Seraina"], ["Meier", "Brunner", "Keller", "Huber"]),
    "AE": (["Omar", "Fatima", "Khalid", "Mariam"], ["Al Mansoori", "Haddad", "Al Suwaidi", "Nasser"]),
}
FIRST_ALL = [f for v in NAMES.values() for f in v[0]]
LAST_ALL = [l for v in NAMES.values() for l in v[1]]
PERSONAL = {"US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
            "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "hotmail.fr", "free.fr"], "NL": ["ziggo.nl", "kpnmail.nl"],
            "NO": ["online.no", "gmail.com"], "GR": ["otenet.gr", "yahoo.gr"], "SG": ["singnet.com.sg", "gmail.com"],
            "JP": ["yahoo.co.jp", "docomo.ne.jp"], "PH": ["yahoo.com.ph", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
            "BR": ["uol.com.br", "bol.com.br"], "AU": ["bigpond.com", "optusnet.com.au"], "PL": ["wp.pl", "onet.pl"],
            "ES": ["telefonica.net", "gmail.com"], "IT": ["libero.it", "virgilio.it"], "KR": ["naver.com", "daum.net"],
            "CN": ["qq.com", "163.com"], "DK": ["mail.dk", "gmail.com"], "UA": ["ukr.net", "i.ua"], "CH": ["bluewin.ch", "proton.me"],
            "AE": ["eim.ae", "gmail.com"]}
WORK_DOMAINS = {
    "av": ["kestrel-aero.com", "nordwing-technik.de", "skylark-mro.co.uk", "fjordair.no", "hellasjet.gr",
           "tasman-engineering.com.au", "sakura-aero.co.jp", "pacifica-air.com.sg", "aerolinea-sol.es", "bluejay-airlines.com"],
    "ph": ["helixbio-trials.com", "nordcro.eu", "uniklinik-lindenau.de", "chu-valmont.fr", "stmarys-research.org.uk",
           "mayfair-clinical.com", "sitegenix.io", "westbrook-irb.org", "osaka-medcenter.jp", "veridia-pharma.ch"],
    "mar": ["bluefin-shipping.gr", "nordhavn-lines.dk", "sea-anchor-agency.sg", "maasport-agents.nl", "kowloon-marine.hk",
            "piraeus-chartering.gr", "manila-crewing.ph", "hanse-reederei.de", "gulfstar-logistics.ae", "pacific-bulk.com.au"],
}
TRANS = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e", "è": "e", "É": "E", "á": "a", "Á": "A",
                       "í": "i", "å": "aa", "ø": "oe", "ś": "s", "ń": "n", "'": "", " ": "", "Ø": "Oe", "Å": "Aa", "ç": "c", "ó": "o", "ł": "l"})


def ascii_name(s):
    return s.translate(TRANS).lower().replace(" ", "").encode("ascii", "ignore").decode()


def person(cc=None):
    cc = cc or pick(list(NAMES))
    f, l = pick(NAMES[cc][0]), pick(NAMES[cc][1])
    return {"cc": cc, "first": f, "last": l, "name": "%s %s" % (f, l)}


def email_for(p, dom=None):
    f, l = ascii_name(p["first"]), ascii_name(p["last"])
    if dom is None:
        dom = pick(PERSONAL[p["cc"]])
        form = pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{l}.{f}{n}", "{f}{n}"])
    else:
        form = pick(["{f}.{l}", "{f}.{l}", "{fi}.{l}", "{fi}{l}", "{f}-{l}", "{l}.{f}", "{f}.{l}+{tag}"])
    local = form.format(f=f, l=l, fi=f[0], n=R.randint(7, 98), tag=pick(["edc", "ops", "ctms", "mro"]))
    return "%s@%s" % (local, dom)


def _g(n):
    return rs(DG, n)


def phone_for(cc):
    """Return (formatted, [accept candidates])."""
    if cc in ("US",):
        a = pick(["212", "312", "415", "617", "713", "206", "305", "404", "503", "720", "832", "917", "646", "786", "470", "984"])
        while True:
            ex = str(R.randint(201, 989))
            if ex != "555":
                break
        ln = _g(4)
        f = pick(["+1 {a}-{e}-{l}", "+1 ({a}) {e}-{l}", "({a}) {e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}"])
        v = f.format(a=a, e=ex, l=ln)
        return v, ["%s-%s-%s" % (a, ex, ln), "(%s) %s-%s" % (a, ex, ln), "%s %s %s" % (a, ex, ln)]
    if cc == "GB":
        if R.random() < 0.5:
            body = "20 3%s %s" % (_g(3), _g(4))
            v = pick(["+44 " + body, "+44 (0)" + body, "0" + body])
        else:
            body = "7%s %s" % (pick("4589") + _g(2), _g(6))
            v = pick(["+44 " + body, "0" + body])
        return v, [body, "0" + body]
    if cc == "DE":
        k = R.random()
        if k < 0.35:
            body = "40 %s" % _g(R.randint(7, 8))
            v = pick(["+49 " + body, "+49 (0)" + body, "0" + body])
        elif k < 0.7:
            body = "1%s %s" % (pick(["51", "52", "60", "62", "71", "76"]), _g(7))
            v = pick(["+49 " + body, "0" + body])
        else:
            body = "69/%s" % _g(7)
            v = "0" + body
        return v, [body, "0" + body]
    if cc == "FR":
        pairs = " ".join(_g(2) for _ in range(4))
        d = pick("1679")
        body = "%s %s" % (d, pairs)
        v = pick(["+33 " + body, "0" + body, "+33 (0)" + body])
        return v, [body, "0" + body]
    if cc == "NL":
        if R.random() < 0.5:
            body = "10 %s %s" % (_g(3), _g(4))
            v = pick(["+31 " + body, "0" + body])
        else:
            body = "6 %s" % _g(8)
            v = pick(["+31 " + body, "+31 (0)" + body, "0" + body])
        return v, [body, "0" + body]
    if cc == "NO":
        body = "%s %s %s" % (pick("49") + _g(2), _g(2), _g(3))
        return pick(["+47 " + body, body]), [body]
    if cc == "GR":
        body = pick(["210 %s %s" % (_g(3), _g(4)), "69%s %s %s" % (pick("3479"), _g(3), _g(4))])
        return pick(["+30 " + body, "+30 " + body, "0030 " + body]), [body]
    if cc == "SG":
        body = "%s%s %s" % (pick("689"), _g(3), _g(4))
        return pick(["+65 " + body, "+65 " + body]), [body]
    if cc == "JP":
        if R.random() < 0.5:
            body = "3-%s-%s" % (_g(4), _g(4))
        else:
            body = "%s-%s-%s" % (pick(["90", "80", "70"]), _g(4), _g(4))
        return pick(["+81 " + body, "0" + body]), [body, "0" + body]
    if cc == "PH":
        body = "9%s %s %s" % (pick(["17", "18", "20", "27", "98"]), _g(3), _g(4))
        return pick(["+63 " + body, "0" + body, "+63 " + body.replace(" ", "-")]), [body, "0" + body, body.replace(" ", "-")]
    if cc == "IN":
        body = "9%s %s" % (_g(4), _g(5))
        return pick(["+91 " + body, "+91-" + body.replace(" ", "")]), [body, body.replace(" ", "")]
    if cc == "BR":
        body = "11 9%s-%s" % (_g(4), _g(4))
        return pick(["+55 " + body, "(11) 9%s" % body[4:]]), [body]
    if cc == "AU":
        while True:
            body = "4%s %s %s" % (_g(2), _g(3), _g(3))
            if not body.startswith("491 570"):
                break
        if R.random() < 0.3:
            body = "2 9%s %s" % (_g(3), _g(4))
        return pick(["+61 " + body, "0" + body]), [body, "0" + body]
    if cc == "PL":
        body = "%s %s %s" % (pick(["601", "502", "693", "781"]), _g(3), _g(3))
        return pick(["+48 " + body, body]), [body]
    if cc == "ES":
        body = "6%s %s %s" % (_g(2), _g(3), _g(3))
        return "+34 " + body, [body]
    if cc == "IT":
        body = pick(["3%s %s %s" % (_g(2), _g(3), _g(4)), "02 %s" % _g(8)])
        return "+39 " + body, [body]
    if cc == "KR":
        body = "10-%s-%s" % (_g(4), _g(4))
        return pick(["+82 " + body, "0" + body]), [body, "0" + body]
    if cc == "CN":
        body = "1%s %s %s" % (pick(["38", "39", "58", "86"]), _g(4), _g(4))
        return "+86 " + body, [body]
    if cc == "DK":
        body = " ".join(_g(2) for _ in range(4))
        return pick(["+45 " + body, "+45 " + body]), [body]
    if cc == "UA":
        body = "67 %s %s %s" % (_g(3), _g(2), _g(2))
        return pick(["+380 " + body, "0" + body]), [body, "0" + body]
    if cc == "CH":
        body = "%s %s %s %s" % (pick(["44", "79", "61", "22"]), _g(3), _g(2), _g(2))
        return pick(["+41 " + body, "0" + body]), [body, "0" + body]
    if cc == "AE":
        body = "5%s %s %s" % (pick("0256"), _g(3), _g(4))
        return pick(["+971 " + body, "0" + body]), [body, "0" + body]
    return phone_for("US")


# ---------------------------------------------------------------- negatives
def neg_phone(cc=None):
    return pick(["+1 212-555-01%s" % _g(2), "(312) 555-01%s" % _g(2), "+44 20 7946 0%s" % _g(3),
                 "07700 900%s" % _g(3), "+44 7700 900%s" % _g(3), "0491 570 %s" % _g(3),
                 "1-800-%s-%s" % (_g(3), _g(4)), "+1 888 %s %s" % (_g(3), _g(4)), "0800 %s %s" % (_g(3), _g(4)),
                 "+800 %s %s" % (_g(4), _g(4)), "1800 %s %s" % (_g(3), _g(3))])


def role_email(dom, roles):
    return "%s@%s" % (pick(roles), dom)


def aircraft_reg():
    return pick(["D-A%s" % rs(UP, 3), "G-%s" % rs(UP, 4), "N%s%s" % (R.randint(100, 999), rs(UP, 2)),
                 "9V-S%s" % rs(UP, 2), "VH-%s" % rs(UP, 3), "JA%s%s" % (R.randint(100, 999), pick(UP)),
                 "LN-%s" % rs(UP, 3), "SX-%s" % rs(UP, 3), "EC-%s" % rs(UP, 3)])


def part_number():
    return pick(["%s-%s" % (_g(7), _g(2)), "D%s000-%s" % (_g(5), _g(1)), "MS21042L%s" % R.randint(3, 8),
                 "%s%s-%s" % (rs(UP, 2), _g(6), _g(3)), "C%s-%s" % (_g(6), _g(2)), "NAS1149F0%s63P" % R.randint(3, 9)])


def ata():
    return "%02d-%02d-%02d" % (R.choice([21, 24, 27, 29, 32, 34, 36, 49, 52, 71, 72, 79]), R.randint(0, 60), R.randint(0, 40))


def icao():
    return pick(["EDDF", "EDDH", "EGLL", "EGKK", "ENGM", "LGAV", "WSSS", "YSSY", "RJTT", "KJFK", "KORD", "LEMD", "EHAM", "LSZH", "OMDB", "RPLL"])


def iata():
    return pick(["FRA", "HAM", "LHR", "LGW", "OSL", "ATH", "SIN", "SYD", "HND", "JFK", "ORD", "MAD", "AMS", "ZRH", "DXB", "MNL"])


def flight_no():
    return "%s%s" % (pick(["KE", "NW", "FJ", "HJ", "BJ", "SK", "PX", "AS"]), R.randint(10, 2999))


def pnr():
    return rs(UP.replace("O", "").replace("I", "") + "23456789", 6)


ISO6346 = {c: v for c, v in zip(UP, [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}


def container_no():
    owner = pick(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "TCLU", "OOLU", "CSQU", "BFSU", "NHLU"])
    ser = _g(6)
    s = sum((ISO6346[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + ser))
    return owner + ser + str(s % 11 % 10)


def imo_no():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(5)]
    d[0] = 9
    ck = sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2])) % 10
    return "IMO " + "".join(map(str, d)) + str(ck)


def mmsi():
    return pick(["636", "538", "477", "563", "215", "241", "257", "211", "219", "548"]) + _g(6)


def call_sign():
    return pick(["9HA%s" % _g(4), "V7%s%s" % (rs(UP, 2), _g(1)), "SV%s" % rs(UP, 2) + _g(1), "D5%s%s" % (rs(UP, 2), _g(1)), "VRK%s" % _g(1)])


def bl_no():
    return pick(["BFSU", "MAEU", "NHLU", "HLCU"]) + _g(9)


def hs_code():
    return "%s.%s.%s" % (_g(4), _g(2), _g(2))


def seal_no():
    return pick(["ML-", "SL", "H"]) + _g(7)


def locode():
    return pick(["NLRTM", "DEHAM", "SGSIN", "GRPIR", "CNSHA", "AEJEA", "USLAX", "BEANR", "DKAAR", "PHMNL", "AUMEL", "KRPUS"])


def vessel_name():
    return pick(["BLUEFIN ARIADNE", "NORDHAVN STAR", "PACIFIC KESTREL", "HANSE TRADER", "GULFSTAR PEARL", "AEGEAN SPIRIT", "MAAS EXPRESS", "CORAL BAY"])


def protocol_no():
    return pick(["HLX-%s-%s" % (_g(4), _g(3)), "VRD%s-%s" % (_g(3), _g(2)), "NC-%s-301" % _g(4)])


def eudract():
    return "20%s-%s-%s" % (R.randint(18, 25), _g(6), _g(2))


def nct():
    return "NCT0%s" % _g(7)


def subject_id():
    return "%s-%s" % (_g(3), _g(4))


def meddra():
    return "100%s" % _g(5)


def lot_no():
    return pick(["L", "B", "LOT"]) + _g(6) + pick(["A", "B", ""])


def sha(n=40):
    return rs(HEX, n)


def masked_card():
    return pick(["**** **** **** %s" % _g(4), "XXXX-XXXX-XXXX-%s" % _g(4), "%s******%s" % (pick(["4", "5"]) + _g(5), _g(4))])


def masked_ssn():
    return pick(["XXX-XX-%s" % _g(4), "***-**-%s" % _g(4)])


def itin():
    return "9%s-%s-%s" % (_g(2), pick(["70", "78", "88", "92"]), _g(4))


NEG_SECRET_VALUES = [
    lambda k: "${%s}" % k.upper(), lambda k: "${{ secrets.%s }}" % k.upper(), lambda k: "<your-%s>" % k.replace("_", "-"),
    lambda k: "changeme", lambda k: "vault:secret/data/integrations#%s" % k, lambda k: "********",
    lambda k: "{{ .Values.%s }}" % k, lambda k: "REDACTED",
    lambda k: "", lambda k: "arn:aws:secretsmanager:eu-central-1:%s:secret:%s-%s" % (_g(12), k, rs(AN, 6)),
]


def neg_secret(k):
    return pick(NEG_SECRET_VALUES)(k)


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, dom):
        self.dom = dom
        self.labels = []

    def lab(self, t, v, acc=()):
        self.labels.append({"type": t, "value": v, "accept": list(acc)})
        return v

    def email(self, p=None, work=None):
        p = p or person()
        dom = None
        if work is True:
            dom = pick(WORK_DOMAINS[self.dom])
        elif isinstance(work, str):
            dom = work
        elif work is None and R.random() < 0.6:
            dom = pick(WORK_DOMAINS[self.dom])
        e = email_for(p, dom)
        return self.lab("email", e, ["mailto:" + e, "<%s>" % e])

    def phone(self, cc=None):
        v, acc = phone_for(cc or pick(list(NAMES)))
        acc = [v[1:]] + acc if v.startswith("+") else acc
        return self.lab("phone_number", v, acc)

    def ssn(self):
        v = gen_ssn()
        if R.random() < 0.15:
            v2 = v.replace("-", " ")
            return self.lab("us_ssn", v2, [v.replace("-", "")])
        return self.lab("us_ssn", v, [v.replace("-", "")])

    def card(self):
        f, d = gen_card()
        return self.lab("payment_card", f, [d])

    def iban(self, cc=None):
        f, c = gen_iban(cc)
        return self.lab("iban", f, [c])

    def typed(self, t, key=None):
        g = {"aws_access_key_id": gen_aws_id, "aws_secret_access_key": gen_aws_secret, "github_token": gen_github,
             "gitlab_token": gen_gitlab, "slack_token": gen_slack, "stripe_key": gen_stripe,
             "openai_api_key": gen_openai, "anthropic_api_key": gen_anthropic, "google_api_key": gen_google,
             "jwt": lambda: gen_jwt("https://login.%s/" % pick(WORK_DOMAINS[self.dom])),
             "webhook_url": gen_webhook, "generic_secret": gen_generic}[t]
        v = g()
        acc = ["Bearer " + v, "bearer " + v, "Token " + v]
        if key:
            acc += kv_forms(key, v)
        return self.lab(t, v, acc)

    def urlcred(self, scheme=None, user=None, host=None, path=""):
        scheme = scheme or pick(["postgresql", "mysql", "mongodb+srv", "amqps", "sftp", "ftps", "https", "redis", "smtp", "mssql"])
        user = user if user is not None else pick(["svc_sync", "edi_upload", "amos_ro", "ctms_etl", "tos_reader", "app", "admin_ops", "crewlink", "pv_export", "labxfer"])
        host = host or "%s.%s" % (pick(["db01", "sftp", "mq", "edi", "cache", "mail", "gw"]), pick(WORK_DOMAINS[self.dom]))
        pw = gen_password(urlsafe=True) if R.random() < 0.8 else rs(AN, 24)
        port = {"postgresql": ":5432", "mysql": ":3306", "amqps": ":5671", "redis": ":6379", "smtp": ":587", "mssql": ":1433"}.get(scheme, "")
        url = "%s://%s:%s@%s%s%s" % (scheme, user, pw, host, port, path)
        self.lab("url_credentials", pw, ["%s:%s" % (user, pw), "%s:%s@" % (user, pw), url, ":%s@" % pw])
        return url

    def tokenurl(self, t):
        if t == "github_token":
            v = gen_github()
            url = "https://x-access-token:%s@github.com/%s/%s.git" % (v, pick(["kestrel-aero", "helixbio", "bluefin-it"]), pick(["efb-sync", "edc-etl", "pcs-bridge"]))
            user = "x-access-token"
        else:
            v = gen_gitlab()
            url = "https://oauth2:%s@gitlab.%s/integrations/%s.git" % (v, pick(WORK_DOMAINS[self.dom]), pick(["amos-bridge", "ctms-feed", "tos-edi"]))
            user = "oauth2"
        self.lab(t, v, ["%s:%s" % (user, v), "%s:%s@" % (user, v), url])
        return url


def kv_forms(k, v):
    return ["%s=%s" % (k, v), "%s: %s" % (k, v), "%s = %s" % (k, v), '%s="%s"' % (k, v), '%s = "%s"' % (k, v),
            '%s: "%s"' % (k, v), '"%s": "%s"' % (k, v), "%s=\"%s\"" % (k, v), "'%s': '%s'" % (k, v)]


PII = {"email", "phone_number", "us_ssn", "payment_card", "iban"}

KEYNAMES = {
    "aws_access_key_id": ["aws_access_key_id", "AWS_ACCESS_KEY_ID", "access_key_id"],
    "aws_secret_access_key": ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secret_access_key"],
    "github_token": ["github_token", "GITHUB_TOKEN", "gh_pat"],
    "gitlab_token": ["gitlab_token", "GITLAB_PRIVATE_TOKEN", "deploy_token"],
    "slack_token": ["slack_bot_token", "SLACK_BOT_TOKEN", "slack_app_token"],
    "stripe_key": ["stripe_secret_key", "STRIPE_API_KEY", "stripe_key"],
    "openai_api_key": ["openai_api_key", "OPENAI_API_KEY", "llm_api_key"],
    "anthropic_api_key": ["anthropic_api_key", "ANTHROPIC_API_KEY", "claude_api_key"],
    "google_api_key": ["google_maps_api_key", "GOOGLE_API_KEY", "firebase_api_key"],
    "jwt": ["service_token", "ACCESS_TOKEN", "bearer_token"],
    "webhook_url": ["slack_webhook_url", "TEAMS_WEBHOOK_URL", "alert_webhook"],
    "url_credentials": ["database_url", "DB_URL", "broker_url", "sftp_url", "dsn"],
}
GEN_KEYS = {
    "av": ["amos_api_key", "trax_password", "navblue_client_secret", "sftp_password", "acars_gateway_secret",
           "efb_sync_password", "hmac_secret", "smtp_password", "client_secret", "x-api-key", "crewlink_shared_secret",
           "weather_api_key", "catering_portal_api_key", "encryption_key"],
    "ph": ["edc_api_key", "veeva_password", "rave_client_secret", "sftp_password", "irt_shared_secret", "smtp_password",
           "econsent_signing_secret", "client_secret", "api_key", "lab_transfer_password", "db_password", "session_secret",
           "pgp_passphrase", "encryption_key"],
    "mar": ["inttra_api_key", "portbase_client_secret", "sftp_password", "edi_password", "webhook_signing_secret",
            "ais_feed_token", "smtp_password", "client_secret", "api_key", "db_password", "tos_api_secret", "hmac_key",
            "customs_broker_password", "encryption_key"],
}


def secret_items(ctx, types, style):
    """Build (key, value_or_lines, kind) for secret types. Registers labels (except private_key)."""
    items = []
    done_aws = False
    for t in types:
        if t in ("aws_access_key_id", "aws_secret_access_key"):
            if done_aws:
                continue
            done_aws = True
            upper = style in ("env",)
            both = ("aws_access_key_id" in types and "aws_secret_access_key" in types) or R.random() < 0.55
            if t == "aws_access_key_id" or both:
                k = "AWS_ACCESS_KEY_ID" if upper else pick(["aws_access_key_id", "access_key_id", "accessKeyId"])
                items.append((k, ctx.typed("aws_access_key_id", k), "s"))
            if t == "aws_secret_access_key" or both:
                k = "AWS_SECRET_ACCESS_KEY" if upper else pick(["aws_secret_access_key", "secret_access_key", "secretAccessKey"])
                items.append((k, ctx.typed("aws_secret_access_key", k), "s"))
        elif t == "private_key":
            k = pick(["private_key", "sftp_private_key", "signing_key", "client_key_pem"])
            items.append((k.upper() if style == "env" else k, gen_pem(), "pem"))
        elif t == "url_credentials":
            k = pick(KEYNAMES[t])
            items.append((k.upper() if style == "env" else k, ctx.urlcred(), "s"))
        elif t in ("github_token", "gitlab_token") and R.random() < 0.3:
            k = pick(["repo_url", "remote", "git_source"])
            items.append((k.upper() if style == "env" else k, ctx.tokenurl(t), "s"))
        elif t == "generic_secret":
            k = pick(GEN_KEYS[ctx.dom])
            if style == "env":
                k = k.upper().replace("-", "_")
            items.append((k, ctx.typed(t, k), "s"))
        else:
            k = pick(KEYNAMES[t])
            if style == "env":
                k = k.upper()
            items.append((k, ctx.typed(t, k), "s"))
    return items


def neg_items(ctx, n, style):
    out = []
    for _ in range(n):
        k = pick(GEN_KEYS[ctx.dom] + ["aws_access_key_id", "openai_api_key", "stripe_secret_key", "slack_webhook_url", "github_token"])
        kind = R.random()
        if kind < 0.12 and "aws" in k:
            v = "AKIAIOSFODNN7EXAMPLE"
        elif kind < 0.2 and "stripe" in k:
            v = pick(["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_xxx", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"])
        elif kind < 0.25 and "webhook" in k:
            v = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
        else:
            v = neg_secret(k)
        if style == "env":
            k = k.upper().replace("-", "_")
        out.append((k, v, "s"))
    return out


def pem_render(lines, indent=""):
    return ("\n" + indent).join(lines)


def render_items(ctx, items, style, indent=""):
    out = []
    for k, v, kind in items:
        if kind == "pem":
            if style == "yaml":
                block = pem_render(v, indent + "  ")
                ctx.lab("private_key", block, [])
                out.append("%s%s: |\n%s  %s" % (indent, k, indent, block))
            elif style in ("ini", "props"):
                block = pem_render(v)
                ctx.lab("private_key", block, [])
                out.append("%s%s_file = /etc/integrations/keys/%s.pem" % (indent, k, k))
                out.append("; ---- /etc/integrations/keys/%s.pem ----\n%s" % (k, block))
            elif style == "toml":
                block = pem_render(v)
                ctx.lab("private_key", block, [])
                out.append('%s = """\n%s\n"""' % (k, block))
            elif style == "env":
                block = pem_render(v)
                ctx.lab("private_key", block, [])
                out.append('%s="%s"' % (k, block))
            elif style == "log":
                block = pem_render(v)
                ctx.lab("private_key", block, [])
                out.append("loaded key material for %s:\n%s" % (k, block))
            continue
        if style == "yaml":
            out.append("%s%s: %s" % (indent, k, json.dumps(v) if (v == "" or v.startswith(("{", "*", "%", "$")) or ": " in v) else v))
        elif style == "ini":
            out.append("%s%s = %s" % (indent, k, v))
        elif style == "props":
            out.append("%s%s=%s" % (indent, k, v))
        elif style == "toml":
            out.append('%s%s = "%s"' % (indent, k, v))
        elif style == "env":
            out.append("%s=%s" % (k, v))
        elif style == "log":
            out.append("%s %s config.resolve %s=%s" % (ts(), pick(["DEBUG", "TRACE", "INFO"]), k, v))
    return out


def items_dict(ctx, items):
    d = {}
    for k, v, kind in items:
        if kind == "pem":
            block = pem_render(v) + "\n"
            ctx.lab("private_key", pem_render(v), [])
            d[k] = block
        else:
            d[k] = v
    return d


_T0 = [2025, 3, 1]


def ts(date_only=False):
    y = pick([2024, 2025])
    mo, d = R.randint(1, 12), R.randint(1, 28)
    if date_only:
        return "%04d-%02d-%02d" % (y, mo, d)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def dmy():
    return "%02d%s%02d" % (R.randint(1, 28), pick(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]), R.randint(24, 25))


def hhmm():
    return "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))


def raw(text, sc=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if sc is not None:
        d["structuredContent"] = sc
    return d


def split(want):
    return [t for t in want if t in PII], [t for t in want if t not in PII]


# ================================================================ templates
AV_DESCS = ["L/H MLG brake wear pin at limit - brake assy replaced", "PACK 2 outlet temp fluctuation - TCV replaced IAW AMM",
            "Cabin PA inop rows 20-32 - amplifier reset, ops check good", "ENG 1 oil consumption check carried out, within limits",
            "FWD lav smoke detector fault msg - detector replaced", "Bird strike inspection radome/nose area - NIL damage found",
            "Fuel qty ind tank 2 erratic - FQIS connector cleaned", "Seat 14C recline inop - MEL 25-21-01 raised",
            "ADIRU 2 align fault - BITE test passed, monitor", "Hydraulic leak R/H spoiler 4 actuator - seal kit fitted"]
AV_TYPES = ["A320-214", "A321-271NX", "B737-8", "B787-9", "ATR72-600", "E190", "A350-941", "DHC-8-402"]


def sec_or_neg(ctx, sec, style, nneg=None):
    if sec:
        items = secret_items(ctx, sec, style)
        items += neg_items(ctx, R.randint(0, 2), style)
        R.shuffle(items)
        return items
    return neg_items(ctx, nneg or R.randint(2, 4), style)


def email_or_role(ctx, pii, p, dom, roles, key="email"):
    if key in pii:
        return ctx.email(p, dom if R.random() < 0.7 else None)
    return role_email(dom, roles)


def phone_or_neg(ctx, pii, cc):
    if "phone_number" in pii:
        return ctx.phone(cc)
    return neg_phone(cc)


# ---------------- aviation
def av_work_order(ctx, want):
    pii, sec = split(want)
    dom = pick(WORK_DOMAINS["av"])
    tech, planner = person(), person()
    cards = []
    for _ in range(R.randint(2, 4)):
        cards.append({"task_card": "TC-%s-%s" % (ata(), _g(3)), "ata_chapter": ata()[:5], "finding": pick(AV_DESCS),
                      "parts_installed": [{"pn": part_number(), "sn": "SN" + _g(6), "batch": lot_no(),
                                           "form1_tracking": "F1-%s" % _g(8)}],
                      "man_hours": round(R.uniform(0.5, 12), 1),
                      "certifying_staff": {"name": tech["name"], "licence": "%s.66.%s" % (pick(["DE", "UK", "NO", "SG"]), _g(5)),
                                           "stamp": "Q" + _g(3)}})
    doc = {"work_order": "WO-%d-%s" % (pick([2024, 2025]), _g(6)),
           "aircraft": {"registration": aircraft_reg(), "msn": _g(4), "type": pick(AV_TYPES), "tsn_hours": R.randint(3000, 60000)},
           "station": icao(), "opened": ts(), "status": pick(["OPEN", "IN_WORK", "CLOSED", "DEFERRED"]),
           "task_cards": cards,
           "raised_by": {"name": planner["name"], "email": email_or_role(ctx, pii, planner, dom, ["planning", "mcc", "techlog"]),
                         "phone": phone_or_neg(ctx, pii, planner["cc"])},
           "commit": sha(40)}
    doc["integration"] = {"target": pick(["AMOS", "TRAX", "Ultramain", "Swiss-AS bridge"]),
                          "credentials": items_dict(ctx, sec_or_neg(ctx, sec, "json"))}
    return doc


def av_tech_log(ctx, want):
    pii, sec = split(want)
    reg = aircraft_reg()
    lines = ["TECHNICAL LOG  %s  A/C %s  PAGE %s" % (pick(AV_TYPES), reg, _g(6)),
             "SECTOR %s %s-%s  BLOCK %s-%s" % (flight_no(), iata(), iata(), hhmm(), hhmm()), ""]
    for i in range(R.randint(2, 4)):
        lines.append("ITEM %d  DEFECT: %s" % (i + 1, pick(AV_DESCS)))
        lines.append("        ACTION: %s  AMM %s  CRS STAMP %s  LIC %s" % (pick(["Rectified", "Deferred MEL", "Ops check good", "Monitored"]),
                                                                          ata(), "Q" + _g(3), "UK.66.%s" % _g(5)))
    remark = []
    for t in pii:
        p = person()
        if t == "email":
            remark.append(pick(["Photos of damage sent to %s (%s) for assessment." , "Structures engineer %s <%s> to advise before next flight."]) % (p["name"], ctx.email(p, True)))
        elif t == "phone_number":
            remark.append(pick(["MCC duty engineer %s reachable on %s.", "Crew advised %s on %s (mobile) re deferral."]) % (p["name"], ctx.phone(p["cc"])))
    for k, v, kind in secret_items(ctx, sec, "ini"):
        if kind == "pem":
            block = pem_render(v)
            ctx.lab("private_key", block, [])
            remark.append("EFB cert reinstalled, key pasted below by IT:\n" + block)
        else:
            remark.append("EFB re-sync done, %s = %s (per IT ticket)" % (k, v))
    if not remark:
        remark.append(pick(["Contact mcc@%s or %s for deferral extension." % (pick(WORK_DOMAINS["av"]), neg_phone()),
                            "NIL further remarks. Next check due %s." % ts(True)]))
    lines += ["", "REMARKS:"] + remark + ["", "MEL REF %s  CAT %s  DUE %s" % (ata(), pick("ABC"), dmy())]
    return "\n".join(lines)


def av_coc_form1(ctx, want):
    pii, sec = split(want)
    sup = pick(["Skylark Components Ltd", "Nordwing Technik GmbH", "Tasman Engineering Pty", "Sakura Aero Parts KK"])
    dom = pick(WORK_DOMAINS["av"])
    p = person()
    lines = ["AUTHORISED RELEASE CERTIFICATE - EASA FORM 1", "1. Approving Competent Authority/Country: %s" % pick(["LBA / GERMANY", "CAA / UNITED KINGDOM", "CASA / AUSTRALIA"]),
             "3. Form Tracking Number: %s" % ("ARC-" + _g(7)), "4. Organisation: %s, Approval Ref %s" % (sup, pick(["DE.145.%s", "UK.145.%s", "DE.21G.%s"]) % _g(4)),
             "5. Work Order/Contract/Invoice: %s" % ("PO" + _g(8)), "",
             "6.Item 7.Description          8.Part No.        9.Qty 10.Serial No.   11.Status/Work"]
    for i in range(R.randint(1, 3)):
        lines.append("%-6d %-22s %-17s %-5d %-15s %s" % (i + 1, pick(["BRAKE ASSY", "STARTER GENERATOR", "FUEL PUMP", "ACTUATOR, SPOILER", "VALVE, TEMP CONTROL"]),
                                                      part_number(), R.randint(1, 4), "SN" + _g(7), pick(["OVERHAULED", "REPAIRED", "NEW", "INSPECTED/TESTED"])))
    lines += ["12. Remarks: Batch %s. Trace to OEM CoC %s." % (lot_no(), "C" + _g(9))]
    for t in pii:
        if t == "email":
            lines.append("    Quality contact: %s, %s" % (p["name"], ctx.email(p, dom)))
        elif t == "phone_number":
            lines.append("    Direct line of certifying staff: %s" % ctx.phone(p["cc"]))
        elif t == "iban":
            lines.append("    Remit-to (invoice %s): %s, IBAN %s, BIC %s" % ("INV" + _g(6), sup, ctx.iban(pick(["DE", "GB", "AT", "CH"])), rs(UP, 6) + "XX"))
    if not pii:
        lines.append("    Quality queries: quality@%s / %s" % (dom, neg_phone()))
    lines += ["14a. Certifies that the items identified above were manufactured in conformity to approved design data.",
              "14b. Authorised Signature: %s  14c. Approval/Auth No: %s  14e. Date: %s" % (p["name"], "A" + _g(5), ts(True))]
    meta = {"source": "docsvc://coc/%s.pdf" % uuid4(), "pages": 1, "sha256": sha(64)}
    if sec:
        meta["fetch_config"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    return raw("\n".join(lines), meta if R.random() < 0.5 or sec else None)


def av_crew_roster(ctx, want):
    pii, sec = split(want)
    lines = ["CREW ROSTER  BASE %s  PERIOD %s-%s  PUBLISHED %s" % (iata(), dmy(), dmy(), ts()), "",
             "%-8s %-4s %-22s %-10s %-22s %-30s" % ("CREW_ID", "RANK", "NAME", "PAIRING", "PHONE", "EMAIL"),
             "-" * 100]
    n = R.randint(4, 7)
    slots = list(range(n))
    R.shuffle(slots)
    pe = slots[0] if "email" in pii else -1
    pp = slots[1 % n] if "phone_number" in pii else -1
    extra_phone = R.random() < 0.4
    for i in range(n):
        p = person()
        em = ctx.email(p) if i == pe else pick(["-", "crewcontrol@" + pick(WORK_DOMAINS["av"]), "on file"])
        ph = ctx.phone(p["cc"]) if (i == pp or (extra_phone and i == slots[-1] and "phone_number" in pii and n > 2)) else pick(["-", "ext. " + _g(4), "+%s *** *** %s" % (pick(["49", "44", "47"]), _g(3))])
        lines.append("%-8s %-4s %-22s %-10s %-22s %-30s" % (_g(5), pick(["CP", "FO", "SO", "PU", "FA", "FA"]), (p["last"].upper() + "/" + p["first"].upper())[:22],
                                                            "P" + _g(4), ph, em))
    lines += ["", "Duty legend: SBY=standby, OFF=day off, RSV=reserve. Licence numbers on file only."]
    if sec:
        lines += ["", "# export job settings"] + render_items(ctx, secret_items(ctx, sec, "props"), "props")
    return "\n".join(lines)


def av_crew_contacts_xml(ctx, want):
    pii, sec = split(want)
    rows = []
    n = R.randint(2, 4)
    for i in range(n):
        p = person()
        attrs = 'id="%s" rank="%s" base="%s"' % (_g(5), pick(["CPT", "FO", "CCM", "SCCM"]), iata())
        em = ctx.email(p) if ("email" in pii and i == 0) else role_email(pick(WORK_DOMAINS["av"]), ["crewcontrol", "crew"])
        if "phone_number" in pii and i == n - 1:
            phone_xml = '<Phone type="mobile">%s</Phone>' % ctx.phone(p["cc"])
        else:
            phone_xml = '<Phone type="ops" public="true">%s</Phone>' % neg_phone()
        mail_xml = '<Email value="%s"/>' % em if R.random() < 0.5 else "<Email>%s</Email>" % em
        rows.append('  <CrewMember %s>\n    <Name>%s</Name>\n    %s\n    %s\n    <LicenceNo>%s</LicenceNo>\n  </CrewMember>' % (
            attrs, p["name"], phone_xml, mail_xml, "%s.FCL.%s" % (pick(["DE", "NO", "UK"]), _g(7))))
    x = '<?xml version="1.0" encoding="UTF-8"?>\n<CrewContactList airline="%s" generated="%s">\n%s\n' % (pick(["NW", "FJ", "BJ"]), ts(), "\n".join(rows))
    if sec:
        x += "  <Sync>\n" + "\n".join('    <Setting key="%s" value="%s"/>' % (k, v) for k, v, kd in secret_items(ctx, [s for s in sec if s != "private_key"], "xml")) + "\n  </Sync>\n"
        if "private_key" in sec:
            block = pem_render(gen_pem())
            ctx.lab("private_key", block, [])
            x += "  <ClientKey>\n%s\n  </ClientKey>\n" % block
    x += "</CrewContactList>"
    return raw(x)


def av_acars(ctx, want):
    pii, sec = split(want)
    reg = aircraft_reg().replace("-", "")
    fl = flight_no()
    msgs = []
    for kind in ["OUT", "OFF", "ON", "IN"][:R.randint(2, 4)]:
        msgs.append("QU %s\n.%s %s\nM1%s\nFI %s/AN %s\nDT DDL %s %s %s\n- %s/%s %s/%s" % (
            pick(["HDQOPXS", "FRAOWXH", "MCCDUTY"]), pick(["DDLXCXA", "SITAOPS"]), hhmm() + "00", pick("ABCD"), fl, reg, iata(), dmy()[:2] + hhmm(), "M" + _g(2) + "A",
            kind, hhmm(), "FOB", _g(5)))
    free = []
    for t in pii:
        p = person()
        if t == "phone_number":
            free.append("PLS CALL %s %s ON %s RE TECH STATUS" % (pick(["CAPT", "MX CTRL", "STN ENG"]), p["last"].upper(), ctx.phone(p["cc"])))
        elif t == "email":
            free.append("SEND PIREP COPY TO %s" % ctx.email(p, True))
    for k, v, kind in secret_items(ctx, [s for s in sec if s != "private_key"], "ini"):
        free.append("GND SYS CFG %s/%s" % (k.upper(), v))
    if not free:
        free.append("REQ WX %s %s / CTC OPS %s" % (icao(), icao(), neg_phone()))
    msgs.append("QU %s\n.%s %s\nTXT\n- FREE TEXT/%s\n%s" % ("MCCDUTY", "DDLXCXA", hhmm() + "00", fl, "\n".join(free)))
    return "\n\n".join(msgs)


def av_dispatch_release(ctx, want):
    pii, sec = split(want)
    disp = person("US" if R.random() < 0.5 else None)
    lines = ["DISPATCH RELEASE  FLT %s/%s  %s-%s  ALTN %s" % (flight_no(), dmy(), icao(), icao(), icao()),
             "A/C %s  %s  MEL: %s" % (aircraft_reg(), pick(AV_TYPES), pick(["NIL", ata() + " CAT C"])),
             "FUEL  TRIP %s  CONT %s  ALTN %s  FINAL %s  TOTAL %s" % tuple(str(R.randint(800, 20000)) for _ in range(5)),
             "ROUTE %s" % " ".join(pick(["UL607", "DCT", "N602", "UN866", "Y100", "T161"]) + " " + rs(UP, 5) for _ in range(3)),
             "WX: METAR %s %s %sKT 9999 FEW0%s %02d/%02d Q10%s" % (icao(), _g(6) + "Z", _g(5), _g(2), R.randint(0, 30), R.randint(0, 15), _g(2)),
             "PIC %s  LIC %s" % (person()["name"].upper(), "%s.FCL.ATPL.%s" % (pick(["UK", "DE"]), _g(7))), ""]
    dl = "DISPATCHER: %s" % disp["name"].upper()
    if "phone_number" in pii:
        dl += "  DIRECT %s" % ctx.phone(disp["cc"])
    else:
        dl += "  OCC DESK %s" % neg_phone()
    if "email" in pii:
        dl += "  %s" % ctx.email(disp, True)
    lines.append(dl)
    sc = None
    if sec:
        sc = {"release_id": uuid4(), "efb_push": items_dict(ctx, secret_items(ctx, sec, "json"))}
    elif R.random() < 0.5:
        sc = {"release_id": uuid4(), "efb_push": {"endpoint": "https://efb.%s/api/v2/releases" % pick(WORK_DOMAINS["av"]), "api_key": "process.env.EFB_API_KEY"}}
    lines.append("RELEASE NO %s  SIG ON FILE  CHECKSUM %s" % (_g(6), sha(16)))
    return raw("\n".join(lines), sc)


def av_loadsheet(ctx, want):
    pii, sec = split(want)
    lc = person()
    lines = ["LOADSHEET           CHECKED      APPROVED     EDNO",
             "ALL WEIGHTS IN KILOS %s        %s          %s" % (rs(UP, 3), rs(UP, 3), R.randint(1, 3)),
             "FROM/TO FLIGHT    A/C REG  VERSION       CREW    DATE   TIME",
             "%s %s %-8s %-8s %-13s %s    %s %s" % (iata(), iata(), flight_no(), aircraft_reg().replace("-", ""), "C%dY%d" % (R.randint(8, 30), R.randint(120, 200)), "2/%d" % R.randint(4, 8), dmy()[:5], hhmm()),
             "LOAD IN COMPARTMENTS  %s" % " ".join("%d/%d" % (i, R.randint(0, 3000)) for i in range(1, 5)),
             "PASSENGER/CABIN BAG   %d/%d/%d/0  TTL %d CAB 0" % (R.randint(50, 90), R.randint(50, 90), R.randint(0, 5), R.randint(100, 190)),
             "TOTAL TRAFFIC LOAD    %d" % R.randint(8000, 20000), "DRY OPERATING WEIGHT  %d" % R.randint(40000, 45000),
             "TAKE OFF WEIGHT ACTUAL %d MAX %d" % (R.randint(60000, 78000), 78000), "DOI %s  LIZFW %s  MACTOW %s" % (round(R.uniform(40, 60), 2), round(R.uniform(15, 35), 1), round(R.uniform(20, 32), 1)),
             "SI"]
    if "phone_number" in pii:
        lines.append("LMC QUERIES TO LOAD CONTROLLER %s %s" % (lc["last"].upper(), ctx.phone(lc["cc"])))
    if "email" in pii:
        lines.append("FINAL LS COPY TO %s" % ctx.email(lc, True))
    if not pii:
        lines.append("LMC QUERIES TO LOADCONTROL DESK %s / loadcontrol@%s" % (neg_phone(), pick(WORK_DOMAINS["av"])))
    if sec:
        lines += ["", "-- DCS interface trace --"] + render_items(ctx, secret_items(ctx, sec, "log"), "log")
    lines.append("END LOADSHEET EDNO %d" % R.randint(1, 3))
    return "\n".join(lines)


def av_catering_order(ctx, want):
    pii, sec = split(want)
    dom = pick(WORK_DOMAINS["av"])
    p = person()
    doc = {"order_id": "CAT-%s" % _g(8), "flight": flight_no(), "std": ts(), "station": iata(),
           "supplier": {"name": pick(["SkyChef Hamburg", "Aerofood Athens", "Harbour Catering SIN"]), "public_line": neg_phone(),
                        "orders_mailbox": role_email(dom, ["catering", "handling"])},
           "lines": [{"item": pick(["HOT MEAL C", "SNACK BOX Y", "SPML VGML", "CREW MEAL", "ICE 20KG", "WATER 1.5L"]), "qty": R.randint(1, 180),
                      "trolley": "T" + _g(4)} for _ in range(R.randint(2, 5))],
           "ordered_by": {"name": p["name"]}, "gift_voucher": "GV-%s-%s" % (rs(UP, 4), _g(4))}
    if "email" in pii:
        doc["ordered_by"]["email"] = ctx.email(p, dom)
    if "phone_number" in pii:
        doc["ordered_by"]["mobile"] = ctx.phone(p["cc"])
    if "payment_card" in pii:
        doc["payment"] = {"method": "corporate_card", "card_number": ctx.card(), "expiry": "%02d/%d" % (R.randint(1, 12), R.randint(26, 30))}
    else:
        doc["payment"] = {"method": "invoice", "card_number": masked_card(), "test_card_used_in_uat": pick(["4242 4242 4242 4242", "4111111111111111"])}
    if "iban" in pii:
        doc["payment"]["supplier_iban"] = ctx.iban()
    else:
        doc["payment"]["supplier_iban_example"] = "DE89 3704 0044 0532 0130 00"
    doc["portal"] = items_dict(ctx, sec_or_neg(ctx, sec, "json"))
    return doc


def av_aodb_export(ctx, want):
    pii, sec = split(want)
    flights = []
    for _ in range(R.randint(3, 6)):
        flights.append({"flt": flight_no(), "reg": aircraft_reg(), "sta": ts(), "stand": pick("ABCDE") + _g(2), "gate": pick("ABC") + _g(2),
                        "belt": R.randint(1, 12), "status": pick(["ONB", "LND", "EXP", "DLY", "CNX"]), "handler": pick(["SWP", "WFS", "DNT"])})
    payload = {"export": "aodb.flights", "airport": icao(), "generated": ts(), "rows": flights}
    if pii:
        p = person()
        duty = {"role": "Apron duty manager", "name": p["name"]}
        if "phone_number" in pii:
            duty["phone"] = ctx.phone(p["cc"])
        if "email" in pii:
            duty["email"] = ctx.email(p, True)
        payload["duty_manager"] = duty
    else:
        payload["duty_manager"] = {"role": "AOC", "phone": neg_phone(), "email": role_email(pick(WORK_DOMAINS["av"]), ["ops", "occ"])}
    sc = None
    if sec:
        payload["notify"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    else:
        payload["notify"] = {"webhook": "${AODB_WEBHOOK_URL}", "trace_id": rs(HEX, 32)}
    text = json.dumps(payload, ensure_ascii=False, indent=R.choice([None, 2]))
    if R.random() < 0.4:
        sc = {"rows": len(flights), "airport": payload["airport"]}
    return raw(text, sc)


def av_efb_config(ctx, want):
    pii, sec = split(want)
    lines = ["# EFB integration - %s fleet" % pick(AV_TYPES), "efb:", "  vendor: %s" % pick(["Flysmart", "FliteDeck Pro", "Jeppesen", "Navblue"]),
             "  sync_interval_min: %d" % R.randint(5, 60), "  tail_numbers: [%s]" % ", ".join(aircraft_reg() for _ in range(3)),
             "  device_mdm_profile: %s" % uuid4(), "  cert_fingerprint_sha256: %s" % ":".join(rs("0123456789ABCDEF", 2) for _ in range(16)),
             "credentials:"]
    lines += render_items(ctx, sec_or_neg(ctx, sec, "yaml"), "yaml", "  ")
    contacts = []
    for t in pii:
        p = person()
        if t == "email":
            contacts.append("  - name: %s\n    email: %s" % (p["name"], ctx.email(p, True)))
        elif t == "phone_number":
            contacts.append("  - name: %s\n    phone: \"%s\"" % (p["name"], ctx.phone(p["cc"])))
    if contacts:
        lines += ["support_contacts:"] + contacts
    else:
        lines += ["support_contacts:", "  - name: EFB admin desk\n    email: %s" % role_email(pick(WORK_DOMAINS["av"]), ["helpdesk", "support"])]
    lines.append("# read at runtime: os.environ[\"EFB_CLIENT_SECRET\"]")
    return "\n".join(lines)


def av_mro_integration_ini(ctx, want):
    pii, sec = split(want)
    lines = ["; MRO ERP <-> parts supplier bridge", "[general]", "site = %s" % icao(), "log_level = INFO", "build = %s" % sha(40)[:12],
             "", "[supplier_portal]", "endpoint = https://portal.%s/api/v3" % pick(WORK_DOMAINS["av"])]
    items = sec_or_neg(ctx, sec, "ini")
    lines += render_items(ctx, items, "ini")
    lines += ["", "[notifications]"]
    for t in pii:
        p = person()
        if t == "email":
            lines.append("escalation_contact = %s" % ctx.email(p, True))
        elif t == "phone_number":
            lines.append("aog_desk_oncall = %s" % ctx.phone(p["cc"]))
    lines.append("from_address = noreply@%s" % pick(WORK_DOMAINS["av"]))
    return "\n".join(lines)


def av_crew_onboarding(ctx, want):
    pii, sec = split(want)
    p = person("US")
    doc = {"employee": {"crew_id": _g(5), "name": p["name"], "rank": pick(["First Officer", "Flight Attendant", "Captain"]),
                        "base": pick(["ORD", "JFK", "SEA", "MIA"]), "dob": "19%d-%02d-%02d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)),
                        "faa_certificate": _g(7), "known_crewmember_id": "KCM" + _g(8)},
           "tax": {}, "banking": {}, "corporate_card": {}}
    doc["tax"]["ssn"] = ctx.ssn() if "us_ssn" in pii else masked_ssn()
    doc["tax"]["itin_of_dependent"] = itin() if R.random() < 0.4 else None
    if "email" in pii:
        doc["employee"]["personal_email"] = ctx.email(p, False)
    if "phone_number" in pii:
        doc["employee"]["mobile"] = ctx.phone("US")
    doc["banking"] = {"routing_number": _g(9), "account_number": _g(R.randint(8, 12))}
    if "iban" in pii:
        doc["banking"]["foreign_iban"] = ctx.iban()
    if "payment_card" in pii:
        doc["corporate_card"] = {"pan": ctx.card(), "limit_usd": R.randint(2, 10) * 1000}
    else:
        doc["corporate_card"] = {"pan": masked_card()}
    doc["hr_contact"] = role_email(pick(WORK_DOMAINS["av"]), ["hr", "payroll", "crew"])
    if sec:
        doc["onboarding_system"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    return doc


def av_parts_trace(ctx, want):
    pii, sec = split(want)
    chain = []
    for _ in range(R.randint(2, 4)):
        chain.append({"owner": pick(["OEM", "Distributor", "Repair Station", "Operator"]), "doc": pick(["8130-3", "EASA Form 1", "CoC"]),
                      "ref": "T" + _g(8), "date": ts(True)})
    inner = {"pn": part_number(), "sn": "SN" + _g(7), "back_to_birth": chain, "llp_cycles_remaining": R.randint(0, 20000)}
    if pii:
        p = person()
        c = {"name": p["name"]}
        if "email" in pii:
            c["email"] = ctx.email(p, True)
        if "phone_number" in pii:
            c["phone"] = ctx.phone(p["cc"])
        inner["broker_contact"] = c
    doc = {"request_id": uuid4(), "status": 200, "body": json.dumps(inner, ensure_ascii=False),
           "trace_id": rs(HEX, 32)}
    if sec:
        hdrs = {}
        for k, v, kind in secret_items(ctx, sec, "json"):
            if kind == "pem":
                block = pem_render(v)
                ctx.lab("private_key", block, [])
                hdrs["x-client-key"] = block
            elif k in ("service_token", "ACCESS_TOKEN", "bearer_token"):
                hdrs["authorization"] = "Bearer " + v
            else:
                hdrs[k] = v
        doc["request_headers"] = hdrs
    else:
        doc["request_headers"] = {"authorization": "Bearer <redacted>", "x-api-key": "process.env.PARTS_API_KEY"}
    return doc


# ---------------- pharma
AE_TERMS = [("Nausea", "10028813"), ("Headache", "10019211"), ("Neutropenia", "10029354"), ("Rash maculo-papular", "10037868"),
            ("Alanine aminotransferase increased", "10001551"), ("Pneumonia", "10035664"), ("Syncope", "10042772"), ("Atrial fibrillation", "10003658")]


def ph_edc_export(ctx, want):
    pii, sec = split(want)
    site = "%s-%s" % (pick(["DE", "FR", "GB", "JP", "US", "ES"]), _g(3))
    crc = person()
    forms = []
    for _ in range(R.randint(2, 4)):
        forms.append({"subject": subject_id(), "visit": pick(["SCREENING", "C1D1", "C1D8", "C2D1", "EOT"]), "form": pick(["VS", "AE", "CM", "LB", "EX"]),
                      "field": pick(["SYSBP", "AETERM", "CMDOSE", "ALT", "EXLOT"]), "value": pick(["128", "Headache", "500 mg", "42", lot_no()]),
                      "query": None})
    q = forms[0]
    if "email" in pii or "phone_number" in pii:
        txt = "Please verify against source; CRC %s" % crc["name"]
        if "email" in pii:
            txt += " (%s)" % ctx.email(crc, True)
        if "phone_number" in pii:
            txt += " can be reached on %s" % ctx.phone(crc["cc"])
        q["query"] = {"id": "Q" + _g(6), "text": txt, "status": "OPEN"}
    else:
        q["query"] = {"id": "Q" + _g(6), "text": "Value out of range, please confirm. Contact datamanagement@%s" % pick(WORK_DOMAINS["ph"]), "status": "ANSWERED"}
    doc = {"study": protocol_no(), "eudract": eudract(), "registry": nct(), "site": site, "export_ts": ts(), "records": forms}
    if sec:
        doc["export_job"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    else:
        doc["export_job"] = {"api_key": pick(["${EDC_API_KEY}", "<your-api-key>", "changeme"]), "job_id": uuid4()}
    return doc


def csvq(s):
    return '"%s"' % s.replace('"', '""') if ("," in s or '"' in s) else s


def ph_sdtm_csv(ctx, want):
    pii, sec = split(want)
    study = protocol_no()
    dom = pick(["AE", "CO"])
    if dom == "AE":
        hdr = "STUDYID,DOMAIN,USUBJID,AESEQ,AETERM,AEDECOD,AELLTCD,AESEV,AESER,AESTDTC,AECOMM"
    else:
        hdr = "STUDYID,DOMAIN,USUBJID,COSEQ,RDOMAIN,COVAL,CODTC"
    rows = [hdr]
    n = R.randint(3, 6)
    inject = list(pii)
    for i in range(n):
        usub = "%s-%s" % (study, subject_id())
        comm = pick(["Resolved without treatment", "Dose interrupted, restarted C2D1", "Investigator: unrelated, see CM line 4", "NA"])
        if inject and (i == n - 1 or R.random() < 0.4):
            t = inject.pop(0)
            p = person()
            if t == "email":
                comm = "Subject emailed site from %s, symptoms started evening before" % ctx.email(p, False)
            elif t == "phone_number":
                comm = "Call from caregiver %s, %s, reported ER visit" % (p["first"], ctx.phone(p["cc"]))
            elif t == "us_ssn":
                comm = "Hospital record rcvd with SSN %s, not redacted - escalate" % ctx.ssn()
        term, code = pick(AE_TERMS)
        if dom == "AE":
            row = [study, "AE", usub, str(i + 1), term, term.upper(), code, pick(["MILD", "MODERATE", "SEVERE"]), pick("NY"), ts(True), csvq(comm)]
        else:
            row = [study, "CO", usub, str(i + 1), pick(["AE", "CM", "DM"]), csvq(comm), ts(True)]
        rows.append(",".join(row))
    text = "\n".join(rows)
    if sec:
        text = "# transfer manifest\n" + "\n".join(render_items(ctx, secret_items(ctx, sec, "env"), "env")) + "\n\n" + text
    return text


def ph_cioms(ctx, want):
    pii, sec = split(want)
    rep = person()
    pt = pick(AE_TERMS)
    lines = ["CIOMS FORM I - SUSPECT ADVERSE REACTION REPORT", "Mfr control no.: %s-%s-%s" % (pick(["HLX", "VRD"]), pick(["DE", "JP", "US", "FR"]), _g(8)),
             "1. Patient initials: %s   1a. Country: %s   2. Date of birth: PRIVACY   2a. Age: %d   3. Sex: %s" % (rs(UP, 2), pick(["GERMANY", "JAPAN", "FRANCE", "USA"]), R.randint(25, 80), pick("MF")),
             "7+13. Describe reaction(s): %s (MedDRA LLT %s)" % (pt[0], pt[1]), "", "NARRATIVE:"]
    narr = ["A %d-year-old %s enrolled in study %s (%s) received study drug lot %s." % (R.randint(25, 80), pick(["male", "female"]), protocol_no(), eudract(), lot_no()),
            "On day %d the patient experienced %s and was hospitalised." % (R.randint(2, 90), pt[0].lower())]
    for t in pii:
        if t == "email":
            if R.random() < 0.4:
                narr.append("追加情報は報告医師（%s）のメール %s より受領。" % (rep["name"], ctx.email(rep, True)))
            else:
                narr.append("The reporting physician, Dr %s, sent follow-up information from %s." % (rep["name"], ctx.email(rep, True)))
        elif t == "phone_number":
            narr.append("The patient's daughter (%s) can be contacted on %s for follow-up." % (person()["first"], ctx.phone(rep["cc"])))
        elif t == "us_ssn":
            narr.append("Discharge summary received from the US hospital listed the patient's SSN %s in the header." % ctx.ssn())
    narr.append("Outcome: %s. Causality (investigator): %s." % (pick(["recovering", "recovered", "not recovered"]), pick(["related", "not related", "possibly related"])))
    lines += narr
    lines += ["", "24b. Mfr no.: %s   24c. Date received: %s   Report source: study" % ("CS-" + _g(7), ts(True)),
              "Send queries to drugsafety@%s or the PV hotline %s." % (pick(WORK_DOMAINS["ph"]), neg_phone())]
    if sec:
        lines += ["", "[gateway submission log]"] + render_items(ctx, secret_items(ctx, sec, "log"), "log")
    return "\n".join(lines)


def ph_monitoring_report(ctx, want):
    pii, sec = split(want)
    crc = person()
    site = "%s-%s" % (pick(["DE", "GB", "US", "PL", "ES", "JP"]), _g(3))
    paras = ["MONITORING VISIT REPORT - Interim Monitoring Visit %d" % R.randint(2, 12),
             "Protocol %s | Site %s | PI Dr %s | Visit date %s" % (protocol_no(), site, person()["name"], ts(True)),
             "", "1. Subject status: %d screened, %d randomised, %d ongoing. Subjects reviewed: %s." % (R.randint(5, 30), R.randint(3, 20), R.randint(1, 15), ", ".join(subject_id() for _ in range(3))),
             "2. SDV completed for visits C1D1-C3D1; %d queries raised." % R.randint(0, 20),
             "3. IP accountability: kits %s reconciled; temperature excursion log reviewed." % ", ".join("K" + _g(5) for _ in range(2))]
    f = []
    for t in pii:
        if t == "email":
            f.append("The site coordinator %s asked that future correspondence go to %s instead of the site mailbox." % (crc["name"], ctx.email(crc, R.random() < 0.5)))
        elif t == "phone_number":
            f.append(pick(["Site coordinator reachable on %s (mobile) during the closure period.",
                           "Koordinatorin während der Schließzeit mobil erreichbar unter %s.",
                           "La coordinatrice reste joignable au %s pendant la fermeture."]) % ctx.phone(crc["cc"]))
        elif t == "us_ssn":
            f.append("FINDING: a copy of a stipend W-9 in the ISF showed the participant's SSN %s; removed and filed in the locked cabinet." % ctx.ssn())
        elif t == "payment_card":
            f.append("FINDING: a courier receipt in the regulatory binder showed the full card number %s used to ship samples; receipt redacted on site." % ctx.card())
        elif t == "iban":
            f.append("Site requested investigator grant payments to new account IBAN %s (letter on file)." % ctx.iban())
    for k, v, kind in secret_items(ctx, [s for s in sec if s != "private_key"], "ini"):
        f.append("FINDING: EDC/IRT credentials written on a sticky note at the coordinator's desk (%s: %s); user asked to reset." % (k, v))
    if not f:
        f.append("No significant findings. Site contact per monitoring plan: studyteam@%s, masked SSN on W-9 %s (acceptable)." % (pick(WORK_DOMAINS["ph"]), masked_ssn()))
    paras += ["", "4. Findings and actions:"] + ["   - " + x for x in f]
    paras += ["", "Report signed: CRA %s, %s" % (person()["name"], ts(True))]
    return raw("\n".join(paras))


def ph_site_contacts(ctx, want):
    pii, sec = split(want)
    sites = []
    n = R.randint(2, 4)
    for i in range(n):
        p = person()
        s = {"site_no": "%s%s" % (pick(["1", "2", "3"]), _g(2)), "institution": pick(["Uniklinik Lindenau", "CHU Valmont", "St Mary's Research Unit", "Osaka Med Center", "Mayfair Clinical"]),
             "pi": "Dr " + p["name"], "role": pick(["PI", "Sub-I", "CRC", "Pharmacist"]),
             "email": ctx.email(p, True) if ("email" in pii and i == 0) else role_email(pick(WORK_DOMAINS["ph"]), ["clinicaltrials", "trials", "studyteam"]),
             "phone": ctx.phone(p["cc"]) if ("phone_number" in pii and i == n - 1) else neg_phone(),
             "license_no": "LIC-%s" % _g(6)}
        sites.append(s)
    payload = {"study": protocol_no(), "sites": sites, "sponsor_hotline": neg_phone()}
    if sec:
        payload["ctms_sync"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    return raw(json.dumps(payload, ensure_ascii=False, indent=2))


def ph_irb_email(ctx, want):
    pii, sec = split(want)
    a, b = person(), person()
    irbdom = "westbrook-irb.org"
    a_mail = ctx.email(a, True) if "email" in pii else role_email(irbdom, ["irb", "ethics"])
    b_line = ""
    if "phone_number" in pii:
        b_line = "Direct: %s" % ctx.phone(b["cc"])
    else:
        b_line = "Main: %s" % neg_phone()
    msgid = "<%s.%s@mail.%s>" % (_g(10), rs(HEX, 8), irbdom)
    body = ["From: %s <%s>" % (a["name"], a_mail), "To: studyteam@%s" % pick(WORK_DOMAINS["ph"]), "Subject: RE: Amendment %d - %s continuing review" % (R.randint(1, 6), protocol_no()),
            "Message-ID: %s" % msgid, "", "Dear study team,", "",
            "The Board approved Amendment %d at the convened meeting on %s. The approval letter (ref IRB-%s) is attached." % (R.randint(1, 6), ts(True), _g(6)),
            "Please upload the stamped ICF v%d.%d to the eTMF." % (R.randint(2, 6), R.randint(0, 3))]
    if sec:
        body += ["", "For the reliance portal upload, the credentials you asked for:"] + render_items(ctx, secret_items(ctx, sec, "ini"), "ini")
    body += ["", "Regards,", a["name"], "IRB Coordinator", "", "> On %s, %s wrote:" % (ts(True), b["name"]),
             "> Could you confirm whether the amendment needs full board review?"]
    if "email" in pii and R.random() < 0.5:
        body.append("> Please also copy my colleague %s." % ctx.email(person(), True))
    body += ["> " + b_line, "> Study start-up lead"]
    return "\n".join(body)


def ph_iwrs_export(ctx, want):
    pii, sec = split(want)
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append({"subject": subject_id(), "rand_no": "R" + _g(5), "arm": pick(["BLINDED"]), "kit": "K" + _g(6), "lot": lot_no(),
                     "dispensed": ts(True), "site": _g(3)})
    depot = person()
    doc = {"study": protocol_no(), "report": "dispensation_log", "rows": rows,
           "depot": {"name": pick(["EU Depot Frankfurt", "APAC Depot Singapore", "US Depot Memphis"]), "email": role_email(pick(WORK_DOMAINS["ph"]), ["depot", "supply"]),
                     "phone": neg_phone()}}
    if "email" in pii:
        doc["depot"]["contact_email"] = ctx.email(depot, True)
    if "phone_number" in pii:
        doc["depot"]["contact_phone"] = ctx.phone(depot["cc"])
    if sec:
        doc["callbacks"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    else:
        doc["callbacks"] = {"url": "https://irt.%s/cb" % pick(WORK_DOMAINS["ph"]), "secret": "${{ secrets.IRT_CALLBACK_SECRET }}"}
    return doc


def ph_econsent(ctx, want):
    pii, sec = split(want)
    p = person(pick(["US", "US", "GB", "DE", "JP", "ES"]))
    doc = {"consent_id": uuid4(), "study": protocol_no(), "site": _g(3), "subject": subject_id(), "icf_version": "v%d.%d" % (R.randint(1, 5), R.randint(0, 3)),
           "signed_at": ts(), "signature_hash": sha(64), "participant": {"initials": p["first"][0] + p["last"][0], "language": pick(["en", "de", "ja", "es"])},
           "witness_required": R.random() < 0.3}
    if "email" in pii:
        doc["participant"]["email"] = ctx.email(p, False)
    if "phone_number" in pii:
        doc["participant"]["sms_number"] = ctx.phone(p["cc"])
    if "us_ssn" in pii:
        doc["participant"]["stipend_tax_id"] = ctx.ssn()
    else:
        doc["participant"]["stipend_tax_id"] = pick([masked_ssn(), None])
    if sec:
        doc["app_config"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    else:
        doc["app_config"] = {"firebase_api_key": "process.env.FIREBASE_API_KEY"}
    return doc


def ph_e2b_xml(ctx, want):
    pii, sec = split(want)
    rep = person()
    term = pick(AE_TERMS)
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<ichicsr lang="en">', '  <safetyreport>',
         '    <safetyreportid>%s-%s</safetyreportid>' % (pick(["DE", "JP", "FR"]), _g(10)), '    <receivedate>%s</receivedate>' % ts(True).replace("-", ""),
         '    <primarysource>', '      <reportergivename>%s</reportergivename>' % rep["first"], '      <reporterfamilyname>%s</reporterfamilyname>' % rep["last"]]
    if "email" in pii:
        x.append('      <reporteremail>%s</reporteremail>' % ctx.email(rep, True))
    else:
        x.append('      <reporterorganization>pharmacovigilance@%s</reporterorganization>' % pick(WORK_DOMAINS["ph"]))
    if "phone_number" in pii:
        x.append('      <reportertel country="%s">%s</reportertel>' % (rep["cc"], ctx.phone(rep["cc"])))
    x += ['      <qualification>1</qualification>', '    </primarysource>', '    <patient>',
          '      <patientinitial>%s</patientinitial>' % rs(UP, 2), '      <patientmedicalrecordnumb>MRN%s</patientmedicalrecordnumb>' % _g(8),
          '      <reaction><primarysourcereaction>%s</primarysourcereaction><reactionmeddrallt>%s</reactionmeddrallt></reaction>' % (term[0], term[1]),
          '      <drug><medicinalproduct>%s</medicinalproduct><drugbatchnumb>%s</drugbatchnumb></drug>' % (pick(["HLX-201", "VRD-77"]), lot_no()),
          '    </patient>', '  </safetyreport>', '</ichicsr>']
    text = "\n".join(x)
    if sec:
        text += "\n<!-- gateway submission -->\n" + "\n".join(render_items(ctx, secret_items(ctx, sec, "log"), "log"))
    return raw(text)


def ph_lab_transfer(ctx, want):
    pii, sec = split(want)
    lines = ["CENTRAL LAB DATA TRANSFER SPECIFICATION v%d.%d" % (R.randint(1, 4), R.randint(0, 9)), "Study: %s   Vendor: %s" % (protocol_no(), pick(["Q-Labs", "Covance-like CL", "EuroLab Central"])),
             "File naming: <STUDY>_LB_<YYYYMMDD>.csv   Delimiter: comma   Encoding: UTF-8",
             "Fields: STUDYID, SITEID, SUBJID, VISIT, LBTESTCD, LBORRES, LBORRESU, LBDTC, ACCESSION", "",
             "Sample header row:", "STUDYID,SITEID,SUBJID,VISIT,LBTESTCD,LBORRES,LBORRESU,LBDTC,ACCESSION"]
    for _ in range(R.randint(2, 3)):
        lines.append(",".join([protocol_no(), _g(3), subject_id(), pick(["SCR", "C1D1", "C2D1"]), pick(["ALT", "AST", "HGB", "NEUT"]), str(R.randint(1, 200)), pick(["U/L", "g/dL", "10^9/L"]), ts(True), "A" + _g(9)]))
    lines += ["", "Transfer contacts:"]
    for t in pii:
        p = person()
        if t == "email":
            lines.append("  Data manager: %s <%s>" % (p["name"], ctx.email(p, True)))
        elif t == "phone_number":
            lines.append("  Lab project manager: %s, tel. %s" % (p["name"], ctx.phone(p["cc"])))
    if not pii:
        lines.append("  labdata@%s (role mailbox), helpdesk %s" % (pick(WORK_DOMAINS["ph"]), neg_phone()))
    lines += ["", "Connection (sftp.conf):"]
    lines += render_items(ctx, sec_or_neg(ctx, sec, "ini"), "ini")
    lines.append("PGP public key fingerprint: %s" % " ".join(rs("0123456789ABCDEF", 4) for _ in range(10)))
    return "\n".join(lines)


def ph_ctms_config(ctx, want):
    pii, sec = split(want)
    lines = ["# ctms-connector.toml", "[connector]", 'name = "ctms-%s"' % pick(["veeva", "siebel", "clinpaas"]), 'study = "%s"' % protocol_no(),
             'schedule = "0 */4 * * *"', 'image_digest = "sha256:%s"' % sha(64), "", "[secrets]"]
    lines += render_items(ctx, sec_or_neg(ctx, sec, "toml"), "toml")
    lines += ["", "[owners]"]
    for t in pii:
        p = person()
        if t == "email":
            lines.append('data_steward = "%s"' % ctx.email(p, True))
        elif t == "phone_number":
            lines.append('oncall_phone = "%s"' % ctx.phone(p["cc"]))
    lines.append('escalation = "clinops@%s"' % pick(WORK_DOMAINS["ph"]))
    return "\n".join(lines)


def ph_patient_stipend(ctx, want):
    pii, sec = split(want)
    pays = []
    for i in range(R.randint(2, 4)):
        cc = pick(["US", "US", "DE", "ES", "GB"])
        p = person(cc)
        row = {"subject": subject_id(), "visit": pick(["V2", "V3", "V4", "EOT"]), "amount": "%d.00" % R.randint(25, 150),
               "currency": "USD" if cc == "US" else ("GBP" if cc == "GB" else "EUR"), "payee": p["name"]}
        pays.append((row, p))
    for t in pii:
        row, p = pick(pays)
        if t == "us_ssn":
            row["tin"] = ctx.ssn()
        elif t == "payment_card":
            row["reloadable_card"] = ctx.card()
        elif t == "iban":
            row["iban"] = ctx.iban(pick(["DE", "ES", "GB", "FR", "IT"]))
        elif t == "email":
            row["email"] = ctx.email(p, False)
        elif t == "phone_number":
            row["phone"] = ctx.phone(p["cc"])
    for row, p in pays:
        if "tin" not in row and R.random() < 0.4:
            row["tin"] = masked_ssn()
        if "reloadable_card" not in row and R.random() < 0.4:
            row["reloadable_card"] = masked_card()
    doc = {"batch": "STP-%s" % _g(6), "study": protocol_no(), "payments": [r for r, _ in pays]}
    doc["processor"] = items_dict(ctx, sec_or_neg(ctx, sec, "json"))
    return doc


def ph_recruitment_csv(ctx, want):
    pii, sec = split(want)
    rows = ["lead_id,source,site,pre_screen_score,status,contact_email,contact_phone,notes"]
    n = R.randint(3, 6)
    ei = R.randrange(n) if "email" in pii else -1
    pi = R.randrange(n) if "phone_number" in pii else -1
    for i in range(n):
        p = person()
        em = ctx.email(p, False) if i == ei else ""
        ph = ctx.phone(p["cc"]) if i == pi else ""
        rows.append(",".join(["L" + _g(6), pick(["facebook_ad", "registry", "referral", "website"]), _g(3), str(R.randint(0, 10)),
                              pick(["contacted", "eligible", "screen_fail", "new"]), em, csvq(ph), csvq(pick(["prefers evenings, Spanish speaker", "NA", "called back; voicemail", "do not contact"]))]))
    text = "\n".join(rows)
    if sec:
        text += "\n\n# source connector\n" + "\n".join(render_items(ctx, secret_items(ctx, sec, "env"), "env"))
    else:
        text += "\n\n# source connector\nLEADS_API_KEY=${LEADS_API_KEY}\n"
    return raw(text)


def ph_site_payment(ctx, want):
    pii, sec = split(want)
    p = person(pick(["DE", "FR", "ES", "IT", "PL", "GB", "NL"]))
    doc = {"remittance_id": "REM-%s" % _g(7), "study": protocol_no(), "site": _g(3), "payee": "Institution account of Dr " + p["name"],
           "items": [{"desc": pick(["Screening visit fee", "Startup fee", "IRB fee pass-through", "Close-out visit"]), "amount_eur": R.randint(200, 9000)} for _ in range(R.randint(1, 3))],
           "bank": {"bic": rs(UP, 4) + pick(["DE", "FR", "ES", "IT", "PL", "GB", "NL"]) + rs(UP + DG, 2), "vat_id": "%s%s" % (pick(["DE", "FR"]), _g(9))}}
    if "iban" in pii:
        doc["bank"]["iban"] = ctx.iban(pick(["DE", "FR", "ES", "IT", "PL", "GB", "NL", "BE"]))
    else:
        doc["bank"]["iban"] = pick(["DE** **** **** **** **%s %s" % (_g(2), _g(2)), "GB82 WEST 1234 5698 7654 32", "on file"])
    if "email" in pii:
        doc["remittance_advice_to"] = ctx.email(p, True)
    if "phone_number" in pii:
        doc["finance_contact_phone"] = ctx.phone(p["cc"])
    if sec:
        doc["payment_gateway"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    doc["sponsor_ap"] = role_email(pick(WORK_DOMAINS["ph"]), ["ap", "finance"])
    return doc


# ---------------- maritime
def mar_party(ctx, pii_flags, dom=None):
    p = person()
    dom = dom or pick(WORK_DOMAINS["mar"])
    return p, dom


def mar_bill_of_lading(ctx, want):
    pii, sec = split(want)
    shipper, cons = person(), person()
    sdom, cdom = pick(WORK_DOMAINS["mar"]), pick(WORK_DOMAINS["mar"])
    lines = ["BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT", "B/L No. %s      Booking No. %s      Export refs: %s" % (bl_no(), _g(9), "SO" + _g(7)),
             "SHIPPER: %s Trading Co., %s" % (shipper["last"], pick(["Hamburg", "Piraeus", "Singapore", "Manila"]))]
    if "email" in pii:
        lines.append("  Contact: %s  %s" % (shipper["name"], ctx.email(shipper, sdom)))
    else:
        lines.append("  Contact: export dept, %s" % role_email(sdom, ["export", "docs", "cargo"]))
    lines.append("CONSIGNEE: TO ORDER OF %s BANK" % pick(["HANSE", "AEGEAN", "STRAITS"]))
    lines.append("NOTIFY PARTY: %s Imports Ltd, attn %s" % (cons["last"], cons["name"]))
    if "phone_number" in pii:
        lines.append("  Tel %s" % ctx.phone(cons["cc"]))
    else:
        lines.append("  Tel %s" % neg_phone())
    lines += ["VESSEL/VOYAGE: %s / %s%s   %s" % (vessel_name(), _g(3), pick("EWNS"), imo_no()),
              "PORT OF LOADING: %s   PORT OF DISCHARGE: %s   PLACE OF DELIVERY: %s" % (locode(), locode(), locode()), "",
              "CONTAINER/SEAL         PKGS  DESCRIPTION                         HS CODE     GROSS KG  CBM"]
    for _ in range(R.randint(1, 4)):
        lines.append("%s/%-10s %-5d %-35s %-11s %-9d %d" % (container_no(), seal_no(), R.randint(10, 900), pick(["MACHINE PARTS", "FROZEN FISH -18C", "COTTON YARN", "AUTO SPARE PARTS", "PHARMA, NON-HAZ, 2-8C"]),
                                                       hs_code(), R.randint(2000, 28000), R.randint(20, 68)))
    lines += ["", "FREIGHT: %s   Payable at: %s" % (pick(["PREPAID", "COLLECT"]), locode())]
    if "iban" in pii:
        lines.append("Freight remittance to carrier agent, IBAN %s, ref %s" % (ctx.iban(pick(["GR", "DE", "NL", "DK", "CY", "MT"])), bl_no()))
    lines.append("SHIPPED ON BOARD %s   Number of original B/Ls: THREE (3)" % ts(True))
    sc = None
    if sec:
        sc = {"doc_service": items_dict(ctx, secret_items(ctx, sec, "json")), "ebl_platform": pick(["WAVE", "essDOCS-like", "CargoX-like"])}
    return raw("\n".join(lines), sc)


def edi_esc(s):
    return s.replace("?", "??").replace("+", "?+").replace(":", "?:").replace("'", "?'")


def mar_iftmin(ctx, want):
    pii, sec = split(want)
    ref = _g(10)
    seg = ["UNB+UNOC:3+%s:ZZZ+%s:ZZZ+%s:%s+%s'" % (pick(["BLUEFINFWD", "HANSEFWD", "GULFSTARLOG"]), pick(["INTTRA", "CARRIERX"]), ts(True)[2:].replace("-", ""), hhmm(), ref),
           "UNH+1+IFTMIN:D:99B:UN:2.0'", "BGM+340+%s+9'" % ("BKG" + _g(7)), "DTM+137:%s:203'" % (ts(True).replace("-", "") + hhmm()),
           "TSR+30+2'", "TDT+20+%s%s+1++%s:172:20+++%s:103::%s'" % (_g(3), pick("EWNS"), pick(["MAEU", "HLCU", "CMDU"]), imo_no()[4:], vessel_name()),
           "LOC+9+%s:139:6'" % locode(), "LOC+11+%s:139:6'" % locode()]
    for role in ["CZ", "CN", "N1"]:
        p = person()
        seg.append("NAD+%s+%s:160:87++%s'" % (role, _g(8), edi_esc("%s %s" % (p["last"].upper(), pick(["GMBH", "LTD", "SA", "PTE LTD"])))))
        if role == "CZ":
            seg.append("CTA+IC+:%s'" % edi_esc(p["name"].upper()))
            if "phone_number" in pii:
                seg.append("COM+%s:TE'" % edi_esc(ctx.phone(p["cc"])))
            else:
                seg.append("COM+%s:TE'" % edi_esc(neg_phone()))
            if "email" in pii:
                seg.append("COM+%s:EM'" % ctx.email(p, True))
            else:
                seg.append("COM+%s:EM'" % role_email(pick(WORK_DOMAINS["mar"]), ["docs", "bookings", "edi"]))
    if "email" in pii and R.random() < 0.4:
        p = person()
        seg += ["CTA+NT+:%s'" % edi_esc(p["name"].upper()), "COM+%s:EM'" % ctx.email(p, True)]
    for _ in range(R.randint(1, 3)):
        seg += ["GID+%d+%d:PK'" % (R.randint(1, 9), R.randint(10, 500)), "FTX+AAA+++%s'" % pick(["MACHINERY PARTS", "FROZEN SEAFOOD", "TEXTILES"]),
                "MEA+AAE+WT+KGM:%d'" % R.randint(1000, 25000), "PIA+5+%s:HS'" % hs_code().replace(".", ""),
                "EQD+CN+%s+45G1:102:5+2'" % container_no(), "SEL+%s+CA'" % seal_no()]
    seg += ["UNT+%d+1'" % (len(seg) + 1), "UNZ+1+%s'" % ref]
    text = "\n".join(seg)
    if sec:
        text = "# partner profile (edi-gw)\n" + "\n".join(render_items(ctx, secret_items(ctx, sec, "ini"), "ini")) + "\n# payload\n" + text
    return text


def mar_baplie(ctx, want):
    pii, sec = split(want)
    seg = ["UNB+UNOA:2+%s+%s+%s:%s+%s'" % (pick(["TOSHAM", "TOSRTM"]), pick(["BLUEFINPLAN", "NHLPLAN"]), ts(True)[2:].replace("-", ""), hhmm(), _g(8)),
           "UNH+%s+BAPLIE:D:95B:UN:SMDG22'" % _g(6), "BGM++%s+9'" % _g(8), "TDT+20+%s+++%s:172:20+++%s:103::%s'" % (_g(3) + pick("EW"), pick(["BFS", "NHL"]), call_sign(), vessel_name())]
    p = person()
    seg.append("NAD+CA+%s:172:20'" % pick(["BFS", "NHL"]))
    if "phone_number" in pii or "email" in pii:
        seg.append("CTA+SC+:%s'" % edi_esc(p["name"].upper()))
        if "phone_number" in pii:
            seg.append("COM+%s:TE'" % edi_esc(ctx.phone(p["cc"])))
        if "email" in pii:
            seg.append("COM+%s:EM'" % ctx.email(p, True))
    else:
        seg += ["CTA+SC+:PLANNING DESK'", "COM+%s:EM'" % role_email(pick(WORK_DOMAINS["mar"]), ["planning", "terminal", "linerops"])]
    for _ in range(R.randint(3, 6)):
        seg += ["LOC+147+0%s%s%s::5'" % (_g(2), _g(2), _g(2)), "MEA+WT++KGM:%d'" % R.randint(2000, 30000), "LOC+9+%s'" % locode(), "LOC+11+%s'" % locode(),
                "EQD+CN+%s+%s+++5'" % (container_no(), pick(["22G1", "45G1", "45R1", "22T6"])), "NAD+CA+%s:172:20'" % pick(["MSC", "MAE", "HLC"])]
    seg += ["UNT+%d+1'" % (len(seg) - 1), "UNZ+1+%s'" % _g(8)]
    text = "\n".join(seg)
    log = ["", "-- transfer log --", "%s INFO put BAPLIE_%s.edi -> %s" % (ts(), _g(6), "sftp://edi_upload@sftp.%s/inbound/" % pick(WORK_DOMAINS["mar"]))]
    if sec:
        log += render_items(ctx, secret_items(ctx, sec, "log"), "log")
    return raw(text + "\n".join(log))


def mar_crew_list(ctx, want):
    pii, sec = split(want)
    crew = []
    n = R.randint(4, 8)
    ie = R.randrange(n) if "email" in pii else -1
    ip = R.randrange(n) if "phone_number" in pii else -1
    for i in range(n):
        cc = pick(["PH", "PH", "UA", "IN", "GR", "PL", "CN", "DE"])
        p = person(cc)
        c = {"no": i + 1, "family_name": p["last"].upper(), "given_names": p["first"].upper(), "rank": pick(["MASTER", "C/O", "2/O", "3/O", "C/E", "2/E", "AB", "OS", "COOK", "ETO"]),
             "nationality": cc, "date_of_birth": "%d-%02d-%02d" % (R.randint(1965, 2002), R.randint(1, 12), R.randint(1, 28)),
             "identity_document": {"type": "PASSPORT", "number": rs(UP, 2) + _g(7)}, "seamans_book": "%s%s" % (pick(["C", "SB", "BK"]), _g(7))}
        if i == ie:
            c["email"] = ctx.email(p, False)
        if i == ip:
            c["next_of_kin_phone"] = ctx.phone(cc)
        crew.append(c)
    doc = {"form": "IMO FAL Form 5 - Crew List", "vessel": vessel_name(), "imo": imo_no(), "call_sign": call_sign(), "flag": pick(["MT", "LR", "MH", "PA", "GR"]),
           "port_of_arrival": locode(), "eta": ts(), "crew": crew, "manning_agent": role_email(pick(WORK_DOMAINS["mar"]), ["crewing", "manning" if False else "crew"])}
    if sec:
        doc["submission"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    return doc


def mar_port_call(ctx, want):
    pii, sec = split(want)
    ag = person()
    doc = {"port_call_id": "PC-%s-%s" % (locode(), _g(6)), "vessel": {"name": vessel_name(), "imo": imo_no(), "mmsi": mmsi(), "call_sign": call_sign()},
           "eta": ts(), "etb": ts(), "berth": pick(["Euromax 3", "CT4", "Pasir Panjang 12", "Piraeus Pier II"]), "services": [pick(["pilotage", "towage", "bunkers", "fresh water", "crew change", "garbage"]) for _ in range(3)],
           "agent": {"company": pick(["Sea Anchor Agency", "Maasport Agents BV", "Piraeus Maritime Services"]), "ops_mailbox": role_email(pick(WORK_DOMAINS["mar"]), ["agency", "portcall", "ops"]),
                     "public_line": neg_phone()}}
    if "email" in pii:
        doc["agent"]["boarding_agent_email"] = ctx.email(ag, True)
    if "phone_number" in pii:
        doc["agent"]["boarding_agent_mobile"] = ctx.phone(ag["cc"])
    if "iban" in pii:
        doc["funding"] = {"beneficiary": doc["agent"]["company"], "iban": ctx.iban(pick(["NL", "GR", "BE", "DE", "MT"]))}
    if "payment_card" in pii:
        doc.setdefault("funding", {})["emergency_card"] = ctx.card()
    doc["pcs"] = items_dict(ctx, sec_or_neg(ctx, sec, "json"))
    return doc


def mar_noon_report(ctx, want):
    pii, sec = split(want)
    m = person(pick(["GR", "UA", "PH", "IN", "PL", "DE"]))
    lines = ["AIS POSITION %s  MMSI %s  %s  LAT %.4f LON %.4f  SOG %.1f COG %d  NAV STATUS %d" % (ts(), mmsi(), vessel_name(), R.uniform(-40, 60), R.uniform(-120, 150), R.uniform(8, 18), R.randint(0, 359), pick([0, 0, 1, 5])),
             "", "NOON REPORT  %s  VOY %s%s  %s" % (vessel_name(), _g(3), pick("EW"), imo_no()),
             "DATE/TIME (UTC): %s" % ts(), "POSN: %02d-%02d.%dN %03d-%02d.%dE" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 9), R.randint(0, 179), R.randint(0, 59), R.randint(0, 9)),
             "DIST RUN: %d NM  AVG SPD: %.1f KN  RPM: %d  SLIP: %.1f%%" % (R.randint(200, 450), R.uniform(9, 18), R.randint(60, 95), R.uniform(-2, 8)),
             "ROB: VLSFO %d MT  MGO %d MT  FW %d MT" % (R.randint(200, 2000), R.randint(50, 300), R.randint(50, 300)),
             "WX: WIND %s BF%d  SEA %d  SWELL %s %dM" % (pick(["NE", "SW", "NW"]), R.randint(2, 8), R.randint(1, 6), pick(["NE", "SW"]), R.randint(1, 4)),
             "ETA NEXT PORT %s: %s" % (locode(), ts())]
    rem = []
    if "phone_number" in pii:
        if R.random() < 0.5:
            v = "+870 7%s %s %s" % (_g(2), _g(3), _g(3))
            ctx.lab("phone_number", v, [v[1:], v[5:]])
            rem.append("MASTER SAT C / FBB: %s" % v)
        else:
            rem.append("MASTER %s PERSONAL MOBILE (PORT ONLY): %s" % (m["last"].upper(), ctx.phone(m["cc"])))
    if "email" in pii:
        rem.append("COPY TO SUPERINTENDENT %s" % ctx.email(person(), True))
    if not rem:
        rem.append("REPORTS TO master.%s@fleetmail.example / ops@%s" % (_g(7), pick(WORK_DOMAINS["mar"])) if False else "REPORTS TO ops@%s" % pick(WORK_DOMAINS["mar"]))
    lines += ["REMARKS: " + " / ".join(rem), "MASTER: CAPT. %s" % m["name"].upper()]
    sc = None
    if sec:
        sc = {"feed": pick(["weather routing", "performance portal"]), "auth": items_dict(ctx, secret_items(ctx, sec, "json"))}
    return raw("\n".join(lines), sc)


def mar_fixture_recap(ctx, want):
    pii, sec = split(want)
    br, ch = person(), person()
    brdom = "piraeus-chartering.gr" if R.random() < 0.5 else pick(WORK_DOMAINS["mar"])
    mail = ctx.email(br, brdom) if "email" in pii else role_email(brdom, ["chartering", "ops", "docs"])
    lines = ["From: %s <%s>" % (br["name"], mail), "To: chartering@%s" % pick(WORK_DOMAINS["mar"]), "Subject: RECAP - MV %s / %s - %s" % (vessel_name(), pick(["Cargill-like", "Trafigura-like", "Olam-like"]), dmy()),
             "Message-ID: <%s.%s@%s>" % (_g(12), rs(HEX, 6), brdom), "",
             "Pls find clean recap as per below:", "",
             "- MV %s, %s, BLT %d, %d DWT ON %.2fM SSW" % (vessel_name(), imo_no(), R.randint(2005, 2022), R.randint(28000, 82000), R.uniform(10, 14.5)),
             "- ACCT: %s" % pick(["ARIADNE BULK SA", "STRAITS TRADING PTE", "HANSE COMMODITIES GMBH"]),
             "- DELY: APS %s  REDELY: DLOSP %s" % (locode(), locode()), "- LAYCAN: %s/%s" % (dmy(), dmy()),
             "- HIRE: USD %s,%s DAILY INCLUDING OVERTIME, PAYABLE 15 DAYS IN ADVANCE" % (R.randint(9, 28), pick(["000", "250", "500", "750"])),
             "- ADD COMM: 3.75 PCT + %.2f PCT BROKERAGE" % pick([1.25, 1.0, 0.625])]
    if "iban" in pii:
        lines.append("- OWNERS BANK: %s, IBAN %s, SWIFT %s" % (pick(["PIRAEUS BANK", "DANSKE BANK", "ABN AMRO", "BANK OF CYPRUS"]), ctx.iban(pick(["GR", "DK", "NL", "CY", "MT", "DE"])), rs(UP, 6) + "XX"))
    lines += ["- OTHERWISE AS PER %s CP DD %s LOGICALLY AMENDED" % (pick(["NYPE 2015", "GENCON 94", "BALTIME"]), dmy()), "", "END RECAP", "",
              "Best regards,", br["name"]]
    if "phone_number" in pii:
        lines.append(pick(["M: %s", "Κιν.: %s", "Mob/WhatsApp: %s"]) % ctx.phone(br["cc"]))
    else:
        lines.append("Desk: %s" % neg_phone())
    lines += ["", "> On %s, %s <%s> wrote:" % (ts(True), ch["name"], role_email(pick(WORK_DOMAINS["mar"]), ["chartering"])), "> Chrts confirm subjects lifted, pls send recap."]
    if "email" in pii and R.random() < 0.5:
        lines.append("> Cc'ing our ops %s for the voyage instructions." % ctx.email(person(), True))
    if "phone_number" in pii and R.random() < 0.5:
        lines.append("> Reach me on %s tonight if any issue." % ctx.phone(ch["cc"]))
    lines.append(">> Owners accept %s/%s laycan." % (dmy(), dmy()))
    if sec:
        lines += ["", "-- sent via FixtureDesk; mailbox sync config attached --"] + render_items(ctx, secret_items(ctx, sec, "ini"), "ini")
    return "\n".join(lines)


def mar_customs_isf(ctx, want):
    pii, sec = split(want)
    imp = person("US")
    doc = {"filing_type": "ISF-10", "transaction_no": _g(12), "bl": bl_no(), "importer_of_record": {"name": imp["name"] + " (sole proprietor)"},
           "consignee_numbers": [], "manufacturer": {"name": pick(["Ningbo Tools Co", "Guangzhou Textile Mfg"]), "country": "CN"},
           "commodities": [{"hts": hs_code().replace(".", "")[:10], "origin": pick(["CN", "VN", "IN"])} for _ in range(R.randint(1, 3))],
           "containers": [container_no() for _ in range(R.randint(1, 3))], "eori_for_eu_leg": "DE%s" % _g(13), "filer_code": rs(UP + DG, 3)}
    if "us_ssn" in pii:
        doc["importer_of_record"]["number_type"] = "SSN"
        doc["importer_of_record"]["number"] = ctx.ssn()
    else:
        doc["importer_of_record"]["number_type"] = pick(["EIN", "CBP"])
        doc["importer_of_record"]["number"] = pick(["%s-%s" % (_g(2), _g(7)), "%s-%s" % (_g(6), _g(5))])
    doc["consignee_numbers"].append({"type": "EIN", "value": "%s-%s" % (_g(2), _g(7))})
    fil = person("US")
    doc["filer_contact"] = {"name": fil["name"]}
    if "email" in pii:
        doc["filer_contact"]["email"] = ctx.email(fil, True)
    if "phone_number" in pii:
        doc["filer_contact"]["phone"] = ctx.phone("US")
    if not ({"email", "phone_number"} & set(pii)):
        doc["filer_contact"]["email"] = role_email(pick(WORK_DOMAINS["mar"]), ["customs", "imports"])
    doc["ace_connection"] = items_dict(ctx, sec_or_neg(ctx, sec, "json"))
    return doc


def mar_container_webhook(ctx, want):
    pii, sec = split(want)
    ev = {"event_id": uuid4(), "event_type": pick(["container.discharged", "container.gate_out", "container.loaded", "vessel.departed"]),
          "occurred_at": ts(), "container": container_no(), "bl": bl_no(), "location": {"unlocode": locode(), "terminal": pick(["ECT Delta", "CTA", "PSA Pasir Panjang", "PCT"])},
          "vessel": {"name": vessel_name(), "imo": imo_no()[4:], "voyage": _g(3) + pick("EW")}}
    sub = {"subscription_id": "sub_" + rs(AN, 14), "notify": []}
    if "email" in pii:
        sub["notify"].append({"channel": "email", "to": ctx.email(person(), True)})
    if "phone_number" in pii:
        p = person()
        sub["notify"].append({"channel": "sms", "to": ctx.phone(p["cc"])})
    if not sub["notify"]:
        sub["notify"].append({"channel": "email", "to": role_email(pick(WORK_DOMAINS["mar"]), ["tracking", "ops"])})
    body = {"data": ev, "subscription": sub}
    if sec:
        body["subscription"]["delivery"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    else:
        body["subscription"]["delivery"] = {"secret": "whsec_" + "x" * 24 if False else "<configured in dashboard>", "signature_alg": "HMAC-SHA256"}
    headers = "POST /hooks/tracking HTTP/1.1\nContent-Type: application/json\nX-Signature-256: sha256=%s\nX-Request-Id: %s\n\n" % (sha(64), uuid4())
    text = headers + json.dumps(body, ensure_ascii=False)
    sc = {"received": True, "event_type": ev["event_type"]} if R.random() < 0.5 else None
    return raw(text, sc)


def mar_tos_export(ctx, want):
    pii, sec = split(want)
    rows = ["container,iso,yard_pos,gross_kg,vgm_kg,vgm_signatory,vgm_signatory_email,seal,hold,truck_plate,driver_phone"]
    n = R.randint(3, 7)
    ie = R.randrange(n) if "email" in pii else -1
    ip = R.randrange(n) if "phone_number" in pii else -1
    for i in range(n):
        p = person()
        em = ctx.email(p, True) if i == ie else pick(["", role_email(pick(WORK_DOMAINS["mar"]), ["export", "docs"])])
        ph = ctx.phone(p["cc"]) if i == ip else ""
        g = R.randint(3000, 30000)
        rows.append(",".join([container_no(), pick(["22G1", "45G1", "45R1"]), "%s%02d%02d%d" % (pick("ABCD"), R.randint(1, 40), R.randint(1, 12), R.randint(1, 6)), str(g), str(g + R.randint(-50, 50)),
                              csvq("%s, %s" % (p["last"], p["first"])), em, seal_no(), pick(["", "CUSTOMS", "LINE"]), "%s-%s %s" % (rs(UP, 2), rs(UP, 2), _g(4)), csvq(ph)]))
    text = "\n".join(rows)
    if sec:
        text += "\n\n# export job\n" + "\n".join(render_items(ctx, secret_items(ctx, sec, "env"), "env"))
    return raw(text)


def mar_pcs_config(ctx, want):
    pii, sec = split(want)
    style = pick(["yaml", "ini"])
    if style == "yaml":
        lines = ["# port community system bridge", "pcs:", "  provider: %s" % pick(["Portbase-like", "DAKOSY-like", "PORTNET-like"]), "  port: %s" % locode(),
                 "  eori: %s" % ("NL" + _g(9)), "  carrier_scac: %s" % rs(UP, 4), "  auth:"]
        lines += render_items(ctx, sec_or_neg(ctx, sec, "yaml"), "yaml", "    ")
        if pii:
            lines.append("  contacts:")
            for t in pii:
                p = person()
                if t == "email":
                    lines.append("    - %s" % ctx.email(p, True))
                elif t == "phone_number":
                    lines.append("    - \"%s\"" % ctx.phone(p["cc"]))
    else:
        lines = ["[pcs]", "provider = %s" % pick(["Portbase-like", "DAKOSY-like"]), "port = %s" % locode(), "", "[auth]"]
        lines += render_items(ctx, sec_or_neg(ctx, sec, "ini"), "ini")
        lines += ["", "[contacts]"]
        for t in pii:
            p = person()
            if t == "email":
                lines.append("duty_officer = %s" % ctx.email(p, True))
            elif t == "phone_number":
                lines.append("duty_phone = %s" % ctx.phone(p["cc"]))
        lines.append("fallback = ops@%s" % pick(WORK_DOMAINS["mar"]))
    return "\n".join(lines)


def mar_carrier_api_log(ctx, want):
    pii, sec = split(want)
    host = "api.%s" % pick(["carrierx.example-lines.com", "bluefin-shipping.gr", "nordhavn-lines.dk"])
    lines = ["%s INFO  starting carrier-sync v%d.%d.%d (commit %s)" % (ts(), R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), sha(40)[:10])]
    for k, v, kind in secret_items(ctx, sec, "log"):
        if kind == "pem":
            block = pem_render(v)
            ctx.lab("private_key", block, [])
            lines.append("%s DEBUG tls client key loaded:\n%s" % (ts(), block))
        elif k in ("service_token", "ACCESS_TOKEN", "bearer_token"):
            lines.append("%s DEBUG > GET https://%s/v2/track?bl=%s\n%s DEBUG > Authorization: Bearer %s" % (ts(), host, bl_no(), ts(), v))
        elif k.startswith("google") or k.startswith("GOOGLE") or k.startswith("firebase"):
            lines.append("%s DEBUG > GET https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=%s" % (ts(), locode(), v))
        elif "://" in v:
            lines.append("%s INFO  connecting %s" % (ts(), v))
        else:
            lines.append("%s DEBUG env %s=%s" % (ts(), k, v))
    if not sec:
        lines.append("%s DEBUG > Authorization: Bearer eyJhbGciOi...[truncated]" % ts())
        lines.append("%s DEBUG env INTTRA_API_KEY=%s" % (ts(), pick(["${INTTRA_API_KEY}", "****", "<your-key>"])))
    lines.append("%s DEBUG < 200 OK x-request-id=%s" % (ts(), uuid4()))
    ev = {"bl": bl_no(), "containers": [container_no() for _ in range(2)], "eta": ts()}
    for t in pii:
        p = person()
        if t == "email":
            ev["booking_party_email"] = ctx.email(p, True)
        elif t == "phone_number":
            ev["booking_party_phone"] = ctx.phone(p["cc"])
    lines.append("%s DEBUG < body %s" % (ts(), json.dumps(ev, ensure_ascii=False)))
    return raw("\n".join(lines))


def mar_seafarer_docs(ctx, want):
    pii, sec = split(want)
    cc = "US" if "us_ssn" in pii or R.random() < 0.3 else pick(["PH", "UA", "IN", "GR", "PL"])
    p = person(cc)
    doc = {"seafarer_id": "SF" + _g(6), "name": p["name"], "rank": pick(["Chief Officer", "Second Engineer", "AB", "Bosun", "Master"]),
           "documents": [{"type": "Passport", "number": rs(UP, 2) + _g(7), "expiry": ts(True)},
                         {"type": "CoC STCW II/2", "number": "COC-%s-%s" % (cc, _g(6)), "expiry": ts(True)},
                         {"type": "Medical (ILO/IMO)", "number": "MED" + _g(6), "expiry": ts(True)}],
           "contract": {"vessel": vessel_name(), "imo": imo_no(), "sign_on": ts(True), "wage_usd": R.randint(1200, 12000)}}
    if cc == "US":
        doc["documents"].append({"type": "USCG MMC", "number": "MMC" + _g(7), "reference_number": _g(7)})
        doc["uscg_application"] = {"ssn": ctx.ssn() if "us_ssn" in pii else masked_ssn()}
    if "iban" in pii:
        doc["allotment"] = {"beneficiary": person(cc)["name"], "iban": ctx.iban(pick(["GR", "PL", "DE", "CY", "MT"]))}
    else:
        doc["allotment"] = {"bank_account": _g(12), "swift": rs(UP, 6) + "XX"}
    if "email" in pii:
        doc["email"] = ctx.email(p, False)
    if "phone_number" in pii:
        doc["mobile"] = ctx.phone(cc)
    if "payment_card" in pii:
        doc["payroll_card"] = ctx.card()
    if sec:
        doc["crewing_system"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    doc["crewing_contact"] = role_email(pick(WORK_DOMAINS["mar"]), ["crewing", "crew"])
    return doc


def mar_disbursement(ctx, want):
    pii, sec = split(want)
    ag = person()
    items = [{"item": x, "amount_usd": round(R.uniform(150, 25000), 2)} for x in R.sample(["Port dues", "Pilotage in/out", "Towage", "Mooring/unmooring", "Light dues", "Agency fee", "Launch hire", "Garbage removal"], 4)]
    doc = {"pda_no": "PDA-%s-%s" % (locode(), _g(5)), "vessel": vessel_name(), "imo": imo_no(), "port": locode(), "items": items,
           "total_usd": round(sum(i["amount_usd"] for i in items), 2), "agent": {"name": pick(["Sea Anchor Agency", "Gulfstar Logistics", "Maasport Agents BV"]), "desk": neg_phone()}}
    if "iban" in pii:
        doc["remit_to"] = {"iban": ctx.iban(pick(["NL", "BE", "GR", "AE", "MT", "CY", "DE"])), "swift": rs(UP, 6) + "2X"}
    else:
        doc["remit_to"] = {"iban": pick(["NL91 ABNA 0417 1643 00", "per agency agreement"]), "account": _g(10)}
    if "payment_card" in pii:
        doc["card_on_file"] = {"holder": ag["name"], "number": ctx.card()}
    else:
        doc["card_on_file"] = {"number": masked_card()}
    if "email" in pii:
        doc["agent"]["pic_email"] = ctx.email(ag, True)
    if "phone_number" in pii:
        doc["agent"]["pic_mobile"] = ctx.phone(ag["cc"])
    if sec:
        doc["invoice_portal"] = items_dict(ctx, secret_items(ctx, sec, "json"))
    doc["wallet_for_crypto_settlement"] = "0x" + rs(HEX, 40) if R.random() < 0.2 else None
    return doc


# ---------------- generic hard-negative sprinkles (never labelled)
def _bad_luhn_card():
    f, d = gen_card()
    d2 = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
    return d2[:4] + " " + d2[4:8] + " " + d2[8:12] + " " + d2[12:]


def _bad_iban():
    f, c = gen_iban()
    ck = int(c[2:4])
    bad = "%02d" % ((ck + R.randint(1, 50)) % 97 + 2)
    return c[:2] + bad + c[4:]


def _cert_block(kind="CERTIFICATE"):
    b = base64.b64encode(b"\x30\x82\x03\x5d\x30\x82\x02\x45\xa0\x03\x02\x01\x02" + rbytes(R.randint(300, 500))).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(b[i:i + 64] for i in range(0, len(b), 64)), kind)


def _ocr_card():
    f, d = gen_card()
    tr = {"0": "O", "1": "l", "5": "S", "8": "B"}
    d = "".join(tr.get(c, c) if R.random() < 0.35 else c for c in d)
    if not re.search(r"[A-Za-z]", d):
        d = "O" + d[1:]
    return d[:4] + " " + d[4:8] + " " + d[8:12] + " " + d[12:]


NEG_SNIPPETS = [
    lambda: "AWS docs example (not a real key): AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    lambda: "validation: key_id must match ^(AKIA|ASIA)[A-Z0-9]{16}$ and SSN fields \\d{3}-\\d{2}-\\d{4} are rejected",
    lambda: "build commit %s, image sha256:%s" % (sha(40), sha(64)),
    lambda: "trace_id=%s span_id=%s" % (rs(HEX, 32), rs(HEX, 16)),
    lambda: "jwks kid=%s alg=RS256 x5t=%s" % (rs(AN, 20), b64url(rbytes(20))),
    lambda: "courier tracking 1Z%s%s, gift card %s-%s-%s" % (rs(UP + DG, 6), _g(10), rs(UP + DG, 4), rs(UP + DG, 4), rs(UP + DG, 4)),
    lambda: "settlement tx 0x%s from wallet 0x%s" % (rs(HEX, 64), rs(HEX, 40)),
    lambda: "OCR (low confidence) card no: %s" % _ocr_card(),
    lambda: "openai key rotated, old value (truncated): sk-proj-%s…" % rs(AN, 10),
    lambda: "password: %s…[REDACTED]" % rs(AN, 3),
    lambda: "token split by mail client: ghp_%s\n%s" % (rs(AN, 14), rs(AN, 22)),
    lambda: "server certificate:\n" + _cert_block(),
    lambda: "public key for payload verification:\n" + _cert_block("PUBLIC KEY"),
    lambda: "stripe publishable (test) key pk_test_TYooMQauvdEDq54NiTphI7jx; fixture secret sk_test_xxx",
    lambda: "slack sample webhook from vendor docs: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    lambda: "base64 test vector: SGVsbG8sIFdvcmxkIQ== (\"Hello, World!\")",
    lambda: "role arn:aws:iam::%s:role/%s-sync, account %s" % (_g(12), pick(["mro", "edc", "pcs"]), _g(12)),
    lambda: "rejected card (checksum fail): %s" % _bad_luhn_card(),
    lambda: "rejected IBAN (checksum fail): %s" % _bad_iban(),
    lambda: "invalid SSN in legacy import (area 000/666): %s" % pick(["000-%s-%s" % (_g(2), _g(4)), "666-%s-%s" % (_g(2), _g(4))]),
    lambda: "ITIN on W-7 %s (not an SSN)" % itin(),
    lambda: "customer id CUST-%s, order %s, cart %s" % (_g(8), "ORD-" + _g(10), uuid4()),
    lambda: "payment test card 4242 4242 4242 4242 exp 12/34 cvc 123",
    lambda: "sample IBAN from bank docs: DE89 3704 0044 0532 0130 00",
    lambda: "contact form placeholder: you@example.com / user@domain.tld",
    lambda: "Mode-S hex %s, ICAO 24-bit %s, SELCAL %s" % (rs("0123456789ABCDEF", 6), rs("01234567", 8), "-".join([rs("ABCDEFGHJKLM", 2), rs("ABCDEFGHJKLM", 2)])),
    lambda: "UN/LOCODE %s, EORI %s, HS %s, seal %s" % (locode(), "NL" + _g(9), hs_code(), seal_no()),
]


def sprinkle(doc, wrap):
    if R.random() >= 0.55:
        return doc
    snips = [pick(NEG_SNIPPETS)() for _ in range(R.randint(1, 2))]
    if wrap == "text":
        return doc + "\n\n" + "\n".join(snips)
    if wrap == "raw-result":
        doc["content"][0]["text"] += "\n\n" + "\n".join(snips)
        return doc
    doc["system_notes"] = snips
    return doc


# ================================================================ registry
ALLSEC = ["aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key",
          "anthropic_api_key", "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
T = [
    ("av_mro_work_order", "structured", "av", av_work_order, ["email", "phone_number", "generic_secret", "jwt", "url_credentials", "aws_access_key_id", "slack_token", "webhook_url"]),
    ("av_tech_log", "text", "av", av_tech_log, ["email", "phone_number", "generic_secret", "private_key"]),
    ("av_coc_form1", "raw-result", "av", av_coc_form1, ["email", "phone_number", "iban", "generic_secret", "aws_access_key_id", "google_api_key"]),
    ("av_crew_roster", "text", "av", av_crew_roster, ["email", "phone_number", "generic_secret", "url_credentials", "slack_token"]),
    ("av_crew_contacts_xml", "raw-result", "av", av_crew_contacts_xml, ["email", "phone_number", "generic_secret", "private_key", "openai_api_key"]),
    ("av_acars_oooi", "text", "av", av_acars, ["email", "phone_number", "generic_secret"]),
    ("av_dispatch_release", "raw-result", "av", av_dispatch_release, ["email", "phone_number", "generic_secret", "jwt", "google_api_key", "anthropic_api_key"]),
    ("av_loadsheet", "text", "av", av_loadsheet, ["email", "phone_number", "generic_secret", "jwt", "url_credentials"]),
    ("av_catering_order", "structured", "av", av_catering_order, ["email", "phone_number", "payment_card", "iban", "generic_secret", "stripe_key"]),
    ("av_aodb_export", "raw-result", "av", av_aodb_export, ["email", "phone_number", "webhook_url", "slack_token", "generic_secret", "google_api_key", "jwt"]),
    ("av_efb_config", "text", "av", av_efb_config, ["email", "phone_number"] + ALLSEC),
    ("av_mro_integration_ini", "text", "av", av_mro_integration_ini, ["email", "phone_number"] + ALLSEC),
    ("av_crew_onboarding", "structured", "av", av_crew_onboarding, ["us_ssn", "us_ssn", "payment_card", "iban", "email", "phone_number", "generic_secret", "stripe_key"]),
    ("av_parts_trace", "structured", "av", av_parts_trace, ["email", "phone_number", "jwt", "generic_secret", "private_key", "aws_access_key_id", "openai_api_key"]),
    ("ph_edc_export", "structured", "ph", ph_edc_export, ["email", "phone_number", "generic_secret", "jwt", "url_credentials", "anthropic_api_key"]),
    ("ph_sdtm_csv", "text", "ph", ph_sdtm_csv, ["email", "phone_number", "us_ssn", "generic_secret", "aws_access_key_id"]),
    ("ph_cioms_narrative", "text", "ph", ph_cioms, ["email", "phone_number", "us_ssn", "jwt", "generic_secret"]),
    ("ph_monitoring_report", "raw-result", "ph", ph_monitoring_report, ["email", "phone_number", "us_ssn", "payment_card", "iban", "generic_secret"]),
    ("ph_site_contacts", "raw-result", "ph", ph_site_contacts, ["email", "phone_number", "jwt", "generic_secret", "webhook_url", "slack_token"]),
    ("ph_irb_email", "text", "ph", ph_irb_email, ["email", "phone_number", "generic_secret", "url_credentials"]),
    ("ph_iwrs_export", "structured", "ph", ph_iwrs_export, ["email", "phone_number", "webhook_url", "generic_secret", "jwt", "stripe_key"]),
    ("ph_econsent", "structured", "ph", ph_econsent, ["email", "phone_number", "us_ssn", "google_api_key", "generic_secret", "openai_api_key"]),
    ("ph_e2b_xml", "raw-result", "ph", ph_e2b_xml, ["email", "phone_number", "jwt", "generic_secret", "url_credentials"]),
    ("ph_lab_transfer", "text", "ph", ph_lab_transfer, ["email", "phone_number", "generic_secret", "private_key", "url_credentials", "aws_secret_access_key"]),
    ("ph_ctms_config", "text", "ph", ph_ctms_config, ["email", "phone_number"] + ALLSEC),
    ("ph_patient_stipend", "structured", "ph", ph_patient_stipend, ["us_ssn", "payment_card", "iban", "email", "phone_number", "stripe_key", "generic_secret"]),
    ("ph_recruitment_csv", "raw-result", "ph", ph_recruitment_csv, ["email", "phone_number", "generic_secret", "openai_api_key", "anthropic_api_key", "google_api_key"]),
    ("ph_site_payment", "structured", "ph", ph_site_payment, ["iban", "iban", "email", "phone_number", "generic_secret", "stripe_key"]),
    ("mar_bill_of_lading", "raw-result", "mar", mar_bill_of_lading, ["email", "phone_number", "iban", "generic_secret", "aws_access_key_id"]),
    ("mar_iftmin_edifact", "text", "mar", mar_iftmin, ["email", "phone_number", "generic_secret", "url_credentials"]),
    ("mar_baplie_coprar", "raw-result", "mar", mar_baplie, ["email", "phone_number", "url_credentials", "generic_secret", "gitlab_token"]),
    ("mar_crew_list_fal5", "structured", "mar", mar_crew_list, ["email", "phone_number", "generic_secret", "jwt"]),
    ("mar_port_call", "structured", "mar", mar_port_call, ["email", "phone_number", "iban", "payment_card", "generic_secret", "stripe_key", "google_api_key"]),
    ("mar_noon_report_ais", "raw-result", "mar", mar_noon_report, ["email", "phone_number", "generic_secret", "jwt", "google_api_key"]),
    ("mar_fixture_recap", "text", "mar", mar_fixture_recap, ["email", "phone_number", "iban", "generic_secret", "url_credentials"]),
    ("mar_customs_isf", "structured", "mar", mar_customs_isf, ["us_ssn", "us_ssn", "email", "phone_number", "generic_secret", "url_credentials", "private_key"]),
    ("mar_container_webhook", "raw-result", "mar", mar_container_webhook, ["email", "phone_number", "generic_secret", "webhook_url", "url_credentials", "jwt", "slack_token"]),
    ("mar_tos_export", "raw-result", "mar", mar_tos_export, ["email", "phone_number", "generic_secret", "url_credentials", "github_token"]),
    ("mar_pcs_config", "text", "mar", mar_pcs_config, ["email", "phone_number"] + ALLSEC),
    ("mar_carrier_api_log", "raw-result", "mar", mar_carrier_api_log, ["email", "phone_number", "jwt", "generic_secret", "url_credentials", "google_api_key", "openai_api_key",
                                                                       "anthropic_api_key", "aws_access_key_id", "aws_secret_access_key", "private_key", "slack_token", "github_token", "gitlab_token"]),
    ("mar_seafarer_docs", "structured", "mar", mar_seafarer_docs, ["us_ssn", "us_ssn", "iban", "email", "phone_number", "payment_card", "generic_secret", "gitlab_token"]),
    ("mar_disbursement", "structured", "mar", mar_disbursement, ["iban", "payment_card", "email", "phone_number", "generic_secret", "stripe_key"]),
]

COUNT = {}
N_RECORDS = 450
N_CLEAN = 200


def choose(pool):
    pool = list(dict.fromkeys(pool))
    k = R.choices([1, 2, 3, 4], [22, 34, 28, 16])[0]
    k = min(k, len(pool))
    chosen = []
    cand = list(pool)
    for _ in range(k):
        w = [1.0 / (1 + COUNT.get(t, 0)) ** 1.6 for t in cand]
        t = R.choices(cand, w)[0]
        chosen.append(t)
        cand.remove(t)
    R.shuffle(chosen)
    return chosen


def finalize(doc, labels):
    strings = strings_of(doc)
    merged = {}
    for l in labels:
        v = l["value"]
        if not any(v in s for s in strings):
            raise ValueError("value not verbatim: %r" % v[:60])
        acc = [a for a in dict.fromkeys(l["accept"]) if a != v and any(a in s for s in strings)]
        if v in merged:
            if merged[v]["type"] != l["type"]:
                raise ValueError("type clash")
            merged[v]["accept"] = list(dict.fromkeys(merged[v]["accept"] + acc))
        else:
            merged[v] = {"type": l["type"], "value": v, "accept": acc}
    out = list(merged.values())
    probs = cross_check(strings, out)
    return out, probs


def main():
    plan = []
    base = N_RECORDS // len(T)
    extra = N_RECORDS - base * len(T)
    for i, t in enumerate(T):
        n = base + (1 if i < extra else 0)
        plan.append([t, n])
    clean_total = 0
    per = []
    for t, n in plan:
        c = round(n * N_CLEAN / N_RECORDS)
        per.append(c)
        clean_total += c
    i = 0
    while clean_total != N_CLEAN:
        d = 1 if clean_total < N_CLEAN else -1
        per[i % len(per)] += d
        clean_total += d
        i += 1
    jobs = []
    for (t, n), c in zip(plan, per):
        jobs += [(t, True)] * c + [(t, False)] * (n - c)
    R.shuffle(jobs)
    recs = []
    retries = 0
    for idx, (t, clean) in enumerate(jobs):
        name, wrap, dom, fn, pool = t
        want = [] if clean else choose(pool)
        for attempt in range(200):
            ctx = Ctx(dom)
            doc = sprinkle(fn(ctx, list(want)), wrap)
            labels, probs = finalize(doc, ctx.labels)
            if not probs and (clean == (len(labels) == 0)):
                break
            retries += 1
        else:
            raise SystemExit("could not build %s: %r" % (name, probs))
        for l in labels:
            COUNT[l["type"]] = COUNT.get(l["type"], 0) + 1
        if wrap == "text":
            assert isinstance(doc, str)
        elif wrap == "structured":
            assert isinstance(doc, dict) and "content" not in doc
        else:
            assert isinstance(doc, dict) and "content" in doc
        recs.append({"id": "v22-%d" % (idx + 1), "template": name, "split": "holdout-v22", "wrap": wrap, "doc": doc, "labels": labels})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sys.stderr.write("records=%d labels=%d clean=%d retries=%d\n" % (len(recs), sum(len(r["labels"]) for r in recs),
                                                                      sum(1 for r in recs if not r["labels"]), retries))
    for k in sorted(COUNT):
        sys.stderr.write("  %-24s %d\n" % (k, COUNT[k]))


if __name__ == "__main__":
    main()
