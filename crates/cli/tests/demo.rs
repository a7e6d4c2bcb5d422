//! End-to-end checks on the built-in demo corpus and on bad-input fixtures,
//! through the binary as a user runs it. Needs nothing outside the repo.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_recoupe"))
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn annotate(args: &[&str]) -> (Vec<serde_json::Value>, String, i32) {
    let out = bin().arg("annotate").args(args).current_dir(repo()).output().expect("run recoupe");
    let docs = String::from_utf8(out.stdout)
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    (docs, String::from_utf8_lossy(&out.stderr).to_string(), out.status.code().unwrap_or(-1))
}

fn by_path<'a>(docs: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
    docs.iter().find(|d| d["source"]["path"].as_str().is_some_and(|p| p.ends_with(name))).expect(name)
}

fn span_text(d: &serde_json::Value, layer: &str, pred: impl Fn(&serde_json::Value) -> bool) -> Vec<String> {
    d[layer].as_array().unwrap().iter().filter(|x| pred(x)).map(|x| x["text"].as_str().unwrap().to_string()).collect()
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let (docs, _, code) = annotate(&["demo/corpus"]);
    assert_eq!(code, 0);
    assert_eq!(docs.len(), 9);
    for d in &docs {
        let text = d["text"].as_str().unwrap().as_bytes();
        for layer in ["paragraphs", "boilerplate", "sentences", "tokens", "languages", "mt_residue"] {
            for s in d[layer].as_array().unwrap() {
                let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
                assert_eq!(std::str::from_utf8(&text[a..b]).unwrap(), s["text"].as_str().unwrap(), "{layer}");
            }
        }
    }
}

#[test]
fn every_boilerplate_reason_is_shown_by_the_demo() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let mut reasons: Vec<String> = docs
        .iter()
        .flat_map(|d| {
            span_text(d, "boilerplate", |_| true)
                .into_iter()
                .zip(d["boilerplate"].as_array().unwrap().iter().map(|b| b["reason"].as_str().unwrap().to_string()))
                .map(|x| x.1)
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    assert_eq!(
        reasons,
        vec![
            "caption",
            "copyright",
            "credit",
            "disclaimer",
            "link_note",
            "metadata",
            "navigation",
            "paywall",
            "promotion",
            "related_link",
            "republication"
        ]
    );
}

#[test]
fn republished_and_translated_copies_carry_their_evidence() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let farm = by_path(&docs, "02_infos-express-24.jsonl");
    assert_eq!(farm["source"]["origins"][0]["outlet"], "Infos Express 24");
    assert_eq!(farm["source"]["origins"][0]["relation"], "first_appeared_on");
    assert_eq!(farm["source"]["record_id"], "ie24-88213");
    let mt = by_path(&docs, "04_ledger-traduit.txt");
    let rel: Vec<(&str, &str)> = mt["source"]["origins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["outlet"].as_str().unwrap(), o["relation"].as_str().unwrap()))
        .collect();
    assert!(rel.contains(&("The Northern Ledger", "republished_from")), "{rel:?}");
    assert_eq!(span_text(mt, "mt_residue", |_| true), vec!["[It]", "[Valdorian President Anatoly]"]);
}

#[test]
fn publication_dates_from_metadata_dateline_and_never_from_scripts() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let p = |n: &str| (by_path(&docs, n)["published"]["value"].clone(), by_path(&docs, n)["published"]["from"].clone());
    assert_eq!(p("01_courrier-du-val.txt"), ("2026-03-05".into(), "metadata".into()));
    assert_eq!(p("03_northern-ledger.txt"), ("2026-03-06".into(), "dateline".into()));
    // header says only 2026-03; the teaser's dateline refines it
    assert_eq!(p("05_gazette-stavrograd.txt"), ("2026-03-04".into(), "dateline".into()));
    // the page's script holds "Publié le 1 janvier 2020": the metadata wins
    assert_eq!(p("06_radio-mistral.jsonl"), ("2026-03-05T18:10".into(), "metadata".into()));
}

