//! What a page says about itself: `<meta>` tags (Open Graph, Dublin Core,
//! article:*, Google News' `original-source`/`syndication-source`), JSON-LD
//! (`NewsArticle` and kin, also inside `@graph`), microdata `itemprop`,
//! `<link rel=canonical>`, `<html lang>`.
//!
//! The publication date is taken only from these declarations or, failing
//! them, from a `<time>` element marked as the publication; never from a
//! copyright year or a script, so a cookie banner cannot date an article.

use crate::dom::{Dom, NodeId};
use serde_json::Value;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub canonical: Option<String>,
    /// The page's own URL as Open Graph gives it (a syndicated copy keeps its
    /// own here and points its canonical link at the original).
    pub og_url: Option<String>,
    pub published: Option<String>,
    /// Where the publication date was declared ("article:published_time", "json-ld"…).
    pub published_from: Option<&'static str>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub lang: Option<String>,
    pub description: Option<String>,
    /// `articleBody` of the page's JSON-LD article, when it has one.
    pub ld_body: Option<String>,
    /// A URL the page declares as the original of its text (`original-source`,
    /// `syndication-source`, JSON-LD `isBasedOn`).
    pub original_source: Option<String>,
}

fn set(slot: &mut Option<String>, v: Option<&str>) {
    if slot.is_none() {
        if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
            *slot = Some(v.to_string());
        }
    }
}

fn set_date(meta: &mut PageMeta, v: Option<&str>, from: &'static str) {
    if meta.published.is_none() && v.is_some_and(|v| v.trim().len() >= 4) {
        set(&mut meta.published, v);
        meta.published_from = Some(from);
    }
}

const ARTICLE_TYPES: [&str; 9] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "BackgroundNewsArticle",
];

fn is_article(v: &Value) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    }
}

fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
        Value::Object(o) => {
            if let Some(Value::String(n)) = o.get("name") {
                if !n.trim().is_empty() {
                    out.push(n.trim().to_string());
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| names(x, out)),
        _ => {}
    }
}

fn str_of(v: Option<&Value>) -> Option<&str> {
    match v? {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("@id").or_else(|| o.get("url")).and_then(Value::as_str),
        Value::Array(a) => a.first().and_then(|x| str_of(Some(x))),
        _ => None,
    }
}

