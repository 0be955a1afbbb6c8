//! Core quota tests: window and burst math, costs, key bounding, clock
//! edges, CAS contention (simulated interleavings), byte budgets, shadow.
//! Real threads hammering one store live in tests/quota/.

// Case tables spell their tuple types out.
#![allow(clippy::type_complexity)]

use super::bucket::{Limit, State, Take};
use super::*;
use crate::testing::MemStore;
use serde_json::{json, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const NS: &str = "mcp_warden";
const MIN: u64 = 60_000;
/// 2026-01-01T00:00:00Z: a minute, hour and day boundary.
const T0: u64 = 1_767_225_600_000;

fn servers() -> Vec<(String, Option<ServerQuotaConfig>)> {
    let tickets: ServerQuotaConfig = serde_json::from_value(json!({
        "costs": {"run_query": 10, "get_ticket": 1, "search_*": 2, "search_archive": 5, "free_*": 0}
    }))
    .unwrap();
    vec![
        ("tickets".to_string(), Some(tickets)),
        ("files".to_string(), None),
    ]
}

fn compile(quotas: Value) -> Result<Quotas, ConfigError> {
    let top: QuotaConfig = serde_json::from_value(quotas).unwrap();
    Quotas::compile(Some(top), &servers())
}

fn quotas(quotas: Value) -> Quotas {
    compile(quotas).unwrap()
}

fn one_rule(rule: Value) -> Quotas {
    quotas(json!({"rules": [rule]}))
}

fn person(sub: &str) -> Identity {
    Identity {
        subject: Some(sub.to_string()),
        agent: Some(format!("agent-of-{sub}")),
        groups: vec!["support".to_string()],
        has_jwt: true,
        ..Identity::default()
    }
}

fn tool(name: &str) -> Target {
    Target::Tool(name.to_string())
}

fn call(q: &Quotas, store: &dyn SharedStore, now: u64, id: &Identity, name: &str) -> Charge {
    q.charge(store, NS, now, id, 0, "tools/call", &tool(name))
}

/// How many of `n` calls at `now` pass.
fn passes(
    q: &Quotas,
    store: &dyn SharedStore,
    now: u64,
    id: &Identity,
    name: &str,
    n: usize,
) -> usize {
    (0..n)
        .filter(|_| call(q, store, now, id, name) == Charge::Allowed)
        .count()
}

fn limit(amount: u64, window_ms: u64, burst: Option<u64>) -> Limit {
    Limit {
        amount,
        window_ms,
        burst,
    }
}

/// Runs `take` for each (now, units) in order; returns allow/deny(retry).
fn run(l: &Limit, steps: &[(u64, u64)]) -> Vec<Result<(), u64>> {
    let mut st = State::default();
    steps
        .iter()
        .map(|&(now, units)| match l.take(&st, now, units) {
            Take::Allow(next) => {
                st = next;
                Ok(())
            }
            Take::Deny { retry_ms } => Err(retry_ms),
        })
        .collect()
}

// ------------------------------------------------------------ window math

#[test]
fn a_window_allows_exactly_its_amount_then_refuses_until_it_ends() {
    // (amount, window, steps, expected)
    let cases: Vec<(u64, u64, Vec<(u64, u64)>, Vec<Result<(), u64>>)> = vec![
        // 3 per minute, all at the start of a minute: the 4th waits 60 s.
        (
            3,
            MIN,
            vec![(T0, 1); 4],
            vec![Ok(()), Ok(()), Ok(()), Err(MIN)],
        ),
        // Mid-window: the wait is what is left of the window.
        (
            2,
            MIN,
            vec![(T0 + 45_000, 1), (T0 + 45_000, 1), (T0 + 45_000, 1)],
            vec![Ok(()), Ok(()), Err(15_000)],
        ),
        // The last millisecond of a window, then the first of the next.
        (
            1,
            MIN,
            vec![(T0 + MIN - 1, 1), (T0 + MIN - 1, 1), (T0 + MIN, 1)],
            vec![Ok(()), Err(1), Ok(())],
        ),
        // Units larger than what is left are refused whole.
        (
            10,
            MIN,
            vec![(T0, 7), (T0, 4), (T0, 3)],
            vec![Ok(()), Err(MIN), Ok(())],
        ),
        // Per second and per day.
        (
            1,
            1_000,
            vec![(T0 + 999, 1), (T0 + 999, 1), (T0 + 1_000, 1)],
            vec![Ok(()), Err(1), Ok(())],
        ),
        (
            2,
            86_400_000,
            vec![
                (T0 + 3_600_000, 1),
                (T0 + 7_200_000, 1),
                (T0 + 7_200_000, 1),
            ],
            vec![Ok(()), Ok(()), Err(86_400_000 - 7_200_000)],
        ),
    ];
    for (amount, window, steps, want) in cases {
        let got = run(&limit(amount, window, None), &steps);
        assert_eq!(got, want, "{amount} per {window} ms, steps {steps:?}");
    }
}

#[test]
fn windows_are_aligned_to_the_epoch_so_a_minute_resets_at_the_full_minute() {
    let l = limit(1, MIN, None);
    let st = match l.take(&State::default(), T0 + 59_000, 1) {
        Take::Allow(s) => s,
        Take::Deny { .. } => panic!("first call refused"),
    };
    assert_eq!(l.take(&st, T0 + 59_500, 1), Take::Deny { retry_ms: 500 });
    assert!(matches!(l.take(&st, T0 + 60_000, 1), Take::Allow(_)));
}

// ------------------------------------------------------------ bursts (GCRA)

#[test]
fn a_burst_allows_that_many_back_to_back_then_one_per_interval() {
    // 100 per minute, burst 10: ten at once, then one every 600 ms.
    let l = limit(100, MIN, Some(10));
    let mut steps = vec![(T0, 1); 11];
    steps.extend([(T0 + 599, 1), (T0 + 600, 1), (T0 + 600, 1), (T0 + 1_200, 1)]);
    let got = run(&l, &steps);
    let mut want = vec![Ok(()); 10];
    want.extend([Err(600), Err(1), Ok(()), Err(600), Ok(())]);
    assert_eq!(got, want);
}

#[test]
fn a_burst_never_lets_more_than_the_window_amount_through() {
    // burst == amount: the bucket alone would allow 2x per window (a full
    // bucket plus its refill); the window caps it at exactly `amount`.
    for (amount, burst) in [(10u64, 10u64), (10, 3), (60, 60), (7, 1)] {
        let l = limit(amount, MIN, Some(burst));
        let mut st = State::default();
        let mut allowed = 0;
        // One attempt every 10 ms over exactly one window.
        for t in (0..MIN).step_by(10) {
            if let Take::Allow(next) = l.take(&st, T0 + t, 1) {
                st = next;
                allowed += 1;
            }
        }
        assert_eq!(allowed, amount, "amount {amount} burst {burst}");
    }
}

#[test]
fn a_costly_call_waits_until_the_bucket_holds_its_whole_cost() {
    // 60 per minute (one per second), burst 10; a cost-10 call after a
    // cost-4 one must wait 4 s for the tokens to come back.
    let l = limit(60, MIN, Some(10));
    assert_eq!(
        run(&l, &[(T0, 4), (T0, 10), (T0 + 3_999, 10), (T0 + 4_000, 10)]),
        vec![Ok(()), Err(4_000), Err(1), Ok(())]
    );
}

#[test]
fn uneven_intervals_are_exact_in_integer_arithmetic() {
    // 7 per day, burst 1: one every 86_400_000 / 7 = 12_342_857.14 ms; the
    // second call must wait the rounded-up interval, not a truncated one.
    let l = limit(7, 86_400_000, Some(1));
    assert_eq!(
        run(
            &l,
            &[(T0, 1), (T0, 1), (T0 + 12_342_857, 1), (T0 + 12_342_858, 1)]
        ),
        vec![Ok(()), Err(12_342_858), Err(1), Ok(())]
    );
}

// ------------------------------------------------------------ clock edges

#[test]
fn clock_edges_never_panic_and_fail_safe() {
    struct Case {
        says: &'static str,
        steps: Vec<(u64, u64)>,
        want: Vec<Result<(), u64>>,
    }
    let cases = [
        Case {
            says: "a step back inside the window keeps counting",
            steps: vec![(T0 + 30_000, 1), (T0 + 10_000, 1)],
            want: vec![Ok(()), Err(50_000)],
        },
        Case {
            says: "a step back across a boundary keeps the newer window (conservative)",
            steps: vec![(T0 + MIN + 5, 1), (T0 + MIN - 5, 1)],
            want: vec![Ok(()), Err(MIN + 5)],
        },
        Case {
            says: "a jump back by more than a window counts in the clock's window",
            steps: vec![(T0 + 10 * MIN, 1), (T0, 1), (T0, 1)],
            want: vec![Ok(()), Ok(()), Err(MIN)],
        },
        Case {
            says: "u64::MAX is a valid now",
            steps: vec![(u64::MAX, 1), (u64::MAX, 1)],
            want: vec![Ok(()), Err(1)],
        },
        Case {
            says: "now = 0 works",
            steps: vec![(0, 1), (0, 1), (MIN, 1)],
            want: vec![Ok(()), Err(MIN), Ok(())],
        },
    ];
    for c in cases {
        assert_eq!(run(&limit(1, MIN, None), &c.steps), c.want, "{}", c.says);
    }
    // The largest amounts and u64::MAX times with a burst: no overflow, and
    // a retry never beyond one window.
    let l = limit(MAX_AMOUNT, 86_400_000, Some(MAX_AMOUNT));
    for now in [0, 1, T0, u64::MAX - 1, u64::MAX] {
        let got = run(&l, &[(now, MAX_AMOUNT), (now, 1), (now, MAX_AMOUNT)]);
        assert_eq!(got.first(), Some(&Ok(())), "now {now}");
        for r in got.iter().skip(1) {
            assert!(
                matches!(r, Err(ms) if *ms >= 1 && *ms <= 2 * 86_400_000),
                "now {now}: {r:?}"
            );
        }
    }
    // A GCRA time far ahead of the clock (clock jumped back) waits for the
    // bucket, never for the clock.
    let l = limit(60, MIN, Some(5));
    let ahead = State {
        tat: u128::from(T0 + 100 * MIN) * 60,
        ..State::default()
    };
    match l.take(&ahead, T0, 1) {
        Take::Deny { retry_ms } => assert!(retry_ms <= 1_000, "{retry_ms}"),
        Take::Allow(_) => panic!("a drained bucket allowed a call"),
    }
}

#[test]
fn retry_after_rounds_up_to_whole_seconds_and_is_never_zero() {
    let cases = [
        (1u64, 1u64),
        (999, 1),
        (1_000, 1),
        (1_001, 2),
        (59_999, 60),
        (0, 1),
    ];
    for (retry_ms, secs) in cases {
        match Charge::limited("q", T0, retry_ms, false) {
            Charge::Throttled {
                retry_after_secs,
                reset_at_ms,
                ..
            } => {
                assert_eq!(retry_after_secs, secs, "{retry_ms} ms");
                assert_eq!(reset_at_ms, T0 + retry_ms);
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(
        Charge::limited("q", u64::MAX, u64::MAX, false),
        Charge::Throttled {
            reset_at_ms: u64::MAX,
            ..
        }
    ));
}

// ------------------------------------------------------------ stored state

#[test]
fn state_round_trips_and_anything_else_reads_as_empty() {
    let st = State {
        fingerprint: 0x0123_4567_89ab_cdef,
        owner: u64::MAX,
        shared: true,
        window: 29_453_760,
        used: 42,
        tat: u128::MAX - 7,
    };
    let bytes = st.encode();
    assert_eq!(bytes.len(), bucket::ENCODED_LEN);
    assert_eq!(State::decode(&bytes), Some(st));
    let mut wrong_version = bytes.clone();
    wrong_version[0] = 9;
    let longer = [bytes.as_slice(), &[0]].concat();
    for junk in [
        &[][..],
        &bytes[..bytes.len() - 1],
        &longer[..],
        &wrong_version[..],
        b"not ours at all",
    ] {
        assert_eq!(State::decode(junk), None, "{junk:?}");
    }
}

#[test]
fn a_refund_gives_back_exactly_what_was_taken() {
    let l = limit(10, MIN, Some(5));
    let Take::Allow(a) = l.take(&State::default(), T0, 3) else {
        panic!()
    };
    let Take::Allow(b) = l.take(&a, T0, 2) else {
        panic!()
    };
    let back = l.refund(&b, b.window, 2);
    assert_eq!((back.used, back.tat), (a.used, a.tat));
    // A refund for another window leaves the count alone.
    let other = l.refund(&b, b.window + 1, 2);
    assert_eq!(other.used, b.used);
}

#[test]
fn idle_means_nothing_in_the_state_still_matters() {
    let l = limit(10, MIN, Some(2));
    let Take::Allow(st) = l.take(&State::default(), T0, 2) else {
        panic!()
    };
    assert!(!l.is_idle(&st, T0), "just used");
    assert!(!l.is_idle(&st, T0 + 30_000), "window still counts");
    assert!(l.is_idle(&st, T0 + MIN), "next window, bucket refilled");
    assert!(l.is_idle(&State::default(), T0));
}

// ------------------------------------------------------------ config

#[test]
fn a_full_quota_section_compiles() {
    let q = quotas(json!({
        "slots": 1024,
        "rules": [
            {"name": "agent-calls", "who": {"groups": ["support"]}, "countBy": ["agent"],
             "servers": ["tickets"], "tools": ["*"], "limit": {"calls": 100, "per": "minute", "burst": 20}},
            {"name": "subject-cost", "countBy": ["subject", "tool"], "servers": ["*"],
             "tools": ["*"], "limit": {"cost": 1000, "per": "hour"}},
            {"name": "everyone-reads", "countBy": [], "methods": ["resources/read", "prompts/*"],
             "limit": {"calls": 10000, "per": "day"}, "mode": "shadow", "description": "pool"},
            {"name": "result-bytes", "tools": ["run_query"], "limit": {"bytes": 10485760, "per": "hour"}}
        ]
    }));
    assert!(!q.is_empty());
    assert_eq!(
        q.rule_names().collect::<Vec<_>>(),
        [
            "agent-calls",
            "subject-cost",
            "everyone-reads",
            "result-bytes"
        ]
    );
    assert!(q.counts_bytes(0) && q.counts_bytes(1));
    assert!(Quotas::compile(None, &servers()).unwrap().is_empty());
    assert!(!quotas(json!({})).counts_bytes(0));
}

#[test]
fn invalid_quota_sections_name_the_json_path_and_the_fix() {
    let rule = || json!({"name": "q", "tools": ["*"], "limit": {"calls": 10, "per": "minute"}});
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (Box::new(|v| v["slots"] = json!(0)), "quotas.slots", "between 1 and"),
        (Box::new(|v| v["slots"] = json!(2_000_000)), "quotas.slots", "between 1 and"),
        (Box::new(|v| v["rules"][0]["name"] = json!("")), "quotas.rules[0].name", "1-63"),
        (Box::new(|v| v["rules"][0]["name"] = json!("a/b")), "quotas.rules[0].name", "1-63"),
        (
            Box::new(|v| {
                let first = v["rules"][0].clone();
                v["rules"].as_array_mut().unwrap().push(first);
            }),
            "quotas.rules[1].name",
            "duplicate quota name",
        ),
        (
            Box::new(|v| v["rules"][0]["who"] = json!({})),
            "quotas.rules[0].who",
            "leave \"who\" out",
        ),
        (
            Box::new(|v| v["rules"][0]["who"] = json!({"anyone": true, "groups": ["x"]})),
            "quotas.rules[0].who",
            "cannot be combined",
        ),
        (
            Box::new(|v| v["rules"][0]["countBy"] = json!(["agent", "agent"])),
            "quotas.rules[0].countBy[1]",
            "listed twice",
        ),
        (
            Box::new(|v| v["rules"][0]["servers"] = json!([])),
            "quotas.rules[0].servers",
            "at least one server",
        ),
        (
            Box::new(|v| v["rules"][0]["servers"] = json!(["tickets", "tickts"])),
            "quotas.rules[0].servers[1]",
            "declared servers are: tickets, files",
        ),
        (
            Box::new(|v| v["rules"][0]["tools"] = json!([])),
            "quotas.rules[0]",
            "give tools",
        ),
        (
            Box::new(|v| v["rules"][0]["tools"] = json!(["a", ""])),
            "quotas.rules[0].tools[1]",
            "empty pattern",
        ),
        (
            Box::new(|v| v["rules"][0]["methods"] = json!(["tools/cal"])),
            "quotas.rules[0].methods[0]",
            "unknown MCP method",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"] = json!({"calls": 1, "cost": 1, "per": "minute"})),
            "quotas.rules[0].limit",
            "exactly one of calls, cost or bytes",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"] = json!({"per": "minute"})),
            "quotas.rules[0].limit",
            "exactly one of calls, cost or bytes",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"]["calls"] = json!(0)),
            "quotas.rules[0].limit.calls",
            "between 1 and",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"] = json!({"bytes": 1u64 << 51, "per": "day"})),
            "quotas.rules[0].limit.bytes",
            "between 1 and",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"]["burst"] = json!(11)),
            "quotas.rules[0].limit.burst",
            "between 1 and calls (10)",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"]["burst"] = json!(0)),
            "quotas.rules[0].limit.burst",
            "between 1 and",
        ),
        (
            Box::new(|v| v["rules"][0]["limit"] = json!({"bytes": 100, "per": "hour", "burst": 5})),
            "quotas.rules[0].limit.burst",
            "no burst",
        ),
        (
            Box::new(|v| {
                v["rules"][0]["limit"] = json!({"bytes": 100, "per": "hour"});
                v["rules"][0]["methods"] = json!(["resources/read"]);
            }),
            "quotas.rules[0].methods",
            "name tools instead",
        ),
        (
            // run_query costs 10 on tickets: a burst of 5 could never pass it.
            Box::new(|v| v["rules"][0]["limit"] = json!({"cost": 100, "per": "minute", "burst": 5})),
            "quotas.rules[0].limit",
            "a call costing 10 (servers[0].quotas.costs.run_query) could never pass a burst of 5",
        ),
        (
            Box::new(|v| {
                v["rules"][0]["tools"] = json!(["search_*"]);
                v["rules"][0]["limit"] = json!({"cost": 4, "per": "minute"});
            }),
            "quotas.rules[0].limit",
            "a call costing 5 (servers[0].quotas.costs.search_archive) could never pass a cost of 4",
        ),
    ];
    for (edit, path, fragment) in cases {
        let mut v = json!({"rules": [rule()]});
        edit(&mut v);
        let err = compile(v.clone())
            .map(|_| ())
            .expect_err(&format!("accepted {v}"));
        assert_eq!(err.path, path, "{v}: {err:?}");
        assert!(err.message.contains(fragment), "{v}: {err:?}");
    }
    // A cost within reach is fine: get_ticket (1) under a burst of 1.
    assert!(
        compile(json!({"rules": [{"name": "q", "tools": ["get_ticket"],
        "limit": {"cost": 10, "per": "minute", "burst": 1}}]}))
        .is_ok()
    );
}

#[test]
fn server_cost_tables_are_validated_with_their_paths() {
    let bad = |section: Value| -> ConfigError {
        let s: ServerQuotaConfig = serde_json::from_value(section).unwrap();
        Quotas::compile(None, &[("a".into(), None), ("b".into(), Some(s))]).unwrap_err()
    };
    let e = bad(json!({"costs": {"x": MAX_COST + 1}}));
    assert_eq!(e.path, "servers[1].quotas.costs.x");
    let e = bad(json!({"defaultCost": MAX_COST + 1}));
    assert_eq!(e.path, "servers[1].quotas.defaultCost");
    let e = bad(json!({"costs": {"": 1}}));
    assert_eq!(e.path, "servers[1].quotas.costs");
}

#[test]
fn the_policy_rejects_unknown_quota_fields_with_their_path() {
    let policy = |quotas: Value, server_quotas: Value| {
        json!({
            "apiVersion": "mcp-warden/v1",
            "servers": [{"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "low",
                         "match": {"pathPrefix": "/mcp"}, "quotas": server_quotas}],
            "defaultEffect": "deny",
            "quotas": quotas
        })
    };
    let ok = policy(
        json!({"rules": [{"name": "q", "tools": ["*"], "limit": {"cost": 20, "per": "minute"}}]}),
        json!({"costs": {"run_query": 10}}),
    );
    assert!(crate::policy::Policy::from_json(ok.to_string().as_bytes()).is_ok());
    let cases = [
        (policy(json!({"rule": []}), json!({})), "quotas"),
        (
            policy(
                json!({"rules": [{"name": "q", "tools": ["*"], "limit": {"calls": 1, "per": "minute", "brust": 1}}]}),
                json!({}),
            ),
            "quotas.rules[0].limit",
        ),
        (
            policy(
                json!({"rules": [{"name": "q", "tools": ["*"], "limit": {"calls": 1, "per": "fortnight"}}]}),
                json!({}),
            ),
            "quotas.rules[0].limit.per",
        ),
        (
            policy(
                json!({"rules": [{"name": "q", "tools": ["*"], "countBy": ["ip"], "limit": {"calls": 1, "per": "minute"}}]}),
                json!({}),
            ),
            "quotas.rules[0].countBy[0]",
        ),
        (policy(json!({}), json!({"cost": {}})), "servers[0].quotas"),
        (
            policy(json!({}), json!({"costs": {"x": -1}})),
            "servers[0].quotas.costs.x",
        ),
    ];
    for (p, path) in cases {
        let err = crate::policy::Policy::from_json(p.to_string().as_bytes())
            .map(|_| ())
            .expect_err(&p.to_string());
        assert!(err.path.starts_with(path), "want {path}, got {err:?}");
    }
}

// ------------------------------------------------------------ matching and keys

#[test]
fn each_caller_has_its_own_counter_and_a_second_identity_is_unaffected() {
    let q = one_rule(
        json!({"name": "per-caller", "tools": ["*"], "limit": {"calls": 3, "per": "minute"}}),
    );
    let store = MemStore::default();
    let (alice, bob) = (person("alice"), person("bob"));
    assert_eq!(passes(&q, &store, T0, &alice, "get_ticket", 10), 3);
    assert_eq!(passes(&q, &store, T0, &bob, "get_ticket", 10), 3);
    match call(&q, &store, T0 + 20_000, &alice, "get_ticket") {
        Charge::Throttled {
            rule,
            retry_after_secs,
            reset_at_ms,
        } => {
            assert_eq!(rule, "per-caller");
            assert_eq!(retry_after_secs, 40);
            assert_eq!(reset_at_ms, T0 + MIN);
        }
        other => panic!("{other:?}"),
    }
    // After the window the caller may call again.
    assert_eq!(passes(&q, &store, T0 + MIN, &alice, "get_ticket", 10), 3);
}

#[test]
fn count_by_chooses_what_one_counter_counts_for() {
    // (countBy, calls made as (subject, agent, tool), expected passes of the last 5)
    let cases: Vec<(Value, Vec<(&str, &str, &str)>, usize, &str)> = vec![
        (
            json!([]),
            vec![("a", "x", "t1"), ("b", "y", "t2")],
            0,
            "one counter for everyone",
        ),
        (
            json!(["subject"]),
            vec![("a", "x", "t1"), ("b", "y", "t2")],
            2,
            "people apart",
        ),
        (
            json!(["subject"]),
            vec![("a", "x", "t1"), ("a", "y", "t2")],
            0,
            "same person, two agents",
        ),
        (
            json!(["agent"]),
            vec![("a", "x", "t1"), ("b", "x", "t2")],
            0,
            "same agent, two people",
        ),
        (
            json!(["agent"]),
            vec![("a", "x", "t1"), ("a", "y", "t1")],
            2,
            "agents apart",
        ),
        (
            json!(["subject", "tool"]),
            vec![("a", "x", "t1"), ("a", "x", "t2")],
            2,
            "tools apart",
        ),
        (
            json!(["subject", "tool"]),
            vec![("a", "x", "t1"), ("a", "x", "T1")],
            0,
            "lookalike tools together",
        ),
        (
            json!(["server"]),
            vec![("a", "x", "t1"), ("b", "y", "t2")],
            0,
            "one server, one counter",
        ),
    ];
    for (count_by, calls, want, says) in cases {
        let q = one_rule(json!({"name": "q", "countBy": count_by, "tools": ["*"],
                                "limit": {"calls": 2, "per": "minute"}}));
        let store = MemStore::default();
        let mk = |(s, a, _): (&str, &str, &str)| Identity {
            subject: Some(s.into()),
            agent: Some(a.into()),
            ..Identity::default()
        };
        let Some((&last, first)) = calls.split_last() else {
            panic!()
        };
        for &c in first {
            assert_eq!(passes(&q, &store, T0, &mk(c), c.2, 2), 2, "{says}");
        }
        assert_eq!(passes(&q, &store, T0, &mk(last), last.2, 5), want, "{says}");
    }
}

#[test]
fn rules_apply_only_to_their_callers_servers_tools_and_methods() {
    let q = one_rule(
        json!({"name": "q", "who": {"groups": ["support"]}, "servers": ["tickets"],
        "tools": ["get_*"], "methods": ["resources/read"], "limit": {"calls": 1, "per": "minute"}}),
    );
    let outsider = Identity {
        subject: Some("eve".into()),
        groups: vec!["eng".into()],
        ..Identity::default()
    };
    // (caller, server, method, target, counted?)
    let cases: Vec<(Identity, usize, &str, Target, bool)> = vec![
        (person("a"), 0, "tools/call", tool("get_ticket"), true),
        (
            person("b"),
            0,
            "resources/read",
            Target::Resource("x://1".into()),
            true,
        ),
        (person("c"), 0, "tools/call", tool("delete_ticket"), false),
        (person("d"), 1, "tools/call", tool("get_ticket"), false),
        (outsider, 0, "tools/call", tool("get_ticket"), false),
        (
            person("e"),
            0,
            "prompts/get",
            Target::Prompt("get_x".into()),
            false,
        ),
        // A tool name only counts on tools/call.
        (person("f"), 0, "resources/read", tool("get_ticket"), true),
        (person("g"), 0, "tools/list", Target::None, false),
    ];
    for (id, server, method, target, counted) in cases {
        let store = MemStore::default();
        let second = {
            q.charge(&store, NS, T0, &id, server, method, &target);
            q.charge(&store, NS, T0, &id, server, method, &target)
        };
        assert_eq!(
            second.is_throttled(),
            counted,
            "{id:?} {server} {method} {target:?}"
        );
    }
}

#[test]
fn costs_weigh_calls_so_a_costly_tool_exhausts_the_budget_faster() {
    let q =
        one_rule(json!({"name": "cost", "tools": ["*"], "limit": {"cost": 100, "per": "minute"}}));
    let store = MemStore::default();
    let (a, b) = (person("a"), person("b"));
    assert_eq!(passes(&q, &store, T0, &a, "run_query", 50), 10);
    assert_eq!(passes(&q, &store, T0, &b, "get_ticket", 200), 100);
    // The server without a cost table: everything costs 1.
    let c = person("c");
    let on_files = (0..200)
        .filter(|_| {
            q.charge(&store, NS, T0, &c, 1, "tools/call", &tool("run_query")) == Charge::Allowed
        })
        .count();
    assert_eq!(on_files, 100);
}

#[test]
fn cost_tables_prefer_exact_names_then_the_most_specific_glob() {
    let q =
        one_rule(json!({"name": "cost", "tools": ["*"], "limit": {"cost": 1000, "per": "minute"}}));
    let table = q.costs.first().unwrap();
    for (name, cost) in [
        ("run_query", 10),
        ("get_ticket", 1),
        ("search_tickets", 2),
        ("search_archive", 5),
        ("free_lunch", 0),
        ("anything_else", 1),
        // Lookalikes cost what the real name costs.
        ("RUN_QUERY", 10),
        ("run_quеry", 10), // Cyrillic е
        ("ｒｕｎ_query", 10),
    ] {
        assert_eq!(table.cost(&ToolForms::of(name)), cost, "{name}");
    }
}

#[test]
fn lookalike_tool_names_count_where_the_real_name_does() {
    let q = one_rule(
        json!({"name": "q", "tools": ["run_query"], "limit": {"calls": 2, "per": "minute"}}),
    );
    let store = MemStore::default();
    let a = person("a");
    assert_eq!(call(&q, &store, T0, &a, "run_query"), Charge::Allowed);
    assert_eq!(call(&q, &store, T0, &a, "Run_Query"), Charge::Allowed);
    assert!(call(&q, &store, T0, &a, "run_quеry").is_throttled());
}

#[test]
fn free_tools_cost_nothing_and_touch_no_key() {
    let q = one_rule(
        json!({"name": "cost", "tools": ["free_*"], "limit": {"cost": 1, "per": "minute"}}),
    );
    let store = MemStore::default();
    assert_eq!(passes(&q, &store, T0, &person("a"), "free_lunch", 100), 100);
    assert!(store.map.borrow().is_empty());
}

#[test]
fn keys_stay_within_rules_times_slots_however_many_identities_come_and_go() {
    let q = quotas(json!({"slots": 64, "rules": [
        {"name": "a", "tools": ["*"], "limit": {"calls": 5, "per": "minute"}},
        {"name": "b", "countBy": ["agent", "tool"], "tools": ["*"], "limit": {"calls": 5, "per": "hour"}},
        {"name": "pool", "countBy": [], "tools": ["*"], "limit": {"calls": 1000000, "per": "day"}}
    ]}));
    let store = MemStore::default();
    for i in 0..5_000u64 {
        let now = T0 + i * 1_000;
        let id = person(&format!("user-{i}"));
        call(&q, &store, now, &id, &format!("tool_{}", i % 37));
    }
    let map = store.map.borrow();
    // Two rules of 64 slots, one shared counter, and the creation marker.
    assert!(map.len() <= 64 + 64 + 1 + 1, "{} keys", map.len());
    for key in map.keys() {
        if key == "mcp-warden/mcp_warden/q-marker" {
            continue;
        }
        let rest = key.strip_prefix("mcp-warden/mcp_warden/q/").unwrap();
        let (rule, slot) = rest.split_once('/').unwrap();
        let slot: u32 = slot.parse().unwrap();
        match rule {
            "a" | "b" => assert!(slot < 64, "{key}"),
            "pool" => assert_eq!(slot, 0, "{key}"),
            _ => panic!("{key}"),
        }
        assert!(map[key].0.len() <= bucket::ENCODED_LEN);
    }
}

#[test]
fn namespaces_keep_plugins_apart() {
    let q = one_rule(json!({"name": "q", "tools": ["*"], "limit": {"calls": 1, "per": "minute"}}));
    let store = MemStore::default();
    let a = person("a");
    let t = tool("x");
    assert_eq!(
        q.charge(&store, "ns1", T0, &a, 0, "tools/call", &t),
        Charge::Allowed
    );
    assert_eq!(
        q.charge(&store, "ns2", T0, &a, 0, "tools/call", &t),
        Charge::Allowed
    );
    assert!(q
        .charge(&store, "ns1", T0, &a, 0, "tools/call", &t)
        .is_throttled());
    assert!(store
        .map
        .borrow()
        .keys()
        .all(|k| k.starts_with("mcp-warden/ns")));
}

#[test]
fn with_two_slots_two_callers_still_get_their_own_counters() {
    // Two choices: whatever the hashes, the second caller takes the other slot.
    let q = quotas(json!({"slots": 2, "rules": [
        {"name": "q", "tools": ["*"], "limit": {"calls": 2, "per": "minute"}}]}));
    for (x, y) in [("a", "b"), ("c", "d"), ("e", "f"), ("g", "h")] {
        let store = MemStore::default();
        assert_eq!(passes(&q, &store, T0, &person(x), "t", 5), 2);
        assert_eq!(passes(&q, &store, T0, &person(y), "t", 5), 2);
    }
}

#[test]
fn when_every_slot_is_taken_callers_share_and_nobody_exceeds_their_limit() {
    // One slot, three callers: the late ones count against the live counter
    // (fail closed), so together they never pass more than one limit.
    let q = quotas(json!({"slots": 1, "rules": [
        {"name": "q", "tools": ["*"], "limit": {"calls": 4, "per": "minute"}}]}));
    let store = MemStore::default();
    let total: usize = ["a", "b", "c", "a", "b", "c"]
        .iter()
        .map(|who| passes(&q, &store, T0, &person(who), "t", 3))
        .sum();
    assert_eq!(total, 4);
}

#[test]
fn a_sharing_caller_stays_in_the_shared_slot_instead_of_splitting_its_count() {
    // Many callers, few slots: however slots are shared and taken over, no
    // caller passes more than its limit within a window.
    let q = quotas(json!({"slots": 3, "rules": [
        {"name": "q", "tools": ["*"], "limit": {"calls": 3, "per": "minute"}}]}));
    let store = MemStore::default();
    let mut passed = std::collections::HashMap::new();
    for round in 0..20 {
        for i in 0..8 {
            let who = format!("u{}", (i * 7 + round) % 8);
            if call(&q, &store, T0 + round, &person(&who), "t") == Charge::Allowed {
                *passed.entry(who).or_insert(0) += 1;
            }
        }
    }
    assert!(passed.values().all(|&n| n <= 3), "{passed:?}");
    assert!(passed.values().sum::<i32>() >= 3);
}

#[test]
fn an_idle_slot_is_taken_over_with_a_fresh_counter() {
    let q = quotas(json!({"slots": 1, "rules": [
        {"name": "q", "tools": ["*"], "limit": {"calls": 2, "per": "minute"}}]}));
    let store = MemStore::default();
    assert_eq!(passes(&q, &store, T0, &person("a"), "t", 5), 2);
    // b shares a's live counter: nothing left.
    assert_eq!(passes(&q, &store, T0 + 1, &person("b"), "t", 5), 0);
    // Next window: a's counter is idle; b takes the slot over.
    assert_eq!(passes(&q, &store, T0 + MIN, &person("b"), "t", 5), 2);
    let map = store.map.borrow();
    let st = State::decode(&map["mcp-warden/mcp_warden/q/q/0"].0).unwrap();
    assert!(!st.shared, "a takeover starts unshared");
}

#[test]
fn a_changed_limit_restarts_counting() {
    let store = MemStore::default();
    let a = person("a");
    let q1 = one_rule(json!({"name": "q", "tools": ["*"], "limit": {"calls": 2, "per": "minute"}}));
    assert_eq!(passes(&q1, &store, T0, &a, "t", 5), 2);
    let q2 = one_rule(json!({"name": "q", "tools": ["*"], "limit": {"calls": 3, "per": "minute"}}));
    assert_eq!(passes(&q2, &store, T0, &a, "t", 5), 3);
    // Who/tools changes keep the counter.
    let q3 =
        one_rule(json!({"name": "q", "tools": ["t", "u"], "limit": {"calls": 3, "per": "minute"}}));
    assert_eq!(passes(&q3, &store, T0, &a, "t", 5), 0);
}

// ------------------------------------------------------------ several rules, batches

#[test]
fn a_call_refused_by_one_rule_is_refunded_to_the_rules_that_counted_it() {
    let q = quotas(json!({"rules": [
        {"name": "calls", "tools": ["*"], "limit": {"calls": 10, "per": "minute"}},
        {"name": "queries", "tools": ["run_query"], "limit": {"calls": 2, "per": "minute"}}
    ]}));
    let store = MemStore::default();
    let a = person("a");
    assert_eq!(passes(&q, &store, T0, &a, "run_query", 2), 2);
    // Five refused run_query calls spend nothing of "calls"...
    for _ in 0..5 {
        assert_eq!(
            call(&q, &store, T0, &a, "run_query").rule(),
            Some("queries")
        );
    }
    // ...so eight other calls still pass.
    assert_eq!(passes(&q, &store, T0, &a, "get_ticket", 20), 8);
}

#[test]
fn a_throttled_batch_is_refused_whole_and_spends_nothing() {
    let q = one_rule(json!({"name": "q", "tools": ["*"], "limit": {"calls": 3, "per": "minute"}}));
    let store = MemStore::default();
    let a = person("a");
    let (t1, t2) = (tool("x"), tool("y"));
    let batch = [("tools/call", &t1), ("tools/call", &t2)];
    assert_eq!(
        q.charge_batch(&store, NS, T0, &a, 0, &batch),
        Charge::Allowed
    );
    let four = [
        ("tools/call", &t1),
        ("tools/call", &t2),
        ("tools/call", &t1),
        ("tools/call", &t2),
    ];
    assert!(q.charge_batch(&store, NS, T0, &a, 0, &four).is_throttled());
    // The refused batch gave everything back: exactly one call is left.
    assert_eq!(passes(&q, &store, T0, &a, "x", 5), 1);
}

// ------------------------------------------------------------ shadow

#[test]
fn shadow_rules_report_would_throttle_and_never_refuse() {
    let q = quotas(json!({"rules": [
        {"name": "dry", "mode": "shadow", "tools": ["*"], "limit": {"calls": 2, "per": "minute"}},
        {"name": "real", "tools": ["*"], "limit": {"calls": 5, "per": "minute"}}
    ]}));
    let store = MemStore::default();
    let a = person("a");
    let got: Vec<Charge> = (0..6).map(|_| call(&q, &store, T0, &a, "t")).collect();
    assert_eq!(got[..2], [Charge::Allowed, Charge::Allowed]);
    for c in &got[2..5] {
        assert!(
            matches!(c, Charge::WouldThrottle { rule, retry_after_secs: 60, .. } if rule == "dry"),
            "{c:?}"
        );
        assert_eq!(c.error_message(), None);
    }
    assert_eq!(got[5].rule(), Some("real"));
    assert!(got[5].is_throttled());
}

#[test]
fn a_policy_in_shadow_mode_turns_every_quota_into_a_report() {
    let mut q =
        one_rule(json!({"name": "q", "tools": ["*"], "limit": {"calls": 1, "per": "minute"}}));
    q.force_shadow();
    let store = MemStore::default();
    let a = person("a");
    assert_eq!(call(&q, &store, T0, &a, "t"), Charge::Allowed);
    assert!(matches!(
        call(&q, &store, T0, &a, "t"),
        Charge::WouldThrottle { .. }
    ));
}

// ------------------------------------------------------------ byte budgets

#[test]
fn byte_budgets_refuse_the_next_call_once_results_have_spent_them() {
    let q = quotas(json!({"rules": [
        {"name": "bytes", "tools": ["run_query"], "limit": {"bytes": 1000, "per": "hour"}},
        {"name": "dry-bytes", "mode": "shadow", "tools": ["*"], "limit": {"bytes": 500, "per": "hour"}}
    ]}));
    let store = MemStore::default();
    let a = person("a");
    let bytes = |n: u64, name: &str, now: u64| q.charge_bytes(&store, NS, now, &a, 0, name, n);
    assert_eq!(call(&q, &store, T0, &a, "run_query"), Charge::Allowed);
    assert_eq!(bytes(400, "run_query", T0), Charge::Allowed);
    assert!(
        matches!(bytes(200, "run_query", T0), Charge::WouldThrottle { ref rule, .. } if rule == "dry-bytes")
    );
    assert_eq!(
        call(&q, &store, T0, &a, "run_query").rule(),
        Some("dry-bytes")
    );
    // A result that crosses the budget is recorded whole and reported.
    match bytes(500, "run_query", T0 + 1_000) {
        Charge::Throttled {
            rule,
            retry_after_secs,
            ..
        } => {
            assert_eq!(rule, "bytes");
            assert_eq!(retry_after_secs, 3_599);
        }
        other => panic!("{other:?}"),
    }
    // The next call is refused; other tools are not under "bytes".
    assert_eq!(
        call(&q, &store, T0 + 2_000, &a, "run_query").rule(),
        Some("bytes")
    );
    assert!(!call(&q, &store, T0 + 2_000, &a, "get_ticket").is_throttled());
    // Another caller has its own budget; the next hour resets it.
    assert_eq!(
        call(&q, &store, T0, &person("b"), "run_query"),
        Charge::Allowed
    );
    assert_eq!(
        call(&q, &store, T0 + 3_600_000, &a, "run_query"),
        Charge::Allowed
    );
    // Zero bytes and unrelated tools change nothing.
    assert_eq!(bytes(0, "run_query", T0), Charge::Allowed);
}

// ------------------------------------------------------------ CAS contention

/// A store that lets "another worker" act between our read and our write:
/// before each CAS write it runs `interleave` (which may charge through the
/// inner store, bumping the CAS) according to a schedule.
struct Racy<'a> {
    inner: &'a MemStore,
    schedule: Box<dyn Fn(usize) -> bool + 'a>,
    interleave: RefCell<Option<Box<dyn FnMut() + 'a>>>,
    writes: Cell<usize>,
}

impl SharedStore for Racy<'_> {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        let n = self.writes.get();
        self.writes.set(n + 1);
        if cas.is_some() && (self.schedule)(n) {
            // Take the closure out while it runs (it may not re-enter us).
            let f = self.interleave.borrow_mut().take();
            if let Some(mut f) = f {
                f();
                *self.interleave.borrow_mut() = Some(f);
            }
        }
        self.inner.set(key, value, cas)
    }
}

