//! Case, accent and typography folding for rule matching, with a map back to the
//! original byte offsets so that a match becomes a span of the untouched text.

/// Folded text: one folded `char` per entry, each with the byte offset in the
/// original text where it came from.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    pub chars: Vec<char>,
    /// `offsets[i]` is the original byte offset of `chars[i]`; one more entry
    /// holds the end offset.
    pub offsets: Vec<usize>,
}

impl Folded {
    /// Original byte span of folded chars `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.offsets[a], self.offsets[b])
    }
    pub fn as_string(&self) -> String {
        self.chars.iter().collect()
    }
}

/// Folds one char: lower case, Latin accents stripped, typographic quotes,
/// apostrophes, dashes and spaces made plain. Returns `None` for chars that vanish
/// (soft hyphen, zero-width marks).
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(match c {
            '\t' | '\n' | '\r' => ' ',
            '`' => '\'',
            _ => c.to_ascii_lowercase(),
        });
    }
    let c = match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
        '\u{00AB}' | '\u{00BB}' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2039}' | '\u{203A}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\t' | '\n' | '\r' => ' ',
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' => return None,
        '\u{2026}' => '.',
        _ => c,
    };
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(strip_accent(lower))
}

/// Strips the diacritic of a lower-case Latin letter (é → e, ç → c, œ stays).
pub fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ğ' => 'g',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        'ď' => 'd',
        _ => c,
    }
}

/// Folds `text[start..end]`, collapsing white space runs and trimming both ends.
pub fn fold(text: &str, start: usize, end: usize) -> Folded {
    let mut out = Folded { chars: Vec::with_capacity(end - start), offsets: Vec::with_capacity(end - start + 1) };
    let mut pending_space: Option<usize> = None;
    let mut last_end = start;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let Some(f) = fold_char(c) else { continue };
        if f == ' ' {
            if !out.chars.is_empty() && pending_space.is_none() {
                pending_space = Some(at);
            }
            continue;
        }
        if let Some(sp) = pending_space.take() {
            out.chars.push(' ');
            out.offsets.push(sp);
        }
        out.chars.push(f);
        out.offsets.push(at);
        last_end = at + c.len_utf8();
    }
    out.offsets.push(last_end);
    out
}

/// One word folded like [`fold_str`] (lower case, accents off, typographic
/// marks plain), without the offset bookkeeping of [`fold`]: borrowed when the
/// word is already plain lower-case ASCII, as most words are.
pub fn fold_word(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'\'' | b'-' | b'.')) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().filter_map(fold_char).collect())
}

/// Folds a rule or lexicon string the same way as the text.
pub fn fold_str(s: &str) -> String {
    fold(s, 0, s.len()).as_string()
}

/// The first char of [`fold_str`]`(s)`, without folding the rest.
pub fn first_folded(s: &str) -> Option<char> {
    s.chars().filter_map(fold_char).find(|&c| c != ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_folds_like_a_text() {
        for w in ["Tokaïev", "aujourd’hui", "Février", "déc.", "plain", "L'Œuvre", "18,5%", "Ça"] {
            assert_eq!(fold_word(w), fold_str(w), "{w}");
        }
    }

    #[test]
    fn folds_typography_and_keeps_offsets() {
        let t = "  L’Ét\u{00A0}\u{00A0}«x»  ";
        let f = fold(t, 0, t.len());
        assert_eq!(f.as_string(), "l'et \"x\"");
        assert_eq!(first_folded(t), f.as_string().chars().next());
        assert_eq!(first_folded(" \u{00AD} "), None);
        let (a, b) = f.span(0, f.chars.len());
        assert_eq!(&t[a..b], "L’Ét\u{00A0}\u{00A0}«x»");
    }
}
