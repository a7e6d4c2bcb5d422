//! Machine-translation residue: English left inside French sentences, such as
//! "[Russian President Vladimir] Poutine" or "[It] nous donne". Two cues:
//! an editor's bracket whose words are English, and a run of English-only words
//! that is not part of a capitalised name ("Carnegie Endowment for International
//! Peace" is a name, not residue).

use crate::lexicon::{lexicon, PackedWords};
use recoupe_model::{Residue, Span, Token, TokenKind};

/// A word set of ASCII words, kept in their lower case as packed words (see
/// [`PackedWords`]), with a cheap filter in front: for each (length, first
/// letter), the set of last letters seen, so that most French words are
/// rejected before they are packed.
struct WordSet {
    keys: PackedWords<bool>,
    ends: [u32; 17 * 26],
}

impl WordSet {
    fn new(words: &crate::lexicon::FastSet<&'static str>) -> Self {
        let mut ends = [0u32; 17 * 26];
        let mut lower = Vec::new();
        for w in words {
            if let (Some(slot), true) = (Self::slot(w.as_bytes()), w.is_ascii()) {
                ends[slot.0] |= slot.1;
                lower.push(w.to_ascii_lowercase());
            }
        }
        WordSet { keys: PackedWords::new(lower.iter().map(|w| (w.as_bytes(), true))), ends }
    }

    fn slot(b: &[u8]) -> Option<(usize, u32)> {
        let (first, last) = (b.first()?.to_ascii_lowercase(), b.last()?.to_ascii_lowercase());
        if b.len() > 16 || !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
            return None;
        }
        Some((b.len() * 26 + (first - b'a') as usize, 1 << (last - b'a')))
    }

    /// Whether the word (its bytes: words are slices of the text by token spans)
    /// is in the set, in any case.
    #[inline]
    fn contains(&self, w: &[u8]) -> bool {
        match Self::slot(w) {
            Some((i, bit)) if self.ends[i] & bit != 0 => {}
            _ => return false,
        }
        // (the slot test bounds the word to sixteen bytes)
        let mut buf = [0u8; 16];
        for (d, &c) in buf.iter_mut().zip(w) {
            if c == 0 || !c.is_ascii() {
                return false;
            }
            *d = c.to_ascii_lowercase();
        }
        self.keys.get_packed(u128::from_le_bytes(buf)).is_some()
    }
}

fn word_sets() -> &'static (WordSet, WordSet) {
    static S: std::sync::OnceLock<(WordSet, WordSet)> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let lx = lexicon();
        (WordSet::new(&lx.english_only), WordSet::new(&lx.french_only))
    })
}

fn is_english_only(w: &str) -> bool {
    word_sets().0.contains(w.as_bytes())
}

fn is_french_only(w: &str) -> bool {
    word_sets().1.contains(w.as_bytes())
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Finds residue in one French paragraph, given its tokens.
pub fn find(text: &str, para: Span, tokens: &[Token], out: &mut Vec<Residue>) {
    // the caller passes the paragraph's tokens; keep only those inside it
    let from = tokens.partition_point(|t| t.span.start < para.start);
    let to = tokens.partition_point(|t| t.span.start < para.end);
    let toks = &tokens[from..to];
    let word = |t: &Token| t.span.slice(text);
    // 1. brackets: "[Russian President Vladimir]", "[It]" (few paragraphs have one)
    let mut i = if memchr::memchr(b'[', para.slice(text).as_bytes()).is_some() { 0 } else { toks.len() };
    while i < toks.len() {
        if toks[i].kind == TokenKind::Punct && word(&toks[i]) == "[" {
            if let Some(close) = toks[i + 1..].iter().position(|t| word(t) == "]") {
                let inner = &toks[i + 1..i + 1 + close];
                let words: Vec<&str> = inner.iter().filter(|t| t.kind == TokenKind::Word).map(&word).collect();
                let english = words.iter().filter(|w| is_english_only(w)).count();
                let french = words.iter().filter(|w| is_french_only(w)).count();
                if english >= 1 && french == 0 && !inner.is_empty() {
                    out.push(Residue {
                        span: Span::new(toks[i].span.start, toks[i + 1 + close].span.end),
                        lang: "en".into(),
                        cue: "bracketed".into(),
                    });
                }
                i += close + 2;
                continue;
            }
        }
        i += 1;
    }
    // 2. runs of at least two English-only words, one of them lower case and not
    //    flanked by capitalised words on both sides (tested on bytes: this runs
    //    over every word of French text)
    let english = word_sets();
    let bytes = text.as_bytes();
    let english_word = |t: &Token| t.kind == TokenKind::Word && english.0.contains(&bytes[t.span.start..t.span.end]);
    // every run of two words or more holds a word at an odd index: only those
    // are tested first, and a hit grows to its whole run (half the look-ups)
    let mut j = 1;
    while j < toks.len() {
        if !english_word(&toks[j]) {
            j += 2;
            continue;
        }
        let mut k = j;
        while k > 0 && english_word(&toks[k - 1]) {
            k -= 1;
        }
        let mut e = j;
        while e + 1 < toks.len() && english_word(&toks[e + 1]) {
            e += 1;
        }
        // the next run starts at e + 2 or later: its first odd index
        j = (e + 2) | 1;
        let run = e - k + 1;
        let inside_name = |j: usize| {
            j > 0 && j + 1 < toks.len() && capitalised(word(&toks[j - 1])) && capitalised(word(&toks[j + 1]))
        };
        let free_lower = (k..=e).any(|j| !capitalised(word(&toks[j])) && !inside_name(j));
        let already = out.iter().any(|r| r.span.overlaps(Span::new(toks[k].span.start, toks[e].span.end)));
        if run >= 2 && free_lower && !already {
            out.push(Residue {
                span: Span::new(toks[k].span.start, toks[e].span.end),
                lang: "en".into(),
                cue: "run".into(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn residue(t: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        crate::token::tokenize(t, Span::new(0, t.len()), &mut toks);
        let mut out = Vec::new();
        find(t, Span::new(0, t.len()), &toks, &mut out);
        out.iter().map(|r| r.span.slice(t)).collect()
    }

    #[test]
    fn finds_bracketed_and_runs_but_not_names() {
        assert_eq!(
            residue("« À certains égards, cela renforce [Russian President Vladimir] Poutine entre »"),
            vec!["[Russian President Vladimir]"]
        );
        assert_eq!(residue("\"[It] nous donne aux Ukrainiens un peu de répit.\""), vec!["[It]"]);
        assert!(residue("un chercheur au Carnegie Endowment for International Peace.").is_empty());
        assert!(residue("les unités de l'armée [kazakhe] pour rétablir l'ordre").is_empty());
        assert_eq!(residue("Le ministre a dit that the troops would stay."), vec!["that the troops would"]);
        // runs of two at even and odd token positions, at both ends of the paragraph
        assert_eq!(residue("would give au pays"), vec!["would give"]);
        assert_eq!(residue("Il dit that would"), vec!["that would"]);
        assert_eq!(residue("Il would dit que the troops"), vec!["the troops"]);
    }
}
