//! recoupe: a thin binary over the workspace crates. Parses arguments, opens
//! files, and hands documents to the pure analysis.

mod demo;
mod progress;

use recoupe_ingest::{Documents, InputError};
use recoupe_model::{Article, Document};
use recoupe_report::json::JsonOptions;
use recoupe_report::Row;
use recoupe_text::Pipeline;
use std::io::{BufWriter, Seek, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
recoupe: cross-check a story across sources

usage:
  recoupe analyze [PATH...] [--html FILE | --no-html]
      Terminal summary and one self-contained HTML report (default
      recoupe-report.html). With no PATH, runs on the built-in demo corpus.
  recoupe annotate [PATH...|-] [--no-tokens] [-o FILE] [--entities FILE]
      One JSON object per article on stdout (JSON Lines) with every layer;
      schema: schema/article.v1.schema.json. With no PATH, reads stdin.
      --entities writes the corpus table of canonical entities (JSON Lines).
  recoupe eval segmentation DATA [--peer NAME=PREDICTIONS.jsonl]... [--show]
  recoupe eval langid DATA [--all-languages]
  recoupe eval extraction DATA [--peer NAME=OUTPUT.json]...   (DATA: ../shared/data)
      HTML main-text F1 beside the 32 extractors of the scrapinghub benchmark
  recoupe eval numbers DATA   (DATA: the time-numbers folder)
  recoupe eval time DATA [--peer NAME=READINGS.jsonl] [--show]   (DATA: the time-numbers folder; --show: every miss)
  recoupe eval bench DATA [--passes N] [--foundation-only]
  recoupe eval ner DATA [--peer NAME=DIR] [--sentences-out DIR]
      DATA: the ner folder (the suite) or one CoNLL/CoNLL-U/HIPE file
      [--lang fr|en] [--held-out].
  recoupe eval quotes DATA [--show]   (DATA: ../shared/data) quote F1, speaker accuracy
  recoupe eval seeds-entities SEEDS [--peer NAME=SPANS.jsonl]
      person mentions of the seeds against eval/gold/seeds-persons.tsv
  recoupe eval train-gaps DATA [--out data/models/sentence-gaps.tsv]
  recoupe eval train-ner DATA [--out data/models] [--lang fr|en] [--clusters TSV]
      Scores and throughput on third-party data (see README); last line is JSON.
  recoupe demo DIR
      Writes the built-in demo corpus to DIR.

PATH: a file (.txt, .jsonl, .html, ...), a directory (read recursively), or -
for standard input. Inputs that cannot be read are reported on stderr, named
with their line or byte, and skipped; the exit status is then 1.
";

/// Restores the default action of SIGPIPE, which Rust ignores: when stdout is a
/// closed pipe (`recoupe eval … | head`), the process ends quietly as other
/// Unix tools do, instead of panicking in `println!`.
#[cfg(unix)]
fn die_quietly_on_closed_pipe() {
    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    // SAFETY: resetting a signal to its default action at startup, before any
    // thread is spawned, has no memory-safety preconditions.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

#[cfg(not(unix))]
fn die_quietly_on_closed_pipe() {}

fn main() -> ExitCode {
    die_quietly_on_closed_pipe();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("annotate") => annotate(&args[1..]),
        Some("eval") => eval(&args[1..]),
        Some("demo") => write_demo(&args[1..]),
        Some("-h") | Some("--help") | Some("help") => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some("-V") | Some("--version") => {
            println!("recoupe {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Usage("missing or unknown command".into()).into()),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Usage(m)) => {
            eprintln!("recoupe: {m}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Fatal(m)) => {
            eprintln!("recoupe: {m}");
            ExitCode::from(2)
        }
    }
}

struct Usage(String);

enum Failure {
    Usage(String),
    Fatal(String),
}

impl From<Usage> for Failure {
    fn from(u: Usage) -> Self {
        Failure::Usage(u.0)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Fatal(e.to_string())
    }
}

/// Splits arguments into paths and `--flag [value]` options.
struct Args {
    paths: Vec<String>,
    flags: Vec<(String, Option<String>)>,
}

fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> Result<Args, Usage> {
    let mut out = Args { paths: vec![], flags: vec![] };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "-" || !a.starts_with('-') {
            out.paths.push(a.clone());
        } else if with_value.contains(&a.as_str()) {
            let v = it.next().ok_or_else(|| Usage(format!("{a} needs a value")))?;
            out.flags.push((a.clone(), Some(v.clone())));
        } else if switches.contains(&a.as_str()) {
            out.flags.push((a.clone(), None));
        } else {
            return Err(Usage(format!("unknown option {a}")));
        }
    }
    Ok(out)
}

impl Args {
    fn value(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|f| f.0 == name).and_then(|f| f.1.as_deref())
    }
    fn values(&self, name: &str) -> Vec<&str> {
        self.flags.iter().filter(|f| f.0 == name).filter_map(|f| f.1.as_deref()).collect()
    }
    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f.0 == name)
    }
}

