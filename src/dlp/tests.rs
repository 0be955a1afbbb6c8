//! Core DLP tests: every detector with true examples in realistic contexts
//! and hard negatives, validators, actions, redaction, escapes, base64,
//! budget and config errors.

use super::*;
use serde_json::{json, Value};

/// Deterministic pseudo-random text (xorshift), so fixtures are readable
/// in length and alphabet but never typed by hand.
fn rnd(seed: u64, len: usize, alphabet: &str) -> String {
    let a: Vec<char> = alphabet.chars().collect();
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            a[(x % a.len() as u64) as usize]
        })
        .collect()
}
const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URLSAFE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

fn compile(top: Value, server: Value) -> Result<Dlp, ConfigError> {
    let top: DlpConfig = serde_json::from_value(top).expect("top parses");
    let server: ServerDlpConfig = serde_json::from_value(server).expect("server parses");
    Dlp::compile(Some(top), &[("s".to_string(), Some(server))])
}

/// Every detector on (ipv4/ipv6 too), every action `record`.
fn recorder() -> Dlp {
    compile(
        json!({"enable": ["ipv4", "ipv6"], "actions": [{"detector": "*", "action": "record"}]}),
        json!({}),
    )
    .expect("compiles")
}

fn call(args: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": 7, "method": "tools/call",
           "params": {"name": "run", "arguments": args}})
}

/// Detector names found in `text` (as a tool argument), sorted.
fn found(dlp: &Dlp, text: &str) -> Vec<String> {
    let mut msg = call(json!({ "text": text }));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let mut v: Vec<String> = out.findings.into_iter().map(|f| f.detector).collect();
    v.sort();
    v
}

fn jwt() -> String {
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.Xq3dN8vL0pZr7Tb2Wm9KsYh4Jc6Fg1UoEi5AtRnBw0M".to_string()
}

fn positives() -> Vec<(&'static str, String)> {
    let ghp = format!("ghp_{}", rnd(1, 36, ALNUM));
    vec![
        ("private_key", "deploy key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx8mB3Hn0kZ\nq1w2e3r4t5y6u7i8o9p0==\n-----END RSA PRIVATE KEY-----\nthanks".into()),
        ("private_key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----".into()),
        ("private_key", "cut off: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC".into()),
        ("private_key", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGU0aXoBCAC7\n-----END PGP PRIVATE KEY BLOCK-----".into()),
        ("jwt", format!("curl -H 'Authorization: Bearer {}' https://api.example.com", jwt())),
        ("jwt", format!("{{\"id_token\": \"{}\"}}", jwt())),
        ("aws_access_key_id", "aws_access_key_id = AKIAQ7R2N5LXW3YTKB4M".into()),
        ("aws_access_key_id", format!("export AWS_ACCESS_KEY_ID=ASIA{}", rnd(2, 16, UPNUM))),
        ("aws_secret_access_key", "aws_secret_access_key = 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".into()),
        ("aws_secret_access_key", format!("AWS_SECRET_ACCESS_KEY: \"{}\"", rnd(3, 40, B64))),
        ("github_token", format!("git clone https://x:{ghp}@github.com/o/r fails; token {ghp}")),
        ("github_token", format!("GH_TOKEN={}", format_args!("gho_{}", rnd(4, 36, ALNUM)))),
        ("github_token", format!("pat: github_pat_11{}_{}", rnd(5, 20, ALNUM), rnd(6, 59, ALNUM))),
        ("gitlab_token", format!("PRIVATE-TOKEN: glpat-{}", rnd(7, 20, URLSAFE))),
        ("slack_token", "SLACK_BOT_TOKEN=xoxb-503817264923-7290481635204-Qm7vRt2KxLp9ZsWb4NcYh8Jd".into()),
        ("slack_token", format!("app token xapp-1-A0573920184-5820391746283-{}", rnd(8, 64, "0123456789abcdef"))),
        ("stripe_key", format!("stripe.api_key = \"sk_live_{}\"", rnd(9, 24, ALNUM))),
        ("stripe_key", format!("restricted rk_live_{} and test sk_test_{}", rnd(10, 24, ALNUM), rnd(11, 24, ALNUM))),
        ("google_api_key", format!("https://maps.googleapis.com/maps/api/js?key=AIza{}", rnd(12, 35, URLSAFE))),
        ("anthropic_api_key", format!("ANTHROPIC_API_KEY=sk-ant-api03-{}AA", rnd(13, 93, URLSAFE))),
        ("openai_api_key", format!("OPENAI_API_KEY=sk-proj-{}", rnd(14, 120, URLSAFE))),
        ("openai_api_key", format!("key sk-{}T3BlbkFJ{}", rnd(15, 20, ALNUM), rnd(16, 20, ALNUM))),
        ("url_credentials", "DATABASE_URL=postgres://app:S3cr3tPassw0rd@db.internal:5432/app".into()),
        ("url_credentials", "git remote add origin https://deploy:gh8Hk2qZ@git.example.com/repo.git".into()),
        ("generic_secret", format!("export API_KEY={}", rnd(17, 24, ALNUM))),
        ("generic_secret", format!("{{\"client_secret\": \"{}\"}}", rnd(18, 32, "0123456789abcdef"))),
        ("generic_secret", "db:\n  password: Tr0ub4dor&3xyz".into()),
        ("generic_secret", format!("Authorization: Bearer {}", rnd(19, 40, ALNUM))),
        ("generic_secret", "curl -H 'Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==' https://x".into()),
        ("generic_secret", format!("mytool --api-key {} --verbose", rnd(20, 32, ALNUM))),
        ("payment_card", "Card on file: 4532 0151 1283 0366, exp 12/27".into()),
        ("payment_card", "mastercard 5312-4488-7129-4503".into()),
        ("payment_card", "amex 3499 876543 21015 please".into()),
        ("payment_card", "pan=4018772004916207;cvv=123".into()),
        ("payment_card", "new 2-series 2223009876543214 works".into()),
        ("iban", "IBAN: DE44 5001 0517 5407 3249 31 (Commerzbank)".into()),
        ("iban", "wire to GB56NWBK40051778012345 today".into()),
        ("iban", "FR22 3000 6000 0123 4567 8901 897".into()),
        ("us_ssn", "Employee SSN 219-09-9998 on file".into()),
        ("us_ssn", "social security number: 078051121".into()),
        ("email", "Contact jane.doe@acme-corp.com for access".into()),
        ("email", "From: \"Bob\" <bob+invoices@mail.example.co.uk>".into()),
        ("phone_number", "call me at +1 (415) 555-2671 tomorrow".into()),
        ("phone_number", "office: +44 20 7123 0958".into()),
        ("phone_number", "Tel. (212) 555-2199".into()),
        ("phone_number", "ring 415-555-2671 after 5".into()),
        ("phone_number", "London 020 7123 0958 or mobile 07712 900123".into()),
        ("phone_number", "Paris: 01 42 68 53 00".into()),
        ("phone_number", "Berlin 030 12345678".into()),
        ("phone_number", "whatsapp +14155552671".into()),
        ("ipv4", "connect to 10.0.12.7:5432 from 192.168.1.20".into()),
        ("ipv6", "client 2001:db8::ff00:42:8329 connected".into()),
        ("ipv6", "link-local fe80::1ff:fe23:4567:890a%eth0".into()),
    ]
}

#[test]
fn every_detector_finds_its_true_examples_in_realistic_contexts() {
    let dlp = recorder();
    for (det, text) in positives() {
        let got = found(&dlp, &text);
        assert!(
            got.iter().any(|g| g == det),
            "{det} not found in {text:?}: {got:?}"
        );
    }
}

#[test]
fn positives_report_only_their_own_detector() {
    let dlp = recorder();
    for (det, text) in positives() {
        let got = found(&dlp, &text);
        // The London line holds two phones; Paris has an IPv4-free number.
        let others: Vec<&String> = got.iter().filter(|g| *g != det).collect();
        assert!(
            others.is_empty(),
            "{text:?}: expected only {det}, got {got:?}"
        );
    }
}

#[test]
fn hard_negatives_are_not_findings() {
    let dlp = recorder();
    let negatives: Vec<String> = vec![
        // identifiers and hashes
        "request 550e8400-e29b-41d4-a716-446655440000 done".into(),
        "commit da39a3ee5e6b4b0d3255bfef95601890afd80709".into(),
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".into(),
        "k3Rq9vT0mZ/2xLpW8nYb+Hc7FgJd4sQe1uAiVoNs".into(),
        // versions, timestamps, numbers
        "upgraded to v1.2.3 (build 10.0.19041.1)".into(),
        "at 2024-05-01T12:30:45Z and 2024-05-01 12:30:45.123".into(),
        "epoch 1715000000 ms 1715000000123".into(),
        "order #4111111111111112 shipped".into(),
        "tracking 1Z999AA10123456784 and order 1234567890123456".into(),
        "total $1,234,567.89 for 12 items".into(),
        "ISBN 978-0-306-40615-7".into(),
        "invalid SSNs 000-12-3456 666-12-3456 912-12-3456 123-00-4567 123-45-0000".into(),
        "ref ORD-123-45-6789-X".into(),
        "not an iban DE89 3704 0044 0532 0130 01".into(),
        // prose and placeholders
        "the api_key is required; pass a token in the header".into(),
        "api_key=YOUR_API_KEY_HERE".into(),
        "password: ${DB_PASSWORD}".into(),
        "secret: <your-secret>".into(),
        "token_type: Bearer, expires_in: 3600, max_tokens: 4096, token_count=1234567".into(),
        "sort_key=created_at_2024_05".into(),
        "nextPageToken: \"CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3\", pageToken=CiAKGjBpNDd2Nmp2Zml2".into(),
        "Authorization: Bearer <token>".into(),
        "postgres://user:password@localhost/db and redis://:${REDIS_PASSWORD}@cache:6379".into(),
        "https://user@example.com/path and https://example.com:8443/x".into(),
        // prefixes without a token
        "tokens start with ghp_ or github_pat_; Slack uses xoxb-".into(),
        "AKIA is the prefix of long-term keys; ASIA for temporary".into(),
        "pip install scikit-learn; sk-learn; disk-usage-report-2024-final-version-archive".into(),
        "stripe publishable pk_live_51H8bQ2EXAMPLEabcdefghij".into(),
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----".into(),
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----".into(),
        "eyJzb21lIjoianNvbiJ9.eyJ4IjoxfQ.c2lnbmF0dXJl".into(),
        // email look-alikes
        "git clone git@github.com:org/repo.git".into(),
        "assets icon@2x.png and logo@3x.jpg".into(),
        "npm i left-pad@1.3.0; user@localhost; @param name".into(),
        // times, MACs, scoped names
        "12:30:45 std::vector<int> 00:1A:2B:3C:4D:5E".into(),
        "version 1.2.3.4.5 and 999.1.1.1".into(),
    ];
    for text in negatives {
        let got = found(&dlp, &text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

#[test]
fn json_members_named_like_the_data_give_context_to_bare_values() {
    let dlp = recorder();
    for (key, value, det) in [
        ("password", json!("hunter2hunter2X!"), "generic_secret"),
        ("apiKey", json!(rnd(30, 24, ALNUM)), "generic_secret"),
        (
            "AWS_SECRET_ACCESS_KEY",
            json!(rnd(31, 40, B64)),
            "aws_secret_access_key",
        ),
        ("ssn", json!("219099998"), "us_ssn"),
        ("phone", json!("4155552671"), "phone_number"),
        ("mobilePhone", json!("+44 7712 900123"), "phone_number"),
    ] {
        let mut msg = call(json!({ key: value }));
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
        assert_eq!(names, [det], "{key}");
    }
    for (key, value) in [
        ("nextPageToken", json!("CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3")),
        ("progressToken", json!("abc123def456ghi789")),
        ("password", json!("changeme")),
        ("id", json!("4155552671")),
        ("cursor", json!(rnd(32, 24, ALNUM))),
    ] {
        let mut msg = call(json!({ key: value }));
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        assert!(out.findings.is_empty(), "{key}: {:?}", out.findings);
    }
}

#[test]
fn secrets_written_with_json_unicode_escapes_are_found() {
    let dlp = recorder();
    let raw = r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"k":"\u0041\u004bIAQ7R2N5LXW3YTKB4M"}}}"#;
    let mut msg: Value = serde_json::from_str(raw).expect("json");
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    assert_eq!(out.findings.len(), 1);
    assert_eq!(out.findings[0].detector, "aws_access_key_id");
}

#[test]
fn findings_never_carry_the_matched_value() {
    let dlp = compile(json!({}), json!({})).expect("compiles");
    let secret = "AKIAQ7R2N5LXW3YTKB4M";
    let mut msg = call(json!({ "k": secret }));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let dump = format!("{out:?}");
    assert!(
        !dump.contains(secret) && !dump.contains("IOSFODNN"),
        "{dump}"
    );
    assert!(out.blocked());
}

#[test]
fn defaults_block_secrets_in_requests_and_redact_them_in_responses() {
    let dlp = compile(json!({}), json!({"enabled": true})).expect("compiles");
    let mut req = call(json!({ "k": "AKIAQ7R2N5LXW3YTKB4M", "e": "bob@acme-corp.com" }));
    let out = dlp.inspect(0, Direction::Request, &mut req);
    assert_eq!(
        out.verdict,
        Verdict::Block {
            detector: "aws_access_key_id".into()
        }
    );
    let email = out
        .findings
        .iter()
        .find(|f| f.detector == "email")
        .expect("email");
    assert_eq!(
        (email.action, email.count, email.category),
        (Action::Record, 1, Some(Category::Personal))
    );

    let mut resp = json!({"jsonrpc": "2.0", "id": 7, "result": {"content": [
        {"type": "text", "text": "key AKIAQ7R2N5LXW3YTKB4M for bob@acme-corp.com"}]}});
    let out = dlp.inspect(0, Direction::Response, &mut resp);
    assert_eq!(out.verdict, Verdict::Redacted);
    assert_eq!(
        resp["result"]["content"][0]["text"],
        "key [REDACTED:aws_access_key_id] for bob@acme-corp.com"
    );
}

#[test]
fn top_level_section_alone_scans_nothing_until_a_server_opts_in() {
    let top: DlpConfig = serde_json::from_value(json!({})).expect("parses");
    let dlp = Dlp::compile(Some(top.clone()), &[("a".into(), None)]).expect("compiles");
    assert!(!dlp.enabled_for(0, Direction::Request));
    let all = DlpConfig {
        all_servers: true,
        ..top
    };
    let dlp = Dlp::compile(Some(all), &[("a".into(), None)]).expect("compiles");
    assert!(dlp.enabled_for(0, Direction::Request));
    let off = Dlp::compile(None, &[("a".into(), None)]).expect("compiles");
    assert!(!off.enabled_for(0, Direction::Response));
    assert!(
        !off.enabled_for(9, Direction::Response),
        "unknown server index is off"
    );
    let mut msg = call(json!({"k": "AKIAQ7R2N5LXW3YTKB4M"}));
    assert_eq!(
        off.inspect(3, Direction::Request, &mut msg),
        Outcome::default()
    );
}

#[test]
fn a_server_section_without_top_level_section_uses_the_defaults() {
    let s: ServerDlpConfig = serde_json::from_value(json!({})).expect("parses");
    let dlp = Dlp::compile(None, &[("a".into(), Some(s))]).expect("compiles");
    assert!(dlp.enabled_for(0, Direction::Request));
    assert!(
        !dlp.may_rewrite(0, Direction::Request),
        "default request actions never redact"
    );
    assert!(
        dlp.may_rewrite(0, Direction::Response),
        "secrets are redacted in responses"
    );
}

#[test]
fn ignoring_every_detector_in_one_direction_turns_that_direction_off() {
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "*", "direction": "request", "action": "ignore"}]}),
    )
    .expect("compiles");
    assert!(!dlp.enabled_for(0, Direction::Request));
    assert!(dlp.enabled_for(0, Direction::Response));
}

#[test]
fn action_resolution_prefers_server_then_detector_then_category_then_star() {
    let dlp = compile(
        json!({"actions": [
            {"detector": "email", "action": "block"},
            {"category": "personal", "action": "redact"}
        ]}),
        json!({"actions": [
            {"detector": "*", "action": "record"},
            {"detector": "phone_number", "direction": "response", "action": "redact", "mask": "last4"},
            {"detector": "phone_number", "action": "ignore"}
        ]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text":
        "mail bob@acme-corp.com, call +1 415 555 2671"}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["text"],
        "mail bob@acme-corp.com, call +* *** *** 2671"
    );
    let email = out
        .findings
        .iter()
        .find(|f| f.detector == "email")
        .expect("email");
    assert_eq!(
        email.action,
        Action::Record,
        "server's \"*\" beats the top-level email rule"
    );
    let mut req = call(json!({"t": "call +1 415 555 2671"}));
    assert!(
        dlp.inspect(0, Direction::Request, &mut req)
            .findings
            .is_empty(),
        "ignored in requests"
    );
}

#[test]
fn redaction_keeps_json_valid_and_everything_else_unchanged() {
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
    )
    .expect("compiles");
    let original = json!({"jsonrpc": "2.0", "id": "a\"b", "result": {
        "content": [
            {"type": "text", "text": "mail \"bob@acme-corp.com\"\n\tthen ünïcödé AKIAQ7R2N5LXW3YTKB4M!"},
            {"type": "resource", "resource": {"uri": "file:///x", "mimeType": "text/plain",
                "text": "card 4532-0151-1283-0366"}}
        ],
        "structuredContent": {"rows": [{"n": 1.5, "ok": true, "none": null, "email": "a@b.io"}]},
        "isError": false
    }});
    let mut msg = original.clone();
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted);
    let text = serde_json::to_string(&msg).expect("serializes");
    let back: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(back, msg);
    let mut expected = original;
    expected["result"]["content"][0]["text"] =
        json!("mail \"[REDACTED:email]\"\n\tthen ünïcödé [REDACTED:aws_access_key_id]!");
    expected["result"]["content"][1]["resource"]["text"] = json!("card [REDACTED:payment_card]");
    expected["result"]["structuredContent"]["rows"][0]["email"] = json!("[REDACTED:email]");
    assert_eq!(msg, expected);
}

#[test]
fn last4_mask_keeps_separators_and_the_last_four_characters() {
    use walk::mask_text;
    assert_eq!(
        mask_text("4111-1111-1111-1234", "payment_card", MaskStyle::Last4),
        "****-****-****-1234"
    );
    assert_eq!(
        mask_text("4111111111111234", "payment_card", MaskStyle::Last4),
        "************1234"
    );
    assert_eq!(
        mask_text("a@b.io", "email", MaskStyle::Last4),
        "*@*.**",
        "short values are fully starred"
    );
    assert_eq!(mask_text("x", "email", MaskStyle::Full), "[REDACTED:email]");
}

#[test]
fn keys_are_scanned_and_renamed_without_collisions() {
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "email", "action": "redact"}]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"byUser": {
        "ann@acme-corp.com": 3, "bob@acme-corp.com": 4, "total": 7}}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.findings[0].count, 2);
    let keys: Vec<&String> = msg["result"]["byUser"]
        .as_object()
        .expect("obj")
        .keys()
        .collect();
    assert_eq!(keys, ["[REDACTED:email]", "[REDACTED:email]#2", "total"]);
    assert_eq!(msg["result"]["byUser"]["[REDACTED:email]#2"], 4);
}

#[test]
fn card_numbers_sent_as_json_numbers_are_found_and_masked_as_strings() {
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "payment_card", "action": "redact", "mask": "last4"}]}),
    )
    .expect("compiles");
    let mut msg = call(json!({"card": 4532015112830366u64, "qty": 4111111, "price": 12.5}));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted);
    assert_eq!(msg["params"]["arguments"]["card"], "************0366");
    assert_eq!(msg["params"]["arguments"]["qty"], 4111111);
}

#[test]
fn envelope_members_are_not_scanned() {
    let dlp = recorder();
    let mut msg = json!({"jsonrpc": "2.0", "id": "bob@acme-corp.com", "method": "tools/call",
        "params": {"name": "x"}});
    assert!(dlp
        .inspect(0, Direction::Request, &mut msg)
        .findings
        .is_empty());
}

#[test]
fn shadow_mode_changes_nothing_and_reports_what_would_happen() {
    let dlp = compile(json!({}), json!({"mode": "shadow"})).expect("compiles");
    assert!(!dlp.may_rewrite(0, Direction::Response));
    let mut req = call(json!({"k": "AKIAQ7R2N5LXW3YTKB4M"}));
    let before = req.clone();
    let out = dlp.inspect(0, Direction::Request, &mut req);
    assert_eq!(
        out.verdict,
        Verdict::WouldBlock {
            detector: "aws_access_key_id".into()
        }
    );
    assert_eq!(req, before);
    let mut resp = json!({"jsonrpc": "2.0", "id": 1, "result": {"t": "AKIAQ7R2N5LXW3YTKB4M"}});
    let before = resp.clone();
    let out = dlp.inspect(0, Direction::Response, &mut resp);
    assert_eq!(out.verdict, Verdict::WouldRedact);
    assert_eq!(resp, before);
    assert_eq!(out.findings[0].action, Action::Redact);

    let enforce = compile(json!({}), json!({})).expect("compiles");
    let mut req = call(json!({"k": "AKIAQ7R2N5LXW3YTKB4M"}));
    let out = enforce.inspect_with(0, Direction::Request, &mut req, true);
    assert_eq!(
        out.verdict,
        Verdict::WouldBlock {
            detector: "aws_access_key_id".into()
        }
    );
}

