#!/usr/bin/env python3
"""gen_dlp_v19.py - independent held-out DLP corpus v19.

Angle: government forms / public-benefits portals, automotive / fleet /
telematics data, scientific and laboratory data exports.
Python 3 stdlib only, one random.Random(SEED), no clock, no environment input.
Writes dlp_v19.jsonl next to this script.  Byte-identical on every run.
"""
import base64
import json
import os
import random
import re
import string

SEED = 19042708
N_DOCS = 450
CANDIDATES = 3
QUOTA = 16
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v19.jsonl")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B32 = UP + "234567"
HEX = "0123456789abcdef"
B64U = AN + "-_"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def digits(r, n, first="123456789"):
    return r.choice(first) + rs(r, DG, n - 1)


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return c
    raise ValueError


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def ssn_ok(ssn):
    d = re.sub(r"[ -]", "", ssn)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
        return False
    if d in ("078051120", "219099999", "123456789"):
        return False
    return True


CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|35|6011|65|64[4-9]|62|36|30[0-5])")
TEST_CARDS = {
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "378282246310005", "371449635398431", "6011111111111117",
    "6011000990139424", "3056930009020004", "3566002020360505", "6200000000000005",
    "4111111111111111", "5105105105105100", "4012888888881881", "4000000000000077",
    "4000002500003155", "4000000000009995", "4000000000000002",
}
TEST_IBANS = {
    "DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
    "NL91ABNA0417164300", "GB33BUKB20201555555555", "ES9121000418450200051332",
    "IT60X0542811101000000123456", "BE68539007547034", "CH9300762011623852957",
    "AT611904300234573201",
}
VENDOR_EXAMPLES = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
}
ROLE_LOCALS = {
    "support", "noreply", "no-reply", "do-not-reply", "donotreply", "billing", "security",
    "info", "sales", "hr", "team", "alerts", "careers", "noc", "foia", "benefits", "permits",
    "records", "dispatch", "helpdesk", "admin", "contact", "office", "licensing", "clerk",
    "dmv", "irb", "lims", "seqcore", "fleet", "ops", "service", "roadside", "notifications",
    "privacy", "grants", "research", "studies", "housing", "claims", "ui-claims", "snap",
    "appointments", "efiling", "registry", "datacenter", "hpc-help", "postmaster", "webmaster",
    "cases", "eligibility", "charging", "ota", "telematics", "rentals", "dealer", "parts",
    "trialsupport", "monitoring", "curation", "sponsored-programs", "osp", "compliance",
}
PLACEHOLDER_EMAILS = {
    "you@example.com", "user@domain.tld", "name@example.org", "jane.doe@example.com",
    "your.name@agency.example", "first.last@example.edu", "applicant@example.com",
}


# ---------------------------------------------------------------- scanner
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
TOKEN_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"\bgl(?:pat|dt|rt|ptt|cbt|soat|ft|imt|agent)-[A-Za-z0-9_-]{16,}"),
    re.compile(r"\bxox[abposre][.-][A-Za-z0-9.-]{10,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9-]{20,}"),
    re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bAIza[A-Za-z0-9_-]{35}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+"),
    re.compile(r"https://(?:discord|discordapp)\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]+"),
    re.compile(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[^\s\"']+"),
]


def doc_strings(x, out):
    if isinstance(x, str):
        out.append(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            out.append(k)
            doc_strings(v, out)
    elif isinstance(x, list):
        for v in x:
            doc_strings(v, out)
    return out


def low_entropy(s):
    body = re.sub(r"^[A-Za-z]+[_-]", "", s)
    return len(set(body)) < 6 or "EXAMPLE" in s or "xxxx" in s.lower() or "your" in s.lower()


def scan_unlabelled(doc, labels):
    """Return list of (kind, match) that look like labelable values but are not labelled."""
    strs = doc_strings(doc, [])
    vals = [l["value"] for l in labels]
    extra = [a for l in labels for a in l.get("accept", [])]

    def covered(m):
        for v in vals:
            if m in v or v in m:
                return True
        for v in vals:
            if re.sub(r"\D", "", m) and re.sub(r"\D", "", m) == re.sub(r"\D", "", v) and len(re.sub(r"\D", "", m)) >= 9:
                return True
        for a in extra:
            if m in a:
                return True
        return False

    bad = []
    for s in strs:
        for m in EMAIL_RE.finditer(s):
            e = m.group(0).strip("._-")
            local, dom = e.split("@", 1)
            pre = s[max(0, m.start() - 7):m.start()]
            if pre.endswith(":") and not pre.endswith("mailto:"):
                continue
            if pre.endswith("/"):
                continue
            if local.lower() in ROLE_LOCALS or e.lower() in PLACEHOLDER_EMAILS:
                continue
            if dom.endswith("gserviceaccount.com") or dom.endswith(".invalid"):
                continue
            if re.fullmatch(r"[\d.]+", dom.split(".")[-1]):
                continue
            if not covered(e):
                bad.append(("email", e))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group(0)) and not covered(m.group(0)):
                bad.append(("us_ssn", m.group(0)))
        for m in CARD_RE.finditer(s):
            d = re.sub(r"\D", "", m.group(0))
            if 13 <= len(d) <= 19 and CARD_PREFIX.match(d) and luhn_ok(d) and d not in TEST_CARDS and not covered(m.group(0)):
                bad.append(("payment_card", m.group(0)))
        for m in IBAN_RE.finditer(s):
            t = m.group(0)
            for cut in range(len(t), 14, -1):
                c = t[:cut].rstrip()
                if iban_ok(c) and c.replace(" ", "") not in TEST_IBANS:
                    if not covered(c):
                        bad.append(("iban", c))
                    break
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group(0)
                if t in VENDOR_EXAMPLES or low_entropy(t):
                    continue
                if t.startswith("-----BEGIN"):
                    if not any(t in v for v in vals):
                        bad.append(("private_key", t))
                    continue
                if not covered(t):
                    bad.append(("token", t))
    return bad


# ---------------------------------------------------------------- people
FIRST = ["Maria", "Jamal", "Aiko", "Lucas", "Priya", "Olumide", "Sofia", "Mateo", "Hannah", "Wei",
         "Fatima", "Noah", "Ingrid", "Diego", "Chloe", "Arjun", "Zanele", "Tomasz", "Leila", "Kenji",
         "Amara", "Elif", "Rafael", "Siobhan", "Dmitri", "Yuki", "Grace", "Mohammed", "Beatriz", "Liam",
         "Nadia", "Hamza", "Camille", "Jorge", "Anneke", "Tran", "Kofi", "Sunita", "Eero", "Marisol"]
LAST = ["Alvarez", "Okafor", "Tanaka", "Schneider", "Patel", "Nguyen", "Kowalski", "Haddad", "Murphy",
        "Rossi", "Johansson", "Dubois", "Silva", "Kim", "Mensah", "Fischer", "Hernandez", "Yilmaz",
        "O'Brien", "Chen", "Novak", "Adeyemi", "Larsen", "Moreau", "Castillo", "Ivanova", "Brennan",
        "Sato", "Mbeki", "Dasgupta", "Whitfield", "Varga", "Lindqvist", "Ortega", "Kaur", "Bianchi"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "web.de", "gmx.at",
                "laposte.net", "hotmail.co.uk", "yahoo.co.jp", "comcast.net", "fastmail.com",
                "mail.ru", "uol.com.br", "orange.fr", "t-online.de", "bigpond.com", "rediffmail.com"]
