#!/usr/bin/env python3
"""Stand-alone check of dlp_v17.jsonl (format + ground truth). No detector is run.

1. record format, ids, wraps, doc shapes
2. every label value (and accept form) verbatim in one string of the doc
3. type rules: Luhn, mod-97, SSN issuance, token shapes, JWT header, PEM block ...
4. corpus counts (450 records, ~200 clean, >=12 labels per type, >=35 templates,
   each template with clean and positive records)
5. cross-check: re-scan every document for values that should have been labelled
   (Luhn-valid non-test card, mod-97 IBAN, issuance-valid SSN, non-role e-mail,
   token-prefixed strings, URL passwords) and are not covered by a label
6. regenerate the corpus with gen_dlp_v17.py (if present) and compare byte-for-byte
Usage: python3 check_dlp_v17.py [dlp_v17.jsonl]
"""
import base64
import collections
import hashlib
import importlib.util
import json
import os
import re
import sys
import tempfile

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "6011111111111117",
              "4111111111111111", "5200828282828210", "4000002500003155", "5105105105105100", "4012888888881881",
              "371449635398431", "3566002020360505", "4000002760003184", "4000000000000002"}
DOC_IBANS = {"DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606", "NL91ABNA0417164300",
             "CH9300762011623852957", "GB82WEST12345698765432", "ES9121000418450200051332"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "CH": 21, "BE": 16, "PL": 28, "AT": 20,
            "SE": 24, "IE": 22, "PT": 25, "FI": 18, "DK": 18, "NO": 15, "CZ": 24, "LT": 20}
