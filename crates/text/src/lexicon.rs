//! Language resources: versioned data files under `data/lexicon`, compiled into
//! the binary with `include_str!` and parsed once on first use.

use crate::fold::fold_str;
use crate::glob::Glob;
use recoupe_model::BoilerplateReason;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/", $name))
    };
}

pub(crate) use data_file;

/// Lines of a data file without comments and blank lines.
fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    numbered_lines(src).map(|(_, l)| l)
}

/// [`lines`] with their numbers in the file (from 1), for an error that names the line.
pub(crate) fn numbered_lines(src: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Always followed by a name: "M. Tokayev".
    Title,
    /// May end a sentence.
    Weak,
    /// Before a number: "p. 12".
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleScope {
    Paragraph,
    Sentence,
}

#[derive(Debug)]
pub struct BoilerplateRule {
    pub reason: BoilerplateReason,
    pub scope: RuleScope,
    pub name: &'static str,
    pub glob: Glob,
}

/// FNV-1a hasher: the lexicon keys are short strings, for which SipHash's
/// setup cost dominates.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// For keys that are already hashes (`u64`): no further mixing.
#[derive(Default, Clone, Copy)]
pub struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

pub type HashedMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<Identity>>;
pub type HashedSet = HashSet<u64, std::hash::BuildHasherDefault<Identity>>;
pub type FastSet<T> = HashSet<T, FnvBuild>;
pub type FastMap<K, V> = HashMap<K, V, FnvBuild>;

/// A map from short words (1 to 16 bytes, no NUL byte) to small values, each
/// word packed into a `u128` (its bytes, zero-padded): a look-up is a multiply,
/// a probe or two and one compare, without hashing bytes one by one nor a
/// `memcmp`. For the word lists asked at every word of a text.
pub struct PackedWords<V> {
    keys: Vec<u128>,
    values: Vec<V>,
    shift: u32,
}

impl<V: Copy + Default> PackedWords<V> {
    /// Longer, empty and NUL-holding words are left out (a look-up of them
    /// finds nothing).
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a [u8], V)>) -> Self {
        let entries: Vec<(u128, V)> = entries.into_iter().filter_map(|(w, v)| Some((Self::pack(w)?, v))).collect();
        let bits = (entries.len() * 2).max(16).next_power_of_two().trailing_zeros();
        let mut t = PackedWords { keys: vec![0; 1 << bits], values: vec![V::default(); 1 << bits], shift: 64 - bits };
        for (k, v) in entries {
            let i = t.slot(k);
            t.keys[i] = k;
            t.values[i] = v;
        }
        t
    }

    /// The word's bytes as a zero-padded little-endian `u128`.
    pub fn pack(w: &[u8]) -> Option<u128> {
        if w.is_empty() || w.len() > 16 || w.contains(&0) {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..w.len()].copy_from_slice(w);
        Some(u128::from_le_bytes(buf))
    }

    /// The slot holding `k`, or the empty one where it would go.
    #[inline]
    fn slot(&self, k: u128) -> usize {
        let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mask = self.keys.len() - 1;
        let mut i = (h >> self.shift) as usize;
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & mask;
        }
        i
    }

    /// The value of a packed word ([`Self::pack`]).
    #[inline]
    pub fn get_packed(&self, k: u128) -> Option<V> {
        let i = self.slot(k);
        (self.keys[i] == k && k != 0).then(|| self.values[i])
    }

    pub fn get(&self, w: &[u8]) -> Option<V> {
        self.get_packed(Self::pack(w)?)
    }
}

