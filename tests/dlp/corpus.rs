//! The labelled DLP accuracy corpus, generated deterministically.
//!
//! Positives: every detector's data in realistic surroundings (prose, logs,
//! shell, dotenv, YAML, JSON text, CSV, e-mail headers, tool arguments as
//! JSON members). Hard negatives: things that look like the data and are not
//! (UUIDs, hashes, versions, timestamps, order and tracking numbers, invalid
//! check digits, placeholders, pagination tokens, prefixes without a token).
//!
//! Each sample is one tool-argument object; `label` is the one detector that
//! must fire, or null when none may.

use serde_json::{json, Value};

pub struct Sample {
    pub id: String,
    pub label: Option<&'static str>,
    pub args: Value,
}

/// SplitMix64: small, deterministic, good enough for fixtures.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub fn pick<'a, T: ?Sized>(&mut self, xs: &[&'a T]) -> &'a T {
        xs[self.below(xs.len())]
    }
    pub fn chars(&mut self, n: usize, alphabet: &str) -> String {
        let a: Vec<char> = alphabet.chars().collect();
        (0..n).map(|_| a[self.below(a.len())]).collect()
    }
    pub fn chars_in(&mut self, lo: usize, hi: usize, alphabet: &str) -> String {
        let n = self.range(lo, hi);
        self.chars(n, alphabet)
    }
    pub fn chars_len(&mut self, lens: &[usize], alphabet: &str) -> String {
        let n = lens[self.below(lens.len())];
        self.chars(n, alphabet)
    }
    pub fn digits(&mut self, n: usize) -> String {
        self.chars(n, DIGITS)
    }
    pub fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

pub const DIGITS: &str = "0123456789";
pub const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const UPPER_NUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
pub const HEX: &str = "0123456789abcdef";
pub const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const URLSAFE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const FIRST: &[&str] = &[
    "jane", "john", "maria", "wei", "fatima", "olga", "carlos", "aiko", "liam", "noah", "emma",
    "sofia", "mohammed", "priya", "lucas", "chen", "anna", "david", "sara", "tom",
];
const LAST: &[&str] = &[
    "smith",
    "garcia",
    "muller",
    "nguyen",
    "kowalski",
    "rossi",
    "tanaka",
    "okafor",
    "dubois",
    "silva",
    "johansson",
    "patel",
    "kim",
    "obrien",
    "schmidt",
    "novak",
];
const DOMAINS: &[&str] = &[
    "example.com",
    "acme.io",
    "mail.example.co.uk",
    "corp.example.org",
    "gmail.com",
    "outlook.com",
    "uni-heidelberg.de",
    "example.museum",
    "startup.technology",
    "yahoo.co.jp",
    "proton.me",
    "sub.dept.example.net",
];

fn name(r: &mut Rng) -> (String, String) {
    (r.pick(FIRST).to_string(), r.pick(LAST).to_string())
}

fn luhn_complete(prefix: &str, len: usize, r: &mut Rng) -> String {
    let mut s = prefix.to_string();
    while s.len() < len - 1 {
        s.push_str(&r.digits(1));
    }
    for check in 0..10 {
        let cand = format!("{s}{check}");
        if luhn(&cand) {
            return cand;
        }
    }
    unreachable!()
}

