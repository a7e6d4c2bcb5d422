//! The article model: an [`Article`] holds its text once; every layer is a list of
//! spans (byte offsets into that text) with its own data, as in spaCy's `Doc`.
//!
//! Invariants (checked by [`Article::check_spans`] in tests):
//! - every span satisfies `start <= end <= text.len()` and both ends fall on UTF-8
//!   character boundaries;
//! - each layer is sorted by `start`;
//! - no layer copies or rewrites the text: a span's text is always `&text[start..end]`.

use serde::{Deserialize, Serialize};

/// Version of the JSON produced by `recoupe annotate` (see `schema/article.v1.schema.json`).
pub const SCHEMA_ID: &str = "recoupe/article/v1";

/// A half-open byte range `[start, end)` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The slice of `text` this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Something that sits on a span of the article text.
pub trait Spanned {
    fn span(&self) -> Span;
}

macro_rules! spanned {
    ($($t:ty),*) => { $(impl Spanned for $t { fn span(&self) -> Span { self.span } })* };
}

/// The role of a paragraph in the article's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Title,
    /// The lede or teaser set apart under the title (French *chapeau*).
    Standfirst,
    Heading,
    Body,
    Caption,
    /// A quotation repeated out of the flow of the text, with its attribution.
    PullQuote,
    /// A header line of the source file (date, URL, byline).
    Metadata,
    /// A paragraph that is entirely boilerplate of another kind (navigation, footers…).
    Boilerplate,
}

impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Title => "title",
            ParagraphKind::Standfirst => "standfirst",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Body => "body",
            ParagraphKind::Caption => "caption",
            ParagraphKind::PullQuote => "pull_quote",
            ParagraphKind::Metadata => "metadata",
            ParagraphKind::Boilerplate => "boilerplate",
        }
    }
    /// Whether the paragraph carries the article's own running text.
    pub fn is_content(self) -> bool {
        matches!(
            self,
            ParagraphKind::Title
                | ParagraphKind::Standfirst
                | ParagraphKind::Heading
                | ParagraphKind::Body
                | ParagraphKind::PullQuote
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParagraphKind,
}

/// Why a span is boilerplate. Boilerplate is marked, never deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateReason {
    /// "Il vous reste 64.96% de cet article à lire…", "Subscribe to continue reading".
    Paywall,
    /// "L'article … est apparu en premier sur …", "Republished with permission of …".
    Republication,
    /// "VOIR AUSSI : …", "Lire aussi", "Read more".
    RelatedLink,
    Copyright,
    /// Site chrome: "Sommaire", "Dans la même catégorie", "Go up", share buttons.
    Navigation,
    /// Photo captions and their agency credits.
    Caption,
    /// Header lines of the file: date, URL, byline, "Publié le …".
    Metadata,
    /// Contributor notes: "Todd Prince a contribué à ce rapport", "Editing by …".
    Credit,
    /// Legal notes and footnotes: "* Organisations terroristes interdites en Russie."
    Disclaimer,
    /// Link annotations left inside a sentence: "(article en anglais)".
    LinkNote,
    /// Newsletter, app and subscription prompts.
    Promotion,
}

