//! Curated word lists of our own, compiled in: demonyms (`data/lexicon/demonyms.tsv`).

use std::sync::OnceLock;

// (the table is read by the text crate, whose figures count peoples too)
pub use recoupe_text::lexicon::{demonyms, Demonym};

/// Whether `word` is a French demonym ("Suédoise", "français"), any case.
pub fn is_french_demonym(word: &str) -> bool {
    static S: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    S.get_or_init(|| demonyms().iter().flat_map(|d| d.fr.iter().map(|f| f.to_lowercase())).collect())
        .contains(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn demonyms_parse_with_both_languages() {
        let d = super::demonyms();
        assert!(d.len() > 50);
        let kz = d.iter().find(|d| d.code == "KZ").unwrap();
        assert!(kz.fr.contains(&"kazakhe") && kz.en.contains(&"Kazakh"));
        assert!(d.iter().all(|d| !d.fr.is_empty() && !d.en.is_empty()), "a row lacks a language");
    }
}
