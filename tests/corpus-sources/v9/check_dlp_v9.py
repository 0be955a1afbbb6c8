#!/usr/bin/env python3
"""Stand-alone checker for dlp_v9.jsonl (no detector involved).
Usage: python3 check_dlp_v9.py [dlp_v9.jsonl] [--regen]
  --regen  also re-runs gen_dlp_v9.py into a temp file and requires byte-identical output.
Checks: record format, verbatim values/accepts, per-type validity (Luhn, mod-97, SSN issuance, token shapes),
counts, and a cross-check that scans every document for values that should have been labelled
(Luhn-valid non-test card numbers, mod-97 IBANs, issuance-valid SSNs, non-role e-mails, token-prefixed strings).
Exit code 0 = all checks passed."""
import base64, urllib.parse, hashlib, json, os, re, subprocess, sys, tempfile
from collections import Counter, defaultdict

TYPES = ["email","phone_number","us_ssn","payment_card","iban","aws_access_key_id","aws_secret_access_key","github_token",
         "gitlab_token","slack_token","stripe_key","openai_api_key","anthropic_api_key","google_api_key","jwt","private_key",
         "webhook_url","url_credentials","generic_secret"]
TEST_CARDS = {"4242424242424242","4111111111111111","5555555555554444","378282246310005","4000056655665556",
              "5105105105105100","6011111111111117","371449635398431","4012888888881881","5200828282828210"}
ROLES = {"support","noreply","no-reply","billing","security","info","sales","hr","team","alerts","ops","admin","devops",
         "postmaster","notifications","accounts","privacy","careers","not.committed.yet"}
PLACEHOLDER_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|[a-z0-9-]+\.invalid|domain\.tld|localhost)$", re.I)

def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        s += x
    return s % 10 == 0
def issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19): return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720): return True
    if n == 15 and d[:2] in ("34", "37"): return True
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 3528 <= int(d[:4]) <= 3589): return True
    return False
def mod97(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s): return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m: return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"
def is_role(e):
    local, _, dom = e.lower().partition("@")
    local = local.split("+")[-1] if "[bot]" in local else local.split("+")[0]
    return (local in ROLES or "noreply" in dom or "no-reply" in local or "[bot]" in e or dom.endswith("gserviceaccount.com"))
def placeholderish(s):
    return bool(re.search(r"(.)\1{7,}", s)) or any(w in s for w in ("EXAMPLE", "example", "FAKE", "fake", "DUMMY", "dummy"))

TOKEN_RES = [re.compile(p) for p in [
    r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b",
    r"\bgl(?:pat|dt|rt|ptt|ft|soat|cbt|imt)-[A-Za-z0-9_-]{20,}", r"\bxox[bpae]-[0-9A-Za-z-]{20,}", r"\bxoxe\.xox[bp]-1-[A-Za-z0-9]{40,}",
    r"\bxapp-1-[A-Z0-9]+-\d+-[a-f0-9]{32,}", r"\b[sr]k_live_[A-Za-z0-9]{20,}", r"\bsk-ant-[a-z]+\d\d-[A-Za-z0-9_-]{80,}",
    r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}", r"\bAIza[0-9A-Za-z_-]{35}",
    r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}", r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----",
    r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}", r"https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]{40,}",
    r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+"]]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\[\]-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
USERINFO_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/@\"'<>]*@")
CARD_RE = re.compile(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")

SHAPE = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}", "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_token": r"gl(?:pat|dt|rt|ptt|ft|soat)-[A-Za-z0-9_-]{20,}", "slack_token": r"xox[bp]-[0-9A-Za-z-]{20,}|xapp-1-[A-Z0-9]+-\d+-[a-f0-9]{64}|xoxe\.xoxp-1-[A-Za-z0-9]{40,}",
    "stripe_key": r"[sr]k_live_[A-Za-z0-9]{20,}", "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA", "google_api_key": r"AIza[0-9A-Za-z_-]{35}",
}

def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items(): yield k; yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)