pub struct Lexicon {
    /// Case-sensitive titles and case-folded others.
    abbrev_exact: FastMap<&'static str, AbbrevKind>,
    abbrev_folded: FastMap<String, AbbrevKind>,
    /// The same two maps as packed words, for the short words asked at every
    /// full stop.
    abbrev_exact_packed: PackedWords<Option<AbbrevKind>>,
    abbrev_folded_packed: PackedWords<Option<AbbrevKind>>,
    /// The longest abbreviation, in chars: most words before a full stop are
    /// longer, and are let go without a look-up.
    abbrev_max_chars: usize,
    pub sentence_starters: FastSet<&'static str>,
    /// Section headings ("Voir aussi", "References"), exact case.
    pub section_headings: FastSet<&'static str>,
    /// (length in chars, last char) of the last word of a heading, and (length,
    /// first char) of its first word: a cheap test before the lookup.
    pub heading_ends: WordEdges,
    pub heading_starts: WordEdges,
    /// The same tests on the other edge of those words: (length, first char)
    /// of the last word, (length, last char) of the first.
    pub heading_ends_first: WordEdges,
    pub heading_starts_last: WordEdges,
    /// The first and the last words of the headings: most capitalised words
    /// pass the edge tests above, and are let go here after one look-up instead
    /// of one per heading length.
    pub heading_first_words: FastSet<&'static str>,
    pub heading_last_words: FastSet<&'static str>,
    pub boilerplate: Vec<BoilerplateRule>,
    /// Rules by the first char of their matches; rules that may start with
    /// anything are listed under `None`.
    pub boilerplate_by_first: FastMap<Option<char>, Vec<usize>>,
    pub link_notes: FastSet<String>,
    pub agencies: FastSet<String>,
    pub outlets: FastMap<&'static str, &'static str>,
    /// The outlets' names in ASCII lower case, and the same after their "Le " or
    /// "The " → the whole name, so that the name tests below are look-ups.
    outlet_names: FastSet<String>,
    outlet_bare: FastMap<String, &'static str>,
    pub paywall_signatures: Vec<(&'static str, Glob)>,
    pub english_only: FastSet<&'static str>,
    pub french_only: FastSet<&'static str>,
}

impl Lexicon {
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevKind> {
        // (lower-casing never makes fewer chars, so the folded look-up fails too)
        if word.len() > self.abbrev_max_chars && word.chars().count() > self.abbrev_max_chars {
            return None;
        }
        let exact = match PackedWords::<Option<AbbrevKind>>::pack(word.as_bytes()) {
            Some(key) => self.abbrev_exact_packed.get_packed(key).flatten(),
            None => self.abbrev_exact.get(word).copied(),
        };
        if exact.is_some() {
            return exact;
        }
        if word.chars().next().is_some_and(|c| c.is_uppercase()) && word.chars().count() <= 3 {
            // "MS", "AN" are not abbreviations of "ms", "an"; titles were matched above.
            if word.chars().all(|c| c.is_uppercase()) {
                return None;
            }
        }
        // most words before a full stop are plain ASCII: lower-cased on the stack
        // and packed, not in a new String
        if word.is_ascii() && word.len() <= 16 {
            let mut low = [0u8; 16];
            for (d, c) in low.iter_mut().zip(word.bytes()) {
                *d = c.to_ascii_lowercase();
            }
            return PackedWords::<Option<AbbrevKind>>::pack(&low[..word.len()])
                .and_then(|key| self.abbrev_folded_packed.get_packed(key))
                .flatten();
        }
        let mut buf = [0u8; 24];
        if let Some(low) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
            for (d, c) in low.iter_mut().zip(word.bytes()) {
                *d = c.to_ascii_lowercase();
            }
            return std::str::from_utf8(low).ok().and_then(|w| self.abbrev_folded.get(w)).copied();
        }
        self.abbrev_folded.get(&word.to_lowercase()).copied()
    }

    pub fn is_agency(&self, s: &str) -> bool {
        self.agencies.contains(&fold_str(s))
    }

    /// Whether `s` is the name of an outlet of our list, in any ASCII case
    /// ("BFMTV", "euronews").
    pub fn is_outlet_name(&self, s: &str) -> bool {
        // (an English name without its "The", as French writes it: "le Guardian")
        self.outlet_names.contains(&s.to_ascii_lowercase())
            || self.outlet_without_article(s).is_some_and(|o| o.starts_with("The "))
    }

    /// The outlet of our list named `s` once its "Le" or "The" is left out, in any
    /// ASCII case ("Parisien" after "du", "Guardian" after "le").
    pub fn outlet_without_article(&self, s: &str) -> Option<&'static str> {
        self.outlet_bare.get(&s.to_ascii_lowercase()).copied()
    }
}

/// A set of (word length in chars, edge char) pairs as a bit table: a test
/// that may say yes wrongly but never no wrongly, asked at every capitalised
/// word, so a hash costs too much.
pub struct WordEdges {
    bits: [u64; 64],
}

impl WordEdges {
    fn new(pairs: impl Iterator<Item = (usize, char)>) -> Self {
        let mut bits = [0u64; 64];
        for (len, c) in pairs {
            bits[len % 64] |= 1 << (c as u32 % 64);
        }
        WordEdges { bits }
    }

    pub fn may_contain(&self, len: usize, c: char) -> bool {
        self.bits[len % 64] & (1 << (c as u32 % 64)) != 0
    }
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(load)
}

