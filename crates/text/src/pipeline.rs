//! The per-article pipeline, in the order each layer needs the previous ones:
//! paragraphs → header lines → sentences (and headings glued into paragraphs)
//! → boilerplate → paragraph kinds → tokens → languages → MT residue →
//! publication date, outlet, title → temporal expressions → figures.

use crate::boilerplate;
use crate::lang;
use crate::layout;
use crate::meta::{self, DateCandidate};
use crate::paragraph;
use crate::residue;
use crate::segment::Segmenter;
use crate::token;
use recoupe_model::{
    content_id, Article, Boilerplate, BoilerplateReason, DateSource, Document, InputFormat, LangSpan, Layers,
    OriginRelation, Outlet, OutletEvidence, Paragraph, ParagraphKind, Sentence, SentenceStart, Source, Span, TimeKind,
    TimeMention,
};

/// The stages of [`Pipeline::analyze`], for the time breakdown of the benchmark.
pub const STAGES: [&str; 9] = [
    "paragraphs+sentences",
    "boilerplate",
    "layout",
    "tokens",
    "languages",
    "mt-residue",
    "metadata+assembly",
    "times",
    "quantities",
];

/// Reusable buffers, so that a stream of articles allocates little.
#[derive(Default)]
pub struct Pipeline {
    seg: Segmenter,
    /// The sentences of one paragraph, reused.
    sent_buf: Vec<(Span, SentenceStart)>,
    /// Time spent in each of [`STAGES`] since the pipeline was made.
    pub stage_time: [std::time::Duration; 9],
    /// Skip the layers built on the foundation (times, figures): for measuring
    /// the foundation alone.
    pub foundation_only: bool,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    /// A pipeline of the foundation layers only (no times, no figures).
    pub fn foundation() -> Self {
        Pipeline { foundation_only: true, ..Self::default() }
    }

    /// Runs every layer of this crate over one document.
    pub fn analyze(&mut self, doc: Document) -> Article {
        let mut clock = std::time::Instant::now();
        let mut lap = |stage: usize, times: &mut [std::time::Duration; 9]| {
            let now = std::time::Instant::now();
            times[stage] += now - clock;
            clock = now;
        };
        let text = doc.text;
        let mut warnings = doc.warnings;
        let mut dates: Vec<DateCandidate> = Vec::new();
        let mut url = doc.url.clone();

        // paragraphs and header lines
        let raw_paras = paragraph::split(&text);
        let mut header_hits = Vec::new();
        let mut n_header = 0;
        if doc.format == InputFormat::PlainText {
            for p in raw_paras.iter().take(3) {
                let Some(h) = meta::read_header_line(&text, *p) else { break };
                n_header += 1;
                if url.is_none() {
                    url = h.url.clone();
                }
                if let Some((d, sp)) = h.date {
                    dates.push(DateCandidate { date: d, from: DateSource::Metadata, span: Some(sp) });
                }
                header_hits.push(*p);
            }
        }

        // sentences, then headings glued inside paragraphs become paragraphs
        let mut sents: Vec<(Span, SentenceStart)> = Vec::with_capacity(text.len() / 64);
        let mut paras: Vec<Span> = Vec::new();
        let mut kinds: Vec<Option<ParagraphKind>> = Vec::new();
        let buf = &mut self.sent_buf;
        for (i, p) in raw_paras.iter().enumerate() {
            buf.clear();
            self.seg.split(&text, *p, buf);
            let header = i < n_header;
            split_glued_headings(&text, *p, buf, header, &mut paras, &mut kinds);
            sents.extend(buf.iter().copied());
        }
        let sent_para = assign(&sents, &paras);
        lap(0, &mut self.stage_time);

        // boilerplate
        let sent_units: Vec<(Span, usize)> = sents.iter().zip(sent_para.iter()).map(|(s, &p)| (s.0, p)).collect();
        let mut found = boilerplate::detect(&text, &paras, &sent_units);
        for p in &header_hits {
            found.hits.push(boilerplate::Hit {
                span: *p,
                reason: BoilerplateReason::Metadata,
                rule: "header-line".into(),
                whole_paragraph: true,
            });
        }
        found.hits.sort_by_key(|h| (h.span.start, h.span.end));
        lap(1, &mut self.stage_time);
        for h in &found.hits {
            if !h.whole_paragraph {
                continue;
            }
            if let Some(i) = paras.iter().position(|p| *p == h.span) {
                if kinds[i].is_none() || h.reason == BoilerplateReason::Metadata {
                    kinds[i] = Some(match h.reason {
                        BoilerplateReason::Caption => ParagraphKind::Caption,
                        BoilerplateReason::Metadata => ParagraphKind::Metadata,
                        _ => ParagraphKind::Boilerplate,
                    });
                }
            }
        }
        // a paragraph made only of boilerplate sentences is boilerplate too
        for (i, p) in paras.iter().enumerate() {
            if kinds[i].is_none() {
                let hit_count =
                    found.hits.iter().filter(|h| p.contains(h.span) && h.reason != BoilerplateReason::LinkNote).count();
                if hit_count == 0 {
                    continue;
                }
                let covered: usize = found.hits.iter().filter(|h| p.contains(h.span)).map(|h| h.span.len()).sum();
                let sentence_count = sent_para.iter().filter(|&&x| x == i).count();
                if hit_count == sentence_count && covered * 10 >= p.len() * 9 {
                    kinds[i] = Some(
                        if found.hits.iter().all(|h| !p.contains(h.span) || h.reason == BoilerplateReason::Metadata) {
                            ParagraphKind::Metadata
                        } else {
                            ParagraphKind::Boilerplate
                        },
                    );
                }
            }
        }
        // what the markup said (HTML headings, captions, bylines), where the
        // rules above did not decide
        for (i, p) in paras.iter().enumerate() {
            if kinds[i].is_some() {
                continue;
            }
            let at = doc.paragraph_kinds.partition_point(|h| h.0.end <= p.start);
            let Some(&(_, kind)) = doc.paragraph_kinds.get(at).filter(|h| h.0.contains(*p)) else { continue };
            let reason = match kind {
                ParagraphKind::Body => continue,
                ParagraphKind::Metadata => Some(BoilerplateReason::Metadata),
                ParagraphKind::Caption => Some(BoilerplateReason::Caption),
                _ => None,
            };
            kinds[i] = Some(kind);
            if let Some(reason) = reason {
                found.hits.push(boilerplate::Hit { span: *p, reason, rule: "markup".into(), whole_paragraph: true });
            }
        }
        // bylines and bare dateline paragraphs ("Par Claire Fontaine", "March 6, 2026")
        for (i, p) in paras.iter().enumerate() {
            if kinds[i].is_some() {
                continue;
            }
            let s = p.slice(&text);
            let rule = if layout::looks_like_byline(s) {
                "byline"
            } else if s.len() <= 90
                && s.split_whitespace().count() <= 6
                && crate::dates::parse(s).is_some_and(|d| d.grain >= recoupe_model::Grain::Day)
            {
                if let Some(d) = crate::dates::parse(s) {
                    dates.push(DateCandidate { date: d, from: DateSource::Dateline, span: Some(*p) });
                }
                "dateline"
            } else {
                continue;
            };
            kinds[i] = Some(ParagraphKind::Metadata);
            found.hits.push(boilerplate::Hit {
                span: *p,
                reason: BoilerplateReason::Metadata,
                rule: rule.into(),
                whole_paragraph: true,
            });
        }
        layout::classify(&text, &paras, &mut kinds, doc.title.as_deref());
        let kinds: Vec<ParagraphKind> = kinds.into_iter().map(|k| k.unwrap_or(ParagraphKind::Body)).collect();

        lap(2, &mut self.stage_time);
        // tokens
        let mut tokens = Vec::with_capacity(text.len() / 5);
        for p in &paras {
            token::tokenize(&text, *p, &mut tokens);
        }
        // a word glued across a lost break ("sourceInterrogé") is two tokens, one in each
        // sentence (few breaks are inside a token: each is split in place)
        for (s, kind) in &sents {
            if *kind != SentenceStart::Glued {
                continue;
            }
            let b = s.start;
            let i = tokens.partition_point(|t| t.span.end <= b);
            if let Some(t) = tokens.get(i).cloned().filter(|t| t.span.start < b) {
                tokens[i].span = Span::new(t.span.start, b);
                tokens.insert(i + 1, recoupe_model::Token { span: Span::new(b, t.span.end), kind: t.kind });
            }
        }

        lap(3, &mut self.stage_time);
        // languages
        let counts: Vec<bool> = kinds.iter().map(|k| k.is_content()).collect();
        let langs = lang::identify_paragraphs(&text, &paras, &counts, doc.lang.as_deref());
        let mut languages = Vec::new();
        for (i, g) in langs.per_paragraph.iter().enumerate() {
            if let Some(g) = g {
                languages.push(LangSpan {
                    span: paras[i],
                    paragraph: i,
                    lang: g.lang.to_string(),
                    confidence: (g.confidence * 100.0).round() / 100.0,
                });
            }
        }

        lap(4, &mut self.stage_time);
        // machine-translation residue in French content paragraphs
        let mut mt_residue = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            let fr = langs.per_paragraph[i].as_ref().is_some_and(|g| g.lang == "fr");
            if fr && kinds[i].is_content() {
                let from = tokens.partition_point(|t| t.span.start < p.start);
                let to = tokens.partition_point(|t| t.span.start < p.end);
                residue::find(&text, *p, &tokens[from..to], &mut mt_residue);
            }
        }

