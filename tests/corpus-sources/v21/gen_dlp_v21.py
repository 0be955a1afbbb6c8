#!/usr/bin/env python3
"""gen_dlp_v21.py - held-out DLP test corpus v21.

Angle: insurance, energy & utilities, real estate & mortgage.
Python 3 stdlib only, one random.Random(SEED), no clock, no environment input.
Writes dlp_v21.jsonl next to this script.
"""
import base64
import json
import os
import random
import re
import string

SEED = 21_0421_77
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
ALNUM = UP + LO + DG
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"
AWS_ID_ALPHA = UP + "234567"


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def pick(seq):
    return R.choice(seq)


def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:32]}"


# ----------------------------------------------------------------- checks
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in DG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_mod97(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


# ----------------------------------------------------------------- names
FIRST = ["maria", "james", "aisha", "kenji", "olga", "diego", "priya", "liam", "fatima", "noah",
         "chloe", "mateo", "ingrid", "tomasz", "amara", "hiroshi", "sofia", "jamal", "elena", "ravi",
         "grace", "luca", "yusuf", "hannah", "carlos", "mei", "oskar", "zainab", "pierre", "nadia",
         "connor", "beatriz", "arjun", "lena", "kwame", "isabel", "dmitri", "sara", "tariq", "emily",
         "joao", "anneke", "sven", "lucia", "marcus", "yuki", "rosa", "felix", "leila", "brandon"]
LAST = ["gonzalez", "okafor", "tanaka", "novak", "schmidt", "patel", "oconnor", "rossi", "haddad",
        "kowalski", "nguyen", "fischer", "dubois", "martins", "svensson", "ibrahim", "walsh", "moreno",
        "yamamoto", "kim", "andersen", "mensah", "ferreira", "leblanc", "ahmed", "brennan", "costa",
        "weber", "lindqvist", "ramirez", "sato", "obrien", "hughes", "delgado", "kaur", "petrov",
        "nakamura", "bianchi", "dlamini", "hoffmann", "alvarez", "murphy", "chen", "jansen", "greco"]
PERSONAL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "web.de",
                "gmx.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.jp", "naver.com", "proton.me",
                "aol.com", "comcast.net", "att.net", "bigpond.com", "shaw.ca", "t-online.de", "sapo.pt",
                "wp.pl", "telenet.be", "ziggo.nl", "uol.com.br", "me.com", "verizon.net", "sbcglobal.net"]
INS_DOM = ["harborlinemutual.com", "cedarpeak-ins.com", "bluefernassurance.co.uk", "meridian-uw.com",
           "tricountyagency.net", "ostsee-versicherung.de", "prairiefarm-ins.com", "atlasclaimsgroup.com"]
EN_DOM = ["northgrid-energy.com", "valleypower.coop", "sunfield-solar.io", "metroutil.org",
          "watt-et-cie.fr", "ridgeline-gas.com", "brightmeter.net"]
RE_DOM = ["keystonetitle.com", "brightdoorrealty.com", "summitlending.net", "oakridge-escrow.com",
          "lakeshorepm.com", "pinecrestmortgage.com", "harborviewhomes.com"]
ROLE_LOCAL = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team",
              "alerts", "careers", "noc", "claims", "fnol", "outages", "closings", "escrow", "leasing",
              "underwriting", "dispatch", "collections", "payments", "newbusiness", "servicedesk",
              "notifications", "donotreply", "help", "customercare", "appraisals", "title", "compliance",
              "privacy", "ops", "accounts", "subrogation", "commissions", "meterdata", "interconnection",
              "ev", "rebates", "programs", "einspeisung", "raccordement"]
PLACEHOLDER_EMAILS = ["you@example.com", "user@domain.tld", "your.name@example.com",
                      "agent@yourbrokerage.com", "name@company.com", "firstname.lastname@example.org"]


def person():
    return pick(FIRST), pick(LAST)


def cap(s):
    return s[:1].upper() + s[1:]


def fullname(p):
    return f"{cap(p[0])} {cap(p[1])}"


def gen_email(p=None, dom=None):
    f, l = p or person()
    dom = dom or pick(PERSONAL_DOM)
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f[0]}",
                  f"{f}{l[0]}{R.randint(60, 99)}", f"{f}.{l}{R.randint(1, 9)}", f"{f}-{l}"])
    return f"{local}@{dom}"


def role_email(dom):
    return f"{pick(ROLE_LOCAL)}@{dom}"


# ----------------------------------------------------------------- phones
US_NPA = [212, 312, 415, 512, 614, 702, 713, 801, 904, 919, 971, 303, 404, 617, 206, 503, 480, 918,
          216, 405, 651, 720, 813, 505, 608, 210, 973, 763, 270, 479]
CC = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31",
      "AU": "61", "JP": "81", "IN": "91", "BR": "55", "MX": "52", "IE": "353", "PL": "48", "CH": "41"}


def _nxx():
    while True:
        n = R.randint(200, 999)
        if n != 555 and n % 100 != 11:
            return n


