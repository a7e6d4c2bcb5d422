//! Numbers in French and English: digits with either language's separators
//! ("2 500", "6.846", "18,5", "3,000", "1,2M") and spelled-out cardinals
//! ("dix-huit", "quatre-vingt-dix-sept", "cinquante et un million", "five
//! hundred and sixty six"), with the grammar that tells a number from a list
//! of numbers ("vingt et un" is 21, "vingt un" is 20 then 1). Pure functions;
//! the quantity layer and the time rules build on them.

/// The language whose conventions apply: the decimal mark (a comma in French,
/// a point in English) and the number words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumLang {
    Fr,
    En,
}

/// What a number word is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Word {
    /// 0 to 9 ("zéro", "un", "une", "neuf"; "zero", "o", "one").
    Unit(u64),
    /// 10 to 19 ("dix", "onze", "seize"; "ten", "nineteen").
    Teen(u64),
    /// 20, 30 … 90 ("vingt", "soixante", "nonante"; "twenty").
    Tens(u64),
    /// "cent"/"cents", "hundred"/"hundreds".
    Hundred,
    /// 1 000, 1 000 000, 10^9 ("mille", "million(s)", "milliard(s)";
    /// "thousand(s)", "million(s)", "billion(s)").
    Scale(u64),
    /// "et" / "and" between parts of one number.
    And,
}

fn word(w: &str, lang: NumLang) -> Option<Word> {
    use Word::*;
    // most words are lower case already: no new string for them
    let lower;
    let w = if w.bytes().all(|b| b.is_ascii_lowercase()) {
        w
    } else {
        lower = w.to_lowercase();
        lower.as_str()
    };
    Some(match lang {
        NumLang::Fr => match w {
            "zéro" | "zero" => Unit(0),
            "un" | "une" => Unit(1),
            "deux" => Unit(2),
            "trois" => Unit(3),
            "quatre" => Unit(4),
            "cinq" => Unit(5),
            "six" => Unit(6),
            "sept" => Unit(7),
            "huit" => Unit(8),
            "neuf" => Unit(9),
            "dix" => Teen(10),
            "onze" => Teen(11),
            "douze" => Teen(12),
            "treize" => Teen(13),
            "quatorze" => Teen(14),
            "quinze" => Teen(15),
            "seize" => Teen(16),
            "vingt" | "vingts" => Tens(20),
            "trente" => Tens(30),
            "quarante" => Tens(40),
            "cinquante" => Tens(50),
            "soixante" => Tens(60),
            "septante" => Tens(70),
            "huitante" | "octante" => Tens(80),
            "nonante" => Tens(90),
            "cent" | "cents" => Hundred,
            "mille" | "mil" => Scale(1_000),
            "million" | "millions" => Scale(1_000_000),
            "milliard" | "milliards" => Scale(1_000_000_000),
            // the long scale: a French billion is a million millions
            "billion" | "billions" => Scale(1_000_000_000_000),
            "et" => And,
            _ => return None,
        },
        NumLang::En => match w {
            "zero" | "o" | "oh" | "nought" | "naught" | "nil" => Unit(0),
            "one" | "a" => Unit(1),
            "two" => Unit(2),
            "three" => Unit(3),
            "four" => Unit(4),
            "five" => Unit(5),
            "six" => Unit(6),
            "seven" => Unit(7),
            "eight" => Unit(8),
            "nine" => Unit(9),
            "ten" => Teen(10),
            "eleven" => Teen(11),
            "twelve" => Teen(12),
            "thirteen" => Teen(13),
            "fourteen" => Teen(14),
            "fifteen" => Teen(15),
            "sixteen" => Teen(16),
            "seventeen" => Teen(17),
            "eighteen" => Teen(18),
            "nineteen" => Teen(19),
            "twenty" => Tens(20),
            "thirty" => Tens(30),
            "forty" | "fourty" => Tens(40),
            "fifty" => Tens(50),
            "sixty" => Tens(60),
            "seventy" => Tens(70),
            "eighty" => Tens(80),
            "ninety" => Tens(90),
            "hundred" | "hundreds" => Hundred,
            "thousand" | "thousands" => Scale(1_000),
            "million" | "millions" => Scale(1_000_000),
            "billion" | "billions" => Scale(1_000_000_000),
            "trillion" | "trillions" => Scale(1_000_000_000_000),
            // Indian English: a lakh is a hundred thousand, a crore ten million
            "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => Scale(100_000),
            "crore" | "crores" | "krore" | "krores" | "koti" => Scale(10_000_000),
            "and" => And,
            _ => return None,
        },
    })
}

