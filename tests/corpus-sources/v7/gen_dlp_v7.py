#!/usr/bin/env python3
"""Generate dlp_v7.jsonl: held-out DLP test documents shaped like MCP tool results.

Python 3 stdlib only. One seeded random.Random, no clock, no environment input:
running it twice gives byte-identical output.

    python3 gen_dlp_v7.py            # writes dlp_v7.jsonl next to this file
    python3 gen_dlp_v7.py --stats    # also prints counts

All sensitive values are invented here at random (right shape / checksums),
never copied from anywhere.
"""
import base64
import binascii
import json
import os
import random
import re
import string
import sys

SEED = 34
R = random.Random(SEED)

N_DOCS = 450
N_CLEAN = 210

B62 = string.ascii_letters + string.digits
B62_GH = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64U = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"
UP32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
UPAN = string.ascii_uppercase + string.digits


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def ssn_ok(ssn):
    d = re.sub(r"\D", "", ssn)
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


# ---------------------------------------------------------------- people

FIRST = {
    "us": ["Megan", "Tyler", "Jasmine", "Brandon", "Kayla", "Derek", "Alyssa", "Marcus", "Brianna", "Cody", "Shelby", "Trevor"],
    "uk": ["Harriet", "Callum", "Imogen", "Rhys", "Niamh", "Alfie", "Freya", "Ewan", "Poppy", "Declan"],
    "de": ["Jürgen", "Annika", "Lukas", "Svenja", "Matthias", "Birgit", "Tobias", "Henrike", "Jörg", "Maren"],
    "fr": ["Élodie", "Mathis", "Chloé", "Baptiste", "Océane", "Thibault", "Margaux", "Gaëtan"],
    "es": ["Íñigo", "Lucía", "Álvaro", "Nerea", "Sergio", "Begoña", "Rocío", "Joaquín"],
    "it": ["Giulia", "Lorenzo", "Chiara", "Matteo", "Federica", "Davide"],
    "nl": ["Sanne", "Joris", "Femke", "Bram", "Lieke", "Thijs"],
    "in": ["Aarav", "Priya", "Vikram", "Ananya", "Rohan", "Kavya", "Siddharth", "Meera"],
    "br": ["João", "Luana", "Thiago", "Fernanda", "Caio", "Larissa", "Gustavo", "Bianca"],
    "jp": ["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Kenta", "Misaki"],
    "au": ["Lachlan", "Matilda", "Hamish", "Isla", "Bailey", "Ruby", "Jaxon"],
    "ca": ["Étienne", "Madison", "Liam", "Gabrielle", "Owen", "Mélanie"],
}
LAST = {
    "us": ["Kowalski", "Hernandez", "Whitfield", "Okafor", "Lindqvist", "Brennan", "Castillo", "Yoder", "Tran", "McAllister"],
    "uk": ["Pemberton", "Ashworth", "Fairclough", "Gallagher", "Thistlewood", "Oyelaran", "Blackmore", "Quinnell"],
    "de": ["Weiß", "Schröder", "Kühn", "Brandt", "Vogel", "Hoffmann", "Lindemann", "Große"],
    "fr": ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Chevalier", "Fontaine"],
    "es": ["Núñez", "Ibáñez", "Etxeberria", "Castro", "Vidal", "Peña"],
    "it": ["Bianchi", "Esposito", "Ricci", "Marchetti", "Colombo"],
    "nl": ["de Vries", "Bakker", "Visser", "van Dijk", "Smit"],
    "in": ["Iyer", "Chatterjee", "Reddy", "Malhotra", "Nair", "Deshpande"],
    "br": ["Albuquerque", "Carvalho", "Siqueira", "Pereira", "Moura"],
    "jp": ["Tanaka", "Watanabe", "Kobayashi", "Yamamoto", "Fujimoto", "Inoue"],
    "au": ["Fitzgerald", "Nguyen", "Harcourt", "McKenzie", "Papadopoulos"],
    "ca": ["Tremblay", "Gagnon", "Bouchard", "MacDonald", "Lévesque"],
}
MAILHOSTS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "uk": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com"],
    "de": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es"],
    "it": ["libero.it", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl"],
    "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com"],
    "jp": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp"],
    "au": ["bigpond.com", "optusnet.com.au"],
    "ca": ["videotron.ca", "shaw.ca", "rogers.com"],
}
CORP = ["kestrelanalytics.io", "fernwood-health.com", "tanagerfreight.co.uk", "bluefinch.dev", "orrery-labs.com",
        "halyard-insurance.com", "quillmark.de", "paloverde-clinic.org", "ridgelinepay.com", "stonecrop.app",
        "marisol-travel.es", "kintsugi-soft.jp", "wattle-energy.com.au", "boreal-outfitters.ca", "sarvam-fintech.in"]
CORP_SUB = ["eu", "mail", "corp", "staff", "us", "apac", "hq"]
ROLE = ["support", "noreply", "no-reply", "billing", "security", "postmaster", "hr", "info", "sales", "privacy",
        "careers", "alerts", "notifications", "donotreply", "helpdesk", "accounts-payable", "ops", "abuse", "dpo", "team"]
COUNTRIES = list(FIRST)

TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ê": "e", "ç": "c",
                       "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "Í": "I", "Á": "A", "É": "E", "ã": "a",
                       "õ": "o", "â": "a", "ô": "o", "ï": "i", "Ö": "Oe", "Ü": "Ue"})


def ascii_name(s):
    return s.translate(TRANS).replace(" ", "").lower()


class Person:
    def __init__(self, cc=None):
        self.cc = cc or pick(COUNTRIES)
        self.first = pick(FIRST[self.cc])
        self.last = pick(LAST[self.cc])

    @property
    def name(self):
        if self.cc == "jp" and chance(0.3):
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"


def gen_email(p, corp=None):
    f, l = ascii_name(p.first), ascii_name(p.last)
    k = R.random()
    if corp:
        dom = corp if chance(0.6) else f"{pick(CORP_SUB)}.{corp}"
        local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}", f"{l}.{f[0]}"])
        if chance(0.1):
            local += "+" + pick(["jira", "billing", "ci", "vendors", "cal"])
        return f"{local}@{dom}"
    dom = pick(MAILHOSTS[p.cc])
    if k < 0.3 and p.cc in ("de", "fr", "es", "br", "ca") and not (p.first + p.last).isascii():
        # unicode local part (RFC 6531)
        local = f"{p.first.lower()}.{p.last.lower().replace(' ', '')}"
        return f"{local}@{dom}"
    if k < 0.42 and p.cc in ("de", "fr", "es", "br"):
        # internationalised domain name (IDN) written in Unicode
        return f"{f}@" + pick({"de": ["müller-bau.de", "bäckerei-kühn.de", "straßenbahn-fan.de"], "fr": ["café-olé.fr", "élan-vélo.fr"],
                               "es": ["añejo-tienda.es", "peña-bética.es"], "br": ["móveis-são-paulo.com.br", "pão-quente.com.br"]}[p.cc])
    local = pick([f"{f}.{l}", f"{f}{l}{R.randint(1, 99)}", f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}_{l}{R.randint(70, 2005)}"])
    if chance(0.18):
        local += "+" + pick(["shopping", "news", "tax2026", "mcp", "bank", "travel", "recruiters"])
    return f"{local}@{dom}"


def role_email(corp=None):
    return f"{pick(ROLE)}@{corp or pick(CORP)}"


def masked_email(p):
    f = ascii_name(p.first)
    return f"{f[0]}{'*' * R.randint(3, 6)}@{pick(MAILHOSTS[p.cc])}"


# ---------------------------------------------------------------- phones

def _d(n):
    return rs(string.digits, n)


def _nz(n):
    return str(R.randint(1, 9)) + _d(n - 1)


def gen_phone(cc):
    """Return (value, accept) for a plausible, non-fictional-range number."""
    acc = []
    if cc in ("us", "ca"):
        area = pick(["212", "415", "617", "312", "206", "512", "303", "646", "718", "404", "720"] if cc == "us"
                    else ["416", "604", "514", "403", "613", "780", "902"])
        ex = str(R.randint(2, 9)) + _d(2)
        while ex == "555" or ex[1:] == "11":
            ex = str(R.randint(2, 9)) + _d(2)
        ln = _d(4)
        f = R.randint(0, 4)
        v = [f"+1 {area}-{ex}-{ln}", f"({area}) {ex}-{ln}", f"{area}.{ex}.{ln}", f"+1{area}{ex}{ln}",
             f"+1 ({area}) {ex} {ln}"][f]
        if v.startswith("+1 "):
            acc = [v[3:], "1 " + v[3:]]
        elif v.startswith("+1"):
            acc = [v[2:]]
        return v, acc
    if cc == "uk":
        if chance(0.7):
            mid = str(R.randint(400, 999))
            while mid == "700":
                mid = str(R.randint(400, 999))
            rest = _d(6)
            v = pick([f"+44 7{mid} {rest}", f"07{mid} {rest}", f"+44 (0)7{mid} {rest}"])
        else:
            rest = _d(4)
            pre = str(R.randint(3, 8)) + _d(3)
            while pre.startswith("7946"):
                pre = str(R.randint(3, 8)) + _d(3)
            v = pick([f"+44 20 {pre} {rest}", f"020 {pre} {rest}", f"0161 {_nz(3)} {_d(4)}", f"0131 {_nz(3)} {_d(4)}"])
    elif cc == "de":
        v = pick([f"+49 15{R.randint(1, 9)} {_d(4)} {_d(4)}", f"0171 {_d(7)}", f"+49 30 {_nz(8)}",
                  f"+49 (0)89 {_nz(3)} {_d(4)}", f"0176-{_d(8)}"])
    elif cc == "fr":
        a = pick("67")
        g = [_d(2) for _ in range(4)]
        v = pick([f"+33 {a} {' '.join(g)}", f"0{a} {' '.join(g)}", f"0{a}.{'.'.join(g)}", f"+33 1 {' '.join(g)}"])
    elif cc == "es":
        v = pick([f"+34 6{_d(2)} {_d(3)} {_d(3)}", f"6{_d(2)} {_d(2)} {_d(2)} {_d(2)}", f"+34 91 {_d(3)} {_d(2)} {_d(2)}"])
    elif cc == "it":
        v = pick([f"+39 3{R.randint(20, 93)} {_d(3)} {_d(4)}", f"+39 06 {_nz(4)} {_d(4)}"])
    elif cc == "nl":
        v = pick([f"+31 6 {_nz(8)}", f"06-{_nz(8)}", f"+31 20 {_nz(3)} {_d(4)}"])
    elif cc == "in":
        a = pick("6789") + _d(4)
        b = _d(5)
        v = pick([f"+91 {a} {b}", f"+91-{a}-{b}", f"0{a}{b}", f"+91 {a}{b}"])
    elif cc == "br":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        v = pick([f"+55 {ddd} 9{_d(4)}-{_d(4)}", f"({ddd}) 9{_d(4)}-{_d(4)}", f"+55 ({ddd}) 9{_d(4)}-{_d(4)}",
                  f"+55 {ddd} {R.randint(2, 5)}{_d(3)}-{_d(4)}"])
    elif cc == "jp":
        v = pick([f"+81 90-{_d(4)}-{_d(4)}", f"090-{_d(4)}-{_d(4)}", f"080-{_d(4)}-{_d(4)}", f"+81 3-{_d(4)}-{_d(4)}",
                  f"03-{_nz(4)}-{_d(4)}", f"+81 70 {_d(4)} {_d(4)}"])
    elif cc == "au":
        mid = _d(2)
        while mid == "91":
            mid = _d(2)
        v = pick([f"+61 4{mid} {_d(3)} {_d(3)}", f"04{mid} {_d(3)} {_d(3)}", f"(02) 9{_d(3)} {_d(4)}",
                  f"+61 3 9{_d(3)} {_d(4)}"])
    else:
        raise ValueError(cc)
    m = re.match(r"^\+(\d{1,3}) ?(.*)$", v)
    if m:
        acc = [v[1:], m.group(2)]
    return v, acc


FICTIONAL_PHONES = ["(555) 010-{:04d}", "+1 555-01{:02d}", "555-01{:02d}", "07700 900{:03d}", "+44 20 7946 0{:03d}",
                    "0491 570 {:03d}", "+61 491 570 {:03d}", "(02) 5550 {:04d}", "+1 613 555 01{:02d}"]


def fictional_phone():
    t = pick(FICTIONAL_PHONES)
    if "{:04d}" in t and t.startswith("(555)"):
        return t.format(R.randint(100, 199))
    if "{:04d}" in t:
        return t.format(R.randint(0, 9999))
    if "{:02d}" in t:
        return t.format(R.randint(0, 99))
    if t.startswith("0491") or t.startswith("+61 491"):
        return t.format(pick([6, 156, 157, 158, 159, 110, 313, 737]))
    return t.format(R.randint(0, 999))


PUBLIC_LINES = ["1-800-{}-{}", "+1 888 {} {}", "0800 {} {}", "1300 {} {}", "0120-{}-{}", "+49 800 {} {}"]


def public_line():
    t = pick(PUBLIC_LINES)
    return t.format(_d(3), _d(4) if "1-800" in t or "888" in t or "0120" in t or "+49" in t else _d(3))


# ---------------------------------------------------------------- money / ids

IBAN_SPEC = {
    # cc: list of (kind, n)  a=upper letters, n=digits, c=alnum upper
    "DE": [("n", 8), ("n", 10)], "GB": [("a", 4), ("n", 6), ("n", 8)], "FR": [("n", 5), ("n", 5), ("n", 11), ("n", 2)],
    "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)], "IT": [("a", 1), ("n", 5), ("n", 5), ("n", 12)],
    "NL": [("a", 4), ("n", 10)], "BE": [("n", 12)], "CH": [("n", 5), ("n", 12)], "AT": [("n", 16)],
    "PL": [("n", 24)], "PT": [("n", 21)], "IE": [("a", 4), ("n", 6), ("n", 8)], "SE": [("n", 20)],
    "NO": [("n", 11)], "DK": [("n", 14)], "FI": [("n", 14)], "LU": [("n", 3), ("c", 13)],
    "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)], "SA": [("n", 2), ("c", 18)], "AE": [("n", 19)],
    "TR": [("n", 5), ("n", 1), ("n", 16)], "HU": [("n", 24)], "CZ": [("n", 20)], "RO": [("a", 4), ("c", 16)],
    "GR": [("n", 7), ("n", 16)], "LT": [("n", 16)], "LV": [("a", 4), ("c", 13)], "EE": [("n", 16)],
    "HR": [("n", 17)], "SI": [("n", 15)], "MT": [("a", 4), ("n", 5), ("c", 18)], "CY": [("n", 8), ("c", 16)],
    "IS": [("n", 22)], "LI": [("n", 5), ("c", 12)], "MC": [("n", 10), ("c", 11), ("n", 2)], "QA": [("a", 4), ("c", 21)],
    "IL": [("n", 19)], "UA": [("n", 6), ("c", 19)], "KW": [("a", 4), ("c", 22)], "MU": [("a", 4), ("n", 19), ("a", 3)],
}
BANKCODES = {"GB": ["NWBK", "BARC", "MIDL", "LOYD", "MONZ", "REVO"], "NL": ["ABNA", "INGB", "RABO", "BUNQ", "TRIO"],
             "IE": ["AIBK", "BOFI"], "MU": ["MCBL"], "QA": ["QNBA"], "KW": ["NBOK"], "MT": ["MALT"], "RO": ["BTRL"],
             "LV": ["HABA"]}


def gen_iban(cc=None, grouped=None):
    cc = cc or pick(list(IBAN_SPEC))
    bban = ""
    first_alpha = True
    for kind, n in IBAN_SPEC[cc]:
        if kind == "a" and n == 4 and first_alpha and cc in BANKCODES:
            bban += pick(BANKCODES[cc])
        elif kind == "a":
            bban += rs(string.ascii_uppercase, n)
        elif kind == "n":
            bban += _d(n)
        else:
            bban += rs(string.digits * 3 + string.ascii_uppercase, n)
        first_alpha = False
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_ok(iban)
    if grouped is None:
        grouped = chance(0.5)
    if grouped:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "378282246310005", "371449635398431", "6011111111111117", "3056930009020004", "36227206271667",
              "3566002020360505", "6200000000000005", "4111111111111111", "4000000000000002", "4000002500003155",
              "4000000000009995", "5105105105105100", "4012888888881881", "4000000000000259"]


