//! Article metadata read from the text and the input record: header lines of
//! plain-text files, the outlet from a URL, the publication date from metadata,
//! dateline or URL.

use crate::dates::{self, DateValue};
use crate::lexicon::lexicon;
use recoupe_model::{DateSource, Published, Span};

/// What a header line of a plain-text file says.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Header {
    pub url: Option<String>,
    pub date: Option<(DateValue, Span)>,
}

fn is_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

/// Reads a header line: " date 2022-01 https://…", "URL: https://…",
/// "Date : 2022-01-06", or a bare URL. Returns `None` for any other line.
pub fn read_header_line(text: &str, line: Span) -> Option<Header> {
    let s = line.slice(text);
    let mut h = Header::default();
    let mut words = s.split_whitespace().peekable();
    let mut matched_any = false;
    let mut pos = line.start;
    let locate = |w: &str, from: usize| -> Span {
        let at = text[from..line.end].find(w).map_or(from, |k| from + k);
        Span::new(at, at + w.len())
    };
    while let Some(w) = words.next() {
        let key = w.trim_end_matches(':').to_lowercase();
        let sp = locate(w, pos);
        pos = sp.end;
        match key.as_str() {
            "date" | "published" | "publié" | "publie" | "publication" => {
                let mut v = words.next()?;
                if v == ":" || v == "le" {
                    v = words.next()?;
                }
                let vs = locate(v, pos);
                pos = vs.end;
                h.date = Some((dates::parse(v)?, vs));
                matched_any = true;
            }
            "url" | "source" | "lien" | "link" => {
                let mut v = words.next()?;
                if v == ":" {
                    v = words.next()?;
                }
                if !is_url(v) {
                    return None;
                }
                pos = locate(v, pos).end;
                h.url = Some(v.to_string());
                matched_any = true;
            }
            _ if is_url(w) => {
                h.url = Some(w.to_string());
                matched_any = true;
            }
            _ => return None,
        }
    }
    matched_any.then_some(h)
}