/// Runs `each` over every document of the inputs (or the demo corpus), in
/// input order, reporting input errors on stderr as they come.
fn for_each_article(
    paths: &[String],
    demo_if_empty: bool,
    mut each: impl FnMut(Article) -> std::io::Result<()>,
) -> Result<Vec<String>, Failure> {
    let mut pipeline = Pipeline::new();
    let mut errors = Vec::new();
    let mut handle = |item: Result<Document, InputError>, errors: &mut Vec<String>| -> std::io::Result<()> {
        match item {
            Ok(doc) => {
                for w in &doc.warnings {
                    eprintln!("recoupe: warning: {}: {w}", doc.path.as_deref().unwrap_or("-"));
                }
                let mut art = pipeline.analyze(doc);
                recoupe_entities::annotate(&mut art);
                recoupe_quotes::annotate(&mut art);
                each(art)
            }
            Err(e) => {
                eprintln!("recoupe: {e}");
                errors.push(e.to_string());
                Ok(())
            }
        }
    };
    if paths.is_empty() && demo_if_empty {
        for (name, data) in demo::FILES {
            for item in recoupe_ingest::from_bytes(&format!("demo/corpus/{name}"), data) {
                handle(item, &mut errors)?;
            }
        }
        return Ok(errors);
    }
    let stdin = ["-".to_string()];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    let mut docs = Documents::new(paths);
    let mut progress = progress::Progress::new(docs.total_bytes());
    let mut n = 0;
    while let Some(item) = docs.next() {
        handle(item, &mut errors)?;
        for note in docs.take_notices() {
            eprintln!("recoupe: note: {note}");
        }
        n += 1;
        progress.update(docs.bytes_read(), n);
    }
    progress.finish();
    for note in docs.take_notices() {
        eprintln!("recoupe: note: {note}");
    }
    Ok(errors)
}