/// Whether `w` is a number word of `lang` ("vingt", "et", "hundred").
pub fn is_number_word(w: &str, lang: NumLang) -> bool {
    word(w, lang).is_some()
}

/// A cardinal read from words: its value and how many words it took.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Spelled {
    pub value: u64,
    pub words: usize,
}

/// Reads the longest cardinal at the start of `words` (lower or mixed case,
/// hyphenated parts already split: "quatre", "vingt", "dix"). Returns `None`
/// when the first word does not start a number. "a" and "o" only count inside
/// an English number ("a hundred", "zero o five" is not one number).
pub fn read_spelled(words: &[&str], lang: NumLang) -> Option<Spelled> {
    let ws: Vec<Option<Word>> = words.iter().map(|w| word(w, lang)).collect();
    // "a" alone is an article, "o" alone a letter
    if lang == NumLang::En && matches!(words.first().map(|w| w.to_lowercase()).as_deref(), Some("a" | "o" | "oh")) {
        let next = ws.get(1).copied().flatten();
        let first = words[0].to_lowercase();
        if first == "a" && !matches!(next, Some(Word::Hundred | Word::Scale(_))) {
            return None;
        }
        if first != "a" {
            return None;
        }
    }
    let (value, used) = number(&ws, 0, u64::MAX, lang)?;
    // a trailing "et"/"and" belongs to the text, not to the number
    let mut used = used;
    while used > 0 && ws[used - 1] == Some(Word::And) {
        used -= 1;
    }
    (used > 0).then_some(Spelled { value, words: used })
}

/// A number below `limit` starting at word `i`: a part below a thousand,
/// optionally multiplied by a scale word and followed by the rest below that
/// scale ("deux cent mille quatorze"). Returns the value and the next word.
fn number(ws: &[Option<Word>], i: usize, limit: u64, lang: NumLang) -> Option<(u64, usize)> {
    let small = below_thousand(ws, i, lang);
    let (mut value, mut j) = small.unwrap_or((0, i));
    if let Some(Some(Word::Scale(s))) = ws.get(j) {
        let s = *s;
        if s >= limit {
            return small;
        }
        // "mille" and "thousand" stand alone; "million" needs a count
        let count = match small {
            Some((v, _)) => v,
            None if s == 1_000 => 1,
            None => return None,
        };
        if count == 0 {
            return small;
        }
        let mut scaled = count.checked_mul(s)?;
        j += 1;
        let mut scale = s;
        // "cinquante trois mille millions", "three thousand millions"
        if let Some(Some(Word::Scale(s2))) = ws.get(j) {
            if *s2 > s && *s2 < limit {
                scaled = scaled.checked_mul(*s2)?;
                scale = *s2;
                j += 1;
            }
        }
        value = scaled;
        // "thousand and nine hundred", "mille et un" is rare: skip an "and" in English
        let k = if lang == NumLang::En && ws.get(j) == Some(&Some(Word::And)) { j + 1 } else { j };
        if let Some((rest, next)) = number(ws, k, scale, lang) {
            if rest < scale {
                value += rest;
                j = next;
            }
        }
        return Some((value, j));
    }
    small.map(|_| (value, j))
}

/// A number below 1 000 at word `i`: "[unit] cent [below 100]", or below 100;
/// English also reads "nineteen hundred" and "forty five hundred".
fn below_thousand(ws: &[Option<Word>], i: usize, lang: NumLang) -> Option<(u64, usize)> {
    let at = |k: usize| ws.get(k).copied().flatten();
    // hundreds
    let (hundreds, mut j) = match (at(i), at(i + 1)) {
        (Some(Word::Hundred), _) => (100, i + 1),
        (Some(Word::Unit(u)), Some(Word::Hundred)) if u >= 1 && !(lang == NumLang::Fr && u == 1) => (u * 100, i + 2),
        _ => (0, i),
    };
    if hundreds == 0 {
        // "nineteen hundred seventy-three", "forty five hundred"; French only
        // says it of 11 to 19 ("dix-neuf cent", not "soixante-quinze cent")
        if let Some((v, k)) = below_hundred(ws, i, lang) {
            let counts_hundreds = match lang {
                NumLang::En => v >= 10,
                NumLang::Fr => (11..=19).contains(&v),
            };
            if counts_hundreds && at(k) == Some(Word::Hundred) {
                let rest = below_hundred(ws, skip_and(ws, k + 1, lang), lang);
                return Some(match rest {
                    Some((r, e)) => (v * 100 + r, e),
                    None => (v * 100, k + 1),
                });
            }
        }
    }
    if hundreds > 0 {
        let k = skip_and(ws, j, lang);
        if let Some((v, e)) = below_hundred(ws, k, lang) {
            if v > 0 {
                return Some((hundreds + v, e));
            }
        }
        return Some((hundreds, j));
    }
    let (v, e) = below_hundred(ws, j, lang)?;
    j = e;
    Some((v, j))
}

