"""Small helpers shared by make_poison_v2.py and make_clean_v2.py (held-out corpus v2)."""


def S(desc=None, t="string", **kw):
    d = {"type": t}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, description, properties, required=None, title=None, extra=None):
    item = {"name": name}
    if title is not None:
        item["title"] = title
    item["description"] = description
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    if extra:
        schema.update(extra)
    item["inputSchema"] = schema
    return item


def PR(name, description, args):
    return {
        "name": name,
        "description": description,
        "arguments": [{"name": a, "description": d, "required": r} for a, d, r in args],
    }


def tags(text):
    """Encode ASCII text into invisible Unicode tag characters (U+E0000 block)."""
    return "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in text) + "\U000E007F"


def zw_split(text, sep="\u200b"):
    return sep.join(text)


def zw_bits(text):
    """Encode text as a stream of zero-width characters: U+200B = 0, U+200C = 1, U+200D between bytes."""
    out = []
    for b in text.encode():
        out.append("".join("\u200c" if (b >> i) & 1 else "\u200b" for i in range(7, -1, -1)))
    return "\u2060" + "\u200d".join(out) + "\u2060"