fn exit_for(errors: &[String]) -> ExitCode {
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn annotate(args: &[String]) -> Result<ExitCode, Failure> {
    let a = parse(args, &["-o", "--output", "--entities"], &["--no-tokens"])?;
    let opts = JsonOptions { tokens: !a.has("--no-tokens") };
    let mut out: Box<dyn Write> = match a.value("-o").or(a.value("--output")) {
        Some(p) => Box::new(BufWriter::new(std::fs::File::create(p).map_err(|e| Failure::Fatal(format!("{p}: {e}")))?)),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let mut corpus = recoupe_entities::canon::Corpus::default();
    let errors = for_each_article(&a.paths, false, |art| {
        corpus.add(&art);
        recoupe_report::json::write_article(&mut out, &art, opts)
    });
    let errors = match errors {
        Err(Failure::Fatal(m)) if m.contains("Broken pipe") => return Ok(ExitCode::SUCCESS),
        other => other?,
    };
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    if let Some(p) = a.value("--entities") {
        let remap = corpus.merge();
        let f = std::fs::File::create(p).map_err(|e| Failure::Fatal(format!("{p}: {e}")))?;
        let mut w = BufWriter::new(f);
        recoupe_report::json::write_entities(&mut w, &corpus_rows(&corpus), &remap)?;
        w.flush()?;
    }
    Ok(exit_for(&errors))
}

fn analyze(args: &[String]) -> Result<ExitCode, Failure> {
    let a = parse(args, &["--html"], &["--no-html"])?;
    let html_path = (!a.has("--no-html")).then(|| PathBuf::from(a.value("--html").unwrap_or("recoupe-report.html")));
    // article sections stream to a temporary file; the summary goes on top at the end
    let mut sections = tempfile()?;
    let mut rows: Vec<Row> = Vec::new();
    let mut corpus = recoupe_entities::canon::Corpus::default();
    let mut quotes: Vec<QuoteRow> = Vec::new();
    let errors = {
        let mut w = BufWriter::new(&mut sections);
        let errs = for_each_article(&a.paths, true, |art| {
            let i = rows.len() + 1;
            rows.push(Row::of(&art, i));
            corpus.add(&art);
            quotes.extend(quote_rows(&art, i));
            if html_path.is_some() {
                recoupe_report::html::write_article(&mut w, &art, i)?;
            }
            Ok(())
        })?;
        w.flush()?;
        errs
    };
    let remap = corpus.merge();
    let actors = actors(&corpus, &rows);
    let said = who_said_what(quotes, &remap, &actors, &rows);
    let mut stdout = std::io::stdout().lock();
    recoupe_report::terminal::write(&mut stdout, &rows, &actors, &said, &errors)?;
    if let Some(p) = html_path {
        sections.rewind()?;
        let title = if a.paths.is_empty() {
            "recoupe: demo corpus".to_string()
        } else {
            format!("recoupe: {}", a.paths.join(", "))
        };
        let f = std::fs::File::create(&p).map_err(|e| Failure::Fatal(format!("{}: {e}", p.display())))?;
        let mut w = BufWriter::new(f);
        recoupe_report::html::write_document(&mut w, &title, &rows, &actors, &said, &errors, &mut sections)?;
        w.flush()?;
        writeln!(stdout, "\nreport: {}", p.display())?;
    }
    Ok(exit_for(&errors))
}

fn corpus_rows(corpus: &recoupe_entities::canon::Corpus) -> Vec<recoupe_report::Actor> {
    actors(corpus, &[])
}

/// A quote kept for "Who said what": speaker entity (or words), the quote's
/// words, the article's report index and origin.
struct QuoteRow {
    entity: Option<String>,
    speaker: String,
    words: String,
    article: usize,
    origin: String,
}

fn quote_rows(a: &Article, index: usize) -> Vec<QuoteRow> {
    // "Le Courrier du Val" and "courrierduval.example" are one origin
    let origin = a.origin_key();
    a.layers
        .quotes
        .iter()
        .filter_map(|q| {
            let sp = q.speaker.as_ref()?;
            let words: String = q.span.slice(&a.text).chars().take(240).collect();
            Some(QuoteRow {
                entity: sp.entity.clone(),
                speaker: sp.span.slice(&a.text).to_string(),
                words,
                article: index,
                origin: origin.clone(),
            })
        })
        .collect()
}

/// Quotes grouped by speaker (ids merged across the corpus), the same words
/// carried by several articles joined, speakers with the most quotes first.
fn who_said_what(
    quotes: Vec<QuoteRow>,
    remap: &std::collections::BTreeMap<String, String>,
    actors: &[recoupe_report::Actor],
    rows: &[Row],
) -> Vec<recoupe_report::Said> {
    use std::collections::BTreeMap;
    let _ = rows;
    let name_of: BTreeMap<&str, &str> = actors.iter().map(|a| (a.id.as_str(), a.name.as_str())).collect();
    let key =
        |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).take(80).collect::<String>().to_lowercase() };
    let mut by: BTreeMap<String, recoupe_report::Said> = BTreeMap::new();
    let mut origins: BTreeMap<(String, String), std::collections::BTreeSet<String>> = BTreeMap::new();
    for q in quotes {
        let entity = q.entity.map(|e| remap.get(&e).cloned().unwrap_or(e));
        let who = entity.clone().unwrap_or_else(|| q.speaker.clone());
        let s = by.entry(who.clone()).or_insert_with(|| recoupe_report::Said {
            speaker: entity.as_deref().and_then(|e| name_of.get(e)).map_or(q.speaker.clone(), |n| n.to_string()),
            entity: entity.clone(),
            quotes: Vec::new(),
        });
        let k = key(&q.words);
        match s.quotes.iter_mut().find(|(w, _, _)| key(w) == k) {
            Some(x) => {
                if !x.1.contains(&q.article) {
                    x.1.push(q.article);
                }
            }
            None => s.quotes.push((q.words, vec![q.article], 1)),
        }
        origins.entry((who, k)).or_default().insert(q.origin);
    }
    let mut out: Vec<recoupe_report::Said> = by
        .into_iter()
        .map(|(who, mut s)| {
            for q in &mut s.quotes {
                q.2 = origins.get(&(who.clone(), key(&q.0))).map_or(1, |o| o.len());
            }
            s
        })
        .collect();
    out.sort_by(|a, b| b.quotes.len().cmp(&a.quotes.len()).then(a.speaker.cmp(&b.speaker)));
    out
}

