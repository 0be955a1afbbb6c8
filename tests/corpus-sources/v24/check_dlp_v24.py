#!/usr/bin/env python3
"""Stand-alone checker for dlp_v24.jsonl (no detector, no project code).

Checks record format, verbatim values and accept forms, per-type value rules
(Luhn + brand prefix for cards, mod-97 + country length for IBANs, SSN issuance
rules, non-role e-mail, token prefixes/shapes, PEM blocks, URL userinfo), the
counts the brief asks for, and a cross-check scan over every document for
values that should have been labelled but were not (Luhn-valid non-test card
numbers, mod-97 IBANs, issuance-valid SSNs, non-role e-mails, token-prefixed
strings, webhook URLs, private-key blocks).  The generator runs the same scan
and regenerates any document it flags; here any hit is an error.
Exit status 0 = all good.
"""
import base64, json, os, re, sys
from collections import Counter, defaultdict

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v24.jsonl")

import string
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

ROLE_LOCALS = ["support", "service", "parts", "fi", "registrations", "welfare", "office", "giving",
               "pastoral", "reception", "appointments", "sales", "info", "billing", "noreply",
               "no-reply", "hr", "careers", "noc", "team", "alerts", "accounts", "bookings",
               "enquiries", "treasurer", "membership", "fixtures", "tickets", "warranty", "fleet",
               "admin", "secretary", "lab", "pharmacy", "claims", "safeguarding", "events",
               "newsletter", "contact", "hello", "privacy", "referees", "bodyshop", "kit"]

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

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


TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
SHAPES = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
    "gitlab_token": r"gl(?:pat|dt|rt|ptt|ft|oas|soat)-[A-Za-z0-9_-]{20,64}",
    "slack_token": r"(?:xox[bp]-[0-9]{10,13}-[0-9A-Za-z-]{10,}|xapp-1-A[A-Z0-9]{10}-[0-9]{13}-[a-f0-9]{64}|xoxe\.xoxp-1-[A-Za-z0-9]{100,})",
    "stripe_key": r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "private_key": r"-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]+\n)+-----END \1PRIVATE KEY-----",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|discord\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{60,}|[a-z0-9]+\.webhook\.office\.com/webhookb2/\S+)",
    "us_ssn": r"\d{3}[- ]\d{2}[- ]\d{4}",
}
FICTIONAL_PHONE = [r"555-01\d\d", r"07700 ?900\d{3}", r"020 ?7946 ?0\d{3}", r"0491 ?570 ?\d{3}", r"^(?:1-)?8(?:00|88|77|66)[- ]", r"^\(8(?:00|88)\)", r"^0800 ", r"^1[38]00 "]

def b64json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))