impl BoilerplateReason {
    pub const ALL: [BoilerplateReason; 11] = [
        BoilerplateReason::Paywall,
        BoilerplateReason::Republication,
        BoilerplateReason::RelatedLink,
        BoilerplateReason::Copyright,
        BoilerplateReason::Navigation,
        BoilerplateReason::Caption,
        BoilerplateReason::Metadata,
        BoilerplateReason::Credit,
        BoilerplateReason::Disclaimer,
        BoilerplateReason::LinkNote,
        BoilerplateReason::Promotion,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateReason::Paywall => "paywall",
            BoilerplateReason::Republication => "republication",
            BoilerplateReason::RelatedLink => "related_link",
            BoilerplateReason::Copyright => "copyright",
            BoilerplateReason::Navigation => "navigation",
            BoilerplateReason::Caption => "caption",
            BoilerplateReason::Metadata => "metadata",
            BoilerplateReason::Credit => "credit",
            BoilerplateReason::Disclaimer => "disclaimer",
            BoilerplateReason::LinkNote => "link_note",
            BoilerplateReason::Promotion => "promotion",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Boilerplate {
    pub span: Span,
    pub reason: BoilerplateReason,
    /// Name of the rule that fired, for debugging and evaluation.
    pub rule: String,
}

/// How a sentence boundary was found; `Glued` marks a boundary that had no space
/// in the source ("…l'Etat de droit.Des gangs", "sous influenceDe surcroît").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceStart {
    Paragraph,
    Punctuation,
    Glued,
    /// No punctuation: a line break lost by the scraper or the flattening, found
    /// by the learned gap model ("… frégates de Taïwan En 1988, …").
    Layout,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into the paragraph layer.
    pub paragraph: usize,
    pub start_kind: SentenceStart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
    Url,
    Email,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Language of one paragraph (ISO 639-1 code where one exists, else ISO 639-3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LangSpan {
    pub span: Span,
    pub paragraph: usize,
    pub lang: String,
    /// 0..1; low on short or mixed paragraphs.
    pub confidence: f32,
}

/// A fragment left in another language by machine translation, such as the
/// "[Russian President Vladimir]" in "[Russian President Vladimir] Poutine".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Residue {
    pub span: Span,
    /// Language of the fragment.
    pub lang: String,
    /// "bracketed" for an editor's bracket left untranslated, "run" for a run of
    /// foreign function words inside a sentence.
    pub cue: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Layers {
    pub paragraphs: Vec<Paragraph>,
    pub boilerplate: Vec<Boilerplate>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub languages: Vec<LangSpan>,
    pub mt_residue: Vec<Residue>,
    pub times: Vec<TimeMention>,
    pub quantities: Vec<Quantity>,
    pub entities: Vec<EntityMention>,
    pub quotes: Vec<Quote>,
}

spanned!(Paragraph, Boilerplate, Sentence, Token, LangSpan, Residue, TimeMention, Quantity, EntityMention, Quote);

/// How a quote is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words between quotation marks: « … », a déclaré X.
    Direct,
    /// Reported speech without quotation marks: X a déclaré que…, selon X, …
    Indirect,
    /// Reported speech with a quoted fragment: X a dénoncé des « ingérences ».
    Mixed,
}

/// Who said it: the words naming the speaker where the quote is attributed
/// ("Sam Greene", "-t-il", "le ministère russe de la défense"), and the
/// canonical entity they resolve to, when one does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub span: Span,
    pub entity: Option<String>,
    /// The speaker's own words for who they are, when the text hides the name
    /// ("un ancien diplomate français en Russie, qui a préféré garder l'anonymat").
    pub anonymous: bool,
}

/// A quote: its content span, the reporting verb, the speaker, the speaker's
/// description and the medium the words were given to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    /// The reporting verb or phrase ("a déclaré", "a-t-il ajouté", "selon").
    pub cue: Option<Span>,
    pub speaker: Option<Speaker>,
    /// "directeur du Russia Institute au King's College de Londres".
    pub description: Option<Span>,
    /// "à RFE/RL", "dans les colonnes du Point", "auprès de L'Express".
    pub medium: Option<Span>,
}

/// The kind of a named entity, as in CoNLL-2003.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Per => "PER",
            EntityKind::Org => "ORG",
            EntityKind::Loc => "LOC",
            EntityKind::Misc => "MISC",
        }
    }
}

/// A mention of a person, organisation, place or other named thing:
/// "Kassym-Jomart Tokaïev", "M. Tokayev", "l'OTSC".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    pub span: Span,
    pub kind: EntityKind,
    /// Id of the canonical entity (stable: derived from its normalised name),
    /// shared by every spelling of one referent.
    pub entity: String,
    /// The title or role kept with the mention ("le président kazakh",
    /// "directeur du Russia Institute au King's College de Londres").
    pub role: Option<Span>,
    /// For a place named as an actor ("le Kremlin", "Moscou a dénoncé"): the
    /// government it stands for, as an entity id.
    pub stands_for: Option<String>,
}

/// A figure of the text: "près de 3 000 soldats", "6 846 km", "des dizaines de morts".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub span: Span,
    /// The stated value; `None` for a vague quantity ("des dizaines de").
    pub value: Option<f64>,
    /// Bounds: equal to the value when exact or approximate; one side only
    /// after "plus de" / "jusqu'à"; both for ranges and vague quantities.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// "exact", "approximate", "at_least", "at_most" or "vague".
    pub approx: String,
    /// Unit or currency: "%", "km", "EUR", "USD", "year"…
    pub unit: Option<String>,
    /// The head noun counted ("soldats", "population").
    pub counted: Option<Span>,
    /// Its class (troops, deaths, injured, arrests, protesters, aircraft,
    /// distance, money, share…), to compare like with like across sources.
    pub counted_class: Option<String>,
}

