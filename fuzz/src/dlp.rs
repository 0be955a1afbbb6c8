//! `dlp`: [`Dlp::inspect_with`] over arbitrary JSON values.
//!
//! - never panics;
//! - the message stays valid JSON (serialised and read back, unchanged);
//! - with every detector set to `redact`, one pass is enough: scanning the
//!   redacted message again finds nothing to redact (not checked with
//!   `MCPW_FUZZ_SKIP_KNOWN=1`: known finding F5), and a `Redacted` verdict
//!   comes with a redact finding;
//! - shadow mode changes nothing and finds what enforce mode finds;
//! - with every detector set to `block`, a block verdict leaves the
//!   message unchanged and names a detector that found something.
//!
//! Input: `control 0xFF payload`; control byte 0 picks the redact config
//! (mask, base64), bit 0 of byte 1 the direction (request). The payload is a JSON message, or (when
//! it is not JSON) text placed in a tool result.

use mcp_warden::dlp::{Action, Direction, Dlp, DlpConfig, ServerDlpConfig, Verdict};
use serde_json::{json, Value};
use std::sync::OnceLock;

/// (mask, decodeBase64) variants of the all-redact config, and all-block.
fn engines() -> &'static [Dlp; 5] {
    static E: OnceLock<[Dlp; 5]> = OnceLock::new();
    E.get_or_init(|| {
        let make = |mask: &str, b64: bool, action: &str| {
            let top: DlpConfig = serde_json::from_value(json!({
                "enable": ["ipv4", "ipv6"],
                "decodeBase64": b64,
                "detectors": [{"name": "employee_id", "category": "personal",
                               "pattern": "\\bEMP-[0-9]{6}\\b", "keywords": ["EMP-"]}]
            }))
            .expect("top-level DLP config");
            let mut act = json!({"detector": "*", "action": action});
            if action == "redact" {
                act["mask"] = json!(mask);
            }
            let server: ServerDlpConfig =
                serde_json::from_value(json!({"actions": [act]})).expect("server DLP config");
            Dlp::compile(Some(top), &[("s".to_string(), Some(server))]).expect("compiles")
        };
        [
            make("full", false, "redact"),
            make("last4", false, "redact"),
            make("full", true, "redact"),
            make("last4", true, "redact"),
            make("full", false, "block"),
        ]
    })
}

pub fn check(data: &[u8]) {
    let [ctrl, payload] = crate::sections(data, 2)[..] else {
        return;
    };
    let mut c = crate::Ctrl::new(ctrl);
    let redactor = c.pick(4);
    let dir = if c.byte() & 1 == 1 {
        Direction::Request
    } else {
        Direction::Response
    };
    let message = match serde_json::from_slice::<Value>(payload) {
        Ok(v) => v,
        Err(_) => json!({"jsonrpc": "2.0", "id": 1, "result": {"content": [
            {"type": "text", "text": String::from_utf8_lossy(payload)}]}}),
    };
    let engines = engines();
    let Some(dlp) = engines.get(redactor) else {
        return;
    };

    // Enforce: redact everything found.
    let mut once = message.clone();
    let first = dlp.inspect_with(0, dir, &mut once, false);
    let text = serde_json::to_string(&once).expect("serialises");
    let back: Value = serde_json::from_str(&text).expect("redacted message is JSON");
    assert_eq!(back, once, "the redacted message does not read back");
    match &first.verdict {
        Verdict::Redacted => assert!(
            first.findings.iter().any(|f| f.action == Action::Redact),
            "Redacted without a redact finding: {first:?}"
        ),
        Verdict::Pass => assert_eq!(once, message, "changed without a Redacted verdict"),
        // Over the scan budget (fail closed) is the only block here.
        Verdict::Block { detector } => assert_eq!(detector, mcp_warden::dlp::SCAN_BUDGET_EXCEEDED),
        other => panic!("enforce mode gave {other:?}"),
    }
    if first.verdict == Verdict::Redacted {
        let mut twice = once.clone();
        let second = dlp.inspect_with(0, dir, &mut twice, false);
        let again: Vec<&str> = second
            .findings
            .iter()
            .filter(|f| f.action == Action::Redact)
            .map(|f| f.detector.as_str())
            .collect();
        // Known finding F5: one pass can leave matches (an email before
        // `:x@y` is not one until the second is redacted; a finding
        // dropped for overlapping a more specific one; what a last4 mask
        // keeps). Chains need as many passes as links, so with
        // MCPW_FUZZ_SKIP_KNOWN=1 nothing is required of the second pass.
        if !crate::skip_known() {
            assert!(
                again.is_empty() && second.verdict == Verdict::Pass,
                "redaction left something to redact ({again:?}, {:?}) in {text}",
                second.verdict
            );
        }
    }

    // Shadow: same findings, nothing changed.
    let mut shadow = message.clone();
    let s = dlp.inspect_with(0, dir, &mut shadow, true);
    assert_eq!(shadow, message, "shadow mode changed the message");
    let names = |o: &mcp_warden::dlp::Outcome| -> Vec<String> {
        o.findings
            .iter()
            .map(|f| format!("{}:{}", f.detector, f.count))
            .collect()
    };
    assert_eq!(
        names(&s),
        names(&first),
        "shadow and enforce find different things"
    );
    assert!(matches!(
        s.verdict,
        Verdict::Pass | Verdict::WouldRedact | Verdict::WouldBlock { .. }
    ));

    // Block: unchanged, and the named detector found something.
    let Some(blocker) = engines.get(4) else {
        return;
    };
    let mut blocked = message.clone();
    let b = blocker.inspect_with(0, dir, &mut blocked, false);
    assert_eq!(blocked, message, "a block action changed the message");
    if let Verdict::Block { detector } = &b.verdict {
        assert!(
            b.findings.iter().any(|f| &f.detector == detector),
            "blocked by {detector} without its finding: {b:?}"
        );
    } else {
        assert!(
            b.findings.is_empty(),
            "findings under all-block without a block: {b:?}"
        );
    }
}
