//! The one JSON reader of the filter: every request body and every server
//! answer is parsed once, here, into a [`Doc`] that every stage reads.
//!
//! Why our own reader: a check can only be trusted if it reads the body the
//! way the server will. Parsers disagree on duplicate member names (Python
//! and serde keep the last, others the first), lone UTF-16 surrogates,
//! numbers no double can hold and very deep nesting; earlier versions of
//! this filter let a second, stricter parse fail silently and skipped the
//! check. So this reader accepts only what every mainstream parser reads
//! the same way, and says precisely why it refuses the rest:
//!
//! - syntax errors, trailing data, invalid UTF-8 → [`Error::Syntax`];
//! - nesting beyond the limit → [`Error::TooDeep`] (counted while parsing,
//!   no recursion, so no stack to overflow);
//! - duplicate member names, lone surrogates, numbers beyond a double's
//!   range → a [`Defect`] on an otherwise complete document, so the caller
//!   can still read the request id to answer with it.
//!
//! The document is a flat tape of nodes pointing into the original text:
//! nothing is copied or decoded until a stage asks, numbers keep their exact
//! text (ids are echoed byte for byte), and an edit replaces a node's span
//! ([`splice`]) so everything else is forwarded exactly as received.

use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

/// The deepest nesting any configuration may allow (`limits.maxJsonDepth`):
/// stages that materialise a subtree ([`Doc::to_value`], DLP) recurse.
pub const MAX_DEPTH_LIMIT: usize = 256;

/// Above this many members an object's names are checked for duplicates
/// with a hash set instead of pairwise.
const LINEAR_DUP_CHECK: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}

/// One value in the tape. Containers are followed by their children
/// (members of an object alternate name, value); `next` is the index just
/// past the subtree.
#[derive(Debug, Clone, Copy)]
pub struct Node {
    pub kind: Kind,
    start: u32,
    end: u32,
    next: u32,
    flags: u8,
}

const F_ESCAPED: u8 = 1;
const F_INTEGER: u8 = 2;

/// What a complete document holds that no check may read ambiguously.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Defect {
    /// An object names the same member twice (decoded names compared).
    DuplicateMember { name: String },
    /// A `\uD800`-`\uDFFF` escape without its pair: not Unicode text.
    LoneSurrogate,
    /// A number beyond the range of a double (`1e400`).
    NumberOutOfRange,
}

impl fmt::Display for Defect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Defect::DuplicateMember { name } => {
                write!(f, "duplicate member name \"{}\"", name.escape_debug())
            }
            Defect::LoneSurrogate => {
                f.write_str("a string contains a lone UTF-16 surrogate escape (not Unicode text)")
            }
            Defect::NumberOutOfRange => f.write_str("a number is beyond the range of a double"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Not JSON (or not UTF-8): `what` at byte `at`.
    Syntax { at: usize, what: &'static str },
    /// Deeper than the configured limit.
    TooDeep { limit: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax { at, what } => write!(f, "{what} at byte {at}"),
            Error::TooDeep { limit } => {
                write!(f, "JSON nesting deeper than the limit of {limit}")
            }
        }
    }
}

/// A parsed document: the text, its tape, and the first defect found.
#[derive(Debug)]
pub struct Doc {
    text: String,
    nodes: Vec<Node>,
    defect: Option<Defect>,
}

/// Index of a node in its [`Doc`].
pub type Id = usize;

struct Open {
    node: usize,
    object: bool,
    /// Next token expected in this container.
    state: State,
    /// Member names seen so far (objects), for duplicate detection.
    names: Vec<(u32, u32, bool)>,
    set: Option<HashSet<String>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Just opened: a value/name or the closing bracket.
    First,
    /// After a value: a comma or the closing bracket.
    AfterValue,
    /// After a comma: a value or name (no closing bracket).
    AfterComma,
    /// After a member name: a colon.
    AfterName,
    /// After a colon: the member's value.
    AfterColon,
}

impl Doc {
    /// Parses `bytes` (must be UTF-8) with at most `max_depth` levels.
    pub fn parse(bytes: Vec<u8>, max_depth: usize) -> Result<Doc, Error> {
        let text = String::from_utf8(bytes).map_err(|e| Error::Syntax {
            at: e.utf8_error().valid_up_to(),
            what: "invalid UTF-8",
        })?;
        Doc::parse_string(text, max_depth)
    }

