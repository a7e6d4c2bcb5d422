//! Sentence-boundary F1 on documents with gold sentence spans
//! (`segmentation_gold*.jsonl` under `data/segmentation`: `{doc, text,
//! sentences: [{sent_id, start, end}]}` with character offsets).
//!
//! A boundary is the end offset of a sentence, the end of the document
//! excluded (it is never in doubt). For a split (Sequoia's dev and test files),
//! a predicted boundary counts when it falls inside or at the end of a gold
//! sentence of that split, so that text the rules were tuned on does not count.
//! Peer predictions (`{doc, sentences: [{start, end}]}` a line, character
//! offsets, e.g. from `eval/peers/spacy_segment.py`) are scored the same way.

use crate::{per_second, EvalError, Prf};
use recoupe_model::Span;
use recoupe_text::paragraph;
use recoupe_text::segment::Segmenter;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A gold sentence: id and character offsets.
#[derive(Deserialize)]
pub struct GoldSentence {
    #[serde(default)]
    pub sent_id: String,
    pub start: usize,
    pub end: usize,
}

/// A gold document.
#[derive(Deserialize)]
pub struct GoldDoc {
    pub doc: String,
    pub text: String,
    pub sentences: Vec<GoldSentence>,
}

pub type GoldDocPub = GoldDoc;
pub type GoldSentencePub = GoldSentence;

pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    read_jsonl(path)
}

pub fn conllu_ids_pub(path: &Path) -> Result<HashSet<String>, EvalError> {
    conllu_ids(path)
}

/// Scores a segmenter on gold documents for the sentences accepted by `keep`.
pub fn score_docs(docs: &[GoldDoc], seg: &mut Segmenter, keep: &dyn Fn(&str) -> bool) -> Prf {
    let mut p = Prf::default();
    for d in docs {
        let pred = our_sentences(seg, &d.text);
        p.add(score(d, &pred, keep));
    }
    p
}

#[derive(Deserialize)]
struct PeerDoc {
    doc: String,
    sentences: Vec<GoldSentence>,
}

/// One gold corpus: its name, documents, and for each split the sentence ids.
struct Corpus {
    name: String,
    docs: Vec<GoldDoc>,
    splits: Vec<(String, HashSet<String>)>,
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, EvalError> {
    let s = crate::read_to_string(path)?;
    s.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError(format!("{}: line {}: {e}", path.display(), i + 1)))
        })
        .collect()
}

fn conllu_ids(path: &Path) -> Result<HashSet<String>, EvalError> {
    Ok(crate::read_to_string(path)?
        .lines()
        .filter_map(|l| l.strip_prefix("# sent_id = "))
        .map(|s| s.trim().to_string())
        .collect())
}

fn load(dir: &Path) -> Result<Vec<Corpus>, EvalError> {
    let mut out = Vec::new();
    let mut gold_files: Vec<PathBuf> = Vec::new();
    let mut dirs: Vec<PathBuf> = crate::list_dir(dir)?.into_iter().filter(|p| p.is_dir()).collect();
    if dirs.is_empty() {
        dirs.push(dir.to_path_buf());
    }
    for d in &dirs {
        let files = crate::list_dir(d)?;
        for f in files {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with("segmentation_gold") && name.ends_with(".jsonl") {
                gold_files.push(f.clone());
                let docs: Vec<GoldDoc> = read_jsonl(&f)?;
                let mut splits = Vec::new();
                let conllus = crate::files_with_ext(d, "conllu")?;
                for c in conllus {
                    let cname = c.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
                    let split = ["train", "dev", "test"]
                        .iter()
                        .find(|s| cname.contains(*s))
                        .map_or(cname.clone(), |s| s.to_string());
                    splits.push((split, conllu_ids(&c)?));
                }
                out.push(Corpus {
                    name: d.file_name().and_then(|n| n.to_str()).unwrap_or("corpus").to_string(),
                    docs,
                    splits,
                });
            }
        }
    }
    if out.is_empty() {
        return Err(EvalError(format!("{}: no segmentation_gold*.jsonl found", dir.display())));
    }
    Ok(out)
}

/// Our sentence spans, in characters. The gold texts are documents of running
/// text without layout, so each document is one paragraph, as spaCy sees it.
pub fn our_sentences(seg: &mut Segmenter, text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in paragraph::split(text) {
        seg.split(text, p, &mut out);
    }
    let mut byte_to_char = vec![0usize; text.len() + 1];
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        byte_to_char[bi] = ci;
    }
    byte_to_char[text.len()] = text.chars().count();
    out.into_iter().map(|(s, _): (Span, _)| (byte_to_char[s.start], byte_to_char[s.end])).collect()
}

