//! OAuth protected-resource metadata (RFC 9728): public, served before any
//! identity check, never audited.

use crate::host::Host;
use crate::pipeline::{Cx, Flow, Stage};

pub struct Metadata;

impl Stage for Metadata {
    fn name(&self) -> &'static str {
        "metadata"
    }

    fn on_head(&mut self, cx: &mut Cx, _host: &mut dyn Host) -> Flow {
        if cx.head.method != "GET" && cx.head.method != "HEAD" {
            return Flow::Next;
        }
        match cx.policy().credentials.metadata_reply(cx.head.path_only()) {
            Some(r) => Flow::Serve(r),
            None => Flow::Next,
        }
    }
}
