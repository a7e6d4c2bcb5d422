//! Entity mentions of an article: the tagger run over its readable sentences,
//! then the role or title kept with each person ("le président kazakh",
//! "M.", "directeur du Russia Institute au King's College de Londres").

use crate::labels::{spans, KINDS};
use crate::models;
use recoupe_model::{Article, BoilerplateReason, EntityKind, EntityMention, ParagraphKind, Span};

/// Titles written before a name; kept as the mention's role, outside its span.
const TITLES: [&str; 17] = [
    "M.", "Mme", "Mmes", "MM.", "Mlle", "Me", "Mgr", "Dr", "Dr.", "Pr", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
    "Prof.",
];

/// Whether a paragraph is read for names: the running text, captions, and
/// credit lines ("Le correspondant de RFE/RL, X, a contribué à ce rapport"),
/// whose people are real; not navigation, footers or paywall notices.
fn readable(a: &Article, p: &recoupe_model::Paragraph) -> bool {
    p.kind.is_content()
        || p.kind == ParagraphKind::Caption
        || p.kind == ParagraphKind::Boilerplate && a.boilerplate_in(p.span).all(|b| shows_names(b.reason))
}

/// The sentences read for names, as (paragraph, first token, end token), found
/// once for all the passes (a paragraph's readability is decided once too).
fn readable_sentences(a: &Article) -> Vec<(usize, usize, usize)> {
    let toks = &a.layers.tokens;
    let ok: Vec<bool> = a.layers.paragraphs.iter().map(|p| readable(a, p)).collect();
    a.layers
        .sentences
        .iter()
        .filter(|s| ok.get(s.paragraph).copied().unwrap_or(false))
        .map(|s| {
            let lo = toks.partition_point(|t| t.span.start < s.span.start);
            let hi = toks.partition_point(|t| t.span.end <= s.span.end).max(lo);
            (s.paragraph, lo, hi)
        })
        .filter(|&(_, lo, hi)| hi > lo)
        .collect()
}

/// Boilerplate whose people are real mentions: credit lines and photo captions.
fn shows_names(r: BoilerplateReason) -> bool {
    matches!(r, BoilerplateReason::Credit | BoilerplateReason::Caption)
}

/// Whether a span lies in boilerplate that hides names (all but credits and captions).
fn hidden(a: &Article, span: Span) -> bool {
    a.boilerplate_in(span).any(|b| !shows_names(b.reason))
}

/// Whether each paragraph is English (the English model), found once per article
/// rather than by a search per sentence; other languages get the French model.
fn english_paragraphs(a: &Article) -> Vec<bool> {
    let mut en = vec![false; a.layers.paragraphs.len()];
    for l in &a.layers.languages {
        if let Some(x) = en.get_mut(l.paragraph) {
            *x = l.lang == "en";
        }
    }
    en
}

/// The tokens a mention covers, as (first, end): the first token starting at or
/// after the mention's start, and the end past the last token inside it.
fn token_range(toks: &[recoupe_model::Token], span: Span) -> (usize, usize) {
    (toks.partition_point(|t| t.span.start < span.start), toks.partition_point(|t| t.span.end <= span.end))
}

/// A capitalised word with lower case after its first letter: "Saada", not "AFP".
fn capitalised_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
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
    // no person's name holds a digit: it ends before one ("Hillary Clinton 3 points
    // ahead"), or is none ("l'épidémie de Covid-19." at a sentence's end)
    if kind == EntityKind::Per {
        if let Some(d) = (i..j).find(|&k| words[k].bytes().any(|b| b.is_ascii_digit())) {
            j = d;
            while j > i && punct(words[j - 1]) {
                j -= 1;
            }
            if !words[i..j].iter().any(|w| !lower(w) && !punct(w)) {
                return None;
            }
        }
    }
    // the tagger may stop after a title: "M." alone before "Mélenchon"
    if kind == EntityKind::Per && j - i == 1 && TITLES.contains(&words[i]) {
        while j < words.len() && j - i < 4 && !lower(words[j]) && !punct(words[j]) {
            j += 1;
        }
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
        // split at separators; keep the piece most like a name ("RFE/RL, Todd
        // Prince" → "Todd Prince", "Wendy Sherman - le Kremlin" → "Wendy Sherman")
        let sep = |w: &str| matches!(w, "-" | "–" | "—" | "[" | "]" | "/" | "(" | ")" | "," | ":" | ";" | "|");
        if (i..j).any(|k| sep(words[k])) {
            let named = |w: &&&str| {
                let mut c = w.chars();
                c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
            };
            let mut best: Option<(usize, usize, usize)> = None;
            let mut a = i;
            for k in i..=j {
                if k == j || sep(words[k]) {
                    let score = words[a..k].iter().filter(named).count();
                    if k > a && best.is_none_or(|b| score > b.2) {
                        best = Some((a, k, score));
                    }
                    a = k + 1;
                }
            }
            match best {
                Some((a, b, _)) => (i, j) = (a, b),
                None => return None,
            }
        }
    }
    // a verb and its "que" end a name: the tagger ran "Figaro précise que" on to the
    // quote after it
    if kind != EntityKind::Per {
        if let Some(k) = (i + 2..j).find(|&k| matches!(words[k], "que" | "qu'" | "qu’") && lower(words[k - 1])) {
            j = k - 1;
        }
    }
    // a person's name ends on a capitalised word; other names may end lower-case
    // ("Union économique eurasiatique") but not on a particle or a determiner
    // ("au Courrier du Val son avocat")
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
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "un"
                | "une"
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
    // "Premier" (ministre), "Président": a role word alone names no one
    if kind == EntityKind::Per && j - i == 1 && crate::roles::is_role_word(words[i]) {
        return None;
    }
    (named && !elision_only).then_some((i, j, title))
}

/// Names of the curated lexicon the tagger missed ("L'Organisation du traité de
/// sécurité collective" at the head of a sentence), matched on tokens.
fn curated_matches(a: &Article, sentences: &[(usize, usize, usize)], out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let names = crate::canon::curated_names();
    let toks = &a.layers.tokens;
    add_phrases(a, sentences, out, |_, i, hi| {
        let w = toks[i].span.slice(text);
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        for (seq, kind, exact) in names.get(recoupe_text::fold::fold_word(w).as_ref())? {
            let end = i + seq.len();
            if end > hi {
                continue;
            }
            let same = (i..end).zip(seq).all(|(k, x)| recoupe_text::fold::fold_word(toks[k].span.slice(text)) == *x);
            let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
            if same && (!exact || span.slice(text).chars().all(|c| !c.is_lowercase())) {
                return Some((Some(span), end, *kind));
            }
        }
        None
    });
}

/// A phrase found at a token: the span of its mention (none when it is to be
/// passed over: inside a longer name), the token after it, its kind.
type Phrase = (Option<Span>, usize, EntityKind);

