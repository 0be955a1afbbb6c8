#!/usr/bin/env python3
"""Generator for the held-out DLP corpus `dlp_v4.jsonl` (split "holdout-v4").

Python 3 standard library only, fixed seed, deterministic.  Writes
dlp_v4.jsonl next to this file, self-checks it (label values present,
checksums valid, ids unique, no unlabelled valid look-alikes) and prints
counts.  See README-dlp.md for sources and labelling rules.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import re
import string
import sys
import unicodedata
import uuid as _uuid
import zlib
from collections import Counter, defaultdict

SEED = int(os.environ.get("DLP_GEN_SEED", "0") or 0) or 0x5EC40004
R = random.Random(SEED)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64URL = AN + "-_"
B64 = AN + "+/"


def rs(n, a=AN):
    return "".join(R.choice(a) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pick(x):
    return R.choice(x)


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def sha1():
    return rs(40, HEX)


def sha256():
    return rs(64, HEX)


def ts(year=None):
    y = year or pick([2024, 2025])
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def day():
    return "%d-%02d-%02d" % (pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28))


def ip():
    t = pick(["10.{}.{}.{}", "172.16.{}.{}", "192.168.{}.{}", "34.{}.{}.{}", "52.{}.{}.{}", "203.0.113.{}", "198.51.100.{}"])
    return t.format(*[R.randint(1, 254) for _ in range(t.count("{}"))])


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(p):
    for c in DG:
        if luhn_ok(p + c):
            return p + c


def nonluhn(n, first=None):
    while True:
        d = (first if first is not None else str(R.randint(1, 9))) + rs(n - 1, DG)
        d = d[:n]
        if not luhn_ok(d):
            return d


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
              "4000056655665556", "5105105105105100", "3530111333300000", "4012888888881881", "371449635398431",
              "4000000000000002", "4000000000009995", "4000002500003155"}
BRANDS = {"visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2368", "2720"], 16),
          "amex": (["34", "37"], 15), "discover": (["6011", "65", "644"], 16), "jcb": (["3528", "3541", "3589"], 16),
          "diners": (["36", "38"], 14), "unionpay": (["62"], 16)}


def card(brand=None, fmt=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb", "diners", "unionpay"])
    pre, n = BRANDS[brand]
    while True:
        p = pick(pre)
        d = luhn_complete(p + rs(n - len(p) - 1, DG))
        if d not in TEST_CARDS:
            break
    fmt = fmt or pick(["space", "space", "dash", "plain"])
    if fmt == "plain":
        return d
    sep = " " if fmt == "space" else "-"
    if n == 15:
        g = [d[:4], d[4:10], d[10:]]
    elif n == 14:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, n, 4)]
    return sep.join(g)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def bad_ssn():
    k = pick(["000", "666", "9", "g", "s"])
    if k in ("000", "666"):
        return "%s-%02d-%04d" % (k, R.randint(1, 99), R.randint(1, 9999))
    if k == "9":
        return "9%02d-%02d-%04d" % (R.randint(0, 99), R.randint(0, 69), R.randint(1, 9999))
    if k == "g":
        return "%03d-00-%04d" % (R.randint(1, 665), R.randint(1, 9999))
    return "%03d-%02d-0000" % (R.randint(1, 665), R.randint(1, 99))


IBAN_SPEC = {"DE": "18n", "FR": "5n5n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "BE": "12n",
             "AT": "16n", "CH": "5n12c", "GB": "4a14n", "PT": "21n", "PL": "24n", "SE": "20n", "NO": "11n",
             "DK": "14n", "FI": "14n", "IE": "4a14n", "LU": "3n13c", "BR": "23n1a1c", "SA": "2n18c",
             "AE": "19n", "TR": "6n16c", "GR": "7n16c", "CZ": "20n", "RO": "4a16c", "HU": "24n", "HR": "17n",
             "SK": "20n", "MT": "4a5n18c", "CY": "8n16c", "LT": "16n", "LV": "4a13c", "EE": "16n", "SI": "15n",
             "BG": "4a6n8c", "IS": "22n", "QA": "4a21c", "KW": "4a22c", "JO": "4a4n18c", "EG": "25n",
             "CR": "18n", "DO": "4a20n", "PK": "4a16c", "IL": "19n", "MU": "4a19n3a"}
IBAN_LEN = {k: 4 + sum(int(x) for x in re.findall(r"(\d+)[nac]", v)) for k, v in IBAN_SPEC.items()}
BANK4 = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"],
         "MT": ["MALT", "VALL"], "RO": ["BTRL", "RNCB", "BRDE"], "LV": ["HABA", "PARX"], "BG": ["BNBG", "UNCR"],
         "QA": ["QNBA", "DOHB"], "KW": ["NBOK", "CBKU"], "JO": ["CBJO", "ARAB"], "DO": ["BAGR", "BPDO"],
         "PK": ["SCBL", "HABB"], "MU": ["BOMM", "MCBL"]}
DOC_IBANS = {"DE89370400440532013000", "PT50000201231234567890154", "GB82WEST12345698765432", "GB29NWBK60161331926819",
             "FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332",
             "CH9300762011623852957", "IT60X0542811101000000123456", "BE68539007547034"}


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def mod97(s):
    return int(_num(s)) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    return cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and mod97(s[4:] + s[:4]) == 1


def iban(cc=None, spaced=None, valid=True):
    cc = cc or pick(list(IBAN_SPEC))
    out = ""
    first_alpha = True
    for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        cnt = int(cnt)
        if kind == "a" and first_alpha and cc in BANK4 and cnt == 4:
            out += pick(BANK4[cc])
        elif kind == "a":
            out += rs(cnt, UP)
        elif kind == "n":
            out += rs(cnt, DG)
        else:
            out += rs(cnt, DG + DG + UP)
        first_alpha = False
    if cc == "FR":
        b, g, a = int(out[:5]), int(out[5:10]), int(out[10:21])
        out = out[:21] + "%02d" % (97 - ((89 * b + 15 * g + 3 * a) % 97))
    if cc == "BE":
        r = int(out[:10]) % 97
        out = out[:10] + "%02d" % (r or 97)
    chk = 98 - mod97(out + cc + "00")
    if not valid:
        chk = (chk + R.randint(1, 90)) % 97 + 2
        if chk == 98 - mod97(out + cc + "00"):
            chk = chk % 97 + 2
    s = "%s%02d%s" % (cc, chk, out)
    if spaced is None:
        spaced = R.random() < 0.6
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def isbn13():
    while True:
        b = "978" + rs(9, DG)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        s = b + str(c)
        if not luhn_ok(s):
            return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


# ---------------------------------------------------------------- tokens
B62 = DG + UP + LO


def b62(n, w):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(w, "0")


def gh_token(prefix=None):
    prefix = prefix or pick(["ghp", "ghp", "gho", "ghu", "ghs", "ghr"])
    body = rs(30)
    return "%s_%s%s" % (prefix, body, b62(zlib.crc32(body.encode()), 6))


def gh_pat_fine():
    return "github_pat_%s_%s" % (rs(22, UP + DG), rs(59))


def gl_token(kind=None):
    kind = kind or pick(["glpat", "glpat", "glpat", "glpat-new", "gldt", "glrt", "glptt", "glcbt", "glft", "gloas"])
    if kind == "glpat-new":
        return "glpat-%s.01.%s" % (rs(27, B64URL.replace("-", "")), rs(9, LO + DG))
    if kind == "glcbt":
        return "glcbt-%s_%s" % (rs(2, HEX), rs(20, AN))
    if kind == "gloas":
        return "gloas-" + rs(64, HEX)
    if kind == "glrt":
        return "glrt-t%d_%s" % (R.randint(1, 3), rs(20, AN + "_-").strip("-_") + rs(1))
    return "%s-%s" % (kind, rs(20, AN))


def slack_tok(kind=None):
    kind = kind or pick(["xoxb", "xoxb", "xoxp", "xapp", "xoxe"])
    if kind == "xoxb":
        return "xoxb-%s-%s-%s" % (rs(12, DG), rs(13, DG), rs(24))
    if kind == "xoxp":
        return "xoxp-%s-%s-%s-%s" % (rs(12, DG), rs(12, DG), rs(13, DG), rs(32, HEX))
    if kind == "xapp":
        return "xapp-1-A%s-%s-%s" % (rs(10, UP + DG), rs(13, DG), rs(64, HEX))
    if kind == "xoxe-r":
        return "xoxe-1-%s" % rs(140, AN)
    return "xoxe.xoxp-1-%s" % rs(150, AN)


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24))


def discord_hook():
    return "https://%s/api/webhooks/%s/%s" % (pick(["discord.com", "discord.com", "discordapp.com"]),
                                              str(R.randint(10 ** 17, 10 ** 19 - 1)), rs(68, B64URL))


def teams_hook():
    org = pick(["contoso", "northwindtraders", "fabrikamcorp", "tailspin", "helixpay", "brightlane"])
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (org, uid(), uid(), rs(32, HEX), uid())


def zapier_hook():
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (R.randint(1000000, 29999999), rs(7, LO + DG))


def any_hook():
    return pick([slack_hook, slack_hook, discord_hook, teams_hook, zapier_hook])()


def stripe_key(kind=None):
    kind = kind or pick(["sk_live", "sk_live", "rk_live", "sk_test"])
    if R.random() < 0.6:
        return "%s_51%s" % (kind, rs(97))
    return "%s_%s" % (kind, rs(24))


def openai_key(kind=None):
    kind = kind or pick(["proj", "proj", "svcacct", "legacy", "admin"])
    if kind == "legacy":
        return "sk-%sT3BlbkFJ%s" % (rs(20), rs(20))
    return "sk-%s-%sT3BlbkFJ%s" % (kind, rs(74, B64URL), rs(74, B64URL))


def anthropic_key(kind=None):
    kind = kind or pick(["api03", "api03", "api03", "admin01"])
    return "sk-ant-%s-%sAA" % (kind, rs(93, B64URL))


def google_key():
    return "AIzaSy" + rs(33, B64URL)


def aws_id(kind=None):
    return (kind or pick(["AKIA", "AKIA", "AKIA", "ASIA"])) + rs(16, UP + "234567")


def aws_secret():
    while True:
        s = rs(40, B64)
        if any(c in s for c in "+/") and any(c.isdigit() for c in s) and any(c.islower() for c in s):
            return s


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(claims=None, alg=None):
    alg = alg or pick(["HS256", "RS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(pick([16, 27, 43]), B64URL)
    claims = claims or {"sub": uid(), "iss": pick(["https://auth.brightlane.io/", "https://login.helixpay.co",
                                                      "https://accounts.corvid-analytics.com"]),
                        "aud": pick(["api", "https://api.brightlane.io", "orders-service"]),
                        "iat": R.randint(1704067200, 1767225600), "scope": pick(["read:orders write:orders", "openid profile email", "admin"])}
    claims.setdefault("exp", claims.get("iat", 1730000000) + 3600)
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    if alg == "HS256":
        sig = hmac.new(rb(32), ("%s.%s" % (h, p)).encode(), hashlib.sha256).digest()
    elif alg == "ES256":
        sig = rb(64)
    else:
        sig = rb(256)
    return "%s.%s.%s" % (h, p, b64u(sig))


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def _pem(label, der, width=64, pre=""):
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
    return "-----BEGIN %s-----\n%s%s\n-----END %s-----" % (label, pre, body, label)


def private_key(kind=None):
    kind = kind or pick(["rsa", "pkcs8", "ec", "openssh", "openssh", "encrypted", "rsa-enc", "pkcs8"])
    if kind == "rsa":
        bits = pick([1024, 2048])
        if bits == 2048:
            der = bytes.fromhex("308204a40201000282010100") + rb(1180)
        else:
            der = bytes.fromhex("3082025c02010002818100") + rb(597)
        return _pem("RSA PRIVATE KEY", der)
    if kind == "pkcs8":
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rb(1165)
        return _pem("PRIVATE KEY", der)
    if kind == "ec":
        der = bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rb(64)
        return _pem("EC PRIVATE KEY", der)
    if kind == "openssh":
        com = ("%s@%s" % (pick(["deploy", "ci", "jenkins", "ubuntu", "ec2-user", "git"]),
                          pick(["build-01", "bastion", "runner-7", "laptop", "web-2"]))).encode()
        pub = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(32)
        chk = rb(4)
        priv = chk + chk + pub + b"\x00\x00\x00\x40" + rb(64) + len(com).to_bytes(4, "big") + com + b"\x01\x02\x03\x04\x05"
        der = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
               + len(pub).to_bytes(4, "big") + pub + len(priv).to_bytes(4, "big") + priv)
        return _pem("OPENSSH PRIVATE KEY", der, width=70)
    if kind == "encrypted":
        der = bytes.fromhex("308205343066") + bytes.fromhex("06092a864886f70d01050d3059303806092a864886f70d01050c302b0414") + rb(20) + \
              bytes.fromhex("020208000201203000") + rb(1000)
        return _pem("ENCRYPTED PRIVATE KEY", der)
    der = rb(1192)
    return _pem("RSA PRIVATE KEY", der, pre="Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,%s\n\n" % rs(32, "0123456789ABCDEF"))


def public_cert():
    der = bytes.fromhex("308203") + rb(800)
    return _pem("CERTIFICATE", der)


def public_key_pem():
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rb(270)
    return _pem("PUBLIC KEY", der)


def ssh_pub():
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(32)
    return "ssh-ed25519 %s %s@%s" % (base64.b64encode(blob).decode(), pick(["deploy", "dev", "ci"]), pick(["build-01", "mbp", "bastion"]))


def npm_tok():
    return "npm_" + rs(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(pick([130, 160]), B64URL)


def hf_tok():
    return "hf_" + rs(34, AN)


def twilio_auth():
    return rs(32, HEX)


def sendgrid_key():
    return "SG.%s.%s" % (rs(22, B64URL), rs(43, B64URL))


def dckr_pat():
    return "dckr_pat_" + rs(27, B64URL)


def password():
    k = pick(["w", "r", "r", "p"])
    if k == "w":
        w = pick(["Falcon", "Granite", "Harbor", "Maple", "Quartz", "Tundra", "Velvet", "Orchid", "Cobalt", "Saffron"])
        return "%s%s%s%d" % (w, pick(["!", "#", "$", "@", "%", "&"]), pick(["blue", "river", "42x", "Moon", "zeta"]), R.randint(10, 9999))
    if k == "p":
        return "-".join(pick(["correct", "staple", "lantern", "orbit", "pepper", "tidal", "walnut", "copper"]) for _ in range(3)) + str(R.randint(1, 99))
    return rs(R.randint(16, 28), AN + "!#%^*_-")


def hexsecret(n=32):
    return rs(n, HEX)


def opaque(n=40):
    return rs(n, AN)


# ---------------------------------------------------------------- people
PEOPLE = {
    "en": [("Emily", "Carter"), ("Marcus", "Bennett"), ("Olivia", "Nguyen"), ("Daniel", "Brooks"), ("Hannah", "Price"),
           ("Tyler", "Morgan"), ("Grace", "Sullivan"), ("Kevin", "Oneill"), ("Priyanka", "Shah"), ("Jordan", "Reyes"),
           ("Megan", "Walsh"), ("Brandon", "Hughes"), ("Aisha", "Khan"), ("Ryan", "Fitzgerald"), ("Chloe", "Patterson")],
    "de": [("Lukas", "Müller"), ("Anna", "Schmidt"), ("Felix", "Schneider"), ("Lea", "Fischer"), ("Jonas", "Weber"),
           ("Sophie", "Becker"), ("Maximilian", "Hoffmann"), ("Marie", "Schäfer")],
    "fr": [("Camille", "Dubois"), ("Lucas", "Moreau"), ("Chloé", "Laurent"), ("Hugo", "Lefèvre"), ("Manon", "Girard"),
           ("Théo", "Bonnet")],
    "es": [("Pablo", "Sánchez"), ("Lucía", "Fernández"), ("Javier", "Gómez"), ("Carmen", "Ruiz"), ("Alejandro", "Navarro")],
    "pt": [("Ana", "Souza"), ("João", "Oliveira"), ("Mariana", "Costa"), ("Lucas", "Pereira"), ("Beatriz", "Almeida"),
           ("Rafael", "Lima"), ("Camila", "Rodrigues"), ("Gabriel", "Ferreira")],
    "mx": [("José", "Hernández"), ("María", "García"), ("Luis", "Martínez"), ("Fernanda", "López"), ("Carlos", "Ramírez"),
           ("Sofía", "Torres"), ("Diego", "Flores")],
    "in": [("Aarav", "Sharma"), ("Priya", "Patel"), ("Rohan", "Iyer"), ("Ananya", "Reddy"), ("Vikram", "Nair"),
           ("Sneha", "Gupta"), ("Arjun", "Mehta"), ("Kavya", "Krishnan")],
    "ja": [("健太", "佐藤", "kenta", "sato"), ("美咲", "鈴木", "misaki", "suzuki"), ("翔", "高橋", "sho", "takahashi"),
           ("陽菜", "田中", "hina", "tanaka"), ("大輔", "伊藤", "daisuke", "ito"), ("さくら", "渡辺", "sakura", "watanabe"),
           ("蓮", "山本", "ren", "yamamoto"), ("結衣", "中村", "yui", "nakamura")],
}
DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"],
           "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
           "es": ["telefonica.net", "gmail.com", "hotmail.es"], "pt": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
           "mx": ["hotmail.com", "prodigy.net.mx", "gmail.com"], "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"]}
CORP = ["brightlane.io", "helixpay.co", "corvid-analytics.com", "northwind-freight.com", "tallgrass.dev", "quillstack.com",
        "meridian-health.org", "orbitalworks.eu", "kestrel-labs.ai", "lumenhq.com"]


def asc(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


class Person:
    def __init__(self, loc=None, corp=None):
        self.loc = loc = loc or pick(list(PEOPLE))
        p = pick(PEOPLE[loc])
        if loc == "ja":
            self.first, self.last, rf, rl = p
            self.name = "%s %s" % (self.last, self.first)
            self.latin = "%s %s" % (rf.title(), rl.title())
        else:
            self.first, self.last = p
            rf, rl = asc(self.first), asc(self.last)
            self.name = self.latin = "%s %s" % (self.first, self.last)
        dom = corp if corp else pick(DOMAINS[loc])
        local = pick(["%s.%s" % (rf, rl), "%s%s" % (rf[0], rl), "%s.%s%d" % (rf, rl, R.randint(1, 99)), "%s_%s" % (rl, rf),
                      "%s%s%d" % (rf, rl[0], R.randint(70, 99))])
        self.email = "%s@%s" % (local, dom)
        self.phone = phone(LOC_CC[loc])


LOC_CC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "pt": "BR", "mx": "MX", "in": "IN", "ja": "JP"}
US_AREA = ["212", "312", "415", "512", "617", "646", "702", "713", "206", "303", "404", "503", "571", "619", "720", "737",
           "917", "469", "480", "614", "773", "858", "984"]


def phone(cc=None):
    cc = cc or pick(["US", "US", "GB", "DE", "FR", "ES", "JP", "BR", "MX", "IN", "CA", "AU", "IT", "NL"])
    n = lambda k: rs(k, DG)
    if cc in ("US", "CA"):
        a = pick(US_AREA) if cc == "US" else pick(["416", "604", "514", "403", "613"])
        while True:
            e = "%d%s" % (R.randint(2, 9), n(2))
            if e != "555" and e[1:] != "11":
                break
        l = n(4)
        return pick(["(%s) %s-%s", "+1 %s-%s-%s", "%s.%s.%s", "+1 (%s) %s-%s", "%s-%s-%s", "+1%s%s%s"]) % (a, e, l)
    if cc == "GB":
        return pick(["+44 7%s %s" % (n(3), n(6)), "07%s %s" % (n(3), n(6)), "+44 20 3%s %s" % (n(3), n(4)),
                     "+44 161 %s %s" % (n(3), n(4))])
    if cc == "DE":
        return pick(["+49 30 %s" % n(8), "+49 151 %s" % n(8), "0151 %s %s" % (n(4), n(4)), "+49 (0)89 %s" % n(7),
                     "0176 %s" % n(8), "+49 40 %s %s" % (n(3), n(4))])
    if cc == "FR":
        g = lambda: " ".join(n(2) for _ in range(4))
        return pick(["+33 6 %s" % g(), "06 %s" % g(), "+33 1 %s" % g(), "07 %s" % g(), "+33 (0)4 %s" % g()])
    if cc == "ES":
        return pick(["+34 6%s %s %s" % (n(2), n(3), n(3)), "6%s %s %s" % (n(2), n(3), n(3)), "+34 91 %s %s %s" % (n(3), n(2), n(2))])
    if cc == "IT":
        return pick(["+39 3%s %s %s" % (n(2), n(3), n(4)), "+39 02 %s %s" % (n(4), n(4))])
    if cc == "NL":
        return pick(["+31 6 %s %s" % (n(4), n(4)), "06-%s" % n(8), "+31 20 %s %s" % (n(3), n(4))])
    if cc == "AU":
        return pick(["+61 4%s %s %s" % (n(2), n(3), n(3)), "04%s %s %s" % (n(2), n(3), n(3)), "+61 2 %s %s" % (n(4), n(4))])
    if cc == "JP":
        return pick(["0%s0-%s-%s" % (pick("789"), n(4), n(4)), "+81 %s0-%s-%s" % (pick("789"), n(4), n(4)),
                     "03-%s-%s" % (n(4), n(4)), "+81 3-%s-%s" % (n(4), n(4)), "06-%s-%s" % (n(4), n(4)),
                     "0%s0 %s %s" % (pick("789"), n(4), n(4))])
    if cc == "BR":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        return pick(["+55 %s 9%s-%s" % (ddd, n(4), n(4)), "(%s) 9%s-%s" % (ddd, n(4), n(4)), "+55 (%s) 9%s-%s" % (ddd, n(4), n(4)),
                     "(%s) 3%s-%s" % (ddd, n(3), n(4)), "+55%s9%s%s" % (ddd, n(4), n(4))])
    if cc == "MX":
        a = pick(["55", "33", "81"])
        return pick(["+52 %s %s %s" % (a, n(4), n(4)), "+52 1 %s %s %s" % (a, n(4), n(4)), "%s %s %s" % (a, n(4), n(4)),
                     "+52 (%s) %s-%s" % (a, n(4), n(4)), "+52 998 %s %s" % (n(3), n(4))])
    if cc == "IN":
        m = pick("6789") + n(4)
        return pick(["+91 %s %s" % (m, n(5)), "+91-%s-%s" % (m, n(5)), "0%s %s" % (m, n(5)), "+91%s%s" % (m, n(5)),
                     "+91 22 %s %s" % (n(4), n(4)), "+91 80 %s %s" % (n(4), n(4))])
    raise ValueError(cc)


def fake_phone():
    """Reserved fictional numbers (NANP 555-0100..0199, Ofcom drama ranges)."""
    return pick(["+1 555-01%02d" % R.randint(0, 99), "(212) 555-01%02d" % R.randint(0, 99),
                 "+1-202-555-01%02d" % R.randint(0, 99), "+44 7700 900%03d" % R.randint(0, 999),
                 "020 7946 0%03d" % R.randint(0, 999), "555-01%02d" % R.randint(0, 99)])


ROLE = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "help", "privacy", "ops", "team",
        "hello", "notifications", "alerts", "accounts", "careers", "dpo", "abuse", "postmaster", "builds", "ci"]


def role_email(dom=None):
    return "%s@%s" % (pick(ROLE), dom or pick(CORP + ["example.com", "example.org"]))


def doc_email():
    return pick(["jane.doe@example.com", "john.smith@example.org", "user@example.com", "alice@example.net",
                 "bob@example.com", "jenny.rosen@example.com", "test.user@example.test", "someone@example.invalid",
                 "%s@example.com" % pick(["maria", "dev", "admin", "you", "me", "j.doe"])])


BOTS = ["49699333+dependabot[bot]@users.noreply.github.com", "41898282+github-actions[bot]@users.noreply.github.com",
        "29139614+renovate[bot]@users.noreply.github.com", "noreply@github.com"]


# ---------------------------------------------------------------- labels
SECRET_TYPES = {"anthropic_api_key", "aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token",
                "google_api_key", "jwt", "openai_api_key", "private_key", "slack_token", "stripe_key", "webhook_url"}
ALL_TYPES = sorted(SECRET_TYPES | {"generic_secret", "url_credentials", "email", "iban", "payment_card", "phone_number", "us_ssn"})


ACCEPTED = Counter()
KIND_TYPE = {"aws": "aws_access_key_id", "awss": "aws_secret_access_key", "gh": "github_token", "gl": "gitlab_token",
             "sl": "slack_token", "st": "stripe_key", "oa": "openai_api_key", "an": "anthropic_api_key", "gk": "google_api_key",
             "gen": "generic_secret", "hook": "webhook_url", "url": "url_credentials", "jwt": "jwt"}


class Lab:
    def __init__(self):
        self.items = []

    def add(self, t, v, accept=None):
        assert t in ALL_TYPES, t
        if accept is None:
            accept = ["generic_secret"] if t in SECRET_TYPES or t == "url_credentials" else []
        for x in self.items:
            if x["value"] == v:
                return v
        self.items.append({"type": t, "value": v, "accept": accept})
        return v

    # shorthands that generate + register
    def gh(self, p=None): return self.add("github_token", gh_pat_fine() if p == "fine" else gh_token(p))
    def gl(self, k=None): return self.add("gitlab_token", gl_token(k))
    def sl(self, k=None): return self.add("slack_token", slack_tok(k))
    def hook(self, f=None):
        v = (f or any_hook)()
        return self.add("webhook_url", v, ["slack_token", "generic_secret"] if "slack" in v else ["generic_secret"])
    def st(self, k=None): return self.add("stripe_key", stripe_key(k))
    def oa(self, k=None): return self.add("openai_api_key", openai_key(k))
    def an(self, k=None): return self.add("anthropic_api_key", anthropic_key(k))
    def gk(self): return self.add("google_api_key", google_key())
    def akid(self, k=None): return self.add("aws_access_key_id", aws_id(k))
    def asec(self): return self.add("aws_secret_access_key", aws_secret())
    def jwt(self, **kw): return self.add("jwt", jwt(**kw))
    def pk(self, k=None): return self.add("private_key", private_key(k))
    def gen(self, v, accept=None): return self.add("generic_secret", v, accept or [])
    def url(self, v): return self.add("url_credentials", v)
    def em(self, v): return self.add("email", v)
    def ph(self, v): return self.add("phone_number", v)
    def ib(self, v): return self.add("iban", v)
    def cc(self, v): return self.add("payment_card", v)
    def ssn(self, v): return self.add("us_ssn", v)

    def rand_secret(self, kinds=None):
        """One random credential with a sensible variable name. Returns (name, value)."""
        kinds = kinds or ["aws", "gh", "gl", "sl", "st", "oa", "an", "gk", "gen", "hook", "url", "jwt"]
        # balance: prefer detector types that are still rare in the accepted documents
        k = R.choices(kinds, weights=[1.0 / (1 + ACCEPTED[KIND_TYPE[x]]) ** 3 for x in kinds])[0]
        if k == "aws":
            return pick(["AWS_ACCESS_KEY_ID"]), self.akid()
        if k == "awss":
            return "AWS_SECRET_ACCESS_KEY", self.asec()
        if k == "gh":
            return pick(["GITHUB_TOKEN", "GH_TOKEN", "GH_PAT", "GITHUB_PAT"]), self.gh(pick([None, "fine"]))
        if k == "gl":
            return pick(["GITLAB_TOKEN", "GL_TOKEN", "CI_PUSH_TOKEN", "GITLAB_API_TOKEN"]), self.gl()
        if k == "sl":
            return pick(["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN"]), self.sl()
        if k == "st":
            return pick(["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"]), self.st()
        if k == "oa":
            return "OPENAI_API_KEY", self.oa()
        if k == "an":
            return pick(["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"]), self.an()
        if k == "gk":
            return pick(["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY", "YOUTUBE_API_KEY"]), self.gk()
        if k == "hook":
            v = self.hook()
            nm = "SLACK_WEBHOOK_URL" if "slack" in v else "DISCORD_WEBHOOK_URL" if "discord" in v else "TEAMS_WEBHOOK_URL" if "office" in v else "ZAPIER_HOOK_URL"
            return pick([nm, nm, "ALERT_WEBHOOK", "NOTIFY_WEBHOOK_URL"]), v
        if k == "url":
            v = conn_url()
            sch = v.split("://")[0]
            nm = {"redis": "REDIS_URL", "amqp": "AMQP_URL", "mongodb+srv": "MONGO_URI"}.get(sch, pick(["DATABASE_URL", "DB_URL", "SQLALCHEMY_DATABASE_URI"]))
            return nm, self.url(v)
        if k == "jwt":
            return pick(["SERVICE_JWT", "API_BEARER", "INTERNAL_AUTH_TOKEN"]), self.jwt()
        nm, fn = pick([("DB_PASSWORD", password), ("SMTP_PASSWORD", password), ("SESSION_SECRET", hexsecret),
                       ("JWT_SIGNING_SECRET", lambda: base64.b64encode(rb(32)).decode()), ("TWILIO_AUTH_TOKEN", twilio_auth),
                       ("SENDGRID_API_KEY", sendgrid_key), ("HF_TOKEN", hf_tok), ("NPM_TOKEN", npm_tok), ("DATADOG_API_KEY", hexsecret),
                       ("MAILGUN_API_KEY", lambda: "key-" + rs(32, HEX)), ("ALGOLIA_ADMIN_KEY", hexsecret), ("CLIENT_SECRET", opaque)])
        return nm, self.gen(fn())


def conn_url(scheme=None, pw=None):
    scheme = scheme or pick(["postgresql", "postgres", "mysql", "mongodb+srv", "redis", "amqp", "mssql", "postgresql+psycopg2"])
    user = pick(["app", "app_rw", "orders_svc", "admin", "etl", "analytics", "root", "svc_billing", "default"])
    host = {"mongodb+srv": pick(["cluster0.ab1cd.mongodb.net", "prod-shard.x7k2p.mongodb.net"]),
            "redis": pick(["redis-master.cache.svc.cluster.local", "10.0.4.21", "orders-cache.x1y2z3.ng.0001.euw1.cache.amazonaws.com"]),
            "amqp": pick(["rabbitmq.prod.local", "mq.helixpay.internal"]),
            "mysql": pick(["mysql-primary.helixpay.internal", "orders.cluster-c9x2kq7ab1cd.eu-west-1.rds.amazonaws.com"]),
            "mssql": pick(["sql-prod-01.corp.local", "10.0.7.15"])}.get(scheme, pick(["db-prod-1.internal", "orders.cluster-c9x2kq7ab1cd.eu-west-1.rds.amazonaws.com",
                                                                                     "10.0.3.12", "pg-replica.brightlane.internal"]))
    pw = pw or pick([password, lambda: rs(24, AN)])()
    pw = pw.replace("@", "A").replace(":", "c").replace("/", "s").replace("#", "h").replace("%", "p").replace("?", "q")
    port = {"postgresql": ":5432", "postgres": ":5432", "mysql": ":3306", "redis": ":6379", "amqp": ":5672",
            "mssql": ":1433", "postgresql+psycopg2": ":5432"}.get(scheme, "")
    path = {"redis": "/0", "amqp": "/%2F"}.get(scheme, "/" + pick(["orders", "app", "billing", "warehouse", "crm"]))
    if scheme == "redis":
        user = pick(["default", ""])
    return "%s://%s:%s@%s%s%s" % (scheme, user, pw, host, port, path)


# ================================================================ templates
# Each template: fn(dirty) -> (wrap, doc, Lab).  Clean documents are full of
# look-alikes; dirty documents also carry look-alikes next to the real values.
ORGS = ["brightlane", "helixpay", "corvid-analytics", "northwind", "tallgrass", "quillstack", "kestrel-labs", "lumenhq"]
REPOS = ["api", "web", "billing-service", "data-pipeline", "infra", "mobile-app", "etl-jobs", "platform", "ml-serving"]


def rawres(obj):
    return {"content": [{"type": "text", "text": json.dumps(obj, indent=2, ensure_ascii=False)}], "isError": False}


def gha_ts(base=None):
    return "2025-%02d-%02dT%02d:%02d:%02d.%07dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                                    R.randint(0, 59), R.randint(0, 9999999))


def _day_of(t):
    import datetime
    return datetime.datetime.fromtimestamp(int(t), datetime.timezone.utc).strftime("%Y-%m-%d")


def _hms(t):
    import datetime
    return datetime.datetime.fromtimestamp(int(t), datetime.timezone.utc).strftime("%H:%M:%S")


def t_gha_log(dirty):
    L = Lab()
    org, repo = pick(ORGS), pick(REPOS)
    sha = sha1()
    lines = ["##[group]Run actions/checkout@v4", "with:", "  repository: %s/%s" % (org, repo), "  token: ***",
             "  ssh-strict: true", "  fetch-depth: 1", "##[endgroup]", "Syncing repository: %s/%s" % (org, repo),
             "[command]/usr/bin/git version", "git version 2.%d.%d" % (R.randint(40, 47), R.randint(0, 3)),
             "[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +%s:refs/remotes/origin/main" % sha,
             "HEAD is now at %s %s" % (sha[:7], pick(["Bump axios from 1.6.8 to 1.7.2", "fix: retry on 503", "chore(deps): update lockfile", "feat: add CSV export"])),
             "##[group]Run docker/login-action@v3", "with:", "  registry: ghcr.io", "  username: ${{ github.actor }}",
             "  password: ${{ secrets.GITHUB_TOKEN }}", "##[endgroup]", "Login Succeeded!",
             "#8 [build 3/7] RUN npm ci --ignore-scripts", "#8 DONE %.1fs" % (R.random() * 40),
             "#12 exporting manifest sha256:%s done" % sha256(), "#12 pushing layers %.1fs done" % (R.random() * 9)]
    if dirty:
        leaks = []
        for k in R.sample(["echo", "remote", "npmrc", "curl", "env", "slack", "aws"], R.randint(1, 3)):
            if k == "echo":
                n, v = L.rand_secret(["oa", "an", "st", "gk", "gen"])
                leaks += ["##[group]Run ./scripts/smoke.sh", "+ echo \"using key %s\"" % v, "using key %s" % v]
            elif k == "remote":
                t = L.add("github_token", gh_token("ghs"), ["url_credentials", "generic_secret"])
                leaks += ["+ git push https://x-access-token:%s@github.com/%s/%s.git HEAD:gh-pages" % (t, org, repo)]
            elif k == "npmrc":
                leaks += ["+ cat .npmrc", "//npm.pkg.github.com/:_authToken=%s" % L.gh("ghp"), "@%s:registry=https://npm.pkg.github.com" % org]
            elif k == "curl":
                leaks += ["+ curl -sf -H 'Authorization: Bearer %s' https://api.%s.io/v2/deploy" % (L.jwt(), org)]
            elif k == "env":
                leaks += ["+ env | sort", "AWS_ACCESS_KEY_ID=%s" % L.akid(), "AWS_DEFAULT_REGION=eu-west-1",
                          "AWS_SECRET_ACCESS_KEY=%s" % L.asec(), "CI=true", "GITHUB_SHA=%s" % sha]
            elif k == "slack":
                leaks += ["+ curl -X POST -d '{\"text\":\"deploy ok\"}' %s" % L.hook(slack_hook)]
            else:
                leaks += ["Run aws-actions/configure-aws-credentials@v4", "  aws-access-key-id: %s" % L.akid(),
                          "  aws-secret-access-key: %s" % L.asec(), "  aws-region: us-east-1"]
        pos = R.randint(8, len(lines))
        lines[pos:pos] = leaks
    else:
        lines += ["##[group]Run ./scripts/deploy.sh", "env:", "  AWS_ACCESS_KEY_ID: ***", "  AWS_SECRET_ACCESS_KEY: ***",
                  "  SLACK_WEBHOOK_URL: ***", "  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", "##[endgroup]",
                  "+ echo \"token length: ${#NPM_TOKEN}\"", "token length: 40",
                  "Uploaded artifact coverage (id %d, digest sha256:%s)" % (R.randint(10 ** 9, 10 ** 10), sha256())]
    t0 = R.randint(1735689600, 1764547200)
    stamps = []
    for _ in lines:
        t0 += R.random() * 4
        stamps.append("%sT%s.%07dZ" % (_day_of(t0), _hms(t0), R.randint(0, 9999999)))
    text = "\n".join("%s %s" % (st, l) for st, l in zip(stamps, lines))
    return "text", text, L


def t_gitlab_ci(dirty):
    L = Lab()
    proj = R.randint(1000000, 60000000)
    lines = ["Running with gitlab-runner 17.%d.%d (%s)" % (R.randint(0, 6), R.randint(0, 3), rs(8, HEX)),
             "  on %s %s, system ID: s_%s" % (pick(["docker-autoscaler-7", "saas-linux-small-amd64", "k8s-runner-eu"]), rs(8, AN), rs(12, HEX)),
             "Preparing the \"docker+machine\" executor", "Using Docker executor with image node:20-alpine ...",
             "Pulling docker image node:20-alpine ...", "Using docker image sha256:%s for node:20-alpine with digest node@sha256:%s ..." % (sha256(), sha256()),
             "Getting source from Git repository", "Fetching changes with git depth set to 20...",
             "Checking out %s as detached HEAD (ref is main)..." % rs(8, HEX), "Executing \"step_script\" stage of the job script",
             "$ npm ci", "added %d packages in %ds" % (R.randint(300, 1500), R.randint(5, 60))]
    if dirty:
        for k in R.sample(["api", "docker", "deploy", "trigger", "url", "notify"], R.randint(1, 3)):
            if k == "notify":
                lines += ["$ curl -fsS -H 'Content-Type: application/json' -d \"{\\\"content\\\":\\\"pipeline $CI_PIPELINE_ID ok\\\"}\" %s" % L.hook(pick([discord_hook, teams_hook, slack_hook, zapier_hook]))]
                continue
            if k == "api":
                lines += ["$ curl --header \"PRIVATE-TOKEN: %s\" \"https://gitlab.com/api/v4/projects/%d/releases\"" % (L.gl(pick(["glpat", "glpat-new"])), proj)]
            elif k == "docker":
                lines += ["$ echo \"Logging in as gitlab-ci-token with %s\"" % L.gl("glcbt"), "$ docker login -u gitlab-ci-token --password-stdin registry.gitlab.com",
                          "WARNING! Your password will be stored unencrypted in /root/.docker/config.json."]
            elif k == "deploy":
                lines += ["$ helm upgrade --install web ./chart --set image.pullSecret.password=%s" % L.gl("gldt")]
            elif k == "trigger":
                lines += ["$ curl -X POST --fail -F token=%s -F ref=main https://gitlab.com/api/v4/projects/%d/trigger/pipeline" % (L.gl("glptt"), proj)]
            else:
                t = L.add("gitlab_token", gl_token("glpat"), ["url_credentials", "generic_secret"])
                lines += ["$ git clone https://oauth2:%s@gitlab.com/%s/%s.git" % (t, pick(ORGS), pick(REPOS)),
                          "Cloning into '%s'..." % pick(REPOS)]
        if R.random() < 0.4:
            n, v = L.rand_secret(["st", "oa", "gen", "url"])
            lines += ["$ printenv | grep -i %s" % n.split("_")[0].lower(), "%s=%s" % (n, v)]
    else:
        lines += ["$ curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" --upload-file dist.tgz \"${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/web/1.%d.0/dist.tgz\"" % R.randint(0, 40),
                  "{\"message\":\"201 Created\"}", "$ echo $DEPLOY_TOKEN", "[MASKED]",
                  "$ docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" $CI_REGISTRY", "Login Succeeded",
                  "Uploading artifacts for successful job...", "Uploading artifacts as \"archive\" to coordinator... 201 Created  id=%d responseStatus=201 Created token=%s" % (R.randint(10 ** 9, 10 ** 10), rs(8, AN))]
    lines += ["Cleaning up project directory and file based variables", "Job succeeded"]
    return "text", "\n".join(lines), L


API_TARGETS = ["openai", "anthropic", "stripe", "github", "slack", "google", "internal", "gitlab"]


def t_curl_verbose(dirty):
    L = Lab()
    tgt = pick(API_TARGETS)
    host = {"openai": "api.openai.com", "anthropic": "api.anthropic.com", "stripe": "api.stripe.com", "github": "api.github.com",
            "slack": "slack.com", "google": "maps.googleapis.com", "internal": "api.%s.io" % pick(ORGS), "gitlab": "gitlab.com"}[tgt]
    path = {"openai": "/v1/models", "anthropic": "/v1/messages", "stripe": "/v1/charges?limit=3", "github": "/user/repos?per_page=5",
            "slack": "/api/auth.test", "google": "/maps/api/geocode/json?address=Berlin", "internal": "/v2/orders/%d" % R.randint(10000, 99999),
            "gitlab": "/api/v4/user"}[tgt]
    hdr = []
    cmd_extra = ""
    if dirty:
        if tgt == "openai":
            hdr = ["authorization: Bearer %s" % L.oa()]
        elif tgt == "anthropic":
            hdr = ["x-api-key: %s" % L.an("api03"), "anthropic-version: 2023-06-01"]
        elif tgt == "stripe":
            k = L.st(pick(["sk_live", "rk_live"]))
            cmd_extra = " -u %s:" % k
            hdr = ["authorization: Basic %s" % L.gen(base64.b64encode((k + ":").encode()).decode(), ["stripe_key"])]
        elif tgt == "github":
            hdr = ["authorization: token %s" % L.gh()]
        elif tgt == "slack":
            hdr = ["authorization: Bearer %s" % L.sl(pick(["xoxb", "xoxp"]))]
        elif tgt == "google":
            path = path + "&key=" + L.gk()
        elif tgt == "gitlab":
            hdr = ["private-token: %s" % L.gl()]
        else:
            hdr = [pick(["x-api-key: %s" % L.gen(hexsecret()), "authorization: Bearer %s" % L.jwt(),
                         "authorization: Basic %s" % L.gen(base64.b64encode(("svc_%s:%s" % (pick(REPOS), password())).encode()).decode())])]
    else:
        hdr = {"openai": ["authorization: Bearer [REDACTED]"], "anthropic": ["x-api-key: sk-ant-***", "anthropic-version: 2023-06-01"],
               "stripe": ["authorization: Basic ****"], "github": [], "slack": ["authorization: Bearer xoxb-****"],
               "google": [], "internal": ["x-request-id: %s" % uid()], "gitlab": ["private-token: <redacted>"]}[tgt]
        if tgt == "google":
            path += "&key=${GOOGLE_MAPS_KEY}"
    rid = pick(["x-request-id: req_%s" % rs(32, HEX), "request-id: req_%s" % rs(14, AN), "x-github-request-id: %s:%s:%s:%s" % (rs(4, "0123456789ABCDEF"), rs(6, "0123456789ABCDEF"), rs(7, "0123456789ABCDEF"), rs(8, "0123456789ABCDEF"))])
    out = ["$ curl -v%s https://%s%s" % (cmd_extra, host, path.replace("&", "\\&") if False else path),
           "*   Trying %s:443..." % ip(), "* Connected to %s (%s) port 443" % (host, ip()),
           "* ALPN: curl offers h2,http/1.1", "* TLSv1.3 (OUT), TLS handshake, Client hello (1):",
           "* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / id-ecPublicKey",
           "* Server certificate:", "*  subject: CN=%s" % host, "*  start date: Jan %2d 08:%02d:11 2025 GMT" % (R.randint(1, 28), R.randint(0, 59)), "*  expire date: Apr %2d 08:%02d:10 2026 GMT" % (R.randint(1, 28), R.randint(0, 59)),
           "*  issuer: C=US; O=Google Trust Services; CN=WE1", "* using HTTP/2",
           "> GET %s HTTP/2" % path, "> Host: %s" % host, "> User-Agent: curl/8.%d.0" % R.randint(4, 11), "> Accept: */*"]
    out += ["> " + h for h in hdr]
    out += [">", "< HTTP/2 %s" % pick(["200", "200", "401", "404"]), "< date: Tue, %02d Mar 2025 %02d:%02d:%02d GMT" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            "< content-type: application/json", "< " + rid, "< etag: W/\"%s\"" % rs(32, HEX),
            "< cf-ray: %s-%s" % (rs(16, HEX), pick(["FRA", "AMS", "IAD", "NRT", "GRU"])), "< x-ratelimit-remaining-requests: %d" % R.randint(1, 9999), "<",
            "{\"object\":\"list\",\"data\":[],\"has_more\":false}", "* Connection #0 to host %s left intact" % host]
    return "text", "\n".join(out), L


def t_har(dirty):
    L = Lab()
    host = "app.%s.%s" % (pick(ORGS), pick(["io", "com", "co"]))
    reqh = [{"name": "Host", "value": host}, {"name": "User-Agent", "value": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"},
            {"name": "Accept", "value": "application/json"}, {"name": "x-amz-cf-id", "value": rs(56, B64URL)}]
    resh = [{"name": "etag", "value": "\"%s\"" % rs(32, HEX)}, {"name": "x-amz-request-id", "value": rs(16, "0123456789ABCDEF")},
            {"name": "x-amz-id-2", "value": base64.b64encode(rb(57)).decode()}, {"name": "content-security-policy", "value": "script-src 'nonce-%s' 'strict-dynamic'" % base64.b64encode(rb(16)).decode()}]
    post = None
    if dirty:
        if R.random() < 0.7:
            reqh.append({"name": "Authorization", "value": "Bearer " + L.jwt()})
        if R.random() < 0.6:
            reqh.append({"name": "Cookie", "value": "_ga=GA1.1.%d.%d; session_id=%s; theme=dark" % (R.randint(10 ** 8, 10 ** 9), R.randint(1700000000, 1760000000), L.gen(rs(48, B64URL)))})
        if R.random() < 0.7 or len(L.items) == 0:
            p = Person()
            body = {"email": L.em(p.email), "phone": L.ph(p.phone), "name": p.latin, "marketing_opt_in": False}
            if R.random() < 0.3:
                body["password"] = L.gen(password())
            post = {"mimeType": "application/json", "text": json.dumps(body, ensure_ascii=False)}
    else:
        reqh.append({"name": "Cookie", "value": "_ga=GA1.1.%d.%d; locale=en-GB; consent=%s" % (R.randint(10 ** 8, 10 ** 9), R.randint(1700000000, 1760000000), uid())})
    req = {"method": "POST" if post else "GET", "url": "https://%s/api/%s" % (host, pick(["signup", "profile", "v1/session", "checkout/contact"]) if post else "static/js/main.%s.js" % rs(8, HEX)),
           "httpVersion": "h2", "headers": reqh, "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(post["text"]) if post else 0}
    if post:
        req["postData"] = post
    har = {"log": {"version": "1.2", "creator": {"name": pick(["WebInspector", "Firefox"]), "version": "%d.0" % R.randint(120, 137)},
                   "pages": [{"startedDateTime": ts(), "id": "page_1", "title": "https://%s/" % host, "pageTimings": {"onLoad": R.randint(300, 4000)}}],
                   "entries": [{"startedDateTime": ts(), "time": round(R.random() * 900, 3), "request": req,
                                "response": {"status": 200, "statusText": "OK", "httpVersion": "h2", "headers": resh,
                                             "content": {"size": R.randint(100, 90000), "mimeType": "application/json"}, "redirectURL": ""},
                                "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "connect": -1, "send": 0.1, "wait": 88.4, "receive": 2.7},
                                "serverIPAddress": ip(), "connection": str(R.randint(1000, 99999))}]}}
    return pick(["structured", "raw-result"]) if not (post and "\\" in post["text"]) else "structured", har if True else None, L


def t_postman(dirty):
    L = Lab()
    svc = pick(["Payments API", "Orders API", "CRM Sync", "Internal Admin", "Notifications"])
    var = [{"key": "baseUrl", "value": "https://api.%s.io/v1" % pick(ORGS)}, {"key": "tenantId", "value": uid()},
           {"key": "pageSize", "value": "50"}]
    auth = {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}
    if dirty:
        for _ in range(R.randint(1, 3)):
            k = pick(["st", "gk", "gen", "jwt", "oa", "basic", "sl"])
            if k == "st":
                var.append({"key": "stripeKey", "value": L.st()})
            elif k == "gk":
                var.append({"key": "mapsKey", "value": L.gk()})
            elif k == "gen":
                var.append({"key": pick(["apiKey", "twilioAuthToken", "sendgridKey", "clientSecret"]), "value": L.gen(pick([hexsecret, twilio_auth, sendgrid_key, opaque])())})
            elif k == "jwt":
                auth = {"type": "bearer", "bearer": [{"key": "token", "value": L.jwt(), "type": "string"}]}
            elif k == "oa":
                var.append({"key": "openaiKey", "value": L.oa()})
            elif k == "sl":
                var.append({"key": "slackToken", "value": L.sl()})
            else:
                auth = {"type": "basic", "basic": [{"key": "username", "value": "svc_%s" % pick(REPOS)}, {"key": "password", "value": L.gen(password())}]}
    else:
        var += [{"key": "apiKey", "value": "{{API_KEY}}"}, {"key": "stripeKey", "value": "sk_test_REPLACE_ME"},
                {"key": "webhookSecret", "value": "<your-webhook-secret>"}]
    col = {"info": {"_postman_id": uid(), "name": svc, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                    "_exporter_id": str(R.randint(10 ** 7, 10 ** 8))},
           "auth": auth, "variable": var,
           "item": [{"name": "List %s" % pick(["orders", "customers", "invoices"]), "request": {"method": "GET", "header": [{"key": "Idempotency-Key", "value": uid()}],
                     "url": {"raw": "{{baseUrl}}/%s?limit={{pageSize}}" % pick(["orders", "customers"]), "host": ["{{baseUrl}}"]}}}]}
    return pick(["structured", "raw-result"]), col, L


def t_npmrc(dirty):
    L = Lab()
    org = pick(ORGS)
    lines = ["registry=https://registry.npmjs.org/", "@%s:registry=https://npm.pkg.github.com" % org, "save-exact=true", "fund=false",
             "engine-strict=true"]
    if dirty:
        for k in R.sample(["npm", "gh", "gl", "auth", "email"], R.randint(1, 3)):
            if k == "npm":
                lines.append("//registry.npmjs.org/:_authToken=%s" % L.gen(npm_tok()))
            elif k == "gh":
                lines.append("//npm.pkg.github.com/:_authToken=%s" % L.gh("ghp"))
            elif k == "gl":
                lines.append("//gitlab.com/api/v4/projects/%d/packages/npm/:_authToken=%s" % (R.randint(10 ** 6, 6 * 10 ** 7), L.gl()))
            elif k == "auth":
                lines.append("_auth=%s" % L.gen(base64.b64encode(("%s:%s" % (pick(["deploy", "ci-bot", "jenkins"]), password())).encode()).decode()))
            else:
                p = Person()
                lines.append("email=%s" % L.em(p.email))
                lines.append("//registry.npmjs.org/:_authToken=%s" % L.gen(npm_tok()))
    else:
        lines += ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}",
                  "email=%s" % role_email(), "# integrity of lock: sha512-%s" % base64.b64encode(rb(64)).decode()]
    R.shuffle(lines)
    return "text", "$ cat ~/.npmrc\n" + "\n".join(lines), L


def t_pypirc_netrc(dirty):
    L = Lab()
    kind = pick(["pypirc", "netrc", "pipconf"])
    if kind == "pypirc":
        out = ["[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__"]
        out.append("password = %s" % (L.gen(pypi_tok()) if dirty else pick(["<your PyPI API token>", "${PYPI_TOKEN}", "pypi-XXXXXXXXXXXXXXXXXXXXXXXX"])))
        out += ["", "[internal]", "repository = https://nexus.%s.internal/repository/pypi-hosted/" % pick(ORGS), "username = %s" % pick(["ci", "release-bot"])]
        out.append("password = %s" % (L.gen(password()) if dirty and R.random() < 0.7 else "%(env:NEXUS_PASSWORD)s"))
        return "text", "\n".join(out), L
    if kind == "netrc":
        out = []
        if dirty:
            p = Person("en")
            out += ["machine github.com", "  login %s" % asc(p.first), "  password %s" % L.gh()]
            out += ["machine api.%s.io login %s password %s" % (pick(ORGS), L.em(p.email), L.gen(opaque(pick([32, 40]))))]
            if R.random() < 0.5:
                out += ["machine artifactory.%s.internal login ci password %s" % (pick(ORGS), L.gen(password()))]
        else:
            out += ["# ~/.netrc template - fill in before use", "machine github.com", "  login <username>", "  password <personal-access-token>",
                    "machine api.heroku.com login %s password ${HEROKU_API_KEY}" % doc_email(), "default login anonymous password %s" % doc_email()]
        return "text", "$ cat ~/.netrc\n" + "\n".join(out), L
    out = ["[global]", "timeout = 60"]
    if dirty:
        if R.random() < 0.5:
            out.append("index-url = %s" % L.url("https://%s:%s@artifactory.%s.io/artifactory/api/pypi/pypi-virtual/simple" % (pick(["ci", "deploy", "jenkins"]), rs(20, AN), pick(ORGS))))
        else:
            t = L.add("gitlab_token", gl_token("gldt"), ["url_credentials", "generic_secret"])
            out.append("index-url = https://gitlab+deploy-token-%d:%s@gitlab.com/api/v4/projects/%d/packages/pypi/simple" % (R.randint(100, 99999), t, R.randint(10 ** 6, 6 * 10 ** 7)))
    else:
        out.append("index-url = https://${PIP_USER}:${PIP_PASSWORD}@artifactory.%s.io/artifactory/api/pypi/pypi-virtual/simple" % pick(ORGS))
    out += ["extra-index-url = https://pypi.org/simple", "trusted-host = artifactory.%s.io" % pick(ORGS), "require-hashes = false"]
    return "text", "$ pip config debug\nenv_var:\nenv:\nglobal:\n  /etc/pip.conf, exists: True\n\n" + "\n".join(out), L


def t_docker_config(dirty):
    L = Lab()
    cfg = {"auths": {}, "HttpHeaders": {"User-Agent": "Docker-Client/26.1.%d (linux)" % R.randint(0, 4)}}
    if dirty:
        for reg in R.sample(["https://index.docker.io/v1/", "registry.gitlab.com", "ghcr.io", "%d.dkr.ecr.eu-west-1.amazonaws.com" % R.randint(10 ** 11, 10 ** 12 - 1), "harbor.%s.internal" % pick(ORGS)], R.randint(1, 3)):
            if reg == "ghcr.io":
                tok = gh_token("ghp")
            elif reg == "registry.gitlab.com":
                tok = gl_token("glpat")
            elif "docker.io" in reg:
                tok = dckr_pat()
            else:
                tok = password()
            a = base64.b64encode(("%s:%s" % (pick(["ci-bot", "deploy", asc(Person("en").first)]), tok)).encode()).decode()
            inner = {"ghcr.io": ["github_token"], "registry.gitlab.com": ["gitlab_token"]}.get(reg, [])
            cfg["auths"][reg] = {"auth": L.gen(a, inner)}
    else:
        cfg["auths"] = {"https://index.docker.io/v1/": {}, "ghcr.io": {}}
        cfg["credsStore"] = pick(["desktop", "osxkeychain", "pass"])
        cfg["credHelpers"] = {"%d.dkr.ecr.us-east-1.amazonaws.com" % R.randint(10 ** 11, 10 ** 12 - 1): "ecr-login", "gcr.io": "gcloud"}
        cfg["currentContext"] = "desktop-linux"
    return "raw-result", cfg, L


def t_dockerfile(dirty):
    L = Lab()
    base = pick(["python:3.12-slim", "node:20-bookworm-slim", "golang:1.22-alpine", "eclipse-temurin:21-jre"])
    out = ["# syntax=docker/dockerfile:1.7", "FROM %s@sha256:%s AS build" % (base, sha256()), "WORKDIR /app",
           "LABEL org.opencontainers.image.source=\"https://github.com/%s/%s\"" % (pick(ORGS), pick(REPOS)),
           "LABEL org.opencontainers.image.revision=\"%s\"" % sha1()]
    if dirty:
        for k in R.sample(["aws", "arg", "pip", "env", "dsn"], R.randint(1, 3)):
            if k == "aws":
                out += ["ENV AWS_ACCESS_KEY_ID=%s \\" % L.akid("AKIA"), "    AWS_SECRET_ACCESS_KEY=%s" % L.asec()]
            elif k == "arg":
                out += ["ARG GITHUB_TOKEN=%s" % L.gh(), "RUN git config --global url.\"https://${GITHUB_TOKEN}@github.com/\".insteadOf \"https://github.com/\""]
            elif k == "pip":
                out += ["RUN pip install --no-cache-dir --index-url %s -r requirements.txt" % L.url("https://deploy:%s@pypi.%s.internal/simple" % (rs(22, AN), pick(ORGS)))]
            elif k == "env":
                n, v = L.rand_secret(["st", "oa", "an", "gen", "sl"])
                out += ["ENV %s=%s" % (n, v)]
            else:
                out += ["ENV SENTRY_DSN=https://%s@o%d.ingest.sentry.io/%d" % (rs(32, HEX), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7)),
                        "ENV DATABASE_URL=%s" % L.url(conn_url())]
    else:
        out += ["ARG NPM_TOKEN", "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
                "ENV SENTRY_DSN=https://%s@o%d.ingest.sentry.io/%d" % (rs(32, HEX), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7)),
                "ENV PIP_INDEX_URL=https://pypi.org/simple APP_VERSION=%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)),
                "ENV STRIPE_PUBLISHABLE_KEY=pk_live_51%s" % rs(97)]
    out += ["COPY . .", "RUN make build", "FROM gcr.io/distroless/base-debian12@sha256:%s" % sha256(), "COPY --from=build /app/bin/server /server",
            "USER 65532:65532", "EXPOSE 8080", "ENTRYPOINT [\"/server\"]"]
    return "text", "\n".join(out), L


def t_docker_inspect(dirty):
    L = Lab()
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "PYTHON_VERSION=3.12.%d" % R.randint(0, 7),
           "GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305", "APP_ENV=production", "PORT=8080"]
    if dirty:
        for _ in range(R.randint(1, 3)):
            n, v = L.rand_secret(["url", "st", "gen", "oa", "awss", "aws", "hook", "gk", "an"])
            env.append("%s=%s" % (n, v))
    else:
        env += ["POSTGRES_PASSWORD_FILE=/run/secrets/db_password", "DATABASE_HOST=db", "DATABASE_USER=app",
                "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317", "BUILD_SHA=%s" % sha1()]
    R.shuffle(env)
    obj = [{"Id": sha256(), "Created": ts(), "Path": "/entrypoint.sh", "Args": ["gunicorn", "app:app"],
            "State": {"Status": "running", "Running": True, "Pid": R.randint(1000, 60000), "StartedAt": ts()},
            "Image": "sha256:" + sha256(), "Name": "/%s-%s-1" % (pick(REPOS), pick(["web", "worker"])),
            "Config": {"Hostname": rs(12, HEX), "Env": env, "Image": "ghcr.io/%s/%s:%s" % (pick(ORGS), pick(REPOS), sha1()[:7]),
                       "Labels": {"com.docker.compose.project": pick(REPOS), "com.docker.compose.config-hash": sha256(),
                                  "maintainer": role_email()}},
            "NetworkSettings": {"IPAddress": ip(), "MacAddress": "02:42:%02x:%02x:%02x:%02x" % tuple(R.randint(0, 255) for _ in range(4))}}]
    return "raw-result", obj, L


def t_helm_values(dirty):
    L = Lab()
    out = ["# values-prod.yaml", "replicaCount: %d" % R.randint(2, 8), "image:", "  repository: ghcr.io/%s/%s" % (pick(ORGS), pick(REPOS)),
           "  tag: \"%d.%d.%d\"" % (R.randint(1, 5), R.randint(0, 40), R.randint(0, 9)), "  digest: sha256:%s" % sha256(),
           "resources:", "  limits: {cpu: 500m, memory: 512Mi}"]
    if dirty:
        ks = R.sample(["pg", "redis", "alert", "oauth", "smtp", "pd"], R.randint(1, 3))
        for k in ks:
            if k == "pg":
                out += ["postgresql:", "  auth:", "    username: app", "    password: \"%s\"" % L.gen(password()), "    database: app"]
            elif k == "redis":
                out += ["redis:", "  auth:", "    enabled: true", "    password: %s" % L.gen(rs(32, AN))]
            elif k == "alert":
                out += ["alertmanager:", "  config:", "    receivers:", "      - name: team-platform", "        slack_configs:",
                        "          - api_url: %s" % L.hook(slack_hook), "            channel: '#alerts-prod'"]
            elif k == "oauth":
                out += ["oauth2-proxy:", "  config:", "    clientID: %s.apps.googleusercontent.com" % (rs(12, DG) + "-" + rs(32, LO + DG)),
                        "    clientSecret: %s" % L.gen("GOCSPX-" + rs(28, B64URL)), "    cookieSecret: %s" % L.gen(base64.urlsafe_b64encode(rb(32)).decode())]
            elif k == "smtp":
                out += ["smtp:", "  host: email-smtp.eu-west-1.amazonaws.com", "  user: %s" % L.akid("AKIA"), "  password: %s" % L.gen(base64.b64encode(rb(33)).decode(), ["aws_secret_access_key"])]
            else:
                out += ["pagerduty:", "  routingKey: %s" % L.gen(hexsecret())]
    else:
        out += ["postgresql:", "  auth:", "    existingSecret: app-db-credentials", "    secretKeys:", "      userPasswordKey: password",
                "    password: \"\"  # set via --set or existingSecret", "alertmanager:", "  config:", "    receivers:", "      - name: team-platform",
                "        slack_configs:", "          - api_url_file: /etc/alertmanager/secrets/slack-url", "podAnnotations:",
                "  checksum/config: %s" % sha256(), "serviceAccount:", "  annotations:", "    eks.amazonaws.com/role-arn: arn:aws:iam::%d:role/%s-irsa" % (R.randint(10 ** 11, 10 ** 12 - 1), pick(REPOS))]
    return "text", "\n".join(out), L


def t_ansible(dirty):
    L = Lab()
    out = ["---", "# group_vars/%s/vars.yml" % pick(["prod", "staging", "db_servers", "webservers"]), "ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]",
           "app_version: \"%d.%d.%d\"" % (R.randint(1, 4), R.randint(0, 30), R.randint(0, 9)), "app_port: 8443"]
    if dirty:
        for k in R.sample(["db", "become", "aws", "mail", "url"], R.randint(1, 3)):
            if k == "db":
                out += ["db_user: app", "db_password: %s" % L.gen(password())]
            elif k == "become":
                out += ["ansible_become_pass: %s" % L.gen(password())]
            elif k == "aws":
                out += ["aws_access_key: %s" % L.akid(), "aws_secret_key: %s" % L.asec()]
            elif k == "mail":
                p = Person()
                out += ["admin_contact: %s" % L.em(p.email), "admin_mobile: \"%s\"" % L.ph(p.phone)]
            else:
                out += ["backup_target: %s" % L.url("sftp://backup:%s@%s:22/srv/backups" % (rs(18, AN), ip()))]
    else:
        out += ["db_user: app", "db_password: \"{{ vault_db_password }}\"", "ansible_become_pass: \"{{ lookup('env', 'BECOME_PASS') }}\"",
                "admin_contact: %s" % role_email(), "vault_blob: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"]
        for _ in range(R.randint(3, 6)):
            out.append("  " + rs(80, "0123456789abcdef"))
    return "text", "\n".join(out), L


def t_jupyter(dirty):
    L = Lab()
    if dirty:
        mode = pick(["environ", "df", "client"])
        if mode == "environ":
            src = ["import os", "{k: v for k, v in os.environ.items() if 'KEY' in k or 'TOKEN' in k}"]
            d = {}
            for _ in range(R.randint(2, 3)):
                n, v = L.rand_secret(["oa", "an", "gk", "gen", "gh", "st"])
                d[n] = v
            outs = [{"output_type": "execute_result", "execution_count": R.randint(2, 40), "metadata": {}, "data": {"text/plain": [repr(d)]}}]
        elif mode == "df":
            src = ["df = pd.read_sql('select * from customers limit 5', engine)", "df.head()"]
            rows = ["   customer_id            name                         email            phone country"]
            for i in range(R.randint(3, 5)):
                p = Person()
                rows.append("%d  %d  %-20s %-32s %-18s %s" % (i, R.randint(10000, 99999), p.latin, L.em(p.email), L.ph(p.phone), LOC_CC[p.loc]))
            outs = [{"output_type": "execute_result", "execution_count": R.randint(2, 40), "metadata": {}, "data": {"text/plain": rows}}]
        else:
            src = ["client = OpenAI(api_key=\"%s\")" % L.oa(), "client.models.list().data[:2]"]
            outs = [{"output_type": "execute_result", "execution_count": 3, "metadata": {}, "data": {"text/plain": ["[Model(id='gpt-4o-mini', created=1721172741, object='model', owned_by='system')]"]}}]
    else:
        src = ["model.fit(X_train, y_train, eval_set=[(X_val, y_val)])", "print(classification_report(y_val, model.predict(X_val)))"]
        outs = [{"output_type": "stream", "name": "stdout", "text": ["              precision    recall  f1-score   support\n",
                                                                   "           0       0.%d      0.%d      0.%d     %d\n" % (R.randint(80, 99), R.randint(80, 99), R.randint(80, 99), R.randint(1000, 9999)),
                                                                   "run_id=%s  artifact sha256:%s\n" % (uid(), sha256()),
                                                                   "OPENAI_API_KEY set: %s (sk-...%s)\n" % (pick(["True", "False"]), rs(4))]}]
    cell = {"cell_type": "code", "execution_count": outs[0].get("execution_count", 5), "id": rs(8, HEX), "metadata": {"tags": []}, "source": src, "outputs": outs}
    return "structured", {"cells": [cell], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}, L


def _table(headers, rows, style):
    w = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    if style == "psql":
        out = [" " + " | ".join(str(h).center(w[i]) for i, h in enumerate(headers)),
               "-" + "-+-".join("-" * x for x in w) + "-"]
        out += [" " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) for r in rows]
        out.append("(%d row%s)" % (len(rows), "" if len(rows) == 1 else "s"))
        return "\n".join(out)
    if style == "mysql":
        sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
        out = [sep, "| " + " | ".join(str(h).ljust(w[i]) for i, h in enumerate(headers)) + " |", sep]
        out += ["| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |" for r in rows]
        out += [sep, "%d rows in set (0.%02d sec)" % (len(rows), R.randint(0, 99))]
        return "\n".join(out)
    # pandas
    out = ["    " + "  ".join(str(h).rjust(w[i]) for i, h in enumerate(headers))]
    out += ["%-3d " % k + "  ".join(str(c).rjust(w[i]) for i, c in enumerate(r)) for k, r in enumerate(rows)]
    out.append("")
    out.append("[%d rows x %d columns]" % (len(rows), len(headers)))
    return "\n".join(out)


COL_TYPE = {"email": "email", "phone": "phone_number", "ssn": "us_ssn", "iban": "iban", "card": "payment_card"}


def pick_cols(options):
    """Pick a column set, preferring the personal-data types that are still rare."""
    def w(cols):
        ts_ = [COL_TYPE[c] for c in cols if c in COL_TYPE]
        return 1.0 / (1 + min(ACCEPTED[t] for t in ts_)) ** 2 if ts_ else 1.0
    return R.choices(options, weights=[w(o) for o in options])[0]


def pii_rows(L, n, cols, locs=None):
    rows = []
    for i in range(n):
        p = Person(pick(locs) if locs else None)
        r = []
        for c in cols:
            if c == "id":
                r.append(R.randint(1000, 99999))
            elif c == "name":
                r.append(p.name if p.loc == "ja" and R.random() < 0.5 else p.latin)
            elif c == "email":
                r.append(L.em(p.email))
            elif c == "phone":
                r.append(L.ph(p.phone))
            elif c == "ssn":
                r.append(L.ssn(ssn()))
            elif c == "iban":
                r.append(L.ib(iban(pick(["DE", "FR", "ES", "NL", "IT", "BE", "AT", "PT", "IE", "GB", "PL", "SE", "BR"]))))
            elif c == "card":
                r.append(L.cc(card()))
            elif c == "last4":
                r.append(rs(4, DG))
            elif c == "country":
                r.append(LOC_CC[p.loc])
            elif c == "created_at":
                r.append(ts()[:19].replace("T", " "))
            elif c == "status":
                r.append(pick(["active", "churned", "trial", "past_due"]))
            elif c == "amount":
                r.append("%d.%02d" % (R.randint(5, 4000), R.randint(0, 99)))
        rows.append(r)
    return rows


def clean_rows(n, cols):
    rows = []
    for _ in range(n):
        r = []
        for c in cols:
            r.append({"order_no": "ORD-%d-%06d" % (pick([2024, 2025]), R.randint(0, 999999)), "sku": "%s-%04d" % (rs(3, UP), R.randint(0, 9999)),
                      "qty": R.randint(1, 40), "amount": "%d.%02d" % (R.randint(5, 4000), R.randint(0, 99)), "currency": pick(["EUR", "USD", "JPY", "BRL", "INR"]),
                      "status": pick(["shipped", "pending", "refunded", "delivered"]), "created_at": ts()[:19].replace("T", " "),
                      "tracking": pick(["1Z%s%s" % (rs(6, UP + DG), rs(10, DG)), "9400 1%s %s %s %s %s" % (rs(3, DG), rs(4, DG), rs(4, DG), rs(4, DG), rs(2, DG)), nonluhn(12)]),
                      "ref": nonluhn(16, "4"), "card": "**** **** **** %s" % rs(4, DG), "last4": rs(4, DG), "bin": rs(6, DG),
                      "id": R.randint(1000, 99999), "uuid": uid(), "warehouse": pick(["FRA1", "NRT2", "GRU1", "BOM3", "IAD4"]),
                      "isbn": isbn13(), "ip": ip(), "version": "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 40), R.randint(0, 99))}[c])
        rows.append(r)
    return rows


def t_sql_result(dirty):
    L = Lab()
    style = pick(["psql", "mysql"])
    if dirty:
        cols = pick_cols([["id", "name", "email", "phone", "created_at"], ["id", "name", "ssn", "email", "status"], ["id", "name", "card", "amount"],
                     ["id", "name", "iban", "email", "country"], ["id", "email", "phone", "ssn"]])
        rows = pii_rows(L, R.randint(2, 6), cols)
        q = "SELECT %s FROM %s ORDER BY id DESC LIMIT %d;" % (", ".join(cols), pick(["customers", "users", "employees", "payouts", "applicants"]), len(rows))
    else:
        cols = pick([["order_no", "sku", "qty", "amount", "currency", "status"], ["id", "card", "bin", "last4", "status"], ["order_no", "tracking", "warehouse", "created_at"],
                     ["id", "uuid", "version", "ip", "created_at"], ["id", "ref", "amount", "currency"], ["isbn", "sku", "qty", "amount"]])
        rows = clean_rows(R.randint(3, 7), cols)
        q = "SELECT %s FROM %s LIMIT %d;" % (", ".join(cols), pick(["orders", "shipments", "payments_masked", "deployments", "inventory"]), len(rows))
    prompt = "app=> " if style == "psql" else "mysql> "
    return "text", prompt + q + "\n" + _table(cols, rows, style), L


def t_pandas(dirty):
    L = Lab()
    if dirty:
        cols = pick_cols([["name", "email", "phone", "country"], ["id", "name", "iban", "amount"], ["name", "phone", "status"], ["id", "email", "card", "amount"], ["name", "ssn", "created_at"]])
        rows = pii_rows(L, R.randint(3, 6), cols)
    else:
        cols = pick([["sku", "qty", "amount", "currency"], ["order_no", "status", "created_at"], ["id", "version", "ip"], ["ref", "amount", "status"], ["isbn", "qty", "amount"]])
        rows = clean_rows(R.randint(3, 7), cols)
    return "text", ">>> df.head(%d)\n" % len(rows) + _table(cols, rows, "pandas"), L


def _sqlv(v):
    return "NULL" if v is None else ("%s" % v if isinstance(v, int) else "'%s'" % str(v).replace("'", "''"))


def t_sql_dump(dirty):
    L = Lab()
    hdr = pick(["-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)\n--\n-- Host: 127.0.0.1    Database: app\n" % R.randint(30, 40),
                "--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 16.%d\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n" % R.randint(1, 4)])
    if dirty:
        tbl = pick(["customers", "users", "contacts", "payroll"])
        cols = pick_cols([["id", "name", "email", "phone", "created_at"], ["id", "name", "email", "iban"], ["id", "name", "ssn", "phone"], ["id", "email", "card", "amount"]])
        rows = pii_rows(L, R.randint(2, 5), cols)
    else:
        tbl = pick(["products", "orders", "schema_migrations", "shipments"])
        cols = pick([["id", "sku", "amount", "currency"], ["order_no", "status", "tracking", "created_at"], ["version", "uuid", "created_at"], ["isbn", "sku", "amount"]])
        rows = clean_rows(R.randint(3, 6), cols)
    ins = "INSERT INTO `%s` (%s) VALUES\n%s;" % (tbl, ", ".join("`%s`" % c for c in cols), ",\n".join("(" + ",".join(_sqlv(v) for v in r) + ")" for r in rows))
    extra = ""
    if dirty and R.random() < 0.3:
        extra = "\nINSERT INTO `api_credentials` (`service`,`secret`) VALUES ('mailer','%s');" % L.gen(sendgrid_key())
    return "text", hdr + "\nLOCK TABLES `%s` WRITE;\n" % tbl + ins + extra + "\nUNLOCK TABLES;\n", L


def t_crm_csv(dirty):
    L = Lab()
    if dirty:
        head = "Record ID,First Name,Last Name,Email,Phone Number,Company,Lifecycle Stage,Create Date"
        rows = []
        for _ in range(R.randint(3, 8)):
            p = Person()
            ph = L.ph(p.phone) if R.random() < 0.8 else ""
            rows.append(",".join([str(R.randint(10 ** 9, 10 ** 11)), p.first, p.last, L.em(p.email), '"%s"' % ph if "," in ph else ph,
                                  pick(["Acme Logistik GmbH", "Tienda Sol S.A. de C.V.", "Kaizen Trading K.K.", "Padaria Boa Vista Ltda", "Brightlane Inc."]),
                                  pick(["lead", "customer", "opportunity", "subscriber"]), day()]))
            if R.random() < 0.15:
                rows.append(",".join([str(R.randint(10 ** 9, 10 ** 11)), "", "", role_email(pick(CORP)), "", "Shared inbox", "other", day()]))
    else:
        head = "Company,Domain,Industry,Deals Won,Revenue (USD),Owner ID,Last Activity"
        rows = [",".join([pick(["Acme Logistik GmbH", "Kaizen Trading K.K.", "Padaria Boa Vista Ltda", "Quillstack"]), pick(CORP), pick(["Retail", "Logistics", "SaaS", "Health"]),
                          str(R.randint(0, 40)), "%d.%02d" % (R.randint(1000, 900000), R.randint(0, 99)), str(R.randint(10 ** 7, 10 ** 8)), day()]) for _ in range(R.randint(3, 8))]
    return "text", head + "\n" + "\n".join(rows), L


def t_hr_csv(dirty):
    L = Lab()
    if dirty:
        us = R.random() < 0.5
        if us:
            head = "employee_id,full_name,ssn,personal_email,mobile,department,start_date"
            rows = []
            for _ in range(R.randint(2, 6)):
                p = Person("en")
                s = ssn()
                if R.random() < 0.25:
                    s = s.replace("-", "")
                rows.append(",".join(["E%05d" % R.randint(0, 99999), p.name, L.ssn(s), L.em(p.email), L.ph(p.phone), pick(["Finance", "Eng", "Ops", "Sales"]), day()]))
        else:
            head = "personalnummer;name;iban;bic;email_privat;telefon;abteilung"
            rows = []
            for _ in range(R.randint(2, 6)):
                p = Person(pick(["de", "fr", "es", "en"]))
                cc = {"de": "DE", "fr": "FR", "es": "ES", "en": pick(["NL", "IE", "AT", "BE", "LU"])}[p.loc]
                rows.append(";".join(["%06d" % R.randint(0, 999999), p.name, L.ib(iban(cc)), rs(4, UP) + cc + rs(2, UP + DG), L.em(p.email),
                                      L.ph(phone(LOC_CC[p.loc]) if p.loc != "en" else phone("NL")), pick(["Vertrieb", "IT", "Logistik", "HR"])]))
    else:
        head = "department,headcount,open_roles,avg_tenure_years,cost_center,budget_eur"
        rows = [",".join([d, str(R.randint(3, 120)), str(R.randint(0, 9)), "%.1f" % (R.random() * 8), "CC-%04d" % R.randint(0, 9999), str(R.randint(10 ** 5, 10 ** 7))])
                for d in R.sample(["Finance", "Engineering", "Operations", "Sales", "Legal", "People"], 4)]
        rows.append("# SSNs removed per policy; see ticket HR-%d (format reference only: XXX-XX-%s)" % (R.randint(100, 9999), rs(4, DG)))
    return "text", head + "\n" + "\n".join(rows), L


TICKET_TXT = {
    "en": ("Hi, I was charged twice for order {order}. My card is {card} and you can call me on {phone}. Thanks, {name}",
           "Hello, the invoice for order {order} is wrong. Please reply to this address. Regards, {name}"),
    "de": ("Hallo, meine Bestellung {order} wurde doppelt abgebucht. Bitte erstatten Sie den Betrag auf mein Konto {iban}. Sie erreichen mich unter {phone}. Viele Grüße, {name}",
           "Guten Tag, die Lieferung zu Bestellung {order} ist noch nicht angekommen (Sendungsnummer {track}). Mit freundlichen Grüßen"),
    "es": ("Hola, quiero cambiar la tarjeta de mi suscripción. La nueva es {card}. Mi teléfono es {phone}. Saludos, {name}",
           "Hola, el pedido {order} llegó incompleto. Número de seguimiento {track}. Gracias"),
    "fr": ("Bonjour, merci de rembourser la commande {order} sur mon IBAN {iban}. Mon numéro : {phone}. Cordialement, {name}",
           "Bonjour, la facture {order} comporte une erreur de TVA. Cordialement"),
    "pt": ("Olá, fui cobrado duas vezes no pedido {order}. Meu cartão é {card} e meu WhatsApp é {phone}. Obrigado, {name}",
           "Olá, o pedido {order} ainda não chegou. Código de rastreio {track}. Obrigado"),
    "ja": ("お世話になっております。注文番号 {order} の件で、返金先の口座が変わりました。お電話は {phone} までお願いします。{name}",
           "お世話になっております。注文番号 {order} の配送状況を教えてください。追跡番号: {track}"),
}


def t_support_ticket(dirty):
    L = Lab()
    loc = pick(list(TICKET_TXT))
    p = Person({"en": "en", "de": "de", "es": "es", "fr": "fr", "pt": "pt", "ja": "ja"}[loc])
    order = "#%d" % R.randint(100000, 9999999)
    track = pick(["1Z%s%s" % (rs(6, UP + DG), rs(10, DG)), "JD%s" % rs(18, DG), nonluhn(12)])
    if dirty:
        body = TICKET_TXT[loc][0].format(order=order, card=L.cc(card()) if "{card}" in TICKET_TXT[loc][0] else "",
                                         phone=L.ph(p.phone), name=p.name,
                                         iban=L.ib(iban({"de": "DE", "fr": "FR"}.get(loc, "DE"))) if "{iban}" in TICKET_TXT[loc][0] else "", track=track)
        requester = {"name": p.name, "email": L.em(p.email)}
    else:
        body = TICKET_TXT[loc][1].format(order=order, track=track, name=pick(["Kim", "Alex", "R."]))
        requester = {"name": "Customer %d" % R.randint(1000, 9999), "email": doc_email()}
    agent = "Thanks for reaching out! I've refunded the duplicate charge on the card ending %s (•••• %s). Ticket ref %s. — %s, %s" % (
        rs(4, DG), rs(4, DG), uid()[:8], pick(["Sam", "Yuki", "Lea", "Rafa"]), "%s@%s" % (pick(["support", "help", "billing"]), pick(CORP)))
    t = {"ticket": {"id": R.randint(10000, 999999), "subject": pick(["Double charge", "Refund request", "Lieferung fehlt", "Pedido incompleto", "返金について"]),
                    "status": pick(["open", "pending", "solved"]), "created_at": ts(), "requester": requester, "tags": ["billing", loc],
                    "comments": [{"author_id": R.randint(10 ** 9, 10 ** 10), "public": True, "body": body},
                                 {"author_id": R.randint(10 ** 9, 10 ** 10), "public": True, "body": agent}]}}
    return pick(["structured", "raw-result"]), t, L


def t_jira(dirty):
    L = Lab()
    key = "%s-%d" % (pick(["PLAT", "OPS", "DATA", "SEC", "WEB"]), R.randint(10, 9999))
    desc = ["h3. Steps to reproduce", "# Run the export job against prod", "# Observe 401 from upstream"]
    rep = {"accountId": "5b10a2844c20165700ede21g"[:0] + rs(24, HEX), "displayName": "", "active": True, "timeZone": "Europe/Berlin"}
    if dirty:
        p = Person()
        rep["displayName"] = p.latin
        if R.random() < 0.6:
            rep["emailAddress"] = L.em(p.email)
        k = pick(["curl", "env", "conn", "key"])
        if k == "curl":
            desc += ["{code}", "curl -H 'Authorization: Bearer %s' https://api.%s.io/v1/export" % (L.jwt(), pick(ORGS)), "{code}"]
        elif k == "env":
            n, v = L.rand_secret()
            desc += ["Config in the pod: {noformat}%s=%s{noformat}" % (n, v)]
        elif k == "conn":
            desc += ["Error: could not connect to %s" % L.url(conn_url())]
        else:
            desc += ["The key that works locally is %s, prod uses a different one." % pick([L.an, L.oa, L.gk, L.st])()]
    else:
        rep["displayName"] = pick(["Platform Bot", "Former user", "Automation for Jira"])
        desc += ["{code}", "Error: 401 Unauthorized (request-id %s)" % uid(), "at fetchExport (export.ts:88:13)", "{code}",
                 "Token is read from {{EXPORT_TOKEN}} (see vault path secret/data/export). Build %s, commit %s." % ("%d.%d.%d" % (R.randint(1, 3), R.randint(0, 20), R.randint(0, 9)), sha1())]
    issue = {"id": str(R.randint(10000, 99999)), "key": key, "self": "https://%s.atlassian.net/rest/api/3/issue/%s" % (pick(ORGS), key),
             "fields": {"summary": pick(["Export job fails with 401", "Rotate leaked credential", "Nightly sync broken", "Customer import errors"]),
                        "issuetype": {"name": pick(["Bug", "Task", "Incident"])}, "priority": {"name": pick(["High", "Medium"])},
                        "reporter": rep, "created": ts(), "description": "\n".join(desc), "labels": ["prod", "backend"]}}
    return pick(["structured", "raw-result"]), issue, L


def t_linear(dirty):
    L = Lab()
    desc = "## Context\nSync from warehouse fails after the %s upgrade.\n\n" % pick(["dbt 1.8", "Airflow 2.9", "psycopg 3.2"])
    assignee = {"name": pick(["Data Platform", "Unassigned"]), "email": None}
    if dirty:
        p = Person()
        assignee = {"name": p.latin, "email": L.em(p.email)}
        blk = []
        for _ in range(R.randint(1, 3)):
            n, v = L.rand_secret()
            blk.append("%s=%s" % (n, v))
        desc += "Here's my local `.env` (works):\n```\n%s\n```\n" % "\n".join(blk)
    else:
        desc += "Local `.env` uses placeholders:\n```\nWAREHOUSE_URL=postgres://user:password@localhost:5432/dev\nSNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}\nOPENAI_API_KEY=sk-...\n```\nRun id `%s`, digest `sha256:%s`." % (uid(), sha256())
    obj = {"data": {"issue": {"id": uid(), "identifier": "%s-%d" % (pick(["ENG", "DATA", "INF"]), R.randint(10, 2000)), "title": "Warehouse sync failing",
                              "priority": R.randint(1, 4), "state": {"name": pick(["Todo", "In Progress"])}, "assignee": assignee,
                              "description": desc, "createdAt": ts(), "url": "https://linear.app/%s/issue/x" % pick(ORGS)}}}
    return "raw-result", obj, L


def t_stripe_event(dirty):
    L = Lab()
    live = dirty or R.random() < 0.5
    if dirty:
        p = Person()
        cust = {"email": L.em(p.email), "name": p.latin, "phone": L.ph(p.phone) if R.random() < 0.8 else None,
                "address": {"city": pick(["Berlin", "São Paulo", "Osaka", "Austin", "Lyon"]), "country": LOC_CC[p.loc], "line1": "%d %s" % (R.randint(1, 300), pick(["Main St", "Rua Augusta", "Hauptstraße"])), "postal_code": rs(5, DG)}}
    else:
        cust = {"email": pick(["jenny.rosen@example.com", None]), "name": pick(["Jenny Rosen", None]), "phone": None, "address": {"country": "US", "postal_code": "94103"}}
    obj = {"id": "evt_" + rs(24), "object": "event", "api_version": "2024-06-20", "created": R.randint(1704067200, 1767225600),
           "type": pick(["checkout.session.completed", "charge.succeeded", "customer.updated"]), "livemode": live,
           "data": {"object": {"id": "cs_%s_%s" % ("live" if live else "test", rs(58)), "object": "checkout.session", "amount_total": R.randint(500, 90000),
                               "currency": pick(["eur", "usd", "brl", "jpy"]), "customer": "cus_" + rs(14), "customer_details": cust,
                               "payment_intent": "pi_" + rs(24), "payment_method_details": {"card": {"brand": "visa", "last4": rs(4, DG), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031), "fingerprint": rs(16)}}}},
           "request": {"id": "req_" + rs(14), "idempotency_key": uid()}}
    if dirty and R.random() < 0.3:
        obj["data"]["object"]["metadata"] = {"webhook_secret_debug": L.gen("whsec_" + rs(32), ["stripe_key"])}
    sig = "t=%d,v1=%s" % (obj["created"], rs(64, HEX))
    return "raw-result", {"headers": {"Stripe-Signature": sig}, "body": obj}, L


def t_twilio(dirty):
    L = Lab()
    if dirty:
        frm = L.ph(phone(pick(["US", "GB", "BR", "MX", "IN", "DE"])))
        to = L.ph(phone("US"))
        body = pick(["Your verification code is %s" % rs(6, DG), "STOP", "Can you reschedule my appointment to Friday?", "Sí, confirmo la cita"])
    else:
        frm, to = fake_phone(), fake_phone()
        body = "Test message from staging (%s)" % uid()[:8]
    obj = {"ToCountry": "US", "ToState": "CA", "SmsMessageSid": "SM" + rs(32, HEX), "NumMedia": "0", "ToCity": "SAN FRANCISCO",
           "FromZip": "", "SmsSid": "SM" + rs(32, HEX), "FromState": "", "SmsStatus": "received", "FromCity": "", "Body": body,
           "FromCountry": "", "To": to, "MessagingServiceSid": "MG" + rs(32, HEX), "ToZip": "94105", "NumSegments": "1",
           "MessageSid": "SM" + rs(32, HEX), "AccountSid": "AC" + rs(32, HEX), "From": frm, "ApiVersion": "2010-04-01"}
    return "structured", obj, L


def t_slack_api(dirty):
    L = Lab()
    if dirty and R.random() < 0.5:
        team = "T0" + rs(8, UP + DG)
        obj = {"ok": True, "app_id": "A0" + rs(9, UP + DG), "authed_user": {"id": "U0" + rs(9, UP + DG), "scope": "chat:write", "access_token": L.sl("xoxp"), "token_type": "user"},
               "scope": "incoming-webhook,chat:write,channels:read", "token_type": "bot", "access_token": L.sl("xoxb"), "bot_user_id": "U0" + rs(9, UP + DG),
               "team": {"id": team, "name": pick(["Helixpay", "Brightlane", "Tallgrass"])}, "enterprise": None, "is_enterprise_install": False,
               "incoming_webhook": {"channel": "#%s" % pick(["alerts", "deploys", "support-escalations"]), "channel_id": "C0" + rs(9, UP + DG),
                                    "configuration_url": "https://%s.slack.com/services/B0%s" % (pick(ORGS), rs(9, UP + DG)),
                                    "url": L.hook(slack_hook)}}
        if R.random() < 0.5:
            obj["refresh_token"] = L.sl("xoxe-r")
        return "structured", obj, L
    if dirty:
        p = Person()
        prof = {"real_name": p.latin, "display_name": asc(p.first), "email": L.em(p.email), "title": pick(["Staff Engineer", "Account Executive", "Support Lead"]),
                "phone": L.ph(p.phone) if R.random() < 0.7 else "", "image_72": "https://avatars.slack-edge.com/%s/%s_72.png" % (day(), rs(20, HEX))}
        obj = {"ok": True, "user": {"id": "U0" + rs(9, UP + DG), "team_id": "T0" + rs(8, UP + DG), "name": asc(p.first), "tz": "Europe/Berlin", "profile": prof, "is_admin": False}}
        if R.random() < 0.6:
            obj["response_metadata"] = {"warnings": ["superfluous_charset"], "debug_token": L.sl(pick(["xoxb", "xoxp", "xapp", "xoxe"]))}
    else:
        msgs = [{"type": "message", "user": "U0" + rs(9, UP + DG), "text": pick(["deployed %s to prod :rocket:" % sha1()[:7], "rollback done, see <https://grafana.%s.io/d/%s|dashboard>" % (pick(ORGS), rs(9, AN)),
                                                                              "token rotated, new one is in 1Password (don't paste here)", "p95 latency back to 180ms"]),
                 "ts": "%d.%06d" % (R.randint(1704067200, 1767225600), R.randint(0, 999999))} for _ in range(R.randint(2, 4))]
        obj = {"ok": True, "messages": msgs, "has_more": False, "pin_count": 0, "response_metadata": {"next_cursor": base64.b64encode(("team:%s" % rs(9, UP + DG)).encode()).decode()}}
    return "structured", obj, L


def t_sentry(dirty):
    L = Lab()
    hdrs = [["Host", "api.%s.io" % pick(ORGS)], ["User-Agent", "okhttp/4.12.0"], ["X-Forwarded-For", ip()], ["Sentry-Trace", "%s-%s-1" % (rs(32, HEX), rs(16, HEX))]]
    user = {"id": str(R.randint(1, 10 ** 6)), "ip_address": ip()}
    data = {"page": R.randint(1, 9)}
    if dirty:
        if R.random() < 0.7:
            hdrs.append(["Authorization", "Bearer " + L.jwt()])
        if R.random() < 0.5:
            p = Person()
            user["email"] = L.em(p.email)
            data = {"email": p.email, "phone": L.ph(p.phone)}
        if R.random() < 0.4 or not L.items:
            data["api_key"] = L.gen(hexsecret())
    else:
        hdrs.append(["Authorization", "[Filtered]"])
        user["email"] = "[Filtered]"
        data = {"password": "[Filtered]", "card_number": "[Filtered]", "page": 2}
    ev = {"event_id": rs(32, HEX), "level": "error", "platform": "python", "timestamp": ts(), "release": "%s@%s" % (pick(REPOS), sha1()[:12]),
          "exception": {"values": [{"type": pick(["ValueError", "KeyError", "IntegrityError"]), "value": pick(["invalid literal for int() with base 10: 'abc'", "'customer_id'", "duplicate key value violates unique constraint \"orders_pkey\""])}]},
          "request": {"url": "https://api.%s.io/v1/%s" % (pick(ORGS), pick(["signup", "orders", "profile"])), "method": "POST", "headers": hdrs, "data": data},
          "user": user, "contexts": {"trace": {"trace_id": rs(32, HEX), "span_id": rs(16, HEX)}}}
    return pick(["structured", "raw-result"]), ev, L


def t_git_log(dirty):
    L = Lab()
    out = []
    for _ in range(R.randint(2, 5)):
        sha = sha1()
        if dirty and R.random() < 0.8:
            a = Person(pick(["en", "de", "fr", "pt", "in", "ja", "es"]), corp=pick(CORP + [None, None]))
            author = "%s <%s>" % (a.latin, L.em(a.email))
        else:
            author = pick(["dependabot[bot] <%s>" % BOTS[0], "github-actions[bot] <%s>" % BOTS[1], "renovate[bot] <%s>" % BOTS[2]])
        msg = pick(["fix(api): handle empty cursor", "chore(deps): bump golang.org/x/net from 0.23.0 to 0.25.0", "feat: add Pix payment method",
                    "refactor: split billing worker", "docs: update runbook", "perf: batch inserts (%d rows)" % R.randint(100, 5000)])
        out += ["commit %s" % sha, "Author:     %s" % author, "AuthorDate: %s" % ts(), "Commit:     GitHub <noreply@github.com>", "CommitDate: %s" % ts(), "", "    " + msg, ""]
        if dirty and R.random() < 0.6:
            c = Person(pick(["en", "de", "pt", "ja", "mx"]), corp=pick(CORP + [None]))
            out += ["    Co-authored-by: %s <%s>" % (c.latin, L.em(c.email))]
        if R.random() < 0.4:
            out += ["    Signed-off-by: %s" % pick(["dependabot[bot] <support@github.com>", "Release Bot <%s>" % role_email(pick(CORP))])]
        if R.random() < 0.3:
            out += ["    Reviewed-on: https://gerrit.%s.io/c/%s/+/%d" % (pick(ORGS), pick(REPOS), R.randint(1000, 99999)), "    Change-Id: I%s" % sha1()]
        out.append("")
    return "text", "$ git log --format=fuller -n %d\n" % R.randint(2, 5) + "\n".join(out), L


def t_git_show(dirty):
    L = Lab()
    sha = sha1()
    a = Person("en", corp=pick(CORP))
    head = ["commit %s" % sha, "Author: %s <%s>" % (a.latin, L.em(a.email) if dirty else role_email(pick(CORP))), "Date:   Mon %s" % day(), "",
            "    %s" % pick(["wip: local config", "add staging creds for demo", "fix deploy", "bump deps"]), ""]
    if dirty:
        f = pick(["config/settings.py", "deploy/.env.staging", "src/config.ts", "k8s/secret.yaml"])
        adds = []
        for _ in range(R.randint(1, 3)):
            n, v = L.rand_secret()
            adds.append("+%s = \"%s\"" % (n.lower(), v))
        diff = ["diff --git a/%s b/%s" % (f, f), "index %s..%s 100644" % (rs(7, HEX), rs(7, HEX)), "--- a/%s" % f, "+++ b/%s" % f,
                "@@ -%d,6 +%d,%d @@" % (R.randint(1, 80), R.randint(1, 80), 6 + len(adds)), " DEBUG = False", " ALLOWED_HOSTS = [\"*\"]"] + adds + [" LOG_LEVEL = \"info\""]
    else:
        f = pick(["package-lock.json", "go.sum", "poetry.lock"])
        diff = ["diff --git a/%s b/%s" % (f, f), "index %s..%s 100644" % (rs(7, HEX), rs(7, HEX)), "--- a/%s" % f, "+++ b/%s" % f, "@@ -1021,7 +1021,7 @@",
                "-      \"version\": \"1.6.%d\"," % R.randint(0, 8), "+      \"version\": \"1.7.%d\"," % R.randint(0, 8),
                "-      \"integrity\": \"sha512-%s\"," % base64.b64encode(rb(64)).decode(), "+      \"integrity\": \"sha512-%s\"," % base64.b64encode(rb(64)).decode(),
                "-github.com/%s/%s v0.4.1 h1:%s" % (pick(ORGS), pick(REPOS), base64.b64encode(rb(32)).decode()), "+github.com/%s/%s v0.4.2 h1:%s" % (pick(ORGS), pick(REPOS), base64.b64encode(rb(32)).decode()),
                "-api_key = os.environ[\"STRIPE_SECRET_KEY\"]", "+api_key = settings.STRIPE_SECRET_KEY  # loaded from Vault"]
    return "text", "$ git show %s\n" % sha[:10] + "\n".join(head + diff), L


def t_java_trace(dirty):
    L = Lab()
    host = pick(["db-prod-1.internal", "10.0.3.12", "orders.cluster-c9x2kq7ab1cd.eu-west-1.rds.amazonaws.com"])
    out = ["%s ERROR [main] o.s.boot.SpringApplication : Application run failed" % ts()[:23].replace("T", " ")]
    if dirty:
        k = pick(["jdbcpw", "mongo", "url"])
        if k == "jdbcpw":
            pw = L.gen(rs(R.randint(14, 24), AN), ["url_credentials"])
            out += ["org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
                    "Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders_svc\"",
                    "  url=jdbc:postgresql://%s:5432/orders?user=orders_svc&password=%s&sslmode=require" % (host, pw)]
        elif k == "mongo":
            out += ["com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='etl', source='admin', password=<hidden>}",
                    "  connectionString=%s" % L.url(conn_url("mongodb+srv"))]
        else:
            out += ["java.net.ConnectException: Connection refused while connecting to %s" % L.url(conn_url(pick(["amqp", "redis", "mysql"])))]
    else:
        out += ["org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
                "Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders_svc\"",
                "  url=jdbc:postgresql://%s:5432/orders?sslmode=require (credentials from env DB_PASSWORD)" % host,
                "  spring.datasource.password=${DB_PASSWORD}"]
    out += ["\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:%d)" % R.randint(500, 800),
            "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:%d)" % R.randint(100, 300),
            "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:%d)" % R.randint(400, 500),
            "\tat java.base/java.lang.Thread.run(Thread.java:1583)", "\t... %d common frames omitted" % R.randint(10, 60)]
    return "text", "\n".join(out), L


def t_python_tb(dirty):
    L = Lab()
    out = ["Traceback (most recent call last):", "  File \"/app/worker/tasks.py\", line %d, in sync_customers" % R.randint(20, 400),
           "    resp.raise_for_status()", "  File \"/usr/local/lib/python3.12/site-packages/requests/models.py\", line 1024, in raise_for_status",
           "    raise HTTPError(http_error_msg, response=self)"]
    if dirty:
        k = pick(["gmaps", "sqla", "locals", "redis"])
        if k == "gmaps":
            out += ["requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=%s" % (pick(["Rua+Augusta+1508", "Shibuya", "Calle+Mayor+5"]), L.gk())]
        elif k == "sqla":
            u = conn_url("postgresql+psycopg2")
            out += ["sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"10.0.3.12\", port 5432 failed: timeout expired",
                    "(engine url: %s)" % L.url(u), "(Background on this error at: https://sqlalche.me/e/20/e3q8)"]
        elif k == "locals":
            n, v = L.rand_secret(["oa", "an", "st", "gen", "gh"])
            out += ["requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.%s.com/v1/items" % pick(["openai", "anthropic", "stripe", "github"]),
                    "", "Local variables in frame:", "    api_key = %r" % v, "    retries = 3", "    request_id = %r" % uid()]
        else:
            out += ["redis.exceptions.AuthenticationError: invalid username-password pair", "  while connecting to %s" % L.url(conn_url("redis"))]
    else:
        out += ["requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.%s.io/v1/customers?page=3" % pick(ORGS),
                "", "Local variables in frame:", "    api_key = '***redacted***'", "    request_id = '%s'" % uid(), "    sha = '%s'" % sha1()]
    return "text", "\n".join(out), L


def t_node_err(dirty):
    L = Lab()
    k = None
    out = ["AxiosError: Request failed with status code %s" % pick(["401", "403", "429"]),
           "    at settle (/srv/app/node_modules/axios/dist/node/axios.cjs:%d:12)" % R.randint(1900, 2100),
           "    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/dist/node/axios.cjs:%d:11)" % R.randint(3000, 3300), "  config: {"]
    if dirty:
        k = pick(["anth", "oa", "slack", "gen", "st"])
        hv = {"anth": "'x-api-key': '%s'" % (L.an("api03") if True else ""), "oa": "Authorization: 'Bearer %s'" % L.oa() if k == "oa" else "",
              "slack": "Authorization: 'Bearer %s'" % L.sl() if k == "slack" else "", "gen": "'X-Api-Key': '%s'" % L.gen(opaque(40)) if k == "gen" else "",
              "st": "Authorization: 'Bearer %s'" % L.st() if k == "st" else ""}
        # only keep the chosen header; drop labels created for others
        keep = hv[k]
        L.items = [x for x in L.items if x["value"] in keep]
        out += ["    headers: Object [AxiosHeaders] {", "      Accept: 'application/json, text/plain, */*',", "      'Content-Type': 'application/json',",
                "      %s," % keep, "      'User-Agent': 'axios/1.7.2'", "    },"]
    else:
        out += ["    headers: Object [AxiosHeaders] {", "      Accept: 'application/json, text/plain, */*',", "      Authorization: '[REDACTED]',", "      'User-Agent': 'axios/1.7.2'", "    },"]
    url = {"anth": "https://api.anthropic.com/v1/messages", "oa": "https://api.openai.com/v1/chat/completions", "slack": "https://slack.com/api/chat.postMessage",
           "gen": "https://api.%s.io/v2/events" % pick(ORGS), "st": "https://api.stripe.com/v1/payment_intents"}[k if dirty else pick(["anth", "oa", "gen"])]
    out += ["    method: 'post',", "    url: '%s'," % url, "    data: '{\"max_tokens\":1024}'", "  },",
            "  code: 'ERR_BAD_REQUEST',", "  status: 401,", "  requestId: '%s'" % ("req_" + rs(24, AN))]
    return "text", "\n".join(out), L


def t_rust_panic(dirty):
    L = Lab()
    if dirty:
        fields = []
        for _ in range(R.randint(1, 3)):
            n, v = L.rand_secret(["url", "sl", "gen", "hook", "gl", "akid"] if False else ["url", "sl", "gen", "hook", "gl", "aws"])
            fields.append("%s: \"%s\"" % (n.lower(), v))
        msg = "thread 'main' panicked at src/config.rs:%d:%d:\nfailed to validate config: Config { %s, bind: \"0.0.0.0:8080\", workers: %d }" % (
            R.randint(10, 200), R.randint(5, 40), ", ".join(fields), R.randint(1, 16))
    else:
        msg = "thread 'tokio-runtime-worker' panicked at src/ingest/batch.rs:%d:%d:\nindex out of bounds: the len is %d but the index is %d" % (
            R.randint(10, 300), R.randint(5, 40), R.randint(0, 64), R.randint(64, 128))
    bt = ["stack backtrace:", "   0: rust_begin_unwind", "             at /rustc/%s/library/std/src/panicking.rs:%d:5" % (sha1(), R.randint(600, 700)),
          "   1: core::panicking::panic_fmt", "   2: %s::main" % pick(["ingestd", "billing_worker", "edge_proxy"]),
          "note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace."]
    return "text", msg + "\n" + "\n".join(bt), L


def t_env_file(dirty):
    L = Lab()
    lines = ["# production - do not commit", "NODE_ENV=production", "PORT=%d" % pick([3000, 8080, 8000]), "LOG_LEVEL=info",
             "APP_URL=https://app.%s.io" % pick(ORGS), "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51%s" % rs(97),
             "SENTRY_DSN=https://%s@o%d.ingest.us.sentry.io/%d" % (rs(32, HEX), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7)),
             "FEATURE_FLAGS=new_checkout,pix,konbini", "BUILD_ID=%s" % sha1()[:12]]
    kinds = ["aws", "gh", "gl", "sl", "st", "oa", "an", "gk", "gen", "hook", "url", "jwt"]
    for k in R.sample(kinds, R.randint(2, 5)):
        n, v = L.rand_secret([k])
        lines.append("%s=%s" % (n, v))
        if k == "aws":
            lines.append("AWS_SECRET_ACCESS_KEY=%s" % L.asec())
    if R.random() < 0.4:
        lines.append("JWT_PRIVATE_KEY=\"%s\"" % L.pk(pick(["ec", "pkcs8"])))
    rest = lines[1:]
    R.shuffle(rest)
    lines = lines[:1] + rest
    return "text", "$ cat .env\n" + "\n".join(lines), L


def t_env_example(dirty):
    L = Lab()
    lines = ["# Copy to .env and fill in real values", "NODE_ENV=development", "PORT=3000",
             "DATABASE_URL=postgres://%s@localhost:5432/app_dev" % pick(["user:password", "postgres:postgres", "app:changeme", "USER:PASSWORD"]),
             "REDIS_URL=redis://localhost:6379/0", "OPENAI_API_KEY=%s" % pick(["sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-proj-...", "<your-openai-key>", "sk-your-key-here"]),
             "ANTHROPIC_API_KEY=%s" % pick(["sk-ant-api03-...", "sk-ant-xxxxxxxx", "your-anthropic-key"]),
             "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
             "GITHUB_TOKEN=%s" % pick(["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_<your-token>", "${GITHUB_TOKEN}"]),
             "GITLAB_TOKEN=%s" % pick(["glpat-xxxxxxxxxxxxxxxxxxxx", "<gitlab-token>"]),
             "SLACK_BOT_TOKEN=%s" % pick(["xoxb-not-a-real-token-this-will-not-work", "xoxb-your-token", "xoxb-0000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX"]),
             "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
             "STRIPE_SECRET_KEY=%s" % pick(["sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_...", "<stripe-secret-key>"]),
             "STRIPE_PUBLISHABLE_KEY=pk_test_%s" % rs(24), "GOOGLE_MAPS_API_KEY=%s" % pick(["AIza...", "YOUR_API_KEY", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
             "SESSION_SECRET=change-me", "JWT_SECRET=%s" % pick(["<generate with: openssl rand -hex 32>", "${JWT_SECRET}", "replace_me"]),
             "SMTP_PASSWORD=", "SUPPORT_EMAIL=%s" % role_email("example.com"), "TWILIO_FROM=%s" % fake_phone()]
    return "text", "$ cat .env.example\n" + "\n".join(lines), L


def t_openapi(dirty):
    L = Lab()
    ex_key = "sk_test_%s" % ("X" * 24)
    srv = "https://api.%s.io/v1" % pick(ORGS)
    extra = ""
    if dirty:
        k = pick(["key", "srv", "both"])
        if k in ("key", "both"):
            ex_key = L.st("sk_live")
        if k in ("srv", "both"):
            srv = L.url("https://qa:%s@staging-api.%s.io/v1" % (rs(16, AN), pick(ORGS)))
        if R.random() < 0.4:
            p = Person("en", corp=pick(CORP))
            extra = "  contact:\n    name: %s\n    email: %s\n" % (p.latin, L.em(p.email))
    spec = """openapi: 3.0.3