fn load() -> Lexicon {
    let mut abbrev_exact = FastMap::default();
    let mut abbrev_folded = FastMap::default();
    for l in lines(data_file!("abbreviations.tsv")) {
        let mut it = l.split('\t');
        let (Some(a), Some(k)) = (it.next(), it.next()) else { continue };
        let kind = match k {
            "title" => AbbrevKind::Title,
            "number" => AbbrevKind::Number,
            _ => AbbrevKind::Weak,
        };
        if kind == AbbrevKind::Title && a.chars().next().is_some_and(|c| c.is_uppercase()) {
            abbrev_exact.insert(a, kind);
        } else {
            abbrev_folded.entry(a.to_lowercase()).or_insert(kind);
        }
    }
    let abbrev_max_chars = abbrev_exact
        .keys()
        .map(|a| a.chars().count())
        .chain(abbrev_folded.keys().map(|a| a.chars().count()))
        .max()
        .unwrap_or(0);
    let abbrev_exact_packed = PackedWords::new(abbrev_exact.iter().map(|(a, &k)| (a.as_bytes(), Some(k))));
    let abbrev_folded_packed = PackedWords::new(abbrev_folded.iter().map(|(a, &k)| (a.as_bytes(), Some(k))));
    let sentence_starters = lines(data_file!("sentence_starters.txt")).map(str::trim).collect();
    let section_headings: FastSet<&'static str> = lines(data_file!("section_headings.txt")).map(str::trim).collect();
    let word_key = |w: &str, c: Option<char>| (w.chars().count(), c.unwrap_or(' '));
    let heading_ends = WordEdges::new(
        section_headings.iter().filter_map(|h| h.split(' ').next_back()).map(|w| word_key(w, w.chars().next_back())),
    );
    let heading_starts = WordEdges::new(
        section_headings.iter().filter_map(|h| h.split(' ').next()).map(|w| word_key(w, w.chars().next())),
    );
    let heading_ends_first = WordEdges::new(
        section_headings.iter().filter_map(|h| h.split(' ').next_back()).map(|w| word_key(w, w.chars().next())),
    );
    let heading_starts_last = WordEdges::new(
        section_headings.iter().filter_map(|h| h.split(' ').next()).map(|w| word_key(w, w.chars().next_back())),
    );
    let heading_first_words = section_headings.iter().filter_map(|h| h.split(' ').next()).collect();
    let heading_last_words = section_headings.iter().filter_map(|h| h.split(' ').next_back()).collect();
    let mut boilerplate = Vec::new();
    for l in lines(data_file!("boilerplate.tsv")) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() != 4 {
            panic!("data/lexicon/boilerplate.tsv: bad line {l:?}");
        }
        let reason = BoilerplateReason::parse(f[0])
            .unwrap_or_else(|| panic!("data/lexicon/boilerplate.tsv: unknown reason {:?}", f[0]));
        let scope = match f[1] {
            "paragraph" => RuleScope::Paragraph,
            _ => RuleScope::Sentence,
        };
        let glob = Glob::parse(f[3]).unwrap_or_else(|e| panic!("data/lexicon/boilerplate.tsv: {e}"));
        boilerplate.push(BoilerplateRule { reason, scope, name: f[2], glob });
    }
    let mut boilerplate_by_first: FastMap<Option<char>, Vec<usize>> = FastMap::default();
    for (i, r) in boilerplate.iter().enumerate() {
        boilerplate_by_first.entry(r.glob.first_char()).or_default().push(i);
    }
    let link_notes = lines(data_file!("link_notes.txt")).map(fold_str).collect();
    let agencies = lines(data_file!("wire_agencies.txt")).map(fold_str).collect();
    let outlets: FastMap<&'static str, &'static str> =
        lines(data_file!("outlets.tsv")).filter_map(|l| l.split_once('\t')).collect();
    let outlet_names = outlets.values().map(|o| o.to_ascii_lowercase()).collect();
    let outlet_bare = outlets
        .values()
        .filter_map(|o| ["Le ", "The "].iter().find_map(|d| o.strip_prefix(d)).map(|r| (r.to_ascii_lowercase(), *o)))
        .collect();
    let paywall_signatures = lines(data_file!("paywall_signatures.tsv"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(o, p)| (o, Glob::parse(p).expect("paywall_signatures.tsv")))
        .collect();
    let english_only = lines(data_file!("english_only.txt")).map(str::trim).collect();
    let french_only = lines(data_file!("french_only.txt")).map(str::trim).collect();
    Lexicon {
        abbrev_exact,
        abbrev_folded,
        abbrev_max_chars,
        abbrev_exact_packed,
        abbrev_folded_packed,
        sentence_starters,
        section_headings,
        heading_ends,
        heading_starts,
        heading_ends_first,
        heading_starts_last,
        heading_first_words,
        heading_last_words,
        boilerplate,
        boilerplate_by_first,
        link_notes,
        agencies,
        outlets,
        outlet_names,
        outlet_bare,
        paywall_signatures,
        english_only,
        french_only,
    }
}

