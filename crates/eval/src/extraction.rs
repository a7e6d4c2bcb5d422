//! Main-text extraction from HTML.
//!
//! - `scrapinghub` (article-extraction-benchmark): the gold article bodies of
//!   181 pages and the outputs of 32 extractors. Scored exactly as the
//!   benchmark's `evaluate.py` does: shingles of four `\w+` tokens, per-page
//!   TP/FP/FN normalised to sum to one, precision and recall averaged over
//!   pages, F1 of the two averages; accuracy is the share of pages whose
//!   tokens are all equal. Every peer is scored by the same code from its
//!   output file, so the table is side by side.
//! - `orangesum-html-fr`: 200 French pages whose parsed title, standfirst, body
//!   and date the OrangeSum authors published (`news-fr/orangesum-parsed`):
//!   the same score on standfirst + body, and the share of exact titles and dates.
//!
//! Throughput counts our reading of the decoded-from-gzip bytes (charset,
//! parse, metadata, extraction), one core.

use crate::{read_to_string, EvalError};
use recoupe_model::{Document, InputFormat, ParagraphKind};
use recoupe_text::pipeline::Pipeline;
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect()
}

fn shingles(s: &str) -> HashMap<Vec<&str>, i64> {
    let t = tokens(s);
    let mut m = HashMap::new();
    if t.is_empty() {
        return m;
    }
    if t.len() < 4 {
        *m.entry(t).or_insert(0) += 1;
        return m;
    }
    for w in t.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// Normalised (tp, fp, fn) of one page, as `string_shingle_matching`.
pub fn page_score(gold: &str, pred: &str) -> (f64, f64, f64) {
    let g = shingles(gold);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0i64, 0i64, 0i64);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc);
        fn_ += (gc - pc).max(0);
    }
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        fp += (pc - gc).max(0);
    }
    let s = (tp + fp + fn_) as f64;
    if s > 0.0 {
        (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// The benchmark's figures over pages: precision, recall, F1, accuracy.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
}

pub fn scores(pages: &[(f64, f64, f64)], exact: &[bool]) -> Scores {
    let prec: Vec<f64> = pages
        .iter()
        .filter(|(tp, fp, _)| tp + fp > 0.0)
        .map(|&(tp, fp, fn_)| if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fp) })
        .collect();
    let rec: Vec<f64> = pages
        .iter()
        .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
        .map(|&(tp, fp, fn_)| if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fn_) })
        .collect();
    let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let (p, r) = (mean(&prec), mean(&rec));
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let accuracy = exact.iter().filter(|&&x| x).count() as f64 / exact.len().max(1) as f64;
    Scores { precision: p, recall: r, f1, accuracy }
}

/// The article text recoupe delivers for a page: the page read by the HTML
/// crate, then the foundation's paragraphs of the given kinds with the
/// boilerplate spans it marked cut out.
fn delivered(pipeline: &mut Pipeline, page: recoupe_html::Page, kinds: &[ParagraphKind]) -> String {
    let mut doc = Document { format: InputFormat::Html, ..Document::default() };
    recoupe_ingest::fill_from_page(&mut doc, page);
    let art = pipeline.analyze(doc);
    let mut out = String::new();
    for p in art.layers.paragraphs.iter().filter(|p| kinds.contains(&p.kind)) {
        let mut para = String::new();
        let mut at = p.span.start;
        for b in art.layers.boilerplate.iter().filter(|b| p.span.contains(b.span)) {
            if b.span.start >= at {
                para.push_str(&art.text[at..b.span.start]);
                at = b.span.end;
            }
        }
        para.push_str(&art.text[at..p.span.end]);
        if !para.trim().is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(para.trim());
        }
    }
    out
}

fn body_of(v: &Value) -> &str {
    v.get("articleBody").and_then(Value::as_str).unwrap_or("")
}

fn gunzip(path: &Path) -> Result<Vec<u8>, EvalError> {
    let f = std::fs::File::open(path).map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(f)
        .read_to_end(&mut out)
        .map_err(|e| EvalError(format!("{}: gzip: {e}", path.display())))?;
    Ok(out)
}

fn load_json(path: &Path) -> Result<Value, EvalError> {
    let s = read_to_string(path)?;
    serde_json::from_str(&s).map_err(|e| EvalError(format!("{}: {e}", path.display())))
}

struct Row {
    name: String,
    version: String,
    s: Scores,
}

