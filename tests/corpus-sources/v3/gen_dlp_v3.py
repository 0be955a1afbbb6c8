#!/usr/bin/env python3
"""Generate the held-out DLP corpus dlp_v3.jsonl (stdlib only, fixed seed).

Written without reading mcp-warden's scanner, its tests or any other corpus.
See README-dlp.md for the label rules.
"""
import base64
import binascii
import json
import math
import random
import re
import string
import sys
import unicodedata
import uuid
import hashlib

SEED = 0x5EED_D1F3
rng = random.Random(SEED)
OUT = "/work/corpus-v3/dlp_v3.jsonl"

B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"
UP32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
DIG = string.digits


def rs(n, alpha=B62):
    while True:
        s = "".join(rng.choice(alpha) for _ in range(n))
        if alpha is B62 or alpha is B64URL or alpha is B64:
            # random-looking: mixed classes
            if n >= 8 and not (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
                continue
        if "EXAMPLE" in s.upper() or "XXXX" in s.upper():
            continue
        return s


def digits(n, first=None):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first is not None:
        s = first + s[1:]
    return s


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


B62DIG = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62DIG[r] + out
    return out or "0"


# ---------------------------------------------------------------- people
NAMES = {
    "en": (["James", "Olivia", "Michael", "Emma", "Daniel", "Sophia", "Ryan", "Hannah", "Tyler", "Grace", "Marcus", "Brianna"],
           ["Carter", "Nguyen", "Walsh", "Patel", "Brooks", "Ramirez", "Whitfield", "O'Connor", "Hughes", "Bennett", "Kowalski", "Reyes"]),
    "de": (["Jonas", "Lena", "Lukas", "Anna", "Felix", "Marie", "Tobias", "Katrin", "Jürgen", "Sabine", "Maximilian", "Ute"],
           ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf", "Krüger", "Neumann"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Léa", "Mathieu", "Élodie", "Antoine", "Inès", "Julien"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard", "Fontaine"]),
    "es": (["Lucía", "Javier", "Carmen", "Alejandro", "Sofía", "Pablo", "Marta", "Diego", "Elena", "Sergio", "Nuria", "Álvaro"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Hernández", "Jiménez", "Moreno", "Navarro"]),
    "pt": (["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Miguel", "Catarina", "Gonçalo", "Ana", "Duarte", "Leonor"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Lopes", "Carvalho"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Martina", "Matteo", "Sara", "Davide", "Elisa", "Federico"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Bram", "Fleur", "Thijs", "Anouk", "Joost", "Lotte"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]),
}
MAILDOM = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "protonmail.com", "comcast.net", "hotmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "es": ["hotmail.es", "telefonica.net", "gmail.com", "yahoo.es", "outlook.es"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt", "outlook.pt", "clix.pt"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
}
CORP = ["brightwater-logistics.com", "nordhafen-gmbh.de", "atelier-lumen.fr", "quintaverde.pt", "ferramenta-galli.it",
        "vanderlaan-bouw.nl", "solmar-viajes.es", "kestrelpay.io", "harborline.co", "tallgrass-analytics.com"]
DOC_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "shop.test", "corp.invalid",
               "acme.example", "staging.test"]


def person(loc="en"):
    f, l = NAMES[loc]
    return rng.choice(f), rng.choice(l)


def mk_email(loc="en", name=None, corp=False):
    f, l = name or person(loc)
    f2 = re.sub(r"[^a-z]", "", ascii_fold(f).lower())
    l2 = re.sub(r"[^a-z]", "", ascii_fold(l).lower())
    style = rng.randrange(5)
    local = [f"{f2}.{l2}", f"{f2[0]}{l2}", f"{f2}{l2}{rng.randint(1, 99)}", f"{l2}.{f2}", f"{f2}_{l2}"][style]
    dom = rng.choice(CORP) if corp else rng.choice(MAILDOM[loc])
    return f"{local}@{dom}"


def doc_email(loc="en"):
    f, l = person(loc)
    f2 = re.sub(r"[^a-z]", "", ascii_fold(f).lower())
    return rng.choice([f"{f2}@{rng.choice(DOC_DOMAINS)}", f"user{rng.randint(1, 999)}@{rng.choice(DOC_DOMAINS)}",
                       "jenny.rosen@example.com", "noreply@example.org", f"{f2}.test@{rng.choice(DOC_DOMAINS)}"])


def _d(n):
    return digits(n)


def mk_phone(cc="US"):
    if cc == "US":
        a = rng.choice(["212", "312", "415", "617", "646", "202", "305", "512", "206", "720", "404", "713"])
        ex = str(rng.randint(201, 989))
        while ex == "555":
            ex = str(rng.randint(201, 989))
        ln = _d(4)
        return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"{a}.{ex}.{ln}", f"+1-{a}-{ex}-{ln}"])
    if cc == "DE":
        mob = rng.choice(["151", "160", "170", "171", "176", "152"])
        city = rng.choice(["30", "40", "89", "221", "69", "711"])
        s = _d(8)
        return rng.choice([f"+49 {city} {s[:4]} {s[4:]}", f"0{city} {s}", f"+49 {mob} {s[:7]}", f"0{mob} {s[:7]}",
                           f"+49 (0){city} {s[:4]} {s[4:]}", f"0{city}/{s}"])
    if cc == "FR":
        p = [_d(2) for _ in range(4)]
        lead = rng.choice(["6", "7", "1", "4"])
        return rng.choice([f"+33 {lead} {' '.join(p)}", f"0{lead} {' '.join(p)}", f"0{lead}.{'.'.join(p)}",
                           f"+33 (0){lead} {' '.join(p)}"])
    if cc == "ES":
        m = rng.choice(["6", "7"]) + _d(8)
        f = "91" + _d(7)
        return rng.choice([f"+34 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                           f"+34 {f[:2]} {f[2:5]} {f[5:7]} {f[7:]}", f"{f[:3]} {f[3:6]} {f[6:]}"])
    if cc == "PT":
        m = "9" + rng.choice("1236") + _d(7)
        f = "21" + _d(7)
        return rng.choice([f"+351 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]}", f"+351 {f[:2]} {f[2:5]} {f[5:]}"])
    if cc == "IT":
        m = "3" + rng.choice(["47", "33", "39", "28", "66"]) + _d(7)
        return rng.choice([f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}", f"06 {_d(4)} {_d(4)}",
                           f"+39 02 {_d(4)} {_d(4)}"])
    if cc == "NL":
        return rng.choice([f"+31 6 {_d(8)}", f"06-{_d(8)}", f"020-{_d(7)}", f"+31 20 {_d(3)} {_d(4)}", f"010 {_d(3)} {_d(4)}"])
    if cc == "UK":
        return rng.choice([f"+44 20 {rng.randint(3, 8)}{_d(3)} {_d(4)}", f"07{rng.choice(['4', '5', '8', '9'])}{_d(2)} {_d(6)}",
                           f"+44 161 {_d(3)} {_d(4)}"])
    raise ValueError(cc)


def mk_ssn(fmt=None):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        grp = rng.randint(1, 99)
        ser = rng.randint(1, 9999)
        s = f"{area:03d}-{grp:02d}-{ser:04d}"
        if s in ("078-05-1120", "219-09-9999", "123-45-6789"):
            continue
        if fmt == "space":
            return s.replace("-", " ")
        if fmt == "plain":
            return s.replace("-", "")
        return s


TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "378282246310005", "6011111111111117", "3056930009020004", "4111111111111111", "4012888888881881",
              "5105105105105100", "371449635398431", "6011000990139424", "3530111333300000"]


def mk_card(fmt=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    while True:
        if kind == "visa":
            n = luhn_complete("4" + rng.choice(["539", "916", "485", "024", "716", "556"]), 16)
        elif kind == "mc":
            n = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + digits(2), 16)
        elif kind == "mc2":
            n = luhn_complete(str(rng.randint(2221, 2720)), 16)
        elif kind == "amex":
            n = luhn_complete(rng.choice(["34", "37"]), 15)
        else:
            n = luhn_complete("6011", 16)
        if n not in TEST_CARDS and len(set(n[4:])) > 3:
            break
    f = fmt or rng.choice(["space", "dash", "plain", "space"])
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(parts), "dash": "-".join(parts), "plain": n}[f]


def nonluhn(n, first="4"):
    while True:
        s = first + digits(n - 1)
        if not luhn_ok(s):
            return s


IBAN_SPECS = {
    "DE": lambda: digits(8, str(rng.randint(1, 8))) + digits(10),
    "FR": lambda: digits(5) + digits(5) + digits(11) + digits(2),
    "ES": lambda: digits(20),
    "PT": lambda: "00" + digits(19),
    "IT": lambda: rng.choice(string.ascii_uppercase) + digits(5) + digits(5) + digits(12),
    "NL": lambda: rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]) + digits(10),
    "BE": lambda: digits(12),
    "AT": lambda: digits(16),
    "GB": lambda: rng.choice(["BARC", "LOYD", "HBUK", "NWBK", "MIDL"]) + digits(6) + digits(8),
    "CH": lambda: digits(17),
}


def mk_iban(cc="DE", fmt=None):
    bban = IBAN_SPECS[cc]()
    iban = cc + iban_check(cc, bban) + bban
    assert iban_ok(iban)
    if iban.replace(" ", "") in [t.replace(" ", "") for t in TEXTBOOK_IBANS]:
        return mk_iban(cc, fmt)
    f = fmt or rng.choice(["group", "group", "plain"])
    return group4(iban) if f == "group" else iban


TEXTBOOK_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "GB29 NWBK 6016 1331 9268 19",
                  "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332",
                  "IT60 X054 2811 1010 0000 0123 456", "CH93 0076 2011 6238 5295 7", "BE68 5390 0754 7034",
                  "AT61 1904 3002 3457 3201", "PT50 0002 0123 1234 5678 9015 4"]
for _t in TEXTBOOK_IBANS:
    assert iban_ok(_t), _t


def bad_iban(cc="DE"):
    # break the check digits
    while True:
        s = mk_iban(cc, "plain")
        cd = "%02d" % rng.randint(2, 98)
        t = s[:2] + cd + s[4:]
        if not iban_ok(t) and not luhn_ok(re.sub(r"\D", "", t[4:])):
            return group4(t) if rng.random() < .5 else t


# ---------------------------------------------------------------- secrets
def aws_id():
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(16, UP32)


def aws_secret():
    return rs(40, B64)


def gh_token(prefix=None):
    p = prefix or rng.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    if p == "github_pat_":
        return p + rs(22) + "_" + rs(59)
    body = rs(30)
    crc = b62(binascii.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
    return p + body + crc


def gl_token():
    return "glpat-" + rs(20, B64URL)


def slack_tok(kind=None):
    k = kind or rng.choice(["xoxb", "xoxb", "xoxp", "xapp"])
    if k == "xoxb":
        return f"xoxb-{digits(12, '2')}-{digits(13, '4')}-{rs(24)}"
    if k == "xoxp":
        return f"xoxp-{digits(12, '2')}-{digits(12, '3')}-{digits(13, '5')}-{rs(32, HEX)}"
    return f"xapp-1-A{rs(10, string.ascii_uppercase + DIG)}-{digits(13, '6')}-{rs(64, HEX)}"


def webhook(kind=None):
    k = kind or rng.choice(["slack", "slack", "discord", "teams", "gchat", "zapier"])
    if k == "slack":
        return f"https://hooks.slack.com/services/T{rs(8, string.ascii_uppercase + DIG)}/B{rs(10, string.ascii_uppercase + DIG)}/{rs(24)}"
    if k == "discord":
        return f"https://discord.com/api/webhooks/{digits(19, '1')}/{rs(68, B64URL)}"
    if k == "teams":
        return (f"https://{rng.choice(['contoso', 'nordhafen', 'brightwater'])}.webhook.office.com/webhookb2/"
                f"{uuid.UUID(int=rng.getrandbits(128))}@{uuid.UUID(int=rng.getrandbits(128))}/IncomingWebhook/"
                f"{rs(32, HEX)}/{uuid.UUID(int=rng.getrandbits(128))}")
    if k == "gchat":
        return (f"https://chat.googleapis.com/v1/spaces/AAAA{rs(7, B64URL)}/messages?key=AIzaSy{rs(33, B64URL)}"
                f"&token={rs(43, B64URL)}")
    return f"https://hooks.zapier.com/hooks/catch/{digits(7, '1')}/{rs(6, string.ascii_lowercase + DIG)}/"


def stripe_key(kind=None):
    k = kind or rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    if rng.random() < .5:
        return k + "51" + rs(8) + rs(89)
    return k + rs(24)


def google_key():
    return "AIzaSy" + rs(33, B64URL)


def openai_key():
    r = rng.random()
    if r < .6:
        return "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)
    if r < .8:
        return "sk-svcacct-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic_key():
    return "sk-ant-api03-" + rs(93, B64URL) + "AA"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def mk_jwt(alg=None, claims=None):
    alg = alg or rng.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(16, B64URL)
    now = rng.randint(1_700_000_000, 1_760_000_000)
    pl = claims or {}
    pl.setdefault("sub", rng.choice([str(uuid.UUID(int=rng.getrandbits(128))), "auth0|" + rs(24, HEX), digits(9, "3")]))
    pl.setdefault("iss", rng.choice(["https://login.harborline.co/", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_" + rs(9),
                                     "https://accounts.kestrelpay.io"]))
    pl.setdefault("aud", rng.choice(["api://orders", "mobile-app", "https://api.kestrelpay.io"]))
    pl["iat"] = now
    pl["exp"] = now + rng.choice([900, 3600, 86400])
    if rng.random() < .5:
        pl["scope"] = rng.choice(["openid profile email", "orders:read orders:write", "admin"])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    sig = bytes(rng.getrandbits(8) for _ in range(siglen))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()), b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])


JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def pem(kind=None, escaped=False):
    k = kind or rng.choice(["RSA", "EC", "OPENSSH", "PKCS8"])
    if k == "RSA":
        head, body, w = "RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100") + rbytes(rng.randint(700, 1150)), 64
    elif k == "EC":
        head, body, w = "EC PRIVATE KEY", bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64), 64
    elif k == "OPENSSH":
        head, body, w = "OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rbytes(rng.randint(300, 380)), 70
    else:
        head, body, w = "PRIVATE KEY", bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + rbytes(rng.randint(700, 1150)), 64
    b = base64.b64encode(body).decode()
    lines = [b[i:i + w] for i in range(0, len(b), w)]
    nl = "\\n" if escaped else "\n"
    return nl.join([f"-----BEGIN {head}-----"] + lines + [f"-----END {head}-----"])


def pem_public(kind=None):
    k = kind or rng.choice(["PUBLIC KEY", "CERTIFICATE"])
    if k == "PUBLIC KEY":
        body = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(256) + bytes.fromhex("0203010001")
    else:
        body = bytes.fromhex("3082036130820249a00302010202") + rbytes(rng.randint(700, 820))
    b = base64.b64encode(body).decode()
    return "\n".join([f"-----BEGIN {k}-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + [f"-----END {k}-----"])


def gen_pw(n=None):
    r = rng.random()
    n = n or rng.randint(16, 32)
    if r < .5:
        return rs(n)
    if r < .75:
        return rs(n, B62 + "!#%^*-_.~")
    if r < .9:
        return base64.b64encode(rbytes(rng.choice([24, 30, 33]))).decode()
    return rs(n, B62 + "-_")


def url_pw():
    return rs(rng.randint(12, 24), B62 + "-_.~")


# ---------------------------------------------------------------- look-alikes (never labelled)
def uuid4():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ulid():
    return "01" + rs(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def sha1():
    return rs(40, HEX)


def sha256():
    return rs(64, HEX)


def bcrypt():
    return "$2b$12$" + rs(53, B62 + "./")


def argon2():
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64u(rbytes(16))}${b64u(rbytes(32))}"


def ip4():
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}"])


def mac():
    return ":".join(rs(2, HEX) for _ in range(6))


def ts():
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"


def ver():
    return f"{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"


def isbn13():
    while True:
        b = "978" + digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
        c = (10 - s % 10) % 10
        full = b + str(c)
        return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


LUHN_VALID_EANS = set()


def ean13():
    b = rng.choice(["400", "300", "800", "871", "560", "840"]) + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    e = b + str((10 - s % 10) % 10)
    if luhn_ok(e):
        LUHN_VALID_EANS.add(e)  # deliberate hard negative: a barcode that happens to pass Luhn
    return e


def order_no():
    return rng.choice([f"#{rng.randint(1001, 99999)}", f"ORD-{digits(8)}", f"SO{digits(7)}", f"{rng.randint(100, 999)}-{digits(7)}-{digits(7)}"])


def tracking():
    return rng.choice(["1Z" + rs(6, string.ascii_uppercase + DIG) + digits(10), "JJD" + digits(18), digits(12, "7"), "LX" + digits(9) + "DE"])


def invoice_no():
    return rng.choice([f"INV-2025-{digits(5)}", f"RE-{digits(6)}", f"F{digits(9, '2')}", f"FAC/{rng.randint(2023, 2025)}/{digits(4)}"])


def nine_digit_other():
    # a nine-digit number that is explicitly something else
    return rng.choice([("ABA routing number", "021000021"), ("DUNS", digits(9, "1")), ("resourceVersion", digits(9, "7")),
                       ("Kundennummer", digits(9, "9")), ("ticket", digits(9, "8")), ("NPI", digits(9, "1"))])


def masked_card():
    return rng.choice([f"•••• •••• •••• {digits(4)}", f"**** **** **** {digits(4)}", f"XXXX-XXXX-XXXX-{digits(4)}",
                       f"{rng.choice(['4', '5'])}{digits(5)}******{digits(4)}", f"ending in {digits(4)}"])


def doc_aws():
    return "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


PLACEHOLDERS = ["<YOUR_TOKEN>", "${API_TOKEN}", "{{ secrets.API_TOKEN }}", "${{ secrets.DEPLOY_KEY }}", "%(password)s",
                "changeme", "********", "<redacted>", "REPLACE_ME", "[FILTERED]", "xxxxxxxxxxxxxxxx", "$DB_PASSWORD",
                "%DB_PASSWORD%", "os.environ['SECRET_KEY']", "{{ .Values.db.password }}", "null", "", "TODO", "your-secret-here",
                "(sensitive value)", "***", "<set in vault>", "ENV[\"API_KEY\"]"]


def ph():
    return rng.choice(PLACEHOLDERS)


NEG_VENDOR = {
    "aws_id": ["AKIAIOSFODNN7EXAMPLE", "AKIA****************", "AKIAXXXXXXXXXXXXXXXX", "ASIA<session-key-id>"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "****************************************", "<aws-secret-access-key>"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_****", "github_pat_<redacted>", "${{ secrets.GITHUB_TOKEN }}", "ghs_..."],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-<your-token>", "$CI_JOB_TOKEN", "glpat-[MASKED]"],
    "slack": ["xoxb-not-a-real-token-this-will-not-work", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "xoxp-…", "xapp-1-<app-token>"],
    "webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://discord.com/api/webhooks/<id>/<token>",
                "https://hooks.slack.com/services/${SLACK_WEBHOOK_PATH}", "https://hooks.zapier.com/hooks/catch/<account>/<hook>/",
                "https://outlook.office.com/webhook/<redacted>"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_...4xQz", "sk_live_••••••••••••••••7Ka2", "rk_live_<restricted-key>", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"],
    "stripe_pk": ["pk_live_" + "51" + "Hq7sLKw2nJ9ZrTmVpA4bX8cDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijkLMNOpq", "pk_test_TYooMQauvdEDq54NiTphI7jx"],
    "google": ["AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AIza...", "YOUR_API_KEY", "AIzaSy<your-key>"],
    "openai": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXXXXXX", "sk-your-key-here", "sk-...Qx7f", "$OPENAI_API_KEY"],
    "anthropic": ["sk-ant-api03-...", "sk-ant-xxxxxxxxxxxxxxxx", "sk-ant-api03-your-key-here", "$ANTHROPIC_API_KEY"],
    "jwt": [JWT_IO, "eyJhbGciOiJSUzI1NiIs...<truncated>", "Bearer [REDACTED]", "<JWT>"],
}


def nv(kind):
    return rng.choice(NEG_VENDOR[kind])


# ---------------------------------------------------------------- context
SECRET_TYPES = {"aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "webhook_url",
                "stripe_key", "google_api_key", "openai_api_key", "anthropic_api_key", "jwt", "private_key",
                "url_credentials", "generic_secret"}
ALL_TYPES = sorted(SECRET_TYPES | {"email", "phone_number", "us_ssn", "payment_card", "iban"})


class Ctx:
    def __init__(self, pos):
        self.pos = pos
        self.labels = []

    def p(self, prob=0.6):
        return self.pos and rng.random() < prob

    def L(self, typ, value, accept=()):
        assert typ in ALL_TYPES, typ
        assert value
        if not self.pos:
            raise RuntimeError("label in negative doc")
        if value not in [l["value"] for l in self.labels]:
            self.labels.append({"type": typ, "value": value, "accept": list(accept)})
        return value

    # labelled generators (kv: the value is assigned to a name that says it is a secret)
    def email(self, loc="en", corp=False, name=None):
        return self.L("email", mk_email(loc, name=name, corp=corp))

    def phone(self, cc="US"):
        return self.L("phone_number", mk_phone(cc))

    def ssn(self, fmt=None):
        return self.L("us_ssn", mk_ssn(fmt))

    def card(self, fmt=None):
        return self.L("payment_card", mk_card(fmt))

    def iban(self, cc="DE", fmt=None):
        return self.L("iban", mk_iban(cc, fmt))

    def _kv(self, kv):
        return ["generic_secret"] if kv else []

    def aws_id(self):
        return self.L("aws_access_key_id", aws_id())

    def aws_secret(self, kv=True):
        return self.L("aws_secret_access_key", aws_secret(), self._kv(kv))

    def gh(self, prefix=None, kv=True, extra=()):
        return self.L("github_token", gh_token(prefix), self._kv(kv) + list(extra))

    def gl(self, kv=True, extra=()):
        return self.L("gitlab_token", gl_token(), self._kv(kv) + list(extra))

    def slack(self, kind=None, kv=True):
        return self.L("slack_token", slack_tok(kind), self._kv(kv))

    def hook(self, kind=None):
        w = webhook(kind)
        return self.L("webhook_url", w, ["google_api_key"] if "chat.googleapis.com" in w else [])

    def stripe(self, kind=None, kv=True):
        return self.L("stripe_key", stripe_key(kind), self._kv(kv))

    def gkey(self, kv=True):
        return self.L("google_api_key", google_key(), self._kv(kv))

    def openai(self, kv=True):
        return self.L("openai_api_key", openai_key(), self._kv(kv))

    def anthropic(self, kv=True):
        return self.L("anthropic_api_key", anthropic_key(), self._kv(kv))

    def jwt(self, kv=True, **kw):
        return self.L("jwt", mk_jwt(**kw), self._kv(kv))

    def pem(self, kind=None, escaped=False):
        return self.L("private_key", pem(kind, escaped))

    def secret(self, n=None):
        return self.L("generic_secret", gen_pw(n))

    def secret_q(self, n=32):
        """a generic secret that is safe inside a URL query without encoding"""
        return self.L("generic_secret", rs(n, B62 + "-_"))

    def urlpw(self):
        return self.L("url_credentials", url_pw(), ["generic_secret"])


# ---------------------------------------------------------------- templates
T = {}


def template(name, wrap):
    def deco(f):
        T[name] = (wrap, f)
        return f
    return deco


LOCS = ["en", "de", "fr", "es", "pt", "it", "nl"]
CC_OF = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "it": "IT", "nl": "NL"}


def any_secret_kv(c):
    """(name, value) for a .env-like line; positive or look-alike."""
    choices = [
        ("AWS_ACCESS_KEY_ID", c.aws_id, lambda: nv("aws_id")),
        ("AWS_SECRET_ACCESS_KEY", c.aws_secret, lambda: nv("aws_secret")),
        ("GITHUB_TOKEN", c.gh, lambda: nv("github")),
        ("GITLAB_TOKEN", c.gl, lambda: nv("gitlab")),
        ("SLACK_BOT_TOKEN", lambda: c.slack("xoxb"), lambda: nv("slack")),
        ("SLACK_WEBHOOK_URL", c.hook, lambda: nv("webhook")),
        ("STRIPE_SECRET_KEY", c.stripe, lambda: nv("stripe")),
        ("STRIPE_PUBLISHABLE_KEY", None, lambda: nv("stripe_pk")),
        ("GOOGLE_MAPS_API_KEY", c.gkey, lambda: nv("google")),
        ("OPENAI_API_KEY", c.openai, lambda: nv("openai")),
        ("ANTHROPIC_API_KEY", c.anthropic, lambda: nv("anthropic")),
        ("SESSION_SECRET", c.secret, ph),
        ("JWT_SIGNING_SECRET", c.secret, ph),
        ("API_TOKEN", c.secret, ph),
        ("DB_PASSWORD", c.secret, ph),
        ("BUILD_SHA", None, sha1),
        ("INSTANCE_ID", None, uuid4),
        ("RELEASE", None, ver),
    ]
    name, pf, nf = rng.choice(choices)
    if pf is not None and c.p(0.7):
        return name, pf()
    return name, nf()


def db_url(c, scheme=None):
    scheme = scheme or rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    user = rng.choice(["app", "svc_orders", "admin", "readonly", "etl", "billing"])
    host = rng.choice(["db.internal", "orders-db.c9xk2lq.eu-west-1.rds.amazonaws.com", "10.0.3.17", "cluster0.mgx1z.mongodb.net",
                       "redis-master.cache.svc", "rabbitmq.prod.svc"])
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb+srv": None, "redis": 6379, "amqp": 5672}[scheme]
    hp = host if port is None else f"{host}:{port}"
    if c.p(0.75):
        pw = c.urlpw()
        return f"{scheme}://{user}:{pw}@{hp}/{rng.choice(['orders', 'app', 'prod', '0', 'vhost'])}"
    pw = rng.choice(["****", "${DB_PASSWORD}", "<password>", "%2A%2A%2A", "$(cat /run/secrets/db)", "REDACTED"])
    return rng.choice([f"{scheme}://{user}:{pw}@{hp}/app", f"{scheme}://{user}@{hp}/app", f"{scheme}://{hp}/app"])


