//! DLP: secrets and personal data in tool arguments and results (issue 5).
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `dlp` section deserializes into [`DlpConfig`], each server's optional
//! `dlp` section into [`ServerDlpConfig`]; [`Dlp::compile`] validates both in one
//! fallible step (errors name the JSON path) and returns the runtime form.
//!
//! # Turning it on
//!
//! DLP scans a server when that server has a `dlp` section (`{}` or
//! `{"enabled": true}` is enough), or when the top level says
//! `"allServers": true`. The top-level section is optional: leaving it out
//! means all defaults. With no section anywhere DLP is off and costs nothing.
//!
//! # Defaults (what `"dlp": {}` does)
//!
//! | category | detectors | request (arguments, client answers) | response (results, server requests) |
//! |---|---|---|---|
//! | `secret` | `private_key`, `jwt`, `aws_access_key_id`, `aws_secret_access_key`, `github_token`, `gitlab_token`, `slack_token`, `webhook_url`, `stripe_key`, `google_api_key`, `anthropic_api_key`, `openai_api_key`, `url_credentials`, `generic_secret` | `block` | `redact` |
//! | `personal` | `payment_card`, `iban`, `us_ssn`, `email`, `phone_number` (on); `ipv4`, `ipv6` (off until `enable`d) | `record` | `record` |
//!
//! Custom detectors take the defaults of their `category` (default `secret`).
//! Per-message scan budget 4 MiB of string data; over it the message is
//! blocked (`scan_budget_exceeded`). Redaction writes `[REDACTED:<detector>]`.
//!
//! # Choosing actions
//!
//! `actions` entries (top level: every scanned server; a server's own: that
//! server) pick an action for a `detector` (a name, or `"*"` for all) or a
//! `category`, in a `direction` (`request`, `response`, default both):
//! `block` (the message is refused, naming the detector, never the value),
//! `redact` (masked in place; `mask`: `full` or `last4`), `record` (passes,
//! reported) or `ignore`. Resolution for one detector and direction: the
//! server's entries beat the top level's; within one list a named detector
//! beats a category beats `"*"`, and an exact direction beats `both`; two
//! entries that tie are a config error.
//!
//! `"mode": "shadow"` (top level or per server) blocks and changes nothing:
//! the verdict says what would have happened (`WouldBlock`, `WouldRedact`).
//!
//! # Example (copy into the README)
//!
//! ```jsonc
//! {
//!   "dlp": {
//!     "enable": ["ipv4"],                       // built-ins that are off by default
//!     "disable": ["phone_number"],              // built-ins to turn off everywhere
//!     "detectors": [                            // custom detectors
//!       { "name": "employee_id", "category": "personal",
//!         "pattern": "\\bEMP-[0-9]{6}\\b", "keywords": ["EMP-"] },
//!       { "name": "loyalty_card", "category": "personal",
//!         "pattern": "\\b7[0-9]{15}\\b", "validator": "luhn" },
//!       { "name": "internal_token", "pattern": "itk_(?P<value>[a-z0-9]{32})",
//!         "keywords": ["itk_"] }                // only the `value` group is masked
//!     ],
//!     "actions": [                              // every scanned server
//!       { "detector": "payment_card", "action": "redact", "mask": "last4" }
//!     ],
//!     "allServers": false,                      // true: scan servers without a dlp section
//!     "mode": "enforce",                        // or "shadow"
//!     "scanBudgetBytes": 4194304,               // string bytes scanned per message
//!     "overBudget": "block",                    // or "record" (fail open, reported)
//!     "decodeBase64": false,                    // also scan base64 runs (decoded)
//!     "base64MinLength": 32,
//!     "minEntropy": 3.0,                        // generic_secret: bits per character
//!     "mask": "full",                           // default mask: "full" or "last4"
//!     "minConfidence": { "*": "low", "generic_secret": "medium" },  // or one level: "medium"
//!     "decodeNestedJson": true,                 // JSON held in strings is scanned as JSON
//!     "nestedJsonMaxBytes": 1048576,            // longest string parsed as JSON
//!     "detectorOptions": {                      // options of single built-ins
//!       "email": { "roleMailboxes": false }     // true: report support@, billing@ … too
//!     }
//!   },
//!   "servers": [
//!     { "name": "tickets", "...": "...",
//!       "dlp": {
//!         "mode": "shadow",
//!         "decodeBase64": true,
//!         "minConfidence": { "personal": "high" },  // beats the top level's entries
//!         "actions": [
//!           { "category": "personal", "direction": "response", "action": "redact" },
//!           { "detector": "email", "action": "record" },
//!           { "detector": "*", "direction": "request", "action": "block" }
//!         ] } },
//!     { "name": "notes", "...": "...", "dlp": { "enabled": true } }
//!   ]
//! }
//! ```
//!
//! # What is scanned
//!
//! [`Dlp::inspect`] takes one parsed JSON-RPC message and scans every member
//! except the envelope (`jsonrpc`, `id`, `method`): `params` of requests and
//! notifications, `result` and `error` of responses. Every string value and
//! every object key is scanned (keys are redacted too, e.g. a map keyed by
//! email address); integers of 7 digits or more are scanned as text (a card
//! number sent as a JSON number becomes a masked string). Strings come
//! unescaped from `serde_json`, so `\u0041KIA…` is found like `AKIA…`.
//! A member's key gives context to its value: `{"password": "…"}`,
//! `{"ssn": "123456789"}`, `{"phone": "5550101234"}`.
//!
//! A string that holds a JSON object or array (a tool result whose text is
//! serialised JSON) is parsed and its members are scanned as JSON instead
//! of its text, so escapes inside it (`\u0041KIA…`, `\/`) are undone and
//! member names give context; a redaction rewrites the inner document
//! (compact, or indented when it had line breaks) and the outer string
//! stays valid JSON. Bounded: `nestedJsonMaxBytes` per string, three
//! documents deep; a document with a duplicate member is scanned as text.
//! `"decodeNestedJson": false` turns this off.
//!
//! Findings carry the detector name, category, direction, action, count,
//! confidence and signals — never the matched value.
//!
//! # Confidence and signals
//!
//! Each match is graded ([`Confidence`]): `high` when the value's own
//! structure says what it is (vendor prefix and format, a check digit, a
//! PEM body, a JWT header, a chat webhook path) or a key names it and it
//! looks random; `medium` when the shape fits and a label nearby names it
//! (an AWS secret in prose or under a `Secret access key` column, nine bare
//! digits near "SSN", national phone formats, a short value under a
//! credential key) or the value says it is for test mode (`sk_test_`); `low` for weak evidence (a value under 10 characters
//! under a credential key). `minConfidence` drops matches below a level:
//! one level for all (`"medium"`), or levels per detector name, category or
//! `"*"` (a name beats a category beats `"*"`; a server's entries beat the
//! top level's). Default `low`: everything is reported. Unknown or
//! turned-off detector names are config errors naming
//! `dlp.minConfidence.<name>`.
//!
//! A finding's `signals` say why it was reported, from [`SIGNAL_NAMES`]:
//! `format`, `checksum`, `key_name`, `label`, `context`, `entropy`,
//! `nested_json`, `base64`, `custom_pattern`, `budget`, `url_encoded`; its
//! `confidence` is
//! the highest among the matches it counts.
//!
//! # How detection works (and what it will not catch)
//!
//! Detectors are compiled once by [`Dlp::compile`]. A string is scanned by
//! one keyword pass (Aho-Corasick: `ghp_`, `AKIA`, `@`, `password`…) and one
//! digit-run pass; each triggered detector runs its regex (regex-automata,
//! ASCII classes; e-mail also Latin, Greek and Cyrillic letters, for
//! internationalised mailboxes) only in a window around its triggers, then
//! a validator
//! (Luhn and issuer prefix, IBAN country length and mod-97, SSN issuance
//! rules, JWT header, PEM body, entropy and placeholder checks) decides.
//! Every vendor-format secret is also checked against documentation:
//! marker words (`EXAMPLE`, `xxxx`, `your`, `not-a-real`…), published
//! example values (Stripe's documented test key, the jwt.io sample), bodies
//! with few distinct characters (`ghp_XXXX…`, `T00000000`) or counting
//! runs (`1234567890`, `xoxp-12345-67890-…-abcdefg`) are not findings,
//! nor is a secret shown cut off (`ghp_x0Sm…`, `sk-ant-… […]`; an ellipsis
//! after a blank is a search snippet's edge, not a cut); generic secrets
//! also skip media types (`application/json`), UUIDs,
//! references (`$VAR`, `${VAR}`, `%VAR%`, `env:…`, `op://…`,
//! `os.environ[…]`), ISO timestamps, names inside ARNs (`…:secret:rds!db-…`),
//! Stripe publishable keys, cart/checkout tokens and ciphertext (keys or
//! YAML parents named `encrypted…`, OpenPGP messages, SealedSecret values).
//! A PEM header needs a key body after it. Personal
//! data skips documentation too: addresses at names reserved for it
//! (`example.com`/`.org`/`.net` and their subdomains, `.example`, `.test`),
//! message ids in `Message-ID:`/`In-Reply-To:`/`References:` headers,
//! numbers reserved for fiction (NANP 555-01xx, Ofcom's drama ranges,
//! ACMA's 0491 570 block and 5550/7010 landlines, North American layouts
//! with an impossible area code or exchange) and freephone lines (NANP 8xx
//! toll-free, 0800/0808, 0120, 0801-0805, 1800/1300, 400, nine-digit
//! 800/900, and the same after a country code: `+49 800 …`), nine digits
//! after a routing-number label, VERP return paths (`bounce-…@`), shared
//! mailboxes in other languages (`datenschutz@`, `facturacion@`) unless
//! role mailboxes are asked for, card numbers with eight zeros in a row
//! (processors' scenario cards), password-manager entry paths
//! (`Ops/Jenkins`),
//! the IBANs standards print as examples, and URL logins whose password
//! repeats the user (`guest:guest@`). Overlapping
//! findings keep the more specific detector (custom detectors first, then
//! the order of the table above: `iban` before `payment_card`, `ipv6` before
//! `ipv4`). Custom keywords match in lower, UPPER, Capitalized and Title
//! Case, and as written.
//!
//! Context rules: an AWS secret (40 characters with upper case, lower case
//! and digits) is found without an assignment when `secret access key`,
//! `secret key`, `SECRETKEY` or an access key id (`AKIA…`, `ASIA…`) is
//! within about 160 bytes before or 320 after it (prose, Markdown tables,
//! the console's CSV export); nine bare digits are an SSN when an SSN label
//! is within 40 bytes before or 400 after (`SSN on file: …`, a quoted
//! value, a CSV column), unless the label follows a negation (`300905426
//! (not an SSN)`), another label names them on their own line (`Member
//! ID ....... 725607066`, `Policy no: …`) or they continue a number
//! wrapped after its hyphen; `user:password@host` is not an e-mail address; a `+1`
//! number needs a North American area code and exchange (2-9), so
//! `+1 000 000 0000` is a placeholder; a FHIR identifier or contact point
//! is named by its `system` (`…/sid/us-ssn`, `phone`); a Terraform
//! `random_password`'s `result` is a password, and an output marked
//! `"sensitive": true` is a secret named by its output; a value is named
//! by a sibling (`label`/`field`/`key`/`name` beside
//! `value`/`val`/`answer`/`text`/`new`/`old`), by its array's key (SCIM's
//! `phoneNumbers: [{value}]`) or by its column in a query result
//! (`rowType`/`schema.fields`/`columns` + `data`/`rows`); a key in another
//! script (`パスワード`, `пароль`, `電話番号`) names what an English key
//! would; a name/value pair
//! named like a login session (HAR cookies) is a session token; in a
//! table (CSV, TSV, `|` wiki and Markdown tables) a cell under a header
//! naming a secret, or in a row whose first cell names one, is a secret;
//! the word for password in other languages (`Passwort`, `senha`,
//! `mot de passe`) names a secret; Windows command lines
//! (`net user … /add`, `schtasks /rp`, `sqlcmd -P`,
//! `ConvertTo-SecureString '…' -AsPlainText`) carry passwords.
//!
//! Known limits, by design: a bare 40-character AWS secret, a bare 9-digit
//! SSN or a bare national phone number (`4155552671`) is only found with
//! context (a key or label near it); a number shaped like a North
//! American phone (`709-807-2525`) is a phone even when it is an ID; a
//! random 16-digit number with a card prefix passes Luhn one time in ten;
//! `ipv4` flags four-part version numbers; a random token body that happens
//! to contain a marker word (`fake`, `your`) is taken for a placeholder
//! (about one long token in a thousand); nine digits near an SSN label may
//! be another number. Adversarial input (a megabyte of
//! `@`) scans at tens of MB/s; `scanBudgetBytes` bounds it.

