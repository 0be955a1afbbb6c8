//! The compiled detector set and the scan of one string.
//!
//! How a string is scanned, in one pass plus small windows:
//! 1. one Aho-Corasick pass finds every keyword (`ghp_`, `@`, `token`…);
//! 2. one byte pass finds runs of digits (cards, phones, IBANs, SSNs);
//! 3. each triggered detector runs its regex only in the windows around its
//!    triggers (merged), so clean text never reaches a regex at all;
//! 4. matches pass edge checks (not glued to other word characters) and the
//!    detector's validator (Luhn, mod-97, entropy…), which may narrow them;
//! 5. overlapping findings keep the higher-priority detector.

use super::validate as v;
use super::{Category, Confidence};
use aho_corasick::{AhoCorasick, MatchKind};
use regex_automata::util::captures::Captures;
use regex_automata::{meta, Anchored, Input, PatternID};
use std::collections::BTreeMap;
use std::ops::Range;

/// What may not touch a finding on its left / right side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    Any,
    /// `[A-Za-z0-9]`
    NotAlnum,
    /// `[A-Za-z0-9_]`
    NotWord,
    /// `[A-Za-z0-9_-]`
    NotToken,
    /// [`Edge::NotToken`], except on the right a form blank's closing rule
    /// (`e-mail: ____a@b.org____`): two or more `_` ending the word
    NotTokenOrBlank,
    /// `[A-Za-z0-9+/=_-]`: a base64 run that is not the middle of a longer
    /// token (`sk-admin-…_…`)
    NotB64OrToken,
    /// `[A-Za-z0-9+/]` (a `=` before a value is an assignment)
    NotB64Body,
    /// email local-part characters
    NotEmailLocal,
    /// `[A-Za-z0-9.]`
    NotIpv4,
    /// `[A-Za-z0-9:.]`
    NotIpv6,
    /// numbers: no letters or digits, and no `-`/`.`/`/` continuing the number
    Numeric,
    /// `[A-Za-z0-9]`, except the `?NN` subfield code of an MT940 statement line
    NotAlnumOrSubfield,
}

impl Edge {
    fn forbidden(self, b: u8) -> bool {
        let alnum = b.is_ascii_alphanumeric();
        match self {
            Edge::Any => false,
            Edge::NotAlnum => alnum,
            Edge::NotWord => alnum || b == b'_',
            Edge::NotToken | Edge::NotTokenOrBlank => alnum || b == b'_' || b == b'-',
            Edge::NotB64OrToken => alnum || matches!(b, b'+' | b'/' | b'=' | b'_' | b'-'),
            Edge::NotB64Body => alnum || matches!(b, b'+' | b'/'),
            Edge::NotEmailLocal => alnum || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'),
            Edge::NotIpv4 => alnum || b == b'.',
            Edge::NotIpv6 => alnum || b == b':' || b == b'.',
            Edge::Numeric | Edge::NotAlnumOrSubfield => alnum,
        }
    }

    pub(crate) fn left_ok(self, hay: &[u8], start: usize) -> bool {
        let Some(&prev) = start.checked_sub(1).and_then(|i| hay.get(i)) else {
            return true;
        };
        match self {
            Edge::Numeric => {
                // `465 390 784 9741`: a number continued by a space is a table,
                // not a phone number.
                let continued = prev == b' '
                    && start
                        .checked_sub(2)
                        .and_then(|i| hay.get(i))
                        .is_some_and(u8::is_ascii_digit);
                !(prev.is_ascii_alphanumeric()
                    || matches!(prev, b'-' | b'.' | b'/' | b'+' | b'_')
                    || continued)
                    || ncpdp_field(hay, start)
                    || edifact_com(hay, start)
                    || form_underline(hay, start)
            }
            Edge::NotAlnumOrSubfield => !prev.is_ascii_alphanumeric() || mt940_subfield(hay, start),
            _ => !self.forbidden(prev),
        }
    }

    pub(crate) fn right_ok(self, hay: &[u8], end: usize) -> bool {
        let Some(&next) = hay.get(end) else {
            return true;
        };
        match self {
            Edge::Numeric => {
                let continues = matches!(next, b'-' | b'.' | b'/' | b' ')
                    && hay.get(end + 1).is_some_and(u8::is_ascii_digit);
                !(next.is_ascii_alphanumeric() || continues)
            }
            Edge::NotTokenOrBlank if next == b'_' => {
                let rest = hay.get(end..).unwrap_or_default();
                let rule = rest.iter().take_while(|&&b| b == b'_').count();
                rule >= 2
                    && rest
                        .get(rule)
                        .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-')
            }
            _ => !self.forbidden(next),
        }
    }
}

/// `SSN |_858-69-7404`: a scanned form's field rule read by OCR as
/// underscores glued to the value. A run of `_` after a non-word byte is a
/// rule, not part of an identifier such as `emp_123456789`.
fn form_underline(hay: &[u8], start: usize) -> bool {
    let before = hay.get(..start).unwrap_or_default();
    let rule_len = before.iter().rev().take_while(|&&b| b == b'_').count();
    rule_len > 0
        && before
            .len()
            .checked_sub(rule_len + 1)
            .and_then(|i| before.get(i))
            .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-' && *b != b'.')
}

/// Checks run after a match; they may narrow the span (IBAN, IPv6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Validator {
    None,
    Jwt,
    AwsSecret,
    /// letters and digits both present (keys after a short prefix like `sk-`)
    Mixed,
    MinLen(usize),
    UrlPassword,
    Generic,
    Iban,
    Ssn,
    /// `roles`: role mailboxes (`support@`, `billing@`) count as findings
    Email {
        roles: bool,
    },
    Phone,
    Ipv6,
    /// a PEM block with a key body (not a header named in prose)
    PemBody,
    /// chat webhook URLs: the secret path is not a documentation example
    Webhook,
    /// custom detectors: `"validator": "luhn"`
    Luhn,
    /// custom detectors: `"validator": "entropy"` (uses `minEntropy`)
    Entropy,
}

/// The names operators may use for `"validator"` on a custom detector.
pub(crate) const CUSTOM_VALIDATORS: &[(&str, Validator)] = &[
    ("luhn", Validator::Luhn),
    ("iban", Validator::Iban),
    ("us_ssn", Validator::Ssn),
    ("jwt", Validator::Jwt),
    ("entropy", Validator::Entropy),
];

/// Whether aho-corasick has its SIMD (Teddy) prefilter here. Without it
/// (wasm32) several prefiltered passes cost more than one plain DFA pass
/// over all keywords.
const SIMD_PREFILTER: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));

/// Strings shorter than this use the single prefilter-free keyword automaton.
const SMALL: usize = 256;

/// Pattern index used when a validator checks a key-named JSON member.
pub(crate) const MEMBER: usize = usize::MAX;

