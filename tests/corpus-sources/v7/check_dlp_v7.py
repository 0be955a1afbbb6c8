#!/usr/bin/env python3
"""Stand-alone format/ground-truth check for dlp_v7.jsonl (stdlib only, no detector involved)."""
import json, os, re, sys
from collections import Counter

TYPES = {"anthropic_api_key", "aws_access_key_id", "aws_secret_access_key", "email", "generic_secret", "github_token",
         "gitlab_token", "google_api_key", "iban", "jwt", "openai_api_key", "payment_card", "phone_number", "private_key",
         "slack_token", "stripe_key", "url_credentials", "us_ssn", "webhook_url"}


def luhn(n):
    d = [int(c) for c in n if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        s += x
    return s % 10 == 0


def iban(v):
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ssn(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def strs(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from strs(v)
    elif isinstance(x, list):
        for v in x:
            yield from strs(v)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v7.jsonl")
    ids, clean, n, types = set(), 0, 0, Counter()
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        n += 1
        assert set(r) == {"id", "template", "split", "wrap", "doc", "labels"}, r.keys()
        assert r["id"] not in ids and r["split"] == "holdout-v7"
        ids.add(r["id"])
        w, d = r["wrap"], r["doc"]
        if w == "text":
            assert isinstance(d, str)
        elif w == "structured":
            assert isinstance(d, dict)
        else:
            assert w == "raw-result" and isinstance(d["content"], list) and d["isError"] in (True, False)
            assert all(c["type"] == "text" and isinstance(c["text"], str) for c in d["content"])
        S = list(strs(d))
        if not r["labels"]:
            clean += 1
        for l in r["labels"]:
            assert set(l) == {"type", "value", "accept"} and l["type"] in TYPES
            assert any(l["value"] in s for s in S), (r["id"], l["type"])
            assert all(any(a in s for s in S) for a in l["accept"]), r["id"]
            if l["type"] == "payment_card":
                assert luhn(l["value"]), r["id"]
            if l["type"] == "iban":
                assert iban(l["value"]), r["id"]
            if l["type"] == "us_ssn":
                assert ssn(l["value"]), r["id"]
            types[l["type"]] += 1
    print(f"records={n} clean={clean} positive={n - clean} labels={sum(types.values())} OK")


if __name__ == "__main__":
    main()
