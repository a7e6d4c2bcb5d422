//! The self-contained HTML report of `recoupe analyze`: inline CSS, no script
//! from the network. Article sections are written as each article is analysed;
//! the summary tables are written at the end, above them.

use crate::summary::{outlet_label, published_label, relation_label, Row};
use recoupe_model::*;
use std::io::{Read, Write};

pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            _ => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafaf7}
header.top{background:#14213d;color:#fff;padding:18px 28px}
header.top h1{margin:0;font-size:22px}header.top p{margin:4px 0 0;opacity:.8}
main{max-width:1100px;margin:0 auto;padding:8px 24px 60px}
h2{margin-top:34px;border-bottom:2px solid #14213d;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13.5px;background:#fff}
th,td{border:1px solid #ddd;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef0f4}
.article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:14px 20px;margin:18px 0}
.article h3{margin:0 0 4px}
.meta{color:#555;font-size:13px;margin-bottom:10px}
.p{margin:8px 0;padding-left:92px;position:relative}
.p .kind{position:absolute;left:0;top:2px;width:84px;font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#888}
.p.title{font-size:19px;font-weight:600}.p.heading{font-weight:600}
.p.caption,.p.pull_quote,.p.standfirst{font-style:italic;color:#444}
.p.boilerplate,.p.metadata{color:#999}
del.bp{text-decoration:line-through;text-decoration-color:#c0392b;color:#8a8a8a}
.tag{display:inline-block;font-size:10.5px;font-style:normal;background:#fdecea;color:#a5281b;border-radius:3px;padding:0 4px;margin:0 3px;text-decoration:none}
.sb{display:inline-block;width:0;border-left:2px solid #9bb7e0;height:1em;vertical-align:-2px;margin:0 1px}
.sb.glued{border-left-color:#e67e22}
mark.mt{background:#fff3b0}
.lang{font-size:10.5px;color:#2c7;margin-left:4px}
.legend span{margin-right:14px}
.err{color:#a5281b}
"#;

/// Writes the section of one article.
pub fn write_article(w: &mut impl Write, a: &Article, index: usize) -> std::io::Result<()> {
    let t = &a.text;
    let l = &a.layers;
    writeln!(w, "<section class=\"article\" id=\"a{index}\">")?;
    writeln!(
        w,
        "<h3>{index}. {}</h3>",
        escape(a.title.as_deref().unwrap_or(a.source.path.as_deref().unwrap_or(&a.id)))
    )?;
    let origins: Vec<String> = a
        .source
        .origins
        .iter()
        .map(|o| format!("{} <b>{}</b>", relation_label(o.relation), escape(&o.outlet)))
        .collect();
    writeln!(
        w,
        "<div class=\"meta\">id {} · {} · outlet {} · published {} · language {}{}{}</div>",
        a.id,
        escape(&a.source.path.clone().unwrap_or_default()),
        escape(&outlet_label(&a.source.outlet)),
        escape(&published_label(&a.published)),
        a.lang.as_deref().unwrap_or("?"),
        if origins.is_empty() { String::new() } else { format!(" · {}", origins.join("; ")) },
        a.source.url.as_ref().map(|u| format!(" · <a href=\"{0}\">{0}</a>", escape(u))).unwrap_or_default()
    )?;
    if !l.times.is_empty() {
        // the dated events of the article, in reading order, each with its resolved value
        let items: Vec<String> = l
            .times
            .iter()
            .map(|m| {
                let how = if m.kind == TimeKind::Set {
                    "repeated"
                } else if m.anchor.is_some() {
                    "relative to the publication date"
                } else {
                    "absolute"
                };
                // (a rough count or a hedge, "il y a quelques jours", "vers 15h": about that value)
                let about = if m.approx { "≈ " } else { "" };
                format!(
                    "<li>“{}” → <b>{about}{}</b> <span class=\"legend\">({}, {how})</span></li>",
                    escape(m.span.slice(t)),
                    escape(&m.value),
                    m.grain
                )
            })
            .collect();
        writeln!(
            w,
            "<details class=\"dates\"><summary>Dates ({})</summary><ul>{}</ul></details>",
            l.times.len(),
            items.join("")
        )?;
    }
    if !l.quantities.is_empty() {
        // the figures: value or bounds, hedge, unit, what is counted
        let items: Vec<String> = l
            .quantities
            .iter()
            .map(|q| {
                let num = |v: Option<f64>| v.map_or("?".to_string(), |v| format!("{v}"));
                let value = match (q.value, q.low, q.high) {
                    (Some(v), _, _) => num(Some(v)),
                    (None, lo, hi) => format!("{}–{}", num(lo), num(hi)),
                };
                let unit = q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
                let class = q.counted_class.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
                format!(
                    "<li>“{}” → <b>{}{}</b> <span class=\"legend\">({}{class})</span></li>",
                    escape(q.span.slice(t)),
                    escape(&value),
                    escape(&unit),
                    q.approx
                )
            })
            .collect();
        writeln!(
            w,
            "<details class=\"figures\"><summary>Figures ({})</summary><ul>{}</ul></details>",
            l.quantities.len(),
            items.join("")
        )?;
    }
    for (pi, p) in l.paragraphs.iter().enumerate() {
        let lang = l.languages.iter().find(|g| g.paragraph == pi).map(|g| g.lang.as_str());
        let lang_note = match (lang, a.lang.as_deref()) {
            (Some(pl), Some(al)) if pl != al => format!("<span class=\"lang\">[{pl}]</span>"),
            _ => String::new(),
        };
        write!(w, "<div class=\"p {0}\"><span class=\"kind\">{0}</span>", p.kind.as_str())?;
        render_paragraph(w, t, l, p.span)?;
        writeln!(w, "{lang_note}</div>")?;
    }
    writeln!(w, "</section>")
}

/// Renders one paragraph, cutting the text at every layer boundary inside it.
fn render_paragraph(w: &mut impl Write, t: &str, l: &Layers, span: Span) -> std::io::Result<()> {
    let bps: Vec<&Boilerplate> = l.boilerplate.iter().filter(|b| b.span.overlaps(span)).collect();
    let res: Vec<&Residue> = l.mt_residue.iter().filter(|r| span.contains(r.span)).collect();
    let sents: Vec<&Sentence> =
        l.sentences.iter().filter(|s| span.contains(s.span) && s.span.start > span.start).collect();
    let mut cuts: Vec<usize> = vec![span.start, span.end];
    for b in &bps {
        cuts.push(b.span.start.max(span.start));
        cuts.push(b.span.end.min(span.end));
    }
    for r in &res {
        cuts.push(r.span.start);
        cuts.push(r.span.end);
    }
    for s in &sents {
        cuts.push(s.span.start);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut open_bp: Option<&Boilerplate> = None;
    for win in cuts.windows(2) {
        let (a, b) = (win[0], win[1]);
        if let Some(s) = sents.iter().find(|s| s.span.start == a) {
            let glued = if s.start_kind == SentenceStart::Glued { " glued" } else { "" };
            write!(w, "<span class=\"sb{glued}\" title=\"sentence boundary{glued}\"></span>")?;
        }
        let bp = bps.iter().copied().find(|x| x.span.start <= a && b <= x.span.end);
        if open_bp.map(|o| o.span) != bp.map(|o| o.span) {
            if open_bp.is_some() {
                write!(w, "</del>")?;
            }
            if let Some(x) = bp {
                if x.span.start >= span.start {
                    write!(w, "<span class=\"tag\">{}</span>", x.reason.as_str())?;
                }
                write!(w, "<del class=\"bp\" title=\"{}: rule {}\">", x.reason.as_str(), escape(&x.rule))?;
            }
            open_bp = bp;
        }
        let seg = escape(&t[a..b]);
        if res.iter().any(|r| r.span.start <= a && b <= r.span.end) {
            write!(w, "<mark class=\"mt\" title=\"machine-translation residue\">{seg}</mark>")?;
        } else {
            write!(w, "{seg}")?;
        }
    }
    if open_bp.is_some() {
        write!(w, "</del>")?;
    }
    Ok(())
}

/// Writes the whole document: head, summary tables, then the article sections
/// read back from `sections`.
pub fn write_document(
    w: &mut impl Write,
    title: &str,
    rows: &[Row],
    actors: &[crate::Actor],
    said: &[crate::Said],
    errors: &[String],
    sections: &mut impl Read,
) -> std::io::Result<()> {
    writeln!(w, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{CSS}</style></head><body>", escape(title))?;
    let bytes: usize = rows.iter().map(|r| r.bytes).sum();
    writeln!(
        w,
        "<header class=\"top\"><h1>{}</h1><p>{} articles · {:.1} KB · {} input errors</p></header><main>",
        escape(title),
        rows.len(),
        bytes as f64 / 1024.0,
        errors.len()
    )?;
    writeln!(w, "<h2>Sources</h2><table><tr><th>#</th><th>title</th><th>outlet (how found)</th><th>published (from)</th><th>lang</th><th>words</th><th>evidence of republication</th></tr>")?;
    for r in rows {
        let o: Vec<String> =
            r.origins.iter().map(|(n, rel)| format!("{} {}", relation_label(*rel), escape(n))).collect();
        writeln!(
            w,
            "<tr><td><a href=\"#a{0}\">{0}</a></td><td>{1}</td><td>{2}</td><td>{3}</td><td>{4}</td><td>{5}</td><td>{6}</td></tr>",
            r.index,
            escape(r.title.as_deref().unwrap_or(&r.path)),
            escape(&outlet_label(&r.outlet)),
            escape(&published_label(&r.published)),
            r.lang.as_deref().unwrap_or("?"),
            r.words,
            o.join("<br>")
        )?;
    }
    writeln!(w, "</table>")?;
    writeln!(w, "<h2>Languages</h2><table><tr><th>#</th><th>article</th><th>paragraphs by language</th><th>machine-translation residue</th></tr>")?;
    for r in rows {
        let pl: Vec<String> = r.paragraph_langs.iter().map(|(l, n)| format!("{l} {n}")).collect();
        let res: Vec<String> = r.residue.iter().map(|s| format!("<mark class=\"mt\">{}</mark>", escape(s))).collect();
        writeln!(
            w,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.index,
            r.lang.as_deref().unwrap_or("?"),
            pl.join(", "),
            res.join(" ")
        )?;
    }
    writeln!(w, "</table>")?;
    writeln!(w, "<h2>Cleaning</h2><table><tr><th>#</th><th>paragraphs by kind</th><th>boilerplate by reason</th><th>sentences (glued boundaries split)</th></tr>")?;
    for r in rows {
        let k: Vec<String> = r.kinds.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
        let b: Vec<String> = r.boilerplate.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
        writeln!(
            w,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} ({})</td></tr>",
            r.index,
            k.join(", "),
            b.join(", "),
            r.sentences,
            r.glued
        )?;
    }
    writeln!(w, "</table>")?;
    if !actors.is_empty() {
        writeln!(w, "<h2>Actors</h2><p class=\"legend\">One row per entity, however it is spelled; origins count independent sources (a republished copy counts under its origin). Merges across spellings keep their evidence.</p><table><tr><th>kind</th><th>name</th><th>mentions</th><th>articles</th><th>origins</th><th>variants</th><th>roles</th><th>merged (evidence)</th></tr>")?;
        for a in actors {
            let v: Vec<String> = a.variants.iter().map(|(n, c)| format!("{} ({c})", escape(n))).collect();
            let r: Vec<String> = a.roles.iter().take(3).map(|x| escape(x)).collect();
            let m: Vec<String> = a.merged.iter().map(|(id, why)| format!("{}: {}", escape(id), escape(why))).collect();
            let name = match &a.stands_for {
                Some(g) => format!("{} <small>(stands for {})</small>", escape(&a.name), escape(g)),
                None => escape(&a.name),
            };
            writeln!(
                w,
                "<tr id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&a.id),
                a.kind,
                name,
                a.mentions,
                a.articles,
                a.origins,
                v.join(", "),
                r.join("; "),
                m.join("<br>")
            )?;
        }
        writeln!(w, "</table>")?;
    }
    if !said.is_empty() {
        writeln!(w, "<h2>Who said what</h2><p class=\"legend\">Quotes grouped by speaker (one speaker however spelled); each with the articles that carry it, and how many independent sources when several do.</p>")?;
        for s in said {
            let link =
                s.entity.as_deref().map_or(String::new(), |e| format!(" <a href=\"#{}\">{}</a>", escape(e), escape(e)));
            writeln!(w, "<h3>{}{link}</h3><ul>", escape(&s.speaker))?;
            for (q, arts, origins) in &s.quotes {
                let refs: Vec<String> = arts.iter().map(|i| format!("<a href=\"#a{i}\">{i}</a>")).collect();
                let many = if *origins > 1 { format!(" <mark>in {origins} sources</mark>") } else { String::new() };
                writeln!(w, "<li>« {} » — {}{many}</li>", escape(q), refs.join(", "))?;
            }
            writeln!(w, "</ul>")?;
        }
    }
    let warned: Vec<&Row> = rows.iter().filter(|r| !r.warnings.is_empty()).collect();
    if !warned.is_empty() || !errors.is_empty() {
        writeln!(w, "<h2>Warnings and input errors</h2><ul>")?;
        for r in warned {
            for m in &r.warnings {
                writeln!(w, "<li>article {}: {}</li>", r.index, escape(m))?;
            }
        }
        for e in errors {
            writeln!(w, "<li class=\"err\">{}</li>", escape(e))?;
        }
        writeln!(w, "</ul>")?;
    }
    writeln!(
        w,
        "<h2>Articles</h2><p class=\"legend\"><span><del class=\"bp\">struck through</del>: boilerplate, with its reason</span><span><span class=\"sb\"></span> sentence boundary</span><span><span class=\"sb glued\"></span> glued boundary split</span><span><mark class=\"mt\">residue</mark>: machine-translation residue</span></p>"
    )?;
    std::io::copy(sections, w)?;
    writeln!(w, "</main></body></html>")
}