/// Whether a temporal expression names a point (at its grain) or a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    /// "le 6 janvier", "hier", "en 2010", "à 15h30".
    Point,
    /// "du 13 au 15 juillet", "fin mars", "cet hiver"; one side may be open
    /// ("à partir du 8").
    Interval,
    /// A length of time: "pendant trente ans", "depuis une semaine" (value
    /// in ISO 8601, "P30Y", "P1W").
    Duration,
    /// A repetition: "tous les lundis", "chaque année", "every day at 3pm",
    /// "weekly" (value as TIMEX3 writes a set: "XXXX-WXX-1", "P1Y", "T15").
    Set,
}

/// A temporal expression of the text, resolved to a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    pub span: Span,
    /// ISO 8601 at the grain ("2022", "2022-01", "2022-01-06", "2022-01-06T15:30");
    /// an interval is "FROM/TO" with an exclusive end, an open side "..".
    pub value: String,
    /// second, minute, hour, day, week, month, quarter or year.
    pub grain: String,
    pub kind: TimeKind,
    /// The reference a relative expression was resolved against: the
    /// publication date, at its grain, or for words counted from the story's
    /// time ("le lendemain", "deux jours plus tard") the value of the point
    /// told before them; `None` for an absolute one ("le 22 décembre 2021"
    /// reads the same whatever the date).
    pub anchor: Option<String>,
    /// Told roughly: a vague or round count ("il y a quelques jours", "pendant
    /// plusieurs mois", "une dizaine de jours") or a hedge ("vers 15h", "about
    /// two years ago"); the value is the usual reading (a vague count is three).
    /// Written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
}

/// Granularity of a date value: "2020" is a year, never 2020-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    Year,
    Month,
    Day,
    Minute,
    Second,
}

/// Where a publication date came from, most trusted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    Metadata,
    Dateline,
    Url,
    Inferred,
}

/// A calendar date or date-time, at its own granularity. `value` is ISO 8601
/// truncated to the grain: "2022", "2022-01", "2022-01-06", "2022-01-06T10:05".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub value: String,
    pub grain: Grain,
    pub from: DateSource,
    /// Where in the text the date was read, when it was read from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// How the outlet of an article was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutletEvidence {
    /// Given by the input record (`outlet` field, feed, page metadata).
    Metadata,
    /// Derived from the URL's domain.
    Url,
    /// Read from a republication footer ("est apparu en premier sur zimo news").
    Footer,
    /// Read from a copyright line.
    Copyright,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    pub name: String,
    pub found_by: OutletEvidence,
}

/// How a text relates to another outlet: evidence that it is not an original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginRelation {
    /// A feed footer naming where this copy first appeared ("apparu en premier sur").
    FirstAppearedOn,
    /// "Republié avec l'autorisation de …", "Republished with permission of …".
    RepublishedFrom,
    /// "Originally published by/on …", "Cet article a été initialement publié par …".
    OriginallyPublishedBy,
    /// A copyright line naming another rights holder.
    CopyrightHolder,
    /// A paywall notice whose exact wording belongs to a known outlet.
    PaywallSignature,
    /// A wire-agency credit ("(Reuters)", "avec AFP").
    WireCredit,
    /// The page's canonical link names a page of another site.
    CanonicalElsewhere,
    /// The page's metadata names its original (`original-source`,
    /// `syndication-source`, JSON-LD `isBasedOn`).
    DeclaredOriginal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OriginEvidence {
    pub outlet: String,
    pub relation: OriginRelation,
    /// Where the text says so; none when the page's metadata does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The URL the metadata names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Source {
    /// File path, or "-" for standard input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Position inside the file: "line 12" for JSON Lines, "record 3" for archives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// The id the input gave, if any (the article id itself is derived from content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When a crawler fetched the page (a WARC record's date), as the archive wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// When the page says it was last updated, as its metadata wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Authors the input names (page metadata, byline fields).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<Outlet>,
    /// Evidence that this text was published first elsewhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<OriginEvidence>,
}

/// One article: its text, held once, and the stand-off layers over it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id derived from the content (see [`content_id`]).
    pub id: String,
    pub source: Source,
    pub published: Option<Published>,
    /// Main language of the content paragraphs.
    pub lang: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub layers: Layers,
    /// Problems found while analysing this article (not fatal).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// How the input record was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Plain text, possibly with a `date … URL` header line and a title line.
    #[default]
    PlainText,
    /// A JSON Lines record whose `text` field is the article.
    Record,
    /// Text extracted from HTML.
    Html,
}

