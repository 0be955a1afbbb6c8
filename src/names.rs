//! Tool, prompt and resource identifiers as policy sees them.
//!
//! Two jobs: refuse names that exist only to fool a matcher (invisible
//! characters, bidi controls, path tricks), and give deny rules a folded form
//! to match, so `Delete_DB`, `delete\u{200b}_db` or `dеlete_db` (Cyrillic е)
//! cannot slip past a rule that denies `delete_*`.

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ToolNameRule {
    /// Tool names must be 1-128 of `[A-Za-z0-9_.\-/]` (the MCP 2025-11-25
    /// guidance): confusables and invisible characters cannot appear at all.
    #[default]
    Strict,
    /// Any Unicode name; matching uses a case-folded confusable skeleton and
    /// names with invisible or control characters are still refused.
    Unicode,
}

pub const MAX_NAME_CHARS: usize = 128;
pub const MAX_URI_BYTES: usize = 8192;

/// Characters that render as nothing or reorder text: zero-width, bidi
/// controls, variation selectors, tag characters and other default-ignorable
/// code points (Unicode DerivedCoreProperties), plus all controls.
pub fn is_invisible(c: char) -> bool {
    if c.is_control() {
        return true;
    }
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5
        | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F
        | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFFB
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    Invisible,
    Disallowed(char),
    PathLike,
}

impl NameProblem {
    pub fn describe(&self) -> String {
        match self {
            NameProblem::Empty => "is empty".into(),
            NameProblem::TooLong => format!("is longer than {MAX_NAME_CHARS} characters"),
            NameProblem::Invisible => {
                "contains invisible, control or bidirectional characters".into()
            }
            NameProblem::Disallowed(c) => format!(
                "contains {:?} (U+{:04X}); only A-Z a-z 0-9 _ - . / are allowed",
                c, *c as u32
            ),
            NameProblem::PathLike => "looks like a path (empty, '.' or '..' segments)".into(),
        }
    }
}

/// Checks a tool or prompt name a client sent before any rule sees it.
pub fn check_name(name: &str, rule: ToolNameRule) -> Result<(), NameProblem> {
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameProblem::TooLong);
    }
    if name.chars().any(|c| is_invisible(c) || c.is_whitespace()) {
        return Err(NameProblem::Invisible);
    }
    if rule == ToolNameRule::Strict {
        if let Some(c) = name
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/')))
        {
            return Err(NameProblem::Disallowed(c));
        }
    }
    if name.contains('/')
        && name
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..")
    {
        return Err(NameProblem::PathLike);
    }
    Ok(())
}

/// Case-folded NFKC form: what deny rules compare first.
pub fn folded(name: &str) -> String {
    if name.is_ascii() {
        // NFKC leaves ASCII as it is; lower-casing it is per byte.
        return name.to_ascii_lowercase();
    }
    folded_general(name)
}

fn folded_general(name: &str) -> String {
    name.nfkc().flat_map(char::to_lowercase).collect()
}

/// UTS #39 confusable skeleton of the folded form, folded again (skeletons
/// map some letters to capitals): `dеlete` and `delete` share one skeleton.
pub fn skeleton(name: &str) -> String {
    if name.is_ascii() {
        return ascii_skeleton(name);
    }
    skeleton_general(name)
}

fn skeleton_general(name: &str) -> String {
    let f = folded_general(name);
    unicode_security::skeleton(&f)
        .flat_map(char::to_lowercase)
        .collect()
}

/// [`skeleton`] of ASCII text from a per-character table: every step (NFKC,
/// lower-casing, the UTS #39 mapping, NFD) maps an ASCII string character by
/// character, so its skeleton is the concatenation of its characters'
/// skeletons. Every deny-rule check on every call and list item folds the
/// name; the general path costs ~100x more (`ascii_fast_paths_match_the_general_path`
/// checks the equivalence).
fn ascii_skeleton(name: &str) -> String {
    static TABLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0u8..128)
            .map(|b| skeleton_general(&char::from(b).to_string()))
            .collect()
    });
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        match table.get(usize::from(b)) {
            Some(s) => out.push_str(s),
            None => out.push(char::from(b)),
        }
    }
    out
}

/// [`skeleton`] of a glob pattern, keeping its `*` and `?` wildcards, so a
/// deny pattern and a lookalike name meet in the same form.
pub fn skeleton_glob(pattern: &str) -> String {
    let mut out = String::new();
    let mut literal = String::new();
    for c in pattern.chars() {
        if c == '*' || c == '?' {
            out.push_str(&skeleton(&literal));
            literal.clear();
            out.push(c);
        } else {
            literal.push(c);
        }
    }
    out.push_str(&skeleton(&literal));
    out
}

/// Tool/prompt name patterns. Allow rules match the name exactly as sent;
/// deny rules (and every other restricting selector: taint sinks and
/// sources, retirement) also match its case-folded and confusable-skeleton
/// forms, so a lookalike can never be allowed where the real name is denied.
#[derive(Debug, Clone, Default)]
pub struct NamePatterns {
    pub exact: crate::glob::GlobSet,
    folded: crate::glob::GlobSet,
    skeleton: crate::glob::GlobSet,
}

impl NamePatterns {
    pub fn new(patterns: &[String]) -> Self {
        let folded: Vec<String> = patterns.iter().map(|p| folded(p)).collect();
        let skeleton: Vec<String> = patterns.iter().map(|p| skeleton_glob(p)).collect();
        NamePatterns {
            exact: crate::glob::GlobSet::new(patterns),
            folded: crate::glob::GlobSet::new(&folded),
            skeleton: crate::glob::GlobSet::new(&skeleton),
        }
    }

