//! text2num's `replace_numbers` cases: a sentence with its spelled numbers
//! rewritten as figures, by our readers (`recoupe_text::numbers`), under
//! text2num's documented conventions, so that the numbers it finds inside
//! running text can be scored as the suite writes them:
//! - a number is the longest run of words that reads as one cardinal, one
//!   ordinal, or zeros and a number ("zéro neuf" is "09"); a hyphenated word
//!   is read whole ("vingt-un" is no number, "vingt un" is 20 then 1);
//! - a decimal word ("virgule", "point") joins a number to its decimals: one
//!   number in French ("un virgule deux cent trente six" is 1,236), digits one
//!   by one in English;
//! - an isolated integer or ordinal whose value is under the threshold stays
//!   in words ("un article", "mon premier"); numbers in a group (separated only
//!   by punctuation other than a stop, or by fillers such as "et", "euh",
//!   "puis") are all rewritten ("un, deux, trois").
//!
//! What is ours, not a copy of text2num's code: the readers, the token rule,
//! and three readings of French words that are not numbers there: "un peu",
//! the adjective "neuf" after a noun ("un logement neuf"), and "premier" right
//! after a number ("cinq cent premiers").

use recoupe_text::numbers::{self, NumLang};

/// One token of the sentence: a word (letters and digits, with inner
/// apostrophes and hyphens) or any other char run.
struct Tok<'a> {
    text: &'a str,
    word: bool,
}

fn tokens(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < cs.len() {
        let (a, c) = cs[i];
        let mut j = i + 1;
        let word = c.is_alphanumeric();
        if word {
            while j < cs.len() {
                let d = cs[j].1;
                let inner = matches!(d, '\'' | '’' | '-') && cs.get(j + 1).is_some_and(|x| x.1.is_alphanumeric());
                if d.is_alphanumeric() || inner {
                    j += 1;
                } else {
                    break;
                }
            }
        } else if c.is_whitespace() {
            while j < cs.len() && cs[j].1.is_whitespace() {
                j += 1;
            }
        }
        let z = cs.get(j).map_or(s.len(), |x| x.0);
        out.push(Tok { text: &s[a..z], word });
        i = j;
    }
    out
}

/// A number read from words: how it is written in figures, its value, whether
/// it is an ordinal.
struct Reading {
    digits: String,
    value: f64,
    ordinal: bool,
}

fn is_zero(w: &str, lang: NumLang) -> bool {
    let w = w.to_lowercase();
    match lang {
        NumLang::Fr => matches!(w.as_str(), "zéro" | "zero"),
        NumLang::En => matches!(w.as_str(), "zero" | "o"),
    }
}

/// Reads the words `ws` (whole tokens) as exactly one number.
fn read_words(ws: &[&str], lang: NumLang) -> Option<Reading> {
    let parts: Vec<&str> = ws.iter().flat_map(|w| w.split('-')).filter(|p| !p.is_empty()).collect();
    // zeros, then at most one number: "zéro neuf", "zero zero five", "o six"
    let zeros = ws.iter().take_while(|w| is_zero(w, lang)).count();
    if zeros > 0 {
        if zeros == ws.len() {
            // "o" alone is a letter
            let letter = ws.iter().any(|w| w.eq_ignore_ascii_case("o"));
            return (!(letter && ws.len() == 1)).then(|| Reading {
                digits: "0".repeat(zeros),
                value: 0.0,
                ordinal: false,
            });
        }
        // the number reader's digit strings, with at most two digits after the zeros
        // ("zéro un mille" is 01 then 1000)
        let digits = numbers::parse_digit_string(&ws.join(" "), lang)
            .filter(|d| d.len().saturating_sub(zeros) <= 2 && d.bytes().take(zeros).all(|b| b == b'0'))?;
        let value = digits.parse().unwrap_or(0.0);
        return Some(Reading { digits, value, ordinal: false });
    }
    // a zero inside a number ends it ("treize mille zéro quatre-vingt-dix" is 13000 090)
    if parts.iter().skip(1).any(|p| is_zero(p, lang)) {
        return None;
    }
    if let Some(n) = numbers::read_spelled(&parts, lang).filter(|n| n.words == parts.len()) {
        // "vingt et" or "and" alone are not numbers; read_spelled drops a trailing one
        return Some(Reading { digits: n.value.to_string(), value: n.value as f64, ordinal: false });
    }
    let joined = ws.join(" ");
    let last = ws.last()?.to_lowercase();
    // "seconde" is a unit of time in French, never an ordinal here
    if lang == NumLang::Fr && last.starts_with("second") {
        return None;
    }
    if lang == NumLang::Fr && ws.len() > 1 {
        // "premier" does not end a compound ("cinq cent premiers" is 500 then a
        // word), and "un" does not count the thousandths ("un millième")
        if last.starts_with("premi") || ws[0].eq_ignore_ascii_case("un") {
            return None;
        }
    }
    // a scale alone: "millième", "millionth"
    let scale = match last.as_str() {
        "millième" | "thousandth" => Some(1e3),
        "millionième" | "millionth" => Some(1e6),
        "milliardième" | "billionth" => Some(1e9),
        _ => None,
    };
    if let (Some(v), 1) = (scale, ws.len()) {
        return Some(Reading { digits: numbers::render_ordinal(v as u64, false, lang), value: v, ordinal: true });
    }
    let (v, plural) = numbers::parse_ordinal(&joined, lang, true)?;
    let digits = if lang == NumLang::Fr && v == 1 {
        let feminine = last.trim_end_matches('s').ends_with("re");
        format!("1{}{}", if feminine { "ère" } else { "er" }, if plural { "s" } else { "" })
    } else {
        numbers::render_ordinal(v, plural, lang)
    };
    Some(Reading { digits, value: v as f64, ordinal: true })
}