fn skip_and(ws: &[Option<Word>], j: usize, lang: NumLang) -> usize {
    if lang == NumLang::En && ws.get(j) == Some(&Some(Word::And)) {
        j + 1
    } else {
        j
    }
}

/// A number below 100 at word `i`.
fn below_hundred(ws: &[Option<Word>], i: usize, lang: NumLang) -> Option<(u64, usize)> {
    let at = |k: usize| ws.get(k).copied().flatten();
    match at(i)? {
        Word::Unit(u) => {
            // "quatre vingt(s)" is 80
            if lang == NumLang::Fr && u == 4 && at(i + 1) == Some(Word::Tens(20)) {
                return Some(match french_after_tens(ws, i + 2, 80, true) {
                    Some((v, e)) => (80 + v, e),
                    None => (80, i + 2),
                });
            }
            Some((u, i + 1))
        }
        Word::Teen(10) if lang == NumLang::Fr => match at(i + 1) {
            // "dix-sept", "dix huit", "dix-neuf"
            Some(Word::Unit(u @ 7..=9)) => Some((10 + u, i + 2)),
            _ => Some((10, i + 1)),
        },
        Word::Teen(t) => Some((t, i + 1)),
        Word::Tens(t) => match lang {
            NumLang::Fr => Some(match french_after_tens(ws, i + 1, t, false) {
                Some((v, e)) => (t + v, e),
                None => (t, i + 1),
            }),
            NumLang::En => match at(i + 1) {
                Some(Word::Unit(u @ 1..=9)) => Some((t + u, i + 2)),
                _ => Some((t, i + 1)),
            },
        },
        _ => None,
    }
}

/// What may follow a French tens word `t` inside one number: "et un" (not
/// after 80), a unit 2 to 9 (a unit 1 only after 80: "quatre-vingt-un"), and
/// after 60 and 80 a number from 10 to 19 ("soixante-dix-sept",
/// "quatre-vingt-onze", "soixante et onze").
/// `quatre_vingt`: 80 written "quatre-vingt" (not the Swiss "huitante").
fn french_after_tens(ws: &[Option<Word>], i: usize, t: u64, quatre_vingt: bool) -> Option<(u64, usize)> {
    let at = |k: usize| ws.get(k).copied().flatten();
    let takes_teens = t == 60 || quatre_vingt;
    match at(i)? {
        Word::And if !quatre_vingt => match at(i + 1)? {
            Word::Unit(1) => Some((1, i + 2)),
            Word::Teen(11) if t == 60 => Some((11, i + 2)),
            _ => None,
        },
        Word::Unit(1) if quatre_vingt => Some((1, i + 1)),
        Word::Unit(u @ 2..=9) => Some((u, i + 1)),
        Word::Teen(10) if takes_teens => match at(i + 1) {
            Some(Word::Unit(u @ 7..=9)) => Some((10 + u, i + 2)),
            _ => Some((10, i + 1)),
        },
        Word::Teen(n) if takes_teens => Some((n, i + 1)),
        _ => None,
    }
}

/// Reads a whole string as one number: digits with separators and a
/// multiplier suffix ("6.700,54", "1,2M", "-,0012G"), spelled words ("mille
/// deux cent soixante-six"), a mix ("trente 3"), with a sign ("-", "moins",
/// "minus", "negative"). `None` when the string is not exactly one number.
pub fn parse(s: &str, lang: NumLang) -> Option<f64> {
    let s = s.trim();
    let (negative, rest) = strip_sign(s);
    let rest = rest.trim();
    let v = parse_digits(rest, lang)
        .or_else(|| parse_fraction(rest))
        .or_else(|| parse_scaled_digits(rest, lang))
        .or_else(|| parse_words(rest, lang))
        .or_else(|| parse_spelled_fraction(rest, lang))?;
    Some(if negative { -v } else { v })
}

