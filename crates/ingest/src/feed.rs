//! Feeds: RSS 2.0 (and RSS 1.0/RDF), Atom, and OPML lists of feeds.
//!
//! Each feed item becomes a document: its link, title, date, and its content
//! (`content:encoded`, Atom `content`) or else its summary (`description`,
//! `summary`) read as an HTML fragment. The outlet is the feed's title. When
//! the full page of an item is among the inputs (an HTML file or a WARC record
//! with the same URL), the page is the article and the item only lends it what
//! the page lacks (see `Documents`).
//!
//! OPML lists feeds by URL: local files are read as feeds; this build does not
//! fetch remote ones, and says how many it left.

use crate::InputError;
use recoupe_html::dom::{self, Dom, NodeId};
use recoupe_model::{Document, InputFormat, ParagraphKind, Span};

/// What a feed-like file turned out to be.
pub enum Parsed {
    /// Feed items, each a document or the problem with it.
    Items(Vec<Result<Document, InputError>>),
    /// An OPML list: feed locations (`xmlUrl`) in order.
    Opml(Vec<String>),
}

fn child(d: &Dom, id: NodeId, names: &[&str]) -> Option<NodeId> {
    names.iter().find_map(|n| d.children(id).find(|&c| d.name(c) == *n))
}

fn text(d: &Dom, id: Option<NodeId>) -> Option<String> {
    let t = d.inner_text(id?);
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn raw_text(d: &Dom, id: Option<NodeId>) -> Option<String> {
    let t = d.inner_text(id?);
    (!t.trim().is_empty()).then_some(t)
}

/// The first element named one of `names`, anywhere.
fn find(d: &Dom, names: &[&str]) -> Option<NodeId> {
    (0..d.nodes.len() as NodeId).find(|&i| names.contains(&d.name(i)))
}

/// An item's link: RSS `<link>` text, Atom `<link rel="alternate" href>`, or a permalink `<guid>`.
fn link(d: &Dom, item: NodeId) -> Option<String> {
    let mut atom = None;
    for c in d.children(item).filter(|&c| d.name(c) == "link") {
        let e = d.element(c)?;
        match e.attr("href") {
            Some(h) if e.attr("rel").is_none_or(|r| r == "alternate") => return Some(h.trim().to_string()),
            Some(h) => atom = atom.or(Some(h.trim().to_string())),
            None => {
                if let Some(t) = text(d, Some(c)) {
                    return Some(t);
                }
            }
        }
    }
    if let Some(g) = child(d, item, &["guid"]) {
        let permalink = d.element(g).and_then(|e| e.attr("ispermalink")).is_none_or(|v| v != "false");
        let t = text(d, Some(g));
        if permalink && t.as_deref().is_some_and(|t| t.starts_with("http")) {
            return t;
        }
    }
    atom
}

/// Parses a feed or an OPML file named `path`.
pub fn parse(path: &str, xml: &str) -> Result<Parsed, InputError> {
    let d = dom::parse_xml(xml);
    let root = d.children(0).find(|&c| d.element(c).is_some());
    let root_name = root.map(|r| d.name(r).to_string()).unwrap_or_default();
    match root_name.as_str() {
        "rss" | "rdf:rdf" | "feed" => {}
        "opml" => {
            let urls = (0..d.nodes.len() as NodeId)
                .filter(|&i| d.name(i) == "outline")
                .filter_map(|i| d.element(i)?.attr("xmlurl").map(|u| u.trim().to_string()))
                .filter(|u| !u.is_empty())
                .collect();
            return Ok(Parsed::Opml(urls));
        }
        "html" => {
            return Err(InputError::new(path, None, "an HTML page, not a feed (no <rss>, <feed> or <opml> root)"))
        }
        "" => return Err(InputError::new(path, None, "not XML: no element found")),
        other => {
            return Err(InputError::new(
                path,
                None,
                format!("not a feed: the root element is <{other}>, not <rss>, <feed>, <rdf:RDF> or <opml>"),
            ))
        }
    }
    let outlet = find(&d, &["channel", "feed"]).and_then(|c| text(&d, child(&d, c, &["title"])));
    let items: Vec<NodeId> = (0..d.nodes.len() as NodeId).filter(|&i| matches!(d.name(i), "item" | "entry")).collect();
    let mut out = Vec::new();
    for (n, &item) in items.iter().enumerate() {
        let at = Some(format!("item {}", n + 1));
        let title = text(&d, child(&d, item, &["title"]));
        let url = link(&d, item);
        let published = text(&d, child(&d, item, &["pubdate", "published", "dc:date", "updated", "issued"]));
        let body = raw_text(&d, child(&d, item, &["content:encoded", "content"]))
            .or_else(|| raw_text(&d, child(&d, item, &["description", "summary"])));
        let blocks = body.map(|b| recoupe_html::extract::fragment(&dom::parse(&b))).unwrap_or_default();
        if title.is_none() && blocks.is_empty() {
            out.push(Err(InputError::new(path, at, "item without a title or text")));
            continue;
        }
        let mut doc = Document {
            path: Some(path.to_string()),
            record: at,
            record_id: text(&d, child(&d, item, &["guid", "id"])),
            url,
            outlet: outlet.clone(),
            published,
            format: InputFormat::Html,
            ..Document::default()
        };
        let mut t = String::new();
        if let Some(title) = &title {
            t.push_str(title);
            doc.paragraph_kinds.push((Span::new(0, t.len()), ParagraphKind::Title));
        }
        for b in blocks {
            if !t.is_empty() {
                t.push_str("\n\n");
            }
            let a = t.len();
            t.push_str(&b.text);
            doc.paragraph_kinds.push((Span::new(a, t.len()), b.kind));
        }
        doc.title = title;
        doc.text = t;
        out.push(Ok(doc));
    }
    Ok(Parsed::Items(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_atom_and_opml() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Le Courrier du Val</title><link>https://courrier.example/</link>
<item><title>La crue de l'Arve</title><link>https://courrier.example/crue</link>
<pubDate>Sat, 02 Mar 2024 08:00:00 +0100</pubDate>
<description>Résumé &lt;b&gt;court&lt;/b&gt;.</description>
<content:encoded><![CDATA[<p>La rivière a débordé.</p><p>Les pompiers sont intervenus.</p>]]></content:encoded></item>
<item><link>https://courrier.example/vide</link></item>
</channel></rss>"#;
        let Ok(Parsed::Items(items)) = parse("f.rss", rss) else { panic!("not items") };
        let doc = items[0].as_ref().unwrap();
        assert_eq!(doc.url.as_deref(), Some("https://courrier.example/crue"));
        assert_eq!(doc.outlet.as_deref(), Some("Le Courrier du Val"));
        assert_eq!(doc.published.as_deref(), Some("Sat, 02 Mar 2024 08:00:00 +0100"));
        assert_eq!(doc.text, "La crue de l'Arve\n\nLa rivière a débordé.\n\nLes pompiers sont intervenus.");
        assert_eq!(items[1].as_ref().unwrap_err().to_string(), "f.rss: item 2: item without a title or text");

        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Val Info</title>
<entry><title>Crue</title><link rel="alternate" href="https://val.example/crue"/><updated>2024-03-02T08:00:00Z</updated>
<summary type="html">&lt;p&gt;La rivière a débordé.&lt;/p&gt;</summary></entry></feed>"#;
        let Ok(Parsed::Items(items)) = parse("f.atom", atom) else { panic!("not items") };
        let doc = items[0].as_ref().unwrap();
        assert_eq!(
            (doc.url.as_deref(), doc.text.as_str()),
            (Some("https://val.example/crue"), "Crue\n\nLa rivière a débordé.")
        );

        let opml = r#"<opml version="2.0"><body><outline text="Val" xmlUrl="val.rss"/><outline xmlUrl="https://x.example/rss"/></body></opml>"#;
        let Ok(Parsed::Opml(urls)) = parse("l.opml", opml) else { panic!("not opml") };
        assert_eq!(urls, ["val.rss", "https://x.example/rss"]);
    }

    #[test]
    fn not_a_feed() {
        let e = |s: &str| parse("x.rss", s).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(e("{\"a\": 1}"), "x.rss: not XML: no element found");
        assert!(e("<html><body>x</body></html>").contains("an HTML page, not a feed"));
        assert!(e("<svg></svg>").contains("root element is <svg>"));
    }
}