/// Words that keep a group of numbers together ("deux et trois", "three uh six").
fn is_filler(w: &str, lang: NumLang) -> bool {
    let w = w.to_lowercase();
    match lang {
        NumLang::Fr => {
            matches!(
                w.as_str(),
                "et" | "ou"
                    | "euh"
                    | "heu"
                    | "hum"
                    | "puis"
                    | "encore"
                    | "plus"
                    | "moins"
                    | "bien"
                    | "c'est"
                    | "alors"
                    | "donc"
            )
        }
        NumLang::En => {
            matches!(w.as_str(), "and" | "or" | "uh" | "um" | "er" | "well" | "then" | "so" | "plus" | "minus")
        }
    }
}

/// A number found: token range, reading.
struct Found {
    from: usize,
    to: usize,
    reading: Reading,
}

/// The numbers of `toks`, longest first at each word.
fn find(toks: &[Tok], lang: NumLang) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].word {
            i += 1;
            continue;
        }
        // the words that follow with only white space between
        let mut run = vec![i];
        let mut k = i + 1;
        while run.len() < 16 && k + 1 < toks.len() && toks[k].text.trim().is_empty() && toks[k + 1].word {
            run.push(k + 1);
            k += 2;
        }
        let words: Vec<&str> = run.iter().map(|&t| toks[t].text).collect();
        let after_number =
            out.last().is_some_and(|f| f.to == i || (f.to + 1 == i && toks[f.to].text.trim().is_empty()));
        let mut hit = None;
        for n in (1..=words.len()).rev() {
            if let Some(r) = read_words(&words[..n], lang) {
                hit = Some((n, r));
                break;
            }
        }
        let Some((n, mut reading)) = hit else {
            i += 1;
            continue;
        };
        let lower = words[0].to_lowercase();
        let next_word = words.get(n).map(|w| w.to_lowercase());
        if lang == NumLang::Fr && n == 1 {
            // "un peu"; "premier" right after a number; "un logement neuf"
            let prev_word = (0..i).rev().find(|&t| toks[t].word).map(|t| toks[t].text.to_lowercase());
            let next_is_number = words.get(1).is_some_and(|w| read_words(&[w], lang).is_some());
            let adjective_neuf = lower == "neuf"
                && !next_is_number
                && prev_word
                    .as_deref()
                    .is_some_and(|p| !matches!(p, "le" | "les" | "numéro" | "no" | "n°" | "à" | "de"))
                && !after_number;
            if (matches!(lower.as_str(), "un" | "une") && next_word.as_deref() == Some("peu"))
                || (lower.starts_with("premi") && after_number)
                || adjective_neuf
            {
                i += 1;
                continue;
            }
        }
        let mut to = run[n - 1] + 1;
        // decimals: "douze virgule quatre-vingt-dix-neuf", "twelve point nine nine"
        if !reading.ordinal
            && next_word
                .as_deref()
                .is_some_and(|w| matches!((w, lang), ("virgule", NumLang::Fr) | ("point", NumLang::En)))
        {
            let rest = &words[n + 1..];
            let dec: Option<(usize, String)> = match lang {
                NumLang::Fr => (1..=rest.len())
                    .rev()
                    .find_map(|m| read_words(&rest[..m], lang).filter(|r| !r.ordinal).map(|r| (m, r.digits))),
                NumLang::En => {
                    let digits: String = rest
                        .iter()
                        .map_while(|w| match read_words(&[w], lang) {
                            Some(r) if !r.ordinal && r.value < 10.0 && r.digits.len() == 1 => Some(r.digits),
                            _ if w.eq_ignore_ascii_case("o") => Some("0".to_string()),
                            _ => None,
                        })
                        .collect();
                    (!digits.is_empty()).then_some((digits.len(), digits))
                }
            };
            if let Some((m, d)) = dec {
                let mark = if lang == NumLang::Fr { ',' } else { '.' };
                reading.value = format!("{}.{d}", reading.digits).parse().unwrap_or(reading.value);
                reading.digits = format!("{}{mark}{d}", reading.digits);
                to = run[n + m] + 1;
            }
        }
        out.push(Found { from: i, to, reading });
        i = to;
    }
    out
}