def fmt_card(num, style):
    if style == 0:
        return num
    sep = " " if style == 1 else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def gen_card(brand=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "unionpay", "maestro"])
    pre, ln = {
        "visa": ("4" + _d(5), 16), "mc": (str(R.randint(51, 55)) + _d(4), 16), "mc2": (str(R.randint(2221, 2720)) + _d(2), 16),
        "amex": (pick(["34", "37"]) + _d(4), 15), "disc": (pick(["6011", "65" + _d(2), "644" + _d(1)]) + _d(2), 16),
        "jcb": (str(R.randint(3528, 3589)) + _d(2), 16), "diners": ("36" + _d(4), 14),
        "unionpay": ("62" + _d(4), pick([16, 19])), "maestro": (pick(["6759", "5018", "5020", "6761"]) + _d(2), pick([16, 19])),
    }[brand]
    while True:
        num = luhn_complete(pre + _d(ln - len(pre) - 1))
        if num not in TEST_CARDS and len(set(num[6:])) > 3:
            break
    style = R.choice([0, 1, 1, 2])
    if ln == 19:
        style = pick([0, 1])
    v = fmt_card(num, style)
    acc = [num] if v != num else []
    return v, acc, brand


def gen_ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style if style is not None else R.choice([0, 0, 0, 0, 1, 2])
    sep = ["-", " ", ""][style]
    v = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
    assert ssn_ok(v)
    return v


# ---------------------------------------------------------------- tokens

def b62_fixed(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62_GH[m] + out
    return out.rjust(width, "0")


def gen_github():
    k = R.random()
    if k < 0.75:
        pre = "ghp_" if k < 0.5 else pick(["gho_", "ghu_", "ghs_", "ghr_"])
        body = rs(B62, 30)
        return pre + body + b62_fixed(binascii.crc32(body.encode()), 6)
    return "github_pat_11" + rs(UPAN, 20) + "_" + rs(B62, 59)


def gen_gitlab():
    k = R.random()
    if k < 0.6:
        return "glpat-" + rs(B64U[:-2] + "_-", 20)
    if k < 0.75:
        return "glpat-" + rs(B64U, 27) + "." + "01." + rs(string.ascii_lowercase + string.digits, 9)
    return pick(["gldt-", "glrt-", "glptt-", "glcbt-", "gloas-"]) + rs(B62 + "_-", 20)


def gen_slack():
    k = R.random()
    if k < 0.5:
        return f"xoxb-{_nz(R.choice([11, 12, 13]))}-{_nz(13)}-{rs(B62, 24)}"
    if k < 0.75:
        return f"xoxp-{_nz(12)}-{_nz(12)}-{_nz(13)}-{rs(HEX, 32)}"
    if k < 0.9:
        return f"xapp-1-A{rs(UPAN, 10)}-{_nz(13)}-{rs(HEX, 64)}"
    return f"xoxe.xoxp-1-{rs(B62, 150)}"


def gen_stripe():
    k = R.random()
    if k < 0.6:
        return "sk_live_" + rs(B62, pick([24, 99]))
    if k < 0.85:
        return "rk_live_" + rs(B62, pick([24, 99]))
    return "sk_live_51" + rs(B62, 97)


def gen_openai():
    k = R.random()
    if k < 0.55:
        return "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)
    if k < 0.75:
        return "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)
    if k < 0.85:
        return "sk-admin-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)
    return "sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20)


def gen_anthropic():
    if chance(0.85):
        return "sk-ant-api03-" + rs(B64U, 93) + "AA"
    return "sk-ant-admin01-" + rs(B64U, 93) + "AA"


def gen_google():
    return "AIzaSy" + rs(B64U, 33)


def gen_aws_id(temp=None):
    temp = chance(0.2) if temp is None else temp
    return ("ASIA" if temp else "AKIA") + rs(UP32, 16)


def gen_aws_secret():
    while True:
        s = rs(B64, 40)
        if "EXAMPLE" not in s and sum(c.isdigit() for c in s) >= 3:
            return s


def gen_jwt(claims=None, alg=None):
    alg = alg or pick(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and chance(0.6):
        hdr["kid"] = rs(B64U, 22)
    iat = 1767225600 + R.randint(0, 25_000_000)
    pl = claims or {}
    pl = dict(pl)
    pl.setdefault("sub", pick([rs(HEX, 24), f"user_{_d(7)}", f"auth0|{rs(HEX, 24)}"]))
    pl["iat"] = iat
    pl["exp"] = iat + pick([900, 3600, 86400])
    if chance(0.5):
        pl["iss"] = pick(["https://auth.stonecrop.app/", "https://login.ridgelinepay.com", "kestrel-idp", "https://sso.orrery-labs.com/realms/prod"])
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(bytes(R.getrandbits(8) for _ in range(sig)))])


def _pem(label, prefix, nbytes, width=64):
    body = prefix + base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def gen_private_key():
    k = R.random()
    if k < 0.3:
        return _pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1160)
    if k < 0.55:
        return _pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1150)
    if k < 0.7:
        return _pem("EC PRIVATE KEY", "MHcCAQEEI", 112)
    if k < 0.9:
        return _pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300, 70)
    return _pem("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1220)


def gen_public_block():
    k = R.random()
    if k < 0.4:
        return _pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 250)
    return _pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", 820)


def ssh_pubkey():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43) + " " + pick(["deploy@ci-runner-3", "ops@bastion", "build@mac-mini-04"])


def gen_slack_webhook():
    return f"https://hooks.slack.com/services/T{rs(UPAN, pick([8, 10]))}/B{rs(UPAN, pick([8, 10, 11]))}/{rs(B62, 24)}"


def gen_discord_webhook():
    return f"https://{pick(['discord.com', 'discordapp.com'])}/api/webhooks/{_nz(pick([18, 19]))}/{rs(B64U, 68)}"


def guid():
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def gen_teams_webhook():
    org = pick(["kestrelanalytics", "fernwoodhealth", "tanagerfreight", "halyardins", "ridgeline"])
    return (f"https://{org}.webhook.office.com/webhookb2/{guid()}@{guid()}/IncomingWebhook/{rs(HEX, 32)}/{guid()}"
            + (f"/V2{rs(B64U, 43)}" if chance(0.4) else ""))


def gen_webhook():
    k = R.random()
    if k < 0.45:
        return gen_slack_webhook()
    if k < 0.75:
        return gen_discord_webhook()
    return gen_teams_webhook()


WORDS = ["maple", "orbit", "cobalt", "tundra", "saffron", "quartz", "falcon", "ember", "lagoon", "violet", "granite",
         "juniper", "harbor", "nimbus", "pepper", "walrus", "zephyr", "canyon", "mosaic", "thistle"]


def gen_password():
    k = R.random()
    if k < 0.3:
        return f"{pick(WORDS).capitalize()}{pick('!#%*&$')}{pick(WORDS)}{R.randint(10, 9999)}"
    if k < 0.55:
        return rs(B62 + "!#%^*", R.randint(16, 28))
    if k < 0.75:
        return rs(B62, 32)
    if k < 0.9:
        return rs(HEX, pick([32, 40, 64]))
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(pick([24, 32, 48])))).decode()


def gen_url_password():
    k = R.random()
    if k < 0.4:
        return f"{pick(WORDS).capitalize()}{R.randint(10, 999)}{pick(WORDS)}"
    if k < 0.8:
        return rs(B62, R.randint(14, 30))
    return rs(B62, 10) + pick(["%21", "%40", "%23", "-", "_", "~"]) + rs(B62, 8)


# ---------------------------------------------------------------- hard negatives

def uuid():
    return guid()


def sha(n=64):
    return rs(HEX, n)


def ts():
    mo, d, h, mi, s = R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    y = pick([2025, 2026, 2026])
    return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{pick(['Z', '.%03dZ' % R.randint(0, 999), '+00:00'])}"


def epoch_ms():
    return str(1767225600000 + R.randint(0, 25_000_000_000))


def version():
    return f"{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 30)}"


def order_no():
    return pick([f"ORD-2026-{_d(6)}", f"#{R.randint(100000, 999999)}", f"SO-{_d(8)}", f"PO{_d(7)}"])


def tracking_no():
    return pick([f"1Z{rs(UPAN, 6)}{_d(10)}", f"{_d(12)}", f"JD{_d(16)}", f"9400{_d(18)}", f"LX{_d(9)}DE"])


def invoice_no():
    return pick([f"INV-{pick(['2025', '2026'])}-{_d(5)}", f"RE-{_d(8)}", f"F{_d(9)}", f"2026/{_d(4)}"])


def build_id():
    return pick([f"build-{_d(8)}.{R.randint(1, 30)}", f"run-{_d(10)}", f"{rs(HEX, 12)}", f"pipeline #{_d(7)}"])


def placeholder(kind):
    return pick({
        "openai": ["sk-...", "sk-proj-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "<OPENAI_API_KEY>", "sk-proj-XXXXXXXXXXXXXXXX"],
        "anthropic": ["sk-ant-...", "sk-ant-api03-...", "<your-anthropic-key>", "sk-ant-xxxxxxxx"],
        "github": ["ghp_" + "x" * 36, "ghp_...", "<your-token>", "github_pat_...", "ghp_" + "X" * 36],
        "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-<redacted>", "<gitlab-token>"],
        "slack": ["xoxb-your-bot-token", "xoxb-...", "xoxp-XXXXXXXX", "xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX"],
        "stripe": ["sk_live_...", "sk_live_****************", "<STRIPE_SECRET_KEY>", "sk_test_xxxxxxxxxxxx"],
        "aws": ["AKIAIOSFODNN7EXAMPLE", "AKIA****************", "<AWS_ACCESS_KEY_ID>"],
        "awssecret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<AWS_SECRET_ACCESS_KEY>", "****************************************"],
        "google": ["AIza...", "<GOOGLE_API_KEY>", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
        "password": ["changeme", "<password>", "********", "${DB_PASSWORD}", "{{ .Values.db.password }}", "REDACTED",
                     "$(cat /run/secrets/db_password)", "${{ secrets.DB_PASSWORD }}", "%(PASSWORD)s", "null", "[FILTERED]",
                     "op://Prod/Postgres/password", "vault:secret/data/app#password"],
        "jwt": ["eyJhbGciOi...", "Bearer <token>", "eyJ...<truncated>", "Bearer $ACCESS_TOKEN"],
        "webhook": ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                    "${SLACK_WEBHOOK_URL}", "https://discord.com/api/webhooks/<id>/<token>"],
    }[kind])


def masked(kind):
    return pick({
        "card": [f"**** **** **** {_d(4)}", f"•••• {_d(4)}", f"XXXXXXXXXXXX{_d(4)}", f"{pick('45')}{_d(5)}******{_d(4)}",
                 f"ending in {_d(4)}"],
        "iban": [f"DE** **** **** **** **{_d(2)} {_d(2)}", f"GB** NWBK **** **** {_d(4)} {_d(2)}", f"****{_d(4)}",
                 f"FR76 **** **** **** **** ***{_d(1)} {_d(3)}"],
        "ssn": [f"XXX-XX-{_d(4)}", f"***-**-{_d(4)}", f"last4={_d(4)}"],
        "token": [f"ghp_****{rs(B62, 4)}", f"sk-...{rs(B62, 4)}", f"xoxb-****-{rs(B62, 4)}", f"sk_live_…{rs(B62, 4)}",
                  f"{rs(B62, 4)}{'*' * 20}", f"glpat-…{rs(B62, 4)}", "[REDACTED]", "***"],
        "phone": [f"+44 **** ***{_d(3)}", f"(***) ***-{_d(4)}", f"+49 *** ****{_d(2)}"],
    }[kind])


def npm_integrity():
    return "sha512-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()


def docker_digest():
    return "sha256:" + sha()


def ipaddr():
    return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", f"192.0.2.{R.randint(1, 254)}",
                 f"198.51.100.{R.randint(1, 254)}", f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def pod():
    return f"{pick(['api', 'worker', 'billing-svc', 'ingest', 'notifier', 'mcp-gateway'])}-{rs(string.ascii_lowercase + string.digits, 10)}-{rs(string.ascii_lowercase + string.digits, 5)}"


def arn():
    return f"arn:aws:{pick(['iam', 's3', 'lambda', 'sqs'])}::{_nz(12)}:{pick(['role/ci-deployer', 'user/svc-backup', 'function:resize-img', 'queue-events'])}"


def hn_line():
    """One random hard-negative fact line (no sensitive value)."""
    f = pick([
        lambda: f"request_id={uuid()}",
        lambda: f"commit {sha(40)}",
        lambda: f"image digest {docker_digest()}",
        lambda: f"build {build_id()} finished in {R.randint(30, 900)}s",
        lambda: f"order {order_no()} shipped, tracking {tracking_no()}",
        lambda: f"invoice {invoice_no()} total EUR {R.randint(10, 9000)}.{_d(2)}",
        lambda: f"version {version()} (build {rs(HEX, 7)})",
        lambda: f"key fingerprint SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip('=')}",
        lambda: f"card on file {masked('card')}",
        lambda: f"token {masked('token')}",
        lambda: f"contact {role_email()}",
        lambda: f"see docs: export OPENAI_API_KEY={placeholder('openai')}",
        lambda: f"AWS example key {placeholder('aws')}",
        lambda: f"timestamp {ts()} / {epoch_ms()}",
        lambda: f"integrity {npm_integrity()}",
        lambda: f"trace_id={rs(HEX, 32)} span_id={rs(HEX, 16)}",
        lambda: f"resource {arn()}",
        lambda: f"phone (fictional) {fictional_phone()}",
        lambda: f"support line {public_line()}",
    ])
    return f()


