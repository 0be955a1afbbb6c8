#!/usr/bin/env python3
"""Generator for the sealed hold-out DLP corpus dlp_v5.jsonl (split "holdout-v5").

Stdlib only, fixed seed, deterministic. Self-checks: every label value appears verbatim,
checksums (Luhn, IBAN mod-97, SSN issuance rules, GitHub CRC32) hold for positive values and
fail / are published examples for look-alikes, ids are unique, counts meet the brief.
Run:  python3 gen_dlp_v5.py            (writes dlp_v5.jsonl next to this file, prints counts)
"""
import base64, binascii, collections, json, os, random, string, sys, uuid

SEED = 50520251
rng = random.Random(SEED)
SPLIT = "holdout-v5"

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B32 = UP + "234567"

def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))

def pick(seq):
    return rng.choice(seq)

def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))

def hexs(n):
    return rs(HEX, n)

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

def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if luhn_ok(body + c):
            return body + c

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

IBAN_SPEC = {  # country: BBAN pattern (n digit, a upper letter, c alnum)
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n",
    "PT": "21n", "BE": "12n", "AT": "16n", "CH": "5n12c", "GB": "4a14n", "IE": "4a14n",
    "BR": "23n1a1c", "SA": "2n18c", "AE": "19n", "TR": "5n1n16c", "EG": "25n",
    "MU": "4a19n3a", "TN": "20n", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n",
}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "BE": 16, "AT": 20,
            "CH": 21, "GB": 22, "IE": 22, "BR": 29, "SA": 24, "AE": 23, "TR": 26, "EG": 29,
            "MU": 30, "TN": 24, "SE": 24, "DK": 18, "NO": 15, "FI": 18}

def _bban(pat):
    out, num = "", ""
    for ch in pat:
        if ch.isdigit():
            num += ch
        else:
            n = int(num); num = ""
            alpha = {"n": DIG, "a": UP, "c": UP + DIG}[ch]
            out += rs(alpha, n)
    return out

def iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)

def iban(cc, grouped=None):
    bban = _bban(IBAN_SPEC[cc])
    s = cc + iban_check(cc, bban) + bban
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), s
    if grouped is None:
        grouped = rng.random() < 0.5
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

def iban_bad(cc, grouped=False):
    """Right length and shape, wrong check digits."""
    while True:
        good = iban(cc, False)
        cd = int(good[2:4])
        bad = good[:2] + "%02d" % ((cd + rng.randint(1, 90)) % 97 + 2 if cd < 90 else cd - rng.randint(1, 80)) + good[4:]
        if not iban_ok(bad) and len(bad) == len(good):
            return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4)) if grouped else bad

PUBLISHED_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "GB29NWBK60161331926819",
                   "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300", "ES91 2100 0418 4502 0005 1332",
                   "IT60X0542811101000000123456", "CH9300762011623852957", "BE68539007547034"]

def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, sn = int(d[:3]), int(d[3:5]), int(d[5:])
    if a == 0 or a == 666 or a >= 900 or g == 0 or sn == 0:
        return False
    if d in ("078051120", "219099999", "123456789"):
        return False
    return True

def ssn(sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%s%02d%s%04d" % (a, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))
        if ssn_ok(s):
            return s

def ssn_bad():
    kind = rng.randint(0, 4)
    if kind == 0:
        return "000-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999))
    if kind == 1:
        return "666-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999))
    if kind == 2:
        return "%03d-00-%04d" % (rng.randint(1, 899), rng.randint(1, 9999))
    if kind == 3:
        return "%03d-%02d-0000" % (rng.randint(1, 665), rng.randint(1, 99))
    return pick(["078-05-1120", "219-09-9999", "123-45-6789"])

# ------------------------------------------------------------------ vendor tokens
def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")

def gh_checksum_ok(tok):
    body = tok.split("_", 1)[1]
    ent, chk = body[:-6], body[-6:]
    return b62enc(binascii.crc32(ent.encode()) & 0xffffffff, 6) == chk

def gh_token(prefix=None):
    prefix = prefix or pick(["ghp", "ghp", "ghp", "gho", "ghs", "ghu", "ghr"])
    ent = rs(B62, 30)
    tok = prefix + "_" + ent + b62enc(binascii.crc32(ent.encode()) & 0xffffffff, 6)
    assert gh_checksum_ok(tok)
    return tok

def gh_fine():
    return "github_pat_" + rs(DIG + UP, 22) + "_" + rs(ALNUM, 59)

def github_any():
    return gh_fine() if rng.random() < 0.25 else gh_token()

def gitlab_tok():
    k = rng.random()
    if k < 0.6:
        return "glpat-" + rs(B64URL, 20)
    if k < 0.75:
        return "glrt-" + rs(B64URL, 20)
    if k < 0.88:
        return "gldt-" + rs(B64URL, 20)
    return "glptt-" + hexs(40)

def slack_tok():
    k = rng.random()
    if k < 0.5:
        return "xoxb-%s-%s-%s" % (rs(DIG, rng.choice([11, 12, 13])), rs(DIG, 13), rs(ALNUM, 24))
    if k < 0.8:
        return "xoxp-%s-%s-%s-%s" % (rs(DIG, 12), rs(DIG, 12), rs(DIG, 13), hexs(32))
    return "xapp-1-A%s-%s-%s" % (rs(UP + DIG, 10), rs(DIG, 13), hexs(64))

def webhook():
    k = rng.randint(0, 4)
    if k == 0:
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))
    if k == 1:
        return "https://discord.com/api/webhooks/%s/%s" % (str(rng.randint(10**17, 10**18 * 9)), rs(B64URL, 68))
    if k == 2:
        org = pick(["contoso", "northwindtraders", "fabrikamgroup", "adatum", "tailspintoys"])
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (org, ruuid(), ruuid(), hexs(32), ruuid())
    if k == 3:
        return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=%s%%3D"
                % (rs(B64URL, 7), rs(B64URL, 43)))
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (rng.randint(1000000, 19999999), rs(LO + DIG, 7))

def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))

def stripe_secret(mode=None):
    mode = mode or ("live" if rng.random() < 0.75 else "test")
    pre = pick(["sk", "sk", "sk", "rk"]) + "_" + mode + "_"
    return pre + ("51" + rs(ALNUM, 97) if rng.random() < 0.6 else rs(ALNUM, 24))

def google_key():
    return "AIzaSy" + rs(B64URL, 33)

def anthropic_key():
    if rng.random() < 0.85:
        return "sk-ant-api03-" + rs(B64URL, 93) + "AA"
    return "sk-ant-admin01-" + rs(B64URL, 93) + "AA"

def openai_key():
    k = rng.random()
    if k < 0.55:
        return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    if k < 0.75:
        return "sk-svcacct-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    if k < 0.9:
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    return "sk-admin-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)

def aws_akid():
    return pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(B32, 16)

def aws_secret():
    while True:
        s = rs(B64, 40)
        if "EXAMPLE" not in s:
            return s

def jwt(sub=None, alg=None):
    alg = alg or pick(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(B64URL, 22)
    iat = rng.randint(1735689600, 1767225600)
    pl = {"sub": sub or ruuid(), "iat": iat, "exp": iat + pick([900, 3600, 86400]),
          "iss": pick(["https://auth.brightlane.io", "https://login.kuramoto.jp", "https://id.sanpedro-seguros.mx",
                       "https://accounts.nordwind-logistik.de/realms/prod", "https://sso.tamarind-health.co.ke"]),
          "scope": pick(["openid profile email", "orders:read orders:write", "admin", "tickets:read"])}
    if rng.random() < 0.5:
        pl["email_verified"] = True
    sig = rbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return enc(hdr) + "." + enc(pl) + "." + b64u(sig)

JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")

def _lines(body, w=64):
    return "\n".join(body[i:i + w] for i in range(0, len(body), w))

def private_key():
    k = rng.randint(0, 3)
    if k == 0:
        body = "MIIEpAIBAAKCAQEA" + rs(B64, 1568)
        return "-----BEGIN RSA PRIVATE KEY-----\n" + _lines(body) + "\n-----END RSA PRIVATE KEY-----"
    if k == 1:
        body = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + rs(B64, 1574)
        return "-----BEGIN PRIVATE KEY-----\n" + _lines(body) + "\n-----END PRIVATE KEY-----"
    if k == 2:
        body = "MHcCAQEEI" + rs(B64, 147) + "Q=="
        return "-----BEGIN EC PRIVATE KEY-----\n" + _lines(body) + "\n-----END EC PRIVATE KEY-----"
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(B64, 330) + "=="
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _lines(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"

def cert_block():
    body = "MIID" + rs(B64, 1100) + "="
    return "-----BEGIN CERTIFICATE-----\n" + _lines(body) + "\n-----END CERTIFICATE-----"

def pubkey_block():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 340) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + _lines(body) + "\n-----END PUBLIC KEY-----"

def strong_pw(n=None):
    n = n or rng.randint(18, 28)
    while True:
        s = rs(ALNUM, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s

def strong_pw_sym(n=None):
    n = n or rng.randint(16, 24)
    return strong_pw(n - 3) + rs("!#%^*+=?~", 1) + rs(ALNUM, 2)

def db_url(host=None):
    scheme, port, db = pick([("postgres", 5432, "orders"), ("postgresql", 5432, "billing"), ("mysql", 3306, "crm"),
                              ("mongodb+srv", None, "catalog"), ("redis", 6379, "0"), ("amqp", 5672, "vhost_prod"),
                              ("mssql", 1433, "payroll")])
    user = pick(["app", "svc_orders", "billing_rw", "etl", "crm_admin", "admin", "deploy", "report_ro"])
    host = host or pick(["db-prod-01.internal", "pg.eu-central-1.rds.amazonaws.com", "cluster0.x7k2p.mongodb.net",
                          "10.20.4.17", "mysql.core.svc.cluster.local", "redis-master.cache", "rabbit.internal"])
    hp = host if port is None else "%s:%d" % (host, port)
    return "%s://%s:%s@%s/%s" % (scheme, user, strong_pw(rng.randint(16, 24)), hp, db)

def generic_val():
    k = rng.randint(0, 4)
    if k == 0:
        return hexs(32)
    if k == 1:
        return hexs(40)
    if k == 2:
        return base64.b64encode(rbytes(33)).decode()
    if k == 3:
        return strong_pw(rng.randint(28, 40))
    return strong_pw_sym(24)

# ------------------------------------------------------------------ payment cards
CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2510", 16), ("34", 15), ("37", 15),
               ("6011", 16), ("65", 16), ("3530", 16), ("3566", 16), ("62", 16), ("36", 14), ("2200", 16),
               ("636368", 16), ("4", 16), ("4", 16), ("54", 16)]
TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "378282246310005",
              "6011111111111117", "4000 0566 5566 5556", "5105105105105100", "4012888888881881", "3530111333300000"]

def fmt_card(num, style=None):
    style = style if style is not None else rng.randint(0, 2)
    if style == 0:
        return num
    sep = " " if style == 1 else "-"
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    if len(num) == 14:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

def card(style=None):
    while True:
        pre, ln = pick(CARD_PREFIX)
        num = luhn_complete(pre, ln)
        if fmt_card(num, 1) not in TEST_CARDS and num not in [t.replace(" ", "") for t in TEST_CARDS]:
            return fmt_card(num, style)

def card_bad(style=None):
    pre, ln = pick(CARD_PREFIX)
    num = luhn_complete(pre, ln)
    num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return fmt_card(num, style)

def digits_not_luhn(n):
    while True:
        s = str(rng.randint(1, 9)) + rs(DIG, n - 1)
        if not luhn_ok(s):
            return s

def masked_card():
    last = rs(DIG, 4)
    return pick(["**** **** **** " + last, "XXXX-XXXX-XXXX-" + last, "•••• " + last, "ending in " + last,
                 "4242 42** **** " + last, "5*** **** **** " + last, "************" + last])

# ------------------------------------------------------------------ people, phones, emails
PEOPLE = {
    "us": [("Megan", "Holloway"), ("Darnell", "Brooks"), ("Priya", "Raman"), ("Tyler", "Kowalczyk"), ("Keisha", "Whitfield"),
           ("Brandon", "O'Neal"), ("Samantha", "Reyes"), ("Curtis", "Vandermeer"), ("Alyssa", "Nguyen"), ("Jorge", "Estrada"),
           ("Heather", "Lindqvist"), ("Marcus", "Oyelaran"), ("Lauren", "Pettigrew"), ("Dustin", "Ahearn")],
    "gb": [("Harriet", "Ashworth"), ("Callum", "Fraser"), ("Imogen", "Pryce"), ("Rhys", "Llewellyn"), ("Aisha", "Begum")],
    "de": [("Lukas", "Brandauer"), ("Annika", "Vogelsang"), ("Jörg", "Niederberger"), ("Svenja", "Hofstätter"), ("Matthias", "Krüger"),
           ("Elif", "Yıldırım"), ("Katrin", "Oberholzer")],
    "fr": [("Camille", "Delacroix"), ("Théo", "Marchetti"), ("Léa", "Fontaine-Roux"), ("Yanis", "Belkacem"), ("Margaux", "Lefebvre")],
    "es": [("Lucía", "Benítez"), ("Javier", "Olmedo"), ("Nerea", "Arrizabalaga"), ("Álvaro", "Castells"), ("Rocío", "Menéndez")],
    "mx": [("Guadalupe", "Ramírez"), ("Emiliano", "Treviño"), ("Ximena", "Zavala")],
    "ar": [("Agustina", "Pellegrini"), ("Facundo", "Iturralde")],
    "co": [("Valentina", "Ospina"), ("Andrés", "Cárdenas")],
    "br": [("João", "Carvalho"), ("Fernanda", "Albuquerque"), ("Thiago", "Nascimento"), ("Beatriz", "Figueiredo"), ("Rafael", "Moura")],
    "pt": [("Inês", "Magalhães"), ("Duarte", "Sequeira"), ("Mariana", "Cotrim")],
    "it": [("Giulia", "Santangelo"), ("Lorenzo", "Bianchini"), ("Chiara", "De Luca"), ("Matteo", "Ferraresi"), ("Francesca", "Lombardo")],
    "nl": [("Sanne", "van der Berg"), ("Daan", "Hoekstra"), ("Fleur", "de Wit"), ("Joris", "Kuipers"), ("Noor", "Bakker")],
    "pl": [("Zofia", "Wiśniewska"), ("Mateusz", "Grabowski"), ("Agnieszka", "Zielińska"), ("Krzysztof", "Wójcik"), ("Julia", "Dąbrowska")],
    "cn": [("王", "芳", "wang.fang"), ("李", "明轩", "li.mingxuan"), ("张", "子涵", "zhang.zihan"), ("陈", "志强", "chen.zhiqiang"), ("刘", "思琪", "liu.siqi")],
    "jp": [("佐藤", "健太", "kenta.sato"), ("鈴木", "美咲", "misaki.suzuki"), ("高橋", "翔", "sho.takahashi"), ("田中", "由美", "yumi.tanaka"), ("渡辺", "大輔", "daisuke.watanabe")],
    "kr": [("김", "민준", "minjun.kim"), ("이", "서연", "seoyeon.lee"), ("박", "지훈", "jihoon.park"), ("최", "유진", "yujin.choi"), ("정", "하은", "haeun.jung")],
    "in": [("Ananya", "Iyer"), ("Rohan", "Mehta"), ("Kavya", "Reddy"), ("Arjun", "Chatterjee"), ("Sneha", "Kulkarni")],
    "sg": [("Wei Ling", "Tan"), ("Darren", "Lim")],
    "id": [("Putri", "Wulandari"), ("Budi", "Santoso")],
    "ph": [("Maricel", "Dela Cruz"), ("Paolo", "Villanueva")],
    "ng": [("Chinedu", "Okonkwo"), ("Aisha", "Bello"), ("Oluwaseun", "Adeyemi"), ("Ngozi", "Eze")],
    "ke": [("Wanjiru", "Kamau"), ("Otieno", "Odhiambo"), ("Achieng", "Owino")],
    "za": [("Thandiwe", "Nkosi"), ("Pieter", "van Wyk"), ("Lerato", "Mokoena")],
    "eg": [("Mariam", "Hassan"), ("Omar", "El-Sayed"), ("Youssef", "Abdelrahman")],
    "sa": [("Faisal", "Al-Qahtani"), ("Noura", "Al-Harbi")],
    "ae": [("Hamdan", "Al-Mansouri"), ("Layla", "Haddad")],
}
_TR = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a", "â": "a", "í": "i",
       "ì": "i", "î": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u", "ç": "c", "ñ": "n", "ã": "a",
       "å": "a", "ø": "o", "ł": "l", "ś": "s", "ź": "z", "ż": "z", "ć": "c", "ń": "n", "ę": "e", "ą": "a", "ı": "i", "'": ""}
