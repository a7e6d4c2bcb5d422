//! A learned second opinion on the white-space gaps that the punctuation rules
//! leave unsplit: scraped and flattened text loses the line breaks after
//! headings, list items and captions ("… Affaire des frégates de Taïwan En 1988,
//! le groupe …", "LISTE DES EXCIPIENTS Mannitol, …"). An averaged perceptron over
//! the shapes and words around the gap decides. Weights live in
//! `data/models/sentence-gaps.tsv`, rebuilt by `recoupe eval train-gaps DATA`.

use crate::lexicon::HashedMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// The context of a candidate gap, as chars of the paragraph.
pub struct Gap<'a> {
    pub cs: &'a [(u32, char)],
    /// Index of the last char before the white space.
    pub prev_end: usize,
    /// Index of the first char after the white space.
    pub next_start: usize,
    /// Chars since the last sentence start.
    pub since_start: usize,
    /// A boundary whatever the model says (see [`GapKind::Forced`]).
    pub forced: bool,
}

fn shape_into(word: &[(u32, char)], out: &mut String) {
    out.clear();
    let mut last = ' ';
    let mut run = 0;
    for &(_, c) in word {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
        }
        last = s;
        out.push(s);
        if out.len() >= 6 {
            break;
        }
    }
}

/// Word (white-space chunk) ending at char `end` (inclusive); returns its start.
fn chunk_before(cs: &[(u32, char)], end: usize) -> usize {
    let mut a = end;
    while a > 0 && !cs[a - 1].1.is_whitespace() {
        a -= 1;
    }
    a
}

/// Word starting at char `start`; returns its end (exclusive).
fn chunk_after(cs: &[(u32, char)], start: usize) -> usize {
    let mut b = start;
    while b < cs.len() && !cs[b].1.is_whitespace() {
        b += 1;
    }
    b
}

fn skip_space_back(cs: &[(u32, char)], mut i: usize) -> Option<usize> {
    while i > 0 && cs[i].1.is_whitespace() {
        i -= 1;
    }
    (!cs[i].1.is_whitespace()).then_some(i)
}

fn skip_space_fwd(cs: &[(u32, char)], mut i: usize) -> Option<usize> {
    while i < cs.len() && cs[i].1.is_whitespace() {
        i += 1;
    }
    (i < cs.len()).then_some(i)
}