/// Scores predicted sentence ends against gold for the sentences accepted by `keep`.
fn score(doc: &GoldDoc, pred: &[(usize, usize)], keep: &dyn Fn(&str) -> bool) -> Prf {
    let doc_end = doc.sentences.iter().map(|s| s.end).max().unwrap_or(0);
    let gold_ends: HashMap<usize, &GoldSentence> = doc.sentences.iter().map(|s| (s.end, s)).collect();
    let mut prf = Prf::default();
    let pred_ends: HashSet<usize> = pred.iter().map(|p| p.1).filter(|&e| e < doc_end).collect();
    for s in &doc.sentences {
        if s.end < doc_end && keep(&s.sent_id) && !pred_ends.contains(&s.end) {
            prf.fn_ += 1;
        }
    }
    for &e in &pred_ends {
        if let Some(g) = gold_ends.get(&e) {
            if keep(&g.sent_id) {
                prf.tp += 1;
            }
        } else {
            // a false boundary: charged to the gold sentence it cuts
            let owner = doc.sentences.iter().find(|s| s.start < e && e < s.end);
            if owner.is_none_or(|s| keep(&s.sent_id)) {
                prf.fp += 1;
            }
        }
    }
    prf
}

/// Sentence spans (character offsets) by document id.
type Predictions = HashMap<String, Vec<(usize, usize)>>;

pub struct Options {
    pub peers: Vec<(String, PathBuf)>,
    /// Print our boundary errors on the splits rules may be tuned on (never a test split).
    pub show: bool,
}

/// Our missed and false boundaries in sentences outside `test` (a test split
/// stays unseen by whoever reads the errors), with some context.
fn show_errors(doc: &GoldDoc, pred: &[(usize, usize)], test: Option<&HashSet<String>>) {
    let chars: Vec<char> = doc.text.chars().collect();
    let doc_end = doc.sentences.iter().map(|s| s.end).max().unwrap_or(0);
    let gold_ends: HashSet<usize> = doc.sentences.iter().map(|s| s.end).collect();
    let pred_ends: HashSet<usize> = pred.iter().map(|p| p.1).filter(|&e| e < doc_end).collect();
    let in_test = |e: usize| {
        let owner = doc.sentences.iter().find(|s| s.start < e && e <= s.end);
        test.is_some_and(|t| owner.is_none_or(|s| t.contains(&s.sent_id)))
    };
    let ctx = |e: usize| {
        let a: String = chars[e.saturating_sub(60)..e].iter().collect();
        let b: String = chars[e..(e + 40).min(chars.len())].iter().collect();
        format!("{}|{}", a, b).replace('\n', " ")
    };
    let mut errs: Vec<(usize, &str)> = gold_ends
        .iter()
        .filter(|&&e| e < doc_end && !pred_ends.contains(&e))
        .map(|&e| (e, "missed"))
        .chain(pred_ends.iter().filter(|e| !gold_ends.contains(e)).map(|&e| (e, "false ")))
        .filter(|&(e, _)| !in_test(e))
        .collect();
    errs.sort();
    for (e, what) in errs {
        println!("  {what} {}: {}", doc.doc, ctx(e));
    }
}

/// One result: the table line and its JSON object.
fn result_row(corpus: &str, split: &str, system: &str, p: &Prf) -> (String, serde_json::Value) {
    let line = format!(
        "{:<20} {:<6} {:<16} {:>6} {:>6} {:>6} {:>8.4} {:>8.4} {:>8.4}",
        corpus,
        split,
        system,
        p.tp,
        p.fp,
        p.fn_,
        p.precision(),
        p.recall(),
        p.f1()
    );
    let json = serde_json::json!({
        "corpus": corpus, "split": split, "system": system,
        "tp": p.tp, "fp": p.fp, "fn": p.fn_,
        "precision": p.precision(), "recall": p.recall(), "f1": p.f1(),
    });
    (line, json)
}