/// One input record as a reader hands it to the analysis: the text and what
/// the input said about it. Readers do the I/O; analysis starts from this.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub text: String,
    pub format: InputFormat,
    pub path: Option<String>,
    pub record: Option<String>,
    pub record_id: Option<String>,
    pub url: Option<String>,
    /// When a crawler fetched the page (a WARC record's date).
    pub fetched: Option<String>,
    /// When the page says it was last updated.
    pub modified: Option<String>,
    /// Authors the input names.
    pub authors: Vec<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    /// Problems the reader met but recovered from (e.g. a non-UTF-8 file decoded as Windows-1252).
    pub warnings: Vec<String>,
    /// Paragraph kinds the markup gave (an HTML heading, caption, byline…), as
    /// spans of `text` sorted by start; the analysis keeps them where its own
    /// rules do not decide otherwise.
    pub paragraph_kinds: Vec<(Span, ParagraphKind)>,
    /// Pages the metadata names as the original of this text (a canonical link
    /// to another site, `original-source`), as URLs.
    pub origin_urls: Vec<(OriginRelation, String)>,
}

impl Article {
    /// Checks the stand-off invariants; returns the first violation.
    pub fn check_spans(&self) -> Result<(), String> {
        fn layer<T: Spanned>(name: &str, text: &str, items: &[T]) -> Result<(), String> {
            let mut last = 0;
            for (i, it) in items.iter().enumerate() {
                let s = it.span();
                if s.start > s.end || s.end > text.len() {
                    return Err(format!("{name}[{i}]: span {s:?} out of bounds"));
                }
                if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                    return Err(format!("{name}[{i}]: span {s:?} splits a character"));
                }
                if s.start < last {
                    return Err(format!("{name}[{i}]: not sorted by start"));
                }
                last = s.start;
            }
            Ok(())
        }
        let t = &self.text;
        let l = &self.layers;
        layer("paragraphs", t, &l.paragraphs)?;
        layer("boilerplate", t, &l.boilerplate)?;
        layer("sentences", t, &l.sentences)?;
        layer("tokens", t, &l.tokens)?;
        layer("languages", t, &l.languages)?;
        layer("mt_residue", t, &l.mt_residue)?;
        layer("times", t, &l.times)?;
        layer("quantities", t, &l.quantities)?;
        layer("entities", t, &l.entities)?;
        layer("quotes", t, &l.quotes)?;
        Ok(())
    }

    /// Where this article's words first came from: the outlet its republication
    /// evidence names, else its own outlet, else its id. Copies of one origin are
    /// not independent sources.
    pub fn origin(&self) -> String {
        self.source
            .origins
            .first()
            .map(|o| o.outlet.clone())
            .or_else(|| self.source.outlet.as_ref().map(|o| o.name.clone()))
            .unwrap_or_else(|| self.id.clone())
    }

    /// The origin as a key that two spellings of one outlet share: "Le
    /// Courrier du Val", "Courrier du Val" and "www.courrierduval.example" are
    /// all `courrierduval`. Independent sources are counted on this key.
    pub fn origin_key(&self) -> String {
        origin_key(&self.origin())
    }

    /// Boilerplate reasons covering any part of `span`.
    pub fn boilerplate_in(&self, span: Span) -> impl Iterator<Item = &Boilerplate> {
        self.layers.boilerplate.iter().filter(move |b| b.span.overlaps(span))
    }
}

