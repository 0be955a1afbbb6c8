//! The built-in detectors, in priority order (when two findings overlap, the
//! earlier detector wins: a GitHub token inside `token=…` is a
//! `github_token`, not a `generic_secret`).
//!
//! Patterns are compiled with ASCII classes only (`unicode(false)`): they
//! stay small, and the lazy DFA never gives up on non-ASCII text. Each
//! detector runs only in windows around its triggers (keywords found by one
//! Aho-Corasick pass, or runs of digits), so clean text costs one pass.

use super::engine::{Edge, MemberKey, Native, Validator};
use super::Category;

pub(crate) struct BuiltinSpec {
    pub name: &'static str,
    pub category: Category,
    pub default_on: bool,
    pub patterns: &'static [&'static str],
    pub native: Option<Native>,
    /// Case-insensitive ASCII keywords that trigger the detector.
    pub keywords: &'static [&'static str],
    /// Triggered by a run of at least this many digits (separators allowed).
    pub digits: Option<usize>,
    /// Window around a trigger: bytes before its start, after its end.
    pub back: usize,
    pub fwd: usize,
    pub left: Edge,
    pub right: Edge,
    pub validator: Validator,
    /// A JSON member whose key names the data (`"ssn": "123456789"`).
    pub member: Option<(MemberKey, &'static str)>,
}

const SEP: &str = r#"["']?[ \t]{0,3}(?::|=|:=|=>)[ \t]{0,3}["']?"#;