/// Appends the chars of `words` (char ranges) to `buf`, one space between them;
/// `None` when they do not fit (headings are short).
fn join_words<'b>(cs: &[(u32, char)], words: &[(usize, usize)], buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let mut len = 0;
    for (i, &(a, b)) in words.iter().enumerate() {
        if i > 0 {
            *buf.get_mut(len)? = b' ';
            len += 1;
        }
        for &(_, c) in &cs[a..b] {
            if len + c.len_utf8() > buf.len() {
                return None;
            }
            len += c.encode_utf8(&mut buf[len..]).len();
        }
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// Whether the chars `a..b` are a word that opens sentences ("Les", "Chez").
fn is_starter(cs: &[(u32, char)], a: usize, b: usize) -> bool {
    let mut buf = [0u8; 64];
    join_words(cs, &[(a, b)], &mut buf).is_some_and(|w| crate::lexicon::lexicon().sentence_starters.contains(w))
}

/// Whether the words ending at char `end` (inclusive) are a section heading
/// ("Références", "Voir aussi").
pub fn heading_before(cs: &[(u32, char)], end: usize) -> bool {
    let lx = crate::lexicon::lexicon();
    let mut words: [(usize, usize); 3] = [(0, 0); 3];
    let mut e = end;
    let mut buf = [0u8; 64];
    for n in 1..=3 {
        let a = chunk_before(cs, e);
        // a cheap test on the last word before any lookup
        if n == 1
            && !(lx.heading_ends.may_contain(end + 1 - a, cs[end].1)
                && lx.heading_ends_first.may_contain(end + 1 - a, cs[a].1)
                && join_words(cs, &[(a, end + 1)], &mut buf).is_some_and(|w| lx.heading_last_words.contains(w)))
        {
            return false;
        }
        if !cs[a].1.is_alphabetic() {
            return false;
        }
        words[3 - n] = (a, e + 1);
        if cs[a].1.is_uppercase()
            && join_words(cs, &words[3 - n..], &mut buf).is_some_and(|h| lx.section_headings.contains(h))
        {
            return true;
        }
        match if a >= 2 { skip_space_back(cs, a - 1) } else { None } {
            Some(x) => e = x,
            None => return false,
        }
    }
    false
}

/// Whether a section heading starts at char `start` and is followed by a list
/// dash, a colon, a capital or the end ("Propagande Références - ^ …").
pub fn heading_after(cs: &[(u32, char)], start: usize) -> bool {
    let lx = crate::lexicon::lexicon();
    let first_end = chunk_after(cs, start);
    let mut buf = [0u8; 64];
    if !cs[start].1.is_uppercase()
        || !lx.heading_starts.may_contain(first_end - start, cs[start].1)
        || !lx.heading_starts_last.may_contain(first_end - start, cs[first_end - 1].1)
        || !join_words(cs, &[(start, first_end)], &mut buf).is_some_and(|w| lx.heading_first_words.contains(w))
    {
        return false;
    }
    let mut words: [(usize, usize); 3] = [(0, 0); 3];
    let mut s = start;
    for n in 0..3 {
        let b = chunk_after(cs, s);
        words[n] = (s, b);
        if join_words(cs, &words[..=n], &mut buf).is_some_and(|h| lx.section_headings.contains(h)) {
            return skip_space_fwd(cs, b).is_none_or(|x| matches!(cs[x].1, '-' | '–' | ':') || cs[x].1.is_uppercase());
        }
        match skip_space_fwd(cs, b) {
            Some(x) if cs[x].1.is_alphabetic() => s = x,
            _ => return false,
        }
    }
    false
}

fn is_caps_word(w: &[(u32, char)]) -> bool {
    // most words fail at their second char: the lower-case test first
    w.iter().all(|x| !x.1.is_lowercase()) && w.iter().filter(|x| x.1.is_alphabetic()).count() >= 2
}

fn lower_into(w: &[(u32, char)], out: &mut String) {
    out.clear();
    for &(_, c) in w.iter().take(20) {
        out.extend(c.to_lowercase());
    }
}

/// Emits the features of a gap as (template, value) pairs.
pub fn features(g: &Gap, emit: &mut dyn FnMut(&str, &[&str])) {
    let cs = g.cs;
    let pa = chunk_before(cs, g.prev_end);
    let prev = &cs[pa..=g.prev_end];
    let nb = chunk_after(cs, g.next_start);
    let next = &cs[g.next_start..nb];
    thread_local! {
        static BUFS: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
    }
    BUFS.with(|bufs| {
        let (a, b) = &mut *bufs.borrow_mut();
        features_with(g, cs, prev, next, pa, nb, a, b, emit)
    })
}

#[allow(clippy::too_many_arguments)]
fn features_with(
    g: &Gap,
    cs: &[(u32, char)],
    prev: &[(u32, char)],
    next: &[(u32, char)],
    pa: usize,
    nb: usize,
    a: &mut String,
    b: &mut String,
    emit: &mut dyn FnMut(&str, &[&str]),
) {
    emit("bias", &[]);
    shape_into(prev, a);
    shape_into(next, b);
    emit("ps", &[a]);
    emit("ns", &[b]);
    emit("ps_ns", &[a, b]);
    let caps = |w: &[(u32, char)]| if is_caps_word(w) { "C" } else { "c" };
    let next_lower = next.iter().find(|x| x.1.is_alphabetic()).is_some_and(|x| x.1.is_lowercase());
    emit("caps", &[caps(prev), caps(next), if next_lower { "l" } else { "u" }]);
    lower_into(prev, a);
    emit("pw", &[a]);
    lower_into(next, b);
    emit("nw", &[b]);
    let last = prev.last().map(|x| x.1).unwrap_or(' ');
    let cat = if last.is_lowercase() {
        "l"
    } else if last.is_uppercase() {
        "U"
    } else if last.is_ascii_digit() {
        "d"
    } else {
        ""
    };
    let mut lastbuf = [0u8; 4];
    let plast: &str = if cat.is_empty() { last.encode_utf8(&mut lastbuf) } else { cat };
    emit("plast", &[plast]);
    // the word before the previous one, and the one after the next one
    let pp = if pa >= 2 { skip_space_back(cs, pa - 1) } else { None };
    match pp {
        Some(e) => {
            let s = chunk_before(cs, e);
            shape_into(&cs[s..=e], a);
            emit("pps", &[a]);
            let mut run = 1;
            if is_caps_word(prev) {
                let mut e2 = e;
                let mut s2 = s;
                while is_caps_word(&cs[s2..=e2]) && run < 3 {
                    run += 1;
                    match if s2 >= 2 { skip_space_back(cs, s2 - 1) } else { None } {
                        Some(x) => {
                            e2 = x;
                            s2 = chunk_before(cs, x);
                        }
                        None => break,
                    }
                }
                emit("caps_run", &[["0", "1", "2", "3"][run.min(3)]]);
            }
        }
        None => emit("pps", &["^"]),
    }
    match skip_space_fwd(cs, nb) {
        Some(s) => {
            let e = chunk_after(cs, s);
            shape_into(&cs[s..e], a);
            emit("nns", &[a]);
            shape_into(next, b);
            emit("ns_nns", &[b, a]);
        }
        None => emit("nns", &["$"]),
    }
    let len = match g.since_start {
        0..=15 => "0",
        16..=40 => "1",
        41..=90 => "2",
        91..=180 => "3",
        _ => "4",
    };
    emit("len", &[len]);
    shape_into(next, b);
    emit("len_ns", &[len, b]);
    // a short stretch before a word that opens sentences is a heading
    // ("Procès en appel Onze personnes", "Réaction de Reuters Après la mise")
    let word_end = next.iter().position(|x| !x.1.is_alphabetic()).unwrap_or(next.len());
    let starter = is_starter(next, 0, word_end);
    emit("st_len", &[if starter { "s" } else { "-" }, len]);
    emit("st_plast", &[if starter { "s" } else { "-" }, plast]);
}

/// FNV-1a over the template and the value parts joined by `|`: the key of a
/// weight. The model file stores the joined value, so `key(t, &[joined])`
/// equals `key(t, parts)`.
pub fn key(template: &str, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    template.bytes().for_each(&mut mix);
    mix(0xff);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            mix(b'|');
        }
        p.bytes().for_each(&mut mix);
    }
    h
}

