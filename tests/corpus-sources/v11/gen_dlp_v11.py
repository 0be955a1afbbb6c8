#!/usr/bin/env python3
"""Generator for the v11 held-out DLP corpus (reading / browsing / retrieval tool output).

Python 3 stdlib only. One random.Random(seed); no clock, no environment input.
Usage: python3 gen_dlp_v11.py [output_path]   (default: dlp_v11.jsonl next to this file)
"""
import base64, json, os, random, re, string, sys, zlib

SEED = 1104611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_dlp_v11 as CHK  # shared validators (stdlib only); used to re-draw a doc with an accidental unlabelled value

UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG; B64 = AN + "+/"; B64U = AN + "-_"; HEX = "0123456789abcdef"

def rs(alpha, n): return "".join(R.choice(alpha) for _ in range(n))
def ch(seq): return R.choice(seq)

# ------------------------------------------------------------------ people
FIRST = ["Maria", "Jakob", "Aiko", "Oluwaseun", "Priya", "Tomasz", "Ines", "Lars", "Mei", "Rafael", "Sofia", "Kwame",
         "Hannah", "Dmitri", "Leila", "Mateo", "Anneke", "Yusuf", "Camille", "Ravi", "Freya", "Joao", "Nadia", "Elias",
         "Chloe", "Henrik", "Amara", "Kenji", "Zofia", "Marcus", "Ingrid", "Tariq", "Lucia", "Oskar", "Wen", "Beatriz",
         "Patrick", "Sinead", "Andile", "Greta", "Noor", "Vikram", "Elena", "Bram", "Akosua", "Julien", "Hyejin", "Dario"]
LAST = ["Lopez", "Nowak", "Tanaka", "Adeyemi", "Raman", "Kowalczyk", "Ferreira", "Lindqvist", "Chen", "Oliveira",
        "Rossi", "Mensah", "Fischer", "Volkov", "Haddad", "Garcia", "de Vries", "Demir", "Moreau", "Iyer", "Sorensen",
        "Santos", "Petrova", "Novak", "Dubois", "Berg", "Okafor", "Sato", "Wisniewska", "Whitfield", "Halvorsen",
        "Qureshi", "Bianchi", "Eriksson", "Zhang", "Costa", "Byrne", "O'Connell", "Dlamini", "Hoffmann", "Karimi",
        "Menon", "Popescu", "Jansen", "Asante", "Laurent", "Kim", "Esposito"]
PERSONAL_DOM = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de", "gmx.de", "orange.fr", "libero.it",
                "icloud.com", "hotmail.com", "seznam.cz", "wp.pl", "yandex.com", "mail.ru", "t-online.de", "fastmail.com"]
ORGS = [("Northwind Analytics", "northwind-analytics.com"), ("Brightpath", "brightpath.io"), ("Kestrel Labs", "kestrel-labs.eu"),
        ("Tallinn Logistics", "tallinnlogistics.ee"), ("Corvid Systems", "corvid.systems"), ("Halden Bygg", "haldenbygg.no"),
        ("Marisol Clinic", "marisolclinic.es"), ("Quarry Street Books", "quarrystreetbooks.co.uk"), ("Ostrava Metal", "ostravametal.cz"),
        ("Blue Heron Outfitters", "blueheron-outfitters.com"), ("Lumen Dental", "lumendental.com.au"), ("Arcadia Freight", "arcadiafreight.de"),
        ("Pinecone Robotics", "pineconerobotics.ai"), ("Sabi Foods", "sabifoods.ng"), ("Vantor Insurance", "vantor-ins.fr"),
        ("Keel & Compass", "keelcompass.nl"), ("Umbra Games", "umbragames.jp"), ("Riverbend Schools", "riverbend.k12.or.us")]
ROLE_LOCAL = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "press",
              "privacy", "legal", "careers", "help", "abuse", "postmaster", "webmaster", "notifications", "feedback"]
PLACEHOLDER_EMAILS = ["you@example.com", "user@domain.tld", "name@company.com", "your.name@example.com",
                      "jane@example.org", "email@example.com", "first.last@yourcompany.com"]

def person():
    return ch(FIRST), ch(LAST)

def slug(s): return re.sub(r"[^a-z]", "", s.lower())

def email_for(f, l, work=None):
    if work is None: work = R.random() < 0.5
    dom = ch(ORGS)[1] if work else ch(PERSONAL_DOM)
    if R.random() < 0.06: dom = ch(["example.net", "example.org"])  # a person's address in data: labelled anyway
    fs, ls = slug(f), slug(l)
    local = ch([f"{fs}.{ls}", f"{fs[0]}.{ls}", f"{fs}{ls[0]}", f"{fs}_{ls}{R.randint(1,99)}", f"{fs}.{ls}+{ch(['news','work','shop','git'])}",
                f"{ls}.{fs}", f"{fs}{R.randint(70,99)}", f"{fs[0]}{ls}"])
    return f"{local}@{dom}"

def role_email():
    return f"{ch(ROLE_LOCAL)}@{ch(ORGS)[1]}"

# ------------------------------------------------------------------ phones
US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "646", "718", "202", "404", "305", "713", "503", "612", "919"]

def phone():
    """returns (display, [accept candidates])"""
    c = ch(["us", "us", "uk", "de", "fr", "nl", "in", "au", "br", "jp", "es", "it", "pl", "se", "ie", "za"])
    if c == "us":
        a = ch(US_AREAS); ex = str(R.randint(201, 989))
        while ex == "555": ex = str(R.randint(201, 989))
        ln = f"{R.randint(0,9999):04d}"
        f = ch(["({a}) {e}-{l}", "{a}-{e}-{l}", "+1 {a} {e} {l}", "+1-{a}-{e}-{l}", "{a}.{e}.{l}", "+1 ({a}) {e}-{l}"])
        d = f.format(a=a, e=ex, l=ln)
        return d, [d.lstrip("+"), re.sub(r"^\+1[ -]", "", d)]
    if c == "uk":
        n = f"7{R.choice('1234589')}{R.randint(0,99):02d}"
        rest = f"{R.randint(0,999999):06d}"
        if ch([0, 1]): return f"+44 {n} {rest}", ["44 " + f"{n} {rest}", f"{n} {rest}"]
        return f"0{n} {rest}", [f"{n} {rest}"]
    table = {
        "de": ("49", lambda: (f"1{ch(['51','52','57','60','62','70','76'])}", f"{R.randint(1000000,99999999)}")),
        "fr": ("33", lambda: (ch("67"), " ".join(f"{R.randint(0,99):02d}" for _ in range(4)))),
        "nl": ("31", lambda: ("6", f"{R.randint(10000000,99999999)}")),
        "in": ("91", lambda: (f"{R.choice('6789')}{R.randint(1000,9999)}", f"{R.randint(10000,99999)}")),
        "au": ("61", lambda: (f"4{R.randint(0,9)}{R.randint(0,9)}", f"{R.randint(100,999)} {R.randint(100,999)}")),
        "br": ("55", lambda: (f"({ch(['11','21','31','41','51','61'])})", f"9{R.randint(1000,9999)}-{R.randint(1000,9999)}")),
        "jp": ("81", lambda: (ch(["90", "80", "70"]), f"{R.randint(1000,9999)}-{R.randint(1000,9999)}")),
        "es": ("34", lambda: (f"6{R.randint(10,99)}", f"{R.randint(100,999)} {R.randint(100,999)}")),
        "it": ("39", lambda: (f"3{R.randint(20,49)}", f"{R.randint(100,999)} {R.randint(1000,9999)}")),
        "pl": ("48", lambda: (f"{R.choice('5678')}{R.randint(10,99)}", f"{R.randint(100,999)} {R.randint(100,999)}")),
        "se": ("46", lambda: (f"7{R.choice('0236')}", f"{R.randint(100,999)} {R.randint(10,99)} {R.randint(10,99)}")),
        "ie": ("353", lambda: (f"8{R.choice('35679')}", f"{R.randint(100,999)} {R.randint(1000,9999)}")),
        "za": ("27", lambda: (f"{R.choice('678')}{R.randint(1,9)}", f"{R.randint(100,999)} {R.randint(1000,9999)}")),
    }
    cc, g = table[c]
    a, b = g()
    if c == "au" and a == "491": a = "412"
    nat = f"{a} {b}"
    if c in ("fr", "pl", "it", "es") or R.random() < 0.6:
        d = f"+{cc} {nat}"
        return d, [d[1:], nat]
    d = ("0" + nat) if c not in ("it", "es", "br") else nat
    return d, [nat]

FICTIONAL_PHONES = lambda: ch([f"(212) 555-01{R.randint(0,99):02d}", f"+1 415 555 01{R.randint(0,99):02d}",
                               f"07700 900{R.randint(0,999):03d}", f"020 7946 0{R.randint(0,999):03d}", f"0491 570 {R.choice(['006','156','157','158','159','110','313','737','808','910'])}",
                               f"1-800-{R.randint(200,999)}-{R.randint(1000,9999)}", f"+1 888 {R.randint(200,999)} {R.randint(1000,9999)}", f"0800 {R.randint(100,999)} {R.randint(1000,9999)}"])

# ------------------------------------------------------------------ numbers with checksums
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0

def luhn_complete(prefix, length):
    body = prefix + rs(DG, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c): return body + c

def non_luhn(n, first=None):
    while True:
        d = (first or "") + rs(DG, n - len(first or ""))
        if d[0] != "0" and not luhn_ok(d): return d

TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "4012888888881881", "3530111333300000",
              "5200828282828210", "4000000000000002", "2223003122003222", "6011000990139424", "30569309025904"}

def card():
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "visa19"])
    if kind == "visa": d = luhn_complete("4", 16)
    elif kind == "visa19": d = luhn_complete("4", 16)
    elif kind == "mc": d = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == "mc2": d = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif kind == "amex": d = luhn_complete(ch(["34", "37"]), 15)
    elif kind == "disc": d = luhn_complete("6011", 16)
    else: d = luhn_complete(str(R.randint(3528, 3589)), 16)
    if d in TEST_CARDS: return card()
    if len(d) == 15: groups = [d[:4], d[4:10], d[10:]]
    else: groups = [d[i:i+4] for i in range(0, 16, 4)]
    f = ch(["sp", "sp", "plain", "dash"])
    disp = {"sp": " ".join(groups), "plain": d, "dash": "-".join(groups)}[f]
    return disp, d

def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        s = f"{a:03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}"
        if s not in ("078-05-1120", "219-09-9999", "123-45-6789"): return s

IBAN_SPEC = {"DE": "18n", "FR": "10n,11c,2n", "GB": "4a,14n", "ES": "20n", "IT": "1a,10n,12c", "NL": "4a,10n", "BE": "12n",
             "CH": "5n,12c", "AT": "16n", "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "IE": "4a,14n",
             "PT": "21n", "SA": "2n,18c", "AE": "19n", "LT": "16n", "HR": "17n", "RO": "4a,16c", "GR": "7n,16c", "CZ": "20n"}

def iban_check(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - num % 97:02d}"

def iban():
    cc = ch(list(IBAN_SPEC))
    b = ""
    for part in IBAN_SPEC[cc].split(","):
        n, k = int(part[:-1]), part[-1]
        b += rs({"n": DG, "a": UP, "c": UP + DG}[k], n)
    compact = cc + iban_check(cc, b) + b
    if R.random() < 0.55:
        disp = " ".join(compact[i:i+4] for i in range(0, len(compact), 4))
    else:
        disp = compact
    return disp, compact

def bad_iban():
    d, c = iban()
    ck = int(c[2:4]); wrong = f"{(ck + R.randint(1, 9)) % 100:02d}"
    bad = c[:2] + wrong + c[4:]
    return " ".join(bad[i:i+4] for i in range(0, len(bad), 4))

