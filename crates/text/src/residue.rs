//! Machine-translation residue: English left inside French sentences, such as
//! "[Russian President Vladimir] Poutine" or "[It] nous donne". Two cues:
//! an editor's bracket whose words are English, and a run of English-only words
//! that is not part of a capitalised name ("Carnegie Endowment for International
//! Peace" is a name, not residue).

use crate::lexicon::lexicon;
use recoupe_model::{Residue, Span, Token, TokenKind};

/// ASCII lower case of a short ASCII word, without allocation (English
/// function words are all ASCII).
fn ascii_lower(w: &str, buf: &mut [u8; 24]) -> Option<usize> {
    if w.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Some(w.len())
}

fn in_set(set: &crate::lexicon::FastSet<&'static str>, w: &str) -> bool {
    let mut buf = [0u8; 24];
    match ascii_lower(w, &mut buf) {
        Some(n) => std::str::from_utf8(&buf[..n]).is_ok_and(|s| set.contains(s)),
        None => false,
    }
}

fn is_english_only(w: &str) -> bool {
    in_set(&lexicon().english_only, w)
}

fn is_french_only(w: &str) -> bool {
    in_set(&lexicon().french_only, w) || lexicon().french_only.contains(w.to_lowercase().as_str())
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Finds residue in one French paragraph, given its tokens.
pub fn find(text: &str, para: Span, tokens: &[Token], out: &mut Vec<Residue>) {
    let toks: Vec<&Token> = tokens.iter().filter(|t| para.contains(t.span)).collect();
    let word = |t: &Token| t.span.slice(text);
    // 1. brackets: "[Russian President Vladimir]", "[It]"
    let mut i = 0;
    while i < toks.len() {
        if word(toks[i]) == "[" {
            if let Some(close) = toks[i + 1..].iter().position(|t| word(t) == "]") {
                let inner = &toks[i + 1..i + 1 + close];
                let words: Vec<&str> = inner.iter().filter(|t| t.kind == TokenKind::Word).map(|t| word(t)).collect();
                let english = words.iter().filter(|w| is_english_only(w)).count();
                let french = words.iter().filter(|w| is_french_only(w)).count();
                if english >= 1 && french == 0 && !inner.is_empty() {
                    out.push(Residue {
                        span: Span::new(toks[i].span.start, toks[i + 1 + close].span.end),
                        lang: "en".into(),
                        cue: "bracketed".into(),
                    });
                }
                i += close + 2;
                continue;
            }
        }
        i += 1;
    }
    // 2. runs of at least two English-only words, one of them lower case and not
    //    flanked by capitalised words on both sides
    let mut k = 0;
    while k < toks.len() {
        if toks[k].kind != TokenKind::Word || !is_english_only(word(toks[k])) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e + 1 < toks.len() && toks[e + 1].kind == TokenKind::Word && is_english_only(word(toks[e + 1])) {
            e += 1;
        }
        let run = e - k + 1;
        let inside_name =
            |j: usize| j > 0 && j + 1 < toks.len() && capitalised(word(toks[j - 1])) && capitalised(word(toks[j + 1]));
        let free_lower = (k..=e).any(|j| !capitalised(word(toks[j])) && !inside_name(j));
        let already = out.iter().any(|r| r.span.overlaps(Span::new(toks[k].span.start, toks[e].span.end)));
        if run >= 2 && free_lower && !already {
            out.push(Residue {
                span: Span::new(toks[k].span.start, toks[e].span.end),
                lang: "en".into(),
                cue: "run".into(),
            });
        }
        k = e + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn residue(t: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        crate::token::tokenize(t, Span::new(0, t.len()), &mut toks);
        let mut out = Vec::new();
        find(t, Span::new(0, t.len()), &toks, &mut out);
        out.iter().map(|r| r.span.slice(t)).collect()
    }

    #[test]
    fn finds_bracketed_and_runs_but_not_names() {
        assert_eq!(
            residue("« À certains égards, cela renforce [Russian President Vladimir] Poutine entre »"),
            vec!["[Russian President Vladimir]"]
        );
        assert_eq!(residue("\"[It] nous donne aux Ukrainiens un peu de répit.\""), vec!["[It]"]);
        assert!(residue("un chercheur au Carnegie Endowment for International Peace.").is_empty());
        assert!(residue("les unités de l'armée [kazakhe] pour rétablir l'ordre").is_empty());
        assert_eq!(residue("Le ministre a dit that the troops would stay."), vec!["that the troops would"]);
    }
}
