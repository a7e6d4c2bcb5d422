//! Paragraph splitting of plain text: blank lines always separate paragraphs; a
//! single line break separates paragraphs too, unless the block looks
//! hard-wrapped (short lines that mostly end mid-sentence).

use recoupe_model::Span;

/// Paragraph spans of `text`, trimmed of surrounding white space, never empty.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    let mut pos = 0;
    // (the lines found with memchr's vector search: the standard library's
    // search for a char reads a word at a time)
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
    // (and the text's end, for a last line without its break)
    for end in ends.chain((!text.is_empty()).then_some(text.len())) {
        if end <= pos {
            continue;
        }
        let span = trim(text, Span::new(pos, end));
        pos = end;
        if span.is_empty() {
            flush_block(text, &mut lines, &mut out);
        } else {
            lines.push(span);
        }
    }
    flush_block(text, &mut lines, &mut out);
    out
}

fn flush_block(text: &str, lines: &mut Vec<Span>, out: &mut Vec<Span>) {
    if lines.is_empty() {
        return;
    }
    if lines.len() >= 3 && is_hard_wrapped(text, lines) {
        out.push(Span::new(lines[0].start, lines[lines.len() - 1].end));
    } else {
        out.extend(lines.iter().copied());
    }
    lines.clear();
}

/// A block is hard-wrapped when its lines are short and most of them end
/// without sentence punctuation and are followed by a line starting in lower case.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    let max_chars = lines.iter().map(|l| text[l.start..l.end].chars().count()).max().unwrap_or(0);
    if max_chars > 100 {
        return false;
    }
    let continued = lines
        .windows(2)
        .filter(|w| {
            let prev = &text[w[0].start..w[0].end];
            let next = &text[w[1].start..w[1].end];
            let ends_open = !prev.ends_with(['.', '!', '?', ':', '»', '"', '…']);
            let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
            ends_open && (next_lower || prev.chars().count() > 50)
        })
        .count();
    continued * 2 >= lines.len() - 1
}

/// Shrinks a span to exclude leading and trailing white space (including
/// no-break spaces and a byte-order mark).
pub fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let is_space = |c: char| c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}';
    let start = span.start + (s.len() - s.trim_start_matches(is_space).len());
    let end = span.start + s.trim_end_matches(is_space).len();
    if end < start {
        Span::new(start, start)
    } else {
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn blank_lines_and_single_lines() {
        assert_eq!(texts("A b.\n\n  C d.  \n\n\n"), vec!["A b.", "C d."]);
        // one paragraph a line, as in scraped text without blank lines
        assert_eq!(
            texts("Premier paragraphe assez long.\nUn intertitre\nSecond paragraphe."),
            vec!["Premier paragraphe assez long.", "Un intertitre", "Second paragraphe."]
        );
    }

    #[test]
    fn hard_wrapped_block_stays_whole() {
        let t = "The minister said on Friday that the\ntroops would stay for a limited time and\nwould leave once order was restored.\n";
        assert_eq!(texts(t).len(), 1);
    }
}