        lap(5, &mut self.stage_time);
        // publication date
        if let Some(v) = &doc.published {
            match crate::dates::parse(v) {
                Some(d) => dates.push(DateCandidate { date: d, from: DateSource::Metadata, span: None }),
                None => warnings.push(format!("unreadable publication date {v:?} in the input record")),
            }
        }
        for (i, p) in paras.iter().enumerate() {
            if kinds[i] == ParagraphKind::Standfirst {
                if let Some((d, sp)) = meta::trailing_date(&text, *p) {
                    dates.push(DateCandidate { date: d, from: DateSource::Dateline, span: Some(sp) });
                    found.hits.push(boilerplate::Hit {
                        span: sp,
                        reason: BoilerplateReason::Metadata,
                        rule: "teaser-date".into(),
                        whole_paragraph: false,
                    });
                }
            }
        }
        for h in &found.hits {
            if h.reason == BoilerplateReason::Metadata && h.rule != "header-line" {
                if let Some((d, sp)) = meta::dateline_in_metadata(&text, h.span) {
                    dates.push(DateCandidate { date: d, from: DateSource::Dateline, span: Some(sp) });
                }
            }
        }
        if let Some(u) = &url {
            if let Some(d) = crate::dates::from_url(u) {
                dates.push(DateCandidate { date: d, from: DateSource::Url, span: None });
            }
        }
        let (mut published, date_warnings) = meta::choose_published(dates);
        warnings.extend(date_warnings);

        // outlet
        let mut origins = found.origins;
        // the page's own declarations, after what the text says
        for (relation, u) in &doc.origin_urls {
            if let Some(outlet) = meta::outlet_from_url(u) {
                if !origins.iter().any(|o| o.outlet == outlet && o.relation == *relation) {
                    origins.push(recoupe_model::OriginEvidence {
                        outlet,
                        relation: *relation,
                        span: None,
                        url: Some(u.clone()),
                    });
                }
            }
        }
        let outlet = if let Some(o) = doc.outlet.clone().filter(|o| !o.trim().is_empty()) {
            Some(Outlet { name: o, found_by: OutletEvidence::Metadata })
        } else if let Some(name) = url.as_deref().and_then(meta::outlet_from_url) {
            Some(Outlet { name, found_by: OutletEvidence::Url })
        } else if let Some(o) = origins.iter().find(|o| o.relation == OriginRelation::FirstAppearedOn) {
            Some(Outlet { name: o.outlet.clone(), found_by: OutletEvidence::Footer })
        } else if !origins.iter().any(|o| o.relation == OriginRelation::RepublishedFrom) {
            origins
                .iter()
                .find(|o| o.relation == OriginRelation::CopyrightHolder)
                .map(|o| Outlet { name: o.outlet.clone(), found_by: OutletEvidence::Copyright })
        } else {
            None
        };

        // title
        // the title paragraph of the text wins over a page title with a site suffix
        let title = kinds
            .iter()
            .position(|k| *k == ParagraphKind::Title)
            .map(|i| paras[i].slice(&text).to_string())
            .or_else(|| doc.title.clone().filter(|t| !t.trim().is_empty()))
            .or(found.footer_title);

        let mut boilerplate_layer: Vec<Boilerplate> =
            found.hits.into_iter().map(|h| Boilerplate { span: h.span, reason: h.reason, rule: h.rule }).collect();
        boilerplate_layer.sort_by_key(|b| (b.span.start, b.span.end));
        boilerplate_layer.dedup_by(|a, b| a.span == b.span && a.reason == b.reason);

        let paragraphs: Vec<Paragraph> =
            paras.iter().zip(kinds.iter()).map(|(s, k)| Paragraph { span: *s, kind: *k }).collect();
        let sentences: Vec<Sentence> = sents
            .iter()
            .zip(sent_para.iter())
            .map(|(&(span, start_kind), &paragraph)| Sentence { span, paragraph, start_kind })
            .collect();
        mt_residue.sort_by_key(|r| r.span.start);

