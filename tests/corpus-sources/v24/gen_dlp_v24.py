#!/usr/bin/env python3
"""Generator for the v24 held-out DLP corpus (automotive retail/repair, sports
clubs, religious/community organisations, veterinary clinics).

Python 3 stdlib only, one random.Random, no clock, no environment input.
Writes dlp_v24.jsonl next to this file.  Every sensitive value is generated
at random here; vendor example keys / test cards appear only as negatives.
"""
import base64, binascii, json, os, random, re, string, sys, zlib
from collections import Counter

SEED = 2424_0917
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v24.jsonl")

ALNUM = string.ascii_letters + string.digits
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
UP = string.ascii_uppercase

def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))

def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))

# ---------------------------------------------------------------- vendor examples / published test values (negatives only)
AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
SLACK_DOC_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
                  "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444",
              "2223 0031 2200 3222", "4111 1111 1111 1111", "3782 822463 10005",
              "6011 1111 1111 1117", "5105 1051 0510 5100", "4012 8888 8888 1881",
              "4000 0000 0000 0002", "4000 0025 0000 3155", "4242424242424242",
              "5200 8282 8282 8210"]
DOC_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "GB29NWBK60161331926819",
             "FR1420041010050500013M02606", "NL91ABNA0417164300", "AT611904300234573201",
             "BE62510007547061", "ES0700120345030000067890", "IE29AIBK93115212345678"]

# ---------------------------------------------------------------- people
FIRST = ["Elena", "Marcus", "Aisha", "Tomasz", "Priya", "Declan", "Yuki", "Fatima", "Joaquin",
         "Ingrid", "Kwame", "Siobhan", "Ravi", "Chloe", "Mateus", "Hannah", "Oluwaseun", "Bjorn",
         "Lucia", "Nikos", "Grace", "Hamza", "Margot", "Dmitri", "Amara", "Callum", "Beatriz",
         "Kenji", "Noor", "Patrick", "Leila", "Stefan", "Imogen", "Tariq", "Rosa", "Anders",
         "Wiremu", "Thandiwe", "Gabriel", "Helga", "Mei", "Ciaran", "Valentina", "Emeka", "Freya",
         "Jonas", "Sunita", "Rafael", "Orla", "Viktor", "Zainab", "Henrik", "Camille", "Desmond"]
LAST = ["Martinez", "Okafor", "Kowalski", "Sharma", "Brennan", "Tanaka", "Haddad", "Lindqvist",
        "Mensah", "Gallagher", "Patel", "Dubois", "Oliveira", "Schroeder", "Adeyemi", "Nakamura",
        "Papadopoulos", "Whitfield", "Rahman", "Moreau", "Volkov", "Fitzgerald", "Castillo",
        "Yamamoto", "Osei", "Novak", "Harrington", "Bianchi", "Eriksen", "Ngata", "Dlamini",
        "Fernandes", "Kruger", "Chen", "Murphy", "Kaur", "Lefebvre", "Abara", "Sorensen", "Quinn",
        "Hollis", "Baptiste", "Nguyen", "Vasquez", "Petrov", "Achterberg", "McAllister", "Iyer"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "web.de",
                "gmx.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "btinternet.com",
                "proton.me", "bigpond.com", "xtra.co.nz", "shaw.ca", "hotmail.es", "telefonica.net",
                "wp.pl", "seznam.cz", "yahoo.co.jp", "comcast.net", "sky.com", "virginmedia.com",
                "kpnmail.nl", "bluewin.ch", "eircom.net", "mweb.co.za", "uol.com.br", "rediffmail.com"]

def person(r):
    return {"first": r.choice(FIRST), "last": r.choice(LAST)}

def full(p):
    return p["first"] + " " + p["last"]

def email_for(r, p=None, domain=None):
    p = p or person(r)
    f, l = p["first"].lower(), p["last"].lower()
    style = r.randrange(6)
    if style == 0: loc = f + "." + l
    elif style == 1: loc = f[0] + "." + l
    elif style == 2: loc = f + l + str(r.randint(1, 99))
    elif style == 3: loc = l + "_" + f
    elif style == 4: loc = f + "." + l + str(r.randint(60, 99))
    else: loc = f[0] + l
    return loc + "@" + (domain or r.choice(MAIL_DOMAINS))

ROLE_LOCALS = ["support", "service", "parts", "fi", "registrations", "welfare", "office", "giving",
               "pastoral", "reception", "appointments", "sales", "info", "billing", "noreply",
               "no-reply", "hr", "careers", "noc", "team", "alerts", "accounts", "bookings",
               "enquiries", "treasurer", "membership", "fixtures", "tickets", "warranty", "fleet",
               "admin", "secretary", "lab", "pharmacy", "claims", "safeguarding", "events",
               "newsletter", "contact", "hello", "privacy", "referees", "bodyshop", "kit"]

def role_mail(r, domain, role=None):
    return (role or r.choice(ROLE_LOCALS)) + "@" + domain

def masked_mail(r, p=None):
    p = p or person(r)
    return p["first"][0].lower() + "***@" + r.choice(MAIL_DOMAINS)

# ---------------------------------------------------------------- phones (value, accept-candidates)
def _ph_us(r, areas=(212, 312, 415, 617, 713, 404, 206, 303, 602, 919, 614, 503, 816, 704)):
    a = str(r.choice(areas))
    e = r.randint(201, 989)
    while e == 555 or e % 100 == 11:
        e = r.randint(201, 989)
    e, l = str(e), "%04d" % r.randint(0, 9999)
    f = r.randrange(5)
    if f == 0: return "(%s) %s-%s" % (a, e, l), []
    if f == 1: return "%s-%s-%s" % (a, e, l), []
    if f == 2: return "+1 %s %s %s" % (a, e, l), ["%s %s %s" % (a, e, l)]
    if f == 3: return "%s.%s.%s" % (a, e, l), []
    return "+1-%s-%s-%s" % (a, e, l), ["%s-%s-%s" % (a, e, l)]

def _ph_ca(r):
    return _ph_us(r, (416, 604, 514, 403, 613, 902))

def _ph_uk(r):
    if r.random() < 0.75:
        a = "7" + str(r.choice([4, 5, 7, 8, 9])) + digits(r, 2)
        if a == "7700": a = "7723"
        b = digits(r, 6)
        if r.random() < 0.5: return "0%s %s" % (a, b), []
        if r.random() < 0.5: return "0%s %s %s" % (a, b[:3], b[3:]), []
        return "+44 %s %s" % (a, b), ["%s %s" % (a, b)]
    code = r.choice(["0161", "0113", "0121", "0117", "01273", "0131", "0141", "01603"])
    n = digits(r, 7 if len(code) == 4 else 6)
    if n.startswith("496") or n.startswith("498"): n = "2" + n[1:]
    v = "%s %s %s" % (code, n[:3], n[3:])
    if r.random() < 0.4:
        return "+44 %s %s %s" % (code[1:], n[:3], n[3:]), ["%s %s %s" % (code[1:], n[:3], n[3:])]
    return v, []

def _ph_de(r):
    pre = r.choice(["151", "152", "160", "170", "171", "172", "175", "176", "157", "163"])
    n = digits(r, 7 if pre[:2] in ("16", "17") and r.random() < 0.5 else 8)
    f = r.randrange(4)
    if f == 0: return "+49 %s %s" % (pre, n), ["%s %s" % (pre, n)]
    if f == 1: return "0%s %s" % (pre, n), []
    if f == 2: return "0%s/%s" % (pre, n), []
    city = r.choice(["30", "40", "89", "221", "69", "711", "4471"])
    m = digits(r, 6 if len(city) == 4 else 7)
    return "+49 (0)%s %s" % (city, m), ["(0)%s %s" % (city, m)]

def _ph_fr(r):
    d = [r.choice("67")] + [digits(r, 2) for _ in range(4)]
    if r.random() < 0.5:
        return "+33 %s %s" % (d[0], " ".join(d[1:])), ["%s %s" % (d[0], " ".join(d[1:]))]
    return "0%s %s" % (d[0], " ".join(d[1:])), []

def _ph_es(r):
    a, b, c = r.choice("67") + digits(r, 2), digits(r, 3), digits(r, 3)
    if r.random() < 0.5: return "+34 %s %s %s" % (a, b, c), ["%s %s %s" % (a, b, c)]
    return "%s %s %s %s" % (a, b[:2], b[2] + c[0], c[1:]), []

def _ph_it(r):
    a, b = "3" + r.choice(["20", "28", "33", "35", "39", "40", "47", "49"]), digits(r, 7)
    if r.random() < 0.5: return "+39 %s %s %s" % (a, b[:3], b[3:]), ["%s %s %s" % (a, b[:3], b[3:])]
    return "%s %s" % (a, b), []

def _ph_nl(r):
    n = digits(r, 8)
    if r.random() < 0.5: return "+31 6 %s" % n, ["6 %s" % n]
    return "06-%s" % n, []

def _ph_au(r):
    a = "4" + r.choice(["0", "1", "2", "3", "5", "7", "8"]) + digits(r, 1)
    b, c = digits(r, 3), digits(r, 3)
    if r.random() < 0.5: return "+61 %s %s %s" % (a, b, c), ["%s %s %s" % (a, b, c)]
    return "0%s %s %s" % (a, b, c), []

def _ph_nz(r):
    a, b = r.choice(["21", "22", "27"]), digits(r, 3) + " " + digits(r, 4)
    if r.random() < 0.5: return "+64 %s %s" % (a, b), ["%s %s" % (a, b)]
    return "0%s %s" % (a, b), []

def _ph_ie(r):
    a, b = r.choice(["83", "85", "86", "87", "89"]), digits(r, 3) + " " + digits(r, 4)
    if r.random() < 0.5: return "+353 %s %s" % (a, b), ["%s %s" % (a, b)]
    return "0%s %s" % (a, b), []

def _ph_in(r):
    a, b = r.choice("6789") + digits(r, 4), digits(r, 5)
    return "+91 %s %s" % (a, b), ["%s %s" % (a, b)]

def _ph_br(r):
    ddd, a, b = r.choice(["11", "21", "31", "41", "51", "61"]), "9" + digits(r, 4), digits(r, 4)
    if r.random() < 0.5: return "+55 %s %s-%s" % (ddd, a, b), ["%s %s-%s" % (ddd, a, b)]
    return "(%s) %s-%s" % (ddd, a, b), []

def _ph_jp(r):
    a, b, c = r.choice(["090", "080", "070"]), digits(r, 4), digits(r, 4)
    if r.random() < 0.5: return "+81 %s-%s-%s" % (a[1:], b, c), ["%s-%s-%s" % (a[1:], b, c)]
    return "%s-%s-%s" % (a, b, c), []

def _ph_za(r):
    a, b = r.choice(["72", "76", "82", "83", "84"]), digits(r, 3) + " " + digits(r, 4)
    if r.random() < 0.5: return "+27 %s %s" % (a, b), ["%s %s" % (a, b)]
    return "0%s %s" % (a, b), []

def _ph_se(r):
    a, b = r.choice(["70", "72", "73", "76"]), "%s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))
    if r.random() < 0.5: return "+46 %s %s" % (a, b), ["%s %s" % (a, b)]
    return "0%s-%s" % (a, b), []

def _ph_ch(r):
    a, b = r.choice(["76", "77", "78", "79"]), "%s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))
    if r.random() < 0.5: return "+41 %s %s" % (a, b), ["%s %s" % (a, b)]
    return "0%s %s" % (a, b), []

def _ph_pl(r):
    a, b, c = r.choice("5678") + digits(r, 2), digits(r, 3), digits(r, 3)
    return "+48 %s %s %s" % (a, b, c), ["%s %s %s" % (a, b, c)]

PHONE_BY = {"us": _ph_us, "ca": _ph_ca, "uk": _ph_uk, "de": _ph_de, "fr": _ph_fr, "es": _ph_es,
            "it": _ph_it, "nl": _ph_nl, "au": _ph_au, "nz": _ph_nz, "ie": _ph_ie, "in": _ph_in,
            "br": _ph_br, "jp": _ph_jp, "za": _ph_za, "se": _ph_se, "ch": _ph_ch, "pl": _ph_pl}

def phone(r, cc=None):
    return PHONE_BY[cc or r.choice(sorted(PHONE_BY))](r)

def public_line(r, cc=None):
    """Toll-free or fictional numbers: never labelled."""
    cc = cc or r.choice(["us", "uk", "au", "de", "ie"])
    if cc == "us":
        return r.choice(["1-800-%s-%s" % (digits(r, 3), digits(r, 4)),
                         "(888) %s-%s" % (digits(r, 3), digits(r, 4)),
                         "(%d) 555-01%s" % (r.choice([312, 617, 206]), digits(r, 2))])
    if cc == "uk":
        return r.choice(["0800 %s %s" % (digits(r, 3), digits(r, 4)),
                         "07700 900%s" % digits(r, 3), "020 7946 0%s" % digits(r, 3)])
    if cc == "au":
        return r.choice(["1300 %s %s" % (digits(r, 3), digits(r, 3)), "0491 570 %s" % digits(r, 3),
                         "1800 %s %s" % (digits(r, 3), digits(r, 3))])
    if cc == "ie":
        return "1800 %s %s" % (digits(r, 3), digits(r, 3))
    return "0800 %s" % digits(r, 7)

# ---------------------------------------------------------------- SSN / cards / IBAN
def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666: continue
        g, s = r.randint(1, 99), r.randint(1, 9999)
        v = "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
        if v.replace(sep, "") in ("078051120", "219099999", "123456789"): continue
        return v

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

def luhn_complete(r, prefix, length):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c): return body + c

def card(r, style=None):
    brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa": n = luhn_complete(r, "4" + r.choice(["1", "5", "9", "4", "6"]) + digits(r, 1), 16)
    elif brand == "mc": n = luhn_complete(r, "5" + r.choice("12345"), 16)
    elif brand == "mc2": n = luhn_complete(r, str(r.randint(2221, 2720)), 16)
    elif brand == "amex": n = luhn_complete(r, r.choice(["34", "37"]), 15)
    else: n = luhn_complete(r, r.choice(["6011", "65" + digits(r, 2)]), 16)
    st = style if style is not None else r.randrange(4)
    if len(n) == 15: groups = [n[:4], n[4:10], n[10:]]
    else: groups = [n[i:i + 4] for i in range(0, 16, 4)]
    if st in (0, 3): v = " ".join(groups)
    elif st == 1: v = "-".join(groups)
    else: v = n
    bname = {"visa": "VISA", "mc": "MASTERCARD", "mc2": "MASTERCARD", "amex": "AMEX", "disc": "DISCOVER"}[brand]
    return v, n, bname

