#!/usr/bin/env python3
"""Generator for the v18 held-out DLP corpus.

Angle: legal & compliance exports, mobile analytics / ad-tech / push payloads,
health-insurance claims and payer documents (OCR and EDI-like text).
Python 3 stdlib only, one random.Random(seed), no clock, no environment input.
Usage:  python3 gen_dlp_v18.py [output_path]   (default: dlp_v18.jsonl next to this file)
"""
import base64, json, os, re, string, sys, unicodedata, random

SEED = 1_800_718
R = random.Random(SEED)

UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG; B64 = AN + "+/"; URLC = AN + "-_"; HEX = "0123456789abcdef"; B32 = UP + "234567"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def mixed(r, chars, n):
    while True:
        s = rs(r, chars, n)
        ok = any(c in DG for c in s)
        if any(c in UP for c in chars): ok = ok and any(c in UP for c in s)
        if any(c in LO for c in chars): ok = ok and any(c in LO for c in s)
        if ok: return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

# ----------------------------------------------------------------- people
FIRST = ["Amara", "Tomasz", "Priya", "Kenji", "Lucía", "Oluwaseun", "Mei", "Henrik", "Fatima", "Diego", "Ingrid",
         "Rahul", "Chloé", "Dmitri", "Aisha", "Mateus", "Yuki", "Siobhan", "Kwame", "Elif", "Jonas", "Nadia",
         "Rafael", "Hana", "Grace", "Marcus", "Leila", "Bogdan", "Sunita", "Tariq", "Noor", "Camille", "Teodor",
         "Ximena", "Bao", "Anneke", "Sipho", "Valentina", "Owen", "Rosa", "Ilse", "Darnell", "Keiko", "Pavel"]
LAST = ["Okafor", "Kowalski", "Raman", "Watanabe", "Fernández", "Adeyemi", "Lin", "Lindqvist", "Haddad", "Moreno",
        "Berg", "Mehta", "Dubois", "Volkov", "Rahman", "Souza", "Sato", "Byrne", "Mensah", "Yılmaz", "Weber",
        "Petrova", "Castillo", "Novak", "Ortiz", "Hughes", "Farah", "Ionescu", "Reddy", "Aziz", "Nakamura",
        "Schäfer", "O'Neill", "Gallagher", "Tran", "de Vries", "Nkosi", "Ricci", "Price", "Delgado", "Brandt",
        "Whitfield", "Kimura", "Horvat"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "web.de", "orange.fr", "libero.it", "hotmail.es",
            "icloud.com", "proton.me", "naver.com", "uol.com.br", "mail.ru", "rediffmail.com", "bigpond.com",
            "t-online.de", "yahoo.com", "hotmail.com", "seznam.cz", "wp.pl", "telenet.be", "xs4all.nl"]
CORP = ["harbourlight-law.com", "meridian-pharma.com", "kestrelapps.io", "northpine.health", "veldt-capital.co.za",
        "brightwell-labs.de", "oakridge-clinic.org", "tessellate.fr", "lumenpay.co.uk", "sakura-games.jp",
        "quillstone.com.au", "ironbridge-ins.com", "palisade-llp.com", "cobaltmed.net", "fjordsoft.no",
        "andes-retail.com.br", "holloway-marsh.com", "greaves-llp.com", "pinecrest-ortho.com", "tidewater-health.org",
        "zephyrmobile.app", "cardinal-benefits.com", "larkspur-games.com", "ostara-fintech.eu"]
ROLES = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "careers",
         "noc", "privacy", "dpo", "legal", "claims", "appeals", "records", "providerservices", "eligibility",
         "notifications", "donotreply", "compliance", "subpoenas", "ediscovery", "helpdesk", "postmaster",
         "priorauth", "credentialing", "custodianofrecords", "litigationhold", "ethics", "feedback", "press"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def slug(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("ł", "l")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


def email_for(r, f, l, domain=None):
    d = domain or r.choice(FREEMAIL + CORP)
    fs, ls = slug(f), slug(l)
    pat = r.choice([f"{fs}.{ls}", f"{fs[0]}{ls}", f"{fs}_{ls}{r.randint(1, 99)}", f"{ls}.{fs}", f"{fs}{ls[0]}",
                    f"{fs}.{ls}{r.randint(70, 99)}", f"{fs[0]}.{ls}", f"{ls}{fs[0]}{r.randint(2, 9)}"])
    return f"{pat}@{d}"


ROLE_POOLS = {"legal": ["legal", "ediscovery", "litigationhold", "subpoenas", "records", "compliance", "privacy", "dpo", "ethics", "custodianofrecords", "info", "noreply"],
              "mobile": ["support", "noreply", "no-reply", "feedback", "privacy", "press", "alerts", "notifications", "team", "helpdesk", "hello"],
              "health": ["appeals", "claims", "providerservices", "eligibility", "priorauth", "credentialing", "records", "support", "noreply", "donotreply"]}
ROLE_CTX = ["legal"]


def role(r, domain=None):
    return f"{r.choice(ROLE_POOLS[ROLE_CTX[0]])}@{domain or r.choice(CORP)}"


def corp(r):
    return r.choice(CORP)

# ----------------------------------------------------------------- phones
US_AREA = ["212", "312", "415", "617", "713", "305", "206", "404", "503", "612", "720", "919", "469", "646", "773",
           "818", "602", "214", "480", "267", "216", "317", "414", "512", "615", "704", "801", "971"]


def us_parts(r):
    a = r.choice(US_AREA)
    while True:
        e = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if e != "555" and e[1:] != "11": break
    return a, e, f"{r.randint(0, 9999):04d}"


def d(r, n):
    return rs(r, DG, n)


def phone(r, cc=None):
    cc = cc or r.choice(["US", "US", "US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "MX", "NG", "ES", "IT", "NL",
                         "PL", "ZA", "KR", "SE", "CA", "PH", "IE"])
    if cc in ("US", "CA"):
        a, e, n = us_parts(r)
        if cc == "CA": a = r.choice(["416", "604", "514", "403"])
        return r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a}-{e}-{n}", f"+1 ({a}) {e}-{n}",
                         f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}"])
    if cc == "GB":
        while True:
            m = "7" + r.choice("1234589") + d(r, 2)
            rest = d(r, 6)
            if not (m == "7700" and rest.startswith("900")): break
        return r.choice([f"+44 {m} {rest}", f"0{m} {rest}", f"+44 (0){m} {rest}", f"+44 20 3{d(r, 3)} {d(r, 4)}"])
    if cc == "DE":
        return r.choice([f"+49 15{r.choice('12579')} {d(r, 8)}", f"0151 {d(r, 8)}", f"+49 (0)30 {d(r, 7)}",
                         f"0172/{d(r, 7)}", f"+49 89 {d(r, 4)} {d(r, 4)}"])
    if cc == "FR":
        g = " ".join(d(r, 2) for _ in range(4))
        return r.choice([f"+33 6 {g}", f"06 {g}", f"+33 (0)1 {g}", f"07.{'.'.join(d(r, 2) for _ in range(4))}"])
    if cc == "IN":
        return r.choice([f"+91 9{d(r, 4)} {d(r, 5)}", f"+91-98{d(r, 3)}-{d(r, 5)}", f"09{d(r, 3)}{d(r, 6)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{d(r, 4)}-{d(r, 4)}", f"(21) 9{d(r, 4)}-{d(r, 4)}", f"+55 (31) 9{d(r, 4)}-{d(r, 4)}"])
    if cc == "JP":
        return r.choice([f"090-{d(r, 4)}-{d(r, 4)}", f"+81 90-{d(r, 4)}-{d(r, 4)}", f"080-{d(r, 4)}-{d(r, 4)}",
                         f"03-{d(r, 4)}-{d(r, 4)}"])
    if cc == "AU":
        while True:
            x = f"4{d(r, 2)}"; y = d(r, 3)
            if not (x == "491" and y == "570"): break
        return r.choice([f"+61 {x} {y} {d(r, 3)}", f"0{x} {y} {d(r, 3)}", f"(02) {r.choice('89')}{d(r, 3)} {d(r, 4)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {d(r, 4)} {d(r, 4)}", f"+52 1 33 {d(r, 4)} {d(r, 4)}"])
    if cc == "NG":
        return r.choice([f"+234 80{r.choice('3569')} {d(r, 3)} {d(r, 4)}", f"080{r.choice('3569')} {d(r, 3)} {d(r, 4)}"])
    if cc == "ES":
        return f"+34 6{d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}"
    if cc == "IT":
        return r.choice([f"+39 3{d(r, 2)} {d(r, 3)} {d(r, 4)}", f"3{d(r, 2)} {d(r, 7)}"])
    if cc == "NL":
        return r.choice([f"+31 6 {d(r, 8)}", f"06-{d(r, 8)}"])
    if cc == "PL":
        return f"+48 5{d(r, 2)} {d(r, 3)} {d(r, 3)}"
    if cc == "ZA":
        return r.choice([f"+27 8{r.choice('234')} {d(r, 3)} {d(r, 4)}", f"08{r.choice('234')} {d(r, 3)} {d(r, 4)}"])
    if cc == "KR":
        return r.choice([f"010-{d(r, 4)}-{d(r, 4)}", f"+82 10-{d(r, 4)}-{d(r, 4)}"])
    if cc == "SE":
        return r.choice([f"070-{d(r, 3)} {d(r, 2)} {d(r, 2)}", f"+46 70 {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if cc == "PH":
        return f"+63 917 {d(r, 3)} {d(r, 4)}"
    if cc == "IE":
        return r.choice([f"+353 87 {d(r, 3)} {d(r, 4)}", f"087 {d(r, 3)} {d(r, 4)}"])
    raise ValueError(cc)


def phone_acc(v):
    acc = []
    if v.startswith("+"):
        acc.append(v[1:])
        m = re.match(r"\+\d{1,3}[ -]?(?:\(0\))?", v)
        acc.append(v[m.end():].strip())
    if v.startswith("1-"): acc.append(v[2:])
    return acc


def us_phone_fmt(r):
    a, e, n = us_parts(r)
    return r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"({a}){e}-{n}", f"{a} {e} {n}"])

# --------------------------------------------------------------- PII numbers

def ssn_digits(r):
    while True:
        a = r.randint(1, 899)
        if a == 666: continue
        g = r.randint(1, 99); s = r.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v not in ("078051120", "219099999"): return v


def ssn(r, style=None):
    v = ssn_digits(r)
    style = r.choice(["-", "-", "-", " "]) if style is None else style
    if style == "": return v
    return f"{v[:3]}{style}{v[3:5]}{style}{v[5:]}"


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0


def luhn_fix(body):
    for c in DG:
        if luhn_ok(body + c): return body + c


TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
              "36227206271667", "3566002020360505", "4111111111111111", "5105105105105100", "4012888888881881",
              "4000000000000002", "4000000000009995"}


def card_digits(r):
    while True:
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
        if kind == "visa": p, n = "4" + d(r, 5), 16
        elif kind == "mc": p, n = str(r.randint(51, 55)) + d(r, 4), 16
        elif kind == "mc2": p, n = str(r.randint(2221, 2720)) + d(r, 2), 16
        elif kind == "amex": p, n = r.choice(["34", "37"]) + d(r, 4), 15
        elif kind == "disc": p, n = r.choice(["6011", "65" + d(r, 2)]) + d(r, 2), 16
        elif kind == "jcb": p, n = str(r.randint(3528, 3589)) + d(r, 2), 16
        else: p, n = "36" + d(r, 4), 14
        v = luhn_fix(p + d(r, n - len(p) - 1))
        if v not in TEST_CARDS and len(set(v)) > 4: return v


def card_fmt(r, v, sep=None):
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    if len(v) == 15: parts = [v[:4], v[4:10], v[10:]]
    elif len(v) == 14: parts = [v[:4], v[4:10], v[10:]]
    else: parts = [v[i:i + 4] for i in range(0, len(v), 4)]
    return sep.join(parts)


def card(r, sep=None):
    return card_fmt(r, card_digits(r), sep)


IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "BE": "12n",
             "CH": "17n", "AT": "16n", "PL": "24n", "SE": "20n", "IE": "4a14n", "PT": "21n", "NO": "11n",
             "DK": "14n", "FI": "14n", "LU": "16n", "SA": "20n", "AE": "19n", "TR": "22n", "RO": "4a16n",
             "CZ": "20n", "HU": "24n", "GR": "23n"}
IBAN_LEN = {k: 4 + sum(int(x[:-1]) for x in re.findall(r"\d+[an]", v)) for k, v in IBAN_SPEC.items()}
TEST_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "GB33BUKB20201555555555", "NL91ABNA0417164300",
              "FR1420041010050500013M02606", "CH9300762011623852957", "ES9121000418450200051332"}


def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r, cc=None, spaced=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = ""
    for n, k in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        bban += rs(r, UP if k == "a" else DG, int(n))
    if cc == "GB": bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
    chk = 98 - mod97(cc + "00" + bban)
    v = f"{cc}{chk:02d}{bban}"
    assert mod97(v) == 1
    spaced = r.random() < 0.5 if spaced is None else spaced
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

# --------------------------------------------------------------- tokens

def aws_kid(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + mixed(r, UP + "234567", 16)


def aws_secret(r):
    while True:
        s = mixed(r, B64, 40)
        if "/" in s or "+" in s: return s


def gh_token(r):
    k = r.choice(["ghp", "ghp", "gho", "ghu", "ghs", "ghr", "pat"])
    if k == "pat": return "github_pat_11" + mixed(r, UP + DG, 20) + "_" + mixed(r, AN, 59)
    return f"{k}_" + mixed(r, AN, 36)


def gl_token(r):
    k = r.choice(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "gloas-"])
    if k == "glptt-": return k + rs(r, HEX, 40)
    return k + mixed(r, URLC, 20)


def slack_token(r):
    k = r.choice(["xoxb", "xoxb", "xoxp", "xapp", "xoxe"])
    if k == "xoxb": return f"xoxb-{d(r, 12)}-{d(r, 13)}-{mixed(r, AN, 24)}"
    if k == "xoxp": return f"xoxp-{d(r, 12)}-{d(r, 12)}-{d(r, 13)}-{rs(r, HEX, 32)}"
    if k == "xapp": return f"xapp-1-A{mixed(r, UP + DG, 10)}-{d(r, 13)}-{rs(r, HEX, 64)}"
    return f"xoxe.xoxp-1-{mixed(r, AN, 140)}"


def stripe_key(r):
    p = r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_"])
    return p + r.choice(["51", ""]) + mixed(r, AN, r.choice([24, 32, 97]))


def openai_key(r):
    k = r.choice(["proj", "proj", "legacy", "svc", "admin"])
    if k == "proj": return "sk-proj-" + mixed(r, URLC, 74) + "T3BlbkFJ" + mixed(r, URLC, 74)
    if k == "legacy": return "sk-" + mixed(r, AN, 20) + "T3BlbkFJ" + mixed(r, AN, 20)
    if k == "svc": return "sk-svcacct-" + mixed(r, URLC, 74) + "T3BlbkFJ" + mixed(r, URLC, 74)
    return "sk-admin-" + mixed(r, URLC, 74) + "T3BlbkFJ" + mixed(r, URLC, 20)


def anthropic_key(r):
    k = r.choice(["api03", "api03", "api03", "admin01"])
    return f"sk-ant-{k}-" + mixed(r, URLC, 93) + "AA"


def google_key(r):
    return "AIzaSy" + mixed(r, URLC, 33)