#[test]
fn base64_wrapped_secrets_are_found_only_when_enabled_and_the_run_is_redacted_whole() {
    use base64::Engine as _;
    let inner = "config:\n  aws_access_key_id: AKIAQ7R2N5LXW3YTKB4M\n  region: us-east-1\n";
    let blob = base64::engine::general_purpose::STANDARD.encode(inner);
    let off = compile(json!({}), json!({})).expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"contents": [
        {"uri": "file:///c.yaml", "blob": blob.clone()}]}});
    assert!(off
        .inspect(0, Direction::Response, &mut msg)
        .findings
        .is_empty());

    let on = compile(json!({"decodeBase64": true}), json!({})).expect("compiles");
    let out = on.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted);
    assert_eq!(
        msg["result"]["contents"][0]["blob"],
        "[REDACTED:aws_access_key_id]"
    );

    // In text, URL-safe, no padding; and in a request it blocks.
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{inner}??>>"));
    let mut req = call(json!({"t": format!("attachment={url}; done")}));
    let out = on.inspect(0, Direction::Request, &mut req);
    assert_eq!(
        out.verdict,
        Verdict::Block {
            detector: "aws_access_key_id".into()
        }
    );
}

#[test]
fn base64_images_are_skipped_without_decoding_them_whole() {
    use base64::Engine as _;
    let png: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let data = base64::engine::general_purpose::STANDARD.encode(png);
    let dlp = compile(
        json!({"decodeBase64": true, "scanBudgetBytes": 300_000}),
        json!({}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
        {"type": "image", "mimeType": "image/png", "data": data}]}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Pass, "{:?}", out.findings);
}

#[test]
fn a_message_over_the_scan_budget_is_blocked_by_default() {
    let dlp = compile(json!({"scanBudgetBytes": 1000}), json!({})).expect("compiles");
    let mut msg = call(json!({"a": "x".repeat(600), "b": "y".repeat(600)}));
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        out.verdict,
        Verdict::Block {
            detector: SCAN_BUDGET_EXCEEDED.into()
        }
    );
    assert_eq!(
        out.findings.last().map(|f| (f.detector.as_str(), f.action)),
        Some((SCAN_BUDGET_EXCEEDED, Action::Block))
    );
}

#[test]
fn over_budget_record_passes_and_reports_and_still_redacts_what_was_scanned() {
    let dlp = compile(
        json!({"scanBudgetBytes": 1000}),
        json!({"overBudget": "record", "actions": [{"detector": "email", "action": "redact"}]}),
    )
    .expect("compiles");
    let mut msg = call(json!({"a": "bob@acme-corp.com", "b": "y".repeat(2000)}));
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted);
    assert_eq!(msg["params"]["arguments"]["a"], "[REDACTED:email]");
    assert_eq!(out.findings.last().map(|f| f.action), Some(Action::Record));
}

#[test]
fn custom_detectors_match_with_keywords_groups_and_validators() {
    let dlp = compile(
        json!({"detectors": [
            {"name": "employee_id", "category": "personal", "pattern": "\\bEMP-[0-9]{6}\\b", "keywords": ["emp-"]},
            {"name": "loyalty_card", "category": "personal", "pattern": "\\b7[0-9]{15}\\b", "validator": "luhn"},
            {"name": "internal_token", "pattern": "itk_(?P<value>[a-z0-9]{32})", "keywords": ["itk_"]}
        ], "actions": [{"category": "personal", "action": "redact"}]}),
        json!({}),
    )
    .expect("compiles");
    let token = rnd(40, 32, "abcdefghijklmnopqrstuvwxyz0123456789");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"t": format!(
        "EMP-004217 card 7000000000000005 not 7000000000000008 tok itk_{token}")}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["t"],
        "[REDACTED:employee_id] card [REDACTED:loyalty_card] not 7000000000000008 tok itk_[REDACTED:internal_token]"
    );
    let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    assert_eq!(names, ["employee_id", "loyalty_card", "internal_token"]);
    let mut req = call(json!({"t": format!("itk_{token}")}));
    assert!(
        dlp.inspect(0, Direction::Request, &mut req).blocked(),
        "custom default category is secret"
    );
}

fn err(top: Value, server: Value) -> ConfigError {
    match compile(top, server) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

#[test]
fn config_errors_name_the_json_path_and_the_fix() {
    let cases: Vec<(Value, Value, &str, &str)> = vec![
        (
            json!({"detectors": [{"name": "a", "pattern": "x"}, {"name": "b", "pattern": "x"},
            {"name": "c", "pattern": "EMP-[0-9"}]}),
            json!({}),
            "dlp.detectors[2].pattern",
            "unclosed character class",
        ),
        (
            json!({"detectors": [{"name": "a", "pattern": "x*"}]}),
            json!({}),
            "dlp.detectors[0].pattern",
            "empty string",
        ),
        (
            json!({"detectors": [{"name": "Bad Name", "pattern": "x"}]}),
            json!({}),
            "dlp.detectors[0].name",
            "a-z 0-9 _",
        ),
        (
            json!({"detectors": [{"name": "email", "pattern": "x"}]}),
            json!({}),
            "dlp.detectors[0].name",
            "built-in",
        ),
        (
            json!({"detectors": [{"name": "a", "pattern": "x"}, {"name": "a", "pattern": "y"}]}),
            json!({}),
            "dlp.detectors[1].name",
            "duplicate",
        ),
        (
            json!({"detectors": [{"name": "a", "pattern": "x", "validator": "crc"}]}),
            json!({}),
            "dlp.detectors[0].validator",
            "luhn",
        ),
        (
            json!({"detectors": [{"name": "a", "pattern": "[a-z]{1,5000}[0-9]{1,5000}"}]}),
            json!({}),
            "dlp.detectors[0].pattern",
            "simplify",
        ),
        (
            json!({"enable": ["ipv5"]}),
            json!({}),
            "dlp.enable[0]",
            "ipv4",
        ),
        (
            json!({"minEntropy": 9.0}),
            json!({}),
            "dlp.minEntropy",
            "between",
        ),
        (
            json!({"scanBudgetBytes": 0}),
            json!({}),
            "dlp.scanBudgetBytes",
            "at least",
        ),
        (
            json!({}),
            json!({"actions": [{"detector": "emial", "action": "block"}]}),
            "servers[0].dlp.actions[0].detector",
            "unknown detector \"emial\"",
        ),
        (
            json!({}),
            json!({"actions": [{"detector": "ipv4", "action": "block"}]}),
            "servers[0].dlp.actions[0].detector",
            "dlp.enable",
        ),
        (
            json!({}),
            json!({"actions": [{"action": "block"}]}),
            "servers[0].dlp.actions[0]",
            "set \"detector\"",
        ),
        (
            json!({}),
            json!({"actions": [{"detector": "email", "category": "secret", "action": "block"}]}),
            "servers[0].dlp.actions[0]",
            "not both",
        ),
        (
            json!({}),
            json!({"actions": [{"detector": "email", "action": "block", "mask": "last4"}]}),
            "servers[0].dlp.actions[0].mask",
            "redact",
        ),
        (
            json!({"actions": [{"category": "personal", "action": "block"},
                            {"category": "personal", "action": "redact"}]}),
            json!({}),
            "dlp.actions[1]",
            "conflicts with dlp.actions[0]",
        ),
        (
            json!({}),
            json!({"scanBudgetBytes": 0}),
            "servers[0].dlp.scanBudgetBytes",
            "at least",
        ),
    ];
    for (top, server, path, needle) in cases {
        let e = err(top, server);
        assert_eq!(e.path, path, "{e}");
        assert!(e.message.contains(needle), "{path}: {}", e.message);
    }
}

#[test]
fn unknown_fields_are_rejected_everywhere() {
    for v in [
        json!({"detector": []}),
        json!({"detectors": [{"name": "a", "pattern": "x", "keyword": ["a"]}]}),
        json!({"actions": [{"detector": "email", "action": "block", "dir": "request"}]}),
        json!({"actions": [{"detector": "email", "action": "drop"}]}),
    ] {
        assert!(
            serde_json::from_value::<DlpConfig>(v.clone()).is_err(),
            "{v}"
        );
    }
    assert!(serde_json::from_value::<ServerDlpConfig>(json!({"enable": true})).is_err());
}

#[test]
fn detector_names_are_the_fixed_label_set_for_metrics() {
    let dlp = compile(
        json!({"disable": ["phone_number"], "detectors": [{"name": "emp", "pattern": "E[0-9]+"}]}),
        json!({}),
    )
    .expect("compiles");
    let names = dlp.detector_names();
    assert_eq!(names.first(), Some(&"emp"));
    assert!(
        names.contains(&"email") && !names.contains(&"phone_number") && !names.contains(&"ipv4")
    );
    assert_eq!(names.last(), Some(&SCAN_BUDGET_EXCEEDED));
}

#[test]
fn adversarial_inputs_do_not_panic_or_run_away() {
    let dlp = recorder();
    let inputs = [
        "@".repeat(50_000),
        "a@".repeat(30_000),
        "1".repeat(100_000),
        "1 ".repeat(50_000),
        "token=".repeat(20_000),
        "-----BEGIN PRIVATE KEY-----".repeat(2_000),
        "é@ü.中".repeat(10_000),
        "eyJ".repeat(30_000),
        ":".repeat(50_000),
        "sk-".repeat(30_000),
        "\u{0}\u{ffff}ghp_".repeat(10_000),
    ];
    for s in inputs {
        let start = std::time::Instant::now();
        let _ = found(&dlp, &s);
        let took = start.elapsed();
        if std::env::var_os("DLP_TIMINGS").is_some() {
            eprintln!(
                "{:>8.1} MB/s  {:?}",
                s.len() as f64 / took.as_secs_f64() / 1e6,
                s.get(..12)
            );
        }
        assert!(took.as_secs() < 10, "slow on {:?}", s.get(..20));
    }
}

#[test]
fn the_documented_example_policy_parses_and_compiles() {
    // The ```jsonc block in this module's docs, comments stripped.
    let src = include_str!("mod.rs");
    let start = src.find("//! ```jsonc").expect("example start") + "//! ```jsonc".len();
    let end = start + src[start..].find("//! ```").expect("example end");
    let json: String = src[start..end]
        .lines()
        .map(|l| l.trim_start_matches("//!"))
        .map(|l| match l.find("  //") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let doc: Value = serde_json::from_str(&json).expect("example is JSON once comments go");
    let top: DlpConfig = serde_json::from_value(doc["dlp"].clone()).expect("dlp section");
    let servers: Vec<(String, Option<ServerDlpConfig>)> = doc["servers"]
        .as_array()
        .expect("servers")
        .iter()
        .map(|s| {
            let section = serde_json::from_value(s["dlp"].clone()).expect("server dlp section");
            (s["name"].as_str().unwrap_or("").to_string(), Some(section))
        })
        .collect();
    let dlp = Dlp::compile(Some(top), &servers).expect("compiles");
    assert!(dlp.shadow(0) && !dlp.shadow(1));
    assert!(dlp.enabled_for(1, Direction::Request));
}

// ---------------------------------------------------------------------------
// Issue: false alarms and misses measured on independent data
// ---------------------------------------------------------------------------

#[test]
fn vendor_documentation_examples_and_placeholders_are_not_secrets() {
    let dlp = recorder();
    for text in [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:",
        "export SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work",
        "token ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx or ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx",
        "OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        // the jwt.io sample token
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "xoxb-1234567890-1234567890123-abcdefghijklmnopqrstuvwx",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_pem_header_in_prose_is_not_a_key_but_a_block_with_a_body_is() {
    let dlp = recorder();
    for text in [
        "The key file must begin with -----BEGIN RSA PRIVATE KEY----- and end with the matching END line.",
        "Error: expected PEM header '-----BEGIN PRIVATE KEY-----' but found '-----BEGIN CERTIFICATE-----'",
        "grep -l 'BEGIN OPENSSH PRIVATE KEY' -r ~/projects",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    let key = format!(
        "-----BEGIN EC PRIVATE KEY-----\n{}\n{}\n-----END EC PRIVATE KEY-----",
        rnd(40, 64, B64),
        rnd(41, 30, B64)
    );
    assert_eq!(found(&dlp, &key), ["private_key"]);
}

#[test]
fn uuids_and_variable_references_are_not_generic_secrets() {
    let dlp = recorder();
    for text in [
        "session_token=550e8400-e29b-41d4-a716-446655440000",
        "api_key=$OPENAI_API_KEY",
        "password: ${DB_PASSWORD}",
        "token: ${{ secrets.NPM_TOKEN }}",
        "client_secret = os.environ[\"CLIENT_SECRET\"]",
        "DB_PASSWORD=%DB_PASSWORD%",
        "secret_key=env:APP_SECRET_KEY_2",
        "password: op://vault/item/password",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        found(&dlp, "password: Tq7#mZ2!vR9x"),
        ["generic_secret"],
        "a real value still is"
    );
}

#[test]
fn env_reads_password_hashes_key_paths_and_fill_in_values_are_not_secrets() {
    let dlp = recorder();
    for text in [
        // Elixir reads the environment
        r#"config :gateway, twilio_auth_token: System.get_env("TWILIO_AUTH_TOKEN")"#,
        r#"config :gateway, db_password: System.fetch_env!("DB_PASSWORD")"#,
        // stored hashes: what a login is checked against
        "INSERT INTO users (login, password) VALUES ('etl', '$2b$12$FdK5nVSJT37BPxCdrQ12L.dxtPuYUXoWQlHN60yQtt85ntDyic5J7');",
        "password: $argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Rk9Yb3B3dDJ4VnpCZmE5cWhUdw",
        "password = pbkdf2_sha256$600000$Jq3vY7mQ2pLx$Zk1uYwE3pQ9dN0vB2tR8sX5cV7bN4mL1kJ6hG3fD2aS=",
        // where the key file is, not the key
        r#"$JwtPrivateKey = "secrets/jwt.pem""#,
        "signing_key: certs/prod/client-2024.p12",
        // a fill-in value
        r#"private static final String GITLAB_TOKEN = "s3cr3t-goes-here";"#,
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        r#"config :gateway, twilio_auth_token: "Tq7mZ2vR9xKd4Lp8Wn3J""#,
        r#"$JwtPrivateKey = "Tq7mZ2vR9x/Kd4Lp8Wn3J+sB5cV7bN4mL1kJ6hG3f=""#,
    ] {
        assert_eq!(found(&dlp, text), ["generic_secret"], "{text}");
    }
}

#[test]
fn chat_webhook_urls_are_secrets_and_are_redacted_whole() {
    let dlp = compile(json!({}), json!({})).expect("compiles");
    let slack = format!(
        "https://hooks.slack.com/services/T{}/B{}/{}",
        rnd(50, 9, UPNUM),
        rnd(51, 10, UPNUM),
        rnd(52, 24, ALNUM)
    );
    let discord = format!(
        "https://discord.com/api/webhooks/{}/{}",
        rnd(53, 18, "0123456789"),
        rnd(54, 68, URLSAFE)
    );
    for url in [&slack, &discord] {
        let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
            {"type": "text", "text": format!("alerts go to {url} (channel #ops)")}]}});
        let out = dlp.inspect(0, Direction::Response, &mut msg);
        assert_eq!(out.verdict, Verdict::Redacted, "{url}");
        assert_eq!(out.findings[0].detector, "webhook_url");
        assert_eq!(
            msg["result"]["content"][0]["text"],
            "alerts go to [REDACTED:webhook_url] (channel #ops)"
        );
    }
}

#[test]
fn json_inside_a_string_is_decoded_scanned_and_rewritten_in_place() {
    let dlp = compile(json!({}), json!({})).expect("compiles");
    let key_id = format!("AKIA{}", rnd(60, 16, UPNUM));
    // The inner document escapes the key's first letter and its slashes,
    // as JSON serialisers do; scanned literally, the key would be missed.
    let inner = format!(
        r#"{{"aws": {{"access_key_id": "\u0041{}", "region": "eu-west-1"}}, "owner": "ops\/team"}}"#,
        &key_id[1..]
    );
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": inner}]}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted);
    assert_eq!(out.findings[0].detector, "aws_access_key_id");
    assert!(out.findings[0].signals.contains(&"nested_json"));
    let text = msg["result"]["content"][0]["text"]
        .as_str()
        .expect("still a string");
    let rewritten: Value = serde_json::from_str(text).expect("the inner document is still JSON");
    assert_eq!(
        rewritten,
        json!({"aws": {"access_key_id": "[REDACTED:aws_access_key_id]", "region": "eu-west-1"}, "owner": "ops/team"})
    );
    // Two levels deep, and a clean inner document is left byte for byte.
    let mail = "ana.silva@northwind.io";
    let level2 = json!({"contact": mail}).to_string();
    let level1 = json!({"payload": level2, "n": 1}).to_string();
    let rec = recorder();
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text": level1}});
    let out = rec.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.findings.len(), 1);
    assert_eq!(
        (out.findings[0].detector.as_str(), out.findings[0].count),
        ("email", 1)
    );
    let clean = r#"{"a": [1, 2, {"b": "x\/y"}]}"#;
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text": clean}});
    assert_eq!(
        dlp.inspect(0, Direction::Response, &mut msg).verdict,
        Verdict::Pass
    );
    assert_eq!(msg["result"]["text"], clean);
}