    pub fn parse_str(text: &str, max_depth: usize) -> Result<Doc, Error> {
        Doc::parse_string(text.to_string(), max_depth)
    }

    pub fn parse_string(text: String, max_depth: usize) -> Result<Doc, Error> {
        if u32::try_from(text.len()).is_err() {
            return Err(Error::Syntax {
                at: 0,
                what: "document larger than 4 GiB",
            });
        }
        let mut p = Parser {
            b: text.as_bytes(),
            text: &text,
            i: 0,
            nodes: Vec::with_capacity(text.len() / 8 + 4),
            defect: None,
            stack: Vec::new(),
            spare: Vec::new(),
            max_depth,
        };
        p.run()?;
        let (nodes, defect) = (p.nodes, p.defect);
        Ok(Doc {
            text,
            nodes,
            defect,
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn into_text(self) -> String {
        self.text
    }

    pub fn defect(&self) -> Option<&Defect> {
        self.defect.as_ref()
    }

    pub const ROOT: Id = 0;

    pub fn kind(&self, id: Id) -> Option<Kind> {
        self.nodes.get(id).map(|n| n.kind)
    }

    /// The node's exact source text.
    pub fn raw(&self, id: Id) -> &str {
        self.nodes
            .get(id)
            .and_then(|n| self.text.get(n.start as usize..n.end as usize))
            .unwrap_or("")
    }

    /// Byte range of the node in the text.
    pub fn span(&self, id: Id) -> (usize, usize) {
        self.nodes
            .get(id)
            .map_or((0, 0), |n| (n.start as usize, n.end as usize))
    }

    /// A string node's decoded value (borrowed when it has no escapes).
    pub fn str(&self, id: Id) -> Option<Cow<'_, str>> {
        let n = self.nodes.get(id)?;
        if n.kind != Kind::String {
            return None;
        }
        let inner = self.text.get(n.start as usize + 1..n.end as usize - 1)?;
        if n.flags & F_ESCAPED == 0 {
            return Some(Cow::Borrowed(inner));
        }
        decode_escaped(inner).map(Cow::Owned)
    }

    /// Whether a number node is written as an integer (no fraction, no
    /// exponent).
    pub fn is_integer(&self, id: Id) -> bool {
        self.nodes
            .get(id)
            .is_some_and(|n| n.kind == Kind::Number && n.flags & F_INTEGER != 0)
    }

    /// Direct children of a container (for objects: name, value, name, …).
    pub fn children(&self, id: Id) -> Children<'_> {
        let (at, end) = match self.nodes.get(id) {
            Some(n) if matches!(n.kind, Kind::Array | Kind::Object) => (id + 1, n.next as usize),
            _ => (0, 0),
        };
        Children { doc: self, at, end }
    }

    /// Elements of an array (empty for anything else).
    pub fn items(&self, id: Id) -> Children<'_> {
        if self.kind(id) == Some(Kind::Array) {
            self.children(id)
        } else {
            Children {
                doc: self,
                at: 0,
                end: 0,
            }
        }
    }

    /// Members of an object as (name node, value node).
    pub fn members(&self, id: Id) -> Members<'_> {
        let inner = if self.kind(id) == Some(Kind::Object) {
            self.children(id)
        } else {
            Children {
                doc: self,
                at: 0,
                end: 0,
            }
        };
        Members { inner }
    }

    /// The value of member `name` of an object (names compared decoded).
    pub fn get(&self, id: Id, name: &str) -> Option<Id> {
        self.members(id).find_map(|(k, v)| {
            let n = self.nodes.get(k)?;
            let matches = if n.flags & F_ESCAPED == 0 {
                self.text.get(n.start as usize + 1..n.end as usize - 1) == Some(name)
            } else {
                self.str(k).as_deref() == Some(name)
            };
            matches.then_some(v)
        })
    }

    /// Follows a path of member names.
    pub fn path(&self, id: Id, names: &[&str]) -> Option<Id> {
        names.iter().try_fold(id, |at, n| self.get(at, n))
    }

    /// A member's decoded string value.
    pub fn get_str(&self, id: Id, name: &str) -> Option<Cow<'_, str>> {
        self.get(id, name).and_then(|v| self.str(v))
    }

    /// The subtree as a `serde_json::Value` (numbers exact: the crate is
    /// built with `arbitrary_precision`). The document has no defect that
    /// could make this differ from what was parsed: duplicate names were
    /// reported, strings are valid, depth is bounded.
    pub fn to_value(&self, id: Id) -> Value {
        let Some(n) = self.nodes.get(id) else {
            return Value::Null;
        };
        match n.kind {
            Kind::Null => Value::Null,
            Kind::False => Value::Bool(false),
            Kind::True => Value::Bool(true),
            Kind::Number => serde_json::from_str::<Number>(self.raw(id))
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Kind::String => Value::String(self.str(id).map(Cow::into_owned).unwrap_or_default()),
            Kind::Array => Value::Array(self.items(id).map(|c| self.to_value(c)).collect()),
            Kind::Object => {
                let mut map = Map::new();
                for (k, v) in self.members(id) {
                    let key = self.str(k).map(Cow::into_owned).unwrap_or_default();
                    map.insert(key, self.to_value(v));
                }
                Value::Object(map)
            }
        }
    }

    /// Number of nodes (a cost measure).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

