//! Tool-poisoning measurements over tests/integrity/corpus/ (see
//! scripts/gen_poison_corpus.py and scripts/harvest_tools.py for what is in
//! it and how the held-out split was fixed).
//!
//! - `poisoning_accuracy` (ignored; scripts/detect_accuracy.sh): per-category
//!   catch rate of poisoned definitions, rug pulls, and clean definitions
//!   removed (real servers, honest hard negatives), for both splits, with
//!   `integrity: {}` and with the README's example setting;
//! - `poisoning_corpus_smoke`: the corpus loads, every sample is reviewed
//!   without a panic, and on the tuning split nothing clean is removed and
//!   every poisoned definition is caught (a regression guard; numbers for
//!   both splits come from the script).
//!
//! A candidate server is reviewed next to a trusted one whose real tools
//! (filesystem, GitHub, memory) were listed first, as in a registry: that
//! is what makes "use this instead of the other server's tool" visible.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mcp_warden::integrity::{Integrity, IntegrityConfig, ServerIntegrityConfig};
use mcp_warden::mcp::ListKind;
use mcp_warden::store::SharedStore;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

#[derive(Default, Clone)]
struct MemStore(RefCell<HashMap<String, (Vec<u8>, u32)>>);

impl SharedStore for MemStore {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        match self.0.borrow().get(key) {
            Some((v, c)) => (Some(v.clone()), Some(*c)),
            None => (None, None),
        }
    }
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        let mut m = self.0.borrow_mut();
        let cur = m.get(key).map(|(_, c)| *c);
        if cas.is_some() && cas != cur {
            return false;
        }
        m.insert(key.to_string(), (value.to_vec(), cur.unwrap_or(0) + 1));
        true
    }
}

fn corpus(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integrity")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn jsonl(name: &str) -> Vec<Value> {
    corpus(name)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn split_of(family: &str) -> &'static str {
    use sha2::{Digest, Sha256};
    let h = Sha256::digest(format!("holdout-v1:{family}").as_bytes());
    // big-endian integer mod 10 == the Python generator's rule
    let m = h
        .iter()
        .fold(0u32, |acc, b| (acc * 256 + u32::from(*b)) % 10);
    if m < 3 {
        "holdout"
    } else {
        "tune"
    }
}

struct Server {
    name: String,
    split: String,
    /// In the tuning part of the first corpus (the smoke test's guard).
    v1_tune: bool,
    lists: Vec<(ListKind, Vec<Value>)>,
}

fn real_servers() -> Vec<Server> {
    let mut out = Vec::new();
    for (file, split_given) in [
        ("corpus/clean_real.json", true),
        ("corpus/clean_real_v2.json", true),
        ("corpus/clean_real_v3.json", true),
        ("corpus/clean_real_v4.json", true),
        ("corpus/clean_real_v18.json", true),
        ("corpus/clean_real_v19.json", true),
        ("corpus/clean_real_v20.json", true),
        ("corpus/clean_real_v21.json", true),
        ("corpus/clean_real_v22.json", true),
        ("corpus/clean_real_v23.json", true),
        ("corpus/clean_real_v24.json", true),
        ("real_descriptions.json", false),
    ] {
        if !std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/integrity")
            .join(file)
            .exists()
        {
            continue;
        }
        let doc: Value = serde_json::from_str(&corpus(file)).unwrap();
        for s in doc["servers"].as_array().unwrap() {
            let name = s["server"].as_str().unwrap().to_string();
            let raw = if split_given {
                s["split"].as_str().unwrap()
            } else {
                split_of(&format!("server:{name}"))
            };
            let v1_tune = raw == "tune"
                && matches!(file, "corpus/clean_real.json" | "real_descriptions.json");
            let split = effective_split(raw, &format!("server:{name}")).to_string();
            let mut lists = Vec::new();
            for (field, kind) in [
                ("tools", ListKind::Tools),
                ("prompts", ListKind::Prompts),
                ("resources", ListKind::Resources),
                ("resourceTemplates", ListKind::ResourceTemplates),
            ] {
                if let Some(items) = s[field].as_array() {
                    if !items.is_empty() {
                        lists.push((kind, items.clone()));
                    }
                }
            }
            out.push(Server {
                name,
                split,
                v1_tune,
                lists,
            });
        }
    }
    out
}

struct Setting {
    label: &'static str,
    integrity: Value,
}

fn settings() -> Vec<Setting> {
    vec![
        Setting {
            label: "integrity: {}",
            integrity: json!({}),
        },
        Setting {
            label: "README example (tofu, strip, validateArguments; no pins)",
            integrity: json!({
                "scan": {"action": "strip", "ignore": []},
                "pinning": "tofu",
                "onPinViolation": "hide",
                "validateArguments": true,
                "serverRequests": {"sampling": "deny", "elicitation": {"form": "allow"}, "roots": "allow"}
            }),
        },
    ]
}