impl Validator {
    /// `span` is the reported part (the `value` group, else the match);
    /// `key` the `key` group or the JSON member's key.
    fn check(
        self,
        hay: &str,
        pattern: usize,
        span: Range<usize>,
        key: Option<&str>,
        min_entropy: f64,
        custom: bool,
    ) -> Option<Range<usize>> {
        let text = hay.get(span.clone())?;
        // Built-in vendor formats: documentation examples and placeholders
        // (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`) are not secrets.
        let typed = !custom
            && matches!(
                self,
                Validator::None
                    | Validator::Jwt
                    | Validator::AwsSecret
                    | Validator::Mixed
                    | Validator::MinLen(_)
            );
        if typed && v::documented(text) {
            return None;
        }
        // A secret shown cut off (`ghp_x0Sm…`, `key: 9fQx2… […]`) names a
        // key; the key itself is not in the text. Only a value shorter than
        // its format's keys reads so: a whole key with dots after it (a
        // sender told to add `...` to get past redaction) is still a key.
        if (typed || (!custom && matches!(self, Validator::Generic)))
            && text.len() < v::whole_key_len(text)
            && v::cut_off_after(hay, span.end)
        {
            return None;
        }
        let ok = match self {
            Validator::None => true,
            Validator::Jwt => v::jwt_ok(text),
            Validator::AwsSecret => {
                let c = v::classes(text);
                let kinds = [c.lower, c.upper, c.digit, c.symbol]
                    .iter()
                    .filter(|x| **x)
                    .count();
                // Without a key naming it (prose, tables), a 40-character
                // run must look like AWS's: upper, lower and digits (not a
                // hex digest or a word).
                let named = key.is_some_and(v::aws_secret_key);
                let need = if (pattern == ASSIGN || pattern == MEMBER) && named {
                    2
                } else {
                    3
                };
                kinds >= need
                    && (need == 2 || (c.lower && c.upper && c.digit))
                    && v::entropy(text.as_bytes()) >= 3.5
            }
            Validator::Mixed => {
                let c = v::classes(text);
                c.digit && (c.lower || c.upper)
            }
            Validator::MinLen(n) => text.len() >= n,
            Validator::PemBody => v::pem_has_body(text),
            Validator::Webhook => v::webhook_ok(text),
            Validator::UrlPassword => {
                !v::is_placeholder(text) && !v::url_default_login(hay, span.start, text)
            }
            // the instance id before an FCM registration token's `:APA91b…`
            // (`FCM token: <id>:APA91b…`), where the value stopped at the colon
            Validator::Generic if v::before_fcm_token_body(hay, span.end) => false,
            Validator::Generic => match pattern {
                // `Bearer <token>`
                0 => text.len() <= 2048 && v::generic_value(text, min_entropy),
                // `Basic <base64 user:password>`
                1 => v::basic_credentials(text),
                // a password told in prose; `login … -p <password>`
                2 | 3 => v::generic_value(text, min_entropy),
                // a vendor format (SendGrid): its shape says what it is
                4 => {
                    let c = v::classes(text);
                    // an Entra secret's alphabet has no edges of its own:
                    // one glued to more of it is part of something longer
                    let b = hay.as_bytes();
                    let tok = |x: &u8| x.is_ascii_alphanumeric() || matches!(x, b'_' | b'~' | b'-');
                    let glued = text.get(4..6) == Some("Q~")
                        && (span
                            .start
                            .checked_sub(1)
                            .and_then(|i| b.get(i))
                            .is_some_and(|x| tok(x) || *x == b'.')
                            || b.get(span.end).is_some_and(tok));
                    !glued && !v::documented(text) && (c.digit || (c.lower && c.upper))
                }
                // the session cookie in a cookie header or curl's `-b`
                5 | 14 => return v::session_cookie(hay, span, min_entropy),
                // `.netrc` password
                6 => v::generic_value(text, min_entropy),
                // a password on a command line, quoted after the word, or a
                // Terraform `random_password` result
                7..=13 => v::generic_value(text, min_entropy),
                // a Telegram bot token, whole (not the head of a longer
                // token), whose secret part is not a placeholder
                15 => {
                    !hay.as_bytes()
                        .get(span.end)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
                        && text
                            .split_once(':')
                            .is_some_and(|(_, secret)| v::generic_value(secret, min_entropy))
                }
                // a password jotted down unquoted after the word: letters
                // and digits (not "password reset", "pw: ********")
                // (a SealedSecret's `encryptedData:` holds ciphertext)
                16 => {
                    let c = v::classes(text);
                    let before = hay.get(..span.start).unwrap_or("");
                    let line = before.rfind('\n').map_or(0, |i| i + 1);
                    let indent = before
                        .get(line..)
                        .map_or(0, |l| l.len() - l.trim_start_matches([' ', '\t']).len());
                    c.digit
                        && (c.lower || c.upper)
                        && v::generic_value(text, min_entropy)
                        && !v::under_encrypted_parent(hay, line + indent)
                }
                // a UCI `option key '…'`; a device configuration's typed
                // password or key, an SNMP community
                17..=19 => v::generic_value(text, min_entropy),
                // `key = value`, `--flag value`, or a JSON member named like a secret
                _ => {
                    key.is_some_and(|k| pattern == MEMBER || v::generic_key(k))
                        && !key.is_some_and(|k| v::apns_device_token(k, text))
                        && !key.is_some_and(|k| v::mixpanel_project_token(k, text))
                        && !key.is_some_and(|k| v::password_digest(hay, k, span.clone()))
                        && !v::placeholder_follows(hay, span.end)
                        && match key.map_or(v::KeyTail::Other, v::key_tail) {
                            v::KeyTail::Auth => v::basic_credentials(text),
                            v::KeyTail::Token if text.len() < 12 => false,
                            // a UUID is an id, except where the key names a
                            // client / API secret or an API token
                            _ if v::is_uuid(text) => key.is_some_and(v::uuid_credential_key),
                            _ => v::generic_value(text, min_entropy),
                        }
                }
            },
            Validator::Iban if !custom => return v::iban_span(hay, span),
            Validator::Iban => {
                let chars: Vec<u8> = text
                    .bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| b.to_ascii_uppercase())
                    .collect();
                v::iban_span(std::str::from_utf8(&chars).unwrap_or(""), 0..chars.len())
                    .is_some_and(|r| r.end == chars.len())
            }
            // nine bare digits after a routing-number label: a bank's ABA number
            Validator::Ssn => {
                v::ssn_ok(text)
                    && !(pattern == 3
                        && (v::routing_label_before(hay, span.start)
                            || v::ssn_named_otherwise(hay, span.start)
                            || v::x12_element_not_ssn(hay, span.start)
                            || v::ein_box_ticked(hay, span.end)))
            }
            Validator::Email { roles } => return v::email_span(hay, span, roles),
            Validator::Phone => return v::phone_span(hay, span, pattern),
            Validator::Ipv6 => return v::ipv6_span(hay, span),
            Validator::Luhn => {
                let d = v::digits_of(text);
                (12..=19).contains(&d.len()) && v::luhn(&d)
            }
            Validator::Entropy => v::entropy(text.as_bytes()) >= min_entropy,
        };
        ok.then_some(span)
    }

    /// How sure a match is and why (see [`Confidence`]), from the pattern
    /// that matched and the value. `pattern` is the index in the detector,
    /// or [`ASSIGN`] / [`MEMBER`].
    fn grade(
        self,
        pattern: usize,
        text: &str,
        min_entropy: f64,
        custom: bool,
    ) -> (Confidence, u16) {
        use Confidence::{High, Low, Medium};
        if custom {
            return (High, sig::CUSTOM);
        }
        let keyed = pattern == ASSIGN || pattern == MEMBER;
        match self {
            // A key that says it is for test mode (`sk_test_`, `rk_test_`)
            // reaches no real money or customers: an operator may drop it
            // with `minConfidence: {"stripe_key": "high"}`.
            Validator::None if text.contains("_test_") => (Medium, sig::FORMAT),
            Validator::None | Validator::Mixed | Validator::MinLen(_) | Validator::Webhook => {
                (High, sig::FORMAT)
            }
            Validator::Jwt | Validator::PemBody => (High, sig::FORMAT | sig::CHECKSUM),
            Validator::AwsSecret if keyed => (High, sig::KEY | sig::ENTROPY),
            Validator::AwsSecret => (Medium, sig::CONTEXT | sig::ENTROPY),
            Validator::UrlPassword => {
                let c = v::classes(text);
                let strong = text.len() >= 8 && (c.digit || c.symbol);
                (if strong { High } else { Medium }, sig::FORMAT)
            }
            Validator::Generic => {
                if pattern == 4 || pattern == 15 {
                    return (High, sig::FORMAT);
                }
                let base = match pattern {
                    0..=3 | 6..=13 | 16 => sig::LABEL,
                    _ => sig::KEY,
                } | sig::ENTROPY;
                let c = v::classes(text);
                let kinds = [c.lower, c.upper, c.digit, c.symbol]
                    .iter()
                    .filter(|x| **x)
                    .count();
                let conf = if pattern == 1
                    || (text.len() >= 16
                        && kinds >= 3
                        && v::entropy(text.as_bytes()) >= min_entropy + 0.5)
                {
                    High
                } else if text.len() >= 10 {
                    Medium
                } else {
                    Low
                };
                (conf, base)
            }
            Validator::Iban | Validator::Luhn => (High, sig::FORMAT | sig::CHECKSUM),
            Validator::Ssn => match pattern {
                0 => (High, sig::FORMAT | sig::CHECKSUM),
                2 => (High, sig::LABEL | sig::CHECKSUM),
                MEMBER => (High, sig::KEY | sig::CHECKSUM),
                1 => (Medium, sig::FORMAT | sig::CHECKSUM),
                _ => (Medium, sig::CONTEXT | sig::CHECKSUM),
            },
            Validator::Email { .. } => (High, sig::FORMAT),
            Validator::Phone => match pattern {
                0 | 1 => (High, sig::FORMAT),
                MEMBER => (High, sig::KEY),
                7 | 8 => (Medium, sig::LABEL),
                _ => (Medium, sig::FORMAT),
            },
            Validator::Ipv6 => (Medium, sig::FORMAT),
            Validator::Entropy => (if keyed { Medium } else { Low }, sig::ENTROPY),
        }
    }
}