/// Adds the phrases `phrase_at` finds on the tokens of the readable sentences
/// (at token `i`, before token `hi`, given the mentions so far) where they are
/// not hidden, making room for them; a phrase found is passed over whole.
fn add_phrases(
    a: &Article,
    sentences: &[(usize, usize, usize)],
    out: &mut Vec<EntityMention>,
    phrase_at: impl Fn(&[EntityMention], usize, usize) -> Option<Phrase>,
) {
    let toks = &a.layers.tokens;
    let mut added = Vec::new();
    for &(_, lo, hi) in sentences {
        let mut i = lo;
        while i < hi {
            let mut step = 1;
            if let Some((span, end, kind)) = phrase_at(out, i, hi) {
                if let Some(span) = span.filter(|&s| !hidden(a, s) && make_room(out, s, toks, &a.text)) {
                    added.push(EntityMention { span, kind, entity: String::new(), role: None, stands_for: None });
                }
                step = end - i;
            }
            i += step;
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.span.start);
    }
}

/// Clears `span` for a curated name: tagger mentions inside it go, one that
/// starts inside it and runs on is cut after it ("RFE/RL Angela Stent" leaves
/// "Angela Stent"). False when a mention starting before it, or a longer one
/// starting with it, overlaps it.
fn make_room(out: &mut Vec<EntityMention>, span: Span, toks: &[recoupe_model::Token], text: &str) -> bool {
    // a longer name from the same word keeps it ("Noursoultan Narzabaïev")
    if out.iter().any(|m| {
        m.span.overlaps(span) && (m.span.start < span.start || m.span.start == span.start && m.span.end > span.end)
    }) {
        return false;
    }
    out.retain(|m| !span.contains(m.span));
    for m in out.iter_mut().filter(|m| m.span.overlaps(span)) {
        let next = toks
            .iter()
            .skip(toks.partition_point(|t| t.span.start < span.end))
            .find(|t| t.span.slice(text).chars().any(char::is_alphanumeric));
        match next {
            Some(t) if t.span.start < m.span.end => m.span.start = t.span.start,
            _ => m.span = Span::new(m.span.end, m.span.end),
        }
    }
    out.retain(|m| !m.span.is_empty());
    true
}

/// People the tagger gave another kind: a name after a role word inside the
/// span ("[Russian President Vladimir"), or capitalised words followed by a
/// comma and a role ("Angela Stent, ancienne officier…").
fn persons_by_role(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let titled = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().count() > 0
            && c.all(|x| x.is_lowercase() || x == '-' || x == '\'')
    };
    // "l'AFP David Julliard", "la CFDT Laurent Berger": a given name inside
    // another name starts a person; "du Parisien Ava Djamshidi": before a given
    // name, a person's span sheds what is not a name
    let mut split = Vec::new();
    for m in out.iter_mut() {
        let (lo, hi) = token_range(toks, m.span);
        let hi = hi.max(lo);
        let words: Vec<&str> = toks[lo..hi].iter().map(|t| t.span.slice(text)).collect();
        // "Carrie Lam" as MISC: a given name and a capitalised word are a person
        if words.len() == 2
            && m.kind != EntityKind::Per
            && crate::models::is_first_name(words[0])
            && words.iter().all(|w| titled(w))
            && !org_head("fr", &recoupe_text::fold::fold_word(words[0]))
            && !org_head("en", &recoupe_text::fold::fold_word(words[1]))
        {
            m.kind = EntityKind::Per;
            continue;
        }
        // "la jeune Suédoise Greta Thunberg": a nationality before the name is her role
        if words.len() >= 3
            && m.kind == EntityKind::Per
            && crate::lexicon::is_french_demonym(words[0])
            && words[1..].iter().all(|w| titled(w))
        {
            m.role = Some(toks[lo].span);
            m.span.start = toks[lo + 1].span.start;
            continue;
        }
        if words.len() < 3 || crate::models::is_first_name(words[0]) {
            continue;
        }
        // "l'AFP Gaëtan Gentil, chef étoilé": a known acronym, then a two-word name
        let acronym = |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|x| x.is_ascii_uppercase());
        let known = |w: &str| crate::canon::curated().contains_key(&crate::canon::key(w));
        let after_comma_role = toks.get(hi).is_some_and(|t| t.span.slice(text) == ",")
            && toks.get(hi + 1).is_some_and(|t| crate::roles::is_role_word(t.span.slice(text)));
        let by_acronym = words.len() == 3
            && acronym(words[0])
            && (known(words[0]) || after_comma_role)
            && words[1..].iter().all(|w| titled(w));
        // (our own list of given names too: "Paris Rémy Heitz" is a place and a person)
        let first_name_at = (1..words.len() - 1)
            .find(|&k| crate::models::is_first_name(words[k]) || crate::models::is_listed_given_name(words[k]));
        let Some(k) = first_name_at.or(by_acronym.then_some(1)) else { continue };
        if !(2..=3).contains(&(words.len() - k)) || !words[k..].iter().all(|w| titled(w)) {
            continue;
        }
        let person = Span::new(toks[lo + k].span.start, m.span.end);
        if m.kind == EntityKind::Per {
            m.span = person;
        } else {
            // what stays of the other name loses a trailing particle or title ("l'AFP Me")
            let mut e = k;
            while e > 0
                && (TITLES.contains(&words[e - 1])
                    || words[e - 1] == "Me"
                    || matches!(
                        words[e - 1],
                        "de" | "du" | "des" | "d'" | "d’" | "la" | "le" | "l'" | "l’" | "et" | "à"
                    ))
            {
                e -= 1;
            }
            m.span = if e == 0 {
                Span::new(m.span.start, m.span.start)
            } else {
                Span::new(m.span.start, toks[lo + e - 1].span.end)
            };
            split.push(EntityMention {
                span: person,
                kind: EntityKind::Per,
                entity: String::new(),
                // "Le procureur de Paris Rémy Heitz": the role runs over the place
                role: crate::roles::role(text, toks, lo + k, hi),
                stands_for: None,
            });
        }
    }
    if !split.is_empty() {
        out.retain(|m| !m.span.is_empty());
        out.extend(split);
        out.sort_by_key(|m| m.span.start);
    }
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        let (lo, hi) = token_range(toks, m.span);
        let hi = hi.max(lo);
        let words: Vec<&str> = toks[lo..hi].iter().map(|t| t.span.slice(text)).collect();
        if words.is_empty() {
            continue;
        }
        if let Some(k) = (0..words.len() - 1).rev().find(|&k| crate::roles::is_role_word(words[k])) {
            if words[k + 1..].iter().all(|w| titled(w)) {
                m.role = Some(Span::new(m.span.start, toks[lo + k].span.end));
                m.span.start = toks[lo + k + 1].span.start;
                m.kind = EntityKind::Per;
                continue;
            }
        }
        let after: Vec<&str> = toks[hi..].iter().take(3).map(|t| t.span.slice(text)).collect();
        let role_follows = after.first() == Some(&",")
            && after[1..].iter().take(2).any(|w| crate::roles::is_role_word(w.trim_start_matches(['l', '\'', '’'])));
        // one word only when it is a given name ("Renaud, professeur…", not a brand)
        let name_like = words.len() >= 2 || crate::models::is_first_name(words[0]);
        if words.len() <= 3 && name_like && words.iter().all(|w| titled(w)) && role_follows {
            m.kind = EntityKind::Per;
        }
    }
}

