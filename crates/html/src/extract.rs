//! Main-text extraction: which part of a page is the article.
//!
//! 1. Prune what is never article text: scripts, forms' controls, hidden
//!    elements, navigation and page chrome, and containers whose class or id
//!    says they are comments, shares, related links, ads… (the class and id
//!    patterns are Readability's, which years of use have tuned).
//! 2. Score: every paragraph-like element scores by its length and commas and
//!    hands its score up to its parent and, halved, its grandparent; a
//!    container's score is discounted by the share of its text inside links.
//! 3. Take the best container, with the siblings that score near it or read as
//!    paragraphs, and emit its blocks: headings, paragraphs, list items, quotes,
//!    captions (as their own kind), skipping link lists and chrome left inside.
//! 4. When the page's JSON-LD carries the article body, the blocks are checked
//!    against it: paragraphs it does not contain are dropped when it covers
//!    the rest, and it replaces the extraction when the DOM missed most of it.

use crate::dom::{Dom, NodeId, NodeKind, NONE};
use recoupe_model::ParagraphKind;

/// One block of the extracted text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: ParagraphKind,
    pub text: String,
}

fn is_dropped_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "head"
            | "nav"
            | "button"
            | "input"
            | "select"
            | "option"
            | "textarea"
            | "label"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "menu"
    )
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "figcaption"
            | "header"
            | "footer"
            | "aside"
            | "address"
            | "hr"
            | "br"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
            | "caption"
            | "center"
    )
}

/// Readability's `unlikelyCandidates`, as words of a class or id (see [`class_id`]).
const UNLIKELY: [&str; 31] = [
    "ad",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom remote",
];
/// Readability's `okMaybeItsACandidate` (anywhere in the class or id).
const MAYBE: [&str; 6] = ["and", "article", "body", "column", "content", "main"];
/// Extra chrome that news pages carry (French and English), as words.
const CHROME: [&str; 19] = [
    "share",
    "sharing",
    "newsletter",
    "subscribe",
    "abonnement",
    "outbrain",
    "taboola",
    "cookie",
    "consent",
    "paywall",
    "promo",
    "advert",
    "signup",
    "login",
    "breadcrumb",
    "lire aussi",
    "read more",
    "readmore",
    "recommended",
];
/// Anywhere in the class or id.
const POSITIVE: [&str; 12] =
    ["article", "body", "content", "entry", "hentry", "h entry", "main", "page", "post", "text", "blog", "story"];
