//! Sentence segmentation that survives scraped news text.
//!
//! Rules, in order of the scan over each paragraph (paragraph ends are always
//! sentence ends):
//! 1. A terminal mark (`. ! ? …`, or a run of them), with the closing quotes and
//!    brackets that follow it, ends a sentence before white space, unless the next
//!    word starts in lower case ("un chercheur principal. au Carnegie" is one
//!    sentence broken by machine translation), the mark closes an abbreviation
//!    ("M. Tokayev") or an initial ("John F. Kennedy"), or the next mark is
//!    `, ; :`.
//! 2. A terminal mark glued to the next sentence ("l'Etat de droit.Des gangs",
//!    "Kazakhstan?Partageant") ends a sentence when it follows a lower-case word
//!    and precedes a capitalised word, outside URLs and numbers ("6.846").
//! 3. A lower-case word glued to a capitalised sentence starter
//!    ("sous influenceDe surcroît"), or of four letters or more glued to any
//!    capitalised word ("en causeToulouse avait"), is a lost paragraph break.
//! 4. So is an acronym glued to a sentence starter or after an outlet's name
//!    (a video credit, "par BFMTVCette absence"; a heading in capitals, "SELON
//!    LES JURESLes jurés").

use crate::gaps::{self, Gap, GapModel};
use crate::lexicon::{lexicon, AbbrevKind, Lexicon};
use recoupe_model::{SentenceStart, Span};
use std::sync::Arc;

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | '’' | ')' | ']' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(c, '«' | '"' | '“' | '„' | '(' | '[' | '\'' | '‘' | '‹' | '-' | '–' | '—' | '*' | '¿' | '¡' | '•')
}

fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// A sentence cut: end of the sentence, start of the next (bytes from the
/// paragraph start), how it was found.
pub type Cut = (usize, usize, SentenceStart);

/// Which gap model a segmenter consults.
#[derive(Clone)]
pub enum GapModelRef {
    /// The shipped model (`data/models/sentence-gaps.tsv`).
    Shipped,
    /// Rules only.
    None,
    /// A model being trained or tuned.
    Owned(Arc<GapModel>),
}

/// Reusable segmenter state: a char buffer so that each paragraph costs no
/// allocation once warmed up. Each char is kept with its byte offset from the
/// paragraph start as a u32: eight bytes a char instead of sixteen, which is
/// most of the cost of filling the buffer.
pub struct Segmenter {
    cs: Vec<(u32, char)>,
    marks: crate::scan::Marks,
    cuts: Vec<(usize, usize, SentenceStart)>,
    model: GapModelRef,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    pub fn new() -> Self {
        Self::with_model(GapModelRef::Shipped)
    }

    pub fn with_model(model: GapModelRef) -> Self {
        Segmenter { cs: Vec::new(), marks: Default::default(), cuts: Vec::new(), model }
    }

    /// The rule cuts of a paragraph and its chars, for training the gap model;
    /// offsets are relative to the paragraph start.
    pub fn rule_cuts(&mut self, text: &str, para: Span) -> (&[(u32, char)], &[Cut]) {
        self.cs.clear();
        self.cuts.clear();
        if para.len() > u32::MAX as usize {
            return (&self.cs, &self.cuts);
        }
        fill_chars(para.slice(text), &mut self.cs);
        self.marks.scan(para.slice(text).as_bytes());
        self.cuts.clear();
        find_cuts(lexicon(), para.slice(text), &self.cs, &self.marks, para.len(), &mut self.cuts);
        (&self.cs, &self.cuts)
    }

    /// Appends the sentences of paragraph `para` of `text` to `out`.
    pub fn split(&mut self, text: &str, para: Span, out: &mut Vec<(Span, SentenceStart)>) {
        if para.len() > u32::MAX as usize {
            // chars are indexed by u32 offsets; no real paragraph comes near 4 GiB
            push_trimmed(text, para, SentenceStart::Paragraph, out);
            return;
        }
        let lx = lexicon();
        self.cs.clear();
        fill_chars(para.slice(text), &mut self.cs);
        self.marks.scan(para.slice(text).as_bytes());
        self.cuts.clear();
        find_cuts(lx, para.slice(text), &self.cs, &self.marks, para.len(), &mut self.cuts);
        let model: Option<&GapModel> = match &self.model {
            GapModelRef::Shipped => Some(gaps::model()),
            GapModelRef::None => None,
            GapModelRef::Owned(m) => Some(m),
        };
        if let Some(m) = model.filter(|m| !m.weights.is_empty()) {
            let mut extra = Vec::new();
            for_each_marked_candidate(&self.cs, &self.cuts, &self.marks, |gap, next_byte, end_byte| {
                if gap.forced || m.score(&gap) > m.threshold {
                    extra.push((end_byte, next_byte, SentenceStart::Layout));
                }
            });
            if !extra.is_empty() {
                self.cuts.extend(extra);
                self.cuts.sort_by_key(|c| c.1);
            }
        }
        let mut start = para.start;
        let mut kind = SentenceStart::Paragraph;
        for &(end, next, next_kind) in &self.cuts {
            push_trimmed(text, Span::new(start, para.start + end), kind, out);
            start = para.start + next;
            kind = next_kind;
        }
        push_trimmed(text, Span::new(start, para.end), kind, out);
    }
}