#[test]
fn cas_interleavings_allow_exactly_the_limit() {
    // (says, limit, burst, attempts per worker, schedule)
    type Schedule = fn(usize) -> bool;
    let schedules: [(&str, Schedule); 4] = [
        (
            "the other worker writes before every one of our writes",
            |_| true,
        ),
        ("every other write", |n| n % 2 == 0),
        ("pseudo-random", |n| {
            (n.wrapping_mul(2_654_435_761) >> 7) % 3 == 0
        }),
        ("never", |_| false),
    ];
    for (says, schedule) in schedules {
        for (amount, burst, slots) in [(10u64, None, 4096u32), (25, Some(5u64), 4096), (7, None, 1)]
        {
            let mut limit = json!({"calls": amount, "per": "minute"});
            if let Some(b) = burst {
                limit["burst"] = json!(b);
            }
            let q = quotas(json!({"slots": slots, "rules": [
                {"name": "q", "countBy": ["subject"], "tools": ["*"], "limit": limit}]}));
            let inner = MemStore::default();
            let a = person("a");
            let other_passed = Rc::new(Cell::new(0usize));
            let racy = Racy {
                inner: &inner,
                schedule: Box::new(schedule),
                interleave: RefCell::new(None),
                writes: Cell::new(0),
            };
            {
                let (q, a, other) = (&q, &a, other_passed.clone());
                let inner = &inner;
                *racy.interleave.borrow_mut() = Some(Box::new(move || {
                    if call(q, inner, T0, a, "t") == Charge::Allowed {
                        other.set(other.get() + 1);
                    }
                }));
            }
            // 40 attempts here (each may trigger one on the other worker).
            let mine = (0..40)
                .filter(|_| call(&q, &racy, T0, &a, "t") == Charge::Allowed)
                .count();
            let total = mine + other_passed.get();
            let want = burst.unwrap_or(amount) as usize;
            assert_eq!(
                total, want,
                "{says}: amount {amount} burst {burst:?} slots {slots}"
            );
        }
    }
}