ASCII = str.maketrans(_TR)

def person(loc):
    p = pick(PEOPLE[loc])
    if len(p) == 3:
        fam, giv, asc = p
        return {"first": giv, "last": fam, "full": fam + giv if loc in ("cn", "jp") else fam + " " + giv, "ascii": asc}
    first, last = p
    a = (first + "." + last).lower().translate(ASCII).replace(" ", "").replace("--", "-")
    return {"first": first, "last": last, "full": first + " " + last, "ascii": a}

FREEMAIL = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"], "gb": ["btinternet.com", "gmail.com", "outlook.com"],
            "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
            "es": ["hotmail.es", "gmail.com", "telefonica.net"], "mx": ["prodigy.net.mx", "gmail.com"], "ar": ["fibertel.com.ar", "gmail.com"],
            "co": ["gmail.com", "une.net.co"], "br": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"], "pt": ["sapo.pt", "gmail.com"],
            "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
            "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"], "cn": ["qq.com", "163.com", "126.com"], "jp": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
            "kr": ["naver.com", "daum.net", "kakao.com"], "in": ["rediffmail.com", "gmail.com"], "sg": ["singnet.com.sg", "gmail.com"],
            "id": ["yahoo.co.id", "gmail.com"], "ph": ["yahoo.com.ph", "gmail.com"], "ng": ["yahoo.com", "gmail.com"], "ke": ["gmail.com", "yahoo.co.ke"],
            "za": ["mweb.co.za", "telkomsa.net"], "eg": ["gmail.com", "yahoo.com"], "sa": ["gmail.com", "hotmail.com"], "ae": ["emirates.net.ae", "gmail.com"]}
CORP = ["brightlane-analytics.com", "nordwind-logistik.de", "kuramoto-seiki.co.jp", "tamarind-health.co.ke", "atelier-verdier.fr",
        "sanpedro-seguros.mx", "vandijk-installatie.nl", "polwiert.com.pl", "calderon-hermanos.es", "ferramenta-bassi.it",
        "quintal-verde.com.br", "hanbit-soft.co.kr", "lotus-fintech.in", "zenith-payroll.co.za", "harbourview-clinic.co.uk",
        "acme-robotics.io", "fernhill-dental.com", "mercadito-online.com.ar"]

def email_of(p, loc=None, corp=False):
    local = p["ascii"]
    style = rng.randint(0, 4)
    if style == 1 and "." in local:
        f, l = local.split(".", 1)
        local = f[0] + "." + l
    elif style == 2 and "." in local:
        f, l = local.split(".", 1)
        local = f + l + str(rng.randint(1, 99))
    elif style == 3 and "." in local:
        f, l = local.split(".", 1)
        local = f + "_" + l
    dom = pick(CORP) if corp else pick(FREEMAIL.get(loc or "us", ["gmail.com"]))
    return local + "@" + dom

ROLE_MAILBOXES = ["support@", "billing@", "noreply@", "no-reply@", "info@", "security@", "privacy@", "hr@", "payroll@",
                  "accounts-payable@", "helpdesk@", "notifications@", "postmaster@", "sales@", "team@", "dpo@"]

def role_mail(dom=None):
    return pick(ROLE_MAILBOXES) + (dom or pick(CORP))

def placeholder_mail():
    return pick(["jane.doe@example.com", "user@example.org", "john.smith@example.net", "customer@test.invalid",
                 "you@yourcompany.example", "alice@example.com", "bob@example.org", "someone@domain.tld",
                 "first.last@company.example", "dependabot[bot]@users.noreply.github.com",
                 "41898282+github-actions[bot]@users.noreply.github.com"])

def _d(n):
    return rs(DIG, n)

def us_phone():
    while True:
        npa = str(rng.randint(2, 9)) + _d(2)
        nxx = str(rng.randint(2, 9)) + _d(2)
        if npa[1:] == "11" or nxx[1:] == "11" or nxx == "555" or npa in ("800", "888", "877", "866", "855", "844", "833", "900"):
            continue
        line = _d(4)
        return pick(["(%s) %s-%s", "+1 %s-%s-%s", "%s-%s-%s", "+1 (%s) %s-%s", "%s.%s.%s"]) % (npa, nxx, line)

def phone(loc):
    f = {
        "us": us_phone,
        "gb": lambda: pick(["+44 7%s %s", "07%s %s"]) % (str(rng.choice([4, 5, 8, 9])) + _d(2), _d(6)),
        "de": lambda: pick(["+49 1%s %s", "01%s %s", "+49 (0)1%s %s"]) % (pick(["51", "52", "57", "60", "62", "70", "76"]), _d(rng.choice([7, 8]))),
        "fr": lambda: pick(["+33 %s %s %s %s %s", "0%s %s %s %s %s"]) % (pick(["6", "7"]), _d(2), _d(2), _d(2), _d(2)),
        "es": lambda: pick(["+34 6%s %s %s", "6%s %s %s"]) % (_d(2), _d(3), _d(3)),
        "mx": lambda: pick(["+52 55 %s %s", "+52 1 33 %s %s", "+52 81 %s %s"]) % (_d(4), _d(4)),
        "ar": lambda: pick(["+54 9 11 %s-%s", "+54 9 351 %s-%s"]) % (_d(4), _d(4)),
        "co": lambda: pick(["+57 3%s %s %s", "(+57) 3%s %s %s"]) % (_d(2), _d(3), _d(4)),
        "br": lambda: pick(["+55 11 9%s-%s", "+55 (21) 9%s-%s", "(11) 9%s-%s", "+55 31 9%s-%s"]) % (_d(4), _d(4)),
        "pt": lambda: pick(["+351 91%s %s %s", "+351 93%s %s %s", "96%s %s %s"]) % (_d(1), _d(3), _d(3)),
        "it": lambda: pick(["+39 3%s %s %s", "3%s %s %s", "+39 3%s-%s-%s"]) % (_d(2), _d(3), _d(4)),
        "nl": lambda: pick(["+31 6 %s %s", "06-%s%s", "+31 (0)6 %s %s"]) % (_d(4), _d(4)),
        "pl": lambda: pick(["+48 5%s %s %s", "+48 6%s %s %s", "7%s %s %s"]) % (_d(2), _d(3), _d(3)),
        "cn": lambda: pick(["+86 13%s %s %s" % (_d(1), _d(4), _d(4)), "+86 158 %s %s" % (_d(4), _d(4)), "139%s%s" % (_d(4), _d(4))]),
        "jp": lambda: pick(["090-%s-%s", "080-%s-%s", "+81 90-%s-%s", "+81 70 %s %s"]) % (_d(4), _d(4)),
        "kr": lambda: pick(["010-%s-%s", "+82 10-%s-%s", "+82 10 %s %s"]) % (_d(4), _d(4)),
        "in": lambda: pick(["+91 9%s %s", "+91 8%s %s", "09%s %s"]) % (_d(4), _d(5)),
        "sg": lambda: pick(["+65 9%s %s", "+65 8%s %s"]) % (_d(3), _d(4)),
        "id": lambda: pick(["+62 812-%s-%s", "0813-%s-%s", "+62 857 %s %s"]) % (_d(4), _d(4)),
        "ph": lambda: pick(["+63 917 %s %s", "0918 %s %s", "+63 926 %s %s"]) % (_d(3), _d(4)),
        "ng": lambda: pick(["+234 803 %s %s", "0806 %s %s", "+234 (0) 813 %s %s", "+234 701 %s %s"]) % (_d(3), _d(4)),
        "ke": lambda: pick(["+254 7%s %s %s", "07%s %s %s", "+254 1%s %s %s"]) % (_d(2), _d(3), _d(3)),
        "za": lambda: pick(["+27 82 %s %s", "083 %s %s", "+27 (0)71 %s %s"]) % (_d(3), _d(4)),
        "eg": lambda: pick(["+20 10 %s %s", "+20 12 %s %s", "011 %s %s"]) % (_d(4), _d(4)),
        "sa": lambda: pick(["+966 5%s %s %s", "05%s %s %s"]) % (_d(1), _d(3), _d(4)),
        "ae": lambda: pick(["+971 50 %s %s", "+971 55 %s %s", "050 %s %s"]) % (_d(3), _d(4)),
    }[loc]
    return f()

def fake_phone():
    """Fictional / reserved ranges and non-personal numbers (NANP 555-01xx, Ofcom drama, emergency)."""
    return pick(["(%s) 555-01%s" % (pick(["212", "310", "415", "617"]), _d(2)), "+1 202-555-01%s" % _d(2),
                 "07700 900%s" % _d(3), "+44 20 7946 0%s" % _d(3), "555-01%s" % _d(2), "+61 491 570 1%s" % _d(2)])

def hotline():
    return pick(["1-800-555-0199", "0800 123 4567", "+49 800 000 0000", "1-888-FLY-ACME", "112", "911", "0800 88 88 88",
                 "400-820-8820", "0120-000-000"])

# ------------------------------------------------------------------ look-alikes (clean)
def order_no():
    return pick(["ORD-%s" % _d(8), "#%s" % _d(7), "SO%s" % _d(10), "%s-%s-%s" % (_d(3), _d(7), _d(7)), digits_not_luhn(16),
                 "W%s" % _d(9), "A%s-%s" % (_d(4), _d(4))])

def tracking():
    return pick(["1Z%s%s" % (rs(UP + DIG, 6), _d(10)), "%s" % _d(12), "JD%s" % _d(18), "RR%sDE" % _d(9),
                 digits_not_luhn(22), "LX%sCN" % _d(9), digits_not_luhn(20), digits_not_luhn(16)])

def sha256():
    return hexs(64)

def ts():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                                   rng.randint(0, 59), rng.randint(0, 999))

def day():
    return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))

def ip():
    return "%d.%d.%d.%d" % (pick([10, 172, 192, 34, 52, 185]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

def ver():
    return "%d.%d.%d" % (rng.randint(0, 19), rng.randint(0, 40), rng.randint(0, 120))

def money():
    return "%d.%02d" % (rng.randint(3, 4999), rng.randint(0, 99))

PLACEHOLDER_SECRETS = {
    "aws_access_key_id": ["AKIAIOSFODNN7EXAMPLE", "AKIAXXXXXXXXXXXXXXXX", "<your-access-key-id>", "${AWS_ACCESS_KEY_ID}"],
    "aws_secret_access_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<your-secret-access-key>", "${{ secrets.AWS_SECRET_ACCESS_KEY }}", "****************************************"],
    "github_token": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${{ secrets.GITHUB_TOKEN }}", "ghp_****************************a1Bc", "<GITHUB_PAT>", "github_pat_XXXXXXXX"],
    "gitlab_token": ["glpat-xxxxxxxxxxxxxxxxxxxx", "$CI_JOB_TOKEN", "glpat-<redacted>", "${GITLAB_TOKEN}"],
    "slack_token": ["xoxb-not-a-real-token-this-will-not-work", "xoxb-your-bot-token", "xoxp-XXXXXXXXXXXX", "$SLACK_BOT_TOKEN"],
    "webhook_url": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                    "https://discord.com/api/webhooks/<id>/<token>", "https://example.webhook.office.com/webhookb2/...",
                    "https://hooks.zapier.com/hooks/catch/123456/abcdef/"],
    "stripe_key": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_••••••••••••••••4xQz", "sk_live_...", "pk_test_TYooMQauvdEDq54NiTphI7jx",
                   "pk_live_" + "51" + "Hq" + "x" * 20, "rk_live_************************"],
    "google_api_key": ["AIza...", "YOUR_API_KEY", "AIzaSy-your-key-here", "${GOOGLE_MAPS_KEY}"],
    "anthropic_api_key": ["sk-ant-...", "sk-ant-api03-****...****AA", "$ANTHROPIC_API_KEY", "<anthropic-key>"],
    "openai_api_key": ["sk-...", "sk-proj-...vX3a", "sk-XXXXXXXXXXXXXXXXXXXXXXXX", "os.environ[\"OPENAI_API_KEY\"]"],
    "jwt": [JWT_IO, "eyJhbGciOi...<truncated>", "Bearer <token>", "eyJ***"],
    "generic_secret": ["changeme", "********", "<your-password>", "${DB_PASSWORD}", "%DB_PASSWORD%", "REPLACE_ME", "xxxxxxxx",
                       "{{ vault \"secret/data/app\" }}", "os.environ['SECRET_KEY']"],
    "url_credentials": ["postgres://user:password@localhost:5432/mydb", "mysql://root:${MYSQL_ROOT_PASSWORD}@db:3306/app",
                        "redis://:****@cache:6379/0", "https://username:<token>@git.example.com/repo.git", "amqp://guest:guest@localhost:5672/"],
}

# ------------------------------------------------------------------ labels / secret rotation
SECRET_TYPES = ["aws_access_key_id", "github_token", "gitlab_token", "slack_token", "webhook_url", "stripe_key",
                "google_api_key", "anthropic_api_key", "openai_api_key", "jwt", "private_key", "url_credentials", "generic_secret"]

class L:
    def __init__(self):
        self.items = []
        self.seen = set()

    def add(self, typ, value, accept=None):
        if (typ, value) not in self.seen:
            self.seen.add((typ, value))
            d = {"type": typ, "value": value}
            if accept:
                d["accept"] = list(accept)
            self.items.append(d)
        return value

    def sec(self, typ, value, kv=True):
        acc = []
        if kv and typ not in ("generic_secret", "private_key"):
            acc.append("generic_secret")
        if typ == "webhook_url" and "chat.googleapis.com" in value:
            acc.append("google_api_key")
        return self.add(typ, value, acc)