mod builtin;
mod engine;
mod nested;
pub(crate) mod validate;
mod walk;

#[cfg(test)]
mod tests;

use crate::error::ConfigError;
use crate::modes::Mode;
use engine::{Detector, Edge, Engine, Matcher, Validator, CUSTOM_VALIDATORS};
use regex_automata::meta;
use regex_automata::util::syntax;
use serde::Deserialize;
use std::sync::Arc;

/// Finding name for a message whose strings exceed the scan budget.
pub const SCAN_BUDGET_EXCEEDED: &str = "scan_budget_exceeded";

/// Every value [`Finding::signals`] can hold: `format` (a vendor prefix or
/// fixed structure), `checksum` (Luhn, mod-97, SSN issuance rules, a JWT
/// header, a PEM body), `key_name` (an assignment key or JSON member names
/// the data), `label` (a label right before it), `context` (a label or
/// related value nearby), `entropy` (random-looking), `nested_json` (inside
/// a JSON document held in a string), `base64` (inside decoded base64),
/// `custom_pattern` (a custom detector), `budget` (the scan budget ran out),
/// `url_encoded` (percent-encoded, as in a query string: `a%40b.com`).
pub const SIGNAL_NAMES: &[&str] = &[
    "format",
    "checksum",
    "key_name",
    "label",
    "context",
    "entropy",
    "nested_json",
    "base64",
    "custom_pattern",
    "budget",
    "url_encoded",
];