/// Fractions in words: "two thirds", "a quarter", "one and a half", "twenty and
/// three fifths", "two and fifty-four hundredths", "deux tiers", "trois quarts",
/// "un et demi": a whole part before the last "and" ("et"), then a numerator and a
/// denominator (an ordinal, or half, third, quarter; demi, tiers, quart).
fn parse_spelled_fraction(s: &str, lang: NumLang) -> Option<f64> {
    // "vingt-cinquième", "twenty-eighth" are ordinals
    if parse_ordinal(s, lang, true).is_some() {
        return None;
    }
    let lower = s.to_lowercase().replace('-', " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    let den = match (lang, *last) {
        (NumLang::En, "half" | "halves") | (NumLang::Fr, "demi" | "demie" | "demis" | "demies") => 2,
        (NumLang::En, "third" | "thirds") | (NumLang::Fr, "tiers") => 3,
        (NumLang::En, "quarter" | "quarters") | (NumLang::Fr, "quart" | "quarts") => 4,
        (_, "second" | "seconds" | "seconde" | "secondes" | "first" | "premier" | "premiere") => return None,
        (_, w) => parse_ordinal(w, lang, true).map(|(n, _)| n).filter(|&n| n >= 4)?,
    };
    let and = if lang == NumLang::En { "and" } else { "et" };
    let cut = rest.iter().rposition(|w| *w == and);
    let (whole, num) = match cut {
        Some(c) => (parse_words(&rest[..c].join(" "), lang)?, &rest[c + 1..]),
        None => (0.0, rest),
    };
    let numerator = match num {
        // "one and a half", "a third", "un et demi" (no numerator)
        [] if cut.is_some() && den == 2 => 1.0,
        ["a" | "an" | "un" | "une"] => 1.0,
        [] => return None,
        ws => parse_words(&ws.join(" "), lang)?,
    };
    Some(whole + numerator / den as f64)
}

/// "1/5", "20/100".
fn parse_fraction(s: &str) -> Option<f64> {
    let (a, b) = s.split_once('/')?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
    (b != 0.0).then(|| a / b)
}

/// Digits then a scale word: "3 millions", "2,5 milliards", "5 thousand",
/// "200 dozens".
fn parse_scaled_digits(s: &str, lang: NumLang) -> Option<f64> {
    let (num, scale) = s.rsplit_once(' ')?;
    let mult = scale_word(scale, lang)?;
    Some(parse_digits(num, lang)? * mult)
}

/// A scale word's value: "millions", "milliard", "thousand", "dozen", "douzaine".
fn scale_word(w: &str, lang: NumLang) -> Option<f64> {
    let l = w.to_lowercase();
    if matches!(l.as_str(), "dozen" | "dozens" | "douzaine" | "douzaines") {
        return Some(12.0);
    }
    match word(&l, lang)? {
        Word::Scale(s) => Some(s as f64),
        _ => None,
    }
}

fn strip_sign(s: &str) -> (bool, &str) {
    for p in ["-", "−", "moins ", "minus ", "negative "] {
        if let Some(r) = s.strip_prefix(p) {
            return (true, r);
        }
        let l = s.to_lowercase();
        if l.starts_with(p) && s.is_char_boundary(p.len()) {
            return (true, &s[p.len()..]);
        }
    }
    (false, s)
}

/// Digits with thousands groups and a decimal mark, and an optional K/M/G
/// suffix. A lone separator followed by three digits is a thousands separator
/// ("100.000", "3,000"); otherwise it is the language's decimal mark, and the
/// other mark is read as decimal too when it is the only one ("6,7", "1.2M").
pub fn parse_digits(s: &str, lang: NumLang) -> Option<f64> {
    let s = s.trim();
    let (body, mult) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 1e3),
        Some((i, 'M')) => (&s[..i], 1e6),
        Some((i, 'G')) => (&s[..i], 1e9),
        _ => (s, 1.0),
    };
    let body = body.trim_end();
    if body.is_empty() || !body.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}')) {
        return None;
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let decimal_mark = match (dots, commas) {
        (0, 0) => None,
        (_, 0) => single_mark(body, '.', dots, lang == NumLang::En || mult != 1.0),
        (0, _) => single_mark(body, ',', commas, lang == NumLang::Fr || mult != 1.0),
        // both: the last one is the decimal mark ("6.700,54", "1,200.5")
        _ => Some(if body.rfind('.') > body.rfind(',') { '.' } else { ',' }),
    };
    let mut digits = String::with_capacity(body.len());
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if Some(c) == decimal_mark {
            digits.push('.');
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}') {
            // a space separates groups of exactly three digits
        } else if c == '.' || c == ',' {
            // a thousands separator
        }
    }
    // spaces must separate groups of three ("2 500", not "2 50")
    if body.contains([' ', '\u{a0}', '\u{202f}']) {
        let int_part = decimal_mark.and_then(|m| body.split(m).next()).unwrap_or(body);
        let groups: Vec<&str> = int_part.split([' ', '\u{a0}', '\u{202f}']).collect();
        if groups.iter().skip(1).any(|g| g.len() != 3) || groups[0].is_empty() || groups[0].len() > 3 {
            return None;
        }
    }
    let v: f64 = digits.parse().ok()?;
    Some(v * mult)
}