/// Evidence bits carried by a hit (names in [`super::SIGNAL_NAMES`], same order).
pub(crate) mod sig {
    pub const FORMAT: u16 = 1;
    pub const CHECKSUM: u16 = 1 << 1;
    pub const KEY: u16 = 1 << 2;
    pub const LABEL: u16 = 1 << 3;
    pub const CONTEXT: u16 = 1 << 4;
    pub const ENTROPY: u16 = 1 << 5;
    pub const NESTED_JSON: u16 = 1 << 6;
    pub const BASE64: u16 = 1 << 7;
    pub const CUSTOM: u16 = 1 << 8;
    // (bit 9 is `budget`, never set on a hit)
    pub const URL_ENCODED: u16 = 1 << 10;
}

/// JSON member keys that name the data in their value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MemberKey {
    Generic,
    AwsSecret,
    Phone,
    Ssn,
}

impl MemberKey {
    fn matches(self, words: &[String]) -> bool {
        match self {
            MemberKey::Generic => v::generic_key_words(words),
            // Any member named a secret: a 40-character value there that
            // looks like AWS's (upper, lower, digits) is one, whatever the
            // key calls it (`ci_user_secret`); the validator asks for the
            // full shape when the key does not say AWS. An OAuth client's
            // or a webhook's signing secret is named so (`client_secret`,
            // `signing_secret`): another kind of secret, whatever its length.
            MemberKey::AwsSecret => {
                words.iter().any(|w| w == "secret") && !v::names_another_secret(words)
            }
            MemberKey::Phone => v::phone_words(words),
            MemberKey::Ssn => v::ssn_words(words),
        }
    }
}

/// Detectors (or parts of them) implemented in code rather than a regex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Native {
    /// digit groups, layout, issuer prefix, Luhn
    Card,
    /// `key = value` / `"key": "value"` where the key names a secret
    /// (hand-written: a regex with counted key and value repetitions blows
    /// up the lazy DFA on inputs like `token=token=token=…`)
    Assign(AssignKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AssignKind {
    Generic,
    AwsSecret,
}

/// Pattern index the validator sees for a native assignment.
pub(crate) const ASSIGN: usize = usize::MAX - 1;

#[derive(Debug)]
pub(crate) struct RegexMatcher {
    re: meta::Regex,
    /// per pattern: the capture index of `value` / `key`, if any
    value: Vec<Option<usize>>,
    key: Vec<Option<usize>>,
    captures: bool,
}

#[derive(Debug)]
pub(crate) struct Matcher {
    pub regex: Option<RegexMatcher>,
    pub native: Option<Native>,
}

impl Matcher {
    pub(crate) fn native(native: Native, re: Option<meta::Regex>) -> Matcher {
        Matcher {
            regex: re.map(|re| Matcher::regex(re).regex).unwrap_or_default(),
            native: Some(native),
        }
    }

    pub(crate) fn regex(re: meta::Regex) -> Matcher {
        let n = re.pattern_len();
        let info = re.group_info().clone();
        let group = |name: &str| -> Vec<Option<usize>> {
            (0..n)
                .map(|p| {
                    PatternID::new(p)
                        .ok()
                        .and_then(|pid| info.to_index(pid, name))
                })
                .collect()
        };
        let value = group("value");
        let key = group("key");
        let captures = value.iter().chain(key.iter()).any(Option::is_some);
        Matcher {
            regex: Some(RegexMatcher {
                re,
                value,
                key,
                captures,
            }),
            native: None,
        }
    }
}

#[derive(Debug)]
pub(crate) struct Detector {
    pub name: String,
    pub category: Category,
    pub matcher: Matcher,
    pub keywords: Vec<String>,
    /// Keywords that open regex windows even for a detector whose other
    /// keywords only feed its native assignment matcher (`Bearer`).
    pub regex_keywords: Vec<String>,
    pub digits: Option<Shape>,
    pub back: usize,
    pub fwd: usize,
    /// Custom detectors: a keyword anywhere gates a scan of the whole string.
    pub whole_on_keyword: bool,
    /// Custom detectors without keywords: always scan the whole string.
    pub always: bool,
    pub left: Edge,
    pub right: Edge,
    pub validator: Validator,
    pub custom: bool,
    pub member: Option<(MemberKey, meta::Regex)>,
    /// Keywords after a negation (`not an SSN`) open no window.
    pub negatable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub det: usize,
    pub start: usize,
    pub end: usize,
    pub conf: Confidence,
    /// [`sig`] bits
    pub sig: u16,
}

/// The spellings of a case-insensitive keyword that the (case-sensitive)
/// scan looks for: lower, UPPER, Capitalized and Title Case
/// (`social security`, `SOCIAL SECURITY`, `Social security`, `Social Security`),
/// and the word as written.
/// `apiKey`, `API_KEY` and `Api_Key` all contain one of the forms of `key`.
pub(crate) fn case_variants(word: &str) -> Vec<String> {
    let lower = word.to_ascii_lowercase();
    let upper = word.to_ascii_uppercase();
    let cap = |s: &str| -> String {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
            None => String::new(),
        }
    };
    let capitalized = cap(&lower);
    let title: String = lower.split(' ').map(cap).collect::<Vec<_>>().join(" ");
    // and as written, for a camel-case word (`SecureString`)
    let mut v = vec![word.to_string(), lower, upper, capitalized, title];
    v.sort();
    v.dedup();
    v
}

