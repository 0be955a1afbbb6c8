#!/usr/bin/env python3
"""gen_dlp_v12.py -- held-out DLP test corpus v12.

Angle: what conversation, collaboration and personal-assistant tools return
(Slack / Teams / Discord / Matrix / Telegram / WhatsApp / Signal / SMS, live
chat, meeting and call transcripts, calendars, contacts, notes apps, mail
client JSON, voicemail, task managers).

Python 3 stdlib only, a single random.Random(SEED), no clock, no environment
input.  Output is byte-identical across runs.

Usage:  python3 gen_dlp_v12.py [output_path]      (default: dlp_v12.jsonl next to this file)
"""
import base64
import datetime
import json
import os
import random
import re
import string
import sys

SEED = 120612
R = random.Random(SEED)
N_RECORDS = 450
N_CLEAN = 200

# ---- BEGIN SHARED SCAN BLOCK (identical copy in gen_dlp_v12.py and check_dlp_v12.py) ----
TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id",
         "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key",
         "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]
PII_TYPES = {"email", "phone_number", "us_ssn", "payment_card", "iban"}

ROLE_LOCAL = set("""support noreply no-reply donotreply do-not-reply billing security info sales hr team
alerts admin help helpdesk contact press marketing ops devops notifications notification postmaster
abuse webmaster careers jobs privacy legal finance accounts accounting office hello feedback it
servicedesk payments invoices orders dpo compliance status updates news newsletter community partners
events reception frontdesk bookings reservations calendar git root mailer-daemon bounce bounces reply
all everyone all-hands staff engineering eng oncall incidents procurement payroll recruiting talent
media investors ir enquiries inquiries service customerservice care""".split())
SERVICE_DOMAIN_SUFFIXES = ("gserviceaccount.com", "resource.calendar.google.com",
                           "group.calendar.google.com", "users.noreply.github.com")
PLACEHOLDER_EMAILS = {"you@example.com", "user@example.com", "user@domain.tld", "name@company.com",
                      "your.name@company.com", "someone@example.com", "first.last@yourcompany.com",
                      "jane.doe@example.com", "john.doe@example.com"}
SKIP_EMAIL_KEYS = {"message-id", "message_id", "messageid", "in-reply-to", "in_reply_to",
                   "references", "icaluid", "internetmessageid"}
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556",
              "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
              "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
              "3566002020360505", "4000000000000002", "4000000000009995", "4012888888881881",
              "2223003122003222", "6200000000000005"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
                   "DE89370400440532013000", "GB82WEST12345698765432", "078-05-1120"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21,
            "AT": 20, "PL": 28, "PT": 25, "IE": 22, "SE": 24, "DK": 18, "FI": 18, "NO": 15}

EMAIL_RX = re.compile(r"(?<![A-Za-z0-9._%+\-/])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])")
CARD_RX = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,22}(?!\d)")
SSN_RX = [re.compile(r"(?<![\d\-])(\d{3})-(\d{2})-(\d{4})(?![\d\-])"),
          re.compile(r"(?<!\d)(?<!\d )(\d{3}) (\d{2}) (\d{4})(?!\d)")]
IBAN_RX = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})")
TOKEN_RX = [
    ("aws_access_key_id", re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])")),
    ("github_token", re.compile(r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9])")),
    ("gitlab_token", re.compile(r"(?<![A-Za-z0-9])gl(?:pat|dt|rt|ptt|ft|soat|oas|cbt|imt|agent)-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{9})?")),
    ("slack_token", re.compile(r"(?<![A-Za-z0-9])(?:xox[bpaers]-[0-9A-Za-z\-]{20,}|xoxe\.xox[bp]-[0-9A-Za-z\-]{20,}|xapp-[0-9A-Za-z\-]{20,})")),
    ("stripe_key", re.compile(r"(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}")),
    ("anthropic_api_key", re.compile(r"(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_\-]{20,}")),
    ("openai_api_key", re.compile(r"(?<![A-Za-z0-9])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}")),
    ("google_api_key", re.compile(r"(?<![A-Za-z0-9])AIza[A-Za-z0-9_\-]{35}")),
    ("jwt", re.compile(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")),
    ("private_key", re.compile(r"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----")),
    ("webhook_url", re.compile(r"https://(?:hooks\.slack\.com/services/[A-Za-z0-9/]+|(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]+|[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>|`]+)")),
]


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card_prefix_ok(d):
    n = len(d)
    if not 13 <= n <= 19:
        return False
    p2, p4 = int(d[:2]), int(d[:4])
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649 or d.startswith("62"):
        return n >= 16
    if 3528 <= p4 <= 3589:
        return n >= 16
    if p2 in (36, 38) or 300 <= int(d[:3]) <= 305:
        return n >= 14
    return False


def is_real_card(d):
    return card_prefix_ok(d) and luhn_ok(d) and d not in TEST_CARDS and len(set(d)) > 2


def iban_mod97_ok(s):
    s = s.replace(" ", "")
    if len(s) < 5 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    try:
        n = int("".join(str(int(c, 36)) for c in r))
    except ValueError:
        return False
    return n % 97 == 1


def ssn_issuable(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def email_exempt(addr):
    local, _, dom = addr.lower().partition("@")
    base = local.split("+")[0]
    if base in ROLE_LOCAL or base.startswith(("noreply", "no-reply", "donotreply", "do-not-reply")):
        return True
    if addr.lower() in PLACEHOLDER_EMAILS:
        return True
    return any(dom == d or dom.endswith("." + d) for d in SERVICE_DOMAIN_SUFFIXES)


def placeholder_like(tok):
    low = tok.lower()
    if tok in VENDOR_EXAMPLES or "example" in low or "xxxx" in low or "your" in low or "0000000000" in tok:
        return True
    body = re.sub(r"^[A-Za-z]+[_\-]", "", tok)
    return len(set(body)) < 10


def walk_strings(doc, key=None, out=None):
    if out is None:
        out = []
    if isinstance(doc, str):
        out.append((key, doc))
    elif isinstance(doc, dict):
        for k, v in doc.items():
            walk_strings(v, k, out)
    elif isinstance(doc, list):
        for v in doc:
            walk_strings(v, key, out)
    return out


def candidates(key, s):
    """Values in string s that ground truth says must be labelled (unless covered)."""
    out = []
    lkey = (key or "").lower()
    for m in EMAIL_RX.finditer(s):
        addr = m.group(0)
        if lkey in SKIP_EMAIL_KEYS or email_exempt(addr):
            continue
        line_start = s.rfind("\n", 0, m.start()) + 1
        line = s[line_start:m.start()].lower()
        if re.match(r"\s*(message-id|in-reply-to|references)\s*:", line):
            continue
        out.append(("email", m.start(), m.end(), addr))
    for m in CARD_RX.finditer(s):
        run = m.group(0)
        groups = re.split(r"[ \-]", run)
        pos, spans = m.start(), []
        for gi, g in enumerate(groups):
            spans.append((pos, pos + len(g)))
            pos += len(g) + 1
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                d = "".join(groups[i:j + 1])
                if 13 <= len(d) <= 19 and is_real_card(d):
                    out.append(("payment_card", spans[i][0], spans[j][1], s[spans[i][0]:spans[j][1]]))
    for rx in SSN_RX:
        for m in rx.finditer(s):
            if ssn_issuable(*m.groups()) and m.group(0) not in VENDOR_EXAMPLES:
                out.append(("us_ssn", m.start(), m.end(), m.group(0)))
    for m in IBAN_RX.finditer(s):
        cc = m.group(1)
        L = IBAN_LEN.get(cc)
        if not L:
            continue
        cnt, end = 0, m.start()
        for k in range(m.start(), m.end()):
            if s[k] != " ":
                cnt += 1
            if cnt == L:
                end = k + 1
                break
        if cnt < L:
            continue
        cand = s[m.start():end]
        if iban_mod97_ok(cand) and cand.replace(" ", "") not in VENDOR_EXAMPLES:
            out.append(("iban", m.start(), end, cand))
    for typ, rx in TOKEN_RX:
        for m in rx.finditer(s):
            tok = m.group(0)
            if typ == "private_key":
                endmark = "-----END " + m.group(1) + "PRIVATE KEY-----"
                e = s.find(endmark, m.end())
                if e < 0:
                    continue
                out.append((typ, m.start(), e + len(endmark), s[m.start():e + len(endmark)]))
                continue
            if placeholder_like(tok):
                continue
            out.append((typ, m.start(), m.end(), tok))
    return out


def label_spans(s, labels):
    spans = []
    for lab in labels:
        for form in [lab["value"]] + list(lab.get("accept", [])):
            i = s.find(form)
            while i >= 0:
                spans.append((lab["type"], i, i + len(form)))
                i = s.find(form, i + 1)
    return spans


def unlabelled_values(rec):
    """Cross-check: candidate values present in the doc but not covered by a label."""
    problems = []
    for key, s in walk_strings(rec["doc"]):
        spans = label_spans(s, rec["labels"])
        for typ, a, b, text in candidates(key, s):
            ok = False
            for lt, x, y in spans:
                if x < b and a < y and (typ in PII_TYPES or lt == typ):
                    ok = True
                    break
            if not ok:
                problems.append((typ, text[:80]))
    return problems
# ---- END SHARED SCAN BLOCK ----


# ---------------------------------------------------------------- basics
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AN = UP + LO + DI
URLS = AN + "-_"
HEXL = "0123456789abcdef"
B64 = AN + "+/"


def rs(n, al=AN):
    return "".join(R.choice(al) for _ in range(n))


def dgt(n):
    return rs(n, DI)


def pick(s):
    return R.choice(s)


def chance(p):
    return R.random() < p


def safe_num(n, first="1"):
    """Random digit id that can never be mistaken for a Luhn-valid card number."""
    while True:
        d = first + dgt(n - 1)
        if not (13 <= n <= 19 and is_real_card(d)):
            return d


def uuid4():
    h = rs(32, HEXL)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha40():
    return rs(40, HEXL)


def ver():
    return f"{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}"


def base_t():
    return R.randint(1704067200, 1735603199)


def dt(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc)


def iso(t, ms=False, suffix="Z"):
    s = dt(t).strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % R.randint(0, 999)
    return s + suffix


def hhmm(t):
    return dt(t).strftime("%H:%M")


def hhmmss(t):
    return dt(t).strftime("%H:%M:%S")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# ---------------------------------------------------------------- people
FIRST = ("ana bruno chloe dmitri elif farah gustavo hana ines jonas kwame leila mateo nadia oskar priya "
         "quentin rosa sven tomasz uma valentina wei ximena yusuf zofia aiko bjorn camille darius emeka "
         "freya giulia hamid ingrid javier keiko lars mei nikhil olena pablo rania soren thandiwe ugo "
         "vikram wanjiru yara zainab").split()
LAST = ("okafor lindqvist moreau petrov yilmaz haddad ferreira tanaka castillo brandt mensah nasser rojas "
        "kowalski andersen iyer dubois santos novak wojcik chen park schultz silva osei kaplan nguyen "
        "fischer romano costa hughes murphy ivanova takahashi mbeki larsen delgado richter varga sato").split()
COMPANY = ["northwindlabs.io", "bluepeak.de", "orbitalfreight.com", "kestrel-health.org", "lumenbank.co.uk",
           "tidewater.ai", "quillandink.fr", "harborview.com.au", "solstice-media.nl", "pinegrove.edu",
           "marlowe-legal.com", "zephyrtech.in", "copperleaf.ca", "brightline.es", "fjordsoft.no",
           "acumen-analytics.com", "riverstone.co.jp", "vantagepoint.it", "greenmesa.mx", "citadel-ops.net"]
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "gmx.de", "web.de",
           "hotmail.fr", "libero.it", "yahoo.co.jp", "hey.com", "fastmail.com", "mail.com", "orange.fr",
           "btinternet.com"]
ORGS = ["Northwind Labs", "Bluepeak", "Orbital Freight", "Kestrel Health", "Lumen Bank", "Tidewater",
        "Quill & Ink", "Harborview", "Solstice Media", "Copperleaf", "Brightline", "Fjordsoft"]
WORDS = ["Harbor", "Maple", "Cobalt", "Tundra", "Saffron", "Ember", "Lantern", "Orchid", "Falcon",
         "Juniper", "Quartz", "Velvet", "Meadow", "Copper", "Willow", "Nimbus", "Basalt", "Marigold"]


class Person:
    def __init__(self):
        self.first = pick(FIRST)
        self.last = pick(LAST)
        self.name = f"{self.first.capitalize()} {self.last.capitalize()}"
        self.handle = pick([f"{self.first}.{self.last}", f"{self.first}{self.last[0]}", self.first,
                            f"{self.first}_{self.last[:3]}"])


def person():
    return Person()


def email_for(p, dom=None):
    dom = dom or (pick(COMPANY) if chance(0.6) else pick(WEBMAIL))
    k = R.randrange(8)
    lp = [f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.first}{R.randint(2, 99)}",
          f"{p.first}_{p.last}", f"{p.first}.{p.last}+{pick(['slack', 'cal', 'travel', 'work', 'receipts'])}",
          f"{p.last}.{p.first[0]}", f"{p.first}-{p.last}{R.randint(1, 9)}", f"{p.first}{p.last}"][k]
    return f"{lp}@{dom}"


def role_email(dom=None):
    return f"{pick(['support', 'noreply', 'billing', 'security', 'info', 'sales', 'hr', 'team', 'alerts', 'help', 'press', 'no-reply', 'notifications', 'hello', 'careers', 'privacy'])}@{dom or pick(COMPANY)}"


# ---------------------------------------------------------------- phones
US_AREAS = [212, 415, 646, 312, 617, 206, 303, 512, 404, 713, 818, 929, 702, 971, 347, 720]
PHONE_E164 = {}