def jwt(r, claims=None, alg=None):
    alg = alg or r.choice(["HS256", "RS256", "ES256", "RS256"])
    h = {"alg": alg, "typ": "JWT"}
    if alg != "HS256": h["kid"] = mixed(r, URLC, r.choice([16, 22, 27]))
    base = r.randint(1_700_000_000, 1_740_000_000)
    p = {"iss": r.choice(["https://auth.zephyrmobile.app", "https://login.cardinal-benefits.com", "portal-api",
                          "https://id.kestrelapps.io/", "claims-gw"]),
         "sub": r.choice([f"usr_{mixed(r, AN, 14)}", str(r.randint(10 ** 7, 10 ** 9)), f"{rs(r, HEX, 8)}-{rs(r, HEX, 4)}-4{rs(r, HEX, 3)}-a{rs(r, HEX, 3)}-{rs(r, HEX, 12)}"]),
         "iat": base, "exp": base + r.choice([900, 3600, 86400, 2592000])}
    if r.random() < 0.5: p["scope"] = r.choice(["openid profile", "claims:read", "member.read offline_access", "events:write"])
    if claims: p.update(claims)
    sig = rbytes(r, {"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(h)}.{enc(p)}.{b64u(sig)}"


def pem(r, kind=None):
    kind = kind or r.choice(["RSA", "PKCS8", "EC", "OPENSSH", "P8"])
    if kind == "RSA":
        hdr = "RSA PRIVATE KEY"; body = bytes.fromhex("3082025c02010002818100") + rbytes(r, 597); w = 64
    elif kind == "PKCS8":
        hdr = "PRIVATE KEY"
        body = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rbytes(r, 1180); w = 64
    elif kind == "EC":
        hdr = "EC PRIVATE KEY"
        body = bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64); w = 64
    elif kind == "P8":
        hdr = "PRIVATE KEY"
        body = bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420") + rbytes(r, 32) + bytes.fromhex("a14403420004") + rbytes(r, 64); w = 64
    else:
        hdr = "OPENSSH PRIVATE KEY"
        body = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(r, 250); w = 70
    b = base64.b64encode(body).decode()
    lines = [b[i:i + w] for i in range(0, len(b), w)]
    return f"-----BEGIN {hdr}-----\n" + "\n".join(lines) + f"\n-----END {hdr}-----"


def uuid(r, upper=False):
    u = f"{rs(r, HEX, 8)}-{rs(r, HEX, 4)}-4{rs(r, HEX, 3)}-{r.choice('89ab')}{rs(r, HEX, 3)}-{rs(r, HEX, 12)}"
    return u.upper() if upper else u


def webhook(r):
    k = r.choice(["slack", "slack", "discord", "teams", "teams", "mattermost", "teamswf"])
    if k == "slack":
        return f"https://hooks.slack.com/services/T{mixed(r, UP + DG, 8)}/B{mixed(r, UP + DG, 10)}/{mixed(r, AN, 24)}"
    if k == "discord":
        return f"https://discord.com/api/webhooks/{r.randint(10 ** 17, 10 ** 19 - 1)}/{mixed(r, URLC, 68)}"
    if k == "teams":
        t = r.choice(["harbourlight", "cardinalbenefits", "kestrelapps", "northpine"])
        return f"https://{t}.webhook.office.com/webhookb2/{uuid(r)}@{uuid(r)}/IncomingWebhook/{rs(r, HEX, 32)}/{uuid(r)}"
    if k == "teamswf":
        return (f"https://prod-{r.randint(10, 99)}.westeurope.logic.azure.com:443/workflows/{rs(r, HEX, 32)}/triggers/manual/paths/invoke"
                f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={mixed(r, URLC, 43)}")
    return f"https://chat.{corp(r)}/hooks/{rs(r, LO + DG, 26)}"


PW_CH = AN + "!#$%*-_.~^"


def password(r):
    k = r.random()
    if k < 0.45:
        return mixed(r, AN, r.randint(4, 7)) + r.choice("!#$*.-_~") + mixed(r, AN, r.randint(5, 9))
    if k < 0.7:
        w = ["harbor", "violet", "lantern", "quartz", "maple", "ember", "tundra", "saffron", "cobalt", "juniper", "orbit"]
        return r.choice(w).capitalize() + r.choice("-_.!") + r.choice(w) + str(r.randint(10, 9999)) + r.choice("!#$")
    return mixed(r, AN + "!#*-_", r.randint(14, 24))


def url_password(r):
    return mixed(r, AN, r.randint(4, 8)) + r.choice("-_.~!*") + mixed(r, AN, r.randint(5, 12))


def gsecret(r, kind=None):
    kind = kind or r.choice(["pw", "sendgrid", "twilio", "mailgun", "hex32", "whsec", "gocspx", "azure", "b64",
                             "hex64", "okta", "sentry", "dd", "pw"])
    return {
        "pw": lambda: password(r),
        "sendgrid": lambda: "SG." + mixed(r, URLC, 22) + "." + mixed(r, URLC, 43),
        "twilio": lambda: rs(r, HEX, 32),
        "mailgun": lambda: "key-" + rs(r, HEX, 32),
        "hex32": lambda: rs(r, HEX, 32),
        "whsec": lambda: "whsec_" + mixed(r, AN, 32),
        "gocspx": lambda: "GOCSPX-" + mixed(r, URLC, 28),
        "azure": lambda: mixed(r, AN, 3) + "8Q~" + mixed(r, AN + "_.~-", 31),
        "b64": lambda: base64.b64encode(rbytes(r, r.choice([24, 32, 48]))).decode(),
        "hex64": lambda: rs(r, HEX, 64),
        "okta": lambda: "00" + mixed(r, URLC, 40),
        "sentry": lambda: "sntrys_" + b64u(rbytes(r, 60)),
        "dd": lambda: rs(r, HEX, 32),
        "write": lambda: mixed(r, AN, 32),
        "ld": lambda: "sdk-" + uuid(r),
        "statsig": lambda: "secret-" + mixed(r, AN, 43),
        "fcm": lambda: "AAAA" + mixed(r, URLC, 7) + ":APA91b" + mixed(r, URLC, 134),
        "af": lambda: mixed(r, AN, 22),
        "rc": lambda: "sk_" + mixed(r, AN, 28),
        "cookie": lambda: b64u(rbytes(r, r.choice([24, 32, 48]))),
        "totp": lambda: rs(r, B32, 32),
    }[kind]()

# --------------------------------------------------------------- negatives
EXAMPLE_KEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                "pk_test_TYooMQauvdEDq54NiTphI7jx", "xoxb-not-a-real-token-this-will-not-work",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"]
ICD = ["E11.9", "J45.909", "M54.5", "I10", "Z00.00", "F32.A", "K21.9", "N39.0", "S83.511A", "R51.9", "E78.5", "G43.909", "M17.11", "O80"]
CPT = ["99213", "99214", "97110", "70553", "29881", "80053", "85025", "90837", "97140", "36415", "93000", "27447"]
HCPCS = ["J1885", "E0601", "G0439", "J3301", "L3908", "A4253", "Q4186", "J0897"]
NDC = ["0002-8215-01", "0169-4132-12", "50090-3495-0", "0078-0357-15", "68180-0513-01", "0003-0894-21"]
RXNAMES = ["Ozempic 1 mg/dose pen", "Humira 40 mg/0.4 mL", "Eliquis 5 mg tab", "Trulicity 1.5 mg/0.5 mL",
           "Dupixent 300 mg/2 mL", "Xarelto 20 mg tab", "Jardiance 10 mg tab", "Entresto 49-51 mg"]
PAYERS = ["Cardinal Benefits Health Plan", "Tidewater Mutual", "NorthStar Medicaid Managed Care", "Ironbridge Insurance Co.",
          "Bluepeak Health", "Lakeshore Employees Trust"]


def npi(r):
    while True:
        b = r.choice("12") + d(r, 8)
        for c in DG:
            if luhn_ok("80840" + b + c): return b + c


def dea(r):
    l2 = r.choice("ABFM") + r.choice(UP)
    x = [int(c) for c in d(r, 6)]
    chk = (x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5])) % 10
    return l2 + "".join(map(str, x)) + str(chk)


def tollfree(r):
    return r.choice([f"1-800-{d(r, 3)}-{d(r, 4)}", f"(888) {d(r, 3)}-{d(r, 4)}", f"1-877-{d(r, 3)}-{d(r, 4)}",
                     f"866.{d(r, 3)}.{d(r, 4)}", f"1-855-{d(r, 3)}-{d(r, 4)}"])


def fict_phone(r):
    a = r.choice(US_AREA)
    if ROLE_CTX[0] == "health": return r.choice([f"({a}) 555-01{d(r, 2)}", f"{a}-555-01{d(r, 2)}", f"{a}.555.01{d(r, 2)}"])
    return r.choice([f"({a}) 555-01{d(r, 2)}", f"{a}-555-01{d(r, 2)}", f"07700 900{d(r, 3)}", f"020 7946 0{d(r, 3)}",
                     f"0491 570 {d(r, 3)}", f"+44 7700 900{d(r, 3)}"])


def masked_card(r):
    return r.choice([f"**** **** **** {d(r, 4)}", f"XXXX-XXXX-XXXX-{d(r, 4)}", f"ending in {d(r, 4)}", f"•••• {d(r, 4)}",
                     f"{r.choice(['4', '5'])}{d(r, 3)} **** **** {d(r, 4)}"])


def masked_ssn(r):
    return r.choice([f"XXX-XX-{d(r, 4)}", f"***-**-{d(r, 4)}", f"xxx-xx-{d(r, 4)}"])


def testcard(r):
    v = r.choice(sorted(TEST_CARDS))
    return card_fmt(r, v)


def date(r, y0=2019, y1=2024, fmt=None):
    y, m, dd = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    fmt = fmt or r.choice(["iso", "us", "eu", "long"])
    if fmt == "iso": return f"{y}-{m:02d}-{dd:02d}"
    if fmt == "us": return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "eu": return f"{dd:02d}.{m:02d}.{y}"
    return f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {dd}, {y}"


def ts(r):
    return f"{r.randint(2023, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def member_id(r):
    return r.choice([f"{r.choice(UP)}{r.choice(UP)}{d(r, 9)}", f"W{d(r, 9)}", f"{rs(r, UP, 3)}{d(r, 8)}01", f"ZGP{d(r, 7)}"])


def claim_no(r):
    return r.choice([f"{d(r, 4)}{r.choice(UP)}{d(r, 6)}", f"CLM-{d(r, 10)}", f"{r.randint(20, 24)}{d(r, 9)}", f"E{d(r, 11)}"])


def ein(r):
    return f"{r.randint(10, 98)}-{d(r, 7)}"


def docket(r):
    return r.choice([f"{r.randint(1, 4)}:{r.randint(19, 24)}-cv-{d(r, 5)}-{rs(r, UP, 3)}", f"Case No. {r.randint(19, 24)}-{r.choice(['CV', 'L', 'C'])}-{d(r, 6)}",
                     f"Index No. {d(r, 6)}/{r.randint(2019, 2024)}", f"Claim No. HC-{r.randint(2020, 2024)}-{d(r, 6)}"])


def bates(r, pre=None):
    pre = pre or r.choice(["HLW", "MERID", "PRD", "KSTL", "GRV", "ZEPH"])
    return f"{pre}{r.choice(['', '_', '-'])}{r.randint(1, 999999):07d}"


NEG_SECRETISH = [
    lambda r: f'api_key = os.environ["{r.choice(["PAYER_API_KEY", "SEGMENT_WRITE_KEY", "CLEARINGHOUSE_SECRET"])}"]',
    lambda r: "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}",
    lambda r: "token: ${{ secrets.DEPLOY_TOKEN }}",
    lambda r: "const key = process.env.OPENAI_API_KEY;",
    lambda r: 'password: "changeme"',
    lambda r: 'stripe_key: "sk_test_xxx"',
    lambda r: 'api_key: "<your-key>"',
    lambda r: "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    lambda r: "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    lambda r: "client_secret: vault:secret/data/payer-api#client_secret",
    lambda r: f"OPENAI_API_KEY=sk-proj-****************{mixed(r, AN, 4)}",
    lambda r: f"sha256: {rs(r, HEX, 64)}",
    lambda r: f"kid: {rs(r, HEX, 16)}",
    lambda r: f"commit {rs(r, HEX, 40)}",
    lambda r: f"request_id: {uuid(r)}",
    lambda r: "# docs example: sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    lambda r: f"card: {masked_card(r)}",
    lambda r: f"ssn: {masked_ssn(r)}",
    lambda r: f"QA test card {testcard(r)} exp 12/34 cvc 123",
    lambda r: "pattern: AKIA[0-9A-Z]{16}",
    lambda r: "SLACK_BOT_TOKEN=xoxb-your-token",
    lambda r: f"ANTHROPIC_API_KEY=sk-ant-...{mixed(r, AN, 4)} (redacted)",
    lambda r: "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
    lambda r: f"password: {'*' * r.randint(8, 14)}",
    lambda r: f"webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    lambda r: f"wallet 0x{rs(r, HEX, 40)}",
    lambda r: f"tx 0x{rs(r, HEX, 64)}",
    lambda r: f"trace_id={rs(r, HEX, 32)}",
    lambda r: "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/claims",
    lambda r: "Authorization: Bearer <token>",
    lambda r: f"fingerprint SHA256:{b64u(rbytes(r, 32))}",
    lambda r: f"IBAN (docs example): {r.choice(sorted(TEST_IBANS))}",
]


def neg_secretish(r):
    return r.choice(NEG_SECRETISH)(r)

# --------------------------------------------------------------- context