#[test]
fn contention_that_never_settles_fails_closed() {
    /// Every CAS write loses.
    struct AlwaysLoses(MemStore);
    impl SharedStore for AlwaysLoses {
        fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
            cas.is_none() && self.0.set(key, value, None)
        }
    }
    let q = quotas(json!({"rules": [
        {"name": "q", "tools": ["*"], "limit": {"calls": 5, "per": "minute"}},
        {"name": "dry", "mode": "shadow", "tools": ["*"], "limit": {"calls": 5, "per": "minute"}}
    ]}));
    let store = AlwaysLoses(MemStore::default());
    match call(&q, &store, T0, &person("a"), "t") {
        Charge::Throttled {
            rule,
            retry_after_secs,
            ..
        } => {
            assert_eq!((rule.as_str(), retry_after_secs), ("q", 1));
        }
        other => panic!("{other:?}"),
    }
    let dry = one_rule(json!({"name": "dry", "mode": "shadow", "tools": ["*"],
                              "limit": {"calls": 5, "per": "minute"}}));
    assert!(matches!(
        call(&dry, &store, T0, &person("a"), "t"),
        Charge::WouldThrottle { .. }
    ));
}

#[test]
fn a_missing_key_is_created_with_insert_if_absent_never_by_a_blind_write() {
    /// Records (key, cas given?, value length) of every write.
    struct Spy(MemStore, RefCell<Vec<(String, bool, usize)>>);
    impl SharedStore for Spy {
        fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
            self.1
                .borrow_mut()
                .push((key.to_string(), cas.is_some(), value.len()));
            self.0.set(key, value, cas)
        }
    }
    let q = one_rule(
        json!({"name": "q", "countBy": [], "tools": ["*"], "limit": {"calls": 5, "per": "minute"}}),
    );
    let spy = Spy(MemStore::default(), RefCell::new(Vec::new()));
    let a = person("a");
    call(&q, &spy, T0, &a, "t");
    call(&q, &spy, T0, &a, "t");
    let marker = "mcp-warden/mcp_warden/q-marker".to_string();
    let key = "mcp-warden/mcp_warden/q/q/0".to_string();
    // Only the meaningless marker is ever written without a CAS.
    assert_eq!(
        *spy.1.borrow(),
        [
            (marker, false, 0),
            (key.clone(), true, bucket::ENCODED_LEN),
            (key, true, bucket::ENCODED_LEN)
        ]
    );
}

