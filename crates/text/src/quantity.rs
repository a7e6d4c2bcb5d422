//! Figures in running text, French and English: a value (or bounds), its
//! hedge, its unit or currency, and what it counts ("près de 3 000 soldats",
//! "6 846 km", "18,5% de la population", "des dizaines de morts", "plus de
//! 100 millions d'euros", "deux ou trois avions"). The counted noun's class
//! (`data/lexicon/counted_classes.tsv`) lets later stages compare like with
//! like; units come from `data/lexicon/units.tsv`.

use crate::lexicon::FastMap;
use crate::numbers::{self, NumLang};

/// How a figure is hedged.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hedge {
    Exact,
    /// "près de", "environ", "quelque", "about": around the value.
    Approximate,
    /// "plus de", "au moins", "more than": the value is a lower bound.
    AtLeast,
    /// "moins de", "jusqu'à", "up to": the value is an upper bound.
    AtMost,
    /// "des dizaines de", "plusieurs milliers": only bounds are known.
    Vague,
}

impl Hedge {
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::Exact => "exact",
            Hedge::Approximate => "approximate",
            Hedge::AtLeast => "at_least",
            Hedge::AtMost => "at_most",
            Hedge::Vague => "vague",
        }
    }
}

/// A figure found in a text, with byte offsets into it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    /// The value, when one is stated (not for "des dizaines de").
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub hedge: Hedge,
    pub unit: Option<&'static str>,
    pub dimension: Option<&'static str>,
    /// The head noun counted, as a byte range of the text.
    pub counted: Option<(usize, usize)>,
    pub counted_class: Option<&'static str>,
}

struct Units {
    /// folded form → (unit, dimension, may stand before the number)
    forms: FastMap<&'static str, (&'static str, &'static str, bool, bool)>,
    classes: FastMap<&'static str, &'static str>,
    /// Peoples in the plural, folded ("francais", "americains"): a capitalised noun a
    /// figure counts ("trois quarts des Français"), from `data/lexicon/demonyms.tsv`.
    peoples: crate::lexicon::FastSet<String>,
}

fn units() -> &'static Units {
    static U: std::sync::OnceLock<Units> = std::sync::OnceLock::new();
    U.get_or_init(|| {
        let mut forms = FastMap::default();
        let src = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/units.tsv"));
        for l in src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = l.split('\t').collect();
            if let [form, unit, dim, pos] = f[..] {
                forms.insert(form, (unit, dim, pos != "before", pos != "after"));
            }
        }
        let mut classes = FastMap::default();
        let src = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/counted_classes.tsv"));
        for l in src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            if let Some((noun, class)) = l.split_once('\t') {
                classes.insert(noun, class);
            }
        }
        let peoples = crate::lexicon::demonyms()
            .iter()
            .flat_map(|d| d.fr.iter())
            .map(|f| crate::fold::fold_word(f).into_owned())
            .filter(|f| f.ends_with('s') && f.len() > 3)
            .collect();
        Units { forms, classes, peoples }
    })
}

/// A word of the text: its bytes and its folded form (borrowed from the text
/// when it is plain lower case already).
struct Word<'a> {
    start: usize,
    end: usize,
    folded: std::borrow::Cow<'a, str>,
}

/// Words, with "l'", "d'" split off and punctuation dropped; "%", "€", "$"
/// glued to a number become words of their own.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| chars.get(k).map_or(text.len(), |x| x.0);
    let mut k = 0;
    while k < n {
        let c = chars[k].1;
        // a word: letters, digits, and the marks inside numbers and names
        let word_char = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.' | ',' | '°');
        if matches!(c, '%' | '€' | '$' | '£') {
            out.push(Word {
                start: at(k),
                end: at(k + 1),
                folded: std::borrow::Cow::Borrowed(&text[at(k)..at(k + 1)]),
            });
            k += 1;
            continue;
        }
        // a dash between spaces after a number or its unit, before a number: "10 - 20
        // euros", "10 euros - 20 euros"
        let spaced = |x: usize| chars.get(x).is_some_and(|p| p.1 == ' ');
        if matches!(c, '-' | '–')
            && spaced(k.wrapping_sub(1))
            && spaced(k + 1)
            && k >= 2
            && (chars[k - 2].1.is_alphanumeric() || matches!(chars[k - 2].1, '%' | '€' | '$' | '£'))
            && chars.get(k + 2).is_some_and(|p| p.1.is_ascii_digit())
        {
            out.push(Word { start: at(k), end: at(k + 1), folded: std::borrow::Cow::Borrowed("-") });
            k += 1;
            continue;
        }
        if !word_char(c) || matches!(c, '\'' | '’' | '-' | '.' | ',') {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < n && word_char(chars[e].1) {
            e += 1;
        }
        // trailing marks belong to the sentence
        while e > k && matches!(chars[e - 1].1, '.' | ',' | '\'' | '’' | '-') {
            e -= 1;
        }
        let (a, z) = (at(k), at(e));
        let raw = &text[a..z];
        // an elision: "d'euros", "l'armée"
        if let Some(q) = raw.find(['\'', '’']).filter(|&q| q <= 6) {
            let cut = q + raw[q..].chars().next().map_or(1, char::len_utf8);
            if cut < raw.len() && !raw[..q].chars().any(|c| c.is_ascii_digit()) {
                out.push(Word { start: a, end: a + cut, folded: crate::fold::fold_word(&raw[..cut]) });
                out.push(Word { start: a + cut, end: z, folded: crate::fold::fold_word(&raw[cut..]) });
                k = e;
                continue;
            }
        }
        // a currency code glued before its number: "USD1,23", "EUR29,99", "RM42", "US$4.7"
        let letters = raw.char_indices().find(|(_, c)| c.is_ascii_digit()).map_or(0, |(i, _)| i);
        if letters > 0
            && letters < raw.len()
            && raw[letters..].bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        {
            let head = crate::fold::fold_word(&raw[..letters]);
            if units().forms.get(head.as_ref()).is_some_and(|u| u.3) {
                out.push(Word { start: a, end: a + letters, folded: head });
                out.push(Word { start: a + letters, end: z, folded: std::borrow::Cow::Borrowed(&raw[letters..]) });
                k = e;
                continue;
            }
        }
        // a range written with a dash: "10-20", "2-3"
        if let Some(d) = raw.find('-') {
            let (l, r) = (&raw[..d], &raw[d + 1..]);
            let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
            if digits(l) && digits(r) {
                out.push(Word { start: a, end: a + d, folded: std::borrow::Cow::Borrowed(l) });
                out.push(Word { start: a + d, end: a + d + 1, folded: std::borrow::Cow::Borrowed("-") });
                out.push(Word { start: a + d + 1, end: z, folded: std::borrow::Cow::Borrowed(r) });
                k = e;
                continue;
            }
        }
        // a number glued to its unit: "3km", "20€", "10K$", "37°C", "250ml"
        let digits = raw.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',')).count();
        if digits > 0 && digits < raw.len() && raw.as_bytes()[0].is_ascii_digit() {
            let tail = crate::fold::fold_word(&raw[digits..]);
            if units().forms.contains_key(tail.as_ref()) || tail == "k" {
                out.push(Word { start: a, end: a + digits, folded: std::borrow::Cow::Borrowed(&raw[..digits]) });
                out.push(Word { start: a + digits, end: z, folded: tail });
                k = e;
                continue;
            }
        }
        out.push(Word { start: a, end: z, folded: crate::fold::fold_word(raw) });
        k = e.max(k + 1);
    }
    out
}

