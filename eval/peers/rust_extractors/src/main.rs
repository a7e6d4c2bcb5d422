//! Peer figures for `recoupe eval extraction --peer`: the trafilatura and
//! dom_smoothie crates on the scrapinghub pages, output in the benchmark's
//! format, with the time of each (extraction only, one core). A peer, never a
//! dependency of recoupe:
//!
//!     cd eval/peers/rust_extractors && cargo build --release
//!     target/release/rust_extractors ../../../../shared/data/extraction/scrapinghub /tmp
//!     recoupe eval extraction ../shared/data --peer trafilatura_crate=/tmp/trafilatura_crate.json \
//!         --peer dom_smoothie_crate=/tmp/dom_smoothie_crate.json
use std::io::Read;
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).expect("scrapinghub dir");
    let out = std::env::args().nth(2).expect("out dir");
    let mut pages = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(format!("{dir}/html")).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in names {
        let mut s = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap()).read_to_string(&mut s).unwrap();
        let key = p.file_name().unwrap().to_str().unwrap().trim_end_matches(".html.gz").to_string();
        pages.push((key, s));
    }
    let mut t = serde_json::Map::new();
    let t0 = Instant::now();
    for (k, h) in &pages {
        let body = trafilatura::extract(h, &trafilatura::Options::default()).map(|r| r.content_text).unwrap_or_default();
        t.insert(k.clone(), serde_json::json!({"articleBody": body}));
    }
    let tt = t0.elapsed().as_secs_f64();
    let mut d = serde_json::Map::new();
    let t0 = Instant::now();
    for (k, h) in &pages {
        let body = dom_smoothie::Readability::new(h.as_str(), None, None)
            .ok()
            .and_then(|mut r| r.parse().ok())
            .map(|a| a.text_content.to_string())
            .unwrap_or_default();
        d.insert(k.clone(), serde_json::json!({"articleBody": body}));
    }
    let dt = t0.elapsed().as_secs_f64();
    std::fs::write(format!("{out}/trafilatura_crate.json"), serde_json::to_string(&serde_json::json!({"version": "0.6.0", "output": t})).unwrap()).unwrap();
    std::fs::write(format!("{out}/dom_smoothie_crate.json"), serde_json::to_string(&serde_json::json!({"version": "0.14.0", "output": d})).unwrap()).unwrap();
    let n = pages.len() as f64;
    println!("trafilatura 0.6.0: {:.1} ms a page; dom_smoothie 0.14.0: {:.1} ms a page ({} pages, one core)", tt * 1000.0 / n, dt * 1000.0 / n, pages.len());
}
