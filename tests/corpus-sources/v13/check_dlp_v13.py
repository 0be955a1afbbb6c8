#!/usr/bin/env python3
"""Stand-alone checker for dlp_v13.jsonl (format + ground truth, no detector).

Usage: python3 check_dlp_v13.py [path/to/dlp_v13.jsonl] [--regen]
  --regen  also re-runs gen_dlp_v13.py twice into /tmp and compares bytes.
"""
import hashlib, json, os, re, subprocess, sys, urllib.parse
from collections import Counter, defaultdict

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id",
         "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key",
         "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]

TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
              "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
              "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
              "3566002020360505", "4111111111111111", "4012888888881881", "4000000000000002",
              "4000000000009995", "5454545454545454", "4000000000003220", "4000002500003155",
              "4000000000000077", "4000000000000341", "6200000000000005", "4917610000000000",
              "4000000760000002", "4012000033330026"}
# published example values that may appear only as unlabelled hard negatives
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
                   "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"}
PLACEHOLDER_SSN = {"123-45-6789", "078-05-1120", "219-09-9999"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "your.name@company.com",
                      "first.last@example.com", "name@yourcompany.com", "user@example.com"}
ROLE_LOCALS = {"support", "noreply", "no-reply", "do-not-reply", "donotreply", "billing", "security",
               "info", "sales", "hr", "team", "alerts", "alert", "admin", "root", "postmaster",
               "abuse", "privacy", "legal", "help", "contact", "hello", "press", "careers", "jobs",
               "webmaster", "notifications", "ops", "oncall", "devops", "git", "mailer-daemon",
               "payments", "accounts", "status", "incidents", "sre", "platform", "finance",
               "compliance", "dpo", "it", "helpdesk", "reports", "monitoring", "pagerduty",
               "builds", "ci", "deploy", "releases", "bounce", "feedback", "office"}
SERVICE_DOMAINS = ("gserviceaccount.com", "iam.amazonaws.com", "users.noreply.github.com")
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21,
            "PL": 28, "IE": 22, "AT": 20, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18}


