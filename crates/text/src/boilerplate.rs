//! Boilerplate detection: rules from `data/lexicon/boilerplate.tsv` on whole
//! paragraphs and single sentences, caption detection, and inline link notes.
//! Boilerplate is marked as spans with a reason; nothing is deleted.

use crate::fold::{fold, Folded};
use crate::lexicon::{lexicon, RuleScope};
use recoupe_model::{BoilerplateReason, OriginEvidence, OriginRelation, Span};

/// Paragraphs longer than this are never boilerplate as a whole.
const MAX_PARAGRAPH: usize = 700;
/// Sentences longer than this are never boilerplate.
const MAX_SENTENCE: usize = 260;

#[derive(Debug, Clone)]
pub struct Hit {
    pub span: Span,
    pub reason: BoilerplateReason,
    pub rule: String,
    /// Whole paragraph?
    pub whole_paragraph: bool,
}

#[derive(Debug, Default)]
pub struct Findings {
    pub hits: Vec<Hit>,
    pub origins: Vec<OriginEvidence>,
    /// A title read from a republication footer.
    pub footer_title: Option<String>,
}

/// Leading decoration that scrapers leave before link lines: "» Lire aussi".
fn skip_decoration(f: &Folded) -> usize {
    f.chars
        .iter()
        .take_while(|c| matches!(c, '»' | '"' | '>' | '•' | '▶' | '→' | '►' | '■' | '-' | '|' | ' ' | '['))
        .count()
}

fn relation_for(rule: &str, reason: BoilerplateReason) -> Option<OriginRelation> {
    Some(match reason {
        BoilerplateReason::Republication if rule.contains("apparu") || rule.contains("appeared-first") => {
            OriginRelation::FirstAppearedOn
        }
        BoilerplateReason::Republication
            if rule.starts_with("republie")
                || rule.starts_with("reproduit")
                || rule.starts_with("republished")
                || rule.starts_with("reprinted") =>
        {
            OriginRelation::RepublishedFrom
        }
        BoilerplateReason::Republication => OriginRelation::OriginallyPublishedBy,
        BoilerplateReason::Credit => OriginRelation::WireCredit,
        _ => return None,
    })
}

/// Cleans an outlet name captured from a footer: drops a final period and what
/// follows a comma ("Radio Free Europe/Radio Liberty, Washington DC 20036").
fn clean_outlet(text: &str, span: Span) -> Option<(String, Span)> {
    let s = span.slice(text);
    let cut = s.find(", ").unwrap_or(s.len());
    let t = s[..cut].trim_end_matches(['.', ' ', ')', '»', '"']);
    let t = t.trim_start_matches(['«', '"', ' ']);
    if t.is_empty() || t.chars().count() > 60 {
        return None;
    }
    let start = span.start + s.find(t).unwrap_or(0);
    Some((t.to_string(), Span::new(start, start + t.len())))
}

const EDGE: usize = 40;

/// Folded chars of a unit's head, and of its tail, read first, to let most
/// units go.
const HEAD_PROBE: usize = 8;

/// Folds at most `EDGE` chars of `s` (collapsing white space, dropping the
/// leading decoration that `skip_decoration` drops) into `out`.
fn fold_edge(s: &str, out: &mut Vec<char>, skip_deco: bool, limit: usize) {
    out.clear();
    let mut pending = false;
    for c in s.chars() {
        let Some(f) = crate::fold::fold_char(c) else { continue };
        if f == ' ' {
            pending = !out.is_empty();
            continue;
        }
        if skip_deco && out.is_empty() && matches!(f, '»' | '"' | '>' | '•' | '▶' | '→' | '►' | '■' | '-' | '|' | '[')
        {
            continue;
        }
        if pending {
            out.push(' ');
            pending = false;
        }
        out.push(f);
        if out.len() >= limit {
            break;
        }
    }
}