/// Names the tagger missed after a role: "le milliardaire japonais Yusaku
/// Maezawa" (a role noun, at most one lower-case word, then two or three
/// capitalised words outside any mention); and a given name alone before a role
/// in apposition ("Renaud, professeur de…").
fn persons_after_roles(a: &Article, sentences: &[(usize, usize, usize)], out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let titled = |w: &str| titled(w, char::is_lowercase);
    let mut added = Vec::new();
    for &(_, lo, hi) in sentences {
        let w = |k: usize| toks[k].span.slice(text);
        for k in lo..hi {
            if !w(k).starts_with(char::is_lowercase) || !crate::roles::is_role_word(w(k)) {
                continue;
            }
            let mut n = k + 1;
            if n < hi && w(n).starts_with(char::is_lowercase) && !crate::roles::is_role_word(w(n)) && w(n).len() > 3 {
                n += 1;
            }
            let first = n;
            while n < hi && n - first < 4 && titled(w(n)) {
                n += 1;
            }
            if !(2..=3).contains(&(n - first)) {
                continue;
            }
            let span = Span::new(toks[first].span.start, toks[n - 1].span.end);
            if out.iter().any(|m| m.span.overlaps(span)) || hidden(a, span) {
                continue;
            }
            let role = Some(Span::new(toks[k].span.start, toks[first - 1].span.end));
            added.push(EntityMention { span, kind: EntityKind::Per, entity: String::new(), role, stands_for: None });
        }
    }
    // "Renaud, professeur de sciences économiques…", "Thierry, 44 ans, chauffeur":
    // a known given name alone, outside any mention, with a role in apposition
    for &(_, lo, hi) in sentences {
        let w = |k: usize| toks[k].span.slice(text);
        for k in lo..hi.saturating_sub(2) {
            if !titled(w(k)) || !crate::models::is_first_name(w(k)) || w(k + 1) != "," {
                continue;
            }
            let mut r = k + 2;
            // an age first: "44 ans,"
            if r + 2 < hi && w(r).bytes().all(|b| b.is_ascii_digit()) && w(r + 1) == "ans" && w(r + 2) == "," {
                r += 3;
            }
            let Some(role_at) = (r..(r + 2).min(hi)).find(|&x| crate::roles::is_role_word(w(x))) else { continue };
            let span = toks[k].span;
            if out.iter().chain(&added).any(|m| m.span.overlaps(span)) || hidden(a, span) {
                continue;
            }
            // the apposition runs to the next comma, else to the sentence's end
            let end = (role_at..hi).find(|&x| w(x) == ",").unwrap_or(hi);
            let role = Some(Span::new(toks[r].span.start, toks[end - 1].span.end));
            added.push(EntityMention { span, kind: EntityKind::Per, entity: String::new(), role, stands_for: None });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.span.start);
    }
}

/// The capitalised portfolio of a ministry or an office, as French writes it
/// before the holder's name: "le ministre de l'Intérieur Christophe X".
fn is_portfolio(w: &str) -> bool {
    matches!(
        recoupe_text::fold::fold_word(w).as_ref(),
        "interieur"
            | "sante"
            | "justice"
            | "economie"
            | "education"
            | "culture"
            | "travail"
            | "armees"
            | "defense"
            | "agriculture"
            | "ecologie"
            | "budget"
            | "logement"
            | "transports"
            | "sports"
            | "finances"
            | "environnement"
            | "industrie"
            | "numerique"
            | "solidarites"
            | "outre-mer"
            | "etat"
            | "commerce"
            | "energie"
            | "recherche"
    )
}

/// A word of two chars or more that opens with a capital, the others passing
/// `rest` or being hyphens ("Rémy", "Jean-Luc"; with `char::is_alphabetic`, "McDonald").
fn titled(w: &str, rest: fn(char) -> bool) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.clone().count() > 0 && c.all(|x| rest(x) || x == '-')
}

/// "le ministre de l'Intérieur Christophe X", "de la Justice Bill Y": the tagger
/// reads the portfolio and the given name as one group; a known given name and
/// the capitalised words after it are the person, the portfolio ends the role.
fn portfolio_before_name(a: &Article, sentences: &[(usize, usize, usize)], out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let titled = |w: &str| titled(w, char::is_alphabetic);
    let mut changed = false;
    for &(_, lo, hi) in sentences {
        let w = |k: usize| toks[k].span.slice(text);
        for k in lo + 1..hi.saturating_sub(2) {
            let complement = matches!(w(k - 1), "de" | "du" | "des" | "l'" | "l’" | "la" | "d'" | "d’");
            if !complement || !is_portfolio(w(k)) || !crate::models::is_first_name(w(k + 1)) || !titled(w(k + 2)) {
                continue;
            }
            // only where one mention holds both the portfolio and the given name
            let (p, g) = (toks[k].span, toks[k + 1].span);
            if !out.iter().any(|m| m.span.contains(p) && m.span.contains(g)) {
                continue;
            }
            let mut n = k + 2;
            while n < hi && n - (k + 1) < 4 && titled(w(n)) {
                n += 1;
            }
            let span = Span::new(g.start, toks[n - 1].span.end);
            out.retain(|m| !m.span.overlaps(Span::new(p.start, span.end)));
            let sent = &toks[lo..hi];
            let role = crate::roles::role(text, sent, k + 1 - lo, n - lo);
            out.push(EntityMention { span, kind: EntityKind::Per, entity: String::new(), role, stands_for: None });
            changed = true;
        }
    }
    if changed {
        out.sort_by_key(|m| m.span.start);
    }
}

/// Words of a photo credit that name an institution, not a photographer.
const CREDIT_BODIES: [&str; 22] = [
    "ministry",
    "ministere",
    "defence",
    "defense",
    "press",
    "service",
    "handout",
    "pool",
    "office",
    "agency",
    "presidency",
    "presidence",
    "government",
    "gouvernement",
    "tv",
    "news",
    "agence",
    "photo",
    "photos",
    "dr",
    "archives",
    "afp",
];

