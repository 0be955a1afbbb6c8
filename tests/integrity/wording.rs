//! The learned wording model (src/integrity/model.rs): its training data is
//! the tuning part of this corpus, and nothing else.
//!
//! - `wording_model_is_trained_on_the_tuning_part`: the shipped model's
//!   data digest is the digest of today's tuning part (a corpus changed
//!   without retraining fails here; the held-out part never enters it);
//! - `train_wording_model` (ignored): retrains and writes the model
//!   (deterministic: the same corpus gives the same bytes);
//! - `wording_out_of_fold` (ignored; scripts/detect_accuracy.sh): the
//!   model's figures on the tuning part, which it was trained on, are
//!   meaningless, so each tuning example is scored by a model trained
//!   without it (leave one author out for poisoned and honest look-alike
//!   definitions, one of six groups of real servers), together with the
//!   rules, for each pair of thresholds: how `STRONG` and `WEAK` were
//!   chosen, and the tuning figures the closing notes report.

use super::*;
use mcp_warden::integrity::model::{self, Example, WordingModel};
use mcp_warden::integrity::scan::{score, Hit, Place, ScanOptions, Scanner};
use sha2::{Digest, Sha256};

/// Weight of a real definition against a synthetic one: real servers are
/// what the model must leave alone, and they are many short, similar items.
const REAL_WEIGHT: f32 = 3.0;
const EPOCHS: usize = 12;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Poisoned,
    Hard,
    Real,
}

struct Sample {
    kind: Kind,
    /// Leave-one-out group: the author's version, or a group of real servers.
    group: String,
    id: String,
    item: Value,
}

