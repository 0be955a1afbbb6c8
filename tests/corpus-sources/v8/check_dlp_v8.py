#!/usr/bin/env python3
"""Stand-alone checker for dlp_v8.jsonl (format + ground truth). No detector is run.

Usage: python3 check_dlp_v8.py [dlp_v8.jsonl] [--no-regen]
Checks: record format; every value/accept verbatim in a string of doc; per-type validity
(Luhn + brand + not a published test card, IBAN length + mod-97, SSN issuance rules, non-role
e-mail, token shapes, JWT header, PEM block, webhook hosts, URL password position);
cross-check: scans every document for unlabelled values that should have been labelled
(Luhn-valid non-test card, mod-97 IBAN, issuance-valid SSN, non-role e-mail, token-prefixed string);
counts; and (unless --no-regen) regenerates the corpus into a temp file and compares sha256.
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

# ---- shared rules (copied verbatim from the generator) ----
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0



TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3566002020360505", "4111111111111111", "4012888888881881", "4000002500003155", "4000000000009995",
              "6200000000000005", "3056930009020004"]



IBAN_SPEC = {  # country: (total length, bban pattern)  n=digit, a=upper, c=alnum-upper
    "DE": (22, "18n"), "FR": (27, "10n11c2n"), "ES": (24, "20n"), "IT": (27, "1a10n12c"), "NL": (18, "4a10n"),
    "PL": (28, "24n"), "BE": (16, "12n"), "AT": (20, "16n"), "CH": (21, "5n12c"), "PT": (25, "21n"),
    "GB": (22, "4a14n"), "TR": (26, "5n1n16c"), "SA": (24, "2n18c"), "AE": (23, "19n"), "BR": (29, "23n1a1c"),
    "LU": (20, "3n13c"), "IE": (22, "4a14n"), "DK": (18, "14n"), "SE": (24, "20n"), "GR": (27, "7n16c"),
}


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1



ROLE = ["info", "support", "noreply", "no-reply", "billing", "security", "sales", "hr", "team", "alerts",
        "contact", "kontakt", "service", "office", "admin", "postmaster", "webmaster", "invoice", "rechnung",
        "facturacion", "atendimento", "contato", "privacy", "datenschutz", "help", "jobs", "press"]



SLACK_EXAMPLE_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_TEST = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


PLACEHOLDERS = ["geheim", "<mot de passe>", "********", "<contraseña>", "<senha>", "xxxxxx", "changeme", "${DB_PASSWORD}",
                "{{ vault_db_password }}", "${{ secrets.API_KEY }}", "<パスワード>", "<密码>", "********", "***",
                "<wachtwoord>", "<hasło>", "vault:secret/data/app#password", "REDACTED", "[entfernt]", "••••••••",
                "${env:API_TOKEN}", "<ŞİFRE>", "TODO", "<your-api-key>", "%(password)s", "op://Private/db/password"]



# (kept identical in check_dlp_v8.py)
CARD_TEST_SET = set(TEST_CARDS)
VENDOR_EXAMPLES = [AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET, SLACK_EXAMPLE_HOOK, STRIPE_DOC_TEST]
IBAN_LEN = {cc: v[0] for cc, v in IBAN_SPEC.items()}
IBAN_LEN.update({"MT": 31, "CY": 28, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "HR": 21, "SI": 19, "FI": 18,
                 "NO": 15, "EE": 20, "LV": 21, "LT": 20, "IS": 26, "LI": 21, "MC": 27, "SM": 27, "QA": 29, "KW": 30,
                 "BH": 22, "JO": 30, "EG": 29, "IL": 23, "LB": 28, "PK": 24, "UA": 29, "KZ": 20, "GE": 22, "AZ": 28})
TOKEN_PATTERNS = [
    r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])",
    r"(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36}",
    r"github_pat_[A-Za-z0-9_]{50,}",
    r"(?<![A-Za-z0-9])gl(?:pat|dt|rt|ptt|oas|cbt|ft|imt|soat|agent)-[A-Za-z0-9_.\-]{20,}",
    r"GR1348941[A-Za-z0-9_\-]{20}",
    r"(?<![A-Za-z0-9])xox[abposre]-[A-Za-z0-9\-]{10,}",
    r"(?<![A-Za-z0-9])xoxe\.xox[bp]-[A-Za-z0-9\-]{10,}",
    r"(?<![A-Za-z0-9])xapp-\d-[A-Za-z0-9\-]{10,}",
    r"(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{20,}",
    r"(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_\-]{20,}",
    r"(?<![A-Za-z0-9])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}",
    r"AIza[A-Za-z0-9_\-]{35}",
    r"eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]+",
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:\\n|\s)+[A-Za-z0-9+/=]{40,}",
    r"hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+",
    r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]+",
    r"webhook\.office\.com/webhookb2/[^\s\"']+",
    r"oapi\.dingtalk\.com/robot/send\?access_token=[0-9a-f]{20,}",
    r"open\.feishu\.cn/open-apis/bot/v2/hook/[0-9a-f\-]{36}",
    r"qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9a-f\-]{36}",
]
ROLE_SET = set(ROLE)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d\-])(\d{3})([ \-])(\d{2})\2(\d{4})(?![\d\-])")


def strings_of(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings_of(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_of(v)


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649 or d[:2] == "62":
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if d[:2] == "36" or 300 <= int(d[:3]) <= 305:
        return n == 14
    return False


def card_candidates(s):
    for m in re.finditer(r"\d(?:[ \-]?\d)*", s):
        a, b = m.start(), m.end()
        if (a > 0 and s[a - 1].isalpha()) or (b < len(s) and s[b].isalpha()):
            continue
        run = m.group()
        pos = [i for i, ch in enumerate(run) if ch.isdigit()]
        digits = "".join(run[i] for i in pos)
        starts = [0] + [k for k in range(1, len(pos)) if pos[k] - pos[k - 1] > 1]
        ends = [k for k in range(len(pos) - 1) if pos[k + 1] - pos[k] > 1] + [len(pos) - 1]
        for st in starts:
            for en in ends:
                n = en - st + 1
                if 13 <= n <= 19:
                    c = digits[st:en + 1]
                    if card_brand_ok(c) and luhn_ok(c):
                        yield c


def iban_candidates(s):
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2})\d\d", s):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        L = IBAN_LEN[cc]
        out, i = [], m.start()
        while i < len(s) and len(out) < L:
            ch = s[i]
            if ch.isascii() and ch.isalnum():
                out.append(ch.upper()); i += 1
            elif ch in " \n" and out and i + 1 < len(s) and s[i + 1].isascii() and s[i + 1].isalnum():
                i += 1
            else:
                break
        if len(out) == L:
            ib = "".join(out)
            if (i >= len(s) or not (s[i].isascii() and s[i].isalnum())) and mod97_ok(ib):
                yield ib


def ssn_valid(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def email_exempt(s, m, e):
    local, dom = e.rsplit("@", 1)
    if local.split("+")[0].lower() in ROLE_SET:
        return True
    dl = dom.lower()
    if dl.endswith("gserviceaccount.com") or "noreply" in dl:
        return True
    j = m.start()
    while j > 0 and s[j - 1] not in " \t\n\"'<(=,;|":
        j -= 1
    if "://" in s[j:m.start()]:
        return True
    return False


def unlabelled_findings(doc, labels):
    vals = [l["value"] for l in labels]
    cards = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    ibans = {re.sub(r"\s", "", l["value"]).upper() for l in labels if l["type"] == "iban"}
    ssns = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "us_ssn"}
    emails = {l["value"].lower() for l in labels if l["type"] == "email"}
    probs = []
    for s in strings_of(doc):
        for c in card_candidates(s):
            if c not in cards and c not in CARD_TEST_SET and not any(c in x for x in cards):
                probs.append(("payment_card", c))
        for ib in iban_candidates(s):
            if ib not in ibans:
                probs.append(("iban", ib))
        for m in SSN_RE.finditer(s):
            if ssn_valid(m.group(1), m.group(3), m.group(4)) and (m.group(1) + m.group(3) + m.group(4)) not in ssns:
                probs.append(("us_ssn", m.group()))
        for m in EMAIL_RE.finditer(s):
            e = m.group()
            cands = [e] + [e[i + 1:] for i, ch in enumerate(e.split("@")[0]) if ch == "+"]
            if not any(c.lower() in emails or email_exempt(s, m, c) for c in cands):
                probs.append(("email", e))
        for pat in TOKEN_PATTERNS:
            for m in re.finditer(pat, s):
                t = m.group()
                if any(t in v for v in vals) or any(t in v or v in t for v in VENDOR_EXAMPLES):
                    continue
                probs.append(("token", t))
    return probs




TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
SHAPES = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
    "gitlab_token": r"(?:glpat-[A-Za-z0-9_\-]{20}|gldt-[A-Za-z0-9_\-]{20}|glrt-[A-Za-z0-9_\-]{20}|glptt-[0-9a-f]{40}|GR1348941[A-Za-z0-9_\-]{20})",
    "slack_token": r"(?:xox[bp]-[0-9]+-[0-9]+(?:-[0-9]+)?-[A-Za-z0-9]+|xapp-1-A[A-Z0-9]+-[0-9]+-[0-9a-f]+|xoxe\.xox[bp]-1-[A-Za-z0-9]+)",
    "stripe_key": r"[sr]k_live_[A-Za-z0-9]{24,}",
    "openai_api_key": r"sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{40,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_\-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_\-]{35}",
    "jwt": r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|discord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,}"
                   r"|[a-z0-9]+\.webhook\.office\.com/webhookb2/\S+/IncomingWebhook/[0-9a-f]{32}/\S+|oapi\.dingtalk\.com/robot/send\?access_token=[0-9a-f]{64}"
                   r"|open\.feishu\.cn/open-apis/bot/v2/hook/[0-9a-f\-]{36}|qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9a-f\-]{36}"
                   r"|chat\.[a-z0-9.\-]+/hooks/[a-z0-9]{26})",
    "email": r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
}


def b64d(x):
    return base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))


def check_value(t, v, strs):
    """returns an error string or None"""
    if t in SHAPES and not re.fullmatch(SHAPES[t], v):
        return "shape"
    if t == "payment_card":
        dd = re.sub(r"[ \-]", "", v)
        if not dd.isdigit() or not card_brand_ok(dd) or not luhn_ok(dd) or dd in CARD_TEST_SET:
            return "card rule"
    elif t == "iban":
        c = re.sub(r"\s", "", v)
        if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]] or not mod97_ok(c):
            return "iban rule"
    elif t == "us_ssn":
        dd = re.sub(r"[ \-]", "", v)
        if not (len(dd) == 9 and dd.isdigit() and ssn_valid(dd[:3], dd[3:5], dd[5:]) and dd != "078051120"):
            return "ssn rule"
    elif t == "email":
        if v.split("@")[0].split("+")[0].lower() in ROLE_SET:
            return "role mailbox"
    elif t == "phone_number":
        dd = re.sub(r"\D", "", v)
        if not 7 <= len(dd) <= 15 or "555-01" in v or "7700 900" in v or "7946 0" in v:
            return "phone rule"
    elif t == "jwt":
        try:
            h = json.loads(b64d(v.split(".")[0]))
            json.loads(b64d(v.split(".")[1]))
            assert "alg" in h
        except Exception:
            return "jwt decode"
    elif t == "private_key":
        vv = v.replace("\\n", "\n")
        if not re.fullmatch(r"-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", vv):
            return "pem"
    elif t == "url_credentials":
        if not any(re.search(r"[a-z0-9+.\-]+://[^\s/@:]*:" + re.escape(v) + "@", s) for s in strs):
            return "not a URL password"
    elif t == "generic_secret":
        if v in PLACEHOLDERS or len(v) < 6 or v in VENDOR_EXAMPLES:
            return "placeholder"
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v8.jsonl")
    errs = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {n}: bad json {e}")
    ids = set()
    per_type = collections.Counter()
    per_tpl = collections.defaultdict(lambda: [0, 0, 0])
    for r in recs:
        rid = r.get("id")
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errs.append(f"{rid}: keys {sorted(r)}")
        if not re.fullmatch(r"v8-\d+", str(rid)) or rid in ids:
            errs.append(f"{rid}: bad/duplicate id")
        ids.add(rid)
        if r.get("split") != "holdout-v8":
            errs.append(f"{rid}: split")
        w, doc = r.get("wrap"), r.get("doc")
        if w == "text" and not isinstance(doc, str):
            errs.append(f"{rid}: text doc not str")
        elif w == "structured" and not isinstance(doc, dict):
            errs.append(f"{rid}: structured doc not object")
        elif w == "raw-result":
            ok = isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc["content"] and \
                all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"]) and \
                doc.get("isError") is False and set(doc) <= {"content", "isError", "structuredContent"}
            if not ok:
                errs.append(f"{rid}: raw-result shape")
        elif w not in ("text", "structured", "raw-result"):
            errs.append(f"{rid}: wrap {w}")
        strs = list(strings_of(doc))
        seen = set()
        for l in r.get("labels", []):
            t, v, acc = l.get("type"), l.get("value"), l.get("accept")
            if set(l) != {"type", "value", "accept"} or t not in TYPES or not isinstance(v, str) or not v or not isinstance(acc, list):
                errs.append(f"{rid}: label format {l}"); continue
            if v in seen:
                errs.append(f"{rid}: duplicate value")
            seen.add(v)
            if not any(v in s for s in strs):
                errs.append(f"{rid}: {t} value not verbatim")
            for a in acc:
                if not isinstance(a, str) or a == v or not any(a in s for s in strs):
                    errs.append(f"{rid}: {t} accept not verbatim / equal to value")
            e = check_value(t, v, strs)
            if e:
                errs.append(f"{rid}: {t} {e}")
            per_type[t] += 1
        tp = per_tpl[r.get("template")]
        tp[1 if r.get("labels") else 0] += 1
        tp[2] += len(r.get("labels", []))
        for kind, val in unlabelled_findings(doc, r.get("labels", [])):
            errs.append(f"{rid}: unlabelled {kind} (len {len(val)})")
    n_clean = sum(1 for r in recs if not r.get("labels"))
    print(f"records={len(recs)} clean={n_clean} positive={len(recs) - n_clean} labels={sum(per_type.values())} templates={len(per_tpl)}")
    for t in TYPES:
        print(f"  {t:24s}{per_type[t]}")
        if per_type[t] < 12:
            errs.append(f"type {t} has only {per_type[t]} labels")
    for t, (c, p, n) in sorted(per_tpl.items()):
        if not c or not p:
            errs.append(f"template {t} lacks clean or positive docs")
    if len(recs) != 450:
        errs.append("expected 450 records")
    if len(per_tpl) < 35:
        errs.append("fewer than 35 templates")
    if "--no-regen" not in sys.argv:
        gen = os.path.join(os.path.dirname(os.path.abspath(path)), "gen_dlp_v8.py")
        with tempfile.TemporaryDirectory() as td:
            outp = os.path.join(td, "regen.jsonl")
            subprocess.run([sys.executable, gen, outp], check=True, stderr=subprocess.DEVNULL)
            h1 = hashlib.sha256(open(outp, "rb").read()).hexdigest()
            h0 = hashlib.sha256(open(path, "rb").read()).hexdigest()
            print(f"sha256 file={h0} regenerated={h1}")
            if h0 != h1:
                errs.append("regenerated corpus differs")
    for e in errs[:50]:
        print("ERROR", e)
    print("OK" if not errs else f"FAILED ({len(errs)} errors)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