class Ctx:
    def __init__(self, r, want):
        self.r = r; self.want = list(want); self.labels = []; self.extra = {}

    def w(self, t):
        return t in self.want

    def n(self, t):
        return sum(1 for l in self.labels if l["type"] == t)

    def pending(self, allowed):
        return [t for t in self.want if t in allowed]

    def L(self, t, v, acc=()):
        for l in self.labels:
            if l["value"] == v: return v
        self.labels.append({"type": t, "value": v, "accept": list(acc)})
        return v

    # person e-mail or a negative form
    def addr(self, p, domain=None, p_lab=0.6, fmt=None):
        r = self.r; f, l = p
        if self.w("email") and (self.n("email") == 0 or r.random() < p_lab):
            e = self.L("email", email_for(r, f, l, domain if r.random() < 0.6 else None))
            fmt = fmt or r.choice(["name", "name", "quoted", "bare", "bracket"])
            return {"name": f"{f} {l} <{e}>", "quoted": f'"{l}, {f}" <{e}>', "bare": e, "bracket": f"{f} {l} [{e}]"}[fmt]
        k = r.random()
        if k < 0.45: return f"{l}, {f}"
        if k < 0.65: return f"{f} {l}"
        if k < 0.85: return role(r, domain)
        return f"{f} {l} <{slug(f)[0]}{slug(l)[:2]}****@{domain or corp(r)}>"

    def email(self, p=None, domain=None):
        p = p or person(self.r)
        return self.L("email", email_for(self.r, p[0], p[1], domain))

    def phone(self, cc=None):
        v = phone(self.r, cc)
        return self.L("phone_number", v, phone_acc(v))

    def usphone(self):
        v = us_phone_fmt(self.r)
        return self.L("phone_number", v, phone_acc(v))

    def ssn(self, style=None):
        return self.L("us_ssn", ssn(self.r, style))

    def card(self, sep=None):
        v = card(self.r, sep)
        return self.L("payment_card", v, [re.sub(r"\D", "", v)])

    def iban(self, cc=None, spaced=None):
        v = iban(self.r, cc, spaced)
        return self.L("iban", v, [v.replace(" ", "")])

    def urlcred(self, scheme=None, host=None, user=None, path=None):
        r = self.r
        scheme = scheme or r.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqps", "sftp", "ftps", "smtp", "https"])
        user = user or r.choice(["svc_claims", "etl", "admin", "mobile_ro", "ingest", "lit_support", "edi835", "analytics", "reporter"])
        host = host or r.choice(["db-prod-3.internal", "10.20.4.17", "claims-db.cardinal-benefits.com", "mq.kestrelapps.io",
                                 "sftp.harbourlight-law.com", "cluster0.x7k2p.mongodb.net", "cache.zephyrmobile.app", "smtp.mailrelay.net"])
        pw = url_password(r)
        port = {"postgres": ":5432", "postgresql": ":5432", "mysql": ":3306", "redis": ":6379", "amqps": ":5671",
                "sftp": ":22", "ftps": ":990", "smtp": ":587"}.get(scheme, "")
        path = path if path is not None else r.choice(["/claims", "/production", "/vol05", "/events", "", "/0", "/inbound/835"])
        full = f"{scheme}://{user}:{pw}@{host}{port}{path}"
        self.L("url_credentials", pw, [f"{user}:{pw}", f"{user}:{pw}@", full])
        return full

    # a line of text carrying one value of type t
    def paste(self, t, style=None):
        r = self.r; style = style or r.choice(["env", "prose"])
        if t == "email":
            e = self.email()
            return r.choice([f"reach me at {e}", f"email: {e}", f"personal address {e}", f"(mailto:{e})"])
        if t == "phone_number":
            p = self.phone()
            return r.choice([f"cell {p}", f"call me on {p}", f"mobile: {p}", f"tel. {p}", f"direct line {p}"])
        if t == "us_ssn":
            return r.choice(["SSN ", "social: ", "SSN#", "soc sec no. "]) + self.ssn()
        if t == "payment_card":
            return f"card {self.card()} exp {r.randint(1, 12):02d}/{r.randint(25, 30)}"
        if t == "iban":
            return r.choice(["IBAN: ", "IBAN ", "bank acct (IBAN) "]) + self.iban()
        if t == "aws_access_key_id":
            k = self.L(t, aws_kid(r))
            return r.choice([f"AWS_ACCESS_KEY_ID={k}", f"aws_access_key_id = {k}", f"accessKeyId: {k}"])
        if t == "aws_secret_access_key":
            k = self.L(t, aws_secret(r))
            return r.choice([f"AWS_SECRET_ACCESS_KEY={k}", f"aws_secret_access_key = {k}", f"secretAccessKey: {k}"])
        if t == "github_token":
            k = self.L(t, gh_token(r))
            if r.random() < 0.3:
                u = f"https://x-access-token:{k}@github.com/{r.choice(['kestrel', 'zephyr-mobile', 'hlw-lit'])}/{r.choice(['ios-app', 'claims-etl', 'review-tools'])}.git"
                self.labels[-1]["accept"] += [f"x-access-token:{k}", u]
                return f"git remote set-url origin {u}"
            return r.choice([f"GITHUB_TOKEN={k}", f"token {k}", f"gh auth login --with-token <<< {k}"])
        if t == "gitlab_token":
            k = self.L(t, gl_token(r))
            return r.choice([f"GITLAB_TOKEN={k}", f"PRIVATE-TOKEN: {k}", f"CI_JOB_TOKEN_OVERRIDE={k}"])
        if t == "slack_token":
            k = self.L(t, slack_token(r))
            return r.choice([f"SLACK_BOT_TOKEN={k}", f"Authorization: Bearer {k}", f"slack token {k}"])
        if t == "stripe_key":
            k = self.L(t, stripe_key(r))
            return r.choice([f"STRIPE_SECRET_KEY={k}", f'stripe.api_key = "{k}"', f"Stripe key {k}"])
        if t == "openai_api_key":
            k = self.L(t, openai_key(r))
            return r.choice([f"OPENAI_API_KEY={k}", f"openai.api_key = '{k}'", f"Authorization: Bearer {k}"])
        if t == "anthropic_api_key":
            k = self.L(t, anthropic_key(r))
            return r.choice([f"ANTHROPIC_API_KEY={k}", f"x-api-key: {k}", f"claude key {k}"])
        if t == "google_api_key":
            k = self.L(t, google_key(r))
            return r.choice([f"GOOGLE_MAPS_API_KEY={k}", f"https://maps.googleapis.com/maps/api/geocode/json?address=Main+St&key={k}", f"firebase apiKey: {k}"])
        if t == "jwt":
            k = self.L(t, jwt(r))
            return r.choice([f"Authorization: Bearer {k}", f"id_token={k}", f"session jwt {k}"])
        if t == "private_key":
            return self.L(t, pem(r, r.choice(["RSA", "RSA", "EC", "OPENSSH", "PKCS8"])))
        if t == "webhook_url":
            u = self.L(t, webhook(r))
            return r.choice([f"ALERT_WEBHOOK_URL={u}", f"posting to {u}", f"webhook: {u}"])
        if t == "url_credentials":
            u = self.urlcred()
            return r.choice([f"DATABASE_URL={u}", f"connect {u}", f"uri: {u}"])
        if t == "generic_secret":
            name, kind = r.choice([("SENDGRID_API_KEY", "sendgrid"), ("TWILIO_AUTH_TOKEN", "twilio"), ("MAILGUN_API_KEY", "mailgun"),
                                   ("DB_PASSWORD", "pw"), ("client_secret", "gocspx"), ("AZURE_CLIENT_SECRET", "azure"),
                                   ("ENCRYPTION_KEY", "b64"), ("WEBHOOK_SIGNING_SECRET", "whsec"), ("smtp_password", "pw"),
                                   ("DD_API_KEY", "dd"), ("OKTA_API_TOKEN", "okta"), ("SENTRY_AUTH_TOKEN", "sentry"), ("password", "pw")])
            v = self.L(t, gsecret(r, kind))
            return r.choice([f"{name}={v}", f"{name}: {v}", f"{name} = \"{v}\""])
        raise ValueError(t)

    # key/value pair for structured docs
    def kv(self, t):
        r = self.r
        if t == "aws_access_key_id": return r.choice(["aws_access_key_id", "accessKeyId", "AWS_ACCESS_KEY_ID"]), self.L(t, aws_kid(r))
        if t == "aws_secret_access_key": return r.choice(["aws_secret_access_key", "secretAccessKey", "AWS_SECRET_ACCESS_KEY"]), self.L(t, aws_secret(r))
        if t == "github_token": return r.choice(["github_token", "GH_TOKEN", "token"]), self.L(t, gh_token(r))
        if t == "gitlab_token": return r.choice(["gitlab_token", "private_token"]), self.L(t, gl_token(r))
        if t == "slack_token": return r.choice(["slack_bot_token", "slackToken"]), self.L(t, slack_token(r))
        if t == "stripe_key": return r.choice(["stripe_secret_key", "stripeKey", "STRIPE_API_KEY"]), self.L(t, stripe_key(r))
        if t == "openai_api_key": return r.choice(["openai_api_key", "openaiKey", "llm_api_key"]), self.L(t, openai_key(r))
        if t == "anthropic_api_key": return r.choice(["anthropic_api_key", "claudeApiKey", "llm_key"]), self.L(t, anthropic_key(r))
        if t == "google_api_key": return r.choice(["google_api_key", "mapsApiKey", "api_key"]), self.L(t, google_key(r))
        if t == "jwt": return r.choice(["access_token", "id_token", "authToken"]), self.L(t, jwt(r))
        if t == "private_key": return r.choice(["private_key", "signing_key_pem"]), self.L(t, pem(r, r.choice(["RSA", "EC", "OPENSSH"])))
        if t == "webhook_url": return r.choice(["webhook_url", "alertWebhook", "notify_url"]), self.L(t, webhook(r))
        if t == "url_credentials": return r.choice(["connection_string", "dsn", "sftp_url"]), self.urlcred()
        if t == "generic_secret":
            k, kind = r.choice([("client_secret", "gocspx"), ("api_secret", "hex32"), ("password", "pw"), ("signing_secret", "whsec"),
                                ("sendgrid_api_key", "sendgrid"), ("auth_token", "twilio"), ("encryption_key", "b64"), ("smtp_password", "pw")])
            return k, self.L(t, gsecret(r, kind))
        if t == "email": return "email", self.email()
        if t == "phone_number": return "phone", self.phone()
        if t == "us_ssn": return "ssn", self.ssn()
        if t == "payment_card": return "card_number", self.card()
        if t == "iban": return "iban", self.iban()
        raise ValueError(t)


def spread(r, n, items):
    """place items into n slots (None = empty) preserving all items"""
    n = max(n, len(items))
    slots = [None] * n
    idx = sorted(r.sample(range(n), len(items)))
    for i, it in zip(idx, items): slots[i] = it
    return slots

# ======================================================================= LEGAL
SUBJECTS = ["RE: Q3 rebate accrual", "FW: vendor onboarding – Lakeshore", "Draft term sheet v4", "RE: wire instructions (URGENT)",
            "Call notes – pricing committee", "FW: retention schedule exception", "RE: server migration cutover",
            "Board deck comments", "RE: customer complaint #88213", "Fwd: termination letter draft", "RE: app store rejection",
            "Expense report – March", "RE: access for contractors", "FW: signed NDA", "RE: distributor margins"]
BODY = ["Per our call, see the attached spreadsheet.", "Please keep this between us until legal reviews.",
        "Adding finance for visibility.", "We need this before the audit fieldwork starts.", "Can you confirm by EOD?",
        "Forwarding the thread below for context.", "Not sure this was approved – flagging.", "Looping in the vendor."]


def t_dat(c):
    r = c.r; sep = r.choice(["¶", "\x14", "¶"]); q = "þ"; nl = "®"
    cols = ["BEGBATES", "ENDBATES", "CUSTODIAN", "FROM", "TO", "CC", "DATESENT", "SUBJECT", "MD5HASH", "EXTRACTEDTEXT"]
    out = [sep.join(q + x + q for x in cols)]
    dom = corp(r); pre = r.choice(["HLW", "MERID", "PRD", "KSTL"]); b = r.randint(1000, 80000)
    wants = c.pending(["phone_number", "generic_secret", "url_credentials", "payment_card", "aws_access_key_id", "aws_secret_access_key"])
    slots = spread(r, r.randint(3, 6), wants)
    for s in slots:
        b2 = b + r.randint(0, 12); cust = person(r)
        frm = c.addr(cust, dom)
        to = "; ".join(c.addr(person(r), dom) for _ in range(r.randint(1, 3)))
        cc = "; ".join(c.addr(person(r), r.choice([dom, corp(r)])) for _ in range(r.randint(0, 4)))
        txt = [r.choice(BODY)]
        txt.append(c.paste(s) if s else r.choice([neg_secretish(r), f"Ref ticket INC{d(r, 7)}", f"Call the vendor hotline {tollfree(r)}", r.choice(BODY)]))
        row = [f"{pre}{b:07d}", f"{pre}{b2:07d}", f"{cust[1]}, {cust[0]}", frm, to, cc, date(r, fmt="us"),
               r.choice(SUBJECTS), rs(r, HEX, 32).upper(), nl.join(txt)]
        out.append(sep.join(q + x + q for x in row)); b = b2 + 1
    return "\n".join(out)


def t_relativity(c):
    r = c.r; dom = corp(r); docs = []
    wants = c.pending(["phone_number", "aws_access_key_id", "aws_secret_access_key", "slack_token", "private_key", "openai_api_key", "github_token", "gitlab_token"])
    slots = spread(r, r.randint(2, 4), wants)
    for s in slots:
        cust = person(r)
        f = {"Control Number": bates(r), "Custodian": f"{cust[1]}, {cust[0]}", "Custodian ID": f"CUST-{d(r, 4)}",
             "Email From": c.addr(cust, dom), "Email To": "; ".join(c.addr(person(r), dom) for _ in range(r.randint(1, 3))),
             "Email CC": "; ".join(c.addr(person(r), corp(r)) for _ in range(r.randint(0, 3))),
             "Date Sent": ts(r), "File Extension": r.choice(["msg", "eml", "docx", "xlsx", "pdf"]),
             "MD5 Hash": rs(r, HEX, 32), "Privilege Designation": r.choice(["Not Privileged", "Attorney-Client", "Work Product", "Partially Privileged"]),
             "Responsive": r.choice(["Responsive", "Not Responsive", "Needs Further Review"]),
             "Family Group": bates(r), "Relativity Native Type": "Microsoft Outlook Message"}
        ex = [r.choice(BODY)]
        if s: ex.append(c.paste(s))
        else: ex.append(neg_secretish(r))
        f["Extracted Text (excerpt)"] = "\n".join(ex)
        docs.append({"artifactID": r.randint(1038000, 1999999), "fields": f})
    return {"workspace": r.choice(["Ironbridge v. Lumenpay", "In re Meridian Pharma Sec. Litig.", "Kestrel Apps – DOJ CID"]),
            "savedSearch": r.choice(["Hot Docs – 2nd level", "Priv Screen", "Custodian: all"]), "totalCount": len(docs) + r.randint(40, 900),
            "results": docs}


def t_produced_email(c):
    r = c.r; dom = corp(r); a = person(r); bt = bates(r)
    to = [c.addr(person(r), dom, fmt="name") for _ in range(r.randint(1, 2))]
    cc = [c.addr(person(r), r.choice([dom, corp(r)]), fmt="name") for _ in range(r.randint(2, 6))]
    mid = f"<{rs(r, AN, 12)}.{d(r, 10)}.{rs(r, AN, 8)}@{r.choice(['mail.gmail.com', 'PH0PR11MB' + d(r, 4) + '.namprd11.prod.outlook.com'])}>"
    head = [f"Produced Document {bt}", f"Custodian: {a[1]}, {a[0]}", f"From: {c.addr(a, dom, fmt='name')}",
            f"Sent: {date(r, fmt='long')} {r.randint(7, 19)}:{r.randint(0, 59):02d}", "To: " + "; ".join(to), "Cc: " + "; ".join(cc),
            f"Subject: {r.choice(SUBJECTS)}", f"Message-ID: {mid}", ""]
    wants = c.pending(["phone_number", "iban", "payment_card", "webhook_url", "github_token"])
    body = [f"Hi {r.choice(FIRST)},", "", r.choice(BODY)]
    quoted = [f"On {date(r, fmt='long')}, {a[0]} {a[1]} wrote:", "> " + r.choice(BODY)]
    for i, t in enumerate(wants):
        line = c.paste(t)
        if i % 2: quoted.append("> " + line)
        else: body.append(line)
    if not wants: body.append(r.choice([f"Card on file {masked_card(r)}.", f"Use account {masked_card(r)}", f"Our helpline is {tollfree(r)}."]))
    body += ["", "Regards,", f"{a[0]} {a[1]}", r.choice([f"Main: {tollfree(r)}", f"Fax {fict_phone(r)}", ""]), ""]
    foot = [f"CONFIDENTIAL – SUBJECT TO PROTECTIVE ORDER                      {bt}"]
    return "\n".join(head + body + quoted + [""] + foot)


def t_privlog(c):
    r = c.r; dom = corp(r); lines = ["Entry,Bates Begin,Bates End,Date,Doc Type,Author,Recipients,CC,Privilege,Description,Counsel Contact"]
    pre = r.choice(["GRV", "PAL", "HLW"]); b = r.randint(100, 90000)
    wp = c.w("phone_number")
    for i in range(r.randint(3, 7)):
        b2 = b + r.randint(0, 9)
        au = c.addr(person(r), dom, p_lab=0.4)
        rec = "; ".join(c.addr(person(r), dom, p_lab=0.4) for _ in range(r.randint(1, 2)))
        cc = "; ".join(c.addr(person(r), corp(r), p_lab=0.3) for _ in range(r.randint(0, 2)))
        cons = person(r)
        contact = f"{cons[0][0]}. {cons[1]} ({c.phone('US') if wp and (c.n('phone_number') == 0 or r.random() < .3) else tollfree(r)})"
        desc = r.choice(["Email requesting legal advice re: licensing terms", "Draft memo prepared at direction of counsel",
                         "Communication reflecting counsel's mental impressions", "Attachment to privileged email – redlined agreement"])
        row = [str(i + 1), f"{pre}{b:07d}", f"{pre}{b2:07d}", date(r, fmt="us"), r.choice(["Email", "Memo", "Attachment"]), au, rec, cc,
               r.choice(["AC", "WP", "AC/WP"]), desc, contact]
        lines.append(",".join(f'"{x}"' if ("," in x or ";" in x) else x for x in row)); b = b2 + 1
    return {"content": [{"type": "text", "text": f"Privilege log – {docket(r)}\n" + "\n".join(lines)}], "isError": False}


def t_lithold(c):
    r = c.r; dom = corp(r); gc = person(r)
    custs = [person(r) for _ in range(r.randint(2, 5))]
    lines = [f"LEGAL HOLD NOTICE – PRESERVE ALL RELEVANT DOCUMENTS", f"Matter: {docket(r)}  (Hold ID LH-{d(r, 5)})", f"Date: {date(r, fmt='long')}", "",
             "To: " + ", ".join(c.addr(p, dom, p_lab=0.5) for p in custs), f"From: Office of the General Counsel <{role(r, dom)}>", "",
             "You are receiving this notice because you may have documents relevant to the above matter.",
             "Do not delete, alter or discard e-mail, chat messages (Slack, Teams), text messages or files."]
    wants = c.pending(["phone_number", "generic_secret", "url_credentials"])
    if "url_credentials" in wants:
        lines.append(f"Upload personal-device exports to {c.urlcred(scheme='sftp', host='sftp.' + dom, path='/holds/LH')}")
    else:
        lines.append(f"Upload personal-device exports via the preservation portal (SSO; no password needed).")
    if "generic_secret" in wants:
        v = c.L("generic_secret", gsecret(r, "pw"))
        lines.append(f"Portal temporary password: {v}")
    else:
        lines.append(r.choice(["Portal temporary password: (sent separately by SMS)", f"Portal password: {'*' * 12}", "password: ${HOLD_PORTAL_PW}"]))
    lines.append("")
    if "phone_number" in wants:
        lines.append(f"Questions: {gc[0]} {gc[1]}, Senior Counsel, direct {c.phone(r.choice(['US', 'GB', 'DE']))}, or {c.addr(gc, dom, fmt='bare') if c.w('email') else role(r, dom)}")
    else:
        lines.append(f"Questions: contact {role(r, dom)} or the Legal hotline {tollfree(r)}.")
    lines.append(f"Acknowledge by {date(r, fmt='long')}. Reference: {bates(r)} / custodian IDs " + ", ".join(f"CUST-{d(r, 4)}" for _ in custs))
    return "\n".join(lines)


def _numbered(lines, start_page):
    out = []; pg = start_page; ln = 1
    out.append(f"                                                        Page {pg}")
    for l in lines:
        out.append(f"{ln:>2}   {l}"); ln += 1
        if ln > 25:
            pg += 1; ln = 1; out.append(f"                                                        Page {pg}")
    return "\n".join(out)