/// Photo credits of captions: "(KIRILL KUDRYAVTSEV / AFP)", "Photo: Anna Kovac/Northern
/// Ledger". The tagger reads capitals badly, so the credit's grammar decides:
/// the words before the slash are the photographer (a person, unless they name
/// an institution), the words after it the agency or outlet.
fn photo_credits(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let mut found = Vec::new();
    for p in &a.layers.paragraphs {
        let caption = p.kind == ParagraphKind::Caption
            || a.boilerplate_in(p.span).any(|b| b.reason == BoilerplateReason::Caption);
        if !caption {
            continue;
        }
        let lo = toks.partition_point(|t| t.span.start < p.span.start);
        let hi = toks.partition_point(|t| t.span.end <= p.span.end).max(lo);
        let w = |k: usize| toks[k].span.slice(text);
        // the credit: after the last "(" or "Photo :" of the caption
        let Some(open) = (lo..hi).rev().find(|&k| w(k) == "(" || w(k).eq_ignore_ascii_case("photo")) else { continue };
        let mut start = open + 1;
        if start < hi && w(start) == ":" {
            start += 1;
        }
        let end = (start..hi).find(|&k| w(k) == ")").unwrap_or(hi);
        let Some(slash) = (start..end).find(|&k| w(k) == "/") else {
            if w(open) != "(" {
                found.push((start, end, EntityKind::Per));
            }
            continue;
        };
        found.push((start, slash, EntityKind::Per));
        found.push((slash + 1, end, EntityKind::Org));
        out.retain(|m| {
            m.span.end <= toks[start.min(hi - 1)].span.start || m.span.start >= toks[end.max(start + 1) - 1].span.end
        });
    }
    for (i, j, kind) in found {
        if j <= i || j - i > 4 {
            continue;
        }
        let words: Vec<&str> = (i..j).map(|k| toks[k].span.slice(text)).collect();
        if !words.iter().all(|x| x.starts_with(char::is_uppercase)) {
            continue;
        }
        let body = words.iter().any(|x| CREDIT_BODIES.contains(&recoupe_text::fold::fold_word(x).as_ref()));
        let kind = if kind == EntityKind::Per && (body || words.len() < 2) { EntityKind::Org } else { kind };
        let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
        if !out.iter().any(|m| m.span.overlaps(span)) {
            out.push(EntityMention { span, kind, entity: String::new(), role: None, stands_for: None });
        }
    }
    out.sort_by_key(|m| m.span.start);
}

static ORG_HEADS: &str = include_str!("../../../data/lexicon/org_heads.txt");

/// Whether `w` (folded) is an organisation head noun in `lang` ("fr": first word,
/// "en": last word).
pub fn org_head(lang: &str, w: &str) -> bool {
    use std::sync::OnceLock;
    static H: OnceLock<std::collections::HashSet<(&'static str, &'static str)>> = OnceLock::new();
    H.get_or_init(|| ORG_HEADS.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect())
        .contains(&(lang, w))
}

/// Joins mentions the tagger cut in two with nothing between them ("Northern
/// Security" + "Pact"), and makes a name an organisation when its head says so
/// ("Washington Post", "Pacte du Nord", "Baltic Policy Centre").
fn organisations(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let titled = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-');
    let folded = |w: &str| recoupe_text::fold::fold_word(w).into_owned();
    let is_org = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        match (words.first(), words.last()) {
            (Some(f), Some(l)) => org_head("fr", &folded(f)) || org_head("en", &folded(l)),
            _ => false,
        }
    };
    let mut merged: Vec<EntityMention> = Vec::with_capacity(out.len());
    for m in out.drain(..) {
        if let Some(last) = merged.last_mut() {
            if last.span.end <= m.span.start {
                let between = &text[last.span.end..m.span.start];
                let words: Vec<&str> = between.split_whitespace().collect();
                let spaced = between.starts_with(' ') && between.ends_with(' ') && !between.contains("  ");
                let joined = text[last.span.start..m.span.end].to_string();
                // "Northern Security" + "Pact"; "Northern" Security "Pact"; "Pacte" de sécurité du "Nord"
                let glue = between == " "
                    || spaced && words.len() <= 2 && words.iter().all(|w| titled(w)) && is_org(&joined)
                    || spaced
                        && words.len() <= 4
                        && org_head("fr", &folded(last.span.slice(text).split_whitespace().next().unwrap_or("")))
                        && words.iter().all(|w| {
                            w.starts_with(char::is_lowercase) && !w.contains(['\'', '’']) || matches!(*w, "d'" | "l'")
                        })
                        && words.first().is_some_and(|w| matches!(*w, "de" | "du" | "des" | "pour"));
                if glue && !(last.kind == EntityKind::Per && m.kind == EntityKind::Per && between != " ") {
                    last.span.end = m.span.end;
                    if last.kind == EntityKind::Per && m.kind != EntityKind::Per {
                        last.kind = m.kind;
                    }
                    continue;
                }
            }
        }
        merged.push(m);
    }
    for m in &mut merged {
        // a head noun right after the name ("Northern Security" Pact)
        let after = &text[m.span.end..];
        if let Some(next) = after.strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphabetic()).next()) {
            if !next.is_empty() && titled(next) && org_head("en", &folded(next)) {
                m.span.end += 1 + next.len();
            }
        }
        // "l'association Ferus", "le syndicat Alliance": a group's head noun before the name
        let before = text[..m.span.start].trim_end();
        let head = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let det = before[..before.len() - head.len()].trim_end();
        let with_det =
            det.ends_with(['\'', '’']) || det.ends_with(" le") || det.ends_with(" la") || det.ends_with(" du");
        let group_before = head.starts_with(char::is_lowercase)
            && with_det
            && matches!(
                folded(head).as_str(),
                "association" | "syndicat" | "collectif" | "fondation" | "ong" | "parti" | "mouvement"
            );
        if is_org(m.span.slice(text)) || group_before {
            m.kind = EntityKind::Org;
            m.role = None;
        }
    }
    // a mention inside another's role ("Valdorian" in "Valdorian President X") is the role's
    let roles: Vec<Span> = merged.iter().filter_map(|m| m.role).collect();
    merged.retain(|m| !roles.iter().any(|r| r.contains(m.span)));
    *out = merged;
}

/// A capitalised word alone at the head of a sentence is a common word when the
/// article also writes it in lower case ("Troops from the Pact…" beside
/// "troops"): no name.
fn sentence_initial_common_words(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    // sentence starts, and words after a dateline's dash ("STAVROGRAD, March 4 (Wire) - Troops")
    let mut starts: std::collections::HashSet<usize> = a.layers.sentences.iter().map(|s| s.span.start).collect();
    for w in a.layers.tokens.windows(2) {
        if matches!(w[0].span.slice(text), "-" | "–" | "—") {
            starts.insert(w[1].span.start);
        }
    }
    let lower: std::collections::HashSet<&str> =
        a.layers.tokens.iter().map(|t| t.span.slice(text)).filter(|w| w.starts_with(char::is_lowercase)).collect();
    out.retain(|m| {
        let w = m.span.slice(text);
        if !starts.contains(&m.span.start) || w.contains(' ') {
            return true;
        }
        let low = w.to_lowercase();
        !(w.chars().skip(1).all(char::is_lowercase) && lower.contains(low.as_str()))
    });
}

/// A title left at the front of a person's name by a later pass ("M. Linick")
/// goes to the role.
fn titles_out(a: &Article, out: &mut [EntityMention]) {
    for m in out.iter_mut().filter(|m| m.kind == EntityKind::Per) {
        let t = m.span.slice(&a.text);
        if let Some((first, rest)) = t.split_once(' ') {
            if TITLES.contains(&first) && !rest.is_empty() {
                m.role.get_or_insert(Span::new(m.span.start, m.span.start + first.len()));
                m.span.start += first.len() + 1;
            }
        }
    }
}