struct Harness {
    integrity: Integrity,
    /// (server, tool) of the trusted neighbour.
    trusted_tools: Vec<(String, Value)>,
}

impl Harness {
    fn new(section: &Value) -> Harness {
        let s: ServerIntegrityConfig = serde_json::from_value(section.clone()).unwrap();
        let integrity = Integrity::compile(
            Some(IntegrityConfig::default()),
            &[
                ("trusted".to_string(), Some(s.clone())),
                ("candidate".to_string(), Some(s)),
            ],
        )
        .unwrap();
        let doc: Value = serde_json::from_str(&corpus("real_descriptions.json")).unwrap();
        let mut trusted_tools = Vec::new();
        for s in doc["servers"].as_array().unwrap() {
            let name = s["server"].as_str().unwrap();
            if ["filesystem", "github", "memory"].contains(&name) {
                for t in s["tools"].as_array().unwrap() {
                    trusted_tools.push((name.to_string(), t.clone()));
                }
            }
        }
        Harness {
            integrity,
            trusted_tools,
        }
    }

    /// A store where the trusted neighbour's tools were listed (less the
    /// server under test, when it is one of them, and less tools named like
    /// the candidate's own: two real servers offering `create_issue` is a
    /// registry decision the operator settles with `ignore`, not poison).
    fn store_without(&self, except: &str, own: &[Value]) -> MemStore {
        let store = MemStore::default();
        let own: Vec<&str> = own.iter().filter_map(|t| t["name"].as_str()).collect();
        let mut tools: Vec<Value> = self
            .trusted_tools
            .iter()
            .filter(|(s, t)| s != except && !own.contains(&t["name"].as_str().unwrap_or("")))
            .map(|(_, t)| t.clone())
            .collect();
        self.integrity
            .review_list(0, ListKind::Tools, &mut tools, &store, 1_000)
            .is_clean();
        store
    }

    fn store(&self) -> MemStore {
        self.store_without("", &[])
    }

    /// Reviews `items` as the candidate server's list; returns the names
    /// removed (or all names, when the whole answer was refused) and the
    /// review's findings as `pattern@field` strings.
    fn review(
        &self,
        store: &MemStore,
        kind: ListKind,
        items: &[Value],
        now: u64,
    ) -> (Vec<String>, Vec<String>) {
        let mut list = items.to_vec();
        let r = self.integrity.review_list(1, kind, &mut list, store, now);
        let removed = if r.refused.is_some() {
            items
                .iter()
                .filter_map(|i| {
                    i.get("name")
                        .or_else(|| i.get("uri"))
                        .or_else(|| i.get("uriTemplate"))
                        .and_then(Value::as_str)
                        .map(String::from)
                })
                .collect()
        } else {
            r.removed.clone()
        };
        let why = r
            .findings
            .iter()
            .map(|f| format!("{}:{}@{}", f.item, f.pattern, f.field))
            .chain(
                r.pin_events
                    .iter()
                    .map(|p| format!("{}:{}", p.tool, p.event)),
            )
            .collect();
        (removed, why)
    }
}