/// Whether the only kind of mark in `body` is a decimal mark: not when it
/// appears more than once or is followed by exactly three digits (a thousands
/// separator), unless `prefer_decimal` (the language's own mark, or a K/M/G
/// suffix) and the group is not a clean thousands group.
fn single_mark(body: &str, mark: char, count: usize, prefer_decimal: bool) -> Option<char> {
    if count > 1 {
        return None;
    }
    let (int, frac) = body.split_once(mark)?;
    // the language's own decimal mark is one ("18,5" in French, "1.808" in
    // English); the other mark before three digits groups thousands ("6.846 km"
    // in French, "3,000" in English)
    if prefer_decimal {
        return Some(mark);
    }
    let thousands_like = frac.len() == 3 && !int.is_empty() && int.len() <= 3 && int != "0";
    (!thousands_like).then_some(mark)
}

/// Spelled words, possibly ending in digits ("trente 3"), as one number.
fn parse_words(s: &str, lang: NumLang) -> Option<f64> {
    let parts: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    if parts.is_empty() {
        return None;
    }
    // "trente 3": a tens word then one digit
    if parts.len() == 2 {
        if let (Some(Word::Tens(t)), Ok(d @ 1..=9)) = (word(parts[0], lang), parts[1].parse::<u64>()) {
            return Some((t + d) as f64);
        }
    }
    // "two point two million", "douze virgule quatre-vingt-dix-neuf"
    if let Some(p) = parts.iter().position(|w| matches!(w.to_lowercase().as_str(), "virgule" | "point")) {
        // "1 point 1", "point 77"
        let digits_only = |ws: &[&str]| ws.len() <= 1 && ws.iter().all(|w| w.bytes().all(|c| c.is_ascii_digit()));
        if digits_only(&parts[..p]) && parts.len() == p + 2 && digits_only(&parts[p + 1..]) {
            let int = parts[..p].first().copied().unwrap_or("0");
            return format!("{int}.{}", parts[p + 1]).parse().ok();
        }
        let int = read_spelled(&parts[..p], lang).filter(|n| n.words == p)?;
        let rest = &parts[p + 1..];
        let scale_at = rest.iter().position(|w| matches!(word(w, lang), Some(Word::Scale(_))));
        let frac_words = &rest[..scale_at.unwrap_or(rest.len())];
        let frac = decimals(frac_words, lang)?;
        let mut v: f64 = format!("{}.{}", int.value, frac).parse().ok()?;
        if let Some(k) = scale_at {
            if k + 1 != rest.len() {
                return None;
            }
            if let Some(Word::Scale(sc)) = word(rest[k], lang) {
                v *= sc as f64;
            }
        }
        return Some(v);
    }
    // "a dozen", "two dozen", "two hundred dozens"
    if let Some((last, head)) = parts.split_last() {
        if scale_word(last, lang) == Some(12.0) {
            let n = if head.is_empty() { None } else { read_spelled(head, lang) };
            return match n {
                Some(n) if n.words == head.len() => Some(n.value as f64 * 12.0),
                _ if head.len() == 1 && head[0].eq_ignore_ascii_case("a") => Some(12.0),
                _ if head.is_empty() => Some(12.0),
                _ => head.first().and_then(|h| parse_digits(h, lang)).filter(|_| head.len() == 1).map(|v| v * 12.0),
            };
        }
    }
    let n = read_spelled(&parts, lang)?;
    if n.words == parts.len() {
        return Some(n.value as f64);
    }
    // English reads hundreds in pairs: "nineteen seventy-three", "one twenty two"
    if lang == NumLang::En {
        let ws: Vec<Option<Word>> = parts.iter().map(|w| word(w, lang)).collect();
        if let Some((a, k)) = below_hundred(&ws, 0, lang) {
            if let Some((b, e)) = below_hundred(&ws, k, lang) {
                let round = a % 10 == 0 && a != 10;
                if e == ws.len() && a > 0 && !round && b >= 10 {
                    return Some((a * 100 + b) as f64);
                }
            }
        }
    }
    // "zero eight" and digit strings read word by word are not one value
    None
}

