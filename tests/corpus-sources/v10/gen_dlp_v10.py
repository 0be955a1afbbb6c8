#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v10 (business SaaS connector results).
Python 3 stdlib only, one seeded random.Random, no clock/env input.
Usage: python3 gen_dlp_v10.py [output_path]   (default: dlp_v10.jsonl next to this file)
"""
import json, os, re, sys, random, zlib, base64, string

SEED = 1010_2026
R = random.Random(SEED)

B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"
UP = string.ascii_uppercase
DIG = string.digits

def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))

def pick(seq):
    return R.choice(seq)

def chance(p):
    return R.random() < p

def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:32]}"

def ts(year=None):
    y = year or pick([2025, 2026])
    return f"{y}-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"

def epoch():
    return R.randint(1735689600, 1793000000)

def date():
    return f"{pick([2025,2026])}-{R.randint(1,12):02d}-{R.randint(1,28):02d}"

# ---------------------------------------------------------------- people
FIRST = ["Ana", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ines", "Jonas", "Kenji", "Leila",
         "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomasz", "Ursula", "Vikram", "Wen", "Ximena",
         "Yusuf", "Zofia", "Amara", "Björn", "Camille", "Diego", "Esther", "Femi", "Greta", "Hiroshi", "Ingrid",
         "Jamal", "Kasia", "Lucas", "Maëlle", "Niamh", "Olu", "Pedro", "Rania", "Sanne", "Tariq", "Valentina"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Tanaka", "Ferreira", "Novak", "Schmidt", "Haddad", "Rossi",
        "Van Dijk", "Nakamura", "Oyelaran", "Castillo", "Brennan", "Iyer", "Dubois", "Halvorsen", "Petrov",
        "Yilmaz", "Costa", "Müller", "Andersen", "Keller", "Mensah", "Garcia", "O'Neill", "Sato", "Wiśniewska",
        "Ahmed", "Fischer", "Romano", "Jansen", "Quispe", "Larsen", "Bauer", "Chen", "Dlamini"]
COMPANIES = [("Northwind Logistics", "northwind-logistics.com"), ("Helio Analytics", "helioanalytics.io"),
             ("Brightpath Clinics", "brightpath-clinics.co.uk"), ("Kestrel Foods", "kestrelfoods.de"),
             ("Lumen Legal", "lumenlegal.fr"), ("Tidewater Freight", "tidewaterfreight.com"),
             ("Orchard Robotics", "orchardrobotics.ai"), ("Vela Insurance", "vela-insurance.nl"),
             ("Paloma Studios", "palomastudios.es"), ("Granite Peak Software", "granitepeak.dev"),
             ("Saffron Hotels", "saffronhotels.in"), ("Polaris Energia", "polarisenergia.it"),
             ("Fjord Outdoor", "fjordoutdoor.no"), ("Cobalt Payments", "cobaltpay.se"),
             ("Marula Health", "marulahealth.co.za"), ("Sakura Trading", "sakura-trading.jp"),
             ("Ipê Software", "ipesoftware.com.br"), ("Wattle & Co", "wattleco.com.au"),
             ("Alpenglow Travel", "alpenglow.ch"), ("Liffey Media", "liffeymedia.ie")]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "proton.me", "icloud.com", "web.de", "hotmail.fr",
            "libero.it", "uol.com.br", "wp.pl", "yandex.ru", "naver.com", "seznam.cz"]
ROLE = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "admin",
        "contact", "help", "hello", "payments", "invoices", "notifications", "privacy", "legal", "careers",
        "finance", "office", "postmaster", "do-not-reply", "feedback", "orders", "payroll", "accounts"]
PLACEHOLDER_EMAILS = ["you@example.com", "user@example.com", "name@company.com", "user@domain.tld",
                      "your.name@company.com", "email@example.com", "someone@example.org", "jane@example.com"]
FOLD = str.maketrans({"ë": "e", "ö": "o", "ü": "u", "é": "e", "ê": "e", "ś": "s", "ń": "n", "ł": "l", "ø": "o",
                      "å": "a", "ä": "a", "í": "i", "'": "", " ": ""})

def person():
    f, l = pick(FIRST), pick(LAST)
    return f, l

def ascii_name(s):
    return s.lower().translate(FOLD)

def person_email(f=None, l=None, domain=None):
    if f is None:
        f, l = person()
    a, b = ascii_name(f), ascii_name(l)
    d = domain or (pick(COMPANIES)[1] if chance(0.6) else pick(FREEMAIL))
    form = R.randint(0, 5)
    local = [f"{a}.{b}", f"{a[0]}{b}", f"{a}_{b}", f"{a}{R.randint(1,99)}", f"{a}.{b}+{pick(['crm','news','work'])}",
             f"{b}.{a}"][form]
    return f"{local}@{d}"

def role_email(domain=None):
    return f"{pick(ROLE)}@{domain or pick(COMPANIES)[1]}"

# ---------------------------------------------------------------- phones
def _d(n):
    return "".join(R.choice(DIG) for _ in range(n))

def _nz(n):
    return str(R.randint(2, 9)) + _d(n - 1)

def phone_value():
    """Return (display, e164_digits_without_plus, national_part) for a real-looking direct number."""
    c = R.randint(0, 23)
    if c == 0:  # US
        while True:
            a = _nz(3); e = _nz(3)
            if a not in ("555", "800", "888", "877", "866", "855", "844", "833", "900") and e != "555" and a[1:] != "11":
                break
        s = _d(4)
        disp = pick([f"+1 {a}-{e}-{s}", f"+1 ({a}) {e}-{s}", f"({a}) {e}-{s}", f"{a}.{e}.{s}", f"+1{a}{e}{s}", f"{a}-{e}-{s}"])
    elif c == 1:  # UK
        if chance(0.5):
            m = "7" + pick(["4", "5", "8", "9"]) + _d(2); rest = _d(6)
            disp = pick([f"+44 {m} {rest}", f"0{m} {rest}", f"+44{m}{rest}"])
        else:
            disp = pick([f"+44 20 3{_d(3)} {_d(4)}", f"020 8{_d(3)} {_d(4)}", f"+44 161 {_nz(3)} {_d(4)}"])
    elif c == 2:  # DE
        disp = pick([f"+49 30 {_nz(8)}", f"+49 151 {_d(8)}", f"030 {_nz(7)}", f"+49 (0)89 {_nz(7)}", f"0171 {_d(7)}"])
    elif c == 3:  # FR
        d = [_d(2) for _ in range(4)]
        disp = pick([f"+33 6 {' '.join(d)}", f"06 {' '.join(d)}", f"+33 1 {' '.join(d)}", f"07.{'.'.join(d)}"])
    elif c == 4:  # ES
        disp = pick([f"+34 6{_d(2)} {_d(3)} {_d(3)}", f"+34 91 {_d(3)} {_d(2)} {_d(2)}", f"6{_d(2)} {_d(3)} {_d(3)}"])
    elif c == 5:  # IT
        disp = pick([f"+39 3{_d(2)} {_d(3)} {_d(4)}", f"+39 02 {_d(4)} {_d(4)}", f"3{_d(2)} {_d(7)}"])
    elif c == 6:  # NL
        disp = pick([f"+31 6 {_d(8)}", f"+31 20 {_nz(3)} {_d(4)}", f"06-{_d(8)}"])
    elif c == 7:  # BE
        disp = pick([f"+32 4{_d(2)} {_d(2)} {_d(2)} {_d(2)}", f"+32 2 {_nz(3)} {_d(2)} {_d(2)}"])
    elif c == 8:  # SE
        disp = pick([f"+46 70 {_nz(3)} {_d(2)} {_d(2)}", f"070-{_nz(3)} {_d(2)} {_d(2)}", f"+46 8 {_nz(3)} {_d(3)} {_d(2)}"])
    elif c == 9:  # NO
        disp = pick([f"+47 9{_d(2)} {_d(2)} {_d(3)}", f"+47 4{_d(7)}"])
    elif c == 10:  # DK
        disp = pick([f"+45 2{_d(1)} {_d(2)} {_d(2)} {_d(2)}", f"+45 3{_d(7)}"])
    elif c == 11:  # PL
        disp = pick([f"+48 5{_d(2)} {_d(3)} {_d(3)}", f"+48 22 {_nz(3)} {_d(2)} {_d(2)}"])
    elif c == 12:  # CH
        disp = pick([f"+41 79 {_nz(3)} {_d(2)} {_d(2)}", f"+41 44 {_nz(3)} {_d(2)} {_d(2)}", f"079 {_nz(3)} {_d(2)} {_d(2)}"])
    elif c == 13:  # AT
        disp = pick([f"+43 664 {_nz(7)}", f"+43 1 {_nz(7)}"])
    elif c == 14:  # IE
        disp = pick([f"+353 8{pick('3567')} {_nz(3)} {_d(4)}", f"+353 1 {_nz(3)} {_d(4)}", f"08{pick('3567')} {_nz(3)} {_d(4)}"])
    elif c == 15:  # PT
        disp = pick([f"+351 9{pick('1236')}{_d(1)} {_d(3)} {_d(3)}", f"+351 21 {_nz(3)} {_d(4)}"])
    elif c == 16:  # BR
        disp = pick([f"+55 11 9{_d(4)}-{_d(4)}", f"(21) 9{_d(4)}-{_d(4)}", f"+55 (31) 3{_d(3)}-{_d(4)}"])
    elif c == 17:  # MX
        disp = pick([f"+52 55 {_nz(4)} {_d(4)}", f"+52 1 33 {_nz(4)} {_d(4)}"])
    elif c == 18:  # IN
        disp = pick([f"+91 9{_d(4)} {_d(5)}", f"+91 7{_d(9)}", f"09{_d(4)} {_d(5)}"])
    elif c == 19:  # JP
        disp = pick([f"+81 90-{_d(4)}-{_d(4)}", f"090-{_d(4)}-{_d(4)}", f"+81 3-{_nz(4)}-{_d(4)}", f"03-{_nz(4)}-{_d(4)}"])
    elif c == 20:  # AU (avoid 0491 570 fictional block)
        disp = pick([f"+61 4{pick('0123')}{_d(1)} {_d(3)} {_d(3)}", f"04{pick('0123')}{_d(1)} {_d(3)} {_d(3)}", f"+61 2 {_nz(4)} {_d(4)}"])
    elif c == 21:  # SG
        disp = pick([f"+65 {pick('89')}{_d(3)} {_d(4)}", f"+65 6{_d(3)} {_d(4)}"])
    elif c == 22:  # ZA
        disp = pick([f"+27 82 {_nz(3)} {_d(4)}", f"+27 21 {_nz(3)} {_d(4)}", f"082 {_nz(3)} {_d(4)}"])
    else:  # KR
        disp = pick([f"+82 10-{_d(4)}-{_d(4)}", f"010-{_d(4)}-{_d(4)}"])
    return disp

def phone_accepts(v):
    acc = ["tel:" + v, "tel:" + re.sub(r"[^\d+]", "", v)]
    if v.startswith("+"):
        acc.append(v[1:])
        m = re.match(r"\+(1|7|2[07]|3[0-469]|4[0-9]|5[1-8]|6[0-6]|8[1-26]|9[0-58]|3[5][0-9]|42[0-9])[ -]?(.*)$", v)
        if m:
            acc.append(m.group(2))
    return acc

def fictional_phone():
    return pick([f"+1 (415) 555-01{_d(2)}", f"555-01{_d(2)}", f"(212) 555-01{_d(2)}", f"07700 900{_d(3)}",
                 f"+44 7700 900{_d(3)}", f"020 7946 0{_d(3)}", f"+44 20 7946 0{_d(3)}", f"0491 570 {_d(3)}",
                 f"+61 491 570 {_d(3)}"])

def tollfree_phone():
    return pick([f"1-800-{_nz(3)}-{_d(4)}", f"+1 888 {_nz(3)} {_d(4)}", f"0800 {_d(3)} {_d(4)}", f"1-877-{_nz(3)}-{_d(4)}",
                 f"0800 {_d(6)}", f"1800 {_d(3)} {_d(3)}"])

# ---------------------------------------------------------------- cards / iban / ssn
def luhn_sum_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0

def luhn_complete(prefix, length):
    body = prefix + _d(length - len(prefix) - 1)
    for c in DIG:
        if luhn_sum_ok(body + c):
            return body + c

TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
              "4000000000000002", "4000000000009995", "4000002500003155", "5454545454545454"]

def card_digits():
    k = R.randint(0, 5)
    if k <= 1:
        d = luhn_complete("4", 16)
    elif k == 2:
        d = luhn_complete(str(R.randint(51, 55)), 16)
    elif k == 3:
        d = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif k == 4:
        d = luhn_complete(pick(["34", "37"]), 15)
    else:
        d = luhn_complete(pick(["6011", "65", "3530", "3589"]), 16)
    if d in TEST_CARDS:
        return card_digits()
    return d

def card_format(d):
    f = R.randint(0, 3)
    if f == 0:
        return d
    sep = " " if f in (1, 3) else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

def card_luhn_invalid():
    d = card_digits()
    last = int(d[-1])
    return d[:-1] + str((last + R.randint(1, 9)) % 10)

IBAN_SPEC = {"DE": "n18", "FR": "n10c11n2", "GB": "a4n14", "NL": "a4n10", "ES": "n20", "IT": "a1n10c12",
             "BE": "n12", "CH": "n5c12", "AT": "n16", "PL": "n24", "SE": "n20", "NO": "n11", "DK": "n14",
             "IE": "a4n14", "PT": "n21", "FI": "n14", "LU": "n3c13"}

def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"

def iban_compact(cc=None):
    cc = cc or pick(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, n in re.findall(r"([nac])(\d+)", spec):
        n = int(n)
        bban += rs(n, DIG if kind == "n" else UP if kind == "a" else UP + DIG)
    return cc + _iban_check(cc, bban) + bban

def iban_spaced(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))

def iban_valid(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def iban_invalid(cc=None):
    c = iban_compact(cc)
    while True:
        bad = c[:2] + f"{(int(c[2:4]) + R.randint(1, 60)) % 97 + 2:02d}"[-2:] + c[4:]
        if not iban_valid(bad):
            return bad

def ssn_value():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    v = f"{a:03d}-{g:02d}-{s:04d}"
    if v in ("078-05-1120", "219-09-9999", "123-45-6789"):
        return ssn_value()
    return v

def itin_value():  # 9xx-7x-xxxx: a tax id, not an SSN
    return f"9{_d(2)}-{pick(['70','78','81','88','93'])}-{_d(4)}"

def ssn_invalid():
    return pick([f"000-{_d(2)}-{R.randint(1,9999):04d}", f"666-{R.randint(10,99)}-{R.randint(1,9999):04d}",
                 f"{R.randint(100,899):03d}-00-{R.randint(1,9999):04d}", f"{R.randint(100,665):03d}-{R.randint(10,99)}-0000"])

def order_luhn():  # Luhn-valid but no card network prefix
    return luhn_complete(pick(["9", "80", "81", "70", "10"]), pick([12, 14, 16]))

# ---------------------------------------------------------------- tokens
def b62enc(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")

def github_token():
    k = R.randint(0, 6)
    if k == 6:
        return "github_pat_" + rs(22) + "_" + rs(59)
    ent = rs(30)
    return ["ghp", "ghp", "gho", "ghu", "ghs", "ghr"][k] + "_" + ent + b62enc(zlib.crc32(ent.encode()))

def gitlab_token():
    k = R.randint(0, 4)
    if k == 0:
        return "gldt-" + rs(20, B62 + "_-")
    if k == 1:
        return "glrt-" + rs(20, B62 + "_-")
    if k == 2:
        return "glptt-" + rs(40, HEX)
    return "glpat-" + rs(20, B62 + "_-")

def slack_token():
    k = R.randint(0, 3)
    if k == 0:
        return f"xoxb-{_nz(12)}-{_nz(13)}-{rs(24)}"
    if k == 1:
        return f"xoxp-{_nz(12)}-{_nz(12)}-{_nz(13)}-{rs(32, HEX)}"
    if k == 2:
        return f"xapp-1-A{rs(10, UP + DIG)}-{_nz(13)}-{rs(64, HEX)}"
    return f"xoxe.xoxp-1-{rs(120, B62)}"

def stripe_key():
    return pick(["sk_live_", "sk_live_", "rk_live_"]) + (("51" + rs(12) + rs(85)) if chance(0.5) else rs(24))

def openai_key():
    k = R.randint(0, 3)
    if k == 0:
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if k == 1:
        return "sk-svcacct-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)
    if k == 2:
        return "sk-admin-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)
    return "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)

def anthropic_key():
    return pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(93, B64URL) + "AA"

def google_key():
    return "AIzaSy" + rs(33, B64URL)

def aws_id():
    return pick(["AKIA", "AKIA", "ASIA"]) + rs(16, UP + "234567")

def aws_secret():
    while True:
        v = rs(40, B64)
        if re.search(r"[/+]", v) and re.search(r"\d", v):
            return v

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt_value(email=None):
    alg = pick(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(16, HEX)
    iat = epoch()
    pl = {"sub": pick([uuid4(), "usr_" + rs(14), str(R.randint(10**8, 10**9))]), "iat": iat, "exp": iat + pick([900, 3600, 86400])}
    if email:
        pl["email"] = email
    if chance(0.5):
        pl["iss"] = pick(["https://auth.helioanalytics.io/", "https://login.granitepeak.dev", "urn:cobaltpay:sso"])
    if chance(0.4):
        pl["scope"] = pick(["read:contacts write:deals", "openid profile email", "tickets:read"])
    sig = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(sig, B64URL)

def pem_private_key():
    k = R.randint(0, 3)
    if k == 0:
        kind, head, n = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1560
    elif k == 1:
        kind, head, n = "PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1580
    elif k == 2:
        kind, head, n = "EC PRIVATE KEY", "MHcCAQEEI", 218
    else:
        kind, head, n = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 340
    body = head + rs(n - len(head), B64)
    if kind == "OPENSSH PRIVATE KEY":
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    else:
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

def public_key_pem():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(348, B64) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"

def webhook_url():
    k = R.randint(0, 4)
    if k == 0 or k == 4:
        return f"https://hooks.slack.com/services/T{rs(R.choice([8,10]), UP + DIG)}/B{rs(R.choice([8,10]), UP + DIG)}/{rs(24)}"
    if k == 1:
        return f"https://{pick(['discord.com','discordapp.com'])}/api/webhooks/{_nz(19)}/{rs(68, B64URL)}"
    if k == 2:
        t = pick(["northwind", "helioanalytics", "kestrelfoods", "velainsurance"])
        return f"https://{t}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HEX)}/{uuid4()}/V2{rs(43, B64URL)}"
    return f"https://prod-{R.randint(10,99)}.westeurope.logic.azure.com:443/workflows/{rs(32, HEX)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={rs(43, B64URL)}"

def password():
    k = R.randint(0, 4)
    if k == 0:
        w = pick(["Harbor", "Quartz", "Maple", "Falcon", "Cedar", "Saturn", "Velvet", "Ember", "Glacier", "Tundra"])
        return w + pick(["!", "#", "$", "%", "*"]) + str(R.randint(1000, 9999)) + rs(3, string.ascii_lowercase)
    if k == 1:
        return rs(R.randint(14, 22), B62 + "!#$%*-_.~")
    if k == 2:
        return "-".join(pick(["otter", "piano", "lunar", "cobalt", "meadow", "ripple", "garnet", "walnut", "zephyr"]) for _ in range(3)) + str(R.randint(10, 99))
    if k == 3:
        return rs(12, B62) + pick(["!", "?", "@"]) + rs(4, DIG)
    return rs(32, HEX)

def url_password():
    k = R.randint(0, 3)
    if k == 0:
        return rs(R.randint(12, 20), B62)
    if k == 1:
        return rs(10, B62) + "%21" + rs(5, B62)
    if k == 2:
        return pick(["Winter", "Copper", "Orbit", "Lantern"]) + str(R.randint(2019, 2026)) + rs(4, B62) + "_" + rs(3, DIG)
    return rs(16, B62 + "-._~")

def vendor_secret():
    """(kind, value) for secrets of vendors that are not typed label types -> generic_secret"""
    k = R.randint(0, 14)
    if k == 0: return "sendgrid", "SG." + rs(22, B64URL) + "." + rs(43, B64URL)
    if k == 1: return "twilio_auth_token", rs(32, HEX)
    if k == 2: return "mailgun", "key-" + rs(32, HEX)
    if k == 3: return "shopify", "shpat_" + rs(32, HEX)
    if k == 4: return "hubspot", "pat-" + pick(["na1", "eu1"]) + "-" + uuid4()
    if k == 5: return "atlassian", "ATATT3xFfGF0" + rs(170, B64URL) + "=" + rs(8, UP + DIG)
    if k == 6: return "npm", "npm_" + rs(36)
    if k == 7: return "postman", "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX)
    if k == 8: return "datadog", rs(32, HEX)
    if k == 9: return "okta_ssws", "00" + rs(40, B62 + "-_")
    if k == 10: return "stripe_whsec", "whsec_" + rs(32)
    if k == 11: return "linear", "lin_api_" + rs(40)
    if k == 12: return "notion", "ntn_" + rs(11, DIG) + rs(35)
    if k == 13: return "azure_client_secret", rs(3, B62) + "8Q~" + rs(34, B62 + "~._-")
    return "airtable", "pat" + rs(14) + "." + rs(64, HEX)

def client_secret():
    return pick([rs(40, HEX), rs(64, B64URL), "GOCSPX-" + rs(28, B64URL), rs(3, B62) + "8Q~" + rs(34, B62 + "~._-"), rs(48, B62)])

def session_cookie():
    return pick(["s%3A" + rs(32, B64URL) + "." + rs(43, B64URL), rs(64, HEX), "eyJfcmFpbHMiOnsi" + rs(80, B64URL) + "--" + rs(40, HEX)])

# ---------------------------------------------------------------- hard negatives
EXAMPLE_KEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]

def masked_secret():
    return pick(["sk_live_" + "•" * 20 + rs(4), "sk_live_…" + rs(4), "ghp_" + "*" * 32 + rs(4), "sk-…" + rs(4),
                 "••••••••" + rs(4, HEX), "xoxb-****-****-" + rs(4), "AKIA************" + rs(4, UP), "********",
                 "sk-ant-…" + rs(4), "AIza…" + rs(4), "glpat-" + "•" * 16 + rs(4), "•••• •••• •••• " + _d(4)])

def secret_ref():
    return pick(["${STRIPE_SECRET_KEY}", "${{ secrets.OPENAI_API_KEY }}", "{{ vault \"secret/data/crm#api_key\" }}",
                 "vault:secret/data/prod/db#password", "arn:aws:secretsmanager:eu-west-1:" + _d(12) + ":secret:prod/crm-" + rs(6),
                 "op://Engineering/Stripe/credential", "<redacted>", "[REDACTED]", "${DB_PASSWORD}", "env:SLACK_BOT_TOKEN",
                 "projects/" + rs(8, string.ascii_lowercase) + "/secrets/api-key/versions/latest"])

def test_mode_key():
    return pick(["sk_test_" + rs(24), "pk_test_" + rs(24), "pk_live_" + rs(24), "rk_test_" + rs(24)])

def obj_id(prefix, n=14):
    return f"{prefix}_{rs(n)}"

def fingerprint():
    return rs(16)

def etag():
    return pick([f'W/"{rs(16, HEX)}"', f'"{rs(32, HEX)}"'])

def cursor():
    return b64u(json.dumps({"after": R.randint(1000, 99999), "ts": epoch()}).encode())

def code_challenge():
    return rs(43, B64URL)

def vat_id():
    return pick([f"DE{_d(9)}", f"FR{_d(2)}{_d(9)}", f"NL{_d(9)}B01", f"GB{_d(9)}", f"IT{_d(11)}", f"ESB{_d(8)}"])

def tracking():
    return pick([f"1Z{rs(6, UP + DIG)}{_d(10)}", f"JJD0{_d(17)}", f"9400{_d(18)}", f"{rs(2, UP)}{_d(9)}GB"])

def client_id():
    return pick(["0oa" + rs(17), "Iv1." + rs(16, HEX), rs(32, string.ascii_lowercase + DIG), uuid4(),
                 f"{_d(12)}-{rs(32, string.ascii_lowercase + DIG)}.apps.googleusercontent.com"])

def amz_signed_url():
    return (f"https://{pick(['crm-exports','helio-files','docs-prod'])}.s3.eu-west-1.amazonaws.com/{rs(10, HEX)}/report.pdf?"
            f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={date().replace('-','')}T{_d(6)}Z&X-Amz-Expires=900&"
            f"X-Amz-SignedHeaders=host&X-Amz-Signature={rs(64, HEX)}")

def gcs_signed_url():
    return (f"https://storage.googleapis.com/{pick(['hr-docs','share-prod'])}/{rs(8, HEX)}.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256"
            f"&X-Goog-Date={date().replace('-','')}T{_d(6)}Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature={rs(128, HEX)}")

# ================================================================ labelling context
def kv_forms(key, value):
    ks = {key, key.upper(), key.lower()}
    out = []
    for k in ks:
        out += [f"{k}={value}", f"{k}: {value}", f"{k}:{value}", f'"{k}": "{value}"', f'{k}="{value}"', f"{k} = {value}",
                f'"{k}":"{value}"', f"{k}={value!r}".replace("'", '"')]
    return out

class Ctx:
    def __init__(self):
        self.labels = []

    def lab(self, typ, value, accept=()):
        self.labels.append([typ, value, list(accept)])
        return value

    def email(self, f=None, l=None, domain=None):
        v = person_email(f, l, domain)
        return self.lab("email", v, ["mailto:" + v])

    def phone(self):
        v = phone_value()
        return self.lab("phone_number", v, phone_accepts(v))

    def ssn(self, style=0):
        v = ssn_value()
        if style == 1:
            v = v.replace("-", " ")
        elif style == 2:
            v = v.replace("-", "")
        return self.lab("us_ssn", v, [v.replace("-", ""), v.replace(" ", "")])

    def card(self):
        d = card_digits()
        v = card_format(d)
        return self.lab("payment_card", v, [d])

    def iban(self, spaced=None):
        c = iban_compact()
        sp = chance(0.5) if spaced is None else spaced
        v = iban_spaced(c) if sp else c
        return self.lab("iban", v, [c, iban_spaced(c)])

    def aws_pair(self, kid="aws_access_key_id", ksec="aws_secret_access_key"):
        a, s = aws_id(), aws_secret()
        self.lab("aws_access_key_id", a, kv_forms(kid, a))
        self.lab("aws_secret_access_key", s, kv_forms(ksec, s))
        return a, s

    def tok(self, typ, key=None, value=None):
        gen = {"github_token": github_token, "gitlab_token": gitlab_token, "slack_token": slack_token,
               "stripe_key": stripe_key, "openai_api_key": openai_key, "anthropic_api_key": anthropic_key,
               "google_api_key": google_key, "jwt": jwt_value, "private_key": pem_private_key,
               "webhook_url": webhook_url, "aws_access_key_id": aws_id, "aws_secret_access_key": aws_secret}[typ]
        v = value or gen()
        acc = []
        if key:
            acc += kv_forms(key, v)
        if typ == "jwt":
            acc += ["Bearer " + v, "bearer " + v]
        return self.lab(typ, v, acc)

    def generic(self, key, value=None):
        v = value or pick([password, client_secret, lambda: vendor_secret()[1]])()
        return self.lab("generic_secret", v, kv_forms(key, v))

    def urlcred(self, scheme=None, user=None, host=None, path=None):
        scheme = scheme or pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqps", "https", "ftp", "smtp"])
        user = user or pick(["app", "crm_sync", "etl", "svc_reports", "admin", "readonly", "hubspot_import", "integration"])
        host = host or pick(["db.internal.northwind-logistics.com", "cluster0.x7kq2.mongodb.net", "pg-prod.helioanalytics.io",
                             "10.20.4.17:5432", "mq.cobaltpay.se", "sftp.kestrelfoods.de", "smtp.mailrelay.net:587", "cache.granitepeak.dev:6380"])
        path = path if path is not None else pick(["/crm", "/analytics?sslmode=require", "/", "", "/0", "/exports", "/prod?retryWrites=true&w=majority"])
        pw = url_password()
        url = f"{scheme}://{user}:{pw}@{host}{path}"
        self.lab("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", url])
        return url

    def token_url(self, typ, user, tok, host_path):
        url = f"https://{user}:{tok}@{host_path}"
        self.lab(typ, tok, [f"{user}:{tok}", f"{user}:{tok}@", url])
        return url

def raw(obj, sc=False, indent=None):
    d = {"content": [{"type": "text", "text": json.dumps(obj, ensure_ascii=False, indent=indent)}], "isError": False}
    if sc:
        d["structuredContent"] = obj
    return d

def raw_text(text):
    return {"content": [{"type": "text", "text": text}], "isError": False}

def leaves(o, out=None):
    if out is None:
        out = []
    if isinstance(o, str):
        out.append(o)
    elif isinstance(o, dict):
        for v in o.values():
            leaves(v, out)
    elif isinstance(o, list):
        for v in o:
            leaves(v, out)
    return out

def in_doc(strings, v):
    return any(v in s for s in strings)

def finalize(doc, labels):
    strings = leaves(doc)
    out, seen = [], set()
    for typ, v, acc in labels:
        lvl = 0
        while not in_doc(strings, v):
            lvl += 1
            if lvl > 3:
                raise RuntimeError(f"value not in doc: {typ} {v[:30]}")
            v = json.dumps(v, ensure_ascii=False)[1:-1]
            acc = [json.dumps(a, ensure_ascii=False)[1:-1] for a in acc]
        if (typ, v) in seen:
            continue
        seen.add((typ, v))
        acc2 = []
        for a in acc:
            if a != v and a not in acc2 and in_doc(strings, a):
                acc2.append(a)
        out.append({"type": typ, "value": v, "accept": acc2})
    return out

# ================================================================ cross-check (mirrored in check_dlp_v10.py)
ROLE_SET = set(ROLE) | {"sales", "team", "alerts", "ops", "it", "jobs", "marketing", "press", "reception", "abuse",
                        "webmaster", "donotreply", "mailer-daemon", "newsletter", "recruiting", "service", "bounce",
                        "calendar", "events", "dev", "devops", "accounting", "ar", "ap", "compliance", "dpo", "onboarding",
                        "partners", "procurement", "returns", "shipping", "status", "it-helpdesk", "servicedesk"}
SERVICE_DOMAINS = ("gserviceaccount.com", "resource.calendar.google.com", "group.calendar.google.com",
                   "users.noreply.github.com", "bounces.hubspotemail.net", "reply.zendesk.com", "mg.mailrelay.net",
                   "system.okta.local", "bots.slack.internal")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
TOKEN_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"github_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"\bgl(?:pat|dt|rt|ptt|oas|cbt|soat|ft|imt)-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"\bxox[abposre]-[A-Za-z0-9\-]{10,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9\-]{10,}"),
    re.compile(r"\bxoxe\.xox[bp]-[A-Za-z0-9\-]{10,}"),
    re.compile(r"\b[sr]k_live_[A-Za-z0-9]{20,}"),
    re.compile(r"\bsk-ant-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"\bsk-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"\bAIza[0-9A-Za-z_\-]{35}"),
    re.compile(r"\beyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{10,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"),
    re.compile(r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{30,}"),
    re.compile(r"webhook\.office\.com/webhookb2/[^\s\"'\\<>]+"),
    re.compile(r"logic\.azure\.com(?::443)?/workflows/[^\s\"'\\<>]+sig=[A-Za-z0-9_\-]{20,}"),
]
DIGRUN_RE = re.compile(r"(?<![A-Za-z0-9])\d(?:[ \-]?\d){11,22}(?![A-Za-z0-9])")
SSN_RE = re.compile(r"(?<![\d\-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d\-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")

def card_network(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19): return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720): return True
    if n == 15 and d[:2] in ("34", "37"): return True
    if 16 <= n <= 19 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649): return True
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589: return True
    if n == 14 and (d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305): return True
    return False

def ssn_issuable(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"

def unlabelled_hits(doc, labels):
    strings = leaves(doc)
    vals = [l["value"] for l in labels] + [a for l in labels for a in l["accept"]]
    compact_vals = {re.sub(r"[ \-]", "", v) for v in vals}
    def covered(x):
        return any(x in v for v in vals) or re.sub(r"[ \-]", "", x) in compact_vals
    hits = []
    for s in strings:
        for m in DIGRUN_RE.finditer(s):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and card_network(d) and luhn_sum_ok(d) and d not in TEST_CARDS and not covered(m.group()):
                hits.append(("payment_card", m.group()))
        for m in IBAN_RE.finditer(s):
            if iban_valid(m.group()) and not covered(m.group()):
                hits.append(("iban", m.group()))
        for m in SSN_RE.finditer(s):
            if ssn_issuable(m.group(1), m.group(3), m.group(4)) and not covered(m.group()):
                hits.append(("us_ssn", m.group()))
        for m in EMAIL_RE.finditer(s):
            e = m.group()
            local, dom = e.split("@", 1)
            st = m.start()
            if st > 0 and s[st - 1] in ":/":
                continue
            if local.lower().split("+")[0] in ROLE_SET or e.lower() in PLACEHOLDER_EMAILS:
                continue
            if dom.lower().endswith(SERVICE_DOMAINS) or len(local) >= 24:
                continue
            if not covered(e):
                hits.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group()
                if any(x in t for x in ("EXAMPLE", "T00000000")):
                    continue
                if not covered(t):
                    hits.append(("token", t))
    return hits

# ================================================================ templates
def choose(p, options, lo=1, hi=3):
    if not p:
        return set()
    return set(R.sample(options, min(len(options), R.randint(lo, hi))))

def company():
    return pick(COMPANIES)

def neg_email(domain=None):
    return role_email(domain) if chance(0.75) else pick(PLACEHOLDER_EMAILS)

def neg_phone():
    return fictional_phone() if chance(0.5) else tollfree_phone()

def t_crm_hubspot_contacts(c, p):
    ks = choose(p, ["email", "phone", "mobile", "email2"], 1, 3)
    n = R.randint(2, 6)
    pos_i = R.randrange(n)
    res = []
    for i in range(n):
        f, l = person()
        cn, dom = company()
        hot = i == pos_i or (p and chance(0.25))
        props = {"firstname": f, "lastname": l, "company": cn,
                 "email": c.email(f, l) if hot and "email" in ks else role_email(dom),
                 "phone": c.phone() if hot and "phone" in ks else neg_phone(),
                 "lifecyclestage": pick(["lead", "marketingqualifiedlead", "customer", "opportunity"]),
                 "hs_object_id": str(R.randint(10**9, 10**11)), "createdate": ts(), "lastmodifieddate": ts()}
        if hot and "mobile" in ks:
            props["mobilephone"] = c.phone()
        if hot and "email2" in ks:
            props["hs_additional_emails"] = c.email() + ";" + c.email()
        res.append({"id": props["hs_object_id"], "properties": props, "createdAt": props["createdate"],
                    "updatedAt": props["lastmodifieddate"], "archived": False})
    after = str(R.randint(100, 900))
    doc = {"results": res, "paging": {"next": {"after": after, "link": f"https://api.hubapi.com/crm/v3/objects/contacts?limit={n}&after={after}"}}}
    return "structured", doc

def t_crm_salesforce_soql(c, p):
    ks = choose(p, ["email", "phone", "ssn", "mobile"], 1, 3)
    recs = []
    for i in range(R.randint(2, 5)):
        f, l = person()
        cn, dom = company()
        hot = p and (i == 0 or chance(0.3))
        rid = "00Q" + rs(15)
        r = {"attributes": {"type": "Lead", "url": f"/services/data/v60.0/sobjects/Lead/{rid}"}, "Id": rid,
             "FirstName": f, "LastName": l, "Company": cn, "Status": pick(["Open - Not Contacted", "Working - Contacted", "Qualified"]),
             "Email": c.email(f, l) if hot and "email" in ks else role_email(dom),
             "Phone": c.phone() if hot and "phone" in ks else tollfree_phone(),
             "MobilePhone": c.phone() if hot and "mobile" in ks else None,
             "Tax_Number__c": vat_id(), "LeadSource": pick(["Web", "Partner Referral", "Trade Show"])}
        if hot and "ssn" in ks:
            r["SSN__c"] = c.ssn()
        elif chance(0.3):
            r["SSN__c"] = "***-**-" + _d(4)
        recs.append(r)
    doc = {"totalSize": len(recs), "done": chance(0.5), "records": recs}
    if not doc["done"]:
        doc["nextRecordsUrl"] = f"/services/data/v60.0/query/01g{rs(15)}-2000"
    return "raw-result", raw(doc, indent=pick([None, 2]))

def t_crm_custom_fields(c, p):
    ks = choose(p, ["ssn", "iban", "api", "email", "phone", "pw"], 1, 3)
    f, l = person()
    cn, dom = company()
    style = pick(["nv", "kv"])
    def fld(name, val):
        return {"name": name, "value": val} if style == "nv" else {"key": name, "val": val}
    cf = [fld("Customer tier", pick(["Gold", "Silver", "Bronze"])), fld("VAT ID", vat_id()), fld("Renewal date", date())]
    cf.append(fld("SSN", c.ssn(pick([0, 0, 2]))) if "ssn" in ks else fld("ITIN", itin_value()))
    cf.append(fld("IBAN", c.iban()) if "iban" in ks else fld("IBAN", iban_invalid()))
    if "api" in ks:
        nm = pick(["api_key", "Partner API Key", "portal_password", "sftp_password", "client_secret"])
        cf.append(fld(nm, c.generic(nm)))
    else:
        cf.append(fld("api_key", pick([masked_secret(), secret_ref()])))
    if "pw" in ks:
        cf.append(fld("Passwort", c.generic("Passwort", password())))
    R.shuffle(cf)
    doc = {"success": True, "data": {"id": R.randint(1000, 99999), "name": f"{f} {l}", "org_id": {"name": cn, "value": R.randint(1, 9999)},
           "email": [{"label": "work", "value": c.email(f, l) if "email" in ks else role_email(dom), "primary": True}],
           "phone": [{"label": "mobile", "value": c.phone() if "phone" in ks else fictional_phone(), "primary": True}],
           "custom_fields": cf, "add_time": ts().replace("T", " ").rstrip("Z")},
           "additional_data": {"pagination": {"start": 0, "limit": 100, "more_items_in_collection": False}}}
    return "structured", doc

def t_crm_account_hal(c, p):
    ks = choose(p, ["iban", "email", "phone", "card"], 1, 3)
    cn, dom = company()
    f, l = person()
    aid = R.randint(10000, 99999)
    doc = {"account_id": aid, "display_name": cn, "vat_number": vat_id(), "billing_contact": {
        "full_name": f"{f} {l}", "email_address": c.email(f, l, dom) if "email" in ks else role_email(dom),
        "direct_line": c.phone() if "phone" in ks else tollfree_phone()},
        "bank_details": {"account_holder": cn, "iban": c.iban() if "iban" in ks else iban_invalid(), "bic": rs(4, UP) + pick(["DE", "FR", "NL", "GB"]) + rs(2, UP + DIG)},
        "payment_method": {"type": "card", "card_number": c.card()} if "card" in ks else {"type": "card", "last4": _d(4), "brand": "visa", "exp": f"{R.randint(1,12):02d}/{R.randint(27,31)}"},
        "_links": {"self": {"href": f"https://api.ledgerly.io/v2/accounts/{aid}"}, "invoices": {"href": f"https://api.ledgerly.io/v2/accounts/{aid}/invoices?page=1"},
                   "owner": {"href": f"https://api.ledgerly.io/v2/users/usr_{rs(10)}"}},
        "_embedded": {"open_invoices": [{"invoice_number": order_luhn(), "amount_due": R.randint(100, 90000) / 100, "currency": "EUR"} for _ in range(R.randint(1, 3))]}}
    return "raw-result", raw(doc, indent=2)

def t_helpdesk_ticket(c, p):
    ks = choose(p, ["card", "pw", "phone", "email", "ssn"], 1, 3)
    f, l = person()
    cn, dom = company()
    req = c.email(f, l) if "email" in ks else neg_email()
    comments = [{"id": R.randint(10**10, 10**11), "type": "Comment", "author_id": R.randint(10**9, 10**10), "public": True,
                 "body": f"Hi, I was charged twice for order {order_luhn()}. The card ends in {_d(4)}. Tracking {tracking()}.",
                 "created_at": ts()}]
    if "card" in ks:
        comments.append({"id": R.randint(10**10, 10**11), "type": "Comment", "public": True, "author_id": R.randint(10**9, 10**10),
                         "body": f"Here is the full number so you can find it: {c.card()} exp {R.randint(1,12):02d}/{R.randint(27,30)}", "created_at": ts()})
    if "pw" in ks:
        pw = password()
        comments.append({"id": R.randint(10**10, 10**11), "type": "Comment", "public": False, "author_id": R.randint(10**9, 10**10),
                         "body": f"Reset done for the customer portal.\nusername: {ascii_name(f)}\npassword: {c.generic('password', pw)}", "created_at": ts()})
    if "phone" in ks:
        comments.append({"id": R.randint(10**10, 10**11), "type": "Comment", "public": True, "author_id": R.randint(10**9, 10**10),
                         "body": f"Please call me back on {c.phone()} after 3pm.", "created_at": ts()})
    if "ssn" in ks:
        comments.append({"id": R.randint(10**10, 10**11), "type": "Comment", "public": False, "author_id": R.randint(10**9, 10**10),
                         "body": f"Verified identity: SSN {c.ssn()} matches the W-9 on file.", "created_at": ts()})
    if not p:
        comments.append({"id": R.randint(10**10, 10**11), "type": "Comment", "public": True, "author_id": R.randint(10**9, 10**10),
                         "body": f"Thanks! You can reach our team at {role_email(dom)} or {tollfree_phone()}. Refund ref {order_luhn()}.", "created_at": ts()})
    doc = {"ticket": {"id": R.randint(1000, 99999), "subject": pick(["Double charge", "Cannot log in", "Refund request", "Update billing"]),
                      "status": pick(["open", "pending", "solved"]), "requester": {"name": f"{f} {l}", "email": req},
                      "tags": ["billing", "priority_normal"], "via": {"channel": pick(["email", "web", "api"])}},
           "comments": comments, "next_page": None, "count": len(comments)}
    return "structured", doc

def t_helpdesk_html(c, p):
    ks = choose(p, ["mailto", "tel", "pw", "card", "iban"], 1, 3)
    f, l = person()
    cn, dom = company()
    convs = []
    e = c.email(f, l) if "mailto" in ks else role_email(dom)
    convs.append({"id": R.randint(10**10, 10**11), "incoming": True, "private": False,
                  "body": f"<div>Hello,<br>please update my contact to <a href=\"mailto:{e}\">{e}</a> &amp; close the old one.</div>",
                  "body_text": f"Hello, please update my contact to {e} & close the old one.", "from_email": e, "created_at": ts()})
    if "tel" in ks:
        ph = c.phone()
        tl = re.sub(r"[^\d+]", "", ph)
        convs.append({"id": R.randint(10**10, 10**11), "incoming": True, "private": False,
                      "body": f"<p>My direct line: <a href=\"tel:{tl}\">{ph}</a>&nbsp;&ndash; thanks</p>", "created_at": ts()})
    else:
        fp = fictional_phone()
        convs.append({"id": R.randint(10**10, 10**11), "incoming": False, "private": False,
                      "body": f"<p>Our hotline: <a href=\"tel:{re.sub(r'[^0-9+]', '', fp)}\">{fp}</a> &middot; Mon&ndash;Fri</p>", "created_at": ts()})
    if "pw" in ks:
        convs.append({"id": R.randint(10**10, 10**11), "incoming": False, "private": True,
                      "body": f"<p>Temp credentials for the vendor portal:</p><ul><li>Login: <code>{ascii_name(f)}.{ascii_name(l)}</code></li><li>Password: <code>{c.generic('Password', password())}</code></li></ul>",
                      "created_at": ts()})
    if "card" in ks:
        convs.append({"id": R.randint(10**10, 10**11), "incoming": True, "private": False,
                      "body": f"<p>Card on the booking: <b>{c.card()}</b>&nbsp;(exp {R.randint(1,12):02d}/{R.randint(27,30)})</p>", "created_at": ts()})
    if "iban" in ks:
        convs.append({"id": R.randint(10**10, 10**11), "incoming": True, "private": False,
                      "body": f"<p>Please refund to IBAN&nbsp;<strong>{c.iban()}</strong> (account holder {f} {l}).</p>", "created_at": ts()})
    if not p:
        convs.append({"id": R.randint(10**10, 10**11), "incoming": False, "private": False,
                      "body": f"<p>Refund of &euro;{R.randint(10,500)}.00 issued to card &bull;&bull;&bull;&bull; {_d(4)}. Test with {pick(TEST_CARDS[:6])} in sandbox only.</p>", "created_at": ts()})
    return "raw-result", raw({"conversations": convs, "ticket_id": R.randint(100, 9999)}, sc=chance(0.3))

def t_calendar_events(c, p):
    ks = choose(p, ["att", "att2", "phone", "desc_email"], 1, 3)
    cn, dom = company()
    items = []
    for i in range(R.randint(1, 3)):
        att = [{"email": f"{pick(['boardroom','room-4a','huddle'])}-{rs(6, HEX)}@resource.calendar.google.com", "resource": True, "responseStatus": "accepted"}]
        org_e = c.email(domain=dom) if ("att" in ks and i == 0) else role_email(dom)
        att.append({"email": org_e, "organizer": True, "responseStatus": "accepted"})
        if "att2" in ks and i == 0:
            att.append({"email": c.email(), "displayName": " ".join(person()), "responseStatus": pick(["needsAction", "tentative"])})
        else:
            att.append({"email": pick(PLACEHOLDER_EMAILS[:2]) if chance(0.3) else role_email(), "responseStatus": "needsAction"})
        desc = "Agenda: Q3 pipeline review.<br>Dial-in: " + fictional_phone() + " PIN " + _d(6) + "#"
        if "phone" in ks and i == 0:
            ph = c.phone()
            desc += f"<br>If the bridge fails call me on <a href=\"tel:{re.sub(r'[^0-9+]', '', ph)}\">{ph}</a>"
        if "desc_email" in ks and i == 0:
            e = c.email()
            desc += f"<br>Pre-read from <a href=\"mailto:{e}\">{e}</a>"
        code = f"{rs(3, string.ascii_lowercase)}-{rs(4, string.ascii_lowercase)}-{rs(3, string.ascii_lowercase)}"
        items.append({"kind": "calendar#event", "etag": etag(), "id": rs(26, string.ascii_lowercase + DIG), "status": "confirmed",
                      "htmlLink": f"https://www.google.com/calendar/event?eid={rs(40, B64URL)}", "summary": pick(["Pipeline review", "1:1", "Vendor onboarding", "Payroll sign-off"]),
                      "description": desc, "start": {"dateTime": ts(2026).replace("Z", "+01:00")}, "end": {"dateTime": ts(2026).replace("Z", "+01:00")},
                      "organizer": {"email": org_e}, "attendees": att, "iCalUID": f"{rs(26, string.ascii_lowercase + DIG)}@google.com",
                      "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                                                         {"entryPointType": "phone", "uri": "tel:" + re.sub(r"[^0-9+]", "", tollfree_phone()), "pin": _d(9)}]}})
    return "structured", {"kind": "calendar#events", "summary": cn, "updated": ts(), "nextSyncToken": rs(24, B64URL), "items": items}

def t_hr_employee_deep(c, p):
    ks = choose(p, ["ssn", "iban", "email", "phone"], 1, 4)
    f, l = person()
    cn, dom = company()
    doc = {"data": {"worker": {"id": "wrk_" + rs(12), "legalName": {"given": f, "family": l}, "employment": {"status": "active", "hireDate": date(),
           "compensation": {"payroll": {"schedule": "semi-monthly", "tax": {"federal": {"filingStatus": pick(["single", "married_jointly"]),
           "identity": {"document": {"type": "SSN", "number": c.ssn(pick([0, 0, 1, 2])) if "ssn" in ks else pick(["***-**-" + _d(4), itin_value(), ssn_invalid()])}}},
           "state": {"code": pick(["CA", "NY", "TX", "WA"]), "allowances": R.randint(0, 3)}},
           "deposit": {"accounts": [{"split": {"percent": 100, "bank": {"country": "DE", "iban": c.iban() if "iban" in ks else iban_invalid(), "bic": "COBADEFFXXX"}}}]}}}},
           "contact": {"work": {"email": c.email(f, l, dom) if "email" in ks else role_email(dom)},
                       "personal": {"mobile": c.phone() if "phone" in ks else fictional_phone(), "birthDate": date().replace("2025", "1987").replace("2026", "1991")}}}},
           "meta": {"requestId": "req_" + rs(16), "etag": etag()}}
    return "structured", doc

def t_payroll_run(c, p):
    ks = choose(p, ["ssn", "iban", "ssn2"], 1, 2)
    emps = []
    n = R.randint(3, 7)
    hot = R.randrange(n)
    for i in range(n):
        f, l = person()
        h = p and i == hot
        emps.append({"employee_id": "emp_" + rs(10), "name": f"{f} {l}", "gross": R.randint(250000, 900000) / 100, "net": R.randint(150000, 600000) / 100,
                     "tax": {"ssn": c.ssn() if h and "ssn" in ks else "XXX-XX-" + _d(4), "w4_status": pick(["single", "married"])},
                     "bank": {"iban": c.iban() if h and "iban" in ks else "•••• " + _d(4), "last4": _d(4), "fingerprint": fingerprint()}})
        if h and "ssn2" in ks and i + 1 < n:
            pass
    if "ssn2" in ks:
        emps[(hot + 1) % n]["tax"]["ssn"] = c.ssn(1)
    doc = {"payroll": {"uuid": uuid4(), "pay_period": {"start_date": date(), "end_date": date()}, "check_date": date(), "processed": True,
                       "company_id": "cmp_" + rs(10), "employee_compensations": emps, "totals": {"company_debit": R.randint(10**6, 10**7) / 100}}}
    return "raw-result", raw(doc, sc=chance(0.4), indent=pick([None, 2]))

def t_stripe_customer(c, p):
    ks = choose(p, ["email", "phone", "meta_secret", "meta_card"], 1, 3)
    f, l = person()
    cid = obj_id("cus")
    doc = {"id": cid, "object": "customer", "address": {"city": pick(["Lyon", "Austin", "Leeds", "Porto"]), "country": pick(["FR", "US", "GB", "PT"]), "line1": f"{R.randint(1,200)} {pick(['Rue Garibaldi','Oak St','Kirkgate','Rua das Flores'])}", "postal_code": _d(5)},
           "balance": 0, "created": epoch(), "currency": pick(["eur", "usd", "gbp"]), "default_source": None, "delinquent": False,
           "description": f"{f} {l}", "email": c.email(f, l) if "email" in ks else None, "invoice_prefix": rs(8, UP + DIG),
           "invoice_settings": {"custom_fields": None, "default_payment_method": obj_id("pm", 24), "footer": None},
           "livemode": True, "metadata": {"crm_id": str(R.randint(10**6, 10**8))}, "name": f"{f} {l}",
           "phone": c.phone() if "phone" in ks else None, "preferred_locales": [pick(["fr", "en", "pt"])], "tax_exempt": "none",
           "sources": {"object": "list", "data": [{"id": obj_id("card", 24), "object": "card", "brand": "Visa", "last4": _d(4), "fingerprint": fingerprint(), "exp_month": R.randint(1, 12), "exp_year": R.randint(2027, 2031)}]}}
    if "meta_secret" in ks:
        doc["metadata"]["legacy_portal_password"] = c.generic("legacy_portal_password", password())
    else:
        doc["metadata"]["idempotency_key"] = uuid4()
    if "meta_card" in ks:
        doc["metadata"]["imported_pan"] = c.card()
    return "structured", doc

def t_stripe_charges(c, p):
    ks = choose(p, ["email", "phone", "desc_card"], 1, 3)
    data = []
    n = R.randint(2, 6)
    for i in range(n):
        h = p and i == 0
        f, l = person()
        data.append({"id": obj_id("ch", 24), "object": "charge", "amount": R.randint(500, 90000), "currency": "eur", "captured": True,
                     "payment_intent": obj_id("pi", 24), "balance_transaction": obj_id("txn", 24),
                     "billing_details": {"email": c.email(f, l) if h and "email" in ks else None, "name": f"{f} {l}", "phone": c.phone() if h and "phone" in ks else None},
                     "description": (f"Manual charge, card {c.card()} read over phone" if h and "desc_card" in ks else f"Invoice {order_luhn()}"),
                     "payment_method_details": {"type": "card", "card": {"brand": pick(["visa", "mastercard", "amex"]), "last4": _d(4), "fingerprint": fingerprint(), "exp_month": R.randint(1, 12), "exp_year": R.randint(2027, 2031), "network": "visa", "three_d_secure": None}},
                     "receipt_url": f"https://pay.stripe.com/receipts/payment/{rs(60, B64URL)}", "created": epoch(), "livemode": True})
    doc = {"object": "list", "data": data, "has_more": chance(0.5), "url": "/v1/charges"}
    return "raw-result", raw(doc, indent=2)

def t_stripe_webhook_endpoints(c, p):
    eps = []
    for i in range(R.randint(1, 3)):
        cn, dom = company()
        e = {"id": obj_id("we", 24), "object": "webhook_endpoint", "api_version": "2024-06-20", "application": None, "created": epoch(),
             "enabled_events": R.sample(["charge.succeeded", "invoice.paid", "customer.updated", "payout.paid", "charge.refunded"], 3),
             "livemode": True, "status": "enabled", "url": f"https://api.{dom}/webhooks/stripe"}
        if p and i == 0:
            e["secret"] = c.generic("secret", "whsec_" + rs(32))
        eps.append(e)
    doc = {"object": "list", "data": eps, "has_more": False, "url": "/v1/webhook_endpoints"}
    if p and chance(0.5):
        doc["data"][0]["description"] = f"Forwarded to {c.tok('webhook_url')}"
    return "structured", doc

def t_payment_keys_page(c, p):
    ks = choose(p, ["sk", "rk", "whsec"], 1, 3)
    keys = [{"name": "Publishable key", "type": "publishable", "token": "pk_live_" + rs(99), "created": epoch()},
            {"name": "Secret key", "type": "secret", "token": c.tok("stripe_key", "token", "sk_live_" + rs(99)) if "sk" in ks else "sk_live_" + "•" * 20 + rs(4), "last_used": ts()},
            {"name": "Test secret key", "type": "secret", "token": "sk_test_" + rs(99), "livemode": False}]
    if "rk" in ks:
        keys.append({"name": "Restricted (reporting)", "type": "restricted", "token": c.tok("stripe_key", "token", "rk_live_" + rs(99))})
    else:
        keys.append({"name": "Restricted (reporting)", "type": "restricted", "token": "rk_live_…" + rs(4)})
    doc = {"account": obj_id("acct", 16), "api_keys": keys, "webhook_signing": {"endpoint": obj_id("we", 24),
           "signing_secret": c.generic("signing_secret", "whsec_" + rs(32)) if "whsec" in ks else "whsec_" + "*" * 12}}
    return "raw-result", raw(doc)

def t_idp_okta_app(c, p):
    ks = choose(p, ["secret", "jwt", "pk"], 1, 2)
    cid = "0oa" + rs(17)
    doc = {"id": cid, "name": "oidc_client", "label": pick(["Helio Reporting", "Northwind CRM", "Payroll Bridge"]), "status": "ACTIVE", "signOnMode": "OPENID_CONNECT",
           "credentials": {"oauthClient": {"autoKeyRotation": True, "client_id": cid, "token_endpoint_auth_method": "client_secret_basic",
                                           "client_secret": c.generic("client_secret", client_secret()) if "secret" in ks else None}},
           "settings": {"oauthClient": {"redirect_uris": [f"https://{company()[1]}/oauth/callback"], "response_types": ["code"], "grant_types": ["authorization_code", "refresh_token"],
                                        "pkce": {"code_challenge_method": "S256", "sample_challenge": code_challenge()}}},
           "_links": {"self": {"href": f"https://dev-{_d(8)}.okta.com/api/v1/apps/{cid}"}, "users": {"href": f"https://dev-{_d(8)}.okta.com/api/v1/apps/{cid}/users"}}}
    if "jwt" in ks:
        doc["_debug"] = {"last_token_exchange": {"id_token": c.tok("jwt", value=jwt_value(person_email())), "state": rs(32, B64URL)}}
    if "pk" in ks:
        doc["credentials"]["jwks_private"] = {"kid": rs(20, B64URL), "pem": c.tok("private_key")}
    else:
        doc["credentials"]["signing"] = {"kid": rs(20, B64URL), "public_pem": public_key_pem()}
    return "structured", doc

def t_idp_scim_users(c, p):
    ks = choose(p, ["email", "phone", "pw"], 1, 3)
    res = []
    n = R.randint(2, 5)
    for i in range(n):
        f, l = person()
        cn, dom = company()
        h = p and (i == 0 or chance(0.3))
        if h and "email" in ks:
            un = c.email(f, l, dom)
        else:
            un = f"svc-{rs(6, string.ascii_lowercase)}@{pick(['crm-sync','etl-prod'])}.iam.gserviceaccount.com" if chance(0.5) else role_email(dom)
        u = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": uuid4(), "externalId": str(R.randint(10**5, 10**7)), "userName": un,
             "name": {"givenName": f, "familyName": l}, "active": True, "emails": [{"value": un, "type": "work", "primary": True}],
             "phoneNumbers": [{"value": c.phone() if h and "phone" in ks else neg_phone(), "type": pick(["work", "mobile"])}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": str(R.randint(1000, 99999)), "department": pick(["Sales", "Finance", "R&D"])},
             "meta": {"resourceType": "User", "created": ts(), "lastModified": ts(), "version": etag()}}
        if h and "pw" in ks:
            u["password"] = c.generic("password", password())
        res.append(u)
    doc = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": n, "itemsPerPage": n, "startIndex": 1, "Resources": res}
    return "raw-result", raw(doc, indent=2)

def t_api_tokens_admin(c, p):
    ks = choose(p, ["gitlab", "github", "okta", "slack", "gitlab", "github"], 1, 3)
    toks = []
    for i in range(R.randint(3, 8)):
        toks.append({"id": R.randint(1000, 99999), "name": pick(["ci-deploy", "backup", "crm-sync", "renovate", "reporting"]), "revoked": False,
                     "created_at": ts(), "last_used_at": ts(), "expires_at": date(), "scopes": ["read_api"], "token_last_four": rs(4)})
    made = 0
    for k in ["gitlab", "github", "okta", "slack"]:
        if k not in ks:
            continue
        new = {"id": R.randint(100000, 999999), "name": "connector-" + rs(5, string.ascii_lowercase), "created_at": ts(), "scopes": ["api", "read_repository"]}
        if k == "gitlab":
            new["token"] = c.tok("gitlab_token", "token")
        elif k == "github":
            new["token"] = c.tok("github_token", "token")
        elif k == "okta":
            new["token"] = c.generic("token", "00" + rs(40, B62 + "-_"))
        else:
            new["token"] = c.tok("slack_token", "token")
        toks.append(new)
        made += 1
    if not made:
        toks.append({"id": R.randint(100000, 999999), "name": "connector-" + rs(5, string.ascii_lowercase), "created_at": ts(),
                     "token": "glpat-" + "*" * 20, "note": "token value is only shown once at creation"})
    return "structured", {"personal_access_tokens": toks, "x_next_page": "", "x_total": len(toks)}

def t_gmail_message(c, p):
    ks = choose(p, ["from", "to", "cc", "snippet_phone", "snippet_pw"], 1, 3)
    f, l = person()
    cn, dom = company()
    fe = c.email(f, l) if "from" in ks else pick(["noreply", "notifications", "billing"]) + "@" + dom
    te = c.email() if "to" in ks else role_email()
    body_plain = f"Hi team,\nplease see the attached statement.\n-- \n{f} {l}\n{person_email(f, l)}\n"
    headers = [{"name": "Delivered-To", "value": te}, {"name": "From", "value": f"{f} {l} <{fe}>"}, {"name": "To", "value": te},
               {"name": "Subject", "value": pick(["Statement for March", "Re: onboarding", "Invoice " + order_luhn()])},
               {"name": "Date", "value": f"Tue, {R.randint(1,28)} Apr 2026 {R.randint(8,18):02d}:{R.randint(0,59):02d}:00 +0200"},
               {"name": "Message-ID", "value": f"<CA{rs(40, B62)}@mail.gmail.com>"}]
    if "cc" in ks:
        headers.insert(3, {"name": "Cc", "value": f"{c.email()}, {role_email()}"})
    snippet = "Hi team, please see the attached statement"
    if "snippet_phone" in ks:
        snippet += f" &ndash; reach me on {c.phone()} today"
    if "snippet_pw" in ks:
        snippet += f". The PDF password: {c.generic('password', rs(10, B62))}"
    doc = {"id": rs(16, HEX), "threadId": rs(16, HEX), "labelIds": ["INBOX", "UNREAD", "CATEGORY_UPDATES"], "snippet": snippet,
           "payload": {"partId": "", "mimeType": "multipart/alternative", "headers": headers,
                       "parts": [{"partId": "0", "mimeType": "text/plain", "body": {"size": len(body_plain), "data": b64u(body_plain.encode())}}]},
           "sizeEstimate": R.randint(3000, 90000), "historyId": str(R.randint(10**6, 10**8)), "internalDate": str(epoch() * 1000)}
    return "structured", doc

def t_graph_mail_html(c, p):
    ks = choose(p, ["from", "jwt", "to", "mailto_body"], 1, 3)
    f, l = person()
    cn, dom = company()
    fa = c.email(f, l, dom) if "from" in ks else f"notifications@{dom}"
    link = f"https://app.{dom}/account/reset?token={c.tok('jwt', value=jwt_value(person_email(f, l)))}" if "jwt" in ks else f"https://app.{dom}/account/reset?state={rs(32, B64URL)}"
    extra = ""
    if "mailto_body" in ks:
        e2 = c.email()
        extra = f"<p>Questions? Write to <a href=\"mailto:{e2}\">{e2}</a>.</p>"
    content = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
               f"<p>Hello&nbsp;{f},</p><p>Use the link below to reset your password &ndash; it expires in 15&nbsp;minutes:</p>"
               f"<p><a href=\"{link}\">Reset password</a></p>{extra}<p>&copy; 2026 {cn} &middot; {tollfree_phone()}</p></body></html>")
    doc = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages/$entity", "id": "AAMkAG" + rs(60, B64URL) + "=",
           "createdDateTime": ts(), "subject": "Reset your password", "bodyPreview": f"Hello {f}, Use the link below to reset your password",
           "importance": "normal", "internetMessageId": f"<{rs(30, HEX)}@{pick(['eurprd04','namprd11'])}.prod.outlook.com>",
           "body": {"contentType": "html", "content": content},
           "from": {"emailAddress": {"name": f"{cn}" if "from" not in ks else f"{f} {l}", "address": fa}},
           "toRecipients": [{"emailAddress": {"name": f"{f} {l}", "address": c.email(f, l) if "to" in ks else pick(PLACEHOLDER_EMAILS)}}]}
    return "raw-result", raw(doc, indent=pick([None, 2]))

def t_slack_history(c, p):
    ks = choose_needy(p, ["aws", "xox", "mailto", "tel", "gh", "openai", "glpat", "ant"], 1, 3)
    msgs = []
    for _ in range(R.randint(2, 4)):
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": pick(["deploy is green :white_check_mark:", "who owns the CRM sync?", "standup in 5",
                     f"order {order_luhn()} shipped, tracking {tracking()}", "rotated the key, old one is `sk_live_…" + rs(4) + "`"]), "ts": f"{epoch()}.{_d(6)}"})
    if "aws" in ks:
        a, s = c.aws_pair()
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"temp creds for the export bucket:\n```aws_access_key_id={a}\naws_secret_access_key={s}```", "ts": f"{epoch()}.{_d(6)}"})
    if "xox" in ks:
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"bot token for the connector is {c.tok('slack_token')} pls don't share", "ts": f"{epoch()}.{_d(6)}"})
    if "mailto" in ks:
        e = c.email()
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"new AE is <mailto:{e}|{e}>", "ts": f"{epoch()}.{_d(6)}"})
    if "tel" in ks:
        ph = c.phone()
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"customer callback <tel:{re.sub(r'[^0-9+]', '', ph)}|{ph}>", "ts": f"{epoch()}.{_d(6)}"})
    if "gh" in ks:
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"use `{c.tok('github_token')}` for the mirror job", "ts": f"{epoch()}.{_d(6)}"})
    if "openai" in ks:
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": "B" + rs(10, UP + DIG), "text": f"OPENAI_API_KEY set to {c.tok('openai_api_key', 'OPENAI_API_KEY')}", "ts": f"{epoch()}.{_d(6)}"})
    if "glpat" in ks:
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"gitlab token for the runner: {c.tok('gitlab_token')}", "ts": f"{epoch()}.{_d(6)}"})
    if "ant" in ks:
        msgs.append({"type": "message", "user": "U" + rs(10, UP + DIG), "text": f"x-api-key: {c.tok('anthropic_api_key', 'x-api-key')}", "ts": f"{epoch()}.{_d(6)}"})
    R.shuffle(msgs)
    return "structured", {"ok": True, "messages": msgs, "has_more": chance(0.5), "pin_count": 0, "response_metadata": {"next_cursor": b64u(("bmV4dF90czo" + _d(16)).encode())}}

def t_teams_messages(c, p):
    ks = choose(p, ["webhook", "anthropic", "gitlab", "email", "google"], 1, 3)
    msgs = []
    def m(html):
        f, l = person()
        return {"id": str(epoch() * 1000), "messageType": "message", "createdDateTime": ts(), "from": {"user": {"id": uuid4(), "displayName": f"{f} {l}", "userIdentityType": "aadUser"}},
                "body": {"contentType": "html", "content": html}}
    msgs.append(m("<p>Morning all &#128075; &ndash; review at 10</p>"))
    if "webhook" in ks:
        msgs.append(m(f"<p>Alerts channel hook: <a href=\"{c.tok('webhook_url')}\">link</a></p>"))
    else:
        msgs.append(m(f"<p>Docs say the hook looks like <code>{EXAMPLE_KEYS[2]}</code></p>"))
    if "anthropic" in ks:
        msgs.append(m(f"<p>Claude key for the summariser:<br><code>{c.tok('anthropic_api_key')}</code></p>"))
    if "gitlab" in ks:
        msgs.append(m(f"<p>deploy token <code>{c.tok('gitlab_token')}</code> (expires Friday)</p>"))
    if "email" in ks:
        e = c.email()
        msgs.append(m(f"<p>Loop in <a href=\"mailto:{e}\">{e}</a> please</p>"))
    if "google" in ks:
        msgs.append(m(f"<p>Maps key: <code>{c.tok('google_api_key')}</code></p>"))
    if not p:
        msgs.append(m(f"<p>Key rotated; new one is in the vault (<code>{secret_ref()}</code>)</p>"))
    return "raw-result", raw({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A" + rs(20) + "')/messages", "@odata.count": len(msgs), "value": msgs})

def t_wiki_markdown(c, p):
    ks = choose(p, ["db", "openai", "anthropic", "contacts", "webhook", "stripe"], 1, 3)
    cn, dom = company()
    lines = [f"# {cn} – CRM integration runbook", "", f"_Last edited {date()} by {pick(FIRST)}_", "", "## Contacts", "",
             "| Role | Name | Email | Phone |", "|---|---|---|---|"]
    for i in range(R.randint(2, 3)):
        f, l = person()
        if "contacts" in ks and i == 0:
            lines.append(f"| Owner | {f} {l} | {c.email(f, l, dom)} | {c.phone()} |")
        else:
            lines.append(f"| Escalation | {f} {l} | {role_email(dom)} | {tollfree_phone()} |")
    lines += ["", "## Configuration", "", "```bash"]
    lines.append(f"DATABASE_URL={c.urlcred() if 'db' in ks else 'postgres://app:${DB_PASSWORD}@db.internal.' + dom + ':5432/crm'}")
    lines.append(f"OPENAI_API_KEY={c.tok('openai_api_key', 'OPENAI_API_KEY') if 'openai' in ks else '${{ secrets.OPENAI_API_KEY }}'}")
    if "anthropic" in ks:
        lines.append(f"ANTHROPIC_API_KEY={c.tok('anthropic_api_key', 'ANTHROPIC_API_KEY')}")
    if "stripe" in ks:
        lines.append(f"STRIPE_SECRET_KEY={c.tok('stripe_key', 'STRIPE_SECRET_KEY')}")
    else:
        lines.append(f"STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}")
    lines.append(f"SLACK_WEBHOOK_URL={c.tok('webhook_url', 'SLACK_WEBHOOK_URL') if 'webhook' in ks else EXAMPLE_KEYS[2]}")
    lines += ["```", "", f"Send questions to {pick(PLACEHOLDER_EMAILS)} (replace with your address) or {role_email(dom)}."]
    return "text", "\n".join(lines)

def t_confluence_storage(c, p):
    ks = choose(p, ["pk", "google", "aws", "pw"], 1, 2)
    body = "<h2>Service credentials</h2><p>Owner: " + pick(FIRST) + " &ndash; see also <ac:link><ri:page ri:content-title=\"Rotation\" /></ac:link></p>"
    code = []
    if "aws" in ks:
        a, s = c.aws_pair("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
        code.append(f"export AWS_ACCESS_KEY_ID={a}\nexport AWS_SECRET_ACCESS_KEY={s}")
    else:
        code.append(f"export AWS_ACCESS_KEY_ID={EXAMPLE_KEYS[0]}\nexport AWS_SECRET_ACCESS_KEY={EXAMPLE_KEYS[1]}")
    if "google" in ks:
        code.append(f"GOOGLE_MAPS_KEY={c.tok('google_api_key', 'GOOGLE_MAPS_KEY')}")
    if "pw" in ks:
        code.append(f"SFTP_PASSWORD={c.generic('SFTP_PASSWORD', password())}")
    body += "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">bash</ac:parameter><ac:plain-text-body><![CDATA[" + "\n".join(code) + "]]></ac:plain-text-body></ac:structured-macro>"
    if "pk" in ks:
        body += "<p>Signing key:</p><ac:structured-macro ac:name=\"noformat\"><ac:plain-text-body><![CDATA[" + c.tok("private_key") + "]]></ac:plain-text-body></ac:structured-macro>"
    else:
        body += "<p>Public key for partners:</p><pre>" + public_key_pem() + "</pre>"
    doc = {"id": str(R.randint(10**8, 10**9)), "type": "page", "status": "current", "title": pick(["Integrations – secrets", "Partner SFTP", "Maps rollout"]),
           "space": {"key": pick(["OPS", "FIN", "ENG"])}, "version": {"number": R.randint(2, 40), "when": ts()},
           "body": {"storage": {"value": body, "representation": "storage"}}, "_links": {"webui": f"/spaces/OPS/pages/{R.randint(10**6, 10**8)}", "base": "https://" + company()[1].split(".")[0] + ".atlassian.net/wiki"}}
    return "structured", doc

def t_drive_listing(c, p):
    ks = choose(p, ["sa", "env", "stripe"], 1, 2)
    files = [{"id": rs(33, B64URL), "name": n, "mimeType": mt, "size": str(R.randint(1000, 10**7)), "modifiedTime": ts(),
              "webViewLink": f"https://drive.google.com/file/d/{rs(33, B64URL)}/view", "md5Checksum": rs(32, HEX)}
             for n, mt in [("Q3 board deck.pdf", "application/pdf"), ("headcount.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("logo.png", "image/png")]]
    files[0]["downloadUrl"] = amz_signed_url() if chance(0.5) else gcs_signed_url()
    if "sa" in ks:
        proj = pick(["crm-sync-prod", "helio-etl", "payroll-bridge"])
        sa = {"type": "service_account", "project_id": proj, "private_key_id": rs(40, HEX), "private_key": c.tok("private_key", value=pem_private_key().replace("OPENSSH PRIVATE KEY", "PRIVATE KEY")) + "\n",
              "client_email": f"connector@{proj}.iam.gserviceaccount.com", "client_id": _d(21), "token_uri": "https://oauth2.googleapis.com/token"}
        content = json.dumps(sa, indent=2)
        files.append({"id": rs(33, B64URL), "name": "sa-key.json", "mimeType": "application/json", "content": content})
    if "env" in ks or "stripe" in ks:
        env = [f"APP_ENV=production"]
        if "env" in ks:
            a, s = c.aws_pair("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
            env += [f"AWS_ACCESS_KEY_ID={a}", f"AWS_SECRET_ACCESS_KEY={s}", f"REDIS_URL={c.urlcred('redis', 'default')}"]
        if "stripe" in ks:
            env.append(f"STRIPE_KEY={c.tok('stripe_key', 'STRIPE_KEY')}")
        files.append({"id": rs(33, B64URL), "name": ".env.production", "mimeType": "text/plain", "content": "\n".join(env) + "\n"})
    if not p:
        files.append({"id": rs(33, B64URL), "name": "README.md", "mimeType": "text/markdown",
                      "content": f"Copy `.env.example` and set STRIPE_KEY={test_mode_key()}\nAWS_ACCESS_KEY_ID={EXAMPLE_KEYS[0]}\nContact {role_email()}\n"})
    return "structured", {"kind": "drive#fileList", "incompleteSearch": False, "nextPageToken": rs(40, B64URL), "files": files}

def t_secrets_manager(c, p):
    if not p:
        lst = [{"ARN": f"arn:aws:secretsmanager:eu-west-1:{_d(12)}:secret:{n}-{rs(6)}", "Name": n, "LastChangedDate": ts(), "RotationEnabled": chance(0.5),
                "Tags": [{"Key": "owner", "Value": role_email()}]} for n in ["prod/crm/db", "prod/stripe", "prod/slack-bot"]]
        return "raw-result", raw({"SecretList": lst, "NextToken": rs(60, B64)})
    k = pick(["db", "aws", "mixed", "pk"])
    if k == "db":
        inner = {"username": "crm_app", "password": c.generic("password", password()), "engine": "postgres", "host": "pg-prod.internal", "port": 5432, "dbname": "crm"}
    elif k == "aws":
        a, s = c.aws_pair("AccessKeyId", "SecretAccessKey")
        inner = {"AccessKeyId": a, "SecretAccessKey": s}
    elif k == "pk":
        inner = {"kid": rs(12, HEX), "privateKey": c.tok("private_key")}
    else:
        inner = {"slack_bot_token": c.tok("slack_token", "slack_bot_token"), "dsn": c.urlcred("mysql")}
    doc = {"ARN": f"arn:aws:secretsmanager:eu-west-1:{_d(12)}:secret:prod/{k}-{rs(6)}", "Name": f"prod/{k}", "VersionId": uuid4(),
           "SecretString": json.dumps(inner), "VersionStages": ["AWSCURRENT"], "CreatedDate": ts()}
    return "raw-result", raw(doc, sc=chance(0.5))

def t_integrations_webhooks(c, p):
    ks = choose(p, ["slack", "discord", "teams", "signing", "dbconn"], 1, 3)
    cn, dom = company()
    ints = []
    ints.append({"provider": "slack", "enabled": True, "config": {"channel": "#alerts", "webhook_url": c.tok("webhook_url", value=f"https://hooks.slack.com/services/T{rs(9, UP + DIG)}/B{rs(11, UP + DIG)}/{rs(24)}") if "slack" in ks else EXAMPLE_KEYS[2]}})
    if "discord" in ks:
        ints.append({"provider": "discord", "enabled": True, "config": {"webhook_url": c.tok("webhook_url", value=f"https://discord.com/api/webhooks/{_nz(19)}/{rs(68, B64URL)}")}})
    if "teams" in ks:
        ints.append({"provider": "msteams", "enabled": True, "config": {"url": c.tok("webhook_url", value=f"https://{dom.split('.')[0].replace('-', '')}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HEX)}/{uuid4()}/V2{rs(43, B64URL)}")}})
    ints.append({"provider": "custom", "enabled": True, "config": {"url": f"https://api.{dom}/hooks/inbound", "signing_secret": c.generic("signing_secret", rs(40, B64URL)) if "signing" in ks else masked_secret(),
                 "verify_header": "X-Signature-256", "idempotency_key_header": "Idempotency-Key"}})
    if "dbconn" in ks:
        ints.append({"provider": "warehouse", "enabled": True, "config": {"connection_string": c.urlcred(pick(["postgresql", "mysql", "snowflake"]))}})
    return "structured", {"workspace": {"id": "ws_" + rs(12), "name": cn}, "integrations": ints, "updated_at": ts(), "etag": etag()}

def t_oauth_apps(c, p):
    ks = choose(p, ["secret", "whsec", "pk", "ghs"], 1, 3)
    app = {"id": R.randint(10**5, 10**6), "slug": pick(["crm-sync", "helio-bot", "release-notes"]), "client_id": "Iv1." + rs(16, HEX),
           "client_secret": c.generic("client_secret", rs(40, HEX)) if "secret" in ks else None,
           "webhook_secret": c.generic("webhook_secret", rs(32, B62)) if "whsec" in ks else None,
           "pem": c.tok("private_key", value=pem_private_key().replace("OPENSSH PRIVATE KEY", "RSA PRIVATE KEY")) if "pk" in ks else None,
           "owner": {"login": pick(["northwind", "helio"]), "type": "Organization"}, "permissions": {"contents": "read", "metadata": "read"},
           "oauth_flow_sample": {"state": rs(32, B64URL), "code_challenge": code_challenge(), "code_challenge_method": "S256"}}
    if "ghs" in ks:
        tok = "ghs_" + (lambda e: e + b62enc(zlib.crc32(e.encode())))(rs(30))
        app["installation"] = {"id": R.randint(10**7, 10**8), "access_token": c.tok("github_token", value=tok), "expires_at": ts()}
        if chance(0.5):
            app["installation"]["clone_url"] = f"https://x-access-token:{tok}@github.com/{app['owner']['login']}/{app['slug']}.git"
            c.labels[-1][2] += [f"x-access-token:{tok}", app["installation"]["clone_url"]]
    return "structured", app

def t_audit_log_long(c, p):
    n = R.randint(30, 70)
    ev = []
    for i in range(n):
        ev.append({"id": "evt_" + rs(20), "action": pick(["user.login", "report.export", "deal.update", "contact.view", "apikey.rotate", "file.download"]),
                   "actor": {"type": pick(["user", "service"]), "id": "usr_" + rs(12)}, "ip": f"{R.randint(11,223)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                   "request_id": "req_" + rs(14), "created": ts(), "metadata": {"ua": pick(["Mozilla/5.0", "python-requests/2.32", "okhttp/4.12"]), "result": "success"}})
    if p:
        k = pick(["bearer", "apikey", "actor_email", "card", "glpat", "cookie"])
        e = ev[R.randrange(n)]
        if k == "bearer":
            j = c.tok("jwt", value=jwt_value(person_email()))
            e["metadata"]["request_headers"] = {"Authorization": f"Bearer {j}", "Accept": "application/json"}
        elif k == "apikey":
            e["action"] = "apikey.create"
            e["metadata"]["changes"] = [{"field": "api_key", "old": None, "new": c.generic("api_key", vendor_secret()[1])}]
        elif k == "actor_email":
            e["actor"]["email"] = c.email()
        elif k == "cookie":
            e["metadata"]["request_headers"] = {"Cookie": f"theme=dark; sid={c.generic('sid', session_cookie())}; locale=en-GB"}
        elif k == "card":
            e["metadata"]["payload_excerpt"] = f"card_number={c.card()}&amount=4200"
        else:
            e["metadata"]["request_headers"] = {"PRIVATE-TOKEN": c.tok("gitlab_token", "PRIVATE-TOKEN")}
    else:
        ev[R.randrange(n)]["metadata"]["changes"] = [{"field": "api_key", "old": masked_secret(), "new": masked_secret()}]
    return "structured", {"data": ev, "list_metadata": {"before": None, "after": "evt_" + rs(20)}}

def t_warehouse_columns(c, p):
    ks = choose(p, ["EMAIL", "SSN", "CARD_NUMBER", "IBAN", "PHONE"], 1, 3)
    cols = ["CUSTOMER_ID", "FULL_NAME", "EMAIL", "PHONE", "SSN", "CARD_NUMBER", "IBAN", "CREATED_AT"]
    rows = []
    n = R.randint(3, 8)
    for i in range(n):
        f, l = person()
        h = p and (i == 0 or chance(0.2))
        rows.append([str(R.randint(10**5, 10**6)), f"{f} {l}",
                     c.email(f, l) if h and "EMAIL" in ks else "sha256:" + rs(16, HEX),
                     c.phone() if h and "PHONE" in ks else None,
                     c.ssn(pick([0, 2])) if h and "SSN" in ks else "XXX-XX-" + _d(4),
                     c.card() if h and "CARD_NUMBER" in ks else pick(["************" + _d(4), card_luhn_invalid()]),
                     c.iban(False) if h and "IBAN" in ks else iban_invalid(),
                     ts().replace("T", " ").rstrip("Z")])
    doc = {"resultSetMetaData": {"numRows": n, "format": "jsonv2", "rowType": [{"name": cn_, "type": "text" if cn_ != "CREATED_AT" else "timestamp_ntz", "nullable": True} for cn_ in cols],
           "partitionInfo": [{"rowCount": n}]}, "data": rows, "code": "090001", "statementStatusUrl": f"/api/v2/statements/{uuid4()}?requestId={uuid4()}",
           "requestId": uuid4(), "sqlState": "00000", "statementHandle": uuid4(), "message": "Statement executed successfully."}
    if chance(0.5):
        return "structured", doc
    return "raw-result", raw(doc, indent=pick([None, 2]))

def t_bigquery_rows(c, p):
    ks = choose(p, ["email", "iban", "phone", "ssn"], 1, 3)
    fields = ["user_id", "contact_email", "payout_iban", "mobile", "tax_ssn", "signup_date"]
    rows = []
    n = R.randint(3, 7)
    for i in range(n):
        h = p and (i == n - 1 or chance(0.2))
        vals = [str(R.randint(10**6, 10**7)),
                c.email() if h and "email" in ks else role_email(),
                c.iban(False) if h and "iban" in ks else None,
                c.phone() if h and "phone" in ks else fictional_phone(),
                c.ssn() if h and "ssn" in ks else None,
                date()]
        rows.append({"f": [{"v": v} for v in vals]})
    doc = {"kind": "bigquery#queryResponse", "schema": {"fields": [{"name": f_, "type": "STRING", "mode": "NULLABLE"} for f_ in fields]},
           "jobReference": {"projectId": "helio-analytics", "jobId": "job_" + rs(28, B64URL), "location": "EU"},
           "totalRows": str(n), "rows": rows, "totalBytesProcessed": str(R.randint(10**5, 10**9)), "jobComplete": True, "cacheHit": chance(0.5)}
    return "raw-result", raw(doc, indent=pick([None, 2]))

def t_form_submissions(c, p):
    ks = choose(p, ["ssn", "email", "phone", "card", "pw"], 1, 3)
    style = pick(["typeform", "fa"])
    ans = []
    def a(ref, typ, val):
        if style == "typeform":
            ans.append({"field": {"id": rs(12), "ref": ref, "type": typ}, "type": "text" if typ != "email" else "email", ("text" if typ != "email" else "email"): val})
        else:
            ans.append({"field": ref.replace("_", " ").title() if ref != "ssn" else "SSN", "answer": val})
    f, l = person()
    a("full_name", "short_text", f"{f} {l}")
    a("email", "email", c.email(f, l) if "email" in ks else pick(PLACEHOLDER_EMAILS))
    a("phone_number", "phone_number", c.phone() if "phone" in ks else fictional_phone())
    a("ssn", "short_text", c.ssn(pick([0, 2])) if "ssn" in ks else pick(["n/a", "prefer not to say", itin_value()]))
    if "card" in ks:
        a("card_number", "short_text", c.card())
    if "pw" in ks:
        a("portal_password", "short_text", c.generic("portal_password", password()))
    a("date_of_birth", "date", date().replace("2025", "1979"))
    doc = {"total_items": 1, "page_count": 1, "items": [{"landing_id": rs(32, string.ascii_lowercase + DIG),
           "response_id": rs(32, string.ascii_lowercase + DIG), "submitted_at": ts(), "metadata": {"user_agent": "Mozilla/5.0", "platform": "other", "referer": "https://form.typeform.com/to/" + rs(8)},
           "answers": ans, "hidden": {"utm_source": "newsletter"}}]}
    return "structured", doc

def t_esign_envelope(c, p):
    ks = choose(p, ["email", "phone", "ssn", "iban"], 1, 3)
    signers = []
    for i in range(R.randint(1, 3)):
        f, l = person()
        h = p and i == 0
        s = {"recipientId": str(i + 1), "routingOrder": str(i + 1), "name": f"{f} {l}", "status": pick(["sent", "delivered", "completed"]),
             "email": c.email(f, l) if h and "email" in ks else role_email(),
             "phoneAuthentication": {"recipMayProvideNumber": "false", "senderProvidedNumbers": [c.phone() if h and "phone" in ks else fictional_phone()]},
             "tabs": {"textTabs": [{"tabLabel": "SSN", "value": c.ssn() if h and "ssn" in ks else "", "documentId": "1"},
                                   {"tabLabel": "Bank IBAN", "value": c.iban() if h and "iban" in ks else "", "documentId": "1"},
                                   {"tabLabel": "Employee ID", "value": str(R.randint(10**4, 10**6)), "documentId": "1"}]}}
        signers.append(s)
    doc = {"envelopeId": uuid4(), "status": "sent", "emailSubject": "Please sign: Employment agreement", "sentDateTime": ts(),
           "sender": {"userName": pick(FIRST), "email": role_email()}, "recipients": {"signers": signers, "carbonCopies": [{"email": "hr@" + company()[1], "name": "HR"}]},
           "envelopeUri": f"/envelopes/{uuid4()}"}
    return "structured", doc

def t_twilio_calls_sms(c, p):
    ks = choose(p, ["call", "sms", "auth"], 1, 2)
    sid = "AC" + rs(32, HEX)
    calls = []
    for i in range(R.randint(2, 5)):
        h = p and i == 0 and "call" in ks
        calls.append({"sid": "CA" + rs(32, HEX), "account_sid": sid, "from": c.phone() if h else tollfree_phone(), "to": c.phone() if h and chance(0.5) else fictional_phone(),
                      "status": pick(["completed", "no-answer", "busy"]), "duration": str(R.randint(0, 900)), "direction": "inbound", "date_created": ts(), "price": f"-0.0{R.randint(10,99)}"})
    msgs = [{"sid": "SM" + rs(32, HEX), "from": pick(["+1 833 ", "+1 844 "]) + _d(3) + " " + _d(4), "to": fictional_phone(), "body": f"Your verification code is {_d(6)}. It expires in 10 minutes.", "status": "delivered"}]
    if "sms" in ks:
        msgs.append({"sid": "SM" + rs(32, HEX), "from": c.phone(), "to": fictional_phone(), "body": f"Hi, it's {pick(FIRST)} – my email is {c.email()}", "status": "received"})
    doc = {"calls": calls, "messages": msgs, "account": {"sid": sid, "friendly_name": company()[0]}}
    if "auth" in ks:
        doc["account"]["auth_token"] = c.generic("auth_token", rs(32, HEX))
    return "structured", doc

def t_sms_intl(c, p):
    ks = choose(p, ["a", "b"], 1, 2)
    n = R.randint(3, 6)
    items = []
    for i in range(n):
        h = p and (i < 2 and ("a" if i == 0 else "b") in ks)
        items.append({"id": uuid4(), "direction": pick(["mt", "mo"]), "originator": pick(["Cobalt", "HELIO", "Northwind"]),
                      "recipient": c.phone() if h else pick([fictional_phone(), tollfree_phone()]), "body": pick(["Votre colis arrive demain", "Ihr Termin ist bestätigt", "Tu pedido ha sido enviado", "注文を受け付けました"]),
                      "createdDatetime": ts(), "status": "delivered", "mccmnc": _d(5)})
    return "raw-result", raw({"offset": 0, "limit": 20, "count": n, "totalCount": n + R.randint(0, 200), "items": items}, sc=chance(0.5))

def t_marketing_list(c, p):
    n = R.randint(3, 8)
    mem = []
    hot = set(R.sample(range(n), R.randint(1, 3))) if p else set()
    for i in range(n):
        f, l = person()
        cn, dom = company()
        e = c.email(f, l) if i in hot else pick([role_email(dom), role_email(dom), pick(PLACEHOLDER_EMAILS)])
        mem.append({"id": rs(32, HEX), "email_address": e, "unique_email_id": rs(10, HEX), "status": pick(["subscribed", "unsubscribed", "cleaned"]),
                    "merge_fields": {"FNAME": f, "LNAME": l, "PHONE": c.phone() if i in hot and chance(0.5) else "", "COMPANY": cn},
                    "stats": {"avg_open_rate": round(R.random(), 2), "avg_click_rate": round(R.random() / 3, 2)}, "list_id": rs(10, HEX),
                    "_links": [{"rel": "self", "href": f"https://us{R.randint(1,21)}.api.mailchimp.com/3.0/lists/{rs(10, HEX)}/members/{rs(32, HEX)}", "method": "GET"}]})
    return "raw-result", raw({"members": mem, "list_id": rs(10, HEX), "total_items": n}, indent=pick([None, 2]))

def t_orders_long_array(c, p):
    n = R.randint(40, 80)
    orders = []
    for i in range(n):
        orders.append({"order_number": order_luhn(), "status": pick(["paid", "shipped", "refunded"]), "total": R.randint(100, 99999) / 100, "currency": "EUR",
                       "payment": {"last4": _d(4), "brand": pick(["visa", "mc"])}, "shipping": {"carrier": pick(["UPS", "DHL", "PostNL"]), "tracking": tracking()},
                       "vat_id": vat_id() if chance(0.2) else None, "note": ""})
    if p:
        k = pick(["card", "phone", "email", "iban"])
        o = orders[R.randrange(n)]
        if k == "card":
            o["note"] = f"Customer asked to switch to card {c.card()}"
        elif k == "phone":
            o["note"] = f"Leave with neighbour, call {c.phone()}"
        elif k == "email":
            o["note"] = f"Send invoice copy to {c.email()}"
        else:
            o["note"] = f"Refund by transfer to {c.iban()}"
    return "structured", {"orders": orders, "page": {"size": n, "cursor": cursor()}}

def t_i18n_crm(c, p):
    ks = choose(p, ["email", "phone", "iban", "pw"], 1, 3)
    lang = pick(["de", "es", "fr", "pt", "ja", "nl", "it"])
    K = {"de": ("Kunde", "E-Mail", "Telefon", "IBAN", "Passwort", "Steuernummer"),
         "es": ("cliente", "correo", "teléfono", "IBAN", "contraseña", "NIF"),
         "fr": ("client", "courriel", "téléphone", "IBAN", "mot_de_passe", "SIRET"),
         "pt": ("cliente", "e-mail", "telefone", "IBAN", "senha", "CPF"),
         "ja": ("顧客", "メールアドレス", "電話番号", "IBAN", "パスワード", "法人番号"),
         "nl": ("klant", "e-mailadres", "telefoonnummer", "IBAN", "wachtwoord", "KvK-nummer"),
         "it": ("cliente", "posta_elettronica", "telefono", "IBAN", "password", "codice_fiscale")}[lang]
    f, l = person()
    cn, dom = company()
    rec = {K[1]: c.email(f, l) if "email" in ks else role_email(dom), K[2]: c.phone() if "phone" in ks else tollfree_phone(),
           K[3]: c.iban() if "iban" in ks else iban_invalid(), K[5]: _d(11), "name": f"{f} {l}"}
    if "pw" in ks:
        rec[K[4]] = c.generic(K[4], password())
    else:
        rec[K[4]] = pick(["********", secret_ref()])
    return "structured", {"ok": True, "locale": lang, "daten" if lang == "de" else "data": {K[0]: rec}}

def t_event_deliveries(c, p):
    ks = choose(p, ["email", "phone", "apikey", "card", "xox", "jwt"], 1, 2)
    deliveries = []
    for i in range(R.randint(2, 4)):
        h = p and i == 0
        f, l = person()
        inner = {"id": "evt_" + rs(24), "type": pick(["contact.created", "customer.updated", "form.submitted"]), "created": epoch(),
                 "data": {"object": {"id": "cus_" + rs(14), "name": f"{f} {l}", "email": c.email(f, l) if h and "email" in ks else None,
                                     "phone": c.phone() if h and "phone" in ks else None}}}
        if h and "card" in ks:
            inner["data"]["object"]["raw_card"] = c.card()
        if h and "apikey" in ks:
            inner["data"]["object"]["integration"] = {"api_key": c.generic("api_key", vendor_secret()[1])}
        if h and "xox" in ks:
            inner["data"]["object"]["slack"] = {"bot_token": c.tok("slack_token", "bot_token")}
        deliveries.append({"id": "del_" + rs(16), "endpoint": f"https://api.{company()[1]}/hooks", "attempt": R.randint(1, 3), "response_status": pick([200, 500, 410]),
                           "request_body": json.dumps(inner, ensure_ascii=False), "request_headers": {"Idempotency-Key": uuid4(), "Stripe-Signature": f"t={epoch()},v1={rs(64, HEX)}"}})
    if "jwt" in ks:
        deliveries[0]["request_headers"]["Authorization"] = "Bearer " + c.tok("jwt")
    return "raw-result", raw({"deliveries": deliveries, "has_more": False}, sc=chance(0.5))

def t_env_vars_api(c, p):
    ks = choose_needy(p, ["openai", "anthropic", "google", "gitlab", "db", "webhook", "aws", "stripe", "jwt"], 1, 3)
    envs = [{"key": "NODE_ENV", "value": "production", "type": "plain"},
            {"key": "NEXT_PUBLIC_STRIPE_KEY", "value": "pk_live_" + rs(24), "type": "plain"},
            {"key": "SENTRY_DSN_PUBLIC", "value": f"https://{rs(32, HEX)}@o{_d(6)}.ingest.sentry.io/{_d(7)}", "type": "plain"},
            {"key": "DB_PASSWORD", "value": secret_ref(), "type": "secret-reference"}]
    def add(key, val):
        envs.append({"key": key, "value": val, "type": "plain", "target": ["production"], "id": rs(16)})
    if "openai" in ks: add("OPENAI_API_KEY", c.tok("openai_api_key"))
    if "anthropic" in ks: add("ANTHROPIC_API_KEY", c.tok("anthropic_api_key"))
    if "google" in ks: add("GOOGLE_API_KEY", c.tok("google_api_key"))
    if "gitlab" in ks: add("GITLAB_TOKEN", c.tok("gitlab_token"))
    if "db" in ks: add("DATABASE_URL", c.urlcred())
    if "webhook" in ks: add("ALERTS_WEBHOOK", c.tok("webhook_url"))
    if "stripe" in ks: add("STRIPE_SECRET_KEY", c.tok("stripe_key"))
    if "jwt" in ks: add("SERVICE_JWT", c.tok("jwt"))
    if "aws" in ks:
        a, s = aws_id(), aws_secret()
        add("AWS_ACCESS_KEY_ID", c.lab("aws_access_key_id", a))
        add("AWS_SECRET_ACCESS_KEY", c.lab("aws_secret_access_key", s))
    if not p:
        envs.append({"key": "OPENAI_API_KEY", "value": "${{ secrets.OPENAI_API_KEY }}", "type": "plain"})
    return "structured", {"envs": envs, "pagination": {"count": len(envs), "next": None}}

def t_ai_provider_settings(c, p):
    ks = choose(p, ["anthropic", "openai", "google"], 2, 3)
    prov = [{"provider": "anthropic", "default_model": "claude-sonnet", "api_key": c.tok("anthropic_api_key", "api_key") if "anthropic" in ks else "sk-ant-…" + rs(4)},
            {"provider": "openai", "default_model": "gpt-4o", "api_key": c.tok("openai_api_key", "api_key") if "openai" in ks else "sk-…" + rs(4), "organization": "org-" + rs(24)},
            {"provider": "google", "default_model": "gemini-pro", "api_key": c.tok("google_api_key", "api_key") if "google" in ks else secret_ref()}]
    return "raw-result", raw({"workspace_id": "ws_" + rs(10), "llm_providers": prov, "updated_by": role_email()}, indent=2)

def t_invoice_accounting(c, p):
    ks = choose(p, ["email", "phone", "iban"], 1, 3)
    f, l = person()
    cn, dom = company()
    inv = {"Type": "ACCREC", "InvoiceID": uuid4(), "InvoiceNumber": "INV-" + order_luhn(), "Reference": order_luhn(),
           "Contact": {"ContactID": uuid4(), "Name": cn, "TaxNumber": vat_id(), "EmailAddress": c.email(f, l, dom) if "email" in ks else role_email(dom),
                       "Phones": [{"PhoneType": "DEFAULT", "PhoneNumber": c.phone() if "phone" in ks else tollfree_phone()}, {"PhoneType": "FAX", "PhoneNumber": ""}]},
           "DateString": date() + "T00:00:00", "Status": "AUTHORISED", "LineAmountTypes": "Exclusive",
           "LineItems": [{"Description": pick(["Consulting", "Licences", "Freight"]), "Quantity": R.randint(1, 20), "UnitAmount": R.randint(100, 5000), "AccountCode": str(R.randint(200, 499))}],
           "Total": R.randint(1000, 90000) / 100, "PaymentInstructions": f"Pay to IBAN {c.iban() if 'iban' in ks else iban_invalid()}, BIC {rs(6, UP)}2L, ref {order_luhn()}"}
    return "structured", {"Id": uuid4(), "Status": "OK", "ProviderName": "Ledger Sync", "Invoices": [inv]}

def t_crm_notes_html(c, p):
    ks = choose(p, ["tel", "mailto", "ssn", "card"], 1, 2)
    f, l = person()
    html = f"<p>Call with {f} {l}</p>"
    if "tel" in ks:
        ph = c.phone()
        html += f"<p>Best number: <a href=\"tel:{re.sub(r'[^0-9+]', '', ph)}\">{ph}</a></p>"
    else:
        html += f"<p>Main office: {tollfree_phone()}</p>"
    if "mailto" in ks:
        e = c.email(f, l)
        html += f"<p>Follow-up to &lt;{e}&gt;</p>"
    if "ssn" in ks:
        html += f"<p><em>Verified</em> SSN:&nbsp;{c.ssn()}</p>"
    if "card" in ks:
        html += f"<p>Card for deposit: <span>{c.card()}</span></p>"
    if not p:
        html += f"<p>Example addresses in the form: <code>{pick(PLACEHOLDER_EMAILS)}</code>; order {order_luhn()}</p>"
    eng = {"engagement": {"id": R.randint(10**9, 10**10), "type": "NOTE", "timestamp": epoch() * 1000, "ownerId": R.randint(10**6, 10**8)},
           "associations": {"contactIds": [R.randint(10**6, 10**8)], "dealIds": []}, "metadata": {"body": html}}
    return "raw-result", raw({"results": [eng], "hasMore": False, "offset": R.randint(100, 999)})

def t_kb_article_text(c, p):
    ks = choose(p, ["pk", "jwt", "pw", "webhook"], 1, 2)
    cn, dom = company()
    parts = [f"{cn} Help Center › Integrations › Connecting the reporting API", "",
             f"To connect, create a key under Settings › API and paste it below. Never share keys with {role_email(dom)}.",
             f"Example request (placeholder values):", "  curl -H \"Authorization: Bearer <YOUR_TOKEN>\" https://api." + dom + "/v1/reports", ""]
    if "jwt" in ks:
        parts.append(f"Internal note (do not publish): working token for the demo tenant is Bearer {c.tok('jwt')}")
    if "pw" in ks:
        parts.append(f"Demo tenant login: demo.admin / password: {c.generic('password', password())}")
    if "webhook" in ks:
        parts.append(f"Status notifications are posted to {c.tok('webhook_url')}")
    if "pk" in ks:
        parts += ["Partner SFTP key:", c.tok("private_key")]
    else:
        parts += ["Our public SSH key:", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " deploy-key-2026"]
    parts.append(f"Questions: {pick(PLACEHOLDER_EMAILS)} is only an example; write to {role_email(dom)}.")
    return "text", "\n".join(parts)

def t_file_contents_text(c, p):
    ks = choose(p, ["email", "phone", "ssn", "iban", "card"], 1, 3)
    cn, dom = company()
    out = [f"📄 {pick(['new-hires', 'vendor-bank-details', 'refunds'])}.txt  ({R.randint(1, 40)} KB, modified {date()})", "---"]
    for i in range(R.randint(2, 4)):
        f, l = person()
        h = p and i == 0
        row = [f"{f} {l}", c.email(f, l) if h and "email" in ks else role_email(dom), c.phone() if h and "phone" in ks else fictional_phone()]
        if "ssn" in ks and h:
            row.append("SSN " + c.ssn())
        if "iban" in ks and h:
            row.append("IBAN " + c.iban())
        if "card" in ks and h:
            row.append("card " + c.card())
        if not h:
            row.append("VAT " + vat_id())
        out.append(" ; ".join(row))
    return "raw-result", raw_text("\n".join(out))

from collections import Counter
GLOBAL_COUNTS = Counter()
OPT_TYPE = {"aws": "aws_access_key_id", "url": "url_credentials", "db": "url_credentials", "pw": "generic_secret",
            "openai": "openai_api_key", "anthropic": "anthropic_api_key", "google": "google_api_key", "gitlab": "gitlab_token",
            "webhook": "webhook_url", "stripe": "stripe_key", "xox": "slack_token", "gh": "github_token", "glpat": "gitlab_token",
            "ant": "anthropic_api_key", "mailto": "email", "tel": "phone_number"}

def choose_needy(p, options, lo, hi):
    """Positive documents favour the label types that are rarest so far (keeps every type well represented)."""
    if not p:
        return set()
    n = R.randint(lo, hi)
    opts = sorted(set(options))
    keyed = sorted(opts, key=lambda o: GLOBAL_COUNTS[OPT_TYPE.get(o, o)] + R.random() * 3)
    return set(keyed[:n])

TYPED = ["github_token", "gitlab_token", "slack_token", "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "aws", "url", "private_key", "webhook_url", "stripe_key"]

def t_integration_connections(c, p):
    ks = choose_needy(p, TYPED, 4, 6)
    conns = []
    spec = [("github_token", "GitHub", "personal_access_token"), ("gitlab_token", "GitLab", "access_token"), ("slack_token", "Slack", "bot_token"),
            ("openai_api_key", "OpenAI", "api_key"), ("anthropic_api_key", "Anthropic", "x-api-key"), ("google_api_key", "Google Maps", "key"),
            ("jwt", "Internal API", "service_token"), ("private_key", "SFTP export", "private_key"), ("webhook_url", "Alerts", "incoming_webhook"),
            ("stripe_key", "Stripe", "secret_key")]
    for typ, prov, fname in spec:
        if typ in ks:
            creds = [{"name": fname, "value": c.tok(typ)}, {"name": "scopes", "value": "read"}]
        elif chance(0.5):
            creds = [{"name": fname, "value": pick([masked_secret(), secret_ref(), ""])}]
        else:
            continue
        conns.append({"id": "conn_" + rs(12), "provider": prov, "status": pick(["connected", "error", "paused"]), "credentials": creds, "last_sync": ts()})
    if "aws" in ks:
        a, s = aws_id(), aws_secret()
        conns.append({"id": "conn_" + rs(12), "provider": "Amazon S3", "credentials": [{"name": "access_key_id", "value": c.lab("aws_access_key_id", a)},
                      {"name": "secret_access_key", "value": c.lab("aws_secret_access_key", s)}, {"name": "region", "value": "eu-central-1"}]})
    else:
        conns.append({"id": "conn_" + rs(12), "provider": "Amazon S3", "credentials": [{"name": "role_arn", "value": f"arn:aws:iam::{_d(12)}:role/connector-read"},
                      {"name": "external_id", "value": uuid4()}]})
    if "url" in ks:
        conns.append({"id": "conn_" + rs(12), "provider": "PostgreSQL", "credentials": [{"name": "connection_uri", "value": c.urlcred(pick(["postgres", "postgresql"]))}]})
    return "structured", {"connections": conns, "total": len(conns), "cursor": cursor()}

def t_assistant_chat_history(c, p):
    ks = choose_needy(p, TYPED, 2, 3)
    msgs = [{"role": "system", "content": "You are the support copilot for " + company()[0] + "."},
            {"role": "user", "content": "Can you check why the nightly sync failed?"}]
    for typ in sorted(ks):
        if typ == "aws":
            a, s = c.aws_pair()
            msgs.append({"role": "user", "content": f"here are the creds from the console:\naws_access_key_id = {a}\naws_secret_access_key = {s}"})
        elif typ == "url":
            msgs.append({"role": "user", "content": f"the job connects with {c.urlcred()} if that helps"})
        elif typ == "jwt":
            msgs.append({"role": "tool", "name": "http_get", "content": json.dumps({"status": 401, "request": {"headers": {"Authorization": "Bearer " + c.tok("jwt")}}})})
        else:
            what = {"private_key": "the key file contains", "webhook_url": "it posts to"}.get(typ, "I tried with this token:")
            msgs.append({"role": "user", "content": f"{what} {c.tok(typ)} — still failing"})
        msgs.append({"role": "assistant", "content": "Thanks. Please rotate that credential after we are done; I will not store it."})
    if not p:
        msgs.append({"role": "user", "content": f"the key is the usual one ({masked_secret()}), config uses {secret_ref()}"})
        msgs.append({"role": "assistant", "content": f"Understood. For the docs example use {pick(PLACEHOLDER_EMAILS)} and {test_mode_key()}."})
    doc = {"conversation_id": "conv_" + rs(20), "messages": msgs, "has_more": False}
    if chance(0.5):
        return "structured", doc
    return "raw-result", raw(doc, sc=chance(0.3))

def t_password_vault_items(c, p):
    ks = choose_needy(p, TYPED + ["pw"], 3, 5)
    items = []
    for typ in sorted(ks):
        title = {"github_token": "GitHub – deploy", "gitlab_token": "GitLab CI", "slack_token": "Slack bot", "openai_api_key": "OpenAI billing",
                 "anthropic_api_key": "Anthropic prod", "google_api_key": "Google Maps", "jwt": "Partner API token", "aws": "AWS prod",
                 "url": "Warehouse DSN", "pw": "Vendor portal", "private_key": "SFTP deploy key", "webhook_url": "Ops alerts hook",
                 "stripe_key": "Stripe live"}[typ]
        if typ == "aws":
            a, s = aws_id(), aws_secret()
            fields = [{"id": "username", "type": "STRING", "label": "access key id", "value": c.lab("aws_access_key_id", a)},
                      {"id": "credential", "type": "CONCEALED", "label": "secret access key", "value": c.lab("aws_secret_access_key", s)}]
        elif typ == "url":
            fields = [{"id": "url", "type": "STRING", "label": "connection string", "value": c.urlcred()}]
        elif typ == "pw":
            fields = [{"id": "username", "type": "STRING", "label": "username", "value": ascii_name(pick(FIRST))},
                      {"id": "password", "type": "CONCEALED", "label": "password", "value": c.generic("password", password())}]
        else:
            fields = [{"id": "credential", "type": "CONCEALED", "label": "credential", "value": c.tok(typ)}]
        items.append({"id": rs(26, string.ascii_lowercase + DIG), "title": title, "category": "API_CREDENTIAL" if typ not in ("pw", "url") else "LOGIN",
                      "vault": {"id": rs(26, string.ascii_lowercase + DIG)}, "fields": fields, "updatedAt": ts()})
    if not p or chance(0.5):
        items.append({"id": rs(26, string.ascii_lowercase + DIG), "title": "Stripe (test)", "category": "API_CREDENTIAL",
                      "fields": [{"id": "credential", "type": "CONCEALED", "label": "credential", "value": test_mode_key()}]})
        items.append({"id": rs(26, string.ascii_lowercase + DIG), "title": "Wi-Fi guest", "category": "LOGIN",
                      "fields": [{"id": "password", "type": "CONCEALED", "label": "password", "value": "[concealed]"}]})
    return "structured", {"items": items}

TEMPLATES = [(n[2:], fn) for n, fn in sorted(globals().items()) if n.startswith("t_") and callable(fn)]


# ================================================================ main
N_RECORDS = 450
N_CLEAN = 200

def build():
    names = [n for n, _ in TEMPLATES]
    fns = dict(TEMPLATES)
    counts = {n: N_RECORDS // len(names) for n in names}
    extra = N_RECORDS - sum(counts.values())
    for n in R.sample(names, extra):
        counts[n] += 1
    clean = {n: max(2, round(counts[n] * N_CLEAN / N_RECORDS)) for n in names}
    diff = N_CLEAN - sum(clean.values())
    order = sorted(names)
    i = 0
    while diff != 0:
        n = order[i % len(order)]
        if diff > 0 and counts[n] - clean[n] > 3:
            clean[n] += 1; diff -= 1
        elif diff < 0 and clean[n] > 2:
            clean[n] -= 1; diff += 1
        i += 1
    jobs = []
    for n in names:
        flags = [False] * clean[n] + [True] * (counts[n] - clean[n])
        R.shuffle(flags)
        jobs += [(n, f) for f in flags]
    R.shuffle(jobs)
    recs = []
    for idx, (n, pos) in enumerate(jobs, 1):
        for attempt in range(200):
            c = Ctx()
            wrap, doc = fns[n](c, pos)
            labels = finalize(doc, c.labels)
            if bool(labels) != pos:
                continue
            if unlabelled_hits(doc, labels):
                continue
            break
        else:
            raise RuntimeError("could not generate " + n)
        GLOBAL_COUNTS.update(l["type"] for l in labels)
        recs.append({"id": f"v10-{idx}", "template": n, "split": "holdout-v10", "wrap": wrap, "doc": doc, "labels": labels})
    return recs

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v10.jsonl")
    recs = build()
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    ct = Counter(l["type"] for r in recs for l in r["labels"])
    print(len(recs), "records;", sum(1 for r in recs if not r["labels"]), "clean;", sum(ct.values()), "labels", file=sys.stderr)
    for k, v in sorted(ct.items()):
        print(f"  {k}: {v}", file=sys.stderr)

if __name__ == "__main__":
    main()
