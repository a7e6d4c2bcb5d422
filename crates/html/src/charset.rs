//! Bytes of a page to text. The charset comes from the transport (an HTTP
//! header or a WARC record), else a byte-order mark, else the page's own
//! `<meta charset>` or `http-equiv` declaration (or XML declaration) in its first 4 KiB, else
//! detection: valid UTF-8 is UTF-8, anything else Windows-1252 (the common
//! legacy encoding of French pages, a superset of Latin-1 for text).
//!
//! Other declared charsets (Shift_JIS, GBK, KOI8-R, ISO-8859-2…) are decoded
//! with `encoding_rs` (the WHATWG Encoding Standard's labels and decoders);
//! an unknown label or bytes invalid in the charset give a warning that says
//! so, never silent mojibake.

/// Decoded text, and a warning when the bytes were not what they declared.
pub struct Decoded {
    pub text: String,
    pub charset: &'static str,
    pub warning: Option<String>,
}

/// The charset named in a `Content-Type` value or a meta tag ("text/html; charset=ISO-8859-1").
pub fn from_content_type(v: &str) -> Option<String> {
    let l = v.to_ascii_lowercase();
    let p = l.find("charset")?;
    let rest = l[p + 7..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end =
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))).unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_string())
}

/// The charset a page declares in its head (the first 4 KiB).
pub fn declared(head: &[u8]) -> Option<String> {
    let n = head.len().min(4096);
    let s = String::from_utf8_lossy(&head[..n]).to_ascii_lowercase();
    // an XML declaration (feeds, XHTML): <?xml version="1.0" encoding="ISO-8859-1"?>
    if let Some(decl) = s.trim_start().strip_prefix("<?xml") {
        let decl = &decl[..decl.find("?>").unwrap_or(decl.len())];
        if let Some(p) = decl.find("encoding") {
            let v = decl[p + 8..].trim_start().trim_start_matches('=').trim_start();
            let v = v.trim_start_matches(['"', '\'']);
            let end = v.find(['"', '\'', ' ']).unwrap_or(v.len());
            if end > 0 {
                return Some(v[..end].to_string());
            }
        }
    }
    let mut from = 0;
    while let Some(p) = s[from..].find("<meta") {
        let at = from + p;
        let end = s[at..].find('>').map_or(s.len(), |e| at + e);
        let tag = &s[at..end];
        if let Some(c) = from_content_type(tag) {
            return Some(c);
        }
        from = end;
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin,
    Other,
}

fn family(name: &str) -> Family {
    match name.trim().to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" | "unicode-1-1-utf-8" | "x-unicode20utf8" => Family::Utf8,
        "utf-16" | "utf-16le" => Family::Utf16Le,
        "utf-16be" => Family::Utf16Be,
        "iso-8859-1" | "iso8859-1" | "latin1" | "latin-1" | "l1" | "windows-1252" | "cp1252" | "x-cp1252"
        | "us-ascii" | "ascii" | "iso-8859-15" | "iso8859-15" | "latin-9" | "l9" | "iso_8859-1" | "cp819" => {
            Family::Latin
        }
        _ => Family::Other,
    }
}

/// Decodes `bytes` given the transport's charset, if any.
pub fn decode(bytes: &[u8], transport: Option<&str>) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, "UTF-8 (byte-order mark)");
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return utf16(&bytes[2..], true);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return utf16(&bytes[2..], false);
    }
    let named = transport.map(str::to_string).or_else(|| declared(bytes));
    match named.as_deref().map(family) {
        Some(Family::Latin) => {
            // pages declared Latin-1 are often UTF-8 in fact: trust valid UTF-8 with non-ASCII
            if !bytes.is_ascii() {
                if let Ok(s) = std::str::from_utf8(bytes) {
                    return Decoded {
                        text: s.to_string(),
                        charset: "utf-8",
                        warning: Some(format!(
                            "declared {} but is valid UTF-8; read as UTF-8",
                            named.as_deref().unwrap_or("")
                        )),
                    };
                }
            }
            Decoded { text: windows_1252(bytes), charset: "windows-1252", warning: None }
        }
        Some(Family::Utf16Le)
            if !bytes.is_empty()
                && bytes.len().is_multiple_of(2)
                && bytes.iter().skip(1).step_by(2).all(|&b| b == 0) =>
        {
            utf16(bytes, true)
        }
        Some(Family::Utf16Be)
            if !bytes.is_empty() && bytes.len().is_multiple_of(2) && bytes.iter().step_by(2).all(|&b| b == 0) =>
        {
            utf16(bytes, false)
        }
        Some(Family::Other) => {
            let label = named.as_deref().unwrap_or("");
            match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
                Some(enc) => {
                    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
                    Decoded {
                        text: text.into_owned(),
                        charset: enc.name(),
                        warning: had_errors
                            .then(|| format!("bytes invalid in the declared charset {label} were replaced")),
                    }
                }
                None => {
                    let mut d = utf8(bytes, "utf-8");
                    let why = format!("unknown charset {label:?}");
                    d.warning = Some(match d.warning {
                        Some(w) => format!("{why}; {w}"),
                        None => format!("{why}; the bytes are valid UTF-8 and were read as such"),
                    });
                    d
                }
            }
        }
        _ => utf8(bytes, "utf-8"),
    }
}

