#!/usr/bin/env python3
"""Stand-alone checker for dlp_v11.jsonl (no detector involved).

Checks record format, that every label value / accept form occurs verbatim, type rules (Luhn, mod-97, SSN issuance,
token shapes, PEM blocks, URL passwords), and scans every document for values that should have been labelled but were not
(Luhn-valid non-test card numbers, mod-97-valid IBANs, issuance-valid SSNs, non-role / non-placeholder e-mail addresses,
token-prefixed strings, webhook URLs, private-key blocks). With --regen it also re-runs gen_dlp_v11.py into a temporary
file and requires a byte-identical result, so every flagged document can be regenerated and inspected.
Usage: python3 check_dlp_v11.py [dlp_v11.jsonl] [--regen]
"""
import base64, collections, hashlib, json, os, re, subprocess, sys, tempfile

TYPES = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key", "github_token",
         "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "private_key",
         "webhook_url", "url_credentials", "generic_secret"]
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "4012888888881881", "3530111333300000",
              "5200828282828210", "4000000000000002", "2223003122003222", "6011000990139424", "30569309025904"}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "SE": 24, "NO": 15,
            "DK": 18, "FI": 18, "IE": 22, "PT": 25, "SA": 24, "AE": 23, "LT": 20, "HR": 21, "RO": 24, "GR": 27, "CZ": 24, "LU": 20, "HU": 28}
ROLE = {"support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "press", "privacy", "legal",
        "careers", "help", "abuse", "postmaster", "webmaster", "notifications", "feedback"}
PLACEHOLDER_EMAILS = {"you@example.com", "user@domain.tld", "name@company.com", "your.name@example.com", "jane@example.org",
                      "email@example.com", "first.last@yourcompany.com"}
PUBLISHED = {"AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
             "xoxp-12345-67890-1928471-abcdefg", "GB82WEST12345698765432", "DE89370400440532013000",
             "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"}
KNOWN_BAD_SSN = {"078-05-1120", "219-09-9999", "123-45-6789"}

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0

def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c): return False
    if c[:2] in IBAN_LEN and IBAN_LEN[c[:2]] != len(c): return False
    return int("".join(str(int(x, 36)) for x in c[4:] + c[:4])) % 97 == 1

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m: return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000" and f"{a}-{g}-{n}" not in KNOWN_BAD_SSN

def unesc(s): return s.replace("\\n", "\n")

TOKEN_RES = {
    "aws_access_key_id": r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])",
    "github_token": r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])",
    "gitlab_token": r"(?<![A-Za-z0-9_-])(?:glpat-|gldt-|glrt-|glft-|glimt-|glsoat-|glcbt-|glagent-|GR1348941)[A-Za-z0-9_-]{20,}|glptt-[0-9a-f]{40}",
    "slack_token": r"xoxb-\d{8,}-\d{8,}-[A-Za-z0-9]{24}|xoxp-\d{8,}-\d{8,}-\d{8,}-[0-9a-f]{32}|xapp-\d-[A-Z0-9]{9,}-\d{10,}-[0-9a-f]{64}|xoxe(?:\.xox[bp])?-1-[A-Za-z0-9-]{100,}",
    "stripe_key": r"(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{20,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-|admin-)[A-Za-z0-9_-]{100,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    "anthropic_api_key": r"sk-ant-[a-z]+\d\d-[A-Za-z0-9_-]{80,}",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])",
    "jwt": r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}",
    "webhook_url": r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/]+|https://(?:discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]+|https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[^\s\"'<>)]+|https://chat\.[a-z0-9.-]+/hooks/[a-z0-9]{26}",
    "private_key": r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----\n[A-Za-z0-9+/=\n]{100,}?\n-----END (?:[A-Z]+ )*PRIVATE KEY-----",
}
EMAIL_RE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
TRUNC = ("…", "...", " […]")

def placeholderish(m):
    body = re.sub(r"^(gh[pousr]_|github_pat_|glpat-|[sr]k_(live|test)_|AIza|sk-|xox.-|AKIA|ASIA)", "", m)
    return len(set(body)) <= 3 or any(x in m for x in ("XXX", "xxxx", "EXAMPLE", "...."))

