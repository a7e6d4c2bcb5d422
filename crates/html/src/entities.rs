//! Character references: numeric ones and the WHATWG named list
//! (`data/lexicon/html_entities.tsv`, loaded once). Legacy names without a semicolon
//! ("&eacute", "&amp") are decoded as browsers do; an unknown reference is
//! kept as written.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../data/lexicon/html_entities.tsv");

/// Longest name in the list ("CounterClockwiseContourIntegral;").
const MAX_NAME: usize = 33;

fn table() -> &'static HashMap<&'static str, String> {
    static T: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let (name, cps) = l.split_once('\t')?;
                let s: Option<String> =
                    cps.split(' ').map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32)).collect();
                Some((name, s?))
            })
            .collect()
    })
}

/// Windows-1252 meanings of the C1 range, as browsers decode `&#150;`.
fn c1(n: u32) -> Option<char> {
    (0x80..0xA0).contains(&n).then(|| crate::charset::cp1252(n as u8))
}

/// Appends `s` to `out` with its character references decoded.
pub fn decode_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'&') {
        let at = i + p;
        out.push_str(&s[last..at]);
        let (decoded, len) = reference(&s[at + 1..]);
        match decoded {
            Some(r) => {
                out.push_str(r.as_str());
                last = at + 1 + len;
            }
            None => {
                out.push('&');
                last = at + 1;
            }
        }
        i = last;
    }
    out.push_str(&s[last..]);
}

pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_into(s, &mut out);
    out
}

enum Decoded {
    Char(char, [u8; 4]),
    Str(&'static str),
}

impl Decoded {
    fn as_str(&self) -> &str {
        match self {
            Decoded::Char(c, buf) => std::str::from_utf8(&buf[..c.len_utf8()]).unwrap_or(""),
            Decoded::Str(s) => s,
        }
    }
}

fn char_decoded(c: char) -> Decoded {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf);
    Decoded::Char(c, buf)
}

/// The reference at the start of `rest` (after '&') and its length in bytes.
fn reference(rest: &str) -> (Option<Decoded>, usize) {
    let b = rest.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, start) = match b.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let mut e = start;
        while e < b.len() && e < start + 8 && (if hex { b[e].is_ascii_hexdigit() } else { b[e].is_ascii_digit() }) {
            e += 1;
        }
        if e == start {
            return (None, 0);
        }
        let n = u32::from_str_radix(&rest[start..e], if hex { 16 } else { 10 }).unwrap_or(0xFFFD);
        let c = c1(n).or_else(|| char::from_u32(n).filter(|&c| c != '\0')).unwrap_or('\u{FFFD}');
        let len = if b.get(e) == Some(&b';') { e + 1 } else { e };
        return (Some(char_decoded(c)), len);
    }
    let mut e = 0;
    while e < b.len() && e < MAX_NAME && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    if e == 0 {
        return (None, 0);
    }
    let t = table();
    if b.get(e) == Some(&b';') {
        if let Some((k, v)) = t.get_key_value(&rest[..e + 1]) {
            return (Some(Decoded::Str(v.as_str())), k.len());
        }
    }
    // legacy names without ';': the longest known prefix ("&copy2020")
    for l in (2..=e).rev() {
        if let Some(v) = t.get(&rest[..l]) {
            return (Some(Decoded::Str(v.as_str())), l);
        }
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_legacy_references() {
        assert_eq!(decode("L&rsquo;&Eacute;tat &amp; l&#39;&eacute;t&#xE9; &#150; fin"), "L’État & l'été – fin");
        assert_eq!(decode("AT&T &copy2020 &unknown; &"), "AT&T ©2020 &unknown; &");
        assert_eq!(decode("&#0; &#xFFFFFFFF;"), "\u{FFFD} \u{FFFD}");
        // an ampersand before accented letters is kept
        assert_eq!(decode("&quot;L'intérieur&quot; & été"), "\"L'intérieur\" & été");
        assert_eq!(decode("a &éééééééé; b"), "a &éééééééé; b");
    }
}