_rot = collections.Counter()

def next_secret_type(pool=None):
    pool = pool or SECRET_TYPES
    t = min(pool, key=lambda x: (_rot[x], pool.index(x) + rng.random()))
    _rot[t] += 1
    return t

ENV_NAMES = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID"], "github_token": ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
    "gitlab_token": ["GITLAB_TOKEN", "GL_TOKEN", "CI_PUSH_TOKEN"], "slack_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN"],
    "webhook_url": ["ALERT_WEBHOOK_URL", "SLACK_WEBHOOK", "NOTIFY_HOOK", "CHAT_WEBHOOK_URL"],
    "stripe_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], "google_api_key": ["GOOGLE_MAPS_API_KEY", "FIREBASE_API_KEY", "GOOGLE_API_KEY"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], "openai_api_key": ["OPENAI_API_KEY", "OPENAI_KEY"],
    "jwt": ["SERVICE_TOKEN", "API_BEARER_TOKEN", "INTERNAL_JWT"], "url_credentials": ["DATABASE_URL", "REDIS_URL", "BROKER_URL", "MONGO_URI"],
    "generic_secret": ["SESSION_SECRET", "DB_PASSWORD", "TWILIO_AUTH_TOKEN", "SENDGRID_PASSWORD", "DD_API_KEY", "APP_SECRET_KEY", "ENCRYPTION_KEY"],
}

def secret_value(typ):
    return {"aws_access_key_id": aws_akid, "github_token": github_any, "gitlab_token": gitlab_tok, "slack_token": slack_tok,
            "webhook_url": webhook, "stripe_key": stripe_secret, "google_api_key": google_key, "anthropic_api_key": anthropic_key,
            "openai_api_key": openai_key, "jwt": jwt, "private_key": private_key, "url_credentials": db_url,
            "generic_secret": generic_val}[typ]()

def env_secrets(lab, n, pool=None, sep="=", quote=""):
    """n KEY=value lines with real-format secrets (labelled). AWS comes as id+secret pair."""
    pool = [p for p in (pool or SECRET_TYPES) if p != "private_key"]
    out = []
    for _ in range(n):
        t = next_secret_type(pool)
        if t == "aws_access_key_id":
            a, s = aws_akid(), aws_secret()
            lab.sec("aws_access_key_id", a)
            lab.sec("aws_secret_access_key", s)
            out.append("AWS_ACCESS_KEY_ID%s%s%s%s" % (sep, quote, a, quote))
            out.append("AWS_SECRET_ACCESS_KEY%s%s%s%s" % (sep, quote, s, quote))
            continue
        v = secret_value(t)
        lab.sec(t, v)
        out.append("%s%s%s%s%s" % (pick(ENV_NAMES[t]), sep, quote, v, quote))
    return out

def env_fakes(n, sep="=", quote=""):
    out = []
    for _ in range(n):
        t = pick(list(PLACEHOLDER_SECRETS))
        name = {"aws_secret_access_key": "AWS_SECRET_ACCESS_KEY"}.get(t) or pick(ENV_NAMES.get(t, ["SECRET"]))
        out.append("%s%s%s%s%s" % (name, sep, quote, pick(PLACEHOLDER_SECRETS[t]), quote))
    benign = ["LOG_LEVEL=info", "NODE_ENV=production", "PORT=8080", "REGION=eu-central-1", "FEATURE_FLAGS=checkout_v2,new_nav",
              "SENTRY_RELEASE=%s" % ver(), "BUILD_SHA=%s" % hexs(40), "REQUEST_TIMEOUT_MS=15000", "TRACE_ID=%s" % ruuid().replace("-", ""),
              "CACHE_TTL=3600", "MAX_UPLOAD_MB=25", "IMAGE_DIGEST=sha256:%s" % sha256(), "TENANT_ID=%s" % ruuid()]
    out += [b.replace("=", sep, 1) for b in rng.sample(benign, 3)]
    rng.shuffle(out)
    return out

# =================================================================== templates
# Each template: f(pos: bool) -> (wrap, doc, L). pos=False produces a CLEAN hard negative.
TEMPLATES = []

def template(name, n=8):
    def deco(f):
        TEMPLATES.append((name, f, n))
        return f
    return deco

EU = ["de", "fr", "es", "it", "nl", "pl", "pt"]

@template("zendesk-ticket")
def t_zendesk(pos):
    lab = L()
    loc = pick(["us", "gb", "de", "fr", "nl", "es"])
    p = person(loc)
    tid = rng.randint(100000, 999999)
    if pos:
        em = lab.add("email", email_of(p, loc))
        ph = lab.add("phone_number", phone(loc))
        extra = rng.randint(0, 2)
        if extra == 0 or loc == "us":
            c = lab.add("payment_card", card())
            body = "Hi, my subscription renewal failed again. Please just charge this card instead: %s exp %02d/%d. You can call me on %s." % (c, rng.randint(1, 12), rng.randint(26, 30), ph)
        elif extra == 1:
            ib = lab.add("iban", iban(pick(["DE", "FR", "NL", "ES"]) if loc != "gb" else "GB"))
            body = "Please refund order %s to my bank account %s instead of the card. Reachable at %s." % (order_no(), ib, ph)
        else:
            body = "I can't log in since the update. Phone: %s. Order %s." % (ph, order_no())
        req = {"id": rng.randint(10**11, 10**12), "name": p["full"], "email": em}
    else:
        body = "Automated notice: payment method %s was declined for invoice %s (decline code do_not_honor). Request ID %s." % (masked_card(), "INV-%s" % _d(6), ruuid())
        req = {"id": rng.randint(10**11, 10**12), "name": "Billing Bot", "email": role_mail()}
    doc = {"ticket": {"id": tid, "url": "https://brightlane.zendesk.com/api/v2/tickets/%d.json" % tid, "created_at": ts(),
                      "subject": pick(["Payment failed", "Refund request", "Cannot log in", "Renewal problem"]),
                      "description": body, "status": pick(["new", "open", "pending"]), "priority": pick(["normal", "high"]),
                      "requester": req, "via": {"channel": pick(["email", "web", "api"])},
                      "tags": ["billing", "tier_%d" % rng.randint(1, 3)], "custom_fields": [{"id": rng.randint(10**8, 10**9), "value": order_no()}]}}
    return "structured", doc, lab

@template("intercom-conversation")
def t_intercom(pos):
    lab = L()
    loc = pick(["us", "gb", "in", "sg", "de"])
    p = person(loc)
    parts = []
    if pos:
        em = lab.add("email", email_of(p, loc, corp=rng.random() < 0.5))
        t = next_secret_type(["openai_api_key", "anthropic_api_key", "stripe_key", "google_api_key", "github_token", "jwt"])
        v = lab.sec(t, secret_value(t), kv=False)
        parts.append({"part_type": "comment", "author": {"type": "user", "email": em},
                      "body": "<p>Your integration keeps returning 401. This is the key we configured: <code>%s</code> - can you check if it's valid?</p>" % v})
        parts.append({"part_type": "comment", "author": {"type": "admin", "name": "Support Agent"},
                      "body": "<p>Please never share keys here. I've flagged it; rotate it from your dashboard.</p>"})
        if rng.random() < 0.5:
            ph = lab.add("phone_number", phone(loc))
            parts.append({"part_type": "comment", "author": {"type": "user", "email": em}, "body": "<p>OK, rotated. Call me at %s if needed.</p>" % ph})
        contact = {"type": "contact", "id": hexs(24), "email": em, "name": p["full"]}
    else:
        t = pick(["openai_api_key", "anthropic_api_key", "stripe_key", "google_api_key", "github_token"])
        parts.append({"part_type": "comment", "author": {"type": "user", "email": role_mail()},
                      "body": "<p>Getting 401 with key <code>%s</code> (the dashboard only shows this masked form). Test card %s also fails.</p>" % (pick(PLACEHOLDER_SECRETS[t]), pick(TEST_CARDS))})
        parts.append({"part_type": "comment", "author": {"type": "admin", "name": "Support Agent"},
                      "body": "<p>Thanks - request id %s shows the key was revoked on %s. Create a new one and retry.</p>" % (ruuid(), day())})
        contact = {"type": "contact", "id": hexs(24), "email": role_mail(), "name": "Ops team"}
    doc = {"type": "conversation", "id": str(rng.randint(10**10, 10**11)), "created_at": rng.randint(1735689600, 1767225600),
           "source": {"type": "conversation", "author": contact}, "conversation_parts": {"type": "conversation_part.list", "conversation_parts": parts,
           "total_count": len(parts)}, "state": "open"}
    return "structured", doc, lab

@template("freshdesk-export-nested")
def t_freshdesk(pos):
    lab = L()
    tickets = []
    for _ in range(rng.randint(2, 3)):
        loc = pick(["in", "ae", "sa", "gb", "za", "ng"])
        p = person(loc)
        if pos:
            em = lab.add("email", email_of(p, loc))
            ph = lab.add("phone_number", phone(loc))
            cf = {"cf_callback_number": ph, "cf_order": order_no()}
            if loc in ("ae", "sa") and rng.random() < 0.7:
                cf["cf_refund_iban"] = lab.add("iban", iban(loc.upper(), False))
        else:
            em = role_mail()
            cf = {"cf_callback_number": None, "cf_order": order_no(), "cf_tracking": tracking()}
        tickets.append({"id": rng.randint(1000, 99999), "subject": pick(["Refund", "Delivery delay", "Wrong item", "Account locked"]),
                        "requester_email": em, "status": rng.randint(2, 5), "priority": rng.randint(1, 4), "created_at": ts(),
                        "custom_fields": json.dumps(cf, ensure_ascii=False)})
    inner = {"export_id": ruuid(), "tickets": tickets}
    return "raw-result", {"content": [{"type": "text", "text": json.dumps(inner, ensure_ascii=False)}], "isError": False}, lab

@template("support-chat-transcript")
def t_chat(pos):
    lab = L()
    loc = pick(["us", "gb", "au" if False else "us", "ph", "in"])
    p = person(loc)
    lines = ["Chat transcript — session %s" % ruuid(), "Started: %s  Channel: web widget" % ts(), ""]
    lines.append("[%02d:%02d] Bot: Hi! I'm the Acme assistant. What's your order number?" % (rng.randint(8, 20), rng.randint(0, 59)))
    on = order_no()
    lines.append("[..] %s: %s" % (p["first"], on))
    if pos:
        lines.append("[..] Agent Rosa: Thanks. To verify, what email and phone are on the account?")
        em = lab.add("email", email_of(p, loc))
        ph = lab.add("phone_number", phone(loc))
        lines.append("[..] %s: %s and %s" % (p["first"], em, ph))
        if rng.random() < 0.6:
            c = lab.add("payment_card", card(1))
            lines.append("[..] %s: the charge was on my card %s, can you refund it there" % (p["first"], c))
        if loc == "us" and rng.random() < 0.5:
            s = lab.add("us_ssn", ssn())
            lines.append("[..] %s: the financing form asked for my SSN, it's %s — did that go through?" % (p["first"], s))
        lines.append("[..] Agent Rosa: Please don't post full card or SSN numbers in chat. I've masked them in our system.")
    else:
        lines.append("[..] Agent Rosa: Thanks. I see the payment on the card %s from %s." % (masked_card(), day()))
        lines.append("[..] %s: yes. tracking says %s but nothing arrived" % (p["first"], tracking()))
        lines.append("[..] Agent Rosa: I've opened claim CLM-%s. You'll get an email from %s within 24h. Our line is %s." % (_d(7), role_mail("acme-robotics.io"), fake_phone()))
    lines.append("[..] Bot: This chat was rated %d/5." % rng.randint(1, 5))
    return "text", "\n".join(lines), lab

@template("hubspot-contacts-csv")
def t_hubspot(pos):
    lab = L()
    if pos:
        rows = ["Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Lifecycle Stage,Create Date"]
        for _ in range(rng.randint(3, 5)):
            loc = pick(["us", "gb", "de", "fr", "nl", "br", "mx"])
            p = person(loc)
            em = lab.add("email", email_of(p, loc, corp=True))
            ph = lab.add("phone_number", phone(loc)) if rng.random() < 0.7 else ""
            mob = lab.add("phone_number", phone(loc)) if rng.random() < 0.5 else ""
            rows.append('%d,%s,%s,%s,%s,%s,"%s",%s,%s 10:%02d' % (rng.randint(10**9, 10**11), p["first"], p["last"], em, ph, mob,
                        pick(["Nordwind Logistik GmbH", "Quintal Verde Ltda", "Brightlane", "Harbourview"]),
                        pick(["lead", "marketingqualifiedlead", "customer", "opportunity"]), day(), rng.randint(0, 59)))
    else:
        rows = ["Record ID,Company name,Company Domain Name,Industry,Number of Employees,Annual Revenue,Phone Number,Create Date"]
        for _ in range(rng.randint(3, 5)):
            rows.append("%d,%s,%s,%s,%d,%d,%s,%s" % (rng.randint(10**9, 10**11), pick(["Fernhill Dental", "Lotus Fintech", "Polwiert", "Hanbit Soft", "Zenith Payroll"]),
                        pick(CORP), pick(["HOSPITAL_HEALTH_CARE", "FINANCIAL_SERVICES", "COMPUTER_SOFTWARE", "LOGISTICS_AND_SUPPLY_CHAIN"]),
                        rng.randint(5, 5000), rng.randint(10**5, 10**8), fake_phone(), day()))
    return "text", "\n".join(rows), lab

@template("salesforce-soql-json")
def t_sf(pos):
    lab = L()
    recs = []
    for _ in range(rng.randint(2, 4)):
        sid = "003" + rs(ALNUM, 12) + rs(UP + DIG, 3)
        if pos:
            loc = pick(["us", "gb", "it", "es", "pt", "pl"])
            p = person(loc)
            r = {"attributes": {"type": "Contact", "url": "/services/data/v61.0/sobjects/Contact/" + sid}, "Id": sid,
                 "Name": p["full"], "Email": lab.add("email", email_of(p, loc, corp=True)),
                 "MobilePhone": lab.add("phone_number", phone(loc)), "MailingCountry": loc.upper(), "LeadSource": "Web"}
            if rng.random() < 0.3:
                r["Description"] = "Assistant: %s" % lab.add("email", email_of(person(loc), loc, corp=True))
        else:
            oid = "006" + rs(ALNUM, 15)
            r = {"attributes": {"type": "Opportunity", "url": "/services/data/v61.0/sobjects/Opportunity/" + oid}, "Id": oid,
                 "Name": "%s renewal FY26" % pick(["Nordwind", "Kuramoto", "Lotus", "Fernhill"]), "Amount": float(money()),
                 "StageName": pick(["Prospecting", "Negotiation/Review", "Closed Won"]), "CloseDate": day(), "OwnerId": "005" + rs(ALNUM, 15)}
        recs.append(r)
    return "structured", {"totalSize": len(recs), "done": True, "records": recs}, lab

