#!/usr/bin/env python3
"""check_dlp_v19.py - stand-alone format and ground-truth check for dlp_v19.jsonl.

No detector, no project code.  Checks: record format and wraps; every label value
and accept form verbatim in one string of doc; type rules (Luhn, mod-97, SSN
issuance rules, token prefixes/shapes, PEM blocks, webhook hosts, URL passwords);
per-type minimum counts; an independent scan of every document for values that
should have been labelled (Luhn-valid non-test card, mod-97 IBAN, issuance-valid
SSN, non-role e-mail, token-prefixed string) and are not; and a regeneration of
the corpus from gen_dlp_v19.py in a scratch directory (byte-identical check).
Usage: python3 check_dlp_v19.py [dlp_v19.jsonl]
"""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------- validators
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return c
    raise ValueError


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def ssn_ok(ssn):
    d = re.sub(r"[ -]", "", ssn)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
        return False
    if d in ("078051120", "219099999", "123456789"):
        return False
    return True


CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|35|6011|65|64[4-9]|62|36|30[0-5])")
TEST_CARDS = {
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "378282246310005", "371449635398431", "6011111111111117",
    "6011000990139424", "3056930009020004", "3566002020360505", "6200000000000005",
    "4111111111111111", "5105105105105100", "4012888888881881", "4000000000000077",
    "4000002500003155", "4000000000009995", "4000000000000002",
}
TEST_IBANS = {
    "DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
    "NL91ABNA0417164300", "GB33BUKB20201555555555", "ES9121000418450200051332",
    "IT60X0542811101000000123456", "BE68539007547034", "CH9300762011623852957",
    "AT611904300234573201",
}
VENDOR_EXAMPLES = {
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
}
ROLE_LOCALS = {
    "support", "noreply", "no-reply", "do-not-reply", "donotreply", "billing", "security",
    "info", "sales", "hr", "team", "alerts", "careers", "noc", "foia", "benefits", "permits",
    "records", "dispatch", "helpdesk", "admin", "contact", "office", "licensing", "clerk",
    "dmv", "irb", "lims", "seqcore", "fleet", "ops", "service", "roadside", "notifications",
    "privacy", "grants", "research", "studies", "housing", "claims", "ui-claims", "snap",
    "appointments", "efiling", "registry", "datacenter", "hpc-help", "postmaster", "webmaster",
    "cases", "eligibility", "charging", "ota", "telematics", "rentals", "dealer", "parts",
    "trialsupport", "monitoring", "curation", "sponsored-programs", "osp", "compliance",
}
PLACEHOLDER_EMAILS = {
    "you@example.com", "user@domain.tld", "name@example.org", "jane.doe@example.com",
    "your.name@agency.example", "first.last@example.edu", "applicant@example.com",
}


# ---------------------------------------------------------------- scanner
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
TOKEN_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"\bgl(?:pat|dt|rt|ptt|cbt|soat|ft|imt|agent)-[A-Za-z0-9_-]{16,}"),
    re.compile(r"\bxox[abposre][.-][A-Za-z0-9.-]{10,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9-]{20,}"),
    re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bAIza[A-Za-z0-9_-]{35}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+"),
    re.compile(r"https://(?:discord|discordapp)\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]+"),
    re.compile(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[^\s\"']+"),
]


