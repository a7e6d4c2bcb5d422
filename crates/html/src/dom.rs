//! A forgiving HTML parser into a flat tree: one pass over the bytes, no
//! recursion, bounded depth. It is not the WHATWG tree builder; it keeps what
//! extraction needs (elements with their attributes, decoded text) and repairs
//! the common breakages the way browsers do where it matters for text: a `<p>`
//! ends at the next block, an `<li>` at the next item, a cell at the next cell,
//! and a stray closing tag is ignored.
//!
//! Raw-text elements (`script`, `style`, `title`, `textarea`…) are read to
//! their closing tag without looking for markup inside.

use crate::entities::decode_into;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = u32;
pub const NONE: NodeId = u32::MAX;

/// Deeper elements are attached to the deepest open one: pathological nesting
/// costs nothing and every walk stays shallow.
const MAX_DEPTH: usize = 256;

#[derive(Debug, Clone)]
pub enum NodeKind {
    Element(Element),
    /// Decoded text: a byte range of [`Dom::text`].
    Text(u32, u32),
}

#[derive(Debug, Clone)]
pub struct Element {
    /// Lower-case tag name.
    pub name: Box<str>,
    /// Lower-case attribute names, decoded values, in source order.
    pub attrs: Vec<(Box<str>, Box<str>)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| &**k == name).map(|(_, v)| &**v)
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub next_sibling: NodeId,
}

/// A parsed page. Node 0 is the document root (an element named `#document`).
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
    pub text: String,
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "frame"
    )
}

/// Elements whose content is read verbatim up to the closing tag.
fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "title"
            | "textarea"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "plaintext"
    )
}

/// Elements whose opening closes an open `<p>`.
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
    )
}

impl Dom {
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes.get(id as usize)?.kind {
            NodeKind::Element(e) => Some(e),
            NodeKind::Text(..) => None,
        }
    }

    pub fn name(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| &e.name)
    }

    pub fn text_of(&self, id: NodeId) -> Option<&str> {
        match self.nodes.get(id as usize)?.kind {
            NodeKind::Text(a, b) => Some(&self.text[a as usize..b as usize]),
            NodeKind::Element(_) => None,
        }
    }

    /// Children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children { dom: self, next: self.nodes[id as usize].first_child }
    }

    /// The nodes under `id` in document order (`id` excluded).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants { dom: self, root: id, next: self.nodes[id as usize].first_child }
    }

    /// The next node in document order after the subtree of `id`.
    pub fn skip_subtree(&self, id: NodeId, root: NodeId) -> NodeId {
        let mut n = id;
        while n != root && n != NONE {
            let s = self.nodes[n as usize].next_sibling;
            if s != NONE {
                return s;
            }
            n = self.nodes[n as usize].parent;
        }
        NONE
    }

    /// All text under `id`, concatenated.
    pub fn inner_text(&self, id: NodeId) -> String {
        let mut s = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text_of(n) {
                s.push_str(t);
            }
        }
        s
    }

    /// Elements named `name`, in document order.
    pub fn find_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        (0..self.nodes.len() as NodeId).filter(move |&i| self.name(i) == name)
    }

    fn push(&mut self, kind: NodeKind, parent: NodeId) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node { kind, parent, first_child: NONE, last_child: NONE, next_sibling: NONE });
        let p = &mut self.nodes[parent as usize];
        let last = p.last_child;
        p.last_child = id;
        if last == NONE {
            p.first_child = id;
        } else {
            self.nodes[last as usize].next_sibling = id;
        }
        id
    }

    fn push_text(&mut self, raw: &str, parent: NodeId) {
        if raw.is_empty() {
            return;
        }
        // adjacent text joins the previous text node
        let last = self.nodes[parent as usize].last_child;
        let a = self.text.len();
        decode_into(raw, &mut self.text);
        let b = self.text.len();
        if last != NONE {
            if let NodeKind::Text(_, e) = &mut self.nodes[last as usize].kind {
                if *e as usize == a {
                    *e = b as u32;
                    return;
                }
            }
        }
        self.push(NodeKind::Text(a as u32, b as u32), parent);
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let n = self.next;
        self.next = self.dom.nodes[n as usize].next_sibling;
        Some(n)
    }
}

pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: NodeId,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let n = self.next;
        let node = &self.dom.nodes[n as usize];
        self.next = if node.first_child != NONE { node.first_child } else { self.dom.skip_subtree(n, self.root) };
        Some(n)
    }
}