        let id = content_id(&text);
        lap(6, &mut self.stage_time);

        // an undated article is dated by its latest weekday-dated day ("vendredi 7 janvier")
        // the sentences the date and figure readers take: content paragraphs in
        // French or English, with whether they overlap boilerplate
        // (the foundation alone needs them only to infer a missing date)
        let readable = if published.is_none() || !self.foundation_only {
            readable_sentences(&sentences, &paragraphs, &languages, &boilerplate_layer)
        } else {
            Vec::new()
        };
        if published.is_none() {
            published = infer_published(&text, &readable);
        }
        // temporal expressions of the content sentences, against the publication date
        let times = if self.foundation_only { Vec::new() } else { times_of(&text, &readable, published.as_ref()) };
        if !self.foundation_only {
            warnings.extend(contradicting_dates(&text, &paragraphs, &languages, published.as_ref(), &times));
        }
        lap(7, &mut self.stage_time);
        let quantities = if self.foundation_only { Vec::new() } else { quantities_of(&text, &readable, &times) };
        lap(8, &mut self.stage_time);
        Article {
            id,
            source: Source {
                path: doc.path,
                record: doc.record,
                record_id: doc.record_id,
                url,
                fetched: doc.fetched,
                modified: doc.modified,
                authors: doc.authors,
                outlet,
                origins,
            },
            published,
            lang: langs.article.map(str::to_string).or(doc.lang),
            title,
            layers: Layers {
                paragraphs,
                boilerplate: boilerplate_layer,
                sentences,
                tokens,
                languages,
                mt_residue,
                times,
                quantities,
                entities: Vec::new(),
                quotes: Vec::new(),
            },
            text,
            warnings,
        }
    }
}

/// The temporal expressions of the sentences of content paragraphs (not in
/// boilerplate, captions or header lines), in French or English, resolved
/// against the publication date when there is one. Without one, only the
/// absolute expressions are kept. A bare weekday or date leans to the past
/// (news reports what happened) unless its sentence speaks of the future.
fn times_of(text: &str, readable: &[Readable], published: Option<&recoupe_model::Published>) -> Vec<TimeMention> {
    use crate::calendar::DateTime;
    use crate::temporal::{self, Lean};
    let anchor = published.and_then(|p| calendar_value(&p.value));
    // a second reference far from the first tells absolute values from relative ones
    let probe = |d: DateTime| d.add_days(400).add_seconds(7 * 3600 + 17 * 60);
    let reference = anchor.unwrap_or_else(|| DateTime::default().add_days(11_123));
    let mut out = Vec::new();
    // the last point told, the story's time for "le lendemain", "deux jours plus tard",
    // "the following year" (its day, grain and value)
    let mut told: Option<(DateTime, crate::calendar::Grain, String)> = None;
    for s in readable.iter().filter(|s| !s.in_boilerplate) {
        let lang = s.lang;
        let sentence = s.span.slice(text);
        if !temporal::may_hold_time(sentence) {
            continue;
        }
        for mut f in temporal::find(sentence, reference, lang, Lean::Past) {
            let piece = &sentence[f.start..f.end];
            let lean = lean_in_news(sentence, f.start, f.end, lang);
            if lean == Lean::Future {
                if let Some(v) = temporal::parse_in_news(piece, reference, lang, lean) {
                    f.value = v;
                }
            }
            let other = temporal::parse(piece, probe(reference), lang, lean);
            let mut value = f.value.render();
            // (a second probe years away for a month or finer: a day or a month without
            // its year, "la semaine du 22 juin", "in August", may fall on the same value
            // from two references, the running text's near month and the probe's; a
            // year cannot)
            let absolute = other.is_some_and(|o| o.render() == value)
                && (f.value.grain > crate::calendar::Grain::Month
                    || temporal::parse(piece, probe(reference).add_days(1100), lang, lean)
                        .is_some_and(|o| o.render() == value));
            let mut counted_from = if absolute { None } else { published.map(|p| p.value.clone()) };
            if let (Some(published), false) = (anchor.filter(|_| f.origin != temporal::Origin::Now), absolute) {
                let at = Said { sentence, start: f.start, end: f.end, lang, lean };
                match story_reading(at, f.origin, f.value.grain, told.as_ref(), published) {
                    StoryReading::Drop => continue,
                    StoryReading::Writer => {}
                    StoryReading::Told(v, from) => {
                        f.value = v;
                        value = f.value.render();
                        counted_from = Some(from);
                    }
                }
            }
            if anchor.is_none() && !absolute {
                // undated: a day and a month keep their value with the year unknown
                // ("le 10 janvier" is XXXX-01-10, as TIMEX writes it); the rest
                // cannot be resolved
                let same_day = other.is_some_and(|o| {
                    o.grain == crate::calendar::Grain::Day
                        && !o.interval
                        && o.from.zip(f.value.from).is_some_and(|(a, b)| (a.month, a.day) == (b.month, b.day))
                });
                if f.value.grain != crate::calendar::Grain::Day || f.value.interval || !same_day {
                    continue;
                }
                value = format!("XXXX{}", &value[4..]);
            }
            let point = !f.value.interval && f.value.duration.is_none() && f.value.every.is_none();
            // ("depuis vendredi" opens a state that lasts, not a time of the story)
            let since = after_since(sentence, f.start, piece);
            // (a rough step of the story, "quelques mois plus tôt", is no reference for
            // what follows; "vers 18 heures" is)
            let rough_step = f.value.approx && f.origin != temporal::Origin::Now;
            if let (true, false, false, Some(d)) = (point, since, rough_step, f.value.from.filter(|_| anchor.is_some()))
            {
                told = Some((d, f.value.grain, value.clone()));
            }
            out.push(TimeMention {
                span: Span::new(s.span.start + f.start, s.span.start + f.end),
                value,
                grain: f.value.grain.as_str().to_string(),
                kind: if f.value.every.is_some() {
                    TimeKind::Set
                } else if f.value.duration.is_some() {
                    TimeKind::Duration
                } else if f.value.interval {
                    TimeKind::Interval
                } else {
                    TimeKind::Point
                },
                anchor: counted_from,
                approx: f.value.approx,
            });
        }
    }
    if let Some(a) = anchor {
        same_week_days(text, a, &mut out);
    }
    out
}

/// A time found at `start..end` of a sentence, with the sentence's language
/// and the time's lean.
#[derive(Clone, Copy)]
struct Said<'a> {
    sentence: &'a str,
    start: usize,
    end: usize,
    lang: crate::numbers::NumLang,
    lean: crate::temporal::Lean,
}