def phone(kind=None):
    c = R.randrange(16) if kind is None else kind
    if c in (0, 1):  # US
        a = pick(US_AREAS)
        ex = R.randint(201, 989)
        while ex == 555 or ex % 100 == 11:
            ex = R.randint(201, 989)
        ln = dgt(4)
        v = pick([f"+1 ({a}) {ex}-{ln}", f"+1 {a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"({a}) {ex}-{ln}",
                  f"{a}-{ex}-{ln}", f"+1.{a}.{ex}.{ln}"])
        e = f"+1{a}{ex}{ln}"
    elif c == 2:  # UK mobile (never 07700 900xxx)
        m = "7" + pick("1234589") + dgt(2)
        rest = dgt(6)
        v = pick([f"+44 {m} {rest}", f"0{m} {rest}", f"+44 (0){m} {rest}"])
        e = f"+44{m}{rest}"
    elif c == 3:  # UK London (never 020 7946 0xxx)
        a, b = pick("38") + dgt(3), dgt(4)
        v = pick([f"+44 20 {a} {b}", f"020 {a} {b}"])
        e = f"+4420{a}{b}"
    elif c == 4:  # DE
        p = pick(["151", "152", "160", "170", "171", "176"])
        rest = dgt(R.choice([7, 8]))
        v = pick([f"+49 {p} {rest}", f"0{p} {rest}", f"+49 {p}-{rest}"])
        e = f"+49{p}{rest}"
    elif c == 5:  # FR
        g = [pick("67")] + [dgt(2) for _ in range(4)]
        v = pick(["+33 " + " ".join(g), "0" + " ".join(g), "+33 " + g[0] + " " + "".join(g[1:])])
        e = "+33" + "".join(g)
    elif c == 6:  # IN
        a, b = "9" + dgt(4), dgt(5)
        v = pick([f"+91 {a} {b}", f"+91-{a}{b}"])
        e = f"+91{a}{b}"
    elif c == 7:  # AU mobile (never 0491 570 xxx)
        p = "4" + pick([x for x in [f"{i:02d}" for i in range(100)] if x != "91"])
        a, b = dgt(3), dgt(3)
        v = pick([f"+61 {p} {a} {b}", f"0{p} {a} {b}"])
        e = f"+61{p}{a}{b}"
    elif c == 8:  # BR
        a, b = "9" + dgt(4), dgt(4)
        ddd = pick(["11", "21", "31", "41"])
        v = pick([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}"])
        e = f"+55{ddd}{a}{b}"
    elif c == 9:  # JP
        p = pick(["90", "80", "70"])
        a, b = dgt(4), dgt(4)
        v = pick([f"+81 {p}-{a}-{b}", f"0{p}-{a}-{b}"])
        e = f"+81{p}{a}{b}"
    elif c == 10:  # NL
        rest = dgt(8)
        v = pick([f"+31 6 {rest}", f"06-{rest}", f"+31 6 {rest[:4]} {rest[4:]}"])
        e = f"+316{rest}"
    elif c == 11:  # ES
        a, b, d = "6" + dgt(2), dgt(3), dgt(3)
        v = pick([f"+34 {a} {b} {d}", f"{a} {b} {d}"])
        e = f"+34{a}{b}{d}"
    elif c == 12:  # IT
        a, b, d = "3" + dgt(2), dgt(3), dgt(4)
        v = pick([f"+39 {a} {b} {d}", f"+39 {a} {b}{d}"])
        e = f"+39{a}{b}{d}"
    elif c == 13:  # MX
        a, b = dgt(4), dgt(4)
        v = f"+52 55 {a} {b}"
        e = f"+5255{a}{b}"
    elif c == 14:  # SG
        a, b = pick("89") + dgt(3), dgt(4)
        v = pick([f"+65 {a} {b}", f"+65 {a}{b}"])
        e = f"+65{a}{b}"
    else:  # ZA / PL
        if chance(0.5):
            a, b, d = pick(["82", "83", "72", "71", "61"]), dgt(3), dgt(4)
            v = pick([f"+27 {a} {b} {d}", f"0{a} {b} {d}"])
            e = f"+27{a}{b}{d}"
        else:
            a, b, d = pick("5678") + dgt(2), dgt(3), dgt(3)
            v = f"+48 {a} {b} {d}"
            e = f"+48{a}{b}{d}"
    PHONE_E164[v] = e
    return v


def fictional_phone():
    return pick([f"+1 212-555-01{dgt(2)}", f"(415) 555-01{dgt(2)}", f"020 7946 0{dgt(3)}",
                 f"07700 900{dgt(3)}", f"0491 570 {dgt(3)}", f"+44 20 7946 0{dgt(3)}",
                 f"+44 7700 900{dgt(3)}", f"+61 491 570 {dgt(3)}", f"+1 (646) 555-01{dgt(2)}"])


def tollfree():
    return pick([f"1-800-{dgt(3)}-{dgt(4)}", f"1 (888) {dgt(3)}-{dgt(4)}", f"0800 {dgt(3)} {dgt(4)}",
                 f"1-877-{dgt(3)}-{dgt(4)}", f"+1 866 {dgt(3)} {dgt(4)}"])


# ---------------------------------------------------------------- PII values
def ssn():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v not in VENDOR_EXAMPLES and v != "219-09-9999":
            return pick([v, v, v, v.replace("-", " ")])


def itin():
    return f"9{dgt(2)}-{pick(['70', '71', '78', '83', '90'])}-{dgt(4)}"


def luhn_complete(prefix, length):
    body = prefix + dgt(length - len(prefix) - 1)
    for c in DI:
        if luhn_ok(body + c):
            return body + c


def card_digits():
    while True:
        k = R.randrange(10)
        if k < 4:
            d = luhn_complete("4" + dgt(5), 16)
        elif k < 6:
            d = luhn_complete(pick(["51", "52", "53", "54", "55"]) + dgt(4), 16) if chance(.7) else \
                luhn_complete(str(R.randint(2221, 2720)) + dgt(2), 16)
        elif k < 8:
            d = luhn_complete(pick(["34", "37"]) + dgt(4), 15)
        elif k == 8:
            d = luhn_complete(pick(["6011", "65" + dgt(2)]), 16)
        else:
            d = luhn_complete(str(R.randint(3528, 3589)), 16)
        if is_real_card(d):
            return d


def fmt_card(d, style=None):
    style = style if style is not None else R.randrange(4)
    if style == 0:
        return d
    sep = " " if style in (1, 3) else "-"
    if len(d) == 15:
        return f"{d[:4]}{sep}{d[4:10]}{sep}{d[10:]}"
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card():
    return fmt_card(card_digits())


def luhn_invalid16():
    while True:
        d = "4" + dgt(15)
        if not luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "NL": "a4n10", "ES": "n20", "IT": "a1n22",
             "BE": "n12", "CH": "n17", "AT": "n16", "PL": "n24", "PT": "n21", "IE": "a4n14", "SE": "n20",
             "DK": "n14", "FI": "n14", "NO": "n11"}
BANKS = {"GB": ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "MONZ"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"],
         "IE": ["AIBK", "BOFI"]}


def iban_check(cc, bban):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return 98 - n % 97


def iban_compact():
    while True:
        cc = pick(list(IBAN_SPEC))
        spec = IBAN_SPEC[cc]
        bban = ""
        for part in re.findall(r"([an])(\d+)", spec):
            kind, n = part[0], int(part[1])
            if kind == "a":
                bban += pick(BANKS[cc]) if cc in BANKS else rs(n, UP)
            else:
                bban += dgt(n)
        v = f"{cc}{iban_check(cc, bban):02d}{bban}"
        if iban_mod97_ok(v) and v not in VENDOR_EXAMPLES:
            return v


def group4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def iban():
    v = iban_compact()
    return group4(v) if chance(0.5) else v


def bad_iban():
    v = iban_compact()
    chk = (int(v[2:4]) + R.randint(1, 40)) % 97
    chk = max(chk, 2)
    w = v[:2] + f"{chk:02d}" + v[4:]
    if iban_mod97_ok(w):
        return bad_iban()
    return group4(w)


def bic():
    return rs(4, UP) + pick(["DE", "GB", "FR", "NL", "ES", "IT"]) + rs(2, UP + DI) + pick(["", "XXX"])


# ---------------------------------------------------------------- typed secrets
def aws_id():
    return pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(16, UP + "234567")


def aws_secret():
    while True:
        v = rs(40, B64)
        if ("/" in v or "+" in v) and any(c.isdigit() for c in v):
            return v


