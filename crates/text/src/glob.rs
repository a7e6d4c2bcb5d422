//! A small pattern language for the rule files in `data/lexicon`, matched against
//! folded text (see [`crate::fold`]). A pattern matches a whole unit (a paragraph
//! or a sentence):
//! - a literal char matches itself (patterns are folded like the text);
//! - `*` matches any run of chars, possibly empty;
//! - `#` matches a number: a digit, then digits, spaces, `.` or `,`;
//! - `{name}` matches a non-empty run and captures it;
//! - `\*`, `\#`, `\{` match the char itself.

use crate::fold::fold_char;

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Lit(char),
    Any,
    Num,
    Capture(usize),
}

#[derive(Debug, Clone)]
pub struct Glob {
    pieces: Vec<Piece>,
    pub captures: Vec<String>,
    /// First literal char, for a fast reject.
    first: Option<char>,
    /// Literal runs of three chars or more that any match must contain, for a
    /// fast reject before backtracking.
    required: Vec<Vec<char>>,
    /// The same runs as strings, for a fast substring search on a folded string.
    required_str: Vec<String>,
    /// Last literal char when the pattern ends with one.
    last: Option<char>,
    /// The literal runs at the start and at the end of the pattern.
    head: Vec<char>,
    tail: Vec<char>,
}

/// A capture: its name and the range of folded chars it matched.
pub type Captures = Vec<(usize, usize)>;

impl Glob {
    pub fn parse(pattern: &str) -> Result<Glob, String> {
        let mut pieces = Vec::new();
        let mut captures = Vec::new();
        let chars: Vec<char> = pattern.trim().chars().collect();
        let mut i = 0;
        let push_lit = |pieces: &mut Vec<Piece>, c: char| {
            if let Some(f) = fold_char(c) {
                if !(f == ' ' && pieces.last() == Some(&Piece::Lit(' '))) {
                    pieces.push(Piece::Lit(f));
                }
            }
        };
        while i < chars.len() {
            match chars[i] {
                '\\' if i + 1 < chars.len() => {
                    pieces.push(Piece::Lit(chars[i + 1]));
                    i += 1;
                }
                '*' => pieces.push(Piece::Any),
                '#' => pieces.push(Piece::Num),
                '{' => {
                    let close = chars[i..]
                        .iter()
                        .position(|&c| c == '}')
                        .ok_or_else(|| format!("unclosed '{{' in pattern {pattern:?}"))?;
                    let name: String = chars[i + 1..i + close].iter().collect();
                    pieces.push(Piece::Capture(captures.len()));
                    captures.push(name);
                    i += close;
                }
                c => push_lit(&mut pieces, c),
            }
            i += 1;
        }
        let first = match pieces.first() {
            Some(Piece::Lit(c)) => Some(*c),
            _ => None,
        };
        let mut required = Vec::new();
        let mut run = Vec::new();
        for p in pieces.iter().chain([Piece::Any].iter()) {
            match p {
                Piece::Lit(c) => run.push(*c),
                _ => {
                    if run.len() >= 3 {
                        required.push(std::mem::take(&mut run));
                    }
                    run.clear();
                }
            }
        }
        let last = match pieces.last() {
            Some(Piece::Lit(c)) => Some(*c),
            _ => None,
        };
        let required_str = required.iter().map(|r| r.iter().collect()).collect();
        let lit = |p: &Piece| match p {
            Piece::Lit(c) => Some(*c),
            _ => None,
        };
        let head: Vec<char> = pieces.iter().map_while(lit).collect();
        let mut tail: Vec<char> = pieces.iter().rev().map_while(lit).collect();
        tail.reverse();
        Ok(Glob { pieces, captures, first, required, required_str, last, head, tail })
    }

    /// The literal run the pattern starts with.
    pub fn head(&self) -> &[char] {
        &self.head
    }

    /// The literal run the pattern ends with.
    pub fn tail(&self) -> &[char] {
        &self.tail
    }

    /// Whether the pattern starts with a number (`#`).
    pub fn starts_with_number(&self) -> bool {
        self.pieces.first() == Some(&Piece::Num)
    }

    /// The first char every match starts with, if the pattern starts with a literal.
    pub fn first_char(&self) -> Option<char> {
        self.first
    }

    /// Like [`Glob::matches`], with `folded` the same text as a string: the
    /// required literals are then found with the standard library's fast
    /// substring search.
    pub fn matches_with(&self, text: &[char], folded: &str) -> Option<Captures> {
        if self.first.is_some() && text.first() != self.first.as_ref() {
            return None;
        }
        if self.last.is_some() && text.last() != self.last.as_ref() {
            return None;
        }
        if !self.required_str.iter().all(|r| folded.contains(r.as_str())) {
            return None;
        }
        self.backtrack(text)
    }

