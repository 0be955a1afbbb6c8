#!/usr/bin/env python3
"""Stand-alone format and ground-truth check for dlp_v10.jsonl (no detector involved).
Usage: python3 check_dlp_v10.py [dlp_v10.jsonl] [--regen]
  --regen  also re-run gen_dlp_v10.py twice into a temp dir and require byte-identical output.
Exit status 0 = all checks passed."""
import base64, hashlib, json, os, re, subprocess, sys, tempfile
from collections import Counter, defaultdict

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
              "4000000000000002", "4000000000009995", "4000002500003155", "5454545454545454"}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "SE": 24,
            "NO": 15, "DK": 18, "IE": 22, "PT": 25, "FI": 18, "LU": 20}
ROLE = {"support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "admin", "contact",
        "help", "hello", "payments", "invoices", "notifications", "privacy", "legal", "careers", "finance", "office",
        "postmaster", "do-not-reply", "feedback", "orders", "payroll", "accounts", "ops", "it", "jobs", "marketing", "press",
        "reception", "abuse", "webmaster", "donotreply", "mailer-daemon", "newsletter", "recruiting", "service", "bounce",
        "calendar", "events", "dev", "devops", "accounting", "ar", "ap", "compliance", "dpo", "onboarding", "partners",
        "procurement", "returns", "shipping", "status", "it-helpdesk", "servicedesk"}
PLACEHOLDERS = {"you@example.com", "user@example.com", "name@company.com", "user@domain.tld", "your.name@company.com",
                "email@example.com", "someone@example.org", "jane@example.com"}
SERVICE_DOMAINS = ("gserviceaccount.com", "resource.calendar.google.com", "group.calendar.google.com",
                   "users.noreply.github.com", "bounces.hubspotemail.net", "reply.zendesk.com", "mg.mailrelay.net",
                   "system.okta.local", "bots.slack.internal")
VENDOR_EXAMPLE_MARKERS = ("EXAMPLE", "T00000000")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
TOKEN_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"github_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"\bgl(?:pat|dt|rt|ptt|oas|cbt|soat|ft|imt)-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"\bxox[abposre]-[A-Za-z0-9\-]{10,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9\-]{10,}"),
    re.compile(r"\bxoxe\.xox[bp]-[A-Za-z0-9\-]{10,}"),
    re.compile(r"\b[sr]k_live_[A-Za-z0-9]{20,}"),
    re.compile(r"\bsk-ant-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"\bsk-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"\bAIza[0-9A-Za-z_\-]{35}"),
    re.compile(r"\beyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{10,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"),
    re.compile(r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{30,}"),
    re.compile(r"webhook\.office\.com/webhookb2/[^\s\"'\\<>]+"),
    re.compile(r"logic\.azure\.com(?::443)?/workflows/[^\s\"'\\<>]+sig=[A-Za-z0-9_\-]{20,}"),
]
DIGRUN_RE = re.compile(r"(?<![A-Za-z0-9])\d(?:[ \-]?\d){11,22}(?![A-Za-z0-9])")
SSN_RE = re.compile(r"(?<![\d\-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d\-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")

def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        t += n
    return t % 10 == 0

def network(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19): return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720): return "mastercard"
    if n == 15 and d[:2] in ("34", "37"): return "amex"
    if 16 <= n <= 19 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649): return "discover"
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589: return "jcb"
    if n == 14 and (d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305): return "diners"
    return None

def iban_ok(s, strict_country=True):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c):
        return False
    if strict_country and IBAN_LEN.get(c[:2]) != len(c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"

def leaves(o, out):
    if isinstance(o, str):
        out.append(o)
    elif isinstance(o, dict):
        for v in o.values():
            leaves(v, out)
    elif isinstance(o, list):
        for v in o:
            leaves(v, out)
    return out

def unescape_levels(v):
    """value as stored may be JSON-escaped (e.g. PEM inside serialised JSON); undo up to 3 levels."""
    for _ in range(3):
        if "\\n" in v or '\\"' in v or "\\\\" in v:
            try:
                v = json.loads('"' + v + '"')
            except ValueError:
                break
        else:
            break
    return v

def b64url_json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))

