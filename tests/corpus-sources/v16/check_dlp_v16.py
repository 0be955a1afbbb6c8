#!/usr/bin/env python3
"""Stand-alone format and ground-truth check for dlp_v16.jsonl (no detector is run).

Usage: python3 check_dlp_v16.py [dlp_v16.jsonl] [--regen]
  --regen  also re-runs gen_dlp_v16.py twice into /tmp and compares sha256 with the given file.
Exit status 0 when every check passes.
"""
import base64
import collections
import hashlib
import json
import os
import re
import subprocess
import sys

# ---------------------------------------------------------------- shared checks
ROLE_LOCALS = {
    "support", "noreply", "no-reply", "donotreply", "do-not-reply", "billing", "security", "info", "sales",
    "hr", "team", "alerts", "admin", "careers", "jobs", "recruiting", "noc", "help", "helpdesk", "payroll",
    "benefits", "contact", "office", "accounts", "accounting", "ops", "devops", "it", "itsupport", "privacy",
    "legal", "compliance", "abuse", "postmaster", "webmaster", "hostmaster", "notifications", "mailer-daemon",
    "press", "marketing", "onboarding", "talent", "people", "service", "care", "customercare", "porting",
    "provisioning", "claims", "intake", "records", "frontdesk", "reception", "leasing", "loans", "customs",
    "git", "bot", "ci", "build", "interviews", "talent-ops", "release", "deploy", "dev", "oncall", "finance", "ap", "ar", "enrollment",
}
PLACEHOLDER_EMAILS = {
    "you@example.com", "user@example.com", "name@example.com", "user@domain.tld", "someone@example.org",
    "your.name@company.com", "email@example.com", "test@example.com", "jane@example.com", "john@example.com",
    "git@github.com", "git@gitlab.com",
}
SERVICE_DOMAINS = ("gserviceaccount.com", "iam.gserviceaccount.com", "users.noreply.github.com",
                   "bounces.example.net", "mg.mailgun.org")

TEST_CARDS = {
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
    "4012888888881881", "5431111111111111", "4000000000000002", "4000000000009995", "4000002500003155",
    "378734493671000", "6011000400000000", "3530111333300000", "4917610000000000", "5425233430109903",
    "4263982640269299", "4000000000000077",
}
TEST_IBANS = {
    "GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300",
    "GB29NWBK60161331926819", "ES9121000418450200051332", "IT60X0542811101000000123456", "CH9300762011623852957",
    "BE68539007547034", "AT611904300234573201",
}
VENDOR_EXAMPLE_KEYS = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2", "rk_test_4eC39HqLyjWDarjtT1zdp7dc", "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
}

CARD_RE = re.compile(r"(?<![\w.-])\d(?:[ -]?\d){11,18}(?![\w])")
SSN_RE = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_USERINFO_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/@\"'<>]+@")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
TOKEN_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{60,}"),
    re.compile(r"\bgl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent)-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bxox[abpre]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\bxoxe\.xox[bp]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9-]{10,}"),
    re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
    re.compile(r"\bAIza[A-Za-z0-9_-]{35}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}"),
    re.compile(r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/]+"),
    re.compile(r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+"),
    re.compile(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/-]+"),
    re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"),
]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand_ok(num):
    n = len(num)
    if num[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return True
    if n == 15 and num[:2] in ("34", "37"):
        return True
    if n in (16, 19) and (num.startswith("6011") or num.startswith("65")):
        return True
    if n in (16, 19) and 3528 <= int(num[:4]) <= 3589:
        return True
    if n == 14 and (num[:2] in ("36", "38") or 300 <= int(num[:3]) <= 305):
        return True
    return False


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20,
            "PL": 28, "IE": 22, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20, "SA": 24,
            "AE": 23, "TR": 26, "BR": 29, "CZ": 24, "RO": 24, "HU": 28, "GR": 27}


def iban_ok(iban):
    iban = iban.replace(" ", "")
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def ssn_ok(a, g, s):
    a_i = int(a)
    if a_i == 0 or a_i == 666 or a_i >= 900:
        return False
    if g == "00" or s == "0000":
        return False
    if (a, g, s) in (("078", "05", "1120"), ("219", "09", "9999")):
        return False
    if a == "987" and g == "65" and s.startswith("432"):
        return False
    return True


def is_placeholder_token(tok):
    low = tok.lower()
    if tok in VENDOR_EXAMPLE_KEYS or "example" in low or "xxxx" in low or "your" in low or "0000000000" in low:
        return True
    body = re.sub(r"^[A-Za-z]+[_-](?:[a-z0-9]+[_-])?", "", tok)
    if len(set(body)) <= 5:
        return True
    return False


def email_is_unlabelled_kind(addr):
    a = addr.lower()
    local, _, dom = a.partition("@")
    if a in PLACEHOLDER_EMAILS:
        return True
    if local in ROLE_LOCALS or local.split("+")[0] in ROLE_LOCALS:
        return True
    if any(dom.endswith(d) for d in SERVICE_DOMAINS):
        return True
    if local.startswith(("svc-", "svc.", "bot-", "sa-", "noreply")):
        return True
    return False