def gh_token():
    k = R.randrange(10)
    if k < 5:
        return "ghp_" + rs(36)
    if k < 7:
        return "github_pat_" + rs(22) + "_" + rs(59)
    return pick(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(36)


def gl_token():
    k = R.randrange(10)
    if k < 5:
        return "glpat-" + rs(20, URLS)
    if k < 6:
        return "glpat-" + rs(27, URLS) + ".01." + rs(9, LO + DI)
    p = pick(["gldt-", "glrt-", "glptt-", "glft-", "glsoat-", "glcbt-", "glimt-", "gloas-"])
    return p + (rs(40, HEXL) if p == "glptt-" else rs(20, URLS))


def slack_tok():
    k = R.randrange(10)
    if k < 4:
        return f"xoxb-{dgt(R.choice([10, 11, 12, 13]))}-{dgt(13)}-{rs(24)}"
    if k < 6:
        return f"xoxp-{dgt(11)}-{dgt(11)}-{dgt(13)}-{rs(32, HEXL)}"
    if k < 8:
        return f"xapp-1-A{rs(10, UP + DI)}-{dgt(13)}-{rs(64, HEXL)}"
    if k == 8:
        return "xoxe.xoxp-1-" + rs(R.randint(120, 150))
    return "xoxe-1-" + rs(R.randint(120, 150))


def stripe_key():
    pre = pick(["sk_live_"] * 5 + ["rk_live_"] * 2 + ["sk_test_"] * 3 + ["rk_test_"])
    return pre + (rs(24) if chance(0.4) else "51" + rs(R.randint(90, 97)))


def openai_key():
    k = R.randrange(10)
    if k < 5:
        return "sk-proj-" + rs(74, URLS) + "T3BlbkFJ" + rs(74, URLS)
    if k < 7:
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if k < 9:
        return "sk-svcacct-" + rs(74, URLS) + "T3BlbkFJ" + rs(74, URLS)
    return "sk-admin-" + rs(74, URLS) + "T3BlbkFJ" + rs(74, URLS)


def anthropic_key():
    kind = pick(["api03"] * 6 + ["admin01", "oat01"])
    return f"sk-ant-{kind}-{rs(93, URLS)}AA"


def google_key():
    return "AIzaSy" + rs(33, URLS) if chance(0.8) else "AIza" + rs(35, URLS)


def jwt_tok():
    alg = pick(["HS256", "HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and chance(0.7):
        hdr["kid"] = rs(16, HEXL)
    now = R.randint(1714000000, 1735000000)
    p = person()
    pl = {"sub": pick([uuid4(), "usr_" + rs(14), str(R.randint(10000, 999999))]), "iat": now,
          "exp": now + pick([900, 3600, 86400, 604800])}
    if chance(0.5):
        pl["email"] = email_for(p)
    if chance(0.5):
        pl["iss"] = "https://auth." + pick(COMPANY)
    if chance(0.4):
        pl["scope"] = pick(["read:messages write:messages", "calendar.read", "openid profile email", "admin"])
    if chance(0.3):
        pl["name"] = p.name
    sig = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(hdr)}.{enc(pl)}.{rs(sig, URLS)}"


def private_key():
    k = R.randrange(4)
    if k == 0:
        hdr, pre, n, w = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", R.randint(20, 25), 64
    elif k == 1:
        hdr, pre, n, w = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", R.randint(20, 25), 64
    elif k == 2:
        hdr, pre, n, w = "EC PRIVATE KEY", "MHcCAQEEI", 3, 64
    else:
        hdr, pre, n, w = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", R.randint(5, 7), 70
    body = pre + rs(n * w - len(pre) - R.randint(4, 30), B64)
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    if k != 3 and chance(0.5):
        lines[-1] = lines[-1][:-1] + "="
    return f"-----BEGIN {hdr}-----\n" + "\n".join(lines) + f"\n-----END {hdr}-----"


def slack_team():
    return "T0" + rs(R.randint(7, 9), UP + DI)


def slack_uid():
    return "U0" + rs(R.randint(7, 9), UP + DI)


def slack_chan():
    return "C0" + rs(R.randint(7, 9), UP + DI)


def snowflake():
    return "1" + pick("012") + dgt(17)


def webhook():
    k = R.randrange(20)
    if k < 8:
        return f"https://hooks.slack.com/services/{slack_team()}/B0{rs(R.randint(7, 9), UP + DI)}/{rs(24)}"
    if k < 13:
        return f"https://{pick(['discord.com', 'discord.com', 'discordapp.com'])}/api/webhooks/{snowflake()}/{rs(68, URLS)}"
    if k < 17:
        org = pick(["northwindlabs", "bluepeak", "kestrelhealth", "lumenbank", "copperleaf"])
        u = f"https://{org}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HEXL)}/{uuid4()}"
        return u + (f"/V2{rs(43, URLS)}" if chance(0.5) else "")
    return f"https://chat.{pick(COMPANY)}/hooks/{rs(26, LO + DI)}"


TYPED_GEN = {"aws_access_key_id": aws_id, "aws_secret_access_key": aws_secret, "github_token": gh_token,
             "gitlab_token": gl_token, "slack_token": slack_tok, "stripe_key": stripe_key,
             "openai_api_key": openai_key, "anthropic_api_key": anthropic_key, "google_api_key": google_key,
             "jwt": jwt_tok, "webhook_url": webhook}
ENV_KEYS = {"aws_access_key_id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
            "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"],
            "github_token": ["GITHUB_TOKEN", "GH_TOKEN", "GH_PAT"],
            "gitlab_token": ["GITLAB_TOKEN", "GL_TOKEN", "CI_DEPLOY_TOKEN"],
            "slack_token": ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_TOKEN"],
            "stripe_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
            "openai_api_key": ["OPENAI_API_KEY"], "anthropic_api_key": ["ANTHROPIC_API_KEY"],
            "google_api_key": ["GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY"],
            "jwt": ["AUTH_TOKEN", "ACCESS_TOKEN", "API_JWT"],
            "webhook_url": ["SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK", "TEAMS_WEBHOOK_URL", "ALERT_WEBHOOK"]}


def generic_value():
    """(value, env_key, description, is_human_password)"""
    k = R.randrange(17)
    if k < 3:
        v = pick(WORDS) + pick("!#%*-_.?") + pick(WORDS) + dgt(R.randint(2, 4))
        return v, pick(["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "password"]), "password", True
    if k < 5:
        v = rs(R.randint(14, 22), AN + "!#%*+-=?^_~")
        while not any(c in "!#%*+-=?^_~" for c in v):
            v = rs(R.randint(14, 22), AN + "!#%*+-=?^_~")
        return v, pick(["DB_PASSWORD", "REDIS_PASSWORD", "LDAP_BIND_PASSWORD", "MYSQL_ROOT_PASSWORD"]), "password", True
    if k == 5:
        return rs(3) + dgt(1) + "Q~" + rs(34, AN + "-_.~"), pick(["AZURE_CLIENT_SECRET", "CLIENT_SECRET"]), "client secret", False
    if k == 6:
        return rs(32, HEXL), "TWILIO_AUTH_TOKEN", "twilio auth token", False
    if k == 7:
        return "SG." + rs(22, URLS) + "." + rs(43, URLS), "SENDGRID_API_KEY", "sendgrid key", False
    if k == 8:
        return rs(32, HEXL), pick(["DD_API_KEY", "DATADOG_API_KEY"]), "datadog api key", False
    if k == 9:
        return "npm_" + rs(36), "NPM_TOKEN", "npm publish token", False
    if k == 10:
        return "hf_" + rs(34, UP + LO), "HF_TOKEN", "hugging face token", False
    if k == 11:
        return "whsec_" + rs(32), "STRIPE_WEBHOOK_SECRET", "webhook signing secret", False
    if k == 12:
        return "key-" + rs(32, HEXL), "MAILGUN_API_KEY", "mailgun key", False
    if k == 13:
        return f"{R.randint(100000000, 7999999999)}:AA{rs(33, URLS)}", "TELEGRAM_BOT_TOKEN", "telegram bot token", False
    if k == 14:
        return rs(32, HEXL), "SLACK_SIGNING_SECRET", "signing secret", False
    if k == 15:
        return "PMAK-" + rs(24, HEXL) + "-" + rs(34, HEXL), "POSTMAN_API_KEY", "postman api key", False
    return rs(R.randint(40, 64), AN), pick(["JWT_SECRET", "SESSION_SECRET", "COOKIE_SECRET"]), "session secret", False


def url_cred():
    """(url, password, user)"""
    pw = pick([rs(R.randint(12, 24), AN + "-_.~"), pick(WORDS) + pick("-_.") + pick(WORDS) + dgt(3)])
    k = R.randrange(9)
    dom = pick(COMPANY)
    if k == 0:
        u = pick(["app", "orders_rw", "analytics", "postgres"])
        url = f"{pick(['postgres', 'postgresql'])}://{u}:{pw}@db-{pick(['prod', 'stg', 'eu1'])}.{dom}:5432/{pick(['orders', 'app', 'crm'])}"
    elif k == 1:
        u = pick(["svc_report", "root", "app"])
        url = f"mysql://{u}:{pw}@mysql.internal.{dom}:3306/{pick(['billing', 'wp', 'shop'])}"
    elif k == 2:
        u = pick(["atlas-admin", "readonly", "etl"])
        url = f"mongodb+srv://{u}:{pw}@cluster0.{rs(5, LO + DI)}.mongodb.net/{pick(['events', 'prod'])}?retryWrites=true"
    elif k == 3:
        u = pick(["", "default"])
        url = f"redis://{u}:{pw}@cache.{dom}:6379/0"
    elif k == 4:
        u = pick(["guest_svc", "mq-user", "celery"])
        url = f"amqps://{u}:{pw}@mq.{dom}/{pick(['vhost', 'jobs'])}"
    elif k == 5:
        u = pick(["ci-bot", "deploy", "jenkins"])
        url = f"https://{u}:{pw}@registry.{dom}/v2/"
    elif k == 6:
        u = pick(["upload", "partner_acme", "ftpuser"])
        url = f"ftp://{u}:{pw}@files.{dom}/incoming/"
    elif k == 7:
        u = pick(["apikey", "mailer"])
        url = f"smtp://{u}:{pw}@smtp.{dom}:587"
    else:
        u = pick(["admin", "kibana_system", "elastic"])
        url = f"https://{u}:{pw}@search.{dom}:9200/"
    return url, pw, u


def token_url(t, v):
    if t == "github_token":
        return f"https://{pick(['x-access-token', 'oauth2', 'ci-bot'])}:{v}@github.com/{pick(['acme', 'northwind', 'kestrel-eng'])}/{pick(['api', 'infra', 'mobile-app'])}.git"
    return f"https://{pick(['oauth2', 'gitlab-ci-token', 'deploy'])}:{v}@gitlab.com/{pick(['platform', 'data', 'web'])}/{pick(['terraform', 'etl', 'storefront'])}.git"

# ---------------------------------------------------------------- platform formatting
# plat: slack | discord | md | html | plain
def br(plat):
    return "<br>" if plat == "html" else "\n"


def hesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def code(v, plat):
    if plat == "html":
        return f"<code>{hesc(v)}</code>"
    if plat == "plain":
        return v
    return f"`{v}`"


def block(v, plat, lang=""):
    if plat == "html":
        return f"<pre>{hesc(v)}</pre>"
    if plat == "slack":
        return "```\n" + v + "\n```"
    return "```" + lang + "\n" + v + "\n```"


def link(url, plat, label=None):
    if plat == "slack":
        return f"<{url}|{label}>" if label else f"<{url}>"
    if plat == "html":
        return f'<a href="{url}">{label or url}</a>'
    if plat in ("md", "discord") and label:
        return f"[{label}]({url})"
    return url


def mail(e, plat):
    if plat == "slack":
        return f"<mailto:{e}|{e}>"
    if plat == "html":
        return f'<a href="mailto:{e}">{e}</a>'
    if plat == "md" and chance(0.4):
        return f"[{e}](mailto:{e})"
    return e


def mention(plat, p=None):
    p = p or person()
    if plat == "slack":
        return f"<@{slack_uid()}>"
    if plat == "discord":
        return f"<@{snowflake()}>"
    if plat == "html":
        return f'<at id="{R.randint(0, 3)}">{p.name}</at>'
    return "@" + p.first


def md_to_html(m):
    out = []
    parts = m.split("```")
    for i, p in enumerate(parts):
        if i % 2 == 1:
            _, _, body = p.partition("\n")
            out.append(f"<pre><code>{body[:-1] if body.endswith(chr(10)) else body}</code></pre>")
        else:
            p = re.sub(r"`([^`]+)`", r"<code>\1</code>", p)
            out.append(p.replace("\n", "<br>"))
    return "".join(out)


def split_fences(m):
    """-> list of (kind, text) with kind in {'text','code'} from a plain/md message."""
    out = []
    parts = m.split("```")
    for i, p in enumerate(parts):
        if i % 2 == 1:
            lang, _, body = p.partition("\n")
            out.append(("code", body[:-1] if body.endswith("\n") else body))
        elif p.strip():
            out.append(("text", p.strip("\n")))
    return out


# ---------------------------------------------------------------- hard negatives
def order_no():
    return pick(["#", "A", "W", "ORD-", "SO-"]) + dgt(R.randint(6, 9))


def tracking():
    k = R.randrange(3)
    if k == 0:
        return "1Z" + rs(6, UP + DI) + dgt(10)
    if k == 1:
        return "9400 " + " ".join(dgt(4) for _ in range(4)) + " " + dgt(2)
    return "JD01" + dgt(16)


def isbn13():
    d = "978" + dgt(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    c = (10 - s % 10) % 10
    return f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{c}"


def public_key_block():
    if chance(0.5):
        body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(6 * 64 - 44 + 20, B64)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "IDAQAB\n-----END PUBLIC KEY-----"
    body = "MIIDdzCCAl+gAwIBAgIE" + rs(8 * 64 - 20, B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def masked_token():
    return pick([f"ghp_…{rs(4)}", f"sk-…{rs(4)}", f"sk_live_…{rs(4)}", f"xoxb-…{rs(4)}",
                 f"AKIA****************"[:20], f"glpat-****{rs(4)}", f"AIza…{rs(4)}",
                 f"sk-ant-…{rs(4)}", f"ghp_{'*' * 32}{rs(4)}", f"xoxp-****-****-{rs(4)}"])


TEST_CARDS_FMT = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444",
                  "3782 822463 10005", "6011 1111 1111 1117", "4111-1111-1111-1111", "5105105105105100"]


def neg(plat):
    p = person()
    dom = pick(COMPANY)
    c = lambda v: code(v, plat)
    b = br(plat)
    items = [
        lambda: "classic PATs are ghp_ followed by 36 alphanumerics, fine-grained ones start with github_pat_ — the scanner keys off the prefix",
        lambda: f"the old key ending in …{rs(4)} is rotated, new one lives in 1Password (vault Ops, item \"stripe-prod\")",
        lambda: f"for the docs use {c('AKIAIOSFODNN7EXAMPLE')} / {c('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}, never a real pair",
        lambda: f"sandbox card {pick(TEST_CARDS_FMT)} works with any future expiry",
        lambda: f"set {c('OPENAI_API_KEY=<your-key>')} before running the notebook",
        lambda: f"token is in {c('${{ secrets.DEPLOY_TOKEN }}')}, please don't paste it here",
        lambda: f"merged {sha40()} into main 🎉",
        lambda: f"release {pick(['web', 'api', 'mobile', 'worker'])}@{ver()} is out",
        lambda: f"doc id {uuid4()}",
        lambda: f"artifact checksum sha256:{rs(64, HEXL)}",
        lambda: f"order {order_no()} shipped, tracking {tracking()}",
        lambda: f"ticket {pick(['INC', 'SR', 'CS', 'REQ'])}{dgt(7)} closed",
        lambda: f"front desk is {fictional_phone()} if you get lost",
        lambda: f"their hotline is {tollfree()} (24/7)",
        lambda: f"send invoices to {mail(role_email(dom), plat)}",
        lambda: f"{mention(plat, p)} can you take a look when you have a sec?",
        lambda: f"brand colour is #{rs(6, HEXL)}, secondary #{rs(6, HEXL)}",
        lambda: f"see doi:10.{R.randint(1000, 9999)}/{rs(8, LO + DI)}, p. {R.randint(2, 300)}",
        lambda: f"the book is ISBN {isbn13()}",
        lambda: f"my login code was {dgt(6)} but it already expired, asked for a new one",
        lambda: f"{masked_token()} is the one that got revoked",
        lambda: f"card on file: **** **** **** {dgt(4)}",
        lambda: f"Stripe's docs sample key {c('sk_test_4eC39HqLyjWDarjtT1zdp7dc')} is fine for the tutorial",
        lambda: f"placeholder in the template is {c('sk_live_' + 'x' * 24)}",
        lambda: f"my pubkey: {c('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64) + ' ' + p.first + '@mbp')}",
        lambda: f"Meeting ID: {dgt(3)} {dgt(4)} {dgt(4)} · PIN: {dgt(R.choice([4, 6]))}#",
        lambda: f"screenshot: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rs(80, B64)}==",
        lambda: "DE IBANs are DE + 2 check digits + 18 digits, e.g. DE89 3704 0044 0532 0130 00",
        lambda: f"SSN on the form has to be masked as XXX-XX-{dgt(4)}",
        lambda: f"ITIN {itin()} is a tax id, not an SSN",
        lambda: "JWT header is usually eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 — payload comes after the dot",
        lambda: f"remote is {c('https://' + p.first + '@git.' + dom + '/team/app.git')}",
        lambda: f"user id {slack_uid()} in channel {slack_chan()}, ts {R.randint(1704067200, 1735603199)}.{dgt(6)}",
        lambda: f"discord message id {snowflake()}",
        lambda: f"put {c('Authorization: Bearer <token>')} in the header",
        lambda: f"hooks look like {c('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')}",
        lambda: f"{c('DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app')}",
        lambda: "stripe key is at vault:secret/data/prod/payments#stripe_key",
        lambda: f"press contact is {mail('press@' + dom, plat)}",
        lambda: "AWS key ids start with AKIA (long-term) or ASIA (temporary) and are 20 chars long",
        lambda: f"form submitted {luhn_invalid16()} — fails the Luhn check, asked them to re-enter",
        lambda: f"IBAN {bad_iban()} fails the checksum, asked her to re-send",
        lambda: "password: ******** (hidden)",
        lambda: "sent you the password through 1Password, not posting it here",
        lambda: f"key fingerprint SHA256:{rs(43, B64)}",
        lambda: f"cert below is public, fine to share{b}{block(public_key_block(), plat)}",
        lambda: f"v{ver()} → v{ver()} bumped the lockfile",
        lambda: f"{pick(['OTP', 'verification code', 'code'])} {dgt(6)} (used)",
        lambda: f"invoice INV-{dgt(6)} for {pick(['€', '$', '£'])}{R.randint(20, 9000)}.{dgt(2)} is paid",
        lambda: f"replace {c('YOUR_API_KEY')} with the key from the console",
        lambda: f"token should look like {c('xoxb-<workspace>-<bot>-<secret>')}",
        lambda: f"use {c('<your-token>')} in the config, not mine",
        lambda: f"anthropic keys start with {c('sk-ant-')} and openai ones with {c('sk-')} or {c('sk-proj-')}",
        lambda: f"page {R.randint(2, 80)} of the handbook, dated {dt(base_t()).strftime('%d/%m/%Y')}",
        lambda: f"{pick(['Build', 'Pipeline', 'Run'])} #{dgt(5)} passed in {R.randint(2, 40)}m",
    ]
    return pick(items)()


CHATTER = ["lunch at 12?", "merged, thanks 🙏", "standup moved to 10:30", "deploy is green ✅", "I'm OOO friday",
           "👀", "ok", "on it", "thanks!", "ping me when done", "pushed a fix", "retro notes are in the doc",
           "can someone review my PR?", "coffee ☕?", "running 5 min late", "nice!", "+1", "back from lunch",
           "let's sync tomorrow", "I'll take this one", "sounds good", "rebasing now", "flaky test again 🙃",
           "who owns the billing service?", "all good on my side", "staging is down for 10 min",
           "reminder: demo at 3", "LGTM", "thanks for the quick turnaround", "any update on this?"]


def chatter(plat):
    return pick(CHATTER) if chance(0.6) else neg(plat)


# ---------------------------------------------------------------- secret / PII messages
TOKEN_LEADS = ["here you go", "token below", "ok this one should work", "use this for now", "new one 👇",
               "pasting it here, delete after you copy it", "for the staging bot:", "as requested",
               "try with this", "found it in my notes", "here's mine, rotate after the demo", "🔑"]
ENV_LEADS = ["here's my .env, maybe something's off?", "pasting the env for the staging box",
             "this is what's on the box right now:", "copy of .env.local 👇", "env from the failing pod:"]
CURL_LEADS = ["this is the call that fails:", "repro:", "works for me with", "try this curl",
              "the request the script makes:"]
CURLABLE = {"jwt", "openai_api_key", "anthropic_api_key", "github_token", "gitlab_token", "slack_token",
            "stripe_key", "google_api_key", "webhook_url"}
BENIGN_ENV = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=debug", "REGION=eu-west-1", "TZ=UTC",
              "FEATURE_FLAGS=beta_ui,new_billing", "SENTRY_ENVIRONMENT=staging", "WORKERS=4",
              "# staging — do not commit", "SENTRY_DSN=<ask-ops>", "CACHE_TTL=300", "APP_NAME=notifier"]


def curl_for(t, v):
    dom = pick(COMPANY)
    if t == "jwt":
        return f'curl -s https://api.{dom}/v2/me -H "Authorization: Bearer {v}"'
    if t == "openai_api_key":
        return ('curl https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer ' + v +
                '" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}\'')
    if t == "anthropic_api_key":
        return ('curl https://api.anthropic.com/v1/messages -H "x-api-key: ' + v +
                '" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" '
                '-d \'{"model":"claude-3-5-haiku-latest","max_tokens":64,"messages":[{"role":"user","content":"hi"}]}\'')
    if t == "github_token":
        return f'curl -H "Authorization: token {v}" https://api.github.com/repos/{pick(["acme", "northwind"])}/{pick(["api", "infra"])}/actions/runs'
    if t == "gitlab_token":
        return f'curl --header "PRIVATE-TOKEN: {v}" "https://gitlab.com/api/v4/projects/{R.randint(1000000, 60000000)}/pipelines"'
    if t == "slack_token":
        return ('curl -X POST https://slack.com/api/chat.postMessage -H "Authorization: Bearer ' + v +
                '" -H "Content-type: application/json" --data \'{"channel":"' + slack_chan() + '","text":"test"}\'')
    if t == "stripe_key":
        return f"curl https://api.stripe.com/v1/customers -u {v}: -d limit=3"
    if t == "google_api_key":
        return f'curl "https://generativelanguage.googleapis.com/v1beta/models?key={v}"'
    return "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy finished\"}' " + v


def env_block(entries, plat, extra_generic=None):
    """entries: list of (type, value, KEY).  -> (fenced text, labels)"""
    lines, labels = [], []
    benign = R.sample(BENIGN_ENV, R.randint(1, 3))
    for ln in benign:
        lines.append(ln)
    for t, v, key in entries:
        q = pick(["", "", "", '"'])
        lines.insert(R.randint(0, len(lines)), f"{key}={q}{v}{q}")
        labels.append((t, v))
    if extra_generic if extra_generic is not None else chance(0.4):
        gv, gk, _, _ = generic_value()
        lines.insert(R.randint(0, len(lines)), f"{gk}={gv}")
        labels.append(("generic_secret", gv))
    if chance(0.3):
        lines.insert(R.randint(0, len(lines)), pick(["SENTRY_DSN=${SENTRY_DSN}", "OPENAI_API_KEY=${OPENAI_API_KEY}",
                                                    "STRIPE_PUBLISHABLE_KEY=pk_live_" + "x" * 24,
                                                    "AWS_PROFILE=default", "GITHUB_TOKEN=<your-token>"]))
    return block("\n".join(lines), plat, "env"), labels


def typed_msgs(t, plat):
    b = br(plat)
    lead = pick(TOKEN_LEADS)
    if t in ("aws_access_key_id", "aws_secret_access_key"):
        kid, sec = aws_id(), aws_secret()
        s = pick(["pair_env", "pair_lines", "pair_block", "single"])
        if s == "pair_env":
            txt, L = env_block([("aws_access_key_id", kid, pick(ENV_KEYS["aws_access_key_id"])),
                                ("aws_secret_access_key", sec, pick(ENV_KEYS["aws_secret_access_key"]))], plat)
            return [f"{pick(ENV_LEADS)}{b}{txt}"], L
        if s == "pair_lines":
            return [f"{lead}{b}access key: {code(kid, plat)}{b}secret: {code(sec, plat)}"], \
                [("aws_access_key_id", kid), ("aws_secret_access_key", sec)]
        if s == "pair_block":
            cfg = f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sec}\nregion = {pick(['eu-west-1', 'us-east-1', 'ap-southeast-2'])}"
            return [f"my ~/.aws/credentials, the ci user{b}{block(cfg, plat, 'ini')}"], \
                [("aws_access_key_id", kid), ("aws_secret_access_key", sec)]
        if t == "aws_access_key_id":
            return [f"the key id is {code(kid, plat)}, secret coming by DM"], [(t, kid)]
        return [f"and the secret (the 40-char one){b}{sec}"], [(t, sec)]
    v = TYPED_GEN[t]()
    L = [(t, v)]
    styles = ["inline", "block", "nextline", "env", "revoked", "correction"]
    if t in CURLABLE:
        styles += ["curl", "curl"]
    if t in ("github_token", "gitlab_token"):
        styles += ["url", "url"]
    if t == "webhook_url":
        styles += ["link", "link"]
    s = pick(styles)
    if s == "inline":
        return [f"{lead} {code(v, plat)}"], L
    if s == "block":
        return [f"{lead}{b}{block(v, plat)}"], L
    if s == "nextline":
        return [f"{lead}{b}{v}"], L
    if s == "env":
        txt, L = env_block([(t, v, pick(ENV_KEYS[t]))], plat)
        return [f"{pick(ENV_LEADS)}{b}{txt}"], L
    if s == "revoked":
        return [f"{lead} {code(v, plat)}", pick(["^ revoked that one already, ignore", "revoked ✅ generating a new one",
                                                  "ugh wrong channel — revoking now", "(rotated since, don't use)"])], L
    if s == "correction":
        v2 = TYPED_GEN[t]()
        return [f"{lead} {code(v, plat)}", f"sorry, wrong one — the right one is {code(v2, plat)}"], L + [(t, v2)]
    if s == "curl":
        return [f"{pick(CURL_LEADS)}{b}{block(curl_for(t, v), plat, 'bash')}"], L
    if s == "url":
        return [f"{pick(['clone with', 'the mirror job uses', 'remote is set to'])} {code(token_url(t, v), plat)}"], L
    return [f"webhook for {pick(['#alerts', '#deploys', '#oncall', 'the status bot'])}: {link(v, plat, 'incoming webhook')}"], L


def generic_msgs(plat):
    b = br(plat)
    v, key, desc, human = generic_value()
    L = [("generic_secret", v)]
    p = person()
    user = pick([f"{p.first}.{p.last[0]}", f"svc_{pick(WORDS).lower()}", p.first, "admin"])
    if human:
        s = R.randrange(6)
        if s == 0:
            return [f"{pick(['pw is', 'password is', 'the pass is', 'pwd:', 'pass →'])} {v}"], L
        if s == 1:
            return [f"creds for the {pick(['vendor portal', 'router', 'NAS', 'staging admin', 'old jira'])}:{b}{user}{b}{v}"], L
        if s == 2:
            return [f"user: {user}{b}pass: {v}"], L
        if s == 3:
            return [f"wifi {pick(WORDS)}-{pick(['Guest', '5G', 'Office'])} / pw {v}"], L
        if s == 4:
            return [f"username {code(user, plat)}", f"password {code(v, plat)} — change it on first login"], L
        txt, L2 = env_block([("generic_secret", v, key)], plat, extra_generic=False)
        return [f"{pick(ENV_LEADS)}{b}{txt}"], L2
    s = R.randrange(5)
    if s == 0:
        return [f"{desc}: {code(v, plat)}"], L
    if s == 1:
        return [f"here you go{b}{v}"], L
    if s == 2:
        txt, L2 = env_block([("generic_secret", v, key)], plat, extra_generic=False)
        return [f"{pick(ENV_LEADS)}{b}{txt}"], L2
    if s == 3:
        js = '{\n  "client_id": "' + uuid4() + '",\n  "client_secret": "' + v + '"\n}'
        return [f"the app registration{b}{block(js, plat, 'json')}"], L
    return [f"{key}={v}"], L


def urlcred_msgs(plat):
    b = br(plat)
    url, pw, u = url_cred()
    L = [("url_credentials", pw)]
    s = R.randrange(4)
    if s == 0:
        return [f"connection string: {code(url, plat)}"], L
    if s == 1:
        return [f"try{b}{url}"], L
    if s == 2:
        txt, L2 = env_block([], plat, extra_generic=False)
        txt = txt.replace("\n", "\n" + pick(["DATABASE_URL", "REDIS_URL", "BROKER_URL", "MONGO_URI", "UPSTREAM_URL"]) + "=" + url + "\n", 1) \
            if plat != "html" else f"<pre>DATABASE_URL={url}</pre>"
        return [f"{pick(ENV_LEADS)}{b}{txt}"], L
    return [f"works with{b}{block('psql ' + chr(34) + url + chr(34), plat, 'bash')}"], L


def pk_msgs(plat):
    v = private_key()
    lead = pick(["deploy key for the box, don't lose it", "here's the key for the bastion",
                 "key below (it's the staging one)", "ssh key for the sftp drop:", "the signing key, keep it safe"])
    if plat == "html":
        return [f"{lead}<pre>{v}</pre>"], [("private_key", v)]
    return [f"{lead}\n{block(v, plat) if chance(0.7) else v}"], [("private_key", v)]


def pii_msgs(t, plat):
    b = br(plat)
    p = person()
    if t == "email":
        e = email_for(p)
        s = pick([f"you can reach {p.name} at {mail(e, plat)}",
                  f"my personal address is {mail(e, plat)} — the work one keeps bouncing",
                  f"cc {mail(e, plat)} on the contract please",
                  f"{p.first} from the agency is joining, their email is {mail(e, plat)}",
                  f"send the signed copy to {mail(e, plat)} and {mail(role_email(), plat)}",
                  f"📧 {mail(e, plat)}"])
        return [s], [("email", e)]
    if t == "phone_number":
        ph = phone()
        s = pick([f"call me on {ph}", f"{p.first}'s mobile: {ph}", f"text me at {ph} when you're downstairs 🙏",
                  f"new number, save it: {ph}", f"if the bridge drops, my cell is{b}{ph}",
                  f"📞 {ph} ({p.first}, after 6pm)"])
        return [s], [("phone_number", ph)]
    if t == "payment_card":
        cv = card()
        mm, yy = R.randint(1, 12), R.randint(26, 31)
        s = pick([f"card number is {cv}, exp {mm:02d}/{yy}", f"use the team card: {cv}",
                  f"here's the card for the hotel{b}{cv}{b}exp {mm:02d}/{yy}"])
        return [s], [("payment_card", cv)]
    if t == "iban":
        ib = iban()
        s = pick([f"please send the deposit to {ib} ({p.name})", f"IBAN: {ib}{b}BIC: {bic()}",
                  f"my new account for the refund: {ib}", f"{p.first}'s IBAN is {ib}"])
        return [s], [("iban", ib)]
    sv = ssn()
    s = pick([f"my SSN is {sv}", f"SSN for the background check: {sv}", f"{p.first}'s social: {sv}",
              f"for the W-4 — {sv}"])
    return [s], [("us_ssn", sv)]


def secret_msgs(t, plat):
    if t in PII_TYPES:
        return pii_msgs(t, plat)
    if t == "generic_secret":
        return generic_msgs(plat)
    if t == "url_credentials":
        return urlcred_msgs(plat)
    if t == "private_key":
        return pk_msgs(plat)
    return typed_msgs(t, plat)


def split_msgs(plat):
    k = R.randrange(4)
    if k == 0:
        v = "ghp_" + rs(36)
    elif k == 1:
        v = "sk_live_" + rs(24)
    elif k == 2:
        v = aws_id()
    else:
        v = card_digits()
        v = fmt_card(v, 1)
    cut = len(v) // 2
    return [f"{pick(['part 1', 'first half', 'splitting it so the bot does not eat it'])}: {v[:cut]}",
            f"{v[cut:]}"]


def convo(plat, pos, need, lo=2, hi=5, negs=(1, 3)):
    msgs = [chatter(plat) for _ in range(R.randint(lo, hi))]
    for _ in range(R.randint(*negs)):
        msgs.insert(R.randint(0, len(msgs)), neg(plat))
    labels = []
    if pos:
        for t in need:
            ms, ls = secret_msgs(t, plat)
            i = R.randint(0, len(msgs))
            msgs[i:i] = ms
            labels += ls
    elif chance(0.35):
        i = R.randint(0, len(msgs))
        msgs[i:i] = split_msgs(plat)
    return msgs, labels

# ---------------------------------------------------------------- templates
def raw(text, sc=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if sc is not None:
        d["structuredContent"] = sc
    return d


def jd(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


SECRETS = ["aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key",
           "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "webhook_url", "generic_secret",
           "url_credentials", "private_key"]
CHAT_POOL = SECRETS + ["email", "phone_number"]
SER_POOL = [t for t in CHAT_POOL if t != "private_key"]
MONEY_POOL = ["payment_card", "iban", "us_ssn", "phone_number", "email"]


def slack_msgs_objs(msgs, users, team, t0):
    out = []
    t = t0
    for m in msgs:
        t += R.randint(15, 900)
        u = pick(users)
        o = {"type": "message", "user": u, "text": m, "ts": f"{t}.{dgt(6)}", "team": team}
        if chance(0.35):
            o["blocks"] = [{"type": "rich_text", "block_id": rs(5, AN + "="),
                            "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": m}]}]}]
        if chance(0.25):
            o["reactions"] = [{"name": pick(["eyes", "white_check_mark", "pray", "+1", "rotating_light", "100"]),
                               "users": [pick(users)], "count": 1}]
        if chance(0.15):
            o["edited"] = {"user": u, "ts": f"{t + R.randint(5, 300)}.000000"}
        out.append(o)
    return out


