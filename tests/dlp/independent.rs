//! Measurements over the independent corpus tests/dlp/independent.jsonl
//! (scripts/gen_dlp_corpus.py; see its docstring for sources and the
//! held-out split).
//!
//! Matching: per document, each labelled value takes one finding of its
//! `type` (or of a detector in its `accept` list), and findings on the
//! value's other copies in the document count neither way; findings left
//! over are false alarms of their detector, labels left over are misses. Leakage:
//! the same document with every detector on `redact`; a labelled value that
//! still appears in any string of the answer (strings that hold JSON are
//! parsed and searched too) reached the client.

use mcp_warden::dlp::{Direction, Dlp, DlpConfig, ServerDlpConfig};
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub struct Label {
    pub typ: String,
    pub accept: Vec<String>,
    pub value: String,
}

pub struct Doc {
    pub id: String,
    pub split: String,
    /// From the first corpus's tuning part (the smoke test's guard).
    pub v1_tune: bool,
    pub message: Value,
    pub labels: Vec<Label>,
}

/// The part a document counts in. v1 (independent.jsonl, "tune" /
/// "holdout"): all tuning data now; its held-out part was read on
/// 2026-12-05 (the issue-13 note lists its false alarms) and stopped being
/// held out. v2 (independent_v2.jsonl, "holdout-v2", written without
/// access to the detectors, see its README in the commit): half of its
/// templates, fixed by sha256("holdout-v2:template:" + template), tune;
/// the other half is held out and only measured. v3
/// (independent_v3.jsonl, "holdout-v3", a third author, operational data
/// and European formats): held out until its figures were reported at
/// stop 18 (0.917 / 0.968); tuning data since 2026-12-05, when v4
/// replaced it. v4 (independent_v4.jsonl, "holdout-v4", a fourth author:
/// CI logs, HAR, SQL dumps, Asian and Latin American formats): held out
/// until its figures were reported at stop 19 (0.842 / 0.925); tuning
/// data since the start of stop 20. v5 (independent_v5.jsonl,
/// "holdout-v5", a fifth author: support and CRM exports, HR, bank
/// statements, terraform state, CI configs, git diffs; sealed in
/// tests/corpus-sources/v5/ until all tuning of stop 20 was done):
/// measured once as held out at 1ae9c2e (0.905 / 0.975, 36/180 clean
/// documents flagged, 18/732 values left), then read and used as tuning
/// data. v6 (independent_v6.jsonl, "holdout-v6", a sixth author: support
/// transcripts, order exports, health and insurance admin, crash reports;
/// sealed through stop 20): measured once as held out at the start of
/// stop 21 (888b70a: 0.895 / 0.948, 37/200 clean documents flagged, 29/575
/// values left), then read and used as tuning data. v7
/// (independent_v7.jsonl, "holdout-v7", a seventh author: database rows,
/// CSV, logs, tickets, e-mail threads, cloud CLI output, payroll and
/// medical admin; sealed until the end of stop 21's tuning): measured
/// once as held out at afddb12 (0.927 / 0.983, 28/210 clean documents
/// flagged, 10/604 values left), then read and used as tuning data. v8
/// (independent_v8.jsonl, "holdout-v8", an eighth author: documents in
/// other languages and locales, vCards, chat exports, OCR, bank
/// statements, HL7/FHIR, stack traces, configs, wiki tables; numeric
/// look-alikes): written at the start of stop 22 and sealed until all of
/// that stop's tuning was done; measured once as held out at ddf2391
/// (0.910 / 0.902, 22/199 clean documents flagged, 57/605 values left),
/// then read and used as tuning data. v9 (independent_v9.jsonl,
/// "holdout-v9", a ninth author: what a coding or ops agent's tools
/// return: diffs, env dumps, kubectl/helm/terraform output, curl -v and
/// devtools copies, SQL and GraphQL results, CI logs, transcripts; JSON in
/// strings, URL-encoded values; developer look-alikes): written at the
/// start of stop 23 and sealed until all of that stop's other tuning was
/// done; measured once as held out at be0c8d9 (0.961 / 0.960, 8/202 clean
/// documents flagged, 24/669 values left), then read and used as tuning
/// data. v10 (independent_v10.jsonl, "holdout-v10", a tenth author: what
/// business SaaS connectors return: CRM, helpdesk, calendar, HR and
/// payroll, payment-provider and identity-provider objects, e-mail and chat
/// APIs, warehouse results, integration settings; values named by a
/// sibling or parent key, deep nesting, long arrays; SaaS look-alikes:
/// prefixed object IDs, last4, fingerprints, masked and test-mode keys):
/// written at the start of stop 24 and sealed until all of that stop's
/// other tuning was done; measured once as held out at ab3e19d (0.850 /
/// 0.960, 34/200 clean documents flagged, 23/578 values left), then read
/// and used as tuning data.
/// v11 (independent_v11.jsonl, "holdout-v11", an eleventh author: what
/// reading, browsing and retrieval tools return: web pages as Markdown,
/// forum and paste pages, text from PDFs and office files with leaders and
/// wraps, search results and RAG chunks, quoted e-mail, raw HTML; many
/// documentation placeholders and example keys): written at the start of
/// stop 25 and sealed until then; measured once as held out at 1d54b99
/// (0.878 / 0.946, 31/200 clean documents flagged, 27/594 values left),
/// then read and used as tuning data.
/// v12 (independent_v12.jsonl, "holdout-v12", a twelfth author: what
/// conversation, collaboration and personal-assistant tools return: chat
/// platforms' JSON and markup, secrets shared informally in threads,
/// support chats, meeting notes, calendar events, contact cards, mail
/// clients' JSON): written at the start of stop 26 and sealed until then;
/// measured once as held out at 1c657b5 (0.963 / 0.963, 8/200 clean
/// documents flagged, 23/629 values left), then read and used as tuning
/// data.
/// v13 (independent_v13.jsonl, "holdout-v13", a thirteenth author: what
/// observability, error-tracking and data-export tools return: error
/// events with frame locals, OpenTelemetry spans, logfmt and access logs,
/// struct dumps, YAML/TOML/XML/CSV/cookie-jar exports): written at the
/// start of stop 27 and sealed until then; measured once as held out at
/// 578c05e (0.934 / 0.976, 12/200 clean documents flagged, 10/623 values
/// left), then read and used as tuning data.
/// v14 (independent_v14.jsonl, "holdout-v14", a fourteenth author: what
/// mobile, IoT and database-internals tools return: crash reports, logcat,
/// plists, MQTT, device provisioning, pg_dump/mysqldump/Redis/DynamoDB
/// output, hex and base64 columns): written at the start of stop 28 and
/// sealed until then; measured once as held out at aece3b0 (0.936 /
/// 0.937, 16/196 clean documents flagged, 38/606 values left), then read
/// and used as tuning data.
/// v15 (independent_v15.jsonl, "holdout-v15", a fifteenth author: regulated
/// back offices: SWIFT/ISO 20022/NACHA files, open-banking and fintech
/// APIs, KYC, FHIR bundles, X12 EDI, tax and benefit records, national
/// phone formats): written at the start of stop 29 and sealed until then;
/// measured once as held out at f438566 (0.966 / 0.953, 9/205 clean
/// documents flagged, 26/634 values left), then read and used as tuning
/// data.
/// v16 (independent_v16.jsonl, "holdout-v16", a sixteenth author: source
/// code in many languages, telecom and HR/recruiting exports, scanned
/// forms through OCR): written at the start of stop 30 and sealed until
/// then; measured once as held out at ea7be4a (0.809 / 0.930, 52/191
/// clean documents flagged, 43/682 values left), then read and used as
/// tuning data.
/// v17 (independent_v17.jsonl, "holdout-v17", a seventeenth author: cloud
/// consoles' and infrastructure tools' JSON exports, chat transcripts with
/// pasted material, e-commerce and order exports): written at the start of
/// stop 31 and sealed until then; measured once as held out at f7a96a4
/// (0.924 / 0.957, 24/200 clean documents flagged, 36/561 values left),
/// then read and used as tuning data.
/// v18 (independent_v18.jsonl, "holdout-v18", an eighteenth author: legal
/// and e-discovery exports, mobile analytics and ad-tech payloads, health
/// insurance claim documents through OCR): written at the start of stop 32
/// and sealed until then; measured once as held out at ff3b136 (0.691 /
/// 0.968, 81/200 clean documents flagged, 18/666 values left), then read
/// and used as tuning data.
/// v19 (independent_v19.jsonl, "holdout-v19", a nineteenth author:
/// government forms and benefits portals, automotive and telematics data,
/// scientific and laboratory exports): written at the start of stop 33
/// and sealed until then; measured once as held out at 9301cad (0.808 /
/// 0.968, 52/192 clean documents flagged, 18/618 values left), then read
/// and used as tuning data.
/// v20 (independent_v20.jsonl, "holdout-v20", a twentieth author: retail,
/// point of sale and loyalty, travel and hospitality, telecom operations):
/// written at the start of stop 34 and sealed until then; measured once as
/// held out at eff0ab7 (0.952 / 0.910, 16/202 clean documents flagged,
/// 54/609 values left), then read and used as tuning data.
/// v21 (independent_v21.jsonl, "holdout-v21", a twenty-first author:
/// insurance, energy and utilities, real estate and mortgage): written at
/// the start of stop 35 and sealed; measured once as held out at 595adb5
/// (0.654 / 0.962, 106/198 clean documents flagged, 27/684 values left),
/// then read and used as tuning data.
/// v22 (independent_v22.jsonl, "holdout-v22", a twenty-second author:
/// aviation maintenance and airline operations, pharma and clinical
/// trials, shipping and maritime): written at the start of stop 36 and
/// sealed; measured once as held out at b114e08 (0.809 / 0.971, 46/200
/// clean documents flagged, 18/627 values left), then read and used as
/// tuning data.
/// v23 (independent_v23.jsonl, "holdout-v23", a twenty-third author: media
/// and entertainment production, education records, agriculture and food
/// traceability, construction and property development): written at the
/// start of stop 37 and sealed; measured once as held out at 21a1c30
/// (0.960 / 0.987, 13/200 clean documents flagged, 8/606 values left),
/// then read and used as tuning data.
/// v24 (independent_v24.jsonl, "holdout-v24", a twenty-fourth author:
/// automotive retail and repair, sports clubs and leagues, religious and
/// community organisations, veterinary clinics): written at the start of
/// stop 38 and sealed; measured once as held out at 8e52b97 (0.927 /
/// 0.995, 22/200 clean documents flagged, 2/603 values left), then read
/// and used as tuning data.
fn effective_split(raw: &str, template: &str) -> String {
    use sha2::{Digest, Sha256};
    match raw {
        "holdout-v2" => {
            let h = Sha256::digest(format!("holdout-v2:template:{template}").as_bytes());
            if h[0] % 2 == 0 { "holdout" } else { "tune" }.to_string()
        }
        _ => "tune".to_string(),
    }
}