/// The part a sample counts in. Three generations of data:
/// - v1 (`split` "tune" / "holdout", tests/integrity/corpus/*.jsonl without
///   a suffix, clean_real.json): all of it is tuning data now. Its held-out
///   part was read on 2026-12-05 (its misses are in the issue-13 note) and
///   so stopped being held out.
/// - v2 (`split` "holdout-v2": poisoned_v2.jsonl, clean_hard_v2.jsonl,
///   clean_real_v2.json), written by people who never saw the scanner: half
///   of it, fixed by sha256("holdout-v2:" + family or "server:" + name), is
///   tuning data; the other half is held out and only ever measured.
/// - v3 (`split` "holdout-v3": poisoned_v3.jsonl, clean_hard_v3.jsonl,
///   clean_real_v3.json), by a third author told to write like an attacker
///   who knows the usual phrases are scanned for: held out until its
///   figures were reported at stop 18 (121/187 caught, 66/2,801 real
///   tools removed); tuning data since 2026-12-05, when v4 replaced it.
/// - v4 (`split` "holdout-v4": poisoned_v4.jsonl, clean_hard_v4.jsonl,
///   clean_real_v4.json, 118 more real servers), by a fourth author told
///   to avoid the trigger phrases of published scanners and to write some
///   items in other languages: held out until its figures were reported
///   at stop 19 (105/192 caught, 13/2,223 real tools removed); tuning data
///   since the start of stop 20.
/// - v5 (`split` "holdout-v5": poisoned_v5.jsonl, clean_hard_v5.jsonl; no
///   real servers), by two more authors writing poison in the house style
///   of real servers' usage guidance, 15 % in other languages; sealed in
///   tests/corpus-sources/v5/ until all tuning of stop 20 was done;
///   measured once as held out at 1ae9c2e (137/193 caught, 16/70 honest
///   hard cases removed), then read and used as tuning data.
/// - v6 (`split` "holdout-v6": poisoned_v6.jsonl, clean_hard_v6.jsonl; no
///   real servers), by two more authors (24 categories, about 19 % in other
///   languages); sealed in tests/corpus-sources/v6-sealed/ through stop 20,
///   measured once as held out at the start of stop 21 (888b70a: 118/192
///   caught, 10/70 honest look-alikes removed), then read and used as
///   tuning data.
/// - v7 (`split` "holdout-v7": poisoned_v7.jsonl, clean_hard_v7.jsonl; no
///   real servers), by two more authors (25 categories with long
///   camouflage, prompts and resources, 20 % in 20 other languages);
///   sealed until the end of stop 21's tuning, measured once as held out
///   (afddb12: 100/200 caught, 17/100 honest look-alikes removed), then
///   read and used as tuning data.
/// - v8 (`split` "holdout-v8": poisoned_v8.jsonl, clean_hard_v8.jsonl; no
///   real servers), by two more authors (poison in the terse voice of
///   open-source maintainers: numbered steps, code blocks, changelog and
///   error-handling notes, schema carriers incl. `pattern` and
///   `outputSchema`; 24 % in 21 other languages); written at the start of
///   stop 22 and sealed until all of that stop's tuning was done; measured
///   once as held out (ddf2391: 133/200 caught, 17/100 honest look-alikes
///   removed), then read and used as tuning data.
/// - v9 (`split` "holdout-v9": poisoned_v9.jsonl, clean_hard_v9.jsonl; no
///   real servers), by two more authors (poison by an attacker who avoids
///   the obvious words: paraphrase, friendly tips and FAQ voice, one attack
///   spread over several fields; the honest set in the same voice; 21 %
///   in 20 other languages); written at the start of stop 23 and sealed
///   until all of that stop's other tuning was done; measured once as held
///   out (be0c8d9: 116/200 caught, 17/100 honest look-alikes removed), then
///   read and used as tuning data.
/// - v10 (`split` "holdout-v10": poisoned_v10.jsonl, clean_hard_v10.jsonl;
///   no real servers), by two more authors (poison dressed as a business
///   feature of a polished SaaS connector: compliance copies, telemetry,
///   backup, fraud checks, account migration, support diagnostics, often
///   conditional; rich nested schemas and outputSchema; 22 % in 21 other
///   languages; the honest set the same style with features the user asks
///   for); written at the start of stop 24 and sealed until all of that
///   stop's other tuning was done; measured once as held out (ab3e19d:
///   142/200 caught, 13/100 honest look-alikes removed), then read and
///   used as tuning data.
/// - v11 (`split` "holdout-v11": poisoned_v11.jsonl, clean_hard_v11.jsonl;
///   no real servers), by two more authors (poison that shows instead of
///   tells: worked examples and few-shot transcripts, workflows and
///   checklists, fake tool results and error messages, embedded config,
///   agent-framework markup, usage snippets, one action split over several
///   fields; 20 % in 23 other languages; the honest set uses the same
///   devices honestly); written at the start of stop 25 and sealed until
///   then; measured once as held out (1d54b99: 124/200 caught, 26/100
///   honest look-alikes removed), then read and used as tuning data.
/// - v12 (`split` "holdout-v12": poisoned_v12.jsonl, clean_hard_v12.jsonl;
///   no real servers), by two more authors (poison that lives inside the
///   conventions of generated definitions and gives a reason: docstring
///   sections, JSDoc tags, `x-…` extension keys, `$defs`, `oneOf`
///   branches, deprecated parameters, output schemas; the honest set the
///   same conventions honestly); written at the start of stop 26 and
///   sealed until then; measured once as held out (1c657b5: 130/200
///   caught, 24/100 honest look-alikes removed), then read and used as
///   tuning data.
/// - v13 (`split` "holdout-v13": poisoned_v13.jsonl, clean_hard_v13.jsonl;
///   no real servers), by two more authors (the attacker who knows a
///   scanner reads every definition and writes as little as possible:
///   short descriptions, intent split across fields, fresh words, one-word
///   changes to honest tools; the honest set in the same style); written
///   at the start of stop 27 and sealed until then; measured once as held
///   out (578c05e: 103/200 caught, 9/100 honest look-alikes removed; the
///   rules alone 76/200), then read and used as tuning data (and the
///   wording model's training data).
/// - v14 (`split` "holdout-v14": poisoned_v14.jsonl, clean_hard_v14.jsonl;
///   no real servers), by two more authors (the malicious fork of a popular
///   server: SDK-style definitions with one small change; 80 of the 100
///   honest look-alikes are the unchanged originals of poisoned items,
///   `twin_of`); written at the start of stop 28 and sealed until then;
///   measured once as held out (aece3b0: 148/200 caught, 6/100 honest
///   look-alikes removed; the rules alone 126/200, 5/100), then read and
///   used as tuning data (and the wording model's training data).
/// - v15 (`split` "holdout-v15": poisoned_v15.jsonl, clean_hard_v15.jsonl;
///   no real servers), by two more authors (agent infrastructure servers:
///   memory, planners, gateways, workflow runners, sampling and elicitation
///   tools, where mentioning other tools and the conversation is normal; 78
///   of the 100 honest look-alikes are the unchanged originals of poisoned
///   items, `twin_of`); written at the start of stop 29 and sealed until
///   then; measured once as held out (f438566: 154/200 caught, 15/100
///   honest look-alikes removed; the rules alone 122/200, 8/100), then read
///   and used as tuning data (and the wording model's training data).
/// - v16 (`split` "holdout-v16": poisoned_v16.jsonl, clean_hard_v16.jsonl;
///   no real servers), by two more authors (a developer's own assistant
///   servers: code search, test runners, package managers, notebooks, with
///   many prompts and resources, mostly in non-native or machine-translated
///   English; 66 of the 100 honest look-alikes are the unchanged originals
///   of poisoned items, `twin_of`); written at the start of stop 30 and
///   sealed until then; measured once as held out (ea7be4a: 149/200
///   caught, 11/100 honest look-alikes removed; the rules alone 122/200,
///   9/100), then read and used as tuning data (and the wording model's
///   training data).
/// - v17 (`split` "holdout-v17": poisoned_v17.jsonl, clean_hard_v17.jsonl;
///   no real servers), by two more authors (browser, web-reading and
///   computer-use servers described in long, careful documentation, some
///   with documented outputs that carry instructions; 65 of the 100 honest
///   look-alikes are the unchanged originals of poisoned items,
///   `twin_of`); written at the start of stop 31 and sealed until then;
///   measured once as held out (f7a96a4: 164/200 caught, 15/100 honest
///   look-alikes removed; the rules alone 140/200, 11/100), then read and
///   used as tuning data (and the wording model's training data).
/// - v18 (`split` "holdout-v18": poisoned_v18.jsonl, clean_hard_v18.jsonl;
///   no real servers), by two more authors (servers that act in the
///   physical and financial world: smart home and IoT, voice and telephony,
///   personal finance and trading, with attacks that are actions as well as
///   theft; 64 of the 100 honest look-alikes are the unchanged originals of
///   poisoned items, `twin_of`); written at the start of stop 32 and
///   sealed until then; measured once as held out (ff3b136: 155/200
///   caught, 9/100 honest look-alikes removed; the rules alone 135/200,
///   8/100), then read and used as tuning data (and the wording
///   model's training data).
/// - real v18 (`split` "holdout-v18" in clean_real_v18.json: 158 more
///   public servers, everyday, finance and telephony tools, harvested at
///   stop 32): measured once as held out at ce43e95 (20/3,440 tools
///   removed), then tuning data.
/// - v19 (`split` "holdout-v19": poisoned_v19.jsonl, clean_hard_v19.jsonl),
///   by two more authors (servers that handle people's records in
///   institutions: healthcare and pharmacy, education and LMS, HR and
///   recruiting, with quiet changes as well as theft; 61 of the 100 honest
///   look-alikes are the unchanged originals of poisoned items,
///   `twin_of`); written at the start of stop 33 and sealed until then;
///   measured once as held out (9301cad: 168/200 caught, 7/100 honest
///   look-alikes removed), then read and used as tuning data (and the
///   wording model's training data).
/// - real v19 (`split` "holdout-v19" in clean_real_v19.json: 115 more
///   public servers, everyday, healthcare, education, HR and CRM tools,
///   harvested at stop 33): measured once as held out at cba9388 (49/2,497
///   tools removed), then tuning data.
/// - v20 (`split` "holdout-v20": poisoned_v20.jsonl, clean_hard_v20.jsonl),
///   by two more authors (the back office of goods, law and publishing:
///   logistics and supply chain, legal practice management, CMS and
///   newsletters, in the voice of definitions an AI code generator wrote;
///   62 of the 100 honest look-alikes are the unchanged originals of
///   poisoned items, `twin_of`); written at the start of stop 34 and
///   sealed until then; measured once as held out (eff0ab7: 157/200
///   caught, 6/100 honest look-alikes removed), then read and used as
///   tuning data (and the wording model's training data).
/// - real v20 (`split` "holdout-v20" in clean_real_v20.json: 127 more
///   public servers, everyday, logistics, legal, publishing, retail,
///   telecom, finance and CRM tools, harvested at stop 34): measured once
///   as held out at 5e18331 (20/2,373 tools removed), then tuning data.
/// - real v21 (`split` "holdout-v21" in clean_real_v21.json: 80 more
///   public servers, everyday tools plus data, civic, gaming, insurance,
///   energy and real-estate servers, harvested at stop 35): measured once
///   as held out at 1563976 (20/1,716 tools removed), then tuning data.
/// - real v22 (`split` "holdout-v22" in clean_real_v22.json: 100 more
///   public servers, everyday tools plus civic, science, industrial, media,
///   education, aviation and shipping servers, harvested at stop 36):
///   measured once as held out at c625361 (8/1,158 tools removed), then
///   tuning data.
/// - v22 (`split` "holdout-v22": poisoned_v22.jsonl, clean_hard_v22.jsonl),
///   by two more authors (industrial operations and IoT fleets, media
///   production, scientific and HPC computing, developer education, in
///   definitions that carry changelogs, migration notes and
///   troubleshooting; 65 of the 100 honest look-alikes are twins): written
///   at the start of stop 36 and sealed; measured once as held out at
///   b114e08 (165/200 caught, 9/100 honest removed), then tuning data.
/// - v21 (`split` "holdout-v21": poisoned_v21.jsonl, clean_hard_v21.jsonl),
///   by two more authors (data platforms, government and civic e-services,
///   games and gaming communities, in the voice of definitions converted
///   from OpenAPI specs and README files; 61 of the 100 honest look-alikes
///   are the unchanged originals of poisoned items, `twin_of`); written at
///   the start of stop 35 and sealed; measured once as held out at 595adb5
///   (155/200 caught, 6/100 honest removed), then tuning data.
/// - v23 (`split` "holdout-v23": poisoned_v23.jsonl, clean_hard_v23.jsonl),
///   by two more authors (agriculture and the food supply chain,
///   hospitality and events, nonprofit fundraising, consumer legal-tech,
///   in conversational FAQ / example-conversation definitions and ones
///   converted from CLI `--help` output; 66 of the 100 honest look-alikes
///   are twins): written at the start of stop 37 and sealed; measured
///   once as held out at 21a1c30 (165/200 caught, 10/100 honest removed),
///   then tuning data.
/// - real v23 (`split` "holdout-v23" in clean_real_v23.json: 178 more
///   public servers, everyday tools plus travel and hospitality, food,
///   media, legal and e-signature, education and CRM servers, harvested
///   at stop 37): measured once as held out at 21a1c30 (23/2,373 tools
///   removed), then tuning data.
/// - v24 (`split` "holdout-v24": poisoned_v24.jsonl, clean_hard_v24.jsonl),
///   by two more authors (sports clubs and leagues, religious and
///   community organisations, automotive retail and repair, personal
///   health and fitness apps, in definitions generated from protobuf/gRPC
///   services, GraphQL schemas and Markdown with YAML front matter; 61 of
///   the 100 honest look-alikes are twins): written at the start of stop 38
///   and sealed; measured once as held out at 8e52b97 (164/200 caught, 5/100 honest removed),
///   then tuning data.
/// - real v24 (`split` "holdout-v24" in clean_real_v24.json: 154 more
///   public servers, everyday tools plus sports, automotive, health,
///   science and developer utilities, harvested at stop 38): measured once
///   as held out at 8e52b97 (45/2,222 tools removed, 36 of them one
///   server's shared `session` parameter), then tuning data.
fn effective_split(raw: &str, family: &str) -> &'static str {
    use sha2::{Digest, Sha256};
    match raw {
        "holdout-v2" => {
            let h = Sha256::digest(format!("holdout-v2:{family}").as_bytes());
            if h[0] % 2 == 0 {
                "holdout"
            } else {
                "tune"
            }
        }
        _ => "tune",
    }
}