def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return 98 - int(num) % 97

def _fr_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def _es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return {11: 0, 10: 1}.get(d, d)

def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(["DE", "GB", "NL", "FR", "BE", "IE", "CH", "AT", "ES", "LU", "DE", "GB", "FR"])
    if cc == "DE": bban = digits(r, 8) + digits(r, 10)
    elif cc == "GB": bban = r.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "NAIA", "SRLG"]) + digits(r, 14)
    elif cc == "IE": bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(r, 14)
    elif cc == "NL":
        while True:
            acct = digits(r, 10)
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0: break
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + acct
    elif cc == "FR":
        b, g, a = digits(r, 5), digits(r, 5), digits(r, 11)
        bban = b + g + a + "%02d" % _fr_key(b, g, a)
    elif cc == "BE":
        f = digits(r, 10)
        c = int(f) % 97 or 97
        bban = f + "%02d" % c
    elif cc == "CH": bban = digits(r, 5) + digits(r, 12)
    elif cc == "AT": bban = digits(r, 5) + digits(r, 11)
    elif cc == "LU": bban = digits(r, 3) + digits(r, 13)
    else:  # ES
        b, o, a = digits(r, 4), digits(r, 4), digits(r, 10)
        bban = b + o + str(_es_dc("00" + b + o)) + str(_es_dc(a)) + a
    comp = cc + "%02d" % iban_check(cc, bban) + bban
    g = grouped if grouped is not None else r.random() < 0.6
    v = " ".join(comp[i:i + 4] for i in range(0, len(comp), 4)) if g else comp
    return v, comp

def masked_iban(r):
    cc = r.choice(["DE", "GB", "FR", "NL"])
    return "%s** **** **** **** %s %s" % (cc, digits(r, 4), digits(r, 2))

# ---------------------------------------------------------------- tokens
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

def _b62(n, width=6):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")

def github_token(r):
    p = r.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    if p == "github_pat_":
        return p + rs(r, 22) + "_" + rs(r, 59)
    ent = rs(r, 30)
    return p + ent + _b62(zlib.crc32(ent.encode()) & 0xffffffff)

def gitlab_token(r):
    p = r.choice(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glft-", "gloas-", "glsoat-"])
    if p == "glptt-": return p + rs(r, 40, HEX)
    if p == "gloas-": return p + rs(r, 64, HEX)
    body = rs(r, 20, ALNUM + "_-")
    while body[0] in "-_": body = rs(r, 20, ALNUM + "_-")
    return p + body

def slack_token(r):
    k = r.randrange(5)
    if k == 0: return "xoxb-%s-%s-%s" % (digits(r, 11), digits(r, 13), rs(r, 24))
    if k == 1: return "xoxp-%s-%s-%s-%s" % (digits(r, 11), digits(r, 11), digits(r, 13), rs(r, 32, HEX))
    if k == 2: return "xapp-1-A%s-%s-%s" % (rs(r, 10, UP + string.digits), digits(r, 13), rs(r, 64, HEX))
    if k == 3: return "xoxe.xoxp-1-%s" % rs(r, 150)
    return "xoxb-%s-%s-%s" % (digits(r, 12), digits(r, 13), rs(r, 24))

def stripe_key(r):
    p = r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_", "sk_live_"])
    return p + "51" + rs(r, r.choice([22, 97]))

def openai_key(r):
    k = r.randrange(4)
    if k == 0: return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    if k == 1: return "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U)
    if k == 2: return "sk-svcacct-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U)
    return "sk-admin-" + rs(r, 58, B64U) + "T3BlbkFJ" + rs(r, 58, B64U)

def _nodash_edges(s):
    return s[0] not in "-_" and s[-1] not in "-_"

def openai_key_ok(r):
    while True:
        v = openai_key(r)
        if _nodash_edges(v): return v

def anthropic_key(r):
    p = r.choice(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"])
    return p + rs(r, 93, B64U) + "AA"

def google_key(r):
    return "AIzaSy" + rs(r, 33, B64U)

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt(r, claims=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.5: hdr["kid"] = rs(r, 8, HEX)
    iat = 1700000000 + r.randint(0, 40000000)
    pl = {"sub": claims or ("usr_" + rs(r, 10)), "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
          "iss": r.choice(["https://auth.dms-cloud.example", "club-portal", "pms-sync", "vehicle-gw"])}
    if r.random() < 0.5: pl["scope"] = r.choice(["read:vehicle control:lock", "members:read", "records:write", "giving:read"])
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." +
            b64u(bytes(r.randrange(256) for _ in range(sig))))

def private_key(r):
    k = r.randrange(4)
    rb = lambda n: bytes(r.randrange(256) for _ in range(n))
    if k == 0:
        der, lab, w = bytes.fromhex("308204a40201000282010100") + rb(1180), "RSA PRIVATE KEY", 64
    elif k == 1:
        der = bytes.fromhex("307702010104 20".replace(" ", "")) + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200 04".replace(" ", "")) + rb(64)
        lab, w = "EC PRIVATE KEY", 64
    elif k == 2:
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + rb(1160)
        lab, w = "PRIVATE KEY", 64
    else:
        der = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rb(360)
        lab, w = "OPENSSH PRIVATE KEY", 70
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + w] for i in range(0, len(b), w))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (lab, body, lab)

def uuid(r):
    h = rs(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])

def webhook(r):
    k = r.randrange(3)
    if k == 0:
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UP + string.digits), rs(r, 10, UP + string.digits), rs(r, 24))
    if k == 1:
        return "https://discord.com/api/webhooks/1%s/%s" % (digits(r, 18), rs(r, 68, B64U))
    org = r.choice(["hartwellgroup", "stmarkshove", "willowvets", "northsidelax", "brennermotors"])
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (org, uuid(r), uuid(r), rs(r, 32, HEX), uuid(r))

PW_SYM = "!%*+-_.~^"
def password(r):
    k = r.randrange(6)
    if k == 0:
        s = r.choice(UP) + rs(r, r.randint(10, 16), ALNUM + PW_SYM) + r.choice(string.digits)
    elif k == 1:
        w = ["Falcon", "Copper", "Harbor", "Juniper", "Meadow", "Quartz", "Tundra", "Saffron", "Orbit",
             "Lantern", "Granite", "Willow", "Cobalt", "Ember", "Thistle", "Marlin"]
        s = "%s%s%s%s%d" % (r.choice(w), r.choice("-_.!"), r.choice(w), r.choice("-_.!"), r.randint(10, 9999))
    elif k == 2:
        s = rs(r, r.randint(14, 22), ALNUM)
    elif k == 3:
        s = r.choice(string.ascii_lowercase) + rs(r, 9, ALNUM) + r.choice("!%*") + rs(r, 4, ALNUM)
    elif k == 4:
        s = rs(r, 4, UP) + r.choice("-_") + rs(r, 6, ALNUM) + r.choice("-_") + digits(r, 4)
    else:
        s = r.choice(UP) + rs(r, 7, string.ascii_lowercase) + digits(r, 3) + r.choice("!%*~")
    return s

def url_password(r):
    s = r.choice(ALNUM) + rs(r, r.randint(10, 18), ALNUM + "-_.~!*") + r.choice(ALNUM)
    return s

def generic_value(r, kind=None):
    k = kind if kind is not None else r.randrange(9)
    if k == 0: return password(r)
    if k == 1: return rs(r, 32, HEX)
    if k == 2: return base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([24, 32, 33])))).decode()
    if k == 3: return "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)
    if k == 4: return rs(r, 32, HEX) + "-us" + str(r.randint(2, 21))
    if k == 5: return "whsec_" + rs(r, 32)
    if k == 6: return rs(r, 64, HEX)
    if k == 7: return "key-" + rs(r, 32, HEX)
    return rs(r, r.randint(28, 40), ALNUM)

def vin(r):
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1HG", "WVW", "WBA", "JTD", "5YJ", "VF1", "SAL", "ZFA", "KMH", "3FA", "WDD", "YV1"]) + rs(r, 14, a)

def plate(r):
    return r.choice(["%s%s %s" % (rs(r, 2, UP), digits(r, 2), rs(r, 3, UP)),
                     "%s-%s %s" % (rs(r, 2, UP), rs(r, 2, UP), digits(r, 4)),
                     "%s %s" % (digits(r, 3), rs(r, 3, UP)), "7%s%s" % (rs(r, 3, UP), digits(r, 3))])

def microchip(r):
    return r.choice(["985", "981", "900", "956", "941", "977"]) + digits(r, 12)

def dob(r):
    return "%04d-%02d-%02d" % (r.randint(1940, 2016), r.randint(1, 12), r.randint(1, 28))

def date(r, y=2024):
    return "%04d-%02d-%02d" % (y + r.randint(0, 1), r.randint(1, 12), r.randint(1, 28))

def money(r, lo=20, hi=900):
    return "%.2f" % (r.randint(lo * 100, hi * 100) / 100)

# ---------------------------------------------------------------- context / labels
COUNTS = Counter()
CONTACT_SCALE = 0.78
SECRET_P = 0.9

class Ctx:
    def __init__(self, r, pos, p=0.55):
        self.r, self.pos, self.p = r, pos, p
        self.labels = []   # dicts with type, value, cands
    def on(self, p=None):
        return self.pos and self.r.random() < (self.p if p is None else p)
    def add(self, typ, value, cands=(), keys=()):
        for l in self.labels:
            if l["type"] == typ and l["value"] == value:
                l["cands"] += list(cands); l["keys"] += list(keys)
                return value
        self.labels.append({"type": typ, "value": value, "cands": list(cands), "keys": list(keys)})
        return value
    # convenience ---------------------------------------------------
    def email(self, p=None, domain=None, neg_domain="example.org", p_on=None):
        if self.on((self.p if p_on is None else p_on) * CONTACT_SCALE):
            return self.add("email", email_for(self.r, p, domain))
        return self.r.choice([role_mail(self.r, neg_domain), masked_mail(self.r, p), ""]) if self.r.random() < 0.85 else role_mail(self.r, neg_domain)
    def phone(self, cc=None, p_on=None, neg_cc=None):
        if self.on((self.p if p_on is None else p_on) * CONTACT_SCALE * 0.8):
            v, acc = phone(self.r, cc)
            return self.add("phone_number", v, acc)
        k = self.r.random()
        if k < 0.55: return public_line(self.r, neg_cc)
        if k < 0.8: return "***-***-" + digits(self.r, 4)
        return "(withheld)"
    def ssn(self, p_on=None):
        if self.on(p_on):
            return self.add("us_ssn", ssn(self.r))
        return self.r.choice(["XXX-XX-%s" % digits(self.r, 4), "***-**-%s" % digits(self.r, 4),
                              "9%s-7%s-%s" % (digits(self.r, 2), digits(self.r, 1), digits(self.r, 4)), "on file"])
    def card(self, p_on=None, style=None):
        if self.on(p_on):
            v, n, b = card(self.r, style)
            self.add("payment_card", v, [n])
            return v, b
        k = self.r.random()
        if k < 0.35:
            return self.r.choice(TEST_CARDS), "VISA"
        return self.r.choice(["************", "XXXX XXXX XXXX ", "•••• •••• •••• "]) + digits(self.r, 4), self.r.choice(["VISA", "MASTERCARD"])
    def iban(self, cc=None, p_on=None, grouped=None):
        if self.on(p_on):
            v, comp = iban(self.r, cc, grouped)
            return self.add("iban", v, [comp])
        return self.r.choice([masked_iban(self.r), self.r.choice(DOC_IBANS)])

def pick_secret_type(r, pool=None):
    pool = pool or ["aws", "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key",
                    "anthropic_api_key", "google_api_key", "jwt", "webhook_url", "url_credentials",
                    "generic_secret", "generic_secret2", "private_key"]
    def c(t):
        if t == "aws": return min(COUNTS["aws_access_key_id"], COUNTS["aws_secret_access_key"])
        if t in ("generic_secret", "generic_secret2"): return COUNTS["generic_secret"] / 3.5
        return COUNTS[t]
    ranked = sorted(pool, key=lambda t: (c(t), pool.index(t)))
    t = r.choice(ranked[:4])
    return "generic_secret" if t == "generic_secret2" else t