pub fn run(dir: &Path, opts: &Options) -> Result<serde_json::Value, EvalError> {
    let corpora = load(dir)?;
    let mut peer_preds: Vec<(String, Predictions)> = Vec::new();
    for (name, path) in &opts.peers {
        let docs: Vec<PeerDoc> = read_jsonl(path)?;
        peer_preds.push((
            name.clone(),
            docs.into_iter().map(|d| (d.doc, d.sentences.iter().map(|s| (s.start, s.end)).collect())).collect(),
        ));
    }
    let mut seg = Segmenter::new();
    let mut rows = Vec::new();
    let mut json_rows = Vec::new();
    let mut total_bytes = 0usize;
    let mut total_sents = 0usize;
    let mut total_time = std::time::Duration::ZERO;
    // every corpus's test split pooled, per system: text no system was tuned on
    let mut pooled: Vec<(String, Prf)> = Vec::new();
    for c in &corpora {
        let mut ours: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        let t0 = Instant::now();
        for d in &c.docs {
            ours.insert(&d.doc, our_sentences(&mut seg, &d.text));
        }
        let dt = t0.elapsed();
        total_time += dt;
        if opts.show {
            let test = c.splits.iter().find(|(n, _)| n == "test").map(|(_, ids)| ids);
            for d in &c.docs {
                show_errors(d, &ours[d.doc.as_str()], test);
            }
        }
        total_bytes += c.docs.iter().map(|d| d.text.len()).sum::<usize>();
        total_sents += c.docs.iter().map(|d| d.sentences.len()).sum::<usize>();
        let mut splits: Vec<(String, Option<&HashSet<String>>)> =
            c.splits.iter().map(|(n, ids)| (n.clone(), Some(ids))).collect();
        if splits.is_empty() || splits.len() > 1 {
            splits.push(("all".into(), None));
        }
        for (split, ids) in &splits {
            // a split file whose sentences are not in this gold (GSD dev) is skipped
            if ids.is_some_and(|ids| !c.docs.iter().any(|d| d.sentences.iter().any(|s| ids.contains(&s.sent_id)))) {
                continue;
            }
            let keep = |id: &str| ids.is_none_or(|s| s.contains(id));
            let mut systems: Vec<(String, Prf)> = Vec::new();
            let mut mine = Prf::default();
            for d in &c.docs {
                mine.add(score(d, &ours[d.doc.as_str()], &keep));
            }
            systems.push(("recoupe".into(), mine));
            for (pname, preds) in &peer_preds {
                let mut p = Prf::default();
                let mut complete = true;
                for d in &c.docs {
                    match preds.get(&d.doc) {
                        Some(pr) => p.add(score(d, pr, &keep)),
                        None => complete = false,
                    }
                }
                if complete {
                    systems.push((pname.clone(), p));
                }
            }
            for (sys, p) in systems {
                if split == "test" {
                    match pooled.iter_mut().find(|x| x.0 == sys) {
                        Some(x) => x.1.add(p),
                        None => pooled.push((sys.clone(), p)),
                    }
                }
                let (line, json) = result_row(&c.name, split, &sys, &p);
                rows.push(line);
                json_rows.push(json);
            }
        }
    }
    println!("sentence-boundary F1 (boundary = sentence end; document ends excluded)");
    println!(
        "{:<20} {:<6} {:<16} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8}",
        "corpus", "split", "system", "tp", "fp", "fn", "P", "R", "F1"
    );
    for r in &rows {
        println!("{r}");
    }
    for (sys, p) in &pooled {
        let (line, mut json) = result_row("all test splits", "test", sys, p);
        println!("{line}");
        json["corpus"] = "pooled".into();
        json_rows.push(json);
    }
    let mbps = total_bytes as f64 / 1e6 / total_time.as_secs_f64().max(1e-9);
    println!(
        "throughput (segmentation alone, one core): {:.1} MB/s, {:.0} sentences/s",
        mbps,
        per_second(total_sents, total_time)
    );
    Ok(
        serde_json::json!({"task": "segmentation", "results": json_rows, "mb_per_s": mbps, "sentences_per_s": per_second(total_sents, total_time)}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scorer_counts_boundaries_per_split() {
        let doc = GoldDoc {
            doc: "d".into(),
            text: "Aa b. Cc d. Ee f.".into(),
            sentences: vec![
                GoldSentence { sent_id: "s1".into(), start: 0, end: 5 },
                GoldSentence { sent_id: "s2".into(), start: 6, end: 11 },
                GoldSentence { sent_id: "s3".into(), start: 12, end: 17 },
            ],
        };
        // predicted: one right boundary (5), one missed (11), one false inside s3 (14)
        let pred = vec![(0, 5), (6, 14), (15, 17)];
        let all = score(&doc, &pred, &|_| true);
        assert_eq!((all.tp, all.fp, all.fn_), (1, 1, 1));
        let only_s2 = score(&doc, &pred, &|id| id == "s2");
        assert_eq!((only_s2.tp, only_s2.fp, only_s2.fn_), (0, 0, 1));
    }
}