/// Appends the chars of `s` with their byte offsets to `cs` (as `char_indices`
/// would). The ASCII bytes, most of news text, are copied sixteen at a time
/// without decoding: the sixteen are written, and those before the first
/// non-ASCII byte kept. `s` is shorter than 4 GiB.
fn fill_chars(s: &str, cs: &mut Vec<(u32, char)>) {
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let b = s.as_bytes();
    // at most one char per byte: 16 spare slots at each chunk (the chars kept so
    // far are at most the bytes read)
    cs.reserve(b.len());
    let mut i = 0;
    while i < b.len() {
        let len = cs.len();
        if let (Some(chunk), Some(dst)) =
            (b.get(i..i + 16).and_then(|c| <&[u8; 16]>::try_from(c).ok()), cs.spare_capacity_mut().get_mut(..16))
        {
            let dst: &mut [std::mem::MaybeUninit<(u32, char)>; 16] = dst.try_into().expect("16 slots");
            crate::scan::widen16(chunk, i as u32, dst);
            let ascii = ((u128::from_le_bytes(*chunk) & HIGH).trailing_zeros() / 8) as usize;
            // SAFETY: the first `ascii` (at most 16) slots after `len` were just written.
            unsafe { cs.set_len(len + ascii) };
            i += ascii;
            if ascii == 16 {
                continue;
            }
        }
        let x = b[i];
        if x.is_ascii() {
            cs.push((i as u32, x as char));
            i += 1;
        } else if let (0xC2..=0xDF, Some(&y)) = (x, b.get(i + 1)) {
            // a two-byte char (accented Latin letters, « », no-break space),
            // decoded here: `s` is valid UTF-8, so `y` is its continuation byte
            let c = char::from_u32(((x as u32 & 0x1F) << 6) | (y as u32 & 0x3F)).unwrap_or('\u{fffd}');
            cs.push((i as u32, c));
            i += 2;
        } else {
            // a char boundary: i only ever advances by whole chars
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            cs.push((i as u32, c));
            i += c.len_utf8();
        }
    }
}

/// Calls `f` for every candidate gap not already cut by the rules, with the gap
/// context, the byte where the next sentence would start and where the current
/// one would end, both relative to the paragraph start. `para` is the
/// paragraph text whose chars are `cs`.
///
/// Only a gap before a capital, a dash or a bullet can be a candidate (see
/// [`gaps::is_candidate`]); the bytes are scanned for those first, and the chars
/// are looked at only there.
pub fn for_each_candidate(
    para: &str,
    cs: &[(u32, char)],
    cuts: &[(usize, usize, SentenceStart)],
    f: impl FnMut(Gap, usize, usize),
) {
    let mut marks = crate::scan::Marks::default();
    marks.scan(para.as_bytes());
    for_each_marked_candidate(cs, cuts, &marks, f);
}

/// [`for_each_candidate`] with the paragraph's bytes already marked.
fn for_each_marked_candidate(
    cs: &[(u32, char)],
    cuts: &[(usize, usize, SentenceStart)],
    marks: &crate::scan::Marks,
    mut f: impl FnMut(Gap, usize, usize),
) {
    let n = cs.len();
    let mut last_start = 0usize;
    let mut cut_i = 0;
    // char index of the last marked position
    let mut ci = 0;
    for bi in marks.positions(crate::scan::Class::Gap) {
        if bi == 0 {
            continue;
        }
        ci = char_index(cs, ci, bi);
        let m = ci;
        // the start of a gap: a run of white space right before char m
        if m >= n || cs[m].1.is_whitespace() || m == 0 || !cs[m - 1].1.is_whitespace() {
            continue;
        }
        let mut k = m - 1;
        while k > 0 && cs[k - 1].1.is_whitespace() {
            k -= 1;
        }
        if k == 0 {
            continue;
        }
        while cut_i < cuts.len() && cuts[cut_i].1 < cs[m].0 as usize {
            let at = cuts[cut_i].1;
            last_start = cs.partition_point(|x| (x.0 as usize) < at);
            cut_i += 1;
        }
        let already = cut_i < cuts.len() && cuts[cut_i].1 == cs[m].0 as usize;
        if already {
            continue;
        }
        let since_start = k - last_start;
        let kind = gaps::is_candidate(cs, k - 1, m, since_start);
        if kind != gaps::GapKind::No {
            let gap = Gap { cs, prev_end: k - 1, next_start: m, since_start, forced: kind == gaps::GapKind::Forced };
            f(gap, cs[m].0 as usize, cs[k].0 as usize);
        }
    }
}