fn utf8(bytes: &[u8], _how: &'static str) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded { text: s.to_string(), charset: "utf-8", warning: None },
        Err(e) => {
            let at = e.valid_up_to();
            Decoded {
                text: windows_1252(bytes),
                charset: "windows-1252",
                warning: Some(format!(
                    "not UTF-8 (invalid byte 0x{:02X} at byte {at}); decoded as Windows-1252",
                    bytes[at]
                )),
            }
        }
    }
}

fn utf16(bytes: &[u8], le: bool) -> Decoded {
    Decoded {
        text: String::from_utf16_lossy(&utf16_units(bytes, le)),
        charset: if le { "utf-16le" } else { "utf-16be" },
        warning: None,
    }
}

/// The code units of UTF-16 bytes (an odd last byte is padded with zero).
pub fn utf16_units(bytes: &[u8], le: bool) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|c| {
            let (a, b) = (c[0] as u16, *c.get(1).unwrap_or(&0) as u16);
            if le {
                a | (b << 8)
            } else {
                (a << 8) | b
            }
        })
        .collect()
}

/// Windows-1252 code points for bytes 0x80..=0x9F (the C1 control where the
/// standard leaves the byte undefined, as WHATWG decodes it).
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D,
    0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
    0x017E, 0x0178,
];

/// One byte of Windows-1252.
pub fn cp1252(b: u8) -> char {
    if (0x80..0xA0).contains(&b) {
        char::from_u32(CP1252_HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}')
    } else {
        b as char
    }
}

pub fn windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| cp1252(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_latin1_windows1252_and_utf8() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>\xC9t\xE9 \x96 \x80</body></html>";
        let d = decode(page, None);
        assert!(d.text.contains("Été – €"), "{}", d.text);
        assert!(d.warning.is_none());
        let utf = "<meta charset=\"iso-8859-1\"><p>Été</p>".as_bytes();
        let d = decode(utf, None);
        assert!(d.text.contains("Été"));
        assert!(d.warning.unwrap().contains("valid UTF-8"));
        let d = decode(b"<p>\xE9t\xE9</p>", None);
        assert_eq!(d.text, "<p>été</p>");
        assert!(d.warning.unwrap().contains("byte 3"));
        assert_eq!(
            decode("<meta charset=utf-8><p>€</p>".as_bytes(), Some("ISO-8859-1")).text,
            "<meta charset=utf-8><p>€</p>"
        );
    }

    #[test]
    fn other_declared_charsets() {
        // "Привет" in KOI8-R, "日本" in Shift_JIS
        let koi = b"<meta charset=koi8-r><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>";
        assert!(decode(koi, None).text.contains("Привет"));
        let sjis = b"<meta charset=\"Shift_JIS\"><p>\x93\xFA\x96\x7B</p>";
        assert!(decode(sjis, None).text.contains("日本"));
        let d = decode(b"<meta charset=klingon><p>x</p>", None);
        assert!(d.warning.unwrap().contains("unknown charset"));
    }

    #[test]
    fn xml_declaration() {
        let feed = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>\xC9t\xE9</title></rss>";
        assert_eq!(declared(feed).as_deref(), Some("iso-8859-1"));
        assert!(decode(feed, None).text.contains("Été"));
    }

    #[test]
    fn content_type_values() {
        assert_eq!(from_content_type("text/html; charset=\"UTF-8\"").as_deref(), Some("utf-8"));
        assert_eq!(from_content_type("text/html").as_deref(), None);
    }
}