/// One Aho-Corasick automaton (leftmost-longest, case-sensitive) and, per
/// keyword, the detectors it triggers.
#[derive(Debug)]
struct KeywordSet {
    ac: AhoCorasick,
    /// (detector, whether the hit opens a regex window; otherwise it only
    /// marks where an assignment key may end)
    owners: Vec<Vec<(usize, bool)>>,
}

impl KeywordSet {
    fn build(
        keywords: Vec<String>,
        owners: Vec<Vec<(usize, bool)>>,
        prefilter: bool,
    ) -> Result<Option<KeywordSet>, String> {
        if keywords.is_empty() {
            return Ok(None);
        }
        // The scan finds, at each position, the longest keyword starting
        // there; a keyword also triggers the owners of its prefixes (`sk-ant-`
        // also wakes the `sk-` detectors).
        let mut full = owners.clone();
        for (i, k) in keywords.iter().enumerate() {
            for (j, k2) in keywords.iter().enumerate() {
                if i != j && k.starts_with(k2.as_str()) {
                    let extra = owners.get(j).cloned().unwrap_or_default();
                    if let Some(f) = full.get_mut(i) {
                        f.extend(extra);
                        f.sort_unstable();
                        f.dedup();
                    }
                }
            }
        }
        // A DFA: a few hundred KiB at most for these keyword sets, and about
        // twice as fast as the NFA the builder picks past ~100 patterns.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(prefilter)
            .build(&keywords)
            .map_err(|e| e.to_string())?;
        Ok(Some(KeywordSet { ac, owners: full }))
    }
}

#[derive(Debug)]
pub(crate) struct Engine {
    pub detectors: Vec<Detector>,
    sets: Vec<KeywordSet>,
    small: Option<KeywordSet>,
    numeric: Vec<usize>,
    always: Vec<usize>,
    members: Vec<usize>,
    /// The built-in generic-secret detector, which also reads tables.
    tables: Vec<usize>,
    /// The built-in SSN detector, which also reads NACHA entry records.
    nacha: Vec<usize>,
    /// The built-in phone detector, which also reads export columns.
    phone_tables: Vec<usize>,
    pub min_entropy: f64,
}

/// Reused buffers for one `inspect` call.
#[derive(Default)]
pub(crate) struct Scratch {
    windows: Vec<Vec<Range<usize>>>,
    touched: Vec<usize>,
    caps: Vec<Option<Captures>>,
    cand: Vec<Hit>,
    cards: Vec<Range<usize>>,
    /// Per detector with a native assignment matcher: where its keywords ended.
    kw_ends: Vec<Vec<usize>>,
}