fn poisoned() -> Vec<Value> {
    let mut out = jsonl("corpus/poisoned.jsonl");
    out.extend(jsonl("corpus/poisoned_v2.jsonl"));
    out.extend(jsonl("corpus/poisoned_v3.jsonl"));
    out.extend(jsonl("corpus/poisoned_v4.jsonl"));
    out.extend(jsonl("corpus/poisoned_v5.jsonl"));
    out.extend(jsonl("corpus/poisoned_v6.jsonl"));
    out.extend(jsonl("corpus/poisoned_v7.jsonl"));
    out.extend(jsonl("corpus/poisoned_v8.jsonl"));
    out.extend(jsonl("corpus/poisoned_v9.jsonl"));
    out.extend(jsonl("corpus/poisoned_v10.jsonl"));
    out.extend(jsonl("corpus/poisoned_v11.jsonl"));
    out.extend(jsonl("corpus/poisoned_v12.jsonl"));
    out.extend(jsonl("corpus/poisoned_v13.jsonl"));
    out.extend(jsonl("corpus/poisoned_v14.jsonl"));
    out.extend(jsonl("corpus/poisoned_v15.jsonl"));
    out.extend(jsonl("corpus/poisoned_v16.jsonl"));
    out.extend(jsonl("corpus/poisoned_v17.jsonl"));
    out.extend(jsonl("corpus/poisoned_v18.jsonl"));
    out.extend(jsonl("corpus/poisoned_v19.jsonl"));
    out.extend(jsonl("corpus/poisoned_v20.jsonl"));
    out.extend(jsonl("corpus/poisoned_v21.jsonl"));
    out.extend(jsonl("corpus/poisoned_v22.jsonl"));
    out.extend(jsonl("corpus/poisoned_v23.jsonl"));
    out.extend(jsonl("corpus/poisoned_v24.jsonl"));
    for p in &mut out {
        let raw = p["split"].as_str().unwrap().to_string();
        p["v1_tune"] = json!(raw == "tune");
        let split = effective_split(&raw, p["family"].as_str().unwrap());
        p["split"] = json!(split);
    }
    out
}

