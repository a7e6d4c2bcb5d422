//! Trains the entity taggers (`data/models/ner-fr.bin`, `ner-en.bin`) from the
//! `ner` data folder: `recoupe eval train-ner ../shared/data/ner`.
//!
//! French: WikiNEuRal fr (four sentences in five), HIPE-2020 train. English:
//! WikiNEuRal en and CoNLL-2003 validation (four in five each). The held-out
//! fifth ([`crate::ner::held_out`]) and HIPE dev are never trained on; each epoch
//! prints the held-out F1. Shuffles are seeded: a rebuild gives the same bytes.
//! The gazetteer (`gazetteer.bin`) is rebuilt first from the `gazetteer` folder
//! beside `ner`.

use crate::ner::{held_out, read, score};
use crate::EvalError;
use recoupe_entities::features::WordMap;
use recoupe_entities::gazetteer::{Builder, BIG_CITY, CITY, CITY_PART, COUNTRY, COUNTRY_PART, DEMONYM, FIRST_NAME};
use recoupe_entities::lexicon::demonyms;
use recoupe_entities::tagger::{shuffle, Example, Trainer};
use recoupe_entities::Tagger;
use std::path::Path;
use std::time::Instant;

pub const EPOCHS: usize = 10;
/// Averaged weights under this are dropped from the file.
pub const MIN_WEIGHT: f32 = 0.02;

struct Plan {
    lang: &'static str,
    train: &'static [(&'static str, bool)],
    dev: &'static str,
}

const PLANS: [Plan; 2] = [
    Plan {
        lang: "fr",
        train: &[("wikineural/fr_val.conllu", true), ("hipe2020-fr/HIPE-data-v1.4-train-fr.tsv", false)],
        dev: "wikineural/fr_val.conllu",
    },
    Plan {
        lang: "en",
        train: &[("wikineural/en_val.conllu", true), ("conll2003-en/val.conllu", true)],
        dev: "conll2003-en/val.conllu",
    },
];

/// Builds the gazetteer bits from `../shared/data/gazetteer` (GeoNames cities
/// and countries, pycountry names, geotext nationalities) and our demonyms.
pub fn gazetteer(dir: &Path) -> Result<Builder, EvalError> {
    let mut g = Builder::default();
    let json = |f: &str| -> Result<serde_json::Value, EvalError> {
        let p = dir.join(f);
        serde_json::from_str(&crate::read_to_string(&p)?).map_err(|e| EvalError(format!("{}: {e}", p.display())))
    };
    let latin = |s: &str| s.chars().all(|c| (c as u32) < 0x250 || c == '\u{2019}') && s.chars().count() >= 3;
    for city in json("cities15000.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        let big = if city["population"].as_u64().unwrap_or(0) >= 1_000_000 { BIG_CITY } else { 0 };
        let names = std::iter::once(&city["name"]).chain(city["alternatenames"].as_array().into_iter().flatten());
        for n in names.filter_map(|n| n.as_str()) {
            if latin(n) && n.starts_with(|c: char| c.is_uppercase()) {
                g.add(n, CITY | big, CITY_PART);
            }
        }
    }
    for c in json("countries.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(n) = c["name"].as_str() {
            g.add(n, COUNTRY, COUNTRY_PART);
        }
    }
    let p = dir.join("pycountry_countries_en_fr.tsv");
    for line in crate::read_to_string(&p)?.lines().skip(1) {
        for n in line.split('\t').skip(2).filter(|n| latin(n)) {
            g.add(n, COUNTRY, COUNTRY_PART);
        }
    }
    let p = dir.join("geotext_nationalities.txt");
    for line in crate::read_to_string(&p)?.lines().filter(|l| !l.starts_with('#')) {
        if let Some((n, _)) = line.split_once(':') {
            g.add(n, DEMONYM, DEMONYM);
        }
    }
    for d in demonyms() {
        for n in d.fr.iter().chain(&d.en) {
            g.add(n, DEMONYM, DEMONYM);
        }
    }
    Ok(g)
}