/// A person's name after the noun of a place or an institution is that place's
/// or institution's name: "l'hôpital Albert-Schweitzer", "le lycée Jean-Moulin",
/// "rue Nicolas Appert". (Not after a role of the institution: "le président de
/// l'université Philippe X" is a person.)
fn named_after_a_person(a: &Article, out: &mut [EntityMention]) {
    let text = &a.text;
    for m in out.iter_mut().filter(|m| m.kind == EntityKind::Per) {
        let before = text[..m.span.start].trim_end_matches(' ');
        if before.len() == text[..m.span.start].len() {
            continue;
        }
        let mut words = before.rsplit(' ');
        let last = words.next().unwrap_or("");
        let noun = ["l'", "l’", "d'", "d’"].iter().find_map(|p| last.strip_prefix(p)).unwrap_or(last);
        let kind = match noun.to_lowercase().as_str() {
            "hôpital" | "hopital" | "collège" | "lycée" | "école" | "université" | "institut" | "fondation"
            | "clinique" | "musée" | "théâtre" => EntityKind::Org,
            "rue" | "avenue" | "boulevard" | "quai" | "aéroport" | "gare" | "stade" | "porte-avions" => {
                EntityKind::Loc
            }
            _ => continue,
        };
        // (a role in lower case: the role reader folds the word itself)
        let role_before = words.take(3).any(|w| w.starts_with(char::is_lowercase) && crate::roles::is_role_word(w));
        if !role_before {
            m.kind = kind;
            m.role = None;
        }
    }
}

/// A group's or a title's name that runs on over an article and a role in lower
/// case ends before them: the tagger ran "sur Twitter le gouverneur de Louisiane" and
/// "au Figaro la secrétaire d'État" on from the medium to the speaker's role (a name
/// after the role was taken out by `persons_by_role`).
fn medium_before_a_role(a: &Article, out: &mut [EntityMention]) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        let (i, j) = token_range(toks, m.span);
        let cut = (i + 1..j.saturating_sub(1)).find(|&k| {
            let next = toks[k + 1].span.slice(text);
            matches!(toks[k].span.slice(text), "la" | "le" | "l'" | "l’" | "les")
                && next.starts_with(char::is_lowercase)
                && crate::roles::is_role_word(next)
        });
        // (k > i: the name keeps its first word at least)
        if let Some(k) = cut {
            m.span.end = toks[k - 1].span.end;
        }
    }
}

/// The French civil titles before a name.
const CIVIL_TITLES: [&str; 4] = ["M.", "Mme", "Mlle", "Mgr"];

/// A name right after a French civil title is a person's, whatever the tagger
/// or the gazetteer made of it: "a regretté M. Lussac", "M. Vienne a ajouté" (a
/// town of that name). A span kept twice is kept once, a person's first.
fn titled_persons(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Per && !m.span.slice(text).contains(' ')) {
        // (and its particle: "M. de Rugy", "Mme d'Ornano")
        let before = &text[..m.span.start];
        let particle = ["de ", "d'", "d’", "du "].iter().find(|p| before.ends_with(**p)).map_or(0, |p| p.len());
        let before = &before[..before.len() - particle];
        let Some(title) = CIVIL_TITLES.iter().find(|t| before.strip_suffix(' ').is_some_and(|b| b.ends_with(**t)))
        else {
            continue;
        };
        let at = before.len() - title.len() - 1;
        // the title a word of its own ("AM. " is none)
        if text[..at].chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        m.kind = EntityKind::Per;
        m.span.start -= particle;
        m.role = Some(Span::new(at, at + title.len()));
    }
    // (or took with the name for a group's: "M. de Valmont")
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        let t = m.span.slice(text);
        let Some(title) = CIVIL_TITLES.iter().find(|x| t.strip_prefix(**x).is_some_and(|r| r.starts_with(' '))) else {
            continue;
        };
        let rest = &t[title.len() + 1..];
        let name = rest.strip_prefix("de ").or_else(|| rest.strip_prefix("d'")).unwrap_or(rest);
        if name.starts_with(char::is_uppercase) && name.split(' ').count() <= 3 {
            m.kind = EntityKind::Per;
            m.role = Some(Span::new(m.span.start, m.span.start + title.len()));
            m.span.start += title.len() + 1;
        }
    }
    // (a title the tagger took alone for a name: "M." before "de Rugy")
    out.retain(|m| !CIVIL_TITLES.contains(&m.span.slice(text)));
    // (passes may also give one span twice: "Blé Goudé" a person and a place)
    out.sort_by_key(|m| (m.span.start, m.span.end, m.kind != EntityKind::Per));
    out.dedup_by_key(|m| m.span);
}

/// The words before a company's name (folded): "l'usine X", "le groupe X", "les
/// salariés de X".
const COMPANY_BEFORE: [&str; 14] = [
    "l'usine",
    "le groupe",
    "l'entreprise",
    "la societe",
    "la firme",
    "la marque",
    "le constructeur",
    "le fabricant",
    "dirigeants de",
    "salaries de",
    "the company",
    "the firm",
    "l'equipementier",
    "le pneumaticien",
];

/// One name, one label through the article: a word the tagger gave to a person
/// somewhere (a surname, "Poutine") is a person wherever else it stands
/// capitalised outside another mention ("Poutine a longtemps accusé…", which the
/// tagger missed at the head of a sentence). Runs over the readable sentences'
/// tokens only, so boilerplate stays untouched.
fn consistent_persons(a: &Article, sentences: &[(usize, usize, usize)], out: &mut Vec<EntityMention>) {
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
    // (not a company's name the text gives as one: "l'usine Bridgestone", "les
    // dirigeants de Bridgestone"; its person tags are the tagger's mistake)
    let folded = if single.is_empty() { String::new() } else { recoupe_text::fold::fold_str(text) };
    let company = |w: &str| {
        let w = recoupe_text::fold::fold_str(w);
        // (the whole word: "le groupe Fontanel" is not "le groupe Fontanelli")
        COMPANY_BEFORE.iter().any(|before| {
            let phrase = format!("{before} {w}");
            folded
                .match_indices(&phrase)
                .any(|(at, _)| !folded[at + phrase.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-'))
        })
    };
    let companies: Vec<&str> = single.keys().copied().filter(|w| company(w)).collect();
    for m in out.iter_mut() {
        if m.kind == EntityKind::Per && companies.contains(&m.span.slice(text)) {
            m.kind = EntityKind::Org;
        }
    }
    names.extend(single.into_iter().filter(|(w, n)| *n >= 2 && !companies.contains(w)).map(|(w, _)| w));
    // a surname that is also a place (Washington, Jordan) is not spread: the
    // place is the likelier reading elsewhere
    names.retain(|w| !crate::models::is_place_word(w));
    if names.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if m.kind != EntityKind::Per && names.contains(m.span.slice(text)) {
            m.kind = EntityKind::Per;
        }
    }
    spread(a, sentences, &names, EntityKind::Per, out);
}

/// Tags as `kind` every token of the readable sentences that is one of `names`
/// and lies outside the mentions already there.
fn spread(
    a: &Article,
    sentences: &[(usize, usize, usize)],
    names: &std::collections::HashSet<&str>,
    kind: EntityKind,
    out: &mut Vec<EntityMention>,
) {
    let covered = |s: Span, out: &[EntityMention]| out.iter().any(|m| m.span.overlaps(s));
    let mut added = Vec::new();
    for &(_, lo, hi) in sentences {
        for t in &a.layers.tokens[lo..hi] {
            if names.contains(t.span.slice(&a.text)) && !covered(t.span, out) && !hidden(a, t.span) {
                added.push(EntityMention { span: t.span, kind, entity: String::new(), role: None, stands_for: None });
            }
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.span.start);
    }
}

/// A person tagged by the given name alone ("Jean-Michel" in "a dit
/// Jean-Michel Blanquer sur Europe 1") takes the capitalised word after it:
/// the tagger stopped short of the surname.
fn surnames_after_given_names(a: &Article, sentences: &[(usize, usize, usize)], out: &mut [EntityMention]) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    for &(_, lo, hi) in sentences {
        for k in lo..hi.saturating_sub(1) {
            let (t, next) = (&toks[k], &toks[k + 1]);
            let Some(i) = out.iter().position(|m| m.kind == EntityKind::Per && m.span == t.span) else { continue };
            let given = t.span.slice(text);
            let w = next.span.slice(text);
            let surname = w.chars().count() >= 3
                && w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && next.span.start == t.span.end + 1
                && !crate::models::is_place_word(w)
                && !crate::models::is_listed_given_name(w)
                && !org_head("fr", &recoupe_text::fold::fold_word(w))
                && !org_head("en", &recoupe_text::fold::fold_word(w))
                && recoupe_text::dates::month_number(w).is_none();
            let free = !out.iter().any(|m| m.span.overlaps(next.span));
            if (crate::models::is_listed_given_name(given) || crate::models::is_first_name(given)) && surname && free {
                out[i].span.end = next.span.end;
                // a surname with a particle goes on: "Maréchal-Le Pen", "Van Damme"
                let mut j = k + 2;
                while j < hi {
                    let last = &text[toks[j - 1].span.start..toks[j - 1].span.end];
                    let particle = ["-Le", "-La", "-De"].iter().any(|p| last.ends_with(p))
                        || matches!(
                            last,
                            "Le" | "La" | "De" | "Van" | "Von" | "Di" | "Da" | "Del" | "Ben" | "El" | "Al"
                        );
                    let w = toks[j].span.slice(text);
                    if !(particle
                        && w.starts_with(char::is_uppercase)
                        && toks[j].span.start == toks[j - 1].span.end + 1)
                    {
                        break;
                    }
                    out[i].span.end = toks[j].span.end;
                    j += 1;
                }
            }
        }
    }
}

