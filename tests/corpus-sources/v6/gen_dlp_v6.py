#!/usr/bin/env python3
"""Generate the holdout-v6 DLP corpus (deterministic, stdlib only).

Usage: python3 gen_dlp_v6.py [out.jsonl]   (default: dlp_v6.jsonl next to this file)
"""
import base64, json, os, random, string, sys, uuid, hashlib

SEED = 60606
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def L(t, v, accept=None):
    return {"type": t, "value": v, "accept": list(accept or [])}

# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rs(DG, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005",
              "4000056655665556", "5105105105105100", "6011111111111117", "3566002020360505",
              "4012888888881881", "371449635398431", "5200828282828210", "6200000000000005"}


def card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "mir", "verve", "unionpay"])
    while True:
        if kind == "visa":
            n = luhn_complete("4" + rs(DG, 1), 16)
        elif kind == "mc":
            n = luhn_complete(str(R.randint(51, 55)), 16)
        elif kind == "mc2":
            n = luhn_complete(str(R.randint(2221, 2720)), 16)
        elif kind == "amex":
            n = luhn_complete(pick(["34", "37"]), 15)
        elif kind == "discover":
            n = luhn_complete("6011", 16)
        elif kind == "jcb":
            n = luhn_complete(str(R.randint(3528, 3589)), 16)
        elif kind == "mir":
            n = luhn_complete("220" + str(R.randint(0, 4)), 16)
        elif kind == "verve":
            n = luhn_complete(str(R.randint(506099, 506198)), 19)
        else:
            n = luhn_complete("62" + rs(DG, 2), 16)
        if n not in TEST_CARDS:
            return n


