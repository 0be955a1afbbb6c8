//! Description scanning: hidden instructions, invisible text, encoded blobs.
//!
//! Every string of a list item is scanned (tool `name`, `title`,
//! `description`, `annotations`, every string anywhere in `inputSchema` /
//! `outputSchema`; prompts' and resources' members alike), except `icons`
//! and `_meta`, which clients do not show the model. Object keys (property
//! names) are checked for invisible characters only.
//!
//! One string, in one pass each:
//! 1. code points: invisible ones (tag characters U+E0000-E007F, whose hidden
//!    ASCII is decoded and scanned too; zero-width; bidi controls; other
//!    default-ignorables; controls other than tab and newlines) and words
//!    mixing Latin with Cyrillic or Latin-lookalike Greek letters;
//! 2. runs that look encoded (base64 / base64url, hex, percent-encoding,
//!    `\u` / `\x` escapes): flagged when long, and decoded once so the
//!    phrases below are found inside them too;
//! 3. the phrase patterns, all compiled into one automaton at configure time
//!    and run once over a normalized copy (NFKC, lowercase, invisible
//!    characters removed, whitespace runs collapsed to one space, curly
//!    quotes and dashes made ASCII), so `IGNORE  previous\u{200b}
//!    instructions` and fullwidth letters are caught.

