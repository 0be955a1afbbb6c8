#!/usr/bin/env python3
"""check_dlp_v12.py -- stand-alone format and ground-truth check for dlp_v12.jsonl.

No detector is run.  Checks:
  * record format (id, template, split, wrap/doc shape, label shape)
  * every label value occurs verbatim in a string of the doc; every accept form
    occurs verbatim and contains (or is contained in) the value; no duplicates
  * per-type validity: Luhn + issuer prefix + not a published test card, IBAN
    mod-97 + country length, SSN issuance rules, e-mail not a role mailbox,
    token shapes (AWS, GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Google,
    JWT header decodes), PEM blocks complete, webhook hosts, URL passwords
  * cross-check: re-scans every document for values that should have been
    labelled (Luhn-valid non-test card numbers, mod-97 IBANs, issuance-valid
    SSNs, non-role e-mails, token-prefixed strings, complete private-key
    blocks) and reports any that no label covers
  * corpus counts (records, clean, labels, templates, per-type minimum,
    clean + positive per template)
  * determinism: re-runs gen_dlp_v12.py twice into a temp dir and compares sha256
Usage: python3 check_dlp_v12.py [dlp_v12.jsonl] [--no-regen]
"""
import base64
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

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


HERE = os.path.dirname(os.path.abspath(__file__))
TYPED_FULL = {
    "aws_access_key_id": re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}"),
    "aws_secret_access_key": re.compile(r"[A-Za-z0-9/+]{40}"),
    "github_token": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "gitlab_token": re.compile(r"gl(?:pat|dt|rt|ptt|ft|soat|oas|cbt|imt)-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{9})?"),
    "slack_token": re.compile(r"xox[bpe]-[0-9A-Za-z\-]{20,}|xoxe\.xoxp-[0-9A-Za-z\-]{20,}|xapp-[0-9A-Za-z\-]{20,}"),
    "stripe_key": re.compile(r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}"),
    "openai_api_key": re.compile(r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}"),
    "anthropic_api_key": re.compile(r"sk-ant-(?:api03|admin01|oat01)-[A-Za-z0-9_\-]{80,}"),
    "google_api_key": re.compile(r"AIza[A-Za-z0-9_\-]{35}"),
    "jwt": re.compile(r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+"),
    "webhook_url": re.compile(r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}"
                              r"|(?:discord|discordapp)\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,}"
                              r"|[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[0-9a-f\-]{36}@[0-9a-f\-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\-]{36}(?:/V2[A-Za-z0-9_\-]+)?"
                              r"|chat\.[a-z0-9.\-]+/hooks/[a-z0-9]{26})"),
}
FIELDS = {"id", "template", "split", "wrap", "doc", "labels"}


