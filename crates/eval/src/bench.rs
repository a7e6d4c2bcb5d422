//! Throughput of the per-article pipeline (ingest of JSON records, paragraphs,
//! boilerplate, sentences, tokens, language, residue, then the later layers:
//! temporal expressions, figures) on French news: the
//! OrangeSum parsed articles (`data/news-fr/orangesum-parsed/*.json`). Files
//! are read into memory first so that disk speed is not measured; parsing the
//! JSON is.

use crate::EvalError;
use recoupe_model::{Document, InputFormat};
use recoupe_text::Pipeline;
use serde::Deserialize;
use std::borrow::Cow;
use std::path::Path;
use std::time::{Duration, Instant};

/// One OrangeSum article; the long fields borrow from the file's bytes when
/// they hold no escape, so the text is copied once, into the document.
#[derive(Deserialize, Default)]
#[serde(default)]
struct OrangeSum<'a> {
    title: String,
    #[serde(borrow)]
    heading: Cow<'a, str>,
    #[serde(borrow)]
    article: Cow<'a, str>,
    date: Option<String>,
}

/// Peak resident memory of this process, in MiB (Linux), for the flat-memory check.
pub fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// One OrangeSum file as the document the pipeline reads (the JSON parse is
/// part of what the bench times).
pub(crate) fn document(bytes: &[u8], path: &Path) -> Result<Document, EvalError> {
    // as the JSON Lines reader does: the bytes checked as UTF-8 once, then parsed
    let s = recoupe_ingest::decode::utf8(bytes).map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
    let rec: OrangeSum = serde_json::from_str(s).map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
    let mut text = String::with_capacity(rec.heading.len() + 2 + rec.article.len());
    if !rec.heading.is_empty() {
        text.push_str(&rec.heading);
        text.push_str("\n\n");
    }
    text.push_str(&rec.article);
    Ok(Document {
        text,
        title: Some(rec.title),
        published: rec.date,
        format: InputFormat::Record,
        ..Document::default()
    })
}