use regex_automata::{meta, Input, MatchKind, PatternSet};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Phrase patterns: (finding name, regex over normalized text). `\b` is an
/// ASCII word boundary (the text is already lowercase). Several entries may
/// share a name.
const PHRASES: &[(&str, &str)] = &[
    // -- instructions that try to replace the agent's own ------------------
    (
        "override-instructions",
        r"\b(ignore|disregard|forget|override|bypass|overrule|discard)( all| any| every)?( of)?( the| your| my| these| those)? (previous|prior|preceding|above|earlier|former|original|initial|system|safety|security|other|existing|developer|default)( [a-z0-9_-]+)? (instructions?|directions?|prompts?|rules|guidelines|guardrails|policies|context|messages?|constraints|restrictions)\b",
    ),
    (
        "override-instructions",
        r"\b(ignore|disregard|forget) (everything|all|anything) (you (were|have been) (told|given)|(said |written )?(above|before|previously))\b",
    ),
    (
        "override-instructions",
        r"\b(new|updated|real|actual|true|secret|hidden|additional) (system )?(instructions|directives|orders)( for (the )?(ai|assistant|model|agent|llm))? ?:",
    ),
    (
        "override-instructions",
        r"\b(from now on|henceforth|going forward),? (you|always|never)\b",
    ),
    (
        "override-instructions",
        r"\byou are (now )?(no longer|not) (bound|restricted|limited|required to follow)\b",
    ),
    (
        "override-instructions",
        r"\b(reveal|print|show|output|repeat|leak|disclose) (your|the) (system prompt|hidden instructions|initial instructions)\b",
    ),
    // -- keeping the user in the dark ----------------------------------------
    (
        "conceal-from-user",
        r"\b(do not|don't|dont|never|must not|mustn't|should not|shouldn't|cannot|can't|avoid) (tell|telling|inform|informing|notify|notifying|alert|alerting|warn|warning|show|showing|let) (the |your |any )?(user|human|operator|person|people|anyone)\b",
    ),
    (
        "conceal-from-user",
        r"\b(do not|don't|dont|never|must not|mustn't|should not|shouldn't) (mention|reveal|disclose|acknowledge|expose) (this|these|that|it|the (instructions?|note|requirement|step|steps))\b",
    ),
    (
        "conceal-from-user",
        r"\bwithout (telling|informing|notifying|alerting|asking|letting) (the |your )?(user|human|operator)\b",
    ),
    (
        "conceal-from-user",
        r"\bwithout (the )?(user|human)('s|s')? (knowledge|noticing|knowing|awareness)\b",
    ),
    (
        "conceal-from-user",
        r"\b(the )?(user|human) (must|should|will|need) (not|never) (know|see|notice|find out|be (told|informed|notified|aware))\b",
    ),
    (
        "conceal-from-user",
        r"\b(keep|keeping) (this|it|that|these)( [a-z]+)? (a )?(secret|hidden|confidential)\b",
    ),
    (
        "conceal-from-user",
        r"\b(secretly|silently|covertly|quietly) (send|sending|call|calling|read|reading|upload|uploading|forward|forwarding|include|including|copy|copying|exfiltrate|append|appending|add|adding|invoke|invoking|run|running|execute|executing|pass|passing|collect|collecting|email|post)\b",
    ),
    (
        "conceal-from-user",
        r"\b(hide|conceal) (this|it|these|that|the [a-z]+) from (the )?(user|human)\b",
    ),
    // -- markup that frames text as privileged --------------------------------
    (
        "hidden-tag",
        r"<\s*/?\s*(important|system|instructions?|secret|hidden|admin|critical|sys|assistant|user_instructions?|prompt|mandatory|priority|directive|override|ai_instructions?|note_to_(ai|assistant|model|llm))\s*>",
    ),
    ("hidden-tag", r"\[/?(inst|sys|system|instructions?)\]"),
    ("hidden-tag", r"<\|[a-z_]{2,20}\|>"),
    ("hidden-tag", r"<<\s*/?\s*sys\s*>>"),
    ("hidden-tag", r"<!--"),
    ("hidden-tag", r"\{\{\s*(system|instructions?)\b"),
    // -- files an agent must not be steered to -------------------------------
    ("sensitive-file", r"~/\.ssh\b"),
    ("sensitive-file", r"\.ssh/"),
    ("sensitive-file", r"\bid_(rsa|dsa|ecdsa|ed25519)\b"),
    (
        "sensitive-file",
        r"/etc/(passwd|shadow|sudoers|master\.passwd)\b",
    ),
    ("sensitive-file", r"\.aws/(credentials|config)\b"),
    (
        "sensitive-file",
        r"(^|[^a-z0-9_])\.(npmrc|netrc|pgpass|git-credentials|pypirc|bash_history|zsh_history)\b",
    ),
    ("sensitive-file", r"\.kube/config\b"),
    ("sensitive-file", r"\.docker/config\.json\b"),
    ("sensitive-file", r"\.gnupg\b"),
    ("sensitive-file", r"\bauthorized_keys\b"),
    ("sensitive-file", r"\b(claude_desktop_config|mcp)\.json\b"),
    ("sensitive-file", r"\.cursor/"),
    ("sensitive-file", r"(^|[\s'\x22`(/~=:])\.env(\.[a-z]+)?\b"),
    // -- credentials and environment to be collected --------------------------
    (
        "credential-harvest",
        r"\b(read|include|pass|send|append|attach|extract|collect|gather|copy|dump|exfiltrate|leak|upload|forward|paste|insert|embed|steal|harvest|grab)(s|es|ing|ed)?( (the|all|any|every|your|their|user's|users'|its|his|her|my|of))*( (full|entire|complete|raw|current|stored|saved|local))? (contents? of )?(the |any |all )?(api[ _-]?keys?|secret keys?|secrets|passwords?|passphrases?|credentials?|access[ _-]tokens?|auth(entication)?[ _-]tokens?|bearer tokens?|session (tokens?|cookies?|ids?)|cookies|private keys?|ssh keys?|oauth tokens?|refresh tokens?|tokens|seed phrases?|mnemonics?)\b",
    ),
    (
        "environment-access",
        r"(process\.env|os\.environ|\bgetenv\(|\bprintenv\b|\$env:)",
    ),
    (
        "environment-access",
        r"\b(read|include|pass|send|append|attach|collect|dump|extract|copy|upload|forward|exfiltrate|leak|paste|embed|steal|harvest|grab)(s|es|ing|ed)?( (the|all|any|every|your|their|user's|of))* (environment variables?|env vars?|env variables?|environment)\b",
    ),
    (
        "environment-access",
        r"\$\{?[a-z_]*(secret|token|passw(or)?d|api_?key|credential)[a-z_]*\b",
    ),
    // -- steering the agent to other tools ------------------------------------
    (
        "call-other-tool",
        r"\b(before|after|prior to|instead of|whenever you|when you|each time you|every time you) (use|using|call|calling|run|running|invoke|invoking|execute|executing) (this|any|the|another|other|a)( [a-z0-9_.-]+)? (tool|function)s?,? ((you|always|first|must|should|also|please|need|to|have|make|sure|be|remember) )*(call|invoke|use|run|execute|read|send|include|pass|fetch)\b",
    ),
    (
        "call-other-tool",
        r"\b(you must|you should|you need to|you have to|always|must always|make sure to|be sure to|remember to|don't forget to|do not forget to) (first |also |then )?(call|invoke|run|execute) (the |this )?[a-z0-9_.-]+ (tool|function)\b",
    ),
    (
        "call-other-tool",
        r"\b(also|additionally|secretly|silently|first) (call|invoke|run|execute) (the )?[a-z0-9_.-]+ (tool|function)\b",
    ),
    (
        "call-other-tool",
        r"\bwhen (the |a )?[a-z0-9_.-]+ (tool|function) is (called|used|invoked|run)\b",
    ),
    // -- data sent somewhere ---------------------------------------------------
    (
        "exfiltrate-url",
        r"\b(send|post|upload|forward|transmit|submit|report|exfiltrate|leak|copy|sync|mirror|beacon|email|mail|pipe)(s|es|ing|ed)?( [a-z0-9_'.-]+){0,6} (to|at|via|into) (https?://|www\.|ftp://|the (following |remote |external |this )?(url|endpoint|webhook))",
    ),
    (
        "exfiltrate-url",
        r"https?://[^\s)\]>\x22']*[?&][a-z0-9_]+=(\{|<|\$\{|%7b|\[|\()",
    ),
    ("exfiltrate-url", r"!\[[^\]]*\]\(https?://"),
    (
        "exfiltrate-url",
        r"\b(webhook\.site|requestbin|pipedream\.net|ngrok(-free)?\.(io|app)|burpcollaborator|interact\.sh|oast\.(fun|me|pro|live|site|online)|canarytokens)\b",
    ),
    (
        "exfiltrate-url",
        r"\b(curl|wget)\b[^\n]{0,60}( -d| --data| -f| --form| -t| --upload-file| -x post| --post)",
    ),
];