fn push_trimmed(text: &str, span: Span, kind: SentenceStart, out: &mut Vec<(Span, SentenceStart)>) {
    let s = crate::paragraph::trim(text, span);
    if !s.is_empty() {
        out.push((s, kind));
    }
}

/// Byte offset just after char `i`.
fn after(cs: &[(u32, char)], i: usize, end: usize) -> usize {
    cs.get(i + 1).map_or(end, |x| x.0 as usize)
}

/// The index of the char that starts at byte `bi`, found from char `ci`, which
/// starts at or before it: a char has at least one byte, so it is at most
/// `bi - start(ci)` chars further, less one for each continuation byte in
/// between (few in Latin text), which the walk back skips.
fn char_index(cs: &[(u32, char)], ci: usize, bi: usize) -> usize {
    let from = cs.get(ci).map_or(bi, |x| x.0 as usize);
    let mut k = (ci + bi.saturating_sub(from)).min(cs.len());
    while k > ci && cs.get(k).is_none_or(|x| x.0 as usize > bi) {
        k -= 1;
    }
    k
}

/// Finds the rule cuts of one paragraph: `para` is its text, `cs` its chars.
/// The rules only fire at a terminal mark, a colon or a lower-case char before
/// a capital; the bytes are scanned for those places first, and the chars are
/// looked at only there.
fn find_cuts(
    lx: &Lexicon,
    para: &str,
    cs: &[(u32, char)],
    marks: &crate::scan::Marks,
    end: usize,
    cuts: &mut Vec<(usize, usize, SentenceStart)>,
) {
    let n = cs.len();
    if cs.is_empty() {
        return;
    }
    // the next char a rule may look at (a terminal run is skipped as a whole)
    let mut i = 0;
    // and the byte where it starts
    let mut from = 0;
    for bi in marks.positions(crate::scan::Class::Cut) {
        if bi < from {
            continue;
        }
        let ci = char_index(cs, i, bi);
        // the char before a capital (a camel-case glue), then the char itself
        for j in [ci.saturating_sub(1), ci] {
            if j < i || j >= n {
                continue;
            }
            match step(lx, para, cs, j, end, cuts) {
                Some(next) => i = next,
                None => return,
            }
        }
        if i >= n {
            return;
        }
        // step moved at least past char ci, so past byte bi
        from = cs[i].0 as usize;
    }
}

/// The rules at char `i`: pushes a cut if one fires; returns the next char to
/// look at, or `None` when the paragraph is done.
fn step(
    lx: &Lexicon,
    para: &str,
    cs: &[(u32, char)],
    i: usize,
    end: usize,
    cuts: &mut Vec<(usize, usize, SentenceStart)>,
) -> Option<usize> {
    let n = cs.len();
    let c = cs[i].1;
    if is_terminal(c) {
        let mut j = i;
        while j < n && is_terminal(cs[j].1) {
            j += 1;
        }
        let single_period = j == i + 1 && c == '.';
        let mut k = j;
        loop {
            let closes = k < n
                && (is_closer(cs[k].1)
                    || (matches!(cs[k].1, '"' | '\'')
                        && (k + 1 == n
                            || cs[k + 1].1.is_whitespace()
                            || is_terminal(cs[k + 1].1)
                            || is_closer(cs[k + 1].1))));
            if closes {
                k += 1;
            } else if k + 1 < n && is_inline_space(cs[k].1) && matches!(cs[k + 1].1, '»' | '”') {
                k += 2;
            } else {
                break;
            }
        }
        if k >= n {
            return None;
        }
        let nc = cs[k].1;
        if nc.is_whitespace() {
            let mut m = k;
            while m < n && cs[m].1.is_whitespace() {
                m += 1;
            }
            if m < n && split_before_space(lx, para, cs, i, single_period, m) {
                cuts.push((cs[k].0 as usize, cs[m].0 as usize, SentenceStart::Punctuation));
            }
        } else if split_glued(lx, para, cs, i, single_period, k) {
            cuts.push((cs[k].0 as usize, cs[k].0 as usize, SentenceStart::Glued));
        }
        return Some(k.max(i + 1));
    }
    // a quote glued between a lower-case word and a capitalised one is a lost
    // break: a subheading quote before its paragraph ("d'échauffement\"Renaud,")
    // or a caption before a quote ("par franceinfo\"Chaque jour"); the cut is
    // after a closing quote, before an opening one
    // (French guillemets take a space inside: "fort »Les")
    let word_end = if c == '»' && i >= 1 && is_inline_space(cs[i - 1].1) { i - 1 } else { i };
    if matches!(c, '"' | '»' | '”')
        && word_end >= 2
        && cs[word_end - 1].1.is_lowercase()
        && cs[word_end - 2].1.is_alphabetic()
        && i + 2 < n
        && cs[i + 1].1.is_uppercase()
        && cs[i + 2].1.is_lowercase()
        && !in_url(cs, i)
    {
        let closing = c != '"' || cs[..i].iter().filter(|x| x.1 == '"').count() % 2 == 1;
        let at = if closing { cs[i + 1].0 } else { cs[i].0 } as usize;
        cuts.push((at, at, SentenceStart::Glued));
        return Some(i + 1);
    }
    if c.is_ascii_uppercase() && i >= 3 && i + 2 < n && cs[i - 1].1.is_ascii_uppercase() && cs[i + 1].1.is_lowercase() {
        if split_caps_glue(lx, para, cs, i) {
            cuts.push((cs[i].0 as usize, cs[i].0 as usize, SentenceStart::Glued));
        }
        return Some(i + 1);
    }
    if c.is_lowercase() && i + 2 < n && cs[i + 1].1.is_uppercase() && cs[i + 2].1.is_lowercase() {
        if split_camel(lx, para, cs, i) {
            cuts.push((cs[i + 1].0 as usize, cs[i + 1].0 as usize, SentenceStart::Glued));
        }
    } else if c == ':'
        && i + 2 < n
        && cs[i + 1].1.is_uppercase()
        && cs[i + 2].1.is_lowercase()
        && lower_word_before(cs, i) >= 3
        && !in_url(cs, i)
    {
        let w = word_at(para, cs, i + 1);
        if lx.sentence_starters.contains(w) {
            cuts.push((after(cs, i, end), cs[i + 1].0 as usize, SentenceStart::Glued));
        }
    }
    Some(i + 1)
}