fn version_of(id: &str) -> String {
    id.split('-')
        .find(|p| p.len() >= 2 && p.starts_with('v') && p[1..].bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("v1")
        .to_string()
}

/// The tuning part, in a fixed order.
fn tuning_samples() -> Vec<Sample> {
    let mut out = Vec::new();
    for p in poisoned() {
        if p["split"] == "tune" {
            let id = p["id"].as_str().unwrap().to_string();
            out.push(Sample {
                kind: Kind::Poisoned,
                group: version_of(&id),
                id,
                item: p["item"].clone(),
            });
        }
    }
    for p in clean_hard() {
        if p["split"] == "tune" {
            let id = p["id"].as_str().unwrap().to_string();
            out.push(Sample {
                kind: Kind::Hard,
                group: version_of(&id),
                id,
                item: p["item"].clone(),
            });
        }
    }
    for s in real_servers() {
        if s.split != "tune" {
            continue;
        }
        let g = Sha256::digest(format!("wording:{}", s.name).as_bytes())[0] % 6;
        for (_, items) in &s.lists {
            for item in items {
                out.push(Sample {
                    kind: Kind::Real,
                    group: format!("real-{g}"),
                    id: format!("{}:{}", s.name, item["name"].as_str().unwrap_or("?")),
                    item: item.clone(),
                });
            }
        }
    }
    out
}

fn digest(samples: &[Sample]) -> String {
    let mut h = Sha256::new();
    for s in samples {
        h.update([u8::from(s.kind == Kind::Poisoned)]);
        h.update(model::definition_text(&s.item).as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn examples<'s>(samples: impl Iterator<Item = &'s Sample>) -> Vec<Example> {
    samples
        .map(|s| Example {
            features: model::features(&model::definition_text(&s.item)),
            poisoned: s.kind == Kind::Poisoned,
            weight: if s.kind == Kind::Real {
                REAL_WEIGHT
            } else {
                1.0
            },
        })
        .collect()
}

#[test]
fn wording_model_is_trained_on_the_tuning_part() {
    let samples = tuning_samples();
    let shipped = WordingModel::builtin().unwrap();
    assert_eq!(
        shipped.data_digest,
        digest(&samples),
        "the tuning corpus changed since src/integrity/wording.model was trained: \
         cargo test --release --test integrity -- --ignored train_wording_model"
    );
}

#[test]
#[ignore = "training: writes src/integrity/wording.model"]
fn train_wording_model() {
    let samples = tuning_samples();
    let (w, b) = model::train(&examples(samples.iter()), EPOCHS);
    let bytes = model::encode(&w, b, &digest(&samples));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/integrity/wording.model");
    std::fs::write(&path, bytes).unwrap();
    println!("wrote {} ({} examples)", path.display(), samples.len());
}

#[test]
#[ignore = "measurement: scripts/detect_accuracy.sh"]
fn wording_out_of_fold() {
    let samples = tuning_samples();
    let samples = samples.as_slice();
    let mut groups: Vec<&str> = samples.iter().map(|s| s.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut p = vec![0f32; samples.len()];
    for g in &groups {
        let (w, b) = model::train(&examples(samples.iter().filter(|s| s.group != *g)), EPOCHS);
        let bytes = model::encode(&w, b, "");
        let m = WordingModel::from_bytes(&bytes).unwrap();
        for (i, s) in samples.iter().enumerate() {
            if s.group == *g {
                p[i] = m.probability_of(&s.item);
            }
        }
    }
    // The rules' hits without the shipped model's.
    let sc = Scanner::new().unwrap();
    let opts = ScanOptions {
        max_text_chars: 4096,
        ignore: &[mcp_warden::integrity::scan::LEARNED_WORDING],
        foreign_names: None,
    };
    let hits: Vec<Vec<Hit>> = samples
        .iter()
        .map(|s| sc.scan_item(&s.item, &opts))
        .collect();
    let count = |k: Kind| samples.iter().filter(|s| s.kind == k).count();
    let (np, nh, nr) = (count(Kind::Poisoned), count(Kind::Hard), count(Kind::Real));
    // Flagged with the model's signal added at this threshold (2.0: never).
    let flagged = |i: usize, weak: f32| {
        let mut h = hits[i].clone();
        if p[i] >= weak {
            h.push(Hit {
                pattern: mcp_warden::integrity::scan::LEARNED_WORDING,
                field: mcp_warden::integrity::scan::WHOLE_DEFINITION.into(),
                place: Place::Text,
                part: mcp_warden::integrity::scan::WHOLE_FIELD,
            });
        }
        !h.is_empty() && score(&h, |_| 0.0) + 1e-4 >= 0.9
    };
    let tally = |weak: f32| {
        let mut c = [0usize; 3];
        for (i, s) in samples.iter().enumerate() {
            if flagged(i, weak) {
                c[s.kind as usize] += 1;
            }
        }
        c
    };
    println!("\n### Learned wording model, out of fold (tuning part)\n");
    println!(
        "{np} poisoned, {nh} honest look-alike and {nr} real definitions, each scored by a model \
         trained without its author (or its sixth of the real servers); the rules' hits as they \
         are (written against this part). `learned-wording` weighs 0.5 (first table); the model \
         flags alone only at `model::STRONG` (`learned-wording-strong`, second table).\n"
    );
    println!("| model threshold | poisoned caught | honest look-alikes removed | real removed |\n|---|---:|---:|---:|");
    for weak in [2.0f32, 0.5, 0.6, 0.7, 0.8, 0.9] {
        let c = tally(weak);
        let label = if weak > 1.0 {
            "rules alone".to_string()
        } else if (weak - model::WEAK).abs() < 1e-6 {
            format!("**{weak:.2} (shipped)**")
        } else {
            format!("{weak:.2}")
        };
        println!(
            "| {label} | {} ({:.1} %) | {} ({:.1} %) | {} ({:.2} %) |",
            c[0],
            100.0 * c[0] as f64 / np as f64,
            c[1],
            100.0 * c[1] as f64 / nh as f64,
            c[2],
            100.0 * c[2] as f64 / nr as f64
        );
    }
    // Whether the model could flag on its own: the shipped setting plus any
    // definition the model alone scores at least this high.
    println!(
        "\nThe model as a strong signal (flags alone at this probability; the rules and the \
         shipped weak signal as they are):\n"
    );
    println!("| model alone at | poisoned caught | honest look-alikes removed | real removed |\n|---|---:|---:|---:|");
    for strong in [0.95f32, 0.98, 0.99, 0.995] {
        let mut c = [0usize; 3];
        for (i, s) in samples.iter().enumerate() {
            if flagged(i, model::WEAK) || p[i] >= strong {
                c[s.kind as usize] += 1;
            }
        }
        let label = if (strong - model::STRONG).abs() < 1e-6 {
            format!("**{strong:.3} (shipped)**")
        } else {
            format!("{strong:.3}")
        };
        println!(
            "| {label} | {} ({:.1} %) | {} ({:.1} %) | {} ({:.2} %) |",
            c[0],
            100.0 * c[0] as f64 / np as f64,
            c[1],
            100.0 * c[1] as f64 / nh as f64,
            c[2],
            100.0 * c[2] as f64 / nr as f64
        );
    }
    // The model's own reach across authors, with no rule: what it reads in
    // wording it was not trained on, the closest proxy for a new author.
    println!("\nThe model alone, out of fold (no rule counted):\n");
    println!("| model probability at least | poisoned | honest look-alikes | real |\n|---|---:|---:|---:|");
    for t in [0.5f32, 0.7, 0.9, 0.98] {
        let mut c = [0usize; 3];
        for (i, s) in samples.iter().enumerate() {
            if p[i] >= t {
                c[s.kind as usize] += 1;
            }
        }
        println!(
            "| {t:.2} | {} ({:.1} %) | {} ({:.1} %) | {} ({:.2} %) |",
            c[0],
            100.0 * c[0] as f64 / np as f64,
            c[1],
            100.0 * c[1] as f64 / nh as f64,
            c[2],
            100.0 * c[2] as f64 / nr as f64
        );
    }
    println!(
        "\nPer author, poisoned caught (rules alone → with the model as shipped, weak and strong, \
         out of fold):\n"
    );
    println!("| author | rules alone | with the model | honest look-alikes removed |\n|---|---:|---:|---:|");
    let mut authors: Vec<&str> = samples
        .iter()
        .filter(|s| s.kind != Kind::Real)
        .map(|s| s.group.as_str())
        .collect();
    authors.sort_by_key(|a| a.trim_start_matches('v').parse::<u32>().unwrap_or(0));
    authors.dedup();
    for a in authors {
        let of = |k: Kind, weak: f32| {
            samples
                .iter()
                .enumerate()
                .filter(|(i, s)| {
                    s.kind == k
                        && s.group == a
                        && (flagged(*i, weak) || (weak <= 1.0 && p[*i] >= model::STRONG))
                })
                .count()
        };
        let total = |k: Kind| {
            samples
                .iter()
                .filter(|s| s.kind == k && s.group == a)
                .count()
        };
        println!(
            "| {a} | {}/{} | {}/{} | {} → {} of {} |",
            of(Kind::Poisoned, 2.0),
            total(Kind::Poisoned),
            of(Kind::Poisoned, model::WEAK),
            total(Kind::Poisoned),
            of(Kind::Hard, 2.0),
            of(Kind::Hard, model::WEAK),
            total(Kind::Hard)
        );
    }
    if let Ok(show) = std::env::var("WORDING_SHOW") {
        let t: f32 = show.parse().unwrap_or(0.9);
        for (i, s) in samples.iter().enumerate() {
            if s.kind != Kind::Poisoned && p[i] >= t {
                println!("  high {:.3} {}", p[i], s.id);
            }
        }
    }
}