/// A person's surname tagged without the given name before it, as at the head
/// of a sentence where "Marine" may be a common word: "Marine Le Pen a jugé"
/// was "Pen". A listed given name, and a particle ("Le", "De", "Van"), join it.
fn given_names_before_surnames(a: &Article, sentences: &[(usize, usize, usize)], out: &mut [EntityMention]) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let particle =
        |w: &str| matches!(w, "Le" | "La" | "De" | "Du" | "Van" | "Von" | "Di" | "Da" | "Del" | "Ben" | "El" | "Al");
    for &(_, lo, hi) in sentences {
        for k in lo + 1..hi {
            let Some(i) = out.iter().position(|m| {
                matches!(m.kind, EntityKind::Per | EntityKind::Org | EntityKind::Misc)
                    && m.span.start == toks[k].span.start
            }) else {
                continue;
            };
            let adjacent = |j: usize| toks[j].span.end + 1 == toks[j + 1].span.start;
            let mut j = k - 1;
            if particle(toks[j].span.slice(text)) && j > lo && adjacent(j) {
                j -= 1;
            }
            let given = toks[j].span.slice(text);
            let covered = out.iter().any(|m| m.span.overlaps(toks[j].span));
            let capitalised = given.starts_with(char::is_uppercase);
            // (a first name of the gazetteer too before a name the tagger left as a
            // person or a thing, "Adriana Armas"; before a group, ours only)
            // (or a compound of given names: "Pierre-André")
            let compound = given.contains('-')
                && given.split('-').all(|x| crate::models::is_listed_given_name(x) || crate::models::is_first_name(x));
            let known = crate::models::is_listed_given_name(given)
                || compound
                || j + 1 == k
                    && matches!(out[i].kind, EntityKind::Per | EntityKind::Misc)
                    && crate::models::is_first_name(given)
                    && !crate::models::is_place_word(given);
            if j < k && adjacent(j) && !covered && capitalised && known {
                out[i].span.start = toks[j].span.start;
                out[i].kind = EntityKind::Per;
            }
        }
    }
}

/// A group the tagger ran on into a person's given name: "la ministre déléguée à
/// l'Industrie Agnès X" gave a group "Industrie Agnès" and no person. The given
/// name and the capitalised word after it are the person; the group keeps the rest.
fn given_name_glued_to_a_group(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let mut people = Vec::new();
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        let (first, end) = token_range(toks, m.span);
        if end < first + 2 || end >= toks.len() {
            continue;
        }
        let given = toks[end - 1].span.slice(text);
        let surname = toks[end].span;
        let glued = toks[end - 1].span.end + 1 == surname.start;
        if glued
            && crate::models::is_listed_given_name(given)
            && !crate::models::is_place_word(given)
            && capitalised_word(surname.slice(text))
        {
            people.push(Span::new(toks[end - 1].span.start, surname.end));
            m.span.end = toks[end - 2].span.end;
        }
    }
    for span in people {
        if !out.iter().any(|m| m.span.overlaps(span) && m.kind == EntityKind::Per) {
            out.push(EntityMention {
                span,
                kind: EntityKind::Per,
                entity: String::new(),
                role: None,
                stands_for: None,
            });
        }
    }
    out.sort_by_key(|m| m.span.start);
}

/// A wire agency the tagger ran into the name after it ("a déclaré à l'AFP
/// Mukhaimer Abou Saada, professeur"): the agency alone is the group, the two to
/// four capitalised words after it a person.
fn agency_glued_to_a_name(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let lx = recoupe_text::lexicon::lexicon();
    let mut people = Vec::new();
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        let (first, end) = token_range(toks, m.span);
        if end < first + 3 || end > first + 5 || !lx.is_agency(toks[first].span.slice(text)) {
            continue;
        }
        if toks[first + 1..end].iter().all(|t| capitalised_word(t.span.slice(text))) {
            people.push(Span::new(toks[first + 1].span.start, m.span.end));
            m.span.end = toks[first].span.end;
            m.kind = EntityKind::Org;
        }
    }
    for span in people {
        out.push(EntityMention { span, kind: EntityKind::Per, entity: String::new(), role: None, stands_for: None });
    }
    out.sort_by_key(|m| m.span.start);
}

/// Two people the tagger ran into one name, with no comma between them
/// ("l'avocat de Patrick Balkany Romain Dieudonné a…"): four words, a given name
/// and a surname twice, are two persons.
fn two_people_in_one(a: &Article, out: &mut Vec<EntityMention>) {
    let text = &a.text;
    let toks = &a.layers.tokens;
    let mut second = Vec::new();
    for m in out.iter_mut().filter(|m| m.kind == EntityKind::Per) {
        let (first, end) = token_range(toks, m.span);
        if end != first + 4 {
            continue;
        }
        let w: Vec<&str> = toks[first..end].iter().map(|t| t.span.slice(text)).collect();
        // single words a space apart, each capitalised
        let spaced = toks[first..end].windows(2).all(|p| p[0].span.end + 1 == p[1].span.start);
        let name_like = |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
        let given = |w: &str| crate::models::is_listed_given_name(w) && !crate::models::is_place_word(w);
        if spaced && w.iter().all(|x| name_like(x)) && given(w[0]) && given(w[2]) && !given(w[1]) && !given(w[3]) {
            second.push(Span::new(toks[first + 2].span.start, m.span.end));
            m.span.end = toks[first + 1].span.end;
        }
    }
    for span in second {
        out.push(EntityMention { span, kind: EntityKind::Per, entity: String::new(), role: None, stands_for: None });
    }
    out.sort_by_key(|m| m.span.start);
}