def check_value(t, v, acc):
    if t in SHAPE: return bool(re.fullmatch(SHAPE[t], v))
    if t == "email":
        e = v.replace("%40", "@").replace("%2B", "+")
        return bool(re.fullmatch(EMAIL_RE, e)) and not is_role(e)
    if t == "phone_number": return 7 <= len(re.sub(r"\D", "", urllib.parse.unquote(v))) <= 15
    if t == "us_ssn": return ssn_ok(v)
    if t == "payment_card":
        dg = re.sub(r"[ -]", "", v); return dg.isdigit() and 13 <= len(dg) <= 19 and luhn(dg) and issuer(dg) and dg not in TEST_CARDS
    if t == "iban": return mod97(v)
    if t == "jwt":
        p = v.split(".")
        if len(p) != 3: return False
        try: h = json.loads(base64.urlsafe_b64decode(p[0] + "=" * (-len(p[0]) % 4))); return "alg" in h
        except Exception: return False
    if t == "private_key": return bool(re.match(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", v)) and re.search(r"-----END [A-Z ]*PRIVATE KEY-----$", v) is not None
    if t == "webhook_url": return v.startswith("https://") and any(x in v for x in ("hooks.slack.com/services/", "/api/webhooks/", "webhook.office.com/webhookb2/", "/hooks/"))
    if t == "url_credentials": return any(f":{v}@" in a for a in acc) and any("://" in a for a in acc)
    if t == "generic_secret": return len(v) >= 8 and not placeholderish(v)
    return False

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v9.jsonl")
    errs = []; recs = []
    raw = open(path, "rb").read()
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        r = json.loads(line)
        if json.dumps(r, ensure_ascii=False) != line: errs.append(f"line {n}: not json.dumps(ensure_ascii=False) form")
        recs.append(r)
    ids = [r.get("id") for r in recs]
    if ids != [f"v9-{i}" for i in range(1, len(recs) + 1)]: errs.append("ids are not v9-1..v9-N in order")
    cnt = Counter(); tmpl = defaultdict(lambda: [0, 0]); cross = []
    for r in recs:
        rid = r["id"]
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}: errs.append(f"{rid}: keys {sorted(r)}")
        if r["split"] != "holdout-v9": errs.append(f"{rid}: split")
        w, doc = r["wrap"], r["doc"]
        if w == "text" and not isinstance(doc, str): errs.append(f"{rid}: text wrap but doc not str")
        elif w == "structured" and not isinstance(doc, (dict, list)): errs.append(f"{rid}: structured wrap but doc not object")
        elif w == "raw-result":
            ok = isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False and all(
                c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"]) and set(doc) <= {"content", "isError", "structuredContent"}
            if not ok: errs.append(f"{rid}: bad raw-result shape")
        elif w not in ("text", "structured", "raw-result"): errs.append(f"{rid}: wrap {w}")
        ss = list(strings(doc)); blob = "\x00".join(ss)
        vals, allcov = set(), []
        for lb in r["labels"]:
            t, v, acc = lb.get("type"), lb.get("value"), lb.get("accept")
            if set(lb) != {"type", "value", "accept"} or t not in TYPES or not isinstance(v, str) or not v or not isinstance(acc, list):
                errs.append(f"{rid}: malformed label"); continue
            if not any(v in s for s in ss): errs.append(f"{rid}: {t} value not verbatim")
            for a in acc:
                if not isinstance(a, str) or a == v or not any(a in s for s in ss): errs.append(f"{rid}: {t} accept not verbatim / equals value")
            if v in vals: errs.append(f"{rid}: duplicate label value")
            vals.add(v)
            if not check_value(t, v, acc): errs.append(f"{rid}: {t} value fails type rule")
            cnt[t] += 1; allcov += [v] + acc
        tmpl[r["template"]][0 if not r["labels"] else 1] += 1
        # ---- cross-check for unlabelled values that should have been labelled
        def covered(m): return any(m in c or (len(c) >= 8 and c in m) for c in allcov)
        miss = []
        for s in ss:
            for m in CARD_RE.finditer(s):
                dg = re.sub(r"[ -]", "", m.group())
                if 13 <= len(dg) <= 19 and issuer(dg) and luhn(dg) and dg not in TEST_CARDS and not covered(m.group()) and not covered(dg): miss.append(("payment_card", m.group()))
            for m in IBAN_RE.finditer(s):
                if mod97(m.group()) and not covered(m.group()): miss.append(("iban", m.group()))
            for m in SSN_RE.finditer(s):
                if ssn_ok(m.group()) and not covered(m.group()): miss.append(("us_ssn", m.group()))
            masked = USERINFO_RE.sub(lambda m: " " * len(m.group()), s)
            for ln in masked.split("\n"):
                if re.match(r"\s*(Message-ID|In-Reply-To|References):", ln, re.I): continue
                for m in EMAIL_RE.finditer(ln):
                    e = m.group(); dom = e.split("@", 1)[1]
                    if is_role(e) or PLACEHOLDER_DOM.search(dom) or covered(e): continue
                    miss.append(("email", e))
            for rx in TOKEN_RES:
                for m in rx.finditer(s):
                    g = m.group()
                    if placeholderish(g) or covered(g): continue
                    if g.startswith("-----BEGIN") and any(g in c for c in allcov): continue
                    miss.append(("token", g))
        for t, g in miss:
            cross.append(f"{rid} ({r['template']}): unlabelled {t} candidate of length {len(g)}")
    errs += cross
    N = len(recs); clean = sum(v[0] for v in tmpl.values()); total = sum(cnt.values())
    if N != 450: errs.append(f"{N} records, expected 450")
    if len(tmpl) < 35: errs.append(f"only {len(tmpl)} templates")
    for t in TYPES:
        if cnt[t] < 12: errs.append(f"type {t}: only {cnt[t]} labels")
    for k, (c, p) in tmpl.items():
        if not c or not p: errs.append(f"template {k}: clean={c} positive={p}")
    if "--regen" in sys.argv:
        gen = os.path.join(os.path.dirname(os.path.abspath(path)), "gen_dlp_v9.py")
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "regen.jsonl")
            subprocess.run([sys.executable, gen, out], check=True, stdout=subprocess.DEVNULL)
            if open(out, "rb").read() != raw: errs.append("regenerated output differs from file")
            else: print("regen: byte-identical")
    print(f"file: {path}\nsha256: {hashlib.sha256(raw).hexdigest()}")
    print(f"records={N} clean={clean} positive={N-clean} labels={total} templates={len(tmpl)}")
    print("labels per type: " + ", ".join(f"{t}={cnt[t]}" for t in TYPES))
    print("per template (clean/positive): " + ", ".join(f"{k}={c}/{p}" for k, (c, p) in sorted(tmpl.items())))
    print(f"cross-check findings: {len(cross)}")
    for e in errs[:60]: print("ERROR", e)
    print("RESULT:", "PASS" if not errs else f"FAIL ({len(errs)} errors)")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
