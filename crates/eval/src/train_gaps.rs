//! Trains the sentence-gap model (`data/models/sentence-gaps.tsv`): an averaged
//! perceptron over the gaps the punctuation rules leave unsplit.
//!
//! Training data: UD French-Sequoia *train* sentences (the gold documents keep
//! the sentences in their order; only gaps owned by train sentences are used)
//! and UD French-GSD *dev* sentences joined into running text. The decision
//! threshold is tuned on Sequoia *dev*. Sequoia and GSD *test* are never read.

use crate::segmentation::{self, GoldDocPub};
use crate::EvalError;
use recoupe_text::gaps::{features, key, GapModel};
use recoupe_text::paragraph;
use recoupe_text::segment::{for_each_candidate, GapModelRef, Segmenter};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

struct Example {
    feats: Vec<(String, String)>,
    label: bool,
}

/// Candidates of a document with gold labels; `keep` filters by the sentence owning the gap.
fn examples(doc: &GoldDocPub, keep: &dyn Fn(&str) -> bool, out: &mut Vec<Example>) {
    let text = &doc.text;
    // gold sentence starts, in bytes, with their owner (the sentence before the gap)
    let c2b: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let starts: HashSet<usize> = doc.sentences.iter().map(|s| c2b[s.start]).collect();
    let owner = |byte: usize| -> Option<&str> {
        doc.sentences.iter().find(|s| c2b[s.start] < byte && byte <= c2b[s.end]).map(|s| s.sent_id.as_str())
    };
    let mut seg = Segmenter::with_model(GapModelRef::None);
    for p in paragraph::split(text) {
        let (cs, cuts) = seg.rule_cuts(text, p);
        let cs = cs.to_vec();
        let cuts = cuts.to_vec();
        for_each_candidate(p.slice(text), &cs, &cuts, |gap, next_byte, end_byte| {
            let (next_byte, end_byte) = (p.start + next_byte, p.start + end_byte);
            let Some(id) = owner(end_byte) else { return };
            // forced gaps are the layout rules', not the model's
            if gap.forced {
                return;
            }
            if !keep(id) {
                return;
            }
            let mut feats = Vec::new();
            features(&gap, &mut |t, v| feats.push((t.to_string(), recoupe_text::gaps::join(v))));
            out.push(Example { feats, label: starts.contains(&next_byte) });
        });
    }
}

fn gsd_dev_docs(path: &Path) -> Result<Vec<GoldDocPub>, EvalError> {
    let s = crate::read_to_string(path)?;
    let sents: Vec<&str> = s.lines().filter_map(|l| l.strip_prefix("# text = ")).collect();
    let mut docs = Vec::new();
    for (ci, chunk) in sents.chunks(20).enumerate() {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (i, st) in chunk.iter().enumerate() {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.chars().count();
            text.push_str(st.trim());
            spans.push(segmentation::GoldSentencePub {
                sent_id: format!("gsd-dev-{ci}-{i}"),
                start,
                end: text.chars().count(),
            });
        }
        docs.push(GoldDocPub { doc: format!("gsd-dev-{ci}"), text, sentences: spans });
    }
    Ok(docs)
}

/// Trains and tunes the threshold on Sequoia dev; then, with that threshold,
/// trains again on train and dev together (dev is only used for the choice of
/// the threshold, which is kept).
pub fn run(dir: &Path, out: &Path) -> Result<serde_json::Value, EvalError> {
    let tuned = train(dir, out, false, None)?;
    let th = tuned["threshold"].as_f64().unwrap_or(0.0) as f32;
    let fin = train(dir, out, true, Some(th))?;
    Ok(serde_json::json!({"task": "train-gaps", "tuning": tuned, "final": fin}))
}