impl Engine {
    pub(crate) fn new(detectors: Vec<Detector>, min_entropy: f64) -> Result<Engine, String> {
        // Keywords are matched case-sensitively (exact tokens like `AKIA`,
        // and the case variants of words: see `case_variants`): ASCII case
        // folding would disable the SIMD prefilter.
        let mut keywords: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, bool)>> = Vec::new();
        for (d, det) in detectors.iter().enumerate() {
            let assign = matches!(det.matcher.native, Some(Native::Assign(_)));
            let all = det
                .keywords
                .iter()
                .map(|k| (k, !assign))
                .chain(det.regex_keywords.iter().map(|k| (k, true)));
            for (k, window) in all {
                match keywords.iter().position(|x| x == k) {
                    Some(i) => {
                        if let Some(o) = owners.get_mut(i) {
                            o.push((d, window));
                        }
                    }
                    None => {
                        keywords.push(k.clone());
                        owners.push(vec![(d, window)]);
                    }
                }
            }
        }
        // Keywords shorter than three bytes (`@`) get their own automaton:
        // mixed in, they would shrink the prefilter's fingerprint to one byte
        // and make nearly every byte a candidate. The rest go in chunks small
        // enough for the packed (Teddy) prefilter.
        let (short, long): (Vec<usize>, Vec<usize>) =
            (0..keywords.len()).partition(|i| keywords.get(*i).is_some_and(|k| k.len() < 3));
        let mut sets = Vec::new();
        for part in long.chunks(48).chain(std::iter::once(short.as_slice())) {
            let kws: Vec<String> = part
                .iter()
                .filter_map(|i| keywords.get(*i).cloned())
                .collect();
            let own: Vec<Vec<(usize, bool)>> = part
                .iter()
                .map(|i| owners.get(*i).cloned().unwrap_or_default())
                .collect();
            if let Some(set) = KeywordSet::build(kws, own, true)? {
                sets.push(set);
            }
        }
        // Short strings (most JSON values) skip the prefilters, whose set-up
        // costs more than a plain automaton pass over a few dozen bytes.
        let small = KeywordSet::build(keywords, owners, false)?;
        let numeric = (0..detectors.len())
            .filter(|d| detectors.get(*d).is_some_and(|x| x.digits.is_some()))
            .collect();
        let always = (0..detectors.len())
            .filter(|d| detectors.get(*d).is_some_and(|x| x.always))
            .collect();
        let members = (0..detectors.len())
            .filter(|d| detectors.get(*d).is_some_and(|x| x.member.is_some()))
            .collect();
        let tables = (0..detectors.len())
            .filter(|d| {
                detectors
                    .get(*d)
                    .is_some_and(|x| !x.custom && matches!(x.validator, Validator::Generic))
            })
            .collect();
        let nacha = (0..detectors.len())
            .filter(|d| {
                detectors
                    .get(*d)
                    .is_some_and(|x| !x.custom && x.validator == Validator::Ssn)
            })
            .collect();
        let phone_tables = (0..detectors.len())
            .filter(|d| {
                detectors
                    .get(*d)
                    .is_some_and(|x| !x.custom && x.validator == Validator::Phone)
            })
            .collect();
        Ok(Engine {
            detectors,
            sets,
            small,
            numeric,
            always,
            members,
            tables,
            nacha,
            phone_tables,
            min_entropy,
        })
    }

    pub(crate) fn scratch(&self) -> Scratch {
        let n = self.detectors.len();
        Scratch {
            windows: vec![Vec::new(); n],
            touched: Vec::new(),
            caps: (0..n).map(|_| None).collect(),
            cand: Vec::new(),
            cards: Vec::new(),
            kw_ends: vec![Vec::new(); n],
        }
    }

    /// Scans `text` with the `active` detectors; `key` is the JSON member
    /// name when `text` is its value. Findings are appended to `out`, sorted
    /// by start and never overlapping.
    pub(crate) fn scan(
        &self,
        active: &[bool],
        text: &str,
        key: Option<&str>,
        s: &mut Scratch,
        out: &mut Vec<Hit>,
    ) {
        let len = text.len();
        let is_active = |d: usize| active.get(d).copied().unwrap_or(false);
        for d in s.touched.drain(..) {
            if let Some(w) = s.windows.get_mut(d) {
                w.clear();
            }
            if let Some(k) = s.kw_ends.get_mut(d) {
                k.clear();
            }
        }
        s.cand.clear();

        let push = |s: &mut Scratch, d: usize, start: usize, end: usize| {
            let Some(w) = s.windows.get_mut(d) else {
                return;
            };
            if w.is_empty() && s.kw_ends.get(d).is_none_or(Vec::is_empty) {
                s.touched.push(d);
            }
            let start = floor_boundary(text, start);
            let end = ceil_boundary(text, end.min(len));
            // Triggers arrive roughly in order: extend the last window cheaply.
            if let Some(last) = w.last_mut() {
                if start <= last.end && start >= last.start {
                    last.end = last.end.max(end);
                    return;
                }
            }
            w.push(start..end);
        };

        // 1. keywords
        let sets: &[KeywordSet] = match &self.small {
            Some(small) if len < SMALL || !SIMD_PREFILTER => std::slice::from_ref(small),
            _ => &self.sets,
        };
        for set in sets {
            // Restart one past each match start: overlapping keywords that
            // start later are still found, and the prefilter stays on.
            let mut at = 0;
            while at < len {
                let Ok(Some(m)) = set
                    .ac
                    .try_find(aho_corasick::Input::new(text).span(at..len))
                else {
                    break;
                };
                at = m.start() + 1;
                let Some(owners) = set.owners.get(m.pattern().as_usize()) else {
                    continue;
                };
                for &(d, window) in owners {
                    if !is_active(d) {
                        continue;
                    }
                    let Some(det) = self.detectors.get(d) else {
                        continue;
                    };
                    if !window {
                        if let Some(k) = s.kw_ends.get_mut(d) {
                            if k.is_empty() && s.windows.get(d).is_some_and(Vec::is_empty) {
                                s.touched.push(d);
                            }
                            k.push(m.end());
                        }
                        continue;
                    }
                    if det.negatable && v::negated_before(text, m.start()) {
                        continue;
                    }
                    if det.whole_on_keyword {
                        push(s, d, 0, len);
                    } else {
                        push(
                            s,
                            d,
                            m.start().saturating_sub(det.back),
                            m.end().saturating_add(det.fwd),
                        );
                    }
                }
            }
        }
        // 2. digit runs
        let mut min = usize::MAX;
        for &d in &self.numeric {
            if is_active(d) {
                if let Some(shape) = self.detectors.get(d).and_then(|x| x.digits) {
                    min = min.min(shape.min_digits());
                }
            }
        }
        if min != usize::MAX {
            let hay = text.as_bytes();
            digit_runs(hay, min, |run| {
                for &d in &self.numeric {
                    if !is_active(d) {
                        continue;
                    }
                    let Some(det) = self.detectors.get(d) else {
                        continue;
                    };
                    if det.digits.is_some_and(|shape| shape.accepts(run, hay)) {
                        push(
                            s,
                            d,
                            run.start.saturating_sub(det.back),
                            run.end.saturating_add(det.fwd),
                        );
                    }
                }
            });
        }
        // 3. custom detectors without keywords
        for &d in &self.always {
            if is_active(d) {
                push(s, d, 0, len);
            }
        }

        // 4. match in windows
        let touched = std::mem::take(&mut s.touched);
        for &d in &touched {
            let Some(det) = self.detectors.get(d) else {
                continue;
            };
            if let Some(Native::Assign(kind)) = det.matcher.native {
                self.match_assignments(d, det, kind, text, s);
            }
            let Some(wins) = s.windows.get_mut(d) else {
                continue;
            };
            merge(wins);
            let wins = std::mem::take(wins);
            for w in &wins {
                self.match_window(d, det, text, w.clone(), s);
            }
            if let Some(slot) = s.windows.get_mut(d) {
                *slot = wins;
            }
        }
        s.touched = touched;

        // 5. JSON members named like the data (`"password": "…"`)
        if let Some(key) = key.filter(|k| !self.members.is_empty() && v::may_name_data(k)) {
            let words = v::key_words(key);
            for &d in &self.members {
                if !is_active(d) {
                    continue;
                }
                let Some(det) = self.detectors.get(d) else {
                    continue;
                };
                let Some((mk, re)) = &det.member else {
                    continue;
                };
                // A cookie header's value: its session cookie, if any.
                if matches!(det.validator, Validator::Generic) && !det.custom && v::cookie_key(key)
                {
                    if let Some(r) = v::session_cookie(text, 0..len, self.min_entropy) {
                        s.cand.push(Hit {
                            det: d,
                            start: r.start,
                            end: r.end,
                            conf: Confidence::High,
                            sig: sig::KEY | sig::ENTROPY,
                        });
                    }
                    continue;
                }
                if !mk.matches(&words) || !re.is_match(text) {
                    continue;
                }
                if let Some(r) = det.validator.check(
                    text,
                    MEMBER,
                    0..len,
                    Some(key),
                    self.min_entropy,
                    det.custom,
                ) {
                    let (conf, sig) = det.validator.grade(
                        MEMBER,
                        text.get(r.clone()).unwrap_or(""),
                        self.min_entropy,
                        det.custom,
                    );
                    s.cand.push(Hit {
                        det: d,
                        start: r.start,
                        end: r.end,
                        conf,
                        sig,
                    });
                }
            }
        }

        // 6. Tables whose header names a secret column (a password
        // manager's CSV export: `…,login_password`), or whose row starts
        // with a secret's name (a wiki's `| SESSION_SECRET | - | … |`):
        // the name sits in another cell, out of reach of `key = value`.
        // Only strings where the generic detector found one of its words.
        for &d in &self.tables {
            if is_active(d) && s.touched.contains(&d) {
                let found = v::table_secrets(text, self.min_entropy)
                    .into_iter()
                    .chain(v::sql_insert_secrets(text, self.min_entropy));
                for r in found {
                    s.cand.push(Hit {
                        det: d,
                        start: r.start,
                        end: r.end,
                        conf: Confidence::Medium,
                        sig: sig::KEY | sig::ENTROPY,
                    });
                }
            }
        }

        // 6a. A SIM vendor's output file: the Ki / OPc columns its
        // `var_out:` line names hold subscriber keys, with no secret word
        // beside them.
        for &d in &self.tables {
            if is_active(d) && len > 64 && (text.contains("var_out") || text.contains("var_Out")) {
                for r in v::sim_output_keys(text) {
                    s.cand.push(Hit {
                        det: d,
                        start: r.start,
                        end: r.end,
                        conf: Confidence::Medium,
                        sig: sig::KEY | sig::ENTROPY,
                    });
                }
            }
        }

        // 6b. Exports whose header names a phone column (a CDR file's
        // `a_msisdn;b_number`): digits-only numbers in that column. Only
        // strings where the phone detector found one of its words, or
        // that name an MSISDN.
        for &d in &self.phone_tables {
            if is_active(d)
                && len > 64
                && (s.touched.contains(&d) || text.contains("msisdn") || text.contains("MSISDN"))
            {
                for r in v::table_phones(text) {
                    s.cand.push(Hit {
                        det: d,
                        start: r.start,
                        end: r.end,
                        conf: Confidence::Medium,
                        sig: sig::KEY,
                    });
                }
            }
        }

        // 7. A NACHA (ACH) file's PPD entries: the Individual
        // Identification Number field, where payroll files carry the
        // employee's SSN, glued to the amount before it.
        if self.nacha.iter().any(|&d| is_active(d)) {
            let found = v::nacha_ssns(text);
            for &d in &self.nacha {
                if is_active(d) {
                    for r in &found {
                        s.cand.push(Hit {
                            det: d,
                            start: r.start,
                            end: r.end,
                            conf: Confidence::Medium,
                            sig: sig::CONTEXT | sig::CHECKSUM,
                        });
                    }
                }
            }
        }

        // A whole value under an identifier's key (`"barcode"`,
        // `"checkout_id"`, `"tracking_number"`) is that identifier, even
        // when its digits happen to pass Luhn.
        // (The key is split into words only when such a card hit exists:
        // this runs for every keyed string.)
        let whole_card = |h: &Hit| {
            h.start == 0
                && h.end == len
                && self
                    .detectors
                    .get(h.det)
                    .is_some_and(|d| d.name == "payment_card" && !d.custom)
        };
        if s.cand.iter().any(whole_card) && key.is_some_and(v::identifier_key) {
            s.cand.retain(|h| !whole_card(h));
        }
        // A message identifier in angle brackets under a member named for
        // its mail header (`"Message-ID": "<…@mail.host>"`, `"In-Reply-To"`,
        // `"References"`, Graph's `internetMessageId`): shaped like a
        // mailbox, it reaches nobody (the same rule as the header in text).
        let bracketed_email = |h: &Hit| {
            h.start > 0
                && hay_byte(text, h.start - 1) == Some(b'<')
                && hay_byte(text, h.end) == Some(b'>')
                && self
                    .detectors
                    .get(h.det)
                    .is_some_and(|d| d.name == "email" && !d.custom)
        };
        if s.cand.iter().any(bracketed_email) && key.is_some_and(v::message_id_key) {
            s.cand.retain(|h| !bracketed_email(h));
        }
        // A member named for a registry's number (an assessor's parcel,
        // `"apn": "0218-238-237"`; a tax or customs id, `"ein"`) holds
        // that number, whose dashed digits look like a phone's.
        let whole_phone = |h: &Hit| {
            h.start == 0
                && h.end == len
                && self
                    .detectors
                    .get(h.det)
                    .is_some_and(|d| d.name == "phone_number" && !d.custom)
        };
        if s.cand.iter().any(whole_phone) && key.is_some_and(v::registry_number_key) {
            s.cand.retain(|h| !whole_phone(h));
        }
        resolve(&mut s.cand, out);
    }

    /// `key = value` assignments whose key ends in (or around) one of the
    /// detector's keywords; `s.kw_ends[d]` holds where the keywords ended.
    fn match_assignments(
        &self,
        d: usize,
        det: &Detector,
        kind: AssignKind,
        text: &str,
        s: &mut Scratch,
    ) {
        let hay = text.as_bytes();
        let mut ends = s.kw_ends.get_mut(d).map(std::mem::take).unwrap_or_default();
        // The keyword sets report in their own order (one automaton per
        // chunk of keywords): put the ends in text order, or a later key's
        // value (`STRIPE_SECRET_KEY: …` found by the first set) would hide
        // an earlier key (`POSTGRES_PASSWORD: …` found by the second).
        ends.sort_unstable();
        ends.dedup();
        // A keyword inside the previous value (`token=token=…`) is part of
        // that value, not a new key: linear on any input.
        let mut inside_value_until = 0;
        for &e in &ends {
            if e < inside_value_until {
                continue;
            }
            let Some((key, value)) =
                v::assignment_at(text, e).or_else(|| v::named_pair_at(text, e))
            else {
                continue;
            };
            inside_value_until = value.end;
            let mut key_text = text.get(key.clone()).unwrap_or("");
            // A bare `community` in an INI `[snmp]` section is qualified by
            // its section, as if written `snmp_community`.
            if key_text.eq_ignore_ascii_case("community") && v::in_snmp_section(text, key.start) {
                key_text = "snmp_community";
            }
            let ok = match kind {
                AssignKind::AwsSecret => {
                    value.len() == 40
                        && text.get(value.clone()).is_some_and(|t| {
                            t.bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
                        })
                        && v::aws_secret_key(key_text)
                }
                AssignKind::Generic => {
                    value.len() <= 1024
                        && v::generic_key(key_text)
                        && !v::under_encrypted_parent(text, key.start)
                        && !v::cart_link_token(text, key.clone())
                }
            };
            if !ok || !det.right.right_ok(hay, value.end) {
                continue;
            }
            if let Some(r) = det.validator.check(
                text,
                ASSIGN,
                value,
                Some(key_text),
                self.min_entropy,
                det.custom,
            ) {
                let (conf, sig) = det.validator.grade(
                    ASSIGN,
                    text.get(r.clone()).unwrap_or(""),
                    self.min_entropy,
                    det.custom,
                );
                s.cand.push(Hit {
                    det: d,
                    start: r.start,
                    end: r.end,
                    conf,
                    sig,
                });
            }
        }
        if let Some(slot) = s.kw_ends.get_mut(d) {
            *slot = ends;
        }
    }

    fn match_window(&self, d: usize, det: &Detector, text: &str, w: Range<usize>, s: &mut Scratch) {
        let hay = text.as_bytes();
        match det.matcher.native {
            Some(Native::Card) => {
                s.cards.clear();
                v::find_cards(text, w.clone(), &mut s.cards);
                for r in &s.cards {
                    s.cand.push(Hit {
                        det: d,
                        start: r.start,
                        end: r.end,
                        conf: Confidence::High,
                        sig: sig::FORMAT | sig::CHECKSUM,
                    });
                }
            }
            Some(Native::Assign(_)) | None => {}
        }
        // Numbers an EDI format names by its qualifier or field id.
        let edi = match det.validator {
            _ if det.custom => None,
            Validator::Phone => Some((v::EdiField::Phone, Confidence::Medium)),
            Validator::Ssn => Some((v::EdiField::Ssn, Confidence::High)),
            _ => None,
        };
        if let Some((field, conf)) = edi {
            for r in v::edi_fields(text, w.clone(), field) {
                s.cand.push(Hit {
                    det: d,
                    start: r.start,
                    end: r.end,
                    conf,
                    sig: sig::LABEL,
                });
            }
        }
        if let Some(RegexMatcher {
            re,
            value,
            key,
            captures,
        }) = &det.matcher.regex
        {
            {
                let mut at = w.start;
                // `at` grows every round (see the restart rules below).
                while at < w.end {
                    let input = Input::new(text).span(at..w.end);
                    let Some(m) = re.search(&input) else { break };
                    let pid = m.pattern().as_usize();
                    let whole = m.start()..m.end();
                    let wants = |g: &Vec<Option<usize>>| g.get(pid).copied().flatten();
                    // Capture groups only for patterns that have them, and only
                    // over the match itself (the fast engines find it first).
                    let (span, key_span) =
                        if *captures && (wants(value).is_some() || wants(key).is_some()) {
                            let Some(caps) = s.caps.get_mut(d) else {
                                return;
                            };
                            let caps = caps.get_or_insert_with(|| re.create_captures());
                            re.search_captures(
                                &Input::new(text).span(whole.clone()).anchored(Anchored::Yes),
                                caps,
                            );
                            let group = |g: &Vec<Option<usize>>| {
                                wants(g)
                                    .and_then(|i| caps.get_group(i))
                                    .map(|sp| sp.start..sp.end)
                            };
                            (group(value).unwrap_or_else(|| whole.clone()), group(key))
                        } else {
                            (whole.clone(), None)
                        };
                    if whole.is_empty() || span.is_empty() {
                        at = next_boundary(text, whole.start);
                        continue;
                    }
                    // A key must be a whole identifier: `nextPageToken` is
                    // not the key `Token`.
                    let key_whole = key_span.as_ref().is_none_or(|k| {
                        let at = |i: Option<usize>| i.and_then(|i| hay.get(i)).copied();
                        let word = |b: Option<u8>| {
                            b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
                        };
                        let prev = at(k.start.checked_sub(1));
                        // `foo-token` continues an identifier; `--token` does not.
                        !(word(prev) || (prev == Some(b'-') && word(at(k.start.checked_sub(2)))))
                    });
                    let restart = match &key_span {
                        // Every later match starting inside this key would
                        // have a partial key: resume at the value.
                        Some(_) if span.start > whole.start => span.start,
                        // A later match starting inside this one would fail
                        // the left edge anyway (`::::…`, long digit runs).
                        _ if span == whole
                            && det.left != Edge::Any
                            && hay
                                .get(whole.start..whole.end.saturating_sub(1))
                                .is_some_and(|inner| {
                                    inner.iter().all(|b| !det.left.left_ok(&[*b], 1))
                                }) =>
                        {
                            whole.end
                        }
                        _ => next_boundary(text, whole.start),
                    };
                    let key_text = key_span.and_then(|k| text.get(k));
                    let accepted = if key_whole
                        && det.left.left_ok(hay, span.start)
                        && det.right.right_ok(hay, span.end)
                    {
                        det.validator.check(
                            text,
                            pid,
                            span.clone(),
                            key_text,
                            self.min_entropy,
                            det.custom,
                        )
                    } else {
                        None
                    };
                    match accepted {
                        Some(r) if !r.is_empty() => {
                            let (conf, sig) = det.validator.grade(
                                pid,
                                text.get(r.clone()).unwrap_or(""),
                                self.min_entropy,
                                det.custom,
                            );
                            s.cand.push(Hit {
                                det: d,
                                start: r.start,
                                end: r.end,
                                conf,
                                sig,
                            });
                            at = whole.end.max(r.end).max(next_boundary(text, at));
                        }
                        // A PEM match without key material holds no body
                        // anywhere in it, so no later block inside it can
                        // have one: skip it whole (linear on repeated headers).
                        _ if det.validator == Validator::PemBody => at = whole.end.max(restart),
                        _ => at = restart,
                    }
                }
            }
        }
    }
}