pub(crate) fn specs() -> Vec<BuiltinSpec> {
    use Category::{Personal, Secret};
    vec![
        BuiltinSpec {
            name: "private_key",
            category: Secret,
            default_on: true,
            // A whole PEM block; a block cut short (no END line) from BEGIN on.
            patterns: &[concat!(
                r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----",
                r"(?:[A-Za-z0-9+/=\r\n\t :,.\-\\]*?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----",
                r"|[A-Za-z0-9+/=\r\n\t :,.\-\\]*)"
            )],
            native: None,
            keywords: &["-----BEGIN"],
            digits: None,
            back: 0,
            fwd: 64 * 1024,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "jwt",
            category: Secret,
            default_on: true,
            patterns: &[r"eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*"],
            native: None,
            keywords: &["eyJ"],
            digits: None,
            back: 0,
            fwd: 16 * 1024,
            left: Edge::NotToken,
            right: Edge::NotToken,
            validator: Validator::Jwt,
            member: None,
        },
        BuiltinSpec {
            name: "aws_access_key_id",
            category: Secret,
            default_on: true,
            patterns: &[
                r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}",
            ],
            native: None,
            keywords: &[
                "A3T", "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA",
                "ANVA", "APKA",
            ],
            digits: None,
            back: 0,
            fwd: 24,
            left: Edge::NotAlnum,
            right: Edge::NotAlnum,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "aws_secret_access_key",
            category: Secret,
            default_on: true,
            patterns: &[const_format_sep::AWS_SECRET],
            native: None,
            keywords: &["secret"],
            digits: None,
            back: 48,
            fwd: 120,
            left: Edge::Any,
            right: Edge::NotB64,
            validator: Validator::AwsSecret,
            member: Some((MemberKey::AwsSecret, r"\A[A-Za-z0-9/+]{40}\z")),
        },
        BuiltinSpec {
            name: "github_token",
            category: Secret,
            default_on: true,
            patterns: &[
                r"(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}",
                r"github_pat_[A-Za-z0-9_]{22,251}",
            ],
            native: None,
            keywords: &["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
            digits: None,
            back: 0,
            fwd: 270,
            left: Edge::NotAlnum,
            right: Edge::NotWord,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "gitlab_token",
            category: Secret,
            default_on: true,
            patterns: &[concat!(
                r"(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|gloas|glimt|glagent)-",
                r"[A-Za-z0-9_\-]{20,64}(?:\.[A-Za-z0-9_\-]{2,20}){0,2}"
            )],
            native: None,
            keywords: &[
                "glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glsoat-", "glcbt-", "gloas-",
                "glimt-", "glagent-",
            ],
            digits: None,
            back: 0,
            fwd: 120,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "slack_token",
            category: Secret,
            default_on: true,
            patterns: &[
                r"xox[abprse]-[0-9A-Za-z]{1,40}(?:-[0-9A-Za-z]{1,64}){1,4}",
                r"xapp-[0-9]-[A-Z0-9]{6,16}-[0-9]{6,16}-[A-Za-z0-9]{32,80}",
            ],
            native: None,
            keywords: &["xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "xoxe-", "xapp-"],
            digits: None,
            back: 0,
            fwd: 260,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::MinLen(24),
            member: None,
        },
        BuiltinSpec {
            name: "stripe_key",
            category: Secret,
            default_on: true,
            patterns: &[r"(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,247}"],
            native: None,
            keywords: &["sk_live_", "rk_live_", "sk_test_", "rk_test_"],
            digits: None,
            back: 0,
            fwd: 260,
            left: Edge::NotAlnum,
            right: Edge::NotWord,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "google_api_key",
            category: Secret,
            default_on: true,
            patterns: &[r"AIza[0-9A-Za-z_\-]{35}"],
            native: None,
            keywords: &["AIza"],
            digits: None,
            back: 0,
            fwd: 40,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "anthropic_api_key",
            category: Secret,
            default_on: true,
            patterns: &[r"sk-ant-(?:api|admin|sid|oat|ort)[0-9]{2}-[A-Za-z0-9_\-]{20,200}"],
            native: None,
            keywords: &["sk-ant-"],
            digits: None,
            back: 0,
            fwd: 230,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "openai_api_key",
            category: Secret,
            default_on: true,
            patterns: &[
                r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,200}",
                r"sk-[A-Za-z0-9]{32,64}",
            ],
            native: None,
            keywords: &["sk-"],
            digits: None,
            back: 0,
            fwd: 230,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::Mixed,
            member: None,
        },
        BuiltinSpec {
            name: "url_credentials",
            category: Secret,
            default_on: true,
            // scheme://user:password@host — only the password is the finding.
            patterns: &[concat!(
                r"[A-Za-z][A-Za-z0-9+.\-]{1,31}://[A-Za-z0-9._~%!$&'()*+,;=\-]{1,128}:",
                r"(?P<value>[A-Za-z0-9._~%!$&'()*+,;=:\-]{1,256})@[A-Za-z0-9\-\[]"
            )],
            native: None,
            keywords: &["://"],
            digits: None,
            back: 40,
            fwd: 420,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::UrlPassword,
            member: None,
        },
        BuiltinSpec {
            name: "generic_secret",
            category: Secret,
            default_on: true,
            patterns: &[
                const_format_sep::GENERIC_ASSIGN,
                r"(?i:bearer)[ \t]+(?P<value>[A-Za-z0-9_\-.~+/]{16,2048}=*)",
                r"(?i:basic)[ \t]+(?P<value>[A-Za-z0-9+/]{8,1024}={0,2})",
                r"--(?P<key>[A-Za-z][A-Za-z0-9\-]{1,40})[ =](?P<value>[A-Za-z0-9_\-+/=.~!@#$%^*?]{8,256})",
            ],
            native: None,
            keywords: &[
                "key", "token", "secret", "passw", "pwd", "passphrase", "credential", "bearer",
                "basic",
            ],
            digits: None,
            back: 64,
            fwd: 300,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::Generic,
            member: Some((MemberKey::Generic, r"\A[!-~]{8,1024}\z")),
        },
        BuiltinSpec {
            name: "payment_card",
            category: Personal,
            default_on: true,
            patterns: &[],
            native: Some(Native::Card),
            keywords: &[],
            digits: Some(13),
            back: 2,
            fwd: 2,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "iban",
            category: Personal,
            default_on: true,
            patterns: &[r"[A-Z]{2}[0-9]{2}(?:[ \-]?[A-Z0-9]){11,30}"],
            native: None,
            keywords: &[],
            digits: Some(4),
            back: 40,
            fwd: 40,
            left: Edge::NotAlnum,
            right: Edge::Any,
            validator: Validator::Iban,
            member: None,
        },
        BuiltinSpec {
            name: "us_ssn",
            category: Personal,
            default_on: true,
            patterns: &[
                r"[0-9]{3}-[0-9]{2}-[0-9]{4}",
                r"[0-9]{3} [0-9]{2} [0-9]{4}",
                concat!(
                    r"(?i:ssn|social security(?: number| no\.?)?|soc\.? ?sec\.?(?: no\.?)?)",
                    r"[ \t]*[:#=]?[ \t]*(?:is[ \t]+)?(?P<value>[0-9]{9})"
                ),
            ],
            native: None,
            keywords: &["ssn", "social security", "soc sec", "soc. sec", "socsec"],
            digits: Some(9),
            back: 4,
            fwd: 60,
            left: Edge::Numeric,
            right: Edge::Numeric,
            validator: Validator::Ssn,
            member: Some((MemberKey::Ssn, r"\A[0-9]{3}-?[0-9]{2}-?[0-9]{4}\z")),
        },
        BuiltinSpec {
            name: "email",
            category: Personal,
            default_on: true,
            patterns: &[r"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,24}"],
            native: None,
            keywords: &["@"],
            digits: None,
            back: 70,
            fwd: 300,
            left: Edge::NotEmailLocal,
            right: Edge::NotToken,
            validator: Validator::Email,
            member: None,
        },
        BuiltinSpec {
            name: "phone_number",
            category: Personal,
            default_on: true,
            patterns: &[
                // +CC international (E.164 with or without separators, "(0)" trunk)
                r"\+[1-9][0-9]{0,2}(?:[ .\-]?\(0\))?(?:[ .\-]?\(?[0-9]{1,5}\)?){1,6}",
                // North America: (555) 123-4567, 555-123-4567, 1-555-123-4567
                r"(?:1[ .\-])?(?:\([2-9][0-9]{2}\)[ .\-]?|[2-9][0-9]{2}[ .\-])[2-9][0-9]{2}[ .\-][0-9]{4}",
                // UK: 020 7946 0958, 07700 900123
                r"0[1-9][0-9]{1,3} [0-9]{3,4} ?[0-9]{3,4}",
                // France: 01 23 45 67 89
                r"0[1-9](?:[ .][0-9]{2}){4}",
                // Germany: 030 12345678, 089/1234567, 0171-1234567
                r"0[1-9][0-9]{1,4}[ /\-][0-9]{4,9}",
            ],
            native: None,
            keywords: &[],
            digits: Some(7),
            back: 8,
            fwd: 4,
            left: Edge::Numeric,
            right: Edge::Numeric,
            validator: Validator::Phone,
            member: Some((MemberKey::Phone, r"\A\+?[0-9][0-9 ().\-]{5,22}[0-9]\z")),
        },
        BuiltinSpec {
            name: "ipv4",
            category: Personal,
            default_on: false,
            patterns: &[concat!(
                r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}",
                r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
            )],
            native: None,
            keywords: &[],
            digits: Some(4),
            back: 1,
            fwd: 1,
            left: Edge::NotIpv4,
            right: Edge::Numeric,
            validator: Validator::None,
            member: None,
        },
        BuiltinSpec {
            name: "ipv6",
            category: Personal,
            default_on: false,
            patterns: &[r"[0-9A-Fa-f:.]{3,45}"],
            native: None,
            keywords: &[":"],
            digits: None,
            back: 45,
            fwd: 45,
            left: Edge::NotIpv6,
            right: Edge::NotIpv6,
            validator: Validator::Ipv6,
            member: None,
        },
    ]
}

/// Patterns assembled from the shared `key: value` separator.
mod const_format_sep {
    // `SEP` is spelled out in each (concat! takes literals only); keep them in step.
    pub const AWS_SECRET: &str = concat!(
        r"(?i:aws[A-Za-z0-9_.\-]{0,24}secret[A-Za-z0-9_.\-]{0,24}|secret[_.\-]?access[_.\-]?key)",
        r#"["']?[ \t]{0,3}(?::|=|:=|=>)[ \t]{0,3}["']?"#,
        r"(?P<value>[A-Za-z0-9/+]{40})"
    );
    pub const GENERIC_ASSIGN: &str = concat!(
        r"(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,63})",
        r#"["']?[ \t]{0,3}(?::|=|:=|=>)[ \t]{0,3}["']?"#,
        r"(?P<value>[A-Za-z0-9_\-+/=.~!@#$%^*?]{8,256})"
    );
}

#[cfg(test)]
#[test]
fn shared_separator_is_spelled_the_same_in_every_assignment_pattern() {
    assert!(const_format_sep::AWS_SECRET.contains(SEP));
    assert!(const_format_sep::GENERIC_ASSIGN.contains(SEP));
}