fn signal_names(bits: u16) -> Vec<&'static str> {
    SIGNAL_NAMES
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 9 && bits & (1 << i) != 0)
        .map(|(_, n)| *n)
        .collect()
}

/// Default per-message scan budget (bytes of string data, decoded base64 included).
pub const DEFAULT_SCAN_BUDGET: usize = 4 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Config (strict serde, camelCase)
// ---------------------------------------------------------------------------

/// The top-level `dlp` section.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DlpConfig {
    /// Built-in detectors that are off by default to turn on (`ipv4`, `ipv6`).
    #[serde(default)]
    pub enable: Vec<String>,
    /// Built-in detectors to turn off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Custom detectors.
    #[serde(default)]
    pub detectors: Vec<CustomDetectorConfig>,
    /// Actions for every scanned server (a server's own `actions` win).
    #[serde(default)]
    pub actions: Vec<ActionConfig>,
    /// Scan servers that have no `dlp` section too.
    #[serde(default)]
    pub all_servers: bool,
    #[serde(default)]
    pub mode: Mode,
    #[serde(default = "default_budget")]
    pub scan_budget_bytes: usize,
    #[serde(default)]
    pub over_budget: OverBudget,
    #[serde(default)]
    pub decode_base64: bool,
    #[serde(default = "default_b64_min")]
    pub base64_min_length: usize,
    #[serde(default = "default_min_entropy")]
    pub min_entropy: f64,
    #[serde(default)]
    pub mask: MaskStyle,
    /// Findings below this confidence are dropped (a level for every
    /// detector, or per detector / category / `"*"`). Default `low`: all.
    #[serde(default)]
    pub min_confidence: Option<MinConfidence>,
    /// Strings that hold a JSON document are parsed and their members
    /// scanned (and redacted) as JSON (default true).
    #[serde(default = "default_true")]
    pub decode_nested_json: bool,
    /// Longest string parsed as nested JSON (bytes; default 1 MiB).
    #[serde(default = "default_nested_max")]
    pub nested_json_max_bytes: usize,
    /// Options of single built-in detectors.
    #[serde(default)]
    pub detector_options: DetectorOptions,
}

/// `dlp.detectorOptions`: options of single built-in detectors, by name.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DetectorOptions {
    #[serde(default)]
    pub email: EmailOptions,
}

/// `dlp.detectorOptions.email`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EmailOptions {
    /// Also report role mailboxes (`support@`, `billing@`, `security@` …).
    /// Default false: they name a function, not a person. No-reply
    /// senders, service accounts and reserved example domains are never
    /// reported.
    #[serde(default)]
    pub role_mailboxes: bool,
}

fn default_nested_max() -> usize {
    1 << 20
}

fn default_budget() -> usize {
    DEFAULT_SCAN_BUDGET
}
fn default_b64_min() -> usize {
    32
}
fn default_min_entropy() -> f64 {
    3.0
}
fn default_true() -> bool {
    true
}

impl Default for DlpConfig {
    fn default() -> Self {
        DlpConfig {
            enable: Vec::new(),
            disable: Vec::new(),
            detectors: Vec::new(),
            actions: Vec::new(),
            all_servers: false,
            mode: Mode::Enforce,
            scan_budget_bytes: default_budget(),
            over_budget: OverBudget::Block,
            decode_base64: false,
            base64_min_length: default_b64_min(),
            min_entropy: default_min_entropy(),
            mask: MaskStyle::Full,
            min_confidence: None,
            decode_nested_json: true,
            nested_json_max_bytes: default_nested_max(),
            detector_options: DetectorOptions::default(),
        }
    }
}