/// One country's demonyms (`data/lexicon/demonyms.tsv`): ISO code, French
/// forms, English forms. Read here, below the entities and the figures that
/// both use it.
pub struct Demonym {
    pub code: &'static str,
    pub fr: Vec<&'static str>,
    pub en: Vec<&'static str>,
}

pub fn demonyms() -> &'static [Demonym] {
    static D: OnceLock<Vec<Demonym>> = OnceLock::new();
    D.get_or_init(|| {
        lines(data_file!("demonyms.tsv"))
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

/// A folded noun of a person that no ending tells ("femme", "archevêque",
/// "juge", "l'intéressé", "le prévenu"): with the endings of trades and roles
/// ("-iste", "-eur", "-ienne"), what a definite phrase in an incise refers back to,
/// and what a count of years describes as an age ("le maire, de 58 ans").
pub fn is_person_word(w: &str) -> bool {
    matches!(
        w,
        "homme"
            | "femme"
            | "fille"
            | "fils"
            | "pere"
            | "mere"
            | "frere"
            | "soeur"
            | "garcon"
            | "mari"
            | "epouse"
            | "veuve"
            | "enfant"
            | "jeune"
            | "heroine"
            | "heros"
            | "sage-femme"
            | "archeveque"
            | "eveque"
            | "cardinal"
            | "pretre"
            | "imam"
            | "rabbin"
            | "temoin"
            | "maire"
            | "juge"
            | "agronome"
            | "scientifique"
            | "interesse"
            | "interessee"
            | "interviewe"
            | "interviewee"
            | "accuse"
            | "accusee"
            | "prevenu"
            | "prevenue"
            | "detenu"
            | "detenue"
            | "elu"
            | "elue"
            | "rescape"
            | "rescapee"
            | "retraite"
            | "retraitee"
            | "defunt"
            | "defunte"
            | "depute"
            | "deputee"
            | "eurodepute"
            | "eurodeputee"
            | "adolescent"
            | "adolescente"
    )
}

/// A French article or preposition, lower case ("de", "du", "à", "la", "dans"):
/// a word no sentence ends on, and before which quoted words are a title the
/// narration names ("la production d'« … »"), not a statement.
pub fn is_french_article_or_preposition(w: &str) -> bool {
    matches!(
        w,
        "de" | "du"
            | "des"
            | "à"
            | "au"
            | "aux"
            | "le"
            | "la"
            | "les"
            | "un"
            | "une"
            | "en"
            | "par"
            | "pour"
            | "sur"
            | "dans"
            | "avec"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_find_what_was_put_and_nothing_else() {
        let words: Vec<String> = (0..500).map(|i| format!("mot{i}")).collect();
        let entries = words.iter().enumerate().map(|(i, w)| (w.as_bytes(), i as u16));
        // the table borrows for 'static: leak the test's words
        let entries: Vec<(&'static [u8], u16)> =
            entries.map(|(w, i)| (&*Box::leak(w.to_vec().into_boxed_slice()), i)).collect();
        let t = PackedWords::new(
            entries.into_iter().chain([(&b"seize-octets-pil"[..], 7), (&b"dix-sept-octets-x"[..], 8)]),
        );
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), Some(i as u16), "{w}");
        }
        assert_eq!(t.get(b"seize-octets-pil"), Some(7));
        // longer than sixteen bytes, empty, or absent: nothing
        for w in [&b"dix-sept-octets-x"[..], b"", b"mot500", b"mot", b"mot1\0"] {
            assert_eq!(t.get(w), None, "{w:?}");
        }
    }

    #[test]
    fn data_files_load_and_classify() {
        let lx = lexicon();
        assert_eq!(lx.abbreviation("M"), Some(AbbrevKind::Title));
        assert_eq!(lx.abbreviation("Mme"), Some(AbbrevKind::Title));
        assert_eq!(lx.abbreviation("etc"), Some(AbbrevKind::Weak));
        assert_eq!(lx.abbreviation("MS"), None);
        assert_eq!(lx.abbreviation("m"), None);
        // the longest ones pass the length filter, in any case
        assert_eq!(lx.abbreviation("Messrs"), Some(AbbrevKind::Title));
        assert_eq!(lx.abbreviation("APPROX"), lx.abbreviation("approx"));
        assert!(lx.abbreviation("approx").is_some());
        assert_eq!(lx.abbreviation("FÉVR"), Some(AbbrevKind::Number));
        assert_eq!(lx.abbreviation("président"), None);
        assert!(lx.sentence_starters.contains("De"));
        assert!(lx.boilerplate.len() > 100);
        assert!(lx.is_agency("afp"));
    }
}