/// Scores ours and the peers on the scrapinghub benchmark; returns the JSON summary.
fn scrapinghub(dir: &Path, extra_peers: &[(String, std::path::PathBuf)]) -> Result<Value, EvalError> {
    let gold = load_json(&dir.join("ground-truth.json"))?;
    let gold = gold.as_object().ok_or_else(|| EvalError(format!("{}: not an object", dir.display())))?;
    let mut keys: Vec<&String> = gold.keys().collect();
    keys.sort();
    // ours
    let mut pages = Vec::new();
    let mut exact = Vec::new();
    let mut time = Duration::ZERO;
    let mut bytes = 0usize;
    let mut worst: Vec<(f64, f64, &str)> = Vec::new();
    let mut pipeline = Pipeline::foundation();
    let mut html_time = Duration::ZERO;
    let body = [ParagraphKind::Body, ParagraphKind::Heading, ParagraphKind::PullQuote];
    for k in &keys {
        let path = dir.join("html").join(format!("{k}.html.gz"));
        let html = gunzip(&path)?;
        bytes += html.len();
        let t0 = Instant::now();
        let page = recoupe_html::read_bytes(&html, None);
        html_time += t0.elapsed();
        let title = page.title.clone();
        let pred = delivered(&mut pipeline, page, &body);
        time += t0.elapsed();
        let g = body_of(&gold[k.as_str()]);
        let sc = page_score(g, &pred);
        if let Some(dir) = std::env::var_os("RECOUPE_EVAL_DUMP") {
            let _ = std::fs::write(Path::new(&dir).join(format!("{k}.txt")), &pred);
        }
        worst.push((sc.0 / (sc.0 + sc.1).max(1e-9), sc.0 / (sc.0 + sc.2).max(1e-9), k.as_str()));
        if std::env::var("RECOUPE_EVAL_SHOW").is_ok_and(|v| !v.is_empty() && k.starts_with(&v)) {
            println!("== {k}\n-- title: {title:?}\n-- ours:\n{pred}\n-- gold:\n{g}\n==");
        }
        pages.push(sc);
        exact.push(tokens(g) == tokens(&pred));
    }
    let ours = scores(&pages, &exact);
    let mut rows = vec![Row { name: "recoupe".into(), version: env!("CARGO_PKG_VERSION").into(), s: ours }];
    // peers
    let out_dir = dir.join("output");
    let mut peer_files: Vec<(Option<String>, std::path::PathBuf)> =
        crate::files_with_ext(&out_dir, "json")?.into_iter().map(|p| (None, p)).collect();
    peer_files.extend(extra_peers.iter().map(|(n, p)| (Some(n.clone()), p.clone())));
    for (given, path) in peer_files {
        let v = load_json(&path)?;
        let (out, version) = match (v.get("output"), v.get("version")) {
            (Some(o @ Value::Object(_)), Some(ver)) => (o, ver.as_str().unwrap_or("").to_string()),
            _ => (&v, String::new()),
        };
        let mut pages = Vec::new();
        let mut exact = Vec::new();
        for k in &keys {
            let pred = out.get(k.as_str()).map(body_of).unwrap_or("");
            let g = body_of(&gold[k.as_str()]);
            pages.push(page_score(g, pred));
            exact.push(tokens(g) == tokens(pred));
        }
        let name =
            given.unwrap_or_else(|| path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default());
        rows.push(Row { name, version, s: scores(&pages, &exact) });
    }
    rows.sort_by(|a, b| b.s.f1.total_cmp(&a.s.f1));
    println!("scrapinghub article-extraction-benchmark: {} pages (shingle F1 as evaluate.py)", keys.len());
    println!("{:<22} {:<12} {:>7} {:>10} {:>8} {:>9}", "extractor", "version", "F1", "precision", "recall", "accuracy");
    for r in &rows {
        let mark = if r.name == "recoupe" { "  <- ours" } else { "" };
        println!(
            "{:<22} {:<12} {:>7.3} {:>10.3} {:>8.3} {:>9.3}{mark}",
            r.name, r.version, r.s.f1, r.s.precision, r.s.recall, r.s.accuracy
        );
    }
    let rank = rows.iter().position(|r| r.name == "recoupe").unwrap_or(0) + 1;
    let pps = keys.len() as f64 / time.as_secs_f64().max(1e-9);
    let html_ms = html_time.as_secs_f64() * 1000.0 / keys.len().max(1) as f64;
    println!(
        "ours: rank {rank} of {}; the page read (charset, parse, metadata, extraction) {html_ms:.2} ms a page; \
         with the foundation's boilerplate marks (the text scored) {:.2} ms a page, {pps:.0} pages/s, \
         {:.1} MB/s of HTML; one core",
        rows.len(),
        1000.0 / pps,
        bytes as f64 / 1e6 / time.as_secs_f64().max(1e-9)
    );
    if std::env::var_os("RECOUPE_EVAL_SHOW").is_some() {
        worst.sort_by(|a, b| (a.0 * a.1).total_cmp(&(b.0 * b.1)));
        for (p, r, k) in
            worst.iter().take(std::env::var("RECOUPE_EVAL_LOW").ok().and_then(|v| v.parse().ok()).unwrap_or(40))
        {
            println!("  low: P {p:.3} R {r:.3} {k}");
        }
    }
    let peers: Vec<Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({"name": r.name, "version": r.version, "f1": r.s.f1, "precision": r.s.precision,
                "recall": r.s.recall, "accuracy": r.s.accuracy})
        })
        .collect();
    Ok(serde_json::json!({"pages": keys.len(), "f1": ours.f1, "precision": ours.precision, "recall": ours.recall,
        "accuracy": ours.accuracy, "rank": rank, "pages_per_s": pps, "page_read_ms": html_ms, "table": peers}))
}