/// The word ending just before char `i` (letters, digits, inner dots and
/// hyphens), a slice of the paragraph text `para` whose chars are `cs`.
fn word_before<'a>(para: &'a str, cs: &[(u32, char)], i: usize) -> &'a str {
    let mut a = i;
    while a > 0 {
        let c = cs[a - 1].1;
        if c.is_alphanumeric() || ((c == '.' || c == '-') && a >= 2 && cs[a - 2].1.is_alphanumeric()) {
            a -= 1;
        } else {
            break;
        }
    }
    let w = para.get(byte_at(para, cs, a)..byte_at(para, cs, i)).unwrap_or("");
    w.trim_start_matches(['.', '-'])
}

/// The run of letters starting at char `i`, a slice of `para`.
fn word_at<'a>(para: &'a str, cs: &[(u32, char)], i: usize) -> &'a str {
    let z = cs.get(i..).map_or(0, |r| r.iter().take_while(|x| x.1.is_alphabetic()).count());
    para.get(byte_at(para, cs, i)..byte_at(para, cs, i + z)).unwrap_or("")
}

/// The byte where char `i` starts (the paragraph length past the last char).
fn byte_at(para: &str, cs: &[(u32, char)], i: usize) -> usize {
    cs.get(i).map_or(para.len(), |x| x.0 as usize)
}

/// Number of lower-case letters right before char `i`.
fn lower_word_before(cs: &[(u32, char)], i: usize) -> usize {
    cs[..i].iter().rev().take_while(|x| x.1.is_lowercase()).count()
}

/// Whether the non-space token around char `i` looks like a URL, an e-mail or a
/// domain name.
fn in_url(cs: &[(u32, char)], i: usize) -> bool {
    let tok = chunk_around(cs, i);
    let has = |pat: &str| tok.windows(pat.len()).any(|w| w.iter().zip(pat.chars()).all(|(x, c)| x.1 == c));
    // (a slash alone is no address: "décote/surcote.Ferme", "trs/mn.Cette")
    tok.iter().any(|x| x.1 == '@') || has("//") || has("www.") || has(".com") || has(".fr")
}

/// The chars around char `i` between white space.
fn chunk_around(cs: &[(u32, char)], i: usize) -> &[(u32, char)] {
    let mut a = i;
    while a > 0 && !cs[a - 1].1.is_whitespace() {
        a -= 1;
    }
    let mut b = i;
    while b < cs.len() && !cs[b].1.is_whitespace() {
        b += 1;
    }
    &cs[a..b]
}

/// Whether the chunk of text around char `i` (between white space) is a
/// hashtag, markup or code rather than words.
fn in_markup(cs: &[(u32, char)], i: usize) -> bool {
    chunk_around(cs, i).iter().any(|x| matches!(x.1, '#' | '=' | '_' | '{' | '}' | ':' | '<' | '>'))
}

/// Whether the stop at char `i` ends a site's name ("souligne vie-publique.fr.Les
/// électeurs"): the chars before it are a top-level domain after a dot.
fn ends_domain(cs: &[(u32, char)], i: usize) -> bool {
    ["fr", "com", "org", "net", "be", "ch", "info"].iter().any(|d| {
        let n = d.chars().count();
        i > n + 1 && cs[i - n - 1].1 == '.' && cs[i - n..i].iter().map(|x| x.1).eq(d.chars())
    })
}

fn is_roman(w: &str) -> bool {
    // one letter is a numeral only as I, V or X: "C'est" is not one
    (w.len() >= 2 || matches!(w, "I" | "V" | "X"))
        && w.len() <= 8
        && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

fn is_dotted_acronym(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| !p.is_empty() && p.chars().count() <= 2)
}