#[test]
fn a_repetition_is_a_set_not_a_date() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let d = by_path(&docs, "01_courrier-du-val.txt");
    let sets: Vec<(String, String)> = d["times"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["kind"] == "set")
        .map(|t| (t["text"].as_str().unwrap_or("").to_string(), t["value"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(sets, vec![("chaque soir à 19 heures".to_string(), "T19".to_string())]);
}

#[test]
fn a_rough_time_is_marked_as_such() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let a = by_path(&docs, "01_courrier-du-val.txt");
    let times = a["times"].as_array().unwrap();
    let rough: Vec<(&str, &str)> = times
        .iter()
        .filter(|t| t["approx"] == true)
        .map(|t| (t["text"].as_str().unwrap(), t["value"].as_str().unwrap()))
        .collect();
    assert_eq!(rough, vec![("Il y a quelques jours", "2026-03-02")]);
    // an exact one carries no flag
    assert!(times.iter().any(|t| t["text"] == "1er mars" && t.get("approx").is_none()), "{times:?}");
}

#[test]
fn glued_boundaries_split_and_headings_kept_apart() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let g = by_path(&docs, "05_gazette-stavrograd.txt");
    let sents = span_text(g, "sentences", |_| true);
    for start in [
        "Près de 1 500 militaires",
        "Des \"agents étrangers\" derrière les troubles?",
        "Selon le ministère",
        "Une alliance solide",
        "De plus, le Pacte",
        "* Organisation interdite en Valdorie.",
    ] {
        assert!(sents.iter().any(|s| s.starts_with(start)), "no sentence starts with {start:?}: {sents:#?}");
    }
    let headings = span_text(g, "paragraphs", |p| p["kind"] == "heading");
    assert_eq!(headings, vec!["Des \"agents étrangers\" derrière les troubles?", "Une alliance solide"]);
    let c = by_path(&docs, "01_courrier-du-val.txt");
    assert_eq!(
        span_text(c, "paragraphs", |p| p["kind"] == "heading"),
        vec!["Un pays sous tension", "Une alliance mise à l'épreuve"]
    );
    assert_eq!(span_text(c, "paragraphs", |p| p["kind"] == "caption").len(), 1);
    let b = by_path(&docs, "08_blog-analyses.txt");
    assert_eq!(span_text(b, "paragraphs", |p| p["kind"] == "pull_quote").len(), 1);
}

#[test]
fn no_split_inside_numbers_abbreviations_or_before_lower_case() {
    let (docs, _, _) = annotate(&["--no-tokens", "demo/corpus"]);
    let all: Vec<String> = docs.iter().flat_map(|d| span_text(d, "sentences", |_| true)).collect();
    for inside in
        ["1 200 soldats", "M. Berezine", "2 400 km", "un chercheur principal. au Baltic Policy Centre", "35% de l'eau"]
    {
        assert!(all.iter().any(|s| s.contains(inside)), "{inside:?} was split");
    }
}

#[test]
fn bad_input_is_named_and_the_rest_still_processed() {
    let dir = "crates/cli/tests/fixtures/bad";
    let (docs, err, code) = annotate(&["--no-tokens", dir]);
    assert_eq!(code, 1, "{err}");
    // the valid JSON record and the Windows-1252 file are processed
    assert_eq!(docs.len(), 2, "{err}");
    let latin = by_path(&docs, "latin1.txt");
    assert!(latin["text"].as_str().unwrap().starts_with("Le président valdorien"));
    for expected in [
        "binary.txt: binary content (NUL byte at byte 7)",
        "empty.txt: empty file",
        "feed.rss: not XML: no element found",
        "records.jsonl: line 2: invalid JSON",
        "records.jsonl: line 3: empty \"text\"",
        "records.jsonl: line 4: record has neither \"text\" nor \"html\"",
        "latin1.txt: not UTF-8 (invalid byte 0xE9 at byte 5); decoded as Windows-1252",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
}

#[test]
fn analyze_runs_on_the_demo_and_writes_a_self_contained_report() {
    let dir = std::env::temp_dir().join(format!("recoupe-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("r.html");
    let out = bin().args(["analyze", "--html"]).arg(&html).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("9 articles"), "{stdout}");
    assert!(stdout.contains("first appeared on Infos Express 24"));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<del class=\"bp\" title=\"paywall"));
    assert!(!page.contains("http://") && !page.contains("<script"), "the report must not load anything");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn stdin_accepts_json_lines() {
    use std::io::Write;
    let mut child = bin()
        .args(["annotate", "--no-tokens", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"text\": \"Premier.\\n\\nSecond paragraphe ici.\", \"lang\": \"fr\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["paragraphs"].as_array().unwrap().len(), 2);
    assert_eq!(d["source"]["path"], "-");
}