pub fn load() -> Vec<Doc> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dlp");
    let mut text = std::fs::read_to_string(dir.join("independent.jsonl"))
        .expect("tests/dlp/independent.jsonl");
    for more in [
        "independent_v2.jsonl",
        "independent_v3.jsonl",
        "independent_v4.jsonl",
        "independent_v5.jsonl",
        "independent_v6.jsonl",
        "independent_v7.jsonl",
        "independent_v8.jsonl",
        "independent_v9.jsonl",
        "independent_v10.jsonl",
        "independent_v11.jsonl",
        "independent_v12.jsonl",
        "independent_v13.jsonl",
        "independent_v14.jsonl",
        "independent_v15.jsonl",
        "independent_v16.jsonl",
        "independent_v17.jsonl",
        "independent_v18.jsonl",
        "independent_v19.jsonl",
        "independent_v20.jsonl",
        "independent_v21.jsonl",
        "independent_v22.jsonl",
        "independent_v23.jsonl",
        "independent_v24.jsonl",
    ] {
        text.push('\n');
        text.push_str(&std::fs::read_to_string(dir.join(more)).expect(more));
    }
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let r: Value = serde_json::from_str(l).expect("corpus line");
            let doc = r["doc"].clone();
            let result = match r["wrap"].as_str() {
                Some("structured") => json!({ "structuredContent": doc }),
                Some("raw-result") => doc,
                _ => json!({ "content": [{ "type": "text", "text": doc }] }),
            };
            Doc {
                id: r["id"].as_str().unwrap_or("").to_string(),
                v1_tune: r["split"] == "tune",
                split: effective_split(
                    r["split"].as_str().unwrap_or(""),
                    r["template"].as_str().unwrap_or(""),
                ),
                message: json!({"jsonrpc": "2.0", "id": 1, "result": result}),
                labels: r["labels"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|x| Label {
                                typ: x["type"].as_str().unwrap_or("").to_string(),
                                accept: x["accept"]
                                    .as_array()
                                    .map(|v| {
                                        v.iter()
                                            .filter_map(|s| s.as_str().map(String::from))
                                            .collect()
                                    })
                                    .unwrap_or_default(),
                                value: x["value"].as_str().unwrap_or("").to_string(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn compile(top: Value) -> Dlp {
    let top: DlpConfig = serde_json::from_value(top).expect("top");
    let server: ServerDlpConfig = serde_json::from_value(json!({})).expect("server");
    Dlp::compile(Some(top), &[("s".to_string(), Some(server))]).expect("compiles")
}

/// Record mode (detection only) and redact-everything (leakage).
pub fn engines(extra: Value) -> (Dlp, Dlp) {
    let mut rec =
        json!({"actions": [{"detector": "*", "action": "record"}], "scanBudgetBytes": 1 << 26});
    let mut red =
        json!({"actions": [{"detector": "*", "action": "redact"}], "scanBudgetBytes": 1 << 26});
    if let (Some(e), Some(a), Some(b)) =
        (extra.as_object(), rec.as_object_mut(), red.as_object_mut())
    {
        for (k, v) in e {
            a.insert(k.clone(), v.clone());
            b.insert(k.clone(), v.clone());
        }
    }
    (compile(rec), compile(red))
}

fn strings_in(v: &Value, depth: usize, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            out.push(s.clone());
            if depth < 4 {
                if let Ok(inner) = serde_json::from_str::<Value>(s) {
                    if inner.is_object() || inner.is_array() {
                        strings_in(&inner, depth + 1, out);
                    }
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| strings_in(x, depth, out)),
        Value::Object(m) => {
            for (k, x) in m {
                out.push(k.clone());
                strings_in(x, depth, out);
            }
        }
        _ => {}
    }
}

/// How often `value` occurs in the strings the filter scans: member names
/// and string values, a string holding a JSON object or array read as
/// that document (as `decodeNestedJson` does), not as text.
fn occurrences(v: &Value, value: &str) -> u32 {
    fn walk(v: &Value, value: &str, depth: usize) -> usize {
        match v {
            Value::String(s) => {
                if depth < 3 {
                    if let Ok(inner) = serde_json::from_str::<Value>(s) {
                        if inner.is_object() || inner.is_array() {
                            return walk(&inner, value, depth + 1);
                        }
                    }
                }
                s.matches(value).count()
            }
            Value::Array(a) => a.iter().map(|x| walk(x, value, depth)).sum(),
            Value::Object(m) => m
                .iter()
                .map(|(k, x)| k.matches(value).count() + walk(x, value, depth))
                .sum(),
            _ => 0,
        }
    }
    if value.is_empty() {
        return 1;
    }
    u32::try_from(walk(v, value, 0)).unwrap_or(u32::MAX)
}

#[derive(Default, Clone, Copy)]
pub struct Row {
    pub tp: u32,
    pub fn_: u32,
    pub fp: u32,
}

#[derive(Default)]
pub struct Report {
    pub rows: BTreeMap<String, Row>,
    pub docs: u32,
    pub clean_docs: u32,
    pub clean_docs_flagged: u32,
    pub values: u32,
    pub leaked: u32,
    pub misses: Vec<String>,
    pub false_alarms: Vec<String>,
    pub leaks: Vec<String>,
    pub invalid_after_redaction: u32,
}

pub fn evaluate(docs: &[&Doc], rec: &Dlp, red: &Dlp) -> Report {
    let mut rep = Report::default();
    for d in docs {
        rep.docs += 1;
        let mut msg = d.message.clone();
        let out = rec.inspect(0, Direction::Response, &mut msg);
        let mut found: BTreeMap<String, u32> = BTreeMap::new();
        for f in &out.findings {
            *found.entry(f.detector.clone()).or_default() += f.count;
        }
        let mut taken: Vec<(String, u32)> = Vec::new();
        for l in &d.labels {
            let row = rep.rows.entry(l.typ.clone()).or_default();
            let take = std::iter::once(&l.typ)
                .chain(l.accept.iter())
                .find(|t| found.get(*t).is_some_and(|c| *c > 0))
                .cloned();
            match take {
                Some(t) => {
                    row.tp += 1;
                    if let Some(c) = found.get_mut(&t) {
                        *c -= 1;
                    }
                    taken.push((t, occurrences(&d.message, &l.value)));
                }
                None => {
                    row.fn_ += 1;
                    rep.misses.push(format!("{} [{}] {}", d.id, l.typ, l.value));
                }
            }
        }
        // A labelled value written more than once (a raw result's text and
        // its structuredContent, an address quoted in a reply) is one label;
        // findings on its other copies overlap a labelled value and count
        // neither way (the corpus README's scoring rule).
        for (t, n) in taken {
            if let Some(c) = found.get_mut(&t) {
                *c -= (*c).min(n.saturating_sub(1));
            }
        }
        let mut any_fp = false;
        for (det, c) in &found {
            if *c > 0 {
                rep.rows.entry(det.clone()).or_default().fp += c;
                rep.false_alarms.push(format!("{} -> {det} x{c}", d.id));
                any_fp = true;
            }
        }
        if any_fp {
            // What the false findings covered, minus the labelled values.
            for (det, span) in redacted_spans(d, red) {
                let labelled = d
                    .labels
                    .iter()
                    .any(|l| span.contains(&l.value) || l.accept.iter().any(|a| a == &span));
                if found.get(&det).is_some_and(|c| *c > 0) && !labelled {
                    rep.false_alarms.push(format!("    {det}: {span:?}"));
                }
            }
        }
        if d.labels.is_empty() {
            rep.clean_docs += 1;
            if any_fp || !out.findings.is_empty() {
                rep.clean_docs_flagged += 1;
            }
        }
        // leakage under redaction
        let mut msg = d.message.clone();
        red.inspect(0, Direction::Response, &mut msg);
        let text = serde_json::to_string(&msg).expect("serialises");
        if serde_json::from_str::<Value>(&text).is_err() {
            rep.invalid_after_redaction += 1;
        }
        let mut strings = Vec::new();
        strings_in(&msg, 0, &mut strings);
        for l in &d.labels {
            rep.values += 1;
            if !l.value.is_empty() && strings.iter().any(|s| s.contains(&l.value)) {
                rep.leaked += 1;
                rep.leaks.push(format!("{} [{}] {}", d.id, l.typ, l.value));
            }
        }
    }
    rep
}

/// What redaction takes out of a document: the redacted answer aligned
/// with the original, string by string.
pub fn redacted_spans(d: &Doc, red: &Dlp) -> Vec<(String, String)> {
    let mut redacted = d.message.clone();
    red.inspect(0, Direction::Response, &mut redacted);
    let (mut before, mut after) = (Vec::new(), Vec::new());
    strings_in(&d.message, 0, &mut before);
    strings_in(&redacted, 0, &mut after);
    before
        .iter()
        .zip(&after)
        .flat_map(|(o, r)| flagged_spans(o, r))
        .collect()
}

/// The spans of `original` that redaction replaced in `redacted`, with the
/// detector named in each `[REDACTED:<detector>]` marker.
fn flagged_spans(original: &str, redacted: &str) -> Vec<(String, String)> {
    const OPEN: &str = "[REDACTED:";
    let mut out = Vec::new();
    let Some(first) = redacted.find(OPEN) else {
        return out;
    };
    let (mut pos, mut rest) = (first, &redacted[first..]);
    while let Some(body) = rest.strip_prefix(OPEN) {
        let Some(close) = body.find(']') else { break };
        let det = body[..close].to_string();
        let tail = &body[close + 1..];
        let next = tail.find(OPEN).unwrap_or(tail.len());
        let literal = &tail[..next];
        let end = if literal.is_empty() {
            if next == tail.len() {
                original.len()
            } else {
                pos
            }
        } else {
            match original.get(pos..) {
                Some(tail) => tail.find(literal).map_or(original.len(), |i| pos + i),
                None => break,
            }
        };
        out.push((det, original.get(pos..end).unwrap_or("").to_string()));
        pos = end + literal.len();
        rest = &tail[next..];
    }
    out
}

pub fn ratio(a: u32, b: u32) -> f64 {
    if a + b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(a + b)
    }
}

pub const SECRET: &[&str] = &[
    "private_key",
    "jwt",
    "aws_access_key_id",
    "aws_secret_access_key",
    "github_token",
    "gitlab_token",
    "slack_token",
    "webhook_url",
    "stripe_key",
    "google_api_key",
    "anthropic_api_key",
    "openai_api_key",
    "url_credentials",
    "generic_secret",
];

impl Report {
    pub fn totals(&self, filter: impl Fn(&str) -> bool) -> Row {
        let mut t = Row::default();
        for (n, r) in &self.rows {
            if filter(n) {
                t.tp += r.tp;
                t.fn_ += r.fn_;
                t.fp += r.fp;
            }
        }
        t
    }

    pub fn print(&self, title: &str, verbose: bool) {
        println!("\n### {title}\n");
        println!(
            "{} documents ({} without sensitive values), {} labelled values\n",
            self.docs, self.clean_docs, self.values
        );
        println!("| detector | TP | FN | FP | precision | recall |");
        println!("|---|---:|---:|---:|---:|---:|");
        for (n, r) in &self.rows {
            println!(
                "| {n} | {} | {} | {} | {:.3} | {:.3} |",
                r.tp,
                r.fn_,
                r.fp,
                ratio(r.tp, r.fp),
                ratio(r.tp, r.fn_)
            );
        }
        let all = self.totals(|_| true);
        let sec = self.totals(|n| SECRET.contains(&n));
        let per = self.totals(|n| !SECRET.contains(&n));
        println!();
        println!("| scope | precision | recall |");
        println!("|---|---:|---:|");
        for (n, t) in [("overall", all), ("secrets", sec), ("personal data", per)] {
            println!(
                "| {n} | {:.3} | {:.3} |",
                ratio(t.tp, t.fp),
                ratio(t.tp, t.fn_)
            );
        }
        println!(
            "\nclean documents with any finding: {} of {} ({:.1} %)",
            self.clean_docs_flagged,
            self.clean_docs,
            100.0 * f64::from(self.clean_docs_flagged) / f64::from(self.clean_docs.max(1))
        );
        println!(
            "labelled values still in the answer with every detector on redact: {} of {}; answers not valid JSON after redaction: {}",
            self.leaked, self.values, self.invalid_after_redaction
        );
        if verbose {
            println!("\nmisses ({}):", self.misses.len());
            for m in &self.misses {
                println!("  {m}");
            }
            println!("false alarms ({}):", self.false_alarms.len());
            for m in &self.false_alarms {
                println!("  {m}");
            }
            println!("leaks ({}):", self.leaks.len());
            for m in &self.leaks {
                println!("  {m}");
            }
        }
    }
}