fn clean_hard() -> Vec<Value> {
    let mut out = jsonl("corpus/clean_hard.jsonl");
    out.extend(jsonl("corpus/clean_hard_v2.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v3.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v4.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v5.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v6.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v7.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v8.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v9.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v10.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v11.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v12.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v13.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v14.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v15.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v16.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v17.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v18.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v19.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v20.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v21.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v22.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v23.jsonl"));
    out.extend(jsonl("corpus/clean_hard_v24.jsonl"));
    for p in &mut out {
        let raw = p["split"].as_str().unwrap().to_string();
        p["v1_tune"] = json!(raw == "tune");
        let split = effective_split(&raw, p["id"].as_str().unwrap());
        p["split"] = json!(split);
    }
    out
}

fn list_kind(sample: &Value) -> ListKind {
    match sample["list"].as_str() {
        Some("prompts") => ListKind::Prompts,
        Some("resources") => ListKind::Resources,
        Some("resourceTemplates") => ListKind::ResourceTemplates,
        _ => ListKind::Tools,
    }
}

#[derive(Default)]
struct Tally {
    /// category -> (caught, total)
    cats: BTreeMap<String, (u32, u32)>,
    clean_real: (u32, u32),
    clean_hard: (u32, u32),
    rug_scan: (u32, u32),
    rug_tofu: (u32, u32),
    misses: Vec<String>,
    false_alarms: Vec<String>,
}