pub fn run(dir: &Path, passes: usize, foundation_only: bool) -> Result<serde_json::Value, EvalError> {
    let files = crate::files_with_ext(dir, "json")?;
    if files.is_empty() {
        return Err(EvalError(format!("{}: no .json articles", dir.display())));
    }
    let raw: Vec<Vec<u8>> = files
        .iter()
        .map(|p| std::fs::read(p).map_err(|e| EvalError(format!("{}: {e}", p.display()))))
        .collect::<Result<_, _>>()?;
    let input_bytes: usize = raw.iter().map(Vec::len).sum();
    // the foundation alone first (ingest, cleaning, language, sentences, tokens),
    // as its bar names it; then the whole pipeline
    let mut foundation = Pipeline::foundation();
    let mut foundation_time = Duration::ZERO;
    let mut foundation_bytes = 0usize;
    for pass in 0..passes.max(1) {
        let t0 = Instant::now();
        for (i, bytes) in raw.iter().enumerate() {
            let doc = document(bytes, &files[i])?;
            let a = foundation.analyze(doc);
            if pass == 0 {
                foundation_bytes += a.text.len();
            }
        }
        foundation_time += t0.elapsed();
    }
    let foundation_alone_mbps =
        foundation_bytes as f64 / 1e6 / (foundation_time.as_secs_f64() / passes.max(1) as f64).max(1e-9);
    if foundation_only {
        // the foundation's own breakdown (JSON parsing is the rest of its time)
        let staged: f64 = foundation.stage_time.iter().map(|d| d.as_secs_f64()).sum();
        let total = foundation_time.as_secs_f64();
        println!(
            "foundation alone on {} articles ({:.1} MB of article text, {} passes, one core): {foundation_alone_mbps:.1} MB/s",
            raw.len(),
            foundation_bytes as f64 / 1e6,
            passes.max(1)
        );
        println!("    {:<22} {:>5.1}%", "JSON parse + rest", 100.0 * (total - staged) / total.max(1e-9));
        for (name, d) in recoupe_text::pipeline::STAGES.iter().zip(foundation.stage_time.iter()).take(7) {
            println!("    {name:<22} {:>5.1}%", 100.0 * d.as_secs_f64() / total.max(1e-9));
        }
        return Ok(serde_json::json!({
            "task": "bench-foundation", "articles": raw.len(), "text_mb": foundation_bytes as f64 / 1e6,
            "foundation_mb_per_s": foundation_alone_mbps, "passes": passes.max(1),
        }));
    }
    let mut pipeline = Pipeline::new();
    let mut text_bytes = 0usize;
    let mut sentences = 0usize;
    let mut tokens = 0usize;
    let mut words = 0usize;
    let mut time = Duration::ZERO;
    let mut entity_time = Duration::ZERO;
    let mut quote_time = Duration::ZERO;
    let mut rss_after_first = None;
    // the weights are parsed once, on first use: not an article's cost
    let _ = (recoupe_entities::models::tagger("fr"), recoupe_entities::models::tagger("en"));
    for pass in 0..passes.max(1) {
        let t0 = Instant::now();
        for (i, bytes) in raw.iter().enumerate() {
            let doc = document(bytes, &files[i])?;
            let mut a = pipeline.analyze(doc);
            let te = Instant::now();
            recoupe_entities::annotate(&mut a);
            entity_time += te.elapsed();
            let tq = Instant::now();
            recoupe_quotes::annotate(&mut a);
            quote_time += tq.elapsed();
            if pass == 0 {
                text_bytes += a.text.len();
                sentences += a.layers.sentences.len();
                tokens += a.layers.tokens.len();
                words += a
                    .layers
                    .tokens
                    .iter()
                    .filter(|t| matches!(t.kind, recoupe_model::TokenKind::Word | recoupe_model::TokenKind::Number))
                    .count();
            }
        }
        time += t0.elapsed();
        if pass == 0 {
            rss_after_first = peak_rss_mib();
        }
    }
    let passes = passes.max(1);
    let secs = time.as_secs_f64() / passes as f64;
    let mbps_text = text_bytes as f64 / 1e6 / secs;
    let mbps_input = input_bytes as f64 / 1e6 / secs;
    let rss_end = peak_rss_mib();
    println!(
        "pipeline throughput on {} articles ({:.1} MB of article text, {} passes, one core)",
        raw.len(),
        text_bytes as f64 / 1e6,
        passes
    );
    println!("  {:.1} MB/s of article text ({:.1} MB/s of JSON input)", mbps_text, mbps_input);
    println!(
        "  {:.0} articles/s, {:.0} sentences/s, {:.0} tokens/s",
        raw.len() as f64 / secs,
        sentences as f64 / secs,
        tokens as f64 / secs
    );
    let staged: f64 = pipeline.stage_time.iter().map(|d| d.as_secs_f64()).sum();
    println!("  time by stage (share of analysis time; JSON parsing excluded):");
    let mut stages = serde_json::Map::new();
    for (name, d) in recoupe_text::pipeline::STAGES.iter().zip(pipeline.stage_time.iter()) {
        let share = d.as_secs_f64() / staged.max(1e-9);
        let mbps = text_bytes as f64 * passes as f64 / 1e6 / d.as_secs_f64().max(1e-9);
        println!("    {name:<22} {:>5.1}%  ({:.0} MB/s alone)", share * 100.0, mbps);
        stages.insert(name.to_string(), serde_json::json!({"share": share, "mb_per_s_alone": mbps}));
    }
    // the foundation (ingest, cleaning, language, sentences, tokens) without the
    // later layers, whose stages are named here
    let later = ["times", "quantities"];
    let later_secs: f64 = recoupe_text::pipeline::STAGES
        .iter()
        .zip(pipeline.stage_time.iter())
        .filter(|(n, _)| later.contains(n))
        .map(|(_, d)| d.as_secs_f64())
        .sum::<f64>()
        / passes as f64;
    let entity_secs = (entity_time + quote_time).as_secs_f64() / passes as f64;
    let foundation_mbps = text_bytes as f64 / 1e6 / (secs - later_secs - entity_secs).max(1e-9);
    let later_words_per_s = words as f64 / later_secs.max(1e-9);
    println!(
        "  foundation (JSON ingest, paragraphs, sentences, boilerplate, layout, tokens, languages, residue, metadata): \
         {foundation_alone_mbps:.1} MB/s of article text run alone ({foundation_mbps:.1} MB/s inside the whole pipeline)"
    );
    println!("  time and figure passes: {later_words_per_s:.0} words/s ({words} words an article pass)");
    let entity_tokens_per_s = tokens as f64 * passes as f64 / entity_time.as_secs_f64().max(1e-9);
    println!(
        "  entities (tagging, names, roles, ids): {entity_tokens_per_s:.0} tokens/s ({:.1}% of the whole)",
        100.0 * entity_time.as_secs_f64() / time.as_secs_f64().max(1e-9)
    );
    let quote_sentences_per_s = sentences as f64 * passes as f64 / quote_time.as_secs_f64().max(1e-9);
    println!(
        "  quotes: {quote_sentences_per_s:.0} sentences/s ({:.1}% of the whole)",
        100.0 * quote_time.as_secs_f64() / time.as_secs_f64().max(1e-9)
    );
    if let (Some(a), Some(b)) = (rss_after_first, rss_end) {
        println!(
            "  peak memory: {a:.1} MiB after pass 1, {b:.1} MiB after pass {passes} (input held in memory: {:.1} MiB)",
            input_bytes as f64 / 1048576.0
        );
    }
    Ok(serde_json::json!({
        "task": "bench", "articles": raw.len(), "text_mb": text_bytes as f64 / 1e6,
        "mb_per_s": mbps_text, "input_mb_per_s": mbps_input, "foundation_mb_per_s": foundation_alone_mbps,
        "foundation_in_pipeline_mb_per_s": foundation_mbps,
        "time_and_figures_words_per_s": later_words_per_s, "entities_tokens_per_s": entity_tokens_per_s, "quotes_sentences_per_s": quote_sentences_per_s,
        "sentences_per_s": sentences as f64 / secs, "tokens_per_s": tokens as f64 / secs,
        "stages": stages, "peak_rss_mib_first_pass": rss_after_first, "peak_rss_mib_end": rss_end, "passes": passes,
    }))
}
