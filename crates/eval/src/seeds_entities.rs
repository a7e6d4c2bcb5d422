//! The seeds check of the entities issue: `recoupe eval seeds-entities SEEDS`
//! runs the whole pipeline on the seed articles and compares the person
//! mentions with the hand-made gold (`eval/gold/seeds-persons.tsv`): found with
//! the right type (exact span), missed, false persons; then whether every
//! spelling of the Kazakh president is one entity and whether OTSC is CSTO.

use crate::{per_second, EvalError};
use recoupe_entities::canon::{self, Corpus};
use recoupe_model::{Article, EntityKind};
use recoupe_text::Pipeline;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;
use std::time::Instant;

pub const GOLD: &str = include_str!("../../../eval/gold/seeds-persons.tsv");

/// (file name, start, end, text) of each gold person mention; a malformed row
/// is an error naming its line, not a silently smaller gold.
pub fn gold() -> Result<Vec<(String, usize, usize, String)>, EvalError> {
    let mut out = Vec::new();
    for (n, l) in GOLD.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = l.split('\t').collect();
        let row = (|| {
            Some((c.first()?.to_string(), c.get(1)?.parse().ok()?, c.get(2)?.parse().ok()?, c.get(3)?.to_string()))
        })();
        match row {
            Some(r) => out.push(r),
            None => {
                return Err(EvalError(format!(
                    "eval/gold/seeds-persons.tsv:{}: expected file, start, end, name",
                    n + 1
                )))
            }
        }
    }
    Ok(out)
}

/// A peer's person spans: JSON lines `{"file", "start", "end"}`.
fn peer_spans(path: &Path) -> Result<HashSet<(String, usize, usize)>, EvalError> {
    let s = crate::read_to_string(path)?;
    let mut out = HashSet::new();
    for (i, l) in s.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(l).map_err(|e| EvalError(format!("{}:{}: {e}", path.display(), i + 1)))?;
        let (Some(f), Some(a), Some(b)) = (v["file"].as_str(), v["start"].as_u64(), v["end"].as_u64()) else {
            return Err(EvalError(format!("{}:{}: needs file, start, end", path.display(), i + 1)));
        };
        out.insert((f.to_string(), a as usize, b as usize));
    }
    Ok(out)
}