info:
  title: %s API
  version: %d.%d.%d
%s  license: {name: Apache-2.0}
servers:
  - url: %s
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
  schemas:
    Customer:
      type: object
      properties:
        id: {type: string, format: uuid, example: %s}
        email: {type: string, format: email, example: %s}
        phone: {type: string, example: "%s"}
        iban: {type: string, example: "%s"}
        card_number: {type: string, example: "%s", description: Test card number}
        ssn_last4: {type: string, example: "%s"}
        created_at: {type: string, format: date-time, example: "%s"}
paths:
  /customers:
    get:
      parameters:
        - in: header
          name: X-Api-Key
          example: %s
      responses:
        "200": {description: OK}
""" % (pick(["Payments", "CRM", "Orders"]), R.randint(1, 3), R.randint(0, 20), R.randint(0, 9), extra, srv, uid(), doc_email(), fake_phone(),
       pick(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300"]),
       pick(["4242 4242 4242 4242", "4111111111111111", "5555 5555 5555 4444"]), rs(4, DG), ts(), ex_key)
    return "text", spec, L


def t_readme(dirty):
    L = Lab()
    tool = pick(["deploy-bot", "warehouse-sync", "mcp-server-notes", "invoice-cli"])
    env = R.sample(["export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "export SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work",
                    "export ANTHROPIC_API_KEY=sk-ant-api03-...  # from console.anthropic.com", "export OPENAI_API_KEY=<your-openai-key>",
                    "export GITLAB_TOKEN=glpat-<20 characters>", "export STRIPE_SECRET_KEY=sk_test_...", "export GOOGLE_API_KEY=YOUR_API_KEY",
                    "export DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app"], R.randint(3, 6))
    blocks = [["Tokens look like `ghp_` + 36 characters, `glpat-` + 20 characters, Stripe secret keys start with `sk_live_` (never commit them)."],
              ["An example JWT (from jwt.io):", "", "```", JWT_IO, "```"],
              ["Webhook format: `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`."],
              ["Example SSN placeholder in forms: `123-45-6789`; test card `4242 4242 4242 4242`; example IBAN `DE89 3704 0044 0532 0130 00`."],
              ["```", "-----BEGIN RSA PRIVATE KEY-----", "...your key here...", "-----END RSA PRIVATE KEY-----", "```"],
              ["Verify the download: `sha256sum %s-v%d.%d.%d-linux-amd64.tar.gz` → `%s`" % (tool, R.randint(0, 3), R.randint(0, 20), R.randint(0, 9), sha256())],
              ["Container: `ghcr.io/%s/%s@sha256:%s` (commit `%s`)." % (pick(ORGS), tool, sha256(), sha1())],
              ["Rate limits: %d requests/min; request ids look like `req_%s`; idempotency keys are UUIDs such as `%s`." % (R.randint(60, 6000), rs(24, AN), uid())],
              ["If you see `401`, check that the key starts with `sk-ant-` and has not been revoked (keys are shown once, e.g. `sk-ant-api03-****`)."]]
    s = ["# %s" % tool, "", pick(["## Configuration", "## Setup", "## Getting started"]), "", "Set the following environment variables:", "", "```bash"] + env + ["```", ""]
    for b in R.sample(blocks, R.randint(3, 6)):
        s += b + [""]
    s += ["Questions: %s" % role_email(pick(CORP + ["example.com"]))]
    if dirty:
        k = pick(["quick", "curl", "hook"])
        if k == "quick":
            n, v = L.rand_secret(["oa", "an", "gh", "gl", "st", "gk"])
            s += ["", "## Quick start (staging)", "", "```bash", "export %s=%s" % (n, v), "%s sync --env staging" % tool, "```"]
        elif k == "curl":
            s += ["", "## Debugging", "", "```", "curl -H \"Authorization: Bearer %s\" https://staging.%s.io/api/health" % (L.jwt(), pick(ORGS)), "```"]
        else:
            s += ["", "Our team channel hook (please don't spam): %s" % L.hook()]
    return "text", "\n".join(s), L


def jp_addr():
    return pick(["〒150-0002 東京都渋谷区渋谷%d-%d-%d" % (R.randint(1, 4), R.randint(1, 30), R.randint(1, 20)),
                 "〒530-0001 大阪府大阪市北区梅田%d-%d-%d" % (R.randint(1, 3), R.randint(1, 20), R.randint(1, 30)),
                 "〒460-0008 愛知県名古屋市中区栄%d-%d-%d" % (R.randint(1, 5), R.randint(1, 20), R.randint(1, 30))])


def t_jp(dirty):
    L = Lab()
    if dirty:
        p = Person("ja")
        em = p.email
        lines = ["【お客様情報】", "氏名：%s 様（%s）" % (p.name, p.latin), "電話番号：%s" % L.ph(p.phone), "メール：%s" % L.em(em),
                 "住所：%s %sマンション%d号室" % (jp_addr(), pick(["グリーン", "サンライズ", "パーク"]), R.randint(101, 1205)),
                 "ご注文番号：%s-%s" % (rs(3, DG), rs(7, DG)), "お支払い：クレジットカード（末尾 %s）" % rs(4, DG)]
        if R.random() < 0.5:
            lines.append("返金先カード番号：%s" % L.cc(card(pick(["jcb", "visa", "mc"]))))
        if R.random() < 0.4:
            lines.append("緊急連絡先：%s（勤務先）" % L.ph(phone("JP")))
        lines.append("備考：平日%d時以降に連絡希望" % R.randint(17, 20))
    else:
        lines = ["【リリースノート】v%d.%d.%d（%d年%d月%d日）" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), pick([2024, 2025]), R.randint(1, 12), R.randint(1, 28)),
                 "・注文番号 %s-%s の二重計上を修正しました。" % (rs(3, DG), rs(7, DG)), "・ヤマト運輸の追跡番号（例：%s）を表示します。" % "-".join([nonluhn(12)[i:i + 4] for i in (0, 4, 8)]),
                 "・カード番号はマスク表示（**** **** **** %s）になりました。" % rs(4, DG), "・お問い合わせ：%s（平日10:00〜18:00）" % role_email("example.com"),
                 "・ビルド %s / イメージ sha256:%s" % (sha1()[:7], sha256()[:16]), "・サンプル電話番号：%s" % pick(["03-0000-0000", "0120-000-000", "090-0000-0000"])]
    return pick(["text", "structured"]) if False else "text", "\n".join(lines), L


def t_br(dirty):
    L = Lab()
    if dirty:
        p = Person("pt")
        lines = ["Cadastro de cliente", "Nome: %s" % p.name, "CPF: %s" % cpf(), "Celular: %s" % L.ph(p.phone), "E-mail: %s" % L.em(p.email),
                 "Endereço: %s, %d - %s, %s - %s, %s-%s" % (pick(["Rua Augusta", "Av. Paulista", "Rua das Flores", "Av. Atlântica"]), R.randint(1, 2500), pick(["Consolação", "Bela Vista", "Copacabana"]),
                                                          pick(["São Paulo", "Rio de Janeiro", "Curitiba"]), pick(["SP", "RJ", "PR"]), rs(5, DG), rs(3, DG))]
        k = pick(["iban", "pix", "card"])
        if k == "iban":
            lines.append("Conta para reembolso (IBAN): %s" % L.ib(iban("BR")))
        elif k == "pix":
            lines.append("Chave Pix: %s" % (L.em(p.email) if R.random() < 0.5 else L.ph(p.phone)))
        else:
            lines.append("Cartão: %s (validade %02d/%02d)" % (L.cc(card(pick(["visa", "mc"]))), R.randint(1, 12), R.randint(26, 31)))
        wrap = pick(["text", "structured"])
        if wrap == "structured":
            return wrap, {"crm": "rd-station", "exported_at": ts(), "record": "\n".join(lines)}, L
        return wrap, "\n".join(lines), L
    lines = ["Nota Fiscal Eletrônica - DANFE", "Emitente: Padaria Boa Vista Ltda - CNPJ %s.%s.%s/0001-%s" % (rs(2, DG), rs(3, DG), rs(3, DG), rs(2, DG)),
             "Chave de acesso: %s" % " ".join(rs(4, DG) for _ in range(11)), "Protocolo de autorização: %s %s" % (rs(15, DG), day()),
             "Boleto (linha digitável): %s.%s %s.%s %s.%s %s %s" % (rs(5, DG), rs(5, DG), rs(5, DG), rs(6, DG), rs(5, DG), rs(6, DG), rs(1, DG), rs(14, DG)),
             "Valor total: R$ %d,%02d" % (R.randint(10, 9000), R.randint(0, 99)), "Código de rastreio: %s%sBR" % (rs(2, UP), rs(9, DG)),
             "Atendimento: %s" % role_email("example.com")]
    return "text", "\n".join(lines), L


def curp():
    return rs(4, UP) + rs(6, DG) + pick("HM") + rs(5, UP) + rs(1, UP + DG) + rs(1, DG)


def t_mx(dirty):
    L = Lab()
    if dirty:
        p = Person("mx")
        lines = ["Ficha de cliente", "Nombre: %s" % p.name, "CURP: %s" % curp(), "RFC: %s" % (rs(4, UP) + rs(6, DG) + rs(3, UP + DG)),
                 "Teléfono: %s" % L.ph(p.phone), "Correo: %s" % L.em(p.email),
                 "Domicilio: %s %d, Col. %s, C.P. %s, %s" % (pick(["Av. Insurgentes Sur", "Calle Madero", "Av. Vallarta"]), R.randint(1, 3000), pick(["Del Valle", "Centro", "Americana"]), rs(5, DG), pick(["CDMX", "Guadalajara, Jal.", "Monterrey, N.L."])),
                 "CLABE: %s" % nonluhn(18, "0")]
        if R.random() < 0.5:
            lines.append("Tarjeta registrada: %s" % L.cc(card()))
        if R.random() < 0.4:
            lines.append("Cuenta en España (IBAN): %s" % L.ib(iban("ES")))
    else:
        lines = ["Factura CFDI 4.0", "Folio fiscal (UUID): %s" % uid().upper(), "RFC emisor: %s" % (rs(3, UP) + rs(6, DG) + rs(3, UP + DG)),
                 "Régimen fiscal: 601", "Subtotal: $%d.%02d MXN" % (R.randint(100, 90000), R.randint(0, 99)), "IVA 16%%: $%d.%02d" % (R.randint(10, 9000), R.randint(0, 99)),
                 "No. de serie del certificado: %s" % rs(20, DG), "Número de guía: %s" % nonluhn(12), "Contacto: %s" % role_email("example.com")]
    return "text", "\n".join(lines), L


def t_in(dirty):
    L = Lab()
    if dirty:
        p = Person("in")
        lines = ["KYC details", "Name: %s" % p.name, "Mobile: %s" % L.ph(p.phone), "Email: %s" % L.em(p.email),
                 "PAN: %s" % (rs(5, UP) + rs(4, DG) + rs(1, UP)), "UPI: %s@ok%s" % (asc(p.first), pick(["hdfcbank", "sbi", "axis"])),
                 "IFSC: %s0%s" % (pick(["HDFC", "SBIN", "ICIC"]), rs(6, DG)),
                 "Address: Flat %d, %s, %s %s" % (R.randint(101, 1204), pick(["Sai Residency", "Prestige Shantiniketan", "Lodha Park"]), pick(["Andheri East, Mumbai", "Whitefield, Bengaluru", "Gachibowli, Hyderabad"]), rs(6, DG))]
        if R.random() < 0.5:
            lines.append("Alternate: %s" % L.ph(phone("IN")))
        if R.random() < 0.3:
            lines.append("Card on file: %s" % L.cc(card(pick(["visa", "mc"]))))
    else:
        lines = ["Tax Invoice", "GSTIN: %s%s%sZ%s" % (rs(2, DG), rs(5, UP), rs(4, DG), rs(2, UP + DG)), "Invoice No: INV/%d-%d/%05d" % (24, 25, R.randint(0, 99999)),
                 "HSN: %s" % rs(8, DG), "Taxable value: ₹%d.%02d" % (R.randint(100, 900000), R.randint(0, 99)), "CGST 9%%: ₹%d.%02d" % (R.randint(10, 90000), R.randint(0, 99)),
                 "AWB: %s" % nonluhn(13), "Support: %s" % role_email("example.com")]
    return "text", "\n".join(lines), L


EU_LETTERS = {
    "de": "Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie die Rückerstattung für Rechnung %s auf folgendes Konto:\nKontoinhaber: %s\nIBAN: %s\n\nBei Rückfragen erreichen Sie mich unter %s oder per E-Mail an %s.\n\nMit freundlichen Grüßen\n%s",
    "fr": "Madame, Monsieur,\n\nVeuillez effectuer le remboursement de la facture %s sur le compte suivant :\nTitulaire : %s\nIBAN : %s\n\nJe reste joignable au %s ou par courriel à %s.\n\nCordialement,\n%s",
    "es": "Estimados señores:\n\nLes ruego que realicen el reembolso de la factura %s a la siguiente cuenta:\nTitular: %s\nIBAN: %s\n\nPueden contactarme en el %s o en %s.\n\nAtentamente,\n%s",
    "pt": "Prezados,\n\nSolicito o reembolso da fatura %s para a conta abaixo:\nTitular: %s\nIBAN: %s\n\nContato: %s / %s\n\nAtenciosamente,\n%s",
}
EU_CLEAN = {
    "de": "Hinweis zur Umstellung auf SEPA: Die Beispiel-IBAN DE89 3704 0044 0532 0130 00 dient nur zur Veranschaulichung. Rechnungsnummer %s, Version %s, Support: %s. Eine ungültige Eingabe wie %s wird abgelehnt.",
    "fr": "Note : l'IBAN d'exemple FR14 2004 1010 0505 0001 3M02 606 est fictif. Facture %s, version %s, contact : %s. Une saisie invalide comme %s est rejetée.",
    "es": "Nota: el IBAN de ejemplo ES91 2100 0418 4502 0005 1332 es ficticio. Factura %s, versión %s, contacto: %s. Un valor no válido como %s se rechaza.",
    "pt": "Observação: o IBAN de exemplo PT50 0002 0123 1234 5678 9015 4 é ilustrativo. Fatura %s, versão %s, contato: %s. Um valor inválido como %s é rejeitado.",
}


def t_eu_letter(dirty):
    L = Lab()
    loc = pick(list(EU_LETTERS))
    inv = "%s-%d-%05d" % (pick(["RE", "FA", "FT", "NF"]), pick([2024, 2025]), R.randint(0, 99999))
    if dirty:
        p = Person(loc if loc != "pt" else "pt")
        cc = {"de": pick(["DE", "AT", "CH", "LU"]), "fr": pick(["FR", "BE", "LU", "CH"]), "es": pick(["ES", "PT", "IT"]), "pt": pick(["PT", "BR"])}[loc]
        ph = L.ph(phone({"de": "DE", "fr": "FR", "es": "ES", "pt": pick(["BR", "ES"])}[loc]))
        txt = EU_LETTERS[loc] % (inv, p.name, L.ib(iban(cc)), ph, L.em(p.email), p.name)
        if R.random() < 0.3:
            txt += "\n\nPS: %s" % {"de": "Meine alte IBAN %s bitte löschen.", "fr": "Merci de supprimer mon ancien IBAN %s.", "es": "Borren mi IBAN anterior %s.", "pt": "Apaguem o IBAN antigo %s."}[loc] % L.ib(iban(pick(["NL", "IE", "BE", "GB", "SE", "PL", "MT", "CY", "GR", "HR", "SI", "LT", "LV", "EE", "FI", "DK", "NO", "CZ", "SK", "HU", "RO", "BG", "IS"])))
    else:
        txt = EU_CLEAN[loc] % (inv, "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)), role_email("example.com"), iban(pick(["DE", "FR", "ES", "PT", "IT", "NL"]), valid=False))
    if not dirty and R.random() < 0.5:
        return "structured", {"locale": loc, "kind": "help_article", "body": txt, "updated_at": ts()}, L
    return "text", txt, L


def t_k8s(dirty):
    L = Lab()
    name = pick(["app-db-credentials", "api-keys", "smtp", "registry-creds", "oauth-proxy"])
    if dirty:
        data = []
        for k in R.sample(["password", "api-key", "token", "sa-token"], R.randint(1, 3)):
            if k == "sa-token":
                v = L.gen(base64.b64encode(jwt().encode()).decode(), ["jwt"])
            else:
                v = L.gen(base64.b64encode(pick([password, lambda: rs(32, AN), hexsecret])().encode()).decode())
            data.append("  %s: %s" % (k, v))
        data.append("  username: %s" % base64.b64encode(pick([b"app", b"admin", b"svc_orders"])).decode())
        body = "apiVersion: v1\ndata:\n%s\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\ntype: Opaque" % (
            "\n".join(data), name, pick(["prod", "payments", "default"]), R.randint(10 ** 6, 10 ** 8), uid())
        if R.random() < 0.3:
            body += "\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-%s\nstringData:\n  tls.key: |\n%s" % (pick(REPOS), "\n".join("    " + l for l in L.pk(pick(["rsa", "ec", "pkcs8"])).split("\n")))
            # indentation changes the block; register the indented text instead
            L.items = [x for x in L.items if x["type"] != "private_key"]
            blk = body.split("tls.key: |\n", 1)[1]
            L.add("private_key", blk.strip())
        return "text", "$ kubectl get secret %s -o yaml\n%s" % (name, body), L
    body = "apiVersion: v1\ndata:\n  APP_ENV: %s\n  LOG_LEVEL: info\n  FEATURE_FLAGS: %s\n  CONFIG_SHA: %s\nkind: ConfigMap\nmetadata:\n  name: %s-config\n  uid: %s\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '%s'\n---\n%s" % (
        base64.b64encode(b"production").decode(), base64.b64encode(b"new_checkout,pix").decode(), sha256(), pick(REPOS), uid(),
        json.dumps({"apiVersion": "v1", "kind": "ConfigMap"}), public_cert())
    return "text", "$ kubectl get cm,secret -o yaml\n" + body, L


def t_aws_cli(dirty):
    L = Lab()
    if dirty:
        out = ["$ cat ~/.aws/credentials", "[default]", "aws_access_key_id = %s" % L.akid("AKIA"), "aws_secret_access_key = %s" % L.asec()]
        if R.random() < 0.6:
            out += ["", "[prod-admin]", "aws_access_key_id = %s" % L.akid("ASIA"), "aws_secret_access_key = %s" % L.asec(),
                    "aws_session_token = %s" % L.gen("IQoJb3JpZ2luX2Vj" + rs(300, B64), ["aws_secret_access_key"])]
        out += ["", "$ aws configure list", "      Name                    Value             Type    Location", "   profile                <not set>             None    None",
                "access_key     ****************%s shared-credentials-file" % rs(4, UP + DG), "secret_key     ****************%s shared-credentials-file" % rs(4, AN)]
    else:
        acct = str(R.randint(10 ** 11, 10 ** 12 - 1))
        out = ["$ aws sts get-caller-identity", json.dumps({"UserId": "AIDA" + rs(17, UP + "234567"), "Account": acct, "Arn": "arn:aws:iam::%s:user/ci-deployer" % acct}, indent=4),
               "$ aws configure list", "      Name                    Value             Type    Location", "access_key     ****************%s shared-credentials-file" % rs(4, UP + DG),
               "secret_key     ****************%s shared-credentials-file" % rs(4, AN), "    region                eu-west-1      config-file    ~/.aws/config",
               "$ aws iam list-access-keys --user-name ci-deployer --query 'AccessKeyMetadata[].{Id:AccessKeyId,Status:Status}'",
               "[{\"Id\": \"AKIAIOSFODNN7EXAMPLE\", \"Status\": \"Inactive\"}]", "$ aws s3 ls s3://%s-artifacts/releases/ | tail -2" % pick(ORGS),
               "%s %s %d %s.tar.gz" % (day(), "12:00:01", R.randint(10 ** 5, 10 ** 8), sha1())]
    return "text", "\n".join(out), L


def t_terraform(dirty):
    L = Lab()
    if dirty:
        res = {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
               "instances": [{"schema_version": 0, "attributes": {"id": L.akid("AKIA"), "secret": L.asec(), "status": "Active", "user": "ci-deployer",
                                                                  "ses_smtp_password_v4": L.gen(base64.b64encode(rb(33)).decode(), ["aws_secret_access_key"]), "create_date": ts()},
                              "sensitive_attributes": []}]}
        extra = []
        if R.random() < 0.5:
            extra = [{"mode": "managed", "type": "random_password", "name": "db", "instances": [{"attributes": {"id": "none", "result": L.gen(password()), "length": 24}}]}]
        st = {"version": 4, "terraform_version": "1.8.%d" % R.randint(0, 5), "serial": R.randint(1, 400), "lineage": uid(), "outputs": {}, "resources": [res] + extra}
        return "text", "$ terraform state pull\n" + json.dumps(st, indent=2), L
    plan = ["Terraform will perform the following actions:", "", "  # aws_iam_access_key.ci will be created", "  + resource \"aws_iam_access_key\" \"ci\" {",
            "      + create_date          = (known after apply)", "      + id                   = (known after apply)", "      + secret               = (sensitive value)",
            "      + ses_smtp_password_v4 = (sensitive value)", "      + user                 = \"ci-deployer\"", "    }", "",
            "  # aws_db_instance.main will be updated in-place", "  ~ resource \"aws_db_instance\" \"main\" {", "      ~ engine_version = \"16.%d\" -> \"16.%d\"" % (R.randint(1, 3), R.randint(3, 6)),
            "        id             = \"db-%s\"" % rs(26, UP + DG), "      ~ password       = (sensitive value)", "    }", "",
            "Plan: 1 to add, 1 to change, 0 to destroy.", "", "Saved the plan to: tfplan (sha256 %s)" % sha256()]
    return "text", "\n".join(plan), L


def t_nginx(dirty):
    L = Lab()
    out = []
    for _ in range(R.randint(4, 9)):
        path = pick(["/static/app.%s.js" % rs(8, HEX), "/api/v1/orders/%d" % R.randint(1000, 99999), "/healthz", "/?utm_source=newsletter&utm_campaign=spring%d" % R.randint(1, 99),
                     "/img/logo.svg?v=%s" % rs(7, HEX), "/api/v1/search?q=%s" % pick(["boots", "isbn+" + isbn13(), "order+" + nonluhn(16, "5")])])
        out.append("%s - - [%02d/Mar/2025:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" %s %d \"-\" \"%s\" rt=%.3f" % (ip(), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), path,
                   pick(["200", "200", "304", "404"]), R.randint(100, 90000), pick(["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "kube-probe/1.30"]), R.random()))
    if dirty:
        for _ in range(R.randint(1, 2)):
            k = pick(["apikey", "reset", "jwt", "gk", "basic"])
            if k == "apikey":
                path = "/api/v1/export?api_key=%s&format=csv" % L.gen(opaque(32))
            elif k == "reset":
                path = "/account/reset-password?token=%s" % L.gen(rs(43, B64URL))
            elif k == "jwt":
                path = "/ws?access_token=%s" % L.jwt()
            elif k == "gk":
                path = "/maps/embed?key=%s&q=warehouse" % L.gk()
            else:
                path = "/feeds/orders.xml"
            line = "%s - %s [%02d/Mar/2025:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" 200 %d \"-\" \"python-requests/2.32.3\"" % (
                ip(), pick(["-", "etl"]), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), path, R.randint(100, 90000))
            if k == "basic":
                line += " referer=\"%s\"" % L.url("https://etl:%s@feeds.%s.io/orders.xml" % (rs(18, AN), pick(ORGS)))
            out.insert(R.randint(0, len(out)), line)
    return "text", "\n".join(out), L


def t_firebase(dirty):
    L = Lab()
    proj = "%s-%s" % (pick(ORGS), pick(["prod", "web", "app"]))
    sender = nonluhn(12)
    key = L.gk() if dirty else pick(["process.env.NEXT_PUBLIC_FIREBASE_API_KEY", "import.meta.env.VITE_FIREBASE_API_KEY"])
    q = "\"" if dirty else ""
    js = """// src/lib/firebase.ts
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: %s%s%s,
  authDomain: "%s.firebaseapp.com",
  projectId: "%s",
  storageBucket: "%s.appspot.com",
  messagingSenderId: "%s",
  appId: "1:%s:web:%s",
  measurementId: "G-%s"
};