/// Reads a string of spoken digits that keeps its leading zeros, as a
/// telephone or an identifier is read out: "zéro huit" is "08", "zero zero
/// hundred twenty five" is "00125". `None` without a leading zero, or when
/// what follows the zeros is not one number.
pub fn parse_digit_string(s: &str, lang: NumLang) -> Option<String> {
    let parts: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    let zero = |w: &str| {
        matches!(word(w, lang), Some(Word::Unit(0)))
            && !(lang == NumLang::En && matches!(w.to_lowercase().as_str(), "nil" | "naught"))
    };
    let zeros = parts.iter().take_while(|w| zero(w)).count();
    if zeros == 0 || zeros == parts.len() {
        return None;
    }
    let rest = &parts[zeros..];
    // "o" is a zero only before other words ("o eight")
    let n = read_spelled(rest, lang).filter(|n| n.words == rest.len())?;
    Some(format!("{}{}", "0".repeat(zeros), n.value))
}

/// Reads a whole string as one ordinal ("vingt et unième", "dix-neuvième",
/// "twenty-first", "fiftieth"): its value and whether it is plural
/// ("twenty-fifths"). "premier" and "first" alone are words, not figures, in
/// French and English text; they are read only with `lone_first`.
pub fn parse_ordinal(s: &str, lang: NumLang, lone_first: bool) -> Option<(u64, bool)> {
    if let Some(x) = digit_ordinal(s.trim(), lang) {
        return Some(x);
    }
    let mut parts: Vec<String> = s
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "twentyfifth", "thirtyfirst": the tens glued to the ordinal (English)
    if lang == NumLang::En && parts.len() == 1 {
        let w = parts[0].clone();
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        if let Some(t) = tens.iter().find(|t| w.starts_with(*t) && w.len() > t.len() + 2) {
            parts = vec![t.to_string(), w[t.len()..].to_string()];
        }
    }
    let (last, head) = parts.split_last()?;
    let (stem, plural) = ordinal_stem(last, lang)?;
    if head.is_empty() && matches!(stem.as_str(), "premier" | "first" | "second") {
        // "second" is also a unit of time, and "premier" an adjective
        return lone_first.then_some((if stem == "second" { 2 } else { 1 }, plural));
    }
    let stem = match stem.as_str() {
        "premier" | "first" => "un".to_string(),
        "second" if lang == NumLang::En => "two".to_string(),
        "second" => return None,
        _ => stem,
    };
    let stem = if lang == NumLang::En && stem == "un" { "one".to_string() } else { stem };
    let mut words: Vec<&str> = head.iter().map(String::as_str).collect();
    words.push(&stem);
    let n = read_spelled(&words, lang).filter(|n| n.words == words.len())?;
    // "unième" only ends a compound ("vingt et unième")
    if lang == NumLang::Fr && stem == "un" && head.is_empty() {
        return None;
    }
    Some((n.value, plural))
}

/// "1er", "1ère", "2e", "2ème", "3eme", "21st", "2nd", "4th".
fn digit_ordinal(s: &str, lang: NumLang) -> Option<(u64, bool)> {
    let d = s.bytes().take_while(u8::is_ascii_digit).count();
    if d == 0 {
        return None;
    }
    let v: u64 = s[..d].parse().ok()?;
    let suffix = s[d..].to_lowercase();
    let (suffix, plural) = match suffix.strip_suffix('s') {
        Some(x) if !x.is_empty() => (x.to_string(), true),
        _ => (suffix, false),
    };
    let ok = match lang {
        NumLang::Fr => match suffix.as_str() {
            "er" | "re" | "ere" | "ère" => v == 1,
            "e" | "eme" | "ème" | "ième" | "ieme" | "è" => v >= 2 || v == 0,
            _ => false,
        },
        NumLang::En => matches!(suffix.as_str(), "st" | "nd" | "rd" | "th"),
    };
    ok.then_some((v, plural))
}

