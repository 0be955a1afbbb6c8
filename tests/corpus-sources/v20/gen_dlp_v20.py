#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v20 (retail/POS/loyalty, travel and
hospitality, telecom operations).  Python 3 stdlib only, one seeded RNG, no
clock and no environment input: two runs give byte-identical output.

    python3 gen_dlp_v20.py            # writes dlp_v20.jsonl next to this file
"""
import base64
import json
import os
import re
import string
import sys
import unicodedata

import random

SEED = 20200720
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = UP + "234567"
URLSAFE = AN + "-_"

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban",
         "aws_access_key_id", "aws_secret_access_key", "github_token",
         "gitlab_token", "slack_token", "stripe_key", "openai_api_key",
         "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]
COUNT = {t: 0 for t in TYPES}


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def uuid4():
    h = rs(32, HEXL)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- labels
class Lab:
    def __init__(self):
        self.items = []
        self.seen = set()

    def add(self, typ, value, accept=None):
        assert typ in COUNT, typ
        if value in self.seen:
            return value
        self.seen.add(value)
        self.items.append({"type": typ, "value": value, "accept": list(accept or [])})
        COUNT[typ] += 1
        return value


def pick(allowed, k):
    """deficit-driven choice of k types among allowed (deterministic)"""
    pool = list(allowed)
    R.shuffle(pool)
    pool.sort(key=lambda t: COUNT[t])
    head = pool[:max(k, 1) + 1]
    R.shuffle(head)
    return head[:k]


# ---------------------------------------------------------------- people
FIRST = ["Aiko", "Mateus", "Priya", "Lukas", "Chloé", "Oluwaseun", "Sofia", "Mehmet",
         "Ingrid", "Diego", "Hannah", "Wei", "Fatima", "Jonas", "Camille", "Rahul",
         "Elena", "Tomasz", "Yuki", "Amara", "Connor", "Leilani", "Björn", "Nadia",
         "Kwame", "Isabela", "Arjun", "Marta", "Émile", "Zanele", "Siobhan", "Kenji",
         "Lucía", "Dmitri", "Aylin", "Thabo", "Margot", "Rafael", "Noor", "Henrik"]
LAST = ["Tanaka", "Oliveira", "Raman", "Becker", "Durand", "Adeyemi", "Rossi", "Yılmaz",
        "Johansson", "Herrera", "Fischer", "Chen", "Haddad", "Weber", "Moreau", "Iyer",
        "Popescu", "Kowalski", "Sato", "Mensah", "Brennan", "Kahale", "Lindqvist",
        "Karimi", "Boateng", "Costa", "Nair", "Nowak", "Girard", "Dlamini", "Okafor",
        "Schulz", "Fernández", "Volkov", "Demir", "Khumalo", "Lefèvre", "Almeida", "Saleh", "Berg"]
PERSONAL_DOM = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.de", "orange.fr",
                "libero.it", "hotmail.co.uk", "icloud.com", "proton.me", "naver.com",
                "mail.ru", "t-online.de", "bigpond.com", "uol.com.br", "yahoo.com",
                "free.fr", "seznam.cz", "wp.pl", "telenet.be", "xs4all.nl", "rediffmail.com"]
ROLE = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr",
        "team", "alerts", "careers", "noc", "porting", "reservations", "frontdesk"]


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128).lower()


def person():
    f, l = ch(FIRST), ch(LAST)
    return {"first": f, "last": l, "name": f + " " + l}


def email_for(p, dom=None):
    f, l = fold(p["first"]), fold(p["last"])
    dom = dom or ch(PERSONAL_DOM)
    style = rint(0, 6)
    if style == 0:
        loc = f + "." + l
    elif style == 1:
        loc = f[0] + l
    elif style == 2:
        loc = f + "_" + l + str(rint(1, 99))
    elif style == 3:
        loc = f + "." + l + "+" + ch(["travel", "shop", "miles", "receipts", "hotel"])
    elif style == 4:
        loc = l + "." + f[0]
    elif style == 5:
        loc = f + str(rint(70, 2005))
    else:
        loc = f + "-" + l
    return loc + "@" + dom


def role_mail(dom, role=None):
    return (role or ch(ROLE)) + "@" + dom


# ---------------------------------------------------------------- phones
def _d(n):
    return "".join(ch(DG) for _ in range(n))


def _nz(n):
    return ch("23456789") + _d(n - 1)


def gen_phone(country=None, e164=False):
    """returns (value, accept-list, e164-digits)"""
    c = country or ch(["US", "UK", "DE", "FR", "JP", "AU", "IN", "BR", "ES", "MX",
                       "NL", "IT", "SG", "AE", "ZA", "PL", "CA", "IE"])
    if c in ("US", "CA"):
        area = ch(["212", "312", "415", "617", "206", "303", "404", "512", "646", "718",
                   "773", "972"] if c == "US" else ["416", "604", "514", "403", "613"])
        ex = _nz(3)
        while ex == "555":
            ex = _nz(3)
        ln = _d(4)
        e = "1" + area + ex + ln
        st = rint(0, 3)
        if e164:
            return "+" + e, [e], e
        if st == 0:
            return "+1 %s-%s-%s" % (area, ex, ln), ["1 %s-%s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln)], e
        if st == 1:
            return "(%s) %s-%s" % (area, ex, ln), [], e
        if st == 2:
            return "%s.%s.%s" % (area, ex, ln), [], e
        return "+1 (%s) %s-%s" % (area, ex, ln), ["(%s) %s-%s" % (area, ex, ln)], e
    if c == "UK":
        p = str(rint(7400, 7999))
        while p == "7700":
            p = str(rint(7400, 7999))
        r6 = _d(6)
        e = "44" + p + r6
        if e164:
            return "+" + e, [e], e
        if R.random() < 0.5:
            return "+44 %s %s" % (p, r6), ["44 %s %s" % (p, r6), "%s %s" % (p, r6)], e
        return "0%s %s" % (p, r6), [], e
    if c == "IE":
        p = ch(["83", "85", "86", "87", "89"])
        a, b = _d(3), _d(4)
        e = "353" + p + a + b
        if e164:
            return "+" + e, [e], e
        return "+353 %s %s %s" % (p, a, b), ["353 %s %s %s" % (p, a, b), "%s %s %s" % (p, a, b)], e
    if c == "DE":
        p = ch(["151", "152", "160", "170", "171", "176", "157"])
        r8 = _nz(8)
        e = "49" + p + r8
        if e164:
            return "+" + e, [e], e
        st = rint(0, 2)
        if st == 0:
            return "+49 %s %s" % (p, r8), ["49 %s %s" % (p, r8), "%s %s" % (p, r8)], e
        if st == 1:
            return "0%s %s" % (p, r8), [], e
        city, n = ch([("30", 8), ("89", 7), ("40", 8), ("69", 7)])
        num = _nz(n)
        return "+49 (0)%s %s" % (city, num), ["49 (0)%s %s" % (city, num), "(0)%s %s" % (city, num)], "49" + city + num
    if c == "FR":
        p = ch("67")
        g = [_d(2) for _ in range(4)]
        e = "33" + p + "".join(g)
        if e164:
            return "+" + e, [e], e
        if R.random() < 0.5:
            return "+33 %s %s" % (p, " ".join(g)), ["33 %s %s" % (p, " ".join(g)), "%s %s" % (p, " ".join(g))], e
        return "0%s %s" % (p, " ".join(g)), ["0%s%s" % (p, "".join(g))] if False else [], e
    if c == "JP":
        p = ch(["90", "80", "70"])
        a, b = _nz(4), _d(4)
        e = "81" + p + a + b
        if e164:
            return "+" + e, [e], e
        if R.random() < 0.5:
            return "0%s-%s-%s" % (p, a, b), [], e
        return "+81 %s-%s-%s" % (p, a, b), ["81 %s-%s-%s" % (p, a, b), "%s-%s-%s" % (p, a, b)], e
    if c == "AU":
        p = "4" + _d(2)
        a, b = _d(3), _d(3)
        while p == "491" and a == "570":
            a = _d(3)
        e = "61" + p + a + b
        if e164:
            return "+" + e, [e], e
        if R.random() < 0.5:
            return "+61 %s %s %s" % (p, a, b), ["61 %s %s %s" % (p, a, b), "%s %s %s" % (p, a, b)], e
        return "0%s %s %s" % (p, a, b), [], e
    if c == "IN":
        a, b = ch("6789") + _d(4), _d(5)
        e = "91" + a + b
        if e164:
            return "+" + e, [e], e
        return "+91 %s %s" % (a, b), ["91 %s %s" % (a, b), "%s %s" % (a, b)], e
    if c == "BR":
        dd = ch(["11", "21", "31", "41", "51", "61"])
        a, b = "9" + _d(4), _d(4)
        e = "55" + dd + a + b
        if e164:
            return "+" + e, [e], e
        if R.random() < 0.5:
            return "+55 %s %s-%s" % (dd, a, b), ["55 %s %s-%s" % (dd, a, b), "%s %s-%s" % (dd, a, b)], e
        return "(%s) %s-%s" % (dd, a, b), [], e
    if c == "ES":
        a, b, cc = ch("67") + _d(2), _d(3), _d(3)
        e = "34" + a + b + cc
        if e164:
            return "+" + e, [e], e
        return "+34 %s %s %s" % (a, b, cc), ["34 %s %s %s" % (a, b, cc), "%s %s %s" % (a, b, cc)], e
    if c == "MX":
        a, b = _d(4), _d(4)
        e = "5255" + a + b
        if e164:
            return "+" + e, [e], e
        return "+52 55 %s %s" % (a, b), ["52 55 %s %s" % (a, b), "55 %s %s" % (a, b)], e
    if c == "NL":
        a = _nz(8)
        e = "316" + a
        if e164:
            return "+" + e, [e], e
        if R.random() < 0.5:
            return "+31 6 %s" % a, ["31 6 %s" % a, "6 %s" % a], e
        return "06-%s" % a, [], e
    if c == "IT":
        p = "3" + _d(2)
        a, b = _d(3), _d(4)
        e = "39" + p + a + b
        if e164:
            return "+" + e, [e], e
        return "+39 %s %s %s" % (p, a, b), ["39 %s %s %s" % (p, a, b), "%s %s %s" % (p, a, b)], e
    if c == "SG":
        a, b = ch("89") + _d(3), _d(4)
        e = "65" + a + b
        if e164:
            return "+" + e, [e], e
        return "+65 %s %s" % (a, b), ["65 %s %s" % (a, b), "%s %s" % (a, b)], e
    if c == "AE":
        p = ch(["50", "52", "55", "56"])
        a, b = _d(3), _d(4)
        e = "971" + p + a + b
        if e164:
            return "+" + e, [e], e
        return "+971 %s %s %s" % (p, a, b), ["971 %s %s %s" % (p, a, b), "%s %s %s" % (p, a, b)], e
    if c == "ZA":
        p = ch(["72", "82", "83", "84", "61"])
        a, b = _d(3), _d(4)
        e = "27" + p + a + b
        if e164:
            return "+" + e, [e], e
        return "+27 %s %s %s" % (p, a, b), ["27 %s %s %s" % (p, a, b), "%s %s %s" % (p, a, b)], e
    # PL
    a, b, cc = ch("5678") + _d(2), _d(3), _d(3)
    e = "48" + a + b + cc
    if e164:
        return "+" + e, [e], e
    return "+48 %s %s %s" % (a, b, cc), ["48 %s %s %s" % (a, b, cc), "%s %s %s" % (a, b, cc)], e


def fict_phone():
    """fictional / reserved numbers (never labelled)"""
    k = rint(0, 3)
    if k == 0:
        return "+1 %s 555-01%02d" % (ch(["212", "415", "312"]), rint(0, 99))
    if k == 1:
        return "07700 900%03d" % rint(0, 999)
    if k == 2:
        return "020 7946 0%03d" % rint(0, 999)
    return "0491 570 %03d" % rint(0, 999)


def tollfree():
    k = rint(0, 3)
    if k == 0:
        return "1-%s-%s-%s" % (ch(["800", "888", "877", "866"]), _nz(3), _d(4))
    if k == 1:
        return "0800 %s %s" % (_d(3), _d(4))
    if k == 2:
        return "1300 %s %s" % (_d(3), _d(3))
    return "0800 %s %s" % (_d(4), _d(4))


def test_msisdn():
    return "447700900" + _d(3)


# ---------------------------------------------------------------- finance ids
TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "4111111111111111",
              "378282246310005", "6011111111111117", "5105105105105100", "4012888888881881",
              "371449635398431", "2223003122003222", "4000002500003155"]
DOC_IBANS = ["DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432",
             "NL91ABNA0417164300"]


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def gen_card():
    b = ch(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if b == "visa":
        pre, ln = "4" + _d(5), 16
    elif b == "mc":
        pre, ln = "5" + ch("12345") + _d(4), 16
    elif b == "mc2":
        pre, ln = str(rint(2221, 2720)) + _d(2), 16
    elif b == "amex":
        pre, ln = ch(["34", "37"]) + _d(4), 15
    else:
        pre, ln = ch(["6011", "65" + _d(2)]) + _d(2), 16
    while True:
        body = pre + _d(ln - len(pre) - 1)
        for c in DG:
            if luhn_ok(body + c):
                d = body + c
                break
        if d not in TEST_CARDS:
            return d


def fmt_card(d, style=None):
    style = style if style is not None else rint(0, 2)
    if style == 0:
        return d
    sep = " " if style == 1 else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card_label(L, d, shown):
    acc = [d] if shown != d else []
    return L.add("payment_card", shown, acc)


def masked_pan():
    k = rint(0, 3)
    if k == 0:
        return "************" + _d(4)
    if k == 1:
        return "4%s******%s" % (_d(5), _d(4))
    if k == 2:
        return "XXXX XXXX XXXX " + _d(4)
    return "•••• " + _d(4)


def iban_make(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def gen_iban():
    cc = ch(["DE", "GB", "FR", "NL", "ES", "IT", "CH", "AT", "BE", "PL", "IE", "SE"])
    if cc == "DE":
        b = _d(18)
    elif cc in ("GB", "IE"):
        b = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "AIBK", "BOFI"]) + _d(14)
    elif cc == "FR":
        b = _d(10) + rs(11, UP + DG) + _d(2)
    elif cc == "NL":
        b = ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + _d(10)
    elif cc == "ES":
        b = _d(20)
    elif cc == "IT":
        b = ch(UP) + _d(10) + rs(12, UP + DG)
    elif cc == "CH":
        b = _d(5) + rs(12, UP + DG)
    elif cc == "AT":
        b = _d(16)
    elif cc == "BE":
        b = _d(12)
    elif cc == "PL":
        b = _d(24)
    else:
        b = _d(20)
    i = iban_make(cc, b)
    if R.random() < 0.5:
        return i, i
    return i, " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def iban_label(L, compact, shown):
    return L.add("iban", shown, [compact] if compact != shown else [])


def gen_ssn():
    while True:
        a = rint(1, 899)
        if a == 666:
            continue
        v = "%03d-%02d-%04d" % (a, rint(1, 99), rint(1, 9999))
        if v not in ("078-05-1120", "219-09-9999"):
            return v


# ---------------------------------------------------------------- tokens
def aws_id():
    return ch(["AKIA", "AKIA", "ASIA"]) + rs(16, B32)


def aws_secret():
    return rs(40, AN + "/+")


def github_tok():
    k = rint(0, 5)
    if k == 5:
        return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59, AN)
    return ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"][k] + rs(36, AN)


def gitlab_tok():
    return ch(["glpat-", "glpat-", "gldt-", "glrt-"]) + rs(20, URLSAFE)


def slack_tok():
    k = rint(0, 3)
    if k == 0:
        return "xoxb-%s-%s-%s" % (_nz(11), _nz(13), rs(24, AN))
    if k == 1:
        return "xoxp-%s-%s-%s-%s" % (_nz(11), _nz(11), _nz(13), rs(32, HEXL))
    if k == 2:
        return "xapp-1-A%s-%s-%s" % (rs(10, UP + DG), _nz(13), rs(64, HEXL))
    return "xoxe.xoxp-1-" + rs(120, AN + "-")


def stripe_tok(test_ok=True):
    pre = ch(["sk_live_", "sk_live_", "rk_live_"] + (["sk_test_", "rk_test_"] if test_ok else []))
    return pre + "51" + rs(ch([22, 96]), AN)


def openai_tok():
    k = rint(0, 2)
    if k == 0:
        return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)
    if k == 1:
        return "sk-" + rs(20, AN) + "T3BlbkFJ" + rs(20, AN)
    return "sk-svcacct-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)


def anthropic_tok():
    return ch(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(93, URLSAFE) + "AA"


def google_tok():
    return "AIza" + "Sy" + rs(33, URLSAFE)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_tok(claims=None):
    alg = ch(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if R.random() < 0.4:
        hdr["kid"] = rs(16, HEXL)
    iat = 1700000000 + rint(0, 40000000)
    pl = {"sub": ch(["cus_", "usr_", "agt_", "dev_"]) + rs(14, AN), "iat": iat,
          "exp": iat + ch([900, 3600, 86400]),
          "iss": "https://" + ch(["auth.", "id.", "sso."]) + ch(["bookingcore.io", "shopgrid.net", "telco-ops.example.net", "posline.app"])}
    if claims:
        pl.update(claims)
    sig = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(rbytes(sig)))


def wrap64(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def private_key():
    k = rint(0, 3)
    if k == 0:
        der = bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64)
        return "-----BEGIN EC PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode()) + "\n-----END EC PRIVATE KEY-----"
    if k == 1:
        der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(32)
        return "-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der).decode() + "\n-----END PRIVATE KEY-----"
    if k == 2:
        raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
               b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32) + b"\x00\x00\x00\x88" + rbytes(136))
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(base64.b64encode(raw).decode(), 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    der = bytes.fromhex("308204a40201000282010100") + rbytes(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode()) + "\n-----END RSA PRIVATE KEY-----"


def webhook():
    k = rint(0, 3)
    if k == 0:
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rint(8, 10), UP + DG), rs(rint(8, 10), UP + DG), rs(24, AN))
    if k == 1:
        return "https://discord.com/api/webhooks/%s/%s" % (_nz(19), rs(68, URLSAFE))
    if k == 2:
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            ch(["contoso", "posline", "skyroute", "northtel", "harbourhotels"]), uuid4(), uuid4(), rs(32, HEXL), uuid4())
    return "https://chat.%s/hooks/%s" % (ch(["posline.app", "telco-ops.net", "skyroute.travel"]), rs(26, LO + DG))


PW_SYM = "!*-_.~^"
WORDS = ["harbor", "violet", "tango", "copper", "meadow", "falcon", "ember", "quartz", "lagoon",
         "cobalt", "juniper", "orbit", "saffron", "glacier", "pepper", "nimbus", "atlas", "marble"]


def password():
    k = rint(0, 4)
    if k == 0:
        return rs(rint(14, 22), AN + PW_SYM)
    if k == 1:
        return "-".join(ch(WORDS).capitalize() for _ in range(3)) + "-" + _d(2)
    if k == 2:
        return rs(rint(10, 14), AN) + ch(PW_SYM) + _d(3)
    if k == 3:
        return ch(WORDS).capitalize() + _d(4) + ch(PW_SYM) + rs(6, AN)
    return rs(rint(18, 28), AN)


def url_pw():
    return rs(rint(12, 20), AN + "-_.~")


def vendor_secret():
    k = rint(0, 9)
    if k == 0:
        return rs(32, HEXL)                         # twilio-style auth token
    if k == 1:
        return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)
    if k == 2:
        return "key-" + rs(32, HEXL)
    if k == 3:
        return "whsec_" + rs(32, AN)
    if k == 4:
        return "shpss_" + rs(32, HEXL)
    if k == 5:
        return "shpat_" + rs(32, HEXL)
    if k == 6:
        return "EAAA" + rs(60, URLSAFE)
    if k == 7:
        return base64.b64encode(rbytes(rint(24, 33))).decode()
    if k == 8:
        return rs(16, AN)
    return "AQE" + rs(rint(80, 100), AN + "+/")


def hexkey():
    return rs(32, HEXU if R.random() < 0.6 else HEXL)


def cisco7():
    n = rint(6, 12)
    return "%02d" % rint(0, 15) + rs(2 * n, HEXU)


def community():
    return ch([rs(rint(10, 16), AN), ch(WORDS) + "-" + rs(6, LO + DG) + ch(["RO", "rw", "mon"]), rs(12, AN + "_-")])


# ---------------------------------------------------------------- negatives
AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
K_TS1 = "465b5ce8b199b49faa5f0a2ee238a6bc"
OPC_TS1 = "cd63cb71954a9f4e48a5994e37a02baf"
K_TS20 = "90dca4eda45b53cf0f12d7c9c3bc6a89"
OPC_TS20 = "cb9cccc4b9258e6dca4760379fb82581"
PLACEHOLDERS = ["changeme", "<your-api-key>", "sk_test_xxx", "REPLACE_ME", "********", "xxxxxxxx",
                "<redacted>", "[REDACTED]", "TODO", "dummy-password", "example-secret", "<secret>"]


def sha256hex():
    return rs(64, HEXL)


def sha1hex():
    return rs(40, HEXL)


def iccid():
    body = "8944" + _d(14)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


def imei():
    body = "35" + _d(12)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


def imsi():
    return ch(["310260", "234150", "262011", "208011", "440103", "505013"]) + _d(9)


def pnr_loc():
    return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ip4():
    return "%d.%d.%d.%d" % (ch([10, 172, 192, 100]), rint(0, 255), rint(0, 255), rint(1, 254))


def mac():
    return ":".join(rs(2, HEXL) for _ in range(6))


def ticket_no():
    return ch(["016", "125", "176", "220", "057", "074", "618"]) + _d(10)


def gift_code():
    return "-".join(rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


def date(y0=2024):
    return "%04d-%02d-%02d" % (ch([y0, y0 + 1]), rint(1, 12), rint(1, 28))


def ts():
    return "%sT%02d:%02d:%02dZ" % (date(), rint(0, 23), rint(0, 59), rint(0, 59))


def amt(a=3, b=900):
    return "%d.%02d" % (rint(a, b), rint(0, 99))


AIRLINES = [("LH", "220"), ("AF", "057"), ("BA", "125"), ("UA", "016"), ("QF", "081"), ("SQ", "618"),
            ("NH", "205"), ("KL", "074"), ("EK", "176"), ("LA", "045")]
AIRPORTS = ["FRA", "CDG", "LHR", "JFK", "SFO", "SYD", "SIN", "NRT", "AMS", "DXB", "GRU", "MAD", "FCO", "YYZ", "JNB"]
CITIES = ["Lyon", "Osaka", "Porto", "Leeds", "Austin", "Perth", "Cork", "Graz", "Kraków", "Durban", "Pune", "Monterrey"]
STORES = ["Harbor & Pine Outfitters", "Kaufhaus Lindner", "Maison Girard", "Tienda Solar", "Nordvik Sport",
          "Koala Home", "Sakura Mart", "Brightwell Pharmacy", "Casa Verde Market", "Quayside Books"]
SHOP_DOM = ["harborpine.com", "lindner-kaufhaus.de", "maisongirard.fr", "tiendasolar.mx", "nordvik.no",
            "koalahome.com.au", "sakuramart.jp", "brightwell.co.uk", "casaverde.es", "quaysidebooks.ie"]
HOTELS = ["Hotel Alpenrose", "The Wharf House", "Riad Zitoun", "Hotel Lumière", "Kaimana Beach Inn",
          "Grand Orchid Suites", "Park Lane Residency"]
CARRIERS = ["NorthTel", "Celtica Mobile", "Vireo Telecom", "Südnetz", "Kestrel Fibre", "OrangeLeaf Mobile"]


# ================================================================ templates
# each returns (wrap, doc, Lab)

def t_pos_receipt_print(pos):
    L = Lab()
    i = rint(0, len(STORES) - 1)
    store, dom = STORES[i], SHOP_DOM[i]
    W = 40
    lines = [store.center(W), ("%s %s" % (rint(1, 300), ch(["Market St", "Hauptstraße", "Rue Mercière", "Calle Mayor"]))).center(W),
             ("Tel " + tollfree()).center(W), "-" * W]
    tot = 0.0
    for _ in range(rint(2, 6)):
        n = ch(["T-SHIRT ORGANIC", "SOCKS 3PK", "ESPRESSO BEANS", "USB-C CABLE", "NOTEBOOK A5", "SUNSCREEN 50", "CANDLE FIG"])
        p = float(amt(2, 60))
        tot += p
        lines.append("%-28s%12.2f" % (n, p))
    lines += ["-" * W, "%-28s%12.2f" % ("TOTAL", tot), ""]
    show_pan = pos and R.random() < 0.6
    if show_pan:
        d = gen_card()
        shown = fmt_card(d, ch([0, 1]))
        card_label(L, d, shown)
        lines.append("%-12s%28s" % ("CARD", shown))
    else:
        lines.append("%-12s%28s" % ("CARD", masked_pan()))
    lines += ["%-12s%28s" % ("AUTH", rs(6, UP + DG)), "%-12s%28s" % ("TID", _d(8)),
              "%-12s%28s" % ("MID", "0" + _d(11)), "%-12s%28s" % ("AID", "A0000000031010"),
              "%-12s%28s" % ("STAN", _d(6)), ""]
    lines.append("LOYALTY #  %s   PTS +%d" % ("LM" + _d(10), rint(5, 400)))
    if pos and (not show_pan or R.random() < 0.5):
        p = person()
        if R.random() < 0.6:
            e = L.add("email", email_for(p))
            lines.append("E-RECEIPT SENT TO:")
            lines.append(e.rjust(W))
        else:
            v, acc, _ = gen_phone()
            L.add("phone_number", v, acc)
            lines.append("SMS RECEIPT: " + v)
    else:
        lines.append("E-RECEIPT: " + ch(["not requested", "receipts@" + dom + " (copy)", "declined"]))
    lines += ["RECEIPT " + _d(4) + "-" + _d(6), "GIFT CARD BAL %s  CODE %s" % (amt(), gift_code()), "THANK YOU".center(W),
              "Questions? " + role_mail(dom, "support")]
    return "text", "\n".join(lines), L


def t_pos_journal_json(pos):
    L = Lab()
    tenders = []
    kinds = pick(["payment_card", "email", "phone_number", "generic_secret"], rint(1, 3)) if pos else []
    for _ in range(rint(1, 2)):
        t = {"type": "CARD", "masked_pan": masked_pan(), "auth_code": rs(6, UP + DG),
             "emv": {"aid": ch(["A0000000041010", "A0000000031010", "A000000025010801"]), "tvr": rs(10, HEXU), "atc": rs(4, HEXU)},
             "amount": amt()}
        tenders.append(t)
    if "payment_card" in kinds:
        d = gen_card()
        tenders[0]["track2_debug"] = {"pan": card_label(L, d, d), "exp": "%02d%02d" % (rint(25, 30), rint(1, 12))}
    cust = {"loyalty_id": "LY-" + _d(9), "tier": ch(["SILVER", "GOLD", "BASIC"])}
    if "email" in kinds:
        cust["email"] = L.add("email", email_for(person()))
    else:
        cust["email_hash"] = sha256hex()
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        cust["phone"] = L.add("phone_number", v, acc)
    doc = {"journal": {"store": "S" + _d(4), "register": rint(1, 12), "txn_id": uuid4(), "business_date": date(),
                       "operator": {"id": "OP" + _d(4), "name": person()["name"]},
                       "items": [{"sku": _d(12), "qty": rint(1, 3), "price": amt(1, 80)} for _ in range(rint(1, 4))],
                       "tenders": tenders, "customer": cust,
                       "receipt_no": "R" + _d(10), "terminal_id": _d(8)}}
    if "generic_secret" in kinds:
        doc["journal"]["override"] = {"supervisor_id": "SV" + _d(3), "supervisor_password": L.add("generic_secret", password())}
    else:
        doc["journal"]["override"] = None
    return "structured", doc, L


def csvq(v):
    v = str(v)
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def t_loyalty_export_csv(pos):
    L = Lab()
    rows = [["member_no", "name", "address", "email", "mobile", "dob", "tier", "points", "opt_in"]]
    n = rint(3, 6)
    pos_rows = set(R.sample(range(n), rint(1, min(3, n)))) if pos else set()
    for r in range(n):
        p = person()
        addr = "%d %s, %s" % (rint(1, 200), ch(["Elm Rd", "Rua Augusta", "Bahnhofstr.", "Av. Juárez"]), ch(CITIES))
        if r in pos_rows:
            e = L.add("email", email_for(p)) if R.random() < 0.8 else ""
            v, acc, _ = gen_phone()
            ph = L.add("phone_number", v, acc) if (R.random() < 0.6 or not e) else ""
        else:
            e = fold(p["first"])[0] + "***@" + ch(PERSONAL_DOM)
            ph = "+** *** ***" + _d(3)
        rows.append(["LM" + _d(10), p["name"], addr, e, ph, "%d-%02d-%02d" % (rint(1950, 2004), rint(1, 12), rint(1, 28)),
                     ch(["Gold", "Silver", "Blue"]), str(rint(0, 90000)), ch(["Y", "N"])])
    text = "\n".join(",".join(csvq(c) for c in row) for row in rows)
    return "raw-result", {"content": [{"type": "text", "text": "loyalty_members_export.csv (%d rows)\n%s" % (n, text)}], "isError": False}, L


def t_egift_ledger(pos):
    L = Lab()
    entries = []
    for _ in range(rint(2, 5)):
        entries.append({"entry_id": uuid4(), "card_code": gift_code(), "kind": ch(["ISSUE", "REDEEM", "RELOAD", "STORE_CREDIT"]),
                        "amount": amt(5, 250), "currency": ch(["EUR", "USD", "GBP", "AUD"]), "at": ts(),
                        "order_ref": "ORD-" + _d(8)})
    if pos:
        kinds = pick(["email", "phone_number"], rint(1, 2))
        for e in R.sample(entries, min(len(entries), rint(1, 2))):
            if "email" in kinds:
                e["purchaser_email"] = L.add("email", email_for(person()))
            if "phone_number" in kinds:
                v, acc, _ = gen_phone()
                e["recipient"] = {"name": person()["name"], "sms": L.add("phone_number", v, acc), "message": "Alles Gute! 🎁"}
    else:
        entries[0]["recipient"] = {"name": person()["name"], "sms": fict_phone(), "message": "Joyeux anniversaire"}
    return "structured", {"ledger": entries, "program": "egift", "notify_from": role_mail(ch(SHOP_DOM), "noreply"),
                          "balance_check_url": "https://gift.%s/balance?code=%s" % (ch(SHOP_DOM), gift_code())}, L


def t_emv_terminal_log(pos):
    L = Lab()
    tid = _d(8)
    lines = []
    kinds = pick(["payment_card", "generic_secret", "url_credentials"], rint(1, 2)) if pos else []
    t0 = rint(8, 20)
    for k in range(rint(2, 4)):
        st = "%02d:%02d:%02d.%03d" % (t0, rint(0, 59), rint(0, 59), rint(0, 999))
        lines += ["%s TID=%s [EMV] SELECT AID %s" % (st, tid, ch(["A0000000041010", "A0000000031010"])),
                  "%s TID=%s [EMV] 9F02=%012d 5F2A=0978 9F1A=0250 95=%s 9B=%s" % (st, tid, rint(100, 99999), rs(10, HEXU), rs(4, HEXU)),
                  "%s TID=%s [EMV] 5A=%s 5F24=%s 9F26=%s 9F36=%s" % (st, tid, masked_pan(), _d(6), rs(16, HEXU), rs(4, HEXU)),
                  "%s TID=%s [HOST] resp=00 auth=%s rrn=%s" % (st, tid, rs(6, UP + DG), _d(12))]
    if "payment_card" in kinds:
        d = gen_card()
        lines.insert(rint(0, len(lines)), "%02d:%02d:%02d.000 TID=%s [DEBUG] fallback swipe track2 pan=%s exp=%s" % (t0, rint(0, 59), rint(0, 59), tid, card_label(L, d, d), _d(4)))
    else:
        tc = ch(TEST_CARDS)
        lines.insert(0, "%02d:00:00.000 TID=%s [CERT] test-mode card %s accepted (acquirer certification)" % (t0, tid, tc))
    if "generic_secret" in kinds:
        pw = L.add("generic_secret", password())
        lines.append("%02d:59:01.000 TID=%s [TMS] download params tms_password=%s" % (t0, tid, pw), )
        L.items[-1]["accept"].append("tms_password=" + pw)
    else:
        lines.append("%02d:59:01.000 TID=%s [TMS] download params tms_password=********" % (t0, tid))
    if "url_credentials" in kinds:
        u, pw = ch(["tmsdl", "term" + tid[-4:], "ingenico"]), url_pw()
        host = ch(["tms.acquirer-eu.net", "10.40.2.11", "params.posline.app"])
        url = "ftps://%s:%s@%s/params/%s.xml" % (u, pw, host, tid)
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        lines.append("%02d:59:02.000 TID=%s [TMS] GET %s -> 226" % (t0, tid, url))
    return "text", "\n".join(lines), L


def t_settlement_batch(pos):
    L = Lab()
    kinds = pick(["iban", "url_credentials", "generic_secret", "email"], rint(1, 3)) if pos else []
    mid = "0" + _d(14)
    out = ["SETTLEMENT REPORT  BATCH %s  MID %s" % (_d(6), mid), "Acquirer: %s   Date: %s" % (ch(["NexiPay", "Worldline", "Adyen", "Elavon"]), date()), ""]
    out.append("%-8s %-6s %12s %12s" % ("TID", "COUNT", "SALES", "REFUNDS"))
    for _ in range(rint(2, 5)):
        out.append("%-8s %-6d %12s %12s" % (_d(8), rint(3, 300), amt(100, 9000), amt(0, 300)))
    out.append("")
    if "iban" in kinds:
        c, s = gen_iban()
        out.append("Payout account : " + iban_label(L, c, s))
    else:
        out.append("Payout account : " + ch(DOC_IBANS)[:8] + "**********" + " (on file)")
    out.append("Payout ref     : PO-%s   Fees %s" % (_d(10), amt(1, 90)))
    if "email" in kinds:
        out.append("Merchant contact: %s" % L.add("email", email_for(person(), ch(SHOP_DOM + PERSONAL_DOM))))
    else:
        out.append("Merchant contact: " + role_mail(ch(SHOP_DOM), "billing"))
    if "url_credentials" in kinds:
        u, pw = "mch" + _d(6), url_pw()
        url = "sftp://%s:%s@sftp.%s:22/outbound/settlement/" % (u, pw, ch(["worldline-ftp.net", "acq-files.eu", "elavon-sftp.com"]))
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        out.append("Delivered to   : " + url)
    else:
        out.append("Delivered to   : sftp://mch%s@sftp.acq-files.eu/outbound/settlement/ (key auth)" % _d(6))
    if "generic_secret" in kinds:
        v = L.add("generic_secret", vendor_secret())
        out.append("Report archive password: " + v)
    else:
        out.append("Report archive password: sent separately")
    return "raw-result", {"content": [{"type": "text", "text": "\n".join(out)}], "isError": False}, L


def t_order_webhook(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card"], rint(1, 3)) if pos else []
    p = person()
    order = {"id": rint(10 ** 12, 10 ** 13), "name": "#" + str(rint(1000, 99999)), "created_at": ts(),
             "currency": ch(["USD", "EUR", "CAD", "AUD"]), "total_price": amt(10, 800),
             "customer": {"id": rint(10 ** 12, 10 ** 13), "first_name": p["first"], "last_name": p["last"],
                          "email": L.add("email", email_for(p)) if "email" in kinds else None, "accepts_marketing": R.random() < 0.5},
             "shipping_address": {"address1": "%d %s" % (rint(1, 900), ch(["King St W", "Via Roma", "Rue de Rivoli"])),
                                  "city": ch(CITIES), "phone": None},
             "payment_details": {"credit_card_bin": _d(6), "credit_card_number": "•••• •••• •••• " + _d(4), "avs_result_code": "Y"},
             "note": ch(["Leave at door", "Gift wrap please", ""]), "token": rs(32, HEXL), "cart_token": rs(32, HEXL)}
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        order["shipping_address"]["phone"] = L.add("phone_number", v, acc)
    if "payment_card" in kinds:
        d = gen_card()
        shown = fmt_card(d, 1)
        order["note"] = "Customer asked to charge this card instead: %s exp %02d/%02d" % (card_label(L, d, shown), rint(1, 12), rint(26, 30))
    headers = {"X-Shop-Topic": ch(["orders/create", "orders/paid", "orders/updated"]),
               "X-Shop-Hmac-Sha256": base64.b64encode(rbytes(32)).decode(), "X-Shop-Webhook-Id": uuid4()}
    txt = "POST /hooks/orders 200\n" + "\n".join("%s: %s" % kv for kv in headers.items()) + "\n\n" + json.dumps(order, ensure_ascii=False)
    return "raw-result", {"content": [{"type": "text", "text": txt}], "isError": False}, L


def t_ecom_customers_api(pos):
    L = Lab()
    custs = []
    for _ in range(rint(1, 4)):
        p = person()
        c = {"id": "cus_" + rs(14, AN), "name": p["name"], "email": None, "phone": None,
             "created": 1700000000 + rint(0, 3 * 10 ** 7), "default_source": "card_" + rs(24, AN),
             "metadata": {"crm_id": _d(7), "segment": ch(["vip", "new", "lapsed"])}}
        custs.append((c, p))
    if pos:
        kinds = pick(["email", "phone_number", "iban"], rint(1, 3))
        for c, p in R.sample(custs, rint(1, len(custs))):
            if "email" in kinds:
                c["email"] = L.add("email", email_for(p))
            if "phone_number" in kinds:
                v, acc, _ = gen_phone()
                c["phone"] = L.add("phone_number", v, acc)
            if "iban" in kinds and R.random() < 0.7:
                cc, s = gen_iban()
                c["refund_bank"] = {"holder": p["name"], "iban": iban_label(L, cc, s)}
    else:
        custs[0][0]["email"] = "you@example.com"
        custs[0][0]["metadata"]["note"] = "fixture customer"
    return "structured", {"object": "list", "url": "/v1/customers", "has_more": R.random() < 0.3, "data": [c for c, _ in custs]}, L


def t_refund_webhook(pos):
    L = Lab()
    kinds = pick(["iban", "email", "payment_card"], rint(1, 2)) if pos else []
    inner = {"refund_id": "re_" + rs(24, AN), "order": "ORD-" + _d(9), "amount": amt(5, 400), "reason": ch(["damaged", "size", "late"]),
             "method": "bank_transfer" if "iban" in kinds else "original_payment"}
    if "iban" in kinds:
        c, s = gen_iban()
        inner["bank"] = {"iban": iban_label(L, c, s), "bic": rs(4, UP) + ch(["DE", "FR", "NL", "GB"]) + rs(2, UP + DG)}
    if "email" in kinds:
        inner["customer_email"] = L.add("email", email_for(person()))
    if "payment_card" in kinds:
        d = gen_card()
        inner["agent_note"] = "cust read card over phone %s - refund to it" % card_label(L, d, fmt_card(d, 2))
    if not kinds:
        inner["bank"] = {"iban": ch(DOC_IBANS), "note": "sandbox fixture"}
    doc = {"event": "refund.created", "id": "evt_" + rs(24, AN), "signature": "t=%d,v1=%s" % (1700000000 + rint(0, 10 ** 7), sha256hex()),
           "payload": json.dumps(inner, ensure_ascii=False)}
    return "structured", doc, L


def t_chargeback_case(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card", "us_ssn"], rint(1, 3)) if pos else []
    p = person()
    case = "CB-%s" % _d(8)
    em = L.add("email", email_for(p)) if "email" in kinds else role_mail(ch(SHOP_DOM), "billing")
    out = ["Case %s  Reason code %s  Amount USD %s" % (case, ch(["10.4", "13.1", "4837", "4853"]), amt(20, 900)),
           "Card: %s   ARN %s   Auth %s" % (masked_pan(), _d(23), rs(6, UP + DG)),
           "Cardholder: %s" % p["name"], "", "Merchant response draft:", "---",
           "On %s %s wrote:" % (date(), em)]
    body = ["I never received the parcel.", "Tracking %s says delivered but it was not." % ("1Z" + rs(16, UP + DG))]
    if "phone_number" in kinds:
        v, acc, _ = gen_phone("US")
        body.append("Call me at %s any time." % L.add("phone_number", v, acc))
    if "payment_card" in kinds:
        d = gen_card()
        body.append("The card was %s, please refund it." % card_label(L, d, fmt_card(d, 1)))
    if "us_ssn" in kinds:
        body.append("For the fraud affidavit my SSN is %s." % L.add("us_ssn", gen_ssn()))
    else:
        body.append("Affidavit attached (SSN XXX-XX-%s)." % _d(4))
    out += ["> " + b for b in body]
    out += ["", "Evidence: POD signature image, IP %s, device %s" % (ip4(), uuid4())]
    return "text", "\n".join(out), L


def t_staff_roster(pos):
    L = Lab()
    n = rint(3, 6)
    hdr = "employee_id;name;role;shift;store;mobile;email;ssn;hourly"
    rows = [hdr]
    prow = set(R.sample(range(n), rint(1, 2))) if pos else set()
    for r in range(n):
        p = person()
        mob, em, ssn = fict_phone(), "", "XXX-XX-" + _d(4)
        if r in prow:
            kinds = pick(["phone_number", "email", "us_ssn"], rint(1, 2))
            if "phone_number" in kinds:
                v, acc, _ = gen_phone("US")
                mob = L.add("phone_number", v, acc)
            if "email" in kinds:
                em = L.add("email", email_for(p))
            if "us_ssn" in kinds:
                ssn = L.add("us_ssn", gen_ssn())
        rows.append(";".join(["E%05d" % rint(1, 99999), p["name"], ch(["Cashier", "Stock", "Supervisor", "Barista"]),
                              "%s %02d:00-%02d:00" % (ch(["Mon", "Tue", "Sat"]), rint(6, 12), rint(14, 22)),
                              "S" + _d(4), mob, em, ssn, "%.2f" % (rint(1500, 3200) / 100)]))
    return "text", "roster_week_%d.csv\n" % rint(1, 52) + "\n".join(rows), L


def t_supplier_portal_msg(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "iban", "url_credentials", "generic_secret"], rint(1, 3)) if pos else []
    p = person()
    sup = ch(["Fjord Textiles AS", "Ceramica Lusa Lda", "Shenzhen BrightCable Co.", "Bäckerei Sommer GmbH"])
    msg = ["From: %s <%s>" % (sup, role_mail("supplier-portal.example.net", "noreply")),
           "Subject: PO %s - ASN and bank details" % ("PO" + _d(7)), "",
           "Hello,", "ASN %s for PO attached; %d cartons, tracking %s." % ("ASN" + _d(8), rint(2, 60), "JD" + _d(16))]
    if "iban" in kinds:
        c, s = gen_iban()
        msg.append("Please note our NEW bank account for remittance: IBAN %s (BIC %s)." % (iban_label(L, c, s), rs(4, UP) + "PT" + rs(2, UP)))
    else:
        msg.append("Remittance to the account on file (VAT ID %s)." % ("PT" + _d(9)))
    if "url_credentials" in kinds:
        u, pw = "edi_" + rs(5, LO), url_pw()
        url = "ftp://%s:%s@edi.%s/in/" % (u, pw, ch(SHOP_DOM))
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        msg.append("We will drop the invoices at %s as agreed." % url)
    if "generic_secret" in kinds:
        v = L.add("generic_secret", password())
        msg.append("AS2 partner password: " + v)
    sig = ["Kind regards,", p["name"], "Key account manager"]
    if "email" in kinds:
        sig.append(L.add("email", email_for(p, ch(["fjordtex.no", "ceramicalusa.pt", "brightcable.cn", "baeckerei-sommer.de"]))))
    if "phone_number" in kinds:
        v, acc, _ = gen_phone(ch(["DE", "FR", "ES", "IT", "NL", "PL"]))
        sig.append("Mob. " + L.add("phone_number", v, acc))
    if not kinds:
        sig.append("Tel. " + tollfree())
    return "text", "\n".join(msg + [""] + sig), L


def gs_line(L, key, fmt="%s=%s", val=None):
    v = L.add("generic_secret", val or ch([password, vendor_secret])())
    return fmt % (key, v)


TYPED = {"stripe_key": stripe_tok, "openai_api_key": openai_tok, "anthropic_api_key": anthropic_tok,
         "google_api_key": google_tok, "github_token": github_tok, "gitlab_token": gitlab_tok,
         "slack_token": slack_tok, "jwt": jwt_tok, "webhook_url": webhook, "aws_access_key_id": aws_id,
         "aws_secret_access_key": aws_secret, "private_key": private_key}
ENVNAME = {"stripe_key": "STRIPE_SECRET_KEY", "openai_api_key": "OPENAI_API_KEY", "anthropic_api_key": "ANTHROPIC_API_KEY",
           "google_api_key": "GOOGLE_MAPS_API_KEY", "github_token": "GITHUB_TOKEN", "gitlab_token": "GITLAB_TOKEN",
           "slack_token": "SLACK_BOT_TOKEN", "jwt": "SERVICE_JWT", "webhook_url": "ALERT_WEBHOOK_URL",
           "aws_access_key_id": "AWS_ACCESS_KEY_ID", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
           "private_key": "SIGNING_KEY_PEM", "generic_secret": "ADYEN_API_KEY", "url_credentials": "DATABASE_URL"}
NEG_FOR = {"stripe_key": STRIPE_DOC_KEY, "aws_access_key_id": AWS_EX_ID, "aws_secret_access_key": AWS_EX_SECRET,
           "slack_token": "xoxb-your-bot-token", "openai_api_key": "sk-...your-key...", "webhook_url": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
           "github_token": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "gitlab_token": "glpat-xxxxxxxxxxxxxxxxxxxx",
           "google_api_key": "<your-google-api-key>", "anthropic_api_key": "sk-ant-...", "jwt": "<jwt>",
           "private_key": "/run/secrets/signing.pem", "generic_secret": "changeme", "url_credentials": "postgres://pos@db.internal:5432/pos"}


def typed_pair(L, kinds):
    """generate values for kinds; aws id/secret come together"""
    vals = {}
    for k in kinds:
        if k in ("aws_access_key_id", "aws_secret_access_key"):
            vals["aws_access_key_id"] = aws_id()
            vals["aws_secret_access_key"] = aws_secret()
        elif k == "generic_secret":
            vals[k] = ch([password, vendor_secret])()
        elif k == "url_credentials":
            vals[k] = url_pw()
        else:
            vals[k] = TYPED[k]()
    return vals


def conn_url(L, pw, scheme=None):
    scheme = scheme or ch(["postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    u = ch(["pos_app", "loyalty", "booking_svc", "oss_ro", "cdr_loader", "admin"])
    host = ch(["db-prod.internal", "10.20.3.14", "cluster0.ab12c.mongodb.net", "mq.ops.local", "pms-db.hotel.lan"])
    url = "%s://%s:%s@%s/%s" % (scheme, u, pw, host, ch(["pos", "loyalty", "pms", "cdr", "ndc"]))
    L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
    return url


def t_pos_integration_ini(pos):
    L = Lab()
    allowed = ["stripe_key", "generic_secret", "webhook_url", "url_credentials", "aws_access_key_id", "google_api_key", "slack_token"]
    kinds = pick(allowed, rint(2, 5)) if pos else []
    v = typed_pair(L, kinds)
    s = ["; POS bridge configuration - store %s" % _d(4), "[general]", "store_id = S%s" % _d(4), "terminal_pool = %d" % rint(2, 12),
         "timezone = %s" % ch(["Europe/Berlin", "America/Chicago", "Australia/Perth"]), "", "[payments]", "provider = stripe-terminal"]
    if "stripe_key" in v:
        s.append("secret_key = " + L.add("stripe_key", v["stripe_key"]))
    else:
        s.append("secret_key = %s   ; docs example, replaced at deploy" % STRIPE_DOC_KEY)
    s.append("location = tml_" + rs(14, AN))
    s += ["", "[adyen]", "merchant_account = %sPOS" % ch(["Harbor", "Lindner", "Koala"])]
    if "generic_secret" in v:
        s.append("api_key = " + L.add("generic_secret", v["generic_secret"]))
        s.append("hmac_key = " + (L.add("generic_secret", rs(64, HEXU)) if R.random() < 0.5 else "${ADYEN_HMAC_KEY}"))
    else:
        s.append("api_key = ${ADYEN_API_KEY}")
    s += ["", "[database]"]
    if "url_credentials" in v:
        s.append("url = " + conn_url(L, v["url_credentials"]))
    else:
        s.append("url = postgresql://pos_app@db-prod.internal/pos")
        s.append("password_file = /etc/posbridge/db.pass")
    if "aws_access_key_id" in v:
        s += ["", "[s3_backup]", "bucket = pos-journal-%s" % _d(4),
              "aws_access_key_id = " + L.add("aws_access_key_id", v["aws_access_key_id"]),
              "aws_secret_access_key = " + L.add("aws_secret_access_key", v["aws_secret_access_key"])]
    else:
        s += ["", "[s3_backup]", "; example from AWS docs", "aws_access_key_id = " + AWS_EX_ID, "aws_secret_access_key = " + AWS_EX_SECRET]
    s += ["", "[notifications]"]
    if "webhook_url" in v:
        s.append("incoming_webhook = " + L.add("webhook_url", v["webhook_url"]))
    if "slack_token" in v:
        s.append("slack_bot_token = " + L.add("slack_token", v["slack_token"]))
    if "google_api_key" in v:
        s.append("maps_key = " + L.add("google_api_key", v["google_api_key"]))
    if not kinds:
        s += ["incoming_webhook = " + NEG_FOR["webhook_url"], "slack_bot_token = xoxb-your-bot-token"]
    s.append("receipt_from = " + role_mail(ch(SHOP_DOM), "noreply"))
    return "text", "\n".join(s), L


def t_payment_integration_yaml(pos):
    L = Lab()
    allowed = ["stripe_key", "generic_secret", "jwt", "private_key", "slack_token", "webhook_url", "aws_access_key_id"]
    kinds = pick(allowed, rint(2, 5)) if pos else []
    v = typed_pair(L, kinds)
    y = ["# checkout-gateway values.yaml", "replicaCount: %d" % rint(2, 6), "image:", "  repository: registry.posline.app/checkout",
         "  tag: \"%d.%d.%d\"" % (rint(1, 5), rint(0, 20), rint(0, 9)), "  digest: sha256:" + sha256hex(), "payments:"]
    y.append("  stripeSecretKey: " + (L.add("stripe_key", v["stripe_key"]) if "stripe_key" in v else "\"${STRIPE_SECRET_KEY}\""))
    y.append("  webhookSigningSecret: " + (L.add("generic_secret", v["generic_secret"]) if "generic_secret" in v else "\"{{ .Values.global.whsec }}\""))
    y.append("  paypalClientId: " + rs(80, URLSAFE))
    if "jwt" in v:
        y.append("  internalServiceToken: " + L.add("jwt", v["jwt"]))
    if "aws_access_key_id" in v:
        y += ["aws:", "  region: eu-central-1", "  accessKeyId: " + L.add("aws_access_key_id", v["aws_access_key_id"]),
              "  secretAccessKey: " + L.add("aws_secret_access_key", v["aws_secret_access_key"]),
              "  roleArn: arn:aws:iam::%s:role/checkout" % _d(12)]
    if "slack_token" in v or "webhook_url" in v:
        y.append("alerts:")
        if "slack_token" in v:
            y.append("  slackToken: " + L.add("slack_token", v["slack_token"]))
        if "webhook_url" in v:
            y.append("  webhook: " + L.add("webhook_url", v["webhook_url"]))
    if "private_key" in v:
        pk = L.add("private_key", v["private_key"])
        y.append("applePayMerchantKey: |")
        y += ["  " + ln for ln in pk.split("\n")]
        # indentation breaks verbatim match of the block -> label the block as it appears
        L.items[-1]["value"] = "\n".join("  " + ln for ln in pk.split("\n")).lstrip()
        L.seen.add(L.items[-1]["value"])
    if not kinds:
        y += ["aws:", "  accessKeyId: " + AWS_EX_ID, "  secretAccessKey: " + AWS_EX_SECRET, "alerts:", "  slackToken: ${{ secrets.SLACK_TOKEN }}"]
    txt = "$ helm get values checkout-gateway -n payments -o yaml\n" + "\n".join(y)
    return "raw-result", {"content": [{"type": "text", "text": txt}], "isError": False}, L


def t_pos_backend_code(pos):
    L = Lab()
    allowed = ["stripe_key", "openai_api_key", "anthropic_api_key", "aws_access_key_id", "github_token", "generic_secret", "google_api_key"]
    kinds = pick(allowed, rint(2, 4)) if pos else []
    v = typed_pair(L, kinds)
    lang = ch(["py", "js", "go"])
    lines = []
    if lang == "py":
        lines += ["import os", "import stripe", "", "# loyalty points service", "stripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]"]
        for k, val in v.items():
            if k == "aws_secret_access_key":
                continue
            name = ENVNAME[k]
            if k == "aws_access_key_id":
                lines.append("%s = \"%s\"  # TODO move to vault" % (name, L.add(k, val)))
                lines.append("%s = \"%s\"" % (ENVNAME["aws_secret_access_key"], L.add("aws_secret_access_key", v["aws_secret_access_key"])))
            else:
                lines.append("%s = \"%s\"  # TODO move to vault" % (name, L.add(k, val)))
        lines += ["OPENAI_KEY = os.getenv(\"OPENAI_API_KEY\", \"\")", "TEST_KEY = \"sk_test_xxx\"",
                  "PAN_RE = re.compile(r\"\\b4[0-9]{12}(?:[0-9]{3})?\\b\")",
                  "def award(member_no: str, basket_total: float) -> int:", "    return int(basket_total // 10)"]
    elif lang == "js":
        lines += ["const Stripe = require('stripe');", "const stripe = Stripe(process.env.STRIPE_SECRET_KEY);"]
        for k, val in v.items():
            if k == "aws_secret_access_key":
                continue
            if k == "aws_access_key_id":
                lines.append("const awsCreds = { accessKeyId: '%s', secretAccessKey: '%s' };" % (L.add(k, val), L.add("aws_secret_access_key", v["aws_secret_access_key"])))
            else:
                lines.append("const %s = '%s';" % (ENVNAME[k], L.add(k, val)))
        lines += ["const fallback = process.env.OPENAI_API_KEY ?? '<your-api-key>';", "// sample card for unit tests: 4242 4242 4242 4242",
                  "export async function refund(orderId) { return stripe.refunds.create({ payment_intent: orderId }); }"]
    else:
        lines += ["package loyalty", "", "import \"os\"", "", "var stripeKey = os.Getenv(\"STRIPE_SECRET_KEY\")"]
        for k, val in v.items():
            if k == "aws_secret_access_key":
                continue
            if k == "aws_access_key_id":
                lines.append("const awsKeyID = \"%s\"" % L.add(k, val))
                lines.append("const awsSecretAccessKey = \"%s\"" % L.add("aws_secret_access_key", v["aws_secret_access_key"]))
            else:
                lines.append("const %s = \"%s\"" % (ENVNAME[k].title().replace("_", ""), L.add(k, val)))
        lines += ["// commit " + sha1hex(), "var exampleKey = \"%s\" // AWS docs" % AWS_EX_ID]
    fn = {"py": "loyalty/points.py", "js": "src/refunds.js", "go": "internal/loyalty/keys.go"}[lang]
    return "text", "%s\n%s" % (fn, "\n".join("%4d  %s" % (i + 1, l) for i, l in enumerate(lines))), L


# ---------------------------------------------------------------- travel
def _pax():
    p = person()
    p["gds"] = fold(p["last"]).upper().replace(" ", "") + "/" + fold(p["first"]).upper() + ch(["MR", "MS", "MRS"])
    return p


def t_gds_pnr_screen(pos):
    L = Lab()
    kinds = pick(["phone_number", "email", "payment_card"], rint(1, 3)) if pos else []
    al, code = ch(AIRLINES)
    p = _pax()
    loc = pnr_loc()
    a1, a2 = R.sample(AIRPORTS, 2)
    out = ["RP/%s%s/%s%s  AA/SU %s/%s" % (ch(["PAR", "FRA", "LON", "SYD"]), "1A" + _d(4), ch(["PAR", "FRA"]), _d(5), date(), _d(4) + "Z"), "  " + loc,
           "  1.%s" % p["gds"],
           "  2  %s %4d %s %s %s%s HK1  %02d%02d %02d%02d   E %s/%s" % (al, rint(1, 9999), ch("YMBJ"), ch(["12MAR", "03JUN", "21SEP"]), a1, a2, rint(0, 23), rint(0, 59), rint(0, 23), rint(0, 59), al, loc),
           "  3 AP %s %s-B" % (a1, tollfree())]
    n = 4
    if "phone_number" in kinds:
        v, acc, e = gen_phone(ch(["DE", "FR", "UK", "AU", "US", "IT"]))
        if R.random() < 0.5:
            out.append("  %d SSR CTCM %s HK1/%s" % (n, al, L.add("phone_number", e)))
        else:
            out.append("  %d APM %s" % (n, L.add("phone_number", v, acc)))
        n += 1
    else:
        out.append("  %d SSR CTCM %s HK1/%s" % (n, al, test_msisdn()))
        n += 1
    em = email_for(p)
    loc_, dom = em.split("@")
    out.append("  %d SSR CTCE %s HK1/%s//%s" % (n, al, loc_.upper().replace("_", "..").replace("-", "./"), dom.upper()))
    n += 1
    if "email" in kinds:
        out.append("  %d APE %s" % (n, L.add("email", em)))
        n += 1
    out.append("  %d SSR DOCS %s HK1/P/%s/%s/%02d%s%02d/%s/%02d%s%02d/%s/%s" % (
        n, al, ch(["DEU", "FRA", "GBR", "AUS"]), rs(9, UP + DG), rint(1, 28), ch(["JAN", "MAY", "OCT"]), rint(50, 99), ch("MF"),
        rint(1, 28), ch(["FEB", "JUL"]), rint(28, 34), fold(p["last"]).upper(), fold(p["first"]).upper()))
    n += 1
    out.append("  %d SSR FOID %s HK1/PP%s" % (n, al, rs(9, UP + DG)))
    n += 1
    out.append("  %d FA PAX %s-%s/ETLH/EUR%s/%s/%s" % (n, code, _d(10), amt(100, 2000), date(), ch(["FRA", "PAR"]) + "1A" + _d(4)))
    n += 1
    if "payment_card" in kinds:
        d = gen_card()
        brand = {"4": "VI", "5": "CA", "2": "CA", "3": "AX", "6": "DS"}[d[0]]
        out.append("  %d FP CC%s%s/%02d%02d" % (n, brand, card_label(L, d, d), rint(1, 12), rint(26, 30)))
    else:
        out.append("  %d FP CCVIXXXXXXXXXXXX%s/%02d%02d/A%s" % (n, _d(4), rint(1, 12), rint(26, 30), rs(6, DG)))
    n += 1
    out.append("  %d RM FF %s %s%s" % (n, al, al, _d(10)))
    out.append("  %d TK OK%s/%s" % (n + 1, ch(["12MAR", "07AUG"]), ch(["PAR", "FRA"]) + "1A" + _d(4)))
    return "text", "\n".join(out), L


def t_booking_engine_json(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card", "jwt"], rint(1, 3)) if pos else []
    p = person()
    doc = {"booking": {"reference": pnr_loc(), "status": "CONFIRMED", "created": ts(),
                       "segments": [{"flight": ch(AIRLINES)[0] + str(rint(10, 9999)), "from": a, "to": b, "dep": ts(), "seat": "%d%s" % (rint(1, 60), ch("ABCDEF"))}
                                    for a, b in [R.sample(AIRPORTS, 2) for _ in range(rint(1, 3))]],
                       "lead_traveller": {"name": p["name"], "dob": "%d-%02d-%02d" % (rint(1950, 2005), rint(1, 12), rint(1, 28)),
                                          "passport": rs(9, UP + DG)},
                       "contact": {"email": role_mail("skyroute.travel", "reservations"), "phone": tollfree()},
                       "payment": {"card": masked_pan(), "auth": rs(6, DG), "psp_reference": rs(16, UP + DG)}},
           "session": {"id": uuid4(), "token": None}}
    if "email" in kinds:
        doc["booking"]["contact"]["email"] = L.add("email", email_for(p))
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        doc["booking"]["contact"]["phone"] = L.add("phone_number", v, acc)
    if "payment_card" in kinds:
        d = gen_card()
        doc["booking"]["payment"]["raw_pan_debug"] = card_label(L, d, fmt_card(d, 0))
    if "jwt" in kinds:
        doc["session"]["token"] = L.add("jwt", jwt_tok({"pnr": doc["booking"]["reference"]}))
    return "structured", doc, L


def t_eticket_receipt(pos):
    L = Lab()
    kinds = pick(["email", "phone_number"], rint(1, 2)) if pos else []
    al, code = ch(AIRLINES)
    p = _pax()
    out = ["ELECTRONIC TICKET PASSENGER ITINERARY/RECEIPT", "",
           "NAME: %-30s ETKT: %s %s" % (p["gds"], code, _d(10)),
           "BOOKING REF: %s   ISSUED: %s   IATA: %s" % (pnr_loc(), date(), _d(8)),
           "FORM OF PAYMENT: CC %s  APPROVAL %s" % (masked_pan(), rs(6, DG)),
           "FREQUENT FLYER: %s %s" % (al, _d(9)), ""]
    for _ in range(rint(1, 3)):
        a, b = R.sample(AIRPORTS, 2)
        out.append("%s %-5d %s %s-%s  %s  SEAT %d%s  BAG 1PC  NVB/NVA" % (al, rint(1, 9999), ch(["12MAR", "30APR"]), a, b, ch("YBMQ"), rint(1, 50), ch("ACDF")))
    out += ["", "FARE EUR %s  TAX %s  TOTAL EUR %s" % (amt(50, 900), amt(10, 200), amt(80, 1100)),
            "ENDORSEMENTS: NONREF/CHNG FEE APPLIES"]
    if "email" in kinds:
        out.append("RECEIPT E-MAILED TO: " + L.add("email", email_for(p)))
    else:
        out.append("RECEIPT E-MAILED TO: " + fold(p["first"])[0].upper() + "****@" + ch(PERSONAL_DOM).upper())
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        out.append("PAX MOBILE: " + L.add("phone_number", v, acc))
    out.append("Airline reservations: %s  |  %s" % (tollfree(), role_mail(ch(["lufthansa-example.com", "skyroute.travel"]), "reservations")))
    return "text", "\n".join(out), L


def bcbp(p, loc):
    name = (fold(p["last"]).upper() + "/" + fold(p["first"]).upper())[:20].ljust(20)
    a, b = R.sample(AIRPORTS, 2)
    return "M1%sE%s%s%s%s %04d %03d%s%03d%s%04d 100" % (name, loc.ljust(7), a, b, ch(AIRLINES)[0].ljust(3), rint(1, 9999), rint(1, 365), ch("YJM"), rint(1, 60), ch("ABCDEF"), rint(1, 300))


def t_boarding_pass_app(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "jwt", "generic_secret"], rint(1, 2)) if pos else []
    p = person()
    loc = pnr_loc()
    doc = {"pass": {"formatVersion": 1, "serialNumber": uuid4(), "passTypeIdentifier": "pass.travel.skyroute.boarding",
                    "barcode": {"format": "PKBarcodeFormatAztec", "message": bcbp(p, loc), "messageEncoding": "iso-8859-1"},
                    "authenticationToken": None, "webServiceURL": "https://passes.skyroute.travel/v1"},
           "traveller": {"name": p["name"], "ff": ch(AIRLINES)[0] + _d(9), "record_locator": loc}}
    if "generic_secret" in kinds:
        doc["pass"]["authenticationToken"] = L.add("generic_secret", rs(32, AN))
    else:
        doc["pass"]["authenticationToken"] = "vxwxd7J8AlNNFPS8k0a0FfUFtq0ewzFdc"[:8] + "…" if R.random() < 0.5 else "<redacted>"
    if "email" in kinds:
        doc["traveller"]["notify_email"] = L.add("email", email_for(p))
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        doc["traveller"]["notify_sms"] = L.add("phone_number", v, acc)
    if "jwt" in kinds:
        doc["api_auth"] = "Bearer " + L.add("jwt", jwt_tok({"scope": "boarding:read"}), )
        L.items[-1]["accept"].append(doc["api_auth"])
    return "structured", doc, L


def t_hotel_folio(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card"], rint(1, 3)) if pos else []
    p = person()
    h = ch(HOTELS)
    out = [h.upper(), "GUEST FOLIO  No. %s" % _d(7), "Guest: %-26s Room: %d" % (p["name"], rint(101, 1520)),
           "Arrival: %s  Departure: %s  Conf#: %s" % (date(), date(), _d(9)), "Profile: %s   Loyalty: %s" % ("P" + _d(8), "HH" + _d(9))]
    if "email" in kinds:
        out.append("E-mail: " + L.add("email", email_for(p)))
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        out.append("Phone : " + L.add("phone_number", v, acc))
    out += ["", "%-12s %-30s %10s" % ("DATE", "DESCRIPTION", "AMOUNT")]
    for _ in range(rint(3, 7)):
        out.append("%-12s %-30s %10s" % (date(), ch(["Room Charge", "City Tax", "Minibar", "Restaurant Lumière", "Spa", "Parking"]), amt(3, 400)))
    if "payment_card" in kinds:
        d = gen_card()
        out.append("%-12s %-30s %10s" % (date(), "Payment VISA/MC", "-" + amt(100, 2000)))
        out.append("Card on file: %s  exp %02d/%02d" % (card_label(L, d, fmt_card(d, ch([0, 1]))), rint(1, 12), rint(26, 30)))
    else:
        out.append("Card on file: %s  exp **/**" % masked_pan())
    out += ["Balance 0.00", "VAT Reg %s" % ("FR" + _d(11)), "Front desk " + role_mail("hotel-lumiere.example.fr", "frontdesk")]
    return "text", "\n".join(out), L


def t_guest_profile_pms(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card", "iban"], rint(1, 3)) if pos else []
    p = person()
    prof = {"profileId": "P" + _d(9), "name": {"first": p["first"], "last": p["last"]}, "vip": ch(["", "V1", "V2"]),
            "addresses": [{"type": "HOME", "line1": "%d %s" % (rint(1, 99), ch(["Birkenweg", "Via Po", "Calle Luna"])), "city": ch(CITIES)}],
            "communications": [], "preferences": ["NONSMOKING", ch(["HIGHFLOOR", "FEATHERFREE", "QUIET"])],
            "membership": {"program": "HH", "number": _d(10)}, "stays": rint(0, 40), "passportNo": rs(9, UP + DG)}
    if "email" in kinds:
        prof["communications"].append({"type": "EMAIL", "value": L.add("email", email_for(p)), "primary": True})
    else:
        prof["communications"].append({"type": "EMAIL", "value": role_mail(ch(SHOP_DOM), "team"), "primary": False})
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        prof["communications"].append({"type": "MOBILE", "value": L.add("phone_number", v, acc)})
    if "payment_card" in kinds:
        d = gen_card()
        prof["creditCards"] = [{"token": "tok_" + rs(20, AN), "cardNumber": card_label(L, d, d), "expiry": "%02d/%02d" % (rint(1, 12), rint(26, 30))}]
    else:
        prof["creditCards"] = [{"token": "tok_" + rs(20, AN), "cardNumber": masked_pan()}]
    if "iban" in kinds:
        c, s = gen_iban()
        prof["directBill"] = {"company": ch(["Nordlicht GmbH", "Acme Pty Ltd"]), "iban": iban_label(L, c, s)}
    return "structured", {"profiles": [prof], "pms": "opera-cloud", "hotelId": ch(["HAR01", "LUM02", "ORC07"])}, L


def t_car_rental_agreement(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card"], rint(1, 3)) if pos else []
    p = person()
    out = ["RENTAL AGREEMENT  RA# %s" % _d(9), "Renter : %s" % p["name"],
           "Licence: %s  (%s)  DOB %s" % (rs(2, UP) + _d(7), ch(["CA", "NSW", "BY", "ON"]), "%02d/%02d/%d" % (rint(1, 28), rint(1, 12), rint(1955, 2000)))]
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        out.append("Mobile : " + L.add("phone_number", v, acc))
    else:
        out.append("Mobile : " + fict_phone())
    if "email" in kinds:
        out.append("Email  : " + L.add("email", email_for(p)))
    out += ["Vehicle: %s  Plate %s  VIN %s" % (ch(["Toyota Corolla", "VW Golf", "Tesla Model 3", "Kia EV6"]), rs(3, UP) + "-" + _d(3), rs(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
            "Out: %s %s  fuel 8/8  km %d" % (ch(AIRPORTS), ts(), rint(1000, 90000)), "In : %s %s" % (ch(AIRPORTS), ts()),
            "Rate: %s/day  CDW declined  Deposit %s" % (amt(30, 120), amt(200, 800))]
    if "payment_card" in kinds:
        d = gen_card()
        out.append("Deposit card: %s" % card_label(L, d, fmt_card(d, 2)))
    else:
        out.append("Deposit card: %s" % masked_pan())
    out.append("Roadside assistance " + tollfree())
    return "text", "\n".join(out), L


def t_midoffice_export_csv(pos):
    L = Lab()
    hdr = ["booking_id", "pnr", "traveller", "cost_center", "email", "mobile", "ticket", "amount", "billing_account", "remarks"]
    rows = [hdr]
    n = rint(2, 5)
    prow = set(R.sample(range(n), rint(1, 2))) if pos else set()
    for r in range(n):
        p = person()
        em, mob, bill = role_mail("corp-example.com", "team") if R.random() < 0.3 else "", "", "ACC-" + _d(6)
        rem = ch(["Policy compliant", "Out of policy, approved by manager", "Hotel, breakfast incl."])
        if r in prow:
            kinds = pick(["email", "phone_number", "iban"], rint(1, 2))
            if "email" in kinds:
                em = L.add("email", email_for(p, ch(["corp-example.com", "nordlicht.de", "acme.com.au"] + PERSONAL_DOM)))
            if "phone_number" in kinds:
                v, acc, _ = gen_phone()
                mob = L.add("phone_number", v, acc)
            if "iban" in kinds:
                c, s = gen_iban()
                bill = iban_label(L, c, s)
        rows.append(["BK" + _d(8), pnr_loc(), p["name"], "CC-" + _d(4), em, mob, ticket_no(), amt(80, 3000), bill, rem])
    text = "\n".join(",".join(csvq(c) for c in row) for row in rows)
    return "raw-result", {"content": [{"type": "text", "text": text}], "isError": False}, L


def t_ndc_order_view(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "payment_card", "jwt"], rint(1, 3)) if pos else []
    p = person()
    contact = {"EmailAddress": {"EmailAddressText": role_mail("skyroute.travel", "reservations")}, "Phone": {"PhoneNumber": tollfree()}}
    if "email" in kinds:
        contact["EmailAddress"]["EmailAddressText"] = L.add("email", email_for(p))
    if "phone_number" in kinds:
        v, acc, e = gen_phone()
        contact["Phone"] = {"CountryDialingCode": e[:2], "PhoneNumber": L.add("phone_number", v, acc)}
    pay = {"PaymentMethod": {"PaymentCard": {"MaskedCardID": masked_pan(), "CardBrandCode": ch(["VI", "CA", "AX"])}}}
    if "payment_card" in kinds:
        d = gen_card()
        pay["PaymentMethod"]["PaymentCard"]["CardNumber"] = card_label(L, d, d)
    rs_ = {"Response": {"Order": {"OrderID": ch(AIRLINES)[0] + "_" + rs(10, UP + DG), "OwnerCode": ch(AIRLINES)[0],
                                 "BookingRef": {"BookingID": pnr_loc()}, "TotalPrice": {"TotalAmount": amt(100, 3000)},
                                 "PaymentInfo": [pay]},
                       "DataLists": {"PaxList": [{"PaxID": "PAX1", "Individual": {"GivenName": p["first"], "Surname": p["last"]},
                                                  "ContactInfoRefID": "CI1", "LoyaltyProgramAccount": {"AccountNumber": _d(10)}}],
                                     "ContactInfoList": [dict(ContactInfoID="CI1", **contact)]}},
           "PayloadAttributes": {"CorrelationID": uuid4(), "VersionNumber": "21.3"}}
    txt = json.dumps(rs_, ensure_ascii=False)
    if "jwt" in kinds:
        j = L.add("jwt", jwt_tok({"agency": "IATA" + _d(8)}))
        txt = "> POST /ndc/v21.3/OrderRetrieve\n> Authorization: Bearer %s\n< 200 OK\n%s" % (j, txt)
        L.items[-1]["accept"].append("Bearer " + j)
    return "raw-result", {"content": [{"type": "text", "text": txt}], "isError": False}, L


def t_apis_manifest(pos):
    L = Lab()
    al, _ = ch(AIRLINES)
    a, b = R.sample(AIRPORTS, 2)
    segs = ["UNA:+.? '", "UNB+UNOA:4+%sAPIS+USCSAPIS+%s:%04d+%s'" % (al, date().replace("-", "")[2:], rint(0, 2359), _d(9)),
            "UNH+%s+PAXLST:D:05B:UN:IATA+%s+01:F'" % (_d(6), al + _d(6)), "BGM+745'",
            "NAD+MS+++%s OPS CONTROL'" % al]
    if pos and R.random() < 0.5:
        v, acc, e = gen_phone()
        segs.append("COM+%s:TE+%s:EM'" % (L.add("phone_number", e), role_mail("ops-example.aero", "noc")))
    else:
        segs.append("COM+%s:TE+%s:EM'" % (tollfree().replace(" ", "").replace("-", ""), role_mail("ops-example.aero", "noc")))
    segs += ["TDT+20+%s%d+++%s'" % (al, rint(1, 9999), al), "LOC+125+%s'" % a, "DTM+189:%s:201'" % _d(10), "LOC+87+%s'" % b]
    for _ in range(rint(2, 4)):
        p = _pax()
        segs += ["NAD+FL+++%s:%s'" % (fold(p["last"]).upper(), fold(p["first"]).upper()), "ATT+2++%s'" % ch("MF"),
                 "DTM+329:%02d%02d%02d'" % (rint(50, 99), rint(1, 12), rint(1, 28)), "NAT+2+%s'" % ch(["DEU", "USA", "AUS", "JPN"]),
                 "RFF+AVF:%s'" % pnr_loc(), "DOC+P:110:111+%s'" % rs(9, UP + DG), "DTM+36:%02d%02d%02d'" % (rint(26, 34), rint(1, 12), rint(1, 28))]
        if pos and R.random() < 0.45:
            kinds = pick(["email", "phone_number"], 1)
            if "email" in kinds:
                segs.append("COM+%s:EM'" % L.add("email", email_for(p)))
            else:
                v, acc, e = gen_phone()
                segs.append("COM+%s:TE'" % L.add("phone_number", e))
    if pos and not L.items:
        segs.append("COM+%s:EM'" % L.add("email", email_for(person())))
    segs += ["CNT+42:%d'" % rint(2, 4), "UNT+%d+%s'" % (len(segs), _d(6)), "UNZ+1+%s'" % _d(9)]
    return "text", "\n".join(segs), L


def t_ff_statement(pos):
    L = Lab()
    kinds = pick(["email", "phone_number"], rint(1, 2)) if pos else []
    al, _ = ch(AIRLINES)
    p = person()
    out = ["%s MILES STATEMENT  %s" % (al, ch(["MARCH", "JUNE", "NOVEMBER"])), "Member: %s  No. %s  Tier: %s" % (p["name"], al + _d(9), ch(["Silver", "Gold", "Platinum"]))]
    if "email" in kinds:
        out.append("Statement sent to %s" % L.add("email", email_for(p)))
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        out.append("Security alerts via SMS to %s" % L.add("phone_number", v, acc))
    else:
        out.append("Security alerts via SMS to ******%s" % _d(3))
    out += ["", "DATE        ACTIVITY                          MILES  STATUS PTS"]
    for _ in range(rint(3, 7)):
        out.append("%-11s %-33s %6d %6d" % (date(), ch(["%s%d %s-%s" % (al, rint(1, 999), *R.sample(AIRPORTS, 2)), "Hotel partner stay", "Car rental partner", "Credit card spend"]), rint(100, 9000), rint(0, 300)))
    out += ["Balance: %d miles   Expiring: %d" % (rint(1000, 300000), rint(0, 9000)), "Service centre: " + tollfree() + "  " + role_mail("miles-example.com", "info")]
    return "text", "\n".join(out), L


def t_tmc_config(pos):
    L = Lab()
    allowed = ["generic_secret", "webhook_url", "google_api_key", "jwt", "aws_access_key_id", "slack_token", "private_key", "url_credentials"]
    kinds = pick(allowed, rint(2, 5)) if pos else []
    v = typed_pair(L, kinds)
    y = ["# travel-policy-sync / config.toml", "[amadeus]", "env = \"production\"", "client_id = \"%s\"" % rs(32, AN)]
    y.append("client_secret = \"%s\"" % (L.add("generic_secret", v["generic_secret"]) if "generic_secret" in v else "{{ vault \"secret/tmc/amadeus\" }}"))
    y += ["", "[maps]"]
    y.append("google_api_key = \"%s\"" % (L.add("google_api_key", v["google_api_key"]) if "google_api_key" in v else "<your-google-api-key>"))
    if "jwt" in v:
        y += ["", "[expense]", "service_token = \"%s\"" % L.add("jwt", v["jwt"])]
    if "aws_access_key_id" in v:
        y += ["", "[archive]", "aws_access_key_id = \"%s\"" % L.add("aws_access_key_id", v["aws_access_key_id"]),
              "aws_secret_access_key = \"%s\"" % L.add("aws_secret_access_key", v["aws_secret_access_key"])]
    if "url_credentials" in v:
        y += ["", "[store]", "dsn = \"%s\"" % conn_url(L, v["url_credentials"])]
    y += ["", "[alerts]"]
    if "webhook_url" in v:
        y.append("traveler_alerts_webhook = \"%s\"" % L.add("webhook_url", v["webhook_url"]))
    if "slack_token" in v:
        y.append("slack_token = \"%s\"" % L.add("slack_token", v["slack_token"]))
    if "private_key" in v:
        y += ["", "[sftp]", "host = \"hr-feed.corp-example.com\"", "private_key = \"\"\"", L.add("private_key", v["private_key"]), "\"\"\""]
    if not kinds:
        y += ["traveler_alerts_webhook = \"%s\"" % NEG_FOR["webhook_url"], "slack_token = \"${SLACK_TOKEN}\"", "kid = \"%s\"" % rs(20, HEXL)]
    y.append("mail_from = \"%s\"" % role_mail("corp-example.com", "noreply"))
    txt = "$ cat /etc/tmc-sync/config.toml\n" + "\n".join(y)
    return "raw-result", {"content": [{"type": "text", "text": txt}], "isError": False}, L


def t_travel_sync_log(pos):
    L = Lab()
    allowed = ["jwt", "url_credentials", "generic_secret", "openai_api_key", "anthropic_api_key", "gitlab_token", "github_token"]
    kinds = pick(allowed, rint(2, 4)) if pos else []
    v = typed_pair(L, kinds)
    lines = []

    def ln(level, msg):
        lines.append("%s %-5s [%s] %s" % (ts(), level, ch(["sync-worker", "ndc-client", "pnr-import", "fare-cache"]), msg))
    ln("INFO", "starting run id=%s trace=%s" % (uuid4(), rs(32, HEXL)))
    ln("INFO", "fetched %d PNRs from queue %s" % (rint(1, 400), "Q" + _d(2)))
    if "jwt" in v:
        j = L.add("jwt", v["jwt"], ["Bearer " + v["jwt"]])
        ln("DEBUG", "POST https://api.ndc-hub.example/v1/orders headers={'Authorization': 'Bearer %s'}" % j)
    else:
        ln("DEBUG", "POST https://api.ndc-hub.example/v1/orders headers={'Authorization': 'Bearer eyJhbGciOi…[truncated]'}")
    if "url_credentials" in v:
        ln("WARN", "retrying connection to %s (attempt 2)" % conn_url(L, v["url_credentials"]))
    if "generic_secret" in v:
        s = L.add("generic_secret", v["generic_secret"])
        ln("DEBUG", "sabre auth payload: grant_type=password&username=V1:%s:ABCD:AA&password=%s" % (_d(5), s))
        L.items[-1]["accept"].append("password=" + s)
    if "openai_api_key" in v:
        ln("ERROR", "summariser failed: 401 Incorrect API key provided: %s" % L.add("openai_api_key", v["openai_api_key"]))
    if "anthropic_api_key" in v:
        ln("DEBUG", "env ANTHROPIC_API_KEY=%s" % L.add("anthropic_api_key", v["anthropic_api_key"]))
        L.items[-1]["accept"].append("ANTHROPIC_API_KEY=" + v["anthropic_api_key"])
    if "gitlab_token" in v:
        t = L.add("gitlab_token", v["gitlab_token"])
        url = "https://oauth2:%s@gitlab.corp-example.com/travel/fare-rules.git" % t
        L.items[-1]["accept"] += ["oauth2:" + t, url]
        ln("INFO", "git pull %s" % url)
    if "github_token" in v:
        t = L.add("github_token", v["github_token"])
        url = "https://x-access-token:%s@github.com/corp-example/policy-rules.git" % t
        L.items[-1]["accept"] += ["x-access-token:" + t, url]
        ln("INFO", "cloning %s" % url)
    if not kinds:
        ln("DEBUG", "openai key from env OPENAI_API_KEY (len=%d)" % rint(51, 164))
        ln("INFO", "commit %s, version %d.%d.%d" % (sha1hex(), rint(1, 3), rint(0, 30), rint(0, 9)))
    ln("INFO", "run complete in %d ms" % rint(200, 90000))
    return "text", "\n".join(lines), L


def t_concierge_bot_config(pos):
    L = Lab()
    allowed = ["openai_api_key", "anthropic_api_key", "google_api_key", "slack_token", "webhook_url", "generic_secret", "github_token", "gitlab_token"]
    kinds = pick(allowed, rint(2, 5)) if pos else []
    v = typed_pair(L, kinds)
    doc = {"assistant": {"name": ch(["Alma", "Kai", "Lumi"]), "property": ch(HOTELS), "languages": ["en", "fr", "de", "ja"],
                         "llm": {"provider": "openai" if "openai_api_key" in v else "anthropic", "model": ch(["gpt-4o-mini", "claude-3-5-haiku"]),
                                 "api_key": None}},
           "integrations": {}, "escalation": {"email": role_mail("hotel-lumiere.example.fr", "frontdesk"), "phone": tollfree()}}
    if "openai_api_key" in v:
        doc["assistant"]["llm"]["api_key"] = L.add("openai_api_key", v["openai_api_key"])
    if "anthropic_api_key" in v:
        doc["assistant"]["fallback_llm"] = {"provider": "anthropic", "api_key": L.add("anthropic_api_key", v["anthropic_api_key"])}
    if doc["assistant"]["llm"]["api_key"] is None:
        doc["assistant"]["llm"]["api_key"] = "${OPENAI_API_KEY}"
    if "google_api_key" in v:
        doc["integrations"]["places"] = {"key": L.add("google_api_key", v["google_api_key"])}
    if "slack_token" in v:
        doc["integrations"]["slack"] = {"bot_token": L.add("slack_token", v["slack_token"]), "channel": "#guest-requests"}
    if "webhook_url" in v:
        doc["integrations"]["housekeeping_hook"] = L.add("webhook_url", v["webhook_url"])
    if "generic_secret" in v:
        doc["integrations"]["pms"] = {"username": "concierge_bot", "password": L.add("generic_secret", v["generic_secret"])}
    else:
        doc["integrations"]["pms"] = {"username": "concierge_bot", "password": "********"}
    if "github_token" in v:
        doc["integrations"]["kb_repo"] = {"url": "https://github.com/harbourhotels/faq", "token": L.add("github_token", v["github_token"])}
    if "gitlab_token" in v:
        doc["integrations"]["prompts_repo"] = {"token": L.add("gitlab_token", v["gitlab_token"])}
    if not kinds:
        doc["integrations"]["kb_repo"] = {"token": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}
    doc["build"] = {"commit": sha1hex(), "image_digest": "sha256:" + sha256hex()}
    return "structured", doc, L


# ---------------------------------------------------------------- telecom
def t_cdr_csv(pos):
    L = Lab()
    hdr = "record_type,served_imsi,served_imei,served_msisdn,calling_number,called_number,redirecting,start_time,duration,cause,cell_id,lac,msc_id,charge_id,,,"
    rows = [hdr]
    n = rint(3, 7)
    prow = set(R.sample(range(n), rint(1, 3))) if pos else set()
    for r in range(n):
        served = test_msisdn()
        calling = served
        called = test_msisdn() if R.random() < 0.5 else ch(["112", "999", "911", tollfree().replace(" ", "").replace("-", "")])
        if r in prow:
            v, acc, e = gen_phone(ch(["UK", "DE", "FR", "IE", "NL", "ES"]), e164=True)
            if R.random() < 0.5:
                called = L.add("phone_number", e)
            else:
                called = L.add("phone_number", v, acc)
        rows.append(",".join([ch(["MOC", "MTC", "SMS-MO", "FWD"]), imsi(), imei(), served, calling, called, "",
                              "%s %02d:%02d:%02d" % (date(), rint(0, 23), rint(0, 59), rint(0, 59)), str(rint(0, 3600)),
                              ch(["16", "17", "31"]), str(rint(1000, 65000)), str(rint(100, 9999)), "MSC" + _d(2), _d(10), "", "", ""]))
    return "text", "\n".join(rows), L


def t_asn1_cdr_dump(pos):
    L = Lab()
    kinds = pick(["phone_number"], 1) if pos else []
    rec = ["moCallRecord {", "  recordType: moCallRecord (0)", "  servedIMSI: %s" % imsi(), "  servedIMEI: %s" % imei(),
           "  servedMSISDN: %s" % test_msisdn()]
    if kinds:
        v, acc, e = gen_phone(ch(["UK", "DE", "AU", "ZA", "IN", "BR"]), e164=True)
        rec.append("  calledNumber: '%s'H -- decoded: %s" % (rs(14, HEXU), L.add("phone_number", e)))
        if R.random() < 0.4:
            v2, acc2, e2 = gen_phone(ch(["FR", "IT", "SG"]), e164=True)
            rec.append("  translatedNumber: %s" % L.add("phone_number", v2, acc2))
    else:
        rec.append("  calledNumber: '%s'H -- decoded: %s" % (rs(14, HEXU), test_msisdn()))
    rec += ["  recordingEntity: '%s'H" % rs(12, HEXU), "  location {", "    locationAreaCode: '%s'H" % rs(4, HEXU), "    cellIdentifier: '%s'H" % rs(4, HEXU), "  }",
            "  seizureTime: '%s'H" % rs(18, HEXU), "  answerTime: '%s'H" % rs(18, HEXU), "  callDuration: %d" % rint(1, 4000),
            "  causeForTerm: normalRelease (0)", "  callReference: '%s'H" % rs(10, HEXU), "  sequenceNumber: %d" % rint(1, 99999), "}"]
    hexdump = " ".join(rs(2, HEXL) for _ in range(rint(24, 48)))
    return "text", "$ asn1dump -p cdr_%s.ber | head -40\n%s\n-- raw: %s" % (_d(8), "\n".join(rec), hexdump), L


def t_sip_trace(pos):
    L = Lab()
    kinds = pick(["phone_number", "email", "generic_secret"], rint(1, 2)) if pos else []
    pbx = ch(["pbx.kestrel-fibre.net", "sip.vireo-telecom.com", "10.11.0.5"])
    if "phone_number" in kinds:
        v, acc, e = gen_phone(ch(["DE", "UK", "US", "FR", "NL"]), e164=True)
        frm = L.add("phone_number", v, acc)
    else:
        frm = "+" + test_msisdn()
    to = "+" + test_msisdn()
    user = "10%02d" % rint(0, 99)
    if "email" in kinds:
        user = L.add("email", email_for(person(), ch(["sipgate-example.de", "voip-example.net"] + PERSONAL_DOM)))
    callid = rs(24, AN) + "@" + ip4()
    msg = ["INVITE sip:%s@%s SIP/2.0" % (to, pbx), "Via: SIP/2.0/UDP %s:5060;branch=z9hG4bK%s" % (ip4(), rs(10, LO + DG)),
           "From: \"%s\" <sip:%s@%s>;tag=%s" % (person()["name"], frm, pbx, rs(8, HEXL)), "To: <sip:%s@%s>" % (to, pbx),
           "Call-ID: " + callid, "CSeq: 2 INVITE",
           "Authorization: Digest username=\"%s\", realm=\"%s\", nonce=\"%s\", uri=\"sip:%s@%s\", response=\"%s\", algorithm=MD5" % (user, pbx, rs(32, HEXL), to, pbx, rs(32, HEXL)),
           "User-Agent: Yealink SIP-T46U 108.86.0.%d" % rint(1, 99), "Content-Type: application/sdp", "", "v=0",
           "o=- %s %s IN IP4 %s" % (_d(10), _d(10), ip4()), "c=IN IP4 %s" % ip4(), "m=audio %d RTP/AVP 0 8 101" % rint(10000, 20000)]
    extra = []
    if "generic_secret" in kinds:
        pw = L.add("generic_secret", password())
        extra.append("[debug] res_pjsip: endpoint %s auth: username=%s password=%s" % (user if "@" not in user else "1001", "1001", pw))
        L.items[-1]["accept"].append("password=" + pw)
    return "text", "\n".join(["U %s:5060 -> %s:5060" % (ip4(), ip4())] + msg + [""] + extra), L


def t_pbx_config(pos):
    L = Lab()
    kinds = pick(["generic_secret", "phone_number", "email"], rint(1, 3)) if pos else []
    out = ["; /etc/asterisk/pjsip.conf (excerpt)", "[transport-udp]", "type=transport", "protocol=udp", "bind=0.0.0.0:5060", ""]
    trunk_pw = L.add("generic_secret", password()) if "generic_secret" in kinds else "${TRUNK_SECRET}"
    out += ["[trunk-%s]" % ch(["vireo", "celtica", "suednetz"]), "type=auth", "auth_type=userpass", "username=%s" % _d(10),
            "password=%s" % trunk_pw, ""]
    for ext in R.sample(range(100, 199), rint(1, 3)):
        out += ["[%d]" % ext, "type=endpoint", "context=office", "allow=!all,ulaw,alaw,opus", "auth=%d-auth" % ext]
        if "phone_number" in kinds and R.random() < 0.7:
            v, acc, _ = gen_phone(ch(["DE", "UK", "FR", "IE", "AU"]))
            out.append("callerid=\"%s\" <%s>" % (person()["name"], L.add("phone_number", v, acc)))
        else:
            out.append("callerid=\"Reception\" <%s>" % fict_phone())
        out += ["", "[%d-auth]" % ext, "type=auth", "username=%d" % ext]
        if "generic_secret" in kinds and R.random() < 0.6:
            out.append("password=" + L.add("generic_secret", password()))
        else:
            out.append("password=" + ch(["changeme", "${EXT_SECRET}", "1234"]))
        out.append("")
    out += ["; voicemail.conf", "[default]"]
    if "email" in kinds:
        out.append("%d => %04d,%s,%s" % (rint(100, 199), rint(0, 9999), person()["name"], L.add("email", email_for(person()))))
    out.append("%d => 0000,Helpdesk,%s" % (rint(100, 199), role_mail("kestrel-fibre.net", "support")))
    return "text", "\n".join(out), L


def t_sim_provisioning(pos):
    L = Lab()
    n = rint(2, 4)
    lines = ["* SIM output file  batch %s  profile %s" % (_d(6), ch(["USIM_4G_v3", "eSIM_SGP22_cons"])),
             "* Transport key id: TK%s  (Ki/OPc below in clear for lab import)" % _d(2),
             "var_out: ICCID/IMSI/KI/OPC/ADM1"]
    prow = set(R.sample(range(n), rint(1, 2))) if pos else set()
    for r in range(n):
        if r in prow:
            ki = L.add("generic_secret", hexkey())
            opc = L.add("generic_secret", hexkey())
        else:
            ki, opc = ch([(K_TS1, OPC_TS1), (K_TS20, OPC_TS20), ("*" * 32, "*" * 32)])
        lines.append("%s %s %s %s %s" % (iccid(), imsi(), ki, opc, "********"))
    lines.append("* test vectors 3GPP TS 35.208 used for rows without customer keys")
    txt = "\n".join(lines)
    return "raw-result", {"content": [{"type": "text", "text": txt}], "isError": False,
                          "structuredContent": {"file": "SOF_%s.out" % _d(8), "rows": n, "sha256": sha256hex()}}, L


def t_number_port_request(pos):
    L = Lab()
    kinds = pick(["phone_number", "email"], rint(1, 2)) if pos else []
    p = person()
    doc = {"portRequest": {"id": "PRT-" + _d(10), "type": ch(["PORT_IN", "PORT_OUT"]), "donor": ch(CARRIERS), "recipient": ch(CARRIERS),
                           "requestedDate": date(), "subscriber": {"name": p["name"], "accountNumber": _d(10),
                                                                   "pin": "****", "serviceAddress": "%d %s, %s" % (rint(1, 200), ch(["Oak Ave", "Rue Nationale"]), ch(CITIES))},
                           "numbers": [], "contact": {"email": role_mail("celtica-mobile.example", "porting")}, "status": ch(["SUBMITTED", "FOC_RECEIVED", "REJECTED"])}}
    if "phone_number" in kinds:
        for _ in range(rint(1, 2)):
            v, acc, e = gen_phone(ch(["US", "CA", "UK", "IE", "AU"]))
            doc["portRequest"]["numbers"].append({"tn": L.add("phone_number", v, acc), "iccid": iccid()})
    else:
        doc["portRequest"]["numbers"].append({"tn": fict_phone(), "iccid": iccid()})
    if "email" in kinds:
        doc["portRequest"]["subscriber"]["email"] = L.add("email", email_for(p))
    return "structured", doc, L


def t_subscriber_crm_export(pos):
    L = Lab()
    n = rint(1, 3)
    subs = []
    for r in range(n):
        p = person()
        s = {"subscriberId": "SUB" + _d(8), "name": p["name"], "msisdn": test_msisdn(), "imsi": imsi(), "plan": ch(["Unlimited 5G", "Prepaid 20", "Family 4"]),
             "billing": {"method": "invoice", "accountNo": _d(9)}, "email": None, "contactPhone": None}
        subs.append((s, p))
    if pos:
        for s, p in R.sample(subs, rint(1, n)):
            kinds = pick(["email", "phone_number", "us_ssn", "iban", "payment_card"], rint(1, 3))
            if "email" in kinds:
                s["email"] = L.add("email", email_for(p))
            if "phone_number" in kinds:
                v, acc, _ = gen_phone()
                s["contactPhone"] = L.add("phone_number", v, acc)
            if "us_ssn" in kinds:
                s["creditCheck"] = {"ssn": L.add("us_ssn", gen_ssn()), "score": rint(500, 820)}
            if "iban" in kinds:
                c, sh = gen_iban()
                s["billing"] = {"method": "SEPA_DD", "iban": iban_label(L, c, sh), "mandateRef": "MD" + _d(10)}
            if "payment_card" in kinds:
                d = gen_card()
                s["card_on_file"] = {"method": "card", "pan": card_label(L, d, fmt_card(d, 1))}
    else:
        subs[0][0]["creditCheck"] = {"ssn": "XXX-XX-" + _d(4), "score": rint(500, 820)}
    txt = json.dumps({"export": "crm_subscribers", "count": n, "items": [s for s, _ in subs]}, ensure_ascii=False, indent=1)
    return "raw-result", {"content": [{"type": "text", "text": txt}], "isError": False}, L


def t_sms_gateway_log(pos):
    L = Lab()
    kinds = pick(["generic_secret", "phone_number", "email", "url_credentials"], rint(1, 3)) if pos else []
    lines = []
    for _ in range(rint(2, 4)):
        lines.append("%s [SMSC:%s] [SVC:otp] [ACT:] [BINF:] [FID:%s] [from:%s] [to:+%s] [flags:-1:0:-1:0:-1] [msg:%d:Your code is %s]" % (
            ts(), ch(["smsc1", "vireo"]), rs(12, HEXL), ch(["SKYROUTE", "POSLINE"]), test_msisdn(), 20, _d(6)))
    if "phone_number" in kinds:
        v, acc, e = gen_phone(ch(["UK", "DE", "FR", "IN", "ZA", "SG"]), e164=True)
        lines.append("%s [SMSC:smsc1] [SVC:care] [from:+%s] [to:%s] [msg:52:Call back customer on %s re ticket %s]" % (
            ts(), test_msisdn(), "CARE", L.add("phone_number", v, acc), "TT" + _d(7)))
    if "email" in kinds:
        lines.append("%s [SMSC:smsc1] [SVC:mo] [from:+%s] [to:HELP] [msg:41:pls send invoice to %s thx]" % (ts(), test_msisdn(), L.add("email", email_for(person()))))
    if "generic_secret" in kinds:
        pw = L.add("generic_secret", password())
        L.items[-1]["accept"].append("password=" + pw)
        lines.append("%s GET /cgi-bin/sendsms?username=%s&password=%s&to=%%2B%s&text=Hello 200" % (ts(), ch(["tmc_alerts", "pos_otp"]), pw, test_msisdn()))
    else:
        lines.append("%s GET /cgi-bin/sendsms?username=pos_otp&password=***&to=%%2B%s&text=Hello 200" % (ts(), test_msisdn()))
    if "url_credentials" in kinds:
        u, pw = "esme" + _d(3), url_pw()
        url = "smpp://%s:%s@smsc.%s:2775" % (u, pw, ch(["vireo-telecom.com", "celtica-mobile.example"]))
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        lines.append("%s bind_transceiver %s -> ESME_ROK" % (ts(), url))
    return "text", "\n".join(lines), L


def t_radius_diameter_log(pos):
    L = Lab()
    kinds = pick(["generic_secret"], 1) if pos else []
    out = []
    for _ in range(rint(1, 3)):
        out += ["%s Acct-Status-Type = %s" % (ts(), ch(["Start", "Interim-Update", "Stop"])),
                "\tUser-Name = \"%s\"" % ("sub" + _d(8)), "\tNAS-IP-Address = %s" % ip4(), "\tFramed-IP-Address = %s" % ip4(),
                "\tCalling-Station-Id = \"%s\"" % mac().upper().replace(":", "-"), "\tAcct-Session-Id = \"%s\"" % rs(16, HEXU),
                "\t3GPP-IMSI = \"%s\"" % imsi(), "\tAcct-Input-Octets = %d" % rint(0, 10 ** 9), ""]
    out += ["Diameter CCR-U Session-Id=pgw.%s;%d;%d Origin-Host=pgw01.epc.mnc%s.mcc%s.3gppnetwork.org" % (ch(CARRIERS).lower().replace(" ", ""), rint(1, 10 ** 9), rint(1, 9999), _d(3), _d(3))]
    out += ["", "# clients.conf"]
    if kinds:
        sec = L.add("generic_secret", password())
        out += ["client bng-%02d {" % rint(1, 40), "\tipaddr = %s" % ip4(), "\tsecret = %s" % sec, "\tnas_type = other", "}"]
        if R.random() < 0.5:
            sec2 = L.add("generic_secret", rs(20, AN))
            out += ["client olt-%02d {" % rint(1, 40), "\tipaddr = %s" % ip4(), "\tsecret = %s" % sec2, "}"]
    else:
        out += ["client bng-%02d {" % rint(1, 40), "\tipaddr = %s" % ip4(), "\tsecret = testing123   # FreeRADIUS default, lab only", "}"]
    return "text", "\n".join(out), L


def t_router_config(pos):
    L = Lab()
    kinds = pick(["generic_secret", "url_credentials"], rint(1, 2)) if pos else []
    host = ch(["pe1-fra", "agg2-lhr", "cpe-%s" % _d(5)])
    out = ["!", "hostname " + host, "!", "enable secret 5 $1$%s$%s" % (rs(4, AN), rs(22, AN + "./")), "!"]
    if "generic_secret" in kinds:
        k = rint(0, 3)
        user_pw = password()
        out.append("username noc privilege 15 password 0 %s" % L.add("generic_secret", user_pw))
        if k in (0, 1):
            c = community()
            out.append("snmp-server community %s RO 10" % L.add("generic_secret", c))
        if k in (1, 2):
            h = cisco7()
            out.append("tacacs-server host %s key 7 %s" % (ip4(), L.add("generic_secret", h)))
        if k == 3:
            out.append(" neighbor %s password %s" % (ip4(), L.add("generic_secret", password())))
    else:
        out += ["username noc privilege 15 secret 9 $9$%s$%s" % (rs(14, AN), rs(43, AN + "./")), "snmp-server community <COMMUNITY> RO 10",
                "tacacs-server host %s key 7 <removed>" % ip4()]
    out += ["!", "interface GigabitEthernet0/0/%d" % rint(0, 3), " description UPLINK-%s" % ch(CARRIERS).upper().replace(" ", "-"),
            " ip address %s 255.255.255.252" % ip4(), " mac-address %s" % rs(4, HEXL) + "." + rs(4, HEXL) + "." + rs(4, HEXL), "!",
            "ntp server %s" % ip4(), "logging host %s" % ip4()]
    if "url_credentials" in kinds:
        u, pw = "rtrbackup", url_pw()
        url = "scp://%s:%s@%s/configs/$h-$t" % (u, pw, ip4())
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        out += ["archive", " path " + url, " write-memory"]
    out += ["!", "banner motd ^Authorized access only - %s^" % role_mail("kestrel-fibre.net", "noc"), "end"]
    return "text", "%s#show running-config\n%s" % (host, "\n".join(out)), L


def t_olt_config(pos):
    L = Lab()
    kinds = pick(["generic_secret", "url_credentials"], rint(1, 2)) if pos else []
    out = ["<OLT-%s>display current-configuration" % _d(2), "#", "sysname OLT-%s-%02d" % (ch(["GRZ", "KRK", "CRK"]), rint(1, 20)), "#"]
    if "generic_secret" in kinds:
        c = community()
        out.append(" snmp-agent community read cipher %%^%%#%s%%^%%#" % rs(32, AN + "!<>"))
        out.append(" snmp-agent community write %s" % L.add("generic_secret", c))
        out += ["radius-server template rad_oss", " radius-server shared-key cipher %s" % rs(24, AN + "@%"),
                " radius-server authentication %s 1812" % ip4(), "#", "hwtacacs-server template tac1",
                " hwtacacs-server shared-key simple %s" % L.add("generic_secret", password())]
    else:
        out += [" snmp-agent community read cipher %%^%%#%s%%^%%#" % rs(32, AN + "!<>"), "radius-server template rad_oss",
                " radius-server shared-key cipher %s" % rs(24, AN + "@%")]
    out += ["#", "interface gpon 0/1", " ont add %d %d sn-auth \"%s\" omci ont-lineprofile-id 10" % (rint(0, 15), rint(0, 127), "HWTC" + rs(8, HEXU)),
            " ont add %d %d sn-auth \"%s\" omci ont-lineprofile-id 10" % (rint(0, 15), rint(0, 127), "ZTEG" + rs(8, HEXU)), "#"]
    if "url_credentials" in kinds:
        u, pw = "oltbk", url_pw()
        url = "ftp://%s:%s@%s/olt/" % (u, pw, ip4())
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        out += ["autosave type all", "backup configuration %s" % url]
    out.append("return")
    return "raw-result", {"content": [{"type": "text", "text": "\n".join(out)}], "isError": False}, L


def t_trouble_ticket(pos):
    L = Lab()
    kinds = pick(["email", "phone_number", "generic_secret", "url_credentials", "private_key"], rint(1, 3)) if pos else []
    p = person()
    notes = [{"at": ts(), "author": "tier1", "text": "Customer reports no sync on ONT %s, port %d." % ("HWTC" + rs(8, HEXU), rint(1, 16))}]
    contact = {"name": p["name"], "email": None, "phone": None, "circuit": "CKT-" + _d(8)}
    if "email" in kinds:
        contact["email"] = L.add("email", email_for(p))
    if "phone_number" in kinds:
        v, acc, _ = gen_phone()
        contact["phone"] = L.add("phone_number", v, acc)
    if "generic_secret" in kinds:
        s = L.add("generic_secret", password())
        notes.append({"at": ts(), "author": "field-tech", "text": "Reset CPE, new wifi config:\n> SSID: %s-%s\n> wpa_passphrase=%s" % (ch(["Casa", "Home", "Flat"]), rs(4, UP + DG), s)})
        L.items[-1]["accept"].append("wpa_passphrase=" + s)
    if "url_credentials" in kinds:
        u, pw = "acs", url_pw()
        url = "https://%s:%s@acs.%s/cwmp" % (u, pw, ch(["kestrel-fibre.net", "vireo-telecom.com"]))
        L.add("url_credentials", pw, ["%s:%s" % (u, pw), "%s:%s@" % (u, pw), url])
        notes.append({"at": ts(), "author": "tier2", "text": "CPE points to %s, looks right." % url})
    if "private_key" in kinds:
        notes.append({"at": ts(), "author": "tier2", "text": "Key used on jump host, rotate after:\n" + L.add("private_key", private_key())})
    if not kinds:
        notes.append({"at": ts(), "author": "tier2", "text": "Password reset sent; creds in vault path secret/cpe/%s. Hash %s" % (_d(6), sha256hex())})
    doc = {"ticket": {"id": "TT" + _d(8), "priority": ch(["P2", "P3"]), "status": ch(["open", "pending", "resolved"]), "contact": contact,
                      "assets": {"imei": imei(), "iccid": iccid(), "ip": ip4(), "mac": mac()}, "notes": notes,
                      "cc": [role_mail("kestrel-fibre.net", "noc")]}}
    return "structured", doc, L


def t_cpaas_integration(pos):
    L = Lab()
    allowed = ["generic_secret", "webhook_url", "slack_token", "jwt", "github_token", "gitlab_token", "aws_access_key_id", "google_api_key"]
    kinds = pick(allowed, rint(2, 5)) if pos else []
    v = typed_pair(L, kinds)
    doc = {"integration": "sms-voice", "account_sid": "AC" + rs(32, HEXL), "auth_token": None, "messaging_service_sid": "MG" + rs(32, HEXL),
           "status_callback": "https://ops.vireo-telecom.com/cb/status", "numbers": [test_msisdn()]}
    doc["auth_token"] = L.add("generic_secret", v["generic_secret"]) if "generic_secret" in v else "{{ secrets.TWILIO_AUTH_TOKEN }}"
    if "webhook_url" in v:
        doc["incident_webhook"] = L.add("webhook_url", v["webhook_url"])
    if "slack_token" in v:
        doc["slack"] = {"token": L.add("slack_token", v["slack_token"])}
    if "jwt" in v:
        doc["oss_api"] = {"bearer": L.add("jwt", v["jwt"])}
    if "github_token" in v:
        doc["ci"] = {"github_token": L.add("github_token", v["github_token"])}
    if "gitlab_token" in v:
        doc["ci_mirror"] = {"gitlab_token": L.add("gitlab_token", v["gitlab_token"])}
    if "aws_access_key_id" in v:
        doc["cdr_bucket"] = {"name": "cdr-archive-%s" % _d(6), "access_key_id": L.add("aws_access_key_id", v["aws_access_key_id"]),
                             "secret_access_key": L.add("aws_secret_access_key", v["aws_secret_access_key"]),
                             "arn": "arn:aws:s3:::cdr-archive-%s" % _d(6)}
    if "google_api_key" in v:
        doc["geocoder_key"] = L.add("google_api_key", v["google_api_key"])
    if not kinds:
        doc["cdr_bucket"] = {"access_key_id": AWS_EX_ID, "secret_access_key": AWS_EX_SECRET, "note": "from AWS docs"}
    return "structured", {"config": doc, "revision": rint(1, 300), "etag": rs(32, HEXL)}, L


def t_noc_automation_script(pos):
    L = Lab()
    allowed = ["generic_secret", "private_key", "gitlab_token", "github_token", "aws_access_key_id", "slack_token", "webhook_url", "anthropic_api_key", "openai_api_key"]
    kinds = pick(allowed, rint(2, 4)) if pos else []
    v = typed_pair(L, kinds)
    lines = ["#!/usr/bin/env python3", "\"\"\"Nightly OLT/router config backup.\"\"\"", "import os, paramiko, requests", "",
             "DEVICES = [\"%s\", \"%s\"]" % (ip4(), ip4()), "SNMP_COMMUNITY = os.environ[\"SNMP_COMMUNITY\"]"]
    if "generic_secret" in v:
        lines.append("DEVICE_PASSWORD = \"%s\"" % L.add("generic_secret", v["generic_secret"]))
    else:
        lines.append("DEVICE_PASSWORD = os.environ.get(\"DEVICE_PASSWORD\", \"changeme\")")
    for k in ["gitlab_token", "github_token", "slack_token", "webhook_url", "anthropic_api_key", "openai_api_key"]:
        if k in v:
            lines.append("%s = \"%s\"" % (ENVNAME[k], L.add(k, v[k])))
    if "aws_access_key_id" in v:
        lines.append("s3 = boto3.client(\"s3\", aws_access_key_id=\"%s\", aws_secret_access_key=\"%s\")" % (
            L.add("aws_access_key_id", v["aws_access_key_id"]), L.add("aws_secret_access_key", v["aws_secret_access_key"])))
    if "private_key" in v:
        lines += ["JUMP_KEY = \"\"\"" + L.add("private_key", v["private_key"]) + "\"\"\""]
    else:
        lines += ["JUMP_KEY = open(os.path.expanduser(\"~/.ssh/id_ed25519\")).read()"]
    lines += ["", "def backup(host):", "    # fingerprint SHA256:%s" % base64.b64encode(rbytes(32)).decode().rstrip("="),
              "    ...", "", "if __name__ == \"__main__\":", "    for d in DEVICES:", "        backup(d)"]
    return "text", "\n".join(lines), L


TEMPLATES = [
    t_pos_receipt_print, t_pos_journal_json, t_loyalty_export_csv, t_egift_ledger, t_emv_terminal_log, t_settlement_batch,
    t_order_webhook, t_ecom_customers_api, t_refund_webhook, t_chargeback_case, t_staff_roster, t_supplier_portal_msg,
    t_pos_integration_ini, t_payment_integration_yaml, t_pos_backend_code,
    t_gds_pnr_screen, t_booking_engine_json, t_eticket_receipt, t_boarding_pass_app, t_hotel_folio, t_guest_profile_pms,
    t_car_rental_agreement, t_midoffice_export_csv, t_ndc_order_view, t_apis_manifest, t_ff_statement, t_tmc_config,
    t_travel_sync_log, t_concierge_bot_config,
    t_cdr_csv, t_asn1_cdr_dump, t_sip_trace, t_pbx_config, t_sim_provisioning, t_number_port_request,
    t_subscriber_crm_export, t_sms_gateway_log, t_radius_diameter_log, t_router_config, t_olt_config, t_trouble_ticket,
    t_cpaas_integration, t_noc_automation_script,
]


# ---------------------------------------------------------------- finalise
def strings_of(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings_of(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings_of(v)


KV_TYPES = ("generic_secret", "aws_access_key_id", "aws_secret_access_key")


def finalise(doc, L):
    strs = list(strings_of(doc))
    out = []
    for lab in L.items:
        v = lab["value"]
        assert any(v in s for s in strs), (lab, doc)
        acc = list(lab["accept"])
        if lab["type"] == "jwt":
            acc.append("Bearer " + v)
        if lab["type"] == "email":
            acc.append("mailto:" + v)
        if lab["type"] in KV_TYPES:
            pat = re.compile(r"([\"']?)([A-Za-z_][\w.\-]*)\1(\s*[:=]\s*)([\"']?)" + re.escape(v) + r"\4")
            for s in strs:
                for m in pat.finditer(s):
                    acc.append(m.group(0))
                    acc.append(m.group(2) + m.group(3) + v)
        keep = []
        for a in acc:
            if a != v and a not in keep and any(a in s for s in strs):
                keep.append(a)
        out.append({"type": lab["type"], "value": v, "accept": keep})
    return out


def build():
    for k in COUNT:
        COUNT[k] = 0
    R.seed(SEED)
    plan = []
    n = len(TEMPLATES)
    for i in range(450):
        plan.append(TEMPLATES[i % n])
    R.shuffle(plan)
    seen = {}
    recs = []
    for i, t in enumerate(plan):
        j = seen.get(t.__name__, 0)
        seen[t.__name__] = j + 1
        if j == 0:
            pos = False
        elif j == 1:
            pos = True
        else:
            pos = R.random() < 0.57
        wrap, doc, L = t(pos)
        if wrap == "text" and R.random() < 0.3:
            wrap, doc = "raw-result", {"content": [{"type": "text", "text": doc}], "isError": False}
        labels = finalise(doc, L)
        if pos:
            assert labels, t.__name__
        recs.append({"id": "v20-%d" % (i + 1), "template": t.__name__[2:], "split": "holdout-v20", "wrap": wrap,
                     "doc": doc, "labels": labels})
    return recs


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "dlp_v20.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = sum(len(r["labels"]) for r in recs)
    clean = sum(1 for r in recs if not r["labels"])
    sys.stderr.write("records=%d clean=%d labels=%d templates=%d\n" % (len(recs), clean, tot, len(TEMPLATES)))


if __name__ == "__main__":
    main()