# ================================================================ label context

class Ctx:
    def __init__(self, pos):
        self.pos = pos
        self.labels = []

    def maybe(self, p):
        return self.pos and R.random() < p

    def L(self, typ, value, accept=None):
        self.labels.append({"type": typ, "value": value, "accept": list(accept or [])})
        return value

    # typed helpers -------------------------------------------------------
    def email(self, p, corp=None):
        return self.L("email", gen_email(p, corp))

    def phone(self, cc):
        v, acc = gen_phone(cc)
        return self.L("phone_number", v, acc)

    def iban(self, cc=None, grouped=None):
        if cc is None or chance(0.45):
            cc = pick(list(IBAN_SPEC))  # expats / foreign accounts: any IBAN country
        return self.L("iban", gen_iban(cc, grouped))

    def card(self, brand=None):
        v, acc, _ = gen_card(brand)
        return self.L("payment_card", v, acc)

    def ssn(self, style=None):
        return self.L("us_ssn", gen_ssn(style))

    def tok(self, typ):
        g = {"github_token": gen_github, "gitlab_token": gen_gitlab, "slack_token": gen_slack, "stripe_key": gen_stripe,
             "openai_api_key": gen_openai, "anthropic_api_key": gen_anthropic, "google_api_key": gen_google,
             "aws_access_key_id": gen_aws_id, "aws_secret_access_key": gen_aws_secret, "jwt": gen_jwt,
             "private_key": gen_private_key, "webhook_url": gen_webhook, "generic_secret": gen_password}[typ]
        return self.L(typ, g())

    def secret(self, v=None):
        return self.L("generic_secret", v or gen_password())

    def url_cred(self, scheme, user, host, path="", pw=None):
        pw = pw or gen_url_password()
        url = f"{scheme}://{user}:{pw}@{host}{path}"
        self.L("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", url])
        return url


TOKEN_TYPES = ["github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
               "google_api_key", "aws_access_key_id", "webhook_url", "jwt"]

ENV_NAME = {"github_token": ["GITHUB_TOKEN", "GH_PAT", "GITHUB_PERSONAL_ACCESS_TOKEN"],
            "gitlab_token": ["GITLAB_TOKEN", "CI_PUSH_TOKEN", "GL_API_TOKEN"],
            "slack_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN"],
            "stripe_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_RESTRICTED_KEY"],
            "openai_api_key": ["OPENAI_API_KEY", "OPENAI_KEY", "LLM_API_KEY"],
            "anthropic_api_key": ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"],
            "google_api_key": ["GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY", "GEMINI_API_KEY"],
            "aws_access_key_id": ["AWS_ACCESS_KEY_ID"], "webhook_url": ["SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK", "TEAMS_WEBHOOK_URL", "ALERT_WEBHOOK"],
            "jwt": ["SERVICE_JWT", "API_BEARER", "SUPABASE_SERVICE_ROLE_KEY"]}
PH_KIND = {"github_token": "github", "gitlab_token": "gitlab", "slack_token": "slack", "stripe_key": "stripe",
           "openai_api_key": "openai", "anthropic_api_key": "anthropic", "google_api_key": "google",
           "aws_access_key_id": "aws", "webhook_url": "webhook", "jwt": "jwt"}


def env_pairs(ctx, n, p=0.6, allow=None):
    """KEY=value pairs for configs; in clean mode values are references/placeholders."""
    out = []
    types = list(allow or TOKEN_TYPES)
    R.shuffle(types)
    for t in types[:n]:
        name = pick(ENV_NAME[t])
        if ctx.maybe(p):
            if t == "webhook_url":
                v = ctx.L(t, gen_slack_webhook() if "SLACK" in name else gen_discord_webhook() if "DISCORD" in name
                          else gen_teams_webhook() if "TEAMS" in name else gen_webhook())
            else:
                v = ctx.tok(t)
            out.append((name, v))
            if t == "aws_access_key_id" and chance(0.85):
                out.append(("AWS_SECRET_ACCESS_KEY", ctx.tok("aws_secret_access_key")))
        else:
            v = pick([placeholder(PH_KIND[t]), f"${{{name}}}", "", masked("token")])
            if t == "webhook_url" and v.startswith("https://") and ("SLACK" in name) != ("hooks.slack.com" in v):
                v = f"${{{name}}}"
            out.append((name, v))
    return out


def benign_env():
    return pick([("LOG_LEVEL", pick(["info", "debug", "warn"])), ("PORT", str(pick([3000, 8080, 8000, 5000]))),
                 ("NODE_ENV", "production"), ("TZ", "UTC"), ("FEATURE_FLAGS", "new-checkout,beta-search"),
                 ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"), ("APP_VERSION", version()),
                 ("GIT_SHA", sha(40)), ("S3_BUCKET", f"{pick(['assets', 'exports', 'backups'])}-{_d(4)}-prod"),
                 ("SENTRY_RELEASE", f"web@{version()}"), ("REDIS_HOST", "redis-master.cache.svc.cluster.local"),
                 ("CACHE_TTL_SECONDS", str(R.randint(30, 3600))), ("AWS_REGION", pick(["eu-west-1", "us-east-1", "ap-southeast-2"]))])


def dsn(ctx, p=0.6):
    """A connection string; URL form -> url_credentials, key/value form -> generic_secret."""
    user = pick(["app", "svc_orders", "postgres", "admin", "reporting_ro", "root", "etl"])
    scheme, path = pick([("postgresql", ":5432/orders"), ("postgres", "/analytics?sslmode=require"),
                         ("mysql", ":3306/shop"), ("mongodb+srv", "/prod?retryWrites=true&w=majority"),
                         ("redis", ":6379/0"), ("amqp", ":5672/%2Fprod"), ("rediss", ":6380")])
    host = pick({"postgresql": ["db.internal", "pg-primary.prod.svc", "10.20.3.14", "orders-db.c8x1v2k3.eu-west-1.rds.amazonaws.com"],
                 "postgres": ["pg-replica.analytics.svc", "10.20.3.15", "analytics.cluster-ro-c2v9.us-east-1.rds.amazonaws.com"],
                 "mysql": ["mysql-0.mysql", "shop-db.internal", "10.40.1.7"],
                 "mongodb+srv": ["cluster0.x7k2p.mongodb.net", "prod-shard.q1w2e.mongodb.net"],
                 "redis": ["redis-master.cache.svc", "10.20.9.3"], "rediss": ["redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com"],
                 "amqp": ["mq.internal", "rabbitmq.messaging.svc"]}[scheme])
    k = R.random()
    if ctx.maybe(p):
        if k < 0.7:
            return ctx.url_cred(scheme, user, host, path)
        pw = gen_password().replace(";", "")
        ctx.secret(pw)
        return pick([f"Server={host};Database=Billing;User Id={user};Password={pw};Encrypt=True;",
                     f"host={host} port=5432 dbname=orders user={user} password={pw} sslmode=verify-full",
                     f"jdbc:sqlserver://{host}:1433;databaseName=crm;user={user};password={pw}"])
    return pick([f"{scheme}://{user}@{host}{path}", f"{scheme}://{user}:${{DB_PASSWORD}}@{host}{path}",
                 f"{scheme}://{user}:****@{host}{path}", f"{scheme}://{user}:<password>@{host}{path}",
                 f"Server={host};Database=Billing;Integrated Security=SSPI;", f"{scheme}://{host}{path}",
                 f"postgresql://{host}:5432/orders?user={user}&passfile=/run/secrets/pgpass"])


# ================================================================ wrappers

def as_text(text, kinds=("text", "raw-result"), is_error=False):
    if chance(0.25) and not text.startswith("-----BEGIN"):
        text = text.rstrip("\n") + "\n" + hn_line()
    w = pick(kinds)
    if w == "text":
        return w, text
    return w, {"content": [{"type": "text", "text": text}], "isError": is_error}


def as_obj(obj, labels):
    if isinstance(obj, list):
        obj = {"result": obj}
    k = R.random()
    if k < 0.5:
        return "structured", obj
    text = json.dumps(obj, ensure_ascii=False, indent=pick([None, 2]))
    if all(l["value"] in text for l in labels):
        res = {"content": [{"type": "text", "text": text}], "isError": False}
        if chance(0.3):
            res["structuredContent"] = obj
        return "raw-result", res
    return "structured", obj


def table_psql(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(str(c)) for i, c in enumerate(cols)]
    head = " " + " | ".join(str(c).center(w[i]) for i, c in enumerate(cols))
    sep = "-" + "-+-".join("-" * w[i] for i in range(len(cols))) + "-"
    body = [" " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) for r in rows]
    return "\n".join([head, sep] + body + [f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def table_mysql(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(str(c)) for i, c in enumerate(cols)]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    head = "| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(cols)) + " |"
    body = ["| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) + " |" for r in rows]
    return "\n".join([line, head, line] + body + [line, f"{len(rows)} rows in set ({R.randint(0, 3)}.{_d(2)} sec)"])


def csv_line(vals):
    out = []
    for v in vals:
        v = str(v)
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def city(cc):
    return pick({"us": ["Austin, TX", "Denver, CO", "Boston, MA"], "uk": ["Leeds", "Bristol", "Glasgow"],
                 "de": ["Köln", "Leipzig", "München"], "fr": ["Lyon", "Nantes"], "es": ["Bilbao", "Sevilla"],
                 "it": ["Torino", "Bologna"], "nl": ["Utrecht", "Eindhoven"], "in": ["Pune", "Bengaluru", "Chennai"],
                 "br": ["Campinas", "Recife", "Curitiba"], "jp": ["Sapporo", "Fukuoka", "Osaka"],
                 "au": ["Brisbane", "Hobart", "Perth"], "ca": ["Halifax", "Winnipeg", "Québec"]}[cc])


IBAN_CC_FOR = {"de": "DE", "uk": "GB", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "br": "BR", "ca": None,
               "us": None, "in": None, "jp": None, "au": None}


# ================================================================ templates
# Each template takes ctx (ctx.pos says positive/clean) and returns (wrap, doc).

def t_db_rows_json(ctx):
    rows = []
    if ctx.pos or chance(0.3):
        for i in range(R.randint(1, 4)):
            p = Person()
            row = {"id": R.randint(1000, 99999), "full_name": p.name, "country": p.cc.upper(),
                   "created_at": ts(), "plan": pick(["free", "pro", "team", "enterprise"])}
            row["email"] = ctx.email(p) if ctx.maybe(0.75) else masked_email(p)
            row["phone"] = ctx.phone(p.cc) if ctx.maybe(0.45) else None
            if (IBAN_CC_FOR[p.cc] or chance(0.5)) and ctx.maybe(0.25):
                row["payout_iban"] = ctx.iban(IBAN_CC_FOR[p.cc])
            else:
                row["card_last4"] = _d(4)
            row["stripe_customer"] = "cus_" + rs(B62, 14)
            rows.append(row)
        sql = "SELECT id, full_name, email, phone, country, created_at, plan FROM customers WHERE plan <> 'free' LIMIT 50;"
    else:
        for i in range(R.randint(2, 5)):
            rows.append({"order_id": uuid(), "order_no": order_no(), "status": pick(["paid", "shipped", "refunded"]),
                         "total_cents": R.randint(500, 250000), "currency": pick(["EUR", "USD", "GBP", "JPY"]),
                         "tracking": tracking_no(), "card": masked("card"), "placed_at": ts()})
        sql = "SELECT * FROM orders ORDER BY placed_at DESC LIMIT 5;"
    obj = {"query": sql, "rowCount": len(rows), "command": "SELECT", "rows": rows,
           "fields": [{"name": k, "dataTypeID": pick([23, 25, 1043, 1184])} for k in rows[0]], "duration_ms": R.randint(2, 900)}
    return as_obj(obj, ctx.labels)


def t_psql_table(ctx):
    if ctx.pos:
        kind = pick(["staff", "patients", "contractors"])
        cols = ["id", "name", "email", "mobile"] + (["ssn"] if kind != "staff" or chance(0.5) else ["dept"])
        rows = []
        for i in range(R.randint(2, 4)):
            p = Person(pick(["us", "us", "ca", "uk", "in"]))
            e = ctx.email(p) if ctx.maybe(0.7) else masked_email(p)
            ph = ctx.phone(p.cc) if ctx.maybe(0.5) else ""
            last = ctx.ssn(0) if cols[-1] == "ssn" and p.cc == "us" and ctx.maybe(0.8) else (
                masked("ssn") if cols[-1] == "ssn" else pick(["Finance", "Ops", "R&D"]))
            rows.append([R.randint(1, 9999), p.name, e, ph, last])
        q = f"SELECT id, name, email, mobile, {cols[-1]} FROM {kind} WHERE updated_at > now() - interval '7 days';"
    else:
        cols = ["id", "service", "git_sha", "status", "deployed_at"]
        rows = [[R.randint(1, 9999), pick(["api", "web", "worker", "search"]), sha(40), pick(["ok", "rolled_back"]), ts()]
                for _ in range(R.randint(2, 5))]
        q = "SELECT id, service, git_sha, status, deployed_at FROM deployments ORDER BY id DESC LIMIT 5;"
    text = f"{pick(['analytics', 'app', 'hr'])}=> {q}\n" + table_psql(cols, rows)
    return as_text(text)


def t_mysql_table(ctx):
    if ctx.pos:
        cols = ["payment_id", "customer", "method", "pan_or_iban", "amount", "status"]
        rows = []
        for _ in range(R.randint(1, 4)):
            p = Person()
            if ctx.maybe(0.55):
                m, v = "card", ctx.card()
            elif (IBAN_CC_FOR[p.cc] or chance(0.5)) and ctx.maybe(0.6):
                m, v = "sepa_debit", ctx.iban(IBAN_CC_FOR[p.cc], grouped=False)
            else:
                m, v = "card", masked("card")
            rows.append([R.randint(10 ** 6, 10 ** 7), p.name, m, v, f"{R.randint(5, 900)}.{_d(2)}", pick(["captured", "failed", "pending"])])
        q = "SELECT payment_id, customer, method, pan_or_iban, amount, status FROM legacy_payments WHERE migrated = 0;"
    else:
        cols = ["sku", "ean", "title", "stock", "price"]
        rows = []
        for _ in range(R.randint(2, 5)):
            ean = _d(12)
            rows.append([f"SKU-{rs(UPAN, 6)}", ean + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean)) % 10) % 10),
                         pick(["Trail shoe 42", "USB-C hub", "Espresso beans 1kg", "Rain shell M"]), R.randint(0, 400), f"{R.randint(5, 300)}.{_d(2)}"])
        q = "SELECT sku, ean, title, stock, price FROM products WHERE stock < 50;"
    return as_text(f"mysql> {q}\n" + table_mysql(cols, rows))


