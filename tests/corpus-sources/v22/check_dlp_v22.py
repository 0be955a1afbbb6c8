#!/usr/bin/env python3
"""check_dlp_v22.py - stand-alone format and ground-truth check for dlp_v22.jsonl (no detector).

Usage: python3 check_dlp_v22.py [path/to/dlp_v22.jsonl] [--regen]
  --regen  also copies gen_dlp_v22.py to a temp dir, runs it twice and checks the
           output is byte-identical to the checked file (determinism).
Checks: record format, wraps, verbatim values and accept forms, per-type validity
(Luhn / mod-97 / SSN issuance / token shapes), and a cross-check that re-scans every
document for unlabelled values that should have been labelled (Luhn-valid non-test
card, mod-97 IBAN, issuance-valid SSN, non-role e-mail, token-prefixed string,
URL password).
"""
import base64
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------- checks
TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
    "4000056655665556", "5200828282828210", "3530111333300000", "4000000000000002",
    "6011000990139424", "30569309025904", "4000000000009995", "2223003122003222",
}
DOC_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
             "NL91ABNA0417164300", "GB33BUKB20201555555555"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",
                   "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card_prefix_ok(d):
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return len(d) in (16, 19)
    if d[:2] in ("36", "38", "30"):
        return len(d) == 14
    return False


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "NO": 15, "GR": 27, "CY": 28, "MT": 31,
            "DK": 18, "BE": 16, "ES": 24, "IT": 27, "PL": 28, "CH": 21, "SE": 24, "PT": 25,
            "IE": 22, "FI": 18, "AT": 20, "AE": 23, "SA": 24, "TR": 26, "HR": 21, "LU": 20,
            "RO": 24, "BG": 22, "EE": 20, "LT": 20, "LV": 21, "SI": 19, "SK": 24, "CZ": 24,
            "HU": 28, "IS": 26, "LI": 21, "MC": 27, "SM": 27, "GI": 23, "QA": 29, "KW": 30,
            "BH": 22, "IL": 23, "JO": 30, "EG": 29, "MU": 30, "BR": 29, "UA": 29}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or IBAN_LEN.get(s[:2]) != len(s) or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


ROLE_LOCALS = set("""support noreply no-reply donotreply do-not-reply billing security info sales hr team
alerts careers noc mcc ops crewing pharmacovigilance drugsafety chartering docs admin postmaster
dispatch operations contact help helpdesk it accounts ap ar finance payroll customs agency bookings
reservations irb ethics safety medinfo clinicaltrials regulatory qa quality stores planning techlog
moc handling catering loadcontrol crewcontrol crew marine husbandry port terminal edi webmaster
privacy dpo legal hello office service notifications git root tracking documentation export import
imports exports cargo ops-control occ engineering maintenance records aog supply depot randomisation
iwrs studyteam study clinops monitoring tmf sdv labdata transfers datamanagement dm central-lab
vessel master agent agents portcall operations-desk linerops bl docs-export recruitment enrolment
consent trials""".split())
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@example.com",
                      "firstname.lastname@company.com", "someone@example.org", "user@example.com",
                      "your.name@sponsor.example", "jane.doe@example.com"}

EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
TOKEN_RES = [
    re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    re.compile(r"(?<![A-Za-z0-9_])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}"),
    re.compile(r"github_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"(?<![A-Za-z0-9])gl(?:pat|dt|rt|ptt|ft|soat|cbt|imt|oas)-[A-Za-z0-9_-]{16,}"),
    re.compile(r"(?<![A-Za-z0-9])xox[abposre]\.?[A-Za-z0-9.-]{10,}"),
    re.compile(r"(?<![A-Za-z0-9])xapp-[A-Za-z0-9-]{10,}"),
    re.compile(r"(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{10,}"),
    re.compile(r"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}"),
    re.compile(r"(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{30,}"),
    re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----"),
    re.compile(r"https://hooks\.slack\.com/(?:services|triggers|workflows)/[A-Za-z0-9/_-]+"),
    re.compile(r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+"),
    re.compile(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>]+"),
]
URLPW_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^\s:/@\"'<>]*):([^\s@/\"'<>]+)@")


def placeholder_like(s):
    body = re.sub(r"^(?:AKIA|ASIA|ghp_|github_pat_|glpat-|xoxb-|xoxp-|sk_live_|sk_test_|rk_live_|sk-|AIza)", "", s)
    low = s.lower()
    if any(w in low for w in ("example", "your", "xxxx", "redacted", "changeme", "dummy", "placeholder", "...", "…")):
        return True
    core = re.sub(r"[^A-Za-z0-9]", "", body)
    return len(set(core)) <= 4


def strings_of(doc):
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(doc)
    return out


def cross_check(strings, labels):
    """Return list of problems: unlabelled values that should have been labelled."""
    vals = [l["value"] for l in labels]
    allforms = vals + [a for l in labels for a in l.get("accept", [])]
    card_digits = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    ibans = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    ssns = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "us_ssn"}
    emails = [l["value"].lower() for l in labels if l["type"] == "email"]
    probs = []

    def covered(m):
        return any(m in v for v in allforms)

    for s in strings:
        for m in CARD_RE.finditer(s):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and luhn_ok(d) and card_prefix_ok(d) and d not in TEST_CARDS \
                    and d not in card_digits:
                probs.append(("card", m.group()))
        for m in IBAN_RE.finditer(s):
            c = m.group().replace(" ", "")
            L = IBAN_LEN.get(c[:2])
            if L and len(c) >= L and iban_ok(c[:L]) and c[:L] not in DOC_IBANS and c[:L] not in ibans:
                probs.append(("iban", c[:L]))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group()) and re.sub(r"\D", "", m.group()) not in ssns:
                probs.append(("ssn", m.group()))
        for m in EMAIL_RE.finditer(s):
            e = m.group()
            el = e.lower()
            local, dom = el.split("@", 1)
            st = m.start()
            before = s[max(0, st - 8):st]
            line_start = s.rfind("\n", 0, st) + 1
            line = s[line_start:st].lower().lstrip()
            if el in PLACEHOLDER_EMAILS or local in ROLE_LOCALS:
                continue
            if "+" in local and local.split("+")[-1] in ROLE_LOCALS:
                continue
            if before.endswith("://") or (before.endswith(":") and not before.endswith("mailto:")):
                continue
            if line.startswith(("message-id", "in-reply-to", "references")) or "message_id" in line:
                continue
            if len(re.sub(r"\D", "", local)) >= 8 or dom.endswith("gserviceaccount.com"):
                continue
            if local.startswith(("svc-", "svc_", "sa-")) or local.endswith(("-bot", "-svc")):
                continue
            if covered(e) or any(el.endswith(x) for x in emails):
                continue
            probs.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group()
                if t in VENDOR_EXAMPLES or covered(t) or placeholder_like(t):
                    continue
                probs.append(("token", t))
        for m in URLPW_RE.finditer(s):
            pw = m.group(2)
            if pw.startswith(("${", "<", "{{", "%(", "$")) or set(pw) <= set("*x") or placeholder_like(pw) \
                    or pw.lower() in ("password", "pass", "pw", "secret"):
                continue
            if covered(pw):
                continue
            probs.append(("urlpw", pw))
    return probs



TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]


def b64json(seg):
    seg += "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg))