/// See [`Article::origin_key`].
pub fn origin_key(name: &str) -> String {
    let mut s = name.trim().to_lowercase();
    for p in ["https://", "http://"] {
        if let Some(r) = s.strip_prefix(p) {
            s = r.to_string();
        }
    }
    // a domain: the label before its public suffix ("courrierduval.example", "bbc.co.uk")
    if s.contains('.') && !s.contains(' ') {
        let host = s.split('/').next().unwrap_or("").to_string();
        let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && *l != "www").collect();
        let n = labels.len();
        if n >= 2 {
            let short_suffix = n >= 3 && labels[n - 1].len() == 2 && labels[n - 2].len() <= 3;
            s = labels[if short_suffix { n - 3 } else { n - 2 }].to_string();
        }
    }
    for article in ["le ", "la ", "les ", "l'", "l’", "the "] {
        if let Some(r) = s.strip_prefix(article) {
            s = r.to_string();
            break;
        }
    }
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Stable content id: a 64-bit hash of the text with white space folded
/// (trimmed, every run made one space), so that re-wrapping or trailing new
/// lines do not change it. 16 hex digits.
///
/// Text is mostly single spaces between words: the runs to fold are found with
/// `memchr`, and the bytes between them are hashed eight at a time (a byte-at-a-
/// time hash was the slowest step of the pipeline's assembly).
pub fn content_id(text: &str) -> String {
    let t = text.as_bytes().trim_ascii();
    let mut h = ChunkHasher::default();
    if memchr::memchr(0x0C, t).is_some() {
        // a form feed: the rare case, byte by byte
        let mut prev_space = false;
        for &b in t {
            let space = b.is_ascii_whitespace();
            if !(space && prev_space) {
                h.feed(if space { b" " } else { std::slice::from_ref(&b) });
            }
            prev_space = space;
        }
        return format!("{:016x}", h.finish());
    }
    let mut pos = 0;
    let mut next_control = memchr::memchr3(b'\n', b'\r', b'\t', t).unwrap_or(t.len());
    let mut next_double = memchr::memmem::find(t, b"  ").unwrap_or(t.len());
    while pos < t.len() {
        if next_control < pos {
            next_control = memchr::memchr3(b'\n', b'\r', b'\t', &t[pos..]).map_or(t.len(), |i| pos + i);
        }
        if next_double < pos {
            next_double = memchr::memmem::find(&t[pos..], b"  ").map_or(t.len(), |i| pos + i);
        }
        let mut run = next_control.min(next_double);
        if run >= t.len() {
            h.feed(&t[pos..]);
            break;
        }
        // the run starts at the first white space before it (t is trimmed: never at 0)
        while run > pos && t[run - 1] == b' ' {
            run -= 1;
        }
        let mut end = run;
        while end < t.len() && t[end].is_ascii_whitespace() {
            end += 1;
        }
        h.feed(&t[pos..run]);
        h.feed(b" ");
        pos = end;
    }
    format!("{:016x}", h.finish())
}

/// A hash of a byte stream fed in slices, mixed eight bytes at a time.
struct ChunkHasher {
    h: u64,
    len: u64,
    partial: [u8; 8],
    filled: usize,
}

impl Default for ChunkHasher {
    fn default() -> Self {
        ChunkHasher { h: 0xcbf2_9ce4_8422_2325, len: 0, partial: [0; 8], filled: 0 }
    }
}

impl ChunkHasher {
    fn mix(&mut self, w: u64) {
        self.h = (self.h.rotate_left(23) ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn feed(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.filled > 0 {
            let take = (8 - self.filled).min(bytes.len());
            self.partial[self.filled..self.filled + take].copy_from_slice(&bytes[..take]);
            self.filled += take;
            bytes = &bytes[take..];
            if self.filled < 8 {
                return;
            }
            self.mix(u64::from_le_bytes(self.partial));
            self.filled = 0;
        }
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        self.partial[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    fn finish(mut self) -> u64 {
        self.partial[self.filled..].fill(0);
        let (last, len) = (u64::from_le_bytes(self.partial), self.len);
        self.mix(last);
        self.mix(len);
        // MurmurHash3's fmix64: every input bit moves every output bit
        let mut h = self.h;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_ignores_wrapping_but_not_words() {
        let a = content_id("Le président   kazakh\n\na parlé.\n");
        let b = content_id("Le président kazakh a parlé.");
        let c = content_id("Le président kazakh a menti.");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 16);
        // the fast path (memchr) and the byte path (a form feed) fold alike
        assert_eq!(content_id("Le président\x0ckazakh a  parlé."), content_id("Le président kazakh\ta parlé."));
        assert_eq!(content_id(" x \n\n y "), content_id("x y"));
        assert_ne!(content_id("xy"), content_id("x y"));
    }

    #[test]
    fn check_spans_rejects_split_characters() {
        let art = Article {
            id: "x".into(),
            source: Source::default(),
            published: None,
            lang: None,
            title: None,
            text: "é".into(),
            layers: Layers {
                tokens: vec![Token { span: Span::new(0, 1), kind: TokenKind::Word }],
                ..Layers::default()
            },
            warnings: vec![],
        };
        assert!(art.check_spans().unwrap_err().contains("splits a character"));
    }
}
