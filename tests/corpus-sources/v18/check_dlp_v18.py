#!/usr/bin/env python3
"""Stand-alone checker for dlp_v18.jsonl (format + ground truth; runs no detector).

Usage: python3 check_dlp_v18.py [dlp_v18.jsonl] [--regen]
  --regen  also runs gen_dlp_v18.py twice into a temp dir and checks the output is byte-identical to the file.
Exit status 0 = all checks passed.
"""
import base64, collections, hashlib, json, os, re, subprocess, sys, tempfile

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key", "github_token",
         "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]

# ---- copied from gen_dlp_v18.py (kept identical so the checker stands alone) ----
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0


TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
              "36227206271667", "3566002020360505", "4111111111111111", "5105105105105100", "4012888888881881",
              "4000000000000002", "4000000000009995"}


IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "BE": "12n",
             "CH": "17n", "AT": "16n", "PL": "24n", "SE": "20n", "IE": "4a14n", "PT": "21n", "NO": "11n",
             "DK": "14n", "FI": "14n", "LU": "16n", "SA": "20n", "AE": "19n", "TR": "22n", "RO": "4a16n",
             "CZ": "20n", "HU": "24n", "GR": "23n"}
IBAN_LEN = {k: 4 + sum(int(x[:-1]) for x in re.findall(r"\d+[an]", v)) for k, v in IBAN_SPEC.items()}
TEST_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "GB33BUKB20201555555555", "NL91ABNA0417164300",
              "FR1420041010050500013M02606", "CH9300762011623852957", "ES9121000418450200051332"}


def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


ROLES = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "careers",
         "noc", "privacy", "dpo", "legal", "claims", "appeals", "records", "providerservices", "eligibility",
         "notifications", "donotreply", "compliance", "subpoenas", "ediscovery", "helpdesk", "postmaster",
         "priorauth", "credentialing", "custodianofrecords", "litigationhold", "ethics", "feedback", "press"]


EXAMPLE_KEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                "pk_test_TYooMQauvdEDq54NiTphI7jx", "xoxb-not-a-real-token-this-will-not-work",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"]


ROLE_SET = set(ROLES) | {"hello", "contact", "admin", "office", "help", "media", "jobs", "abuse", "webmaster", "accounts", "finance", "ops"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@company.com"}
EXAMPLE_SET = set(EXAMPLE_KEYS)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TOKEN_RES = [re.compile(x) for x in [
    r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9_]{60,}",
    r"\bgl(?:pat|dt|rt|ptt|oas|cbt|ft|imt|soat|agent)-[A-Za-z0-9_-]{20,}", r"\bxox[abpe][.-][A-Za-z0-9.-]{20,}", r"\bxapp-[A-Za-z0-9-]{20,}",
    r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}", r"\bsk-ant-[A-Za-z0-9_-]{20,}", r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}",
    r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", r"\bAIza[A-Za-z0-9_-]{35}", r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\n|\s)+[A-Za-z0-9+/]{40,}", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}",
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]{20,}", r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+"]]
CARD_RE = re.compile(r"(?<![\d-])(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d-])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")


def doc_strings(wrap, doc):
    out = []
    def walk(x):
        if isinstance(x, str): out.append(x)
        elif isinstance(x, dict):
            for k, v in x.items(): out.append(k); walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
    walk(doc)
    return out