/// How words counted from the story's time read in an article.
enum StoryReading {
    /// Against the point told before them: the value, and that point's value.
    Told(crate::temporal::TimeValue, String),
    /// Against the writer's day, as read.
    Writer,
    /// Not at all.
    Drop,
}

/// Reads words counted from the story's time (`origin` not `Now`, value at
/// `grain` against the publication date) against `last`, the last point told
/// before them (its day, grain and value), when it is fine enough: the day
/// before or after is counted from a day, the following year from a year or
/// finer, "une heure plus tard" from a clock ("Six mois plus tard" after "en
/// 1993" is not read from an older day); not a day to come in words of the
/// past ("Dans l'émission, la veille, X avait indiqué…" after "il sera à
/// l'antenne ce samedi"), and not for a figure compared with the day before.
/// A count without such a point, or one landing after the publication date in
/// words of the past ("Trois ans plus tard, les démocrates entendent…" after
/// "vendredi"), is dropped.
fn story_reading(
    at: Said<'_>,
    origin: crate::temporal::Origin,
    grain: crate::calendar::Grain,
    last: Option<&(crate::calendar::DateTime, crate::calendar::Grain, String)>,
    published: crate::calendar::DateTime,
) -> StoryReading {
    use crate::calendar::Grain;
    use crate::temporal::{self, Lean};
    // (a count of hours needs a clock told; "ce soir-là" a day)
    let counted = matches!(origin, temporal::Origin::StoryOnly | temporal::Origin::That);
    let need =
        if origin == temporal::Origin::StoryOnly && grain <= Grain::Hour { Grain::Hour } else { grain.max(Grain::Day) };
    let story = last.filter(|(d, g, _)| {
        *g <= need
            && (counted || !against_the_day_before(at.sentence, at.start))
            && (d.days() <= published.days() || at.lean == Lean::Future)
    });
    let piece = &at.sentence[at.start..at.end];
    let read = story.and_then(|(d, _, v)| Some((temporal::parse_in_news(piece, *d, at.lang, Lean::Past)?, v)));
    let ahead =
        |v: &temporal::TimeValue| v.from.is_some_and(|d| d.days() > published.days() + 1) && at.lean != Lean::Future;
    match read {
        Some((v, _)) if counted && ahead(&v) => StoryReading::Drop,
        Some((v, from)) => StoryReading::Told(v, from.clone()),
        None if counted => StoryReading::Drop,
        None => StoryReading::Writer,
    }
}

/// Whether the date at `start` of a sentence (its words `piece`) follows
/// "depuis" or "since", the article before it left out of its span ("depuis le
/// 25 mars").
fn after_since(sentence: &str, start: usize, piece: &str) -> bool {
    let first = piece.split_whitespace().next().unwrap_or("");
    let mut back = sentence[..start].split_whitespace().rev();
    let (b1, b2) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
    let article = ["le", "la", "l'", "the"].iter().any(|a| b1.eq_ignore_ascii_case(a));
    let before = if article { b2 } else { b1 };
    ["depuis", "since"].iter().any(|x| first.eq_ignore_ascii_case(x) || before.eq_ignore_ascii_case(x))
}

/// Whether "la veille" at `start` of a sentence compares a figure with the day
/// before the report ("contre 22 la veille", "vingt de plus que la veille",
/// "543 depuis la veille", "par rapport à la veille"): the writer's day is the
/// report's, whatever day was told last.
fn against_the_day_before(sentence: &str, start: usize) -> bool {
    let before = sentence[..start].trim_end();
    let before = before.strip_suffix("la").or_else(|| before.strip_suffix("the")).unwrap_or(before).trim_end();
    let mut words = before.rsplit(|c: char| c.is_whitespace() || c == '(').filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("").to_lowercase();
    let second = words.next().unwrap_or("").to_lowercase();
    matches!(last.as_str(), "que" | "qu'à" | "depuis" | "à" | "than" | "since" | "from")
        || second == "contre" && last.starts_with(|c: char| c.is_ascii_digit())
}

/// The lean of a time found at `start..end` of a news sentence: to the past,
/// unless the words around it speak of the future ("dureront jusqu'au 15
/// mars"); "ce samedi" is the last one when a past tense is near ("a lancé le
/// président ce samedi"), else the coming one or today ("Sa famille espère une
/// fin d'hospitalisation ce samedi", "dès 6 heures ce samedi").
fn lean_in_news(sentence: &str, start: usize, end: usize, lang: crate::numbers::NumLang) -> crate::temporal::Lean {
    use crate::temporal::{self, Lean};
    let piece = &sentence[start..end];
    let words: Vec<&str> = piece.split_whitespace().collect();
    let this_day = lang == crate::numbers::NumLang::Fr
        && words.windows(2).any(|w| matches!(w[0], "ce" | "Ce") && temporal::full_weekday(w[1]).is_some())
        && !words
            .iter()
            .any(|w| temporal::is_month_word(&crate::fold::fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()))));
    let future = temporal::future_near(sentence, start, end, lang);
    if this_day {
        // (the future first: "s'il sera à l'antenne ce samedi, l'humoriste a reçu…")
        return if !future && temporal::past_near(sentence, start, end, lang) { Lean::Past } else { Lean::Future };
    }
    if !future {
        return Lean::Past;
    }
    // ("depuis le 23 novembre" is gone by, whatever follows; the words before it are
    // looked at only then, not for every time of the text)
    let before = sentence[..start].trim_end();
    let mut from = before.len().saturating_sub(12);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before[from..].to_lowercase();
    // (and "since July", "ever since Thursday")
    let since = words.first().is_some_and(|w| w.eq_ignore_ascii_case("depuis") || w.eq_ignore_ascii_case("since"))
        || ["depuis", "depuis le", "depuis la", "depuis l'", "depuis les", "since", "since the"]
            .iter()
            .any(|x| tail.ends_with(x));
    if since {
        Lean::Past
    } else {
        Lean::Future
    }
}

