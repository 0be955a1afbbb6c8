#!/usr/bin/env python3
"""check_dlp_v21.py - stand-alone format and ground-truth check for dlp_v21.jsonl (no detector).

Checks: record format; every label value and accept form verbatim in a string of doc; type rules
(Luhn for cards, mod-97 + country length for IBANs, SSA issuance rules for SSNs, prefix/shape for
typed tokens, PEM block shape, webhook hosts); clean docs have no labels; and a cross-check that
re-derives from each document every Luhn-valid non-test card, mod-97 IBAN, issuance-valid SSN,
non-role e-mail and token-prefixed string and fails if one is not covered by a label.
Usage: python3 check_dlp_v21.py [dlp_v21.jsonl]
"""
import json
import os
import re
import sys

# ---- copied verbatim from gen_dlp_v21.py (kept identical so both apply the same rules) ----
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0



def iban_mod97(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0



ROLE_LOCAL = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team",
              "alerts", "careers", "noc", "claims", "fnol", "outages", "closings", "escrow", "leasing",
              "underwriting", "dispatch", "collections", "payments", "newbusiness", "servicedesk",
              "notifications", "donotreply", "help", "customercare", "appraisals", "title", "compliance",
              "privacy", "ops", "accounts", "subrogation", "commissions", "meterdata", "interconnection",
              "ev", "rebates", "programs", "einspeisung", "raccordement"]
PLACEHOLDER_EMAILS = ["you@example.com", "user@domain.tld", "your.name@example.com",
                      "agent@yourbrokerage.com", "name@company.com", "firstname.lastname@example.org"]



TEST_CARDS = ["4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444",
              "2223003122003222", "5200828282828210", "5105105105105100", "378282246310005",
              "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
              "36227206271667", "3566002020360505", "4012888888881881", "4000000000000002",
              "4000000000009995", "4000002500003155"]



EXAMPLE_IBANS = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
                 "NL91ABNA0417164300", "GB33BUKB20201555555555", "CH9300762011623852957",
                 "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
                 "AT611904300234573201"]



VENDOR_EXAMPLES = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",
                   "xoxb-not-a-real-token-this-will-not-work",
                   "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                   "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"]



ROLE_SET = set(ROLE_LOCAL) | {"postmaster", "abuse", "webmaster", "admin", "contact", "service", "legal", "it",
                              "office", "frontdesk", "reservations", "mls", "ap", "ar", "operations", "support-team"}
KNOWN_NEG = set(VENDOR_EXAMPLES) | set(PLACEHOLDER_EMAILS)
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "AT": 20, "CH": 21, "IE": 22,
            "PL": 28, "PT": 25, "LU": 20, "DK": 18, "FI": 18, "SE": 24, "NO": 15, "CZ": 24, "SK": 24, "HU": 28,
            "RO": 24, "GR": 27, "HR": 21, "SI": 19, "LT": 20, "LV": 21, "EE": 20, "MT": 31, "CY": 28, "IS": 26,
            "LI": 21, "MC": 27, "SA": 24, "AE": 23, "TR": 26, "IL": 23, "BR": 29, "QA": 29}
TOKEN_RES = [re.compile(p) for p in [
    r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{50,}",
    r"gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat)-[A-Za-z0-9_\-]{20,}", r"GR1348941[A-Za-z0-9_\-]{20}",
    r"xox[abpers]-[A-Za-z0-9\-]{10,}", r"xapp-\d-[A-Za-z0-9\-]{10,}", r"xoxe\.xox[bp]-\d-[A-Za-z0-9]{20,}",
    r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,}",
    r"sk-ant-[A-Za-z0-9_\-]{20,}",
    r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{20,}", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    r"AIza[0-9A-Za-z_\-]{35}",
    r"eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}",
    r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+",
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_\-]+",
    r"https://[\w.\-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>]+",
    r"https://hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+/?",
    r"-----BEGIN ([A-Z ]*?)PRIVATE KEY-----\r?\n(?:[A-Za-z0-9+/=]+\r?\n){2,}-----END \1PRIVATE KEY-----",
]]
EMAIL_RE = re.compile(r"(?<![\w.+\-*•])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d\-])(\d{3})-(\d{2})-(\d{4})(?![\d\-])")
CARD_RES = [re.compile(r"(?<![\d\-])\d{4}([ \-]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d])"),
            re.compile(r"(?<![\d\-])\d{4}([ \-]?)\d{6}\1\d{5}(?![\d])"),
            re.compile(r"(?<![\d\-])\d{13,19}(?![\d])")]
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def doc_strings(doc):
    out = []

    def walk(o):
        if isinstance(o, str):
            out.append(o)
        elif isinstance(o, dict):
            for k, v in o.items():
                out.append(k)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(doc)
    return out