/// `clusters`: a `word, fine, coarse` TSV from `tools/word_clusters.py` to
/// rebuild `clusters-fr.bin` from; without it the committed file is used.
/// Given names: words that open at least three multi-word person names in the
/// training sentences (never the held-out fifth) and that are such an opening
/// at least a third of the times they occur.
pub fn first_names(data: &Path) -> Result<Vec<String>, EvalError> {
    let mut opens: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for plan in &PLANS {
        for (file, split) in plan.train {
            for (i, e) in read(&data.join(file))?.into_iter().enumerate() {
                if *split && held_out(i) {
                    continue;
                }
                for w in &e.words {
                    *seen.entry(w.clone()).or_default() += 1;
                }
                for (a, b, k) in recoupe_entities::labels::spans(&e.labels) {
                    let w = &e.words[a];
                    let titled = w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                        && w.chars().count() >= 2;
                    if k == 0 && b - a >= 2 && titled {
                        *opens.entry(w.clone()).or_default() += 1;
                    }
                }
            }
        }
    }
    let mut out: Vec<String> = opens
        .into_iter()
        .filter(|(w, n)| *n >= 3 && *n * 3 >= seen.get(w).copied().unwrap_or(0))
        .map(|(w, _)| w)
        .collect();
    out.sort();
    Ok(out)
}

/// Cities of this many people or more join the places table.
pub const PLACE_MIN_POPULATION: u64 = 100_000;

/// Builds the places table: GeoNames names of big cities and of countries
/// (with pycountry's French and English names) → GeoNames id.
pub fn places(dir: &Path) -> Result<recoupe_entities::places::Builder, EvalError> {
    let mut b = recoupe_entities::places::Builder::default();
    let json = |f: &str| -> Result<serde_json::Value, EvalError> {
        let p = dir.join(f);
        serde_json::from_str(&crate::read_to_string(&p)?).map_err(|e| EvalError(format!("{}: {e}", p.display())))
    };
    // a usable name: Latin script, capitalised, not an airport code, four letters or more
    let usable = |s: &str| {
        s.chars().count() >= 4
            && s.chars().all(|c| (c as u32) < 0x250 || c == '\u{2019}')
            && s.starts_with(char::is_uppercase)
            && s.chars().any(char::is_lowercase)
    };
    for city in json("cities15000.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        let pop = city["population"].as_u64().unwrap_or(0);
        let Some(id) = city["geonameid"].as_u64() else { continue };
        if pop < PLACE_MIN_POPULATION {
            continue;
        }
        let names = std::iter::once(&city["name"]).chain(city["alternatenames"].as_array().into_iter().flatten());
        for n in names.filter_map(|n| n.as_str()).filter(|n| usable(n)) {
            b.add(n, id as u32, pop);
        }
    }
    let mut by_iso = std::collections::HashMap::new();
    for c in json("countries.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        let (Some(id), Some(iso)) = (c["geonameid"].as_u64(), c["iso"].as_str()) else { continue };
        // a country outranks any city of its name
        let pop = c["population"].as_u64().unwrap_or(0).saturating_add(1 << 40);
        by_iso.insert(iso.to_string(), (id as u32, pop));
        if let Some(n) = c["name"].as_str() {
            b.add(n, id as u32, pop);
        }
    }
    let p = dir.join("pycountry_countries_en_fr.tsv");
    for line in crate::read_to_string(&p)?.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let Some(&(id, pop)) = cols.first().and_then(|iso| by_iso.get(*iso)) else { continue };
        for n in cols.iter().skip(2).filter(|n| usable(n)) {
            b.add(n, id, pop);
        }
    }
    Ok(b)
}

