//! Gazetteer bits for the tagger's features: whether a folded word is (part of)
//! a city, country or demonym. The file holds hashes of folded words and their
//! bits, never the names themselves (the names are GeoNames', CC BY, credited in
//! `data/models/README.md`).
//!
//! File (`data/models/gazetteer.bin`, little endian): magic `RCPGAZ01`, `u32`
//! count, then sorted `u64` word hashes, then one bits byte each.

use crate::features::{TokenInfo, WordMap};

/// A one-word city name ("Almaty").
pub const CITY: u8 = 1;
/// A word inside a longer city name ("Nour", "Soultan").
pub const CITY_PART: u8 = 2;
/// A one-word country name ("Kazakhstan", "Biélorussie").
pub const COUNTRY: u8 = 4;
/// A word inside a longer country name ("Royaume", "Uni").
pub const COUNTRY_PART: u8 = 8;
/// A demonym or nationality adjective ("kazakh", "russes", "French").
pub const DEMONYM: u8 = 16;
/// A city of a million people or more.
pub const BIG_CITY: u8 = 32;
/// A given name: the first word of many person names in the training data and
/// seldom anything else. Read by the mention rules, not by the tagger's
/// features (it comes from the tagger's own training data).
pub const FIRST_NAME: u8 = 64;

/// The bits the tagger's features read.
pub const FEATURE_BITS: u8 = CITY | CITY_PART | COUNTRY | COUNTRY_PART | DEMONYM | BIG_CITY;

const MAGIC: &[u8; 8] = b"RCPGAZ01";

/// Collects names into word bits.
#[derive(Debug, Default)]
pub struct Builder {
    bits: WordMap<u8>,
}

impl Builder {
    /// Adds a name: one word gets `whole`, each word of a longer name `part`.
    /// Names are split at spaces only, as the tokenizer keeps "Alma-Ata" whole.
    pub fn add(&mut self, name: &str, whole: u8, part: u8) {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() == 1 {
            *self.bits.entry(TokenInfo::of(words[0]).folded).or_default() |= whole;
        } else {
            for w in words {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    *self.bits.entry(TokenInfo::of(w).folded).or_default() |= part;
                }
            }
        }
    }

    /// Marks a word by its folded hash.
    pub fn mark(&mut self, word: &str, bit: u8) {
        *self.bits.entry(TokenInfo::of(word).folded).or_default() |= bit;
    }

    pub fn len(&self) -> usize {
        self.bits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        crate::hashfile::to_bytes(MAGIC, self.bits.iter().map(|(&k, &v)| (k, v)))
    }
}

/// Reads a gazetteer file into a hash → bits map.
pub fn from_bytes(b: &[u8]) -> Result<WordMap<u8>, String> {
    crate::hashfile::from_bytes(MAGIC, "gazetteer", b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_folds() {
        let mut g = Builder::default();
        g.add("Valmora", CITY, CITY_PART);
        g.add("Port Esquel", CITY, CITY_PART);
        g.add("valmorien", DEMONYM, 0);
        let m = from_bytes(&g.to_bytes()).unwrap();
        assert_eq!(m.get(&TokenInfo::of("VALMORA").folded), Some(&CITY));
        assert_eq!(m.get(&TokenInfo::of("Esquel").folded), Some(&CITY_PART));
        assert_eq!(m.get(&TokenInfo::of("Valmorien").folded), Some(&DEMONYM));
        assert!(from_bytes(b"RCPGAZ01\x05\0\0\0").is_err());
    }
}