/// The rules indexed for [`any_rule_may_match`] by the first four chars of
/// their literal head (two or one when the head is that short); the rules with
/// no literal head by what else they need, as nearly every unit would
/// otherwise try them: a number first ("# min read*"), else the last four chars
/// of their literal tail ("*contributed to this report."; fewer when it is that
/// short), else nothing. Four chars, as most units share a pair with a rule
/// ("le", "e.").
struct RuleIndex {
    by_head: [crate::lexicon::FastMap<[char; 4], Vec<usize>>; 3],
    free_number: Vec<usize>,
    free_by_tail: [crate::lexicon::FastMap<[char; 4], Vec<usize>>; 3],
    free: Vec<usize>,
    /// Every rule with no literal head, for a unit too short for the tail keys.
    all_free: Vec<usize>,
}

/// The lengths of the keys of the three maps of [`RuleIndex`], in order.
const KEY_LENS: [usize; 3] = [4, 2, 1];

/// The key of a literal run for [`RuleIndex`]: which of its maps (four chars,
/// two, one) and the chars, padded.
fn edge_key(run: &[char]) -> Option<(usize, [char; 4])> {
    let n = key_len(run.len());
    let which = KEY_LENS.iter().position(|&k| k == n)?;
    let mut key = ['\0'; 4];
    key[..n].copy_from_slice(&run[..n]);
    Some((which, key))
}

/// How many chars of a literal run of `n` chars key it.
fn key_len(n: usize) -> usize {
    match n {
        0 | 1 => n,
        2 | 3 => 2,
        _ => 4,
    }
}

fn rule_index() -> &'static RuleIndex {
    static I: std::sync::OnceLock<RuleIndex> = std::sync::OnceLock::new();
    I.get_or_init(|| {
        let mut index = RuleIndex {
            by_head: Default::default(),
            free_number: Vec::new(),
            free_by_tail: Default::default(),
            free: Vec::new(),
            all_free: Vec::new(),
        };
        for (i, r) in lexicon().boilerplate.iter().enumerate() {
            if let Some((which, key)) = edge_key(r.glob.head()) {
                index.by_head[which].entry(key).or_default().push(i);
                continue;
            }
            index.all_free.push(i);
            if r.glob.starts_with_number() {
                index.free_number.push(i);
                continue;
            }
            // (the tail's last chars, in order)
            let tail = r.glob.tail();
            match edge_key(&tail[tail.len() - key_len(tail.len())..]) {
                Some((which, key)) => index.free_by_tail[which].entry(key).or_default().push(i),
                None => index.free.push(i),
            }
        }
        index
    })
}

/// The rules of `maps` keyed by the first chars of the folded `run`, or by its
/// last chars when `from_end`.
fn keyed<'a>(
    maps: &'a [crate::lexicon::FastMap<[char; 4], Vec<usize>>; 3],
    run: &[char],
    from_end: bool,
) -> [&'a [usize]; 3] {
    let mut out: [&[usize]; 3] = [&[], &[], &[]];
    for (which, &n) in KEY_LENS.iter().enumerate() {
        if run.len() >= n && !maps[which].is_empty() {
            let part = if from_end { &run[run.len() - n..] } else { &run[..n] };
            let mut key = ['\0'; 4];
            key[..n].copy_from_slice(part);
            out[which] = maps[which].get(&key).map(Vec::as_slice).unwrap_or(&[]);
        }
    }
    out
}

/// The last `n` chars of the fold of `s` (collapsed white space, as
/// [`crate::fold::fold`]), read backwards: the rest is not folded.
fn fold_back(s: &str, n: usize, out: &mut Vec<char>) {
    out.clear();
    let mut pending = false;
    for c in s.chars().rev() {
        let Some(f) = crate::fold::fold_char(c) else { continue };
        if f == ' ' {
            pending = !out.is_empty();
            continue;
        }
        if pending {
            out.push(' ');
            pending = false;
            if out.len() >= n {
                break;
            }
        }
        out.push(f);
        if out.len() >= n {
            break;
        }
    }
    out.reverse();
}

/// A cheap test on the folded ends of a unit: can any rule match it?
/// Buffers reused across the units of one article.
#[derive(Default)]
struct Scratch {
    head: Vec<char>,
    tail: Vec<char>,
    candidates: Vec<usize>,
}