def t_depo(c):
    r = c.r; w = person(r); atty = person(r)
    wants = c.pending(["phone_number", "email", "us_ssn", "payment_card", "iban"])
    L = [f"Q. Please state your name for the record.", f"A. {w[0]} {w[1]}."]
    for t in wants:
        if t == "phone_number":
            L += [f"Q. And the number you called, {c.phone('US')}, whose", "number is that?", "A. That's my cell. I've had it since 2016."]
        elif t == "email":
            e = c.email(w)
            L += ["Q. What e-mail address did you use for the account?", f"A. My personal one, {e}."]
        elif t == "us_ssn":
            L += ["Q. Looking at Exhibit 14, the application lists a", f"Social Security number of {c.ssn('-')}. Is that yours?", "A. Yes."]
        elif t == "payment_card":
            L += ["Q. The statement shows the card ending -- actually the", f"full number printed is {c.card(' ')}.", "Do you recognize it?", "A. That's the company card."]
        elif t == "iban":
            L += ["Q. And the wire went to IBAN", f"{c.iban(spaced=True)}, correct?", "A. I believe so."]
    negs = [f"Q. You called the help line, {tollfree(r)}?", "A. Yes.", f"Q. The document is Bates stamped {bates(r)}.",
            f"Q. Exhibit 9 shows the card as {masked_card(r)}.", "A. Right.", f"Q. Your SSN appears redacted as {masked_ssn(r)}?", "A. Yes.",
            "MR. " + atty[1].upper() + ": Objection. Form.", "THE WITNESS: I don't recall.", f"Q. The office number, {fict_phone(r)}?"]
    r.shuffle(negs)
    L = L[:2] + negs[:r.randint(3, 6)] + L[2:] + ["(Recess taken.)"]
    hdr = f"DEPOSITION OF {w[0].upper()} {w[1].upper()}\n{docket(r)}\n"
    return hdr + _numbered(L, r.randint(12, 180))


def t_hearing(c):
    r = c.r; w = person(r); j = person(r); a1 = person(r); a2 = person(r)
    wants = c.pending(["phone_number", "email", "us_ssn", "payment_card", "aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token"])
    L = ["THE COURT: We're on the record in " + docket(r) + ".", f"MS. {a1[1].upper()}: Your Honor, plaintiff calls {w[0]} {w[1]}."]
    for t in wants:
        if t in ("aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token"):
            L += [f"MS. {a1[1].upper()}: I'll read from Exhibit P-{r.randint(10, 99)}, the config file:", c.paste(t, "env"), "THE WITNESS: Yes, that's the production credential."]
        elif t == "phone_number":
            L += [f"Q. Whose number is {c.phone()}?", "A. Mine."]
        elif t == "email":
            L += [f"Q. And you sent it from {c.email(w)}?", "A. Yes, my personal account."]
        elif t == "us_ssn":
            L += [f"Q. The form shows {c.ssn()} -- is that your Social Security number?", "A. It is."]
        elif t == "payment_card":
            L += [f"Q. The charges were on card number {c.card()}?", "A. Correct."]
    L += [f"MR. {a2[1].upper()}: Objection, Your Honor. The exhibit was produced as {bates(r)} under the protective order.",
          "THE COURT: Overruled. We'll seal those lines.", f"Q. The redacted version shows {masked_card(r)}?", "A. Yes."]
    if not wants: L.append(f"Q. You dialed the carrier's customer line, {tollfree(r)}?")
    txt = f"IN THE UNITED STATES DISTRICT COURT\nHEARING TRANSCRIPT – Vol. {r.randint(1, 4)}\nBefore the Honorable {j[0]} {j[1]}\n\n" + _numbered(L, r.randint(40, 300))
    return {"content": [{"type": "text", "text": txt}], "isError": False}