def t_slack_history(pos, need):
    users = [slack_uid() for _ in range(R.randint(2, 4))]
    msgs, L = convo("slack", pos, need)
    objs = slack_msgs_objs(msgs, users, slack_team(), base_t())
    objs.reverse()
    return "structured", {"ok": True, "messages": objs, "has_more": chance(0.3), "pin_count": R.randint(0, 4),
                          "channel_actions_ts": None, "channel_actions_count": 0,
                          "response_metadata": {"next_cursor": "" if chance(.6) else "bmV4dF90czox" + dgt(10)}}, L


def t_slack_thread_replies(pos, need):
    users = [slack_uid() for _ in range(R.randint(2, 4))]
    msgs, L = convo("slack", pos, need, lo=1, hi=4)
    objs = slack_msgs_objs(msgs, users, slack_team(), base_t())
    root = objs[0]["ts"]
    for i, o in enumerate(objs):
        o["thread_ts"] = root
        if i == 0:
            o["reply_count"] = len(objs) - 1
            o["reply_users"] = users[:2]
            o["latest_reply"] = objs[-1]["ts"]
        else:
            o["parent_user_id"] = objs[0]["user"]
    doc = {"ok": True, "messages": objs, "has_more": False}
    return "raw-result", raw(jd(doc, indent=pick([None, 2]))), L


def t_slack_rich_blocks(pos, need):
    msgs, L = convo("slack", pos, need, lo=0, hi=1, negs=(0, 1))
    body = "\n".join(msgs)
    uid = slack_uid()
    elems = []
    for m in msgs:
        for kind, txt in split_fences(m):
            if kind == "code":
                elems.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": txt}], "border": 0})
            else:
                elems.append({"type": "rich_text_section", "elements": [
                    {"type": "user", "user_id": slack_uid()}, {"type": "text", "text": " " + txt},
                    {"type": "emoji", "name": pick(["key", "lock", "eyes", "wave"]), "unicode": "1f511"}]})
    msg = {"type": "message", "subtype": None, "user": uid, "ts": f"{base_t()}.{dgt(6)}", "text": body,
           "team": slack_team(), "blocks": [{"type": "rich_text", "block_id": rs(5), "elements": elems}],
           "client_msg_id": uuid4()}
    if msg["subtype"] is None:
        del msg["subtype"]
    return "structured", {"ok": True, "channel": slack_chan(), "message": msg}, L


def t_slack_bot_attachments(pos, need):
    L = []
    fields = [{"title": "Service", "value": pick(["billing-api", "notifier", "edge-proxy", "etl-nightly"]), "short": True},
              {"title": "Version", "value": "v" + ver(), "short": True}]
    files = []
    if pos:
        for t in need:
            if t in ("generic_secret", "url_credentials", "aws_access_key_id", "aws_secret_access_key") and chance(0.6):
                if t == "url_credentials":
                    url, pw, _ = url_cred()
                    fields.append({"title": "Connection", "value": url, "short": False})
                    L.append((t, pw))
                else:
                    txt, ls = env_block([], "plain", extra_generic=True) if t == "generic_secret" else \
                        env_block([("aws_access_key_id", aws_id(), "AWS_ACCESS_KEY_ID"),
                                   ("aws_secret_access_key", aws_secret(), "AWS_SECRET_ACCESS_KEY")], "plain", extra_generic=False)
                    inner = txt.split("\n", 1)[1].rsplit("\n", 1)[0]
                    files.append({"id": "F0" + rs(9, UP + DI), "name": pick([".env.staging", "creds.txt", "config.env"]),
                                  "filetype": "text", "mode": "snippet", "preview": inner,
                                  "url_private": f"https://files.slack.com/files-pri/{slack_team()}-F0{rs(9, UP + DI)}/config.env"})
                    L += ls
            elif t in TYPED_GEN:
                ms, ls = secret_msgs(t, "plain")
                if t in ("aws_access_key_id", "aws_secret_access_key"):
                    fields.append({"title": "Details", "value": ms[0], "short": False})
                    L += ls
                else:
                    v = TYPED_GEN[t]()
                    fields.append({"title": pick({"webhook_url": ["Webhook", "Callback URL"]}.get(t, ["Token", "New credential", "Key"])),
                                   "value": v, "short": False})
                    L.append((t, v))
            else:
                ms, ls = secret_msgs(t, "slack")
                fields.append({"title": "Note", "value": ms[0], "short": False})
                L += ls
    else:
        fields.append({"title": "Credential", "value": pick(["stored in vault (secret/data/notifier)", masked_token(),
                                                             "${{ secrets.NOTIFIER_TOKEN }}", "<redacted>"]), "short": False})
        fields.append({"title": "Owner", "value": f"<mailto:{role_email()}|{pick(['platform team', 'ops'])}>", "short": True})
    att = {"color": pick(["#36a64f", "#e01e5a", "#ecb22e"]), "fallback": "Config change", "title": pick(
        ["Config rotated", "Deploy finished", "Credential update", "New integration"]), "fields": fields,
        "footer": pick(["deploybot", "config-sync"]), "ts": base_t()}
    msg = {"type": "message", "subtype": "bot_message", "bot_id": "B0" + rs(9, UP + DI), "username": "deploybot",
           "text": pick(["Config change detected", "Deployment summary", ":gear: rotation complete"]),
           "ts": f"{base_t()}.{dgt(6)}", "attachments": [att]}
    if files:
        msg["files"] = files
    return "structured", {"ok": True, "channel": slack_chan(), "message": msg}, L


def t_slack_message_changed(pos, need):
    L = []
    t = pick([x for x in need if x in TYPED_GEN or x == "generic_secret"] or ["github_token"]) if pos else None
    if pos:
        if t == "generic_secret":
            v, _, desc, _ = generic_value()
            v2 = generic_value()[0]
        else:
            v, v2, desc = TYPED_GEN[t](), TYPED_GEN[t](), "token"
        style = R.randrange(3)
        if style == 0:
            old, new = f"{desc}: `{v}`", f"{desc}: `{v2}` (sorry, the first one was the old one)"
            L = [(t, v), (t, v2)]
        elif style == 1:
            old, new = f"{desc}: `{v}`", "[removed — DM me]"
            L = [(t, v)]
        else:
            old, new = f"here {desc}", f"here {desc}\n```\n{v}\n```"
            L = [(t, v)]
    else:
        a = pick(CHATTER)
        old, new = a + " teh", a
        if chance(0.5):
            new = new + " — " + neg("slack")
    uid, ts = slack_uid(), f"{base_t()}.{dgt(6)}"
    ev = {"type": "message", "subtype": "message_changed", "hidden": True, "channel": slack_chan(),
          "ts": f"{int(ts.split('.')[0]) + 60}.{dgt(6)}",
          "message": {"type": "message", "user": uid, "text": new, "ts": ts,
                      "edited": {"user": uid, "ts": f"{int(ts.split('.')[0]) + 60}.000000"}},
          "previous_message": {"type": "message", "user": uid, "text": old, "ts": ts}}
    return "structured", {"team_id": slack_team(), "api_app_id": "A0" + rs(9, UP + DI), "type": "event_callback",
                          "event_id": "Ev0" + rs(9, UP + DI), "event_time": base_t(), "event": ev}, L


def t_slack_search(pos, need):
    msgs, L = convo("slack", pos, need, lo=1, hi=3, negs=(1, 2))
    ws = pick(["northwind", "bluepeak-eng", "kestrel", "lumen"])
    matches = []
    for m in msgs:
        ch, t = slack_chan(), base_t()
        ts = f"{t}.{dgt(6)}"
        matches.append({"iid": uuid4(), "team": slack_team(), "channel": {"id": ch, "name": pick(["general", "eng-backend", "ops", "random", "payments"]),
                                                                           "is_private": chance(.3)},
                        "type": "message", "user": slack_uid(), "username": person().handle, "ts": ts, "text": m,
                        "permalink": f"https://{ws}.slack.com/archives/{ch}/p{ts.replace('.', '')}"})
    return "structured", {"ok": True, "query": pick(["token", "password", "from:@ana", "wifi", "key in:#ops"]),
                          "messages": {"total": len(matches), "pagination": {"page": 1, "page_count": 1},
                                       "matches": matches}}, L


def t_slack_user_profile(pos, need):
    p = person()
    L = []
    prof = {"title": pick(["Staff Engineer", "Account Executive", "Designer", "Ops Lead", "Recruiter"]),
            "real_name": p.name, "display_name": p.handle, "status_text": pick(["", "🌴 OOO", "In a meeting", "heads down"]),
            "status_emoji": pick(["", ":palm_tree:", ":calendar:"]),
            "image_72": f"https://avatars.slack-edge.com/2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}/{dgt(13)}_{rs(20, HEXL)}_72.jpg"}
    if pos:
        e = email_for(p)
        prof["email"] = e
        L.append(("email", e))
        if "phone_number" in need or chance(0.6):
            ph = phone()
            prof["phone"] = ph
            L.append(("phone_number", ph))
        else:
            prof["phone"] = ""
        if chance(0.3):
            prof["fields"] = {"Xf0" + rs(8, UP + DI): {"value": phone() if False else pick(["Berlin", "Remote", "NYC"]), "alt": ""}}
    else:
        prof["phone"] = pick(["", fictional_phone(), tollfree()])
        if chance(0.5):
            prof["email"] = role_email()
        prof["bot_id"] = "B0" + rs(9, UP + DI) if chance(0.4) else None
        if prof["bot_id"] is None:
            del prof["bot_id"]
    user = {"id": slack_uid(), "team_id": slack_team(), "name": p.handle, "deleted": False, "real_name": p.name,
            "tz": pick(["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"]), "profile": prof,
            "is_admin": chance(.2), "is_bot": False, "updated": base_t()}
    return "structured", {"ok": True, "user": user}, L


def teams_msg(html_body, p, t):
    mid = str(t * 1000 + R.randint(0, 999))
    return {"id": mid, "replyToId": None, "etag": mid, "messageType": "message", "createdDateTime": iso(t, ms=True),
            "lastModifiedDateTime": iso(t, ms=True), "deletedDateTime": None, "subject": None, "importance": "normal",
            "locale": "en-us", "webUrl": None,
            "from": {"application": None, "device": None, "user": {"@odata.type": "#microsoft.graph.teamworkUserIdentity",
                                                                   "id": uuid4(), "displayName": p.name,
                                                                   "userIdentityType": "aadUser", "tenantId": uuid4()}},
            "body": {"contentType": "html", "content": html_body}, "attachments": [], "mentions": [], "reactions": []}


def t_teams_chat(pos, need):
    msgs, L = convo("html", pos, need, lo=1, hi=4)
    t = base_t()
    people = [person() for _ in range(3)]
    chat_id = "19:" + rs(32, HEXL) + "@thread.v2"
    vals = []
    for m in msgs:
        t += R.randint(20, 600)
        o = teams_msg(f"<p>{m}</p>", pick(people), t)
        o["chatId"] = chat_id
        if "<at id=" in m:
            o["mentions"] = [{"id": 0, "mentionText": pick(people).name, "mentioned": {"user": {"id": uuid4(), "displayName": pick(people).name}}}]
        vals.append(o)
    return "structured", {"@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#chats('{chat_id.replace(':', '%3A').replace('@', '%40')}')/messages",
                          "@odata.count": len(vals), "value": vals}, L