def card_like(digits):
    n = len(digits)
    if digits in TEST_CARDS or not luhn_ok(digits):
        return False
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    if digits[:2] in ("34", "37"):
        return n == 15
    if digits.startswith("6011") or digits.startswith("65") or 644 <= int(digits[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(digits[:4]) <= 3589:
        return n in (16, 19)
    if digits[:2] in ("36", "38") or 300 <= int(digits[:3]) <= 305:
        return n == 14
    return False


def low_entropy(s):
    return len(set(s)) <= 4


def find_candidates(s):
    """values in string s that a labeller must label (type, text)"""
    hits = []
    for rx in TOKEN_RES:
        for m in rx.finditer(s):
            t = m.group(0)
            body = re.sub(r"^[A-Za-z]+[_\-]", "", t)
            if t in KNOWN_NEG or low_entropy(body[-20:]):
                continue
            hits.append(("token", t))
    for m in EMAIL_RE.finditer(s):
        e = m.group(0)
        local = e.split("@")[0].lower()
        before = s[max(0, m.start() - 40):m.start()]
        if e in KNOWN_NEG or local in ROLE_SET or e.lower().endswith("gserviceaccount.com") or local.startswith(("svc-", "svc_", "svc.")):
            continue
        if re.search(r"://[^\s]*$", before) or re.search(r"(?i)(message-id|in-reply-to|references)\W*<?[^\n]*$", before):
            continue
        hits.append(("email", e))
    for m in SSN_RE.finditer(s):
        if ssn_valid(*m.groups()):
            hits.append(("ssn", m.group(0)))
    for rx in CARD_RES:
        for m in rx.finditer(s):
            dg = re.sub(r"\D", "", m.group(0))
            if card_like(dg):
                hits.append(("card", m.group(0)))
    for m in IBAN_START.finditer(s):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need, i, chars, raw_end = IBAN_LEN[cc], m.start(), "", m.start()
        while i < len(s) and len(chars) < need:
            c = s[i]
            if c.isalnum() and c.isascii():
                chars += c.upper() if c.isalpha() else c
            elif c == " " and i + 1 < len(s) and s[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        if len(chars) == need and re.fullmatch(r"[A-Z0-9]+", chars) and iban_mod97(chars) == 1 and chars not in EXAMPLE_IBANS:
            hits.append(("iban", s[m.start():i]))
    return hits


def unlabelled(doc, labels):
    covered = []
    for l in labels:
        covered.append(l["value"])
        covered.extend(l.get("accept", []))
    bad = []
    for s in doc_strings(doc):
        for kind, t in find_candidates(s):
            if not any(t in c for c in covered):
                bad.append((kind, t))
    return bad




# ---- checker proper ----
TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
SHAPE = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "github_token": r"(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})",
    "gitlab_token": r"gl(?:pat|dt|rt|ptt|oas)-[A-Za-z0-9_\-]{20,}",
    "slack_token": r"(?:xox[bp]-[0-9A-Za-z\-]{20,}|xapp-\d-[A-Za-z0-9\-]{20,}|xoxe\.xoxp-\d-[A-Za-z0-9]{20,})",
    "stripe_key": r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{40,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_\-]{90,}",
    "google_api_key": r"AIza[0-9A-Za-z_\-]{35}",
    "jwt": r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+",
    "private_key": r"-----BEGIN ([A-Z ]*?)PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]+\n)+-----END \1PRIVATE KEY-----",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{60,}|[\w\-]+\.webhook\.office\.com/webhookb2/\S+/IncomingWebhook/[0-9a-f]{32}/\S+|hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+/)",
    "email": r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
    "phone_number": r"\+?[0-9() .\-/]{8,22}",
}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v21.jsonl")
    errs = []
    ids = set()
    n = clean = nl = 0
    per_type = {t: 0 for t in TYPES}
    templates = {}
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            r = json.loads(line)
            n += 1
            rid = r.get("id")
            e = lambda m: errs.append(f"line {ln} {rid}: {m}")
            if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
                e(f"keys {sorted(r)}")
            if rid in ids:
                e("duplicate id")
            ids.add(rid)
            if r.get("split") != "holdout-v21":
                e("split")
            w, doc = r.get("wrap"), r.get("doc")
            if w == "text" and not isinstance(doc, str):
                e("text wrap needs str doc")
            elif w == "structured" and not isinstance(doc, dict):
                e("structured wrap needs object doc")
            elif w == "raw-result":
                ok = (isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False
                      and all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"]))
                if not ok:
                    e("raw-result shape")
            elif w not in ("text", "structured", "raw-result"):
                e(f"wrap {w}")
            if line.rstrip("\n") != json.dumps(r, ensure_ascii=False):
                e("not serialised with json.dumps(ensure_ascii=False)")
            strings = doc_strings(doc)
            present = lambda x: any(x in s for s in strings)
            labels = r.get("labels", [])
            tpl = templates.setdefault(r.get("template"), [0, 0])
            tpl[0 if not labels else 1] += 1
            if not labels:
                clean += 1
            seen = set()
            for l in labels:
                nl += 1
                t, v, acc = l.get("type"), l.get("value"), l.get("accept")
                if set(l) != {"type", "value", "accept"} or t not in TYPES or not isinstance(v, str) or not isinstance(acc, list):
                    e(f"label shape {l}")
                    continue
                per_type[t] += 1
                if (t, v) in seen:
                    e(f"duplicate label {t}")
                seen.add((t, v))
                if not present(v):
                    e(f"{t} value not verbatim")
                for a in acc:
                    if not present(a):
                        e(f"{t} accept form not verbatim: {a[:30]!r}")
                    if a == v:
                        e(f"{t} accept repeats value")
                if t in SHAPE and not re.fullmatch(SHAPE[t], v):
                    e(f"{t} shape mismatch {v[:30]!r}")
                if t == "payment_card":
                    dg = re.sub(r"[ \-]", "", v)
                    if not dg.isdigit() or not luhn_ok(dg) or dg in TEST_CARDS or not card_like(dg):
                        e("card fails Luhn/IIN/test-card rule")
                if t == "iban":
                    c = v.replace(" ", "")
                    if IBAN_LEN.get(c[:2]) != len(c) or iban_mod97(c) != 1 or c in EXAMPLE_IBANS:
                        e("iban fails length/mod-97/example rule")
                if t == "us_ssn":
                    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
                    if not m or not ssn_valid(*m.groups()):
                        e("ssn fails issuance rule")
                if t == "email":
                    if v.split("@")[0].lower() in ROLE_SET or v in PLACEHOLDER_EMAILS:
                        e("role/placeholder mailbox labelled")
                if t == "phone_number":
                    if len(re.sub(r"\D", "", v)) < 9:
                        e("phone too short")
                    if re.search(r"555-?01\d\d|7700 ?900|7946 ?0|0491 ?570|^1?-?\(?8(00|88|77|66|55|44|33)", v):
                        e("fictional/toll-free phone labelled")
                if t == "url_credentials":
                    if not any(re.search(r"://[^\s:/@]+:" + re.escape(v) + "@", s) for s in strings):
                        e("url_credentials value not a URL password")
                if t in KNOWN_NEG or v in KNOWN_NEG:
                    e("vendor example labelled")
            for kind, tval in unlabelled(doc, labels):
                e(f"unlabelled {kind}: {tval[:24]!r}...")
    print(f"records={n} clean={clean} positive={n - clean} labels={nl}")
    for t in TYPES:
        print(f"  {t:<24}{per_type[t]}")
        if per_type[t] < 12:
            errs.append(f"type {t} has only {per_type[t]} labels")
    print(f"templates={len(templates)}")
    for k in sorted(templates):
        c, p = templates[k]
        print(f"  {k:<28} clean={c} positive={p}")
        if c == 0 or p == 0:
            errs.append(f"template {k} lacks clean or positive instances")
    if len(templates) < 35:
        errs.append("fewer than 35 templates")
    if errs:
        print(f"FAIL ({len(errs)} problems)")
        for x in errs[:200]:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
