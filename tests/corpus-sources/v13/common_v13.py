# Shared helpers for the v13 generators (stdlib only, deterministic).
import base64, codecs, json, re, unicodedata, urllib.parse, hashlib, sys

ENC_INPUTS = []  # plaintext fed to encoders, scanned for hygiene

def _rec(s):
    ENC_INPUTS.append(s); return s

def b64(s): return base64.b64encode(_rec(s).encode()).decode()
def b32(s): return base64.b32encode(_rec(s).encode()).decode()
def hx(s): return _rec(s).encode().hex()
def rot13(s): return codecs.encode(_rec(s), "rot13")
def pct(s): return urllib.parse.quote(_rec(s), safe="")
def rev(s): return _rec(s)[::-1]
def codes(s): return ",".join(str(ord(c)) for c in _rec(s))
def u16b64(s): return base64.b64encode(_rec(s).encode("utf-16-le")).decode()
def tags(s): return "".join(chr(0xE0000 + ord(c)) for c in _rec(s))
def zw(s): return "\u200b".join(_rec(s))
def wj(s): return "\u2060".join(_rec(s))
def vsel(s):
    out = []
    for b in _rec(s).encode():
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)
def zwbin(s):
    return "".join("\u200d" if bit == "1" else "\u200c" for ch in _rec(s).encode() for bit in format(ch, "08b"))
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456", "s": "\u0455", "y": "\u0443"}
def homo(s, letters="aeo"):
    return "".join(HOMO[c] if c in letters and c in HOMO else c for c in s)
def fullw(s):
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in _rec(s))

def S(t="string", d=None, **kw):
    p = {"type": t}
    if d is not None: p["description"] = d
    p.update(kw); return p
def A(items=None, d=None, **kw):
    p = {"type": "array", "items": items or {"type": "string"}}
    if d is not None: p["description"] = d
    p.update(kw); return p
def O(props, req=(), d=None, **kw):
    p = {"type": "object", "properties": props}
    if req: p["required"] = list(req)
    if d is not None: p["description"] = d
    p.update(kw); return p
def T(name, desc, props, req=(), title=None, out=None, ann=None):
    it = {"name": name}
    if title: it["title"] = title
    it["description"] = desc
    it["inputSchema"] = O(props, req)
    if out is not None: it["outputSchema"] = out
    if ann is not None: it["annotations"] = ann
    return it
def PR(name, desc, args):
    return {"name": name, "description": desc,
            "arguments": [{"name": a, "description": d, "required": r} for a, d, r in args]}
def RS(uri, name, desc, mime="text/plain"):
    return {"uri": uri, "name": name, "description": desc, "mimeType": mime}

CARRIERS = {"description", "param-description", "default", "enum", "const", "examples", "pattern",
            "title", "param-name", "nested-description", "items-description", "output-description",
            "prompt-description", "argument-description", "annotations", "name", "resource-description"}

def check_required(schema, path, errs):
    if isinstance(schema, dict):
        if schema.get("type") == "object" or "properties" in schema:
            props = schema.get("properties", {})
            for r in schema.get("required", []):
                if r not in props: errs.append(f"{path}: required {r} not in properties")
        for k, v in schema.items():
            check_required(v, path + "/" + str(k), errs)
    elif isinstance(schema, list):
        for i, v in enumerate(schema): check_required(v, f"{path}[{i}]", errs)

REV_HOMO = {v: k for k, v in HOMO.items()}
INVIS = re.compile("[\u200b-\u200f\u2060-\u2064\u202a-\u202e\ufe00-\ufe0f\U000e0000-\U000e01ef\u00ad]")
DOM = re.compile(r"(?<![A-Za-z0-9_.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|ai|co|app|xyz|ru|cn|de|uk|info|biz|me|cloud|tk|ly|gg|us|fr|es|jp|in|br))(?![A-Za-z0-9-])")
IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_DOM = ("example.com", "example.net", "example.org")
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = INVIS.sub("", s)
    return "".join(REV_HOMO.get(c, c) for c in s)

def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k; yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)

def hygiene(texts, errs, where):
    for raw in texts:
        for s in (raw, norm(raw)):
            for m in DOM.finditer(s):
                d = m.group(1)
                if not any(d == x or d.endswith("." + x) for x in OK_DOM):
                    errs.append(f"{where}: bad domain {d!r}")
            for m in IP.finditer(s):
                ip = m.group(0)
                if ip in ("0.0.0.0", "127.0.0.1"): continue
                if not ip.startswith(OK_IP): errs.append(f"{where}: bad ip {ip}")

def validate_record(r, errs):
    need = {"id", "family", "category", "carrier", "item", "split"}
    ks = set(r)
    if not need <= ks or not ks <= need | {"list"}: errs.append(f"{r.get('id')}: keys {sorted(ks)}")
    if r["family"] != r["id"]: errs.append(f"{r['id']}: family")
    if r["carrier"] not in CARRIERS: errs.append(f"{r['id']}: carrier {r['carrier']}")
    it = r["item"]; lst = r.get("list")
    if lst is None:
        if not set(it) <= {"name", "title", "description", "inputSchema", "outputSchema", "annotations"}: errs.append(f"{r['id']}: tool keys")
        if not {"name", "description", "inputSchema"} <= set(it): errs.append(f"{r['id']}: tool missing")
        if it["inputSchema"].get("type") != "object": errs.append(f"{r['id']}: schema type")
        check_required(it["inputSchema"], r["id"], errs)
        if "outputSchema" in it: check_required(it["outputSchema"], r["id"] + "/out", errs)
    elif lst == "prompts":
        if set(it) != {"name", "description", "arguments"}: errs.append(f"{r['id']}: prompt keys")
        for a in it["arguments"]:
            if set(a) != {"name", "description", "required"}: errs.append(f"{r['id']}: arg keys")
    elif lst == "resources":
        if set(it) != {"uri", "name", "description", "mimeType"}: errs.append(f"{r['id']}: resource keys")
    else: errs.append(f"{r['id']}: list {lst}")
    hygiene(list(strings(it)), errs, r["id"])

def write_jsonl(path, recs):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
    with open(path, "wb") as f: f.write(data)
    return hashlib.sha256(data).hexdigest()