@template("applog_jsonl", "text")
def t_applog(c):
    lines = []
    svc = rng.choice(["checkout-api", "auth-svc", "notifier", "billing-worker"])
    for _ in range(rng.randint(5, 9)):
        ev = {"ts": ts(), "level": rng.choice(["info", "info", "warn", "error", "debug"]), "service": svc, "trace_id": rs(32, HEX),
              "span_id": rs(16, HEX)}
        k = rng.randrange(7)
        if k == 0:
            ev.update(msg="user login", user=c.email(rng.choice(LOCS)) if c.p() else doc_email(), ip=ip4(), request_id=uuid4())
        elif k == 1:
            ev.update(level="error", msg="database connection failed", dsn=db_url(c), attempt=rng.randint(1, 5))
        elif k == 2:
            auth = ("Bearer " + c.jwt()) if c.p(0.5) else rng.choice(["Bearer [FILTERED]", "Bearer ***", "Basic <redacted>"])
            ev.update(msg="outbound request", http={"method": "POST", "url": f"https://api.partner.{rng.choice(['io', 'net'])}/v2/orders",
                                                     "headers": {"Authorization": auth, "X-Request-Id": uuid4()}})
        elif k == 3:
            ev.update(msg="payment declined", card_last4=digits(4), order=order_no(), amount_cents=rng.randint(500, 90000))
        elif k == 4:
            ev.update(msg="sms dispatched", to=c.phone(rng.choice(["US", "DE", "FR", "NL", "UK"])) if c.p() else "+1 ***-***-" + digits(4),
                      template="otp_v2", provider_msg_id=ulid())
        elif k == 5:
            ev.update(msg="cache miss", key=f"user:{uuid4()}", etag=sha1())
        else:
            ev.update(msg="config loaded", version=ver(), commit=sha1(), checksum="sha256:" + sha256())
        lines.append(json.dumps(ev))
    return "\n".join(lines)


@template("logfmt", "text")
def t_logfmt(c):
    out = []
    for _ in range(rng.randint(5, 8)):
        base = f'time={ts()} level={rng.choice(["info", "warn", "error"])} caller={rng.choice(["http.go:212", "worker.go:88", "client.go:41"])}'
        k = rng.randrange(6)
        if k == 0:
            v = c.stripe(kv=True) if c.p(0.5) else nv("stripe")
            out.append(f'{base} msg="stripe client init" api_key={v} api_version=2024-06-20')
        elif k == 1:
            out.append(f'{base} msg="request" method=GET path=/v1/users/{uuid4()} status=200 duration={rng.randint(1, 900)}ms bytes={rng.randint(100, 99999)}')
        elif k == 2:
            v = c.email("en", corp=True) if c.p() else doc_email()
            out.append(f'{base} msg="password reset requested" email={v} remote_addr={ip4()}')
        elif k == 3:
            v = c.secret() if c.p(0.5) else ph()
            out.append(f'{base} msg="webhook signature mismatch" webhook_secret="{v}" expected={sha256()[:16]}')
        elif k == 4:
            v = c.gh("ghs_", kv=True) if c.p(0.5) else "***"
            out.append(f'{base} msg="clone" repo=acme/infra token={v} sha={sha1()}')
        else:
            out.append(f'{base} msg="gc" heap_mb={rng.randint(50, 900)} goroutines={rng.randint(10, 500)} build={ver()}')
    return "\n".join(out)


@template("syslog", "text")
def t_syslog(c):
    host = rng.choice(["mx1", "web-03", "bastion", "db-primary"])
    out = []
    for _ in range(rng.randint(5, 9)):
        mon = rng.choice(["Jan", "Mar", "Jul", "Oct"])
        stamp = f"{mon} {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        k = rng.randrange(6)
        if k == 0:
            to = c.email(rng.choice(LOCS)) if c.p() else doc_email()
            out.append(f"{stamp} {host} postfix/smtp[{rng.randint(1000, 99999)}]: {rs(10, '0123456789ABCDEF')}: to=<{to}>, relay=mx.{rng.choice(CORP)}[{ip4()}]:25, delay=0.4, status=sent (250 2.0.0 OK)")
        elif k == 1:
            out.append(f"{stamp} {host} sshd[{rng.randint(1000, 99999)}]: Accepted publickey for deploy from {ip4()} port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64u(rbytes(32))}")
        elif k == 2:
            v = c.secret() if c.p(0.5) else ph()
            out.append(f"{stamp} {host} sudo[{rng.randint(1000, 99999)}]:   deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/env PGPASSWORD={v} psql -h 10.0.3.17 -U etl")
        elif k == 3:
            out.append(f"{stamp} {host} dhclient[{rng.randint(100, 999)}]: DHCPACK of {ip4()} from {ip4()} (xid=0x{rs(8, HEX)}) hw {mac()}")
        elif k == 4:
            out.append(f"<{rng.randint(10, 190)}>1 {ts()} {host} app {rng.randint(100, 9999)} - - crash: upstream={db_url(c, 'redis')}")
        else:
            out.append(f"{stamp} {host} kernel: [{rng.randint(1000, 99999)}.{digits(6)}] eth0: renamed from veth{rs(7, HEX)}")
    return "\n".join(out)


@template("k8s_describe", "text")
def t_k8s_describe(c):
    name = rng.choice(["orders-api", "notifier", "billing-worker"]) + "-" + rs(10, string.ascii_lowercase + DIG)[:10] + "-" + rs(5, string.ascii_lowercase + DIG)
    env = []
    for n in rng.sample(["DB_HOST", "DATABASE_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "LOG_LEVEL",
                         "SENTRY_DSN", "REDIS_PASSWORD", "ALERT_WEBHOOK", "GITLAB_TOKEN"], 6):
        if n == "DB_HOST":
            v = "orders-db.prod.svc.cluster.local"
        elif n == "DATABASE_URL":
            v = db_url(c, "postgresql") if rng.random() < .7 else "<set to the key 'url' in secret 'orders-db'>  Optional: false"
        elif n == "AWS_ACCESS_KEY_ID":
            v = c.aws_id() if c.p() else "<set to the key 'access_key_id' in secret 'aws-creds'>  Optional: false"
        elif n == "AWS_SECRET_ACCESS_KEY":
            v = c.aws_secret() if c.p() else "<set to the key 'secret_access_key' in secret 'aws-creds'>  Optional: false"
        elif n == "SLACK_BOT_TOKEN":
            v = c.slack("xoxb") if c.p() else "<set to the key 'token' in secret 'slack'>  Optional: false"
        elif n == "REDIS_PASSWORD":
            v = c.secret() if c.p() else "<set to the key 'password' in secret 'redis'>  Optional: false"
        elif n == "ALERT_WEBHOOK":
            v = c.hook() if c.p() else "<set to the key 'url' of config map 'alerting'>  Optional: false"
        elif n == "GITLAB_TOKEN":
            v = c.gl() if c.p() else "<set to the key 'token' in secret 'gitlab'>  Optional: false"
        elif n == "SENTRY_DSN":
            v = f"https://{rs(32, HEX)}@o{digits(6)}.ingest.sentry.io/{digits(7)}"
        else:
            v = "info"
        env.append(f"      {n}:  {v}")
    img = f"registry.corp.io/{name.split('-')[0]}@sha256:{sha256()}"
    return f"""Name:             {name}
Namespace:        prod
Priority:         0
Node:             ip-10-0-{rng.randint(1, 250)}-{rng.randint(1, 250)}.eu-west-1.compute.internal/{ip4()}
Start Time:       Tue, {rng.randint(1, 28)} Oct 2025 09:{rng.randint(10, 59)}:02 +0000
Labels:           app={name.split('-')[0]}
                  pod-template-hash={rs(10, string.ascii_lowercase + DIG)}
Annotations:      checksum/config: {sha256()}
Status:           Running
IP:               {ip4()}
Controlled By:    ReplicaSet/{name.rsplit('-', 1)[0]}
Containers:
  app:
    Container ID:   containerd://{sha256()}
    Image:          {img}
    Image ID:       {img}
    Port:           8080/TCP
    State:          Running
    Restart Count:  {rng.randint(0, 14)}
    Environment:
{chr(10).join(env)}
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rs(5, string.ascii_lowercase)} (ro)
Events:
  Type     Reason     Age                From     Message
  ----     ------     ----               ----     -------
  Warning  BackOff    {rng.randint(1, 50)}m (x{rng.randint(2, 90)} over 3h)  kubelet  Back-off restarting failed container app in pod {name}_prod({uuid4()})"""


@template("k8s_events", "text")
def t_k8s_events(c):
    rows = ["LAST SEEN   TYPE      REASON              OBJECT                          MESSAGE"]
    for _ in range(rng.randint(4, 8)):
        k = rng.randrange(5)
        age = f"{rng.randint(1, 59)}{rng.choice(['s', 'm'])}"
        if k == 0:
            msg = f'Readiness probe failed: Get "http://{ip4()}:8080/healthz?token={c.secret_q() if c.p(0.5) else "$(PROBE_TOKEN)"}": context deadline exceeded'
            rows.append(f"{age:<11} Warning   Unhealthy           pod/web-{rs(5, string.ascii_lowercase)}   {msg}")
        elif k == 1:
            pw = c.urlpw() if c.p(0.5) else "***"
            msg = f'Failed to pull image "registry.corp.io/app:{ver()}": failed to resolve reference: https://robot$ci:{pw}@registry.corp.io/v2/: 401 Unauthorized'
            rows.append(f"{age:<11} Warning   Failed              pod/api-{rs(5, string.ascii_lowercase)}   {msg}")
        elif k == 2:
            rows.append(f"{age:<11} Normal    Pulled              pod/api-{rs(5, string.ascii_lowercase)}   Successfully pulled image \"registry.corp.io/app@sha256:{sha256()}\" in {rng.randint(1, 30)}.{digits(3)}s")
        elif k == 3:
            rows.append(f"{age:<11} Normal    ScalingReplicaSet   deployment/api                  Scaled up replica set api-{rs(10, string.ascii_lowercase + DIG)} to {rng.randint(2, 9)}")
        else:
            rows.append(f"{age:<11} Warning   FailedMount         pod/worker-{rs(5, string.ascii_lowercase)}   MountVolume.SetUp failed for volume \"creds\" : secret \"aws-creds\" not found")
    return "\n".join(rows)