@template("hr-employee-record")
def t_hr(pos):
    lab = L()
    loc = pick(["us", "us", "de", "nl", "fr", "gb"])
    p = person(loc)
    eid = "EMP-%s" % _d(6)
    out = ["EMPLOYEE RECORD — CONFIDENTIAL", "Employee ID: %s" % eid, "Name: %s" % p["full"], "Department: %s" % pick(["Finance", "Warehouse", "Engineering", "Customer Care"]),
           "Start date: %s" % day(), "Manager: %s" % person(loc)["full"]]
    if pos:
        out.append("Personal email: %s" % lab.add("email", email_of(p, loc)))
        out.append("Mobile: %s" % lab.add("phone_number", phone(loc)))
        if loc == "us":
            out.append("SSN: %s" % lab.add("us_ssn", ssn()))
            out.append("Direct deposit: routing 0%s, account ****%s" % (_d(8), _d(4)))
        else:
            out.append("Salary account (IBAN): %s" % lab.add("iban", iban({"de": "DE", "nl": "NL", "fr": "FR", "gb": "GB"}[loc])))
        out.append("Emergency contact: %s (%s) %s" % (person(loc)["full"], pick(["spouse", "parent", "sibling"]), lab.add("phone_number", phone(loc))))
    else:
        out.append("Work email: %s" % role_mail())
        out.append("SSN: ***-**-%s (on file, restricted)" % _d(4) if loc == "us" else "IBAN: %s**** **** **%s (masked)" % (loc.upper(), _d(2)))
        out.append("Badge no.: %s   Cost centre: CC-%s   Grade: L%d" % (_d(8), _d(5), rng.randint(1, 9)))
    out.append("Last review: %s  Rating: %s" % (day(), pick(["meets", "exceeds", "strong"])))
    return "text", "\n".join(out), lab

@template("payroll-run-csv")
def t_payroll(pos):
    lab = L()
    us = rng.random() < 0.5
    if us:
        rows = ["employee_id,full_name,ssn,pay_period_end,gross,fed_withholding,net_pay,deposit_acct_last4"]
    else:
        rows = ["personalnummer,name,iban,abrechnungsmonat,brutto,netto,steuerklasse"]
    for _ in range(rng.randint(3, 5)):
        p = person("us" if us else pick(["de", "nl", "at" if False else "de", "pl"]))
        if us:
            s = lab.add("us_ssn", ssn(pick(["-", "-", ""]))) if pos else pick(["XXX-XX-%s" % _d(4), ssn_bad()])
            g = float(money()) + 2000
            rows.append("%s,%s,%s,%s,%.2f,%.2f,%.2f,%s" % (_d(6), p["full"], s, day(), g, g * 0.12, g * 0.71, _d(4)))
        else:
            ib = lab.add("iban", iban(pick(["DE", "DE", "NL", "AT", "PL"]))) if pos else pick(["DE** **** **** **** **%s %s" % (_d(2), _d(2)), iban_bad("DE")])
            g = float(money()) + 2500
            rows.append('%s,"%s",%s,2025-%02d,%.2f,%.2f,%d' % (_d(5), p["full"], ib, rng.randint(1, 12), g, g * 0.64, rng.randint(1, 6)))
    return "text", "\n".join(rows), lab

@template("fhir-appointments")
def t_fhir(pos):
    lab = L()
    entries = []
    for _ in range(rng.randint(1, 3)):
        p = person("us")
        pat = {"resourceType": "Patient", "id": "pat-" + _d(7), "name": [{"family": p["last"], "given": [p["first"]]}],
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99999.1", "value": "MRN%s" % _d(8)}]}
        if pos:
            pat["telecom"] = [{"system": "phone", "value": lab.add("phone_number", phone("us")), "use": "mobile"},
                              {"system": "email", "value": lab.add("email", email_of(p, "us"))}]
            if rng.random() < 0.6:
                pat["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": lab.add("us_ssn", ssn(pick(["-", ""])))})
        else:
            pat["telecom"] = [{"system": "phone", "value": fake_phone(), "use": "work"}]
        entries.append({"resource": pat})
        entries.append({"resource": {"resourceType": "Appointment", "id": "apt-" + _d(8), "status": pick(["booked", "arrived", "cancelled"]),
                                      "start": ts(), "minutesDuration": pick([15, 20, 30]), "serviceType": [{"text": pick(["Dental hygiene", "Dermatology follow-up", "Physio"])}],
                                      "participant": [{"actor": {"reference": "Patient/" + pat["id"]}}, {"actor": {"reference": "Practitioner/pr-" + _d(5)}}]}})
    return "structured", {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries}, lab

@template("shop-order-export")
def t_order(pos):
    lab = L()
    loc = pick(["us", "gb", "de", "it", "es", "nl", "fr"])
    p = person(loc)
    o = {"id": rng.randint(10**12, 10**13), "name": "#%d" % rng.randint(1000, 99999), "created_at": ts(), "currency": "EUR" if loc in EU else "USD",
         "total_price": money(), "financial_status": "paid", "checkout_token": hexs(32), "cart_token": rs(ALNUM, 26),
         "payment_details": {"credit_card_bin": pick(["424242", "545454", "411111"]), "credit_card_number": masked_card(), "credit_card_company": pick(["Visa", "Mastercard"])},
         "line_items": [{"sku": "SKU-%s" % _d(6), "quantity": rng.randint(1, 3), "price": money()}],
         "fulfillments": [{"tracking_number": tracking(), "tracking_company": pick(["UPS", "DHL", "PostNL"])}]}
    if pos:
        o["email"] = lab.add("email", email_of(p, loc))
        o["shipping_address"] = {"name": p["full"], "city": pick(["Utrecht", "Lyon", "Bologna", "Austin", "Leeds"]), "phone": lab.add("phone_number", phone(loc))}
        if rng.random() < 0.5:
            o["note"] = "Customer called: charge remaining balance to %s" % lab.add("payment_card", card())
    else:
        o["email"] = placeholder_mail() if rng.random() < 0.5 else role_mail()
        o["note"] = "Test order placed with %s (sandbox)" % pick(TEST_CARDS)
        o["shipping_address"] = {"name": "Warehouse pickup", "city": "Venlo", "phone": None}
    return "structured", {"order": o}, lab

def rf_reference():
    ref = rs(UP + DIG, rng.randint(8, 15))
    n = int("".join(str(int(c, 36)) for c in ref + "RF00"))
    return "RF%02d%s" % (98 - n % 97, ref)

@template("bank-statement-csv")
def t_bankcsv(pos):
    lab = L()
    cc = pick(["DE", "NL", "FR", "ES", "IT", "BE", "AT"])
    rows = ["Buchungstag;Verwendungszweck;Auftraggeber/Empfänger;IBAN;Betrag (EUR);Saldo" if cc in ("DE", "AT") else "Date;Description;Counterparty;Counterparty IBAN;Amount;Balance"]
    bal = rng.randint(1000, 9000)
    for _ in range(rng.randint(3, 6)):
        amt = float(money()) * pick([-1, 1])
        bal += amt
        if pos and rng.random() < 0.75:
            p = person(pick(EU))
            rows.append("%s;%s;%s;%s;%.2f;%.2f" % (day(), pick(["Miete Mai", "Refund order", "Gehalt", "Splitwise", "Invoice 2025-%s" % _d(3)]), p["full"],
                        lab.add("iban", iban(pick([cc, "DE", "NL", "FR", "ES"]), rng.random() < 0.3)), amt, bal))
        else:
            rows.append("%s;%s;%s;;%.2f;%.2f" % (day(), pick(["Kartenzahlung %s" % masked_card(), "SEPA Lastschrift Mandat M-%s" % _d(8),
                        "Ref %s" % rf_reference(), "ATM withdrawal %s" % _d(6)]), pick(["REWE", "Albert Heijn", "Amazon EU S.a.r.l.", "Vodafone"]), amt, bal))
    if pos and not lab.items:
        rows.append("%s;Rücküberweisung;%s;%s;12.00;%.2f" % (day(), person("de")["full"], lab.add("iban", iban("DE")), bal))
    return "text", "\n".join(rows), lab

@template("mt940-statement")
def t_mt940(pos):
    lab = L()
    own = iban("DE", False)
    out = [":20:STMT%s" % _d(10), ":25:%s" % (lab.add("iban", own) if pos else "37040044/%s" % _d(10)), ":28C:%05d/001" % rng.randint(1, 300),
           ":60F:C%s EUR%d,%02d" % ("2503%02d" % rng.randint(1, 28), rng.randint(100, 99999), rng.randint(0, 99))]
    for _ in range(rng.randint(2, 4)):
        d = "2503%02d" % rng.randint(1, 28)
        out.append(":61:%s%sD%d,%02dNTRFNONREF//%s" % (d, d[2:], rng.randint(5, 3000), rng.randint(0, 99), _d(12)))
        if pos and rng.random() < 0.7:
            p = person("de")
            cp = lab.add("iban", iban(pick(["DE", "DE", "AT", "NL"]), False))
            out.append(":86:166?00SEPA-UEBERWEISUNG?20EREF+%s?21SVWZ+Rechnung %s?30%s?31%s?32%s" % (_d(10), _d(6), pick(["COBADEFFXXX", "INGDDEFFXXX", "GENODEF1M04"]), cp, p["full"].upper()[:27]))
        else:
            out.append(":86:106?00KARTENZAHLUNG?20%s?21%s?30%s?31%s" % (pick(["EDEKA", "DB Fernverkehr", "Lidl"]), masked_card(), _d(8), _d(10)))
    out.append(":62F:C%s EUR%d,%02d" % ("250331", rng.randint(100, 99999), rng.randint(0, 99)))
    out.append("-")
    return "text", "\n".join(out), lab

@template("camt053-xml")
def t_camt(pos):
    lab = L()
    cc = pick(["NL", "BE", "FR", "IT", "ES", "PT", "CH"])
    acct = "<IBAN>%s</IBAN>" % lab.add("iban", iban(cc, False)) if pos else "<Othr><Id>%s</Id></Othr>" % ("****" + _d(4))
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>',
         "<GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm></GrpHdr>" % (rs(UP + DIG, 16), ts()[:19]),
         "<Stmt><Id>%s</Id><Acct><Id>%s</Id><Ccy>EUR</Ccy></Acct>" % (_d(14), acct)]
    for _ in range(rng.randint(2, 3)):
        x.append("<Ntry><Amt Ccy=\"EUR\">%s</Amt><CdtDbtInd>%s</CdtDbtInd><BookgDt><Dt>%s</Dt></BookgDt><AcctSvcrRef>%s</AcctSvcrRef>" % (money(), pick(["CRDT", "DBIT"]), day(), rs(UP + DIG, 18)))
        if pos and rng.random() < 0.7:
            p = person(pick(EU))
            x.append("<NtryDtls><TxDtls><Refs><EndToEndId>E2E%s</EndToEndId></Refs><RltdPties><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>"
                     "<RmtInf><Ustrd>Factuur %s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>" % (_d(12), p["full"], lab.add("iban", iban(pick(EU).upper() if False else pick(["NL", "BE", "DE", "FR", "IT"]), False)), _d(7)))
        else:
            x.append("<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId><MndtId>MNDT-%s</MndtId></Refs><RmtInf><Strd><CdtrRefInf><Ref>%s</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>" % (_d(9), rf_reference()))
    x.append("</Stmt></BkToCstmrStmt></Document>")
    return "text", "\n".join(x), lab

@template("invoice-text")
def t_invoice_text(pos):
    lab = L()
    loc = pick(["de", "fr", "nl", "it", "es", "pl", "pt"])
    p = person(loc)
    cc = loc.upper()
    out = ["INVOICE / RECHNUNG %s-%s" % (rng.randint(2024, 2025), _d(4)), "Date: %s   Due: %s" % (day(), day()), ""]
    if pos:
        out += ["From: %s, freelance %s" % (p["full"], pick(["translator", "photographer", "UX consultant", "carpenter"])),
                "Email: %s   Tel.: %s" % (lab.add("email", email_of(p, loc)), lab.add("phone_number", phone(loc))),
                "VAT ID: %s%s" % (cc, _d(9 if cc != "FR" else 11))]
    else:
        out += ["From: Nordwind Logistik GmbH, Hafenstraße 12, 20457 Hamburg", "Contact: %s   Tel.: %s" % (role_mail("nordwind-logistik.de"), hotline()),
                "USt-IdNr.: DE%s   HRB %s" % (_d(9), _d(5))]
    out.append("")
    tot = 0
    for i in range(rng.randint(1, 4)):
        a = float(money())
        tot += a
        out.append("%d. %-38s %10.2f EUR" % (i + 1, pick(["Consulting hours (8h)", "Licence seat", "Freight HH-RTM pallet", "Photo editing", "Travel expenses"]), a))
    out.append("Total incl. VAT: %.2f EUR" % (tot * 1.19))
    if pos:
        out.append("Please transfer to IBAN %s  BIC %s" % (lab.add("iban", iban(cc)), rs(UP, 4) + cc + rs(UP + DIG, 2)))
    else:
        out.append("Bank details (sample layout only): IBAN %s" % pick(PUBLISHED_IBANS) if rng.random() < 0.5 else "Paid by card %s on %s — no transfer needed." % (masked_card(), day()))
    out.append("Payment reference: %s" % rf_reference())
    return "text", "\n".join(out), lab

@template("invoice-json")
def t_invoice_json(pos):
    lab = L()
    if pos:
        loc = pick(["de", "nl", "it", "fr", "es", "gb"])
        p = person(loc)
        doc = {"invoice_number": "INV-%s" % _d(7), "issue_date": day(), "currency": "GBP" if loc == "gb" else "EUR",
               "supplier": {"name": p["full"] + " (sole trader)", "email": lab.add("email", email_of(p, loc)), "iban": lab.add("iban", iban(loc.upper()))},
               "customer": {"name": "Brightlane Analytics Ltd", "billing_contact": role_mail("brightlane-analytics.com"),
                            "contact_person": {"name": person("gb")["full"], "phone": lab.add("phone_number", phone("gb"))}},
               "lines": [{"description": "Service %s" % pick(["March", "April", "Q2"]), "amount": money()}], "status": "open"}
    else:
        doc = {"id": "in_1" + rs(ALNUM, 23), "object": "invoice", "customer": "cus_" + rs(ALNUM, 14), "number": "%s-%04d" % (rs(UP + DIG, 8), rng.randint(1, 9999)),
               "amount_due": rng.randint(100, 900000), "currency": "eur", "status": "paid", "livemode": True,
               "payment_intent": "pi_3" + rs(ALNUM, 23), "charge": "ch_3" + rs(ALNUM, 23),
               "hosted_invoice_url": "https://invoice.stripe.com/i/acct_1%s/live_%s" % (rs(ALNUM, 15), rs(ALNUM, 60)),
               "default_payment_method": {"card": {"brand": "visa", "last4": _d(4), "exp_month": 4, "exp_year": 2028, "fingerprint": rs(ALNUM, 16)}},
               "customer_email": role_mail(), "lines": {"data": [{"id": "il_" + rs(ALNUM, 24), "amount": rng.randint(100, 9000), "price": {"id": "price_1" + rs(ALNUM, 23)}}]}}
    return "structured", doc, lab