/// The value parts joined as stored in the model file.
pub fn join(parts: &[&str]) -> String {
    parts.join("|")
}

pub struct GapModel {
    pub weights: HashedMap<f32>,
    pub threshold: f32,
}

impl GapModel {
    pub fn score(&self, g: &Gap) -> f32 {
        let mut s = 0.0;
        features(g, &mut |t, v| s += self.weights.get(&key(t, v)).copied().unwrap_or(0.0));
        s
    }

    /// Parses the TSV model: a `threshold<TAB>x` line, then `template<TAB>value<TAB>weight` lines.
    pub fn parse(src: &str) -> Result<GapModel, String> {
        let mut weights = HashedMap::default();
        let mut threshold = 0.0;
        for (i, l) in src.lines().enumerate() {
            if l.starts_with('#') || l.is_empty() {
                continue;
            }
            let f: Vec<&str> = l.split('\t').collect();
            match f.as_slice() {
                ["threshold", t] => threshold = t.parse().map_err(|_| format!("line {}: bad threshold", i + 1))?,
                [t, v, w] => {
                    let w: f32 = w.parse().map_err(|_| format!("line {}: bad weight", i + 1))?;
                    weights.insert(key(t, &[v]), w);
                }
                _ => return Err(format!("line {}: expected 3 fields", i + 1)),
            }
        }
        Ok(GapModel { weights, threshold })
    }
}