fn measure(setting: &Setting, split: &str) -> Tally {
    let h = Harness::new(&setting.integrity);
    let mut t = Tally::default();
    let part = |sample: &Value| {
        if split == "v1-tune" {
            sample["v1_tune"] == true
        } else {
            sample["split"] == split
        }
    };
    for p in poisoned() {
        if !part(&p) {
            continue;
        }
        let store = h.store();
        let item = p["item"].clone();
        let (removed, why) = h.review(&store, list_kind(&p), std::slice::from_ref(&item), 2_000);
        let caught = !removed.is_empty();
        let e = t
            .cats
            .entry(p["category"].as_str().unwrap().to_string())
            .or_default();
        e.1 += 1;
        if caught {
            e.0 += 1;
        } else {
            t.misses.push(format!(
                "{} [{}] {:?} below threshold: {}",
                p["id"].as_str().unwrap(),
                p["carrier"].as_str().unwrap(),
                why,
                raw_signals(&item)
            ));
        }
    }
    for s in real_servers() {
        if (split == "v1-tune" && !s.v1_tune) || (split != "v1-tune" && s.split != split) {
            continue;
        }
        let own: Vec<Value> = s
            .lists
            .iter()
            .filter(|(k, _)| *k == ListKind::Tools)
            .flat_map(|(_, v)| v.iter().cloned())
            .collect();
        let store = h.store_without(&s.name, &own);
        for (kind, items) in &s.lists {
            let (removed, why) = h.review(&store, *kind, items, 2_000);
            if *kind == ListKind::Tools {
                t.clean_real.1 += items.len() as u32;
                t.clean_real.0 += removed.len() as u32;
            }
            if !removed.is_empty() {
                t.false_alarms.push(format!(
                    "{} {:?}: removed {removed:?} {why:?}",
                    s.name, kind
                ));
            }
        }
    }
    for c in clean_hard() {
        if !part(&c) {
            continue;
        }
        // Like the real servers: the neighbour offers no tool of the same name.
        let store = h.store_without("", std::slice::from_ref(&c["item"]));
        let (removed, why) = h.review(&store, list_kind(&c), &[c["item"].clone()], 2_000);
        t.clean_hard.1 += 1;
        if !removed.is_empty() {
            t.clean_hard.0 += 1;
            t.false_alarms
                .push(format!("{} {why:?}", c["id"].as_str().unwrap()));
        }
    }
    for r in jsonl("corpus/rugpulls.jsonl") {
        let r_split = effective_split(r["split"].as_str().unwrap(), "");
        if (split == "v1-tune" && r["split"] != "tune") || (split != "v1-tune" && r_split != split)
        {
            continue;
        }
        // Approved first, changed later (a day on).
        let store = h.store();
        let (first, _) = h.review(&store, ListKind::Tools, &[r["before"].clone()], 2_000);
        let (after, why) = h.review(&store, ListKind::Tools, &[r["after"].clone()], 86_400_000);
        t.rug_tofu.1 += 1;
        t.rug_scan.1 += 1;
        if first.is_empty() && !after.is_empty() {
            t.rug_tofu.0 += 1;
        }
        if why.iter().any(|w| !w.contains("rug-pull")) {
            t.rug_scan.0 += 1;
        }
    }
    t
}