def card_like(dg):
    n = len(dg)
    if dg[0] == "4": return n in (13, 16, 19)
    if dg[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(dg[:4]) <= 2720: return n == 16
    if dg[:2] in ("34", "37"): return n == 15
    if dg[:4] == "6011" or dg[:2] == "65": return 16 <= n <= 19
    if 3528 <= int(dg[:4]) <= 3589: return 16 <= n <= 19
    if dg[:2] in ("36", "38") or 300 <= int(dg[:3]) <= 305: return n == 14
    return False


def ssn_valid(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def is_placeholder_token(m):
    return "EXAMPLE" in m or "XXXX" in m or "xxxx" in m or "0000000000" in m or m in EXAMPLE_SET


def cross_check(strings, labels):
    """return list of problems: unlabelled values that should have been labelled"""
    vals = [l["value"] for l in labels]
    forms = vals + [a for l in labels for a in l.get("accept", [])]
    lab_cards = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    lab_ssn = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "us_ssn"}
    lab_iban = {l["value"].replace(" ", "") for l in labels if l["type"] == "iban"}
    probs = []
    for s in strings:
        for m in CARD_RE.finditer(s):
            dg = re.sub(r"\D", "", m.group(1))
            if 13 <= len(dg) <= 19 and card_like(dg) and luhn_ok(dg) and dg not in TEST_CARDS and dg not in lab_cards:
                probs.append(("card", m.group(1)))
        for m in SSN_RE.finditer(s):
            a, g, sn = m.group(1), m.group(3), m.group(4)
            if ssn_valid(a, g, sn) and a + g + sn not in lab_ssn:
                probs.append(("ssn", m.group(0)))
        for m in IBAN_RE.finditer(s):
            raw = m.group(1).replace(" ", ""); cc = raw[:2]
            if cc in IBAN_LEN and len(raw) >= IBAN_LEN[cc]:
                cand = raw[:IBAN_LEN[cc]]
                if mod97(cand) == 1 and cand not in lab_iban and cand not in TEST_IBANS:
                    probs.append(("iban", cand))
        for m in EMAIL_RE.finditer(s):
            e = m.group(0); local, dom = e.rsplit("@", 1)
            if local.lower() in ROLE_SET or e.lower() in PLACEHOLDER_EMAILS or dom.endswith("gserviceaccount.com"):
                continue
            if m.start() > 0 and s[m.start() - 1] == "<" and len(local) >= 16 and sum(ch.isdigit() for ch in local) >= 6:
                continue  # Message-ID
            if any(e in f for f in forms) or s[:m.start()].endswith("//"):
                continue  # labelled, or URL userinfo without password
            probs.append(("email", e))
        for rx in TOKEN_RES:
            for m in rx.finditer(s):
                t = m.group(0)
                if is_placeholder_token(t) or any(t in v or v in t for v in vals):
                    continue
                probs.append(("token", t[:40]))
    return probs


def phone_acc(v):
    acc = []
    if v.startswith("+"):
        acc.append(v[1:])
        m = re.match(r"\+\d{1,3}[ -]?(?:\(0\))?", v)
        acc.append(v[m.end():].strip())
    if v.startswith("1-"): acc.append(v[2:])
    return acc
# ---- end of copied block ----

SHAPES = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_token": r"gl(?:pat|dt|rt|oas)-[A-Za-z0-9_-]{20}|glptt-[0-9a-f]{40}",
    "slack_token": r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}|xoxp-\d+-\d+-\d+-[0-9a-f]{32}|xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}|xoxe\.xoxp-1-[A-Za-z0-9]{100,}",
    "stripe_key": r"[sr]k_(?:live|test)_[A-Za-z0-9]{24,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|discord\.com/api/webhooks/\d{17,19}/[A-Za-z0-9_-]{68}"
                   r"|[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+/IncomingWebhook/[0-9a-f]{32}/\S+|prod-\d+\.[a-z]+\.logic\.azure\.com:443/workflows/[0-9a-f]{32}/\S+sig=[A-Za-z0-9_-]{43}"
                   r"|chat\.[a-z0-9.-]+/hooks/[a-z0-9]{26})",
}