fn hay_byte(text: &str, i: usize) -> Option<u8> {
    text.as_bytes().get(i).copied()
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

fn next_boundary(text: &str, i: usize) -> usize {
    ceil_boundary(text, i.saturating_add(1))
}

/// Sorts and merges overlapping or touching windows.
fn merge(w: &mut Vec<Range<usize>>) {
    if w.len() < 2 {
        return;
    }
    w.sort_by_key(|r| r.start);
    // In place: `k` is the last kept window.
    let mut k = 0;
    for i in 1..w.len() {
        let Some(r) = w.get(i).cloned() else { break };
        match w.get_mut(k) {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => {
                k += 1;
                if let Some(slot) = w.get_mut(k) {
                    *slot = r;
                }
            }
        }
    }
    w.truncate(k + 1);
}

/// A run of digits joined by at most two separator characters
/// (`+1 (555) 010-1234`, `4111 1111 1111 1111`, `192.168.0.1`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Run {
    pub start: usize,
    pub end: usize,
    pub count: usize,
    /// Digit-group lengths (the first 12), and the last separator byte
    /// before each group (0 for the first).
    pub groups: [u8; 12],
    pub seps: [u8; 12],
    pub n: usize,
    /// A letter or digit touches the run on the left / right (`3f2a`, `v2`).
    pub glued: bool,
}