/// The shipped model, parsed once.
pub fn model() -> &'static GapModel {
    static M: OnceLock<GapModel> = OnceLock::new();
    M.get_or_init(|| {
        GapModel::parse(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/models/sentence-gaps.tsv")))
            .expect("data/models/sentence-gaps.tsv")
    })
}

/// What the segmenter makes of a white-space gap the punctuation rules left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapKind {
    /// Not a boundary.
    No,
    /// A boundary by layout evidence: a section heading ends or starts here,
    /// or a one-word item is followed by a title that repeats it.
    Forced,
    /// For the model to decide.
    Open,
}

/// Whether the gap before char `m` is a candidate: the next word starts with a
/// capital (or is a list bullet) and the previous char is not a terminal mark
/// (those are the rules' to decide). `since_start` is the number of chars since
/// the current sentence started: a short stretch reads as a heading.
pub fn is_candidate(cs: &[(u32, char)], prev_end: usize, m: usize, since_start: usize) -> GapKind {
    let p = cs[prev_end].1;
    if matches!(p, '.' | '!' | '?' | '…' | ',' | '(' | '[' | '«' | '“' | '\'' | '’' | '-' | '/' | '&' | '•' | '*')
    {
        return GapKind::No;
    }
    let c = cs[m].1;
    // only a capital, a dash or a bullet can open what follows a gap
    if !(c.is_uppercase() || matches!(c, '-' | '–' | '•')) {
        return GapKind::No;
    }
    // a section heading ends before a list or a sentence ("Références - François
    // Vindé", "Voir aussi Articles connexes") and starts after one
    if !matches!(p, ':' | ';' | ')' | '"' | '»') {
        if heading_before(cs, prev_end) {
            return GapKind::Forced;
        }
        if heading_after(cs, m) {
            return GapKind::Forced;
        }
    }
    // after "voici :" a dash or a bullet opens an item
    if matches!(p, ':' | ';')
        && matches!(c, '-' | '–' | '•')
        && cs.get(m + 1).is_some_and(|x| x.1.is_whitespace())
        && cs.get(m + 2).is_some_and(|x| x.1.is_uppercase() || x.1 == '(')
    {
        return GapKind::Forced;
    }
    // a quoted subheading before a sentence: "\"Un défi au terrorisme\" Le
    // président est arrivé"
    if c.is_uppercase() && quoted_heading(cs, prev_end, since_start, m) {
        return GapKind::Forced;
    }
    // "Catégories : Histoire de Paris. Affaire Affaire des fiches": a one-word
    // item after a stop, repeated by the title that follows it
    if c.is_uppercase() && repeated_item(cs, prev_end, m) {
        return GapKind::Forced;
    }
    if is_open(cs, prev_end, m, since_start) {
        GapKind::Open
    } else {
        GapKind::No
    }
}

/// Whether the word ending at `prev_end` stands alone after a stop and the word
/// at `m` repeats it before a lower-case word.
fn repeated_item(cs: &[(u32, char)], prev_end: usize, m: usize) -> bool {
    let pa = chunk_before(cs, prev_end);
    // (the first chars first: most words are not repeated)
    if prev_end + 1 - pa < 4 || cs[pa].1 != cs[m].1 {
        return false;
    }
    let nb = chunk_after(cs, m);
    let (prev, next) = (&cs[pa..=prev_end], &cs[m..nb]);
    if prev.len() < 4 || prev.len() != next.len() || !prev.iter().zip(next).all(|(x, y)| x.1 == y.1) {
        return false;
    }
    if !next.iter().all(|x| x.1.is_alphabetic()) {
        return false;
    }
    let after_stop =
        pa == 0 || (pa >= 2 && skip_space_back(cs, pa - 1).is_some_and(|b| matches!(cs[b].1, '.' | ':' | ';')));
    after_stop && skip_space_fwd(cs, nb).is_some_and(|x| cs[x].1.is_lowercase())
}

