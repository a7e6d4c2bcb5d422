//! Places by spelling key: every GeoNames name of a city of 100,000 people or
//! more (Moscou, Moscow, Moskva) and of each country (pycountry's French and
//! English names too) points to its GeoNames id, so that exonyms and former
//! names join without a list of our own. The file keeps hashes of spelling keys
//! and ids, not the names (GeoNames, CC BY 4.0, credited in `data/models/README.md`).
//!
//! File (`data/models/places.bin`, little endian): magic `RCPPLC01`, `u32`
//! count, sorted `u64` key hashes, then one `u32` GeoNames id each.

use crate::features::{hash_bytes, WordMap};

const MAGIC: &[u8; 8] = b"RCPPLC01";

/// Hash of a spelling key ([`crate::canon::key`]).
pub fn key_hash(key: &str) -> u64 {
    hash_bytes(9, key.as_bytes())
}

/// Collects names; for a key shared by several places the most populous wins.
#[derive(Debug, Default)]
pub struct Builder {
    best: WordMap<(u64, u32)>,
}

impl Builder {
    pub fn add(&mut self, name: &str, geonameid: u32, population: u64) {
        let k = crate::canon::key(name);
        if k.len() < 3 {
            return;
        }
        let e = self.best.entry(key_hash(&k)).or_insert((population, geonameid));
        if population > e.0 {
            *e = (population, geonameid);
        }
    }

    pub fn len(&self) -> usize {
        self.best.len()
    }

    pub fn is_empty(&self) -> bool {
        self.best.is_empty()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        crate::hashfile::to_bytes(MAGIC, self.best.iter().map(|(&k, &(_, id))| (k, id)))
    }
}

pub fn from_bytes(b: &[u8]) -> Result<WordMap<u32>, String> {
    crate::hashfile::from_bytes(MAGIC, "places", b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_populous_place_keeps_a_shared_name() {
        let mut b = Builder::default();
        b.add("Valmora", 1, 50_000);
        b.add("Valmora", 2, 900_000);
        b.add("Port-Esquel", 3, 200_000);
        let m = from_bytes(&b.to_bytes()).unwrap();
        assert_eq!(m.get(&key_hash(&crate::canon::key("VALMORA"))), Some(&2));
        assert_eq!(m.get(&key_hash(&crate::canon::key("Port Esquel"))), Some(&3));
        assert!(from_bytes(b"RCPPLC01\x01\0\0\0").is_err());
    }
}