/// The scanner's signals on one item, flagged or not (diagnostics).
fn raw_signals(item: &Value) -> String {
    use mcp_warden::integrity::scan::{score, ScanOptions, Scanner};
    let sc = Scanner::new().unwrap();
    let hits = sc.scan_item(
        item,
        &ScanOptions {
            max_text_chars: 4096,
            ignore: &[],
            foreign_names: None,
        },
    );
    let names: Vec<String> = hits
        .iter()
        .map(|h| format!("{}@{:?}", h.pattern, h.place))
        .collect();
    format!("{:.2} {names:?}", score(&hits, |_| 0.0))
}

fn pct(a: u32, b: u32) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1} %", 100.0 * f64::from(a) / f64::from(b))
    }
}

#[test]
#[ignore = "measurement: scripts/detect_accuracy.sh"]
fn poisoning_accuracy() {
    let verbose = std::env::var_os("POISON_VERBOSE").is_some();
    // POISON_TUNE_ONLY=1: the tuning part's misses and false alarms alone,
    // for working on the scanner without seeing held-out figures.
    // POISON_PART names another part to list the same way.
    if std::env::var_os("POISON_TUNE_ONLY").is_some() {
        let part = std::env::var("POISON_PART").unwrap_or_else(|_| "tune".into());
        let t = measure(&settings()[0], &part);
        let (c, n) = t
            .cats
            .values()
            .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
        println!(
            "{part}: caught {c}/{n} ({}), clean real removed {}/{}, hard {}/{}",
            pct(c, n),
            t.clean_real.0,
            t.clean_real.1,
            t.clean_hard.0,
            t.clean_hard.1
        );
        for m in t.misses.iter().chain(&t.false_alarms) {
            println!("  {m}");
        }
        return;
    }
    // The threshold is chosen on the tuning part only.
    println!("\n### Threshold sweep (tuning part only)\n");
    println!("| scan.threshold | poisoned caught | clean real removed | hard negatives removed |");
    println!("|---:|---:|---:|---:|");
    for t in [0.6, 0.8, 0.9, 1.0, 1.2, 1.5] {
        let s = Setting {
            label: "sweep",
            integrity: json!({"scan": {"threshold": t}}),
        };
        let r = measure(&s, "tune");
        let (c, n) = r
            .cats
            .values()
            .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
        println!(
            "| {t} | {c}/{n} ({}) | {}/{} ({}) | {}/{} |",
            pct(c, n),
            r.clean_real.0,
            r.clean_real.1,
            pct(r.clean_real.0, r.clean_real.1),
            r.clean_hard.0,
            r.clean_hard.1
        );
    }
    // v2's held-out half is reported apart.
    let parts = [("tune", "tune"), ("held-out v2", "holdout")];
    for s in settings() {
        println!("\n### Tool poisoning, `{}`\n", s.label);
        let tallies: Vec<Tally> = parts.iter().map(|(_, p)| measure(&s, p)).collect();
        let head: Vec<String> = parts.iter().map(|(l, _)| format!("{l} caught")).collect();
        println!("| category | {} |", head.join(" | "));
        println!("|---|{}", "---:|".repeat(parts.len()));
        let mut cats: Vec<&String> = tallies.iter().flat_map(|t| t.cats.keys()).collect();
        cats.sort();
        cats.dedup();
        let mut sums = vec![(0u32, 0u32); parts.len()];
        for c in cats {
            let cells: Vec<String> = tallies
                .iter()
                .zip(sums.iter_mut())
                .map(|(t, sum)| {
                    let a = t.cats.get(c).copied().unwrap_or_default();
                    sum.0 += a.0;
                    sum.1 += a.1;
                    format!("{}/{}", a.0, a.1)
                })
                .collect();
            println!("| {c} | {} |", cells.join(" | "));
        }
        let row = |label: &str, f: &dyn Fn(&Tally) -> String| {
            let cells: Vec<String> = tallies.iter().map(f).collect();
            println!("| {label} | {} |", cells.join(" | "));
        };
        let totals: Vec<String> = sums
            .iter()
            .map(|(a, b)| format!("**{a}/{b} ({})**", pct(*a, *b)))
            .collect();
        println!("| **all poisoned definitions** | {} |", totals.join(" | "));
        row("rug pulls: changed definition flagged by the scan", &|t| {
            format!("{}/{}", t.rug_scan.0, t.rug_scan.1)
        });
        row(
            "rug pulls: hidden after the change (scan or pinning)",
            &|t| format!("{}/{}", t.rug_tofu.0, t.rug_tofu.1),
        );
        row("clean real tools removed", &|t| {
            format!(
                "{}/{} ({})",
                t.clean_real.0,
                t.clean_real.1,
                pct(t.clean_real.0, t.clean_real.1)
            )
        });
        row("honest hard negatives removed", &|t| {
            format!("{}/{}", t.clean_hard.0, t.clean_hard.1)
        });
        // After tuning is over: what the held-out misses look like (for the
        // write-up; never used to change the scanner).
        if std::env::var_os("POISON_HOLDOUT_DETAIL").is_some() {
            for ((label, _), t) in parts.iter().zip(&tallies).skip(1) {
                println!("\n{label} misses ({}):", t.misses.len());
                for m in &t.misses {
                    println!("  {m}");
                }
                println!("{label} false alarms ({}):", t.false_alarms.len());
                for m in &t.false_alarms {
                    println!("  {m}");
                }
            }
        }
        if verbose {
            let tune = &tallies[0];
            println!("\ntune misses ({}):", tune.misses.len());
            for m in &tune.misses {
                println!("  {m}");
            }
            println!("tune false alarms ({}):", tune.false_alarms.len());
            for m in &tune.false_alarms {
                println!("  {m}");
            }
        }
    }
}

