//! Curated word lists of our own, compiled in: demonyms (`data/lexicon/demonyms.tsv`).

use std::sync::OnceLock;

static DEMONYMS: &str = include_str!("../../../data/lexicon/demonyms.tsv");

/// One country's demonyms: ISO code, French forms, English forms.
pub struct Demonym {
    pub code: &'static str,
    pub fr: Vec<&'static str>,
    pub en: Vec<&'static str>,
}

pub fn demonyms() -> &'static [Demonym] {
    static D: OnceLock<Vec<Demonym>> = OnceLock::new();
    D.get_or_init(|| {
        DEMONYMS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut c = l.split('\t');
                let code = c.next()?;
                let fr = c.next()?.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
                let en = c.next().unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
                Some(Demonym { code, fr, en })
            })
            .collect()
    })
}

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
