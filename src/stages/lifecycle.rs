//! Tool lifecycle (`servers[].catalog[].deprecated`): a deprecated tool
//! keeps working until its sunset, and every call is recorded (audit
//! `deprecated`, `mcp_warden_deprecated_calls_total`) and answered with a
//! `Sunset` header (RFC 8594) and `x-mcp-deprecated`; from the sunset on it
//! is hidden from lists and its calls are refused with a message naming the
//! replacement.

use crate::host::Host;
use crate::mcp::{Kind, ListKind, Message, Parsed, Target};
use crate::metrics;
use crate::pipeline::{Cx, Flow, Refusal, RequestBody, Stage, Verdict};
use crate::reply::Reason;
use serde_json::json;

#[derive(Default)]
pub struct Lifecycle {
    /// Deprecated tools this request calls: (name, sunset ms).
    warned: Vec<(String, Option<u64>)>,
}

/// The refusal of a call to a retired tool.
fn retired(cx: &Cx, server: usize, tool: &str, now_ms: u64) -> Option<Refusal> {
    let d = cx.policy().catalog.deprecation(server, tool)?;
    if !d.retired_at(now_ms) {
        return None;
    }
    let when = d
        .sunset_ms
        .map(|s| {
            crate::audit::rfc3339_ms(s)
                .chars()
                .take(10)
                .collect::<String>()
        })
        .unwrap_or_default();
    let instead = d
        .replacement
        .as_deref()
        .map(|r| format!("; use '{r}' instead"))
        .unwrap_or_default();
    Some(
        Refusal::new(
            Reason::ToolRetired,
            format!(
                "mcp-warden: tool '{}' was retired on {when}{instead}: {}",
                tool.escape_debug(),
                d.message
            ),
        )
        .with_rule(Reason::ToolRetired.name()),
    )
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 IMF-fixdate).
pub fn http_date(ms: u64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let rfc = crate::audit::rfc3339_ms(ms);
    let part = |a: usize, b: usize| rfc.get(a..b).unwrap_or("00");
    let month = part(5, 7)
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
        .copied()
        .unwrap_or("Jan");
    // 1970-01-01 was a Thursday.
    let weekday = DAYS
        .get(((ms / 86_400_000 + 4) % 7) as usize)
        .copied()
        .unwrap_or("Thu");
    format!(
        "{weekday}, {} {month} {} {} GMT",
        part(8, 10),
        part(0, 4),
        part(11, 19)
    )
}