# key names per type and domain flavour
KEYS = {
    "github_token": ["GITHUB_TOKEN", "GH_DEPLOY_TOKEN", "github_token", "gh_pat"],
    "gitlab_token": ["GITLAB_TOKEN", "CI_DEPLOY_TOKEN", "gitlab_private_token", "GL_TOKEN"],
    "slack_token": ["SLACK_BOT_TOKEN", "slack_token", "SLACK_APP_TOKEN", "slack_bot_token"],
    "stripe_key": ["STRIPE_SECRET_KEY", "stripe_secret_key", "STRIPE_API_KEY", "payments_secret_key"],
    "openai_api_key": ["OPENAI_API_KEY", "openai_api_key", "AI_SCRIBE_KEY", "llm_api_key"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY", "anthropic_api_key", "CLAUDE_API_KEY", "summariser_api_key"],
    "google_api_key": ["GOOGLE_MAPS_API_KEY", "google_api_key", "MAPS_KEY", "places_api_key"],
    "jwt": ["ACCESS_TOKEN", "access_token", "VEHICLE_COMMAND_TOKEN", "bearer_token", "id_token"],
    "webhook_url": ["SLACK_WEBHOOK_URL", "discord_webhook", "TEAMS_WEBHOOK_URL", "alert_webhook_url"],
    "private_key": ["SIGNING_PRIVATE_KEY", "sftp_private_key", "JWT_PRIVATE_KEY", "client_assertion_key"],
    "url_credentials": ["DATABASE_URL", "sftp_url", "REDIS_URL", "broker_url", "SMTP_URL", "mongo_uri"],
}
GENERIC_KEYS = {
    "auto": ["client_secret", "vehicle_token", "DMS_API_KEY", "CDK_CLIENT_SECRET", "smartcar_client_secret",
             "FLEET_API_SECRET", "sftp_password", "oem_portal_password", "refresh_token", "webhook_signing_secret"],
    "sport": ["TICKETING_API_KEY", "gms_client_secret", "SMTP_PASSWORD", "api_secret", "league_api_key",
              "PITCHERO_API_KEY", "sendgrid_api_key", "session_secret", "webhook_secret", "club_portal_password"],
    "church": ["PCO_APP_SECRET", "smtp_password", "MAILCHIMP_API_KEY", "chms_api_key", "giving_webhook_secret",
               "Passwort", "contraseña", "mot_de_passe", "app_secret", "TWILIO_AUTH_TOKEN"],
    "vet": ["PMS_API_KEY", "sftp_password", "pacs_password", "lab_api_secret", "petlink_api_key",
            "insurer_client_secret", "SMS_AUTH_TOKEN", "wachtwoord", "signing_secret", "db_password"],
}
URL_USERS = ["dms", "svc_sync", "clubadmin", "chms", "pms", "backup", "app", "reports", "vetlink", "fleet"]
URL_HOSTS = {"postgres": "db.internal:5432/%s", "mysql": "mysql.lan:3306/%s", "mongodb+srv": "cluster0.mongo.net/%s",
             "redis": "cache.internal:6379/0", "sftp": "sftp.partner.net:22/inbound", "amqp": "mq.internal:5672/%s",
             "smtp": "smtp.mailhost.net:587", "https": "feeds.partner.net/export/%s.csv"}

def make_url(r, user, pw, db):
    sch = r.choice(sorted(URL_HOSTS))
    host = URL_HOSTS[sch]
    if "%s" in host: host = host % db
    return "%s://%s:%s@%s" % (sch, user, pw, host)

def secret_entry(ctx, dom, force_type=None, allow=None):
    """Return list of (key, value) and register labels.  Negative when ctx.on() is False."""
    r = ctx.r
    if force_type is None and not ctx.on(SECRET_P):
        key = r.choice(GENERIC_KEYS[dom] + sum([v for v in KEYS.values()], []))
        return [(key, neg_secret(r, key))]
    t = force_type or pick_secret_type(r, allow)
    if t == "aws":
        i, s = r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567"), rs(r, 40, ALNUM + "/+")
        ki, ks = r.choice([("aws_access_key_id", "aws_secret_access_key"), ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
                           ("s3_access_key", "s3_secret_key")])
        ctx.add("aws_access_key_id", i, keys=[ki]); ctx.add("aws_secret_access_key", s, keys=[ks])
        return [(ki, i), (ks, s)]
    if t == "generic_secret":
        key = r.choice(GENERIC_KEYS[dom])
        v = generic_value(r)
        ctx.add("generic_secret", v, keys=[key])
        return [(key, v)]
    key = r.choice(KEYS[t])
    if t == "url_credentials":
        pw = url_password(r)
        u = r.choice(URL_USERS)
        url = make_url(r, u, pw, r.choice(["dms", "club", "chms", "pms", "giving", "fleet"]))
        ctx.add("url_credentials", pw, [u + ":" + pw, u + ":" + pw + "@", url])
        return [(key, url)]
    v = {"github_token": github_token, "gitlab_token": gitlab_token, "slack_token": slack_token,
         "stripe_key": stripe_key, "openai_api_key": openai_key_ok, "anthropic_api_key": anthropic_key,
         "google_api_key": google_key, "jwt": jwt, "webhook_url": webhook, "private_key": private_key}[t](r)
    if t == "webhook_url":
        key = r.choice(["SLACK_WEBHOOK_URL", "slack_webhook"] if "slack" in v else ["DISCORD_WEBHOOK", "discord_webhook_url"] if "discord" in v else ["TEAMS_WEBHOOK_URL", "teams_webhook"])
        if r.random() < 0.3: key = r.choice(["alert_webhook_url", "webhook_url"])
    ctx.add(t, v, ["Bearer " + v] if t == "jwt" else [])
    return [(key, v)]

def neg_secret(r, key):
    up = re.sub(r"[^A-Za-z0-9]", "_", key).upper()
    return r.choice(["${%s}" % up, "${{ secrets.%s }}" % up, "changeme", "<your-api-key>", "REPLACE_ME",
                     "********", "", "vault:secret/data/integrations#%s" % key.lower(), "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
                     "{{ %s }}" % key.lower(), "<redacted>", "%%(%s)s" % up, "op://Shared/%s/credential" % up,
                     AWS_EXAMPLE_ID if "aws" in key.lower() else "xxxxxxxx", "your-secret-here", "[REDACTED]",
                     "sk_live_" + "•" * 8 + rs(r, 4),
                     STRIPE_DOC_KEY if "stripe" in key.lower() or "payment" in key.lower() else "<set-me>",
                     SLACK_DOC_HOOK if "webhook" in key.lower() else "${WEBHOOK_URL}"])

def render_cfg(r, fmt, sections):
    """sections: list of (section_name, [(k, v), ...])"""
    out, appendix = [], []
    for name, items in sections:
        fixed = []
        for k, v in items:
            if "\n" in v and fmt in ("yaml", "ini"):
                fn = "keys/%s_%s.pem" % (re.sub(r"[^a-z0-9]+", "_", name.lower()), re.sub(r"[^a-z0-9]+", "_", k.lower()))
                appendix.append("--- %s ---\n%s\n" % (fn, v))
                fixed.append((k + "_file", fn))
            elif "\n" in v and fmt == "toml":
                fixed.append((k, "\x00" + v))
            else:
                fixed.append((k, v))
        items = fixed
        if fmt == "env":
            out.append("# --- %s ---" % name)
            for k, v in items:
                kk = re.sub(r"[^A-Za-z0-9]", "_", k).upper() if k.isascii() else k
                q = '"' if (r.random() < 0.25 or "\n" in v) and '"' not in v else ""
                out.append("%s=%s%s%s" % (kk, q, v, q))
        elif fmt == "ini":
            out.append("[%s]" % name)
            for k, v in items:
                out.append("%s = %s" % (k, v))
        elif fmt == "toml":
            out.append("[%s]" % name)
            for k, v in items:
                kk = k if re.match(r"^[A-Za-z0-9_-]+$", k) else '"%s"' % k
                if v.startswith("\x00"): out.append('%s = """\n%s\n"""' % (kk, v[1:]))
                else: out.append('%s = "%s"' % (kk, v))
        else:  # yaml
            out.append("%s:" % name)
            for k, v in items:
                vv = v if re.match(r"^[A-Za-z0-9/_.:@-]*$", v) and v and not v[0] in "@*&!%" else '"%s"' % v
                out.append("  %s: %s" % (k, vv))
        out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    if appendix: txt += "\n" + "\n".join(appendix)
    return txt

# ---------------------------------------------------------------- doc helpers
def raw(text, sc=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if sc is not None: d["structuredContent"] = sc
    return d

def jd(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)

def doc_strings(doc):
    out = []
    def walk(x):
        if isinstance(x, str): out.append(x)
        elif isinstance(x, dict):
            for v in x.values(): walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
    walk(doc)
    return out

def csv_field(v):
    v = str(v)
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v

def csv_line(vals):
    return ",".join(csv_field(v) for v in vals)

# ================================================================ cross-check scan (same logic in check_dlp_v24.py)
SCAN_ROLE = set(ROLE_LOCALS) | {"git", "postmaster", "webmaster", "mailer-daemon", "donotreply", "do-not-reply",
                                "notifications", "bounce", "dpo", "compliance", "payroll", "helpdesk", "dispatch",
                                "marketing", "finance", "frontdesk", "workshop", "council", "chaplain", "vicar",
                                "clubhouse", "academy", "coaching", "memberships", "stewards", "surgery", "imaging",
                                "records", "orders", "donations", "volunteers", "gdpr", "trustees"}
SCAN_PLACEHOLDER = {"you", "user", "name", "your.name", "yourname", "firstname.lastname", "someone", "username",
                    "jane.doe", "john.doe", "owner", "member", "parent"}
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9-])")
CARD_RE = re.compile(r"(?<![0-9A-Za-z])\d+(?:[ -]\d+)*(?![0-9A-Za-z])")
SSN_RE = re.compile(r"(?<![0-9A-Za-z-])(\d{3})([- ])(\d{2})\2(\d{4})(?![0-9A-Za-z-])")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")
IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "FR": 27, "BE": 16, "IE": 22, "CH": 21, "AT": 20, "ES": 24, "LU": 20,
            "IT": 27, "PL": 28, "PT": 25, "SE": 24, "DK": 18, "FI": 18, "NO": 15}
TOKEN_RES = [re.compile("(?<![A-Za-z0-9])" + p) for p in [
    r"(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}", r"github_pat_[A-Za-z0-9_]{30,}",
    r"gl(?:pat|dt|rt|ptt|ft|oas|soat|cbt|imt)-[A-Za-z0-9_-]{16,}",
    r"xox[abposre](?:\.xox[a-z])?-[A-Za-z0-9-]{10,}", r"xapp-\d-[A-Za-z0-9-]{10,}",
    r"[sr]k_(?:live|test)_[A-Za-z0-9]{10,}", r"sk-[A-Za-z0-9_-]{20,}",
    r"AIza[A-Za-z0-9_-]{30,}", r"(?:AKIA|ASIA)[A-Z0-9]{16}",
    r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    r"hooks\.slack\.com/services/[A-Za-z0-9/]+", r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]+",
    r"webhook\.office\.com/webhookb2/[^\s\"'<>]+",
    r"-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----"]]
VENDOR_EXAMPLES = [AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET, STRIPE_DOC_KEY, SLACK_DOC_HOOK, JWT_IO_EXAMPLE]

def _digits(s):
    return re.sub(r"\D", "", s)

def _brand(d):
    if d[0] == "4": return len(d) in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55"): return len(d) == 16
    if len(d) >= 4 and 2221 <= int(d[:4]) <= 2720: return len(d) == 16
    if d[:2] in ("34", "37"): return len(d) == 15
    if d[:4] == "6011" or d[:2] == "65": return len(d) == 16
    return False

def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0

def iban_valid(comp):
    if len(comp) < 5 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", comp): return False
    if IBAN_LEN.get(comp[:2]) != len(comp): return False
    return int("".join(str(int(c, 36)) for c in comp[4:] + comp[:4])) % 97 == 1

def _placeholderish(s):
    body = re.sub(r"^[A-Za-z]+[_-]", "", s)
    return (len(set(body)) < 6 or "xxxx" in s.lower() or "EXAMPLE" in s or "your" in s.lower())

def _covered(s, a, b, lv):
    for v in lv:
        i = s.find(v)
        while i != -1:
            if i < b and a < i + len(v): return True
            i = s.find(v, i + 1)
    return False

def scan(doc, labels):
    """Return list of unlabelled values that should have been labelled."""
    probs = []
    strs = doc_strings(doc)
    lv = [l["value"] for l in labels]
    card_digits = {_digits(l["value"]) for l in labels if l["type"] == "payment_card"}
    test_digits = {_digits(c) for c in TEST_CARDS}
    ibans = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    doc_ibans = {c.replace(" ", "") for c in DOC_IBANS}
    ssns = {_digits(l["value"]) for l in labels if l["type"] == "us_ssn"}
    emails = {l["value"].lower() for l in labels if l["type"] == "email"}
    for s in strs:
        for m in EMAIL_RE.finditer(s):
            loc, dom = m.group(1), m.group(2)
            l = loc.lower(); first = re.split(r"[.+_-]", l)[0]
            if l in SCAN_ROLE or first in SCAN_ROLE or l in SCAN_PLACEHOLDER: continue
            if dom.lower().endswith("gserviceaccount.com") or l.startswith("svc"): continue
            if re.fullmatch(r"[0-9a-f.\-]{12,}", l): continue
            if re.search(r"://[^\s/@]*$", s[:m.start()]): continue
            if m.group(0).lower() not in emails: probs.append(("email", m.group(0)))
        for m in CARD_RE.finditer(s):
            groups = re.split(r"[ -]", m.group(0))
            for i in range(len(groups)):
                acc = ""
                for j in range(i, len(groups)):
                    acc += groups[j]
                    if len(acc) > 19: break
                    if 13 <= len(acc) and _brand(acc) and luhn_ok(acc):
                        if acc not in card_digits and acc not in test_digits:
                            probs.append(("payment_card", acc))
        for m in SSN_RE.finditer(s):
            if ssn_valid(m.group(1), m.group(3), m.group(4)):
                d = m.group(1) + m.group(3) + m.group(4)
                if d not in ssns and d not in ("078051120", "219099999", "123456789"):
                    probs.append(("us_ssn", m.group(0)))
        for m in IBAN_START.finditer(s):
            cc = m.group(1)
            if cc not in IBAN_LEN: continue
            acc, k = "", m.start()
            while k < len(s) and len(acc) < 34:
                ch = s[k]
                if ch.isascii() and ch.isalnum(): acc += ch.upper() if ch.isalpha() else ch
                elif ch == " " and k + 1 < len(s) and s[k + 1].isascii() and s[k + 1].isalnum(): pass
                else: break
                k += 1
            cand = acc[:IBAN_LEN[cc]]
            if iban_valid(cand) and cand not in ibans and cand not in doc_ibans:
                probs.append(("iban", cand))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                h = m.group(0)
                if _covered(s, m.start(), m.end(), lv): continue
                if any(h in v or v in h for v in VENDOR_EXAMPLES): continue
                if _placeholderish(h): continue
                probs.append(("token", h[:40]))
    return probs

def finalize_labels(doc, ctx):
    strs = doc_strings(doc)
    def present(x):
        return any(x in s for s in strs)
    out = []
    for l in ctx.labels:
        v = l["value"]
        cands = list(l["cands"])
        if l["type"] == "email": cands.append("mailto:" + v)
        if l["type"] == "jwt": cands.append("Bearer " + v)
        for k in l["keys"]:
            for f in ("%s=%s", "%s: %s", "%s = %s", '%s = "%s"', '%s="%s"', '"%s": "%s"', '%s: "%s"', "%s:%s"):
                cands.append(f % (k, v))
            ku = re.sub(r"[^A-Za-z0-9]", "_", k).upper() if k.isascii() else k
            for f in ("%s=%s", '%s="%s"'):
                cands.append(f % (ku, v))
        acc = []
        for c in cands:
            if c and c != v and present(c) and c not in acc: acc.append(c)
        if not present(v):
            raise ValueError("label not verbatim: %r" % v[:60])
        out.append({"type": l["type"], "value": v, "accept": acc})
    return out