def t_csv_export(ctx):
    if ctx.pos:
        hdr = ["Name", "Work email", "Mobile", "Start date", "Bank (IBAN)", "Location"]
        rows = []
        for _ in range(R.randint(2, 5)):
            p = Person(pick(["de", "fr", "es", "it", "nl", "uk", "br", "in", "jp", "au"]))
            corp = pick(CORP)
            rows.append([p.name, ctx.email(p, corp) if ctx.maybe(0.6) else role_email(corp),
                         ctx.phone(p.cc) if ctx.maybe(0.45) else "",
                         f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                         ctx.iban(IBAN_CC_FOR[p.cc]) if IBAN_CC_FOR[p.cc] and ctx.maybe(0.4) else "on file",
                         city(p.cc)])
        title = "New starters Q" + str(R.randint(1, 4))
    else:
        hdr = ["Deal", "Stage", "Amount", "Close date", "Owner queue", "Account line"]
        rows = [[f"{pick(['Acme', 'Globex', 'Initech', 'Umbrella'])} renewal {R.randint(2026, 2027)}",
                 pick(["Proposal", "Negotiation", "Closed won"]), f"{R.randint(1, 900)}000", f"2026-{R.randint(1, 12):02d}-15",
                 role_email(), pick([public_line(), fictional_phone()])] for _ in range(R.randint(2, 5))]
        title = "Pipeline export"
    if chance(0.5):
        text = "\n".join([csv_line(hdr)] + [csv_line(r) for r in rows])
        return as_text(f"# {title} (exported {ts()})\n" + text)
    obj = {"spreadsheetId": rs(B64U, 44), "range": f"'{title}'!A1:F{len(rows) + 1}", "majorDimension": "ROWS",
           "values": [hdr] + rows}
    return as_obj(obj, ctx.labels)


def _log_ts():
    return ts()


def t_log_search_jsonl(ctx):
    lines = []
    svc = pick(["checkout", "auth", "mcp-gateway", "notifier", "billing"])
    for _ in range(R.randint(3, 7)):
        e = {"ts": _log_ts(), "level": pick(["info", "info", "warn", "error", "debug"]), "service": svc,
             "trace_id": rs(HEX, 32), "msg": pick(["request completed", "cache miss", "retrying upstream", "job enqueued"]),
             "duration_ms": R.randint(1, 4000), "request_id": uuid()}
        lines.append(e)
    n = R.randint(1, 3) if ctx.pos else 0
    for e in R.sample(lines, n):
        k = R.random()
        if k < 0.25:
            e["msg"] = "outgoing request"
            e["http"] = {"method": "POST", "url": "https://api.internal/v2/charge",
                         "headers": {"authorization": "Bearer " + ctx.tok("jwt"), "content-type": "application/json"}}
        elif k < 0.45:
            e["level"] = "error"
            e["msg"] = f"db connect failed: {dsn(ctx, 1.0)}: timeout after 5000ms"
        elif k < 0.65:
            p = Person()
            e["msg"] = "signup completed"
            e["user"] = {"email": ctx.email(p), "locale": p.cc}
        elif k < 0.8:
            t = pick(["slack_token", "openai_api_key", "stripe_key", "anthropic_api_key"])
            e["level"] = "error"
            e["msg"] = f"upstream 401 invalid_auth using key {ctx.tok(t)}"
        else:
            e["msg"] = "webhook dispatch failed"
            e["target"] = ctx.tok("webhook_url")
    if not ctx.pos:
        e = pick(lines)
        e["msg"] = pick([f"auth header present: Bearer {masked('token')}", f"config loaded: api_key={placeholder('password')}",
                         f"user {masked_email(Person())} logged in", f"sent receipt to {role_email()}",
                         "redacted 2 fields: password, card_number", f"charge ok card={masked('card')}"])
    if chance(0.5):
        text = "\n".join(json.dumps(l, ensure_ascii=False) for l in lines)
        if all(l["value"] in text for l in ctx.labels):
            return as_text(f"Found {len(lines)} log lines for service:{svc} (last 15m)\n" + text)
    return as_obj({"query": f"service:{svc} status:*", "hits": len(lines), "events": lines}, ctx.labels)


def t_k8s_logs(ctx):
    p = pod()
    out = [f"{ts()} INFO  starting {pick(['api', 'worker', 'scheduler'])} v{version()} (commit {sha(7)})",
           f"{ts()} INFO  listening on 0.0.0.0:{pick([8080, 3000, 9090])}"]
    if ctx.pos:
        out.append(f"{ts()} DEBUG effective configuration:")
        for name, v in env_pairs(ctx, R.randint(2, 4), 0.7, ["aws_access_key_id", "stripe_key", "anthropic_api_key", "openai_api_key",
                                                               "google_api_key", "slack_token", "github_token"]):
            out.append(f"    {name}={v}")
        if chance(0.7):
            out.append(f"    DATABASE_URL={dsn(ctx, 0.85)}")
        out.append(f"    {'='.join(benign_env())}")
    else:
        out.append(f"{ts()} INFO  loaded 7 secrets from /var/run/secrets/app (values hidden)")
        out.append(f"{ts()} DEBUG DATABASE_URL={dsn(ctx)}")
        out.append(f"{ts()} INFO  STRIPE_SECRET_KEY={placeholder('stripe')}")
    out += [f"{ts()} INFO  readiness probe ok ({R.randint(1, 30)}ms)", f"{ts()} INFO  {hn_line()}"]
    text = f"$ kubectl logs -n {pick(['prod', 'payments', 'default'])} {p} --tail=50\n" + "\n".join(out)
    return as_text(text)


def t_nginx_log(ctx):
    ua = pick(["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15",
               "curl/8.7.1", "python-httpx/0.27.0", "Go-http-client/2.0"])
    lines = []
    for _ in range(R.randint(3, 6)):
        path = pick([f"/api/v1/orders/{uuid()}", "/healthz", f"/static/app.{rs(HEX, 8)}.js", f"/track?id={tracking_no()}",
                     f"/invoices/{invoice_no().replace('/', '-')}.pdf"])
        lines.append(f'{ipaddr()} - - [05/Dec/2026:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000] '
                     f'"GET {path} HTTP/1.1" {pick([200, 200, 304, 404])} {R.randint(120, 90000)} "-" "{ua}"')
    if ctx.pos:
        for _ in range(R.randint(1, 3)):
            k = R.random()
            if k < 0.35:
                path = f"/maps/api/geocode/json?address=Berlin&key={ctx.tok('google_api_key')}"
            elif k < 0.6:
                p = Person()
                path = f"/newsletter/confirm?email={ctx.email(p)}&src=footer"
            elif k < 0.8:
                path = f"/api/export?access_token={ctx.tok('jwt')}"
            else:
                path = f"/v1/hooks/relay?token={ctx.secret(rs(B62, 32))}"
            lines.insert(R.randint(0, len(lines)), f'{ipaddr()} - - [05/Dec/2026:1{R.randint(0, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] '
                         f'"GET {path} HTTP/1.1" 200 {R.randint(120, 9000)} "-" "{ua}"')
    else:
        lines.append(f'{ipaddr()} - - [05/Dec/2026:12:00:01 +0000] "GET /search?q=sk-proj-...+format&page=2 HTTP/1.1" 200 5120 "-" "{ua}"')
    return as_text("/var/log/nginx/access.log (grep results)\n" + "\n".join(lines))


def t_ticket(ctx):
    p = Person()
    tid = R.randint(10000, 999999)
    if ctx.pos:
        req = {"name": p.name, "email": ctx.email(p) if ctx.maybe(0.8) else role_email(),
               "phone": ctx.phone(p.cc) if ctx.maybe(0.5) else None}
        k = R.random()
        if k < 0.3:
            desc = (f"Customer called about a double charge. Card used: {ctx.card()} exp {R.randint(1, 12):02d}/{R.randint(27, 31)}. "
                    f"Please refund to the same card. Order {order_no()}.")
        elif k < 0.55 and (IBAN_CC_FOR[p.cc] or chance(0.5)):
            desc = f"Refund should go to bank account {ctx.iban(IBAN_CC_FOR[p.cc])} (account holder {p.name}). Ref {invoice_no()}."
        elif k < 0.75:
            t = pick(["github_token", "gitlab_token", "openai_api_key", "anthropic_api_key"])
            desc = f"Integration stopped working after rotation. Here is the key we configured: {ctx.tok(t)} — can you check scopes?"
        else:
            desc = f"Please update my contact number to {ctx.phone(p.cc)} and send the contract to my private address."
        if ctx.maybe(0.3):
            desc += f" Our staging DB is {dsn(ctx, 1.0)} if you need to reproduce."
    else:
        req = {"name": p.name, "email": role_email(), "phone": None}
        desc = pick([f"Export job {build_id()} fails with HTTP 502 since release {version()}. Request id {uuid()}.",
                     f"Invoice {invoice_no()} shows wrong VAT id DE{_d(9)}; card on file {masked('card')}.",
                     f"Docs say to set OPENAI_API_KEY={placeholder('openai')} but the CLI still asks for a key."])
    obj = {"ticket": {"id": tid, "subject": pick(["Refund request", "API key not working", "Update contact details", "Billing question"]),
                      "status": pick(["open", "pending", "solved"]), "priority": pick(["low", "normal", "high"]),
                      "requester": req, "description": desc, "tags": ["billing", "tier2"], "created_at": ts(),
                      "via": {"channel": pick(["email", "web", "voice"])},
                      "custom_fields": [{"id": _nz(9), "value": order_no()}]}}
    return as_obj(obj, ctx.labels)


def t_crm_contact(ctx):
    if ctx.pos:
        res = []
        for _ in range(R.randint(1, 3)):
            p = Person()
            props = {"firstname": p.first, "lastname": p.last, "email": ctx.email(p, pick(CORP) if chance(0.4) else None),
                     "lifecyclestage": pick(["lead", "customer", "opportunity"]), "hs_object_id": _nz(11),
                     "city": city(p.cc), "createdate": ts()}
            if ctx.maybe(0.6):
                props["mobilephone"] = ctx.phone(p.cc)
            if ctx.maybe(0.2) and (IBAN_CC_FOR[p.cc] or chance(0.5)):
                props["notes_last_contacted"] = f"Asked us to switch direct debit to {ctx.iban(IBAN_CC_FOR[p.cc])}"
            res.append({"id": props["hs_object_id"], "properties": props, "archived": False})
        obj = {"results": res, "paging": {"next": {"after": _d(3)}}}
    else:
        co = pick(CORP)
        obj = {"results": [{"id": _nz(11), "properties": {"name": co.split(".")[0].title(), "domain": co,
                                                           "phone": public_line(), "generic_email": role_email(co),
                                                           "industry": pick(["LOGISTICS", "HEALTHCARE", "SOFTWARE"]),
                                                           "annualrevenue": str(R.randint(1, 900) * 10 ** 5),
                                                           "hs_lastmodifieddate": ts()}, "archived": False}]}
    return as_obj(obj, ctx.labels)


def msgid():
    return f"<{rs(B62 + '+', 20)}.{_d(6)}@{pick(['mail.gmail.com', 'eurprd04.prod.outlook.com', 'mx.stonecrop.app'])}>"


def t_email_thread(ctx):
    a, b = Person(), Person()
    corp = pick(CORP)
    if ctx.pos:
        fa = ctx.email(a, corp) if ctx.maybe(0.8) else role_email(corp)
        fb = ctx.email(b) if ctx.maybe(0.8) else role_email()
        body = [f"Hi {b.first},", ""]
        k = R.random()
        if k < 0.3 and (IBAN_CC_FOR[b.cc] or chance(0.5)):
            body.append(f"Thanks — we have your refund details: IBAN {ctx.iban(IBAN_CC_FOR[b.cc])}. Payment goes out on Friday.")
        elif k < 0.5:
            body.append(f"Temporary password for the vendor portal is {ctx.secret()} — please change it on first login.")
        elif k < 0.65:
            body.append(f"For the W-9 we still need the SSN you gave on the phone ({ctx.ssn()}); please confirm it is correct.")
        else:
            body.append(f"Call me on my mobile {ctx.phone(a.cc)} if the courier does not show up.")
        sig = [f"--", f"{a.name}", f"{pick(['Account Manager', 'Payroll', 'Operations Lead'])}, {corp}"]
        if ctx.maybe(0.5):
            sig.append(f"M: {ctx.phone(a.cc)}")
        sig.append(f"Office: {public_line()}")
        quoted = [f"On {ts()[:10]} {b.name} <{fb}> wrote:", f"> Could you send me the details again?",
                  f"> My new number is {ctx.phone(b.cc) if ctx.maybe(0.4) else 'the same as before'}."]
        to = f"{b.name} <{fb}>"
        frm = f"{a.name} <{fa}>"
        cc = f"Cc: {role_email(corp)}\n"
    else:
        frm = f"{corp.split('.')[0].title()} <{pick(['noreply', 'no-reply', 'notifications'])}@{corp}>"
        to = f"{pick(['team', 'ops', 'finance'])}@{pick(CORP)}"
        cc = ""
        body = ["Hello,", "", f"Your monthly statement {invoice_no()} is ready. Amount due: EUR {R.randint(20, 900)}.{_d(2)}.",
                f"Payment method: {masked('card')}. Questions? Write to {role_email(corp)} or call {public_line()}."]
        sig = ["--", f"{corp} · this mailbox is not monitored"]
        quoted = []
    hdr = (f"Return-Path: <bounce-{rs(HEX, 12)}@{corp}>\nMessage-ID: {msgid()}\nDate: Fri, 05 Dec 2026 {R.randint(7, 19):02d}:{R.randint(10, 59)}:{R.randint(10, 59)} +0100\n"
           f"From: {frm}\nTo: {to}\n{cc}Subject: {pick(['Re: refund', 'Re: onboarding paperwork', 'Your statement', 'Re: delivery tomorrow'])}\n"
           f"DKIM-Signature: v=1; a=rsa-sha256; d={corp}; s=s1; bh={base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()}; "
           f"b={base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()}\n"
           f"List-Unsubscribe: <mailto:unsubscribe@{corp}?subject=unsub-{rs(HEX, 10)}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n")
    text = hdr + "\n" + "\n".join(body + [""] + sig + ([""] + quoted if quoted else []))
    return as_text(text)


