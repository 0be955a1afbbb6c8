//! The approver's pages: plain HTML, no scripts (the CSP forbids them), every
//! value escaped on the way out. The arguments are shown exactly as the
//! filter sent them (already redacted by its DLP stage), pretty-printed.

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use crate::identity::{Approver, Rights};
use crate::model::Approvers;
use crate::store::{Approval, Event, State};
use crate::web::Response;

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1d2330}
header{background:#1d2330;color:#fff;padding:12px 24px;display:flex;justify-content:space-between;align-items:center}
header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:960px;margin:24px auto;padding:0 24px}
h1{font-size:22px;margin:0 0 16px}
h2{font-size:17px;margin:24px 0 8px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d9dce3}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #e6e8ee;vertical-align:top;font-size:14px}
th{background:#eef0f4;font-weight:600;width:190px}
table.list th{width:auto}
pre{background:#fff;border:1px solid #d9dce3;padding:12px;overflow:auto;font-size:13px;margin:0}
.state{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:700;text-transform:uppercase}
.pending{background:#fff3cd;color:#7a5a00}.approved{background:#d4edda;color:#155724}
.denied,.revoked{background:#f8d7da;color:#721c24}.used,.expired{background:#e2e3e5;color:#383d41}
.actions{display:flex;gap:12px;margin:20px 0}
button{font-size:15px;padding:10px 22px;border-radius:6px;border:0;cursor:pointer;font-weight:600}
button.approve{background:#1a7f37;color:#fff}button.deny{background:#b42318;color:#fff}
.note{background:#fff;border-left:4px solid #8a94a6;padding:10px 14px;margin:12px 0;font-size:14px}
.muted{color:#5b6475;font-size:13px}
code{font-size:13px}
";

fn layout(title: &str, who: Option<&Approver>, base: &str, body: &str) -> String {
    let user = match who {
        Some(w) => format!(
            "<span>Signed in as <strong id=\"viewer\">{}</strong></span>",
            text(&w.subject)
        ),
        None => String::new(),
    };
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · mcp-warden approvals</title><style>{STYLE}</style></head><body>\
         <header><a href=\"{}\">mcp-warden approvals</a>{user}</header><main>{body}</main></body></html>",
        text(title),
        attr(base),
    )
}

/// `2026-11-21 06:44:03 UTC`.
pub fn when(secs: i64) -> String {
    let s = mcp_warden::audit::rfc3339_ms((secs.max(0) as u64).saturating_mul(1000));
    match s.get(..19) {
        Some(t) => format!("{} UTC", t.replacen('T', " ", 1)),
        None => s,
    }
}

fn state_badge(state: State) -> String {
    format!(
        "<span class=\"state {0}\" id=\"state\">{0}</span>",
        state.as_str()
    )
}

pub fn approvers_text(a: &Approvers, allow_self: bool, principal: &str) -> String {
    let mut parts = Vec::new();
    if !a.groups.is_empty() {
        parts.push(format!("groups: {}", a.groups.join(", ")));
    }
    if !a.subjects.is_empty() {
        parts.push(format!("people: {}", a.subjects.join(", ")));
    }
    if allow_self {
        parts.push(format!("{principal} may confirm it themself"));
    }
    parts.join("; ")
}

pub fn error_page(status: u16, title: &str, message: &str) -> Response {
    let body = format!(
        "<h1>{}</h1><p class=\"note\" id=\"message\">{}</p>",
        text(title),
        text(message)
    );
    Response::html(status, layout(title, None, "/", &body))
}

pub fn not_found() -> Response {
    error_page(
        404,
        "Not found",
        "There is no such request, or you are neither its approver nor its requester.",
    )
}

fn row_link(base: &str, a: &Approval) -> String {
    format!("{base}/{}", a.id)
}

pub fn list_page(who: &Approver, pending: &[Approval], recent: &[Approval], base: &str) -> String {
    let mut body = String::from("<h1>Waiting for approval</h1>");
    if pending.is_empty() {
        body.push_str("<p class=\"note\" id=\"empty\">Nothing is waiting for you.</p>");
    } else {
        body.push_str(
            "<table class=\"list\" id=\"pending\"><tr><th>Requested</th><th>By</th><th>Agent</th>\
             <th>Server</th><th>Tool</th><th>Rule</th><th>Waits until</th><th></th></tr>",
        );
        for a in pending {
            body.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td><td>{}</td>\
                 <td>{}</td><td><a href=\"{}\">Review</a></td></tr>",
                text(&when(a.created_at)),
                text(&a.principal),
                text(&a.agent),
                text(&a.server),
                text(&a.tool),
                text(&a.rule),
                text(&when(a.pending_until)),
                attr(&row_link(base, a)),
            ));
        }
        body.push_str("</table>");
    }
    if !recent.is_empty() {
        body.push_str(
            "<h2>Recent decisions</h2><table class=\"list\" id=\"recent\"><tr><th>State</th>\
             <th>By</th><th>Server</th><th>Tool</th><th>Decided by</th><th></th></tr>",
        );
        for a in recent {
            body.push_str(&format!(
                "<tr><td><span class=\"state {0}\">{0}</span></td><td>{1}</td><td>{2}</td>\
                 <td><code>{3}</code></td><td>{4}</td><td><a href=\"{5}\">Open</a></td></tr>",
                a.state.as_str(),
                text(&a.principal),
                text(&a.server),
                text(&a.tool),
                text(a.decided_by.as_deref().unwrap_or("")),
                attr(&row_link(base, a)),
            ));
        }
        body.push_str("</table>");
    }
    layout("Pending", Some(who), base, &body)
}

fn form(base: &str, id: &str, action: &str, token: &str, label: &str, class: &str) -> String {
    format!(
        "<form method=\"post\" action=\"{}\"><input type=\"hidden\" name=\"csrf\" value=\"{}\">\
         <button type=\"submit\" class=\"{class}\" id=\"{action}\">{}</button></form>",
        attr(&format!("{base}/{id}/{action}")),
        attr(token),
        text(label),
    )
}

#[allow(clippy::too_many_arguments)]
pub fn detail_page(
    who: &Approver,
    a: &Approval,
    events: &[Event],
    rights: Rights,
    token: &str,
    base: &str,
    now: i64,
) -> String {
    let preview = serde_json::to_string_pretty(&a.args_preview).unwrap_or_default();
    let mut rows: Vec<(&str, String)> = vec![
        ("Status", state_badge(a.state)),
        ("Requested by", text(&a.principal).into_owned()),
        ("Agent", text(&a.agent).into_owned()),
        ("Server", text(&a.server).into_owned()),
        ("Tool", format!("<code>{}</code>", text(&a.tool))),
        ("Rule", text(&a.rule).into_owned()),
        ("Reason", text(&a.reason).into_owned()),
        (
            "Who may approve",
            text(&approvers_text(&a.approvers, a.allow_self, &a.principal)).into_owned(),
        ),
        (
            "An approval allows",
            format!(
                "{} call{} within {} s of the decision",
                a.uses,
                if a.uses == 1 { "" } else { "s" },
                a.ttl_seconds
            ),
        ),
        ("Requested at", text(&when(a.created_at)).into_owned()),
    ];
    match a.state {
        State::Pending => rows.push(("Waits until", text(&when(a.pending_until)).into_owned())),
        _ => {
            if let (Some(by), Some(at)) = (&a.decided_by, a.decided_at) {
                rows.push((
                    "Decided",
                    format!(
                        "by <strong id=\"decided-by\">{}</strong> at {}",
                        text(by),
                        text(&when(at))
                    ),
                ));
            }
            if a.state == State::Approved {
                rows.push(("Uses left", a.uses_left.to_string()));
            }
            if let Some(exp) = a.expires_at {
                rows.push(("Holds until", text(&when(exp)).into_owned()));
            }
        }
    }
    // A question while it is open, a plain title once decided.
    let (ask, mark) = if a.state == State::Pending {
        ("Approve ", "?")
    } else {
        ("", "")
    };
    let mut body = format!(
        "<h1>{ask}<code>{}</code> on {}{mark}</h1><table id=\"details\">",
        text(&a.tool),
        text(&a.server)
    );
    for (k, v) in rows {
        body.push_str(&format!("<tr><th>{k}</th><td>{v}</td></tr>"));
    }
    body.push_str("</table>");
    body.push_str(&format!(
        "<h2>Arguments</h2><pre id=\"arguments\">{}</pre>\
         <p class=\"muted\">As the gateway's data-loss prevention shows them (secrets redacted). \
         The approval covers exactly these arguments (digest <code>{}</code>) under policy \
         <code>{}</code>; a call with any other arguments needs a new approval.</p>",
        text(&preview),
        text(&a.args_digest),
        text(&a.policy_version),
    ));
    let mine = who.subject == a.principal;
    let mut actions = String::new();
    match a.state {
        State::Pending if a.pending_until > now => {
            if rights.approve {
                actions.push_str(&form(base, &a.id, "approve", token, "Approve", "approve"));
            }
            if rights.deny {
                let label = if mine && !rights.approve {
                    "Withdraw request"
                } else {
                    "Deny"
                };
                actions.push_str(&form(base, &a.id, "deny", token, label, "deny"));
            }
            if mine && !rights.approve {
                body.push_str(
                    "<p class=\"note\" id=\"self-note\">This is your own request: one of the \
                     approvers above must approve it. Send them this page's address.</p>",
                );
            }
        }
        State::Approved if rights.deny => {
            actions.push_str(&form(
                base,
                &a.id,
                "revoke",
                token,
                "Revoke approval",
                "deny",
            ));
        }
        _ => {}
    }
    if !actions.is_empty() {
        body.push_str(&format!("<div class=\"actions\">{actions}</div>"));
    }
    body.push_str(
        "<h2>History</h2><table class=\"list\" id=\"history\"><tr><th>When</th><th>What</th><th>Who</th></tr>",
    );
    for e in events {
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            text(&when(e.time)),
            text(&e.event),
            text(e.by.as_deref().unwrap_or("")),
        ));
    }
    body.push_str("</table>");
    layout(
        &format!("{} on {}", a.tool, a.server),
        Some(who),
        base,
        &body,
    )
}
