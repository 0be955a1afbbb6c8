#!/usr/bin/env python3
"""gen_dlp_v23.py - held-out DLP test corpus v23.

Angle: media/entertainment production, education records, agriculture and
food traceability, construction and property development.
Python 3 stdlib only, one random.Random(SEED), no clock, no environment input.
Writes dlp_v23.jsonl next to this script.
"""
import base64
import json
import os
import re
import string
import random

SEED = 23_0723_2323
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dlp_v23.jsonl")

AN = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = AN + "+/"
URLSAFE = AN + "-_"

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban",
         "aws_access_key_id", "aws_secret_access_key", "github_token",
         "gitlab_token", "slack_token", "stripe_key", "openai_api_key",
         "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]
TYPE_COUNT = {t: 0 for t in TYPES}

# ---------------------------------------------------------------- basics

def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in DG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


CARD_PREFIX_RE = re.compile(r"^(4|5[1-5]|2(2[2-9][1-9]|2[3-9]|[3-6]|7[01]|720)|3[47]|6011|65|64[4-9]|35|3[068])")


def safe_digits(n, first=None):
    """Digits that are never a Luhn-valid card-prefixed number."""
    while True:
        d = (first if first is not None else "") + rs(n - (len(first) if first else 0), DG)
        if n >= 13 and CARD_PREFIX_RE.match(d) and luhn_ok(d):
            continue
        return d


def uuid4():
    h = rs(32, HX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def date(y0=2024, y1=2025):
    return f"{R.randint(y0, y1)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def usdate():
    return f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(2024, 2025)}"


def ts():
    return f"{date()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def hhmm():
    return f"{R.randint(5, 20):02d}:{pick(['00', '15', '30', '45'])}"


def money(lo=100, hi=90000):
    return f"{R.randint(lo, hi):,}.{R.randint(0, 99):02d}"


def timecode():
    return f"{R.randint(0, 1):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}:{R.randint(0, 23):02d}"


FIRST = ["Amara", "Bjorn", "Chiara", "Dmitri", "Esperanza", "Farid", "Greta", "Hiroshi", "Ingrid", "Jamal",
         "Keiko", "Lars", "Mateo", "Nadia", "Oluwaseun", "Priya", "Quentin", "Rosalind", "Sakura", "Tomasz",
         "Ulla", "Valentina", "Wei", "Ximena", "Yusuf", "Zofia", "Aoife", "Benedikt", "Camille", "Diego",
         "Elif", "Fergus", "Gabriela", "Hamid", "Isabeau", "Joaquin", "Kwame", "Leilani", "Marisol", "Niamh",
         "Oskar", "Paloma", "Rafael", "Siobhan", "Thandiwe", "Ugo", "Vikram", "Wren", "Yara", "Zainab",
         "Marcus", "Dolores", "Tobias", "Annika", "Rhys", "Celeste", "Emeka", "Freya", "Gustavo", "Hana",
         "Cormac", "Delphine", "Ravi", "Soledad", "Teodor", "Maeve", "Jun", "Ines", "Bartholomew", "Ayesha"]
LAST = ["Abernathy", "Bergström", "Castellano", "Dubois", "Eriksen", "Fitzgerald", "Gallagher", "Haddad",
        "Iwasaki", "Jovanovic", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrakis",
        "Quintero", "Rasmussen", "Sandoval", "Takahashi", "Umarov", "Vasquez", "Whitfield", "Xu", "Yilmaz",
        "Zielinski", "Achebe", "Brennan", "Cardenas", "Delacroix", "Esposito", "Falk", "Grünewald", "Hollis",
        "Ibarra", "Jablonski", "Kavanagh", "Larsen", "Mbeki", "Novak", "Oyelaran", "Pereira", "Reinholt",
        "Szabo", "Tran", "Underwood", "Voss", "Wojcik", "Yamamoto", "Zapata", "McAllister", "O'Donnell",
        "Van der Berg", "Ruiz", "Sørensen", "Hoffmann", "Kaur", "Mensah", "Lefebvre", "Kimura", "Ní Bhriain",
        "Østergaard", "Çelik", "Nguyen", "Papadopoulos", "Baptiste", "Okonkwo", "Lindgren", "Halvorsen"]
FOLD = str.maketrans({"ö": "o", "ø": "o", "Ø": "O", "ü": "u", "é": "e", "í": "i", "Ç": "C", "ç": "c",
                      "å": "a", "ä": "a", "'": "", " ": ""})
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr",
                    "icloud.com", "proton.me", "yahoo.co.jp", "libero.it", "bigpond.com", "xtra.co.nz",
                    "uol.com.br", "fastmail.com", "hey.com", "t-online.de", "laposte.net", "comcast.net",
                    "live.ca", "seznam.cz", "wp.pl", "telenet.be", "mail.ee"]


def person():
    return pick(FIRST), pick(LAST)


def fullname(p):
    return f"{p[0]} {p[1]}"


def mk_email(p, dom=None):
    f = p[0].translate(FOLD).lower()
    l = p[1].translate(FOLD).lower()
    dom = dom or pick(PERSONAL_DOMAINS)
    style = R.randint(0, 6)
    loc = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f}",
           f"{f}.{l}{R.randint(70, 99)}", f"{f[0]}.{l}"][style]
    return f"{loc}@{dom}"


def org_domain(kind):
    a = {"m": ["harborlight", "redkite", "ninefold", "lumenreach", "tallgrass", "quarrylane", "bluefin",
               "paperlantern", "saltmarsh", "northgate"],
         "e": ["lakeview", "cedarhollow", "rivermont", "pinecrest", "sunfield", "ashbury", "millbrook",
               "westhaven", "copperridge", "elmstead"],
         "a": ["prairiegold", "threeriver", "bluestem", "highplains", "valleyfresh", "meadowlark",
               "stonebridge", "clearcreek", "goldenacre", "windrow"],
         "c": ["ironbark", "keystone", "granitepeak", "summitline", "bricklane", "steelhaven", "cornerstone",
               "truss", "redoak", "baseline"]}[kind]
    b = {"m": ["films.com", "pictures.tv", "post.co.uk", "media.io", "studios.com", "prod.net"],
         "e": ["usd.org", "schools.org", "academy.edu", "isd.net", "college.edu", "k12.us"],
         "a": ["grain.coop", "farms.com", "produce.net", "dairy.co.nz", "agri.com.au", "cooperative.de"],
         "c": ["builders.com", "construction.com.au", "contracting.co.uk", "gc.net", "develop.ca", "bau.de"]}[kind]
    return pick(a) + pick(b)


# ---------------------------------------------------------------- phones

def _d(n):
    return rs(n, DG)


def mk_phone():
    """(value, accept candidates) - never a fictional/toll-free number."""
    k = R.randint(0, 19)
    if k <= 3:  # NANP
        a = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        while a[1:] == "11" or a in ("555", "800", "888", "877", "866", "855", "844", "833", "900"):
            a = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        e = f"{R.randint(2, 9)}{_d(2)}"
        while e == "555" or e[1:] == "11":
            e = f"{R.randint(2, 9)}{_d(2)}"
        n = _d(4)
        f = R.randint(0, 4)
        if f == 0:
            return f"+1 ({a}) {e}-{n}", [f"({a}) {e}-{n}"]
        if f == 1:
            return f"({a}) {e}-{n}", []
        if f == 2:
            return f"{a}-{e}-{n}", []
        if f == 3:
            return f"{a}.{e}.{n}", []
        return f"+1 {a} {e} {n}", [f"{a} {e} {n}"]
    if k == 4:
        m = f"7{R.randint(4, 9)}{_d(2)}"
        rest = _d(6)
        if chance(0.5):
            return f"+44 {m} {rest}", [f"{m} {rest}"]
        return f"0{m} {rest}", []
    if k == 5:
        city = pick(["161", "131", "117", "113", "29"])
        s = _d(3) + " " + _d(4)
        return f"+44 {city} {s}", [f"{city} {s}"]
    if k == 6:
        p = pick(["151", "152", "160", "170", "176"])
        n = _d(8)
        if chance(0.5):
            return f"+49 {p} {n}", [f"{p} {n}"]
        return f"0{p} {n}", []
    if k == 7:
        n = " ".join(_d(2) for _ in range(4))
        m = pick("67")
        if chance(0.5):
            return f"+33 {m} {n}", [f"{m} {n}"]
        return f"0{m} {n}", []
    if k == 8:
        m = f"4{R.randint(0, 9)}{_d(1)}"
        while m == "491":
            m = f"4{R.randint(0, 9)}{_d(1)}"
        s = f"{_d(3)} {_d(3)}"
        if chance(0.5):
            return f"+61 {m} {s}", [f"{m} {s}"]
        return f"0{m} {s}", []
    if k == 9:
        s = f"9{_d(4)} {_d(5)}"
        return f"+91 {s}", [s]
    if k == 10:
        ddd = pick(["11", "21", "31", "41", "51"])
        s = f"9{_d(4)}-{_d(4)}"
        if chance(0.5):
            return f"+55 {ddd} {s}", [f"{ddd} {s}"]
        return f"({ddd}) {s}", []
    if k == 11:
        p = pick(["90", "80", "70"])
        s = f"{_d(4)}-{_d(4)}"
        if chance(0.5):
            return f"+81 {p}-{s}", [f"{p}-{s}"]
        return f"0{p}-{s}", []
    if k == 12:
        s = f"55 {_d(4)} {_d(4)}"
        return f"+52 {s}", [s]
    if k == 13:
        s = f"6 {_d(8)}"
        if chance(0.5):
            return f"+31 {s}", [s]
        return f"06-{_d(8)}", []
    if k == 14:
        s = f"3{_d(2)} {_d(3)} {_d(4)}"
        return f"+39 {s}", [s]
    if k == 15:
        s = f"6{_d(2)} {_d(2)} {_d(2)} {_d(2)}"
        return f"+34 {s}", [s]
    if k == 16:
        s = f"7{_d(2)} {_d(3)} {_d(3)}"
        return f"+254 {s}", [s]
    if k == 17:
        s = f"2{R.randint(1, 9)} {_d(3)} {_d(4)}"
        return f"+64 {s}", [s]
    if k == 18:
        s = f"8{R.randint(2, 4)} {_d(3)} {_d(4)}"
        if chance(0.5):
            return f"+27 {s}", [s]
        return f"0{s}", []
    s = f"{R.randint(600, 799)} {_d(3)} {_d(3)}"
    return f"+48 {s}", [s]


def neg_phone():
    k = R.randint(0, 7)
    a = pick(["212", "310", "404", "512", "614", "818", "303", "206", "319", "402"])
    if k == 0:
        return f"({a}) 555-01{_d(2)}"
    if k == 1:
        return f"{a}-555-01{_d(2)}"
    if k == 2:
        return f"1-{pick(['800', '888', '877', '866'])}-{R.randint(200, 999)}-{_d(4)}"
    if k == 3:
        return f"07700 900{_d(3)}"
    if k == 4:
        return f"020 7946 0{_d(3)}"
    if k == 5:
        return f"0491 570 {_d(3)}"
    if k == 6:
        return f"0800 {_d(3)} {_d(4)}"
    return f"1800 {_d(3)} {_d(3)}"


# ---------------------------------------------------------------- ids / finance

TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
              "378282246310005", "6011111111111117", "4111111111111111", "5105105105105100",
              "4012888888881881", "371449635398431", "3566002020360505", "6200000000000005"]


def mk_card():
    k = R.randint(0, 5)
    if k in (0, 1):
        body, n = "4" + _d(14), 16
    elif k == 2:
        body = f"5{R.randint(1, 5)}" + _d(13)
    elif k == 3:
        body = f"22{R.randint(23, 99)}" + _d(11)
    elif k == 4:
        body = pick(["34", "37"]) + _d(12)
    else:
        body = pick(["6011", f"65{_d(2)}"]) + _d(11)
    d = luhn_complete(body)
    if d in TEST_CARDS:
        return mk_card()
    f = R.randint(0, 3)
    if len(d) == 15:
        if f == 3:
            return d, d
        return f"{d[:4]} {d[4:10]} {d[10:]}", d
    if f == 0:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4)), d
    if f == 1:
        return "-".join(d[i:i + 4] for i in range(0, 16, 4)), d
    return d, d


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20,
            "IE": 22, "PL": 28, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "PT": 25, "LU": 20, "CZ": 24,
            "HU": 28, "RO": 24, "EE": 20, "LT": 20, "SI": 19, "HR": 21, "GR": 27, "SK": 24, "MT": 31,
            "CY": 28, "BG": 22, "IS": 26, "LV": 21, "SA": 24, "AE": 23, "TR": 26, "IL": 23, "BR": 29}
TEST_IBANS = ["DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819",
              "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957"]


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    t = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1
    except ValueError:
        return False


def mk_iban(cc=None):
    cc = cc or pick(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "CH", "AT", "IE", "PL", "DK", "SE", "NO",
                     "FI", "PT", "LU", "CZ", "HU", "RO", "EE", "LT", "HR", "GR", "SK", "IS", "AE", "SA"])
    n = IBAN_LEN[cc] - 4
    if cc in ("GB", "IE"):
        bban = rs(4, UP) + _d(n - 4)
    elif cc == "NL":
        bban = rs(4, UP) + _d(n - 4)
    elif cc in ("FR", "IT"):
        bban = (pick(UP) if cc == "IT" else "") + _d(n - (1 if cc == "IT" else 0))
    else:
        bban = _d(n)
    v = cc + iban_check(cc, bban) + bban
    assert iban_valid(v)
    if v in TEST_IBANS:
        return mk_iban(cc)
    if chance(0.55):
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def mk_ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
        if v.replace(sep, "") in ("078051120", "219099999", "123456789"):
            continue
        return v