impl Run {
    fn groups(&self) -> &[u8] {
        self.groups.get(..self.n.min(12)).unwrap_or(&[])
    }
    /// `pattern` occurs as consecutive groups, every separator in `seps`
    /// (and, with `same`, all of them the same byte).
    fn has(&self, pattern: &[u8], seps: &[u8], same: bool) -> bool {
        if self.n > 12 {
            return true; // not recorded: let the regex decide
        }
        let g = self.groups();
        (0..g.len()).any(|i| {
            g.get(i..i + pattern.len()) == Some(pattern) && {
                let s = self.seps.get(i + 1..i + pattern.len()).unwrap_or(&[]);
                s.iter().all(|b| seps.contains(b))
                    && (!same || s.windows(2).all(|w| w.first() == w.last()))
            }
        })
    }
}

/// Which digit runs are worth a detector's regex: cheap shape checks that
/// keep dates, prices and IDs away from the phone, SSN and IBAN patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Card,
    Phone,
    Ssn,
    Iban,
    Ipv4,
}

impl Shape {
    pub(crate) fn min_digits(self) -> usize {
        match self {
            Shape::Card => 13,
            Shape::Phone => 7,
            Shape::Ssn => 9,
            Shape::Iban => 2,
            Shape::Ipv4 => 4,
        }
    }