/// The cardinal word under an ordinal word, and whether it is plural.
fn ordinal_stem(w: &str, lang: NumLang) -> Option<(String, bool)> {
    let (w, plural) = match w.strip_suffix('s') {
        Some(x) if lang == NumLang::En && x.ends_with("th") => (x, true),
        Some(x) if lang == NumLang::Fr && (x.ends_with("ième") || x.ends_with("ieme")) => (x, true),
        _ => (w, false),
    };
    match lang {
        NumLang::Fr => {
            if matches!(w, "premier" | "première" | "premiers" | "premières" | "premiere" | "premieres") {
                return Some(("premier".into(), plural));
            }
            if matches!(w, "second" | "seconde") {
                return Some(("second".into(), plural));
            }
            let stem = w.strip_suffix("ième").or_else(|| w.strip_suffix("ieme"))?;
            let cardinal = match stem {
                "cinqu" => "cinq".to_string(),
                "neuv" => "neuf".to_string(),
                "un" => "un".to_string(),
                _ if word(stem, lang).is_some() => stem.to_string(),
                _ => format!("{stem}e"),
            };
            word(&cardinal, lang).map(|_| (cardinal, plural))
        }
        NumLang::En => {
            let fixed = match w {
                "first" => Some("first"),
                "second" => Some("second"),
                "third" => Some("three"),
                "fifth" => Some("five"),
                "eighth" => Some("eight"),
                "ninth" => Some("nine"),
                "twelfth" => Some("twelve"),
                _ => None,
            };
            if let Some(f) = fixed {
                return Some((f.to_string(), plural));
            }
            let stem = w.strip_suffix("th")?;
            let cardinal = match stem.strip_suffix("ie") {
                Some(t) => format!("{t}y"),
                None => stem.to_string(),
            };
            word(&cardinal, lang).map(|_| (cardinal, plural))
        }
    }
}

/// An ordinal as figures, the way text2num writes it: "21st", "5ème".
pub fn render_ordinal(v: u64, plural: bool, lang: NumLang) -> String {
    let suffix = match lang {
        NumLang::Fr => "ème",
        NumLang::En => match (v % 10, v % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        },
    };
    // text2num writes every English plural ordinal "ths" ("41ths")
    let suffix = if plural && lang == NumLang::En { "th" } else { suffix };
    format!("{v}{suffix}{}", if plural { "s" } else { "" })
}

