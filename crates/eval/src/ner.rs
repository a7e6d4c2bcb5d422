//! Named-entity recognition: readers for the data sets' formats, the span-level
//! scorer (exact match, per type, as conlleval), and the suite over
//! `../shared/data/ner`.
//!
//! Formats read as they are: CoNLL-U-like columns (`index word tag`,
//! WikiNEuRal), CoNLL columns (`word … tag`, CoNLL-2003, Europeana), HIPE TSV
//! (a `TOKEN NE-COARSE-LIT …` header, sentences cut at `PySBDSegment`,
//! documents at `# document_id`). IO tagging (Europeana) is turned into BIO.
//!
//! Held-out rule: the files used in training lend only four sentences in five to
//! it; sentence `i` with `i % 5 == 4` is test. Sets that training never reads
//! (HIPE dev) are scored whole.

use crate::{per_second, EvalError, Prf};
use recoupe_entities::labels::{self, io_to_bio, spans, KINDS};
use recoupe_entities::tagger::Example;
use recoupe_entities::Tagger;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Whether sentence `i` of a training file is held out for testing.
pub fn held_out(i: usize) -> bool {
    i % 5 == 4
}

/// Longest sentence kept whole; Europeana has no sentence breaks.
const MAX_SENTENCE: usize = 120;

/// Reads a NER file of any supported format.
pub fn read(path: &Path) -> Result<Vec<Example>, EvalError> {
    let s = crate::read_to_string(path)?;
    parse(&s).map_err(|(line, m)| EvalError(format!("{}:{line}: {m}", path.display())))
}

/// Parses NER text; errors carry the 1-based line.
pub fn parse(s: &str) -> Result<Vec<Example>, (usize, String)> {
    let hipe = s.starts_with("TOKEN\t");
    let mut out = Vec::new();
    let mut cur = Example::default();
    let mut any_b = false;
    let flush = |cur: &mut Example, out: &mut Vec<Example>| {
        if !cur.words.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for (n, line) in s.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if hipe && n == 0 {
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut cur, &mut out);
            continue;
        }
        if line.starts_with('#') && (hipe || line.starts_with("# ")) {
            if line.starts_with("# document_id") || line.starts_with("# sent_id") {
                flush(&mut cur, &mut out);
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut cur, &mut out);
            continue;
        }
        let cols: Vec<&str> = if line.contains('\t') { line.split('\t').collect() } else { line.split(' ').collect() };
        let (word, tag, end) = if hipe {
            if cols.len() < 2 {
                return Err((n + 1, "a HIPE row needs TOKEN and NE-COARSE-LIT".into()));
            }
            // HIPE puts a person's title and function inside the name ("M. le
            // syndic Dupont"); modern news NER (and recoupe) keeps them as a role
            let role = cols.get(5).is_some_and(|c| c.contains("comp.title") || c.contains("comp.function"));
            let tag = if role && cols[1].ends_with("pers") { "O" } else { cols[1] };
            (cols[0], tag, cols.get(9).is_some_and(|m| m.contains("PySBDSegment")))
        } else if cols.len() >= 3 && cols[0].bytes().all(|b| b.is_ascii_digit()) {
            (cols[1], cols[cols.len() - 1], false)
        } else if cols.len() >= 2 {
            (cols[0], cols[cols.len() - 1], false)
        } else {
            return Err((n + 1, format!("expected a word and a tag, found {line:?}")));
        };
        let label = match labels::parse(tag) {
            Some(l) => l,
            None if tag.contains('-') => 0,
            None => return Err((n + 1, format!("unknown tag {tag:?}"))),
        };
        any_b |= label != 0 && !labels::is_inside(label);
        cur.words.push(word.to_string());
        cur.labels.push(label);
        if end || cur.words.len() >= MAX_SENTENCE && matches!(word, "." | "!" | "?" | ";") {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    if hipe {
        for e in &mut out {
            tidy(e);
        }
    }
    if !any_b {
        for e in &mut out {
            io_to_bio(&mut e.labels);
        }
    }
    Ok(out)
}

/// Trims punctuation off the edges of spans (left there once titles and
/// functions are taken out of HIPE's person spans) and restores BIO.
fn tidy(e: &mut Example) {
    let punct = |w: &str| !w.chars().any(char::is_alphanumeric);
    for (i, j, _) in spans(&e.labels) {
        let (mut a, mut b) = (i, j);
        while a < b && punct(&e.words[a]) {
            e.labels[a] = 0;
            a += 1;
        }
        while b > a && punct(&e.words[b - 1]) {
            e.labels[b - 1] = 0;
            b -= 1;
        }
    }
    io_to_bio(&mut e.labels);
}

/// Span counts per kind (PER, ORG, LOC, MISC).
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub kinds: [Prf; 4],
}