    fn accepts(self, run: &Run, hay: &[u8]) -> bool {
        if run.count < self.min_digits() {
            return false;
        }
        // One group glued to letters (hex, `v2`, `x86`) holds no card, phone,
        // SSN or address: their edges would reject every span inside it.
        if run.n == 1 && run.glued && self != Shape::Iban {
            return false;
        }
        match self {
            Shape::Card => true,
            Shape::Phone => {
                // +CC…, a national trunk 0…, or North American 3-3-4.
                let mut i = run.start;
                let mut k = 0;
                while k < 3 && i > 0 && hay.get(i - 1).is_some_and(|b| matches!(b, b' ' | b'(')) {
                    i -= 1;
                    k += 1;
                }
                let plus = i > 0 && hay.get(i - 1) == Some(&b'+');
                let paren = run.start > 0 && hay.get(run.start - 1) == Some(&b'(');
                plus || paren
                    || hay.get(run.start) == Some(&b'0')
                    || run.has(&[3, 3, 4], b"-. )", false)
                    || run.has(&[3, 3, 3], b"- ", true)
                    || run.has(&[3, 2, 2, 2], b" ", true)
            }
            Shape::Ssn => run.has(&[3, 2, 4], b"- ", true),
            Shape::Ipv4 => {
                run.n > 12
                    || (0..run.n.min(12)).any(|i| {
                        // four groups of 1-3 digits joined by dots
                        let g = run.groups();
                        g.get(i..i + 4)
                            .is_some_and(|w| w.iter().all(|x| (1..=3).contains(x)))
                            && run
                                .seps
                                .get(i + 1..i + 4)
                                .is_some_and(|s| s.iter().all(|b| *b == b'.'))
                    })
            }
            Shape::Iban => {
                // The country code sits right before the check digits, which
                // start a run: `DE89 3704…`, `GB82 WEST…`.
                let at = |i: Option<usize>| i.and_then(|i| hay.get(i)).copied();
                at(run.start.checked_sub(1)).is_some_and(|b| b.is_ascii_uppercase())
                    && at(run.start.checked_sub(2)).is_some_and(|b| b.is_ascii_uppercase())
                    && (!at(run.start.checked_sub(3)).is_some_and(|b| b.is_ascii_alphanumeric())
                        || mt940_subfield(hay, run.start.saturating_sub(2)))
                    && run.groups.first().is_some_and(|g| *g >= 2)
            }
        }
    }
}

/// Whether `at` starts the value of an NCPDP Telecommunication field: the
/// 0x1C field separator and a two-character field id (`\x1cCQ5035550123`)
/// are glued to it.
pub(crate) fn ncpdp_field(hay: &[u8], at: usize) -> bool {
    at >= 3
        && hay.get(at - 3) == Some(&0x1c)
        && hay.get(at - 2..at).is_some_and(|id| {
            id.iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// Whether `at` starts the number of an EDIFACT communication segment
/// (`COM+0521 88 41 07:TE'`): the segment tag's `+` is a separator, not a
/// country code's sign.
pub(crate) fn edifact_com(hay: &[u8], at: usize) -> bool {
    at >= 4 && hay.get(at - 4..at) == Some(b"COM+".as_slice())
}

/// Whether `at` starts the content of a SWIFT MT940 `:86:` subfield
/// (`?31DE89370400440532013000?32NAME`): the IBAN follows `?` and two digits.
pub(crate) fn mt940_subfield(hay: &[u8], at: usize) -> bool {
    at >= 3
        && hay.get(at - 3) == Some(&b'?')
        && hay.get(at - 2).is_some_and(u8::is_ascii_digit)
        && hay.get(at - 1).is_some_and(u8::is_ascii_digit)
}

/// The position of the next ASCII digit at or after `from`, eight bytes at
/// a time (prose has few digits; this loop is most of its scan).
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // Digits become 0..=9 after xor 0x30; flag bytes below 10.
        let x = u64::from_le_bytes(word) ^ (ONES * 0x30);
        if x.wrapping_sub(ONES * 10) & !x & HIGH != 0 {
            break;
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| i + p)
}

/// Calls `f(run)` for each digit run holding at least `min` digits.
pub(crate) fn digit_runs(bytes: &[u8], min: usize, mut f: impl FnMut(&Run)) {
    // '+': a space in a URL-encoded form body or query string.
    let is_sep = |b: u8| matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/' | b'+');
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        match next_digit(bytes, i) {
            Some(p) => i = p,
            None => return,
        }
        let mut run = Run {
            start: i,
            end: i,
            count: 0,
            groups: [0; 12],
            seps: [0; 12],
            n: 0,
            glued: i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_alphanumeric),
        };
        let mut sep = 0u8;
        loop {
            let gs = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let len = i - gs;
            run.count += len;
            if let (Some(g), Some(s)) = (run.groups.get_mut(run.n), run.seps.get_mut(run.n)) {
                *g = u8::try_from(len).unwrap_or(u8::MAX);
                *s = sep;
            }
            run.n += 1;
            run.end = i;
            let mut j = i;
            while j < n && j - i < 2 && bytes.get(j).is_some_and(|b| is_sep(*b)) {
                j += 1;
            }
            if j > i && bytes.get(j).is_some_and(u8::is_ascii_digit) {
                sep = bytes.get(j - 1).copied().unwrap_or(0);
                i = j;
            } else {
                break;
            }
        }
        run.glued |= bytes.get(run.end).is_some_and(u8::is_ascii_alphabetic);
        if run.count >= min {
            f(&run);
        }
        i = run.end.max(run.start + 1);
    }
}

/// Keeps one finding per stretch of text: on overlap the earlier detector
/// (higher priority) wins. `cand` is consumed; `out` gets the survivors in
/// text order.
fn resolve(cand: &mut Vec<Hit>, out: &mut Vec<Hit>) {
    cand.sort_by_key(|h| (h.start, h.det, h.end, std::cmp::Reverse(h.conf)));
    cand.dedup_by_key(|h| (h.start, h.det, h.end));
    let overlapping = cand
        .windows(2)
        .any(|p| matches!(p, [a, b] if a.end > b.start));
    if !overlapping {
        out.append(cand);
        return;
    }
    cand.sort_by_key(|h| (h.det, h.start));
    let mut taken: BTreeMap<usize, Hit> = BTreeMap::new(); // by start
    for h in cand.drain(..) {
        let before = taken
            .range(..=h.start)
            .next_back()
            .is_some_and(|(_, t)| t.end > h.start);
        let after = taken
            .range(h.start..)
            .next()
            .is_some_and(|(start, _)| *start < h.end);
        if !before && !after {
            taken.insert(h.start, h);
        }
    }
    out.extend(taken.into_values());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_join_separated_groups_and_skip_short_numbers() {
        let mut seen = Vec::new();
        let hay = b"call +1 (555) 010-1234 or 42, card 4111 1111 1111 1111, on 2024-05-01.";
        digit_runs(hay, 7, |r| seen.push(*r));
        let counts: Vec<usize> = seen.iter().map(|r| r.count).collect();
        assert_eq!(counts, [11, 16, 8]);
        let shapes = |r: &Run| {
            [Shape::Phone, Shape::Card, Shape::Ssn, Shape::Iban]
                .into_iter()
                .filter(|s| s.accepts(r, hay))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            seen.iter().map(shapes).collect::<Vec<_>>(),
            [vec![Shape::Phone], vec![Shape::Card], vec![],]
        );
    }

    #[test]
    fn overlapping_findings_keep_the_higher_priority_detector() {
        let hit = |det, start, end| Hit {
            det,
            start,
            end,
            conf: Confidence::High,
            sig: sig::FORMAT,
        };
        let mut cand = vec![hit(5, 0, 10), hit(1, 4, 8), hit(5, 20, 30)];
        let mut out = Vec::new();
        resolve(&mut cand, &mut out);
        assert_eq!(out, vec![hit(1, 4, 8), hit(5, 20, 30)]);
    }

    #[test]
    fn edges_reject_tokens_glued_to_other_word_characters() {
        assert!(!Edge::NotAlnum.left_ok(b"xAKIA", 1));
        assert!(Edge::NotAlnum.left_ok(b"=AKIA", 1));
        assert!(!Edge::Numeric.right_ok(b"123-45-6789-1", 11));
        assert!(Edge::Numeric.right_ok(b"123-45-6789.", 11));
    }
}