#[test]
fn nested_json_with_a_duplicate_member_or_over_the_limit_is_scanned_as_text() {
    let dlp = compile(json!({"nestedJsonMaxBytes": 64}), json!({})).expect("compiles");
    let key_id = format!("AKIA{}", rnd(61, 16, UPNUM));
    let dup = format!(r#"{{"k": "{key_id}", "k": "other"}}"#);
    let big = format!(r#"{{"k": "{key_id}", "pad": "{}"}}"#, "x".repeat(80));
    for text in [dup, big] {
        let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text": text}});
        let out = dlp.inspect(0, Direction::Response, &mut msg);
        assert_eq!(out.verdict, Verdict::Redacted, "{text}");
        assert!(!msg.to_string().contains(&key_id));
        assert!(!out.findings[0].signals.contains(&"nested_json"));
    }
    let off = compile(json!({"decodeNestedJson": false}), json!({})).expect("compiles");
    let escaped = format!(r#"{{"k": "\u0041{}"}}"#, &key_id[1..]);
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text": escaped}});
    assert_eq!(
        off.inspect(0, Direction::Response, &mut msg).verdict,
        Verdict::Pass
    );
}

#[test]
fn aws_secrets_in_prose_tables_and_csv_are_found_near_their_labels() {
    let dlp = recorder();
    let id = format!("AKIA{}", rnd(70, 16, UPNUM));
    let secret = "k3Rq9vT0mZ/2xLpW8nYb+Hc7FgJd4sQe1uAiVoNs";
    for text in [
        format!("Key id {id} and the secret is {secret}, rotate it."),
        format!("User name,Access key ID,Secret access key\nci,{id},{secret}\n"),
        format!("| Access key ID | Secret access key |\n|---|---|\n| {id} | {secret} |"),
        format!("AWSACCESSKEYID={id}\nAWSSECRETKEY={secret}\n"),
    ] {
        assert_eq!(
            found(&dlp, &text),
            ["aws_access_key_id", "aws_secret_access_key"],
            "{text}"
        );
    }
    // A 40-character hex digest near the word "secret" is not one.
    let sha = "3f786850e387550fdab836ed7e6dc881de23001b";
    assert_eq!(
        found(&dlp, &format!("secret key rotated in commit {sha}")),
        Vec::<String>::new()
    );
    // Nor is a random token in a Kubernetes Secret that is not AWS's.
    let tok = rnd(71, 40, ALNUM);
    assert_eq!(
        found(
            &dlp,
            &format!("kind: Secret\nstringData:\n  API_TOKEN: {tok}\n")
        ),
        ["generic_secret"]
    );
}

#[test]
fn bare_ssns_are_found_when_a_label_is_near_and_not_otherwise() {
    let dlp = recorder();
    for text in [
        "Verified identity. SSN on file: 234567891. Next step: income check.",
        "Applicant social security number \"234567891\" matched.",
        "id,name,ssn,dob\n1001,Ana Silva,234567891,1984-07-12",
    ] {
        assert_eq!(found(&dlp, text), ["us_ssn"], "{text}");
    }
    assert_eq!(
        found(&dlp, "Order 234567891 shipped; routing number 021000021."),
        Vec::<String>::new()
    );
}

#[test]
fn national_phone_numbers_with_the_area_code_in_parentheses_are_found() {
    let dlp = recorder();
    for text in [
        "Office: (030) 1234567",
        "call (02) 9374 4000 before 5",
        "Mobile: (11) 91234-5678",
        "Front desk: (0221) 173144",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
}

#[test]
fn user_and_password_before_a_host_are_not_an_email() {
    let dlp = recorder();
    assert_eq!(
        found(&dlp, "ssh deploy:Ab#12cd!x9@bastion.acme-corp.com -p 2222"),
        Vec::<String>::new()
    );
    // `=` inside the password used to end the look-back early.
    assert_eq!(
        found(
            &dlp,
            "ssh deploy:wfFV5l-#mP2=K6K&=YDptgb@bastion.acme-corp.com"
        ),
        Vec::<String>::new()
    );
    assert_eq!(found(&dlp, "mailto:jane@acme-corp.com"), ["email"]);
    assert_eq!(found(&dlp, "Email:jane@acme-corp.com"), ["email"]);
    assert_eq!(found(&dlp, "notify=email:jane@acme-corp.com"), ["email"]);
}

#[test]
fn a_url_login_whose_password_repeats_the_user_is_a_default_not_a_leak() {
    let dlp = recorder();
    for text in [
        "amqp://guest:guest@localhost:5672/",
        "postgres://postgres:postgres@db:5432/dev",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        found(&dlp, "amqp://guest:Zq8!rT2pLx@mq.acme-corp.com:5672/"),
        ["url_credentials"]
    );
}

#[test]
fn findings_carry_confidence_and_signal_names() {
    let dlp = recorder();
    let mut msg = call(
        json!({"text": "ssn 123-45-6788, SSN on file: 234567891", "password": "Tq7#mZ2!vR9xLp4@"}),
    );
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let ssn = out
        .findings
        .iter()
        .find(|f| f.detector == "us_ssn")
        .expect("ssn");
    assert_eq!((ssn.count, ssn.confidence), (2, Confidence::High));
    assert!(ssn.signals.contains(&"format") && ssn.signals.contains(&"checksum"));
    let pw = out
        .findings
        .iter()
        .find(|f| f.detector == "generic_secret")
        .expect("pw");
    assert_eq!(pw.signals, ["key_name", "entropy"]);
    for f in &out.findings {
        assert!(f.signals.iter().all(|s| SIGNAL_NAMES.contains(s)));
    }
}

#[test]
fn min_confidence_drops_weaker_findings_per_detector_or_category() {
    let text = "SSN on file: 234567891; backup code 123-45-6788";
    let count = |top: Value, server: Value| {
        let dlp = compile(top, server).expect("compiles");
        let mut msg = call(json!({ "text": text }));
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        out.findings
            .iter()
            .find(|f| f.detector == "us_ssn")
            .map_or(0, |f| f.count)
    };
    assert_eq!(count(json!({}), json!({})), 2);
    assert_eq!(count(json!({"minConfidence": "high"}), json!({})), 1);
    assert_eq!(
        count(json!({"minConfidence": {"personal": "high"}}), json!({})),
        1
    );
    assert_eq!(
        count(
            json!({"minConfidence": {"*": "high", "us_ssn": "medium"}}),
            json!({})
        ),
        2
    );
    // The server's level beats the top level's.
    assert_eq!(
        count(
            json!({"minConfidence": "high"}),
            json!({"minConfidence": {"us_ssn": "low"}})
        ),
        2
    );
    // A test-mode key is reported, a level below a live one.
    let keys = format!(
        "live sk_live_{} test sk_test_{}",
        rnd(61, 24, ALNUM),
        rnd(62, 24, ALNUM)
    );
    let stripe = |top: Value| {
        let dlp = compile(top, json!({})).expect("compiles");
        let mut msg = call(json!({ "text": keys }));
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        out.findings
            .iter()
            .find(|f| f.detector == "stripe_key")
            .map(|f| (f.count, f.confidence))
    };
    assert_eq!(stripe(json!({})), Some((2, Confidence::High)));
    assert_eq!(
        stripe(json!({"minConfidence": {"stripe_key": "high"}})),
        Some((1, Confidence::High))
    );
}

#[test]
fn min_confidence_errors_name_the_json_path() {
    let e = err(
        json!({"minConfidence": {"generic_secrt": "high"}}),
        json!({}),
    );
    assert_eq!(e.path, "dlp.minConfidence.generic_secrt");
    assert!(e.message.contains("unknown detector"), "{}", e.message);
    let e = err(json!({}), json!({"minConfidence": {"ipv4": "high"}}));
    assert_eq!(e.path, "servers[0].dlp.minConfidence.ipv4");
    assert!(e.message.contains("turned off"), "{}", e.message);
    let e = err(json!({"nestedJsonMaxBytes": 10}), json!({}));
    assert_eq!(e.path, "dlp.nestedJsonMaxBytes");
    assert!(serde_json::from_value::<DlpConfig>(json!({"minConfidence": "sure"})).is_err());
}

/// Fuzz finding F5 (fuzz/artifacts-found/dlp/f5-*): one redaction pass
/// must leave nothing to redact. A finding dropped for overlapping another
/// shows once the other is masked (`4532 0151 1283 0366+1 415 555 2671`:
/// the phone number behind the card), and so do chains and what a last4
/// mask keeps; redaction runs to a fixpoint, and shadow mode reports what
/// enforcing would.
#[test]
fn fuzz_finding_f5_one_redaction_pass_leaves_nothing_to_redact() {
    for (mask, text, must_redact) in [
        ("full", "4532 0151 1283 0366+1 415 555 2671", true),
        ("last4", "4532 0151 1283 0366+1 415 555 2671", true),
        (
            "full",
            "card 4532 0151 1283 0366+1 415 555 2671 or 5500 0000 0000 0004+44 20 7123 0958",
            true,
        ),
        // found by the dlp target: the key is masked, and under the masked key
        // `password:[REDACTED:…](` the value reads as a password assignment
        (
            "full",
            "KEY:password:E892asswordDE89370400440532013000(",
            true,
        ),
        // the reproducers as found (example.com is now a placeholder domain)
        ("full", "alice@acme-corp.com:bob@acme-corp.com", false),
        ("full", "https://user:secretpass@host.com@x.io", true),
        ("last4", "https://user:pa55w0rd@acme-corp.com/x", true),
    ] {
        let dlp = compile(
            json!({}),
            json!({"actions": [{"detector": "*", "action": "redact", "mask": mask}]}),
        )
        .expect("compiles");
        let mut msg = match text.strip_prefix("KEY:") {
            Some(key) => json!({"jsonrpc": "2.0", "id": 1, "result": {key: "hunter3(unter2"}}),
            None => json!({"jsonrpc": "2.0", "id": 1, "result": {"text": text}}),
        };
        let mut shadow = msg.clone();
        let first = dlp.inspect(0, Direction::Response, &mut msg);
        if must_redact {
            assert_eq!(first.verdict, Verdict::Redacted, "{mask}: {text}");
        }
        let once = msg.clone();
        let again = dlp.inspect(0, Direction::Response, &mut msg);
        assert!(
            again.findings.is_empty(),
            "{mask}: {text} became {} and still has {:?}",
            once["result"],
            again.findings
        );
        let would = dlp.inspect_with(0, Direction::Response, &mut shadow, true);
        let count = |o: &Outcome| o.findings.iter().map(|f| f.count).sum::<u32>();
        assert_eq!(
            count(&would),
            count(&first),
            "{mask}: {text}: shadow and enforce differ"
        );
    }
}

/// A second redaction pass (the phone behind the card shows only once the
/// card is masked) reads the recorded e-mail again: it is the same value,
/// still in the text, and counts once.
#[test]
fn a_second_redaction_pass_does_not_count_recorded_values_again() {
    let dlp = compile(
        json!({}),
        json!({"actions": [
            {"detector": "payment_card", "action": "redact"},
            {"detector": "phone_number", "action": "redact"},
            {"detector": "email", "action": "record"}
        ]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text":
        "4532 0151 1283 0366+1 415 555 2671, write to jane.doe@acme-corp.com"}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    let count = |name: &str| {
        out.findings
            .iter()
            .filter(|f| f.detector == name)
            .map(|f| f.count)
            .sum::<u32>()
    };
    let text = msg["result"]["text"].as_str().unwrap_or_default();
    assert!(!text.contains("4532") && !text.contains("2671"), "{text}");
    assert!(text.contains("jane.doe@acme-corp.com"), "{text}");
    assert_eq!(count("phone_number"), 1, "{:?}", out.findings);
    assert_eq!(count("email"), 1, "{:?}", out.findings);
}

#[test]
fn documentation_addresses_and_published_ibans_are_not_personal_data() {
    let dlp = recorder();
    for text in [
        "Questions: alice@mail.example.com or support@example.org",
        "sender: bot@ci.test",
        "an IBAN looks like GB29 NWBK 6016 1331 9268 19",
        "e.g. DE89 3704 0044 0532 0130 00",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // A look-alike domain is not the reserved one.
    assert_eq!(found(&dlp, "write to jane@myexample.com"), ["email"]);
}

#[test]
fn a_calendar_attendee_after_mailto_is_an_email() {
    let dlp = recorder();
    assert_eq!(
        found(
            &dlp,
            "ATTENDEE;CN=Camille Herrera;PARTSTAT=NEEDS-ACTION:mailto:cherrera@gmail.com"
        ),
        ["email"]
    );
}

/// The keyword automata report per chunk of keywords, not in text order; a
/// later assignment found first (`STRIPE_SECRET_KEY: …`) used to hide the
/// earlier ones (`POSTGRES_PASSWORD: …`) outside redaction's second pass.
#[test]
fn every_secret_assignment_in_a_long_document_is_found_in_record_mode() {
    let dlp = recorder();
    let text = format!(
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      \
         POSTGRES_PASSWORD: {}\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    \
         image: ghcr.io/acme/api:9.9.1\n    environment:\n      SMTP_PASSWORD: \"{}\"\n      \
         LOG_LEVEL: info\n      STRIPE_SECRET_KEY: sk_live_{}\n",
        rnd(40, 18, ALNUM),
        rnd(41, 32, B64),
        rnd(42, 24, ALNUM)
    );
    assert!(text.len() > 256, "long enough for the chunked keyword sets");
    let mut msg = call(json!({ "text": text }));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let count = |name: &str| {
        out.findings
            .iter()
            .filter(|f| f.detector == name)
            .map(|f| f.count)
            .sum::<u32>()
    };
    assert_eq!(count("generic_secret"), 2, "{:?}", out.findings);
    assert_eq!(count("stripe_key"), 1, "{:?}", out.findings);
}

#[test]
fn international_numbers_in_parentheses_leave_the_closing_parenthesis_out() {
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
    )
    .expect("compiles");
    for number in [
        "+49 89 1146 2478",
        "+34 911 499 395",
        "+91 91490 43761",
        "+61 2 8366 3160",
        "+33 1 11 93 41 12",
    ] {
        let text = format!("Our team (ana.silva@acme-corp.com, {number}) can help.");
        let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"text": text}});
        dlp.inspect(0, Direction::Response, &mut msg);
        assert_eq!(
            msg["result"]["text"], "Our team ([REDACTED:email], [REDACTED:phone_number]) can help.",
            "{number}"
        );
    }
}

#[test]
fn north_american_numbers_need_area_codes_and_exchanges_that_exist() {
    let dlp = recorder();
    for text in ["Phone: +1 000 000 0000", "call +1 415 055 2671"] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    let mut msg = call(json!({"Phone": "+1 000 000 0000"}));
    assert!(dlp
        .inspect(0, Direction::Request, &mut msg)
        .findings
        .is_empty());
    assert_eq!(found(&dlp, "call +1 415 867 2231"), ["phone_number"]);
}

#[test]
fn zapier_catch_hooks_are_webhook_secrets() {
    let dlp = recorder();
    for text in [
        "url: https://hooks.zapier.com/hooks/catch/6082426/l28frv4/",
        "{\"webhook_url\": \"https://hooks.zapier.com/hooks/catch/4316764/apblw1w\"}",
    ] {
        assert_eq!(found(&dlp, text), ["webhook_url"], "{text}");
    }
    assert_eq!(
        found(
            &dlp,
            "POST to https://hooks.zapier.com/hooks/catch/1234567/xxxxxxx/"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn nine_digits_next_to_a_negated_ssn_label_are_not_an_ssn() {
    let dlp = recorder();
    for text in [
        "Customer reference 300905426 (not an SSN; it's the 9-digit account number).",
        "Employee id 300905426 - this isn't an SSN.",
        "300905426 is not a social security number",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // A formatted SSN is one whatever the prose says, and a plain label still counts.
    assert_eq!(found(&dlp, "not an SSN? 345-78-2769"), ["us_ssn"]);
    assert_eq!(found(&dlp, "SSN on file: 300905426"), ["us_ssn"]);
}

/// Test-mode card numbers the processors publish, the registry's example
/// IBAN of every country, masked values (`***`, `sk_live_...4xQz`,
/// `[Filtered]`) and numbers under identifier keys are not data to
/// protect; a real-looking card and IBAN beside them still are.
#[test]
fn published_test_values_masked_values_and_identifiers_are_not_findings() {
    let dlp = recorder();
    for text in [
        "Test charge with card 5555555555554444 (test mode)",
        "{\"card\": {\"number\": \"4242 4242 4242 4242\"}}",
        "nueva cuenta: IBAN ES91 2100 0418 4502 0005 1332.",
        "<IBAN>IT60X0542811101000000123456</IBAN>",
        "origin\thttps://x-access-token:***@github.com/acme/web.git (fetch)",
        "stripe.api.secret-key=sk_live_...4xQz",
        "export ANTHROPIC_API_KEY=sk-ant-api03-...",
        "\"X-Api-Key\": \"[Filtered]\"",
        "api_key=sk_test_4eC39HqLyjWDarjtT1zdp7dc api_version=2024-06-20",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        found(&dlp, "card 4532 0151 1283 0366 on file"),
        ["payment_card"]
    );
    assert_eq!(found(&dlp, "IBAN ES66 2100 0418 4012 3456 7891"), ["iban"]);
    // A Luhn-valid barcode or id is not a card; the same digits as a card are.
    let mut msg = call(
        json!({"barcode": "4007574786527", "checkout_id": 38991506333489u64,
        "card_number": "4532015112830366"}),
    );
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let dets: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    assert_eq!(dets, ["payment_card"], "{:?}", out.findings);
    assert_eq!(out.findings.first().map(|f| f.count), Some(1));
}

/// Passwords told in a mail's own language, a password after `docker login
/// -p` or in `PGPASSWORD=`, and national phone numbers named a few words
/// before them are found; the same words without a value are not.
#[test]
fn prose_passwords_cli_passwords_and_labelled_national_phones_are_found() {
    let dlp = recorder();
    for (text, want) in [
        ("Mein Passwort für das Kundenportal lautet übrigens: S0WZ7Tcu2C8luLh8Qj – bitte zurücksetzen.", "generic_secret"),
        ("La contraseña de mi cuenta es wqvXVZFnfHE04qN, por favor cámbienla.", "generic_secret"),
        ("Mon mot de passe de l'espace client est s74FubwMyTpDaUK, merci.", "generic_secret"),
        ("  258  docker login -u ci -p pU90mfH4l!hVjSA.nB registry.corp.io", "generic_secret"),
        ("COMMAND=/usr/bin/env PGPASSWORD=qqBMIGXGdLRLRvJgapQ7wsUrrtReXfb psql -h 10.0.3.17", "generic_secret"),
        ("Mi teléfono de contacto es el 913 934 913.", "phone_number"),
        ("Potete contattarmi al 333 2833807.", "phone_number"),
        ("Podem ligar-me para o 935 512 182.", "phone_number"),
    ] {
        let got = found(&dlp, text);
        assert!(got.iter().any(|d| d == want), "{text}: {got:?}");
        assert!(got.iter().all(|d| d == want || d == "ipv4"), "{text}: {got:?}");
    }
    for text in [
        "Your password is stored hashed and can be reset from the portal.",
        "Passwort vergessen? Klicken Sie auf den Link.",
        "docker login -u ci --password-stdin registry.corp.io",
        "Kundennummer: 466767209 · Rechnungsnummer 2023 5377",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn role_machine_and_no_reply_mailboxes_are_not_personal_data() {
    let dlp = recorder();
    for text in [
        "Commit: GitHub <noreply@github.com>",
        "Author: renovate <29139614+renovate@users.noreply.github.com>",
        "From: Do-Not-Reply <Do_Not_Reply@bank.co.uk>",
        "client_email: bq-loader@lumenhq-data-693571.iam.gserviceaccount.com",
        "Signed-off-by: dependabot <support@github.com>",
        "Questions? billing@brightlane.io or it-support@brightlane.io",
        "smtp user: postmaster@mg.brightpath.io",
        "pager: On-Call@acme-corp.com, ops.alerts@acme-corp.com",
        "a@host.invalid b@box.localhost c@corp.example d@mail.example.org",
        // back-office desks: chargebacks, EDI trading partners, a court's
        // or a case team's clerk, an operations desk, a sink address
        "Chargeback evidence: disputes@harbourpay.co.nz (desk, not the cardholder)",
        "ISA partner contact edi@mercy-valley-clinic.org; assigned: clerk@amlteam.tidebank.ie",
        "escalate to operations@settlement.tidebank.ie, merchant contact void@tidepay.ie",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // People, also with a role word as sub-address tag or name part.
    for text in [
        "Author: Lea Fischer <lea.fischer89@web.de>",
        "cc aisha.whitfield+billing@eng.brightpath.io",
        "p.r@acme-corp.com",
        "ana.ibarra@example-health.org",
        "support.jane@acme-corp.com",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

#[test]
fn digits_only_numbers_in_an_exports_phone_columns() {
    let dlp = recorder();
    // A carrier's CDR export: the calling and called parties' MSISDNs have
    // no `+` or grouping; the IMSI, IMEI and cell id beside them are not
    // phones, nor are a fictional number, a masked or a hashed one.
    for delim in [";", "\t", ","] {
        let rows = [
            "record_id;start_utc;a_msisdn;b_number;imsi;cell_id;duration_s",
            "CDR7005984590;2024-07-17T09:12:05Z;447505623129;33760828891;639028265067390;849-29-60543-112;186",
            "CDR0165284580;2024-05-13T08:56:52Z;HASH:5ceb6ea15ec7cab3;44791***589;262020657259253;132-83-19993-175;41",
            "CDR0165284581;2024-05-13T08:57:52Z;447700900330;12125550108;262020657259254;232-36-26137-125;7",
        ]
        .join("\n")
        .replace(';', delim);
        let mut msg = call(json!({ "csv": rows }));
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        let phones: u32 = out
            .findings
            .iter()
            .filter(|f| f.detector == "phone_number")
            .map(|f| f.count)
            .sum();
        assert_eq!(phones, 2, "{delim:?}: {:?}", out.findings);
    }
    // The same digits outside a phone column are not read as numbers.
    let other = "record_id;reference;amount\nR1;447505623129;12.00";
    assert_eq!(found(&dlp, other), Vec::<String>::new());
}

#[test]
fn hr_leasing_and_telecom_desks_are_role_mailboxes() {
    // Recruiting, HR intake, letting and number-porting desks are shared
    // mailboxes; the people who write from them are not.
    let dlp = recorder();
    for text in [
        r#"{"coordinator": {"email": "interviews@brightlane.io"}}"#,
        "Send the signed form to intake@mercy-valley-clinic.org",
        "Questions about the lease: leasing@harbour-homes.ie, lettings@harbour-homes.ie",
        "PORT_SUPPORT_EMAIL='porting@tidetel.net' # carrier desk",
        "benefits@acme-corp.com / onboarding@acme-corp.com / recruitment@acme-corp.com",
        "provisioning@tidetel.net enrollment@tidecare.org front-desk@tidecare.org",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "interviewer: maya.intake@brightlane.io",
        "leasing agent: tomas.leasing@harbour-homes.ie",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

#[test]
fn role_mailboxes_are_reported_when_the_operator_asks() {
    let dlp = compile(
        json!({"detectorOptions": {"email": {"roleMailboxes": true}},
               "actions": [{"detector": "*", "action": "record"}]}),
        json!({}),
    )
    .expect("compiles");
    assert_eq!(found(&dlp, "write to billing@brightlane.io"), ["email"]);
    // Machines and no-reply senders are still nobody's.
    assert_eq!(
        found(
            &dlp,
            "noreply@github.com deployer@p-1.iam.gserviceaccount.com"
        ),
        Vec::<String>::new()
    );
    // A misspelt option names its JSON path.
    let policy = json!({
        "apiVersion": "mcp-warden/v1", "defaultEffect": "deny",
        "dlp": {"detectorOptions": {"email": {"roleMailbox": true}}},
        "servers": []
    });
    let err = crate::config::parse(policy.to_string().as_bytes()).expect_err("unknown option");
    assert_eq!(err.path, "dlp.detectorOptions.email.roleMailbox", "{err}");
}

#[test]
fn vendor_secrets_without_a_key_stripe_webhook_and_sendgrid() {
    let dlp = recorder();
    let whsec = format!("whsec_{}", rnd(41, 32, ALNUM));
    assert_eq!(
        found(
            &dlp,
            &format!("Your webhook signing secret is {whsec} (^C to quit)")
        ),
        // not an API key: a signing secret (Stripe's and Svix's format)
        ["generic_secret"]
    );
    let sg = format!("SG.{}.{}", rnd(42, 22, URLSAFE), rnd(43, 43, URLSAFE));
    assert_eq!(
        found(&dlp, &format!("VALUES ('mailer','{sg}');")),
        ["generic_secret"]
    );
    assert_eq!(
        found(&dlp, "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        Vec::<String>::new()
    );
}

#[test]
fn mailgun_private_api_keys_are_secrets_under_any_name() {
    let dlp = recorder();
    let key = format!("key-{}", rnd(45, 32, "0123456789abcdef"));
    for text in [
        format!("MAILGUN_KEY = \"{key}\""),
        format!("const val MAILGUN_KEY = \"{key}\""),
        format!("curl -s --user 'api:{key}' https://api.mailgun.net/v3/mg.example.org/messages"),
        format!("mailgun: {{domain: mg.brightlane.io, key: {key}}}"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    // Not Mailgun's shape: longer, shorter or not hex.
    for text in [
        format!("cache key-{}", rnd(46, 40, "0123456789abcdef")),
        "primary-key-column: key-1234".to_string(),
        "ssh-key-rotation-2024 is done".to_string(),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn secrets_in_triple_quoted_raw_and_verbatim_literals() {
    let dlp = recorder();
    let secret = rnd(48, 32, ALNUM);
    for line in [
        format!("const val CLIENT_SECRET = \"\"\"{secret}\"\"\""),
        format!("DB_PASSWORD = '''{secret}'''"),
        format!("let api_key = r#\"{secret}\"#;"),
        format!("API_SECRET = r\"{secret}\""),
        format!("var clientSecret = @\"{secret}\";"),
    ] {
        assert_eq!(found(&dlp, &line), ["generic_secret"], "{line}");
    }
    // A docstring's placeholder is still one.
    assert_eq!(
        found(&dlp, "API_SECRET = \"\"\"<your-secret-here>\"\"\""),
        Vec::<String>::new()
    );
}

#[test]
fn credential_names_glued_into_one_word() {
    let dlp = recorder();
    let secret = rnd(47, 32, ALNUM);
    for line in [
        format!("define('SIGNINGSECRET', '{secret}');"),
        format!("    static let signingsecret = \"{secret}\""),
        format!("TWILIOAUTHTOKEN=\"{secret}\""),
        format!("export const ENCRYPTIONKEY = \"{secret}\";"),
    ] {
        assert_eq!(found(&dlp, &line), ["generic_secret"], "{line}");
    }
    // Git's `user.signingkey` is a GPG key's id; `monkey` is no key.
    for line in [
        "user.signingkey=CE0BE47D2D8A5C71".to_string(),
        format!("monkey = \"{secret}\""),
    ] {
        assert_eq!(found(&dlp, &line), Vec::<String>::new(), "{line}");
    }
}

#[test]
fn credential_keys_with_pass_auth_routing_or_a_version_suffix() {
    let dlp = recorder();
    let secret = rnd(44, 32, ALNUM);
    for key in [
        "ansible_become_pass",
        "routingKey",
        "ses_smtp_password_v4",
        "DB_PASSWORD2",
    ] {
        assert_eq!(
            found(&dlp, &format!("{key}: {secret}")),
            ["generic_secret"],
            "{key}"
        );
    }
    // An AWS session token is longer than most secrets.
    let session = format!("IQoJb3JpZ2luX2Vj{}", rnd(45, 380, B64));
    assert_eq!(
        found(&dlp, &format!("aws_session_token = {session}")),
        ["generic_secret"]
    );
}

#[test]
fn registry_auth_blobs_count_when_they_decode_to_user_and_password() {
    let dlp = recorder();
    // base64 of `ci-bot:l8GJQxt_FHeM*_Jbre`
    let blob = "Y2ktYm90Omw4R0pReHRfRkhlTSpfSmJyZQ==";
    assert_eq!(found(&dlp, &format!("_auth={blob}")), ["generic_secret"]);
    let mut msg = call(json!({"auths": {"ghcr.io": {"auth": blob}}}));
    let out = recorder().inspect(0, Direction::Request, &mut msg);
    assert_eq!(out.findings.len(), 1);
    // Not user:password once decoded, or a placeholder password, or not
    // the key `auth`: nothing.
    for text in [
        "auth: oauth2-proxy-cookie-1234",
        "_auth=ZGVwbG95OnBhc3N3b3Jk",
        &format!("author = {blob}"),
        &format!("auth = {}", rnd(46, 32, ALNUM)),
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_name_beside_a_value_names_it_har_headers_and_postman_variables() {
    let dlp = recorder();
    let secret = rnd(47, 32, ALNUM);
    let session = rnd(48, 48, URLSAFE);
    let mut msg = call(json!({"headers": [
        {"name": "Accept", "value": "application/json"},
        {"name": "Cookie", "value": format!("_ga=GA1.1.644156999.1709460291; session_id={session}; theme=dark")}
    ], "variable": [
        {"key": "baseUrl", "value": "https://api.acme-corp.com/v1"},
        {"key": "twilioAuthToken", "value": secret},
        {"key": "password", "value": "Velvet$Moon5792"}
    ]}));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let secrets: u32 = out
        .findings
        .iter()
        .filter(|f| f.detector == "generic_secret")
        .map(|f| f.count)
        .sum();
    assert_eq!(secrets, 3, "{:?}", out.findings);
    // Without the sibling name, the same values say nothing.
    let mut msg = call(json!({"variable": [{"key": "pageSize", "value": secret}]}));
    assert!(dlp
        .inspect(0, Direction::Request, &mut msg)
        .findings
        .is_empty());
}

#[test]
fn a_session_cookie_in_a_cookie_header_and_a_netrc_password() {
    let dlp = recorder();
    let session = rnd(49, 40, URLSAFE);
    assert_eq!(
        found(
            &dlp,
            &format!("> Cookie: _ga=GA1.1.1.2; sessionid={session}; theme=dark\n> Accept: */*")
        ),
        ["generic_secret"]
    );
    // A cookie that is not a session, or a session id that is not random.
    assert_eq!(
        found(
            &dlp,
            "Cookie: theme=dark; _ga=GA1.1.947489030.1709294085; session=1"
        ),
        Vec::<String>::new()
    );
    let pw = rnd(50, 24, ALNUM);
    for text in [
        format!("machine api.acme-corp.com login daniel password {pw}"),
        format!("machine h\n  login daniel\n  password {pw}\n"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    assert_eq!(
        found(&dlp, "machine h login daniel password changeme"),
        Vec::<String>::new()
    );
}

#[test]
fn short_values_under_token_keys_and_constant_paths_are_not_secrets() {
    let dlp = recorder();
    for text in [
        // a CI runner prints the first 8 characters of its job token
        "Uploading artifacts... 201 Created  id=7955946227 responseStatus=201 Created token=MYlJvezu",
        "+api_key = settings.STRIPE_SECRET_KEY  # loaded from Vault",
        "password: config.DB_PASSWORD",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // Short passwords are still passwords; long tokens still tokens.
    assert_eq!(found(&dlp, "db_password=6c&Q^kK!dM"), ["generic_secret"]);
    assert_eq!(
        found(&dlp, &format!("token={}", rnd(51, 24, ALNUM))),
        ["generic_secret"]
    );
}

#[test]
fn numbers_reserved_for_fiction_reach_nobody() {
    let dlp = recorder();
    for text in [
        "From: (212) 555-0173",
        "TWILIO_FROM=+1 555-0160",
        "phone: +1-202-555-0184",
        "TWILIO_FROM=020 7946 0733",
        "call +44 20 7946 0241 or 07700 900123",
        "Tel. 0161 496 0018",
        "電話：03-0000-0000",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    let mut msg = call(json!({"To": "555-0155"}));
    assert!(dlp
        .inspect(0, Direction::Request, &mut msg)
        .findings
        .is_empty());
    // Next door to the reserved ranges: real numbers.
    for text in [
        "From: (212) 555-0273",
        "TWILIO_FROM=020 7946 1733",
        "mobile 07700 912345",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
}

#[test]
fn published_example_ssns_are_nobodys() {
    let dlp = recorder();
    for text in [
        "Example SSN placeholder in forms: `123-45-6789`",
        "the Woolworth card 078-05-1120",
        "SSN 219-09-9999 (from the 1940 pamphlet)",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(found(&dlp, "SSN 123-45-6788"), ["us_ssn"]);
}

#[test]
fn a_url_password_with_an_empty_user_is_a_credential() {
    let dlp = recorder();
    let pw = rnd(52, 24, ALNUM);
    assert_eq!(
        found(
            &dlp,
            &format!("ConnectionError: redis://:{pw}@orders-cache.internal:6379/0")
        ),
        ["url_credentials"]
    );
    assert_eq!(
        found(&dlp, "REDIS_URL=redis://:password@localhost:6379"),
        Vec::<String>::new()
    );
}

#[test]
fn japanese_dutch_and_german_mobile_formats_are_phones() {
    let dlp = recorder();
    for text in [
        "電話番号：090-8684-2148",
        "緊急連絡先：03-1352-0040（勤務先）",
        "267723;Grace Sullivan;06-32595421;Vertrieb",
        "erreichen Sie mich unter 0151 3337 5677 oder per E-Mail",
        "2865606864,Sophie,Becker,0176 95869899,Acme GmbH",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
    for text in [
        // a time's seconds, then a file size
        "2025-04-25 12:00:01 31178366 b661a5fb.tar.gz",
        // labelled as an order number
        "ご注文番号：074-3103527",
        "・注文番号 017-0102729 の二重計上を修正しました。",
        "Order no. 0171-1234567 shipped",
        // an assessor's parcel number
        "Parcel 0766-004-618, Fresno County",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    let parcel = json!({"property": {"apn": "0218-238-237", "ParcelNumber": "0766-004-618"}});
    assert_eq!(found_json(&dlp, parcel), Vec::<String>::new());
    let phone = json!({"property": {"owner_phone": "0218-238-237"}});
    assert_eq!(found_json(&dlp, phone), ["phone_number"]);
}

#[test]
fn the_secrets_of_a_vault_read_response_are_secrets_whatever_their_names() {
    let dlp = recorder();
    let s1 = "QQIh#v-.p3WCjERCh^!svoZDKsW5m";
    let s2 = rnd(53, 24, ALNUM);
    let count = |msg: &mut Value| -> u32 {
        dlp.inspect(0, Direction::Request, msg)
            .findings
            .iter()
            .filter(|f| f.detector == "generic_secret")
            .map(|f| f.count)
            .sum()
    };
    // KV v2: data.data beside data.metadata
    let mut v2 = call(
        json!({"request_id": "65f5d00c", "lease_id": "", "lease_duration": 0,
        "renewable": false, "data": {"data": {"grafana_service_account": s1,
        "gitlab_deploy_pat": "glpat-<your-token>", "owner": "platform"},
        "metadata": {"version": 3, "created_time": "2025-01-01T00:00:00Z"}}}),
    );
    assert_eq!(count(&mut v2), 1);
    // KV v1: data itself
    let mut v1 = call(json!({"lease_duration": 2764800, "renewable": false,
        "data": {"reporting_db": s2}}));
    assert_eq!(count(&mut v1), 1);
    // The same names outside a Vault response say nothing.
    let mut plain = call(json!({"data": {"grafana_service_account": s1}}));
    assert_eq!(count(&mut plain), 0);
}

#[test]
fn acma_drama_numbers_and_freephone_lines_reach_no_person() {
    let dlp = recorder();
    for text in [
        // ACMA's ranges for fiction: the 0491 570 mobile block, (02) 5550, (03) 7010
        "driver: call 0491 570 123 on arrival",
        "WhatsApp +61 491 570 188",
        "landline (02) 5550 1234",
        "fax 03 7010 4477",
        // freephone and shared-cost lines: a call centre, not a person
        "Customer care 1-888-472-3109",
        "Hotline: (877) 604-2231",
        "Free call 0800 328 1190",
        "Helpline 1800 623 411",
        "客服热线 400-819-5533",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // Next door: real numbers.
    for text in [
        "driver: call 0412 570 123 on arrival",
        "WhatsApp +61 421 570 188",
        "Call 1-212-472-3109",
        "landline (02) 9374 1234",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
}

#[test]
fn turkish_ukrainian_spanish_polish_and_bracketed_country_code_phones_are_phones() {
    let dlp = recorder();
    for text in [
        "Contact: 0532 418 27 90",
        "| Olena Bondar | 067 431 52 18 |",
        "| Ana López | 634 812 907 | 2025-06-27 |",
        "| Piotr Nowak | PL | 712-405-339 | paid |",
        "| 4411 | Lucía R. | 610 48 22 71 |",
        "Tel.: 42 735 90 12",
        "Reachable at 634 812 907 after six.",
        "Manager: Aisyah, mobile 017-482 6613 (WhatsApp ok)",
        "Andrés;(+57) 318 442 9051;Medellín",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
    for text in [
        "Join with meeting ID 616 940 911, passcode in the invite",
        "Webinar 512 734 906 starts at 10:00",
        "SKU 689-512-870 in stock: 52",
        "637 923-030",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn mir_cards_are_cards_and_iban_print_groups_are_not() {
    let dlp = recorder();
    for text in [
        "card over the phone: 2202526018159083 exp 06/31",
        "pan: 2202 5260 1815 9083",
        "Mir 2204301661318609139",
    ] {
        assert_eq!(found(&dlp, text), ["payment_card"], "{text}");
    }
    // an IBAN with a wrong check digit whose 16 inner digits pass Luhn
    assert_eq!(
        found(
            &dlp,
            "| Nurul | MY | 3983.51 | DE14 4909 9603 0824 6288 19 | paid |"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        found(
            &dlp,
            "| Nurul | MY | 3983.51 | 4909 9603 0824 6288 | paid |"
        ),
        ["payment_card"]
    );
}

#[test]
fn message_ids_role_mailboxes_and_placeholder_domains_are_nobodys_mailbox() {
    let dlp = recorder();
    for text in [
        "Message-ID: <3f2a9c1e-7b4d-4e21-9a0f-5c6d7e8f9a0b@mail.shop-tools.de>",
        "In-Reply-To: <CAB7x9k2mQp4w@mail.gmail.com>",
        "References: <a81f0c2e77d4@mx.harbour-freight.co.nz>",
        "Claims go to claims@insurer-cape.co.za",
        "remit to accounts-payable@kessler-gmbh.de",
        "ATTENDEE;CN=Everyone:mailto:all@kessler-gmbh.de",
        "Email: someone@domain.tld",
        // a SaaS API's identifiers, rooms and placeholders
        r#"{"internetMessageId": "<3a390d21487bde5447277de88439e6@eurprd04.prod.outlook.com>"}"#,
        r#"{"name": "Message-Id", "value": "<CAPzMpjQLQQIS7rPlsdUvkPzniKYGhEG7SOfVRg3Su@mail.gmail.com>"}"#,
        r#"{"iCalUID": "91j4p1hzlqb9fwfk3nbp58ufjk@google.com"}"#,
        r#"{"email": "room-4a-3b031b@resource.calendar.google.com", "resource": true}"#,
        "use the form: <code>your.name@company.com</code> or name@company.com",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "From: Lena Fischer <lena.fischer@shop-tools.de>",
        "Message from lena.fischer@shop-tools.de about the claim",
        "owner: annasmith1985forwork@mailbox.org",
        "owner: ChristopherMcDonald1985@mailbox.org",
        "owner: lena@company.de",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
    // An operator who wants role mailboxes gets the new ones too.
    let roles = compile(
        json!({"actions": [{"detector": "*", "action": "record"}],
               "detectorOptions": {"email": {"roleMailboxes": true}}}),
        json!({}),
    )
    .expect("compiles");
    assert_eq!(
        found(&roles, "Claims go to claims@insurer-cape.co.za"),
        ["email"]
    );
}

#[test]
fn routing_numbers_fhir_identifiers_and_mt940_ibans() {
    let dlp = recorder();
    let count = |msg: &mut Value, det: &str| -> u32 {
        dlp.inspect(0, Direction::Request, msg)
            .findings
            .iter()
            .filter(|f| f.detector == det)
            .map(|f| f.count)
            .sum()
    };
    // An ABA routing number next to an SSN label is not a second SSN.
    let mut msg = call(json!({"text":
        "SSN: 512-48-3306\nDirect deposit: routing 121042882, account ****4410"}));
    assert_eq!(count(&mut msg, "us_ssn"), 1);
    // FHIR names an identifier or contact point in `system`.
    let mut patient = call(json!({"resourceType": "Patient", "identifier": [
        {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "512483306"},
        {"system": "urn:oid:2.16.840.1.113883.4.1", "value": "431-77-2085"},
        {"system": "urn:oid:2.16.840.1.113883.19.5", "value": "MRN42596480"}],
        "telecom": [{"system": "phone", "value": "415 728 3391", "use": "mobile"}]}));
    assert_eq!(count(&mut patient, "us_ssn"), 2);
    let mut patient = call(json!({"telecom": [{"system": "phone", "value": "415 728 3391"}]}));
    assert_eq!(count(&mut patient, "phone_number"), 1);
    // MT940 `:86:` subfields glue the IBAN to its `?31` code.
    assert_eq!(
        found(
            &dlp,
            ":86:166?00SEPA-UEBERWEISUNG?20EREF+4820294?31DE76512108004821993518?32MAX MUSTER"
        ),
        ["iban"]
    );
}

#[test]
fn arns_timestamps_publishable_keys_cart_tokens_and_ciphertext_are_not_secrets() {
    use base64::Engine as _;
    let dlp = recorder();
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    // an OpenPGP message: a public-key encrypted session key packet first
    let mut pgp = vec![0xC1, 0xC0, 0x4C, 0x03];
    pgp.extend(rnd(61, 300, ALNUM).bytes());
    // a SealedSecret value: a 512-byte RSA block's length, then the rest
    let mut sealed = vec![0x02, 0x00];
    sealed.extend(rnd(62, 600, ALNUM).bytes());
    for text in [
        "SecretId: arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-4f1c2a9e-77b0-4c2d-9e1a-0b3c5d7e9f11".to_string(),
        "Your password was changed on 2025-04-18T08:38:44.442Z from a new device".to_string(),
        format!("STRIPE_API_KEY=pk_test_{}", rnd(63, 24, ALNUM)),
        format!("SECRET_TOKEN={}", b64(&pgp)),
        format!("db_password: {}", b64(&sealed)),
        format!("spec:\n  encryptedData:\n    password: {}\n", rnd(64, 300, B64)),
        format!("encrypted_secret = \"{}\"", rnd(65, 300, B64)),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
    let mut order = call(
        json!({"order": {"checkout_token": rnd(66, 32, "0123456789abcdef"),
        "cart_token": rnd(67, 26, ALNUM)}}),
    );
    assert!(dlp
        .inspect(0, Direction::Request, &mut order)
        .findings
        .is_empty());
    // The same shapes as plain secrets are still found.
    for text in [
        format!("SECRET_TOKEN={}", rnd(68, 300, B64)),
        format!("data:\n  password: {}\n", rnd(64, 300, B64)),
        "db_password=Hq3!vN8xKp2m".to_string(),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
}

#[test]
fn passwords_on_windows_command_lines_and_quoted_after_the_word_are_secrets() {
    let dlp = recorder();
    for text in [
        "CommandLine: net user backup_svc Xk9#mQ2vLp7! /add /domain",
        r"schtasks /create /tn Nightly /tr C:\jobs\x.bat /sc daily /ru CORP\svc_job /rp Vb7!kQ2mZp9x",
        "sqlcmd -S db01 -U sa -P \"Rt5#wQ8zLm2v\" -Q \"SELECT 1\"",
        "$c = ConvertTo-SecureString 'Hq3!vN8xKp2m' -AsPlainText -Force",
        "- VPN: user `new.hire`, password `Tq8+Zr*2Wm!x` (change on first login)",
        "admin pw for the switch is Kx8!vRt2Lm9q, don't share",
        "      DB_PASSWORD:       Jw4!pQz8Ld2sXe7n",
        "Analytics(writeKey=\"h3JkP9sLq2WxZ8vB4n\")",
    ] {
        assert_eq!(found(&dlp, text), ["generic_secret"], "{text}");
    }
    for text in [
        "net user bob /delete",
        "net user alice * /add",
        "the password `field` is required",
        "ConvertTo-SecureString $plain -AsPlainText",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_terraform_random_password_result_is_a_secret() {
    let dlp = recorder();
    let pw = "r7-Kq2!ZmV9xLp4wT8sB";
    let state = |typ: &str| {
        json!({"version": 4, "resources": [{"mode": "managed", "type": typ, "name": "db",
            "instances": [{"attributes": {"id": "none", "length": 20, "result": pw}}]}]})
    };
    let count = |msg: &mut Value| -> u32 {
        dlp.inspect(0, Direction::Request, msg)
            .findings
            .iter()
            .filter(|f| f.detector == "generic_secret")
            .map(|f| f.count)
            .sum()
    };
    assert_eq!(count(&mut call(state("random_password"))), 1);
    // `random_id` and `random_pet` results are names, not passwords.
    assert_eq!(count(&mut call(state("random_pet"))), 0);
    // The state read as text by a file tool (Terraform's member order).
    let text = format!(
        "$ cat terraform.tfstate\n{{\n  \"resources\": [\n    {{\n      \"mode\": \"managed\",\n      \"type\": \"random_password\",\n      \"name\": \"db\",\n      \"instances\": [\n        {{\n          \"attributes\": {{\n            \"length\": 20,\n            \"result\": \"{pw}\"\n"
    );
    assert_eq!(found(&dlp, &text), ["generic_secret"]);
    assert_eq!(
        found(&dlp, &text.replace("random_password", "random_pet")),
        Vec::<String>::new()
    );
}

/// Detector names found in a tool's arguments given as JSON, sorted.
fn found_in(dlp: &Dlp, args: Value) -> Vec<String> {
    let mut msg = call(args);
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let mut v: Vec<String> = out.findings.into_iter().map(|f| f.detector).collect();
    v.sort();
    v
}

#[test]
fn internationalised_mailboxes_are_found_whole() {
    let dlp = recorder();
    for text in [
        "Rechnung an birgit@bäckerei-kühn.de senden",
        "contact: mathis@café-olé.fr",
        "jürgen.weiß@gmx.de hat geantwortet",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
    // Redaction takes the whole address, not its ASCII tail.
    let redactor = compile(
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
        json!({}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1,
        "result": {"content": [{"type": "text", "text": "an jürgen.weiß@gmx.de, 联系人王"}]}});
    redactor.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["content"][0]["text"],
        "an [REDACTED:email], 联系人王"
    );
    // A CJK sentence running into an address is not its local part.
    let mut msg = json!({"jsonrpc": "2.0", "id": 1,
        "result": {"content": [{"type": "text", "text": "请联系li.wei@qq.com"}]}});
    redactor.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["content"][0]["text"],
        "请联系[REDACTED:email]"
    );
}

#[test]
fn return_paths_calendars_and_team_lists_are_nobodys_mailbox() {
    let dlp = recorder();
    for text in [
        "Return-Path: <bounce-6abb8184c825@orrery-labs.com>",
        "ORGANIZER;CN=Team:mailto:calendar@quillmark.de",
        "To: all-hands@stonecrop.app",
        "cc eng@kestrelanalytics.io",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "To: bounce.smith@stonecrop.app",
        "cc eng.li@kestrelanalytics.io",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

#[test]
fn freephone_written_with_a_country_code_and_impossible_american_numbers_reach_no_person() {
    let dlp = recorder();
    for text in [
        "Hotline +49 800 331 0611",
        "フリーダイヤル 0120-991-152",
        "お問い合わせ 0120-991-1524",
        "Numéro vert 0805 12 34 56",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        found_in(
            &dlp,
            json!({"fax": "(555) 010-0175", "phone": "(212) 010-4477"})
        ),
        Vec::<String>::new()
    );
    // Next door: real numbers.
    for text in [
        "Mobil +49 153 2183 8525",
        "موبايل 012 0729 3974",
        "Call (212) 472-3109",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
    assert_eq!(
        found_in(&dlp, json!({"fax": "(212) 472-3109"})),
        ["phone_number"]
    );
}

#[test]
fn processor_scenario_cards_full_of_zeros_are_test_numbers() {
    let dlp = recorder();
    assert_eq!(
        found(
            &dlp,
            "test mode: card 4000 0000 0000 0259 triggers a dispute"
        ),
        Vec::<String>::new()
    );
    assert_eq!(found(&dlp, "card 4000 0012 3456 7899"), ["payment_card"]);
}

#[test]
fn terraform_sensitive_outputs_and_har_session_cookies_are_secrets() {
    let dlp = recorder();
    let aws = "8mLdCuyKhDVFP83CpWpmUDGRvp+EgggIA6wy1V1L";
    let pass = rnd(61, 20, ALNUM);
    assert_eq!(
        found_in(
            &dlp,
            json!({"ci_user_secret": {"value": aws, "type": "string", "sensitive": true},
                   "db_admin": {"value": pass, "type": "string", "sensitive": true},
                   "region": {"value": "eu-west-1", "type": "string", "sensitive": false}})
        ),
        ["aws_secret_access_key", "generic_secret"]
    );
    // The same values in outputs nobody marked sensitive, under plain names.
    assert_eq!(
        found_in(
            &dlp,
            json!({"db_admin": {"value": pass, "type": "string", "sensitive": false}})
        ),
        Vec::<String>::new()
    );
    let session = "_pDqxVA38nBQEwXfGVLz9ztfeuOiCTfhpXDANpe71uv";
    assert_eq!(
        found_in(
            &dlp,
            json!({"cookies": [{"name": "_ga", "value": "GA1.1.6957562566.2653512005"},
            {"name": "theme", "value": "dark"}, {"name": "session", "value": session}]})
        ),
        ["generic_secret"]
    );
    // A member merely called `session` is some id.
    assert_eq!(
        found_in(
            &dlp,
            json!({"liveness": {"score": 0.83, "session": "0c64d15d4e9dafa832690fcc"}})
        ),
        Vec::<String>::new()
    );
}

#[test]
fn secrets_in_tables_named_by_their_header_or_their_row_are_found() {
    let dlp = recorder();
    let grafana = "Yaik9rb3boka4KTYLMRer4zK6PRXB";
    let session = "950f04eeefc93092375903dd38046eb4896bffdd";
    // A password manager's CSV export: the name is the column's header.
    let csv = format!(
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n\
         Integrations,,login,Grafana service account,\"rotated 2025-09-28\",,0,https://grafana.corp.io,sa-dashboards,{grafana},\n"
    );
    assert_eq!(found(&dlp, &csv), ["generic_secret"]);
    // A wiki table: the name is the row's first cell.
    let wiki = format!(
        "h2. Access\n|| System || Host || Credential ||\n| SESSION_SECRET | - | {session} |\n"
    );
    assert_eq!(found(&dlp, &wiki), ["generic_secret"]);
    let markdown = format!("| service | api_secret |\n|---|---|\n| billing | {grafana} |\n");
    assert_eq!(found(&dlp, &markdown), ["generic_secret"]);
    // Masked cells, token counts and a column merely about passwords.
    for text in [
        "| user | password |\n|---|---|\n| alice | ******** |\n| bob | <redacted> |\n",
        "model,input_tokens,output_tokens\ngpt-4o,18230,2211\nclaude,9120,1873\n",
        "user,password_last_changed,mfa\nalice,2025-03-01T10:00:00Z,on\n",
        "| SESSION_SECRET | set in Vault at secret/app |\n",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn the_international_long_tail_shared_mailboxes_bots_free_numbers_and_password_words() {
    let dlp = recorder();
    for text in [
        "Fragen: datenschutz@kowalski-transport.pl, rechnung@weber-bau.de",
        "atendimento@padaria-costa.com.br · facturacion@yildiz-insaat.com.tr",
        "Numero verde 800 618 969 · Atención 900 982 925",
        "| Jenkins | admin | 1Password: Ops/Jenkins | https://jenkins.test.corp.local |",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for (text, want) in [
        ("kontakt.mueller@weber-bau.de", "email"),
        (
            "https://open.feishu.cn/open-apis/bot/v2/hook/f825b5b2-c2a5-4db5-aef2-2f6dce67e7b5",
            "webhook_url",
        ),
        (
            "https://oapi.dingtalk.com/robot/send?access_token=3fc33732cff0ecb2259f4bf751f6e056507a80556cf6c40d67d2c3947a5c932d",
            "webhook_url",
        ),
        (
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=331b107f-d0a7-4e43-80f9-a2a5e2adcbb8",
            "webhook_url",
        ),
        ("ci-runner: jeton chargé GR1348941AT6qowmsM3R-_Tfow1ak", "gitlab_token"),
        (
            "aws configure set aws_secret_access_key ryDYXNDjkaJNiDRWeez+grlwLR/P62UGonxlVFdu --profile backup",
            "aws_secret_access_key",
        ),
        ("login attempt user=admin Passwort=ada89a1abcec50013c80509d4ac4e3adfb74a14f from the VPN", "generic_secret"),
        (
            "| Dienst | Benutzer | Passwort | URL |\n|---|---|---|---|\n| Grafana | ops | PaionQ8w#609 | https://grafana.test.corp.local |\n",
            "generic_secret",
        ),
    ] {
        assert_eq!(found(&dlp, text), [want], "{text}");
    }
}

#[test]
fn what_an_agents_tools_return_cookies_calls_dumps_and_vendor_prefixes() {
    let dlp = recorder();
    let sid = rnd(51, 32, ALNUM);
    // curl's `-b` and a HAR-like `["Cookie", "…"]` pair carry a login;
    // an anti-forgery cookie does not.
    assert_eq!(
        found(
            &dlp,
            &format!(
                "curl 'https://api.example.net/v2' \\\n  -b 'connect.sid={sid}; _gid=GA1.2.31'"
            )
        ),
        ["generic_secret"]
    );
    assert_eq!(
        found_in(
            &dlp,
            json!({"headers": [["Cookie", format!("sessionid={sid}")]]})
        ),
        ["generic_secret"]
    );
    assert!(found(
        &dlp,
        &format!("Set-Cookie: csrftoken={sid}; Path=/; SameSite=Lax")
    )
    .is_empty());
    // A call's default (`os.getenv(NAME, default)`), a value after a
    // no-break space and in backticks.
    assert_eq!(
        found(
            &dlp,
            &format!("REDIS_PASSWORD = os.getenv('REDIS_PASSWORD', '{sid}')")
        ),
        ["generic_secret"]
    );
    assert_eq!(
        found(
            &dlp,
            &format!("- Staging admin Password:\u{a0}`{sid}=^x` (user `admin`)")
        ),
        ["generic_secret"]
    );
    // psql's table and a SQL dump's INSERT name the column elsewhere.
    let psql = format!(
        " id    | name        | api_secret\n-------+-------------+-----------\n 61347 | Nadia Nowak | {sid}!x*9\n(1 row)\n"
    );
    assert_eq!(found(&dlp, &psql), ["generic_secret"]);
    let insert = format!(
        "INSERT INTO `customers` (`id`, `full_name`, `api_key`) VALUES (1,'Hiroshi Liu','{sid}'),(2,'A B','{}');",
        rnd(52, 40, ALNUM)
    );
    let mut msg = call(json!({ "text": insert }));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    assert_eq!(
        out.findings
            .iter()
            .map(|f| (f.detector.as_str(), f.count))
            .collect::<Vec<_>>(),
        [("generic_secret", 2)]
    );
    // Written in mixed case by hand or by an ORM's log.
    let mixed = format!(
        "Insert Into users (id, email_verified, password) Values (7, 1, '{}');",
        rnd(55, 32, ALNUM)
    );
    assert_eq!(found(&dlp, &mixed), ["generic_secret"], "{mixed}");
    // Vendor prefixes say what a token is, with no name beside it.
    for t in [
        format!("sntryu_{}", rnd(53, 64, "0123456789abcdef")),
        format!("dckr_pat_{}", rnd(54, 27, ALNUM)),
    ] {
        assert_eq!(
            found(&dlp, &format!("token in log: {t} ok")),
            ["generic_secret"],
            "{t}"
        );
    }
    // Mattermost's incoming webhooks live on the customer's own host.
    assert_eq!(
        found(
            &dlp,
            "post to https://chat.example.org/hooks/yeo2laoyrbek3wtje0h44knb74 now"
        ),
        ["webhook_url"]
    );
    // References and fixtures are not secrets: an ARN (in backticks or as
    // another key's value), a vault path in a table, a test token.
    for t in [
        "use `arn:aws:secretsmanager:us-east-1:638502061197:secret:prod/db-Gn51a4` in configs",
        "+STRIPE_API_KEY=arn:aws:secretsmanager:us-east-1:584751348043:secret:prod/stripe-4Lk0cn",
        "| Service | Credential |\n|---|---|\n| Vault | `vault:secret/data/auth-service#api_key` |",
        "tests/test_auth.py:32:FAKE_TOKEN = \"test-token-123\"  # dummy",
    ] {
        assert!(found(&dlp, t).is_empty(), "{t}: {:?}", found(&dlp, t));
    }
}

#[test]
fn percent_encoded_values_in_query_strings_are_found_and_redacted_encoded() {
    let dlp = compile(
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
        json!({}),
    )
    .expect("compiles");
    let text = "GET /v2/contacts?email=bjorn_demir%40marisol-retail.es&phone=%2B33%206%2048%2073%2087%2024&page=2 HTTP/1.1";
    let mut msg =
        json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": text}]}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted);
    let mut names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["email", "phone_number"]);
    assert!(out
        .findings
        .iter()
        .all(|f| f.signals.contains(&"url_encoded")));
    let after = msg["result"]["content"][0]["text"].as_str().expect("text");
    assert!(
        !after.contains("bjorn_demir") && !after.contains("%2048%2073"),
        "{after}"
    );
    assert!(
        after.starts_with("GET /v2/contacts?email=") && after.ends_with("&page=2 HTTP/1.1"),
        "{after}"
    );
    // An ordinary encoded URL and a value found plainly are left as they were.
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text",
        "text": "see https://example.com/search?q=rust%20wasm%20filter&lang=en"}]}});
    assert!(dlp
        .inspect(0, Direction::Response, &mut msg)
        .findings
        .is_empty());
}

#[test]
fn the_generic_detector_is_triggered_by_every_word_that_names_a_password() {
    let specs = builtin::specs();
    let generic = specs
        .iter()
        .find(|s| s.name == "generic_secret")
        .expect("generic_secret is built in");
    for w in validate::PASSWORD_WORDS {
        assert!(generic.words.contains(w), "{w} is not a trigger word");
        assert!(validate::generic_key(&format!("db_{w}")), "{w}");
        assert!(validate::may_name_data(&format!("User{w}")), "{w}");
    }
}

#[test]
fn decoded_text_is_charged_to_the_budget_once_and_keeps_its_members_key() {
    use base64::Engine as _;
    // A base64 run of clean text beside a value redacted in plain text: the
    // second redaction pass reads the run again but must not pay again.
    let plain = "release notes: nothing secret in here. ".repeat(20);
    let blob = base64::engine::general_purpose::STANDARD.encode(&plain);
    let text = format!("owner bob@acme-corp.com attachment {blob}");
    let budget = text.len() + plain.len() + 64;
    let dlp = compile(
        json!({"decodeBase64": true, "scanBudgetBytes": budget}),
        json!({"actions": [{"detector": "email", "action": "redact"}]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"t": text}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(out.verdict, Verdict::Redacted, "{:?}", out.findings);
    let after = msg["result"]["t"].as_str().expect("text");
    assert!(
        after.starts_with("owner [REDACTED:email] attachment "),
        "{after}"
    );

    // A percent-encoded value is read with the key it sits under: a
    // national number is a phone number because the member says so.
    let dlp = compile(
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
        json!({}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"structuredContent": {
        "mobile": "512%20345%20678", "ref": "512%20345%20678"}}});
    let out = dlp.inspect(0, Direction::Response, &mut msg);
    let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    assert_eq!(names, ["phone_number"], "{msg}");
    assert_eq!(msg["result"]["structuredContent"]["ref"], "512%20345%20678");
}

#[test]
fn what_saas_connectors_return_values_named_by_a_sibling_a_parent_or_a_column() {
    let dlp = recorder();
    let secret = rnd(70, 24, ALNUM);
    let aws = rnd(71, 40, B64);
    // Named by a sibling: a password manager's field, a form's answer, a
    // CRM's custom field, an audit log's change.
    for (doc, want) in [
        (
            json!({"id": "credential", "type": "CONCEALED", "label": "secret access key", "value": aws}),
            "aws_secret_access_key",
        ),
        (json!({"field": "SSN", "answer": "590606329"}), "us_ssn"),
        (
            json!({"field": {"id": "bAonCawIuFPD", "ref": "ssn", "type": "short_text"},
                   "type": "text", "text": "854462178"}),
            "us_ssn",
        ),
        (json!({"key": "SSN", "val": "222708521"}), "us_ssn"),
        (
            json!({"field": "api_key", "old": null, "new": secret}),
            "generic_secret",
        ),
        // Named by the array's key (SCIM), or in another script.
        (
            json!({"phoneNumbers": [{"value": "340 5381205", "type": "mobile"}]}),
            "phone_number",
        ),
        (json!({"顧客": {"パスワード": secret}}), "generic_secret"),
        // Named by a column: Snowflake's rowType + data, BigQuery's
        // schema.fields + rows[].f[].v.
        (
            json!({"resultSetMetaData": {"rowType": [{"name": "ID"}, {"name": "SSN"}]},
                   "data": [["311505", "027466465"]]}),
            "us_ssn",
        ),
        (
            json!({"schema": {"fields": [{"name": "user_id"}, {"name": "mobile"}]},
                   "rows": [{"f": [{"v": "8910976"}, {"v": "388 0772443"}]}]}),
            "phone_number",
        ),
        // A password in a ticket's HTML.
        (
            json!({"body": format!("<ul><li>Login: <code>kasia</code></li><li>Password: <code>{secret}@7036</code></li></ul>")}),
            "generic_secret",
        ),
    ] {
        assert_eq!(found_in(&dlp, doc.clone()), [want], "{doc}");
    }
    // The same values with nothing naming them are nobody's, and a
    // secret's place-holders and references are not secrets.
    for doc in [
        json!({"field": "Customer tier", "answer": "590606329"}),
        json!({"notes": [{"value": "340 5381205", "type": "count"}]}),
        json!({"resultSetMetaData": {"rowType": [{"name": "ID"}, {"name": "ORDER_NO"}]},
               "data": [["311505", "027466465"]]}),
        json!({"label": "secret access key", "value": "[concealed]"}),
        json!({"key": "DB_PASSWORD", "value": "projects/acme/secrets/db-password/versions/latest",
               "type": "secret-reference"}),
    ] {
        assert_eq!(found_in(&dlp, doc.clone()), Vec::<String>::new(), "{doc}");
    }
    // A row object with more than its cells is read whole.
    let doc = json!({"schema": {"fields": [{"name": "id"}]},
        "rows": [{"f": [{"v": "1"}], "api_key": secret}]});
    assert_eq!(found_in(&dlp, doc.clone()), ["generic_secret"], "{doc}");
}

#[test]
fn secrets_shown_cut_off_by_an_ellipsis_are_not_findings() {
    let dlp = recorder();
    let gh = format!("ghp_{}", rnd(301, 12, ALNUM));
    let ant = format!("sk-ant-api03-{}", rnd(302, 30, URLSAFE));
    let body = rnd(303, 18, ALNUM);
    // A page or snippet that prints the first characters of a key names
    // the key; the key is not there.
    for text in [
        format!("github_token: {gh}…"),
        format!("GH_TOKEN={gh} […] and more"),
        format!("ANTHROPIC_API_KEY: **{ant}...**"),
        format!("- PAT: {ant} [...]"),
        format!("export CI_REGISTRY_TOKEN={body}\u{2026}"),
        format!("data-api-key=\"{body} […]\""),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
    // The whole key, at the end of a sentence, is still one.
    let full = format!("ghp_{}", rnd(304, 36, ALNUM));
    assert_eq!(
        found(&dlp, &format!("token: {full}. Rotate it.")),
        ["github_token"]
    );
    assert_eq!(
        found(&dlp, &format!("CI_REGISTRY_TOKEN={body} (rotated)")),
        ["generic_secret"]
    );
    // Dots after a whole key do not hide it (a sender told to append
    // `...` to get a key past redaction).
    let whole_ant = format!("sk-ant-api03-{}", rnd(305, 95, URLSAFE));
    for text in [
        format!("token: {full}..."),
        format!("ANTHROPIC_API_KEY={whole_ant}\u{2026}"),
        format!("key: {whole_ant} [...]"),
    ] {
        assert_eq!(found(&dlp, &text).len(), 1, "{text}");
    }
    // A search snippet's elisions around a whole key are not a cut in it.
    assert_eq!(
        found(&dlp, &format!("\u{2026} GITHUB_TOKEN={full} \u{2026}")),
        ["github_token"]
    );
}

#[test]
fn a_row_under_a_table_header_is_data_even_when_it_reads_like_a_header() {
    let dlp = recorder();
    // `| Header | Value |` is the header; the Authorization row under it is
    // data, so it does not make the column beside it a secret column.
    let text = "| Header | Value |\n|---|---|\n| Authorization | `Bearer YOUR_API_KEY` |\n| Accept | `text/x9-plain` |\n| X-Trace | `b7Kq2Lm9Zt4W` |\n";
    assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    // A header naming a secret on the table's first row still names it.
    let secret = rnd(311, 20, ALNUM);
    let text = format!("| Service | API key |\n|---|---|\n| billing | {secret} |\n");
    assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
}

#[test]
fn media_types_are_not_secrets() {
    let dlp = recorder();
    for text in [
        "client_secret = application/vnd.api+json",
        "API_TOKEN: multipart/form-data",
        "session_token=image/svg+xml",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn nine_digits_named_by_another_label_on_their_line_are_not_an_ssn() {
    let dlp = recorder();
    // A form read from a PDF: the SSN field is masked, the member number
    // beside it is labelled with a dot leader or a colon.
    for text in [
        "SSN ....... ***-**-4821\nPolicy number ....... 281530947\nGroup 4471",
        "| SSN | masked |\nEnrollee no: 281530947\n",
        "Social Security No. on file (masked)\nAccount # 281530947",
        "SSN withheld. Reference 55821-\n281530947 applies.",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text:?}");
    }
    // Nine digits under or beside an SSN label are still one.
    for text in [
        "SSN on file: 281530947",
        "Employee SSN ........ 281530947",
        "name,ssn\nRiley Park,281530947",
        "Social Security\n281530947",
    ] {
        assert_eq!(found(&dlp, text), ["us_ssn"], "{text:?}");
    }
}

#[test]
fn vendor_keys_spelled_with_counting_runs_are_documentation() {
    let dlp = recorder();
    for text in [
        "SLACK_TOKEN: xoxb-12345-67890-2837465-abcdefgh",
        "token = xoxp-23456-78901-5512093-bcdefghij",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    let real = format!(
        "xoxb-{}-{}-{}",
        rnd(321, 12, "0123456789"),
        rnd(322, 13, "0123456789"),
        rnd(323, 24, ALNUM)
    );
    assert_eq!(
        found(&dlp, &format!("SLACK_TOKEN: {real}")),
        ["slack_token"]
    );
}

#[test]
fn rotating_slack_tokens_are_found_whole() {
    let dlp = recorder();
    let parts: Vec<String> = (0..7)
        .map(|i| rnd(331 + i, 6 + 5 * i as usize, ALNUM))
        .collect();
    let token = format!("xoxe.xoxp-1-{}", parts.join("-"));
    let text = format!("SLACK_BOT_TOKEN: {token}\nnext: 1");
    assert_eq!(found(&dlp, &text), ["slack_token"], "{text}");
    let mut msg = call(json!({ "text": text }));
    let dlp = compile(
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
        json!({}),
    )
    .expect("compiles");
    dlp.inspect(0, Direction::Response, &mut msg);
    let out = msg.to_string();
    assert!(
        !out.contains(parts[6].as_str()) && !out.contains("xoxe."),
        "{out}"
    );
}

#[test]
fn the_words_aws_secret_name_a_40_character_secret_in_prose() {
    let dlp = recorder();
    let secret = format!("{}/{}", rnd(341, 20, B64), rnd(342, 19, B64));
    assert_eq!(secret.len(), 40);
    for text in [
        format!("3. Use the credentials below:\n\n- AWS secret: `{secret}`\n"),
        format!("The checklist. AWS secret: {secret} During the review."),
    ] {
        assert_eq!(found(&dlp, &text), ["aws_secret_access_key"], "{text}");
    }
}

#[test]
fn a_secret_assigned_to_a_subscript_is_found() {
    let dlp = recorder();
    let hex = rnd(351, 32, "0123456789abcdef");
    for text in [
        format!("os.environ[\"METRICS_API_KEY\"] = \"{hex}\""),
        format!("settings['session_token'] = '{hex}'"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    // A comparison or a lookup is not an assignment.
    for text in [
        format!("if os.environ[\"METRICS_API_KEY\"] == \"{hex}\":"),
        "token = os.environ[\"METRICS_API_KEY\"]".to_string(),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn message_ids_under_their_header_member_are_nobodys_mailbox() {
    let dlp = recorder();
    for args in [
        json!({"headers": {"Message-ID": "<lFFNzcSK9JqA4SM9SKvCmpRZ.7381838146@mail.quillandink.fr>",
                           "In-Reply-To": "<LRBl3DOP3lwgwzwfQirc@mail.quillandink.fr>"}}),
        json!({"message_id": "<anna.meyer.4711@mail.shop-tools.de>"}),
        json!({"References": "<a.b.1@mx.harbour.co.nz> <LRBl3DOP3lwgwzwfQirc@mail.harbour.co.nz>"}),
    ] {
        assert_eq!(found_in(&dlp, args.clone()), Vec::<String>::new(), "{args}");
    }
    // The member's name alone excuses nothing: a bare address there, or an
    // address in brackets under another member, is a mailbox.
    for args in [
        json!({"Message-ID": "lena.fischer@shop-tools.de"}),
        json!({"references": "ask lena.fischer@shop-tools.de"}),
        json!({"from": "<lena.fischer@shop-tools.de>"}),
    ] {
        assert_eq!(found_in(&dlp, args.clone()), ["email"], "{args}");
    }
}

/// The same identifiers in log and export syntaxes: a syslog structured
/// data parameter, Windows event XML, a cookie jar, a form body. A bare
/// address after the label, or a bracketed one after another label, is
/// still a mailbox.
#[test]
fn bracketed_message_ids_after_their_label_in_any_syntax_are_nobodys_mailbox() {
    let dlp = recorder();
    for text in [
        r#"[meta@32473 message_id="<a86a4c078582.9678@mail.copperleaf.fr>" seq="974"] config applied"#,
        r#"<Data Name="message_id">&lt;f2934474cda0.3929@mail.vantage-ai.io></Data>"#,
        ".copperleaf.in\tTRUE\t/\tTRUE\t1797815494\tmessage_id\t%3Ca724604cfd27.6990%40mail.northwind-logistics.eu%3E",
        "a=1&message_id=%3Cd0bb7df808b9.3079%40mail.kestrel-labs.com%3E&b=2",
        "level=info msgid=<CAB7x9k2mQp4w@mail.example-mx.net> in_reply_to=<x1.y2@mx.harbour.co.nz>",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "level=info message_id=lena.fischer@shop-tools.de",
        r#"[meta@32473 reply_to="<lena.fischer@shop-tools.de>"]"#,
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

#[test]
fn a_conference_id_named_with_phone_is_not_a_phone_number() {
    let dlp = recorder();
    for text in [
        "Dial in by phone (415) 555-0129,,966094688# United States<br>Phone conference ID: 966 094 688#</div>",
        "Phone conference ID: 312 656 287#",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // A phone number written after the label is still one.
    assert_eq!(
        found(
            &dlp,
            "Phone conference ID: 966 094 688# or call me on +44 20 3946 1180"
        ),
        ["phone_number"]
    );
}

#[test]
fn telegram_bot_tokens_are_secrets_without_a_label() {
    let dlp = recorder();
    let token = format!("7245156116:AA{}", rnd(41, 33, ALNUM));
    for text in [
        format!("TELEGRAM_BOT_TOKEN={token}\nCACHE_TTL=300"),
        format!("here's the bot: {token} — don't share"),
        format!("curl https://api.telegram.org/bot{token}/getMe"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    for text in [
        // a placeholder, and a longer token that only starts like one
        "bot token: 123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_string(),
        format!("ref {token}Zq9 in the log"),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn an_adaptive_card_fact_is_named_by_its_title() {
    let dlp = recorder();
    let secret = rnd(42, 40, B64);
    let card = json!({"type": "FactSet", "facts": [
        {"title": "Name", "value": "Bjorn Delgado"},
        {"title": "Secret", "value": secret},
    ]});
    assert_eq!(found_in(&dlp, card), ["aws_secret_access_key"]);
    // a title naming nothing sensitive gives its value no context
    let card = json!({"facts": [{"title": "Build", "value": rnd(43, 40, B64)}]});
    assert_eq!(found_in(&dlp, card), Vec::<String>::new());
}

#[test]
fn a_bare_aws_secret_after_the_secret_in_chat_is_found() {
    let dlp = recorder();
    let secret = "kJ9iviCOWD8+mWVG/5b9w1ppcbw91HwR9Zi0seE0";
    for text in [
        format!("and the secret (the 40-char one)\n{secret}"),
        format!("The secret for the new IAM user: {secret}"),
    ] {
        assert_eq!(found(&dlp, &text), ["aws_secret_access_key"], "{text}");
    }
    // a commit id after the words is no key
    assert_eq!(
        found(
            &dlp,
            "the secret sauce landed in 3f2a9c1e7b4d4e219a0f5c6d7e8f9a0b1c2d3e4f"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_password_jotted_down_unquoted_is_found() {
    let dlp = recorder();
    for text in [
        "pw: Harbor_Harbor521",
        "pw: 0b8baf577349ab3319378b675c6b6cc0",
        "password Saffron-Basalt1116 — change it on first login",
        "username svc_ember\npassword Falcon.Orchid36 — change it on first login",
        "<p>wifi Velvet-Guest / pw nOHFpX~H97g+loO=L0qH</p>",
    ] {
        assert_eq!(found(&dlp, text), ["generic_secret"], "{text}");
    }
    for text in [
        "password reset link sent; pw: ********; password policy applies",
        "pw: <your-password-here>",
        "password protected: yes",
        // a SealedSecret's ciphertext
        "spec:\n  encryptedData:\n    password: AgBDPd5e5FonGzM5iN0/eIVR9dCAiZv/G8aSnO9biqmdZxSY0BvfSGvVaqLR2bL",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_callers_ani_and_a_signatures_one_letter_label_name_phone_numbers() {
    let dlp = recorder();
    assert_eq!(
        found_in(
            &dlp,
            json!({"caller": {"ani": "606 396 342", "verified": false}})
        ),
        ["phone_number"]
    );
    for text in [
        "Sven Costa\nHarborview\nm: 631 559 546\n\nOn Wed, 31 Jul 2024",
        "--\nAnna Nowak\nT: +48 22 625 41 10",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
    for text in [
        "T: 10:30 stand-up\np: 2024-05-01",
        // not at the start of a line
        "room m: 606 396 342",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

/// A URL-encoded form body or query string writes a card's spaces as `+`.
#[test]
fn a_card_in_a_form_body_with_plus_for_spaces_is_found() {
    let dlp = recorder();
    for text in [
        "amount=12.50&card=4521+4960+0011+3029&exp=0427",
        "GET /pay?pan=4521+4960+0011+3029 HTTP/1.1",
    ] {
        assert_eq!(found(&dlp, text), ["payment_card"], "{text}");
    }
    // Not a card: the checksum fails, or the separators are mixed.
    for text in ["sum=4521+4960+0011+3028", "x=4521+4960 0011-3029"] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn an_escaped_typed_secret_is_named_by_its_type_and_escaped_delimiters_are_read() {
    let dlp = recorder();
    let secret = format!(
        "{}%2B{}%2F{}",
        rnd(31, 12, ALNUM),
        rnd(32, 14, ALNUM),
        rnd(33, 8, ALNUM)
    );
    // 12 + 1 + 14 + 1 + 8 = 36 decoded characters is not an AWS secret;
    // make it 40.
    let secret = format!("{secret}{}", rnd(34, 4, ALNUM));
    for text in [
        format!("GET /export?secretAccessKey={secret}&ts=1 HTTP/1.1"),
        format!("AWS_SECRET_ACCESS_KEY={secret}&doi=10.5727%2Fs41586.44596"),
    ] {
        assert_eq!(found(&dlp, &text), ["aws_secret_access_key"], "{text}");
    }
    // The password of a percent-encoded connection string: the `:` and `@`
    // around it are the escapes.
    let pw = "tundra-violet-quartz-67";
    let text = format!(
        "x?dsn=mongodb%2Bsrv%3A%2F%2Fapp%3A{pw}%40db.internal.lan%3A3306%2Forders&limit=20"
    );
    assert_eq!(found(&dlp, &text), ["url_credentials"], "{text}");
    // An address that is a query parameter's value inside a full URL.
    let text = "https://orbitalpay.io/v1/items?enduser_email=dlamini.r%40gmail.com&limit=20";
    assert_eq!(found(&dlp, text), ["email"]);
    let text = "https://orbitalpay.io/v1/items?enduser_email=dlamini.r@gmail.com&limit=20";
    assert_eq!(found(&dlp, text), ["email"]);
    // A masked value stays masked when it is percent-encoded.
    assert!(found(&dlp, "api_key=sk-proj-%E2%80%A6hwWT&x=1").is_empty());
}

#[test]
fn secrets_in_cookie_jars_arrows_typed_wrappers_and_rails_configs_are_found() {
    let dlp = recorder();
    let v = rnd(41, 31, ALNUM);
    for text in [
        // a Netscape cookie jar line: name TAB value
        format!(".quantaflow.eu\tTRUE\t/\tFALSE\t1741512939\tadmin_password\t{v}"),
        format!("loaded redis_password -> {v}"),
        format!("{{'secret_key_base': '{v}'}}"),
        format!(
            "#<Client:0x1 @connect_sid=\"s%3A{v}.{}\">",
            rnd(42, 20, ALNUM)
        ),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    // ... but not code that reads the secret, or a tab-separated header.
    for text in [
        "config.secret_key_base = Rails.application.credentials.secret_key_base",
        "name\tpassword\tcreated_at",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    // A typed wrapper takes its name from the member around it.
    let secret = rnd(43, 40, B64);
    for doc in [
        json!({"aws_secret_key": {"bytes": secret}}),
        json!({"Item": {"aws_secret_access_key": {"S": secret}}}),
    ] {
        let mut msg = call(doc.clone());
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
        assert_eq!(names, ["aws_secret_access_key"], "{doc}");
    }
}

#[test]
fn device_configs_and_database_dumps_name_their_secrets_in_their_own_syntax() {
    let dlp = recorder();
    let v = rnd(51, 24, ALNUM);
    for text in [
        // Android logcat provisioning Wi-Fi, and OpenWrt's UCI export
        format!("D WifiProvision : provision ssid=Fenna_Net psk={v} sec=WPA2"),
        format!("config wifi-iface 'radio0'\n\toption encryption 'psk2'\n\toption key '{v}'\n"),
        // Android getprop
        format!("[ro.serialno]: [W7RR330Z90CP]\n[vendor.mqtt.password]: [{v}=]\n"),
        // a plist's key and string
        format!("<dict>\n\t<key>ApiSecret</key>\n\t<string>{v}</string>\n</dict>"),
        // Redis MONITOR and HGETALL
        format!("1772907774.934314 [0 unix:6379] \"HSET\" \"tenant:194\" \"passwd\" \"{v}!\""),
        format!("7) \"rssi\"\n8) \"-65\"\n9) \"password\"\n10) \"{v}\"\n"),
        // Azure's shared access keys
        format!("enrollmentGroup.primaryKey={v}="),
        // pg_dump
        format!("COPY public.accounts (id, email, api_token, created_at) FROM stdin;\n2524\t\\N\t{v}\t2026-02-12\n\\.\n"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    // wal2json names each value by the column list beside it.
    let mut msg = call(
        json!({"change": [{"kind": "insert", "columnnames": ["id", "secret"],
        "columnvalues": [3323, format!("{v}=")]}]}),
    );
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    assert_eq!(names, ["generic_secret"]);
    // Push-notification addresses and shared device mailboxes are nobody's
    // secret or personal data; neither is an unnamed UCI option or a
    // table's primary key.
    let hex = rnd(52, 64, "0123456789abcdef");
    for text in [
        format!("<key>DeviceToken</key>\n\t<string>{hex}</string>"),
        format!("\"apns-device-token\": \"{hex}\""),
        format!("token: \"rrbnGtOE4_9:APA91b{}\"", rnd(53, 120, URLSAFE)),
        "owner: devices@nordlys-energi.no, fleet@quarryhill.co.uk, firmware@kestrelworks.io"
            .to_string(),
        "\toption ssid 'Halvorsen5G'\n\toption key 'lan'\n".to_string(),
        "primary_key: customer_id".to_string(),
    ] {
        assert!(
            found(&dlp, &text).is_empty(),
            "{text}: {:?}",
            found(&dlp, &text)
        );
    }
}

/// Detector names found in a JSON tool argument, sorted.
fn found_json(dlp: &Dlp, args: Value) -> Vec<String> {
    let mut msg = call(args);
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let mut v: Vec<String> = out.findings.into_iter().map(|f| f.detector).collect();
    v.sort();
    v
}

#[test]
fn x12_ncpdp_and_plaid_name_their_phone_numbers_and_ssns() {
    let dlp = recorder();
    // X12 `PER` contact segment: the `TE` / `CP` qualifier names the number.
    let claim = "ST*837*0042*005010X222A1~NM1*41*2*OAKRIDGE PEDIATRICS*****46*A77Q1~\
                 PER*IC*MARISOL VEGA*TE*5039217764*EM*billing@oakridge-peds.org~SE*3*0042~";
    assert_eq!(found(&dlp, claim), ["phone_number"], "{claim}");
    let enroll = "INS*Y*18*030*XN*A*E**FT~NM1*IL*1*OKAFOR*DAVID~PER*IP**CP*4076613390~";
    assert_eq!(found(&dlp, enroll), ["phone_number"], "{enroll}");
    // `REF*SY` is the subscriber's SSN; a ZIP+4 or an employer id in the
    // same claim is not.
    let sub = "NM1*IL*1*OKAFOR*DAVID****MI*XJH2210045~N3*41 ELM ST~N4*DAYTON*OH*454023318~\
               REF*EI*371845520~REF*SY*372418860~DMG*D8*19810304*M~";
    assert_eq!(found(&dlp, sub), ["us_ssn"], "{sub}");
    // NCPDP Telecommunication: field `CQ` (patient phone) after 0x1C.
    let rx = "\u{1e}\u{1c}AM01\u{1c}C419790822\u{1c}CAMARISOL\u{1c}CBVEGA\u{1c}CQ5039217764\u{1c}CY0048812\u{1d}";
    assert_eq!(found(&dlp, rx), ["phone_number"], "{rx:?}");
    // Plaid identity: `"phone_numbers": [{"data": …, "primary": …}]`.
    let plaid = json!({"owners": [{"phone_numbers": [
        {"data": "5039217764", "primary": true, "type": "mobile"}]}]});
    assert_eq!(found_json(&dlp, plaid), ["phone_number"]);
    // An opaque `data` member without the contact shape is not named by
    // its array.
    let blob = json!({"phone_numbers": [{"data": "5039217764", "kind": "count"}]});
    assert_eq!(found_json(&dlp, blob), Vec::<String>::new());
}

#[test]
fn public_body_lines_and_form_account_boxes_are_not_personal_numbers() {
    let dlp = recorder();
    // The UK's 0300 lines belong to public bodies and charities.
    for text in [
        "Questions about your tax code: call the helpline on 0300 123 1072",
        "DVLA enquiries +44 300 790 6802",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(found(&dlp, "Call me on 07911 284 503"), ["phone_number"]);
    // A form's box label in a column before nine digits names them.
    let form = "RECIPIENT'S TIN  372-41-8860\nAccount number (see instructions)  588120734\n";
    assert_eq!(found(&dlp, form), ["us_ssn"], "{form}");
    let ssn_box = "RECIPIENT'S TIN  372-41-8860\nSSN of spouse (see instructions)  588120734\n";
    let mut msg = call(json!({ "text": ssn_box }));
    let n: u32 = dlp
        .inspect(0, Direction::Request, &mut msg)
        .findings
        .iter()
        .filter(|f| f.detector == "us_ssn")
        .map(|f| f.count)
        .sum();
    assert_eq!(n, 2, "{ssn_box}");
}

#[test]
fn uuids_under_client_secret_or_api_token_keys_are_credentials() {
    let dlp = recorder();
    for doc in [
        json!({"oauth": {"client_id": "q4TzW0fGm2Lr", "client_secret": "5b0d6c2e-91a4-4f37-b8e2-0c4d9a7f1e63"}}),
        json!({"text": "payout connector  api_token=8f21c0d4-3b6a-4e9f-a1c7-52e0b9d4f6a8"}),
    ] {
        assert_eq!(found_json(&dlp, doc.clone()), ["generic_secret"], "{doc}");
    }
    // Identifiers that are UUIDs stay out.
    for doc in [
        json!({"session_token": "5b0d6c2e-91a4-4f37-b8e2-0c4d9a7f1e63"}),
        json!({"idempotency_key": "5b0d6c2e-91a4-4f37-b8e2-0c4d9a7f1e63"}),
        json!({"text": "request_token=8f21c0d4-3b6a-4e9f-a1c7-52e0b9d4f6a8"}),
    ] {
        assert_eq!(found_json(&dlp, doc.clone()), Vec::<String>::new(), "{doc}");
    }
}

#[test]
fn base64_secrets_that_start_with_a_slash_are_not_paths() {
    let dlp = recorder();
    let padded = format!("/{}=", rnd(72, 42, B64));
    let bare = format!("/{}", rnd(73, 35, ALNUM));
    for s in [&padded, &bare] {
        let doc = json!({"tpp": {"client_id": "efa4d9", "client_secret": s}});
        assert_eq!(found_json(&dlp, doc), ["generic_secret"], "{s}");
    }
    let path = json!({"client_secret": "/var/run/secrets/oauth/client"});
    assert_eq!(found_json(&dlp, path), Vec::<String>::new());
}

#[test]
fn an_aws_shaped_run_inside_a_longer_vendor_key_is_that_key() {
    let dlp = recorder();
    let key = format!(
        "sk-admin-{}_{}T3BlbkFJ{}_{}",
        rnd(74, 40, ALNUM),
        rnd(75, 30, ALNUM),
        rnd(76, 40, ALNUM),
        rnd(77, 20, ALNUM)
    );
    let cfg = format!(
        "aws:\n  secret_access_key: {}\nllm:\n  openai_api_key: {key}\n",
        rnd(78, 40, B64)
    );
    assert_eq!(
        found(&dlp, &cfg),
        ["aws_secret_access_key", "openai_api_key"],
        "{cfg}"
    );
}

#[test]
fn nacha_ppd_entries_carry_ssns_in_the_individual_id_field() {
    let dlp = recorder();
    let pad = |s: String| format!("{s:<94}");
    let header = pad("101 091000019 1234567890250301".to_string()
        + "1200A094101DEST BANK              ORIGIN CO");
    let batch = pad(format!(
        "{:<50}{}",
        "5200ACME PAYROLL LLC", "PPDPAYROLL    250301"
    ));
    let entry = |id: &str| {
        pad(format!(
            "622{}{:<17}{}{:<15}{:<22}  0",
            "091000019", "48210033", "0000125075", id, "OKAFOR DAVID"
        ))
    };
    let file = [
        header.clone(),
        batch.clone(),
        entry("372418860"),
        entry("EMP00412"),
    ]
    .join("\n");
    assert_eq!(found(&dlp, &file), ["us_ssn"], "{file}");
    // A corporate (CCD) batch carries company ids there, and a file
    // without the header is not read as NACHA.
    let ccd = batch.replace("PPD", "CCD");
    let other = [header, ccd, entry("372418860")].join("\n");
    assert_eq!(found(&dlp, &other), Vec::<String>::new(), "{other}");
    let bare = entry("372418860");
    assert_eq!(found(&dlp, &bare), Vec::<String>::new(), "{bare}");
}

#[test]
fn a_secret_paired_with_another_vendors_key_id_is_not_an_aws_secret() {
    let dlp = recorder();
    let secret = rnd(79, 40, ALNUM);
    // A brokerage API's key pair: the key id is not AWS's.
    let broker =
        json!({"account": {"api": {"api_key": "PKW7RZ2M5QXNB4D9JT3L", "api_secret": secret}}});
    assert_eq!(found_json(&dlp, broker), ["generic_secret"]);
    // Beside an AWS key id, or alone, the same shape is AWS's.
    let aws = json!({"access_key_id": "AKIAQ7R2N5LXW3YTKB4M", "ci_user_secret": secret});
    assert_eq!(
        found_json(&dlp, aws),
        ["aws_access_key_id", "aws_secret_access_key"]
    );
    let alone = json!({"ci_user_secret": secret});
    assert_eq!(found_json(&dlp, alone), ["aws_secret_access_key"]);
}

#[test]
fn oauth_client_and_webhook_signing_secrets_are_not_aws_secrets() {
    let dlp = recorder();
    let secret = rnd(80, 40, ALNUM);
    for key in [
        "client_secret",
        "signing_secret",
        "webhookSecret",
        "consumer_secret",
    ] {
        let doc =
            json!({"provisioning_config": {"endpoint": "https://es2.example.net", key: secret}});
        assert_eq!(found_json(&dlp, doc), ["generic_secret"], "{key}");
    }
    // AWS's own names keep AWS's rule.
    let aws = json!({"aws_client_secret": secret});
    assert_eq!(found_json(&dlp, aws), ["aws_secret_access_key"]);
}

/// OCR reads a scanned form's field rule as `|_` glued to the value; an
/// identifier's underscore (`emp_…`) still ends nothing.
#[test]
fn values_glued_to_an_ocr_form_rule_are_found() {
    let dlp = recorder();
    for (text, want) in [
        ("Social Security No. |_858-69-7404 _", "us_ssn"),
        ("Socia1 security number |_798-20-9091  ✓", "us_ssn"),
        ("Cell |_086 608 5716 _\nEmail:", "phone_number"),
        ("Telefon |_0176 90562109 |", "phone_number"),
        ("Mobile for MFA |_+44 7893 359380", "phone_number"),
    ] {
        assert_eq!(found(&dlp, text), [want], "{text}");
    }
    for text in ["ref emp_858697404 ok", "batch row_0176 90562109"] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

/// Swedish numbers: area code, a dash, then 3-2-2 groups.
#[test]
fn swedish_numbers_with_a_dash_after_the_area_code_are_phone_numbers() {
    let dlp = recorder();
    for text in ["phone: '073-404 01 75'", "kontakt 070-885 93 27 efter 17"] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
}

/// A carrier's CDR lists IMSIs: 15 digits from a mobile country code, and
/// Australia's 505 passes Luhn as often as chance lets it. Processors'
/// published test cards are no one's card.
#[test]
fn imsis_in_call_records_and_processors_test_cards_are_not_cards() {
    let dlp = recorder();
    for text in [
        "cdr_id;ts;imsi;imei\nCDR3204252922;2024-01-26T02:17:11Z;505014563112839;993666144770283",
        "card: '4263982640269299', dob: '1958-03-02'",
        "Adyen test card 4111 1111 4555 1142 (any CVC)",
        "Braintree sandbox: 4217651111111119",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    // a 16-digit Maestro number, and a card next to a test one
    for text in ["Maestro 5018 1234 5678 9014", "card: '4263982640269281'"] {
        assert_eq!(found(&dlp, text), ["payment_card"], "{text}");
    }
}

/// DMARC report addresses and a shop's returns or refunds desk are shared
/// mailboxes, like `billing@`; a person at the same domain is still found.
#[test]
fn dmarc_returns_and_refunds_mailboxes_are_role_addresses() {
    let dlp = recorder();
    for text in [
        "_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@lindenhof-versand.de\"",
        "{\"Key\": \"owner\", \"Value\": \"returns@papierwerk.co\"}",
        "questions about your refund: refunds@kaffeerad.com.au",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(found(&dlp, "owner: marta.ilves@papierwerk.co"), ["email"]);
}

/// Stripe's 3-D Secure test cards move no money either.
#[test]
fn stripe_three_d_secure_test_cards_are_not_cards() {
    let dlp = recorder();
    for text in [
        "\"3ds_always\": \"4000 0038 0000 0446\"",
        "3DS + insufficient funds: 4000008260003178",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

/// A shop's order object carries its own `token` beside `cart_token` and
/// `checkout_token`: the order's id (its status page), like theirs. A cart
/// recovery link's `token=` names the cart. A bare `token` elsewhere, or a
/// password-reset link's, is still a credential.
#[test]
fn order_and_cart_tokens_of_a_shop_are_ids() {
    let dlp = recorder();
    let hex = rnd(41, 32, "0123456789abcdef");
    let order = json!({"order": {"id": 7310, "order_number": 1184, "token": hex,
        "cart_token": rnd(42, 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
        "checkout_token": rnd(43, 32, "0123456789abcdef")}});
    assert_eq!(found_json(&dlp, order), Vec::<String>::new());
    let link = format!(
        "Finish checking out: https://teeworks.example.de/cart/recover?token={hex}&utm_source=mail"
    );
    assert_eq!(found(&dlp, &link), Vec::<String>::new());
    assert_eq!(found_json(&dlp, json!({"token": hex})), ["generic_secret"]);
    let reset = format!("reset here: https://teeworks.example.de/account/reset?token={hex}");
    assert_eq!(found(&dlp, &reset), ["generic_secret"]);
}

/// JSON serialised into a string of a document shown as text (a secret
/// store's `SecretString`, kubectl's last-applied annotation): its quotes
/// arrive escaped, `\"password\": \"…\"`, and still delimit a key and value.
#[test]
fn members_of_json_with_escaped_quotes_are_assignments() {
    let dlp = recorder();
    let pw = rnd(51, 18, ALNUM);
    let store = format!(
        "SecretString: \"{{\\\"username\\\": \\\"app\\\", \\\"password\\\": \\\"{pw}\\\", \\\"port\\\": 3306}}\""
    );
    assert_eq!(found(&dlp, &store), ["generic_secret"], "{store}");
    let b64 = rnd(52, 44, B64);
    let applied =
        format!("\"last-applied\": \"{{\\\"data\\\":{{\\\"api-key\\\":\\\"{b64}\\\"}}}}\"");
    assert_eq!(found(&dlp, &applied), ["generic_secret"], "{applied}");
    // an escaped name with a plain value is unchanged
    let plain = "{\\\"username\\\": \\\"app\\\", \\\"region\\\": \\\"eu-north-1\\\"}";
    assert_eq!(found(&dlp, plain), Vec::<String>::new(), "{plain}");
}

/// Cloud audit records put a person's address after a principal's type or
/// role: GCP IAM members (`user:…`, `group:…` in a policy's bindings) and
/// AWS assumed-role sessions (`AROA…:name@corp`). A `user:pass@host` in
/// prose stays a login, not an address.
#[test]
fn addresses_after_an_iam_member_type_or_a_role_id_are_emails() {
    let dlp = recorder();
    let role = format!("AROA{}", rnd(61, 17, UPNUM));
    let trail = json!({"userIdentity": {"type": "AssumedRole",
        "principalId": format!("{role}:t.varga@lumocraft.io")}});
    assert_eq!(found_json(&dlp, trail), ["email"]);
    let policy = "{\"bindings\":[{\"role\":\"roles/viewer\",\"members\":[\"user:okonkwo.ada@fernhollow.com\"]}]}";
    assert_eq!(found(&dlp, policy), ["email"], "{policy}");
    let member =
        json!({"members": ["group:data-eng@fernhollow.com", "user:l.moreau@fernhollow.com"]});
    assert_eq!(found_json(&dlp, member), ["email"]);
    assert_eq!(
        found(&dlp, "proxy login user:Quartz77@relay.fernhollow.com then"),
        Vec::<String>::new()
    );
}

/// An Azure Logic Apps or Power Automate HTTP trigger is a webhook: its
/// `sig=` signs the call, so the URL alone posts to the workflow.
#[test]
fn logic_apps_and_power_automate_trigger_urls_are_webhooks() {
    let dlp = recorder();
    let wf = rnd(71, 32, "0123456789abcdef");
    let sig = rnd(72, 43, URLSAFE);
    for url in [
        format!("https://prod-07.northeurope.logic.azure.com:443/workflows/{wf}/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={sig}"),
        format!("https://default1a2b3c.4d.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/{wf}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={sig}"),
    ] {
        let text = format!("TEAMS_FLOW_URL={url}");
        assert_eq!(found(&dlp, &text), ["webhook_url"], "{text}");
    }
    // the same trigger without its signature calls nothing
    let bare = format!("https://prod-07.northeurope.logic.azure.com/workflows/{wf}/triggers/manual/paths/invoke?api-version=2016-10-01");
    assert_eq!(found(&dlp, &bare), Vec::<String>::new());
}

/// A Microsoft Entra client secret has its own shape (`…8Q~…`, 40
/// characters): found under any name or none, not inside a longer token.
#[test]
fn entra_client_secrets_are_found_by_their_shape() {
    let dlp = recorder();
    let tail = rnd(
        81,
        34,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-",
    );
    let secret = format!("w{}7Q~{tail}", rnd(82, 2, ALNUM));
    for text in [
        format!("new client secret for the billing app: {secret} (expires 2026)"),
        format!("{{\"secretText\": \"{secret}\", \"hint\": \"w4\"}}"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    let glued = format!("blob/{}{secret}x", rnd(83, 6, ALNUM));
    assert_eq!(found(&dlp, &glued), Vec::<String>::new(), "{glued}");
}

/// A key named for HMAC signs messages (a payment processor's notification
/// HMAC key): a credential, written in hex or otherwise.
#[test]
fn hmac_keys_are_secrets() {
    let dlp = recorder();
    let hex = rnd(91, 64, "0123456789ABCDEF");
    for text in [
        format!("PSP_HMAC_KEY={hex}"),
        format!("{{\"webhook\": {{\"hmacKey\": \"{hex}\"}}}}"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
}

/// Sydney's and Milan's two-digit area codes are written `02 9374 4000`:
/// four and four after the trunk code. ACMA's drama block stays fictional.
#[test]
fn two_digit_area_codes_in_fours_are_phone_numbers() {
    let dlp = recorder();
    for text in [
        "Tel. 02 3285 1567\nP.IVA 67105805365",
        "You can also call me on 02 1721 7648 after 5pm.",
        "{\"telephone\": \"02 6293 5874\"}",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
    for text in ["call 02 5550 1234 (a drama number)", "build 2024 0501 1234"] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
}

/// Law-firm, e-discovery and payer desks are shared mailboxes, also when
/// their words run together (`memberappeals`, `records-custodian`,
/// `custodianofrecords`); a person named like one of the words is not.
#[test]
fn legal_and_payer_desks_and_their_compounds_are_role_mailboxes() {
    let dlp = recorder();
    for text in [
        "Serve the request on recordscustodian@quillmere-law.com",
        "cc: litigation-hold@quillmere-law.com; ediscovery@quillmere-law.com",
        "Appeals: memberappeals@sunfield-health.net, fax 0 or priorauthorizations@sunfield-health.net",
        "{\"telecom\": [{\"system\": \"email\", \"value\": \"providerrelations@sunfield-health.net\"}]}",
        "Questions to ethics@quillmere-law.com or custodianofrecords@quillmere-law.com",
        "Verify coverage: eligibility@sunfield-health.net, credentialing@sunfield-health.net",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "From: Nadia Prior <prior@quillmere-law.com>",
        "holden.marsh@quillmere-law.com",
        "Paralegal: ethan.records@quillmere-law.com",
        "kit.ops@quillmere-law.com",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// A Concordance load file quotes every field in `þ` and separates them
/// with `¶`; the thorns are not part of the address beside them, so a
/// desk's address is still a role mailbox and a person's is redacted whole.
#[test]
fn concordance_thorns_around_an_address_are_delimiters() {
    let dlp = recorder();
    let row = "þDOC-000412þ¶þlegal@quillmere-law.comþ¶þhelp@sunfield-health.net; Ortiz, Leaþ";
    assert_eq!(found(&dlp, row), Vec::<String>::new());
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
        {"type": "text", "text": "þDOC-000413þ¶þmarisol.vega@quillmere-law.comþ¶þ04/02/2021þ"}]}});
    dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["content"][0]["text"],
        json!("þDOC-000413þ¶þ[REDACTED:email]þ¶þ04/02/2021þ")
    );
    // An Icelandic local part keeps its first letter.
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
        {"type": "text", "text": "Hafðu samband: þórdís@simnet.is"}]}});
    dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["content"][0]["text"],
        json!("Hafðu samband: [REDACTED:email]")
    );
}

/// Mobile push and analytics identifiers that ship in every install are
/// not secrets: a device's push token under an analytics event's
/// `context.device` and Mixpanel's project token. The project's API
/// secret, and a legacy FCM server key (which sends as the project), are.
#[test]
fn push_tokens_and_analytics_project_tokens_are_not_secrets() {
    let dlp = recorder();
    let hex64 = rnd(71, 64, "0123456789abcdef");
    let event = json!({"type": "track", "event": "Plan Viewed",
        "context": {"device": {"model": "Pixel 8", "type": "ios", "token": hex64}}});
    assert_eq!(found(&dlp, &event.to_string()), Vec::<String>::new());
    let fcm = format!(
        "I/PushService: registered, token: {}:APA91b{}",
        rnd(72, 22, URLSAFE),
        rnd(73, 134, URLSAFE)
    );
    assert_eq!(found(&dlp, &fcm), Vec::<String>::new(), "{fcm}");
    let hex32 = || rnd(74, 32, "0123456789abcdef");
    let echo = format!("mixpanel: project_token={} ingest=ok", hex32());
    assert_eq!(found(&dlp, &echo), Vec::<String>::new(), "{echo}");
    let echo = format!("mixpanel: api_secret={}", rnd(75, 32, "0123456789abcdef"));
    assert_eq!(found(&dlp, &echo), ["generic_secret"], "{echo}");
    let mut msg = call(
        json!({"push": {"fcm": {"server_key": format!("AAAA{}:APA91b{}",
        rnd(76, 7, URLSAFE), rnd(77, 134, URLSAFE))}}}),
    );
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    assert_eq!(names, ["generic_secret"]);
}

/// AWS secret keys where mobile apps keep them: the AWS SDK's credentials
/// provider logs `secretKey=`, and a Firebase Remote Config template names
/// a parameter's `defaultValue` by the parameter.
#[test]
fn aws_secrets_in_mobile_sdk_logs_and_remote_config_parameters() {
    let dlp = recorder();
    let secret = || format!("Qm7{}", rnd(81, 37, B64));
    let log = format!(
        "09:41:07.311 D/AWSMobileClient: credentials provider: secretKey={}\n09:41:07.400 I/App: ready",
        secret()
    );
    assert_eq!(found(&dlp, &log), ["aws_secret_access_key"], "{log}");
    let mut msg = call(json!({"parameters": {
        "S3_UPLOAD_SECRET_ACCESS_KEY": {"defaultValue": {"value": secret()},
                                        "description": "uploads"},
        "welcome_banner": {"defaultValue": {"value": "Hello again"}}}}));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
    assert_eq!(names, ["aws_secret_access_key"]);
}

/// A feature-flag service's server-side SDK key reads every flag and user
/// segment: a secret, unlike the client-side key apps ship with.
#[test]
fn server_side_sdk_keys_of_flag_services_are_secrets() {
    let dlp = recorder();
    let id = format!(
        "{}-{}-4{}-a{}-{}",
        rnd(91, 8, "0123456789abcdef"),
        rnd(92, 4, "0123456789abcdef"),
        rnd(93, 3, "0123456789abcdef"),
        rnd(94, 3, "0123456789abcdef"),
        rnd(95, 12, "0123456789abcdef")
    );
    for key in [
        format!("sdk-{id}"),
        format!("secret-{}", rnd(96, 43, ALNUM)),
    ] {
        let mut msg = call(json!({"flags": {"serverSdkKey": key, "clientSdkKey": "client-abc"}}));
        let out = dlp.inspect(0, Direction::Request, &mut msg);
        let names: Vec<&str> = out.findings.iter().map(|f| f.detector.as_str()).collect();
        assert_eq!(names, ["generic_secret"], "{key}");
    }
    let mut msg =
        call(json!({"flags": {"serverSdkKey": "sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"}}));
    assert!(dlp
        .inspect(0, Direction::Request, &mut msg)
        .findings
        .is_empty());
}

/// On an OCR'd CMS-1500, box 25's tick says whether the nine digits are
/// the provider's SSN or the practice's EIN.
#[test]
fn cms1500_box_25_with_ein_ticked_is_not_an_ssn() {
    let dlp = recorder();
    let form = |a: &str, b: &str| {
        format!("25. FEDERAL TAX I.D. NUMBER   SSN  EIN    26. PATIENT ACCT\n   517283946       [{a}]  [{b}]    AC-30118\n")
    };
    assert_eq!(found(&dlp, &form(" ", "X")), Vec::<String>::new());
    assert_eq!(found(&dlp, &form("X", " ")), ["us_ssn"]);
}

/// Desks named by what they handle (a permit counter, a core lab, a
/// cluster's help line) are role mailboxes in any trade: department nouns,
/// well-known office initials, and a desk head word after anything
/// (`-help`, `_support`, `.requests`, run-together `…core`). People's
/// mailboxes stay findings: initials and surname, a first name before a
/// head-like surname, an initial before a head word.
#[test]
fn desks_named_by_what_they_handle_are_role_mailboxes() {
    let dlp = recorder();
    for text in [
        "Zoning questions: zoning@tarnwick-county.gov",
        "Samples go to biobank@halden-institute.org and imagingcore@halden-institute.org",
        "Tow requests: towing@quayside-autos.co.uk; parts@quayside-autos.co.uk",
        "#SBATCH --mail-user=cluster-help@halden-institute.org",
        "Escalate to fieldsupport@quayside-autos.co.uk or grad_programs@halden.edu",
        "Public records: foia@tarnwick-county.gov, ethics board irb@halden.edu",
        "{\"contact\": \"vaccine.claims@tarnwick-county.gov\"}",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "PI e-mail: mokafor@halden-institute.org",
        "From: Lena Core <lena.core@halden.edu>",
        "cc j.help@quayside-autos.co.uk",
        "kit.ops@quayside-autos.co.uk",
        "notify=ravi_data1@halden.edu",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// A mailbox named by an abstract or collective noun (`inspections@`,
/// `procurement-operations@`, `partnerships@`) is a desk even when no word
/// list has its domain's word; a person named like one (`jclement`,
/// `lance`, `felicity`) and a noun beside a name stay personal data.
#[test]
fn mailboxes_named_by_abstract_nouns_are_desks() {
    let dlp = recorder();
    for text in [
        "Send the form to inspections@harrow-borough.gov.uk",
        "Questions: partnerships@quillfield.example.org or logistics@quillfield.io",
        "cc: procurement-operations@quillfield.io, subscriptions@quillfield.io",
        "{\"owner\": \"acquisitions@quillfield.io\"}",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "From: jclement@quillfield.io",
        "owner: felicity@quillfield.io",
        "cc lance.vance@quillfield.io",
        "mara.operations@quillfield.io",
        "ops lead: t.hastings@quillfield.io",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// A scanned form's blank (`E-mail: ____value____`) glues underscore rules
/// to both ends of the address: the rules are not part of it, so the
/// mailbox is found and redacted alone. One `_` still joins an identifier
/// (`ref_a@b` is its local part).
#[test]
fn form_blank_rules_around_an_address_are_not_part_of_it() {
    let dlp = recorder();
    for text in [
        "Applicant e-mail: ____okonkwo.ada@riverbend-mail.net____   Phone: ________",
        "Contact: ___h.lindgren+forms@fjordpost.se___\nSigned: ____",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
    assert_eq!(
        found(&dlp, "Mailbox: ____@riverbend-mail.net____"),
        Vec::<String>::new()
    );
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
        {"type": "text", "text": "E-mail: ____okonkwo.ada@riverbend-mail.net____"}]}});
    dlp.inspect(0, Direction::Response, &mut msg);
    let text = msg["result"]["content"][0]["text"].as_str().unwrap_or("");
    assert!(text.starts_with("E-mail: ____"), "{text}");
    assert!(text.ends_with("____"), "{text}");
    assert!(!text.contains("okonkwo"), "{text}");
}

/// S3-compatible stores (MinIO, Ceph, R2) sign with secret keys of AWS's
/// form: a 40-character value under `s3_secret` is one.
#[test]
fn an_s3_secret_is_an_aws_secret_access_key() {
    let dlp = recorder();
    let s3 = rnd(1907, 40, B64);
    assert_eq!(
        found(
            &dlp,
            &format!("storage:\n  bucket: plates\n  s3_secret: {s3}\n")
        ),
        ["aws_secret_access_key"]
    );
}

/// OCPP's `AuthorizationKey` is a charge point's password to its central
/// system, as a key/value pair or an assignment.
#[test]
fn an_authorization_key_is_a_secret() {
    let dlp = recorder();
    let hex = rnd(1908, 40, "0123456789abcdef");
    for text in [
        format!("{{\"key\": \"AuthorizationKey\", \"readonly\": false, \"value\": \"{hex}\"}}"),
        format!("AuthorizationKey={hex}"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
}

/// A log's `cookie=` field holds a cookie header: its session cookie is a
/// login; other cookies are not.
#[test]
fn a_cookie_field_in_a_log_holds_a_session_cookie() {
    let dlp = recorder();
    let sess = rnd(1909, 44, ALNUM);
    let text = format!("12:04:51 audit ev=SESSION cookie=DESKSESSID={sess}; Path=/; HttpOnly");
    assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    assert_eq!(
        found(&dlp, "12:04:51 audit ev=PREFS cookie=theme=dark; lang=en"),
        Vec::<String>::new()
    );
}

/// Nine digits under a camelCase routing-number key (`bankRoutingNumber`)
/// are a bank's ABA number, even beside an SSN field.
#[test]
fn nine_digits_under_a_camel_case_routing_key_are_not_an_ssn() {
    let dlp = recorder();
    let text = "claim 4471 payload: {\"ssn\": \"***-**-2291\", \"deposit\": {\"bankRoutingNumber\": \"267084199\", \"accountNumber\": \"****4410\"}}";
    assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
}

/// A name/value pair printed as JSON inside a log line or after a title
/// (the text as a whole is not JSON): the `"value"` beside a secret's
/// `"key"` / `"name"` is the secret; a harmless name's value is not.
#[test]
fn a_named_pair_in_text_carries_its_secret() {
    let dlp = recorder();
    let hex = rnd(1910, 40, "0123456789abcdef");
    let pw = rnd(1911, 24, ALNUM);
    for text in [
        format!("09:12:40 -> [2, \"7731\", \"ChangeConfiguration\", {{\"key\": \"AuthorizationKey\", \"value\": \"{hex}\"}}]"),
        format!("pod env dump:\n- {{\"name\": \"DB_PASSWORD\", \"value\": \"{pw}\"}}"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    let text = format!("cfg:\n[{{\"key\": \"HeartbeatInterval\", \"value\": \"{hex}\"}}]");
    assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
}

/// A `key=value` status line with an empty password (`wifi_pass=` then
/// blanks and the next field): the next field is not its value. A value
/// after `key = ` with blanks, and base64 padding, still count.
#[test]
fn an_empty_password_field_does_not_take_the_next_field() {
    let dlp = recorder();
    assert_eq!(
        found(
            &dlp,
            "modem> show\n  ssid=depot-07 wifi_pass=  rssi=-61 uptime=88213"
        ),
        Vec::<String>::new()
    );
    let pw = rnd(1912, 16, ALNUM);
    assert_eq!(
        found(&dlp, &format!("  wifi_pass = {pw}  rssi=-61")),
        ["generic_secret"]
    );
}

/// Network device configurations (Cisco IOS, Huawei VRP) print their
/// credentials after a type: `0` and `simple` are clear text, `7` is
/// Cisco's reversible obfuscation; SNMP community strings are passwords.
/// Hashed types (`secret 5`, `secret 9`) and Huawei's `cipher` stay out.
#[test]
fn network_device_config_credentials() {
    let dlp = recorder();
    let pw = format!("{}!{}", rnd(2001, 9, ALNUM), rnd(2002, 4, ALNUM));
    let hex7 = rnd(2003, 22, "0123456789ABCDEF");
    let comm = rnd(2004, 14, ALNUM);
    for text in [
        format!("!\nusername ops privilege 15 password 0 {pw}\n!"),
        format!("!\nrouter bgp 64512\n neighbor UPSTREAM password 7 {hex7}\n!"),
        format!("!\ntacacs-server host tac1.mgmt.lan key 7 {hex7}\n!"),
        format!("!\nsnmp-server community {comm} RW 20\n!"),
        format!("#\n snmp-agent community read {comm}\n#"),
        format!("#\n hwtacacs-server shared-key simple {pw}\n#"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    for text in [
        "!\nenable secret 5 $1$aB3d$Qw8Er5Ty7Ui9Op1As3Df4.\n!".to_string(),
        "!\nusername ops secret 9 $9$Xk2mLp8qRt$Vb6Nc4Zx1Mv7Bn3Lk5Jh9Gf2Ds8Ap0Qw4Er6Ty8Ui\n!"
            .to_string(),
        format!(
            "#\n snmp-agent community read cipher %^%#{}%^%#\n#",
            rnd(2005, 30, ALNUM)
        ),
        "!\nsnmp-server community public RO\n!".to_string(),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

/// A SIM vendor's output file names its columns on the `var_out:` line;
/// the Ki and OPc cells of the rows under it are subscriber keys. Masked
/// cells and the published Milenage test-set keys are not.
#[test]
fn sim_output_file_key_columns() {
    let dlp = recorder();
    let ki = rnd(2101, 32, "0123456789ABCDEF");
    let opc = rnd(2102, 32, "0123456789abcdef");
    let text = format!(
        "* batch 7731 profile LAB_USIM\nvar_Out: ICCID/IMSI/PIN1/PUK1/Ki/OPC\n\
         8931440400012345678 310410123456789 1234 87654321 {ki} {opc}\n"
    );
    let mut msg = call(json!({ "text": text }));
    let out = dlp.inspect(0, Direction::Request, &mut msg);
    let got: Vec<(String, u32)> = out
        .findings
        .into_iter()
        .map(|f| (f.detector, f.count))
        .collect();
    assert_eq!(got, [("generic_secret".to_string(), 2)], "{text}");
    for text in [
        // 3GPP TS 35.208 test set 3, and masked keys
        "var_out: ICCID/IMSI/KI/OPC\n8931440400012345679 310410123456780 \
         fec86ba6eb707ed08905757b1bb44b8f 1006020f0a478bf6b699f15c062e42b3\n"
            .to_string(),
        format!(
            "var_out: ICCID/IMSI/KI/OPC\n8931440400012345677 310410123456781 {} {}\n",
            "*".repeat(32),
            "*".repeat(32)
        ),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

/// A Stripe card token (`tok_…`) stands in for a card and charges nothing
/// without the account's secret key: an object id, not a credential. The
/// FreeRADIUS default shared secret `testing123` is a known default, like
/// `changeme`. A random secret in the same places still counts.
#[test]
fn card_tokens_and_the_radius_default_are_not_secrets() {
    let dlp = recorder();
    for text in [
        format!(
            "{{\"cards\": [{{\"token\": \"tok_{}\", \"last4\": \"4242\"}}]}}",
            rnd(2201, 24, ALNUM)
        ),
        "client nas-3 {\n\tipaddr = gw3.lan\n\tsecret = testing123\n}".to_string(),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
    for text in [
        format!(
            "{{\"cards\": [{{\"token\": \"{}\", \"last4\": \"4242\"}}]}}",
            rnd(2202, 24, ALNUM)
        ),
        format!(
            "client nas-3 {{\n\tipaddr = gw3.lan\n\tsecret = {}\n}}",
            rnd(2203, 16, ALNUM)
        ),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
}

/// A GDS booking's form of payment glues the card code to the number
/// (`FP CCMC<number>/MMYY`): `CC` and a two-letter card code before it
/// do not make the number part of a word.
#[test]
fn gds_form_of_payment_card() {
    let dlp = recorder();
    for text in [
        "  7 FP CCMC5273904188263117/0628\n  8 TK OK01JAN/LON1S2100",
        "  7 FP CCAX349182736451028/1129\n",
    ] {
        assert_eq!(found(&dlp, text), ["payment_card"], "{text}");
    }
    // glued to a longer word, the digits are still an id
    assert_eq!(
        found(&dlp, "ref XCCMC5273904188263117/0628"),
        Vec::<String>::new()
    );
}

/// XML documents (SOAP envelopes, insurance and mortgage exchange
/// formats, device configs) carry credentials as element text:
/// `<Password>…</Password>`, `<ApiKey id="2">…</ApiKey>`. Only an element
/// that closes right after its text counts; masked values, references and
/// a tag named in prose do not.
#[test]
fn secrets_in_xml_elements_named_like_them() {
    let dlp = recorder();
    let pw = format!("{}#{}", rnd(2201, 8, ALNUM), rnd(2202, 5, ALNUM));
    let key = rnd(2203, 32, "0123456789abcdef");
    for text in [
        format!("<Login><UserId>rating_svc</UserId><Password>{pw}</Password></Login>"),
        format!("<Auth>\n  <ApiKey env=\"prod\">{key}</ApiKey>\n</Auth>"),
        format!(
            "<soap:Header><wsse:Password Type=\"PasswordText\">{pw}</wsse:Password></soap:Header>"
        ),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    for text in [
        "<Login><Password>********</Password></Login>".to_string(),
        "<Login><Password>${PORTAL_PASSWORD}</Password></Login>".to_string(),
        format!("Put the password in a <Password> element: {pw} is not it"),
        format!("<PasswordHint>{}</PasswordHint>", rnd(2204, 12, ALNUM)),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

/// An SNMP community string under a key that says so (`snmp_community`,
/// `snmpReadCommunity`) is the agent's password; a `community` alone is a
/// group of people.
#[test]
fn snmp_community_keys_hold_secrets() {
    let dlp = recorder();
    let comm = rnd(2301, 12, ALNUM);
    for text in [
        format!("[poller]\nsnmp_community={comm}\n"),
        format!("snmpReadCommunity: {comm}"),
        format!("{{\"snmp_write_community\": \"{comm}\"}}"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    for text in [
        format!("community = {comm}"),
        format!("{{\"community\": \"{comm}\"}}"),
        "snmp_community=public".to_string(),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

/// A local part cut by a mask (`k***a@`, `p•••r@`, `da…l@`) leaves a tail
/// that is no one's address; a list bullet, Markdown bold and an X12
/// separator before a whole address do not mask it.
#[test]
fn masked_local_parts_are_not_addresses() {
    let dlp = recorder();
    for text in [
        "<EmailAddr>k***a@fastmail.com</EmailAddr>",
        "notice sent to p•••r@posteo.de on file",
        "{\"email\": \"da…l@gmx.net\"}",
        "LOCKBOX-1|w****z@rogers.com|NSF",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "Reach me at **tomas.virtanen@posteo.de** today",
        "PER*IC*EM*ivana.k@posteo.de~",
        "• hkaur@fastmail.com",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// A mailbox named by one or a few ordinary words (`reinsurance@`,
/// `meterreadings@`, `lien-releases@`) is a desk in any trade; German and
/// French nominalisations count by form; `svc-` marks a service account.
/// People's mailboxes, words that are also names (`grace`, `hunter`,
/// `brooks`) and short parts stay personal data.
#[test]
fn mailboxes_named_by_ordinary_words_are_desks() {
    let dlp = recorder();
    for text in [
        "Bordereaux go to remittances@pellham-re.com",
        "Reads: meterreadings@tallow-utility.org, payoff-requests@corvid-title.com",
        "Ablesung: zaehlerablesung@stadtwerk-lindau.de; mandat: prelevement@gazdumidi.fr",
        "service account svc-ledgersync@corvid-title.com",
        "{\"notify\": \"payoffs@corvid-title.com\"}",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "From: grace@pellham-re.com",
        "owner: hunter.brooks@corvid-title.com",
        "cc brooks@tallow-utility.org",
        "adjuster: mkowalczyk@pellham-re.com",
        "tenant: sunnyd84@tallow-utility.org",
        "j.stone@corvid-title.com",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// `Pswd` abbreviates password (an XML sign-on element); a bare
/// `community` in an INI section named for SNMP is the agent's password,
/// while one in any other section is a group of people. A password of
/// 64 hex digits after `SHA256` is the digest of one.
#[test]
fn pswd_elements_and_snmp_section_communities_are_secrets() {
    let dlp = recorder();
    let pw = format!("{}!{}", rnd(2411, 9, ALNUM), rnd(2412, 6, ALNUM));
    let digest = rnd(2413, 64, "0123456789abcdef");
    for text in [
        format!("<Logon><UserId>broker17</UserId><Pswd>{pw}</Pswd></Logon>"),
        format!("[agent]\nport = 161\n\n[snmp]\nversion = 2c\ncommunity = {pw}\n"),
        format!("[snmp_trap]\ncommunity = {pw}\n"),
        // without an algorithm named, a hex password is a generated one
        format!("<Pswd>{digest}</Pswd>"),
    ] {
        assert_eq!(found(&dlp, &text), ["generic_secret"], "{text}");
    }
    // a SHA-256 digest sent in place of the password is its hash
    for text in [
        format!("<EncryptionTypeCd>SHA256</EncryptionTypeCd><Pswd>{digest}</Pswd>"),
        format!("[forum]\ncommunity = {pw}\n"),
        format!("[snmp]\nnote: community = {pw}\n"),
    ] {
        assert_eq!(found(&dlp, &text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_vendor_prefix_before_a_placeholder_is_no_secret() {
    let dlp = recorder();
    for text in [
        "ANTHROPIC_API_KEY=sk-ant-api03-<redacted>\nRELEASE=v2",
        "api_key = sk_live_<your key>",
        "\"client_secret\": \"prod-2024-<REDACTED>\"",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    // the whole secret, or one followed by markup that is no placeholder
    let key = format!("sk-ant-api03-{}", rnd(401, 40, URLSAFE));
    for text in [
        format!("SERVICE_TOKEN={key}\nRELEASE=v2"),
        format!("<Secret>{key}</Secret>"),
        "client_secret=Zq8vT2mLx9Rw4<br>".to_string(),
        "client_secret=Zq8vT2mLx9Rw4<span>".to_string(),
    ] {
        assert!(!found(&dlp, &text).is_empty(), "{text}");
    }
}

/// Desks of airlines, shipping lines and trial sponsors named by what they
/// run (crew control, the operations and maintenance control centres, the
/// tech log, clinical operations, lab data, clinical supply, port calls,
/// accounts payable) are nobody's personal mailbox; people at the same
/// companies still are, and an `-oops` surname is no `-ops` desk.
#[test]
fn operations_desks_of_airlines_shippers_and_sponsors_are_role_mailboxes() {
    let dlp = recorder();
    for text in [
        "roster changes go to crew@altamira-avia.pt",
        "<Email>crewcontrol@altamira-avia.pt</Email>",
        "\"duty\": {\"email\": \"occ@altamira-avia.pt\"}",
        "defect deferral raised by mcc@altamira-avia.pt",
        "scanned pages to techlog@altamira-avia.pt",
        "escalation = \"clinops@brightwater-cro.ie\"",
        "transfers: labdata@brightwater-cro.ie (shared)",
        "depot resupply: supply@brightwater-cro.ie",
        "SAE forms to pharmacovigilance@brightwater-cro.ie",
        "\"sponsor_ap\": \"ap@brightwater-cro.ie\"",
        "agent mailbox portcall@kestrelbay-lines.no",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    for text in [
        "captain: dana.okafor@altamira-avia.pt",
        "broker jstoops@kestrelbay-lines.no",
        "monitor r.knoops@brightwater-cro.ie",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// An EDIFACT `COM` segment holds the address between its tag and the
/// `:EM` channel code: found, and redacted without the tag; a desk in
/// the same place stays a desk, and an SSH remote's path is still none.
#[test]
fn an_address_in_an_edifact_com_segment_is_found_without_its_tag() {
    let dlp = recorder();
    for text in [
        "CTA+IC+:MAREK NOWAK'\nCOM+marek.nowak@baltic-forwarding.pl:EM'\nNAD+CN+771'",
        "UNH+7+IFTMIN:D:99B:UN'COM+l.ferreira@porto-cargas.pt:EM'GID+1",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
    for text in [
        "COM+docs@baltic-forwarding.pl:EM'",
        "remote git@gitlab.baltic-forwarding.pl:Ops/edi.git",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    let dlp = compile(
        json!({}),
        json!({"actions": [{"detector": "*", "action": "redact"}]}),
    )
    .expect("compiles");
    let mut msg = json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
        {"type": "text", "text": "COM+marek.nowak@baltic-forwarding.pl:EM'"}]}});
    dlp.inspect(0, Direction::Response, &mut msg);
    assert_eq!(
        msg["result"]["content"][0]["text"],
        json!("COM+[REDACTED:email]:EM'")
    );
}

/// ITU's universal freephone (`+800`) and shared-cost (`+808`) numbers
/// reach a company's service line in every country, no person.
#[test]
fn universal_freephone_numbers_are_service_lines() {
    let dlp = recorder();
    for text in [
        "\"phone\": \"+800 2468 1357\"",
        "support line +800 1122 3344 (free from 40 countries)",
        "shared cost +808 9753 1864",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    assert_eq!(found(&dlp, "mobile +45 28 61 93 04"), ["phone_number"]);
}

/// National numbers named by a quoted key in JSON or YAML text
/// (`"phone": "482 61 907"`, a Dutch mobile's `06` then eight digits), by
/// "reach me", or held in an EDIFACT `COM` segment after its tag's `+`.
#[test]
fn grouped_national_numbers_under_quoted_keys_and_in_edifact_segments_are_phones() {
    let dlp = recorder();
    for text in [
        "{\"name\": \"T. Berg\", \"phone\": \"482 61 907\"}",
        "{\"ops_phone\":\"06 48213790\"}",
        "Reach me on 934 27 815 after six.",
        "CTA+IC+:ANNA WEBER'COM+0521 8841073:TE'",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
    for text in [
        "phone_count: 1 234 567 handsets shipped",
        "{\"phone\": \"12 34\"}",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
}

#[test]
fn a_sibling_type_member_names_a_generic_number() {
    let dlp = recorder();
    // A customs filing: the importer number's kind is in `number_type`.
    for kind in ["CBP", "EIN"] {
        let customs = json!({"importer_of_record": {"name": "Ashley Whitaker",
            "number_type": kind, "number": "068085-35478"}});
        assert_eq!(found_json(&dlp, customs), Vec::<String>::new(), "{kind}");
    }
    let customs = json!({"importer": {"ein": "068085-35478", "vat_no": "047256-28105"}});
    assert_eq!(found_json(&dlp, customs), Vec::<String>::new());
    let ssn = json!({"importer_of_record": {"name": "Tyrone Whitaker",
        "number_type": "SSN", "number": "841468046"}});
    assert_eq!(found_json(&dlp, ssn), ["us_ssn"]);
    let mobile = json!({"contact": {"numberType": "mobile", "number": "0218-238-237"}});
    assert_eq!(found_json(&dlp, mobile), ["phone_number"]);
    // Only a generic member is renamed: a secret's own key stands.
    let secret = json!({"svc": {"password_type": "note", "password": "QQIh#v-.p3WCjERCh^!svoZ"}});
    assert_eq!(found_json(&dlp, secret), ["generic_secret"]);
    // nor a pair's label: the name names the value, `value_type` its storage
    let pair = json!({"vars": [{"name": "DB_PASSWORD", "value_type": "string",
        "value": "QQIh#v-.p3WCjERCh^!svoZ"}]});
    assert_eq!(found_json(&dlp, pair), ["generic_secret"]);
}

/// A live stream's key (an encoder profile's `stream_key`) publishes to the
/// channel; a stream's id or sort key does not.
#[test]
fn a_stream_key_is_a_secret_and_a_stream_id_is_not() {
    let dlp = recorder();
    for text in [
        "server = rtmp://live.twitch.tv/app\nstream_key = 0OdNSIzCGM_Fi4QBH5jjHpnU2IsJDJvSJH\n",
        "streamKey: TbIM00z2CZ7sCuZQIRitQdA11t-iRy",
    ] {
        assert_eq!(found(&dlp, text), ["generic_secret"], "{text}");
    }
    for text in [
        "stream_id = TbIM00z2CZ7sCuZQIRitQdA11t-iRy",
        "stream_sort_key = TbIM00z2CZ7sCuZQIRitQdA11t-iRy",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
}

/// A word before `signing`/`encryption` names what the secret signs
/// (`url_signing_secret`); after it, or `public` anywhere, it still
/// names the value (`signing_secret_name`, `public_signing_key`).
#[test]
fn what_a_secret_signs_does_not_make_it_a_url() {
    let dlp = recorder();
    for text in [
        "\"url_signing_secret\": \"asp9-t6cu-gd8x-p4e3-xp9p\"",
        "file_encryption_key = Kq8vRt2LxW9mZp4N",
    ] {
        assert_eq!(found(&dlp, text), ["generic_secret"], "{text}");
    }
    for text in [
        "\"signing_page_token\": \"asp9-t6cu-gd8x-p4e3-xp9p\"",
        "\"signing_secret_name\": \"asp9-t6cu-gd8x-p4e3-xp9p\"",
        "public_signing_key = Kq8vRt2LxW9mZp4N",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
}

/// Python's `%(NAME)s` is filled in later; a value merely holding `%(`
/// is still one.
#[test]
fn a_python_percent_name_is_a_placeholder() {
    let dlp = recorder();
    assert!(found(&dlp, "{\"stripe_api_key\": \"%(STRIPE_API_KEY)s\"}").is_empty());
    assert!(found(&dlp, "secret_access_key = %(SECRET_ACCESS_KEY)s").is_empty());
    assert!(validate::is_placeholder("%(db.password)s"));
    assert!(!validate::is_placeholder("%(Kq8vRt2Lx)sW9mZp4N"));
    assert_eq!(
        found(&dlp, "{\"stripe_api_key\": \"Kq8%(vRt2)sLxW9mZp4N\"}"),
        ["generic_secret"]
    );
}

/// `key: scheme://user:pass@host`: the scheme is no secret; the URL's
/// password is the URL detector's, and a value with `+` still counts.
#[test]
fn a_url_scheme_after_a_secret_name_is_not_the_secret() {
    let dlp = recorder();
    assert_eq!(
        found(
            &dlp,
            "cdn_signing_key: mongodb+srv://app:LuttQiiSeD0kjaEIRcnNNZ@mq.prod.local:5671/main\n"
        ),
        ["url_credentials"]
    );
    assert_eq!(
        found(&dlp, "cdn_signing_key: mongo+Srv9Kq2Lx\n"),
        ["generic_secret"]
    );
}

/// Plural `-als` nouns name a desk's workload (`submittals@`,
/// `referrals@`); people's addresses ending so stay people's.
#[test]
fn desks_named_by_plural_als_nouns_are_role_mailboxes() {
    let dlp = recorder();
    for text in [
        "shop drawings to submittals@ironbarkgc.net",
        "\"email\": \"referrals@lakeside-clinic.org\"",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    for text in ["pm: tom.beals@ironbarkgc.net", "r.vidals@ironbarkgc.net"] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// Stripe's SEPA test IBANs fill demo data and test-mode exports: no
/// account of anyone's; a real IBAN of the same country still is one.
#[test]
fn stripe_sepa_test_ibans_are_not_personal_data() {
    let dlp = recorder();
    for text in [
        "Direct debit on 2024-05-18 from BE62510007547061   mandate ref FLT22021277",
        "Your standing order is paid from ES0700120345030000067890 (ref SO-840378).",
        "iban: NL39RABO0300065264",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "Direct debit on 2024-05-18 from BE43068999999501   mandate ref FLT22021277",
        "Your standing order is paid from ES7620770024003102575766 (ref SO-840378).",
    ] {
        assert_eq!(found(&dlp, text), ["iban"], "{text}");
    }
}

/// A dealer's F&I desk and a club's or parish's secretary are offices,
/// not people; initials and names around them stay people's.
#[test]
fn fi_desks_and_secretaries_are_role_mailboxes() {
    let dlp = recorder();
    for text in [
        "F&I MGR: Fatima Yamamoto   desk fi@ridgewaytoyota.com",
        "\"email\": \"secretary@stmarkshove.org.uk\"",
    ] {
        assert!(found(&dlp, text).is_empty(), "{text}");
    }
    for text in [
        "contact f.i@ridgewaytoyota.com",
        "fiona@ridgewaytoyota.com",
        "\"email\": \"secretary.jones@stmarkshove.org.uk\"",
    ] {
        assert_eq!(found(&dlp, text), ["email"], "{text}");
    }
}

/// A statement's account number printed in a phone's groups is named so
/// right before it; the accounts office's line and a number after an
/// account manager's name are still phones.
#[test]
fn an_account_number_in_phone_groups_is_no_phone() {
    let dlp = recorder();
    for text in [
        "FLEETLINE FUEL CARD STATEMENT   Account 079-993-7318   Period 2024-07",
        "FUEL CARD STATEMENT   Account 408-989-3633   Period 2024-07",
        "Acct #: 408-989-3633",
        "Account no. 420-471-0068",
    ] {
        assert_eq!(found(&dlp, text), Vec::<String>::new(), "{text}");
    }
    for text in [
        "Accounts: 408-989-3633",
        "Account manager Jane Ruiz 408-989-3633",
        "Accountant: 408-989-3633",
        "Fleet manager: Zainab Yamamoto  mobile 408-989-3633",
    ] {
        assert_eq!(found(&dlp, text), ["phone_number"], "{text}");
    }
}
