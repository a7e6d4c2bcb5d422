//! The file format of the word tables (gazetteer bits, clusters, places): an
//! 8-byte magic, a `u32` count, the sorted `u64` keys, then one fixed-width
//! little-endian value each. Keys are hashes, so no source text is stored.

use crate::features::WordMap;

/// A value stored after the keys, in `WIDTH` little-endian bytes.
pub trait Value: Copy {
    const WIDTH: usize;
    fn put(self, out: &mut Vec<u8>);
    fn get(b: &[u8]) -> Self;
}

impl Value for u8 {
    const WIDTH: usize = 1;
    fn put(self, out: &mut Vec<u8>) {
        out.push(self);
    }
    fn get(b: &[u8]) -> Self {
        b[0]
    }
}

impl Value for u16 {
    const WIDTH: usize = 2;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(b: &[u8]) -> Self {
        u16::from_le_bytes([b[0], b[1]])
    }
}

impl Value for u32 {
    const WIDTH: usize = 4;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(b: &[u8]) -> Self {
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }
}

/// Writes `rows` (any order; sorted here, so a rebuild gives the same bytes).
pub fn to_bytes<V: Value + Ord>(magic: &[u8; 8], rows: impl IntoIterator<Item = (u64, V)>) -> Vec<u8> {
    let mut rows: Vec<(u64, V)> = rows.into_iter().collect();
    rows.sort_unstable();
    let mut out = Vec::with_capacity(12 + rows.len() * (8 + V::WIDTH));
    out.extend_from_slice(magic);
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    for r in &rows {
        out.extend_from_slice(&r.0.to_le_bytes());
    }
    for r in &rows {
        r.1.put(&mut out);
    }
    out
}

/// Reads a table written by [`to_bytes`]; `what` names it in errors.
pub fn from_bytes<V: Value>(magic: &[u8; 8], what: &str, b: &[u8]) -> Result<WordMap<V>, String> {
    if b.len() < 12 || &b[..8] != magic {
        return Err(format!("not a recoupe {what} file"));
    }
    let n = u32::from_le_bytes([b[8], b[9], b[10], b[11]]) as usize;
    let need = 12 + n * (8 + V::WIDTH);
    if b.len() != need {
        return Err(format!("{} bytes, {need} expected", b.len()));
    }
    let keys = b[12..12 + n * 8].chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    let values = b[12 + n * 8..].chunks_exact(V::WIDTH).map(V::get);
    Ok(keys.zip(values).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trips_and_rejects_bad_files() {
        let b = super::to_bytes(b"RCPTST01", [(7u64, 300u16), (3, 5)]);
        let m = super::from_bytes::<u16>(b"RCPTST01", "test", &b).unwrap();
        assert_eq!((m[&7], m[&3]), (300, 5));
        assert!(super::from_bytes::<u16>(b"RCPXXX01", "test", &b).unwrap_err().contains("not a recoupe test"));
        assert!(super::from_bytes::<u16>(b"RCPTST01", "test", &b[..b.len() - 1]).unwrap_err().contains("expected"));
    }
}