/// A bare weekday read as last week's is the coming day the article dates in full
/// ("un acte 4 se profile samedi 8 décembre … appelés à fermer samedi" in
/// Thursday's paper is that Saturday, not the last one): one date per weekday,
/// none when the article dates two. (Not the other way: a weekday read as to
/// come, or as the publication day, keeps its reading; those were wrong as often
/// as right when moved to a dated day gone by.)
fn same_week_days(text: &str, anchor: crate::calendar::DateTime, times: &mut [TimeMention]) {
    use crate::temporal::full_weekday;
    let weekday_named = |s: &str| s.split_whitespace().find_map(full_weekday).map(|w| w as usize);
    let mut dated: [Option<crate::calendar::DateTime>; 7] = [None; 7];
    let mut twice = [false; 7];
    for t in times.iter().filter(|t| t.value.len() == 10 && t.grain == "day") {
        let words = t.span.slice(text);
        let (Some(w), Some(d)) = (weekday_named(words), calendar_value(&t.value)) else { continue };
        let coming = d.days() > anchor.days() && d.days() - anchor.days() <= 7;
        if !words.bytes().any(|b| b.is_ascii_digit()) || !coming || d.weekday() as usize != w {
            continue;
        }
        match dated[w] {
            Some(x) if x.days() != d.days() => twice[w] = true,
            _ => dated[w] = Some(d),
        }
    }
    for t in times.iter_mut().filter(|t| t.grain == "day" && t.value.len() == 10) {
        let Some(w) = full_weekday(t.span.slice(text)).map(|w| w as usize) else { continue };
        let gone_by = calendar_value(&t.value).is_some_and(|v| v.days() < anchor.days());
        if let Some(d) = dated[w].filter(|_| !twice[w] && gone_by) {
            t.value = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
        }
    }
    // a part of that weekday ("en soirée de dimanche", "dimanche soir"): the same day,
    // its hours kept
    for t in times.iter_mut().filter(|t| t.grain == "hour" && t.kind == TimeKind::Interval) {
        let words = t.span.slice(text);
        let (Some(w), false) = (weekday_named(words), words.bytes().any(|b| b.is_ascii_digit())) else { continue };
        let Some((a, b)) = t.value.split_once('/') else { continue };
        let (Some(from), Some(to)) = (calendar_value(a), calendar_value(b)) else { continue };
        if let Some(d) = dated[w].filter(|_| !twice[w] && from.days() < anchor.days() && from.weekday() as usize == w) {
            let shift = d.days() - from.days();
            let hour = crate::calendar::Grain::Hour;
            t.value = format!("{}/{}", from.add_days(shift).format(hour), to.add_days(shift).format(hour));
        }
    }
}

/// The figures of the content sentences (not inside a date: "2 janvier",
/// "15h30", "en 2010" are times; a length of time is both).
fn quantities_of(text: &str, readable: &[Readable], times: &[TimeMention]) -> Vec<recoupe_model::Quantity> {
    let mut out = Vec::new();
    for s in readable.iter().filter(|s| !s.in_boilerplate) {
        let lang = s.lang;
        let sentence = s.span.slice(text);
        if !crate::quantity::may_hold_figure(sentence, lang) {
            continue;
        }
        for f in crate::quantity::find(sentence, lang) {
            let span = Span::new(s.span.start + f.start, s.span.start + f.end);
            // (a length of time is a figure too: "more than 15 years" keeps its hedge)
            if times.iter().any(|t| t.span.overlaps(span) && t.kind != recoupe_model::TimeKind::Duration) {
                continue;
            }
            out.push(recoupe_model::Quantity {
                span,
                value: f.value,
                low: f.low,
                high: f.high,
                approx: f.hedge.as_str().to_string(),
                unit: f.unit.map(str::to_string),
                counted: f.counted.map(|(a, z)| Span::new(s.span.start + a, s.span.start + z)),
                counted_class: f.counted_class.map(str::to_string),
            });
        }
    }
    out
}

/// A sentence the date and figure readers take.
struct Readable {
    span: Span,
    lang: crate::numbers::NumLang,
    in_boilerplate: bool,
}

/// The sentences of content paragraphs in French or English, each with
/// whether it overlaps boilerplate: computed once for the inferred date, the
/// dates and the figures.
fn readable_sentences(
    sentences: &[Sentence],
    paragraphs: &[Paragraph],
    languages: &[LangSpan],
    boilerplate: &[Boilerplate],
) -> Vec<Readable> {
    use crate::numbers::NumLang;
    let mut lang_of: Vec<Option<NumLang>> = vec![None; paragraphs.len()];
    for l in languages {
        if let Some(slot) = lang_of.get_mut(l.paragraph).filter(|x| x.is_none()) {
            *slot = match l.lang.as_str() {
                "fr" => Some(NumLang::Fr),
                "en" => Some(NumLang::En),
                _ => None,
            };
        }
    }
    sentences
        .iter()
        .filter(|s| paragraphs.get(s.paragraph).is_some_and(|p| p.kind.is_content()))
        .filter_map(|s| {
            let lang = lang_of.get(s.paragraph).copied().flatten()?;
            Some(Readable { span: s.span, lang, in_boilerplate: boilerplate.iter().any(|b| b.span.overlaps(s.span)) })
        })
        .collect()
}

/// A publication date inferred from the text: the latest day written with its
/// weekday and without a year ("vendredi 7 janvier"), in the first year, from
/// the latest year the text writes, where that day has that weekday. `None`
/// when the text writes no year or no such day.
fn infer_published(text: &str, readable: &[Readable]) -> Option<recoupe_model::Published> {
    use crate::calendar::DateTime;
    use crate::temporal;
    let mut latest_year = None;
    let mut days = Vec::new();
    for s in readable {
        let lang = s.lang;
        let sentence = s.span.slice(text);
        if !sentence.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        latest_year = temporal::years(sentence, lang).into_iter().chain(latest_year).max();
        for (a, z, w, d, m) in temporal::weekday_dates(sentence, lang) {
            days.push((Span::new(s.span.start + a, s.span.start + z), w, d, m));
        }
    }
    let from = latest_year?;
    let mut best: Option<(DateTime, Span)> = None;
    for (span, w, d, m) in days {
        let date = (from..from + 28).filter_map(|y| DateTime::date(y, m, d)).find(|x| x.weekday() == w);
        if let Some(date) = date {
            if best.is_none_or(|(b, _)| date > b) {
                best = Some((date, span));
            }
        }
    }
    let (date, span) = best?;
    Some(recoupe_model::Published {
        value: date.format(crate::calendar::Grain::Day),
        grain: recoupe_model::Grain::Day,
        from: DateSource::Inferred,
        span: Some(span),
    })
}