impl Scores {
    pub fn add(&mut self, gold: &[u8], guess: &[u8]) {
        let g = spans(gold);
        let p = spans(guess);
        for s in &p {
            if g.contains(s) {
                self.kinds[s.2].tp += 1;
            } else {
                self.kinds[s.2].fp += 1;
            }
        }
        for s in &g {
            if !p.contains(s) {
                self.kinds[s.2].fn_ += 1;
            }
        }
    }
    pub fn all(&self) -> Prf {
        let mut a = Prf::default();
        for k in self.kinds {
            a.add(k);
        }
        a
    }
}

/// One scored set.
pub struct SetResult {
    pub name: String,
    pub sentences: usize,
    pub tokens: usize,
    pub ours: Scores,
    pub tokens_per_s: f64,
    pub peers: Vec<(String, Scores, usize)>,
}

/// Tags `ex` with `tagger`; returns the scores and tokens per second of tagging alone.
pub fn score(tagger: &Tagger, ex: &[Example]) -> (Scores, f64) {
    let words: Vec<Vec<&str>> = ex.iter().map(|e| e.words.iter().map(String::as_str).collect()).collect();
    let tokens: usize = words.iter().map(Vec::len).sum();
    let t0 = Instant::now();
    let guesses: Vec<Vec<u8>> = words.iter().map(|w| tagger.tag(w)).collect();
    let speed = per_second(tokens, t0.elapsed());
    let mut s = Scores::default();
    for (e, g) in ex.iter().zip(&guesses) {
        s.add(&e.labels, g);
    }
    (s, speed)
}

/// A peer's output: one JSON line per sentence, `{"tags": ["B-PER", …]}`, in the
/// order of the sentences written by `--sentences-out`.
fn read_peer(path: &Path, ex: &[Example]) -> Result<(Scores, usize), EvalError> {
    let s = crate::read_to_string(path)?;
    let mut scores = Scores::default();
    let mut n = 0;
    for (i, line) in s.lines().enumerate() {
        let Some(e) = ex.get(i) else {
            return Err(EvalError(format!("{}:{}: more lines than sentences", path.display(), i + 1)));
        };
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|err| EvalError(format!("{}:{}: {err}", path.display(), i + 1)))?;
        let tags: Vec<u8> = v["tags"]
            .as_array()
            .map(|a| a.iter().map(|t| t.as_str().and_then(labels::parse).unwrap_or(0)).collect())
            .unwrap_or_default();
        if tags.len() != e.labels.len() {
            return Err(EvalError(format!(
                "{}:{}: {} tags for {} words",
                path.display(),
                i + 1,
                tags.len(),
                e.labels.len()
            )));
        }
        scores.add(&e.labels, &tags);
        n += 1;
    }
    if n != ex.len() {
        return Err(EvalError(format!("{}: {n} lines for {} sentences", path.display(), ex.len())));
    }
    Ok((scores, n))
}

/// Writes the sentences of a set, one JSON line `{"words": [...]}` each, for a peer.
fn write_sentences(path: &Path, ex: &[Example]) -> Result<(), EvalError> {
    let mut out = String::new();
    for e in ex {
        out.push_str(&serde_json::json!({ "words": e.words }).to_string());
        out.push('\n');
    }
    std::fs::write(path, out).map_err(|e| EvalError(format!("{}: {e}", path.display())))
}

/// The standard test sets under the `ner` data folder: (name, file, language,
/// held-out fifth only).
pub const SUITE: [(&str, &str, &str, bool); 5] = [
    ("wikineural-fr", "wikineural/fr_val.conllu", "fr", true),
    ("hipe2020-fr-dev", "hipe2020-fr/HIPE-data-v1.4-dev-fr.tsv", "fr", false),
    ("europeana-fr", "europeana-fr/enp_FR.bnf.bio", "fr", true),
    ("wikineural-en", "wikineural/en_val.conllu", "en", true),
    ("conll2003-en", "conll2003-en/val.conllu", "en", true),
];

pub struct Options {
    /// NAME=PATH: a file (one set) or a folder of `<set>.jsonl` (the suite).
    pub peers: Vec<(String, PathBuf)>,
    pub sentences_out: Option<PathBuf>,
    pub lang: Option<String>,
    pub held_out: bool,
}

/// `recoupe eval ner PATH`: a file, or the `ner` folder for the whole suite.
pub fn run(
    path: &Path,
    opts: &Options,
    tagger_for: &dyn Fn(&str) -> &'static Tagger,
) -> Result<serde_json::Value, EvalError> {
    let mut sets = Vec::new();
    if path.is_dir() {
        for (name, file, lang, held) in SUITE {
            let p = path.join(file);
            if p.exists() {
                sets.push((name.to_string(), p, lang.to_string(), held));
            }
        }
        if sets.is_empty() {
            return Err(EvalError(format!("{}: none of the NER test files is there", path.display())));
        }
    } else {
        let lang = opts.lang.clone().unwrap_or_else(|| guess_lang(path));
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        sets.push((name, path.to_path_buf(), lang, opts.held_out));
    }
    let mut results = Vec::new();

    for (name, p, lang, held) in sets {
        let all = read(&p)?;
        let ex: Vec<Example> =
            all.into_iter().enumerate().filter(|(i, _)| !held || held_out(*i)).map(|(_, e)| e).collect();
        if let Some(dir) = &opts.sentences_out {
            let f = if path.is_dir() { dir.join(format!("{name}.jsonl")) } else { dir.clone() };
            write_sentences(&f, &ex)?;
        }
        let tagger = tagger_for(&lang);
        let (ours, speed) = score(tagger, &ex);
        let mut peers = Vec::new();
        for (pn, pp) in &opts.peers {
            let f = if path.is_dir() { pp.join(format!("{name}.jsonl")) } else { pp.clone() };
            if path.is_dir() && !f.exists() {
                continue;
            }
            let (s, n) = read_peer(&f, &ex)?;
            peers.push((pn.clone(), s, n));
        }
        let tokens = ex.iter().map(|e| e.words.len()).sum();
        results.push(SetResult { name, sentences: ex.len(), tokens, ours, tokens_per_s: speed, peers });
    }
    Ok(report(&results))
}

