//! Reference readings of a JSON-RPC body, written independently of the
//! filter's reader: a small JSON tree parser that keeps every member (so
//! duplicates stay visible), and the two ways real servers pick members:
//!
//! - Python `json` (and serde_json, and most dict-based readers): names are
//!   exact, the last duplicate wins;
//! - Go `encoding/json` decoding into a struct: a name matches a field when
//!   the two are equal under Unicode simple case folding (`bytes.EqualFold`:
//!   `METHOD`, `Method`, even `paramſ` with U+017F), the last match wins, a
//!   `null` leaves a string field as it was, and a value of the wrong type
//!   makes `Unmarshal` fail (the server refuses the message).

use serde_json::{Map, Number, Value};

/// A JSON value with every object member kept, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum J {
    Null,
    Bool(bool),
    /// The number's exact text.
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

/// Nesting guard (the filter's own limit is lower; this parser only reads
/// bodies the filter accepted).
const MAX_DEPTH: usize = 512;

/// Parses RFC 8259 JSON. None on anything invalid (including lone
/// surrogate escapes, which no reader agrees on).
pub fn parse(text: &str) -> Option<J> {
    let mut p = P {
        b: text.as_bytes(),
        i: 0,
    };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    (p.i == p.b.len()).then_some(v)
}

struct P<'a> {
    b: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn lit(&mut self, w: &[u8]) -> Option<()> {
        if self.b.get(self.i..self.i + w.len())? == w {
            self.i += w.len();
            Some(())
        } else {
            None
        }
    }
    fn value(&mut self, depth: usize) -> Option<J> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'n' => self.lit(b"null").map(|_| J::Null),
            b't' => self.lit(b"true").map(|_| J::Bool(true)),
            b'f' => self.lit(b"false").map(|_| J::Bool(false)),
            b'"' => self.string().map(J::Str),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek()? == b']' {
                    self.i += 1;
                    return Some(J::Arr(items));
                }
                loop {
                    self.ws();
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(J::Arr(items));
                        }
                        _ => return None,
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                self.ws();
                if self.peek()? == b'}' {
                    self.i += 1;
                    return Some(J::Obj(members));
                }
                loop {
                    self.ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let k = self.string()?;
                    self.ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.i += 1;
                    self.ws();
                    let v = self.value(depth + 1)?;
                    members.push((k, v));
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            return Some(J::Obj(members));
                        }
                        _ => return None,
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }
    fn digits(&mut self) -> usize {
        let s = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - s
    }
    fn number(&mut self) -> Option<J> {
        let s = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        let text = std::str::from_utf8(self.b.get(s..self.i)?).ok()?;
        Some(J::Num(text.to_string()))
    }
    fn hex4(&mut self) -> Option<u32> {
        let h = std::str::from_utf8(self.b.get(self.i..self.i + 4)?).ok()?;
        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        self.i += 4;
        u32::from_str_radix(h, 16).ok()
    }
    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = self.peek()?;
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = self.peek()?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let u = self.hex4()?;
                            if (0xD800..0xDC00).contains(&u) {
                                self.lit(b"\\u")?;
                                let l = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&l) {
                                    return None;
                                }
                                char::from_u32(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00))?
                            } else {
                                char::from_u32(u)?
                            }
                        }
                        _ => return None,
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c if c < 0x20 => return None,
                c => out.push(c),
            }
        }
    }
}

impl J {
    /// The value as a last-duplicate-wins reader (Python `json`) holds it.
    pub fn to_value(&self) -> Value {
        match self {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Num(t) => serde_json::from_str::<Number>(t)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            J::Str(s) => Value::String(s.clone()),
            J::Arr(v) => Value::Array(v.iter().map(J::to_value).collect()),
            J::Obj(m) => {
                let mut map = Map::new();
                for (k, v) in m {
                    // Last wins; the position is irrelevant to equality.
                    map.insert(k.clone(), v.to_value());
                }
                Value::Object(map)
            }
        }
    }

    fn members(&self) -> Option<&[(String, J)]> {
        match self {
            J::Obj(m) => Some(m),
            _ => None,
        }
    }
}

/// What a reader takes from one message: the fields that decide what the
/// server executes.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub method: Option<String>,
    /// Canonical id (`s:text`, `n:digits`), or `other:` + the JSON text.
    pub id: Option<String>,
    /// `params.name` when a string.
    pub name: Option<String>,
    /// `params.uri` when a string.
    pub uri: Option<String>,
    /// `params.arguments` of a `tools/call`.
    pub arguments: Option<Value>,
}

/// The canonical form the filter compares ids in (see `json::canonical_id`).
pub fn canonical_id(v: &J) -> String {
    match v {
        J::Str(s) => format!("s:{s}"),
        J::Num(t) if !t.contains(['.', 'e', 'E']) => {
            let digits = t.strip_prefix('-');
            match digits {
                Some(d) if d.bytes().all(|b| b == b'0') => "n:0".to_string(),
                _ => format!("n:{t}"),
            }
        }
        other => format!("other:{}", other.to_value()),
    }
}