/// Full dates in captions and body text that contradict the publication date
/// by a year while falling near its day: "le 6 janvier 2021" under a photo of
/// a story published on 6 January 2022 is a wrong year, not an old event.
fn contradicting_dates(
    text: &str,
    paragraphs: &[Paragraph],
    languages: &[LangSpan],
    published: Option<&recoupe_model::Published>,
    times: &[TimeMention],
) -> Vec<String> {
    use crate::calendar::Grain;
    use crate::temporal::{self, Lean};
    let Some(p) = published.filter(|p| p.grain == recoupe_model::Grain::Day) else { return Vec::new() };
    let Some(anchor) = calendar_value(&p.value) else { return Vec::new() };
    // an explicit year, one off, on a day within a month of the publication day
    let suspicious = |written: &str, value: &str| -> Option<String> {
        let d = calendar_value(value).filter(|_| value.len() == 10)?;
        let moved = d.add_months(-((d.year - anchor.year) as i64) * 12);
        let near = (moved.days() - anchor.days()).abs() <= 31;
        ((d.year - anchor.year).abs() == 1 && near && written.contains(&d.year.to_string()))
            .then(|| d.format(Grain::Day))
    };
    let mut out = Vec::new();
    // the body's dates are in the times layer already
    for t in times.iter().filter(|t| t.anchor.is_none() && t.grain == "day") {
        let written = t.span.slice(text);
        if let Some(d) = suspicious(written, &t.value) {
            out.push(format!("the date {written:?} ({d}) contradicts the publication date {}: a wrong year?", p.value));
        }
    }
    // captions are read here only
    for (i, para) in paragraphs.iter().enumerate().filter(|(_, x)| x.kind == ParagraphKind::Caption) {
        let lang = match languages.iter().find(|l| l.paragraph == i).map(|l| l.lang.as_str()) {
            Some("en") => crate::numbers::NumLang::En,
            _ => crate::numbers::NumLang::Fr,
        };
        let s = para.span.slice(text);
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        for f in temporal::find(s, anchor, lang, Lean::Past) {
            let written = &s[f.start..f.end];
            if let Some(d) = suspicious(written, &f.value.render()) {
                out.push(format!(
                    "the caption date {written:?} ({d}) contradicts the publication date {}: a wrong year?",
                    p.value
                ));
            }
        }
    }
    out
}

/// "2022-01-06", "2022-01-06T10:05", "2022-01", "2022" as a calendar value.
fn calendar_value(v: &str) -> Option<crate::calendar::DateTime> {
    let n = |a: usize, b: usize| v.get(a..b).and_then(|x| x.parse::<u32>().ok());
    let year = v.get(0..4)?.parse().ok()?;
    let d = crate::calendar::DateTime::date(year, n(5, 7).unwrap_or(1), n(8, 10).unwrap_or(1))?;
    Some(d.with_time(n(11, 13).unwrap_or(12), n(14, 16).unwrap_or(0), 0))
}

/// Index of the paragraph holding each sentence.
fn assign(sents: &[(Span, SentenceStart)], paras: &[Span]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sents.len());
    let mut p = 0;
    for (s, _) in sents {
        while p + 1 < paras.len() && paras[p].end <= s.start {
            p += 1;
        }
        out.push(p);
    }
    out
}

/// Splits a paragraph where a heading was glued inside it by the scraper:
/// a sentence cut by a camel-case glue ("sous influenceDe surcroît") has no final
/// punctuation, so it is a heading; a short sentence glued at both ends is one too.
fn split_glued_headings(
    text: &str,
    para: Span,
    sents: &[(Span, SentenceStart)],
    header: bool,
    paras: &mut Vec<Span>,
    kinds: &mut Vec<Option<ParagraphKind>>,
) {
    let mut start = para.start;
    for (k, &(s, sk)) in sents.iter().enumerate() {
        let next_glued = sents.get(k + 1).is_some_and(|n| n.1 == SentenceStart::Glued);
        if !next_glued || header {
            continue;
        }
        let body = s.slice(text);
        let no_final_mark = body.chars().next_back().is_some_and(|c| c.is_alphabetic());
        let glued_both = sk == SentenceStart::Glued && !body.ends_with('.');
        if !no_final_mark && !glued_both {
            continue;
        }
        // (counted up to 15: past 14 words neither test holds)
        let words = body.split_whitespace().take(15).count();
        if (no_final_mark && words <= 14) || (glued_both && words <= 12) {
            if s.start > start {
                paras.push(paragraph::trim(text, Span::new(start, s.start)));
                kinds.push(None);
            }
            paras.push(s);
            kinds.push(Some(ParagraphKind::Heading));
            start = s.end;
        }
    }
    let rest = paragraph::trim(text, Span::new(start, para.end));
    if !rest.is_empty() {
        paras.push(rest);
        kinds.push(if header { Some(ParagraphKind::Metadata) } else { None });
    }
}