def gen_phone(cc=None):
    """returns printed phone and its country code"""
    cc = cc or pick(["US"] * 8 + ["CA", "GB", "GB", "DE", "FR", "ES", "IT", "NL", "AU", "JP", "IN",
                                  "BR", "MX", "IE", "PL", "CH"])
    d = lambda n: rs(n, DG)
    if cc in ("US", "CA"):
        a, b, c = pick(US_NPA if cc == "US" else [416, 604, 514, 403, 613, 902]), _nxx(), d(4)
        return pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                     f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}", f"+1{a}{b}{c}"]), cc
    if cc == "GB":
        while True:
            m = "7" + str(R.randint(400, 999)) + d(6)
            if not m.startswith("7700900"):
                break
        if R.random() < 0.25:
            ld = "20 " + str(R.randint(3, 8)) + d(3) + " " + d(4)
            if not ld.startswith("20 7946"):
                return pick([f"+44 {ld}", f"0{ld}"]), cc
        return pick([f"+44 {m[:4]} {m[4:]}", f"0{m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}",
                     f"+447{m[1:]}"]), cc
    if cc == "DE":
        pre = pick(["151", "152", "160", "170", "171", "176", "157"])
        n = d(8)
        if R.random() < 0.3:
            return pick([f"+49 (0)30 {d(8)}", f"030 {d(4)} {d(4)}", f"+49 89 {d(7)}"]), cc
        return pick([f"+49 {pre} {n}", f"0{pre} {n}", f"+49 {pre} {n[:4]} {n[4:]}", f"0{pre}/{n}"]), cc
    if cc == "FR":
        g = [d(2) for _ in range(4)]
        m = pick(["6", "7"])
        return pick([f"+33 {m} {' '.join(g)}", f"0{m} {' '.join(g)}", f"+33 (0){m} {' '.join(g)}",
                     f"0{m}.{'.'.join(g)}"]), cc
    if cc == "ES":
        return pick([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"]), cc
    if cc == "IT":
        return pick([f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}"]), cc
    if cc == "NL":
        return pick([f"+31 6 {d(8)}", f"06-{d(8)}", f"+31 (0)6 {d(4)} {d(4)}"]), cc
    if cc == "AU":
        while True:
            m = "4" + d(2)
            rest = d(6)
            if not (m == "491" and rest.startswith("570")):
                break
        return pick([f"+61 {m} {rest[:3]} {rest[3:]}", f"0{m} {rest[:3]} {rest[3:]}"]), cc
    if cc == "JP":
        p = pick(["90", "80", "70"])
        return pick([f"0{p}-{d(4)}-{d(4)}", f"+81 {p}-{d(4)}-{d(4)}", f"+81 {p} {d(4)} {d(4)}"]), cc
    if cc == "IN":
        return pick([f"+91 {pick('6789')}{d(4)} {d(5)}", f"+91-{pick('6789')}{d(9)}"]), cc
    if cc == "BR":
        return pick([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"]), cc
    if cc == "MX":
        return pick([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}"]), cc
    if cc == "IE":
        return pick([f"+353 8{pick('3567')} {d(3)} {d(4)}", f"08{pick('3567')} {d(3)} {d(4)}"]), cc
    if cc == "PL":
        return pick([f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 6{d(2)}-{d(3)}-{d(3)}"]), cc
    if cc == "CH":
        return pick([f"+41 79 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}"]), cc
    raise ValueError(cc)


def phone_accepts(v, cc):
    out = []
    code = "+" + CC[cc]
    if v.startswith(code):
        out.append(v[1:])
        rest = v[len(code):].lstrip(" -")
        out.append(rest)
        if rest.startswith("(0)"):
            out.append(rest[3:].strip())
    elif v.startswith("1-") and cc in ("US", "CA"):
        out.append(v[2:])
    return out


def tollfree():
    return pick([f"1-800-{_nxx()}-{rs(4, DG)}", f"(888) {_nxx()}-{rs(4, DG)}", f"1-877-{_nxx()}-{rs(4, DG)}",
                 f"800.{_nxx()}.{rs(4, DG)}", f"1 (866) {_nxx()}-{rs(4, DG)}", f"0800 {rs(3, DG)} {rs(4, DG)}"])


def fictional_phone():
    return pick([f"(312) 555-01{rs(2, DG)}", f"555-01{rs(2, DG)}", f"07700 900{rs(3, DG)}",
                 f"020 7946 0{rs(3, DG)}", f"0491 570 {rs(3, DG)}", f"+1 212 555 01{rs(2, DG)}",
                 f"+44 7700 900{rs(3, DG)}"])


# ----------------------------------------------------------------- ids
def gen_ssn(fmt="dash"):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        if (a, g, s) in ((123, 45, 6789), (78, 5, 1120)):
            continue
        break
    if fmt == "plain":
        return f"{a:03d}{g:02d}{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}-{g:02d}-{s:04d}"


def invalid_ssn():
    return pick([f"9{rs(2, DG)}-{rs(2, DG)}-{rs(4, DG)}", f"000-{R.randint(10, 99)}-{rs(4, DG)}",
                 f"666-{R.randint(10, 99)}-{rs(4, DG)}", f"{R.randint(100, 899)}-00-{rs(4, DG)}"])


def masked_ssn():
    return pick([f"XXX-XX-{rs(4, DG)}", f"***-**-{rs(4, DG)}", f"xxx-xx-{rs(4, DG)}", f"###-##-{rs(4, DG)}"])


TEST_CARDS = ["4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444",
              "2223003122003222", "5200828282828210", "5105105105105100", "378282246310005",
              "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
              "36227206271667", "3566002020360505", "4012888888881881", "4000000000000002",
              "4000000000009995", "4000002500003155"]


def gen_card(fmt=None):
    while True:
        brand = pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            pre, ln = "4" + rs(5, DG), 16
        elif brand == "mc":
            pre, ln = str(R.randint(51, 55)) + rs(4, DG), 16
        elif brand == "mc2":
            pre, ln = str(R.randint(2221, 2720)) + rs(2, DG), 16
        elif brand == "amex":
            pre, ln = pick(["34", "37"]) + rs(4, DG), 15
        else:
            pre, ln = "6011" + rs(2, DG), 16
        num = luhn_complete(pre + rs(ln - len(pre) - 1, DG))
        if num not in TEST_CARDS and len(set(num[6:])) > 3:
            break
    fmt = fmt or pick(["space", "space", "dash", "plain"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def test_card():
    c = pick(TEST_CARDS)
    return pick([c, " ".join(c[i:i + 4] for i in range(0, len(c), 4))]) if len(c) == 16 else c


def masked_card():
    l4 = rs(4, DG)
    return pick([f"****{l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                 f"{pick(['4', '5'])}{rs(5, DG)}******{l4}", f"ending in {l4}"])


IBAN_SPEC = {"DE": [("n", 18)], "FR": [("n", 10), ("n", 11), ("n", 2)], "GB": [("a", 4), ("n", 14)],
             "NL": [("a", 4), ("n", 10)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)],
             "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)],
             "IE": [("a", 4), ("n", 14)], "PL": [("n", 24)], "PT": [("n", 21)], "LU": [("n", 3), ("c", 13)],
             "DK": [("n", 14)], "FI": [("n", 14)], "SE": [("n", 20)], "NO": [("n", 11)]}
EXAMPLE_IBANS = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                 "NL91ABNA0417164300", "GB33BUKB20201555555555", "CH9300762011623852957",
                 "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
                 "AT611904300234573201"]


def gen_iban(cc=None, spaced=None):
    cc = cc or pick(["DE", "DE", "FR", "GB", "NL", "ES", "IT", "BE", "AT", "CH", "IE", "PL", "PT", "LU", "DK", "FI"])
    bban = ""
    for kind, n in IBAN_SPEC[cc]:
        bban += rs(n, DG if kind == "n" else (UP if kind == "a" else UP + DG))
    chk = 98 - iban_mod97(cc + "00" + bban)
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_mod97(iban) == 1
    if iban in EXAMPLE_IBANS:
        return gen_iban(cc, spaced)
    if spaced is None:
        spaced = R.random() < 0.5
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def example_iban():
    i = pick(EXAMPLE_IBANS)
    return pick([i, " ".join(i[j:j + 4] for j in range(0, len(i), 4))])


def masked_iban():
    cc = pick(["DE", "FR", "NL", "GB", "ES"])
    return pick([f"{cc}{rs(2, DG)} **** **** **** {rs(2, DG)}", f"{cc}** **** **** **** {rs(4, DG)}",
                 f"{cc}{rs(2, DG)}XXXXXXXXXXXX{rs(4, DG)}"])


def aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def acct_no():
    return rs(R.randint(8, 12), DG)


VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    return pick(["1", "2", "3", "5", "J", "K", "W"]) + rs(16, VIN_ALPHA)


def plate():
    return pick([f"{R.randint(1, 9)}{rs(3, UP)}{rs(3, DG)}", f"{rs(3, UP)}-{rs(4, DG)}", f"{rs(2, UP)}{rs(2, DG)} {rs(3, UP)}"])


def policy_no():
    return pick([f"{pick(['HO3', 'PAP', 'BOP', 'CGL', 'WC', 'DP3', 'UMB', 'CA'])}-{rs(7, DG)}-{R.randint(0, 9):02d}",
                 f"P{rs(9, DG)}", f"{rs(2, UP)}{rs(8, DG)}"])


def claim_no():
    return pick([f"CLM-{R.randint(2023, 2025)}-{rs(7, DG)}", f"{rs(2, DG)}-{rs(6, DG)}-{rs(2, UP)}", f"C{rs(10, DG)}"])


def meter_id():
    return pick([f"{pick(['E', 'G', 'W'])}{rs(9, DG)}", f"MTR-{rs(8, DG)}", f"{rs(2, UP)}{rs(8, DG)}"])


def sha256():
    return rs(64, HEX)


# ----------------------------------------------------------------- secrets
def gen_aws_id():
    return pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(16, AWS_ID_ALPHA)


def gen_aws_secret():
    while True:
        s = rs(40, B64)
        if any(c in s for c in "+/"):
            return s


def gen_github():
    k = pick(["ghp", "ghp", "gho", "ghu", "ghs", "ghr", "pat"])
    if k == "pat":
        return f"github_pat_11{rs(20, UP + DG)}_{rs(59, ALNUM)}"
    return f"{k}_{rs(36)}"


def gen_gitlab():
    k = pick(["glpat", "glpat", "glpat", "gldt", "glrt", "glptt", "gloas"])
    if k == "glptt":
        return f"glptt-{rs(40, HEX)}"
    if k == "gloas":
        return f"gloas-{rs(64, HEX)}"
    return f"{k}-{rs(20, URLSAFE)}"


def gen_slack():
    k = pick(["xoxb", "xoxb", "xoxp", "xapp", "xoxe"])
    if k == "xoxb":
        return f"xoxb-{rs(12, DG)}-{rs(13, DG)}-{rs(24)}"
    if k == "xoxp":
        return f"xoxp-{rs(12, DG)}-{rs(12, DG)}-{rs(13, DG)}-{rs(32, HEX)}"
    if k == "xapp":
        return f"xapp-1-A{rs(10, UP + DG)}-{rs(13, DG)}-{rs(64, HEX)}"
    return f"xoxe.xoxp-1-{rs(140)}"


def gen_stripe():
    k = pick(["sk_live", "sk_live", "sk_live", "rk_live", "sk_test", "rk_test"])
    return f"{k}_{pick(['51', '4'])}{rs(pick([22, 30, 97]))}"


def gen_openai():
    k = pick(["proj", "proj", "proj", "legacy", "svcacct", "admin"])
    if k == "legacy":
        return f"sk-{rs(20)}T3BlbkFJ{rs(20)}"
    if k == "proj":
        return f"sk-proj-{rs(156, URLSAFE)}"
    return f"sk-{k}-{rs(64, URLSAFE)}T3BlbkFJ{rs(64, URLSAFE)}"


def gen_anthropic():
    if R.random() < 0.15:
        return f"sk-ant-admin01-{rs(93, URLSAFE)}AA"
    return f"sk-ant-api03-{rs(93, URLSAFE)}AA"


def gen_google():
    return "AIza" + rs(35, URLSAFE)


def gen_jwt(iss=None, sub=None, extra=None):
    alg = pick(["HS256", "RS256", "ES256", "RS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and R.random() < 0.6:
        hdr["kid"] = rs(16, HEX)
    iat = R.randint(1_700_000_000, 1_760_000_000)
    pl = {"iss": iss or f"https://auth.{pick(INS_DOM + EN_DOM + RE_DOM)}", "sub": sub or uuid4(),
          "aud": pick(["portal", "api", "mobile", "claims-api", "billing"]), "iat": iat,
          "exp": iat + pick([900, 3600, 86400])}
    if extra:
        pl.update(extra)
    sig = rbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(hdr)}.{enc(pl)}.{b64u(sig)}"


def gen_pem(kind=None):
    kind = kind or pick(["rsa", "pkcs8", "ec", "openssh", "openssh"])
    if kind == "rsa":
        hdr, data, w = "RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(1180), 64
    elif kind == "pkcs8":
        hdr, data, w = "PRIVATE KEY", (b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d"
                                       b"\x01\x01\x01\x05\x00\x04\x82\x04\xa7") + rbytes(1190), 64
    elif kind == "ec":
        hdr, data, w = "EC PRIVATE KEY", (b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(32) +
                                          b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04"
                                          + rbytes(64)), 64
    else:
        hdr, data, w = "OPENSSH PRIVATE KEY", (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none"
                                               b"\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519"
                                               + rbytes(300)), 70
    body = base64.b64encode(data).decode()
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {hdr}-----\n" + "\n".join(lines) + f"\n-----END {hdr}-----"


def public_pem():
    body = base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + rbytes(270)).decode()
    tag = pick(["PUBLIC KEY", "CERTIFICATE"])
    return f"-----BEGIN {tag}-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + f"\n-----END {tag}-----"


def gen_webhook(kind=None):
    kind = kind or pick(["slack", "slack", "discord", "teams", "zapier"])
    if kind == "slack":
        return f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"
    if kind == "discord":
        return f"https://{pick(['discord.com', 'discordapp.com'])}/api/webhooks/{R.randint(10 ** 17, 10 ** 19 - 1)}/{rs(68, URLSAFE)}"
    if kind == "teams":
        t = pick(["harborline", "northgrid", "keystonetitle", "summitlending", "valleypower"])
        return (f"https://{t}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
                f"{rs(32, HEX)}/{uuid4()}")
    return f"https://hooks.zapier.com/hooks/catch/{rs(7, DG)}/{rs(6, LO + DG)}/"


PW_SYM = "!%*-_.~+^"


def gen_password(n=None, urlsafe=False):
    n = n or R.randint(10, 22)
    alpha = ALNUM + ("-_.~!*" if urlsafe else PW_SYM)
    while True:
        p = rs(n, alpha)
        if any(c in DG for c in p) and any(c in LO for c in p) and any(c in UP for c in p):
            if p[0] not in "-_.~!*%+^":
                return p


def gen_generic(kind=None):
    kind = kind or pick(["pw", "pw", "hex32", "hex64", "b64", "sendgrid", "twilio", "whsec", "mailgun",
                         "shopify", "square", "hubspot", "uuidish", "b64url"])
    if kind == "pw":
        return gen_password()
    if kind == "hex32":
        return rs(32, HEX)
    if kind == "hex64":
        return rs(64, HEX)
    if kind == "b64":
        return base64.b64encode(rbytes(pick([24, 32, 48]))).decode()
    if kind == "b64url":
        return b64u(rbytes(pick([32, 48])))
    if kind == "sendgrid":
        return f"SG.{rs(22, URLSAFE)}.{rs(43, URLSAFE)}"
    if kind == "twilio":
        return rs(32, HEX)
    if kind == "whsec":
        return f"whsec_{rs(32)}"
    if kind == "mailgun":
        return f"key-{rs(32, HEX)}"
    if kind == "shopify":
        return f"shpss_{rs(32, HEX)}"
    if kind == "square":
        return f"sq0csp-{rs(43, URLSAFE)}"
    if kind == "hubspot":
        return f"pat-na1-{uuid4()}"
    return f"{rs(8, HEX)}{rs(4, HEX)}{rs(24, HEX)}"


def secret_ref(name, style=None):
    style = style or pick(["env", "gha", "vault", "helm", "ph", "ph", "mask", "k8s", "aws"])
    low = name.lower()
    return {"env": f"${{{name}}}", "gha": f"${{{{ secrets.{name} }}}}",
            "vault": f"vault:secret/data/{pick(['claims', 'rating', 'ami', 'los', 'pm'])}/{low}#value",
            "helm": f"{{{{ .Values.{low.replace('_', '')} }}}}",
            "ph": pick(["changeme", "<your-key>", "REPLACE_ME", "xxxxxxxx", "TODO", "<redacted>", "your_api_key_here"]),
            "mask": pick(["********", "••••••••", "[REDACTED]", "***"]),
            "k8s": f"secretKeyRef:{low.replace('_', '-')}",
            "aws": f"arn:aws:secretsmanager:us-east-1:{rs(12, DG)}:secret:{low}-{rs(6)}"}[style]


VENDOR_EXAMPLES = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",
                   "xoxb-not-a-real-token-this-will-not-work",
                   "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                   "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"]


# ================================================================= cross-check (same logic in check_dlp_v21.py)
ROLE_SET = set(ROLE_LOCAL) | {"postmaster", "abuse", "webmaster", "admin", "contact", "service", "legal", "it",
                              "office", "frontdesk", "reservations", "mls", "ap", "ar", "operations", "support-team"}
KNOWN_NEG = set(VENDOR_EXAMPLES) | set(PLACEHOLDER_EMAILS)
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "AT": 20, "CH": 21, "IE": 22,
            "PL": 28, "PT": 25, "LU": 20, "DK": 18, "FI": 18, "SE": 24, "NO": 15, "CZ": 24, "SK": 24, "HU": 28,
            "RO": 24, "GR": 27, "HR": 21, "SI": 19, "LT": 20, "LV": 21, "EE": 20, "MT": 31, "CY": 28, "IS": 26,
            "LI": 21, "MC": 27, "SA": 24, "AE": 23, "TR": 26, "IL": 23, "BR": 29, "QA": 29}
TOKEN_RES = [re.compile(p) for p in [
    r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{50,}",
    r"gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat)-[A-Za-z0-9_\-]{20,}", r"GR1348941[A-Za-z0-9_\-]{20}",
    r"xox[abpers]-[A-Za-z0-9\-]{10,}", r"xapp-\d-[A-Za-z0-9\-]{10,}", r"xoxe\.xox[bp]-\d-[A-Za-z0-9]{20,}",
    r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,}",
    r"sk-ant-[A-Za-z0-9_\-]{20,}",
    r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{20,}", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    r"AIza[0-9A-Za-z_\-]{35}",
    r"eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}",
    r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+",
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_\-]+",
    r"https://[\w.\-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>]+",
    r"https://hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+/?",
    r"-----BEGIN ([A-Z ]*?)PRIVATE KEY-----\r?\n(?:[A-Za-z0-9+/=]+\r?\n){2,}-----END \1PRIVATE KEY-----",
]]
EMAIL_RE = re.compile(r"(?<![\w.+\-*•])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d\-])(\d{3})-(\d{2})-(\d{4})(?![\d\-])")
CARD_RES = [re.compile(r"(?<![\d\-])\d{4}([ \-]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d])"),
            re.compile(r"(?<![\d\-])\d{4}([ \-]?)\d{6}\1\d{5}(?![\d])"),
            re.compile(r"(?<![\d\-])\d{13,19}(?![\d])")]
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def doc_strings(doc):
    out = []

    def walk(o):
        if isinstance(o, str):
            out.append(o)
        elif isinstance(o, dict):
            for k, v in o.items():
                out.append(k)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(doc)
    return out


def card_like(digits):
    n = len(digits)
    if digits in TEST_CARDS or not luhn_ok(digits):
        return False
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    if digits[:2] in ("34", "37"):
        return n == 15
    if digits.startswith("6011") or digits.startswith("65") or 644 <= int(digits[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(digits[:4]) <= 3589:
        return n in (16, 19)
    if digits[:2] in ("36", "38") or 300 <= int(digits[:3]) <= 305:
        return n == 14
    return False


def low_entropy(s):
    return len(set(s)) <= 4


def find_candidates(s):
    """values in string s that a labeller must label (type, text)"""
    hits = []
    for rx in TOKEN_RES:
        for m in rx.finditer(s):
            t = m.group(0)
            body = re.sub(r"^[A-Za-z]+[_\-]", "", t)
            if t in KNOWN_NEG or low_entropy(body[-20:]):
                continue
            hits.append(("token", t))
    for m in EMAIL_RE.finditer(s):
        e = m.group(0)
        local = e.split("@")[0].lower()
        before = s[max(0, m.start() - 40):m.start()]
        if e in KNOWN_NEG or local in ROLE_SET or e.lower().endswith("gserviceaccount.com") or local.startswith(("svc-", "svc_", "svc.")):
            continue
        if re.search(r"://[^\s]*$", before) or re.search(r"(?i)(message-id|in-reply-to|references)\W*<?[^\n]*$", before):
            continue
        hits.append(("email", e))
    for m in SSN_RE.finditer(s):
        if ssn_valid(*m.groups()):
            hits.append(("ssn", m.group(0)))
    for rx in CARD_RES:
        for m in rx.finditer(s):
            dg = re.sub(r"\D", "", m.group(0))
            if card_like(dg):
                hits.append(("card", m.group(0)))
    for m in IBAN_START.finditer(s):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need, i, chars, raw_end = IBAN_LEN[cc], m.start(), "", m.start()
        while i < len(s) and len(chars) < need:
            c = s[i]
            if c.isalnum() and c.isascii():
                chars += c.upper() if c.isalpha() else c
            elif c == " " and i + 1 < len(s) and s[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        if len(chars) == need and re.fullmatch(r"[A-Z0-9]+", chars) and iban_mod97(chars) == 1 and chars not in EXAMPLE_IBANS:
            hits.append(("iban", s[m.start():i]))
    return hits


def unlabelled(doc, labels):
    covered = []
    for l in labels:
        covered.append(l["value"])
        covered.extend(l.get("accept", []))
    bad = []
    for s in doc_strings(doc):
        for kind, t in find_candidates(s):
            if not any(t in c for c in covered):
                bad.append((kind, t))
    return bad


# ================================================================= document builder
SECRET_TYPES = {"generic_secret", "aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token",
                "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key"}


class Doc:
    def __init__(self, pos):
        self.pos = pos
        self.labels = []

    def on(self, p=0.65):
        return self.pos and R.random() < p

    def add(self, typ, value, extra=(), cc=None):
        for l in self.labels:
            if l["value"] == value and l["type"] == typ:
                l["_extra"] = list(l["_extra"]) + list(extra)
                return value
        self.labels.append({"type": typ, "value": value, "_extra": list(extra), "_cc": cc})
        return value

    # typed makers -------------------------------------------------
    def email(self, p=None, dom=None):
        return self.add("email", gen_email(p, dom))

    def phone(self, cc=None):
        v, c = gen_phone(cc)
        return self.add("phone_number", v, cc=c)

    def ssn(self, fmt="dash"):
        return self.add("us_ssn", gen_ssn(fmt))

    def card(self, fmt=None):
        return self.add("payment_card", gen_card(fmt))

    def iban(self, cc=None, spaced=None):
        return self.add("iban", gen_iban(cc, spaced))

    def tok(self, typ):
        g = {"aws_access_key_id": gen_aws_id, "aws_secret_access_key": gen_aws_secret, "github_token": gen_github,
             "gitlab_token": gen_gitlab, "slack_token": gen_slack, "stripe_key": gen_stripe,
             "openai_api_key": gen_openai, "anthropic_api_key": gen_anthropic, "google_api_key": gen_google,
             "generic_secret": gen_generic}[typ]
        return self.add(typ, g())

    def gs(self, kind=None):
        return self.add("generic_secret", gen_generic(kind))

    def jwt(self, **kw):
        return self.add("jwt", gen_jwt(**kw))

    def pem(self, kind=None):
        return self.add("private_key", gen_pem(kind))

    def hook(self, kind=None):
        return self.add("webhook_url", gen_webhook(kind))

    def urlcred(self, scheme, user, host, tail=""):
        pw = gen_password(R.randint(10, 20), urlsafe=True)
        url = f"{scheme}://{user}:{pw}@{host}{tail}"
        self.add("url_credentials", pw, extra=[f"{user}:{pw}", f"{user}:{pw}@", url])
        return url

    def tok_in_url(self, typ, scheme, user, host, tail=""):
        t = self.tok(typ)
        url = f"{scheme}://{user}:{t}@{host}{tail}"
        self.add(typ, t, extra=[f"{user}:{t}", url])
        return url

    # value-or-negative helpers -----------------------------------
    def em_or(self, neg_dom, p=0.65, person_=None, dom=None):
        if self.on(p * 0.6):
            return self.email(person_, dom)
        r = R.random()
        if r < 0.55 and neg_dom not in PERSONAL_DOM:
            return role_email(neg_dom)
        if r < 0.55:
            return role_email(pick(INS_DOM + EN_DOM + RE_DOM))
        if r < 0.8:
            f, l = person_ or person()
            return f"{f[0]}***{l[-1]}@{pick(PERSONAL_DOM)}"
        return pick(["", "declined", "N/A", "on file", "[email protected]"])

    def ph_or(self, p=0.65, cc=None):
        if self.on(p * 0.6):
            return self.phone(cc)
        return pick([tollfree(), fictional_phone(), f"***-***-{rs(4, DG)}", "", "(xxx) xxx-" + rs(4, DG)])

    def ssn_or(self, p=0.65, fmt="dash"):
        if self.on(p):
            return self.ssn(fmt)
        return pick([masked_ssn(), masked_ssn(), invalid_ssn(), "on file", "ITIN pending"])

    def card_or(self, p=0.65, fmt=None):
        if self.on(p):
            return self.card(fmt)
        return pick([masked_card(), masked_card(), test_card()])

    def iban_or(self, p=0.65, cc=None, spaced=None):
        if self.on(p):
            return self.iban(cc, spaced)
        return pick([masked_iban(), example_iban()])

    def tok_or(self, typ, name, p=0.7, style=None):
        if self.on(p):
            return self.tok(typ)
        return neg_token(typ, name, style)

    def finalize(self, doc):
        strings = doc_strings(doc)
        present = lambda x: any(x in s for s in strings)
        out = []
        for l in self.labels:
            v, t = l["value"], l["type"]
            assert present(v), (t, v[:40])
            cand = list(l["_extra"])
            if t == "email":
                cand += [f"mailto:{v}", f"<{v}>"]
            elif t == "phone_number":
                cand += phone_accepts(v, l["_cc"])
                dg = re.sub(r"\D", "", v)
                cand.append(dg)
            elif t == "payment_card":
                cand.append(re.sub(r"\D", "", v))
            elif t == "iban":
                compact = v.replace(" ", "")
                cand += [compact, " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))]
            if t == "jwt" or t in SECRET_TYPES:
                cand += [f"Bearer {v}", f"bearer {v}"]
            if t in SECRET_TYPES or t == "jwt":
                for s in strings:
                    for m in re.finditer(r"([A-Za-z_][\w.\-]*)([ \t]*[:=][ \t]*)" + re.escape(v), s):
                        cand.append(m.group(0))
                    for m in re.finditer(r"\"([\w.\-]+)\"\s*:\s*\"" + re.escape(v) + "\"", s):
                        cand.append(m.group(0))
            acc = []
            for c in cand:
                if c and c != v and c not in acc and present(c):
                    acc.append(c)
            out.append({"type": t, "value": v, "accept": acc})
        return out


def neg_token(typ, name, style=None):
    """an unlabelled stand-in for a secret slot (reference, placeholder, vendor example, masked, truncated)"""
    r = R.random()
    if typ == "aws_access_key_id" and r < 0.35:
        return pick(["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "AKIA" + "X" * 16, "AKIA****************"])
    if typ == "aws_secret_access_key" and r < 0.35:
        return pick(["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"])
    if typ == "stripe_key" and r < 0.35:
        return pick(["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_xxx", "sk_live_" + "x" * 24, "rk_live_..."])
    if typ == "slack_token" and r < 0.3:
        return pick(["xoxb-not-a-real-token-this-will-not-work", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"])
    if r < 0.55:
        return secret_ref(name, style)
    if r < 0.75:
        pre = {"github_token": "ghp_", "gitlab_token": "glpat-", "slack_token": "xoxb-", "stripe_key": "sk_live_",
               "openai_api_key": "sk-proj-", "anthropic_api_key": "sk-ant-api03-", "google_api_key": "AIza",
               "aws_access_key_id": "AKIA"}.get(typ, "")
        return pick([pre + rs(4) + "…", pre + "****" + rs(4), pre + rs(5) + "...[truncated]", pre + "<redacted>"])
    return pick(["changeme", "<your-key>", "REPLACE_ME", "dummy", "test", "${" + name + "}", "********"])


def raw(text, structured=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if structured is not None:
        d["structuredContent"] = structured
    return d


def iso(y=None):
    y = y or R.randint(2023, 2025)
    return f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def date(y=None):
    y = y or R.randint(2023, 2025)
    return f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def usdate():
    return f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(2023, 2025)}"


def dob():
    return f"{R.randint(1940, 2003)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def money(lo=20, hi=5000):
    return f"{R.uniform(lo, hi):,.2f}"


STREETS = ["Maple Ave", "Oak St", "Harbor Rd", "Cedar Ln", "Sunset Blvd", "Lakeview Dr", "Pine Ct", "Mill Rd",
           "Elm St", "Ridge Way", "Willow Pl", "Bayshore Dr", "Prairie Rd", "Quarry Ln"]
CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Tacoma", "WA", "984"), ("Raleigh", "NC", "276"),
          ("Tulsa", "OK", "741"), ("Madison", "WI", "537"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
          ("Albany", "NY", "122"), ("Fresno", "CA", "937"), ("Omaha", "NE", "681"), ("Reno", "NV", "895")]


def address():
    c = pick(CITIES)
    return f"{R.randint(10, 9999)} {pick(STREETS)}", c[0], c[1], c[2] + rs(2, DG)


def addr_line():
    a, c, s, z = address()
    return f"{a}, {c}, {s} {z}"


# ================================================================= INSURANCE templates
CARRIERS = ["Harborline Mutual", "Cedar Peak Insurance Co.", "Bluefern Assurance plc", "Meridian Underwriters",
            "Prairie Farm Casualty", "Ostsee Versicherung AG", "Atlas Specialty Claims"]


def t_ins_policy_export(d):
    dom = pick(INS_DOM)
    pols = []
    for _ in range(R.randint(1, 3)):
        p = person()
        eu = R.random() < 0.3
        if eu:
            bill = {"plan": pick(["monthly", "quarterly"]), "method": "SEPA_DD",
                    "iban": d.iban_or(0.55, cc=pick(["DE", "AT", "NL", "FR", "IE", "BE"])),
                    "bic": pick(["COBADEFFXXX", "INGDDEFFXXX", "RABONL2U", "BNPAFRPP"]),
                    "mandate_ref": f"MNDT-{rs(10, UP + DG)}"}
        elif R.random() < 0.6:
            bill = {"plan": pick(["EFT-10", "monthly", "2-pay"]), "method": "CARD",
                    "card_number": d.card_or(0.45), "card_exp": f"{R.randint(1, 12):02d}/{R.randint(26, 30)}",
                    "processor_token": f"tok_{rs(24)}"}
        else:
            bill = {"plan": "EFT", "method": "ACH", "routing": aba(), "account": acct_no(), "account_type": "checking"}
        pols.append({
            "policy_number": policy_no(), "lob": pick(["PersonalAuto", "Homeowners", "Dwelling", "Umbrella"]),
            "status": pick(["InForce", "PendingRenewal", "Cancelled-NonPay", "InForce"]),
            "effective": date(), "term_months": pick([6, 12]),
            "written_premium": money(400, 4200),
            "insured": {"name": fullname(p), "dob": dob(),
                        "email": d.em_or(dom, 0.6, p),
                        "phone_mobile": d.ph_or(0.55, "DE" if eu else None),
                        "mailing_address": addr_line(),
                        "drivers_license": f"{pick(['OH', 'TX', 'WA'])}-{rs(2, UP)}{rs(6, DG)}"},
            "risks": [{"vin": vin(), "plate": plate(), "garaging_zip": rs(5, DG)} for _ in range(R.randint(0, 2))],
            "billing": bill,
            "agent": {"producer_code": f"A{rs(6, DG)}", "npn": rs(8, DG),
                      "email": d.em_or(dom, 0.4, None, pick(INS_DOM))},
        })
    doc = {"export": "policy_admin.v4", "generated_at": iso(), "record_count": len(pols),
           "carrier": {"name": pick(CARRIERS), "naic": rs(5, DG), "service_line": tollfree(),
                       "claims_mailbox": f"claims@{dom}"},
           "policies": pols, "next_cursor": b64u(rbytes(18))}
    return "structured", doc


def t_ins_acord_xml(d):
    p = person()
    npa, nxx, ln = pick(US_NPA), _nxx(), rs(4, DG)
    if d.on(0.6):
        ph = d.add("phone_number", f"+1-{npa}-{nxx}{ln}", cc="US")
    else:
        ph = pick([f"+1-800-{_nxx()}{rs(4, DG)}", f"+1-312-55501{rs(2, DG)}"])
    ph2 = d.ph_or(0.35, "US")
    em = d.em_or(pick(INS_DOM), 0.6, p)
    tax = d.ssn_or(0.55, pick(["dash", "plain"]))
    if d.on(0.35):
        pw = d.gs("pw")
        pswd = f"<CustPswd><EncryptionTypeCd>NONE</EncryptionTypeCd><Pswd>{pw}</Pswd></CustPswd>"
    else:
        pswd = f"<CustPswd><EncryptionTypeCd>SHA256</EncryptionTypeCd><Pswd>{sha256()}</Pswd></CustPswd>"
    contact_attr = d.em_or(pick(INS_DOM), 0.4)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId><SPName>com.{pick(['harborline', 'cedarpeak', 'meridian'])}</SPName><CustLoginId>agency{rs(5, DG)}</CustLoginId></CustId>
      {pswd}
    </SignonPswd>
    <ClientDt>{iso()}</ClientDt>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>{uuid4()}</RqUID>
    <PersAutoPolicyQuoteInqRq>
      <Producer><ProducerInfo><ContractNumber>{rs(7, DG)}</ContractNumber><NPN>{rs(8, DG)}</NPN></ProducerInfo></Producer>
      <InsuredOrPrincipal>
        <GeneralPartyInfo>
          <NameInfo>
            <PersonName><Surname>{cap(p[1])}</Surname><GivenName>{cap(p[0])}</GivenName></PersonName>
            <TaxIdentity><TaxIdTypeCd>SSN</TaxIdTypeCd><TaxId>{tax}</TaxId></TaxIdentity>
          </NameInfo>
          <Addr><Addr1>{address()[0]}</Addr1><PostalCode>{rs(5, DG)}</PostalCode></Addr>
          <Communications>
            <PhoneInfo><PhoneTypeCd>Phone</PhoneTypeCd><CommunicationUseCd>Home</CommunicationUseCd><PhoneNumber>{ph}</PhoneNumber></PhoneInfo>
            <PhoneInfo><PhoneTypeCd>Cell</PhoneTypeCd><PhoneNumber>{ph2}</PhoneNumber></PhoneInfo>
            <EmailInfo><EmailAddr>{em}</EmailAddr></EmailInfo>
            <ContactPoint type="email" use="secondary" value="{contact_attr}"/>
          </Communications>
        </GeneralPartyInfo>
        <InsuredOrPrincipalInfo><PersonInfo><BirthDt>{dob()}</BirthDt><MaritalStatusCd>{pick('MSDW')}</MaritalStatusCd></PersonInfo></InsuredOrPrincipalInfo>
      </InsuredOrPrincipal>
      <PersPolicy><PolicyNumber>{policy_no()}</PolicyNumber><NAICCd>{rs(5, DG)}</NAICCd><ContractTerm><EffectiveDt>{date()}</EffectiveDt></ContractTerm></PersPolicy>
      <PersAutoLineBusiness>
        <PersVeh id="V1"><VehIdentificationNumber>{vin()}</VehIdentificationNumber><RegistrationId>{plate()}</RegistrationId></PersVeh>
        <PersDriver id="D1"><DriverInfo><License><LicensePermitNumber>{rs(1, UP)}{rs(8, DG)}</LicensePermitNumber></License></DriverInfo></PersDriver>
      </PersAutoLineBusiness>
    </PersAutoPolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>"""
    return "raw-result", raw(xml)


def t_ins_uw_worksheet(d):
    rows = []
    for role in ["Applicant", "Co-applicant"][:R.randint(1, 2)]:
        p = person()
        rows.append((role, fullname(p), dob(), d.ssn_or(0.55), d.ph_or(0.55), d.em_or(pick(INS_DOM), 0.5, p),
                     str(R.randint(520, 840))))
    w = [13, 18, 11, 12, 18, 34, 6]
    hdr = ["Party", "Name", "DOB", "SSN", "Phone", "E-mail", "CBIS"]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    fmt = lambda cols: "| " + " | ".join(str(c).ljust(x) for c, x in zip(cols, w)) + " |"
    table = "\n".join([line, fmt(hdr), line] + [fmt(r) for r in rows] + [line])
    losses = "\n".join(f"  {claim_no()}  {date(R.randint(2019, 2024))}  {pick(['Collision', 'Hail', 'Water - sudden', 'Theft', 'Wind'])}  paid ${money(300, 30000)}"
                       for _ in range(R.randint(1, 3)))
    prior_ssn = masked_ssn()
    txt = f"""UNDERWRITING WORKSHEET - {pick(['HOMEOWNERS HO-3', 'PERSONAL AUTO', 'DWELLING FIRE DP-3', 'LANDLORD'])}
Submission: Q-{rs(8, DG)}   Producer: {rs(7, DG)} (NPN {rs(8, DG)})   Underwriter: {fullname(person())}
Risk address: {addr_line()}   Protection class: {R.randint(1, 10)}   Year built: {R.randint(1925, 2021)}

{table}

MVR/CLUE reference (masked as received): prior insured SSN {prior_ssn}, report id {rs(12, UP + DG)}
Loss history (5 yr):
{losses}

Rating factors: territory {rs(3, DG)}, tier {pick('ABCDE')}, AOI ${money(180000, 900000)}, deductible ${pick(['1,000', '2,500', '5,000'])}
Referral reasons: {pick(['roof age > 20', 'prior water loss', 'coverage A over authority', 'none'])}
Decision: {pick(['Approve as submitted', 'Approve w/ wind/hail deductible 2%', 'Refer to senior UW', 'Decline - loss frequency'])}
Questions to producer desk: {role_email(pick(INS_DOM))} / {tollfree()}
"""
    return "text", txt


def t_ins_fnol(d):
    p = person()
    dom = pick(INS_DOM)
    cb = d.ph_or(0.6)
    inner = {"source": pick(["ivr", "mobile_app", "agent_portal"]), "caller_name": fullname(p),
             "callback": cb, "alt_contact": d.ph_or(0.3), "email": d.em_or(dom, 0.5, p),
             "lat": round(R.uniform(30, 47), 5), "lon": round(R.uniform(-122, -75), 5)}
    doc = {
        "fnol_id": f"FNOL-{rs(10, DG)}", "claim_number": claim_no(), "policy_number": policy_no(),
        "received_at": iso(), "line": pick(["Auto", "Property", "Inland Marine"]),
        "reporter": {"name": fullname(p), "relationship": pick(["Named insured", "Spouse", "Claimant"]),
                     "phone": cb, "email": inner["email"]},
        "loss": {"date": date(), "cause": pick(["Rear-end collision", "Hail", "Kitchen fire", "Burst pipe", "Deer strike"]),
                 "description": f"Reported by {pick(['IVR', 'app'])}; other party plate {plate()}, VIN {vin()}",
                 "police_report": f"RPT{rs(8, DG)}"},
        "raw_payload": json.dumps(inner, ensure_ascii=False),
        "intake_trace": {"trace_id": rs(32, HEX), "span_id": rs(16, HEX)},
    }
    if d.on(0.35):
        doc["session"] = {"app_session_jwt": d.jwt(extra={"policy": doc["policy_number"]}), "expires_in": 900}
    else:
        doc["session"] = {"app_session_jwt": pick(["<redacted>", "eyJhbGciOi…", None]), "kid": rs(16, HEX)}
    doc["notify"] = {"channel_webhook": d.hook(pick(["slack", "teams"])) if d.on(0.55) else secret_ref("FNOL_WEBHOOK"),
                     "fnol_mailbox": f"fnol@{dom}"}
    return "structured", doc


def t_ins_adjuster_notes(d):
    p = person()
    other = person()
    shop = pick(["Precision Collision", "Maaco #214", "Caliber Collision", "Eastside Auto Body"])
    notes = [
        f"{usdate()} 09:{R.randint(10, 59)} [{rs(3, UP)}] Contact w/ NI {fullname(p)}. Confirmed DOL and loss location. Vehicle at {shop}, shop line {tollfree()}.",
        f"{usdate()} 11:{R.randint(10, 59)} [{rs(3, UP)}] Called insured at {d.ph_or(0.6)}, left VM re: recorded statement.",
        f"{usdate()} 14:{R.randint(10, 59)} [{rs(3, UP)}] Insured called back - caller gave new cell {d.ph_or(0.7)} and asked that we text. Email updated to {d.em_or('gmail.com', 0.6, p)}.",
        f"{usdate()} 16:{R.randint(10, 59)} [{rs(3, UP)}] Claimant {fullname(other)} reached via {d.ph_or(0.45)}; adverse carrier claim {claim_no()}. Plate {plate()}.",
        f"{usdate()} 08:{R.randint(10, 59)} [{rs(3, UP)}] Field inspection done. Est. ${money(900, 18000)}; supplement expected. VIN {vin()} verified. Photos uploaded ({rs(8, HEX)}.zip).",
    ]
    R.shuffle(notes)
    quoted = f"""
--- email from insured attached to file ---
> Hi, this is {cap(p[0])}. Please use my work line {d.ph_or(0.5)} during the day.
> You can also reach my husband at {d.em_or(pick(INS_DOM), 0.4)}.
> Thanks, {cap(p[0])}
"""
    txt = f"CLAIM {claim_no()}  |  POLICY {policy_no()}  |  ADJUSTER NOTES (chronological export)\n" + "\n".join(notes) + quoted + \
          f"Reserve: indemnity ${money(1000, 25000)}  expense ${money(100, 2500)}   Supervisor review: {rs(3, UP)}\n"
    return "text", txt


def t_ins_subrogation(d):
    ours, theirs = pick(CARRIERS), pick(CARRIERS)
    spec = person()
    intl = R.random() < 0.4
    if intl:
        remit = f"""Remit by wire to:
  Beneficiary: {ours}
  IBAN: {d.iban_or(0.7, cc=pick(['GB', 'IE', 'DE', 'NL']))}
  BIC/SWIFT: {pick(['BARCGB22', 'AIBKIE2D', 'DEUTDEFF', 'INGBNL2A'])}
  Reference: {claim_no()}"""
    else:
        remit = f"""Remit by ACH to:
  Bank routing (ABA): {aba()}
  Account: {acct_no()}
  Reference: {claim_no()}"""
    txt = f"""{ours.upper()}  -  SUBROGATION UNIT
{addr_line()}

{usdate()}

{theirs}
Attn: Inter-company Arbitration / Subrogation
Re: Our insured: {fullname(person())}   Our claim: {claim_no()}
    Your insured: {fullname(person())}  Your claim: {claim_no()}   Your policy: {policy_no()}
    Date of loss: {usdate()}

Dear Claim Professional,

We have paid ${money(2000, 40000)} under our insured's collision coverage (deductible ${pick(['500', '1,000'])}) for damage caused by
your insured's vehicle (VIN {vin()}, plate {plate()}). Liability is reasonably clear based on the police report.
Please accept this letter as our demand for reimbursement in the amount of ${money(2000, 40000)}.

{remit}

If you dispute liability, please respond within 30 days or we will file with Arbitration Forums (AF #{rs(9, DG)}).
Direct questions to me at {d.ph_or(0.65)} or {d.em_or(pick(INS_DOM), 0.65, spec, pick(INS_DOM))}; general inbox subrogation@{pick(INS_DOM)}.

Sincerely,
{fullname(spec)}, AIC
Subrogation Specialist
"""
    return "text", txt


def t_ins_broker_thread(d):
    agent, client, uw = person(), person(), person()
    adom, cdom = pick(INS_DOM), pick(INS_DOM)
    msgs = [
        {"id": rs(12, HEX), "from": fullname(agent), "from_email": d.em_or(adom, 0.5, agent, adom), "sent": iso(),
         "body": f"Submitting {fullname(client)} for a {pick(['BOP', 'HO-3', 'auto'])} quote. Client cell {d.ph_or(0.55)}, email {d.em_or('gmail.com', 0.5, client)}."},
        {"id": rs(12, HEX), "from": fullname(uw), "from_email": f"underwriting@{cdom}", "sent": iso(),
         "body": f"Need SSN/DOB to run CLUE and credit. Please do not send full card numbers through the portal. Ref Q-{rs(8, DG)}."},
        {"id": rs(12, HEX), "from": fullname(agent), "from_email": d.em_or(adom, 0.3, agent, adom), "sent": iso(),
         "body": f"> Need SSN/DOB to run CLUE and credit.\nSSN {d.ssn_or(0.6)}, DOB {dob()}. For the down payment he read me {d.card_or(0.45)} exp {R.randint(1, 12):02d}/{R.randint(26, 30)} CVV {rs(3, DG)}."},
    ]
    if R.random() < 0.5:
        msgs.append({"id": rs(12, HEX), "from": "Portal", "from_email": f"noreply@{cdom}", "sent": iso(),
                     "body": f"Attachment scanned: dec_page_{rs(6, DG)}.pdf (sha256 {sha256()})"})
    out = {"thread_id": f"BRK-{rs(9, DG)}", "portal": f"https://agents.{cdom}/messages", "messages": msgs,
           "unread": R.randint(0, 3)}
    return "raw-result", raw(json.dumps(out, indent=2, ensure_ascii=False))


def t_ins_premium_billing(d):
    lines = ["POLICY_NO|INSURED|PLAN|INST|DUE_DATE|AMOUNT|PAY_METHOD|PAY_REF|CONTACT_EMAIL|STATUS"]
    for _ in range(R.randint(3, 6)):
        p = person()
        m = pick(["CARD", "CARD", "SEPA", "ACH", "CHECK"])
        if m == "CARD":
            ref = d.card_or(0.4, pick(["plain", "dash"]))
        elif m == "SEPA":
            ref = d.iban_or(0.45, spaced=False)
        elif m == "ACH":
            ref = f"{aba()}/{acct_no()}"
        else:
            ref = f"LOCKBOX-{rs(6, DG)}"
        lines.append("|".join([policy_no(), f"{cap(p[1])}, {cap(p[0])}", pick(["MONTHLY", "QTR", "2PAY", "EFT10"]),
                               f"{R.randint(1, 10)}/{pick([2, 4, 10, 12])}", date(), money(40, 900), m, ref,
                               d.em_or(pick(INS_DOM), 0.3, p), pick(["DUE", "PAID", "NSF", "PASTDUE", "CANCEL-PEND"])]))
    lines.append(f"TRAILER|{len(lines) - 1}|{money(500, 9000)}|{sha256()[:16]}")
    return "raw-result", raw("\n".join(lines))


def t_ins_commission(d):
    a = person()
    uk = R.random() < 0.45
    rows = []
    for _ in range(R.randint(3, 6)):
        prem = R.uniform(300, 9000)
        rate = pick([0.08, 0.1, 0.12, 0.15])
        rows.append(f"{policy_no():<18}{fullname(person())[:20]:<22}{pick(['NB', 'RN', 'END', 'CXL']):<5}{prem:>11,.2f}{rate * 100:>6.1f}%{prem * rate:>11,.2f}")
    if uk:
        pay = f"Paid by BACS/SEPA to IBAN {d.iban_or(0.7, cc=pick(['GB', 'IE']))}  (sort code {rs(2, DG)}-{rs(2, DG)}-{rs(2, DG)})"
    else:
        pay = f"Paid by EFT to routing {aba()} account ending {rs(4, DG)}"
    txt = f"""AGENT COMMISSION STATEMENT                         Period: {pick(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN'])} {R.randint(2023, 2025)}
Agency: {cap(a[1])} Insurance Group     Agency code: {rs(6, DG)}     NPN: {rs(8, DG)}
Agent:  {fullname(a)}     Contact: {d.em_or(pick(INS_DOM), 0.6, a, pick(INS_DOM))}   Tel: {d.ph_or(0.5, 'GB' if uk else None)}
-------------------------------------------------------------------------------
POLICY            INSURED               TYPE    PREMIUM  RATE  COMMISSION
""" + "\n".join(rows) + f"""
-------------------------------------------------------------------------------
Chargebacks: {money(0, 400)}    Net commission: {money(300, 5000)}
{pay}
Questions: commissions@{pick(INS_DOM)} | {tollfree()}
"""
    return "text", txt


def t_ins_rating_yaml(d):
    dbh = f"{pick(['rating-db', 'pgsql-rate'])}.{pick(['internal', 'prod.local', 'cluster-ro.rds.amazonaws.com'])}"
    db = d.urlcred("postgresql", pick(["rating_svc", "rater", "app_rw"]), dbh, ":5432/rating") if d.on(0.7) else \
        f"postgresql://rating_svc:{secret_ref('DB_PASSWORD', 'env')}@{dbh}:5432/rating"
    gkey = d.tok_or("google_api_key", "GEOCODE_KEY", 0.8)
    y = f"""# rating-engine integration config ({pick(['prod', 'staging', 'uat'])})
service: {pick(['homeowners-rater', 'auto-rater', 'bop-rater'])}
version: {R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}
rating_vendor:
  endpoint: https://api.{pick(['ratebridge', 'iso-rating', 'quoteplus'])}.com/v2/rate
  client_id: {uuid4()}
  client_secret: {d.tok_or('generic_secret', 'RATING_CLIENT_SECRET', 0.6)}
  timeout_ms: {pick([2500, 5000, 8000])}
credit_vendor:
  account: {rs(8, DG)}
  api_key: {d.tok_or('generic_secret', 'CREDIT_API_KEY', 0.45)}
documents:
  bucket: s3://{pick(['dec-pages', 'policy-docs', 'uw-files'])}-{rs(6, LO + DG)}
  region: us-east-{R.randint(1, 2)}
  aws_access_key_id: {d.tok_or('aws_access_key_id', 'AWS_ACCESS_KEY_ID', 0.75)}
  aws_secret_access_key: {d.tok_or('aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 0.75)}
  kms_key_arn: arn:aws:kms:us-east-1:{rs(12, DG)}:key/{uuid4()}
geocoding:
  url: "https://maps.googleapis.com/maps/api/geocode/json?key={gkey}"
payments:
  stripe_secret_key: {d.tok_or('stripe_key', 'STRIPE_SECRET_KEY', 0.75)}
  stripe_publishable_key: pk_live_{rs(24)}
alerts:
  slack_webhook: {d.hook(pick(['slack', 'discord', 'teams'])) if d.on(0.6) else secret_ref('SLACK_WEBHOOK_URL', 'env')}
  on_call: {role_email(pick(INS_DOM))}
database:
  url: {db}
  pool: {R.randint(5, 40)}
"""
    return "raw-result", raw(y)


def t_ins_claims_ai_module(d):
    lang = pick(["py", "ts"])
    oa = d.tok_or("openai_api_key", "OPENAI_API_KEY", 0.8)
    an = d.tok_or("anthropic_api_key", "ANTHROPIC_API_KEY", 0.85)
    jw = d.jwt(iss=f"https://idp.{pick(INS_DOM)}", extra={"scope": "claims.read claims.notes.write"}) if d.on(0.5) else "eyJhbGciOiJSUzI1NiJ9…"
    gh = d.tok_or("github_token", "GH_PACKAGES_TOKEN", 0.8)
    fs = d.tok_or("generic_secret", "FRAUD_SCORE_SECRET", 0.5)
    env_read = pick(['os.environ["OPENAI_API_KEY"]', 'os.getenv("OPENAI_API_KEY")'])
    if lang == "py":
        code = f'''# claims_summarizer/config.py  (read from repo {pick(['claims-ai', 'fnol-triage'])} @ {rs(40, HEX)[:12]})
import os

CLAIMS_API = "https://claims-api.{pick(INS_DOM)}/v3"
OPENAI_API_KEY = "{oa}"
ANTHROPIC_API_KEY = "{an}"
# service token for notes endpoint (expires nightly)
CLAIMS_API_TOKEN = "{jw}"
FRAUD_SCORE_SECRET = "{fs}"
# pip install git+https://x-access-token:${{GH_TOKEN}}@github.com/{pick(['harborline', 'meridian'])}/claims-models.git
GH_PACKAGES_TOKEN = "{gh}"

# fallback for local runs
LOCAL_OPENAI = {env_read}
CLAIM_NUMBER_RE = r"^CLM-\\d{{4}}-\\d{{7}}$"
MODEL = "{pick(['gpt-4o-mini', 'claude-3-5-sonnet-latest', 'gpt-4.1'])}"
'''
    else:
        code = f'''// src/integrations/claimsAi.ts
import {{ z }} from "zod";

export const config = {{
  claimsApi: "https://claims-api.{pick(INS_DOM)}/v3",
  openaiApiKey: "{oa}",
  anthropicApiKey: "{an}",
  serviceToken: "{jw}",
  fraudScoreSecret: "{fs}",
  ghPackagesToken: "{gh}",
  fallbackKey: process.env.OPENAI_API_KEY ?? "",
}};

export const ClaimNo = z.string().regex(/^CLM-\\d{{4}}-\\d{{7}}$/);
// build: {rs(40, HEX)}
'''
    return "raw-result", raw(code)


def t_ins_vendor_onboarding(d):
    vendor = pick(["Crawford Field Services", "Sedgwick-style TPA", "Copart salvage feed", "Mitchell estimate sync",
                   "CCC photo intake", "LexisNexis CLUE batch"])
    sftp_user = f"{pick(['hml', 'cpi', 'mer'])}_{rs(4, LO)}"
    doc = {
        "vendor": vendor, "vendor_id": f"VND-{rs(6, DG)}", "status": pick(["active", "onboarding", "suspended"]),
        "contacts": {"technical": role_email(pick(INS_DOM)), "account_manager": d.em_or(pick(INS_DOM), 0.4)},
        "integration": {
            "sftp": {"host": f"sftp.{pick(['vendorxfer', 'claimsdrop', 'tpa-files'])}.com", "port": 22,
                     "username": sftp_user,
                     "password": d.tok_or("generic_secret", "SFTP_PASSWORD", 0.5),
                     "host_key_fingerprint": "SHA256:" + base64.b64encode(rbytes(32)).decode().rstrip("="),
                     "client_private_key": d.pem(pick(["openssh", "rsa", "ec"])) if d.on(0.8) else
                     "-----BEGIN OPENSSH PRIVATE KEY-----\n[stored in vault: secret/vendors/" + sftp_user + "]\n-----END OPENSSH PRIVATE KEY-----"},
            "ci": {"gitlab_deploy_token": d.tok_or("gitlab_token", "GITLAB_DEPLOY_TOKEN", 0.8),
                   "pipeline": f"https://gitlab.{pick(INS_DOM)}/integrations/{rs(6, LO)}/-/pipelines/{rs(6, DG)}"},
            "notifications": {"slack_bot_token": d.tok_or("slack_token", "SLACK_BOT_TOKEN", 0.8),
                              "channel": f"#claims-{rs(5, LO)}"},
            "legacy_feed": d.urlcred("ftps", sftp_user, f"legacy.{pick(['vendorxfer', 'claimsdrop'])}.com", "/outbound/") if d.on(0.6)
            else f"ftps://{sftp_user}@legacy.vendorxfer.com/outbound/",
            "mtls_cert": public_pem(),
        },
        "audit": {"created_by": f"svc-onboarding@{pick(INS_DOM)}", "created_at": iso(), "ticket": f"CHG{rs(7, DG)}"},
    }
    return "structured", doc


# ================================================================= ENERGY & UTILITIES templates
UTILITIES = ["NorthGrid Energy", "Valley Power Cooperative", "Metro Utilities District", "Ridgeline Gas & Electric",
             "Sunfield Community Solar", "Watt & Cie Énergie"]


def t_en_mdm_csv(d):
    hdr = "meter_id,service_point_id,read_ts,kwh_del,kwh_rec,quality,customer_name,premise_address,contact_phone,contact_email,notes"
    rows = [hdr]
    for _ in range(R.randint(3, 6)):
        p = person()
        a, c, s, z = address()
        note = pick(["", "estimated - comm failure", "\"tamper flag, see WO " + rs(7, DG) + "\"", "net meter", "\"remote disconnect, pending\""])
        rows.append(",".join([meter_id(), f"SP{rs(10, DG)}", iso(), f"{R.uniform(0, 80):.3f}", f"{R.uniform(0, 15):.3f}",
                              pick(["A", "E", "V", "A"]), f"\"{cap(p[1])}, {cap(p[0])}\"", f"\"{a}, {c}, {s} {z}\"",
                              d.ph_or(0.45), d.em_or(pick(EN_DOM), 0.45, p), note]))
    txt = f"# MDM export interval={pick(['15m', '60m'])} tz=UTC rows={len(rows) - 1} job={uuid4()}\n" + "\n".join(rows)
    return "raw-result", raw(txt)


def t_en_billing_fixed(d):
    lay = "LAYOUT BILLEXT-07: RT(1-2) ACCOUNT(3-14) PREMISE(15-24) NAME(25-48) PHONE(49-66) AUTOPAY-PAN(67-86) AMT(87-96) DUE(97-104)"
    recs = [lay, "-" * 104]
    for _ in range(R.randint(3, 6)):
        p = person()
        ph = d.ph_or(0.4, pick(["US", "US", "CA"]))
        pan = d.card_or(0.35, "plain") if R.random() < 0.7 else ""
        recs.append(f"{'20':<2}{rs(12, DG):<12}{rs(10, DG):<10}{(cap(p[1]) + ' ' + cap(p[0]))[:23]:<24}{ph[:18]:<18}{pan:<20}{R.uniform(20, 600):>10.2f}{date().replace('-', ''):<8}")
    recs.append(f"99{len(recs) - 2:010d}{sha256()[:20]}")
    return "text", "\n".join(recs)


def t_en_customer_billing(d):
    p = person()
    eu = R.random() < 0.3
    doc = {
        "account_number": rs(10, DG), "premise_id": rs(9, DG), "esi_id": "10443" + rs(17, DG),
        "service_points": [{"sp_id": f"SP{rs(10, DG)}", "meter_id": meter_id(), "rate": pick(["RS-1", "TOU-D", "EV-2", "RES-TOU"])}],
        "customer": {"name": fullname(p), "email": d.em_or(pick(EN_DOM), 0.55, p), "phone": d.ph_or(0.5, "FR" if eu else None),
                     "language": pick(["en", "es", "fr", "vi"]), "life_support": R.random() < 0.1},
        "balance": {"current": money(0, 900), "past_due": money(0, 400), "last_payment": date()},
        "payment_arrangement": {"id": f"PA-{rs(7, DG)}", "installments": R.randint(2, 12), "down_payment": money(20, 200)},
    }
    if eu:
        doc["autopay"] = {"method": "SEPA", "iban": d.iban_or(0.6, cc=pick(["FR", "BE", "LU"])), "rum": f"RUM{rs(12, DG)}"}
    else:
        doc["autopay"] = {"method": "card", "card": d.card_or(0.45), "exp": f"{R.randint(1, 12):02d}/{R.randint(26, 30)}",
                          "gateway_customer": f"cus_{rs(14)}"}
    if d.on(0.55):
        sk = d.tok("stripe_key")
        doc["gateway_debug"] = {"request": "POST /v1/payment_intents", "headers": {"Authorization": f"Bearer {sk}"}, "status": 402}
    else:
        doc["gateway_debug"] = {"request": "POST /v1/payment_intents", "headers": {"Authorization": "Bearer [FILTERED]"}, "status": 200}
    return "structured", doc


def t_en_callcentre(d):
    p = person()
    agent = rs(2, UP) + rs(3, DG)
    lines = [
        f"Call {rs(10, DG)} | Acct {rs(10, DG)} | Premise {rs(9, DG)} | Agent {agent} | {iso()}",
        f"Verified caller {fullname(p)} via last-4 SSN ({masked_ssn()}) and service address.",
        f"Customer requesting payment arrangement on past-due ${money(100, 900)}; disconnect notice {rs(8, DG)} dated {usdate()}.",
        f"Caller gave new cell {d.ph_or(0.7)}; old number disconnected. Updated paperless e-mail to {d.em_or(pick(EN_DOM), 0.55, p)}.",
    ]
    if d.on(0.45):
        lines.append(f"Caller insisted on reading full SSN {d.ssn()} for deposit waiver; advised not needed, noted for QA.")
    else:
        lines.append(f"Deposit waiver: credit check passed (score band {pick(['B', 'C', 'A'])}). SSN not retained.")
    lines.append(f"Down payment ${money(20, 200)} taken by phone, card {d.card_or(0.45)}, auth {rs(6, UP + DG)}." if R.random() < 0.7
                 else f"Pledge from {pick(['LIHEAP', 'Salvation Army', 'county EAP'])}, pledge id {rs(8, DG)}.")
    lines.append(f"Transferred to outage line {tollfree()} for streetlight report; crew ticket OT-{rs(7, DG)}.")
    quoted = f"""
Customer follow-up e-mail (pasted):
> From: {cap(p[0])} {cap(p[1])}
> Please call me at {d.ph_or(0.4)} instead, I work nights.
> Ref {rs(10, DG)}
"""
    return "text", "\n".join(lines) + quoted


def t_en_outage_dispatch(d):
    lead = person()
    cust = person()
    doc = {
        "ticket": f"OT-{rs(7, DG)}", "type": pick(["Outage", "Wire down", "Partial power", "Gas odor"]),
        "priority": pick(["P1", "P2", "P3"]), "opened": iso(), "feeder": f"FDR-{rs(4, DG)}",
        "transformer": f"XFMR-{rs(6, DG)}", "customers_affected": R.randint(1, 2400),
        "customer_callback": {"name": fullname(cust), "phone": d.ph_or(0.6), "medical_baseline": R.random() < 0.2,
                              "premise": rs(9, DG), "meter": meter_id()},
        "crew": {"id": f"CRW-{rs(3, DG)}", "lead": fullname(lead), "lead_mobile": d.ph_or(0.5, "US"),
                 "truck": f"T-{rs(4, DG)}", "eta_min": R.randint(15, 240)},
        "public_hotline": tollfree(), "outage_mailbox": f"outages@{pick(EN_DOM)}",
        "integrations": {
            "crew_app_jwt": d.jwt(extra={"crew": f"CRW-{rs(3, DG)}", "role": "field"}) if d.on(0.4) else "[redacted]",
            "slack_bot_token": d.tok_or("slack_token", "SLACK_BOT_TOKEN", 0.8),
            "teams_webhook": d.hook(pick(["teams", "slack", "discord"])) if d.on(0.6) else secret_ref("TEAMS_WEBHOOK"),
        },
        "gis": {"lat": round(R.uniform(30, 47), 6), "lon": round(R.uniform(-122, -75), 6)},
    }
    return "structured", doc


def t_en_move_in(d):
    p = person()
    inner = {"applicant": {"first": cap(p[0]), "last": cap(p[1]), "dob": dob(), "ssn": d.ssn_or(0.55),
                           "phone": d.ph_or(0.5), "email": d.em_or(pick(EN_DOM), 0.5, p)},
             "forwarding_address": addr_line(), "landlord_phone": d.ph_or(0.25)}
    body = {"order_id": f"SO-{rs(8, DG)}", "type": pick(["MOVE_IN", "MOVE_OUT", "TRANSFER"]),
            "requested_date": date(), "premise": rs(9, DG), "service_point": f"SP{rs(10, DG)}",
            "channel": pick(["web", "ivr", "csr"]), "payload": json.dumps(inner, ensure_ascii=False),
            "deposit_required": R.random() < 0.4, "idempotency_key": uuid4()}
    return "raw-result", raw(json.dumps(body, indent=2, ensure_ascii=False))


def t_en_ot_gateway_ini(d):
    site = f"SUB-{rs(3, UP)}-{rs(2, DG)}"
    ip = lambda: f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    opc_pw = d.gs("pw") if d.on(0.6) else pick(["${OPCUA_PASSWORD}", "changeme", "%(opcua_pw)s"])
    comm = d.gs(pick(["pw", "hex32"])) if d.on(0.45) else pick(["${SNMP_COMMUNITY}", "<community>", "%(snmp_ro)s"])
    upd = d.gs("hex32") if d.on(0.4) else "; loaded from HSM slot 2"
    hist_user = pick(["hist_writer", "pi_svc", "scada_ro"])
    if d.on(0.5):
        hpw = d.gs("pw")
        hist = f"Server=tcp:{ip()},1433;Database=Historian;User Id={hist_user};Password={hpw};Encrypt=True"
    else:
        hist = f"Server=tcp:{ip()},1433;Database=Historian;Integrated Security=SSPI;Encrypt=True"
    mq = d.urlcred("mqtts", f"gw-{rs(4, LO)}", f"{ip()}:8883") if d.on(0.6) else f"mqtts://{ip()}:8883"
    ini = f"""; OT edge gateway config - {site}
[general]
site = {site}
gateway_id = GW-{rs(8, HEX).upper()}
firmware = {R.randint(2, 5)}.{R.randint(0, 12)}.{R.randint(0, 30)}
ntp = {ip()}

[modbus_tcp]
host = {ip()}
port = 502
unit_id = {R.randint(1, 247)}
poll_ms = {pick([500, 1000, 2000])}
registers = 40001-40120

[dnp3]
outstation_address = {R.randint(1, 100)}
master_address = {R.randint(1, 10)}
secure_auth = SAv5
update_key = {upd}

[opcua]
endpoint = opc.tcp://{ip()}:4840
security_policy = Basic256Sha256
username = {pick(['opc_reader', 'edge', 'scada'])}
password = {opc_pw}
server_cert_thumbprint = {rs(40, HEX).upper()}

[snmp]
version = 2c
community = {comm}

[historian]
connection_string = {hist}

[mqtt]
broker_url = {mq}
topic = site/{site.lower()}/telemetry

[cloud_upload]
s3_bucket = ot-archive-{rs(6, LO + DG)}
aws_access_key_id = {d.tok_or("aws_access_key_id", "AWS_ACCESS_KEY_ID", 0.5, "env")}
aws_secret_access_key = {d.tok_or("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", 0.5, "env")}
"""
    return "raw-result", raw(ini)


def t_en_historian_config(d):
    site = f"PLANT-{rs(2, UP)}{rs(2, DG)}"
    doc = {
        "source": f"/etc/edge/{pick(['historian', 'collector', 'bridge'])}.yaml", "parsed_by": "config-reader 1.4",
        "site": site,
        "historian": {"type": pick(["influxdb2", "timescale", "pi-webapi"]),
                      "url": f"https://hist-{rs(4, LO)}.{pick(EN_DOM)}:8086", "org": site.lower(),
                      "token": d.tok_or("generic_secret", "INFLUX_TOKEN", 0.55)},
        "opcua": {"endpoint": f"opc.tcp://10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}:4840",
                  "user": "collector", "password": d.tok_or("generic_secret", "OPCUA_PASSWORD", 0.45)},
        "device_identity": {"thing_name": f"{site.lower()}-gw{R.randint(1, 9)}", "certificate": public_pem(),
                            "private_key": d.pem(pick(["rsa", "ec", "pkcs8"])) if d.on(0.8) else "file:///etc/edge/certs/device.key"},
        "aws": {"region": pick(["us-west-2", "eu-central-1"]),
                "access_key_id": d.tok_or("aws_access_key_id", "AWS_ACCESS_KEY_ID", 0.75),
                "secret_access_key": d.tok_or("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", 0.75),
                "role_arn": f"arn:aws:iam::{rs(12, DG)}:role/edge-uploader"},
        "backfill_db": d.urlcred("postgres", "backfill", f"10.{R.randint(0, 255)}.0.{R.randint(2, 254)}", ":5432/telemetry")
        if d.on(0.4) else "postgres://backfill@10.0.0.12:5432/telemetry",
        "checksum": sha256(),
    }
    return "structured", doc


def t_en_ev_tariff_form(d):
    p = person()
    f = lambda label, val: f"{label}: ____ {val}"
    txt = "\n".join([
        f"{pick(UTILITIES).upper()} - EV TIME-OF-USE RATE APPLICATION (FORM EV-{R.randint(1, 9)})",
        "Section A - Customer",
        f("Account holder", fullname(p)),
        f("Account number", rs(10, DG)),
        f("Service address", addr_line()),
        f("Daytime phone", d.ph_or(0.6)),
        f("Mobile (SMS alerts)", d.ph_or(0.4)),
        f("E-mail", d.em_or(pick(EN_DOM), 0.6, p)),
        f("SSN (required only for new accounts, credit check)", d.ssn_or(0.5)),
        f("Date of birth", usdate()),
        "Section B - Vehicle & charger",
        f("Vehicle VIN", vin()),
        f("Charger make/model", pick(["ChargePoint Home Flex", "Wallbox Pulsar", "Tesla Wall Connector", "Emporia"])),
        f("Charger serial", rs(12, UP + DG)),
        f("Max draw (kW)", pick(["7.7", "9.6", "11.5", "19.2"])),
        f("Dedicated EV meter id", meter_id()),
        "Section C - Rebate",
        f("Rebate amount requested", "$" + pick(["250", "500", "750"])),
        f("Enrollment fee card (if paying now)", d.card_or(0.4)),
        f("Signature", fullname(p) + " /s/"),
        f"Submit to: {pick(['ev@', 'rebates@', 'programs@'])}{pick(EN_DOM)}  |  Questions: {tollfree()}",
    ])
    return "text", txt


def t_en_solar_feed_in(d):
    p = person()
    lang = pick(["de", "fr", "es", "en"])
    if lang == "de":
        doc = {"antrag": f"EEG-{rs(8, DG)}", "netzbetreiber": "Ostsee Netz GmbH",
               "antragsteller": {"name": fullname(p), "email": d.em_or("ostsee-netz.de", 0.6, p, pick(["web.de", "gmx.de", "t-online.de"])),
                                 "telefon": d.ph_or(0.6, "DE")},
               "anlage": {"leistung_kwp": round(R.uniform(4, 30), 2), "marktlokation": "5" + rs(10, DG),
                          "zaehlpunkt": "DE00" + rs(29, DG), "mastr_nummer": "SEE9" + rs(11, DG),
                          "inbetriebnahme": date()},
               "auszahlung": {"kontoinhaber": fullname(p), "iban": d.iban_or(0.6, cc="DE"), "bic": pick(["COBADEFFXXX", "GENODEF1S10", "HASPDEHHXXX"])},
               "hinweis": f"Rückfragen an einspeisung@ostsee-netz.de oder {tollfree()}"}
    elif lang == "fr":
        doc = {"demande": f"OA-{rs(8, DG)}", "acheteur": "EDF OA (exemple)",
               "producteur": {"nom": fullname(p), "courriel": d.em_or("watt-et-cie.fr", 0.6, p, pick(["orange.fr", "free.fr"])),
                              "telephone": d.ph_or(0.6, "FR")},
               "installation": {"puissance_kwc": round(R.uniform(3, 36), 2), "pdl": rs(14, DG), "siret": rs(14, DG)},
               "paiement": {"titulaire": fullname(p), "iban": d.iban_or(0.6, cc="FR"), "bic": "BNPAFRPP"},
               "contact_service": f"raccordement@{pick(EN_DOM)}"}
    elif lang == "es":
        doc = {"solicitud": f"AUTO-{rs(8, DG)}", "distribuidora": "Iberred (ejemplo)",
               "titular": {"nombre": fullname(p), "correo": d.em_or("iberred.es", 0.6, p), "movil": d.ph_or(0.6, "ES"),
                           "nif": rs(8, DG) + pick(UP)},
               "instalacion": {"potencia_kw": round(R.uniform(2, 15), 2), "cups": "ES00" + rs(16, DG) + rs(2, UP) + "0F"},
               "compensacion": {"iban": d.iban_or(0.6, cc="ES")}}
    else:
        doc = {"application": f"NEM-{rs(8, DG)}", "utility": pick(UTILITIES),
               "applicant": {"name": fullname(p), "email": d.em_or(pick(EN_DOM), 0.6, p), "phone": d.ph_or(0.6, pick(["IE", "GB", "NL"]))},
               "system": {"kw_dc": round(R.uniform(3, 20), 2), "inverter_serial": rs(14, UP + DG), "mprn": "10" + rs(9, DG)},
               "payout": {"iban": d.iban_or(0.6, cc=pick(["IE", "GB", "NL"]))}}
    return "structured", doc


def t_en_collections_letter(d):
    p = person()
    util = pick(UTILITIES)
    dom = pick(EN_DOM)
    if d.on(0.55):
        jt = d.jwt(iss=f"https://pay.{dom}", extra={"acct": rs(10, DG), "amt": money(50, 900)})
        link = f"https://pay.{dom}/quickpay?t={jt}&utm_source=letter"
    else:
        link = f"https://pay.{dom}/quickpay?acct={rs(10, DG)}&ref={rs(12, HEX)}"
    txt = f"""{util}
Collections Department - PO Box {R.randint(1000, 99999)}, {pick(CITIES)[0]}

{usdate()}

{fullname(p).upper()}
{addr_line()}
Electronic copy sent to: {d.em_or(dom, 0.6, p)}

RE: FINAL NOTICE - Account {rs(10, DG)} / Premise {rs(9, DG)}
Past-due balance: ${money(120, 1800)}    Disconnect eligible after: {usdate()}

Dear {cap(p[0])} {cap(p[1])},

Our records show your account is {R.randint(30, 120)} days past due. To avoid service interruption and a
reconnection fee of ${pick(['35.00', '50.00', '85.00'])}, please pay in full or set up a payment arrangement.

  Pay online: {link}
  Pay by phone (24/7, automated): {tollfree()}
  Payment arrangements: {tollfree()} or collections@{dom}

If you have already paid (confirmation {rs(10, UP + DG)}), please disregard this notice.
We will never ask for your full card number by e-mail or text.
You told us you prefer calls at {d.ph_or(0.45)}; to change this, reply to this letter.

Sincerely,
Credit & Collections
"""
    return "text", txt


def t_en_dispatch_code(d):
    lang = pick(["go", "env", "js"])
    sl = d.tok_or("slack_token", "SLACK_BOT_TOKEN", 0.8)
    gg = d.tok_or("google_api_key", "MAPS_API_KEY", 0.8)
    gh = d.tok_or("github_token", "GITHUB_TOKEN", 0.8)
    gl = d.tok_or("gitlab_token", "GITLAB_TOKEN", 0.75)
    tw = d.tok_or("generic_secret", "TWILIO_AUTH_TOKEN", 0.5)
    oa = d.tok_or("openai_api_key", "OPENAI_API_KEY", 0.75)
    an = d.tok_or("anthropic_api_key", "ANTHROPIC_API_KEY", 0.6)
    sid = "AC" + rs(32, HEX)
    if lang == "go":
        code = f'''// cmd/dispatcher/secrets.go  -- field-crew dispatch bridge
package main

const (
	slackBotToken   = "{sl}"
	mapsAPIKey      = "{gg}"
	twilioAccountSID = "{sid}"
	twilioAuthToken = "{tw}"
	ghToken         = "{gh}"
	gitlabToken     = "{gl}"
	openaiAPIKey    = "{oa}"
	anthropicAPIKey = "{an}"
)

// fallback: os.Getenv("SLACK_BOT_TOKEN")
var workOrderRe = regexp.MustCompile(`^WO-\\d{{7}}$`)
'''
    elif lang == "env":
        code = f'''# .env.production  (dispatch-bridge)
SLACK_BOT_TOKEN={sl}
GOOGLE_MAPS_API_KEY={gg}
TWILIO_ACCOUNT_SID={sid}
TWILIO_AUTH_TOKEN={tw}
GITHUB_TOKEN={gh}
GITLAB_TOKEN={gl}
OPENAI_API_KEY={oa}
ANTHROPIC_API_KEY={an}
OUTAGE_HOTLINE="{tollfree()}"
CREW_SMS_FROM=+1{pick(US_NPA)}55501{rs(2, DG)}
RELEASE_SHA={rs(40, HEX)}
'''
    else:
        code = f'''// dispatch/config.js
module.exports = {{
  slack: {{ token: "{sl}", channel: "#storm-ops" }},
  maps: {{ apiKey: "{gg}" }},
  twilio: {{ accountSid: "{sid}", authToken: "{tw}" }},
  github: {{ token: "{gh}" }},
  gitlab: {{ token: "{gl}" }},
  openai: {{ apiKey: "{oa}", model: "gpt-4o-mini" }},
  anthropic: {{ apiKey: "{an}" }},
  fallbackToken: process.env.SLACK_BOT_TOKEN,
}};
'''
    return "raw-result", raw(code)


# ================================================================= REAL ESTATE & MORTGAGE templates
LENDERS = ["Summit Lending", "Pinecrest Mortgage", "Harborview Home Loans", "Keystone Federal Credit Union"]
TITLECOS = ["Keystone Title & Escrow", "Oakridge Escrow Services", "First Lakeshore Title", "Granite Settlement Co."]


def mers_min():
    return f"100{rs(4, DG)}-{rs(10, DG)}-{R.randint(0, 9)}"


def apn():
    return pick([f"{rs(3, DG)}-{rs(3, DG)}-{rs(2, DG)}", f"{rs(4, DG)}-{rs(3, DG)}-{rs(3, DG)}", f"{rs(2, DG)}-{rs(2, DG)}-{rs(2, DG)}-{rs(3, DG)}-{rs(3, DG)}"])


def t_re_los_export(d):
    bors = []
    for i in range(R.randint(1, 2)):
        p = person()
        bors.append({"borrower_type": "Primary" if i == 0 else "CoBorrower", "name": fullname(p), "dob": dob(),
                     "ssn": d.ssn_or(0.55), "email": d.em_or(pick(RE_DOM), 0.55, p),
                     "phones": {"cell": d.ph_or(0.5), "work": d.ph_or(0.25)},
                     "employer": {"name": pick(["Acme Logistics", "County School District", "Riverside Health", "self-employed"]),
                                  "phone": pick([tollfree(), fictional_phone()]), "years": R.randint(0, 20)},
                     "monthly_income": money(2500, 18000), "credit_scores": {"eq": R.randint(580, 830), "ex": R.randint(580, 830), "tu": R.randint(580, 830)}})
    doc = {"loan_number": rs(10, DG), "mers_min": mers_min(), "lender": pick(LENDERS), "lo_nmls": rs(6, DG),
           "company_nmls": rs(7, DG), "program": pick(["Conv 30yr fixed", "FHA 203(b)", "VA IRRRL", "Jumbo 7/6 ARM"]),
           "loan_amount": money(150000, 1200000), "rate": round(R.uniform(5.5, 7.9), 3),
           "property": {"address": addr_line(), "apn": apn(), "occupancy": pick(["Primary", "Investment", "Second home"])},
           "borrowers": bors,
           "assets": [{"institution": pick(["Chase", "Wells Fargo", "Ally", "Navy Federal"]), "account_last4": rs(4, DG),
                       "balance": money(5000, 250000)} for _ in range(R.randint(1, 3))],
           "milestones": {"application": date(), "ctc": None}, "export_hash": sha256()}
    return "structured", doc


def t_re_mismo_xml(d):
    p = person()
    if d.on(0.55):
        a, b, c = pick(US_NPA), _nxx(), rs(4, DG)
        tel = d.add("phone_number", f"{a}{b}{c}", cc="US")
    else:
        tel = pick(["8005550100", f"{pick([800, 888, 877])}{_nxx()}{rs(4, DG)}"])
    em = d.em_or(pick(RE_DOM), 0.6, p)
    ssn = d.ssn_or(0.6, pick(["plain", "plain", "dash"]))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<MESSAGE xmlns="http://www.mismo.org/residential/2009/schemas" MISMOReferenceModelIdentifier="3.4.0">
  <ABOUT_VERSIONS><ABOUT_VERSION><CreatedDatetime>{iso()}</CreatedDatetime></ABOUT_VERSION></ABOUT_VERSIONS>
  <DEAL_SETS><DEAL_SET><DEALS><DEAL>
    <LOANS><LOAN LoanRoleType="SubjectLoan">
      <LOAN_IDENTIFIERS>
        <LOAN_IDENTIFIER><LoanIdentifier>{rs(10, DG)}</LoanIdentifier><LoanIdentifierType>LenderLoan</LoanIdentifierType></LOAN_IDENTIFIER>
        <LOAN_IDENTIFIER><LoanIdentifier>{mers_min().replace('-', '')}</LoanIdentifier><LoanIdentifierType>MERS_MIN</LoanIdentifierType></LOAN_IDENTIFIER>
      </LOAN_IDENTIFIERS>
      <TERMS_OF_LOAN><NoteAmount>{R.randint(150, 900) * 1000}</NoteAmount><NoteRatePercent>{round(R.uniform(5.5, 7.9), 3)}</NoteRatePercent></TERMS_OF_LOAN>
    </LOAN></LOANS>
    <PARTIES>
      <PARTY>
        <INDIVIDUAL><NAME><FirstName>{cap(p[0])}</FirstName><LastName>{cap(p[1])}</LastName></NAME>
          <CONTACT_POINTS>
            <CONTACT_POINT><CONTACT_POINT_EMAIL><ContactPointEmailValue>{em}</ContactPointEmailValue></CONTACT_POINT_EMAIL><CONTACT_POINT_DETAIL><ContactPointRoleType>Home</ContactPointRoleType></CONTACT_POINT_DETAIL></CONTACT_POINT>
            <CONTACT_POINT><CONTACT_POINT_TELEPHONE><ContactPointTelephoneValue>{tel}</ContactPointTelephoneValue></CONTACT_POINT_TELEPHONE><CONTACT_POINT_DETAIL><ContactPointRoleType>Mobile</ContactPointRoleType></CONTACT_POINT_DETAIL></CONTACT_POINT>
          </CONTACT_POINTS>
        </INDIVIDUAL>
        <ROLES><ROLE><BORROWER><BORROWER_DETAIL><BorrowerBirthDate>{dob()}</BorrowerBirthDate></BORROWER_DETAIL></BORROWER><ROLE_DETAIL><PartyRoleType>Borrower</PartyRoleType></ROLE_DETAIL></ROLE></ROLES>
        <TAXPAYER_IDENTIFIERS><TAXPAYER_IDENTIFIER><TaxpayerIdentifierType>SocialSecurityNumber</TaxpayerIdentifierType><TaxpayerIdentifierValue>{ssn}</TaxpayerIdentifierValue></TAXPAYER_IDENTIFIER></TAXPAYER_IDENTIFIERS>
      </PARTY>
      <PARTY>
        <LEGAL_ENTITY><LEGAL_ENTITY_DETAIL><FullName>{pick(LENDERS)}</FullName></LEGAL_ENTITY_DETAIL></LEGAL_ENTITY>
        <ROLES><ROLE><LICENSES><LICENSE><LICENSE_DETAIL><LicenseIdentifier>{rs(7, DG)}</LicenseIdentifier><LicenseAuthorityLevelType>Public</LicenseAuthorityLevelType></LICENSE_DETAIL></LICENSE></LICENSES>
        <ROLE_DETAIL><PartyRoleType>LoanOriginationCompany</PartyRoleType></ROLE_DETAIL></ROLE></ROLES>
        <CONTACT_POINT_EMAIL ContactPointEmailValue="{role_email(pick(RE_DOM))}"/>
      </PARTY>
    </PARTIES>
    <COLLATERALS><COLLATERAL><SUBJECT_PROPERTY><ADDRESS><AddressLineText>{address()[0]}</AddressLineText></ADDRESS>
      <PARCEL_IDENTIFICATIONS><PARCEL_IDENTIFICATION><ParcelIdentifier>{apn()}</ParcelIdentifier></PARCEL_IDENTIFICATION></PARCEL_IDENTIFICATIONS>
    </SUBJECT_PROPERTY></COLLATERAL></COLLATERALS>
  </DEAL></DEALS></DEAL_SET></DEAL_SETS>
</MESSAGE>"""
    return "raw-result", raw(xml)


def t_re_credit_report(d):
    p = person()
    trades = []
    for _ in range(R.randint(3, 6)):
        trades.append(f"  {pick(['CAPITAL ONE', 'SYNCB/AMAZON', 'DISCOVER BANK', 'TOYOTA MOTOR CR', 'NAVIENT', 'CITI CARDS']):<18}"
                      f"{pick(['4', '5', '6'])}{rs(3, DG)}{'*' * 8}{rs(4, DG)}   {pick(['Revolving', 'Installment', 'Auto'])}"
                      f"   bal ${money(0, 28000):>10}   {pick(['CURR', 'CURR', '30', 'CURR'])}")
    txt = f"""TRI-MERGE CREDIT REPORT - SUMMARY             Ref #{rs(9, DG)}   Ordered {usdate()}
Lender: {pick(LENDERS)}   Loan #{rs(10, DG)}   Requested by LO NMLS {rs(6, DG)}

BORROWER: {fullname(p).upper()}
  SSN: {d.ssn_or(0.65)}       DOB: {dob()}
  SSN variations reported: {masked_ssn()} (TU), {masked_ssn()} (EFX)
  Phone(s) reported: {d.ph_or(0.55, 'US')} ; {pick([fictional_phone(), tollfree(), '(xxx) xxx-' + rs(4, DG)])}
  Current address: {addr_line()} (reported {R.randint(1, 12)}/{R.randint(2015, 2024)})

SCORES   EQUIFAX {R.randint(560, 840)}   EXPERIAN {R.randint(560, 840)}   TRANSUNION {R.randint(560, 840)}
FRAUD ALERTS: {pick(['None', 'Initial fraud alert on file - contact consumer before extending credit', 'Active duty alert'])}

TRADELINES (account numbers masked by bureau)
{chr(10).join(trades)}

INQUIRIES (last 120 days): {R.randint(0, 6)}
PUBLIC RECORDS: {pick(['None', 'Ch.7 BK discharged ' + str(R.randint(2012, 2019))])}
Bureau contact for disputes: {tollfree()}   Report hash {sha256()[:24]}
"""
    return "text", txt


def t_re_settlement(d):
    buyer, seller, officer = person(), person(), person()
    tdom = pick(RE_DOM)
    foreign = R.random() < 0.3
    doc = {
        "file_number": f"{rs(2, UP)}-{rs(6, DG)}", "escrow_number": rs(8, DG), "loan_number": rs(10, DG),
        "closing_date": date(), "property": {"address": addr_line(), "apn": apn()},
        "parties": {
            "borrower": {"name": fullname(buyer), "email": d.em_or(tdom, 0.5, buyer), "phone": d.ph_or(0.45)},
            "seller": {"name": fullname(seller), "email": d.em_or(tdom, 0.35, seller),
                       "phone": d.ph_or(0.35, pick(["GB", "DE", "MX", "AU"]) if foreign else None)},
            "settlement_agent": {"company": pick(TITLECOS), "officer": fullname(officer),
                                 "email": d.em_or(tdom, 0.5, officer, tdom), "direct": d.ph_or(0.4, "US"),
                                 "license": f"{pick(['CA', 'TX', 'FL'])}-{rs(7, DG)}", "closings_inbox": f"closings@{tdom}"},
        },
        "summary": {"contract_price": money(180000, 1500000), "earnest_money": money(2000, 30000),
                    "cash_to_close": money(5000, 180000), "seller_proceeds": money(20000, 600000)},
        "payoffs": [{"lender": pick(LENDERS), "loan_no": rs(10, DG), "good_through": date(), "amount": money(50000, 500000)}],
        "disbursement": {"incoming_wire": {"bank": pick(["First Republic", "Bank of the West", "US Bank"]), "aba": aba(), "account": acct_no()},
                         "seller_proceeds": ({"method": "international wire", "iban": d.iban_or(0.6, cc=pick(["GB", "DE", "ES"])), "bic": pick(["NWBKGB2L", "DEUTDEFF", "CAIXESBB"])}
                                             if foreign else {"method": "ACH", "aba": aba(), "account": acct_no()})},
    }
    return "structured", doc


def t_re_wire_letter(d):
    officer = person()
    tdom = pick(RE_DOM)
    intl = R.random() < 0.45
    if intl:
        bank = f"""  Beneficiary bank:   {pick(['Barclays Bank UK PLC', 'Deutsche Bank AG', 'ABN AMRO', 'Bank of Ireland'])}
  SWIFT/BIC:          {pick(['BARCGB22', 'DEUTDEFF', 'ABNANL2A', 'BOFIIE2D'])}
  IBAN:               {d.iban_or(0.75, cc=pick(['GB', 'DE', 'NL', 'IE']))}
  Intermediary (USD): ABA {aba()}"""
    else:
        bank = f"""  Receiving bank:     {pick(['Pacific Western Bank', 'Comerica Bank', 'Zions Bancorporation'])}
  ABA routing:        {aba()}
  Account number:     {acct_no()}
  Account name:       {pick(TITLECOS)} - Escrow Trust Account"""
    txt = f"""{pick(TITLECOS).upper()}
WIRE INSTRUCTIONS - PLEASE READ CAREFULLY

Escrow/File No.: {rs(2, UP)}-{rs(6, DG)}     Property: {addr_line()}
Buyer(s): {fullname(person())}   Closing date: {usdate()}

{bank}
  Reference:          File {rs(2, UP)}-{rs(6, DG)} / {fullname(person())}

WIRE FRAUD WARNING: Our wire instructions will never change by e-mail. Before sending funds, call our
office at the number on our website ({tollfree()}) - not a number in an e-mail - to verify.

Your escrow officer: {fullname(officer)}
  Direct: {d.ph_or(0.6, 'US')}     E-mail: {d.em_or(tdom, 0.6, officer, tdom)}
  Team inbox: escrow@{tdom}
"""
    if R.random() < 0.4:
        txt += f"\n> On {usdate()} the buyer wrote: please send the seller-side instructions to {d.em_or(tdom, 0.45)} as well.\n"
    return "text", txt


def t_re_mls_export(d):
    cols = ["ListingId", "Status", "ListPrice", "UnparsedAddress", "ParcelNumber", "ListAgentFullName",
            "ListAgentEmail", "ListAgentDirectPhone", "ListOfficePhone", "ShowingInstructions", "PublicRemarks"]
    rows = [",".join(cols)]
    for _ in range(R.randint(2, 5)):
        ag = person()
        k = R.randint(0, 3)
        show = [lambda: f"Call owner {d.ph_or(0.5)} 24hr notice", lambda: "Go direct, vacant",
                lambda: f"Appt via ShowingTime {tollfree()}", lambda: "Text agent, tenant occupied, lockbox on back door"][k]()
        rows.append(",".join([f"ML{rs(8, DG)}", pick(["Active", "Pending", "Closed", "Coming Soon"]), str(R.randint(15, 190) * 5000),
                              f"\"{addr_line()}\"", apn(), f"\"{cap(ag[0])} {cap(ag[1])}\"", d.em_or(pick(RE_DOM), 0.5, ag, pick(RE_DOM)),
                              d.ph_or(0.45, "US"), tollfree(), f"\"{show}\"",
                              f"\"{pick(['Charming bungalow, new roof, walk to park', 'Updated kitchen, quartz, 3 car garage', 'Investor special, sold as-is, no FHA'])}\""]))
    return "raw-result", raw(f"RESO export feed={pick(['crmls', 'nwmls', 'stellar'])} pulled={iso()}\n" + "\n".join(rows))


def t_re_tenant_ledger(d):
    p = person()
    bal = 0.0
    led = []
    for m in range(1, R.randint(4, 8)):
        amt = R.choice([1450.0, 1895.0, 2200.0, 975.0])
        bal += amt
        led.append({"date": f"2024-{m:02d}-01", "type": "charge", "desc": "Rent", "amount": amt, "balance": round(bal, 2)})
        if R.random() < 0.8:
            bal -= amt
            led.append({"date": f"2024-{m:02d}-0{R.randint(2, 6)}", "type": "payment", "desc": pick(["ACH", "Card", "Money order"]),
                        "amount": -amt, "balance": round(bal, 2), "ref": f"PMT-{rs(8, DG)}"})
    doc = {"property": pick(["Lakeshore Commons", "Ridge View Apts", "Maple Court", "Harbor Lofts"]), "unit": f"{R.randint(1, 4)}{rs(2, DG)}",
           "tenant": {"name": fullname(p), "email": d.em_or("lakeshorepm.com", 0.55, p), "phone": d.ph_or(0.5),
                      "lease_id": f"L-{rs(7, DG)}"},
           "ledger": led,
           "payment_methods": [{"type": "card", "number": d.card_or(0.45), "exp": f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"},
                               {"type": "ach", "routing": aba(), "account_last4": rs(4, DG)}],
           "owner_disbursement": {"owner": fullname(person()), "iban": d.iban_or(0.3, cc=pick(["DE", "NL", "GB"]))} if R.random() < 0.5
           else {"owner": fullname(person()), "aba": aba(), "account": acct_no()},
           "portal": {"processor_secret_key": d.tok_or("stripe_key", "STRIPE_SECRET_KEY", 0.6), "leasing_inbox": "leasing@lakeshorepm.com"}}
    return "structured", doc


def t_re_lease_application(d):
    p = person()
    f = lambda label, val: f"{label}: ____ {val}"
    txt = "\n".join([
        f"RESIDENTIAL LEASE APPLICATION - {pick(['Harbor Lofts', 'Maple Court', 'Ridge View Apts'])} Unit {R.randint(100, 450)}",
        f("Applicant full name", fullname(p)),
        f("Social Security No.", d.ssn_or(0.6)),
        f("Date of birth", dob()),
        f("Driver license / State ID", f"{pick(['WA', 'OR', 'TX', 'GA'])} {rs(1, UP)}{rs(7, DG)}"),
        f("Cell phone", d.ph_or(0.6)),
        f("E-mail", d.em_or("gmail.com", 0.6, p)),
        f("Current address", addr_line()),
        f("Current landlord / phone", f"{fullname(person())} {d.ph_or(0.4)}"),
        f("Employer", pick(["Riverside Health", "Acme Logistics", "Self"])),
        f("Employer HR phone", pick([tollfree(), fictional_phone()])),
        f("Gross monthly income", "$" + money(2500, 12000)),
        f("Emergency contact", f"{fullname(person())}, {d.ph_or(0.35)}"),
        f("Co-applicant SSN (as reported)", masked_ssn()),
        f("Vehicle plate", plate()),
        f("Application fee ($45) card", d.card_or(0.45)),
        f("Signature / date", f"{fullname(p)} {usdate()}"),
        f"Return to leasing@{pick(RE_DOM)} - incomplete applications will not be processed.",
    ])
    return "text", txt


def t_re_esign_envelope(d):
    signers = []
    for i in range(R.randint(1, 3)):
        p = person()
        s = {"recipientId": str(i + 1), "routingOrder": str(i + 1), "name": fullname(p),
             "email": d.em_or(pick(RE_DOM), 0.55, p), "status": pick(["sent", "delivered", "completed"])}
        if R.random() < 0.5:
            s["phoneAuthentication"] = {"senderProvidedNumbers": [d.ph_or(0.55)], "recordVoicePrint": "false"}
        signers.append(s)
    sender = person()
    doc = {
        "envelopeId": uuid4(), "status": pick(["sent", "completed", "voided"]),
        "emailSubject": f"Please sign: Purchase Agreement - {address()[0]}",
        "sender": {"userName": fullname(sender), "email": d.em_or(pick(RE_DOM), 0.4, sender, pick(RE_DOM)), "accountId": uuid4()},
        "recipients": {"signers": signers, "carbonCopies": [{"email": f"closings@{pick(RE_DOM)}", "name": "Closings"}]},
        "customFields": {"textCustomFields": [{"name": "FileNumber", "value": f"{rs(2, UP)}-{rs(6, DG)}"},
                                              {"name": "MLS", "value": f"ML{rs(8, DG)}"}]},
        "eventNotification": {"url": f"https://crm.{pick(RE_DOM)}/hooks/esign",
                              "hmacSecret": d.tok_or("generic_secret", "ESIGN_HMAC_SECRET", 0.45),
                              "includeHMAC": "true"},
        "lastDelivery": {"headers": {"X-Esign-Signature-1": base64.b64encode(rbytes(32)).decode(),
                                     "Authorization": f"Bearer {d.jwt(extra={'scope': 'signature impersonation'})}" if d.on(0.45) else "Bearer <omitted>"},
                         "status": pick([200, 200, 500])},
        "webhookRelay": d.hook(pick(["slack", "discord", "zapier"])) if d.on(0.5) else secret_ref("ESIGN_RELAY_WEBHOOK"),
    }
    return "structured", doc


def t_re_title_order(d):
    p = person()
    lo = person()
    gk = d.tok_or("google_api_key", "MAPS_KEY", 0.8)
    cb_key = d.gs(pick(["hex32", "b64url", "pw"])) if d.on(0.5) else "${VENDOR_CALLBACK_KEY}"
    out = {
        "order_id": f"TO-{rs(8, DG)}", "product": pick(["Owner's policy + lender's policy", "Appraisal 1004 URAR", "Desktop appraisal 1004 Desktop", "Title search - refinance"]),
        "status": pick(["assigned", "inspection_scheduled", "completed", "on_hold"]),
        "property": {"address": addr_line(), "apn": apn(), "county": pick(["King", "Travis", "Franklin", "Dane"])},
        "borrower": {"name": fullname(p), "phone": d.ph_or(0.55), "email": d.em_or(pick(RE_DOM), 0.5, p)},
        "loan_officer": {"name": fullname(lo), "nmls": rs(6, DG), "email": d.em_or(pick(RE_DOM), 0.4, lo, pick(RE_DOM)), "phone": d.ph_or(0.3, "US")},
        "fee": money(350, 1500), "due": date(),
        "vendor_callback": f"https://amc.{pick(['valuelink', 'appraisalport', 'titlehub'])}.com/api/orders/callback?order=TO-{rs(8, DG)}&api_key={cb_key}",
        "map_preview": f"https://maps.googleapis.com/maps/api/staticmap?center={R.uniform(30, 47):.5f},{R.uniform(-122, -75):.5f}&zoom=17&size=600x300&key={gk}",
        "document_store": d.urlcred("sftp", pick(["amc_upload", "title_docs"]), f"files.{pick(RE_DOM)}", "/orders/") if d.on(0.35) else f"sftp://amc_upload@files.{pick(RE_DOM)}/orders/",
    }
    return "raw-result", raw(json.dumps(out, indent=2, ensure_ascii=False))


def t_re_crm_export(d):
    contacts = []
    csv_rows = ["\"Name\",\"Email\",\"Phone\",\"Stage\",\"Notes\""]
    for _ in range(R.randint(2, 4)):
        p = person()
        em = d.em_or(pick(RE_DOM), 0.5, p)
        ph = d.ph_or(0.5)
        contacts.append({"id": f"ct_{rs(10, LO + DG)}", "first": cap(p[0]), "last": cap(p[1]),
                         "emails": [{"type": "personal", "value": em}],
                         "phones": [{"type": "mobile", "number": ph}],
                         "stage": pick(["Lead", "Nurture", "Under contract", "Past client"]),
                         "tags": pick([["buyer", "FHA"], ["seller"], ["investor", "1031"]]),
                         "source": pick(["Zillow", "open house", "referral", "Realtor.com"])})
        csv_rows.append(f"\"{cap(p[1])}, {cap(p[0])}\",\"{em}\",\"{ph}\",\"{contacts[-1]['stage']}\",\"{pick(['pre-approved, wants 3bd', 'call after 5, has dog', 'relocating, budget 450k'])}\"")
    doc = {"export_id": uuid4(), "crm": pick(["FollowUpBoss-like", "kvCORE-like", "LionDesk-like"]), "agent_npn": rs(8, DG),
           "contacts": contacts, "csv_preview": "\n".join(csv_rows),
           "unsubscribe_contact": f"privacy@{pick(RE_DOM)}"}
    return "structured", doc


def t_re_los_integration_env(d):
    lines = [f"# LOS integration settings - exported {date()} by admin (Encompass-style plugin host)",
             "# key formats documented at /docs/integrations (e.g. sk-proj-..., glpat-...)"]
    kv = [("CREDIT_BUREAU_USER", f"pcm_{rs(5, LO)}"),
          ("CREDIT_BUREAU_PASSWORD", d.tok_or("generic_secret", "CREDIT_BUREAU_PASSWORD", 0.5)),
          ("OPENAI_API_KEY", d.tok_or("openai_api_key", "OPENAI_API_KEY", 0.8)),
          ("ANTHROPIC_API_KEY", d.tok_or("anthropic_api_key", "ANTHROPIC_API_KEY", 0.85)),
          ("STRIPE_SECRET_KEY", d.tok_or("stripe_key", "STRIPE_SECRET_KEY", 0.75)),
          ("GITLAB_CI_TOKEN", d.tok_or("gitlab_token", "GITLAB_CI_TOKEN", 0.8)),
          ("SLACK_BOT_TOKEN", d.tok_or("slack_token", "SLACK_BOT_TOKEN", 0.75)),
          ("GITHUB_TOKEN", d.tok_or("github_token", "GITHUB_TOKEN", 0.8)),
          ("AWS_ACCESS_KEY_ID", d.tok_or("aws_access_key_id", "AWS_ACCESS_KEY_ID", 0.75)),
          ("AWS_SECRET_ACCESS_KEY", d.tok_or("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", 0.75)),
          ("LEAD_ROUTING_WEBHOOK", d.hook() if d.on(0.6) else "${LEAD_ROUTING_WEBHOOK}"),
          ("DATABASE_URL", d.urlcred("mysql", "los_app", f"mysql-{rs(4, LO)}.internal", ":3306/los") if d.on(0.45) else "mysql://los_app@localhost:3306/los"),
          ("DOC_HASH_ALGO", "sha256"), ("RELEASE", f"v{R.randint(2, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}"),
          ("AWS_ACCOUNT_ID", rs(12, DG))]
    R.shuffle(kv)
    lines += [f"{k}={v}" for k, v in kv]
    if d.on(0.8):
        lines += ["", "# closing-doc signing key (paste from HSM export)", "DOC_SIGNING_KEY<<EOF", d.pem(pick(["rsa", "pkcs8", "ec"])), "EOF"]
    else:
        lines += ["", "# closing-doc signing key lives in HSM; public half below", public_pem()]
    return "text", "\n".join(lines) + "\n"


TEMPLATES = [
    t_ins_policy_export, t_ins_acord_xml, t_ins_uw_worksheet, t_ins_fnol, t_ins_adjuster_notes, t_ins_subrogation,
    t_ins_broker_thread, t_ins_premium_billing, t_ins_commission, t_ins_rating_yaml, t_ins_claims_ai_module,
    t_ins_vendor_onboarding,
    t_en_mdm_csv, t_en_billing_fixed, t_en_customer_billing, t_en_callcentre, t_en_outage_dispatch, t_en_move_in,
    t_en_ot_gateway_ini, t_en_historian_config, t_en_ev_tariff_form, t_en_solar_feed_in, t_en_collections_letter,
    t_en_dispatch_code,
    t_re_los_export, t_re_mismo_xml, t_re_credit_report, t_re_settlement, t_re_wire_letter, t_re_mls_export,
    t_re_tenant_ledger, t_re_lease_application, t_re_esign_envelope, t_re_title_order, t_re_crm_export,
    t_re_los_integration_env,
]


def build(tfn, pos):
    for _ in range(200):
        d = Doc(pos)
        wrap, doc = tfn(d)
        labels = d.finalize(doc)
        if pos and not labels:
            continue
        if unlabelled(doc, labels):
            continue
        return wrap, doc, labels
    raise RuntimeError(f"could not build {tfn.__name__} pos={pos}")


def main():
    n = 450
    plan = []
    counts = {t.__name__: 0 for t in TEMPLATES}
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        k = counts[t.__name__]
        counts[t.__name__] += 1
        plan.append((t, k not in (0, 2, 4, 7, 10, 12)))
    R.shuffle(plan)
    out = []
    for i, (t, pos) in enumerate(plan, 1):
        wrap, doc, labels = build(t, pos)
        out.append({"id": f"v21-{i}", "template": t.__name__[2:], "split": "holdout-v21", "wrap": wrap,
                    "doc": doc, "labels": labels})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v21.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records to {path}")


if __name__ == "__main__":
    main()