def type_rule(t, v):
    """Return an error string or None."""
    if t == "email":
        if not EMAIL_RE.fullmatch(v): return "not an e-mail"
        loc = v.split("@")[0].lower().split("+")[0]
        if loc in ROLE: return "role mailbox labelled"
        if v.lower() in PLACEHOLDERS: return "placeholder labelled"
    elif t == "phone_number":
        d = re.sub(r"\D", "", v)
        if not (7 <= len(d) <= 15) or not re.fullmatch(r"[+\d ().\-]+", v): return "bad phone shape"
        if re.search(r"555-?01\d\d$", v) or re.search(r"7700 ?900\d{3}$", v) or "7946 0" in v or "491 570" in v: return "fictional number labelled"
        if re.match(r"^(\+?1[ \-]?)?\(?8(00|88|77|66|55|44|33)\)?[ \-.]", v) or re.match(r"^0800|^1800", v): return "toll-free labelled"
    elif t == "us_ssn":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
        if not m or not ssn_ok(*m.groups()): return "SSN not issuance-valid"
    elif t == "payment_card":
        d = re.sub(r"[ \-]", "", v)
        if not d.isdigit(): return "card has non-digits"
        if not luhn(d): return "card fails Luhn"
        if not network(d): return "card has no network prefix/length"
        if d in TEST_CARDS: return "published test card labelled"
    elif t == "iban":
        if not iban_ok(v): return "IBAN fails mod-97/length"
    elif t == "aws_access_key_id":
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) or "EXAMPLE" in v: return "bad AWS key id"
    elif t == "aws_secret_access_key":
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v) or "EXAMPLE" in v: return "bad AWS secret"
    elif t == "github_token":
        if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v): return "bad GitHub token"
    elif t == "gitlab_token":
        if not re.fullmatch(r"gl(pat|dt|rt)-[A-Za-z0-9_\-]{20,}|glptt-[0-9a-f]{40}", v): return "bad GitLab token"
    elif t == "slack_token":
        if not re.fullmatch(r"xox[bp]-[0-9]+-[0-9]+(-[0-9]+)?-[A-Za-z0-9]+|xapp-\d-[A-Z0-9]+-\d+-[0-9a-f]+|xoxe\.xox[bp]-1-[A-Za-z0-9]+", v): return "bad Slack token"
    elif t == "stripe_key":
        if not re.fullmatch(r"[sr]k_live_[A-Za-z0-9]{20,}", v): return "bad Stripe key"
    elif t == "openai_api_key":
        if v.startswith("sk-ant-") or not re.fullmatch(r"sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", v) or "T3BlbkFJ" not in v: return "bad OpenAI key"
    elif t == "anthropic_api_key":
        if not re.fullmatch(r"sk-ant-(api03|admin01)-[A-Za-z0-9_\-]{93}AA", v): return "bad Anthropic key"
    elif t == "google_api_key":
        if not re.fullmatch(r"AIza[0-9A-Za-z_\-]{35}", v): return "bad Google key"
    elif t == "jwt":
        parts = v.split(".")
        if len(parts) != 3: return "JWT needs 3 parts"
        try:
            h, p = b64url_json(parts[0]), b64url_json(parts[1])
        except Exception:
            return "JWT header/payload not base64url JSON"
        if "alg" not in h or not isinstance(p, dict) or not re.fullmatch(r"[A-Za-z0-9_\-]{20,}", parts[2]): return "bad JWT"
    elif t == "private_key":
        u = unescape_levels(v)
        m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", u)
        if not m: return "bad private key block"
    elif t == "webhook_url":
        if not re.fullmatch(r"https://(hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}"
                            r"|(discord|discordapp)\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,}"
                            r"|[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f\-]{36}@[0-9a-f\-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\-]{36}/V2[A-Za-z0-9_\-]+"
                            r"|prod-\d+\.[a-z]+\.logic\.azure\.com:443/workflows/[0-9a-f]{32}/triggers/manual/paths/invoke\?\S+&sig=[A-Za-z0-9_\-]{43})", v):
            return "bad webhook URL"
        if any(m in v for m in VENDOR_EXAMPLE_MARKERS): return "vendor example webhook labelled"
    elif t == "url_credentials":
        if not v or re.search(r"[@/:\s]", v) or v.startswith("$"): return "bad URL password"
    elif t == "generic_secret":
        if len(v) < 8 or re.search(r"\s", v) or v.startswith(("${", "{{", "vault:", "op://", "arn:")) or set(v) <= set("*•x") or "…" in v:
            return "generic secret looks like placeholder/masked"
    return None