/// Whether the dash before char `q` opens an incise closed by another dash
/// before a lower-case word ("justiciable - Nicolas Sarkozy compris - soit").
fn incise(cs: &[(u32, char)], q: usize) -> bool {
    let end = (q + 160).min(cs.len());
    let mut i = q;
    while i + 2 < end {
        let c = cs[i].1;
        if matches!(c, '.' | '!' | '?') && cs[i + 1].1.is_whitespace() {
            return false;
        }
        if matches!(c, '-' | '–') && cs[i - 1].1.is_whitespace() {
            let mut j = i + 1;
            while j < end && cs[j].1.is_whitespace() {
                j += 1;
            }
            return j < end && cs[j].1.is_lowercase();
        }
        i += 1;
    }
    false
}

/// Whether the stretch since the sentence start, ending at `prev_end`, reads as
/// a heading before the word at `q`: short, without a comma, not opened by a
/// sentence starter, not ending on a number ("Prévoir 1 RER"), and followed by
/// a capitalised word ("Insuffisance rénale Chez les patients", "Procès en appel
/// Onze personnes").
fn short_heading(cs: &[(u32, char)], prev_end: usize, since_start: usize, q: usize) -> bool {
    let p = cs[prev_end].1;
    cs.get(q + 1).is_some_and(|x| x.1.is_lowercase())
        && (p.is_alphabetic() || p == ')')
        && title_like(cs, prev_end, since_start)
}

/// Whether the stretch since the sentence start reads as a title: at most 60
/// chars, no comma, no bracket left open, not ending on an acronym (before a
/// capitalised word that is a name: "CNN Turk", "USA Today"), and not opened
/// by a word that opens sentences.
fn title_like(cs: &[(u32, char)], prev_end: usize, since_start: usize) -> bool {
    if since_start > 60 || since_start > prev_end + 1 {
        return false;
    }
    let stretch = &cs[prev_end + 1 - since_start..=prev_end];
    !stretch.iter().any(|x| x.1 == ',')
        && !open_bracket(cs, prev_end, since_start)
        && !is_caps_word(&cs[chunk_before(cs, prev_end)..=prev_end])
        && !opens_with_starter(stretch)
}

/// Whether a parenthesis or a quotation opened since the sentence start is
/// still open at `prev_end` ("une tempête (Klaus - 9 départements)").
fn open_bracket(cs: &[(u32, char)], prev_end: usize, since_start: usize) -> bool {
    let start = (prev_end + 1).saturating_sub(since_start);
    let mut depth = 0i32;
    let mut quotes = 0;
    for &(_, c) in &cs[start..=prev_end] {
        match c {
            '(' | '[' | '«' | '“' => depth += 1,
            ')' | ']' | '»' | '”' => depth -= 1,
            '"' => quotes += 1,
            _ => {}
        }
    }
    depth > 0 || quotes % 2 == 1
}

/// Whether the stretch since the sentence start is a list item or a short
/// title, so that a dash after it opens the next item ("- Coûteux hasard -
/// Lourdes, cheffe de cuisine", "ISBN 2840985314 - Jean-Pierre Thiollet").
fn in_list(cs: &[(u32, char)], prev_end: usize, since_start: usize) -> bool {
    if since_start > prev_end + 1 {
        return false;
    }
    matches!(cs[prev_end + 1 - since_start].1, '-' | '–' | '•') || title_like(cs, prev_end, since_start)
}