fn guess_lang(p: &Path) -> String {
    let s = p.to_string_lossy().to_lowercase();
    if s.contains("en_") || s.contains("-en") || s.contains("conll2003") || s.contains("/en") {
        "en".into()
    } else {
        "fr".into()
    }
}

fn report(results: &[SetResult]) -> serde_json::Value {
    let mut out = String::new();
    let mut json = Vec::new();
    for r in results {
        let _ = writeln!(
            out,
            "\n{} — {} sentences, {} tokens; tagging {:.0} tokens/s",
            r.name, r.sentences, r.tokens, r.tokens_per_s
        );
        let _ = writeln!(out, "  {:<12} {:>7} {:>7} {:>7}   PER    ORG    LOC    MISC (F1)", "system", "P", "R", "F1");
        let mut line = |who: &str, s: &Scores| {
            let a = s.all();
            let _ = write!(out, "  {:<12} {:>7.3} {:>7.3} {:>7.3}  ", who, a.precision(), a.recall(), a.f1());
            for k in s.kinds {
                let _ = write!(out, " {:>6.3}", k.f1());
            }
            out.push('\n');
        };
        line("recoupe", &r.ours);
        for (pn, s, _) in &r.peers {
            line(pn, s);
        }
        let kinds: serde_json::Map<String, serde_json::Value> =
            KINDS.iter().zip(r.ours.kinds).map(|(k, p)| (k.as_str().to_string(), f1(p))).collect();
        let peers: serde_json::Map<String, serde_json::Value> =
            r.peers.iter().map(|(n, s, _)| (n.clone(), f1(s.all()))).collect();
        json.push(serde_json::json!({
            "set": r.name, "sentences": r.sentences, "tokens": r.tokens,
            "p": round(r.ours.all().precision()), "r": round(r.ours.all().recall()), "f1": round(r.ours.all().f1()),
            "per_kind_f1": kinds, "peers_f1": peers, "tokens_per_s": r.tokens_per_s.round(),
        }));
    }
    print!("{out}");
    serde_json::json!({ "task": "ner", "sets": json })
}

fn f1(p: Prf) -> serde_json::Value {
    serde_json::json!(round(p.f1()))
}

fn round(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_layouts() {
        let conllu = "0\tLe\tO\n1\tprésident\tO\n2\tAlma\tB-PER\n3\tVerde\tI-PER\n\n0\tParis\tB-LOC\n";
        let e = parse(conllu).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].words[2], "Alma");
        assert_eq!(e[0].labels, vec![0, 0, 1, 2]);
        let io = "Jean I-PER\nValmont I-PER\nà O\nLyon I-LOC\n";
        let e = parse(io).unwrap();
        assert_eq!(e[0].labels, vec![1, 2, 0, 5]);
        let hipe = "TOKEN\tNE-COARSE-LIT\tA\tB\tC\tD\tE\tF\tG\tMISC\n# document_id = x\nà\tO\t_\t_\t_\t_\t_\t_\t_\t_\nGenève\tB-loc\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter\n.\tO\t_\t_\t_\t_\t_\t_\t_\tPySBDSegment\nHier\tB-time\t_\t_\t_\t_\t_\t_\t_\t_\n";
        let e = parse(hipe).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].labels, vec![0, 5, 0]);
        assert_eq!(e[1].labels, vec![0]);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let err = parse("0\tLe\tO\nseul\n").unwrap_err();
        assert_eq!(err.0, 2);
        let err = parse("0\tLe\tPERSON\n").unwrap_err();
        assert_eq!(err.0, 1);
    }

    #[test]
    fn scores_exact_spans_per_kind() {
        let mut s = Scores::default();
        // gold: PER [0,2), LOC [3,4); guess: PER [0,1) (wrong), LOC [3,4) (right)
        s.add(&[1, 2, 0, 5], &[1, 0, 0, 5]);
        assert_eq!((s.kinds[0].tp, s.kinds[0].fp, s.kinds[0].fn_), (0, 1, 1));
        assert_eq!(s.kinds[2].tp, 1);
        assert!((s.all().f1() - 0.5).abs() < 1e-9);
    }
}