/// Whether the count of years from word `s` to `j` is an age: "âgé de 42 ans",
/// "un mineur de 17 ans", "mort à 68 ans", "Sophiane H, 42 ans,", "(42 ans)", "68
/// years old", "aged 70 years"; not "une peine de 17 ans", "à trois ans de
/// l'élection", "pendant trente ans".
fn is_age(text: &str, ws: &[Word], s: usize, j: usize) -> bool {
    let w = |k: usize| ws.get(k).map_or("", |x| x.folded.as_ref());
    let (before, before2, after) = (w(s.wrapping_sub(1)), w(s.wrapping_sub(2)), w(j));
    let of_after = matches!(after, "de" | "d'" | "du" | "des");
    // people a count of years describes ("un slameur de 21 ans", "une fillette de 8 ans"):
    // the nouns of people of the lexicon, those of childhood and of a case, and the endings
    // of trades
    let person = |noun: &str| {
        crate::lexicon::is_person_word(noun)
            || matches!(
                noun,
                "mineur"
                    | "mineure"
                    | "victime"
                    | "suspect"
                    | "suspecte"
                    | "bebe"
                    | "fillette"
                    | "garconnet"
                    | "adolescente"
                    | "patient"
                    | "patiente"
                    | "etudiant"
                    | "etudiante"
                    | "lyceen"
                    | "lyceenne"
                    | "quadragenaire"
                    | "octogenaire"
            )
            || ["eur", "euse", "iste", "ien", "ienne", "rice"]
                .iter()
                .any(|x| x.len() + 2 < noun.len() && noun.ends_with(x))
    };
    // a form of "avoir" that tells an age ("avait", "ai"; "a" is read above, for "à" too)
    let has =
        |x: &str| matches!(x, "ai" | "avons" | "avez" | "ont" | "avait" | "avais" | "avaient" | "aura" | "aurait");
    let first = ws.get(s).map_or(0, |x| x.start);
    let last = ws.get(j.wrapping_sub(1)).map_or(text.len(), |x| x.end);
    let apposed =
        text[..first].trim_end().ends_with([',', '(']) && text[last..].trim_start().starts_with([',', ')', '.']);
    matches!(before, "de" | "d'") && (matches!(before2, "age" | "agee" | "ages" | "agees") || person(before2)) && !of_after
        // ("mort à 68 ans", "il a 20 ans"; not "il y a 20 ans", "jusqu'à 3 ans")
        || before == "a" && !of_after && !matches!(before2, "jusqu'" | "jusqu" | "y")
        // ("quand elle avait cinq ans", "j'ai seulement 29 ans", "ils ont tous deux 40 ans")
        || (has(before) || matches!(before, "seulement" | "deja" | "juste" | "presque" | "bientot") && has(before2))
            && !of_after
        || after == "of" && w(j + 1) == "age"
        || apposed
        || after == "old"
        || before == "aged"
}

/// The bounds of a vague quantity word: "dizaines" 20 to 99, "centaines",
/// "milliers"; and the round numbers "dizaine" (about 10), "centaine",
/// "millier", "vingtaine".
fn vague(w: &str) -> Option<(f64, f64, bool)> {
    // (low, high, plural) — a singular is "about" its round value
    Some(match w {
        "dizaines" | "dozens" | "tens" => (20.0, 99.0, true),
        "centaines" | "hundreds" => (200.0, 999.0, true),
        "milliers" | "thousands" => (2_000.0, 9_999.0, true),
        "millions" => (2e6, 9.99e6, true),
        "milliards" | "billions" => (2e9, 9.99e9, true),
        "dizaine" => (10.0, 10.0, false),
        "douzaine" | "dozen" => (12.0, 12.0, false),
        "quinzaine" => (15.0, 15.0, false),
        "vingtaine" => (20.0, 20.0, false),
        "trentaine" => (30.0, 30.0, false),
        "quarantaine" => (40.0, 40.0, false),
        "cinquantaine" => (50.0, 50.0, false),
        "soixantaine" => (60.0, 60.0, false),
        "centaine" => (100.0, 100.0, false),
        "millier" => (1_000.0, 1_000.0, false),
        _ => return None,
    })
}

fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "mille" | "thousand" | "k" => 1e3,
        "million" | "millions" => 1e6,
        "milliard" | "milliards" | "billion" | "billions" => 1e9,
        _ => return None,
    })
}

/// Whether the word before `j` is a scale word ("millions de", "milliers de").
fn scale_before(ws: &[Word], j: usize) -> bool {
    j > 0 && (scale(&ws[j - 1].folded).is_some() || vague(&ws[j - 1].folded).is_some())
}

/// The hedge before word `i`: its kind and the word where it starts.
fn hedge_before(ws: &[Word], i: usize) -> Option<(Hedge, usize)> {
    let w = |k: usize| if k < ws.len() { ws[k].folded.as_ref() } else { "" };
    let back = |n: usize| i.checked_sub(n);
    let two = back(2).map(|k| (w(k), w(k + 1)));
    let three = back(3).map(|k| (w(k), w(k + 1), w(k + 2)));
    let one = back(1).map(w);
    if let Some(("pas", "plus", "de")) = three {
        return Some((Hedge::AtMost, i - 3));
    }
    if let Some(("a", "peu", "pres")) = three {
        return Some((Hedge::Approximate, i - 3));
    }
    // "en dessous de 10 dollars", "au-dessous de", "au-dessus de", "au-delà de"
    if let Some(("en", "dessous", "de" | "d'")) = three {
        return Some((Hedge::AtMost, i - 3));
    }
    match two {
        Some(("pres", "de" | "d'")) | Some(("aux", "alentours")) => return Some((Hedge::Approximate, i - 2)),
        Some(("plus", "de" | "d'" | "que"))
        | Some(("au", "moins"))
        | Some(("more", "than"))
        | Some(("at", "least")) => return Some((Hedge::AtLeast, i - 2)),
        Some(("au-dessus" | "au-dela", "de" | "d'")) => return Some((Hedge::AtLeast, i - 2)),
        Some(("en-dessous" | "au-dessous", "de" | "d'")) => return Some((Hedge::AtMost, i - 2)),
        Some(("moins", "de" | "d'"))
        | Some(("up", "to"))
        | Some(("less" | "fewer", "than"))
        | Some(("jusqu'", "a")) => return Some((Hedge::AtMost, i - 2)),
        _ => {}
    }
    match one {
        Some(
            "environ" | "quelque" | "approximativement" | "quasi" | "about" | "around" | "nearly" | "almost"
            | "approximately" | "roughly" | "some",
        ) => Some((Hedge::Approximate, i - 1)),
        Some("over") => Some((Hedge::AtLeast, i - 1)),
        Some("jusqu'a" | "under") => Some((Hedge::AtMost, i - 1)),
        _ => None,
    }
}

