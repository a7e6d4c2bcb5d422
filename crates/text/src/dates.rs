//! Reading calendar dates from metadata, URLs and datelines. The general
//! temporal-expression tagger belongs to its own layer; this module only reads
//! the compact formats in which publication dates are written.

use recoupe_model::Grain;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date at its grain, as an ISO 8601 prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateValue {
    pub value: String,
    pub grain: Grain,
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        _ => 28,
    }
}

pub fn ymd(y: u32, m: u32, d: u32) -> Option<DateValue> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(DateValue { value: format!("{y:04}-{m:02}-{d:02}"), grain: Grain::Day })
}

pub fn ym(y: u32, m: u32) -> Option<DateValue> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    Some(DateValue { value: format!("{y:04}-{m:02}"), grain: Grain::Month })
}

pub fn month_number(word: &str) -> Option<u32> {
    let w = crate::fold::fold_str(word);
    let w = w.trim_end_matches('.');
    for (i, (fr, en)) in MONTHS_FR.iter().zip(MONTHS_EN.iter()).enumerate() {
        if w == *fr || w == *en || (w.len() >= 3 && (fr.starts_with(w) || en.starts_with(w)) && w != "ma") {
            return Some(i as u32 + 1);
        }
    }
    None
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses a whole string as a date: ISO ("2022", "2022-01", "2022-01-06",
/// "2022-01-06T10:05:00Z"), day-first numeric ("06.01.2022", "06/01/2022"),
/// "6 janvier 2022", "1er janvier 2022", "January 6, 2022", "6 January 2022".
pub fn parse(s: &str) -> Option<DateValue> {
    let s = s.trim().trim_end_matches(['.', ',']);
    let b = s.as_bytes();
    // ISO forms
    if b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) {
        let y = num(&s[..4])?;
        if b.len() == 4 {
            return (1900..=2100).contains(&y).then(|| DateValue { value: s.to_string(), grain: Grain::Year });
        }
        if b.len() >= 7 && matches!(b[4], b'-' | b'/') {
            let m = num(s.get(5..7)?)?;
            if b.len() == 7 {
                return ym(y, m);
            }
            if b.len() >= 10 && b[7] == b[4] {
                let d = num(s.get(8..10)?)?;
                let day = ymd(y, m, d)?;
                if b.len() >= 16 && matches!(b[10], b'T' | b' ') && b[13] == b':' {
                    let hh = num(s.get(11..13)?)?;
                    let mm = num(s.get(14..16)?)?;
                    if hh < 24 && mm < 60 {
                        return Some(DateValue {
                            value: format!("{}T{hh:02}:{mm:02}", day.value),
                            grain: Grain::Minute,
                        });
                    }
                }
                return Some(day);
            }
        }
        return None;
    }
    // day-first numeric: 06.01.2022, 6/1/2022, 06-01-2022
    for sep in ['.', '/', '-'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if parts.len() == 3 && parts[2].len() == 4 {
            if let (Some(d), Some(m), Some(y)) = (num(parts[0]), num(parts[1]), num(parts[2])) {
                return ymd(y, m, d);
            }
        }
    }
    // words: "6 janvier 2022", "1er janvier 2022", "January 6, 2022", "janvier 2022"
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let strip_ord = |w: &str| -> Option<u32> {
        let w = w
            .trim_end_matches("er")
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        num(w).filter(|d| (1..=31).contains(d))
    };
    match words.as_slice() {
        [d, m, y] => {
            if let (Some(d), Some(m), Some(y)) = (strip_ord(d), month_number(m), num(y)) {
                return ymd(y, m, d);
            }
            if let (Some(m), Some(d), Some(y)) = (month_number(d), strip_ord(m), num(y)) {
                return ymd(y, m, d);
            }
            None
        }
        [m, y] => ym(num(y)?, month_number(m)?),
        _ => None,
    }
}

/// Finds a date in a URL path: "/20220106/", "/2022/01/06/", "/2022-01-06/",
/// or "/2022/01/" (month grain).
pub fn from_url(url: &str) -> Option<DateValue> {
    let path = url.split_once("://").map_or(url, |x| x.1);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').skip(1).collect();
    for (i, seg) in segs.iter().enumerate() {
        let digits_prefix: String = seg.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits_prefix.len() == 8 && (seg.len() == 8 || !seg.as_bytes()[8].is_ascii_digit()) {
            let y = num(&digits_prefix[..4])?;
            if let Some(d) = ymd(y, num(&digits_prefix[4..6])?, num(&digits_prefix[6..8])?) {
                return Some(d);
            }
        }
        if seg.len() >= 10 && seg.as_bytes()[4] == b'-' && seg.as_bytes()[7] == b'-' {
            if let Some(d) = seg.get(..10).and_then(parse) {
                return Some(d);
            }
        }
        if seg.len() == 4 {
            if let Some(y) = num(seg).filter(|y| (1990..=2100).contains(y)) {
                let m = segs.get(i + 1).and_then(|s| (s.len() == 2).then(|| num(s)).flatten());
                let d = segs.get(i + 2).and_then(|s| (s.len() == 2).then(|| num(s)).flatten());
                match (m, d) {
                    (Some(m), Some(d)) => {
                        if let Some(v) = ymd(y, m, d) {
                            return Some(v);
                        }
                    }
                    (Some(m), None) => {
                        if let Some(v) = ym(y, m) {
                            return Some(v);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_publication_date_formats() {
        assert_eq!(parse("2022-01").unwrap().value, "2022-01");
        assert_eq!(parse("2022-01-06T10:05:00Z").unwrap().value, "2022-01-06T10:05");
        assert_eq!(parse("06.01.2022").unwrap().value, "2022-01-06");
        assert_eq!(parse("1er janvier 2022").unwrap().value, "2022-01-01");
        assert_eq!(parse("January 6, 2022").unwrap().value, "2022-01-06");
        assert_eq!(parse("2020").unwrap().grain, Grain::Year);
        assert!(parse("31.02.2022").is_none());
        assert!(parse("64.96").is_none());
    }

    #[test]
    fn reads_dates_in_urls() {
        let u = "https://fr.sputniknews.com/20220106/soulevement-1054215174.html";
        assert_eq!(from_url(u).unwrap().value, "2022-01-06");
        assert_eq!(from_url("https://x.fr/2022/01/07/a").unwrap().value, "2022-01-07");
        assert_eq!(from_url("https://x.fr/monde/2022/01/").unwrap().grain, Grain::Month);
        assert!(from_url("https://x.fr/article/1054215174").is_none());
    }
}