impl Stage for Lifecycle {
    fn name(&self) -> &'static str {
        "lifecycle"
    }

    fn judge(&self, cx: &Cx, host: &dyn Host, _req: &Parsed, m: &Message) -> Verdict {
        let (Some(server), Target::Tool(tool)) = (cx.server, m.target()) else {
            return Verdict::Pass;
        };
        if m.method() != "tools/call" || cx.shadow_mode() {
            return Verdict::Pass;
        }
        match retired(cx, server, tool, host.now_ms()) {
            Some(r) => Verdict::Refuse(r),
            None => Verdict::Pass,
        }
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        let now = host.now_ms();
        let mut notes = Vec::new();
        for m in req.parsed.body.messages() {
            let (Kind::Request, "tools/call", Target::Tool(tool)) =
                (m.kind, m.method(), m.target())
            else {
                continue;
            };
            let Some(d) = cx.policy().catalog.deprecation(server, tool) else {
                continue;
            };
            let retired = d.retired_at(now);
            notes.push(json!({
                "tool": tool,
                "sunset": d.sunset_ms.map(crate::audit::rfc3339_ms),
                "replacement": d.replacement,
                "retired": retired,
            }));
            let label = cx.policy().catalog.label(server, tool).to_string();
            let decision = if retired { "would_deny" } else { "allow" };
            host.increment(
                &metrics::name(
                    metrics::DEPRECATED_CALLS,
                    &[
                        ("mcp_server", cx.server_name()),
                        ("mcp_target", &label),
                        ("mcp_decision", decision),
                    ],
                ),
                1,
            );
            if !self.warned.iter().any(|(t, _)| t == tool) {
                self.warned.push((tool.clone(), d.sunset_ms));
            }
        }
        if notes.is_empty() {
            return Flow::Next;
        }
        // Past the sunset only in shadow mode (the judge refused otherwise).
        if notes.iter().any(|n| n["retired"] == true) {
            super::would_deny(cx, host, Reason::ToolRetired.name());
        }
        let note = if notes.len() == 1 {
            notes.swap_remove(0)
        } else {
            serde_json::Value::Array(notes)
        };
        cx.record.note("deprecated", note);
        Flow::Next
    }

    fn visible(&self, cx: &Cx, host: &dyn Host, kind: ListKind, item: &str) -> bool {
        match (kind, cx.server) {
            (ListKind::Tools, Some(server)) if !cx.shadow_mode() => {
                retired(cx, server, item, host.now_ms()).is_none()
            }
            _ => true,
        }
    }

    fn on_response_head(&mut self, _cx: &mut Cx, host: &mut dyn Host) {
        if self.warned.is_empty() {
            return;
        }
        let names: Vec<String> = self
            .warned
            .iter()
            .map(|(t, _)| t.escape_default().to_string())
            .collect();
        host.set_response_header("x-mcp-deprecated", Some(&names.join(", ")));
        if let Some(sunset) = self.warned.iter().filter_map(|(_, s)| *s).min() {
            host.set_response_header("sunset", Some(&http_date(sunset)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::Action;
    use crate::policy::Policy;
    use crate::stream::{Shared, Stream};
    use crate::testing::FakeHost;
    use serde_json::Value;
    use std::rc::Rc;

    /// 2026-01-01T00:00:00Z
    const SUNSET: u64 = 1_767_225_600_000;

    fn shared(mode: &str) -> Rc<Shared> {
        let v = json!({
            "apiVersion": "mcp-warden/v1", "mode": mode,
            "identity": {"require": "none"},
            "servers": [{"name": "ops", "owner": "o", "dataDomain": "d", "riskTier": "low",
                         "match": {"pathPrefix": "/mcp"},
                         "catalog": [{"tools": ["old_report"], "deprecated": {
                            "message": "reports moved to report_v2", "sunset": "2026-01-01T00:00:00Z",
                            "replacement": "report_v2"}}]}],
            "rules": [{"name": "all", "effect": "allow", "who": {"anyone": true}, "servers": ["*"], "tools": ["*"]}],
            "defaultEffect": "deny"
        });
        Rc::new(Shared::new(
            Policy::from_json(v.to_string().as_bytes()).unwrap(),
            "t",
            "w".into(),
        ))
    }

    fn call_at(now: u64, mode: &str) -> (FakeHost, Stream) {
        let body =
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"old_report"}}"#;
        let mut f = FakeHost::post(body).with_header("mcp-protocol-version", "2025-11-25");
        f.now_ms = now;
        let mut s = Stream::new(shared(mode));
        assert_eq!(s.on_request_headers(&mut f, false), Action::Continue);
        let n = f.req_body.len();
        s.on_request_body(&mut f, n, true);
        (f, s)
    }

    #[test]
    fn a_deprecated_tool_warns_until_its_sunset_then_is_refused_naming_the_replacement() {
        let (mut f, mut s) = call_at(SUNSET - 1000, "enforce");
        assert!(f.replies.is_empty());
        f.respond(
            200,
            "application/json",
            r#"{"jsonrpc":"2.0","id":1,"result":{"content":[]}}"#,
        );
        s.on_response_headers(&mut f, true);
        assert_eq!(
            f.response_header("sunset").as_deref(),
            Some("Thu, 01 Jan 2026 00:00:00 GMT")
        );
        assert_eq!(
            f.response_header("x-mcp-deprecated").as_deref(),
            Some("old_report")
        );
        let rec: Value = serde_json::from_str(&f.audit[0]).unwrap();
        assert_eq!(rec["deprecated"]["replacement"], "report_v2");
        assert_eq!(rec["decision"], "allow");
        assert!(f
            .counters
            .keys()
            .any(|k| k.starts_with("mcp_warden_deprecated_calls_total")
                && k.contains("mcp_target=.=old_report;")
                && k.contains("mcp_decision=.=allow;")));

        let (f, _) = call_at(SUNSET, "enforce");
        let (status, v) = f.reply_json();
        assert_eq!(status, 200);
        assert_eq!(v["error"]["code"], -32003);
        assert_eq!(
            v["error"]["message"],
            "mcp-warden: tool 'old_report' was retired on 2026-01-01; use 'report_v2' instead: reports moved to report_v2"
        );
        assert_eq!(
            f.facts.get("rule").map(String::as_str),
            Some("tool_retired")
        );
    }

    #[test]
    fn a_retired_tool_leaves_lists_and_shadow_mode_only_reports_it() {
        let p = shared("enforce");
        let mut f = FakeHost::post(r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#);
        f.now_ms = SUNSET + 1;
        let mut s = Stream::new(p);
        s.on_request_headers(&mut f, false);
        let n = f.req_body.len();
        s.on_request_body(&mut f, n, true);
        f.respond(
            200,
            "application/json",
            r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"old_report"},{"name":"report_v2"}]}}"#,
        );
        s.on_response_headers(&mut f, false);
        let n = f.resp_body.len();
        s.on_response_body(&mut f, n, true);
        let v: Value = serde_json::from_slice(&f.resp_body).unwrap();
        assert_eq!(v["result"]["tools"], json!([{"name": "report_v2"}]));

        let (f, _) = call_at(SUNSET + 1, "shadow");
        assert!(f.replies.is_empty());
        assert_eq!(
            f.facts.get("decision").map(String::as_str),
            Some("would_deny")
        );
    }

    #[test]
    fn http_dates_are_imf_fixdates() {
        assert_eq!(http_date(784_111_777_000), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
