//! The `annotate` output: one JSON object per article, every span with `start`,
//! `end` (byte offsets into `text`) and its `text`. Schema:
//! `schema/article.v1.schema.json`.

use recoupe_model::*;
use serde::Serialize;

#[derive(Serialize)]
struct SpanOut<'a, D: Serialize> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(flatten)]
    data: D,
}

fn out<'a, D: Serialize>(text: &'a str, span: Span, data: D) -> SpanOut<'a, D> {
    SpanOut { start: span.start, end: span.end, text: span.slice(text), data }
}

#[derive(Serialize)]
struct KindData {
    kind: &'static str,
}

#[derive(Serialize)]
struct BoilerData<'a> {
    reason: &'static str,
    rule: &'a str,
}

#[derive(Serialize)]
struct SentenceData {
    paragraph: usize,
    start_kind: SentenceStart,
}

#[derive(Serialize)]
struct TokenData {
    kind: TokenKind,
}

#[derive(Serialize)]
struct LangData<'a> {
    paragraph: usize,
    lang: &'a str,
    confidence: f32,
}

#[derive(Serialize)]
struct ResidueData<'a> {
    lang: &'a str,
    cue: &'a str,
}

#[derive(Serialize)]
struct PublishedOut<'a> {
    value: &'a str,
    grain: Grain,
    from: DateSource,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

/// Origin evidence: a span when the text says so, a URL when the metadata does.
#[derive(Serialize)]
struct OriginOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    outlet: &'a str,
    relation: OriginRelation,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fetched: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    authors: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a Outlet>,
    origins: Vec<OriginOut<'a>>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    schema: &'static str,
    id: &'a str,
    source: SourceOut<'a>,
    published: Option<PublishedOut<'a>>,
    lang: Option<&'a str>,
    title: Option<&'a str>,
    text: &'a str,
    paragraphs: Vec<SpanOut<'a, KindData>>,
    boilerplate: Vec<SpanOut<'a, BoilerData<'a>>>,
    sentences: Vec<SpanOut<'a, SentenceData>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<SpanOut<'a, TokenData>>>,
    languages: Vec<SpanOut<'a, LangData<'a>>>,
    mt_residue: Vec<SpanOut<'a, ResidueData<'a>>>,
    times: Vec<SpanOut<'a, TimeData<'a>>>,
    quantities: Vec<SpanOut<'a, QuantityData<'a>>>,
    entities: Vec<SpanOut<'a, EntityData<'a>>>,
    quotes: Vec<SpanOut<'a, QuoteData<'a>>>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct SpeakerData<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    entity: Option<&'a str>,
    anonymous: bool,
}

#[derive(Serialize)]
struct QuoteData<'a> {
    kind: recoupe_model::QuoteKind,
    cue: Option<TextSpan<'a>>,
    speaker: Option<SpeakerData<'a>>,
    description: Option<TextSpan<'a>>,
    medium: Option<TextSpan<'a>>,
}

#[derive(Serialize)]
struct TextSpan<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityData<'a> {
    kind: recoupe_model::EntityKind,
    entity: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<TextSpan<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stands_for: Option<&'a str>,
}

#[derive(Serialize)]
struct QuantityData<'a> {
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<&'a str>,
    approx: &'a str,
    counted: Option<&'a str>,
    counted_class: Option<&'a str>,
}

#[derive(Serialize)]
struct TimeData<'a> {
    value: &'a str,
    grain: &'a str,
    kind: TimeKind,
    anchor: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    approx: bool,
}

/// Options of the JSON output.
#[derive(Debug, Clone, Copy)]
pub struct JsonOptions {
    /// Include the token layer (the largest one).
    pub tokens: bool,
}

impl Default for JsonOptions {
    fn default() -> Self {
        JsonOptions { tokens: true }
    }
}