    /// `loose`: also the folded and skeleton forms (deny-like uses).
    pub fn matches(&self, name: &NameForms<'_>, loose: bool) -> bool {
        if self.exact.is_match(name.raw) {
            return true;
        }
        loose && (self.folded.is_match(name.folded()) || self.skeleton.is_match(name.skeleton()))
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }
}

/// A name and its folded forms, computed at most once per decision.
pub struct NameForms<'a> {
    pub raw: &'a str,
    folded: std::cell::OnceCell<String>,
    skeleton: std::cell::OnceCell<String>,
}

impl<'a> NameForms<'a> {
    pub fn new(raw: &'a str) -> Self {
        NameForms {
            raw,
            folded: Default::default(),
            skeleton: Default::default(),
        }
    }
    pub fn folded(&self) -> &str {
        self.folded.get_or_init(|| folded(self.raw))
    }
    pub fn skeleton(&self) -> &str {
        self.skeleton.get_or_init(|| skeleton(self.raw))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UriProblem {
    TooLong,
    Invisible,
    Traversal,
}

impl UriProblem {
    pub fn describe(&self) -> &'static str {
        match self {
            UriProblem::TooLong => "is too long",
            UriProblem::Invisible => "contains control or invisible characters",
            UriProblem::Traversal => {
                "contains '..' segments, encoded slashes or backslashes (path traversal)"
            }
        }
    }
}

/// Refuses resource URIs that could mean something else to the server than
/// to a glob: `..` segments (also percent-encoded), encoded `/` or `\`.
pub fn check_uri(uri: &str) -> Result<(), UriProblem> {
    if uri.len() > MAX_URI_BYTES {
        return Err(UriProblem::TooLong);
    }
    if uri.chars().any(is_invisible) {
        return Err(UriProblem::Invisible);
    }
    if uri.contains('\\') {
        return Err(UriProblem::Traversal);
    }
    let lower = uri.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") {
        return Err(UriProblem::Traversal);
    }
    let decoded = lower.replace("%2e", ".");
    // Only the part before any query or fragment is a path.
    let path = decoded.split(['?', '#']).next().unwrap_or_default();
    if path.split('/').any(|seg| seg == "..") {
        return Err(UriProblem::Traversal);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_names_accept_ordinary_tool_names() {
        for name in [
            "get_ticket",
            "search-tickets",
            "v2.lookup",
            "github/create_issue",
            "A1",
        ] {
            assert_eq!(check_name(name, ToolNameRule::Strict), Ok(()), "{name}");
        }
    }

    #[test]
    fn strict_names_refuse_tricks() {
        let cases: &[(&str, NameProblem)] = &[
            ("", NameProblem::Empty),
            ("delete\u{200b}_db", NameProblem::Invisible),
            ("delete_db\u{202e}", NameProblem::Invisible),
            ("delete_db\u{e0041}", NameProblem::Invisible),
            ("delete db", NameProblem::Invisible),
            ("d\u{0435}lete_db", NameProblem::Disallowed('\u{0435}')),
            ("../delete_db", NameProblem::PathLike),
            ("tools//x", NameProblem::PathLike),
            ("/etc", NameProblem::PathLike),
        ];
        for (name, want) in cases {
            assert_eq!(
                check_name(name, ToolNameRule::Strict),
                Err(want.clone()),
                "{name:?}"
            );
        }
        assert_eq!(
            check_name(&"a".repeat(129), ToolNameRule::Strict),
            Err(NameProblem::TooLong)
        );
    }

    #[test]
    fn unicode_names_still_refuse_invisible_characters() {
        assert_eq!(check_name("résumé", ToolNameRule::Unicode), Ok(()));
        assert_eq!(
            check_name("d\u{0435}lete_db", ToolNameRule::Unicode),
            Ok(())
        );
        assert_eq!(
            check_name("re\u{200d}sume", ToolNameRule::Unicode),
            Err(NameProblem::Invisible)
        );
    }

    #[test]
    fn folding_and_skeletons_unify_lookalikes() {
        assert_eq!(folded("Delete_DB"), "delete_db");
        assert_eq!(folded("ｄｅｌｅｔｅ"), "delete"); // fullwidth
        assert_eq!(skeleton("d\u{0435}lete_db"), skeleton("delete_db")); // Cyrillic e
        assert_eq!(skeleton("DELETE_DB"), skeleton("delete_db"));
        assert_ne!(skeleton("get_ticket"), skeleton("delete_db"));
    }

    #[test]
    fn ascii_fast_paths_match_the_general_path() {
        let mut names: Vec<String> = vec![
            "get_ticket".into(),
            "DELETE_DB".into(),
            "rn_m_vv_w_cl_d_0O_1lI|`'\"".into(),
            "search/tickets.v2-beta".into(),
            String::new(),
        ];
        for a in 0u8..128 {
            for b in 0u8..128 {
                names.push(String::from_utf8(vec![a, b, a]).unwrap());
            }
        }
        for n in names {
            assert_eq!(skeleton(&n), skeleton_general(&n), "{n:?}");
            assert_eq!(folded(&n), folded_general(&n), "{n:?}");
        }
    }

    #[test]
    fn uris_with_traversal_are_refused() {
        assert_eq!(check_uri("file:///docs/a.txt"), Ok(()));
        assert_eq!(check_uri("tickets://open/1?x=..%2"), Ok(()));
        for uri in [
            "file:///docs/../etc/passwd",
            "file:///docs/%2e%2e/etc/passwd",
            "file:///docs/%2E./etc",
            "file:///docs%2f..%2fetc",
            "file:///docs\\..\\etc",
        ] {
            assert_eq!(check_uri(uri), Err(UriProblem::Traversal), "{uri}");
        }
        assert_eq!(check_uri("file:///a\u{0}b"), Err(UriProblem::Invisible));
    }
}
