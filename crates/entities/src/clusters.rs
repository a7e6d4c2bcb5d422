//! Word clusters for the tagger's features: words that share contexts share a
//! cluster, so a name the training data never saw still looks like its kin.
//! Made by `tools/word_clusters.py` from CC0 fastText vectors; the file keeps
//! hashes of the words, not the words.
//!
//! File (`data/models/clusters-fr.bin`, little endian): magic `RCPCLU01`, `u32`
//! count, sorted `u64` word hashes ([`TokenInfo::word`]), then one `u16` each:
//! `coarse * FINE + fine`.

use crate::features::{TokenInfo, WordMap};

/// Fine clusters per coarse one's numbering.
pub const FINE: u16 = 512;

const MAGIC: &[u8; 8] = b"RCPCLU01";

/// Reads `word<TAB>fine<TAB>coarse` lines; errors name the 1-based line.
pub fn from_tsv(s: &str) -> Result<WordMap<u16>, String> {
    let mut out = WordMap::default();
    for (i, line) in s.lines().enumerate() {
        let mut c = line.split('\t');
        let (Some(w), Some(f), Some(k)) = (c.next(), c.next(), c.next()) else {
            return Err(format!("line {}: expected word, fine, coarse", i + 1));
        };
        let (Ok(f), Ok(k)) = (f.parse::<u16>(), k.parse::<u16>()) else {
            return Err(format!("line {}: clusters must be numbers", i + 1));
        };
        if f >= FINE || k >= 64 {
            return Err(format!("line {}: cluster out of range", i + 1));
        }
        out.insert(TokenInfo::of(w).word, k * FINE + f);
    }
    Ok(out)
}

pub fn to_bytes(m: &WordMap<u16>) -> Vec<u8> {
    crate::hashfile::to_bytes(MAGIC, m.iter().map(|(&k, &v)| (k, v)))
}

pub fn from_bytes(b: &[u8]) -> Result<WordMap<u16>, String> {
    crate::hashfile::from_bytes(MAGIC, "clusters", b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_to_bytes_and_back() {
        let m = from_tsv("Valmora\t3\t1\nprésident\t7\t2\n").unwrap();
        let back = from_bytes(&to_bytes(&m)).unwrap();
        assert_eq!(back.get(&TokenInfo::of("Valmora").word), Some(&(FINE + 3)));
        assert!(from_tsv("x\t999\t1").unwrap_err().contains("line 1"));
        assert!(from_tsv("x\t1").is_err());
    }
}