/// The French pages against OrangeSum's parsed fields.
fn orangesum(html_dir: &Path, parsed_dir: &Path) -> Result<Value, EvalError> {
    let files = crate::files_with_ext(html_dir, "html")?;
    let mut pages = Vec::new();
    let mut exact = Vec::new();
    let (mut titles, mut dates, mut dated, mut n) = (0, 0, 0, 0);
    let mut time = Duration::ZERO;
    let mut pipeline = Pipeline::foundation();
    for path in &files {
        let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let parsed_path = parsed_dir.join(format!("{stem}.json"));
        if !parsed_path.exists() {
            continue;
        }
        let parsed = load_json(&parsed_path)?;
        let bytes = std::fs::read(path).map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
        let t0 = Instant::now();
        let page = recoupe_html::read_bytes(&bytes, None);
        let (title, published) = (page.title.clone(), page.meta.published.clone());
        use ParagraphKind as K;
        let pred = delivered(&mut pipeline, page, &[K::Standfirst, K::Body, K::Heading, K::PullQuote]);
        time += t0.elapsed();
        n += 1;
        let field = |k: &str| parsed.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let gold = format!("{}\n\n{}", field("heading"), field("article"));
        pages.push(page_score(&gold, &pred));
        exact.push(tokens(&gold) == tokens(&pred));
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.as_deref().map(norm) == Some(norm(&field("title"))) {
            titles += 1;
        }
        if let Some(d) = &published {
            dated += 1;
            if d.starts_with(&field("date")) {
                dates += 1;
            }
        }
    }
    let s = scores(&pages, &exact);
    println!(
        "orangesum-html-fr: {n} French pages against OrangeSum's parsed standfirst + body: F1 {:.3} (P {:.3} R {:.3}), \
         exact title {titles}/{n}, date found {dated}/{n}, right {dates}/{n}; {:.0} pages/s",
        s.f1,
        s.precision,
        s.recall,
        n as f64 / time.as_secs_f64().max(1e-9)
    );
    Ok(serde_json::json!({"pages": n, "f1": s.f1, "precision": s.precision, "recall": s.recall,
        "titles": titles, "dates_found": dated, "dates_right": dates}))
}

