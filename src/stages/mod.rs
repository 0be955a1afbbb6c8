//! One file per feature, each a [`crate::pipeline::Stage`]. The order they
//! run in is [`crate::pipeline::build`].

pub mod access;
pub mod approval;
pub mod collections;
pub mod credentials;
pub mod dlp;
pub mod identity;
pub mod integrity;
pub mod lifecycle;
pub mod metadata;
pub mod protocol;
pub mod quotas;
pub mod registry;
pub mod retry;
pub mod sessions;
pub mod taint;
pub mod tasks;
pub mod versions;

use crate::host::Host;
use crate::pipeline::{Cx, Head};
use crate::policy::RouteFacts;

/// A connection or route property as text; absent when empty or not UTF-8.
pub fn property_string(host: &dyn Host, path: &[&str]) -> Option<String> {
    host.property(path)
        .and_then(|b| String::from_utf8(b).ok())
        .filter(|s| !s.is_empty())
}

/// The names of the route and cluster Envoy chose. Each costs a host call,
/// so only the ones a matcher uses are read.
pub struct RouteNames {
    route_name: Option<String>,
    cluster: Option<String>,
}

impl RouteNames {
    pub fn read(host: &dyn Host, (by_route, by_cluster): (bool, bool)) -> RouteNames {
        RouteNames {
            route_name: by_route
                .then(|| property_string(host, &["xds", "route_name"]))
                .flatten(),
            cluster: by_cluster
                .then(|| property_string(host, &["xds", "cluster_name"]))
                .flatten(),
        }
    }

    pub fn facts<'a>(&'a self, head: &'a Head) -> RouteFacts<'a> {
        RouteFacts {
            route_name: self.route_name.as_deref(),
            cluster: self.cluster.as_deref(),
            host: head.get(":authority"),
            path: head.path_only(),
        }
    }
}

/// Shadow mode: what a stage would have refused goes on, reported as
/// `would_deny` with the refusing rule (audit, facts, metrics), unless a
/// refusal is already on record.
pub fn would_deny(cx: &mut Cx, host: &mut dyn Host, rule: &str) {
    if cx.record.decision == Some("would_deny") {
        return;
    }
    cx.record.decision = Some("would_deny");
    cx.record.rule = Some(rule.to_string());
    host.set_fact("decision", "would_deny");
    host.set_fact("rule", rule);
    if cx.policy().allow_header_stop {
        host.set_request_header("x-mcp-decision", Some("would_deny"));
    }
}
