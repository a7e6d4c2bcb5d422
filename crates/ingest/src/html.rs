//! A minimal HTML-to-text reader, so that JSON Lines records with an `html`
//! field and `.html` files work today: block elements become paragraph breaks,
//! script, style and page chrome are dropped, entities are decoded, and the
//! title, canonical URL, site name and publication time are read from the head.
//! Full main-text extraction is its own component; it plugs in here.

#[derive(Debug, Default, PartialEq)]
pub struct HtmlPage {
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
}

const BLOCK: [&str; 22] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "blockquote",
    "figcaption",
    "figure",
    "tr",
    "table",
    "hr",
    "header",
    "main",
];
const SKIP: [&str; 9] = ["script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg"];

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = &tag[at + name.len()..];
        let rest_t = rest.trim_start();
        if before_ok && rest_t.starts_with('=') {
            let v = rest_t[1..].trim_start();
            let (q, body) = match v.chars().next() {
                Some(q @ ('"' | '\'')) => (q, &v[1..]),
                _ => (' ', v),
            };
            let end =
                body.find(|c: char| c == q || (q == ' ' && (c == '>' || c.is_whitespace()))).unwrap_or(body.len());
            return Some(&body[..end]);
        }
        from = at + name.len();
    }
    None
}

/// Decodes the named and numeric character references of `s`.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        // an entity is short: look for its ';' in the next dozen bytes (cut at a char boundary)
        let mut window = rest.len().min(12);
        while !rest.is_char_boundary(window) {
            window -= 1;
        }
        let end = rest[..window].find(';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{00A0}'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "hellip" => Some('…'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "eacute" => Some('é'),
                "egrave" => Some('è'),
                "agrave" => Some('à'),
                "ccedil" => Some('ç'),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16).ok().and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn read(html: &str) -> HtmlPage {
    let mut page = HtmlPage::default();
    let mut text = String::with_capacity(html.len() / 3);
    let mut i = 0;
    let b = html.as_bytes();
    let mut skip_until: Option<String> = None;
    let mut in_title = false;
    let mut title = String::new();
    while i < b.len() {
        if b[i] == b'<' {
            if html[i..].starts_with("<!--") {
                i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
                continue;
            }
            let end = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            let tag = &html[i + 1..end.saturating_sub(1).max(i + 1)];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            i = end;
            if let Some(s) = &skip_until {
                if closing && &name == s {
                    skip_until = None;
                }
                continue;
            }
            if !closing && SKIP.contains(&name.as_str()) && !tag.ends_with('/') {
                skip_until = Some(name);
                continue;
            }
            match name.as_str() {
                "title" => in_title = !closing,
                "html" if !closing => {
                    page.lang = attr(tag, "lang").map(|l| l.split('-').next().unwrap_or(l).to_lowercase())
                }
                "meta" => {
                    let key = attr(tag, "property").or_else(|| attr(tag, "name")).unwrap_or("").to_ascii_lowercase();
                    let content = attr(tag, "content").map(decode_entities);
                    match key.as_str() {
                        "og:title" => page.title = content.or(page.title.take()),
                        "og:site_name" => page.outlet = content,
                        "og:url" if page.url.is_none() => page.url = content,
                        "article:published_time" | "datepublished" | "date" | "dc.date" if page.published.is_none() => {
                            page.published = content;
                        }
                        _ => {}
                    }
                }
                "link" if attr(tag, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                    page.url = attr(tag, "href").map(str::to_string);
                }
                n if BLOCK.contains(&n) => text.push_str("\n\n"),
                _ => {}
            }
            continue;
        }
        let next = html[i..].find('<').map_or(b.len(), |e| i + e);
        if skip_until.is_none() {
            let chunk = &html[i..next];
            if in_title {
                title.push_str(chunk);
            } else {
                let decoded = decode_entities(chunk);
                // collapse source white space: HTML line breaks are not paragraph breaks
                let mut last_space = text.ends_with([' ', '\n']);
                for c in decoded.chars() {
                    if c.is_whitespace() && c != '\u{00A0}' {
                        if !last_space {
                            text.push(' ');
                            last_space = true;
                        }
                    } else {
                        text.push(c);
                        last_space = false;
                    }
                }
            }
        }
        i = next;
    }
    if page.title.is_none() {
        let t = decode_entities(title.trim());
        page.title = (!t.is_empty()).then_some(t);
    }
    // tidy: trim each line, at most one blank line between paragraphs
    let mut out = String::with_capacity(text.len());
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(para);
    }
    page.text = out;
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ampersand_before_accented_letters_is_kept() {
        // no ';' within the next bytes, and the 12th byte inside "é"
        assert_eq!(decode_entities("&quot;L'intérieur&quot; & été"), "\"L'intérieur\" & été");
        assert_eq!(decode_entities("a &éééééééé; b"), "a &éééééééé; b");
    }

    #[test]
    fn reads_text_and_head() {
        let h = r#"<html lang="fr-FR"><head><title>X | Site</title><meta property="og:site_name" content="Le Courrier du Val"><link rel="canonical" href="https://courrier.example/a"><meta property="article:published_time" content="2024-03-02T08:00:00Z"></head>
<body><nav>Menu</nav><h1>Titre</h1><p>Premier&nbsp;paragraphe &amp; suite.</p><script>var x = "<p>";</script><p>Second
paragraphe.</p></body></html>"#;
        let p = read(h);
        assert_eq!(p.text, "Titre\n\nPremier\u{a0}paragraphe & suite.\n\nSecond paragraphe.");
        assert_eq!(p.outlet.as_deref(), Some("Le Courrier du Val"));
        assert_eq!(p.url.as_deref(), Some("https://courrier.example/a"));
        assert_eq!(p.published.as_deref(), Some("2024-03-02T08:00:00Z"));
        assert_eq!(p.lang.as_deref(), Some("fr"));
        assert_eq!(p.title.as_deref(), Some("X | Site"));
    }
}
