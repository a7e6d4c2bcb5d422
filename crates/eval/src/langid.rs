//! Language-identification accuracy on lingua's test data
//! (`data/langid/testdata/<iso639-1>/{sentences,word-pairs,single-words}.txt`),
//! printed beside the accuracies lingua published for itself, whatlang, cld2 and
//! whichlang (`*-accuracy-values.csv` in the same folder).

use crate::{per_second, EvalError};
use recoupe_text::lang;
use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// The languages recoupe must identify, with the names used in lingua's reports.
pub const REQUIRED: [(&str, &str); 12] = [
    ("fr", "French"),
    ("en", "English"),
    ("de", "German"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("pt", "Portuguese"),
    ("nl", "Dutch"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("ar", "Arabic"),
    ("tr", "Turkish"),
    ("zh", "Chinese"),
];

const KINDS: [(&str, &str); 3] =
    [("sentences", "sentences"), ("word-pairs", "word-pairs"), ("single-words", "single-words")];
const PEERS: [&str; 4] = ["lingua-high-accuracy", "whatlang", "cld2", "whichlang"];

/// language name → peer → accuracy (percent), from one published CSV.
fn published(path: &Path) -> Result<HashMap<String, HashMap<String, f64>>, EvalError> {
    let s = crate::read_to_string(path)?;
    let mut lines = s.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
    let mut out = HashMap::new();
    for l in lines {
        let f: Vec<&str> = l.split(',').collect();
        let Some(lang) = f.first() else { continue };
        let mut m = HashMap::new();
        for (i, h) in header.iter().enumerate().skip(1) {
            if let Some(v) = f.get(i).and_then(|v| v.parse::<f64>().ok()).filter(|v| v.is_finite()) {
                m.insert(h.to_string(), v);
            }
        }
        out.insert(lang.to_string(), m);
    }
    Ok(out)
}

pub fn run(dir: &Path, all_languages: bool) -> Result<serde_json::Value, EvalError> {
    let test = dir.join("testdata");
    if !test.is_dir() {
        return Err(EvalError(format!("{}: no testdata folder", dir.display())));
    }
    let mut langs: Vec<(String, String)> = REQUIRED.iter().map(|(c, n)| (c.to_string(), n.to_string())).collect();
    if all_languages {
        let mut codes: Vec<String> = std::fs::read_dir(&test)
            .map_err(|e| EvalError(format!("{}: {e}", test.display())))?
            .filter_map(|e| e.ok().and_then(|e| e.file_name().to_str().map(str::to_string)))
            .collect();
        codes.sort();
        for c in codes {
            if !langs.iter().any(|l| l.0 == c) {
                langs.push((c.clone(), c));
            }
        }
    }
    let mut pubs = Vec::new();
    for (kind, file) in KINDS {
        pubs.push((kind, published(&dir.join(format!("{file}-accuracy-values.csv"))).unwrap_or_default()));
    }
    let mut total = 0usize;
    let mut bytes = 0usize;
    let mut time = Duration::ZERO;
    let mut json_rows = Vec::new();
    println!("language identification accuracy (%), ours beside the published figures");
    print!("{:<4} {:<11}", "lang", "kind");
    print!(" {:>8}", "recoupe");
    for p in PEERS {
        print!(" {:>20}", p);
    }
    println!();
    let mut sums: HashMap<(&str, String), (f64, usize)> = HashMap::new();
    for (code, name) in &langs {
        for (ki, (kind, file)) in KINDS.iter().enumerate() {
            let path = test.join(code).join(format!("{file}.txt"));
            let Ok(s) = std::fs::read_to_string(&path) else { continue };
            let lines: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
            let t0 = Instant::now();
            let right = lines.iter().filter(|l| lang::identify(l).is_some_and(|g| g.lang == code)).count();
            time += t0.elapsed();
            total += lines.len();
            bytes += lines.iter().map(|l| l.len()).sum::<usize>();
            let acc = 100.0 * right as f64 / lines.len().max(1) as f64;
            print!("{:<4} {:<11} {:>8.1}", code, kind, acc);
            let e = sums.entry((kind, "recoupe".into())).or_insert((0.0, 0));
            e.0 += acc;
            e.1 += 1;
            let mut row = serde_json::json!({"lang": code, "kind": kind, "recoupe": acc});
            for p in PEERS {
                let v = pubs[ki].1.get(name.as_str()).and_then(|m| m.get(p)).copied();
                match v {
                    Some(v) => {
                        print!(" {:>20.1}", v);
                        let e = sums.entry((kind, p.to_string())).or_insert((0.0, 0));
                        e.0 += v;
                        e.1 += 1;
                        row[p] = serde_json::json!(v);
                    }
                    None => print!(" {:>20}", "-"),
                }
            }
            println!();
            json_rows.push(row);
        }
    }
    println!("mean over the languages above (peers: over those they report):");
    let mut means = serde_json::Map::new();
    for (kind, _) in KINDS {
        print!("     {:<11}", kind);
        for sys in std::iter::once("recoupe").chain(PEERS) {
            let w = if sys == "recoupe" { 8 } else { 20 };
            match sums.get(&(kind, sys.to_string())) {
                Some((s, n)) => {
                    print!(" {:>w$.1}", s / *n as f64);
                    means.insert(format!("{kind}/{sys}"), serde_json::json!(s / *n as f64));
                }
                None => print!(" {:>w$}", "-"),
            }
        }
        println!();
    }
    let mbps = bytes as f64 / 1e6 / time.as_secs_f64().max(1e-9);
    println!("throughput: {:.0} texts/s, {:.1} MB/s (one core)", per_second(total, time), mbps);
    Ok(
        serde_json::json!({"task": "langid", "rows": json_rows, "means": means, "texts_per_s": per_second(total, time), "mb_per_s": mbps}),
    )
}