pub fn luhn(s: &str) -> bool {
    let mut sum = 0;
    for (i, c) in s.chars().rev().enumerate() {
        let mut d = c.to_digit(10).unwrap_or(0);
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

fn group(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = Vec::new();
    let mut at = 0;
    for n in sizes {
        out.push(&s[at..at + n]);
        at += n;
    }
    out.join(sep)
}

fn card(r: &mut Rng) -> String {
    let (prefix, len): (String, usize) = match r.below(8) {
        0 | 1 => ("4".into(), 16),
        2 => (format!("5{}", r.range(1, 5)), 16),
        3 => (format!("{}", r.range(2221, 2720)), 16),
        4 => (r.pick(&["34", "37"]).to_string(), 15),
        5 => (r.pick(&["6011", "65", "644"]).to_string(), 16),
        6 => (format!("35{}", r.range(28, 89)), 16),
        _ => ("4".into(), 19),
    };
    let n = luhn_complete(&prefix, len, r);
    match (len, r.below(4)) {
        (15, 0) => group(&n, &[4, 6, 5], " "),
        (15, 1) => group(&n, &[4, 6, 5], "-"),
        (16, 0) => group(&n, &[4, 4, 4, 4], " "),
        (16, 1) => group(&n, &[4, 4, 4, 4], "-"),
        (19, 0) => group(&n, &[4, 4, 4, 4, 3], " "),
        _ => n,
    }
}

fn iban(r: &mut Rng) -> String {
    let (cc, bban): (&str, String) = match r.below(8) {
        0 => ("DE", r.digits(18)),
        1 => (
            "GB",
            format!(
                "{}{}",
                r.chars(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                r.digits(14)
            ),
        ),
        2 => (
            "FR",
            format!("{}{}{}", r.digits(10), r.chars(11, UPPER_NUM), r.digits(2)),
        ),
        3 => (
            "NL",
            format!(
                "{}{}",
                r.chars(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                r.digits(10)
            ),
        ),
        4 => ("ES", r.digits(20)),
        5 => (
            "IT",
            format!(
                "{}{}",
                r.chars(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                r.digits(22)
            ),
        ),
        6 => ("CH", r.digits(17)),
        _ => ("BE", r.digits(12)),
    };
    let check = 98 - mod97(&format!("{bban}{cc}00"));
    let s = format!("{cc}{check:02}{bban}");
    if r.coin() {
        let chunks: Vec<String> = s
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        chunks.join(" ")
    } else {
        s
    }
}

fn mod97(s: &str) -> u32 {
    let mut rem = 0u32;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            rem = (rem * 10 + d) % 97;
        } else {
            rem = (rem * 100 + (c as u32 - 'A' as u32 + 10)) % 97;
        }
    }
    rem
}

fn ssn(r: &mut Rng) -> (String, String, String) {
    let area = loop {
        let a = r.range(1, 899);
        if a != 666 {
            break a;
        }
    };
    let g = r.range(1, 99);
    let s = r.range(1, 9999);
    (
        format!("{area:03}-{g:02}-{s:04}"),
        format!("{area:03} {g:02} {s:04}"),
        format!("{area:03}{g:02}{s:04}"),
    )
}

fn phone(r: &mut Rng) -> String {
    let area = r.range(201, 989);
    let exch = r.range(200, 999);
    let line = r.digits(4);
    match r.below(20) {
        0 => format!("({area}) {exch}-{line}"),
        1 => format!("{area}-{exch}-{line}"),
        2 => format!("{area}.{exch}.{line}"),
        3 => format!("+1 {area} {exch} {line}"),
        4 => format!("+1-{area}-{exch}-{line}"),
        5 => format!("1-{area}-{exch}-{line}"),
        6 => format!("+1{area}{exch}{line}"),
        7 => format!("+1 ({area}) {exch}-{line}"),
        8 => format!("+44 20 {} {}", r.digits(4), r.digits(4)),
        9 => format!("020 {} {}", r.digits(4), r.digits(4)),
        10 => format!("07{} {}", r.digits(3), r.digits(6)),
        11 => format!("+44 7{} {}", r.digits(3), r.digits(6)),
        12 => format!(
            "+33 {} {} {} {} {}",
            r.range(1, 9),
            r.digits(2),
            r.digits(2),
            r.digits(2),
            r.digits(2)
        ),
        13 => format!(
            "0{} {} {} {} {}",
            r.range(1, 9),
            r.digits(2),
            r.digits(2),
            r.digits(2),
            r.digits(2)
        ),
        14 => format!(
            "06.{}.{}.{}.{}",
            r.digits(2),
            r.digits(2),
            r.digits(2),
            r.digits(2)
        ),
        15 => format!("+49 30 {}", r.digits(8)),
        16 => format!("0{} {}", r.range(151, 179), r.digits(7)),
        17 => format!("+91 9{} {}", r.digits(4), r.digits(5)),
        18 => format!("+61 2 {} {}", r.digits(4), r.digits(4)),
        _ => format!("+81 3-{}-{}", r.digits(4), r.digits(4)),
    }
}

fn b64url(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn jwt(r: &mut Rng) -> String {
    let alg = r.pick(&["HS256", "RS256", "ES256", "EdDSA"]);
    let header = if r.coin() {
        format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#)
    } else {
        format!(r#"{{"kid":"{}","alg":"{alg}"}}"#, r.chars(8, HEX))
    };
    let (f, l) = name(r);
    let payload = format!(
        r#"{{"sub":"{}","name":"{f} {l}","iat":{},"exp":{},"scope":"read write"}}"#,
        r.digits(8),
        1_700_000_000 + r.below(50_000_000),
        1_760_000_000 + r.below(50_000_000)
    );
    let sig = r.chars(43, URLSAFE);
    format!(
        "{}.{}.{}",
        b64url(header.as_bytes()),
        b64url(payload.as_bytes()),
        sig
    )
}

fn pem(r: &mut Rng) -> String {
    let kind = r.pick(&[
        "RSA PRIVATE KEY",
        "PRIVATE KEY",
        "EC PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
    ]);
    let lines: Vec<String> = (0..r.range(2, 5)).map(|_| r.chars(64, B64)).collect();
    format!(
        "-----BEGIN {kind}-----\n{}\n{}==\n-----END {kind}-----",
        lines.join("\n"),
        r.chars(20, B64)
    )
}

/// A realistic password or random secret value for `key=value` contexts.
fn secret_value(r: &mut Rng) -> String {
    match r.below(6) {
        0 => r.chars_in(16, 48, ALNUM),
        1 => r.chars_len(&[32, 40, 64], HEX),
        2 => r.chars_in(20, 44, B64),
        3 => r.chars_in(20, 40, URLSAFE),
        4 => {
            let w = r.pick(&[
                "Summer", "Falcon", "Orange", "Winter", "Dragon", "Coffee", "Rocket",
            ]);
            let w2 = r.pick(&["river", "stone", "panda", "tiger", "cloud", "piano"]);
            format!(
                "{w}{}{w2}{}{}",
                r.pick(&["!", "#", "$", "%", "*", "@"]),
                r.digits(2),
                r.pick(&["?", "!", "#"])
            )
        }
        _ => format!(
            "{}-{}-{}",
            r.chars(8, ALNUM),
            r.chars(8, ALNUM),
            r.chars(8, ALNUM)
        ),
    }
}

fn text(s: String) -> Value {
    json!({ "text": s })
}

/// Surroundings for a secret `v` with an environment-style name `env`.
fn secret_context(r: &mut Rng, env: &str, v: &str) -> Value {
    let lower = env.to_ascii_lowercase();
    match r.below(10) {
        0 => text(format!("export {env}={v}")),
        1 => text(format!("# .env\n{env}={v}\nDEBUG=false\n")),
        2 => text(format!("settings:\n  {lower}: {v}\n  region: eu-west-1\n")),
        3 => text(format!("{{\"{lower}\": \"{v}\", \"timeout\": 30}}")),
        4 => text(format!(
            "Can you check why this fails? I'm using {v} and get a 403 from the API."
        )),
        5 => text(format!(
            "2024-05-01T10:00:00Z WARN upstream rejected credential {v} (attempt 3)"
        )),
        6 => text(format!("| prod | {v} | rotated last week |")),
        7 => json!({ "command": format!("deploy --env prod --credential {v}") }),
        8 => json!({ "config": { lower.clone(): v } }),
        _ => text(format!(
            "Here is the value you asked for:\n\n    {v}\n\nDon't share it."
        )),
    }
}

fn pii_context(r: &mut Rng, field: &str, v: &str) -> Value {
    let (f, l) = name(r);
    match r.below(8) {
        0 => text(format!(
            "Customer {f} {l}, {field} {v}, asked for a refund."
        )),
        1 => text(format!("name,{field},status\n{f} {l},{v},active\n")),
        2 => json!({ "customer": { "name": format!("{f} {l}"), field: v } }),
        3 => text(format!(
            "2024-05-01 12:00:01 INFO updated {field} for user 4821 to {v}"
        )),
        4 => text(format!("<tr><td>{f}</td><td>{v}</td></tr>")),
        5 => text(format!("Please update my {field} to {v}, thanks!")),
        6 => json!({ "query": format!("SELECT * FROM users WHERE {field} = '{v}'") }),
        _ => text(format!("- {f} {l}: {v}")),
    }
}

pub fn generate() -> Vec<Sample> {
    let mut r = Rng::new(0x5EED_D1F0);
    let mut out: Vec<Sample> = Vec::new();
    const N: usize = 120;
    let mut push = |label: Option<&'static str>, args: Value, out: &mut Vec<Sample>| {
        let id = format!(
            "{}-{:04}",
            label.unwrap_or("negative"),
            out.iter().filter(|s| s.label == label).count()
        );
        out.push(Sample { id, label, args });
    };

    for _ in 0..N {
        let v = pem(&mut r);
        let args = match r.below(3) {
            0 => text(format!("Here is the deploy key:\n{v}\n")),
            1 => json!({ "files": [{ "path": "id_rsa", "content": v }] }),
            _ => text(format!("cat ~/.ssh/id_ed25519\n{v}")),
        };
        push(Some("private_key"), args, &mut out);
    }
    for _ in 0..N {
        let v = jwt(&mut r);
        let args = match r.below(4) {
            0 => text(format!(
                "curl -H 'Authorization: Bearer {v}' https://api.example.com/me"
            )),
            1 => json!({ "headers": { "Authorization": format!("Bearer {v}") } }),
            2 => text(format!("id_token={v}&state=xyz")),
            _ => secret_context(&mut r, "SESSION_TOKEN", &v),
        };
        push(Some("jwt"), args, &mut out);
    }
    for _ in 0..N {
        let prefix = r.pick(&["AKIA", "AKIA", "ASIA", "AROA", "AIDA"]);
        let v = format!(
            "{prefix}{}",
            r.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        );
        let args = secret_context(&mut r, "AWS_ACCESS_KEY_ID", &v);
        push(Some("aws_access_key_id"), args, &mut out);
    }
    for _ in 0..N {
        let v = r.chars(40, B64);
        let key = r.pick(&[
            "aws_secret_access_key",
            "AWS_SECRET_ACCESS_KEY",
            "awsSecretAccessKey",
            "aws_secret_key",
            "SecretAccessKey",
        ]);
        let args = match r.below(5) {
            0 => text(format!(
                "[default]\naws_access_key_id = AKIAEXAMPLE\n{key} = {v}\n"
            )),
            1 => text(format!("export {key}={v}")),
            2 => json!({ "credentials": { key: v } }),
            3 => text(format!("{{\"{key}\": \"{v}\"}}")),
            _ => text(format!("{key}: {v}")),
        };
        push(Some("aws_secret_access_key"), args, &mut out);
    }
    for _ in 0..N {
        let v = match r.below(6) {
            0 => format!(
                "github_pat_11{}_{}",
                r.chars(20, UPPER_NUM),
                r.chars(59, ALNUM)
            ),
            k => format!(
                "{}_{}",
                ["ghp", "gho", "ghu", "ghs", "ghr"][k - 1],
                r.chars(36, ALNUM)
            ),
        };
        let args = match r.below(3) {
            0 => text(format!(
                "git clone https://oauth2:{v}@github.com/acme/private.git"
            )),
            _ => secret_context(&mut r, "GITHUB_TOKEN", &v),
        };
        push(Some("github_token"), args, &mut out);
    }
    for _ in 0..N {
        let p = r.pick(&["glpat-", "glpat-", "gldt-", "glrt-", "glptt-"]);
        let v = format!("{p}{}", r.chars(20, URLSAFE));
        let args = if r.coin() {
            text(format!(
                "curl --header \"PRIVATE-TOKEN: {v}\" https://gitlab.example.com/api/v4/projects"
            ))
        } else {
            secret_context(&mut r, "GITLAB_TOKEN", &v)
        };
        push(Some("gitlab_token"), args, &mut out);
    }
    for _ in 0..N {
        let v = match r.below(4) {
            0 => format!(
                "xoxb-{}-{}-{}",
                r.digits(12),
                r.digits(13),
                r.chars(24, ALNUM)
            ),
            1 => format!(
                "xoxp-{}-{}-{}-{}",
                r.digits(12),
                r.digits(12),
                r.digits(13),
                r.chars(32, HEX)
            ),
            2 => format!(
                "xapp-1-A{}-{}-{}",
                r.chars(10, UPPER_NUM),
                r.digits(13),
                r.chars(64, HEX)
            ),
            _ => format!("xoxe.xoxp-1-{}", r.chars(140, ALNUM)),
        };
        let args = secret_context(&mut r, "SLACK_BOT_TOKEN", &v);
        push(Some("slack_token"), args, &mut out);
    }
    for _ in 0..N {
        let p = r.pick(&["sk_live_", "sk_live_", "rk_live_", "sk_test_"]);
        let v = format!("{p}{}", r.chars_len(&[24, 34, 99], ALNUM));
        let args = if r.coin() {
            text(format!("stripe.api_key = \"{v}\""))
        } else {
            secret_context(&mut r, "STRIPE_SECRET_KEY", &v)
        };
        push(Some("stripe_key"), args, &mut out);
    }
    for _ in 0..N {
        let v = format!("AIza{}", r.chars(35, URLSAFE));
        let args = if r.coin() {
            text(format!("<script src=\"https://maps.googleapis.com/maps/api/js?key={v}&callback=initMap\"></script>"))
        } else {
            secret_context(&mut r, "GOOGLE_API_KEY", &v)
        };
        push(Some("google_api_key"), args, &mut out);
    }
    for _ in 0..N {
        let v = format!(
            "sk-ant-{}-{}AA",
            r.pick(&["api03", "api03", "admin01"]),
            r.chars(93, URLSAFE)
        );
        let args = secret_context(&mut r, "ANTHROPIC_API_KEY", &v);
        push(Some("anthropic_api_key"), args, &mut out);
    }
    for _ in 0..N {
        let v = match r.below(3) {
            0 => format!("sk-proj-{}", r.chars(156, URLSAFE)),
            1 => format!("sk-{}T3BlbkFJ{}", r.chars(20, ALNUM), r.chars(20, ALNUM)),
            _ => format!("sk-svcacct-{}", r.chars(120, URLSAFE)),
        };
        let args = secret_context(&mut r, "OPENAI_API_KEY", &v);
        push(Some("openai_api_key"), args, &mut out);
    }
    for _ in 0..N {
        let (f, _) = name(&mut r);
        let pw = match r.below(3) {
            0 => r.chars_in(10, 24, ALNUM),
            1 => secret_value(&mut r).replace(['/', '+', '#', '?', '@'], "x"),
            _ => format!(
                "{}{}",
                r.chars(6, "abcdefghijklmnopqrstuvwxyz"),
                r.digits(4)
            ),
        };
        let url = match r.below(6) {
            0 => format!("postgres://{f}:{pw}@db.internal:5432/app"),
            1 => format!("mysql://{f}:{pw}@mysql.internal/shop"),
            2 => format!("redis://default:{pw}@cache.example.com:6379/0"),
            3 => format!("mongodb+srv://{f}:{pw}@cluster0.ab1cd.mongodb.net/?retryWrites=true"),
            4 => format!("amqp://{f}:{pw}@rabbit:5672/vhost"),
            _ => format!("https://{f}:{pw}@git.example.com/team/repo.git"),
        };
        let args = match r.below(3) {
            0 => text(format!("DATABASE_URL={url}")),
            1 => json!({ "connection": url }),
            _ => text(format!("connecting to {url} failed: timeout")),
        };
        push(Some("url_credentials"), args, &mut out);
    }
    for _ in 0..N {
        let v = secret_value(&mut r);
        let env = r.pick(&[
            "API_KEY",
            "DB_PASSWORD",
            "CLIENT_SECRET",
            "AUTH_TOKEN",
            "SECRET_KEY",
            "access_token",
            "apiKey",
            "password",
            "webhook_secret",
            "refresh_token",
        ]);
        let args = match r.below(8) {
            0 => text(format!("export {env}={v}")),
            1 => text(format!("{env}: \"{v}\"")),
            2 => json!({ env: v }),
            3 => text(format!("{{\"{env}\": \"{v}\"}}")),
            4 => text(format!(
                "Authorization: Bearer {}",
                r.chars_in(24, 64, ALNUM)
            )),
            5 => json!({ "env": { env: v } }),
            6 => text(format!(
                "mycli login --{} {}",
                env.to_ascii_lowercase().replace('_', "-"),
                r.chars(32, ALNUM)
            )),
            _ => text(format!("config set {env}={v} --global")),
        };
        push(Some("generic_secret"), args, &mut out);
    }
    for _ in 0..N {
        let v = card(&mut r);
        let field = r.pick(&["card", "card_number", "pan", "credit card"]);
        let args = pii_context(&mut r, field, &v);
        push(Some("payment_card"), args, &mut out);
    }
    for _ in 0..N {
        let v = iban(&mut r);
        let args = pii_context(&mut r, "iban", &v);
        push(Some("iban"), args, &mut out);
    }
    for _ in 0..N {
        let (dash, space, bare) = ssn(&mut r);
        let args = match r.below(5) {
            0 => text(format!("SSN: {bare}")),
            1 => {
                json!({ "employee": { "ssn": if r.coin() { bare.clone() } else { dash.clone() } } })
            }
            2 => text(format!("social security number {space}")),
            _ => pii_context(&mut r, "ssn", &dash),
        };
        push(Some("us_ssn"), args, &mut out);
    }
    for _ in 0..N {
        let (f, l) = name(&mut r);
        let local = match r.below(5) {
            0 => format!("{f}.{l}"),
            1 => format!("{f}{}", r.digits(2)),
            2 => format!("{f}+{}", r.pick(&["invoices", "news", "work"])),
            3 => format!("{}_{l}", &f[..1]),
            _ => format!("{f}-{l}"),
        };
        let v = format!("{local}@{}", r.pick(DOMAINS));
        let args = match r.below(4) {
            0 => text(format!("From: {} {} <{v}>\nSubject: invoice", f, l)),
            1 => text(format!("<a href=\"mailto:{v}\">write to us</a>")),
            _ => pii_context(&mut r, "email", &v),
        };
        push(Some("email"), args, &mut out);
    }
    for _ in 0..N {
        let v = phone(&mut r);
        let args = match r.below(5) {
            0 => text(format!("Call me at {v} after 5pm.")),
            1 => json!({ "contact": { "phone": v } }),
            2 => text(format!("Tel.: {v}")),
            _ => pii_context(&mut r, "phone", &v),
        };
        push(Some("phone_number"), args, &mut out);
    }
    for _ in 0..N {
        let v = format!(
            "{}.{}.{}.{}",
            r.range(1, 223),
            r.range(0, 255),
            r.range(0, 255),
            r.range(1, 254)
        );
        let args = match r.below(4) {
            0 => text(format!(
                "Accepted connection from {v}:{}",
                r.range(1024, 65535)
            )),
            1 => text(format!("X-Forwarded-For: {v}")),
            2 => json!({ "client_ip": v }),
            _ => text(format!(
                "{v} - - [01/May/2024:12:00:00 +0000] \"GET / HTTP/1.1\" 200 512"
            )),
        };
        push(Some("ipv4"), args, &mut out);
    }
    for _ in 0..N {
        let h = |r: &mut Rng| format!("{:x}", r.range(1, 0xffff));
        let v = match r.below(4) {
            0 => format!("2001:db8:{}:{}::{}", h(&mut r), h(&mut r), h(&mut r)),
            1 => format!(
                "fe80::{}:{}:{}:{}",
                h(&mut r),
                h(&mut r),
                h(&mut r),
                h(&mut r)
            ),
            2 => format!(
                "2a00:{}:{}:{}:{}:{}:{}:{}",
                h(&mut r),
                h(&mut r),
                h(&mut r),
                h(&mut r),
                h(&mut r),
                h(&mut r),
                h(&mut r)
            ),
            _ => format!(
                "::ffff:{}.{}.{}.{}",
                r.range(1, 223),
                r.range(0, 255),
                r.range(0, 255),
                r.range(1, 254)
            ),
        };
        let args = match r.below(3) {
            0 => text(format!("client [{v}]:443 connected")),
            1 => json!({ "remote_addr": v }),
            _ => text(format!("ping6 {v} failed")),
        };
        push(Some("ipv6"), args, &mut out);
    }

    negatives(&mut r, &mut out, &mut push);
    out
}

fn negatives(
    r: &mut Rng,
    out: &mut Vec<Sample>,
    push: &mut impl FnMut(Option<&'static str>, Value, &mut Vec<Sample>),
) {
    let lower = "abcdefghijklmnopqrstuvwxyz";
    let mut gens: Vec<Box<dyn FnMut(&mut Rng) -> Value>> = Vec::new();
    // identifiers and hashes
    gens.push(Box::new(|r| {
        text(format!(
            "request {}-{}-4{}-a{}-{} completed",
            r.chars(8, HEX),
            r.chars(4, HEX),
            r.chars(3, HEX),
            r.chars(3, HEX),
            r.chars(12, HEX)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!("commit {} (HEAD -> main)", r.chars(40, HEX)))
    }));
    gens.push(Box::new(
        |r| json!({ "sha256": r.chars(64, HEX), "size": r.range(100, 99999) }),
    ));
    gens.push(Box::new(|r| {
        text(format!(
            "image: registry.example.com/app@sha256:{}",
            r.chars(64, HEX)
        ))
    }));
    gens.push(Box::new(
        |r| json!({ "etag": format!("\"{}\"", r.chars(32, HEX)), "id": r.chars(24, HEX) }),
    ));
    gens.push(Box::new(|r| {
        text(format!(
            "object key uploads/2024/{}.png stored",
            r.chars(22, ALNUM)
        ))
    }));
    // versions and timestamps
    gens.push(Box::new(|r| {
        text(format!(
            "upgraded to v{}.{}.{} (build {}.{}.{}.{})",
            r.range(0, 9),
            r.range(0, 30),
            r.range(0, 99),
            r.range(10, 99),
            r.range(0, 9),
            r.range(10000, 30000),
            r.range(0, 9)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "at 20{}-0{}-1{}T1{}:{}:{}.{}Z",
            r.range(10, 29),
            r.range(1, 9),
            r.range(0, 9),
            r.range(0, 9),
            r.range(10, 59),
            r.range(10, 59),
            r.digits(3)
        ))
    }));
    gens.push(Box::new(|r| json!({ "created": 1_600_000_000 + r.below(200_000_000), "updated_ms": 1_600_000_000_000u64 + r.next() % 200_000_000_000 })));
    gens.push(Box::new(|r| {
        text(format!(
            "{}/{}/20{} {}:{} PM",
            r.range(1, 12),
            r.range(1, 28),
            r.range(10, 29),
            r.range(1, 12),
            r.range(10, 59)
        ))
    }));
    // numbers that are not cards, phones, SSNs or IBANs
    gens.push(Box::new(|r| {
        let mut n = format!("4{}", r.digits(15));
        while luhn(&n) {
            n = format!("4{}", r.digits(15));
        }
        text(format!("order #{n} shipped"))
    }));
    gens.push(Box::new(|r| {
        let mut n = format!("5{}", r.digits(15));
        while luhn(&n) {
            n = format!("5{}", r.digits(15));
        }
        json!({ "order_id": n, "total": format!("{}.{}", r.range(1, 999), r.digits(2)) })
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "tracking 1Z{}{}",
            r.chars(6, UPPER_NUM),
            r.digits(10)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "invoice INV-{}-{} total ${},{}.{}",
            r.range(2019, 2025),
            r.digits(6),
            r.range(1, 99),
            r.digits(3),
            r.digits(2)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "ISBN 978-{}-{}-{}-{}",
            r.range(0, 9),
            r.digits(3),
            r.digits(5),
            r.range(0, 9)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "SKU {}-{}-{} in stock: {}",
            r.digits(3),
            r.digits(3),
            r.digits(3),
            r.range(0, 500)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "coordinates {}.{}, -{}.{}",
            r.range(10, 60),
            r.digits(6),
            r.range(10, 170),
            r.digits(6)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "ref ORD-{}-{}-{}-X",
            r.digits(3),
            r.digits(2),
            r.digits(4)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "invalid SSN 9{}-{}-{} rejected",
            r.digits(2),
            r.digits(2),
            r.digits(4)
        ))
    }));
    gens.push(Box::new(|r| {
        let mut n = r.digits(20);
        while mod97(&format!("{}DE{}", &n[2..], &n[..2])) == 1 {
            n = r.digits(20);
        }
        text(format!("account DE{n} (typo)"))
    }));
    gens.push(Box::new(|r| json!({ "count": r.range(1_000_000, 999_999_999), "bytes": r.range(1_000_000, 2_000_000_000) })));
    gens.push(Box::new(|r| {
        text(format!(
            "pid {} port {} uid {}",
            r.range(100, 99999),
            r.range(1024, 65535),
            r.range(1000, 60000)
        ))
    }));
    // secret look-alikes
    gens.push(Box::new(|r| {
        text(format!(
            "export API_KEY={}",
            r.pick(&[
                "YOUR_API_KEY_HERE",
                "<api-key>",
                "${API_KEY}",
                "xxxxxxxxxxxxxxxx",
                "changeme",
                "{{ api_key }}"
            ])
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "password: {}",
            r.pick(&[
                "${DB_PASSWORD}",
                "<your-password>",
                "********",
                "example-password",
                "REDACTED"
            ])
        ))
    }));
    gens.push(Box::new(
        |r| json!({ "nextPageToken": r.chars(32, URLSAFE), "items": [] }),
    ));
    gens.push(Box::new(
        |r| json!({ "progressToken": r.chars(16, ALNUM), "cursor": r.chars(24, B64) }),
    ));
    gens.push(Box::new(|r| {
        text(format!(
            "token_type: Bearer, expires_in: {}, max_tokens: {}, token_count={}",
            r.range(60, 86400),
            r.range(256, 8192),
            r.range(1000, 9_999_999)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "the {} is required; pass a {} in the header",
            r.pick(&["api_key", "token", "secret"]),
            r.pick(&["token", "key"])
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "sort_key=created_at_{} partition_key=tenant_{}",
            r.range(2019, 2025),
            r.range(1, 999)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "tokens start with {} ; see docs",
            r.pick(&[
                "ghp_",
                "github_pat_",
                "xoxb-",
                "glpat-",
                "sk_live_",
                "AKIA",
                "sk-ant-",
                "AIza"
            ])
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "pip install scikit-learn=={}.{}; task-{} disk-usage-report-{}",
            r.range(0, 1),
            r.range(10, 99),
            r.digits(4),
            r.chars(12, lower)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!("publishable key pk_live_{}", r.chars(24, ALNUM)))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----",
            r.chars(64, B64)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----",
            r.chars(64, B64)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!("data:image/png;base64,{}", r.chars(200, B64)))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "https://example.com/search?q={}&page={}",
            r.chars(8, lower),
            r.range(1, 50)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "https://{}@example.com/path and https://example.com:{}/x",
            r.chars(6, lower),
            r.range(1024, 9999)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "postgres://user:password@localhost/{} or redis://:${{REDIS_PASSWORD}}@cache:6379",
            r.chars(5, lower)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "session id {}",
            r.chars(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        ))
    }));
    // e-mail look-alikes
    gens.push(Box::new(|r| {
        text(format!(
            "git clone git@github.com:{}/{}.git",
            r.chars(6, lower),
            r.chars(8, lower)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "assets icon@{}x.png and logo@{}x.svg",
            r.range(2, 3),
            r.range(2, 3)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "npm i {}@{}.{}.{}; @param {} ; user@localhost",
            r.chars(7, lower),
            r.range(0, 9),
            r.range(0, 20),
            r.range(0, 20),
            r.chars(5, lower)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!("thanks @{} for the review", r.chars(8, lower)))
    }));
    // times, scoped names, MACs
    gens.push(Box::new(|r| {
        text(format!(
            "{}:{}:{} std::vector<int> {}:{}:{}:{}:{}:{}",
            r.range(10, 23),
            r.range(10, 59),
            r.range(10, 59),
            r.chars(2, HEX),
            r.chars(2, HEX),
            r.chars(2, HEX),
            r.chars(2, HEX),
            r.chars(2, HEX),
            r.chars(2, HEX)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "The meeting moved to room {} at {}:{}; bring the {} keys.",
            r.range(100, 999),
            r.range(9, 17),
            r.range(10, 59),
            r.pick(&["car", "office", "API"])
        ))
    }));
    // Second batch, written after the detectors, never tuned against.
    gens.push(Box::new(|r| text(format!("Passwords must be at least {} characters; reset your password at https://example.com/reset?u={}", r.range(8, 16), r.digits(6)))));
    gens.push(Box::new(|r| {
        text(format!(
            "const token = await getToken({}); if (token === undefined) return; // secret sauce",
            r.range(1, 9)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "password = input(\"Password: \")\napi_key_header: X-API-Key\nsecret_name: prod/db/{}",
            r.chars(6, lower)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "arn:aws:iam::{}:role/{}Admin",
            r.digits(12),
            r.pick(&["Ops", "Dev", "Ci"])
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "Call 911 in an emergency, otherwise ext. {}",
            r.digits(4)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "ship to ZIP 9{}-{} by {}",
            r.digits(4),
            r.digits(4),
            r.pick(&["Monday", "Friday"])
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "pod/api-{}-{} restarted {} times",
            r.chars(10, HEX),
            r.chars(5, lower),
            r.range(1, 40)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "balance change +{}.{} USD, fee -{}.{}",
            r.digits(7),
            r.digits(2),
            r.digits(3),
            r.digits(2)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "color: #{}; margin: {}px {}px",
            r.chars(6, HEX),
            r.range(0, 40),
            r.range(0, 40)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "N = {}.{}e{} and eps = 1.{}e-{}",
            r.range(1, 9),
            r.digits(8),
            r.range(10, 30),
            r.digits(11),
            r.range(3, 9)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "Version: 2.0.0-beta.{}+exp.sha.{}",
            r.range(1, 9),
            r.chars(7, HEX)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "@@ -{},{} +{},{} @@ fn main() {{",
            r.range(1, 300),
            r.range(1, 20),
            r.range(1, 300),
            r.range(1, 20)
        ))
    }));
    gens.push(Box::new(
        |r| json!({ "user_id": r.digits(13), "container": r.chars(64, HEX) }),
    ));
    gens.push(Box::new(
        |r| json!({ "data": r.chars(300, B64), "mimeType": "application/octet-stream" }),
    ));
    gens.push(Box::new(|r| {
        text(format!(
            "Table {}: {} {} {} {} {} {}",
            r.range(1, 9),
            r.digits(3),
            r.digits(3),
            r.digits(3),
            r.digits(4),
            r.digits(2),
            r.digits(4)
        ))
    }));
    gens.push(Box::new(|r| {
        text(format!(
            "lat/long {}.{} {}.{} elevation {} m, id {}-{}-{}",
            r.range(10, 80),
            r.digits(7),
            r.range(10, 170),
            r.digits(7),
            r.range(0, 4000),
            r.digits(3),
            r.digits(3),
            r.digits(4)
        ))
    }));
    let total = 1800;
    for i in 0..total {
        let g = i % gens.len();
        let args = (gens[g])(r);
        push(None, args, out);
    }
}

pub fn to_jsonl(samples: &[Sample]) -> String {
    let mut s = String::new();
    for x in samples {
        s.push_str(
            &serde_json::to_string(&json!({"id": x.id, "label": x.label, "args": x.args}))
                .unwrap_or_default(),
        );
        s.push('\n');
    }
    s
}
