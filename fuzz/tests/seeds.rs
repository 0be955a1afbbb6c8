//! The fuzz targets' invariants as ordinary (stable) property tests: every
//! seed of fuzz/seeds/<target>/, then a fixed number of deterministic
//! mutations of them (bit flips, byte edits, dictionary tokens, splices,
//! truncations). This is what scripts/test.sh runs in CI; the real
//! coverage-guided campaigns are scripts/fuzz.sh (nightly, cargo fuzz).
//!
//! Strict: the findings of bench/results/fuzz.md are fixed, so no input
//! class is skipped, and each finding's reproducer (fuzz/artifacts-found/)
//! must pass its target. `MCPW_FUZZ_MUTATIONS` sets the mutations per seed
//! (default 200).

use std::path::{Path, PathBuf};

type Check = fn(&[u8]);

const TARGETS: &[(&str, Check)] = &[
    ("json_parse", mcp_warden_fuzz::json_parse::check),
    ("request_parse", mcp_warden_fuzz::request_parse::check),
    ("differential", mcp_warden_fuzz::differential::check),
    ("stream", mcp_warden_fuzz::stream::check),
    ("sse", mcp_warden_fuzz::sse::check),
    ("dlp", mcp_warden_fuzz::dlp::check),
    ("list_review", mcp_warden_fuzz::list_review::check),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("seeds").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).expect("readable seed"))
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seeds for {target}");
    out
}

/// Tokens of fuzz/mcp.dict (`"..."` lines, `\xNN` and `\"` escapes).
fn dictionary() -> Vec<Vec<u8>> {
    let text = std::fs::read_to_string(root().join("mcp.dict")).expect("fuzz/mcp.dict");
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let q = l.find('"')?;
            let body = l.get(q + 1..l.len().checked_sub(1)?)?;
            let mut out = Vec::new();
            let b = body.as_bytes();
            let mut i = 0;
            while i < b.len() {
                match (b[i], b.get(i + 1)) {
                    (b'\\', Some(b'x')) => {
                        let h = std::str::from_utf8(b.get(i + 2..i + 4)?).ok()?;
                        out.push(u8::from_str_radix(h, 16).ok()?);
                        i += 4;
                    }
                    (b'\\', Some(&c)) => {
                        out.push(c);
                        i += 2;
                    }
                    (c, _) => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            Some(out)
        })
        .collect()
}

/// xorshift64*: deterministic, so a failure here reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, input: &[u8], others: &[(String, Vec<u8>)], dict: &[Vec<u8>]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(8) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] = rng.next() as u8;
            }
            2 if at < v.len() => {
                let end = (at + 1 + rng.below(8)).min(v.len());
                v.drain(at..end);
            }
            3 => v.insert(at, rng.next() as u8),
            4 | 5 if !dict.is_empty() => {
                let t = &dict[rng.below(dict.len())];
                v.splice(at..at, t.iter().copied());
            }
            6 if !others.is_empty() => {
                let o = &others[rng.below(others.len())].1;
                let from = rng.below(o.len() + 1);
                let to = (from + rng.below(64)).min(o.len());
                v.splice(at..at, o[from..to].iter().copied());
            }
            _ => v.truncate(at),
        }
    }
    v
}

fn run(target: &str, check: Check) {
    let seeds = seeds(target);
    let dict = dictionary();
    let per_seed: usize = std::env::var("MCPW_FUZZ_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    for (name, data) in &seeds {
        let r = std::panic::catch_unwind(|| check(data));
        assert!(r.is_ok(), "{target}: seed {name} fails");
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ target.len() as u64);
    for (name, data) in &seeds {
        for k in 0..per_seed {
            let m = mutate(&mut rng, data, &seeds, &dict);
            let r = std::panic::catch_unwind(|| check(&m));
            assert!(
                r.is_ok(),
                "{target}: mutation {k} of seed {name} fails; input (hex): {}",
                m.iter().map(|b| format!("{b:02x}")).collect::<String>()
            );
        }
    }
}

#[test]
fn json_parse() {
    run(TARGETS[0].0, TARGETS[0].1);
}

#[test]
fn request_parse() {
    run(TARGETS[1].0, TARGETS[1].1);
}

#[test]
fn differential() {
    run(TARGETS[2].0, TARGETS[2].1);
}

#[test]
fn stream() {
    run(TARGETS[3].0, TARGETS[3].1);
}

#[test]
fn sse() {
    run(TARGETS[4].0, TARGETS[4].1);
}

#[test]
fn dlp() {
    run(TARGETS[5].0, TARGETS[5].1);
}

#[test]
fn list_review() {
    run(TARGETS[6].0, TARGETS[6].1);
}

/// Every reproducer of a fixed finding passes its target's invariants.
#[test]
fn the_findings_stay_fixed() {
    let mut ran = 0;
    for (t, check) in TARGETS {
        let Ok(dir) = std::fs::read_dir(root().join("artifacts-found").join(t)) else {
            continue;
        };
        for e in dir.filter_map(|e| e.ok()) {
            let data = std::fs::read(e.path()).expect("readable reproducer");
            let r = std::panic::catch_unwind(|| check(&data));
            assert!(r.is_ok(), "{t}: {} fails again", e.path().display());
            ran += 1;
        }
    }
    assert!(ran >= 16, "only {ran} reproducers found");
}

#[test]
fn every_target_has_seeds_and_a_binary() {
    for (t, _) in TARGETS {
        assert!(!seeds(t).is_empty());
        assert!(
            root().join("fuzz_targets").join(format!("{t}.rs")).exists(),
            "{t}"
        );
    }
}