fn any_rule_may_match(text: &str, unit: Span, paragraph: bool, sc: &mut Scratch) -> bool {
    let lx = lexicon();
    let index = rule_index();
    let s = unit.slice(text);
    let rule = |i: &usize| &lx.boilerplate[*i];
    let Scratch { head, tail, candidates } = sc;
    // the first four folded chars pick the rules with a head, the last four
    // the others: nearly every unit is let go here
    fold_edge(s, head, true, 4);
    let Some(&first) = head.first() else { return false };
    fold_back(s, 4, tail);
    let [h4, h2, h1] = keyed(&index.by_head, head, false);
    let number = if first.is_ascii_digit() { index.free_number.as_slice() } else { &[] };
    let ([t4, t2, t1], free) = if tail.len() >= 4 {
        (keyed(&index.free_by_tail, tail, true), index.free.as_slice())
    } else {
        // (a unit of three chars or fewer: every rule without a head may match)
        ([&[][..], &[], &[]], index.all_free.as_slice())
    };
    let keyed_rules = [h4, h2, h1, number, t4, t2, t1, free];
    if keyed_rules.iter().all(|r| r.is_empty()) {
        return false;
    }
    // then the first few chars
    fold_edge(s, head, true, HEAD_PROBE);
    candidates.clear();
    candidates.extend(keyed_rules.iter().flat_map(|r| r.iter()).copied().filter(|i| {
        let r = rule(i);
        (paragraph || r.scope == RuleScope::Sentence) && r.glob.may_match_head(head, false)
    }));
    if candidates.is_empty() {
        return false;
    }
    // the last few chars (most units end like no rule does)
    fold_back(s, HEAD_PROBE, tail);
    candidates.retain(|i| rule(i).glob.may_match_tail(tail));
    if candidates.is_empty() {
        return false;
    }
    // then the whole head, and the whole tail
    fold_edge(s, head, true, EDGE);
    let whole = head.len() < EDGE;
    candidates.retain(|i| rule(i).glob.may_match_head(head, whole));
    if candidates.is_empty() {
        return false;
    }
    if whole {
        return candidates.iter().any(|i| rule(i).glob.may_match_tail(head));
    }
    fold_back(s, EDGE * 2, tail);
    candidates.iter().any(|i| rule(i).glob.may_match_tail(tail))
}