/// Case-insensitive search for `</name` from `from`; returns the byte offset.
fn find_close(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.as_bytes();
    let mut i = from;
    while let Some(p) = memchr(b'<', &b[i..]) {
        let at = i + p;
        if b.get(at + 1) == Some(&b'/')
            && b.len() >= at + 2 + n.len()
            && b[at + 2..at + 2 + n.len()].eq_ignore_ascii_case(n)
            && b.get(at + 2 + n.len()).is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn memchr(c: u8, b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == c)
}

/// Parses an opening tag starting after `<` at `i`; returns the element and
/// the offset after `>`, and whether it closed itself (`/>`).
fn parse_tag(s: &str, mut i: usize) -> (Element, usize, bool) {
    let b = s.as_bytes();
    let start = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let name: Box<str> = s[start..i].to_ascii_lowercase().into();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || (b[i] == b'/' && b.get(i + 1) != Some(&b'>'))) {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if b[i] == b'>' {
            i += 1;
            break;
        }
        if b[i] == b'/' {
            self_closing = true;
            i += 2;
            break;
        }
        let a = i;
        // a name runs to white space, '=', '>' or a '/' after its first char
        while i < b.len() && !(b[i].is_ascii_whitespace() || matches!(b[i], b'=' | b'>') || (b[i] == b'/' && i > a)) {
            i += 1;
        }
        if i == a {
            // a lone '=' or similar: skip it
            i += 1;
            continue;
        }
        let key = s[a..i].to_ascii_lowercase();
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = String::new();
        if b.get(j) == Some(&b'=') {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            match b.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    let v0 = j + 1;
                    let v1 = memchr(q, &b[v0..]).map_or(b.len(), |p| v0 + p);
                    decode_into(&s[v0..v1], &mut value);
                    j = (v1 + 1).min(b.len());
                }
                _ => {
                    let v0 = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    decode_into(&s[v0..j], &mut value);
                }
            }
            i = j;
        }
        if attrs.len() < 64 && !attrs.iter().any(|(k, _): &(Box<str>, Box<str>)| **k == *key) {
            attrs.push((key.into(), value.into()));
        }
    }
    (Element { name, attrs }, i.min(b.len()), self_closing)
}

/// Parses a page.
pub fn parse(html: &str) -> Dom {
    parse_with(html, false)
}

/// Parses XML (feeds, OPML): no void or raw-text elements and no implied
/// ends, only what the markup says; CDATA sections are text.
pub fn parse_xml(xml: &str) -> Dom {
    parse_with(xml, true)
}