def t_teams_channel_replies(pos, need):
    msgs, L = convo("html", pos, [x for x in need if x != "private_key"], lo=1, hi=3)
    t = base_t()
    team_id, ch_id = uuid4(), "19:" + rs(32, HEXL) + "@thread.tacv2"
    vals = []
    root = None
    for m in msgs:
        t += R.randint(30, 900)
        o = teams_msg(f"<div><div>{m}</div></div>", person(), t)
        o["channelIdentity"] = {"teamId": team_id, "channelId": ch_id}
        if root is None:
            root = o["id"]
        else:
            o["replyToId"] = root
        vals.append(o)
    doc = {"@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#teams('{team_id}')/channels('{ch_id.replace(':', '%3A').replace('@', '%40')}')/messages('{root}')/replies",
           "@odata.count": len(vals), "value": vals}
    return "raw-result", raw(jd(doc)), L


def t_teams_adaptive_card(pos, need):
    L = []
    facts = []
    p = person()
    title = pick(["New inbound lead", "Escalation", "Vendor onboarding", "Integration created"])
    if pos:
        for t in need:
            if t == "email":
                e = email_for(p)
                facts.append({"title": "Email", "value": e})
                L.append((t, e))
            elif t == "phone_number":
                ph = phone()
                facts.append({"title": "Phone", "value": ph})
                L.append((t, ph))
            elif t == "generic_secret":
                v, key, desc, _ = generic_value()
                facts.append({"title": pick(["Client secret", "Temp password", "API key"]), "value": v})
                L.append((t, v))
            elif t in TYPED_GEN and t not in ("aws_access_key_id", "aws_secret_access_key"):
                v = TYPED_GEN[t]()
                facts.append({"title": "Webhook" if t == "webhook_url" else "Token", "value": v})
                L.append((t, v))
            elif t in ("aws_access_key_id", "aws_secret_access_key"):
                a, s = aws_id(), aws_secret()
                facts += [{"title": "Access key", "value": a}, {"title": "Secret", "value": s}]
                L += [("aws_access_key_id", a), ("aws_secret_access_key", s)]
            else:
                ms, ls = secret_msgs(t, "plain")
                facts.append({"title": "Notes", "value": ms[0]})
                L += ls
    else:
        facts += [{"title": "Contact", "value": role_email()}, {"title": "Phone", "value": pick([tollfree(), fictional_phone()])},
                  {"title": "Ticket", "value": f"CS-{dgt(6)}"}, {"title": "Credential", "value": pick(["•••••• (in Key Vault)", masked_token()])}]
    facts.insert(0, {"title": "Name", "value": p.name})
    card_obj = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.4",
                "body": [{"type": "TextBlock", "text": title, "weight": "bolder", "size": "medium"},
                         {"type": "FactSet", "facts": facts}],
                "actions": [{"type": "Action.OpenUrl", "title": "Open", "url": f"https://crm.{pick(COMPANY)}/r/{rs(10)}"}]}
    o = teams_msg("<attachment id=\"" + rs(32, HEXL) + "\"></attachment>", p, base_t())
    o["from"]["user"] = None
    o["from"]["application"] = {"@odata.type": "#microsoft.graph.teamworkApplicationIdentity", "id": uuid4(),
                                "displayName": pick(["Lead Router", "Workflows", "OpsBot"]), "applicationIdentityType": "bot"}
    o["attachments"] = [{"id": o["body"]["content"][16:48], "contentType": "application/vnd.microsoft.card.adaptive",
                         "contentUrl": None, "content": jd(card_obj), "name": None, "thumbnailUrl": None}]
    return "structured", {"value": [o]}, L


def discord_obj(m, t, authors):
    a = pick(authors)
    return {"id": snowflake(), "type": 0, "content": m, "channel_id": CH_DISCORD[0], "author": a,
            "attachments": [], "embeds": [], "mentions": [], "mention_roles": [], "pinned": False,
            "mention_everyone": "@everyone" in m, "tts": False, "timestamp": iso(t, ms=True, suffix="+00:00"),
            "edited_timestamp": iso(t + 90, ms=True, suffix="+00:00") if chance(0.15) else None, "flags": 0, "components": []}


CH_DISCORD = ["0"]


def discord_author():
    p = person()
    return {"id": snowflake(), "username": p.handle.replace(".", "_"), "avatar": rs(32, HEXL), "discriminator": "0",
            "public_flags": 0, "flags": 0, "banner": None, "accent_color": None, "global_name": p.name}


def t_discord_messages(pos, need):
    CH_DISCORD[0] = snowflake()
    authors = [discord_author() for _ in range(3)]
    msgs, L = convo("discord", pos, need)
    t = base_t()
    out = []
    for m in msgs:
        t += R.randint(10, 800)
        out.append(discord_obj(m, t, authors))
    out.reverse()
    return "structured", {"channel_id": CH_DISCORD[0], "messages": out}, L


def t_discord_embed_bot(pos, need):
    L = []
    fields = [{"name": "Environment", "value": pick(["production", "staging", "dev"]), "inline": True},
              {"name": "Build", "value": f"#{dgt(4)} ({sha40()[:7]})", "inline": True}]
    if pos:
        for t in need:
            ms, ls = secret_msgs(t, "discord")
            fields.append({"name": pick(["Details", "Credentials", "Note", "Config"]), "value": ms[0], "inline": False})
            L += ls
            for extra in ms[1:]:
                fields.append({"name": "\u200b", "value": extra, "inline": False})
    else:
        fields.append({"name": "Credentials", "value": pick(["stored in Doppler", masked_token(), "`<redacted>`", "`${BOT_TOKEN}`"]), "inline": False})
        fields.append({"name": "Note", "value": neg("discord"), "inline": False})
    CH_DISCORD[0] = snowflake()
    m = discord_obj("", base_t(), [{"id": snowflake(), "username": "Deploy Hook", "avatar": None, "discriminator": "0000", "bot": True}])
    m["webhook_id"] = snowflake()
    m["embeds"] = [{"type": "rich", "title": pick(["Deploy finished", "Secret rotated", "New service account", "Nightly report"]),
                    "color": R.randint(0, 16777215), "fields": fields, "footer": {"text": f"v{ver()}"},
                    "timestamp": iso(base_t(), ms=True, suffix="+00:00")}]
    return "raw-result", raw(jd(m, indent=2)), L


def t_matrix_events(pos, need):
    msgs, L = convo("md", pos, need, lo=1, hi=4)
    srv = pick(["matrix.org", "chat.mozilla.org", "matrix." + pick(COMPANY)])
    people = [person() for _ in range(3)]
    t = base_t() * 1000
    chunk = []
    for m in msgs:
        t += R.randint(10000, 900000)
        p = pick(people)
        content = {"msgtype": "m.text", "body": m}
        if "`" in m or "[" in m or chance(0.3):
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = md_to_html(m)
        chunk.append({"type": "m.room.message", "room_id": "!" + rs(18) + ":" + srv, "sender": f"@{p.handle}:{srv}",
                      "content": content, "origin_server_ts": t, "unsigned": {"age": R.randint(100, 9000000)},
                      "event_id": "$" + rs(43, URLS)})
    chunk.reverse()
    return "structured", {"chunk": chunk, "start": "t" + dgt(3) + "-" + dgt(8) + "_0_0_0_0_0_0_0_0",
                          "end": "t" + dgt(3) + "-" + dgt(8) + "_0_0_0_0_0_0_0_0"}, L


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def t_telegram_updates(pos, need):
    L = []
    upd = []
    uid0 = R.randint(100000000, 7999999999)
    chat = {"id": uid0, "first_name": person().first.capitalize(), "type": "private"}
    msgs, L = convo("plain", pos, [t for t in need if t != "phone_number"], lo=1, hi=3, negs=(0, 2))
    contact = None
    if pos and ("phone_number" in need or chance(0.3)):
        p = person()
        ph = pick([PHONE_E164.get(phone(), None)])
        ph = ph.lstrip("+") if chance(0.5) else ph
        contact = {"phone_number": ph, "first_name": p.first.capitalize(), "last_name": p.last.capitalize(),
                   "user_id": R.randint(100000000, 7999999999)}
        L.append(("phone_number", ph))
    t = base_t()
    uid = R.randint(700000000, 799999999)
    for m in msgs:
        t += R.randint(5, 600)
        ents = []
        spans = []
        for rx, ty in ((re.compile(r"https?://\S+"), "url"), (EMAIL_RX, "email"), (re.compile(r"^/[a-z_]+"), "bot_command")):
            for mm in rx.finditer(m):
                if any(a < mm.end() and mm.start() < b for a, b in spans):
                    continue
                spans.append((mm.start(), mm.end()))
                ents.append({"offset": u16len(m[:mm.start()]), "length": u16len(mm.group(0)), "type": ty})
        msg = {"message_id": R.randint(100, 99999), "from": {"id": uid0, "is_bot": False, "first_name": chat["first_name"],
                                                            "language_code": pick(["en", "de", "pt-br", "fr"])},
               "chat": chat, "date": t, "text": m}
        if ents:
            msg["entities"] = sorted(ents, key=lambda e: e["offset"])
        upd.append({"update_id": uid, "message": msg})
        uid += 1
    if contact:
        upd.append({"update_id": uid, "message": {"message_id": R.randint(100, 99999), "from": {"id": uid0, "is_bot": False,
                                                                                               "first_name": chat["first_name"]},
                                                   "chat": chat, "date": t + 30, "contact": contact}})
    elif not pos:
        upd.append({"update_id": uid, "message": {"message_id": R.randint(100, 99999), "from": {"id": uid0, "is_bot": False,
                                                                                               "first_name": chat["first_name"]},
                                                   "chat": chat, "date": t + 30, "text": "/start", "entities": [{"offset": 0, "length": 6, "type": "bot_command"}]}})
    return "structured", {"ok": True, "result": upd}, L


def t_whatsapp_export(pos, need):
    msgs, L = convo("plain", pos, need, lo=2, hi=6)
    people = [person() for _ in range(2)]
    t = base_t()
    ios = chance(0.5)
    lines = []
    for m in msgs + ([pick(["<Media omitted>", "This message was deleted"])] if chance(.5) else []):
        t += R.randint(30, 3000)
        d = dt(t)
        who = pick(people).first.capitalize()
        if ios:
            lines.append(f"[{d.strftime('%d/%m/%Y, %H:%M:%S')}] {who}: {m}")
        else:
            lines.append(f"{d.day}/{d.month}/{d.strftime('%y')}, {d.strftime('%H:%M')} - {who}: {m}")
    head = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."
    return "text", (("[" + dt(base_t()).strftime('%d/%m/%Y, %H:%M:%S') + "] " if ios else "") + head + "\n" + "\n".join(lines)), L


def t_signal_export(pos, need):
    msgs, L = convo("plain", pos, need, lo=1, hi=4, negs=(1, 2))
    p = person()
    conv_id = uuid4()
    src_uuid = uuid4()
    e164 = None
    if pos:
        ph = phone()
        e164 = PHONE_E164[ph]
        L.append(("phone_number", e164))
    t = base_t() * 1000
    out = []
    for m in msgs:
        t += R.randint(20000, 2000000)
        inc = chance(0.6)
        o = {"conversationId": conv_id, "type": "incoming" if inc else "outgoing", "sent_at": t,
             "received_at": t + R.randint(100, 4000), "body": m, "sourceUuid": src_uuid if inc else uuid4()}
        if inc and e164:
            o["source"] = e164
        out.append(o)
    conv = {"id": conv_id, "type": "private", "name": p.name, "uuid": src_uuid, "e164": e164,
            "profileName": p.first.capitalize(), "unreadCount": R.randint(0, 5)}
    return "structured", {"version": 17, "conversations": [conv], "messages": out}, L


def t_sms_thread(pos, need):
    L = []
    t = base_t()
    msgs = []
    if pos:
        p = person()
        handle = phone()
        L.append(("phone_number", handle))
        ms, L2 = convo("plain", True, need, lo=1, hi=3, negs=(0, 1))
        L += L2
        parts = [{"name": p.name, "handle": handle}, {"name": "Me", "handle": "me"}]
        for m in ms:
            t += R.randint(20, 3000)
            msgs.append({"from": pick([handle, "me"]), "body": m, "date": iso(t), "service": pick(["SMS", "iMessage", "RCS"])})
    else:
        sender = pick(["72975", "MyBank", "AMAZON", "Verify", "262966", "DHL"])
        parts = [{"name": sender, "handle": sender}, {"name": "Me", "handle": "me"}]
        bodies = [f"Your verification code is {dgt(6)}. Don't share it with anyone.",
                  f"Card ending {dgt(4)} was charged {pick(['€', '$', '£'])}{R.randint(3, 300)}.{dgt(2)} at {pick(['TESCO', 'UBER', 'SHELL'])}.",
                  f"Your parcel {tracking()} is out for delivery.", f"Code {dgt(6)} used. If this wasn't you call {tollfree()}.",
                  f"Reminder: appointment on {dt(t + 86400).strftime('%d %b')} at {hhmm(t)}. Reply C to cancel.",
                  f"Order {order_no()} confirmed.", "STOP to opt out"]
        for _ in range(R.randint(2, 4)):
            t += R.randint(60, 90000)
            msgs.append({"from": sender, "body": pick(bodies), "date": iso(t), "service": "SMS"})
    return "structured", {"thread_id": rs(16, HEXL), "participants": parts, "messages": msgs}, L


def t_casual_dm_text(pos, need):
    msgs, L = convo("plain", pos, need, lo=2, hi=6)
    people = [person() for _ in range(2)]
    t = base_t()
    fmt = R.randrange(3)
    lines = []
    for m in msgs:
        t += R.randint(10, 400)
        who = pick(people)
        if fmt == 0:
            lines.append(f"[{hhmm(t)}] {who.handle}: {m}")
        elif fmt == 1:
            lines.append(f"{who.name}  {dt(t).strftime('%I:%M %p').lstrip('0')}\n{m}\n")
        else:
            lines.append(f"{who.first.capitalize()} ({hhmmss(t)}): {m}")
    title = pick([f"DM with {people[1].name}", f"#{pick(['ops', 'eng-backend', 'infra-private', 'random'])} — exported {dt(t).strftime('%Y-%m-%d')}", "Conversation"])
    return "text", title + "\n\n" + "\n".join(lines), L


def t_env_paste_thread(pos, need):
    people = [person() for _ in range(3)]
    t = base_t()
    lines = [f"Thread in #{pick(['deploys', 'eng-help', 'platform', 'staging'])}"]
    L = []
    msgs = [pick(["staging won't boot, anyone seen `KeyError: DATABASE_URL`?", "worker keeps crashing on start",
                  "can someone sanity check my env?", "deploy failing after the rotation"])]
    if pos:
        entries = []
        for tp in need:
            if tp in TYPED_GEN and tp not in ("aws_access_key_id", "aws_secret_access_key"):
                entries.append((tp, TYPED_GEN[tp](), pick(ENV_KEYS[tp])))
            elif tp in ("aws_access_key_id", "aws_secret_access_key"):
                entries += [("aws_access_key_id", aws_id(), "AWS_ACCESS_KEY_ID"), ("aws_secret_access_key", aws_secret(), "AWS_SECRET_ACCESS_KEY")]
        extra = "generic_secret" in need
        txt, L = env_block(entries, "md", extra_generic=extra or None)
        if "url_credentials" in need:
            url, pw, _ = url_cred()
            txt = txt.replace("\n", "\nDATABASE_URL=" + url + "\n", 1)
            L.append(("url_credentials", pw))
        if not L:
            txt, L = env_block([], "md", extra_generic=True)
        msgs.append(pick(ENV_LEADS) + "\n" + txt)
        msgs.append(pick(["you pasted prod creds in a public channel 😬 rotate pls", "looks fine, it's the region",
                          "DATABASE_URL is missing the port", "delete that msg and rotate"]))
    else:
        env = "\n".join(R.sample(BENIGN_ENV, 3) + ["AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                                                   "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                                   "STRIPE_SECRET_KEY=sk_live_" + "x" * 24,
                                                   "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
                                                   "OPENAI_API_KEY=<your-key>", "SLACK_WEBHOOK_URL=${{ secrets.SLACK_WEBHOOK }}"])
        msgs.append("this is the template from the README, values redacted:\n```env\n" + env + "\n```")
        msgs.append(neg("md"))
    for m in msgs:
        t += R.randint(30, 900)
        who = pick(people)
        lines.append(f"{who.name}  {dt(t).strftime('%I:%M %p').lstrip('0')}\n{m}")
    return "text", "\n\n".join(lines), L


def t_gchat_curl(pos, need):
    space = "spaces/AAAA" + rs(7, URLS)
    msgs, L = convo("md", pos, need, lo=1, hi=3, negs=(1, 2))
    t = base_t()
    out = []
    for m in msgs:
        t += R.randint(10, 500)
        p = person()
        out.append({"name": f"{space}/messages/{rs(11, URLS)}.{rs(11, URLS)}",
                    "sender": {"name": "users/1" + dgt(20), "displayName": p.name, "type": "HUMAN"},
                    "createTime": iso(t, ms=True), "text": m, "formattedText": m,
                    "thread": {"name": f"{space}/threads/{rs(11, URLS)}", "retentionSettings": {"state": "PERMANENT"}},
                    "space": {"name": space, "type": "ROOM", "displayName": pick(["Backend", "Incident 4821", "Integrations"])},
                    "argumentText": m})
    return "structured", {"messages": out, "nextPageToken": ""}, L


