//! The shipped weights, compiled in and parsed once on first use. Rebuilt by
//! `recoupe eval train-ner ../shared/data/ner` (see `data/models/README.md`).

use crate::features::WordMap;
use crate::Tagger;
use std::sync::OnceLock;

static FR: &[u8] = include_bytes!("../../../data/models/ner-fr.bin");
static EN: &[u8] = include_bytes!("../../../data/models/ner-en.bin");
static GAZETTEER: &[u8] = include_bytes!("../../../data/models/gazetteer.bin");
static CLUSTERS_FR: &[u8] = include_bytes!("../../../data/models/clusters-fr.bin");
static PLACES: &[u8] = include_bytes!("../../../data/models/places.bin");

/// GeoNames ids by the hash of a place name's spelling key.
pub fn places() -> &'static WordMap<u32> {
    static P: OnceLock<WordMap<u32>> = OnceLock::new();
    P.get_or_init(|| crate::places::from_bytes(PLACES).unwrap_or_default())
}

/// Our list of given names (`data/lexicon/given_names.tsv`): news names the
/// taggers' training data may lack, with their grammatical gender (read by the
/// quotes for their pronouns).
static GIVEN_NAMES: &str = include_str!("../../../data/lexicon/given_names.tsv");

fn given_names() -> &'static std::collections::HashMap<&'static str, bool> {
    static G: OnceLock<std::collections::HashMap<&'static str, bool>> = OnceLock::new();
    G.get_or_init(|| {
        GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .flat_map(|(g, names)| names.split_whitespace().map(move |n| (n, g == "f")))
            .collect()
    })
}

/// Whether `word` is one of our given names.
pub fn is_listed_given_name(word: &str) -> bool {
    given_names().contains_key(recoupe_text::fold::fold_word(word).as_ref())
}

/// The grammatical gender of one of our given names: true for feminine.
pub fn given_name_feminine(word: &str) -> Option<bool> {
    given_names().get(recoupe_text::fold::fold_word(word).as_ref()).copied()
}

/// Whether `word` is a given name (gazetteer bit [`crate::gazetteer::FIRST_NAME`]).
pub fn is_first_name(word: &str) -> bool {
    let h = crate::features::hash_bytes(2, recoupe_text::fold::fold_word(word).as_bytes());
    gazetteer().get(&h).is_some_and(|g| g & crate::gazetteer::FIRST_NAME != 0)
}

/// Whether `word` names a country or a city of 100,000 people or more.
pub fn is_place_word(word: &str) -> bool {
    places().contains_key(&crate::places::key_hash(&crate::canon::key(word)))
}

/// French word clusters by word hash.
pub fn clusters_fr() -> &'static WordMap<u16> {
    static C: OnceLock<WordMap<u16>> = OnceLock::new();
    C.get_or_init(|| crate::clusters::from_bytes(CLUSTERS_FR).unwrap_or_default())
}

/// Gazetteer bits by folded-word hash.
pub fn gazetteer() -> &'static WordMap<u8> {
    static G: OnceLock<WordMap<u8>> = OnceLock::new();
    G.get_or_init(|| crate::gazetteer::from_bytes(GAZETTEER).unwrap_or_default())
}

/// The tagger for `lang` ("fr" or "en"; other languages get the French one, the
/// closer to most of the Latin-script languages in a French corpus).
pub fn tagger(lang: &str) -> &'static Tagger {
    static TAGGERS: [OnceLock<Tagger>; 2] = [OnceLock::new(), OnceLock::new()];
    let (i, bytes) = if lang == "en" { (1, EN) } else { (0, FR) };
    TAGGERS[i].get_or_init(|| {
        let clusters = if i == 0 { clusters_fr().clone() } else { WordMap::default() };
        Tagger::from_bytes(bytes).unwrap_or_default().with_tables(gazetteer().clone(), clusters)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn shipped_weights_load() {
        for (name, b) in [("fr", super::FR), ("en", super::EN)] {
            let t = crate::Tagger::from_bytes(b).unwrap_or_else(|e| panic!("ner-{name}.bin: {e}"));
            assert!(t.feature_count() > 10_000, "ner-{name}.bin has {} features", t.feature_count());
        }
        let g = crate::gazetteer::from_bytes(super::GAZETTEER).unwrap();
        assert!(g.len() > 10_000);
        assert!(crate::clusters::from_bytes(super::CLUSTERS_FR).unwrap().len() > 100_000);
        assert!(crate::places::from_bytes(super::PLACES).unwrap().len() > 10_000);
    }
}