/// Findings computed in code rather than by phrase.
pub const INVISIBLE: &str = "invisible-unicode";
pub const MIXED_SCRIPT: &str = "mixed-script-word";
pub const ENCODED: &str = "encoded-blob";
pub const LONG_TEXT: &str = "long-text";

/// Every finding name the scanner can produce (for config validation of
/// `scan.ignore`, docs and metrics).
pub const PATTERN_NAMES: &[&str] = &[
    "override-instructions",
    "conceal-from-user",
    "hidden-tag",
    "sensitive-file",
    "credential-harvest",
    "environment-access",
    "call-other-tool",
    "exfiltrate-url",
    INVISIBLE,
    MIXED_SCRIPT,
    ENCODED,
    LONG_TEXT,
];

/// Runs at least this long are flagged (and decoded).
const MIN_BASE64: usize = 64;
const MIN_HEX: usize = 80;
const MIN_PERCENT_TRIPLETS: usize = 10;
const MIN_ESCAPES: usize = 8;
/// Decoded blobs are scanned up to this many bytes.
const MAX_DECODED: usize = 16 * 1024;
/// Object nesting followed inside one item.
const MAX_DEPTH: usize = 48;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub pattern: &'static str,
    /// JSON path inside the item (`inputSchema.properties.notes.description`).
    pub field: String,
}

#[derive(Debug)]
pub struct Scanner {
    phrases: meta::Regex,
    names: Vec<&'static str>,
}

/// What one scan looks for, from the server's settings.
pub struct ScanOptions<'a> {
    pub max_text_chars: usize,
    /// Finding names switched off for this server.
    pub ignore: &'a [&'static str],
    /// Another server's distinctive tool names (lowercase), reported as
    /// `mentions-other-server-tool` when a text names one.
    pub foreign_names: Option<&'a aho_corasick::AhoCorasick>,
}

pub const MENTIONS_FOREIGN: &str = "mentions-other-server-tool";