fn split_before_space(lx: &Lexicon, para: &str, cs: &[(u32, char)], i: usize, single_period: bool, m: usize) -> bool {
    let n = cs.len();
    if matches!(cs[m].1, ',' | ';' | ':' | ')' | ']') {
        return false;
    }
    // a list bullet or a dialogue dash after a sentence end starts a new item
    if matches!(cs[m].1, '-' | '–' | '—' | '•') && cs.get(m + 1).is_some_and(|x| x.1.is_whitespace()) {
        return true;
    }
    let mut q = m;
    while q < n && (is_opener(cs[q].1) || cs[q].1.is_whitespace()) {
        q += 1;
    }
    let Some(&(_, f)) = cs.get(q) else { return true };
    // an embedded player's script left in the text ("… souillés\". window.pvp_… =
    // new Pvp(…") is no part of the sentence before it
    if f == 'w' || f == 'd' {
        let rest = &para[cs[q].0 as usize..];
        if rest.starts_with("window.") || rest.starts_with("document.") {
            return true;
        }
    }
    if f.is_lowercase() {
        // French writers often type a sentence-initial "À" as "à" ("… en général.
        // à voir jusqu'à vendredi"); any other lower-case word continues the
        // sentence ("un chercheur principal. au Carnegie Endowment")
        return single_period
            && f == 'à'
            && cs.get(q + 1).is_some_and(|x| x.1.is_whitespace())
            && lx.abbreviation(word_before(para, cs, i)).is_none()
            && cs[..i].last().is_some_and(|x| x.1.is_lowercase());
    }
    if !single_period {
        return true;
    }
    let w = word_before(para, cs, i);
    if w.is_empty() {
        return true;
    }
    // a sentence glued to the next one's title: "Marine Le Pen.M. Mélenchon" ends
    // on "M."
    let w = match w.rsplit_once('.') {
        Some((_, last)) if !is_dotted_acronym(w) && !last.is_empty() => last,
        _ => w,
    };
    let abbrev = lx.abbreviation(w).or_else(|| is_dotted_acronym(w).then_some(AbbrevKind::Weak));
    if f.is_ascii_digit() {
        return abbrev.is_none();
    }
    // a volume or a chapter in roman numerals: "Vol. XVII", "chap. IV"
    if abbrev == Some(AbbrevKind::Number) && is_roman(word_at(para, cs, q)) {
        return false;
    }
    match abbrev {
        Some(AbbrevKind::Title) => false,
        Some(AbbrevKind::Weak) => lx.sentence_starters.contains(word_at(para, cs, q)),
        Some(AbbrevKind::Number) => true,
        None => {
            // an initial: "John F. Kennedy", "J. Smith"
            let mut it = w.chars();
            let initial = matches!((it.next(), it.next()), (Some(c), None) if c.is_uppercase());
            !initial || lx.sentence_starters.contains(word_at(para, cs, q))
        }
    }
}