def all_strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items(): yield k; yield from all_strings(v)
    elif isinstance(o, list):
        for v in o: yield from all_strings(v)

def covered(m, labels):
    for L in labels:
        for s in [L["value"]] + L.get("accept", []):
            if m in s or m in unesc(s): return True
    return False

def unlabelled_findings(rec):
    """values in the document that the conventions say must be labelled, but are not"""
    out = []
    labels = rec["labels"]
    for s0 in all_strings(rec["doc"]):
        for s in {s0, unesc(s0)}:
            for t, rx in TOKEN_RES.items():
                for mm in re.finditer(rx, s):
                    m = mm.group(0).rstrip("/")
                    if m in PUBLISHED or placeholderish(m) or covered(m, labels): continue
                    if s[mm.end():mm.end() + 3].startswith(TRUNC): continue
                    out.append((t, m))
            for mm in re.finditer(r"(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){12,18}(?![ -]?\d)", s):
                d = re.sub(r"\D", "", mm.group(0))
                if luhn_ok(d) and d not in TEST_CARDS and not covered(mm.group(0), labels) and not covered(d, labels):
                    out.append(("payment_card", mm.group(0)))
            for mm in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])", s):
                c = mm.group(0).replace(" ", "")
                for n in range(15, len(c) + 1):
                    if iban_ok(c[:n]) and c[:n] not in PUBLISHED and not covered(mm.group(0)[:len(mm.group(0))], labels) and not covered(c[:n], labels):
                        out.append(("iban", c[:n]))
            for mm in re.finditer(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", s):
                if re.fullmatch(r"\d{3}-\d{2}-\d{4}", mm.group(0)) or re.fullmatch(r"\d{3} \d{2} \d{4}", mm.group(0)):
                    if ssn_ok(mm.group(0)) and not covered(mm.group(0), labels):
                        # a spaced 3-2-4 group inside a longer phone/card is covered by that label; others are findings
                        out.append(("us_ssn", mm.group(0)))
            for mm in re.finditer(EMAIL_RE, s):
                e = mm.group(0); local = e.split("@")[0].lower()
                line_start = s.rfind("\n", 0, mm.start()) + 1
                line = s[line_start:mm.start()]
                tok_start = max(s.rfind(c, 0, mm.start()) for c in " \n\t\"'<(=[")
                if "://" in s[tok_start + 1:mm.start()]: continue          # URL userinfo
                if re.match(r"\s*(> )*(Message-ID|In-Reply-To|References):", line): continue
                if local in ROLE or e.lower() in PLACEHOLDER_EMAILS or e.endswith(".gserviceaccount.com"): continue
                if covered(e, labels): continue
                out.append(("email", e))
    return sorted(set(out))

JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

def type_error(t, v, rec):
    u = unesc(v)
    if t == "email": return None if re.fullmatch(EMAIL_RE, v) and v.split("@")[0].lower() not in ROLE and v.lower() not in PLACEHOLDER_EMAILS else "bad email"
    if t == "phone_number":
        d = re.sub(r"\D", "", v)
        if not 7 <= len(d) <= 15: return "phone digits"
        if re.search(r"555[ .-]?01\d\d|07700 ?900|020 ?7946 ?0|0491 ?570|^(\+?1[ -]?)?\(?8(00|88|77|66|55|44|33)\)?", v): return "fictional/toll-free phone labelled"
        return None
    if t == "us_ssn": return None if ssn_ok(v) else "ssn rule"
    if t == "payment_card":
        d = re.sub(r"[ -]", "", v)
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS else "card rule"
    if t == "iban": return None if iban_ok(v) and re.sub(r"\s", "", v) not in PUBLISHED else "iban rule"
    if t == "aws_access_key_id": return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) and v not in PUBLISHED else "aws id"
    if t == "aws_secret_access_key": return None if re.fullmatch(r"[A-Za-z0-9/+]{40}", v) and "EXAMPLE" not in v else "aws secret"
    if t == "private_key":
        m = re.fullmatch(r"-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ((?:[A-Z]+ )*)PRIVATE KEY-----", u)
        return None if m and m.group(1) == m.group(2) else "pem block"
    if t == "jwt":
        if not JWT_RE.fullmatch(v) or v in PUBLISHED: return "jwt shape"
        try:
            h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
            return None if "alg" in h else "jwt header"
        except Exception: return "jwt header"
    if t == "url_credentials":
        return None if any(re.search(r"[a-z+]+://[^\s/:@]*:" + re.escape(v) + "@", a) for a in rec_strings(rec)) and len(v) >= 6 else "url password"
    if t == "generic_secret":
        return None if len(v) >= 8 and not placeholderish(v) and not re.search(r"\$\{|\{\{|vault:|op://|REDACTED|\*\*\*", v) else "generic shape"
    if t in TOKEN_RES:
        m = re.fullmatch("(?:" + TOKEN_RES[t] + ")", u)
        return None if m and v not in PUBLISHED and not placeholderish(v) else f"{t} shape"
    return "unknown type"