/// Writes one article as one line of JSON.
pub fn write_article(w: &mut impl std::io::Write, a: &Article, opts: JsonOptions) -> std::io::Result<()> {
    let t = a.text.as_str();
    let l = &a.layers;
    let doc = ArticleOut {
        schema: SCHEMA_ID,
        id: &a.id,
        source: SourceOut {
            path: a.source.path.as_deref(),
            record: a.source.record.as_deref(),
            record_id: a.source.record_id.as_deref(),
            url: a.source.url.as_deref(),
            fetched: a.source.fetched.as_deref(),
            modified: a.source.modified.as_deref(),
            authors: &a.source.authors,
            outlet: a.source.outlet.as_ref(),
            origins: a
                .source
                .origins
                .iter()
                .map(|o| OriginOut {
                    start: o.span.map(|s| s.start),
                    end: o.span.map(|s| s.end),
                    text: o.span.map(|s| s.slice(t)),
                    outlet: &o.outlet,
                    relation: o.relation,
                    url: o.url.as_deref(),
                })
                .collect(),
        },
        published: a.published.as_ref().map(|p| PublishedOut {
            value: &p.value,
            grain: p.grain,
            from: p.from,
            start: p.span.map(|s| s.start),
            end: p.span.map(|s| s.end),
            text: p.span.map(|s| s.slice(t)),
        }),
        lang: a.lang.as_deref(),
        title: a.title.as_deref(),
        text: t,
        paragraphs: l.paragraphs.iter().map(|p| out(t, p.span, KindData { kind: p.kind.as_str() })).collect(),
        boilerplate: l
            .boilerplate
            .iter()
            .map(|b| out(t, b.span, BoilerData { reason: b.reason.as_str(), rule: &b.rule }))
            .collect(),
        sentences: l
            .sentences
            .iter()
            .map(|s| out(t, s.span, SentenceData { paragraph: s.paragraph, start_kind: s.start_kind }))
            .collect(),
        tokens: opts.tokens.then(|| l.tokens.iter().map(|k| out(t, k.span, TokenData { kind: k.kind })).collect()),
        languages: l
            .languages
            .iter()
            .map(|g| out(t, g.span, LangData { paragraph: g.paragraph, lang: &g.lang, confidence: g.confidence }))
            .collect(),
        mt_residue: l.mt_residue.iter().map(|r| out(t, r.span, ResidueData { lang: &r.lang, cue: &r.cue })).collect(),
        times: l
            .times
            .iter()
            .map(|m| {
                let anchor = m.anchor.as_deref();
                out(t, m.span, TimeData { value: &m.value, grain: &m.grain, kind: m.kind, anchor, approx: m.approx })
            })
            .collect(),
        quantities: l
            .quantities
            .iter()
            .map(|q| {
                out(
                    t,
                    q.span,
                    QuantityData {
                        value: q.value,
                        low: q.low,
                        high: q.high,
                        unit: q.unit.as_deref(),
                        approx: &q.approx,
                        counted: q.counted.map(|c| c.slice(t)),
                        counted_class: q.counted_class.as_deref(),
                    },
                )
            })
            .collect(),
        entities: l
            .entities
            .iter()
            .map(|e| {
                let role = e.role.map(|r| TextSpan { start: r.start, end: r.end, text: r.slice(t) });
                out(
                    t,
                    e.span,
                    EntityData { kind: e.kind, entity: &e.entity, role, stands_for: e.stands_for.as_deref() },
                )
            })
            .collect(),
        quotes: l
            .quotes
            .iter()
            .map(|q| {
                let ts = |s: Option<Span>| s.map(|r| TextSpan { start: r.start, end: r.end, text: r.slice(t) });
                let speaker = q.speaker.as_ref().map(|s| SpeakerData {
                    start: s.span.start,
                    end: s.span.end,
                    text: s.span.slice(t),
                    entity: s.entity.as_deref(),
                    anonymous: s.anonymous,
                });
                out(
                    t,
                    q.span,
                    QuoteData {
                        kind: q.kind,
                        cue: ts(q.cue),
                        speaker,
                        description: ts(q.description),
                        medium: ts(q.medium),
                    },
                )
            })
            .collect(),
        warnings: &a.warnings,
    };
    serde_json::to_writer(&mut *w, &doc).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

/// The corpus table of canonical entities, one JSON line each: id, kind,
/// preferred name, counts, spellings, roles, merges with their evidence; then
/// `aliases` maps every id written on a mention that a corpus merge replaced.
pub fn write_entities(
    w: &mut impl std::io::Write,
    actors: &[crate::Actor],
    aliases: &std::collections::BTreeMap<String, String>,
) -> std::io::Result<()> {
    for a in actors {
        let variants: Vec<serde_json::Value> =
            a.variants.iter().map(|(n, c)| serde_json::json!({"text": n, "count": c})).collect();
        let merged: Vec<serde_json::Value> =
            a.merged.iter().map(|(id, why)| serde_json::json!({"id": id, "evidence": why})).collect();
        let aka: Vec<&String> = aliases.iter().filter(|(_, to)| **to == a.id).map(|(from, _)| from).collect();
        let v = serde_json::json!({
            "entity": a.id, "kind": a.kind, "name": a.name, "mentions": a.mentions,
            "articles": a.articles, "origins": a.origins, "variants": variants, "roles": a.roles,
            "merged": merged, "aliases": aka, "stands_for": a.stands_for,
        });
        serde_json::to_writer(&mut *w, &v).map_err(std::io::Error::other)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