/// The outlets of our list whose names have two words or more, found in the text
/// whatever the tagger made of them ("Europe 1" is no place "Europe", "Paris
/// Match" no "Paris" and "Match", "Le Parisien" opening a sentence no lost
/// word): the words as written, but for an article in lower case ("selon le
/// Parisien"). Not the names that are also places ("La Provence", "la
/// Meuse"), nor inside a longer name ("La Tribune de Genève").
fn outlet_phrases(a: &Article, sentences: &[(usize, usize, usize)], out: &mut Vec<EntityMention>) {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    /// First word → the names' words, longest first.
    static NAMES: OnceLock<HashMap<String, Vec<Vec<String>>>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut m: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for n in recoupe_text::lexicon::lexicon().outlets.values() {
            if matches!(*n, "La Provence" | "La Montagne" | "La Meuse" | "Sud Ouest") {
                continue;
            }
            let mut toks = Vec::new();
            recoupe_text::token::tokenize(n, Span::new(0, n.len()), &mut toks);
            let words: Vec<String> = toks.iter().map(|t| t.span.slice(n).to_string()).collect();
            // (a name of one word only when it is no common word nor an acronym the
            // tagger reads: "Mediapart", "franceinfo" and "Franceinfo", "Nice-Matin"; not
            // "Capital", "Orange", "Voici", "la Libération" of 1944)
            if words.len() == 1 {
                let w = words[0].as_str();
                let common = matches!(w, "Capital" | "Closer" | "Gala" | "Orange" | "Voici" | "Libération" | "Libé");
                let acronym = w.chars().filter(|c| c.is_uppercase()).count() > 1 && !w.contains('-');
                if common || acronym || w.starts_with("L'") {
                    continue;
                }
                // (and capitalised, as a sentence opens with it: "Franceinfo précise")
                let mut chars = w.chars();
                if let Some(first) = chars.next().filter(|ch| ch.is_lowercase()) {
                    let cap: String = first.to_uppercase().chain(chars).collect();
                    m.entry(cap.clone()).or_default().push(vec![cap]);
                }
                m.entry(w.to_string()).or_default().push(words);
                continue;
            }
            let first = words[0].clone();
            if matches!(first.as_str(), "Le" | "La" | "Les" | "L'") {
                let mut lower = words.clone();
                lower[0] = first.to_lowercase();
                m.entry(lower[0].clone()).or_default().push(lower);
            }
            m.entry(first).or_default().push(words);
        }
        for v in m.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        m
    });
    let lower_firsts: Vec<&str> =
        names.keys().map(String::as_str).filter(|k| k.starts_with(char::is_lowercase)).collect();
    let text = &a.text;
    let toks = &a.layers.tokens;
    add_phrases(a, sentences, out, |out, i, hi| {
        // (a lower-case word is looked up only if a name opens on it, "le", "l'":
        // most tokens are let go before hashing)
        let w = toks[i].span.slice(text);
        if w.starts_with(char::is_lowercase) && !lower_firsts.contains(&w) {
            return None;
        }
        for words in names.get(w)? {
            let end = i + words.len();
            if end > hi || !(i..end).zip(words).all(|(k, w)| toks[k].span.slice(text) == w) {
                continue;
            }
            // (English names without their article, as the tagger writes them:
            // "The Washington Post" is the "Washington Post" of other sentences)
            let from = if words[0] == "The" { i + 1 } else { i };
            let span = Span::new(toks[from].span.start, toks[end - 1].span.end);
            // (a longer name goes on past it: "La Tribune de Genève", "la Croix Rouge"; but
            // a local edition the tagger took for a person or a place is the outlet's:
            // "France Bleu Paris")
            let longer = out.iter().find(|m| m.span.overlaps(span) && m.span.end > span.end);
            if let Some(m) = longer {
                // (the words after the name a place's: capitalised or "de", not a person's
                // given name nor a word of the sentence, "France Inter avec")
                let rest = &text[span.end..m.span.end];
                let place_words = rest.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) || matches!(w, "de" | "du" | "des") || w.starts_with("d'")
                });
                let person = rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| crate::models::is_first_name(w) || crate::models::is_listed_given_name(w));
                let edition = m.span.start == span.start
                    && matches!(m.kind, EntityKind::Per | EntityKind::Loc)
                    && place_words
                    && !person;
                let after = toks.partition_point(|t| t.span.start < m.span.end);
                if edition && after <= hi {
                    return Some((Some(m.span), after, EntityKind::Org));
                }
                return Some((None, end, EntityKind::Org));
            }
            return Some((Some(span), end, EntityKind::Org));
        }
        None
    });
}

/// A news outlet of our list (`data/lexicon/outlets.tsv`) is an organisation
/// whatever the tagger made of it: "Ouest-France" is no person, "La Provence"
/// and "Le Parisien" no place ("rapporte Le Parisien", "selon Nice-Matin").
fn outlets(a: &Article, out: &mut [EntityMention]) {
    use std::collections::{HashMap, HashSet};
    use std::sync::OnceLock;
    fn key(s: &str) -> String {
        recoupe_text::fold::fold_str(&s.replace(['-', '’', '\''], " "))
    }
    // the outlets' names as keys, and the names after their article with the article
    // as written ("parisien" → "Le "), made once: this runs on every mention
    /// Whole names; names after their article → the articles as written; English
    /// names after "The", which French writes after its own article ("le Sun").
    type Keys = (HashSet<String>, HashMap<String, Vec<&'static str>>, HashSet<String>);
    static KEYS: OnceLock<Keys> = OnceLock::new();
    let (whole, bare, english) = KEYS.get_or_init(|| {
        let lx = recoupe_text::lexicon::lexicon();
        let mut bare: HashMap<String, Vec<&'static str>> = HashMap::new();
        let mut english = HashSet::new();
        for o in lx.outlets.values() {
            if let Some((det, rest)) = o.split_once([' ', '\'']) {
                if matches!(det, "Le" | "La" | "L" | "Les") {
                    bare.entry(key(rest)).or_default().push(&o[..det.len() + 1]);
                } else if det == "The" {
                    english.insert(key(rest));
                }
            }
        }
        (lx.outlets.values().map(|o| key(o)).collect(), bare, english)
    });
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Org) {
        let name = key(m.span.slice(&a.text));
        // ("Orange" the company is also a town and a colour)
        if name == "orange" {
            continue;
        }
        if whole.contains(&name) {
            m.kind = EntityKind::Org;
            m.role = None;
            continue;
        }
        // the tagger may leave the outlet's article out ("Selon Le Parisien" tagged
        // "Parisien"): the article as written right before the name joins it ("un
        // Parisien" stays a Parisian)
        let before = &a.text[..m.span.start];
        let article = bare.get(&name).and_then(|dets| dets.iter().find(|d| before.ends_with(**d)));
        // ("selon les informations du Parisien", "a confié au Parisien": "Le" in "du", "au")
        let contracted = || {
            bare.get(&name).is_some_and(|dets| dets.contains(&"Le "))
                && ["du ", "au ", "Du ", "Au "].iter().any(|d| before.ends_with(d))
        };
        if let Some(d) = article {
            m.span = Span::new(m.span.start - d.len(), m.span.end);
            m.kind = EntityKind::Org;
            m.role = None;
        } else if contracted()
            || english.contains(&name) && ["le ", "Le ", "du ", "au "].iter().any(|d| before.ends_with(d))
        {
            // ("selon le Sun", "a précisé au Guardian": the French article is no part
            // of the name, nor is "du" of "Le Parisien")
            m.kind = EntityKind::Org;
            m.role = None;
        }
    }
}