/// Tries every rule of `scope` (paragraph rules also try sentence rules) on `unit`.
fn match_unit(text: &str, unit: Span, paragraph: bool, found: &mut Findings, sc: &mut Scratch) -> bool {
    if unit.len() > if paragraph { MAX_PARAGRAPH } else { MAX_SENTENCE } {
        return false;
    }
    if !any_rule_may_match(text, unit, paragraph, sc) {
        return false;
    }
    let lx = lexicon();
    let f = fold(text, unit.start, unit.end);
    let skip = skip_decoration(&f);
    let chars = &f.chars[skip..];
    if chars.is_empty() {
        return false;
    }
    // only the rules that can start with this unit's first char, and the unanchored ones
    let anchored = lx.boilerplate_by_first.get(&Some(chars[0])).map(Vec::as_slice).unwrap_or(&[]);
    let free = lx.boilerplate_by_first.get(&None).map(Vec::as_slice).unwrap_or(&[]);
    let mut order: Vec<usize> = anchored.iter().chain(free.iter()).copied().collect();
    order.sort_unstable();
    for rule in order.into_iter().map(|i| &lx.boilerplate[i]) {
        if rule.scope == RuleScope::Paragraph && !paragraph {
            continue;
        }
        let Some(caps) = rule.glob.matches(chars) else { continue };
        let mut outlet = None;
        for (name, &(a, b)) in rule.glob.captures.iter().zip(caps.iter()) {
            let (s, e) = f.span(a + skip, b + skip);
            match name.as_str() {
                "outlet" => outlet = clean_outlet(text, Span::new(s, e)),
                "title" => found.footer_title = Some(text[s..e].trim().to_string()),
                _ => {}
            }
        }
        if rule.reason == BoilerplateReason::Credit && rule.glob.captures.iter().any(|c| c == "outlet") {
            // "Avec AFP" is a credit; "Avec cette intervention, …" is not.
            match &outlet {
                Some((name, _)) if lx.is_agency(name) => {}
                _ => continue,
            }
        }
        if let (Some((name, span)), Some(rel)) = (outlet, relation_for(rule.name, rule.reason)) {
            found.origins.push(OriginEvidence { outlet: name, relation: rel, span: Some(span), url: None });
        }
        if rule.reason == BoilerplateReason::Paywall {
            for (outlet, sig) in &lx.paywall_signatures {
                if sig.matches(chars).is_some() {
                    found.origins.push(OriginEvidence {
                        outlet: outlet.to_string(),
                        relation: OriginRelation::PaywallSignature,
                        span: Some(unit),
                        url: None,
                    });
                    break;
                }
            }
        }
        if rule.reason == BoilerplateReason::Copyright {
            if let Some((holder, span)) = copyright_holder(text, unit) {
                found.origins.push(OriginEvidence {
                    outlet: holder,
                    relation: OriginRelation::CopyrightHolder,
                    span: Some(span),
                    url: None,
                });
            }
            // a copyright line may also say where the text was republished from
            let f2 = f.as_string();
            if let Some(pos) = f2.find("avec l'autorisation de ").or_else(|| f2.find("with permission of ")) {
                let key_len = if f2[pos..].starts_with("avec") {
                    "avec l'autorisation de ".len()
                } else {
                    "with permission of ".len()
                };
                let ci = f2[..pos + key_len].chars().count();
                if ci < f.chars.len() {
                    let (s, _) = f.span(ci, ci);
                    if let Some((name, span)) = clean_outlet(text, Span::new(s, unit.end)) {
                        found.origins.push(OriginEvidence {
                            outlet: name,
                            relation: OriginRelation::RepublishedFrom,
                            span: Some(span),
                            url: None,
                        });
                    }
                }
            }
        }
        found.hits.push(Hit {
            span: unit,
            reason: rule.reason,
            rule: rule.name.to_string(),
            whole_paragraph: paragraph,
        });
        return true;
    }
    false
}

/// The rights holder named in a copyright line: "Copyright (c) 2018. RFE/RL, Inc." → "RFE/RL".
fn copyright_holder(text: &str, unit: Span) -> Option<(String, Span)> {
    let s = unit.slice(text);
    let lower = s.to_lowercase();
    let mut i = if lower.starts_with("copyright") { "copyright".len() } else { 0 };
    loop {
        let rest = &s[i..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '©' | '.' | ',' | '-' | ':'));
        i += rest.len() - trimmed.len();
        if trimmed.starts_with("(c)") || trimmed.starts_with("(C)") {
            i += 3;
            continue;
        }
        let digits = trimmed.bytes().take_while(|b| b.is_ascii_digit() || *b == b'-').count();
        if digits >= 4 {
            i += digits;
            continue;
        }
        break;
    }
    let rest = &s[i..];
    let end = rest
        .char_indices()
        .find(|&(k, c)| (c == ',' || c == '.') && rest[k + 1..].starts_with(' ') || c == ';')
        .map_or(rest.len(), |(k, _)| k);
    let mut holder = rest[..end].trim();
    // "Le Courrier du Val 2026": a trailing year is not part of the name
    if let Some((name, year)) = holder.rsplit_once(' ') {
        if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
            holder = name.trim_end();
        }
    }
    if holder.is_empty() || holder.chars().count() > 60 || !holder.chars().next()?.is_alphanumeric() {
        return None;
    }
    let start = unit.start + i + (rest.len() - rest.trim_start().len());
    Some((holder.to_string(), Span::new(start, start + holder.len())))
}

