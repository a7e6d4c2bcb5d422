//! The description kept with a person mention: a role before the name ("le
//! président kazakh Kassym-Jomart Tokaïev", "la porte-parole de la diplomatie
//! russe, Maria Zakharova") or in apposition after it ("Sam Greene, directeur du
//! Russia Institute au King's College de Londres,").

use recoupe_model::{Span, Token};
use recoupe_text::fold::fold_word;
use std::collections::HashSet;
use std::sync::OnceLock;

static ROLES: &str = include_str!("../../../data/lexicon/roles.txt");

fn roles() -> &'static HashSet<&'static str> {
    static R: OnceLock<HashSet<&'static str>> = OnceLock::new();
    R.get_or_init(|| ROLES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// Whether `w` is a role noun ("président", "Director", "ex-ministre").
pub fn is_role_word(w: &str) -> bool {
    let f = fold_word(w);
    let f = f.strip_prefix("ex-").unwrap_or(&f);
    // plurals too: "les analystes", "des responsables"
    let known =
        |x: &str| roles().contains(x) || x.len() > 4 && x.strip_suffix('s').is_some_and(|y| roles().contains(y));
    // a compound of roles by its head: "auteur-interprète", "avocate-conseil"
    known(f) || f.split_once('-').is_some_and(|(head, rest)| !rest.is_empty() && head.len() > 3 && known(head))
}

const DETERMINERS: [&str; 12] = ["le", "la", "l'", "l’", "les", "un", "une", "the", "a", "an", "son", "sa"];

fn is_det(w: &str) -> bool {
    DETERMINERS.contains(&fold_word(w).as_ref())
}

fn is_preposition(w: &str) -> bool {
    matches!(
        fold_word(w).as_ref(),
        "du" | "des"
            | "de"
            | "d'"
            | "au"
            | "aux"
            | "a"
            | "par"
            | "pour"
            | "avec"
            | "et"
            | "le"
            | "la"
            | "l'"
            | "of"
            | "at"
    )
}

/// Words a role may hold besides role nouns: lower-case words, particles,
/// capitalised words of an institution ("Affaires étrangères").
fn may_continue(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_alphabetic())
        && !matches!(w, "a" | "et" | "qui" | "que" | "has" | "and" | "who")
        && !is_verb_before(w)
}

/// An auxiliary or a copula, which ends a role read backwards from a name: "le
/// chef de l'État est revenu sur le cas X" gives X no role.
fn is_verb_before(w: &str) -> bool {
    matches!(
        w,
        "est"
            | "sont"
            | "était"
            | "étaient"
            | "ont"
            | "avait"
            | "avaient"
            | "is"
            | "was"
            | "were"
            | "are"
            | "had"
            | "have"
    )
}

/// The role of the mention `sent[i..j]`, as a span of the text.
pub fn role(text: &str, sent: &[Token], i: usize, j: usize) -> Option<Span> {
    let w = |k: usize| sent[k].span.slice(text);
    // before the name, possibly across one comma: "Le président kazakh, X,"
    let mut end = i;
    if end >= 2 && w(end - 1) == "," {
        end -= 1;
    }
    // "la ministre au micro de X": a name right after a preposition is its object,
    // not the holder of the role before it
    if end > 0 && (!is_preposition(w(end - 1)) || is_det(w(end - 1))) {
        let mut k = end;
        let mut has_role = false;
        let mut start = None;
        while k > 0 && end - k < 10 {
            let x = w(k - 1);
            if !may_continue(x) {
                break;
            }
            // "sous le commandement du général X": the role starts after the preposition
            if has_role && start.is_none() && is_preposition(x) && !is_det(x) {
                start = Some(k);
                break;
            }
            k -= 1;
            has_role |= is_role_word(x);
            // the determiner of the role, left of its role word
            if is_det(x) && has_role {
                start = Some(k);
                break;
            }
        }
        // across a comma the role must be a whole noun phrase ("Le président
        // kazakh, X"); a trailing apposition of someone else is not
        let crossed = end < i;
        let start = match start {
            Some(s) => Some(s),
            None if has_role && k == 0 => Some(0),
            None if has_role && !crossed && k < end && is_role_word(w(k)) => Some(k),
            _ => None,
        };
        if let Some(s) = start {
            if end > s + 1 || (end > s && is_role_word(w(s))) {
                return Some(Span::new(sent[s].span.start, sent[end - 1].span.end));
            }
        }
    }
    // after the name: ", directeur du …," up to the next comma or the end
    if j + 1 < sent.len() && w(j) == "," {
        let mut k = j + 1;
        let first = k;
        let mut has_role = false;
        while k < sent.len() && k - first < 16 {
            let x = w(k);
            if matches!(x, "," | "." | ";" | ":" | ")" | "«" | "»" | "\"" | "“" | "”" | "(") {
                break;
            }
            // in apposition a role is lower-case ("directeur", not "Prince")
            if k - first < 3 && is_role_word(x) && x.starts_with(char::is_lowercase) {
                has_role = true;
            }
            k += 1;
        }
        while k > first + 1 && is_preposition(w(k - 1)) {
            k -= 1;
        }
        if has_role && k > first {
            return Some(Span::new(sent[first].span.start, sent[k - 1].span.end));
        }
    }
    None
}