def t_chat_export(ctx):
    msgs = []
    users = [f"U0{rs(UPAN, 9)}" for _ in range(3)]
    base = 1764900000 + R.randint(0, 3_000_000)
    texts = ["deploying api to prod now", f"build {build_id()} is green", "can someone review the PR?",
             f"rolled back to {version()}", "lunch?", f"ticket {R.randint(1000, 9999)} closed"]
    for i in range(R.randint(3, 6)):
        msgs.append({"type": "message", "user": pick(users), "text": pick(texts), "ts": f"{base + i * 37}.{_d(6)}"})
    if ctx.pos:
        for _ in range(R.randint(1, 3)):
            k = R.random()
            if k < 0.3:
                t = pick(["github_token", "slack_token", "stripe_key", "openai_api_key", "google_api_key", "gitlab_token", "anthropic_api_key"])
                txt = f"here's the key for staging, don't share: {ctx.tok(t)}"
            elif k < 0.5:
                txt = f"use this incoming webhook for the alerts channel {ctx.tok('webhook_url')}"
            elif k < 0.65:
                txt = f"prod db is {dsn(ctx, 1.0)} (read replica)"
            elif k < 0.85:
                p = Person()
                txt = f"new contractor {p.name}: {ctx.email(p)}, mobile {ctx.phone(p.cc)}"
            elif k < 0.93:
                txt = f"the admin password for the old Jenkins is `{ctx.secret()}`"
            else:
                txt = f"customer read their card out on the call, pls charge manually: {ctx.card()}"
            msgs.insert(R.randint(0, len(msgs)), {"type": "message", "user": pick(users), "text": txt, "ts": f"{base + 999}.{_d(6)}"})
    else:
        msgs.append({"type": "message", "user": pick(users), "ts": f"{base + 999}.{_d(6)}",
                     "text": pick([f"set SLACK_BOT_TOKEN={placeholder('slack')} in your .env, real one is in 1Password",
                                   f"the AWS docs example key {placeholder('aws')} obviously won't work",
                                   f"test with card 4242 4242 4242 4242, any CVC", f"call the venue on {fictional_phone()}",
                                   f"token ends in {masked('token')}, rotate it please"])})
    obj = {"ok": True, "channel": "C0" + rs(UPAN, 9), "messages": msgs, "has_more": False}
    if chance(0.35):
        text = "\n".join(f"[{m['ts']}] <{m['user']}> {m['text']}" for m in msgs)
        return as_text(f"#{pick(['eng-platform', 'ops', 'payments-team'])} export\n" + text)
    return as_obj(obj, ctx.labels)


def t_calendar_ics(ctx):
    uid = f"{rs(string.ascii_lowercase + string.digits, 26)}@google.com"
    corp = pick(CORP)
    att = []
    if ctx.pos:
        org_p = Person()
        org = f"ORGANIZER;CN={org_p.name}:mailto:{ctx.email(org_p, corp) if ctx.maybe(0.8) else role_email(corp)}"
        for _ in range(R.randint(1, 3)):
            p = Person()
            att.append(f"ATTENDEE;CN={p.name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{ctx.email(p) if ctx.maybe(0.7) else role_email()}")
        cand = Person()
        desc = f"Interview with {cand.name}. Candidate mobile: {ctx.phone(cand.cc) if ctx.maybe(0.6) else 'via recruiter'}. Dial-in {public_line()}, PIN {_d(6)}#"
    else:
        org = f"ORGANIZER;CN=Team Calendar:mailto:{pick(['calendar', 'noreply', 'events'])}@{corp}"
        att.append(f"ATTENDEE;CUTYPE=GROUP;CN=Engineering:mailto:{pick(['eng', 'all-hands', 'team'])}@{corp}")
        desc = f"Join: https://meet.{corp}/{rs(string.ascii_lowercase, 3)}-{rs(string.ascii_lowercase, 4)}-{rs(string.ascii_lowercase, 3)} · Dial-in {public_line()} PIN {_d(9)}#"
    day, hr = R.randint(8, 28), R.randint(7, 17)
    ics = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
           "BEGIN:VEVENT", f"DTSTART:202612{day:02d}T{hr:02d}0000Z",
           f"DTEND:202612{day:02d}T{hr:02d}4500Z", f"DTSTAMP:20261205T{R.randint(0, 23):02d}{R.randint(0, 59):02d}00Z", org,
           f"UID:{uid}"] + att + [f"DESCRIPTION:{desc}", f"SUMMARY:{pick(['Interview loop', 'Quarterly review', 'Vendor sync'])}",
                                  f"SEQUENCE:{R.randint(0, 3)}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return as_text("\r\n".join(ics) if chance(0.3) else "\n".join(ics))


def hit(path, line, content):
    return f"{path}:{line}:{content}"


def t_code_search_env(ctx):
    repo = pick(["acme/storefront", "platform/infra", "data/etl-jobs", "mobile/backend", "tools/mcp-servers"])
    path = pick([".env", ".env.production", "services/api/.env.local", "deploy/staging.env", ".env.example"])
    if not ctx.pos and chance(0.5):
        path = pick([".env.example", ".env.sample", "docs/configuration.md"])
    lines = [benign_env() for _ in range(R.randint(1, 3))]
    lines += env_pairs(ctx, R.randint(2, 5), 0.75)
    if ctx.pos and chance(0.5):
        lines.append(("DB_PASSWORD", ctx.secret()))
    elif chance(0.4):
        lines.append(("DB_PASSWORD", placeholder("password")))
    if chance(0.4):
        lines.append(("DATABASE_URL", dsn(ctx, 0.7)))
    R.shuffle(lines)
    out = [f"{len(lines)} matches in {repo}"]
    for i, (k, v) in enumerate(lines):
        out.append(hit(path, i + 1, f"{k}={v}"))
    return as_text("\n".join(out))


def t_code_search_yaml(ctx):
    k = R.random()
    if k < 0.5:
        pg = ctx.secret() if ctx.maybe(0.8) else pick(["${POSTGRES_PASSWORD:?required}", "${POSTGRES_PASSWORD}"])
        envs = env_pairs(ctx, R.randint(1, 3), 0.65, ["stripe_key", "openai_api_key", "anthropic_api_key", "slack_token", "google_api_key"])
        y = ["services:", "  db:", "    image: postgres:16.4", "    environment:", "      POSTGRES_USER: app",
             f"      POSTGRES_PASSWORD: {pg}", "  api:", f"    image: ghcr.io/acme/api@{docker_digest()}", "    environment:"]
        y += [f"      {n}: \"{v}\"" for n, v in envs]
        y += [f"      DATABASE_URL: {dsn(ctx, 0.5)}", "    ports:", "      - \"8080:8080\""]
        path = "docker-compose.yml"
    else:
        y = ["# values-prod.yaml", "image:", f"  tag: \"{version()}\"", "ingress:", "  host: api.stonecrop.app", "secrets:"]
        if ctx.pos:
            y.append(f"  smtpPassword: \"{ctx.secret()}\"" if chance(0.6) else f"  jwtSigningToken: {ctx.tok('jwt')}")
            for n, v in env_pairs(ctx, R.randint(1, 2), 0.7, ["github_token", "gitlab_token", "aws_access_key_id", "webhook_url"]):
                y.append(f"  {n.lower()}: \"{v}\"")
        else:
            y += ["  existingSecret: api-prod-secrets", "  smtpPassword: \"\"  # set via --set-file", "env:",
                  "  - name: STRIPE_SECRET_KEY", "    valueFrom:", "      secretKeyRef: {name: stripe, key: secret}"]
        path = "charts/api/values-prod.yaml"
    text = f"{path} ({pick(['main', 'release/2026.12'])}@{sha(7)})\n" + "\n".join(y)
    return as_text(text)


def t_config_toml_ini(ctx):
    k = R.random()
    if k < 0.35:
        body = ["[server]", f"port = {pick([8080, 9000])}", f"release = \"{version()}\"", "", "[database]",
                f"url = \"{dsn(ctx, 0.7)}\"", "pool_size = 10", "", "[integrations.slack]"]
        if ctx.maybe(0.7):
            body.append(f"bot_token = \"{ctx.tok('slack_token')}\"")
        else:
            body.append("bot_token = \"env:SLACK_BOT_TOKEN\"")
        body.append(f"alerts_webhook = \"{ctx.tok('webhook_url') if ctx.maybe(0.6) else placeholder('webhook')}\"")
        name = "config/production.toml"
    elif k < 0.6:
        body = ["[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__",
                f"password = {ctx.secret('pypi-' + rs(B64U, 150)) if ctx.maybe(0.7) else '<pypi-token>'}", "", "[internal]",
                "repository = https://pypi.internal.example/simple", f"username = {pick(['ci', 'deploy'])}",
                f"password = {ctx.secret() if ctx.maybe(0.6) else '%(INTERNAL_PYPI_PASSWORD)s'}"]
        name = "~/.pypirc"
    elif k < 0.8:
        body = ["[alembic]", "script_location = migrations", f"sqlalchemy.url = {dsn(ctx, 0.8)}", "", "[loggers]", "keys = root,sqlalchemy"]
        name = "alembic.ini"
    else:
        body = ["[default]", f"region = {pick(['eu-central-1', 'us-west-2'])}", "output = json", ""]
        if ctx.pos:
            body += ["[profile backup]", f"aws_access_key_id = {ctx.tok('aws_access_key_id')}"]
            body += [f"aws_secret_access_key = {ctx.tok('aws_secret_access_key')}"] if ctx.maybe(0.9) else []
        else:
            body += ["[profile backup]", "credential_process = /usr/local/bin/aws-vault exec backup --json",
                     f"# example from docs: aws_access_key_id = {placeholder('aws')}"]
        name = "~/.aws/credentials"
    return as_text(f"read_file {name}\n---\n" + "\n".join(body))


def t_terraform(ctx):
    if chance(0.5):
        tf = ['provider "aws" {', f'  region     = "{pick(["eu-west-1", "us-east-1"])}"']
        if ctx.pos:
            tf.append(f'  access_key = "{ctx.tok("aws_access_key_id")}"')
            if ctx.maybe(0.9):
                tf.append(f'  secret_key = "{ctx.tok("aws_secret_access_key")}"')
        else:
            tf.append('  profile    = "prod-deployer"')
        tf += ["}", "", 'resource "aws_db_instance" "orders" {', '  engine         = "postgres"', '  engine_version = "16.4"',
               '  username       = "orders_admin"',
               f'  password       = {chr(34) + ctx.secret() + chr(34) if ctx.maybe(0.6) else "var.db_password"}',
               '  instance_class = "db.t4g.medium"', "}", "", 'variable "datadog_api_key" {', "  type      = string", "  sensitive = true", "}"]
        return as_text("main.tf\n" + "\n".join(tf))
    outputs = {"vpc_id": {"value": f"vpc-{rs(HEX, 17)}", "type": "string", "sensitive": False},
               "bucket_arn": {"value": arn(), "type": "string", "sensitive": False}}
    if ctx.pos:
        outputs["ci_user_access_key"] = {"value": ctx.tok("aws_access_key_id"), "type": "string", "sensitive": False}
        outputs["ci_user_secret"] = {"value": ctx.tok("aws_secret_access_key"), "type": "string", "sensitive": True}
        if ctx.maybe(0.4):
            outputs["maps_key"] = {"value": ctx.tok("google_api_key"), "type": "string", "sensitive": True}
    else:
        outputs["db_password"] = {"value": "(sensitive value)", "type": "string", "sensitive": True}
    return as_obj({"format_version": "1.0", "terraform_version": version(), "outputs": outputs}, ctx.labels)


def t_gha_workflow(ctx):
    y = ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-24.04",
         "    env:", "      NODE_VERSION: \"22\""]
    if ctx.pos:
        for n, v in env_pairs(ctx, R.randint(1, 3), 0.8, ["webhook_url", "github_token", "openai_api_key", "gitlab_token", "google_api_key"]):
            y.append(f"      {n}: {v}")
    y += ["      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}", "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
          "    steps:", f"      - uses: actions/checkout@{sha(40)} # v4.2.2", "      - run: npm ci && npm run build",
          "      - name: notify", "        run: |",
          "          curl -sS -X POST -H 'Content-type: application/json' \\",
          f"            --data '{{\"text\":\"deployed ${{{{ github.sha }}}}\"}}' \\"]
    if ctx.maybe(0.5):
        y.append(f"            {ctx.tok('webhook_url')}")
    else:
        y.append("            \"${{ secrets.SLACK_WEBHOOK_URL }}\"")
    return as_text(".github/workflows/deploy.yml\n" + "\n".join(y))


def t_har(ctx):
    hdrs = [{"name": "accept", "value": "application/json"}, {"name": "traceparent", "value": f"00-{rs(HEX, 32)}-{rs(HEX, 16)}-01"},
            {"name": "x-request-id", "value": uuid()}, {"name": "if-none-match", "value": f"W/\"{rs(HEX, 16)}\""}]
    cookies = [{"name": "_ga", "value": f"GA1.1.{_nz(10)}.{_nz(10)}"}, {"name": "theme", "value": "dark"}]
    post = None
    if ctx.pos:
        k = R.random()
        if k < 0.4:
            hdrs.append({"name": "authorization", "value": "Bearer " + ctx.tok("jwt")})
        elif k < 0.7:
            t = pick(["openai_api_key", "anthropic_api_key", "stripe_key"])
            hdrs.append({"name": pick(["x-api-key", "authorization"]), "value": ctx.tok(t)})
        else:
            cookies.append({"name": "session", "value": ctx.secret(rs(B64U, 43))})
        if ctx.maybe(0.5):
            p = Person()
            post = {"mimeType": "application/json", "text": json.dumps({"email": gen_email(p), "password": gen_password()}, ensure_ascii=False)}
            d = json.loads(post["text"])
            ctx.L("email", d["email"])
            ctx.L("generic_secret", d["password"])
    else:
        hdrs.append({"name": "authorization", "value": pick(["Bearer [REDACTED]", "Basic ********"])})
    entry = {"startedDateTime": ts(), "time": R.randint(20, 2000),
             "request": {"method": "POST" if post else "GET", "url": f"https://app.{pick(CORP)}/api/{pick(['session', 'me', 'billing/summary'])}",
                         "httpVersion": "HTTP/2", "headers": hdrs, "cookies": cookies, "queryString": [],
                         **({"postData": post} if post else {})},
             "response": {"status": 200, "headers": [{"name": "cf-ray", "value": f"{rs(HEX, 16)}-FRA"},
                                                     {"name": "etag", "value": f"\"{rs(HEX, 32)}\""}],
                          "content": {"size": R.randint(100, 9000), "mimeType": "application/json"}}}
    return as_obj({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [entry]}}, ctx.labels)


