#!/usr/bin/env python3
"""Stand-alone check of dlp_v20.jsonl (no detector involved).

  * format of every record (id, template, split, wrap, doc shape, labels)
  * every label value and accept form occurs verbatim in a string of doc
  * type rules: Luhn (cards, not published test cards), mod-97 (IBAN), SSN
    issuance rules, token shapes, PEM blocks, JWT structure, URL passwords
  * cross-check: scans every string of every document for values that should
    have been labelled (Luhn-valid non-test card number, mod-97 IBAN,
    issuance-valid SSN, non-role e-mail, token-prefixed string) and reports
    any that are not covered by a label
  * regeneration: re-runs the generator in memory and compares byte for byte

    python3 check_dlp_v20.py [path/to/dlp_v20.jsonl]
Exit status 0 when everything passes.
"""
import base64
import collections
import hashlib
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"}
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "4111111111111111", "378282246310005",
              "6011111111111117", "5105105105105100", "4012888888881881", "371449635398431", "2223003122003222",
              "4000002500003155"}
DOC_IBANS = {"DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432", "NL91ABNA0417164300"}
ROLE = {"support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "careers",
        "noc", "porting", "reservations", "frontdesk", "receipts"}
PLACEHOLDER_MAIL = {"you@example.com", "user@domain.tld"}
VENDOR_EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"}

SHAPES = {
    "aws_access_key_id": r"(?:AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "github_token": r"(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
    "gitlab_token": r"(?:glpat|gldt|glrt)-[A-Za-z0-9_-]{20}",
    "slack_token": r"(?:xox[bp]-[0-9]+-[0-9]+(?:-[0-9]+)?-[A-Za-z0-9]+|xapp-1-[A-Z0-9]+-[0-9]+-[a-f0-9]+|xoxe\.xoxp-1-[A-Za-z0-9-]+)",
    "stripe_key": r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}",
    "openai_api_key": r"sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|discord\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,}|[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S+|chat\.[a-z0-9.-]+/hooks/[a-z0-9]{26})",
    "us_ssn": r"\d{3}-\d{2}-\d{4}",
}
# patterns for the cross-check (a match not covered by a label is reported)
SCAN = {
    "aws_access_key_id": r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Z0-9])",
    "github_token": r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9])",
    "gitlab_token": r"(?<![A-Za-z0-9])(?:glpat|gldt|glrt)-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])",
    "slack_token": r"(?<![A-Za-z0-9])(?:xox[abposr]-[0-9]{6,}-[A-Za-z0-9-]{10,}|xapp-1-[A-Z0-9]+-[0-9]+-[a-f0-9]{20,}|xoxe\.xox[bp]-1-[A-Za-z0-9-]{20,})",
    "stripe_key": r"(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}",
    "openai_api_key": r"(?<![A-Za-z0-9])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
    "anthropic_api_key": r"(?<![A-Za-z0-9])sk-ant-[a-z0-9]+-[A-Za-z0-9_-]{40,}",
    "google_api_key": r"(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])",
    "jwt": r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}",
    "private_key": r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----",
    "webhook_url": r"https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}|discord(?:app)?\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]{20,}|[a-z0-9-]+\.webhook\.office\.com/webhookb2/[^\s\"']+|[a-z0-9.-]+/hooks/[a-z0-9]{26}(?![a-z0-9]))",
    "url_credentials": r"[a-z][a-z0-9+.-]*://[^\s:/@\"']+:([^\s@/\"']+)@",
}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if 16 <= n <= 19 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if n == 14 and (d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305):
        return "diners"
    return None


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "CH": 21, "AT": 20, "BE": 16, "PL": 28, "IE": 22,
            "SE": 24, "PT": 25, "DK": 18, "NO": 15, "FI": 18, "LU": 20}