fn string_of(v: Option<&J>) -> Option<String> {
    match v {
        Some(J::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

/// Python `json` / pydantic: exact names, last duplicate wins. None when
/// such a server refuses the message outright.
pub fn python_reading(msg: &J) -> Option<Reading> {
    let m = msg.members()?;
    let get = |name: &str| m.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v);
    if get("jsonrpc") != Some(&J::Str("2.0".into())) {
        return None;
    }
    let method = match get("method") {
        None => None,
        Some(J::Str(s)) => Some(s.clone()),
        Some(_) => return None,
    };
    let id = get("id").map(canonical_id);
    let params = get("params").and_then(J::members);
    let pget =
        |name: &str| params.and_then(|p| p.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v));
    let arguments = if method.as_deref() == Some("tools/call") {
        pget("arguments").map(J::to_value)
    } else {
        None
    };
    Some(Reading {
        method,
        id,
        name: string_of(pget("name")),
        uri: string_of(pget("uri")),
        arguments,
    })
}

/// Go's case folding of a member name for comparison with an ASCII field
/// name: ASCII letters fold to upper case; U+017F (long s) folds to `S` and
/// U+212A (Kelvin sign) to `K` (their fold orbits' smallest rune); any
/// other non-ASCII character cannot equal an ASCII field name.
pub fn go_fold(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'a'..='z' => c.to_ascii_uppercase(),
            '\u{17F}' => 'S',
            '\u{212A}' => 'K',
            c => c,
        })
        .collect()
}

/// The value Go's decoder leaves in `field` after reading every member of
/// `members` (last fold-equal member wins).
fn go_field<'a>(members: &'a [(String, J)], field: &str) -> Vec<&'a J> {
    let f = go_fold(field);
    members
        .iter()
        .filter(|(k, _)| go_fold(k) == f)
        .map(|(_, v)| v)
        .collect()
}

/// A Go `string` field: null leaves it unchanged, a non-string fails the
/// decode (Err).
fn go_string(members: &[(String, J)], field: &str) -> Result<Option<String>, ()> {
    let mut out = None;
    for v in go_field(members, field) {
        match v {
            J::Null => {}
            J::Str(s) => out = Some(s.clone()),
            _ => return Err(()),
        }
    }
    Ok(out)
}

/// A Go `any` / `json.RawMessage` field: the last match, null included.
fn go_any<'a>(members: &'a [(String, J)], field: &str) -> Option<&'a J> {
    go_field(members, field).last().copied()
}

/// Go `encoding/json` into the go-sdk's wire structs: fold-matched names,
/// last match wins. None when such a server refuses the message.
pub fn go_reading(msg: &J) -> Option<Reading> {
    let m = msg.members()?;
    if go_string(m, "jsonrpc").ok()?.as_deref() != Some("2.0") {
        return None;
    }
    let method = go_string(m, "method").ok()?;
    let id = match go_any(m, "id") {
        None | Some(J::Null) => None,
        Some(v) => Some(canonical_id(v)),
    };
    let params = match go_any(m, "params") {
        None | Some(J::Null) => None,
        Some(J::Obj(p)) => Some(p.as_slice()),
        // A typed params struct cannot hold anything else.
        Some(_) if method.is_some() => return None,
        Some(_) => None,
    };
    let (name, uri, arguments) = match params {
        None => (None, None, None),
        Some(p) => {
            let name = go_string(p, "name").ok()?;
            let uri = go_string(p, "uri").ok()?;
            let arguments = if method.as_deref() == Some("tools/call") {
                match go_any(p, "arguments") {
                    None | Some(J::Null) => None,
                    Some(v) => Some(v.to_value()),
                }
            } else {
                None
            };
            (name, uri, arguments)
        }
    };
    Some(Reading {
        method,
        id,
        name,
        uri,
        arguments,
    })
}

/// Message and params fields a Go server folds names onto.
pub const GO_MESSAGE_FIELDS: &[&str] = &["jsonrpc", "id", "method", "params", "result", "error"];
pub const GO_PARAMS_FIELDS: &[&str] = &["name", "uri", "arguments", "_meta"];

/// Whether a message (or its params) has a member whose name Go folds onto
/// a field while the filter, reading names exactly, does not: the class of
/// the case-folding finding (see fuzz/README.md and bench/results/fuzz.md).
pub fn has_go_fold_variant(msg: &J) -> bool {
    let variant = |members: &[(String, J)], fields: &[&str]| {
        members
            .iter()
            .any(|(k, _)| fields.iter().any(|f| k != f && go_fold(k) == go_fold(f)))
    };
    let Some(m) = msg.members() else {
        return false;
    };
    if variant(m, GO_MESSAGE_FIELDS) {
        return true;
    }
    m.iter()
        .filter(|(k, _)| go_fold(k) == go_fold("params"))
        .any(|(_, p)| p.members().is_some_and(|p| variant(p, GO_PARAMS_FIELDS)))
}