/// The corpus's entities as report rows: people and organisations first, then
/// by independent origins and mentions.
fn actors(corpus: &recoupe_entities::canon::Corpus, rows: &[Row]) -> Vec<recoupe_report::Actor> {
    let mut langs: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for r in rows {
        *langs.entry(r.lang.as_deref().unwrap_or("und")).or_default() += 1;
    }
    let main = langs.iter().max_by_key(|(_, n)| **n).map_or("fr", |(l, _)| *l);
    let mut out: Vec<recoupe_report::Actor> = corpus
        .entities
        .values()
        .map(|e| {
            let mut variants: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
            for vs in e.variants.values() {
                for (v, c) in vs {
                    *variants.entry(v.as_str()).or_default() += c;
                }
            }
            let mut variants: Vec<(String, usize)> = variants.into_iter().map(|(v, c)| (v.to_string(), c)).collect();
            variants.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut roles: Vec<(&String, &usize)> = e.roles.iter().collect();
            roles.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            recoupe_report::Actor {
                id: e.id.clone(),
                kind: e.kind.map_or("MISC", |k| k.as_str()).to_string(),
                name: e.preferred(main).unwrap_or(&e.id).to_string(),
                mentions: e.mentions,
                articles: e.articles.len(),
                origins: e.origins.len(),
                variants,
                roles: roles.into_iter().map(|(r, _)| r.clone()).collect(),
                merged: e.merged.clone(),
                stands_for: e.stands_for.clone(),
            }
        })
        .collect();
    let rank = |k: &str| match k {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        _ => 3,
    };
    out.sort_by(|a, b| {
        (rank(&a.kind), std::cmp::Reverse(a.origins), std::cmp::Reverse(a.mentions), &a.id).cmp(&(
            rank(&b.kind),
            std::cmp::Reverse(b.origins),
            std::cmp::Reverse(b.mentions),
            &b.id,
        ))
    });
    out
}

/// An anonymous temporary file (removed on drop).
fn tempfile() -> Result<std::fs::File, Failure> {
    let dir = std::env::temp_dir();
    for i in 0..100u32 {
        let p = dir.join(format!("recoupe-{}-{i}.html.tmp", std::process::id()));
        if let Ok(f) = std::fs::OpenOptions::new().read(true).write(true).create_new(true).open(&p) {
            let _ = std::fs::remove_file(&p);
            return Ok(f);
        }
    }
    Err(Failure::Fatal(format!("cannot create a temporary file in {}", dir.display())))
}