@template("k8s_secret_json", "structured")
def t_k8s_secret(c):
    if not c.pos or rng.random() < .2:
        cm = {"LOG_LEVEL": "info", "FEATURE_FLAGS": "checkout_v2,new_pricing", "PUBLIC_URL": "https://shop.test",
              "CACHE_TTL": str(rng.randint(30, 900)), "BUILD": sha1()}
        obj = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app-config", "namespace": "prod", "uid": uuid4(),
               "resourceVersion": digits(8, "4"), "annotations": {"checksum/values": sha256()}}, "data": cm}
        if c.pos:
            obj["data"]["ALERT_EMAIL"] = c.email("en", corp=True)
        return obj
    sd = {}
    for n, v in rng.sample([("tls.key", lambda: c.pem(rng.choice(["RSA", "EC", "PKCS8"]))), ("password", c.secret),
                           ("aws_secret_access_key", c.aws_secret), ("slack-token", lambda: c.slack()),
                           ("webhook", c.hook), ("database-url", lambda: db_url(c)), ("gitlab-token", c.gl),
                           ("anthropic-api-key", c.anthropic)], rng.randint(2, 4)):
        sd[n] = v()
    meta = {"name": rng.choice(["app-secrets", "tls-cert", "integrations"]), "namespace": "prod", "uid": uuid4()}
    if rng.random() < .5:
        meta["annotations"] = {"kubectl.kubernetes.io/last-applied-configuration":
                               json.dumps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": meta["name"], "namespace": "prod"},
                                           "stringData": sd, "type": "Opaque"})}
    return {"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "Opaque", "stringData": sd}


@template("terraform_plan", "text")
def t_tf(c):
    parts = [f"Terraform used the selected providers to generate the following execution plan.\n\n  # aws_db_instance.orders will be created\n  + resource \"aws_db_instance\" \"orders\" {{\n      + arn        = (known after apply)\n      + engine     = \"postgres\"\n      + username   = \"orders_admin\"\n      + password   = (sensitive value)\n      + kms_key_id = \"arn:aws:kms:eu-west-1:{digits(12, '4')}:key/{uuid4()}\"\n    }}"]
    env = {}
    if c.p():
        env["STRIPE_API_KEY"] = c.stripe("sk_live_")
    else:
        env["STRIPE_API_KEY"] = "(sensitive value)"
    if c.p(0.5):
        env["ANTHROPIC_API_KEY"] = c.anthropic()
    env["LOG_LEVEL"] = "info"
    env["ORDERS_TABLE"] = f"orders-{rs(6, string.ascii_lowercase)}"
    vs = "\n".join(f'              + "{k}" = "{v}"' if not v.startswith("(") else f'              + "{k}" = {v}' for k, v in env.items())
    parts.append(f"""  # aws_lambda_function.notify will be updated in-place
  ~ resource "aws_lambda_function" "notify" {{
        id               = "notify"
      ~ source_code_hash = "{base64.b64encode(rbytes(32)).decode()}" -> (known after apply)
      ~ environment {{
          ~ variables = {{
{vs}
            }}
        }}
    }}""")
    hook = c.hook("slack") if c.p(0.5) else "(sensitive value)"
    parts.append(f"""  # pagerduty_slack_connection.ops will be created
  + resource "pagerduty_slack_connection" "ops" {{
      + id          = (known after apply)
      + workspace   = "T{rs(8, string.ascii_uppercase + DIG)}"
      + webhook_url = {('"' + hook + '"') if hook.startswith('http') else hook}
    }}""")
    if c.p(0.35):
        parts.append(f"""  # tls_private_key.bastion will be created
  + resource "tls_private_key" "bastion" {{
      + algorithm       = "RSA"
      + private_key_pem = <<-EOT
{c.pem('RSA')}
        EOT
      + public_key_fingerprint_md5 = "{':'.join(rs(2, HEX) for _ in range(16))}"
    }}""")
    parts.append(f"\nPlan: {rng.randint(1, 5)} to add, {rng.randint(0, 3)} to change, 0 to destroy.\n\nOutputs:\n  + db_endpoint = (known after apply)\n  + account_id  = \"{digits(12, '6')}\"")
    return "\n\n".join(parts)


@template("gha_log", "text")
def t_gha(c):
    t0 = f"2025-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:"
    L = []

    def ln(s):
        L.append(f"{t0}{rng.randint(10, 59)}.{digits(7)}Z {s}")
    ln("##[group]Run actions/checkout@v4")
    ln(f"Download action repository 'actions/checkout@v4' (SHA:{sha1()})")
    ln("  token: ***")
    ln("##[endgroup]")
    ln("##[group]Run git remote -v")
    tok = c.gh("ghs_", kv=False, extra=["url_credentials"]) if c.p(0.5) else "***"
    ln(f"origin\thttps://x-access-token:{tok}@github.com/{rng.choice(['acme', 'kestrelpay'])}/{rng.choice(['infra', 'web'])}.git (fetch)")
    ln("##[endgroup]")
    if c.p(0.4):
        ln(f"+ git clone https://oauth2:{c.gl(kv=False, extra=['url_credentials'])}@gitlab.corp.io/platform/charts.git")
    else:
        ln("+ git clone https://oauth2:${GITLAB_TOKEN}@gitlab.corp.io/platform/charts.git")
    ln("##[group]Run ./scripts/deploy.sh")
    ln("env:\n  AWS_REGION: eu-west-1\n  AWS_ACCESS_KEY_ID: ***\n  AWS_SECRET_ACCESS_KEY: ***")
    if c.p(0.5):
        ln(f"+ aws configure set aws_access_key_id {c.aws_id()}")
        ln(f"+ aws configure set aws_secret_access_key {c.aws_secret(kv=False)}")
    else:
        ln("+ aws configure set aws_access_key_id '${{ secrets.AWS_ACCESS_KEY_ID }}'")
    if c.p(0.4):
        ln(f"+ echo '//registry.npmjs.org/:_authToken={c.secret()}' > ~/.npmrc")
    else:
        ln("+ echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc")
    if c.p(0.3):
        ln(f"+ curl -sf -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deployed\"}}' {c.hook()}")
    ln(f"Deployed revision {sha1()[:12]} to production (run {digits(10, '9')})")
    ln("##[endgroup]")
    ln(f"Cleaning up orphan processes")
    return "\n".join(L)


@template("sentry_event", "structured")
def t_sentry(c):
    loc = rng.choice(LOCS)
    filt = "[Filtered]"
    hdrs = {"Host": "api.kestrelpay.io", "User-Agent": f"okhttp/{ver()}", "Content-Type": "application/json",
            "Authorization": ("Bearer " + c.jwt()) if c.p(0.5) else filt,
            "X-Api-Key": c.openai() if c.p(0.4) else filt, "X-Request-Id": uuid4()}
    body = {"email": c.email(loc) if c.p() else doc_email(), "phone": c.phone(CC_OF[loc]) if c.p(0.5) else filt,
            "card_number": c.card() if c.p(0.3) else filt, "cvc": filt, "amount": rng.randint(100, 50000),
            "currency": rng.choice(["eur", "usd"])}
    ev = {"event_id": rs(32, HEX), "timestamp": ts(), "platform": "python", "level": "error", "release": f"checkout@{ver()}",
          "environment": "production",
          "exception": {"values": [{"type": "CardError", "value": "Your card was declined.", "module": "stripe.error",
                                    "stacktrace": {"frames": [{"filename": "app/payments.py", "lineno": rng.randint(20, 400), "function": "charge",
                                                               "vars": {"customer_id": "cus_" + rs(14), "idempotency_key": uuid4()}}]}}]},
          "request": {"url": "https://api.kestrelpay.io/v1/checkout", "method": "POST", "headers": hdrs, "data": body,
                      "query_string": f"locale={loc}&session={uuid4()}"},
          "user": {"id": str(rng.randint(10000, 999999)), "email": filt, "ip_address": ip4()},
          "tags": {"server_name": f"web-{rng.randint(1, 9)}", "runtime": "CPython 3.12.4"}}
    return ev


@template("datadog_logs", "raw-result")
def t_datadog(c):
    items = []
    for _ in range(rng.randint(2, 4)):
        k = rng.randrange(3)
        if k == 0:
            q = f"api_key={c.secret_q() if c.p(0.5) else '***'}&from={rng.randint(1_700_000_000, 1_760_000_000)}"
            attrs = {"http": {"url": f"https://partner.harborline.co/export?{q}", "status_code": 200, "method": "GET"}}
            msg = "export fetched"
        elif k == 1:
            attrs = {"usr": {"email": c.email("en", corp=True) if c.p() else doc_email(), "id": uuid4()}, "evt": {"name": "login_failed"}}
            msg = "authentication failure"
        else:
            attrs = {"db": {"statement": "SELECT * FROM orders WHERE id = ?", "row_count": rng.randint(0, 50)}, "duration": rng.randint(10**5, 10**9)}
            msg = "slow query"
        items.append({"id": b64u(rbytes(24)), "type": "log", "attributes": {"timestamp": ts(), "service": "orders-api", "status": "info",
                                                                              "host": f"i-{rs(17, HEX)}", "message": msg, "attributes": attrs,
                                                                              "tags": [f"env:prod", f"version:{ver()}"]}})
    inner = {"data": items, "meta": {"page": {"after": b64u(rbytes(30))}, "status": "done"}}
    return {"content": [{"type": "text", "text": json.dumps(inner)}], "isError": False}


def ascii_table(cols, rows, style="psql"):
    w = [max(len(str(x)) for x in [h] + [r[i] for r in rows]) for i, h in enumerate(cols)]
    if style == "psql":
        out = [" " + " | ".join(h.center(w[i]) for i, h in enumerate(cols)), "-" + "-+-".join("-" * x for x in w) + "-"]
        out += [" " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) for r in rows]
        out.append(f"({len(rows)} rows)")
    else:
        sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
        out = [sep, "| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(cols)) + " |", sep]
        out += ["| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) + " |" for r in rows]
        out += [sep, f"{len(rows)} rows in set ({rng.randint(0, 3)}.{digits(2)} sec)"]
    return "\n".join(out)


@template("psql_table", "text")
def t_psql(c):
    if c.pos and rng.random() < .8:
        cols = ["id", "full_name", "email", "phone", "ssn", "created_at"]
        rows = []
        for _ in range(rng.randint(2, 5)):
            f, l = person("en")
            rows.append([rng.randint(1000, 99999), f"{f} {l}", c.email("en", name=(f, l)) if c.p(0.8) else doc_email(),
                         c.phone("US") if c.p(0.6) else "", c.ssn() if c.p(0.6) else "***-**-" + digits(4), ts()[:19].replace("T", " ")])
        q = "SELECT id, full_name, email, phone, ssn, created_at FROM customers WHERE state = 'TX' LIMIT 5;"
    else:
        cols = ["sku", "ean", "title", "price_cents", "isbn", "updated_at"]
        rows = [[f"SKU-{digits(6)}", ean13(), rng.choice(["Trail shoe", "Desk lamp", "Guidebook", "Thermos"]), rng.randint(500, 20000),
                 isbn13(), ts()[:19].replace("T", " ")] for _ in range(rng.randint(3, 6))]
        q = "SELECT sku, ean, title, price_cents, isbn, updated_at FROM products ORDER BY updated_at DESC LIMIT 6;"
    return f"shop=> {q}\n" + ascii_table(cols, rows, "psql")


@template("mysql_table", "text")
def t_mysql(c):
    if c.pos:
        cols = ["id", "customer_email", "card_number", "exp", "billing_phone"]
        rows = []
        for _ in range(rng.randint(2, 4)):
            loc = rng.choice(LOCS)
            rows.append([rng.randint(1, 9999), c.email(loc) if c.p(0.7) else doc_email(loc),
                         c.card("plain") if c.p(0.7) else masked_card(), f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
                         c.phone(CC_OF[loc]) if c.p(0.5) else "NULL"])
        q = "SELECT id, customer_email, card_number, exp, billing_phone FROM legacy_payments LIMIT 4;"
    else:
        cols = ["order_id", "tracking_no", "card_last4", "total", "ordered_at"]
        rows = [[nonluhn(16, rng.choice("45")), tracking(), digits(4), f"{rng.randint(5, 900)}.{digits(2)}", ts()[:10]] for _ in range(rng.randint(3, 5))]
        q = "SELECT order_id, tracking_no, card_last4, total, ordered_at FROM orders LIMIT 5;"
    return f"mysql> {q}\n" + ascii_table(cols, rows, "mysql")


@template("sql_csv_export", "text")
def t_sqlcsv(c):
    if c.pos:
        head = "employee_id,first_name,last_name,work_email,mobile,ssn,hire_date"
        rows = []
        for _ in range(rng.randint(3, 6)):
            f, l = person("en")
            rows.append(",".join([f"E{digits(5)}", f, l, c.email(name=(f, l), corp=True) if c.p(0.8) else doc_email(),
                                  c.phone("US") if c.p(0.5) else "", c.ssn(rng.choice([None, None, "plain"])) if c.p(0.7) else "",
                                  ts()[:10]]))
    else:
        head = "employee_id,department,cost_center,badge_uid,hire_date,laptop_mac"
        rows = [",".join([f"E{digits(5)}", rng.choice(["Finance", "Ops", "R&D"]), f"CC-{digits(4)}", uuid4(), ts()[:10], mac()])
                for _ in range(rng.randint(3, 6))]
    return "COPY " + str(len(rows)) + "\n" + head + "\n" + "\n".join(rows)


def csvq(s):
    return '"' + str(s).replace('"', '""') + '"'


@template("excel_csv", "text")
def t_excel(c):
    loc = rng.choice(["de", "fr", "nl", "es", "it", "pt"])
    cc = CC_OF[loc]
    hdr = {"de": ["Kundennr.", "Name", "Straße", "IBAN", "Telefon", "E-Mail", "Betrag"],
           "fr": ["N° client", "Nom", "Adresse", "IBAN", "Téléphone", "Courriel", "Montant"],
           "nl": ["Klantnr", "Naam", "Adres", "IBAN", "Telefoon", "E-mail", "Bedrag"],
           "es": ["Nº cliente", "Nombre", "Dirección", "IBAN", "Teléfono", "Correo", "Importe"],
           "it": ["Cod. cliente", "Nome", "Indirizzo", "IBAN", "Telefono", "Email", "Importo"],
           "pt": ["N.º cliente", "Nome", "Morada", "IBAN", "Telefone", "Email", "Valor"]}[loc]
    rows = [";".join(csvq(h) for h in hdr)]
    for _ in range(rng.randint(2, 5)):
        f, l = person(loc)
        addr = f"{rng.choice(['Hauptstr.', 'rue de la Paix', 'Keizersgracht', 'Calle Mayor', 'Via Roma', 'Rua Augusta'])} {rng.randint(1, 200)}\n{digits(5)} {rng.choice(['Berlin', 'Lyon', 'Utrecht', 'Sevilla', 'Torino', 'Porto'])}"
        if c.pos:
            ib = c.iban(cc) if c.p(0.7) else rng.choice(TEXTBOOK_IBANS)
            ph_ = c.phone(cc) if c.p(0.6) else ""
            em = c.email(loc, name=(f, l)) if c.p(0.6) else ""
        else:
            ib = rng.choice([bad_iban(cc), "", "siehe Vertrag" if loc == "de" else "—"])
            ph_, em = "", doc_email(loc)
        amount = f"{rng.randint(1, 9)}.{digits(3)},{digits(2)}"
        rows.append(";".join([csvq(f"K-{digits(6)}"), csvq(f'{f} "{l}"' if rng.random() < .2 else f"{f} {l}"), csvq(addr), csvq(ib), csvq(ph_), csvq(em), csvq(amount)]))
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


@template("support_chat", "text")
def t_chat(c):
    f, l = person("en")
    agent = rng.choice(["Priya (Support)", "Tom (Billing)", "Ana (Support)"])
    L = [f"Chat transcript — conversation {uuid4()} — {ts()[:10]}", f"[09:{rng.randint(10, 59)}] {f} {l}: Hi, my order {order_no()} never arrived."]
    L.append(f"[09:{rng.randint(10, 59)}] {agent}: Sorry to hear that! Tracking shows {tracking()} stuck in transit. Can you confirm the email on the account?")
    L.append(f"[09:{rng.randint(10, 59)}] {f} {l}: sure it's {c.email('en', name=(f, l)) if c.p(0.8) else doc_email()}")
    if c.p(0.6):
        L.append(f"[09:{rng.randint(10, 59)}] {f} {l}: and just charge the replacement to my other card {c.card()} exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}")
        L.append(f"[09:{rng.randint(10, 59)}] {agent}: Please don't share full card numbers in chat — I've flagged this message for redaction.")
    else:
        L.append(f"[09:{rng.randint(10, 59)}] {agent}: Thanks. I can see the Visa {masked_card()} on file; the refund of ${rng.randint(10, 300)}.{digits(2)} goes back to it.")
    if c.p(0.4):
        L.append(f"[09:{rng.randint(10, 59)}] {f} {l}: for the insurance claim you asked for my social, it's {c.ssn(rng.choice([None, 'space']))}")
    else:
        lab, num = nine_digit_other()
        L.append(f"[09:{rng.randint(10, 59)}] {agent}: Your case reference ({lab}) is {num}.")
    if c.p(0.5):
        L.append(f"[09:{rng.randint(10, 59)}] {f} {l}: call me back at {c.phone(rng.choice(['US', 'UK']))} after 5pm")
    L.append(f"[09:{rng.randint(10, 59)}] {agent}: Anything else I can help with today?")
    return "\n".join(L)


I18N = {
    "de": dict(subj="Änderung meiner Bankverbindung", greet="Sehr geehrte Damen und Herren,",
               iban="bitte buchen Sie die Monatsbeiträge ab sofort von meinem neuen Konto ab: IBAN {v}.",
               ex="(Im Formular stand als Beispiel {v}, das habe ich natürlich nicht verwendet.)",
               phone="Sie erreichen mich tagsüber unter {v}.", ssn="Für die Steuerbescheinigung: meine US-Sozialversicherungsnummer (SSN) lautet {v}.",
               pw="Mein Passwort für das Kundenportal lautet übrigens: {v} – bitte zurücksetzen.",
               ref="Kundennummer: {v}", order="Rechnungsnummer {v}", bye="Mit freundlichen Grüßen"),
    "fr": dict(subj="Mise à jour de mes coordonnées bancaires", greet="Bonjour,",
               iban="merci de prélever désormais mes mensualités sur mon nouveau compte : IBAN {v}.",
               ex="(Le formulaire donnait l'exemple {v}, que je n'ai pas utilisé.)",
               phone="Vous pouvez me joindre au {v}.", ssn="Pour le formulaire W-9 : mon numéro de sécurité sociale américain (SSN) est {v}.",
               pw="Mon mot de passe de l'espace client est {v}, merci de le réinitialiser.",
               ref="Numéro client : {v}", order="Facture n° {v}", bye="Cordialement"),
    "es": dict(subj="Cambio de cuenta bancaria", greet="Hola,",
               iban="a partir de este mes, por favor carguen los recibos en mi nueva cuenta: IBAN {v}.",
               ex="(En el formulario aparecía el ejemplo {v}, no es el mío.)",
               phone="Mi teléfono de contacto es el {v}.", ssn="Para el formulario fiscal: mi número de la seguridad social estadounidense (SSN) es {v}.",
               pw="La contraseña de mi cuenta es {v}, por favor cámbienla.",
               ref="Número de cliente: {v}", order="Factura n.º {v}", bye="Un saludo"),
    "pt": dict(subj="Alteração de dados bancários", greet="Boa tarde,",
               iban="peço que passem a debitar as prestações na minha nova conta: IBAN {v}.",
               ex="(O formulário mostrava o exemplo {v}, que não é o meu.)",
               phone="Podem ligar-me para o {v}.", ssn="Para efeitos fiscais: o meu número de segurança social dos EUA (SSN) é {v}.",
               pw="A minha senha do portal é {v}; por favor redefinam-na.",
               ref="Número de cliente: {v}", order="Fatura n.º {v}", bye="Com os melhores cumprimentos"),
    "it": dict(subj="Variazione coordinate bancarie", greet="Buongiorno,",
               iban="vi prego di addebitare le rate sul mio nuovo conto: IBAN {v}.",
               ex="(Nel modulo c'era l'esempio {v}, che ovviamente non ho usato.)",
               phone="Potete contattarmi al {v}.", ssn="Per il modulo fiscale: il mio numero di previdenza sociale statunitense (SSN) è {v}.",
               pw="La password dell'area clienti è {v}, vi chiedo di reimpostarla.",
               ref="Codice cliente: {v}", order="Fattura n. {v}", bye="Cordiali saluti"),
    "nl": dict(subj="Wijziging rekeningnummer", greet="Beste klantenservice,",
               iban="wilt u de maandelijkse incasso voortaan van mijn nieuwe rekening afschrijven: IBAN {v}.",
               ex="(Op het formulier stond het voorbeeld {v}, dat is niet het mijne.)",
               phone="U kunt mij bereiken op {v}.", ssn="Voor de belastingaangifte: mijn Amerikaanse Social Security Number (SSN) is {v}.",
               pw="Mijn wachtwoord voor het klantportaal is {v}, graag resetten.",
               ref="Klantnummer: {v}", order="Factuurnummer {v}", bye="Met vriendelijke groet"),
}


def make_i18n_email(loc):
    def f(c):
        d = I18N[loc]
        cc = CC_OF[loc]
        fn, ln_ = person(loc)
        sender = c.email(loc, name=(fn, ln_)) if c.p(0.7) else doc_email(loc)
        to = f"service@{rng.choice(DOC_DOMAINS)}"
        body = [d["greet"], ""]
        if c.p(0.85):
            body.append(d["iban"].format(v=c.iban(cc)))
            if rng.random() < .4:
                body.append(d["ex"].format(v=rng.choice([t for t in TEXTBOOK_IBANS if t.startswith(cc)] or TEXTBOOK_IBANS)))
        else:
            body.append(d["iban"].format(v=rng.choice([bad_iban(cc), rng.choice([t for t in TEXTBOOK_IBANS if t.startswith(cc)] or TEXTBOOK_IBANS)])))
        body.append(d["ref"].format(v=digits(9, "4")) + " · " + d["order"].format(v=invoice_no()))
        if c.p(0.6):
            body.append(d["phone"].format(v=c.phone(cc)))
        if c.p(0.3):
            body.append(d["ssn"].format(v=c.ssn()))
        if c.p(0.25):
            body.append(d["pw"].format(v=c.secret(rng.randint(12, 18))))
        body += ["", d["bye"], f"{fn} {ln_}"]
        return f"From: {fn} {ln_} <{sender}>\nTo: {to}\nSubject: {d['subj']}\nDate: Mon, {rng.randint(1, 28)} Sep 2025 {rng.randint(8, 19)}:{rng.randint(10, 59)}:00 +0200\nMessage-ID: <{uuid4()}@mail.{rng.choice(DOC_DOMAINS)}>\n\n" + "\n".join(body)
    return f


for _loc in ["de", "fr", "es", "pt", "it", "nl"]:
    template(f"email_{_loc}", "text")(make_i18n_email(_loc))


@template("hr_payroll", "structured")
def t_payroll(c):
    emps = []
    for _ in range(rng.randint(2, 4)):
        us = rng.random() < .5
        loc = "en" if us else rng.choice(["de", "nl", "fr", "es"])
        f, l = person(loc)
        e = {"employee_id": f"EMP-{digits(6)}", "name": f"{f} {l}", "country": CC_OF[loc], "gross": rng.randint(3000, 12000),
             "net": rng.randint(2000, 8000), "cost_center": f"CC{digits(4)}", "period": "2025-09"}
        if c.pos:
            if us:
                e["ssn"] = c.ssn() if c.p(0.8) else "XXX-XX-" + digits(4)
                e["bank"] = {"routing_number": "021000021", "account_number": "****" + digits(4)}
                e["phone"] = c.phone("US") if c.p(0.4) else None
            else:
                e["bank"] = {"iban": c.iban(CC_OF[loc]) if c.p(0.8) else "DE** **** **** **** **" + digits(2), "bic": rng.choice(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP"])}
            e["email"] = c.email(loc, name=(f, l), corp=True) if c.p(0.6) else None
        else:
            e["bank"] = {"iban_last4": digits(4), "bic": rng.choice(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP"])}
            e["tax_id_on_file"] = True
        emps.append(e)
    return {"report": "payroll_run", "run_id": ulid(), "company": "Nordhafen GmbH", "employees": emps,
            "totals": {"gross": sum(e["gross"] for e in emps), "currency": "EUR"}}


@template("shopify_order", "structured")
def t_shopify(c):
    loc = rng.choice(LOCS)
    cc = CC_OF[loc]
    f, l = person(loc)
    em = c.email(loc, name=(f, l)) if c.p(0.8) else doc_email(loc)
    ph_ = c.phone(cc) if c.p(0.5) else None
    addr = {"first_name": f, "last_name": l, "address1": f"{rng.randint(1, 200)} Market St", "city": "Springfield", "zip": digits(5),
            "country_code": cc, "phone": ph_}
    return {"order": {"id": int(digits(13, "5")), "name": f"#{rng.randint(1001, 99999)}", "email": em, "contact_email": em,
                      "created_at": ts(), "currency": "EUR", "total_price": f"{rng.randint(10, 500)}.{digits(2)}",
                      "confirmation_number": rs(9, string.ascii_uppercase + DIG), "checkout_id": int(digits(14, "3")),
                      "customer": {"id": int(digits(13, "6")), "email": em, "phone": ph_, "first_name": f, "last_name": l, "verified_email": True},
                      "billing_address": addr, "shipping_address": addr,
                      "payment_details": {"credit_card_bin": rng.choice(["424242", "545454", "411111"]), "credit_card_number": masked_card(),
                                          "credit_card_company": rng.choice(["Visa", "Mastercard"]), "avs_result_code": "Y", "cvv_result_code": "M"},
                      "line_items": [{"id": int(digits(14, "1")), "sku": f"SKU-{digits(5)}", "variant_id": int(digits(14, "4")),
                                      "title": rng.choice(["Ceramic mug", "Wool scarf", "Notebook"]), "quantity": rng.randint(1, 3),
                                      "barcode": ean13()}],
                      "fulfillments": [{"tracking_number": tracking(), "tracking_company": rng.choice(["UPS", "DHL", "PostNL"])}],
                      "browser_ip": ip4(), "note_attributes": [{"name": "gift_message", "value": "Happy birthday!"}]}}


@template("woocommerce_order", "raw-result")
def t_woo(c):
    loc = rng.choice(LOCS)
    cc = CC_OF[loc]
    f, l = person(loc)
    o = {"id": rng.randint(1000, 99999), "status": "processing", "currency": "EUR", "date_created": ts()[:19],
         "billing": {"first_name": f, "last_name": l, "email": c.email(loc, name=(f, l)) if c.p(0.8) else doc_email(loc),
                     "phone": c.phone(cc) if c.p(0.6) else "", "postcode": digits(5), "country": cc},
         "payment_method": "stripe", "transaction_id": "ch_" + rs(24), "customer_ip_address": ip4(),
         "meta_data": [{"id": rng.randint(1, 9999), "key": "_stripe_customer_id", "value": "cus_" + rs(14)},
                       {"id": rng.randint(1, 9999), "key": "_order_key", "value": "wc_order_" + rs(13)},
                       {"id": rng.randint(1, 9999), "key": "_payment_method_token_last4", "value": digits(4)}],
         "line_items": [{"name": "Espresso beans 1kg", "sku": ean13(), "quantity": 2, "total": "38.00"}]}
    if c.p(0.25):
        o["customer_note"] = f"Bitte IBAN für Rückerstattung: {c.iban(rng.choice(['DE', 'AT', 'NL']))}"
    return {"content": [{"type": "text", "text": json.dumps(o, ensure_ascii=False)}], "isError": False}


@template("stripe_webhook", "structured")
def t_stripe_wh(c):
    live = c.pos or rng.random() < .5
    loc = rng.choice(LOCS)
    bd = {"email": c.email(loc) if c.p(0.8) else "jenny.rosen@example.com", "name": " ".join(person(loc)),
          "phone": c.phone(CC_OF[loc]) if c.p(0.5) else None,
          "address": {"city": "Lisboa", "country": CC_OF[loc], "line1": "Rua Augusta 100", "postal_code": digits(4) + "-" + digits(3)}}
    ch = {"id": "ch_" + rs(24), "object": "charge", "amount": rng.randint(100, 100000), "currency": "eur", "billing_details": bd,
          "payment_method": "pm_" + rs(24), "payment_intent": "pi_" + rs(24), "receipt_url": f"https://pay.stripe.com/receipts/payment/{rs(60, B64URL)}",
          "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": digits(4), "exp_month": rng.randint(1, 12),
                                                              "exp_year": rng.randint(2026, 2031), "fingerprint": rs(16), "country": CC_OF[loc]}}}
    if not c.pos and rng.random() < .5:
        ch["description"] = f"Test charge with card {rng.choice(TEST_CARDS)} (test mode)"
    return {"id": "evt_" + rs(24), "object": "event", "api_version": "2024-06-20", "created": rng.randint(1_700_000_000, 1_760_000_000),
            "livemode": live, "type": "charge.succeeded", "data": {"object": ch},
            "request": {"id": "req_" + rs(14), "idempotency_key": uuid4()},
            "_headers": {"Stripe-Signature": f"t={rng.randint(1_700_000_000, 1_760_000_000)},v1={sha256()},v0={sha256()}"}}


@template("paypal_ipn", "text")
def t_paypal(c):
    from urllib.parse import quote
    loc = rng.choice(LOCS)
    f, l = person(loc)
    payer = c.email(loc, name=(f, l)) if c.p(0.9) else doc_email(loc)
    kv = [("mc_gross", f"{rng.randint(5, 300)}.{digits(2)}"), ("protection_eligibility", "Eligible"), ("payer_id", rs(13, string.ascii_uppercase + DIG)),
          ("payment_date", "10:12:46 Sep 20, 2025 PDT"), ("payment_status", "Completed"), ("first_name", ascii_fold(f)), ("last_name", ascii_fold(l)),
          ("payer_email", payer), ("receiver_email", "payments@" + rng.choice(DOC_DOMAINS)), ("txn_id", rs(17, string.ascii_uppercase + DIG)),
          ("verify_sign", rs(56, B64URL)), ("ipn_track_id", rs(13, HEX))]
    if c.p(0.4):
        kv.append(("contact_phone", c.phone(rng.choice(["US", "UK", "DE"]))))
    body = "&".join(f"{k}={quote(v, safe='@.-_')}" for k, v in kv)
    # phone numbers contain spaces -> percent-encoded in the body; label the decoded form only if it appears verbatim
    return f"POST /paypal/ipn HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n{body}\n\n# decoded payer: {payer}\n# contact_phone: {dict(kv).get('contact_phone', 'n/a')}"


@template("oauth_token_response", "structured")
def t_oauth(c):
    k = rng.randrange(4)
    if not c.pos:
        return rng.choice([
            {"error": "invalid_grant", "error_description": "Refresh token expired", "error_uri": "https://tools.ietf.org/html/rfc6749#section-5.2"},
            {"active": True, "client_id": f"cli_{rs(10, HEX)}", "username": doc_email(), "scope": "orders:read", "sub": uuid4(),
             "exp": rng.randint(1_700_000_000, 1_760_000_000), "token_type": "Bearer", "jti": uuid4()},
            {"token_type": "Bearer", "expires_in": 3600, "access_token": nv("jwt"), "scope": "openid"},
            {"ok": False, "error": "invalid_code", "warning": "superfluous_charset"}])
    if k == 0:
        return {"access_token": c.jwt(), "token_type": "Bearer", "expires_in": 3600, "refresh_token": c.secret(rng.randint(32, 48)),
                "id_token": c.jwt(alg="RS256"), "scope": "openid profile email offline_access"}
    if k == 1:
        return {"access_token": c.gh("gho_"), "token_type": "bearer", "scope": "repo,gist",
                "refresh_token": c.gh("ghr_") if rng.random() < .5 else None, "expires_in": 28800}
    if k == 2:
        return {"ok": True, "app_id": "A0" + rs(9, string.ascii_uppercase + DIG), "authed_user": {"id": "U0" + rs(9, string.ascii_uppercase + DIG),
                "scope": "chat:write", "access_token": c.slack("xoxp"), "token_type": "user"},
                "scope": "commands,incoming-webhook", "token_type": "bot", "access_token": c.slack("xoxb"),
                "bot_user_id": "U0" + rs(9, string.ascii_uppercase + DIG), "team": {"id": "T9" + rs(8, string.ascii_uppercase + DIG), "name": "Harborline"},
                "incoming_webhook": {"channel": "#alerts", "url": c.hook("slack"), "configuration_url": "https://harborline.slack.com/services/B0" + rs(8, string.ascii_uppercase + DIG)}}
    return {"access_token": c.secret(rng.choice([32, 40])), "token_type": "Bearer", "expires_in": 7199,
            "refresh_token": c.secret(40), "created_at": rng.randint(1_700_000_000, 1_760_000_000), "scope": "api read_user"} | {"_note": "GitLab OAuth"}


@template("dotenv", "text")
def t_dotenv(c):
    L = [f"# generated by setup.sh on {ts()[:10]}", "# DO NOT COMMIT", "NODE_ENV=production", f"PORT={rng.choice([3000, 8080])}"]
    for _ in range(rng.randint(4, 8)):
        n, v = any_secret_kv(c)
        style = rng.randrange(4)
        if style == 0:
            L.append(f"{n}={v}")
        elif style == 1:
            L.append(f'export {n}="{v}"')
        elif style == 2:
            L.append(f"{n}='{v}'  # rotated quarterly")
        else:
            L.append(f"# {n.lower().replace('_', ' ')}\n{n}={v}")
    L.append(f"DATABASE_URL={db_url(c)}")
    if c.p(0.35):
        L.append(f'GCP_SA_PRIVATE_KEY="{c.pem("PKCS8", escaped=True)}"')
    L.append(f"SENTRY_RELEASE={sha1()}")
    return "\n".join(L) + "\n"


@template("java_properties", "text")
def t_props(c):
    L = ["# application-prod.properties", f"# build {ver()} ({sha1()[:8]})", "server.port=8443",
         "spring.datasource.url=jdbc:postgresql://orders-db:5432/orders", "spring.datasource.username=orders_app"]
    L.append("spring.datasource.password=" + (c.secret() if c.p() else rng.choice(["${DB_PASSWORD}", "changeme", ""])))
    pw = c.urlpw() if c.p(0.4) else "${MQ_PASS}"
    L.append(f"spring.rabbitmq.addresses=amqp://orders:{pw}@rabbitmq.prod:5672/orders")
    L.append("spring.mail.host=smtp.sendgrid.net")
    L.append("spring.mail.username=apikey")
    L.append("spring.mail.password=" + (c.secret() if c.p(0.5) else "${SENDGRID_API_KEY}"))
    L.append("stripe.api.secret-key=" + (c.stripe() if c.p(0.5) else nv("stripe")))
    L.append("app.notify.admin-email=" + (c.email("en", corp=True) if c.p(0.5) else doc_email()))
    L.append("management.endpoints.web.exposure.include=health,info")
    L.append(f"app.cache.key-prefix=orders:{uuid4()}")
    return "\n".join(L)


@template("ini_config", "text")
def t_ini(c):
    k = rng.randrange(3)
    if k == 0:
        if c.p(0.85):
            return f"""# ~/.aws/credentials
[default]
aws_access_key_id = {c.aws_id()}
aws_secret_access_key = {c.aws_secret()}
region = eu-west-1

[ci-readonly]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""
        return f"""# ~/.aws/config
[profile prod]
sso_start_url = https://harborline.awsapps.com/start
sso_region = eu-west-1
sso_account_id = {digits(12, '5')}
sso_role_name = ReadOnly
credential_process = /usr/local/bin/aws-vault exec prod --json
[profile legacy]
role_arn = arn:aws:iam::{digits(12, '3')}:role/deploy
source_profile = prod
"""
    if k == 1:
        pw = c.secret() if c.p() else rng.choice(["", "%(DB_PASS)s", "changeme"])
        return f"""# /etc/mysql/conf.d/client.cnf
[client]
user     = backup
password = {pw}
host     = 10.0.3.17
socket   = /var/run/mysqld/mysqld.sock

[mysqldump]
quick
max_allowed_packet = 64M
"""
    iu = f"https://deploy:{c.urlpw()}@nexus.corp.internal/repository/pypi/simple" if c.p() else "https://nexus.corp.internal/repository/pypi/simple"
    tok = c.secret(rng.randint(60, 90)) if c.p(0.5) else "<pypi-token>"
    return f"""# ~/.pip/pip.conf
[global]
index-url = {iu}
trusted-host = nexus.corp.internal
timeout = 60

# ~/.pypirc
[distutils]
index-servers = pypi
[pypi]
username = __token__
password = {('pypi-' + tok) if not tok.startswith('<') else tok}
"""


@template("toml_config", "text")
def t_toml(c):
    k = rng.randrange(3)
    if k == 0:
        tok = c.gl(extra=[]) if c.p() else "glrt-REDACTED"
        return f"""concurrent = 4
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "docker-runner-{rng.randint(1, 9)}"
  url = "https://gitlab.corp.io/"
  id = {rng.randint(100, 9999)}
  token = "{tok}"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]
"""
    if k == 1:
        db = f'postgresql://streamlit:{c.urlpw()}@db.internal:5432/analytics' if c.p() else "postgresql://streamlit@db.internal:5432/analytics"
        return f"""# .streamlit/secrets.toml
[connections.analytics]
url = "{db}"

[openai]
api_key = "{c.openai() if c.p(0.6) else nv('openai')}"

[smtp]
user = "{c.email('en', corp=True) if c.p(0.5) else doc_email()}"
password = "{c.secret() if c.p(0.5) else ''}"
"""
    tok = ("cio" + rs(32)) if c.p() else "<token>"
    if tok.startswith("cio"):
        c.L("generic_secret", tok)
    return f"""# ~/.cargo/credentials.toml
[registry]
token = "{tok}"

[registries.internal]
index = "sparse+https://cargo.corp.io/index/"
# checksum {sha256()}
"""


@template("xml_config", "text")
def t_xml(c):
    k = rng.randrange(3)
    if k == 0:
        pw = c.secret() if c.p() else rng.choice(["******", "$(DbPassword)", "#{DB_PASSWORD}#"])
        sk = c.stripe() if c.p(0.5) else nv("stripe")
        return f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Orders" connectionString="Server=tcp:orders-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={pw};Encrypt=True;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StripeSecretKey" value="{sk}" />
    <add key="SupportMailbox" value="{c.email('en', corp=True) if c.p(0.4) else doc_email()}" />
    <add key="InstanceId" value="{uuid4()}" />
  </appSettings>
  <system.web><machineKey validation="HMACSHA256" decryption="AES" validationKey="AutoGenerate,IsolateApps" /></system.web>
</configuration>"""
    if k == 1:
        pw = c.secret() if c.p() else "${env.NEXUS_PASSWORD}"
        return f"""<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>corp-releases</id>
      <username>deployer</username>
      <password>{pw}</password>
    </server>
    <server>
      <id>github</id>
      <username>ci-bot</username>
      <password>{c.gh('ghp_') if c.p(0.5) else '${env.GITHUB_TOKEN}'}</password>
    </server>
  </servers>
  <mirrors><mirror><id>central</id><url>https://nexus.corp.io/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror></mirrors>
</settings>"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Harborline</string>
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">{c.gkey() if c.p() else nv('google')}</string>
    <string name="support_phone">{c.phone('US') if c.p(0.4) else '1-800-FLOWERS'}</string>
    <string name="build_hash">{sha1()}</string>
</resources>"""


@template("dockerfile", "text")
def t_docker(c):
    L = [f"FROM python:3.12-slim@sha256:{sha256()}", f'LABEL maintainer="{c.email("en", corp=True) if c.p(0.4) else doc_email()}" version="{ver()}"',
         "ARG NPM_TOKEN", "ARG BUILD_DATE"]
    if c.p(0.5):
        L.append(f"ENV AWS_ACCESS_KEY_ID={c.aws_id()} \\\n    AWS_SECRET_ACCESS_KEY={c.aws_secret()} \\\n    AWS_DEFAULT_REGION=eu-central-1")
    else:
        L.append("ENV AWS_DEFAULT_REGION=eu-central-1 \\\n    AWS_SHARED_CREDENTIALS_FILE=/run/secrets/aws")
    if c.p(0.5):
        L.append(f"RUN pip install --index-url https://__token__:{c.urlpw()}@pypi.corp.io/simple -r requirements.txt")
    else:
        L.append("RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt")
    if c.p(0.4):
        L.append(f"ENV OPENAI_API_KEY={c.openai()}")
    if c.p(0.3):
        L.append(f'ENV DJANGO_SECRET_KEY="{c.secret(50)}"')
    L += ["COPY . /app", "WORKDIR /app", f"HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1", 'CMD ["gunicorn", "app.wsgi", "-b", "0.0.0.0:8000"]']
    return "\n".join(L)


@template("shell_history", "text")
def t_hist(c):
    cmds = []
    pool = [
        lambda: f"git log --oneline -n 5 {sha1()[:7]}..HEAD",
        lambda: f"kubectl -n prod get pods -o wide",
        lambda: f"export AWS_ACCESS_KEY_ID={c.aws_id() if c.p() else nv('aws_id')}",
        lambda: f"export AWS_SECRET_ACCESS_KEY={c.aws_secret() if c.p() else nv('aws_secret')}",
        lambda: f"curl -H \"Authorization: Bearer {c.gl(kv=False) if c.p() else nv('gitlab')}\" https://gitlab.corp.io/api/v4/projects",
        lambda: f"curl -H 'PRIVATE-TOKEN: {c.gl() if c.p() else '$GITLAB_TOKEN'}' https://gitlab.corp.io/api/v4/user",
        lambda: f"psql {db_url(c, 'postgresql')}",
        lambda: f"export ANTHROPIC_API_KEY={c.anthropic() if c.p() else nv('anthropic')}",
        lambda: "docker login -u ci -p " + (c.secret() if c.p(0.4) else '"$REGISTRY_PASSWORD"') + " registry.corp.io",
        lambda: f"ssh-keygen -lf ~/.ssh/id_ed25519.pub",
        lambda: f"sha256sum release-{ver()}.tar.gz",
        lambda: f"gh auth login --with-token <<< {c.gh('ghp_', kv=False) if c.p() else 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'}",
        lambda: f"ping -c 3 {ip4()}",
        lambda: f"vim ~/.aws/credentials",
    ]
    for i, f in enumerate(rng.sample(pool, rng.randint(6, 10))):
        cmds.append(f"{rng.randint(100, 999) + i:5d}  {f()}")
    return "\n".join(cmds)


@template("jupyter_notebook", "structured")
def t_nb(c):
    key = c.openai() if c.p(0.5) else "os.environ[\"OPENAI_API_KEY\"]"
    src1 = ["import os, pandas as pd\n", "from openai import OpenAI\n", f"client = OpenAI(api_key={key if key.startswith('os.') else repr(key)})\n"]
    rows = []
    for _ in range(3):
        loc = rng.choice(LOCS)
        rows.append(f"{rng.randint(0, 99):<3} {c.email(loc) if c.p(0.6) else doc_email(loc):<36} {rng.randint(1, 99):>4}")
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(rng.randint(200, 500))).decode()
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "source": src1, "outputs": []},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df = pd.read_sql('select email, n_orders from customers limit 3', engine)\n", "df"],
              "outputs": [{"output_type": "execute_result", "execution_count": 2, "data": {"text/plain": ["    email                                n_orders\n"] + [r + "\n" for r in rows]}, "metadata": {}}]},
             {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["df.plot.bar(); plt.show()"],
              "outputs": [{"output_type": "display_data", "data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}}]}]
    if c.p(0.4):
        cells.append({"cell_type": "code", "execution_count": 4, "metadata": {}, "source": [f"gmaps = googlemaps.Client(key='{c.gkey(kv=False)}')\n"], "outputs": []})
    if c.p(0.5):
        cells.append({"cell_type": "code", "execution_count": 5, "metadata": {}, "source": ["import anthropic\n", f"ac = anthropic.Anthropic(api_key=\"{c.anthropic()}\")\n"], "outputs": []})
    return {"path": f"notebooks/{rng.choice(['churn', 'ltv', 'support-triage'])}.ipynb",
            "notebook": {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "cells": cells}}


@template("markdown_runbook", "text")
def t_md(c):
    a, s = doc_aws()
    parts = [f"# Runbook: rotate integration credentials\n\n_Last reviewed {ts()[:10]} by on-call._\n",
             "## 1. AWS\n\nThe CLI expects the pair in `~/.aws/credentials`; the AWS docs use this shape:\n\n```ini\n[default]\naws_access_key_id = " + a + "\naws_secret_access_key = " + s + "\n```\n"]
    if c.p(0.5):
        parts.append(f"Temporary break-glass pair issued for the migration (revoke after!):\n\n```\n{c.aws_id()}\n{c.aws_secret(kv=False)}\n```\n")
    parts.append("## 2. Slack alerts\n\nIncoming webhooks look like `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.")
    if c.p(0.5):
        parts.append(f"Current #ops-alerts hook: {c.hook()}\n")
    parts.append(f"## 3. API tokens\n\nJWTs are verified against the JWKS; for debugging paste into jwt.io, e.g. `{JWT_IO}`.")
    if c.p(0.4):
        parts.append(f"Service token used by the cron job (expires in 24h):\n\n    {c.jwt(kv=False)}\n")
    if c.p(0.3):
        parts.append(f"## 4. Escalation\n\nPage the DB owner {' '.join(person('en'))} at {c.phone('US')} or {c.email('en', corp=True)}.")
    else:
        parts.append(f"## 4. Escalation\n\nPage via PagerDuty service `P{rs(6, string.ascii_uppercase + DIG)}`; contact oncall@{rng.choice(DOC_DOMAINS)}.")
    parts.append(f"Tracking issue: OPS-{rng.randint(100, 9999)}, commit `{sha1()}`.")
    return "\n\n".join(parts)


@template("ci_yaml", "text")
def t_ci(c):
    if rng.random() < .5:
        return f"""# .gitlab-ci.yml
variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: {c.secret() if c.p() else '$SONAR_TOKEN'}
  DEPLOY_TOKEN: "{c.gl() if c.p() else '$CI_JOB_TOKEN'}"
  SLACK_HOOK: "{c.hook() if c.p(0.5) else nv('webhook')}"

stages: [build, deploy]

build:
  stage: build
  image: docker:27@sha256:{sha256()}
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
"""
    return f"""# .github/workflows/deploy.yml
name: deploy
on:
  push:
    branches: [main]
env:
  AWS_REGION: eu-west-1
  NPM_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}
  SLACK_WEBHOOK_URL: {c.hook() if c.p(0.5) else '${{ secrets.SLACK_WEBHOOK_URL }}'}
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@{sha1()}  # v4.2.2
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: {c.aws_id() if c.p(0.5) else '${{ secrets.AWS_ACCESS_KEY_ID }}'}
          aws-secret-access-key: {c.aws_secret() if c.p(0.5) else '${{ secrets.AWS_SECRET_ACCESS_KEY }}'}
      - run: ./deploy.sh
        env:
          GH_TOKEN: {c.gh() if c.p(0.4) else '${{ github.token }}'}
"""


@template("har_excerpt", "structured")
def t_har(c):
    entries = []
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(4)
        if k == 3:
            sk = c.stripe(kv=True) if c.p() else nv("stripe")
            req = {"method": "POST", "url": "https://api.stripe.com/v1/payment_intents", "headers": [{"name": "Authorization", "value": f"Bearer {sk}"},
                   {"name": "Stripe-Version", "value": "2024-06-20"}, {"name": "Idempotency-Key", "value": uuid4()}],
                   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": f"amount={rng.randint(100, 9999)}&currency=eur&customer=cus_{rs(14)}"}}
        elif k == 0:
            tok = c.jwt() if c.p() else nv("jwt")
            req = {"method": "GET", "url": f"https://api.harborline.co/v1/me?access_token={tok}&locale=en",
                   "headers": [{"name": "Accept", "value": "application/json"}, {"name": "Cookie", "value": f"_ga=GA1.2.{digits(10)}.{digits(10)}; theme=dark"}],
                   "queryString": [{"name": "access_token", "value": tok}, {"name": "locale", "value": "en"}]}
        elif k == 1:
            em = c.email() if c.p() else doc_email()
            pw = c.secret_q(rng.randint(14, 24)) if c.p() else "%2A%2A%2A%2A"
            req = {"method": "POST", "url": "https://shop.harborline.co/account/login", "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": f"csrf={rs(32, HEX)}&email={em}&password={pw}&remember=1"}}
        else:
            cd = c.card("plain") if c.p(0.5) else rng.choice(TEST_CARDS)
            req = {"method": "POST", "url": "https://shop.harborline.co/api/checkout", "headers": [{"name": "X-Api-Key", "value": c.gkey() if c.p(0.4) else "AIza..."}],
                   "postData": {"mimeType": "application/json", "text": json.dumps({"card": {"number": cd, "cvc": "***", "exp": "12/29"}, "cart": uuid4()})}}
        entries.append({"startedDateTime": ts(), "time": rng.randint(20, 900), "request": req,
                        "response": {"status": rng.choice([200, 302, 401]), "headers": [{"name": "ETag", "value": f'W/"{sha1()}"'}], "content": {"size": rng.randint(100, 9999), "mimeType": "application/json"}}})
    return {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": entries}}


def esc_json(obj):
    """json.dumps with some characters forced to \\u escapes (as some serialisers emit)."""
    s = json.dumps(obj)
    out = []
    in_str = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == '"' and (i == 0 or s[i - 1] != "\\"):
            in_str = not in_str
            out.append(ch)
        elif in_str and ch in "@<>&'" and rng.random() < .9:
            out.append("\\u%04x" % ord(ch))
        elif in_str and ch == "/" and rng.random() < .7:
            out.append("\\/")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


@template("nested_json_escaped", "text")
def t_nested(c):
    loc = rng.choice(LOCS)
    prov, credf = rng.choice([("slack", lambda: c.slack()), ("gitlab", lambda: c.gl()), ("google-maps", lambda: c.gkey()),
                              ("openai", lambda: c.openai()), ("anthropic", lambda: c.anthropic()), ("stripe", lambda: c.stripe())])
    inner = {"customer": {"name": " ".join(person(loc)), "email": c.email(loc) if c.p() else doc_email(loc),
                          "phone": c.phone(CC_OF[loc]) if c.p(0.5) else None},
             "integration": {"provider": prov, "credential": credf() if c.p(0.7) else ph()},
             "notes": f"ticket <{rng.randint(1000, 9999)}> & follow-up", "ref": uuid4()}
    mid = {"status": "ok", "payload": esc_json(inner), "sha": sha1()}
    outer = {"tool": "crm.lookup", "result": json.dumps(mid), "elapsed_ms": rng.randint(3, 400)}
    return json.dumps(outer)


@template("nginx_access_log", "text")
def t_nginx(c):
    L = []
    for _ in range(rng.randint(4, 7)):
        k = rng.randrange(6)
        if k == 0:
            q = f"/api/v2/orders?access_token={c.jwt(kv=True) if c.p() else 'REDACTED'}&page={rng.randint(1, 9)}"
        elif k == 1:
            q = f"/maps/api/geocode/json?address=Keizersgracht+{rng.randint(1, 500)}&key={c.gkey() if c.p() else nv('google')}"
        elif k == 2:
            q = f"/export.csv?api_key={c.secret_q(32) if c.p() else '${EXPORT_KEY}'}&from=2025-01-01"
        elif k == 3:
            q = f"/static/app.{rs(8, HEX)}.js?v={ver()}"
        elif k == 4:
            q = f"/track?utm_source=newsletter&utm_campaign=fall&cid={uuid4()}&cb={rng.randint(1_700_000_000_000, 1_760_000_000_000)}"
        else:
            q = f"/unsubscribe?email={c.email(rng.choice(LOCS)) if c.p() else doc_email()}&list=weekly"
        L.append(f'{ip4()} - - [{rng.randint(1, 28):02d}/Oct/2025:{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000] "GET {q} HTTP/1.1" {rng.choice([200, 200, 304, 404])} {rng.randint(100, 99999)} "-" "Mozilla/5.0 (X11; Linux x86_64)" rt={rng.random():.3f}')
    return "\n".join(L)


@template("sepa_pain001", "text")
def t_sepa(c):
    txs = []
    for _ in range(rng.randint(1, 3)):
        loc = rng.choice(["de", "fr", "nl", "es", "it", "pt"])
        cc = CC_OF[loc]
        ib = c.iban(cc, "plain") if c.p(0.8) else rng.choice(TEXTBOOK_IBANS).replace(" ", "")
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>E2E-{digits(12)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{rng.randint(10, 9000)}.{digits(2)}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{rng.choice(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2AXXX', 'CAIXESBBXXX'])}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{' '.join(person(loc))}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{ib}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>{invoice_no()}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    dib = c.iban("DE", "plain") if c.p(0.5) else "DE89370400440532013000"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>MSG-{ulid()}</MsgId><CreDtTm>{ts()[:19]}</CreDtTm><NbOfTxs>{len(txs)}</NbOfTxs></GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-{digits(10)}</PmtInfId>
      <Dbtr><Nm>Nordhafen GmbH</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{dib}</IBAN></Id></DbtrAcct>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>"""


@template("tls_material", "text")
def t_tls(c):
    parts = [f"$ kubectl -n ingress get secret wildcard-tls -o jsonpath='{{.data.tls\\.crt}}' | base64 -d", pem_public("CERTIFICATE")]
    if rng.random() < .5:
        parts += [f"$ openssl x509 -noout -fingerprint -sha256 -in tls.crt", "sha256 Fingerprint=" + ":".join(rs(2, "0123456789ABCDEF") for _ in range(32))]
    if c.p(0.85):
        parts += ["$ cat tls.key", c.pem(rng.choice(["RSA", "EC", "PKCS8"]))]
    else:
        parts += ["$ cat tls.pub", pem_public("PUBLIC KEY"), "$ cat tls.key", "-----BEGIN PRIVATE KEY-----\n<redacted by ops — see vault kv/tls/wildcard>\n-----END PRIVATE KEY-----"]
    if rng.random() < .5:
        parts += ["$ cat ~/.ssh/id_ed25519.pub", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{base64.b64encode(rbytes(32)).decode()[:43]} deploy@bastion"]
    if c.p(0.3):
        parts += ["$ cat ~/.ssh/id_ed25519", c.pem("OPENSSH")]
    return "\n".join(parts)


@template("git_diff", "text")
def t_gitdiff(c):
    f = rng.choice(["config/settings.py", "deploy/values-prod.yaml", "src/main/resources/application.yml", ".env.example"])
    adds = []
    if f == ".env.example":
        adds = [f"+OPENAI_API_KEY={nv('openai')}", f"+SLACK_BOT_TOKEN={nv('slack')}", f"+DATABASE_URL=postgres://app:<password>@localhost:5432/app"]
        if c.p(0.6):
            adds.append(f"+STRIPE_SECRET_KEY={c.stripe()}  # TODO remove before merge")
    else:
        for _ in range(rng.randint(2, 3)):
            k = rng.randrange(5)
            if k == 0:
                adds.append(f"+SECRET_KEY = \"{c.secret(50) if c.p() else 'get_random_secret_key()'}\"")
            elif k == 1:
                adds.append(f"+  slackToken: {c.slack() if c.p() else nv('slack')}")
            elif k == 2:
                adds.append(f"+  sendgrid_api_key: {c.secret() if c.p() else ph()}")
            elif k == 3:
                adds.append(f"+  githubToken: {c.gh() if c.p() else nv('github')}")
            else:
                adds.append(f"+  contact: {c.email('en', corp=True) if c.p() else doc_email()}")
    return f"""commit {sha1()}
Author: {' '.join(person('en'))} <{doc_email()}>
Date:   Thu Oct {rng.randint(1, 28)} 14:{rng.randint(10, 59)}:07 2025 +0200

    chore: wire up integrations

    Change-Id: I{sha1()}

diff --git a/{f} b/{f}
index {sha1()[:7]}..{sha1()[:7]} 100644
--- a/{f}
+++ b/{f}
@@ -{rng.randint(1, 40)},6 +{rng.randint(1, 40)},{6 + len(adds)} @@
 # integrations
{chr(10).join(adds)}
 # end integrations"""


@template("alertmanager_yaml", "text")
def t_alert(c):
    return f"""# alertmanager.yml (as returned by GET /api/v2/status)
global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.sendgrid.net:587
  smtp_auth_username: apikey
  smtp_auth_password: {c.secret() if c.p(0.5) else '<secret>'}
  slack_api_url: {c.hook('slack') if c.p(0.6) else '<secret>'}
route:
  receiver: ops
receivers:
  - name: ops
    email_configs:
      - to: {c.email('en', corp=True) if c.p(0.5) else 'ops@' + rng.choice(DOC_DOMAINS)}
    webhook_configs:
      - url: {c.hook(rng.choice(['discord', 'teams', 'gchat', 'zapier'])) if c.p(0.6) else 'http://alert-bridge.monitoring.svc:9094/hooks'}
    pagerduty_configs:
      - routing_key: {c.secret(32) if c.p(0.3) else '<secret>'}
templates: ['/etc/alertmanager/*.tmpl']
# config hash {sha256()}"""


@template("ticket_thread_en", "text")
def t_ticket(c):
    f, l = person("en")
    L = [f"Ticket #{rng.randint(10000, 99999)} — {rng.choice(['Refund request', 'Account locked', 'Address change'])}", f"Requester: {f} {l}"]
    L.append(f"Contact: {c.email('en', name=(f, l)) if c.p() else doc_email()}, phone {c.phone(rng.choice(['US', 'UK'])) if c.p(0.5) else 'not provided'}")
    lab, num = nine_digit_other()
    L.append(f"Internal ref ({lab}): {num}")
    L.append(f"Order {order_no()} shipped {ts()[:10]}, tracking {tracking()}, ISBN of the item {isbn13()}")
    if c.p(0.35):
        L.append(f"Customer wrote: \"my SSN is {c.ssn()} if you need to verify\"")
    else:
        L.append(f"Note: verified identity via last 4 of SSN (****{digits(4)}).")
    if c.p(0.3):
        L.append(f"Wire refund to {c.iban(rng.choice(['GB', 'DE', 'FR']))}")
    if c.p(0.3):
        L.append(f"Customer asked us to retry with card {c.card()} (exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)})")
    else:
        L.append(f"Payment method on file: {masked_card()}; 16-digit gift card {nonluhn(16, '6')} applied")
    L.append(f"Attachment: receipt_{uuid4()}.pdf (sha256 {sha256()})")
    return "\n".join(L)


INVENTORY = [
    ("Slack bot (alerts)", "https://api.slack.com", "alerts-bot", lambda c: c.slack(kv=True), lambda: nv("slack")),
    ("Slack app-level token", "https://api.slack.com/apps", "socket-mode", lambda c: c.slack("xapp"), lambda: nv("slack")),
    ("GitLab deploy PAT", "https://gitlab.corp.io", "deploy-bot", lambda c: c.gl(), lambda: nv("gitlab")),
    ("Google Maps key (web)", "https://console.cloud.google.com", "maps", lambda c: c.gkey(), lambda: nv("google")),
    ("Anthropic API", "https://console.anthropic.com", "ml-team", lambda c: c.anthropic(), lambda: nv("anthropic")),
    ("OpenAI project key", "https://platform.openai.com", "support-bot", lambda c: c.openai(), lambda: nv("openai")),
    ("Stripe restricted key", "https://dashboard.stripe.com", "reporting", lambda c: c.stripe("rk_live_"), lambda: nv("stripe")),
    ("GitHub PAT (fine-grained)", "https://github.com", "release-bot", lambda c: c.gh("github_pat_"), lambda: nv("github")),
    ("AWS IAM user ci", "https://console.aws.amazon.com", None, None, None),
    ("Auth0 M2M token (24h)", "https://harborline.eu.auth0.com", "orders-sync", lambda c: c.jwt(), lambda: nv("jwt")),
    ("Grafana service account", "https://grafana.corp.io", "sa-dashboards", lambda c: c.secret(), lambda: ph()),
]


@template("password_manager_csv", "text")
def t_pwcsv(c):
    rows = ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"]
    for name, uri, user, pf, nf in rng.sample(INVENTORY, rng.randint(3, 5)):
        if pf is None:
            if c.p(0.6):
                rows.append(f'Infra,,login,{name},"key id {c.aws_id()}",,0,{uri},ci,{c.aws_secret()},')
            else:
                rows.append(f'Infra,,login,{name},"see SSO (AKIAIOSFODNN7EXAMPLE is the docs sample)",,0,{uri},ci,,')
            continue
        v = pf(c) if c.p(0.75) else nf()
        rows.append(f"Integrations,,login,{name},{csvq('rotated ' + ts()[:10])},,0,{uri},{user},{v},")
    return "\n".join(rows)


@template("vault_kv_json", "structured")
def t_vault(c):
    data = {}
    for name, uri, user, pf, nf in rng.sample(INVENTORY, rng.randint(2, 4)):
        key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        if pf is None:
            data["aws_access_key_id"] = c.aws_id() if c.p(0.6) else "AKIAIOSFODNN7EXAMPLE"
            continue
        data[key] = pf(c) if c.p(0.75) else nf()
    if not c.pos:
        data = {k: "<redacted>" for k in data} if rng.random() < .5 else {}
    return {"request_id": uuid4(), "lease_id": "", "lease_duration": 0, "renewable": False,
            "data": {"data": data, "metadata": {"created_time": ts(), "custom_metadata": {"owner": "platform"}, "deletion_time": "",
                                                "destroyed": False, "version": rng.randint(1, 30)}},
            "warnings": None}


# ---------------------------------------------------------------- validation helpers
def string_views(obj, depth=0):
    if isinstance(obj, str):
        yield obj
        t = obj.strip()
        if depth < 3 and t[:1] in "{[":
            try:
                inner = json.loads(t)
            except Exception:
                return
            yield from string_views(inner, depth + 1)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from string_views(v, depth)
    elif isinstance(obj, list):
        for v in obj:
            yield from string_views(v, depth)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD_RE = re.compile(r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
VENDOR_RE = re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82}|glpat-[\w-]{20}|xox[bp]-\d+-[\w-]+|xapp-1-[\w-]+"
                       r"|[sr]k_(?:live|test)_[A-Za-z0-9]{20,}|AIza[\w-]{35}|sk-(?:proj|svcacct)-[\w-]{20,}|sk-ant-api03-[\w-]{90,}"
                       r"|eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----\n[A-Za-z0-9+/]")


def self_check(rec):
    """Independent consistency check: look-alike detectors of my own; complain about unlabelled real-looking values."""
    labels = [l["value"] for l in rec["labels"]]
    probs = []
    for s in string_views(rec["doc"]):
        for m in EMAIL_RE.finditer(s):
            e = m.group(0)
            dom = e.split("@")[1].lower()
            if dom.endswith((".test", ".invalid", ".example", "example.com", "example.org", "example.net")) or re.search(r"@\d+x\.", e):
                continue
            if re.search(r"://[^\s/]*$", s[:m.start()]):
                continue  # userinfo of a URL (user:password@host, Sentry DSN key@host) is not an e-mail address
            if not any(e in l or l in e for l in labels):
                probs.append(("email", e))
        for m in CARD_RE.finditer(s):
            d = re.sub(r"\D", "", m.group(0))
            if 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d) and d not in TEST_CARDS and d not in LUHN_VALID_EANS:
                if not any(m.group(0) in l or l in m.group(0) for l in labels):
                    probs.append(("card", m.group(0)))
        for m in IBAN_RE.finditer(s):
            v = m.group(0)
            if iban_ok(v) and v.replace(" ", "") not in [t.replace(" ", "") for t in TEXTBOOK_IBANS]:
                if not any(v in l or l in v for l in labels):
                    probs.append(("iban", v))
        for m in VENDOR_RE.finditer(s):
            v = m.group(0)
            if "EXAMPLE" in v or "xxxx" in v or v == JWT_IO or v.startswith("sk_test_4eC39HqLyjWDarjtT1zdp7dc") or "XXXX" in v:
                continue
            if v.startswith("eyJ") and v in JWT_IO:
                continue
            if not any(v in l or l in v for l in labels):
                probs.append(("vendor", v[:40]))
    return probs


MIN_PER_TYPE = 13
SIZES = {"password_manager_csv": 14, "vault_kv_json": 14, "tls_material": 12, "oauth_token_response": 10}


def main():
    names = list(T)
    per = 8
    recs = []
    for name in names:
        wrap, fn = T[name]
        n = SIZES.get(name, per)
        nneg = round(n * (0.4 if name in SIZES else 0.5))
        for i in range(n):
            pos = i >= nneg
            for attempt in range(200):
                c = Ctx(pos)
                doc = fn(c)
                if (pos and c.labels) or (not pos and not c.labels):
                    break
            else:
                raise RuntimeError(f"{name}: cannot make pos={pos}")
            recs.append({"id": f"{name}-{i}", "template": name, "split": "holdout-v3", "wrap": wrap, "doc": doc, "labels": c.labels})
    # top-up: every type gets at least MIN_PER_TYPE labels (extra positive docs from whichever template yields the type)
    def tally():
        cnt = {}
        for r in recs:
            for l in r["labels"]:
                cnt[l["type"]] = cnt.get(l["type"], 0) + 1
        return cnt
    nxt = {name: SIZES.get(name, per) for name in names}
    for _ in range(5000):
        cnt = tally()
        short = [t for t in ALL_TYPES if cnt.get(t, 0) < MIN_PER_TYPE]
        if not short:
            break
        name = rng.choice(names)
        wrap, fn = T[name]
        c = Ctx(True)
        doc = fn(c)
        if any(l["type"] in short for l in c.labels):
            recs.append({"id": f"{name}-{nxt[name]}", "template": name, "split": "holdout-v3", "wrap": wrap, "doc": doc, "labels": c.labels})
            nxt[name] += 1
    rng.shuffle(recs)
    # validate
    errs = 0
    for r in recs:
        if r["wrap"] == "text":
            assert isinstance(r["doc"], str), r["id"]
        else:
            assert isinstance(r["doc"], dict), r["id"]
        views = list(string_views(r["doc"]))
        for l in r["labels"]:
            assert l["type"] in ALL_TYPES
            if not any(l["value"] in v for v in views):
                print("MISSING", r["id"], l, file=sys.stderr)
                errs += 1
            if l["type"] == "payment_card":
                assert luhn_ok(l["value"]), l
            if l["type"] == "iban":
                assert iban_ok(l["value"]), l
        for p in self_check(r):
            print("UNLABELLED?", r["id"], p, file=sys.stderr)
            errs += 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(x) for x in fh]
    assert len(back) == len(recs)
    counts = {}
    for r in recs:
        for l in r["labels"]:
            counts[l["type"]] = counts.get(l["type"], 0) + 1
    print(f"docs={len(recs)} templates={len(names)} negative_docs={sum(1 for r in recs if not r['labels'])} labels={sum(counts.values())}")
    for t in ALL_TYPES:
        print(f"  {t:24s} {counts.get(t, 0)}")
    wraps = {}
    for r in recs:
        wraps[r["wrap"]] = wraps.get(r["wrap"], 0) + 1
    print("wraps", wraps)
    for t in ALL_TYPES:
        if counts.get(t, 0) < 10:
            print(f"type {t} has fewer than 10 labels", file=sys.stderr)
            errs += 1
    if errs:
        print(f"{errs} validation problems", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