/// A server's own `dlp` section (`servers[i].dlp`). Present means enabled
/// unless `"enabled": false`; unset fields inherit the top level.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerDlpConfig {
    #[serde(default = "default_true")]
    pub enabled: bool,
    #[serde(default)]
    pub mode: Option<Mode>,
    #[serde(default)]
    pub actions: Vec<ActionConfig>,
    #[serde(default)]
    pub scan_budget_bytes: Option<usize>,
    #[serde(default)]
    pub over_budget: Option<OverBudget>,
    #[serde(default)]
    pub decode_base64: Option<bool>,
    #[serde(default)]
    pub mask: Option<MaskStyle>,
    /// Overrides the top level's levels (entry by entry).
    #[serde(default)]
    pub min_confidence: Option<MinConfidence>,
    #[serde(default)]
    pub decode_nested_json: Option<bool>,
}

impl Default for ServerDlpConfig {
    fn default() -> Self {
        ServerDlpConfig {
            enabled: true,
            mode: None,
            actions: Vec::new(),
            scan_budget_bytes: None,
            over_budget: None,
            decode_base64: None,
            mask: None,
            min_confidence: None,
            decode_nested_json: None,
        }
    }
}

/// How sure a detector is about one finding.
///
/// * `high`: the value's own structure says what it is (a vendor prefix and
///   format, a check digit, a PEM body, a JWT header), or a key names it
///   and the value looks random;
/// * `medium`: the shape fits and a label or key nearby names the data (a
///   40-character string near "secret access key", nine digits under an
///   SSN column, a national phone format);
/// * `low`: weak evidence only (a short or low-entropy value under a
///   credential-like key).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    #[default]
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// `minConfidence`: one level for every detector (`"medium"`), or levels
/// per detector name, category (`secret`, `personal`) or `"*"`
/// (`{"*": "medium", "generic_secret": "high"}`); a detector name beats a
/// category beats `"*"`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum MinConfidence {
    All(Confidence),
    Per(std::collections::BTreeMap<String, Confidence>),
}

/// A custom detector (`dlp.detectors[i]`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CustomDetectorConfig {
    /// 1-63 of `a-z 0-9 _`; reported in findings, errors, audit and metrics.
    pub name: String,
    /// Regex (Rust `regex` syntax). A named group `value` narrows what is
    /// reported and masked.
    pub pattern: String,
    /// Literals; when given, the regex runs only on strings containing one
    /// of them in lower, UPPER, Capitalized or Title Case (fast). Without
    /// keywords it runs on every string.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// One of `luhn`, `iban`, `us_ssn`, `jwt`, `entropy`.
    #[serde(default)]
    pub validator: Option<String>,
    #[serde(default = "default_custom_category")]
    pub category: Category,
    #[serde(default)]
    pub case_insensitive: bool,
}

fn default_custom_category() -> Category {
    Category::Secret
}

/// One `actions[i]` entry.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ActionConfig {
    /// A detector name, or `"*"` for every detector.
    #[serde(default)]
    pub detector: Option<String>,
    #[serde(default)]
    pub category: Option<Category>,
    #[serde(default)]
    pub direction: DirectionSelector,
    pub action: Action,
    /// Only with `"action": "redact"`.
    #[serde(default)]
    pub mask: Option<MaskStyle>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Secret,
    Personal,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::Personal => "personal",
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Block,
    Redact,
    Record,
    Ignore,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Block => "block",
            Action::Redact => "redact",
            Action::Record => "record",
            Action::Ignore => "ignore",
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MaskStyle {
    /// `[REDACTED:<detector>]`
    #[default]
    Full,
    /// Letters and digits become `*` except the last four
    /// (`****-****-****-1111`); spans with fewer than 8 are fully starred.
    Last4,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DirectionSelector {
    Request,
    Response,
    #[default]
    Both,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OverBudget {
    /// Fail closed: the message is refused (`scan_budget_exceeded`).
    #[default]
    Block,
    /// Pass the unscanned rest and report `scan_budget_exceeded`.
    Record,
}

// ---------------------------------------------------------------------------
// Runtime API
// ---------------------------------------------------------------------------

/// Which way a message travels. `Request`: client to server (tool arguments,
/// answers to sampling/elicitation). `Response`: server to client (results,
/// server-initiated requests and notifications).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Request,
    Response,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
        }
    }
    fn index(self) -> usize {
        match self {
            Direction::Request => 0,
            Direction::Response => 1,
        }
    }
}

/// What the stream must do with the message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Verdict {
    /// Nothing to act on (findings may still have been recorded).
    #[default]
    Pass,
    /// The message was changed in place; forward the re-serialized message.
    Redacted,
    /// Refuse the message (JSON-RPC error naming `detector`, never the value).
    Block { detector: String },
    /// Shadow mode: would have been refused; the message is unchanged.
    WouldBlock { detector: String },
    /// Shadow mode: would have been redacted; the message is unchanged.
    WouldRedact,
}

/// One detector's findings in one message. Never carries the matched value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Detector name (a built-in, a custom name from the policy, or
    /// [`SCAN_BUDGET_EXCEEDED`]): a bounded label set, safe for metrics.
    pub detector: String,
    /// `None` for [`SCAN_BUDGET_EXCEEDED`].
    pub category: Option<Category>,
    pub direction: Direction,
    /// The configured action (in shadow mode: what would have been done).
    pub action: Action,
    pub count: u32,
    /// The highest confidence among the counted matches (`High` for
    /// [`SCAN_BUDGET_EXCEEDED`]).
    pub confidence: Confidence,
    /// Why it was reported: the evidence seen across the counted matches,
    /// from [`SIGNAL_NAMES`] (bounded; safe for audit records).
    pub signals: Vec<&'static str>,
}

/// One detector's resolved action for a server and direction ([`Dlp::actions_for`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetectorAction {
    pub detector: String,
    pub category: Category,
    pub action: Action,
    pub mask: MaskStyle,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub verdict: Verdict,
    /// In detector priority order; the budget finding last.
    pub findings: Vec<Finding>,
}