@template("calendar-ics")
def t_ics(pos):
    lab = L()
    loc = pick(["us", "de", "jp", "fr", "gb", "nl"])
    out = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
           "DTSTART:2025%02d%02dT%02d0000Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 17)), "DTEND:2025%02d%02dT%02d3000Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 17)),
           "DTSTAMP:%sZ" % ts().replace("-", "").replace(":", "")[:15], "UID:%s@google.com" % rs(LO + DIG, 26)]
    if pos:
        org, att = person(loc), person(loc)
        out.append("ORGANIZER;CN=%s:mailto:%s" % (org["full"], lab.add("email", email_of(org, loc, corp=True))))
        out.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=%s:mailto:%s" % (att["full"], lab.add("email", email_of(att, loc))))
        out.append("SUMMARY:%s" % pick(["Interview: Senior Accountant", "Contract review", "Dentist reminder call"]))
        out.append("DESCRIPTION:If the video link fails call my mobile %s.\\nAgenda in the doc." % lab.add("phone_number", phone(loc)))
    else:
        out.append("ORGANIZER;CN=All-hands:mailto:%s" % role_mail())
        out.append("ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Everyone:mailto:%s" % pick(["all@", "team@", "staff@"]) + pick(CORP))
        out.append("SUMMARY:Quarterly all-hands Q%d" % rng.randint(1, 4))
        out.append("DESCRIPTION:Join: https://meet.google.com/%s-%s-%s\\nDial-in: %s PIN: %s#" % (rs(LO, 3), rs(LO, 4), rs(LO, 3), fake_phone(), _d(9)))
    out += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "text", "\r\n".join(out), lab

@template("vcard")
def t_vcard(pos):
    lab = L()
    loc = pick(["us", "de", "kr", "jp", "br", "it", "pl", "ng"])
    out = ["BEGIN:VCARD", "VERSION:3.0"]
    if pos:
        p = person(loc)
        out += ["N:%s;%s;;;" % (p["last"], p["first"]), "FN:%s" % p["full"], "ORG:%s" % pick(["Hanbit Soft", "Quintal Verde", "Kuramoto Seiki", "Freelance"]),
                "TEL;TYPE=CELL:%s" % lab.add("phone_number", phone(loc)), "EMAIL;TYPE=INTERNET,HOME:%s" % lab.add("email", email_of(p, loc))]
        if rng.random() < 0.5:
            out.append("EMAIL;TYPE=INTERNET,WORK:%s" % lab.add("email", email_of(p, loc, corp=True)))
        out.append("BDAY:19%02d-%02d-%02d" % (rng.randint(55, 99), rng.randint(1, 12), rng.randint(1, 28)))
    else:
        org = pick(["Kuramoto Seiki", "Fernhill Dental", "Polwiert"])
        out += ["N:;;;;", "FN:%s Customer Service" % org, "ORG:%s" % org,
                "TEL;TYPE=WORK,VOICE:%s" % fake_phone(), "EMAIL;TYPE=INTERNET:%s" % role_mail(), "URL:https://www.%s/" % pick(CORP)]
    out += ["REV:%s" % ts(), "UID:urn:uuid:%s" % ruuid(), "END:VCARD"]
    return "text", "\n".join(out), lab

@template("android-logcat")
def t_logcat(pos):
    lab = L()
    pid = rng.randint(1000, 32000)
    def ln(lvl, tag, msg):
        return "%02d-%02d %02d:%02d:%02d.%03d %5d %5d %s %-10s: %s" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                                                                    rng.randint(0, 999), pid, pid + rng.randint(1, 80), lvl, tag, msg)
    out = [ln("I", "ActivityManager", "Start proc %d:com.brightlane.shop/u0a%d for activity" % (pid, rng.randint(100, 400))),
           ln("D", "FirebaseApp", "Device unlocked: initializing all Firebase APIs for app [DEFAULT]"),
           ln("I", "Choreographer", "Skipped %d frames!  The application may be doing too much work on its main thread." % rng.randint(30, 200))]
    if pos:
        t = next_secret_type(["jwt", "google_api_key", "jwt", "openai_api_key"])
        v = lab.sec(t, secret_value(t), kv=False)
        if t == "jwt":
            out.append(ln("D", "OkHttp", "Authorization: Bearer %s" % v))
        elif t == "google_api_key":
            out.append(ln("D", "MapsInit", "Using API key %s for Places SDK" % v))
        else:
            out.append(ln("W", "ChatSDK", "init(apiKey=%s, model=gpt-4o-mini)" % v))
        p = person(pick(["us", "in", "br", "id"]))
        out.append(ln("D", "LoginVM", "signIn success user=%s" % lab.add("email", email_of(p, pick(["us", "in", "br"])))))
        if rng.random() < 0.5:
            out.append(ln("D", "Checkout", "address.phone=%s" % lab.add("phone_number", phone(pick(["br", "in", "id", "us"])))))
    else:
        out.append(ln("D", "OkHttp", "Authorization: Bearer <redacted>"))
        out.append(ln("I", "Install", "installation id=%s fid=%s" % (ruuid(), rs(B64URL, 22))))
        out.append(ln("D", "Checkout", "order=%s card=%s" % (order_no(), masked_card())))
    out.append(ln("E", "AndroidRuntime", "FATAL EXCEPTION: main Process: com.brightlane.shop, PID: %d" % pid))
    out.append(ln("E", "AndroidRuntime", "java.lang.IllegalStateException: Fragment CartFragment{%s} not attached to a context." % hexs(7)))
    out.append(ln("E", "AndroidRuntime", "\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:%d)" % rng.randint(800, 1000)))
    out.append(ln("I", "Process", "Build fingerprint: google/oriole/oriole:14/AP2A.%s.%03d/%s:user/release-keys" % (_d(6), rng.randint(1, 99), _d(8))))
    return "text", "\n".join(out), lab

@template("ios-crash-report")
def t_ios(pos):
    lab = L()
    out = ["Incident Identifier: %s" % ruuid().upper(), "CrashReporter Key:   %s" % hexs(40), "Hardware Model:      iPhone%d,%d" % (rng.randint(12, 17), rng.randint(1, 5)),
           "Process:             Kassa [%d]" % rng.randint(300, 9000), "Path:                /private/var/containers/Bundle/Application/%s/Kassa.app/Kassa" % ruuid().upper(),
           "Identifier:          nl.vandijk.kassa", "Version:             %s (%d)" % (ver(), rng.randint(100, 9999)), "OS Version:          iPhone OS 17.%d (21E%d)" % (rng.randint(0, 6), rng.randint(200, 260)),
           "Date/Time:           %s +0200" % ts().replace("T", " ")[:23], "", "Exception Type:  EXC_CRASH (SIGABRT)", "Triggered by Thread:  0", ""]
    if pos:
        t = next_secret_type(["url_credentials", "jwt", "stripe_key", "generic_secret"])
        if t == "url_credentials":
            v = lab.sec(t, db_url("api-internal.vandijk-installatie.nl:8443"), kv=False)
            reason = "NSURLErrorDomain -1012 for %s" % v
        elif t == "generic_secret":
            v = lab.sec(t, hexs(40))
            reason = "Keychain write failed for key api_secret=%s" % v
        else:
            v = lab.sec(t, secret_value(t), kv=False)
            reason = "Unexpected token %s" % v
        out.append("Last Exception Backtrace: *** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: '%s'" % reason)
        if rng.random() < 0.6:
            p = person("nl")
            out.append("Breadcrumb: user.email=%s" % lab.add("email", email_of(p, "nl")))
    else:
        out.append("Last Exception Backtrace: *** Terminating app due to uncaught exception 'NSRangeException', reason: '*** -[__NSArrayM objectAtIndex:]: index %d beyond bounds [0 .. %d]'" % (rng.randint(3, 9), rng.randint(0, 2)))
    out.append("")
    out.append("Thread 0 Crashed:")
    for i in range(5):
        out.append("%-3d %-24s 0x%016x 0x%x + %d" % (i, pick(["libsystem_kernel.dylib", "CoreFoundation", "Kassa", "UIKitCore", "libobjc.A.dylib"]),
                   rng.getrandbits(40) | 0x180000000, rng.getrandbits(36), rng.randint(8, 90000)))
    out.append("")
    out.append("Binary Images: 0x%x - 0x%x Kassa arm64 <%s>" % (rng.getrandbits(32), rng.getrandbits(33), hexs(32)))
    return "text", "\n".join(out), lab

@template("terraform-state")
def t_tfstate(pos):
    lab = L()
    res = []
    if pos:
        a, s = aws_akid(), aws_secret()
        if rng.random() < 0.7:
            lab.sec("aws_access_key_id", a)
            lab.sec("aws_secret_access_key", s)
            res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                        "instances": [{"schema_version": 0, "attributes": {"id": a, "secret": s, "status": "Active", "user": "ci-deployer",
                                                                        "ses_smtp_password_v4": None, "create_date": ts()}, "sensitive_attributes": []}]})
        if rng.random() < 0.8:
            pk = lab.add("private_key", private_key())
            res.append({"mode": "managed", "type": "tls_private_key", "name": "bastion", "instances": [{"attributes": {"algorithm": "RSA",
                        "private_key_pem": pk + "\n", "public_key_fingerprint_md5": ":".join(hexs(2) for _ in range(16))}}]})
        pw = lab.sec("generic_secret", strong_pw(24))
        res.append({"mode": "managed", "type": "aws_db_instance", "name": "orders", "instances": [{"attributes": {"identifier": "orders-prod",
                    "engine": "postgres", "engine_version": "16.%d" % rng.randint(1, 4), "username": "orders_admin", "password": pw,
                    "endpoint": "orders-prod.c%s.eu-central-1.rds.amazonaws.com:5432" % rs(LO + DIG, 10)}}]})
    else:
        res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": "AKIAIOSFODNN7EXAMPLE", "secret": None,
                    "encrypted_secret": "wcBMA" + rs(B64, 300), "pgp_key": "keybase:ops-team", "status": "Active"}, "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]})
        res.append({"mode": "managed", "type": "aws_instance", "name": "web", "instances": [{"attributes": {"id": "i-0%s" % hexs(16), "ami": "ami-0%s" % hexs(16),
                    "arn": "arn:aws:ec2:eu-central-1:%s:instance/i-0%s" % (_d(12), hexs(16)), "private_ip": ip(), "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@bastion" % rs(B64, 43)}}]})
        res.append({"mode": "managed", "type": "acme_certificate", "name": "www", "instances": [{"attributes": {"certificate_pem": cert_block() + "\n", "private_key_pem": None}}]})
    return "structured", {"version": 4, "terraform_version": "1.%d.%d" % (rng.randint(5, 9), rng.randint(0, 5)), "serial": rng.randint(1, 900), "lineage": ruuid(),
                          "outputs": {}, "resources": res, "check_results": None}, lab

@template("k8s-secret-manifest")
def t_k8s(pos):
    lab = L()
    ns = pick(["payments", "crm", "default", "shop-prod"])
    if pos:
        pw = strong_pw(22)
        b = base64.b64encode(pw.encode()).decode()
        lab.add("generic_secret", b)
        out = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % ns, "  namespace: %s" % ns, "type: Opaque", "data:",
               "  username: %s" % base64.b64encode(b"app").decode(), "  password: %s" % b]
        t = next_secret_type(["stripe_key", "slack_token", "openai_api_key", "anthropic_api_key", "url_credentials", "webhook_url", "gitlab_token", "github_token", "google_api_key"])
        v = lab.sec(t, secret_value(t))
        out += ["stringData:", "  %s: \"%s\"" % (pick(ENV_NAMES[t]).lower(), v)]
        if rng.random() < 0.5:
            pl = private_key().split("\n")
            out += ["---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: ingress-tls", "type: kubernetes.io/tls", "stringData:", "  tls.key: |"]
            out += ["    " + l for l in pl]
            # YAML block scalar indents every line: label the header plus the first (indented) body line
            lab.add("private_key", pl[0] + "\n    " + pl[1])
    else:
        out = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % ns, "  namespace: %s" % ns, "spec:", "  encryptedData:",
               "    password: AgB%s" % rs(B64, 340), "    username: AgA%s" % rs(B64, 300), "---", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % ns,
               "data:", "  LOG_LEVEL: info", "  REQUEST_ID_HEADER: X-Request-Id", "  IMAGE: registry.internal/%s@sha256:%s" % (ns, sha256()),
               "  DB_PASSWORD_FILE: /var/run/secrets/db/password"]
    return "text", "\n".join(out), lab

@template("kubectl-describe")
def t_kdesc(pos):
    lab = L()
    name = "%s-%s-%s" % (pick(["orders-api", "billing-worker", "crm-sync"]), rs(LO + DIG, 10), rs(LO + DIG, 5))
    out = ["Name:             %s" % name, "Namespace:        prod", "Node:             ip-%s.eu-central-1.compute.internal/%s" % (ip().replace(".", "-"), ip()),
           "Start Time:       %s" % ts(), "Status:           Running", "IP:               %s" % ip(), "Containers:", "  app:",
           "    Image:          123456789012.dkr.ecr.eu-central-1.amazonaws.com/orders@sha256:%s" % sha256(), "    Environment:"]
    if pos:
        out += ["      " + l.replace("=", ":       ", 1) for l in env_secrets(lab, rng.randint(2, 3))]
        out.append("      SPRING_PROFILES_ACTIVE:  prod")
    else:
        out += ["      DB_PASSWORD:     <set to the key 'password' in secret 'orders-db'>  Optional: false",
                "      STRIPE_SECRET_KEY:  <set to the key 'stripe' in secret 'payment-keys'>  Optional: false",
                "      OTEL_EXPORTER_OTLP_ENDPOINT:  http://otel-collector.observability:4317", "      POD_UID:  (v1:metadata.uid)"]
    out += ["    Mounts:", "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)" % rs(LO + DIG, 5), "Events:",
            "  Normal  Pulled   %dm   kubelet  Successfully pulled image in %d.%03ds" % (rng.randint(1, 59), rng.randint(1, 9), rng.randint(0, 999))]
    return "text", "\n".join(out), lab

@template("docker-compose")
def t_compose(pos):
    lab = L()
    out = ["services:", "  db:", "    image: postgres:16-alpine", "    environment:"]
    if pos:
        pw = lab.sec("generic_secret", strong_pw(20))
        out += ["      POSTGRES_USER: shop", "      POSTGRES_PASSWORD: %s" % pw]
        out += ["  api:", "    image: ghcr.io/brightlane/shop-api:%s" % ver(), "    environment:"]
        out += ["      - " + l for l in env_secrets(lab, rng.randint(2, 3))]
        out += ["      - DATABASE_URL=postgres://shop:%s@db:5432/shop" % pw]
        lab.sec("url_credentials", "postgres://shop:%s@db:5432/shop" % pw, kv=False)
    else:
        out += ["      POSTGRES_USER: shop", "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}", "  api:",
                "    image: ghcr.io/brightlane/shop-api@sha256:%s" % sha256(), "    env_file: .env", "    environment:"]
        out += ["      - " + l for l in env_fakes(3)]
    out += ["    ports:", "      - \"8080:8080\"", "    depends_on: [db]"]
    return "text", "\n".join(out), lab