def doc_strings(x, out):
    if isinstance(x, str):
        out.append(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            out.append(k)
            doc_strings(v, out)
    elif isinstance(x, list):
        for v in x:
            doc_strings(v, out)
    return out


def low_entropy(s):
    body = re.sub(r"^[A-Za-z]+[_-]", "", s)
    return len(set(body)) < 6 or "EXAMPLE" in s or "xxxx" in s.lower() or "your" in s.lower()


def scan_unlabelled(doc, labels):
    """Return list of (kind, match) that look like labelable values but are not labelled."""
    strs = doc_strings(doc, [])
    vals = [l["value"] for l in labels]
    extra = [a for l in labels for a in l.get("accept", [])]

    def covered(m):
        for v in vals:
            if m in v or v in m:
                return True
        for v in vals:
            if re.sub(r"\D", "", m) and re.sub(r"\D", "", m) == re.sub(r"\D", "", v) and len(re.sub(r"\D", "", m)) >= 9:
                return True
        for a in extra:
            if m in a:
                return True
        return False

    bad = []
    for s in strs:
        for m in EMAIL_RE.finditer(s):
            e = m.group(0).strip("._-")
            local, dom = e.split("@", 1)
            pre = s[max(0, m.start() - 7):m.start()]
            if pre.endswith(":") and not pre.endswith("mailto:"):
                continue
            if pre.endswith("/"):
                continue
            if local.lower() in ROLE_LOCALS or e.lower() in PLACEHOLDER_EMAILS:
                continue
            if dom.endswith("gserviceaccount.com") or dom.endswith(".invalid"):
                continue
            if re.fullmatch(r"[\d.]+", dom.split(".")[-1]):
                continue
            if not covered(e):
                bad.append(("email", e))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group(0)) and not covered(m.group(0)):
                bad.append(("us_ssn", m.group(0)))
        for m in CARD_RE.finditer(s):
            d = re.sub(r"\D", "", m.group(0))
            if 13 <= len(d) <= 19 and CARD_PREFIX.match(d) and luhn_ok(d) and d not in TEST_CARDS and not covered(m.group(0)):
                bad.append(("payment_card", m.group(0)))
        for m in IBAN_RE.finditer(s):
            t = m.group(0)
            for cut in range(len(t), 14, -1):
                c = t[:cut].rstrip()
                if iban_ok(c) and c.replace(" ", "") not in TEST_IBANS:
                    if not covered(c):
                        bad.append(("iban", c))
                    break
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group(0)
                if t in VENDOR_EXAMPLES or low_entropy(t):
                    continue
                if t.startswith("-----BEGIN"):
                    if not any(t in v for v in vals):
                        bad.append(("private_key", t))
                    continue
                if not covered(t):
                    bad.append(("token", t))
    return bad




TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]


