//! The registry: only declared MCP servers can be reached. Publishes the
//! server (and the principal) as facts at header time, in both modes.

use super::RouteNames;
use crate::audit::ServerFacts;
use crate::host::Host;
use crate::pipeline::{Cx, Flow, Stage};
use crate::reply::{code, LocalReply, Reason};

pub struct Registry;

impl Stage for Registry {
    fn name(&self) -> &'static str {
        "registry"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        let policy = &cx.shared.policy;
        // Route and cluster names cost a host call each: only when matched on.
        let names = RouteNames::read(host, policy.matches_on_route_facts());
        let facts = names.facts(&cx.head);
        let Some(server) = policy.match_server(&facts) else {
            if cx.shadow_mode() {
                // Shadow: record what enforcement would do, pass untouched.
                cx.record.decision = Some("would_deny");
                cx.record.rule = Some(Reason::UnregisteredServer.name().into());
                host.set_fact("decision", "would_deny");
                host.set_fact("rule", Reason::UnregisteredServer.name());
                return Flow::Bypass;
            }
            return Flow::Reply(LocalReply::rpc_error(
                403,
                None,
                code::ACCESS_DENIED,
                "mcp-warden: no registered MCP server matches this request",
                Reason::UnregisteredServer,
            ));
        };
        cx.server = Some(server);
        if let Some(s) = policy.server(server) {
            cx.record.server = Some(ServerFacts {
                name: s.name.clone(),
                owner: s.owner.clone(),
                risk_tier: s.risk_tier.as_str(),
                data_domain: s.data_domain.clone(),
            });
            host.set_fact("server", &s.name);
            host.set_request_header("x-mcp-server", Some(&s.name));
        }
        let principal = cx.identity.principal().to_string();
        host.set_fact("principal", &principal);
        host.set_request_header("x-mcp-principal", Some(&principal));
        Flow::Next
    }
}