pub fn run(seeds: &Path, peers: &[(String, std::path::PathBuf)]) -> Result<serde_json::Value, EvalError> {
    let files = crate::files_with_ext(seeds, "txt")?;
    let mut pipeline = Pipeline::new();
    // weights are parsed once, on first use: not an article's cost
    let _ = (recoupe_entities::models::tagger("fr"), recoupe_entities::models::tagger("en"));
    let mut articles: Vec<(String, Article)> = Vec::new();
    let mut entity_time = std::time::Duration::ZERO;
    let mut words = 0;
    for p in &files {
        let data = std::fs::read(p).map_err(|e| EvalError(format!("{}: {e}", p.display())))?;
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for doc in recoupe_ingest::from_bytes(&p.to_string_lossy(), &data) {
            let doc = doc.map_err(|e| EvalError(e.to_string()))?;
            let mut a = pipeline.analyze(doc);
            let t0 = Instant::now();
            recoupe_entities::annotate(&mut a);
            entity_time += t0.elapsed();
            words += a.layers.tokens.len();
            articles.push((name.clone(), a));
        }
    }
    let mut corpus = Corpus::default();
    for (_, a) in &articles {
        corpus.add(a);
    }
    let remap = corpus.merge();
    for (_, a) in &mut articles {
        canon::apply(&remap, a);
    }
    let gold = gold()?;
    let gold_set: HashSet<(String, usize, usize)> = gold.iter().map(|g| (g.0.clone(), g.1, g.2)).collect();
    let mut ours: HashSet<(String, usize, usize)> = HashSet::new();
    let mut any_kind: HashSet<(String, usize, usize)> = HashSet::new();
    let mut entity_of: BTreeMap<(String, usize, usize), String> = BTreeMap::new();
    for (name, a) in &articles {
        for m in &a.layers.entities {
            let k = (name.clone(), m.span.start, m.span.end);
            entity_of.insert(k.clone(), m.entity.clone());
            if m.kind == EntityKind::Per {
                ours.insert(k.clone());
            }
            any_kind.insert(k);
        }
    }
    let found = gold_set.intersection(&ours).count();
    println!("seeds: {} articles, {} person mentions in the gold", articles.len(), gold.len());
    println!(
        "  recoupe      found with type PER {found}/{}; exact span of any type {}",
        gold.len(),
        gold_set.intersection(&any_kind).count()
    );
    let mut peer_json = serde_json::Map::new();
    for (n, p) in peers {
        let s = peer_spans(p)?;
        let f = gold_set.intersection(&s).count();
        let false_p = s.difference(&gold_set).count();
        println!("  {n:<12} found with type PER {f}/{}; {false_p} false persons", gold.len());
        peer_json.insert(n.clone(), serde_json::json!({"found": f, "false_persons": false_p}));
    }
    let missed: Vec<&(String, usize, usize, String)> =
        gold.iter().filter(|g| !ours.contains(&(g.0.clone(), g.1, g.2))).collect();
    for g in &missed {
        println!("  missed: {} {}..{} {}", g.0, g.1, g.2, g.3);
    }
    let mut false_persons = Vec::new();
    for (name, a) in &articles {
        for m in a.layers.entities.iter().filter(|m| m.kind == EntityKind::Per) {
            if !gold_set.contains(&(name.clone(), m.span.start, m.span.end)) {
                false_persons.push(format!("{name} {}", m.span.slice(&a.text)));
            }
        }
    }
    for f in &false_persons {
        println!("  false person: {f}");
    }
    // the president's spellings
    let president: BTreeSet<&String> = gold
        .iter()
        .filter(|g| ["Tokaïev", "Tokayev", "Toqaev"].iter().any(|n| g.3.contains(n)))
        .filter_map(|g| entity_of.get(&(g.0.clone(), g.1, g.2)))
        .collect();
    let spellings: BTreeSet<&str> = gold
        .iter()
        .filter(|g| ["Tokaïev", "Tokayev", "Toqaev"].iter().any(|n| g.3.contains(n)))
        .map(|g| g.3.as_str())
        .collect();
    println!(
        "  president: {} spellings ({}) -> entities {:?}",
        spellings.len(),
        spellings.iter().copied().collect::<Vec<_>>().join(", "),
        president
    );
    let otsc = canon::curated().get(&canon::key("OTSC")).map(|c| c.id);
    let csto = canon::curated().get(&canon::key("CSTO")).map(|c| c.id);
    let otsc_mentions: BTreeSet<&String> = articles
        .iter()
        .flat_map(|(_, a)| a.layers.entities.iter().filter(|m| m.span.slice(&a.text) == "OTSC").map(|m| &m.entity))
        .collect();
    let linked = otsc.is_some() && otsc == csto && otsc_mentions.iter().all(|e| Some(e.as_str()) == otsc);
    println!("  OTSC mentions -> {:?}; CSTO -> {:?}; linked: {linked}", otsc_mentions, csto);
    let speed = per_second(words, entity_time);
    println!("  entities stage (tagging, roles, ids): {speed:.0} tokens/s");
    Ok(serde_json::json!({
        "task": "seeds-entities", "gold_persons": gold.len(), "found": found, "missed": missed.len(),
        "false_persons": false_persons.len(), "president_entities": president.len(),
        "otsc_is_csto": linked, "peers": peer_json, "tokens_per_s": speed.round(),
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_gold_parses_whole() {
        let g = super::gold().unwrap();
        assert_eq!(g.len(), 73);
        assert!(g.iter().all(|r| r.1 < r.2 && !r.3.is_empty()));
    }
}
