//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and
//! Windows-1252 for legacy French files, with a warning that says so. Binary
//! content is refused.

/// Decoded text and an optional warning.
pub type Decoded = (String, Option<String>);

use recoupe_html::charset::utf16_units;
pub use recoupe_html::charset::windows_1252;

pub fn decode(bytes: Vec<u8>) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest.to_vec());
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let units = utf16_units(&bytes[2..], bytes[0] == 0xFF);
        return String::from_utf16(&units)
            .map(|s| (s, Some("decoded as UTF-16 (byte-order mark)".to_string())))
            .map_err(|_| "invalid UTF-16 after a UTF-16 byte-order mark".to_string());
    }
    if let Some(pos) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(format!("binary content (NUL byte at byte {pos})"));
    }
    decode_utf8(bytes)
}

/// `bytes` as text when they are valid UTF-8, else the standard error (with
/// the offset of the first invalid byte). Valid input, nearly all of it, is checked by SIMD
/// (`simdutf8`), several times faster than the standard check on French text,
/// whose accents break the standard check's ASCII fast path; only invalid
/// input is checked again, to find where.
pub fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(_) => std::str::from_utf8(bytes),
    }
}

fn decode_utf8(bytes: Vec<u8>) -> Result<Decoded, String> {
    if let Err(e) = utf8(&bytes) {
        let at = e.valid_up_to();
        let controls = bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
        if controls * 100 > bytes.len().max(1) {
            return Err(format!("binary content (invalid UTF-8 at byte {at})"));
        }
        let text = windows_1252(&bytes);
        return Ok((
            text,
            Some(format!("not UTF-8 (invalid byte 0x{:02X} at byte {at}); decoded as Windows-1252", bytes[at])),
        ));
    }
    // SAFETY: `utf8` just found the bytes valid UTF-8 (and String::from_utf8
    // would check them again, at the standard check's speed).
    Ok((unsafe { String::from_utf8_unchecked(bytes) }, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_and_binary() {
        let (t, w) = decode(b"Le pr\xe9sident \x93kazakh\x94".to_vec()).unwrap();
        assert_eq!(t, "Le président “kazakh”");
        assert!(w.unwrap().contains("0xE9 at byte 5"));
        assert!(decode(vec![0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]).unwrap_err().contains("NUL byte at byte 4"));
        assert_eq!(decode(b"\xEF\xBB\xBFabc".to_vec()).unwrap().0, "abc");
    }

    #[test]
    fn utf8_check_finds_the_first_invalid_byte() {
        // longer than one SIMD block, with accents, so that the vector path runs
        let mut s = "Le général a déclaré à l'agence que l'été serait long. ".repeat(8).into_bytes();
        assert_eq!(utf8(&s).unwrap().len(), s.len());
        s[300] = 0xFF;
        assert_eq!(utf8(&s).unwrap_err().valid_up_to(), 300);
    }
}