export const app = initializeApp(firebaseConfig);""" % (q, key, q, proj, proj, proj, sender, sender, rs(22, HEX), rs(10, UP + DG))
    if dirty and R.random() < 0.4:
        js += "\n// server-side only\nexport const MAPS_SERVER_KEY = \"%s\";" % L.gk()
    return "text", js, L


def t_gcp_sa(dirty):
    L = Lab()
    proj = "%s-%s-%d" % (pick(ORGS), pick(["prod", "data"]), R.randint(100000, 999999))
    sa = {"type": "service_account", "project_id": proj, "private_key_id": rs(40, HEX),
          "private_key": (L.pk("pkcs8") + "\n") if dirty else "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n",
          "client_email": "%s@%s.iam.gserviceaccount.com" % (pick(["deployer", "bq-loader", "terraform"]), proj), "client_id": rs(21, DG),
          "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs", "universe_domain": "googleapis.com"}
    if not dirty:
        sa["private_key"] = pick([sa["private_key"], "${GCP_SA_PRIVATE_KEY}"])
    return "structured", sa, L


def t_ssh(dirty):
    L = Lab()
    if dirty:
        kind = pick(["openssh", "openssh", "rsa", "ec", "encrypted", "rsa-enc"])
        f = {"openssh": "id_ed25519", "rsa": "id_rsa", "ec": "deploy_ec.pem", "encrypted": "server.key", "rsa-enc": "legacy_rsa"}[kind]
        out = "$ ls -la ~/.ssh\n-rw-------  1 deploy deploy  %d %s\n-rw-r--r--  1 deploy deploy  %d %s.pub\n$ cat ~/.ssh/%s\n%s" % (
            R.randint(400, 3300), f, R.randint(90, 750), f, f, L.pk(kind))
        return "text", out, L
    out = "$ cat ~/.ssh/id_ed25519.pub\n%s\n$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:%s %s (ED25519)\n$ head -3 ~/.ssh/known_hosts\n|1|%s|%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s\n$ openssl req -in server.csr -noout -subject\nsubject=CN = api.%s.io\n$ cat server.pub\n%s" % (
        ssh_pub(), base64.b64encode(rb(32)).decode().rstrip("="), doc_email(), base64.b64encode(rb(20)).decode(), base64.b64encode(rb(20)).decode(), rs(43, B64),
        pick(ORGS), public_key_pem())
    return "text", out, L


def t_lockfile(dirty):
    L = Lab()
    kind = pick(["npm", "go", "pip", "cargo", "docker"])
    if kind == "npm":
        pk = {"packages": {"node_modules/%s" % n: {"version": "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 30)),
                                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n), "integrity": "sha512-" + base64.b64encode(rb(64)).decode(), "license": "MIT"}
                           for n in R.sample(["axios", "zod", "lodash", "uuid", "jose", "date-fns", "pg", "stripe"], 4)}}
        return "raw-result", pk, L
    if kind == "go":
        t = "\n".join("%s v%d.%d.%d h1:%s" % (m, R.randint(0, 2), R.randint(0, 40), R.randint(0, 9), base64.b64encode(rb(32)).decode())
                      for m in ["github.com/aws/aws-sdk-go-v2", "golang.org/x/crypto", "github.com/stripe/stripe-go/v78", "github.com/slack-go/slack", "github.com/golang-jwt/jwt/v5"])
    elif kind == "pip":
        t = "\n".join("%s==%d.%d.%d \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (m, R.randint(0, 5), R.randint(0, 40), R.randint(0, 9), sha256(), sha256())
                      for m in ["boto3", "stripe", "openai", "anthropic", "pyjwt", "cryptography"])
    elif kind == "cargo":
        t = "\n".join("[[package]]\nname = \"%s\"\nversion = \"%d.%d.%d\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n" % (m, R.randint(0, 2), R.randint(0, 40), R.randint(0, 9), sha256())
                      for m in ["jsonwebtoken", "aws-sdk-s3", "ring", "rustls", "tokio"])
    else:
        t = "\n".join("%s@sha256:%s  %s  %dMB" % (m, sha256(), ts()[:10], R.randint(5, 900)) for m in ["ghcr.io/%s/api" % pick(ORGS), "postgres:16-alpine", "redis:7", "python:3.12-slim"])
        t = "$ docker images --digests\n" + t + "\nAKIA-style tag? no: image id %s" % sha1()[:12]
    return "text", t, L


def t_stripe_cli(dirty):
    L = Lab()
    acct = "acct_1" + rs(15)
    if dirty:
        lines = ["$ stripe config --list", "[%s]" % pick(["default", "helixpay", "prod"]), "  account_id = \"%s\"" % acct,
                 "  device_name = \"%s\"" % pick(["mbp-dev", "ci-runner-2", "build-box"]), "  display_name = \"%s\"" % pick(["Helixpay", "Brightlane Store", "Tallgrass"])]
        if R.random() < 0.75:
            lines.append("  live_mode_api_key = \"%s\"" % L.st(pick(["rk_live", "sk_live"])))
        lines += ["  live_mode_key_expires_at = \"%s\"" % day(), "  live_mode_pub_key = \"pk_live_51%s\"" % rs(97)]
        if R.random() < 0.6 or not L.items:
            lines.append("  test_mode_api_key = \"%s\"" % L.st("sk_test"))
        lines += ["  test_mode_key_expires_at = \"%s\"" % day(), "  test_mode_pub_key = \"pk_test_51%s\"" % rs(97)]
        if R.random() < 0.4:
            lines += ["$ stripe listen --forward-to localhost:4242/webhook", "> Ready! Your webhook signing secret is %s (^C to quit)" % L.gen("whsec_" + rs(32, HEX + "0123456789"), ["stripe_key"])]
    else:
        lines = ["$ stripe trigger payment_intent.succeeded", "Setting up fixture for: payment_intent", "Running fixture for: payment_intent",
                 "Trigger succeeded! Check dashboard for event details.", "$ stripe events list --limit 2 | jq '.data[].id'",
                 "\"evt_%s\"" % rs(24), "\"evt_%s\"" % rs(24), "$ stripe config --list", "  account_id = \"%s\"" % acct,
                 "  test_mode_api_key = \"sk_test_************************%s\"" % rs(4), "  test_mode_pub_key = \"pk_test_51%s\"" % rs(97),
                 "  live_mode_api_key = \"rk_live_************************%s\"" % rs(4)]
    return "text", "\n".join(lines), L


def t_llm_gateway(dirty):
    L = Lab()
    prov = pick(["anthropic", "anthropic", "anthropic", "openai", "openai", "google"])
    url = {"anthropic": "https://api.anthropic.com/v1/messages", "openai": "https://api.openai.com/v1/chat/completions",
           "google": "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent"}[prov]
    model = {"anthropic": "claude-3-5-sonnet-20241022", "openai": "gpt-4o-2024-08-06", "google": "gemini-1.5-pro"}[prov]
    if dirty:
        if prov == "anthropic":
            h = "-H 'x-api-key: %s' -H 'anthropic-version: 2023-06-01'" % L.an()
        elif prov == "openai":
            h = "-H 'Authorization: Bearer %s'" % L.oa()
        else:
            url += "?key=" + L.gk()
            h = ""
    else:
        h = {"anthropic": "-H 'x-api-key: sk-ant-api03-%s********************' -H 'anthropic-version: 2023-06-01'" % rs(4),
             "openai": "-H 'Authorization: Bearer sk-proj-%s****************'" % rs(4), "google": ""}[prov]
        if prov == "google":
            url += "?key=AIza****"
    lines = ["%s - litellm.proxy - DEBUG - Request received: model=%s call_id=%s" % (ts()[:23], model, uid()),
             "POST Request Sent from LiteLLM:", "curl -X POST \\", "%s \\" % url, "-H 'content-type: application/json' %s \\" % h,
             "-d '{\"model\": \"%s\", \"max_tokens\": 1024, \"messages\": [{\"role\": \"user\", \"content\": \"Summarise ticket %d\"}]}'" % (model, R.randint(1000, 99999)),
             "%s - litellm.proxy - INFO - %s 200 OK in %dms, usage: input_tokens=%d output_tokens=%d" % (ts()[:23], model, R.randint(300, 9000), R.randint(100, 9000), R.randint(10, 900)),
             "%s - litellm.proxy - DEBUG - spend logged: $%.5f team_id=%s" % (ts()[:23], R.random(), uid())]
    if dirty and R.random() < 0.35:
        lines.append("%s - litellm.proxy - WARNING - fallback key in config: %s" % (ts()[:23], pick([L.an, L.oa])()))
    return "text", "\n".join(lines), L


def t_mcp_config(dirty):
    L = Lab()
    servers = {"filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/dev/projects"]}}
    if dirty:
        for k in R.sample(["github", "postgres", "slack", "brave", "anthropic", "gitlab", "maps", "openai"], R.randint(1, 3)):
            if k == "github":
                servers["github"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": L.gh(pick(["ghp", "fine"]))}}
            elif k == "postgres":
                servers["postgres"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", L.url(conn_url("postgresql"))]}
            elif k == "slack":
                servers["slack"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-slack"], "env": {"SLACK_BOT_TOKEN": L.sl("xoxb"), "SLACK_TEAM_ID": "T0" + rs(8, UP + DG)}}
            elif k == "brave":
                servers["brave-search"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"], "env": {"BRAVE_API_KEY": L.gen("BSA" + rs(28, AN))}}
            elif k == "anthropic":
                servers["claude-proxy"] = {"command": "uvx", "args": ["claude-proxy"], "env": {"ANTHROPIC_API_KEY": L.an("api03")}}
            elif k == "gitlab":
                servers["gitlab"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-gitlab"], "env": {"GITLAB_PERSONAL_ACCESS_TOKEN": L.gl("glpat"), "GITLAB_API_URL": "https://gitlab.com/api/v4"}}
            elif k == "openai":
                servers["openai-tools"] = {"command": "uvx", "args": ["mcp-openai"], "env": {"OPENAI_API_KEY": L.oa(pick(["proj", "svcacct"]))}}
            else:
                servers["google-maps"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-google-maps"], "env": {"GOOGLE_MAPS_API_KEY": L.gk()}}
    else:
        servers["github"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>"}}
        servers["postgres"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://localhost/mydb"]}
        servers["slack"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-slack"], "env": {"SLACK_BOT_TOKEN": "xoxb-your-bot-token", "SLACK_TEAM_ID": "T01234567"}}
        servers["anthropic"] = {"command": "uvx", "args": ["claude-proxy"], "env": {"ANTHROPIC_API_KEY": "${ANTHROPIC_API_KEY}"}}
    cfg = {"mcpServers": servers}
    return pick(["structured", "raw-result"]), cfg, L


# ================================================================ plan
# (template, function, documents, share of clean documents)
PLAN = [
    ("gha-log", t_gha_log, 11, 0.45), ("gitlab-ci-log", t_gitlab_ci, 10, 0.4), ("curl-verbose", t_curl_verbose, 12, 0.35),
    ("har-entry", t_har, 8, 0.4), ("postman-collection", t_postman, 8, 0.4), ("npmrc", t_npmrc, 7, 0.4),
    ("pypirc-netrc-pipconf", t_pypirc_netrc, 9, 0.35), ("docker-config", t_docker_config, 6, 0.5), ("dockerfile", t_dockerfile, 9, 0.45),
    ("docker-inspect", t_docker_inspect, 8, 0.4), ("helm-values", t_helm_values, 9, 0.4), ("ansible-vars", t_ansible, 7, 0.45),
    ("jupyter-output", t_jupyter, 9, 0.35), ("sql-result", t_sql_result, 11, 0.45), ("pandas-df", t_pandas, 8, 0.5),
    ("sql-dump", t_sql_dump, 8, 0.4), ("crm-csv", t_crm_csv, 8, 0.35), ("hr-csv", t_hr_csv, 8, 0.35),
    ("support-ticket", t_support_ticket, 11, 0.4), ("jira-issue", t_jira, 9, 0.45), ("linear-issue", t_linear, 7, 0.45),
    ("stripe-event", t_stripe_event, 8, 0.45), ("twilio-webhook", t_twilio, 7, 0.45), ("slack-api", t_slack_api, 10, 0.45),
    ("sentry-event", t_sentry, 8, 0.45), ("git-log", t_git_log, 9, 0.45), ("git-show", t_git_show, 8, 0.5),
    ("java-stacktrace", t_java_trace, 8, 0.45), ("python-traceback", t_python_tb, 9, 0.4), ("node-error", t_node_err, 8, 0.4),
    ("rust-panic", t_rust_panic, 7, 0.45), ("dotenv", t_env_file, 9, 0.0), ("dotenv-example", t_env_example, 8, 1.0),
    ("openapi-spec", t_openapi, 8, 0.75), ("readme-md", t_readme, 9, 0.65), ("jp-customer", t_jp, 8, 0.4),
    ("br-customer", t_br, 8, 0.4), ("mx-customer", t_mx, 7, 0.4), ("in-customer", t_in, 7, 0.4),
    ("eu-letter", t_eu_letter, 9, 0.4), ("k8s-secret", t_k8s, 8, 0.45), ("aws-cli", t_aws_cli, 8, 0.45),
    ("terraform", t_terraform, 7, 0.45), ("nginx-log", t_nginx, 8, 0.45), ("firebase-config", t_firebase, 7, 0.45),
    ("gcp-service-account", t_gcp_sa, 8, 0.4), ("ssh-keys", t_ssh, 12, 0.4), ("lockfile-digests", t_lockfile, 7, 1.0),
    ("stripe-cli", t_stripe_cli, 8, 0.4), ("llm-gateway-log", t_llm_gateway, 11, 0.4), ("mcp-config", t_mcp_config, 8, 0.4),
]

# ================================================================ self-check
SECRET_PATTERNS = [
    r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"github_pat_\w{82}", r"\bgl(?:pat|dt|rt|ptt|cbt|ft|oas)-[\w.-]{20,}",
    r"\bxox[bpaser]-[\w-]{10,}", r"xoxe\.xoxp-[\w-]+", r"\bxapp-[\w-]{20,}", r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}",
    r"\bsk-(?:proj|svcacct|admin)-[\w-]{20,}", r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b", r"\bsk-ant-[\w-]{20,}",
    r"\bAIza[\w-]{35}", r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}",
    r"-----BEGIN[A-Z ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END[A-Z ]*PRIVATE KEY(?: BLOCK)?-----",
    r"https://hooks\.slack\.com/services/[\w/]+", r"https://discord(?:app)?\.com/api/webhooks/[\w/-]+",
    r"https://[\w-]+\.webhook\.office\.com/[\w/@-]+", r"https://hooks\.zapier\.com/hooks/catch/[\w/]+",
    r"\b[a-z][a-z0-9+.-]*://[^\s:@/\"']+:[^\s@/\"']+@[^\s\"']+",
]
PLACEHOLDER_MARKS = ["EXAMPLE", "xxxx", "XXXX", "0000000", "not-a-real", "your", "<", "${", "...", "user:password", "postgres:postgres",
                     "app:changeme", "USER:PASSWORD"]
RESERVED = ("example.com", "example.org", "example.net")


def strings_of(wrap, doc):
    out = []

    def walk(o, depth):
        if isinstance(o, str):
            out.append(o)
            if depth < 3 and o[:1] in "[{":
                try:
                    walk(json.loads(o), depth + 1)
                except ValueError:
                    pass
        elif isinstance(o, dict):
            for k, v in o.items():
                out.append(k)
                walk(v, depth)
        elif isinstance(o, list):
            for v in o:
                walk(v, depth)
    walk(doc, 0)
    return out


def audit(wrap, doc, labels):
    probs = []
    strs = strings_of(wrap, doc)
    hay = "\n\x00\n".join(strs)
    vals = [x["value"] for x in labels]
    for x in labels:
        v, t = x["value"], x["type"]
        if not any(v in s for s in strs):
            probs.append("label not found: %s %r" % (t, v[:40]))
        if t == "payment_card" and not luhn_ok(re.sub(r"\D", "", v)):
            probs.append("bad luhn %s" % v)
        if t == "iban" and not iban_ok(v):
            probs.append("bad iban %s" % v)
        if t == "us_ssn" and not ssn_valid(v):
            probs.append("bad ssn %s" % v)
        if t == "jwt":
            try:
                json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
            except Exception:
                probs.append("bad jwt")
        if t == "aws_access_key_id" and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            probs.append("bad akid")
        if t == "github_token" and re.fullmatch(r"gh[pousr]_\w{36}", v):
            body = v[4:34]
            if b62(zlib.crc32(body.encode()), 6) != v[34:]:
                probs.append("bad gh crc")
    if len(set(vals)) != len(vals):
        probs.append("duplicate label values")

    def covered(m):
        return any(m in v or v in m for v in vals)

    for pat in SECRET_PATTERNS:
        for m in re.finditer(pat, hay):
            s = m.group(0)
            if covered(s) or any(p in s for p in PLACEHOLDER_MARKS) or s == JWT_IO or JWT_IO.startswith(s):
                continue
            probs.append("unlabelled secret-like: %r" % s[:50])
    for m in re.finditer(r"(?<![\d.])\d{13,19}(?![\d.])", hay):
        s = m.group(0)
        if luhn_ok(s) and s not in TEST_CARDS and not covered(s):
            probs.append("unlabelled luhn %s" % s)
    for m in re.finditer(r"(?<![\d ])\d{4}([ -])\d{4,6}\1\d{4,5}(?:\1\d{1,4})?(?![ -]?\d)", hay):
        s = m.group(0)
        d = re.sub(r"\D", "", s)
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS and not covered(s):
            probs.append("unlabelled grouped luhn %s" % s)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}", hay):
        comp = m.group(0).replace(" ", "")
        cc = comp[:2]
        if cc in IBAN_LEN and len(comp) >= IBAN_LEN[cc]:
            cand = comp[:IBAN_LEN[cc]]
            if iban_ok(cand) and cand not in DOC_IBANS and not any(cand == v.replace(" ", "") for v in vals):
                probs.append("unlabelled iban %s" % cand)
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", hay):
        s = m.group(0)
        if ssn_valid(s) and s != "123-45-6789" and not covered(s):
            probs.append("unlabelled ssn %s" % s)
    for m in re.finditer(r"[A-Za-z0-9._%+\[\]-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", hay):
        s = m.group(0)
        local, dom = s.rsplit("@", 1)
        pre = hay[max(0, m.start() - 3):m.start()]
        if covered(s) or "/" in pre or dom.endswith(RESERVED) or dom.split(".")[-1] in ("test", "invalid", "example", "localhost") \
                or local in ROLE or s in BOTS or dom.endswith("iam.gserviceaccount.com") or s == "support@github.com":
            continue
        probs.append("unlabelled email %s" % s)
    return probs


def main():
    recs = []
    for name, fn, n, cf in PLAN:
        n_clean = int(round(n * cf))
        flags = [True] * n_clean + [False] * (n - n_clean)
        R.shuffle(flags)
        for i, clean in enumerate(flags):
            for attempt in range(80):
                wrap, doc, L = fn(not clean)
                if wrap == "raw-result" and not (isinstance(doc, dict) and "content" in doc):
                    doc = rawres(doc)
                if clean and L.items:
                    continue
                if not clean and not L.items:
                    continue
                pr = audit(wrap, doc, L.items)
                if not pr:
                    break
                if os.environ.get("DLP_GEN_DEBUG"):
                    print("reroll", name, pr[:2], file=sys.stderr)
            else:
                raise SystemExit("template %s could not produce a clean audit: %s" % (name, pr))
            ACCEPTED.update(x["type"] for x in L.items)
            recs.append({"id": "%s-%d" % (name, i + 1), "template": name, "split": "holdout-v4", "wrap": wrap, "doc": doc,
                         "labels": L.items})
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "dlp_v4.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    n_lab = 0
    with open(os.path.join(here, "dlp_v4.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    for r in back:
        assert r["wrap"] in ("text", "structured", "raw-result")
        assert isinstance(r["doc"], str) == (r["wrap"] == "text")
        pr = audit(r["wrap"], r["doc"], r["labels"])
        assert not pr, (r["id"], pr)
        n_lab += len(r["labels"])
    by_type = Counter(x["type"] for r in back for x in r["labels"])
    by_wrap = Counter(r["wrap"] for r in back)
    clean = sum(1 for r in back if not r["labels"])
    by_tpl = defaultdict(lambda: [0, 0, 0])
    for r in back:
        t = by_tpl[r["template"]]
        t[0] += 1
        t[1] += (not r["labels"])
        t[2] += len(r["labels"])
    md = "--md" in sys.argv
    print("documents: %d  clean: %d (%.1f %%)  labelled values: %d  templates: %d" % (len(back), clean, 100.0 * clean / len(back), n_lab, len(by_tpl)))
    if md:
        print("\n| detector | labels |\n|---|---|")
    for t in ALL_TYPES:
        print(("| `%s` | %d |" if md else "  %-22s %4d") % (t, by_type[t]))
    if md:
        print("\n| wrap | documents | clean |\n|---|---|---|")
    for w in ("text", "structured", "raw-result"):
        c = sum(1 for r in back if r["wrap"] == w and not r["labels"])
        print(("| %s | %d | %d |" if md else "  wrap %-11s %4d (clean %d)") % (w, by_wrap[w], c))
    if md:
        print("\n| template | documents | clean | labels |\n|---|---|---|---|")
    for k, (a, b, c) in by_tpl.items():
        print(("| %s | %d | %d | %d |" if md else "  %-22s docs %3d clean %3d labels %3d") % (k, a, b, c))
    low = [t for t in ALL_TYPES if by_type[t] < 12]
    if low:
        raise SystemExit("detector types under 12 labels: %s" % low)
    print("self-check OK")


if __name__ == "__main__":
    main()
