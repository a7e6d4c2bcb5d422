//! Features of a token for the tagger, as 64-bit hashes: nothing is allocated per
//! feature. Each token's word, folded word, shapes and affixes are hashed once
//! ([`TokenInfo`]); a feature mixes a template number with one to three of those.

use recoupe_text::fold::fold_char;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Keys that are already hashes need no second hashing.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

/// A table keyed by word hashes (gazetteer bits, clusters).
pub type WordMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// FNV-1a over bytes, then finalised: words are short, so a byte loop is enough.
pub fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    finish(h)
}

#[inline]
fn finish(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x
}

#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    finish(a.rotate_left(21) ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// What the features need of one token, hashed once.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    /// The word as written.
    pub word: u64,
    /// Lower-cased, accents stripped (Tokaïev and TOKAIEV meet).
    pub folded: u64,
    /// Shape with runs cut to two: "Xx", "XX", "Xx-Xx", "dd".
    pub shape: u64,
    /// Suffixes of the folded word (2, 3, 4 chars) and prefixes (2, 3).
    pub suffix: [u64; 3],
    pub prefix: [u64; 2],
    /// Bits: 1 upper first, 2 all upper, 4 has digit, 8 has a letter, 16 hyphen
    /// or apostrophe inside, 32 looks like an initial ("J."), 64 one char.
    pub flags: u8,
    /// Gazetteer bits ([`crate::gazetteer`]), 0 when none.
    pub gazetteer: u8,
    /// Word cluster, `u16::MAX` when the word has none.
    pub cluster: u16,
}

pub const BOS: u64 = 0x1111_2222_3333_4444;
pub const EOS: u64 = 0x5555_6666_7777_8888;

impl TokenInfo {
    pub fn of(word: &str) -> TokenInfo {
        let mut folded = String::with_capacity(word.len());
        let mut shape = Vec::with_capacity(8);
        let (mut run, mut last) = (0u8, 0u8);
        let mut flags = 0u8;
        let mut n = 0;
        let mut all_upper = true;
        for (i, c) in word.chars().enumerate() {
            n += 1;
            if let Some(f) = fold_char(c) {
                folded.push(f);
            }
            let s = if c.is_uppercase() {
                if i == 0 {
                    flags |= 1;
                }
                flags |= 8;
                b'X'
            } else if c.is_lowercase() {
                all_upper = false;
                flags |= 8;
                b'x'
            } else if c.is_ascii_digit() {
                flags |= 4;
                b'd'
            } else {
                if (c == '-' || c == '\'' || c == '’') && i > 0 {
                    flags |= 16;
                }
                b'-'
            };
            if s == last {
                run += 1;
            } else {
                run = 1;
                last = s;
            }
            if run <= 2 {
                shape.push(s);
            }
        }
        if all_upper && flags & 8 != 0 {
            flags |= 2;
        }
        if n == 2 && word.ends_with('.') && flags & 1 != 0 {
            flags |= 32;
        }
        if n == 1 {
            flags |= 64;
        }
        let fb = folded.as_bytes();
        let chars: Vec<usize> = folded.char_indices().map(|(i, _)| i).collect();
        let suf = |k: usize| if chars.len() > k { &fb[chars[chars.len() - k]..] } else { fb };
        let pre = |k: usize| if chars.len() > k { &fb[..chars[k]] } else { fb };
        TokenInfo {
            word: hash_bytes(1, word.as_bytes()),
            folded: hash_bytes(2, fb),
            shape: hash_bytes(3, &shape),
            suffix: [hash_bytes(4, suf(2)), hash_bytes(5, suf(3)), hash_bytes(6, suf(4))],
            prefix: [hash_bytes(7, pre(2)), hash_bytes(8, pre(3))],
            flags,
            gazetteer: 0,
            cluster: u16::MAX,
        }
    }
}

/// Features of token `i` that do not depend on the tags already given, in
/// `out` (cleared first).
pub fn static_features(t: &[TokenInfo], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let cur = &t[i];
    let at = |j: isize| -> Option<&TokenInfo> { usize::try_from(j).ok().and_then(|j| t.get(j)) };
    let i = i as isize;
    let folded = |j: isize| at(j).map_or(if j < 0 { BOS } else { EOS }, |x| x.folded);
    let shape = |j: isize| at(j).map_or(if j < 0 { BOS } else { EOS }, |x| x.shape);
    let f = |tpl: u64, h: u64| mix(tpl, h);
    out.push(f(0, 0));
    out.push(f(1, cur.word));
    out.push(f(2, cur.folded));
    out.push(f(3, cur.shape));
    out.push(f(4, cur.suffix[0]));
    out.push(f(5, cur.suffix[1]));
    out.push(f(6, cur.suffix[2]));
    out.push(f(7, cur.prefix[0]));
    out.push(f(8, cur.prefix[1]));
    out.push(f(9, folded(i - 1)));
    out.push(f(10, folded(i + 1)));
    out.push(f(11, folded(i - 2)));
    out.push(f(12, folded(i + 2)));
    out.push(f(13, mix(shape(i - 1), cur.shape)));
    out.push(f(14, mix(cur.shape, shape(i + 1))));
    out.push(f(15, mix(folded(i - 1), cur.folded)));
    out.push(f(16, mix(cur.folded, folded(i + 1))));
    out.push(f(17, mix(shape(i - 1), cur.folded)));
    out.push(f(18, mix(cur.folded, shape(i + 1))));
    out.push(f(19, ((i == 0) as u64) << 8 | cur.flags as u64));
    out.push(f(20, mix(shape(i - 1), mix(cur.shape, shape(i + 1)))));
    if let Some(p) = at(i - 1) {
        out.push(f(21, p.suffix[1]));
    }
    if let Some(n) = at(i + 1) {
        out.push(f(22, n.suffix[1]));
    }
    if cur.gazetteer != 0 && cur.flags & 1 != 0 {
        out.push(f(23, cur.gazetteer as u64));
        out.push(f(24, mix(cur.gazetteer as u64, cur.shape)));
    }
    for (tpl, j) in [(25u64, i - 1), (26, i + 1)] {
        if let Some(x) = at(j) {
            if x.gazetteer != 0 && x.flags & 1 != 0 {
                out.push(f(tpl, x.gazetteer as u64));
            }
        }
    }
    // clusters: fine (512) and coarse (64) of the word, coarse of its neighbours
    let fine = |x: &TokenInfo| (x.cluster % crate::clusters::FINE) as u64;
    let coarse = |x: Option<&TokenInfo>| match x {
        Some(x) if x.cluster != u16::MAX => (x.cluster / crate::clusters::FINE) as u64,
        Some(_) => 100,
        None => 101,
    };
    if cur.cluster != u16::MAX {
        out.push(f(27, fine(cur)));
        out.push(f(28, mix(fine(cur), cur.shape)));
    }
    out.push(f(29, coarse(Some(cur))));
    out.push(f(30, mix(coarse(at(i - 1)), coarse(Some(cur)))));
    out.push(f(31, mix(coarse(Some(cur)), coarse(at(i + 1)))));
}

/// Features that read the tags already given to the two tokens before.
pub fn history_features(t: &[TokenInfo], i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    let cur = &t[i];
    out.push(mix(40, prev as u64));
    out.push(mix(41, (prev2 as u64) << 8 | prev as u64));
    out.push(mix(42, mix(prev as u64, cur.folded)));
    out.push(mix(43, mix(prev as u64, cur.shape)));
}