impl Scanner {
    pub fn new() -> Result<Scanner, String> {
        let patterns: Vec<String> = PHRASES
            .iter()
            .map(|(_, re)| re.replace(r"\b", r"(?-u:\b)"))
            .collect();
        let phrases = meta::Regex::builder()
            .configure(meta::Regex::config().match_kind(MatchKind::All))
            .build_many(&patterns)
            .map_err(|e| format!("integrity phrase patterns: {e}"))?;
        Ok(Scanner {
            phrases,
            names: PHRASES.iter().map(|(n, _)| *n).collect(),
        })
    }

    /// Scans every string of one list item; hits are deduplicated.
    pub fn scan_item(&self, item: &Value, opts: &ScanOptions<'_>) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut path = Vec::new();
        self.walk(item, &mut path, opts, &mut hits, 0);
        hits.retain(|h| !opts.ignore.contains(&h.pattern));
        hits
    }

    fn walk<'v>(
        &self,
        v: &'v Value,
        path: &mut Vec<Seg<'v>>,
        opts: &ScanOptions<'_>,
        hits: &mut Vec<Hit>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::String(s) => {
                let mut found = Vec::new();
                self.scan_text(s, opts, &mut found);
                for pattern in found {
                    push_hit(hits, pattern, path);
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    self.walk(x, path, opts, hits, depth + 1);
                    path.pop();
                }
            }
            Value::Object(map) => {
                for (k, x) in map {
                    if depth == 0 && (k == "icons" || k == "_meta") {
                        continue;
                    }
                    path.push(Seg::Key(k));
                    if has_invisible(k) {
                        push_hit(hits, INVISIBLE, path);
                    }
                    self.walk(x, path, opts, hits, depth + 1);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    /// The finding names one string triggers (unsorted, may repeat).
    pub fn scan_text(&self, text: &str, opts: &ScanOptions<'_>, out: &mut Vec<&'static str>) {
        if text.chars().nth(opts.max_text_chars).is_some() {
            out.push(LONG_TEXT);
        }
        let mut hidden = String::new();
        if code_points(text, &mut hidden) {
            out.push(INVISIBLE);
        }
        if mixed_script(text) {
            out.push(MIXED_SCRIPT);
        }
        let mut decoded = Vec::new();
        if encoded_runs(text, &mut decoded) {
            out.push(ENCODED);
        }
        self.phrases_in(&normalize(text), opts, out);
        if !hidden.is_empty() {
            self.phrases_in(&normalize(&hidden), opts, out);
        }
        for d in decoded {
            self.phrases_in(&normalize(&d), opts, out);
        }
    }

    fn phrases_in(&self, norm: &str, opts: &ScanOptions<'_>, out: &mut Vec<&'static str>) {
        let mut set = PatternSet::new(self.phrases.pattern_len());
        self.phrases
            .which_overlapping_matches(&Input::new(norm), &mut set);
        for id in set.iter() {
            if let Some(name) = self.names.get(id.as_usize()) {
                out.push(name);
            }
        }
        if let Some(ac) = opts.foreign_names {
            let bytes = norm.as_bytes();
            let token = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
            for m in ac.find_overlapping_iter(norm) {
                let before = m.start().checked_sub(1).and_then(|i| bytes.get(i));
                let after = bytes.get(m.end());
                if !before.is_some_and(token) && !after.is_some_and(token) {
                    out.push(MENTIONS_FOREIGN);
                    break;
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

const MAX_FIELD_CHARS: usize = 160;

fn push_hit(hits: &mut Vec<Hit>, pattern: &'static str, path: &[Seg<'_>]) {
    let field = field_path(path);
    if !hits
        .iter()
        .any(|h| h.pattern == pattern && h.field == field)
    {
        hits.push(Hit { pattern, field });
    }
}

/// `inputSchema.properties.notes.description`, `arguments[0].name`; keys
/// from the server are shown sanitized and cut short (they may be hostile).
fn field_path(path: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&sanitize(k, 48));
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
        if out.chars().count() > MAX_FIELD_CHARS {
            out = out.chars().take(MAX_FIELD_CHARS).collect();
            out.push('…');
            break;
        }
    }
    out
}

/// Server text made safe for audit: invisible and control characters as
/// `\u{…}`, at most `max` characters (then `…`).
pub fn sanitize(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, c) in s.chars().enumerate() {
        if n >= max {
            out.push('…');
            break;
        }
        if crate::names::is_invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn has_invisible(s: &str) -> bool {
    let mut sink = String::new();
    code_points(s, &mut sink)
}

/// Whether `c` (between `prev` and `next`) hides or reorders text.
fn suspicious(c: char, prev: Option<char>, next: Option<char>) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        // Emoji / text presentation selectors follow emoji legitimately.
        '\u{fe0e}' | '\u{fe0f}' => false,
        // Joiners inside emoji sequences and Indic scripts (both sides
        // non-ASCII) are legitimate; next to ASCII they only hide things.
        '\u{200c}' | '\u{200d}' => {
            !(prev.is_some_and(|p| !p.is_ascii()) && next.is_some_and(|n| !n.is_ascii()))
        }
        c => crate::names::is_invisible(c),
    }
}

/// Flags invisible code points; appends the ASCII hidden in tag characters
/// (U+E0020-E007E) to `hidden`.
fn code_points(text: &str, hidden: &mut String) -> bool {
    let mut found = false;
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if suspicious(c, prev, next) {
            found = true;
            let cp = c as u32;
            if (0xE0020..=0xE007E).contains(&cp) && hidden.len() < MAX_DECODED {
                if let Some(a) = char::from_u32(cp - 0xE0000) {
                    hidden.push(a);
                }
            }
        }
        prev = Some(c);
    }
    found
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Other,
    Latin,
    Cyrillic,
    /// Greek letters that look like Latin ones (ο α ε ι ν ρ τ υ χ κ …).
    GreekLookalike,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' => Script::Latin,
        '\u{400}'..='\u{52f}' => Script::Cyrillic,
        'Α' | 'Β' | 'Ε' | 'Ζ' | 'Η' | 'Ι' | 'Κ' | 'Μ' | 'Ν' | 'Ο' | 'Ρ' | 'Τ' | 'Υ' | 'Χ' | 'α'
        | 'ε' | 'ι' | 'κ' | 'ν' | 'ο' | 'ρ' | 'τ' | 'υ' | 'χ' => Script::GreekLookalike,
        _ => Script::Other,
    }
}

/// A word that mixes Latin letters with Cyrillic or Greek lookalikes
/// (`ignоre` with a Cyrillic о): text written to dodge filters.
fn mixed_script(text: &str) -> bool {
    let (mut latin, mut other) = (false, false);
    for c in text.chars() {
        if !c.is_alphabetic() {
            latin = false;
            other = false;
            continue;
        }
        match script(c) {
            Script::Latin => latin = true,
            Script::Cyrillic | Script::GreekLookalike => other = true,
            Script::Other => {}
        }
        if latin && other {
            return true;
        }
    }
    false
}

/// Flags long encoded runs; decodes each (once) into `decoded` when it
/// yields mostly printable text.
fn encoded_runs(text: &str, decoded: &mut Vec<String>) -> bool {
    let bytes = text.as_bytes();
    let mut found = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(0);
        // percent-encoding: %XX%XX…
        if b == b'%' {
            let end = run_of_triplets(bytes, i, b'%', 3);
            if (end - i) / 3 >= MIN_PERCENT_TRIPLETS {
                found = true;
                push_decoded(decoded, percent_decode(bytes.get(i..end).unwrap_or(&[])));
                i = end;
                continue;
            }
        }
        // \uXXXX or \xXX escapes
        if b == b'\\' {
            let end = escape_run(bytes, i);
            if end > i {
                found = true;
                push_decoded(decoded, unescape(bytes.get(i..end).unwrap_or(&[])));
                i = end;
                continue;
            }
        }
        if is_b64(b) {
            let start = i;
            while i < bytes.len() && bytes.get(i).copied().is_some_and(is_b64) {
                i += 1;
            }
            let mut end = i;
            while end < bytes.len() && bytes.get(end) == Some(&b'=') && end - i < 2 {
                end += 1;
            }
            let run = bytes.get(start..i).unwrap_or(&[]);
            if run.iter().all(u8::is_ascii_hexdigit) {
                if run.len() >= MIN_HEX {
                    found = true;
                    push_decoded(decoded, hex_decode(run));
                }
            } else if run.len() >= MIN_BASE64 && looks_base64(run) {
                found = true;
                push_decoded(decoded, base64_decode(run));
            }
            i = end.max(i);
            continue;
        }
        i += 1;
    }
    found
}