fn parse_with(html: &str, xml: bool) -> Dom {
    let mut dom = Dom { nodes: Vec::with_capacity(html.len() / 40), text: String::with_capacity(html.len() / 4) };
    dom.nodes.push(Node {
        kind: NodeKind::Element(Element { name: "#document".into(), attrs: Vec::new() }),
        parent: NONE,
        first_child: NONE,
        last_child: NONE,
        next_sibling: NONE,
    });
    // open elements: (node, name)
    let mut stack: Vec<(NodeId, Box<str>)> = vec![(0, "#document".into())];
    let b = html.as_bytes();
    let mut i = 0;
    let top = |stack: &Vec<(NodeId, Box<str>)>| stack.last().map_or(0, |x| x.0);
    while i < b.len() {
        let lt = match memchr(b'<', &b[i..]) {
            Some(p) => i + p,
            None => b.len(),
        };
        if lt > i {
            dom.push_text(&html[i..lt], top(&stack));
            i = lt;
            continue;
        }
        // at '<'
        let next = b.get(i + 1).copied().unwrap_or(0);
        if html[i..].starts_with("<!--") {
            i = html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3);
            continue;
        }
        if html[i..].starts_with("<![CDATA[") {
            let a = i + 9;
            let e = html[a..].find("]]>").map_or(b.len(), |e| a + e);
            // kept verbatim: CDATA holds no references
            let parent = top(&stack);
            let t0 = dom.text.len();
            dom.text.push_str(&html[a..e]);
            let t1 = dom.text.len();
            if t1 > t0 {
                dom.push(NodeKind::Text(t0 as u32, t1 as u32), parent);
            }
            i = (e + 3).min(b.len());
            continue;
        }
        if next == b'!' || next == b'?' {
            i = memchr(b'>', &b[i..]).map_or(b.len(), |e| i + e + 1);
            continue;
        }
        if next == b'/' {
            let a = i + 2;
            let mut e = a;
            while e < b.len() && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'-' | b'_' | b':' | b'.')) {
                e += 1;
            }
            let name = html[a..e].to_ascii_lowercase();
            i = memchr(b'>', &b[e..]).map_or(b.len(), |p| e + p + 1);
            if name.is_empty() {
                continue;
            }
            if let Some(pos) = stack.iter().rposition(|(_, n)| **n == *name) {
                if pos > 0 {
                    stack.truncate(pos);
                }
            }
            continue;
        }
        if !next.is_ascii_alphabetic() {
            // a literal '<'
            dom.push_text("<", top(&stack));
            i += 1;
            continue;
        }
        let (el, after, self_closing) = parse_tag(html, i + 1);
        i = after;
        let name = el.name.clone();
        if xml {
            let id = dom.push(NodeKind::Element(el), top(&stack));
            if !self_closing && stack.len() < MAX_DEPTH {
                stack.push((id, name));
            }
            continue;
        }
        // implied ends
        if closes_p(&name) {
            close_in_scope(&mut stack, &["p"], &["div", "table", "td", "th", "li", "button"]);
        }
        match &*name {
            "li" => close_in_scope(&mut stack, &["li", "p"], &["ul", "ol", "menu"]),
            "dd" | "dt" => close_in_scope(&mut stack, &["dd", "dt", "p"], &["dl"]),
            "td" | "th" => close_in_scope(&mut stack, &["td", "th"], &["tr", "table"]),
            "tr" => close_in_scope(&mut stack, &["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
            "option" => close_in_scope(&mut stack, &["option"], &["select"]),
            _ => {}
        }
        let parent = top(&stack);
        let id = dom.push(NodeKind::Element(el), parent);
        if is_raw_text(&name) {
            let end = find_close(b, i, &name).unwrap_or(b.len());
            if matches!(&*name, "title" | "textarea") {
                dom.push_text(&html[i..end], id);
            } else if end > i {
                // kept verbatim (JSON-LD, scripts): not decoded
                let a = dom.text.len();
                dom.text.push_str(&html[i..end]);
                let z = dom.text.len();
                dom.push(NodeKind::Text(a as u32, z as u32), id);
            }
            i = memchr(b'>', &b[end..]).map_or(b.len(), |p| end + p + 1);
            continue;
        }
        if is_void(&name) || self_closing || stack.len() >= MAX_DEPTH {
            continue;
        }
        stack.push((id, name));
    }
    dom
}

/// Pops up to and including the nearest open element named in `names`, unless
/// an element named in `barriers` is met first.
fn close_in_scope(stack: &mut Vec<(NodeId, Box<str>)>, names: &[&str], barriers: &[&str]) {
    for pos in (1..stack.len()).rev() {
        let n = &*stack[pos].1;
        if names.contains(&n) {
            stack.truncate(pos);
            return;
        }
        if barriers.contains(&n) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(d: &Dom, id: NodeId) -> Vec<String> {
        d.children(id).map(|c| d.text_of(c).map(str::to_string).unwrap_or_else(|| d.name(c).to_string())).collect()
    }

    #[test]
    fn unclosed_paragraphs_and_items_end_at_the_next_one() {
        let d = parse("<body><p>un<p>deux<ul><li>a<li>b</ul></body>");
        let body = d.find_all("body").next().unwrap();
        assert_eq!(texts(&d, body), ["p", "p", "ul"]);
        let ul = d.find_all("ul").next().unwrap();
        assert_eq!(texts(&d, ul), ["li", "li"]);
        assert_eq!(d.inner_text(ul), "ab");
    }

    #[test]
    fn raw_text_is_not_parsed_and_entities_are_decoded() {
        let d = parse("<title>A &amp; B</title><script>if (a<b) x='</p>'</script><p a=\"x&quot;y\">C&eacute;</p>");
        let t = d.find_all("title").next().unwrap();
        assert_eq!(d.inner_text(t), "A & B");
        let s = d.find_all("script").next().unwrap();
        assert_eq!(d.inner_text(s), "if (a<b) x='</p>'");
        let p = d.find_all("p").next().unwrap();
        assert_eq!(d.inner_text(p), "Cé");
        assert_eq!(d.element(p).unwrap().attr("a"), Some("x\"y"));
    }

    #[test]
    fn stray_closing_tags_and_broken_markup_do_not_lose_text() {
        let d = parse("<div>a</span>b</div></div>c <  d <p class=x");
        assert_eq!(d.inner_text(0), "abc <  d ");
        // deep nesting stays bounded
        let deep = "<div>".repeat(10_000) + "fond";
        let d = parse(&deep);
        assert_eq!(d.inner_text(0), "fond");
    }
}
