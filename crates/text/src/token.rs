//! Word tokenizer for French and English news: elisions split off ("l'", "qu'"),
//! clitic inversions split ("a" "-t-il"), numbers kept whole ("2 500", "6.846",
//! "18,5"), abbreviations keep their period ("M."), URLs and e-mails whole.

use crate::lexicon::lexicon;
use recoupe_model::{Span, Token, TokenKind};

const ELISIONS: [&str; 14] =
    ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];
const CLITICS: [&str; 11] = ["il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "ce", "y"];

/// Whether `w` (the letters and hyphens after a hyphen) is a subject
/// pronoun of an inversion, in any case, with or without its euphonic "t-"
/// ("il", "t-elle"). Lower-cased on the stack: every hyphenated word asks.
fn is_clitic(w: &str) -> bool {
    // the longest clitic is "t-elles"; a longer or non-ASCII word is none
    if w.len() > 7 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 7];
    let low = &mut buf[..w.len()];
    low.copy_from_slice(w.as_bytes());
    low.make_ascii_lowercase();
    let low = low.strip_prefix(b"t-").unwrap_or(low);
    CLITICS.iter().any(|c| c.as_bytes() == low)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_thousands_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Whether the bytes at `i` encode a letter of Latin-1 (U+00C0 to U+00FF but
/// × and ÷): most of the non-ASCII letters of French, Spanish, German…, found
/// without a Unicode table look-up.
fn latin1_letter(b: &[u8], i: usize) -> bool {
    b[i] == 0xC3 && b.get(i + 1).is_some_and(|&x| (0x80..=0xBF).contains(&x) && x != 0x97 && x != 0xB7)
}

/// The end of the run of ASCII letters and digits and Latin-1 letters (two
/// bytes) that starts at `from`.
fn word_end(b: &[u8], from: usize) -> usize {
    let mut z = from;
    loop {
        z = crate::scan::alnum_run(b, z);
        if z < b.len() && latin1_letter(b, z) {
            z += 2;
        } else {
            return z;
        }
    }
}

/// Whether a word that the main loop's letter path reads starts at byte `i`
/// (an ASCII letter but h and w, which may open a URL, or a Latin-1 letter).
fn starts_plain_word(b: &[u8], i: usize) -> bool {
    matches!(b.get(i), Some(b'a'..=b'g' | b'i'..=b'v' | b'x'..=b'z' | b'A'..=b'Z'))
        || (i < b.len() && latin1_letter(b, i))
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let base = span.start;
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let mut i = 0;
    let push =
        |out: &mut Vec<Token>, a: usize, z: usize, kind| out.push(Token { span: Span::new(base + a, base + z), kind });
    while i < s.len() {
        // ASCII fast paths: spaces and plain lower-case words are most of the text
        match b[i] {
            b' ' | b'\n' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'a'..=b'g' | b'i'..=b'v' | b'x'..=b'z' | b'A'..=b'Z' | 0xC3 => {
                if b[i] == 0xC3 && !latin1_letter(b, i) {
                    // another char of the block: the general path below
                } else {
                    // a word of ASCII and Latin-1 letters ending on a space or a
                    // plain mark (most words) needs none of scan_word's elision,
                    // clitic or period rules
                    let z = word_end(b, i);
                    match b.get(z) {
                        // an elision before a word this loop reads ("l'Etat", "d'après")
                        Some(b'\'')
                            if starts_plain_word(b, z + 1)
                                && ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(&s[i..z])) =>
                        {
                            push(out, i, z + 1, TokenKind::Word);
                            i = z + 1;
                        }
                        // a word of two chars or more before a stop that is no
                        // abbreviation keeps no period ("pays.")
                        Some(b'.')
                            if s[i..z].chars().nth(1).is_some() && lexicon().abbreviation(&s[i..z]).is_none() =>
                        {
                            push(out, i, z, TokenKind::Word);
                            i = z;
                        }
                        Some(&x) if x >= 0x80 || matches!(x, b'\'' | b'-' | b'.') => i = scan_word(s, i, base, out),
                        _ => {
                            push(out, i, z, TokenKind::Word);
                            // (the space after the word, most often, without another turn)
                            i = if b.get(z) == Some(&b' ') { z + 1 } else { z };
                        }
                    }
                    continue;
                }
            }
            b'0'..=b'9' => {
                i = scan_number_token(s, i, base, out);
                continue;
            }
            b'!' | b'.' | b'?' => {
                // punctuation runs: "...", "?!"
                let z = i + b[i..].iter().take_while(|x| matches!(x, b'.' | b'!' | b'?')).count();
                push(out, i, z, TokenKind::Punct);
                i = z;
                continue;
            }
            x if x.is_ascii_punctuation() => {
                let kind =
                    if matches!(x, b'%' | b'$' | b'&' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' | b'#' | b'@') {
                        TokenKind::Symbol
                    } else {
                        TokenKind::Punct
                    };
                push(out, i, i + 1, kind);
                i += 1;
                continue;
            }
            _ => {}
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let cl = c.len_utf8();
        if c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}' {
            i += cl;
            continue;
        }
        // URLs
        if (c == 'h' && (s[i..].starts_with("http://") || s[i..].starts_with("https://")))
            || (c == 'w' && s[i..].starts_with("www."))
        {
            let mut z = i;
            while z < s.len() {
                let d = s[z..].chars().next().unwrap_or(' ');
                if d.is_whitespace() || matches!(d, '"' | '«' | '»' | '<' | '>') {
                    break;
                }
                z += d.len_utf8();
            }
            while z > i && matches!(b[z - 1], b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'\'') {
                z -= 1;
            }
            push(out, i, z, TokenKind::Url);
            i = z;
            continue;
        }

        if is_han(c) {
            push(out, i, i + cl, TokenKind::Word);
            i += cl;
            continue;
        }
        if c.is_alphabetic() {
            i = scan_word(s, i, base, out);
            continue;
        }
        // punctuation runs: "...", "?!", "--"
        if matches!(c, '.' | '!' | '?') {
            let mut z = i;
            while z < s.len() && matches!(b[z], b'.' | b'!' | b'?') {
                z += 1;
            }
            push(out, i, z, TokenKind::Punct);
            i = z;
            continue;
        }
        let kind = if c.is_ascii_punctuation()
            && !matches!(c, '%' | '$' | '&' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '#' | '@')
            || matches!(c, '«' | '»' | '“' | '”' | '‘' | '’' | '–' | '—' | '…' | '•' | '‹' | '›' | '„' | '¿' | '¡')
        {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        push(out, i, i + cl, kind);
        i += cl;
    }
}

/// Pushes the token that starts with the digit at `i`; returns its end.
fn scan_number_token(s: &str, i: usize, base: usize, out: &mut Vec<Token>) -> usize {
    let z = scan_number(s, i);
    // "1er", "20e", "10h30", "Il-76" handled as words; digits then letters stay one token
    let mut y = z;
    while y < s.len() {
        let d = s[y..].chars().next().unwrap_or(' ');
        if d.is_alphanumeric() {
            y += d.len_utf8();
        } else {
            break;
        }
    }
    let kind = if y == z { TokenKind::Number } else { TokenKind::Word };
    out.push(Token { span: Span::new(base + i, base + y), kind });
    y
}

/// End of a number starting at `i`: digits, decimal separators followed by a
/// digit, and thousands groups separated by a (no-break) space ("2 500").
fn scan_number(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut z = i;
    while z < b.len() && b[z].is_ascii_digit() {
        z += 1;
    }
    let lead = z - i;
    loop {
        if z + 1 < b.len() && matches!(b[z], b'.' | b',') && b[z + 1].is_ascii_digit() {
            z += 1;
            while z < b.len() && b[z].is_ascii_digit() {
                z += 1;
            }
            continue;
        }
        if lead <= 3 {
            if let Some(c) = s[z..].chars().next() {
                if is_thousands_space(c) {
                    let g = z + c.len_utf8();
                    let digits = b[g..].iter().take_while(|d| d.is_ascii_digit()).count();
                    if digits == 3 && !b.get(g + 3).is_some_and(|d| d.is_ascii_alphanumeric()) {
                        z = g + 3;
                        continue;
                    }
                }
            }
        }
        break;
    }
    z
}

/// Scans a word starting at `i`, pushes it (and split-off elisions/clitics);
/// returns the end.
fn scan_word(s: &str, i: usize, base: usize, out: &mut Vec<Token>) -> usize {
    let mut start = i;
    let mut z = i;
    let push = |out: &mut Vec<Token>, a: usize, e: usize| {
        out.push(Token { span: Span::new(base + a, base + e), kind: TokenKind::Word })
    };
    let b = s.as_bytes();
    loop {
        z = word_end(b, z);
        // most words end on a space or a plain punctuation mark
        match b.get(z) {
            None => break,
            Some(&x) if x < 0x80 && !matches!(x, b'\'' | b'-' | b'.') => break,
            _ => {}
        }
        let Some(c) = s[z..].chars().next() else { break };
        if c.is_alphanumeric() || c == '\u{0301}' || c == '\u{0308}' {
            z += c.len_utf8();
            continue;
        }
        let next = s[z + c.len_utf8()..].chars().next();
        if is_apostrophe(c) && next.is_some_and(|d| d.is_alphabetic()) {
            let head = &s[start..z];
            if ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(head)) {
                push(out, start, z + c.len_utf8());
                z += c.len_utf8();
                start = z;
                continue;
            }
            // English possessive and contractions stay attached except "'s"
            if head.len() > 1
                && s[z + c.len_utf8()..].starts_with('s')
                && !s[z + c.len_utf8() + 1..].starts_with(|d: char| d.is_alphabetic())
            {
                push(out, start, z);
                push(out, z, z + c.len_utf8() + 1);
                return z + c.len_utf8() + 1;
            }
            z += c.len_utf8();
            continue;
        }
        if c == '-' && next.is_some_and(|d| d.is_alphanumeric()) {
            // clitic inversion: "a-t-il", "dit-elle", "peut-on"
            let rest = &s[z + 1..];
            let rest_len: usize = rest.chars().take_while(|d| d.is_alphabetic() || *d == '-').map(char::len_utf8).sum();
            if z > start && is_clitic(&rest[..rest_len]) {
                push(out, start, z);
                let e = z + 1 + rest_len;
                push(out, z, e);
                return e;
            }
            z += 1;
            continue;
        }
        if c == '.' {
            // abbreviations and initials keep their period: "M.", "etc.", "U.S."
            let w = &s[start..z];
            let mut chars = w.chars();
            let initial = matches!((chars.next(), chars.next()), (Some(c0), None) if c0.is_uppercase());
            if initial
                && next.is_some_and(|d| d.is_uppercase())
                && s.get(z + 1 + next.map_or(1, char::len_utf8)..).is_some_and(|r| r.starts_with('.'))
            {
                // dotted acronym "U.S." / "J.-C."
                z += 1;
                continue;
            }
            if lexicon().abbreviation(w).is_some() || initial || (w.contains('.') && w.len() <= 6) {
                z += 1;
            }
            break;
        }
        break;
    }
    if z > start {
        push(out, start, z);
    }
    z
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut out);
        out.iter().map(|x| x.span.slice(t)).collect()
    }

    #[test]
    fn french_news_tokens() {
        assert_eq!(toks("l’aéroport d'Almaty"), vec!["l’", "aéroport", "d'", "Almaty"]);
        assert_eq!(toks("qu'il a-t-il ajouté"), vec!["qu'", "il", "a", "-t-il", "ajouté"]);
        assert_eq!(
            toks("2 500 militaires, 18,5% et 6.846 km"),
            vec!["2 500", "militaires", ",", "18,5", "%", "et", "6.846", "km"]
        );
        assert_eq!(toks("M. Tokayev, Kassym-Jomart"), vec!["M.", "Tokayev", ",", "Kassym-Jomart"]);
        assert_eq!(toks("Il-76 et AN-124 le 1er janvier"), vec!["Il-76", "et", "AN-124", "le", "1er", "janvier"]);
        assert_eq!(toks("« tirer » aujourd'hui..."), vec!["«", "tirer", "»", "aujourd'hui", "..."]);
        assert_eq!(
            toks("voir https://fr.sputniknews.com/a.html."),
            vec!["voir", "https://fr.sputniknews.com/a.html", "."]
        );
        assert_eq!(toks("en 2010 2 500"), vec!["en", "2010", "2 500"]);
        // elisions and stops on the fast path, and beside it
        assert_eq!(
            toks("l'Etat d'été. Qu'A380. etc. É."),
            vec!["l'", "Etat", "d'", "été", ".", "Qu'", "A380", ".", "etc.", "É."]
        );
        assert_eq!(toks("l'Hôpital d'hier, l'Œuvre"), vec!["l'", "Hôpital", "d'", "hier", ",", "l'", "Œuvre"]);
    }

    #[test]
    fn english_tokens() {
        assert_eq!(toks("King's College in the U.S. said"), vec!["King", "'s", "College", "in", "the", "U.S.", "said"]);
    }
}