/// Whether a stretch opens with a word that opens sentences: then it is a
/// sentence, not a title ("La liaison Calvi - Ponte Leccia").
fn opens_with_starter(stretch: &[(u32, char)]) -> bool {
    let first_end = stretch.iter().position(|x| !x.1.is_alphabetic()).unwrap_or(stretch.len());
    is_starter(stretch, 0, first_end)
}

/// Whether the sentence so far is one quotation (at most 100 chars) and the
/// word at `m` opens a sentence, followed by a lower-case word.
fn quoted_heading(cs: &[(u32, char)], prev_end: usize, since_start: usize, m: usize) -> bool {
    if since_start > 100 || since_start > prev_end + 1 || since_start < 3 {
        return false;
    }
    let start = prev_end + 1 - since_start;
    let (open, close) = (cs[start].1, cs[prev_end].1);
    let pair = matches!((open, close), ('"', '"') | ('«', '»') | ('“', '”'));
    // the quotation must not close before its end ("\"Oui\", dit-il")
    if !pair || cs[start + 1..prev_end].iter().any(|x| x.1 == close) {
        return false;
    }
    let e = chunk_after(cs, m);
    let word_end = cs[m..e].iter().position(|x| !x.1.is_alphabetic()).map_or(e, |i| m + i);
    if word_end != e {
        return false;
    }
    is_starter(cs, m, e) && skip_space_fwd(cs, e).is_some_and(|x| cs[x].1.is_lowercase())
}