WORK_DOMAINS = ["dhs.state-example.gov", "countyhealth.org", "ridgeview-motors.com", "voltway-charging.eu",
                "kestrel-fleet.com", "med.uni-freiburg.de", "biochem.ox.ac.uk", "broadleaf-labs.org",
                "umc-trials.nl", "cityofmarlowe.gov", "northbay-legalaid.org", "autoflotte.de",
                "genomics.kyoto-u.ac.jp", "harborview-dealer.com", "ctrc.mcgill.ca", "unisp.br",
                "labs.tecnalia.es", "stateu.edu", "pnw-transit.org", "rentago.it"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def mk_email(r, fn=None, ln=None, work=False):
    if fn is None:
        fn, ln = person(r)
    f = fn.lower()
    l = re.sub(r"[^a-z]", "", ln.lower())
    dom = r.choice(WORK_DOMAINS if work else MAIL_DOMAINS)
    style = r.randrange(6)
    if style == 0:
        loc = f"{f}.{l}"
    elif style == 1:
        loc = f"{f[0]}{l}"
    elif style == 2:
        loc = f"{f}_{l}{r.randint(1, 99)}"
    elif style == 3:
        loc = f"{l}.{f}"
    elif style == 4:
        loc = f"{f}{r.randint(70, 2009)}"
    else:
        loc = f"{f}.{l[0]}+{r.choice(['benefits', 'lab', 'car', 'dmv', 'grants'])}"
    return f"{loc}@{dom}"


def mk_phone(r, cc=None):
    """returns (value, accepts)"""
    cc = cc or r.choice(["US", "US", "US", "UK", "DE", "FR", "JP", "AU", "IN", "BR", "NL", "ES", "IT",
                         "MX", "KR", "ZA", "CA", "IE", "SE", "PL"])
    d = lambda n: rs(r, DG, n)
    if cc in ("US", "CA"):
        area = r.choice(["212", "312", "415", "503", "617", "704", "206", "303", "512", "919", "602",
                         "773", "404", "651", "608", "971"] if cc == "US" else ["604", "416", "514", "403", "613"])
        ex = r.choice("23456789") + d(2)
        while ex == "555":
            ex = r.choice("23456789") + d(2)
        ln = d(4)
        st = r.randrange(6)
        if st == 0:
            return f"+1 ({area}) {ex}-{ln}", [f"({area}) {ex}-{ln}"]
        if st == 1:
            return f"({area}) {ex}-{ln}", []
        if st == 2:
            return f"{area}-{ex}-{ln}", []
        if st == 3:
            return f"{area}.{ex}.{ln}", []
        if st == 4:
            return f"+1 {area} {ex} {ln}", [f"{area} {ex} {ln}"]
        return f"+1-{area}-{ex}-{ln}", [f"{area}-{ex}-{ln}"]
    if cc == "UK":
        m = "7" + r.choice("1234589") + d(2)
        rest = d(6)
        if r.random() < 0.5:
            return f"+44 {m} {rest}", [f"{m} {rest}"]
        return f"0{m} {rest}", []
    if cc == "DE":
        if r.random() < 0.5:
            a = r.choice(["30", "89", "40", "221", "69", "761"])
            n = d(7)
            return (f"+49 {a} {n}", [f"{a} {n}"]) if r.random() < 0.5 else (f"0{a} {n}", [])
        m = r.choice(["151", "160", "171", "176", "157"])
        n = d(7)
        return (f"+49 (0){m} {n}", [f"{m} {n}"]) if r.random() < 0.5 else (f"0{m}/{n}", [])
    if cc == "FR":
        p = r.choice("67") + " " + " ".join(d(2) for _ in range(4))
        return (f"+33 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "JP":
        p = r.choice(["90", "80", "70"]) + "-" + d(4) + "-" + d(4)
        return (f"+81 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "AU":
        m = "4" + r.choice("0123") + d(1)
        p = f"{m} {d(3)} {d(3)}"
        return (f"+61 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "IN":
        p = f"{r.choice('6789')}{d(4)} {d(5)}"
        return (f"+91 {p}", [p]) if r.random() < 0.6 else (f"0{p}", [])
    if cc == "BR":
        a = r.choice(["11", "21", "31", "41", "51", "61"])
        if r.random() < 0.5:
            return f"+55 {a} 9{d(4)}-{d(4)}", [f"{a} 9"]  # replaced below
        return f"({a}) 9{d(4)}-{d(4)}", []
    if cc == "NL":
        p = f"6 {d(8)}"
        return (f"+31 {p}", [p]) if r.random() < 0.5 else (f"06-{d(8)}", [])
    if cc == "ES":
        p = f"{r.choice('67')}{d(2)} {d(2)} {d(2)} {d(2)}"
        return f"+34 {p}", [p]
    if cc == "IT":
        p = f"3{d(2)} {d(3)} {d(4)}"
        return f"+39 {p}", [p]
    if cc == "MX":
        p = f"55 {d(4)} {d(4)}"
        return f"+52 {p}", [p]
    if cc == "KR":
        p = f"10-{d(4)}-{d(4)}"
        return (f"+82 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "ZA":
        p = f"{r.choice(['82', '83', '72', '71'])} {d(3)} {d(4)}"
        return (f"+27 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "IE":
        p = f"8{r.choice('35679')} {d(3)} {d(4)}"
        return (f"+353 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "SE":
        p = f"7{r.choice('0236')}-{d(3)} {d(2)} {d(2)}"
        return (f"+46 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "AT":
        p = f"6{r.choice(['64', '60', '76', '99'])} {d(7)}"
        return (f"+43 {p}", [p]) if r.random() < 0.5 else (f"0{p}", [])
    if cc == "PL":
        p = f"{r.choice('5678')}{d(2)} {d(3)} {d(3)}"
        return f"+48 {p}", [p]
    raise ValueError(cc)


def phone(r, cc=None):
    v, acc = mk_phone(r, cc)
    if v.startswith("+55 "):
        acc = [v[4:]]
    return v, acc


def mk_ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        v = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
        if ssn_ok(v):
            return v


def mk_card_digits(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    while True:
        if brand == "visa":
            p, n = "4", 16
        elif brand == "mc":
            p, n = "5" + str(r.randint(1, 5)), 16
        elif brand == "mc2":
            p, n = "2" + str(r.randint(221, 720)), 16
        elif brand == "amex":
            p, n = r.choice(["34", "37"]), 15
        elif brand == "disc":
            p, n = r.choice(["6011", "65"]), 16
        else:
            p, n = "35" + str(r.randint(28, 89)), 16
        body = p + rs(r, DG, n - len(p) - 1)
        num = body + luhn_digit(body)
        if num not in TEST_CARDS and len(set(num)) > 4:
            return num


def fmt_card(r, d, sep=None):
    if sep is None:
        sep = r.choice([" ", " ", "-", ""])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(r, sep=None):
    d = mk_card_digits(r)
    return fmt_card(r, d, sep), d


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11n2n", "GB": "4a6n8n", "NL": "4a10n", "ES": "4n4n2n10n",
             "IT": "1a5n5n12n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12n", "PL": "8n16n",
             "PT": "4n4n11n2n", "IE": "4a6n8n", "SE": "3n16n1n", "DK": "4n9n1n", "FI": "3n11n",
             "NO": "4n6n1n", "LU": "3n13n", "CZ": "4n6n10n"}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"]}


def mk_iban(r, cc=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    while True:
        spec = IBAN_SPEC[cc]
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([an])", spec):
            cnt = int(cnt)
            if kind == "a":
                if cc in BANK_LETTERS and cnt == 4:
                    bban += r.choice(BANK_LETTERS[cc])
                else:
                    bban += rs(r, UP, cnt)
            else:
                bban += rs(r, DG, cnt)
        t = bban + cc + "00"
        n = int("".join(str(int(c, 36)) for c in t))
        chk = 98 - n % 97
        ib = f"{cc}{chk:02d}{bban}"
        if ib not in TEST_IBANS and iban_ok(ib):
            return ib


def fmt_iban(ib, spaced):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib


def mk_aws_id(r, pref=None):
    return (pref or r.choice(["AKIA", "AKIA", "ASIA"])) + rs(r, B32, 16)


def mk_aws_secret(r):
    while True:
        s = rs(r, AN + "+/", 40)
        if "/" in s or "+" in s:
            return s


def mk_github(r):
    k = r.randrange(7)
    if k == 6:
        return "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)
    return ["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"][k] + rs(r, AN, 36)


def mk_gitlab(r):
    k = r.randrange(6)
    if k <= 2:
        return "glpat-" + rs(r, AN + "_-", 20)
    if k == 3:
        return "gldt-" + rs(r, AN + "_", 20)
    if k == 4:
        return "glrt-" + rs(r, AN + "_", 20)
    return "glptt-" + rs(r, HEX, 40)


def mk_slack(r):
    k = r.randrange(5)
    d = lambda n: digits(r, n, "178")
    if k <= 1:
        return f"xoxb-{d(12)}-{d(13)}-{rs(r, AN, 24)}"
    if k == 2:
        return f"xoxp-{d(12)}-{d(12)}-{d(13)}-{rs(r, HEX, 32)}"
    if k == 3:
        return f"xapp-1-A{rs(r, UP + DG, 10)}-{d(13)}-{rs(r, HEX, 64)}"
    return f"xoxe.xoxp-1-{rs(r, AN, 146)}"


def mk_stripe(r):
    k = r.randrange(6)
    if k <= 1:
        return "sk_live_51" + rs(r, AN, 97)
    if k == 2:
        return "sk_live_" + rs(r, AN, 24)
    if k == 3:
        return "rk_live_51" + rs(r, AN, 97)
    if k == 4:
        return "sk_test_51" + rs(r, AN, 97)
    return "rk_test_" + rs(r, AN, 24)


def mk_openai(r):
    k = r.randrange(4)
    if k <= 1:
        return "sk-proj-" + rs(r, AN + "-_", 74) + "T3BlbkFJ" + rs(r, AN + "-_", 74)
    if k == 2:
        return "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20)
    return "sk-svcacct-" + rs(r, AN + "-_", 74) + "T3BlbkFJ" + rs(r, AN + "-_", 74)


def mk_anthropic(r):
    if r.random() < 0.8:
        return "sk-ant-api03-" + rs(r, AN + "-_", 93) + "AA"
    return "sk-ant-admin01-" + rs(r, AN + "-_", 93) + "AA"


def mk_google(r):
    return "AIzaSy" + rs(r, AN + "-_", 33)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def mk_jwt(r, iss="https://login.portal.example-state.gov", sub=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r, AN, 16)
    iat = 1700000000 + r.randint(0, 40000000)
    pl = {"iss": iss, "sub": sub or rs(r, HEX, 24), "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
          "scope": r.choice(["claims:read", "vehicle:read vehicle:cmd", "lims.write", "case:rw"])}
    siglen = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(r, B64U, siglen)


def mk_pem(r):
    k = r.randrange(4)
    if k == 0:
        hd, body, n = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1590
    elif k == 1:
        hd, body, n = "EC PRIVATE KEY", "MHcCAQEEI", 212
    elif k == 2:
        hd, body, n = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1600
    else:
        hd, body, n = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 400
    b = body + rs(r, AN + "+/", n - len(body))
    if k != 3:
        b += r.choice(["", "=", "=="]) if len(b) % 4 else ""
    w = 70 if k == 3 else 64
    lines = [b[i:i + w] for i in range(0, len(b), w)]
    return f"-----BEGIN {hd}-----\n" + "\n".join(lines) + f"\n-----END {hd}-----"


def uuid(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def mk_webhook(r):
    k = r.randrange(5)
    if k <= 1:
        return f"https://hooks.slack.com/services/T{rs(r, UP + DG, 8)}/B{rs(r, UP + DG, 10)}/{rs(r, AN, 24)}"
    if k == 2:
        return f"https://discord.com/api/webhooks/1{rs(r, DG, 18)}/{rs(r, AN + '-_', 68)}"
    if k == 3:
        org = r.choice(["statehhs", "voltway", "broadleaflabs", "kestrelfleet", "marlowecity"])
        return (f"https://{org}.webhook.office.com/webhookb2/{uuid(r)}@{uuid(r)}/IncomingWebhook/"
                f"{rs(r, HEX, 32)}/{uuid(r)}")
    return f"https://hooks.zapier.com/hooks/catch/{digits(r, 7)}/{rs(r, LO + DG, 6)}/"


def mk_password(r):
    k = r.randrange(5)
    if k == 0:
        return rs(r, AN, r.randint(12, 20)) + r.choice("!$*%") + str(r.randint(0, 9))
    if k == 1:
        w = ["Copper", "Lantern", "Fjord", "Quartz", "Maple", "Orbit", "Tundra", "Garnet", "Harbor", "Velvet"]
        return f"{r.choice(w)}-{r.choice(w)}-{r.randint(10, 99)}{r.choice('!*$')}{rs(r, AN, 4)}"
    if k == 2:
        return rs(r, AN, 24)
    if k == 3:
        return rs(r, LO + DG, 8) + "." + rs(r, UP + DG, 8) + "~" + rs(r, AN, 4)
    return rs(r, AN + "_-", 32)


def mk_generic(r):
    k = r.randrange(11)
    if k == 0:
        return rs(r, HEX, 32)
    if k == 1:
        return rs(r, HEX, 64)
    if k == 2:
        return base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([24, 32, 33])))).decode()
    if k == 3:
        return "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43)
    if k == 4:
        return "whsec_" + rs(r, AN, 32)
    if k == 5:
        return "hf_" + rs(r, AN, 34)
    if k == 6:
        return "dapi" + rs(r, HEX, 32)
    if k == 7:
        return "npm_" + rs(r, AN, 36)
    if k == 8:
        return rs(r, AN, 40)
    return mk_password(r)


def mk_url(r, kind=None):
    kind = kind or r.choice(["postgresql", "mysql", "mongodb+srv", "amqps", "redis", "sftp", "ftps", "https", "smtp", "mqtts", "wss"])
    user = r.choice(["lims_rw", "svc_etl", "cp_0417", "fleetsync", "ui_batch", "seqcore", "dmv_feed",
                     "ocpp_cs", "hpc_xfer", "eln_app", "benefits_ro", "telemetry", "grants_bot"])
    pw = mk_password(r)
    host = r.choice(["db-3.lab.internal:5432/lims", "mysql.dmv-int.state.example:3306/renewals",
                     "cluster0.x7qkd.mongodb.net/fleet", "mq.voltway-charging.eu:5671/%2Focpp",
                     "cache-2.benefits.internal:6379/0", "sftp.datahub.state-example.gov:22/inbound",
                     "ftp.seqcore.broadleaf-labs.org/runs", "api.partner-lims.com/v2/upload",
                     "smtp.mail-relay.example.net:587", "broker.kestrel-fleet.com:8883",
                     "csms.voltway-charging.eu/ocpp/CP-0417"])
    if kind == "redis" and r.random() < 0.5:
        return f"redis://:{pw}@{host}", "", pw
    return f"{kind}://{user}:{pw}@{host}", user, pw


# ---------------------------------------------------------------- negatives
def neg_vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def neg_plate(r):
    return r.choice([f"{rs(r, UP, 3)}-{rs(r, DG, 4)}", f"{rs(r, UP, 2)} {rs(r, DG, 2)} {rs(r, UP, 3)}",
                     f"B-{rs(r, UP, 2)} {rs(r, DG, 4)}", f"{rs(r, DG, 1)}{rs(r, UP, 3)}{rs(r, DG, 3)}"])


def neg_dtc(r):
    return r.choice("PPPCBU") + r.choice("0123") + rs(r, "0123456789ABCDEF", 3)


def neg_gps(r):
    return f"{r.uniform(-45, 60):.6f},{r.uniform(-123, 151):.6f}"


def neg_sha(r, n=64):
    return rs(r, HEX, n)


def neg_masked_ssn(r):
    return r.choice(["XXX-XX-", "***-**-", "xxx-xx-"]) + rs(r, DG, 4)


def neg_masked_card(r):
    return r.choice(["**** **** **** ", "•••• •••• •••• ", "XXXX-XXXX-XXXX-", "ending in "]) + rs(r, DG, 4)


def neg_itin(r):
    return f"9{rs(r, DG, 2)}-{r.choice(['70', '75', '78', '83', '92'])}-{rs(r, DG, 4)}"


def neg_ein(r):
    return f"{rs(r, DG, 2)}-{rs(r, DG, 7)}"


def neg_anum(r):
    return r.choice([f"A{rs(r, DG, 9)}", f"A-{rs(r, DG, 3)}-{rs(r, DG, 3)}-{rs(r, DG, 3)}"])


def neg_case(r, pre):
    return f"{pre}-{r.randint(2019, 2025)}-{rs(r, DG, 6)}"


def neg_dl(r):
    return r.choice([f"D{rs(r, DG, 7)}", f"S530-{rs(r, DG, 4)}-{rs(r, DG, 4)}", f"{rs(r, UP, 1)}{rs(r, DG, 3)}-{rs(r, DG, 4)}-{rs(r, DG, 4)}"])


def neg_orcid(r):
    return f"0000-000{r.randint(1, 3)}-{rs(r, DG, 4)}-{rs(r, DG, 3)}{r.choice(DG + 'X')}"


def neg_doi(r):
    return r.choice([f"10.5281/zenodo.{rs(r, DG, 7)}", f"10.{rs(r, DG, 4)}/{rs(r, LO, 4)}.{rs(r, DG, 5)}"])


def neg_acgt(r, n=8):
    return rs(r, "ACGT", n)


def neg_imei(r):
    b = "86" + rs(r, DG, 12)
    return b + luhn_digit(b)


def neg_iccid(r):
    b = "8949" + rs(r, DG, 14)
    return b + luhn_digit(b)


def neg_rfid(r):
    return rs(r, "0123456789ABCDEF", r.choice([8, 14]))


def neg_toll_free(r):
    return r.choice([f"1-800-{rs(r, '23456789', 3)}-{rs(r, DG, 4)}", f"(877) {rs(r, '23456789', 3)}-{rs(r, DG, 4)}",
                     f"1-888-{rs(r, '23456789', 3)}-{rs(r, DG, 4)}", f"(555) 01{rs(r, DG, 2)}",
                     f"555-01{rs(r, DG, 2)}", f"0800 {rs(r, DG, 3)} {rs(r, DG, 4)}", "311", "115",
                     f"07700 900{rs(r, DG, 3)}", f"020 7946 0{rs(r, DG, 3)}", f"0491 570 {rs(r, DG, 3)}"])


def neg_fict_phone(r):
    return r.choice([f"(555) 01{rs(r, DG, 2)}", f"+1 415-555-01{rs(r, DG, 2)}", f"07700 900{rs(r, DG, 3)}",
                     f"020 7946 0{rs(r, DG, 3)}", f"0491 570 {rs(r, DG, 3)}", f"+61 491 570 {rs(r, DG, 3)}"])


def neg_role(r, dom=None):
    return f"{r.choice(sorted(ROLE_LOCALS))}@{dom or r.choice(WORK_DOMAINS)}"


def neg_env_ref(r, name):
    return r.choice([f'os.environ["{name}"]', f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"process.env.{name}",
                     f"vault:secret/data/prod/{name.lower()}", f"{{{{ lookup('env', '{name}') }}}}",
                     f"<{name.lower().replace('_', '-')}>", "changeme", "REPLACE_ME", "********", "[REDACTED]"])


def neg_test_card(r):
    return r.choice(["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005",
                     "6011 1111 1111 1117", "4111111111111111", "2223003122003222"])


def neg_test_iban(r):
    return r.choice(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "NL91ABNA0417164300",
                     "FR14 2004 1010 0505 0001 3M02 606", "GB33BUKB20201555555555"])


def neg_vendor_key(r):
    return r.choice(sorted(VENDOR_EXAMPLES))


def date(r, y0=2021, y1=2025):
    return f"{r.randint(y0, y1)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def dob(r):
    return f"{r.randint(1,12):02d}/{r.randint(1,28):02d}/{r.randint(1948, 2005)}"


def ts(r):
    return f"{date(r, 2024, 2025)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def addr(r):
    return f"{r.randint(10, 9899)} {r.choice(['Elm St', 'Harbor Rd', 'W 3rd Ave', 'Mill Creek Dr', 'Calle Luna', 'Birch Ln'])}, Apt {r.randint(1, 40)}"


# ---------------------------------------------------------------- labeller
class Lab:
    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.labels = []

    def on(self, p=0.6):
        return self.pos and self.r.random() < p

    def add(self, t, v, acc=()):
        for l in self.labels:
            if l["value"] == v:
                return v
        acc = [a for a in dict.fromkeys(acc) if a != v]
        self.labels.append({"type": t, "value": v, "accept": acc})
        return v

    # convenience: returns rendered value; labels when positive
    def email(self, p=0.6, fn=None, ln=None, work=False, neg=None):
        if self.on(p * 0.75):
            return self.add("email", mk_email(self.r, fn, ln, work))
        return neg if neg is not None else self.r.choice([neg_role(self.r), "", "(not provided)", "j***@" + self.r.choice(MAIL_DOMAINS)])

    def phone(self, p=0.6, cc=None, neg=None):
        if self.on(p * 0.8):
            v, acc = phone(self.r, cc)
            return self.add("phone_number", v, acc)
        return neg if neg is not None else self.r.choice([neg_toll_free(self.r), neg_fict_phone(self.r), "", "on file"])

    def ssn(self, p=0.6, sep="-", neg=None):
        if self.on(p):
            return self.add("us_ssn", mk_ssn(self.r, sep))
        return neg if neg is not None else self.r.choice([neg_masked_ssn(self.r), neg_itin(self.r), "", "on file"])


def secret_value(r, kind):
    return {"openai": mk_openai, "anthropic": mk_anthropic, "google": mk_google, "github": mk_github,
            "gitlab": mk_gitlab, "slack": mk_slack, "stripe": mk_stripe, "aws_id": mk_aws_id,
            "aws_secret": mk_aws_secret, "generic": mk_generic, "jwt": mk_jwt, "webhook": mk_webhook}[kind](r)


KIND_TYPE = {"openai": "openai_api_key", "anthropic": "anthropic_api_key", "google": "google_api_key",
             "github": "github_token", "gitlab": "gitlab_token", "slack": "slack_token", "stripe": "stripe_key",
             "aws_id": "aws_access_key_id", "aws_secret": "aws_secret_access_key", "generic": "generic_secret",
             "jwt": "jwt", "webhook": "webhook_url"}


RARE_BOOST = {"openai": 2.0, "google": 1.4, "anthropic": 2.8, "gitlab": 3.0, "stripe": 3.0, "slack": 2.3, "github": 3.2, "aws_secret": 1.2, "webhook": 1.2}


def kv(L, name, kind, style, p=0.6, neg=None):
    """Render one NAME/value line in a config style. Labels if positive."""
    r = L.r
    if kind in RARE_BOOST:
        p = min(0.85, p * RARE_BOOST[kind])
    if L.on(p):
        v = secret_value(r, kind)
        lab = True
    else:
        v = neg if neg is not None else r.choice([neg_env_ref(r, name), neg_env_ref(r, name), neg_vendor_key(r) if kind in ("aws_id", "aws_secret", "stripe") else "<" + name.lower() + ">", neg_sha(r, 40) if name.endswith("_SHA") else "changeme"])
        lab = False
    if style == "export":
        line = f'export {name}="{v}"'
        acc = [f'{name}="{v}"']
    elif style == "env":
        line = f"{name}={v}"
        acc = [line]
    elif style == "yaml":
        line = f"{name.lower()}: {v}"
        acc = [line]
    elif style == "ini":
        line = f"{name.lower()} = {v}"
        acc = [line]
    elif style == "json":
        line = f'"{name}": "{v}"'
        acc = [line]
    else:
        line = v
        acc = []
    if lab:
        L.add(KIND_TYPE[kind], v, acc)
    return line


def raw(text, sc=None, err=False):
    d = {"content": [{"type": "text", "text": text}], "isError": err}
    if sc is not None:
        d["structuredContent"] = sc
    return d


def jd(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


# ================================================================ GOVERNMENT
def t_gov_w4_submission(r, L):
    fn, ln = person(r)
    doc = {"form": "W-4 (Employee's Withholding Certificate)", "tax_year": r.choice([2024, 2025]),
           "submission_id": uuid(r), "employee": {
               "first_name": fn, "last_name": ln, "address": addr(r),
               "ssn": L.ssn(0.8), "email": L.email(0.6, fn, ln), "phone": L.phone(0.5),
               "filing_status": r.choice(["single", "married_filing_jointly", "head_of_household"])},
           "step3_dependents_amount": r.choice([0, 2000, 4000, 6500]),
           "employer": {"name": r.choice(["Ridgeview Motors LLC", "County of Marlowe", "Broadleaf Labs Inc"]),
                        "ein": neg_ein(r), "payroll_contact": neg_role(r)},
           "signed": date(r), "portal_ref": neg_case(r, "W4")}
    if L.on(0.2):
        doc["employee"]["prior_ssn_typo_corrected_to"] = L.add("us_ssn", mk_ssn(r, " "))
    return "structured", doc


def t_gov_w9_ocr(r, L):
    fn, ln = person(r)
    ssn_box = " | ".join(mk_ssn(r, "-"))  # char-per-box -> broken -> never labelled
    lines = ["Form W-9 (Rev. March 2024)    Request for Taxpayer Identification Number and Certification",
             "[OCR page 1/1  confidence 0.91]",
             f"1 Name: ____{fn} {ln}____", f"2 Business name: ____{r.choice(['', ln + ' Consulting', 'Tri-County Towing'])}____",
             f"5 Address: ____{addr(r)}____",
             f"Part I  Social security number  | {ssn_box} |",
             f"        Employer identification number  | {' | '.join(neg_ein(r))} |"]
    if L.on(0.7):
        lines.append(f"SSN (typed copy): ____{L.add('us_ssn', mk_ssn(r))}____")
    else:
        lines.append(f"SSN (typed copy): ____{neg_masked_ssn(r)}____")
    lines.append(f"Contact e-mail: ____{L.email(0.6, fn, ln)}____")
    lines.append(f"Daytime phone: ____{L.phone(0.5)}____")
    lines.append(f"Requester: {r.choice(['Marlowe Transit Authority', 'State Univ. Research Foundation'])}, {neg_role(r)}, {neg_toll_free(r)}")
    lines.append(f"OCR note: field 'ITIN' read as {neg_itin(r)}; field 'acct' read as {rs(r, DG, 10)}")
    lines.append(f"Damaged scan line: S5N 5O{r.randint(1,9)}-l{r.randint(1,9)}-{rs(r, DG, 2)}O{r.randint(1,9)}")
    return "text", "\n".join(lines)


def t_gov_i9_portal(r, L):
    fn, ln = person(r)
    doc = {"caseType": "I-9 Section 1", "employeeInfo": {
        "lastName": ln, "firstName": fn, "otherLastNames": "N/A", "dateOfBirth": dob(r),
        "usSocialSecurityNumber": L.ssn(0.7), "emailAddress": L.email(0.6, fn, ln),
        "telephoneNumber": L.phone(0.6),
        "citizenshipStatus": r.choice(["LPR", "NONCITIZEN_AUTHORIZED", "CITIZEN"]),
        "alienNumber": neg_anum(r), "i94AdmissionNumber": rs(r, DG, 11),
        "foreignPassportNumber": rs(r, UP, 2) + rs(r, DG, 7)},
        "everifyCase": {"caseNumber": f"{r.randint(2024,2025)}{rs(r, DG, 9)}{rs(r, UP, 2)}", "status": r.choice(["EMPLOYMENT_AUTHORIZED", "TNC", "CLOSED"])},
        "preparer": {"used": False}, "auditTrail": [{"at": ts(r), "actor": neg_role(r), "action": "SUBMIT"}]}
    return "structured", doc


def t_gov_unemployment_claim(r, L):
    fn, ln = person(r)
    claim = {"claimId": neg_case(r, "UI"), "weekEnding": date(r), "claimant": {
        "name": f"{fn} {ln}", "ssn": L.ssn(0.7), "dob": dob(r), "phone": L.phone(0.5),
        "email": L.email(0.5, fn, ln)},
        "employers": [{"name": r.choice(["Harbor Freight Logistics", "Sunset Diner", "Aldine ISD"]), "fein": neg_ein(r),
                       "separation": r.choice(["LACK_OF_WORK", "QUIT", "DISCHARGE"])}],
        "payment": {"method": r.choice(["DEBIT_CARD", "DIRECT_DEPOSIT"]), "routingNumber": rs(r, DG, 9),
                    "accountNumber": neg_masked_card(r).replace(" ", "")}}
    if L.on(0.35):
        d = mk_card_digits(r, "visa")
        claim["payment"]["prepaidCardNumber"] = L.add("payment_card", d)
    else:
        claim["payment"]["prepaidCardNumber"] = neg_masked_card(r)
    claim["workSearch"] = [{"date": date(r), "employer": "Target #2214", "contact": neg_role(r)}]
    txt = "GET /ui/v2/claims/weekly -> 200\n" + jd(claim)
    return "raw-result", raw(txt)


def t_gov_snap_fixedwidth(r, L):
    hdr = "REC CASE-NO      LAST          FIRST       SSN        DOB       HH REL  PHONE"
    rows = [hdr]
    for i in range(r.randint(2, 4)):
        fn, ln = person(r)
        if L.on(0.45):
            s = L.add("us_ssn", mk_ssn(r, ""))
        else:
            s = r.choice(["000000000", "         ", "XXXXX" + rs(r, DG, 4), neg_itin(r).replace("-", "")])
        ph = L.phone(0.3, cc="US", neg="          ")
        rows.append(f"D{i + 1:02d} {neg_case(r, 'FS')} {ln[:12]:<13} {fn[:10]:<11} {s:<10} {dob(r).replace('/', '')} {r.choice(['HH', 'SP', 'CH'])}      {ph}")
    rows.append(f"TRL COUNT={len(rows) - 1} AGENCY=DSS-{rs(r, DG, 3)} CONTACT {neg_role(r, 'dss.state-example.gov')} {neg_toll_free(r)}")
    text = "SNAP INTERIM REPORT - BATCH EXTRACT (fixed width)\n" + "\n".join(rows)
    if L.on(0.3):
        text += f"\nCaseworker e-mail on file: {L.add('email', mk_email(r, work=True))}"
    return "text", text


def t_gov_housing_application(r, L):
    fn, ln = person(r)
    lf, ll = person(r)
    doc = {"application": {"program": r.choice(["Section 8 HCV", "Emergency Rental Assistance", "Senior Housing Waitlist"]),
                           "applicationNumber": neg_case(r, "HA"), "submittedAt": ts(r),
                           "applicant": {"name": f"{fn} {ln}", "ssnLast4": rs(r, DG, 4), "ssn": L.ssn(0.4),
                                         "email": L.email(0.6, fn, ln), "mobile": L.phone(0.6),
                                         "annualIncome": r.randint(9000, 52000)},
                           "household": [{"name": person(r)[0], "relationship": "child", "dob": dob(r)}],
                           "landlord": {"name": f"{lf} {ll}", "phone": L.phone(0.4), "email": L.email(0.4, lf, ll, True),
                                        "propertyParcel": f"{rs(r, DG, 3)}-{rs(r, DG, 3)}-{rs(r, DG, 2)}"},
                           "caseworker": {"queue": neg_role(r, "housing.cityofmarlowe.gov"), "line": neg_toll_free(r)}}}
    return "structured", doc


def t_gov_student_aid(r, L):
    fn, ln = person(r)
    pf, pl = person(r)
    rec = {"formType": "SAID-2025", "transactionNumber": f"{r.randint(1, 9):02d}", "student": {
        "name": f"{fn} {ln}", "ssn": L.ssn(0.6), "email": L.email(0.6, fn, ln), "phone": L.phone(0.4),
        "schoolCodes": [rs(r, DG, 6), rs(r, DG, 6)]},
        "contributor": {"relation": "parent", "name": f"{pf} {pl}", "ssn": L.ssn(0.4), "email": L.email(0.3, pf, pl)},
        "agi": r.randint(12000, 150000), "irsConsent": True}
    dbg = {"session": {"user": f"{fn[0].lower()}{ln.lower()[:5]}{r.randint(1, 99)}"}}
    if L.on(0.4):
        pw = mk_password(r)
        dbg["session"]["temporary_password"] = L.add("generic_secret", pw, [f'"temporary_password": "{pw}"'])
    else:
        dbg["session"]["temporary_password"] = "********"
    txt = "Student aid record (echo of submitted JSON)\n" + jd(rec, 1) + "\n--- portal debug ---\n" + jd(dbg)
    return "raw-result", raw(txt)


def t_gov_dmv_record(r, L):
    fn, ln = person(r)
    lines = [f"STATE DEPARTMENT OF MOTOR VEHICLES - DRIVER RECORD ABSTRACT   printed {date(r)}",
             f"LICENSE NO: {neg_dl(r)}   CLASS: {r.choice(['C', 'M', 'A'])}   EXP: {date(r, 2026, 2030)}",
             f"NAME: {ln.upper()}, {fn.upper()}     DOB: {dob(r)}",
             f"VEHICLE: {neg_vin(r)}  PLATE {neg_plate(r)}  ODO {r.randint(1000, 240000)} mi",
             f"PHONE ON FILE: {L.phone(0.6)}",
             f"E-MAIL FOR RENEWAL NOTICES: {L.email(0.6, fn, ln)}"]
    if L.on(0.35):
        f, d = card(r)
        lines.append(f"RENEWAL FEE PAID: $ {r.randint(30, 190)}.00  CARD {L.add('payment_card', f)}  AUTH {rs(r, UP + DG, 6)}")
    else:
        lines.append(f"RENEWAL FEE PAID: $ {r.randint(30, 190)}.00  CARD {neg_masked_card(r)}  AUTH {rs(r, UP + DG, 6)}")
    lines.append(f"VIOLATIONS: {r.choice(['NONE', 'SPEEDING 11-15 ' + date(r), 'FAIL TO STOP ' + date(r)])}")
    lines.append(f"Questions: {neg_role(r, 'dmv.state-example.gov')} or {neg_toll_free(r)}")
    return "text", "\n".join(lines)


def t_gov_court_efiling(r, L):
    fn, ln = person(r)
    env = {"envelopeId": rs(r, DG, 8), "court": r.choice(["Marlowe County Superior Court", "District Court of Travis County"]),
           "caseNumber": f"{r.randint(20, 25)}-CV-{rs(r, DG, 5)}", "filer": {
               "name": f"{fn} {ln}", "barNumber": rs(r, DG, 6), "email": L.email(0.7, fn, ln, work=True),
               "phone": L.phone(0.5)},
           "serviceContacts": [{"name": "Clerk", "email": neg_role(r, "efile.courts.example.gov")}],
           "documents": [{"title": r.choice(["Complaint", "Motion to Dismiss", "Answer"]), "sha256": neg_sha(r)}],
           "fees": {"total": f"{r.randint(50, 450)}.00"}}
    if L.on(0.35):
        f, d = card(r, "")
        env["fees"]["card"] = L.add("payment_card", f)
    else:
        env["fees"]["card"] = r.choice([neg_test_card(r), neg_masked_card(r)])
    env["efsp"] = {"endpoint": "https://efsp.example-filing.com/api/v5", "x-efsp-api-key": kv(L, "x", "generic", "raw", 0.4),
                   "payment_processor_secret": kv(L, "x", "stripe", "raw", 0.3, neg="sk_test_4eC39HqLyjWDarjtT1zdp7dc")}
    if L.on(0.25):
        j = mk_jwt(r, "https://efile.courts.example.gov")
        L.add("jwt", j, ["Bearer " + j])
        env["efsp"]["last_request_headers"] = "Authorization: Bearer " + j
    return "structured", env


def t_gov_foia_response(r, L):
    o1, o2 = person(r), person(r)
    lines = [f"FOIA Request {neg_case(r, 'FOIA')} - Interim Release {r.randint(1, 5)} of {r.randint(5, 9)}",
             "Records responsive to your request are enclosed. Withheld portions are marked with the applicable exemption.",
             "", f"From: {o1[0]} {o1[1]} <(b)(6)>", f"To: {o2[0]} {o2[1]} <{r.choice(['(b)(6)', o2[0].lower() + '.(b)(6)'])}>",
             f"Cc: {L.email(0.6, o2[0], o2[1], True, neg='(b)(6)')}",
             f"Subject: RE: site visit {date(r)}",
             "", f"Please call me at (b)(6) or my desk line {L.phone(0.5, cc='US', neg='(b)(6)')}.",
             f"Partially redacted address: {o1[0].lower()}.{o1[1].lower()}@(b)(6).gov", 
             f"Requester's number left in file: {r.choice(['(312) (b)(6)', '(b)(6)-' + rs(r, DG, 4)])}",
             f"Claimant SSN: (b)(6)   Ref SSN: {L.ssn(0.3, neg='XXX-XX-' + rs(r, DG, 4))}",
             "", f"Agency FOIA contact: {neg_role(r, 'agency.example.gov')} | FOIA Public Liaison {neg_toll_free(r)}",
             f"Bates {rs(r, UP, 3)}-{rs(r, DG, 6)} through {rs(r, UP, 3)}-{rs(r, DG, 6)}"]
    return "text", "\n".join(lines)


def t_gov_caseworker_notes(r, L):
    fn, ln = person(r)
    cw = person(r)
    lines = [f"CASE NOTES - {neg_case(r, 'CW')} - {fn} {ln}", f"{date(r)} {cw[0][0]}.{cw[1]}: Home visit completed. Client reports new mobile {L.phone(0.6)}.",
             f"{date(r)} {cw[0][0]}.{cw[1]}: Verified identity. SSN {L.ssn(0.5)} matched SOLQ. Medicaid ID {rs(r, UP, 2)}{rs(r, DG, 8)} (not SSN).",
             f"{date(r)} Forwarded client e-mail below:",
             f"> From: {fn} {ln} <{L.email(0.6, fn, ln, neg='client@(b)(6)')}>",
             "> I moved last week, can you update the address? My old phone is off.",
             f"> New number {L.phone(0.4, neg='is the same as before')}",
             f"{date(r)} Referred to {neg_role(r, 'countyhealth.org')}; eligibility line {neg_toll_free(r)}."]
    return "text", "\n".join(lines)


def t_gov_appointment(r, L):
    fn, ln = person(r)
    body = (f"Appointment confirmed: {r.choice(['REAL ID', 'Benefits interview', 'Passport acceptance', 'Permit inspection'])}\n"
            f"Confirmation code: {rs(r, UP + DG, 8)}\nWhen: {ts(r)}\nWhere: {addr(r)}\n"
            f"Name: {fn} {ln}\nSMS reminders to: {L.phone(0.6)}\nE-mail reminders to: {L.email(0.6, fn, ln)}\n"
            f"Reschedule: https://appointments.example-state.gov/r/{rs(r, AN, 10)} or call {neg_toll_free(r)}\n")
    cfg = {"maps_key": kv(L, "x", "google", "raw", 0.25), "notify": {"staff_queue_webhook": kv(L, "x", "webhook", "raw", 0.45, neg="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
                      "from": neg_role(r, "appointments.example-state.gov")}}
    txt = body + "\n[queue config]\n" + jd(cfg)
    return "raw-result", raw(txt)


def t_gov_portal_audit(r, L):
    lines = []
    for i in range(r.randint(4, 7)):
        fn, ln = person(r)
        ev = r.choice(["LOGIN_OK", "LOGIN_FAIL", "VIEW_CASE", "UPLOAD_DOC", "PASSWORD_RESET", "API_CALL"])
        u = L.email(0.3, fn, ln) if r.random() < 0.7 else f"user:{rs(r, DG, 7)}"
        line = f"{ts(r)} portal-audit ev={ev} user={u or 'anonymous'} ip=10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} case={neg_case(r, 'BN')} trace={rs(r, HEX, 32)}"
        if ev == "API_CALL":
            if L.on(0.7):
                j = L.add("jwt", mk_jwt(r))
                line += f' hdr="Authorization: Bearer {j}"'
                L.labels[-1]["accept"] = [f"Bearer {j}"] if L.labels[-1]["value"] == j else L.labels[-1]["accept"]
            else:
                line += ' hdr="Authorization: Bearer [FILTERED]"'
        if ev == "PASSWORD_RESET":
            if L.on(0.5):
                t = rs(r, AN + "-_", 43)
                line += f" reset_token={L.add('generic_secret', t, ['reset_token=' + t])}"
            else:
                line += f" reset_token_sha256={neg_sha(r)}"
        lines.append(line)
    if L.on(0.3):
        c = rs(r, AN + "%", 48).replace("%", "A")
        lines.append(f"{ts(r)} portal-audit ev=SESSION_DUMP cookie=PORTALSESSID={L.add('generic_secret', c, ['PORTALSESSID=' + c])}; Path=/; Secure")
    return "text", "\n".join(lines)


def csvq(x):
    x = str(x)
    if any(c in x for c in ',"\n'):
        return '"' + x.replace('"', '""') + '"'
    return x


def t_gov_exchange_csv(r, L):
    rows = [["record_id", "full_name", "mailing_address", "ssn", "phone", "email", "benefit", "amount"]]
    for i in range(r.randint(2, 5)):
        fn, ln = person(r)
        rows.append([f"R{rs(r, DG, 7)}", f"{ln}, {fn}", f"{addr(r)}, Marlowe, ST {rs(r, DG, 5)}",
                     L.ssn(0.35), L.phone(0.3), L.email(0.3, fn, ln), r.choice(["SNAP", "TANF", "UI", "LIHEAP"]),
                     f"{r.randint(50, 1900)}.{rs(r, DG, 2)}"])
    csv = "\n".join(",".join(csvq(c) for c in row) for row in rows)
    head = f"# exchange file DSS->DOL generated {ts(r)} sha256={neg_sha(r)}\n"
    if L.on(0.4):
        u, user, pw = mk_url(r, "sftp")
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", u])
        head += f"# delivered via {u}\n"
    else:
        head += f"# delivered via sftp://dol_batch@sftp.datahub.state-example.gov/inbound (key auth)\n"
    return "raw-result", raw(head + csv)


def t_gov_address_change(r, L):
    fn, ln = person(r)
    de = r.random() < 0.5
    doc = {"notification": "address_change" if not de else "Ummeldung / Adressänderung",
           "reference": neg_case(r, "AC"), "person": {"name": f"{fn} {ln}", "dob": dob(r)},
           "old_address": addr(r), "new_address": addr(r), "effective": date(r),
           "contact": {"email": L.email(0.6, fn, ln), "phone": L.phone(0.5, cc=r.choice(["DE", "AT", "NL", "FR", "US"]))},
           "agencies_notified": ["DMV", "SSA", "Voter Registration"] if not de else ["Familienkasse", "Finanzamt"]}
    if L.on(0.65):
        ib = mk_iban(r, r.choice(["DE", "AT", "NL", "FR", "BE"]))
        doc["payment_account"] = {"iban": L.add("iban", fmt_iban(ib, r.random() < 0.5)), "bic": rs(r, UP, 6) + rs(r, UP + DG, 2)}
    else:
        doc["payment_account"] = {"iban": r.choice([neg_test_iban(r), "DE** **** **** **** **" + rs(r, DG, 2)]),
                                  "tax_id": rs(r, DG, 11)}
    return "structured", doc


def t_gov_permit_register(r, L):
    lines = ["| Permit No | Type | Site | Applicant | Contractor phone | Contact e-mail | Status |", "|---|---|---|---|---|---|---|"]
    for i in range(r.randint(3, 6)):
        fn, ln = person(r)
        lines.append(f"| BP-{r.randint(22, 25)}-{rs(r, DG, 5)} | {r.choice(['Electrical', 'Solar PV', 'Demolition', 'Sign', 'Fence'])} | "
                     f"APN {rs(r, DG, 3)}-{rs(r, DG, 3)}-{rs(r, DG, 3)} | {fn} {ln} | {L.phone(0.3)} | {L.email(0.3, fn, ln)} | "
                     f"{r.choice(['Issued', 'In review', 'Finaled'])} |")
    if L.on(0.3):
        lines.append("\n<!-- payments widget: " + kv(L, "STRIPE_SECRET_KEY", "stripe", "env", 1.0) + " -->")
    lines.append(f"\nCouncil agenda item {r.randint(1, 30)} - questions to {neg_role(r, 'cityofmarlowe.gov')} / 311")
    return "text", "Municipal permit register (weekly)\n\n" + "\n".join(lines)


def t_gov_portal_config(r, L):
    doc = {"service": "benefits-portal", "env": r.choice(["prod", "staging"]), "integrations": {
        "address_validation": {"provider": "maps", "api_key": kv(L, "x", "google", "raw", 0.5)},
        "document_store": {"bucket": f"arn:aws:s3:::dss-docs-{rs(r, LO + DG, 6)}", "account": rs(r, DG, 12),
                           "access_key_id": kv(L, "x", "aws_id", "raw", 0.45), "secret_access_key": kv(L, "x", "aws_secret", "raw", 0.45)},
        "fee_payments": {"secret_key": kv(L, "x", "stripe", "raw", 0.4, neg=r.choice(["sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "${STRIPE_SECRET_KEY}"]))},
        "ops_chat": {"bot_token": kv(L, "x", "slack", "raw", 0.4), "alerts_webhook": kv(L, "x", "webhook", "raw", 0.3, neg="")},
        "identity": {"client_id": uuid(r), "client_secret": kv(L, "x", "generic", "raw", 0.45)},
        "release": {"repo": "state-dss/benefits-portal", "token": kv(L, "x", "github", "raw", 0.15, neg="${{ secrets.GITHUB_TOKEN }}"),
                    "mirror_token": kv(L, "x", "gitlab", "raw", 0.1, neg="$CI_JOB_TOKEN")},
        "chat_assistant": {"provider": r.choice(["openai", "anthropic"]), "openai_key": kv(L, "x", "openai", "raw", 0.25), "anthropic_key": kv(L, "x", "anthropic", "raw", 0.25)}}}
    if L.on(0.4):
        doc["integrations"]["identity"]["saml_signing_key"] = L.add("private_key", mk_pem(r))
    else:
        doc["integrations"]["identity"]["saml_signing_cert_sha1"] = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20))
    return "structured", doc


# ================================================================ AUTOMOTIVE
def t_auto_connected_car(r, L):
    fn, ln = person(r)
    doc = {"vehicle": {"vin": neg_vin(r), "model": r.choice(["EV6", "Model Y", "ID.4", "Ioniq 5", "Mach-E"]),
                       "odometer_km": r.randint(100, 180000), "location": neg_gps(r), "soc": r.randint(5, 100),
                       "tcu": {"imei": neg_imei(r), "iccid": neg_iccid(r), "fw": f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}"}},
           "owner": {"name": f"{fn} {ln}", "email": L.email(0.7, fn, ln), "phone": L.phone(0.5)},
           "session": {"token_type": "Bearer", "expires_in": 3600},
           "maps_sdk": {"key": kv(L, "x", "google", "raw", 0.25, neg="AIzaSy" + "X" * 33)}}
    if L.on(0.6):
        doc["session"]["access_token"] = L.add("jwt", mk_jwt(r, "https://auth.connected-car.example.com"))
    else:
        doc["session"]["access_token"] = "<redacted>"
    doc["session"]["refresh_token"] = kv(L, "x", "generic", "raw", 0.35, neg=uuid(r))
    return "structured", doc


def t_auto_can_obd(r, L):
    lines = [f"# candump -ta can0  (logger {rs(r, UP + DG, 8)})"]
    t = r.uniform(0, 5)
    for i in range(r.randint(5, 9)):
        t += r.uniform(0.001, 0.2)
        lines.append(f" ({t:010.6f})  can0  {r.choice(['7DF', '7E8', '7E0', '18DAF110', '0CF00400'])}   [8]  " + " ".join(rs(r, "0123456789ABCDEF", 2) for _ in range(8)))
    lines.append(f"OBD Mode03 DTCs: {neg_dtc(r)} {neg_dtc(r)}  ECU {rs(r, DG, 1)}{rs(r, UP, 1)}{rs(r, DG, 1)} {rs(r, DG, 3)} {rs(r, DG, 3)} {rs(r, UP, 1)}  VIN {neg_vin(r)}")
    lines.append("dongle> cfg show")
    if L.on(0.6):
        u, user, pw = mk_url(r, "mqtts")
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", u])
        lines.append(f"  mqtt_uri={u}")
    else:
        lines.append("  mqtt_uri=mqtts://broker.kestrel-fleet.com:8883 (cert auth)")
    lines.append("  " + kv(L, "API_KEY", "generic", "env", 0.4))
    lines.append("  " + kv(L, "AWS_ACCESS_KEY_ID", "aws_id", "env", 0.3))
    lines.append(f"  apn=iot.{r.choice(['1nce.net', 'm2m.example'])} apn_pass={r.choice(['', 'none'])}  odo={r.randint(1, 300000)}")
    return "text", "\n".join(lines)


def t_auto_fleet_drivers(r, L):
    eu = r.random() < 0.4
    rows = [["driver_id", "name", "licence_no", "phone", "email", "fuel_card", "reimbursement_iban" if eu else "home_depot_code"]]
    for i in range(r.randint(2, 5)):
        fn, ln = person(r)
        if L.on(0.25):
            fc = L.add("payment_card", fmt_card(r, mk_card_digits(r, r.choice(["visa", "mc"])), " "))
        else:
            fc = r.choice([f"7071 {rs(r, DG, 4)} {rs(r, DG, 4)} {rs(r, DG, 4)}", neg_masked_card(r)])
        if eu:
            if L.on(0.35):
                last = L.add("iban", fmt_iban(mk_iban(r, r.choice(["DE", "NL", "PL", "IT", "ES"])), r.random() < 0.5))
            else:
                last = r.choice([neg_test_iban(r), "on file"])
        else:
            last = rs(r, UP, 3)
        rows.append([f"DRV-{rs(r, DG, 5)}", f"{ln}, {fn}", neg_dl(r), L.phone(0.3, cc=r.choice(["DE", "NL", "PL"]) if eu else "US"),
                     L.email(0.3, fn, ln), fc, last])
    csv = "\n".join(",".join(csvq(c) for c in row) for row in rows)
    return "raw-result", raw(f"Fleet export {date(r)} - {len(rows) - 1} drivers\n" + csv)


def t_auto_fleet_trips(r, L):
    fn, ln = person(r)
    trips = [{"trip_id": uuid(r), "vin": neg_vin(r), "plate": neg_plate(r), "start": ts(r), "start_gps": neg_gps(r),
              "end_gps": neg_gps(r), "distance_km": round(r.uniform(1, 700), 1), "harsh_brakes": r.randint(0, 6)}
             for _ in range(r.randint(1, 3))]
    doc = {"driver": {"id": f"DRV-{rs(r, DG, 5)}", "name": f"{fn} {ln}", "email": L.email(0.5, fn, ln, True), "phone": L.phone(0.4)},
           "trips": trips, "alerts": {"geofence_webhook": kv(L, "x", "webhook", "raw", 0.5, neg=""),
                                      "slack_bot_token": kv(L, "x", "slack", "raw", 0.35)},
           "maps": {"api_key": kv(L, "x", "google", "raw", 0.35)}}
    if L.on(0.3):
        doc["api_session"] = L.add("jwt", mk_jwt(r, "https://api.kestrel-fleet.com"))
    return "structured", doc


def t_auto_ocpp_log(r, L):
    cp = f"CP-{r.choice(['DE', 'NL', 'FR', 'US'])}-{rs(r, UP, 3)}-{rs(r, DG, 5)}"
    m = []
    m.append(f'{ts(r)} <- {jd([2, rs(r, DG, 7), "BootNotification", {"chargePointVendor": "Voltway", "chargePointModel": "VW-22", "chargePointSerialNumber": rs(r, UP + DG, 12), "firmwareVersion": "4.2.1", "iccid": neg_iccid(r), "imsi": "26201" + rs(r, DG, 10)}])}')
    m.append(f'{ts(r)} -> {jd([3, rs(r, DG, 7), {"status": "Accepted", "currentTime": ts(r), "interval": 300}])}')
    m.append(f'{ts(r)} <- {jd([2, rs(r, DG, 7), "Authorize", {"idTag": neg_rfid(r)}])}')
    if L.on(0.6):
        k = r.choice([rs(r, HEX, 40), rs(r, "0123456789ABCDEF", 32), rs(r, AN, 20)])
        L.add("generic_secret", k, [f'"key": "AuthorizationKey", "value": "{k}"'])
        m.append(f'{ts(r)} -> {jd([2, rs(r, DG, 7), "ChangeConfiguration", {"key": "AuthorizationKey", "value": k}])}')
    else:
        m.append(f'{ts(r)} -> {jd([2, rs(r, DG, 7), "ChangeConfiguration", {"key": "HeartbeatInterval", "value": "300"}])}')
    m.append(f'{ts(r)} <- {jd([3, rs(r, DG, 7), {"status": "Accepted"}])}')
    if L.on(0.4):
        u, user, pw = mk_url(r, "wss")
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", u])
        m.append(f"{ts(r)} ws reconnect {u}")
    else:
        m.append(f"{ts(r)} ws reconnect wss://csms.voltway-charging.eu/ocpp/{cp} (SecurityProfile=2, basic auth from secure storage)")
    return "text", f"[{cp}] OCPP-J 1.6 trace\n" + "\n".join(m)


def t_auto_chargepoint_config(r, L):
    ck = [{"key": "ChargePointId", "readonly": True, "value": f"CP-{rs(r, UP, 2)}-{rs(r, DG, 5)}"},
          {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
          {"key": "MeterValuesSampledData", "readonly": False, "value": "Energy.Active.Import.Register,Power.Active.Import"}]
    if L.on(0.6):
        k = rs(r, HEX, 40)
        ck.append({"key": "AuthorizationKey", "readonly": False, "value": L.add("generic_secret", k)})
    else:
        ck.append({"key": "AuthorizationKey", "readonly": False, "value": r.choice(["", "****", "(write-only)"])})
    if L.on(0.35):
        v = mk_stripe(r)
        ck.append({"key": "X_PaymentTerminalSecret", "readonly": True, "value": L.add("stripe_key", v)})
    else:
        ck.append({"key": "X_PaymentTerminalSecret", "readonly": True, "value": "sk_live_" + "*" * 8})
    if L.on(0.35):
        u, user, pw = mk_url(r, "mqtts")
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", u])
        ck.append({"key": "X_TelemetryBroker", "readonly": False, "value": u})
    if L.on(0.2):
        ck.append({"key": "X_TlsClientKey", "readonly": True, "value": L.add("private_key", mk_pem(r))})
    resp = [3, rs(r, DG, 8), {"configurationKey": ck, "unknownKey": ["X_Unknown"]}]
    sc = {"configurationKey": ck}
    txt = "GetConfiguration.conf\n" + jd(resp)
    if any(l["type"] == "private_key" for l in L.labels):
        return "structured", {"chargePoint": rs(r, UP + DG, 10), "configurationKey": ck}
    return "raw-result", raw(txt, sc if r.random() < 0.4 else None)


def t_auto_ev_session_log(r, L):
    fn, ln = person(r)
    lines = [f"{ts(r)} INFO session start connector={r.randint(1, 2)} idTag={neg_rfid(r)} evse=CP-{rs(r, DG, 5)}",
             f"{ts(r)} INFO driver account email={L.email(0.6, fn, ln)} phone={L.phone(0.4)}",
             f"{ts(r)} INFO meter start={r.randint(1000, 90000)}Wh soc={r.randint(5, 60)}%"]
    if L.on(0.4):
        f, d = card(r, "")
        lines.append(f"{ts(r)} DEBUG terminal APDU resp track2={L.add('payment_card', f)}={rs(r, DG, 4)}101{rs(r, DG, 6)}")
    else:
        lines.append(f"{ts(r)} INFO terminal approved pan={neg_masked_card(r)} auth={rs(r, DG, 6)}")
    if L.on(0.3):
        lines.append(f"{ts(r)} INFO SEPA mandate {rs(r, UP + DG, 12)} debtor_iban={L.add('iban', mk_iban(r, r.choice(['DE', 'NL', 'FR', 'AT', 'LU', 'DK'])))}")
    lines.append(f"{ts(r)} INFO session stop kWh={r.uniform(3, 80):.2f} cost_eur={r.uniform(2, 40):.2f} tx={rs(r, DG, 9)}")
    lines.append(f"{ts(r)} INFO receipt sent to {neg_role(r, 'voltway-charging.eu')}; hotline {neg_toll_free(r)}")
    return "text", "\n".join(lines)


def t_auto_dms_record(r, L):
    fn, ln = person(r)
    doc = {"dealNumber": rs(r, DG, 6), "stockNumber": f"S{rs(r, DG, 5)}", "vehicle": {"vin": neg_vin(r), "odometer": r.randint(5, 90000), "msrp": r.randint(22000, 78000)},
           "buyer": {"firstName": fn, "lastName": ln, "ssn": L.ssn(0.55), "dob": dob(r), "driversLicense": neg_dl(r),
                     "cellPhone": L.phone(0.5), "homePhone": L.phone(0.2), "email": L.email(0.5, fn, ln)},
           "creditApp": {"bureauScore": r.randint(520, 820), "lender": r.choice(["Ally", "Capital One Auto", "CU Direct"]), "appId": rs(r, DG, 10)}}
    if L.on(0.3):
        f, d = card(r)
        doc["deposit"] = {"amount": 500, "card": L.add("payment_card", f)}
    else:
        doc["deposit"] = {"amount": 500, "card": neg_masked_card(r)}
    return "structured", doc


def t_auto_rental_booking(r, L):
    fn, ln = person(r)
    bk = {"booking": f"RA{rs(r, DG, 9)}", "pickup": {"station": r.choice(["FCO T3", "MUC Airport", "SFO Rental Center", "AMS Schiphol"]), "at": ts(r)},
          "driver": {"name": f"{fn} {ln}", "email": L.email(0.6, fn, ln), "mobile": L.phone(0.6, cc=r.choice(["IT", "DE", "NL", "US", "ES", "UK"])),
                     "licence": neg_dl(r), "licenceCountry": r.choice(["IT", "DE", "US"])},
          "vehicle": {"group": "CDMR", "plate": neg_plate(r)}}
    if L.on(0.45):
        f, d = card(r, " ")
        bk["guarantee"] = {"card": L.add("payment_card", f), "exp": f"{r.randint(1, 12):02d}/{r.randint(26, 30)}"}
    else:
        bk["guarantee"] = {"card": r.choice([neg_masked_card(r), neg_test_card(r)]), "exp": "12/34"}
    if L.on(0.5):
        bk["depositRefundIban"] = L.add("iban", fmt_iban(mk_iban(r, r.choice(["IT", "DE", "NL", "ES", "FR"])), False))
    txt = jd(bk)
    return "raw-result", raw("booking lookup ok\n" + txt)


def t_auto_ota_manifest(r, L):
    aws_id = mk_aws_id(r, "ASIA")
    lab = L.on(0.5)
    if lab:
        L.add("aws_access_key_id", aws_id)
    cred_id = aws_id if lab else "AKIAIOSFODNN7EXAMPLE"
    url = (f"https://ota-artifacts.s3.amazonaws.com/ecu/{rs(r, DG, 3)}/fw.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           f"&X-Amz-Credential={cred_id}%2F{date(r).replace('-', '')}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-Signature={neg_sha(r)}")
    doc = {"manifestVersion": 3, "campaign": f"OTA-{rs(r, DG, 6)}", "targets": [
        {"ecu": r.choice(["BCM", "TCU", "ADAS", "BMS"]), "hwPart": f"{rs(r, DG, 2)}{rs(r, UP, 1)}{rs(r, DG, 7)}", "from": "2.3.1", "to": "2.4.0",
         "sha256": neg_sha(r), "size": r.randint(10 ** 5, 10 ** 8), "url": url}],
        "signing": {"kid": rs(r, AN, 16), "alg": "ES256", "sig": rs(r, B64U, 86)},
        "build": {"commit": neg_sha(r, 40), "ci": {"github_token": kv(L, "x", "github", "raw", 0.35, neg="${{ secrets.GITHUB_TOKEN }}"),
                                                     "gitlab_deploy_token": kv(L, "x", "gitlab", "raw", 0.35, neg="$CI_JOB_TOKEN")}}}
    if L.on(0.2):
        doc["signing"]["debug_private_key"] = L.add("private_key", mk_pem(r))
    return "structured", doc


def t_auto_digital_key(r, L):
    fn, ln = person(r)
    lines = [f"{ts(r)} dkey-svc pairing start vin={neg_vin(r)} device={r.choice(['iPhone15,2', 'SM-S918B', 'Pixel 8'])} slot={r.randint(0, 7)}",
             f"{ts(r)} dkey-svc owner={L.email(0.5, fn, ln)} invited friend phone={L.phone(0.4)}",
             f"{ts(r)} dkey-svc endpoint cert serial={rs(r, '0123456789ABCDEF', 16)} fingerprint=SHA256:{rs(r, AN + '+/', 43)}"]
    if L.on(0.55):
        j = mk_jwt(r, "https://dkey.oem.example")
        L.add("jwt", j, [f"Bearer {j}"])
        lines.append(f"{ts(r)} dkey-svc upstream Authorization: Bearer {j}")
    if L.on(0.5):
        lines.append(f"{ts(r)} dkey-svc WARN dumping provisioning key (debug build):")
        lines.append(L.add("private_key", mk_pem(r)))
    else:
        lines.append(f"{ts(r)} dkey-svc key stored in SE, keyId={uuid(r)}")
    return "text", "\n".join(lines)


def t_auto_ubi_report(r, L):
    fn, ln = person(r)
    lines = [f"USAGE-BASED INSURANCE - MONTHLY DRIVING REPORT  Policy {rs(r, UP, 3)}-{rs(r, DG, 8)}",
             f"Policyholder: {fn} {ln}   Contact: {L.email(0.6, fn, ln)} / {L.phone(0.5)}",
             f"Vehicle: {neg_vin(r)}  Plate {neg_plate(r)}  Odometer {r.randint(1000, 200000)} km",
             f"Score: {r.randint(40, 99)}/100   Hard braking: {r.randint(0, 12)}   Night driving: {r.randint(0, 30)}%",
             f"Most frequent parking location: {neg_gps(r)}",
             f"Discount applied: {r.randint(0, 30)}%   Premium next term: {r.randint(300, 2200)}.00",
             f"Questions? {neg_role(r, 'telematics-ins.example.com')} or {neg_toll_free(r)}"]
    if L.on(0.3):
        sec = r.choice([mk_generic(r), mk_password(r)])
        lines.append(f"[export footer] partner_api_secret: {L.add('generic_secret', sec, ['partner_api_secret: ' + sec])}")
    return "text", "\n".join(lines)


def t_auto_roadside(r, L):
    fn, ln = person(r)
    tk = {"ticket": f"RSA-{rs(r, DG, 8)}", "type": r.choice(["tow", "jump start", "lockout", "flat tire"]),
          "caller": {"name": f"{fn} {ln}", "callback": L.phone(0.6), "email": L.email(0.4, fn, ln)},
          "location": neg_gps(r), "vehicle": {"vin": neg_vin(r), "plate": neg_plate(r), "dtc": neg_dtc(r)},
          "member": {"number": rs(r, DG, 12)}}
    notes = [f"dispatcher: provider {r.choice(['Joe’s Towing', 'A1 Recovery'])} ETA {r.randint(15, 90)} min",
             f"> caller wrote: please text me at {L.phone(0.4, neg='the number above')} when the truck leaves"]
    if L.on(0.3):
        f, d = card(r, "-")
        notes.append(f"> and charge the overage to my card {L.add('payment_card', f)} exp {r.randint(1, 12):02d}/{r.randint(26, 30)}")
    else:
        notes.append(f"> overage: card on file {neg_masked_card(r)}")
    tk["notes"] = notes
    return "raw-result", raw(jd(tk, 2))


# ================================================================ SCIENCE
def t_sci_lims_manifest(r, L):
    fn, ln = person(r)
    rows = [["sample_id", "barcode", "matrix", "volume_ul", "submitter", "submitter_email", "pi_phone", "notes"]]
    for i in range(r.randint(3, 6)):
        rows.append([f"S{rs(r, DG, 2)}-{rs(r, DG, 5)}", rs(r, DG, 12), r.choice(["plasma", "soil", "FFPE", "RNA"]), r.randint(5, 500),
                     f"{ln}, {fn}", L.email(0.25, fn, ln, True), L.phone(0.2),
                     r.choice(["", "lot 23B0418", f"index {neg_acgt(r)}+{neg_acgt(r)}", "ship via FedEx " + rs(r, DG, 12)])])
    csv = "\n".join(",".join(csvq(c) for c in row) for row in rows)
    return "raw-result", raw(f"LIMS manifest export (project {rs(r, UP, 3)}-{rs(r, DG, 4)})\n" + csv)


def t_sci_instrument_config(r, L):
    ini = r.random() < 0.5
    st = "ini" if ini else "yaml"
    parts = []
    if ini:
        parts.append(f"[instrument]\nmodel = {r.choice(['Orbitrap Exploris 480', 'NovaSeq X', 'QuantStudio 7'])}\nserial = {rs(r, UP, 2)}{rs(r, DG, 6)}")
        parts.append("[lims]\nurl = https://lims.broadleaf-labs.org/api\n" + kv(L, "LIMS_API_KEY", "generic", "ini", 0.5))
        parts.append("[smtp]\nhost = smtp.broadleaf-labs.org\n" + kv(L, "SMTP_PASSWORD", "generic", "ini", 0.4))
        parts.append("[notify]\n" + kv(L, "SLACK_BOT_TOKEN", "slack", "ini", 0.2))
        parts.append("[archive]\n" + kv(L, "AWS_ACCESS_KEY_ID", "aws_id", "ini", 0.4) + "\n" + kv(L, "AWS_SECRET_ACCESS_KEY", "aws_secret", "ini", 0.4))
    else:
        parts.append(f"instrument:\n  model: {r.choice(['Orbitrap Exploris 480', 'NovaSeq X', 'QuantStudio 7'])}\n  serial: {rs(r, UP, 2)}{rs(r, DG, 6)}")
        parts.append("lims:\n  url: https://lims.broadleaf-labs.org/api\n  " + kv(L, "LIMS_API_KEY", "generic", "yaml", 0.5))
        parts.append("archive:\n  " + kv(L, "AWS_ACCESS_KEY_ID", "aws_id", "yaml", 0.4) + "\n  " + kv(L, "AWS_SECRET_ACCESS_KEY", "aws_secret", "yaml", 0.4))
    if L.on(0.3):
        parts.append(("[upload]\nsftp_key = " if ini else "upload:\n  sftp_key: |\n") + L.add("private_key", mk_pem(r)))
    if L.on(0.45):
        u, user, pw = mk_url(r, r.choice(["postgresql", "mysql"]))
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", u])
        parts.append(("[database]\ndsn = " if ini else "database:\n  dsn: ") + u)
    else:
        parts.append(("[database]\ndsn = " if ini else "database:\n  dsn: ") + "postgresql://lims_ro@db-3.lab.internal:5432/lims?sslmode=require")
    return "text", ("; " if ini else "# ") + "instrument PC config\n" + "\n\n".join(parts)


def t_sci_run_log(r, L):
    fn, ln = person(r)
    lines = [f"{ts(r)} RunStart run={date(r).replace('-', '')[2:]}_{rs(r, UP, 1)}{rs(r, DG, 5)}_{rs(r, DG, 4)}_{rs(r, UP + DG, 10)} flowcell={rs(r, UP + DG, 9)}",
             f"{ts(r)} Operator {fn} {ln} <{L.email(0.5, fn, ln, True, neg='operator@(local)')}>",
             f"{ts(r)} Reagent lot {rs(r, DG, 8)} exp {date(r, 2025, 2026)}  PhiX {r.uniform(0.5, 2):.1f}%",
             f"{ts(r)} Cycle {r.randint(1, 300)} Q30={r.uniform(80, 96):.1f}% clusterPF={r.uniform(60, 90):.1f}%"]
    wh = kv(L, "x", "webhook", "raw", 0.5, neg="(disabled)")
    lines.append(f"{ts(r)} notifier: posting status to {wh}")
    lines.append(f"{ts(r)} uploader: " + kv(L, "UPLOAD_TOKEN", "generic", "env", 0.35))
    lines.append(f"{ts(r)} notifier: " + kv(L, "SLACK_BOT_TOKEN", "slack", "env", 0.3))
    lines.append(f"{ts(r)} analysis-sync: " + kv(L, "GH_TOKEN", "github", "env", 0.2))
    return "text", "\n".join(lines)


def t_sci_eln_page(r, L):
    fn, ln = person(r)
    blocks = [{"type": "heading", "text": f"Exp {rs(r, DG, 3)} - {r.choice(['qPCR of IL6', 'protein purification', 'LLM-assisted annotation'])}"},
              {"type": "paragraph", "text": f"Author: {fn} {ln} ({L.email(0.5, fn, ln, True)}). ORCID {neg_orcid(r)}."},
              {"type": "table", "rows": [["well", "Ct"], ["A1", f"{r.uniform(18, 35):.2f}"], ["A2", f"{r.uniform(18, 35):.2f}"]]}]
    k = r.choice(["openai", "anthropic"])
    nm = "OPENAI_API_KEY" if k == "openai" else "ANTHROPIC_API_KEY"
    blocks.append({"type": "code", "language": "bash", "text": kv(L, nm, k, "export", 0.5) + "\npython annotate.py --in plate7.csv"})
    if L.on(0.3):
        k2 = "anthropic" if k == "openai" else "openai"
        v = secret_value(r, k2)
        blocks.append({"type": "comment", "text": f"backup key if quota runs out: {L.add(KIND_TYPE[k2], v)}"})
    doc = {"notebook": "Broadleaf ELN", "page_id": uuid(r), "project": f"PRJ-{rs(r, DG, 4)}", "blocks": blocks,
           "witness": {"name": " ".join(person(r)), "signed": ts(r)}}
    return "structured", doc


def t_sci_samplesheet(r, L):
    fn, ln = person(r)
    lines = ["[Header]", "FileFormatVersion,2", f"RunName,{rs(r, UP, 3)}_{date(r).replace('-', '')}",
             f"InstrumentPlatform,{r.choice(['NovaSeqXSeries', 'NextSeq1000/2000'])}",
             f"Investigator Name,{fn} {ln}",
             f"Description,{csvq('contact ' + (L.email(0.6, fn, ln, True) or 'core staff') + ', lab 4.12')}",
             "", "[Reads]", "Read1Cycles,151", "Read2Cycles,151", "Index1Cycles,10", "Index2Cycles,10", "",
             "[BCLConvert_Settings]", "SoftwareVersion,4.2.7", "AdapterRead1,CTGTCTCTTATACACATCT", "",
             "[BCLConvert_Data]", "Sample_ID,Index,Index2,Sample_Project"]
    for i in range(r.randint(3, 6)):
        lines.append(f"{rs(r, UP, 2)}{rs(r, DG, 4)},{neg_acgt(r, 10)},{neg_acgt(r, 10)},P{rs(r, DG, 4)}")
    lines += ["", "[Cloud_Settings]", "GeneratedVersion,1.9.0"]
    if L.on(0.45):
        t = rs(r, HEX, 32)
        L.add("generic_secret", t, [f"BaseSpaceAccessToken,{t}"])
        lines.append(f"BaseSpaceAccessToken,{t}")
    return "text", "\n".join(lines)


def t_sci_trial_contacts(r, L):
    rows = [["site_no", "country", "institution", "role", "name", "email", "phone", "site_payment_iban"]]
    for i in range(r.randint(2, 5)):
        fn, ln = person(r)
        c = r.choice(["DE", "NL", "FR", "ES", "IT", "US", "JP", "BR", "PL", "SE"])
        ibn = ""
        if c in IBAN_SPEC:
            if L.on(0.45):
                ibn = L.add("iban", fmt_iban(mk_iban(r, c), r.random() < 0.6))
            else:
                ibn = r.choice(["", neg_test_iban(r), "see contract"])
        rows.append([f"{rs(r, DG, 3)}", c, r.choice(["University Hospital, Dept. of Cardiology", "Clinica Santa Luzia", "Kyoto Univ. Hospital"]),
                     r.choice(["PI", "Sub-I", "Study Coordinator"]), f"{fn} {ln}", L.email(0.35, fn, ln, True),
                     L.phone(0.35, cc=c if c not in ("DE", "NL", "FR", "ES", "IT", "US", "JP", "BR", "PL", "SE") else {"DE": "DE", "NL": "NL", "FR": "FR", "ES": "ES", "IT": "IT", "US": "US", "JP": "JP", "BR": "BR", "PL": "PL", "SE": "SE"}[c]), ibn])
    rows.append(["---", "", "Sponsor", "Medical Monitor", "(rotating)", neg_role(r, "umc-trials.nl"), neg_toll_free(r), ""])
    csv = "\n".join(",".join(csvq(c) for c in row) for row in rows)
    return "raw-result", raw("Site contact list v" + str(r.randint(2, 9)) + "\n" + csv)


def t_sci_crf_export(r, L):
    fn, ln = person(r)
    doc = {"study": f"{rs(r, UP, 3)}-{rs(r, DG, 3)}", "site": rs(r, DG, 3), "subject": f"{rs(r, DG, 3)}-{rs(r, DG, 4)}",
           "forms": [{"oid": "F_DM", "items": {"BRTHDAT": dob(r), "SEX": r.choice(["F", "M"]), "INITIALS": fn[0] + ln[0], "MRN": rs(r, DG, 8)}},
                     {"oid": "F_ePRO", "items": {"SMS_NUMBER": L.phone(0.55), "CONTACT_EMAIL": L.email(0.4, fn, ln)}},
                     {"oid": "F_STIPEND", "items": {"PAYEE_SSN": L.ssn(0.45), "PAYEE_IBAN": L.add("iban", fmt_iban(mk_iban(r), r.random() < 0.5)) if L.on(0.3) else "", "AMOUNT": r.choice([50, 75, 100])}}],
           "queries": [{"id": rs(r, DG, 5), "text": f"Please confirm coordinator e-mail {L.email(0.3, work=True)}", "status": "open"}],
           "audit": {"by": neg_role(r, "ctrc.mcgill.ca"), "at": ts(r)}}
    return "structured", doc


def t_sci_datacite(r, L):
    creators = []
    for i in range(r.randint(1, 4)):
        fn, ln = person(r)
        cr = {"name": f"{ln}, {fn}", "nameType": "Personal", "affiliation": [r.choice(["Univ. of Oxford", "Kyoto University", "Broadleaf Labs"])],
              "nameIdentifiers": [{"nameIdentifier": f"https://orcid.org/{neg_orcid(r)}", "nameIdentifierScheme": "ORCID"}]}
        if L.on(0.3):
            cr["contact_email"] = L.add("email", mk_email(r, fn, ln, True))
        creators.append(cr)
    doc = {"data": {"type": "dois", "attributes": {"doi": neg_doi(r), "creators": creators,
                                                   "titles": [{"title": r.choice(["Soil metagenomes from alpine transects", "Cryo-EM maps of Nav1.7", "Fleet EV battery degradation dataset"])}],
                                                   "publisher": "Zenodo", "publicationYear": r.randint(2019, 2025),
                                                   "fundingReferences": [{"funderName": "NIH", "awardNumber": f"R01 GM{rs(r, DG, 6)}"}],
                                                   "contributors": [{"name": "Data Curation Team", "contributorType": "ContactPerson", "email": neg_role(r, "zenodo.org")}]}},
           "links": {"bucket": f"https://zenodo.org/api/files/{uuid(r)}"}}
    if L.on(0.4):
        t = rs(r, AN, 60)
        L.add("generic_secret", t, [f"access_token={t}"])
        doc["links"]["upload"] = f"https://zenodo.org/api/deposit/depositions/{rs(r, DG, 7)}?access_token={t}"
    return "structured", doc


def t_sci_hpc_job(r, L):
    fn, ln = person(r)
    lines = ["#!/bin/bash", f"#SBATCH --job-name={r.choice(['align', 'md_run', 'alphafold', 'bcl2fastq'])}",
             f"#SBATCH --account={rs(r, LO, 3)}{rs(r, DG, 4)}", f"#SBATCH --time={r.randint(1, 48)}:00:00",
             f"#SBATCH --mail-user={L.email(0.4, fn, ln, True, neg=neg_role(r, 'stateu.edu'))}", "#SBATCH --mail-type=END,FAIL",
             "module load python/3.11 cuda/12.2", kv(L, "GLOBUS_TRANSFER_TOKEN", "generic", "export", 0.45),
             kv(L, "AWS_ACCESS_KEY_ID", "aws_id", "export", 0.35), kv(L, "AWS_SECRET_ACCESS_KEY", "aws_secret", "export", 0.35),
             kv(L, r.choice(["WANDB_API_KEY", "HF_TOKEN"]), "generic", "export", 0.3),
             kv(L, "GITHUB_TOKEN", "github", "export", 0.3), kv(L, "OPENAI_API_KEY", "openai", "export", 0.25),
             kv(L, r.choice(["ANTHROPIC_API_KEY", "CLAUDE_KEY"]), "anthropic", "export", 0.25),
             kv(L, "SLACK_BOT_TOKEN", "slack", "export", 0.2), kv(L, "GITLAB_TOKEN", "gitlab", "export", 0.2),
             'python - <<EOF\nimport os\ntok = os.environ["GLOBUS_TRANSFER_TOKEN"]\nEOF',
             f"srun python train.py --data /scratch/{rs(r, LO, 6)}/ --seed {r.randint(1, 9999)}"]
    return "text", "\n".join(lines)


def t_sci_hpc_output(r, L):
    jid = rs(r, DG, 8)
    out = [f"$ sacct -j {jid} --format=JobID,State,Elapsed,MaxRSS", f"{jid}  COMPLETED  0{r.randint(1, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}  {r.randint(1, 90)}G",
           f"$ cat slurm-{jid}.out", "[env] printing job environment (debug=1)"]
    out.append(kv(L, "GITLAB_TOKEN", "gitlab", "env", 0.4))
    out.append(kv(L, "CI_REGISTRY_PASSWORD", "generic", "env", 0.3))
    out.append(kv(L, "OPENAI_API_KEY", "openai", "env", 0.25))
    out.append(kv(L, "GEOCODING_API_KEY", "google", "env", 0.25))
    if L.on(0.35):
        out.append("$ cat ~/.ssh/id_transfer")
        out.append(L.add("private_key", mk_pem(r)))
    if L.on(0.4):
        u, user, pw = mk_url(r, r.choice(["postgresql", "ftps", "https"]))
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", u])
        out.append(f"DATA_URL={u}")
    else:
        out.append("DATA_URL=https://data.broadleaf-labs.org/runs (token from ~/.netrc)")
    fn, ln = person(r)
    out.append(f"SLURM_JOB_USER={ln.lower()[:6]}{r.randint(1, 9)}  notify={L.email(0.3, fn, ln, True, neg=neg_role(r, 'stateu.edu'))}")
    out.append(f"git rev-parse HEAD -> {neg_sha(r, 40)}")
    return "raw-result", raw("\n".join(out))


def t_sci_notebook(r, L):
    k = r.choice(["openai", "anthropic", "google"])
    nm = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "google": "GOOGLE_API_KEY"}[k]
    if L.on(0.75):
        v = secret_value(r, k)
        L.add(KIND_TYPE[k], v, [f'{nm} = "{v}"'])
        src1 = ["import os\n", f'{nm} = "{v}"\n', "client = make_client(api_key=" + nm + ")\n"]
    else:
        src1 = ["import os\n", f'{nm} = os.environ["{nm}"]\n', "client = make_client(api_key=" + nm + ")\n"]
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "source": src1, "outputs": []},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df = load_plate('plate_07.csv')\n", "df.head()"],
              "outputs": [{"output_type": "stream", "name": "stdout", "text": [f"well,Ct,sample\n", f"A1,{r.uniform(18, 35):.2f},{rs(r, UP, 2)}{rs(r, DG, 4)}\n"]}]}]
    out3 = [f"connected to LIMS as {' '.join(person(r))}\n"]
    if L.on(0.6):
        j = mk_jwt(r, "https://lims.broadleaf-labs.org")
        L.add("jwt", j)
        out3.append(f"session token: {j}\n")
    if L.on(0.35):
        fn, ln = person(r)
        out3.append(f"notify: {L.add('email', mk_email(r, fn, ln, True))}\n")
    if L.on(0.3):
        g = mk_generic(r)
        cells.append({"cell_type": "code", "execution_count": 4, "metadata": {}, "source": [f'ELN_API_SECRET = "{g}"\n'], "outputs": []})
        L.add("generic_secret", g, [f'ELN_API_SECRET = "{g}"'])
    cells.insert(2, {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["lims = connect()\n"],
                     "outputs": [{"output_type": "stream", "name": "stdout", "text": out3}]})
    doc = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "cells": cells}
    return "structured", doc


def t_sci_grant_form(r, L):
    fn, ln = person(r)
    so = person(r)
    lines = [f"[OCR] GRANT APPLICATION COVER SHEET   FOA: PAR-{r.randint(22, 25)}-{rs(r, DG, 3)}",
             f"Project Director/PI: ____{fn} {ln}____   eRA Commons ID: ____{(fn[0] + ln).upper()[:8]}____",
             f"PI e-mail: ____{L.email(0.6, fn, ln, True)}____    PI phone: ____{L.phone(0.5)}____",
             f"Applicant organization UEI: {rs(r, UP + DG, 12)}   EIN: {neg_ein(r)}   Congressional district: {rs(r, UP, 2)}-{rs(r, DG, 3)}",
             f"Authorized organizational representative: {so[0]} {so[1]}, Office of Sponsored Programs, {neg_role(r, 'stateu.edu')}",
             f"AOR phone: {L.phone(0.35, neg=neg_toll_free(r))}",
             f"Budget period 1: ${r.randint(100, 500)},{rs(r, DG, 3)}   Human subjects: {r.choice(['Yes', 'No'])}   IRB approval {r.choice(['pending', date(r)])}",
             f"Box 14 (character boxes): | {' | '.join(fn[0].lower() + '.' + ln.lower()[:4])} | @ | s | t | a | t | e |",
             f"Previous award: {r.choice(['5R01', '1R21', 'K23'])}{rs(r, UP, 2)}{rs(r, DG, 6)}-0{r.randint(1, 5)}"]
    return "text", "\n".join(lines)


def t_sci_irb_thread(r, L):
    a, b, c = person(r), person(r), person(r)
    lines = [f"Subject: RE: Protocol {r.randint(2019, 2025)}-{rs(r, DG, 4)} continuing review - deviation report",
             f"From: {a[0]} {a[1]} <{L.email(0.5, a[0], a[1], True, neg=neg_role(r, 'stateu.edu'))}>",
             f"To: {neg_role(r, 'stateu.edu')}", "",
             "Thanks - we have logged the deviation. See my notes inline.", "",
             f"On {date(r)}, {b[0]} {b[1]} <{L.email(0.5, b[0], b[1], True, neg='coordinator@(b)(6)')}> wrote:",
             f"> Participant {rs(r, DG, 3)}-{rs(r, DG, 3)} was reached at {L.phone(0.45, neg='[phone redacted]')} to reschedule.",
             f"> The stipend form listed SSN {L.ssn(0.35, neg='[redacted]')} in the free-text box by mistake.",
             f"> Please use {c[0]} {c[1]}'s direct line {L.phone(0.35, neg=neg_fict_phone(r))} for urgent issues.",
             ">", f"> IRB reference {rs(r, UP, 3)}{rs(r, DG, 8)}; FWA{rs(r, DG, 8)}"]
    return "text", "\n".join(lines)


# extra templates (mixed) -----------------------------------------------------
def t_gov_license_renewal_json_in_json(r, L):
    fn, ln = person(r)
    inner = {"licenseType": r.choice(["Cosmetology", "Contractor", "Real Estate", "Food Handler"]),
             "licenseNumber": f"{rs(r, UP, 2)}{rs(r, DG, 6)}", "holder": {"name": f"{fn} {ln}", "email": L.email(0.6, fn, ln), "phone": L.phone(0.5)},
             "ceHours": r.randint(0, 24)}
    if L.on(0.35):
        inner["payment"] = {"iban": L.add("iban", fmt_iban(mk_iban(r, r.choice(["IE", "GB", "PT", "FI", "BE"])), False))}
    doc = {"event": "renewal.submitted", "id": uuid(r), "payload": jd(inner), "received": ts(r), "signature": neg_sha(r)}
    return "structured", doc


def t_auto_telematics_provisioning(r, L):
    dev = rs(r, UP + DG, 12)
    lines = [f"# provisioning bundle for TCU {dev}", f"device_id: {dev}", f"imei: {neg_imei(r)}", f"iccid: {neg_iccid(r)}",
             "cloud:", "  endpoint: a1b2c3-ats.iot.eu-west-1.amazonaws.com",
             "  " + kv(L, "AWS_ACCESS_KEY_ID", "aws_id", "yaml", 0.4), "  " + kv(L, "AWS_SECRET_ACCESS_KEY", "aws_secret", "yaml", 0.4),
             "  " + kv(L, "MAPS_API_KEY", "google", "yaml", 0.4),
             f"  ca_fingerprint: {':'.join(rs(r, '0123456789ABCDEF', 2) for _ in range(16))}"]
    if L.on(0.5):
        pem = mk_pem(r)
        L.add("private_key", pem)
        lines.append("device_key: |")
        lines.append(pem)
    else:
        lines.append("device_key: file:///secure/tcu.key")
    return "text", "\n".join(lines)


def chat_secret(L):
    kind, name = L.r.choice([("github", "GITHUB_TOKEN"), ("gitlab", "GITLAB_TOKEN"), ("slack", "SLACK_TOKEN"), ("stripe", "STRIPE_KEY"),
                             ("anthropic", "ANTHROPIC_API_KEY"), ("openai", "OPENAI_API_KEY"), ("google", "GOOGLE_API_KEY")])
    return kv(L, name, kind, "yaml", 0.5)


def t_sci_lab_assistant_chat(r, L):
    fn, ln = person(r)
    msgs = [{"role": "user", "text": f"Can you check why the plate reader export fails? config below"},
            {"role": "user", "text": "reader:\n  export_dir: /data/exports\n  " + kv(L, "S3_SECRET", "aws_secret", "yaml", 0.4) + "\n  " + chat_secret(L)},
            {"role": "assistant", "text": "The export path is fine; rotate any credentials you pasted here."},
            {"role": "user", "text": f"ok, email the summary to {L.email(0.5, fn, ln, True, neg='me')} and ping {L.phone(0.3, neg='the core')}"}]
    doc = {"conversation_id": uuid(r), "messages": msgs, "tool": "lab-assistant"}
    return "raw-result", raw(jd(doc))


def t_gov_data_request_code(r, L):
    lines = ["# agency-to-agency verification client", "import os, requests", "",
             'BASE = "https://verify.state-example.gov/api/v1"',
             kv(L, "CLIENT_SECRET", "generic", "json" if False else "env", 0.45).replace("CLIENT_SECRET=", "CLIENT_SECRET = ").replace("CLIENT_SECRET = ", 'CLIENT_SECRET = '),
             'TOKEN = os.environ["VERIFY_TOKEN"]',
             r'SSN_RE = r"^\d{3}-\d{2}-\d{4}$"', f'TEST_SSN = "{neg_masked_ssn(r)}"',
             f"EXAMPLE_KEY = \"AKIAIOSFODNN7EXAMPLE\"",
             kv(L, "SLACK_WEBHOOK", "webhook", "env", 0.35).replace("SLACK_WEBHOOK=", "SLACK_WEBHOOK = "),
             "", "def lookup(ssn):", "    return requests.post(BASE + '/match', json={'ssn': ssn}, headers={'Authorization': 'Bearer ' + TOKEN})"]
    # fix accept forms for the " = " rendering
    for l in L.labels:
        l["accept"] = [a.replace("CLIENT_SECRET=", "CLIENT_SECRET = ").replace("SLACK_WEBHOOK=", "SLACK_WEBHOOK = ") for a in l["accept"]]
    return "text", "\n".join(lines)


TEMPLATES = [
    t_gov_w4_submission, t_gov_w9_ocr, t_gov_i9_portal, t_gov_unemployment_claim, t_gov_snap_fixedwidth,
    t_gov_housing_application, t_gov_student_aid, t_gov_dmv_record, t_gov_court_efiling, t_gov_foia_response,
    t_gov_caseworker_notes, t_gov_appointment, t_gov_portal_audit, t_gov_exchange_csv, t_gov_address_change,
    t_gov_permit_register, t_gov_portal_config, t_gov_license_renewal_json_in_json, t_gov_data_request_code,
    t_auto_connected_car, t_auto_can_obd, t_auto_fleet_drivers, t_auto_fleet_trips, t_auto_ocpp_log,
    t_auto_chargepoint_config, t_auto_ev_session_log, t_auto_dms_record, t_auto_rental_booking, t_auto_ota_manifest,
    t_auto_digital_key, t_auto_ubi_report, t_auto_roadside, t_auto_telematics_provisioning,
    t_sci_lims_manifest, t_sci_instrument_config, t_sci_run_log, t_sci_eln_page, t_sci_samplesheet,
    t_sci_trial_contacts, t_sci_crf_export, t_sci_datacite, t_sci_hpc_job, t_sci_hpc_output, t_sci_notebook,
    t_sci_grant_form, t_sci_irb_thread, t_sci_lab_assistant_chat,
]


def verify(doc, labels):
    strs = doc_strings(doc, [])
    for l in labels:
        if not any(l["value"] in s for s in strs):
            return "value not verbatim: " + l["type"]
        for a in l["accept"]:
            if not any(a in s for s in strs):
                return "accept not verbatim: " + l["type"]
    bad = scan_unlabelled(doc, labels)
    if bad:
        return "unlabelled: " + repr(bad[:2])
    return None


def main():
    r = random.Random(SEED)
    T = len(TEMPLATES)
    plan = []
    for i, fn in enumerate(TEMPLATES):
        k = N_DOCS // T + (1 if i < N_DOCS % T else 0)
        flags = [False, True] + [r.random() < 0.57 for _ in range(k - 2)]
        plan += [(fn, f) for f in flags]
    r.shuffle(plan)
    recs = []
    counts = {}
    for idx, (fn, pos) in enumerate(plan):
        # positive docs: draw up to CANDIDATES valid variants and keep the one that best
        # fills per-type quotas (deterministic; keeps every type >= the brief's minimum)
        cands = []
        for attempt in range(400):
            L = Lab(r, pos)
            wrap, doc = fn(r, L)
            if pos != bool(L.labels):
                continue
            err = verify(doc, L.labels)
            if err:
                continue
            cands.append((wrap, doc, L.labels))
            if not pos or len(cands) >= CANDIDATES:
                break
        if not cands:
            raise SystemExit(f"cannot build {fn.__name__} pos={pos}: {err}")
        best, bscore = cands[0], -1
        for c in cands:
            sc = sum(max(0, QUOTA - counts.get(l["type"], 0)) for l in c[2])
            if sc > bscore:
                best, bscore = c, sc
        wrap, doc, labels = best
        for l in labels:
            counts[l["type"]] = counts.get(l["type"], 0) + 1
        recs.append({"id": f"v19-{idx + 1}", "template": fn.__name__[2:], "split": "holdout-v19", "wrap": wrap,
                     "doc": doc, "labels": labels})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