#[test]
fn poisoning_corpus_smoke() {
    // A regression guard on the first corpus's tuning part, which the
    // scanner was written against: all of it must stay caught and clean.
    // The figures for the whole tuning part and the held-out part come
    // from scripts/detect_accuracy.sh.
    let s = &settings()[0];
    let t = measure(s, "v1-tune");
    let total: u32 = t.cats.values().map(|c| c.1).sum();
    assert!(
        total >= 100,
        "poisoned samples in the tuning split: {total}"
    );
    assert!(t.clean_real.1 >= 300, "clean tools: {}", t.clean_real.1);
    let caught: u32 = t.cats.values().map(|c| c.0).sum();
    assert_eq!(caught, total, "missed: {:#?}", t.misses);
    assert!(
        t.false_alarms.is_empty(),
        "clean definitions removed: {:#?}",
        t.false_alarms
    );
}

/// Scan throughput over the real definitions (printed, never asserted).
#[test]
#[ignore = "measurement: scripts/detect_accuracy.sh"]
fn scan_throughput() {
    use mcp_warden::integrity::scan::{ScanOptions, Scanner};
    let sc = Scanner::new().unwrap();
    let items: Vec<Value> = real_servers()
        .into_iter()
        .flat_map(|s| s.lists.into_iter().flat_map(|(_, v)| v))
        .collect();
    let bytes: usize = items.iter().map(|i| i.to_string().len()).sum();
    let opts = ScanOptions {
        max_text_chars: 4096,
        ignore: &[],
        foreign_names: None,
    };
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        for i in &items {
            std::hint::black_box(sc.scan_item(i, &opts));
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "\ndescription scan: {} items, {:.2} MB of JSON, best of 5: {:.1} ms ({:.1} MB/s)",
        items.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / best / 1e6
    );
}

#[test]
#[ignore = "measurement: scripts/detect_accuracy.sh"]
fn scanner_build_time() {
    use mcp_warden::integrity::scan::Scanner;
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        std::hint::black_box(Scanner::new().unwrap());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "\ndescription scanner build (at configure time): {:.1} ms",
        best * 1e3
    );
}
mod wording;