/// `s` with its spelled numbers written in figures, as text2num's
/// `replace_numbers` would write them with `threshold`.
pub fn replace(s: &str, lang: NumLang, threshold: f64) -> String {
    let toks = tokens(s);
    let found = find(&toks, lang);
    let mut keep = vec![false; found.len()];
    let mut grouped = false;
    for (k, f) in found.iter().enumerate() {
        if k > 0 {
            // what lies between this number and the last one
            for t in &toks[found[k - 1].to..f.from] {
                let text = t.text.trim();
                if text.is_empty() {
                    continue;
                }
                let linking = (!text.chars().any(char::is_alphabetic) && !matches!(text, "." | "!" | "?" | ":"))
                    || is_filler(text, lang);
                grouped = grouped && linking;
            }
        }
        // an ordinal after a cardinal is read alone ("un centième")
        let joins = grouped && !(f.reading.ordinal && k > 0 && !found[k - 1].reading.ordinal);
        if joins {
            keep[k - 1] = true;
            keep[k] = true;
        } else {
            let r = &f.reading;
            keep[k] = (r.digits.len() > 1 && !r.ordinal) || r.value >= threshold;
            if r.digits.contains([',', '.']) {
                keep[k] = true;
            }
        }
        grouped = true;
    }
    let mut out = String::with_capacity(s.len());
    let mut t = 0;
    for (f, k) in found.iter().zip(keep) {
        for tok in &toks[t..f.from] {
            out.push_str(tok.text);
        }
        if k {
            out.push_str(&f.reading.digits);
        } else {
            for tok in &toks[f.from..f.to] {
                out.push_str(tok.text);
            }
        }
        t = f.to;
    }
    for tok in &toks[t..] {
        out.push_str(tok.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_numbers_in_sentences() {
        // isolated small numbers stay words, larger ones and groups become figures
        assert_eq!(
            replace("Il a vendu vingt-cinq vélos et trois trottinettes.", NumLang::Fr, 7.0),
            "Il a vendu 25 vélos et trois trottinettes."
        );
        assert_eq!(replace("Comptez : quatre, cinq, six.", NumLang::Fr, 7.0), "Comptez : 4, 5, 6.");
        assert_eq!(replace("Un appartement neuf au numéro neuf", NumLang::Fr, 7.0), "Un appartement neuf au numéro 9");
        assert_eq!(replace("une hausse de deux virgule cinq mètres", NumLang::Fr, 7.0), "une hausse de 2,5 mètres");
        assert_eq!(replace("le code zéro sept puis quarante-deux", NumLang::Fr, 7.0), "le code 07 puis 42");
        assert_eq!(replace("la onzième et la douzième", NumLang::Fr, 7.0), "la 11ème et la 12ème");
        assert_eq!(replace("un peu de tout", NumLang::Fr, 0.0), "un peu de tout");
        // a hyphenated word that is not one number stays as it is
        assert_eq!(replace("trente-un", NumLang::Fr, 0.0), "trente-un");
    }

    #[test]
    fn english_numbers_in_sentences() {
        assert_eq!(replace("She waited two point five hours", NumLang::En, 7.0), "She waited 2.5 hours");
        assert_eq!(replace("nine hundred and twelve boats, one crew", NumLang::En, 7.0), "912 boats, one crew");
        assert_eq!(replace("call o four then six", NumLang::En, 7.0), "call 04 then 6");
        assert_eq!(replace("the third of them", NumLang::En, 0.0), "the 3rd of them");
        assert_eq!(replace("o k", NumLang::En, 0.0), "o k");
    }
}