fn train(dir: &Path, out: &Path, with_dev: bool, fixed_threshold: Option<f32>) -> Result<serde_json::Value, EvalError> {
    let seq = dir.join("ud-french-sequoia");
    let docs = segmentation::read_gold(&seq.join("segmentation_gold.jsonl"))?;
    let train_ids = segmentation::conllu_ids_pub(&seq.join("fr_sequoia-ud-train.conllu"))?;
    let dev_ids = segmentation::conllu_ids_pub(&seq.join("fr_sequoia-ud-dev.conllu"))?;
    let mut train = Vec::new();
    for d in &docs {
        examples(d, &|id| train_ids.contains(id) || (with_dev && dev_ids.contains(id)), &mut train);
    }
    let gsd_dev = dir.join("ud-french-gsd").join("fr_gsd-ud-dev.conllu");
    if gsd_dev.exists() {
        for d in gsd_dev_docs(&gsd_dev)? {
            examples(&d, &|_| true, &mut train);
        }
    }
    let positives = train.iter().filter(|e| e.label).count();
    eprintln!("training on {} candidate gaps ({} boundaries)", train.len(), positives);

    // averaged perceptron
    let mut w: HashMap<(String, String), f64> = HashMap::new();
    let mut total: HashMap<(String, String), f64> = HashMap::new();
    let mut stamp: HashMap<(String, String), usize> = HashMap::new();
    let mut t = 0usize;
    let epochs = 30;
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            t += 1;
            let ex = &train[i];
            let score: f64 = ex.feats.iter().map(|f| w.get(f).copied().unwrap_or(0.0)).sum();
            let pred = score > 0.0;
            if pred != ex.label {
                let delta = if ex.label { 1.0 } else { -1.0 };
                for f in &ex.feats {
                    let wf = w.entry(f.clone()).or_insert(0.0);
                    let last = stamp.entry(f.clone()).or_insert(0);
                    *total.entry(f.clone()).or_insert(0.0) += (t - *last) as f64 * *wf;
                    *last = t;
                    *wf += delta;
                }
            }
        }
    }
    let mut avg: Vec<((String, String), f32)> = w
        .iter()
        .map(|(f, wf)| {
            let last = stamp.get(f).copied().unwrap_or(0);
            let tot = total.get(f).copied().unwrap_or(0.0) + (t - last) as f64 * wf;
            (f.clone(), (tot / t as f64) as f32)
        })
        .filter(|(_, x)| x.abs() > 1e-4)
        .collect();
    avg.sort_by(|a, b| a.0.cmp(&b.0));

    // threshold: best sentence-boundary F1 on Sequoia dev (rules + model)
    let weights: recoupe_text::lexicon::HashedMap<f32> =
        avg.iter().map(|((t, v), x)| (key(t, &[v.as_str()]), *x)).collect();
    let mut best = (f64::MIN, 0.0f32);
    let mut tried = Vec::new();
    let grid = [-1.0f32, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0];
    let fixed = fixed_threshold.map(|t| vec![t]);
    for &th in fixed.as_deref().unwrap_or(&grid) {
        let model = Arc::new(GapModel { weights: weights.clone(), threshold: th });
        let mut seg = Segmenter::with_model(GapModelRef::Owned(model));
        let prf = segmentation::score_docs(&docs, &mut seg, &|id| dev_ids.contains(id));
        tried.push(
            serde_json::json!({"threshold": th, "dev_f1": prf.f1(), "dev_p": prf.precision(), "dev_r": prf.recall()}),
        );
        let note = if with_dev { "(dev seen) " } else { "" };
        eprintln!("{note}threshold {th:>5}: dev P {:.4} R {:.4} F1 {:.4}", prf.precision(), prf.recall(), prf.f1());
        if prf.f1() > best.0 || fixed_threshold.is_some() {
            best = (prf.f1(), th);
        }
    }
    let mut s = String::new();
    s.push_str("# Sentence-gap model of recoupe (averaged perceptron). Rebuild with:\n");
    s.push_str("#   recoupe eval train-gaps ../shared/data/segmentation\n");
    s.push_str(if with_dev {
        "# Trained on UD French-Sequoia train+dev and UD French-GSD dev; threshold chosen on Sequoia dev beforehand.\n"
    } else {
        "# Trained on UD French-Sequoia train and UD French-GSD dev; threshold tuned on Sequoia dev.\n"
    });
    s.push_str(&format!("threshold\t{}\n", best.1));
    for ((tpl, v), x) in &avg {
        s.push_str(&format!("{tpl}\t{v}\t{x:.5}\n"));
    }
    std::fs::write(out, s).map_err(|e| EvalError(format!("{}: {e}", out.display())))?;
    println!("wrote {} weights to {}; threshold {} (Sequoia dev F1 {:.4})", avg.len(), out.display(), best.1, best.0);
    Ok(
        serde_json::json!({"task": "train-gaps", "examples": train.len(), "weights": avg.len(), "threshold": best.1, "dev_f1": best.0, "tried": tried}),
    )
}