# ================================================================ organisations
DEALERS = [("Hartwell Motors", "hartwellmotors.co.uk", "uk"), ("Lakeshore Auto Group", "lakeshore-auto.com", "us"),
           ("Autohaus Brenner", "autohaus-brenner.de", "de"), ("Garage Moreau", "garage-moreau.fr", "fr"),
           ("Southern Cross Motors", "southerncrossmotors.com.au", "au"), ("Maple Ridge Chevrolet", "mapleridgechev.ca", "ca"),
           ("Ridgeway Toyota", "ridgewaytoyota.com", "us"), ("Kilcullen Motor Works", "kilcullenmotors.ie", "ie")]
CLUBS = [("Harrow Rovers FC", "harrowrovers.org.uk", "uk"), ("Northside Lacrosse Club", "northside-lacrosse.org", "us"),
         ("SV Eintracht Lohne", "sv-eintracht-lohne.de", "de"), ("Ballymore GAA", "ballymoregaa.ie", "ie"),
         ("Kelburn Netball Club", "kelburnnetball.org.nz", "nz"), ("CD Atlético Vallecas", "cdatleticovallecas.es", "es"),
         ("Eastwood Rugby Union", "eastwoodrugby.com.au", "au"), ("AS Saint-Priest Handball", "asp-handball.fr", "fr")]
CHURCHES = [("St Mark's Parish, Hove", "stmarkshove.org.uk", "uk"), ("Grace Community Church", "gracecommunity.church", "us"),
            ("Ev. Kirchengemeinde Lindenau", "kirche-lindenau.de", "de"), ("Parroquia San Pablo", "parroquiasanpablo.es", "es"),
            ("Église réformée de Vernon", "erf-vernon.fr", "fr"), ("Al-Noor Community Centre", "alnoorcentre.org.uk", "uk"),
            ("Beth Shalom Congregation", "bethshalom-oak.org", "us"), ("Hope Fellowship Wellington", "hopefellowship.org.nz", "nz"),
            ("Sri Murugan Temple Trust", "murugantemple.org.au", "au")]
VETS = [("Willow Veterinary Surgery", "willowvets.co.uk", "uk"), ("Cedar Park Animal Hospital", "cedarparkanimalhospital.com", "us"),
        ("Tierarztpraxis Dr. Kühn", "tierarzt-kuehn.de", "de"), ("Clinique Vétérinaire des Tilleuls", "clinique-tilleuls.fr", "fr"),
        ("Harbourside Vets", "harboursidevets.com.au", "au"), ("Dierenkliniek De Linde", "dierenkliniekdelinde.nl", "nl"),
        ("Sakura Animal Clinic", "sakura-ah.jp", "jp"), ("Glenview Equine & Farm Vets", "glenviewvets.ie", "ie")]
PUB_CC = {"uk": "uk", "us": "us", "ca": "us", "au": "au", "de": "de", "ie": "ie", "nz": "au", "fr": "de", "es": "de", "nl": "de", "jp": "us"}
STREETS = ["Station Road", "Elm Grove", "Maple Ave", "Hauptstraße", "Rue des Lilas", "Calle Mayor", "Church Lane", "Kingsway", "Harbour St"]
PETS = [("Biscuit", "Canine", "Labrador Retriever"), ("Miso", "Feline", "DSH"), ("Ruby", "Canine", "Border Collie"),
        ("Otto", "Canine", "Dachshund"), ("Pepper", "Feline", "Maine Coon"), ("Juniper", "Equine", "Connemara"),
        ("Nala", "Canine", "Staffordshire Bull Terrier"), ("Kiwi", "Avian", "Cockatiel"), ("Mochi", "Lagomorph", "Netherland Dwarf"),
        ("Bruno", "Canine", "Bernese Mountain Dog"), ("Luna", "Feline", "Siamese"), ("Hugo", "Canine", "Cockapoo")]

def addr(r):
    return "%d %s" % (r.randint(1, 240), r.choice(STREETS))

def msgid(r, host):
    return "<%s.%s@%s>" % (rs(r, 16, HEX), digits(r, 10), host)

def sha(r):
    return rs(r, 64, HEX)

# ================================================================ AUTOMOTIVE
def t_auto_dms_xml(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS) if r.random() < 0.5 else r.choice([d for d in DEALERS if d[2] == "us"]); p, p2, sp = person(r), person(r), person(r)
    em = ctx.email(p, neg_domain=dd); cell = ctx.phone(cc); home = ctx.phone(cc, p_on=0.3)
    co = ctx.email(p2, neg_domain=dd, p_on=0.3); spm = ctx.email(sp, domain=dd, neg_domain=dd, p_on=0.3)
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<DMSExport source="dms-nightly" dealerCode="D{digits(r, 4)}" generated="{date(r)}T02:1{r.randint(0, 9)}:00Z">
  <Dealer name="{dn}" mainPhone="{public_line(r, PUB_CC[cc])}" email="{role_mail(r, dd, 'sales')}"/>
  <Customer id="C{digits(r, 6)}" type="Individual" created="{date(r, 2019)}">
    <Name first="{p['first']}" last="{p['last']}"/>
    <Contact email="{em}" cellPhone="{cell}" homePhone="{home}" preferred="{r.choice(['cell', 'email', 'sms'])}"/>
    <DOB>{dob(r)}</DOB>
    <DriversLicense state="IL">{rs(r, 1, UP)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}</DriversLicense>
    <CoBuyer name="{full(p2)}"><Email>{co}</Email></CoBuyer>
    <CreditApp bureau="{r.choice(['EQ', 'TU', 'EX'])}" ssn="{ctx.ssn(p_on=0.5) if cc == 'us' else 'n/a'}" score="{r.randint(520, 820)}"/>
  </Customer>
  <Vehicle vin="{vin(r)}" stockNo="{rs(r, 1, UP)}{digits(r, 4)}{rs(r, 1, UP)}" odometer="{r.randint(3000, 140000):,}" plate="{plate(r)}"/>
  <Integration name="{r.choice(['credit-bureau', 'oem-incentives', 'kbb-valuation'])}" {' '.join('%s="%s"' % (re.sub(r'[^A-Za-z0-9_]', '_', k), v) for k, v in secret_entry(ctx, 'auto', allow=['generic_secret', 'jwt', 'aws', 'google_api_key', 'openai_api_key']))}/>
  <Deal number="{digits(r, 2)}-{digits(r, 5)}" status="{r.choice(['BOOKED', 'PENDING', 'FINALIZED'])}" salesperson="{full(sp)}" salespersonEmail="{spm}"/>
