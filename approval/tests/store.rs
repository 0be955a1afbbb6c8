//! The approval state machine against a real SQLite file.

// Test helpers panic on purpose: a failed setup is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::{Arc, Barrier};

use mcp_warden_approval::identity::Approver;
use mcp_warden_approval::model::{Approvers, CheckAnswer, CheckRequest};
use mcp_warden_approval::store::{CheckError, DecideError, Decision, Limits, State, Store};

struct Db {
    _dir: TempDir,
    path: String,
}

/// A private directory removed on drop (no tempfile crate needed for one use).
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn db() -> Db {
    let id = mcp_warden_approval::web::random_id().unwrap();
    let dir = std::env::temp_dir().join(format!("mcp-warden-approval-test-{id}"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("approvals.db").to_string_lossy().into_owned();
    Db {
        _dir: TempDir(dir),
        path,
    }
}

fn open(db: &Db) -> Store {
    Store::open(&db.path, Limits::default()).unwrap()
}

fn call(principal: &str, args: char) -> CheckRequest {
    CheckRequest {
        principal: principal.into(),
        agent: "support-bot".into(),
        server: "tickets".into(),
        tool: "delete_ticket".into(),
        args_digest: args.to_string().repeat(64),
        args_preview: serde_json::json!({"id": 42}),
        policy_version: "p1".into(),
        rule: "deletes-need-approval".into(),
        approvers: Approvers {
            groups: vec!["ops-*".into()],
            subjects: vec!["carol".into()],
        },
        allow_self: false,
        ttl_seconds: 900,
        uses: 1,
        reason: "Deleting tickets cannot be undone".into(),
        pending_ttl_seconds: None,
    }
}

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("{n:032x}")
    }
}

fn url(id: &str) -> String {
    format!("https://gw.example.com/approvals/{id}")
}

fn check(store: &mut Store, req: &CheckRequest, now: i64) -> CheckAnswer {
    let mut next = ids_from_time(now);
    store
        .check(req, now, &mut next, &url)
        .unwrap()
        .unwrap()
        .answer
}

/// Ids unique across calls within one test (time plus a counter).
fn ids_from_time(now: i64) -> impl FnMut() -> String {
    move || {
        let r = mcp_warden_approval::web::random_id().unwrap();
        format!("{:08x}{}", now, r.get(8..).unwrap())
    }
}

fn pending_id(a: &CheckAnswer) -> String {
    match a {
        CheckAnswer::Pending { approval_id, .. } => approval_id.clone(),
        other => panic!("expected pending, got {other:?}"),
    }
}

fn bob() -> Approver {
    Approver {
        subject: "bob".into(),
        groups: vec!["ops-leads".into()],
    }
}

fn person(subject: &str, groups: &[&str]) -> Approver {
    Approver {
        subject: subject.into(),
        groups: groups.iter().map(|g| g.to_string()).collect(),
    }
}

#[test]
fn first_check_creates_a_pending_request_and_a_repeat_finds_the_same_one() {
    let d = db();
    let mut s = open(&d);
    let out = s
        .check(&call("alice", 'a'), 100, &mut ids(), &url)
        .unwrap()
        .unwrap();
    let CheckAnswer::Pending {
        approval_id,
        url: link,
        message,
        expires_at,
    } = &out.answer
    else {
        panic!("{:?}", out.answer)
    };
    assert_eq!(link, &url(approval_id));
    assert_eq!(*expires_at, 100 + 3600);
    assert!(message.contains("delete_ticket") && message.contains("group ops-*"));
    assert!(out.created.is_some());
    assert_eq!(out.events.len(), 1);
    assert_eq!(out.events[0].event, "requested");

    let again = s
        .check(&call("alice", 'a'), 150, &mut ids(), &url)
        .unwrap()
        .unwrap();
    assert_eq!(pending_id(&again.answer), *approval_id);
    assert!(again.created.is_none() && again.events.is_empty());
}

#[test]
fn an_approval_lets_exactly_its_uses_through_then_a_new_request_is_needed() {
    let d = db();
    let mut s = open(&d);
    let id = pending_id(&check(&mut s, &call("alice", 'a'), 100));
    let (row, _) = s
        .decide(&id, Decision::Approve, &bob(), 110)
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.state, row.decided_by.as_deref()),
        (State::Approved, Some("bob"))
    );

    match check(&mut s, &call("alice", 'a'), 120) {
        CheckAnswer::Approved {
            approval_id,
            approved_by,
            uses_left,
            expires_at,
        } => {
            assert_eq!(
                (approval_id, approved_by, uses_left),
                (id.clone(), "bob".into(), 0)
            );
            assert_eq!(expires_at, 110 + 900);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s.peek(&id).unwrap().unwrap().state, State::Used);
    let next = pending_id(&check(&mut s, &call("alice", 'a'), 130));
    assert_ne!(next, id);
    let events: Vec<String> = s
        .events(&id)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(events, ["requested", "approved", "used"]);
}