/// Objects of a JSON-LD value, flattening arrays and `@graph`.
fn objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| objects(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            if let Some(g) = o.get("@graph") {
                objects(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn read_json_ld(json: &str, meta: &mut PageMeta) {
    // control characters inside strings are common and invalid JSON
    let cleaned: String;
    let json = if json.bytes().any(|b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) {
        cleaned = json.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        &cleaned
    } else {
        json
    };
    let Ok(v) = serde_json::from_str::<Value>(json.trim().trim_end_matches(';')) else {
        return;
    };
    let mut objs = Vec::new();
    objects(&v, &mut objs, 0);
    for o in objs {
        if !is_article(o) {
            if o.get("@type").and_then(Value::as_str) == Some("WebSite") {
                set(&mut meta.site_name, o.get("name").and_then(Value::as_str));
            }
            continue;
        }
        set(&mut meta.title, o.get("headline").and_then(Value::as_str));
        set_date(meta, o.get("datePublished").and_then(Value::as_str), "json-ld");
        set(&mut meta.modified, o.get("dateModified").and_then(Value::as_str));
        if meta.authors.is_empty() {
            if let Some(a) = o.get("author") {
                names(a, &mut meta.authors);
            }
        }
        if let Some(p) = o.get("publisher") {
            let mut n = Vec::new();
            names(p, &mut n);
            set(&mut meta.site_name, n.first().map(String::as_str));
        }
        set(&mut meta.lang, o.get("inLanguage").and_then(Value::as_str));
        set(&mut meta.description, o.get("description").and_then(Value::as_str));
        // bodies often carry HTML entities and even tags
        let body = o.get("articleBody").and_then(Value::as_str).map(strip_markup);
        set(&mut meta.ld_body, body.as_deref());
        set(&mut meta.original_source, str_of(o.get("isBasedOn")));
    }
}

/// Text of a string that may hold markup and character references.
fn strip_markup(s: &str) -> String {
    if !s.contains('<') && !s.contains('&') {
        return s.to_string();
    }
    let dom = crate::dom::parse(s);
    let mut out = String::new();
    for id in 0..dom.nodes.len() as NodeId {
        if let Some(t) = dom.text_of(id) {
            out.push_str(t);
        } else if matches!(dom.name(id), "p" | "br" | "div" | "li" | "h2" | "h3") {
            out.push('\n');
        }
    }
    out
}

/// Reads the metadata of a parsed page.
pub fn read(dom: &Dom) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut html_title = None;
    let mut og_title = None;
    let mut time_pub = None;
    for id in 0..dom.nodes.len() as NodeId {
        let Some(e) = dom.element(id) else { continue };
        match &*e.name {
            "html" => set(&mut meta.lang, e.attr("lang").or_else(|| e.attr("xml:lang"))),
            "title" if html_title.is_none() => html_title = Some(dom.inner_text(id)),
            "meta" => {
                let key = e.attr("property").or_else(|| e.attr("name")).or_else(|| e.attr("itemprop")).unwrap_or("");
                let content = e.attr("content");
                match key.to_ascii_lowercase().as_str() {
                    "og:title" | "twitter:title" => set(&mut og_title, content),
                    "og:site_name" | "application-name" => set(&mut meta.site_name, content),
                    "og:url" => {
                        set(&mut meta.og_url, content);
                        set(&mut meta.canonical, content);
                    }
                    "article:published_time" | "og:article:published_time" => {
                        set_date(&mut meta, content, "article:published_time")
                    }
                    "datepublished"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dcterms.created"
                    | "dcterms.issued"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published"
                    | "cxenseparse:recs:publishtime" => set_date(&mut meta, content, "meta date"),
                    "article:modified_time" | "datemodified" | "og:updated_time" => set(&mut meta.modified, content),
                    "author" | "article:author" | "dc.creator" | "sailthru.author" | "parsely-author"
                        if meta.authors.is_empty() =>
                    {
                        if let Some(a) = content.map(str::trim).filter(|a| !a.is_empty() && !a.starts_with("http")) {
                            meta.authors.push(a.to_string());
                        }
                    }
                    "og:locale" | "content-language" | "dc.language" => {
                        set(&mut meta.lang, content.map(|l| l.split(['_', ',']).next().unwrap_or(l)))
                    }
                    "description" | "og:description" => set(&mut meta.description, content),
                    "original-source" | "syndication-source" => set(&mut meta.original_source, content),
                    _ => {}
                }
                if e.attr("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("content-language")) {
                    set(&mut meta.lang, content);
                }
            }
            "link" => {
                let rel = e.attr("rel").unwrap_or("");
                if rel.eq_ignore_ascii_case("canonical") {
                    // the canonical link outranks og:url
                    if let Some(h) = e.attr("href").filter(|h| !h.trim().is_empty()) {
                        meta.canonical = Some(h.trim().to_string());
                    }
                }
            }
            "script" if e.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {
                read_json_ld(&dom.inner_text(id), &mut meta);
            }
            "time" if time_pub.is_none() => {
                let marked = e.attr("pubdate").is_some()
                    || e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                    || e.attr("class").is_some_and(|c| c.contains("publish") || c.contains("date-pub"));
                if marked {
                    set(&mut time_pub, e.attr("datetime"));
                }
            }
            _ => {
                if e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) {
                    set_date(&mut meta, e.attr("content").or_else(|| e.attr("datetime")), "itemprop");
                }
            }
        }
    }
    if meta.published.is_none() && time_pub.is_some() {
        meta.published = time_pub;
        meta.published_from = Some("time element");
    }
    // the title: declared, else the document title without its site suffix
    let title = og_title
        .or(meta.title.take())
        .or_else(|| html_title.map(|t| strip_site_suffix(t.trim(), meta.site_name.as_deref()).to_string()));
    meta.title = title.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty());
    if let Some(l) = &mut meta.lang {
        *l = l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    }
    meta.lang = meta.lang.take().filter(|l| (2..=3).contains(&l.len()));
    meta
}

/// "Titre de l'article | Le Site" → "Titre de l'article".
fn strip_site_suffix<'a>(t: &'a str, site: Option<&str>) -> &'a str {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · "] {
        if let Some(p) = t.rfind(sep) {
            let (head, tail) = (&t[..p], &t[p + sep.len()..]);
            let looks_like_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3);
            if looks_like_site {
                return head.trim();
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse;

    #[test]
    fn declared_metadata_and_json_ld() {
        let d = parse(
            r#"<html lang="fr-FR"><head><title>La crue de l'Arve | Le Courrier du Val</title>
<meta property="og:site_name" content="Le Courrier du Val">
<link rel="canonical" href="https://courrier.example/crue">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"datePublished":"2024-03-02T08:00:00+01:00","author":[{"@type":"Person","name":"Léa Morel"}],
"articleBody":"La rivière a débordé."}]}</script>
<meta name="original-source" content="https://agence.example/depeche/1">
</head><body><p>© 2019 Le Courrier</p><script>var d = "2018-01-01";</script></body></html>"#,
        );
        let m = read(&d);
        assert_eq!(m.title.as_deref(), Some("La crue de l'Arve"));
        assert_eq!(m.site_name.as_deref(), Some("Le Courrier du Val"));
        assert_eq!(m.canonical.as_deref(), Some("https://courrier.example/crue"));
        assert_eq!(m.published.as_deref(), Some("2024-03-02T08:00:00+01:00"));
        assert_eq!(m.published_from, Some("json-ld"));
        assert_eq!(m.authors, ["Léa Morel"]);
        assert_eq!(m.lang.as_deref(), Some("fr"));
        assert_eq!(m.ld_body.as_deref(), Some("La rivière a débordé."));
        assert_eq!(m.original_source.as_deref(), Some("https://agence.example/depeche/1"));
    }

    #[test]
    fn no_date_from_a_copyright_line_or_a_script() {
        let d = parse("<html><body><p>Copyright 2019</p><script>cookie('2018-05-25')</script></body></html>");
        assert_eq!(read(&d).published, None);
    }
}