def t_error_report(ctx):
    frames = [f'  File "/app/{pick(["services", "lib", "api"])}/{pick(["db", "billing", "client", "export"])}.py", line {R.randint(10, 900)}, in {pick(["connect", "charge", "send", "run"])}'
              for _ in range(R.randint(2, 4))]
    if ctx.pos:
        k = R.random()
        if k < 0.4:
            exc = f"sqlalchemy.exc.OperationalError: could not connect to {dsn(ctx, 1.0)}"
        elif k < 0.7:
            exc = f"stripe.error.AuthenticationError: Invalid API Key provided: {ctx.tok('stripe_key')}"
        else:
            exc = f"httpx.HTTPStatusError: 401 for url https://api.github.com/user (token={ctx.tok('github_token')})"
        extra = {}
        if ctx.maybe(0.5):
            p = Person()
            extra["user"] = {"id": _d(6), "email": ctx.email(p)}
        if ctx.maybe(0.3):
            extra["locals"] = {"smtp_password": ctx.secret(), "retries": 3}
        if ctx.maybe(0.3):
            extra["settings"] = {"CACHE_URL": dsn(ctx, 1.0), "DEBUG": False}
    else:
        exc = pick([f"TimeoutError: export {build_id()} exceeded 300s", "KeyError: 'card_last4'",
                    f"ValueError: invalid IBAN checksum for account ref {masked('iban')}"])
        extra = {"user": {"id": _d(6), "email": masked_email(Person())}}
    tb = "Traceback (most recent call last):\n" + "\n".join(frames) + "\n" + exc
    obj = {"event_id": rs(HEX, 32), "release": f"backend@{version()}", "environment": "production", "level": "error",
           "platform": "python", "timestamp": ts(), "exception": {"values": [{"type": exc.split(":")[0], "stacktrace": tb}]},
           "tags": {"commit": sha(40), "pod": pod()}, "extra": extra}
    if chance(0.4):
        return as_text(is_error=chance(0.5), text=f"Sentry issue {pick(['BACKEND', 'API'])}-{rs(UPAN, 3)} ({R.randint(2, 900)} events)\n{tb}\nrelease={obj['release']} commit={obj['tags']['commit']}"
                       + (f"\nuser={extra['user']['email']}" if "user" in extra else "")
                       + (f"\nlocals: smtp_password={extra['locals']['smtp_password']}" if "locals" in extra else ""))
    return as_obj(obj, ctx.labels)


def t_aws_cli(ctx):
    if ctx.pos:
        k = R.random()
        if k < 0.45:
            obj = {"AccessKey": {"UserName": pick(["svc-backup", "ci-deployer", "etl-runner"]), "AccessKeyId": ctx.tok("aws_access_key_id"),
                                 "Status": "Active", "SecretAccessKey": ctx.tok("aws_secret_access_key"), "CreateDate": ts()}}
            cmd = "aws iam create-access-key --user-name " + obj["AccessKey"]["UserName"]
        elif k < 0.7:
            obj = {"AccessKeyMetadata": [{"UserName": "svc-backup", "AccessKeyId": ctx.L("aws_access_key_id", gen_aws_id(False)),
                                          "Status": pick(["Active", "Inactive"]), "CreateDate": ts()} for _ in range(R.randint(1, 3))]}
            cmd = "aws iam list-access-keys --user-name svc-backup"
        else:
            pw = gen_password().replace('"', "")
            ctx.secret(pw)
            obj = {"ARN": arn(), "Name": "prod/orders/db", "VersionId": uuid(),
                   "SecretString": json.dumps({"username": "orders_admin", "password": pw, "host": "orders-db.internal", "port": 5432}),
                   "VersionStages": ["AWSCURRENT"], "CreatedDate": ts()}
            cmd = "aws secretsmanager get-secret-value --secret-id prod/orders/db"
    else:
        k = R.random()
        if k < 0.4:
            acct = _nz(12)
            obj = {"UserId": "AIDA" + rs(UP32, 17), "Account": acct, "Arn": f"arn:aws:iam::{acct}:user/ci-deployer"}
            cmd = "aws sts get-caller-identity"
        elif k < 0.7:
            obj = {"Reservations": [{"Instances": [{"InstanceId": f"i-{rs(HEX, 17)}", "ImageId": f"ami-{rs(HEX, 17)}",
                                                    "PrivateIpAddress": ipaddr(), "State": {"Name": "running"},
                                                    "LaunchTime": ts(), "KeyName": "ops-2026"}]}]}
            cmd = "aws ec2 describe-instances --filters Name=tag:app,Values=api"
        else:
            obj = {"ARN": arn(), "Name": "prod/orders/db", "VersionId": uuid(), "VersionStages": ["AWSCURRENT"],
                   "RotationEnabled": True, "LastRotatedDate": ts(), "Description": "value not shown (describe-secret)"}
            cmd = "aws secretsmanager describe-secret --secret-id prod/orders/db"
    w, doc = as_obj(obj, ctx.labels)
    if w == "raw-result":
        doc["content"].insert(0, {"type": "text", "text": f"$ {cmd}"})
    return w, doc


def t_gcloud_az(ctx):
    if ctx.pos:
        k = R.random()
        if k < 0.35:
            obj = {"keyString": ctx.tok("google_api_key")}
            cmd = f"gcloud services api-keys get-key-string projects/{_nz(12)}/locations/global/keys/{uuid()}"
        elif k < 0.7:
            pw = rs(B62 + "~._-", 40)
            obj = {"appId": uuid(), "displayName": "gh-actions-deployer", "password": ctx.secret(pw), "tenant": uuid()}
            cmd = "az ad sp create-for-rbac --name gh-actions-deployer --role contributor"
        else:
            obj = [{"keyName": "key1", "permissions": "FULL", "value": ctx.secret(base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode())},
                   {"keyName": "key2", "permissions": "FULL", "value": ctx.secret(base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()) if ctx.maybe(0.5) else "(rotated)"}]
            if obj[1]["value"] == "(rotated)":
                obj = obj[:1]
            cmd = "az storage account keys list -g rg-prod -n stprodexports"
    else:
        k = R.random()
        if k < 0.5:
            obj = [{"projectId": f"{pick(['acme', 'orrery', 'kestrel'])}-prod-{_d(4)}", "projectNumber": _nz(12), "lifecycleState": "ACTIVE",
                    "createTime": ts()} for _ in range(R.randint(1, 3))]
            cmd = "gcloud projects list --format=json"
        else:
            obj = {"environmentName": "AzureCloud", "id": uuid(), "isDefault": True, "name": "prod-subscription", "state": "Enabled",
                   "tenantId": uuid(), "user": {"name": uuid(), "type": "servicePrincipal"}}
            cmd = "az account show"
    w, doc = as_obj(obj, ctx.labels)
    if w == "raw-result":
        doc["content"].insert(0, {"type": "text", "text": f"$ {cmd}"})
    return w, doc


def t_invoice_pdf(ctx):
    sup = pick(CORP)
    cust = Person(pick(["de", "fr", "es", "it", "nl", "uk"]))
    lines = [f"{sup.split('.')[0].upper()} GmbH" if sup.endswith(".de") else sup.split(".")[0].title() + " Ltd",
             f"VAT ID: {pick(['DE', 'GB', 'FR', 'NL'])}{_d(9)} · Registered office {city(pick(['de', 'uk', 'nl']))}",
             "", f"INVOICE {invoice_no()}", f"Date: {R.randint(1, 28):02d}.12.2026   Due: {R.randint(1, 28):02d}.01.2027",
             f"Customer: {cust.name}, {city(cust.cc)}"]
    if ctx.pos:
        if ctx.maybe(0.75):
            lines.append(f"Customer e-mail: {ctx.email(cust)}")
        if ctx.maybe(0.4):
            lines.append(f"Tel.: {ctx.phone(cust.cc)}")
    lines += ["", "Pos  Description                 Qty   Unit      Amount",
              f"1    Consulting {pick(['Nov', 'Dec'])} 2026          {R.randint(1, 40)}    95.00     {R.randint(100, 3800)}.00",
              f"2    Licence seat (annual)       {R.randint(1, 9)}    240.00    {R.randint(240, 2160)}.00", "", f"Total EUR {R.randint(500, 9000)}.{_d(2)}", ""]
    if ctx.pos and ctx.maybe(0.85):
        lines.append(f"Please transfer to IBAN {ctx.iban(pick(['DE', 'NL', 'FR', 'AT', 'BE', 'IE', 'LU', 'PT', 'FI']))}  BIC {rs(string.ascii_uppercase, 4)}{pick(['DE', 'NL', 'FR'])}{rs(UPAN, 2)}XXX")
    else:
        lines.append(f"Paid by card {masked('card')} on {ts()[:10]} — thank you. Order ref {order_no()}.")
    lines.append(f"Questions: {role_email(sup)} · {public_line()}")
    text = "\n".join(lines)
    return as_text(f"[pdf-to-text: invoice_{_d(6)}.pdf, page 1/1]\n" + text)


def t_contract_pdf(ctx):
    a = Person(pick(["us", "uk", "de", "ca", "au"]))
    if ctx.pos:
        ident = ""
        if a.cc == "us" and ctx.maybe(0.8):
            ident = f", SSN {ctx.ssn()}"
        parts = [f"EMPLOYMENT AGREEMENT", "", f"This agreement is made between {pick(CORP).split('.')[0].title()} Inc. (\"Employer\") and",
                 f"{a.name}{ident}, residing in {city(a.cc)} (\"Employee\").", "",
                 f"1. Notices. Notices to the Employee shall be sent to {ctx.email(a) if ctx.maybe(0.7) else 'the home address above'}"
                 + (f" or by phone to {ctx.phone(a.cc)}." if ctx.maybe(0.5) else "."),
                 f"2. Salary is paid monthly" + (f" to account {ctx.iban(IBAN_CC_FOR[a.cc])}." if IBAN_CC_FOR[a.cc] and ctx.maybe(0.7) else " by direct deposit."),
                 "3. Confidentiality. The Employee shall not disclose ...", "", "Signed: ______________________   Date: __________"]
    else:
        parts = ["RESIDENTIAL TENANCY AGREEMENT (TEMPLATE v" + version() + ")", "", "Landlord: [Landlord name]   Tenant: [Tenant name]",
                 "Tenant e-mail: [tenant@example.com]   Tenant phone: [+xx xxx xxx xxxx]", "Rent account (IBAN): [XX00 0000 0000 0000 0000 00]",
                 "SSN / Tax ID: ___-__-____", f"Document ref {uuid()} · generated {ts()}", "Signed: ______________________"]
    return as_text(f"[pdf-to-text: {pick(['contract', 'agreement', 'template'])}_{_d(4)}.pdf]\n" + "\n".join(parts))


def t_payroll_export(ctx):
    rows = []
    if ctx.pos:
        for _ in range(R.randint(1, 4)):
            p = Person(pick(["us", "us", "de", "fr", "nl", "es", "uk"]))
            r_ = {"employee_id": f"E{_d(5)}", "name": p.name, "country": p.cc.upper(), "gross": f"{R.randint(2500, 12000)}.00",
                  "pay_date": "2026-12-31"}
            if p.cc == "us":
                r_["ssn"] = ctx.ssn() if ctx.maybe(0.8) else masked("ssn")
                r_["routing_number"] = "routing on file"
            else:
                r_["iban"] = ctx.iban(IBAN_CC_FOR[p.cc]) if ctx.maybe(0.7) else masked("iban")
            if ctx.maybe(0.25):
                r_["personal_email"] = ctx.email(p)
            rows.append(r_)
    else:
        for dept in pick([["Engineering", "Sales"], ["Ops", "Finance", "Support"]]):
            rows.append({"department": dept, "headcount": R.randint(3, 80), "gross_total": f"{R.randint(40, 900)}000.00",
                         "cost_center": f"CC-{_d(4)}", "period": "2026-12", "batch_id": uuid()})
    if chance(0.4):
        hdr = list(dict.fromkeys(k for r_ in rows for k in r_))
        text = "\n".join([csv_line(hdr)] + [csv_line([r_.get(h, "") for h in hdr]) for r_ in rows])
        return as_text(f"payroll_export_2026-12.csv\n{text}")
    return as_obj({"report": "payroll_register", "period": "2026-12", "rows": rows, "generated_at": ts()}, ctx.labels)


def t_medical_admin(ctx):
    p = Person(pick(["us", "us", "uk", "ca", "au", "in"]))
    rec = {"mrn": f"MRN{_d(8)}", "name": p.name, "dob": f"19{R.randint(40, 99)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
           "clinic": pick(["Paloverde Family Clinic", "Fernwood Health – East", "Harbor Dental"]),
           "next_appointment": ts(), "insurance": {"payer": pick(["Aetna", "BUPA", "Medibank", "Star Health"]), "member_id": f"{rs(UPAN, 3)}{_d(9)}"}}
    if ctx.pos:
        rec["phone"] = ctx.phone(p.cc) if ctx.maybe(0.7) else None
        rec["email"] = ctx.email(p) if ctx.maybe(0.6) else None
        if p.cc == "us" and ctx.maybe(0.6):
            rec["ssn"] = ctx.ssn(pick([0, 0, 2]))
        if ctx.maybe(0.2):
            rec["copay_card"] = ctx.card()
        if ctx.maybe(0.3):
            e = Person(p.cc)
            rec["emergency_contact"] = {"name": e.name, "phone": ctx.phone(e.cc)}
    else:
        rec = {"clinic": rec["clinic"], "date": ts()[:10], "open_slots": [f"{h:02d}:{m:02d}" for h, m in [(9, 0), (9, 30), (14, 15)]],
               "front_desk": public_line(), "fax": fictional_phone(), "contact": role_email("paloverde-clinic.org"),
               "npi": "1" + _d(9), "room_codes": [f"R{_d(3)}" for _ in range(3)]}
    return as_obj({"resource": "patient_admin" if ctx.pos else "schedule", "data": rec}, ctx.labels)


def t_mcp_config(ctx):
    servers = {}
    spec = [("github", "@modelcontextprotocol/server-github", "github_token", "GITHUB_PERSONAL_ACCESS_TOKEN"),
            ("slack", "@modelcontextprotocol/server-slack", "slack_token", "SLACK_BOT_TOKEN"),
            ("gitlab", "@modelcontextprotocol/server-gitlab", "gitlab_token", "GITLAB_PERSONAL_ACCESS_TOKEN"),
            ("stripe", "@stripe/mcp", "stripe_key", "STRIPE_SECRET_KEY"),
            ("brave-search", "@modelcontextprotocol/server-brave-search", None, "BRAVE_API_KEY"),
            ("google-maps", "@modelcontextprotocol/server-google-maps", "google_api_key", "GOOGLE_MAPS_API_KEY"),
            ("llm-proxy", "llm-proxy-mcp", "anthropic_api_key", "ANTHROPIC_API_KEY")]
    R.shuffle(spec)
    for name, pkg, t, env in spec[:R.randint(3, 5)]:
        if t and ctx.maybe(0.75):
            val = ctx.tok(t)
        elif t is None and ctx.maybe(0.5):
            val = ctx.secret("BSA" + rs(B62, 28))
        else:
            val = pick([f"${{input:{name}_token}}", "", f"${{env:{env}}}", placeholder(PH_KIND.get(t, "password")) if t else "<brave-key>"])
        servers[name] = {"command": "npx", "args": ["-y", pkg], "env": {env: val}}
        if name == "slack":
            servers[name]["env"]["SLACK_TEAM_ID"] = "T" + rs(UPAN, 10)
    obj = {"mcpServers": servers}
    if chance(0.5):
        return as_text("~/Library/Application Support/Claude/claude_desktop_config.json\n" + json.dumps(obj, indent=2))
    return as_obj(obj, ctx.labels)


