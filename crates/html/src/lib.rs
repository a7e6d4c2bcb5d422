//! HTML pages to articles: charset, a forgiving parser ([`dom`]), what the page
//! declares about itself ([`meta`]), and which part of it is the article
//! ([`extract`]). Pure: bytes in, a [`Page`] out; reading files and archives
//! is the ingest crate's job.

pub mod charset;
pub mod dom;
mod entities;
pub mod extract;
pub mod meta;

pub use entities::decode as decode_entities;
pub use extract::Block;
use recoupe_model::ParagraphKind;

/// An HTML page read as an article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    /// The article's blocks in order: headings, body paragraphs, captions…
    pub blocks: Vec<Block>,
    pub meta: meta::PageMeta,
    /// Problems met while reading (charset…).
    pub warnings: Vec<String>,
}

impl Page {
    /// The article text: the title, then the blocks, one paragraph each, with
    /// the kind of each paragraph as byte spans of that text.
    pub fn text_and_kinds(&self) -> (String, Vec<(usize, usize, ParagraphKind)>) {
        let mut text = String::new();
        let mut kinds = Vec::new();
        let mut push = |t: &str, k: ParagraphKind, text: &mut String| {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let a = text.len();
            text.push_str(t);
            kinds.push((a, text.len(), k));
        };
        let mut blocks = &self.blocks[..];
        if let Some(t) = &self.title {
            push(t, ParagraphKind::Title, &mut text);
            // the page's own heading repeats the title
            if blocks.first().is_some_and(|b| b.kind == ParagraphKind::Heading && same_words(&b.text, t)) {
                blocks = &blocks[1..];
            }
        }
        for b in blocks {
            push(&b.text, b.kind, &mut text);
        }
        (text, kinds)
    }

    /// The body as the extraction benchmark counts it: body paragraphs, headings
    /// and pull quotes, without the title and captions.
    pub fn body_text(&self) -> String {
        self.text_of(&[ParagraphKind::Body, ParagraphKind::Heading, ParagraphKind::PullQuote])
    }

    /// The blocks of the given kinds, one paragraph each, without the title.
    pub fn text_of(&self, kinds: &[ParagraphKind]) -> String {
        let parts: Vec<&str> = self
            .blocks
            .iter()
            .filter(|b| kinds.contains(&b.kind))
            .filter(|b| !self.title.as_deref().is_some_and(|t| same_words(&b.text, t)))
            .map(|b| b.text.as_str())
            .collect();
        parts.join("\n\n")
    }
}

fn same_words(a: &str, b: &str) -> bool {
    let w = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()
    };
    w(a) == w(b)
}

/// Reads a page from its bytes; `transport_charset` is the charset an HTTP
/// header or archive record gave, if any.
pub fn read_bytes(bytes: &[u8], transport_charset: Option<&str>) -> Page {
    let d = charset::decode(bytes, transport_charset);
    let mut page = read(&d.text);
    if let Some(w) = d.warning {
        page.warnings.push(w);
    }
    page
}

/// Reads a page already decoded to text.
pub fn read(html: &str) -> Page {
    let dom = dom::parse(html);
    let meta = meta::read(&dom);
    let blocks = extract::extract(&dom, meta.ld_body.as_deref());
    Page { title: meta.title.clone(), blocks, meta, warnings: Vec::new() }
}