/// Analyses one document with a fresh pipeline (convenience for tests and tools).
pub fn analyze(doc: Document) -> Article {
    Pipeline::new().analyze(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random text over the characters that the rules look at: no input may make
    /// the pipeline panic or break the stand-off invariants.
    #[test]
    fn random_text_never_panics_and_spans_hold() {
        const ALPHABET: &[&str] = &[
            "a",
            "e",
            "é",
            "É",
            "z",
            "M",
            "L",
            "De",
            "Le",
            "de",
            "la",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ".",
            "?",
            "!",
            "…",
            "...",
            ",",
            ":",
            ";",
            "«",
            "»",
            "\"",
            "'",
            "’",
            "(",
            ")",
            "[",
            "]",
            "-",
            "*",
            "/",
            "2",
            "0",
            "500",
            "%",
            "\u{a0}",
            "\u{202f}",
            "ы",
            "中",
            "ا",
            "http://x.fr/1",
            "@",
            "l'",
            "a-t-il",
            "Il vous reste 5% de cet article à lire",
            "(AFP)",
            "Lire aussi",
            "date 2022-01",
            "20220106",
            "\u{feff}",
            "\r",
            // the words the date and figure readers start from
            " janvier ",
            " jeudi ",
            "15h30",
            "1er",
            " du ",
            " au ",
            " entre ",
            " et ",
            " il y a ",
            " dans ",
            " pendant ",
            " dix-huit ",
            " près de ",
            " des dizaines de ",
            " soldats",
            " km",
            "€",
            "06.01.2022",
            " Tuesday ",
            " 3pm ",
            "USD1,23",
            "10-20",
            " un euro ",
            "RM42",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut pipeline = Pipeline::new();
        for i in 0..3000 {
            let len = (next() % 80) as usize;
            let text: String = (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect();
            let published = (i % 2 == 0).then(|| "2022-01-07".to_string());
            let a = pipeline.analyze(Document { text: text.clone(), published, ..Document::default() });
            a.check_spans().unwrap_or_else(|e| panic!("{e} on {text:?}"));
        }
    }
}

#[cfg(test)]
mod time_layer_tests {
    use super::*;
    use recoupe_model::TimeKind;

    /// A record of our own text published on `day`.
    fn dated(text: &str, day: &str) -> Document {
        Document { text: text.into(), published: Some(day.into()), format: InputFormat::Record, ..Document::default() }
    }

    fn times(a: &Article) -> Vec<(String, String, Option<String>)> {
        a.layers.times.iter().map(|t| (t.span.slice(&a.text).to_string(), t.value.clone(), t.anchor.clone())).collect()
    }

    #[test]
    fn dates_resolve_against_the_publication_date() {
        let text =
            "Valmont : la grève continue\n\nLe maire de Valmont, Paul Ferrand, a annoncé jeudi que les travaux, \
                    commencés le 2 janvier, dureront jusqu'au 15 mars. Il y a trois jours, le conseil avait voté \
                    le budget, adopté le 22 décembre 2021.\n";
        let a = analyze(dated(text, "2022-01-07"));
        let got = times(&a);
        let anchor = Some("2022-01-07".to_string());
        assert!(got.contains(&("jeudi".into(), "2022-01-06".into(), anchor.clone())), "{got:?}");
        assert!(got.contains(&("2 janvier".into(), "2022-01-02".into(), anchor.clone())), "{got:?}");
        assert!(got.contains(&("Il y a trois jours".into(), "2022-01-04".into(), anchor.clone())), "{got:?}");
        assert!(got.contains(&("22 décembre 2021".into(), "2021-12-22".into(), None)), "{got:?}");
        let until = a.layers.times.iter().find(|t| t.span.slice(&a.text).starts_with("jusqu")).expect("an interval");
        assert_eq!(until.kind, TimeKind::Interval);
        assert!(until.value.ends_with("/2022-03-16"), "{}", until.value);
        // no date in "Paul", "sa", the percentages or the title's words
        assert!(got.iter().all(|(t, _, _)| !t.contains("Paul") && !t.contains('%')), "{got:?}");
    }

    #[test]
    fn words_of_the_story_count_from_the_date_told_before_them() {
        let text = "Crise à Valmora\n\nLe 2 janvier, les manifestations ont commencé à Valmora. Le lendemain, \
                    le gouvernement a démissionné. Deux jours plus tard, l'armée est arrivée. Au lendemain de \
                    l'élection, il a promis des réformes. Huit ans auparavant, il était ministre.\n\n\
                    Le bilan compte 19 blessés (contre 22 la veille). Du jour au lendemain, tout a changé.\n";
        let a = analyze(dated(text, "2022-01-10"));
        let got = times(&a);
        let told = |v: &str| Some(v.to_string());
        assert!(got.contains(&("lendemain".into(), "2022-01-03".into(), told("2022-01-02"))), "{got:?}");
        assert!(got.contains(&("Deux jours plus tard".into(), "2022-01-05".into(), told("2022-01-03"))), "{got:?}");
        assert!(got.contains(&("Huit ans auparavant".into(), "2014".into(), told("2022-01-05"))), "{got:?}");
        // a figure compared with the day before is the report's, the publication date's
        assert!(got.contains(&("veille".into(), "2022-01-09".into(), told("2022-01-10"))), "{got:?}");
        // counted from an event of no date, or an idiom: no date
        assert_eq!(got.iter().filter(|(t, _, _)| t.contains("lendemain")).count(), 1, "{got:?}");
    }

    #[test]
    fn a_rough_step_of_the_story_is_marked_and_no_reference() {
        // "quelques mois plus tôt" is a side step: "deux mois plus tard" counts from the
        // date told before it; "vers 18 heures" is rough but a reference
        let text = "Valmora\n\nL'enregistrement date du 12 septembre 2016. Le film de Paul Verdier, sorti \
                    quelques mois plus tôt, avait plu. Il se lancera dans la course deux mois plus tard.\n\n\
                    Le conseil devait se réunir vers 18 heures. Deux heures plus tôt, Anne Lestrade était partie.\n";
        let a = analyze(dated(text, "2019-11-27"));
        let got = times(&a);
        let told = |v: &str| Some(v.to_string());
        assert!(got.contains(&("quelques mois plus tôt".into(), "2016-06".into(), told("2016-09-12"))), "{got:?}");
        assert!(got.contains(&("deux mois plus tard".into(), "2016-11-12".into(), told("2016-09-12"))), "{got:?}");
        assert!(
            got.contains(&("Deux heures plus tôt".into(), "2019-11-27T16:00".into(), told("2019-11-27T18:00"))),
            "{got:?}"
        );
        let rough: Vec<&str> = a.layers.times.iter().filter(|t| t.approx).map(|t| t.span.slice(&a.text)).collect();
        assert_eq!(rough, ["quelques mois plus tôt", "18 heures"]);
    }

    #[test]
    fn a_part_of_a_weekday_the_article_dates_is_that_day() {
        // published on Thursday 15 November: "samedi après-midi" is the Saturday dated
        // in full, not the last one
        let text = "Valmora\n\nLe collectif appelle à une marche samedi après-midi à Port-Esquel. \
                    Le rendez-vous est fixé samedi 17 novembre devant la mairie.\n";
        let a = analyze(dated(text, "2018-11-15"));
        let got = times(&a);
        assert!(
            got.iter().any(|(t, v, _)| t == "samedi après-midi" && v == "2018-11-17T12:00/2018-11-17T19:00"),
            "{got:?}"
        );
    }

    #[test]
    fn that_day_is_the_day_told_before_it() {
        let text = "Valmora\n\nLe 12 octobre, Paul Verdier a quitté Port-Esquel. Ce jour-là, il pleuvait. \
                    Il était parti en 2015 ; cette année-là, la ville avait voté. Ce soir-là, la mairie a fermé.\n";
        let a = analyze(dated(text, "2017-11-04"));
        let got = times(&a);
        let told = |v: &str| Some(v.to_string());
        assert!(got.contains(&("Ce jour-là".into(), "2017-10-12".into(), told("2017-10-12"))), "{got:?}");
        assert!(got.contains(&("cette année-là".into(), "2015".into(), told("2015"))), "{got:?}");
        // (a part of that day needs a day told, not a year: the day before the year)
        assert!(got.iter().all(|(t, _, _)| t != "Ce soir-là"), "{got:?}");
        // with no date told before, "that night" means nothing
        let en = analyze(dated(
            "Valmora\n\nThat night, Paul Verdier left the city. Voters say that an honest mayor matters.\n",
            "2017-11-04",
        ));
        assert_eq!(times(&en), vec![]);
    }

    #[test]
    fn a_count_of_the_story_needs_a_date_told_before_it() {
        // no date before "two days later"; "the next day" falls back on the publication date
        let text = "Valmora votes\n\nThe council met in Valmora. Two days later, the mayor resigned. The next \
                    day, the day after the vote, Paul Verdier spoke.\n";
        let a = analyze(dated(text, "2022-01-10"));
        let got = times(&a);
        assert!(got.iter().all(|(t, _, _)| !t.contains("later") && !t.contains("vote")), "{got:?}");
        assert!(got.contains(&("next day".into(), "2022-01-11".into(), Some("2022-01-10".into()))), "{got:?}");
        let told = analyze(dated(
            "Valmora votes\n\nOn March 3, the council met. Two days later, the mayor resigned.\n",
            "2022-04-10",
        ));
        let got = times(&told);
        assert!(got.contains(&("Two days later".into(), "2022-03-05".into(), Some("2022-03-03".into()))), "{got:?}");
    }

    #[test]
    fn a_bare_weekday_takes_the_coming_day_the_article_dates() {
        // Thursday's paper: the march is dated in full once, then named by its weekday
        let text = "Valmont se prépare\n\nUne nouvelle marche se profile samedi 8 janvier à Valmont. \
                    Les commerces de la place sont appelés à fermer samedi, a annoncé la mairie mercredi.\n";
        let a = analyze(dated(text, "2022-01-06"));
        let got = times(&a);
        let anchor = Some("2022-01-06".to_string());
        assert!(got.contains(&("samedi".into(), "2022-01-08".into(), anchor.clone())), "{got:?}");
        // a weekday gone by that the article does not date stays so
        assert!(got.contains(&("mercredi".into(), "2022-01-05".into(), anchor)), "{got:?}");
        // a weekday opening its sentence before a comma is told in the clause after it
        let text = "Valmont se prépare\n\nLa mairie a parlé mercredi. Lundi, le maire présentera son plan. \
                    Mardi, les commerçants avaient déjà dit qu'ils fermeraient.\n";
        let got = times(&analyze(dated(text, "2022-01-06")));
        assert!(got.iter().any(|(t, v, _)| t == "Lundi" && v == "2022-01-10"), "{got:?}");
        assert!(got.iter().any(|(t, v, _)| t == "Mardi" && v == "2022-01-04"), "{got:?}");
    }

    #[test]
    fn ce_samedi_is_the_last_one_in_the_past_tense_else_the_coming_one() {
        // Sunday's paper tells of yesterday; Friday's of tomorrow and of a conditional
        let text = "Valmont en fête\n\nCe samedi soir, Paul Verdier était aux commandes. Sa famille espère \
                    une sortie ce samedi. Le seuil devrait être dépassé ce mercredi. Les forains sont là depuis \
                    le 23 novembre et pourront rester.\n";
        let sunday = times(&analyze(dated(text, "2022-01-09")));
        assert!(
            sunday.iter().any(|(t, v, _)| t == "Ce samedi soir" && v.starts_with("2022-01-08T18:00")),
            "{sunday:?}"
        );
        let friday = times(&analyze(dated(text, "2022-01-07")));
        assert!(friday.iter().any(|(t, v, _)| t == "ce samedi" && v == "2022-01-08"), "{friday:?}");
        assert!(friday.iter().any(|(t, v, _)| t == "ce mercredi" && v == "2022-01-12"), "{friday:?}");
        // "depuis" is gone by, whatever the future after it
        assert!(friday.iter().any(|(t, v, _)| t == "23 novembre" && v == "2021-11-23"), "{friday:?}");
        // and so is "since"
        let text = "Port-Esquel dockers stay out\n\nThe dockers of Port-Esquel who have been out since late \
                    November will vote again next week, their union said.\n";
        let got = times(&analyze(dated(text, "2022-01-07")));
        assert!(got.iter().any(|(t, v, _)| t == "late November" && v == "2021-11-21/2021-12-01"), "{got:?}");
    }

    #[test]
    fn figures_are_not_dates() {
        let text = "Le 10 janvier, près de 3 000 soldats et des dizaines de blindés sont entrés dans Valmont, \
                    à 12 km de la frontière ; 18,5% des habitants ont fui depuis 2021.\n";
        let a = analyze(dated(text, "2022-01-11"));
        let got: Vec<(&str, Option<&str>)> =
            a.layers.quantities.iter().map(|q| (q.span.slice(&a.text), q.counted_class.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("près de 3 000 soldats", Some("troops")),
                ("des dizaines de blindés", Some("vehicles")),
                ("12 km", Some("distance")),
                ("18,5% des habitants", Some("population")),
            ]
        );
        assert!(a.layers.times.iter().any(|t| t.span.slice(&a.text) == "10 janvier"));
    }

    #[test]
    fn a_length_of_time_is_a_figure_too() {
        let text = "Paul Verdier a dirigé Valmont pendant trente ans, depuis le 2 mars 1991.\n";
        let a = analyze(dated(text, "2022-01-11"));
        let lengths: Vec<(&str, &str, Option<f64>)> =
            a.layers.quantities.iter().map(|q| (q.span.slice(&a.text), q.approx.as_str(), q.value)).collect();
        assert_eq!(lengths, vec![("trente ans", "exact", Some(30.0))]);
        let times: Vec<&str> = a.layers.times.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(times, vec!["P30Y", "1991-03-02"]);
    }

    #[test]
    fn a_caption_dated_a_year_off_is_flagged() {
        let text = "Valmont : les grévistes reçus\n\nLes grévistes ont été reçus jeudi à la mairie.\n\n\
                    Des grévistes devant la mairie de Valmont, le 6 janvier 2021. (Jeanne Morel / AFP)\n";
        let a = analyze(dated(text, "2022-01-07"));
        assert!(
            a.warnings.iter().any(|w| w.contains("6 janvier 2021") && w.contains("wrong year")),
            "{:?}",
            a.warnings
        );
    }

    #[test]
    fn an_undated_day_keeps_its_month_and_day() {
        let text = "Les négociations reprendront le 10 janvier à Valmont, puis jeudi à Orsenne.\n";
        let a = analyze(Document { text: text.into(), format: InputFormat::Record, ..Document::default() });
        assert!(a.published.is_none());
        let got = times(&a);
        // the year is unknown; a bare weekday cannot be placed at all
        assert_eq!(got, vec![("10 janvier".to_string(), "XXXX-01-10".to_string(), None)]);
    }

    #[test]
    fn an_undated_article_is_dated_by_a_weekday_and_its_date() {
        let text = "Les rotatives de l'Echo de Valmont se sont arrêtées vendredi 7 janvier, comme en 2019. \
                    Mercredi, la direction avait promis une reprise.\n";
        let a = analyze(Document { text: text.into(), format: InputFormat::Record, ..Document::default() });
        let p = a.published.as_ref().expect("an inferred date");
        assert_eq!((p.value.as_str(), p.from), ("2022-01-07", DateSource::Inferred));
        let got = times(&a);
        assert!(got.contains(&("Mercredi".into(), "2022-01-05".into(), Some("2022-01-07".into()))), "{got:?}");
        assert!(got.contains(&("en 2019".into(), "2019".into(), None)), "{got:?}");
    }
}