fn is_open(cs: &[(u32, char)], prev_end: usize, m: usize, since_start: usize) -> bool {
    let p = cs[prev_end].1;
    let c = cs[m].1;
    // a dash starts a list item only before a capital ("- Anticléricalisme"), a
    // date or a reference ("- 16 mars 2000 :", "- ^ Valéry", "- (en) Cox");
    // before a lower-case word it opens an incise ("Toqaev - ont réussi"), and
    // after a parenthesis it ends a wire dateline ("(Reuters) - Troops")
    let mut q = m;
    let mut dash = false;
    if matches!(c, '-' | '–' | '•') {
        if p == ')' || !cs.get(m + 1).is_some_and(|x| x.1.is_whitespace()) {
            return false;
        }
        // after "voici :" an item is forced by `is_candidate` or is none
        if matches!(p, ':' | ';') {
            return false;
        }
        q = m + 2;
        if incise(cs, q) {
            return false;
        }
        if p.is_alphabetic()
            && cs.get(q).is_some_and(|x| x.1.is_ascii_digit() || matches!(x.1, '(' | '^'))
            && !open_bracket(cs, prev_end, since_start)
        {
            return true;
        }
        dash = true;
    }
    // a quotation or a parenthesis after a word is a title or an aside of the same
    // sentence ("une vidéo intitulée \"Une bouteille à la mer\"")
    if q >= cs.len() || !cs[q].1.is_uppercase() {
        return false;
    }
    // the end of an all-caps heading: "LISTE DES EXCIPIENTS Mannitol"
    let pa = chunk_before(cs, prev_end);
    let prev_chunk = &cs[pa..=prev_end];
    // a sentence does not end on a preposition or an article ("le Journal du | Dimanche")
    // (none of these words has more than four letters)
    let mut lower_buf = [0u8; 16];
    let mut lower_len = 0;
    if prev_chunk.len() <= 4 {
        for c in prev_chunk.iter().flat_map(|x| x.1.to_lowercase()) {
            lower_len += c.encode_utf8(&mut lower_buf[lower_len..]).len();
        }
    }
    let last = std::str::from_utf8(&lower_buf[..lower_len]).unwrap_or("");
    if crate::lexicon::is_french_article_or_preposition(last)
        || matches!(last, "et" | "ou" | "que" | "qui" | "of" | "the" | "a" | "an" | "to" | "in" | "for" | "and" | "by")
    {
        return false;
    }
    // an all-caps heading: two caps words, or one of five letters or more ("METEO");
    // a lone acronym ("BFM", "LFI") is part of the sentence
    // (the word before is rarely in capitals: the tests around it only then)
    let letters = |w: &[(u32, char)]| w.iter().filter(|x| x.1.is_alphabetic()).count();
    let caps_before = || {
        pa >= 2 && {
            let e = skip_space_back(cs, pa - 1);
            e.is_some_and(|e| is_caps_word(&cs[chunk_before(cs, e)..=e]))
        }
    };
    let alone = || {
        pa == 0 || {
            let b = skip_space_back(cs, pa - 1);
            b.is_none_or(|b| matches!(cs[b].1, '.' | '!' | '?' | '…' | ':' | '"' | '»'))
        }
    };
    let prev_caps = is_caps_word(prev_chunk);
    let heading_caps = prev_caps
        && prev_chunk[0].1.is_alphabetic()
        && ((alone() && letters(prev_chunk) >= 5) || (caps_before() && letters(prev_chunk) >= 2));
    if heading_caps && cs.get(q + 1).is_some_and(|x| x.1.is_lowercase()) {
        return true;
    }
    // an elided all-caps word continues an all-caps heading ("MODE ET VOIE(S)
    // D'ADMINISTRATION")
    if prev_caps
        && cs.get(q + 1).is_some_and(|x| matches!(x.1, '\'' | '’'))
        && cs.get(q + 2).is_some_and(|x| x.1.is_uppercase())
    {
        return false;
    }
    // otherwise the next word must open sentences ("Les cris", "La joute", "L'épreuve")
    // and not a name ("Les Républicains", "Les Dernières Nouvelles", "Golf GTI")
    let mut e = q;
    while e < cs.len() && cs[e].1.is_alphabetic() {
        e += 1;
    }
    // (what follows the word decides first: whether or not it opens sentences,
    // a word followed by a capital or by nothing opens none, unless a dash or
    // an elision asks otherwise below)
    if !dash && !cs.get(e).is_some_and(|x| matches!(x.1, '\'' | '’')) {
        let n = skip_space_fwd(cs, e);
        if n.is_none_or(|n| n == e || !(cs[n].1.is_lowercase() || cs[n].1.is_ascii_digit())) {
            return false;
        }
    }
    // the word in a stack buffer: sentence starters are short
    let mut buf = [0u8; 48];
    let mut len = 0;
    for &(_, c) in &cs[q..e] {
        if len + c.len_utf8() > buf.len() {
            return false;
        }
        len += c.encode_utf8(&mut buf[len..]).len();
    }
    let word = std::str::from_utf8(&buf[..len]).unwrap_or("");
    // a word that does not open sentences opens one only after a short
    // stretch, a heading ("Insuffisance rénale Chez les patients"); a dash
    // before a name joins two ("Calvi - Ponte Leccia") unless it goes on a list
    let lx = crate::lexicon::lexicon();
    let starter = lx.sentence_starters.contains(word);
    if !starter && dash {
        return in_list(cs, prev_end, since_start);
    }
    // an elided article before a capital is a title ("au journal italien
    // L'Espresso"); before a lower-case word it opens a sentence ("L'affaire")
    if cs.get(e).is_some_and(|x| matches!(x.1, '\'' | '’')) {
        return starter && cs.get(e + 1).is_some_and(|x| x.1.is_lowercase());
    }
    let mut n = e;
    while n < cs.len() && cs[n].1.is_whitespace() {
        n += 1;
    }
    if n == e || n >= cs.len() {
        return false;
    }
    if starter {
        return cs[n].1.is_lowercase() || cs[n].1.is_ascii_digit();
    }
    cs[n].1.is_lowercase() && short_heading(cs, prev_end, since_start, q)
}