fn eval(args: &[String]) -> Result<ExitCode, Failure> {
    let task =
        args.first().ok_or_else(|| Usage(
            "eval needs a task: segmentation, langid, extraction, numbers, time, ner, seeds-entities, quotes, bench, train-gaps, train-ner"
                .into(),
        ))?;
    let a = parse(
        &args[1..],
        &["--peer", "--passes", "--out", "--sentences-out", "--lang", "--clusters"],
        &["--all-languages", "--held-out", "--show", "--foundation-only"],
    )?;
    let data = a.paths.first().ok_or_else(|| Usage(format!("eval {task} needs the data path")))?;
    let data = Path::new(data);
    // --peer NAME=PATH, for the tasks that show peers side by side
    let peers = |a: &Args| -> Result<Vec<(String, PathBuf)>, Failure> {
        a.values("--peer")
            .into_iter()
            .map(|p| {
                let (n, f) = p.split_once('=').ok_or_else(|| Usage("--peer takes NAME=FILE".into()))?;
                Ok((n.to_string(), PathBuf::from(f)))
            })
            .collect()
    };
    let result = match task.as_str() {
        "segmentation" => {
            let peers = peers(&a)?;
            recoupe_eval::segmentation::run(data, &recoupe_eval::segmentation::Options { peers, show: a.has("--show") })
        }
        "langid" => recoupe_eval::langid::run(data, a.has("--all-languages")),
        "extraction" => {
            let peers = peers(&a)?;
            recoupe_eval::extraction::run(data, &peers)
        }
        "numbers" => recoupe_eval::numbers::run(data),
        "time" => {
            let peers = peers(&a)?;
            recoupe_eval::time::run(data, &peers, a.has("--show"))
        }
        "ner" => {
            let peers = peers(&a)?;
            let opts = recoupe_eval::ner::Options {
                peers,
                sentences_out: a.value("--sentences-out").map(PathBuf::from),
                lang: a.value("--lang").map(str::to_string),
                held_out: a.has("--held-out"),
            };
            recoupe_eval::ner::run(data, &opts, &recoupe_entities::models::tagger)
        }
        "quotes" => recoupe_eval::quotes::run(data, a.has("--show")),
        "seeds-entities" => {
            let peers = peers(&a)?;
            recoupe_eval::seeds_entities::run(data, &peers)
        }
        "train-ner" => {
            let out = a.value("--out").unwrap_or("data/models");
            recoupe_eval::train_ner::run(data, Path::new(out), a.value("--lang"), a.value("--clusters").map(Path::new))
        }
        "train-gaps" => {
            let out = a.value("--out").unwrap_or("data/models/sentence-gaps.tsv");
            recoupe_eval::train_gaps::run(data, Path::new(out))
        }
        "bench" => {
            let passes =
                a.value("--passes").map(str::parse).transpose().map_err(|_| Usage("--passes takes a number".into()))?;
            recoupe_eval::bench::run(data, passes.unwrap_or(3), a.has("--foundation-only"))
        }
        other => return Err(Usage(format!("unknown eval task {other}")).into()),
    };
    match result {
        Ok(json) => {
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(Failure::Fatal(e.to_string())),
    }
}

fn write_demo(args: &[String]) -> Result<ExitCode, Failure> {
    let a = parse(args, &[], &[])?;
    let dir = PathBuf::from(a.paths.first().ok_or_else(|| Usage("demo needs a directory".into()))?);
    std::fs::create_dir_all(&dir).map_err(|e| Failure::Fatal(format!("{}: {e}", dir.display())))?;
    for (name, data) in demo::FILES {
        let p = dir.join(name);
        std::fs::write(&p, data).map_err(|e| Failure::Fatal(format!("{}: {e}", p.display())))?;
    }
    println!("wrote {} files to {}", demo::FILES.len(), dir.display());
    Ok(ExitCode::SUCCESS)
}
