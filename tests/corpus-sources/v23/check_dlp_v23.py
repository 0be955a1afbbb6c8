#!/usr/bin/env python3
"""check_dlp_v23.py - stand-alone format and ground-truth check for dlp_v23.jsonl.

No detector is used. Checks: record format, verbatim values and accept forms,
per-type validity (Luhn, mod-97, SSN issuance rules, token shapes), counts, and a
cross-check that re-scans every document for values that should have been
labelled (Luhn-valid non-test card numbers, mod-97 IBANs, issuance-valid SSNs,
non-role e-mail addresses, token-prefixed strings) but are not.

usage: python3 check_dlp_v23.py [path/to/dlp_v23.jsonl] [--regen]
  --regen  also re-runs gen_dlp_v23.py in a temporary directory and compares sha256.
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

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
ROLE_LOCAL = {"production", "casting", "registrar", "financialaid", "grainoffice", "recalls", "bids",
              "permits", "estimating", "support", "noreply", "no-reply", "info", "billing", "sales", "hr",
              "team", "alerts", "careers", "noc", "security", "accounts", "payroll", "accounting",
              "clearances", "locations", "counseling", "attendance", "admissions", "membership", "quality",
              "dispatch", "submittals", "safety", "do-not-reply", "notifications", "postmaster", "privacy"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@school.edu", "firstname.lastname@example.org",
                      "parent@example.com", "crew@example.com"}
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
              "378282246310005", "6011111111111117", "4111111111111111", "5105105105105100",
              "4012888888881881", "371449635398431", "3566002020360505", "6200000000000005"}
TEST_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819",
              "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                   "xoxb-not-a-real-token-this-will-not-work",
                   "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                   "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20,
            "IE": 22, "PL": 28, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "PT": 25, "LU": 20, "CZ": 24,
            "HU": 28, "RO": 24, "EE": 20, "LT": 20, "SI": 19, "HR": 21, "GR": 27, "SK": 24, "MT": 31,
            "CY": 28, "BG": 22, "IS": 26, "LV": 21, "SA": 24, "AE": 23, "TR": 26, "IL": 23, "BR": 29}
CARD_PREFIX_RE = re.compile(r"^(4|5[1-5]|2(2[2-9][1-9]|2[3-9]|[3-6]|7[01]|720)|3[47]|6011|65|64[4-9]|35|3[068])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TOKEN_RES = [re.compile(p) for p in [
    r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9_]{50,}",
    r"\bgl(?:pat|dt|rt|ptt|ft|cbt|soat|oas)-[A-Za-z0-9_-]{20,}", r"\bxox[abpre]-[A-Za-z0-9-]{10,}",
    r"\bxoxe\.xox[bp]-[A-Za-z0-9-]{20,}", r"\bxapp-\d-[A-Za-z0-9-]{20,}", r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}",
    r"\bsk-ant-[A-Za-z0-9_-]{20,}", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",
    r"\bAIza[A-Za-z0-9_-]{35}", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+",
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+", r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+"]]
CARD_RES = [re.compile(r"(?<![\d+])\d{13,19}(?!\d)"), re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)"),
            re.compile(r"(?<!\d)\d{4}([ -])\d{6}\1\d{4,5}(?!\d)")]
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
SSN_RES = [re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])"), re.compile(r"(?<![\d ])(\d{3}) (\d{2}) (\d{4})(?![\d])")]

TYPE_RES = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
    "gitlab_token": r"gl(?:pat|dt|rt|ptt|ft|cbt)-[A-Za-z0-9_-]{20,}",
    "slack_token": r"(?:xox[bp]-[0-9]+-[0-9]+(?:-[0-9]+)?-[A-Za-z0-9]+|xapp-1-A[A-Z0-9]+-\d+-[a-f0-9]{64}|xoxe\.xoxp-1-[A-Za-z0-9]+)",
    "stripe_key": r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "private_key": r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1PRIVATE KEY-----",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|(?:discord|discordapp)\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{60,}|[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+)",
}


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    t = s[4:] + s[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1
    except ValueError:
        return False


def ssn_valid(a, g, s):
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000" and \
        (a + g + s) not in ("078051120", "219099999", "123456789")


def strings_of(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings_of(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_of(v)


def placeholder_body(tok):
    m = re.match(r"^(?:[A-Za-z]+[_-])+", tok)
    body = tok[m.end():] if m else tok
    return len(set(body)) <= 2


def unlabelled_findings(doc, labels):
    vals = [l["value"] for l in labels]
    norm_ibans = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    card_digits = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    out = []

    def covered(m):
        return any(m in v or v in m for v in vals)

    for s in strings_of(doc):
        for m in EMAIL_RE.finditer(s):
            e = m.group(0)
            loc = e.split("@")[0].lower()
            line = s[s.rfind("\n", 0, m.start()) + 1: m.start()].strip().lower()
            if line.startswith(("message-id", "in-reply-to", "references")) or s[max(0, m.start() - 3):m.start()] == "://":
                continue
            if loc in ROLE_LOCAL or e.lower() in PLACEHOLDER_EMAILS or e.endswith("gserviceaccount.com") or loc.startswith("svc-"):
                continue
            if not covered(e):
                out.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group(0)
                if t in VENDOR_EXAMPLES or any(t in w for w in VENDOR_EXAMPLES) or placeholder_body(t):
                    continue
                if not covered(t):
                    out.append(("token", t))
        for rx in CARD_RES:
            for m in rx.finditer(s):
                d = re.sub(r"\D", "", m.group(0))
                if 13 <= len(d) <= 19 and CARD_PREFIX_RE.match(d) and luhn_ok(d) and d not in TEST_CARDS and d not in card_digits:
                    out.append(("card", m.group(0)))
        for m in IBAN_RE.finditer(s):
            st = m.group(0).replace(" ", "")
            cc = st[:2]
            if cc in IBAN_LEN and len(st) >= IBAN_LEN[cc]:
                cand = st[:IBAN_LEN[cc]]
                if iban_valid(cand) and cand not in TEST_IBANS and cand not in norm_ibans:
                    out.append(("iban", cand))
        for rx in SSN_RES:
            for m in rx.finditer(s):
                if ssn_valid(*m.groups()) and not covered(m.group(0)):
                    out.append(("ssn", m.group(0)))
    return out


def type_ok(t, v, accept):
    if t == "email":
        return bool(re.fullmatch(EMAIL_RE, v)) and v.split("@")[0].lower() not in ROLE_LOCAL and v.lower() not in PLACEHOLDER_EMAILS
    if t == "phone_number":
        d = re.sub(r"\D", "", v)
        return 8 <= len(d) <= 15 and not re.search(r"555-01\d\d|07700 900|020 7946 0|0491 570|^1-8[0-9]{2}-", v)
    if t == "us_ssn":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", v)
        return bool(m) and ssn_valid(m.group(1), m.group(3), m.group(4))
    if t == "payment_card":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS and bool(CARD_PREFIX_RE.match(d))
    if t == "iban":
        return iban_valid(v) and v.replace(" ", "") not in TEST_IBANS
    if t == "url_credentials":
        return any("://" in a and (":" + v + "@") in a for a in accept)
    if t == "generic_secret":
        return len(v) >= 8 and v not in VENDOR_EXAMPLES and not placeholder_body(v)
    if t in TYPE_RES:
        if v in VENDOR_EXAMPLES or "EXAMPLE" in v:
            return False
        if not re.fullmatch(TYPE_RES[t], v):
            return False
        if t == "jwt":
            try:
                for part in v.split(".")[:2]:
                    json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            except Exception:
                return False
        if t == "openai_api_key" and v.startswith("sk-ant-"):
            return False
        return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "dlp_v23.jsonl")
    errors = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append(f"line {n}: bad JSON {e}")
    ids = set()
    per_type = collections.Counter()
    per_tpl = collections.defaultdict(lambda: [0, 0, 0])
    wraps = collections.Counter()
    for r in recs:
        rid = r.get("id")
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if rid in ids or not re.fullmatch(r"v23-\d+", str(rid)):
            errors.append(f"{rid}: duplicate or malformed id")
        ids.add(rid)
        if r["split"] != "holdout-v23":
            errors.append(f"{rid}: split")
        w, d = r["wrap"], r["doc"]
        wraps[w] += 1
        if w == "text" and not isinstance(d, str):
            errors.append(f"{rid}: text doc not str")
        elif w == "structured" and not isinstance(d, dict):
            errors.append(f"{rid}: structured doc not object")
        elif w == "raw-result":
            ok = isinstance(d, dict) and isinstance(d.get("content"), list) and d["content"] and \
                all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in d["content"]) and \
                d.get("isError") is False and set(d) <= {"content", "isError", "structuredContent"}
            if not ok:
                errors.append(f"{rid}: bad raw-result")
        elif w not in ("text", "structured", "raw-result"):
            errors.append(f"{rid}: wrap {w}")
        strs = list(strings_of(d))
        seen = set()
        for l in r["labels"]:
            if set(l) != {"type", "value", "accept"} or l["type"] not in TYPES or not isinstance(l["accept"], list):
                errors.append(f"{rid}: bad label shape")
                continue
            t, v = l["type"], l["value"]
            if (t, v) in seen:
                errors.append(f"{rid}: duplicate label {t}")
            seen.add((t, v))
            if not isinstance(v, str) or not v or not any(v in s for s in strs):
                errors.append(f"{rid}: {t} value not verbatim")
            for a in l["accept"]:
                if not isinstance(a, str) or a == v or not any(a in s for s in strs):
                    errors.append(f"{rid}: {t} accept form not verbatim or equal to value")
            if not type_ok(t, v, l["accept"]):
                errors.append(f"{rid}: {t} value fails type rule")
            per_type[t] += 1
        for kind, val in unlabelled_findings(d, r["labels"]):
            errors.append(f"{rid}: UNLABELLED {kind} found by cross-check (template {r['template']})")
        x = per_tpl[r["template"]]
        x[0] += 1
        x[1 if not r["labels"] else 2] += 1
    n_clean = sum(1 for r in recs if not r["labels"])
    n_labels = sum(per_type.values())
    if len(recs) != 450:
        errors.append(f"record count {len(recs)} != 450")
    if not 180 <= n_clean <= 220:
        errors.append(f"clean count {n_clean} not about 200")
    if not 540 <= n_labels <= 700:
        errors.append(f"label count {n_labels} not about 600")
    if len(per_tpl) < 35:
        errors.append(f"only {len(per_tpl)} templates")
    for t in TYPES:
        if per_type[t] < 12:
            errors.append(f"type {t}: only {per_type[t]} labels")
    for t, (a, c, p) in per_tpl.items():
        if not c or not p:
            errors.append(f"template {t}: needs clean and positive docs ({c}/{p})")
    print(f"records {len(recs)}  clean {n_clean}  labels {n_labels}  templates {len(per_tpl)}  wraps {dict(wraps)}")
    for t in TYPES:
        print(f"  {t:<24}{per_type[t]}")
    with open(path, "rb") as f:
        print("sha256", hashlib.sha256(f.read()).hexdigest())
    if "--regen" in sys.argv:
        tmp = tempfile.mkdtemp(prefix="dlpv23_")
        shutil.copy(os.path.join(HERE, "gen_dlp_v23.py"), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "gen_dlp_v23.py")], check=True, stdout=subprocess.DEVNULL)
        a = hashlib.sha256(open(os.path.join(tmp, "dlp_v23.jsonl"), "rb").read()).hexdigest()
        b = hashlib.sha256(open(path, "rb").read()).hexdigest()
        print("regen sha256", a, "MATCH" if a == b else "MISMATCH")
        if a != b:
            errors.append("regenerated file differs")
        shutil.rmtree(tmp)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