/// An organisation's acronym defined in brackets ("(National Park Service, NPS)")
/// is that organisation wherever else the article writes it ("précise le NPS"),
/// where the tagger, without the brackets, saw no name.
fn consistent_acronyms(a: &Article, sentences: &[(usize, usize, usize)], out: &mut Vec<EntityMention>) {
    let text = &a.text;
    // an acronym: two to six letters, two capitals or more, a capital first ("NPS",
    // "SpF", "BdF")
    let acronym = |w: &str| {
        (2..=6).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && w.as_bytes()[0].is_ascii_uppercase()
    };
    // (defined so: in brackets after the name, "(NPS)", "(National Park Service, NPS)";
    // an acronym the tagger merely guessed, "la TVA", is not spread)
    let defined = |m: &EntityMention| {
        let before = &text[..m.span.start];
        let open = before.rfind('(');
        open.is_some_and(|o| m.span.start - o < 80 && !before[o..].contains(')'))
            && text[m.span.end..].trim_start().starts_with(')')
    };
    // an acronym in brackets right after a group's name is that group's, whatever
    // the tagger made of it ("Santé publique France (SpF)": no place)
    let group_ends: Vec<usize> = out.iter().filter(|m| m.kind == EntityKind::Org).map(|m| m.span.end).collect();
    for m in out.iter_mut() {
        let open = text[..m.span.start].trim_end_matches(' ');
        let after_group = open.strip_suffix('(').is_some_and(|b| group_ends.contains(&b.trim_end_matches(' ').len()));
        if m.kind != EntityKind::Org && after_group && acronym(m.span.slice(text)) && defined(m) {
            m.kind = EntityKind::Org;
            m.role = None;
        }
    }
    let names: std::collections::HashSet<&str> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Org && defined(m))
        .map(|m| m.span.slice(text))
        .filter(|t| acronym(t) && !crate::roles::is_role_word(t))
        .collect();
    if names.is_empty() {
        return;
    }
    // (the tagger's other readings of the defined acronym too)
    for m in out.iter_mut().filter(|m| m.kind != EntityKind::Org && names.contains(m.span.slice(text))) {
        m.kind = EntityKind::Org;
        m.role = None;
    }
    spread(a, sentences, &names, EntityKind::Org, out);
}

/// Tags every readable sentence of `a` (content paragraphs and captions, not
/// boilerplate) and fills `a.layers.entities`, with roles; `entity` is left to
/// [`crate::canon`].
pub fn tag_article(a: &mut Article) {
    let mut out = Vec::new();
    let text = &a.text;
    let toks = &a.layers.tokens;
    let sentences = readable_sentences(a);
    let english = english_paragraphs(a);
    for &(paragraph, t0, t1) in &sentences {
        let sent = &toks[t0..t1];
        let words: Vec<&str> = sent.iter().map(|t| t.span.slice(text)).collect();
        let labels = models::tagger(if english[paragraph] { "en" } else { "fr" }).tag(&words);
        for (i, j, k) in spans(&labels) {
            let kind = KINDS[k];
            let Some((i, j, title)) = tidy(&words, i, j, kind) else { continue };
            let span = Span::new(sent[i].span.start, sent[j - 1].span.end);
            if hidden(a, span) {
                continue;
            }
            let title = title
                .or_else(|| (i > 0 && TITLES.contains(&words[i - 1])).then(|| (i - 1, i)))
                .map(|(a, b)| Span::new(sent[a].span.start, sent[b - 1].span.end));
            let role = if kind == EntityKind::Per { crate::roles::role(text, sent, i, j).or(title) } else { None };
            out.push(EntityMention { span, kind, entity: String::new(), role, stands_for: None });
        }
    }
    out.sort_by_key(|m| m.span.start);
    portfolio_before_name(a, &sentences, &mut out);
    sentence_initial_common_words(a, &mut out);
    organisations(a, &mut out);
    photo_credits(a, &mut out);
    curated_matches(a, &sentences, &mut out);
    persons_by_role(a, &mut out);
    medium_before_a_role(a, &mut out);
    persons_after_roles(a, &sentences, &mut out);
    surnames_after_given_names(a, &sentences, &mut out);
    given_names_before_surnames(a, &sentences, &mut out);
    given_name_glued_to_a_group(a, &mut out);
    two_people_in_one(a, &mut out);
    agency_glued_to_a_name(a, &mut out);
    consistent_persons(a, &sentences, &mut out);
    consistent_acronyms(a, &sentences, &mut out);
    // (last: a step above may spread a name the tagger took for a person)
    outlet_phrases(a, &sentences, &mut out);
    outlets(a, &mut out);
    titles_out(a, &mut out);
    titled_persons(a, &mut out);
    named_after_a_person(a, &mut out);
    // a title written in capitals is no group: "le PDG", "the CEO"
    out.retain(|m| {
        let t = m.span.slice(&a.text);
        !(m.kind != EntityKind::Per && !t.contains(' ') && t.len() <= 4 && crate::roles::is_role_word(t))
    });
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

    #[test]
    fn an_outlet_after_du_or_au_is_the_outlet_whatever_the_tagger_made_of_it() {
        // "Le Parisien" written "du Parisien": the tagger may take it for a person
        let text = "Selon les informations du Parisien, un vol. Il a confié au Parisien son regret.";
        let doc = recoupe_model::Document {
            text: text.into(),
            format: recoupe_model::InputFormat::Record,
            ..recoupe_model::Document::default()
        };
        let a = recoupe_text::analyze(doc);
        let at = |from: usize| {
            let s = text[from..].find("Parisien").unwrap() + from;
            Span::new(s, s + "Parisien".len())
        };
        let mention = |span: Span| EntityMention {
            span,
            kind: EntityKind::Per,
            entity: String::new(),
            role: None,
            stands_for: None,
        };
        let first = at(0);
        let mut out = vec![mention(first), mention(at(first.end))];
        outlets(&a, &mut out);
        assert!(out.iter().all(|m| m.kind == EntityKind::Org && m.span.slice(text) == "Parisien"), "{out:#?}");
    }
}
