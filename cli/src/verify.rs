//! `mcp-warden verify-audit`: every line's hash and each worker's chain, for
//! both record formats (`mcp-warden` and `ocsf`). The hash is the filter's
//! own `audit::line_hash` over the line with its `,"hash":"…"` cut out.

use crate::core;
use crate::{read, EXIT_ERROR, EXIT_FINDINGS};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(clap::Args)]
#[command(
    after_help = "Each record carries chain.worker, chain.seq, chain.prev and chain.hash (under \
unmapped.chain in the OCSF format). Per worker, seq must run 1, 2, 3, … and prev must be the previous \
record's hash (\"genesis\" for the first). An edited line fails its hash; a deleted or reordered line \
breaks its worker's chain.\n\nExit status: 0 intact, 1 problems found (each named), 2 usage error."
)]
pub struct Args {
    /// Audit log files (one record per line), read in order.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Environment variable holding the HMAC key (the policy's audit.hmacKeyEnv).
    #[arg(long, value_name = "VAR")]
    hmac_key_env: Option<String>,
    /// The log was rotated: a worker's first record here need not be seq 1.
    #[arg(long)]
    allow_gaps_at_start: bool,
}

pub fn run(a: &Args) -> Result<u8, String> {
    let key = match &a.hmac_key_env {
        None => None,
        Some(var) => match std::env::var(var) {
            Ok(v) => Some(v.into_bytes()),
            Err(_) => {
                eprintln!("mcp-warden: environment variable {var} is not set (it should hold the audit HMAC key)");
                return Ok(EXIT_ERROR);
            }
        },
    };
    let mut lines = Vec::new();
    for f in &a.files {
        let bytes = read(f)?;
        let text =
            String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text", f.display()))?;
        lines.extend(text.lines().map(str::to_string));
    }
    let problems = verify(&lines, key.as_deref(), a.allow_gaps_at_start);
    for p in &problems {
        println!("{p}");
    }
    let records = lines.iter().filter(|l| !l.trim().is_empty()).count();
    println!("{records} records, {} problems", problems.len());
    Ok(if problems.is_empty() {
        0
    } else {
        EXIT_FINDINGS
    })
}

/// (seq, prev, hash, line number) per worker.
type Entries = Vec<(u64, String, String, usize)>;

pub fn verify(lines: &[String], key: Option<&[u8]>, allow_gaps_at_start: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let mut chains: BTreeMap<String, Entries> = BTreeMap::new();
    for (i, raw) in lines.iter().enumerate() {
        let n = i + 1;
        let line = raw.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            continue;
        }
        let Some((body, hash)) = core::split_sealed_line(line) else {
            problems.push(format!("line {n}: not an mcp-warden audit record"));
            continue;
        };
        if core::line_hash(&body, key) != hash {
            problems.push(format!(
                "line {n}: hash mismatch (edited line or wrong key)"
            ));
            continue;
        }
        let parsed: Option<Value> = serde_json::from_str(line).ok();
        let chain = parsed
            .as_ref()
            .and_then(|v| v.get("chain").or_else(|| v.pointer("/unmapped/chain")));
        let entry = chain.and_then(|c| {
            Some((
                c.get("worker")?.as_str()?.to_string(),
                c.get("seq")?.as_u64()?,
                c.get("prev")?.as_str()?.to_string(),
            ))
        });
        let Some((worker, seq, prev)) = entry else {
            problems.push(format!(
                "line {n}: malformed record (no chain with worker, seq, prev)"
            ));
            continue;
        };
        chains
            .entry(worker)
            .or_default()
            .push((seq, prev, hash.to_string(), n));
    }
    for (worker, mut entries) in chains {
        entries.sort();
        let mut expected: Option<(u64, String)> = None;
        for (seq, prev, digest, n) in entries {
            match &expected {
                None => {
                    if seq != 1 && !allow_gaps_at_start {
                        problems.push(format!("worker {worker}: first record (line {n}) has seq {seq}, not 1: records before it are missing"));
                    } else if seq == 1 && prev != core::GENESIS {
                        problems.push(format!(
                            "worker {worker}: line {n} starts the chain but prev is not genesis"
                        ));
                    }
                }
                Some((want_seq, want_prev)) => {
                    if seq != *want_seq {
                        problems.push(format!(
                            "worker {worker}: seq {want_seq} to {} missing before line {n} (deleted records)",
                            seq.saturating_sub(1)
                        ));
                    } else if &prev != want_prev {
                        problems.push(format!(
                            "worker {worker}: line {n} does not chain to the previous record"
                        ));
                    }
                }
            }
            expected = Some((seq.saturating_add(1), digest));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use mcp_warden::audit::{AuditFormat, Chain, Record};

    fn record(i: u64) -> Record {
        Record {
            start_ms: 1_795_238_833_326 + i,
            request_id: Some(format!("r-{i}")),
            person: Some("alice".into()),
            http_method: "POST".into(),
            method: Some("tools/call".into()),
            target_kind: Some("tool"),
            target: Some("get_ticket".into()),
            decision: Some("allow"),
            rule: Some("support".into()),
            http_status: Some(200),
            ..Record::default()
        }
    }

    fn sealed(format: AuditFormat, key: Option<&[u8]>) -> Vec<String> {
        let audit = mcp_warden::audit::Audit {
            hmac_key: key.map(<[u8]>::to_vec),
            sink: None,
            format,
        };
        let mut a = Chain::new("w1".into());
        let mut b = Chain::new("w2".into());
        (0..6)
            .map(|i| {
                let c = if i % 2 == 0 { &mut a } else { &mut b };
                c.seal_with(&record(i), 1_795_238_833_400 + i, &audit)
            })
            .collect()
    }

    #[test]
    fn intact_logs_of_both_formats_verify() {
        for f in [AuditFormat::McpWarden, AuditFormat::Ocsf] {
            assert_eq!(
                verify(&sealed(f, None), None, false),
                Vec::<String>::new(),
                "{f:?}"
            );
            let key = b"0123456789abcdef-key";
            assert_eq!(
                verify(&sealed(f, Some(key)), Some(key), false),
                Vec::<String>::new()
            );
            assert!(!verify(&sealed(f, Some(key)), None, false).is_empty());
        }
    }

    #[test]
    fn edits_deletions_and_foreign_lines_are_named() {
        for f in [AuditFormat::McpWarden, AuditFormat::Ocsf] {
            let lines = sealed(f, None);
            let mut edited = lines.clone();
            edited[2] = edited[2].replace("alice", "mallo");
            // The edited record no longer counts: its worker's chain has a gap too.
            assert_eq!(
                verify(&edited, None, false),
                vec![
                    "line 3: hash mismatch (edited line or wrong key)",
                    "worker w1: seq 2 to 2 missing before line 5 (deleted records)"
                ]
            );
            let mut deleted = lines.clone();
            deleted.remove(2);
            let p = verify(&deleted, None, false);
            assert_eq!(
                p,
                vec!["worker w1: seq 2 to 2 missing before line 4 (deleted records)"],
                "{f:?}"
            );
            let rotated: Vec<String> = lines[2..].to_vec();
            assert_eq!(verify(&rotated, None, false).len(), 2);
            assert!(verify(&rotated, None, true).is_empty());
            let mut foreign = lines.clone();
            foreign.push("{\"hello\": 1}".into());
            assert_eq!(
                verify(&foreign, None, false),
                vec!["line 7: not an mcp-warden audit record"]
            );
        }
    }
}