#[test]
fn two_workers_creating_the_same_key_at_once_both_count() {
    // The other worker creates and charges the key between our "missing"
    // read and our creating write: our insert must fail and retry, not
    // overwrite its counter.
    struct CreateRace<'a> {
        inner: &'a MemStore,
        other: RefCell<Option<Box<dyn FnMut() + 'a>>>,
    }
    impl SharedStore for CreateRace<'_> {
        fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
            self.inner.get(key)
        }
        fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
            if key.contains("/q/") && self.inner.get(key).1.is_none() {
                let f = self.other.borrow_mut().take();
                if let Some(mut f) = f {
                    f();
                }
            }
            self.inner.set(key, value, cas)
        }
    }
    let q = one_rule(json!({"name": "q", "tools": ["*"], "limit": {"calls": 3, "per": "minute"}}));
    let inner = MemStore::default();
    let a = person("a");
    let race = CreateRace {
        inner: &inner,
        other: RefCell::new(None),
    };
    {
        let (q, a, inner) = (&q, &a, &inner);
        *race.other.borrow_mut() = Some(Box::new(move || {
            assert_eq!(passes(q, inner, T0, a, "t", 2), 2);
        }));
    }
    assert_eq!(call(&q, &race, T0, &a, "t"), Charge::Allowed);
    assert!(race.other.borrow().is_none(), "the race happened");
    // 2 (other worker) + 1 (us) of 3: nothing left.
    assert!(call(&q, &inner, T0, &a, "t").is_throttled());
}

