//! A small per-article summary kept in memory while article sections stream
//! out, so that reports stay flat in memory however large the corpus.

use recoupe_model::*;

#[derive(Debug, Clone)]
pub struct Row {
    pub index: usize,
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub outlet: Option<Outlet>,
    pub url: Option<String>,
    pub published: Option<Published>,
    pub lang: Option<String>,
    pub bytes: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub glued: usize,
    pub words: usize,
    pub boilerplate: Vec<(BoilerplateReason, usize)>,
    pub kinds: Vec<(ParagraphKind, usize)>,
    pub origins: Vec<(String, OriginRelation)>,
    pub residue: Vec<String>,
    /// Resolved dates ("2026-03-03 ← mardi 3 mars"), at most a few.
    pub dates: Vec<String>,
    /// Figures with what they count ("près de 3 000 soldats (troops)"), at most a few.
    pub figures: Vec<String>,
    pub paragraph_langs: Vec<(String, usize)>,
    pub warnings: Vec<String>,
}

fn bump<K: PartialEq>(v: &mut Vec<(K, usize)>, k: K) {
    match v.iter_mut().find(|x| x.0 == k) {
        Some(x) => x.1 += 1,
        None => v.push((k, 1)),
    }
}

impl Row {
    pub fn of(a: &Article, index: usize) -> Row {
        let l = &a.layers;
        let mut boilerplate = Vec::new();
        for b in &l.boilerplate {
            bump(&mut boilerplate, b.reason);
        }
        let mut kinds = Vec::new();
        for p in &l.paragraphs {
            bump(&mut kinds, p.kind);
        }
        let mut paragraph_langs = Vec::new();
        for g in &l.languages {
            bump(&mut paragraph_langs, g.lang.clone());
        }
        Row {
            index,
            id: a.id.clone(),
            path: a.source.path.clone().unwrap_or_default()
                + &a.source.record.as_ref().map(|r| format!(":{r}")).unwrap_or_default(),
            title: a.title.clone(),
            outlet: a.source.outlet.clone(),
            url: a.source.url.clone(),
            published: a.published.clone(),
            lang: a.lang.clone(),
            bytes: a.text.len(),
            paragraphs: l.paragraphs.len(),
            sentences: l.sentences.len(),
            glued: l.sentences.iter().filter(|s| s.start_kind == SentenceStart::Glued).count(),
            words: l.tokens.iter().filter(|t| t.kind == TokenKind::Word).count(),
            boilerplate,
            kinds,
            origins: a.source.origins.iter().map(|o| (o.outlet.clone(), o.relation)).collect(),
            residue: l.mt_residue.iter().map(|r| r.span.slice(&a.text).to_string()).collect(),
            dates: l
                .times
                .iter()
                .filter(|t| !matches!(t.kind, TimeKind::Duration | TimeKind::Set))
                .take(6)
                .map(|t| format!("{}{} ← {}", if t.approx { "≈" } else { "" }, t.value, t.span.slice(&a.text)))
                .collect(),
            figures: l
                .quantities
                .iter()
                .filter(|q| q.counted_class.is_some())
                .take(6)
                .map(|q| format!("{} ({})", q.span.slice(&a.text), q.counted_class.as_deref().unwrap_or("")))
                .collect(),
            paragraph_langs,
            warnings: a.warnings.clone(),
        }
    }
}

pub fn relation_label(r: OriginRelation) -> &'static str {
    match r {
        OriginRelation::FirstAppearedOn => "first appeared on",
        OriginRelation::RepublishedFrom => "republished from",
        OriginRelation::OriginallyPublishedBy => "originally published by",
        OriginRelation::CopyrightHolder => "copyright",
        OriginRelation::PaywallSignature => "paywall wording of",
        OriginRelation::WireCredit => "wire credit",
        OriginRelation::CanonicalElsewhere => "canonical page on",
        OriginRelation::DeclaredOriginal => "declares its original on",
    }
}

pub fn outlet_label(o: &Option<Outlet>) -> String {
    match o {
        Some(o) => {
            let how = match o.found_by {
                OutletEvidence::Metadata => "metadata",
                OutletEvidence::Url => "url",
                OutletEvidence::Footer => "footer",
                OutletEvidence::Copyright => "copyright",
            };
            format!("{} ({how})", o.name)
        }
        None => "unknown".into(),
    }
}

pub fn published_label(p: &Option<Published>) -> String {
    match p {
        Some(p) => {
            let from = match p.from {
                DateSource::Metadata => "metadata",
                DateSource::Dateline => "dateline",
                DateSource::Url => "url",
                DateSource::Inferred => "inferred",
            };
            format!("{} ({from})", p.value)
        }
        None => "unknown".into(),
    }
}

/// One canonical entity of the corpus, for the "Actors" sections.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub id: String,
    /// PER, ORG, LOC or MISC.
    pub kind: String,
    /// Preferred name (in the corpus's main language).
    pub name: String,
    pub mentions: usize,
    pub articles: usize,
    /// Distinct origins: a republished copy counts under the outlet it names.
    pub origins: usize,
    /// Spellings seen, with counts, commonest first.
    pub variants: Vec<(String, usize)>,
    /// Roles and titles seen with the name, commonest first.
    pub roles: Vec<String>,
    /// Ids merged into this one, with the evidence.
    pub merged: Vec<(String, String)>,
    pub stands_for: Option<String>,
}

/// One speaker's quotes across the corpus, for "Who said what".
#[derive(Debug, Clone, Default)]
pub struct Said {
    pub speaker: String,
    pub entity: Option<String>,
    /// Each quote's words (cut), the articles carrying it (report indices), and
    /// the number of distinct origins among them.
    pub quotes: Vec<(String, Vec<usize>, usize)>,
}