def doc_strings(obj, out=None):
    if out is None:
        out = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            doc_strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            doc_strings(v, out)
    return out


def crosscheck(strings, labels):
    """Return list of problems: values that look like they must be labelled but are not."""
    problems = []
    covered = []
    for lb in labels:
        covered.append(lb["value"])
        covered.extend(lb.get("accept", []))
    cov_compact = {c.replace(" ", "").replace("-", "") for c in covered}

    def is_cov(v):
        if any(v in c for c in covered):
            return True
        return v.replace(" ", "").replace("-", "") in cov_compact

    for s in strings:
        for m in CARD_RE.finditer(s):
            raw = m.group(0)
            num = re.sub(r"[ -]", "", raw)
            if 13 <= len(num) <= 19 and card_brand_ok(num) and luhn_ok(num) and num not in TEST_CARDS:
                if not is_cov(raw):
                    problems.append(("card", raw))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group(1), m.group(3), m.group(4)) and not is_cov(m.group(0)):
                problems.append(("ssn", m.group(0)))
        s2 = URL_USERINFO_RE.sub(" ", s)
        for m in EMAIL_RE.finditer(s2):
            addr = m.group(0).strip(".")
            if not email_is_unlabelled_kind(addr) and not is_cov(addr):
                problems.append(("email", addr))
        for m in IBAN_RE.finditer(s):
            cand = m.group(0).replace(" ", "")
            L = IBAN_LEN.get(cand[:2])
            if L and len(cand) >= L:
                ib = cand[:L]
                if iban_ok(ib) and ib not in TEST_IBANS and not is_cov(ib):
                    problems.append(("iban", ib))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                tok = m.group(0)
                if tok.startswith("-----BEGIN"):
                    if not any(tok in c for c in covered):
                        problems.append(("privkey", tok))
                    continue
                if is_placeholder_token(tok):
                    continue
                if not (is_cov(tok) or any(c in tok for c in covered if len(c) >= 12)):
                    problems.append(("token", tok))
    return problems



TYPES = {"email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"}

SHAPE = {
    "aws_access_key_id": re.compile(r"^(AKIA|ASIA)[A-Z0-9]{16}$"),
    "aws_secret_access_key": re.compile(r"^[A-Za-z0-9/+]{40}$"),
    "github_token": re.compile(r"^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{80,})$"),
    "gitlab_token": re.compile(r"^gl(pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent)-[A-Za-z0-9_-]{20,}$"),
    "slack_token": re.compile(r"^(xox[abpe]-|xoxe\.xox[bp]-|xapp-\d-)[A-Za-z0-9-]{10,}$"),
    "stripe_key": re.compile(r"^[sr]k_(live|test)_[A-Za-z0-9]{16,}$"),
    "openai_api_key": re.compile(r"^sk-((proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})$"),
    "anthropic_api_key": re.compile(r"^sk-ant-(api\d\d|admin\d\d)-[A-Za-z0-9_-]{80,}$"),
    "google_api_key": re.compile(r"^AIza[A-Za-z0-9_-]{35}$"),
    "jwt": re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"),
    "webhook_url": re.compile(r"^https://(hooks\.slack\.com/(services|workflows)/|discord(app)?\.com/api/webhooks/\d+/|[a-z0-9-]+\.webhook\.office\.com/webhookb2/|chat\.[a-z0-9.-]+/hooks/)"),
    "email": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"),
}