impl Outcome {
    pub fn blocked(&self) -> bool {
        matches!(self.verdict, Verdict::Block { .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rule {
    pub action: Action,
    pub mask: MaskStyle,
}

#[derive(Debug, Clone)]
pub(crate) struct DirPlan {
    /// Index = detector.
    pub rules: Vec<Rule>,
    pub active: Vec<bool>,
    pub enabled: bool,
    pub any_redact: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct ServerPlan {
    pub shadow: bool,
    pub budget: usize,
    pub over_budget: OverBudget,
    /// Minimum run length when base64 decoding is on.
    pub base64: Option<usize>,
    /// Largest string parsed as nested JSON; `None` = off.
    pub nested_max: Option<usize>,
    /// Index = detector: findings below are dropped.
    pub min_conf: Vec<Confidence>,
    pub dirs: [DirPlan; 2],
}

/// The compiled DLP configuration. Cheap to clone (the detectors are shared).
#[derive(Debug, Clone, Default)]
pub struct Dlp {
    engine: Option<Arc<Engine>>,
    /// Index = server index; `None` = DLP off for that server.
    servers: Vec<Option<ServerPlan>>,
}

impl Dlp {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].dlp`.
    pub fn compile(
        top: Option<DlpConfig>,
        servers: &[(String, Option<ServerDlpConfig>)],
    ) -> Result<Dlp, ConfigError> {
        if top.is_none() && servers.iter().all(|(_, s)| s.is_none()) {
            return Ok(Dlp::default());
        }
        let top = top.unwrap_or_default();
        validate_top_numbers(&top)?;
        let engine = build_engine(&top)?;
        let names: Vec<&str> = engine.detectors.iter().map(|d| d.name.as_str()).collect();
        let top_actions = check_actions(&top.actions, "dlp.actions", &names, &engine)?;
        let mut plans = Vec::with_capacity(servers.len());
        for (i, (_name, section)) in servers.iter().enumerate() {
            let path = format!("servers[{i}].dlp");
            let own = match section {
                Some(s) => {
                    if s.scan_budget_bytes == Some(0) {
                        return Err(ConfigError::new(
                            format!("{path}.scanBudgetBytes"),
                            "must be at least 1 (bytes of string data scanned per message)",
                        ));
                    }
                    Some(check_actions(
                        &s.actions,
                        &format!("{path}.actions"),
                        &names,
                        &engine,
                    )?)
                }
                None => None,
            };
            let on = match section {
                Some(s) => s.enabled,
                None => top.all_servers,
            };
            if !on {
                plans.push(None);
                continue;
            }
            let s = section.clone().unwrap_or_default();
            let default_mask = s.mask.unwrap_or(top.mask);
            let shadow = s.mode.unwrap_or(top.mode) == Mode::Shadow;
            let mut dirs = Vec::with_capacity(2);
            for dir in [Direction::Request, Direction::Response] {
                let rules: Vec<Rule> = engine
                    .detectors
                    .iter()
                    .enumerate()
                    .map(|(d, det)| {
                        resolve_rule(
                            d,
                            det,
                            dir,
                            own.as_deref().unwrap_or(&[]),
                            &top_actions,
                            default_mask,
                        )
                    })
                    .collect();
                let active: Vec<bool> = rules.iter().map(|r| r.action != Action::Ignore).collect();
                dirs.push(DirPlan {
                    enabled: active.iter().any(|a| *a),
                    any_redact: rules.iter().any(|r| r.action == Action::Redact),
                    rules,
                    active,
                });
            }
            let (Some(resp), Some(req)) = (dirs.pop(), dirs.pop()) else {
                return Err(ConfigError::new(path, "internal error building DLP plan"));
            };
            let b64 = s.decode_base64.unwrap_or(top.decode_base64);
            let nested = s.decode_nested_json.unwrap_or(top.decode_nested_json);
            let min_conf = min_confidence(
                &engine,
                top.min_confidence.as_ref(),
                s.min_confidence.as_ref(),
                &path,
            )?;
            plans.push(Some(ServerPlan {
                shadow,
                budget: s.scan_budget_bytes.unwrap_or(top.scan_budget_bytes),
                over_budget: s.over_budget.unwrap_or(top.over_budget),
                base64: b64.then_some(top.base64_min_length),
                nested_max: nested.then_some(top.nested_json_max_bytes),
                min_conf,
                dirs: [req, resp],
            }));
        }
        Ok(Dlp {
            engine: Some(Arc::new(engine)),
            servers: plans,
        })
    }

    fn plan(&self, server: usize, dir: Direction) -> Option<(&Engine, &ServerPlan, &DirPlan)> {
        let engine = self.engine.as_deref()?;
        let plan = self.servers.get(server)?.as_ref()?;
        let dp = plan.dirs.get(dir.index())?;
        dp.enabled.then_some((engine, plan, dp))
    }

    /// Whether any detector is active for this server and direction; when
    /// false the stream can skip parsing for DLP.
    pub fn enabled_for(&self, server: usize, dir: Direction) -> bool {
        self.plan(server, dir).is_some()
    }

    /// Whether any server has DLP on (the stage is built only then).
    pub fn any_enabled(&self) -> bool {
        self.engine.is_some() && self.servers.iter().any(Option::is_some)
    }

    /// Whether [`Dlp::inspect`] may change messages of this server and
    /// direction (a `redact` action, not in shadow mode), so the stream
    /// drops `content-length` early. With the policy-wide shadow mode the
    /// stream should treat this as false.
    pub fn may_rewrite(&self, server: usize, dir: Direction) -> bool {
        self.plan(server, dir)
            .is_some_and(|(_, plan, dp)| dp.any_redact && !plan.shadow)
    }

    /// Whether the server's DLP runs in shadow mode.
    pub fn shadow(&self, server: usize) -> bool {
        self.servers
            .get(server)
            .and_then(Option::as_ref)
            .is_some_and(|p| p.shadow)
    }

    /// What each active detector does on this server in this direction
    /// (`Ignore`d and disabled detectors left out), in detector priority
    /// order, and whether the server's DLP runs in shadow mode. Empty when
    /// DLP is off for the server. For `mcp-warden explain`.
    pub fn actions_for(&self, server: usize, dir: Direction) -> (Vec<DetectorAction>, bool) {
        let Some((engine, plan, dp)) = self.plan(server, dir) else {
            return (Vec::new(), false);
        };
        let actions = engine
            .detectors
            .iter()
            .zip(dp.rules.iter())
            .zip(dp.active.iter())
            .filter(|(_, active)| **active)
            .map(|((det, rule), _)| DetectorAction {
                detector: det.name.clone(),
                category: det.category,
                action: rule.action,
                mask: rule.mask,
            })
            .collect();
        (actions, plan.shadow)
    }

    /// Every detector name findings can carry (built-ins that are on, custom
    /// detectors, [`SCAN_BUDGET_EXCEEDED`]): the label set for metrics.
    pub fn detector_names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .engine
            .as_deref()
            .map(|e| e.detectors.iter().map(|d| d.name.as_str()).collect())
            .unwrap_or_default();
        if self.engine.is_some() {
            v.push(SCAN_BUDGET_EXCEEDED);
        }
        v
    }

    /// Scans one JSON-RPC message (see the module docs for what is scanned),
    /// applies the server's actions — redacting in place unless in shadow
    /// mode — and reports findings. Never panics; never echoes values.
    pub fn inspect(
        &self,
        server: usize,
        dir: Direction,
        message: &mut serde_json::Value,
    ) -> Outcome {
        self.inspect_with(server, dir, message, false)
    }

    /// [`Dlp::inspect`] with the policy-wide shadow flag: `shadow = true`
    /// acts as if the server's DLP were in shadow mode.
    pub fn inspect_with(
        &self,
        server: usize,
        dir: Direction,
        message: &mut serde_json::Value,
        shadow: bool,
    ) -> Outcome {
        let Some((engine, plan, dp)) = self.plan(server, dir) else {
            return Outcome::default();
        };
        walk::inspect(engine, plan, dp, dir, message, shadow || plan.shadow)
    }
}

// ---------------------------------------------------------------------------
// Compile helpers
// ---------------------------------------------------------------------------

fn validate_top_numbers(top: &DlpConfig) -> Result<(), ConfigError> {
    if top.scan_budget_bytes == 0 {
        return Err(ConfigError::new(
            "dlp.scanBudgetBytes",
            "must be at least 1 (bytes of string data scanned per message; default 4194304)",
        ));
    }
    if !(16..=65536).contains(&top.base64_min_length) {
        return Err(ConfigError::new(
            "dlp.base64MinLength",
            "must be between 16 and 65536 characters (default 32)",
        ));
    }
    if !(64..=16 * 1024 * 1024).contains(&top.nested_json_max_bytes) {
        return Err(ConfigError::new(
            "dlp.nestedJsonMaxBytes",
            "must be between 64 and 16777216 bytes (default 1048576)",
        ));
    }
    if !top.min_entropy.is_finite() || !(1.0..=6.0).contains(&top.min_entropy) {
        return Err(ConfigError::new(
            "dlp.minEntropy",
            "must be between 1.0 and 6.0 bits per character (default 3.0; random base64 has about 4.5 to 6)",
        ));
    }
    Ok(())
}

/// Per detector, the lowest confidence reported: the server's levels beat
/// the top level's; within one, a detector name beats a category beats `"*"`.
fn min_confidence(
    engine: &Engine,
    top: Option<&MinConfidence>,
    own: Option<&MinConfidence>,
    server_path: &str,
) -> Result<Vec<Confidence>, ConfigError> {
    let all_builtins: Vec<&str> = builtin::specs().iter().map(|s| s.name).collect();
    let check = |m: &MinConfidence, path: &str| -> Result<(), ConfigError> {
        let MinConfidence::Per(map) = m else {
            return Ok(());
        };
        for k in map.keys() {
            let known = k == "*"
                || k == "secret"
                || k == "personal"
                || engine.detectors.iter().any(|d| &d.name == k);
            if !known {
                let why = if all_builtins.contains(&k.as_str()) {
                    format!("detector \"{k}\" is turned off (ipv4/ipv6 need dlp.enable; or remove it from dlp.disable)")
                } else {
                    format!(
                        "unknown detector or category \"{k}\"; use a detector name, \"secret\", \"personal\" or \"*\" (detectors: {})",
                        engine.detectors.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", ")
                    )
                };
                return Err(ConfigError::new(format!("{path}.minConfidence.{k}"), why));
            }
        }
        Ok(())
    };
    if let Some(t) = top {
        check(t, "dlp")?;
    }
    if let Some(o) = own {
        check(o, server_path)?;
    }
    let level = |m: &MinConfidence, det: &Detector| -> Option<Confidence> {
        match m {
            MinConfidence::All(c) => Some(*c),
            MinConfidence::Per(map) => map
                .get(&det.name)
                .or_else(|| map.get(det.category.as_str()))
                .or_else(|| map.get("*"))
                .copied(),
        }
    };
    Ok(engine
        .detectors
        .iter()
        .map(|det| {
            own.and_then(|o| level(o, det))
                .or_else(|| top.and_then(|t| level(t, det)))
                .unwrap_or(Confidence::Low)
        })
        .collect())
}

fn builtin_regex(patterns: &[&str]) -> Result<meta::Regex, String> {
    // ASCII classes keep the DFAs small; a pattern that names Unicode
    // properties (`\p{Latin}`, the e-mail detector's internationalised
    // mailboxes) asks for Unicode on purpose.
    let unicode = patterns.iter().any(|p| p.contains("\\p{"));
    meta::Regex::builder()
        .syntax(syntax::Config::new().unicode(unicode).utf8(true))
        .configure(meta::Config::new().hybrid_cache_capacity(512 * 1024))
        .build_many(patterns)
        .map_err(|e| regex_error_text(&e))
}

/// One line from a regex build error: the syntax error's own message (the
/// multi-line caret diagram is flattened to a column number).
fn regex_error_text(e: &regex_automata::meta::BuildError) -> String {
    if let Some(se) = e.syntax_error() {
        let full = se.to_string();
        let what = full
            .lines()
            .find_map(|l| l.strip_prefix("error: "))
            .unwrap_or("invalid syntax")
            .to_string();
        let col = full
            .lines()
            .find(|l| l.trim_start().starts_with('^'))
            .and_then(|l| l.find('^'))
            .map(|c| c.saturating_sub(4) + 1);
        return match col {
            Some(c) => format!("{what} (at character {c})"),
            None => what,
        };
    }
    if let Some(limit) = e.size_limit() {
        return format!(
            "compiles to more than {limit} bytes; simplify it (avoid large counted repetitions like {{1,1000}} and Unicode classes: use [0-9] rather than \\d, [A-Za-z] rather than \\w)"
        );
    }
    e.to_string()
}

fn valid_name(name: &str) -> bool {
    (1..=63).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn build_engine(top: &DlpConfig) -> Result<Engine, ConfigError> {
    let specs = builtin::specs();
    let builtin_names: Vec<&str> = specs.iter().map(|s| s.name).collect();
    let known = builtin_names.join(", ");
    for (field, list) in [("enable", &top.enable), ("disable", &top.disable)] {
        for (j, n) in list.iter().enumerate() {
            if !builtin_names.contains(&n.as_str()) {
                return Err(ConfigError::new(
                    format!("dlp.{field}[{j}]"),
                    format!("unknown built-in detector \"{n}\"; built-in detectors are: {known}"),
                ));
            }
        }
    }
    if let Some((j, n)) = top
        .enable
        .iter()
        .enumerate()
        .find(|(_, n)| top.disable.contains(n))
    {
        return Err(ConfigError::new(
            format!("dlp.enable[{j}]"),
            format!("\"{n}\" is both enabled and disabled; keep it in one list"),
        ));
    }

    let mut detectors = Vec::new();
    // Custom detectors first: the operator's intent wins overlaps.
    for (i, c) in top.detectors.iter().enumerate() {
        let path = format!("dlp.detectors[{i}]");
        if !valid_name(&c.name) {
            return Err(ConfigError::new(
                format!("{path}.name"),
                format!(
                    "\"{}\" is not a valid detector name: use 1-63 of a-z 0-9 _ (it is used as a metric label)",
                    c.name
                ),
            ));
        }
        if builtin_names.contains(&c.name.as_str()) || c.name == SCAN_BUDGET_EXCEEDED {
            return Err(ConfigError::new(
                format!("{path}.name"),
                format!(
                    "\"{}\" is a built-in detector name; pick another name (use dlp.disable to turn the built-in off)",
                    c.name
                ),
            ));
        }
        if top.detectors.iter().take(i).any(|o| o.name == c.name) {
            return Err(ConfigError::new(
                format!("{path}.name"),
                format!("duplicate detector name \"{}\"", c.name),
            ));
        }
        for (j, k) in c.keywords.iter().enumerate() {
            if k.is_empty() || k.len() > 64 {
                return Err(ConfigError::new(
                    format!("{path}.keywords[{j}]"),
                    "keywords must be 1-64 bytes of literal text",
                ));
            }
        }
        let validator = match &c.validator {
            None => Validator::None,
            Some(name) => CUSTOM_VALIDATORS
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| *v)
                .ok_or_else(|| {
                    let list: Vec<&str> = CUSTOM_VALIDATORS.iter().map(|(n, _)| *n).collect();
                    ConfigError::new(
                        format!("{path}.validator"),
                        format!(
                            "unknown validator \"{name}\"; use one of: {}",
                            list.join(", ")
                        ),
                    )
                })?,
        };
        let re = meta::Regex::builder()
            .syntax(syntax::Config::new().case_insensitive(c.case_insensitive))
            .configure(
                meta::Config::new()
                    .nfa_size_limit(Some(1 << 20))
                    .hybrid_cache_capacity(512 * 1024),
            )
            .build(&c.pattern)
            .map_err(|e| {
                ConfigError::new(
                    format!("{path}.pattern"),
                    format!("invalid regex: {}", regex_error_text(&e)),
                )
            })?;
        if re.is_match("") {
            return Err(ConfigError::new(
                format!("{path}.pattern"),
                "the regex matches the empty string; make it require at least one character (e.g. + instead of *)",
            ));
        }
        let always = c.keywords.is_empty();
        detectors.push(Detector {
            name: c.name.clone(),
            category: c.category,
            matcher: Matcher::regex(re),
            keywords: c
                .keywords
                .iter()
                .flat_map(|k| engine::case_variants(k))
                .collect(),
            regex_keywords: Vec::new(),
            digits: None,
            back: 0,
            fwd: 0,
            whole_on_keyword: true,
            always,
            left: Edge::Any,
            right: Edge::Any,
            validator,
            custom: true,
            member: None,
            negatable: false,
        });
    }

    for spec in specs {
        let on = if spec.default_on {
            !top.disable.iter().any(|n| n == spec.name)
        } else {
            top.enable.iter().any(|n| n == spec.name)
        };
        if !on {
            continue;
        }
        let internal = |e: String| {
            ConfigError::new(
                "dlp",
                format!(
                    "internal error: built-in detector {} failed to compile: {e}",
                    spec.name
                ),
            )
        };
        let re = if spec.patterns.is_empty() {
            None
        } else {
            Some(builtin_regex(spec.patterns).map_err(internal)?)
        };
        let matcher = match (spec.native, re) {
            (Some(n), re) => Matcher::native(n, re),
            (None, Some(re)) => Matcher::regex(re),
            (None, None) => return Err(internal("no pattern".to_string())),
        };
        let member = match spec.member {
            Some((mk, pat)) => Some((mk, builtin_regex(&[pat]).map_err(internal)?)),
            None => None,
        };
        detectors.push(Detector {
            name: spec.name.to_string(),
            category: spec.category,
            matcher,
            keywords: spec
                .keywords
                .iter()
                .map(|k| (*k).to_string())
                .chain(spec.words.iter().flat_map(|w| engine::case_variants(w)))
                .collect(),
            regex_keywords: spec
                .regex_words
                .iter()
                .flat_map(|w| engine::case_variants(w))
                .collect(),
            digits: spec.digits,
            back: spec.back,
            fwd: spec.fwd,
            whole_on_keyword: false,
            always: false,
            left: spec.left,
            right: spec.right,
            validator: match spec.validator {
                Validator::Email { .. } => Validator::Email {
                    roles: top.detector_options.email.role_mailboxes,
                },
                v => v,
            },
            custom: false,
            member,
            negatable: spec.negatable,
        });
    }
    Engine::new(detectors, top.min_entropy)
        .map_err(|e| ConfigError::new("dlp.detectors", format!("keywords failed to compile: {e}")))
}

/// A validated `actions` entry: what it selects, how specific it is.
#[derive(Debug, Clone)]
pub(crate) struct CheckedAction {
    index: usize,
    path: String,
    /// `None` = every detector.
    detector: Option<usize>,
    category: Option<Category>,
    direction: DirectionSelector,
    action: Action,
    mask: Option<MaskStyle>,
}

impl CheckedAction {
    fn selects(&self, d: usize, det: &Detector, dir: Direction) -> bool {
        let who = match (self.detector, self.category) {
            (Some(x), _) => x == d,
            (None, Some(c)) => c == det.category,
            (None, None) => true,
        };
        let way = match self.direction {
            DirectionSelector::Both => true,
            DirectionSelector::Request => dir == Direction::Request,
            DirectionSelector::Response => dir == Direction::Response,
        };
        who && way
    }
    /// Named detector > category > "*"; exact direction > both.
    fn rank(&self) -> u8 {
        let who = match (self.detector, self.category) {
            (Some(_), _) => 4,
            (None, Some(_)) => 2,
            (None, None) => 0,
        };
        who + u8::from(self.direction != DirectionSelector::Both)
    }
}

fn check_actions(
    list: &[ActionConfig],
    path: &str,
    names: &[&str],
    engine: &Engine,
) -> Result<Vec<CheckedAction>, ConfigError> {
    let all_builtins: Vec<&str> = builtin::specs().iter().map(|s| s.name).collect();
    let mut out = Vec::with_capacity(list.len());
    for (i, a) in list.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let detector = match (&a.detector, a.category) {
            (Some(_), Some(_)) => {
                return Err(ConfigError::new(
                    p,
                    "set either \"detector\" or \"category\", not both",
                ))
            }
            (None, None) => {
                return Err(ConfigError::new(
                    p,
                    "set \"detector\" (a detector name, or \"*\" for all) or \"category\" (\"secret\" or \"personal\")",
                ))
            }
            (Some(n), None) if n == "*" => None,
            (Some(n), None) => match names.iter().position(|x| x == n) {
                Some(d) => Some(d),
                None if all_builtins.contains(&n.as_str()) => {
                    return Err(ConfigError::new(
                        format!("{p}.detector"),
                        format!(
                            "detector \"{n}\" is turned off (ipv4/ipv6 need dlp.enable; or remove it from dlp.disable)"
                        ),
                    ))
                }
                None => {
                    return Err(ConfigError::new(
                        format!("{p}.detector"),
                        format!(
                            "unknown detector \"{n}\"; detectors are: {}, or \"*\"",
                            names.join(", ")
                        ),
                    ))
                }
            },
            (None, Some(_)) => None,
        };
        if a.mask.is_some() && a.action != Action::Redact {
            return Err(ConfigError::new(
                format!("{p}.mask"),
                "\"mask\" only applies to \"action\": \"redact\"; remove it or change the action",
            ));
        }
        out.push(CheckedAction {
            index: i,
            path: p,
            detector,
            category: a.category,
            direction: a.direction,
            action: a.action,
            mask: a.mask,
        });
    }
    // Two entries that tie for some detector and direction are ambiguous.
    for (d, det) in engine.detectors.iter().enumerate() {
        for dir in [Direction::Request, Direction::Response] {
            let matching: Vec<&CheckedAction> =
                out.iter().filter(|a| a.selects(d, det, dir)).collect();
            let Some(best) = matching.iter().map(|a| a.rank()).max() else {
                continue;
            };
            let tied: Vec<&&CheckedAction> = matching.iter().filter(|a| a.rank() == best).collect();
            if let [first, second, ..] = tied.as_slice() {
                return Err(ConfigError::new(
                    second.path.clone(),
                    format!(
                        "conflicts with {path}[{}] for detector \"{}\" in direction {}; remove one or make one more specific (a detector name beats a category beats \"*\"; \"request\"/\"response\" beat \"both\")",
                        first.index,
                        det.name,
                        dir.as_str()
                    ),
                ));
            }
        }
    }
    Ok(out)
}

fn resolve_rule(
    d: usize,
    det: &Detector,
    dir: Direction,
    own: &[CheckedAction],
    top: &[CheckedAction],
    default_mask: MaskStyle,
) -> Rule {
    for layer in [own, top] {
        if let Some(a) = layer
            .iter()
            .filter(|a| a.selects(d, det, dir))
            .max_by_key(|a| a.rank())
        {
            return Rule {
                action: a.action,
                mask: a.mask.unwrap_or(default_mask),
            };
        }
    }
    let action = match (det.category, dir) {
        (Category::Secret, Direction::Request) => Action::Block,
        (Category::Secret, Direction::Response) => Action::Redact,
        (Category::Personal, _) => Action::Record,
    };
    Rule {
        action,
        mask: default_mask,
    }
}