def t_secret_file_read(ctx):
    k = R.random()
    if ctx.pos:
        if k < 0.4:
            pk = ctx.tok("private_key")
            if chance(0.35):
                pk2 = ctx.tok("private_key")
                return as_text(f"==> ~/.ssh/id_rsa <==\n{pk}\n\n==> ~/.ssh/deploy_key <==\n{pk2}\n")
            return as_text(pk + "\n", ("text", "raw-result"))
        if k < 0.7:
            pk = gen_private_key()
            while "OPENSSH" in pk:
                pk = gen_private_key()
            ctx.L("private_key", pk)
            obj = {"type": "service_account", "project_id": f"kestrel-prod-{_d(4)}", "private_key_id": rs(HEX, 40),
                   "private_key": pk + "\n", "client_email": f"mcp-reader@kestrel-prod-{_d(4)}.iam.gserviceaccount.com",
                   "client_id": _nz(21), "token_uri": "https://oauth2.googleapis.com/token"}
            return "structured", obj
        pk = ctx.tok("private_key")
        y = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: ingress-tls", "type: kubernetes.io/tls", "stringData:",
             "  tls.crt: |"] + ["    " + l for l in gen_public_block().split("\n")] + ["  tls.key: |"] + ["    " + l for l in pk.split("\n")]
        # label must be verbatim: re-label with indented form
        ctx.labels.pop()
        ind = "\n".join(("    " + l if i else l) for i, l in enumerate(pk.split("\n")))
        ctx.L("private_key", ind, [])
        return as_text("\n".join(y))
    if k < 0.5:
        return as_text(gen_public_block() + "\n")
    return as_text("~/.ssh/authorized_keys\n" + "\n".join(ssh_pubkey() for _ in range(R.randint(1, 3))))


def t_alerting(ctx):
    y = ["global:", "  resolve_timeout: 5m", "route:", "  receiver: oncall", "receivers:", "  - name: oncall", "    slack_configs:"]
    if ctx.pos:
        y.append(f"      - api_url: {ctx.L('webhook_url', gen_slack_webhook())}")
    else:
        y.append("      - api_url_file: /etc/alertmanager/secrets/slack_url")
    y += ["        channel: '#alerts-prod'", "    webhook_configs:"]
    if ctx.maybe(0.75):
        y.append(f"      - url: {ctx.L('webhook_url', pick([gen_discord_webhook, gen_teams_webhook])())}")
    else:
        y.append("      - url: http://alert-relay.monitoring.svc:9095/hook")
    if ctx.maybe(0.3):
        y += ["    pagerduty_configs:", f"      - routing_key: {ctx.secret(rs(HEX, 32))}"]
    return as_text("alertmanager.yml\n" + "\n".join(y))


def t_docs_snippet(ctx):
    parts = ["## Quick start", "", "1. Create an API key in the dashboard.", "2. Export it:", "", "```bash",
             f"export OPENAI_API_KEY=\"{placeholder('openai')}\"", f"export ANTHROPIC_API_KEY={placeholder('anthropic')}",
             f"export AWS_ACCESS_KEY_ID={placeholder('aws')}", f"export AWS_SECRET_ACCESS_KEY={placeholder('awssecret')}", "```", "",
             f"Use test card `{pick(TEST_CARDS[:6])}` with any future expiry, or `4000 0000 0000 9995` to simulate a decline.",
             f"Contact {role_email()} or call {public_line()}; sample customer phone {fictional_phone()}.",
             f"Example webhook: `{placeholder('webhook')}`", f"Tokens look like `{placeholder('github')}` and `{placeholder('slack')}`.",
             f"Example IBAN format: `XX00 BANK 0000 0000 00`; example SSN format `XXX-XX-XXXX`."]
    if ctx.pos:
        parts += ["", "<!-- TODO remove before publishing -->"]
        for t in R.sample(TOKEN_TYPES + ["private_key"], R.randint(1, 2)):
            v = ctx.tok(t)
            parts.append(f"Our staging {t.replace('_', ' ')}:" + (f"\n```\n{v}\n```" if t == "private_key" else f" `{v}`"))
    return as_text(f"README.md ({pick(['docs', 'sdk-python', 'mcp-server-weather'])})\n" + "\n".join(parts))


def t_ci_build_log(ctx):
    out = [f"Running with gitlab-runner {version()} (f{rs(HEX, 7)})", f"Job {_d(10)} · pipeline {_d(7)}",
           "$ echo \"Deploying $CI_COMMIT_SHORT_SHA\"", f"Deploying {sha(8)}", "$ docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY",
           "WARNING! Using --password via the CLI is insecure.", "Login Succeeded"]
    if ctx.pos:
        k = R.random()
        if k < 0.4:
            out += [f"$ curl --header \"PRIVATE-TOKEN: {ctx.tok('gitlab_token')}\" https://gitlab.{pick(CORP)}/api/v4/projects/{R.randint(10, 999)}/releases"]
        elif k < 0.7:
            out += ["$ git remote -v", f"origin  {ctx.url_cred('https', pick(['deploy', 'ci-bot']), 'git.' + pick(CORP), '/platform/api.git')} (fetch)"]
        else:
            out += ["$ env | sort | grep -i key", f"NPM_TOKEN=***", f"OPENAI_API_KEY={ctx.tok('openai_api_key')}"]
        if ctx.maybe(0.3):
            out.append(f"+ export SENTRY_AUTH_TOKEN={ctx.secret('sntrys_' + rs(B64U, 60))}")
    else:
        out += ["$ env | grep -i token", "CI_JOB_TOKEN=[MASKED]", "NPM_TOKEN=***", f"$ echo {placeholder('gitlab')}", placeholder("gitlab")]
    out += [f"Uploading artifacts... {R.randint(1, 80)}.{_d(1)} MB", f"Job succeeded (build {build_id()})"]
    return as_text("\n".join(out))


def t_form_submissions(ctx):
    items = []
    if ctx.pos:
        for _ in range(R.randint(1, 3)):
            p = Person()
            ans = [{"field": "name", "text": p.name}, {"field": "email", "email": ctx.email(p) if ctx.maybe(0.85) else role_email()},
                   {"field": "country", "text": p.cc.upper()}]
            if ctx.maybe(0.6):
                ans.append({"field": "phone", "phone_number": ctx.phone(p.cc)})
            if ctx.maybe(0.25):
                ans.append({"field": "donation_card", "text": ctx.card()})
            ans.append({"field": "message", "text": pick(["Please call me back about the quote.", "Need help with my invoice.", "Interested in a demo."])})
            items.append({"response_id": rs(string.ascii_lowercase + string.digits, 32), "submitted_at": ts(), "answers": ans})
    else:
        items = [{"response_id": rs(string.ascii_lowercase + string.digits, 32), "submitted_at": ts(),
                  "answers": [{"field": "nps", "number": R.randint(0, 10)}, {"field": "comment", "text": pick(["Great support", "Slow exports", "Love the new UI"])}]}
                 for _ in range(R.randint(2, 4))]
    return as_obj({"total_items": len(items), "page_count": 1, "items": items}, ctx.labels)


def t_browser_page(ctx):
    lines = [f"Page title: {pick(['API keys – Console', 'Account settings', 'Billing', 'Contact us'])}", f"URL: https://{pick(['console', 'app', 'dashboard'])}.{pick(CORP)}/settings", ""]
    if ctx.pos:
        k = R.random()
        if k < 0.5:
            t = pick(["anthropic_api_key", "openai_api_key", "stripe_key", "google_api_key", "github_token"])
            lines += ["Your new key (copy it now, it will not be shown again):", ctx.tok(t), "", f"Created {ts()} · Last used never"]
            if ctx.maybe(0.5):
                lines += ["", "Webhook signing secret", ctx.secret(rs(HEX, 64)), f"Endpoint id {uuid()}"]
        else:
            p = Person()
            lines += ["Profile", f"Name: {p.name}", f"Email: {ctx.email(p)}", f"Phone: {ctx.phone(p.cc) if ctx.maybe(0.7) else 'not set'}",
                      f"Payout account: {ctx.iban(IBAN_CC_FOR[p.cc]) if IBAN_CC_FOR[p.cc] and ctx.maybe(0.6) else masked('iban')}"]
    else:
        lines += ["Keys", f"prod-backend  {masked('token')}  created {ts()[:10]}", f"ci            {masked('token')}  created {ts()[:10]}",
                  "", f"Need help? {role_email()} · {public_line()}", f"Company registration {_d(8)} · VAT GB{_d(9)}"]
    return as_text("\n".join(lines))


def t_notebook_output(ctx):
    cells = [{"cell_type": "code", "execution_count": 1, "source": "import os, pandas as pd\nfrom anthropic import Anthropic",
              "outputs": []}]
    src = "print({k: v for k, v in os.environ.items() if 'KEY' in k or 'TOKEN' in k})"
    env = {}
    for name, v in env_pairs(ctx, R.randint(2, 4), 0.75, ["openai_api_key", "anthropic_api_key", "google_api_key", "gitlab_token", "slack_token"]):
        env[name] = v
    env["HF_HUB_DISABLE_TELEMETRY"] = "1"
    cells.append({"cell_type": "code", "execution_count": 2, "source": src,
                  "outputs": [{"output_type": "stream", "name": "stdout", "text": repr(env)}]})
    cells.append({"cell_type": "code", "execution_count": 3, "source": "df.describe()",
                  "outputs": [{"output_type": "execute_result", "data": {"text/plain": f"count  {R.randint(100, 9000)}.0\nmean   {R.random():.4f}"}}]})
    return as_obj({"path": f"notebooks/{pick(['eval', 'scratch', 'rag-experiments'])}.ipynb", "cells": cells}, ctx.labels)


def t_git_diff(ctx):
    f = pick(["src/config/settings.py", "infra/bootstrap.sh", "app/lib/integrations.ts", "deploy/secrets.auto.tfvars"])
    plus = []
    if ctx.pos:
        k = R.random()
        if k < 0.25:
            plus.append(f'+SLACK_BOT_TOKEN = "{ctx.tok("slack_token")}"')
        elif k < 0.5:
            plus.append(f'+gitlab_token = "{ctx.tok("gitlab_token")}"')
        elif k < 0.75:
            plus.append(f'+const anthropic = new Anthropic({{ apiKey: "{ctx.tok("anthropic_api_key")}" }});')
        else:
            plus.append(f'+OPENAI_API_KEY = "{ctx.tok("openai_api_key")}"')
        if ctx.maybe(0.35):
            plus.append(f'+SIGNING_SECRET = "{ctx.secret(rs(HEX, 32))}"')
        if ctx.maybe(0.3):
            plus += ["+DEPLOY_KEY = \"\"\""] + ["+" + l for l in ctx.tok("private_key").split("\n")] + ['+"""']
            lab = ctx.labels.pop()
            ind = "\n".join(("+" + l if i else l) for i, l in enumerate(lab["value"].split("\n")))
            ctx.L("private_key", ind)
    else:
        plus += [f'+OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]  # was {placeholder("openai")}',
                 '+SLACK_BOT_TOKEN = os.getenv("SLACK_BOT_TOKEN", "")', f"+# rotated {masked('token')} on {ts()[:10]}"]
    text = "\n".join([f"diff --git a/{f} b/{f}", f"index {rs(HEX, 7)}..{rs(HEX, 7)} 100644", f"--- a/{f}", f"+++ b/{f}",
                      f"@@ -{R.randint(1, 80)},6 +{R.randint(1, 80)},{6 + len(plus)} @@", " import os", " ",
                      '-API_TIMEOUT = 10'] + plus + [" ", " def client():"])
    return as_text(f"PR #{R.randint(100, 9999)} · {pick(['feat: add integrations', 'chore: local config', 'fix: retry'])} · commit {sha(40)}\n" + text)


def t_vault_kv(ctx):
    data = {"username": pick(["orders_admin", "svc_reporting", "ci"])}
    if ctx.pos:
        data["password"] = ctx.secret()
        if ctx.maybe(0.5):
            t = pick(["stripe_key", "github_token", "openai_api_key", "anthropic_api_key", "slack_token", "gitlab_token"])
            data[pick(ENV_NAME[t]).lower()] = ctx.tok(t)
        if ctx.maybe(0.5):
            data["tls_key"] = ctx.tok("private_key")
        if ctx.maybe(0.4):
            data["connection_uri"] = dsn(ctx, 1.0)
    else:
        data["password_last_rotated"] = ts()
        data["note"] = "value moved to dynamic secrets engine database/creds/orders"
    obj = {"request_id": uuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
           "data": {"data": data, "metadata": {"created_time": ts(), "custom_metadata": None, "deletion_time": "", "destroyed": False, "version": R.randint(1, 30)}},
           "warnings": None}
    return as_obj(obj, ctx.labels)


def t_card_dispute_export(ctx):
    rows = []
    for _ in range(R.randint(1, 4)):
        p = Person()
        if ctx.maybe(0.75):
            pan = ctx.card()
        else:
            pan = masked("card")
        rows.append({"dispute_id": "dp_" + rs(B62, 24), "reason": pick(["fraudulent", "product_not_received", "duplicate"]),
                     "amount": f"{R.randint(5, 2000)}.{_d(2)}", "cardholder": p.name, "pan": pan, "arn": _d(23),
                     "opened": ts()[:10]})
    if not ctx.pos:
        for r_ in rows:
            r_["note"] = pick(["test mode: card 4000 0000 0000 0259 triggers a dispute", "PAN masked per PCI DSS 3.4", ""])
    if chance(0.5):
        hdr = list(rows[0].keys())
        return as_text("disputes_export.csv\n" + "\n".join([csv_line(hdr)] + [csv_line([r_[h] for h in hdr]) for r_ in rows]))
    return as_obj({"object": "list", "data": rows, "has_more": False}, ctx.labels)