AGENTS = ["Priya", "Marco", "Sam", "Lea", "Kenji", "Noor"]


def money_lines(need, p, agent):
    """customer/agent exchange lines -> (list of (speaker, text), labels)"""
    L, lines = [], []
    for t in need:
        if t == "payment_card":
            cv = card()
            d = cv.replace(" ", "").replace("-", "")
            lines.append((p, pick([f"the card is {cv}", f"ok it's {cv} exp {R.randint(1, 12):02d}/{R.randint(26, 31)}",
                                   f"card number {cv}"])))
            lines.append((agent, f"Thanks, I see the card ending in {d[-4:]}. Please don't share the security code here."))
            L.append((t, cv))
        elif t == "iban":
            ib = iban()
            lines.append((p, pick([f"refund to my account please: {ib}", f"IBAN {ib}", f"my iban is {ib}"])))
            lines.append((agent, f"Got it — IBAN ending {ib.replace(' ', '')[-4:]}, the refund takes 3–5 working days."))
            L.append((t, ib))
        elif t == "us_ssn":
            sv = ssn()
            lines.append((p, pick([f"my SSN is {sv}", f"ssn {sv}", f"social is {sv}"])))
            lines.append((agent, f"Thank you. For your security I only need the last four (***-**-{sv[-4:]}) next time."))
            L.append((t, sv))
        elif t == "phone_number":
            ph = phone()
            lines.append((p, pick([f"call me back on {ph}", f"my number is {ph}", f"best to text {ph}"])))
            lines.append((agent, "Noted, we'll call you within the hour."))
            L.append((t, ph))
        elif t == "email":
            e = email_for(p if isinstance(p, Person) else person())
            lines.append((p, pick([f"send the receipt to {e}", f"my email is {e}", f"use {e} please"])))
            lines.append((agent, "Done, the receipt is on its way."))
            L.append((t, e))
        else:
            ms, ls = secret_msgs(t, "plain")
            for m in ms:
                lines.append((p, m))
            L += ls
    return lines, L


def clean_support_lines(p, agent):
    return [(p, f"hi, my order {order_no()} hasn't arrived"),
            (agent, f"Sorry about that! Tracking shows {tracking()} — it's with the courier."),
            (p, pick(["can you refund the card I used?", "I paid with the card ending 4421", "ok thanks"])),
            (agent, pick([f"Sure, refund issued to the card ending in {dgt(4)}.", f"You can also call us on {tollfree()}.",
                          f"For anything else write to {role_email()}."])),
            (p, pick(["the test card 4242 4242 4242 4242 didn't work on your demo page btw", "thanks!", "👍"]))]


def t_livechat_transcript(pos, need):
    p = person()
    agent = pick(AGENTS)
    site = pick(ORGS)
    t = base_t()
    L = []
    if pos:
        lines, L = money_lines(need, p.first.capitalize(), f"{agent} ({site})")
        lines.insert(0, (p.first.capitalize(), pick(["hi, I need help with a payment", "hello, refund question", "need to update my details"])))
        lines.insert(1, (f"{agent} ({site})", f"Hi {p.first.capitalize()}, happy to help! Can you confirm the order number?"))
        lines.insert(2, (p.first.capitalize(), order_no()))
        hdr_e = ""
        if chance(0.4):
            e = email_for(p)
            hdr_e = f"Visitor email: {e}\n"
            L.append(("email", e))
    else:
        lines = clean_support_lines(p.first.capitalize(), f"{agent} ({site})")
        hdr_e = ""
    out = [f"Chat transcript — {site} — {dt(t).strftime('%Y-%m-%d')}", f"Visitor: {p.name}", hdr_e.rstrip("\n")] if hdr_e else \
        [f"Chat transcript — {site} — {dt(t).strftime('%Y-%m-%d')}", f"Visitor: {p.name if pos else 'Guest ' + dgt(5)}"]
    out.append(f"Chat ID: {rs(12, UP + DI)}\n")
    for who, txt in lines:
        t += R.randint(5, 120)
        out.append(f"[{hhmmss(t)}] {who}: {txt}")
    return "text", "\n".join(out), L


def t_livechat_json(pos, need):
    p = person()
    agent = pick(AGENTS)
    L = []
    contact = {"type": "contact", "id": rs(24, HEXL), "name": p.name}
    if pos:
        lines, L = money_lines(need, "user", "admin")
        if chance(0.5):
            e = email_for(p)
            contact["email"] = e
            L.append(("email", e))
    else:
        lines = [("user" if w != f"{agent}" else "admin", x) for w, x in clean_support_lines("user", agent)]
        lines = [("admin" if i % 2 else "user", x) for i, (_, x) in enumerate(lines)]
    t = base_t()
    parts = []
    for who, txt in lines:
        t += R.randint(5, 300)
        parts.append({"type": "conversation_part", "id": dgt(11), "part_type": "comment", "body": f"<p>{txt}</p>",
                      "created_at": t, "author": {"type": who, "id": rs(24, HEXL) if who == "user" else dgt(7),
                                                  "name": p.name if who == "user" else agent}, "attachments": [],
                      "redacted": False})
    doc = {"type": "conversation", "id": dgt(12), "created_at": t - 3000, "state": pick(["open", "closed"]),
           "source": {"type": "conversation", "delivered_as": "customer_initiated", "author": {"type": "user", "id": contact["id"], "name": p.name}},
           "contacts": {"type": "contact.list", "contacts": [contact]},
           "conversation_parts": {"type": "conversation_part.list", "conversation_parts": parts, "total_count": len(parts)}}
    return "structured", doc, L


def t_support_chat_bot(pos, need):
    L = []
    slots = {"order_id": order_no(), "intent": pick(["refund", "change_address", "callback", "card_update"])}
    turns = [{"role": "bot", "text": "Hi! I'm the virtual assistant. What can I do for you?"},
             {"role": "user", "text": pick(["need a callback", "I want a refund", "update my details"])}]
    if pos:
        for t in need:
            if t == "phone_number":
                ph = phone()
                turns += [{"role": "bot", "text": "What's the best number to reach you?"}, {"role": "user", "text": ph},
                          {"role": "bot", "text": f"Thanks, we'll call ***{re.sub(r'[^0-9]', '', ph)[-3:]} shortly."}]
                slots["callback_number"] = ph
                L.append((t, ph))
            elif t == "email":
                e = email_for(person())
                turns += [{"role": "bot", "text": "And your email?"}, {"role": "user", "text": f"it's {e}"}]
                slots["email"] = e
                L.append((t, e))
            elif t == "payment_card":
                cv = card()
                turns += [{"role": "user", "text": f"new card {cv}"},
                          {"role": "bot", "text": "For your security please don't type card numbers here — use the secure form. I've hidden the message."}]
                slots["card_last4"] = cv[-4:]
                L.append((t, cv))
            elif t == "iban":
                ib = iban()
                turns += [{"role": "bot", "text": "Where should we send the refund?"}, {"role": "user", "text": ib}]
                slots["refund_iban_masked"] = ib.replace(" ", "")[:4] + "••••" + ib.replace(" ", "")[-4:]
                L.append((t, ib))
            elif t == "us_ssn":
                sv = ssn()
                turns += [{"role": "user", "text": f"do you need my ssn? it's {sv}"},
                          {"role": "bot", "text": "We never need your full SSN. I've removed it from the form."}]
                L.append((t, sv))
            else:
                ms, ls = secret_msgs(t, "plain")
                turns += [{"role": "user", "text": m} for m in ms]
                L += ls
    else:
        turns += [{"role": "bot", "text": "What's the best number to reach you?"}, {"role": "user", "text": "use the one on my account"},
                  {"role": "bot", "text": f"Sure — we'll call the number ending ***{dgt(3)}. Our line is {tollfree()} if you need us sooner."}]
        slots["callback_number"] = "on_file"
    doc = {"session_id": uuid4(), "channel": pick(["web", "whatsapp", "app"]), "locale": pick(["en-GB", "en-US", "de-DE"]),
           "turns": turns, "slots": slots, "handoff": chance(0.3)}
    return "raw-result", raw(jd(doc, indent=pick([None, 2]))), L

def spoken_lines(need, pos):
    """Lines a person says in a meeting/call. -> (list of str, labels)"""
    L, out = [], []
    if pos:
        for t in need:
            if t == "phone_number":
                ph = phone()
                out.append(pick([f"my mobile is {ph}, call if the bridge dies", f"you can reach the site manager on {ph}"]))
                L.append((t, ph))
            elif t == "email":
                e = email_for(person())
                out.append(pick([f"send the deck to {e}", f"her address is {e}, I'll add her to the invite"]))
                L.append((t, e))
            elif t == "us_ssn":
                sv = ssn()
                out.append(f"for the payroll form my social is {sv}")
                L.append((t, sv))
            elif t == "iban":
                ib = iban()
                out.append(f"the supplier's new IBAN is {ib}, can you update the vendor record")
                L.append((t, ib))
            elif t == "payment_card":
                cv = card()
                out.append(f"book it on the corporate card, {cv}, I'll approve the expense")
                L.append((t, cv))
            elif t == "generic_secret":
                v, _, desc, human = generic_value()
                out.append(pick([f"the guest wifi password is {v}", f"the temporary admin password is {v}, change it after"]) if human
                           else f"the {desc} is {v} — I'll paste it in the chat too")
                L.append((t, v))
            else:
                ms, ls = secret_msgs(t, "plain")
                out += ms
                L += ls
    out.append(pick([f"the number is four one five, five five five, zero one {pick(['four two', 'three nine'])}",
                     f"dial in with meeting ID {dgt(3)} {dgt(4)} {dgt(4)} and PIN {dgt(6)}",
                     f"ticket {pick(['INC', 'JIRA-'])}{dgt(5)} has the details", "I'll spell my email in the chat, not out loud",
                     f"the card ends in {dgt(4)}, right?", f"release {ver()} goes out Thursday"]))
    R.shuffle(out)
    return out, L


def t_meeting_transcript(pos, need):
    people = [person() for _ in range(R.randint(2, 4))]
    lines, L = spoken_lines(need, pos)
    filler = ["okay, can everyone hear me?", "let's get started", "sounds good", "any blockers?", "I'll take that action item",
              "we're a bit over time", "next item on the agenda is the vendor migration", "thanks all"]
    allm = [pick(filler)] + lines + [pick(filler) for _ in range(R.randint(1, 3))]
    t = R.randint(0, 200)
    out = [f"Transcript — {pick(['Weekly ops sync', 'Vendor call', 'Payroll check-in', 'Project Falcon kickoff'])} — {dt(base_t()).strftime('%d %B %Y')}", ""]
    style = R.randrange(2)
    for m in allm:
        t += R.randint(5, 90)
        p = pick(people)
        ts = f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"
        if style == 0:
            out.append(f"{ts} Speaker {people.index(p) + 1} ({p.first.capitalize()}): {m}")
        else:
            out.append(f"{p.name}  {ts}\n{m}")
    return "text", "\n".join(out), L


def t_call_transcript_json(pos, need):
    L = []
    caller = {"ani": "anonymous", "verified": False}
    if pos:
        ph = phone()
        caller = {"ani": ph, "verified": chance(0.5)}
        L.append(("phone_number", ph))
    lines, L2 = spoken_lines([x for x in need if x != "phone_number"], pos)
    L += L2
    agent_echo = ["thanks, I've got the last four as " + dgt(4), "can you confirm your date of birth?",
                  "I'll read that back: ending " + dgt(4), f"your reference is {order_no()}"]
    segs = []
    t = 0
    for m in ["thanks for calling, this call may be recorded"] + lines + [pick(agent_echo)]:
        d = R.randint(2000, 15000)
        segs.append({"speaker": "agent" if m in agent_echo or m.startswith("thanks for calling") else "customer",
                     "start_ms": t, "end_ms": t + d, "text": m, "confidence": round(R.uniform(0.71, 0.99), 2)})
        t += d + R.randint(100, 2000)
    doc = {"call_id": uuid4(), "channel": "phone", "queue": pick(["billing", "hr-helpdesk", "fraud", "payroll"]),
           "caller": caller, "dnis": tollfree(), "duration_ms": t, "segments": segs,
           "summary": pick(["Customer updated payment details.", "Caller requested a callback.", "Payroll details verified."])}
    return "structured", doc, L


def t_meeting_notes_md(pos, need):
    people = [person() for _ in range(R.randint(2, 4))]
    L = []
    if pos and "email" in need:
        att = []
        for p in people:
            e = email_for(p)
            att.append(f"{p.name} ({e})")
            L.append(("email", e))
    else:
        att = [p.name for p in people]
    msgs, L2 = convo("md", pos, [x for x in need if x != "email"], lo=1, hi=3, negs=(1, 2))
    L += L2
    notes = "\n".join("- " + m.replace("\n", "\n  ") if "```" not in m else m for m in msgs)
    md = (f"# {pick(['Platform', 'Payments', 'Launch', 'Onboarding'])} sync — {dt(base_t()).strftime('%Y-%m-%d')}\n\n"
          f"**Attendees:** {', '.join(att)}\n\n## Notes\n{notes}\n\n## Action items\n"
          f"- [ ] @{people[0].first} follow up on {pick(['INC', 'OPS-'])}{dgt(4)}\n- [x] {neg('md')}\n")
    return "text", md, L


def t_gcal_event(pos, need):
    L = []
    org = person()
    t = base_t()
    meet = f"{rs(3, LO)}-{rs(4, LO)}-{rs(3, LO)}"
    attendees = [{"email": f"c_188{rs(20, HEXL)}@resource.calendar.google.com", "displayName": f"Room {R.randint(1, 6)}.{R.randint(1, 20)}",
                  "resource": True, "responseStatus": "accepted"}]
    desc_parts = [pick(["Agenda in the doc.", "Quarterly planning.", "Intro call."])]
    if pos:
        oe = email_for(org, pick(COMPANY))
        organizer = {"email": oe, "displayName": org.name}
        L.append(("email", oe))
        for _ in range(R.randint(1, 3)):
            p = person()
            e = email_for(p)
            attendees.append({"email": e, "displayName": p.name, "responseStatus": pick(["needsAction", "accepted", "tentative"])})
            L.append(("email", e))
        for tp in [x for x in need if x != "email"]:
            ms, ls = secret_msgs(tp, "plain")
            desc_parts += ms
            L += ls
    else:
        organizer = {"email": pick([f"{rs(26, LO + DI)}@group.calendar.google.com", role_email()]), "displayName": pick(["Team calendar", "Events"])}
        attendees.append({"email": pick(["all-hands@", "team@", "engineering@"]) + pick(COMPANY), "responseStatus": "needsAction"})
    desc_parts.append(neg("plain"))
    fp = fictional_phone() if chance(.5) else f"+1 212-555-01{dgt(2)}"
    ev = {"kind": "calendar#event", "etag": f"\"{dgt(16)}\"", "id": rs(26, LO + DI), "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid=" + rs(44, AN), "created": iso(t - 86400 * 3, ms=True),
          "updated": iso(t - 3600, ms=True), "summary": pick(["1:1", "Vendor sync", "Offsite planning", "Interview loop", "Dentist"]),
          "description": "\n".join(desc_parts), "creator": dict(organizer), "organizer": organizer,
          "start": {"dateTime": iso(t, suffix="+02:00"), "timeZone": "Europe/Berlin"},
          "end": {"dateTime": iso(t + 1800, suffix="+02:00"), "timeZone": "Europe/Berlin"},
          "iCalUID": rs(26, LO + DI) + "@google.com", "sequence": 0, "attendees": attendees,
          "hangoutLink": f"https://meet.google.com/{meet}",
          "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                                             {"entryPointType": "phone", "uri": "tel:" + re.sub(r"[^0-9+]", "", fp), "label": fp, "pin": dgt(9), "regionCode": "US"}],
                             "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"}, "conferenceId": meet},
          "reminders": {"useDefault": True}, "eventType": "default"}
    return "structured", ev, L


