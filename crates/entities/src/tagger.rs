//! An averaged perceptron with greedy left-to-right decoding over BIO labels
//! (the design of spaCy v1 and of Honnibal's "parsing English in 500 lines"):
//! fast on a CPU, trained in seconds, and its weights are a small data file.
//!
//! Weights file (`data/models/ner-*.bin`, little endian): magic `RCPNER01`,
//! `u32` label count, `u32` feature count `n`, `f32` scale, then `n` sorted `u64`
//! feature hashes, then `n` rows of label-count `i16` weights (weight = i16 ×
//! scale).

use crate::features::{history_features, static_features, TokenInfo, WordMap};
use crate::labels::{allowed, N_LABELS};
use std::collections::HashMap;

const MAGIC: &[u8; 8] = b"RCPNER01";

/// Feature hash → weights, open addressing with linear probing; the key 0
/// marks an empty slot (a feature hashing to 0 is stored as 1). Key and weights
/// share a slot of 32 bytes, so a look-up touches one cache line.
#[derive(Debug, Clone, Default)]
struct Table {
    slots: Vec<Slot>,
    mask: usize,
}

#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    key: u64,
    w: [i16; N_LABELS],
}

impl Table {
    fn build(keys: &[u64], weights: &[[i16; N_LABELS]]) -> Table {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut t = Table { slots: vec![Slot::default(); cap], mask: cap - 1 };
        for (&k, w) in keys.iter().zip(weights) {
            let k = k.max(1);
            let mut s = (k as usize) & t.mask;
            while t.slots[s].key != 0 {
                s = (s + 1) & t.mask;
            }
            t.slots[s] = Slot { key: k, w: *w };
        }
        t
    }

    #[inline]
    fn get(&self, k: u64) -> Option<&[i16; N_LABELS]> {
        if self.slots.is_empty() {
            return None;
        }
        let k = k.max(1);
        let mut s = (k as usize) & self.mask;
        loop {
            let x = &self.slots[s];
            if x.key == k {
                return Some(&x.w);
            }
            if x.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }
}

/// A trained tagger: weights, and the word tables its features read.
#[derive(Debug, Clone, Default)]
pub struct Tagger {
    table: Table,
    features: usize,
    scale: f32,
    gazetteer: WordMap<u8>,
    clusters: WordMap<u16>,
}

/// Error reading a weights file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub String);

impl std::fmt::Display for BadModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad tagger weights: {}", self.0)
    }
}

impl std::error::Error for BadModel {}

impl Tagger {
    /// Reads weights written by [`Trainer::finish`].
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, BadModel> {
        let bad = |m: &str| BadModel(m.to_string());
        if b.len() < 20 || &b[..8] != MAGIC {
            return Err(bad("not a recoupe tagger file"));
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
        if u32_at(8) != N_LABELS {
            return Err(bad("label count differs"));
        }
        let n = u32_at(12);
        let scale = f32::from_le_bytes([b[16], b[17], b[18], b[19]]);
        let need = 20 + n * 8 + n * N_LABELS * 2;
        if b.len() != need {
            return Err(BadModel(format!("{} bytes, {need} expected", b.len())));
        }
        let keys: Vec<u64> =
            b[20..20 + n * 8].chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))).collect();
        let mut weights = Vec::with_capacity(n);
        for row in b[20 + n * 8..].chunks_exact(N_LABELS * 2) {
            let mut w = [0i16; N_LABELS];
            for (j, c) in row.chunks_exact(2).enumerate() {
                w[j] = i16::from_le_bytes([c[0], c[1]]);
            }
            weights.push(w);
        }
        Ok(Tagger {
            table: Table::build(&keys, &weights),
            features: n,
            scale,
            gazetteer: WordMap::default(),
            clusters: WordMap::default(),
        })
    }

    /// Adds the word tables (gazetteer bits and clusters, keyed by the hash of
    /// the folded word) the model was trained with.
    pub fn with_tables(mut self, gazetteer: WordMap<u8>, clusters: WordMap<u16>) -> Tagger {
        self.gazetteer = gazetteer;
        self.clusters = clusters;
        self
    }

    pub fn feature_count(&self) -> usize {
        self.features
    }

    /// Token infos of a sentence, with the word tables applied.
    pub fn infos(&self, words: &[&str]) -> Vec<TokenInfo> {
        words.iter().map(|w| info(w, &self.gazetteer, &self.clusters)).collect()
    }

    /// BIO labels (indices into [`crate::labels::LABELS`]) of one sentence.
    pub fn tag(&self, words: &[&str]) -> Vec<u8> {
        let infos = self.infos(words);
        let mut labels = Vec::with_capacity(words.len());
        let mut feats = Vec::with_capacity(48);
        for i in 0..infos.len() {
            static_features(&infos, i, &mut feats);
            let (p1, p2) = history(&labels, i);
            history_features(&infos, i, p1, p2, &mut feats);
            let mut s = [0i32; N_LABELS];
            for &f in &feats {
                if let Some(w) = self.table.get(f) {
                    for j in 0..N_LABELS {
                        s[j] += w[j] as i32;
                    }
                }
            }
            labels.push(best(&s, p1));
        }
        labels
    }

    pub fn scale(&self) -> f32 {
        self.scale
    }
}

