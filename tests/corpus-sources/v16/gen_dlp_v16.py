#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v16 (code / telecom+HR / OCR forms).

Python 3 stdlib only, one random.Random(seed), no clock, no environment input.
Usage: python3 gen_dlp_v16.py [output_path]   (default: dlp_v16.jsonl next to this file)
"""
import base64
import json
import os
import re
import string
import sys
import random

SEED = 160016
R = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- shared checks
ROLE_LOCALS = {
    "support", "noreply", "no-reply", "donotreply", "do-not-reply", "billing", "security", "info", "sales",
    "hr", "team", "alerts", "admin", "careers", "jobs", "recruiting", "noc", "help", "helpdesk", "payroll",
    "benefits", "contact", "office", "accounts", "accounting", "ops", "devops", "it", "itsupport", "privacy",
    "legal", "compliance", "abuse", "postmaster", "webmaster", "hostmaster", "notifications", "mailer-daemon",
    "press", "marketing", "onboarding", "talent", "people", "service", "care", "customercare", "porting",
    "provisioning", "claims", "intake", "records", "frontdesk", "reception", "leasing", "loans", "customs",
    "git", "bot", "ci", "build", "interviews", "talent-ops", "release", "deploy", "dev", "oncall", "finance", "ap", "ar", "enrollment",
}
PLACEHOLDER_EMAILS = {
    "you@example.com", "user@example.com", "name@example.com", "user@domain.tld", "someone@example.org",
    "your.name@company.com", "email@example.com", "test@example.com", "jane@example.com", "john@example.com",
    "git@github.com", "git@gitlab.com",
}
SERVICE_DOMAINS = ("gserviceaccount.com", "iam.gserviceaccount.com", "users.noreply.github.com",
                   "bounces.example.net", "mg.mailgun.org")

TEST_CARDS = {
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
    "4012888888881881", "5431111111111111", "4000000000000002", "4000000000009995", "4000002500003155",
    "378734493671000", "6011000400000000", "3530111333300000", "4917610000000000", "5425233430109903",
    "4263982640269299", "4000000000000077",
}
TEST_IBANS = {
    "GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300",
    "GB29NWBK60161331926819", "ES9121000418450200051332", "IT60X0542811101000000123456", "CH9300762011623852957",
    "BE68539007547034", "AT611904300234573201",
}
VENDOR_EXAMPLE_KEYS = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2", "rk_test_4eC39HqLyjWDarjtT1zdp7dc", "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
}

CARD_RE = re.compile(r"(?<![\w.-])\d(?:[ -]?\d){11,18}(?![\w])")
SSN_RE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_USERINFO_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/@\"'<>]+@")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
TOKEN_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{60,}"),
    re.compile(r"\bgl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent)-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bxox[abpre]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\bxoxe\.xox[bp]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9-]{10,}"),
    re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
    re.compile(r"\bAIza[A-Za-z0-9_-]{35}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}"),
    re.compile(r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/]+"),
    re.compile(r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+"),
    re.compile(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/-]+"),
    re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"),
]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand_ok(num):
    n = len(num)
    if num[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return True
    if n == 15 and num[:2] in ("34", "37"):
        return True
    if n in (16, 19) and (num.startswith("6011") or num.startswith("65")):
        return True
    if n in (16, 19) and 3528 <= int(num[:4]) <= 3589:
        return True
    if n == 14 and (num[:2] in ("36", "38") or 300 <= int(num[:3]) <= 305):
        return True
    return False


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20,
            "PL": 28, "IE": 22, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20, "SA": 24,
            "AE": 23, "TR": 26, "BR": 29, "CZ": 24, "RO": 24, "HU": 28, "GR": 27}


def iban_ok(iban):
    iban = iban.replace(" ", "")
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def ssn_ok(a, g, s):
    a_i = int(a)
    if a_i == 0 or a_i == 666 or a_i >= 900:
        return False
    if g == "00" or s == "0000":
        return False
    if (a, g, s) in (("078", "05", "1120"), ("219", "09", "9999")):
        return False
    if a == "987" and g == "65" and s.startswith("432"):
        return False
    return True


def is_placeholder_token(tok):
    low = tok.lower()
    if tok in VENDOR_EXAMPLE_KEYS or "example" in low or "xxxx" in low or "your" in low or "0000000000" in low:
        return True
    body = re.sub(r"^[A-Za-z]+[_-](?:[a-z0-9]+[_-])?", "", tok)
    if len(set(body)) <= 5:
        return True
    return False


def email_is_unlabelled_kind(addr):
    a = addr.lower()
    local, _, dom = a.partition("@")
    if a in PLACEHOLDER_EMAILS:
        return True
    if local in ROLE_LOCALS or local.split("+")[0] in ROLE_LOCALS:
        return True
    if any(dom.endswith(d) for d in SERVICE_DOMAINS):
        return True
    if local.startswith(("svc-", "svc.", "bot-", "sa-", "noreply")):
        return True
    return False


def doc_strings(obj, out=None):
    if out is None:
        out = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            doc_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            doc_strings(v, out)
    return out


def crosscheck(strings, labels):
    """Return list of problems: values that look like they must be labelled but are not."""
    problems = []
    covered = []
    for lb in labels:
        covered.append(lb["value"])
        covered.extend(lb.get("accept", []))
    cov_compact = {c.replace(" ", "").replace("-", "") for c in covered}

    def is_cov(v):
        if any(v in c for c in covered):
            return True
        return v.replace(" ", "").replace("-", "") in cov_compact

    for s in strings:
        for m in CARD_RE.finditer(s):
            raw = m.group(0)
            num = re.sub(r"[ -]", "", raw)
            if 13 <= len(num) <= 19 and card_brand_ok(num) and luhn_ok(num) and num not in TEST_CARDS:
                if not is_cov(raw):
                    problems.append(("card", raw))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group(1), m.group(3), m.group(4)) and not is_cov(m.group(0)):
                problems.append(("ssn", m.group(0)))
        s2 = URL_USERINFO_RE.sub(" ", s)
        for m in EMAIL_RE.finditer(s2):
            addr = m.group(0).strip(".")
            if not email_is_unlabelled_kind(addr) and not is_cov(addr):
                problems.append(("email", addr))
        for m in IBAN_RE.finditer(s):
            cand = m.group(0).replace(" ", "")
            L = IBAN_LEN.get(cand[:2])
            if L and len(cand) >= L:
                ib = cand[:L]
                if iban_ok(ib) and ib not in TEST_IBANS and not is_cov(ib):
                    problems.append(("iban", ib))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                tok = m.group(0)
                if tok.startswith("-----BEGIN"):
                    if not any(tok in c for c in covered):
                        problems.append(("privkey", tok))
                    continue
                if is_placeholder_token(tok):
                    continue
                if not (is_cov(tok) or any(c in tok for c in covered if len(c) >= 12)):
                    problems.append(("token", tok))
    return problems


# ---------------------------------------------------------------- people
FIRST = ["Amelia", "Liam", "Sofia", "Mateo", "Hannah", "Jonas", "Chloé", "Louis", "Priya", "Arjun", "Wei", "Mei",
         "Haruto", "Yui", "Chidi", "Ngozi", "Lucas", "Beatriz", "Omar", "Layla", "Olga", "Dmitri", "Aoife",
         "Cian", "Freya", "Lars", "Giulia", "Marco", "Zanele", "Thabo", "Diego", "Valentina", "Emma", "Noah",
         "Fatima", "Yusuf", "Ingrid", "Mikael", "Kavya", "Rohan", "Camila", "Tomás", "Elif", "Emre", "Nia",
         "Kwame", "Hye-jin", "Min-jun", "Anh", "Minh", "Grace", "Ethan", "Maya", "Samuel", "Ava", "Owen"]
LAST = ["Okafor", "Schneider", "Dubois", "Sharma", "Nakamura", "Tanaka", "Silva", "Costa", "Haddad", "Ivanova",
        "Murphy", "Johansson", "Rossi", "Bianchi", "Dlamini", "Gómez", "Fernández", "Müller", "Becker", "Chen",
        "Wang", "Patel", "Reddy", "Kowalski", "Nowak", "Yılmaz", "Demir", "Mensah", "Kim", "Park", "Nguyen",
        "Tran", "O'Brien", "Walsh", "Hughes", "Carter", "Brooks", "Alvarez", "Moreau", "Lefèvre", "Kaur"]
ASCII_MAP = str.maketrans({"é": "e", "á": "a", "ü": "u", "ı": "i", "è": "e", "ó": "o", "'": "", "-": ""})
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr",
                "libero.it", "yahoo.co.jp", "icloud.com", "proton.me", "naver.com", "rediffmail.com",
                "uol.com.br", "mail.ru", "fastmail.com", "t-online.de", "btinternet.com", "bigpond.com"]
WORK_DOMAINS = ["northwind-logistics.com", "kestrel-health.org", "brightpath.io", "fjordline-tel.no",
                "acmetelecom.net", "luma-analytics.com", "greenfield-hr.com", "tessera.dev", "orbital-mobile.co.uk",
                "vantage-ats.com", "harbourbank.ie", "sakura-soft.jp", "pampa-foods.com.ar", "aurora-clinic.ca"]


class Person:
    def __init__(self):
        self.first = ch(FIRST)
        self.last = ch(LAST)
        self.name = f"{self.first} {self.last}"

    def email(self, work=False):
        f = self.first.lower().translate(ASCII_MAP)
        l = self.last.lower().translate(ASCII_MAP)
        local = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{ri(1, 99)}", f"{f}{l[0]}", f"{l}.{f}", f"{f}.{l}{ri(70, 99)}"])
        dom = ch(WORK_DOMAINS) if work else ch(MAIL_DOMAINS)
        return f"{local}@{dom}"


# ---------------------------------------------------------------- value generators
def gen_phone(country=None):
    """returns (display, [accept candidates])"""
    c = country or ch(["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU", "NL", "ES", "IT", "MX", "ZA", "NG", "KE",
                       "SG", "IE", "CA", "PL", "SE"])
    if c in ("US", "CA"):
        area = ch(["212", "415", "312", "617", "206", "303", "512", "646", "713", "404", "604", "416", "514"])
        ex = str(ri(201, 989))
        while ex == "555":
            ex = str(ri(201, 989))
        ln = digits(4)
        nat = ch([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}"])
        disp = ch([f"+1 {area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"+1{area}{ex}{ln}", nat, nat])
        return disp, [f"{area}-{ex}-{ln}", f"({area}) {ex}-{ln}", f"{area}{ex}{ln}", f"1{area}{ex}{ln}"]
    if c == "UK":
        a = "7" + ch(["4", "5", "8", "9"]) + digits(2)
        b = digits(6)
        disp = ch([f"+44 {a} {b}", f"0{a} {b}", f"+44 (0){a} {b}", f"+44{a}{b}"])
        return disp, [f"0{a} {b}", f"{a} {b}", f"44{a}{b}", f"{a}{b}"]
    if c == "IE":
        a = "8" + ch("3567")
        b = digits(7)
        disp = ch([f"+353 {a} {b[:3]} {b[3:]}", f"0{a} {b[:3]} {b[3:]}"])
        return disp, [f"0{a} {b[:3]} {b[3:]}", f"{a} {b[:3]} {b[3:]}"]
    if c == "DE":
        a = ch(["151", "160", "170", "176", "152"])
        b = digits(8)
        disp = ch([f"+49 {a} {b[:4]} {b[4:]}", f"0{a} {b}", f"+49 (0){a} {b}", f"0{a}/{b}"])
        return disp, [f"0{a} {b}", f"{a} {b[:4]} {b[4:]}", f"0{a}/{b}", f"{a} {b}"]
    if c == "FR":
        a = ch("67")
        p = [digits(2) for _ in range(4)]
        disp = ch([f"+33 {a} {' '.join(p)}", f"0{a} {' '.join(p)}", f"0{a}.{'.'.join(p)}"])
        return disp, [f"0{a} {' '.join(p)}", f"{a} {' '.join(p)}", f"0{a}.{'.'.join(p)}"]
    if c == "IN":
        a = ch("6789") + digits(4)
        b = digits(5)
        disp = ch([f"+91 {a} {b}", f"+91-{a}{b}", f"0{a} {b}"])
        return disp, [f"{a} {b}", f"{a}{b}", f"0{a} {b}"]
    if c == "BR":
        ddd = ch(["11", "21", "31", "41", "51", "61", "71"])
        a = "9" + digits(4)
        b = digits(4)
        disp = ch([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"+55 ({ddd}) {a}-{b}"])
        return disp, [f"({ddd}) {a}-{b}", f"{ddd} {a}-{b}", f"{a}-{b}"]
    if c == "JP":
        a = ch(["90", "80", "70"])
        b, d = digits(4), digits(4)
        disp = ch([f"0{a}-{b}-{d}", f"+81 {a}-{b}-{d}", f"+81 {a} {b} {d}"])
        return disp, [f"0{a}-{b}-{d}", f"{a}-{b}-{d}", f"{a} {b} {d}"]
    if c == "AU":
        a = "4" + digits(2)
        while a == "491":
            a = "4" + digits(2)
        b, d = digits(3), digits(3)
        disp = ch([f"+61 {a} {b} {d}", f"0{a} {b} {d}"])
        return disp, [f"0{a} {b} {d}", f"{a} {b} {d}"]
    if c == "NL":
        b = digits(8)
        disp = ch([f"+31 6 {b}", f"06-{b}", f"+31 (0)6 {b[:2]} {b[2:5]} {b[5:]}"])
        return disp, [f"06-{b}", f"6 {b}", f"06 {b}", f"6 {b[:2]} {b[2:5]} {b[5:]}"]
    if c == "ES":
        a = ch("67") + digits(2)
        p = [digits(2), digits(2), digits(2)]
        disp = ch([f"+34 {a} {' '.join(p)}", f"{a} {' '.join(p)}"])
        return disp, [f"{a} {' '.join(p)}"]
    if c == "IT":
        a = "3" + digits(2)
        b, d = digits(3), digits(4)
        disp = ch([f"+39 {a} {b} {d}", f"{a} {b} {d}", f"+39 {a}{b}{d}"])
        return disp, [f"{a} {b} {d}", f"{a}{b}{d}"]
    if c == "MX":
        b, d = digits(4), digits(4)
        disp = ch([f"+52 55 {b} {d}", f"+52 1 55 {b} {d}", f"55 {b} {d}"])
        return disp, [f"55 {b} {d}", f"1 55 {b} {d}"]
    if c == "ZA":
        a = ch(["82", "83", "72", "73", "84"])
        b, d = digits(3), digits(4)
        disp = ch([f"+27 {a} {b} {d}", f"0{a} {b} {d}"])
        return disp, [f"0{a} {b} {d}", f"{a} {b} {d}"]
    if c == "NG":
        a = ch(["803", "806", "813", "816", "703", "802"])
        b, d = digits(3), digits(4)
        disp = ch([f"+234 {a} {b} {d}", f"0{a} {b} {d}", f"+234{a}{b}{d}"])
        return disp, [f"0{a} {b} {d}", f"{a} {b} {d}", f"{a}{b}{d}"]
    if c == "KE":
        a = "7" + digits(2)
        b = digits(6)
        disp = ch([f"+254 {a} {b}", f"0{a} {b}", f"+254{a}{b}"])
        return disp, [f"0{a} {b}", f"{a} {b}", f"{a}{b}"]
    if c == "SG":
        a = ch("89") + digits(3)
        b = digits(4)
        disp = ch([f"+65 {a} {b}", f"+65 {a}{b}"])
        return disp, [f"{a} {b}", f"{a}{b}"]
    if c == "PL":
        p = [ch("5678") + digits(2), digits(3), digits(3)]
        disp = ch([f"+48 {' '.join(p)}", f"+48 {'-'.join(p)}"])
        return disp, [" ".join(p), "-".join(p)]
    if c == "SE":
        a = "7" + ch("0236")
        b = digits(7)
        disp = ch([f"+46 {a} {b[:3]} {b[3:5]} {b[5:]}", f"0{a}-{b[:3]} {b[3:5]} {b[5:]}"])
        return disp, [f"0{a}-{b[:3]} {b[3:5]} {b[5:]}", f"{a} {b[:3]} {b[3:5]} {b[5:]}"]
    raise ValueError(c)


def gen_msisdn():
    """digits-only MSISDN for CDRs; returns (msisdn, accepts)"""
    c = ch(["44", "49", "1", "33", "234", "254", "91", "61", "31"])
    if c == "44":
        nat = "7" + ch("4589") + digits(8)
    elif c == "49":
        nat = ch(["151", "160", "176"]) + digits(8)
    elif c == "1":
        a = ch(["312", "646", "415", "713"])
        ex = str(ri(201, 989))
        while ex == "555":
            ex = str(ri(201, 989))
        nat = a + ex + digits(4)
    elif c == "33":
        nat = ch("67") + digits(8)
    elif c == "234":
        nat = ch(["803", "806", "813"]) + digits(7)
    elif c == "254":
        nat = "7" + digits(8)
    elif c == "91":
        nat = ch("6789") + digits(9)
    elif c == "61":
        nat = "4" + ch("0123456") + digits(7)
    else:
        nat = "6" + digits(8)
    full = c + nat
    return full, ["+" + full, nat, "0" + nat]


def fictional_phone():
    return ch([f"+1 {ch(['212', '415', '312'])}-555-01{digits(2)}", f"(646) 555-01{digits(2)}",
               f"07700 900{digits(3)}", f"+44 7700 900{digits(3)}", f"020 7946 0{digits(3)}",
               f"0491 570 {ch(['156', '157', '158', '159', '110'])}", f"+61 491 570 {ch(['156', '159', '110'])}"])


def tollfree_phone():
    return ch([f"1-800-{ri(200, 899)}-{digits(4)}", f"+1 888 {ri(200, 899)} {digits(4)}",
               f"0800 {digits(3)} {digits(4)}", f"1-877-{ri(200, 899)}-{digits(4)}", f"0800 {digits(6)}",
               f"1300 {digits(3)} {digits(3)}", "611", "*611", "112", "+44 800 " + digits(3) + " " + digits(4)])


def gen_ssn(sep="-"):
    while True:
        a = ri(1, 899)
        if a == 666:
            continue
        g = ri(1, 99)
        s = ri(1, 9999)
        A, G, S = f"{a:03d}", f"{g:02d}", f"{s:04d}"
        if ssn_ok(A, G, S):
            return f"{A}{sep}{G}{sep}{S}"


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card():
    while True:
        brand = ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        if brand == "visa":
            num = luhn_complete("4" + digits(1), 16)
        elif brand == "mc":
            num = luhn_complete(str(ri(51, 55)), 16)
        elif brand == "mc2":
            num = luhn_complete(str(ri(2221, 2720)), 16)
        elif brand == "amex":
            num = luhn_complete(ch(["34", "37"]), 15)
        elif brand == "disc":
            num = luhn_complete(ch(["6011", "65"]), 16)
        else:
            num = luhn_complete(str(ri(3528, 3589)), 16)
        if num not in TEST_CARDS:
            break
    if len(num) == 15:
        grp = [num[:4], num[4:10], num[10:]]
    else:
        grp = [num[i:i + 4] for i in range(0, 16, 4)]
    disp = ch([" ".join(grp), "-".join(grp), num, " ".join(grp)])
    return disp, num


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def gen_iban(cc=None):
    cc = cc or ch(["DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL", "IE", "PT", "SE", "DK", "NO",
                   "FI", "LU", "SA", "AE", "TR", "CZ", "RO", "GR"])
    U = string.ascii_uppercase
    spec = {
        "DE": lambda: digits(18), "GB": lambda: rs(4, U) + digits(14), "FR": lambda: digits(10) + rs(11, UPPER_DIG) + digits(2),
        "ES": lambda: digits(20), "IT": lambda: rs(1, U) + digits(10) + rs(12, UPPER_DIG), "NL": lambda: rs(4, U) + digits(10),
        "BE": lambda: digits(12), "CH": lambda: digits(5) + rs(12, UPPER_DIG), "AT": lambda: digits(16), "PL": lambda: digits(24),
        "IE": lambda: rs(4, U) + digits(14), "PT": lambda: digits(21), "SE": lambda: digits(20), "DK": lambda: digits(14),
        "NO": lambda: digits(11), "FI": lambda: digits(14), "LU": lambda: digits(3) + rs(13, UPPER_DIG), "SA": lambda: digits(2) + rs(18, UPPER_DIG),
        "AE": lambda: digits(19), "TR": lambda: digits(5) + "0" + rs(16, UPPER_DIG), "CZ": lambda: digits(20),
        "RO": lambda: rs(4, U) + rs(16, UPPER_DIG), "GR": lambda: digits(7) + rs(16, UPPER_DIG),
    }
    while True:
        bban = spec[cc]()
        ib = cc + iban_check(cc, bban) + bban
        assert len(ib) == IBAN_LEN[cc], (cc, len(ib))
        if iban_ok(ib) and ib not in TEST_IBANS:
            break
    spaced = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    disp = ch([ib, spaced, spaced])
    return disp, ib, spaced


def aws_key_id():
    return ch(["AKIA", "AKIA", "ASIA"]) + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret():
    return rs(40, ALNUM + "/+")


def gh_token():
    if R.random() < 0.2:
        return "github_pat_11" + rs(20, UPPER_DIG) + "_" + rs(59)
    return ch(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rs(36)


def gl_token():
    p = ch(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glcbt-"])
    if p == "glptt-":
        return p + rs(40, HEX)
    if p == "glcbt-":
        return p + rs(2, HEX) + "_" + rs(20, ALNUM)
    return p + rs(20, ALNUM + "_-").strip("-_") + rs(2)


def slack_token():
    k = ch(["xoxb", "xoxb", "xoxp", "xapp", "xoxe"])
    if k == "xoxb":
        return f"xoxb-{digits(11)}-{digits(13)}-{rs(24)}"
    if k == "xoxp":
        return f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{rs(32, HEX)}"
    if k == "xapp":
        return f"xapp-1-A{rs(10, UPPER_DIG)}-{digits(13)}-{rs(64, HEX)}"
    return f"xoxe.xoxp-1-{rs(120, ALNUM)}"


def stripe_key(test_ok=True):
    p = ch(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_"] if test_ok else ["sk_live_", "rk_live_"])
    return p + ch(["51", "4e", ""]) + rs(ch([24, 32, 99]) - 2)


def openai_key():
    k = ch(["proj", "proj", "legacy", "svc", "admin"])
    if k == "proj":
        return "sk-proj-" + rs(ch([48, 74, 156]), ALNUM + "_-").strip("-_") + rs(2)
    if k == "legacy":
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if k == "svc":
        return "sk-svcacct-" + rs(60, ALNUM + "_-") + rs(2)
    return "sk-admin-" + rs(56, ALNUM + "_-") + rs(2)


def anthropic_key():
    p = ch(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"])
    return p + rs(93, ALNUM + "_-").strip("-_") + rs(3) + "AA"


def google_key():
    return "AIza" + rs(35, ALNUM + "_-")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_jwt(email_hint=None):
    alg = ch(["HS256", "RS256", "ES256", "RS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if R.random() < 0.5:
        hdr["kid"] = rs(16, HEX)
    iat = ri(1700000000, 1760000000)
    pl = {"sub": ch([rs(24, HEX), str(ri(10000, 999999)), "auth0|" + rs(24, HEX)]), "iat": iat,
          "exp": iat + ch([900, 3600, 86400]), "iss": ch(["https://auth.tessera.dev/", "https://login.brightpath.io",
                                                          "ats-gateway", "urn:acmetelecom:sso"])}
    if email_hint:
        pl["email"] = email_hint
    if R.random() < 0.5:
        pl["scope"] = ch(["read:candidates write:notes", "sms.send", "openid profile", "cdr.read"])
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64, "RS512": 256}[alg]
    sig = bytes(R.getrandbits(8) for _ in range(sig_len))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(sig)


def gen_private_key():
    kind = ch(["RSA", "OPENSSH", "PKCS8", "EC"])
    if kind == "RSA":
        head, nb, pre = "RSA PRIVATE KEY", ch([600, 900]), b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00"
    elif kind == "OPENSSH":
        head, nb, pre = "OPENSSH PRIVATE KEY", ch([300, 380]), b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none"
    elif kind == "PKCS8":
        head, nb, pre = "PRIVATE KEY", ch([600, 900]), b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7"
    else:
        head, nb, pre = "EC PRIVATE KEY", 96, b"\x30\x77\x02\x01\x01\x04\x20"
    body = base64.b64encode(pre + bytes(R.getrandbits(8) for _ in range(nb))).decode()
    lines = [body[i:i + (70 if kind == "OPENSSH" else 64)] for i in range(0, len(body), 70 if kind == "OPENSSH" else 64)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


def public_key_block():
    body = base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09" + bytes(R.getrandbits(8) for _ in range(280))).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


def webhook_url():
    k = ch(["slack", "slack", "discord", "teams", "mattermost", "slackwf"])
    if k == "slack":
        return f"https://hooks.slack.com/services/T{rs(ch([8, 10]), UPPER_DIG)}/B{rs(ch([8, 10]), UPPER_DIG)}/{rs(24)}"
    if k == "slackwf":
        return f"https://hooks.slack.com/workflows/T{rs(9, UPPER_DIG)}/A{rs(10, UPPER_DIG)}/{digits(18)}/{rs(24)}"
    if k == "discord":
        return f"https://discord.com/api/webhooks/{digits(19)}/{rs(68, B64URL)}"
    if k == "teams":
        org = ch(["northwind", "kestrelhealth", "brightpath", "acmetelecom"])
        return (f"https://{org}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
                f"{rs(32, HEX)}/{uuid4()}")
    return f"https://chat.{ch(WORK_DOMAINS)}/hooks/{rs(26, string.ascii_lowercase + string.digits)}"


PW_SYM = "!*-._~%^+="


def gen_password():
    k = ch(["words", "rand", "rand", "hex", "b64"])
    if k == "words":
        w = ch(["Falcon", "Harbor", "Quartz", "Maple", "Cobalt", "Lantern", "Saffron", "Tundra", "Orchid", "Nimbus"])
        w2 = ch(["river", "stone", "pixel", "meadow", "rocket", "copper", "violet", "ember"])
        return f"{w}{ch(PW_SYM[:4])}{w2}{ri(10, 9999)}{ch('!*.')}"
    if k == "rand":
        return rs(ri(14, 24), ALNUM + "!*-_.~^") + rs(2)
    if k == "hex":
        return rs(ch([32, 40, 64]), HEX)
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(ch([24, 32])))).decode().rstrip("=").replace("/", "_").replace("+", "-")


def url_password():
    return ch([rs(ri(12, 20), ALNUM + "-_.~!*") + rs(2), f"{ch(['Blue', 'Rain', 'Tiger', 'Kilo'])}{ri(100, 999)}{ch(['!', '*', '~'])}{rs(6)}",
               rs(ri(16, 28))])


def vendor_secret():
    """(field name candidates, value) for other-vendor secrets -> generic_secret"""
    k = ch(["sendgrid", "mailgun", "twilio", "hf", "npm", "shopify", "datadog", "telegram", "do", "pypi", "plain",
            "plain", "client", "signing", "encryption", "sftp", "smtp"])
    if k == "sendgrid":
        return ["SENDGRID_API_KEY", "sendgridApiKey", "sendgrid_api_key"], "SG." + rs(22, B64URL) + "." + rs(43, B64URL)
    if k == "mailgun":
        return ["MAILGUN_API_KEY", "mailgun_key"], "key-" + rs(32, HEX)
    if k == "twilio":
        return ["TWILIO_AUTH_TOKEN", "twilioAuthToken", "auth_token"], rs(32, HEX)
    if k == "hf":
        return ["HF_TOKEN", "HUGGINGFACE_TOKEN", "hf_token"], "hf_" + rs(34)
    if k == "npm":
        return ["NPM_TOKEN", "npm_auth_token"], "npm_" + rs(36)
    if k == "shopify":
        return ["SHOPIFY_ADMIN_TOKEN", "shopify_access_token"], "shpat_" + rs(32, HEX)
    if k == "datadog":
        return ["DD_API_KEY", "DATADOG_API_KEY", "datadog_api_key"], rs(32, HEX)
    if k == "telegram":
        return ["TELEGRAM_BOT_TOKEN", "telegram_token"], f"{ri(100000000, 7999999999)}:AA{rs(33, B64URL)}"
    if k == "do":
        return ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], "dop_v1_" + rs(64, HEX)
    if k == "pypi":
        return ["PYPI_API_TOKEN", "TWINE_PASSWORD"], "pypi-AgEIcHlwaS5vcmc" + rs(60, B64URL)
    if k == "client":
        return ["CLIENT_SECRET", "OAUTH_CLIENT_SECRET", "clientSecret", "client_secret"], rs(ch([32, 40]), ALNUM + "~_.-") + rs(2)
    if k == "signing":
        return ["WEBHOOK_SIGNING_SECRET", "SIGNING_SECRET", "signingSecret", "hmac_secret"], rs(ch([32, 48]), ALNUM)
    if k == "encryption":
        return ["ENCRYPTION_KEY", "AES_KEY", "encryptionKey"], base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    if k == "sftp":
        return ["SFTP_PASSWORD", "sftp_password", "sftpPassword"], gen_password()
    if k == "smtp":
        return ["SMTP_PASSWORD", "smtp_password", "MAIL_PASSWORD"], gen_password()
    return ["DB_PASSWORD", "DATABASE_PASSWORD", "db_password", "dbPassword", "ADMIN_PASSWORD", "API_SECRET",
            "SESSION_SECRET", "secretKey", "password"], gen_password()


def imei():
    return luhn_complete(ch(["35", "86", "01", "99"]) + digits(6), 15)


def imsi():
    p = ch(["310260", "23415", "26202", "20801", "62130", "63902", "40445", "50501", "20404"])
    return p + digits(15 - len(p))


def iccid():
    return "89" + ch(["44", "49", "01", "33", "234", "254"]) + digits(15)


def masked_card():
    return ch([f"****{digits(4)}", f"**** **** **** {digits(4)}", f"XXXX-XXXX-XXXX-{digits(4)}", f"4{digits(5)}******{digits(4)}",
               f"ending in {digits(4)}"])


def masked_ssn():
    return ch([f"XXX-XX-{digits(4)}", f"***-**-{digits(4)}", f"xxx-xx-{digits(4)}", f"SSN last 4: {digits(4)}"])


def masked_iban():
    return ch([f"DE** **** **** **** **{digits(2)} {digits(2)}", f"GB** **** **** **** {digits(4)} {digits(2)}",
               f"****{digits(4)}", f"FR76 **** **** **** **** ***{digits(1)} {digits(3)}"])


def sha1():
    return rs(40, HEX)


def sha256():
    return rs(64, HEX)


PLACEHOLDERS = ["changeme", "<your-api-key>", "REPLACE_ME", "********", "xxxxxxxxxxxxxxxx", "TODO", "dummy-secret",
                "<redacted>", "[REDACTED]", "your-secret-here", "sk_test_xxx", "<PASSWORD>", "not-a-real-key",
                "placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAXXXXXXXXXXXXXXXX",
                "sk-...", "xoxb-your-token", "<insert token>", "s3cr3t-goes-here", "fake-password-for-tests",
                "glpat-xxxxxxxxxxxxxxxxxxxx", "AIzaSy...", "••••••••"]


def placeholder():
    return ch(PLACEHOLDERS)


def env_ref(name):
    return ch([f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"{{{{ .Values.{name.lower()} }}}}", f"vault:secret/data/app#{name.lower()}",
               f"${{env:{name}}}", f"op://Production/{name.lower()}/credential", f"arn:aws:secretsmanager:eu-west-1:{digits(12)}:secret:{name.lower()}-{rs(6)}"])


def role_email():
    return f"{ch(['support', 'noreply', 'careers', 'hr', 'noc', 'billing', 'security', 'info', 'payroll', 'recruiting', 'porting', 'claims', 'intake', 'leasing', 'alerts'])}@{ch(WORK_DOMAINS)}"


def fake_date():
    return f"{ri(1950, 2004)}-{ri(1, 12):02d}-{ri(1, 28):02d}"


def sal():
    return f"{ri(38, 240)},{ri(0, 9)}00"


# ---------------------------------------------------------------- labeler
class Lab:
    def __init__(self, on):
        self.on = on
        self.p = ch([0.4, 0.55, 0.7]) if on else 0.0
        self.labels = []
        self.multiline = False

    def go(self, p=None):
        return self.on and R.random() < (self.p if p is None else p)

    def add(self, typ, value, accept=(), key=None):
        assert self.on
        self.labels.append({"type": typ, "value": value, "accept": list(accept), "_key": key})
        return value

    # helpers: return value to embed (labelled) or negative substitute
    def email(self, person=None, work=False, neg=None, p=None):
        if self.go(self.p * 0.75 if p is None else p):
            v = (person or Person()).email(work)
            return self.add("email", v, ["mailto:" + v, "<" + v + ">"])
        return (neg or role_email)()

    def phone(self, country=None, neg=None, p=None):
        if self.go(self.p * 0.6 if p is None else p):
            d, acc = gen_phone(country)
            return self.add("phone_number", d, acc)
        return (neg or ch([fictional_phone, tollfree_phone]))()

    def ssn(self, neg=None, p=None, sep="-"):
        if self.go(p):
            v = gen_ssn(sep)
            return self.add("us_ssn", v, [v.replace(sep, "")])
        return (neg or masked_ssn)()

    def card(self, neg=None, p=None):
        if self.go(p):
            d, num = gen_card()
            acc = [num]
            if len(num) == 16:
                acc += [" ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4))]
            return self.add("payment_card", d, acc)
        return (neg or (lambda: ch([masked_card(), ch(sorted(TEST_CARDS))])))()

    def iban(self, cc=None, neg=None, p=None):
        if self.go(p):
            d, compact, spaced = gen_iban(cc)
            return self.add("iban", d, [compact, spaced])
        return (neg or (lambda: ch([masked_iban(), ch(sorted(TEST_IBANS))])))()

    def generic(self, key, value=None, neg=None, p=None):
        if self.go(p):
            v = value or gen_password()
            return self.add("generic_secret", v, [], key)
        return (neg or (lambda: ch([placeholder(), env_ref(key.upper())])))()


def add_typed(L, typ, v, key=None, extra=()):
    return L.add(typ, v, ["Bearer " + v, "token " + v] + list(extra), key)


def url_creds(L, scheme=None, host=None, p=None, pw=None):
    scheme = scheme or ch(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqps", "sftp", "smtp", "ftp", "mssql"])
    user = ch(["app", "svc_payroll", "ats_sync", "cdr_loader", "etl", "admin", "readonly", "billing_rw", "hris"])
    host = host or ch(["db.internal", "10.20.4.17", "pg-prod-1.northwind-logistics.com", "cluster0.ab12c.mongodb.net",
                       "cache.brightpath.io", "mq.acmetelecom.net", "sftp.greenfield-hr.com", "smtp.mailrelay.net"])
    port = {"postgres": ":5432", "postgresql": ":5432", "mysql": ":3306", "redis": ":6379", "amqps": ":5671",
            "sftp": ":22", "smtp": ":587", "ftp": "", "mssql": ":1433", "mongodb+srv": "", "https": ""}[scheme]
    path = ch(["/app", "/hr_prod", "/cdr?sslmode=require", "/0", "/", "/inbound", "/billing"])
    if L.go(p):
        pw = pw or url_password()
        url = f"{scheme}://{user}:{pw}@{host}{port}{path}"
        L.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", url, f"{scheme}://{user}:{pw}@{host}{port}"])
        return url
    return ch([f"{scheme}://{user}@{host}{port}{path}", f"{scheme}://{user}:${{DB_PASSWORD}}@{host}{port}{path}",
               f"{scheme}://{host}{port}{path}", f"{scheme}://{user}:****@{host}{port}{path}",
               f"{scheme}://{user}:<password>@{host}{port}{path}"])


def finalize_labels(doc, labels):
    strs = doc_strings(doc)
    joined = "\n\x00".join(strs)

    def present(v):
        return any(v in s for s in strs)

    out = []
    seen = set()
    for lb in labels:
        v = lb["value"]
        if not present(v):
            esc = json.dumps(v, ensure_ascii=False)[1:-1]
            if present(esc):
                v = esc
            else:
                raise AssertionError("label value not in doc: " + v[:40])
        if (lb["type"], v) in seen:
            continue
        seen.add((lb["type"], v))
        cands = list(lb["accept"])
        key = lb.get("_key")
        raw = lb["value"]
        if key:
            for k in {key, key.upper(), key.lower()}:
                cands += [f"{k}={raw}", f'{k}="{raw}"', f"{k}='{raw}'", f"{k}: {raw}", f'{k}: "{raw}"', f"{k}: '{raw}'",
                          f'"{k}": "{raw}"', f'{k} = "{raw}"', f"{k} = '{raw}'", f"{k} => '{raw}'", f'{k} => "{raw}"',
                          f"'{k}' => '{raw}'", f'${k} = "{raw}"', f'{k} := "{raw}"', f"{k} = {raw}", f"{k}:{raw}",
                          f'"{k}":"{raw}"', f"{k}\t{raw}", f'{k}: `{raw}`', f'{k} = `{raw}`', f'{k}: r"{raw}"',
                          f'{k} = r"{raw}"', f"{k}: {raw}"]
        acc = []
        for c in cands:
            if c == raw:
                continue
            for form in (c, json.dumps(c, ensure_ascii=False)[1:-1]):
                if form != v and present(form) and form not in acc:
                    acc.append(form)
                    break
        out.append({"type": lb["type"], "value": v, "accept": acc})
    return out


# ---------------------------------------------------------------- code engine
def casef(name, style):
    parts = name.lower().split("_")
    if style == "upper":
        return name.upper()
    if style == "camel":
        return parts[0] + "".join(p.title() for p in parts[1:])
    if style == "pascal":
        return "".join(p.title() for p in parts)
    return name.lower()


def _pyconcat(a, b):
    return ch([f'"{a}" "{b}"', f'"{a}" + "{b}"', f'("{a}"\n    "{b}")'])


LANGS = {
    "python": dict(ext="py", c="#", style="upper",
                   assign=lambda n, v: f"{n} = {v}",
                   lit=lambda v: ch([f'"{v}"', f"'{v}'", f'r"{v}"']),
                   ml=lambda n, v: f'{n} = """{v}"""',
                   env=lambda n: ch([f'os.environ["{n}"]', f'os.getenv("{n}")', f'os.environ.get("{n}", "")']),
                   concat=_pyconcat,
                   head=["import os", "from dataclasses import dataclass", ""]),
    "typescript": dict(ext="ts", c="//", style=ch(["upper", "camel"]),
                       assign=lambda n, v: f"export const {n} = {v};",
                       lit=lambda v: ch([f'"{v}"', f"'{v}'", f"`{v}`"]),
                       ml=lambda n, v: f"export const {n} = `{v}`;",
                       env=lambda n: ch([f"process.env.{n}", f'process.env["{n}"] ?? ""', f"import.meta.env.VITE_{n}"]),
                       concat=lambda a, b: f'"{a}" +\n  "{b}"',
                       head=["import { z } from 'zod';", ""]),
    "go": dict(ext="go", c="//", style="pascal",
               assign=lambda n, v: f"const {n} = {v}",
               lit=lambda v: ch([f'"{v}"', f"`{v}`"]),
               ml=lambda n, v: f"const {n} = `{v}`",
               env=lambda n: ch([f'os.Getenv("{n}")', f'mustEnv("{n}")']),
               concat=lambda a, b: f'"{a}" +\n\t"{b}"',
               head=["package config", "", 'import "os"', ""]),
    "java": dict(ext="java", c="//", style="upper",
                 assign=lambda n, v: f"    private static final String {n} = {v};",
                 lit=lambda v: f'"{v}"',
                 ml=lambda n, v: f'    private static final String {n} = """\n{v}""";',
                 env=lambda n: ch([f'System.getenv("{n}")', f'@Value("${{{n.lower().replace("_", ".")}}}")']),
                 concat=lambda a, b: f'"{a}"\n        + "{b}"',
                 head=["package com.northwind.telecom.config;", "", "public final class Secrets {"]),
    "kotlin": dict(ext="kt", c="//", style="upper",
                   assign=lambda n, v: f"const val {n} = {v}",
                   lit=lambda v: ch([f'"{v}"', f'"""{v}"""']),
                   ml=lambda n, v: f'val {n} = """{v}"""',
                   env=lambda n: f'System.getenv("{n}") ?: error("missing {n}")',
                   concat=lambda a, b: f'"{a}" +\n    "{b}"',
                   head=["package io.brightpath.ats", ""]),
    "csharp": dict(ext="cs", c="//", style="pascal",
                   assign=lambda n, v: f"    private const string {n} = {v};",
                   lit=lambda v: ch([f'"{v}"', f'@"{v}"']),
                   ml=lambda n, v: f'    private const string {n} = @"{v}";',
                   env=lambda n: f'Environment.GetEnvironmentVariable("{n}")',
                   concat=lambda a, b: f'"{a}" +\n        "{b}"',
                   head=["namespace Kestrel.Intake;", "", "internal static class Settings", "{"]),
    "rust": dict(ext="rs", c="//", style="upper",
                 assign=lambda n, v: f"pub const {n}: &str = {v};",
                 lit=lambda v: ch([f'"{v}"', f'r"{v}"', f'r#"{v}"#']),
                 ml=lambda n, v: f'pub const {n}: &str = r#"{v}"#;',
                 env=lambda n: f'std::env::var("{n}").expect("{n} not set")',
                 concat=lambda a, b: f'concat!("{a}",\n    "{b}")',
                 head=["// generated by build.rs? no - hand written", "use std::env;", ""]),
    "php": dict(ext="php", c="//", style="upper",
                assign=lambda n, v: f"define('{n}', {v});",
                lit=lambda v: ch([f"'{v}'", f'"{v}"']),
                ml=lambda n, v: f"${n.lower()} = <<<'PEM'\n{v}\nPEM;",
                env=lambda n: ch([f"getenv('{n}')", f"$_ENV['{n}']", f"env('{n}')"]),
                concat=lambda a, b: f"'{a}' .\n    '{b}'",
                head=["<?php", "declare(strict_types=1);", ""]),
    "ruby": dict(ext="rb", c="#", style="upper",
                 assign=lambda n, v: f"{n} = {v}.freeze",
                 lit=lambda v: ch([f"'{v}'", f'"{v}"']),
                 ml=lambda n, v: f"{n} = <<~PEM\n{v}\nPEM",
                 env=lambda n: ch([f'ENV.fetch("{n}")', f"ENV['{n}']", f"Rails.application.credentials.{n.lower()}"]),
                 concat=lambda a, b: f"'{a}' \\\n  '{b}'",
                 head=["# frozen_string_literal: true", "", "module Settings"]),
    "swift": dict(ext="swift", c="//", style="camel",
                  assign=lambda n, v: f"    static let {n} = {v}",
                  lit=lambda v: f'"{v}"',
                  ml=lambda n, v: f'    static let {n} = """\n{v}\n"""',
                  env=lambda n: f'ProcessInfo.processInfo.environment["{n}"] ?? ""',
                  concat=lambda a, b: f'"{a}" +\n        "{b}"',
                  head=["import Foundation", "", "enum AppSecrets {"]),
    "scala": dict(ext="scala", c="//", style="camel",
                  assign=lambda n, v: f"  val {n}: String = {v}",
                  lit=lambda v: ch([f'"{v}"', f'"""{v}"""']),
                  ml=lambda n, v: f'  val {n}: String = """{v}"""',
                  env=lambda n: f'sys.env.getOrElse("{n}", "")',
                  concat=lambda a, b: f'"{a}" +\n    "{b}"',
                  head=["package ats.sync", "", "object Conf {"]),
    "elixir": dict(ext="exs", c="#", style="snake",
                   assign=lambda n, v: f"config :sms_gateway, {n}: {v}",
                   lit=lambda v: ch([f'"{v}"', f"~S({v})"]),
                   ml=lambda n, v: f'config :sms_gateway, {n}: """\n{v}\n"""',
                   env=lambda n: f'System.get_env("{n}")',
                   concat=lambda a, b: f'"{a}" <>\n  "{b}"',
                   head=["import Config", ""]),
    "shell": dict(ext="sh", c="#", style="upper",
                  assign=lambda n, v: ch([f"export {n}={v}", f"{n}={v}"]),
                  lit=lambda v: ch([f'"{v}"', f"'{v}'"]),
                  ml=lambda n, v: f"cat > /tmp/{n.lower()}.pem <<'EOF'\n{v}\nEOF",
                  env=lambda n: ch([f'"${{{n}:?missing}}"', f'"$(vault kv get -field={n.lower()} secret/app)"', f'"${n}"']),
                  concat=lambda a, b: f'"{a}""{b}"',
                  head=["#!/usr/bin/env bash", "set -euo pipefail", ""]),
    "powershell": dict(ext="ps1", c="#", style="pascal",
                       assign=lambda n, v: ch([f"${n} = {v}", f"$env:{n} = {v}"]),
                       lit=lambda v: ch([f'"{v}"', f"'{v}'"]),
                       ml=lambda n, v: f"${n} = @'\n{v}\n'@",
                       env=lambda n: ch([f"$env:{n}", f"(Get-Secret -Name {n} -AsPlainText)"]),
                       concat=lambda a, b: f"'{a}' + `\n    '{b}'",
                       head=["#Requires -Version 7", "Set-StrictMode -Version Latest", ""]),
}

TYPED = [
    ("github_token", "GITHUB_TOKEN", gh_token), ("github_token", "GH_DEPLOY_PAT", gh_token),
    ("gitlab_token", "GITLAB_TOKEN", gl_token), ("gitlab_token", "CI_REGISTRY_TOKEN", gl_token),
    ("slack_token", "SLACK_BOT_TOKEN", slack_token), ("slack_token", "SLACK_APP_TOKEN", slack_token),
    ("stripe_key", "STRIPE_SECRET_KEY", stripe_key), ("stripe_key", "STRIPE_API_KEY", stripe_key),
    ("openai_api_key", "OPENAI_API_KEY", openai_key), ("openai_api_key", "LLM_API_KEY", openai_key),
    ("anthropic_api_key", "ANTHROPIC_API_KEY", anthropic_key), ("anthropic_api_key", "CLAUDE_API_KEY", anthropic_key),
    ("google_api_key", "GOOGLE_MAPS_API_KEY", google_key), ("google_api_key", "FIREBASE_API_KEY", google_key),
    ("jwt", "SERVICE_JWT", gen_jwt), ("jwt", "AUTH_TOKEN", gen_jwt), ("jwt", "ID_TOKEN_FIXTURE", gen_jwt),
    ("google_api_key", "GEOCODING_API_KEY", google_key),
    ("webhook_url", "SLACK_WEBHOOK_URL", webhook_url), ("webhook_url", "ALERT_WEBHOOK", webhook_url),
]

_TYPED_ORDER = []


def next_typed():
    """round-robin over the typed label types so every type gets enough instances"""
    if not _TYPED_ORDER:
        types = sorted({t for t, _, _ in TYPED})
        R.shuffle(types)
        _TYPED_ORDER.extend(types)
    typ = _TYPED_ORDER.pop(0)
    return ch([x for x in TYPED if x[0] == typ])


NEG_FILLERS = [
    lambda lg: (lg, "BUILD_SHA", sha1()), lambda lg: (lg, "TENANT_ID", uuid4()), lambda lg: (lg, "APP_VERSION", f"{ri(1, 9)}.{ri(0, 30)}.{ri(0, 99)}"),
    lambda lg: (lg, "PHONE_RE", r"^\+?[1-9]\d{7,14}$"), lambda lg: (lg, "GITHUB_TOKEN_PATTERN", r"ghp_[A-Za-z0-9]{36}"),
    lambda lg: (lg, "CHECKSUM_SHA256", sha256()), lambda lg: (lg, "SUPPORT_EMAIL", role_email()),
    lambda lg: (lg, "SUPPORT_PHONE", tollfree_phone()), lambda lg: (lg, "AWS_REGION", ch(["eu-west-1", "us-east-1", "ap-southeast-2"])),
    lambda lg: (lg, "TEST_VECTOR_B64", base64.b64encode(bytes(R.getrandbits(8) for _ in range(18))).decode()),
    lambda lg: (lg, "STRIPE_PUBLISHABLE_KEY_EXAMPLE", "pk_test_TYooMQauvdEDq54NiTphI7jx"),
    lambda lg: (lg, "DOCS_EXAMPLE_KEY", ch(sorted(VENDOR_EXAMPLE_KEYS))),
    lambda lg: (lg, "ROUTING_NUMBER", ch(["021000021", "026009593", "121000248"])),
    lambda lg: (lg, "WALLET_ADDRESS", "0x" + rs(40, HEX)),
    lambda lg: (lg, "DEFAULT_IMEI", imei()),
    lambda lg: (lg, "MASKED_CARD", masked_card()),
]


def code_items(lang, L, n):
    """Return list of code lines for language `lang`, with labels registered on L."""
    S = LANGS[lang]
    out = []
    nm = lambda base: casef(base, S["style"])
    for _ in range(n):
        k = ch(["typed", "typed", "typed", "typed", "typed", "aws", "generic", "generic", "url", "email", "phone", "pk", "filler", "filler", "split", "env"])
        if k == "typed":
            pos_item = L.go(0.8)
            typ, base, fn = next_typed() if pos_item else ch(TYPED)
            name = nm(base)
            if pos_item:
                v = fn()
                add_typed(L, typ, v, name)
                todo = R.random() < 0.3
                if todo:
                    out.append(f"{S['c']} TODO({ch(['mk', 'jdoe', 'ana'])}): remove before commit, use the vault instead")
                out.append(S["assign"](name, S["lit"](v)))
            else:
                out.append(S["assign"](name, ch([S["env"](base), S["lit"](placeholder())])))
        elif k == "aws":
            n1, n2 = nm("AWS_ACCESS_KEY_ID"), nm("AWS_SECRET_ACCESS_KEY")
            if L.go():
                a, b = aws_key_id(), aws_secret()
                L.add("aws_access_key_id", a, [], n1)
                L.add("aws_secret_access_key", b, [], n2)
                out += [S["assign"](n1, S["lit"](a)), S["assign"](n2, S["lit"](b))]
            else:
                if R.random() < 0.5:
                    out += [S["assign"](n1, S["lit"]("AKIAIOSFODNN7EXAMPLE")), f"{S['c']} from the AWS docs, not a real key",
                            S["assign"](n2, S["lit"]("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))]
                else:
                    out += [S["assign"](n1, S["env"]("AWS_ACCESS_KEY_ID")), S["assign"](n2, S["env"]("AWS_SECRET_ACCESS_KEY"))]
        elif k == "generic":
            names, val = vendor_secret()
            base = ch(names).upper()
            name = nm(base)
            if L.go():
                L.add("generic_secret", val, [], name)
                out.append(S["assign"](name, S["lit"](val)))
            else:
                out.append(S["assign"](name, ch([S["env"](base), S["lit"](placeholder()), S["lit"](env_ref(base))])))
        elif k == "url":
            name = nm(ch(["DATABASE_URL", "REDIS_URL", "BROKER_URL", "PAYROLL_SFTP_URL", "MONGO_URI"]))
            u = url_creds(L)
            out.append(S["assign"](name, S["lit"](u)))
        elif k == "email":
            who = Person()
            e = L.email(who, work=R.random() < 0.5, neg=lambda: ch([role_email(), "you@example.com", "user@domain.tld"]))
            out.append(f"{S['c']} {ch(['Maintainer', 'Owner', 'Contact', 'Author', 'Escalate to'])}: {who.name} <{e}>")
        elif k == "phone":
            ph = L.phone()
            out.append(f"{S['c']} on-call {ch(['primary', 'backup', 'weekend'])}: {Person().name} {ph}")
        elif k == "pk":
            name = nm(ch(["SIGNING_KEY_PEM", "SSH_DEPLOY_KEY", "JWT_PRIVATE_KEY", "SAML_SP_KEY"]))
            if L.go():
                key = gen_private_key()
                if R.random() < 0.35 and lang not in ("shell", "powershell"):
                    esc = key.replace("\n", "\\n")
                    L.add("private_key", esc, [])
                    out.append(S["assign"](name, f'"{esc}"' if lang not in ("php", "ruby") else f'"{esc}"'))
                else:
                    L.add("private_key", key, [])
                    L.multiline = True
                    out.append(S["ml"](name, key))
            else:
                if R.random() < 0.5:
                    L.multiline = True
                    out.append(S["ml"](name, public_key_block()))
                else:
                    out.append(S["assign"](name, S["lit"](ch(["/etc/ssl/private/app.key", "~/.ssh/id_ed25519", "secrets/jwt.pem"]))))
        elif k == "split":
            names, val = vendor_secret()
            name = nm(ch(names).upper())
            cut = len(val) // 2
            out.append(f"{S['c']} split so scanners do not trip on it")
            out.append(S["assign"](name, S["concat"](val[:cut], val[cut:])))
        elif k == "env":
            base = ch(["API_KEY", "DB_PASSWORD", "STRIPE_SECRET_KEY", "TWILIO_AUTH_TOKEN", "OPENAI_API_KEY", "JWT_SECRET"])
            out.append(S["assign"](nm(base), S["env"](base)))
        else:
            _, base, val = ch(NEG_FILLERS)(lang)
            out.append(S["assign"](nm(base), S["lit"](val)))
    return out


def code_file(lang, L):
    S = LANGS[lang]
    lines = list(S["head"]) + code_items(lang, L, ri(3, 7))
    if lang in ("java", "csharp", "swift", "scala"):
        lines.append("}")
    if lang == "ruby":
        lines.append("end")
    if lang == "csharp":
        lines.append("}" if False else "")
    return "\n".join(lines)


def path_for(lang):
    d = ch(["src/config", "internal/settings", "app/config", "lib", "scripts", "services/sms", "pkg/ats", "deploy"])
    f = ch(["secrets", "settings", "config", "constants", "client", "bootstrap", "provider", "keys"])
    return f"{d}/{f}.{LANGS[lang]['ext']}"


def wrap_code(path, lang, content, L):
    w = ch(["text", "raw", "struct", "struct"])
    if w == "struct":
        return "obj", {"path": path, "language": lang, "encoding": "utf-8", "size": len(content.encode()),
                       "sha": sha1(), "content": content}
    numbered = (not L.multiline) and R.random() < 0.5
    if numbered:
        start = ri(1, 40)
        body = "\n".join(f"{i + start:>5}\t{ln}" for i, ln in enumerate(content.split("\n")))
    else:
        body = content
    hdr = ch([f"==> {path} <==\n", f"File: {path}\n", f"{path} (lines 1-{content.count(chr(10)) + 1})\n", ""])
    return ("text" if w == "text" else "rawtext"), hdr + body


def make_code_template(lang):
    def t(L):
        content = code_file(lang, L)
        return wrap_code(path_for(lang), lang, content, L)
    return t


# ---------------------------------------------------------------- special code templates
def t_sql_migration(L):
    rows = []
    for i in range(ri(2, 5)):
        p = Person()
        e = L.email(p, neg=lambda: f"user{ri(1, 999)}@example.com" if False else role_email())
        ph = L.phone(neg=fictional_phone)
        ssn = L.ssn()
        rows.append(f"  ({1000 + i}, '{p.name.replace(chr(39), chr(39) * 2)}', '{e}', '{ph}', '{ssn}', '{fake_date()}')")
    pw = L.generic("password", neg=lambda: "$2b$12$" + rs(53, ALNUM + "./"))
    txt = (f"-- migrations/{ri(2021, 2025)}{ri(1, 12):02d}{ri(10, 28)}_{ri(100000, 999999)}_seed_employees.sql\n"
           "-- seed data for staging; TODO remove real rows before merge\n"
           "CREATE TABLE IF NOT EXISTS employees (\n  id BIGINT PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email CITEXT,\n"
           "  phone TEXT,\n  ssn CHAR(11),\n  dob DATE\n);\n\n"
           "INSERT INTO employees (id, full_name, email, phone, ssn, dob) VALUES\n" + ",\n".join(rows) + ";\n\n"
           f"INSERT INTO service_users (login, password) VALUES ('etl_loader', '{pw}');\n"
           f"-- checksum: {sha256()}\n")
    return ch(["text", "rawtext"]), txt


def t_docker_helm(L):
    if R.random() < 0.5:
        lines = [f"FROM python:3.{ri(9, 12)}-slim", "WORKDIR /srv", "COPY requirements.txt ."]
        nm = ch(["PIP_EXTRA_INDEX_URL", "INDEX_URL"])
        lines.append(f"ARG {nm}={url_creds(L, scheme='https', host='pypi.northwind-logistics.com')}/simple")
        names, val = vendor_secret()
        k = ch(names).upper()
        lines.append(f"ENV {k}={L.generic(k, val)}")
        lines.append(f"ENV SENTRY_RELEASE={sha1()[:12]} APP_VERSION={ri(1, 4)}.{ri(0, 20)}.{ri(0, 9)}")
        if L.go(0.5):
            v = ch([openai_key, anthropic_key, stripe_key])()
            typ = "openai_api_key" if v.startswith("sk-") and not v.startswith("sk-ant") else ("anthropic_api_key" if v.startswith("sk-ant") else "stripe_key")
            kn = {"openai_api_key": "OPENAI_API_KEY", "anthropic_api_key": "ANTHROPIC_API_KEY", "stripe_key": "STRIPE_SECRET_KEY"}[typ]
            add_typed(L, typ, v, kn)
            lines.append(f"ENV {kn}={v}")
        else:
            lines.append("RUN --mount=type=secret,id=api_key export API_KEY=$(cat /run/secrets/api_key) && ./bootstrap.sh")
        lines += ["RUN pip install --no-cache-dir -r requirements.txt", 'CMD ["gunicorn", "app:app"]']
        return ch(["text", "rawtext"]), "Dockerfile\n" + "\n".join(lines) + "\n"
    ph_key = ch(["existingSecret: ats-db-credentials", "passwordFrom: {secretKeyRef: {name: pg, key: password}}"])
    pw = L.generic("password")
    wh = add_typed(L, "webhook_url", webhook_url(), "webhookUrl") if L.go(0.6) else "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
    tok = add_typed(L, "slack_token", slack_token(), "botToken") if L.go(0.5) else "{{ .Values.global.slackToken }}"
    y = (f"# charts/ats-sync/values-{ch(['prod', 'staging'])}.yaml\nimage:\n  repository: ghcr.io/brightpath/ats-sync\n  tag: \"{ri(1, 3)}.{ri(0, 9)}.{ri(0, 9)}\"\n"
         f"  digest: sha256:{sha256()}\npostgresql:\n  auth:\n    username: ats\n    password: \"{pw}\"\n    # {ph_key}\n"
         f"notifications:\n  slack:\n    webhookUrl: {wh}\n    botToken: {tok}\n    channel: \"#hiring-ops\"\n"
         f"resources:\n  limits: {{cpu: 500m, memory: 512Mi}}\n")
    return ch(["text", "rawtext"]), y


def t_jupyter(L):
    cells = []
    src1 = ["import pandas as pd\n", "import requests\n"]
    if L.go():
        v = ch([openai_key, anthropic_key, google_key])()
        typ = "anthropic_api_key" if v.startswith("sk-ant") else ("openai_api_key" if v.startswith("sk-") else "google_api_key")
        add_typed(L, typ, v, "API_KEY")
        src1.append(f'API_KEY = "{v}"  # paste your key here\n')
    else:
        src1.append('API_KEY = os.environ["API_KEY"]  # never paste keys into notebooks\n')
    cells.append({"cell_type": "code", "execution_count": ri(1, 9), "metadata": {}, "source": src1, "outputs": []})
    url = url_creds(L, scheme=ch(["postgresql", "mysql"]))
    cells.append({"cell_type": "code", "execution_count": ri(10, 20), "metadata": {},
                  "source": [f'engine = create_engine("{url}")\n', "df = pd.read_sql('select * from candidates limit 5', engine)\n", "df.head()"],
                  "outputs": [{"output_type": "execute_result", "data": {"text/plain": [
                      "   id  name                email\n",
                      f"0  {ri(100, 999)}  {Person().name}  {L.email(neg=role_email)}\n",
                      f"1  {ri(100, 999)}  {Person().name}  {L.email(neg=lambda: 'jobs@' + ch(WORK_DOMAINS))}\n"]}}]})
    cells.append({"cell_type": "markdown", "metadata": {}, "source": ["## Notes\n", f"Run id `{uuid4()}`; commit {sha1()}\n"]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    if R.random() < 0.5:
        return "obj", {"path": f"notebooks/{ch(['explore', 'attrition', 'cdr_eda'])}.ipynb", "notebook": nb}
    return "rawtext", json.dumps(nb, indent=1, ensure_ascii=False)


def t_build_config(L):
    k = ch(["npmrc", "gradle", "maven", "pip", "cargo"])
    if k == "npmrc":
        tok = L.generic("_authToken", "npm_" + rs(36), neg=lambda: "${NPM_TOKEN}")
        txt = (f"# .npmrc\nregistry=https://registry.npmjs.org/\n@brightpath:registry=https://npm.pkg.github.com\n"
               f"//registry.npmjs.org/:_authToken={tok}\n")
        if L.go(0.6):
            g = add_typed(L, "github_token", "ghp_" + rs(36), "_authToken")
            txt += f"//npm.pkg.github.com/:_authToken={g}\n"
        else:
            txt += "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\n"
        txt += "always-auth=true\n"
    elif k == "gradle":
        pw = L.generic("mavenPassword")
        txt = (f"# gradle.properties\norg.gradle.jvmargs=-Xmx2g\nmavenUser=ci-publisher\nmavenPassword={pw}\n"
               f"signing.keyId={rs(8, HEX).upper()}\nsigning.password={L.generic('signing.password')}\n"
               f"signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nversion={ri(1, 5)}.{ri(0, 9)}.{ri(0, 9)}-SNAPSHOT\n")
    elif k == "maven":
        pw = L.generic("password")
        txt = (f"<!-- ~/.m2/settings.xml -->\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n"
               f"      <username>deploy</username>\n      <password>{pw}</password>\n    </server>\n    <server>\n"
               f"      <id>nexus-snapshots</id>\n      <username>deploy</username>\n      <password>${{env.NEXUS_PASSWORD}}</password>\n"
               f"    </server>\n  </servers>\n</settings>\n")
    elif k == "pip":
        u = url_creds(L, scheme="https", host="nexus.tessera.dev")
        txt = f"# pip.conf\n[global]\nindex-url = {u}/repository/pypi/simple\ntrusted-host = nexus.tessera.dev\ntimeout = 60\n"
    else:
        tok = L.generic("token", "cio" + rs(32))
        txt = f"# ~/.cargo/credentials.toml\n[registry]\ntoken = \"{tok}\"\n\n[registries.internal]\nindex = \"sparse+https://crates.tessera.dev/index/\"\n"
    return ch(["text", "rawtext"]), txt


def _single_line_item(L):
    lang = ch([x for x in LANGS])
    save = L.multiline
    for _ in range(20):
        before = len(L.labels)
        lines = code_items(lang, L, 1)
        if all("\n" not in ln for ln in lines):
            return lang, lines
        del L.labels[before:]
    L.multiline = save
    return lang, [f"{LANGS[lang]['c']} nothing to see"]


def t_grep(L):
    pat = ch(["-rn 'KEY\\|TOKEN\\|SECRET' .", "-rnE '(password|passwd|pwd)\\s*=' src/", "-rn 'sk-' --include=*.py .",
              "-rn '@' config/", "-rnI 'webhook' ."])
    out = [f"$ grep {pat}"]
    for _ in range(ri(3, 7)):
        lang, lines = _single_line_item(L)
        path = path_for(lang)
        ln = ri(3, 400)
        for j, l in enumerate(lines):
            out.append(f"{path}:{ln + j}:{l.strip()}")
    if R.random() < 0.3:
        out.append("Binary file dist/app.bin matches")
    return ch(["text", "rawtext"]), "\n".join(out)


def t_code_search(L):
    items = []
    for _ in range(ri(2, 5)):
        lang, lines = _single_line_item(L)
        items.append({"repository": ch(["brightpath/ats-sync", "acmetelecom/sms-gateway", "kestrel/intake-api", "northwind/cdr-etl"]),
                      "path": path_for(lang), "language": lang, "line": ri(1, 300), "commit": sha1(),
                      "fragment": "\n".join(l.strip() for l in lines), "score": round(R.random() * 10, 3)})
    res = {"query": ch(["api_key", "password language:go", "webhook", "token repo:acmetelecom/*"]), "total_count": len(items) + ri(0, 40),
           "incomplete_results": R.random() < 0.2, "items": items}
    return "obj", res


def t_fixtures(L):
    lang = ch(["python", "typescript", "ruby"])
    people = []
    for i in range(ri(2, 4)):
        p = Person()
        rec = {"id": f"emp_{rs(8, HEX)}", "name": p.name, "email": L.email(p, neg=lambda: ch(["jane@example.com", "user@example.com", role_email()])),
               "phone": L.phone(neg=fictional_phone), "ssn": L.ssn(neg=lambda: ch(["000-00-0000", "123-45-678X", masked_ssn(), "987-65-4321"])),
               "card": L.card(neg=lambda: ch(sorted(TEST_CARDS))), "dob": fake_date()}
        people.append(rec)
    if lang == "python":
        body = "import pytest\n\n\n@pytest.fixture\ndef employees():\n    # seed data copied from prod export, scrub before merge\n    return [\n"
        for r in people:
            body += "        {" + ", ".join(f'"{k}": "{v}"' for k, v in r.items()) + "},\n"
        body += "    ]\n\n\nSTRIPE_TEST_CARD = \"4242 4242 4242 4242\"\n"
    elif lang == "typescript":
        body = "// __mocks__/employees.ts\nexport const employees = [\n"
        for r in people:
            body += "  { " + ", ".join(f"{k}: '{v}'" for k, v in r.items()) + " },\n"
        body += "];\nexport const mockApiKey = 'sk_test_xxx';\n"
    else:
        body = "# spec/fixtures/employees.yml\n"
        for i, r in enumerate(people):
            body += f"employee_{i}:\n" + "".join(f"  {k}: \"{v}\"\n" for k, v in r.items())
    if L.go(0.4):
        names, val = vendor_secret()
        k = ch(names)
        L.add("generic_secret", val, [], k)
        body += f"\n# integration creds (temporary)\n{k} = \"{val}\"\n" if lang != "typescript" else f"\nexport const {k} = \"{val}\";\n"
    return ch(["text", "rawtext", "text"]), body


# ---------------------------------------------------------------- telecom
def _msisdn(L, p=None):
    if L.go(p):
        m, acc = gen_msisdn()
        return L.add("phone_number", m, acc)
    return ch(["447700900" + digits(3), "1555010" + digits(4) if False else "1" + ch(["212", "646"]) + "55501" + digits(2),
               "HASH:" + sha256()[:16], "44791***" + digits(3)])


def t_cdr(L):
    sep = ch([";", "\t", ","])
    hdr = ["record_id", "start_utc", "a_msisdn", "b_number", "imsi", "imei", "cell_id", "duration_s", "rate_plan", "charge_eur"]
    rows = [sep.join(hdr)]
    for i in range(ri(3, 7)):
        b = _msisdn(L, 0.5) if R.random() < 0.6 else ch(["611", "112", tollfree_phone().replace(" ", ""), "SMSC", "7726"])
        rows.append(sep.join([f"CDR{digits(10)}", f"2024-{ri(1, 12):02d}-{ri(1, 28):02d}T{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}Z",
                              _msisdn(L), b, imsi(), imei(), f"{ri(100, 999)}-{ri(1, 99):02d}-{ri(1000, 65000)}-{ri(1, 200)}",
                              str(ri(0, 3600)), ch(["PAYG", "POST-50", "ROAM-EU", "IOT-M2M"]), f"{ri(0, 30)}.{digits(3)}"]))
    txt = "\n".join(rows)
    if R.random() < 0.5:
        return "obj", {"export": "cdr_voice", "partition": f"dt=2024-{ri(1, 12):02d}-{ri(1, 28):02d}", "delimiter": sep,
                       "rows": len(rows) - 1, "csv": txt}
    return ch(["text", "rawtext"]), f"# cdr_export_{digits(8)}.csv (delimiter={sep!r})\n" + txt


def t_porting(L):
    p = Person()
    nums = [{"tn": L.phone(country=ch(["US", "CA", "UK", "DE", "AU"])), "type": ch(["mobile", "fixed"]),
             "current_carrier": ch(["Verizon Wireless", "Rogers", "EE", "Telekom", "Optus"])} for _ in range(ri(1, 3))]
    doc = {"port_request_id": f"PR-{digits(8)}", "status": ch(["submitted", "foc_received", "rejected", "completed"]),
           "losing_carrier_spid": digits(4), "gaining_carrier": "AcmeTelecom", "due_date": f"2025-{ri(1, 12):02d}-{ri(1, 28):02d}",
           "numbers": nums,
           "subscriber": {"name": p.name, "account_number": digits(10), "account_pin": "****",
                          "email": L.email(p), "callback": L.phone(), "ssn_last4": digits(4), "service_address": f"{ri(1, 999)} {ch(['Elm St', 'High St', 'Hauptstr.'])}"},
           "loa_document": {"file": f"loa_{digits(6)}.pdf", "sha256": sha256()},
           "carrier_contact": {"desk": tollfree_phone(), "email": role_email()}, "rejection_code": ch([None, "6F", "8A"])}
    if L.go(0.4):
        doc["api_auth"] = {"Authorization": "Bearer " + add_typed(L, "jwt", gen_jwt(), "Authorization")}
    if R.random() < 0.5:
        return "obj", doc
    return "rawobj", doc


def t_esim(L):
    p = Person()
    doc = {"order_id": f"ES-{rs(10, UPPER_DIG)}", "iccid": iccid(), "eid": "89049032" + digits(24), "imei": imei(),
           "profile_state": ch(["RELEASED", "DOWNLOADED", "ENABLED", "INSTALLED"]), "smdp_address": "smdp.acmetelecom.net",
           "msisdn": _msisdn(L), "customer": {"name": p.name, "email": L.email(p), "dob": fake_date()},
           "trace_id": rs(32, HEX), "created": f"2025-0{ri(1, 9)}-{ri(10, 28)}T{ri(10, 23)}:0{ri(0, 9)}:11Z"}
    cfg = {"es2plus_endpoint": "https://es2.smdp.acmetelecom.net/gsma/rsp2/es2plus",
           "function_requester_id": uuid4(),
           "client_secret": L.generic("client_secret", rs(40, ALNUM)),
           "mutual_tls_key": "/etc/es2/client.key"}
    doc["provisioning_config"] = cfg
    if L.go(0.4):
        wh = add_typed(L, "webhook_url", webhook_url(), "notify_url")
        doc["notify_url"] = wh
    return ch(["obj", "rawobj"]), doc


def t_ivr(L):
    lines = []
    call = "CA" + rs(32, HEX)
    for i in range(ri(5, 9)):
        ts = f"2025-0{ri(1, 9)}-{ri(10, 28)} {ri(8, 20):02d}:{ri(10, 59)}:{ri(10, 59)}.{digits(3)}"
        ev = ch(["ani", "menu", "dtmf", "agent", "callback", "card", "note", "email", "queue"])
        if ev == "ani":
            lines.append(f"{ts} INFO  ivr.{call} ANI={L.phone()} DNIS={tollfree_phone()} lang={ch(['en-US', 'es-MX', 'fr-CA', 'de-DE'])}")
        elif ev == "menu":
            lines.append(f"{ts} DEBUG ivr.{call} menu=main option={ri(1, 9)} prompt=billing_v{ri(2, 6)}.wav")
        elif ev == "dtmf":
            lines.append(f"{ts} INFO  ivr.{call} dtmf capture field=account_pin digits=[masked] len=4")
        elif ev == "agent":
            lines.append(f"{ts} INFO  acd routed to agent={ri(1000, 9999)} skill={ch(['porting', 'billing', 'tech'])} wait={ri(3, 600)}s")
        elif ev == "callback":
            lines.append(f"{ts} INFO  callback requested number={L.phone()} window=\"{ri(9, 16)}:00-{ri(17, 19)}:00\"")
        elif ev == "card":
            lines.append(f"{ts} WARN  pci.{call} pan captured via keypad value={L.card(neg=masked_card)} (pause-resume recording)")
        elif ev == "email":
            lines.append(f"{ts} INFO  crm.{call} customer asked invoice copy to {L.email()}")
        elif ev == "queue":
            lines.append(f"{ts} INFO  queue=billing depth={ri(0, 40)} sla={ri(60, 99)}% trace={rs(32, HEX)}")
        else:
            lines.append(f"{ts} NOTE  agent note: customer {Person().name} disputes roaming charge, imei {imei()}, see ticket #{digits(6)}")
    return ch(["text", "rawtext"]), "\n".join(lines)


def t_sms_gateway(L):
    acct = "AC" + rs(32, HEX)
    msgs = []
    for _ in range(ri(1, 3)):
        msgs.append({"sid": "SM" + rs(32, HEX), "account_sid": acct, "from": L.phone(country=ch(["US", "UK", "CA"]), neg=lambda: ch(["+1 555 0100", "ACMEBANK", "72345"])),
                     "to": L.phone(), "body": ch([f"Your verification code is {digits(6)}", "Your SIM swap request was received.",
                                                  f"Interview confirmed for {ri(1, 28)}/0{ri(1, 9)} at {ri(9, 16)}:00."]),
                     "status": ch(["delivered", "queued", "undelivered"]), "num_segments": "1", "price": f"-0.00{ri(70, 99)}",
                     "messaging_service_sid": "MG" + rs(32, HEX), "error_code": ch([None, 30003, 30007])})
    doc = {"messages": msgs, "page": 0, "page_size": 50, "uri": f"/2010-04-01/Accounts/{acct}/Messages.json?PageSize=50"}
    if L.go(0.7):
        k = ch(["auth_token", "api_secret", "access_key"])
        doc["client_config"] = {"account_sid": acct, k: L.generic(k, rs(32, HEX) if k != "access_key" else rs(25)), "region": ch(["us1", "ie1", "au1"])}
    else:
        doc["client_config"] = {"account_sid": acct, "auth_token": ch(["${TWILIO_AUTH_TOKEN}", "[REDACTED]"]), "region": "us1"}
    return ch(["obj", "rawobj"]), doc


def t_carrier_invoice(L):
    p = Person()
    lines = [f"{ch(['AcmeTelecom', 'Orbital Mobile', 'Fjordline Tel'])} — Invoice {digits(9)}", f"Billing period: 01.{ri(1, 12):02d}.2025 - 30.{ri(1, 12):02d}.2025",
             f"Customer: {p.name}    Account no. {digits(10)}", f"Service number: {L.phone()}", "",
             "Itemised calls:", "  Date        Number called          Min   Amount"]
    for _ in range(ri(2, 5)):
        n = L.phone(p=0.5, neg=lambda: ch([tollfree_phone(), "voicemail 121", fictional_phone()]))
        lines.append(f"  {ri(1, 28):02d}/{ri(1, 12):02d}     {n:<22} {ri(1, 40):>3}   {ri(0, 9)}.{digits(2)}")
    lines += ["", f"Total due: {ri(20, 180)}.{digits(2)} EUR", f"Payment: SEPA direct debit from {L.iban(p=0.6)}",
              f"Mandate ref: MNDT-{digits(8)}   Creditor ID: DE98ZZZ0{digits(10)}",
              f"Questions? Call {tollfree_phone()} or write to {role_email()}"]
    return ch(["text", "rawtext"]), "\n".join(lines)


# ---------------------------------------------------------------- HR / recruiting
def t_ats_json(L):
    p = Person()
    rec = Person()
    doc = {"id": ri(10 ** 8, 10 ** 9), "first_name": p.first, "last_name": p.last,
           "email_addresses": [{"value": L.email(p), "type": "personal"}],
           "phone_numbers": [{"value": L.phone(), "type": "mobile"}],
           "applications": [{"id": ri(10 ** 8, 10 ** 9), "job_id": ri(10 ** 5, 10 ** 6), "requisition": f"REQ-{digits(5)}",
                             "status": ch(["active", "rejected", "hired"]), "current_stage": ch(["Phone Screen", "Onsite", "Offer"])}],
           "recruiter": {"name": rec.name, "email": L.email(rec, work=True)},
           "coordinator": {"email": ch(["recruiting@", "talent@"]) + ch(WORK_DOMAINS)},
           "attachments": [{"filename": f"{p.last}_CV.pdf", "type": "resume"}],
           "tags": ["referral"] if R.random() < 0.3 else []}
    if L.go(0.4):
        ak = aws_key_id()
        L.add("aws_access_key_id", ak, [f"X-Amz-Credential={ak}"])
        doc["attachments"][0]["url"] = (f"https://ats-uploads.s3.amazonaws.com/resumes/{rs(12, HEX)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                                        f"&X-Amz-Credential={ak}%2F2025{ri(1, 12):02d}{ri(10, 28)}%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=604800"
                                        f"&X-Amz-SignedHeaders=host&X-Amz-Signature={sha256()}")
    return ch(["obj", "rawobj", "obj"]), {"candidates": [doc], "next_page": None}


def t_hris_csv(L):
    sep = ch(["\t", ";", ","])
    hdr = ["employee_id", "legal_name", "work_email", "personal_email", "mobile", "ssn", "date_of_birth", "hire_date", "base_salary", "iban"]
    rows = [sep.join(hdr)]
    for _ in range(ri(2, 5)):
        p = Person()
        rows.append(sep.join([f"E{digits(6)}", p.name, L.email(p, work=True, neg=lambda: "—"), L.email(p, p=0.5, neg=lambda: ""),
                              L.phone(neg=lambda: ""), L.ssn(neg=masked_ssn), fake_date(), f"20{ri(10, 25)}-0{ri(1, 9)}-1{ri(0, 9)}",
                              sal().replace(",", ""), L.iban(p=0.4, neg=lambda: "")]))
    txt = "\n".join(rows)
    return ch(["text", "rawtext", "obj"]), txt if R.random() < 0.6 else txt


def t_resume(L):
    p = Person()
    txt = (f"{p.name.upper()}\n{ch(['Senior Data Engineer', 'Network Planning Engineer', 'HR Business Partner', 'Payroll Specialist'])}\n"
           f"{ch(['Lagos, Nigeria', 'Berlin', 'Pune, India', 'São Paulo', 'Dublin', 'Toronto, ON'])} | {L.phone()} | {L.email(p)}\n"
           f"linkedin.com/in/{p.first.lower().translate(ASCII_MAP)}-{p.last.lower().translate(ASCII_MAP)}-{rs(6, HEX)} | github.com/{p.first.lower().translate(ASCII_MAP)}{ri(1, 99)}\n\n"
           "EXPERIENCE\n"
           f"{ch(['AcmeTelecom', 'Northwind Logistics', 'Kestrel Health'])} — {ri(2015, 2020)}–present\n"
           "• Migrated CDR pipeline to Spark; cut cost 40%\n• Built candidate dedup service (Go)\n\n"
           f"EDUCATION\nB.Sc. {ch(['Computer Science', 'Economics', 'Telecommunications'])}, {ri(2008, 2016)}\n\n"
           f"REFERENCES\n{Person().name}, former manager — {L.phone(p=0.6)} — {L.email(work=True, p=0.6, neg=lambda: 'available on request')}\n")
    if R.random() < 0.5:
        return "obj", {"parser": "resume-parse/3.2", "confidence": round(0.7 + R.random() * 0.29, 2), "text": txt,
                       "fields": {"name": p.name, "years_experience": ri(2, 20)}}
    return ch(["text", "rawtext"]), txt


def t_background_i9(L):
    p = Person()
    doc = {"report_id": f"BGC-{rs(10, UPPER_DIG)}", "package": ch(["basic_plus", "pro_criminal", "driver_pro"]),
           "candidate": {"name": p.name, "dob": fake_date(), "ssn": L.ssn(neg=masked_ssn), "email": L.email(p), "phone": L.phone(),
                         "drivers_license": f"{ch(['CA', 'TX', 'NY'])} {rs(1, string.ascii_uppercase)}{digits(7)}"},
           "i9": {"section1": {"citizenship": ch(["us_citizen", "lpr", "authorized_alien"]), "uscis_number": f"A{digits(9)}",
                               "passport_number": rs(9, UPPER_DIG)},
                  "section2": {"list_a": ch(["US Passport", "Permanent Resident Card"]), "expiration": f"20{ri(27, 34)}-0{ri(1, 9)}-1{ri(0, 9)}"},
                  "everify_case": f"{ri(2024, 2025)}{digits(9)}{rs(2, string.ascii_uppercase)}"},
           "adjudicator": {"email": L.email(work=True, p=0.5)}, "status": ch(["clear", "consider", "pending"])}
    if L.go(0.3):
        doc["webhook"] = {"url": f"https://api.{ch(WORK_DOMAINS)}/hooks/bgc", "signing_secret": L.generic("signing_secret", rs(40))}
    return ch(["obj", "rawobj"]), doc


def t_offer_letter(L):
    p = Person()
    rec = Person()
    txt = (f"{ch(['Northwind Logistics Ltd', 'Kestrel Health', 'Tessera GmbH'])}\n\n{p.name}\n{ri(1, 99)} {ch(['Rose Lane', 'Calle Mayor', 'Rue de Lyon'])}\n"
           f"Sent by e-mail to {L.email(p)}\n\nDear {p.first},\n\nWe are delighted to offer you the position of {ch(['Site Reliability Engineer', 'Recruiter', 'Billing Analyst'])} "
           f"starting on {ri(1, 28)} {ch(['March', 'June', 'September'])} 2025 with an annual base salary of {sal()} {ch(['EUR', 'USD', 'GBP'])}.\n"
           f"Your employee ID will be E{digits(6)}. Please return the signed copy through the portal or to {role_email()}.\n\n"
           f"If you have questions, call me directly on {L.phone()} or write to {L.email(rec, work=True)}.\n\nKind regards,\n{rec.name}\nTalent Acquisition\n")
    if L.go(0.25):
        txt += f"\nP.S. Portal login: {p.first.lower()}.{p.last.lower().translate(ASCII_MAP)} / temporary password: {L.add('generic_secret', gen_password(), [], 'temporary password')}\n"
    return ch(["text", "rawtext"]), txt


def t_reference_notes(L):
    cand = Person()
    lines = [f"Reference check — candidate {cand.name} (cand #{digits(7)}, req REQ-{digits(5)})", ""]
    for i in range(ri(1, 3)):
        r = Person()
        lines.append(f"Referee {i + 1}: {r.name}, {ch(['former manager', 'peer', 'client'])} at {ch(['Orbital Mobile', 'Luma Analytics', 'Harbour Bank'])}")
        lines.append(f"  reached on {L.phone()} / {L.email(r, work=R.random() < 0.5)}")
        lines.append(f"  notes: {ch(['strong on incident response', 'would rehire', 'needed coaching on stakeholder comms'])}")
    lines += ["", "Interview schedule:"]
    for _ in range(ri(1, 3)):
        iv = Person()
        lines.append(f"  {ri(9, 16)}:00 {iv.name} <{L.email(iv, work=True, p=0.5, neg=lambda: 'interviews@' + ch(WORK_DOMAINS))}> room {ch(['Fjord', 'Atlas', 'Zoom'])}")
    return ch(["text", "rawtext", "obj"]), "\n".join(lines)


def t_payroll_change(L):
    p = Person()
    mgr = Person()
    doc = {"request_id": f"PCR-{digits(7)}", "employee_id": f"E{digits(6)}", "employee_name": p.name,
           "change_type": ch(["bank_details", "tax_withholding", "address"]), "effective_date": f"2025-{ri(1, 12):02d}-01",
           "old_bank": {"iban_masked": masked_iban(), "bic": ch(["DEUTDEFF", "BNPAFRPP", "AIBKIE2D"])},
           "new_bank": {"iban": L.iban(), "bic": ch(["COBADEFFXXX", "INGBNL2A", "BOFIIE2D"]), "account_holder": p.name},
           "us_direct_deposit": {"routing": ch(["021000021", "011000138", "322271627"]), "account": digits(ri(9, 12))},
           "requested_by": L.email(p, work=True), "approver": {"name": mgr.name, "email": L.email(mgr, work=True)},
           "benefits": {"plan": ch(["PPO-500", "HDHP-HSA", "EPO"]), "dependents": [{"name": Person().name, "relationship": "child",
                                                                                   "ssn": L.ssn(p=0.5)}]}}
    return ch(["obj", "rawobj"]), doc


def t_hr_integration(L):
    y = [f"# integrations/{ch(['workday', 'bamboohr', 'greenhouse'])}.yaml", "sync:", f"  schedule: \"{ri(0, 59)} */{ri(2, 6)} * * *\""]
    y.append(f"  api_base: https://api.{ch(['bamboohr.com', 'greenhouse.io', 'myworkday.com'])}/v1")
    y.append(f"  api_key: {L.generic('api_key', rs(40, HEX))}")
    y.append(f"  client_secret: \"{L.generic('client_secret', rs(48))}\"")
    y.append(f"  payroll_drop: {url_creds(L, scheme='sftp', host='sftp.payroll-partner.com')}")
    if L.go(0.6):
        y.append(f"  new_hire_alerts: {add_typed(L, 'webhook_url', webhook_url(), 'new_hire_alerts')}")
    else:
        y.append("  new_hire_alerts: ${{ secrets.NEW_HIRE_WEBHOOK }}")
    if L.go(0.5):
        t = ch([("github_token", gh_token), ("gitlab_token", gl_token), ("slack_token", slack_token)])
        y.append(f"  repo_token: {add_typed(L, t[0], t[1](), 'repo_token')}")
    y.append(f"  owner: {role_email()}")
    y.append(f"  service_account: svc-hris-sync@{ch(['hr-prod', 'people-ops'])}-{digits(6)}.iam.gserviceaccount.com")
    return ch(["text", "rawtext"]), "\n".join(y)


# ---------------------------------------------------------------- OCR forms
SUB_L2D = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "Z": "2"}
SUB_D2L = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def noisy(text, rate):
    out = []
    for c in text:
        r = R.random()
        if c in SUB_L2D and r < rate:
            out.append(SUB_L2D[c])
        elif c in SUB_D2L and r < rate:
            out.append(SUB_D2L[c])
        elif c == " " and r < rate * 1.5:
            out.append("  ")
        elif c.isalpha() and r < rate * 0.3:
            out.append(c + " ")
        else:
            out.append(c)
    return "".join(out)


def damage(v):
    """Return an OCR-damaged, no longer valid, copy of a value."""
    if "@" in v:
        return ch([v.replace("@", "©"), v.replace("@", "@ "), v.replace("@", "(a)"), v.replace("@", " @")])
    idx = [i for i, c in enumerate(v) if c in SUB_D2L]
    if idx:
        i = ch(idx)
        return v[:i] + SUB_D2L[v[i]] + v[i + 1:]
    cut = len(v) // 2
    return v[:cut] + "-\n" + v[cut:]


def ov(L, kind, p=None, **kw):
    """OCR field value -> ('V', text) protected piece; labelled if L.go, else damaged/negative."""
    gens = {"email": lambda: L.email(**kw, p=1.0), "phone": lambda: L.phone(p=1.0, **kw), "ssn": lambda: L.ssn(p=1.0, **kw),
            "card": lambda: L.card(p=1.0), "iban": lambda: L.iban(p=1.0, **kw)}
    if L.go(p):
        return ("V", gens[kind]())
    r = R.random()
    if r < 0.45:
        raw = {"email": lambda: Person().email(), "phone": lambda: gen_phone()[0], "ssn": lambda: gen_ssn(),
               "card": lambda: gen_card()[0], "iban": lambda: gen_iban()[0]}[kind]()
        return ("V", damage(raw))
    if r < 0.6:
        return ("V", "[illegible]")
    neg = {"email": role_email, "phone": lambda: ch([fictional_phone(), tollfree_phone()]), "ssn": masked_ssn,
           "card": lambda: ch([masked_card(), ch(sorted(TEST_CARDS))]), "iban": lambda: ch([masked_iban(), ch(sorted(TEST_IBANS))])}[kind]
    return ("V", neg())


def ocr_render(title, fields, L, extra_lines=()):
    rate = ch([0.02, 0.04, 0.07])
    lines = [noisy(title, rate / 2), ch(["_" * ri(30, 60), "=" * ri(20, 50), "| " + "_" * ri(20, 40) + " |", ""])]
    i = 0
    while i < len(fields):
        lab, val = fields[i]
        if R.random() < 0.25 and i + 1 < len(fields):
            lab2, val2 = fields[i + 1]
            a = noisy(lab, rate) + ch([": ", " ", ":  ", " |"]) + (val[1] if isinstance(val, tuple) else noisy(str(val), rate))
            b = noisy(lab2, rate) + ch([": ", " "]) + (val2[1] if isinstance(val2, tuple) else noisy(str(val2), rate))
            lines.append(a + " " * ri(3, 14) + ch(["", "| "]) + b)
            i += 2
            continue
        sep = ch([": ", " ", ":  ", " |_", " [ ] ", " ☐ ", ": "])
        v = val[1] if isinstance(val, tuple) else noisy(str(val), rate)
        if R.random() < 0.12 and not isinstance(val, tuple):
            lines.append(noisy(lab, rate) + sep.rstrip())
            lines.append("    " + v)
        else:
            lines.append(noisy(lab, rate) + sep + v + ch(["", "", " |", " _", "  ✓"]))
        i += 1
    for e in extra_lines:
        lines.append(e[1] if isinstance(e, tuple) else noisy(e, rate))
    if R.random() < 0.5:
        lines.insert(ri(2, len(lines)), ch(["[stamp: RECEIVED " + f"{ri(1, 28)} {ch(['JAN', 'FEB', 'MAR', 'APR'])} 2025]", "[illegible]",
                                            "[signature]", "|  |  |", "____  ____  ____", "[handwritten: see attached]"]))
    if R.random() < 0.4:
        lines.append(f"Page {ri(1, 3)} of {ri(3, 5)}   Form rev. {ri(1, 12)}/{ri(2019, 2024)}")
    return "\n".join(lines)


def ocr_wrap(text, L):
    r = R.random()
    if r < 0.33:
        return "obj", {"engine": ch(["tesseract 5.3.4", "abbyy-fr 16", "textract"]), "page": 1, "mean_confidence": round(0.6 + R.random() * 0.35, 3),
                       "lang": ch(["eng", "eng+spa", "eng+fra", "deu"]), "text": text}
    return ("text" if r < 0.7 else "rawtext"), text


def _addr():
    return f"{ri(1, 999)} {ch(['Maple Ave', 'Oak St', 'Sunset Blvd', 'Bridge Rd', 'Calle Luna'])}, {ch(['Austin TX 78701', 'Denver CO 80203', 'Boston MA 02118', 'Miami FL 33130'])}"


def t_ocr_job_app(L):
    p = Person()
    f = [("EMPLOYMENT APPLICATION - Position applied for", ch(["Warehouse Lead", "Call Centre Agent", "Field Technician"])),
         ("Full name (last, first)", f"{p.last}, {p.first}"), ("Address", _addr()), ("Phone", ov(L, "phone")),
         ("E-mail", ov(L, "email", person=p)), ("Social Security No.", ov(L, "ssn")), ("Date of birth", fake_date()),
         ("Are you legally eligible to work in the US?", "[x] Yes  [ ] No"), ("Previous employer", ch(["AcmeTelecom", "Northwind"])),
         ("Supervisor phone", ov(L, "phone", p=0.5))]
    return ocr_wrap(ocr_render("APPLICATION FOR EMPLOYMENT", f, L), L)


def t_ocr_tax(L):
    p = Person()
    f = [("1 Name (as shown on your income tax return)", p.name), ("2 Business name", ch(["", f"{p.last} Consulting LLC"])),
         ("3 Federal tax classification", "[x] Individual/sole proprietor"), ("5 Address", _addr()),
         ("Part I Taxpayer Identification Number (TIN) Social security number", ov(L, "ssn")),
         ("or Employer identification number", f"{ri(10, 99)}-{digits(7)}"),
         ("Signature of U.S. person", "[signature]"), ("Date", f"{ri(1, 12):02d}/{ri(1, 28):02d}/2025"),
         ("Contact e-mail (optional)", ov(L, "email", person=p, p=0.6))]
    return ocr_wrap(ocr_render("Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification", f, L), L)


def t_ocr_medical(L):
    p = Person()
    f = [("PATIENT INTAKE - Name", p.name), ("DOB", fake_date()), ("MRN", f"MRN{digits(8)}"), ("Home / cell phone", ov(L, "phone")),
         ("Email for portal", ov(L, "email", person=p)), ("SSN (optional)", ov(L, "ssn", p=0.5)),
         ("Insurance member ID", rs(3, string.ascii_uppercase) + digits(9)), ("Group #", digits(6)),
         ("Emergency contact", f"{Person().name} ({ch(['spouse', 'mother', 'brother'])})"), ("Emergency phone", ov(L, "phone", p=0.6)),
         ("Allergies", ch(["NKDA", "penicillin", "latex, peanuts"])), ("Current medications", ch(["none", "metformin 500mg", "[illegible]"]))]
    return ocr_wrap(ocr_render("KESTREL HEALTH CLINIC — NEW PATIENT REGISTRATION", f, L), L)


def t_ocr_claim(L):
    p = Person()
    f = [("INSURED NAME", p.name), ("POLICY NUMBER", f"POL-{digits(9)}"), ("CLAIM #", f"CLM{digits(7)}"),
         ("Date of loss", f"{ri(1, 28):02d}.{ri(1, 12):02d}.2025"), ("Description", ch(["water damage kitchen", "rear-end collision", "stolen laptop"])),
         ("Daytime phone", ov(L, "phone")), ("E-mail", ov(L, "email", person=p)),
         ("Payment by card on file", ov(L, "card", p=0.5)), ("Refund to IBAN", ov(L, "iban", p=0.5)),
         ("Adjuster", f"{Person().name} ext. {ri(100, 999)}"), ("Claims desk", ("V", tollfree_phone()))]
    return ocr_wrap(ocr_render("PROPERTY & CASUALTY CLAIM FORM", f, L), L)


def t_ocr_rental(L):
    p = Person()
    f = [("RENTAL APPLICATION  Applicant", p.name), ("Current address", _addr()), ("Monthly rent", f"${ri(900, 3500)}"),
         ("Cell", ov(L, "phone")), ("Email", ov(L, "email", person=p)), ("SSN", ov(L, "ssn")),
         ("Employer / monthly income", f"{ch(['Northwind', 'Kestrel Health'])} / ${ri(3, 12)},{digits(3)}"),
         ("Landlord reference phone", ov(L, "phone", p=0.5)), ("Application fee paid by card", ov(L, "card", p=0.4)),
         ("Pets", ch(["none", "1 cat", "dog (25 lb)"]))]
    return ocr_wrap(ocr_render("HARBOURVIEW PROPERTIES — RESIDENTIAL LEASE APPLICATION", f, L), L)


def t_ocr_loan(L):
    p = Person()
    f = [("Borrower", p.name), ("Social Security Number", ov(L, "ssn")), ("Home phone", ov(L, "phone", p=0.5)), ("Cell phone", ov(L, "phone")),
         ("Email", ov(L, "email", person=p)), ("Loan amount requested", f"${ri(5, 400)},{digits(3)}"),
         ("Gross monthly income", f"${ri(3, 15)},{digits(3)}"), ("Checking acct # / routing", f"{digits(10)} / {ch(['021000021', '121000358'])}"),
         ("Co-borrower SSN", ov(L, "ssn", p=0.4)), ("Loan officer NMLS ID", digits(6))]
    return ocr_wrap(ocr_render("UNIFORM RESIDENTIAL LOAN APPLICATION  (Form 1003)", f, L), L)


def t_ocr_customs(L):
    p = Person()
    f = [("CN23 CUSTOMS DECLARATION  Sender", p.name), ("Sender address", f"{ri(1, 99)} {ch(['Hauptstr.', 'Rue Victor Hugo', 'Via Roma'])}, {ch(['10115 Berlin', '75011 Paris', '00184 Roma'])}"),
         ("Sender phone", ov(L, "phone", country=ch(["DE", "FR", "IT"]))), ("Sender e-mail", ov(L, "email", person=p, p=0.6)),
         ("Addressee", Person().name), ("Addressee phone", ov(L, "phone", p=0.6)), ("Contents", ch(["books", "clothing", "phone case"])),
         ("HS tariff number", f"{digits(4)}.{digits(2)}"), ("Value", f"{ri(5, 300)}.00 EUR"), ("EORI", f"DE{digits(12)}"),
         ("Tracking", f"{rs(2, string.ascii_uppercase)}{digits(9)}DE"), ("Importer's VAT ID", f"FR{digits(11)}")]
    return ocr_wrap(ocr_render("DÉCLARATION EN DOUANE / CUSTOMS DECLARATION", f, L), L)


def t_ocr_mandate(L):
    p = Person()
    f = [("SEPA-LASTSCHRIFTMANDAT / SEPA Direct Debit Mandate", ""), ("Gläubiger-ID / Creditor ID", f"DE{digits(2)}ZZZ0{digits(10)}"),
         ("Mandatsreferenz", f"M-{digits(9)}"), ("Kontoinhaber / Account holder", p.name), ("IBAN", ov(L, "iban", cc=ch(["DE", "AT", "NL", "FR", "BE"]))),
         ("BIC", ch(["COBADEFFXXX", "GENODEF1S04", "INGBNL2A"])), ("Telefon", ov(L, "phone", country=ch(["DE", "NL", "FR"]), p=0.6)),
         ("E-Mail", ov(L, "email", person=p, p=0.6)), ("Ort, Datum", f"{ch(['München', 'Köln', 'Wien'])}, {ri(1, 28)}.{ri(1, 12)}.2025"),
         ("Unterschrift", "[signature]")]
    return ocr_wrap(ocr_render("Stadtwerke Musterstadt — SEPA Mandate", f, L), L)


def t_ocr_access_form(L):
    p = Person()
    fields = [("IT ACCESS REQUEST - New starter", p.name), ("Employee ID", f"E{digits(6)}"), ("Manager", Person().name),
              ("Work e-mail", ov(L, "email", person=p, work=True)), ("Mobile for MFA", ov(L, "phone"))]
    extra = []
    if L.go(0.7):
        pw = L.add("generic_secret", ch([gen_password(), f"Welcome{ri(2024, 2025)}!{rs(4)}"]), [], "Temporary password")
        extra.append(("V", f"Temporary password: {pw}"))
    else:
        extra.append(("V", "Temporary password: (sent by SMS)"))
    if L.go(0.5):
        wifi = L.add("generic_secret", rs(ri(12, 18), ALNUM + "!*-"), [], "Wi-Fi key")
        extra.append(("V", f"Guest Wi-Fi key: {wifi}"))
    if L.go(0.4):
        k = ch(["aws", "gh", "gl"])
        if k == "aws":
            a, b = aws_key_id(), aws_secret()
            L.add("aws_access_key_id", a, [], "Access key ID")
            L.add("aws_secret_access_key", b, [], "Secret access key")
            extra.append(("V", f"Access key ID: {a}"))
            extra.append(("V", f"Secret access key: {b}"))
        elif k == "gh":
            extra.append(("V", "Token: " + add_typed(L, "github_token", gh_token(), "Token")))
        else:
            extra.append(("V", "Token: " + add_typed(L, "gitlab_token", gl_token(), "Token")))
    else:
        extra.append(("V", f"Access key ID: {damage(aws_key_id())}"))
    extra.append("Approved by IT: [signature]   Ticket: INC" + digits(7))
    return ocr_wrap(ocr_render("TESSERA GmbH — SYSTEM ACCESS FORM (printed)", fields, L, extra), L)


# ---------------------------------------------------------------- registry / main
TEMPLATES = {}
for _lg in LANGS:
    TEMPLATES["code_" + _lg] = (make_code_template(_lg), 11)
TEMPLATES.update({
    "code_sql_migration": (t_sql_migration, 10), "code_docker_helm": (t_docker_helm, 10), "code_jupyter": (t_jupyter, 9),
    "code_build_config": (t_build_config, 10), "code_grep_n": (t_grep, 10), "code_search_api": (t_code_search, 11),
    "code_test_fixtures": (t_fixtures, 10),
    "tel_cdr_export": (t_cdr, 10), "tel_number_porting": (t_porting, 10), "tel_esim_provisioning": (t_esim, 10),
    "tel_ivr_log": (t_ivr, 10), "tel_sms_gateway": (t_sms_gateway, 10), "tel_carrier_invoice": (t_carrier_invoice, 10),
    "hr_ats_candidate": (t_ats_json, 10), "hr_hris_export": (t_hris_csv, 10), "hr_resume_parsed": (t_resume, 10),
    "hr_background_i9": (t_background_i9, 10), "hr_offer_letter": (t_offer_letter, 9), "hr_reference_notes": (t_reference_notes, 9),
    "hr_payroll_change": (t_payroll_change, 10), "hr_integration_config": (t_hr_integration, 10),
    "ocr_job_application": (t_ocr_job_app, 10), "ocr_w9_tax": (t_ocr_tax, 9), "ocr_medical_intake": (t_ocr_medical, 10),
    "ocr_insurance_claim": (t_ocr_claim, 10), "ocr_rental_application": (t_ocr_rental, 10), "ocr_loan_application": (t_ocr_loan, 9),
    "ocr_customs_declaration": (t_ocr_customs, 10), "ocr_sepa_mandate": (t_ocr_mandate, 10), "ocr_access_form": (t_ocr_access_form, 10),
})


def build_record(name, fn, pos):
    for attempt in range(200):
        L = Lab(pos)
        kind, content = fn(L)
        if pos and not L.labels:
            continue
        if kind == "obj" and isinstance(content, str):
            content = {"format": "text/csv" if ("\t" in content or ";" in content) else "text/plain", "data": content}
        if kind == "text":
            wrap, doc = "text", content
        elif kind == "rawtext" and R.random() < 0.22:
            wrap, doc = "text", content
        elif kind == "rawtext":
            wrap, doc = "raw-result", {"content": [{"type": "text", "text": content}], "isError": False}
        elif kind == "rawobj":
            txt = json.dumps(content, indent=ch([None, 2]), ensure_ascii=False)
            doc = {"content": [{"type": "text", "text": txt}], "isError": False}
            if R.random() < 0.3:
                doc["structuredContent"] = content
            wrap = "raw-result"
        else:
            if R.random() < 0.12:
                wrap = "raw-result"
                doc = {"content": [{"type": "text", "text": json.dumps(content, ensure_ascii=False)}], "isError": False}
            else:
                wrap, doc = "structured", content
        labels = finalize_labels(doc, L.labels)
        if crosscheck(doc_strings(doc), labels):
            continue
        return wrap, doc, labels
    raise RuntimeError("could not build " + name)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v16.jsonl")
    plan = []
    for name, (fn, n) in TEMPLATES.items():
        k_pos = round(n * 0.55)
        flags = [True] * k_pos + [False] * (n - k_pos)
        R.shuffle(flags)
        for f in flags:
            plan.append((name, f))
    R.shuffle(plan)
    recs = []
    for i, (name, pos) in enumerate(plan):
        fn = TEMPLATES[name][0]
        wrap, doc, labels = build_record(name, fn, pos)
        recs.append({"id": f"v16-{i + 1}", "template": name, "split": "holdout-v16", "wrap": wrap, "doc": doc, "labels": labels})
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out_path}")


if __name__ == "__main__":
    main()