def rec_strings(rec): return list(all_strings(rec["doc"]))

def record_errors(rec):
    e = []
    if set(rec) != {"id", "template", "split", "wrap", "doc", "labels"}: e.append("keys")
    if rec.get("split") != "holdout-v11": e.append("split")
    w, d = rec.get("wrap"), rec.get("doc")
    if w == "text" and not isinstance(d, str): e.append("text wrap")
    if w == "structured" and not isinstance(d, dict): e.append("structured wrap")
    if w == "raw-result":
        if not (isinstance(d, dict) and isinstance(d.get("content"), list) and d["content"] and all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in d["content"]) and d.get("isError") is False):
            e.append("raw-result shape")
    if w not in ("text", "structured", "raw-result"): e.append("wrap")
    strs = rec_strings(rec)
    seen = set()
    for L in rec["labels"]:
        if set(L) != {"type", "value", "accept"} or L["type"] not in TYPES: e.append("label keys/type"); continue
        if (L["type"], L["value"]) in seen: e.append("duplicate label")
        seen.add((L["type"], L["value"]))
        if not any(L["value"] in s for s in strs): e.append(f"value not verbatim ({L['type']})")
        for a in L["accept"]:
            if a == L["value"] or not any(a in s for s in strs): e.append(f"accept not verbatim ({L['type']})")
        te = type_error(L["type"], L["value"], rec)
        if te: e.append(te)
    return e

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v11.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    bad = 0; ids = set()
    per_type = collections.Counter(); per_tpl = collections.defaultdict(lambda: [0, 0]); wraps = collections.Counter()
    for r in recs:
        if r["id"] in ids: print("duplicate id", r["id"]); bad += 1
        ids.add(r["id"])
        errs = record_errors(r); finds = unlabelled_findings(r)
        if errs: print(r["id"], "ERRORS", errs); bad += 1
        if finds: print(r["id"], "UNLABELLED", [f[0] for f in finds]); bad += 1
        for L in r["labels"]: per_type[L["type"]] += 1
        per_tpl[r["template"]][1 if r["labels"] else 0] += 1
        wraps[r["wrap"]] += 1
    clean = sum(1 for r in recs if not r["labels"])
    print(f"records {len(recs)}  clean {clean}  positive {len(recs) - clean}  labels {sum(per_type.values())}  templates {len(per_tpl)}")
    print("wraps", dict(wraps))
    for t in TYPES: print(f"  {t:24s} {per_type[t]}")
    for t in sorted(per_tpl): print(f"  {t:28s} clean {per_tpl[t][0]:2d}  positive {per_tpl[t][1]:2d}")
    if any(per_type[t] < 12 for t in TYPES): print("a type has fewer than 12 labels"); bad += 1
    if any(c == 0 or p == 0 for c, p in per_tpl.values()): print("a template lacks clean or positive instances"); bad += 1
    if "--regen" in sys.argv:
        gen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_dlp_v11.py")
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, "regen.jsonl")
            subprocess.run([sys.executable, gen, out], check=True, stdout=subprocess.DEVNULL)
            a = hashlib.sha256(open(out, "rb").read()).hexdigest(); b = hashlib.sha256(open(path, "rb").read()).hexdigest()
            print("regenerated sha256", a, "== file" if a == b else "!= file " + b)
            if a != b: bad += 1
    print("OK" if not bad else f"FAILED ({bad})")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