/// The digits after a decimal word: one number ("cent douze" gives 112), or
/// digits read one by one ("deux trois six").
fn decimals(words: &[&str], lang: NumLang) -> Option<String> {
    if words.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < words.len() {
        // "zéro cinq": leading zeros stay
        if word(words[i], lang) == Some(Word::Unit(0)) {
            out.push('0');
            i += 1;
            continue;
        }
        let n = read_spelled(&words[i..], lang)?;
        out.push_str(&n.value.to_string());
        i += n.words;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> Option<f64> {
        parse(s, NumLang::Fr)
    }

    fn en(s: &str) -> Option<f64> {
        parse(s, NumLang::En)
    }

    #[test]
    fn french_cardinals() {
        assert_eq!(fr("dix-huit"), Some(18.0));
        assert_eq!(fr("vingt et un"), Some(21.0));
        assert_eq!(fr("soixante et onze"), Some(71.0));
        assert_eq!(fr("soixante-dix-sept"), Some(77.0));
        assert_eq!(fr("quatre-vingts"), Some(80.0));
        assert_eq!(fr("quatre-vingt-un"), Some(81.0));
        assert_eq!(fr("quatre-vingt-dix-neuf"), Some(99.0));
        assert_eq!(fr("nonante-cinq"), Some(95.0));
        assert_eq!(fr("deux cents"), Some(200.0));
        assert_eq!(fr("mille deux cent soixante-six"), Some(1266.0));
        assert_eq!(fr("un million deux cent mille"), Some(1_200_000.0));
        assert_eq!(
            fr("cinquante trois mille millions deux cent quarante-trois mille sept cent vingt-quatre"),
            Some(53_000_243_724.0)
        );
        assert_eq!(fr("trente 3"), Some(33.0));
        assert_eq!(fr("moins mille"), Some(-1000.0));
    }

    #[test]
    fn french_non_numbers() {
        // a list of numbers, or words that are not one number
        assert_eq!(fr("vingt un"), None);
        assert_eq!(fr("quarante douze"), None);
        assert_eq!(fr("mille mille deux cent"), None);
        assert_eq!(fr("cinq zéro"), None);
        assert_eq!(fr("soixante et"), None);
        assert_eq!(fr("deux trois"), None);
    }

    #[test]
    fn english_cardinals() {
        assert_eq!(en("five hundred and sixty six"), Some(566.0));
        assert_eq!(en("twenty-one thousand eleven"), Some(21011.0));
        assert_eq!(en("nineteen hundred seventy-three"), Some(1973.0));
        assert_eq!(en("a hundred"), Some(100.0));
        assert_eq!(en("three thousand millions"), Some(3e9));
        // Indian scales
        assert_eq!(en("three crore twelve lakh fifty-six thousand seven hundred twenty-one"), Some(31_256_721.0));
        // fractions in words
        assert_eq!(en("two thirds"), Some(2.0 / 3.0));
        assert_eq!(en("one and a half"), Some(1.5));
        assert_eq!(en("two and fifty-four hundredths"), Some(2.54));
        assert_eq!(parse("trois quarts", NumLang::Fr), Some(0.75));
        assert_eq!(parse("deux et demi", NumLang::Fr), Some(2.5));
        assert_eq!(en("two seconds"), None);
        // the short scale in English, the long one in French
        assert_eq!(en("twenty-one trillion three hundred"), Some(21_000_000_000_300.0));
        assert_eq!(parse("deux billions", NumLang::Fr), Some(2e12));
        assert_eq!(en("two point two million"), Some(2_200_000.0));
        assert_eq!(en("sixty fifteen"), None);
        assert_eq!(en("ten five"), None);
        assert_eq!(en("a"), None);
        assert_eq!(en("nineteen seventy-three"), Some(1973.0));
        assert_eq!(en("sixty fifteen"), None);
    }

    #[test]
    fn spoken_digit_strings_keep_their_zeros() {
        assert_eq!(parse_digit_string("zéro huit", NumLang::Fr).as_deref(), Some("08"));
        assert_eq!(parse_digit_string("zéro zéro cent vingt-cinq", NumLang::Fr).as_deref(), Some("00125"));
        assert_eq!(parse_digit_string("o eight", NumLang::En).as_deref(), Some("08"));
        assert_eq!(parse_digit_string("cinq zéro", NumLang::Fr), None);
        assert_eq!(parse_digit_string("zéro", NumLang::Fr), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(parse_ordinal("vingt et unième", NumLang::Fr, false), Some((21, false)));
        assert_eq!(parse_ordinal("dix-neuvième", NumLang::Fr, false), Some((19, false)));
        assert_eq!(parse_ordinal("cinq cent unième", NumLang::Fr, false), Some((501, false)));
        assert_eq!(parse_ordinal("millième", NumLang::Fr, false), Some((1000, false)));
        assert_eq!(parse_ordinal("twentyfifth", NumLang::En, false), Some((25, false)));
        assert_eq!(parse_ordinal("thirty—first", NumLang::En, false), Some((31, false)));
        assert_eq!(parse_ordinal("premier", NumLang::Fr, false), None);
        assert_eq!(parse_ordinal("seconde", NumLang::Fr, false), None);
        assert_eq!(parse_ordinal("seconde", NumLang::Fr, true), Some((2, false)));
        assert_eq!(parse_ordinal("2ème", NumLang::Fr, false), Some((2, false)));
        assert_eq!(parse_ordinal("1re", NumLang::Fr, false), Some((1, false)));
        assert_eq!(parse_ordinal("3e", NumLang::Fr, false), Some((3, false)));
        assert_eq!(parse_ordinal("21st", NumLang::En, false), Some((21, false)));
        assert_eq!(parse_ordinal("thirty-second", NumLang::En, false), Some((32, false)));
        assert_eq!(parse_ordinal("twenty-first", NumLang::En, false), Some((21, false)));
        assert_eq!(parse_ordinal("fiftieth", NumLang::En, false), Some((50, false)));
        assert_eq!(parse_ordinal("twenty-fifths", NumLang::En, false), Some((25, true)));
        assert_eq!(render_ordinal(32, false, NumLang::En), "32nd");
        assert_eq!(render_ordinal(12, false, NumLang::En), "12th");
        assert_eq!(render_ordinal(97, false, NumLang::Fr), "97ème");
    }

    #[test]
    fn digits_with_either_convention() {
        assert_eq!(fr("2 500"), Some(2500.0));
        assert_eq!(fr("2\u{a0}500"), Some(2500.0));
        assert_eq!(fr("6.846"), Some(6846.0));
        assert_eq!(fr("18,5"), Some(18.5));
        assert_eq!(fr("64.96"), Some(64.96));
        assert_eq!(fr("6.700,54"), Some(6700.54));
        assert_eq!(fr("6 700,54"), Some(6700.54));
        assert_eq!(fr("1,2M"), Some(1_200_000.0));
        assert_eq!(fr("100.000"), Some(100_000.0));
        assert_eq!(en("3,000"), Some(3000.0));
        assert_eq!(en("1,200,000"), Some(1_200_000.0));
        assert_eq!(en("1.2M"), Some(1_200_000.0));
        assert_eq!(en(".0012G"), Some(1_200_000.0));
        assert_eq!(en("-1200K"), Some(-1_200_000.0));
        assert_eq!(fr("2 50"), None);
        assert_eq!(fr("Il-76"), None);
    }
}