def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(v):
    c = v.replace(" ", "").upper()
    if len(c) < 5 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    r = c[4:] + c[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def strings_of(x, out=None):
    if out is None:
        out = []
    if isinstance(x, str):
        out.append(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            out.append(k)
            strings_of(v, out)
    elif isinstance(x, list):
        for v in x:
            strings_of(v, out)
    return out


def decoded(v):
    """Undo the verbatim encodings a label value may carry."""
    out = v
    if "\\" in out:
        try:
            out = json.loads('"' + out + '"')
        except Exception:
            pass
    if "%" in out:
        out = urllib.parse.unquote(out)
    out = out.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return out


TOKEN_RES = [
    ("github_token", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{70,}"),
    ("gitlab_token", r"\b(?:glpat|gldt|glrt|glptt|glft|glcbt|glsoat)-[A-Za-z0-9_\-]{20,}"),
    ("slack_token", r"\bxox[abposre]-[A-Za-z0-9\-]{20,}|\bxapp-\d-[A-Za-z0-9\-]{20,}|\bxoxe\.xox[bp]-[A-Za-z0-9\-]{20,}"),
    ("stripe_key", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"),
    ("anthropic_api_key", r"\bsk-ant-[A-Za-z0-9_\-]{30,}"),
    ("openai_api_key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32,}"),
    ("google_api_key", r"\bAIza[A-Za-z0-9_\-]{35}"),
    ("aws_access_key_id", r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"),
    ("jwt", r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,}"),
    ("private_key", r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"),
    ("webhook_url", r"https://hooks\.slack\.com/(?:services|triggers|workflows)/[A-Za-z0-9/_\-]{20,}|https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{30,}|https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>]+"),
]


def looks_placeholder(s):
    body = re.sub(r"^[a-z_\-]+?[_\-]", "", s)
    low = s.lower()
    if any(w in low for w in ("xxxx", "example", "your", "placeholder", "redacted", "0000000000", "dummy", "fake", "sample")):
        return True
    return len(set(body)) < 8


def _covered(m, forms):
    return any(m in f or f in m for f in forms if f)


def scan_unlabelled(doc, labels):
    """Return a list of (kind, text) for values that should have been labelled but were not."""
    forms = []
    for l in labels:
        forms.append(l["value"])
        forms.extend(l.get("accept", []))
    compact_forms = [re.sub(r"[\s\-]", "", f) for f in forms]
    problems = []
    for s in strings_of(doc):
        # payment cards
        for m in re.finditer(r"(?<![\dA-Za-z])(?:\d[ \-]?){12,18}\d(?![\dA-Za-z])", s):
            d = re.sub(r"\D", "", m.group())
            # also check every 13..19 window aligned to separators is not needed: test whole run
            if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and d not in TEST_CARDS:
                if not _covered(m.group(), forms) and not any(d in cf for cf in compact_forms):
                    problems.append(("payment_card", m.group()))
        # IBAN
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}", s):
            c = m.group().replace(" ", "")
            L = IBAN_LEN.get(c[:2])
            if L and len(c) >= L and iban_ok(c[:L]):
                if not any(c[:L] in cf for cf in compact_forms):
                    problems.append(("iban", c[:L]))
        # SSN
        for m in re.finditer(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])", s):
            if ssn_ok(m.group()) and m.group() not in PLACEHOLDER_SSN and not _covered(m.group(), forms):
                problems.append(("us_ssn", m.group()))
        # e-mail
        for line in s.split("\n"):
            if re.search(r"message[-_ ]?id|msgid|in-reply-to|references:", line, re.I):
                continue
            for m in re.finditer(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b", line):
                e = m.group()
                local, dom = e.split("@", 1)
                if e.lower() in PLACEHOLDER_EMAILS or local.lower() in ROLE_LOCALS or dom.lower().endswith(SERVICE_DOMAINS):
                    continue
                st = m.start()
                pre = line[max(0, st - 12):st]
                if re.search(r"://[^\s]*$", pre) or pre.endswith("//"):
                    continue  # URL userinfo
                if not _covered(e, forms):
                    problems.append(("email", e))
        # typed tokens
        for t, rx in TOKEN_RES:
            for m in re.finditer(rx, s):
                v = m.group()
                if v in VENDOR_EXAMPLES or any(v in ex or ex in v for ex in VENDOR_EXAMPLES):
                    continue
                if t not in ("private_key", "jwt") and looks_placeholder(v):
                    continue
                if not _covered(v, forms):
                    problems.append((t, v))
    return problems


TYPE_RX = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_token": r"(?:glpat|gldt|glrt|glptt|glft|glcbt)-[A-Za-z0-9_\-]{20,}",
    "slack_token": r"(?:xox[bpae]-|xapp-|xoxe\.xox[bp]-)[A-Za-z0-9\-]{20,}",
    "stripe_key": r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{40,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_\-]{80,}AA",
    "google_api_key": r"AIza[A-Za-z0-9_\-]{35}",
    "jwt": r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+",
    "private_key": r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----(?:\n|\\n)\s*[A-Za-z0-9+/=\s\\n]+(?:\n|\\n)\s*-----END ([A-Z]+ )?PRIVATE KEY-----",
    "webhook_url": r"https://(?:hooks\.slack\.com/(?:services|triggers)/|(?:discord|discordapp)\.com/api/webhooks/|[a-z0-9\-]+\.webhook\.office\.com/webhookb2/).+",
    "email": r"[A-Za-z0-9._%+\-]+(?:@|%40)[A-Za-z0-9.\-]+\.[A-Za-z]{2,}",
    "phone_number": r"\+?[\d\s().\-]{8,20}\d",
}


def validate_label(l):
    t, v = l["type"], l["value"]
    d = decoded(v)
    errs = []
    if t == "payment_card":
        digits = re.sub(r"[ \-+]", "", d)
        if not (digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)):
            errs.append("card not luhn-valid")
        if digits in TEST_CARDS:
            errs.append("published test card labelled")
    elif t == "iban":
        if not iban_ok(d):
            errs.append("iban not mod-97 valid")
    elif t == "us_ssn":
        if not ssn_ok(d) or d in PLACEHOLDER_SSN:
            errs.append("ssn not issuance-valid")
    elif t in TYPE_RX:
        if not re.fullmatch(TYPE_RX[t], d, re.S):
            errs.append("value does not match %s shape: %r" % (t, d[:40]))
    if t == "email":
        local = d.split("@")[0].lower()
        if local in ROLE_LOCALS:
            errs.append("role mailbox labelled")
    if t in ("generic_secret", "url_credentials"):
        if len(d) < 6 or re.fullmatch(r"[*x•.\-]+|\[Filtered\]|<redacted>", d, re.I) or "${" in d:
            errs.append("masked/placeholder labelled")
    if v in VENDOR_EXAMPLES:
        errs.append("vendor example labelled")
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, "dlp_v13.jsonl")
    raw = open(path, "rb").read()
    errors = []
    ids = set()
    per_type = Counter()
    per_tpl = defaultdict(lambda: [0, 0, 0])
    n = clean = 0
    for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        r = json.loads(line)
        n += 1
        if line != json.dumps(r, ensure_ascii=False):
            errors.append((ln, "not canonical json.dumps(ensure_ascii=False)"))
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errors.append((ln, "bad keys %s" % sorted(r)))
        if r["id"] in ids:
            errors.append((ln, "duplicate id"))
        ids.add(r["id"])
        if r["split"] != "holdout-v13":
            errors.append((ln, "bad split"))
        w, doc = r["wrap"], r["doc"]
        if w == "text" and not isinstance(doc, str):
            errors.append((ln, "text wrap needs str"))
        if w == "structured" and not isinstance(doc, dict):
            errors.append((ln, "structured wrap needs object"))
        if w == "raw-result":
            ok = isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False \
                and all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"])
            if not ok:
                errors.append((ln, "bad raw-result shape"))
        strs = strings_of(doc)
        seen = set()
        for l in r["labels"]:
            if set(l) != {"type", "value", "accept"} or l["type"] not in TYPES:
                errors.append((ln, "bad label %r" % l.get("type")))
                continue
            if l["value"] in seen:
                errors.append((ln, "duplicate label value"))
            seen.add(l["value"])
            if not any(l["value"] in s for s in strs):
                errors.append((ln, "value not verbatim (%s)" % l["type"]))
            for a in l["accept"]:
                if not any(a in s for s in strs):
                    errors.append((ln, "accept form not verbatim (%s)" % l["type"]))
                if not (l["value"] in a or a in l["value"]):
                    errors.append((ln, "accept form unrelated to value (%s)" % l["type"]))
            for e in validate_label(l):
                errors.append((ln, e))
            per_type[l["type"]] += 1
        for kind, txt in scan_unlabelled(doc, r["labels"]):
            errors.append((ln, "UNLABELLED %s in %s (regenerate this document)" % (kind, r["id"])))
        t = per_tpl[r["template"]]
        t[0] += 1
        if r["labels"]:
            t[2] += 1
        else:
            t[1] += 1
            clean += 1
    nl = sum(per_type.values())
    print("records %d  clean %d  positive %d  labels %d  templates %d" % (n, clean, n - clean, nl, len(per_tpl)))
    for t in TYPES:
        print("  %-22s %d" % (t, per_type[t]))
        if per_type[t] < 12:
            errors.append((0, "type %s has < 12 labels" % t))
    for name, (tot, c, p) in sorted(per_tpl.items()):
        if c == 0 or p == 0:
            errors.append((0, "template %s lacks clean or positive docs" % name))
    if len(per_tpl) < 35:
        errors.append((0, "fewer than 35 templates"))
    print("sha256", hashlib.sha256(raw).hexdigest())
    if "--regen" in sys.argv:
        gen = os.path.join(here, "gen_dlp_v13.py")
        shas = []
        for i in range(2):
            out = "/tmp/dlp_v13_regen_%d.jsonl" % i
            subprocess.run([sys.executable, gen, "--out", out], check=True, stdout=subprocess.DEVNULL)
            shas.append(hashlib.sha256(open(out, "rb").read()).hexdigest())
        print("regen sha256", shas)
        if len(set(shas)) != 1 or shas[0] != hashlib.sha256(raw).hexdigest():
            errors.append((0, "regeneration not byte-identical"))
    for e in errors[:60]:
        print("ERROR line %s: %s" % e)
    print("errors:", len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