ROLE = {"support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "careers",
        "noc", "orders", "returns", "accounts", "postmaster", "devops", "finance", "privacy", "platform-team",
        "buchhaltung", "contact", "help", "dmarc", "hostmaster", "abuse", "deploy", "git"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                   "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                   "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"}

ERR = []


def err(rid, msg):
    ERR.append(f"{rid}: {msg}")


def strings(o, out):
    if isinstance(o, str):
        out.append(o)
    elif isinstance(o, dict):
        for k, v in o.items():
            out.append(k)
            strings(v, out)
    elif isinstance(o, list):
        for v in o:
            strings(v, out)
    return out


def luhn(num):
    s, alt = 0, False
    for ch in reversed(num):
        v = int(ch)
        if alt:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        s += v
        alt = not alt
    return s % 10 == 0


def mod97(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def b64url_json(part):
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except Exception:
        return None


TYPE_RE = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
    "gitlab_token": r"gl(pat|dt|rt|ptt|cbt|soat)-[A-Za-z0-9_-]{20,}",
    "slack_token": r"(xox[bpe]-[0-9A-Za-z-]+|xapp-1-[A-Z0-9]+-\d+-[a-f0-9]{64}|xoxe\.xoxp-1-[A-Za-z0-9]+)",
    "stripe_key": r"[sr]k_(live|test)_[A-Za-z0-9]{24,}",
    "openai_api_key": r"sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "webhook_url": r"https://(hooks\.slack\.com/services/T\w+/B\w+/\w{24}|(discord|discordapp)\.com/api/webhooks/\d+/[\w-]{68}|\w+\.webhook\.office\.com/webhookb2/\S+|prod-\d+\.\w+\.logic\.azure\.com:443/workflows/\S+sig=[\w-]+|chat\.[\w.]+/hooks/[a-z0-9]{26})",
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def check_label(rid, lab, texts):
    t, v = lab.get("type"), lab.get("value")
    if t not in TYPES:
        return err(rid, f"bad type {t}")
    if not isinstance(v, str) or not v:
        return err(rid, "empty value")
    if not any(v in s for s in texts):
        err(rid, f"{t} value not verbatim in doc: {v[:40]!r}")
    acc = lab.get("accept")
    if not isinstance(acc, list):
        err(rid, "accept not a list")
        acc = []
    for a in acc:
        if not any(a in s for s in texts):
            err(rid, f"accept form not verbatim: {a[:50]!r}")
        if v not in a and a not in v:
            err(rid, f"accept form unrelated to value: {a[:50]!r}")
    if t == "payment_card":
        d = re.sub(r"[ -]", "", v)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn(d)) or d in TEST_CARDS:
            err(rid, f"bad card {v}")
    elif t == "iban":
        c = v.replace(" ", "")
        if not mod97(c) or IBAN_LEN.get(c[:2]) != len(c) or c in DOC_IBANS:
            err(rid, f"bad iban {v}")
    elif t == "us_ssn":
        if not ssn_ok(v) or v in ("078-05-1120", "219-09-9999", "123-45-6789"):
            err(rid, f"bad ssn {v}")
    elif t == "email":
        if not EMAIL_RE.fullmatch(v) or v.split("@")[0].lower() in ROLE:
            err(rid, f"bad email {v}")
    elif t == "phone_number":
        n = sum(c.isdigit() for c in v)
        if not 7 <= n <= 15 or re.search(r"555-01|7700 900|7946 0|491 570", v):
            err(rid, f"bad phone {v}")
    elif t == "jwt":
        parts = v.split(".")
        h = b64url_json(parts[0]) if len(parts) == 3 else None
        if not (isinstance(h, dict) and "alg" in h):
            err(rid, "bad jwt")
    elif t == "private_key":
        ok = re.fullmatch(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----(\n|\\n)[A-Za-z0-9+/=\n\\]+(\n|\\n)-----END \1PRIVATE KEY-----", v)
        if not ok:
            err(rid, "bad private key block")
    elif t == "url_credentials":
        if not any(re.search(r"[a-z][a-z0-9+.-]*://[^\s:/@]*:" + re.escape(v) + "@", s) for s in texts):
            err(rid, "url password not inside scheme://user:pw@")
    elif t in TYPE_RE:
        if not re.fullmatch(TYPE_RE[t], v) or v in VENDOR_EXAMPLES or "EXAMPLE" in v:
            err(rid, f"bad {t}: {v[:30]}")
    if t == "generic_secret" and (len(v) < 8 or v.lower() in ("changeme", "password", "********")):
        err(rid, "generic secret looks like placeholder")


SCAN = [
    ("aws_access_key_id", re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])")),
    ("github_token", re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82}")),
    ("gitlab_token", re.compile(r"gl(?:pat|dt|rt|ptt|cbt|soat)-[\w-]{20,}")),
    ("slack_token", re.compile(r"xox[bpaeor]-[\w-]{10,}|xapp-1-[\w-]{20,}|xoxe\.xox[bp]-[\w-]{20,}")),
    ("stripe_key", re.compile(r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}")),
    ("anthropic_api_key", re.compile(r"sk-ant-[\w-]{20,}")),
    ("openai_api_key", re.compile(r"sk-(?!ant-)[\w-]{20,}")),
    ("google_api_key", re.compile(r"AIza[\w-]{35}")),
    ("jwt", re.compile(r"eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{10,}")),
    ("private_key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("webhook_url", re.compile(r"https://(?:hooks\.slack\.com/services/\S+|(?:discord|discordapp)\.com/api/webhooks/\S+|\S+\.webhook\.office\.com/webhookb2/\S+)")),
    ("url_credentials", re.compile(r"[a-z][a-z0-9+.-]*://[^\s:/@\"'<>]*:([^\s@/\"'<>]+)@")),
]


def covered(m, labels):
    for lab in labels:
        v = lab["value"]
        if m in v or v in m:
            return True
        for a in lab.get("accept", []):
            if m in a:
                return True
    return False


def placeholderish(m):
    return ("EXAMPLE" in m or "xxxx" in m.lower() or "XXXX" in m or m in VENDOR_EXAMPLES
            or any(m.startswith(x) or x.startswith(m) for x in VENDOR_EXAMPLES) or "<" in m or "${" in m or "****" in m)


def cross_check(rid, texts, labels):
    found = []
    for s in texts:
        for typ, rx in SCAN:
            for mo in rx.finditer(s):
                m = mo.group(1) if typ == "url_credentials" else mo.group(0)
                if typ == "url_credentials" and (m.startswith("<") or m.startswith("$") or m.lower() in ("password", "pass", "pw")):
                    continue
                if placeholderish(m) or covered(m, labels):
                    continue
                found.append((typ, m[:40]))
        for mo in re.finditer(r"(?<![\d.])(?:\d[ -]?){12,18}\d(?![\d])", s):
            d = re.sub(r"[ -]", "", mo.group(0))
            if 13 <= len(d) <= 19 and luhn(d) and d not in TEST_CARDS and re.match(r"4|5[1-5]|2[2-7]|3[47]|35|6011|65", d):
                if not covered(mo.group(0), labels) and not any(d == re.sub(r"[ -]", "", l["value"]) for l in labels):
                    found.append(("payment_card", mo.group(0)))
        for mo in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", s):
            cand = mo.group(0)
            parts = cand.split(" ")
            for k in range(len(parts), 0, -1):
                c = "".join(parts[:k]) if " " in cand else cand
                if IBAN_LEN.get(c[:2]) and len(c) >= IBAN_LEN[c[:2]]:
                    c = c[:IBAN_LEN[c[:2]]]
                    if mod97(c) and c not in DOC_IBANS and not any(c == l["value"].replace(" ", "") for l in labels):
                        found.append(("iban", c))
                    break
        for mo in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", s):
            if ssn_ok(mo.group(0)) and not covered(mo.group(0), labels):
                found.append(("us_ssn", mo.group(0)))
        for mo in EMAIL_RE.finditer(s):
            e = mo.group(0)
            loc, dom = e.split("@", 1)
            pre = s[max(0, mo.start() - 14):mo.start()]
            if (loc.lower() in ROLE or dom.endswith((".invalid", "gserviceaccount.com")) or "noreply" in dom
                    or "Message-ID" in pre or pre.endswith("<") and re.fullmatch(r"[0-9a-f.]+", loc) or covered(e, labels)):
                continue
            found.append(("email", e))
    for typ, m in found:
        err(rid, f"cross-check: unlabelled {typ}: {m!r}")
    return len(found)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "dlp_v17.jsonl")
    raw_bytes = open(path, "rb").read()
    recs = [json.loads(l) for l in raw_bytes.decode("utf-8").splitlines() if l.strip()]
    ids = set()
    per_type = collections.Counter()
    per_tpl = collections.defaultdict(lambda: [0, 0, 0])
    wraps = collections.Counter()
    flagged = 0
    for i, r in enumerate(recs):
        rid = r.get("id", f"#{i}")
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            err(rid, f"keys {sorted(r)}")
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        if rid != f"v17-{i + 1}":
            err(rid, "id out of sequence")
        if r.get("split") != "holdout-v17":
            err(rid, "split")
        w, doc = r.get("wrap"), r.get("doc")
        wraps[w] += 1
        if w == "text" and not isinstance(doc, str):
            err(rid, "text wrap needs str doc")
        elif w == "structured" and not isinstance(doc, dict):
            err(rid, "structured wrap needs object doc")
        elif w == "raw-result":
            ok = (isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc["content"] and
                  all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"]) and doc.get("isError") is False)
            if not ok:
                err(rid, "raw-result shape")
        elif w not in ("text", "structured", "raw-result"):
            err(rid, f"wrap {w}")
        texts = strings(doc, [])
        labs = r.get("labels", [])
        vals = [l.get("value") for l in labs]
        if len(vals) != len(set(vals)):
            err(rid, "value labelled twice")
        for lab in labs:
            check_label(rid, lab, texts)
            per_type[lab.get("type")] += 1
        flagged += cross_check(rid, texts, labs)
        t = per_tpl[r.get("template")]
        t[0] += 1
        t[1 if labs else 2] += 1
    n = len(recs)
    clean = sum(1 for r in recs if not r["labels"])
    total = sum(per_type.values())
    if n != 450:
        err("corpus", f"{n} records, expected 450")
    if not 170 <= clean <= 230:
        err("corpus", f"{clean} clean records")
    if len(per_tpl) < 35:
        err("corpus", f"only {len(per_tpl)} templates")
    for t in TYPES:
        if per_type[t] < 12:
            err("corpus", f"type {t} has {per_type[t]} labels (<12)")
    for name, (a, p, c) in per_tpl.items():
        if not p or not c:
            err("corpus", f"template {name} lacks clean or positive records")
    # regeneration
    gen = os.path.join(here, "gen_dlp_v17.py")
    regen = "skipped (generator not found)"
    if os.path.exists(gen):
        spec = importlib.util.spec_from_file_location("gen_dlp_v17_check", gen)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        again = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in mod.build()).encode("utf-8")
        if again == raw_bytes:
            regen = "identical"
        else:
            regen = "DIFFERENT"
            err("corpus", "regenerated corpus differs from file")
            # cross-check the regenerated documents too
            for x in (json.loads(l) for l in again.decode().splitlines()):
                cross_check(x["id"] + "(regen)", strings(x["doc"], []), x["labels"])
    print(f"file: {path}\nsha256: {hashlib.sha256(raw_bytes).hexdigest()}")
    print(f"records: {n}  clean: {clean}  positive: {n - clean}  labels: {total}  templates: {len(per_tpl)}")
    print("wraps:", dict(sorted(wraps.items())))
    print("per type:", ", ".join(f"{t}={per_type[t]}" for t in TYPES))
    print("per template (records/positive/clean):")
    for name in sorted(per_tpl):
        a, p, c = per_tpl[name]
        print(f"  {name:32s} {a:3d} {p:3d} {c:3d}")
    print(f"cross-check flags: {flagged}   regeneration: {regen}")
    if ERR:
        print(f"\n{len(ERR)} ERRORS")
        for e in ERR[:80]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