    /// Whether the pattern could match a unit whose folded text starts with
    /// `prefix` and ends with `suffix` (both possibly truncated views; `whole`
    /// says they are the entire unit).
    pub fn may_match_ends(&self, prefix: &[char], suffix: &[char], whole: bool) -> bool {
        self.may_match_head(prefix, whole) && self.may_match_tail(suffix)
    }

    /// The head half of [`Glob::may_match_ends`]. Short literals are compared
    /// char by char: a call to `memcmp` costs more than the comparison.
    pub fn may_match_head(&self, prefix: &[char], whole: bool) -> bool {
        if self.pieces.first() == Some(&Piece::Num) && !prefix.first().is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        if whole && self.head.len() > prefix.len() {
            return false;
        }
        self.head.iter().zip(prefix).all(|(a, b)| a == b)
    }

    /// The tail half of [`Glob::may_match_ends`].
    pub fn may_match_tail(&self, suffix: &[char]) -> bool {
        self.tail.iter().rev().zip(suffix.iter().rev()).all(|(a, b)| a == b)
    }

    /// Cheap necessary conditions: the literal head and tail of the pattern.
    pub fn may_match(&self, text: &[char]) -> bool {
        text.starts_with(&self.head) && text.ends_with(&self.tail)
    }

    /// Matches the whole of `text`; returns the capture ranges.
    pub fn matches(&self, text: &[char]) -> Option<Captures> {
        if !self.may_match(text) {
            return None;
        }
        if self.last.is_some() && text.last() != self.last.as_ref() {
            return None;
        }
        if !self.required.iter().all(|lit| contains(text, lit)) {
            return None;
        }
        self.backtrack(text)
    }

    fn backtrack(&self, text: &[char]) -> Option<Captures> {
        let mut caps = vec![(0, 0); self.captures.len()];
        let mut budget = 20_000u32;
        if step(&self.pieces, text, 0, 0, &mut caps, &mut budget) {
            Some(caps)
        } else {
            None
        }
    }
}

fn contains(hay: &[char], needle: &[char]) -> bool {
    let n = needle.len();
    if n == 0 {
        return true;
    }
    if n > hay.len() {
        return false;
    }
    // compare the last char first: it is rarer than the first ("e", "t", " ")
    let (f, l) = (needle[0], needle[n - 1]);
    (0..=hay.len() - n).any(|i| hay[i + n - 1] == l && hay[i] == f && hay[i..i + n] == *needle)
}

fn is_num_char(c: char) -> bool {
    c.is_ascii_digit() || c == ' ' || c == '.' || c == ','
}

/// Backtracking matcher; `budget` bounds the work on adversarial input.
fn step(p: &[Piece], t: &[char], pi: usize, ti: usize, caps: &mut Captures, budget: &mut u32) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    if pi == p.len() {
        return ti == t.len();
    }
    match &p[pi] {
        Piece::Lit(c) => ti < t.len() && t[ti] == *c && step(p, t, pi + 1, ti + 1, caps, budget),
        Piece::Any => (ti..=t.len()).any(|k| step(p, t, pi + 1, k, caps, budget)),
        Piece::Num => {
            if ti >= t.len() || !t[ti].is_ascii_digit() {
                return false;
            }
            let mut k = ti + 1;
            while k < t.len() && is_num_char(t[k]) {
                k += 1;
            }
            (ti + 1..=k).rev().any(|e| t[e - 1].is_ascii_digit() && step(p, t, pi + 1, e, caps, budget))
        }
        Piece::Capture(n) => {
            let n = *n;
            (ti + 1..=t.len()).any(|k| {
                caps[n] = (ti, k);
                step(p, t, pi + 1, k, caps, budget)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn m(p: &str, t: &str) -> Option<Vec<String>> {
        let g = Glob::parse(p).unwrap();
        let f = fold(t, 0, t.len());
        g.matches(&f.chars).map(|caps| caps.iter().map(|&(a, b)| f.chars[a..b].iter().collect()).collect())
    }

    #[test]
    fn literal_star_number_and_captures() {
        assert!(m("Il vous reste #% de cet article à lire*", "Il vous reste 64.96% de cet article à lire. La suite…")
            .is_some());
        assert!(m("Il vous reste #% de cet article à lire*", "Il vous reste de cet article").is_none());
        let caps = m(
            "L'article {title} est apparu en premier sur {outlet}.",
            "L’article Entre X et Y est apparu en premier sur zimo news.",
        )
        .unwrap();
        assert_eq!(caps, vec!["entre x et y".to_string(), "zimo news".to_string()]);
        assert!(m("sommaire", "Sommaire").is_some());
        assert!(m("sommaire", "Sommaire des épisodes").is_none());
        assert!(m("\\* organisations*", "* Organisations terroristes").is_some());
    }
}