</DMSExport>'''
    return "raw-result", raw(xml)

def t_auto_credit_app(ctx):
    r = ctx.r; dn, dd, cc = r.choice([d for d in DEALERS if d[2] == "us"]); p, p2 = person(r), person(r)
    app = {"application_id": "CA-" + digits(r, 8), "dealer": dn, "submitted_at": date(r) + "T14:%02d:00-05:00" % r.randint(0, 59),
           "channel": r.choice(["RouteOne", "DealerTrack", "in-store"]),
           "applicant": {"first_name": p["first"], "last_name": p["last"], "ssn": ctx.ssn(p_on=0.9), "date_of_birth": dob(r),
                         "mobile_phone": ctx.phone("us"), "email": ctx.email(p, neg_domain=dd),
                         "residence": {"address": addr(r), "months_at_address": r.randint(3, 200), "monthly_rent": int(money(r, 600, 2900)[:-3])},
                         "employment": {"employer": r.choice(["Midwest Logistics LLC", "St. Luke's Hospital", "Self-employed", "City of Aurora"]),
                                        "employer_phone": public_line(r, "us"), "employer_ein": "%s-%s" % (digits(r, 2), digits(r, 7)), "gross_monthly_income": r.randint(2500, 12000),
                                        "years_employed": r.randint(0, 25)}},
           "vehicle": {"vin": vin(r), "stock_no": "P" + digits(r, 4) + "A", "cash_price": money(r, 9000, 61000), "down_payment": money(r, 500, 8000)},
           "bank_reference": {"routing_number": digits(r, 9), "account_last4": digits(r, 4)},
           "decision": {"status": r.choice(["APPROVED", "CONDITIONED", "DECLINED", "PENDING"]), "tier": r.choice(["A+", "B", "C"]),
                        "apr": round(r.uniform(3.9, 19.9), 2), "lender_ref": "LR" + digits(r, 10)}}
    if r.random() < 0.5:
        app["co_applicant"] = {"first_name": p2["first"], "last_name": p2["last"], "ssn": ctx.ssn(p_on=0.6),
                               "relationship": r.choice(["spouse", "parent", "partner"]), "mobile_phone": ctx.phone("us", p_on=0.4),
                               "itin_or_tax_id": "9%s-7%s-%s" % (digits(r, 2), digits(r, 1), digits(r, 4))}
    return "structured", app

def t_auto_fi_menu(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS) if r.random() < 0.5 else r.choice([d for d in DEALERS if d[2] == "us"]); p = person(r); fm = person(r)
    cell = ctx.phone(cc); em = ctx.email(p, neg_domain=dd, p_on=0.4)
    cv, brand = ctx.card(p_on=0.5)
    term = r.choice([48, 60, 72, 84])
    lines = [f"{dn.upper():<40}F&I MENU  v{r.randint(3, 9)}.{r.randint(0, 9)}",
             f"DEAL# {digits(r, 2)}-{digits(r, 5)}   STOCK# {rs(r, 1, UP)}{digits(r, 4)}   VIN {vin(r)}   ODO {r.randint(5, 98000):>6}",
             f"BUYER : {p['last'].upper()}, {p['first'].upper():<18} CELL: {cell}",
             f"EMAIL : {em}" + (f"     SSN (bureau pull): {ctx.ssn(p_on=0.75)}" if cc == "us" else ""),
             f"F&I MGR: {full(fm)}   desk {role_mail(r, dd, 'fi')}   {public_line(r, PUB_CC[cc])}",
             "-" * 78,
             f"{'PACKAGE':<10}|{'TERM':>5} |{'PAYMENT':>10} | PRODUCTS"]
    for pk, prods in [("PLATINUM", "GAP, VSC 7yr/100k, Tire&Wheel, Key"), ("GOLD", "GAP, VSC 5yr/75k"), ("SILVER", "VSC 3yr/36k"), ("BASIC", "-")]:
        lines.append(f"{pk:<10}|{term:>5} |{money(r, 300, 900):>10} | {prods}")
    lines += ["-" * 78, f"DEPOSIT: {brand} {cv}  EXP {r.randint(1, 12):02d}/{r.randint(26, 30)}  AUTH {rs(r, 6, UP + string.digits)}",
              f"Customer declined: {r.choice(['Paint/Fabric', 'Theft etch', 'none'])}    Menu ID {uuid(r)}"]
    return "text", "\n".join(lines)

RO_NOTES = {
    "en": ["Customer states {c}. Verified concern on road test.", "Called owner on {ph} at {t}, approved ${amt} for {job}.",
           "Owner's wife answers on {ph2} if no pickup.", "Emailed estimate to {em}.", "Loaner key code {code} (not a secret, fleet tag)."],
    "de": ["Kunde bemängelt: {c}. Probefahrt bestätigt.", "Kunde unter {ph} um {t} erreicht, Freigabe {amt} EUR für {job}.",
           "Alternativ Tochter mobil {ph2}.", "KVA per Mail an {em} gesendet.", "Ersatzwagen Schlüssel-Nr. {code}."],
    "fr": ["Le client signale : {c}. Constaté à l'essai.", "Appelé le propriétaire au {ph} à {t}, accord {amt} € pour {job}.",
           "Sinon joindre son fils au {ph2}.", "Devis envoyé à {em}.", "Clé véhicule de prêt n° {code}."]}

def t_auto_repair_order(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS); p = person(r); tech = person(r)
    lang = {"de": "de", "fr": "fr"}.get(cc, "en")
    ph = ctx.phone(cc, p_on=0.7); ph2 = ctx.phone(cc, p_on=0.35); em = ctx.email(p, neg_domain=dd, p_on=0.45)
    notes = RO_NOTES[lang]
    sub = dict(c=r.choice(["grinding noise from front left when braking", "check engine light, P0301", "A/C blowing warm", "intermittent no-start"]),
               ph=ph, ph2=ph2, em=em, t="%02d:%02d" % (r.randint(8, 17), r.randint(0, 59)), amt=money(r, 120, 2400),
               job=r.choice(["front pads & rotors", "coil pack cyl 1 + plugs", "A/C leak test and recharge", "battery + starter"]),
               code=digits(r, 4))
    body = [f"REPAIR ORDER {r.randint(100000, 999999)}   {dn}   Advisor: {full(person(r))}",
            f"VIN {vin(r)}  Plate {plate(r)}  Mileage in {r.randint(1000, 180000)}  Tag T{digits(r, 3)}",
            f"Customer: {full(p)}   Contact pref: phone", "",
            f"LINE A  {r.choice(['BRK01', 'ENG14', 'HVAC3', 'ELEC7'])}  labor {r.randint(1, 6)}.{r.randint(0, 9)} hr  tech #{digits(r, 3)} {tech['first']}",
            f"  parts: {rs(r, 5, UP + string.digits)}-{digits(r, 3)} x{r.randint(1, 4)}, {digits(r, 5)}-{rs(r, 2, UP)}{digits(r, 3)} x1", "",
            "TECH NOTES:"]
    body += ["  " + n.format(**sub) for n in notes]
    if ctx.on(0.2):
        v, n, b = card(r)
        ctx.add("payment_card", v, [n])
        body.append(f"  Paid at counter, {b} {v}, receipt #{digits(r, 6)}")
    else:
        body.append(f"  Paid at counter, card ending {digits(r, 4)}, receipt #{digits(r, 6)}")
    return "text", "\n".join(body)

def t_auto_warranty_csv(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS)
    rows = [["claim_id", "ro_number", "vin", "odometer", "labor_op", "part_number", "failure_description", "tech_email", "customer", "customer_phone", "status"]]
    for _ in range(r.randint(3, 6)):
        c, t = person(r), person(r)
        rows.append(["WC" + digits(r, 8), "RO" + digits(r, 6), vin(r), str(r.randint(1000, 99000)), rs(r, 2, UP) + digits(r, 4),
                     "%s-%s-%s" % (digits(r, 5), rs(r, 3, UP), digits(r, 3)),
                     r.choice(["Replaced water pump, gasket, coolant", "Infotainment reboots; reflashed, replaced head unit",
                               'Door seal leak, "whistle" at speed', "Turbo actuator rattle, replaced per TSB 24-0117"]),
                     ctx.email(t, domain=dd, neg_domain=dd, p_on=0.3), "%s, %s" % (c["last"], c["first"]),
                     ctx.phone(cc, p_on=0.4), r.choice(["SUBMITTED", "PAID", "REJECTED", "RETURNED"])])
    text = "\n".join(csv_line(x) for x in rows)
    cfg = " ".join("%s=%s" % (k, v) for k, v in secret_entry(ctx, "auto", allow=["generic_secret", "url_credentials", "aws", "gitlab_token"]))
    return "raw-result", raw(f"warranty_claims_{date(r)}.csv ({len(rows) - 1} rows)  # upload job: {cfg}\n" + text)

def t_auto_telematics_cfg(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS)
    fmt = r.choice(["yaml", "env", "toml", "ini"])
    secs = [("connected_car", [("provider", r.choice(["smartcar", "high-mobility", "oem-gateway"])), ("client_id", uuid(r))]
             + secret_entry(ctx, "auto")),
            ("vehicle_commands", [("endpoint", "https://api.%s/v2/vehicles" % r.choice(["vehicle-gw.example", "telematics.example"]))] + secret_entry(ctx, "auto")),
            ("notifications", secret_entry(ctx, "auto") + [("channel", "#service-desk")]),
            ("fleet_portal", [("username", "fleet-sync")] + secret_entry(ctx, "auto", allow=["generic_secret", "url_credentials"])),
            ("dms", [("host", "dms.%s" % dd), ("dealer_id", digits(r, 6))] + secret_entry(ctx, "auto"))]
    txt = "# %s — telematics bridge config (%s)\n" % (dn, fmt) + render_cfg(r, fmt, secs)
    txt += "\n# CI reads the real values from ${{ secrets.TELEMATICS_CLIENT_SECRET }} / os.environ[\"VEHICLE_TOKEN\"]\n"
    if ctx.on(0.4):
        pk = ctx.add("private_key", private_key(r))
        txt += "\n--- keys/vehicle_command_signing.pem ---\n" + pk + "\n"
    else:
        txt += "\n--- keys/vehicle_command_signing.pub ---\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s fleet@%s\n" % (rs(r, 43), dd)
    return "text", txt

def t_auto_fuel_statement(ctx):
    r = ctx.r; dn, dd, cc = r.choice([d for d in DEALERS if d[2] in ("uk", "de", "fr", "ie")])
    mgr = person(r)
    lines = [f"FLEETLINE FUEL CARD STATEMENT   Account {digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}   Period {date(r)[:7]}",
             f"Customer: {dn} (courtesy & loan fleet)", "",
             f"{'CARD':<10}{'DRIVER':<18}{'VEH':<8}{'DATE':<12}{'SITE':<22}{'LTR':>7}{'AMOUNT':>10}"]
    for _ in range(r.randint(4, 8)):
        d = person(r)
        lines.append(f"{'****' + digits(r, 4):<10}{(d['first'][0] + '. ' + d['last']).upper():<18}{'FL-' + digits(r, 2):<8}{date(r):<12}"
                     f"{r.choice(['Shell A40 Acton', 'BP M6 Keele', 'Esso Lohne', 'Total Vernon N13', 'Circle K Naas']):<22}{r.randint(20, 80)}.{digits(r, 2):>4}{money(r, 30, 140):>10}")
    lines.append("")
    ib = ctx.iban({"uk": "GB", "de": "DE", "fr": "FR", "ie": "IE"}[cc], p_on=0.6)
    lines.append(f"Direct debit on {date(r)} from {ib}   mandate ref FLT{digits(r, 8)}")
    if ctx.on(0.35):
        v, n, b = card(r); ctx.add("payment_card", v, [n])
        lines.append(f"Top-up by company {b} {v} (authorised by {full(mgr)})")
    lines.append(f"Fleet manager: {full(mgr)}  mobile {ctx.phone(cc, p_on=0.5)}  e-mail {ctx.email(mgr, domain=dd, neg_domain=dd, p_on=0.4)}")
    lines.append(f"Lost/stolen cards 24h: {public_line(r, PUB_CC[cc])}")
    return "text", "\n".join(lines)

def t_auto_service_sched(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS)
    appts = []
    for _ in range(r.randint(2, 4)):
        p = person(r)
        appts.append({"appointment_id": "APT-" + digits(r, 7), "slot": date(r) + "T%02d:%s:00" % (r.randint(7, 16), r.choice(["00", "30"])),
                      "customer": {"name": full(p), "email": ctx.email(p, neg_domain=dd, p_on=0.45), "mobile": ctx.phone(cc, p_on=0.45),
                                   "customer_no": "CU" + digits(r, 6)},
                      "vehicle": {"vin": vin(r), "plate": plate(r), "odometer_km": r.randint(100, 200000)},
                      "services": r.sample(["oil & filter", "brake fluid", "MOT", "tyre rotation", "recall 24V-331", "wiper blades"], 2),
                      "advisor_queue": role_mail(r, dd, "service"), "transport": r.choice(["waiter", "loaner", "shuttle"])})
    doc = {"dealer": dn, "date_range": [date(r), date(r)], "appointments": appts}
    hook = {"url": "https://scheduler.%s/hooks/appointments" % dd}
    k, v = secret_entry(ctx, "auto", allow=["generic_secret", "jwt", "webhook_url", "slack_token"])[0]
    hook[k] = v
    doc["webhook"] = hook
    if ctx.on(0.3):
        g = ctx.add("google_api_key", google_key(r))
        doc["map_link"] = "https://maps.googleapis.com/maps/api/staticmap?center=%s&zoom=14&size=600x300&key=%s" % (dd, g)
    else:
        doc["map_link"] = "https://maps.googleapis.com/maps/api/staticmap?center=%s&zoom=14&size=600x300&key=${MAPS_KEY}" % dd
    return "structured", doc

def t_auto_tradein(ctx):
    r = ctx.r; dn, dd, cc = r.choice(DEALERS); p = person(r)
    ph = ctx.phone(cc, p_on=0.6)
    ap = {"appraisal_id": "APR-" + digits(r, 6), "dealer": dn, "appraiser": full(person(r)),
          "vehicle": {"vin": vin(r), "year": r.randint(2008, 2023), "odometer": r.randint(10000, 220000), "plate": plate(r),
                      "condition": r.choice(["rough", "average", "clean"]), "recon_estimate": money(r, 200, 3500)},
          "owner": {"name": full(p), "licence_no": "%s%s%s" % (p["last"][:5].upper().ljust(5, "9"), digits(r, 6), rs(r, 5, UP)), "phone": ph, "email": ctx.email(p, neg_domain=dd, p_on=0.5)},
          "payoff": {"lender": r.choice(["Ally Financial", "Santander Consumer", "Black Horse", "Santander Consumer Bank AG"]),
                     "lender_phone": public_line(r, PUB_CC[cc]), "account": "****" + digits(r, 4), "amount": money(r, 1000, 25000)},
          "acv": money(r, 2000, 40000),
          "notes": "Owner asked that we text {} rather than call; spare key {}.".format(ctx.phone(cc, p_on=0.3), r.choice(["at home", "missing", "in glovebox"]))}
    ap["valuation_api"] = dict(secret_entry(ctx, "auto", allow=["generic_secret", "jwt", "anthropic_api_key", "openai_api_key", "google_api_key", "url_credentials"]))
    txt = jd(ap)
    return "raw-result", raw(txt, ap if r.random() < 0.3 else None)

def t_auto_email_thread(ctx):
    r = ctx.r; dn, dd, cc = r.choice([d for d in DEALERS if d[2] == "us"]); sp, c = person(r), person(r)
    sp_m = ctx.email(sp, domain=dd, neg_domain=dd, p_on=0.6)
    c_m = email_for(r, c) if ctx.on(0.6) else "%s***@%s" % (c["first"][0].lower(), r.choice(MAIL_DOMAINS))
    if "***" not in c_m: ctx.add("email", c_m)
    sn = ctx.ssn(p_on=0.65); cv, b = ctx.card(p_on=0.4); ph = ctx.phone(cc, p_on=0.4)
    host = "mail." + dd
    txt = f"""From: {full(sp)} <{sp_m or role_mail(r, dd, 'sales')}>
To: {full(c)} <{c_m}>
Subject: Re: paperwork for your {r.choice(['RAV4', 'Silverado', 'Model Y', 'CR-V'])} (deal {digits(r, 2)}-{digits(r, 5)})
Message-ID: {msgid(r, host)}
In-Reply-To: {msgid(r, host)}

Hi {c['first']},

Thanks — got it. Finance will run it this afternoon. Please don't send card numbers by email next time, just call {public_line(r, 'us')}.

{sp['first']}

On {date(r)} {full(c)} <{c_m}> wrote:
> Hi, here's what the finance lady asked for.
> SSN {sn}
> Card for the deposit: {cv} exp {r.randint(1, 12):02d}/{r.randint(26, 30)}
> Best number is {ph}
> Thanks!
"""
    return "text", txt

# ================================================================ SPORTS
def t_sport_registration_csv(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS)
    rows = [["reg_id", "player_id", "first_name", "last_name", "dob", "team", "medical_clearance", "conditions", "emergency_contact",
             "emergency_phone", "parent_email", "photo_consent"]]
    for _ in range(r.randint(3, 6)):
        pl, par = person(r), person(r)
        pl["last"] = par["last"]
        rows.append(["R24-" + digits(r, 5), "PL" + digits(r, 6), pl["first"], pl["last"], dob(r),
                     r.choice(["U10 Mixed", "U12 Girls", "U14 Boys", "U16 Girls", "Senior Women", "Masters"]),
                     r.choice(["cleared", "cleared", "pending GP letter", "cleared w/ conditions"]),
                     r.choice(["", "Asthma, uses inhaler", "Nut allergy, EpiPen in kit bag", "Type 1 diabetes, carries glucose", "none"]),
                     "%s (%s)" % (full(par), r.choice(["mother", "father", "guardian", "aunt"])),
                     ctx.phone(cc, p_on=0.5), ctx.email(par, neg_domain=cd, p_on=0.4), r.choice(["Y", "N"])])
    hdr = "; ".join("%s=%s" % (k, v) for k, v in secret_entry(ctx, "sport", allow=["generic_secret", "slack_token", "webhook_url", "github_token", "gitlab_token"]))
    return "raw-result", raw("export: registrations_%s.csv (sync settings: %s)\n" % (date(r), hdr) + "\n".join(csv_line(x) for x in rows))

def t_sport_team_sheet(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS); mgr, coach = person(r), person(r)
    out = [f"{cn.upper()} — TEAM SHEET", f"{r.choice(['U14 GIRLS', 'U16 BOYS', 'SENIOR MEN', 'WOMEN 1ST XV'])}   Fixture {digits(r, 2)}  vs  {r.choice(['Harrow Borough', 'Kenton Wanderers', 'TSV Vechta', 'Naas GAA'])}",
           f"KO {r.randint(9, 15)}:{r.choice(['00', '30'])}   Venue: {r.choice(['Pitch 3', 'Main ground', 'Sportpark Nord'])}   League code {rs(r, 3, UP)}-{digits(r, 4)}", "",
           f"{'No':<4}{'Player':<24}{'Reg ID':<12}{'Pos':<6}"]
    for i in range(1, r.randint(9, 16)):
        pl = person(r)
        out.append(f"{i:<4}{full(pl):<24}{'PL' + digits(r, 6):<12}{r.choice(['GK', 'DF', 'MF', 'FW', 'SUB']):<6}")
    out += ["", f"Manager   {full(mgr):<22} mob {ctx.phone(cc, p_on=0.6)}",
            f"Coach     {full(coach):<22} mob {ctx.phone(cc, p_on=0.5)}",
            f"First aid {full(person(r)):<22} {ctx.email(person(r), neg_domain=cd, p_on=0.3)}",
            f"Club line {public_line(r, PUB_CC[cc])}   results to {role_mail(r, cd, 'fixtures')}"]
    return "text", "\n".join(out)

def t_sport_referee_assign(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS)
    asg = []
    for _ in range(r.randint(2, 4)):
        ref, ar = person(r), person(r)
        asg.append({"fixture_id": "FX" + digits(r, 7), "kickoff": date(r) + "T%02d:00:00" % r.randint(9, 19),
                    "home": r.choice(["Harrow Rovers", "Kenton Wanderers", "Wealdstone Youth"]), "away": r.choice(["Pinner Utd", "Stanmore Town", "Edgware Ath"]),
                    "referee": {"name": full(ref), "ref_id": "RF" + digits(r, 5), "level": r.choice([5, 6, 7]),
                                "mobile": ctx.phone(cc, p_on=0.5), "email": ctx.email(ref, neg_domain=cd, p_on=0.45)},
                    "assistant": {"name": full(ar), "ref_id": "RF" + digits(r, 5), "mobile": ctx.phone(cc, p_on=0.3)},
                    "fee": money(r, 25, 90)})
    doc = {"league": r.choice(["Middlesex Youth League", "Kreisliga Vechta", "Wellington Netball Centre"]), "league_code": rs(r, 4, UP),
           "round": r.randint(1, 22), "assignments": asg, "contact": role_mail(r, cd, "referees")}
    if ctx.on(0.35):
        tok = generic_value(r, 8)
        ctx.add("generic_secret", tok, keys=["token"])
        doc["calendar_feed"] = "https://whole-game.example/ics/referee/%s?token=%s" % (digits(r, 6), tok)
    else:
        doc["calendar_feed"] = "https://whole-game.example/ics/referee/%s" % digits(r, 6)
    return "structured", doc

def t_sport_dues_ledger(ctx):
    r = ctx.r; cn, cd, cc = r.choice([c for c in CLUBS if c[2] in ("uk", "de", "ie", "es", "fr")])
    icc = {"uk": "GB", "de": "DE", "ie": "IE", "es": "ES", "fr": "FR"}[cc]
    out = ["member_no|name|category|season|due|paid|method|mandate_ref|account|notes"]
    for _ in range(r.randint(4, 8)):
        m = person(r)
        meth = r.choice(["SEPA", "SEPA", "card", "cash", "BACS"])
        if meth in ("SEPA", "BACS"): acct = ctx.iban(icc, p_on=0.4, grouped=r.random() < 0.3)
        elif meth == "card": acct = ctx.card(p_on=0.25, style=2)[0]
        else: acct = ""
        out.append("|".join([("M" + digits(r, 5)), full(m), r.choice(["Senior", "Junior", "Family", "Social", "Student"]), "2024/25",
                             money(r, 40, 320), r.choice(["0.00", "full", "part"]), meth, ("MNDT-" + digits(r, 6)) if meth == "SEPA" else "",
                             acct, r.choice(["", "gift aid Y", "hardship rate", "sibling discount", "Gläubiger-ID DE98ZZZ0%s" % digits(r, 10)])]))
    out.append("# treasurer: %s  |  creditor id DE98ZZZ0%s" % (role_mail(r, cd, "treasurer"), digits(r, 10)))
    return "text", "\n".join(out)

def t_sport_safeguarding(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS); ch, par, wo = person(r), person(r), person(r)
    ph = ctx.phone(cc, p_on=0.7); em = ctx.email(par, neg_domain=cd, p_on=0.5); ph2 = ctx.phone(cc, p_on=0.3)
    txt = f"""SAFEGUARDING / INCIDENT REPORT — {cn}
Ref: SG-{digits(r, 4)}-{digits(r, 3)}      Date of incident: {date(r)}      Reported by: {full(wo)} (Club Welfare Officer)

Summary: During {r.choice(['U12 training', 'the away fixture', 'the tournament at the leisure centre'])} a player ({ch['first']} {ch['last'][0]}., reg PL{digits(r, 6)}) {r.choice(['sustained a head knock and was removed per concussion protocol', 'disclosed concerns about comments made by a spectator', 'was collected late and left unsupervised for 40 minutes'])}.

Actions: Parent/guardian {full(par)} informed by phone on {ph}; follow-up summary e-mailed to {em}. Grandmother also listed as contact, her mobile is {ph2}.
County welfare team notified via {role_mail(r, cd, 'welfare')}. Case reference held by county: CW/{digits(r, 5)}.
Medical: first-aider noted {r.choice(['no loss of consciousness', 'mild headache', 'no injury'])}; return-to-play form required.
Confidential — share only with DSO and county safeguarding.
"""
    return "text", txt

def t_sport_kit_order(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS); p = person(r)
    cv, b = ctx.card(p_on=0.4)
    doc = {"order_id": "KIT-" + digits(r, 6), "club_code": rs(r, 3, UP) + digits(r, 3), "supplier": r.choice(["Kitlocker", "Teamwear Direct", "Erima Vereinsshop"]),
           "items": [{"sku": "%s-%s" % (rs(r, 4, UP), digits(r, 3)), "name": r.choice(["home shirt", "training top", "shorts", "socks"]),
                      "size": r.choice(["YS", "YM", "S", "M", "L"]), "shirt_no": r.randint(1, 99), "print_name": person(r)["last"].upper(),
                      "qty": r.randint(1, 3), "unit_price": money(r, 8, 45)} for _ in range(r.randint(2, 4))],
           "payer": {"name": full(p), "email": ctx.email(p, neg_domain=cd, p_on=0.55), "phone": ctx.phone(cc, p_on=0.4)},
           "payment": {"method": "card", "brand": b, "card_number": cv, "auth_code": rs(r, 6, UP + string.digits),
                       "gift_card_code": "GC-%s-%s" % (rs(r, 4, UP), rs(r, 4, UP)) if r.random() < 0.3 else None},
           "ship_to": {"name": cn, "line1": addr(r), "tracking": "1Z%s" % rs(r, 16, UP + string.digits)}}
    doc["supplier_api"] = dict(secret_entry(ctx, "sport", allow=["generic_secret", "stripe_key", "jwt", "slack_token", "anthropic_api_key"]))
    return "structured", doc

def t_sport_gb_config(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS)
    fmt = r.choice(["env", "ini", "yaml", "toml"])
    secs = [("governing_body", [("base_url", "https://api.%s/v1" % r.choice(["whole-game.example", "dfbnet.example", "gaa-foireann.example"]))] + secret_entry(ctx, "sport")),
            ("ticketing", secret_entry(ctx, "sport") + [("event_prefix", rs(r, 3, UP))]),
            ("mail", [("smtp_host", "smtp.%s" % cd), ("smtp_user", role_mail(r, cd, "membership"))] + secret_entry(ctx, "sport")),
            ("deploy", secret_entry(ctx, "sport") + secret_entry(ctx, "sport"))]
    txt = "# %s — integrations (%s) — do not commit\n" % (cn, fmt) + render_cfg(r, fmt, secs)
    return "text", txt

def t_sport_ticket_webhook(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS); b = person(r)
    inner = {"order": "TK" + digits(r, 8), "event": "%s vs %s" % (cn, r.choice(["Kenton", "Vechta", "Naas"])), "seats": ["%s%d" % (r.choice("ABCD"), r.randint(1, 40)) for _ in range(r.randint(1, 3))],
             "buyer_email": ctx.email(b, neg_domain=cd, p_on=0.6), "buyer_phone": ctx.phone(cc, p_on=0.5), "barcode": digits(r, 12)}
    ev = {"id": "evt_" + rs(r, 24), "type": "order.completed", "created": 1700000000 + r.randint(0, 40000000),
          "data": json.dumps(inner, ensure_ascii=False),
          "headers": {"X-Signature": "sha256=" + sha(r), "X-Request-Id": uuid(r)}}
    k, v = secret_entry(ctx, "sport", allow=["generic_secret", "stripe_key", "webhook_url", "jwt"])[0]
    ev["endpoint"] = {"url": "https://%s/api/ticket-hook" % cd, k: v}
    return "raw-result", raw(jd(ev))

def _ocr(r, s):
    out = []
    for ch in s:
        if ch == "0" and r.random() < 0.5: out.append("O")
        elif ch == "1" and r.random() < 0.3: out.append("l")
        else: out.append(ch)
    return "".join(out)

def t_sport_membership_ocr(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS); p, par = person(r), person(r)
    lines = [f"{cn.upper()}   MEMBERSHlP APPL1CATlON  F0RM   2O24/25", "",
             f"Surname :  {' '.join(p['last'].upper())}        First name(s) :  {p['first']}",
             f"D.O.B :  {_ocr(r, '%02d/%02d/20%02d' % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 18)))}     Gender :  {r.choice(['F', 'M'])}",
             f"Parent / Guardian :  {full(par)}"]
    if ctx.on(0.6):
        v, acc = phone(r, cc); ctx.add("phone_number", v, acc)
        lines.append(f"Mobile  :   {v}")
    else:
        v, _ = phone(r, cc)
        dmg = _ocr(r, v).replace("0", "O") if "0" in v else v.replace(" ", "  ", 1)[:-2] + " ."
        lines.append(f"Mobile  :   {dmg}")
    if ctx.on(0.5):
        e = ctx.add("email", email_for(r, par))
        lines.append(f"Emai1  :  {e}")
    else:
        e = email_for(r, par)
        lines.append(f"Emai1  :  {e.replace('@', ' @ ').replace('.', '. ', 1)}")
    if ctx.on(0.35):
        v, n, b = card(r, 0); ctx.add("payment_card", v, [n])
        lines.append(f"Card No (annual subs) :  {v}     Exp  {r.randint(1, 12):02d}/{r.randint(26, 30)}")
    else:
        v, n, b = card(r, 0)
        lines.append(f"Card No (annual subs) :  {_ocr(r, v).replace('0', 'O') if '0' in v else v[:9] + ' ~~ ' + v[10:]}")
    lines += [f"Medical conditions :  {r.choice(['NONE', 'ASTHMA', 'EPlLEPSY - see care plan'])}", "Signed : ______________   Date : __/__/____",
              f"Office use:  Reg no PL{digits(r, 6)}   Fee paid £{money(r, 40, 180)}   Processed by {role_mail(r, cd, 'registrations')}"]
    return "text", "\n".join(lines)

def t_sport_sync_code(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CLUBS)
    lang = r.choice(["py", "js"])
    ents = secret_entry(ctx, "sport") + secret_entry(ctx, "sport")
    if lang == "py":
        body = ["# sync_fixtures.py — pushes fixtures from the league API into the club site", "import os, requests", ""]
        body += ['LEAGUE_API_KEY = os.environ["LEAGUE_API_KEY"]', 'TICKETS_KEY = os.getenv("TICKETS_KEY", "<your-key>")']
        for k, v in ents:
            body.append('%s = "%s"' % (re.sub(r"[^A-Za-z0-9]", "_", k).upper() if k.isascii() else "SECRET", v))
        body += ["", "def push(fixture):", '    return requests.post(URL, json=fixture, headers={"Authorization": f"Bearer {LEAGUE_API_KEY}"})',
                 "", '# regex used by our pre-commit hook: r"sk_live_[0-9a-zA-Z]{24,}" and r"AKIA[0-9A-Z]{16}"']
    else:
        body = ["// ticketSync.js", "const cfg = {", "  leagueKey: process.env.LEAGUE_API_KEY,", "  stripe: process.env.STRIPE_SECRET_KEY ?? 'sk_test_xxx',"]
        for k, v in ents:
            body.append("  %s: '%s'," % (re.sub(r"[^A-Za-z0-9]", "_", k) if k.isascii() else "secret", v))
        body += ["};", "module.exports = cfg;", "// commit %s" % rs(r, 40, HEX), "// base64 test vector: SGVsbG8sIFdvcmxkIQ== -> 'Hello, World!'"]
    # accept-forms for generic secrets written as CONST = "value"
    for l in ctx.labels:
        if l["type"] in ("generic_secret", "aws_access_key_id", "aws_secret_access_key"):
            l["keys"] += [re.sub(r"[^A-Za-z0-9]", "_", k).upper() if k.isascii() else "SECRET" for k in l["keys"]]
    return "text", "\n".join(body) + "\n"

# ================================================================ RELIGIOUS / COMMUNITY
def t_church_roll_csv(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES)
    rows = [["envelope_no", "household", "first", "last", "email", "mobile", "home_phone", "gift_aid_decl", "member_since", "groups"]]
    for _ in range(r.randint(3, 7)):
        m = person(r)
        rows.append([str(r.randint(1, 480)), "HH" + digits(r, 5), m["first"], m["last"], ctx.email(m, neg_domain=cd, p_on=0.45),
                     ctx.phone(cc, p_on=0.45), public_line(r, PUB_CC[cc]) if r.random() < 0.2 else "",
                     ("GAD-" + digits(r, 6)) if r.random() < 0.5 else "", str(r.randint(1978, 2024)),
                     r.choice(["Choir, Flowers", "Youth, Tuesday group", "Food bank", "Welcome team, Coffee rota", ""])])
    return "raw-result", raw("ChurchSuite-style export — %s — %d members\n" % (cn, len(rows) - 1) + "\n".join(csv_line(x) for x in rows))

def t_church_giving_statement(ctx):
    r = ctx.r; cn, cd, cc = r.choice([c for c in CHURCHES if c[2] in ("uk", "de", "es", "fr")]); d = person(r)
    icc = {"uk": "GB", "de": "DE", "es": "ES", "fr": "FR"}[cc]
    cur = "£" if cc == "uk" else "€"
    lines = [f"{cn} — Annual Giving Statement {r.randint(2023, 2024)}", f"Registered charity no. {digits(r, 7)}    Gift Aid declaration {('GAD-' + digits(r, 6))}",
             "", f"Donor: {full(d)}    Envelope no. {r.randint(1, 480)}    Donor ID D{digits(r, 5)}", ""]
    tot = 0
    for mth in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][:r.randint(6, 12)]:
        a = r.randint(10, 150); tot += a
        lines.append(f"  {mth:<5} {r.choice(['Standing order', 'Envelope', 'Online', 'Standing order']):<16} {cur}{a:>7}.00")
    lines += [f"  {'TOTAL':<22}{cur}{tot:>7}.00", "",
              f"Your standing order is paid from {ctx.iban(icc, p_on=0.6)} (ref SO-{digits(r, 6)}).",
              f"Questions: {role_mail(r, cd, 'giving')} or the parish office {public_line(r, PUB_CC[cc])}.",
              f"Statement e-mailed to {ctx.email(d, neg_domain=cd, p_on=0.45)}"]
    if r.random() < 0.3: lines.append("Bank details used in our examples: %s (not a real account)" % r.choice(DOC_IBANS))
    if r.random() < 0.3: lines.append("Crypto gift received to bc1q%s, tx 0x%s" % (rs(r, 38, "023456789acdefghjklmnpqrstuvwxyz"), rs(r, 64, HEX)))
    if cc == "de": lines.append("Steuer-ID (Spender): %s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3), digits(r, 3)))
    return "text", "\n".join(lines)

def t_church_sepa_mandate(ctx):
    r = ctx.r; cn, cd, cc = r.choice([c for c in CHURCHES if c[2] in ("de", "es", "fr")]); d = person(r)
    icc = {"de": "DE", "es": "ES", "fr": "FR"}[cc]
    txs = []
    for _ in range(r.randint(1, 3)):
        dp = person(r)
        ib = ctx.iban(icc, p_on=0.55, grouped=False)
        txs.append(f"""    <DrctDbtTxInf>
      <PmtId><EndToEndId>E2E-{digits(r, 10)}</EndToEndId></PmtId>
      <InstdAmt Ccy="EUR">{money(r, 5, 100)}</InstdAmt>
      <DrctDbtTx><MndtRltdInf><MndtId>KOLL-{digits(r, 6)}</MndtId><DtOfSgntr>{date(r, 2020)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
      <DbtrAgt><FinInstnId><BIC>{rs(r, 4, UP)}{icc}{rs(r, 2, UP)}</BIC></FinInstnId></DbtrAgt>
      <Dbtr><Nm>{full(dp)}</Nm><CtctDtls><EmailAdr>{ctx.email(dp, neg_domain=cd, p_on=0.3)}</EmailAdr></CtctDtls></Dbtr>
      <DbtrAcct><Id><IBAN>{ib}</IBAN></Id></DbtrAcct>
      <RmtInf><Ustrd>Kirchgeld / Spende {r.randint(2023, 2025)}</Ustrd></RmtInf>
    </DrctDbtTxInf>""")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
 <CstmrDrctDbtInitn>
  <GrpHdr><MsgId>MSG-{digits(r, 12)}</MsgId><CreDtTm>{date(r)}T09:00:00</CreDtTm><NbOfTxs>{len(txs)}</NbOfTxs><InitgPty><Nm>{cn}</Nm></InitgPty></GrpHdr>
  <PmtInf>
   <PmtInfId>PMT-{digits(r, 8)}</PmtInfId><PmtMtd>DD</PmtMtd>
   <Cdtr><Nm>{cn}</Nm></Cdtr>
   <CdtrAcct><Id><IBAN>{ctx.iban(icc, p_on=0.25, grouped=False)}</IBAN></Id></CdtrAcct>
   <CdtrSchmeId><Id><PrvtId><Othr><Id>{icc}98ZZZ0{digits(r, 10)}</Id></Othr></PrvtId></Id></CdtrSchmeId>
{chr(10).join(txs)}
  </PmtInf>
 </CstmrDrctDbtInitn>
</Document>"""
    return "text", xml

PASTORAL = {
    "en": ["{n} asked for prayer for her husband's surgery on {d}.", "Her daughter's mobile is {ph} — she prefers texts.",
           "Visited at home; lonely since moving. Son in Leeds can be reached on {ph2}.", "Will send the bereavement group details to {em}.",
           "Please keep confidential (pastoral team only)."],
    "de": ["{n} bittet um Fürbitte für die OP ihres Mannes am {d}.", "Die Tochter ist mobil unter {ph} erreichbar.",
           "Hausbesuch gemacht; Sohn erreichbar unter {ph2}.", "Infos zur Trauergruppe an {em} schicken.", "Vertraulich – nur Seelsorgeteam."],
    "es": ["{n} pide oración por la operación de su marido el {d}.", "El móvil de su hija es {ph}.",
           "Visita en casa; su hijo está en el {ph2}.", "Enviar información del grupo de duelo a {em}.", "Confidencial — solo equipo pastoral."],
    "fr": ["{n} demande la prière pour l'opération de son mari le {d}.", "Le portable de sa fille : {ph}.",
           "Visite à domicile ; son fils au {ph2}.", "Envoyer les infos du groupe de deuil à {em}.", "Confidentiel — équipe pastorale."],
    "ja": ["{n}さんがご主人の手術（{d}）のためのお祈りを希望。", "娘さんの携帯：{ph}", "自宅訪問。息子さんの連絡先は {ph2}。",
           "グリーフケアの案内を {em} に送る。", "牧会チームのみ閲覧可。"]}

def t_church_pastoral_notes(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES); m = person(r)
    lang = r.choice(["en", "en", "de", "es", "fr", "ja"])
    pcc = {"de": "de", "es": "es", "fr": "fr", "ja": "jp"}.get(lang, cc)
    sub = dict(n=full(m), d=date(r), ph=ctx.phone(pcc, p_on=0.65), ph2=ctx.phone(pcc, p_on=0.3), em=ctx.email(m, neg_domain=cd, p_on=0.45))
    hdr = f"Pastoral care log — {cn} — entry {digits(r, 4)} — by {full(person(r))}\n"
    return "text", hdr + "\n".join(s.format(**sub) for s in PASTORAL[lang]) + f"\n(cc {role_mail(r, cd, 'pastoral')})\n"

def t_church_volunteer_rota(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES)
    out = [f"{cn} — VOLUNTEER ROTA  {r.choice(['Advent', 'Lent', 'Summer', 'Autumn'])} term", "",
           f"{'Date':<12}{'Role':<16}{'Name':<22}{'Contact':<20}"]
    for _ in range(r.randint(5, 9)):
        v = person(r)
        c = ctx.phone(cc, p_on=0.35) if r.random() < 0.8 else ctx.email(v, neg_domain=cd, p_on=0.4)
        out.append(f"{date(r):<12}{r.choice(['Welcome', 'Coffee', 'Sound desk', 'Crèche', 'Reader', 'Food bank van', 'Flowers']):<16}{full(v):<22}{c:<20}")
    out += ["", f"Swaps: contact the office ({role_mail(r, cd, 'office')}, {public_line(r, PUB_CC[cc])}).",
            f"DBS/vetting refs on file: {'; '.join('DBS' + digits(r, 12) for _ in range(2))}"]
    return "text", "\n".join(out)

def t_church_hall_booking(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES); h = person(r)
    cv, b = ctx.card(p_on=0.35)
    doc = {"booking_id": "HB-" + digits(r, 5), "venue": cn + " — " + r.choice(["Parish Hall", "Upper Room", "Gemeindesaal", "Community Kitchen"]),
           "event": r.choice(["children's party", "yoga class", "AA meeting", "wedding reception", "Ramadan iftar", "bridge club"]),
           "start": date(r) + "T18:00:00", "end": date(r) + "T22:00:00", "attendees": r.randint(10, 120),
           "hirer": {"name": full(h), "organisation": r.choice([None, "Hove Yoga Collective", "Brownies 3rd Hove"]),
                     "email": ctx.email(h, neg_domain=cd, p_on=0.6), "phone": ctx.phone(cc, p_on=0.55)},
           "deposit": {"amount": money(r, 50, 250), "card_brand": b, "card": cv, "refund_due": date(r)},
           "keyholder": {"name": full(person(r)), "phone": ctx.phone(cc, p_on=0.3)},
           "terms_version": "v%d.%d" % (r.randint(1, 4), r.randint(0, 9)), "bookings_inbox": role_mail(r, cd, "bookings")}
    doc["door_access_integration"] = dict([("provider", r.choice(["Nuki", "Salto KS", "Kisi"]))] + secret_entry(ctx, "church", allow=["generic_secret", "jwt", "webhook_url", "stripe_key", "github_token", "url_credentials"]))
    return "structured", doc

def t_church_cms_config(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES)
    fmt = r.choice(["ini", "toml", "yaml", "env"])
    secs = [("church_management", [("org_id", digits(r, 6))] + secret_entry(ctx, "church")),
            ("smtp", [("host", "smtp.%s" % r.choice(["office365.com", "mailgun.org", cd])), ("user", role_mail(r, cd, "newsletter"))] + secret_entry(ctx, "church")),
            ("online_giving", secret_entry(ctx, "church") + [("currency", "GBP" if cc == "uk" else "EUR")]),
            ("backup", secret_entry(ctx, "church") + secret_entry(ctx, "church"))]
    if cc in ("de", "es", "fr"):
        kname = {"de": "Passwort", "es": "contraseña", "fr": "mot_de_passe"}[cc]
        if ctx.on(0.6):
            v = password(r); ctx.add("generic_secret", v, keys=[kname])
        else:
            v = neg_secret(r, kname)
        secs.append(({"de": "Gemeindebrief_Versand", "es": "boletín", "fr": "lettre_paroissiale"}[cc],
                     [({"de": "Benutzer", "es": "usuario", "fr": "utilisateur"}[cc], role_mail(r, cd, "newsletter")), (kname, v)]))
    txt = "; %s — ChMS & newsletter integration\n" % cn + render_cfg(r, fmt, secs)
    return "text", txt

def t_church_newsletter_thread(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES); a, b = person(r), person(r)
    am = ctx.email(a, neg_domain=cd, p_on=0.5); bm = ctx.email(b, domain=cd, neg_domain=cd, p_on=0.4)
    ents = secret_entry(ctx, "church", allow=["generic_secret", "url_credentials", "openai_api_key", "anthropic_api_key", "google_api_key", "slack_token"])
    k, v = ents[0]
    txt = f"""From: {full(b)} <{bm or role_mail(r, cd, 'office')}>
To: {full(a)} <{am or role_mail(r, cd, 'newsletter')}>
Subject: Re: newsletter not sending again
Message-ID: {msgid(r, 'mail.' + cd)}

Thanks {a['first']}, that worked. I've put it in the password manager and will change it after Sunday.
{ph_line(ctx, cc)}
> On {date(r)}, {full(a)} wrote:
> The mailing plugin lost its settings after the update. Re-enter these:
>   {k}: {v}
>   sender: {role_mail(r, cd, 'newsletter')}
> If it still fails ring me.
"""
    return "text", txt

def ph_line(ctx, cc):
    if ctx.on(0.4):
        v, acc = phone(ctx.r, cc)
        return "My mobile if you need me this week: %s\n" % ctx.add("phone_number", v, acc)
    return "Parish office: %s\n" % public_line(ctx.r, PUB_CC[cc])

def t_church_prayer_json(ctx):
    r = ctx.r; cn, cd, cc = r.choice(CHURCHES)
    reqs = []
    for _ in range(r.randint(2, 5)):
        p = person(r)
        reqs.append({"id": r.randint(1000, 9999), "submitted": date(r), "name": full(p) if r.random() < 0.7 else "Anonymous",
                     "request": r.choice(["For my mum's recovery after her stroke", "Job interview on Thursday", "Peace in our family",
                                          "Para mi hermano en el hospital", "Für meine Tochter in der Prüfungszeit"]),
                     "share_with": r.choice(["pastoral team", "prayer chain", "public wall"]),
                     "contact_ok": r.random() < 0.6, "email": ctx.email(p, neg_domain=cd, p_on=0.4),
                     "phone": ctx.phone(cc, p_on=0.3)})
    return "structured", {"source": "website prayer form", "church": cn, "requests": reqs, "moderator": role_mail(r, cd, "pastoral")}

# ================================================================ VETERINARY
def t_vet_patient_record(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS); o, o2 = person(r), person(r); pet = r.choice(PETS)
    lang = {"de": "de", "fr": "fr", "jp": "ja"}.get(cc, "en")
    ph = ctx.phone(cc, p_on=0.6)
    note = {"en": "Call the owner on %s before any procedure over the estimate.",
            "de": "Vor Eingriffen über KV bitte Halter unter %s anrufen.",
            "fr": "Appeler le propriétaire au %s avant tout acte hors devis.",
            "ja": "見積超過の処置前に飼い主へ連絡：%s"}[lang] % ctx.phone(cc, p_on=0.4)
    doc = {"patient": {"patient_id": "PT-" + digits(r, 6), "name": pet[0], "species": pet[1], "breed": pet[2], "sex": r.choice(["MN", "FS", "M", "F"]),
                       "dob": dob(r), "weight_kg": round(r.uniform(0.1, 520), 1), "microchip": microchip(r),
                       "rabies_tag": "RT-%s-%s" % (r.randint(2023, 2025), digits(r, 5)), "insurance_policy": "PI" + digits(r, 9)},
           "owner": {"client_no": "C" + digits(r, 6), "name": full(o), "mobile": ph, "email": ctx.email(o, neg_domain=vd, p_on=0.55), "address": addr(r)},
           "secondary_contact": {"name": full(o2), "phone": ctx.phone(cc, p_on=0.3)},
           "alerts": r.sample(["BITES — muzzle", "NSAID sensitive", "anxious — use gabapentin pre-visit", "diabetic", "MRSP positive 2023"], 2),
           "clinical_note": note, "clinic": {"name": vn, "phone": public_line(r, PUB_CC[cc]), "email": role_mail(r, vd, "reception")}}
    return "structured", doc

def t_vet_invoice(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS); o = person(r); pet = r.choice(PETS)
    cur = {"uk": "£", "us": "$", "au": "$", "jp": "¥"}.get(cc, "€")
    kind = r.choice(["INVOICE", "ESTIMATE"])
    out = [f"{vn}", f"{addr(r)} · {public_line(r, PUB_CC[cc])} · {role_mail(r, vd, 'accounts')}", "",
           f"{kind} {digits(r, 6)}     Date {date(r)}     Client C{digits(r, 6)}", f"Bill to: {full(o)}   {ctx.email(o, neg_domain=vd, p_on=0.5)}",
           f"Patient: {pet[0]} ({pet[1]}, {pet[2]})  ID PT-{digits(r, 6)}  chip {microchip(r)}", "",
           f"{'Code':<10}{'Description':<40}{'Qty':>5}{'Amount':>12}"]
    tot = 0.0
    for code, desc in r.sample([("CONS1", "Consultation"), ("VACC-DHP", "Vaccination DHPPi/L4"), ("LAB-CBC", "Haematology in-house"),
                                ("DENT2", "Dental scale & polish GA"), ("RX-MELOX", "Meloxicam 1.5mg/ml 32ml"), ("XR-2V", "Radiographs 2 views"),
                                ("HOSP", "Hospitalisation per day")], 4):
        a = float(money(r, 12, 420)); tot += a
        out.append(f"{code:<10}{desc:<40}{r.randint(1, 3):>5}{cur}{a:>11.2f}")
    out.append(f"{'TOTAL':<55}{cur}{tot:>11.2f}")
    if kind == "INVOICE":
        cv, b = ctx.card(p_on=0.45)
        out.append(f"Paid: {b} {cv}   auth {rs(r, 6, UP + string.digits)}   terminal TID {digits(r, 8)}")
    else:
        out.append(f"Estimate valid 30 days. Deposit 50% by card at admission. Queries: {role_mail(r, vd, 'appointments')}")
        out.append(f"We will call you on {ctx.phone(cc, p_on=0.5)} if costs exceed the top of the range.")
    return "text", "\n".join(out)

def t_vet_lab_hl7(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS); o = person(r); pet = r.choice(PETS)
    ph = ctx.phone(cc, p_on=0.6); em = ctx.email(o, neg_domain=vd, p_on=0.45)
    ts = date(r).replace("-", "") + "%02d%02d" % (r.randint(7, 18), r.randint(0, 59))
    msg = "\r".join([
        f"MSH|^~\\&|IDEXX-LIS|REFLAB|PMS|{vd.split('.')[0].upper()}|{ts}||ORU^R01|{digits(r, 10)}|P|2.5.1",
        f"PID|1||PT-{digits(r, 6)}^^^{vd.split('.')[0].upper()}||{pet[0]}^{o['last']}||{dob(r).replace('-', '')}|{r.choice(['M', 'F'])}|||{addr(r)}||{ph}^PRN^PH~^NET^Internet^{em}",
        f"NK1|1|{o['last']}^{o['first']}|OWN||{ctx.phone(cc, p_on=0.3)}^PRN^CP",
        f"PV1|1|O|||||{digits(r, 4)}^{person(r)['last']}^{person(r)['first']}^^^DR",
        f"OBR|1|{digits(r, 8)}|ACC{digits(r, 9)}|CBC^Complete Blood Count|||{ts}",
        f"OBX|1|NM|WBC^White cells||{round(r.uniform(4, 20), 1)}|10*9/L|5.5-16.9|N|||F",
        f"OBX|2|NM|HCT^Haematocrit||{r.randint(25, 60)}|%|37-55|{r.choice(['N', 'L', 'H'])}|||F",
        f"NTE|1||Species {pet[1]}; sample haemolysed {r.choice(['slightly', 'no'])}. Accession ACC{digits(r, 9)}"])
    return "text", msg

def t_vet_dicom(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS); o = person(r); pet = r.choice(PETS)
    lines = [f"# dcmdump {digits(r, 8)}.dcm  (modality {r.choice(['DX', 'CR', 'US', 'CT'])})",
             f"(0008,0020) DA [{date(r).replace('-', '')}]", f"(0008,0080) LO [{vn}]",
             f"(0008,0090) PN [{person(r)['last']}^{person(r)['first']}^^Dr]",
             f"(0010,0010) PN [{pet[0]}^{o['last']}]", f"(0010,0020) LO [PT-{digits(r, 6)}]",
             f"(0010,2201) LO [{pet[1]}]", f"(0010,2292) LO [{pet[2]}]",
             f"(0010,2297) PN [{o['last']}^{o['first']}]", f"(0010,2298) CS [OWNER]",
             f"(0010,2154) SH [{ctx.phone(cc, p_on=0.55)}]",
             f"(0020,000d) UI [1.2.826.0.1.3680043.{r.randint(2, 9)}.{digits(r, 6)}.{digits(r, 10)}]",
             f"(0008,0050) SH [ACC{digits(r, 8)}]", ""]
    lines.append("# --- pacs-forward.conf (attached by support) ---")
    lines.append(f"AE_TITLE = {vd.split('.')[0].upper()[:16]}")
    lines.append(f"REMOTE = {r.choice(['cloudpacs', 'vetrad'])}.example:11112")
    for k, v in secret_entry(ctx, "vet", allow=["generic_secret", "url_credentials", "aws", "jwt"]):
        lines.append(f"{k} = {v}")
    return "text", "\n".join(lines)

def t_vet_cd_log(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS)
    drug = r.choice(["Methadone 10mg/ml", "Ketamine 100mg/ml", "Buprenorphine 0.3mg/ml", "Pentobarbital 200mg/ml", "Midazolam 5mg/ml"])
    out = [f"CONTROLLED DRUG REGISTER — {vn} — {drug}", f"Registration {rs(r, 2, UP)}{digits(r, 7)}   Batch {rs(r, 2, UP)}{digits(r, 5)}   Safe 2", "",
           f"{'Date':<11}|{'Patient':<12}|{'Animal':<10}|{'In':>6}|{'Out':>6}|{'Bal':>7}|{'Vet':<18}|{'Witness':<18}"]
    bal = round(r.uniform(20, 100), 1)
    for _ in range(r.randint(4, 8)):
        used = round(r.uniform(0.1, 3.0), 1); bal = round(bal - used, 1)
        out.append(f"{date(r):<11}|{'PT-' + digits(r, 6):<12}|{r.choice(PETS)[0]:<10}|{'':>6}|{used:>6}|{bal:>7}|{full(person(r)):<18}|{full(person(r)):<18}")
    loc = person(r)
    out += ["", f"Locum this week: {full(loc)} — mob {ctx.phone(cc, p_on=0.5)}, {ctx.email(loc, neg_domain=vd, p_on=0.45)}",
            f"Discrepancies to the CD lead; pharmacy desk {role_mail(r, vd, 'pharmacy')}"]
    return "text", "\n".join(out)

def t_vet_boarding(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS)
    bks = []
    for _ in range(r.randint(2, 4)):
        o, e = person(r), person(r); pet = r.choice(PETS)
        bks.append({"booking": "BK" + digits(r, 6), "service": r.choice(["boarding", "grooming: full groom", "grooming: bath & nails", "daycare"]),
                    "pet": {"name": pet[0], "species": pet[1], "chip": microchip(r), "vaccinated": r.random() < 0.9},
                    "owner": {"name": full(o), "email": ctx.email(o, neg_domain=vd, p_on=0.45), "mobile": ctx.phone(cc, p_on=0.45)},
                    "emergency_contact": {"name": full(e), "phone": ctx.phone(cc, p_on=0.35)},
                    "check_in": date(r), "check_out": date(r), "kennel": "%s%d" % (r.choice("ABC"), r.randint(1, 20))})
    res = {"ok": True, "bookings": bks, "next_cursor": rs(r, 24, B64U),
           "trace_id": rs(r, 32, HEX), "api_version": "2024-%02d-01" % r.randint(1, 12),
           "notify": dict(secret_entry(ctx, "vet", allow=["webhook_url", "slack_token", "generic_secret", "gitlab_token", "google_api_key", "url_credentials"]))}
    return "raw-result", raw(jd(res, None if r.random() < 0.3 else 2))

def t_vet_insurance_claim(ctx):
    r = ctx.r; vn, vd, cc = r.choice([v for v in VETS if v[2] in ("uk", "de", "fr", "nl", "ie")]); o = person(r); pet = r.choice(PETS)
    icc = {"uk": "GB", "de": "DE", "fr": "FR", "nl": "NL", "ie": "IE"}[cc]
    payout = {"payee": full(o), "iban": ctx.iban(icc, p_on=0.55), "email": ctx.email(o, neg_domain=vd, p_on=0.5)}
    doc = {"claim_ref": "CLM-" + digits(r, 8), "policy_no": "PI" + digits(r, 9), "insurer": r.choice(["Petplan", "Agria", "Figo", "Allianz Tier"]),
           "pet": {"name": pet[0], "species": pet[1], "chip": microchip(r)}, "condition": r.choice(["cruciate rupture", "otitis externa", "foreign body", "pancreatitis"]),
           "invoice_total": money(r, 150, 4800), "excess": money(r, 50, 250), "vet_practice": vn,
           "owner_phone": ctx.phone(cc, p_on=0.35),
           "payout_json": json.dumps(payout, ensure_ascii=False),
           "portal": {}}
    k, v = secret_entry(ctx, "vet", allow=["generic_secret", "jwt", "stripe_key", "google_api_key"])[0]
    doc["portal"] = {"submitted_via": "https://claims.insurer.example/api/v2", k: v}
    return "structured", doc

def t_vet_microchip_lookup(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS); k = person(r); chip = microchip(r)
    if ctx.on(0.4):
        key = generic_value(r, r.choice([1, 8, 6]))
        ctx.add("generic_secret", key, keys=["api_key"])
    else:
        key = r.choice(["${PETLINK_API_KEY}", "<your-api-key>", "REDACTED"])
    res = {"request": {"url": "https://registry.petchip.example/v1/lookup?chip=%s&api_key=%s" % (chip, key), "method": "GET"},
           "response": {"chip": chip, "registered": r.random() < 0.85, "database": r.choice(["Petlog", "Identibase", "TASSO", "AAHA lookup"]),
                        "keeper": {"name": full(k), "phone": ctx.phone(cc, p_on=0.55), "alt_phone": ctx.phone(cc, p_on=0.2),
                                   "email": ctx.email(k, neg_domain=vd, p_on=0.5), "postcode_area": rs(r, 2, UP) + str(r.randint(1, 20))},
                        "animal": {"name": r.choice(PETS)[0], "species": r.choice(["dog", "cat"]), "colour": r.choice(["black/white", "tabby", "red"])},
                        "lookup_id": uuid(r)}}
    return "raw-result", raw(jd(res))

def t_vet_pms_config(ctx):
    r = ctx.r; vn, vd, cc = r.choice(VETS)
    fmt = r.choice(["env", "yaml", "ini", "toml"])
    secs = [("pms", [("practice_id", digits(r, 5))] + secret_entry(ctx, "vet")),
            ("lab_integration", [("lab", r.choice(["IDEXX", "Antech", "Laboklin"]))] + secret_entry(ctx, "vet")),
            ("ai_scribe", secret_entry(ctx, "vet", allow=["openai_api_key", "anthropic_api_key", "generic_secret"])),
            ("imaging_backup", secret_entry(ctx, "vet", allow=["aws", "url_credentials", "generic_secret", "private_key"])),
            ("alerts", secret_entry(ctx, "vet"))]
    txt = "# %s — practice-management integration\n" % vn + render_cfg(r, fmt, secs)
    if ctx.on(0.35):
        pw = password(r).replace(";", "")
        ctx.add("generic_secret", pw, keys=["Password"])
        txt += "\n# legacy SQL Server for the old PMS\nPMS_SQL=Server=pms-sql01;Database=VetPMS;User Id=pms_app;Password=%s;Encrypt=True\n" % pw
    else:
        txt += "\n# legacy SQL Server for the old PMS\nPMS_SQL=Server=pms-sql01;Database=VetPMS;Integrated Security=SSPI;Encrypt=True\n"
    if ctx.on(0.3):
        txt += "\n# sftp key for lab results drop\n" + ctx.add("private_key", private_key(r)) + "\n"
    return "text", txt

def t_auto_oauth_tokens(ctx):
    """Connected-car OAuth token endpoint response (structured) with vehicle command token."""
    r = ctx.r; dn, dd, cc = r.choice(DEALERS)
    doc = {"token_type": "Bearer", "expires_in": r.choice([3600, 7200]), "scope": "read_vehicle_info control_security read_odometer",
           "vehicle": {"vin": vin(r), "odometer_km": r.randint(100, 90000), "id": uuid(r)}, "dealer": dn}
    if ctx.on(0.7):
        doc["access_token"] = ctx.add("jwt", jwt(r, "veh_" + rs(r, 10)))
    else:
        doc["access_token"] = r.choice([JWT_IO_EXAMPLE, "eyJhbGciOi...<truncated>", "[REDACTED]"])
    if ctx.on(0.5):
        v = generic_value(r, r.choice([2, 8, 6]))
        doc["refresh_token"] = ctx.add("generic_secret", v)
    else:
        doc["refresh_token"] = None
    if ctx.on(0.3):
        doc["git_remote"] = None
        t = github_token(r)
        url = "https://x-access-token:%s@github.com/%s/telematics-bridge.git" % (t, dd.split(".")[0])
        ctx.add("github_token", t, ["x-access-token:" + t, url])
        doc["deploy_log"] = "Cloning into 'bridge'... remote: %s" % url
    else:
        doc["deploy_log"] = "Cloning into 'bridge'... remote: https://github.com/%s/telematics-bridge.git (commit %s)" % (dd.split(".")[0], rs(r, 40, HEX))
    doc["kid"] = rs(r, 16, HEX); doc["fingerprint"] = "SHA256:" + rs(r, 43, ALNUM + "+/")
    return "structured", doc

# ================================================================ driver
TEMPLATES = [
    ("auto_dms_customer_xml", t_auto_dms_xml), ("auto_credit_application", t_auto_credit_app), ("auto_fi_menu", t_auto_fi_menu),
    ("auto_repair_order_notes", t_auto_repair_order), ("auto_warranty_claims_csv", t_auto_warranty_csv),
    ("auto_telematics_config", t_auto_telematics_cfg), ("auto_fuel_card_statement", t_auto_fuel_statement),
    ("auto_service_schedule_api", t_auto_service_sched), ("auto_tradein_appraisal", t_auto_tradein),
    ("auto_deal_email_thread", t_auto_email_thread), ("auto_connected_car_oauth", t_auto_oauth_tokens),
    ("sport_registration_csv", t_sport_registration_csv), ("sport_team_sheet", t_sport_team_sheet),
    ("sport_referee_assignments", t_sport_referee_assign), ("sport_dues_ledger_pipe", t_sport_dues_ledger),
    ("sport_safeguarding_report", t_sport_safeguarding), ("sport_kit_order", t_sport_kit_order),
    ("sport_governing_body_config", t_sport_gb_config), ("sport_ticketing_webhook", t_sport_ticket_webhook),
    ("sport_membership_form_ocr", t_sport_membership_ocr), ("sport_ticket_sync_code", t_sport_sync_code),
    ("church_member_roll_csv", t_church_roll_csv), ("church_giving_statement", t_church_giving_statement),
    ("church_sepa_mandate_xml", t_church_sepa_mandate), ("church_pastoral_notes", t_church_pastoral_notes),
    ("church_volunteer_rota", t_church_volunteer_rota), ("church_hall_booking", t_church_hall_booking),
    ("church_chms_config", t_church_cms_config), ("church_newsletter_thread", t_church_newsletter_thread),
    ("church_prayer_requests", t_church_prayer_json),
    ("vet_patient_record", t_vet_patient_record), ("vet_invoice_estimate", t_vet_invoice), ("vet_lab_hl7", t_vet_lab_hl7),
    ("vet_dicom_header", t_vet_dicom), ("vet_controlled_drug_log", t_vet_cd_log), ("vet_boarding_grooming", t_vet_boarding),
    ("vet_insurance_claim", t_vet_insurance_claim), ("vet_microchip_lookup", t_vet_microchip_lookup),
    ("vet_pms_config", t_vet_pms_config),
]

def build(tname, fn, pos):
    for attempt in range(200):
        ctx = Ctx(R, pos)
        wrap, doc = fn(ctx)
        if pos and not ctx.labels: continue
        if not pos and ctx.labels: raise RuntimeError("clean doc produced labels in " + tname)
        labels = finalize_labels(doc, ctx)
        if scan(doc, labels): continue
        return wrap, doc, labels
    raise RuntimeError("could not build " + tname)

def main():
    n_total, n_clean = 450, 200
    sched = []
    per = [n_total // len(TEMPLATES) + (1 if i < n_total % len(TEMPLATES) else 0) for i in range(len(TEMPLATES))]
    ncs = [k * n_clean // n_total for k in per]
    i = 0
    while sum(ncs) < n_clean:
        ncs[i % len(ncs)] += 1; i += 1
    for (name, fn), k, nc in zip(TEMPLATES, per, ncs):
        sched += [(name, fn, False)] * nc + [(name, fn, True)] * (k - nc)
    R.shuffle(sched)
    recs = []
    for i, (name, fn, pos) in enumerate(sched):
        wrap, doc, labels = build(name, fn, pos)
        for l in labels: COUNTS[l["type"]] += 1
        recs.append({"id": "v24-%d" % (i + 1), "template": name, "split": "holdout-v24", "wrap": wrap, "doc": doc, "labels": labels})
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("records", len(recs), "clean", sum(1 for x in recs if not x["labels"]), "labels", sum(COUNTS.values()))
    for t, c in sorted(COUNTS.items()): print("  %-24s %d" % (t, c))

if __name__ == "__main__":
    main()