def b64d(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_value(lb, doc_strs):
    t, v = lb["type"], lb["value"]
    errs = []
    if t in SHAPE and not SHAPE[t].match(v):
        errs.append("shape")
    if t == "payment_card":
        num = re.sub(r"[ -]", "", v)
        if not (num.isdigit() and 13 <= len(num) <= 19 and luhn_ok(num) and card_brand_ok(num)) or num in TEST_CARDS:
            errs.append("card: luhn/brand/test")
    elif t == "iban":
        c = v.replace(" ", "")
        if not iban_ok(c) or IBAN_LEN.get(c[:2]) != len(c) or c in TEST_IBANS:
            errs.append("iban: mod97/len/test")
    elif t == "us_ssn":
        m = re.match(r"^(\d{3})([- ]?)(\d{2})\2(\d{4})$", v)
        if not m or not ssn_ok(m.group(1), m.group(3), m.group(4)):
            errs.append("ssn rules")
    elif t == "jwt":
        try:
            h = json.loads(b64d(v.split(".")[0]))
            json.loads(b64d(v.split(".")[1]))
            if "alg" not in h:
                errs.append("jwt alg")
        except Exception:
            errs.append("jwt decode")
    elif t == "private_key":
        vv = v.replace("\\\\n", "\n").replace("\\n", "\n")
        if not re.match(r"^-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ([A-Z]+ )?PRIVATE KEY-----$", vv):
            errs.append("pem shape")
    elif t == "email":
        if email_is_unlabelled_kind(v):
            errs.append("role/placeholder email labelled")
    elif t == "url_credentials":
        if not any(re.search(r"://[^\s/@:]+:" + re.escape(v) + "@", s) for s in doc_strs):
            errs.append("url_credentials not in a scheme://user:pw@ form")
    elif t in ("generic_secret", "stripe_key", "github_token", "openai_api_key", "anthropic_api_key", "aws_access_key_id",
               "aws_secret_access_key", "gitlab_token", "slack_token", "google_api_key"):
        if is_placeholder_token(v) and t != "generic_secret":
            errs.append("placeholder/vendor example labelled")
        if v in VENDOR_EXAMPLE_KEYS:
            errs.append("vendor example labelled")
    if t == "generic_secret" and (v.startswith("${") or v in ("changeme", "********")):
        errs.append("placeholder generic")
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v16.jsonl")
    data = open(path, "rb").read()
    problems = []
    ids = set()
    per_type = collections.Counter()
    per_tpl = collections.defaultdict(lambda: [0, 0])
    wraps = collections.Counter()
    n = 0
    for ln, line in enumerate(data.decode("utf-8").splitlines(), 1):
        r = json.loads(line)
        n += 1
        if line != json.dumps(r, ensure_ascii=False):
            problems.append((ln, "not json.dumps(ensure_ascii=False) canonical"))
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            problems.append((ln, "keys"))
        if r["id"] in ids:
            problems.append((ln, "dup id"))
        ids.add(r["id"])
        if r["split"] != "holdout-v16":
            problems.append((ln, "split"))
        w, d = r["wrap"], r["doc"]
        wraps[w] += 1
        if w == "text" and not isinstance(d, str):
            problems.append((ln, "text wrap needs str"))
        if w == "structured" and not isinstance(d, dict):
            problems.append((ln, "structured wrap needs object"))
        if w == "raw-result":
            ok = isinstance(d, dict) and isinstance(d.get("content"), list) and d.get("isError") is False and \
                all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in d["content"]) and \
                set(d) <= {"content", "isError", "structuredContent"}
            if not ok:
                problems.append((ln, "raw-result shape"))
        if w not in ("text", "structured", "raw-result"):
            problems.append((ln, "wrap"))
        strs = doc_strings(d)
        seen = set()
        for lb in r["labels"]:
            if set(lb) != {"type", "value", "accept"} or lb["type"] not in TYPES:
                problems.append((ln, "label keys/type"))
                continue
            if not any(lb["value"] in s for s in strs):
                problems.append((ln, "value not verbatim: " + lb["type"]))
            for a in lb["accept"]:
                if not any(a in s for s in strs):
                    problems.append((ln, "accept not verbatim: " + lb["type"]))
                if a == lb["value"]:
                    problems.append((ln, "accept duplicates value"))
            if lb["value"] in seen:
                problems.append((ln, "value labelled twice"))
            seen.add(lb["value"])
            for e in check_value(lb, strs):
                problems.append((ln, lb["type"] + ": " + e))
            per_type[lb["type"]] += 1
        for kind, val in crosscheck(strs, r["labels"]):
            problems.append((ln, f"unlabelled {kind} value (len {len(val)})"))
        per_tpl[r["template"]][0 if not r["labels"] else 1] += 1
    clean = sum(v[0] for v in per_tpl.values())
    print(f"file: {path}\nsha256: {hashlib.sha256(data).hexdigest()}")
    print(f"records: {n}  clean: {clean}  positive: {n - clean}  labels: {sum(per_type.values())}  templates: {len(per_tpl)}")
    print("wraps:", dict(sorted(wraps.items())))
    print("per type:", dict(sorted(per_type.items())))
    for t in sorted(TYPES):
        if per_type[t] < 12:
            problems.append((0, f"type {t} has fewer than 12 labels"))
    if len(per_tpl) < 35:
        problems.append((0, "fewer than 35 templates"))
    for t, (c, p) in per_tpl.items():
        if c == 0 or p == 0:
            problems.append((0, f"template {t} lacks clean or positive docs"))
    if "--regen" in sys.argv:
        here = os.path.dirname(os.path.abspath(__file__))
        sums = []
        for k in (1, 2):
            out = f"/tmp/dlp_v16_regen_{k}.jsonl"
            subprocess.run([sys.executable, os.path.join(here, "gen_dlp_v16.py"), out], check=True, stdout=subprocess.DEVNULL)
            sums.append(hashlib.sha256(open(out, "rb").read()).hexdigest())
        print("regen sha256:", sums)
        if sums[0] != sums[1] or sums[0] != hashlib.sha256(data).hexdigest():
            problems.append((0, "regeneration is not byte-identical"))
    for p in problems[:50]:
        print("PROBLEM", p)
    print("OK" if not problems else f"FAIL ({len(problems)} problems)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