def b64d(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_value(t, v, rec_strings, lab):
    errs = []
    if t in SHAPES and not re.fullmatch(SHAPES[t], v): errs.append("shape")
    if t == "email":
        if not re.fullmatch(EMAIL_RE.pattern, v): errs.append("email shape")
        if v.split("@")[0].lower() in ROLE_SET: errs.append("role mailbox labelled")
    elif t == "phone_number":
        n = len(re.sub(r"\D", "", v))
        if not 8 <= n <= 15: errs.append("phone digits")
        if re.search(r"555-01\d\d|07700 900|020 7946 0|0491 570", v): errs.append("fictional phone labelled")
        if re.match(r"^(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?", v): errs.append("toll-free labelled")
    elif t == "us_ssn":
        dg = re.sub(r"\D", "", v)
        if not re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v) or not ssn_valid(dg[:3], dg[3:5], dg[5:]): errs.append("ssn rule")
    elif t == "payment_card":
        dg = re.sub(r"\D", "", v)
        if not (13 <= len(dg) <= 19 and luhn_ok(dg) and card_like(dg)) or dg in TEST_CARDS: errs.append("card rule")
    elif t == "iban":
        c = v.replace(" ", "")
        if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]] or mod97(c) != 1 or c in TEST_IBANS: errs.append("iban rule")
    elif t == "jwt":
        p = v.split(".")
        try:
            h = json.loads(b64d(p[0])); json.loads(b64d(p[1]))
            if len(p) != 3 or "alg" not in h or len(p[2]) < 20: errs.append("jwt parts")
        except Exception:
            errs.append("jwt decode")
        if v in EXAMPLE_SET: errs.append("example jwt labelled")
    elif t == "private_key":
        nl = "\\n" if "\\n" in v else "\n"
        m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----" + re.escape(nl) + r"([A-Za-z0-9+/=" + re.escape(nl) + r"]+)" + re.escape(nl) + r"-----END \1-----", v)
        if not m: errs.append("pem block")
        else:
            try: base64.b64decode(m.group(2).replace(nl, ""), validate=True)
            except Exception: errs.append("pem base64")
    elif t == "url_credentials":
        if not any(re.fullmatch(r"[a-z][a-z0-9+.-]*://[^:/@\s]+:" + re.escape(v) + r"@\S+", a) for a in lab["accept"]): errs.append("no full-URL accept")
        if any(ch in v for ch in "@/:?# "): errs.append("url pw chars")
    elif t == "generic_secret":
        if len(v) < 8 or v.lower() in ("changeme", "password", "secret") or set(v) <= set("*xX"): errs.append("weak/placeholder generic")
    if t not in ("email", "phone_number", "us_ssn", "payment_card", "iban") and is_placeholder_token(v): errs.append("placeholder labelled")
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v18.jsonl")
    errors = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try: recs.append(json.loads(line))
            except Exception as e: errors.append(f"line {n}: bad json {e}")
    ids = set()
    per_type = collections.Counter(); per_tpl = collections.defaultdict(lambda: [0, 0, 0]); wraps = collections.Counter()
    for rec in recs:
        rid = rec.get("id")
        def err(m): errors.append(f"{rid}: {m}")
        if set(rec) != {"id", "template", "split", "wrap", "doc", "labels"}: err(f"keys {sorted(rec)}")
        if rid in ids: err("duplicate id")
        ids.add(rid)
        if not re.fullmatch(r"v18-\d+", str(rid)): err("id format")
        if rec.get("split") != "holdout-v18": err("split")
        w = rec.get("wrap"); doc = rec.get("doc"); wraps[w] += 1
        if w == "text":
            if not isinstance(doc, str): err("text doc not str")
        elif w == "structured":
            if not isinstance(doc, dict) or "content" in doc: err("structured doc")
        elif w == "raw-result":
            ok = isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False and doc["content"] and \
                all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"])
            if not ok: err("raw-result doc shape")
        else: err(f"wrap {w}")
        strings = doc_strings(w, doc)
        labels = rec.get("labels", [])
        seen = set()
        for lab in labels:
            t, v, acc = lab.get("type"), lab.get("value"), lab.get("accept")
            if set(lab) != {"type", "value", "accept"}: err(f"label keys {sorted(lab)}")
            if t not in TYPES: err(f"type {t}"); continue
            if not isinstance(v, str) or not v: err("empty value"); continue
            if not isinstance(acc, list) or not all(isinstance(a, str) for a in acc): err("accept not list of str"); continue
            if v in seen: err(f"value labelled twice {t}")
            seen.add(v)
            if not any(v in s for s in strings): err(f"{t} value not verbatim")
            for a in acc:
                if a == v or not any(a in s for s in strings): err(f"{t} accept not verbatim / equals value")
            for e in check_value(t, v, strings, lab): err(f"{t}: {e}")
            per_type[t] += 1
        for kind, val in cross_check(strings, labels):
            err(f"cross-check: unlabelled {kind} {val[:24]}...")
        tp = per_tpl[rec.get("template")]
        tp[0] += 1; tp[1 if labels else 2] += 1
    # corpus-level
    if len(recs) != 450: errors.append(f"record count {len(recs)}")
    clean = sum(1 for r in recs if not r["labels"])
    for t in TYPES:
        if per_type[t] < 12: errors.append(f"type {t} has only {per_type[t]} labels")
    if len(per_tpl) < 35: errors.append(f"only {len(per_tpl)} templates")
    for k, (n, pos, cl) in per_tpl.items():
        if not pos or not cl: errors.append(f"template {k} lacks clean or positive docs")
    if "--regen" in sys.argv:
        gen = os.path.join(os.path.dirname(os.path.abspath(path)), "gen_dlp_v18.py")
        want = hashlib.sha256(open(path, "rb").read()).hexdigest()
        with tempfile.TemporaryDirectory() as td:
            for i in range(2):
                o = os.path.join(td, f"r{i}.jsonl")
                subprocess.run([sys.executable, gen, o], check=True, capture_output=True, env={"PYTHONHASHSEED": str(i * 7 + 1), "PATH": os.environ.get("PATH", "")})
                got = hashlib.sha256(open(o, "rb").read()).hexdigest()
                if got != want: errors.append(f"regeneration {i} differs: {got}")
    print(f"records={len(recs)} clean={clean} positive={len(recs) - clean} labels={sum(per_type.values())} templates={len(per_tpl)} wraps={dict(wraps)}")
    for t in TYPES: print(f"  {t:24s} {per_type[t]}")
    if "--templates" in sys.argv:
        for k in sorted(per_tpl): print(f"  {k:36s} total={per_tpl[k][0]} positive={per_tpl[k][1]} clean={per_tpl[k][2]}")
    if errors:
        print(f"FAILED: {len(errors)} problems")
        for e in errors[:200]: print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