def fmt_card(n, style=None):
    style = style or pick(["space", "space", "dash", "plain"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    if len(n) == 19:
        return sep.join([n[:4], n[4:8], n[8:12], n[12:16], n[16:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def non_luhn_digits(n, prefix=""):
    while True:
        s = prefix + rs(DG, n - len(prefix))
        if not luhn_ok(s) and s[0] != "0":
            return s


IBAN_SPEC = {
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 23, "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24, "RO": "aaaa" + "n" * 16, "UA": "n" * 25, "SA": "n" * 20, "AE": "n" * 19,
    "EG": "n" * 25, "TR": "n" * 5 + "0" + "n" * 16, "KZ": "n" * 16, "BH": "aaaa" + "n" * 14,
    "QA": "aaaa" + "n" * 21, "JO": "aaaa" + "n" * 22, "TN": "n" * 20, "MR": "n" * 23,
    "CZ": "n" * 20, "HU": "n" * 24, "LT": "n" * 16, "ES": "n" * 20, "PK": "aaaa" + "n" * 16,
    "GE": "aa" + "n" * 16, "BG": "aaaa" + "n" * 14, "PT": "n" * 21, "IE": "aaaa" + "n" * 14,
    "IT": "a" + "n" * 22, "AZ": "aaaa" + "n" * 20, "MU": "aaaa" + "n" * 22 + "aaa",
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
                "RO": ["BTRL", "RNCB", "BRDE", "INGB"], "BH": ["NBOB", "BBKU", "KFHO"],
                "QA": ["QNBA", "DOHB", "CBQA"], "JO": ["ARAB", "CBJO", "HBHO"], "PK": ["HABB", "MUCB", "UNIL"],
                "GE": ["TB", "BG"], "BG": ["UNCR", "BNBG", "STSA"], "IE": ["AIBK", "BOFI"],
                "AZ": ["NABZ", "IBAZ"], "MU": ["MCBL", "BOMM"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(ib):
    ib = ib.replace(" ", "")
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(cc=None, printed=None, valid=True):
    cc = cc or pick(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    out = ""
    i = 0
    while i < len(spec):
        ch = spec[i]
        if ch == "a":
            j = i
            while j < len(spec) and spec[j] == "a":
                j += 1
            run = j - i
            cand = [b for b in BANK_LETTERS.get(cc, []) if len(b) == run]
            out += pick(cand) if cand else rs(UP, run)
            i = j
            continue
        out += R.choice(DG) if ch == "n" else ch
        i += 1
    chk = iban_check(cc, out)
    if not valid:
        chk = "%02d" % ((int(chk) + R.randint(1, 40)) % 97 + 2)
        if iban_valid(cc + chk + out):
            chk = "%02d" % ((int(chk) + 1) % 97 + 2)
    full = cc + chk + out
    if printed is None:
        printed = R.random() < 0.6
    if printed:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    v = "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
    if v.replace(sep, "") in ("078051120", "123456789"):
        return ssn(sep)
    return v


def bad_ssn():
    return pick(["000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                 "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                 "9%02d-%02d-%04d" % (R.randint(0, 99), R.randint(1, 99), R.randint(1, 9999)),
                 "078-05-1120"])

# ---------------------------------------------------------------- phones

def d(n):
    return rs(DG, n)


def phone(cc, intl=None):
    if intl is None:
        intl = R.random() < 0.55
    if cc == "NG":
        p = pick(["803", "806", "813", "816", "703", "706", "810", "814", "903", "905", "802", "808", "812", "701", "907", "809", "817", "909"])
        return "+234 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "KE":
        p = pick(["710", "712", "715", "720", "722", "725", "727", "740", "745", "757", "768", "790", "795", "799", "111", "113"])
        return "+254 %s %s %s" % (p, d(3), d(3)) if intl else "0%s %s %s" % (p, d(3), d(3))
    if cc == "ZA":
        p = pick(["82", "83", "84", "72", "73", "76", "79", "60", "61", "71"])
        return "+27 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "EG":
        p = pick(["10", "11", "12", "15"])
        return "+20 %s %s %s" % (p, d(4), d(4)) if intl else "0%s %s %s" % (p, d(4), d(4))
    if cc == "GH":
        p = pick(["24", "54", "55", "20", "50", "27"])
        return "+233 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "AE":
        p = pick(["50", "52", "54", "55", "56", "58"])
        return "+971 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "SA":
        p = "5" + pick("0345689")
        return "+966 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "JO":
        p = "7" + pick("789")
        return "+962 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "PL":
        p = pick(["5", "6", "7"]) + d(2)
        return "+48 %s %s %s" % (p, d(3), d(3)) if intl else "%s-%s-%s" % (p, d(3), d(3))
    if cc == "UA":
        p = pick(["50", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
        return "+380 %s %s %s %s" % (p, d(3), d(2), d(2)) if intl else "0%s %s %s %s" % (p, d(3), d(2), d(2))
    if cc == "RO":
        p = "7" + pick(["2", "3", "4", "5", "6", "8"]) + d(1)
        return "+40 %s %s %s" % (p, d(3), d(3)) if intl else "0%s %s %s" % (p, d(3), d(3))
    if cc == "CZ":
        p = pick(["6", "7"]) + d(2)
        return "+420 %s %s %s" % (p, d(3), d(3))
    if cc == "ID":
        p = pick(["812", "813", "821", "822", "852", "853", "857", "878", "896", "838", "819"])
        return "+62 %s-%s-%s" % (p, d(4), d(4)) if intl else "0%s-%s-%s" % (p, d(4), d(4))
    if cc == "PH":
        p = pick(["917", "918", "927", "905", "906", "915", "920", "939", "947", "998"])
        return "+63 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "VN":
        p = pick(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "70", "77", "86"])
        return "+84 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "TH":
        p = pick(["81", "82", "86", "89", "61", "62", "63", "91", "92", "95"])
        return "+66 %s %s %s" % (p, d(3), d(4)) if intl else "0%s-%s-%s" % (p, d(3), d(4))
    if cc == "MY":
        p = pick(["12", "13", "16", "17", "19", "11"])
        return "+60 %s-%s %s" % (p, d(3), d(4)) if intl else "0%s-%s %s" % (p, d(3), d(4))
    if cc == "SG":
        return "+65 %s%s %s" % (pick("89"), d(3), d(4))
    if cc == "AU":
        while True:
            p = "4" + d(2)
            rest = (d(3), d(3))
            if not (p == "491" and rest[0] == "570"):
                break
        return "+61 %s %s %s" % (p, rest[0], rest[1]) if intl else "0%s %s %s" % (p, rest[0], rest[1])
    if cc == "NZ":
        p = pick(["21", "22", "27", "29"])
        return "+64 %s %s %s" % (p, d(3), d(4)) if intl else "0%s %s %s" % (p, d(3), d(4))
    if cc == "US":
        a = pick(["212", "312", "415", "512", "617", "702", "206", "303", "404", "713", "469", "248", "919", "614", "971"])
        ex = str(R.randint(2, 9)) + d(2)
        while ex == "555" or ex[1:] == "11":
            ex = str(R.randint(2, 9)) + d(2)
        return "+1 %s-%s-%s" % (a, ex, d(4)) if intl else "(%s) %s-%s" % (a, ex, d(4))
    if cc == "GB":
        while True:
            p = "7" + pick(["4", "5", "7", "8", "9"]) + d(2)
            r6 = d(6)
            if not (p == "7700" and r6.startswith("900")):
                break
        return "+44 %s %s" % (p, r6) if intl else "0%s %s" % (p, r6)
    if cc == "DE":
        p = pick(["151", "152", "157", "160", "170", "171", "176", "179"])
        return "+49 %s %s" % (p, d(8)) if intl else "0%s %s" % (p, d(8))
    if cc == "FR":
        p = pick("67")
        return "+33 %s %s %s %s %s" % (p, d(2), d(2), d(2), d(2)) if intl else "0%s %s %s %s %s" % (p, d(2), d(2), d(2), d(2))
    if cc == "TR":
        p = "5" + pick(["30", "32", "33", "35", "42", "43", "44", "05", "06", "52", "55"])
        return "+90 %s %s %s %s" % (p, d(3), d(2), d(2)) if intl else "0%s %s %s %s" % (p, d(3), d(2), d(2))
    raise ValueError(cc)


def fake_phone():
    return pick(["(%s) 555-01%02d" % (pick(["212", "310", "415", "617"]), R.randint(0, 99)),
                 "+1 %s-555-01%02d" % (pick(["202", "503", "718"]), R.randint(0, 99)),
                 "07700 900%03d" % R.randint(0, 999), "+44 7700 900%03d" % R.randint(0, 999),
                 "0491 570 %03d" % R.randint(6, 159), "555-01%02d" % R.randint(0, 99)])


def masked_phone(cc):
    p = phone(cc, True)
    digits = [i for i, c in enumerate(p) if c.isdigit()]
    chars = list(p)
    for i in digits[len(digits) // 2 - 2: len(digits) - 3]:
        chars[i] = "*"
    return "".join(chars)

# ---------------------------------------------------------------- people

PEOPLE = [
    ("Chinedu", "Okafor", "NG"), ("Amaka", "Eze", "NG"), ("Tunde", "Bakare", "NG"), ("Wanjiru", "Kamau", "KE"),
    ("Otieno", "Ochieng", "KE"), ("Thandiwe", "Nkosi", "ZA"), ("Pieter", "van der Merwe", "ZA"),
    ("Mona", "Abdelrahman", "EG"), ("Karim", "Saleh", "EG"), ("Kwame", "Mensah", "GH"), ("Fatima", "Al Mansoori", "AE"),
    ("Omar", "Haddad", "AE"), ("Noura", "Al Qahtani", "SA"), ("Faisal", "Al Harbi", "SA"), ("Rania", "Khoury", "JO"),
    ("Agnieszka", "Wiśniewska", "PL"), ("Tomasz", "Kowalczyk", "PL"), ("Oksana", "Bondarenko", "UA"),
    ("Dmytro", "Shevchuk", "UA"), ("Ioana", "Popescu", "RO"), ("Andrei", "Ionescu", "RO"), ("Petra", "Novotná", "CZ"),
    ("Siti", "Rahmawati", "ID"), ("Budi", "Santoso", "ID"), ("Maria Clara", "Reyes", "PH"), ("Jose", "Dela Cruz", "PH"),
    ("Nguyen", "Thi Lan", "VN"), ("Tran", "Van Minh", "VN"), ("Somchai", "Srisuk", "TH"), ("Nurul", "Aisyah", "MY"),
    ("Wei Ling", "Tan", "SG"), ("Mia", "Thompson", "AU"), ("Lachlan", "O'Brien", "AU"), ("Aroha", "Ngata", "NZ"),
    ("Liam", "Walker", "NZ"), ("Jessica", "Alvarez", "US"), ("DeShawn", "Carter", "US"), ("Emily", "Nguyen", "US"),
    ("Oliver", "Hughes", "GB"), ("Priya", "Patel", "GB"), ("Lukas", "Becker", "DE"), ("Camille", "Moreau", "FR"),
    ("Elif", "Yılmaz", "TR"), ("Mehmet", "Demir", "TR"),
]
COUNTRY_IBAN = {"NG": None, "KE": None, "ZA": None, "EG": "EG", "GH": None, "AE": "AE", "SA": "SA", "JO": "JO",
                "PL": "PL", "UA": "UA", "RO": "RO", "CZ": "CZ", "ID": None, "PH": None, "VN": None, "TH": None,
                "MY": None, "SG": None, "AU": None, "NZ": None, "US": None, "GB": "GB", "DE": "DE", "FR": "FR", "TR": "TR"}
MAIL_DOMAINS = {"NG": ["gmail.com", "yahoo.com", "zenithlogistics.com.ng"], "KE": ["gmail.com", "safaricom.co.ke", "kilimanjaro-freight.co.ke"],
                "ZA": ["gmail.com", "webmail.co.za", "capepoint-insure.co.za"], "EG": ["gmail.com", "nileventures.com.eg"],
                "GH": ["gmail.com", "yahoo.com"], "AE": ["gmail.com", "alnoor-trading.ae", "outlook.com"],
                "SA": ["gmail.com", "hotmail.com", "rawabi-med.sa"], "JO": ["gmail.com", "petra-soft.jo"],
                "PL": ["wp.pl", "onet.pl", "gmail.com", "vistula-meble.pl"], "UA": ["ukr.net", "gmail.com", "i.ua"],
                "RO": ["yahoo.ro", "gmail.com", "carpatica-log.ro"], "CZ": ["seznam.cz", "gmail.com"],
                "ID": ["yahoo.co.id", "gmail.com", "tanjungmas.co.id"], "PH": ["gmail.com", "yahoo.com.ph"],
                "VN": ["gmail.com", "fpt.vn"], "TH": ["gmail.com", "hotmail.com"], "MY": ["gmail.com", "yahoo.com.my"],
                "SG": ["gmail.com", "singnet.com.sg"], "AU": ["bigpond.com", "gmail.com", "pacificreef.com.au"],
                "NZ": ["xtra.co.nz", "gmail.com"], "US": ["gmail.com", "icloud.com", "comcast.net", "outlook.com"],
                "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"], "DE": ["gmx.de", "web.de", "t-online.de"],
                "FR": ["orange.fr", "free.fr", "laposte.net"], "TR": ["gmail.com", "hotmail.com.tr"]}


def ascii_fold(s):
    import unicodedata
    s = s.replace("ł", "l").replace("ı", "i").replace("'", "")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower().replace(" ", "")


def person():
    f, l, cc = pick(PEOPLE)
    return {"first": f, "last": l, "name": f + " " + l, "cc": cc}


def email_of(p, domain=None):
    dom = domain or pick(MAIL_DOMAINS[p["cc"]])
    f, l = ascii_fold(p["first"]), ascii_fold(p["last"])
    form = pick(["%s.%s", "%s%s", "%s_%s%d", "%s.%s%d", "%s%s"])
    if "%d" in form:
        local = form % (f, l, R.randint(1, 99))
    else:
        local = form % (f, l) if form != "%s%s" or R.random() < 0.5 else f[0] + l
    return local + "@" + dom


ROLE = ["support", "billing", "security", "privacy", "info", "hr", "sales", "accounts", "helpdesk", "it-support", "dpo", "claims", "careers", "orders", "finance"]
COMPANY_DOMAINS = ["tanjungmas.co.id", "alnoor-trading.ae", "kilimanjaro-freight.co.ke", "vistula-meble.pl",
                   "pacificreef.com.au", "nileventures.com.eg", "capepoint-insure.co.za", "carpatica-log.ro",
                   "harbourline.co.nz", "saigonsteel.vn", "rawabi-med.sa", "shopmeridian.com"]


def role_mail(dom=None):
    return pick(ROLE) + "@" + (dom or pick(COMPANY_DOMAINS))


def example_mail():
    return pick(["jane.doe", "john.smith", "user", "alice", "bob", "customer", "test.user"]) + "@" + pick(
        ["example.com", "example.org", "example.net", "shop.test", "mail.example", "corp.invalid"])


def noreply_mail(dom=None):
    return pick(["noreply", "no-reply", "do-not-reply"]) + "@" + (dom or pick(COMPANY_DOMAINS))

# ---------------------------------------------------------------- secrets


def aws_akid(tmp=False):
    return ("ASIA" if tmp else "AKIA") + rs(B32, 16)


def aws_secret():
    return rs(B64, 40)


def gh_token(kind=None):
    kind = kind or pick(["ghp", "ghp", "pat", "ghs", "gho", "ghu"])
    if kind == "pat":
        return "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59)
    return kind + "_" + rs(AN, 36)


def gl_token():
    return pick(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-"]) + rs(AN + "-_", 20)


def slack_token():
    k = pick(["xoxb", "xoxb", "xoxp", "xapp"])
    if k == "xoxb":
        return "xoxb-%s-%s-%s" % (d(12), d(13), rs(AN, 24))
    if k == "xoxp":
        return "xoxp-%s-%s-%s-%s" % (d(12), d(12), d(13), rs(HEX, 32))
    return "xapp-1-A%s-%s-%s" % (rs(UP + DG, 10), d(13), rs(HEX, 64))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 8), rs(UP + DG, pick([8, 10])), rs(AN, 24))


def discord_hook():
    return "https://%s/api/webhooks/%s/%s" % (pick(["discord.com", "discordapp.com"]), d(19), rs(B64U, 68))


def teams_hook():
    u = lambda: str(uuid.UUID(int=R.getrandbits(128), version=4))
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        pick(["contoso", "harbourline", "tanjungmas", "meridiangroup"]), u(), u(), rs(HEX, 32), u())


def zapier_hook():
    return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (d(pick([7, 8])), rs(LO + DG, 6))


def webhook():
    return pick([slack_hook, slack_hook, discord_hook, teams_hook, zapier_hook])()


def stripe_sk():
    p = pick(["sk_live_", "sk_live_", "rk_live_"])
    return p + (rs(AN, 24) if R.random() < 0.4 else "51" + rs(AN, 97))


def stripe_pk():
    return "pk_live_51" + rs(AN, 97)


def google_key():
    return "AIzaSy" + rs(B64U, 33)


def openai_key():
    k = pick(["proj", "proj", "legacy", "svc"])
    if k == "legacy":
        return "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20)
    pre = "sk-proj-" if k == "proj" else "sk-svcacct-"
    return pre + rs(B64U, 58) + "T3BlbkFJ" + rs(B64U, 58)


def anthropic_key():
    if R.random() < 0.85:
        return "sk-ant-api03-" + rs(B64U, 93) + "AA"
    return "sk-ant-admin01-" + rs(B64U, 93) + "AA"


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(claims=None):
    alg = pick(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(HEX, 16)
    iat = 1764000000 + R.randint(0, 900000)
    c = {"sub": claims or str(uuid.UUID(int=R.getrandbits(128), version=4)), "iat": iat, "exp": iat + pick([900, 3600, 86400])}
    if R.random() < 0.5:
        c["iss"] = pick(["https://auth.shopmeridian.com", "supabase", "https://securetoken.google.com/harbourline-app"])
    if R.random() < 0.4:
        c["role"] = pick(["authenticated", "service_role", "admin", "agent"])
    sig = rs(B64U, {"HS256": 43, "RS256": 342, "ES256": 86}[alg])
    return b64u(hdr) + "." + b64u(c) + "." + sig


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def pem(kind=None, nl="\n"):
    kind = kind or pick(["rsa", "pkcs8", "pkcs8", "ec", "openssh"])
    if kind == "rsa":
        head, start, n = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 25
    elif kind == "pkcs8":
        head, start, n = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 26
    elif kind == "ec":
        head, start, n = "EC PRIVATE KEY", "MHcCAQEEI", 3
    else:
        head, start, n = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 7
    width = 70 if kind == "openssh" else 64
    body = start + rs(B64, width * n - len(start) - R.randint(5, 30))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    if kind != "openssh":
        lines[-1] = lines[-1] + pick(["", "=", "=="])
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (head, nl, nl.join(lines), nl, head)


WORDS = ["Mango", "Kopi", "Baobab", "Simba", "Tulip", "Harbour", "Kiwi", "Sahara", "Dnipro", "Wisla", "Mekong",
         "Cedar", "Falcon", "Jasmine", "Pohutukawa", "Durian", "Karoo", "Nile", "Zaatar", "Bromo", "Carpati", "Borscht"]


def human_pw():
    return pick(WORDS) + pick(["-", "!", "#", "@", "_", "."]) + pick(WORDS).lower() + str(R.randint(10, 9999)) + pick(["", "!", "$", "?"])


def rand_pw(n=None):
    return rs(AN + "!#%^*_-+=", n or R.randint(14, 28))


def url_pw():
    if R.random() < 0.5:
        return pick(WORDS) + pick(["-", "_", ".", "!"]) + pick(WORDS).lower() + str(R.randint(10, 999))
    return rs(AN + "-_.~!*", R.randint(14, 26))


def generic_token():
    k = pick(["hex32", "sg", "mailgun", "hex40", "b64", "pw", "pw", "dd", "twilio"])
    if k == "hex32" or k == "dd" or k == "twilio":
        return rs(HEX, 32)
    if k == "hex40":
        return rs(HEX, 40)
    if k == "sg":
        return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
    if k == "mailgun":
        return "key-" + rs(HEX, 32)
    if k == "b64":
        return rs(B64, 44)
    return rand_pw()

# ---------------------------------------------------------------- look-alikes


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256():
    return hashlib.sha256(rs(AN, 20).encode()).hexdigest()


def gitsha():
    return rs(HEX, 40)


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def order_no():
    return pick(["ORD-", "SO", "#", "INV-", ""]) + non_luhn_digits(pick([10, 12, 16]))


def tracking():
    return pick(["1Z" + rs(UP + DG, 16), "JD01460000" + d(10), d(12), "LX" + d(9) + "ID", "RR" + d(9) + "PL", "EE" + d(9) + "AU"])


def imei():
    return luhn_complete(pick(["35", "86", "01", "99"]) + d(6), 15)


def masked_card(n=None):
    n = n or card()
    last4 = n[-4:]
    return pick(["**** **** **** %s" % last4, "•••• %s" % last4, "%s******%s" % (n[:6], last4), "XXXX-XXXX-XXXX-%s" % last4, "ending in %s" % last4])


def masked_key():
    return pick(["sk_live_...%s" % rs(AN, 4), "ghp_****************%s" % rs(AN, 4), "AKIA************%s" % rs(B32, 4),
                 "xoxb-***-***-%s" % rs(AN, 4), "sk-proj-…%s" % rs(AN, 4), "AIza…%s" % rs(B64U, 4), "sk-ant-api03-****%s" % rs(B64U, 4),
                 "glpat-••••••••%s" % rs(AN, 4), "****%s" % rs(AN, 4)])


PLACEHOLDERS = ["<YOUR_API_KEY>", "${API_TOKEN}", "$DB_PASSWORD", "%SMTP_PASS%", "{{ secrets.DEPLOY_KEY }}", "changeme",
                "REDACTED", "********", "xxxxxxxxxxxxxxxxxxxx", "os.environ['STRIPE_KEY']", "process.env.SLACK_TOKEN",
                "<password>", "[hidden]", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "xoxb-not-a-real-token-this-will-not-work",
                "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", JWT_IO,
                "AIzaSy" + "X" * 33, "sk-ant-api03-" + "x" * 20 + "...", "sk-...", "glpat-xxxxxxxxxxxxxxxxxxxx"]


def placeholder():
    return pick(PLACEHOLDERS)


def test_card():
    return pick(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "378282246310005", "4000 0566 5566 5556"])


def version():
    return "%d.%d.%d" % (R.randint(0, 14), R.randint(0, 30), R.randint(0, 99))


def money():
    return "%d.%02d" % (R.randint(1, 4999), R.randint(0, 99))


def ipv4():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

# ================================================================ templates
# each template: f(pos) -> (wrap, doc, labels)


def rr(text, extra=None):
    o = {"content": [{"type": "text", "text": text}]}
    if extra:
        o.update(extra)
    else:
        o["isError"] = False
    return o


def t_support_chat(pos):
    p = person()
    agent = pick(["Ayu", "Karan", "Maya", "Sipho", "Ewa", "Hoang", "Leilani"])
    shop = pick(["Meridian Shop", "Tanjung Mas Online", "Harbourline Mobile", "Nile Ventures Travel", "Vistula Meble"])
    lab = []
    t0 = "%02d:%02d" % (R.randint(8, 21), R.randint(0, 59))
    lines = ["Chat transcript — %s live support" % shop, "Conversation %s  started %s UTC" % (uid(), t0),
             "Channel: %s   Language: %s" % (pick(["web widget", "WhatsApp Business", "in-app"]), pick(["en", "id", "ar", "pl", "vi", "sw"])), ""]
    lines.append("[%s] %s (agent): Hi, thanks for contacting %s. How can I help today?" % (t0, agent, shop))
    o = order_no()
    lines.append("[%s] %s: my order %s never arrived, tracking says %s" % (t0, p["first"], o, tracking()))
    lines.append("[%s] %s (agent): Sorry about that! Can you confirm the phone or email on the account?" % (t0, agent))
    if pos:
        kinds = R.sample(["phone", "email", "card", "iban"], R.randint(1, 3))
        parts = []
        if "phone" in kinds:
            ph = phone(p["cc"])
            parts.append("phone is %s" % ph)
            lab.append(L("phone_number", ph))
        if "email" in kinds:
            em = email_of(p)
            parts.append("email %s" % em)
            lab.append(L("email", em))
        lines.append("[%s] %s: %s" % (t0, p["first"], ", ".join(parts) if parts else "it's under my name"))
        lines.append("[%s] %s (agent): Thanks %s, found it. I can reissue or refund, which do you prefer?" % (t0, agent, p["first"]))
        if "card" in kinds:
            c = fmt_card(card())
            lines.append("[%s] %s: refund please. actually charge the reship to my other card %s exp %02d/%d cvv %03d" % (
                t0, p["first"], c, R.randint(1, 12), R.randint(27, 31), R.randint(100, 999)))
            lab.append(L("payment_card", c))
            lines.append("[%s] %s (agent): Please never send full card numbers in chat — I've flagged this message for redaction." % (t0, agent))
        if "iban" in kinds:
            ib = iban(COUNTRY_IBAN.get(p["cc"]) or pick(["DE", "GB", "PL", "AE", "SA"]))
            lines.append("[%s] %s: can you refund by bank transfer? IBAN %s" % (t0, p["first"], ib))
            lab.append(L("iban", ib))
    else:
        lines.append("[%s] %s: the one ending %s, email is %s" % (t0, p["first"], masked_phone(p["cc"])[-4:], pick(["j***@gmail.com", "the usual one", "same as before"])))
        lines.append("[%s] %s (agent): Found it — card on file %s. I'll refund %s to it." % (t0, agent, masked_card(), money()))
        lines.append("[%s] %s: ok. will I get an email?" % (t0, p["first"]))
        lines.append("[%s] %s (agent): Yes, from %s; questions go to %s or call %s." % (t0, agent, noreply_mail(), role_mail(), fake_phone()))
    lines.append("[%s] %s (agent): Ticket %s created. Anything else?" % (t0, agent, "TCK-" + d(7)))
    lines.append("-- end of transcript (%d messages, CSAT %d/5) --" % (len(lines) - 3, R.randint(1, 5)))
    return "text", "\n".join(lines), lab


def t_order_export_md(pos):
    lab = []
    hdr = "| order | placed | customer | email | phone | ship to | items | total | payment | status |\n|---|---|---|---|---|---|---|---|---|---|"
    rows = []
    n = R.randint(3, 7)
    posrows = set(R.sample(range(n), R.randint(1, min(3, n)))) if pos else set()
    for i in range(n):
        p = person()
        city = pick(["Lagos", "Nairobi", "Surabaya", "Cebu", "Da Nang", "Gdańsk", "Kyiv", "Dubai", "Riyadh", "Auckland", "Perth", "Cluj-Napoca", "Alexandria", "Accra"])
        if i in posrows:
            em = email_of(p)
            ph = phone(p["cc"])
            lab += [L("email", em), L("phone_number", ph)]
            pay = masked_card()
            if R.random() < 0.3:
                c = fmt_card(card(), "plain")
                pay = c
                lab.append(L("payment_card", c))
        else:
            em = pick([example_mail(), "—", "(guest)", "%s***@%s" % (ascii_fold(p["first"])[0], pick(MAIL_DOMAINS[p["cc"]]))])
            ph = pick([fake_phone(), masked_phone(p["cc"]), "—"])
            pay = pick([masked_card(), "COD", "GoPay", "M-Pesa " + rs(UP + DG, 10), "BLIK", "PayPal"])
        rows.append("| %s | %s | %s | %s | %s | %s | %d | %s %s | %s | %s |" % (
            order_no(), ts()[:10], p["name"], em, ph, city, R.randint(1, 6), money(), pick(["USD", "IDR", "NGN", "PLN", "AED", "AUD", "EUR"]),
            pay, pick(["shipped", "pending", "refunded", "delivered"])))
    text = "Export: orders (%d rows) — generated %s\n\n%s\n%s\n\nTracking batch: %s" % (n, ts(), hdr, "\n".join(rows), ", ".join(tracking() for _ in range(3)))
    return pick(["text", "raw-result"]), text, lab


def t_insurance_claims(pos):
    lab = []
    claims = []
    for _ in range(R.randint(1, 4)):
        p = person()
        member = {"member_id": "MBR" + d(9), "name": p["name"], "dob": "19%02d-%02d-%02d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28))}
        c = {"claim_id": "CLM-" + d(4) + "-" + d(6), "icd10": pick(["J20.9", "E11.9", "S82.101A", "K35.80", "O80"]),
             "cpt": pick(["99213", "71046", "80053", "29881"]), "billed": money(), "status": pick(["adjudicated", "pending_review", "denied", "paid"]),
             "received_at": ts()}
        if pos and R.random() < 0.7:
            if p["cc"] == "US" or R.random() < 0.4:
                s = ssn(pick(["-", "-", " "]))
                member["ssn"] = s
                lab.append(L("us_ssn", s))
            ph = phone(p["cc"])
            member["contact_phone"] = ph
            lab.append(L("phone_number", ph))
            if R.random() < 0.5:
                em = email_of(p)
                member["email"] = em
                lab.append(L("email", em))
            if R.random() < 0.4:
                ib = iban(COUNTRY_IBAN.get(p["cc"]) or pick(["DE", "FR", "AE", "SA", "EG"]))
                c["reimbursement_account"] = ib
                lab.append(L("iban", ib))
        else:
            member["ssn"] = pick(["***-**-" + d(4), "XXX-XX-" + d(4), bad_ssn(), None])
            member["contact_phone"] = pick([fake_phone(), masked_phone(p["cc"])])
            member["email"] = pick([example_mail(), None])
            c["reimbursement_account"] = pick(["on file", iban(valid=False), "****" + d(4)])
        c["member"] = member
        c["npi"] = d(10)
        claims.append(c)
    if pos and not lab:
        s = ssn()
        claims[0]["member"]["ssn"] = s
        lab.append(L("us_ssn", s))
    doc = {"export": "claims_admin", "payer_id": pick(["60054", "87726", "BCBSM", "AXA-GULF"]), "page": 1, "claims": claims,
           "audit": {"exported_by": role_mail("capepoint-insure.co.za"), "export_id": uid()}}
    return "structured", doc, lab


def t_crash_report(pos):
    lab = []
    app = pick(["com.harbourline.mobile", "id.tanjungmas.shop", "ae.alnoor.wallet", "com.shopmeridian.app"])
    ios = R.random() < 0.5
    lines = ["Incident Identifier: %s" % uid().upper(), "Hardware Model: %s" % (pick(["iPhone15,3", "iPhone14,7", "iPhone16,2"]) if ios else pick(["SM-A546E", "Pixel 8", "RMX3630", "CPH2591"])),
             "Process: %s [%d]" % (app.split(".")[-1], R.randint(300, 9000)), "Version: %s (%d)" % (version(), R.randint(100, 9999)),
             "Date/Time: %s" % ts(), "OS Version: %s" % (pick(["iOS 18.1.1 (22B91)", "iOS 17.6.1 (21G93)"]) if ios else pick(["Android 15 (AP3A.241105.007)", "Android 14 (UP1A.231005.007)"])),
             "Crashed Thread: %d" % R.randint(0, 12), "", "Exception Type: %s" % (pick(["EXC_BAD_ACCESS (SIGSEGV)", "EXC_CRASH (SIGABRT)"]) if ios else pick(["java.lang.IllegalStateException", "kotlinx.coroutines.JobCancellationException"])), "",
             "Breadcrumbs:"]
    crumbs = ["%s http GET https://api.%s/v2/cart/%s -> 200" % (ts(), app.split(".")[1] + ".com", uid()),
              "%s ui tap CheckoutButton" % ts(), "%s nav -> PaymentSheet" % ts()]
    if pos:
        k = pick(["google", "jwt", "stripe", "openai", "openai", "email_phone", "generic"])
        if k == "google":
            v = google_key()
            crumbs.append("%s http GET https://maps.googleapis.com/maps/api/geocode/json?latlng=-6.2,106.8&key=%s -> 200" % (ts(), v))
            lab.append(L("google_api_key", v))
        elif k == "jwt":
            v = jwt()
            crumbs.append("%s http POST https://api.example.app/v1/orders headers={Authorization: Bearer %s} -> 401" % (ts(), v))
            lab.append(L("jwt", v))
        elif k == "stripe":
            v = stripe_sk()
            crumbs.append("%s config loaded: {paymentsEnv: live, stripeSecret: %s}" % (ts(), v))
            lab.append(L("stripe_key", v, ["generic_secret"]))
        elif k == "openai" and R.random() < 0.5:
            v = openai_key()
            crumbs.append("%s http POST https://api.openai.com/v1/chat/completions Authorization: Bearer %s -> 429" % (ts(), v))
            lab.append(L("openai_api_key", v))
        elif k == "openai":
            v = anthropic_key()
            crumbs.append("%s http POST https://api.anthropic.com/v1/messages headers={x-api-key: %s, anthropic-version: 2023-06-01} -> 529" % (ts(), v))
            lab.append(L("anthropic_api_key", v))
        elif k == "generic":
            v = generic_token()
            crumbs.append("%s sdk init Analytics(writeKey=\"%s\")" % (ts(), v))
            lab.append(L("generic_secret", v))
        else:
            p = person()
            em, ph = email_of(p), phone(p["cc"])
            crumbs.append("%s form submit ProfileForm {email=%s, phone=%s}" % (ts(), em, ph))
            lab += [L("email", em), L("phone_number", ph)]
    else:
        crumbs.append("%s config loaded: {paymentsEnv: live, publishableKey: %s}" % (ts(), pick([stripe_pk(), "pk_live_…" + rs(AN, 4)])))
        crumbs.append("%s auth token refreshed (len=%d, sha256=%s)" % (ts(), R.randint(600, 1200), sha256()[:16]))
        crumbs.append("%s http POST https://api.example.app/v1/orders Authorization: Bearer [redacted] -> 500" % ts())
    R.shuffle(crumbs)
    lines += ["  " + c for c in crumbs]
    lines += ["", "Thread 0 Crashed:"]
    for i in range(R.randint(4, 8)):
        lines.append("%-3d %-28s 0x%016x %s + %d" % (i, pick(["libswiftCore.dylib", "UIKitCore", app.split(".")[-1], "libsystem_kernel.dylib", "okhttp3.internal"]),
                                                  R.getrandbits(48) | 0x100000000, pick(["objc_msgSend", "swift_unknownObjectRelease", "PaymentSheetViewModel.submit()", "RealCall.execute"]), R.randint(4, 900)))
    lines += ["", "Binary Images:", "0x%x - 0x%x %s arm64 <%s>" % (R.getrandbits(36), R.getrandbits(36), app, rs(HEX, 32))]
    return pick(["raw-result", "text"]), "\n".join(lines), lab


def t_firebase_dump(pos):
    lab = []
    proj = pick(["harbourline-app", "tanjungmas-prod", "alnoor-wallet", "kilimanjaro-tracker"])
    users = {}
    for _ in range(R.randint(2, 4)):
        p = person()
        u = {"displayName": p["name"], "createdAt": ts(), "country": p["cc"], "photoURL": "https://lh3.googleusercontent.com/a/" + rs(B64U, 40)}
        if pos and R.random() < 0.6:
            em, ph = email_of(p), phone(p["cc"], True)
            u["email"], u["phoneNumber"] = em, ph
            lab += [L("email", em), L("phone_number", ph)]
        else:
            u["email"] = pick([example_mail(), None])
            u["phoneNumber"] = pick([None, fake_phone()])
        users[rs(AN, 28)] = u
    doc = {"source": pick(["firestore export", "supabase auth.users dump"]), "project": proj, "users": users}
    if pos and (R.random() < 0.6 or not lab):
        k = pick(["config", "service_role", "sa"])
        if k == "config":
            v = google_key()
            doc["webConfig"] = {"apiKey": v, "authDomain": proj + ".firebaseapp.com", "projectId": proj, "appId": "1:%s:web:%s" % (d(12), rs(HEX, 22))}
            lab.append(L("google_api_key", v))
        elif k == "service_role":
            v = jwt("service_role")
            doc["env"] = {"SUPABASE_URL": "https://%s.supabase.co" % rs(LO, 20), "SUPABASE_SERVICE_ROLE_KEY": v}
            lab.append(L("jwt", v, ["generic_secret"]))
        else:
            k2 = pem("pkcs8")
            doc["serviceAccount"] = {"type": "service_account", "project_id": proj, "private_key_id": rs(HEX, 40),
                                     "private_key": k2 + "\n", "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(LO + DG, 5), proj)}
            lab.append(L("private_key", k2))
    else:
        doc["webConfig"] = {"apiKey": pick(["<FIREBASE_API_KEY>", "${FIREBASE_API_KEY}", "AIza…" + rs(AN, 4)]), "authDomain": proj + ".firebaseapp.com",
                            "projectId": proj, "storageBucket": proj + ".appspot.com", "messagingSenderId": d(12)}
        doc["serviceAccount"] = {"client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(LO + DG, 5), proj), "private_key_id": rs(HEX, 40),
                                 "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}
    return "structured", doc, lab


def t_k8s_events(pos):
    lab = []
    ns = pick(["payments", "checkout", "default", "crm", "ingest"])
    pod = "%s-%s-%s" % (pick(["api", "worker", "notifier", "gateway"]), rs(LO + DG, 10), rs(LO + DG, 5))
    lines = ["$ kubectl -n %s get events --sort-by=.lastTimestamp | tail -n 8" % ns,
             "LAST SEEN   TYPE      REASON              OBJECT                 MESSAGE"]
    for _ in range(R.randint(3, 6)):
        lines.append("%-11s %-9s %-19s pod/%s  %s" % (pick(["12s", "45s", "2m", "7m31s", "19m"]), pick(["Normal", "Warning"]),
                     pick(["Pulled", "BackOff", "Scheduled", "Unhealthy", "FailedMount"]), pod,
                     pick(["Successfully pulled image \"registry.local/%s:%s\" in 2.1s" % (ns, version()), "Back-off restarting failed container",
                           "Readiness probe failed: HTTP probe failed with statuscode: 503", "MountVolume.SetUp failed for volume \"tls\" : secret \"%s-tls\" not found" % ns,
                           "Successfully assigned %s/%s to node-%s" % (ns, pod, rs(LO + DG, 5))])))
    lines += ["", "$ kubectl -n %s describe pod %s" % (ns, pod), "Name:         %s" % pod, "Namespace:    %s" % ns,
              "Node:         ip-%s.ap-southeast-1.compute.internal/%s" % (ipv4().replace(".", "-"), ipv4()),
              "Containers:", "  app:", "    Image:          registry.local/%s@sha256:%s" % (ns, sha256()), "    Environment:"]
    env = [("LOG_LEVEL", "info"), ("POD_UID", uid()), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability:4317"),
           ("DB_PASSWORD", "<set to the key 'password' in secret '%s-db'>  Optional: false" % ns)]
    if pos:
        k = pick(["url", "aws", "slack", "generic", "webhook", "gitlab"])
        if k == "url":
            pw = url_pw()
            env.append(("DATABASE_URL", "postgres://%s_app:%s@pg-primary.%s.svc:5432/%s?sslmode=require" % (ns, pw, ns, ns)))
            lab.append(L("url_credentials", pw))
        elif k == "aws":
            a, s_ = aws_akid(), aws_secret()
            env += [("AWS_ACCESS_KEY_ID", a), ("AWS_SECRET_ACCESS_KEY", s_)]
            lab += [L("aws_access_key_id", a), L("aws_secret_access_key", s_, ["generic_secret"])]
        elif k == "slack":
            v = slack_token()
            env.append(("SLACK_BOT_TOKEN", v))
            lab.append(L("slack_token", v, ["generic_secret"]))
        elif k == "webhook":
            v = webhook()
            env.append(("ALERT_WEBHOOK_URL", v))
            lab.append(L("webhook_url", v))
        elif k == "gitlab":
            v = gl_token()
            env.append(("GITLAB_TOKEN", v))
            lab.append(L("gitlab_token", v, ["generic_secret"]))
        else:
            v = generic_token()
            env.append((pick(["SENDGRID_API_KEY", "TWILIO_AUTH_TOKEN", "JWT_SIGNING_SECRET", "REDIS_PASSWORD"]), v))
            lab.append(L("generic_secret", v))
    else:
        env += [("REDIS_PASSWORD", "<set to the key 'redis-password' in secret 'redis'>  Optional: false"),
                ("AWS_ACCESS_KEY_ID", pick(["<set to the key 'id' in secret 'aws'>", "AKIAIOSFODNN7EXAMPLE"])),
                ("BUILD_SHA", gitsha()), ("FEATURE_FLAGS", "checkout_v2=on,fraud_v3=off")]
    R.shuffle(env)
    lines += ["      %s: %s" % kv for kv in env]
    lines += ["    Restart Count:  %d" % R.randint(0, 40), "Events:  <see above>"]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_billing_export(pos):
    lab = []
    rows = ["invoice_month,billing_account_id,project_id,service,sku_id,usage_amount,unit,cost,currency,labels"]
    for _ in range(R.randint(5, 10)):
        rows.append("2026-%02d,%s-%s-%s,%s,%s,%s-%s-%s,%s,%s,%s,%s,%s" % (
            R.randint(1, 11), rs(UP + DG, 6), rs(UP + DG, 6), rs(UP + DG, 6), pick(["tm-prod-412", "harbourline-analytics", "kf-tracker"]),
            pick(["Compute Engine", "Cloud Storage", "BigQuery", "Cloud Run", "Networking"]), rs(UP + DG, 4), rs(UP + DG, 4), rs(UP + DG, 4),
            "%.4f" % (R.random() * 9000), pick(["gibibyte", "hour", "request", "tebibyte"]), money(), pick(["USD", "SGD", "AUD"]),
            "\"team:%s;cost-center:%s\"" % (pick(["data", "web", "ops"]), d(6))))
    lines = ["Billing export %s — %s" % (uid(), ts()), ""] + rows + [""]
    if pos:
        k = pick(["contact", "iban", "card", "key"])
        p = person()
        if k == "contact":
            em, ph = email_of(p, pick(COMPANY_DOMAINS)), phone(p["cc"])
            lines.append("Billing contact: %s <%s>, %s" % (p["name"], em, ph))
            lab += [L("email", em), L("phone_number", ph)]
        elif k == "iban":
            ib = iban(pick(["DE", "NL", "AE", "SA", "PL", "TR"]))
            lines.append("Payment method: SEPA/wire, account holder %s, IBAN %s" % (p["name"], ib))
            lab.append(L("iban", ib))
        elif k == "card":
            c = fmt_card(card(pick(["visa", "mc", "amex"])))
            lines.append("Payment method updated by %s: card %s (exp %02d/%02d)" % (role_mail(), c, R.randint(1, 12), R.randint(27, 31)))
            lab.append(L("payment_card", c))
        else:
            v = google_key()
            lines.append("Label leak check: project tm-prod-412 resource label api_key=%s" % v)
            lab.append(L("google_api_key", v, ["generic_secret"]))
    else:
        lines.append("Billing contact: %s, payment method %s, invoices to %s" % (role_mail(), masked_card(), role_mail()))
        lines.append("Total: %s USD  Credits: -%s  Invoice no. %s" % (money(), money(), non_luhn_digits(16)))
    return "text", "\n".join(lines), lab


def t_password_reset_email(pos):
    lab = []
    p = person()
    dom = pick(COMPANY_DOMAINS)
    to = email_of(p) if pos else example_mail()
    if pos:
        lab.append(L("email", to))
    subj = pick(["Reset your password", "Your temporary password", "Mã đặt lại mật khẩu", "Atur ulang kata sandi Anda", "Zresetuj hasło"])
    body = ["From: %s <%s>" % (dom.split(".")[0].title(), noreply_mail(dom)), "To: %s" % to, "Subject: %s" % subj,
            "Date: %s" % ts(), "Message-ID: <%s@mail.%s>" % (uid(), dom), "", "Hi %s," % p["first"], ""]
    if pos:
        k = pick(["link", "temp", "both"])
        if k in ("link", "both"):
            tok = rs(B64U, pick([32, 43, 64]))
            body.append("Someone asked to reset the password for your account. Use this link within 30 minutes:")
            body.append("https://account.%s/reset?uid=%s&token=%s" % (dom, d(6), tok))
            lab.append(L("generic_secret", tok))
        if k in ("temp", "both"):
            pw = pick([human_pw(), rand_pw(12)])
            body.append("Your temporary password is: %s" % pw)
            body.append("You will be asked to change it after signing in.")
            lab.append(L("generic_secret", pw))
    else:
        body.append("Someone asked to reset the password for your account. Use the button in the HTML version of this email.")
        body.append("(link: https://account.%s/reset?uid=%s&token=[expired])" % (dom, d(6)))
        body.append("Request id: %s  • Device: %s  • Approx. location: %s" % (uid(), pick(["Chrome on Android", "Safari on iOS"]), pick(["Jakarta, ID", "Nairobi, KE", "Warsaw, PL"])))
    body += ["", "If this wasn't you, contact %s or call %s." % (role_mail(dom), fake_phone()), "", "— The %s team" % dom.split(".")[0].title(),
             "You received this email because you have an account at %s. Unsubscribe: https://%s/u/%s" % (dom, dom, sha256()[:24])]
    return pick(["raw-result", "text"]), "\n".join(body), lab


def t_onboarding_doc(pos):
    lab = []
    co = pick(["Harbourline", "Tanjung Mas", "Kilimanjaro Freight", "Vistula Meble", "Nile Ventures", "Saigon Steel"])
    mgr = person()
    lines = ["# Welcome to %s — first-week checklist" % co, "", "Start date: %s  ·  Team: %s  ·  Buddy: %s" % (ts()[:10], pick(["Finance Ops", "Platform", "Warehouse IT"]), mgr["first"]), "",
             "## Accounts", "- Laptop asset tag: %s (serial %s)" % ("HL-" + d(5), rs(UP + DG, 10)), "- SSO: sign in at https://sso.%s.internal with your employee id" % co.lower().replace(" ", "")]
    if pos:
        k = R.sample(["wifi", "vpn", "mgr", "db", "shared"], R.randint(1, 3))
        if "wifi" in k:
            pw = human_pw()
            lines.append("- Office Wi-Fi `%s-Staff`, password: %s" % (co.replace(" ", ""), pw))
            lab.append(L("generic_secret", pw))
        if "vpn" in k:
            pw = rand_pw(16)
            lines.append("- VPN (GlobalProtect) temporary login: user `new.hire`, password `%s` — change on first login" % pw)
            lab.append(L("generic_secret", pw))
        if "db" in k:
            pw = url_pw()
            lines.append("- Reporting DB: `mysql://report_ro:%s@reports.%s.internal:3306/bi`" % (pw, co.lower().replace(" ", "")))
            lab.append(L("url_credentials", pw))
        if "shared" in k:
            v = pick([slack_token(), gh_token(), openai_key()])
            t = "slack_token" if v.startswith("xox") or v.startswith("xapp") else ("github_token" if v.startswith("gh") else "openai_api_key")
            lines.append("- Shared team token for the automation scripts (do not share outside the team): %s" % v)
            lab.append(L(t, v, ["generic_secret"]))
        if "mgr" in k or not lab:
            em, ph = email_of(mgr, pick(COMPANY_DOMAINS)), phone(mgr["cc"])
            lines.append("- Your manager %s: %s, mobile %s (WhatsApp ok)" % (mgr["name"], em, ph))
            lab += [L("email", em), L("phone_number", ph)]
    else:
        lines += ["- Office Wi-Fi: ask reception, the password rotates monthly (`%s`)" % pick(["<see the poster>", "********", "changeme"]),
                  "- VPN: your temporary password is in the envelope; it is never sent by email", "- API keys: request via the portal, e.g. `export PARTNER_API_KEY=%s`" % placeholder(),
                  "- Questions: %s, %s (desk phone %s)" % (role_mail(), role_mail(), fake_phone())]
    lines += ["", "## Week 1", "1. Read the security policy (v%s)" % version(), "2. Complete the data-protection training (ref %s)" % uid()[:8],
              "3. Book a 1:1 with %s" % mgr["first"]]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


VS_ORDER = ["slack", "aws", "gh", "openai", "gl", "stripe", "jwt", "anthropic", "google", "hook", "pem", "generic", "slack", "gh", "openai", "gl", "jwt", "stripe"]
VS_I = [0]


def vendor_secret():
    # round-robin over kinds so every vendor detector gets coverage
    k = VS_ORDER[VS_I[0] % len(VS_ORDER)]
    VS_I[0] += 1
    if k == "pem":
        v = pem(pick(["rsa", "ec", "pkcs8"]), nl="\\n")
        return [v], [L("private_key", v)]
    if k == "aws":
        a, s_ = aws_akid(), aws_secret()
        return ["aws_access_key_id=%s" % a, "aws_secret_access_key=%s" % s_], [L("aws_access_key_id", a), L("aws_secret_access_key", s_, ["generic_secret"])]
    f = {"gh": (gh_token, "github_token"), "gl": (gl_token, "gitlab_token"), "slack": (slack_token, "slack_token"),
         "stripe": (stripe_sk, "stripe_key"), "google": (google_key, "google_api_key"), "openai": (openai_key, "openai_api_key"),
         "anthropic": (anthropic_key, "anthropic_api_key"), "hook": (webhook, "webhook_url"), "jwt": (jwt, "jwt"), "generic": (generic_token, "generic_secret")}[k]
    v = f[0]()
    acc = ["generic_secret"] if f[1] not in ("webhook_url", "generic_secret", "jwt") else []
    return [v], [L(f[1], v, acc)]


def t_bugbounty_report(pos):
    lab = []
    prog = pick(["Harbourline", "Tanjung Mas", "Meridian Shop", "Al Noor Wallet"])
    rid = "#%d" % R.randint(1800000, 2999999)
    lines = ["Report %s — %s: %s" % (rid, prog, pick(["Hardcoded credentials in production JS bundle", "Exposed .git directory on staging host",
                                                     "Debug endpoint leaks environment", "Public S3 bucket with customer export"])),
             "Severity: %s (CVSS %0.1f)   State: %s" % (pick(["High", "Critical", "Medium"]), R.uniform(5, 9.8), pick(["Triaged", "Resolved", "Needs more info"])),
             "Reporter: %s   Asset: %s" % (pick(["0xmeridian", "kopi_hunter", "sahara_sec", "wisla.bug"]), pick(["app.%s.com", "staging-api.%s.io", "cdn.%s.net"]) % prog.lower().replace(" ", "")), "",
             "## Summary", "While reviewing %s I found credentials that the client should never see." % pick(["main.%s.js" % rs(HEX, 8), "/debug/vars", "/.git/config", "exports/2026-10.csv"]), "",
             "## Steps to reproduce", "1. curl -s https://staging-api.example.io/debug/vars | jq .env", "2. Observe the values below", ""]
    if pos:
        lines.append("## Evidence")
        for _ in range(R.randint(1, 2)):
            vals, ls = vendor_secret()
            lines += ["    " + v for v in vals]
            lab += ls
        if R.random() < 0.35:
            p = person()
            em, ph = email_of(p), phone(p["cc"])
            lines.append("The export also contains customers, e.g. row 17: %s, %s, %s" % (p["name"], em, ph))
            lab += [L("email", em), L("phone_number", ph)]
        lines += ["", "Triage note (%s): verified, keys revoked at %s." % (pick(["H1 analyst", "program team"]), ts())]
    else:
        lines += ["## Evidence (redacted by the reporter)", "    aws_access_key_id=%s" % pick(["AKIA************" + rs(B32, 4), "AKIAIOSFODNN7EXAMPLE"]),
                  "    stripe=%s" % pick(["sk_live_...%s" % rs(AN, 4), "sk_live_" + "*" * 20 + rs(AN, 4), "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"]), "    slack=%s" % pick(["xoxb-***", "xoxb-not-a-real-token-this-will-not-work"]),
                  "    commit %s, blob sha256 %s" % (gitsha(), sha256()), "",
                  "Triage note: the values are documentation placeholders copied from the vendor docs; closing as Informative. Contact %s." % role_mail()]
    lines += ["", "Bounty: $%d   Disclosed: %s" % (R.choice([0, 150, 500, 1500, 3000]), pick(["no", "limited"]))]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_android_logcat(pos):
    lab = []
    app = pick(["id.tanjungmas.shop", "com.harbourline.mobile", "ng.zenith.rides", "vn.saigon.food"])
    pid = R.randint(2000, 32000)
    lines = ["--------- beginning of main"]

    def ln(tag, lvl, msg):
        lines.append("%s  %5d  %5d %s %-16s: %s" % ("12-%02d %02d:%02d:%02d.%03d" % (R.randint(1, 5), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                                                  pid, pid + R.randint(0, 40), lvl, tag, msg))
    ln("ActivityManager", "I", "Start proc %d:%s/u0a%d for activity" % (pid, app, R.randint(100, 400)))
    ln("OkHttp", "D", "--> POST https://api.%s.com/v3/session" % app.split(".")[1])
    ln("OkHttp", "D", "Content-Type: application/json; charset=UTF-8")
    if pos:
        k = pick(["bearer", "body", "anth", "card", "gapi"])
        if k == "bearer":
            v = jwt()
            ln("OkHttp", "D", "Authorization: Bearer %s" % v)
            lab.append(L("jwt", v))
        elif k == "body":
            p = person()
            em, pw = email_of(p), human_pw()
            ln("OkHttp", "D", "{\"email\":\"%s\",\"password\":\"%s\",\"device\":\"%s\"}" % (em, pw, uid()))
            lab += [L("email", em), L("generic_secret", pw)]
        elif k == "anth":
            v = anthropic_key()
            ln("OkHttp", "D", "x-api-key: %s" % v)
            lab.append(L("anthropic_api_key", v, ["generic_secret"]))
        elif k == "card":
            c = card()
            ln("PaymentForm", "V", "onTextChanged cardNumber=%s len=%d" % (c, len(c)))
            lab.append(L("payment_card", c))
        else:
            v = google_key()
            ln("MapsInitializer", "W", "API key %s rejected for package %s: restrict your key" % (v, app))
            lab.append(L("google_api_key", v))
        if R.random() < 0.3:
            p = person()
            ph = phone(p["cc"], True)
            ln("OtpSender", "I", "sending OTP to %s via sms" % ph)
            lab.append(L("phone_number", ph))
    else:
        ln("OkHttp", "D", "Authorization: Bearer ██████")
        ln("OkHttp", "D", "{\"email\":\"%s\",\"password\":\"%s\",\"device\":\"%s\"}" % (example_mail(), "********", uid()))
        ln("OtpSender", "I", "sending OTP to %s via sms" % masked_phone(pick(["ID", "NG", "VN", "KE"])))
        ln("TelephonyManager", "D", "imei=%s slot=0" % imei())
    ln("OkHttp", "D", "<-- %d https://api.%s.com/v3/session (%dms)" % (pick([200, 201, 401, 500]), app.split(".")[1], R.randint(40, 3000)))
    ln("Choreographer", "I", "Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(30, 200))
    ln("FirebaseCrashlytics", "I", "Crashlytics report upload complete: %s" % rs(HEX, 32).upper())
    return "text", "\n".join(lines), lab


def t_windows_eventlog(pos):
    lab = []
    events = []
    host = pick(["WS-FIN-0%d" % R.randint(1, 9), "SRV-SQL02", "DC01.corp.tanjungmas.local", "LT-%s" % rs(UP + DG, 6)])
    for _ in range(R.randint(2, 4)):
        events.append({"EventID": 4624, "TimeCreated": ts(), "Computer": host, "Channel": "Security",
                       "EventData": {"TargetUserName": pick(["svc_backup", "a.wisniewska", "b.santoso"]), "LogonType": pick([2, 3, 10]),
                                     "IpAddress": ipv4(), "LogonGuid": "{%s}" % uid().upper()}})
    if pos:
        k = pick(["netuser", "sqlcmd", "psh", "schtasks", "curl"])
        pw = pick([human_pw(), rand_pw(16)])
        if k == "netuser":
            cmd = "net user helpdesk_tmp %s /add /domain" % pw
            lab.append(L("generic_secret", pw))
        elif k == "sqlcmd":
            cmd = "sqlcmd -S SRV-SQL02 -U sa -P \"%s\" -Q \"BACKUP DATABASE Payroll TO DISK='D:\\bak\\payroll.bak'\"" % pw
            lab.append(L("generic_secret", pw))
        elif k == "psh":
            cmd = "powershell.exe -c \"$p = ConvertTo-SecureString '%s' -AsPlainText -Force; New-LocalUser -Name 'kiosk' -Password $p\"" % pw
            lab.append(L("generic_secret", pw))
        elif k == "schtasks":
            cmd = "schtasks /create /tn Sync /tr C:\\sync\\run.bat /sc hourly /ru CORP\\svc_sync /rp %s" % pw
            lab.append(L("generic_secret", pw))
        else:
            v = gh_token()
            cmd = "curl.exe -H \"Authorization: token %s\" https://api.github.com/repos/tanjungmas/infra/zipball" % v
            lab.append(L("github_token", v, ["generic_secret"]))
        events.append({"EventID": 4688, "TimeCreated": ts(), "Computer": host, "Channel": "Security",
                       "EventData": {"NewProcessName": "C:\\Windows\\System32\\%s" % pick(["net.exe", "cmd.exe", "WindowsPowerShell\\v1.0\\powershell.exe"]),
                                     "CommandLine": cmd, "SubjectUserName": pick(["admin.ops", "j.reyes"]), "ProcessId": hex(R.randint(1000, 60000))}})
    else:
        events.append({"EventID": 4688, "TimeCreated": ts(), "Computer": host, "Channel": "Security",
                       "EventData": {"NewProcessName": "C:\\Windows\\System32\\net.exe", "CommandLine": pick(["net user helpdesk_tmp * /add /domain",
                                     "sqlcmd -S SRV-SQL02 -E -Q \"SELECT @@VERSION\"", "schtasks /create /tn Sync /tr C:\\sync\\run.bat /sc hourly /ru SYSTEM"]),
                                     "SubjectUserName": "admin.ops", "ProcessId": hex(R.randint(1000, 60000))}})
        events.append({"EventID": 4625, "TimeCreated": ts(), "Computer": host, "Channel": "Security",
                       "EventData": {"TargetUserName": "administrator", "Status": "0xC000006D", "SubStatus": "0xC000006A", "IpAddress": ipv4()}})
    R.shuffle(events)
    doc = {"query": "Get-WinEvent -FilterHashtable @{LogName='Security'; StartTime=(Get-Date).AddHours(-1)}", "count": len(events), "events": events}
    return "structured", doc, lab


LETTERS = {
    "fr": ("Objet : %s", "Madame, Monsieur,", "Veuillez effectuer le virement sur le compte suivant : IBAN %s (BIC %s).", "Pour toute question, contactez %s au %s ou par courriel : %s.", "Cordialement,"),
    "de": ("Betreff: %s", "Sehr geehrte Damen und Herren,", "Bitte überweisen Sie den Betrag auf folgendes Konto: IBAN %s, BIC %s.", "Bei Rückfragen erreichen Sie %s unter %s oder per E-Mail an %s.", "Mit freundlichen Grüßen"),
    "pl": ("Dotyczy: %s", "Szanowni Państwo,", "Prosimy o przelew na rachunek: IBAN %s, BIC %s.", "W razie pytań prosimy o kontakt z %s, tel. %s, e-mail: %s.", "Z poważaniem"),
    "id": ("Perihal: %s", "Dengan hormat,", "Mohon lakukan pembayaran ke rekening berikut: IBAN %s (SWIFT %s).", "Untuk pertanyaan, hubungi %s di %s atau email %s.", "Hormat kami,"),
    "ar": ("الموضوع: %s", "السادة المحترمون،", "يرجى تحويل المبلغ إلى الحساب التالي: رقم الآيبان %s (سويفت %s).", "للاستفسار يرجى التواصل مع %s على الرقم %s أو البريد الإلكتروني %s.", "وتفضلوا بقبول فائق الاحترام،"),
    "sw": ("Kuhusu: %s", "Ndugu Mteja,", "Tafadhali lipa kwa akaunti ifuatayo: IBAN %s (SWIFT %s).", "Kwa maswali wasiliana na %s kwa simu %s au barua pepe %s.", "Wako mwaminifu,"),
    "vi": ("V/v: %s", "Kính gửi Quý khách,", "Vui lòng chuyển khoản vào tài khoản: IBAN %s (SWIFT %s).", "Mọi thắc mắc xin liên hệ %s qua số %s hoặc email %s.", "Trân trọng,"),
    "tr": ("Konu: %s", "Sayın Yetkili,", "Lütfen ödemeyi şu hesaba yapınız: IBAN %s (BIC %s).", "Sorularınız için %s ile %s numaralı telefondan veya %s adresinden iletişime geçebilirsiniz.", "Saygılarımızla,"),
    "uk": ("Тема: %s", "Шановні пані та панове,", "Просимо здійснити оплату на рахунок: IBAN %s (SWIFT %s).", "З питань звертайтеся до %s за тел. %s або e-mail %s.", "З повагою,"),
}
LANG_CC = {"fr": ["FR"], "de": ["DE"], "pl": ["PL"], "id": ["ID"], "ar": ["AE", "SA", "JO", "EG"], "sw": ["KE"], "vi": ["VN"], "tr": ["TR"], "uk": ["UA"]}
IBAN_FOR = {"FR": "FR", "DE": "DE", "PL": "PL", "ID": "DE", "AE": "AE", "SA": "SA", "JO": "JO", "EG": "EG", "KE": "GB", "VN": "FR", "TR": "TR", "UA": "UA"}


def t_business_letter(pos):
    lab = []
    lang = pick(list(LETTERS))
    subj_t, greet, pay_t, contact_t, close = LETTERS[lang]
    cc = pick(LANG_CC[lang])
    signer = {"first": pick(["Hanna", "Yusuf", "Marta", "Dewi", "Khaled", "Amina", "Linh", "Emre", "Olena"]), "last": pick(["Kowal", "Rahman", "Nowak", "Lestari", "Mansour", "Wanjiku", "Pham", "Aydın", "Melnyk"]), "cc": cc}
    signer["name"] = signer["first"] + " " + signer["last"]
    dom = pick(COMPANY_DOMAINS)
    inv = "FV/%d/%02d/%s" % (2026, R.randint(1, 11), d(5))
    lines = [dom.split(".")[0].replace("-", " ").title(), pick(["ul. Długa 14, 80-827 Gdańsk", "Jl. Pemuda 112, Surabaya 60271", "Sheikh Zayed Rd, Dubai", "Moi Avenue, Nairobi", "14 Rue Oberkampf, 75011 Paris"]),
             ts()[:10], "", subj_t % inv, "", greet, "",
             "%s %s: %s %s." % ({"fr": "Facture", "de": "Rechnung", "pl": "Faktura", "id": "Tagihan", "ar": "الفاتورة", "sw": "Ankara", "vi": "Hóa đơn", "tr": "Fatura", "uk": "Рахунок"}[lang], inv, money(),
                 {"fr": "EUR", "de": "EUR", "pl": "PLN", "id": "IDR", "ar": "AED", "sw": "KES", "vi": "VND", "tr": "TRY", "uk": "UAH"}[lang])]
    bic = rs(UP, 4) + cc[:2] + rs(UP + DG, 2)
    if pos:
        ib = iban(IBAN_FOR[cc])
        lines.append(pay_t % (ib, bic))
        lab.append(L("iban", ib))
        if R.random() < 0.7:
            em, ph = email_of(signer, dom), phone(cc)
            lines.append(contact_t % (signer["name"], ph, em))
            lab += [L("email", em), L("phone_number", ph)]
        else:
            lines.append(contact_t % (signer["name"], fake_phone(), role_mail(dom)))
    else:
        lines.append(pay_t % (pick(["(see invoice)", iban(IBAN_FOR[cc], valid=False), "PL** **** **** **** **** **** " + d(4)]), bic))
        lines.append(contact_t % (signer["name"], fake_phone(), role_mail(dom)))
    lines += ["", close, signer["name"], pick(["Finance Department", "Dział Księgowości", "قسم المحاسبة", "Bagian Keuangan"]),
              "Ref: %s · NIP %s · Order %s" % (uid()[:13], d(10), order_no())]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_shell_history(pos):
    lab = []
    cmds = ["cd ~/work/%s" % pick(["infra", "etl", "mobile-api"]), "git pull --rebase", "ls -la", "docker compose ps",
            "kubectl get pods -n %s" % pick(["payments", "crm"]), "git log --oneline -5", "htop", "terraform plan -out tf.plan",
            "curl -s https://api.github.com/rate_limit | jq .rate", "export AWS_PROFILE=prod-readonly", "psql \"$DATABASE_URL\" -c 'select count(*) from orders'",
            "echo $SLACK_WEBHOOK_URL | wc -c", "git checkout -b fix/%s" % rs(LO, 6), "sha256sum release-%s.tar.gz" % version()]
    if pos:
        for _ in range(R.randint(1, 3)):
            k = pick(["aws", "gh", "mysql", "curl_hook", "openai", "psql_url", "stripe", "gl"])
            if k == "aws":
                a, s_ = aws_akid(pick([False, True])), aws_secret()
                cmds += ["export AWS_ACCESS_KEY_ID=%s" % a, "export AWS_SECRET_ACCESS_KEY=%s" % s_]
                lab += [L("aws_access_key_id", a), L("aws_secret_access_key", s_, ["generic_secret"])]
            elif k == "gh":
                v = gh_token()
                cmds.append(pick(["export GITHUB_TOKEN=%s", "echo %s | gh auth login --with-token", "git clone https://x-access-token:%s@github.com/tanjungmas/infra.git"]) % v)
                lab.append(L("github_token", v, ["generic_secret", "url_credentials"]))
            elif k == "mysql":
                pw = rand_pw(14).replace("'", "")
                cmds.append("mysql -h db.internal -u root -p'%s' shop_prod" % pw)
                lab.append(L("generic_secret", pw))
            elif k == "curl_hook":
                v = webhook()
                cmds.append("curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' %s" % v)
                lab.append(L("webhook_url", v))
            elif k == "openai":
                v = pick([openai_key, anthropic_key])()
                cmds.append("export %s=%s" % ("OPENAI_API_KEY" if v.startswith("sk-p") or v.startswith("sk-s") or not v.startswith("sk-ant") else "ANTHROPIC_API_KEY", v))
                lab.append(L("anthropic_api_key" if v.startswith("sk-ant") else "openai_api_key", v, ["generic_secret"]))
            elif k == "psql_url":
                pw = url_pw()
                cmds.append("psql postgresql://etl_user:%s@10.20.%d.%d:5432/warehouse" % (pw, R.randint(0, 255), R.randint(1, 254)))
                lab.append(L("url_credentials", pw))
            elif k == "gl":
                v = gl_token()
                cmds.append("curl --header \"PRIVATE-TOKEN: %s\" https://gitlab.tanjungmas.co.id/api/v4/projects" % v)
                lab.append(L("gitlab_token", v, ["generic_secret"]))
            else:
                v = stripe_sk()
                cmds.append("stripe listen --api-key %s --forward-to localhost:4242/webhook" % v)
                lab.append(L("stripe_key", v, ["generic_secret"]))
    else:
        cmds += ["export GITHUB_TOKEN=$(op read op://infra/github/token)", "aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile docs-demo",
                 "mysql -h db.internal -u root -p shop_prod", "stripe listen --forward-to localhost:4242/webhook", "git show %s" % gitsha()]
    R.shuffle(cmds)
    start = R.randint(400, 1800)
    out = "\n".join("%5d  %s" % (start + i, c) for i, c in enumerate(cmds))
    return pick(["text", "raw-result"]), "$ history | tail -n %d\n%s" % (len(cmds), out), lab


def t_notebook_output(pos):
    lab = []
    cells = [{"cell_type": "code", "execution_count": 1, "source": "import pandas as pd, os\ndf = pd.read_parquet('gs://tm-analytics/customers_2026_11.parquet')",
              "outputs": []}]
    hdr = "   customer_id        name                  %s  %s  ltv_idr"
    rows = []
    pcols = pos and R.random() < 0.6
    for i in range(R.randint(3, 5)):
        p = person()
        if pcols:
            em, ph = email_of(p), phone(p["cc"], True)
            lab += [L("email", em), L("phone_number", ph)]
        else:
            em, ph = "%s…@%s" % (ascii_fold(p["first"])[:2], "gmail.com"), masked_phone(p["cc"])
        rows.append("%d  %s  %-20s  %-28s  %-18s  %d" % (i, "C" + d(8), p["name"], em, ph, R.randint(10000, 9000000)))
    cells.append({"cell_type": "code", "execution_count": 2, "source": "df[['customer_id','name','email','phone','ltv_idr']].head()",
                  "outputs": [{"output_type": "execute_result", "data": {"text/plain": (hdr % ("email", "phone")) + "\n" + "\n".join(rows)}}]})
    if pos and (not pcols or R.random() < 0.4):
        vals, ls = vendor_secret()
        while vals[0].startswith("-----"):
            vals, ls = vendor_secret()
        env = {"HOME": "/home/jovyan", "JUPYTER_IMAGE": "jupyter/scipy-notebook:%s" % version(), "PATH": "/opt/conda/bin:/usr/bin"}
        name = pick(["API_KEY", "SERVICE_TOKEN", "PARTNER_SECRET", "WEBHOOK"])
        env[name] = vals[0]
        if len(vals) > 1:
            env["AWS_ACCESS_KEY_ID"] = vals[0].split("=", 1)[1]
            env["AWS_SECRET_ACCESS_KEY"] = vals[1].split("=", 1)[1]
            del env[name]
        lab += ls
        cells.append({"cell_type": "code", "execution_count": 3, "source": "dict(os.environ)",
                      "outputs": [{"output_type": "execute_result", "data": {"text/plain": repr(env)}}]})
    else:
        cells.append({"cell_type": "code", "execution_count": 3, "source": "os.environ.get('PARTNER_SECRET', '<unset>')",
                      "outputs": [{"output_type": "execute_result", "data": {"text/plain": "'<unset>'"}}]})
        cells.append({"cell_type": "code", "execution_count": 4, "source": "hashlib.sha256(b'salt'+df.email.iloc[0].encode()).hexdigest()",
                      "outputs": [{"output_type": "execute_result", "data": {"text/plain": "'%s'" % sha256()}}]})
    doc = {"notebook": pick(["churn_analysis.ipynb", "cohort_id_market.ipynb", "fraud_review.ipynb"]), "kernel": "python3", "cells": cells}
    return "structured", doc, lab


def t_sql_result(pos):
    lab = []
    q = pick(["SELECT id, full_name, email, phone, ssn_last4, created_at FROM patients WHERE clinic_id = 12 LIMIT 5;",
              "SELECT id, full_name, email, phone, tax_id, created_at FROM customers ORDER BY created_at DESC LIMIT 5;"])
    col5 = "ssn_last4" if "patients" in q else "tax_id"
    ssn_mode = pos and R.random() < 0.4
    if ssn_mode:
        q = q.replace("ssn_last4", "ssn")
        col5 = "ssn"
    lines = ["mysql> " + q, "+-------+----------------------+-------------------------------+--------------------+-------------+---------------------+",
             "| id    | full_name            | email                         | phone              | %-11s | created_at          |" % col5,
             "+-------+----------------------+-------------------------------+--------------------+-------------+---------------------+"]
    n = R.randint(2, 5)
    for _ in range(n):
        p = person()
        if ssn_mode:
            p["cc"] = "US"
            p["first"], p["last"] = pick(["Jessica", "Marcus", "Linh", "Aaliyah", "Robert", "Maria"]), pick(["Alvarez", "Johnson", "Tran", "Brooks", "Kim", "Garcia"])
            p["name"] = p["first"] + " " + p["last"]
        if pos and R.random() < 0.8:
            em, ph = email_of(p), phone(p["cc"])
            lab += [L("email", em), L("phone_number", ph)]
        else:
            em, ph = pick([example_mail(), "NULL"]), pick([fake_phone(), "NULL"])
        if col5 == "ssn":
            s = ssn()
            lab.append(L("us_ssn", s))
            c5 = s
        elif col5 == "ssn_last4":
            c5 = d(4)
        else:
            c5 = pick([d(10), "NIK " + d(16)[:11], rs(UP, 2) + d(7)])[:11]
        lines.append("| %-5d | %-20s | %-29s | %-18s | %-11s | %s |" % (R.randint(1000, 99999), p["name"][:20], em, ph, c5, ts()[:19].replace("T", " ")))
    lines += [lines[1], "%d rows in set (0.0%d sec)" % (n, R.randint(1, 9))]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_hr_payroll(pos):
    lab = []
    month = "2026-%02d" % R.randint(1, 11)
    lines = ["## Payroll run %s — %s" % (month, pick(["Vistula Meble sp. z o.o.", "Al Noor Trading LLC", "Carpatica Logistic SRL", "Nile Ventures SAE", "Harbourline GmbH"])), "",
             "| emp no | name | country | net pay | bank account | mobile | status |", "|---|---|---|---|---|---|---|"]
    for _ in range(R.randint(3, 7)):
        p = person()
        ibcc = COUNTRY_IBAN.get(p["cc"]) or pick(["DE", "GB", "AE"])
        if pos and R.random() < 0.7:
            ib = iban(ibcc)
            lab.append(L("iban", ib))
            ph = phone(p["cc"]) if R.random() < 0.6 else "—"
            if ph != "—":
                lab.append(L("phone_number", ph))
        else:
            ib = pick(["%s** **** **** %s" % (ibcc, d(4)), "on file", iban(ibcc, valid=False)])
            ph = pick(["—", fake_phone(), masked_phone(p["cc"])])
        lines.append("| E%s | %s | %s | %s | %s | %s | %s |" % (d(5), p["name"], p["cc"], money(), ib, ph, pick(["paid", "held", "pending"])))
    if pos and not lab:
        ib = iban("PL")
        lines.append("| E%s | Tomasz Zieliński | PL | %s | %s | — | paid |" % (d(5), money(), ib))
        lab.append(L("iban", ib))
    lines += ["", "Batch id %s · file sha256 %s · approved by %s" % (uid(), sha256(), role_mail())]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_kyc_record(pos):
    lab = []
    p = person()
    natid = {"NG": ("NIN", d(11)), "KE": ("National ID", d(8)), "ZA": ("SA ID", d(13)), "EG": ("National ID", d(14)), "AE": ("Emirates ID", "784-%s-%s-%s" % (d(4), d(7), d(1))),
             "SA": ("Iqama", "2" + d(9)), "PL": ("PESEL", d(11)), "UA": ("RNOKPP", d(10)), "RO": ("CNP", d(13)), "ID": ("NIK", d(16)), "PH": ("PhilSys", "%s-%s-%s-%s" % (d(4), d(4), d(4), d(4))),
             "VN": ("CCCD", d(12)), "TH": ("ID card", "%s-%s-%s-%s-%s" % (d(1), d(4), d(5), d(2), d(1))), "MY": ("MyKad", "%s-%s-%s" % (d(6), d(2), d(4))),
             "SG": ("NRIC", "S%s%s" % (d(7), pick(UP))), "AU": ("Driver licence", d(9)), "NZ": ("Driver licence", rs(UP, 2) + d(6)), "US": ("Passport", d(9)),
             "GB": ("NINO", "%s%s%s" % (rs("ABCEGHJKLMNPRSTWXYZ", 2), d(6), pick("ABCD"))), "DE": ("Personalausweis", rs(UP + DG, 9)), "FR": ("CNI", rs(UP + DG, 12)),
             "TR": ("TC Kimlik", d(11)), "GH": ("Ghana Card", "GHA-%s-%s" % (d(9), d(1))), "JO": ("National No.", d(10)), "CZ": ("Rodné číslo", "%s/%s" % (d(6), d(4)))}[p["cc"]]
    rec = {"applicant_id": uid(), "full_name": p["name"], "country": p["cc"], "id_document": {"type": natid[0], "number": natid[1], "expiry": "20%d-%02d-01" % (R.randint(27, 35), R.randint(1, 12))},
           "risk_score": round(R.random(), 3), "pep": False, "sanctions_hits": 0, "liveness": {"score": round(R.uniform(0.8, 1), 3), "session": rs(HEX, 24)},
           "submitted_at": ts(), "reviewer": pick(["auto", "ops-%d" % R.randint(1, 40)])}
    if pos:
        em, ph = email_of(p), phone(p["cc"], True)
        rec["contact"] = {"email": em, "mobile": ph}
        lab += [L("email", em), L("phone_number", ph)]
        if R.random() < 0.5:
            c = fmt_card(card(), pick(["plain", "space"]))
            rec["funding_source"] = {"type": "card", "pan": c, "exp": "%02d/%d" % (R.randint(1, 12), R.randint(27, 31))}
            lab.append(L("payment_card", c))
        elif R.random() < 0.6:
            ib = iban(COUNTRY_IBAN.get(p["cc"]) or pick(["GB", "DE", "AE"]), printed=False)
            rec["funding_source"] = {"type": "bank", "iban": ib}
            lab.append(L("iban", ib))
        if p["cc"] == "US" and R.random() < 0.7:
            s = ssn()
            rec["ssn"] = s
            lab.append(L("us_ssn", s))
    else:
        rec["contact"] = {"email": pick([example_mail(), None]), "mobile": masked_phone(p["cc"])}
        rec["funding_source"] = {"type": "card", "pan_masked": masked_card(), "bin_country": p["cc"], "fingerprint": rs(AN, 16)}
        rec["device"] = {"imei": imei(), "ip": ipv4()}
    return "structured", {"provider": pick(["Smile ID", "Onfido", "in-house"]), "record": rec}, lab


def t_config_file(pos):
    lab = []
    fmt = pick(["yaml", "toml", "ini", "properties"])
    path = {"yaml": "config/production.yaml", "toml": "settings.toml", "ini": "app.ini", "properties": "src/main/resources/application-prod.properties"}[fmt]
    items = [("app.name", pick(["tm-orders", "harbourline-api", "alnoor-wallet"])), ("app.version", version()), ("server.port", str(pick([8080, 8443, 3000]))),
             ("log.level", "info"), ("cache.ttl_seconds", str(R.randint(30, 3600))), ("build.commit", gitsha()), ("tracing.sample_ratio", "0.%d" % R.randint(1, 9))]
    if pos:
        for _ in range(R.randint(1, 3)):
            k = pick(["dburl", "amqp", "smtp", "vendor", "vendor", "pem", "redis"])
            if k == "dburl":
                pw = url_pw()
                items.append(("datasource.url", "postgresql://app:%s@db-prod.internal:5432/orders" % pw))
                lab.append(L("url_credentials", pw))
            elif k == "amqp":
                pw = url_pw()
                items.append(("broker.url", "amqps://svc_orders:%s@mq.%s:5671/prod" % (pw, pick(COMPANY_DOMAINS))))
                lab.append(L("url_credentials", pw))
            elif k == "redis":
                pw = url_pw()
                items.append(("cache.url", "redis://:%s@redis-master:6379/0" % pw))
                lab.append(L("url_credentials", pw))
            elif k == "smtp":
                pw = rand_pw(18).replace("\"", "")
                items += [("mail.smtp.user", "mailer@%s" % pick(COMPANY_DOMAINS)), ("mail.smtp.password", pw)]
                lab.append(L("generic_secret", pw))
            elif k == "pem":
                key = pem(pick(["rsa", "ec", "pkcs8"]), nl="\\n")
                items.append(("jwt.signing_key", key))
                lab.append(L("private_key", key))
            else:
                vals, ls = vendor_secret()
                if len(vals) == 2:
                    items += [("aws.access_key_id", vals[0].split("=")[1]), ("aws.secret_access_key", vals[1].split("=", 1)[1])]
                else:
                    items.append((pick(["integrations.partner.api_key", "notify.token", "payments.secret", "alerts.endpoint"]), vals[0]))
                lab += ls
    else:
        items += [("datasource.url", "postgresql://app:${DB_PASSWORD}@db-prod.internal:5432/orders"), ("datasource.password", "${DB_PASSWORD}"),
                  ("payments.secret", pick(["sk_live_...%s" % rs(AN, 4), "${STRIPE_SECRET_KEY}", "<set-in-vault>"])),
                  ("payments.publishable", stripe_pk()), ("notify.slack_webhook", "${SLACK_WEBHOOK_URL}"),
                  ("docs.sample_key", pick(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])), ("jwt.signing_key_ref", "vault://kv/prod/jwt#%s" % uid())]
    R.shuffle(items)
    if fmt == "yaml":
        body = "\n".join("%s: \"%s\"" % (k.replace(".", "_"), v) for k, v in items)
    elif fmt == "toml":
        body = "\n".join("%s = \"%s\"" % (k.replace(".", "_"), v) for k, v in items)
    elif fmt == "ini":
        body = "[main]\n" + "\n".join("%s = %s" % (k, v) for k, v in items)
    else:
        body = "\n".join("%s=%s" % (k, v) for k, v in items)
    text = "File: %s (%d bytes, modified %s)\n\n%s\n" % (path, len(body), ts(), body)
    return "raw-result", text, lab


def t_travel_booking(pos):
    lab = []
    p = person()
    pnr = rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    lines = ["Booking confirmation — PNR %s" % pnr, "Passenger: %s/%s %s" % (p["last"].upper().replace(" ", ""), p["first"].upper().replace(" ", ""), pick(["MR", "MS", "MRS"])),
             "E-ticket: %s-%s" % (pick(["618", "176", "071", "126", "086"]), d(10)),
             "Flight %s%d  %s → %s  dep %s" % (pick(["SQ", "EK", "QF", "GA", "KQ", "ET", "VN", "LO"]), R.randint(10, 999), pick(["CGK", "NBO", "DXB", "SYD", "WAW"]), pick(["SIN", "LHR", "AKL", "CAI", "HAN"]), ts()[:16]),
             "Seat %d%s · Baggage 30kg · Fare basis %s" % (R.randint(1, 60), pick("ABCDEFHJK"), rs(UP, 3) + d(1) + rs(UP, 2))]
    if pos:
        em, ph = email_of(p), phone(p["cc"])
        lines += ["Contact: %s · %s" % (em, ph)]
        lab += [L("email", em), L("phone_number", ph)]
        if R.random() < 0.5:
            c = fmt_card(card(pick(["visa", "mc", "amex", "jcb", "unionpay"])))
            lines.append("Paid with %s, auth code %s" % (c, rs(UP + DG, 6)))
            lab.append(L("payment_card", c))
        else:
            lines.append("Paid with %s, auth code %s" % (masked_card(), rs(UP + DG, 6)))
        if R.random() < 0.3:
            ep = person()
            eph = phone(ep["cc"])
            lines.append("Emergency contact: %s %s" % (ep["name"], eph))
            lab.append(L("phone_number", eph))
    else:
        lines += ["Contact: %s · %s" % (pick(["%s***@%s" % (ascii_fold(p["first"])[0], "gmail.com"), example_mail()]), masked_phone(p["cc"])),
                  "Paid with %s, auth code %s" % (masked_card(), rs(UP + DG, 6)), "Changes: %s or %s" % (role_mail(), fake_phone())]
    lines += ["Total %s %s · Booking ref %s · Issued %s" % (money(), pick(["USD", "SGD", "AED"]), uid(), ts())]
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_slack_export(pos):
    lab = []
    chan = pick(["#ops-alerts", "#payments-dev", "#it-helpdesk", "#mobile-release"])
    msgs = []
    people = [person() for _ in range(3)]
    chat = ["deploy of %s finished" % version(), "anyone seen the 502s on checkout?", "rolling back, sha %s" % gitsha()[:12],
            "ticket %s" % ("INC" + d(7)), "LGTM"]
    for i in range(R.randint(3, 5)):
        msgs.append({"ts": "%d.%06d" % (1764000000 + R.randint(0, 900000), R.randint(0, 999999)), "user": "U" + rs(UP + DG, 10), "user_name": people[i % 3]["first"].lower(), "text": pick(chat)})
    if pos:
        k = pick(["token", "pw", "hook", "pem", "phone", "card"])
        if k == "token":
            vals, ls = vendor_secret()
            txt = "here's the key for the integration, will rotate later: %s" % " ".join(vals)
            lab += ls
        elif k == "pw":
            pw = human_pw()
            txt = pick(["the password for the staging box is %s", "admin pw for the router is %s (don't share)", "new shared mailbox password: %s"]) % pw
            lab.append(L("generic_secret", pw))
        elif k == "hook":
            v = webhook()
            txt = "use this webhook for the alerts channel: %s" % v
            lab.append(L("webhook_url", v))
        elif k == "pem":
            key = pem(pick(["openssh", "rsa", "ec"]))
            txt = "deploy key for the bastion (temporary):\n```\n%s\n```" % key
            lab.append(L("private_key", key))
        elif k == "card":
            q = person()
            c = fmt_card(card(), pick(["space", "plain"]))
            txt = "%s read their card over the phone for the manual charge: %s exp %02d/%d — can someone in billing process it and then delete this msg" % (q["name"], c, R.randint(1, 12), R.randint(27, 31))
            lab.append(L("payment_card", c))
        else:
            q = person()
            ph, em = phone(q["cc"]), email_of(q)
            txt = "customer %s called again, number %s, email %s — can someone call back?" % (q["name"], ph, em)
            lab += [L("phone_number", ph), L("email", em)]
        msgs.insert(R.randint(0, len(msgs)), {"ts": "%d.%06d" % (1764000000 + R.randint(0, 900000), R.randint(0, 999999)), "user": "U" + rs(UP + DG, 10), "user_name": people[0]["first"].lower(), "text": txt})
    else:
        msgs.append({"ts": "%d.%06d" % (1764000000 + R.randint(0, 900000), R.randint(0, 999999)), "user": "U" + rs(UP + DG, 10), "user_name": "security-bot",
                     "text": pick(["A message in this channel contained a secret and was removed (%s)." % masked_key(),
                                   "Reminder: webhook URLs look like https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX — never paste real ones.",
                                   "Rotated the Stripe key; new one ends in %s, stored in Vault." % rs(AN, 4)])})
    doc = {"channel": chan, "export_range": [ts()[:10], ts()[:10]], "messages": msgs}
    return "structured", doc, lab


def t_code_review_diff(pos):
    lab = []
    lang = pick(["py", "ts", "go", "kt"])
    f = {"py": "app/integrations/%s.py", "ts": "src/lib/%s.ts", "go": "internal/%s/client.go", "kt": "app/src/main/java/com/hl/%s/Api.kt"}[lang] % pick(["payments", "notify", "llm", "maps", "git"])
    lines = ["PR #%d  %s  (%d files changed)" % (R.randint(100, 4999), pick(["feat: add retry to partner client", "chore: move config into module", "fix: timeout on checkout"]), R.randint(1, 9)),
             "Reviewer bot: %s" % pick(["1 comment", "approved with suggestions", "changes requested"]), "", "diff --git a/%s b/%s" % (f, f),
             "index %s..%s 100644" % (rs(HEX, 7), rs(HEX, 7)), "--- a/%s" % f, "+++ b/%s" % f, "@@ -%d,7 +%d,9 @@" % (R.randint(1, 80), R.randint(1, 80))]
    decl = {"py": "%s = \"%s\"", "ts": "const %s = \"%s\";", "go": "const %s = \"%s\"", "kt": "private const val %s = \"%s\""}[lang]
    ctx = {"py": ["import httpx", "TIMEOUT = %d" % R.randint(3, 30)], "ts": ["import { fetch } from 'undici';", "const TIMEOUT_MS = %d;" % (R.randint(3, 30) * 1000)],
           "go": ["import \"net/http\"", "const timeout = %d * time.Second" % R.randint(3, 30)], "kt": ["import okhttp3.OkHttpClient", "private const val TIMEOUT = %dL" % R.randint(3, 30)]}[lang]
    lines += [" " + c for c in ctx]
    if pos:
        vals, ls = vendor_secret()
        names = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"] if len(vals) == 2 else [pick(["API_KEY", "TOKEN", "PARTNER_SECRET", "CLIENT_KEY", "HOOK_URL"])]
        lines.append("-" + {"py": "%s = os.environ[\"%s\"]", "ts": "const %s = process.env.%s;", "go": "var %s = os.Getenv(\"%s\")", "kt": "private val %s = BuildConfig.%s"}[lang] % (names[0], names[0]))
        for n_, v in zip(names, [v.split("=", 1)[-1] if "=" in v and v.startswith("aws_") else v for v in vals]):
            lines.append("+" + decl % (n_, v))
        lab += ls
        lines.append(" ")
        lines.append("Review comment (%s): hard-coded credential on line %d — please move it back to the secret store and rotate it." % (pick(["sec-bot", "Dewi L.", "Oleh M."]), R.randint(5, 90)))
    else:
        n_ = pick(["API_KEY", "TOKEN", "PARTNER_SECRET"])
        lines.append("-" + decl % (n_, pick(["xxxxxxxxxxxxxxxx", "<paste key here>", "TODO"])))
        lines.append("+" + {"py": "%s = os.environ[\"%s\"]", "ts": "const %s = process.env.%s;", "go": "var %s = os.Getenv(\"%s\")", "kt": "private val %s = BuildConfig.%s"}[lang] % (n_, n_))
        lines.append("+" + decl % ("EXAMPLE_KEY_FOR_DOCS", pick(["AKIAIOSFODNN7EXAMPLE", "sk_live_...%s" % rs(AN, 4), "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AIzaSy" + "X" * 33])))
        lines.append("+" + decl % ("REQUEST_ID_HEADER", "X-Request-Id"))
        lines.append(" // checksum of vendored file: %s" % sha256())
    return pick(["text", "raw-result"]), "\n".join(lines), lab


def t_terraform_state(pos):
    lab = []
    res = []
    res.append({"mode": "managed", "type": "aws_s3_bucket", "name": "exports", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                "instances": [{"schema_version": 0, "attributes": {"arn": "arn:aws:s3:::tm-exports-%s" % d(6), "bucket": "tm-exports-%s" % d(6), "id": uid(), "tags": {"owner": "data"}}}]})
    if pos:
        k = R.sample(["iam", "db", "tls", "slack", "generic"], R.randint(1, 2))
        if "iam" in k:
            a, s_ = aws_akid(), aws_secret()
            res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": a, "user": "ci-deployer", "secret": s_, "status": "Active", "create_date": ts()}}]})
            lab += [L("aws_access_key_id", a), L("aws_secret_access_key", s_, ["generic_secret"])]
        if "db" in k:
            pw = rand_pw(20)
            res.append({"mode": "managed", "type": "aws_db_instance", "name": "orders", "instances": [{"attributes": {"engine": "postgres", "engine_version": "16.4", "username": "orders_admin", "password": pw,
                                                                                                                         "endpoint": "orders.%s.ap-southeast-1.rds.amazonaws.com:5432" % rs(LO + DG, 12)}}]})
            lab.append(L("generic_secret", pw))
        if "tls" in k:
            kt = pick(["rsa", "ec"])
            key = pem(kt)
            res.append({"mode": "managed", "type": "tls_private_key", "name": "bastion", "instances": [{"attributes": {"algorithm": "RSA" if kt == "rsa" else "ECDSA", "private_key_pem": key + "\n", "public_key_fingerprint_md5": ":".join(rs(HEX, 2) for _ in range(16))}}]})
            lab.append(L("private_key", key))
        if "slack" in k:
            v = pick([slack_hook, teams_hook])()
            res.append({"mode": "managed", "type": "pagerduty_extension", "name": "chat", "instances": [{"attributes": {"endpoint_url": v, "name": "chat-notify"}}]})
            lab.append(L("webhook_url", v))
        if "generic" in k:
            v = generic_token()
            res.append({"mode": "managed", "type": "random_password", "name": "api", "instances": [{"attributes": {"length": len(v), "result": v, "special": True}}]})
            lab.append(L("generic_secret", v))
    else:
        res.append({"mode": "managed", "type": "aws_db_instance", "name": "orders", "instances": [{"attributes": {"engine": "postgres", "username": "orders_admin", "manage_master_user_password": True,
                    "master_user_secret": [{"secret_arn": "arn:aws:secretsmanager:ap-southeast-1:%s:secret:rds!db-%s" % (d(12), uid())}]}, "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]})
        res.append({"mode": "managed", "type": "tls_private_key", "name": "bastion", "instances": [{"attributes": {"algorithm": "ED25519", "public_key_openssh": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43) + " bastion",
                    "public_key_fingerprint_sha256": "SHA256:" + rs(B64, 43)}, "sensitive_attributes": [[{"type": "get_attr", "value": "private_key_pem"}]]}]})
    doc = {"version": 4, "terraform_version": "1.%d.%d" % (R.randint(5, 10), R.randint(0, 9)), "serial": R.randint(1, 900), "lineage": uid(), "outputs": {}, "resources": res}
    return "structured", doc, lab


def t_api_key_admin(pos):
    lab = []
    vendor = pick(["openai", "anthropic", "stripe", "gitlab", "github", "google"])
    rows = []
    for _ in range(R.randint(2, 5)):
        mk = {"openai": "sk-proj-…" + rs(AN, 4), "anthropic": "sk-ant-api03-…" + rs(B64U, 4), "stripe": "sk_live_...%s" % rs(AN, 4), "gitlab": "glpat-••••••••" + rs(AN, 4),
              "github": "ghp_****************" + rs(AN, 4), "google": "AIza…" + rs(B64U, 4)}[vendor]
        rows.append("| %s | %s | %s | %s | %s |" % (pick(["ci-deploy", "analytics", "support-bot", "mobile", "batch-eval"]), mk, ts()[:10], pick(["never", ts()[:10]]), pick(["active", "revoked"])))
    lines = ["%s — API keys (%s)" % ({"openai": "OpenAI Platform", "anthropic": "Anthropic Console", "stripe": "Stripe Dashboard", "gitlab": "GitLab", "github": "GitHub", "google": "Google Cloud Console"}[vendor], pick(["Tanjung Mas", "Harbourline", "Al Noor"])),
             "", "| name | key | created | last used | status |", "|---|---|---|---|---|"] + rows + [""]
    if pos:
        v, t = {"openai": (openai_key, "openai_api_key"), "anthropic": (anthropic_key, "anthropic_api_key"), "stripe": (stripe_sk, "stripe_key"),
                "gitlab": (gl_token, "gitlab_token"), "github": (gh_token, "github_token"), "google": (google_key, "google_api_key")}[vendor]
        v = v()
        lines += ["New key created: %s" % pick(["ops-automation", "eval-runner", "webhook-relay"]), "Copy it now — it will not be shown again:", "", "    " + v, ""]
        lab.append(L(t, v, ["generic_secret"]))
        if R.random() < 0.3:
            p = person()
            em = email_of(p, pick(COMPANY_DOMAINS))
            lines.append("Created by %s (%s)" % (p["name"], em))
            lab.append(L("email", em))
    else:
        lines += ["Keys are shown only once at creation. Lost a key? Revoke it and create a new one.",
                  "Example request: curl -H \"Authorization: Bearer $API_KEY\" %s" % {"openai": "https://api.openai.com/v1/models", "anthropic": "https://api.anthropic.com/v1/models", "stripe": "https://api.stripe.com/v1/charges", "gitlab": "https://gitlab.com/api/v4/user", "github": "https://api.github.com/user", "google": "https://maps.googleapis.com/maps/api/geocode/json"}[vendor],
                  "Audit export id %s, owner %s" % (uid(), role_mail())]
    return "text", "\n".join(lines), lab


def t_apk_strings(pos):
    lab = []
    app = pick(["id.tanjungmas.shop", "com.harbourline.mobile", "ng.zenith.rides", "ae.alnoor.wallet", "vn.saigon.food"])
    items = [("app_name", app.split(".")[1].title()), ("version_label", version()), ("default_web_client_id", "%s-%s.apps.googleusercontent.com" % (d(12), rs(LO + DG, 32))),
             ("gcm_defaultSenderId", d(12)), ("google_app_id", "1:%s:android:%s" % (d(12), rs(HEX, 16))), ("project_id", app.split(".")[1] + "-prod"),
             ("support_email", role_mail()), ("privacy_url", "https://%s/privacy" % pick(COMPANY_DOMAINS)), ("build_hash", gitsha())]
    if pos:
        for _ in range(R.randint(1, 2)):
            k = pick(["google", "google", "slack", "stripe", "hook", "generic", "gl"])
            if k == "google":
                v = google_key()
                items.append((pick(["google_api_key", "google_maps_key", "google_crash_reporting_api_key"]), v))
                lab.append(L("google_api_key", v))
            elif k == "slack":
                v = slack_token()
                items.append(("feedback_slack_token", v))
                lab.append(L("slack_token", v, ["generic_secret"]))
            elif k == "stripe":
                v = stripe_sk()
                items.append(("stripe_secret", v))
                lab.append(L("stripe_key", v, ["generic_secret"]))
            elif k == "hook":
                v = pick([slack_hook, discord_hook])()
                items.append(("crash_webhook", v))
                lab.append(L("webhook_url", v))
            elif k == "gl":
                v = gl_token()
                items.append(("ota_update_token", v))
                lab.append(L("gitlab_token", v, ["generic_secret"]))
            else:
                v = generic_token()
                items.append((pick(["onesignal_rest_key", "mixpanel_secret", "algolia_admin_key"]), v))
                lab.append(L("generic_secret", v))
    else:
        items += [("google_api_key", pick(["@string/placeholder_key", "AIza…" + rs(B64U, 4), "REPLACE_ME"])), ("stripe_publishable", stripe_pk()),
                  ("feedback_slack_token", ""), ("test_card_hint", "Use %s with any CVC" % test_card()), ("support_phone", fake_phone())]
    R.shuffle(items)
    body = "\n".join("    <string name=\"%s\" translatable=\"false\">%s</string>" % kv for kv in items)
    text = "$ apktool d %s-%s.apk && cat res/values/strings.xml | grep -v '^    <string name=\"abc_'\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n%s\n</resources>" % (app, version(), body)
    return pick(["text", "raw-result"]), text, lab


TEMPLATES = [
    ("support_chat", t_support_chat), ("order_export_md", t_order_export_md), ("insurance_claims", t_insurance_claims),
    ("crash_report", t_crash_report), ("firebase_dump", t_firebase_dump), ("k8s_events", t_k8s_events),
    ("billing_export", t_billing_export), ("password_reset_email", t_password_reset_email), ("onboarding_doc", t_onboarding_doc),
    ("bugbounty_report", t_bugbounty_report), ("android_logcat", t_android_logcat), ("windows_eventlog", t_windows_eventlog),
    ("business_letter", t_business_letter), ("shell_history", t_shell_history), ("notebook_output", t_notebook_output),
    ("sql_result", t_sql_result), ("hr_payroll", t_hr_payroll), ("kyc_record", t_kyc_record), ("config_file", t_config_file),
    ("travel_booking", t_travel_booking), ("slack_export", t_slack_export),
    ("code_review_diff", t_code_review_diff), ("terraform_state", t_terraform_state), ("api_key_admin", t_api_key_admin),
    ("apk_strings", t_apk_strings),
]
PER_TEMPLATE = 17
POS_PER_TEMPLATE = 9


def strings_of(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings_of(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_of(v)


def occurs(v, doc):
    return any(v in s for s in strings_of(doc))


def dedupe(labels):
    seen, out = set(), []
    for l in labels:
        k = (l["type"], l["value"])
        if k not in seen:
            seen.add(k)
            out.append(l)
    return out


def validate_label(l):
    v = l["value"]
    if l["type"] == "payment_card":
        assert luhn_ok(v.replace(" ", "").replace("-", "")), v
    if l["type"] == "iban":
        assert iban_valid(v), v
    if l["type"] == "us_ssn":
        a, g, s = v.replace(" ", "-").split("-")
        assert a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000", v


def build():
    recs = []
    for name, fn in TEMPLATES:
        flags = [True] * POS_PER_TEMPLATE + [False] * (PER_TEMPLATE - POS_PER_TEMPLATE)
        R.shuffle(flags)
        for i, pos in enumerate(flags):
            for _attempt in range(20):
                wrap, doc, labels = fn(pos)
                labels = dedupe(labels)
                if (pos and labels) or (not pos and not labels):
                    break
            else:
                raise RuntimeError("could not build %s" % name)
            if wrap == "structured" and R.random() < 0.3:
                text = json.dumps(doc, ensure_ascii=False, indent=1)
                if all(l["value"] in text for l in labels):
                    wrap, doc = "raw-result", rr(text)
            elif wrap == "raw-result" and isinstance(doc, str):
                doc = rr(doc) if R.random() < 0.8 else rr(doc, {"isError": False, "_meta": {"requestId": uid()}})
            for l in labels:
                assert occurs(l["value"], doc), (name, l)
                validate_label(l)
            recs.append({"id": "%s-%d" % (name, i + 1), "template": name, "split": "holdout-v6", "wrap": wrap, "doc": doc, "labels": labels})
    return recs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v6.jsonl")
    recs = build()
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    # summary
    from collections import Counter
    pt, pd_, clean = Counter(), Counter(), 0
    for r in recs:
        pt[r["template"]] += 1
        if not r["labels"]:
            clean += 1
        for l in r["labels"]:
            pd_[l["type"]] += 1
    print("documents", len(recs), "clean", clean, "labels", sum(pd_.values()))
    for k, v in sorted(pd_.items()):
        print("  %-24s %d" % (k, v))


if __name__ == "__main__":
    main()