fn split_glued(lx: &Lexicon, para: &str, cs: &[(u32, char)], i: usize, single_period: bool, k: usize) -> bool {
    let n = cs.len();
    let _ = lx;
    if i < 2 {
        return false;
    }
    let p1 = cs[i - 1].1;
    let p2 = cs[i - 2].1;
    // (a French closing mark has its space before it: "qualité ».Les")
    let spaced_close = p1 == '»' && p2.is_whitespace() && i >= 3 && cs[i - 3].1.is_lowercase();
    let prev_ok = (p1.is_lowercase() && p2.is_lowercase())
        || (matches!(p1, '"' | '»' | '”' | ')') && p2.is_lowercase())
        || spaced_close;
    let nc = cs[k].1;
    let next_is_word = |q: usize| q + 1 < n && cs[q].1.is_uppercase() && cs[q + 1].1.is_lowercase();
    // an acronym ends the sentence when a sentence starter follows ("sur RTL.La réforme")
    // (or an outlet's or agency's name before any capitalised word: "des informations de
    // BFMTV.Lacoste précise")
    let acronym_end = p1.is_uppercase()
        && p2.is_uppercase()
        && single_period
        && next_is_word(k)
        && (lx.sentence_starters.contains(word_at(para, cs, k)) || {
            let acronym = word_before(para, cs, i);
            lx.is_agency(acronym) || lx.is_outlet_name(acronym)
        });
    // a site's name ends the sentence when a sentence starter follows
    let site_end =
        single_period && next_is_word(k) && ends_domain(cs, i) && lx.sentence_starters.contains(word_at(para, cs, k));
    if site_end {
        return true;
    }
    // a number ends the sentence before a sentence starter or a quotation: "en
    // 2019.Le reste", "lancée en juillet 2018.\"Ce qui"
    let number_end = p1.is_ascii_digit()
        && p2.is_ascii_digit()
        && single_period
        && (next_is_word(k) && lx.sentence_starters.contains(word_at(para, cs, k))
            || matches!(nc, '«' | '"' | '“') && cs.get(k + 1).is_some_and(|x| x.1.is_uppercase()));
    if number_end && !in_url(cs, i) {
        return true;
    }
    if !(prev_ok || acronym_end) || in_url(cs, i) {
        return false;
    }
    if next_is_word(k) {
        // "fig.Le" inside a file name would be in_url; "M.Tokayev" fails prev_ok; an
        // abbreviation other than a title ends the sentence before a sentence starter
        // ("etc.Une étude", "sept.Il ne faut")
        return match single_period.then(|| lx.abbreviation(word_before(para, cs, i))).flatten() {
            None => true,
            Some(AbbrevKind::Title) => false,
            Some(_) => lx.sentence_starters.contains(word_at(para, cs, k)),
        };
    }
    // a heading in capitals glued after the stop: "par jour.LES MÉDUSES PRINCIPALES"
    let caps_word = |q: usize| {
        let w = word_at(para, cs, q);
        w.len() >= 2 && w.chars().all(char::is_uppercase)
    };
    if prev_ok && single_period && caps_word(k) {
        let e = k + word_at(para, cs, k).chars().count();
        if cs.get(e).is_some_and(|x| x.1 == ' ') && caps_word(e + 1) {
            return true;
        }
    }
    // a title glued after the stop: "Marine Le Pen.M. Mélenchon"
    let title = word_at(para, cs, k);
    if prev_ok
        && single_period
        && cs.get(k + title.chars().count()).is_some_and(|x| x.1 == '.')
        && lx.abbreviation(title) == Some(AbbrevKind::Title)
    {
        return true;
    }
    if matches!(nc, '«' | '"' | '“') {
        let mut q = k + 1;
        while q < n && is_inline_space(cs[q].1) {
            q += 1;
        }
        return q < n && cs[q].1.is_uppercase();
    }
    nc == '*' && k + 1 < n && cs[k + 1].1.is_whitespace()
}

/// Whether an acronym glued to the capitalised word at char `i` is a lost break:
/// an embedded video's credit before the next sentence ("par BFMTVCette absence",
/// "par BFMTVAnne-Briac Bili, directrice"). The acronym is a whole word of three
/// capitals or more; the word after it opens sentences, or the acronym is an
/// outlet's name.
fn split_caps_glue(lx: &Lexicon, para: &str, cs: &[(u32, char)], i: usize) -> bool {
    let mut a = i;
    while a > 0 && (cs[a - 1].1.is_ascii_uppercase() || cs[a - 1].1.is_ascii_digit()) {
        a -= 1;
    }
    if i - a < 3 || a > 0 && cs[a - 1].1.is_alphanumeric() {
        return false;
    }
    let acronym = para.get(byte_at(para, cs, a)..byte_at(para, cs, i)).unwrap_or("");
    lx.sentence_starters.contains(word_at(para, cs, i)) || lx.is_agency(acronym) || lx.is_outlet_name(acronym)
}

fn split_camel(lx: &Lexicon, para: &str, cs: &[(u32, char)], i: usize) -> bool {
    let run = lower_word_before(cs, i + 1);
    let before = i + 1 - run;
    let w = word_at(para, cs, i + 1);
    let starter = lx.sentence_starters.contains(w);
    if in_url(cs, i) {
        return false;
    }
    let word_start = before == 0 || !cs[before - 1].1.is_alphanumeric();
    if word_start {
        // (a word holds no capital: a lower-case word of four letters or more glued to
        // a capitalised one is a lost break, "en causeToulouse avait", "de
        // l'innocenceBatteries"; "iPhone", "deGrasse" are shorter)
        // (not a hashtag, a handle or code: "#alerteaGauche", author="realDonaldTrump")
        return run >= 3 && starter || run >= 4 && w.chars().count() >= 3 && !in_markup(cs, i);
    }
    if !starter {
        return false;
    }
    // capitalised word: "Ukraine" + "Les"
    let cap_start =
        before >= 1 && cs[before - 1].1.is_uppercase() && (before == 1 || !cs[before - 2].1.is_alphanumeric());
    cap_start && run >= 4 && w.chars().count() >= 3
}