/// Host of a URL, without "www.".
pub fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The outlet named by a URL: a known domain from `data/lexicon/outlets.tsv`
/// (the most specific subdomain first), else the registrable domain.
pub fn outlet_from_url(url: &str) -> Option<String> {
    let host = host(url)?.to_lowercase();
    let lx = lexicon();
    let mut h = host.as_str();
    loop {
        if let Some(name) = lx.outlets.get(h) {
            return Some(name.to_string());
        }
        match h.split_once('.') {
            Some((_, rest)) if rest.contains('.') => h = rest,
            _ => break,
        }
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let keep =
        if n >= 3 && matches!(labels[n - 2], "co" | "com" | "org" | "net" | "gouv" | "gov" | "ac") { 3 } else { 2 };
    Some(labels[n.saturating_sub(keep)..].join("."))
}

/// A candidate publication date.
#[derive(Debug, Clone)]
pub struct DateCandidate {
    pub date: DateValue,
    pub from: DateSource,
    pub span: Option<Span>,
}

/// Picks the publication date: the most trusted source sets the value; a finer
/// candidate that agrees with it refines it ("2022-01" from the header and
/// "2022-01-06" from the URL give 2022-01-06). Disagreements are returned as warnings.
pub fn choose_published(mut cands: Vec<DateCandidate>) -> (Option<Published>, Vec<String>) {
    let rank = |s: DateSource| match s {
        DateSource::Metadata => 0,
        DateSource::Dateline => 1,
        DateSource::Url => 2,
        DateSource::Inferred => 3,
    };
    cands.sort_by_key(|c| rank(c.from));
    let mut warnings = Vec::new();
    let Some(base) = cands.first().cloned() else { return (None, warnings) };
    let mut best = base.clone();
    for c in &cands[1..] {
        let agree = c.date.value.starts_with(&best.date.value) || best.date.value.starts_with(&c.date.value);
        if !agree {
            warnings.push(format!(
                "publication dates disagree: {} from {:?} vs {} from {:?}",
                base.date.value, base.from, c.date.value, c.from
            ));
            continue;
        }
        if c.date.grain > best.date.grain {
            best = c.clone();
        }
    }
    (Some(Published { value: best.date.value, grain: best.date.grain, from: best.from, span: best.span }), warnings)
}

/// A date closing a teaser or a dateline paragraph: "… de la... 06.01.2022".
pub fn trailing_date(text: &str, para: Span) -> Option<(DateValue, Span)> {
    let s = para.slice(text).trim_end();
    let last = s.rsplit(char::is_whitespace).next()?;
    let d = dates::parse(last)?;
    if d.grain < recoupe_model::Grain::Day {
        return None;
    }
    let start = para.start + s.len() - last.len();
    Some((d, Span::new(start, start + last.len())))
}

/// "Publié le 6 janvier 2022 à 10h05", "Published on January 6, 2022".
pub fn dateline_in_metadata(text: &str, unit: Span) -> Option<(DateValue, Span)> {
    let s = unit.slice(text);
    let lower = s.to_lowercase();
    for key in
        ["publié le ", "mis à jour le ", "published on ", "published: ", "updated on ", "posted on ", "publié à "]
    {
        if let Some(p) = lower.find(key) {
            let from = p + key.len();
            let rest = &s[from..];
            let end = [" à ", " at ", ",", " - ", " | "]
                .iter()
                .filter_map(|sep| rest.find(sep))
                .filter(|&k| k > 0)
                .min()
                .unwrap_or(rest.len());
            // "January 6, 2022" has its comma inside the date
            let candidates = [&rest[..end], rest.split(" à ").next().unwrap_or(rest), rest];
            for c in candidates {
                let c = c.trim().trim_end_matches('.');
                if let Some(d) = dates::parse(c) {
                    let at = unit.start + from;
                    return Some((d, Span::new(at, at + c.len())));
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
    fn header_line_of_the_seeds() {
        let t = " date 2022-01 https://fr.sputniknews.com/20220106/x-1054215174.html";
        let h = read_header_line(t, Span::new(1, t.len())).unwrap();
        assert_eq!(h.url.as_deref(), Some("https://fr.sputniknews.com/20220106/x-1054215174.html"));
        let (d, sp) = h.date.unwrap();
        assert_eq!(d.value, "2022-01");
        assert_eq!(sp.slice(t), "2022-01");
        assert!(read_header_line("Le président a parlé", Span::new(0, 20)).is_none());
    }

    #[test]
    fn outlets_from_urls() {
        assert_eq!(outlet_from_url("https://fr.sputniknews.com/2022/x").as_deref(), Some("Sputnik France"));
        assert_eq!(outlet_from_url("https://www.lemonde.fr/international/").as_deref(), Some("Le Monde"));
        assert_eq!(outlet_from_url("https://news.example.co.uk/a").as_deref(), Some("example.co.uk"));
    }

    #[test]
    fn metadata_refined_by_url() {
        let c = |v: &str, from| DateCandidate { date: dates::parse(v).unwrap(), from, span: None };
        let (p, w) = choose_published(vec![c("2022-01-06", DateSource::Url), c("2022-01", DateSource::Metadata)]);
        let p = p.unwrap();
        assert_eq!((p.value.as_str(), p.from), ("2022-01-06", DateSource::Url));
        assert!(w.is_empty());
        let (_, w) = choose_published(vec![c("2021-12-30", DateSource::Url), c("2022-01", DateSource::Metadata)]);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn datelines() {
        let t = "Publié le 6 janvier 2022 à 10h05";
        assert_eq!(dateline_in_metadata(t, Span::new(0, t.len())).unwrap().0.value, "2022-01-06");
        let t = "Published on January 6, 2022";
        assert_eq!(dateline_in_metadata(t, Span::new(0, t.len())).unwrap().0.value, "2022-01-06");
    }
}