def t_tax_form_pdf(ctx):
    p = Person("us")
    corp = pick(CORP)
    if ctx.pos:
        ssn = ctx.ssn(pick([0, 0, 1])) if ctx.maybe(0.95) else "XXX-XX-" + _d(4)
        lines = [f"Form W-2 Wage and Tax Statement 2026", f"a Employee's social security number  {ssn}",
                 f"b Employer identification number (EIN)  {_d(2)}-{_d(7)}", f"c Employer's name  {corp.split('.')[0].title()} Inc.",
                 f"e Employee's first name and initial  {p.first}   Last name  {p.last}", f"1 Wages, tips, other compensation  {R.randint(30, 250)},{_d(3)}.{_d(2)}",
                 f"2 Federal income tax withheld  {R.randint(3, 60)},{_d(3)}.{_d(2)}"]
        if ctx.maybe(0.6):
            lines.append(f"Employee contact for corrections: {ctx.email(p)}" + (f" / {ctx.phone('us')}" if ctx.maybe(0.5) else ""))
        if ctx.maybe(0.45):
            sp = Person("us")
            lines.append(f"Dependent SSN (Schedule 8812): {ctx.ssn()}  {sp.first} {p.last}")
    else:
        lines = ["Form W-2 Wage and Tax Statement 2026 — SAMPLE", "a Employee's social security number  XXX-XX-XXXX",
                 f"b Employer identification number (EIN)  {_d(2)}-{_d(7)}", "c Employer's name  [Employer]",
                 "1 Wages, tips, other compensation  0.00", f"Control number {_d(5)} {rs(UPAN, 4)} · OMB No. 1545-0008"]
    return as_text(f"[pdf-to-text: W2_{_d(4)}.pdf]\n" + "\n".join(lines))


def t_oauth_token_response(ctx):
    if ctx.pos:
        p = Person()
        claims = {"email": gen_email(p), "name": p.name} if chance(0.5) else {"scope": "read:orders write:orders"}
        obj = {"access_token": ctx.L("jwt", gen_jwt(claims)), "token_type": "Bearer", "expires_in": pick([900, 3600]),
               "scope": "openid profile email offline_access"}
        if ctx.maybe(0.6):
            obj["refresh_token"] = ctx.secret(rs(B64U, pick([43, 64])))
        if ctx.maybe(0.5):
            obj["id_token"] = ctx.L("jwt", gen_jwt({"aud": rs(B62, 32), "nonce": rs(HEX, 16)}))
    else:
        obj = {"error": "invalid_grant", "error_description": "Refresh token expired", "error_uri": "https://auth.stonecrop.app/docs/errors#invalid_grant",
               "trace_id": rs(HEX, 32), "hint": f"send Authorization: {placeholder('jwt')}"}
    w, doc = as_obj(obj, ctx.labels)
    return w, doc


def t_git_credentials(ctx):
    k = R.random()
    if k < 0.5:
        lines = []
        for host in R.sample(["github.com", "gitlab.com", f"git.{pick(CORP)}", "bitbucket.org"], R.randint(1, 3)):
            user = pick(["x-access-token", "oauth2", "deploy", pick(FIRST['us']).lower()])
            if ctx.maybe(0.8):
                if host in ("github.com", "gitlab.com") and chance(0.7):
                    tokv = ctx.tok("github_token" if host == "github.com" else "gitlab_token")
                    lines.append(f"https://{user}:{tokv}@{host}")
                    lab = ctx.labels[-1]
                    lab["accept"] = [f"{user}:{tokv}", f"https://{user}:{tokv}@{host}"]
                else:
                    lines.append(ctx.url_cred("https", user, host))
            else:
                lines.append(f"https://{host}")
        return as_text("~/.git-credentials\n" + "\n".join(lines))
    lines = []
    for host in R.sample(["api.github.com", "api.heroku.com", f"ftp.{pick(CORP)}", "uploads.github.com"], R.randint(1, 2)):
        pw = (ctx.tok("github_token") if "github" in host else ctx.secret()) if ctx.maybe(0.8) else "$(pass show netrc/" + host + ")"
        lines.append(f"machine {host}\n  login {pick(['ci-bot', 'deploy', 'ops'])}\n  password {pw}")
    return as_text("~/.netrc\n" + "\n".join(lines))


def t_paas_env_list(ctx):
    envs = []
    for k_, v_ in [benign_env() for _ in range(R.randint(1, 3))]:
        envs.append({"key": k_, "value": v_, "type": "plain", "target": ["production", "preview"]})
    if ctx.pos:
        pool = ["stripe_key", "slack_token", "jwt", "aws_access_key_id", "openai_api_key", "webhook_url", "google_api_key"]
        for n, v in env_pairs(ctx, R.randint(2, 4), 0.85, pool):
            envs.append({"key": n, "value": v, "type": "encrypted", "decrypted": True, "target": ["production"]})
        if ctx.maybe(0.5):
            envs.append({"key": "DATABASE_URL", "value": dsn(ctx, 1.0), "type": "encrypted", "decrypted": True, "target": ["production"]})
        if ctx.maybe(0.25):
            envs.append({"key": "GITHUB_APP_PRIVATE_KEY", "value": ctx.tok("private_key"), "type": "encrypted", "decrypted": True, "target": ["production"]})
    else:
        for n in R.sample(["STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN", "DATABASE_URL", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY"], 3):
            envs.append({"key": n, "value": "", "type": "encrypted", "decrypted": False, "target": ["production"],
                         "comment": "decrypt with --decrypt (requires owner role)"})
    R.shuffle(envs)
    return as_obj({"project": pick(["storefront", "dashboard", "marketing-site"]), "envs": envs,
                   "pagination": {"count": len(envs), "next": None}}, ctx.labels)


def t_sepa_xml(ctx):
    cred_id = f"DE{_d(2)}ZZZ{_d(11)}"
    tx = []
    for _ in range(R.randint(1, 4)):
        p = Person(pick(["de", "fr", "es", "it", "nl"]))
        if ctx.pos:
            ib = ctx.L("iban", gen_iban(IBAN_CC_FOR[p.cc] if chance(0.6) else pick(["AT", "BE", "PT", "IE", "FI", "LU", "SI", "PL", "SE", "CZ", "HU", "RO", "HR", "GR", "MT", "CY", "LV", "LT", "EE", "IS", "LI", "MC", "CH", "DK", "NO"]), grouped=False)) if ctx.maybe(0.9) else None
        else:
            ib = None
        tx += ["      <DrctDbtTxInf>", f"        <PmtId><EndToEndId>E2E-{_d(10)}</EndToEndId></PmtId>",
               f"        <InstdAmt Ccy=\"EUR\">{R.randint(5, 400)}.{_d(2)}</InstdAmt>",
               f"        <DrctDbtTx><MndtRltdInf><MndtId>MNDT-{_d(6)}</MndtId><DtOfSgntr>2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>",
               f"        <Dbtr><Nm>{p.name}</Nm></Dbtr>",
               f"        <DbtrAcct><Id><IBAN>{ib}</IBAN></Id></DbtrAcct>" if ib else "        <DbtrAcct><Id><Othr><Id>ACCOUNT-REF-" + _d(6) + "</Id></Othr></Id></DbtrAcct>",
               "      </DrctDbtTxInf>"]
    xml = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\">",
           "  <CstmrDrctDbtInitn>", f"    <GrpHdr><MsgId>MSG-{_d(12)}</MsgId><CreDtTm>{ts()[:19]}</CreDtTm><NbOfTxs>{len(tx) // 7}</NbOfTxs></GrpHdr>",
           "    <PmtInf>", f"      <CdtrSchmeId><Id><PrvtId><Othr><Id>{cred_id}</Id></Othr></PrvtId></Id></CdtrSchmeId>"] + tx + ["    </PmtInf>", "  </CstmrDrctDbtInitn>", "</Document>"]
    return as_text(f"sepa/outgoing/batch_{_d(8)}.xml\n" + "\n".join(xml))


TEMPLATES = [t_db_rows_json, t_psql_table, t_mysql_table, t_csv_export, t_log_search_jsonl, t_k8s_logs, t_nginx_log,
             t_ticket, t_crm_contact, t_email_thread, t_chat_export, t_calendar_ics, t_code_search_env, t_code_search_yaml,
             t_config_toml_ini, t_terraform, t_gha_workflow, t_har, t_error_report, t_aws_cli, t_gcloud_az, t_invoice_pdf,
             t_contract_pdf, t_payroll_export, t_medical_admin, t_mcp_config, t_secret_file_read, t_alerting,
             t_docs_snippet, t_ci_build_log, t_form_submissions, t_browser_page, t_notebook_output, t_git_diff,
             t_vault_kv, t_card_dispute_export, t_tax_form_pdf, t_oauth_token_response, t_git_credentials,
             t_paas_env_list, t_sepa_xml]


# ================================================================ validation / driver

def strings_of(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from strings_of(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings_of(v)


def finish_labels(doc, labels):
    strs = list(strings_of(doc))
    out = []
    seen = set()
    for l in labels:
        key = (l["type"], l["value"])
        if key in seen:
            continue
        seen.add(key)
        v = l["value"]
        acc = list(l["accept"])
        for s in strs:
            i = s.find(v)
            if i < 0:
                continue
            pre = s[max(0, i - 48):i]
            if pre.endswith("Bearer "):
                acc.append("Bearer " + v)
            if pre.endswith("mailto:"):
                acc.append("mailto:" + v)
            if l["type"] in ("generic_secret", "aws_secret_access_key", "aws_access_key_id"):
                m = re.search(r'([A-Za-z_][A-Za-z0-9_.\-]*)(\s*[:=]\s*["\']?)$', pre)
                if m:
                    acc.append(m.group(1) + m.group(2) + v)
        acc = [a for a in dict.fromkeys(acc) if a != v and any(a in s for s in strs)]
        out.append({"type": l["type"], "value": v, "accept": acc})
    return out


ALLOWED_LOCAL = set(ROLE) | {"calendar", "events", "eng", "all-hands", "team", "ops", "finance", "unsubscribe", "tenant"}

TOKEN_RES = [r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{60,}", r"glpat-[A-Za-z0-9_\-]{20}", r"xox[abpre]-\d",
             r"xapp-1-", r"[sr]k_live_[A-Za-z0-9]{20,}", r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{20,}", r"sk-ant-[a-z]+\d\d-[A-Za-z0-9_\-]{20,}",
             r"A(?:KIA|SIA)[A-Z2-7]{16}", r"AIza[A-Za-z0-9_\-]{35}", r"hooks\.slack\.com/services/T[A-Z0-9]+/B",
             r"discord(?:app)?\.com/api/webhooks/\d", r"webhook\.office\.com/webhookb2/", r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}",
             r"-----BEGIN (?:RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY-----", r"T3BlbkFJ"]


def own_sanity_issues(doc, labels):
    """My own cross-check that nothing sensitive was left unlabelled (independent of the project)."""
    issues = []
    strs = list(strings_of(doc))
    lab_vals = [l["value"] for l in labels]

    def covered(sub):
        return any(sub in v or v in sub for v in lab_vals)

    for s in strs:
        for l in labels:
            pass
        for m in re.finditer(r"(?<![\d\w])(?:\d[ -]?){12,18}\d(?![\d])", s):
            digits = re.sub(r"\D", "", m.group())
            if digits[0] in "23456" and luhn_ok(digits) and digits not in TEST_CARDS and not covered(m.group()):
                if not any(digits == re.sub(r"\D", "", v) for v in lab_vals):
                    issues.append(("luhn", m.group()))
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", s):
            g = m.group()
            if g[:2] in IBAN_SPEC and iban_ok(g) and not covered(g):
                issues.append(("iban", g))
        for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", s):
            if ssn_ok(m.group()) and not covered(m.group()):
                issues.append(("ssn", m.group()))
        for m in re.finditer(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", s):
            e = m.group()
            local, dom = e.split("@", 1)
            if covered(e) or "*" in e:
                continue
            before = s[max(0, m.start() - 3):m.start()]
            tld = dom.rsplit(".", 1)[-1]
            if before.endswith("//") or before.endswith(":") or not re.fullmatch(r"[a-z]{2,}", tld) \
                    or tld in ("internal", "svc", "local", "mongo"):
                continue
            if local in ALLOWED_LOCAL or local.startswith("bounce-") or dom in ("google.com",) or dom.endswith("gserviceaccount.com") \
                    or dom.endswith("example.com") or dom.endswith(".outlook.com") or dom == "mail.gmail.com" or dom.startswith("mx.") \
                    or "." not in dom:
                continue
            issues.append(("email", e))
        for rx in TOKEN_RES:
            for m in re.finditer(rx, s):
                g = m.group()
                if "EXAMPLE" in s[m.start():m.start() + 60] or re.search(r"[xX]{12,}", s[m.start():m.start() + 60]):
                    continue
                if not any(v.find(g) >= 0 for v in lab_vals) and not any(g in a for l in labels for a in l["accept"]):
                    issues.append(("token", g))
    # labels verbatim
    for l in labels:
        if not any(l["value"] in s for s in strs):
            issues.append(("not-verbatim", l["type"]))
        if l["type"] == "payment_card" and not luhn_ok(l["value"]):
            issues.append(("bad-luhn", l["value"]))
        if l["type"] == "iban" and not iban_ok(l["value"]):
            issues.append(("bad-iban", l["value"]))
        if l["type"] == "us_ssn" and not ssn_ok(l["value"]):
            issues.append(("bad-ssn", l["value"]))
    return issues


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "dlp_v7.jsonl")
    plan = [True] * (N_DOCS - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(plan)
    seq = []
    while len(seq) < N_DOCS:
        block = list(TEMPLATES)
        R.shuffle(block)
        seq += block
    records = []
    rejected = 0
    for i, pos in enumerate(plan):
        t = seq[i]
        for attempt in range(200):
            ctx = Ctx(pos)
            wrap, doc = t(ctx)
            labels = finish_labels(doc, ctx.labels)
            if pos and not labels:
                rejected += 1
                continue
            if not pos and labels:
                raise AssertionError(t.__name__)
            iss = own_sanity_issues(doc, labels)
            if iss:
                rejected += 1
                continue
            break
        else:
            raise SystemExit(f"could not build a valid doc for {t.__name__}")
        records.append({"id": f"v7-{i + 1}", "template": t.__name__[2:], "split": "holdout-v7", "wrap": wrap,
                        "doc": doc, "labels": labels})
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        lt = Counter(l["type"] for r_ in records for l in r_["labels"])
        tp = Counter(r_["template"] for r_ in records)
        tc = Counter(r_["template"] for r_ in records if not r_["labels"])
        wr = Counter(r_["wrap"] for r_ in records)
        print("docs", len(records), "clean", sum(1 for r_ in records if not r_["labels"]), "labels", sum(lt.values()), "rejected", rejected)
        print("wraps", dict(wr))
        for k, v in sorted(lt.items()):
            print(f"  {k:24s} {v}")
        for k, v in sorted(tp.items()):
            print(f"  T {k:22s} {v:3d} clean {tc.get(k, 0)}")


if __name__ == "__main__":
    main()