def type_ok(t, v, accept):
    d = re.sub(r"\D", "", v)
    if t == "payment_card":
        return re.fullmatch(r"[\d -]{13,23}", v) and 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS and CARD_PREFIX.match(d)
    if t == "iban":
        return iban_ok(v) and v.replace(" ", "") not in TEST_IBANS
    if t == "us_ssn":
        return ssn_ok(v)
    if t == "email":
        m = EMAIL_RE.fullmatch(v)
        return m and v.split("@")[0].lower() not in ROLE_LOCALS and v.lower() not in PLACEHOLDER_EMAILS
    if t == "phone_number":
        return 8 <= len(d) <= 15 and re.fullmatch(r"[+\d ()./-]+", v)
    if t == "aws_access_key_id":
        return re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) and v not in VENDOR_EXAMPLES
    if t == "aws_secret_access_key":
        return re.fullmatch(r"[A-Za-z0-9/+]{40}", v) and v not in VENDOR_EXAMPLES
    if t == "github_token":
        return re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v)
    if t == "gitlab_token":
        return re.fullmatch(r"(glpat|gldt|glrt)-[A-Za-z0-9_-]{20}|glptt-[0-9a-f]{40}", v)
    if t == "slack_token":
        return re.fullmatch(r"xox[bp]-[0-9-]+-[A-Za-z0-9]+|xapp-1-A[A-Z0-9]+-\d+-[0-9a-f]{64}|xoxe\.xoxp-1-[A-Za-z0-9]+", v)
    if t == "stripe_key":
        return re.fullmatch(r"[sr]k_(live|test)_[A-Za-z0-9]{24,}", v) and v not in VENDOR_EXAMPLES and not low_entropy(v)
    if t == "openai_api_key":
        return v.startswith("sk-") and not v.startswith("sk-ant-") and "T3BlbkFJ" in v
    if t == "anthropic_api_key":
        return re.fullmatch(r"sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA", v)
    if t == "google_api_key":
        return re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", v)
    if t == "jwt":
        parts = v.split(".")
        if len(parts) != 3:
            return False
        try:
            h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        except Exception:
            return False
        return "alg" in h
    if t == "private_key":
        return re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v)
    if t == "webhook_url":
        return re.match(r"https://(hooks\.slack\.com/services/T|discord\.com/api/webhooks/\d|[a-z0-9-]+\.webhook\.office\.com/webhookb2/|hooks\.zapier\.com/hooks/catch/\d)", v)
    if t == "url_credentials":
        return any(re.match(r"[a-z+]+://[^/:@]*:" + re.escape(v) + "@", a) for a in accept) and "@" not in v and "/" not in v
    if t == "generic_secret":
        return len(v) >= 8 and v.strip() == v and not low_entropy(v)
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v19.jsonl")
    errs = []
    counts = {t: 0 for t in TYPES}
    ids = set()
    n = clean = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        rec = json.loads(line)
        n += 1
        if line.rstrip("\n") != json.dumps(rec, ensure_ascii=False):
            errs.append(f"{ln}: not json.dumps(ensure_ascii=False) form")
        if set(rec) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errs.append(f"{ln}: keys {sorted(rec)}")
        if rec["id"] in ids:
            errs.append(f"{ln}: duplicate id")
        ids.add(rec["id"])
        if rec["split"] != "holdout-v19":
            errs.append(f"{ln}: split")
        w, doc = rec["wrap"], rec["doc"]
        if w == "text":
            ok = isinstance(doc, str)
        elif w == "structured":
            ok = isinstance(doc, dict)
        elif w == "raw-result":
            ok = (isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc["content"]
                  and all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"])
                  and isinstance(doc.get("isError"), bool))
        else:
            ok = False
        if not ok:
            errs.append(f"{ln}: bad wrap/doc shape")
        strs = doc_strings(doc, [])
        seen = set()
        if not rec["labels"]:
            clean += 1
        for l in rec["labels"]:
            t, v, acc = l.get("type"), l.get("value"), l.get("accept")
            if set(l) != {"type", "value", "accept"} or t not in TYPES or not isinstance(v, str) or not isinstance(acc, list):
                errs.append(f"{ln}: bad label shape")
                continue
            counts[t] += 1
            if v in seen:
                errs.append(f"{ln}: value labelled twice")
            seen.add(v)
            if not any(v in s for s in strs):
                errs.append(f"{ln}: {t} value not verbatim")
            for a in acc:
                if not any(a in s for s in strs):
                    errs.append(f"{ln}: {t} accept not verbatim")
                dv, da = re.sub(r"\D", "", v), re.sub(r"\D", "", a)
                if not (v in a or a in v or (dv and dv == da)):
                    errs.append(f"{ln}: {t} accept unrelated to value")
            if not type_ok(t, v, acc):
                errs.append(f"{ln}: {t} fails type rule")
        for kind, val in scan_unlabelled(doc, rec["labels"]):
            errs.append(f"{ln}: unlabelled {kind} (len {len(val)})")
    for t in TYPES:
        if counts[t] < 12:
            errs.append(f"type {t} has only {counts[t]} labels")
    if n != 450:
        errs.append(f"{n} records, expected 450")
    # regeneration check
    gen = os.path.join(os.path.dirname(os.path.abspath(path)), "gen_dlp_v19.py")
    if os.path.exists(gen):
        tmp = tempfile.mkdtemp(prefix="v19chk")
        shutil.copy(gen, tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "gen_dlp_v19.py")], check=True)
        a = hashlib.sha256(open(os.path.join(tmp, "dlp_v19.jsonl"), "rb").read()).hexdigest()
        b = hashlib.sha256(open(path, "rb").read()).hexdigest()
        shutil.rmtree(tmp)
        if a != b:
            errs.append("regenerated corpus differs from file")
        print("regenerated sha256", a)
    print(f"records={n} clean={clean} labels={sum(counts.values())}")
    print("per type:", json.dumps(counts))
    for e in errs[:50]:
        print("ERROR", e)
    print("OK" if not errs else f"FAILED ({len(errs)} errors)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
