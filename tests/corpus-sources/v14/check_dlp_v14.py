#!/usr/bin/env python3
"""Stand-alone checker for dlp_v14.jsonl (format + ground truth). No detector is run.
Usage: python3 check_dlp_v14.py [dlp_v14.jsonl] [--no-regen]
Exit status 0 = all checks passed.
"""
import base64, collections, hashlib, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
ROLE = {"support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "ops",
        "admin", "help", "notifications", "devices", "firmware", "postmaster", "privacy", "dpo", "fleet"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld"}
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "378282246310005",
              "371449635398431", "6011111111111117", "5105105105105100", "4012888888881881", "5200828282828210",
              "2223003122003222", "4000000000000002", "4000002500003155"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                   "sk_test_BQokikJOvBiI2HlWgH4olfQ2"}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20, "PL": 28,
            "IE": 22, "PT": 25, "SE": 24, "FI": 18, "DK": 18, "NO": 15, "CZ": 24, "LU": 20}
CARD_LIKE = [("4", 16), ("51", 16), ("52", 16), ("53", 16), ("54", 16), ("55", 16), ("34", 15), ("37", 15),
             ("6011", 16), ("65", 16), ("35", 16), ("4", 13), ("4", 19), ("22", 16), ("23", 16), ("24", 16),
             ("25", 16), ("26", 16), ("27", 16)]

errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def luhn(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0


def card_like(d):
    return luhn(d) and any(d.startswith(p) and len(d) == n for p, n in CARD_LIKE)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000" and s not in ("078-05-1120", "219-09-9999")


def values_of(doc):
    if isinstance(doc, str):
        return [doc]
    if isinstance(doc, dict):
        return [s for v in doc.values() for s in values_of(v)]
    if isinstance(doc, list):
        return [s for v in doc for s in values_of(v)]
    return []


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TYPE_RE = {
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "aws_access_key_id": re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}"),
    "aws_secret_access_key": re.compile(r"[A-Za-z0-9/+]{40}|(?:[A-Za-z0-9]|%2F|%2B){40,}"),
    "github_token": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "gitlab_token": re.compile(r"gl(?:pat|rt|dt|ptt|ft)-[A-Za-z0-9_-]{20}"),
    "slack_token": re.compile(r"xox[bpa]-[0-9A-Za-z-]{20,}|xapp-1-[A-Z0-9]+-\d+-[a-f0-9]{64}|xoxe\.xox[bp]-1-[A-Za-z0-9-]{100,}"),
    "stripe_key": re.compile(r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}"),
    "openai_api_key": re.compile(r"sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{40,}"),
    "anthropic_api_key": re.compile(r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA"),
    "google_api_key": re.compile(r"AIza[A-Za-z0-9_-]{35}"),
    "jwt": re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    "webhook_url": re.compile(r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+|"
                              r"(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+|"
                              r"[a-z0-9]+\.webhook\.office\.com/webhookb2/\S+/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36})"),
}
SCAN = [("aws_access_key_id", re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")),
        ("github_token", re.compile(r"(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})")),
        ("gitlab_token", re.compile(r"(?<![A-Za-z0-9])gl(?:pat|rt|dt|ptt|ft)-[A-Za-z0-9_-]{16,}")),
        ("slack_token", re.compile(r"(?<![A-Za-z0-9])(?:xox[bpae]|xapp)[-.][A-Za-z0-9.-]{12,}")),
        ("stripe_key", re.compile(r"(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{12,}")),
        ("anthropic_api_key", re.compile(r"(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{20,}")),
        ("openai_api_key", re.compile(r"(?<![A-Za-z0-9_-])sk-(?!ant-)[A-Za-z0-9_-]{20,}")),
        ("google_api_key", re.compile(r"(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{30,}")),
        ("jwt", re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
        ("private_key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
        ("webhook_url", re.compile(r"hooks\.slack\.com/services/T|/api/webhooks/\d|webhook\.office\.com/webhookb2/")),
        ("generic_secret", re.compile(r"SharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})")),
        ("url_credentials", re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:([^@\s/'\"<>]+)@"))]


def placeholder(s):
    body = re.sub(r"^(?:[a-z]+[_-])+", "", s)
    return (s in VENDOR_EXAMPLES or "EXAMPLE" in s or "example" in s.lower() and "docs" in s.lower()
            or len(set(body)) <= 3 or re.search(r"x{8,}|X{8,}|YOUR|your-|<|\*{3}|…", s) is not None)


def type_ok(t, v):
    if t == "payment_card":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn(d) and d not in TEST_CARDS
    if t == "iban":
        return iban_ok(v)
    if t == "us_ssn":
        return ssn_ok(v)
    if t == "email":
        return TYPE_RE["email"].fullmatch(v) is not None and v.split("@")[0].lower() not in ROLE and v not in PLACEHOLDER_EMAILS
    if t == "phone_number":
        d = re.sub(r"[^\d]", "", v)
        return 9 <= len(d) <= 15 and re.fullmatch(r"\+?[\d ()-]+", v) is not None and re.search(r"555[- ]?01\d\d|7700 ?900|20 ?7946 ?0|491 ?570", v) is None
    if t == "private_key":
        v2 = v.replace("\\n", "\n")
        return re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v2) is not None
    if t == "jwt":
        if not TYPE_RE["jwt"].fullmatch(v):
            return False
        h = v.split(".")[0]
        try:
            return "alg" in json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
        except Exception:
            return False
    if t == "url_credentials":
        return len(v) >= 6 and "@" not in v and ":" not in v and "/" not in v
    if t == "generic_secret":
        return len(v) >= 8 and not placeholder(v)
    if t in TYPE_RE:
        return TYPE_RE[t].fullmatch(v) is not None and not placeholder(v)
    return True


def check_record(rec, seen_ids):
    rid = rec.get("id", "?")
    if set(rec) != {"id", "template", "split", "wrap", "doc", "labels"}:
        err(rid, "bad keys %s" % sorted(rec))
    if not re.fullmatch(r"v14-\d+", rid) or rid in seen_ids:
        err(rid, "bad or duplicate id")
    seen_ids.add(rid)
    if rec.get("split") != "holdout-v14":
        err(rid, "bad split")
    wrap, doc = rec["wrap"], rec["doc"]
    if wrap == "text":
        if not isinstance(doc, str):
            err(rid, "text doc not str")
    elif wrap == "structured":
        if not isinstance(doc, dict):
            err(rid, "structured doc not object")
    elif wrap == "raw-result":
        ok = (isinstance(doc, dict) and isinstance(doc.get("content"), list) and doc.get("isError") is False and doc["content"]
              and all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in doc["content"])
              and set(doc) <= {"content", "isError", "structuredContent"})
        if not ok:
            err(rid, "bad raw-result shape")
    else:
        err(rid, "bad wrap")
    strs = values_of(doc)
    seen = set()
    for l in rec["labels"]:
        if set(l) != {"type", "value", "accept"} or l["type"] not in TYPES or not isinstance(l["value"], str) or not isinstance(l["accept"], list):
            err(rid, "bad label shape %r" % (l,))
            continue
        t, v = l["type"], l["value"]
        if (t, v) in seen:
            err(rid, "duplicate label %s" % t)
        seen.add((t, v))
        if not any(v in s for s in strs):
            err(rid, "value not verbatim (%s)" % t)
        for a in l["accept"]:
            if not isinstance(a, str) or not any(a in s for s in strs):
                err(rid, "accept not verbatim (%s)" % t)
            elif v not in a and a not in v:
                err(rid, "accept unrelated to value (%s)" % t)
        if not type_ok(t, v):
            err(rid, "value fails %s rule: %r" % (t, v[:12] + "..."))
        if t == "url_credentials" and not any(re.search(r"://[^\s]*:" + re.escape(v) + "@", a) for a in l["accept"]):
            err(rid, "url_credentials without full URL accept")
    return strs


def scan_unlabelled(rec, strs):
    """cross-check: values that should have been labelled but are not"""
    rid = rec["id"]
    covered = sorted({x for l in rec["labels"] for x in [l["value"]] + l["accept"]}, key=len, reverse=True)
    found = []
    for s in strs:
        for c in covered:
            s = s.replace(c, "\x00")
        for m in re.finditer(r"(?<![\w+.])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?|\d{4}([ -])\d{6}\3\d{5})(?![\w])", s):
            d = re.sub(r"[ -]", "", m.group(1))
            if card_like(d) and d not in TEST_CARDS:
                found.append(("payment_card", m.group(1)))
        for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", s):
            if iban_ok(m.group(0)):
                found.append(("iban", m.group(0)))
        for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", s):
            if ssn_ok(m.group(0)):
                found.append(("us_ssn", m.group(0)))
        for m in EMAIL_RE.finditer(s):
            e = m.group(0)
            local, dom = e.split("@", 1)
            if local.lower() in ROLE or e in PLACEHOLDER_EMAILS or dom.endswith("gserviceaccount.com"):
                continue
            found.append(("email", e))
        for t, rx in SCAN:
            for m in rx.finditer(s):
                val = m.group(1) if rx.groups else m.group(0)
                if placeholder(val) or placeholder(m.group(0)):
                    continue
                found.append((t, val))
    for t, v in found:
        err(rid, "UNLABELLED %s candidate %r" % (t, v[:10] + "..."))
    return bool(found)


def sha256(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "dlp_v14.jsonl")
    raw_lines = open(path, encoding="utf-8").read().split("\n")
    if raw_lines[-1] == "":
        raw_lines.pop()
    recs = []
    for i, line in enumerate(raw_lines):
        try:
            r = json.loads(line)
        except Exception as e:
            err("line%d" % (i + 1), "bad json: %s" % e)
            continue
        if json.dumps(r, ensure_ascii=False) != line:
            err(r.get("id", i), "line is not json.dumps(..., ensure_ascii=False)")
        recs.append(r)
    seen_ids = set()
    flagged = []
    for r in recs:
        strs = check_record(r, seen_ids)
        if scan_unlabelled(r, strs):
            flagged.append(r["id"])
    # corpus-level counts
    types = collections.Counter(l["type"] for r in recs for l in r["labels"])
    tmpl = collections.defaultdict(lambda: [0, 0])
    for r in recs:
        tmpl[r["template"]][1 if r["labels"] else 0] += 1
    nclean = sum(1 for r in recs if not r["labels"])
    nlab = sum(types.values())
    if len(recs) != 450:
        err("corpus", "expected 450 records, got %d" % len(recs))
    if not 170 <= nclean <= 230:
        err("corpus", "clean count %d not about 200" % nclean)
    if not 540 <= nlab <= 700:
        err("corpus", "label count %d not about 600" % nlab)
    if len(tmpl) < 35:
        err("corpus", "only %d templates" % len(tmpl))
    for t in TYPES:
        if types[t] < 12:
            err("corpus", "type %s has %d < 12 labels" % (t, types[t]))
    for k, (c, p) in tmpl.items():
        if c == 0 or p == 0:
            err("corpus", "template %s lacks clean or positive docs" % k)
    # regeneration: byte-identical, twice
    if "--no-regen" not in sys.argv:
        gen = os.path.join(HERE, "gen_dlp_v14.py")
        sums = []
        for _ in range(2):
            with tempfile.TemporaryDirectory() as td:
                out = os.path.join(td, "regen.jsonl")
                subprocess.run([sys.executable, gen, out], check=True)
                sums.append(sha256(out))
                if flagged:
                    regen = {json.loads(l)["id"]: l for l in open(out, encoding="utf-8")}
                    for fid in flagged:
                        print("regenerated flagged record %s: %s" % (fid, "identical" if regen.get(fid) == raw_lines[int(fid[4:]) - 1] else "DIFFERS"))
        if sums[0] != sums[1] or sums[0] != sha256(path):
            err("corpus", "regeneration not byte-identical: %s %s vs %s" % (sums[0], sums[1], sha256(path)))
    print("records=%d clean=%d positive=%d labels=%d templates=%d" % (len(recs), nclean, len(recs) - nclean, nlab, len(tmpl)))
    print("per type:", dict(sorted(types.items())))
    print("sha256 %s" % sha256(path))
    for e in errors[:200]:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