def type_ok(t, v, strings):
    if t == "payment_card":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and luhn_ok(d) and card_prefix_ok(d) and d not in TEST_CARDS
    if t == "iban":
        c = v.replace(" ", "")
        return iban_ok(c) and c not in DOC_IBANS
    if t == "us_ssn":
        return ssn_ok(v)
    if t == "email":
        m = EMAIL_RE.fullmatch(v)
        return bool(m) and v.split("@")[0].lower() not in ROLE_LOCALS and v.lower() not in PLACEHOLDER_EMAILS
    if t == "phone_number":
        return 7 <= len(re.sub(r"\D", "", v)) <= 15 and "555-01" not in v and "7946 0" not in v and "7700 900" not in v
    if t == "aws_access_key_id":
        return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v)) and v not in VENDOR_EXAMPLES
    if t == "aws_secret_access_key":
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v)) and v not in VENDOR_EXAMPLES
    if t == "github_token":
        return bool(re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})", v))
    if t == "gitlab_token":
        return bool(re.fullmatch(r"gl(pat|dt|rt|ptt|ft|soat|cbt)-[A-Za-z0-9_-]{20,}", v))
    if t == "slack_token":
        return bool(re.fullmatch(r"(xox[bpe]-[0-9A-Za-z-]{20,}|xapp-1-[A-Z0-9]+-\d+-[a-f0-9]{64}|xoxe\.xox[bp]-1-[A-Za-z0-9]{100,})", v))
    if t == "stripe_key":
        return bool(re.fullmatch(r"[sr]k_(live|test)_[A-Za-z0-9]{24,}", v)) and v not in VENDOR_EXAMPLES and not placeholder_like(v)
    if t == "openai_api_key":
        return v.startswith("sk-") and not v.startswith("sk-ant-") and bool(re.fullmatch(r"sk-[A-Za-z0-9_-]{40,}", v))
    if t == "anthropic_api_key":
        return bool(re.fullmatch(r"sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA", v))
    if t == "google_api_key":
        return bool(re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", v))
    if t == "jwt":
        p = v.split(".")
        if len(p) != 3:
            return False
        try:
            h = b64json(p[0])
            b64json(p[1])
        except Exception:
            return False
        return "alg" in h
    if t == "private_key":
        return bool(re.fullmatch(r"-----BEGIN ([A-Z]+ )*PRIVATE KEY-----\n[\s\S]+\n[ ]*-----END ([A-Z]+ )*PRIVATE KEY-----", v))
    if t == "webhook_url":
        return any(rx.fullmatch(v) for rx in TOKEN_RES[-3:])
    if t == "url_credentials":
        return any(re.search(r"://[^\s:/@]*:" + re.escape(v) + "@", s) for s in strings)
    if t == "generic_secret":
        return len(v) >= 8 and not placeholder_like(v) and not any(rx.fullmatch(v) for rx in TOKEN_RES)
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, "dlp_v22.jsonl")
    errs = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errs.append("line %d: bad json %s" % (n, e))
    ids = set()
    per_type = collections.Counter()
    per_tpl = collections.defaultdict(lambda: [0, 0])
    wraps = collections.Counter()
    for r in recs:
        rid = r.get("id")
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errs.append("%s: keys %s" % (rid, sorted(r)))
        if rid in ids or not re.fullmatch(r"v22-\d+", str(rid)):
            errs.append("%s: bad/duplicate id" % rid)
        ids.add(rid)
        if r.get("split") != "holdout-v22":
            errs.append("%s: split" % rid)
        w, doc = r.get("wrap"), r.get("doc")
        wraps[w] += 1
        if w == "text":
            ok = isinstance(doc, str)
        elif w == "structured":
            ok = isinstance(doc, dict) and "content" not in doc
        elif w == "raw-result":
            ok = (isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False and
                  all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"]) and
                  set(doc) <= {"content", "isError", "structuredContent"})
        else:
            ok = False
        if not ok:
            errs.append("%s: wrap/doc mismatch" % rid)
        strings = strings_of(doc)
        seen = set()
        for l in r.get("labels", []):
            t, v, acc = l.get("type"), l.get("value"), l.get("accept")
            if set(l) != {"type", "value", "accept"} or t not in TYPES or not isinstance(v, str) or not isinstance(acc, list):
                errs.append("%s: bad label %r" % (rid, l))
                continue
            if v in seen:
                errs.append("%s: duplicate label value" % rid)
            seen.add(v)
            if not any(v in s for s in strings):
                errs.append("%s: value not verbatim (%s)" % (rid, t))
            for a in acc:
                if a == v or not any(a in s for s in strings) or v not in a and t not in ("payment_card", "iban", "us_ssn", "phone_number"):
                    errs.append("%s: bad accept form for %s" % (rid, t))
            if not type_ok(t, v, strings):
                errs.append("%s: value fails %s rules: %r" % (rid, t, v[:40]))
            per_type[t] += 1
        per_tpl[r.get("template")][0 if not r.get("labels") else 1] += 1
        for kind, val in cross_check(strings, r.get("labels", [])):
            errs.append("%s: unlabelled %s found: %r" % (rid, kind, val[:40]))
    nlab = sum(per_type.values())
    nclean = sum(1 for r in recs if not r.get("labels"))
    print("records %d  clean %d  positive %d  labels %d  templates %d" % (len(recs), nclean, len(recs) - nclean, nlab, len(per_tpl)))
    print("wraps", dict(wraps))
    for t in TYPES:
        print("  %-22s %d" % (t, per_type[t]))
        if per_type[t] < 12:
            errs.append("type %s has only %d labels" % (t, per_type[t]))
    for tp, (c, p) in sorted(per_tpl.items()):
        print("  %-26s clean %2d positive %2d" % (tp, c, p))
        if c == 0 or p == 0:
            errs.append("template %s lacks clean or positive docs" % tp)
    if len(recs) != 450 or len(per_tpl) < 35:
        errs.append("record/template count")
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    print("sha256", sha)
    if "--regen" in sys.argv:
        gen = os.path.join(here, "gen_dlp_v22.py")
        outs = []
        for _ in range(2):
            d = tempfile.mkdtemp(prefix="dlpv22_")
            shutil.copy(gen, d)
            subprocess.run([sys.executable, os.path.join(d, "gen_dlp_v22.py")], check=True, stderr=subprocess.DEVNULL)
            outs.append(hashlib.sha256(open(os.path.join(d, "dlp_v22.jsonl"), "rb").read()).hexdigest())
            shutil.rmtree(d)
        print("regenerated sha256", outs)
        if outs[0] != outs[1] or outs[0] != sha:
            errs.append("regeneration not byte-identical")
    for e in errs[:200]:
        print("ERROR", e)
    print("FAIL (%d errors)" % len(errs) if errs else "OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