fn is_b64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_')
}

/// Mixed-case letters and digits, and not a path or a snake/kebab
/// identifier: words glued by `_`, `-` or `/` rarely carry all three.
fn looks_base64(run: &[u8]) -> bool {
    let upper = run.iter().any(u8::is_ascii_uppercase);
    let lower = run.iter().any(u8::is_ascii_lowercase);
    let digit = run.iter().filter(|b| b.is_ascii_digit()).count();
    let seps = run
        .iter()
        .filter(|b| matches!(b, b'-' | b'_' | b'/'))
        .count();
    upper && lower && digit >= 2 && seps * 8 < run.len()
}

fn run_of_triplets(bytes: &[u8], start: usize, lead: u8, width: usize) -> usize {
    let mut i = start;
    loop {
        let ok = bytes.get(i) == Some(&lead)
            && bytes
                .get(i + 1..i + width)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if !ok {
            return i;
        }
        i += width;
    }
}

/// End of a run of at least MIN_ESCAPES `\uXXXX` / `\xXX` escapes, or `start`.
fn escape_run(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    let mut n = 0;
    loop {
        let width = match bytes.get(i + 1) {
            Some(b'u') if bytes.get(i) == Some(&b'\\') => 6,
            Some(b'x') if bytes.get(i) == Some(&b'\\') => 4,
            _ => break,
        };
        let hex_ok = bytes
            .get(i + 2..i + width)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if !hex_ok {
            break;
        }
        i += width;
        n += 1;
    }
    if n >= MIN_ESCAPES {
        i
    } else {
        start
    }
}