@template("github-actions")
def t_gha(pos):
    lab = L()
    out = ["name: deploy", "on:", "  push:", "    branches: [main]", "permissions:", "  contents: read", "  id-token: write", "jobs:", "  deploy:",
           "    runs-on: ubuntu-24.04", "    steps:", "      - uses: actions/checkout@%s # v4.2.2" % hexs(40), "      - uses: aws-actions/configure-aws-credentials@v4", "        with:"]
    if pos:
        a, s = lab.sec("aws_access_key_id", aws_akid()), lab.sec("aws_secret_access_key", aws_secret())
        out += ["          aws-access-key-id: %s" % a, "          aws-secret-access-key: %s" % s, "          aws-region: eu-west-1"]
        t = next_secret_type(["webhook_url", "github_token", "slack_token", "openai_api_key", "anthropic_api_key"])
        v = lab.sec(t, secret_value(t), kv=False)
        if t == "webhook_url":
            out += ["      - name: notify", "        run: curl -sS -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' %s" % v]
        elif t == "github_token":
            out += ["      - name: tag", "        run: git push https://x-access-token:%s@github.com/brightlane/shop.git --tags" % v]
            lab.items[-1]["accept"] = ["generic_secret", "url_credentials"]
        else:
            out += ["      - name: smoke", "        env:", "          %s: %s" % (pick(ENV_NAMES[t]), v), "        run: ./scripts/smoke.sh"]
    else:
        out += ["          role-to-assume: arn:aws:iam::%s:role/gha-deploy" % _d(12), "          aws-region: eu-west-1",
                "      - name: notify", "        run: curl -sS -X POST --data '{\"text\":\"deployed ${{ github.sha }}\"}' \"${{ secrets.SLACK_WEBHOOK_URL }}\"",
                "        env:", "          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}", "          IMAGE_DIGEST: sha256:%s" % sha256()]
    return "text", "\n".join(out), lab

@template("gitlab-ci")
def t_glci(pos):
    lab = L()
    out = ["stages: [build, release]", "variables:", "  DOCKER_DRIVER: overlay2"]
    if pos:
        g = lab.sec("gitlab_token", gitlab_tok())
        out.append("  RELEASE_TOKEN: \"%s\"" % g)
        for l in env_secrets(lab, 1, ["url_credentials", "generic_secret", "slack_token", "webhook_url", "google_api_key"], sep=": ", quote="\""):
            out.append("  " + l)
        out += ["release:", "  stage: release", "  script:",
                "    - git push https://oauth2:%s@gitlab.com/nordwind/tms.git HEAD:refs/tags/v%s" % (g, ver()),
                "    - 'curl --header \"PRIVATE-TOKEN: %s\" https://gitlab.com/api/v4/projects/%d/releases'" % (g, rng.randint(1000, 99999999))]
        lab.items[0]["accept"] = ["generic_secret", "url_credentials"]
    else:
        out += ["  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA", "release:", "  stage: release", "  script:",
                "    - git push https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com/nordwind/tms.git HEAD:refs/tags/v%s" % ver(),
                "    - 'curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases\"'",
                "  rules:", "    - if: $CI_COMMIT_TAG =~ /^v\\d+/", "# commit %s" % hexs(40)]
    return "text", "\n".join(out), lab

@template("jenkinsfile")
def t_jenkins(pos):
    lab = L()
    out = ["pipeline {", "  agent { label 'linux' }", "  environment {"]
    if pos:
        for l in env_secrets(lab, rng.randint(2, 3), quote="'"):
            k, v = l.split("=", 1)
            out.append("    %s = %s" % (k, v))
    else:
        out += ["    NEXUS = credentials('nexus-deploy')", "    SONAR_TOKEN = credentials('sonar-token')", "    BUILD_TAG_SHA = \"${env.GIT_COMMIT}\""]
    out += ["  }", "  stages {", "    stage('Publish') {", "      steps {"]
    if pos:
        u = lab.sec("url_credentials", "https://deploy:%s@nexus.internal.nordwind-logistik.de/repository/releases/" % strong_pw(18), kv=False)
        out.append("        sh \"mvn -B deploy -DaltDeploymentRepository=releases::default::%s\"" % u)
    else:
        out += ["        withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'U', passwordVariable: 'P')]) {",
                "          sh 'mvn -B deploy -Dnexus.user=$U -Dnexus.password=$P'", "        }"]
    out += ["      }", "    }", "  }", "}"]
    return "text", "\n".join(out), lab

@template("git-diff-secrets")
def t_diff(pos):
    lab = L()
    if pos:
        p = person(pick(["us", "de", "pl", "in"]))
        author = "%s <%s>" % (p["full"], lab.add("email", email_of(p, "us", corp=True)))
    else:
        author = "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"
    out = ["From %s Mon Sep 17 00:00:00 2001" % hexs(40), "From: %s" % author, "Date: Tue, %d Mar 2025 1%d:%02d:11 +0100" % (rng.randint(1, 28), rng.randint(0, 9), rng.randint(0, 59)),
           "Subject: [PATCH] %s" % pick(["add local config", "wire up notifications", "ci: bootstrap env"]), "---"]
    if pos:
        fname = pick([".env", "config/settings.local.py", "deploy/values-prod.yaml"])
        lines = env_secrets(lab, rng.randint(2, 4))
        out += ["diff --git a/%s b/%s" % (fname, fname), "new file mode 100644", "index 0000000..%s" % hexs(7), "--- /dev/null", "+++ b/%s" % fname,
                "@@ -0,0 +1,%d @@" % len(lines)] + ["+" + l for l in lines]
        if rng.random() < 0.5:
            pl = private_key().split("\n")
            out += ["diff --git a/deploy/id_deploy b/deploy/id_deploy", "new file mode 100600", "--- /dev/null", "+++ b/deploy/id_deploy", "@@ -0,0 +1,%d @@" % len(pl)] + ["+" + l for l in pl]
            # in a diff every key line carries a '+' prefix: label the header plus the first body line
            lab.add("private_key", pl[0] + "\n+" + pl[1])
    else:
        lines = env_fakes(4)
        out += ["diff --git a/.env.example b/.env.example", "index %s..%s 100644" % (hexs(7), hexs(7)), "--- a/.env.example", "+++ b/.env.example",
                "@@ -1,3 +1,%d @@" % (len(lines) + 3), " # copy to .env and fill in", " APP_NAME=shop", " APP_ENV=local"] + ["+" + l for l in lines]
    return "text", "\n".join(out), lab

@template("slack-channel-export")
def t_slack(pos):
    lab = L()
    msgs = []
    base = rng.randint(1735689600, 1767225600)
    users = [("U0" + rs(UP + DIG, 9), person(pick(["us", "gb", "de", "in"]))) for _ in range(3)]
    def m(u, text, i):
        return {"type": "message", "user": u[0], "text": text, "ts": "%d.%06d" % (base + i * 37, rng.randint(0, 999999)),
                "user_profile": {"real_name": u[1]["full"], "display_name": u[1]["first"].lower(), "team": "T0" + rs(UP + DIG, 9)}}
    msgs.append(m(users[0], "deploy of shop-api %s is stuck on migrations, anyone around?" % ver(), 0))
    if pos:
        t = next_secret_type(["slack_token", "webhook_url", "aws_access_key_id", "private_key", "openai_api_key", "anthropic_api_key",
                              "gitlab_token", "url_credentials", "stripe_key", "github_token", "google_api_key"])
        if t == "aws_access_key_id":
            a, s = lab.sec(t, aws_akid(), kv=False), lab.sec("aws_secret_access_key", aws_secret(), kv=False)
            txt = "use the break-glass creds for now: `%s` / `%s`" % (a, s)
        elif t == "private_key":
            txt = "here's the bastion key, delete after use\n```\n%s\n```" % lab.add("private_key", private_key())
        else:
            txt = "try with this one: `%s`" % lab.sec(t, secret_value(t), kv=False)
        msgs.append(m(users[1], txt, 1))
        msgs.append(m(users[2], ":warning: please don't paste creds in channels, rotating now", 2))
        if rng.random() < 0.5:
            msgs.append(m(users[1], "if I'm offline text me %s" % lab.add("phone_number", phone(pick(["us", "gb", "de", "in"]))), 3))
    else:
        msgs.append(m(users[1], "the token in vault is fine (`%s`), it's the lock on table orders — see INC-%s" % (pick(PLACEHOLDER_SECRETS[pick(["slack_token", "github_token", "stripe_key"])]), _d(5)), 1))
        msgs.append(m(users[2], "killed pid %d, migration %s finished in %.1fs; rollout at %s" % (rng.randint(1000, 99999), hexs(12), rng.random() * 90, ts()), 2))
        msgs.append(m(users[0], "thx! build %s is green, digest sha256:%s" % (hexs(40), sha256()), 3))
    return "structured", {"channel": pick(["#ops", "#payments-eng", "#incidents"]), "messages": msgs}, lab