# ---------------------------------------------------------------- tokens

def no_example(s):
    return "EXAMPLE" not in s


def mk_aws_id():
    while True:
        v = pick(["AKIA", "AKIA", "ASIA"]) + rs(16, B32)
        if no_example(v):
            return v


def mk_aws_secret():
    while True:
        v = rs(40, B64)
        if ("/" in v or "+" in v) and v[0] in AN:
            return v


def mk_github():
    if chance(0.3):
        return "github_pat_" + rs(22, AN) + "_" + rs(59, AN)
    return pick(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rs(36, AN)


def mk_gitlab():
    p = pick(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glcbt-"])
    if p == "glptt-":
        return p + rs(40, HX)
    return p + rs(20, URLSAFE.replace("-", "").replace("_", "")) if chance(0.5) else p + rs(20, URLSAFE)


def mk_slack():
    k = R.randint(0, 4)
    if k in (0, 1):
        return f"xoxb-{_d(R.randint(10, 12))}-{_d(R.randint(11, 13))}-{rs(24, AN)}"
    if k == 2:
        return f"xoxp-{_d(11)}-{_d(12)}-{_d(13)}-{rs(32, HX)}"
    if k == 3:
        return f"xapp-1-A{rs(10, UP + DG)}-{_d(13)}-{rs(64, HX)}"
    return f"xoxe.xoxp-1-{rs(140, AN)}"


def mk_stripe():
    k = R.randint(0, 5)
    if k <= 1:
        return "sk_live_" + pick(["51", "4e", ""]) + rs(R.randint(24, 96), AN)
    if k == 2:
        return "rk_live_" + "51" + rs(R.randint(40, 90), AN)
    if k == 3:
        return "sk_test_" + "51" + rs(R.randint(40, 96), AN)
    if k == 4:
        return "rk_test_" + rs(R.randint(24, 60), AN)
    return "sk_live_" + rs(24, AN)


def mk_openai():
    k = R.randint(0, 4)
    if k == 0:
        return "sk-" + rs(20, AN) + "T3BlbkFJ" + rs(20, AN)
    if k in (1, 2):
        return "sk-proj-" + rs(R.randint(56, 74), URLSAFE) + "T3BlbkFJ" + rs(R.randint(56, 74), URLSAFE)
    if k == 3:
        return "sk-svcacct-" + rs(64, URLSAFE) + "T3BlbkFJ" + rs(64, URLSAFE)
    return "sk-admin-" + rs(60, URLSAFE) + "T3BlbkFJ" + rs(60, URLSAFE)


def mk_anthropic():
    body = rs(93, URLSAFE)
    return pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + body + "AA"


def mk_google():
    return "AIza" + pick(["Sy", "Sy", "SB", "Sz"]) + rs(33, URLSAFE)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def mk_jwt(extra=None):
    alg = pick(["RS256", "HS256", "ES256", "RS384"])
    hdr = {"alg": alg, "typ": "JWT"}
    if chance(0.6):
        hdr["kid"] = rs(R.randint(16, 43), URLSAFE)
    iat = R.randint(1704067200, 1767225600)
    pl = {"iss": pick(["https://sis.lakeview-usd.org", "https://auth.redkitestudios.tv",
                       "https://lms.cedarhollow.academy.edu/lti", "https://id.prairiegold-grain.coop",
                       "https://login.ironbark-builders.com", "https://proctor.examguard.io"]),
          "sub": pick([uuid4(), _d(9), "usr_" + rs(14, AN)]), "iat": iat, "exp": iat + pick([300, 3600, 86400])}
    if extra:
        pl.update(extra)
    if chance(0.4):
        pl["scope"] = pick(["roster.read grades.write", "assets:read", "tickets:scan", "openid profile email"])
    sig = b64u(R.randbytes(pick([32, 64, 256]) if alg != "ES256" else 64))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig


def wrap64(s, w=64):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def mk_pkey():
    k = R.randint(0, 3)
    if k == 0:
        n = R.randint(600, 1190)
        der = b"\x30\x82" + n.to_bytes(2, "big") + b"\x02\x01\x00\x02\x82\x01\x01\x00" + R.randbytes(n - 8)
        return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode()) + "\n-----END RSA PRIVATE KEY-----"
    if k == 1:
        n = R.randint(600, 1210)
        der = b"\x30\x82" + n.to_bytes(2, "big") + b"\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + R.randbytes(n - 18)
        return "-----BEGIN PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode()) + "\n-----END PRIVATE KEY-----"
    if k == 2:
        der = b"\x30\x77\x02\x01\x01\x04\x20" + R.randbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + R.randbytes(64)
        return "-----BEGIN EC PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode()) + "\n-----END EC PRIVATE KEY-----"
    raw = b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519" + R.randbytes(R.randint(250, 330))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(base64.b64encode(raw).decode(), 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def mk_webhook():
    k = R.randint(0, 3)
    if k <= 1:
        return f"https://hooks.slack.com/services/T{rs(R.randint(8, 10), UP + DG)}/B{rs(R.randint(8, 10), UP + DG)}/{rs(24, AN)}"
    if k == 2:
        return f"https://{pick(['discord.com', 'discordapp.com'])}/api/webhooks/{_d(R.randint(18, 19))}/{rs(68, URLSAFE)}"
    ten = pick(["redkitestudios", "lakeviewusd", "prairiegold", "ironbarkbuilders", "ninefold", "keystonegc"])
    return (f"https://{ten}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{rs(32, HX)}/{uuid4()}/V2{rs(43, URLSAFE)}")


PW_WORDS = ["Harvest", "Gantry", "Tractor", "Sorghum", "Clapper", "Dolly", "Grader", "Rebar", "Tassel",
            "Heifer", "Falcon", "Quartz", "Lantern", "Meridian", "Juniper", "Basalt", "Cobalt", "Willow",
            "Orchard", "Trellis", "Silage", "Foley", "Gaffer", "Scaffold", "Plumb", "Chalk", "Ledger"]


def mk_password(urlsafe=False):
    sym = "!*-_.~" if urlsafe else "!*-_.~^+#$"
    k = R.randint(0, 3)
    if k == 0:
        v = pick(PW_WORDS) + pick(sym) + _d(R.randint(2, 5)) + pick(PW_WORDS).lower() + pick(sym) + rs(2, AN)
    elif k == 1:
        v = rs(R.randint(14, 24), AN + sym)
    elif k == 2:
        v = pick(PW_WORDS) + rs(3, DG) + pick(sym) + rs(R.randint(5, 9), AN)
    else:
        v = rs(R.randint(16, 28), AN)
    while v[-1] not in AN:
        v = v[:-1] + pick(AN)
    while v[0] not in AN:
        v = pick(AN) + v[1:]
    return v


def mk_generic(kind=None):
    kinds = ["pw", "pw", "hex32", "hex64", "b64", "sendgrid", "mailgun", "shopify", "twitch", "youtube",
             "whsec", "twilio", "hf", "npm", "dop", "mux", "airtable", "linear", "urlsafe"]
    kind = kind or pick(kinds)
    if kind == "pw":
        return mk_password()
    if kind == "hex32":
        return rs(32, HX)
    if kind == "hex64":
        return rs(64, HX)
    if kind == "b64":
        return base64.b64encode(R.randbytes(pick([24, 32, 33, 48]))).decode()
    if kind == "sendgrid":
        return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)
    if kind == "mailgun":
        return "key-" + rs(32, HX)
    if kind == "shopify":
        return pick(["shpat_", "shpss_"]) + rs(32, HX)
    if kind == "twitch":
        return f"live_{_d(9)}_{rs(30, AN)}"
    if kind == "youtube":
        return "-".join(rs(4, LO + DG) for _ in range(5))
    if kind == "whsec":
        return "whsec_" + rs(32, AN)
    if kind == "twilio":
        return rs(32, HX)
    if kind == "hf":
        return "hf_" + rs(34, AN)
    if kind == "npm":
        return "npm_" + rs(36, AN)
    if kind == "dop":
        return "dop_v1_" + rs(64, HX)
    if kind == "mux":
        return rs(R.randint(60, 76), AN + "+/")
    if kind == "airtable":
        return "pat" + rs(14, AN) + "." + rs(64, HX)
    if kind == "linear":
        return "lin_api_" + rs(40, AN)
    return rs(R.randint(24, 40), URLSAFE)


TYPED_GEN = {"aws_access_key_id": mk_aws_id, "aws_secret_access_key": mk_aws_secret,
             "github_token": mk_github, "gitlab_token": mk_gitlab, "slack_token": mk_slack,
             "stripe_key": mk_stripe, "openai_api_key": mk_openai, "anthropic_api_key": mk_anthropic,
             "google_api_key": mk_google, "jwt": mk_jwt, "private_key": mk_pkey, "webhook_url": mk_webhook}

