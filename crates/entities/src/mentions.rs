//! Entity mentions of an article: the tagger run over its readable sentences,
//! then the role or title kept with each person ("le président kazakh",
//! "M.", "directeur du Russia Institute au King's College de Londres").

use crate::labels::{spans, KINDS};
use crate::models;
use recoupe_model::{Article, EntityKind, EntityMention, ParagraphKind, Span};

/// Titles written before a name; kept as the mention's role, outside its span.
const TITLES: [&str; 16] =
    ["M.", "Mme", "Mmes", "MM.", "Mlle", "Me", "Dr", "Dr.", "Pr", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof."];

/// The language of the paragraph holding `span`, if detected.
fn lang_at(a: &Article, paragraph: usize) -> &str {
    a.layers.languages.iter().find(|l| l.paragraph == paragraph).map_or("fr", |l| l.lang.as_str())
}

/// A cleaned name: token bounds, and the bounds of a title taken off its front.
type Tidied = (usize, usize, Option<(usize, usize)>);

/// Cuts the tagger's span `words[i..j]` to a clean name, or drops it: a title
/// or role word at the front goes to the role ("M.", "Président"), punctuation
/// and lower-case particles at the edges go, a person name stops at a dash,
/// bracket or slash ("Wendy Sherman - le Kremlin"), and a span with no
/// capitalised word (clitics "-t-il", numbers, "remercier") is no name.
/// Returns the new bounds and the index of a title taken off.
fn tidy(words: &[&str], mut i: usize, mut j: usize, kind: EntityKind) -> Option<Tidied> {
    let punct = |w: &str| !w.chars().any(char::is_alphanumeric);
    let lower = |w: &str| w.chars().next().is_some_and(|c| !c.is_uppercase());
    let mut title = None;
    // "King's College" split before "'s": the owner word belongs to the name
    if i > 0 && (words[i].starts_with('\'') || words[i].starts_with('’')) && !lower(words[i - 1]) {
        i -= 1;
    }
    while i < j && (punct(words[i]) || (kind != EntityKind::Per && lower(words[i]))) {
        i += 1;
    }
    // "secrétaire d'État Wendy Sherman": a capitalised institution word before a name
    if kind == EntityKind::Per
        && j - i > 2
        && matches!(words[i], "État" | "Etat" | "Affaires" | "Défense" | "Intérieur")
    {
        i += 1;
    }
    if j - i > 1 && (TITLES.contains(&words[i]) || crate::roles::is_role_word(words[i])) && !lower(words[i + 1]) {
        title = Some((i, i + 1));
        i += 1;
    } else if kind == EntityKind::Per && j - i > 2 {
        // "Valdorian President Anatoly Beryozin": words up to a role word are the role
        if let Some(k) = (i + 1..j - 1).rev().find(|&k| crate::roles::is_role_word(words[k])) {
            if words[k + 1..j].iter().all(|w| !lower(w)) {
                title = Some((i, k + 1));
                i = k + 1;
            }
        }
    }
    if kind == EntityKind::Per {
        if let Some(cut) =
            (i..j).find(|&k| matches!(words[k], "-" | "–" | "—" | "[" | "]" | "/" | "(" | ")" | "," | ":" | "|"))
        {
            j = cut;
        }
    }
    // a person's name ends on a capitalised word; other names may end lower-case
    // ("Union économique eurasiatique") but not on a particle
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "du"
                | "des"
                | "et"
                | "la"
                | "le"
                | "les"
                | "l'"
                | "d'"
                | "l’"
                | "d’"
                | "of"
                | "and"
                | "the"
                | "à"
                | "pour"
        )
    };
    while j > i
        && (punct(words[j - 1])
            || particle(words[j - 1])
            || (kind == EntityKind::Per && lower(words[j - 1]) && !words[j - 1].contains('-')))
    {
        j -= 1;
    }
    if j <= i {
        return None;
    }
    let named = words[i..j].iter().any(|w| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase) && !w.starts_with("-t-") && w.chars().count() > 1
            || w.chars().count() == 1 && w.chars().all(char::is_uppercase) && j - i > 1
    });
    let elision_only = j - i == 1 && (words[i].ends_with('\'') || words[i].ends_with('’'));
    (named && !elision_only).then_some((i, j, title))
}

/// Names of the curated lexicon the tagger missed ("L'Organisation du traité de
/// sécurité collective" at the head of a sentence), matched on tokens.
fn curated_matches(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let names = crate::canon::curated_names();
    let toks = &a.layers.tokens;
    let mut added = Vec::new();
    for s in &a.layers.sentences {
        let Some(p) = a.layers.paragraphs.get(s.paragraph) else { continue };
        if !(p.kind.is_content() || p.kind == ParagraphKind::Caption) {
            continue;
        }
        let lo = toks.partition_point(|t| t.span.start < s.span.start);
        let hi = toks.partition_point(|t| t.span.end <= s.span.end).max(lo);
        let mut i = lo;
        while i < hi {
            let w = toks[i].span.slice(text);
            let mut step = 1;
            if w.starts_with(char::is_uppercase) {
                if let Some(cands) = names.get(recoupe_text::fold::fold_word(w).as_ref()) {
                    for (seq, kind, exact) in cands {
                        let end = i + seq.len();
                        if end > hi {
                            continue;
                        }
                        let same = (i..end)
                            .zip(seq)
                            .all(|(k, x)| recoupe_text::fold::fold_word(toks[k].span.slice(text)) == *x);
                        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
                        if same && (!exact || span.slice(text).chars().all(|c| !c.is_lowercase())) {
                            if !out.iter().any(|m| m.span.overlaps(span)) && a.boilerplate_in(span).next().is_none() {
                                added.push(EntityMention {
                                    span,
                                    kind: *kind,
                                    entity: String::new(),
                                    role: None,
                                    stands_for: None,
                                });
                            }
                            step = seq.len();
                            break;
                        }
                    }
                }
            }
            i += step;
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.span.start);
    }
}