pub struct Children<'d> {
    doc: &'d Doc,
    at: usize,
    end: usize,
}

impl Iterator for Children<'_> {
    type Item = Id;
    fn next(&mut self) -> Option<Id> {
        if self.at >= self.end {
            return None;
        }
        let id = self.at;
        self.at = self
            .doc
            .nodes
            .get(id)
            .map_or(self.end, |n| (n.next as usize).max(id + 1));
        Some(id)
    }
}

pub struct Members<'d> {
    inner: Children<'d>,
}

impl Iterator for Members<'_> {
    type Item = (Id, Id);
    fn next(&mut self) -> Option<(Id, Id)> {
        let k = self.inner.next()?;
        let v = self.inner.next()?;
        Some((k, v))
    }
}

struct Parser<'a> {
    b: &'a [u8],
    text: &'a str,
    i: usize,
    nodes: Vec<Node>,
    defect: Option<Defect>,
    stack: Vec<Open>,
    /// Emptied name lists of closed objects, reused by the next ones.
    spare: Vec<Vec<(u32, u32, bool)>>,
    max_depth: usize,
}

impl Parser<'_> {
    fn err(&self, what: &'static str) -> Error {
        Error::Syntax { at: self.i, what }
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.b.get(self.i) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn note(&mut self, d: Defect) {
        if self.defect.is_none() {
            self.defect = Some(d);
        }
    }

    fn push_leaf(&mut self, kind: Kind, start: usize, flags: u8) {
        let next = self.nodes.len() as u32 + 1;
        self.nodes.push(Node {
            kind,
            start: start as u32,
            end: self.i as u32,
            next,
            flags,
        });
    }

    fn run(&mut self) -> Result<(), Error> {
        self.skip_ws();
        self.value()?;
        loop {
            if self.stack.is_empty() {
                self.skip_ws();
                if self.i != self.b.len() {
                    return Err(self.err("unexpected data after the JSON value"));
                }
                return Ok(());
            }
            self.step()?;
        }
    }

    /// One token inside the innermost open container.
    fn step(&mut self) -> Result<(), Error> {
        self.skip_ws();
        let Some(top) = self.stack.last() else {
            return Ok(());
        };
        let (object, state) = (top.object, top.state);
        let c = self.b.get(self.i).copied();
        let close = if object { b'}' } else { b']' };
        match (state, c) {
            (_, None) => Err(self.err("unexpected end of input")),
            (State::First | State::AfterValue, Some(ch)) if ch == close => {
                self.i += 1;
                self.close();
                Ok(())
            }
            (State::AfterValue, Some(b',')) => {
                self.i += 1;
                self.set_state(State::AfterComma);
                Ok(())
            }
            (State::AfterValue, Some(_)) => Err(self.err(if object {
                "expected ',' or '}'"
            } else {
                "expected ',' or ']'"
            })),
            (State::First | State::AfterComma, Some(_)) if object => {
                if c != Some(b'"') {
                    return Err(self.err("expected a member name in double quotes"));
                }
                let at = self.nodes.len();
                self.string()?;
                self.check_duplicate(at);
                self.set_state(State::AfterName);
                Ok(())
            }
            (State::AfterName, Some(b':')) => {
                self.i += 1;
                self.set_state(State::AfterColon);
                Ok(())
            }
            (State::AfterName, Some(_)) => Err(self.err("expected ':' after a member name")),
            (State::First | State::AfterComma | State::AfterColon, Some(_)) => {
                self.set_state(State::AfterValue);
                self.value()
            }
        }
    }

    fn set_state(&mut self, s: State) {
        if let Some(top) = self.stack.last_mut() {
            top.state = s;
        }
    }

    fn close(&mut self) {
        if let Some(open) = self.stack.pop() {
            let next = self.nodes.len() as u32;
            let end = self.i as u32;
            if let Some(n) = self.nodes.get_mut(open.node) {
                n.next = next;
                n.end = end;
            }
            let mut names = open.names;
            if names.capacity() > 0 {
                names.clear();
                self.spare.push(names);
            }
        }
    }

    /// Parses one value at the cursor (containers are only opened).
    fn value(&mut self) -> Result<(), Error> {
        let start = self.i;
        match self.b.get(self.i).copied() {
            None => Err(self.err("unexpected end of input")),
            Some(b'{') | Some(b'[') => {
                if self.stack.len() >= self.max_depth {
                    return Err(Error::TooDeep {
                        limit: self.max_depth,
                    });
                }
                let object = self.b.get(self.i) == Some(&b'{');
                self.i += 1;
                let node = self.nodes.len();
                self.nodes.push(Node {
                    kind: if object { Kind::Object } else { Kind::Array },
                    start: start as u32,
                    end: start as u32,
                    next: 0,
                    flags: 0,
                });
                let names = if object {
                    self.spare.pop().unwrap_or_default()
                } else {
                    Vec::new()
                };
                self.stack.push(Open {
                    node,
                    object,
                    state: State::First,
                    names,
                    set: None,
                });
                Ok(())
            }
            Some(b'"') => self.string(),
            Some(b't') => self.literal(b"true", Kind::True),
            Some(b'f') => self.literal(b"false", Kind::False),
            Some(b'n') => self.literal(b"null", Kind::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("expected a JSON value")),
        }
    }

    fn literal(&mut self, word: &[u8], kind: Kind) -> Result<(), Error> {
        let start = self.i;
        if self.b.get(self.i..self.i + word.len()) != Some(word) {
            return Err(self.err("invalid literal"));
        }
        self.i += word.len();
        self.push_leaf(kind, start, 0);
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let from = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - from
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.i;
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        match self.b.get(self.i) {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err("invalid number")),
        }
        let mut integer = true;
        if self.b.get(self.i) == Some(&b'.') {
            integer = false;
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err("invalid number: digits expected after '.'"));
            }
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            integer = false;
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number: digits expected in the exponent"));
            }
        }
        if !integer {
            // Integers of any length are held exactly (their text); other
            // numbers must be finite doubles for every reader to agree.
            let text = self.text.get(start..self.i).unwrap_or("");
            if !text.parse::<f64>().is_ok_and(f64::is_finite) {
                self.note(Defect::NumberOutOfRange);
            }
        }
        self.push_leaf(Kind::Number, start, if integer { F_INTEGER } else { 0 });
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.b.get(self.i) {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.err("invalid \\u escape")),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<(), Error> {
        let start = self.i;
        self.i += 1; // opening quote
        let mut flags = 0u8;
        loop {
            // Fast path: plain bytes, eight at a time while none of them is
            // a quote, a backslash or a control character.
            while let Some(chunk) = self.b.get(self.i..self.i + 8) {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                if needs_care(u64::from_le_bytes(w)) {
                    break;
                }
                self.i += 8;
            }
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            match self.b.get(self.i).copied() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    self.push_leaf(Kind::String, start, flags);
                    return Ok(());
                }
                Some(b'\\') => {
                    flags |= F_ESCAPED;
                    self.i += 1;
                    match self.b.get(self.i).copied() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        Some(b'u') => {
                            self.i += 1;
                            let u = self.hex4()?;
                            if (0xDC00..0xE000).contains(&u) {
                                self.note(Defect::LoneSurrogate);
                            } else if (0xD800..0xDC00).contains(&u) {
                                let paired = self.b.get(self.i..self.i + 2) == Some(&b"\\u"[..])
                                    && {
                                        let save = self.i;
                                        self.i += 2;
                                        let low = self.hex4();
                                        match low {
                                            Ok(l) if (0xDC00..0xE000).contains(&l) => true,
                                            Ok(_) => {
                                                // Not a low surrogate: re-read it
                                                // as its own escape.
                                                self.i = save;
                                                false
                                            }
                                            Err(e) => return Err(e),
                                        }
                                    };
                                if !paired {
                                    self.note(Defect::LoneSurrogate);
                                }
                            }
                        }
                        _ => return Err(self.err("invalid escape in a string")),
                    }
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }

    /// Records the name just parsed (node `at`) in the innermost object.
    fn check_duplicate(&mut self, at: usize) {
        let Some(n) = self.nodes.get(at).copied() else {
            return;
        };
        let escaped = n.flags & F_ESCAPED != 0;
        let text = self.text;
        let Some(name) = name_of(text, n.start, n.end, escaped) else {
            return;
        };
        let Some(top) = self.stack.last_mut() else {
            return;
        };
        let dup = if let Some(set) = &mut top.set {
            !set.insert(name.to_string())
        } else {
            let dup = top.names.iter().any(|&(s, e, esc)| {
                if !esc && !escaped {
                    text.get(s as usize..e as usize) == text.get(n.start as usize..n.end as usize)
                } else {
                    name_of(text, s, e, esc).as_deref() == Some(&*name)
                }
            });
            top.names.push((n.start, n.end, escaped));
            if top.names.len() > LINEAR_DUP_CHECK {
                let set: HashSet<String> = top
                    .names
                    .iter()
                    .filter_map(|&(s, e, esc)| name_of(text, s, e, esc).map(Cow::into_owned))
                    .collect();
                top.set = Some(set);
                top.names = Vec::new();
            }
            dup
        };
        if dup {
            let name = name.into_owned();
            self.note(Defect::DuplicateMember { name });
        }
    }
}