@template("teams-chat-export")
def t_teams(pos):
    lab = L()
    loc = pick(["gb", "de", "nl", "za", "in"])
    def msg(p, html):
        return {"id": str(rng.randint(10**12, 10**13)), "messageType": "message", "createdDateTime": ts(),
                "from": {"user": {"id": ruuid(), "displayName": p["full"], "userIdentityType": "aadUser"}},
                "body": {"contentType": "html", "content": html}}
    a, b = person(loc), person(loc)
    vals = [msg(a, "<p>Can someone set up the alert connector for the finance channel?</p>")]
    if pos:
        w = lab.sec("webhook_url", webhook() if rng.random() < 0.4 else "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            pick(["contoso", "zenithpayroll", "harbourview"]), ruuid(), ruuid(), hexs(32), ruuid()), kv=False)
        vals.append(msg(b, "<p>Done, connector URL is <a href=\"%s\">%s</a></p>" % (w, w)))
        vals.append(msg(a, "<p>Thanks! Also new starter contact: %s, %s</p>" % (lab.add("email", email_of(person(loc), loc)), lab.add("phone_number", phone(loc)))))
    else:
        vals.append(msg(b, "<p>Done via Workflows, URL stored in Key Vault secret <code>kv-fin/teams-hook</code>. Ticket RITM%s.</p>" % _d(7)))
        vals.append(msg(a, "<p>Great, meeting id %s %s %s, passcode shared in invite. Tenant %s</p>" % (_d(3), _d(3), _d(3), ruuid())))
    return "structured", {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%%3A%s%%40thread.v2')/messages" % hexs(32), "value": vals}, lab

@template("confluence-runbook")
def t_confluence(pos):
    lab = L()
    out = ["Runbook: %s" % pick(["Payments reconciliation", "CRM nightly sync", "Warehouse label printer"]), "Space: OPS  ·  Last updated by %s on %s" % (person("gb")["full"], day()), "",
           "h2. Access", "|| System || Host || Credential ||"]
    if pos:
        u = lab.sec("url_credentials", db_url(), kv=False)
        out.append("| Reporting DB | replica | %s |" % u)
        for l in env_secrets(lab, rng.randint(1, 2), ["generic_secret", "stripe_key", "google_api_key", "slack_token", "anthropic_api_key", "gitlab_token"]):
            k, v = l.split("=", 1)
            out.append("| %s | - | %s |" % (k, v))
        if rng.random() < 0.5:
            out += ["", "h2. SSH key for sftp.partner (temporary)", "{code}", lab.add("private_key", private_key()), "{code}"]
        out += ["", "On-call: %s (%s)" % (person("gb")["full"], lab.add("phone_number", phone("gb")))]
    else:
        out += ["| Reporting DB | replica | vault kv get secret/ops/reporting-db |", "| Stripe | api | 1Password → Payments → Stripe restricted key |",
                "| SFTP | sftp.partner | key in Vault ssh/creds/partner (TTL 1h) |", "", "{code}", "export PGPASSWORD=$(vault kv get -field=password secret/ops/reporting-db)",
                "psql \"host=replica.internal user=report_ro dbname=orders sslmode=require\"", "{code}", "",
                "Escalation: PagerDuty service P%s, runbook id %s" % (rs(UP + DIG, 6), ruuid())]
    return "text", "\n".join(out), lab

@template("notion-page-md")
def t_notion(pos):
    lab = L()
    out = ["# %s" % pick(["Onboarding — Q3 hires", "Event speakers 2025", "Volunteer roster"]), "", "| Name | Email | Phone | Start |", "| --- | --- | --- | --- |"]
    if pos:
        for _ in range(rng.randint(2, 4)):
            loc = pick(["us", "gb", "de", "fr", "es", "it", "nl", "pl", "br"])
            p = person(loc)
            out.append("| %s | %s | %s | %s |" % (p["full"], lab.add("email", email_of(p, loc)), lab.add("phone_number", phone(loc)), day()))
    else:
        out = ["# Release tracker %s" % ver(), "", "| Ticket | Owner | Status | Due |", "| --- | --- | --- | --- |"]
        for _ in range(rng.randint(3, 5)):
            out.append("| SHOP-%s | @%s | %s | %s |" % (_d(4), pick(["ops", "web", "data"]), pick(["Done", "In review", "Blocked"]), day()))
        out += ["", "Build: `%s`  ·  Rollback tag `v%s`  ·  Owner mailbox %s" % (hexs(40), ver(), role_mail())]
    out.append("")
    out.append("<!-- notion-id: %s -->" % hexs(32))
    return "text", "\n".join(out), lab

def cpf():
    d = [rng.randint(0, 9) for _ in range(9)]
    for _ in range(2):
        s = sum(x * w for x, w in zip(d, range(len(d) + 1, 1, -1)))
        d.append((s * 10 % 11) % 10)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

@template("contacts-latam")
def t_latam(pos):
    lab = L()
    loc = pick(["br", "mx", "ar", "co"])
    if loc == "br":
        rows = ["nome;cpf;celular;email;chave_pix;cidade"]
    else:
        rows = ["nombre;documento;celular;correo;ciudad"]
    if pos:
        for _ in range(rng.randint(2, 4)):
            p = person(loc)
            em = lab.add("email", email_of(p, loc))
            ph = lab.add("phone_number", phone(loc))
            if loc == "br":
                rows.append("%s;%s;%s;%s;%s;%s" % (p["full"], cpf(), ph, em, pick([em, ph, "aleatória " + ruuid()]), pick(["São Paulo", "Recife", "Curitiba"])))
            else:
                rows.append("%s;%s;%s;%s;%s" % (p["full"], rs(UP, 4) + _d(6) + rs(UP + DIG, 3), ph, em, pick(["CDMX", "Rosario", "Medellín", "Monterrey"])))
        if loc == "br" and rng.random() < 0.5:
            rows.append("# conta para reembolso: %s" % lab.add("iban", iban("BR")))
    else:
        rows = ["filial;cnpj;horario;sac;email"] if loc == "br" else ["sucursal;rfc_empresa;horario;linea_atencion;correo"]
        for _ in range(rng.randint(2, 4)):
            rows.append("%s;%s;08h-18h;%s;%s" % (pick(["Centro", "Zona Sul", "Norte", "Polanco"]), "%s.%s.%s/0001-%s" % (_d(2), _d(3), _d(3), _d(2)) if loc == "br" else rs(UP, 3) + _d(6) + rs(UP + DIG, 3),
                        pick(["0800 %s %s" % (_d(3), _d(4)), "800 %s %s" % (_d(3), _d(4))]), role_mail(pick(["quintal-verde.com.br", "sanpedro-seguros.mx", "mercadito-online.com.ar"]))))
    return "text", "\n".join(rows), lab

@template("contacts-africa")
def t_africa(pos):
    lab = L()
    loc = pick(["ke", "ng", "za", "eg", "ke"])
    out = []
    if loc == "ke":
        for _ in range(rng.randint(2, 3)):
            code = rs(UP + DIG, 10)
            if pos:
                p = person("ke")
                out.append("%s Confirmed. Ksh%s.00 sent to %s %s on %d/%d/25 at %d:%02d PM. New M-PESA balance is Ksh%s.%02d. Transaction cost, Ksh%d.00." % (
                    code, "{:,}".format(rng.randint(50, 90000)), p["full"].upper(), lab.add("phone_number", phone("ke")), rng.randint(1, 28), rng.randint(1, 12),
                    rng.randint(1, 11), rng.randint(0, 59), "{:,}".format(rng.randint(10, 90000)), rng.randint(0, 99), rng.randint(0, 100)))
            else:
                out.append("%s Confirmed. Ksh%s.00 paid to %s. Till %s on %d/%d/25. New M-PESA balance is Ksh%s.00." % (code, "{:,}".format(rng.randint(50, 9000)),
                           pick(["NAIVAS SUPERMARKET", "JAVA HOUSE", "KPLC PREPAID"]), _d(6), rng.randint(1, 28), rng.randint(1, 12), "{:,}".format(rng.randint(10, 90000))))
    else:
        out.append("Supplier list — %s" % {"ng": "Lagos", "za": "Johannesburg", "eg": "Cairo"}[loc])
        for _ in range(rng.randint(2, 3)):
            if pos:
                p = person(loc)
                line = "%s | %s | %s" % (p["full"], lab.add("phone_number", phone(loc)), lab.add("email", email_of(p, loc)))
                if loc == "eg" and rng.random() < 0.7:
                    line += " | IBAN %s" % lab.add("iban", iban("EG"))
                out.append(line)
            else:
                out.append("%s | RC %s | %s | %s" % (pick(["Adeyemi Foods Ltd", "Nile Textiles SAE", "Karoo Freight (Pty) Ltd"]), _d(7), role_mail(), hotline()))
        if pos and rng.random() < 0.5:
            out.append("Mauritius settlement account: %s" % lab.add("iban", iban(pick(["MU", "TN"]))))
    return "text", "\n".join(out), lab

@template("contacts-asia")
def t_asia(pos):
    lab = L()
    rows = ["region,contact,phone,email,notes"]
    if pos:
        for _ in range(rng.randint(2, 4)):
            loc = pick(["in", "sg", "id", "ph", "cn", "jp", "kr", "sa", "ae"])
            p = person(loc)
            note = ""
            if loc in ("sa", "ae") and rng.random() < 0.6:
                note = "refund IBAN " + lab.add("iban", iban(loc.upper(), False))
            rows.append("%s,%s,%s,%s,%s" % (loc.upper(), p["full"], lab.add("phone_number", phone(loc)), lab.add("email", email_of(p, loc)), note))
    else:
        for _ in range(rng.randint(2, 4)):
            loc = pick(["IN", "SG", "JP", "KR", "AE"])
            rows.append("%s,Regional desk,%s,%s,Aadhaar XXXX XXXX %s verified; GSTIN %s" % (loc, hotline(), role_mail(), _d(4), _d(2) + rs(UP, 5) + _d(4) + rs(UP, 1) + "1Z" + rs(UP + DIG, 1)))
    return "text", "\n".join(rows), lab

# ------------------------------------------------------------------ multilingual prose
def prose(lang, pos):
    lab = L()
    loc = {"de": "de", "fr": "fr", "es": "es", "pt": pick(["pt", "br"]), "it": "it", "nl": "nl", "pl": "pl", "zh": "cn", "ja": "jp", "ko": "kr"}[lang]
    p = person(loc)
    on, tr = order_no(), tracking()
    if pos:
        em = lab.add("email", email_of(p, loc))
        ph = lab.add("phone_number", phone(loc))
        ib = None
        if loc in ("de", "fr", "es", "it", "nl", "pl", "pt") and rng.random() < 0.75:
            ib = lab.add("iban", iban(loc.upper()))
        cd = None
        if ib is None and rng.random() < 0.6:
            cd = lab.add("payment_card", card(1) if loc != "cn" else fmt_card(luhn_complete("62", 16), 0))
        money_part = {"de": "Bankverbindung für die Erstattung: IBAN %s." % ib, "fr": "Voici mon RIB pour le remboursement : IBAN %s." % ib,
                      "es": "Os paso mi cuenta para el reembolso: IBAN %s." % ib, "pt": "Segue o meu IBAN para o reembolso: %s." % ib,
                      "it": "Vi comunico il mio IBAN per l'accredito: %s." % ib, "nl": "Mijn rekeningnummer voor de terugbetaling is %s." % ib,
                      "pl": "Proszę o zwrot na rachunek %s." % ib}.get(lang, "") if ib else ""
        card_part = {"de": "Bitte buchen Sie den Rest von meiner Karte %s ab.", "fr": "Vous pouvez débiter ma carte %s.", "es": "Podéis cobrarlo en mi tarjeta %s.",
                     "pt": "Pode cobrar no meu cartão %s.", "it": "Potete addebitare sulla carta %s.", "nl": "Schrijf het maar af van mijn kaart %s.",
                     "pl": "Proszę obciążyć moją kartę %s.", "zh": "退款请退到我的银联卡 %s。", "ja": "差額はカード %s で決済してください。", "ko": "차액은 제 카드 %s 로 결제해 주세요."}[lang] % cd if cd else ""
        T = {
            "de": "Hallo zusammen,\nwie gerade am Telefon besprochen: Bestellung %s kam beschädigt an. %s %s Sie erreichen mich unter %s oder per Mail an %s.\nViele Grüße\n%s",
            "fr": "Bonjour,\nsuite à notre échange, la commande %s est arrivée abîmée. %s %s Mon portable : %s, mon e-mail : %s.\nCordialement,\n%s",
            "es": "Hola,\nel pedido %s llegó roto. %s %s Mi móvil es el %s y mi correo %s.\nUn saludo,\n%s",
            "pt": "Olá,\na encomenda %s chegou danificada. %s %s O meu telemóvel/celular é %s e o e-mail %s.\nCumprimentos,\n%s",
            "it": "Buongiorno,\nl'ordine %s è arrivato danneggiato. %s %s Il mio cellulare è %s, email %s.\nCordiali saluti,\n%s",
            "nl": "Hoi,\nbestelling %s kwam beschadigd aan. %s %s Je kunt me bellen op %s of mailen naar %s.\nGroetjes,\n%s",
            "pl": "Dzień dobry,\nzamówienie %s dotarło uszkodzone. %s %s Mój telefon: %s, e-mail: %s.\nPozdrawiam,\n%s",
            "zh": "您好，\n订单 %s 收到时已损坏。%s%s 我的手机号是 %s，邮箱是 %s。\n谢谢！\n%s",
            "ja": "お世話になっております。\nご注文 %s の商品が破損して届きました。%s%s 連絡先は携帯 %s、メール %s です。\nよろしくお願いいたします。\n%s",
            "ko": "안녕하세요,\n주문 %s 상품이 파손된 상태로 도착했습니다. %s%s 연락처는 %s, 이메일은 %s 입니다.\n감사합니다.\n%s",
        }[lang]
        text = T % (on, money_part, card_part, ph, em, p["full"])
    else:
        T = {
            "de": "Guten Tag,\nIhre Bestellung %s wurde am %s versandt. Sendungsnummer: %s. Bezahlt mit Karte %s. Rechnung RE-%s, USt-IdNr. DE%s. Fragen? %s (Mo–Fr 9–17 Uhr).",
            "fr": "Bonjour,\nvotre commande %s a été expédiée le %s. Numéro de suivi : %s. Payée par carte %s. Facture FAC-%s, SIREN %s. Contact : %s.",
            "es": "Hola,\ntu pedido %s salió el %s. Seguimiento: %s. Pagado con tarjeta %s. Factura F-%s, CIF B%s. Dudas: %s.",
            "pt": "Olá,\no seu pedido %s foi enviado em %s. Código de rastreio: %s. Pago com cartão %s. Fatura FT-%s, NIF %s. Apoio: %s.",
            "it": "Gentile cliente,\nl'ordine %s è stato spedito il %s. Tracking: %s. Pagato con carta %s. Fattura n. %s, P.IVA IT%s. Assistenza: %s.",
            "nl": "Hallo,\nje bestelling %s is op %s verzonden. Track & trace: %s. Betaald met kaart %s. Factuur %s, KvK %s. Vragen? %s.",
            "pl": "Dzień dobry,\nzamówienie %s wysłano %s. Numer przesyłki: %s. Zapłacono kartą %s. Faktura FV/%s, NIP %s. Kontakt: %s.",
            "zh": "您好，\n您的订单 %s 已于 %s 发货，快递单号 %s。支付方式：银行卡 %s。发票号 %s，税号 %s。如有疑问请联系 %s。",
            "ja": "いつもご利用ありがとうございます。\nご注文 %s は %s に発送しました。お問い合わせ番号: %s。お支払い: カード %s。請求書番号 %s、登録番号 T%s。お問い合わせ: %s",
            "ko": "안녕하세요,\n주문 %s 이(가) %s 에 발송되었습니다. 운송장 번호: %s. 결제 카드 %s. 영수증 번호 %s, 사업자등록번호 %s. 문의: %s",
        }[lang]
        text = T % (on, day(), tr, masked_card(), _d(8), _d(9 if lang != "ja" else 13), role_mail())
    return "text", text, lab

for _lang in ["de", "fr", "es", "pt", "it", "nl", "pl", "zh", "ja", "ko"]:
    template("prose-" + _lang)((lambda lg: (lambda pos: prose(lg, pos)))(_lang))

# ------------------------------------------------------------------ config / app data
@template("dotenv-file")
def t_env(pos):
    lab = L()
    out = ["# generated %s" % ts()]
    if pos:
        lines = env_secrets(lab, rng.randint(4, 6)) + ["LOG_LEVEL=debug", "PORT=%d" % rng.randint(3000, 9000), "BUILD_SHA=%s" % hexs(40)]
        rng.shuffle(lines)
        out += lines
    else:
        out += env_fakes(rng.randint(4, 6))
    return "text", "\n".join(out), lab

@template("app-config-nested-json")
def t_appcfg(pos):
    lab = L()
    cfg = {"env": "production", "region": pick(["eu-west-1", "ap-northeast-1", "sa-east-1"]), "features": {"checkout_v2": True}, "request_timeout_ms": 15000}
    if pos:
        for l in env_secrets(lab, rng.randint(2, 4)):
            k, v = l.split("=", 1)
            cfg[k.lower() + ("_2" if k.lower() in cfg else "")] = v
    else:
        for l in env_fakes(4):
            k, v = l.split("=", 1)
            cfg[k.lower() + ("_2" if k.lower() in cfg else "")] = v
        cfg["release"] = {"version": ver(), "commit": hexs(40), "image": "sha256:" + sha256()}
    inner = {"service": pick(["shop-api", "crm-sync", "payroll-export"]), "revision": rng.randint(1, 400), "updated_at": ts(), "config_json": json.dumps(cfg)}
    return "raw-result", {"content": [{"type": "text", "text": json.dumps(inner)}], "isError": False}, lab

@template("stripe-webhook-event")
def t_stripe_evt(pos):
    lab = L()
    if pos:
        loc = pick(["us", "gb", "de", "fr", "jp", "br"])
        p = person(loc)
        obj = {"id": "ch_3" + rs(ALNUM, 23), "object": "charge", "amount": rng.randint(100, 90000), "currency": pick(["usd", "eur", "gbp", "jpy"]),
               "billing_details": {"email": lab.add("email", email_of(p, loc)), "name": p["full"], "phone": lab.add("phone_number", phone(loc)),
                                   "address": {"country": loc.upper() if loc != "gb" else "GB"}},
               "payment_method_details": {"card": {"brand": "visa", "last4": _d(4), "fingerprint": rs(ALNUM, 16), "exp_month": rng.randint(1, 12), "exp_year": 2029}},
               "receipt_email": None, "customer": "cus_" + rs(ALNUM, 14), "payment_intent": "pi_3" + rs(ALNUM, 23)}
        typ = "charge.succeeded"
    else:
        obj = {"id": "po_1" + rs(ALNUM, 23), "object": "payout", "amount": rng.randint(10000, 9000000), "currency": "eur", "arrival_date": rng.randint(1735689600, 1767225600),
               "destination": "ba_1" + rs(ALNUM, 23), "balance_transaction": "txn_1" + rs(ALNUM, 23), "statement_descriptor": "BRIGHTLANE PAYOUT", "status": "paid",
               "bank_account_last4": _d(4)}
        typ = "payout.paid"
    return "structured", {"id": "evt_1" + rs(ALNUM, 23), "object": "event", "api_version": "2024-06-20", "created": rng.randint(1735689600, 1767225600),
                          "livemode": True, "type": typ, "data": {"object": obj}, "request": {"id": "req_" + rs(ALNUM, 14), "idempotency_key": ruuid()}}, lab

@template("sentry-error-event")
def t_sentry(pos):
    lab = L()
    ev = {"event_id": hexs(32), "timestamp": ts(), "platform": "python", "level": "error", "release": "crm-sync@%s" % ver(), "environment": "production",
          "contexts": {"runtime": {"name": "CPython", "version": "3.12.%d" % rng.randint(0, 8)}}}
    if pos:
        u = lab.sec("url_credentials", db_url(), kv=False)
        ev["exception"] = {"values": [{"type": "OperationalError", "value": "could not connect to server: Connection refused\n\tIs the server running? dsn=%s" % u}]}
        ev["request"] = {"url": "https://crm.brightlane.io/api/sync", "method": "POST", "headers": {"Authorization": "Bearer " + lab.sec("jwt", jwt(), kv=False), "User-Agent": "crm-sync/%s" % ver()}}
        loc = pick(["us", "de", "in"])
        ev["user"] = {"id": str(rng.randint(1000, 999999)), "email": lab.add("email", email_of(person(loc), loc)), "ip_address": ip()}
    else:
        ev["exception"] = {"values": [{"type": "OperationalError", "value": "could not connect to server: Connection refused dsn=postgres://app:[Filtered]@db-prod-01.internal:5432/orders"}]}
        ev["request"] = {"url": "https://crm.brightlane.io/api/sync", "method": "POST", "headers": {"Authorization": "[Filtered]", "X-Request-Id": ruuid()}}
        ev["user"] = {"id": str(rng.randint(1000, 999999)), "email": "[Filtered]", "ip_address": "{{auto}}"}
    return "structured", ev, lab

@template("shipping-notification")
def t_ship(pos):
    lab = L()
    loc = pick(["us", "gb", "de", "nl", "jp", "kr", "in", "br", "ng"])
    p = person(loc)
    out = ["Shipment update — %s" % pick(["DHL Express", "UPS", "PostNL", "Yamato", "CJ Logistics", "Delhivery", "Correios"]), "Tracking number: %s" % tracking(),
           "Order: %s   Weight: %.1f kg   Pieces: %d" % (order_no(), rng.random() * 20, rng.randint(1, 4)), "Status: %s at %s" % (pick(["Out for delivery", "Held at customs", "Delivery attempted"]), ts())]
    if pos:
        out += ["Recipient: %s" % p["full"], "Recipient phone: %s" % lab.add("phone_number", phone(loc)), "Notify email: %s" % lab.add("email", email_of(p, loc))]
        if rng.random() < 0.3:
            out.append("Duties prepaid by card %s" % lab.add("payment_card", card()))
    else:
        out += ["Recipient: %s (name withheld)" % p["first"][0] + ".", "Recipient phone: ******%s" % _d(4), "Questions: %s or %s" % (role_mail(), hotline()),
                "Customs ref: %s  HS code %s.%s" % (rs(UP + DIG, 14), _d(4), _d(2))]
    return "text", "\n".join(out), lab

@template("auth-email-log")
def t_authmail(pos):
    lab = L()
    loc = pick(["us", "gb", "fr", "es", "it", "kr"])
    p = person(loc)
    out = ["Message-ID: <%s@mail.brightlane.io>" % hexs(24), "From: Brightlane <%s>" % role_mail("brightlane.io"), "Date: %s" % ts()]
    if pos:
        out.append("To: %s <%s>" % (p["full"], lab.add("email", email_of(p, loc))))
        out.append("Subject: Reset your password")
        out.append("")
        if rng.random() < 0.6:
            tok = lab.sec("jwt", jwt(), kv=False)
        else:
            tok = lab.sec("generic_secret", hexs(48))
        out.append("Hi %s, click to reset: https://app.brightlane.io/reset-password?token=%s (valid 30 minutes)" % (p["first"], tok))
    else:
        out.append("To: %s" % placeholder_mail())
        out.append("Subject: Your password was changed")
        out += ["", "Your password was changed on %s from IP %s (%s). If this wasn't you, contact %s and quote case %s." % (ts(), ip(), pick(["Chrome on macOS", "Safari on iOS"]),
                role_mail("brightlane.io"), ruuid())]
    return "text", "\n".join(out), lab

@template("loan-application-json")
def t_loan(pos):
    lab = L()
    p = person("us")
    if pos:
        app = {"application_id": "LA-%s" % _d(9), "submitted_at": ts(), "applicant": {"name": p["full"], "dob": "19%02d-%02d-%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)),
               "ssn": lab.add("us_ssn", ssn()), "email": lab.add("email", email_of(p, "us")), "phone": lab.add("phone_number", phone("us"))},
               "employment": {"employer": pick(["Brightlane", "Acme Robotics"]), "employer_ein": "%s-%s" % (_d(2), _d(7)), "annual_income": rng.randint(30000, 250000)},
               "requested_amount": rng.randint(5000, 500000)}
        if rng.random() < 0.5:
            co = person("us")
            app["co_applicant"] = {"name": co["full"], "ssn": lab.add("us_ssn", ssn(pick(["-", " "])))}
        if rng.random() < 0.4:
            app["fee_card"] = lab.add("payment_card", card(0))
    else:
        app = {"application_id": "LA-%s" % _d(9), "submitted_at": ts(), "mode": "sandbox", "applicant": {"name": "Test Applicant", "ssn": ssn_bad(),
               "ssn_last4": _d(4), "email": placeholder_mail(), "phone": fake_phone()}, "employment": {"employer_ein": "%s-%s" % (_d(2), _d(7))},
               "fee_card": pick(TEST_CARDS), "credit_bureau_ref": "%s-%s" % (_d(4), _d(8))}
    return "structured", app, lab

@template("w2-form-text")
def t_w2(pos):
    lab = L()
    p = person("us")
    out = ["Form W-2 Wage and Tax Statement %d" % rng.randint(2023, 2025), "Copy B—To Be Filed With Employee's FEDERAL Tax Return",
           "b Employer identification number (EIN): %s-%s" % (_d(2), _d(7)), "c Employer's name: %s" % pick(["Acme Robotics Inc.", "Fernhill Dental LLC", "Brightlane Analytics Inc."]),
           "d Control number: %s" % _d(10)]
    if pos:
        sep = pick(["-", "-", " ", ""])
        out.insert(2, "a Employee's social security number: %s" % lab.add("us_ssn", ssn(sep)))
    else:
        out.insert(2, "a Employee's social security number: %s" % pick(["XXX-XX-%s" % _d(4), "***-**-%s" % _d(4), ssn_bad()]))
    out += ["e Employee's name: %s" % p["full"], "1 Wages, tips, other compensation: %s" % money(), "2 Federal income tax withheld: %s" % money(),
            "12a Code DD: %s" % money(), "15 State: CA  Employer's state ID number: %s-%s" % (_d(3), _d(4))]
    return "text", "\n".join(out), lab

@template("email-thread-eml")
def t_eml(pos):
    lab = L()
    loc = pick(["gb", "us", "de", "it", "es", "za", "in"])
    a, b = person(loc), person(loc)
    if pos:
        ea, eb = lab.add("email", email_of(a, loc, corp=True)), lab.add("email", email_of(b, loc))
        sig = "%s\n%s | M: %s" % (a["full"], pick(["Account Manager", "Head of Procurement", "Office Manager"]), lab.add("phone_number", phone(loc)))
    else:
        ea, eb = role_mail(), role_mail()
        sig = "Customer Operations\nT: %s | %s" % (hotline(), "www." + pick(CORP))
    out = ["From: %s" % ea, "To: %s" % eb, "Cc: %s" % role_mail(), "Subject: RE: %s" % pick(["Contract renewal", "Delivery schedule", "Your quote Q-%s" % _d(5)]),
           "Message-ID: <%s.%s@mail.%s>" % (_d(13), hexs(8), pick(CORP)), "", pick(["Thanks, attached the signed copy.", "Confirmed for Thursday.", "Please see the revised quote."]), "", "--", sig]
    return "text", "\n".join(out), lab

@template("vault-kv-json")
def t_vault(pos):
    lab = L()
    path = pick(["secret/data/shop/prod", "kv/data/crm/integrations", "secret/data/payroll/export"])
    meta = {"created_time": ts(), "custom_metadata": {"owner": pick(["platform", "payments", "data"])}, "deletion_time": "", "destroyed": False, "version": rng.randint(1, 40)}
    if pos:
        data = {}
        for l in env_secrets(lab, rng.randint(3, 4), ["anthropic_api_key", "openai_api_key", "google_api_key", "stripe_key", "slack_token", "github_token", "webhook_url"]):
            k, v = l.split("=", 1)
            data[k.lower() + ("_2" if k.lower() in data else "")] = v
        if rng.random() < 0.5:
            data["sftp_private_key"] = lab.add("private_key", private_key())
        body = {"request_id": ruuid(), "lease_id": "", "lease_duration": 0, "renewable": False, "data": {"data": data, "metadata": meta}, "warnings": None}
    else:
        body = {"request_id": ruuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
                "data": {"keys": sorted(pick(list(ENV_NAMES.values()))[:1] + ["api_key", "db_password", "webhook_url"]), "metadata": meta,
                         "note": "values hidden: token has list/read-metadata capability only"}, "warnings": None}
    return "structured", body, lab

@template("ci-job-log")
def t_cilog(pos):
    lab = L()
    job = rng.randint(10**8, 10**10)
    out = ["Running with gitlab-runner 17.%d.%d (%s)" % (rng.randint(0, 9), rng.randint(0, 5), hexs(8)), "  on docker-autoscaler-%s %s, system ID: s_%s" % (_d(2), rs(LO + DIG, 8), hexs(12)),
           "Preparing the \"docker\" executor", "Using docker image sha256:%s for node:22-alpine ..." % sha256(), "Getting source from Git repository",
           "Fetching changes with git depth set to 20...", "Checking out %s as detached HEAD (ref is main)..." % hexs(8), "$ set -x"]
    if pos:
        for l in env_secrets(lab, rng.randint(3, 4), ["anthropic_api_key", "openai_api_key", "google_api_key", "stripe_key", "slack_token", "github_token"]):
            out.append("+ export %s" % l)
        out.append("+ npm ci --no-audit")
        out.append("added %d packages in %ds" % (rng.randint(300, 1800), rng.randint(8, 90)))
    else:
        out += ["+ export ANTHROPIC_API_KEY=[MASKED]", "+ export OPENAI_API_KEY=[MASKED]", "+ export STRIPE_SECRET_KEY=[MASKED]",
                "+ npm ci --no-audit", "added %d packages in %ds" % (rng.randint(300, 1800), rng.randint(8, 90)),
                "npm notice integrity sha512-%s" % base64.b64encode(rbytes(64)).decode()]
    out.append("Job succeeded (job id %d, %s)" % (job, ts()))
    return "text", "\n".join(out), lab

# =================================================================== build + self-check
ALL_TYPES = ["anthropic_api_key", "aws_access_key_id", "aws_secret_access_key", "email", "generic_secret", "github_token", "gitlab_token",
             "google_api_key", "iban", "jwt", "openai_api_key", "payment_card", "phone_number", "private_key", "slack_token", "stripe_key",
             "url_credentials", "us_ssn", "webhook_url"]

def strings_of(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings_of(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_of(v)

def check_record(r):
    assert r["wrap"] in ("text", "structured", "raw-result")
    if r["wrap"] == "text":
        assert isinstance(r["doc"], str)
        texts = [r["doc"]]
    elif r["wrap"] == "structured":
        assert isinstance(r["doc"], dict)
        texts = list(strings_of(r["doc"]))
    else:
        d = r["doc"]
        assert set(d) == {"content", "isError"} and d["content"][0]["type"] == "text"
        texts = [d["content"][0]["text"]]
        json.loads(texts[0])  # the text must be a JSON document
    seen = set()
    for lab in r["labels"]:
        t, v = lab["type"], lab["value"]
        assert t in ALL_TYPES, t
        for a in lab.get("accept", []):
            assert a in ALL_TYPES and a != t, (t, a)
        assert v not in seen, ("duplicate label", r["id"], v)
        seen.add(v)
        assert any(v in x for x in texts), ("value not verbatim", r["id"], t, v[:60])
        if r["wrap"] == "raw-result":
            assert json.dumps(v, ensure_ascii=False)[1:-1] == v, ("raw-result value needs escaping", r["id"], v[:40])
        if t == "payment_card":
            assert luhn_ok(v) and 13 <= len([c for c in v if c.isdigit()]) <= 19, v
            assert v not in TEST_CARDS
        elif t == "iban":
            assert iban_ok(v) and len(v.replace(" ", "")) == IBAN_LEN[v[:2]], v
            assert v not in PUBLISHED_IBANS
        elif t == "us_ssn":
            assert ssn_ok(v), v
        elif t == "github_token" and not v.startswith("github_pat_"):
            assert gh_checksum_ok(v), v
        elif t == "aws_access_key_id":
            assert len(v) == 20 and v[:4] in ("AKIA", "ASIA") and "EXAMPLE" not in v
        elif t == "aws_secret_access_key":
            assert len(v) == 40 and "EXAMPLE" not in v
        elif t == "anthropic_api_key":
            assert v.startswith("sk-ant-") and v.endswith("AA")
        elif t == "openai_api_key":
            assert "T3BlbkFJ" in v
        elif t == "jwt":
            assert v.count(".") == 2 and v != JWT_IO
            json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        elif t == "private_key":
            assert v.startswith("-----BEGIN ") and "PRIVATE KEY-----" in v
    # clean-look-alike sanity: published examples are never labelled, checksum look-alikes fail
    return True

RAW_OK = {"stripe-webhook-event", "sentry-error-event", "salesforce-soql-json", "invoice-json", "loan-application-json", "vault-kv-json", "zendesk-ticket", "shop-order-export"}

def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v5.jsonl")
    # clean schedule: 45 % overall, every template has >= 3 clean and >= 4 positive documents
    plan = []
    eight = set(rng.sample(range(len(TEMPLATES)), 400 - 7 * len(TEMPLATES)))
    for ti, (name, f, n) in enumerate(TEMPLATES):
        n = 8 if ti in eight else 7
        plan.append([name, f, n, int(n * 0.45)])
    total = sum(p[2] for p in plan)
    target_clean = round(total * 0.45)
    i = 0
    order = list(range(len(plan)))
    rng.shuffle(order)
    while sum(p[3] for p in plan) < target_clean:
        p = plan[order[i % len(order)]]
        if p[2] - p[3] > 4:
            p[3] += 1
        i += 1
    records = []
    for name, f, n, n_clean in plan:
        flags = [False] * n_clean + [True] * (n - n_clean)
        rng.shuffle(flags)
        for k, pos in enumerate(flags):
            for attempt in range(20):
                wrap, doc, lab = f(pos)
                if pos and not lab.items:
                    continue  # a positive draw that produced no sensitive value: redraw
                break
            assert (len(lab.items) > 0) == pos, (name, pos)
            if wrap == "structured" and name in RAW_OK and rng.random() < 0.4 and all(
                    json.dumps(l["value"], ensure_ascii=False)[1:-1] == l["value"] for l in lab.items):
                wrap, doc = "raw-result", {"content": [{"type": "text", "text": json.dumps(doc, ensure_ascii=False)}], "isError": False}
            rec = {"id": "%s-%d" % (name, k + 1), "template": name, "split": SPLIT, "wrap": wrap, "doc": doc, "labels": lab.items}
            check_record(rec)
            records.append(rec)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    # look-alike self-checks
    for t in TEST_CARDS:
        assert luhn_ok(t), t
    for x in PUBLISHED_IBANS:
        assert iban_ok(x), x
    for _ in range(50):
        assert not luhn_ok(card_bad()) and not iban_ok(iban_bad("DE")) and not ssn_ok(ssn_bad())
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    by_type = collections.Counter(l["type"] for r in records for l in r["labels"])
    n_clean = sum(1 for r in records if not r["labels"])
    wraps = collections.Counter(r["wrap"] for r in records)
    print("documents: %d  templates: %d  labels: %d  clean: %d (%.1f %%)" % (len(records), len(TEMPLATES), sum(by_type.values()), n_clean, 100.0 * n_clean / len(records)))
    print("wraps:", dict(sorted(wraps.items())))
    for t in ALL_TYPES:
        print("  %-22s %4d" % (t, by_type[t]))
    tc = collections.OrderedDict()
    for r in records:
        c = tc.setdefault(r["template"], [0, 0, 0])
        c[0] += 1
        c[1] += 0 if r["labels"] else 1
        c[2] += len(r["labels"])
    print("per template (docs / clean / labels):")
    for k, v in tc.items():
        print("  %-26s %2d %2d %3d" % (k, v[0], v[1], v[2]))
    low = [t for t in ALL_TYPES if by_type[t] < 12]
    assert not low, ("types under 12 labels", low)
    assert len(TEMPLATES) >= 40 and sum(by_type.values()) >= 550
    return records

if __name__ == "__main__":
    main()
