//! Paragraph roles: title, standfirst, headings, pull quotes, body. Captions,
//! metadata and chrome are decided by the boilerplate pass and given here.

use recoupe_model::{ParagraphKind, Span};

fn ends_with_terminal(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '…', ':', ';', ',', '»', '"', '”', ')'])
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A short line that reads as a heading: no final punctuation (or a short
/// question), starts with a capital.
pub fn looks_like_heading(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 120 {
        return false;
    }
    let words = word_count(s);
    if words == 0 || words > 14 {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if s.ends_with('?') {
        return words <= 12 && !s.starts_with(['"', '«', '“']);
    }
    !ends_with_terminal(s)
}

/// A byline: "Par Claire Fontaine", "By Thomas Whitfield and Jane Roe".
pub fn looks_like_byline(s: &str) -> bool {
    let s = s.trim();
    let Some(rest) = s
        .strip_prefix("Par ")
        .or_else(|| s.strip_prefix("By "))
        .or_else(|| s.strip_prefix("PAR "))
        .or_else(|| s.strip_prefix("BY "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && !rest.ends_with('.')
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    *w,
                    "et" | "and" | "avec" | "with" | "de" | "du" | "van" | "von" | "à" | "in" | "," | "-" | "|"
                )
        })
}

/// `"…" Michaël Levystone, chercheur à l'Ifri au "Point"`: a quotation closed by
/// its terminal mark, then a short attribution without a verb or final period.
pub fn looks_like_pull_quote(s: &str) -> bool {
    let s = s.trim();
    // a pull quote is short; a long paragraph that opens on a quote is body text
    if !s.starts_with(['"', '«', '“']) || s.len() > 600 {
        return false;
    }
    let mut best = None;
    for pat in [".\" ", "?\" ", "!\" ", ".» ", ". » ", "» ", ".” ", "” ", "\" "] {
        if let Some(p) = s.find(pat) {
            best = Some(p + pat.len());
            break;
        }
    }
    let Some(cut) = best else { return false };
    let rest = s[cut..].trim();
    let words = word_count(rest);
    if words == 0 || words > 16 || rest.ends_with('.') {
        return false;
    }
    if !rest.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let lower = rest.to_lowercase();
    !([" a déclaré", " a dit", " said", " says", " estime", " a-t-il", " explique"].iter().any(|v| lower.contains(v)))
}

/// Assigns kinds to paragraphs not already classified (`None`).
/// `has_title` says whether the input gave a separate title, in which case no
/// paragraph is promoted to title.
pub fn classify(text: &str, paras: &[Span], kinds: &mut [Option<ParagraphKind>], given_title: Option<&str>) {
    let has_title = given_title.is_some();
    let content: Vec<usize> = (0..paras.len()).filter(|&i| kinds[i].is_none()).collect();
    let mut title_idx = None;
    if let Some(&first) = content.first() {
        let s = paras[first].slice(text);
        let words = if s.len() > 220 { usize::MAX } else { word_count(s) };
        let more_follow = content.len() > 1;
        let title_shape = words <= 25
            && s.len() <= 220
            && (!ends_with_terminal(s) || s.ends_with(['?', '!']))
            && !s.starts_with(['"', '«', '“']);
        // a page's <h1> repeats the title given by its metadata ("Titre | Site")
        let repeats_given = given_title.is_some_and(|t| {
            // folding never doubles a length: a much longer paragraph cannot repeat the title
            if s.len() > 2 * t.len() + 16 {
                return false;
            }
            // most first paragraphs differ from the title at once
            let first = crate::fold::first_folded(s);
            if first.is_none() || first != crate::fold::first_folded(t) {
                return false;
            }
            let (a, b) = (crate::fold::fold_str(t), crate::fold::fold_str(s));
            !b.is_empty() && (a == b || a.starts_with(&b))
        });
        if repeats_given || (!has_title && more_follow && title_shape) {
            kinds[first] = Some(ParagraphKind::Title);
            title_idx = Some(first);
        }
    }
    // a truncated teaser under the title: "… La Russie s'inquiète de la... 06.01.2022"
    if let Some(t) = title_idx {
        if let Some(&next) = content.iter().find(|&&i| i > t) {
            let s = paras[next].slice(text).trim_end();
            // drop a final date token ("… de la... 06.01.2022") before looking for the ellipsis
            let without_date = match s.rsplit_once(char::is_whitespace) {
                Some((head, last)) if crate::dates::parse(last).is_some() => head.trim_end(),
                _ => s,
            };
            let truncated = without_date.ends_with("...") || without_date.ends_with('…');
            if truncated && s.len() < 1200 && word_count(s) <= 80 {
                kinds[next] = Some(ParagraphKind::Standfirst);
            }
        }
    }
    let last_content = content.last().copied();
    for &i in &content {
        if kinds[i].is_some() {
            continue;
        }
        let s = paras[i].slice(text);
        let kind = if looks_like_pull_quote(s) {
            ParagraphKind::PullQuote
        } else if Some(i) != last_content && looks_like_heading(s) {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        kinds[i] = Some(kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_pull_quotes() {
        assert!(looks_like_heading("Parce que son allié kazakh a demandé de l'aide"));
        assert!(looks_like_heading("EN ROUTE"));
        assert!(!looks_like_heading("Mais le risque de nouvelles effusions de sang est évident."));
        assert!(!looks_like_heading("et une suite en minuscules"));
        assert!(looks_like_pull_quote("\"Le résultat, c'est que Tokaïev risque de devenir la marionnette de Moscou.\" Michaël Levystone, chercheur à l'Ifri au \"Point\""));
        assert!(!looks_like_pull_quote("\"Ceux qui ne se rendent pas seront éliminés.\" Le président kazakh a encore intensifié, vendredi 7 janvier, la répression violente du mouvement."));
        assert!(!looks_like_pull_quote("\"Cela pourrait rendre Moscou plus ouvert\", a déclaré Stronski à RFE/RL."));
    }
}