/// A member name's decoded text from its quoted span.
fn name_of(text: &str, start: u32, end: u32, escaped: bool) -> Option<Cow<'_, str>> {
    let inner = text.get(start as usize + 1..(end as usize).checked_sub(1)?)?;
    if escaped {
        decode_escaped(inner).map(Cow::Owned)
    } else {
        Some(Cow::Borrowed(inner))
    }
}

/// Decodes the inside of a string that has escapes. Lone surrogates (a
/// defect the parser reported) become U+FFFD here; None only on input the
/// parser would have refused.
fn decode_escaped(inner: &str) -> Option<String> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    let bytes = inner.as_bytes();
    let hex = |at: usize| -> Option<u32> {
        let h = inner.get(at..at + 4)?;
        u32::from_str_radix(h, 16).ok()
    };
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let (_, e) = chars.next()?;
        match e {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            '/' => out.push('/'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'u' => {
                let u = hex(i + 2)?;
                for _ in 0..4 {
                    chars.next();
                }
                if (0xD800..0xDC00).contains(&u)
                    && bytes.get(i + 6) == Some(&b'\\')
                    && bytes.get(i + 7) == Some(&b'u')
                {
                    if let Some(low) = hex(i + 8).filter(|l| (0xDC00..0xE000).contains(l)) {
                        for _ in 0..6 {
                            chars.next();
                        }
                        let cp = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                        out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        continue;
                    }
                }
                out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Writes `s` as a JSON string literal (escaping what JSON requires and
/// nothing else, so plain text stays readable).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s);
    out
}

pub fn quote_into(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Applies edits (byte range → replacement) to `text`. Ranges must not
/// overlap; they are applied in order of position. Returns None when they
/// do (a bug in the caller, never silently half-applied).
pub fn splice(text: &str, mut edits: Vec<(usize, usize, String)>) -> Option<String> {
    edits.sort_by_key(|e| e.0);
    let extra: usize = edits.iter().map(|e| e.2.len()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    let mut at = 0usize;
    for (start, end, with) in edits {
        if start < at || end < start {
            return None;
        }
        out.push_str(text.get(at..start)?);
        out.push_str(&with);
        at = end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// The canonical form of a JSON-RPC id for comparisons: `s:` + the decoded
/// string, or `n:` + the integer's digits (`-0` is `0`). None for anything
/// MCP does not allow as an id (fractions, exponents, other types).
pub fn canonical_id(doc: &Doc, id: Id) -> Option<String> {
    match doc.kind(id)? {
        Kind::String => doc.str(id).map(|s| format!("s:{s}")),
        Kind::Number if doc.is_integer(id) => {
            let raw = doc.raw(id);
            let digits = raw.strip_prefix('-');
            Some(match digits {
                Some(d) if d.bytes().all(|b| b == b'0') => "n:0".to_string(),
                _ => format!("n:{raw}"),
            })
        }
        _ => None,
    }
}

/// Whether any of the eight bytes (little-endian) is `"`, `\\` or below
/// 0x20: the classic SWAR zero-byte test (exact for "any"; bytes of 0x80
/// and above never match).
fn needs_care(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let quote = zero(x ^ (ONES * u64::from(b'"')));
    let backslash = zero(x ^ (ONES * u64::from(b'\\')));
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    quote | backslash | control != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eight_byte_string_scan_misses_no_special_byte() {
        let naive = |w: &[u8; 8]| w.iter().any(|&c| c == b'"' || c == b'\\' || c < 0x20);
        for fill in [b'a', 0x7f, 0x80, 0xff, b' ', 0x21, 0x5b, 0x5d] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut w = [fill; 8];
                    w[at] = b;
                    assert_eq!(needs_care(u64::from_le_bytes(w)), naive(&w), "{w:?}");
                }
            }
        }
    }

    fn doc(s: &str) -> Doc {
        Doc::parse_str(s, 64).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_members_items_and_exact_numbers() {
        let d = doc(
            r#" {"a": [1, -0, 2.50, 1e2, "x"], "b": {"c": null, "d": true}, "e\u0041": false} "#,
        );
        let a = d.get(Doc::ROOT, "a").unwrap();
        let items: Vec<&str> = d.items(a).map(|i| d.raw(i)).collect();
        assert_eq!(items, ["1", "-0", "2.50", "1e2", "\"x\""]);
        assert_eq!(
            d.kind(d.path(Doc::ROOT, &["b", "c"]).unwrap()),
            Some(Kind::Null)
        );
        assert_eq!(d.kind(d.get(Doc::ROOT, "eA").unwrap()), Some(Kind::False));
        assert!(d.defect().is_none());
        let v = d.to_value(Doc::ROOT);
        assert_eq!(v["a"][2].to_string(), "2.50");
        // (serde_json writes exponents with a sign: same number.)
        assert_eq!(v["a"][3].to_string(), "1e+2");
        assert_eq!(v["eA"], Value::Bool(false));
    }

    #[test]
    fn big_integers_are_held_exactly() {
        let d = doc(r#"{"id": 1180591620717411303424}"#);
        let id = d.get(Doc::ROOT, "id").unwrap();
        assert_eq!(d.raw(id), "1180591620717411303424");
        assert_eq!(
            d.to_value(Doc::ROOT)["id"].to_string(),
            "1180591620717411303424"
        );
        assert!(d.defect().is_none());
    }

    #[test]
    fn syntax_errors_are_refused_with_their_position() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "[1] 2",
            "01",
            "1.",
            "-",
            "1e",
            "\"a",
            "{a:1}",
            "[\"\t\"]",
            "\"\\x\"",
            "\"\\u12G4\"",
            "tru",
            "nul",
            "[1 2]",
            "{,}",
            "\u{feff}{}",
        ] {
            assert!(
                matches!(Doc::parse_str(bad, 64), Err(Error::Syntax { .. })),
                "{bad:?} should be a syntax error"
            );
        }
        assert!(matches!(
            Doc::parse(b"{\"a\":\"\xff\"}".to_vec(), 64),
            Err(Error::Syntax {
                what: "invalid UTF-8",
                ..
            })
        ));
    }

    #[test]
    fn duplicate_names_are_a_defect_however_spelled() {
        for body in [
            r#"{"a":1,"a":2}"#,
            r#"{"a":1,"\u0061":2}"#,
            r#"{"x":{"text":"hello","text":"AKIA"}}"#,
        ] {
            let d = doc(body);
            assert!(
                matches!(d.defect(), Some(Defect::DuplicateMember { .. })),
                "{body}"
            );
        }
        // Many members: the hash-set path.
        let many: Vec<String> = (0..40).map(|i| format!("\"k{i}\":{i}")).collect();
        let ok = format!("{{{}}}", many.join(","));
        assert!(doc(&ok).defect().is_none());
        let dup = format!("{{{},\"k7\":0}}", many.join(","));
        assert_eq!(
            doc(&dup).defect(),
            Some(&Defect::DuplicateMember { name: "k7".into() })
        );
        // Same name in different objects is fine.
        assert!(doc(r#"[{"a":1},{"a":2}]"#).defect().is_none());
    }

    #[test]
    fn lone_surrogates_are_a_defect_pairs_are_text() {
        assert_eq!(doc(r#"["\ud800"]"#).defect(), Some(&Defect::LoneSurrogate));
        assert_eq!(doc(r#"["\udc00"]"#).defect(), Some(&Defect::LoneSurrogate));
        assert_eq!(
            doc(r#"["\ud800\u0041"]"#).defect(),
            Some(&Defect::LoneSurrogate)
        );
        let d = doc(r#"["\ud83d\ude00 ok"]"#);
        assert!(d.defect().is_none());
        let first = d.items(Doc::ROOT).next().unwrap();
        assert_eq!(d.str(first).unwrap(), "😀 ok");
    }

    #[test]
    fn numbers_beyond_a_double_are_a_defect() {
        assert_eq!(doc("[1e400]").defect(), Some(&Defect::NumberOutOfRange));
        assert_eq!(doc("[-1e400]").defect(), Some(&Defect::NumberOutOfRange));
        assert!(doc("[1e300, 123456789012345678901234567890]")
            .defect()
            .is_none());
    }

    #[test]
    fn depth_is_bounded_without_recursion() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(
            Doc::parse_str(&deep, 256).unwrap_err(),
            Error::TooDeep { limit: 256 }
        );
        let ok = format!("{}{}", "[".repeat(256), "]".repeat(256));
        assert!(Doc::parse_str(&ok, 256).is_ok());
        let over = format!("{}{}", "[".repeat(257), "]".repeat(257));
        assert!(Doc::parse_str(&over, 256).is_err());
    }

    #[test]
    fn strings_decode_every_escape() {
        let d = doc(r#"["a\"b\\c\/d\b\f\n\r\t\u00e9\u20AC"]"#);
        let s = d.items(Doc::ROOT).next().unwrap();
        assert_eq!(d.str(s).unwrap(), "a\"b\\c/d\u{8}\u{c}\n\r\té€");
    }

    #[test]
    fn quote_round_trips_through_the_parser() {
        for s in [
            "plain",
            "q\"uote",
            "back\\slash",
            "nl\nx",
            "\u{1}ctl",
            "é😀",
        ] {
            let q = quote(s);
            let d = doc(&q);
            assert_eq!(d.str(Doc::ROOT).unwrap(), s);
        }
    }

    #[test]
    fn splices_replace_spans_and_leave_the_rest_byte_exact() {
        let text = r#"{"a": "secret", "n": 1.50}"#;
        let d = doc(text);
        let (s, e) = d.span(d.get(Doc::ROOT, "a").unwrap());
        let out = splice(text, vec![(s, e, quote("[REDACTED]"))]).unwrap();
        assert_eq!(out, r#"{"a": "[REDACTED]", "n": 1.50}"#);
        assert!(splice(text, vec![(1, 5, "x".into()), (3, 6, "y".into())]).is_none());
    }

    #[test]
    fn ids_compare_in_one_canonical_form() {
        let d = doc(r#"[-0, 0, "0", 7, "\u0037", 1.5, 1e0, 1180591620717411303424, null]"#);
        let ids: Vec<Option<String>> = d.items(Doc::ROOT).map(|i| canonical_id(&d, i)).collect();
        assert_eq!(ids[0], ids[1]);
        assert_ne!(ids[1], ids[2]);
        assert_eq!(ids[4].as_deref(), Some("s:7"));
        assert_ne!(ids[3], ids[4]);
        assert_eq!(ids[5], None);
        assert_eq!(ids[6], None);
        assert_eq!(ids[7].as_deref(), Some("n:1180591620717411303424"));
        assert_eq!(ids[8], None);
    }

    #[test]
    fn agrees_with_serde_json_on_what_both_accept() {
        // Inputs without defects must read exactly as serde_json reads them.
        for s in [
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"a":[1,2,{"b":"c"}],"z":null}}}"#,
            r#"[{"a":"\u00e9\n"}, 3.25, -7, true, false, null, "", {}, []]"#,
        ] {
            let ours = doc(s).to_value(Doc::ROOT);
            let theirs: Value = serde_json::from_str(s).unwrap();
            assert_eq!(ours, theirs, "{s}");
        }
    }
}
