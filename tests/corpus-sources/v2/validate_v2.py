#!/usr/bin/env python3
"""Validate poisoned_v2.jsonl and clean_hard_v2.jsonl line format."""
import json, sys, collections, unicodedata
from pathlib import Path
CATS = set("""instruction-override concealment fake-system-block sensitive-file env-credential-list seed-phrase
system-prompt-request conversation-exfil tamper-email tamper-vcs tamper-payment tamper-other standing-trigger session-start
pipe-to-shell powershell-download persistence exfil-url cross-server-call invisible-text encoded-payload homoglyph param-name
schema-value""".split())
CARRIERS = set("description param-description nested-description items-description enum default examples title param-name prompt-description argument-description".split())
ok = True
def err(m):
    global ok; ok = False; print("ERROR", m)
here = Path(__file__).parent
for fn, poisoned in (("poisoned_v2.jsonl", True), ("clean_hard_v2.jsonl", False)):
    ids, names = set(), collections.Counter()
    cat, car = collections.Counter(), collections.Counter()
    for n, line in enumerate((here / fn).read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"{fn}:{n} bad json {e}"); continue
        if r.get("split") != "holdout-v2": err(f"{fn}:{n} split")
        if r["id"] in ids: err(f"{fn}:{n} dup id")
        ids.add(r["id"])
        it = r["item"]; lst = r.get("list", "tools")
        if not isinstance(it.get("name"), str) or not it["name"]: err(f"{fn}:{n} no name")
        names[it["name"]] += 1
        if lst == "tools":
            if not isinstance(it.get("inputSchema"), dict) or it["inputSchema"].get("type") != "object": err(f"{fn}:{n} inputSchema")
        elif lst == "prompts":
            if not isinstance(it.get("arguments"), list): err(f"{fn}:{n} arguments")
        else: err(f"{fn}:{n} list {lst}")
        if poisoned:
            if r["category"] not in CATS: err(f"{fn}:{n} category {r['category']}")
            if r["carrier"] not in CARRIERS: err(f"{fn}:{n} carrier {r['carrier']}")
            if r["id"] != r["family"] or not r["id"].startswith(r["category"] + "-v2-"): err(f"{fn}:{n} id")
            car[r["carrier"]] += 1
        else:
            if r["category"] != "clean-hard" or "carrier" in r: err(f"{fn}:{n} clean fields")
        cat[r["category"]] += 1
    dups = [k for k, v in names.items() if v > 1]
    print(f"{fn}: {sum(cat.values())} lines, {len(cat)} categories; duplicate names: {dups}")
    if poisoned:
        missing = CATS - set(cat); few = [c for c in CATS if cat[c] < 6]
        if missing or few: err(f"missing {missing} few {few}")
        for c in sorted(cat): print(f"  {c:24s} {cat[c]}")
        print("  carriers:", dict(car))
    # invisible chars check for invisible-text items
if ok: print("ALL OK")
sys.exit(0 if ok else 1)