FIELDS = {
    "aws_access_key_id": ["aws_access_key_id", "AWS_ACCESS_KEY_ID", "access_key_id", "accessKeyId"],
    "aws_secret_access_key": ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secret_access_key", "secretAccessKey"],
    "github_token": ["GITHUB_TOKEN", "github_token", "gh_token", "firmware_repo_token"],
    "gitlab_token": ["GITLAB_TOKEN", "gitlab_token", "ci_deploy_token", "private_token"],
    "slack_token": ["SLACK_BOT_TOKEN", "slack_token", "slack_app_token", "bot_token"],
    "stripe_key": ["STRIPE_SECRET_KEY", "stripe_secret_key", "stripe_api_key", "payments_secret_key"],
    "openai_api_key": ["OPENAI_API_KEY", "openai_api_key", "llm_api_key"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY", "anthropic_api_key", "claude_api_key"],
    "google_api_key": ["GOOGLE_MAPS_API_KEY", "google_api_key", "maps_api_key", "youtube_api_key"],
    "jwt": ["service_token", "id_token", "access_token", "bearer_token"],
    "webhook_url": ["SLACK_WEBHOOK_URL", "alert_webhook_url", "teams_webhook", "discord_webhook"],
    "private_key": ["private_key", "signing_key", "tool_private_key"],
}
GEN_FIELDS = ["password", "db_password", "smtp_password", "sftp_password", "client_secret", "api_key",
              "api_secret", "secret_key", "auth_token", "stream_key", "signing_secret", "webhook_secret",
              "app_secret", "consumer_secret", "shared_secret", "encryption_key", "passphrase", "token_secret",
              "mqtt_password", "drm_api_key", "cdn_signing_key", "license_key_secret", "refresh_token",
              "session_secret", "hmac_secret"]

EXAMPLE_NEG = {
    "aws_access_key_id": ["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
    "aws_secret_access_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"],
    "stripe_key": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_xxx", "sk_live_..."],
    "slack_token": ["xoxb-not-a-real-token-this-will-not-work", "xoxb-XXXXXXXX"],
    "jwt": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    "webhook_url": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "github_token": ["ghp_" + "x" * 36, "ghp_<token>"],
    "gitlab_token": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-<your-token>"],
    "openai_api_key": ["sk-...", "sk-proj-XXXXXXXX"],
    "anthropic_api_key": ["sk-ant-...", "sk-ant-api03-XXXX"],
    "google_api_key": ["YOUR_API_KEY", "AIza...redacted"],
}


def neg_secret(key):
    k = R.randint(0, 13)
    up = re.sub(r"[^A-Za-z0-9]", "_", key).upper()
    return [f"${{{up}}}", f"${{{{ secrets.{up} }}}}", "changeme", "<your-key>", "********", "REDACTED",
            f"vault:secret/data/prod/{key.lower()}", f"op://Production/{up.title()}/credential", f"env:{up}",
            "", "{{ " + key.lower() + " }}", f"[hidden]", f"arn:aws:secretsmanager:us-east-1:{_d(12)}:secret:{key.lower()}-{rs(6, AN)}",
            f"%({up})s"][k]


def neg_code_ref(key):
    up = re.sub(r"[^A-Za-z0-9]", "_", key).upper()
    return pick([f'os.environ["{up}"]', f"process.env.{up}", f'System.getenv("{up}")', f'ENV.fetch("{up}")',
                 f'os.getenv("{up}")', f"${{{{ secrets.{up} }}}}", f"Deno.env.get(\"{up}\")"])


ROLE_BY_KIND = {"m": ["production", "casting", "accounting", "clearances", "locations", "payroll", "noreply"],
                "e": ["registrar", "financialaid", "counseling", "attendance", "noreply", "support", "admissions"],
                "a": ["grainoffice", "recalls", "membership", "quality", "info", "noreply", "dispatch"],
                "c": ["bids", "permits", "estimating", "submittals", "safety", "noreply", "accounts"]}


# ---------------------------------------------------------------- context / labels

class Ctx:
    def __init__(self, pos, kind):
        self.pos = pos
        self.kind = kind
        self.labels = []

    def p(self, prob=0.6):
        return self.pos and R.random() < prob

    def add(self, typ, value, acc=()):
        assert value
        for l in self.labels:
            if l["type"] == typ and l["value"] == value:
                return value
        self.labels.append({"type": typ, "value": value, "cand": list(acc)})
        return value

    # --- PII
    def email(self, p=None, dom=None):
        p = p or person()
        e = mk_email(p, dom)
        return self.add("email", e, ["mailto:" + e])

    def em(self, p, prob=0.7, dom=None, role=None):
        if self.p(prob * 0.8):
            return self.email(p, dom if dom and chance(0.5) else None)
        if role == "":
            return ""
        return f"{role or pick(ROLE_BY_KIND[self.kind])}@{dom or org_domain(self.kind)}"

    def phone(self):
        v, acc = mk_phone()
        return self.add("phone_number", v, acc)

    def ph(self, prob=0.6):
        return self.phone() if self.p(prob) else neg_phone()

    def ssn(self, sep="-"):
        return self.add("us_ssn", mk_ssn(sep))

    def card(self):
        v, d = mk_card()
        return self.add("payment_card", v, [d])

    def iban(self, cc=None):
        v = mk_iban(cc)
        return self.add("iban", v, [v.replace(" ", "")])

    # --- secrets
    def typed(self, typ, key=None, **kw):
        v = TYPED_GEN[typ](**kw) if kw else TYPED_GEN[typ]()
        acc = []
        if typ in ("aws_access_key_id", "aws_secret_access_key") and key:
            acc = kv_forms(key, v)
        if typ == "jwt":
            acc = ["Bearer " + v]
        return self.add(typ, v, acc)

    def gen(self, key, kind=None, value=None):
        v = value or mk_generic(kind)
        return self.add("generic_secret", v, kv_forms(key, v))

    def urlcred(self, scheme, user, host, rest="", pw=None):
        pw = pw or mk_password(urlsafe=True)
        url = f"{scheme}://{user}:{pw}@{host}{rest}"
        self.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", url])
        return url

    def url_token(self, typ, scheme, user, host, rest=""):
        v = TYPED_GEN[typ]()
        url = f"{scheme}://{user}:{v}@{host}{rest}"
        self.add(typ, v, [f"{user}:{v}", url])
        return url

    def pick_type(self, allowed):
        ws = [1.0 / (1 + TYPE_COUNT[t]) ** 6 for t in allowed]
        return R.choices(allowed, ws)[0]

    def slot(self, allowed, prob=0.75, fields=None):
        """A config slot: returns (key, value). Positive -> labelled secret; else negative."""
        typ = self.pick_type(allowed)
        key = pick(fields) if fields else (pick(FIELDS[typ]) if typ in FIELDS else pick(GEN_FIELDS))
        if self.p(prob):
            if typ == "generic_secret":
                return key, self.gen(key)
            if typ == "url_credentials":
                return key, self.urlcred(pick(["postgresql", "mysql", "redis", "amqps", "mongodb+srv"]),
                                         pick(["app", "sis_sync", "svc_render", "etl", "grainapp", "bim"]),
                                         pick(["db.internal", "10.20.4.17:5432", "cluster0.ab1cd.mongodb.net",
                                               "mq.prod.local:5671", "cache.int:6379"]), "/" + pick(["prod", "sis", "main", "0"]))
            return key, self.typed(typ, key)
        if typ in EXAMPLE_NEG and chance(0.4):
            return key, pick(EXAMPLE_NEG[typ])
        return key, neg_secret(key)


def kv_forms(key, v):
    return [f"{key}={v}", f"{key}: {v}", f"{key} = {v}", f'{key}="{v}"', f"{key}='{v}'", f'{key}: "{v}"',
            f'"{key}": "{v}"', f"{key}:{v}", f'{key} = "{v}"', f'"{key}":"{v}"']


def render_cfg(style, items, section="default"):
    seen, ded = set(), []
    for k, v in items:
        if k in seen:
            continue
        seen.add(k)
        ded.append((k, v))
    items = ded
    out = []
    if style == "env":
        for k, v in items:
            out.append(f"{re.sub(r'[^A-Za-z0-9]', '_', k).upper() if False else k}={v}")
    elif style == "yaml":
        out.append(f"{section}:")
        for k, v in items:
            out.append(f"  {k}: {json.dumps(v) if (v == '' or v.startswith(('{', '*', '%', '[', '$'))) else v}")
    elif style == "ini":
        out.append(f"[{section}]")
        for k, v in items:
            out.append(f"{k} = {v}")
    elif style == "toml":
        out.append(f"[{section}]")
        for k, v in items:
            out.append(f"{k} = '{v}'" if '"' in v else f'{k} = "{v}"')
    else:
        out.append(json.dumps(dict(items), indent=2, ensure_ascii=False))
    return "\n".join(out)


# ---------------------------------------------------------------- records

def raw(text, sc=None, err=False):
    d = {"content": [{"type": "text", "text": text}], "isError": err}
    if sc is not None:
        d["structuredContent"] = sc
    return d


def jd(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def strings_of(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings_of(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_of(v)


# ---------------------------------------------------------------- cross-check (shared logic with checker)

ROLE_LOCAL = {"production", "casting", "registrar", "financialaid", "grainoffice", "recalls", "bids",
              "permits", "estimating", "support", "noreply", "no-reply", "info", "billing", "sales", "hr",
              "team", "alerts", "careers", "noc", "security", "accounts", "payroll", "accounting",
              "clearances", "locations", "counseling", "attendance", "admissions", "membership", "quality",
              "dispatch", "submittals", "safety", "do-not-reply", "notifications", "postmaster", "privacy"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@school.edu", "firstname.lastname@example.org",
                      "parent@example.com", "crew@example.com"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TOKEN_RES = [re.compile(p) for p in [
    r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9_]{50,}",
    r"\bgl(?:pat|dt|rt|ptt|ft|cbt|soat|oas)-[A-Za-z0-9_-]{20,}", r"\bxox[abpre]-[A-Za-z0-9-]{10,}",
    r"\bxoxe\.xox[bp]-[A-Za-z0-9-]{20,}", r"\bxapp-\d-[A-Za-z0-9-]{20,}", r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}",
    r"\bsk-ant-[A-Za-z0-9_-]{20,}", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",
    r"\bAIza[A-Za-z0-9_-]{35}", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+",
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+", r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+"]]
WHITELIST = {x for v in EXAMPLE_NEG.values() for x in v}
CARD_RES = [re.compile(r"(?<![\d+])\d{13,19}(?!\d)"), re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)"),
            re.compile(r"(?<!\d)\d{4}([ -])\d{6}\1\d{4,5}(?!\d)")]
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
SSN_RES = [re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])"), re.compile(r"(?<![\d ])(\d{3}) (\d{2}) (\d{4})(?![\d])")]


def ssn_valid(a, g, s):
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000" and \
        (a + g + s) not in ("078051120", "219099999", "123456789")


def placeholder_body(tok):
    m = re.match(r"^(?:[A-Za-z]+[_-])+", tok)
    body = tok[m.end():] if m else tok
    return len(set(body)) <= 2


def unlabelled_findings(doc, labels):
    vals = [l["value"] for l in labels]
    norm_ibans = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    card_digits = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    out = []

    def covered(m):
        return any(m in v or v in m for v in vals)

    for s in strings_of(doc):
        for m in EMAIL_RE.finditer(s):
            e = m.group(0)
            loc = e.split("@")[0].lower()
            line = s[s.rfind("\n", 0, m.start()) + 1: m.start()].strip().lower()
            if line.startswith(("message-id", "in-reply-to", "references")) or s[max(0, m.start() - 3):m.start()] == "://":
                continue
            if loc in ROLE_LOCAL or e.lower() in PLACEHOLDER_EMAILS or e.endswith("gserviceaccount.com") or loc.startswith("svc-"):
                continue
            if not covered(e):
                out.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group(0)
                if t in WHITELIST or any(t in w for w in WHITELIST) or placeholder_body(t):
                    continue
                if not covered(t):
                    out.append(("token", t))
        for rx in CARD_RES:
            for m in rx.finditer(s):
                d = re.sub(r"\D", "", m.group(0))
                if 13 <= len(d) <= 19 and CARD_PREFIX_RE.match(d) and luhn_ok(d) and d not in TEST_CARDS:
                    if d not in card_digits:
                        out.append(("card", m.group(0)))
        for m in IBAN_RE.finditer(s):
            st = m.group(0).replace(" ", "")
            cc = st[:2]
            if cc in IBAN_LEN and len(st) >= IBAN_LEN[cc]:
                cand = st[:IBAN_LEN[cc]]
                if iban_valid(cand) and cand not in TEST_IBANS and cand not in norm_ibans:
                    out.append(("iban", cand))
        for rx in SSN_RES:
            for m in rx.finditer(s):
                if ssn_valid(*m.groups()) and not covered(m.group(0)):
                    out.append(("ssn", m.group(0)))
    return out


# ================================================================ TEMPLATES
SHOWS = ["The Saltmarsh Affair", "Northern Relay", "Glass Orchard", "Kingfisher Road", "Low Tide Season 2",
         "The Quiet Assembly", "Parallel Harvest", "Copper Lanterns", "Night Ferry", "Blue Hour"]
ROLES_CREW = [("CAMERA", "DP"), ("CAMERA", "1st AC"), ("CAMERA", "2nd AC"), ("G&E", "Gaffer"), ("G&E", "Key Grip"),
              ("G&E", "Best Boy Electric"), ("SOUND", "Production Mixer"), ("SOUND", "Boom Op"), ("AD", "1st AD"),
              ("AD", "2nd AD"), ("ART", "Production Designer"), ("ART", "Set Decorator"), ("HMU", "Key Makeup"),
              ("LOCS", "Location Manager"), ("TRANSPO", "Transpo Captain"), ("PROD", "UPM"), ("PROD", "POC"),
              ("WARDROBE", "Costume Supervisor"), ("VFX", "VFX Supervisor"), ("SCRIPT", "Script Supervisor")]


def eidr():
    return "10.5240/" + "-".join(rs(4, "0123456789ABCDEF") for _ in range(5)) + "-" + pick(UP)


def isrc():
    return f"{pick(['US', 'GB', 'DE', 'FR', 'SE'])}{rs(3, UP + DG)}{R.randint(20, 25)}{_d(5)}"


def iswc():
    return f"T-{_d(3)}.{_d(3)}.{_d(3)}-{_d(1)}"


# ---------- media
def t_m_callsheet(c):
    show = pick(SHOWS)
    dom = org_domain("m")
    L = [f"{show.upper()}  --  CALL SHEET", f"Day {R.randint(2, 40)} of {R.randint(41, 60)}   Ep {R.randint(1, 3)}{R.randint(1, 10):02d}   Date: {date()}",
         f"Crew call {hhmm()}   Shooting call {hhmm()}   Sunrise 06:{R.randint(10, 59)}  Sunset 19:{R.randint(10, 59)}",
         f"Production office: {neg_phone()}   production@{dom}", f"Nearest hospital: St. Brigid's ER {neg_phone()}", "",
         "SC    SET                              D/N  PGS   CAST", ]
    for _ in range(R.randint(2, 4)):
        L.append(f"{R.randint(1, 99)}{pick(['', 'A', 'B'])}".ljust(6) + pick(["INT. FERRY TERMINAL", "EXT. ORCHARD ROW", "INT. LAB - NIGHT", "EXT. HARBOUR WALL"]).ljust(33) +
                 pick(["D1", "N2", "D3"]).ljust(5) + f"{R.randint(1, 5)} {R.randint(1, 7)}/8".ljust(6) + ",".join(str(R.randint(1, 12)) for _ in range(2)))
    L += ["", f"{'DEPT':<10}{'POSITION':<22}{'NAME':<26}{'CELL':<22}{'EMAIL':<36}CALL"]
    for _ in range(R.randint(3, 6)):
        d, pos = pick(ROLES_CREW)
        p = person()
        cell = c.ph(0.25)
        em = c.em(p, 0.25, dom=dom, role="") or "--"
        L.append(f"{d:<10}{pos:<22}{fullname(p):<26}{cell:<22}{em:<36}{hhmm()}")
    L += ["", f"Walkie channels: 1 prod / 2 AD / {R.randint(3, 9)} camera.  Timecode jam at {timecode()}.",
          f"Title registration EIDR {eidr()}; slate roll A{R.randint(1, 99):03d}."]
    if c.p(0.4):
        p = person()
        L.append(f"Questions about parking: text {fullname(p)} on {c.phone()} (not the office line).")
    return "text", "\n".join(L)


def t_m_crewlist_csv(c):
    dom = org_domain("m")
    rows = ['"Name","Department","Position","Union","Phone","Email","Start Date","Rate"']
    for _ in range(R.randint(3, 6)):
        p = person()
        d, pos = pick(ROLES_CREW)
        ph = c.ph(0.25)
        em = c.em(p, 0.3, dom=dom, role="")
        rows.append(f'"{p[1]}, {p[0]}","{d}","{pos}","{pick(["IATSE 600", "IATSE 80", "Local 399", "Non-union", "BECTU"])}","{ph}","{em}","{date()}","${R.randint(300, 1100)}/10hr, OT x1.5"')
    t = "\n".join(rows)
    if chance(0.5):
        return "raw-result", raw(t)
    return "structured", {"export": "crew_list.csv", "production": pick(SHOWS), "rows": len(rows) - 1, "csv": t}


def t_m_dealmemo(c):
    p = person()
    loan = f"{p[1].translate(FOLD)} Creative {pick(['LLC', 'Inc.', 'Ltd'])}"
    agent = person()
    adom = pick(["wmetalent.com", "unitedtalentco.com", "brightagency.co.uk", "cavendishmgmt.com"])
    ssn_line = f"SSN: {c.ssn()}" if c.p(0.6) else f"SSN: XXX-XX-{_d(4)}"
    bank = f"IBAN: {c.iban()}" if c.p(0.5) else f"Routing {_d(9)} / Acct ****{_d(4)}"
    t = f"""DEAL MEMO -- {pick(['PERFORMER', 'CREW', 'DIRECTOR'])}
Production: {pick(SHOWS)}    Prod #: {R.randint(1000, 9999)}-{_d(3)}
Engagement: {fullname(p)} f/s/o {loan}   FEIN {_d(2)}-{_d(7)}
Role/Position: {pick(['"Marta"', '"Det. Oyelaran"', 'Editor', 'Composer', 'Stunt Coordinator'])}
Rate: ${money(2000, 25000)} per {pick(['week', 'episode'])}, {R.randint(5, 12)} week guarantee
Start date: {date()}   DOB: {R.randint(1960, 2001)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}
{ssn_line}
Payment: direct deposit -- {bank}
Contact: {c.ph(0.7)}   {c.em(p, 0.7, role='')}
Agent: {fullname(agent)}, {adom.split('.')[0].upper()} -- {c.em(agent, 0.6, dom=adom, role='casting')}
Credit: {pick(['Main titles, single card', 'End crawl', 'Shared card'])}
Approved by UPM ____________   Payroll company: {pick(['EP', 'Cast & Crew', 'Wrapbook', 'Sargent-Disc'])}"""
    return "text", t


def t_m_location(c):
    owner = person()
    deposit = f"Card on file for damage deposit: {c.card()} exp {R.randint(1, 12):02d}/{R.randint(26, 30)}" if c.p(0.5) else f"Damage deposit card: **** **** **** {_d(4)}"
    pay = f"Fee payable by transfer to {c.iban()}" if c.p(0.5) else f"Fee payable by cheque to {fullname(owner)}"
    t = f"""LOCATION AGREEMENT
Property: {R.randint(10, 999)} {pick(['Quarry Lane', 'Mill Road', 'Kestrel Way', 'Harbour Street'])}, APN {_d(3)}-{_d(3)}-{_d(3)}
Owner: {fullname(owner)}   Phone: {c.ph(0.7)}   Email: {c.em(owner, 0.65, role='')}
Production company: {pick(SHOWS)} Productions LLC ("Producer"), locations@{org_domain('m')}
Film permit #: FP-{R.randint(2024, 2025)}-{_d(5)}   Certificate of insurance #: {rs(3, UP)}{_d(7)}
Dates: prep {date()}, shoot {date()}, strike {date()}
Location fee: ${money(1500, 40000)} inclusive.
{pay}
{deposit}
Owner grants Producer the right to photograph the property and to use the footage in perpetuity, worldwide.
Signed: ____________________  Location Manager direct: {c.ph(0.5)}"""
    return "text", t


def t_m_casting(c):
    subs = []
    for _ in range(R.randint(2, 4)):
        p = person()
        a = {"submission_id": "sub_" + rs(12, LO + DG), "talent": fullname(p), "role": pick(["LILY (20s)", "FERRY WORKER", "DR. HALE"]),
             "self_tape": f"https://media.castingfront.io/tapes/{rs(10, AN)}.mp4",
             "height_cm": R.randint(150, 195), "union": pick(["SAG-AFTRA", "Equity", "Non-union"]),
             "agency": {"name": pick(["Bright Agency", "Cavendish Mgmt", "North Star Talent"]), "email": pick(["casting", "info"]) + "@" + pick(["brightagency.co.uk", "cavendishmgmt.com", "northstartalent.com"])}}
        if c.p(0.35):
            a["contact"] = {"email": c.email(p), "mobile": c.phone() if chance(0.5) else neg_phone()}
        else:
            a["contact"] = {"email": None, "mobile": neg_phone()}
        subs.append(a)
    if c.p(0.25):
        subs[0]["self_tape_fee_card"] = c.card()
    doc = {"project": pick(SHOWS), "breakdown_id": f"BD-{_d(6)}", "submissions": subs, "page": 1, "next_cursor": rs(24, URLSAFE)}
    if c.p(0.35):
        k = pick(["api_key", "access_token"])
        doc["next_page_url"] = f"https://api.castingfront.io/v2/breakdowns/{doc['breakdown_id']}/submissions?page=2&{k}={c.gen(k, 'urlsafe')}"
    return "structured", doc


def t_m_xmp(c):
    p = person()
    dom = org_domain("m")
    em = c.em(p, 0.7, role="")
    ph = c.ph(0.6)
    extra = ""
    if c.p(0.3):
        extra = f'\n   <damx:uploadCredential damx:user="{p[0].lower()}" damx:apiSecret="{c.gen("apiSecret", "hex64")}"/>'
    t = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:damx="http://ns.{dom}/dam/1.0/"
    xmpMM:DocumentID="xmp.did:{uuid4()}"
    xmpMM:InstanceID="xmp.iid:{uuid4()}"
    damx:EIDR="{eidr()}" damx:Timecode="{timecode()}">
   <dc:creator><rdf:Seq><rdf:li>{fullname(p)}</rdf:li></rdf:Seq></dc:creator>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">(c) {R.randint(2023, 2025)} {pick(SHOWS)} Productions</rdf:li></rdf:Alt></dc:rights>
   <Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource">
    <Iptc4xmpCore:CiEmailWork>{em or 'clearances@' + dom}</Iptc4xmpCore:CiEmailWork>
    <Iptc4xmpCore:CiTelWork>{ph}</Iptc4xmpCore:CiTelWork>
    <Iptc4xmpCore:CiAdrCity>{pick(['Wellington', 'Vancouver', 'Leeds', 'Atlanta', 'Lyon'])}</Iptc4xmpCore:CiAdrCity>
   </Iptc4xmpCore:CreatorContactInfo>{extra}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return ("text", t) if chance(0.6) else ("raw-result", raw(t))


def t_m_encoder(c):
    host = pick(["live.twitch.tv/app", "a.rtmp.youtube.com/live2", "ingest.redkite-live.tv/live", "rtmp-global.cloud.vimeo.com/live", "live-api-s.facebook.com:443/rtmp"])
    items = []
    lines = [f"; encoder profile  {pick(['OBS 30.2', 'Wirecast 16', 'vMix 27', 'ffmpeg 6.1'])}  output={pick(['1080p60', '720p30'])}  bitrate={R.randint(3000, 9000)}k  keyint=2"]
    if c.p(0.7):
        k = mk_generic(pick(["twitch", "youtube", "urlsafe"]))
        url = f"rtmp://{host}/{k}" if "://" not in host else host
        c.add("generic_secret", k, [url, f"stream_key={k}", f"stream_key = {k}"])
        lines.append(f"server = rtmp://{host}")
        lines.append(f"stream_key = {k}")
        if chance(0.5):
            lines.append(f"; full ingest url: {url}")
    else:
        lines.append(f"server = rtmp://{host}")
        lines.append(f"stream_key = {pick(['${STREAM_KEY}', '<paste-key-here>', '****************', 'op://Live/Encoder/stream_key'])}")
    if c.p(0.5):
        pp = mk_password(urlsafe=True).replace("#", "")
        c.add("generic_secret", pp, [f"passphrase={pp}"])
        lines.append(f"backup = srt://{pick(['srt.ingest.ninefold.io', '203.0.113.40'])}:{R.randint(9000, 9999)}?mode=caller&latency=200&streamid=#!::r=live/{rs(6, LO)}&passphrase={pp}")
    else:
        lines.append(f"backup = srt://srt.ingest.ninefold.io:{R.randint(9000, 9999)}?mode=caller&latency=200&passphrase=$SRT_PASSPHRASE")
    for _ in range(R.randint(2, 4)):
        k2, v2 = c.slot(["generic_secret", "aws_access_key_id", "aws_secret_access_key", "webhook_url", "slack_token", "google_api_key",
                         "jwt", "github_token", "openai_api_key", "anthropic_api_key", "stripe_key", "gitlab_token"], 0.75, None)
        if not any(l.startswith(k2 + " =") for l in lines):
            lines.append(f"{k2} = {v2}")
    lines.append(f"# recording to s3://{pick(['vod-masters', 'ep-archive'])}-{_d(4)}/{date()}/  region us-west-2  kms key id {uuid4()}")
    return ("text", "\n".join(lines)) if chance(0.5) else ("raw-result", raw("\n".join(lines)))


def t_m_drm_cdn(c):
    doc = {"packager": {"profile": pick(["hls_cmaf_4k", "dash_widevine", "hls_fairplay"]), "segment_s": pick([2, 4, 6]),
                        "content_id": eidr(), "key_id": uuid4()}}
    k, v = c.slot(["generic_secret"], 0.8, ["drm_api_key", "license_key_secret", "provider_secret", "signing_key"])
    doc["drm"] = {"provider": pick(["castlabs", "EZDRM", "BuyDRM", "PallyCon"]), "kid": uuid4(), k: v}
    k, v = c.slot(["generic_secret"], 0.7, ["cdn_signing_key", "token_secret", "url_signing_secret"])
    doc["cdn"] = {"host": pick(["vod.redkite.tv", "cdn.bluefinstudios.com"]), "token_ttl_s": 3600, k: v}
    origin = {}
    for t in (["aws_access_key_id", "aws_secret_access_key"] if chance(0.6) else ["generic_secret"]):
        kk, vv = c.slot([t], 0.65)
        origin[kk] = vv
    origin["bucket_arn"] = f"arn:aws:s3:::vod-origin-{_d(4)}"
    doc["origin"] = origin
    kk, vv = c.slot(["webhook_url", "slack_token", "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "stripe_key", "github_token", "gitlab_token"], 0.7)
    doc["notifications"] = {kk: vv, "channel": "#encode-status"}
    doc["ladder"] = [{"height": h, "kbps": b} for h, b in [(2160, 16000), (1080, 6000), (720, 3000), (432, 1100)]]
    if chance(0.5):
        if c.p(0.45):
            doc["fairplay"] = {"ask_ref": "vault:drm/fps/ask", "private_key": c.typed("private_key")}
        return "structured", doc
    return "raw-result", raw(jd(doc, 2))


def t_m_royalty(c):
    payee = person()
    L = [f"ROYALTY STATEMENT  period {pick(['Q1', 'Q2', 'Q3', 'Q4'])} {R.randint(2023, 2025)}   Statement # RS-{_d(7)}",
         f"Payee: {fullname(payee)}  Payee ID {_d(8)}  IPI {_d(11)}",
         f"Remit to: {c.iban() if c.p(0.6) else 'on file (' + pick(UP) + pick(UP) + '** **** **** ' + _d(4) + ')'}   Email: {c.em(payee, 0.5, role='royalties' if False else 'accounting')}",
         "", "ISRC          | ISWC            | TITLE                 | TERRITORY | UNITS    | RATE   | AMOUNT"]
    for _ in range(R.randint(3, 7)):
        L.append(f"{isrc()} | {iswc()} | {pick(['Night Ferry (Main Title)', 'Orchard Theme', 'Low Tide Cue 3M12', 'Relay Suite'])[:21]:<21} | {pick(['US', 'GB', 'DE', 'WW', 'JP'])}        | {R.randint(1000, 900000):>8} | 0.{_d(4)} | {money(10, 9000):>9}")
    L += ["", f"Total due: {money(100, 60000)} {pick(['USD', 'EUR', 'GBP'])}    Withholding: {R.randint(0, 30)}%",
          f"Questions: royalties desk {neg_phone()}"]
    if c.p(0.3):
        L.append(f"Your statement portal PIN was reset; temporary password: {c.gen('temporary password', 'pw')}")
    return "raw-result", raw("\n".join(L))


def t_m_accounting(c):
    dom = org_domain("m")
    L = [f"PRODUCTION ACCOUNTING -- PO LOG  {pick(SHOWS)}  week ending {date()}",
         "PO#     ACCT     VENDOR                    DESCRIPTION              AMOUNT     PAY METHOD"]
    for _ in range(R.randint(3, 6)):
        meth = pick(["CHECK", "ACH", "WIRE", "CARD"])
        det = ""
        if meth == "CARD":
            det = c.card() if c.p(0.7) else f"AMEX ****{_d(5)}"
        elif meth == "WIRE":
            det = c.iban() if c.p(0.5) else f"ref W{_d(8)}"
        else:
            det = f"ck {_d(5)}"
        L.append(f"{_d(5):<8}{R.randint(1100, 6999):<9}{pick(['Quarry Lane Grip', 'Foley Barn Ltd', 'Harbour Catering', 'Lensworks Rental', 'Sparks Genny Co'])[:25]:<26}{pick(['grip pkg wk3', 'catering 80 pax', 'lens rental', 'genny + fuel'])[:24]:<25}{money(200, 40000):>10}  {meth} {det}")
    L.append("")
    if c.p(0.6):
        k, v = c.slot(["url_credentials", "generic_secret"], 1.0, ["db_password", "smtp_password", "sftp_password"])
        L.append(f"# cost report export job: {k}={v}")
    else:
        L.append(f"# cost report export job: sftp_password=${{SFTP_PASSWORD}}  host sftp.{dom}")
    L.append(f"Cost report contact: {c.em(person(), 0.5, dom=dom, role='accounting')}  ext {R.randint(100, 499)}")
    return "text", "\n".join(L)


# ---------- education
GRADES = ["KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]
COURSES = [("ALG1-04", "Algebra I"), ("BIO-H-02", "Honors Biology"), ("ENG10-01", "English 10"), ("APUSH-03", "AP US History"),
           ("CHEM-01", "Chemistry"), ("SPAN2-05", "Spanish II"), ("ART-01", "Studio Art"), ("CS-P-02", "AP CS Principles")]


def letter():
    return pick(["A", "A-", "B+", "B", "B-", "C+", "C", "D", "F", "P"])


def t_e_oneroster(c):
    dom = org_domain("e")
    rows = ["sourcedId,status,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,identifier,email,sms,phone,grades"]
    for _ in range(R.randint(3, 6)):
        p = person()
        role = pick(["student", "student", "student", "teacher", "parent"])
        em = c.em(p, 0.3, dom=dom if role != "parent" else None, role="")
        sms = c.phone() if (role != "student" and c.p(0.5)) else ""
        rows.append(f'{uuid4()},active,true,{uuid4()},{role},{p[0].translate(FOLD).lower()}{_d(3)},"{{SIS:{_d(7)}}}",{p[0]},"{p[1]}",{_d(9) if role == "student" else ""},{em},{sms},,{pick(GRADES) if role == "student" else ""}')
    t = "\n".join(rows)
    return "raw-result", raw(f"users.csv ({len(rows) - 1} rows)\n" + t)


def t_e_edfi_json(c):
    p = person()
    par = person()
    doc = {"studentUniqueId": _d(9), "firstName": p[0], "lastSurname": p[1], "birthDate": f"{R.randint(2006, 2018)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
           "stateStudentNumber": f"{pick(UP)}{_d(10)}", "limitedEnglishProficiencyDescriptor": "uri://ed-fi.org/LimitedEnglishProficiencyDescriptor#NotLimited",
           "electronicMails": [], "telephones": [],
           "parents": [{"parentUniqueId": _d(8), "firstName": par[0], "lastSurname": par[1], "relation": pick(["Mother", "Father", "Guardian"]),
                        "electronicMails": [], "telephones": []}],
           "_etag": str(R.randint(10 ** 17, 10 ** 18)), "id": rs(32, HX)}
    if c.p(0.5):
        doc["electronicMails"].append({"electronicMailTypeDescriptor": "uri://ed-fi.org/ElectronicMailTypeDescriptor#Organization", "electronicMailAddress": c.email(p, org_domain("e"))})
    if c.p(0.7):
        doc["parents"][0]["electronicMails"].append({"electronicMailTypeDescriptor": "uri://ed-fi.org/ElectronicMailTypeDescriptor#Home/Personal", "electronicMailAddress": c.email(par)})
    tel = c.ph(0.7)
    doc["parents"][0]["telephones"].append({"telephoneNumberTypeDescriptor": "uri://ed-fi.org/TelephoneNumberTypeDescriptor#Mobile", "telephoneNumber": tel, "textMessageCapabilityIndicator": True})
    if chance(0.5):
        return "structured", {"status": 200, "resource": "/ed-fi/students", "body": [doc]}
    return "raw-result", raw(jd([doc], 2))


def t_e_edfi_xml(c):
    p = person()
    par = person()
    mail = c.em(par, 0.7, role="")
    mail_xml = f"<ElectronicMail><ElectronicMailAddress>{mail}</ElectronicMailAddress><ElectronicMailType>Home/Personal</ElectronicMailType></ElectronicMail>" if mail else ""
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<InterchangeStudentParent xmlns="http://ed-fi.org/0220">
  <Student id="STU_{_d(7)}">
    <StudentUniqueId>{_d(9)}</StudentUniqueId>
    <Name><FirstName>{p[0]}</FirstName><LastSurname>{p[1]}</LastSurname></Name>
    <BirthData><BirthDate>{R.randint(2006, 2018)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}</BirthDate></BirthData>
    <StudentIdentificationCode IdentificationSystem="State"><IdentificationCode>{_d(10)}</IdentificationCode></StudentIdentificationCode>
  </Student>
  <Parent id="PAR_{_d(7)}">
    <ParentUniqueId>{_d(8)}</ParentUniqueId>
    <Name><FirstName>{par[0]}</FirstName><LastSurname>{par[1]}</LastSurname></Name>
    <Telephone TelephoneNumberType="Mobile"><TelephoneNumber>{c.ph(0.7)}</TelephoneNumber></Telephone>
    {mail_xml}
  </Parent>
  <StudentParentAssociation><StudentReference ref="STU"/><Relation>{pick(['Mother', 'Father', 'Grandparent'])}</Relation><EmergencyContactStatus>true</EmergencyContactStatus></StudentParentAssociation>
</InterchangeStudentParent>"""
    return "text", t


def t_e_transcript(c):
    p = person()
    dom = org_domain("e")
    L = [f"OFFICIAL TRANSCRIPT -- {dom.split('.')[0].title()} High School   CEEB {_d(6)}",
         f"Student: {p[1]}, {p[0]}   ID: {_d(7)}   State ID: {_d(10)}   DOB: {usdate()}",
         f"Grade: {pick(['10', '11', '12'])}   Counselor: {fullname(person())}", "",
         "TERM     COURSE      TITLE                     GRADE  CREDITS"]
    for _ in range(R.randint(4, 8)):
        cc, ttl = pick(COURSES)
        L.append(f"{pick(['FA24', 'SP25', 'FA23', 'SP24'])}     {cc:<11} {ttl:<25} {letter():<6} {pick(['0.5', '1.0'])}")
    L += ["", f"Cumulative GPA: {R.randint(2, 3)}.{_d(2)} (unweighted)  {R.randint(3, 4)}.{_d(2)} (weighted)   Class rank {R.randint(1, 400)}/{R.randint(400, 600)}",
          f"Send corrections to registrar@{dom} or call {neg_phone()}."]
    if c.p(0.7):
        L.append(f"Student contact on file: {c.email(p) if chance(0.6) else c.email(p, dom)}")
    if c.p(0.5):
        L.append(f"Guardian phone: {c.phone()}")
    return "text", "\n".join(L)


def ocr_damage(s):
    """Damages a digit string so it no longer is the valid value."""
    out = list(s)
    idx = [i for i, ch in enumerate(out) if ch == "0"]
    if idx:
        out[pick(idx)] = "O"
    else:
        i = pick([i for i, ch in enumerate(out) if ch.isdigit()])
        out[i] = pick(["l", "S", "B"])
    return "".join(out)


def t_e_finaid_ocr(c):
    p = person()
    par = person()
    if c.p(0.7):
        ssn = c.ssn()
    else:
        ssn = ocr_damage(mk_ssn())
    pem = c.em(par, 0.7, role="")
    t = f"""FREE APPL1CATION FOR STUDENT A1D  -- {R.randint(2025, 2026)}-{R.randint(26, 27)}     page 1 of 4
Section A   Student  Informati on
1. Last name   {p[1].upper()}        2. First name  {p[0].upper()}
3. Social Security Number    {ssn}
4. Date of birth   {usdate()}      5. Phone   {c.ph(0.6)}
6. E-mail  {c.em(p, 0.6, role='') or '____________'}
Section B   Parent 1
7. Name {fullname(par)}   8. SSN  XXX-XX-{_d(4)}
9. Parent e-mail   {pem or '____________'}
10. Parent AGI  $ {R.randint(20, 180)},{_d(3)}   11. Untaxed income $ {R.randint(0, 9)},{_d(3)}
12. Dependents in household  {R.randint(2, 7)}
FSA ID user name: {p[0].lower()}{_d(2)}   (password not collected)
--- scanned {date()} batch {_d(6)} confidence 0.{R.randint(71, 97)} ---"""
    if c.p(0.3):
        bad = mk_ssn()
        t += f"\nAlt SSN field (illegible): {bad[:4]} {bad[4:]}".replace("-", " -")
    return "text", t


def t_e_counsel(c):
    s = person()
    par = person()
    parts = [f"COUNSELLING NOTE  ({pick(['504 review', 'IEP annual', 'check-in', 'attendance conference'])})  {date()}",
             f"Student: {fullname(s)} (ID {_d(7)}, gr {pick(GRADES[6:])})   Case # SE-{_d(5)}"]
    prose = [f"Met with {s[0]} for {R.randint(15, 50)} minutes. Discussed {pick(['test anxiety', 'missing assignments', 'peer conflict', 'post-secondary plans'])}.",
             f"Mom ({par[0]}) asked to be reached on {c.phone()} after 4pm rather than the home line." if c.p(0.6) else f"Parent prefers contact through the front office ({neg_phone()}).",
             f"Outside therapist Dr. {person()[1]} can be reached at {c.email(person())}." if c.p(0.4) else f"Outside provider release on file (form R-{_d(4)}).",
             f"Accommodations: extended time (1.5x), separate setting, {pick(['preferential seating', 'read-aloud', 'breaks as needed'])}.",
             f"Follow-up {date()}; copy to {pick(['counseling', 'attendance', 'registrar'])}@{org_domain('e')}."]
    if c.p(0.3):
        prose.append(f"{s[0]} shared personal email {c.email(s)} for college portal invites.")
    parts.append(" ".join(prose))
    t = "\n".join(parts)
    return ("text", t) if chance(0.5) else ("structured", {"note_id": _d(8), "author": fullname(person()), "confidential": True, "body": t})


def t_e_parent_contacts(c):
    dom = org_domain("e")
    if chance(0.5):
        L = ["STUDENT_ID|STUDENT|GRADE|GUARDIAN|RELATION|PHONE|EMAIL|LANG"]
        for _ in range(R.randint(3, 6)):
            s, g = person(), person()
            L.append(f"{_d(7)}|{s[1]}, {s[0]}|{pick(GRADES)}|{fullname(g)}|{pick(['Mother', 'Father', 'Aunt', 'Guardian'])}|{c.ph(0.25)}|{c.em(g, 0.3, role='')}|{pick(['en', 'es', 'vi', 'ar', 'so', 'zh'])}")
    else:
        L = [f"{'SID':<9}{'STUDENT':<26}{'GR':<4}{'GUARDIAN':<26}{'PHONE':<22}EMAIL"]
        for _ in range(R.randint(3, 6)):
            s, g = person(), person()
            L.append(f"{_d(7):<9}{fullname(s)[:25]:<26}{pick(GRADES):<4}{fullname(g)[:25]:<26}{c.ph(0.25):<22}{c.em(g, 0.3, role='')}")
    L.append(f"-- exported {ts()} by attendance@{dom}; do not forward")
    return "raw-result", raw("\n".join(L))


def t_e_gradebook(c):
    dom = org_domain("e")
    sec = pick(COURSES)
    rows = [f'"Student","ID","SIS User ID","SIS Login ID","Section","Unit 1 Quiz (1043)","Lab Report (1044)","Midterm (1051)","Current Score","Final Grade"']
    rows.append('"    Points Possible","","","","","20","50","100","(read only)",""')
    for _ in range(R.randint(3, 6)):
        p = person()
        login = c.email(p, dom) if c.p(0.25) else f"{p[0].translate(FOLD).lower()}.{_d(4)}"
        rows.append(f'"{p[1]}, {p[0]}","{R.randint(10000, 99999)}","{_d(7)}","{login}","{sec[0]} {sec[1]}","{R.randint(8, 20)}","{R.randint(20, 50)}","{R.randint(50, 100)}","{R.randint(60, 99)}.{_d(2)}","{letter()}"')
    t = "\n".join(rows)
    meta = {"course_id": R.randint(1000, 9999), "term": pick(["2024-25 S1", "2024-25 S2"]), "export": "gradebook.csv"}
    if c.p(0.3):
        k = "access_token"
        meta["next"] = f"https://{dom.split('.')[0]}.instructure.com/api/v1/courses/{meta['course_id']}/gradebook_history?{k}={c.gen(k, value=str(R.randint(1000, 9999)) + '~' + rs(64, AN))}"
    return "raw-result", raw(t, sc=meta)


def t_e_proctor(c):
    p = person()
    L = []
    sess = uuid4()
    for _ in range(R.randint(5, 9)):
        ev = pick(["session.start", "face.detected", "gaze.away", "tab.blur", "audio.voice", "id.verified", "browser.locked"])
        L.append(f"{ts()} sess={sess} evt={ev} conf=0.{_d(2)} trace={rs(32, HX)}")
    if c.p(0.6):
        j = c.typed("jwt", extra={"email": mk_email(p)} if chance(0.5) else None)
        L.insert(2, f"{ts()} sess={sess} evt=lti.launch hdr=\"Authorization: Bearer {j}\"")
    else:
        L.insert(2, f"{ts()} sess={sess} evt=lti.launch hdr=\"Authorization: Bearer [redacted]\"")
    if c.p(0.5):
        L.append(f"{ts()} sess={sess} evt=notify.candidate to={c.email(p)} status=250")
    else:
        L.append(f"{ts()} sess={sess} evt=notify.candidate to=<hidden> status=250")
    if c.p(0.6):
        k, v = c.slot(["webhook_url", "generic_secret", "google_api_key", "slack_token", "openai_api_key", "anthropic_api_key", "stripe_key"], 1.0)
        L.append(f"{ts()} cfg reload {k}={v}")
    L.append(f"{ts()} sess={sess} evt=session.end flags={R.randint(0, 4)} exam={pick(COURSES)[0]}-FINAL room={rs(6, UP + DG)}")
    return "raw-result", raw("\n".join(L))


def t_e_lti(c):
    style = pick(["env", "yaml", "toml", "ini"])
    dom = org_domain("e")
    items = [("issuer", f"https://{dom}/lti"), ("client_id", _d(17)), ("deployment_id", f"{R.randint(1, 99)}:{rs(40, HX)}"),
             ("auth_login_url", "https://sso.canvaslms.com/api/lti/authorize_redirect"), ("jwks_kid", rs(22, URLSAFE))]
    for _ in range(R.randint(4, 6)):
        items.append(c.slot(["generic_secret", "openai_api_key", "anthropic_api_key", "google_api_key", "url_credentials",
                             "slack_token", "webhook_url", "github_token", "gitlab_token", "aws_access_key_id", "aws_secret_access_key", "stripe_key"], 0.8))
    items.append(("sis_password_ref", neg_code_ref("SIS_PASSWORD")))
    text = f"# LTI 1.3 tool config for {dom}  (generated {date()})\n" + render_cfg(style, items, "lti")
    if c.p(0.6):
        pk = c.typed("private_key")
        text += f"\n\n# tool signing key (kid {rs(16, URLSAFE)})\n{pk}\n"
    elif chance(0.3):
        text += "\n\n# tool signing key is loaded from /run/secrets/lti_private_key.pem\n"
    return ("text", text) if chance(0.5) else ("raw-result", raw(text))


# ---------- agriculture
def gtin():
    d = _d(13)
    w = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d)))
    v = "0" + d[:12] + str((10 - w % 10) % 10) if False else d + str((10 - w % 10) % 10)
    if CARD_PREFIX_RE.match(v) and luhn_ok(v):
        return gtin()
    return v


def sscc():
    v = "0" + _d(17)
    return v


def t_a_grower(c):
    p = person()
    doc = {"grower_id": f"GR-{_d(5)}", "farm_name": f"{p[1]} {pick(['Family Farms', 'Orchards', 'Ranch', 'Dairy'])}",
           "fsa_farm_number": _d(4), "operator": fullname(p), "contact": {"mobile": c.ph(0.7), "email": c.em(p, 0.7, role="")},
           "fields": [{"field_id": f"F{_d(3)}", "clu": _d(4), "acres": round(R.uniform(10, 300), 1), "crop": pick(["corn", "soybeans", "wheat", "canola", "almonds"]),
                       "planted": date(), "seed_lot": f"LOT{_d(6)}{pick(UP)}"} for _ in range(R.randint(1, 4))],
           "payments": {}}
    if c.p(0.5):
        doc["payments"] = {"method": "SEPA", "iban": c.iban(pick(["DE", "FR", "NL", "IE", "ES", "PL", "DK"]))}
    else:
        doc["payments"] = {"method": "ACH", "routing": _d(9), "account_last4": _d(4)}
    if c.p(0.3):
        doc["integrations"] = {"john_deere_ops": {"client_id": rs(20, LO + DG), "client_secret": c.gen("client_secret", "urlsafe")}}
    return ("structured", doc) if chance(0.6) else ("raw-result", raw(jd(doc)))


def t_a_coop_ledger(c):
    L = [f"{pick(['THREE RIVER', 'BLUESTEM', 'HIGH PLAINS'])} GRAIN CO-OP -- MEMBER EQUITY LEDGER   as of {date()}",
         f"{'MBR#':<8}{'MEMBER':<28}{'PHONE':<22}{'PATRONAGE':>12}{'EQUITY':>12}  PAYOUT ACCOUNT"]
    for _ in range(R.randint(3, 6)):
        p = person()
        acct = c.iban() if c.p(0.35) else f"ACCT ****{_d(4)}"
        L.append(f"{_d(6):<8}{fullname(p)[:27]:<28}{c.ph(0.3):<22}{money(0, 90000):>12}{money(0, 400000):>12}  {acct}")
    L.append(f"Office: grainoffice@{org_domain('a')}  {neg_phone()}")
    return "raw-result", raw("\n".join(L))


def t_a_settlement(c):
    p = person()
    dom = org_domain("a")
    L = [f"GRAIN SETTLEMENT STATEMENT   No. {_d(8)}   Date {usdate()}",
         f"Seller: {fullname(p)}  Producer # {_d(6)}   Contract # C{_d(6)}",
         f"Commodity: {pick(['#2 Yellow Corn', 'HRW Wheat', 'Soybeans', 'Malting Barley'])}", "",
         "TICKET    DATE        GROSS     TARE      NET LB   MOIST  SHRINK  NET BU"]
    for _ in range(R.randint(3, 6)):
        L.append(f"{_d(7):<10}{usdate():<12}{R.randint(70000, 90000):<10}{R.randint(28000, 33000):<10}{R.randint(40000, 60000):<9}{R.randint(13, 19)}.{_d(1)}%  {R.randint(0, 4)}.{_d(1)}%   {R.randint(700, 1100)}.{_d(2)}")
    L += ["", f"Price/bu {R.randint(3, 14)}.{_d(4)}   Checkoff -{money(1, 90)}   Drying -{money(10, 900)}   NET PAYABLE {money(5000, 90000)}"]
    if c.p(0.6):
        L.append(f"Paid by transfer to {c.iban()} on {date()}")
    else:
        L.append(f"Paid by check #{_d(6)}")
    L.append(f"Questions: grainoffice@{dom} / scale house {neg_phone()}")
    if c.p(0.4):
        L.append(f"Statement e-mailed to {c.email(p)}")
    return "text", "\n".join(L)


def t_a_epcis(c):
    gln = "0" + _d(12)
    L = []
    hdrs = ["POST /epcis/capture HTTP/1.1", f"Host: epcis.{org_domain('a')}", "Content-Type: application/xml"]
    if c.p(0.6):
        if chance(0.5):
            hdrs.append(f"Authorization: Bearer {c.typed('jwt')}")
        else:
            hdrs.append(f"X-API-Key: {c.gen('X-API-Key', pick(['hex32', 'urlsafe']))}")
    else:
        hdrs.append("Authorization: Bearer ${EPCIS_TOKEN}")
    ext = ""
    if c.p(0.4):
        ext = f"\n      <ext:recordedBy xmlns:ext=\"urn:{org_domain('a')}:epcis\">{c.email(person())}</ext:recordedBy>"
    body = f"""<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="{ts()}">
 <EPCISBody><EventList>
  <ObjectEvent>
   <eventTime>{ts()}</eventTime><eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
   <epcList><epc>urn:epc:id:sgtin:{_d(7)}.{_d(6)}.{_d(6)}</epc></epcList>
   <action>OBSERVE</action><bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
   <readPoint><id>urn:epc:id:sgln:{gln[:7]}.{gln[7:12]}.0</id></readPoint>
   <extension><quantityList><quantityElement><epcClass>urn:epc:class:lgtin:{_d(7)}.{_d(6)}.LOT{_d(5)}</epcClass><quantity>{R.randint(10, 900)}</quantity><uom>KGM</uom></quantityElement></quantityList>
   <ilmd><cbvmda:lotNumber>{pick(UP)}{_d(6)}</cbvmda:lotNumber><cbvmda:itemExpirationDate>{date(2025, 2026)}</cbvmda:itemExpirationDate></ilmd>{ext}
   </extension>
   <sscc>{sscc()}</sscc><gtin>{gtin()}</gtin>
  </ObjectEvent>
 </EventList></EPCISBody>
</epcis:EPCISDocument>"""
    t = "\n".join(hdrs) + "\n\n" + body
    return ("text", t) if chance(0.5) else ("raw-result", raw(t))


def t_a_coldchain(c):
    dev = f"TL-{rs(8, UP + DG)}"
    rows = ["timestamp,device,probe,temp_c,rh,door,battery"]
    for _ in range(R.randint(5, 10)):
        rows.append(f"{ts()},{dev},{R.randint(1, 3)},{R.uniform(-22, 8):.2f},{R.randint(40, 95)},{pick(['closed', 'open'])},{R.randint(20, 100)}")
    cfg = [f"# gateway {dev} fw {R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)} mac {':'.join(rs(2, HX) for _ in range(6))}"]
    if c.p(0.6):
        cfg.append(f"mqtt_uri = {c.urlcred(pick(['mqtts', 'mqtt']), 'gw_' + dev.lower()[3:], pick(['broker.coldtrack.io:8883', 'iot.valleyfresh.net:8883']))}")
    else:
        cfg.append(f"mqtt_uri = mqtts://gw_{dev.lower()[3:]}@broker.coldtrack.io:8883")
    for _ in range(R.randint(2, 3)):
        k, v = c.slot(["generic_secret", "aws_access_key_id", "aws_secret_access_key", "google_api_key", "webhook_url", "jwt", "gitlab_token",
                       "github_token", "slack_token", "stripe_key"], 0.75)
        if not any(x.startswith(k + " =") for x in cfg):
            cfg.append(f"{k} = {v}")
    t = "\n".join(rows) + "\n\n" + "\n".join(cfg)
    return "raw-result", raw(t)


def t_a_recall(c):
    dom = org_domain("a")
    qa = person()
    t = f"""FOOD SAFETY -- {pick(['VOLUNTARY RECALL NOTICE', 'THIRD-PARTY AUDIT SUMMARY', 'CORRECTIVE ACTION REPORT'])}
Establishment: {dom.split('.')[0].title()} Processing, USDA Est. {pick(['M', 'P'])}{_d(4)}{pick(['', '+P'])}   FDA FFR {_d(11)}
Product: {pick(['Romaine hearts 3ct', 'Ground beef 80/20', 'Shell eggs, large', 'Raw almonds 25 lb'])}   GTIN {gtin()}
Lots affected: {', '.join(pick(UP) + _d(6) for _ in range(R.randint(2, 4)))}   Pack dates {date()} to {date()}
Finding: {pick(['Listeria monocytogenes positive environmental swab, zone 2', 'E. coli O157:H7 presumptive', 'undeclared allergen (sesame)', 'temperature abuse in transit'])}
Distribution: {R.randint(3, 40)} customers in {R.randint(1, 12)} states; SSCC range {sscc()} to {sscc()}
Consumer line: {neg_phone()}   recalls@{dom}
QA lead: {fullname(qa)}, mobile {c.ph(0.65)}, {c.em(qa, 0.6, dom=dom, role='quality')}
Auditor score: {R.randint(80, 99)}.{_d(1)} / 100   Certificate # {rs(3, UP)}-{_d(6)}"""
    if c.p(0.3):
        t += f"\nRetailer notification list shared via https://share.{dom}/s/{rs(20, URLSAFE)}?password={c.gen('password', value=mk_password(urlsafe=True))}"
    return "text", t


def t_a_vet(c):
    owner = person()
    vet = person()
    doc = {"herd_id": f"US{_d(6)}", "premises_id": rs(7, UP + DG), "owner": fullname(owner), "owner_phone": c.ph(0.6),
           "animals": [{"ear_tag": f"840{_d(12)}", "visual_tag": f"{pick(UP)}{R.randint(1, 999)}", "sex": pick(["F", "M", "S"]),
                        "dob": date(2019, 2024), "events": [{"date": date(), "type": pick(["vaccination", "preg-check", "hoof trim", "treatment"]),
                                                             "product": pick(["Bovi-Shield Gold 5", "Draxxin", "Excede", "Ivomec"]), "withdrawal_days": R.randint(0, 48)}]}
                       for _ in range(R.randint(2, 5))],
           "veterinarian": {"name": "Dr. " + fullname(vet), "license": f"DVM-{_d(5)}", "clinic_line": neg_phone(),
                            "mobile": c.ph(0.5), "email": c.em(vet, 0.55, role="")}}
    return ("structured", doc) if chance(0.6) else ("raw-result", raw(jd(doc, 1)))


def t_a_supplier(c):
    a, b = person(), person()
    dom = org_domain("a")
    sdom = pick(["sunvalleyseed.com", "krausfeeds.de", "mareaproduce.es", "kiwipack.co.nz", "agrilogix.nl"])
    bank = f"Bank details for remittance: {c.iban()} (BIC {rs(4, UP)}{pick(['DE', 'NL', 'FR', 'ES'])}{rs(2, UP + DG)})" if c.p(0.6) else "Bank details: see attached letter (not included in this thread)."
    tin = f"TIN/SSN (sole proprietor): {c.ssn()}" if c.p(0.3) else f"EIN: {_d(2)}-{_d(7)}"
    t = f"""From: {fullname(a)} <{c.em(a, 0.7, dom=sdom, role='')  or 'info@' + sdom}>
To: supplier-onboarding <membership@{dom}>
Subject: Re: Supplier onboarding packet - {sdom.split('.')[0]}
Message-ID: <{rs(16, AN)}.{_d(6)}@mail.{sdom}>

Hi, please find our details below.
{bank}
{tin}
Food safety certificate: {pick(['SQF', 'BRCGS', 'GLOBALG.A.P.'])} {_d(10)}; GLN {'0' + _d(12)}
Dispatch contact: {c.ph(0.6)}

> On {date()} {fullname(b)} wrote:
> Thanks for registering. Please send the W-9, your COI and bank letter.
> My direct line is {c.ph(0.5)} and you can copy {c.em(b, 0.5, dom=dom, role='quality')}.
> Portal: https://suppliers.{dom}/onboard?ref={uuid4()}
"""
    return "text", t


def t_a_telematics(c):
    style = pick(["ini", "toml", "yaml", "env"])
    items = [("unit_serial", f"{pick(['1RW', '1N4', 'JJG'])}{_d(6)}"), ("vin", rs(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
             ("telemetry_endpoint", "https://telemetry.fieldlink.io/v2/ingest"), ("gnss_rtk_base", f"ntrip://caster.rtknet.org:2101/{rs(6, UP)}")]
    for _ in range(R.randint(4, 6)):
        items.append(c.slot(["generic_secret", "aws_access_key_id", "aws_secret_access_key", "google_api_key", "github_token", "gitlab_token",
                             "url_credentials", "openai_api_key", "anthropic_api_key", "webhook_url", "slack_token", "stripe_key", "jwt"], 0.8))
    if c.p(0.3):
        items.append(("ntrip_url", c.urlcred("ntrip", pick(["farm", "rtk", "deere"]) + _d(3), "caster.rtknet.org:2101", "/" + rs(6, UP))))
    else:
        items.append(("ntrip_user", "guest"))
    text = f"; {pick(['combine', 'sprayer', 'planter', 'tractor'])} telematics gateway profile\n" + render_cfg(style, items, "gateway")
    if c.p(0.45):
        text += f"\n\n# firmware OTA client key\n{c.typed('private_key')}"
    return ("text", text) if chance(0.5) else ("raw-result", raw(text))


def t_a_webhook_event(c):
    dom = org_domain("a")
    inner = {"event": pick(["lot.shipped", "lot.received", "recall.opened", "temp.excursion"]), "lot": f"{pick(UP)}{_d(6)}",
             "gtin": gtin(), "facility_gln": "0" + _d(12), "at": ts()}
    if c.p(0.6):
        inner["acknowledged_by"] = c.email(person())
    if c.p(0.3):
        inner["driver_phone"] = c.phone()
    doc = {"id": "evt_" + rs(24, AN), "delivery": uuid4(), "attempt": R.randint(1, 3), "payload": json.dumps(inner, ensure_ascii=False),
           "target": f"https://erp.{dom}/hooks/trace"}
    k, v = c.slot(["generic_secret", "webhook_url", "slack_token", "stripe_key"], 0.7, None)
    doc["subscription"] = {k: v, "status": "active"}
    if chance(0.5):
        return "structured", doc
    return "raw-result", raw(jd(doc))


# ---------- construction
CSI = ["03 30 00 Cast-in-Place Concrete", "05 12 00 Structural Steel", "07 50 00 Membrane Roofing", "08 11 13 HM Doors & Frames",
       "09 29 00 Gypsum Board", "22 00 00 Plumbing", "23 00 00 HVAC", "26 00 00 Electrical", "31 23 00 Excavation & Fill"]
SUBS = ["Keystone Concrete", "Summitline Steel", "Redoak Roofing", "Baseline Mechanical", "Truss & Frame Co", "Bricklane Masonry",
        "Steelhaven Electric", "Granitepeak Excavation", "Cornerstone Drywall"]


def t_c_bidtab(c):
    dom = org_domain("c")
    rows = ['"Bidder","CSI Division","Base Bid","Alt 1","Alt 2","Bond #","License #","Estimator","Phone","Email"']
    for _ in range(R.randint(3, 7)):
        p = person()
        sub = pick(SUBS)
        sdom = sub.lower().replace(" ", "").replace("&", "and") + ".com"
        rows.append(f'"{sub}, Inc.","{pick(CSI)}","${money(50000, 4000000)}","${money(0, 90000)}","(${money(0, 20000)})","{rs(3, UP)}{_d(7)}","{pick(["CSLB", "ROC", "LIC"])} {_d(6)}","{fullname(p)}","{c.ph(0.35)}","{c.em(p, 0.35, dom=sdom, role="estimating")}"')
    t = "\n".join(rows)
    t = f"BID TABULATION -- Project {_d(4)}-{_d(3)} {pick(['Riverside Library', 'Elm St Mixed-Use', 'Lot 7 Warehouse'])}  opened {date()}  (bids@{dom})\n" + t
    return "raw-result", raw(t)


def t_c_prequal(c):
    p = person()
    sub = pick(SUBS)
    t = f"""SUBCONTRACTOR PREQUALIFICATION PACKET
Firm: {sub}, {pick(['LLC', 'Inc.', 'Pty Ltd', 'GmbH'])}    Years in business: {R.randint(3, 60)}
Contractor licence: {pick(['CSLB', 'QBCC', 'ROC', 'NYC DOB'])} #{_d(6)}  Class {pick(['A', 'B', 'C-10', 'C-36'])}   EMR {R.randint(6, 12) / 10:.2f}
Principal: {fullname(p)}   Direct: {c.ph(0.7)}   Email: {c.em(p, 0.7, role='estimating')}
Insurance certificate (ACORD 25): GL policy {rs(3, UP)}{_d(8)}, {money(1000000, 2000000)} each occurrence; WC policy {rs(2, UP)}{_d(9)}
Surety: bonding capacity ${R.randint(2, 40)}M single / ${R.randint(40, 120)}M aggregate
Bank reference letter: "{sub} has maintained account {c.iban() if c.p(0.55) else '****' + _d(4)} with us since {R.randint(1995, 2020)}."
Owner SSN (for personal guarantee): {c.ssn() if c.p(0.35) else 'XXX-XX-' + _d(4)}
Safety: TRIR {R.randint(0, 4)}.{_d(2)}, OSHA 300A attached; no fatalities in 5 yrs."""
    if c.p(0.3):
        t += f"\nPortal login for reviewers: user {p[0].lower()} password: {c.gen('password', 'pw')}"
    return ("text", t) if chance(0.6) else ("structured", {"packet_id": f"PQ-{_d(5)}", "status": pick(["submitted", "approved", "needs_info"]), "ocr_text": t})


def t_c_permit(c):
    p = person()
    doc = {"permit_application": {"record_id": f"BLD{R.randint(2024, 2025)}-{_d(5)}", "type": pick(["Commercial Alteration", "New SFR", "Demolition", "Grading"]),
                                  "parcel": f"{_d(3)}-{_d(3)}-{_d(2)}", "valuation": R.randint(20000, 5000000),
                                  "applicant": {"name": fullname(p), "role": pick(["Owner", "Agent", "Contractor"]), "phone": c.ph(0.7), "email": c.em(p, 0.7, role="permits")},
                                  "contractor": {"license": f"{_d(6)}", "business": pick(SUBS), "office_phone": neg_phone()},
                                  "fees": {"plan_check": money(100, 9000), "permit": money(100, 20000)}}}
    if c.p(0.55):
        doc["payment"] = {"method": "card", "pan": c.card(), "exp": f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", "auth_code": rs(6, UP + DG)}
    else:
        doc["payment"] = {"method": "card", "pan": f"************{_d(4)}", "auth_code": rs(6, UP + DG)}
    if chance(0.5):
        return "structured", doc
    return "raw-result", raw(jd(doc, 2))


def ocr_space(s):
    i = R.randint(1, len(s) - 2)
    return s[:i] + " " + s[i:]


def t_c_inspection_ocr(c):
    insp = person()
    sup = person()
    good_em = c.em(sup, 0.55, role="")
    if not good_em:
        bad = mk_email(sup)
        # OCR-damaged address (broken at the @) -> not labelled
        good_em = pick([bad.replace("@", " @ "), bad.replace("@", "\u00a9"), bad.replace("@", "(a)"), "[illegible]"])
    t = f"""CITY OF {pick(['MAPLEWOOD', 'SPRING VALLEY', 'PORT ELLIS'])}  BUILDING INSPECTION  REPORT
Permit No. B{R.randint(24, 25)}-{_d(5)}    lnspection type: {pick(['Footing', 'Framing', 'Rough Electrical', 'Final'])}
Address: {R.randint(10, 9999)} {pick(['Cedar', 'Birch', 'Main', 'Industrial'])} {pick(['St', 'Ave', 'Pkwy'])}   APN {_d(3)}-{_d(3)}-{_d(3)}
Result: {pick(['APPROVED', 'CORRECTIONS REQUIRED', 'PARTIAL'])}        Inspector # {_d(4)}
Inspector: {fullname(insp)}   cell {c.ph(0.5)}
Site super: {fullname(sup)}   {good_em}
Corrections: {pick(['Provide hold-downs per S-2.1', 'GFCI at kitchen counters', 'Firestop penetrations L3', 'Compaction report required'])}
Re-inspect: call IVR {neg_phone()} and enter code {_d(6)}."""
    if c.p(0.4):
        t += f"\nAlt contact (handwritten): {c.phone()}"
    return "text", t


def t_c_dailylog(c):
    dom = org_domain("c")
    fore = person()
    eng = person()
    rfi = f"RFI-{_d(3)}"
    body = [f"DAILY SITE LOG {date()}  Project {_d(4)}  Weather: {pick(['clear 18C', 'rain 9mm', 'overcast 12C', 'wind 40kph'])}",
            f"Manpower: {R.randint(2, 14)} carpenters, {R.randint(1, 8)} electricians, {R.randint(1, 6)} laborers. Pour #{R.randint(1, 30)} at grid C-{R.randint(1, 9)} ({R.randint(10, 90)} m3).",
            (f"Concrete pump delayed 2h; reach the foreman on {c.phone()} if the truck shows before 7." if c.p(0.6) else f"Concrete pump delayed 2h; foreman reachable via gate radio ch {R.randint(1, 16)}."),
            f"Delivery tracking {rs(2, UP)}{_d(9)}{rs(2, UP)}; gate code changes Monday.", "",
            f"{rfi}  Subject: embed plate conflict at {pick(['L2', 'L3', 'roof'])}",
            f"From: {fullname(eng)} <{c.em(eng, 0.6, dom=dom, role='submittals')}>",
            f"> Please confirm whether the plates can shift 50 mm east.",
            f"> -- {fullname(fore)}, {c.ph(0.5)}",
            f"Response: OK to shift; see SK-{_d(3)}. CSI {pick(CSI)[:8]}. Cost code {_d(2)}-{_d(3)}."]
    t = "\n".join(body)
    return ("text", t) if chance(0.6) else ("structured", {"log_id": _d(7), "author": fullname(fore), "entries": t.split("\n")})


def t_c_payroll(c):
    L = [f"U.S. DEPARTMENT OF LABOR -- PAYROLL (WH-347 style)   Payroll No. {R.randint(1, 60)}   Week ending {usdate()}",
         f"Contractor: {pick(SUBS)}   Project: {pick(['Riverside Library', 'Elm St Mixed-Use', 'Lot 7 Warehouse'])}  Contract # {rs(2, UP)}-{_d(6)}",
         f"{'NAME':<24}{'ID / SSN':<14}{'CLASS':<16}{'HRS':>5}{'RATE':>8}{'GROSS':>11}{'FRINGE':>9}"]
    for _ in range(R.randint(3, 8)):
        p = person()
        sid = c.ssn() if c.p(0.5) else pick([f"XXX-XX-{_d(4)}", f"***-**-{_d(4)}", f"EMP{_d(5)}"])
        L.append(f"{fullname(p)[:23]:<24}{sid:<14}{pick(['Carpenter', 'Electrician', 'Laborer Gr 2', 'Ironworker', 'Op Engineer'])[:15]:<16}{R.randint(8, 50):>5}{str(R.randint(25, 80)) + chr(46) + _d(2):>8}{money(500, 4000):>11}{str(R.randint(5, 30)) + chr(46) + _d(2):>9}")
    L.append("Statement of Compliance signed by payroll officer; fringe paid to approved plans.")
    return "raw-result", raw("\n".join(L))


def t_c_lien_payapp(c):
    p = person()
    sub = pick(SUBS)
    t = f"""CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT
Claimant: {sub}   Customer: {pick(['Cornerstone GC', 'Ironbark Builders'])}   Job: {_d(4)}-{_d(2)}
Through date: {usdate()}   Amount of payment: ${money(10000, 900000)}
APPLICATION AND CERTIFICATE FOR PAYMENT (G702-style)  App #{R.randint(1, 20)}
  Original contract sum   {money(500000, 9000000)}
  Net change orders       {money(0, 200000)}
  Retainage 5%            {money(1000, 90000)}
  Current payment due     {money(10000, 900000)}
Wire instructions (updated {date()}): {('IBAN ' + c.iban()) if c.p(0.6) else 'ABA ' + _d(9) + ' / acct ending ' + _d(4)}
Remittance advice to: {c.em(p, 0.6, role='accounts')}   AR contact {fullname(p)} {c.ph(0.4)}
Notary commission # {_d(8)}, expires {date(2026, 2028)}"""
    if c.p(0.25):
        t += "\nNOTE: the wire instructions above replace those in the prior pay app -- please call to verify before sending."
    return "text", t


def t_c_bim_cde(c):
    style = pick(["yaml", "env", "toml", "json"])
    items = [("hub_id", "b." + uuid4()), ("project_id", "b." + uuid4()), ("region", pick(["US", "EMEA", "AUS"])),
             ("procore_company_id", _d(6)), ("model_guid", uuid4()), ("ifc_schema", "IFC4")]
    for _ in range(R.randint(4, 6)):
        items.append(c.slot(["generic_secret", "gitlab_token", "github_token", "webhook_url", "slack_token", "aws_access_key_id",
                             "aws_secret_access_key", "url_credentials", "jwt", "anthropic_api_key", "openai_api_key", "stripe_key", "google_api_key"], 0.8))
    items.append(("aps_client_secret_ref", neg_code_ref("APS_CLIENT_SECRET")))
    text = render_cfg(style, items, "cde_sync")
    if style != "json":
        text = f"# BIM/CDE sync worker ({pick(['ACC', 'Procore', 'Trimble Connect', 'BIM 360'])})\n" + text
    if c.p(0.4) and style != "json":
        text += f"\n\n# IFC signing key\n{c.typed('private_key')}"
    if c.p(0.3):
        text += "\n\n# git remote for families library\n" + f"remote = {c.url_token(pick(['gitlab_token', 'github_token']), 'https', pick(['oauth2', 'x-access-token', 'bim-bot']), pick(['gitlab.com', 'github.com']), '/' + pick(['ironbark', 'keystone']) + '/revit-families.git')}"
    return ("text", text) if chance(0.5) else ("raw-result", raw(text))


def t_c_access(c):
    dom = org_domain("c")
    recs = []
    for _ in range(R.randint(3, 7)):
        p = person()
        r_ = {"badge": f"{_d(8)}", "name": fullname(p), "employer": pick(SUBS), "orientation": date(),
              "gate": pick(["G1", "G2", "Hoist"]), "in": ts(), "out": ts(), "mobile": c.ph(0.2),
              "emergency_contact": {"name": fullname(person()), "phone": c.ph(0.15)}}
        if c.p(0.2):
            r_["email"] = c.email(p)
        recs.append(r_)
    doc = {"site": f"{pick(['Riverside Library', 'Tower B', 'Lot 7 Warehouse'])}", "export_id": uuid4(), "records": recs}
    hdr = f"GET https://api.sitegate.io/v1/sites/{_d(5)}/swipes?from={date()}\n"
    if c.p(0.45):
        hdr += f"x-api-key: {c.gen('x-api-key', pick(['hex32', 'urlsafe', 'b64']))}\n"
    else:
        hdr += "x-api-key: {{SITEGATE_KEY}}\n"
    return "raw-result", raw(hdr + "\n" + jd(doc, 1))


def t_c_portal(c):
    dom = org_domain("c")
    sub = pick(SUBS)
    inner = {"app_no": R.randint(1, 20), "sub": sub, "amount": money(1000, 500000), "retainage_pct": 5}
    if c.p(0.4):
        inner["submitted_by"] = c.email(person())
    if c.p(0.6):
        inner["card_for_fees"] = c.card()
    doc = {"request": {"method": "POST", "url": f"https://portal.{dom}/api/payapps", "headers": {}}, "response": {"status": 201, "body": json.dumps(inner, ensure_ascii=False)}}
    if c.p(0.55):
        doc["request"]["headers"]["Cookie"] = "session=" + c.gen("session", "b64") + "; theme=dark"
    else:
        doc["request"]["headers"]["Cookie"] = "theme=dark; consent=1"
    k, v = c.slot(["stripe_key", "jwt", "generic_secret", "aws_access_key_id", "aws_secret_access_key"], 0.7)
    doc["config_snapshot"] = {k: v, "publishable_key": "pk_live_" + rs(24, AN) if chance(0.5) else "pk_test_" + rs(24, AN)}
    return "structured", doc


# ---------- extra mixed templates (one per domain, code/agent shaped)

def t_m_ingest_script(c):
    lines = ["#!/usr/bin/env python3", "# dailies ingest -> DAM uploader", "import os, requests", ""]
    for _ in range(R.randint(1, 3)):
        if not c.p(0.75):
            continue
        typ = c.pick_type(["generic_secret", "aws_access_key_id", "aws_secret_access_key", "openai_api_key", "anthropic_api_key", "google_api_key",
                           "slack_token", "github_token", "stripe_key", "jwt"])
        const = {"generic_secret": "DAM_API_SECRET", "aws_access_key_id": "AWS_ACCESS_KEY_ID", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
                 "openai_api_key": "OPENAI_API_KEY", "anthropic_api_key": "ANTHROPIC_API_KEY", "google_api_key": "YOUTUBE_API_KEY",
                 "slack_token": "SLACK_BOT_TOKEN", "github_token": "GH_TOKEN", "stripe_key": "STRIPE_KEY", "jwt": "DAM_SERVICE_JWT"}[typ]
        if any(l.startswith(const + " =") for l in lines):
            continue
        v = c.gen(const) if typ == "generic_secret" else c.typed(typ, const)
        lines.append(f'{const} = "{v}"  # TODO move to vault before wrap')
    if c.p(0.4):
        lines.append(f'SFTP_KEY = """{c.typed("private_key")}"""')
    lines.append(f'DAM_TOKEN = {neg_code_ref("DAM_TOKEN")}')
    lines.append(f'ASSET_ROOT = "/mnt/dailies/{pick(SHOWS).replace(" ", "_")}/{date()}"')
    lines.append(f'CHECKSUM = "{rs(64, HX)}"  # xxh/sha256 of manifest')
    lines.append(f'COMMIT = "{rs(40, HX)}"')
    lines.append(f'EXAMPLE = "AKIAIOSFODNN7EXAMPLE"  # from AWS docs, unused')
    if c.p(0.3):
        lines.append(f'DB_URL = "{c.urlcred("postgresql", "dam_rw", "dam-db.internal:5432", "/assets")}"')
    else:
        lines.append('DB_URL = os.environ.get("DB_URL", "postgresql://dam_rw@localhost/assets")')
    lines.append(f'for clip in os.listdir(ASSET_ROOT):\n    requests.post("https://dam.{org_domain("m")}/api/assets", files={{"f": open(clip, "rb")}}, headers={{"X-Token": DAM_TOKEN}})')
    return "raw-result", raw("\n".join(lines))


def t_e_sis_sync_log(c):
    L = [f"[{ts()}] sis-sync v{R.randint(1, 4)}.{R.randint(0, 30)} starting (district {org_domain('e')})"]
    if c.p(0.5):
        L.append(f"[{ts()}] connecting {c.urlcred(pick(['sqlserver', 'postgresql', 'mysql']), 'sis_reader', pick(['sis-db01:1433', '10.4.2.9:5432']), '/' + pick(['powerschool', 'infinite_campus']))}")
    else:
        L.append(f"[{ts()}] connecting sqlserver://sis_reader@sis-db01:1433/powerschool (password from /etc/sis/secret)")
    for _ in range(R.randint(2, 5)):
        p = person()
        if c.p(0.3):
            L.append(f"[{ts()}] WARN duplicate guardian email {c.email(p)} for students {_d(7)},{_d(7)}")
        else:
            L.append(f"[{ts()}] INFO upsert student {_d(7)} section {pick(COURSES)[0]} ok ({R.randint(20, 900)} ms)")
    if c.p(0.7):
        ks = [c.slot(["generic_secret", "slack_token", "webhook_url", "github_token", "gitlab_token", "aws_access_key_id", "aws_secret_access_key",
                      "stripe_key", "google_api_key", "openai_api_key"], 1.0) for _ in range(R.randint(1, 2))]
        L.append(f"[{ts()}] DEBUG loaded settings {{" + ", ".join(f"'{k}': '{v}'" for k, v in dict(ks).items()) + f", 'batch': {R.randint(50, 500)}}}")
    L.append(f"[{ts()}] done: {R.randint(100, 9000)} rows, {R.randint(0, 20)} warnings, trace {rs(32, HX)}")
    return "text", "\n".join(L)


def t_a_agent_chat(c):
    msgs = [{"role": "user", "content": f"Can you check why the {pick(['grain bin', 'cold room', 'sprayer'])} alerts stopped?"}]
    cfg = []
    for _ in range(R.randint(1, 3)):
        k, v = c.slot(["generic_secret", "webhook_url", "aws_access_key_id", "aws_secret_access_key", "google_api_key", "slack_token",
                       "gitlab_token", "openai_api_key", "anthropic_api_key", "jwt"], 0.75)
        if not any(x.startswith(k + ":") for x in cfg):
            cfg.append(f"{k}: {v}")
    if c.p(0.3):
        cfg.append(f"owner_contact: {c.phone()}")
    msgs.append({"role": "tool", "name": "read_file", "content": "alerts.yaml\n" + "\n".join(cfg) + f"\nthreshold_c: {R.randint(2, 8)}\nsensor_ids: [{', '.join(rs(8, HX) for _ in range(3))}]"})
    if c.p(0.35):
        msgs.append({"role": "tool", "name": "read_file", "content": "~/.ssh/gateway_deploy\n" + c.typed("private_key") + "\n"})
    msgs.append({"role": "assistant", "content": "The alert target looks stale; I will not print the credential again."})
    return "structured", {"transcript": msgs, "session": uuid4()}


def t_c_submittal_mail(c):
    a, b = person(), person()
    dom = org_domain("c")
    adom = pick(["hallidayarchitects.com", "studio-kr.de", "arkitekt-norden.se", "pereira-arq.pt"])
    t = f"""Subject: RE: Submittal 05 12 00-{_d(3)} shop drawings rev {R.randint(1, 4)}
From: {fullname(a)} <{c.em(a, 0.65, dom=adom, role='submittals')}>
Date: {date()}
In-Reply-To: <{rs(20, AN)}@{dom}>

Reviewed -- make corrections noted. Please resubmit via the CDE, not email.

{fullname(a)} | Project Architect | m {c.ph(0.55)}

> From: {fullname(b)} <{c.em(b, 0.6, dom=dom, role='submittals')}>
> Attached are the steel shop drawings. Sharepoint folder: https://{dom.split('.')[0]}.sharepoint.com/sites/proj/Shared%20Documents/Steel
> Our detailer is on {c.ph(0.4)}.
> Bid bond {rs(3, UP)}{_d(7)}; CSI {pick(CSI)}.
"""
    return "text", t


TEMPLATES = [
    ("m_callsheet", "m", t_m_callsheet), ("m_crewlist_csv", "m", t_m_crewlist_csv), ("m_dealmemo", "m", t_m_dealmemo),
    ("m_location_agreement", "m", t_m_location), ("m_casting_export", "m", t_m_casting), ("m_xmp_sidecar", "m", t_m_xmp),
    ("m_encoder_config", "m", t_m_encoder), ("m_drm_cdn_config", "m", t_m_drm_cdn), ("m_royalty_statement", "m", t_m_royalty),
    ("m_prod_accounting", "m", t_m_accounting), ("m_ingest_script", "m", t_m_ingest_script),
    ("e_oneroster_csv", "e", t_e_oneroster), ("e_edfi_json", "e", t_e_edfi_json), ("e_edfi_xml", "e", t_e_edfi_xml),
    ("e_transcript", "e", t_e_transcript), ("e_finaid_ocr", "e", t_e_finaid_ocr), ("e_counselling_note", "e", t_e_counsel),
    ("e_parent_contacts", "e", t_e_parent_contacts), ("e_lms_gradebook", "e", t_e_gradebook), ("e_proctoring_log", "e", t_e_proctor),
    ("e_lti_config", "e", t_e_lti), ("e_sis_sync_log", "e", t_e_sis_sync_log),
    ("a_grower_record", "a", t_a_grower), ("a_coop_ledger", "a", t_a_coop_ledger), ("a_grain_settlement", "a", t_a_settlement),
    ("a_epcis_capture", "a", t_a_epcis), ("a_coldchain_export", "a", t_a_coldchain), ("a_foodsafety_recall", "a", t_a_recall),
    ("a_vet_herd", "a", t_a_vet), ("a_supplier_onboarding", "a", t_a_supplier), ("a_telematics_config", "a", t_a_telematics),
    ("a_trace_webhook", "a", t_a_webhook_event), ("a_agent_chat", "a", t_a_agent_chat),
    ("c_bid_tab", "c", t_c_bidtab), ("c_prequal_packet", "c", t_c_prequal), ("c_permit_application", "c", t_c_permit),
    ("c_inspection_ocr", "c", t_c_inspection_ocr), ("c_daily_log_rfi", "c", t_c_dailylog), ("c_certified_payroll", "c", t_c_payroll),
    ("c_lien_payapp", "c", t_c_lien_payapp), ("c_bim_cde_config", "c", t_c_bim_cde), ("c_access_control", "c", t_c_access),
    ("c_payapp_portal", "c", t_c_portal), ("c_submittal_mail", "c", t_c_submittal_mail),
]


def build(fn, kind, pos):
    for attempt in range(60):
        snap = dict(TYPE_COUNT)
        c = Ctx(pos, kind)
        wrap, doc = fn(c)
        labels = c.labels
        strs = list(strings_of(doc))
        ok = True
        for l in labels:
            if not any(l["value"] in s for s in strs):
                ok = False
        if pos and not labels:
            ok = False
        if not pos and labels:
            raise AssertionError(f"clean doc got labels: {fn.__name__}")
        if ok and unlabelled_findings(doc, labels):
            ok = False
        if not ok:
            TYPE_COUNT.clear()
            TYPE_COUNT.update(snap)
            continue
        out = []
        for l in labels:
            acc = []
            for a in l["cand"]:
                if a != l["value"] and a not in acc and any(a in s for s in strs):
                    acc.append(a)
            out.append({"type": l["type"], "value": l["value"], "accept": acc})
            TYPE_COUNT[l["type"]] += 1
        return wrap, doc, out
    raise AssertionError(f"could not build {fn.__name__} pos={pos}")


def main():
    n = len(TEMPLATES)
    total, n_clean = 450, 200
    per = [total // n + (1 if i < total % n else 0) for i in range(n)]
    cfg_names = {"e_lti_config", "c_bim_cde_config", "a_telematics_config", "m_encoder_config", "m_drm_cdn_config",
                 "m_ingest_script", "a_coldchain_export", "a_agent_chat", "e_sis_sync_log", "e_proctoring_log",
                 "c_payapp_portal", "a_trace_webhook"}
    rest = n_clean - 3 * len(cfg_names)
    others = [i for i, t in enumerate(TEMPLATES) if t[0] not in cfg_names]
    extra = [rest // len(others) + (1 if j < rest % len(others) else 0) for j in range(len(others))]
    R.shuffle(extra)
    cl = [3] * n
    for j, i in enumerate(others):
        cl[i] = extra[j]
    plan = []
    for (name, kind, fn), k, m in zip(TEMPLATES, per, cl):
        m = min(m, k - 2)
        plan += [(name, kind, fn, i >= m) for i in range(k)]
    R.shuffle(plan)
    recs = []
    for i, (name, kind, fn, pos) in enumerate(plan):
        wrap, doc, labels = build(fn, kind, pos)
        recs.append({"id": f"v23-{i + 1}", "template": name, "split": "holdout-v23", "wrap": wrap, "doc": doc, "labels": labels})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r_ in recs:
            f.write(json.dumps(r_, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records, {sum(1 for r_ in recs if not r_['labels'])} clean, "
          f"{sum(len(r_['labels']) for r_ in recs)} labels -> {OUT}")
    for t in TYPES:
        print(f"  {t:<24}{TYPE_COUNT[t]}")


if __name__ == "__main__":
    main()