fn hex_val(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 0,
    }
}

fn hex_decode(run: &[u8]) -> Vec<u8> {
    run.chunks_exact(2)
        .take(MAX_DECODED)
        .map(|p| {
            (hex_val(p.first().copied().unwrap_or(0)) << 4)
                | hex_val(p.get(1).copied().unwrap_or(0))
        })
        .collect()
}

fn percent_decode(run: &[u8]) -> Vec<u8> {
    run.chunks_exact(3)
        .take(MAX_DECODED)
        .map(|t| {
            (hex_val(t.get(1).copied().unwrap_or(0)) << 4) | hex_val(t.get(2).copied().unwrap_or(0))
        })
        .collect()
}

fn unescape(run: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(run);
    let mut out = String::new();
    for part in text.split('\\').filter(|p| !p.is_empty()) {
        let digits = part.get(1..).unwrap_or("");
        if let Some(c) = u32::from_str_radix(digits, 16)
            .ok()
            .and_then(char::from_u32)
        {
            out.push(c);
        }
    }
    out.into_bytes()
}

fn base64_decode(run: &[u8]) -> Vec<u8> {
    use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
    use base64::Engine;
    let run = run.get(..run.len().min(MAX_DECODED * 4 / 3)).unwrap_or(run);
    // Decode whole quads only, so a run cut anywhere still decodes.
    let whole = run.get(..run.len() / 4 * 4).unwrap_or(run);
    STANDARD_NO_PAD
        .decode(whole)
        .or_else(|_| URL_SAFE_NO_PAD.decode(whole))
        .unwrap_or_default()
}

/// Keeps decoded bytes that read as text (valid UTF-8, mostly printable).
fn push_decoded(decoded: &mut Vec<String>, bytes: Vec<u8>) {
    if bytes.is_empty() || decoded.len() >= 8 {
        return;
    }
    if let Ok(s) = String::from_utf8(bytes) {
        let printable = s
            .chars()
            .filter(|c| !c.is_control() || c.is_whitespace())
            .count();
        if printable * 10 >= s.chars().count() * 9 {
            decoded.push(s);
        }
    }
}

/// NFKC, lowercase, invisible characters dropped, whitespace collapsed,
/// typographic quotes and dashes made ASCII.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfkc().flat_map(char::to_lowercase) {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if crate::names::is_invisible(c) {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}