/// Runs the rules over paragraphs (whole) and then over the sentences of the
/// paragraphs that did not match as a whole.
pub fn detect(text: &str, paragraphs: &[Span], sentences: &[(Span, usize)]) -> Findings {
    let mut found = Findings::default();
    // (sized once for the longest folds: a head of EDGE chars, a tail of 2 EDGE chars)
    let mut scratch = Scratch {
        head: Vec::with_capacity(EDGE + 2),
        tail: Vec::with_capacity(2 * EDGE + 2),
        candidates: Vec::with_capacity(16),
    };
    let mut whole = vec![false; paragraphs.len()];
    for (i, p) in paragraphs.iter().enumerate() {
        whole[i] = match_unit(text, *p, true, &mut found, &mut scratch);
        if !whole[i] {
            if let Some(rule) = caption_rule(text, *p) {
                found.hits.push(Hit {
                    span: *p,
                    reason: BoilerplateReason::Caption,
                    rule: rule.to_string(),
                    whole_paragraph: true,
                });
                whole[i] = true;
            }
        }
    }
    for &(s, p) in sentences {
        if whole[p] {
            continue;
        }
        if s != paragraphs[p] && match_unit(text, s, false, &mut found, &mut scratch) {
            continue;
        }
        // the sentence-scope tests: an embedded player's script, a video's credit
        let rule = if embedded_script(text, s) {
            Some((BoilerplateReason::Navigation, "embedded-script"))
        } else if video_credit(text, s) {
            Some((BoilerplateReason::Caption, "video-credit"))
        } else {
            None
        };
        if let Some((reason, rule)) = rule {
            found.hits.push(Hit { span: s, reason, rule: rule.into(), whole_paragraph: s == paragraphs[p] });
        }
    }
    for (i, p) in paragraphs.iter().enumerate() {
        if !whole[i] {
            link_notes(text, *p, &mut found.hits);
        }
    }
    found.hits.sort_by_key(|h| (h.span.start, h.span.end));
    found
}

/// An embedded player's script left in the text: a statement on `window` or
/// `document` that builds or calls something ("window.pvp_… = new Pvp('digiteka',
/// { … })"), site chrome like a share button.
fn embedded_script(text: &str, s: Span) -> bool {
    let t = s.slice(text);
    (t.starts_with("window.") || t.starts_with("document."))
        && (t.contains("= new ") || t.contains("({") || t.contains("});"))
}

/// An embedded video's title left in the text with its credit glued to it
/// ("Coronavirus: où en est la carte du déconfinement ?par BFMTV", "Naplespar
/// euronews"): "par" with no space before it, then an outlet's name ends the
/// sentence. A sentence that ends "relayée par BFMTV." is no credit.
fn video_credit(text: &str, s: Span) -> bool {
    let t = s.slice(text).trim_end();
    let b = t.as_bytes();
    // (most sentences end on a stop: let go before any search)
    if !b.last().is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    // the credit: the last word, of at most 20 bytes
    let Some(space) = (b.len().saturating_sub(21)..b.len()).rev().find(|&k| b[k] == b' ') else { return false };
    let credit = &t[space + 1..];
    let Some(before) = t[..space].strip_suffix("par") else { return false };
    if before.is_empty() || before.ends_with(char::is_whitespace) {
        return false;
    }
    let lx = lexicon();
    let caps = credit.len() >= 3 && credit.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    caps || lx.is_agency(credit) || lx.is_outlet_name(credit)
}

/// Inline link annotations: "(article en anglais)", "(article abonnés)".
fn link_notes(text: &str, para: Span, hits: &mut Vec<Hit>) {
    let lx = lexicon();
    let s = para.slice(text);
    let b = s.as_bytes();
    let mut from = 0;
    // (memchr: most paragraphs hold no bracket, and all of them are read)
    while let Some(open) = memchr::memchr(b'(', &b[from..]) {
        let a = from + open;
        let Some(close) = memchr::memchr(b')', &b[a..]) else { break };
        let z = a + close + 1;
        if z - a <= 50 {
            let inner = crate::fold::fold_str(&s[a + 1..z - 1]);
            if lx.link_notes.contains(&inner) {
                // include the space before the note so that removing it leaves clean text
                let start = if s[..a].ends_with(' ') { a - 1 } else { a };
                hits.push(Hit {
                    span: Span::new(para.start + start, para.start + z),
                    reason: BoilerplateReason::LinkNote,
                    rule: "link-note".into(),
                    whole_paragraph: false,
                });
            }
        }
        from = z;
    }
}