/// Reader and extraction throughput on an archive built in memory from the
/// benchmark's pages: each page a `response` record in its own gzip member (as
/// Common Crawl writes them), the set repeated to about 64 MB compressed.
fn warc_bench(pages: &[Vec<u8>]) -> Result<Value, EvalError> {
    use std::io::Write;
    let mut one = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        let mut rec = Vec::new();
        let http = recoupe_ingest::warc::http_response(200, "text/html; charset=utf-8", "", p);
        recoupe_ingest::warc::write_record(
            &mut rec,
            "response",
            &format!("https://bench.example/{i}"),
            "application/http; msgtype=response",
            &http,
        );
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&rec).and_then(|_| e.flush()).map_err(|e| EvalError(format!("gzip: {e}")))?;
        one.extend(e.finish().map_err(|e| EvalError(format!("gzip: {e}")))?);
    }
    let copies = (64_000_000 / one.len().max(1)).max(1);
    let archive: Vec<u8> = one.iter().copied().cycle().take(one.len() * copies).collect();
    let open = |data: &[u8]| -> recoupe_ingest::warc::WarcRecords {
        // as `recoupe` opens a file
        let r = recoupe_ingest::gzip::GzipReader::new(std::io::Cursor::new(data.to_vec()));
        recoupe_ingest::warc::WarcRecords::new("bench.warc.gz", Box::new(r))
    };
    // gzip decompression alone, the floor under the reader (zlib-rs streaming, the
    // decoder the reader falls back to, for comparison)
    let inflate = |r: &mut dyn std::io::Read| std::io::copy(r, &mut std::io::sink());
    let t0 = Instant::now();
    let inflated = inflate(&mut recoupe_ingest::gzip::GzipReader::new(std::io::Cursor::new(&archive[..])))
        .map_err(|e| EvalError(format!("gzip: {e}")))?;
    let inflate_s = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    inflate(&mut flate2::bufread::MultiGzDecoder::new(std::io::Cursor::new(&archive[..])))
        .map_err(|e| EvalError(format!("gzip: {e}")))?;
    let zlib_mbps = archive.len() as f64 / 1e6 / t0.elapsed().as_secs_f64().max(1e-9);
    // the reader alone: decompression, records, HTTP
    let mut w = open(&archive);
    let t0 = Instant::now();
    let mut n = 0usize;
    let mut body_bytes = 0usize;
    while let Some(p) = w.next_page() {
        let p = p.map_err(|e| EvalError(e.to_string()))?;
        body_bytes += p.body.len();
        n += 1;
    }
    let reader_s = t0.elapsed().as_secs_f64();
    // the reader and the extraction, on one copy of the pages
    let mut w = open(&one);
    let t0 = Instant::now();
    let mut m = 0usize;
    while let Some(d) = w.next_item() {
        d.map_err(|e| EvalError(e.to_string()))?;
        m += 1;
    }
    let extract_s = t0.elapsed().as_secs_f64();
    let mbps = archive.len() as f64 / 1e6 / reader_s.max(1e-9);
    let pps = m as f64 / extract_s.max(1e-9);
    let inflate_mbps = archive.len() as f64 / 1e6 / inflate_s.max(1e-9);
    println!(
        "WARC: reader alone {mbps:.0} MB/s of gzip input ({:.0} MB/s of records, {n} pages in {:.1} MB; \
         gzip decompression alone {inflate_mbps:.0} MB/s of input, {:.0} MB/s out; zlib-rs streaming {zlib_mbps:.0} MB/s); \
         reader + extraction {pps:.0} pages/s ({:.2} ms a page), one core",
        body_bytes as f64 / 1e6 / reader_s.max(1e-9),
        archive.len() as f64 / 1e6,
        inflated as f64 / 1e6 / inflate_s.max(1e-9),
        1000.0 / pps.max(1e-9)
    );
    Ok(
        serde_json::json!({"compressed_mb_per_s": mbps, "inflate_mb_per_s": inflate_mbps, "zlib_rs_mb_per_s": zlib_mbps, "pages": n, "extraction_pages_per_s": pps}),
    )
}

/// Runs the extraction tasks found under `data` (the `extraction` folder, or
/// `../shared/data` holding it).
/// `peers`: more outputs in the benchmark's format (`{"version", "output": {id: {articleBody}}}`),
/// e.g. from `eval/peers/rust_extractors`.
pub fn run(data: &Path, peers: &[(String, std::path::PathBuf)]) -> Result<Value, EvalError> {
    let base = if data.join("extraction").is_dir() { data.join("extraction") } else { data.to_path_buf() };
    let mut summary = serde_json::Map::new();
    summary.insert("task".into(), "extraction".into());
    let sh = base.join("scrapinghub");
    if sh.join("ground-truth.json").exists() {
        summary.insert("scrapinghub".into(), scrapinghub(&sh, peers)?);
    }
    let os = base.join("orangesum-html-fr");
    let parsed = base.parent().map(|p| p.join("news-fr/orangesum-parsed"));
    if let Some(parsed) = parsed.filter(|p| p.is_dir() && os.is_dir()) {
        summary.insert("orangesum_html_fr".into(), orangesum(&os, &parsed)?);
    }
    // the pages of both sets, for the archive benchmark
    let mut pages = Vec::new();
    if sh.join("html").is_dir() {
        for p in crate::files_with_ext(&sh.join("html"), "gz")? {
            pages.push(gunzip(&p)?);
        }
    }
    if os.is_dir() {
        for p in crate::files_with_ext(&os, "html")? {
            pages.push(std::fs::read(&p).map_err(|e| EvalError(format!("{}: {e}", p.display())))?);
        }
    }
    if !pages.is_empty() {
        summary.insert("warc".into(), warc_bench(&pages)?);
    }
    if summary.len() == 1 {
        return Err(EvalError(format!(
            "{}: no scrapinghub/ground-truth.json or orangesum-html-fr found",
            base.display()
        )));
    }
    Ok(Value::Object(summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_scores_match_the_benchmark_definition() {
        // identical texts: all shingles true positives
        assert_eq!(page_score("a b c d e", "a b c d e"), (1.0, 0.0, 0.0));
        // one extra shingle predicted, none missed: 2 tp, 1 fp
        let (tp, fp, fn_) = page_score("a b c d e", "a b c d e f");
        assert!((tp - 2.0 / 3.0).abs() < 1e-9 && (fp - 1.0 / 3.0).abs() < 1e-9 && fn_ == 0.0);
        // short texts are one shingle
        assert_eq!(page_score("a b", "a b"), (1.0, 0.0, 0.0));
        let s = scores(&[(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)], &[true, false]);
        assert!((s.precision - 0.75).abs() < 1e-9 && (s.recall - 1.0).abs() < 1e-9 && s.accuracy == 0.5);
    }
}