/// A number at word `i`: digits (joined across thousands groups, "2 500"),
/// number words ("dix-huit", "deux cents"), with a scale word after ("100
/// millions"). Returns the value and the next word. "un" and "une" alone
/// are articles.
fn number_at(ws: &[Word], i: usize, lang: NumLang) -> Option<(f64, usize)> {
    let w = &ws.get(i)?.folded;
    let (mut v, mut j) = if w.starts_with(|c: char| c.is_ascii_digit()) {
        // thousands groups written with spaces: "2 500", "1 200 000"
        let mut text = w.to_string();
        let mut j = i + 1;
        if w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
            while let Some(n) = ws.get(j) {
                let adjacent =
                    n.start == ws[j - 1].end + 1 || n.start == ws[j - 1].end + 2 || n.start == ws[j - 1].end + 3;
                if n.folded.len() == 3 && n.folded.bytes().all(|b| b.is_ascii_digit()) && adjacent {
                    text.push_str(&n.folded);
                    j += 1;
                } else if adjacent
                    && n.folded.len() >= 5
                    && n.folded.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                    && n.folded.as_bytes()[3] == b','
                {
                    // "6 700,54"
                    text.push_str(&n.folded);
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
        }
        (numbers::parse_digits(&text, lang)?, j)
    } else {
        // number words, hyphenated parts apart
        let mut parts: Vec<&str> = Vec::new();
        let mut owners: Vec<usize> = Vec::new();
        for (k, word) in ws.iter().enumerate().skip(i).take(8) {
            let ps: Vec<&str> = word.folded.split('-').collect();
            if !ps.iter().all(|p| numbers::is_number_word(p, lang) || (lang == NumLang::Fr && *p == "zero")) {
                break;
            }
            for p in ps {
                parts.push(p);
                owners.push(k);
            }
        }
        let n = numbers::read_spelled(&parts, lang)?;
        let last_word = owners[n.words - 1];
        // "un", "une", "a", "one" alone are articles (but "one dollar", "un euro"
        // are figures), "et" is a conjunction, and "hundreds", "milliers" alone are
        // vague quantities
        let unit_next = ws
            .get(owners[n.words - 1] + 1)
            .and_then(|x| units().forms.get(x.folded.as_ref()))
            .is_some_and(|u| u.1 != "duration");
        if n.words == 1 && matches!(parts[0], "et" | "and") {
            return None;
        }
        if n.words == 1 && matches!(parts[0], "un" | "une" | "a" | "one") && !unit_next {
            return None;
        }
        if n.words == 1 && vague(parts[0]).is_some_and(|v| v.2) {
            return None;
        }
        (n.value as f64, last_word + 1)
    };
    if let Some(m) = ws.get(j).and_then(|x| scale(&x.folded)) {
        v *= m;
        j += 1;
    }
    Some((v, j))
}

/// Whether a sentence may hold a figure: a digit, a currency sign, or a
/// number or vague quantity word other than "un"/"une" (a cheap gate).
pub fn may_hold_figure(sentence: &str, lang: NumLang) -> bool {
    if sentence.bytes().any(|b| b.is_ascii_digit()) || sentence.contains(['€', '$', '£']) {
        return true;
    }
    sentence.split(|c: char| !c.is_alphabetic()).any(|w| {
        if w.len() <= 2 || w.len() >= 14 {
            return false;
        }
        // folded on the stack: number words are short and fold to ASCII ("zéro")
        let mut buf = [0u8; 16];
        let mut n = 0;
        for c in w.chars().filter_map(crate::fold::fold_char) {
            if !c.is_ascii() || n == buf.len() {
                return false;
            }
            buf[n] = c as u8;
            n += 1;
        }
        let f = std::str::from_utf8(&buf[..n]).unwrap_or("");
        (numbers::is_number_word(f, lang) && !matches!(f, "une" | "one" | "et" | "and")) || vague(f).is_some()
    })
}

/// Reads the figures of one sentence.
pub fn find(text: &str, lang: NumLang) -> Vec<Figure> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match figure_at(text, &ws, i, lang) {
            Some((f, next)) => {
                out.push(f);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

fn figure_at(text: &str, ws: &[Word], i: usize, lang: NumLang) -> Option<(Figure, usize)> {
    let w = |k: usize| ws.get(k).map_or("", |x| x.folded.as_ref());
    let u = units();
    // vague: "des dizaines de", "plusieurs milliers de", "quelques centaines", "une dizaine de", "dozens of"
    let (mut low, mut high, mut value, mut hedge, mut j, mut start_word);
    // "hundreds of workers", "dozens of", "tens of thousands of": a bare plural before "of"
    let bare_vague = lang == NumLang::En && w(i + 1) == "of" && vague(w(i)).is_some_and(|v| v.2);
    let vague_head = matches!(w(i), "des" | "plusieurs" | "quelques" | "several" | "few" | "many");
    let vague_article = matches!(w(i), "une" | "un" | "a");
    if bare_vague || ((vague_head || vague_article) && vague(w(i + 1)).is_some()) {
        let head = if bare_vague { i } else { i + 1 };
        let (lo, hi, plural) = vague(w(head))?;
        if vague_article == plural && !bare_vague {
            return None;
        }
        let (mut lo, mut hi) = (lo, hi);
        if matches!(w(i), "quelques" | "few") {
            hi = lo * 2.5;
        }
        j = head + 1;
        // "des dizaines de milliers"
        if matches!(w(j), "de" | "of") {
            if let Some((lo2, _, true)) = vague(w(j + 1)) {
                let m = lo2 / 2.0;
                lo *= m;
                hi *= m;
                j += 2;
            }
        }
        start_word = i;
        if plural {
            (low, high, value, hedge) = (Some(lo), Some(hi), None, Hedge::Vague);
        } else {
            (low, high, value, hedge) = (Some(lo), Some(hi), Some(lo), Hedge::Approximate);
        }
    } else {
        // a currency sign before the number: "$10", "€ 20", "EUR 20"
        let mut k = i;
        let mut unit_before = None;
        if let Some(&(unit, dim, _, before)) = u.forms.get(w(i)) {
            if before && number_at(ws, i + 1, lang).is_some() {
                unit_before = Some((unit, dim));
                k = i + 1;
            }
        }
        let (v, e) = number_at(ws, k, lang)?;
        // not a figure: part of a name or a model ("Il-76", "MS-20", "A380"), a
        // number glued after a letter, an ordinal, a title ("M. 2")
        let word = &ws[k];
        // "3-5 km", "18-25 ans": a range written with a dash, after a space; the range
        // must form below ("3-1" is a score)
        let after = &text[word.end..];
        let dash_range = after.starts_with('-')
            && after[1..].starts_with(|c: char| c.is_ascii_digit())
            && text[..word.start].chars().next_back().is_none_or(|c| c.is_whitespace() || c == '(');
        if text[..word.start].ends_with(['-', '/'])
            || after.starts_with(['-', '/']) && !after.starts_with("- ") && !dash_range
        {
            return None;
        }
        let (mut lo, mut hi, mut val, mut hd) = (Some(v), Some(v), Some(v), Hedge::Exact);
        let mut e = e;
        // "entre 3 et 5 milliards", "deux ou trois millions": the scale of the range's end
        // is its start's too
        let scaled = |v: f64, v2: f64| {
            let scale = [1e9, 1e6].into_iter().find(|s| v2 >= *s && v2 / s < 1000.0);
            match scale {
                Some(s) if v < 1000.0 && v * s <= v2 => v * s,
                _ => v,
            }
        };
        // ranges: "deux ou trois", "2 à 3", "2 000 à 3 000", "10 - 20"
        let mut ranged = false;
        if matches!(w(e), "ou" | "a" | "or" | "to" | "-") {
            if let Some((v2, e2)) = number_at(ws, e + 1, lang) {
                if v2 > v && (w(e) != "a" || v2 < v * 100.0 || scaled(v, v2) != v) {
                    (lo, hi, val, hd) = (Some(scaled(v, v2)), Some(v2), None, Hedge::Vague);
                    e = e2;
                    ranged = true;
                }
            }
        }
        if dash_range && !ranged {
            return None;
        }
        // "entre 10 et 20"
        let mut s = k;
        if matches!(w(k.wrapping_sub(1)), "entre" | "between") && matches!(w(e), "et" | "and") {
            if let Some((v2, e2)) = number_at(ws, e + 1, lang) {
                (lo, hi, val, hd) = (Some(scaled(v, v2)), Some(v2), None, Hedge::Vague);
                e = e2;
                s = k - 1;
            }
        }
        if let Some((h, hs)) = hedge_before(ws, s) {
            hd = h;
            s = hs;
            match h {
                Hedge::AtLeast => hi = None,
                Hedge::AtMost => lo = None,
                _ => {}
            }
        }
        if let Some((unit, dim)) = unit_before {
            s = s.min(i);
            let f = Figure {
                start: ws[s].start,
                end: ws[e - 1].end,
                value: val,
                low: lo,
                high: hi,
                hedge: hd,
                unit: Some(unit),
                dimension: Some(dim),
                counted: None,
                counted_class: None,
            };
            return Some((f, e));
        }
        (low, high, value, hedge, j) = (lo, hi, val, hd, e);
        start_word = s;
    }
    // a unit after the number: "km", "%", "pour cent", "millions d'euros", "°C"
    let mut unit = None;
    // a fraction is a share: "trois quarts des députés", "les deux tiers des électeurs"
    // (as a percentage, to compare with "67 % des électeurs")
    let parts = match w(j) {
        "quart" | "quarts" => Some(4.0),
        "tiers" => Some(3.0),
        "cinquieme" | "cinquiemes" => Some(5.0),
        "dixieme" | "dixiemes" => Some(10.0),
        _ => None,
    };
    // (not a length: "trois quarts d'heure", "un tiers de siècle")
    let of_whole = matches!(w(j + 1), "des" | "de" | "du" | "d'")
        && !matches!(w(j + 2), "heure" | "heures" | "minute" | "minutes" | "siecle" | "siecles" | "temps");
    if let Some(d) = parts.filter(|_| of_whole) {
        let share = |x: Option<f64>| x.map(|v| v / d * 100.0).filter(|v| *v <= 100.0);
        if share(value.or(low)).is_some() {
            (value, low, high) = (share(value), share(low), share(high));
            unit = Some(("%", "share"));
            j += 1;
        }
    }
    for len in [2, 1].into_iter().filter(|_| unit.is_none()) {
        if j + len <= ws.len() {
            let phrase = ws[j..j + len].iter().map(|x| x.folded.as_ref()).collect::<Vec<_>>().join(" ");
            if let Some(&(un, dim, after, _)) = u.forms.get(phrase.as_str()) {
                if after {
                    unit = Some((un, dim));
                    j += len;
                    break;
                }
            }
        }
    }
    // a distance per hour or second is a speed: "130 km/h", "80 à 100 km/h", "500
    // kilomètres à l'heure", "3 m/s"
    if let Some((un, "distance")) = unit {
        let rest = &text[ws[j - 1].end..];
        let per = |x: &str| rest.strip_prefix(x).is_some_and(|r| !r.starts_with(char::is_alphanumeric));
        let (hour, second) = (per("/h") || per("/hr") || per("/heure") || per(" / h"), per("/s"));
        let words = [("a", "l'"), ("par", "heure"), ("per", "hour"), ("an", "hour")];
        let spelled = |k: usize| {
            words.iter().any(|(a, b)| w(k) == *a && w(k + 1) == *b) && (w(k + 1) != "l'" || w(k + 2) == "heure")
        };
        let speed = match un {
            "km" if hour || spelled(j) => Some("km/h"),
            "mi" if hour || spelled(j) => Some("mph"),
            "m" if second => Some("m/s"),
            _ => None,
        };
        if let Some(sp) = speed {
            unit = Some((sp, "speed"));
            // the words of the rate: "h", "heure", "à l'heure", "per hour"
            j += if hour || second {
                usize::from(matches!(w(j), "h" | "hr" | "heure" | "s"))
            } else if w(j + 1) == "l'" {
                3
            } else {
                2
            };
        }
    }
    // "entre 10 euros et 20 euros", "10 km - 20 km": a range whose end says its unit
    // again ("passe de 10 euros à 20 euros" is a change, two figures)
    if let (Some((un, _)), Hedge::Exact, Some(v)) = (unit, hedge, value) {
        let entre = start_word > 0 && matches!(w(start_word - 1), "entre" | "between");
        let sep = w(j) == "-" || entre && matches!(w(j), "et" | "and");
        let end = sep.then(|| number_at(ws, j + 1, lang)).flatten().filter(|&(v2, _)| v2 > v);
        if let Some((v2, e2)) = end {
            let same = |len: usize| {
                e2 + len <= ws.len() && {
                    let phrase = ws[e2..e2 + len].iter().map(|x| x.folded.as_ref()).collect::<Vec<_>>().join(" ");
                    u.forms.get(phrase.as_str()).is_some_and(|f| f.0 == un && f.2)
                }
            };
            if let Some(len) = [2, 1].into_iter().find(|&len| same(len)) {
                (low, high, value, hedge) = (Some(v), Some(v2), None, Hedge::Vague);
                j = e2 + len;
                if entre {
                    start_word -= 1;
                }
            }
        }
    }
    // "100 millions d'euros", "des milliers de kilomètres": the unit after "de"
    if unit.is_none() && matches!(w(j), "de" | "d'" | "of") {
        if let Some(&(un, dim, true, _)) = u.forms.get(w(j + 1)) {
            if dim == "money" || hedge == Hedge::Vague || scale_before(ws, j) {
                unit = Some((un, dim));
                j += 2;
            }
        }
    }
    // a day and a month are a date, not a figure ("le 10 janvier")
    if unit.is_none() && crate::temporal::is_month_word(w(j)) {
        return None;
    }
    // what is counted: the noun after the figure ("3 000 soldats", "des dizaines de
    // morts", "18,5% de la population")
    let mut c = j;
    if matches!(w(c), "de" | "d'" | "of" | "des" | "du") {
        c += 1;
        if matches!(
            w(c),
            "la" | "l'" | "les" | "the" | "ces" | "ses" | "leurs" | "nos" | "vos" | "cette" | "these" | "their"
        ) {
            c += 1;
        }
    }
    // an adjective before the noun is not what is counted: "les quatre derniers
    // présidents", "sept autres mesures", "les 25 meilleures années"
    if matches!(
        w(c),
        "derniers"
            | "dernieres"
            | "premiers"
            | "premieres"
            | "autres"
            | "meilleurs"
            | "meilleures"
            | "anciens"
            | "anciennes"
            | "principaux"
            | "principales"
            | "nouveaux"
            | "nouvelles"
            | "prochains"
            | "prochaines"
            | "seuls"
            | "seules"
            | "grands"
            | "grandes"
            | "petits"
            | "petites"
    ) && ws.get(c + 1).is_some_and(|n| !text[n.start..n.end].starts_with(|ch: char| ch.is_uppercase()))
    {
        c += 1;
    }
    let mut counted = None;
    let mut class = None;
    // a counted noun is lower case (a capital starts a name: "le 24 Marie…") and
    // not a verb in the conditional or imperfect ("plus de 3 800 auraient")
    let noun_like = |x: &&Word| {
        x.folded.chars().all(|ch| ch.is_alphabetic() || ch == '-')
            && (!text[x.start..x.end].starts_with(|ch: char| ch.is_uppercase())
                || u.peoples.contains(x.folded.as_ref()))
            && !x.folded.ends_with("aient")
            && !x.folded.ends_with("ait")
    };
    // nothing but white space, "de", "la"… between the figure and its noun ("29, however" is not one)
    let joined = |x: &&Word| {
        let from = ws.get(j.wrapping_sub(1)).map_or(x.start, |p| p.end.min(x.start));
        !text[from..x.start].contains([',', ';', ':', '.', '(', ')', '"', '«', '»'])
    };
    if let Some(noun) = ws.get(c).filter(noun_like).filter(joined) {
        let two = ws.get(c + 1).map(|n| format!("{} {}", noun.folded, n.folded));
        if let Some(cl) = two.as_deref().and_then(|t| u.classes.get(t)) {
            class = Some(*cl);
            counted = Some((noun.start, ws[c + 1].end));
        } else if let Some(cl) = u.classes.get(noun.folded.as_ref()) {
            // "2 500 hommes" sent in are troops; "deux hommes" who struck someone are people
            let few = value.or(high).is_some_and(|v| v < 50.0);
            class = Some(if *cl == "troops" && noun.folded == "hommes" && few { "people" } else { *cl });
            counted = Some((noun.start, noun.end));
        } else if u.peoples.contains(noun.folded.as_ref())
            && text[noun.start..noun.end].starts_with(|ch: char| ch.is_uppercase())
        {
            // "deux tiers des Français": a people is a population; "300 Américains" people
            let share = unit.is_some_and(|(_, d)| d == "share");
            class = Some(if share { "population" } else { "people" });
            counted = Some((noun.start, noun.end));
        } else if unit.is_none() || unit.is_some_and(|(_, d)| d == "share") {
            // a noun we have no class for is still what is counted, when it reads as
            // one: a plural ("deux pays", "cinq reprises"); "4 separate", "two had",
            // "10 meeting" count nothing
            let plural = noun.folded.ends_with(['s', 'x']);
            let is_noun_like = noun.folded.len() > 2
                && plural
                && !matches!(
                    noun.folded.as_ref(),
                    "was" | "has" | "is" | "plus" | "moins" | "tous" | "toutes" | "les" | "des" | "aux"
                        // (words of the sentence, not nouns: "Ariane 5 depuis Kourou")
                        | "depuis" | "apres" | "pres" | "sous" | "vers" | "alors" | "puis" | "jamais"
                        | "toujours" | "mais" | "dont" | "hors" | "chez" | "lors" | "selon"
                )
                && !matches!(
                    noun.folded.as_ref(),
                    "et" | "ou"
                        | "qui"
                        | "que"
                        | "dans"
                        | "pour"
                        | "sur"
                        | "par"
                        | "avec"
                        | "ans"
                        | "and"
                        | "the"
                        | "for"
                        | "with"
                        | "in"
                        | "on"
                );
            if is_noun_like {
                counted = Some((noun.start, noun.end));
            }
        }
    }
    // no noun, but the verb tells what befell them: "plus de 3 800 auraient déjà été
    // arrêtés", "12 ont été tués", "deux sont morts"
    // (not a year: "en 2019 ont été arrêtés")
    let year = value.is_some_and(|v| v.fract() == 0.0 && (1800.0..=2100.0).contains(&v)) && hedge == Hedge::Exact;
    if unit.is_none() && counted.is_none() && class.is_none() && !year {
        let aux = |x: &str| {
            matches!(
                x,
                "ont"
                    | "sont"
                    | "auraient"
                    | "seraient"
                    | "avaient"
                    | "etaient"
                    | "ete"
                    | "deja"
                    | "ensuite"
                    | "have"
                    | "been"
                    | "were"
                    | "had"
                    | "already"
            )
        };
        let mut k = j;
        while k < j + 4 && ws.get(k).is_some_and(|x| aux(&x.folded)) {
            k += 1;
        }
        if k > j {
            if let Some((x, cl)) = ws.get(k).and_then(|x| u.classes.get(x.folded.as_ref()).map(|cl| (x, *cl))) {
                // (one clause: "tous les quatre, été tués", "piétons (43) sont morts" are not)
                let between = &text[ws[j - 1].end..x.start];
                if matches!(cl, "arrests" | "deaths" | "injured") && !between.contains([',', ';', ':', '.', '(', ')']) {
                    class = Some(cl);
                    counted = Some((x.start, x.end));
                }
            }
        }
    }
    // a bare number with neither unit nor counted noun is kept only when it is
    // not a year and not small enough to be an ordinary word ("les deux pays")
    let bare = unit.is_none() && class.is_none();
    if bare {
        // (nor a range of years: "1990 - 2000")
        let year_like = |x: Option<f64>| x.is_some_and(|v| v.fract() == 0.0 && (1800.0..=2100.0).contains(&v));
        if year || counted.is_none() && year_like(low) && year_like(high) {
            return None;
        }
        if counted.is_none() && hedge == Hedge::Exact && value.is_some() {
            return None;
        }
    }
    // a count of years that is someone's age, to compare with other ages
    if unit.is_some_and(|(u, _)| u == "year") && class.is_none() && counted.is_none() && is_age(text, ws, start_word, j)
    {
        class = Some("age");
    }
    let end = match counted {
        Some((_, z)) => z,
        None => ws[j - 1].end,
    };
    let f = Figure {
        start: ws[start_word].start,
        end,
        value,
        low,
        high,
        hedge,
        unit: unit.map(|u| u.0),
        dimension: unit.map(|u| u.1),
        counted,
        counted_class: class.or(unit.map(|u| u.1).filter(|d| matches!(*d, "distance" | "money" | "share" | "speed"))),
    };
    Some((f, j.max(i + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A figure as the tests compare it: text, value, low, high, unit, counted, class.
    type Fig =
        (String, Option<f64>, Option<f64>, Option<f64>, &'static str, Option<&'static str>, Option<&'static str>);

    fn figs(t: &str) -> Vec<Fig> {
        find(t, NumLang::Fr)
            .into_iter()
            .map(|f| (t[f.start..f.end].to_string(), f.value, f.low, f.high, f.hedge.as_str(), f.unit, f.counted_class))
            .collect()
    }

    #[test]
    fn a_range_s_scale_and_a_noun_after_its_adjective() {
        let t = "Il aurait perdu entre 3 et 5 milliards de dollars, deux ou trois millions d'euros, et \
                 quatre autres soldats ont reçu 9 585 nouveaux cas.";
        let got = figs(t);
        assert_eq!(
            (got[0].0.as_str(), got[0].2, got[0].3),
            ("entre 3 et 5 milliards de dollars", Some(3e9), Some(5e9))
        );
        assert_eq!((got[1].2, got[1].3), (Some(2e6), Some(3e6)));
        // the noun after "autres", "nouveaux" is what is counted
        assert_eq!((got[2].0.as_str(), got[2].6), ("quatre autres soldats", Some("troops")));
        assert_eq!((got[3].0.as_str(), got[3].6), ("9 585 nouveaux cas", Some("cases")));
        // a people counted is capitalised; a currency's adjective is none
        let peoples = figs("Les trois quarts des Français, 300 Américains et 2,9 millions de dollars australiens.");
        assert_eq!((peoples[0].0.as_str(), peoples[0].6), ("trois quarts des Français", Some("population")));
        assert_eq!((peoples[1].0.as_str(), peoples[1].6), ("300 Américains", Some("people")));
        assert_eq!((peoples[2].0.as_str(), peoples[2].6), ("2,9 millions de dollars", Some("money")));
        let fractions = figs("Près de trois quarts des députés sortants et deux de ses collègues sont partis.");
        // a fraction is a share of what follows; a possessive is no noun
        assert_eq!(
            (fractions[0].0.as_str(), fractions[0].1, fractions[0].4, fractions[0].5),
            ("Près de trois quarts des députés", Some(75.0), "approximate", Some("%"))
        );
        assert_eq!(fractions[1].0, "deux de ses collègues");
        assert!(figs("Il est arrivé à trois quarts d'heure de la fin.").iter().all(|f| f.5 != Some("%")));
    }

    #[test]
    fn troops_deaths_distances_and_shares() {
        let t = "Près de 3 000 soldats et 2 500 militaires du pacte sont arrivés, selon la préfecture de Valmont.";
        let got = figs(t);
        assert_eq!(
            got[0],
            (
                "Près de 3 000 soldats".into(),
                Some(3000.0),
                Some(3000.0),
                Some(3000.0),
                "approximate",
                None,
                Some("troops")
            )
        );
        assert_eq!(got[1].0, "2 500 militaires");
        assert_eq!(got[1].6, Some("troops"));
        let t = "La frontière de 6.846 km sépare les deux pays ; 18,5% de la population vote.";
        let got = figs(t);
        assert_eq!(got[0].0, "6.846 km");
        assert_eq!((got[0].1, got[0].5), (Some(6846.0), Some("km")));
        // "les deux pays" is a figure too: two countries
        assert_eq!(got[1].0, "deux pays");
        assert_eq!(got[2].0, "18,5% de la population");
        assert_eq!((got[2].1, got[2].5, got[2].6), (Some(18.5), Some("%"), Some("population")));
        // a distance per hour is a speed
        let got =
            figs("Des rafales de 80 à 100 km/h ; limité à 130km/h, il filait à plus de 500 kilomètres à l'heure.");
        let speeds: Vec<(&str, Option<&str>, Option<&str>)> = got.iter().map(|g| (g.0.as_str(), g.5, g.6)).collect();
        assert_eq!(
            speeds,
            [
                ("80 à 100 km/h", Some("km/h"), Some("speed")),
                ("130km/h", Some("km/h"), Some("speed")),
                ("plus de 500 kilomètres à l'heure", Some("km/h"), Some("speed"))
            ]
        );
        // no noun, but the verb tells what is counted
        let got =
            figs("Parmi eux, plus de 3 800 auraient déjà été arrêtés ; 12 ont été tués. En 2019 ont été arrêtés…");
        let befell: Vec<(&str, Option<&str>)> = got.iter().map(|g| (g.0.as_str(), g.6)).collect();
        assert_eq!(
            befell,
            [("plus de 3 800 auraient déjà été arrêtés", Some("arrests")), ("12 ont été tués", Some("deaths"))]
        );
        // men sent in by the thousand are troops; two men who struck someone are people
        let got = figs("Le pacte a envoyé 2 500 hommes ; deux hommes l'ont frappé.");
        assert_eq!((got[0].0.as_str(), got[0].6), ("2 500 hommes", Some("troops")));
        assert_eq!((got[1].0.as_str(), got[1].6), ("deux hommes", Some("people")));
    }

    #[test]
    fn hedges_vague_quantities_and_ranges() {
        let got = figs(
            "Des dizaines de morts et plus de 100 millions d'euros de dégâts, douze avions et deux ou trois chars.",
        );
        assert_eq!(got[0].0, "Des dizaines de morts");
        assert_eq!((got[0].1, got[0].2, got[0].4, got[0].6), (None, Some(20.0), "vague", Some("deaths")));
        assert_eq!(got[1].0, "plus de 100 millions d'euros");
        assert_eq!((got[1].1, got[1].3, got[1].4, got[1].5), (Some(1e8), None, "at_least", Some("EUR")));
        assert_eq!(got[2].0, "douze avions");
        assert_eq!(got[2].6, Some("aircraft"));
        assert_eq!(got[3].0, "deux ou trois chars");
        assert_eq!((got[3].2, got[3].3), (Some(2.0), Some(3.0)));
        // areas and temperatures by their many spellings
        let got = figs("Un appartement de 182 mètres carrés, 2.000 m2 de jardin ; il faisait 40 deg celsius.");
        let units: Vec<Option<&str>> = got.iter().map(|g| g.5).collect();
        assert_eq!(units, [Some("m²"), Some("m²"), Some("°C")], "{got:?}");
        // a range written with a dash after a space; a score is none
        let got = figs("Les colonnes s'étiraient sur 3-5 km ; le match finit 3-1.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0.as_str(), got[0].2, got[0].3, got[0].5), ("3-5 km", Some(3.0), Some(5.0), Some("km")));
        let got = figs("Dix-huit tués, un millier de manifestants.");
        assert_eq!((got[0].0.as_str(), got[0].1, got[0].6), ("Dix-huit tués", Some(18.0), Some("deaths")));
        assert_eq!(
            (got[1].0.as_str(), got[1].1, got[1].4),
            ("un millier de manifestants", Some(1000.0), "approximate")
        );
    }

    #[test]
    fn ranges_that_repeat_their_unit_or_take_a_spaced_dash_and_hedges_below_or_above() {
        let got = figs(
            "Les salaires allaient d'entre 17.325 euros et 22.316 euros, les loyers de 10 - 20 euros le m2 ; \
             le prix passe de 10 euros à 20 euros. Il faut rester en dessous de 6 % et au-delà de 100 km.",
        );
        type Row<'a> = (&'a str, Option<f64>, Option<f64>, Option<f64>, &'a str);
        let rows: Vec<Row> = got.iter().map(|g| (g.0.as_str(), g.1, g.2, g.3, g.4)).collect();
        assert_eq!(
            rows,
            [
                ("entre 17.325 euros et 22.316 euros", None, Some(17325.0), Some(22316.0), "vague"),
                ("10 - 20 euros", None, Some(10.0), Some(20.0), "vague"),
                // a change from one value to another is two figures
                ("10 euros", Some(10.0), Some(10.0), Some(10.0), "exact"),
                ("20 euros", Some(20.0), Some(20.0), Some(20.0), "exact"),
                ("en dessous de 6 %", Some(6.0), None, Some(6.0), "at_most"),
                ("au-delà de 100 km", Some(100.0), Some(100.0), None, "at_least"),
            ]
        );
        // a range of years is no figure
        assert!(figs("Il fut président (2012 - 2017).").is_empty());
    }

    #[test]
    fn a_count_of_years_that_is_an_age() {
        // what someone "a", "avait" or "aura" is an age; so is "years of age"
        let got = figs("Il avait 27 ans ; j'ai seulement 29 ans ; elle aura 18 ans. He was 3 years of age.");
        assert!(got.iter().all(|g| g.6 == Some("age")) && got.len() == 4, "{got:?}");
        // a noun of people of the lexicon ("maire", "juge", "frère") describes an age too
        let got = figs("L'ancien maire de 71 ans et la juge de 48 ans se sont parlé.");
        assert!(got.iter().all(|g| g.6 == Some("age")) && got.len() == 2, "{got:?}");
        let got = figs(
            "Un mineur de 17 ans, Paul Verdier, 42 ans, et un homme âgé de 63 ans ont été arrêtés ; il est mort \
             à 68 ans. Il purge une peine de 17 ans de prison, il y a 20 ans, à trois ans de l'élection.",
        );
        let ages: Vec<(&str, Option<&str>)> = got.iter().map(|g| (g.0.as_str(), g.6)).collect();
        assert_eq!(
            ages,
            [
                ("17 ans", Some("age")),
                ("42 ans", Some("age")),
                ("63 ans", Some("age")),
                ("68 ans", Some("age")),
                ("17 ans", None),
                ("20 ans", None),
                ("trois ans", None),
            ]
        );
    }

    #[test]
    fn not_figures() {
        // a model name, an article, a title, an ordinal, a year
        let got = figs("Un Il-76 et un AN-124 ont atterri ; M. Tokayev, un premier contingent, en 2010.");
        assert!(got.is_empty(), "{got:?}");
    }
}