/// At most `n` bytes from the start of `s`, cut on a char boundary.
fn head(s: &str, n: usize) -> &str {
    let mut e = n.min(s.len());
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    &s[..e]
}

/// At most `n` bytes from the end of `s`, cut on a char boundary.
fn tail(s: &str, n: usize) -> &str {
    let mut b = s.len().saturating_sub(n);
    while !s.is_char_boundary(b) {
        b += 1;
    }
    &s[b..]
}

/// Whether a paragraph is a photo caption; returns the rule that said so.
pub fn caption_rule(text: &str, para: Span) -> Option<&'static str> {
    let lx = lexicon();
    let s = para.slice(text).trim_end();
    if s.len() > 600 {
        return None;
    }
    // the word count costs a pass over the paragraph: only when a rule needs it
    let mut words_memo = None;
    let mut words = || *words_memo.get_or_insert_with(|| s.split_whitespace().count());
    // (a caption has at most 70 words: checked when a rule has fired)
    // "(KIRILL KUDRYAVTSEV / AFP)", "(Photo AFP)", "(RUSSIAN DEFENCE MINISTRY / AFP)"
    if s.ends_with(')') {
        if let Some(open) = s.rfind('(') {
            let inner = &s[open + 1..s.len() - 1];
            let last = inner.rsplit('/').next().unwrap_or(inner).trim();
            let credit = || {
                let folded = crate::fold::fold_str(inner);
                folded.starts_with("photo") || folded.starts_with("credit")
            };
            if inner.len() <= 80 && open > 0 && (lx.is_agency(last) || credit()) && words() <= 70 {
                return Some("caption-agency-credit");
            }
        }
    }
    // every label below starts with p, c or i: most paragraphs are let go
    // before their head is folded into a new string
    let first = s.chars().filter_map(crate::fold::fold_char).find(|&c| c != ' ');
    let labelled = matches!(first, Some('p' | 'c' | 'i')) && {
        let folded_head = crate::fold::fold_str(head(s, 40));
        [
            "photo :",
            "photo:",
            "credit photo",
            "credits photo",
            "photo credit",
            "illustration :",
            "image :",
            "photograph:",
            "picture:",
        ]
        .iter()
        .any(|p| folded_head.starts_with(p))
    };
    if labelled && words() <= 70 {
        return Some("caption-photo-label");
    }
    // "… in Almaty, January 6, 2022. REUTERS/Pavel Mikheyev", "… Photo: Jane Doe/Getty Images"
    let tail = tail(s, 70);
    // every marker below holds one of these
    let maybe_credit = tail.contains('/') || tail.contains("Photo") || tail.contains("Getty");
    for marker in [
        "REUTERS/",
        "AFP/",
        "/AFP",
        "/Reuters",
        "/AP",
        "AP Photo",
        "Getty Images",
        "/EPA",
        "EPA-EFE/",
        "Photo: ",
        "Photograph: ",
    ] {
        if maybe_credit && tail.contains(marker) && words() <= 60 {
            return Some("caption-agency-credit");
        }
    }
    if s.ends_with('.') && is_uncredited_caption(s, &mut words) {
        return Some("caption-descriptive");
    }
    None
}