fn info(w: &str, gazetteer: &WordMap<u8>, clusters: &WordMap<u16>) -> TokenInfo {
    let mut t = TokenInfo::of(w);
    if let Some(&g) = gazetteer.get(&t.folded) {
        t.gazetteer = g & crate::gazetteer::FEATURE_BITS;
    }
    if let Some(&c) = clusters.get(&t.word).or_else(|| clusters.get(&t.folded)) {
        t.cluster = c;
    }
    t
}

fn history(labels: &[u8], i: usize) -> (u8, u8) {
    let p1 = if i >= 1 { labels[i - 1] } else { 0 };
    let p2 = if i >= 2 { labels[i - 2] } else { 0 };
    (p1, p2)
}

fn best<T: PartialOrd + Copy>(s: &[T; N_LABELS], prev: u8) -> u8 {
    let mut b = 0usize;
    for j in 1..N_LABELS {
        if allowed(prev, j as u8) && s[j] > s[b] {
            b = j;
        }
    }
    b as u8
}

/// One training sentence.
#[derive(Debug, Clone, Default)]
pub struct Example {
    pub words: Vec<String>,
    pub labels: Vec<u8>,
}

/// Averaged perceptron training (the running-sum trick: `avg = w - u / c`).
pub struct Trainer {
    index: HashMap<u64, u32>,
    w: Vec<[f32; N_LABELS]>,
    u: Vec<[f64; N_LABELS]>,
    c: f64,
    gazetteer: WordMap<u8>,
    clusters: WordMap<u16>,
}

impl Trainer {
    pub fn new(gazetteer: WordMap<u8>, clusters: WordMap<u16>) -> Trainer {
        Trainer { index: HashMap::new(), w: Vec::new(), u: Vec::new(), c: 1.0, gazetteer, clusters }
    }

    /// Token infos of every example, computed once for all epochs.
    pub fn prepare(&self, ex: &[Example]) -> Vec<Vec<TokenInfo>> {
        ex.iter().map(|e| e.words.iter().map(|w| info(w, &self.gazetteer, &self.clusters)).collect()).collect()
    }

    /// One pass over `order` (indices into `ex`); returns the tokens tagged right.
    pub fn epoch(&mut self, ex: &[Example], infos: &[Vec<TokenInfo>], order: &[usize]) -> usize {
        let mut right = 0;
        let mut feats = Vec::with_capacity(48);
        let mut guessed = Vec::new();
        for &k in order {
            let (e, t) = (&ex[k], &infos[k]);
            guessed.clear();
            for i in 0..t.len() {
                static_features(t, i, &mut feats);
                let (p1, p2) = history(&guessed, i);
                history_features(t, i, p1, p2, &mut feats);
                let mut s = [0f32; N_LABELS];
                for &f in &feats {
                    if let Some(&r) = self.index.get(&f) {
                        let w = &self.w[r as usize];
                        for j in 0..N_LABELS {
                            s[j] += w[j];
                        }
                    }
                }
                let guess = best(&s, p1);
                let gold = e.labels[i];
                if guess == gold {
                    right += 1;
                } else {
                    for &f in &feats {
                        let r = match self.index.get(&f) {
                            Some(&r) => r as usize,
                            None => {
                                self.index.insert(f, self.w.len() as u32);
                                self.w.push([0.0; N_LABELS]);
                                self.u.push([0.0; N_LABELS]);
                                self.w.len() - 1
                            }
                        };
                        self.w[r][gold as usize] += 1.0;
                        self.u[r][gold as usize] += self.c;
                        self.w[r][guess as usize] -= 1.0;
                        self.u[r][guess as usize] -= self.c;
                    }
                }
                // Train on the guessed history, as the tagger will run.
                guessed.push(guess);
                self.c += 1.0;
            }
        }
        right
    }

    /// Averages, drops features whose weights all stay under `min_weight`
    /// (after averaging), quantises to i16 and writes the weights file.
    pub fn finish(&self, min_weight: f32) -> Vec<u8> {
        let mut rows: Vec<(u64, [f32; N_LABELS])> = Vec::new();
        for (&k, &r) in &self.index {
            let (w, u) = (&self.w[r as usize], &self.u[r as usize]);
            let mut a = [0f32; N_LABELS];
            for j in 0..N_LABELS {
                a[j] = (w[j] as f64 - u[j] / self.c) as f32;
            }
            if a.iter().any(|x| x.abs() >= min_weight) {
                rows.push((k, a));
            }
        }
        rows.sort_by_key(|r| r.0);
        let max = rows.iter().flat_map(|r| r.1.iter()).fold(0f32, |m, x| m.max(x.abs())).max(1e-6);
        let scale = max / 32767.0;
        let mut out = Vec::with_capacity(20 + rows.len() * (8 + N_LABELS * 2));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(N_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for r in &rows {
            out.extend_from_slice(&r.0.to_le_bytes());
        }
        for r in &rows {
            for x in r.1 {
                out.extend_from_slice(&((x / scale).round() as i16).to_le_bytes());
            }
        }
        out
    }

    pub fn feature_count(&self) -> usize {
        self.w.len()
    }
}

/// A deterministic shuffle (xorshift), so that a rebuild gives the same bytes.
pub fn shuffle(order: &mut [usize], seed: u64) {
    let mut x = seed | 1;
    for i in (1..order.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        order.swap(i, (x % (i as u64 + 1)) as usize);
    }
}
