//! Glob patterns for policy names: `*` matches any run of characters
//! (including none, including `/`), `?` exactly one character; everything
//! else is literal. Matching is linear-time (no backtracking blow-up).

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    pattern: Vec<char>,
    /// No wildcard: compare as a plain string.
    literal: Option<String>,
}

impl Glob {
    pub fn new(pattern: &str) -> Glob {
        let literal = if pattern.contains(['*', '?']) {
            None
        } else {
            Some(pattern.to_string())
        };
        Glob {
            pattern: pattern.chars().collect(),
            literal,
        }
    }

    pub fn as_literal(&self) -> Option<&str> {
        self.literal.as_deref()
    }

    pub fn is_match(&self, text: &str) -> bool {
        if let Some(lit) = &self.literal {
            return lit == text;
        }
        // Classic two-pointer wildcard match: on mismatch, retry from the last
        // `*` with one more character consumed. O(len(p) * len(t)) worst case.
        // `t` is a byte offset on char boundaries (no per-call Vec of chars:
        // this runs for every list item against every name pattern).
        let next = |at: usize| text.get(at..).and_then(|s| s.chars().next());
        let (mut p, mut t) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while let Some(tc) = next(t) {
            match self.pattern.get(p) {
                Some('*') => {
                    star = Some((p, t));
                    p += 1;
                }
                Some(&c) if c == '?' || c == tc => {
                    p += 1;
                    t += tc.len_utf8();
                }
                _ => match star {
                    Some((sp, st)) => {
                        let st = st + next(st).map_or(1, char::len_utf8);
                        p = sp + 1;
                        t = st;
                        star = Some((sp, st));
                    }
                    None => return false,
                },
            }
        }
        self.pattern
            .get(p..)
            .is_some_and(|rest| rest.iter().all(|&c| c == '*'))
    }
}

/// Any of several globs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GlobSet {
    globs: Vec<Glob>,
}

impl GlobSet {
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> GlobSet {
        GlobSet {
            globs: patterns.iter().map(|p| Glob::new(p.as_ref())).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.globs.is_empty()
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.globs.iter().any(|g| g.is_match(text))
    }

    /// The patterns without wildcards.
    pub fn literals(&self) -> impl Iterator<Item = &str> {
        self.globs.iter().filter_map(Glob::as_literal)
    }

    pub fn any_match<'a>(&self, mut texts: impl Iterator<Item = &'a str>) -> bool {
        texts.any(|t| self.is_match(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_as_documented() {
        let cases: &[(&str, &str, bool)] = &[
            ("get_ticket", "get_ticket", true),
            ("get_ticket", "get_tickets", false),
            ("get_*", "get_ticket", true),
            ("get_*", "get_", true),
            ("get_*", "set_ticket", false),
            ("*", "", true),
            ("*", "anything/at/all", true),
            ("a?c", "abc", true),
            ("a?c", "ac", false),
            ("*_admin", "db_admin", true),
            ("*_admin", "db_admin_x", false),
            ("file:///docs/*", "file:///docs/a/b.txt", true),
            ("file:///docs/*", "file:///etc/passwd", false),
            ("a*b*c", "aXbYc", true),
            ("a*b*c", "aXbY", false),
            ("**", "x", true),
            ("résumé_*", "résumé_1", true),
            // Multi-byte text under `?` and under a retried `*`.
            ("a?c", "aéc", true),
            ("*ü", "üüa", false),
            ("*üa", "üüüa", true),
            ("é*é?", "ééxéö", true),
        ];
        for (pattern, text, want) in cases {
            assert_eq!(
                Glob::new(pattern).is_match(text),
                *want,
                "{pattern} vs {text}"
            );
        }
    }

    #[test]
    fn a_pathological_pattern_stays_fast() {
        let g = Glob::new("*a*a*a*a*a*a*a*a*b");
        let text = "a".repeat(2000);
        assert!(!g.is_match(&text));
    }
}
