//! The terminal summary of `recoupe analyze`.

use crate::summary::{outlet_label, published_label, relation_label, Row};
use std::io::Write;

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub fn write(
    w: &mut impl Write,
    rows: &[Row],
    actors: &[crate::Actor],
    said: &[crate::Said],
    errors: &[String],
) -> std::io::Result<()> {
    let bytes: usize = rows.iter().map(|r| r.bytes).sum();
    let mut langs: Vec<(String, usize)> = Vec::new();
    for r in rows {
        let l = r.lang.clone().unwrap_or_else(|| "?".into());
        match langs.iter_mut().find(|x| x.0 == l) {
            Some(x) => x.1 += 1,
            None => langs.push((l, 1)),
        }
    }
    langs.sort_by_key(|l| std::cmp::Reverse(l.1));
    let lang_s: Vec<String> = langs.iter().map(|(l, n)| format!("{l} {n}")).collect();
    writeln!(
        w,
        "{} articles, {:.1} KB, languages: {}; {} input errors",
        rows.len(),
        bytes as f64 / 1024.0,
        lang_s.join(", "),
        errors.len()
    )?;
    writeln!(w)?;
    writeln!(
        w,
        "{:>3}  {:<34} {:<28} {:<24} {:<4} {:>5} {:>5}  boilerplate",
        "#", "title", "outlet", "published", "lang", "paras", "sents"
    )?;
    for r in rows {
        let bp: Vec<String> = r.boilerplate.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
        writeln!(
            w,
            "{:>3}  {:<34} {:<28} {:<24} {:<4} {:>5} {:>5}  {}",
            r.index,
            cut(r.title.as_deref().unwrap_or(&r.path), 34),
            cut(&outlet_label(&r.outlet), 28),
            cut(&published_label(&r.published), 24),
            r.lang.as_deref().unwrap_or("?"),
            r.paragraphs,
            r.sentences,
            bp.join(", ")
        )?;
    }
    let with_origins: Vec<&Row> = rows.iter().filter(|r| !r.origins.is_empty()).collect();
    if !with_origins.is_empty() {
        writeln!(w, "\nevidence of republication:")?;
        for r in with_origins {
            let o: Vec<String> = r.origins.iter().map(|(n, rel)| format!("{} {n}", relation_label(*rel))).collect();
            writeln!(w, "{:>3}  {}", r.index, o.join("; "))?;
        }
    }
    let with_residue: Vec<&Row> = rows.iter().filter(|r| !r.residue.is_empty()).collect();
    if !with_residue.is_empty() {
        writeln!(w, "\nmachine-translation residue:")?;
        for r in with_residue {
            writeln!(w, "{:>3}  {}", r.index, r.residue.join(" · "))?;
        }
    }
    let dated: Vec<&Row> = rows.iter().filter(|r| !r.dates.is_empty()).collect();
    if !dated.is_empty() {
        writeln!(w, "\ndates (resolved; the first of each article):")?;
        for r in dated {
            writeln!(w, "{:>3}  {}", r.index, r.dates.join(" · "))?;
        }
    }
    let counted: Vec<&Row> = rows.iter().filter(|r| !r.figures.is_empty()).collect();
    if !counted.is_empty() {
        writeln!(w, "\nfigures (with what they count; the first of each article):")?;
        for r in counted {
            writeln!(w, "{:>3}  {}", r.index, r.figures.join(" · "))?;
        }
    }
    if !actors.is_empty() {
        writeln!(w, "\nactors (people and organisations first; origins: independent sources):")?;
        writeln!(w, "  {:<4} {:<30} {:>8} {:>8} {:>7}  variants", "kind", "name", "mentions", "articles", "origins")?;
        let shown = actors.iter().filter(|a| a.kind == "PER" || a.kind == "ORG").take(20);
        for a in shown {
            let v: Vec<String> = a.variants.iter().take(4).map(|(n, c)| format!("{n} ({c})")).collect();
            writeln!(
                w,
                "  {:<4} {:<30} {:>8} {:>8} {:>7}  {}",
                a.kind,
                cut(&a.name, 30),
                a.mentions,
                a.articles,
                a.origins,
                v.join(", ")
            )?;
        }
    }
    if !said.is_empty() {
        writeln!(w, "\nwho said what (quotes by speaker; [n] = article, *k = carried by k sources):")?;
        for s in said.iter().take(12) {
            let n = s.quotes.len();
            writeln!(w, "  {} ({n} quote{})", s.speaker, if n == 1 { "" } else { "s" })?;
            for (q, arts, origins) in s.quotes.iter().take(2) {
                let refs: Vec<String> = arts.iter().map(|i| format!("[{i}]")).collect();
                let many = if *origins > 1 { format!(" *{origins}") } else { String::new() };
                writeln!(w, "    « {} » {}{many}", cut(q, 90), refs.join(""))?;
            }
        }
    }
    let warned: Vec<&Row> = rows.iter().filter(|r| !r.warnings.is_empty()).collect();
    if !warned.is_empty() {
        writeln!(w, "\nwarnings:")?;
        for r in warned {
            for m in &r.warnings {
                writeln!(w, "{:>3}  {m}", r.index)?;
            }
        }
    }
    if !errors.is_empty() {
        writeln!(w, "\ninput errors (these inputs were skipped):")?;
        for e in errors {
            writeln!(w, "     {e}")?;
        }
    }
    Ok(())
}
