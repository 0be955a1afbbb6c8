//! Tasks reachable only by their creator. Task ids the server creates are
//! handed to the client sealed ([`crate::binding`], bound to the caller and
//! the server); `tasks/get|result|cancel|update` must present an id that
//! opens for the caller, and the server receives its own id. `tasks/list`
//! shows only tasks this proxy saw the caller create (bounded per-proxy
//! records; an unknown task is hidden, never shown).
//!
//! A 2026-07-28 request that did not declare the tasks extension is not a
//! task request in that revision: it goes to the server untouched, which
//! must refuse it (-32021); its ids are never upstream ids, because clients
//! only ever see sealed ones.

use crate::binding::Kind;
use crate::host::{Host, LogLevel};
use crate::json::{self, Doc};
use crate::mcp::{ListKind, Message, MethodClass, Parsed, ServerMessage, Target};
use crate::pipeline::{Answer, Cx, Flow, Refusal, RequestBody, Stage, Verdict};
use crate::reply::{code, Reason};
use crate::store::OwnerRegistry;
use serde_json::Value;

#[derive(Default)]
pub struct Tasks;

fn registry(cx: &Cx) -> OwnerRegistry {
    OwnerRegistry::for_kind(&cx.shared.namespace, "task", cx.shared.policy.task_slots)
}

fn governed(m: &Message) -> Option<&str> {
    match (m.class(), m.target(), m.foreign) {
        (MethodClass::Task, Target::Task(id), false) => Some(id),
        _ => None,
    }
}

fn unknown_task(id: &str) -> Refusal {
    Refusal::new(
        Reason::TaskNotOwned,
        format!("Unknown task: {}", id.escape_debug()),
    )
    .with_code(code::INVALID_PARAMS)
}

/// Seals every `taskId` string in a server message for the caller;
/// returns the upstream ids it saw.
fn seal_ids(
    v: &mut Value,
    seal: &dyn Fn(&str) -> Option<String>,
    seen: &mut Vec<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                if k == "taskId" {
                    if let Value::String(s) = x {
                        seen.push(s.clone());
                        // An id we cannot seal never reaches the client.
                        *s = seal(s).unwrap_or_default();
                        continue;
                    }
                }
                seal_ids(x, seal, seen, depth + 1);
            }
        }
        Value::Array(items) => {
            for x in items {
                seal_ids(x, seal, seen, depth + 1);
            }
        }
        _ => {}
    }
}

impl Stage for Tasks {
    fn name(&self) -> &'static str {
        "tasks"
    }

    fn judge(&self, cx: &Cx, host: &dyn Host, _req: &Parsed, m: &Message) -> Verdict {
        let Some(id) = governed(m) else {
            return Verdict::Pass;
        };
        let Some(sealer) = cx.shared.sealer(host) else {
            return Verdict::Refuse(unknown_task(id));
        };
        match sealer.open(
            Kind::Task,
            cx.server_name(),
            cx.principal(),
            id,
            host.now_ms(),
        ) {
            Ok(_) => Verdict::Pass,
            Err(_) => Verdict::Refuse(unknown_task(id)),
        }
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        // Most requests govern no task: no key read (a host call) for them.
        if !req
            .parsed
            .body
            .messages()
            .iter()
            .any(|m| governed(m).is_some())
        {
            return Flow::Next;
        }
        let Some(sealer) = cx.shared.sealer(host) else {
            return Flow::Next;
        };
        let now = host.now_ms();
        let mut edits = Vec::new();
        for m in req.parsed.body.messages() {
            let (Some(id), Some(params)) = (governed(m), m.params) else {
                continue;
            };
            let Ok(up) = sealer.open(Kind::Task, cx.server_name(), cx.principal(), id, now) else {
                continue;
            };
            if let Some(node) = req.parsed.doc.get(params, "taskId") {
                let (s, e) = req.parsed.doc.span(node);
                edits.push((s, e, json::quote(&up)));
            }
        }
        if edits.is_empty() {
            return Flow::Next;
        }
        let version = cx.head.version.clone();
        let replaced =
            json::splice(req.text(), edits).is_some_and(|text| req.replace(text, &version));
        match replaced {
            true => Flow::Next,
            false => Flow::Refuse(Refusal::new(
                Reason::InvalidRequest,
                "mcp-warden: could not rewrite the task id",
            )),
        }
    }

    fn visible(&self, cx: &Cx, host: &dyn Host, kind: ListKind, item: &str) -> bool {
        if kind != ListKind::Tasks {
            return true;
        }
        registry(cx).owned_by(host, cx.server_name(), cx.principal(), item)
    }

    fn on_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, ans: &mut Answer) {
        let about_tasks = match (&ans.msg, &ans.request) {
            (ServerMessage::Notification { method }, _) => {
                method.starts_with("notifications/tasks/")
            }
            (ServerMessage::Response { .. }, Some(sent)) => {
                sent.class == MethodClass::Task
                    || sent.list_kind() == Some(ListKind::Tasks)
                    || (sent.method == "tools/call" && (sent.task_requested || sent.declares_tasks))
            }
            (ServerMessage::Response { .. }, None) => cx.server_stream,
            _ => false,
        };
        if !about_tasks {
            return;
        }
        let has_task_id = ans
            .doc()
            .map(|d| d.text().contains("\"taskId\""))
            .unwrap_or(true);
        if !has_task_id {
            return;
        }
        let Some(sealer) = cx.shared.sealer(host) else {
            ans.replace_with_error(code::ACCESS_DENIED, "mcp-warden: task ids cannot be issued");
            return;
        };
        let now = host.now_ms();
        let (server, principal) = (cx.server_name().to_string(), cx.principal().to_string());
        let seal = |up: &str| sealer.seal(Kind::Task, &server, &principal, up, now);
        let mut seen = Vec::new();
        seal_ids(ans.value_mut(), &seal, &mut seen, 0);
        // A task this caller just created: remembered for tasks/list.
        let created = ans
            .request
            .as_ref()
            .is_some_and(|s| s.method == "tools/call");
        if created {
            let reg = registry(cx);
            for up in &seen {
                if !reg.remember(host, &server, &principal, up) {
                    host.log(
                        LogLevel::Warn,
                        "mcp-warden: could not record a task owner (shared data contention)",
                    );
                }
            }
        }
    }
}

/// For tests: the task id a creation answer carries.
pub fn created_task_id(doc: &Doc) -> Option<String> {
    doc.path(Doc::ROOT, &["result", "task", "taskId"])
        .or_else(|| {
            (doc.path(Doc::ROOT, &["result", "resultType"])
                .and_then(|n| doc.str(n))
                .as_deref()
                == Some("task"))
            .then(|| doc.path(Doc::ROOT, &["result", "taskId"]))
            .flatten()
        })
        .and_then(|n| doc.str(n).map(|s| s.into_owned()))
}