#[test]
fn foreign_or_corrupt_values_in_our_keys_never_panic() {
    let q = quotas(json!({"slots": 1, "rules": [
        {"name": "q", "tools": ["*"], "limit": {"calls": 2, "per": "minute", "burst": 2}}]}));
    let store = MemStore::default();
    let key = "mcp-warden/mcp_warden/q/q/0";
    for junk in [&b""[..], b"x", &[1u8; 50], &[0xff; 200]] {
        store.set(key, junk, None);
        let n = passes(&q, &store, T0, &person("a"), "t", 5);
        assert!(n <= 2, "{junk:?}: {n}");
    }
}

// ------------------------------------------------------------ answers

#[test]
fn the_error_names_the_quota_and_when_it_resets() {
    assert_eq!(QUOTA_EXCEEDED, -32029);
    let c = Charge::Throttled {
        rule: "agent-cost".into(),
        retry_after_secs: 12,
        reset_at_ms: T0 + 12_000,
    };
    assert_eq!(
        c.error_message().as_deref(),
        Some("mcp-warden: quota 'agent-cost' exceeded; resets in 12 s")
    );
    assert_eq!(
        c.error_data(),
        Some(json!({"quota": "agent-cost", "retryAfterSeconds": 12, "resetAtMs": T0 + 12_000}))
    );
    assert_eq!(c.retry_after_secs(), Some(12));
    assert_eq!(Charge::Allowed.error_message(), None);
    assert_eq!(Charge::Allowed.rule(), None);
}