# ------------------------------------------------------------------ tokens
AWS_ALPHA = UP + "234567"
def aws_id(): return ch(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(AWS_ALPHA, 16)
def aws_secret():
    while True:
        s = rs(B64, 40)
        if any(c in s for c in "+/") and any(c.isdigit() for c in s): return s

def b62(n):
    a = DG + UP + LO; o = ""
    while n: n, m = divmod(n, 62); o = a[m] + o
    return o.rjust(6, "0")

def gh_token():
    p = ch(["ghp_", "ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    if p == "github_pat_": return p + rs(AN, 22) + "_" + rs(AN, 59)
    body = rs(AN, 30)
    return p + body + b62(zlib.crc32(body.encode()))

def gl_token():
    p = ch(["glpat-", "glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glimt-", "GR1348941"])
    if p == "glptt-": return p + rs(HEX, 40)
    body = rs(AN + "-_", 20)
    while body[0] in "-_" or body[-1] in "-_": body = rs(AN + "-_", 20)
    return p + body

def slack_token():
    k = ch(["xoxb", "xoxb", "xoxp", "xapp", "xoxe"])
    if k == "xoxb": return f"xoxb-{R.randint(10**10, 10**13)}-{R.randint(10**10, 10**13)}-{rs(AN, 24)}"
    if k == "xoxp": return f"xoxp-{R.randint(10**10, 10**13)}-{R.randint(10**10, 10**13)}-{R.randint(10**10, 10**13)}-{rs(HEX, 32)}"
    if k == "xapp": return f"xapp-1-A{rs(UP + DG, 10)}-{R.randint(10**12, 10**13)}-{rs(HEX, 64)}"
    return ch(["xoxe.xoxp-1-", "xoxe-1-"]) + rs(AN + "-", 140).strip("-") + rs(AN, 2)

def stripe_key():
    p = ch(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_", "sk_live_51"])
    if p == "sk_live_51": return p + rs(AN, 97)
    return p + rs(AN, ch([24, 24, 34, 99]))

def openai_key():
    k = ch(["legacy", "proj", "proj", "svc", "admin"])
    if k == "legacy": return "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20)
    p = {"proj": "sk-proj-", "svc": "sk-svcacct-", "admin": "sk-admin-"}[k]
    return p + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)

def anthropic_key():
    p = ch(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"])
    return p + rs(B64U, 93) + "AA"

def google_key(): return "AIzaSy" + rs(B64U, 33)

def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt():
    alg = ch(["HS256", "RS256", "ES256", "HS512"])
    h = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and R.random() < 0.7: h["kid"] = rs(HEX, 16)
    f, l = person()
    iat = R.randint(1700000000, 1760000000)
    p = ch([{"sub": str(R.randint(10000, 999999)), "email": email_for(f, l), "iat": iat, "exp": iat + 3600},
            {"iss": f"https://auth.{ch(ORGS)[1]}/", "sub": "auth0|" + rs(HEX, 24), "aud": "api", "iat": iat, "exp": iat + 86400, "scope": "read:docs write:docs"},
            {"user_id": R.randint(1, 99999), "role": ch(["editor", "admin", "viewer"]), "iat": iat},
            {"sub": rs(HEX, 8) + "-" + rs(HEX, 4) + "-4" + rs(HEX, 3) + "-" + rs(HEX, 4) + "-" + rs(HEX, 12), "name": f"{f} {l}", "iat": iat, "exp": iat + 900}])
    sig = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    return b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + b64u(json.dumps(p, separators=(",", ":")).encode()) + "." + b64u(bytes(R.randrange(256) for _ in range(sig)))

def rb(n): return bytes(R.randrange(256) for _ in range(n))

def private_key():
    k = ch(["rsa", "pkcs8", "ec", "openssh", "openssh", "pkcs8"])
    if k == "rsa":
        body, head, w = b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00" + rb(590), "RSA PRIVATE KEY", 64
    elif k == "pkcs8":
        body, head, w = b"\x30\x82\x02\x76\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x02\x60" + rb(600), "PRIVATE KEY", 64
    elif k == "ec":
        body, head, w = b"\x30\x77\x02\x01\x01\x04\x20" + rb(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rb(64), "EC PRIVATE KEY", 64
    else:
        body, head, w = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(250), "OPENSSH PRIVATE KEY", 70
    b = base64.b64encode(body).decode()
    lines = [b[i:i+w] for i in range(0, len(b), w)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"

def uuid4():
    return f"{rs(HEX,8)}-{rs(HEX,4)}-4{rs(HEX,3)}-{ch('89ab')}{rs(HEX,3)}-{rs(HEX,12)}"

def webhook():
    k = ch(["slack", "slack", "discord", "discord", "teams", "slackwf", "mattermost"])
    if k == "slack": return f"https://hooks.slack.com/services/T{rs(UP + DG, 8)}/B{rs(UP + DG, ch([8, 10]))}/{rs(AN, 24)}"
    if k == "slackwf": return f"https://hooks.slack.com/workflows/T{rs(UP + DG, 8)}/A{rs(UP + DG, 10)}/{R.randint(10**17, 10**18)}/{rs(AN, 24)}"
    if k == "discord": return f"https://{ch(['discord.com', 'discordapp.com'])}/api/webhooks/{R.randint(10**17, 10**19 - 1)}/{rs(B64U, 68)}"
    if k == "teams":
        org = slug(ch(ORGS)[0])[:12]
        return f"https://{org}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(HEX, 32)}/{uuid4()}"
    return f"https://chat.{ch(ORGS)[1]}/hooks/{rs(LO + DG, 26)}"

PW_ALPHA = AN + "!#%^*-_.~"
def password(url=False):
    if url:
        p = rs(AN + "-_.~", R.randint(12, 24))
        if R.random() < 0.2: p = p[:5] + ch(["%40", "%23", "%21", "%2F"]) + p[5:]
        return p
    k = ch(["rand", "rand", "words", "rand"])
    if k == "words":
        return ch(["Velvet", "Orbit", "Maple", "Cobalt", "Granite", "Tundra", "Saffron", "Quill"]) + ch(["-", "_", "!", "#"]) + ch(["harbor", "Lantern", "ember", "Falcon", "meadow", "Sprocket"]) + str(R.randint(10, 9999)) + ch(["!", "?", "$", ""])
    return rs(PW_ALPHA, R.randint(14, 28))

def generic_secret():
    """(config_key, human_label, value)"""
    k = ch(["dbpw", "client", "sendgrid", "twilio", "datadog", "mailgun", "django", "whsec", "npm", "hf", "smtp", "enc", "cookie", "apikey", "azure"])
    if k == "dbpw": return ch(["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "db_password"]), ch(["Database password", "DB password"]), password()
    if k == "client": return ch(["CLIENT_SECRET", "client_secret", "OAUTH_CLIENT_SECRET"]), "Client secret", rs(AN, ch([32, 40, 48]))
    if k == "azure": return ch(["AZURE_CLIENT_SECRET", "azure_client_secret"]), "Client secret (Entra app)", rs(AN, 3) + "8Q~" + rs(AN + "_-.~", 31)
    if k == "sendgrid": return ch(["SENDGRID_API_KEY", "sendgrid_api_key"]), "SendGrid API key", "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
    if k == "twilio": return ch(["TWILIO_AUTH_TOKEN", "twilio_auth_token"]), "Twilio auth token", rs(HEX, 32)
    if k == "datadog": return ch(["DD_API_KEY", "DATADOG_API_KEY", "datadog_api_key"]), "Datadog API key", rs(HEX, 32)
    if k == "mailgun": return ch(["MAILGUN_API_KEY", "mailgun_api_key"]), "Mailgun API key", "key-" + rs(HEX, 32)
    if k == "django": return ch(["SECRET_KEY", "DJANGO_SECRET_KEY", "secret_key_base"]), "Secret key", rs(LO + DG + "!@#$%^&*(-_=+)", 50).replace("'", "")
    if k == "whsec": return ch(["STRIPE_WEBHOOK_SECRET", "webhook_signing_secret", "WEBHOOK_SECRET"]), "Webhook signing secret", "whsec_" + rs(AN, 32)
    if k == "npm": return ch(["NPM_TOKEN", "npm_token"]), "npm token", "npm_" + rs(AN, 36)
    if k == "hf": return ch(["HF_TOKEN", "HUGGINGFACE_TOKEN"]), "Hugging Face token", "hf_" + rs(UP + LO, 34)
    if k == "smtp": return ch(["SMTP_PASSWORD", "smtp_pass", "MAIL_PASSWORD"]), "SMTP password", password()
    if k == "enc": return ch(["ENCRYPTION_KEY", "APP_KEY", "JWT_SECRET"]), ch(["Encryption key", "JWT signing secret"]), ("base64:" if R.random() < 0.3 else "") + base64.b64encode(rb(32)).decode()
    if k == "cookie": return ch(["session_token", "SESSION_COOKIE", "sessionid"]), "Session cookie", rs(LO + DG, 32)
    return ch(["API_KEY", "api_key", "X_API_KEY", "ALGOLIA_ADMIN_KEY", "MAPBOX_SECRET_TOKEN"]), "API key", rs(AN, 32)

# ------------------------------------------------------------------ hard-negative material
EXAMPLES = {
    "aws_access_key_id": ["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
    "aws_secret_access_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"],
    "stripe_key": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2"],
    "slack_token": ["xoxb-not-a-real-token-this-will-not-work", "xoxp-12345-67890-1928471-abcdefg"],
    "jwt": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    "webhook_url": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}"],
    "iban": ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00"],
    "payment_card": ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "4000 0566 5566 5556"],
}
PLACEHOLDERS = {
    "aws_access_key_id": ["<your-access-key-id>", "AKIA................", "${AWS_ACCESS_KEY_ID}", "YOUR_ACCESS_KEY_ID"],
    "aws_secret_access_key": ["<your-secret-access-key>", "${AWS_SECRET_ACCESS_KEY}", "YOUR_SECRET_ACCESS_KEY", "{{ aws_secret }}"],
    "github_token": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-token>", "${{ secrets.GITHUB_TOKEN }}", "$GITHUB_TOKEN", "github_pat_XXXXXXXX"],
    "gitlab_token": ["glpat-xxxxxxxxxxxxxxxxxxxx", "<your_access_token>", "$CI_JOB_TOKEN", "${GITLAB_TOKEN}"],
    "slack_token": ["xoxb-your-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "${SLACK_BOT_TOKEN}", "<bot token>"],
    "stripe_key": ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_...", "rk_live_•••••••••••••", "${STRIPE_SECRET_KEY}", "YOUR_STRIPE_KEY"],
    "openai_api_key": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXXXXXX", "YOUR_OPENAI_API_KEY", "$OPENAI_API_KEY", "<OPENAI_KEY>"],
    "anthropic_api_key": ["sk-ant-...", "sk-ant-api03-XXXXXXXX", "YOUR_ANTHROPIC_API_KEY", "$ANTHROPIC_API_KEY"],
    "google_api_key": ["YOUR_API_KEY", "AIza...", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "${GOOGLE_MAPS_KEY}"],
    "jwt": ["<JWT>", "eyJhbGciOi...", "$ACCESS_TOKEN", "{token}"],
    "private_key": ["-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----", "<contents of ~/.ssh/id_ed25519>", "${file(\"deploy_key.pem\")}", "-----BEGIN OPENSSH PRIVATE KEY-----\n<redacted>\n-----END OPENSSH PRIVATE KEY-----"],
    "webhook_url": ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<your webhook url>", "${DISCORD_WEBHOOK_URL}", "https://outlook.office.com/webhook/..."],
    "url_credentials": ["postgres://user:password@localhost:5432/mydb", "mysql://USER:PASSWORD@HOST:3306/DB", "redis://:${REDIS_PASSWORD}@redis:6379/0", "mongodb+srv://<username>:<password>@cluster0.mongodb.net/", "amqp://guest:guest@localhost:5672/"],
    "generic_secret": ["changeme", "<your-password>", "${DB_PASSWORD}", "********", "REDACTED", "xxxxxxxx", "${{ secrets.API_KEY }}", "vault:secret/data/app#password", "op://Prod/postgres/password", "{{ .Values.secret }}", "[hidden]"],
    "email": PLACEHOLDER_EMAILS,
    "phone_number": ["+1 (555) 010-0000", "(XXX) XXX-XXXX", "+44 …", "[phone redacted]"],
    "us_ssn": ["XXX-XX-1234", "***-**-6789", "000-00-0000", "[SSN on file]"],
    "payment_card": ["**** **** **** 4417", "•••• 0291", "XXXX-XXXX-XXXX-1188", "ending in 7310"],
    "iban": ["DE** **** **** **** **42 17", "FR76 •••• •••• •••• •••• ••• 19", "IBAN on file"],
}

def masked(v):
    n = ch([4, 6])
    return v[:n] + ch(["*", "•", "x"]) * max(4, min(12, len(v) - n - 4)) + v[-4:] if len(v) > 12 else "****"

def truncated(v):
    return v[:R.randint(len(v) // 4 + 2, len(v) // 2)] + ch(["…", "...", " […]"])

def raw_value(t):
    """a random live value of type t (display form)"""
    return {"aws_access_key_id": aws_id, "aws_secret_access_key": aws_secret, "github_token": gh_token, "gitlab_token": gl_token,
            "slack_token": slack_token, "stripe_key": stripe_key, "openai_api_key": openai_key, "anthropic_api_key": anthropic_key,
            "google_api_key": google_key, "jwt": jwt, "webhook_url": webhook}[t]()

def neg_value(t):
    """an unlabelled value for slot type t: placeholder / vendor example / masked / truncated / reference"""
    opts = ["ph", "ph"]
    if t in EXAMPLES: opts += ["ex", "ex"]
    if t in ("aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key",
             "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "generic_secret"):
        opts += ["mask", "trunc"]
    k = ch(opts)
    if k == "ph": return ch(PLACEHOLDERS[t])
    if k == "ex": return ch(EXAMPLES[t])
    if t == "generic_secret": v = generic_secret()[2]
    else: v = raw_value(t)
    return masked(v) if k == "mask" else truncated(v)

def sha(n=64): return rs(HEX, n)
def version(): return f"{R.randint(0, 14)}.{R.randint(0, 30)}.{R.randint(0, 20)}"
def isbn13():
    while True:
        d = "978" + str(R.randint(0, 1)) + rs(DG, 8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
        d += str((10 - s % 10) % 10)
        if not luhn_ok(d): return f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{d[12]}"
def doi(): return f"10.{R.randint(1000, 9999)}/{ch(['jcss', 'tnnls', 'acs.jcim', 's41586'])}.{R.randint(2015, 2025)}.{R.randint(1000, 99999)}"
def tracking():
    return ch(["1Z" + rs(UP + DG, 16), non_luhn(12), "9400 " + " ".join(rs(DG, 4) for _ in range(4)) + " " + rs(DG, 2), "JD" + rs(DG, 16)])
def order_no(): return ch([f"ORD-{R.randint(100000, 999999)}", f"#{R.randint(10000, 99999)}", f"PO-{R.randint(2023, 2025)}-{R.randint(1000, 9999)}", f"INV/{R.randint(2024, 2025)}/{R.randint(100, 9999):04d}"])
def colour(): return "#" + rs("0123456789abcdef", 6)
def b64img(): return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + base64.b64encode(rb(R.randint(30, 60))).decode()
def integrity(): return "sha512-" + base64.b64encode(rb(64)).decode()
def date(): return f"{R.randint(2021, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
def hdate(): return f"{R.randint(1, 28)} {ch(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} {R.randint(2022, 2025)}"
def pubkey_block():
    b = base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + rb(240)).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i+64] for i in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----"
def cert_block():
    b = base64.b64encode(b"\x30\x82\x03\x1d\x30\x82\x02\x05\xa0\x03\x02\x01\x02" + rb(300)).decode()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b[i:i+64] for i in range(0, len(b), 64)) + "\n-----END CERTIFICATE-----"
def ssh_pub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rb(32)).decode().rstrip("=") + f" {ch(['ci', 'deploy', 'build'])}@{ch(['runner-07', 'bastion', 'build-host'])}"
def mrn(): return f"MRN {R.randint(1000000, 9999999)}"
def vat(): return ch([f"DE{R.randint(100000000, 999999999)}", f"FR{R.randint(10, 99)}{R.randint(100000000, 999999999)}", f"GB{R.randint(100000000, 999999999)}", f"NL{R.randint(100000000, 999999999)}B0{R.randint(1, 9)}"])
def ein(): return f"{R.randint(10, 99)}-{R.randint(1000000, 9999999)}"
def bad_ssn(): return ch([f"666-{R.randint(10, 99)}-{R.randint(1000, 9999)}", f"000-{R.randint(10, 99)}-{R.randint(1000, 9999)}", f"9{R.randint(0, 9)}{R.randint(0, 9)}-{R.choice('789')}{R.randint(0, 9)}-{R.randint(1000, 9999)}", f"{R.randint(100, 899)}-00-{R.randint(1000, 9999)}", "123-45-6789"])
def masked_card(): d = card()[1]; return ch([f"**** **** **** {d[-4:]}", f"{d[:6]}******{d[-4:]}", f"•••• {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}"])

def cut_value():
    """a real-shaped value broken by a line wrap, hyphenation or an ellipsis (unlabelled)"""
    t = ch(["gh", "aws", "card", "iban", "ssn", "stripe", "google", "jwt", "slack", "ant"])
    if t == "gh": v = gh_token(); i = R.randint(8, 20)
    elif t == "aws": v = aws_id(); i = R.randint(6, 14)
    elif t == "card": v = card()[1]; i = ch([6, 8])
    elif t == "iban": v = iban()[1]; i = R.randint(6, 12)
    elif t == "ssn": v = ssn(); i = ch([4, 7])
    elif t == "stripe": v = "sk_live_" + rs(AN, 24); i = R.randint(10, 18)
    elif t == "google": v = google_key(); i = R.randint(10, 20)
    elif t == "jwt":
        v = jwt(); i = v.index(".") + R.randint(5, 12)
    elif t == "slack": v = slack_token(); i = R.randint(8, 14)
    else: v = anthropic_key(); i = R.randint(14, 30)
    sep = ch(["-\n", "\n", "…\n", "- \n"])
    return v[:i] + sep + v[i:]

def noise_line(kind=None):
    k = kind or ch(["sha", "commit", "uuid", "ver", "doi", "isbn", "track", "order", "colour", "integrity", "role", "fict", "date", "cut", "mrn", "vat"])
    return {"sha": lambda: f"SHA-256: {sha()}", "commit": lambda: f"commit {sha(40)}", "uuid": lambda: f"Request ID: {uuid4()}",
            "ver": lambda: f"Version {version()} (build {R.randint(1000, 99999)})", "doi": lambda: f"DOI: {doi()}",
            "isbn": lambda: f"ISBN {isbn13()}", "track": lambda: f"Tracking: {tracking()}", "order": lambda: f"Order {order_no()}",
            "colour": lambda: f"accent colour {colour()}", "integrity": lambda: f"integrity: {integrity()}",
            "role": lambda: f"Questions? Write to {role_email()}", "fict": lambda: f"Call {FICTIONAL_PHONES()}",
            "date": lambda: f"Last updated {hdate()}", "cut": cut_value, "mrn": mrn, "vat": lambda: f"VAT ID {vat()}"}[k]()

# ------------------------------------------------------------------ fields and documents
SECRETS = ["aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key",
           "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
PII = ["email", "phone_number", "us_ssn", "payment_card", "iban"]
ALL = PII + SECRETS
CFG = {"aws_access_key_id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"], "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"],
       "github_token": ["GITHUB_TOKEN", "GH_TOKEN", "github_token", "GITHUB_PAT"], "gitlab_token": ["GITLAB_TOKEN", "GL_TOKEN", "gitlab_private_token", "CI_REGISTRY_TOKEN"],
       "slack_token": ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "slack_token", "SLACK_USER_TOKEN"], "stripe_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripe_secret"],
       "openai_api_key": ["OPENAI_API_KEY", "openai_api_key", "OPENAI_KEY"], "anthropic_api_key": ["ANTHROPIC_API_KEY", "anthropic_api_key", "CLAUDE_API_KEY"],
       "google_api_key": ["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY", "apiKey", "firebase_api_key"], "jwt": ["ACCESS_TOKEN", "access_token", "id_token", "AUTH_TOKEN"],
       "private_key": ["DEPLOY_KEY", "private_key", "SSH_PRIVATE_KEY", "tls_key"], "webhook_url": ["SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK", "TEAMS_WEBHOOK_URL", "webhook_url", "ALERT_WEBHOOK"],
       "url_credentials": ["DATABASE_URL", "REDIS_URL", "MONGO_URI", "BROKER_URL", "SQLALCHEMY_DATABASE_URI"],
       "email": ["ADMIN_EMAIL", "owner_email", "GIT_AUTHOR_EMAIL", "contact"], "phone_number": ["ONCALL_PHONE", "sms_to", "owner_phone"],
       "us_ssn": ["ssn", "SSN"], "payment_card": ["card_number", "pan"], "iban": ["iban", "PAYOUT_IBAN"],
       "generic_secret": ["API_SECRET", "password", "client_secret"]}
HUM = {"aws_access_key_id": ["Access key ID", "AWS access key"], "aws_secret_access_key": ["Secret access key", "AWS secret"],
       "github_token": ["GitHub token", "Personal access token", "PAT"], "gitlab_token": ["GitLab token", "Access token", "Runner token"],
       "slack_token": ["Slack bot token", "Slack token", "App-level token"], "stripe_key": ["Stripe secret key", "Stripe key", "Restricted key"],
       "openai_api_key": ["OpenAI key", "OpenAI API key"], "anthropic_api_key": ["Anthropic API key", "Claude API key"],
       "google_api_key": ["Maps API key", "Google API key", "Firebase key"], "jwt": ["Access token", "Bearer token", "ID token"],
       "private_key": ["Private key", "Deploy key", "SSH key"], "webhook_url": ["Webhook URL", "Incoming webhook", "Alert webhook"],
       "url_credentials": ["Connection string", "Database URL", "DSN"], "email": ["Email", "E-mail", "Contact email", "Work email", "Personal email"],
       "phone_number": ["Phone", "Mobile", "Direct line", "Tel.", "Cell", "Telephone"], "us_ssn": ["SSN", "Social Security Number", "Social Security No."],
       "payment_card": ["Card number", "Credit card", "Card", "PAN"], "iban": ["IBAN", "Bank account (IBAN)", "Account IBAN"],
       "generic_secret": ["Password", "Secret", "API secret"]}
HOSTS = ["db.internal", "pg-prod-2.cluster.local", "10.20.4.17", "mysql.staging.lan", "cluster0.x7kq2.mongodb.net", "redis-master", "rabbit.svc", "ftp.partner-files.net", "ldap.corp.lan"]
SCHEMES = [("postgresql", "5432", "/app"), ("postgres", "5432", "/analytics"), ("mysql", "3306", "/shop"), ("mongodb+srv", "", "/prod?retryWrites=true"),
           ("redis", "6379", "/0"), ("amqps", "5671", "/vhost"), ("https", "", "/repo/simple/"), ("ftp", "21", "/outbound"), ("smtp", "587", ""), ("ldaps", "636", "")]
TYPE_COUNT = {t: 0 for t in ALL}
STYLES_SECRET_KEYS = ("env", "yaml", "json", "toml", "py", "log", "export")

def live_value(t):
    """-> dict(value=label value, disp=text placed in doc, acc=[candidates], key, hum, who)"""
    key, hum = ch(CFG[t]), ch(HUM[t])
    d = {"key": key, "hum": hum, "acc": [], "who": None}
    if t == "email":
        f, l = person(); v = email_for(f, l); d.update(value=v, disp=v, who=f"{f} {l}"); d["acc"] = ["mailto:" + v]
    elif t == "phone_number":
        f, l = person(); v, acc = phone(); d.update(value=v, disp=v, who=f"{f} {l}"); d["acc"] = acc + ["tel:" + v, "tel:" + v.replace(" ", "")]
    elif t == "us_ssn":
        f, l = person(); v = ssn()
        if R.random() < 0.12: v = v.replace("-", " ")
        d.update(value=v, disp=v, who=f"{f} {l}"); d["acc"] = [v.replace("-", "").replace(" ", "")]
    elif t == "payment_card":
        f, l = person(); disp, digits = card(); d.update(value=disp, disp=disp, who=f"{f} {l}"); d["acc"] = [digits] if digits != disp else []
    elif t == "iban":
        f, l = person(); disp, comp = iban(); d.update(value=disp, disp=disp, who=f"{f} {l}"); d["acc"] = [comp] if comp != disp else []
    elif t == "url_credentials":
        sc, port, path = ch(SCHEMES); user = "" if sc == "redis" and R.random() < 0.5 else ch(["app", "svc_report", "admin", "etl", "deploy", slug(ch(FIRST)), "readonly", "ci"])
        pw = password(url=True); host = ch(HOSTS) + (f":{port}" if port and R.random() < 0.7 else "")
        url = f"{sc}://{user}:{pw}@{host}{path}"
        d.update(value=pw, disp=url); d["acc"] = [f"{user}:{pw}", f"{user}:{pw}@", url]
    elif t in ("github_token", "gitlab_token") and R.random() < 0.22:
        tok = gh_token() if t == "github_token" else ("glpat-" + rs(AN, 20))
        user = ch(["x-access-token", "oauth2", "git", slug(ch(FIRST))]) if t == "github_token" else ch(["oauth2", "gitlab-ci-token", slug(ch(FIRST))])
        host = "github.com" if t == "github_token" else ch(["gitlab.com", "gitlab.corp.lan"])
        url = f"https://{user}:{tok}@{host}/{slug(ch(ORGS)[0])}/{ch(['infra', 'api', 'site', 'tools'])}.git"
        d.update(value=tok, disp=url, key=ch(["remote", "url", "REPO_URL"])); d["acc"] = [f"{user}:{tok}", f"{user}:{tok}@", url]
    elif t == "generic_secret":
        k, h, v = generic_secret(); d.update(value=v, disp=v, key=k, hum=h)
    elif t == "private_key":
        v = private_key(); d.update(value=v, disp=v)
    elif t == "jwt":
        v = jwt(); d.update(value=v, disp=v); d["acc"] = ["Bearer " + v]
        if R.random() < 0.35: d.update(disp="Bearer " + v, key="Authorization", hum="Authorization")
    else:
        v = raw_value(t); d.update(value=v, disp=v)
    if t in ("generic_secret", "aws_access_key_id", "aws_secret_access_key") or (t in SECRETS and t not in ("private_key",)):
        k2, v2 = d["key"], d["disp"]
        for kk in dict.fromkeys([k2, k2.upper()]):
            d["acc"] += [f"{kk}={v2}", f"{kk}: {v2}", f"{kk} = {v2}", f'{kk} = "{v2}"', f'{kk}="{v2}"', f'"{kk}": "{v2}"', f"{kk}:{v2}", f"export {kk}={v2}", f'{kk}: "{v2}"']
        d["acc"] += [f"{d['hum']}: {v2}"]
    return d

def neg_disp(t):
    v = neg_value(t)
    return {"key": ch(CFG[t]), "hum": ch(HUM[t]), "disp": v, "who": None}

class Doc:
    def __init__(self, pos, pool, k):
        self.labels = []
        self.live = []
        if pos:
            uniq = list(dict.fromkeys(pool)); jit = [R.random() * 4 for _ in uniq]
            cand = [t for _, _, t in sorted((TYPE_COUNT[t] + j, i, t) for i, (t, j) in enumerate(zip(uniq, jit)))]
            self.live = cand[:min(k, len(cand))]
        negs = [ch(pool) for _ in range(R.randint(1, 3))]
        self.items = [(t, True) for t in self.live] + [(t, False) for t in negs]
        R.shuffle(self.items)
        self.used = [False] * len(self.items)

    def add(self, t, value, acc):
        for L in self.labels:
            if L["type"] == t and L["value"] == value:
                L["accept"] += [a for a in acc if a not in L["accept"]]; return
        self.labels.append({"type": t, "value": value, "accept": list(acc)})

    def val(self, t, live):
        if live:
            d = live_value(t); self.add(t, d["value"], d["acc"]); return d
        return neg_disp(t)

    def take(self, only=None):
        """unrendered items (type, live), optionally restricted to a set of types"""
        out = []
        for i, (t, lv) in enumerate(self.items):
            if not self.used[i] and (only is None or t in only):
                self.used[i] = True; out.append((t, lv))
        return out

    def field(self, t, live, style):
        d = self.val(t, live)
        key, hum, v = d["key"], d["hum"], d["disp"]
        if t == "private_key" and style in ("table", "attr", "data", "leader", "code", "bold", "hl", "csv", "log", "prose", "quote"):
            style = "nextline"
        if style == "env": return f"{key.upper() if '_' in key else key}={v}" if "\n" not in v else f'{key.upper()}="{v}"'
        if style == "export": return f"export {key.upper() if '_' in key else key}={v}" if "\n" not in v else f'export {key.upper()}="{v}"'
        if style == "yaml": return f"{key}: {v}" if "\n" not in v else f"{key}: |\n{v}"
        if style == "json": return f'"{key}": "{v}"' if "\n" not in v else f'"{key}": "{json.dumps(v)[1:-1]}"'
        if style == "toml": return f'{key} = "{v}"' if "\n" not in v else f'{key} = """\n{v}\n"""'
        if style == "py": return f'{key.lower()} = "{v}"' if "\n" not in v else f'{key.lower()} = """{v}"""'
        if style == "log":
            return ch([f"{date()}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z DEBUG config loaded {key}={v}",
                       f"[{ch(['INFO', 'DEBUG', 'WARN'])}] {ch(['worker', 'app', 'sync', 'client'])}: using {key}={v}",
                       f"{ch(['W', 'E', 'I'])}{R.randint(1000, 1231)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{R.randint(100000, 999999)} {key}: {v}"])
        if style == "leader": return f"{hum} {'.' * R.randint(4, 18)} {v}" if R.random() < 0.7 else f"{hum}{' ' * R.randint(3, 14)}{v}"
        if style == "nextline": return f"{hum}:\n{v}"
        if style == "table": return f"| {hum} | {v} |"
        if style == "code": return f"- {hum}: `{v}`"
        if style == "bold": return ch([f"**{hum}:** {v}", f"{hum}: **{v}**", f"*{hum}*: _{v}_", f"__{hum}__ — {v}"])
        if style == "attr":
            typ = "email" if t == "email" else "tel" if t == "phone_number" else "password" if t in SECRETS else "text"
            return f'<input type="{typ}" name="{key}" id="{key.lower()}" value="{v}">'
        if style == "data": return f'<div id="{ch(["app", "widget", "map", "root"])}" data-{key.lower().replace("_", "-")}="{v}"></div>'
        if style == "csv": return v
        if style == "hl": return ch([f"**{v}**", f"<em>{v}</em>", f"<mark>{v}</mark>"])
        if style == "quote": return f"> {hum}: {v}"
        # prose
        who = d.get("who") or ch(FIRST)
        P = {"email": [f"You can reach {who} at {v}.", f"Please send it to [{who}](mailto:{v}) directly.", f"(personal mail is {v} btw)"],
             "phone_number": [f"{who}'s mobile is {v} if anything breaks.", f"Call me on {v} after 6pm.", f"direct line: {v}"],
             "us_ssn": [f"{who}'s SSN as given on the form is {v}.", f"SSN {v} was entered twice."],
             "payment_card": [f"The card that was charged is {v} (exp {R.randint(1, 12):02d}/{R.randint(26, 30)}).", f"use the corporate card {v} for the renewal"],
             "iban": [f"Please wire the deposit to {v}.", f"refund goes to IBAN {v}"]}
        if t in P: return ch(P[t])
        return ch([f"here is the {hum.lower()} we use: `{v}`", f"I set {key} to {v} and it still fails", f"the {hum.lower()} is {v} (rotating it next week)"])

    def lines(self, style, only=None):
        return [self.field(t, lv, style) for t, lv in self.take(only)]

# ------------------------------------------------------------------ prose helpers
WORDS = ("the deployment pipeline began failing after we rotated credentials on the shared runners and nobody noticed for several hours "
         "because alerts were routed to an archived channel; we reviewed access logs, updated the documentation and added a checklist "
         "for every environment so that configuration drift becomes visible during the weekly review meeting with the platform team").split()
def sentence(n=None):
    n = n or R.randint(8, 18); i = R.randint(0, len(WORDS) - n)
    s = " ".join(WORDS[i:i + n]); return s[0].upper() + s[1:] + "."
def para(k=None): return " ".join(sentence() for _ in range(k or R.randint(2, 4)))

def hard_wrap(text, width=None, hyph=True):
    """PDF-like hard wrap with hyphenation (used only on filler prose)"""
    width = width or R.randint(52, 78); out, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > width:
            if hyph and len(w) > 7 and R.random() < 0.5:
                cut = R.randint(3, len(w) - 3); out.append((cur + " " + w[:cut]).strip() + "-"); cur = w[cut:]; continue
            out.append(cur); cur = w
        else: cur = (cur + " " + w).strip()
    out.append(cur); return "\n".join(out)

def two_col(left, right, width=46):
    L, Rr = left.split("\n"), right.split("\n")
    n = max(len(L), len(Rr)); L += [""] * (n - len(L)); Rr += [""] * (n - len(Rr))
    return "\n".join((a.ljust(width) + "   " + b).rstrip() for a, b in zip(L, Rr))

def org(): return ch(ORGS)
def name(): f, l = person(); return f"{f} {l}"
def handle(): return ch(["dev", "ops", "k8s", "data", "night", "blue", "rust", "py"]) + ch(["_", "-", ""]) + slug(ch(FIRST)) + str(R.randint(1, 999))
def url_page(): o = org()[1]; return f"https://{ch(['docs', 'wiki', 'help', 'www', 'community'])}.{o}/{ch(['guides', 'kb', 't', 'articles', 'p'])}/{R.randint(100, 99999)}"

# ------------------------------------------------------------------ templates (each returns ("text", str) or ("struct", dict))
FENCE = {"env": "bash", "export": "bash", "yaml": "yaml", "json": "json", "toml": "toml", "py": "python", "log": "text"}

def wrap_json_lines(ls):
    return "{\n  " + ",\n  ".join(ls) + "\n}" if ls else "{}"

def t_forum_config(D):
    st = ch(["env", "yaml", "json", "toml", "export"])
    body = D.lines(st)
    neg = [D.field(t, False, st) for t in R.sample(SECRETS, 2)]
    cfg = body + neg; R.shuffle(cfg)
    cfgtxt = wrap_json_lines(cfg) if st == "json" else "\n".join(cfg)
    u, u2 = handle(), handle()
    title = ch(["Container exits with 401 right after startup", "Why does my worker ignore the config file?", "Auth fails only in staging — config below",
                "Help: env vars not picked up by docker compose", "Bot stopped posting after upgrade to " + version()])
    return "text", (f"# {title}\n\n[{ch(['Community Forum', 'DevOps Help', 'Self-hosting', 'Q&A'])}](/c/{R.randint(2, 40)}) › {ch(['Troubleshooting', 'Deployment', 'Integrations'])}\n\n"
                    f"**{u}** · {hdate()} · {R.randint(2, 900)} views\n\n{para(2)} Here is my config:\n\n```{FENCE[st]}\n{cfgtxt}\n```\n\n"
                    f"And the error:\n\n```\n{ch(['Error: 401 Unauthorized', 'fatal: Authentication failed', 'invalid_auth', 'AccessDenied: The security token included in the request is invalid'])}\n"
                    f"    at {ch(['Client.request', 'main.run', 'worker.start'])} (node_modules/{ch(['axios', 'got', 'undici'])}/lib/core.js:{R.randint(10, 900)}:{R.randint(2, 40)})\n```\n\n"
                    f"---\n\n**{u2}** replied · {R.randint(1, 12)}h\n\n{ch(['Please never post real keys here; use something like', 'You should rotate those. For next time paste'])} "
                    f"`{ch(PLACEHOLDERS['generic_secret'])}` {ch(['instead.', 'as the value.'])} {para(1)}\n\n{noise_line(ch(['ver', 'commit', 'date']))}\n")

def t_qa_answer(D):
    q = D.lines("py", only=set(SECRETS) - {"private_key"})
    neg = [D.field(t, False, "code") for t in R.sample(["aws_access_key_id", "stripe_key", "openai_api_key"], 2)]
    rest = D.lines("code")
    votes = R.randint(-2, 340)
    return "text", (f"## {ch(['boto3 raises InvalidClientTokenId although keys are correct', 'requests returns 403 with a valid key', 'How to pass API key header in Python?', 'SDK keeps using old credentials'])}\n\n"
                    f"Asked {hdate()} · Modified {hdate()} · Viewed {R.randint(50, 90000)} times\n\n{para(2)}\n\n```python\nimport os\n" + "\n".join(q) +
                    f"\nclient = Client({ch(['api_key', 'token', 'key'])}={ch(['api_key', 'token', 'key'])})\n```\n\n"
                    + "\n".join(rest) + f"\n\n### {votes} Answer{'s' if votes != 1 else ''}\n\n✔ **Accepted** — {para(2)} Keys look like " + " or ".join(neg)
                    + f" in the docs; do not hard-code them.\n\n<sub>{ch(['python', 'amazon-web-services', 'api', 'authentication'])} · share · follow</sub>\n")

def t_issue_page(D):
    logs = D.lines("log", only=set(SECRETS) - {"private_key"})
    rest = D.lines("nextline")
    n = R.randint(120, 9999); o = org()
    return "text", (f"# {ch(['Sync job crashes with TLS error', 'Webhook notifications not delivered', 'CLI prints credentials in debug mode', 'Login loop after SSO change'])} #{n}\n\n"
                    f"**Open** · {handle()} opened this issue {hdate()} · {R.randint(0, 30)} comments\n\nLabels: `bug` `{ch(['needs-triage', 'p2', 'area/auth'])}` · Milestone: v{version()}\n\n"
                    f"### Steps to reproduce\n1. {sentence()}\n2. Run `{ch(['sync', 'deploy', 'app'])} --debug`\n3. {sentence()}\n\n### Logs\n\n```\n"
                    + "\n".join(logs + [f"{date()} INFO request_id={uuid4()} status={ch(['500', '401', '502'])}", f"{date()} INFO build {sha(40)[:12]} ok"]) + "\n```\n\n"
                    + ("\n\n".join(rest) + "\n\n" if rest else "") +
                    f"---\n**{handle()}** (maintainer) commented:\n> {ch(['Thanks — I edited the log to hide the token', 'Could you re-run with redaction on?'])}: `{neg_value(ch(SECRETS[:9]))}`\n\n{noise_line()}\n")

def t_paste_site(D):
    st = ch(["export", "env", "yaml"])
    ls = D.lines(st) + [D.field(ch(SECRETS), False, st)]
    R.shuffle(ls)
    pid = rs(AN, 8)
    return "text", (f"{ch(['PASTEBIN', 'dpaste', 'paste.rs', 'hastebin', 'ghostbin'])} | {ch(['untitled', 'env backup', 'prod.env', 'notes', 'config'])}\n\n"
                    f"Posted by {ch(['a guest', handle()])} on {hdate()} | Syntax: {ch(['Bash', 'YAML', 'None'])} | Expires: {ch(['Never', '1 week', '1 day'])} | Views: {R.randint(3, 4000)}\n"
                    f"[raw](https://paste.example/raw/{pid}) [download](https://paste.example/dl/{pid}) [report](https://paste.example/report/{pid})\n\n"
                    f"```\n# {ch(['old server', 'migrate to new box', 'do not share', 'tmp'])}\n" + "\n".join(ls) + f"\n# checksum {sha(32)}\n```\n\n"
                    f"Public pastes: [{ch(['random', 'list'])}](/archive) · {noise_line('date')}\n")

def t_chat_export(D):
    ch_ = ch(["#platform", "#ops-oncall", "#backend", "#data-eng", "#launch-war-room", "#it-helpdesk"])
    msgs = []
    people = [name() for _ in range(3)]
    for t, lv in D.take():
        msgs.append((ch(people), D.field(t, lv, ch(["prose", "code", "prose"]))))
    for _ in range(R.randint(2, 4)):
        msgs.insert(R.randint(0, len(msgs)), (ch(people), ch([sentence(), f"deployed {sha(40)[:7]} to staging", f"ticket {order_no()} closed", "👍", f"ping {role_email()} if you need access", noise_line("cut")])))
    out = f"# Slack export — {ch_}\n\n_Exported {hdate()} · {len(msgs)} messages_\n\n"
    h = R.randint(8, 17)
    for i, (p, m) in enumerate(msgs):
        out += f"**{p}** — {h + i // 3:02d}:{R.randint(0, 59):02d}\n{m}\n\n"
    return "text", out

def t_wiki_credentials(D):
    hdr = ch(["Secret", "Password / token", "Credential", "Key"])
    rows = []
    for t, lv in D.take(set(SECRETS) - {"private_key"}):
        d = D.val(t, lv)
        rows.append(f"| {ch(['Stripe', 'AWS (billing)', 'GitHub Actions', 'GitLab mirror', 'Postgres', 'Alerting', 'Maps', 'Mail'])} | {ch(['svc', 'admin', 'ci-bot', slug(ch(FIRST))])} | {d['disp']} | {ch(['rotate quarterly', 'owner: platform', 'legacy', ''])} |")
    for _ in range(R.randint(1, 3)):
        rows.append(f"| {ch(['Jira', 'Sentry', 'Grafana', 'Vault'])} | {ch(['admin', 'ops'])} | {neg_value('generic_secret')} | {ch(['see vault', 'SSO only', ''])} |")
    R.shuffle(rows)
    rest = D.lines("nextline")
    return "text", (f"Spaces / {org()[0]} Engineering / Runbooks\n\n# Shared service credentials\n\nCreated by {name()}, last modified on {hdate()}\n\n"
                    f"> ℹ️ {ch(['Move everything to Vault by Q3.', 'Do not copy these into tickets.', 'Ask in #security before adding rows.'])}\n\n"
                    f"| Service | Username | {hdr} | Notes |\n|---|---|---|---|\n" + "\n".join(rows) + "\n\n" + ("\n\n".join(rest) + "\n\n" if rest else "")
                    + f"Page {R.randint(1, 3)} of {R.randint(3, 5)} · {R.randint(1, 40)} likes · Labels: runbook, credentials\n")

def t_readme(D):
    st = ch(["env", "yaml", "export"])
    ex = D.lines(st)
    ph = [D.field(t, False, st) for t in R.sample(SECRETS, 3)]
    repo = f"{slug(org()[0])}/{ch(['api-gateway', 'mailer', 'dash', 'ingest', 'bot'])}"
    return "text", (f"# {repo.split('/')[1]}\n\n[![build](https://img.shields.io/github/actions/workflow/status/{repo}/ci.yml)](https://github.com/{repo}/actions) "
                    f"![version](https://img.shields.io/badge/version-{version()}-{colour()[1:]})\n\n{para(2)}\n\n## Install\n\n```bash\nnpm install {repo.split('/')[1]}@{version()}\n```\n\n"
                    f"## Configuration\n\nCopy `.env.example` to `.env` and fill in:\n\n```{FENCE[st]}\n" + "\n".join(ph) + "\n```\n\n"
                    + (f"Our staging `.env` for reference:\n\n```{FENCE[st]}\n" + "\n".join(ex) + "\n```\n\n" if ex else "")
                    + f"## License\n\nMIT © {R.randint(2019, 2025)} {org()[0]} · report vulnerabilities to {('security@' + org()[1])}\n")

def t_api_docs(D):
    o = org(); pieces = []
    for t, lv in D.take():
        d = D.val(t, lv)
        if t == "stripe_key" and lv and d["disp"].startswith(("sk_test_", "rk_test_")):
            pieces.append(f"A sample test API key is included below, already filled in with your test secret key:\n\n```bash\ncurl https://api.stripe.com/v1/charges \\\n  -u {d['disp']}:\n```")
        elif t == "jwt" or (t in SECRETS and "\n" not in d["disp"] and R.random() < 0.5):
            pieces.append(f"```bash\ncurl -H \"Authorization: Bearer {d['disp'].replace('Bearer ', '')}\" https://api.{o[1]}/v2/items\n```" if t in ("jwt", "openai_api_key", "anthropic_api_key", "github_token", "slack_token") else f"```bash\nexport {d['key'].upper()}={d['disp']}\n```")
        else:
            pieces.append(f"{d['hum']}: `{d['disp']}`" if "\n" not in d["disp"] else f"```\n{d['disp']}\n```")
    ex_t = ch(["stripe_key", "aws_access_key_id", "slack_token", "jwt"])
    return "text", (f"# Authentication\n\n[API reference](https://docs.{o[1]}/api) › Authentication\n\n{para(2)}\n\n"
                    f"Authenticate by sending your key in the header. Example key (not valid): `{ch(EXAMPLES[ex_t])}`\n\n"
                    f"| Header | Value |\n|---|---|\n| Authorization | `Bearer YOUR_API_KEY` |\n| Content-Type | `application/json` |\n\n" + "\n\n".join(pieces) +
                    f"\n\n> **Note** Keys are shown once. Treat them like passwords.\n\nWas this page helpful? · Edit on GitHub · Last updated {hdate()}\n")

def t_incident_blog(D):
    o = org(); tl = []
    for t, lv in D.take():
        d = D.val(t, lv)
        tl.append(f"| {R.randint(0, 23):02d}:{R.randint(0, 59):02d} UTC | {ch(['Automated scanner flagged', 'Attacker used', 'We found', 'Public commit exposed'])} {d['hum'].lower()} `{d['disp']}` |" if "\n" not in d["disp"]
                  else f"| {R.randint(0, 23):02d}:{R.randint(0, 59):02d} UTC | Key committed to a public repo:<br>\n```\n{d['disp']}\n```\n|")
    tl.append(f"| {R.randint(0, 23):02d}:{R.randint(0, 59):02d} UTC | Key rotated; old value `{masked(aws_id())}` revoked |")
    return "text", (f"# {ch(['Post-incident review: a leaked key and 9 hours of crypto mining', 'What we learned from exposing a token in CI logs', 'Anatomy of a credential leak'])}\n\n"
                    f"*By {name()} · {hdate()} · {R.randint(4, 14)} min read*\n\n{para(3)}\n\n## Timeline\n\n| Time | Event |\n|---|---|\n" + "\n".join(tl) +
                    f"\n\n## What went wrong\n\n{para(3)} A GitHub token starts with `ghp_` followed by 36 characters, so a scanner should have caught "
                    f"`{truncated(gh_token())}` early.\n\nMedia enquiries: press@{o[1]}\n")

def t_format_tutorial(D):
    comments = []
    for t, lv in D.take():
        d = D.val(t, lv)
        comments.append(f"**{handle()}** · {R.randint(1, 11)} months ago\n{ch(['Is this one valid? I found it in our repo:', 'my key still leaks, e.g.', 'test against this, should match:'])} "
                        + (f"`{d['disp']}`" if "\n" not in d["disp"] else "\n```\n" + d["disp"] + "\n```"))
    return "text", (f"# Recognising secret formats with regular expressions\n\n{para(2)}\n\n| Vendor | Prefix | Shape |\n|---|---|---|\n"
                    "| GitHub | `ghp_`, `gho_`, `ghs_` | prefix + 36 base62 characters (last 6 are a CRC32 checksum) |\n"
                    "| GitLab | `glpat-` | prefix + 20 characters |\n| Slack | `xoxb-`, `xoxp-` | dash-separated numeric ids + secret |\n"
                    "| AWS | `AKIA`, `ASIA` | 20 upper-case characters; secret is 40 characters |\n| Stripe | `sk_live_`, `rk_live_` | prefix + 24 or more characters |\n\n"
                    "```python\nimport re\nGITHUB = re.compile(r\"gh[pousr]_[A-Za-z0-9]{36}\")\nAWS_ID = re.compile(r\"(AKIA|ASIA)[A-Z2-7]{16}\")\n"
                    f"assert AWS_ID.match(\"{EXAMPLES['aws_access_key_id'][0]}\")\n```\n\n"
                    f"Checksums are easy to confuse with secrets: `{sha(40)}` is a commit SHA and `{sha()}` a SHA-256 digest. "
                    f"Example placeholder: `{ch(PLACEHOLDERS['github_token'])}`.\n\n## Comments ({len(comments)})\n\n" + "\n\n".join(comments) + "\n")

def t_changelog(D):
    items = []
    for t, lv in D.take():
        d = D.val(t, lv)
        if t == "email": items.append(f"- Thanks to {d['who']} <{d['disp']}> for the report")
        else: items.append(f"- Fixed {ch(['debug output', 'error page', 'crash report'])} leaking {d['hum'].lower()} (example from the report: " + (f"`{d['disp']}`)" if "\n" not in d["disp"] else f"\n```\n{d['disp']}\n```\n)"))
    pkg = ch(["web", "cli", "sdk", "api"])
    return "text", (f"# Releases\n\n## {pkg}@{version()} — {date()}\n\n" + "\n".join(items + [f"- Bump dependency to {version()} ([#{R.randint(100, 9999)}](https://github.com/{slug(org()[0])}/{pkg}/pull/{R.randint(100, 9999)}))",
                    f"- {sentence()} ({sha(40)[:7]})"]) + f"\n\n**Full changelog**: `{pkg}@{version()}...{pkg}@{version()}`\n\n## {pkg}@{version()}\n\n- {sentence()}\n- Release tag `{pkg}@{version()}`, digest `sha256:{sha()}`\n")

def t_contact_page(D):
    o = org(); staff = []
    for t, lv in D.take():
        d = D.val(t, lv)
        if t == "email": staff.append(f"### {d['who']}\n{ch(['Head of Partnerships', 'Site Lead', 'Account Manager', 'Office Manager'])}\n✉ [{d['disp']}](mailto:{d['disp']})")
        else: staff.append(f"### {d['who'] or name()}\n{ch(['Facilities', 'Regional Sales', 'Claims Handler'])}\n☎ {d['hum']}: {d['disp']}")
    return "text", (f"# Contact {o[0]}\n\n[Home](/) › Contact\n\n## General enquiries\n\n- Email: [{('info@' + o[1])}](mailto:info@{o[1]})\n- Support: support@{o[1]}\n- Press: press@{o[1]}\n"
                    f"- Free phone: {ch(['1-800-', '0800 ', '1800 '])}{R.randint(200, 999)} {R.randint(1000, 9999)}\n- Example number from our brochure: {FICTIONAL_PHONES()}\n\n"
                    f"## Our team\n\n" + "\n\n".join(staff) + f"\n\n---\n© {R.randint(2020, 2025)} {o[0]} · {R.randint(1, 999)} {ch(['Harbour Road', 'Mill Lane', 'Rue de la Gare'])} · VAT {vat()}\n")

def pdf_page(body, page, total, hdr):
    return f"{hdr}\n\n{body}\n\n{ch(['Page', 'Seite', 'p.'])} {page} {ch(['of', '/'])} {total}\n\f"

def t_pdf_invoice(D):
    o, cust = org(), org()
    inv = f"INV-{R.randint(2024, 2025)}-{R.randint(1000, 99999)}"
    pay = D.lines(ch(["leader", "nextline", "bold"]), only={"iban", "payment_card"})
    cont = D.lines("leader")
    items = "\n".join(f"{R.randint(1, 40):>3}  {ch(['Consulting hours', 'Licence renewal', 'Support plan', 'Hardware'])} {'.' * 10} {R.randint(100, 9999)},{R.randint(0, 99):02d} EUR" for _ in range(R.randint(2, 5)))
    p1 = (f"{o[0].upper()}\n{R.randint(1, 200)} {ch(['Industrieweg', 'Harbour St', 'Via Roma'])}\nVAT ID {vat()}\n\nINVOICE {inv}\nDate: {date()}    Due: {date()}\n"
          f"Bill to: {cust[0]}\nYour reference: {order_no()}\n\nQty  Description\n{items}\n\nTotal due .......... {R.randint(1000, 99999)},{R.randint(0, 99):02d} EUR\n")
    p2 = hard_wrap(para(2)) + "\n\nPayment details\n" + "\n".join(pay + [f"BIC ......... {rs(UP, 4)}{ch(['DE', 'FR', 'NL'])}{rs(UP + DG, 2)}", f"Do not pay to: {bad_iban()} (old account, closed)"]) + "\n\nContact\n" + "\n".join(cont + [f"Accounts ........ billing@{o[1]}"])
    return "text", pdf_page(p1, 1, 2, f"{o[0]} — Invoice {inv}") + pdf_page(p2, 2, 2, f"{o[0]} — Invoice {inv}")

def t_pdf_form(D):
    f = ch(["New Hire Onboarding Form", "Direct Deposit Authorization", "Tenant Application", "Vendor Registration Form", "Benefits Enrollment"])
    ls = [f"Full name {'.' * R.randint(6, 20)} {name()}", f"Date of birth {'.' * R.randint(4, 12)} {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(1960, 2003)}",
          f"Employee ID {'.' * 8} E{R.randint(10000, 99999)}"] + D.lines("leader") + [f"Tax ID (EIN) ......... {ein()}", f"Previous SSN (if changed) ....... {ch(PLACEHOLDERS['us_ssn'])}"]
    R.shuffle(ls)
    return "text", (f"{f.upper()}\nForm {rs(UP, 2)}-{R.randint(10, 99)} (rev. {R.randint(1, 12)}/{R.randint(2019, 2024)})\n\nSECTION A — PERSONAL INFORMATION\n\n" + "\n".join(ls)
                    + f"\n\nSECTION B — DECLARATION\n{hard_wrap(para(2))}\n\nSignature: ______________________   Date: {date()}\n\nPage 1 of 1      {org()[0]} HR · confidential\n")

def t_pdf_two_col(D):
    left = hard_wrap(para(4), width=44)
    r = D.lines(ch(["nextline", "leader", "bold"]))
    right = "CONTACT\n" + "\n".join(r + [f"Office: {FICTIONAL_PHONES()}", f"General: info@{org()[1]}"]) + "\n\nREFERENCES\n" + f"{doi()}\nISBN {isbn13()}"
    return "text", (f"{ch(['ANNUAL REPORT', 'CURRICULUM VITAE', 'SPEAKER BIO', 'PROJECT PROPOSAL'])} {R.randint(2022, 2025)}\n\n" + two_col(left, right)
                    + f"\n\n— {R.randint(2, 40)} —\n")

def t_pdf_bank_letter(D):
    o = ch(["Nordbank AG", "Banque Solvay", "Cassa Lombarda", "Iberia Credit", "First Harbor Bank"])
    ls = D.lines(ch(["leader", "nextline"]))
    return "text", (f"{o}\n{ch(['Customer Service Centre', 'Private Banking', 'Business Accounts'])}\n\n{hdate()}\n\n{name()}\n{R.randint(1, 300)} {ch(['Lindenstraße', 'Rue Victor Hugo', 'Calle Mayor'])}\n\n"
                    f"Subject: Confirmation of account details\n\n{hard_wrap(para(3))}\n\n" + "\n".join(ls + [f"SWIFT/BIC ....... {rs(UP, 6)}{rs(UP + DG, 2)}", f"Account opened .. {date()}",
                    f"Reference ....... {rs(UP + DG, 12)}"]) + f"\n\n{hard_wrap(para(2))}\n\nYours sincerely,\n{name()}\nRelationship Manager\n\n"
                    f"{o} · Registered office {ch(['Frankfurt', 'Brussels', 'Milano', 'Madrid'])} · {vat()} · Page 1/1\n")

def t_pdf_contract(D):
    cls = []
    for t, lv in D.take():
        d = D.val(t, lv)
        cls.append({"iban": f"Payments shall be made to the account IBAN {d['disp']} held by the Contractor.",
                    "email": f"Notices to the Contractor shall be sent by e-mail to {d['disp']}.",
                    "phone_number": f"Emergency contact for the Contractor: {d['disp']}.",
                    "us_ssn": f"Contractor taxpayer identification (SSN): {d['disp']}.",
                    "payment_card": f"Deposit guaranteed by card {d['disp']}."}[t])
    body = ""
    for i, c in enumerate(cls + [f"The parties agree that {cut_value()} shall not be disclosed.", sentence()], 1):
        body += f"{i + 3}. {hard_wrap(para(1), width=70)}\n   {c}\n\n"
    return "text", (f"SERVICE AGREEMENT\nbetween {org()[0]} (\"Client\") and {name()} (\"Contractor\")\n\n1. {hard_wrap(para(2))}\n\n" + body +
                    f"Signed in {ch(['Dublin', 'Lisbon', 'Austin', 'Kraków'])} on {hdate()}\n\n[Page {R.randint(2, 9)}]  CONFIDENTIAL — {sha(8).upper()}\n")

def t_xlsx_table(D):
    cols = [t for t, lv in D.items]
    seen = []
    for t in cols:
        if t not in seen: seen.append(t)
    liveset = {t for t, lv in D.take() if lv}
    hdr = ["Name"] + [HUM[t][0] for t in seen] + ["Start date"]
    rows = []
    for _ in range(R.randint(2, 4)):
        row = [name()]
        for t in seen:
            row.append(D.val(t, True)["disp"] if t in liveset else neg_value(t))
        row.append(date()); rows.append(row)
    return "text", (f"Sheet: {ch(['Contractors', 'Payroll Q3', 'Volunteers', 'Refunds', 'Alumni'])} ({len(rows)} rows × {len(hdr)} cols)\n\n| " + " | ".join(hdr) + " |\n|"
                    + "---|" * len(hdr) + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows) + f"\n\nSource: {ch(['team.xlsx', 'export_final.xlsx', 'Book1.xlsx'])} · Sheet 1 of {R.randint(1, 4)}\n")

def t_csv_sheet(D):
    seen = []
    for t, lv in D.items:
        if t not in seen: seen.append(t)
    liveset = {t for t, lv in D.take() if lv}
    hdr = ["id", "customer"] + [CFG[t][0].lower() for t in seen] + ["amount", "tracking"]
    rows = []
    for i in range(R.randint(2, 5)):
        r = [str(R.randint(1000, 9999)), name().replace(",", "")]
        for t in seen:
            r.append(D.val(t, True)["disp"] if (t in liveset and (i == 0 or R.random() < 0.4)) else neg_value(t).replace(",", " "))
        r += [f"{R.randint(5, 900)}.{R.randint(0, 99):02d}", tracking()]
        rows.append(",".join(r))
    return "text", f"# {ch(['refunds_2025.csv', 'signups.csv', 'payouts.csv'])} (first {len(rows)} rows)\n\n" + ",".join(hdr) + "\n" + "\n".join(rows) + "\n"

def t_slides(D):
    out = f"# {ch(['Q3 Platform Migration', 'Go-live readiness', 'Vendor onboarding', 'Disaster recovery drill'])}\n\n"
    items = D.take()
    n = 1
    for t, lv in items:
        d = D.val(t, lv)
        out += f"## Slide {n}: {ch(['Cut-over checklist', 'Access', 'Contacts', 'Open items', 'Environments'])}\n- {sentence(8)}\n- {d['hum']}: " + (d["disp"] if "\n" not in d["disp"] else "\n```\n" + d["disp"] + "\n```") + f"\n- Owner: {name()}\n\n"
        n += 1
    out += f"## Slide {n}: Questions?\n- {role_email()}\n- {FICTIONAL_PHONES()}\n\n_Speaker notes: {sentence()}_\n"
    return "text", out

def t_meeting_notes(D):
    acts = []
    for t, lv in D.take():
        d = D.val(t, lv)
        acts.append(f"☐ {name().split()[0]} to {ch(['share', 'rotate', 'update', 'send'])} the {d['hum'].lower()} — " + (d["disp"] if "\n" not in d["disp"] else "\n" + d["disp"]))
    return "text", (f"Meeting notes — {ch(['Weekly sync', 'Launch prep', 'Vendor call', 'Retro'])}\n{hdate()} · {R.randint(9, 17)}:00–{R.randint(9, 17)}:30\n\nAttendees: {name()}, {name()}, {name()}\n\n"
                    f"Agenda\n1. {sentence(6)}\n2. {sentence(7)}\n\nNotes\n{hard_wrap(para(2), hyph=False)}\n\nAction items\n" + "\n".join(acts + [f"☐ file ticket {order_no()}"]) + "\n")

def snippet_around(frag):
    a = " ".join(R.sample(WORDS, R.randint(3, 7))); b = " ".join(R.sample(WORDS, R.randint(3, 7)))
    return f"…{a} {frag} {b}…"

def t_search_md(D):
    res = []
    for t, lv in D.take():
        d = D.val(t, lv)
        frag = d["disp"] if "\n" not in d["disp"] else d["disp"]
        res.append((f"{ch(['config.yml', '.env', 'settings.py', 'docker-compose.yml', 'notes.md'])} · {slug(org()[0])}/{ch(['infra', 'app', 'scripts'])}", f"https://github.com/{slug(org()[0])}/{ch(['infra', 'app'])}/blob/{sha(40)}/{ch(['config.yml', '.env'])}",
                    snippet_around(f"{d['key']}: " + D_hl(frag))))
    for _ in range(R.randint(2, 4)):
        res.append((f"{ch(['How to rotate API keys', 'Managing secrets', 'Token formats', 'Best practices'])} - {org()[0]} Docs", url_page(), snippet_around(ch([f"**{ch(PLACEHOLDERS['stripe_key'])}**", f"use `{ch(EXAMPLES['aws_access_key_id'])}`", noise_line("cut"), f"**{truncated(gh_token())}**"]))))
    R.shuffle(res)
    q = ch(["api key leaked", "AKIA site:github.com", "xoxb token config", "DATABASE_URL password", "contact email"])
    return "text", f"Search results for \"{q}\" (about {R.randint(10, 90000):,} results)\n\n" + "\n\n".join(f"{i}. **{a}**\n   {b}\n   {c}" for i, (a, b, c) in enumerate(res, 1)) + "\n"

def D_hl(v):
    if "\n" in v: return "\n" + v + "\n"
    return ch([f"**{v}**", f"<em>{v}</em>", v])

def t_search_json(D):
    hits = []
    for t, lv in D.take():
        d = D.val(t, lv)
        hits.append({"title": f"{ch(['Deploy notes', 'prod.env', 'Runbook', 'Team directory'])} — {org()[0]}", "url": url_page(),
                     "snippet": snippet_around(f"{d['hum']} <em>{d['disp']}</em>" if R.random() < 0.6 else f"{d['key']}={d['disp']}"), "rank": 0})
    for _ in range(R.randint(2, 4)):
        hits.append({"title": f"{ch(['Token formats', 'Webhooks', 'API keys'])} | {org()[0]} Help", "url": url_page(),
                     "snippet": snippet_around(ch([f"<em>{ch(PLACEHOLDERS['webhook_url'])}</em>", f"<em>{ch(EXAMPLES['stripe_key'])}</em>", f"id {uuid4()}", noise_line()])), "rank": 0})
    R.shuffle(hits)
    for i, h in enumerate(hits, 1): h["rank"] = i
    return "struct", {"query": ch(["webhook url", "secret key", "phone number of", "iban refund", "token"]), "engine": ch(["brave", "internal-kb", "bing"]), "results": hits, "took_ms": R.randint(20, 900)}

def t_rag_chunks(D):
    chunks = []
    for t, lv in D.take():
        d = D.val(t, lv)
        body = hard_wrap(para(1), hyph=False) + "\n" + D.field_from(d, t, ch(["leader", "nextline", "code", "bold", "env", "table"])) + "\n" + sentence()
        chunks.append(body)
    for _ in range(R.randint(1, 3)): chunks.append(hard_wrap(para(2)) + "\n" + noise_line())
    R.shuffle(chunks)
    if R.random() < 0.5:
        return "struct", {"query": ch(["how do I access staging", "vendor bank details", "who is on call", "api credentials"]), "top_k": len(chunks),
                          "chunks": [{"rank": i, "source": f"{ch(['runbooks/', 'hr/', 'finance/'])}{ch(['onboarding', 'vendor-setup', 'oncall'])}.{ch(['pdf', 'docx', 'md'])}",
                                      "page": R.randint(1, 60), "score": round(R.uniform(0.5, 0.97), 3), "text": c} for i, c in enumerate(chunks, 1)]}
    out = ""
    for i, c in enumerate(chunks, 1):
        out += f"[{i}] source: {ch(['runbooks/', 'hr/', 'finance/', 'eng-wiki/'])}{ch(['onboarding', 'vendor-setup', 'oncall', 'migration'])}.{ch(['pdf', 'docx', 'md'])} | page: {R.randint(1, 60)} | score: {R.uniform(0.5, 0.97):.3f}\n{c}\n\n"
    return "text", out

def field_from(self, d, t, style):
    key, hum, v = d["key"], d["hum"], d["disp"]
    if "\n" in v or style == "nextline": return f"{hum}:\n{v}"
    return {"leader": f"{hum} {'.' * R.randint(3, 12)} {v}", "code": f"{hum}: `{v}`", "bold": f"**{hum}**: {v}", "env": f"{key}={v}", "table": f"| {hum} | {v} |"}[style]
Doc.field_from = field_from

def t_kb_struct(D):
    arts = []
    for t, lv in D.take():
        d = D.val(t, lv)
        arts.append({"id": f"KB{R.randint(1000, 99999)}", "title": ch(["Setting up the alert bot", "Vendor payment details", "On-call contacts", "Staging access", "Mobile app config"]),
                     "excerpt": f"{sentence()} {d['hum']}: {d['disp']} {sentence(6)}", "score": round(R.uniform(0.4, 0.99), 3), "updated": date(), "author": name()})
    for _ in range(R.randint(1, 3)):
        arts.append({"id": f"KB{R.randint(1000, 99999)}", "title": ch(["Password policy", "How to request access", "Token formats"]),
                     "excerpt": f"{sentence()} e.g. {ch(['`' + ch(PLACEHOLDERS['generic_secret']) + '`', EXAMPLES['aws_secret_access_key'][0], masked(slack_token())])}", "score": round(R.uniform(0.2, 0.6), 3), "updated": date(), "author": name()})
    R.shuffle(arts)
    return "struct", {"kb": ch(["Confluence", "Notion", "Guru", "Zendesk Guide"]), "query": ch(["bot token", "bank details", "phone", "staging"]), "total": len(arts), "articles": arts}

def t_email_quoted(D):
    a, b = name(), name()
    items = D.take()
    half = len(items) // 2
    inner = [D.field(t, lv, ch(["prose", "bold", "leader"])) for t, lv in items[:half]]
    outer = [D.field(t, lv, ch(["prose", "nextline"])) for t, lv in items[half:]]
    sig_phone = FICTIONAL_PHONES()
    return "text", (f"From: {a}\nTo: {b}\nSubject: Re: Re: {ch(['bank details for the refund', 'access for the new contractor', 'urgent - payment failed', 'your application'])}\nDate: {hdate()}\n\n"
                    + "\n".join(outer) + f"\n\n{sentence()}\n\n{a.split()[0]}\n\nOn {hdate()}, {b} wrote:\n> {sentence()}\n> " + "\n> ".join("\n".join(inner).split("\n"))
                    + f"\n>\n> On {hdate()}, {a} wrote:\n> > {sentence()}\n> > Reply to {role_email()} for anything urgent.\n> >\n> > --\n> > {name()} | {org()[0]}\n> > T {sig_phone}\n\n"
                    f"--\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.\n")

def t_email_forward(D):
    o = org(); mid = f"<{rs(AN, 20)}.{R.randint(1000, 9999)}@mail.{o[1]}>"
    body = D.lines(ch(["nextline", "prose", "code"]))
    return "text", (f"---------- Forwarded message ---------\nFrom: {ch(['Accounts', 'IT Service Desk', 'Recruiting'])} <{ch(['billing', 'noreply', 'hr', 'support'])}@{o[1]}>\n"
                    f"Date: {hdate()}\nSubject: {ch(['Updated remittance details', 'Your new account', 'Candidate details', 'Alert routing change'])}\nTo: {name()}\n"
                    f"Message-ID: {mid}\nIn-Reply-To: <{rs(AN, 16)}@{o[1]}>\n\n{para(1)}\n\n" + "\n\n".join(body)
                    + f"\n\nThis is an automated message from notifications@{o[1]}; replies are not monitored.\n")

def t_html_script(D):
    o = org(); kv = []
    for t, lv in D.take(set(SECRETS) - {"private_key"} | {"email"}):
        d = D.val(t, lv)
        kv.append(f'    {d["key"]}: "{d["disp"]}"')
    kv += [f'    stripePublishableKey: "pk_live_{rs(AN, 24)}"', f'    sentryDsn: "https://{rs(HEX, 32)}@o{R.randint(10000, 999999)}.ingest.sentry.io/{R.randint(1000000, 9999999)}"',
           f'    buildId: "{sha(40)}"', f'    theme: {{ primary: "{colour()}", accent: "{colour()}" }}']
    R.shuffle(kv)
    rest = D.lines("data")
    return "text", (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{o[0]} — Dashboard</title>\n<meta name="author" content="{o[0]}">\n'
                    f'<meta name="contact" content="press@{o[1]}">\n<link rel="stylesheet" href="/static/app.{sha(8)}.css" integrity="{integrity()}">\n'
                    f'<script>\n  window.__APP_CONFIG__ = {{\n' + ",\n".join(kv) + f'\n  }};\n</script>\n</head>\n<body>\n' + "\n".join(rest)
                    + f'\n<img alt="logo" src="{b64img()}">\n<script src="https://maps.googleapis.com/maps/api/js?key=YOUR_API_KEY&callback=initMap" async></script>\n</body>\n</html>\n')

def t_html_form(D):
    ins = D.lines("attr")
    R.shuffle(ins)
    return "text", (f'<form action="/account/profile" method="post" class="profile-form">\n  <input type="hidden" name="csrfmiddlewaretoken" value="{rs(AN, 64)}">\n'
                    f'  <label for="name">Name</label>\n  <input type="text" name="name" id="name" value="{name()}">\n' + "\n".join("  " + i for i in ins)
                    + f'\n  <input type="email" name="email_example" placeholder="{ch(PLACEHOLDER_EMAILS)}">\n  <input type="text" name="order" value="{order_no()}">\n'
                    f'  <button type="submit" style="background:{colour()}">Save</button>\n</form>\n')

def t_html_meta(D):
    o = org()
    data = D.lines("data")
    return "text", (f'<head>\n<meta property="og:title" content="{o[0]}">\n<meta property="og:image" content="https://cdn.{o[1]}/og/{sha(16)}.png">\n'
                    f'<meta name="google-site-verification" content="{rs(B64U, 43)}">\n<meta name="theme-color" content="{colour()}">\n<meta name="generator" content="Hugo {version()}">\n</head>\n<body>\n'
                    + "\n".join(data) + f'\n<div class="widget" data-widget-id="{uuid4()}" data-version="{version()}" data-demo-key="{ch(PLACEHOLDERS["google_api_key"])}"></div>\n'
                    f'<a href="mailto:{("info@" + o[1])}">Contact</a> · <span class="doi">{doi()}</span>\n</body>\n')

def t_config_reference(D):
    o = org()
    rows = "\n".join(f"| `{ch(CFG[t])}` | `{ch(PLACEHOLDERS[t])}` | {sentence(6)} |" for t in R.sample(SECRETS, 4) if "\n" not in ch(PLACEHOLDERS[t]))
    st = ch(["yaml", "env", "toml"])
    ex = D.lines(st)
    return "text", (f"# Configuration reference\n\n{o[0]} Docs › Self-hosting › Configuration · v{version()}\n\n| Setting | Default | Description |\n|---|---|---|\n{rows}\n\n"
                    + (f"### Example from our production cluster\n\n```{FENCE[st]}\n" + "\n".join(ex) + "\n```\n" if ex else f"### Example\n\n```{FENCE[st]}\n" + D.field(ch(SECRETS), False, st) + "\n```\n"))

def t_qa_log(D):
    tr = []
    for t, lv in D.take():
        d = D.val(t, lv)
        if "://" in d["disp"] and t != "webhook_url":
            tr.append(f"sqlalchemy.exc.OperationalError: could not connect to {d['disp']}" if t == "url_credentials" else f"fatal: unable to access '{d['disp']}': The requested URL returned error: 403")
        elif "\n" in d["disp"]: tr.append(f"Loaded key from env:\n{d['disp']}")
        else: tr.append(f"  File \"/app/settings.py\", line {R.randint(5, 300)}, in <module>\n    {d['key']} = \"{d['disp']}\"")
    return "text", (f"# {ch(['Connection refused from container', 'git push fails with 403', 'Worker crashes at import', 'Pipeline stuck after upgrade'])}\n\n{handle()} asked {R.randint(2, 50)} minutes ago\n\n"
                    f"{para(1)}\n\n```\nTraceback (most recent call last):\n" + "\n".join(tr) + f"\n  request id {uuid4()}\n```\n\n**Answer** by {handle()}: {para(1)} Use `{ch(PLACEHOLDERS['url_credentials'])}` as a template.\n")

def t_notebook(D):
    cells = []
    n = 1
    for t, lv in D.take():
        d = D.val(t, lv)
        if "\n" in d["disp"]: cells.append(f"In [{n}]:\n```python\nKEY = \"\"\"{d['disp']}\"\"\"\n```")
        else: cells.append(f"In [{n}]:\n```python\nos.environ[\"{d['key'].upper()}\"] = \"{d['disp']}\"\n```" if t in SECRETS else f"In [{n}]:\n```python\ndf.loc[df.{d['key'].lower()} == \"{d['disp']}\"]\n```")
        n += 1
    cells.append(f"In [{n}]:\n```python\nprint(model.hash)\n```\nOut[{n}]:\n```\n{sha()}\n```")
    return "text", (f"# {ch(['eda-customers', 'rag-prototype', 'churn-model', 'llm-eval'])}.ipynb\n\n[Open in Colab](https://colab.research.google.com/) · {R.randint(1, 400)} ★ · last commit {sha(40)[:7]}\n\n"
                    f"```python\nimport os\nimport pandas as pd\n```\n\n" + "\n\n".join(cells) + "\n")

def t_gist(D):
    f1 = ch(["docker-compose.yml", "deploy.sh", "settings.toml", ".env.production"])
    st = {"docker-compose.yml": "yaml", "deploy.sh": "export", "settings.toml": "toml", ".env.production": "env"}[f1]
    ls = D.lines(st)
    comm = D.lines("prose")
    return "text", (f"## {handle()} / {f1}\n\nLast active {hdate()} · {R.randint(0, 30)} forks · {R.randint(0, 90)} stars\n\n### {f1}\n\n```{FENCE[st]}\n" + "\n".join(ls + [D.field(ch(SECRETS), False, st)])
                    + f"\n```\n\n### README.md\n{sentence()}\n\n" + ("### Comments\n" + "\n".join(f"**{handle()}** commented: {c}" for c in comm) + "\n" if comm else ""))

def t_pdf_itinerary(D):
    ls = D.lines(ch(["leader", "nextline"]))
    return "text", (f"{ch(['LUFTHANSA', 'IBERIA', 'SAS', 'KLM', 'TAP'])} — E-TICKET RECEIPT\n\nBooking reference: {rs(UP + DG, 6)}   Ticket: {R.randint(100, 999)}-{non_luhn(10)}\n\n"
                    f"Passenger ........ {name().upper()}\n" + "\n".join(ls) + f"\nPaid with ........ {masked_card()}\nFlight {rs(UP, 2)}{R.randint(100, 9999)}  {date()}  "
                    f"{ch(['FRA', 'MAD', 'CPH', 'AMS', 'LIS'])} → {ch(['JFK', 'NRT', 'GRU', 'DXB'])}\nSeat {R.randint(1, 40)}{ch('ABCDEF')}\n\n{hard_wrap(para(2))}\n\nCustomer service: {FICTIONAL_PHONES()} · Page 1/2\n")

def t_postmortem(D):
    ev = []
    for t, lv in D.take():
        d = D.val(t, lv)
        ev.append(f"- **{R.randint(0, 23):02d}:{R.randint(0, 59):02d}** — {ch(['Alert fired to', 'On-call reached via', 'Debug log showed', 'Config diff contained'])} " + (f"`{d['disp']}`" if "\n" not in d["disp"] else "\n```\n" + d["disp"] + "\n```"))
    return "text", (f"# Incident report: {ch(['Elevated error rates', 'Delayed notifications', 'Partial outage in EU region'])}\n\n**Resolved** · {hdate()} · Affected: {ch(['API', 'Dashboard', 'Webhooks'])}\n\n"
                    f"## Summary\n{para(2)}\n\n## Timeline (UTC)\n" + "\n".join(ev + [f"- **{R.randint(0, 23):02d}:{R.randint(0, 59):02d}** — Deployed fix {sha(40)[:10]}"])
                    + f"\n\n## Follow-up\n{sentence()} Subscribe at status.{org()[1]} · Questions: {role_email()}\n")

def t_runbook(D):
    ls = D.lines(ch(["nextline", "leader", "code"]))
    return "text", (f"# Break-glass procedure — {ch(['primary database', 'bastion host', 'payment service', 'DNS provider'])}\n\n_Owner: {name()} · Review due {date()}_\n\n"
                    f"1. {sentence()}\n2. Open a ticket ({order_no()}) and page the incident commander.\n3. Use the credentials below:\n\n" + "\n\n".join(ls)
                    + f"\n\n4. {sentence()}\n\nKnown host key:\n```\n{ssh_pub()}\n```\n\nServer certificate (public):\n```\n{cert_block()}\n```\n")

def t_fetch_struct(D):
    o = org(); ls = D.lines(ch(["bold", "code", "prose"]))
    md = (f"# {name()}\n\n{ch(['Staff engineer', 'Freelance designer', 'PhD candidate', 'Photographer'])} based in {ch(['Lisbon', 'Lagos', 'Osaka', 'Gdańsk', 'Denver'])}.\n\n"
          f"{para(2)}\n\n## Contact\n" + "\n".join(ls) + f"\n\n## Publications\n- {sentence(7)} doi:{doi()}\n\n[Download CV](/cv.pdf) · © {R.randint(2020, 2025)}")
    return "struct", {"url": f"https://{slug(ch(FIRST))}{slug(ch(LAST))}.{ch(['dev', 'me', 'io', 'net'])}/", "status": 200, "title": "About", "content_type": "text/html",
                      "content_markdown": md, "links": [f"https://github.com/{handle()}", f"mailto:{ch(PLACEHOLDER_EMAILS)}"], "fetched_bytes": R.randint(2000, 90000)}

def t_read_pdf(D):
    pages = []
    items = D.take()
    P = R.randint(2, 3)
    for i in range(P):
        mine = items[i::P]
        ls = [D.field(t, lv, ch(["leader", "nextline", "table"])) for t, lv in mine]
        pages.append(f"--- Page {i + 1} ---\n{org()[0]} · {ch(['Benefits Enrollment', 'Employment Verification', 'Beneficiary Designation'])}\n\n{hard_wrap(para(2))}\n" + "\n".join(ls + [f"Member ID ....... {R.randint(10**8, 10**9)}", mrn()]))
    return "text", "\n\n".join(pages) + f"\n\n[{len(pages)} pages extracted · {R.randint(40, 900)} KB]"

def t_discourse_quote(D):
    u1, u2, mod = handle(), handle(), handle()
    items = D.take()
    quoted = [D.field(t, lv, ch(["code", "env", "prose"])) for t, lv in items]
    return "text", (f"# {ch(['Bot can post but cannot read history', 'Runner registration keeps failing', 'Alerts stopped arriving'])}\n\n**{u1}** · {hdate()}\n\n{para(1)}\n\n"
                    f"*[Post hidden by moderator: contained credentials]*\n\n---\n**{u2}** · {hdate()}\n\n> **{u1}** said:\n" + "\n".join("> " + q.replace("\n", "\n> ") for q in quoted)
                    + f"\n\n{sentence()}\n\n---\n**{mod}** (moderator) · {hdate()}\n\nI've masked the value in the original post ({masked(slack_token())}). Please rotate it.\n")

# ------------------------------------------------------------------ registry
S_NOPK = [t for t in SECRETS if t != "private_key"]
TEMPLATES = {
    "forum_config_paste": (t_forum_config, SECRETS, 3),
    "qa_answer_code": (t_qa_answer, S_NOPK, 3),
    "issue_page_logs": (t_issue_page, SECRETS, 3),
    "paste_site": (t_paste_site, SECRETS + ["email"], 4),
    "chat_export_page": (t_chat_export, ["email", "phone_number", "slack_token", "webhook_url", "github_token", "jwt", "generic_secret", "url_credentials", "openai_api_key", "anthropic_api_key", "private_key"], 3),
    "wiki_credentials_table": (t_wiki_credentials, SECRETS, 3),
    "readme_page": (t_readme, SECRETS, 3),
    "api_docs_page": (t_api_docs, ["stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "slack_token", "github_token", "gitlab_token", "generic_secret", "webhook_url"], 2),
    "incident_blog_post": (t_incident_blog, ["aws_access_key_id", "aws_secret_access_key", "github_token", "stripe_key", "openai_api_key", "gitlab_token", "slack_token", "webhook_url", "google_api_key", "anthropic_api_key", "private_key"], 3),
    "format_tutorial_comments": (t_format_tutorial, ["github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "aws_access_key_id", "jwt"], 2),
    "changelog_page": (t_changelog, ["email", "github_token", "jwt", "generic_secret", "webhook_url", "google_api_key"], 2),
    "contact_page": (t_contact_page, ["email", "phone_number"], 2),
    "pdf_invoice": (t_pdf_invoice, ["iban", "payment_card", "email", "phone_number"], 3),
    "pdf_form_leaders": (t_pdf_form, ["us_ssn", "email", "phone_number", "iban", "payment_card"], 4),
    "pdf_two_column": (t_pdf_two_col, ["email", "phone_number", "iban"], 2),
    "pdf_bank_letter": (t_pdf_bank_letter, ["iban", "phone_number", "email", "us_ssn"], 3),
    "pdf_contract_clauses": (t_pdf_contract, ["iban", "email", "phone_number", "us_ssn", "payment_card"], 3),
    "xlsx_markdown_table": (t_xlsx_table, PII, 2),
    "csv_sheet_text": (t_csv_sheet, ["payment_card", "email", "iban", "phone_number"], 2),
    "slide_deck_bullets": (t_slides, ["generic_secret", "url_credentials", "webhook_url", "aws_access_key_id", "aws_secret_access_key", "github_token", "email", "phone_number", "private_key"], 3),
    "meeting_notes_docx": (t_meeting_notes, ["email", "phone_number", "generic_secret", "url_credentials", "jwt", "webhook_url"], 3),
    "search_results_md": (t_search_md, ["github_token", "aws_access_key_id", "aws_secret_access_key", "openai_api_key", "google_api_key", "slack_token", "stripe_key", "email", "anthropic_api_key", "gitlab_token", "webhook_url", "private_key"], 2),
    "search_results_em": (t_search_json, ["github_token", "aws_access_key_id", "aws_secret_access_key", "openai_api_key", "google_api_key", "slack_token", "stripe_key", "email", "anthropic_api_key", "gitlab_token", "webhook_url", "phone_number", "iban"], 2),
    "rag_chunks": (t_rag_chunks, ALL, 3),
    "kb_search_struct": (t_kb_struct, ALL, 3),
    "email_quoted_reply": (t_email_quoted, ["email", "phone_number", "generic_secret", "url_credentials", "iban", "payment_card", "us_ssn", "jwt"], 3),
    "email_forwarded": (t_email_forward, ["email", "phone_number", "iban", "webhook_url", "github_token", "generic_secret", "private_key"], 3),
    "html_inline_config": (t_html_script, ["google_api_key", "stripe_key", "jwt", "generic_secret", "slack_token", "webhook_url", "openai_api_key", "email", "anthropic_api_key", "aws_access_key_id"], 3),
    "html_form_values": (t_html_form, ["email", "phone_number", "generic_secret", "google_api_key", "jwt", "payment_card", "us_ssn"], 3),
    "html_meta_data_attrs": (t_html_meta, ["google_api_key", "generic_secret", "webhook_url", "jwt", "openai_api_key", "email"], 2),
    "config_reference_page": (t_config_reference, SECRETS, 3),
    "qa_traceback": (t_qa_log, ["url_credentials", "generic_secret", "jwt", "aws_access_key_id", "aws_secret_access_key", "gitlab_token", "github_token", "private_key"], 2),
    "notebook_page": (t_notebook, ["openai_api_key", "anthropic_api_key", "google_api_key", "aws_access_key_id", "aws_secret_access_key", "generic_secret", "github_token", "jwt", "url_credentials", "email", "phone_number"], 3),
    "gist_page": (t_gist, SECRETS + ["email"], 3),
    "pdf_itinerary": (t_pdf_itinerary, ["email", "phone_number", "payment_card"], 2),
    "status_postmortem": (t_postmortem, ["webhook_url", "jwt", "generic_secret", "aws_access_key_id", "email", "phone_number", "slack_token", "private_key"], 3),
    "runbook_breakglass": (t_runbook, ["private_key", "generic_secret", "url_credentials", "aws_access_key_id", "aws_secret_access_key", "phone_number", "gitlab_token"], 3),
    "fetch_homepage_struct": (t_fetch_struct, ["email", "phone_number", "github_token", "openai_api_key", "generic_secret"], 2),
    "read_pdf_pages": (t_read_pdf, ["us_ssn", "email", "phone_number", "iban", "payment_card"], 3),
    "forum_quoted_post": (t_discourse_quote, ["slack_token", "github_token", "gitlab_token", "generic_secret", "webhook_url", "email", "jwt", "stripe_key", "url_credentials"], 2),
}

def all_strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items(): yield k; yield from all_strings(v)
    elif isinstance(o, list):
        for v in o: yield from all_strings(v)

def finalize(doc, labels):
    strs = list(all_strings(doc))
    for L in labels:
        if not any(L["value"] in s for s in strs):
            ev = json.dumps(L["value"], ensure_ascii=False)[1:-1]
            if not any(ev in s for s in strs): return False
            L["value"] = ev; L["accept"] = [json.dumps(a, ensure_ascii=False)[1:-1] for a in L["accept"]]
        acc = []
        for a in L["accept"]:
            if a and a != L["value"] and a not in acc and any(a in s for s in strs): acc.append(a)
        L["accept"] = acc
    return True

REDRAWS = [0]
def make(tid, tname, positive):
    fn, pool, kmax = TEMPLATES[tname]
    for attempt in range(50):
        k = ch([1, 2, 2, 3, 3, 3, 4, 4]) if positive else 0
        D = Doc(positive, pool, min(k, kmax))
        kind, body = fn(D)
        left = D.take()
        if any(lv for t, lv in left): raise RuntimeError(f"{tname}: unrendered live item")
        if kind == "text":
            if R.random() < 0.55: wrap, doc = "text", body
            else: wrap, doc = "raw-result", {"content": [{"type": "text", "text": body}], "isError": False}
        else:
            if R.random() < 0.5: wrap, doc = "structured", body
            else:
                doc = {"content": [{"type": "text", "text": json.dumps(body, ensure_ascii=False, indent=ch([None, 2]))}], "isError": False}
                if R.random() < 0.4: doc["structuredContent"] = body
                wrap = "raw-result"
        labels = D.labels
        if not finalize(doc, labels): continue
        if positive and not labels: continue
        rec = {"id": f"v11-{tid}", "template": tname, "split": "holdout-v11", "wrap": wrap, "doc": doc, "labels": labels}
        if CHK.record_errors(rec) or CHK.unlabelled_findings(rec):
            REDRAWS[0] += 1; continue
        for L in labels: TYPE_COUNT[L["type"]] += 1
        return rec
    raise RuntimeError(f"could not build {tname}")

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dlp_v11.jsonl")
    names = list(TEMPLATES)
    sched = []
    big = set(R.sample(names, 10))
    for n in names:
        cnt = 12 if n in big else 11
        sched += [(n, False)] * 5 + [(n, True)] * (cnt - 5)
    R.shuffle(sched)
    recs = [make(i, n, p) for i, (n, p) in enumerate(sched, 1)]
    with open(out, "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out} ({REDRAWS[0]} drafts re-drawn by the ground-truth guard)")

if __name__ == "__main__":
    main()