def unlabelled_hits(doc, labels):
    strings = leaves(doc, [])
    vals = [l["value"] for l in labels] + [a for l in labels for a in l["accept"]]
    compact = {re.sub(r"[ \-]", "", v) for v in vals}
    def covered(x):
        return any(x in v for v in vals) or re.sub(r"[ \-]", "", x) in compact
    hits = []
    for s in strings:
        for m in DIGRUN_RE.finditer(s):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and network(d) and luhn(d) and d not in TEST_CARDS and not covered(m.group()):
                hits.append(("payment_card", m.group()))
        for m in IBAN_RE.finditer(s):
            if iban_ok(m.group(), strict_country=False) and not covered(m.group()):
                hits.append(("iban", m.group()))
        for m in SSN_RE.finditer(s):
            if ssn_ok(m.group(1), m.group(3), m.group(4)) and not covered(m.group()):
                hits.append(("us_ssn", m.group()))
        for m in EMAIL_RE.finditer(s):
            e = m.group()
            loc, dom = e.split("@", 1)
            if m.start() > 0 and s[m.start() - 1] in ":/":
                continue  # URL userinfo
            if loc.lower().split("+")[0] in ROLE or e.lower() in PLACEHOLDERS or dom.lower().endswith(SERVICE_DOMAINS) or len(loc) >= 24:
                continue
            if not covered(e):
                hits.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group()
                if any(x in t for x in VENDOR_EXAMPLE_MARKERS):
                    continue
                if not covered(t):
                    hits.append(("token-prefixed", t))
    return hits