def b64u_json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def validate_label(lab, strings):
    errs = []
    t, v = lab["type"], lab["value"]
    if t == "email":
        if not EMAIL_RX.fullmatch(v):
            errs.append("email shape")
        if email_exempt(v):
            errs.append("role/placeholder/service mailbox labelled")
    elif t == "phone_number":
        d = re.sub(r"\D", "", v)
        if not (7 <= len(d) <= 15) or not re.fullmatch(r"[+0-9 ()\-.]+", v):
            errs.append("phone shape")
        if re.search(r"555-?01\d\d|7946 ?0|7700 ?900|491 ?570", v):
            errs.append("fictional number labelled")
    elif t == "us_ssn":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", v)
        if not m or not ssn_issuable(*m.groups()) or v in VENDOR_EXAMPLES:
            errs.append("ssn not issuance-valid")
    elif t == "payment_card":
        d = re.sub(r"[ \-]", "", v)
        if not d.isdigit() or not is_real_card(d):
            errs.append("card not Luhn/prefix valid or is a test card")
    elif t == "iban":
        if not iban_mod97_ok(v) or v.replace(" ", "") in VENDOR_EXAMPLES:
            errs.append("iban not mod-97 valid / example")
    elif t in TYPED_FULL:
        if not TYPED_FULL[t].fullmatch(v):
            errs.append(f"{t} shape")
        if t != "aws_secret_access_key" and placeholder_like(v):
            errs.append("placeholder-like typed value labelled")
        if t == "jwt":
            try:
                h = b64u_json(v.split(".")[0])
                b64u_json(v.split(".")[1])
                if "alg" not in h:
                    errs.append("jwt header without alg")
            except Exception:
                errs.append("jwt does not decode")
        if t == "aws_secret_access_key" and "EXAMPLE" in v:
            errs.append("aws example secret labelled")
    elif t == "private_key":
        m = re.fullmatch(r"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1PRIVATE KEY-----", v)
        if not m:
            errs.append("private key block incomplete")
    elif t == "url_credentials":
        if not any(re.search(r"://[^\s:/@]*:" + re.escape(v) + "@", s) for s in strings):
            errs.append("url password not inside scheme://user:pw@")
        if re.search(r"[\s/@:]", v) or len(v) < 6:
            errs.append("url password shape")
    elif t == "generic_secret":
        if len(v) < 8 or placeholder_like(v) and len(set(v)) < 6 or re.search(r"\$\{|<|\*{3}|REDACTED", v):
            errs.append("generic secret looks like a placeholder")
    else:
        errs.append("unknown type")
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "dlp_v12.jsonl")
    errors = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append(f"line {n}: not JSON ({e})")
    ids = set()
    type_counts = collections.Counter()
    tmpl = collections.defaultdict(lambda: [0, 0, 0])
    for r in recs:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        if rid in ids or not re.fullmatch(r"v12-\d+", str(rid)):
            errors.append(f"{rid}: bad/duplicate id")
        ids.add(rid)
        if r["split"] != "holdout-v12" or not r["template"]:
            errors.append(f"{rid}: split/template")
        w, d = r["wrap"], r["doc"]
        if w == "text" and not isinstance(d, str):
            errors.append(f"{rid}: text wrap needs str doc")
        if w == "structured" and not isinstance(d, dict):
            errors.append(f"{rid}: structured wrap needs object doc")
        if w == "raw-result":
            ok = isinstance(d, dict) and isinstance(d.get("content"), list) and d.get("isError") is False and \
                all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in d["content"])
            if not ok:
                errors.append(f"{rid}: raw-result shape")
        if w not in ("text", "structured", "raw-result"):
            errors.append(f"{rid}: wrap {w}")
        strings = [s for _, s in walk_strings(d)]
        seen = set()
        for lab in r["labels"]:
            if set(lab) != {"type", "value", "accept"} or lab["type"] not in TYPES or not isinstance(lab["accept"], list):
                errors.append(f"{rid}: label shape {lab}")
                continue
            key = (lab["type"], lab["value"])
            if key in seen:
                errors.append(f"{rid}: duplicate label {key[0]}")
            seen.add(key)
            if not any(lab["value"] in s for s in strings):
                errors.append(f"{rid}: value not verbatim ({lab['type']})")
            for a in lab["accept"]:
                if a == lab["value"] or not any(a in s for s in strings) or not (lab["value"] in a or a in lab["value"]):
                    errors.append(f"{rid}: bad accept form for {lab['type']}: {a[:60]!r}")
            for e in validate_label(lab, strings):
                errors.append(f"{rid}: {lab['type']}: {e}")
            type_counts[lab["type"]] += 1
        for typ, txt in unlabelled_values(r):
            errors.append(f"{rid}: UNLABELLED {typ}: {txt!r}")
        tmpl[r["template"]][0 if r["labels"] else 1] += 1
        tmpl[r["template"]][2] += len(r["labels"])
    n_clean = sum(1 for r in recs if not r["labels"])
    n_labels = sum(type_counts.values())
    if len(recs) != 450:
        errors.append(f"expected 450 records, got {len(recs)}")
    if not 180 <= n_clean <= 220:
        errors.append(f"clean count {n_clean} not about 200")
    if not 540 <= n_labels <= 700:
        errors.append(f"label count {n_labels} not about 600")
    if len(tmpl) < 35:
        errors.append(f"only {len(tmpl)} templates")
    for t in TYPES:
        if type_counts[t] < 12:
            errors.append(f"type {t}: only {type_counts[t]} labels")
    for k, (p, c, _) in tmpl.items():
        if not p or not c:
            errors.append(f"template {k}: positive={p} clean={c}")
    if "--no-regen" not in sys.argv:
        gen = os.path.join(HERE, "gen_dlp_v12.py")
        digests = []
        with tempfile.TemporaryDirectory() as td:
            for i in range(2):
                out = os.path.join(td, f"run{i}.jsonl")
                subprocess.run([sys.executable, gen, out], check=True, capture_output=True)
                digests.append(hashlib.sha256(open(out, "rb").read()).hexdigest())
        mine = hashlib.sha256(open(path, "rb").read()).hexdigest()
        print(f"sha256 file {mine}\nsha256 regen#1 {digests[0]}\nsha256 regen#2 {digests[1]}")
        if not (digests[0] == digests[1] == mine):
            errors.append("generator output is not byte-identical to the file")
    print(f"records {len(recs)}  clean {n_clean}  positive {len(recs) - n_clean}  labels {n_labels}  templates {len(tmpl)}")
    for t in TYPES:
        print(f"  {t:24s} {type_counts[t]}")
    for k in sorted(tmpl):
        p, c, nl = tmpl[k]
        print(f"  template {k:30s} positive {p:2d}  clean {c:2d}  labels {nl}")
    if errors:
        print(f"\n{len(errors)} ERROR(S)")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
