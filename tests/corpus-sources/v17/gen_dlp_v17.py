#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v17 (cloud/infra exports, chat
transcripts with pasted material, e-commerce/order exports).

Python 3 stdlib only, one random.Random(seed), no clock, no environment.
Usage: python3 gen_dlp_v17.py [out.jsonl]   (default: dlp_v17.jsonl next to this file)
"""
import base64
import json
import os
import random
import string
import sys
import unicodedata

SEED = 17_0417
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B32 = UP + "234567"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
PWCH = ALNUM + "-_.~"


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def rsmix(n, alpha=ALNUM):
    # random string that contains upper, lower and digit (entropy-looking)
    while True:
        s = rs(n, alpha)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DIG for c in s):
            return s


def digits(n, first_nonzero=True):
    while True:
        s = rs(n, DIG)
        if first_nonzero and s[0] == "0":
            s = R.choice("123456789") + s[1:]
        if n < 12 or not luhn_ok(s):  # long ids never look like a valid card number
            return s


def bigint(lo, hi):
    while True:
        v = R.randint(lo, hi)
        if not luhn_ok(str(v)):
            return v


def amazon_oid():
    while True:
        v = f"{digits(3)}-{digits(7, False)}-{digits(7, False)}"
        if not luhn_ok(v.replace("-", "")):
            return v


def uuid():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return rs(n, HEX)


def pick(seq):
    return R.choice(seq)


def ts(year=2025):
    return f"{year}-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"


def epoch():
    return R.randint(1_700_000_000, 1_760_000_000)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


# --------------------------------------------------------------------------
# people
NAMES = [("Jana", "Nováková"), ("Mateus", "Oliveira"), ("Aiko", "Tanaka"), ("Priya", "Raman"),
         ("Lukas", "Becker"), ("Chloé", "Martin"), ("Olumide", "Adeyemi"), ("Sofía", "García"),
         ("Wojciech", "Zieliński"), ("Mei", "Lin"), ("Erik", "Lindqvist"), ("Fatima", "El Amrani"),
         ("Tomás", "Ferreira"), ("Hannah", "Schmidt"), ("Dmitri", "Volkov"), ("Grace", "Okafor"),
         ("Liam", "O'Brien"), ("Noor", "Haddad"), ("Kenji", "Watanabe"), ("Ana", "Kovač"),
         ("Marco", "Rossi"), ("Emma", "Johansson"), ("Arjun", "Mehta"), ("Zoé", "Papadopoulou"),
         ("Ravi", "Shankar"), ("Ingrid", "Hansen"), ("Carlos", "Mendoza"), ("Yuki", "Sato"),
         ("Léa", "Dubois"), ("Samuel", "Cohen"), ("Thandiwe", "Mokoena"), ("Joon-ho", "Park"),
         ("Bruna", "Carvalho"), ("Pieter", "de Vries"), ("Agnieszka", "Wójcik"), ("Omar", "Farouk"),
         ("Siobhán", "Kelly"), ("Matteo", "Bianchi"), ("Elif", "Yılmaz"), ("Nguyen", "Thi Lan")]
FREE_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.at", "orange.fr",
                "hotmail.co.uk", "proton.me", "icloud.com", "seznam.cz", "wp.pl", "uol.com.br",
                "naver.com", "libero.it", "t-online.de", "yandex.ru", "bigpond.com", "live.nl"]
WORK_DOMAINS = ["nordwind-logistik.de", "kestrel-apps.io", "fjordbyte.no", "bluequarry.co",
                "tanaka-shoji.co.jp", "lumenpay.com.br", "harbourline.com.au", "ferro-moda.it",
                "quillstack.dev", "vellum-ai.com", "pinegrove.ca", "atelier-sable.fr",
                "brightcart.shop", "makerbay.pl", "orbisfreight.nl", "cedarmint.co.uk"]
ROLE_LOCALS = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr",
               "team", "alerts", "careers", "noc", "orders", "returns", "accounts", "postmaster",
               "devops", "finance", "privacy", "platform-team", "buchhaltung", "contact", "help"]
SHOPS = ["brightcart.shop", "ferro-moda.it", "atelier-sable.fr", "makerbay.pl", "pinegrove.ca",
         "harbourline.com.au", "cedarmint.co.uk", "lumenpay.com.br"]


def ascii_fold(s):
    s = s.replace("ł", "l").replace("ı", "i").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def person():
    return pick(NAMES)


def email_for(p, work=None):
    f, l = ascii_fold(p[0]), ascii_fold(p[1])
    dom = work or pick(FREE_DOMAINS + WORK_DOMAINS)
    form = R.randint(0, 5)
    loc = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1,99)}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}+{pick(['shop','orders','aws','news'])}"][form]
    return f"{loc}@{dom}"


def role_email(dom=None):
    return f"{pick(ROLE_LOCALS)}@{dom or pick(WORK_DOMAINS + SHOPS)}"


# --------------------------------------------------------------------------
# phones: returns (display, accept)
FICTIONAL = ["(212) 555-0147", "+1 415 555 0132", "07700 900461", "+44 7700 900218", "020 7946 0958",
             "+44 20 7946 0321", "0491 570 156", "+61 491 570 110"]
TOLLFREE = ["1-800-742-5877", "1-800-463-3339", "+1 888 280 4331", "0800 328 5505", "1800 724 600",
            "0800 1 888 888", "+1 (877) 202-1149"]


def _avoid(s, bad):
    return any(b in s for b in bad)


def phone(cc=None):
    cc = cc or pick(["US", "UK", "DE", "FR", "JP", "AU", "BR", "IN", "NL", "PL", "ES", "IT", "MX", "ZA", "KR", "CH", "SE"])
    while True:
        d = lambda n: digits(n, False)
        if cc == "US":
            a = pick(["212", "415", "312", "617", "206", "303", "512", "702", "404", "971", "646", "919"])
            ex = str(R.randint(201, 989))
            if ex == "555":
                continue
            ln = d(4)
            disp = pick([f"+1 {a}-{ex}-{ln}", f"({a}) {ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 ({a}) {ex} {ln}", f"+1{a}{ex}{ln}"])
        elif cc == "UK":
            disp = pick([f"+44 20 3{d(3)} {d(4)}", f"+44 7{R.randint(400,999)} {d(6)}", f"020 8{d(3)} {d(4)}",
                         f"07{R.randint(400,999)} {d(6)}", f"+44 (0)161 {d(3)} {d(4)}"])
            if _avoid(disp, ["7700 900", "7946 0"]):
                continue
        elif cc == "DE":
            disp = pick([f"+49 30 {d(8)}", f"+49 (0)89 {d(7)}", f"0171 {d(7)}", f"+49 151 {d(8)}", f"040 / {d(6)}-{d(2)}"])
        elif cc == "FR":
            p = lambda: d(2)
            disp = pick([f"+33 6 {p()} {p()} {p()} {p()}", f"06 {p()} {p()} {p()} {p()}", f"+33 (0)1 4{R.randint(0,9)} {p()} {p()} {p()}", f"07.{p()}.{p()}.{p()}.{p()}"])
        elif cc == "JP":
            disp = pick([f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"06-{d(4)}-{d(4)}"])
        elif cc == "AU":
            disp = pick([f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) 9{d(3)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 3 9{d(3)} {d(4)}"])
            if _avoid(disp, ["491 570", "0491 570"]):
                continue
        elif cc == "BR":
            disp = pick([f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 (21) 9{d(4)}-{d(4)}"])
        elif cc == "IN":
            disp = pick([f"+91 9{d(4)} {d(5)}", f"+91-98{d(3)}-{d(5)}", f"09{d(4)} {d(5)}"])
        elif cc == "NL":
            disp = pick([f"+31 6 {d(8)}", f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}"])
        elif cc == "PL":
            disp = pick([f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"6{d(2)}-{d(3)}-{d(3)}"])
        elif cc == "ES":
            disp = pick([f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"])
        elif cc == "IT":
            disp = pick([f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"+39 06 {d(4)} {d(4)}"])
        elif cc == "MX":
            disp = pick([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}"])
        elif cc == "ZA":
            disp = pick([f"+27 82 {d(3)} {d(4)}", f"082 {d(3)} {d(4)}", f"+27 (0)21 {d(3)} {d(4)}"])
        elif cc == "KR":
            disp = pick([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"])
        elif cc == "CH":
            disp = pick([f"+41 79 {d(3)} {d(2)} {d(2)}", f"044 {d(3)} {d(2)} {d(2)}"])
        else:  # SE
            disp = pick([f"+46 70-{d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}", f"+46 8 {d(3)} {d(3)} {d(2)}"])
        break
    acc = []
    if disp.startswith("+"):
        acc.append(disp[1:])
        rest = disp[1:]
        i = 0
        while i < len(rest) and rest[i].isdigit():
            i += 1
        nat = rest[i:].lstrip(" -.")
        if nat and nat != disp:
            acc.append(nat)
    return disp, acc


# --------------------------------------------------------------------------
# numbers with checksums
TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "378282246310005",
              "6011111111111117", "4111111111111111", "5200828282828210", "4000002500003155",
              "5105105105105100", "4012888888881881", "371449635398431", "3566002020360505"]
DOC_IBANS = ["DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
             "NL91ABNA0417164300", "CH9300762011623852957", "GB82WEST12345698765432", "ES9121000418450200051332"]


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        v = int(ch)
        if alt:
            v *= 2
            if v > 9:
                v -= 9
        s += v
        alt = not alt
    return s % 10 == 0


def card(fmt=None):
    while True:
        brand = pick(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = str(R.randint(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(R.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, n = pick(["34", "37"]), 15
        elif brand == "disc":
            pre, n = pick(["6011", "65"]), 16
        else:
            pre, n = "35" + str(R.randint(28, 89)), 16
        body = pre + digits(n - len(pre) - 1, False)
        for c in DIG:
            if luhn_ok(body + c):
                num = body + c
                break
        if num in TEST_CARDS or len(set(num[4:])) < 4:
            continue
        f = fmt or pick(["plain", "space", "space", "dash"])
        if f == "plain":
            disp = num
        elif n == 15:
            sep = " " if f == "space" else "-"
            disp = sep.join([num[:4], num[4:10], num[10:]])
        else:
            sep = " " if f == "space" else "-"
            disp = sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return disp, num


IBAN_SPEC = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "NL": "4a10n", "ES": "20n", "IT": "1a5n5n12c",
             "CH": "5n12c", "BE": "12n", "PL": "24n", "AT": "16n", "SE": "20n", "IE": "4a14n", "PT": "21n",
             "FI": "14n", "DK": "14n", "NO": "11n", "CZ": "20n", "LT": "16n"}


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(s):
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in rearr)
    except ValueError:
        return False
    return int(num) % 97 == 1


def iban(cc=None, grouped=None):
    import re
    while True:
        cc = cc or pick(list(IBAN_SPEC))
        bban = ""
        for m in re.finditer(r"(\d+)([nac])", IBAN_SPEC[cc]):
            k, t = int(m.group(1)), m.group(2)
            bban += rs(k, DIG if t == "n" else UP if t == "a" else UP + DIG)
        ib = cc + iban_check(cc, bban) + bban
        if ib in DOC_IBANS:
            continue
        g = R.random() < 0.6 if grouped is None else grouped
        disp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if g else ib
        return disp, ib


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("078-05-1120", "219-09-9999", "123-45-6789"):
            continue
        return v


# --------------------------------------------------------------------------
# tokens
def aws_id(kind=None):
    while True:
        v = (kind or pick(["AKIA", "AKIA", "AKIA", "ASIA"])) + rs(16, UP + "234567")
        if "EXAMPLE" not in v:
            return v


def aws_secret():
    while True:
        v = rs(40, B64)
        if v[0] not in "+/" and sum(c in DIG for c in v) >= 3:
            return v


def gh_token():
    k = R.random()
    if k < 0.2:
        return "github_pat_" + rs(22, ALNUM + DIG) + "_" + rs(59)
    return pick(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rsmix(36)


def gl_token():
    return pick(["glpat-" + rsmix(20, ALNUM + "-_"), "glpat-" + rsmix(20), "gldt-" + rsmix(20, ALNUM + "_-"),
                 "glrt-" + rsmix(20), "glptt-" + hexs(40), "glcbt-64_" + rsmix(20), "glsoat-" + rsmix(20)])


def slack_token():
    k = R.randint(0, 4)
    if k <= 1:
        return f"xoxb-{digits(11)}-{digits(13)}-{rsmix(24)}"
    if k == 2:
        return f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{hexs(32)}"
    if k == 3:
        return f"xapp-1-A{rs(10, UP + DIG)}-{digits(13)}-{hexs(64)}"
    return f"xoxe.xoxp-1-{rsmix(120, ALNUM)}"


def stripe_key(live=None):
    live = R.random() < 0.75 if live is None else live
    p = pick(["sk", "sk", "rk"]) + ("_live_" if live else "_test_")
    return p + pick(["51" + rsmix(97), rsmix(24), "51" + rsmix(97)])


def openai_key():
    k = R.randint(0, 3)
    if k <= 1:
        return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)
    if k == 2:
        return "sk-" + rsmix(20) + "T3BlbkFJ" + rsmix(20)
    return pick(["sk-svcacct-", "sk-admin-"]) + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)


def anthropic_key():
    return pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rsmix(93, B64U) + "AA"


def google_key():
    return "AIzaSy" + rsmix(33, B64U)


def jwt(rs256=None):
    rs256 = R.random() < 0.4 if rs256 is None else rs256
    hdr = {"alg": "RS256", "typ": "JWT", "kid": hexs(16)} if rs256 else {"alg": "HS256", "typ": "JWT"}
    now = epoch()
    pl = {"sub": pick([uuid(), "usr_" + rs(12), str(R.randint(10000, 999999))]), "iat": now, "exp": now + pick([900, 3600, 86400]),
          "iss": pick(["https://auth.brightcart.shop", "https://login.kestrel-apps.io", "magento", "orders-api"]),
          "scope": pick(["orders:read", "admin", "read write", "checkout"])}
    if R.random() < 0.3:
        pl["email"] = email_for(person())  # hidden inside base64: never labelled
    sig = rs(342 if rs256 else 43, B64U)
    return b64url_json(hdr) + "." + b64url_json(pl) + "." + sig


def pem(kind=None):
    kind = kind or pick(["rsa", "pkcs8", "ec", "openssh", "openssh"])
    if kind == "rsa":
        head, body, n, w = "RSA PRIVATE KEY", "MIIEow" + rs(1550, B64), 0, 64
    elif kind == "pkcs8":
        head, body, w = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(1560, B64), 64
    elif kind == "ec":
        head, body, w = "EC PRIVATE KEY", "MHcCAQEEI" + rs(151, B64), 64
    else:
        head, body, w = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(300, B64), 70
    body = body + pick(["", "=", "=="])
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


def webhook(kind=None):
    kind = kind or pick(["slack", "slack", "discord", "teams", "teamsflow", "mattermost"])
    if kind == "slack":
        return f"https://hooks.slack.com/services/T{rs(8, UP + DIG)}/B{rs(10, UP + DIG)}/{rsmix(24)}"
    if kind == "discord":
        return f"https://{pick(['discord.com', 'discordapp.com'])}/api/webhooks/{digits(19)}/{rsmix(68, B64U)}"
    if kind == "teams":
        return f"https://{pick(['kestrelapps', 'nordwind', 'fjordbyte'])}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{hexs(32)}/{uuid()}"
    if kind == "teamsflow":
        return (f"https://prod-{R.randint(10,99)}.westeurope.logic.azure.com:443/workflows/{hexs(32)}/triggers/manual/paths/invoke"
                f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={rsmix(43, B64U)}")
    return f"https://chat.{pick(['quillstack.dev', 'bluequarry.co'])}/hooks/{rs(26, LO + DIG)}"


def password(n=None):
    n = n or R.randint(12, 24)
    while True:
        s = rs(n, PWCH + "!#^*")
        if sum(c in DIG for c in s) >= 2 and any(c in UP for c in s) and any(c in LO for c in s):
            return s


def url_password(n=None):
    n = n or R.randint(12, 22)
    while True:
        s = rs(n, PWCH)
        if sum(c in DIG for c in s) >= 2 and any(c in UP for c in s) and any(c in LO for c in s):
            return s


GENERIC = {
    "SENDGRID_API_KEY": lambda: "SG." + rsmix(22, B64U) + "." + rsmix(43, B64U),
    "TWILIO_AUTH_TOKEN": lambda: hexs(32),
    "MAILGUN_API_KEY": lambda: hexs(32) + "-" + hexs(8) + "-" + hexs(8),
    "DATADOG_API_KEY": lambda: hexs(32),
    "SHOPIFY_API_SECRET": lambda: "shpss_" + hexs(32),
    "SHOPIFY_ADMIN_TOKEN": lambda: "shpat_" + hexs(32),
    "STRIPE_WEBHOOK_SECRET": lambda: "whsec_" + rsmix(32),
    "SESSION_SECRET": lambda: rsmix(48, B64U),
    "JWT_SIGNING_SECRET": lambda: hexs(64),
    "DB_PASSWORD": lambda: password(),
    "SMTP_PASSWORD": lambda: password(),
    "ALGOLIA_ADMIN_KEY": lambda: hexs(32),
    "MAILCHIMP_API_KEY": lambda: hexs(32) + "-us" + str(R.randint(2, 21)),
    "PAYPAL_CLIENT_SECRET": lambda: "E" + rsmix(79, B64U),
    "AZURE_CLIENT_SECRET": lambda: rs(3, ALNUM) + "8Q~" + rsmix(31, ALNUM + "._~-"),
    "SQUARE_ACCESS_TOKEN": lambda: "EAAA" + rsmix(60, B64U),
    "SENTRY_AUTH_TOKEN": lambda: "sntrys_" + rsmix(60),
    "REDIS_PASSWORD": lambda: password(),
    "ADYEN_HMAC_KEY": lambda: rs(64, "0123456789ABCDEF"),
    "NPM_TOKEN": lambda: "npm_" + rsmix(36),
}


def gen_secret(name=None):
    name = name or pick(list(GENERIC))
    return name, GENERIC[name]()


# --------------------------------------------------------------------------
# negatives
AWS_EX_IDS = ["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"]
AWS_EX_SECRETS = ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"]
STRIPE_DOC_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
SLACK_EX_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
PLACEHOLDERS = ["changeme", "<your-api-key>", "REPLACE_ME", "xxxxxxxx", "sk_test_xxx", "<secret>", "TODO",
                "your-password-here", "********", "dummy", "sk-...", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]


def env_ref(name):
    return pick([f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"process.env.{name}", f'os.environ["{name}"]',
                 f"vault:secret/data/prod/shop#{name.lower()}", f"{{{{resolve:secretsmanager:prod/{name.lower()}}}}}",
                 f"arn:aws:secretsmanager:eu-west-1:{digits(12)}:secret:prod/{name.lower()}-{rs(6)}", f"$({name})"])


def masked_card():
    return pick(["**** **** **** " + digits(4, False), "•••• " + digits(4, False), "XXXX-XXXX-XXXX-" + digits(4, False),
                 digits(6) + "******" + digits(4, False), "ending in " + digits(4, False)])


def masked_ssn():
    return pick(["XXX-XX-" + digits(4, False), "***-**-" + digits(4, False), "xxx-xx-" + digits(4, False)])


def masked_email(p):
    e = email_for(p)
    loc, dom = e.split("@")
    return loc[0] + "***@" + dom


def sha(n=64):
    return hexs(n)


def tracking():
    return pick(["1Z" + rs(6, UP + DIG) + digits(10, False), "9400" + digits(18, False), "JD01" + digits(16, False),
                 digits(12), "LX" + digits(9) + "DE", "CP" + digits(9) + "FR"])


def giftcode():
    return "-".join(rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


# --------------------------------------------------------------------------
GLOBAL = {}


def bal(options):
    """option -> label type; choose the option whose type is rarest so far (deterministic)"""
    items = list(options.items())
    R.shuffle(items)
    return min(items, key=lambda kv: GLOBAL.get(kv[1], 0))[0]


def bal_n(options, n):
    out = []
    opts = dict(options)
    for _ in range(n):
        k = bal(opts)
        out.append(k)
        GLOBAL[opts[k]] = GLOBAL.get(opts[k], 0) + 0.5  # soft reservation
        del opts[k]
    return out


class Rec:
    def __init__(self):
        self.labels = []
        self.seen = set()

    def add(self, typ, value, accept=()):
        if value in self.seen:
            return value
        self.seen.add(value)
        GLOBAL[typ] = GLOBAL.get(typ, 0) + 1
        acc = []
        for a in accept:
            if a and a != value and a not in acc:
                acc.append(a)
        self.labels.append({"type": typ, "value": value, "accept": acc})
        return value

    # typed helpers: generate + label, return display value
    def email(self, p=None, work=None, mailto=False):
        e = email_for(p or person(), work)
        self.add("email", e, ["mailto:" + e] if mailto else [])
        return e

    def phone(self, cc=None):
        d, acc = phone(cc)
        self.add("phone_number", d, acc)
        return d

    def card(self, fmt=None, also_digits=False):
        d, num = card(fmt)
        acc = [num] if also_digits and d != num else []
        self.add("payment_card", d, acc)
        return d

    def iban(self, cc=None, grouped=None):
        d, _ = iban(cc, grouped)
        self.add("iban", d)
        return d

    def ssn(self):
        return self.add("us_ssn", ssn())

    def akid(self, accept=(), kind=None):
        return self.add("aws_access_key_id", aws_id(kind), accept)

    def aws_secret(self, accept=()):
        return self.add("aws_secret_access_key", aws_secret(), accept)

    def jwt(self, bearer=False):
        j = jwt()
        self.add("jwt", j, ["Bearer " + j] if bearer else [])
        return j

    def pem(self, kind=None, escaped=False):
        k = pem(kind)
        self.add("private_key", json.dumps(k)[1:-1] if escaped else k)
        return k

    def webhook(self, kind=None):
        return self.add("webhook_url", webhook(kind))

    def urlcred(self, scheme, user, host, path="", pw=None):
        pw = pw or url_password()
        url = f"{scheme}://{user}:{pw}@{host}{path}"
        self.add("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", url])
        return url

    def token_url(self, typ, tok, user, host, path):
        url = f"https://{user}:{tok}@{host}{path}"
        self.add(typ, tok, [f"{user}:{tok}", url])
        return url


TYPED = {"aws_access_key_id": lambda: aws_id(), "aws_secret_access_key": aws_secret, "github_token": gh_token,
         "gitlab_token": gl_token, "slack_token": slack_token, "stripe_key": stripe_key, "openai_api_key": openai_key,
         "anthropic_api_key": anthropic_key, "google_api_key": google_key, "jwt": lambda: jwt()}
ENV_NAMES = {"aws_access_key_id": ["AWS_ACCESS_KEY_ID"], "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY"],
             "github_token": ["GITHUB_TOKEN", "GH_TOKEN", "GH_PAT"], "gitlab_token": ["GITLAB_TOKEN", "CI_DEPLOY_TOKEN", "GL_TOKEN"],
             "slack_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN"],
             "stripe_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"], "openai_api_key": ["OPENAI_API_KEY"],
             "anthropic_api_key": ["ANTHROPIC_API_KEY", "CLAUDE_KEY"], "google_api_key": ["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY", "FIREBASE_API_KEY"],
             "jwt": ["INTERNAL_API_JWT", "SERVICE_AUTH_TOKEN", "ORDERS_API_BEARER"]}
KV_TYPES = ("generic_secret", "aws_access_key_id", "aws_secret_access_key")


def secret_pair(kind=None):
    """returns (env_name, type, value) for a pasteable secret"""
    kind = kind or bal({**{t: t for t in TYPED}, "generic": "generic_secret"})
    if kind == "generic":
        n, v = gen_secret()
        return n, "generic_secret", v
    return pick(ENV_NAMES[kind]), kind, TYPED[kind]()


def env_lines(L, n, kinds=None, sep="=", quote=False, prefix="", extra_neg=True):
    """build .env-style lines, label them; returns list of lines"""
    lines = []
    kinds = kinds or [None] * n
    for k in kinds:
        if k == "dburl":
            u = pick(["app", "shop", "orders_rw", "postgres", "admin"])
            url = L.urlcred(pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"]), u,
                            pick(["db.internal", "orders-db.cluster-c9x.eu-west-1.rds.amazonaws.com", "10.0.3.17:5432", "cluster0.ab1cd.mongodb.net", "cache-01:6379"]),
                            pick(["/orders", "/shop?sslmode=require", "/prod", "", "/0"]))
            lines.append(f"{prefix}DATABASE_URL{sep}{url}")
            continue
        if k == "webhook":
            lines.append(f"{prefix}{pick(['SLACK_WEBHOOK_URL', 'DISCORD_WEBHOOK', 'TEAMS_WEBHOOK_URL', 'ALERT_HOOK'])}{sep}{L.webhook()}")
            continue
        name, typ, val = secret_pair(k)
        q = '"' if quote else ""
        line = f"{prefix}{name}{sep}{q}{val}{q}"
        acc = [f"{name}{sep}{q}{val}{q}", f"{name}{sep}{val}"] if typ in KV_TYPES and not quote else ([f"{name}{sep}{q}{val}{q}"] if typ in KV_TYPES else [])
        if prefix and typ in KV_TYPES:
            acc.append(line)
        L.add(typ, val, acc)
        lines.append(line)
    if extra_neg:
        negs = [f"{prefix}NODE_ENV{sep}production", f"{prefix}LOG_LEVEL{sep}info", f"{prefix}AWS_REGION{sep}eu-central-1",
                f"{prefix}PORT{sep}8080", f"{prefix}FEATURE_FLAGS{sep}checkout_v2,klarna", f"{prefix}SENTRY_ENVIRONMENT{sep}prod"]
        for x in R.sample(negs, 2):
            lines.insert(R.randint(0, len(lines)), x)
    return lines


def neg_env_lines(n, sep="=", prefix=""):
    names = ["STRIPE_SECRET_KEY", "OPENAI_API_KEY", "DATABASE_URL", "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY",
             "GITHUB_TOKEN", "SENDGRID_API_KEY", "SESSION_SECRET", "ANTHROPIC_API_KEY", "DB_PASSWORD"]
    out = []
    for name in R.sample(names, n):
        v = pick([env_ref(name), pick(PLACEHOLDERS), "", f"<{name.lower().replace('_', '-')}>",
                  pick(AWS_EX_SECRETS) if "AWS" in name else STRIPE_DOC_KEY if "STRIPE" in name else "changeme"])
        out.append(f"{prefix}{name}{sep}{v}")
    out.append(f"{prefix}NODE_ENV{sep}production")
    R.shuffle(out)
    return out


def raw(text, structured=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if structured is not None:
        d["structuredContent"] = structured
    return d


ACCOUNT = lambda: digits(12)
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1", "ap-southeast-2", "sa-east-1"]


# ==========================================================================
# A. cloud consoles / infrastructure exports
def t_aws_iam_access_keys(L, pos):
    user = pick(["ci-deployer", "jana.novakova", "svc-orders", "terraform", "backup-bot", "m.rossi"])
    acct = ACCOUNT()
    if not pos:
        users = [{"Path": "/", "UserName": u, "UserId": "AIDA" + rs(17, UP + "234567"),
                  "Arn": f"arn:aws:iam::{acct}:user/{u}", "CreateDate": ts(2023),
                  "PasswordLastUsed": ts(2025)} for u in R.sample(["ci-deployer", "svc-orders", "terraform", "backup-bot", "auditor"], 3)]
        doc = {"command": "aws iam list-users --output json", "Users": users, "IsTruncated": False}
        if R.random() < 0.5:
            doc["docs_sample"] = {"AccessKeyId": pick(AWS_EX_IDS), "SecretAccessKey": pick(AWS_EX_SECRETS), "note": "example from AWS CLI reference"}
        return "structured", doc
    md = [{"UserName": user, "AccessKeyId": L.akid(kind="AKIA"), "Status": pick(["Active", "Inactive"]), "CreateDate": ts(2024)}
          for _ in range(R.randint(1, 2))]
    doc = {"command": f"aws iam list-access-keys --user-name {user}", "AccessKeyMetadata": md, "IsTruncated": False}
    if R.random() < 0.6:
        doc["create_access_key"] = {"AccessKey": {"UserName": user, "AccessKeyId": L.akid(kind="AKIA"), "Status": "Active",
                                                  "SecretAccessKey": L.aws_secret(), "CreateDate": ts(2025)}}
    doc["ResponseMetadata"] = {"RequestId": uuid(), "HTTPStatusCode": 200}
    return "structured", doc


def t_iam_credential_report(L, pos):
    acct = ACCOUNT()
    hdr = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,cert_1_active,cert_2_active"
    extra = pos
    if extra:
        hdr += ",owner_email,access_key_1_id"
    rows = [f"<root_account>,arn:aws:iam::{acct}:root,{ts(2019)},not_supported,{ts(2025)},not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,false,false" + (",,"
            if extra else "")]
    for u in R.sample(["ci-deployer", "svc-orders", "terraform", "backup-bot", "auditor", "data-loader", "kenji.w", "p.raman"], R.randint(2, 4)):
        r = f"{u},arn:aws:iam::{acct}:user/{u},{ts(2022)},{pick(['true','false'])},{pick([ts(2025),'N/A','no_information'])},{ts(2024)},N/A,{pick(['true','false'])},true,{ts(2024)},{ts(2025)},{pick(REGIONS)},{pick(['s3','sts','ecr','lambda'])},false,N/A,false,false"
        if extra:
            own = pick([lambda: L.email(), lambda: role_email(), lambda: ""])()
            kid = L.akid(kind="AKIA") if R.random() < 0.5 else ""
            r += f",{own},{kid}"
        rows.append(r)
    text = "GenerateCredentialReport: COMPLETE\nReportFormat: text/csv\n\n" + hdr + "\n" + "\n".join(rows) + "\n"
    if pos and R.random() < 0.35:
        text += f"\n# inventory-bot: legacy secret still present in tag 'bootstrap' of user data-loader: {L.aws_secret()}\n"
    if pos and not L.labels:
        text += f"\n# escalate to {L.email()}\n"
    return "raw-result", raw(text)


def t_gcp_sa_key(L, pos):
    proj = pick(["shop-prod-4821", "analytics-eu", "orders-platform", "kestrel-ml"])
    sa = f"{pick(['deployer', 'bq-loader', 'cdn-purger', 'firebase-adminsdk-' + rs(5, LO + DIG)])}@{proj}.iam.gserviceaccount.com"
    if not pos:
        keys = [{"name": f"projects/{proj}/serviceAccounts/{sa}/keys/{hexs(40)}", "validAfterTime": ts(2024),
                 "validBeforeTime": "9999-12-31T23:59:59Z", "keyAlgorithm": "KEY_ALG_RSA_2048", "keyOrigin": "GOOGLE_PROVIDED",
                 "keyType": pick(["USER_MANAGED", "SYSTEM_MANAGED"])} for _ in range(R.randint(1, 3))]
        if R.random() < 0.5:
            keys[0]["publicKeyData"] = b64("-----BEGIN CERTIFICATE-----\n" + rs(200, B64) + "\n-----END CERTIFICATE-----\n")
        return "raw-result", raw(f"$ gcloud iam service-accounts keys list --iam-account={sa} --format=json\n" + json.dumps(keys, indent=2))
    k = pem("pkcs8")
    L.add("private_key", json.dumps(k)[1:-1])
    key = {"type": "service_account", "project_id": proj, "private_key_id": hexs(40), "private_key": k + "\n",
           "client_email": sa, "client_id": digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{sa.replace('@', '%40')}",
           "universe_domain": "googleapis.com"}
    text = f"$ gcloud iam service-accounts keys create key.json --iam-account={sa} && cat key.json\ncreated key [{hexs(40)}] of type [json] as [key.json]\n" + json.dumps(key, indent=2)
    if R.random() < 0.3:
        text += f"\n$ firebase config: apiKey={L.add('google_api_key', google_key(), [])}\n"
    return "raw-result", raw(text)


def t_azure_app_registration(L, pos):
    tenant, app = uuid(), uuid()
    name = pick(["shop-checkout-api", "orders-sync", "grafana-sso", "pipeline-deployer"])
    if pos and R.random() < 0.45:
        doc = {"command": f"az ad sp create-for-rbac --name {name} --role Contributor --scopes /subscriptions/{uuid()}/resourceGroups/rg-shop",
               "output": {"appId": app, "displayName": name, "password": L.add("generic_secret", GENERIC["AZURE_CLIENT_SECRET"]()), "tenant": tenant},
               "warning": "The output includes credentials that you must protect."}
        return "structured", doc
    cred = {"customKeyIdentifier": None, "displayName": pick(["ci", "rotation-2025", "prod"]), "endDateTime": ts(2026),
            "hint": rs(3, ALNUM), "keyId": uuid(), "secretText": None, "startDateTime": ts(2025)}
    doc = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#applications/$entity", "id": uuid(), "appId": app,
           "displayName": name, "signInAudience": "AzureADMyOrg", "publisherDomain": pick(WORK_DOMAINS),
           "web": {"redirectUris": [f"https://{name}.azurewebsites.net/signin-oidc"], "implicitGrantSettings": {"enableIdTokenIssuance": True}},
           "requiredResourceAccess": [{"resourceAppId": "00000003-0000-0000-c000-000000000000",
                                        "resourceAccess": [{"id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope"}]}],
           "passwordCredentials": [cred], "keyCredentials": [{"type": "AsymmetricX509Cert", "usage": "Verify", "keyId": uuid(),
                                                              "customKeyIdentifier": rs(40, "0123456789ABCDEF")}]}
    if pos:
        if R.random() < 0.6:
            cred["secretText"] = L.add("generic_secret", GENERIC["AZURE_CLIENT_SECRET"]())
        p = person()
        doc["owners"] = [{"displayName": f"{p[0]} {p[1]}", "mail": L.email(p, pick(WORK_DOMAINS)), "businessPhones": [L.phone()] if R.random() < 0.4 else []}]
    else:
        doc["owners"] = [{"displayName": "Platform Team", "mail": role_email(), "businessPhones": []}]
    return "structured", doc


def t_arm_parameters(L, pos):
    srv = pick(["sql-shop-prod", "sqlsrv-orders-weu", "db-kestrel"])
    params = {"location": {"value": pick(["westeurope", "eastus2", "japaneast"])}, "adminUsername": {"value": pick(["azureuser", "sqladmin", "vmadmin"])},
              "sshPublicKey": {"value": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " deploy@ci"}}
    if pos:
        k = R.randint(0, 3)
        if k in (0, 3):
            params["adminPassword"] = {"value": L.add("generic_secret", password())}
        if k in (1, 3) or k == 0 and R.random() < 0.5:
            pw = password()
            L.add("generic_secret", pw, [f"Password={pw}", f"Password={pw};"])
            params["sqlConnectionString"] = {"value": f"Server=tcp:{srv}.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=sqladmin;Password={pw};MultipleActiveResultSets=False;Encrypt=True;"}
        if k == 2:
            acct = pick(["stshopassets", "stkestrellogs"])
            key = rs(86, B64) + "=="
            L.add("generic_secret", key, [f"AccountKey={key}"])
            params["storageConnectionString"] = {"value": f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"}
        if R.random() < 0.5:
            params["alertEmail"] = {"value": L.email()}
        if R.random() < 0.3:
            params["alertWebhookUri"] = {"value": L.webhook(pick(["teams", "teamsflow"]))}
    else:
        params["adminPassword"] = {"reference": {"keyVault": {"id": f"/subscriptions/{uuid()}/resourceGroups/rg-shop/providers/Microsoft.KeyVault/vaults/kv-shop-prod"},
                                                 "secretName": "sqlAdminPassword"}}
        params["sqlConnectionString"] = {"value": "[concat('Server=tcp:', parameters('sqlServerName'), '.database.windows.net;Password=', parameters('adminPassword'))]"}
        params["alertEmail"] = {"value": role_email()}
    doc = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0",
           "parameters": params}
    return "structured", {"deployment": f"az deployment group create -g rg-shop -f main.json -p @{pick(['prod', 'staging'])}.parameters.json", "parametersFile": doc}


def t_tfstate(L, pos):
    acct = ACCOUNT()
    region = pick(REGIONS)
    res = [{"mode": "managed", "type": "aws_s3_bucket", "name": "assets", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
            "instances": [{"schema_version": 0, "attributes": {"id": f"shop-assets-{rs(6, LO + DIG)}", "arn": f"arn:aws:s3:::shop-assets", "region": region,
                                                               "tags": {"owner": pick(["platform", "growth"])}}, "sensitive_attributes": []}]}]
    outputs = {"bucket_name": {"value": res[0]["instances"][0]["attributes"]["id"], "type": "string"}}
    if pos:
        kinds = R.sample(["db", "key", "rand", "tls", "gitlab", "ssm"], R.randint(2, 3))
        for k in kinds:
            if k == "db":
                pw = L.add("generic_secret", password())
                res.append({"mode": "managed", "type": "aws_db_instance", "name": "orders", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                            "instances": [{"schema_version": 2, "attributes": {"id": "db-" + rs(26, UP + DIG), "engine": "postgres", "engine_version": "15.5",
                                                                               "username": "orders_admin", "password": pw, "endpoint": f"orders.c{rs(10, LO + DIG)}.{region}.rds.amazonaws.com:5432",
                                                                               "arn": f"arn:aws:rds:{region}:{acct}:db:orders"},
                                           "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]})
                if R.random() < 0.5:
                    outputs["db_password"] = {"value": pw, "type": "string", "sensitive": True}
            elif k == "key":
                kid, sec = L.akid(kind="AKIA"), L.aws_secret()
                attrs = {"id": kid, "user": "ci-deployer", "secret": sec, "status": "Active", "create_date": ts(2025), "encrypted_secret": None, "pgp_key": None}
                if R.random() < 0.5:
                    attrs["ses_smtp_password_v4"] = L.add("generic_secret", "B" + rs(43, B64))
                res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                            "instances": [{"schema_version": 0, "attributes": attrs, "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}], [{"type": "get_attr", "value": "ses_smtp_password_v4"}]]}]})
            elif k == "rand":
                res.append({"mode": "managed", "type": "random_password", "name": "redis", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
                            "instances": [{"schema_version": 3, "attributes": {"id": "none", "length": 32, "special": False, "result": L.add("generic_secret", rsmix(32)),
                                                                               "bcrypt_hash": "$2a$10$" + rs(53, ALNUM + "./")}, "sensitive_attributes": []}]})
            elif k == "tls":
                res.append({"mode": "managed", "type": "tls_private_key", "name": "deploy", "provider": "provider[\"registry.terraform.io/hashicorp/tls\"]",
                            "instances": [{"schema_version": 1, "attributes": {"algorithm": "ECDSA", "ecdsa_curve": "P256", "id": hexs(40),
                                                                               "private_key_pem": L.pem("ec") + "\n", "public_key_fingerprint_md5": ":".join(hexs(2) for _ in range(16)),
                                                                               "public_key_openssh": "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY" + rs(100, B64) + "\n"},
                                           "sensitive_attributes": []}]})
            elif k == "gitlab":
                res.append({"mode": "managed", "type": "gitlab_deploy_token", "name": "registry", "provider": "provider[\"registry.terraform.io/gitlabhq/gitlab\"]",
                            "instances": [{"schema_version": 0, "attributes": {"id": str(R.randint(100, 9999)), "project": "shop/storefront", "username": "gitlab+deploy-token-" + str(R.randint(10, 999)),
                                                                               "scopes": ["read_registry"], "token": L.add("gitlab_token", "gldt-" + rsmix(20, ALNUM + "_-"))}, "sensitive_attributes": []}]})
            else:
                name = pick(["SLACK_BOT_TOKEN", "SENDGRID_API_KEY", "OPENAI_API_KEY"])
                val = {"SLACK_BOT_TOKEN": lambda: L.add("slack_token", slack_token()), "SENDGRID_API_KEY": lambda: L.add("generic_secret", GENERIC["SENDGRID_API_KEY"]()),
                       "OPENAI_API_KEY": lambda: L.add("openai_api_key", openai_key())}[name]()
                res.append({"mode": "managed", "type": "aws_ssm_parameter", "name": name.lower(), "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                            "instances": [{"schema_version": 0, "attributes": {"name": f"/shop/prod/{name}", "type": "SecureString", "value": val, "key_id": "alias/aws/ssm",
                                                                               "arn": f"arn:aws:ssm:{region}:{acct}:parameter/shop/prod/{name}"},
                                           "sensitive_attributes": [[{"type": "get_attr", "value": "value"}]]}]})
    else:
        res.append({"mode": "managed", "type": "random_id", "name": "suffix", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
                    "instances": [{"schema_version": 0, "attributes": {"b64_url": rs(6, B64U), "byte_length": 4, "hex": hexs(8), "id": rs(6, B64U)}, "sensitive_attributes": []}]})
        res.append({"mode": "managed", "type": "aws_db_instance", "name": "orders", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                    "instances": [{"schema_version": 2, "attributes": {"id": "db-" + rs(26, UP + DIG), "username": "orders_admin", "password": None,
                                                                       "manage_master_user_password": True,
                                                                       "master_user_secret": [{"kms_key_id": f"arn:aws:kms:{region}:{acct}:key/{uuid()}", "secret_arn": f"arn:aws:secretsmanager:{region}:{acct}:secret:rds!db-{uuid()}-{rs(6)}", "secret_status": "active"}]},
                                   "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]})
        outputs["db_secret_arn"] = {"value": res[-1]["instances"][0]["attributes"]["master_user_secret"][0]["secret_arn"], "type": "string"}
    doc = {"version": 4, "terraform_version": pick(["1.6.6", "1.7.5", "1.9.2"]), "serial": R.randint(3, 400), "lineage": uuid(),
           "outputs": outputs, "resources": res, "check_results": None}
    return "structured", doc


def t_pulumi_export(L, pos):
    stack = pick(["acme/shop/prod", "kestrel/orders/staging", "org/storefront/prod"])
    SIG = "4dabf18193072939515e22adb298388d"
    def secret_obj(plain=None):
        if plain is None:
            return {SIG: "1b47061264138c4ac30d75fd1eb44270", "ciphertext": "v1:" + rs(16, B64) + ":" + rs(60, B64)}
        return {SIG: "1b47061264138c4ac30d75fd1eb44270", "plaintext": json.dumps(plain)}
    resources = [{"urn": f"urn:pulumi:{stack.split('/')[-1]}::{stack.split('/')[1]}::pulumi:pulumi:Stack::{stack.split('/')[1]}-{stack.split('/')[-1]}",
                  "custom": False, "type": "pulumi:pulumi:Stack"}]
    cfg = {}
    if pos:
        for k in R.sample(["db", "stripe", "slack", "hook", "gh", "dburl", "openai"], R.randint(1, 3)):
            if k == "db":
                v = L.add("generic_secret", password())
                resources.append({"urn": f"urn:pulumi:prod::shop::aws:rds/instance:Instance::orders-db", "custom": True, "id": "orders-db-" + rs(7, LO + DIG),
                                  "type": "aws:rds/instance:Instance", "inputs": {"instanceClass": "db.t4g.medium", "password": secret_obj(v), "username": "shop"},
                                  "outputs": {"password": secret_obj(v), "address": f"orders-db.{rs(12, LO + DIG)}.eu-west-1.rds.amazonaws.com"}})
            elif k == "stripe":
                cfg["shop:stripeSecretKey"] = secret_obj(L.add("stripe_key", stripe_key()))
            elif k == "slack":
                cfg["shop:slackBotToken"] = secret_obj(L.add("slack_token", slack_token()))
            elif k == "hook":
                cfg["shop:opsWebhook"] = L.webhook()
            elif k == "dburl":
                cfg["shop:readReplicaUrl"] = L.urlcred("postgres", "reporting", f"replica-{digits(2)}.internal:5432", "/orders")
            elif k == "openai":
                cfg["shop:openaiApiKey"] = secret_obj(L.add("openai_api_key", openai_key()))
            else:
                cfg["github:token"] = secret_obj(L.add("github_token", gh_token()))
        header = f"$ pulumi stack export --show-secrets --stack {stack}\n"
    else:
        resources.append({"urn": "urn:pulumi:prod::shop::aws:rds/instance:Instance::orders-db", "custom": True, "id": "orders-db-" + rs(7, LO + DIG),
                          "type": "aws:rds/instance:Instance", "inputs": {"password": secret_obj()}, "outputs": {"password": secret_obj()}})
        cfg["shop:stripeSecretKey"] = secret_obj()
        header = f"$ pulumi stack export --stack {stack}\n"
    dep = {"version": 3, "deployment": {"manifest": {"time": ts(2025), "magic": hexs(64), "version": "v3.131.0"},
                                        "secrets_providers": {"type": "service", "state": {"url": "https://api.pulumi.com", "owner": stack.split('/')[0], "project": stack.split('/')[1], "stack": stack.split('/')[2]}},
                                        "resources": resources}, "config": cfg}
    return "raw-result", raw(header + json.dumps(dep, indent=4))


def t_cfn_describe_stacks(L, pos):
    region, acct = pick(REGIONS), ACCOUNT()
    name = pick(["shop-backend-prod", "orders-pipeline", "notify-stack"])
    params = [{"ParameterKey": "DBPassword", "ParameterValue": "****"}, {"ParameterKey": "Env", "ParameterValue": "prod"},
              {"ParameterKey": "VpcId", "ParameterValue": "vpc-" + hexs(17)}]
    outs = [{"OutputKey": "ApiEndpoint", "OutputValue": f"https://{rs(10, LO + DIG)}.execute-api.{region}.amazonaws.com/prod", "Description": "API"},
            {"OutputKey": "OrdersTableArn", "OutputValue": f"arn:aws:dynamodb:{region}:{acct}:table/orders"}]
    tags = [{"Key": "cost-center", "Value": "cc-" + digits(4)}]
    if pos:
        opts = R.sample(["hook", "db", "owner", "gh", "phone"], R.randint(2, 3))
        if "hook" in opts:
            outs.append({"OutputKey": "AlertsWebhookUrl", "OutputValue": L.webhook(), "Description": "incoming webhook for alarms"})
        if "db" in opts:
            outs.append({"OutputKey": "DatabaseUrl", "OutputValue": L.urlcred("postgresql", "app", f"orders.cluster-{rs(12, LO + DIG)}.{region}.rds.amazonaws.com:5432", "/orders")})
        if "owner" in opts:
            tags.append({"Key": "owner", "Value": L.email()})
        if "gh" in opts:
            params.append({"ParameterKey": "GitHubOAuthToken", "ParameterValue": L.add("github_token", gh_token())})
        if "phone" in opts:
            tags.append({"Key": "oncall-phone", "Value": L.phone()})
    else:
        params.append({"ParameterKey": "GitHubOAuthToken", "ParameterValue": "****"})
        tags.append({"Key": "owner", "Value": role_email()})
        outs.append({"OutputKey": "DbSecretArn", "OutputValue": f"arn:aws:secretsmanager:{region}:{acct}:secret:prod/db-{rs(6)}"})
    stack = {"StackId": f"arn:aws:cloudformation:{region}:{acct}:stack/{name}/{uuid()}", "StackName": name, "Parameters": params,
             "CreationTime": ts(2024), "LastUpdatedTime": ts(2025), "StackStatus": "UPDATE_COMPLETE", "DisableRollback": False,
             "NotificationARNs": [], "Capabilities": ["CAPABILITY_IAM"], "Outputs": outs, "Tags": tags, "EnableTerminationProtection": True,
             "DriftInformation": {"StackDriftStatus": "NOT_CHECKED"}}
    return "structured", {"Stacks": [stack]}


def t_k8s_secret(L, pos):
    ns = pick(["shop", "orders", "payments", "default"])
    name = pick(["orders-db", "checkout-env", "api-keys", "smtp-relay"])
    if not pos:
        if R.random() < 0.5:
            text = (f"$ kubectl describe secret {name} -n {ns}\nName:         {name}\nNamespace:    {ns}\nLabels:       app.kubernetes.io/name={name}\n"
                    f"Annotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  {R.randint(12,40)} bytes\nusername:  {R.randint(4,12)} bytes\napi-key:   {R.randint(30,60)} bytes\n")
        else:
            cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name + "-config", "namespace": ns, "uid": uuid(), "resourceVersion": str(R.randint(10000, 999999))},
                  "data": {"LOG_LEVEL": "info", "DB_HOST": "orders-db.shop.svc.cluster.local", "DB_PASSWORD_FILE": "/var/run/secrets/db/password",
                           "STRIPE_SECRET_KEY": "${STRIPE_SECRET_KEY}", "CHECKSUM": sha(), "PUBLIC_BASE64_LOGO": b64(rs(30))}}
            text = f"$ kubectl get configmap {name}-config -n {ns} -o json\n" + json.dumps(cm, indent=4)
        return "raw-result", raw(text)
    data, sdata = {}, {}
    as_yaml = R.random() < 0.5
    for key in R.sample(["password", "api-key", "token", "smtp-password", "client-secret"], R.randint(1, 2)):
        plain = pick([password(), hexs(32), rsmix(40, B64U)])
        enc = b64(plain)
        L.add("generic_secret", enc, [f"{key}: {enc}"] if as_yaml else [])
        data[key] = enc
    data["username"] = b64(pick(["orders", "shop", "relay"]))
    if R.random() < 0.5:
        n, t, v = secret_pair(bal({k: k for k in ["openai_api_key", "anthropic_api_key", "gitlab_token", "slack_token", "stripe_key", "google_api_key", "jwt", "github_token"]}))
        sdata[n] = L.add(t, v)
    if R.random() < 0.3:
        sdata["DATABASE_URL"] = L.urlcred("postgresql", "orders", "orders-db.shop.svc.cluster.local:5432", "/orders")
    if R.random() < 0.2 and not as_yaml:
        sdata["ssh-privatekey"] = L.pem("openssh", escaped=True)
    obj = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "namespace": ns, "uid": uuid(), "creationTimestamp": ts(2025)}, "type": "Opaque", "data": data}
    if sdata:
        obj["stringData"] = sdata
    if as_yaml:
        text = f"$ kubectl get secret {name} -n {ns} -o yaml\napiVersion: v1\ndata:\n" + "".join(f"  {k}: {v}\n" for k, v in data.items())
        if sdata:
            text += "stringData:\n" + "".join(f"  {k}: |\n" + "".join(f"    {ln}\n" for ln in v.split("\n")) if "\n" in v else f"  {k}: {v}\n" for k, v in sdata.items())
        text += f"kind: Secret\nmetadata:\n  creationTimestamp: \"{ts(2025)}\"\n  name: {name}\n  namespace: {ns}\n  uid: {uuid()}\ntype: Opaque\n"
    else:
        obj["metadata"]["annotations"] = {"kubectl.kubernetes.io/last-applied-configuration": json.dumps({"apiVersion": "v1", "data": data, "kind": "Secret", "metadata": {"name": name, "namespace": ns}}, separators=(",", ":")) + "\n"}
        text = f"$ kubectl get secret {name} -n {ns} -o json\n" + json.dumps(obj, indent=4)
    return "raw-result", raw(text)


def t_vault_read(L, pos):
    path = pick(["secret/data/shop/prod", "kv/data/payments/stripe", "secret/data/ci/deploy", "aws/creds/deploy"])
    base = {"request_id": uuid(), "lease_id": "", "renewable": False, "lease_duration": 0, "wrap_info": None, "warnings": None, "auth": None, "mount_type": "kv"}
    if not pos:
        base["data"] = {"created_time": ts(2024), "current_version": R.randint(2, 9), "max_versions": 0, "oldest_version": 1, "updated_time": ts(2025),
                        "custom_metadata": {"owner": role_email(), "rotation": "90d"},
                        "versions": {str(i): {"created_time": ts(2024), "deletion_time": "", "destroyed": False} for i in range(1, 4)}}
        return "structured", {"path": path.replace("/data/", "/metadata/"), "response": base}
    if path.startswith("aws/"):
        base.update({"lease_id": f"aws/creds/deploy/{rs(24)}", "renewable": True, "lease_duration": 3600, "mount_type": "aws"})
        base["data"] = {"access_key": L.akid(), "secret_key": L.aws_secret(), "security_token": None}
    else:
        d = {}
        for k in bal_n({"password": "generic_secret", "api_key": "generic_secret", "stripe": "stripe_key", "slack": "slack_token", "gh": "github_token", "anthropic": "anthropic_api_key",
                        "openai": "openai_api_key", "ssh": "private_key", "webhook": "webhook_url", "google": "google_api_key", "gitlab": "gitlab_token", "dburl": "url_credentials", "jwt": "jwt"}, R.randint(2, 4)):
            if k == "password":
                d["db_password"] = L.add("generic_secret", password())
                d["db_user"] = "shop_rw"
            elif k == "api_key":
                n, v = gen_secret()
                d[n.lower()] = L.add("generic_secret", v)
            elif k == "ssh":
                d["deploy_key"] = L.pem(pick(["openssh", "rsa", "ec"]))
            elif k == "webhook":
                d["alerts_webhook"] = L.webhook()
            elif k == "dburl":
                d["database_url"] = L.urlcred(pick(["postgres", "mysql"]), "shop_rw", "db.internal:5432", "/shop")
            else:
                t = {"stripe": "stripe_key", "slack": "slack_token", "gh": "github_token", "anthropic": "anthropic_api_key", "openai": "openai_api_key", "google": "google_api_key", "gitlab": "gitlab_token", "jwt": "jwt"}[k]
                n, t, v = secret_pair(t)
                d[n.lower()] = L.add(t, v)
        base["data"] = {"data": d, "metadata": {"created_time": ts(2025), "custom_metadata": None, "deletion_time": "", "destroyed": False, "version": R.randint(1, 12)}}
        if R.random() < 0.25:
            base["auth"] = {"client_token": L.add("generic_secret", "hvs." + rsmix(90, B64U)), "accessor": rs(24), "policies": ["default", "shop-read"], "lease_duration": 2764800}
    return "structured", {"path": path, "response": base}


def t_secretsmanager(L, pos):
    region, acct = pick(REGIONS), ACCOUNT()
    name = pick(["prod/shop/db", "prod/payments/keys", "staging/notify", "prod/ci/tokens"])
    arn = f"arn:aws:secretsmanager:{region}:{acct}:secret:{name}-{rs(6)}"
    if not pos:
        if R.random() < 0.5:
            out = {"ARN": arn, "Name": name, "Description": "managed by terraform", "KmsKeyId": f"arn:aws:kms:{region}:{acct}:key/{uuid()}",
                   "RotationEnabled": True, "RotationLambdaARN": f"arn:aws:lambda:{region}:{acct}:function:rotate-db", "LastRotatedDate": ts(2025),
                   "VersionIdsToStages": {uuid(): ["AWSCURRENT"], uuid(): ["AWSPREVIOUS"]}, "Tags": [{"Key": "owner", "Value": role_email()}]}
            return "raw-result", raw(f"$ aws secretsmanager describe-secret --secret-id {name}\n" + json.dumps(out, indent=4))
        ss = {"username": "shop", "password": pick(["changeme", "CHANGE_ME", "<set-by-rotation>", ""]), "engine": "postgres", "host": "db.internal", "port": 5432}
        out = {"ARN": arn, "Name": name, "VersionId": uuid(), "SecretString": json.dumps(ss), "VersionStages": ["AWSCURRENT"], "CreatedDate": ts(2025)}
        return "raw-result", raw(f"$ aws secretsmanager get-secret-value --secret-id {name}   # freshly created, placeholder until rotation\n" + json.dumps(out, indent=4))
    if "db" in name or R.random() < 0.3:
        ss = {"username": pick(["shop", "orders_rw", "admin"]), "password": L.add("generic_secret", password()), "engine": pick(["postgres", "mysql"]),
              "host": f"orders.cluster-{rs(12, LO + DIG)}.{region}.rds.amazonaws.com", "port": 5432, "dbClusterIdentifier": "orders"}
    else:
        ss = {}
        for k in bal_n({"stripe_key": "stripe_key", "openai_api_key": "openai_api_key", "anthropic_api_key": "anthropic_api_key", "slack_token": "slack_token", "github_token": "github_token",
                        "generic": "generic_secret", "google_api_key": "google_api_key", "gitlab_token": "gitlab_token", "jwt": "jwt"}, R.randint(1, 3)):
            n, t, v = secret_pair(k)
            ss[n] = L.add(t, v)
    out = {"ARN": arn, "Name": name, "VersionId": uuid(), "SecretString": json.dumps(ss), "VersionStages": ["AWSCURRENT"], "CreatedDate": ts(2025)}
    return "raw-result", raw(f"$ aws secretsmanager get-secret-value --secret-id {name} --region {region}\n" + json.dumps(out, indent=4))


def t_cloudtrail(L, pos):
    region, acct = pick(REGIONS), ACCOUNT()
    recs = []
    def ev(name, src, ui, rp=None, re_=None):
        return {"eventVersion": "1.09", "userIdentity": ui, "eventTime": ts(2025), "eventSource": src, "eventName": name, "awsRegion": region,
                "sourceIPAddress": f"{R.randint(3,220)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}", "userAgent": pick(["aws-cli/2.17.0 Python/3.11", "Boto3/1.34.1", "console.amazonaws.com"]),
                "requestParameters": rp, "responseElements": re_, "requestID": uuid(), "eventID": uuid(), "readOnly": False, "eventType": "AwsApiCall",
                "managementEvent": True, "recipientAccountId": acct, "eventCategory": "Management"}
    svc_ui = {"type": "AWSService", "invokedBy": pick(["lambda.amazonaws.com", "ec2.amazonaws.com", "cloudformation.amazonaws.com"])}
    if not pos:
        recs.append(ev("Decrypt", "kms.amazonaws.com", svc_ui, {"encryptionContext": {"aws:lambda:FunctionArn": f"arn:aws:lambda:{region}:{acct}:function:checkout"}, "encryptionAlgorithm": "SYMMETRIC_DEFAULT"}))
        recs.append(ev("CreateLoginProfile", "iam.amazonaws.com", {"type": "Root", "principalId": acct, "arn": f"arn:aws:iam::{acct}:root", "accountId": acct},
                       {"userName": "auditor", "password": "HIDDEN_DUE_TO_SECURITY_REASONS", "passwordResetRequired": True}, {"loginProfile": {"userName": "auditor", "createDate": ts(2025), "passwordResetRequired": True}}))
        if R.random() < 0.5:
            recs.append(ev("PutParameter", "ssm.amazonaws.com", svc_ui, {"name": "/shop/prod/stripe", "type": "SecureString", "value": "HIDDEN_DUE_TO_SECURITY_REASONS", "overwrite": True}, {"version": 4, "tier": "Standard"}))
        return "structured", {"Records": recs}
    p = person()
    ui = {"type": "AssumedRole", "principalId": "AROA" + rs(17, UP + "234567") + ":" + (L.email(p, pick(WORK_DOMAINS)) if R.random() < 0.5 else "ci-session"),
          "arn": f"arn:aws:sts::{acct}:assumed-role/AWSReservedSSO_Admin_{hexs(16)}/x", "accountId": acct}
    if R.random() < 0.6:
        ui["accessKeyId"] = L.akid(kind="ASIA")
    opts = R.sample(["cak", "lambda", "assume"], R.randint(1, 2))
    if "cak" in opts:
        kid = L.akid(kind="AKIA")
        recs.append(ev("CreateAccessKey", "iam.amazonaws.com", ui, {"userName": "ci-deployer"},
                       {"accessKey": {"accessKeyId": kid, "status": "Active", "userName": "ci-deployer", "createDate": ts(2025)}}))
    if "lambda" in opts:
        vars_ = {"LOG_LEVEL": "info"}
        for k in bal_n({k: k for k in ["stripe_key", "openai_api_key", "slack_token", "google_api_key", "anthropic_api_key", "github_token"]} | {"generic": "generic_secret"}, R.randint(1, 2)):
            n, t, v = secret_pair(k)
            vars_[n] = L.add(t, v)
        recs.append(ev("UpdateFunctionConfiguration20150331v2", "lambda.amazonaws.com", ui,
                       {"functionName": "checkout-webhook", "environment": {"variables": vars_}}, {"functionName": "checkout-webhook", "runtime": "python3.12", "lastUpdateStatus": "InProgress"}))
    if "assume" in opts or not recs:
        recs.append(ev("AssumeRole", "sts.amazonaws.com", ui, {"roleArn": f"arn:aws:iam::{acct}:role/deploy", "roleSessionName": "gha-" + digits(10)},
                       {"credentials": {"accessKeyId": L.akid(kind="ASIA"), "expiration": ts(2025), "sessionToken": "HIDDEN"}, "assumedRoleUser": {"arn": f"arn:aws:sts::{acct}:assumed-role/deploy/gha"}}))
    return "structured", {"Records": recs}


def t_gcp_audit(L, pos):
    proj = pick(["shop-prod-4821", "analytics-eu", "orders-platform"])
    lines = []
    def entry(principal, method, svc, req=None, resp=None):
        return {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                                 "authenticationInfo": {"principalEmail": principal},
                                 "requestMetadata": {"callerIp": f"{R.randint(3,220)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}", "callerSuppliedUserAgent": "google-cloud-sdk gcloud/480.0.0"},
                                 "serviceName": svc, "methodName": method, "resourceName": f"projects/{proj}", "request": req, "response": resp},
                "insertId": rs(12, LO + DIG), "resource": {"type": "project", "labels": {"project_id": proj}}, "timestamp": ts(2025),
                "severity": "NOTICE", "logName": f"projects/{proj}/logs/cloudaudit.googleapis.com%2Factivity", "receiveTimestamp": ts(2025)}
    sa = f"deployer@{proj}.iam.gserviceaccount.com"
    if not pos:
        lines.append(entry(sa, "google.iam.v1.IAMPolicy.SetIamPolicy", "cloudresourcemanager.googleapis.com",
                           {"policy": {"bindings": [{"role": "roles/viewer", "members": [f"serviceAccount:{sa}", "group:" + role_email()]}], "etag": b64(rs(6))}}))
        lines.append(entry(f"service-{digits(12)}@gcp-sa-cloudbuild.iam.gserviceaccount.com", "google.devtools.cloudbuild.v1.CloudBuild.CreateBuild", "cloudbuild.googleapis.com"))
    else:
        p = person()
        who = L.email(p, pick(WORK_DOMAINS))
        lines.append(entry(who, "google.iam.v1.IAMPolicy.SetIamPolicy", "cloudresourcemanager.googleapis.com",
                           {"policy": {"bindings": [{"role": "roles/editor", "members": [f"user:{who}", f"serviceAccount:{sa}"]}]}}))
        if R.random() < 0.75:
            lines.append(entry(who, "google.api.apikeys.v2.ApiKeys.CreateKey", "apikeys.googleapis.com", {"key": {"displayName": "maps-frontend"}},
                               {"@type": "type.googleapis.com/google.api.apikeys.v2.Key", "name": f"projects/{digits(12)}/locations/global/keys/{uuid()}",
                                "uid": uuid(), "keyString": L.add("google_api_key", google_key())}))
        if R.random() < 0.3:
            lines.append(entry(L.email(), "SetIamPolicy", "storage.googleapis.com"))
    return "raw-result", raw("\n".join(json.dumps(x, separators=(",", ":")) for x in lines))


def t_billing_export(L, pos):
    acct = ACCOUNT()
    hdr = "identity/LineItemId,bill/PayerAccountId,lineItem/UsageAccountId,lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageType,lineItem/UnblendedCost,lineItem/CurrencyCode,resourceTags/user:team,resourceTags/user:Owner,resourceTags/user:OnCall"
    rows = []
    for _ in range(R.randint(3, 6)):
        own, oc = "", ""
        if pos and R.random() < 0.45:
            own = L.email()
        elif R.random() < 0.3:
            own = role_email()
        if pos and R.random() < 0.3:
            oc = L.phone()
        elif R.random() < 0.2:
            oc = pick(TOLLFREE)
        rows.append(",".join([rs(52, LO + DIG), acct, ACCOUNT(), ts(2025), pick(["AmazonEC2", "AmazonRDS", "AmazonS3", "AWSLambda", "AmazonCloudFront"]),
                              pick(["EUW1-BoxUsage:m6g.large", "USE1-TimedStorage-ByteHrs", "APN1-Requests-Tier1", "EUC1-DataTransfer-Out-Bytes"]),
                              f"{R.uniform(0.001, 240):.8f}", "USD", pick(["growth", "platform", "data", "checkout"]), f'"{own}"' if "," in own else own, f'"{oc}"' if "," in oc else oc]))
    if pos and not L.labels:
        rows[0] = rows[0].rsplit(",", 2)[0] + f",{L.email()},"
    text = f"# Cost and Usage Report export s3://cur-{acct}/cur/2025{R.randint(1,12):02d}/\n# payment method on file: {masked_card()} (exp {R.randint(1,12):02d}/{R.randint(26,30)})\n" + hdr + "\n" + "\n".join(rows) + "\n"
    return "text", text


def t_dns_zone(L, pos):
    dom = pick(SHOPS + WORK_DOMAINS)
    serial = f"2025{R.randint(1,12):02d}{R.randint(1,28):02d}0{R.randint(1,9)}"
    lines = [f";; Domain:     {dom}.", f";; Exported:   {ts(2025)}", ";;", ";; This file is intended for use for informational and archival", ";; purposes ONLY and MUST be edited before use on a production", ";; DNS server."]
    if pos:
        opts = R.sample(["who", "curl", "phone"], R.randint(1, 2))
        if "curl" in opts:
            tok = rsmix(40, ALNUM + "_-")
            L.add("generic_secret", tok, ["Bearer " + tok, "Authorization: Bearer " + tok])
            lines.append(f';; exported with: curl -s -H "Authorization: Bearer {tok}" https://api.cloudflare.com/client/v4/zones/{hexs(32)}/dns_records/export')
        if "who" in opts:
            lines.append(f";; requested by {L.email()} for the registrar transfer")
        if "phone" in opts:
            lines.append(f";; registrant tech contact phone: {L.phone()}")
    else:
        lines.append(f';; exported with: curl -s -H "Authorization: Bearer $CF_API_TOKEN" https://api.cloudflare.com/client/v4/zones/{hexs(32)}/dns_records/export')
    lines += ["", f"$ORIGIN {dom}.", "$TTL 3600", f"@\t3600\tIN\tSOA\tns1.dnsprovider.net. hostmaster.{dom}. {serial} 10000 2400 604800 3600",
              f"@\t86400\tIN\tNS\tns1.dnsprovider.net.", f"@\t300\tIN\tA\t{R.randint(3,220)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
              f"www\t300\tIN\tCNAME\t{dom}.", f"@\t300\tIN\tMX\t10 mx1.mailhost.net.",
              f'@\t300\tIN\tTXT\t"v=spf1 include:_spf.google.com include:sendgrid.net ~all"',
              f'@\t300\tIN\tTXT\t"google-site-verification={rs(43, B64U)}"',
              f'google._domainkey\t300\tIN\tTXT\t"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{rs(180, B64)}"',
              f'_dmarc\t300\tIN\tTXT\t"v=DMARC1; p=quarantine; rua=mailto:{pick(["dmarc", "postmaster"])}@{dom}"',
              f'_acme-challenge\t120\tIN\tTXT\t"{rs(43, B64U)}"', f'@\t300\tIN\tCAA\t0 issue "letsencrypt.org"']
    return "text", "\n".join(lines) + "\n"


# ==========================================================================
# B. chat transcripts with pasted material
def t_support_chat(L, pos):
    p = person()
    lang = pick(["en", "de", "es", "ja", "fr"])
    msgs = []
    hello = {"en": "Hi, my order hasn't arrived yet.", "de": "Hallo, meine Bestellung ist noch nicht angekommen.", "es": "Hola, mi pedido todavía no ha llegado.",
             "ja": "こんにちは、注文した商品がまだ届いていません。", "fr": "Bonjour, ma commande n'est toujours pas arrivée."}[lang]
    msgs.append({"author": "customer", "body": hello, "ts": ts(2025)})
    msgs.append({"author": "agent", "name": pick(["Mia", "Tom", "Sven", "Rosa"]), "body": f"Sorry about that! Order #{R.randint(1000, 99999)} shipped with tracking {tracking()}. Can you confirm the email on the order?", "ts": ts(2025)})
    cust = {"name": f"{p[0]} {p[1]}", "locale": lang}
    if pos:
        opts = [bal({"card": "payment_card", "iban": "iban", "ssn": "us_ssn"})] + R.sample(["email", "phone"], R.randint(1, 2))
        if "email" in opts:
            e = L.email(p)
            cust["email"] = e
            msgs.append({"author": "customer", "body": pick([f"Sure, it's {e}", f"メールは {e} です。", f"Klar: {e}", f"c'est {e}"]), "ts": ts(2025)})
        if "phone" in opts:
            ph = L.phone()
            msgs.append({"author": "customer", "body": f"You can also call me on {ph} after 5pm.", "ts": ts(2025)})
        if "card" in opts:
            c = L.card()
            msgs.append({"author": "customer", "body": f"I'd like to pay the customs fee now, card is {c} exp {R.randint(1,12):02d}/{R.randint(26,30)}", "ts": ts(2025)})
            msgs.append({"author": "agent", "body": "Please never send full card numbers in chat - I've flagged that message for redaction. Use the secure payment link instead.", "ts": ts(2025)})
        if "iban" in opts:
            msgs.append({"author": "customer", "body": f"For the refund please use IBAN {L.iban()} (account holder {p[0]} {p[1]})", "ts": ts(2025)})
        if "ssn" in opts:
            msgs.append({"author": "customer", "body": f"The financing form keeps rejecting my SSN {L.ssn()} - is it the dash format?", "ts": ts(2025)})
            msgs.append({"author": "agent", "body": f"I can only see the masked value ({masked_ssn()}) on our side; let me escalate to our financing partner.", "ts": ts(2025)})
    else:
        cust["email"] = masked_email(p)
        msgs.append({"author": "customer", "body": f"It's the one ending {masked_card()}, email {masked_email(p)}", "ts": ts(2025)})
        msgs.append({"author": "agent", "body": f"Thanks! Reach us at {role_email()} or {pick(TOLLFREE)}. Your case id is {uuid()}.", "ts": ts(2025)})
    msgs.append({"author": "system", "body": "Conversation closed by agent", "ts": ts(2025)})
    return "structured", {"conversation_id": "conv_" + rs(14, LO + DIG), "channel": pick(["web_chat", "whatsapp", "messenger"]), "customer": cust,
                          "messages": msgs, "tags": pick([["shipping"], ["refund", "vip"], ["billing"]]), "csat": pick([None, 4, 5])}


def _env_block(L, pos, n):
    if pos:
        kinds = bal_n({**{t: t for t in TYPED}, "generic": "generic_secret", "dburl": "url_credentials", "webhook": "webhook_url"}, n)
        return "\n".join(env_lines(L, n, kinds))
    return "\n".join(neg_env_lines(n))


def t_assistant_json(L, pos):
    problem = pick(["My Next.js checkout throws 401 from Stripe in production but works locally.",
                    "Why does my Lambda fail to post to Slack? Env below.",
                    "docker compose can't reach postgres, here's my .env",
                    "The Claude call in my worker returns 401 invalid x-api-key."])
    envb = _env_block(L, pos, R.randint(3, 5))
    turns = [{"role": "user", "content": f"{problem}\n\n```env\n{envb}\n```", "create_time": epoch()}]
    if pos:
        hint = pick(["I notice your message contains live credentials. Please rotate them now - anyone with this transcript can use them.",
                     "First: revoke the keys you pasted (e.g. the one starting `sk_live_51`… and the database password) and load them from a secret store instead."])
    else:
        hint = "Your values look like placeholders, so the 401 is expected - set the real key in your hosting provider's env settings (never commit it)."
    turns.append({"role": "assistant", "content": hint + "\n\n```python\nimport os\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\n```", "create_time": epoch()})
    if pos and R.random() < 0.4:
        tail = pick(["oops. rotating now", "done, rotated. new one is in 1Password", "ugh, thanks. deleted the message in Slack too"])
        turns.append({"role": "user", "content": tail, "create_time": epoch()})
    doc = {"title": pick(["Stripe 401 in prod", "Slack webhook fails", "Compose networking", "Anthropic 401"]), "conversation_id": uuid(),
           "model": pick(["gpt-4o", "claude-sonnet", "o3-mini"]), "messages": turns}
    return "raw-result", raw(json.dumps(doc, ensure_ascii=False, indent=1))


def t_assistant_markdown(L, pos):
    lines = [f"# Chat export — {pick(['debugging webhook signature', 'GitHub API rate limit', 'GitLab CI clone fails', 'Gemini quota'])}", "", f"_exported {ts(2025)[:10]}_", ""]
    if pos:
        k = bal({"anthropic": "anthropic_api_key", "openai": "openai_api_key", "github": "github_token", "gitlab": "gitlab_token", "google": "google_api_key", "jwt": "jwt", "pem": "private_key"})
        if k == "anthropic":
            v = L.add("anthropic_api_key", anthropic_key())
            code = f"```python\nimport anthropic\nclient = anthropic.Anthropic(api_key=\"{v}\")\nmsg = client.messages.create(model=\"claude-3-5-sonnet-latest\", max_tokens=512, messages=[...])\n```"
        elif k == "openai":
            v = L.add("openai_api_key", openai_key())
            code = f"```js\nconst openai = new OpenAI({{ apiKey: '{v}' }});\n```"
        elif k == "github":
            v = gh_token()
            L.add("github_token", v, ["token " + v])
            code = f"```bash\ncurl -H \"Authorization: token {v}\" https://api.github.com/repos/brightcart/storefront/actions/runs\n```"
        elif k == "gitlab":
            v = gl_token() if R.random() < 0.5 else "glpat-" + rsmix(20)
            url = L.token_url("gitlab_token", v, "oauth2", "gitlab.com", "/brightcart/infra.git")
            code = f"```\n$ git clone {url}\nCloning into 'infra'...\nfatal: Authentication failed\n```"
        elif k == "google":
            v = L.add("google_api_key", google_key())
            code = f"```\nGET https://maps.googleapis.com/maps/api/geocode/json?address=Karlsplatz&key={v}\n-> 429 RESOURCE_EXHAUSTED\n```"
        elif k == "jwt":
            j = L.jwt(bearer=True)
            code = f"```http\nPOST /v1/orders HTTP/1.1\nHost: api.brightcart.shop\nAuthorization: Bearer {j}\n\n-> 403 {{\"error\":\"token expired\"}}\n```"
        else:
            code = "```\n" + L.pem(pick(["openssh", "rsa"])) + "\n```"
        lines += ["**User**", "", "Here's what I'm running:", "", code, ""]
        lines += ["**Assistant**", "", "Before anything else: the snippet above contains a real credential. Revoke it and read it from an environment variable (`os.environ[\"API_KEY\"]` / `process.env.API_KEY`).", ""]
        if R.random() < 0.4:
            lines += ["**User**", "", f"Also my colleague {L.email()} hit the same error.", ""]
    else:
        code = pick(["```python\nimport os, anthropic\nclient = anthropic.Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])\n```",
                     "```js\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n```",
                     "```bash\ncurl -H \"Authorization: token $GITHUB_TOKEN\" https://api.github.com/rate_limit\n```",
                     f"```\nGET https://maps.googleapis.com/maps/api/geocode/json?address=Karlsplatz&key=<your-key>\n```",
                     f"```yaml\nenv:\n  GITLAB_TOKEN: ${{{{ secrets.GITLAB_TOKEN }}}}\n```"])
        lines += ["**User**", "", "Here's what I'm running:", "", code, "", "**Assistant**", "",
                  f"That looks right. The commit `{hexs(40)}` changed the default scope; pin version `v{R.randint(1,9)}.{R.randint(0,20)}.{R.randint(0,9)}`.", ""]
        if R.random() < 0.4:
            lines += [f"Regex for the key format, for your pre-commit hook: `sk-ant-api03-[A-Za-z0-9_-]{{93}}AA`", ""]
    return "text", "\n".join(lines)


def t_slack_thread(L, pos):
    U = lambda: "U0" + rs(9, UP + DIG)
    a, b = U(), U()
    base_ts = epoch()
    msgs = [{"type": "message", "user": a, "text": pick(["deploy of checkout-api is failing again :sob:", "anyone know why the nightly export job 401s?", "stripe webhooks are timing out"]), "ts": f"{base_ts}.{digits(6, False)}"}]
    if pos:
        k = bal({"curl": "slack_token", "env": "openai_api_key", "hook": "webhook_url", "basic": "generic_secret", "redact": "email"})
        if k == "curl":
            tk = bal({"s": "slack_token", "o": "openai_api_key", "j": "jwt", "a": "anthropic_api_key"})
            t = {"s": lambda: L.add("slack_token", slack_token(), []), "o": lambda: L.add("openai_api_key", openai_key()), "j": lambda: L.add("jwt", jwt()), "a": lambda: L.add("anthropic_api_key", anthropic_key())}[tk]()
            L.labels[-1]["accept"].append("Bearer " + t)
            txt = f"this is what I'm running:\n```curl -s -X POST https://slack.com/api/chat.postMessage -H 'Authorization: Bearer {t}' -d channel=C0{rs(8, UP + DIG)} -d text=hi```"
        elif k == "env":
            txt = "here's the pod env:\n```" + "\n".join(env_lines(L, 3, bal_n({**{t: t for t in TYPED}, "generic": "generic_secret", "dburl": "url_credentials", "webhook": "webhook_url"}, 3))) + "```"
        elif k == "hook":
            txt = f"the alert hook is `{L.webhook()}` - returns 404 since yesterday"
        elif k == "basic":
            pw = url_password()
            L.add("generic_secret", pw, [f"ci-bot:{pw}"])
            txt = f"```curl -u ci-bot:{pw} https://nexus.internal/service/rest/v1/components?repository=npm-private```"
        else:
            t = stripe_key(True)
            txt = f"key is {t[:12]}…[redacted], pasted full one in DM. Also contact {L.email(mailto=False)} at the agency"
        msgs.append({"type": "message", "user": b, "text": txt, "ts": f"{base_ts + 60}.{digits(6, False)}", "thread_ts": msgs[0]["ts"],
                     "edited": {"user": b, "ts": f"{base_ts + 90}.000000"} if R.random() < 0.4 else None})
        msgs.append({"type": "message", "user": a, "text": pick([":rotating_light: oops, rotate that asap", "pls rotate that, this channel has 300 people", "deleting - rotate it anyway"]), "ts": f"{base_ts + 120}.{digits(6, False)}", "thread_ts": msgs[0]["ts"]})
        if R.random() < 0.4:
            e = email_for(person())
            L.add("email", e, ["mailto:" + e])
            msgs.append({"type": "message", "user": b, "text": f"cc <mailto:{e}|{e}> who owns the integration", "ts": f"{base_ts + 200}.{digits(6, False)}", "thread_ts": msgs[0]["ts"]})
    else:
        msgs.append({"type": "message", "user": b, "text": "```curl -s -X POST https://slack.com/api/chat.postMessage -H \"Authorization: Bearer $SLACK_BOT_TOKEN\" -d channel=C0" + rs(8, UP + DIG) + "```", "ts": f"{base_ts + 60}.{digits(6, False)}", "thread_ts": msgs[0]["ts"]})
        msgs.append({"type": "message", "subtype": "tombstone", "user": "USLACKBOT", "text": "This message was deleted.", "ts": f"{base_ts + 70}.000000", "thread_ts": msgs[0]["ts"]})
        msgs.append({"type": "message", "user": a, "text": f"ping <mailto:{role_email()}|{pick(ROLE_LOCALS)}> - example hook is {SLACK_EX_HOOK}", "ts": f"{base_ts + 90}.{digits(6, False)}"})
    for m in msgs:
        if m.get("edited", 1) is None:
            del m["edited"]
    return "structured", {"ok": True, "messages": msgs, "has_more": False, "response_metadata": {"next_cursor": ""}}


def t_discord_thread(L, pos):
    ch = digits(19)
    def m(author, content, edited=None):
        return {"id": digits(19), "type": 0, "channel_id": ch, "author": {"id": digits(18), "username": author, "global_name": author.title()},
                "content": content, "timestamp": ts(2025)[:-1] + "+00:00", "edited_timestamp": edited, "attachments": [], "embeds": [], "mentions": [], "pinned": False}
    msgs = [m(pick(["koda", "rue", "nyx"]), "bot crashed again on startup, traceback:")]
    if pos:
        k = bal({"trace": "url_credentials", "hook": "webhook_url", "key": "openai_api_key"})
        if k == "trace":
            url = L.urlcred(pick(["postgresql", "mysql", "mongodb+srv"]), pick(["bot", "admin", "app"]), pick(["db.railway.internal:5432", "cluster0.x1y2z.mongodb.net", "10.0.0.5:3306"]), "/bot")
            tb = (f"```\nTraceback (most recent call last):\n  File \"/app/bot.py\", line 42, in <module>\n    engine = create_engine(\"{url}\")\n"
                  f"sqlalchemy.exc.OperationalError: could not connect to server: Connection refused\n```")
            msgs.append(m("koda", tb, ts(2025)[:-1] + "+00:00" if R.random() < 0.3 else None))
        elif k == "hook":
            msgs.append(m("rue", f"logging goes to {L.webhook('discord')} but nothing shows up"))
        else:
            n, t, v = secret_pair(bal({k: k for k in ["openai_api_key", "anthropic_api_key", "google_api_key", "github_token", "gitlab_token", "jwt", "slack_token"]}))
            L.add(t, v)
            msgs.append(m("nyx", f"`{n}={v}` is set in the panel"))
        msgs.append(m(pick(["mod-tess", "jules"]), "⚠️ that contains a live secret. I deleted the original message; please rotate it."))
        if R.random() < 0.3:
            msgs.append(m("koda", f"> {msgs[1]['content'].splitlines()[0]}\nyeah my bad"))
    else:
        msgs.append(m("koda", "```\nTraceback (most recent call last):\n  File \"/app/bot.py\", line 42, in <module>\n    engine = create_engine(os.environ[\"DATABASE_URL\"])\nKeyError: 'DATABASE_URL'\n```"))
        msgs.append(m("rue", f"set it in railway vars, e.g. `postgresql://user:<password>@host:5432/db` — and the webhook looks like https://discord.com/api/webhooks/<id>/<token>"))
        msgs.append(m("nyx", "[original message deleted]"))
    return "raw-result", raw(json.dumps(msgs, ensure_ascii=False))


def t_teams_chat(L, pos):
    a, b = pick(NAMES), pick(NAMES)
    A, B = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
    lines = [f"[{R.randint(8,11)}:{R.randint(10,59)}] {A}", "Can someone check the orders-sync config? It fails auth against the ERP since the cutover.", ""]
    if pos:
        pw = password()
        L.add("generic_secret", pw, [f"password: {pw}"])
        cfg = ["erp:", "  host: erp.nordwind-logistik.de", "  username: svc_orders", f"  password: {pw}", "  timeout: 30"]
        if R.random() < 0.5:
            sec = GENERIC["AZURE_CLIENT_SECRET"]()
            L.add("generic_secret", sec, [f"client_secret: {sec}"])
            cfg += ["graph:", f"  tenant_id: {uuid()}", f"  client_id: {uuid()}", f"  client_secret: {sec}"]
        lines += [f"[{R.randint(11,12)}:{R.randint(10,59)}] {B}", "here's what's deployed:", "```yaml", *cfg, "```", ""]
        lines += [f"[{R.randint(12,13)}:{R.randint(10,59)}] {A}", f"> password: {pw}", "that's the old one, it was rotated on Friday. also please don't paste those here", ""]
        if R.random() < 0.5:
            lines += [f"[13:{R.randint(10,59)}] {B}", f"Connector URL for the channel: {L.webhook(pick(['teams', 'teamsflow']))}", ""]
        lines += [f"[13:{R.randint(10,59)}] {B} (edited)", f"client_secret: {rs(3)}8Q~…[redacted]", ""]
    else:
        lines += [f"[{R.randint(11,12)}:{R.randint(10,59)}] {B}", "here's what's deployed:", "```yaml", "erp:", "  host: erp.nordwind-logistik.de", "  username: svc_orders",
                  "  password: ${ERP_PASSWORD}", "env:", "  - name: GRAPH_CLIENT_SECRET", "    valueFrom:", "      secretKeyRef: {name: graph, key: client-secret}", "```", "",
                  f"[13:{R.randint(10,59)}] {A}", "> password: ${ERP_PASSWORD}", "ok so it comes from the secret, then the rotation job is the culprit", "",
                  f"[13:{R.randint(10,59)}] {B}", "This message has been deleted.", ""]
    return "text", "\n".join(lines)


def t_helpdesk_thread(L, pos):
    p = person()
    tid = R.randint(10000, 99999)
    lines = [f"Ticket #{tid} — {pick(['Refund for damaged parcel', 'W-2 correction request', 'Address change', 'Payout not received'])}", f"Status: {pick(['Open', 'Pending', 'Solved'])}   Priority: Normal", ""]
    if pos:
        e = L.email(p)
        lines += [f"From: {p[0]} {p[1]} <{e}>", f"Date: {ts(2025)}", ""]
        body = [f"Hello, following up on my request."]
        opts = [bal({"iban": "iban", "ssn": "us_ssn", "card": "payment_card"})] + R.sample(["phone", "phone", "iban", "card", "ssn"], 1)
        if "iban" in opts:
            body.append(f"Please send the refund to IBAN {L.iban()}, BIC {rs(4, UP)}{pick(['DE','FR','NL','IT'])}{rs(2, UP + DIG)}XXX.")
        if "ssn" in opts:
            body.append(f"My W-2 shows the wrong SSN. Correct one is {L.ssn()}.")
        if "card" in opts:
            body.append(f"Or just refund the card I used: {L.card()}")
        sig = f"\n--\n{p[0]} {p[1]}\n" + (f"Tel. {L.phone()}" if "phone" in opts else "Sent from my phone")
        lines += body + [sig, ""]
        lines += [f"From: Support <{role_email()}>", f"Date: {ts(2025)}", "", "Thanks, we've forwarded this to the finance team. For your security we've masked the details below.", ""]
        lines += ["> " + x for x in body[:2]]
    else:
        lines += [f"From: {p[0]} {p[1]} <{masked_email(p)}>", f"Date: {ts(2025)}", "", "Hello, following up on my request.",
                  f"The refund for order {rs(3, UP)}-{digits(6)} should go to my account ending {digits(4, False)}.", f"Born {R.randint(1950, 2000)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}, employee no. E{digits(5)}.", "",
                  f"From: Support <{role_email()}>", "", f"Thanks! Our records show SSN {masked_ssn()} and card {masked_card()}. Call {pick(TOLLFREE)} if anything is off.", "",
                  "> Hello, following up on my request."]
    return "text", "\n".join(lines)


def t_screenshot_ocr(L, pos):
    lines = [f"{pick(['Priya', 'Lukas', 'Aiko', 'Mateus'])} shared an image in #{pick(['infra', 'help-billing', 'dev'])}", ""]
    if pos:
        k = bal({"aws": "aws_secret_access_key", "stripe": "stripe_key", "gh": "github_token", "card": "payment_card", "gl": "gitlab_token", "anth": "anthropic_api_key", "w9": "us_ssn", "gkey": "google_api_key"})
        lines.append("[image: Screenshot 2025-%02d-%02d at 10.%02d.%02d.png]" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)))
        lines.append("Alt text (auto-generated OCR):")
        if k == "aws":
            lines += ["  Retrieve access keys", "  Access key            Secret access key", f"  {L.akid(kind='AKIA')}    {L.aws_secret()}", "  [Download .csv file]  [Done]"]
        elif k == "stripe":
            lines += ["  API keys  |  Standard keys", "  Secret key", f"  {L.add('stripe_key', stripe_key())}", "  Created  " + ts(2024)[:10]]
        elif k == "gh":
            lines += ["  Personal access tokens (classic)", "  Make sure to copy your personal access token now. You won't be able to see it again!", f"  ✓ {L.add('github_token', gh_token())}"]
        elif k == "gl":
            lines += ["  Your new personal access token", f"  {L.add('gitlab_token', 'glpat-' + rsmix(20))}", "  Expires: " + ts(2026)[:10]]
        elif k == "anth":
            lines += ["  Save your key", f"  {L.add('anthropic_api_key', anthropic_key())}", "  Keep your API key secure and do not share it."]
        elif k == "w9":
            pp = person()
            lines += ["  Form W-9 (Rev. March 2024)", f"  1 Name: {pp[0]} {pp[1]}", "  Part I  Taxpayer Identification Number (TIN)", f"  Social security number  {L.ssn()}", "  Employer identification number  __-_______"]
        elif k == "gkey":
            lines += ["  Credentials > API keys", "  API key created", f"  Your API key  {L.add('google_api_key', google_key())}", "  ⚠ Restrict your key to prevent unauthorized use"]
        else:
            lines += ["  PAYMENT DETAILS", f"  Card number {L.card('space')}", f"  Name on card {person()[0].upper()}", f"  Expiry {R.randint(1,12):02d}/{R.randint(26,30)}"]
        lines += ["", pick(["oh no I forgot to crop that. rotating.", "can someone explain this screen?", "(message edited: image removed)"])]
    else:
        lines.append("[image: IMG_%04d.jpg]" % R.randint(1000, 9999))
        lines.append("Alt text (auto-generated OCR, low confidence):")
        k = pick(["aws", "card", "gh"])
        if k == "aws":
            lines += ["  Access key ID  AKlA" + rs(4, UP) + " " + rs(4, UP) + "O" + rs(7, UP), "  Secret access key  ********************  [Show]"]
        elif k == "card":
            c = card("space")[0]
            bad = c.replace("8", "B").replace("0", "O").replace("1", "l")
            if bad == c:
                bad = c[:5] + "?" + c[6:]
            lines += [f"  Card nurnber {bad}", "  Valid thru O3/2B"]
        else:
            lines += ["  ghp_ " + rs(8) + " " + rs(8) + " …", "  (token partially hidden)"]
        lines += ["", "screen from the onboarding doc - values are blurred on purpose"]
    return "text", "\n".join(lines)


def t_shell_history(L, pos):
    n = R.randint(480, 990)
    cmds = ["cd ~/src/storefront", "git status", "kubectl config use-context prod-eu", "make test"]
    if pos:
        for k in R.sample(["aws", "curlbearer", "curlu", "gitclone", "psql", "docker", "export", "gitclone", "psql"], R.randint(2, 4)):
            if k == "aws":
                kid, sec = aws_id(), aws_secret()
                L.add("aws_access_key_id", kid, [f"AWS_ACCESS_KEY_ID={kid}"])
                L.add("aws_secret_access_key", sec, [f"AWS_SECRET_ACCESS_KEY={sec}"])
                cmds += [f"export AWS_ACCESS_KEY_ID={kid}", f"export AWS_SECRET_ACCESS_KEY={sec}", "aws s3 ls s3://shop-exports/"]
            elif k == "curlbearer":
                j = L.jwt(bearer=True)
                cmds.append(f"curl -s -H 'Authorization: Bearer {j}' https://api.brightcart.shop/v2/orders?status=open | jq .")
            elif k == "curlu":
                pw = url_password()
                L.add("generic_secret", pw, [f"admin:{pw}"])
                cmds.append(f"curl -u admin:{pw} -X POST https://jenkins.quillstack.dev/job/deploy/build")
            elif k == "gitclone":
                t = pick(["gh", "gl"])
                if t == "gh":
                    cmds.append(f"git clone {L.token_url('github_token', pick(['ghp_', 'ghs_']) + rsmix(36), 'x-access-token', 'github.com', '/brightcart/infra.git')}")
                else:
                    cmds.append(f"git clone {L.token_url('gitlab_token', 'glpat-' + rsmix(20), 'oauth2', 'gitlab.com', '/kestrel/orders.git')}")
            elif k == "psql":
                cmds.append(f"psql \"{L.urlcred('postgresql', 'orders_rw', 'localhost:15432', '/orders')}\" -c 'select count(*) from orders'")
            elif k == "docker":
                pw = password()
                L.add("generic_secret", pw, [f"--password {pw}"])
                cmds.append(f"docker login registry.makerbay.pl -u ci --password {pw}")
            else:
                cmds += env_lines(L, 1, [pick(["stripe_key", "anthropic_api_key", "openai_api_key", "slack_token", "generic"])], prefix="export ", extra_neg=False)
    else:
        cmds += ["export AWS_PROFILE=prod", "aws sso login", "export DB_PASS=$(vault kv get -field=password secret/shop/db)", "psql \"$DATABASE_URL\" -c '\\dt'",
                 "git clone git@github.com:brightcart/infra.git", f"export AWS_ACCESS_KEY_ID={AWS_EX_IDS[0]}  # from the docs, just testing the parser",
                 "curl -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://storage.googleapis.com/storage/v1/b", f"git checkout {hexs(40)}"]
    cmds += ["history | tail -40"]
    body = "\n".join(f"{n + i:5d}  {c}" for i, c in enumerate(cmds))
    intro = pick(["Here's my shell history from the bastion, not sure what broke:", "Output of `history` as requested:", "pasting what I ran:"])
    if R.random() < 0.5:
        return "text", f"{intro}\n```\n{body}\n```\n"
    return "raw-result", raw(f"{intro}\n```\n{body}\n```\n")


def t_github_issue(L, pos):
    login = pick(["mkovac", "priya-r", "lindqvist-e", "ocarvalho", "yuki-s"])
    comments = [{"id": R.randint(1_000_000_000, 2_999_999_999), "user": {"login": login, "type": "User"}, "author_association": "NONE",
                 "created_at": ts(2025), "updated_at": ts(2025)}]
    if pos:
        k = bal({"yaml": "gitlab_token", "log": "jwt", "trace": "url_credentials", "jwt": "anthropic_api_key"})
        if k == "yaml":
            tk = bal({"gl": "gitlab_token", "gh": "github_token", "sl": "slack_token"})
            v = {"gl": lambda: L.add("gitlab_token", gl_token(), []), "gh": lambda: L.add("github_token", gh_token(), []), "sl": lambda: L.add("slack_token", slack_token(), [])}[tk]()
            L.labels[-1]["accept"].append(f"token: {v}")
            body = f"My config:\n\n```yaml\nintegration:\n  url: https://gitlab.com\n  token: {v}\n  project: shop/storefront\n```\n\nStill getting `401 Unauthorized`."
        elif k == "log":
            j = L.jwt(bearer=True)
            body = f"Debug log:\n\n```\nDEBUG http: > GET /api/v4/projects HTTP/1.1\nDEBUG http: > Authorization: Bearer {j}\nDEBUG http: < 401\n```"
        elif k == "trace":
            url = L.urlcred("redis", "default", "redis-" + digits(5) + ".c1.eu-west-1-2.ec2.cloud.redislabs.com:" + digits(5), "")
            body = f"```\nredis.exceptions.AuthenticationError: invalid username-password pair\n  connecting to {url}\n```"
        else:
            n, t, v = secret_pair(bal({k: k for k in ["anthropic_api_key", "openai_api_key", "google_api_key"]}))
            L.add(t, v)
            body = f"Repro:\n\n```python\nclient = Client(api_key=\"{v}\")\n```"
        comments[0]["body"] = body
        comments.append({"id": R.randint(1_000_000_000, 2_999_999_999), "user": {"login": "maintainer-bot", "type": "Bot"}, "author_association": "NONE",
                         "body": "⚠️ It looks like this comment contains a credential. Please revoke it immediately; editing the comment does not remove it from history.",
                         "created_at": ts(2025), "updated_at": ts(2025)})
        if R.random() < 0.4:
            comments.append({"id": R.randint(1_000_000_000, 2_999_999_999), "user": {"login": login, "type": "User"}, "author_association": "NONE",
                             "body": "> Please revoke it immediately\n\nDone, revoked. Edited the comment to `<redacted>`.", "created_at": ts(2025), "updated_at": ts(2025)})
    else:
        comments[0]["body"] = pick(["My config:\n\n```yaml\nintegration:\n  token: ${GITLAB_TOKEN}\n```",
                                    "```python\nclient = Client(api_key=os.getenv(\"API_KEY\"))\n```\nfails with 401 since v2.3.1 (commit " + hexs(7) + ")",
                                    "The docs example `Authorization: Bearer " + JWT_IO + "` decodes fine but my token doesn't.",
                                    "Tried `token: glpat-xxxxxxxxxxxxxxxxxxxx` from README, obviously 401."])
        comments.append({"id": R.randint(1_000_000_000, 2_999_999_999), "user": {"login": "maintainer", "type": "User"}, "author_association": "MEMBER",
                         "body": f"Thanks. Fixed in {pick(['v2.4.0', 'web@2.3.2', 'release-2025.06'])}, see {hexs(12)}.", "created_at": ts(2025), "updated_at": ts(2025)})
    return "structured", {"issue": {"number": R.randint(100, 9999), "title": pick(["401 after upgrading", "Auth fails in CI", "Redis connect error"]), "state": "open", "user": {"login": login}},
                          "comments": comments}


def t_chat_redaction(L, pos):
    nicks = R.sample(["alice", "bo", "cyrus", "dana", "eitan", "fumi", "gus"], 3)
    T = lambda: f"[{ts(2025)[:10]} {R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}]"
    lines = [f"{T()} <{nicks[0]}> webhook signature check fails for the gift-card service"]
    if pos:
        k = bal({"stripe": "stripe_key", "anth": "anthropic_api_key", "slack": "slack_token", "gen": "generic_secret", "openai": "openai_api_key", "jwt": "jwt", "google": "google_api_key", "gitlab": "gitlab_token"})
        if k == "jwt":
            v = L.jwt(bearer=True)
            v = "Bearer " + v
        elif k == "google":
            v = L.add("google_api_key", google_key())
        elif k == "gitlab":
            v = L.add("gitlab_token", gl_token())
        elif k == "stripe":
            v = L.add("stripe_key", stripe_key())
        elif k == "anth":
            v = L.add("anthropic_api_key", anthropic_key())
        elif k == "slack":
            v = L.add("slack_token", slack_token())
        elif k == "openai":
            v = L.add("openai_api_key", openai_key())
        else:
            v = "whsec_" + rsmix(32)
            L.add("generic_secret", v, [f"signing_secret={v}"])
            v = f"signing_secret={v}"
        lines.append(f"{T()} <{nicks[1]}> try with mine: {v}")
        lines.append(f"{T()} <{nicks[2]}> {nicks[1]}: oops, rotate that, this channel is logged")
        lines.append(f"{T()} * {nicks[1]} has redacted their previous message")
        w = pick([stripe_key(), anthropic_key(), gh_token()])
        cut = 10 if not w.startswith("sk-ant") else 14
        lines.append(f"{T()} <{nicks[1]}> rotated. the new one starts {w[:cut]}… and lives in 1Password")
        if R.random() < 0.5:
            w2 = openai_key()
            lines.append(f"{T()} <{nicks[0]}> mine was wrapped by the client: {w2[:11]}")
            lines.append(f"{T()} <{nicks[0]}> {w2[11:22]}… (truncated, dead anyway)")
    else:
        lines.append(f"{T()} <{nicks[1]}> try with the fixture: STRIPE_WEBHOOK_SECRET=whsec_test_xxxxxxxxxxxxxxxx")
        lines.append(f"{T()} <{nicks[2]}> or the docs key {STRIPE_DOC_KEY}")
        lines.append(f"{T()} * {nicks[1]} has redacted their previous message")
        lines.append(f"{T()} <{nicks[0]}> sig header was t={epoch()},v1={sha()} — matched after I fixed the raw body")
    return "text", "\n".join(lines)


def t_whatsapp(L, pos):
    p1, p2 = person(), person()
    d = f"{R.randint(1,28):02d}/{R.randint(1,12):02d}/25"
    T = lambda: f"[{d}, {R.randint(8,22):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}]"
    A, B = f"{p1[0]} {p1[1]}", p2[0]
    lines = [f"{T()} {A}: ‎Messages and calls are end-to-end encrypted."]
    if pos:
        opts = R.sample(["phone", "phone2", "email", "iban", "card"], R.randint(1, 3))
        if "card" in opts:
            lines.append(f"{T()} {A}: {pick(['Karte für die Kaution', 'card for the hotel deposit', 'tarjeta para la reserva'])}: {L.card()} {R.randint(1,12):02d}/{R.randint(26,30)}")
        if "phone" in opts:
            lines.append(f"{T()} {B}: {pick(['Neue Nummer', 'New number', 'Mi nuevo número', '新しい番号です', 'Nowy numer'])}: {L.phone()}")
        if "phone2" in opts:
            lines.append(f"{T()} {A}: the courier needs yours too → {L.phone()}")
        if "email" in opts:
            lines.append(f"{T()} {A}: {pick(['Отправь на почту', 'Manda para o e-mail', 'Schick mir die Rechnung an', 'Envoie la facture à'])} {L.email(p1)}")
        if "iban" in opts:
            lines.append(f"{T()} {B}: {pick(['Für die Geschenkkarte', 'For the group gift', 'Para el regalo'])} → IBAN {L.iban(pick(['DE', 'ES', 'NL', 'FR', 'IT', 'PL', 'AT', 'BE']))}")
    else:
        lines += [f"{T()} {B}: <Media omitted>", f"{T()} {A}: Sendungsnummer {tracking()} — {pick(TOLLFREE)} ist die Hotline",
                  f"{T()} {B}: Gutscheincode {giftcode()} 🎁", f"{T()} {A}: This message was deleted"]
    lines.append(f"{T()} {B}: 👍")
    return "text", "\n".join(lines)


# ==========================================================================
# C. e-commerce and order exports
def _addr(p):
    return {"first_name": p[0], "last_name": p[1], "address1": f"{R.randint(1, 200)} {pick(['Harbour St', 'Rue Oberkampf', 'Kastanienallee', 'Via Roma', 'ul. Długa'])}",
            "city": pick(["Lyon", "Berlin", "Milano", "Kraków", "Leeds", "Osaka", "Curitiba"]), "zip": digits(5), "country_code": pick(["FR", "DE", "IT", "PL", "GB", "JP", "BR"])}


def t_shopify_order(L, pos):
    p = person()
    shop = pick(SHOPS)
    oid = bigint(4_000_000_000_000, 6_999_999_999_999)
    bill, ship = _addr(p), _addr(p)
    o = {"id": oid, "admin_graphql_api_id": f"gid://shopify/Order/{oid}", "name": f"#{R.randint(1001, 9999)}", "order_number": R.randint(1001, 9999),
         "created_at": ts(2025), "currency": pick(["EUR", "GBP", "USD", "JPY"]), "financial_status": "paid", "total_price": f"{R.uniform(10, 400):.2f}",
         "gateway": "shopify_payments", "token": hexs(32), "cart_token": rs(26, LO + DIG), "checkout_token": hexs(32),
         "payment_details": {"credit_card_bin": digits(6), "credit_card_company": pick(["Visa", "Mastercard", "American Express"]), "credit_card_number": "•••• •••• •••• " + digits(4, False)},
         "line_items": [{"id": bigint(10**13, 10**14), "sku": f"SKU-{rs(5, UP + DIG)}", "title": pick(["Linen shirt", "Ceramic mug", "Trail shoes"]), "quantity": R.randint(1, 3), "price": f"{R.uniform(5, 120):.2f}"}],
         "billing_address": bill, "shipping_address": ship, "note": None}
    if pos:
        e = L.email(p)
        o["email"] = e
        o["contact_email"] = e
        o["customer"] = {"id": bigint(6_000_000_000_000, 8_999_999_999_999), "email": e, "accepts_marketing": R.random() < 0.5, "phone": None}
        if R.random() < 0.7:
            ph = L.phone()
            bill["phone"] = ph
            o["customer"]["phone"] = ph if R.random() < 0.5 else None
        if R.random() < 0.3:
            ship["phone"] = L.phone()
        if R.random() < 0.15:
            o["note"] = f"Gift - please call recipient at {L.phone()} before delivery"
    else:
        o["email"] = ""
        o["source_name"] = "pos"
        o["customer"] = None
        o["note"] = f"Walk-in sale, gift card {giftcode()} applied, support line {pick(TOLLFREE)}"
        bill["phone"] = pick(FICTIONAL)
    return "structured", {"shop": shop, "order": o}


def t_woocommerce_csv(L, pos):
    hdr = '"Order ID","Order Date","Status","Billing First Name","Billing Last Name","Billing Email","Billing Phone","Shipping Method","Order Total","Payment Method Title","Transaction ID"'
    rows = []
    for _ in range(R.randint(2, 4)):
        p = person()
        if pos and R.random() < 0.7:
            e, ph = L.email(p), (L.phone() if R.random() < 0.6 else "")
        else:
            e, ph = pick(["deleted@site.invalid", ""]), ""
        rows.append(",".join(f'"{x}"' for x in [R.randint(1000, 99999), ts(2025)[:10], pick(["processing", "completed", "on-hold"]), p[0] if e else "[deleted]", p[1] if e else "[deleted]",
                                                 e, ph, pick(["Flat rate", "DHL Paket", "Colissimo", "Royal Mail Tracked 48"]), f"{R.uniform(9, 300):.2f}",
                                                 pick(["Credit Card (Stripe)", "PayPal", "Direct bank transfer", "Klarna"]), pick(["ch_" + rs(24), "pi_" + rs(24), rs(17, UP + DIG), ""])]))
    if pos and not L.labels:
        p = person()
        rows.append(",".join(f'"{x}"' for x in [R.randint(1000, 99999), ts(2025)[:10], "processing", p[0], p[1], L.email(p), "", "Flat rate", "19.90", "PayPal", rs(17, UP + DIG)]))
    note = "" if pos else "# exported with 'Anonymise personal data' enabled\n"
    return "text", note + hdr + "\n" + "\n".join(rows) + "\n"


def t_magento_order(L, pos):
    p = person()
    o = {"entity_id": R.randint(1000, 99999), "increment_id": f"{R.randint(1,9)}0000{R.randint(1000, 9999)}", "state": "processing", "status": "processing",
         "base_currency_code": "EUR", "grand_total": round(R.uniform(10, 500), 2), "customer_firstname": p[0], "customer_lastname": p[1],
         "customer_is_guest": 0, "protect_code": hexs(6), "remote_ip": f"{R.randint(3,220)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
         "payment": {"method": pick(["braintree", "checkmo", "banktransfer", "stripe_payments"]), "cc_last4": digits(4, False), "cc_type": pick(["VI", "MC", "AE"]),
                     "cc_exp_month": str(R.randint(1, 12)), "cc_exp_year": str(R.randint(2026, 2030)), "additional_information": []},
         "items": [{"sku": f"{rs(3, UP)}-{digits(4)}", "name": pick(["Yoga mat", "Espresso cups (2)", "Rain jacket"]), "qty_ordered": R.randint(1, 4)}]}
    ba = {"firstname": p[0], "lastname": p[1], "street": [f"{pick(['Hauptstr.', 'Calle Mayor', 'Keizersgracht'])} {R.randint(1, 300)}"], "city": pick(["Bremen", "Sevilla", "Amsterdam"]), "postcode": digits(5), "country_id": pick(["DE", "ES", "NL"])}
    header = f"GET /rest/V1/orders/{o['entity_id']} -> 200 OK\n"
    if pos:
        e = L.email(p)
        o["customer_email"] = e
        ba["email"] = e
        ba["telephone"] = L.phone(pick(["DE", "ES", "NL", "IT", "FR"])) if R.random() < 0.7 else "-"
        if o["payment"]["method"] == "banktransfer" and R.random() < 0.8:
            o["payment"]["additional_information"] = [f"Kontoinhaber: {p[0]} {p[1]}", f"IBAN: {L.iban(pick(['DE', 'NL', 'ES']))}"]
        if R.random() < 0.35:
            if R.random() < 0.5:
                tok = rs(30, LO + DIG) + digits(2, False)
                L.add("generic_secret", tok, ["Bearer " + tok, "Authorization: Bearer " + tok])
                header = f"$ curl -s -H 'Authorization: Bearer {tok}' https://{pick(SHOPS)}/rest/V1/orders/{o['entity_id']}\n"
            else:
                j = L.jwt(bearer=True)
                header = f"$ curl -s -H 'Authorization: Bearer {j}' https://{pick(SHOPS)}/rest/V1/orders/{o['entity_id']}\n"
    else:
        o["customer_email"] = f"{pick(['guest', 'redacted'])}-{hexs(8)}@anonymized.invalid"
        ba["telephone"] = pick(TOLLFREE + ["-"])
        o["payment"]["additional_information"] = [f"Transaction ID: {rs(8, LO + DIG)}", f"Card: {masked_card()}"]
    o["billing_address"] = ba
    o["extension_attributes"] = {"shipping_assignments": [{"shipping": {"address": dict(ba), "method": "flatrate_flatrate"}}]}
    return "raw-result", raw(header + json.dumps(o, ensure_ascii=False, indent=2))


def t_stripe_objects(L, pos):
    p = person()
    kind = pick(["charge", "payment_intent", "customer"])
    cus = "cus_" + rs(14)
    bd = {"address": {"city": pick(["Dublin", "Austin", "Graz"]), "country": pick(["IE", "US", "AT"]), "line1": None, "postal_code": digits(5)}, "email": None, "name": f"{p[0]} {p[1]}", "phone": None}
    if pos:
        if R.random() < 0.8:
            bd["email"] = L.email(p)
        if R.random() < 0.5 or not L.labels:
            bd["phone"] = L.phone(pick(["US", "IE" if False else "UK", "AU", "DE"]))
    card_ = {"brand": pick(["visa", "mastercard", "amex"]), "last4": digits(4, False), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031),
             "fingerprint": rs(16), "funding": "credit", "country": pick(["US", "IE", "DE"]), "checks": {"cvc_check": "pass", "address_postal_code_check": "pass"}}
    if kind == "customer":
        obj = {"id": cus, "object": "customer", "created": epoch(), "email": bd["email"], "name": bd["name"], "phone": bd["phone"], "livemode": True,
               "invoice_prefix": rs(8, UP + DIG), "metadata": {"shop_customer_id": str(R.randint(1000, 99999))}}
    else:
        obj = {"id": ("ch_" if kind == "charge" else "pi_") + rs(24), "object": kind, "amount": R.randint(500, 50000), "currency": pick(["usd", "eur", "gbp"]),
               "customer": cus, "livemode": True, "status": "succeeded", "created": epoch(), "receipt_email": bd["email"],
               "payment_method": "pm_" + rs(24), "billing_details": bd, "payment_method_details": {"type": "card", "card": card_},
               "metadata": {"order_id": f"#{R.randint(1000, 9999)}"}, "latest_charge": "ch_" + rs(24) if kind == "payment_intent" else None}
    doc = {"object_type": kind, "data": obj}
    if pos and R.random() < 0.4:
        k = stripe_key()
        L.add("stripe_key", k, ["Bearer " + k])
        doc["_request"] = {"method": "GET", "url": f"https://api.stripe.com/v1/{kind}s/{obj['id']}", "headers": {"Authorization": "Bearer " + k, "Stripe-Version": "2024-06-20"}}
    elif not pos and R.random() < 0.5:
        doc["_request"] = {"method": "GET", "url": f"https://api.stripe.com/v1/{kind}s/{obj['id']}", "headers": {"Authorization": "Bearer sk_live_" + "*" * 24 + rs(4), "Stripe-Version": "2024-06-20"}}
    return "structured", doc


def t_payment_webhook(L, pos):
    t = epoch()
    p = person()
    kind = pick(["stripe", "shopify", "adyen"])
    if kind == "stripe":
        evt = {"id": "evt_" + rs(24), "object": "event", "type": pick(["charge.refunded", "payment_intent.succeeded", "checkout.session.completed"]), "livemode": True,
               "data": {"object": {"id": "cs_live_" + rs(58), "object": "checkout.session", "amount_total": R.randint(500, 50000),
                                   "customer_details": {"email": L.email(p) if pos and R.random() < 0.7 else None, "name": f"{p[0]} {p[1]}",
                                                        "phone": L.phone() if pos and R.random() < 0.4 else None}}}}
        hdrs = f"POST /webhooks/stripe HTTP/1.1\nHost: api.{pick(SHOPS)}\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\nContent-Type: application/json; charset=utf-8\nStripe-Signature: t={t},v1={sha()},v0={sha()}\n"
        sec_name, sec = "STRIPE_WEBHOOK_SECRET", "whsec_" + rsmix(32)
    elif kind == "shopify":
        evt = {"id": bigint(5 * 10**12, 6 * 10**12), "email": L.email(p) if pos and R.random() < 0.7 else "", "total_price": f"{R.uniform(10, 300):.2f}",
               "customer": {"first_name": p[0], "phone": L.phone() if pos and R.random() < 0.4 else None}}
        hdrs = f"POST /webhooks/orders-create HTTP/1.1\nX-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: {b64(rs(32))}\nX-Shopify-Shop-Domain: {rs(8, LO)}.myshopify.com\nX-Shopify-Webhook-Id: {uuid()}\n"
        sec_name, sec = "SHOPIFY_API_SECRET", "shpss_" + hexs(32)
    else:
        evt = {"live": "true", "notificationItems": [{"NotificationRequestItem": {"eventCode": "AUTHORISATION", "success": "true", "pspReference": rs(16, UP + DIG),
                                                                                "merchantReference": f"ORD-{digits(6)}", "amount": {"value": R.randint(500, 90000), "currency": "EUR"},
                                                                                "additionalData": {"hmacSignature": b64(rs(32)), "cardSummary": digits(4, False), "shopperEmail": L.email(p) if pos and R.random() < 0.7 else None}}}]}
        hdrs = "POST /webhooks/adyen HTTP/1.1\nContent-Type: application/json\n"
        sec_name, sec = "ADYEN_HMAC_KEY", rs(64, "0123456789ABCDEF")
    text = hdrs + "\n" + json.dumps(evt, ensure_ascii=False) + "\n\n--- handler settings (from `env | grep -i secret`) ---\n"
    if pos:
        if R.random() < 0.75 or not L.labels:
            L.add("generic_secret", sec, [f"{sec_name}={sec}"])
            text += f"{sec_name}={sec}\n"
        else:
            text += f"{sec_name}=${{{sec_name}}}\n"
        if R.random() < 0.3:
            text += f"SLACK_ALERT_WEBHOOK={L.webhook('slack')}\n"
    else:
        text += f"{sec_name}=\n# secret is read at runtime: os.environ[\"{sec_name}\"]\n"
    text += "handler: verified signature ok, 200\n"
    return "raw-result", raw(text)


def t_marketplace_report(L, pos):
    cols = ["order-id", "order-item-id", "purchase-date", "buyer-email", "buyer-name", "buyer-phone-number", "sku", "product-name", "quantity-purchased", "currency", "item-price", "ship-service-level", "ship-city", "ship-country", "ship-phone-number"]
    rows = []
    for _ in range(R.randint(2, 4)):
        p = person()
        e = L.email(p) if pos and R.random() < 0.5 else ""
        ph = L.phone() if pos and R.random() < 0.35 else ""
        sp = L.phone() if pos and R.random() < 0.15 else ""
        rows.append("\t".join([amazon_oid(), digits(14), ts(2025), e, f"{p[0]} {p[1]}", ph, f"{rs(3, UP)}-{digits(3)}",
                               pick(["USB-C hub 7-in-1", "Bamboo cutting board", "Kids rain boots"]), str(R.randint(1, 3)), pick(["EUR", "GBP", "USD"]), f"{R.uniform(5, 90):.2f}",
                               pick(["Standard", "Expedited"]), pick(["Leipzig", "Bristol", "Lille", "Torino"]), pick(["DE", "GB", "FR", "IT"]), sp]))
    head = f"settlement-id\t{digits(11)}\tdeposit-date\t{ts(2025)[:10]}\ttotal-amount\t{R.uniform(100, 9000):.2f}\n"
    if pos and (R.random() < 0.4 or not L.labels):
        head += f"payout-account\t{L.iban()}\n"
    elif not pos:
        head += f"payout-account\t****{digits(4, False)}\n"
    if pos and R.random() < 0.3:
        head += f"seller-tax-identity\tSSN\t{L.ssn()}\t(1099-K recipient)\n"
    elif not pos:
        head += f"seller-tax-identity\tEIN\t{digits(2)}-{digits(7)}\n"
    return "text", head + "\t".join(cols) + "\n" + "\n".join(rows) + "\n"


def t_shipping_label(L, pos):
    p = person()
    trk = tracking()
    doc = {"shipment_id": "shp_" + hexs(24), "carrier": pick(["UPS", "DHL Express", "PostNL", "Australia Post", "Yamato"]), "service": pick(["Standard", "Express Worldwide", "Parcel"]),
           "tracking_number": trk, "label": {"format": "PDF", "size": "4x6", "url": f"https://labels.shipkit.io/{hexs(32)}.pdf"},
           "ship_from": {"company": pick(["BrightCart Fulfilment", "Ferro Moda srl", "Makerbay Sp. z o.o."]), "phone": pick(TOLLFREE), "email": role_email()},
           "ship_to": {"name": f"{p[0]} {p[1]}", "city": pick(["Utrecht", "Brisbane", "Sapporo", "Porto"]), "postal_code": digits(4)},
           "customs": {"contents_type": "merchandise", "importer_tax_id": pick(["DE", "NL", "FR"]) + digits(9), "eori": "GB" + digits(12), "items": [{"hs_tariff": "6109.10", "value": round(R.uniform(5, 90), 2)}]},
           "events": [{"status": pick(["label_created", "in_transit", "out_for_delivery"]), "location": pick(["Venlo NL", "Köln DE", "Narita JP"]), "time": ts(2025)}]}
    if pos:
        if R.random() < 0.75:
            doc["ship_to"]["phone"] = L.phone()
        if R.random() < 0.55 or not L.labels:
            doc["ship_to"]["email"] = L.email(p)
        if R.random() < 0.25:
            k = hexs(32)
            L.add("generic_secret", k)
            doc["_debug"] = {"request_headers": {"X-Api-Key": k, "Content-Type": "application/json"}, "endpoint": "https://api.shipkit.io/v2/shipments"}
    else:
        doc["ship_to"]["phone"] = pick(FICTIONAL)
        doc["events"].append({"status": "delivered", "signed_by": p[1].upper(), "time": ts(2025)})
    return "structured", doc


def t_returns_refunds(L, pos):
    p = person()
    rma = {"rma": f"RMA-2025-{digits(5)}", "order_id": f"{rs(2, UP)}{digits(8)}", "reason": pick(["damaged", "wrong_size", "not_as_described"]),
           "items": [{"sku": f"SKU-{rs(5, UP + DIG)}", "qty": 1, "condition": pick(["opened", "unopened"])}], "created_at": ts(2025)}
    if pos:
        cust = {"name": f"{p[0]} {p[1]}"}
        if R.random() < 0.6:
            cust["email"] = L.email(p)
        if R.random() < 0.4:
            cust["phone"] = L.phone()
        rma["customer"] = cust
        if R.random() < 0.65 or not L.labels:
            rma["refund"] = {"method": "sepa_transfer", "iban": L.iban(pick(["DE", "FR", "NL", "BE", "AT", "IT", "ES", "IE", "PT", "FI"])), "bic": rs(4, UP) + pick(["DE", "FR", "NL"]) + rs(2, UP) + "XXX",
                             "account_holder": f"{p[0]} {p[1]}", "amount": round(R.uniform(5, 300), 2)}
        else:
            rma["refund"] = {"method": "original_payment", "card": masked_card(), "amount": round(R.uniform(5, 300), 2)}
    else:
        rma["customer"] = {"name": f"{p[0]} {p[1]}", "email": None, "customer_id": "c_" + rs(10)}
        rma["refund"] = pick([{"method": "store_credit", "gift_card_code": giftcode(), "amount": round(R.uniform(5, 300), 2)},
                              {"method": "sepa_transfer", "iban": "DE89 3704 0044 0532 0130 00", "note": "sandbox IBAN from bank docs"},
                              {"method": "original_payment", "card": masked_card()}])
    rmas = [rma]
    return "raw-result", raw(f"returns export ({len(rmas)} record)\n" + json.dumps(rmas, ensure_ascii=False, indent=2))


def t_abandoned_cart(L, pos):
    p = person()
    shop = pick(SHOPS)
    if pos:
        to = f"{p[0]} {p[1]} <{L.email(p)}>"
        hi = f"Hi {p[0]},"
    else:
        to = "{{ customer.first_name }} <{{ customer.email }}>"
        hi = "Hi {{ customer.first_name }},"
    lines = [f"From: {shop.split('.')[0].title()} <noreply@{shop}>", f"To: {to}", f"Subject: {pick(['You left something behind', 'Still thinking it over?', 'Dein Warenkorb wartet'])}",
             f"Message-ID: <{hexs(24)}.{digits(10)}@mail.{shop}>", "", hi, "", "The items in your cart are almost sold out:", f"  • {pick(['Merino beanie', 'Linen apron', 'Desk lamp'])} — {R.uniform(9, 99):.2f}",
             "", f"Complete your order: https://{shop}/cart/recover?token={hexs(32)}", f"Use code {pick(['COMEBACK10', 'SAVE15', 'HELLO5'])} for 10% off (expires in 48h).", ""]
    if pos and R.random() < 0.35:
        lines.append(f"We also sent an SMS reminder to {L.phone()}.")
    lines += [f"Questions? Reply to {role_email(shop)} or call {pick(TOLLFREE)}.", f"Unsubscribe: https://{shop}/unsubscribe?u={uuid()}"]
    return "text", "\n".join(lines)


def t_gift_loyalty(L, pos):
    p = person()
    gcs = [{"id": R.randint(10**11, 10**12), "code": giftcode(), "last_characters": rs(4, UP + DIG), "balance": f"{R.uniform(5, 200):.2f}", "currency": "EUR",
            "expires_on": ts(2026)[:10], "disabled_at": None} for _ in range(R.randint(1, 2))]
    member = {"member_id": f"LOY-{digits(8)}", "tier": pick(["Silver", "Gold", "Platinum"]), "points": R.randint(0, 90000), "birthday": f"{R.randint(1950, 2005)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}",
              "name": f"{p[0]} {p[1]}"}
    if pos:
        if R.random() < 0.7:
            member["email"] = L.email(p)
        if R.random() < 0.6 or not L.labels:
            member["phone"] = L.phone()
        if R.random() < 0.2:
            gcs[0]["recipient_email"] = L.email()
    else:
        member["email"] = masked_email(p)
        member["phone"] = "+" + digits(2) + " ••• ••• " + digits(3, False)
    return "structured", {"gift_cards": gcs, "loyalty_account": member, "wallet_pass": {"serial": uuid(), "auth_token": "<rotated-per-device>"}}


def t_fraud_queue(L, pos):
    items = []
    for i in range(R.randint(1, 3)):
        p = person()
        it = {"order_id": f"#{R.randint(10000, 99999)}", "risk_score": round(R.uniform(0.5, 0.99), 2), "signals": R.sample(["ip_country_mismatch", "velocity", "new_device", "avs_fail", "disposable_email"], 2),
              "customer": {"name": f"{p[0]} {p[1]}", "ip": f"{R.randint(3,220)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}", "device_fingerprint": sha(40)},
              "payment": {"bin": digits(6), "last4": digits(4, False), "avs": pick(["Y", "N", "Z"]), "cvv": "M"}}
        if pos and (i == 0 or R.random() < 0.5):
            opts = [bal({"ssn": "us_ssn", "raw": "payment_card"})] + R.sample(["email", "phone", "email"], R.randint(1, 2))
            if "email" in opts:
                it["customer"]["email"] = L.email(p)
            if "phone" in opts:
                it["customer"]["phone"] = L.phone()
            if "ssn" in opts:
                it["identity_check"] = {"provider": "idv-pro", "ssn": L.ssn(), "dob": f"{R.randint(1950, 2004)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}", "result": "mismatch"}
            if "raw" in opts:
                c = L.card("plain")
                it["raw_gateway_response"] = json.dumps({"status": "declined", "reason": "do_not_honor", "card_number": c, "exp": f"{R.randint(1,12):02d}{R.randint(26,30)}", "trace": hexs(32)})
        else:
            it["identity_check"] = {"provider": "idv-pro", "ssn": masked_ssn(), "national_id_type": "ITIN", "result": "pass"}
            it["customer"]["email_domain"] = pick(FREE_DOMAINS)
        items.append(it)
    return "structured", {"queue": "manual_review", "count": len(items), "items": items, "next_page": None}


INVOICE_LANG = {
    "de": ("RECHNUNG", "Rechnungsnummer", "Bankverbindung", "USt-IdNr.", "Tel.", "E-Mail", "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
    "fr": ("FACTURE", "N° de facture", "Coordonnées bancaires", "N° TVA", "Tél.", "Courriel", "Paiement à 30 jours."),
    "es": ("FACTURA", "Nº de factura", "Datos bancarios", "NIF-IVA", "Tel.", "Correo", "Pago a 30 días."),
    "pl": ("FAKTURA VAT", "Nr faktury", "Rachunek bankowy", "NIP", "Tel.", "E-mail", "Termin płatności: 14 dni."),
    "it": ("FATTURA", "Numero fattura", "Coordinate bancarie", "P.IVA", "Tel.", "E-mail", "Pagamento a 30 giorni."),
    "en": ("INVOICE", "Invoice no.", "Bank details", "VAT no.", "Tel.", "Email", "Payment due within 14 days."),
}
LANG_CC = {"de": "DE", "fr": "FR", "es": "ES", "pl": "PL", "it": "IT", "en": "UK"}


def t_invoice_pdf(L, pos):
    lang = pick(list(INVOICE_LANG))
    H, NO, BANK, VAT, TEL, EM, TERMS = INVOICE_LANG[lang]
    cc = LANG_CC[lang]
    seller = pick(["Ferro Moda srl", "Atelier Sable SARL", "Makerbay Sp. z o.o.", "Nordwind Logistik GmbH", "Cedarmint Ltd"])
    buyer = person()
    lines = ["--- page 1 of 1 (pdftotext -layout) ---", f"{seller}", f"{R.randint(1, 90)} {pick(['Industriestraße', 'Rue du Port', 'ul. Polna', 'Via Dante'])}"]
    if pos:
        lines.append(f"{TEL} {L.phone(cc if cc != 'UK' else 'UK') if R.random() < 0.6 else pick(TOLLFREE)}    {EM} {role_email(pick(SHOPS))}")
    else:
        lines.append(f"{TEL} {pick(TOLLFREE)}    {EM} {role_email(pick(SHOPS))}")
    lines += [f"{VAT} {cc if cc != 'UK' else 'GB'}{digits(9)}", "", f"{H:>50}", f"{NO}: {R.randint(2025, 2025)}-{digits(5)}      {ts(2025)[:10]}", "",
              f"{buyer[0]} {buyer[1]}"]
    if pos and R.random() < 0.6:
        lines.append(f"{EM}: {L.email(buyer)}")
    lines += ["", f"  1 x {pick(['Consulting (hrs)', 'Linen dress', 'Pallet storage'])}      {R.uniform(20, 900):>10.2f}", f"  {'TOTAL':<30}{R.uniform(20, 2000):>10.2f} EUR", ""]
    if pos:
        lines.append(f"{BANK}: IBAN {L.iban(pick(['DE', 'FR', 'ES', 'PL', 'IT', 'GB', 'NL']))}   BIC {rs(4, UP)}{cc if cc != 'UK' else 'GB'}{rs(2, UP + DIG)}")
    else:
        lines.append(f"{BANK}: {pick(['paid by card ' + masked_card(), 'IBAN DE89 3704 0044 0532 0130 00 (Musterrechnung / sample)', 'see payment portal'])}")
    lines += [TERMS, "--- end of page ---"]
    return "text", "\n".join(lines)


def t_gateway_config(L, pos):
    cfg = {"plugin": pick(["woocommerce-gateway-stripe", "magento2-payments-suite", "shop-payments-connector"]), "version": f"{R.randint(4, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
           "mode": "live" if pos else "test"}
    if pos:
        opts = [bal({"stripe": "stripe_key", "slack": "webhook_url", "applepay": "private_key"})] + R.sample(["stripe", "whsec", "paypal", "adyen", "braintree", "smtp", "slack", "applepay"], R.randint(1, 3))
        if "stripe" in opts:
            cfg["stripe"] = {"secret_key": L.add("stripe_key", stripe_key(R.random() < 0.6)), "statement_descriptor": "BRIGHTCART"}
        if "whsec" in opts:
            cfg.setdefault("stripe", {})["webhook_secret"] = L.add("generic_secret", "whsec_" + rsmix(32))
        if "paypal" in opts:
            cfg["paypal"] = {"client_id_ref": "paypal-prod", "client_secret": L.add("generic_secret", GENERIC["PAYPAL_CLIENT_SECRET"]())}
        if "adyen" in opts:
            cfg["adyen"] = {"merchant_account": "BrightCartECOM", "api_key": L.add("generic_secret", "AQE" + rsmix(80, B64U)), "hmac_key": L.add("generic_secret", rs(64, "0123456789ABCDEF"))}
        if "braintree" in opts:
            cfg["braintree"] = {"merchant_id": rs(16, LO + DIG), "public_key": rs(16, LO + DIG), "private_key": L.add("generic_secret", hexs(32))}
        if "smtp" in opts:
            cfg["receipts_smtp"] = {"host": "smtp.mailhost.net", "port": 587, "username": role_email(), "password": L.add("generic_secret", password())}
        if "slack" in opts:
            cfg["notifications"] = {"slack_webhook_url": L.webhook("slack"), "email": role_email()}
        if "applepay" in opts:
            cfg["apple_pay"] = {"merchant_identifier": "merchant.shop.brightcart", "payment_processing_private_key": L.pem("ec", escaped=True)}
    else:
        cfg["stripe"] = {"secret_key": pick(["sk_test_xxx", STRIPE_DOC_KEY, "${STRIPE_SECRET_KEY}", "<your-secret-key>"]), "webhook_secret": pick(["whsec_...", "", "env:STRIPE_WEBHOOK_SECRET"])}
        cfg["paypal"] = {"client_secret": pick(["********", "{{ vault \"secret/paypal\" \"client_secret\" }}", "changeme"])}
        cfg["notifications"] = {"slack_webhook_url": pick([SLACK_EX_HOOK, "${{ secrets.SLACK_WEBHOOK }}"]), "email": role_email()}
        cfg["test_cards"] = {"visa": "4242 4242 4242 4242", "3ds": "4000 0027 6000 3184", "decline": "4000 0000 0000 0002"}
    return "raw-result", raw("Exported settings (wp option `payments_settings`):\n" + json.dumps(cfg, ensure_ascii=False, indent=2))


TEMPLATES = [
    ("aws_iam_access_keys", t_aws_iam_access_keys), ("iam_credential_report_csv", t_iam_credential_report), ("gcp_service_account_key", t_gcp_sa_key),
    ("azure_app_registration", t_azure_app_registration), ("arm_parameters", t_arm_parameters), ("terraform_state", t_tfstate),
    ("pulumi_stack_export", t_pulumi_export), ("cfn_describe_stacks", t_cfn_describe_stacks), ("k8s_secret_dump", t_k8s_secret),
    ("vault_read", t_vault_read), ("secretsmanager_value", t_secretsmanager), ("cloudtrail_records", t_cloudtrail),
    ("gcp_audit_log", t_gcp_audit), ("cur_billing_export", t_billing_export), ("dns_zone_export", t_dns_zone),
    ("support_chat_export", t_support_chat), ("assistant_conversation_json", t_assistant_json), ("assistant_conversation_md", t_assistant_markdown),
    ("slack_thread_paste", t_slack_thread), ("discord_thread_paste", t_discord_thread), ("teams_chat_quoted", t_teams_chat),
    ("helpdesk_ticket_thread", t_helpdesk_thread), ("screenshot_ocr_chat", t_screenshot_ocr), ("shell_history_paste", t_shell_history),
    ("github_issue_comments", t_github_issue), ("irc_redaction_followups", t_chat_redaction), ("whatsapp_export", t_whatsapp),
    ("shopify_order", t_shopify_order), ("woocommerce_orders_csv", t_woocommerce_csv), ("magento_order_api", t_magento_order),
    ("stripe_objects", t_stripe_objects), ("payment_webhook_delivery", t_payment_webhook), ("marketplace_settlement_report", t_marketplace_report),
    ("shipping_label_api", t_shipping_label), ("returns_refunds_export", t_returns_refunds), ("abandoned_cart_email", t_abandoned_cart),
    ("gift_card_loyalty", t_gift_loyalty), ("fraud_review_queue", t_fraud_queue), ("invoice_pdf_text", t_invoice_pdf),
    ("payment_gateway_config", t_gateway_config),
]
# how many positives per template out of its share (tuned so clean ~200 / 450)
POS_SHARE = 0.555


def build():
    N = 450
    nt = len(TEMPLATES)
    plan = []
    for i in range(N):
        plan.append(i % nt)
    per = {}
    for ti in plan:
        per[ti] = per.get(ti, 0) + 1
    flags = {}
    for ti, n in per.items():
        npos = max(1, min(n - 1, round(n * POS_SHARE)))
        f = [True] * npos + [False] * (n - npos)
        R.shuffle(f)
        flags[ti] = f
    order = list(range(N))
    R.shuffle(order)
    seq = [plan[i] for i in order]
    used = {ti: 0 for ti in per}
    out = []
    for k, ti in enumerate(seq):
        name, fn = TEMPLATES[ti]
        pos = flags[ti][used[ti]]
        used[ti] += 1
        for _attempt in range(50):
            L = Rec()
            wrap, doc = fn(L, pos)
            if pos == bool(L.labels):
                break
        else:
            raise RuntimeError(f"template {name} could not produce pos={pos}")
        out.append({"id": f"v17-{k + 1}", "template": name, "split": "holdout-v17", "wrap": wrap, "doc": doc, "labels": L.labels})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "dlp_v17.jsonl")
    recs = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {path}")


if __name__ == "__main__":
    main()