def iban_ok(i):
    i = i.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", i):
        return False
    if i[:2] in IBAN_LEN and len(i) != IBAN_LEN[i[:2]]:
        return False
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def strings_of(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings_of(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings_of(v)


def b64d(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def placeholderish(s):
    low = s.lower()
    body = re.sub(r"^[a-z]+[_-](?:[a-z]+[_-])?", "", low)
    return ("example" in low or "xxxx" in low or "your" in low or "..." in s or "<" in s
            or len(set(body)) <= 3)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dlp_v20.jsonl")
    raw = open(path, "rb").read()
    errs = []
    warn = []
    recs = []
    ids = set()
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        r = json.loads(line)
        recs.append(r)
        if line != json.dumps(r, ensure_ascii=False):
            errs.append("line %d not in canonical json.dumps(ensure_ascii=False) form" % n)
        if set(r) != {"id", "template", "split", "wrap", "doc", "labels"}:
            errs.append("%s: keys %s" % (r.get("id"), sorted(r)))
        if r["id"] in ids:
            errs.append("duplicate id " + r["id"])
        ids.add(r["id"])
        if r["split"] != "holdout-v20" or not re.fullmatch(r"v20-\d+", r["id"]):
            errs.append("%s: split/id" % r["id"])
        w, d = r["wrap"], r["doc"]
        if w == "text" and not isinstance(d, str):
            errs.append("%s: text wrap needs str doc" % r["id"])
        if w == "structured" and not isinstance(d, dict):
            errs.append("%s: structured wrap needs object doc" % r["id"])
        if w == "raw-result":
            ok = (isinstance(d, dict) and isinstance(d.get("content"), list) and d.get("isError") is False and
                  all(isinstance(c, dict) and c.get("type") == "text" and isinstance(c.get("text"), str) for c in d["content"]))
            if not ok:
                errs.append("%s: raw-result shape" % r["id"])
        if w not in ("text", "structured", "raw-result"):
            errs.append("%s: wrap %s" % (r["id"], w))
        strs = list(strings_of(d))
        seenv = set()
        for lab in r["labels"]:
            t, v, acc = lab.get("type"), lab.get("value"), lab.get("accept")
            rid = r["id"]
            if set(lab) != {"type", "value", "accept"} or t not in TYPES or not isinstance(v, str) or not isinstance(acc, list):
                errs.append("%s: bad label %r" % (rid, lab))
                continue
            if v in seenv:
                errs.append("%s: value labelled twice" % rid)
            seenv.add(v)
            if not any(v in s for s in strs):
                errs.append("%s: %s value not verbatim" % (rid, t))
            for a in acc:
                if not any(a in s for s in strs):
                    errs.append("%s: accept form not verbatim (%s)" % (rid, t))
                if not (v in a or a in v):
                    errs.append("%s: accept form unrelated to value (%s)" % (rid, t))
            if t == "payment_card":
                dd = re.sub(r"[ -]", "", v)
                if not (dd.isdigit() and 13 <= len(dd) <= 19 and luhn_ok(dd) and card_brand(dd)) or dd in TEST_CARDS:
                    errs.append("%s: card rule" % rid)
            elif t == "iban":
                if not iban_ok(v) or v.replace(" ", "") in DOC_IBANS:
                    errs.append("%s: iban rule" % rid)
            elif t == "us_ssn":
                if not ssn_ok(v):
                    errs.append("%s: ssn rule" % rid)
            elif t == "email":
                if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) or v.split("@")[0].lower() in ROLE:
                    errs.append("%s: email rule" % rid)
            elif t == "phone_number":
                dg = re.sub(r"\D", "", v)
                if not (8 <= len(dg) <= 15) or "555-01" in v or "7700 900" in v or "7946 0" in v or "0491 570" in v or dg.startswith("447700900"):
                    errs.append("%s: phone rule %s" % (rid, "fictional/length"))
            elif t == "private_key":
                if not re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[\s\S]+\n\s*-----END \1-----", v):
                    errs.append("%s: private key block" % rid)
            elif t == "jwt":
                try:
                    h, p, sgn = v.split(".")
                    assert "alg" in json.loads(b64d(h)) and isinstance(json.loads(b64d(p)), dict) and sgn
                except Exception:
                    errs.append("%s: jwt structure" % rid)
            elif t == "url_credentials":
                if not any(re.search(r"://[^\s:/@]+:" + re.escape(v) + "@", s) for s in strs):
                    errs.append("%s: url password not in scheme://user:pw@host" % rid)
            elif t == "generic_secret":
                if placeholderish(v) and not re.fullmatch(r"[A-Za-z0-9+/=._!*~^-]{8,}", v):
                    errs.append("%s: generic secret looks like a placeholder" % rid)
            if t in SHAPES and not re.fullmatch(SHAPES[t], v):
                errs.append("%s: %s shape" % (rid, t))
            if v in VENDOR_EXAMPLES:
                errs.append("%s: vendor example labelled" % rid)

        # ---------------- cross-check: should-have-been-labelled values
        labvals = [l["value"] for l in r["labels"]]
        labdig = {re.sub(r"\D", "", l["value"]) for l in r["labels"] if l["type"] == "payment_card"}
        labiban = {l["value"].replace(" ", "") for l in r["labels"] if l["type"] == "iban"}

        def covered(x):
            return any(x in lv or lv in x for lv in labvals)
        for s in strs:
            for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", s):
                dd = re.sub(r"\D", "", m.group(0))
                if card_brand(dd) and luhn_ok(dd) and dd not in TEST_CARDS and dd not in labdig:
                    errs.append("%s: CROSS unlabelled Luhn-valid card-like number" % r["id"])
            for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])", s):
                i = m.group(0).replace(" ", "")
                if iban_ok(i) and i not in labiban and i not in DOC_IBANS:
                    errs.append("%s: CROSS unlabelled mod-97 IBAN" % r["id"])
            for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", s):
                if ssn_ok(m.group(0)) and m.group(0) not in labvals:
                    errs.append("%s: CROSS unlabelled SSN-shaped value" % r["id"])
            for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", s):
                e = m.group(0)
                # EDIFACT / SIP separators: '+' or "'" may glue a segment tag onto the mailbox
                tails = [e[k + 1:] for k, c in enumerate(e.split("@")[0]) if c == "+"]
                if any(t in labvals or t.split("@")[0].lower() in ROLE for t in tails):
                    continue
                pre = s[max(0, m.start() - 7):m.start()]
                if (pre.endswith(":") and not pre.endswith("mailto:")) or pre.endswith("//"):
                    continue          # URL userinfo / sip: URI, not a mailbox
                loc = e.split("@")[0].lower()
                if any(lv.endswith(e.split("@")[0]) for lv in labvals):
                    continue          # tail of a labelled URL password followed by @host
                if loc in ROLE or e.lower() in PLACEHOLDER_MAIL or e in labvals:
                    continue
                errs.append("%s: CROSS unlabelled non-role e-mail" % r["id"])
            for t, pat in SCAN.items():
                for m in re.finditer(pat, s):
                    x = m.group(1) if m.groups() else m.group(0)
                    if covered(x) or x in VENDOR_EXAMPLES or placeholderish(x):
                        continue
                    if t == "url_credentials" and (x.startswith("$") or x.startswith("{")):
                        continue
                    errs.append("%s: CROSS unlabelled %s-shaped string" % (r["id"], t))

    # ---------------- regeneration
    spec = importlib.util.spec_from_file_location("gen_dlp_v20", os.path.join(HERE, "gen_dlp_v20.py"))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    regen = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gen.build()).encode("utf-8")
    if regen != raw:
        errs.append("REGEN: regenerated corpus differs from file")

    # ---------------- summary
    by_type = collections.Counter(l["type"] for r in recs for l in r["labels"])
    by_tpl = collections.defaultdict(lambda: [0, 0, 0])
    for r in recs:
        by_tpl[r["template"]][1 if r["labels"] else 0] += 1
        by_tpl[r["template"]][2] += len(r["labels"])
    clean = sum(1 for r in recs if not r["labels"])
    print("file   %s  sha256 %s" % (path, hashlib.sha256(raw).hexdigest()))
    print("records %d  clean %d  positive %d  labels %d  templates %d" % (len(recs), clean, len(recs) - clean,
                                                                          sum(by_type.values()), len(by_tpl)))
    print("wraps  %s" % dict(collections.Counter(r["wrap"] for r in recs)))
    for t in sorted(TYPES):
        print("  %-22s %4d" % (t, by_type[t]))
        if by_type[t] < 12:
            errs.append("type %s has fewer than 12 labels" % t)
    print("template                      clean positive labels")
    for t in sorted(by_tpl):
        c, p, nl = by_tpl[t]
        print("  %-26s %5d %8d %6d" % (t, c, p, nl))
        if not c or not p:
            errs.append("template %s lacks clean or positive instances" % t)
    if len(recs) != 450:
        errs.append("expected 450 records")
    for e in errs:
        print("ERROR", e)
    print("RESULT:", "PASS" if not errs else "FAIL (%d errors)" % len(errs))
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(main())