def t_subpoena(c):
    r = c.r; recs = []
    wants = c.pending(["email", "phone_number", "us_ssn", "payment_card", "iban"])
    for i in range(r.randint(1, 3)):
        p = person(r)
        rec = {"account_id": f"ACCT-{d(r, 9)}", "subscriber_name": f"{p[0]} {p[1]}", "date_of_birth": date(r, 1950, 2000, "iso"),
               "service_address": f"{r.randint(10, 9999)} {r.choice(['Elm', 'Harbor', 'Kingsley', 'Mission'])} St, Apt {r.randint(1, 40)}",
               "account_opened": date(r, 2012, 2022, "iso"), "login_history": [{"ip": f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ts": ts(r)} for _ in range(2)]}
        first = i == 0
        rec["email"] = c.email(p) if ("email" in wants and (first or r.random() < .5)) else f"{slug(p[0])[0]}***@{r.choice(FREEMAIL)}"
        rec["phone"] = c.phone() if ("phone_number" in wants and (first or r.random() < .5)) else fict_phone(r)
        rec["ssn"] = c.ssn() if ("us_ssn" in wants and first) else masked_ssn(r)
        pm = {"type": "card", "brand": r.choice(["visa", "mastercard", "amex"])}
        pm["number"] = c.card() if ("payment_card" in wants and first) else masked_card(r)
        rec["payment_methods"] = [pm]
        if "iban" in wants and first: rec["payout_account"] = {"iban": c.iban(), "holder": f"{p[0]} {p[1]}"}
        else: rec["payout_account"] = {"routing_number": "0" + d(r, 8), "account_number_last4": d(r, 4)}
        recs.append(rec)
    return {"response_to": f"Subpoena duces tecum dated {date(r, fmt='long')}", "matter": docket(r), "records_custodian": role(r, corp(r)),
            "production_bates": [bates(r), bates(r)], "certification": "Records kept in the ordinary course of business (FRE 902(11)).",
            "records": recs}


def t_contract(c):
    r = c.r; pa, pb = r.sample(["Ironbridge Insurance Co.", "Zephyr Mobile Ltd", "Meridian Pharma GmbH", "Lumenpay plc", "Kestrel Apps Inc.", "Ostara Fintech SE"], 2)
    wants = c.pending(["email", "iban", "phone_number", "generic_secret"])
    L = [f"CONTRACT CLAUSE EXTRACT – {pa} / {pb}", f"Source: MSA_{d(r, 4)}_executed.pdf, pp. {r.randint(3, 9)}-{r.randint(10, 30)}", ""]
    p1 = person(r); p2 = person(r)
    n1 = f"{p1[0]} {p1[1]}, General Counsel, e-mail: {c.email(p1) if 'email' in wants else role(r, corp(r))}"
    n2 = f"{p2[0]} {p2[1]}, Head of Partnerships" + (f", tel. {c.phone(r.choice(['GB', 'DE', 'FR', 'NL']))}" if "phone_number" in wants else f", tel. {fict_phone(r)}")
    L += [f"14.2 Notices. All notices shall be in writing and delivered to: (a) for {pa}: {n1}; (b) for {pb}: {n2}.", ""]
    if "iban" in wants:
        L.append(f"Schedule 3 – Payment. Fees are payable within 30 days to {pb}, IBAN {c.iban(spaced=r.random() < .6)}, BIC {rs(r, UP, 6)}2X, quoting the invoice number.")
    else:
        L.append(f"Schedule 3 – Payment. Fees are payable to the account notified in writing (sample format: {r.choice(sorted(TEST_IBANS))}).")
    L.append("")
    if "generic_secret" in wants:
        v = c.L("generic_secret", gsecret(r, r.choice(["pw", "hex32"])))
        L.append(f"Schedule 7 – Escrow. Deposit account: escrow-{d(r, 5)}; Password: {v}; Release conditions per §9.")
    else:
        L.append(f"Schedule 7 – Escrow. Deposit credentials are held by the escrow agent (Password: [REDACTED]).")
    L.append(f"22.1 Governing law: England and Wales. Company No. {d(r, 8)}; VAT GB{d(r, 9)}.")
    return "\n".join(L)


def t_hrcase(c):
    r = c.r; dom = corp(r); subj = person(r); comp = person(r)
    wants = c.pending(["email", "phone_number", "github_token", "aws_access_key_id", "aws_secret_access_key", "slack_token", "openai_api_key", "anthropic_api_key", "private_key", "jwt", "gitlab_token"])
    wit = []
    for i in range(r.randint(1, 3)):
        p = person(r); x = {"name": f"{p[0]} {p[1]}", "role": r.choice(["Engineer", "Team lead", "Contractor", "Analyst"])}
        x["email"] = c.email(p, r.choice([dom, None])) if ("email" in wants and (i == 0 or r.random() < .5)) else role(r, dom)
        x["phone"] = c.phone() if ("phone_number" in wants and i == 0) else fict_phone(r)
        wit.append(x)
    ev = []
    for t in wants:
        if t in ("email", "phone_number"): continue
        ev.append({"exhibit": f"E-{r.randint(1, 40)}", "source": r.choice(["#eng-random Slack export", "Teams chat export", "personal Google Drive", "pastebin screenshot OCR"]),
                   "excerpt": c.paste(t) if t != "private_key" else "key pasted in DM:\n" + c.paste(t)})
    if not ev:
        ev.append({"exhibit": "E-1", "source": "git history", "excerpt": neg_secretish(r)})
    return {"case_id": f"HRI-{r.randint(2022, 2024)}-{d(r, 4)}", "type": r.choice(["Misuse of credentials", "Data exfiltration", "Policy violation – secrets sharing"]),
            "status": r.choice(["Open", "Findings drafted", "Closed – substantiated"]), "subject": {"name": f"{subj[0]} {subj[1]}", "employee_id": f"E{d(r, 6)}"},
            "complainant": {"name": "Anonymous via ethics line", "intake": role(r, dom)}, "witnesses": wit, "evidence": ev,
            "investigator_notes": r.choice(["Keys rotated by SecOps within 2h.", "Subject admitted sharing the token.", "Forensic image hash " + rs(r, HEX, 64)])}


def t_whistle(c):
    r = c.r
    wants = c.pending(["email", "phone_number", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "gitlab_token", "webhook_url", "url_credentials", "slack_token"])
    L = [f"WHISTLEBLOWER HOTLINE – INTAKE REPORT #WB-{r.randint(2022, 2024)}-{d(r, 4)}", f"Received: {date(r, fmt='long')}  Channel: {r.choice(['Web form', 'Phone (transcribed)', 'Mail'])}"]
    rep = person(r)
    if "email" in wants or "phone_number" in wants:
        L.append("Reporter: " + f"{rep[0]} {rep[1]} (consents to contact)" + (f", {c.email(rep)}" if "email" in wants else "") + (f", {c.phone()}" if "phone_number" in wants else ""))
    else:
        L.append("Reporter: Anonymous (contact via case portal only)")
    L += ["", "Allegation: Production credentials are shared in a public team wiki and the vendor's repository.", "Details provided by reporter:"]
    for t in wants:
        if t in ("email", "phone_number"): continue
        L.append("  - " + c.paste(t))
    L.append("  - " + neg_secretish(r))
    L += ["", f"Triage: routed to {role(r, corp(r))}; severity {r.choice(['High', 'Critical'])}; SOX relevance: {r.choice(['Yes', 'No'])}."]
    return "\n".join(L)


def t_regulator(c):
    r = c.r; off = person(r); dom = r.choice(["ico.org.uk", "cnil.fr", "dataprotection.ie", "bfdi.bund.de", "autoriteitpersoonsgegevens.nl"])
    wants = c.pending(["email", "phone_number", "iban"])
    L = [f"Our reference: {r.choice(['IC', 'CNIL', 'DPC'])}-{d(r, 6)}-{rs(r, UP + DG, 4)}", f"Date: {date(r, fmt='long')}", "",
         "Dear Data Protection Officer,", "", "Re: Personal data breach notification – mobile application analytics SDK", "",
         "Thank you for your breach report. We require further information within 14 days, including the categories of data transmitted to third-party SDKs."]
    if "iban" in wants:
        L.append(f"The fixed penalty of EUR {r.randint(2, 90)},000 is payable to account IBAN {c.iban(r.choice(['IE', 'FR', 'DE', 'NL']))} quoting the reference above.")
    L.append("")
    sig = f"{off[0]} {off[1]}, Case Officer"
    if "phone_number" in wants: sig += f"\nDirect line: {c.phone(r.choice(['GB', 'FR', 'IE', 'DE', 'NL']))}"
    else: sig += f"\nHelpline: {r.choice(['0303 123 1113', '+33 1 53 73 22 22', tollfree(r)])}"
    if "email" in wants: sig += f"\nE-mail: {c.email(off, dom)}"
    else: sig += f"\nE-mail: {role(r, dom)}"
    L.append(sig)
    return {"content": [{"type": "text", "text": "\n".join(L)}], "isError": False}


def t_dsar(c):
    r = c.r; p = person(r)
    wants = c.pending(["email", "phone_number", "payment_card", "iban", "generic_secret", "jwt", "us_ssn"])
    prof = {"name": f"{p[0]} {p[1]}", "date_of_birth": date(r, 1960, 2004, "iso"), "customer_id": f"cus_{mixed(r, AN, 14)}",
            "email": c.email(p) if "email" in wants else f"{slug(p[0])}.***@{r.choice(FREEMAIL)}",
            "phone": c.phone() if "phone_number" in wants else fict_phone(r)}
    if "us_ssn" in wants: prof["ssn"] = c.ssn()
    else: prof["ssn_last4"] = d(r, 4)
    bundle = {"request_id": f"DSAR-{d(r, 6)}", "regulation": r.choice(["GDPR Art. 15", "CCPA §1798.110", "UK GDPR"]), "received": date(r, fmt="iso"),
              "responded": date(r, fmt="iso"), "profile": prof,
              "payment_methods": [{"brand": "visa", "number": c.card() if "payment_card" in wants else masked_card(r), "exp": f"{r.randint(1, 12):02d}/{r.randint(25, 30)}"}],
              "refund_accounts": [{"iban": c.iban()}] if "iban" in wants else [],
              "devices": [{"idfa": uuid(r, True), "push_token": rs(r, HEX, 64), "model": r.choice(["iPhone15,2", "SM-S918B", "Pixel 8"])}],
              "security": {}}
    if "generic_secret" in wants: bundle["security"]["totp_secret"] = c.L("generic_secret", gsecret(r, "totp"))
    else: bundle["security"]["totp_enabled"] = True
    if "jwt" in wants: bundle["security"]["active_sessions"] = [{"refresh_token": c.L("jwt", jwt(r)), "created": ts(r)}]
    else: bundle["security"]["active_sessions"] = [{"session_id": uuid(r), "created": ts(r)}]
    bundle["marketing"] = {"consent": r.choice([True, False]), "tcf_string": "CP" + mixed(r, URLC, 40) + ".YAAAAAAAAAAA"}
    return bundle


def t_edisc_log(c):
    r = c.r; dom = corp(r)
    wants = c.pending(["url_credentials", "slack_token", "private_key", "generic_secret", "gitlab_token", "aws_access_key_id", "aws_secret_access_key", "github_token", "webhook_url"])
    L = []; t0 = r.randint(0, 20)
    def ln(lvl, msg):
        nonlocal t0; t0 += r.randint(1, 40)
        L.append(f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {t0 // 60 % 24:02d}:{t0 % 60:02d}:{r.randint(0, 59):02d} [{lvl}] {msg}")
    ln("INFO", f"Collection job COL-{d(r, 5)} started for matter {docket(r)} custodians=" + ",".join(f"CUST-{d(r, 4)}" for _ in range(3)))
    for t in wants:
        if t == "url_credentials": ln("INFO", f"imap connector: opening {c.urlcred(scheme='imaps', host='outlook.office365.com', user='lit-support', path='/INBOX')}")
        elif t == "slack_token": ln("DEBUG", f"slack export connector using {c.paste('slack_token', 'env')}")
        elif t == "private_key": ln("DEBUG", "workspace service account key loaded:\n" + c.paste("private_key"))
        elif t == "generic_secret":
            v = c.L("generic_secret", gsecret(r, "azure"))
            ln("DEBUG", f"m365 graph auth tenant={uuid(r)} client_id={uuid(r)} client_secret={v}")
        elif t == "webhook_url": ln("INFO", f"notify: {c.paste('webhook_url')}")
        else: ln("DEBUG", f"source connector env: {c.paste(t, 'env')}")
    ln("INFO", f"hashed {r.randint(100, 90000)} items; dedupe by MD5; sample {rs(r, HEX, 32)}")
    ln("WARN", f"custodian mailbox {role(r, dom)} skipped (shared mailbox)")
    ln("INFO", neg_secretish(r))
    ln("INFO", f"Bates range assigned {bates(r, 'PROD')} – {bates(r, 'PROD')}")
    return "\n".join(L)

# ======================================================================= MOBILE / AD-TECH
APPS = [("com.zephyrmobile.fit", "ZephyrFit"), ("io.kestrelapps.budget", "Kestrel Budget"), ("jp.sakura.puzzle", "Sakura Puzzle"),
        ("com.larkspur.match3", "Larkspur Match"), ("app.ostara.wallet", "Ostara Wallet"), ("com.cardinal.member", "Cardinal Member")]
EVENTS = ["app_open", "screen_view", "purchase", "sign_up", "tutorial_complete", "add_to_cart", "level_end", "subscription_renewed", "push_open"]


def device(r):
    ios = r.random() < 0.5
    dv = {"manufacturer": "Apple" if ios else r.choice(["samsung", "Google", "Xiaomi"]),
          "model": r.choice(["iPhone14,5", "iPhone16,1"]) if ios else r.choice(["SM-A546B", "Pixel 7a", "23049PCD8G"]),
          "advertisingId": uuid(r, ios), "adTrackingEnabled": r.random() < .6, "id": uuid(r, True) if ios else rs(r, HEX, 16),
          "type": "ios" if ios else "android"}
    dv["token"] = rs(r, HEX, 64) if ios else mixed(r, URLC, 22) + ":APA91b" + mixed(r, URLC, 134)
    return dv


def t_segment(c):
    r = c.r; app = r.choice(APPS)
    wants = c.pending(["email", "phone_number", "generic_secret"])
    batch = []
    for i in range(r.randint(2, 4)):
        p = person(r)
        ev = {"type": r.choice(["identify", "track"]) if i else "identify", "messageId": f"ajs-next-{rs(r, HEX, 32)}", "anonymousId": uuid(r),
              "userId": f"u_{d(r, 8)}", "timestamp": ts(r),
              "context": {"app": {"name": app[1], "namespace": app[0], "version": f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "build": str(r.randint(100, 9999))},
                          "device": device(r), "library": {"name": "analytics-ios", "version": "4.1.8"}, "locale": r.choice(["en-US", "de-DE", "pt-BR", "ja-JP", "fr-FR"]),
                          "traits": {}}}
        if "email" in wants and (i == 0 or r.random() < .4):
            e = c.email(p)
            if r.random() < .5: ev["context"]["traits"]["email"] = e
            else: ev["traits"] = {"email": e, "name": f"{p[0]} {p[1]}"}
        else:
            ev["context"]["traits"]["plan"] = r.choice(["free", "pro", "family"])
        if "phone_number" in wants and i == 0:
            ev.setdefault("traits", {})["phone"] = c.phone()
        if ev["type"] == "track":
            ev["event"] = r.choice(EVENTS)
            ev["properties"] = {"order_id": f"ORD-{d(r, 8)}", "revenue": round(r.uniform(0.99, 79.99), 2), "currency": r.choice(["USD", "EUR", "JPY"]),
                                "payload": json.dumps({"sku": f"sku_{rs(r, LO, 6)}", "coupon": rs(r, UP + DG, 8)})}
            if "email" in wants and r.random() < .4:
                ev["properties"]["payload"] = json.dumps({"sku": f"sku_{rs(r, LO, 6)}", "gift_recipient": c.email()})
        batch.append(ev)
    doc = {"batch": batch, "sentAt": ts(r)}
    doc["writeKey"] = c.L("generic_secret", gsecret(r, "write")) if "generic_secret" in wants else "${SEGMENT_WRITE_KEY}"
    return doc


def t_ga4(c):
    r = c.r; app = r.choice(APPS)
    wants = c.pending(["email", "phone_number", "jwt", "google_api_key"])
    rows = []
    for i in range(r.randint(2, 4)):
        ep = [{"key": "ga_session_id", "value": {"int_value": r.randint(10 ** 9, 2 * 10 ** 9)}},
              {"key": "firebase_screen_class", "value": {"string_value": r.choice(["CheckoutViewController", "MainActivity", "ProfileFragment"])}}]
        up = [{"key": "first_open_time", "value": {"int_value": r.randint(17 * 10 ** 11, 173 * 10 ** 10)}}]
        if "email" in wants and (i == 0 or r.random() < .3): up.append({"key": "user_email", "value": {"string_value": c.email()}})
        if "phone_number" in wants and i == 0: up.append({"key": "contact_phone", "value": {"string_value": c.phone()}})
        if "jwt" in wants and i == 0:
            ep.append({"key": "page_location", "value": {"string_value": f"{app[0].split('.')[-1]}://auth/callback?id_token={c.L('jwt', jwt(r))}&state={rs(r, HEX, 16)}"}})
        else:
            ep.append({"key": "page_location", "value": {"string_value": f"https://{app[0].split('.')[1]}.page.link/?link=https%3A%2F%2Fexample.app%2Fpromo&utm_source=push"}})
        rows.append({"event_date": f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}", "event_name": r.choice(EVENTS), "event_params": ep,
                     "user_pseudo_id": f"{rs(r, HEX, 32)}", "user_properties": up,
                     "device": {"category": "mobile", "advertising_id": uuid(r), "operating_system": r.choice(["IOS", "ANDROID"])},
                     "app_info": {"id": app[0], "firebase_app_id": f"1:{d(r, 12)}:{r.choice(['ios', 'android'])}:{rs(r, HEX, 16)}"},
                     "stream_id": d(r, 10)})
    meta = {"measurement_id": f"G-{rs(r, UP + DG, 10)}"}
    if "google_api_key" in wants: meta["firebase_api_key"] = c.L("google_api_key", google_key(r))
    txt = json.dumps({"job": f"bquxjob_{rs(r, HEX, 8)}", "meta": meta, "rows": rows}, ensure_ascii=False, indent=r.choice([None, 1, 2]))
    return {"content": [{"type": "text", "text": txt}], "isError": False}


def t_amplitude(c):
    r = c.r; wants = c.pending(["email", "phone_number", "generic_secret"])
    evs = []
    for i in range(r.randint(2, 4)):
        upr = {"plan": r.choice(["trial", "premium"]), "cohort": f"w{r.randint(1, 52)}"}
        if "email" in wants and (i == 0 or r.random() < .3): upr["email"] = c.email()
        if "phone_number" in wants and i == 0: upr["$set"] = {"phone": c.phone()}
        evs.append({"user_id": f"{d(r, 9)}", "device_id": uuid(r, True), "event_type": r.choice(EVENTS), "time": r.randint(17 * 10 ** 11, 173 * 10 ** 10),
                    "user_properties": upr, "idfa": uuid(r, True), "adid": uuid(r), "platform": r.choice(["iOS", "Android"]),
                    "os_version": r.choice(["17.4.1", "14", "13"]), "insert_id": uuid(r), "revenue": None})
    key = c.L("generic_secret", gsecret(r, "hex32")) if "generic_secret" in wants else r.choice(["YOUR_API_KEY", "<AMPLITUDE_API_KEY>"])
    return {"api_key": key, "events": evs, "options": {"min_id_length": 5}}


def t_mixpanel(c):
    r = c.r; wants = c.pending(["email", "phone_number", "url_credentials", "generic_secret"])
    L = []
    if "url_credentials" in wants:
        u = c.urlcred(scheme="https", host="api-eu.mixpanel.com", user=f"ingest-sa.{rs(r, HEX, 6)}.mp-service-account", path=f"/import?strict=1&project_id={d(r, 7)}")
        L.append(f"> POST {u}")
    else:
        L.append(f"> POST https://api-eu.mixpanel.com/import?strict=1&project_id={d(r, 7)}")
        L.append("> Authorization: Basic $(echo -n \"$MP_SA_USER:$MP_SA_SECRET\" | base64)")
    L.append("> Content-Type: application/x-ndjson")
    for i in range(r.randint(2, 3)):
        props = {"time": r.randint(17 * 10 ** 11, 173 * 10 ** 10), "distinct_id": f"$device:{uuid(r, True)}", "$insert_id": rs(r, HEX, 24),
                 "$os": r.choice(["iOS", "Android"]), "$ios_ifa": uuid(r, True)}
        if "email" in wants and (i == 0 or r.random() < .4): props["$email"] = c.email()
        if "phone_number" in wants and i == 0: props["$phone"] = c.phone()
        L.append("> " + json.dumps({"event": r.choice(EVENTS), "properties": props}, ensure_ascii=False))
    L.append(f"< HTTP/2 200\n< x-mp-request-id: {uuid(r)}\n{{\"code\":200,\"num_records_imported\":{r.randint(2, 3)},\"status\":\"OK\"}}")
    if "generic_secret" in wants:
        L.append(f"# config echo: project_token={rs(r, HEX, 32)} api_secret={c.L('generic_secret', gsecret(r, 'hex32'))}")
    else:
        L.append(f"# config echo: project_token={rs(r, HEX, 32)} api_secret=<redacted>")
    return {"content": [{"type": "text", "text": "\n".join(L)}], "isError": False}


def t_postback(c):
    r = c.r; wants = c.pending(["email", "generic_secret", "phone_number", "jwt"])
    app = r.choice(APPS); L = [f"# attribution postbacks – app {app[0]} – {date(r, fmt='iso')}"]
    for i in range(r.randint(3, 5)):
        idfa = uuid(r, True)
        q = [f"click_id={rs(r, HEX, 24)}", f"idfa={idfa}", f"campaign_id={d(r, 9)}", f"install_time={r.randint(17 * 10 ** 8, 1735 * 10 ** 6)}"]
        if "email" in wants and (i == 0 or r.random() < .3):
            q.append(f"email={c.email()}")
        elif r.random() < .5:
            p = person(r); q.append(f"email={slug(p[0])}.{slug(p[1])}%40{r.choice(FREEMAIL)}")
        if "phone_number" in wants and i == 1:
            a, e, n = us_parts(r)
            q.append(f"phone={c.L('phone_number', f'{a}-{e}-{n}')}")
        if "generic_secret" in wants and i == 0:
            q.append(f"api_secret={c.L('generic_secret', gsecret(r, 'hex32'))}")
        else:
            q.append(f"af_sub1={rs(r, LO + DG, 10)}")
        if "jwt" in wants and i == 1:
            q.append(f"auth={c.L('jwt', jwt(r, alg='HS256'))}")
        L.append(f"GET https://postback.{r.choice(['adnet-one.com', 'mobrise.io', 'clickpanda.net'])}/v1/install?" + "&".join(q) + f" -> {r.choice([200, 200, 204, 500])}")
    L.append(f"install_referrer: utm_source=google-play&utm_medium=organic&gclid={mixed(r, URLC, 30)}")
    return "\n".join(L)


def t_push(c):
    r = c.r; app = r.choice(APPS)
    wants = c.pending(["private_key", "jwt", "generic_secret", "email", "google_api_key"])
    doc = {"registration": {"app": app[0], "platform": r.choice(["ios", "android"]), "device_token": rs(r, HEX, 64),
                            "fcm_token": mixed(r, URLC, 22) + ":APA91b" + mixed(r, URLC, 134), "installation_id": uuid(r), "idfv": uuid(r, True),
                            "topics": ["promo", "claims-updates"], "locale": r.choice(["en_US", "es_MX", "de_DE"])}}
    p = person(r)
    doc["registration"]["user"] = {"id": f"mbr_{d(r, 8)}", "email": c.email(p) if "email" in wants else None}
    prov = {"apns": {"team_id": rs(r, UP + DG, 10), "key_id": rs(r, UP + DG, 10), "bundle_id": app[0], "environment": r.choice(["production", "sandbox"])}}
    if "private_key" in wants: prov["apns"]["auth_key_p8"] = c.L("private_key", pem(r, "P8"))
    else: prov["apns"]["auth_key_p8"] = "${APNS_AUTH_KEY}"
    if "jwt" in wants: prov["apns"]["provider_token"] = c.L("jwt", jwt(r, alg="ES256"))
    prov["fcm"] = {"project_id": f"{app[1].lower().replace(' ', '-')}-{d(r, 5)}", "sender_id": d(r, 12)}
    if "generic_secret" in wants: prov["fcm"]["server_key"] = c.L("generic_secret", gsecret(r, "fcm"))
    else: prov["fcm"]["server_key"] = "(legacy API disabled)"
    if "google_api_key" in wants: prov["fcm"]["web_api_key"] = c.L("google_api_key", google_key(r))
    doc["provider_config"] = prov
    return doc


def t_iap(c):
    r = c.r; wants = c.pending(["generic_secret", "email", "private_key", "jwt"])
    req = {"receipt-data": base64.b64encode(rbytes(r, 90)).decode() + "...", "exclude-old-transactions": True}
    req["password"] = c.L("generic_secret", gsecret(r, "hex32")) if "generic_secret" in wants else "<app-specific-shared-secret>"
    tx = d(r, 15)
    resp = {"status": 0, "environment": r.choice(["Production", "Sandbox"]), "latest_receipt_info": [
        {"product_id": r.choice(["pro_monthly", "coins_500", "premium_annual"]), "transaction_id": tx, "original_transaction_id": tx,
         "web_order_line_item_id": d(r, 14), "purchase_date_ms": str(r.randint(17 * 10 ** 11, 173 * 10 ** 10)), "expires_date": date(r, 2024, 2025, "iso")}]}
    out = {"request": req, "response": resp}
    if "email" in wants: out["customer"] = {"app_user_id": f"$RCAnonymousID:{rs(r, HEX, 32)}", "email": c.email()}
    if "private_key" in wants or r.random() < .3:
        sa = {"type": "service_account", "project_id": f"play-billing-{d(r, 5)}", "private_key_id": rs(r, HEX, 40),
              "client_email": f"play-verifier@play-billing-{d(r, 5)}.iam.gserviceaccount.com", "client_id": d(r, 21)}
        if "private_key" in wants:
            k = pem(r, "PKCS8")
            sa["private_key"] = k + "\n"
            ser = json.dumps(k)[1:-1]
            c.L("private_key", ser)
        else:
            sa["private_key"] = "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n"
        out["google_play_credentials"] = sa
    if "jwt" in wants:
        out["app_store_server_api"] = {"authorization": "Bearer " + c.L("jwt", jwt(r, alg="ES256", claims={"aud": "appstoreconnect-v1", "bid": r.choice(APPS)[0]}))}
    txt = json.dumps(out, ensure_ascii=False, indent=2)
    return {"content": [{"type": "text", "text": txt}], "isError": False}


def t_deeplinks(c):
    r = c.r; app = r.choice(APPS); sch = app[1].split()[0].lower()
    wants = c.pending(["jwt", "email", "generic_secret", "phone_number"])
    L = [f"deep link audit – {app[0]} – last {r.randint(5, 30)} opens"]
    items = []
    if "jwt" in wants: items.append(f"{sch}://login/magic?token={c.L('jwt', jwt(r))}&next=%2Fhome")
    if "email" in wants: items.append(f"https://{sch}.app/invite/accept?email={c.email()}&code={rs(r, UP + DG, 6)}")
    if "generic_secret" in wants: items.append(f"{sch}://debug/config?api_secret={c.L('generic_secret', gsecret(r, 'hex32'))}&env=prod")
    if "phone_number" in wants:
        p = c.phone(r.choice(["GB", "DE", "FR", "JP", "IN"]))
        items.append(f"{sch}://verify?channel=sms phone={p} (logged raw)")
    p = person(r)
    negs = [f"{sch}://product/{d(r, 6)}?utm_source=braze&utm_campaign=spring_{d(r, 2)}",
            f"https://{sch}.app/r/{rs(r, UP + DG, 8)}?referrer=gclid%3D{mixed(r, URLC, 20)}",
            f"{sch}://invite?email={slug(p[0])}%40{r.choice(FREEMAIL)}&ref=share",
            f"{sch}://reset?token=<token>",
            f"{sch}://order/ORD-{d(r, 8)}?gift_card={rs(r, UP + DG, 4)}-{rs(r, UP + DG, 4)}-{rs(r, UP + DG, 4)}"]
    items += r.sample(negs, r.randint(2, 4)); r.shuffle(items)
    for i, it in enumerate(items):
        L.append(f"{i + 1:>3}  {ts(r)}  idfa={uuid(r, True)}  {it}")
    return "\n".join(L)


def t_crash(c):
    r = c.r; wants = c.pending(["url_credentials", "jwt", "email", "stripe_key", "openai_api_key", "anthropic_api_key"])
    crumbs = [{"timestamp": ts(r), "category": "navigation", "data": {"from": "HomeScreen", "to": "CheckoutScreen"}}]
    for t in wants:
        if t == "url_credentials":
            crumbs.append({"timestamp": ts(r), "category": "http", "data": {"method": "GET", "url": c.urlcred(scheme="https", host="staging-api." + corp(r), user="qa", path="/v2/cart"), "status_code": 401}})
        elif t == "jwt":
            crumbs.append({"timestamp": ts(r), "category": "http", "data": {"method": "POST", "url": "https://api.zephyrmobile.app/v1/sync", "request_headers": {"Authorization": "Bearer " + c.L("jwt", jwt(r))}}})
        elif t == "email":
            crumbs.append({"timestamp": ts(r), "category": "console", "level": "info", "message": f"login ok for {c.email()}"})
        elif t == "stripe_key":
            crumbs.append({"timestamp": ts(r), "category": "console", "level": "debug", "message": f"PaymentSheet init with {c.paste('stripe_key', 'env')}"})
        elif t == "openai_api_key":
            crumbs.append({"timestamp": ts(r), "category": "http", "data": {"url": "https://api.openai.com/v1/chat/completions", "request_headers": {"Authorization": "Bearer " + c.L("openai_api_key", openai_key(r))}}})
        elif t == "anthropic_api_key":
            crumbs.append({"timestamp": ts(r), "category": "http", "data": {"url": "https://api.anthropic.com/v1/messages", "request_headers": {"x-api-key": c.L("anthropic_api_key", anthropic_key(r)), "anthropic-version": "2023-06-01"}}})
    crumbs.append({"timestamp": ts(r), "category": "console", "level": "debug", "message": neg_secretish(r)})
    return {"event_id": rs(r, HEX, 32), "platform": r.choice(["cocoa", "java", "javascript"]), "release": f"{r.choice(APPS)[0]}@{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}+{r.randint(100, 999)}",
            "exception": {"values": [{"type": r.choice(["NSInvalidArgumentException", "IllegalStateException", "TypeError"]), "value": "unexpected nil in checkout state"}]},
            "contexts": {"device": {"model": r.choice(["iPhone15,3", "Pixel 8 Pro"]), "id": uuid(r, True)}, "trace": {"trace_id": rs(r, HEX, 32), "span_id": rs(r, HEX, 16)}},
            "user": {"id": f"u_{d(r, 8)}", "ip_address": "{{auto}}"}, "breadcrumbs": {"values": crumbs}}


def t_remote_config(c):
    r = c.r; wants = c.pending(["openai_api_key", "anthropic_api_key", "google_api_key", "generic_secret", "webhook_url", "stripe_key", "aws_access_key_id", "aws_secret_access_key"])
    params = {"onboarding_variant": {"defaultValue": {"value": r.choice(["A", "B", "control"])}},
              "support_contact": {"defaultValue": {"value": role(r, corp(r))}},
              "paywall_enabled": {"defaultValue": {"value": "true"}, "conditionalValues": {"ios_only": {"value": "false"}}}}
    for t in wants:
        k, v = c.kv(t)
        params[k] = {"defaultValue": {"value": v}, "description": r.choice(["temp – move to backend", "hotfix 4.2", "do not ship"])}
    params["feature_flags_json"] = {"defaultValue": {"value": json.dumps({"new_checkout": r.random() < .5, "ai_coach": True, "min_version": "4.2.0"})}}
    params[r.choice(["maps_key_ref", "llm_key_ref"])] = {"defaultValue": {"value": r.choice(["projects/123/secrets/llm-key/versions/latest", "${{ secrets.MAPS_KEY }}", "sk_test_xxx"])}}
    doc = {"conditions": [{"name": "ios_only", "expression": "device.os == 'ios'"}], "parameters": params,
           "version": {"versionNumber": str(r.randint(10, 400)), "updateTime": ts(r), "updateUser": {"email": f"firebase-adminsdk-{rs(r, LO + DG, 5)}@{r.choice(APPS)[1].split()[0].lower()}-prod.iam.gserviceaccount.com"}}}
    return {"content": [{"type": "text", "text": json.dumps(doc, ensure_ascii=False, indent=2)}], "isError": False}


def t_gservices(c):
    r = c.r; app = r.choice(APPS); pid = f"{app[1].split()[0].lower()}-{r.choice(['prod', 'dev'])}-{d(r, 4)}"
    wants = c.pending(["google_api_key", "generic_secret", "private_key"])
    doc = {"project_info": {"project_number": d(r, 12), "project_id": pid, "storage_bucket": f"{pid}.appspot.com"},
           "client": [{"client_info": {"mobilesdk_app_id": f"1:{d(r, 12)}:android:{rs(r, HEX, 16)}", "android_client_info": {"package_name": app[0]}},
                       "oauth_client": [{"client_id": f"{d(r, 12)}-{rs(r, LO + DG, 32)}.apps.googleusercontent.com", "client_type": 3}],
                       "api_key": [{"current_key": c.L("google_api_key", google_key(r)) if "google_api_key" in wants else "AIzaSy" + "X" * 33}]}],
           "configuration_version": "1"}
    if "generic_secret" in wants:
        doc["web_oauth"] = {"client_id": f"{d(r, 12)}-{rs(r, LO + DG, 32)}.apps.googleusercontent.com", "client_secret": c.L("generic_secret", gsecret(r, "gocspx")),
                            "redirect_uris": [f"https://{pid}.firebaseapp.com/__/auth/handler"]}
    if "private_key" in wants:
        doc["service_account"] = {"type": "service_account", "private_key_id": rs(r, HEX, 40), "private_key": c.L("private_key", pem(r, "PKCS8")) + "\n",
                                  "client_email": f"firebase-adminsdk-{rs(r, LO + DG, 5)}@{pid}.iam.gserviceaccount.com"}
    return doc


def t_sdklog(c):
    r = c.r; wants = c.pending(["generic_secret", "email", "jwt", "google_api_key", "aws_access_key_id", "aws_secret_access_key", "openai_api_key", "anthropic_api_key"])
    L = []
    def ln(tag, msg): L.append(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d} {r.choice(['D', 'I', 'V'])}/{tag}: {msg}")
    ln("Analytics", f"Segment initialized, flushAt=20, anonymousId={uuid(r)}")
    for t in wants:
        if t == "generic_secret":
            kind, tag, name = r.choice([("write", "Analytics", "using writeKey="), ("af", "AppsFlyer", "devKey="), ("rc", "Purchases", "Configuring SDK using API key: "), ("hex32", "Amplitude", "apiKey=")])
            ln(tag, f"{name}{c.L('generic_secret', gsecret(r, kind))}")
        elif t == "email": ln("Braze", f"changeUser external_id=u_{d(r, 7)} email={c.email()}")
        elif t == "jwt": ln("AuthSDK", f"refreshed session, access_token={c.L('jwt', jwt(r))}")
        elif t == "google_api_key": ln("FirebaseApp", f"Initialized default app, apiKey={c.L('google_api_key', google_key(r))}")
        elif t == "aws_access_key_id": ln("AWSMobileClient", f"credentials provider: accessKeyId={c.L(t, aws_kid(r))}")
        elif t == "aws_secret_access_key": ln("AWSMobileClient", f"credentials provider: secretKey={c.L(t, aws_secret(r))}")
        elif t == "openai_api_key": ln("AICoach", f"POST /v1/responses Authorization: Bearer {c.L(t, openai_key(r))}")
        elif t == "anthropic_api_key": ln("AICoach", f"x-api-key={c.L(t, anthropic_key(r))}")
    ln("AppsFlyer", f"AppsFlyerId={r.randint(10 ** 12, 10 ** 13 - 1)}-{r.randint(10 ** 18, 10 ** 19 - 1)}, gaid={uuid(r)}")
    ln("FirebaseMessaging", f"FCM token: {mixed(r, URLC, 22)}:APA91b{mixed(r, URLC, 134)}")
    ln("Analytics", r.choice(["using writeKey=<redacted>", "writeKey from BuildConfig.SEGMENT_KEY", "measurementId=G-" + rs(r, UP + DG, 10)]))
    r.shuffle(L)
    return "\n".join(L)


def t_reviews(c):
    r = c.r; wants = c.pending(["email", "phone_number", "payment_card"])
    L = ["review_id,app_version,rating,locale,date,title,body,developer_reply"]
    for i in range(r.randint(3, 5)):
        body = r.choice(["Crashes on launch since the update.", "Charged twice for the subscription!!", "Love it but sync is slow.",
                         "Can't log in, reset link never arrives.", "ich wurde doppelt belastet", "não consigo cancelar a assinatura"])
        if i == 0 and "email" in wants: body += f" Please email me at {c.email()}"
        if i == 1 and "phone_number" in wants: body += f" call me {c.phone()}"
        if i == 2 and "payment_card" in wants: body += f" refund to my card {c.card()} ASAP"
        if i == 2 and "payment_card" not in wants: body += f" my card {masked_card(r)} was billed"
        reply = r.choice(["", f"Sorry! Please contact {role(r, corp(r))} with order id GPA.{d(r, 4)}-{d(r, 4)}-{d(r, 4)}-{d(r, 5)}", "Fixed in 5.2.1"])
        row = [f"gp:{mixed(r, URLC, 40)}", f"{r.randint(3, 6)}.{r.randint(0, 9)}.{r.randint(0, 9)}", str(r.randint(1, 5)), r.choice(["en_US", "de_DE", "pt_BR"]), date(r, 2024, 2024, "iso"),
               r.choice(["Broken", "Great", "Refund?", "Ugh"]), body, reply]
        L.append(",".join('"' + x.replace('"', "'") + '"' for x in row))
    return {"content": [{"type": "text", "text": "\n".join(L)}], "isError": False}


def t_flags(c):
    r = c.r; wants = c.pending(["generic_secret", "email", "phone_number"])
    p = person(r)
    ctx = {"kind": "user", "key": f"u_{d(r, 8)}", "country": r.choice(["DE", "US", "BR", "JP"]), "plan": "pro"}
    if "email" in wants: ctx["email"] = c.email(p)
    if "phone_number" in wants: ctx["phone"] = c.phone()
    flags = {f: {"value": r.random() < .5, "variation": r.randint(0, 2), "version": r.randint(1, 200)} for f in r.sample(["new-onboarding", "ai-coach", "paywall-v3", "dark-launch-claims", "gdpr-banner"], 3)}
    doc = {"context": ctx, "flags": flags,
           "consent": {"tcf_v2": "CP" + mixed(r, URLC, 60) + ".f_gAAAAAAAA", "gpp": "DBABMA~" + mixed(r, URLC, 20), "us_privacy": "1YNN", "att_status": r.choice(["authorized", "denied"])},
           "sdk": {"name": r.choice(["launchdarkly-ios", "statsig-android"]), "clientSideId": rs(r, HEX, 24)}}
    if "generic_secret" in wants:
        doc["sdk"]["serverSdkKey"] = c.L("generic_secret", gsecret(r, r.choice(["ld", "statsig"])))
    else:
        doc["sdk"]["serverSdkKey"] = r.choice(["sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "${LD_SDK_KEY}"])
    return doc

# ======================================================================= HEALTH / PAYER
OCR_SUB = {"O": "0", "I": "l", "S": "5", "B": "8", "E": "F", "e": "c", "a": "o", "'": "`", "1": "l", "0": "O", "5": "S"}


def ocr(r, s, p=0.06):
    return "".join(OCR_SUB[ch] if ch in OCR_SUB and r.random() < p else ch for ch in s)


def ocr_damage(r, v):
    """damage a value so it is no longer a valid instance (always changes at least one char)"""
    idx = [i for i, ch in enumerate(v) if ch in "0158"]
    i = r.choice(idx) if idx else 0
    return v[:i] + {"0": "O", "1": "l", "5": "S", "8": "B"}.get(v[i], "?") + v[i + 1:]


def pad(s, n):
    return s + " " * max(1, n - len(s))


def t_cms1500(c):
    r = c.r; p = person(r); ins = person(r)
    wants = c.pending(["phone_number", "us_ssn"])
    payer = r.choice(PAYERS)
    L = [ocr(r, f"HEALTH INSURANCE CLAIM FORM          {payer.upper()}"), ocr(r, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12"),
         ocr(r, "1. MEDICARE  MEDICAID  TRICARE  CHAMPVA  GROUP HEALTH PLAN  FECA  OTHER      1a. INSURED'S I.D. NUMBER"),
         f"                       [X]                                         {member_id(r)}",
         ocr(r, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)     3. PATIENT'S BIRTH DATE   SEX"),
         f"{pad(f'{p[1].upper()}, {p[0].upper()}', 62)}{date(r, 1950, 2010, 'us').replace('/', ' ')}    {r.choice(['M', 'F'])}",
         ocr(r, "5. PATIENT'S ADDRESS (No., Street)                            7. INSURED'S ADDRESS"),
         f"{r.randint(10, 9999)} {r.choice(['OAK', 'PINE', 'LAKEVIEW', 'MAPLE'])} {r.choice(['ST', 'AVE', 'DR'])}",
         ocr(r, "ZIP CODE           TELEPHONE (Include Area Code)")]
    if "phone_number" in wants:
        a, e, n = us_parts(r)
        v = r.choice([f"({a}) {e}-{n}", f"({a}){e}-{n}", f"{a} {e} {n}"])
        L.append(f"{d(r, 5)}              {c.L('phone_number', v, phone_acc(v))}")
    else:
        a, e, n = us_parts(r)
        L.append(f"{d(r, 5)}              {r.choice([ocr_damage(r, f'({a}) {e}-{n}'), f'({a}) 555-01{d(r, 2)}', '(   )'])}")
    L += [ocr(r, "11. INSURED'S POLICY GROUP OR FECA NUMBER"), f"  GRP {d(r, 6)}",
          ocr(r, "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  ICD Ind. 0"), "  A. " + r.choice(ICD) + "   B. " + r.choice(ICD),
          ocr(r, "24. A. DATE(S) OF SERVICE   B.POS  D. PROCEDURES   E.DIAG  F. $ CHARGES  G.UNITS  J. RENDERING PROVIDER ID. #")]
    for i in range(r.randint(1, 3)):
        L.append(f"  {date(r, 2024, 2024, 'us')}  11   {r.choice(CPT)} {r.choice(['', '25', '59'])}   A     {r.randint(80, 900)} 00   1   NPI {npi(r)}")
    L.append(ocr(r, "25. FEDERAL TAX I.D. NUMBER     SSN  EIN      26. PATIENT'S ACCOUNT NO.     28. TOTAL CHARGE"))
    if "us_ssn" in wants:
        L.append(f"    {c.ssn('')}                  [X]  [ ]      {d(r, 7)}                     $ {r.randint(100, 2000)} 00")
    else:
        L.append(f"    {ein(r).replace('-', '')}                  [ ]  [X]      {d(r, 7)}                     $ {r.randint(100, 2000)} 00")
    L += [ocr(r, "33. BILLING PROVIDER INFO & PH #"), f"  {r.choice(['PINECREST ORTHOPEDICS', 'DR ' + ins[1].upper() + ' FAMILY MED', 'OAKRIDGE CLINIC PC'])}   ({fict_phone(r) if 'phone_number' not in wants or r.random() < .5 else c.usphone()})",
          f"  a. {npi(r)}   b. {rs(r, UP + DG, 2)}{d(r, 6)}"]
    return "\n".join(L)


def t_ub04(c):
    r = c.r; p = person(r); wants = c.pending(["phone_number", "us_ssn"])
    fac = r.choice(["TIDEWATER REGIONAL MEDICAL CTR", "NORTHPINE SURGERY CENTER", "LAKESHORE REHAB HOSPITAL"])
    a, e, n = us_parts(r)
    ph = c.L("phone_number", f"{a} {e}-{n}", []) if "phone_number" in wants else r.choice([f"{a} 555-01{d(r, 2)}", ocr_damage(r, f"{a} {e}-{n}")])
    L = [f"1 {fac}                     2                           3a PAT. CNTL # {d(r, 9)}    4 TYPE OF BILL",
         f"  {r.randint(100, 9999)} HARBOR BLVD                                         b. MED. REC. # {rs(r, UP, 2)}{d(r, 7)}  0{r.choice(['111', '131', '831'])}",
         f"  NORFOLK VA 23510  {ph}       " + ocr(r, f"5 FED. TAX NO. {ein(r)}   6 STATEMENT COVERS PERIOD"),
         ocr(r, f"8 PATIENT NAME  a {p[1].upper()}, {p[0].upper()}            10 BIRTHDATE {date(r, 1940, 2005, 'us').replace('/', '')}  11 SEX {r.choice('MF')}"),
         ocr(r, "42 REV. CD. 43 DESCRIPTION                44 HCPCS / RATE / HIPPS CODE  46 SERV. UNITS  47 TOTAL CHARGES")]
    for i in range(r.randint(2, 4)):
        L.append(f"  0{r.choice(['250', '300', '320', '360', '450', '636'])}  {r.choice(['PHARMACY', 'LAB', 'DX X-RAY', 'OR SERVICES', 'EMERG ROOM', 'DRUGS/DETAIL CODE'])}          {r.choice(CPT + HCPCS)}          {r.randint(1, 4)}      {r.randint(50, 9000)} {d(r, 2)}")
    L += [ocr(r, "50 PAYER NAME          51 HEALTH PLAN ID     56 NPI " + npi(r)),
          f"A {r.choice(PAYERS).upper()[:22]}   {d(r, 10)}",
          ocr(r, "58 INSURED'S NAME              60 INSURED'S UNIQUE ID               61 GROUP NAME     62 INSURANCE GROUP NO.")]
    ins_id = c.ssn(r.choice(["", "-"])) if "us_ssn" in wants else member_id(r)
    L.append(f"A {p[1].upper()}, {p[0].upper()}          {ins_id}                {r.choice(['CITY OF NORFOLK', 'ACME LOGISTICS'])}   {d(r, 6)}")
    L += [ocr(r, "67 PRIN. DIAG. CD. ") + r.choice(ICD).replace(".", "") + "   " + r.choice(ICD).replace(".", ""), ocr(r, "80 REMARKS  ") + r.choice(["AUTH# " + d(r, 9), "REF CLAIM " + claim_no(r), "DUP OF PRIOR SUBMISSION?"])]
    return "\n".join(L)


def t_eob(c):
    r = c.r; p = person(r); wants = c.pending(["phone_number", "email", "payment_card"])
    payer = r.choice(PAYERS)
    L = [f"{payer} — EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", f"Member: {p[0]} {p[1]}   Member ID: {member_id(r)}   Group: {d(r, 6)}",
         f"Claim #: {claim_no(r)}   Provider: {r.choice(['Oakridge Clinic', 'Pinecrest Orthopedics', 'Tidewater Imaging'])}   NPI {npi(r)}", "",
         "Service Date | Code  | Billed   | Allowed | Plan Paid | You Owe | Remark"]
    for i in range(r.randint(2, 4)):
        b = r.randint(90, 3000); al = int(b * r.uniform(.3, .8)); pp = int(al * r.uniform(.5, .9))
        L.append(f"{date(r, 2024, 2024, 'us')} | {r.choice(CPT)} | ${b}.00 | ${al}.00 | ${pp}.00 | ${al - pp}.00 | {r.choice(['N130', 'CO-45', 'PR-2', 'PR-1', ''])}")
    L.append("")
    if "payment_card" in wants:
        L.append(f"Payment plan note: member authorized autopay on card {c.card()} for the balance.")
    else:
        L.append(f"Payment on file: {masked_card(r)}")
    cont = "Questions? Member Services " + tollfree(r) + " (TTY 711)."
    if "phone_number" in wants: cont += f" We tried to reach you at {c.phone('US')}."
    if "email" in wants: cont += f" Paperless notices are sent to {c.email(p)}."
    else: cont += f" Paperless notices: manage at member portal; do not reply to {role(r, 'cardinal-benefits.com')}."
    L.append(cont)
    L.append(f"Diagnosis codes on claim: {', '.join(r.sample(ICD, 2))}. Appeal within 180 days to {role(r, 'cardinal-benefits.com')} or fax {tollfree(r)}.")
    return {"content": [{"type": "text", "text": "\n".join(L)}], "isError": False}


def t_pa_fax(c):
    r = c.r; p = person(r); doc_ = person(r); coord = person(r); wants = c.pending(["phone_number", "email", "us_ssn"])
    clinic = r.choice(["Oakridge Clinic PC", "Pinecrest Orthopedics", "Harbor Family Medicine", "Cobalt Rheumatology"])
    L = ["*" * 50, "F A X   C O V E R   S H E E T", "*" * 50, f"TO:    {r.choice(PAYERS)} – Utilization Management / Prior Authorization",
         f"FAX:   {tollfree(r)}          PHONE: {tollfree(r)}", f"FROM:  {coord[0]} {coord[1]}, {clinic}"]
    if "phone_number" in wants: L.append(f"PHONE: {c.usphone()}   (direct)     FAX: {fict_phone(r)}")
    else: L.append(f"PHONE: {fict_phone(r)}   FAX: {fict_phone(r)}")
    if "email" in wants: L.append(f"EMAIL: {c.email(coord, r.choice(CORP))}")
    L += [f"DATE:  {date(r, 2024, 2024, 'us')}     PAGES (incl. cover): {r.randint(3, 14)}", "RE:    URGENT – PRIOR AUTHORIZATION REQUEST",
          "CONFIDENTIALITY NOTICE: This facsimile contains protected health information...", "", "---- page 2 ----",
          ocr(r, "PRIOR AUTHORIZATION REQUEST FORM – PHARMACY / MEDICAL"), ocr(r, f"Patient name: {p[0]} {p[1]}     DOB: {date(r, 1945, 2010, 'us')}"),
          ocr(r, f"Member ID: {member_id(r)}   Group #: {d(r, 6)}")]
    if "us_ssn" in wants: L.append(ocr(r, "Subscriber SSN (if no member ID): ", .04) + c.ssn())
    else: L.append(ocr(r, "Subscriber SSN (if no member ID): ") + masked_ssn(r))
    L += [ocr(r, f"Medication/Service: {r.choice(RXNAMES)}   NDC {r.choice(NDC)}   HCPCS {r.choice(HCPCS)}"),
          ocr(r, f"Diagnosis: {r.choice(ICD)}, {r.choice(ICD)}   Prescriber: Dr. {doc_[0]} {doc_[1]}  NPI {npi(r)}  DEA {dea(r)}"),
          ocr(r, "Clinical rationale: failed metformin x 6 mo; A1c 8.9% on " + date(r, 2024, 2024, "us"))]
    return "\n".join(L)


def t_835(c):
    r = c.r; wants = c.pending(["phone_number", "email", "url_credentials"])
    ctl = d(r, 9); payer = r.choice(PAYERS).upper()[:20]
    S = [f"ISA*00*          *00*          *ZZ*{rs(r, UP + DG, 9):<15}*ZZ*{rs(r, UP + DG, 9):<15}*{d(r, 6)}*{d(r, 4)}*^*00501*{ctl}*0*P*:",
         f"GS*HP*{rs(r, UP, 6)}*{rs(r, UP, 6)}*2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{r.randint(1, 9999)}*X*005010X221A1", f"ST*835*{d(r, 4)}",
         f"BPR*I*{r.randint(100, 90000)}.{d(r, 2)}*C*ACH*CCP*01*0{d(r, 8)}*DA*{d(r, 10)}*{d(r, 10)}**01*0{d(r, 8)}*DA*{d(r, 9)}*2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
         f"TRN*1*{d(r, 12)}*1{d(r, 9)}", f"N1*PR*{payer}", f"N3*PO BOX {r.randint(1000, 99999)}", f"N4*ATLANTA*GA*30348"]
    per = ["PER", "BL", "EDI HELP DESK", "TE", d(r, 3) and tollfree(r).replace("-", "").replace("(", "").replace(")", "").replace(" ", "").replace(".", "")]
    if "phone_number" in wants:
        a, e, n = us_parts(r); ph = c.L("phone_number", f"{a}{e}{n}", []); per = ["PER", "CX", "ANALYST " + r.choice(LAST).upper(), "TE", ph]
    if "email" in wants:
        per += ["EM", c.email()]
    S.append("*".join(per))
    S.append(f"N1*PE*{r.choice(['OAKRIDGE CLINIC PC', 'PINECREST ORTHO'])}*XX*{npi(r)}")
    for i in range(r.randint(1, 3)):
        S += [f"CLP*{d(r, 10)}*1*{r.randint(100, 5000)}*{r.randint(50, 3000)}*{r.randint(0, 300)}*12*{claim_no(r)}*11*1",
              f"NM1*QC*1*{r.choice(LAST).upper()}*{r.choice(FIRST).upper()}****MI*{member_id(r)}",
              f"SVC*HC:{r.choice(CPT)}*{r.randint(100, 900)}*{r.randint(50, 700)}**1", f"CAS*CO*45*{r.randint(10, 300)}", f"DTM*472*2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"]
    S += [f"SE*{len(S) + 1}*{d(r, 4)}", f"GE*1*{r.randint(1, 9999)}", f"IEA*1*{ctl}"]
    head = f"835 remittance retrieved {date(r, 2024, 2024, 'iso')}"
    if "url_credentials" in wants: head += f" from {c.urlcred(scheme='sftp', host='edi.' + r.choice(['cardinal-benefits.com', 'ironbridge-ins.com']), user='prov' + d(r, 5), path='/outbound/835/')}"
    else: head += " from sftp://prov" + d(r, 5) + "@edi.cardinal-benefits.com/outbound/835/ (key auth)"
    return head + "\n" + "~\n".join(S) + "~"


def t_rx_reject(c):
    r = c.r; wants = c.pending(["phone_number", "generic_secret", "email"])
    req_h = {"Content-Type": "application/json", "X-Request-Id": uuid(r)}
    if "generic_secret" in wants: req_h["X-Switch-Api-Key"] = c.L("generic_secret", gsecret(r, r.choice(["hex32", "hex64"])))
    else: req_h["X-Switch-Api-Key"] = "{{SWITCH_API_KEY}}"
    pharm = {"ncpdp_id": d(r, 7), "npi": npi(r), "name": r.choice(["Harbor Pharmacy #0412", "Cobalt Specialty Rx", "Lakeview Drug"])}
    if "phone_number" in wants: pharm["pharmacist_callback"] = c.usphone()
    else: pharm["help_desk"] = tollfree(r)
    if "email" in wants: pharm["pic_email"] = c.email()
    resp = {"transaction_response_status": "R", "reject_codes": r.sample([{"code": "75", "text": "Prior Authorization Required"}, {"code": "70", "text": "Product/Service Not Covered"},
                                                                          {"code": "76", "text": "Plan Limitations Exceeded"}, {"code": "88", "text": "DUR Reject Error"}, {"code": "MR", "text": "Product Not On Formulary"}], 2),
            "additional_message": f"CALL PA DEPT {tollfree(r)} OR FAX {tollfree(r)}", "help_desk_phone": tollfree(r)}
    claim = {"bin": d(r, 6), "pcn": rs(r, UP + DG, 6), "group": rs(r, UP + DG, 8), "cardholder_id": member_id(r), "rx_number": d(r, 8),
             "ndc": r.choice(NDC).replace("-", ""), "drug": r.choice(RXNAMES), "days_supply": r.choice([30, 90]), "prescriber_npi": npi(r), "prescriber_dea": dea(r),
             "date_of_service": date(r, 2024, 2024, "iso"), "patient_dob": date(r, 1940, 2010, "iso")}
    return {"request": {"headers": req_h, "pharmacy": pharm, "claim": claim}, "response": resp}


def t_271(c):
    r = c.r; p = person(r); wants = c.pending(["us_ssn", "phone_number", "jwt", "generic_secret"])
    L = [f"POST /eligibility/v3 HTTP/1.1", "Host: api.clearinghouse-demo.net"]
    L.append(f"Authorization: Bearer {c.L('jwt', jwt(r))}" if "jwt" in wants else "Authorization: Bearer ${CH_TOKEN}")
    body = {"controlNumber": d(r, 9), "tradingPartnerServiceId": rs(r, UP + DG, 5), "provider": {"organizationName": "OAKRIDGE CLINIC PC", "npi": npi(r)},
            "subscriber": {"memberId": member_id(r), "firstName": p[0].upper(), "lastName": p[1].upper(), "dateOfBirth": date(r, 1950, 2005, "iso").replace("-", "")}}
    if "us_ssn" in wants: body["subscriber"]["ssn"] = c.ssn(r.choice(["", "-"]))
    if "generic_secret" in wants: body["credentials"] = {"submitterId": rs(r, UP + DG, 8), "password": c.L("generic_secret", gsecret(r, "pw"))}
    L.append(json.dumps(body, ensure_ascii=False))
    L.append("")
    L.append("HTTP/1.1 200 OK")
    resp = {"planStatus": [{"statusCode": "1", "status": "Active Coverage", "planDetails": r.choice(["PPO GOLD 1500", "HMO SELECT"])}],
            "benefitsInformation": [{"code": "C", "name": "Deductible", "benefitAmount": str(r.randint(500, 6000)), "inPlanNetworkIndicator": "Y"},
                                    {"code": "B", "name": "Co-Payment", "serviceTypeCodes": ["98"], "benefitAmount": str(r.choice([20, 30, 45]))}],
            "payer": {"name": r.choice(PAYERS), "contactInformation": {"contacts": [{"communicationMode": "Telephone", "communicationNumber": tollfree(r).replace("-", "").replace(" ", "")}]}}}
    if "phone_number" in wants:
        resp["subscriber"] = {"contactInformation": {"contacts": [{"communicationMode": "Home Phone", "communicationNumber": c.usphone()}]}}
    L.append(json.dumps(resp, ensure_ascii=False, indent=1))
    return {"content": [{"type": "text", "text": "\n".join(L)}], "isError": False}


def t_appeal(c):
    r = c.r; p = person(r); wants = c.pending(["phone_number", "email", "us_ssn"])
    payer = r.choice(PAYERS)
    L = [f"{p[0]} {p[1]}", f"{r.randint(10, 9999)} {r.choice(['Birch', 'Cedar', 'Willow'])} Lane", date(r, 2024, 2024, "long"), "",
         f"{payer}", "Attn: Appeals & Grievances", f"PO Box {r.randint(1000, 99999)}", "",
         f"RE: First-level appeal – Claim {claim_no(r)}, Member ID {member_id(r)}, DOS {date(r, 2024, 2024, 'us')}"]
    if "us_ssn" in wants: L.append(f"Subscriber SSN: {c.ssn()} (your rep asked me to include it)")
    L += ["", "To whom it may concern:", "",
          f"I am appealing the denial (remark code CO-50, not medically necessary) of CPT {r.choice(CPT)} for diagnosis {r.choice(ICD)}.",
          "My physician's letter of medical necessity is enclosed, along with the imaging report.", ""]
    cl = "Please contact me"
    if "phone_number" in wants: cl += f" at {c.phone('US')}"
    if "email" in wants: cl += f" or by e-mail at {c.email(p)}"
    if cl == "Please contact me": cl += f" by mail; I was told to call {tollfree(r)} but the wait exceeds an hour"
    L += [cl + ".", "", "Sincerely,", f"{p[0]} {p[1]}", f"cc: {role(r, 'cardinal-benefits.com')}; state insurance department complaint #{d(r, 7)}"]
    return "\n".join(L)


def t_portal(c):
    r = c.r; p = person(r); wants = c.pending(["email", "phone_number", "payment_card", "iban", "us_ssn"])
    msgs = [{"id": f"msg_{d(r, 8)}", "from": "member", "sent": ts(r), "subject": r.choice(["Refund for duplicate claim", "Update my contact info", "Reimbursement abroad"]),
             "body": "Hello, " + r.choice(["I was billed twice for the same visit.", "I moved and need to update my details.", "I paid out of pocket while travelling."])}]
    extra = []
    if "phone_number" in wants: extra.append(f"My new mobile is {c.phone()}.")
    if "email" in wants: extra.append(f"Please use {c.email(p)} from now on.")
    if "iban" in wants: extra.append(f"Please reimburse to my account IBAN {c.iban()}.")
    if "payment_card" in wants: extra.append(f"Or refund the card I paid with: {c.card()}.")
    if "us_ssn" in wants: extra.append(f"For verification my SSN is {c.ssn()}.")
    msgs[0]["body"] += " " + " ".join(extra)
    agent = person(r)
    reply = {"id": f"msg_{d(r, 8)}", "from": "agent", "agent": f"{agent[0]} {agent[1][0]}.", "sent": ts(r),
             "body": f"Thank you. For your security please do not send full card or Social Security numbers here; we only need the last four ({masked_ssn(r)}). Call {tollfree(r)} for help."}
    if extra:
        reply["body"] += "\n\n> " + "\n> ".join(msgs[0]["body"].split(". "))
    msgs.append(reply)
    return {"thread_id": f"thr_{d(r, 9)}", "member_id": member_id(r), "plan": r.choice(["Global Expat PPO", "Individual Silver", "Medicare Advantage HMO"]),
            "claim_refs": [claim_no(r) for _ in range(r.randint(1, 2))], "messages": msgs}


def t_provdir(c):
    r = c.r; wants = c.pending(["email", "phone_number"])
    ents = []
    for i in range(r.randint(2, 4)):
        p = person(r)
        e = {"resourceType": "PractitionerRole", "id": f"pr-{d(r, 7)}", "practitioner": {"display": f"Dr. {p[0]} {p[1]}", "npi": npi(r)},
             "organization": {"display": r.choice(["Oakridge Clinic PC", "Pinecrest Orthopedics", "Tidewater Cardiology"])},
             "specialty": r.choice(["Family Medicine", "Orthopaedic Surgery", "Cardiology", "Dermatology"]),
             "telecom": [{"system": "phone", "value": fict_phone(r), "use": "work"}, {"system": "fax", "value": tollfree(r), "use": "work"}],
             "acceptingPatients": r.choice([True, False])}
        if "phone_number" in wants and (i == 0 or r.random() < .3):
            e["telecom"].append({"system": "phone", "value": c.usphone(), "use": "mobile", "rank": 2})
        if "email" in wants and (i == 0 or r.random() < .4):
            e["telecom"].append({"system": "email", "value": c.email(p, r.choice(CORP)), "use": "work"})
        else:
            e["telecom"].append({"system": "email", "value": role(r, "tidewater-health.org"), "use": "work"})
        ents.append({"fullUrl": f"https://directory.cardinal-benefits.com/fhir/PractitionerRole/{e['id']}", "resource": e})
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(ents), "entry": ents}
    return {"content": [{"type": "text", "text": json.dumps(bundle, ensure_ascii=False)}], "structuredContent": bundle, "isError": False}


def t_cred(c):
    r = c.r; p = person(r); wants = c.pending(["us_ssn", "email", "phone_number", "generic_secret", "url_credentials"])
    rec = {"caqh_provider_id": d(r, 8), "name": {"first": p[0], "last": p[1], "suffix": r.choice(["MD", "DO", "NP", "PA-C"])},
           "npi": npi(r), "dea": {"number": dea(r), "expires": date(r, 2025, 2027, "iso")}, "license": {"state": r.choice(["VA", "TX", "CA", "IL"]), "number": f"{rs(r, UP, 2)}{d(r, 6)}"},
           "dob": date(r, 1960, 1992, "iso"), "tin": ein(r), "board_certification": r.choice(["ABIM", "ABFM", "ABOS"]),
           "attestation_date": date(r, 2024, 2024, "iso"), "malpractice": {"carrier": "MedPro", "policy": f"MP{d(r, 8)}"}}
    rec["ssn"] = c.ssn() if "us_ssn" in wants else masked_ssn(r)
    rec["contact"] = {"email": c.email(p) if "email" in wants else role(r, "oakridge-clinic.org"), "mobile": c.phone("US") if "phone_number" in wants else fict_phone(r)}
    rec["portal"] = {"username": slug(p[0])[0] + slug(p[1]), "password": c.L("generic_secret", gsecret(r, "pw")) if "generic_secret" in wants else "********"}
    if "url_credentials" in wants: rec["document_drop"] = c.urlcred(scheme="ftps", host="docs.credentialing-cvo.net", user=slug(p[1]) + d(r, 3), path="/upload")
    return rec


def t_ch_webhook(c):
    r = c.r; wants = c.pending(["webhook_url", "generic_secret", "slack_token", "email", "stripe_key"])
    body = {"event": r.choice(["claim.status_changed", "era.available", "prior_auth.decision"]), "id": f"evt_{mixed(r, AN, 20)}", "created": ts(r),
            "data": {"claim_id": claim_no(r), "payer_claim_control": d(r, 14), "status": r.choice(["A2:20", "F1:65", "P1:0"]), "member_id": member_id(r), "npi": npi(r)}}
    raw = json.dumps(body, separators=(",", ":"))
    L = ["POST /hooks/claims HTTP/1.1", "Host: rcm.oakridge-clinic.org", f"X-CH-Signature: t={r.randint(17 * 10 ** 8, 1735 * 10 ** 6)},v1={rs(r, HEX, 64)}", f"X-CH-Delivery: {uuid(r)}", "", raw, "", "--- handler config (dumped on verification failure) ---"]
    cfg = {"verify_signature": True, "tolerance_s": 300}
    cfg["signing_secret"] = c.L("generic_secret", gsecret(r, r.choice(["whsec", "hex64"]))) if "generic_secret" in wants else "env:CH_SIGNING_SECRET"
    if "webhook_url" in wants: cfg["forward_to"] = c.L("webhook_url", webhook(r))
    if "slack_token" in wants: cfg["slack_bot_token"] = c.L("slack_token", slack_token(r))
    if "stripe_key" in wants: cfg["patient_pay_stripe_key"] = c.L("stripe_key", stripe_key(r))
    if "email" in wants: cfg["escalation_contact"] = c.email()
    else: cfg["escalation_contact"] = role(r, "oakridge-clinic.org")
    L.append(json.dumps(cfg, indent=2))
    return {"content": [{"type": "text", "text": "\n".join(L)}], "isError": False}

# ======================================================================= registry
TEMPLATES = [
    # name, wrap, function, label types it can carry
    ("legal_dat_loadfile", "text", t_dat, ["email", "phone_number", "generic_secret", "url_credentials", "payment_card", "aws_access_key_id", "aws_secret_access_key"]),
    ("legal_relativity_metadata", "structured", t_relativity, ["email", "phone_number", "aws_access_key_id", "aws_secret_access_key", "slack_token", "private_key", "openai_api_key", "github_token", "gitlab_token"]),
    ("legal_produced_email", "raw-result", lambda c: {"content": [{"type": "text", "text": t_produced_email(c)}], "isError": False}, ["email", "phone_number", "iban", "payment_card", "webhook_url", "github_token"]),
    ("legal_privilege_log", "raw-result", t_privlog, ["email", "phone_number"]),
    ("legal_litigation_hold", "text", t_lithold, ["email", "phone_number", "generic_secret", "url_credentials"]),
    ("legal_deposition_transcript", "text", t_depo, ["phone_number", "email", "us_ssn", "payment_card", "iban"]),
    ("legal_hearing_transcript", "raw-result", t_hearing, ["phone_number", "email", "us_ssn", "payment_card", "aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token"]),
    ("legal_subpoena_response", "structured", t_subpoena, ["email", "phone_number", "us_ssn", "payment_card", "iban"]),
    ("legal_contract_clauses", "text", t_contract, ["email", "iban", "phone_number", "generic_secret"]),
    ("legal_hr_investigation", "structured", t_hrcase, ["email", "phone_number", "github_token", "aws_access_key_id", "aws_secret_access_key", "slack_token", "openai_api_key", "anthropic_api_key", "private_key", "jwt", "gitlab_token"]),
    ("legal_whistleblower_intake", "text", t_whistle, ["email", "phone_number", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "gitlab_token", "webhook_url", "url_credentials", "slack_token"]),
    ("legal_regulator_letter", "raw-result", t_regulator, ["email", "phone_number", "iban"]),
    ("legal_dsar_bundle", "structured", t_dsar, ["email", "phone_number", "payment_card", "iban", "generic_secret", "jwt", "us_ssn"]),
    ("legal_ediscovery_collection_log", "text", t_edisc_log, ["url_credentials", "slack_token", "private_key", "generic_secret", "gitlab_token", "aws_access_key_id", "aws_secret_access_key", "github_token", "webhook_url"]),
    ("mobile_segment_batch", "structured", t_segment, ["email", "phone_number", "generic_secret"]),
    ("mobile_ga4_export", "raw-result", t_ga4, ["email", "phone_number", "jwt", "google_api_key"]),
    ("mobile_amplitude_upload", "structured", t_amplitude, ["email", "phone_number", "generic_secret"]),
    ("mobile_mixpanel_import", "raw-result", t_mixpanel, ["email", "phone_number", "url_credentials", "generic_secret"]),
    ("mobile_attribution_postbacks", "text", t_postback, ["email", "generic_secret", "phone_number", "jwt"]),
    ("mobile_push_registration", "structured", t_push, ["private_key", "jwt", "generic_secret", "email", "google_api_key"]),
    ("mobile_iap_receipt", "raw-result", t_iap, ["generic_secret", "email", "private_key", "jwt"]),
    ("mobile_deep_links", "text", t_deeplinks, ["jwt", "email", "generic_secret", "phone_number"]),
    ("mobile_crash_breadcrumbs", "structured", t_crash, ["url_credentials", "jwt", "email", "stripe_key", "openai_api_key", "anthropic_api_key"]),
    ("mobile_remote_config", "raw-result", t_remote_config, ["openai_api_key", "anthropic_api_key", "google_api_key", "generic_secret", "webhook_url", "stripe_key", "aws_access_key_id", "aws_secret_access_key"]),
    ("mobile_google_services", "structured", t_gservices, ["google_api_key", "generic_secret", "private_key"]),
    ("mobile_sdk_debug_log", "text", t_sdklog, ["generic_secret", "email", "jwt", "google_api_key", "aws_access_key_id", "aws_secret_access_key", "openai_api_key", "anthropic_api_key"]),
    ("mobile_app_reviews", "raw-result", t_reviews, ["email", "phone_number", "payment_card"]),
    ("mobile_flags_consent", "structured", t_flags, ["generic_secret", "email", "phone_number"]),
    ("health_cms1500_ocr", "text", t_cms1500, ["phone_number", "us_ssn"]),
    ("health_ub04_ocr", "text", t_ub04, ["phone_number", "us_ssn"]),
    ("health_eob", "raw-result", t_eob, ["phone_number", "email", "payment_card"]),
    ("health_prior_auth_fax", "text", t_pa_fax, ["phone_number", "email", "us_ssn"]),
    ("health_835_remittance", "text", t_835, ["phone_number", "email", "url_credentials"]),
    ("health_pharmacy_reject", "structured", t_rx_reject, ["phone_number", "generic_secret", "email"]),
    ("health_eligibility_271", "raw-result", t_271, ["us_ssn", "phone_number", "jwt", "generic_secret"]),
    ("health_appeal_letter", "text", t_appeal, ["phone_number", "email", "us_ssn"]),
    ("health_member_portal", "structured", t_portal, ["email", "phone_number", "payment_card", "iban", "us_ssn"]),
    ("health_provider_directory", "raw-result", t_provdir, ["email", "phone_number"]),
    ("health_credentialing", "structured", t_cred, ["us_ssn", "email", "phone_number", "generic_secret", "url_credentials"]),
    ("health_clearinghouse_webhook", "raw-result", t_ch_webhook, ["webhook_url", "generic_secret", "slack_token", "email", "stripe_key"]),
]

# ======================================================================= ground-truth helpers (mirrored in check_dlp_v18.py)
ROLE_SET = set(ROLES) | {"hello", "contact", "admin", "office", "help", "media", "jobs", "abuse", "webmaster", "accounts", "finance", "ops"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@company.com"}
EXAMPLE_SET = set(EXAMPLE_KEYS)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TOKEN_RES = [re.compile(x) for x in [
    r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9_]{60,}",
    r"\bgl(?:pat|dt|rt|ptt|oas|cbt|ft|imt|soat|agent)-[A-Za-z0-9_-]{20,}", r"\bxox[abpe][.-][A-Za-z0-9.-]{20,}", r"\bxapp-[A-Za-z0-9-]{20,}",
    r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}", r"\bsk-ant-[A-Za-z0-9_-]{20,}", r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}",
    r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", r"\bAIza[A-Za-z0-9_-]{35}", r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\n|\s)+[A-Za-z0-9+/]{40,}", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}",
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]{20,}", r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+"]]
CARD_RE = re.compile(r"(?<![\d-])(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d-])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")


def doc_strings(wrap, doc):
    out = []
    def walk(x):
        if isinstance(x, str): out.append(x)
        elif isinstance(x, dict):
            for k, v in x.items(): out.append(k); walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
    walk(doc)
    return out


def card_like(dg):
    n = len(dg)
    if dg[0] == "4": return n in (13, 16, 19)
    if dg[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(dg[:4]) <= 2720: return n == 16
    if dg[:2] in ("34", "37"): return n == 15
    if dg[:4] == "6011" or dg[:2] == "65": return 16 <= n <= 19
    if 3528 <= int(dg[:4]) <= 3589: return 16 <= n <= 19
    if dg[:2] in ("36", "38") or 300 <= int(dg[:3]) <= 305: return n == 14
    return False


def ssn_valid(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def is_placeholder_token(m):
    return "EXAMPLE" in m or "XXXX" in m or "xxxx" in m or "0000000000" in m or m in EXAMPLE_SET


def cross_check(strings, labels):
    """return list of problems: unlabelled values that should have been labelled"""
    vals = [l["value"] for l in labels]
    forms = vals + [a for l in labels for a in l.get("accept", [])]
    lab_cards = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    lab_ssn = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "us_ssn"}
    lab_iban = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    probs = []
    for s in strings:
        for m in CARD_RE.finditer(s):
            dg = re.sub(r"\D", "", m.group(1))
            if 13 <= len(dg) <= 19 and card_like(dg) and luhn_ok(dg) and dg not in TEST_CARDS and dg not in lab_cards:
                probs.append(("card", m.group(1)))
        for m in SSN_RE.finditer(s):
            a, g, sn = m.group(1), m.group(3), m.group(4)
            if ssn_valid(a, g, sn) and a + g + sn not in lab_ssn:
                probs.append(("ssn", m.group(0)))
        for m in IBAN_RE.finditer(s):
            raw = m.group(1).replace(" ", ""); cc = raw[:2]
            if cc in IBAN_LEN and len(raw) >= IBAN_LEN[cc]:
                cand = raw[:IBAN_LEN[cc]]
                if mod97(cand) == 1 and cand not in lab_iban and cand not in TEST_IBANS:
                    probs.append(("iban", cand))
        for m in EMAIL_RE.finditer(s):
            e = m.group(0); local, dom = e.rsplit("@", 1)
            if local.lower() in ROLE_SET or e.lower() in PLACEHOLDER_EMAILS or dom.endswith("gserviceaccount.com"):
                continue
            if m.start() > 0 and s[m.start() - 1] == "<" and len(local) >= 16 and sum(ch.isdigit() for ch in local) >= 6:
                continue  # Message-ID
            if any(e in f for f in forms) or s[:m.start()].endswith("//"):
                continue  # labelled, or URL userinfo without password
            probs.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group(0)
                if is_placeholder_token(t) or any(t in v or v in t for v in vals):
                    continue
                probs.append(("token", t[:40]))
    return probs


def accept_forms(strings, lab):
    v = lab["value"]; t = lab["type"]; cands = list(lab["accept"])
    if t == "email": cands.append("mailto:" + v)
    if t == "jwt" or t in ("slack_token", "openai_api_key", "github_token"): cands.append("Bearer " + v); cands.append("bearer " + v)
    if t == "phone_number": cands += phone_acc(v)
    if t == "iban": cands.append(v.replace(" ", ""))
    if t in ("generic_secret", "aws_access_key_id", "aws_secret_access_key", "stripe_key", "openai_api_key", "anthropic_api_key",
             "google_api_key", "github_token", "gitlab_token", "slack_token", "webhook_url"):
        for s in strings:
            i = s.find(v)
            while i >= 0:
                m = re.search(r"[\"']?([A-Za-z_$][A-Za-z0-9_.\-]*)([\"']?[ \t]*[:=][ \t]*[\"']?)$", s[:i])
                if m: cands.append(s[m.start():i + len(v)])
                i = s.find(v, i + 1)
    out = []
    for a in cands:
        if a and a != v and a not in out and any(a in s for s in strings):
            out.append(a)
    return out


# ======================================================================= main
def build():
    r = R
    plan = []
    per = [11] * len(TEMPLATES)
    for i in r.sample(range(len(TEMPLATES)), 450 - 11 * len(TEMPLATES)): per[i] += 1
    for ti, n in enumerate(per):
        cl = [True] * 5 + [False] * (n - 5)
        for x in cl: plan.append((ti, x))
    r.shuffle(plan)
    counts = {}
    recs = []
    for idx, (ti, clean) in enumerate(plan):
        name, wrap, fn, types = TEMPLATES[ti]
        ROLE_CTX[0] = name.split("_")[0]
        for attempt in range(200):
            if clean:
                want = []
            else:
                k = min(len(types), r.choice([1, 2, 2, 3, 3, 4]))
                want = sorted(types, key=lambda t: (counts.get(t, 0) + r.random() * 6))[:k]
            c = Ctx(r, want)
            doc = fn(c)
            strings = doc_strings(wrap, doc)
            labels = c.labels
            ok = all(any(l["value"] in s for s in strings) for l in labels)
            if ok and not cross_check(strings, labels) and (clean or labels):
                break
        else:
            raise SystemExit(f"could not build record {idx} {name}: {cross_check(strings, labels)}")
        for l in labels:
            l["accept"] = accept_forms(strings, l)
            counts[l["type"]] = counts.get(l["type"], 0) + 1
        recs.append({"id": f"v18-{idx + 1}", "template": name, "split": "holdout-v18", "wrap": wrap, "doc": doc, "labels": labels})
    return recs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v18.jsonl")
    recs = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out}")


if __name__ == "__main__":
    main()