/// A short descriptive paragraph in the present tense that ends with a date:
/// "Une vue aérienne de véhicules militaires russes … le 6 janvier."
/// `words` counts the paragraph's words (a pass over it, asked last).
fn is_uncredited_caption(s: &str, words: &mut impl FnMut() -> usize) -> bool {
    if !s.ends_with('.') {
        return false;
    }
    // the first word, then the rest, then the last words, before folding every word
    let first = crate::fold::fold_str(s.split_whitespace().next().unwrap_or(""));
    let starts_with_determiner =
        matches!(first.as_str(), "un" | "une" | "des" | "le" | "la" | "les" | "a" | "an" | "the")
            || first.starts_with("l'");
    if !starts_with_determiner {
        return false;
    }
    // a month name among the last words (first: the checks below read the
    // whole paragraph, and most paragraphs end on no date)
    let month_near_end = s.split_whitespace().rev().take(5).any(|w| {
        // (a month's name starts with one of these: most words are let go unfolded)
        if !matches!(crate::fold::first_folded(w), Some('j' | 'f' | 'm' | 'a' | 's' | 'o' | 'n' | 'd')) {
            return false;
        }
        let w = crate::fold::fold_str(w);
        crate::dates::month_number(w.trim_end_matches(['.', ','])).is_some() && w.len() > 3
    });
    if !month_near_end || !(5..=45).contains(&words()) {
        return false;
    }
    if s.contains(['"', '«', '»', '“', '”', ';']) {
        return false;
    }
    // one sentence only
    let body = &s[..s.len() - 1];
    if body.contains(". ") || body.contains("? ") || body.contains("! ") {
        return false;
    }
    let ws: Vec<String> = s.split_whitespace().map(crate::fold::fold_str).collect();
    // narrative tenses belong to the body, captions describe in the present
    const FINITE_PAST: [&str; 22] = [
        "a", "ont", "avait", "avaient", "sera", "seront", "etait", "etaient", "fut", "furent", "aura", "auront", "has",
        "have", "had", "was", "were", "will", "would", "said", "est", "sont",
    ];
    !ws.iter().any(|w| FINITE_PAST.contains(&w.trim_end_matches([',', '.'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(t: &str) -> Vec<(String, &'static str)> {
        let paras = crate::paragraph::split(t);
        let f = detect(t, &paras, &[]);
        f.hits.iter().map(|h| (h.span.slice(t).to_string(), h.reason.as_str())).collect()
    }

    /// Whether some rule matches the unit, every rule tried: what the index
    /// of [`any_rule_may_match`] must never let go.
    fn some_rule_matches(text: &str, unit: Span, paragraph: bool) -> bool {
        let f = crate::fold::fold(text, unit.start, unit.end);
        let chars = &f.chars[skip_decoration(&f)..];
        lexicon()
            .boilerplate
            .iter()
            .any(|r| (paragraph || r.scope == RuleScope::Sentence) && r.glob.matches(chars).is_some())
    }

    #[test]
    fn the_rule_index_lets_no_matching_unit_go() {
        let mut texts: Vec<String> = [
            "Il vous reste 64.96% de cet article à lire.",
            "Jane Doe contributed to this report.",
            "Marc Vidal a contribué à ce rapport.",
            "» 3 min read",
            "12 commentaires",
            "© Le Courrier du Lac 2026",
            "Ce contenu est réservé aux abonnés.",
            "ok.",
            "a",
            "Le président a parlé.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/corpus");
        for entry in std::fs::read_dir(demo).expect("the demo corpus") {
            texts.push(std::fs::read_to_string(entry.expect("a demo file").path()).expect("a text file"));
        }
        let (mut units, mut matched) = (0, 0);
        let mut sc = Scratch::default();
        for t in &texts {
            for p in crate::paragraph::split(t) {
                let sentences = crate::segment::sentences(p.slice(t));
                let units_here = std::iter::once((p, true))
                    .chain(sentences.iter().map(|s| (Span::new(p.start + s.start, p.start + s.end), false)));
                for (u, paragraph) in units_here {
                    let want = some_rule_matches(t, u, paragraph);
                    units += 1;
                    matched += usize::from(want);
                    if want {
                        assert!(any_rule_may_match(t, u, paragraph, &mut sc), "{:?}", u.slice(t));
                    }
                }
            }
        }
        // (the demo corpus holds boilerplate of every kind)
        assert!(matched >= 20 && units > 200, "{matched} of {units}");
    }

    #[test]
    fn the_folded_tail_read_backwards_is_the_end_of_the_fold() {
        let mut out = Vec::new();
        for s in ["  Réservé  aux\u{00A0}abonnés.  ", "ab", "", " x \u{00AD} ", "Publié le 7 janvier à 10h"] {
            let whole = crate::fold::fold(s, 0, s.len()).chars;
            for n in [1, 3, 8, 40] {
                fold_back(s, n, &mut out);
                assert_eq!(out, whole[whole.len().saturating_sub(n)..], "{s:?} {n}");
            }
        }
    }

    #[test]
    fn rules_fire_with_reasons_on_other_wordings() {
        let t = "Corps du texte assez long pour ne pas être pris.\n\n» Lire aussi : Notre enquête\n\nRead more: The day after\n\nCet article est réservé aux abonnés.\n\nThe post Storm hits coast appeared first on Daily Wire Digest.\n\n© 2024 Le Courrier du Val. Tous droits réservés.\n\nBack to top";
        let r = reasons(t);
        let got: Vec<&str> = r.iter().map(|x| x.1).collect();
        assert_eq!(got, vec!["related_link", "related_link", "paywall", "republication", "copyright", "navigation"]);
    }

    #[test]
    fn an_embedded_players_script_is_its_own_sentence_and_site_chrome() {
        let text = "Les routes sont coupées depuis mardi. window.player_1 = new Player('demo', { 'id': 'X1' }, \
                    { \"mute\": true });";
        let doc = recoupe_model::Document { text: text.into(), ..recoupe_model::Document::default() };
        let a = crate::pipeline::analyze(doc);
        let sentences: Vec<&str> = a.layers.sentences.iter().map(|s| s.span.slice(&a.text)).collect();
        assert_eq!(sentences.len(), 2, "{sentences:?}");
        assert!(sentences[1].starts_with("window.player_1"), "{sentences:?}");
        let hits: Vec<(&str, &str)> =
            a.layers.boilerplate.iter().map(|b| (b.span.slice(&a.text), b.reason.as_str())).collect();
        assert_eq!(hits, [(sentences[1], "navigation")]);
        // a sentence that merely names the window is none
        assert!(!embedded_script("window.open est une fonction.", Span::new(0, 29)));
    }

    #[test]
    fn a_video_credit_glued_to_its_title_is_a_caption() {
        let t = "Où en est la carte du port ?par BFMTV";
        assert!(video_credit(t, Span::new(0, t.len())));
        let t = "Les quais de Port-Esquelpar euronews";
        assert!(video_credit(t, Span::new(0, t.len())));
        // a sentence that names its source is no credit
        let t = "La vidéo a été relayée par BFMTV.";
        assert!(!video_credit(t, Span::new(0, t.len())));
    }

    #[test]
    fn captions_with_and_without_credit() {
        let a = "Un homme passe devant un blindé à Almaty, le 6 janvier 2022. (JEAN DUPONT / AFP)";
        assert_eq!(caption_rule(a, Span::new(0, a.len())), Some("caption-agency-credit"));
        let c = "Des soldats débarquent d'un avion militaire sur un aérodrome le 7 janvier.";
        assert_eq!(caption_rule(c, Span::new(0, c.len())), Some("caption-descriptive"));
        let b = "Les manifestations ont commencé dans l'ouest du pays le 2 janvier.";
        assert_eq!(caption_rule(b, Span::new(0, b.len())), None);
    }

    #[test]
    fn footer_gives_origin_and_title() {
        let t = "L’article Entre le Kazakhstan et la Russie est apparu en premier sur zimo news.";
        let f = detect(t, &[Span::new(0, t.len())], &[]);
        assert_eq!(f.origins[0].outlet, "zimo news");
        assert_eq!(f.origins[0].relation, OriginRelation::FirstAppearedOn);
        assert_eq!(f.footer_title.as_deref(), Some("Entre le Kazakhstan et la Russie"));
    }

    #[test]
    fn avec_is_a_credit_only_for_agencies() {
        assert_eq!(reasons("Avec AFP").len(), 1);
        assert!(
            reasons("Avec cette intervention militaire, le Kremlin défend enfin des intérêts culturels.").is_empty()
        );
    }
}