/// Convenience: sentences of a whole text treated as one paragraph.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut seg = Segmenter::new();
    let mut out = Vec::new();
    for p in crate::paragraph::split(text) {
        seg.split(text, p, &mut out);
    }
    out.into_iter().map(|(s, _)| s).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fill_chars_is_char_indices() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "Kazakhstan?Partageant «\u{a0}6 846\u{202f}km\u{a0}» — Tokaïev, 中文 😀 and ascii after",
            "éééééééééé",
            "1234567é89abcdefghijé",
            "abcdefghijklmnopqrstuvwxyzé0123456789abcdefghijklmnopé, and sixteen more bytes",
        ];
        for t in texts {
            for start in 0..t.len() {
                if !t.is_char_boundary(start) {
                    continue;
                }
                let s = &t[start..];
                let mut got = vec![(7, 'x')];
                super::fill_chars(s, &mut got);
                let want: Vec<(u32, char)> =
                    std::iter::once((7, 'x')).chain(s.char_indices().map(|(i, c)| (i as u32, c))).collect();
                assert_eq!(got, want, "{s:?}");
            }
        }
    }

    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn char_index_finds_the_char_at_a_byte() {
        let text = "Tokaïev — «2 500» 東京 ok. Ça va? Œuvre: naïveté, 18,5% ü";
        let mut cs = Vec::new();
        fill_chars(text, &mut cs);
        for (want, &(bi, _)) in cs.iter().enumerate() {
            for ci in 0..=want {
                assert_eq!(char_index(&cs, ci, bi as usize), want, "from char {ci} to byte {bi}");
            }
        }
    }

    #[test]
    fn glued_boundaries_split() {
        assert_eq!(
            sents("rétablir l'Etat de droit.Des \"gangs terroristes\" à l'assaut du Kazakhstan?Partageant 6.846 km de frontières."),
            vec!["rétablir l'Etat de droit.", "Des \"gangs terroristes\" à l'assaut du Kazakhstan?", "Partageant 6.846 km de frontières."]
        );
        assert_eq!(
            sents("Le Kazakhstan sous influenceDe surcroît, la proximité."),
            vec!["Le Kazakhstan sous influence", "De surcroît, la proximité."]
        );
        assert_eq!(sents("au sérieux:Si les preuves manquent."), vec!["au sérieux:", "Si les preuves manquent."]);
        assert_eq!(sents("a-t-il dit sur RTL.La réforme suivra."), vec!["a-t-il dit sur RTL.", "La réforme suivra."]);
        // an agency or an outlet before any capitalised word ("Verdier" opens no sentence)
        assert_eq!(
            sents("a-t-il dit à l'AFP.Verdier précise avoir signé."),
            vec!["a-t-il dit à l'AFP.", "Verdier précise avoir signé."]
        );
        assert_eq!(sents("Le sigle ONU.Verdier reste."), vec!["Le sigle ONU.Verdier reste."]);
        assert_eq!(
            sents("la cheffe du parti Inès Morvan.M. Ferrand a répondu."),
            vec!["la cheffe du parti Inès Morvan.", "M. Ferrand a répondu."]
        );
        assert_eq!(sents("Le sigle U.N.Paris reste."), vec!["Le sigle U.N.Paris reste."]);
        // an embedded video's credit glued to the next sentence, a heading in capitals
        // glued on both sides
        assert_eq!(
            sents("Où en est la carte ?par TVBRUMECette absence s'explique. Le PSG et l'UNESCO, les CEOs."),
            vec!["Où en est la carte ?par TVBRUME", "Cette absence s'explique.", "Le PSG et l'UNESCO, les CEOs."]
        );
        // a lower-case subheading glued to its paragraph; a stop after an abbreviation, a
        // site's name or a slashed word before a glued sentence
        assert_eq!(
            sents("Les bars fermés en causeToulouse avait traversé l'été. Vertiges, etc.Une étude suit."),
            vec!["Les bars fermés en cause", "Toulouse avait traversé l'été.", "Vertiges, etc.", "Une étude suit."]
        );
        assert_eq!(
            sents("souligne vie-publique.fr.Les électeurs votent. Une décote/surcote.Ferme opposant, il parle."),
            vec![
                "souligne vie-publique.fr.",
                "Les électeurs votent.",
                "Une décote/surcote.",
                "Ferme opposant, il parle."
            ]
        );
        // not inside a hashtag, a handle or an address
        assert_eq!(
            sents("Voir #alerteaGauche et www.brume.fr/LesNews ici."),
            vec!["Voir #alerteaGauche et www.brume.fr/LesNews ici."]
        );
        assert_eq!(
            sents("par jour.LES MÉDUSES MENACENT LE NAGEURDes équipes surveilleront."),
            vec!["par jour.", "LES MÉDUSES MENACENT LE NAGEUR", "Des équipes surveilleront."]
        );
        // a number glued to a sentence starter or to a quotation
        assert_eq!(
            sents("Il est venu en 2019.Le reste suit. Elle date de 2018.\"Ce qui choque\", dit-il."),
            vec!["Il est venu en 2019.", "Le reste suit.", "Elle date de 2018.", "\"Ce qui choque\", dit-il."]
        );
        // a French closing mark, its space before it, glued to the next sentence
        assert_eq!(
            sents("Il est jugé pour « usage de faux ».Les gendarmes ont fini."),
            vec!["Il est jugé pour « usage de faux ».", "Les gendarmes ont fini."]
        );
        // a subheading quote glued to its paragraph; a caption glued to a quote
        assert_eq!(
            sents("\"Nous avons manqué de temps\"Lucie, directrice d'une école, le regrette."),
            vec!["\"Nous avons manqué de temps\"", "Lucie, directrice d'une école, le regrette."]
        );
        assert_eq!(
            sents("Une vidéo par Radio Brume\"Chaque matin compte\", dit-elle."),
            vec!["Une vidéo par Radio Brume", "\"Chaque matin compte\", dit-elle."]
        );
        assert_eq!(sents("un « geste fort »Les élus ont voté."), vec!["un « geste fort »", "Les élus ont voté."]);
        assert_eq!(
            sents("face à la crise kazakhe.* Organisations terroristes interdites en Russie."),
            vec!["face à la crise kazakhe.", "* Organisations terroristes interdites en Russie."]
        );
    }

    #[test]
    fn no_split_inside_numbers_abbreviations_or_before_lower_case() {
        for t in [
            "Un contingent de 2 500 militaires est arrivé.",
            "M. Tokayev a déclaré que 18,5% de la population et 64.96% du texte.",
            "Paul Stronski, qui est maintenant un chercheur principal. au Carnegie Endowment for International Peace.",
            "Partageant 6.846 km de frontières communes.",
            "Le site fr.sputniknews.com/Actu publie.",
            "John F. Kennedy et Mme. Dupont, etc. sont venus.",
            "« Pourquoi ? », demande-t-il.",
            "l'Organisation (...), dont la Russie est l'acteur principal.",
            "une force collective de maintien de la paix […] pour une période limitée.",
            "Il s'appelle LinkedIn et YouTube ou McDonald.",
        ] {
            assert_eq!(sents(t), vec![t], "split inside {t:?}");
        }
    }

    #[test]
    fn ordinary_boundaries() {
        assert_eq!(
            sents("\"Ceux qui ne se rendent pas seront éliminés.\" Le président kazakh a parlé. Eléments de réponse."),
            vec![
                "\"Ceux qui ne se rendent pas seront éliminés.\"",
                "Le président kazakh a parlé.",
                "Eléments de réponse."
            ]
        );
        assert_eq!(sents("Il est parti. » Elle reste."), vec!["Il est parti. »", "Elle reste."]);
        assert_eq!(sents("Et ensuite ? Quels intérêts ?"), vec!["Et ensuite ?", "Quels intérêts ?"]);
        assert_eq!(sents("Il y en avait etc. Le reste suit."), vec!["Il y en avait etc.", "Le reste suit."]);
        assert_eq!(sents("He met Mr. Smith. They spoke."), vec!["He met Mr. Smith.", "They spoke."]);
    }

    #[test]
    fn flattened_headings_and_lists() {
        // a section heading glued to what precedes and follows it
        assert_eq!(
            sents("Le procès s'ouvre en mai. Voir aussi - Affaire des marchés publics de Valcourt"),
            vec!["Le procès s'ouvre en mai.", "Voir aussi", "- Affaire des marchés publics de Valcourt"]
        );
        assert_eq!(
            sents("The trial opens in May. See also External links - Valcourt Courier"),
            vec!["The trial opens in May.", "See also", "External links", "- Valcourt Courier"]
        );
        // a short heading before a word that opens sentences
        assert_eq!(
            sents("Le maire a démissionné. Une rentrée sous tension Chez les enseignants, la colère monte."),
            vec!["Le maire a démissionné.", "Une rentrée sous tension", "Chez les enseignants, la colère monte."]
        );
        // a quoted subheading glued to the next sentence
        assert_eq!(
            sents("\"Un défi pour la ville\" Le maire est arrivé dans la soirée."),
            vec!["\"Un défi pour la ville\"", "Le maire est arrivé dans la soirée."]
        );
        // after "voici :", a bullet opens an item
        assert_eq!(
            sents("Voici le calendrier : • Mercredi : grève des agents."),
            vec!["Voici le calendrier :", "• Mercredi : grève des agents."]
        );
    }

    #[test]
    fn names_after_common_nouns_stay_in_the_sentence() {
        for t in [
            "Selon l'hebdomadaire L'Express, le maire a démissionné.",
            "Interrogée sur la chaîne France 2 vendredi, elle a répondu.",
            "Un Airbus A380 est stationné sur le tarmac de Valcourt.",
            "Les bouchons se forment sur l'autoroute A7 depuis le matin.",
            "Il a cité le rapport - 304 pages - devant les élus.",
            "La liaison Calvi - Ponte Leccia est supprimée.",
            "Il a cité Études Internationales, Vol. XVII, p. 12 et suivantes.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn lower_case_a_after_a_stop_opens_a_sentence() {
        assert_eq!(
            sents("Le stage se termine en juin. à voir jusqu'à vendredi au gymnase."),
            vec!["Le stage se termine en juin.", "à voir jusqu'à vendredi au gymnase."]
        );
        // any other lower-case word, or "à" after an ellipsis, continues it
        assert_eq!(sents("Il a présenté ses excuses... à sa façon.").len(), 1);
        assert_eq!(sents("un chercheur principal. au Carnegie Endowment").len(), 1);
    }
}