pub fn run(
    data: &Path,
    out_dir: &Path,
    only: Option<&str>,
    clusters: Option<&Path>,
) -> Result<serde_json::Value, EvalError> {
    let mut summary = Vec::new();
    let gaz_dir = data.parent().unwrap_or(data).join("gazetteer");
    let mut gaz = gazetteer(&gaz_dir)?;
    let firsts = first_names(data)?;
    for w in &firsts {
        gaz.mark(w, FIRST_NAME);
    }
    println!("first names: {}", firsts.len());
    let gaz_bytes = gaz.to_bytes();
    let gaz_path = out_dir.join("gazetteer.bin");
    std::fs::write(&gaz_path, &gaz_bytes).map_err(|e| EvalError(format!("{}: {e}", gaz_path.display())))?;
    println!("gazetteer: {} words; wrote {} ({} bytes)", gaz.len(), gaz_path.display(), gaz_bytes.len());
    let gaz_map = recoupe_entities::gazetteer::from_bytes(&gaz_bytes).map_err(EvalError)?;
    let places = places(&gaz_dir)?;
    let places_bytes = places.to_bytes();
    let places_path = out_dir.join("places.bin");
    std::fs::write(&places_path, &places_bytes).map_err(|e| EvalError(format!("{}: {e}", places_path.display())))?;
    println!("places: {} name keys; wrote {} ({} bytes)", places.len(), places_path.display(), places_bytes.len());
    let clu_path = out_dir.join("clusters-fr.bin");
    let clusters_fr = match clusters {
        Some(tsv) => {
            let m = recoupe_entities::clusters::from_tsv(&crate::read_to_string(tsv)?)
                .map_err(|e| EvalError(format!("{}: {e}", tsv.display())))?;
            let b = recoupe_entities::clusters::to_bytes(&m);
            std::fs::write(&clu_path, &b).map_err(|e| EvalError(format!("{}: {e}", clu_path.display())))?;
            println!("clusters: {} words; wrote {} ({} bytes)", m.len(), clu_path.display(), b.len());
            m
        }
        None => {
            let b = std::fs::read(&clu_path).map_err(|e| EvalError(format!("{}: {e}", clu_path.display())))?;
            recoupe_entities::clusters::from_bytes(&b).map_err(|e| EvalError(format!("{}: {e}", clu_path.display())))?
        }
    };
    for plan in PLANS.iter().filter(|p| only.is_none_or(|o| o == p.lang)) {
        let mut train: Vec<Example> = Vec::new();
        for (file, split) in plan.train {
            let ex = read(&data.join(file))?;
            let n = ex.len();
            train.extend(ex.into_iter().enumerate().filter(|(i, _)| !split || !held_out(*i)).map(|(_, e)| e));
            eprintln!("{}: {file}: {n} sentences read", plan.lang);
        }
        let dev: Vec<Example> =
            read(&data.join(plan.dev))?.into_iter().enumerate().filter(|(i, _)| held_out(*i)).map(|(_, e)| e).collect();
        let t0 = Instant::now();
        let clusters = if plan.lang == "fr" { clusters_fr.clone() } else { WordMap::default() };
        let mut trainer = Trainer::new(gaz_map.clone(), clusters.clone());
        let infos = trainer.prepare(&train);
        let tokens: usize = train.iter().map(|e| e.words.len()).sum();
        let mut order: Vec<usize> = (0..train.len()).collect();
        for epoch in 0..EPOCHS {
            shuffle(&mut order, 0x5EED + epoch as u64);
            let right = trainer.epoch(&train, &infos, &order);
            eprintln!(
                "{} epoch {}: train accuracy {:.4}, {} features, {:.0}s",
                plan.lang,
                epoch + 1,
                right as f64 / tokens as f64,
                trainer.feature_count(),
                t0.elapsed().as_secs_f64()
            );
        }
        let bytes = trainer.finish(MIN_WEIGHT);
        let tagger =
            Tagger::from_bytes(&bytes).map_err(|e| EvalError(e.to_string()))?.with_tables(gaz_map.clone(), clusters);
        let (s, _) = score(&tagger, &dev);
        let path = out_dir.join(format!("ner-{}.bin", plan.lang));
        std::fs::write(&path, &bytes).map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
        println!(
            "{}: {} sentences, {} tokens; {} features kept; held-out {} F1 {:.4}; wrote {} ({} bytes)",
            plan.lang,
            train.len(),
            tokens,
            tagger.feature_count(),
            plan.dev,
            s.all().f1(),
            path.display(),
            bytes.len()
        );
        summary.push(serde_json::json!({"lang": plan.lang, "dev_f1": s.all().f1(), "features": tagger.feature_count(), "bytes": bytes.len()}));
    }
    Ok(serde_json::json!({"task": "train-ner", "models": summary}))
}