#[test]
fn an_approval_for_several_uses_counts_down() {
    let d = db();
    let mut s = open(&d);
    let mut req = call("alice", 'a');
    req.uses = 3;
    let id = pending_id(&check(&mut s, &req, 100));
    s.decide(&id, Decision::Approve, &bob(), 101)
        .unwrap()
        .unwrap();
    let left: Vec<i64> = (0..3)
        .map(|i| match check(&mut s, &req, 102 + i) {
            CheckAnswer::Approved { uses_left, .. } => uses_left,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(left, [2, 1, 0]);
    assert!(matches!(
        check(&mut s, &req, 110),
        CheckAnswer::Pending { .. }
    ));
}

#[test]
fn other_arguments_another_principal_or_another_policy_need_their_own_approval() {
    let d = db();
    let mut s = open(&d);
    let id = pending_id(&check(&mut s, &call("alice", 'a'), 100));
    s.decide(&id, Decision::Approve, &bob(), 101)
        .unwrap()
        .unwrap();

    let other_args = pending_id(&check(&mut s, &call("alice", 'b'), 102));
    let other_person = pending_id(&check(&mut s, &call("mallory", 'a'), 103));
    let mut newer_policy = call("alice", 'a');
    newer_policy.policy_version = "p2".into();
    let other_policy = pending_id(&check(&mut s, &newer_policy, 104));
    let mut other_tool = call("alice", 'a');
    other_tool.tool = "close_ticket".into();
    let other_tool = pending_id(&check(&mut s, &other_tool, 105));
    for other in [&other_args, &other_person, &other_policy, &other_tool] {
        assert_ne!(other, &id);
    }
    // None of those consumed alice's approval.
    assert!(matches!(
        check(&mut s, &call("alice", 'a'), 106),
        CheckAnswer::Approved { .. }
    ));
}

#[test]
fn an_expired_approval_is_never_answered_approved() {
    let d = db();
    let mut s = open(&d);
    let id = pending_id(&check(&mut s, &call("alice", 'a'), 100));
    s.decide(&id, Decision::Approve, &bob(), 200)
        .unwrap()
        .unwrap();
    // ttl 900 from the decision: at 1100 it is over.
    let next = pending_id(&check(&mut s, &call("alice", 'a'), 1100));
    assert_ne!(next, id);
    let row = s.peek(&id).unwrap().unwrap();
    assert_eq!((row.state, row.uses_left), (State::Expired, 1));
    let events: Vec<String> = s
        .events(&id)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(events, ["requested", "approved", "expired"]);
}

#[test]
fn a_request_nobody_decided_in_time_expires_and_cannot_be_approved_late() {
    let d = db();
    let mut s = open(&d);
    let mut req = call("alice", 'a');
    req.pending_ttl_seconds = Some(60);
    let id = pending_id(&check(&mut s, &req, 100));
    assert_eq!(
        s.decide(&id, Decision::Approve, &bob(), 160).unwrap(),
        Err(DecideError::Conflict(State::Expired))
    );
    assert_ne!(pending_id(&check(&mut s, &req, 161)), id);
}

#[test]
fn a_denial_answers_denied_until_it_lapses() {
    let d = db();
    let mut s = open(&d);
    let id = pending_id(&check(&mut s, &call("alice", 'a'), 100));
    s.decide(&id, Decision::Deny, &bob(), 110).unwrap().unwrap();
    match check(&mut s, &call("alice", 'a'), 120) {
        CheckAnswer::Denied {
            approval_id,
            denied_by,
            ..
        } => assert_eq!((approval_id, denied_by), (id.clone(), "bob".into())),
        other => panic!("{other:?}"),
    }
    // A decided request cannot be decided again.
    assert_eq!(
        s.decide(&id, Decision::Approve, &bob(), 121).unwrap(),
        Err(DecideError::Conflict(State::Denied))
    );
    assert_ne!(
        pending_id(&check(&mut s, &call("alice", 'a'), 110 + 900)),
        id
    );
}

#[test]
fn a_revoked_approval_is_refused() {
    let d = db();
    let mut s = open(&d);
    let mut req = call("alice", 'a');
    req.uses = 5;
    let id = pending_id(&check(&mut s, &req, 100));
    s.decide(&id, Decision::Approve, &bob(), 101)
        .unwrap()
        .unwrap();
    assert!(matches!(
        check(&mut s, &req, 102),
        CheckAnswer::Approved { .. }
    ));
    s.decide(&id, Decision::Revoke, &person("carol", &[]), 103)
        .unwrap()
        .unwrap();
    assert!(matches!(
        check(&mut s, &req, 104),
        CheckAnswer::Denied { .. }
    ));
}

#[test]
fn only_listed_approvers_decide_and_the_requester_only_withdraws() {
    let d = db();
    let mut s = open(&d);
    let id = pending_id(&check(&mut s, &call("alice", 'a'), 100));
    // A stranger does not even learn the request exists.
    assert_eq!(
        s.decide(&id, Decision::Approve, &person("mallory", &["eng"]), 101)
            .unwrap(),
        Err(DecideError::NotFound)
    );
    // alice is in an approver group herself, still not her own approver.
    let alice = person("alice", &["ops-leads"]);
    assert_eq!(
        s.decide(&id, Decision::Approve, &alice, 102).unwrap(),
        Err(DecideError::Forbidden)
    );
    assert_eq!(s.peek(&id).unwrap().unwrap().state, State::Pending);
    // She may withdraw it.
    let (row, _) = s.decide(&id, Decision::Deny, &alice, 103).unwrap().unwrap();
    assert_eq!(
        (row.state, row.decided_by.as_deref()),
        (State::Denied, Some("alice"))
    );
}

#[test]
fn self_confirmation_lets_the_requester_approve_when_the_rule_says_so() {
    let d = db();
    let mut s = open(&d);
    let mut req = call("alice", 'a');
    req.allow_self = true;
    req.approvers = Approvers::default();
    let id = pending_id(&check(&mut s, &req, 100));
    s.decide(&id, Decision::Approve, &person("alice", &[]), 101)
        .unwrap()
        .unwrap();
    assert!(matches!(
        check(&mut s, &req, 102),
        CheckAnswer::Approved { .. }
    ));
}

#[test]
fn a_principal_cannot_pile_up_pending_requests() {
    let d = db();
    let mut s = Store::open(
        &d.path,
        Limits {
            max_pending_per_principal: 2,
            ..Limits::default()
        },
    )
    .unwrap();
    let mut next = ids_from_time(1);
    for c in ['a', 'b'] {
        s.check(&call("alice", c), 100, &mut next, &url)
            .unwrap()
            .unwrap();
    }
    assert_eq!(
        s.check(&call("alice", 'c'), 100, &mut next, &url)
            .unwrap()
            .err(),
        Some(CheckError::TooManyPending)
    );
    // Someone else is not affected, and a repeat of a known call still answers.
    assert!(s
        .check(&call("bob", 'c'), 100, &mut next, &url)
        .unwrap()
        .is_ok());
    assert!(s
        .check(&call("alice", 'a'), 100, &mut next, &url)
        .unwrap()
        .is_ok());
}

#[test]
fn the_sweep_records_expiries_nobody_asked_about_and_purges_old_rows() {
    let d = db();
    let mut s = Store::open(
        &d.path,
        Limits {
            retention_seconds: 1000,
            ..Limits::default()
        },
    )
    .unwrap();
    let waiting = pending_id(&check(&mut s, &call("alice", 'a'), 100));
    let approved = pending_id(&check(&mut s, &call("alice", 'b'), 100));
    s.decide(&approved, Decision::Approve, &bob(), 100)
        .unwrap()
        .unwrap();

    let (events, deleted) = s.sweep(100 + 3600).unwrap();
    let mut expired: Vec<String> = events.into_iter().map(|e| e.approval_id).collect();
    expired.sort();
    let mut want = vec![waiting.clone(), approved.clone()];
    want.sort();
    assert_eq!((expired, deleted), (want, 0));

    let (events, deleted) = s.sweep(100 + 3600 + 1001).unwrap();
    assert_eq!((events.len(), deleted), (0, 2));
    assert!(s.peek(&waiting).unwrap().is_none());
    assert!(s.events(&waiting).unwrap().is_empty());
}

#[test]
fn the_store_survives_a_reopen() {
    let d = db();
    let id = {
        let mut s = open(&d);
        let id = pending_id(&check(&mut s, &call("alice", 'a'), 100));
        s.decide(&id, Decision::Approve, &bob(), 101)
            .unwrap()
            .unwrap();
        id
    };
    let mut s = open(&d);
    match check(&mut s, &call("alice", 'a'), 102) {
        CheckAnswer::Approved { approval_id, .. } => assert_eq!(approval_id, id),
        other => panic!("{other:?}"),
    }
}

/// Many threads, each with its own connection to the same file, race to use
/// an approval: exactly `uses` of them get "approved".
fn race(uses: i64, threads: usize) -> usize {
    let d = db();
    let mut req = call("alice", 'a');
    req.uses = uses;
    {
        let mut s = open(&d);
        let id = pending_id(&check(&mut s, &req, 100));
        s.decide(&id, Decision::Approve, &bob(), 101)
            .unwrap()
            .unwrap();
    }
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let path = d.path.clone();
            let req = req.clone();
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                let mut s = Store::open(&path, Limits::default()).unwrap();
                barrier.wait();
                let mut next = ids_from_time(102);
                let out = s.check(&req, 102, &mut next, &url).unwrap().unwrap();
                matches!(out.answer, CheckAnswer::Approved { .. })
            })
        })
        .collect();
    let approved = handles
        .into_iter()
        .map(|h| h.join().unwrap())
        .filter(|ok| *ok)
        .count();
    // Everyone else was sent to the same one new pending request.
    let s = open(&d);
    assert_eq!(
        s.list(State::Pending, 10).unwrap().len(),
        usize::from(approved < threads)
    );
    approved
}

#[test]
fn two_concurrent_checks_of_a_one_use_approval_do_not_both_pass() {
    for _ in 0..5 {
        assert_eq!(race(1, 2), 1);
    }
}

#[test]
fn concurrent_checks_never_exceed_the_uses_granted() {
    assert_eq!(race(3, 12), 3);
    assert_eq!(race(1, 12), 1);
}