def required_accepts(t, v, strings):
    """accept forms that must be listed whenever they occur in the document"""
    req = []
    if t == "email":
        req.append("mailto:" + v)
    if t == "jwt":
        req.append("Bearer " + v)
    if t == "payment_card":
        d = re.sub(r"[ \-]", "", v)
        if d != v:
            req.append(d)
    if t == "iban":
        c = v.replace(" ", "")
        req += [c, " ".join(c[i:i + 4] for i in range(0, len(c), 4))]
    if t == "phone_number" and v.startswith("+"):
        req.append(v[1:])
    return [r for r in req if r != v and any(r in s for s in strings)]

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, "dlp_v10.jsonl")
    errs = []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {ln}: bad JSON {e}")
                continue
            if line.rstrip("\n") != json.dumps(r, ensure_ascii=False):
                errs.append(f"line {ln}: not in json.dumps(ensure_ascii=False) form")
            recs.append(r)
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    type_ct, tmpl = Counter(), defaultdict(lambda: [0, 0])
    for r in recs:
        rid = r.get("id")
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errs.append(f"{rid}: keys {sorted(r)}")
            continue
        if not re.fullmatch(r"v10-\d+", rid) or r["split"] != "holdout-v10":
            errs.append(f"{rid}: bad id/split")
        w, d = r["wrap"], r["doc"]
        if w == "text":
            ok = isinstance(d, str)
        elif w == "structured":
            ok = isinstance(d, dict) and "content" not in d
        elif w == "raw-result":
            ok = (isinstance(d, dict) and d.get("isError") is False and isinstance(d.get("content"), list) and d["content"]
                  and all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in d["content"])
                  and set(d) <= {"content", "isError", "structuredContent"})
        else:
            ok = False
        if not ok:
            errs.append(f"{rid}: doc does not match wrap {w}")
        strings = leaves(d, [])
        seen = set()
        tmpl[r["template"]][1 if r["labels"] else 0] += 1
        for l in r["labels"]:
            if set(l) != {"type", "value", "accept"} or l["type"] not in TYPES or not isinstance(l["value"], str) or not isinstance(l["accept"], list):
                errs.append(f"{rid}: malformed label")
                continue
            t, v = l["type"], l["value"]
            type_ct[t] += 1
            if (t, v) in seen:
                errs.append(f"{rid}: duplicate label {t}")
            seen.add((t, v))
            if not any(v in s for s in strings):
                errs.append(f"{rid}: {t} value not verbatim in doc")
            for a in l["accept"]:
                if not isinstance(a, str) or a == v or not any(a in s for s in strings):
                    errs.append(f"{rid}: {t} accept form not verbatim / equals value")
                elif t != "url_credentials" and v not in a and not (t in ("payment_card", "iban") and re.sub(r"[ \-]", "", a) == re.sub(r"[ \-]", "", v)) \
                        and not (t == "phone_number" and (a in v or re.sub(r"\D", "", v).endswith(re.sub(r"\D", "", a)))):
                    errs.append(f"{rid}: {t} accept form unrelated to value")
            if len(set(l["accept"])) != len(l["accept"]):
                errs.append(f"{rid}: duplicate accept forms")
            e = type_rule(t, v)
            if e:
                errs.append(f"{rid}: {t}: {e}")
            for q in required_accepts(t, v, strings):
                if q not in l["accept"]:
                    errs.append(f"{rid}: {t}: accept form present in doc but not listed")
            if t == "url_credentials" and not any(re.search(r"[a-z+]+://[^/\s:@]+:" + re.escape(v) + "@", s) for s in strings):
                errs.append(f"{rid}: url_credentials value not in scheme://user:pw@host form")
        for kind, val in unlabelled_hits(d, r["labels"]):
            errs.append(f"{rid}: unlabelled {kind} (regenerate this document)")
    n = len(recs)
    clean = sum(1 for r in recs if not r["labels"])
    total = sum(type_ct.values())
    if n != 450: errs.append(f"record count {n} != 450")
    if not 180 <= clean <= 220: errs.append(f"clean count {clean} not about 200")
    if not 540 <= total <= 660: errs.append(f"label count {total} not about 600")
    for t in TYPES:
        if type_ct[t] < 12:
            errs.append(f"type {t}: only {type_ct[t]} labels")
    if len(tmpl) < 35: errs.append(f"only {len(tmpl)} templates")
    for k, (c0, c1) in tmpl.items():
        if c0 == 0 or c1 == 0:
            errs.append(f"template {k} lacks clean or positive instances")
    if "--regen" in sys.argv:
        gen = os.path.join(here, "gen_dlp_v10.py")
        with tempfile.TemporaryDirectory() as td:
            sums = []
            for i in range(2):
                out = os.path.join(td, f"r{i}.jsonl")
                subprocess.run([sys.executable, gen, out], check=True, capture_output=True)
                sums.append(hashlib.sha256(open(out, "rb").read()).hexdigest())
        mine = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if not (sums[0] == sums[1] == mine):
            errs.append(f"regeneration not byte-identical: {sums} vs {mine}")
        else:
            print("regenerated twice: byte-identical, sha256", mine)
    print(f"records {n}  clean {clean}  positive {n - clean}  labels {total}  templates {len(tmpl)}")
    for t in TYPES:
        print(f"  {t:24s} {type_ct[t]}")
    if errs:
        print(f"FAIL: {len(errs)} problem(s)")
        for e in errs[:60]:
            print("  ", e)
        sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
