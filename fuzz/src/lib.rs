//! The invariants behind mcp-warden's `cargo fuzz` targets. Each module has
//! one `check(data)` that libFuzzer calls (fuzz_targets/*.rs are one line
//! each); a violated invariant panics, which libFuzzer reports as a crash
//! and saves as a reproducer.
//!
//! Inputs that drive several things at once are sections separated by
//! 0xFF, a byte that never occurs in UTF-8 (so never in a JSON or SSE
//! text): `control 0xFF payload [0xFF payload2]`. The control bytes pick
//! configurations, chunk boundaries and flags, byte by byte ([`Ctrl`]);
//! seeds may leave them empty (the defaults).

pub mod differential;
pub mod dlp;
pub mod json_parse;
pub mod list_review;
pub mod reference;
pub mod request_parse;
pub mod sse;
pub mod stream;

/// Control bytes read in order; past the end every byte is 0 (the
/// defaults), so a seed may give only the first few.
pub struct Ctrl<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Ctrl<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Ctrl { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    /// One of `n` choices (0 when exhausted).
    pub fn pick(&mut self, n: usize) -> usize {
        self.byte() as usize % n.max(1)
    }

    /// A count byte (mod `max + 1`), then that many 16-bit positions in
    /// `0..=len`: sorted, distinct cut points.
    pub fn cuts(&mut self, len: usize, max: usize) -> Vec<usize> {
        let n = self.pick(max + 1);
        let mut v: Vec<usize> = (0..n)
            .map(|_| {
                let hi = self.byte() as usize;
                let lo = self.byte() as usize;
                (hi << 8 | lo) % (len + 1)
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Splits `data` at its first `n - 1` 0xFF bytes into `n` sections (missing
/// sections are empty).
pub fn sections(data: &[u8], n: usize) -> Vec<&[u8]> {
    let mut out: Vec<&[u8]> = data.splitn(n, |b| *b == 0xFF).collect();
    while out.len() < n {
        out.push(&[]);
    }
    out
}

/// `data` split at `cuts` (sorted, each `<= len`). Always at least one
/// chunk (possibly empty).
pub fn chunks<'a>(data: &'a [u8], cuts: &[usize]) -> Vec<&'a [u8]> {
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut at = 0;
    for &c in cuts {
        if c > at && c <= data.len() {
            out.push(&data[at..c]);
            at = c;
        }
    }
    out.push(&data[at..]);
    out
}

/// Whether inputs of the known-finding classes are skipped (see
/// bench/results/fuzz.md): `MCPW_FUZZ_SKIP_KNOWN=1`. Off by default, so a
/// plain run reports them.
pub fn skip_known() -> bool {
    static SKIP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SKIP.get_or_init(|| std::env::var_os("MCPW_FUZZ_SKIP_KNOWN").is_some_and(|v| v == "1"))
}