/// One name, one label through the article: a word the tagger gave to a person
/// somewhere (a surname, "Poutine") is a person wherever else it stands
/// capitalised outside another mention ("Poutine a longtemps accusé…", which the
/// tagger missed at the head of a sentence). Runs over the readable sentences'
/// tokens only, so boilerplate stays untouched.
fn consistent_persons(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    // surnames of full names, and one-word names tagged as persons twice
    let mut names: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut single: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for m in out.iter().filter(|m| m.kind == EntityKind::Per) {
        let t = m.span.slice(text);
        let words: Vec<&str> = t.split_whitespace().collect();
        let Some(last) = words.last().copied() else { continue };
        if last.chars().count() <= 2 || !last.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if words.len() > 1 {
            names.insert(last);
        } else {
            *single.entry(last).or_default() += 1;
        }
    }
    names.extend(single.into_iter().filter(|(_, n)| *n >= 2).map(|(w, _)| w));
    if names.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if m.kind != EntityKind::Per && names.contains(m.span.slice(text)) {
            m.kind = EntityKind::Per;
        }
    }
    let covered = |s: Span, out: &[EntityMention]| out.iter().any(|m| m.span.overlaps(s));
    let mut added = Vec::new();
    for s in &a.layers.sentences {
        let Some(p) = a.layers.paragraphs.get(s.paragraph) else { continue };
        if !(p.kind.is_content() || p.kind == ParagraphKind::Caption) {
            continue;
        }
        let lo = a.layers.tokens.partition_point(|t| t.span.start < s.span.start);
        let hi = a.layers.tokens.partition_point(|t| t.span.end <= s.span.end);
        for t in &a.layers.tokens[lo..hi.max(lo)] {
            let w = t.span.slice(text);
            if names.contains(w) && !covered(t.span, out) && a.boilerplate_in(t.span).next().is_none() {
                added.push(EntityMention {
                    span: t.span,
                    kind: EntityKind::Per,
                    entity: String::new(),
                    role: None,
                    stands_for: None,
                });
            }
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.span.start);
    }
}

/// Tags every readable sentence of `a` (content paragraphs and captions, not
/// boilerplate) and fills `a.layers.entities`, with roles; `entity` is left to
/// [`crate::canon`].
pub fn tag_article(a: &mut Article) {
    let mut out = Vec::new();
    let text = &a.text;
    let toks = &a.layers.tokens;
    let mut t0 = 0;
    for s in &a.layers.sentences {
        let Some(p) = a.layers.paragraphs.get(s.paragraph) else { continue };
        if !(p.kind.is_content() || p.kind == ParagraphKind::Caption) {
            continue;
        }
        while t0 < toks.len() && toks[t0].span.start < s.span.start {
            t0 += 1;
        }
        let mut t1 = t0;
        while t1 < toks.len() && toks[t1].span.end <= s.span.end {
            t1 += 1;
        }
        if t1 == t0 {
            continue;
        }
        let sent = &toks[t0..t1];
        let words: Vec<&str> = sent.iter().map(|t| t.span.slice(text)).collect();
        let lang = lang_at(a, s.paragraph);
        let labels = models::tagger(if lang == "en" { "en" } else { "fr" }).tag(&words);
        for (i, j, k) in spans(&labels) {
            let kind = KINDS[k];
            let Some((i, j, title)) = tidy(&words, i, j, kind) else { continue };
            let span = Span::new(sent[i].span.start, sent[j - 1].span.end);
            if a.boilerplate_in(span).next().is_some() {
                continue;
            }
            let title = title
                .or_else(|| (i > 0 && TITLES.contains(&words[i - 1])).then(|| (i - 1, i)))
                .map(|(a, b)| Span::new(sent[a].span.start, sent[b - 1].span.end));
            let role = if kind == EntityKind::Per { crate::roles::role(text, sent, i, j).or(title) } else { None };
            out.push(EntityMention { span, kind, entity: String::new(), role, stands_for: None });
        }
        t0 = t1;
    }
    out.sort_by_key(|m| m.span.start);
    curated_matches(a, &mut out);
    consistent_persons(a, &mut out);
    a.layers.entities = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_cleans_the_edges_of_names() {
        let w = ["au", "King", "'s", "College", "de", "Londres"];
        assert_eq!(tidy(&w, 2, 6, EntityKind::Org).map(|x| (x.0, x.1)), Some((1, 6)));
        let w = ["Jean", "Valmont", ",", "directeur", "du"];
        assert_eq!(tidy(&w, 0, 5, EntityKind::Per).map(|x| (x.0, x.1)), Some((0, 2)));
        let w = ["Organisation", "du", "traité", "de", "sécurité", "collective", ","];
        assert_eq!(tidy(&w, 0, 7, EntityKind::Org).map(|x| (x.0, x.1)), Some((0, 6)));
        let w = ["M.", "Valmont"];
        assert_eq!(tidy(&w, 0, 2, EntityKind::Per), Some((1, 2, Some((0, 1)))));
        let w = ["Valdorian", "President", "Anatoly", "Beryozin"];
        assert_eq!(tidy(&w, 0, 4, EntityKind::Per), Some((2, 4, Some((0, 2)))));
        for bad in [&["-t-il"][..], &["remercier"], &["3", "000"], &["L'"]] {
            assert_eq!(tidy(bad, 0, bad.len(), EntityKind::Org), None, "{bad:?}");
        }
    }
}
