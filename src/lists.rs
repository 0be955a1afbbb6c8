//! Curated visibility: list answers (`tools/list`, `resources/list`,
//! `resources/templates/list`, `prompts/list`, `tasks/list`) rewritten to
//! show the caller only what it may use. The caller decides per item with
//! the same function that gates calls.

use crate::mcp::ListKind;
use serde_json::Value;

/// The member of a list item that policy looks at.
pub fn item_key(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Tools | ListKind::Prompts => "name",
        ListKind::Resources => "uri",
        ListKind::ResourceTemplates => "uriTemplate",
        ListKind::Tasks => "taskId",
    }
}

/// Whether a list item (tool or prompt name, resource URI or URI template)
/// is shown to `id` on `server`: the name passes hygiene, a tool is inside
/// the token's task scopes, and the decision function allows the call the
/// item stands for. Tasks are not the policy's to hide (their owner is in
/// shared data): true for them.
///
/// The rule `stream::filter_list` applies to every list answer, and what
/// `mcp-warden explain` reports.
pub fn item_visible(
    policy: &crate::policy::Policy,
    id: &crate::identity::Identity,
    server: usize,
    kind: ListKind,
    item: &str,
) -> bool {
    use crate::mcp::Target;
    let Some(srv) = policy.server(server) else {
        return false;
    };
    let (method, target) = match kind {
        ListKind::Tools => ("tools/call", Target::Tool(item.to_string())),
        ListKind::Prompts => ("prompts/get", Target::Prompt(item.to_string())),
        ListKind::Resources | ListKind::ResourceTemplates => {
            ("resources/read", Target::Resource(item.to_string()))
        }
        ListKind::Tasks => return true,
    };
    let hygienic = match &target {
        Target::Resource(u) => crate::names::check_uri(u).is_ok(),
        _ => crate::names::check_name(item, srv.tool_names).is_ok(),
    };
    let in_task_scope = match &target {
        Target::Tool(t) => policy.credentials.scope_allows(server, t, &id.scopes),
        _ => true,
    };
    hygienic && in_task_scope && policy.decide(id, server, method, &target).allowed()
}

/// Outcome of filtering one JSON-RPC response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filtered {
    pub kept: usize,
    pub removed: usize,
}

/// Filters `result.<list>` of a JSON-RPC response in place. Items whose key
/// is missing or not a string are removed (fail closed). Returns None when
/// the message is not a successful list result (errors pass unchanged).
pub fn filter_result(
    message: &mut Value,
    kind: ListKind,
    mut visible: impl FnMut(&str) -> bool,
) -> Option<Filtered> {
    let items = message
        .get_mut("result")?
        .get_mut(kind.result_field())?
        .as_array_mut()?;
    let before = items.len();
    let key = item_key(kind);
    items.retain(|item| {
        item.get(key)
            .and_then(Value::as_str)
            .is_some_and(&mut visible)
    });
    Some(Filtered {
        kept: items.len(),
        removed: before - items.len(),
    })
}

/// For streams that carry answers to requests made elsewhere (the legacy
/// 2024-11-05 GET stream): which list, judged by the result's shape.
pub fn guess_list_kind(message: &Value) -> Option<ListKind> {
    let result = message.get("result")?.as_object()?;
    [
        ListKind::Tools,
        ListKind::Prompts,
        ListKind::Resources,
        ListKind::ResourceTemplates,
    ]
    .into_iter()
    .find(|k| result.get(k.result_field()).is_some_and(Value::is_array))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_visible_tools_remain_and_the_rest_is_untouched() {
        let mut m = json!({"jsonrpc": "2.0", "id": 1, "result": {
            "tools": [{"name": "get_ticket", "inputSchema": {}}, {"name": "delete_ticket"}, {"nameless": true}, {"name": 5}],
            "nextCursor": "c2"}});
        let f = filter_result(&mut m, ListKind::Tools, |n| n == "get_ticket").unwrap();
        assert_eq!(
            f,
            Filtered {
                kept: 1,
                removed: 3
            }
        );
        assert_eq!(
            m["result"]["tools"],
            json!([{"name": "get_ticket", "inputSchema": {}}])
        );
        assert_eq!(m["result"]["nextCursor"], "c2");
    }

    #[test]
    fn resources_templates_and_prompts_use_their_own_keys() {
        let mut m = json!({"id": 1, "result": {"resourceTemplates": [{"uriTemplate": "t://open/{id}"}, {"uriTemplate": "t://closed/{id}"}]}});
        filter_result(&mut m, ListKind::ResourceTemplates, |u| {
            u.starts_with("t://open/")
        })
        .unwrap();
        assert_eq!(
            m["result"]["resourceTemplates"].as_array().unwrap().len(),
            1
        );
        let mut m = json!({"id": 1, "result": {"resources": [{"uri": "a"}, {"uri": "b"}]}});
        filter_result(&mut m, ListKind::Resources, |u| u == "b").unwrap();
        assert_eq!(m["result"]["resources"], json!([{"uri": "b"}]));
    }

    #[test]
    fn error_answers_are_not_list_results() {
        let mut m = json!({"id": 1, "error": {"code": -1, "message": "x"}});
        assert_eq!(filter_result(&mut m, ListKind::Tools, |_| false), None);
    }

    #[test]
    fn list_kinds_are_recognised_by_shape() {
        assert_eq!(
            guess_list_kind(&json!({"id": 1, "result": {"tools": []}})),
            Some(ListKind::Tools)
        );
        assert_eq!(
            guess_list_kind(&json!({"id": 1, "result": {"content": []}})),
            None
        );
        assert_eq!(guess_list_kind(&json!({"method": "x"})), None);
    }
}