def t_outlook_event(pos, need):
    L = []
    org = person()
    t = base_t()
    atts = []
    body_parts = [pick(["Hi all,", "Hello,"]), pick(["Let's review the migration plan.", "Catch-up before the board meeting."])]
    if pos:
        oe = email_for(org, pick(COMPANY))
        L.append(("email", oe))
        for _ in range(R.randint(1, 2)):
            p = person()
            e = email_for(p)
            atts.append({"type": "required", "status": {"response": "none", "time": "0001-01-01T00:00:00Z"}, "emailAddress": {"name": p.name, "address": e}})
            L.append(("email", e))
        for tp in [x for x in need if x not in ("email", "private_key")]:
            ms, ls = secret_msgs(tp, "html")
            body_parts += ms
            L += ls
    else:
        oe = role_email()
        atts.append({"type": "required", "status": {"response": "none", "time": "0001-01-01T00:00:00Z"}, "emailAddress": {"name": "Team", "address": "team@" + pick(COMPANY)}})
    body_parts.append(neg("html"))
    cid = dgt(9)
    body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" +
            "".join(f"<p>{x}</p>" for x in body_parts) +
            f"<div>Microsoft Teams meeting<br>Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rs(48, AN)}%40thread.v2/0<br>"
            f"Meeting ID: {dgt(3)} {dgt(3)} {dgt(3)} {dgt(3)}<br>Dial in by phone {fictional_phone()},,{cid}# United States<br>"
            f"Phone conference ID: {cid[:3]} {cid[3:6]} {cid[6:]}#</div></body></html>")
    ev = {"@odata.etag": f"W/\"{rs(28, AN)}==\"", "id": "AAMkA" + rs(100, AN) + "=", "createdDateTime": iso(t - 9000, ms=True),
          "subject": pick(["Migration review", "Board prep", "Quarterly planning", "Contract walkthrough"]),
          "bodyPreview": re.sub(r"<[^>]+>", " ", body_parts[1])[:120], "body": {"contentType": "html", "content": body},
          "start": {"dateTime": dt(t).strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"},
          "end": {"dateTime": dt(t + 3600).strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"},
          "location": {"displayName": pick(["Microsoft Teams Meeting", "Room 3.14", "HQ — Atlas"])},
          "attendees": atts, "organizer": {"emailAddress": {"name": org.name if pos else "Events", "address": oe}},
          "isOnlineMeeting": True, "onlineMeetingProvider": "teamsForBusiness"}
    return "raw-result", raw(jd({"value": [ev]}, indent=pick([None, 2]))), L


def t_contacts_people(pos, need):
    L = []
    conns = []
    n = R.randint(1, 3)
    for i in range(n):
        p = person()
        c = {"resourceName": "people/c" + safe_num(19), "etag": "%Eg" + rs(20, URLS),
             "names": [{"displayName": p.name, "givenName": p.first.capitalize(), "familyName": p.last.capitalize()}]}
        if pos and (i == 0 or chance(0.5)):
            e = email_for(p)
            ph = phone()
            c["emailAddresses"] = [{"value": e, "type": pick(["home", "work"])}]
            c["phoneNumbers"] = [{"value": ph, "canonicalForm": PHONE_E164[ph], "type": pick(["mobile", "work", "home"])}]
            L += [("email", e), ("phone_number", ph)]
            if PHONE_E164[ph] != ph:
                L.append(("phone_number", PHONE_E164[ph]))
            c["birthdays"] = [{"date": {"year": R.randint(1960, 2002), "month": R.randint(1, 12), "day": R.randint(1, 28)}}]
            c["addresses"] = [{"formattedValue": f"{R.randint(1, 200)} {pick(WORDS)} Street, {pick(['Leeds', 'Lyon', 'Austin', 'Porto'])}"}]
        else:
            org = pick(ORGS)
            c["names"] = [{"displayName": f"{org} {pick(['Support', 'Front desk', 'Billing'])}"}]
            c["emailAddresses"] = [{"value": role_email(), "type": "work"}]
            fp = pick([tollfree(), fictional_phone()])
            c["phoneNumbers"] = [{"value": fp, "type": "work"}]
        c["organizations"] = [{"name": pick(ORGS), "title": pick(["", "CFO", "Nurse", "Landlord", "Plumber"])}]
        conns.append(c)
    return "structured", {"connections": conns, "totalPeople": len(conns), "totalItems": len(conns),
                          "nextSyncToken": rs(40, URLS)}, L


def t_address_book_search(pos, need):
    L = []
    q = person().first
    rows = []
    for i in range(R.randint(1, 3)):
        p = person()
        if pos and (i == 0 or chance(0.4)):
            e, ph = email_for(p), phone()
            rows.append(f"{i + 1}. {p.name} — {e} — {ph}\n   Company: {pick(ORGS)} · Birthday: {R.randint(1, 28)} {pick(['Mar', 'Jul', 'Oct'])} · Note: {pick(['met at KubeCon', 'landlord', 'kid’s teacher', 'accountant'])}")
            L += [("email", e), ("phone_number", ph)]
        else:
            rows.append(f"{i + 1}. {pick(ORGS)} {pick(['Support', 'Reception'])} — {role_email()} — {pick([tollfree(), fictional_phone()])}")
    return "text", f"Found {len(rows)} contact(s) matching “{q}”:\n\n" + "\n".join(rows), L


def t_apple_notes(pos, need):
    title = pick(["House stuff", "Travel 2024", "Work misc", "Parents' admin", "Setup notes"])
    L = []
    lines = []
    if pos:
        for t in need:
            ms, ls = secret_msgs(t, "plain")
            if t == "generic_secret" and chance(0.5):
                v, _, _, _ = generic_value()
                ms, ls = [f"Wi-Fi: {pick(WORDS)}Net\nPassword: {v}"], [("generic_secret", v)]
            lines += ms
            L += ls
    lines += [pick([f"Passport renewal — expires {dt(base_t()).strftime('%d.%m.%Y')}", f"Boiler serial {rs(10, UP + DI)}",
                    f"Parcel {tracking()}", f"Bin day: {pick(['Tue', 'Thu'])}", neg("plain")]) for _ in range(R.randint(1, 3))]
    R.shuffle(lines)
    t = base_t()
    return "text", f"{title}\nCreated {dt(t).strftime('%d %B %Y at %H:%M')} · Modified {dt(t + 86400 * 30).strftime('%d %B %Y')}\nFolder: Notes\n\n" + "\n\n".join(lines), L


def notion_rt(txt):
    return [{"type": "text", "text": {"content": txt, "link": None},
             "annotations": {"bold": False, "italic": False, "strikethrough": False, "underline": False, "code": False, "color": "default"},
             "plain_text": txt, "href": None}]


def t_notion_blocks(pos, need):
    msgs, L = convo("plain", pos, need, lo=1, hi=3, negs=(1, 2))
    res = []
    for m in msgs:
        for kind, txt in split_fences(m):
            bid = uuid4()
            base = {"object": "block", "id": bid, "parent": {"type": "page_id", "page_id": uuid4()},
                    "created_time": iso(base_t())[:-4] + "00.000Z", "has_children": False, "archived": False}
            if kind == "code":
                base.update({"type": "code", "code": {"caption": [], "rich_text": notion_rt(txt), "language": pick(["bash", "plain text", "shell", "json"])}})
            else:
                ty = pick(["paragraph", "bulleted_list_item", "to_do", "callout"])
                inner = {"rich_text": notion_rt(txt), "color": "default"}
                if ty == "to_do":
                    inner["checked"] = chance(.5)
                if ty == "callout":
                    inner["icon"] = {"type": "emoji", "emoji": pick(["🔑", "💡", "⚠️"])}
                base.update({"type": ty, ty: inner})
            res.append(base)
    return "structured", {"object": "list", "results": res, "next_cursor": None, "has_more": False, "type": "block", "block": {}}, L


def t_onenote_page(pos, need):
    msgs, L = convo("html", pos, need, lo=1, hi=3, negs=(1, 2))
    t = base_t()
    body = "".join(f"<p>{m}</p>" if not m.startswith("<pre>") and "<pre>" not in m else f"<div>{m}</div>" for m in msgs)
    html_doc = (f"<html lang=\"en-US\"><head><title>{pick(['IT handover', 'Vendor contacts', 'Home admin', 'Runbook — printer'])}</title>"
                f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /><meta name=\"created\" content=\"{iso(t, suffix='.0000000')}\" /></head>"
                f"<body data-absolute-enabled=\"true\" style=\"font-family:Calibri;font-size:11pt\">"
                f"<div id=\"div:{{{uuid4()}}}{{{R.randint(1, 99)}}}\" data-id=\"_default\" style=\"position:absolute;left:48px;top:120px;width:624px\">"
                f"{body}</div></body></html>")
    return "raw-result", raw(html_doc), L


def quoted(txt):
    return "\n".join("> " + x for x in txt.split("\n"))


def t_mail_json(pos, need):
    me, other = person(), person()
    L = []
    t = base_t()
    dom = pick(COMPANY)
    mid = f"<{rs(24, AN)}.{dgt(10)}@mail.{dom}>"
    if pos:
        fe, te = email_for(other), email_for(me)
        frm = {"name": other.name, "address": fe}
        to = [{"name": me.name, "address": te}]
        L += [("email", fe), ("email", te)]
        cc = [{"name": "Accounts", "address": role_email(dom)}]
        if chance(0.5):
            p3 = person()
            e3 = email_for(p3)
            cc.append({"name": p3.name, "address": e3})
            L.append(("email", e3))
        body_lines = [f"Hi {me.first.capitalize()},", ""]
        for tp in [x for x in need if x != "email"]:
            ms, ls = secret_msgs(tp, "plain")
            body_lines += ms
            L += ls
        if chance(0.5):
            ph = phone()
            sig = f"\n--\n{other.name}\n{pick(ORGS)}\nm: {ph}"
            L.append(("phone_number", ph))
        else:
            sig = f"\n--\n{other.name}\n{pick(ORGS)}"
        q = f"\n\nOn {dt(t - 7200).strftime('%a, %d %b %Y at %H:%M')}, {me.name} <{te}> wrote:\n" + quoted(
            pick(["Could you send me the details when you get a chance?", "Any update on this?", "Thanks — what do I need for the setup?"]))
    else:
        frm = {"name": f"{pick(ORGS)} Billing", "address": pick(["billing@", "noreply@", "notifications@"]) + dom}
        to = [{"name": "Finance", "address": "finance@" + pick(COMPANY)}]
        cc = []
        body_lines = ["Hello,", "", f"Your invoice INV-{dgt(6)} is available.", neg("plain"),
                      f"Questions? Call {tollfree()} or reply to {role_email(dom)}."]
        sig = "\n--\nThis is an automated message."
        q = f"\n\nOn {dt(t - 7200).strftime('%a, %d %b %Y at %H:%M')}, Finance <finance@{dom}> wrote:\n" + quoted("Please resend the March invoice.")
    doc = {"id": rs(16, HEXL), "threadId": rs(16, HEXL), "labelIds": ["INBOX", pick(["UNREAD", "IMPORTANT", "CATEGORY_UPDATES"])],
           "headers": {"Message-ID": mid, "In-Reply-To": f"<{rs(20, AN)}@mail.{dom}>", "Subject": pick(["Re: setup details", "Re: invoice", "Re: onboarding", "Re: your request"]),
                       "Date": dt(t).strftime("%a, %d %b %Y %H:%M:%S +0000"), "X-Mailer": pick(["Apple Mail (2.3774)", "Microsoft Outlook 16.0"])},
           "from": frm, "to": to, "cc": cc, "date": iso(t),
           "body": {"text": "\n".join(body_lines) + sig + q, "html": None}, "attachments": [] if chance(.7) else
           [{"filename": pick(["invoice.pdf", "scan.jpg"]), "mimeType": "application/pdf", "size": R.randint(2000, 900000)}]}
    return "structured", doc, L


def t_mail_thread_list(pos, need):
    L = []
    items = []
    for i in range(R.randint(2, 4)):
        p = person()
        t = base_t()
        if pos and (i == 0 or chance(0.4)):
            e = email_for(p)
            snip = pick(["thanks for yesterday, attaching the notes", "can we move our call?", "see below", "here are the details"])
            L.append(("email", e))
            if i == 0 and [x for x in need if x not in ("email", "private_key")]:
                tp = pick([x for x in need if x not in ("email", "private_key")])
                ms, ls = secret_msgs(tp, "plain")
                snip = ms[0].replace("\n", " ")[:1200]
                L += [(a, b) for a, b in ls if b in snip]
            items.append({"id": rs(16, HEXL), "from": f"{p.name} <{e}>", "subject": pick(["Quick question", "Re: dinner", "Fwd: contract", "Details"]),
                          "snippet": snip, "date": iso(t), "unread": chance(.5)})
        else:
            items.append({"id": rs(16, HEXL), "from": f"{pick(ORGS)} <{role_email()}>", "subject": pick(["Your receipt", "Security alert", "Weekly digest"]),
                          "snippet": neg("plain")[:200], "date": iso(t), "unread": chance(.5)})
    return "raw-result", raw(jd({"messages": items, "resultSizeEstimate": len(items)}, indent=pick([None, 2]))), L


def t_voicemail(pos, need):
    L = []
    p = person()
    if pos:
        ph, me = phone(), phone()
        frm = {"number": ph, "name": pick([p.name, None])}
        L += [("phone_number", ph), ("phone_number", me)]
        extra = ""
        if "email" in need:
            e = email_for(p)
            extra = f" or email me at {e}"
            L.append(("email", e))
        tx = pick([f"Hi, it's {p.first.capitalize()} from {pick(ORGS)}, about the quote. Call me back on {ph}{extra}. Thanks.",
                   f"Hey it's {p.first.capitalize()}, my phone died so I'm on a new number, {ph}{extra}. Talk soon.",
                   f"Hello, this is {p.first.capitalize()}, please call back{extra}, bye."])
        if ph not in tx:
            pass
    else:
        me = fictional_phone()
        frm = {"number": pick([tollfree(), "Unknown", "Private", fictional_phone()]), "name": None}
        tx = pick([f"This is an automated message from {pick(ORGS)} about your order {order_no()}. Please call {tollfree()}.",
                   f"Hi, this is the dental office confirming your appointment on {dt(base_t()).strftime('%A')} at {R.randint(8, 17)}:30. Call us back at {fictional_phone()}.",
                   f"Your verification code is {' '.join(dgt(6))}. Again, {dgt(6)}."])
    doc = {"voicemails": [{"id": uuid4(), "from": frm, "to": me, "received_at": iso(base_t()), "duration_sec": R.randint(8, 95),
                           "transcription": {"text": tx, "confidence": round(R.uniform(0.6, 0.97), 2), "language": "en-US"},
                           "audio_url": f"https://voice.{pick(COMPANY)}/vm/{uuid4()}.mp3", "heard": chance(.3)}]}
    return "structured", doc, L


def t_asana_task(pos, need):
    msgs, L = convo("plain", pos, need, lo=1, hi=3, negs=(1, 2))
    t = base_t()
    gid = "120" + dgt(13)
    stories = []
    for m in msgs[1:]:
        t += R.randint(100, 40000)
        stories.append({"gid": "120" + dgt(13), "created_at": iso(t, ms=True), "created_by": {"gid": "120" + dgt(13), "name": person().name},
                        "type": "comment", "resource_subtype": "comment_added", "text": m})
    doc = {"data": {"gid": gid, "name": pick(["Set up vendor SFTP", "Rotate shared creds", "Onboard new contractor", "Renew domain", "Move office wifi"]),
                    "notes": msgs[0], "assignee": {"gid": "120" + dgt(13), "name": person().name}, "completed": chance(.3),
                    "due_on": dt(t + 86400 * 7).strftime("%Y-%m-%d"), "permalink_url": f"https://app.asana.com/0/{'120' + dgt(13)}/{gid}",
                    "tags": [{"name": pick(["ops", "finance", "it"])}]}, "stories": stories}
    return "structured", doc, L


def t_trello_card(pos, need):
    msgs, L = convo("md", pos, need, lo=1, hi=3, negs=(1, 2))
    acts = []
    t = base_t()
    for m in msgs[1:]:
        t += R.randint(100, 50000)
        p = person()
        acts.append({"id": rs(24, HEXL), "type": "commentCard", "date": iso(t, ms=True), "data": {"text": m, "card": {"idShort": R.randint(1, 400)}},
                     "memberCreator": {"id": rs(24, HEXL), "fullName": p.name, "username": p.handle.replace(".", "") + dgt(2)}})
    doc = {"id": rs(24, HEXL), "name": pick(["Office move", "Client X onboarding", "Q3 campaign", "Laptop refresh"]), "desc": msgs[0],
           "idShort": R.randint(1, 400), "shortUrl": "https://trello.com/c/" + rs(8), "labels": [{"color": pick(["red", "green", "blue"]), "name": pick(["urgent", "ops", "waiting"])}],
           "actions": acts, "checklists": [{"name": "Steps", "checkItems": [{"name": pick(["order badges", "create accounts", "ship laptop"]), "state": pick(["complete", "incomplete"])}]}]}
    return "structured", doc, L


def t_zoom_chat(pos, need):
    msgs, L = convo("plain", pos, need, lo=2, hi=5)
    people = [person() for _ in range(3)]
    t = R.randint(30000, 60000)
    out = []
    for m in msgs:
        t += R.randint(10, 300)
        a = pick(people)
        to = pick(["Everyone", pick([x for x in people if x is not a]).name + " (Direct Message)"])
        out.append(f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d} From {a.name} to {to}:\n{m}")
    return "text", "\n".join(out), L


def t_assistant_digest(pos, need):
    me = person()
    t = base_t()
    msgs, L = convo("plain", pos, need, lo=1, hi=2, negs=(1, 2))
    unread = []
    for m in msgs:
        src = pick([f"{person().name} in #{pick(['ops', 'general', 'payments'])}", f"{person().name} (DM)", f"{person().name} via WhatsApp"])
        unread.append(f"• {src}:\n  “{m}”" if "\n" not in m else f"• {src}:\n{m}")
    cal = [f"• {hhmm(t + i * 3600)} {pick(['Standup', '1:1 with ' + person().first.capitalize(), 'Dentist', 'Vendor call'])}" for i in range(R.randint(1, 3))]
    rem = [f"• {pick(['Renew car insurance', 'Submit expenses', 'Water plants', 'Book flights'])}", f"• {neg('plain')}"]
    txt = (f"Good morning {me.first.capitalize()}! Here's your briefing for {dt(t).strftime('%A %d %B')}.\n\n"
           f"📅 Calendar\n" + "\n".join(cal) + f"\n\n📨 Unread ({len(unread)})\n" + "\n".join(unread) +
           "\n\n✅ Reminders\n" + "\n".join(rem) + "\n")
    return "text", txt, L


def t_mattermost_posts(pos, need):
    msgs, L = convo("md", pos, need)
    t = base_t() * 1000
    order, posts = [], {}
    ch, users = rs(26, LO + DI), [rs(26, LO + DI) for _ in range(3)]
    for m in msgs:
        t += R.randint(10000, 900000)
        pid = rs(26, LO + DI)
        order.insert(0, pid)
        posts[pid] = {"id": pid, "create_at": t, "update_at": t, "edit_at": 0, "delete_at": 0, "is_pinned": False, "user_id": pick(users),
                      "channel_id": ch, "root_id": "", "original_id": "", "message": m, "type": "", "props": {}, "hashtags": "",
                      "pending_post_id": "", "reply_count": 0, "metadata": {}}
    return "structured", {"order": order, "posts": posts, "next_post_id": "", "prev_post_id": "", "has_next": False}, L


def t_security_bot(pos, need):
    L = []
    uid, ch = slack_uid(), slack_chan()
    tp = pick([x for x in need if x in TYPED_GEN] or ["github_token"]) if pos else pick(list(TYPED_GEN))
    names = {"github_token": "GitHub token", "gitlab_token": "GitLab token", "slack_token": "Slack token", "stripe_key": "Stripe key",
             "openai_api_key": "OpenAI key", "anthropic_api_key": "Anthropic key", "google_api_key": "Google API key", "jwt": "JWT",
             "webhook_url": "webhook URL", "aws_access_key_id": "AWS key", "aws_secret_access_key": "AWS secret"}
    masked = pick([f"`{masked_token()}`", "`[redacted]`", "(value hidden)"])
    text = f":rotating_light: Possible {names[tp]} posted by <@{uid}> in <#{ch}|{pick(['eng-backend', 'random', 'ops'])}>: {masked} — it has been {pick(['revoked', 'reported to the provider', 'flagged'])}."
    atts = []
    if pos:
        ms, ls = secret_msgs(tp, "slack")
        atts.append({"title": "Original message", "text": "\n".join(ms), "footer": f"posted {dt(base_t()).strftime('%H:%M')}",
                     "mrkdwn_in": ["text"]})
        L += ls
        for extra in [x for x in need if x != tp and x not in ("aws_access_key_id", "aws_secret_access_key")][:1]:
            ms, ls = secret_msgs(extra, "slack")
            atts.append({"title": "Also in thread", "text": "\n".join(ms)})
            L += ls
    else:
        atts.append({"title": "What to do", "text": f"Rotate the credential and store it in the vault. Docs: <https://wiki.{pick(COMPANY)}/security/secrets|secret handling>. {neg('slack')}"})
    return "structured", {"ok": True, "channel": ch, "message": {"type": "message", "subtype": "bot_message", "bot_id": "B0" + rs(9, UP + DI),
                                                                   "username": "secret-scanner", "text": text, "ts": f"{base_t()}.{dgt(6)}",
                                                                   "attachments": atts}}, L


FORMAT_TALK = [
    "GitHub classic tokens are ghp_ + 36 chars; fine-grained are github_pat_ + 82 chars",
    "Slack bot tokens start xoxb-, user tokens xoxp-, app-level xapp-",
    "GitLab PATs begin with glpat- and are 20 chars after the prefix (newer ones are longer)",
    "Stripe: sk_live_ for secret, pk_live_ for publishable, rk_live_ for restricted",
    "an AWS secret key is 40 chars of base64-ish, the id is AKIA + 16",
    "Google API keys are AIza + 35 chars",
    "a JWT is three base64url parts separated by dots, header usually starts eyJ",
    "IBAN check digits are mod 97 — DE89 3704 0044 0532 0130 00 is the textbook example",
    "don't paste keys here, use `op://Engineering/stripe/credential` references",
    "the regex we use is `sk-(proj-)?[A-Za-z0-9_-]{20,}`",
    "masked it shows as sk-…{last4} in the dashboard",
    "test cards like 4242 4242 4242 4242 never hit the real network",
    "AKIAIOSFODNN7EXAMPLE is AWS's doc example, it's fine",
    "our Slack webhooks look like https://hooks.slack.com/services/T…/B…/…, the last part is the secret",
    "use `${{ secrets.GITLAB_TOKEN }}` in CI",
]


def t_format_discussion(pos, need):
    people = [person() for _ in range(3)]
    lines = [pick(FORMAT_TALK) for _ in range(R.randint(3, 5))]
    L = []
    if pos:
        for tp in need:
            ms, ls = secret_msgs(tp, "md")
            lines.insert(R.randint(1, len(lines)), pick(["like this one from my test app:", "e.g. the one I'm using right now:", "here's a real one, I'll revoke it later:"]) + "\n" + ms[0])
            lines += ms[1:]
            L += ls
    else:
        lines.append(f"e.g. {masked_token()} — that's how the dashboard masks it")
        lines.append(neg("md"))
    t = base_t()
    out = []
    for m in lines:
        t += R.randint(20, 400)
        out.append(f"**{pick(people).first.capitalize()}** · {hhmm(t)}\n{m}")
    return "text", f"# #{pick(['security-questions', 'eng-help', 'til'])}\n\n" + "\n\n".join(out), L


def t_reminders(pos, need):
    L = []
    items = [{"title": pick(["Renew passport", "Dentist 09:30", "Water plants", "Book flights"]), "notes": neg("plain"),
              "due": iso(base_t()), "completed": chance(.3), "priority": R.randint(0, 3)}]
    if pos:
        for tp in need:
            if tp == "phone_number":
                ph = phone()
                items.append({"title": pick([f"Call {person().first.capitalize()} back", "Call the plumber", "Call Dr. office"]), "notes": ph, "due": iso(base_t()), "completed": False})
                L.append((tp, ph))
            elif tp == "iban":
                ib = iban()
                items.append({"title": "Pay rent", "notes": f"IBAN {ib} — ref {order_no()}", "due": iso(base_t()), "completed": False})
                L.append((tp, ib))
            elif tp == "generic_secret":
                v = generic_value()[0]
                items.append({"title": pick(["Netflix login for mum", "Router admin", "Alarm app"]), "notes": f"pw: {v}", "due": None, "completed": False})
                L.append((tp, v))
            else:
                ms, ls = secret_msgs(tp, "plain")
                items.append({"title": pick(["Send details", "Follow up", "Forward to accountant"]), "notes": ms[0], "due": iso(base_t()), "completed": False})
                L += ls
    else:
        items.append({"title": "Call the bank", "notes": f"hotline {tollfree()}, ref {order_no()}", "due": iso(base_t()), "completed": False})
        items.append({"title": "Pay invoice", "notes": f"card ending {dgt(4)} · invoice INV-{dgt(5)}", "due": None, "completed": True})
    R.shuffle(items)
    return "structured", {"lists": [{"name": pick(["Personal", "Reminders", "Family"]), "reminders": items}]}, L


def t_call_log(pos, need):
    L = []
    calls = []
    for i in range(R.randint(3, 6)):
        t = base_t()
        if pos and (i == 0 or chance(0.3)):
            ph = phone()
            calls.append({"number": ph, "contact": pick([person().name, None]), "direction": pick(["incoming", "outgoing"]),
                          "status": pick(["answered", "missed", "declined"]), "duration_sec": R.randint(0, 1800), "started_at": iso(t)})
            L.append(("phone_number", ph))
        else:
            calls.append({"number": pick([tollfree(), fictional_phone(), "Private number", "*611", "Voicemail"]), "contact": pick([None, pick(ORGS) + " Support"]),
                          "direction": pick(["incoming", "outgoing"]), "status": pick(["answered", "missed"]), "duration_sec": R.randint(0, 900), "started_at": iso(t)})
    calls.sort(key=lambda c: c["started_at"], reverse=True)
    return "structured", {"device": pick(["iPhone", "Pixel 8", "Galaxy S23"]), "calls": calls}, L

# ---------------------------------------------------------------- registry
NOPK = [t for t in CHAT_POOL if t != "private_key"]
TEMPLATES = [
    ("slack_history", t_slack_history, CHAT_POOL),
    ("slack_thread_replies", t_slack_thread_replies, SER_POOL),
    ("slack_rich_blocks", t_slack_rich_blocks, CHAT_POOL),
    ("slack_bot_attachments", t_slack_bot_attachments, ["webhook_url", "aws_access_key_id", "generic_secret", "url_credentials", "jwt", "stripe_key", "slack_token", "openai_api_key", "email"]),
    ("slack_message_changed", t_slack_message_changed, [t for t in TYPED_GEN if not t.startswith("aws")] + ["generic_secret"]),
    ("slack_search_messages", t_slack_search, CHAT_POOL),
    ("slack_user_profile", t_slack_user_profile, ["email", "phone_number"]),
    ("teams_chat_messages", t_teams_chat, CHAT_POOL),
    ("teams_channel_replies", t_teams_channel_replies, SER_POOL),
    ("teams_adaptive_card", t_teams_adaptive_card, ["email", "phone_number", "generic_secret", "webhook_url", "google_api_key", "aws_access_key_id", "jwt"]),
    ("discord_messages", t_discord_messages, CHAT_POOL),
    ("discord_webhook_embed", t_discord_embed_bot, SER_POOL),
    ("matrix_room_events", t_matrix_events, CHAT_POOL),
    ("telegram_updates", t_telegram_updates, ["phone_number", "email", "generic_secret", "github_token", "openai_api_key", "jwt", "url_credentials", "iban"]),
    ("whatsapp_export", t_whatsapp_export, ["phone_number", "email", "iban", "payment_card", "us_ssn", "generic_secret", "url_credentials"]),
    ("signal_export", t_signal_export, ["generic_secret", "iban", "email", "us_ssn", "payment_card", "private_key"]),
    ("sms_thread", t_sms_thread, ["us_ssn", "iban", "generic_secret", "email", "payment_card"]),
    ("casual_dm_text", t_casual_dm_text, CHAT_POOL + ["payment_card", "iban"]),
    ("env_paste_thread", t_env_paste_thread, ["aws_access_key_id", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "slack_token", "github_token", "gitlab_token", "webhook_url", "url_credentials", "generic_secret", "jwt"]),
    ("gchat_curl_paste", t_gchat_curl, sorted(CURLABLE) + ["generic_secret"]),
    ("livechat_transcript", t_livechat_transcript, MONEY_POOL),
    ("livechat_conversation_json", t_livechat_json, MONEY_POOL),
    ("support_chatbot_session", t_support_chat_bot, MONEY_POOL),
    ("meeting_transcript", t_meeting_transcript, ["phone_number", "email", "iban", "generic_secret", "payment_card", "us_ssn"]),
    ("call_transcript_json", t_call_transcript_json, ["us_ssn", "payment_card", "iban", "email", "generic_secret"]),
    ("meeting_notes_md", t_meeting_notes_md, ["email", "phone_number", "generic_secret", "url_credentials", "webhook_url", "github_token", "private_key"]),
    ("gcal_event", t_gcal_event, ["email", "phone_number", "generic_secret", "url_credentials"]),
    ("outlook_event", t_outlook_event, ["email", "phone_number", "generic_secret"]),
    ("contacts_people_api", t_contacts_people, ["email", "phone_number"]),
    ("address_book_search", t_address_book_search, ["email", "phone_number"]),
    ("apple_notes_export", t_apple_notes, ["generic_secret", "iban", "payment_card", "us_ssn", "url_credentials", "phone_number", "private_key", "aws_access_key_id"]),
    ("notion_blocks", t_notion_blocks, CHAT_POOL),
    ("onenote_page_html", t_onenote_page, CHAT_POOL + ["iban"]),
    ("mail_message_json", t_mail_json, ["email", "phone_number", "generic_secret", "iban", "url_credentials", "jwt", "github_token", "payment_card", "us_ssn", "private_key"]),
    ("mail_thread_list", t_mail_thread_list, ["email", "phone_number", "generic_secret", "iban", "openai_api_key", "anthropic_api_key"]),
    ("voicemail_transcription", t_voicemail, ["phone_number", "email"]),
    ("asana_task", t_asana_task, CHAT_POOL),
    ("trello_card", t_trello_card, CHAT_POOL),
    ("zoom_chat_log", t_zoom_chat, CHAT_POOL),
    ("assistant_daily_digest", t_assistant_digest, NOPK),
    ("mattermost_posts", t_mattermost_posts, CHAT_POOL),
    ("security_bot_notice", t_security_bot, [t for t in TYPED_GEN] + ["generic_secret"]),
    ("format_discussion_chat", t_format_discussion, [t for t in TYPED_GEN]),
    ("reminders_list", t_reminders, ["phone_number", "iban", "generic_secret", "email"]),
    ("phone_call_log", t_call_log, ["phone_number"]),
]
COUNTS = {t: 0 for t in TYPES}


def choose_need(pool):
    pool = list(dict.fromkeys(pool))
    R.shuffle(pool)
    pool.sort(key=lambda t: COUNTS[t])
    k = pick([1, 1, 2, 2, 2, 3])
    return pool[:min(k, len(pool))]


# ---------------------------------------------------------------- finalize
def accept_forms(t, v, S):
    acc = []

    def add(x):
        if x != v and x not in acc and any(x in s for s in S):
            acc.append(x)
    esc = re.escape(v)
    if t in TYPED_GEN or t == "jwt":
        add("Bearer " + v)
    if t == "email":
        add("mailto:" + v)
    if t == "phone_number":
        if v.startswith("+"):
            add(v[1:])
            m = re.match(r"\+(\d{1,3})[ .\-]", v)
            if m:
                add(v[m.end():])
        add("tel:" + v)
    if t == "payment_card":
        add(re.sub(r"[ \-]", "", v))
    if t == "iban":
        add(v.replace(" ", ""))
    if t in ("url_credentials", "github_token", "gitlab_token"):
        for s in S:
            for m in re.finditer(r"[A-Za-z][A-Za-z0-9+.\-]*://([^\s:/@<>|\"'`]*):" + esc + r"@[^\s\"'<>|`)\]]*", s):
                user = m.group(1)
                add(f"{user}:{v}")
                if t == "url_credentials":
                    add(f"{user}:{v}@")
                add(m.group(0))
    if t in ("generic_secret", "aws_access_key_id", "aws_secret_access_key"):
        for s in S:
            for m in re.finditer(r"(?<![A-Za-z0-9_.\-])([A-Za-z_][A-Za-z0-9_.\-]{0,40})([ \t]*[:=][ \t]*)([\"']?)" + esc, s):
                form = m.group(0)
                q = m.group(3)
                if q and s[m.end():m.end() + 1] == q:
                    form += q
                add(form)
    return acc


def finalize(doc, labs):
    S = [s for _, s in walk_strings(doc)]
    seen, out = set(), []
    for t, v in labs:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        out.append({"type": t, "value": v, "accept": accept_forms(t, v, S)})
    return out


def build(name, fn, pool, pos):
    for attempt in range(60):
        need = choose_need(pool) if pos else []
        wrap, doc, labs = fn(pos, need)
        labels = finalize(doc, labs)
        rec = {"template": name, "wrap": wrap, "doc": doc, "labels": labels}
        S = [s for _, s in walk_strings(doc)]
        if any(not any(l["value"] in s for s in S) for l in labels):
            continue
        if pos != bool(labels):
            continue
        if unlabelled_values(rec):
            continue
        return rec
    raise RuntimeError(f"could not build a valid record for {name} pos={pos}")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v12.jsonl")
    nt = len(TEMPLATES)
    per = [N_RECORDS // nt + (1 if i < N_RECORDS % nt else 0) for i in range(nt)]
    cleans = [round(p * N_CLEAN / N_RECORDS) for p in per]
    diff = N_CLEAN - sum(cleans)
    i = 0
    while diff != 0:
        cleans[i % nt] += 1 if diff > 0 else -1
        diff += -1 if diff > 0 else 1
        i += 1
    plan = []
    for (name, fn, pool), n, c in zip(TEMPLATES, per, cleans):
        flags = [False] * c + [True] * (n - c)
        R.shuffle(flags)
        plan += [(name, fn, pool, f) for f in flags]
    R.shuffle(plan)
    recs = []
    for name, fn, pool, pos in plan:
        rec = build(name, fn, pool, pos)
        for l in rec["labels"]:
            COUNTS[l["type"]] += 1
        recs.append(rec)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for i, rec in enumerate(recs, 1):
            o = {"id": f"v12-{i}", "template": rec["template"], "split": "holdout-v12", "wrap": rec["wrap"],
                 "doc": rec["doc"], "labels": rec["labels"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records, {sum(1 for r in recs if not r['labels'])} clean, "
          f"{sum(len(r['labels']) for r in recs)} labels -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