def main():
    errs = []
    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errs.append("line %d: bad json %s" % (ln, e))
    ids = set()
    per_t = defaultdict(lambda: [0, 0]); per_type = Counter()
    for rec in recs:
        rid = rec.get("id")
        if set(rec) != {"id", "template", "split", "wrap", "doc", "labels"}: errs.append("%s: keys %s" % (rid, sorted(rec)))
        if rid in ids: errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        if rec.get("split") != "holdout-v24": errs.append("%s: split" % rid)
        w, doc = rec.get("wrap"), rec.get("doc")
        if w == "text" and not isinstance(doc, str): errs.append("%s: text doc not str" % rid)
        if w == "structured" and not isinstance(doc, dict): errs.append("%s: structured doc not dict" % rid)
        if w == "raw-result":
            ok = isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False and \
                 all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"])
            if not ok: errs.append("%s: bad raw-result" % rid)
        if w not in ("text", "structured", "raw-result"): errs.append("%s: wrap %r" % (rid, w))
        strs = doc_strings(doc)
        labels = rec.get("labels", [])
        per_t[rec["template"]][1 if labels else 0] += 1
        seen = set()
        for l in labels:
            t, v, acc = l.get("type"), l.get("value"), l.get("accept")
            per_type[t] += 1
            if set(l) != {"type", "value", "accept"}: errs.append("%s: label keys" % rid)
            if t not in TYPES: errs.append("%s: unknown type %r" % (rid, t)); continue
            if (t, v) in seen: errs.append("%s: duplicate label %s" % (rid, t))
            seen.add((t, v))
            if not isinstance(v, str) or not v or not any(v in s for s in strs): errs.append("%s: %s value not verbatim" % (rid, t))
            if not isinstance(acc, list): errs.append("%s: accept not list" % rid); acc = []
            for a in acc:
                if not any(a in s for s in strs): errs.append("%s: accept form not verbatim %r" % (rid, a[:40]))
                if v not in a and not (t in ("phone_number", "payment_card", "iban") and _digits(a) and _digits(a) in _digits(v)):
                    errs.append("%s: accept form does not contain value %r" % (rid, a[:40]))
            if t in SHAPES and not re.fullmatch(SHAPES[t], v): errs.append("%s: %s shape %r" % (rid, t, v[:50]))
            if t == "payment_card":
                d = _digits(v)
                if not re.fullmatch(r"[\d -]+", v) or not _brand(d) or not luhn_ok(d): errs.append("%s: card invalid %r" % (rid, v))
                if d in {_digits(c) for c in TEST_CARDS}: errs.append("%s: test card labelled" % rid)
            if t == "iban":
                c = v.replace(" ", "")
                if not iban_valid(c): errs.append("%s: iban invalid %r" % (rid, v))
                if c in {x.replace(" ", "") for x in DOC_IBANS}: errs.append("%s: documented IBAN labelled" % rid)
            if t == "us_ssn":
                m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", v)
                if not m or not ssn_valid(*m.groups()) or _digits(v) in ("078051120", "219099999", "123456789"): errs.append("%s: ssn invalid %r" % (rid, v))
            if t == "email":
                m = EMAIL_RE.fullmatch(v)
                if not m: errs.append("%s: email shape %r" % (rid, v))
                else:
                    lo = m.group(1).lower()
                    if lo in SCAN_ROLE or re.split(r"[.+_-]", lo)[0] in SCAN_ROLE or lo in SCAN_PLACEHOLDER: errs.append("%s: role/placeholder email labelled" % rid)
            if t == "phone_number":
                if not re.fullmatch(r"[+()\d][\d ()./-]{6,}\d", v) or not (8 <= len(_digits(v)) <= 14): errs.append("%s: phone shape %r" % (rid, v))
                if any(re.search(p, v) for p in FICTIONAL_PHONE): errs.append("%s: fictional/toll-free phone labelled %r" % (rid, v))
            if t == "jwt":
                try:
                    h, p, _ = v.split("."); b64json(h); b64json(p)
                except Exception:
                    errs.append("%s: jwt does not decode" % rid)
                if v == JWT_IO_EXAMPLE: errs.append("%s: vendor example jwt labelled" % rid)
            if t == "url_credentials":
                if not any(re.search(r"[a-z+]+://[^\s/@:]+:" + re.escape(v) + "@", s) for s in strs): errs.append("%s: url_credentials not in userinfo" % rid)
            if t in ("aws_access_key_id", "aws_secret_access_key", "stripe_key", "webhook_url") and v in VENDOR_EXAMPLES:
                errs.append("%s: vendor example labelled" % rid)
            if t in ("generic_secret",) and (len(v) < 8 or _placeholderish(v) and len(set(v)) < 6): errs.append("%s: weak generic %r" % (rid, v))
        for p in scan(doc, labels):
            errs.append("%s: cross-check found unlabelled %s %r" % (rid, p[0], p[1]))
    # corpus-level
    n, clean = len(recs), sum(1 for r in recs if not r["labels"])
    if n != 450: errs.append("records %d != 450" % n)
    if not 180 <= clean <= 220: errs.append("clean %d not about 200" % clean)
    tot = sum(per_type.values())
    if not 540 <= tot <= 660: errs.append("labels %d not about 600" % tot)
    if len(per_t) < 35: errs.append("templates %d < 35" % len(per_t))
    for t in TYPES:
        if per_type[t] < 12: errs.append("type %s has %d < 12" % (t, per_type[t]))
    for t, (c, p) in per_t.items():
        if not c or not p: errs.append("template %s lacks clean or positive (%d/%d)" % (t, c, p))
    print("records %d  clean %d  positive %d  labels %d  templates %d" % (n, clean, n - clean, tot, len(per_t)))
    for t in TYPES: print("  %-22s %d" % (t, per_type[t]))
    if errs:
        print("ERRORS (%d):" % len(errs))
        for e in errs[:200]: print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