/// As words.
const NEGATIVE: [&str; 24] = [
    "ad",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

/// The class and id of an element as lower-case words between spaces:
/// "PageBuilder-pageRow" is " page builder page row ", so that "pager" does not
/// match it and "ArticleBody" still reads as "article body".
fn class_id(dom: &Dom, id: NodeId) -> String {
    let Some(e) = dom.element(id) else { return String::new() };
    let mut s = String::new();
    for k in ["class", "id"] {
        let Some(v) = e.attr(k) else { continue };
        s.push(' ');
        let mut prev_lower = false;
        for c in v.chars() {
            if c.is_alphanumeric() {
                if c.is_uppercase() && prev_lower {
                    s.push(' ');
                }
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                s.extend(c.to_lowercase());
            } else {
                if !s.ends_with(' ') {
                    s.push(' ');
                }
                prev_lower = false;
            }
        }
        if !s.ends_with(' ') {
            s.push(' ');
        }
    }
    s
}

/// Whether `words` (as [`class_id`] writes them) holds the words `pat`, or
/// their plural.
fn has_words(words: &str, pat: &str) -> bool {
    let b = words.as_bytes();
    let mut from = 0;
    while let Some(p) = words[from..].find(pat) {
        let at = from + p;
        let before = at == 0 || b[at - 1] == b' ';
        let rest = &b[at + pat.len()..];
        let after = rest.first().is_none_or(|&c| c == b' ')
            || (rest.first() == Some(&b's') && rest.get(1).is_none_or(|&c| c == b' '));
        if before && after {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Whether `words` holds `pat` anywhere, spaces ignored ("articlebody" holds "article").
fn has_part(words: &str, pat: &str) -> bool {
    words.contains(pat) || (!pat.contains(' ') && words.replace(' ', "").contains(pat))
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    let Some(e) = dom.element(id) else { return false };
    e.attr("hidden").is_some()
        || e.attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || e.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

fn class_weight(ci: &str) -> f32 {
    if ci.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    if NEGATIVE.iter().any(|p| has_words(ci, p)) {
        w -= 25.0;
    }
    if POSITIVE.iter().any(|p| has_part(ci, p)) {
        w += 25.0;
    }
    w
}

/// Per-node figures, indexed by node id.
struct Stats {
    removed: Vec<bool>,
    /// Non-space chars of text under the node.
    chars: Vec<u32>,
    /// Of which inside links.
    link_chars: Vec<u32>,
    commas: Vec<u32>,
    /// Whether a block element is among the children.
    block_child: Vec<bool>,
    /// Class and id as words (see [`class_id`]).
    cls: Vec<String>,
}

fn stats(dom: &Dom) -> Stats {
    stats_with(dom, true)
}

/// `prune`: also prune by class, id and role (a whole page); without it only
/// elements that never hold text are left out (a fragment from a feed).
// every loop walks node ids to index the parallel per-node arrays
#[allow(clippy::needless_range_loop)]
fn stats_with(dom: &Dom, prune: bool) -> Stats {
    let n = dom.nodes.len();
    let mut st = Stats {
        removed: vec![false; n],
        chars: vec![0; n],
        link_chars: vec![0; n],
        commas: vec![0; n],
        block_child: vec![false; n],
        cls: vec![String::new(); n],
    };
    // bottom-up, nothing pruned yet: each text's figures, and the text of long
    // paragraphs under each node (a class that reads as chrome does not prune
    // a container holding much of the page's paragraphs: "header-style-2"
    // wrappers, "entry-content-read-more" bodies)
    let mut para_chars = vec![0u32; n];
    for id in (1..n).rev() {
        let parent = dom.nodes[id].parent as usize;
        match &dom.nodes[id].kind {
            NodeKind::Text(a, b) => {
                let pname = dom.name(parent as NodeId);
                if is_dropped_tag(pname) || pname == "title" {
                    continue;
                }
                let t = &dom.text[*a as usize..*b as usize];
                st.chars[id] = t.chars().filter(|c| !c.is_whitespace()).count() as u32;
                st.commas[id] = t.chars().filter(|&c| matches!(c, ',' | '，' | '、')).count() as u32;
            }
            NodeKind::Element(e) => {
                if &*e.name == "p" && st.chars[id] >= 80 {
                    para_chars[id] = st.chars[id];
                }
            }
        }
        para_chars[parent] += para_chars[id];
        st.chars[parent] += st.chars[id];
    }
    let page_para = para_chars[0].max(1);
    // top-down: removal is inherited (parents come before children)
    for id in 1..n {
        let parent = dom.nodes[id].parent as usize;
        if st.removed[parent] {
            st.removed[id] = true;
            continue;
        }
        let Some(e) = dom.element(id as NodeId) else { continue };
        let name = &*e.name;
        st.cls[id] = class_id(dom, id as NodeId);
        let mut drop = is_dropped_tag(name) || is_hidden(dom, id as NodeId);
        if prune && !drop && !matches!(name, "body" | "html" | "article" | "main" | "a") {
            let ci = &st.cls[id];
            if !ci.is_empty() {
                let unlikely = UNLIKELY.iter().any(|p| has_words(ci, p)) && !MAYBE.iter().any(|p| has_part(ci, p));
                // an embedded post (a tweet) is part of the article
                let chrome = (unlikely || CHROME.iter().any(|p| has_words(ci, p))) && !has_words(ci, "embed");
                let holds_article = para_chars[id] * 10 >= page_para * 4 && !has_words(ci, "comment");
                drop = chrome && !holds_article;
            }
            let role = e.attr("role").unwrap_or("");
            if matches!(role, "navigation" | "complementary" | "contentinfo" | "banner" | "menu" | "dialog" | "alert")
                && para_chars[id] * 10 < page_para * 4
            {
                drop = true;
            }
            if matches!(name, "aside" | "footer") && para_chars[id] * 10 < page_para * 4 {
                drop = true;
            }
        }
        st.removed[id] = drop;
    }
    // bottom-up again: the figures of what is left
    for id in 1..n {
        if matches!(dom.nodes[id].kind, NodeKind::Element(_)) {
            st.chars[id] = 0;
            st.commas[id] = 0;
        }
    }
    for id in (1..n).rev() {
        if st.removed[id] {
            continue;
        }
        let parent = dom.nodes[id].parent as usize;
        if let NodeKind::Element(e) = &dom.nodes[id].kind {
            if &*e.name == "a" {
                st.link_chars[id] = st.chars[id];
            }
            if is_block(&e.name) {
                st.block_child[parent] = true;
            }
        }
        st.chars[parent] += st.chars[id];
        st.link_chars[parent] += st.link_chars[id];
        st.commas[parent] += st.commas[id];
    }
    st
}

fn link_density(st: &Stats, id: usize) -> f32 {
    if st.chars[id] == 0 {
        0.0
    } else {
        st.link_chars[id] as f32 / st.chars[id] as f32
    }
}

fn tag_bonus(name: &str) -> f32 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// The container of the article text, and the siblings that go with it.
fn choose(dom: &Dom, st: &Stats) -> Vec<NodeId> {
    let n = dom.nodes.len();
    let mut score = vec![0f32; n];
    let mut init = vec![false; n];
    let mut candidates = Vec::new();
    for id in 1..n {
        if st.removed[id] {
            continue;
        }
        let name = dom.name(id as NodeId);
        let parent = dom.nodes[id].parent as usize;
        // text right inside a container that also holds blocks is a paragraph
        // of its own ("<div><p class=titre>…</p>Le texte…<div>…</div></div>")
        let loose_text = matches!(dom.nodes[id].kind, NodeKind::Text(..))
            && st.block_child[parent]
            && !matches!(dom.name(parent as NodeId), "p" | "td" | "li" | "pre");
        let para_like = matches!(name, "p" | "pre" | "td")
            || (matches!(name, "div" | "section" | "span") && !st.block_child[id] && st.chars[id] > 0)
            || loose_text;
        if !para_like || st.chars[id] < 25 {
            continue;
        }
        let s = 1.0 + st.commas[id] as f32 + (st.chars[id] as f32 / 100.0).min(3.0);
        let mut anc = dom.nodes[id].parent;
        let mut level = 0;
        while anc != NONE && anc != 0 && level < 5 {
            let a = anc as usize;
            if !init[a] {
                init[a] = true;
                score[a] = tag_bonus(dom.name(anc)) + class_weight(&st.cls[a]);
                candidates.push(anc);
            }
            score[a] += match level {
                0 => s,
                1 => s / 2.0,
                _ => s / (level as f32 * 3.0),
            };
            anc = dom.nodes[a].parent;
            level += 1;
        }
    }
    let mut best = NONE;
    let mut best_score = f32::MIN;
    for &c in &candidates {
        let c_us = c as usize;
        let s = score[c_us] * (1.0 - link_density(st, c_us));
        score[c_us] = s;
        if s > best_score {
            best_score = s;
            best = c;
        }
    }
    if best == NONE {
        // no paragraph long enough to score: the whole body (or page)
        return vec![dom.find_all("body").next().unwrap_or(0)];
    }
    // a container with a single child holding everything: the child's parent
    // stands for the same text, go up while the parent adds little
    let mut top = best;
    loop {
        let p = dom.nodes[top as usize].parent;
        if p == NONE || p == 0 || matches!(dom.name(p), "body" | "html") {
            break;
        }
        let only_child =
            dom.children(p).filter(|&c| c != top && !st.removed[c as usize] && st.chars[c as usize] > 0).count() == 0;
        if only_child {
            top = p;
        } else {
            break;
        }
    }
    let parent = dom.nodes[top as usize].parent;
    if parent == NONE {
        return vec![top];
    }
    let threshold = (best_score * 0.2).max(10.0);
    let mut out = Vec::new();
    for sib in dom.children(parent) {
        let s = sib as usize;
        if st.removed[s] {
            continue;
        }
        if sib == top {
            out.push(sib);
            continue;
        }
        let mut bonus = 0.0;
        let ci = &st.cls[top as usize];
        if !ci.is_empty() && *ci == st.cls[s] {
            bonus = best_score * 0.2;
        }
        // a scored sibling made of links is a list of other articles
        let append = (init[s] && score[s] + bonus >= threshold && link_density(st, s) < 0.3) || {
            let name = dom.name(sib);
            let ld = link_density(st, s);
            name == "p"
                && ((st.chars[s] > 80 && ld < 0.25) || (st.chars[s] > 0 && ld == 0.0 && ends_sentence(dom, sib)))
        };
        if append {
            out.push(sib);
        }
    }
    same_class_parts(dom, st, best, &mut out);
    out
}

/// Adds the parts of an article split across the page (a lede before a
/// figure, paragraphs after an ad, a second content block): elements outside
/// the chosen containers with the class of the best candidate or of the
/// chosen paragraphs. Keeps document order.
fn same_class_parts(dom: &Dom, st: &Stats, best: NodeId, roots: &mut Vec<NodeId>) {
    if std::env::var_os("SKIPSC").is_some() {
        return;
    }
    use std::collections::HashSet;
    let mut classes: HashSet<&str> = HashSet::new();
    if !st.cls[best as usize].trim().is_empty() {
        classes.insert(&st.cls[best as usize]);
    }
    for &r in roots.iter() {
        for d in dom.descendants(r) {
            let i = d as usize;
            if !st.removed[i] && dom.name(d) == "p" && st.chars[i] >= 80 && !st.cls[i].trim().is_empty() {
                classes.insert(&st.cls[i]);
            }
        }
    }
    if classes.is_empty() {
        return;
    }
    let inside = |id: NodeId, roots: &[NodeId]| {
        let mut a = id;
        while a != NONE {
            if roots.contains(&a) {
                return true;
            }
            a = dom.nodes[a as usize].parent;
        }
        false
    };
    let mut added = Vec::new();
    for id in 1..dom.nodes.len() {
        if st.removed[id] || st.chars[id] < 100 || link_density(st, id) >= 0.3 || !classes.contains(st.cls[id].as_str())
        {
            continue;
        }
        let id = id as NodeId;
        if inside(id, roots) || inside(id, &added) {
            continue;
        }
        // a part never holds a chosen container
        if roots.iter().any(|&r| inside(r, &[id])) {
            continue;
        }
        added.push(id);
    }
    roots.extend(added);
    roots.sort_unstable();
}

fn ends_sentence(dom: &Dom, id: NodeId) -> bool {
    let t = dom.inner_text(id);
    let t = t.trim_end();
    t.ends_with(['.', '!', '?', '…', '»', '"', '”'])
}

/// Accumulates the text of blocks while walking the chosen subtrees.
struct Emitter {
    blocks: Vec<Block>,
    cur: String,
    /// Kinds given by the enclosing elements, innermost last.
    kinds: Vec<ParagraphKind>,
}

impl Emitter {
    fn flush(&mut self) {
        let t = self.cur.trim();
        if !t.is_empty() {
            let kind = self.kinds.last().copied().unwrap_or(ParagraphKind::Body);
            self.blocks.push(Block { kind, text: t.to_string() });
        }
        self.cur.clear();
    }

    fn push_text(&mut self, t: &str) {
        let mut space = self.cur.is_empty() || self.cur.ends_with([' ', '\n']);
        for c in t.chars() {
            if c.is_whitespace() && c != '\u{00A0}' && c != '\u{202F}' {
                if !space {
                    self.cur.push(' ');
                    space = true;
                }
            } else {
                self.cur.push(c);
                space = false;
            }
        }
    }
}

/// Class words of bylines, datelines and dates.
const METADATA: [&str; 16] = [
    "byline",
    "by line",
    "author",
    "authors",
    "dateline",
    "date",
    "timestamp",
    "time",
    "published",
    "publish date",
    "posted",
    "posted on",
    "updated",
    "pubdate",
    "entry meta",
    "post meta",
];
/// Class words of the lede set apart under the title.
const STANDFIRST: [&str; 10] =
    ["dek", "standfirst", "chapo", "chapeau", "subtitle", "sub title", "subheadline", "summary", "excerpt", "lede"];

/// The kind that an element gives to the text inside it, if any.
fn block_kind(dom: &Dom, st: &Stats, id: NodeId) -> Option<ParagraphKind> {
    let name = dom.name(id);
    let i = id as usize;
    let ci = &st.cls[i];
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => ParagraphKind::Heading,
        "figcaption" | "caption" | "figure" => ParagraphKind::Caption,
        _ if ci.is_empty() => return None,
        _ if has_part(ci, "caption")
            || has_part(ci, "legende")
            || has_part(ci, "légende")
            || has_words(ci, "credit") =>
        {
            ParagraphKind::Caption
        }
        "blockquote" | "aside" | "div" if has_part(ci, "pull") => ParagraphKind::PullQuote,
        _ if st.chars[i] < 200 && METADATA.iter().any(|p| has_words(ci, p)) => ParagraphKind::Metadata,
        _ if st.chars[i] < 600 && STANDFIRST.iter().any(|p| has_words(ci, p)) => ParagraphKind::Standfirst,
        _ => return None,
    })
}

/// Whether a container inside the article is a list of links or chrome.
fn skip_inside(dom: &Dom, st: &Stats, id: NodeId) -> bool {
    let i = id as usize;
    let name = dom.name(id);
    let ld = link_density(st, i);
    match name {
        "ul" | "ol" => ld > 0.5,
        "div" | "section" | "table" | "header" | "dl" => {
            (ld > 0.5 && st.chars[i] < 1000) || (class_weight(&st.cls[i]) < 0.0 && st.chars[i] < 200)
        }
        "p" | "li" => ld > 0.8 && st.chars[i] < 200,
        // a hover card or link cluster inlined in a sentence ("Ilhan OmarIlhan
        // OmarHillicon Valley: …")
        "span" => ld > 0.9 && st.chars[i] >= 80,
        _ => false,
    }
}

fn emit(dom: &Dom, st: &Stats, roots: &[NodeId], prune: bool) -> Vec<Block> {
    let mut em = Emitter { blocks: Vec::new(), cur: String::new(), kinds: Vec::new() };
    for &root in roots {
        // an explicit stack of (node, entering)
        let mut stack = vec![(root, true)];
        while let Some((id, enter)) = stack.pop() {
            let i = id as usize;
            match &dom.nodes[i].kind {
                NodeKind::Text(a, b) => {
                    em.push_text(&dom.text[*a as usize..*b as usize]);
                }
                NodeKind::Element(e) => {
                    let kind = if enter { block_kind(dom, st, id) } else { None };
                    let block = is_block(&e.name);
                    if enter {
                        if st.removed[i]
                            || (prune && skip_inside(dom, st, id))
                            || matches!(&*e.name, "script" | "style")
                        {
                            continue;
                        }
                        if &*e.name == "br" {
                            // two line breaks in a row part paragraphs
                            if em.cur.ends_with('\n') {
                                em.cur.pop();
                                em.flush();
                            } else if !em.cur.trim().is_empty() {
                                em.cur.push('\n');
                            }
                            continue;
                        }
                        if block || kind.is_some() {
                            em.flush();
                        }
                        if let Some(k) = kind {
                            em.kinds.push(k);
                        }
                        stack.push((id, false));
                        let kids: Vec<NodeId> = dom.children(id).collect();
                        for &c in kids.iter().rev() {
                            stack.push((c, true));
                        }
                    } else {
                        let kinded = block_kind(dom, st, id).is_some();
                        if block || kinded {
                            em.flush();
                        }
                        if kinded {
                            em.kinds.pop();
                        }
                    }
                }
            }
        }
        em.flush();
    }
    // line breaks kept inside a block are single spaces for the reader
    for b in &mut em.blocks {
        if b.text.contains('\n') {
            b.text = b.text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
        }
    }
    em.blocks
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Keeps the blocks that the JSON-LD body contains, when it covers them well;
/// replaces them with it when the DOM missed most of it.
fn check_against(blocks: Vec<Block>, body: &str) -> Vec<Block> {
    use std::collections::HashSet;
    let bw = words(body);
    if bw.len() < 30 {
        return blocks;
    }
    let trigrams: HashSet<&[String]> = bw.windows(3).collect();
    let mut kept = Vec::new();
    let mut covered = 0usize;
    for b in &blocks {
        let w = words(&b.text);
        let hits = w.windows(3).filter(|t| trigrams.contains(t)).count();
        let total = w.len().saturating_sub(2).max(1);
        if hits * 10 >= total * 3 && !w.is_empty() {
            covered += hits;
            kept.push(b.clone());
        } else if b.kind == ParagraphKind::Heading && w.len() <= 12 && !kept.is_empty() {
            kept.push(b.clone());
        }
    }
    let body_trigrams = bw.len().saturating_sub(2).max(1);
    let dom_words: usize = blocks.iter().map(|b| words(&b.text).len()).sum();
    // a teaser ("…", or much shorter than the page's text) filters nothing
    let end = body.trim_end();
    let cut = end.ends_with('…') || end.ends_with("...");
    let teaser = cut || bw.len() * 10 < dom_words * 8;
    if covered * 10 >= body_trigrams * 7 && !teaser {
        kept
    } else if covered * 10 < body_trigrams * 4 && bw.len() >= 100 && !cut {
        // the markup hid most of the article (or the page is a shell filled
        // by scripts): the declared body is the better text
        body.split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| Block { kind: ParagraphKind::Body, text: l.split_whitespace().collect::<Vec<_>>().join(" ") })
            .collect()
    } else {
        blocks
    }
}

/// All the blocks of an HTML fragment (a feed item's content), nothing pruned
/// but what never holds text.
pub fn fragment(dom: &Dom) -> Vec<Block> {
    let st = stats_with(dom, false);
    emit(dom, &st, &[0], false)
}

/// The containers chosen as the article, and the nodes pruned, for debugging.
#[doc(hidden)]
pub fn explain(dom: &Dom) -> (Vec<NodeId>, Vec<bool>) {
    let st = stats(dom);
    (choose(dom, &st), st.removed)
}

/// The article's blocks, in order.
pub fn extract(dom: &Dom, ld_body: Option<&str>) -> Vec<Block> {
    let st = stats(dom);
    let roots = choose(dom, &st);
    let blocks = emit(dom, &st, &roots, true);
    match ld_body {
        Some(b) => check_against(blocks, b),
        None => blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse;

    #[test]
    fn the_article_not_the_chrome() {
        let page = r##"<html><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
<div class="header">Le Courrier du Val, édition du matin, votre quotidien régional depuis 1920</div>
<div class="article-body">
<h1>La crue de l'Arve</h1>
<p>La rivière a débordé dans la nuit de mardi à mercredi, inondant trois quartiers de la ville basse, selon la préfecture.</p>
<figure><img src="a.jpg"><figcaption>Le pont de la Gare, mercredi matin (photo Léa Morel).</figcaption></figure>
<p>Les pompiers ont évacué quarante habitants, a précisé le maire, qui a ouvert le gymnase municipal pour les accueillir.</p>
<div class="share-buttons"><a href="#">Partager sur Facebook</a></div>
<h2>Des dégâts importants</h2>
<p>Les assureurs estiment les dégâts à plusieurs millions d'euros, un chiffre encore provisoire, disent-ils.</p>
<ul class="related"><li><a href="/x">Lire aussi : la crue de 2015</a></li></ul>
</div>
<div id="comments"><p>Super article, merci pour ces informations très complètes, vraiment !</p></div>
<footer><p>© 2024 Le Courrier du Val. Tous droits réservés, reproduction interdite.</p></footer>
</body></html>"##;
        let dom = parse(page);
        let blocks = extract(&dom, None);
        let texts: Vec<(&str, String)> =
            blocks.iter().map(|b| (b.kind.as_str(), b.text.chars().take(19).collect())).collect();
        let want = [
            ("heading", "La crue de l'Arve"),
            ("body", "La rivière a débord"),
            ("caption", "Le pont de la Gare,"),
            ("body", "Les pompiers ont év"),
            ("heading", "Des dégâts importan"),
            ("body", "Les assureurs estim"),
        ];
        assert_eq!(texts, want.map(|(k, t)| (k, t.to_string())));
    }
}
