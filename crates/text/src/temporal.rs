//! Temporal expressions in French and English, resolved against a reference
//! (the article's publication date): "le 22 décembre 2021", "06.01.2022",
//! "vendredi 7 janvier", "hier", "il y a trois jours", "la semaine
//! prochaine", "du 13 au 15 juillet", "à 15h30", "last Tuesday", "two weeks
//! ago". Each value keeps its grain ("2020" is a year).
//!
//! The words are first mapped to language-free keys (`Key`), so that one
//! grammar reads both languages: "prochain" and "next" are both `Next`, "mars"
//! and "March" both `Month(3)`. The grammar is a set of readers tried at a
//! token; each returns a resolved value and the token where it stops.

use crate::calendar::{DateTime, Grain};
use crate::numbers::{self, NumLang};

mod every;
pub use every::Every;

/// How a bare weekday or date is resolved when nothing in the text says
/// which way: the next one (an assistant's commands, Duckling's convention),
/// or the nearest one before the reference (news, written after the facts).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lean {
    Future,
    Past,
}

/// English hedges of a count that say "about" ("about three months ago").
const EN_ABOUT: [&str; 7] = ["about", "nearly", "almost", "some", "roughly", "around", "approximately"];

/// French hedges of a count that make it approximate ("près de", "environ"), read
/// by [`Reader::hedge`] and, folded, by the rough-value test.
const FR_ABOUT: [&str; 4] = ["près", "environ", "presque", "quelque"];

/// Verbs of lasting, after which a count of hours is a length ("a duré 2 heures",
/// "lasted 12 hours"), never a time of day.
const LASTED: &[&str] = &[
    "duré", "dure", "durent", "durer", "durera", "dureront", "durait", "duraient", "lasted", "lasts", "lasting", "took",
];

/// What a hedge says of a count of time, ago or ahead.
#[derive(Clone, Copy)]
enum Hedge {
    /// About so long (or no hedge).
    About,
    /// More than so long: before the point.
    More,
    /// Less than so long: since the point.
    Less,
}

/// A resolved temporal value: a point at a grain, or an interval whose end
/// is exclusive; an open interval has one side missing ("à partir du 8",
/// "avant 16h").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TimeValue {
    pub from: Option<DateTime>,
    pub to: Option<DateTime>,
    pub grain: Grain,
    pub interval: bool,
    /// A length of time, not a place on the calendar ("pendant trente ans",
    /// "for 3 minutes"): so many units of `grain`; `from` and `to` are `None`.
    pub duration: Option<u32>,
    /// A repetition, not one place on the calendar ("tous les lundis", "every
    /// day at 3pm", "weekly"): `from` and `to` are `None`, `grain` is its period.
    pub every: Option<Every>,
    /// Its count or its place is told roughly ("il y a quelques jours", "pendant
    /// plusieurs mois", "a few weeks later", "une dizaine de jours", "vers 15h"):
    /// the value is the usual reading (a vague count is three), not a fact.
    pub approx: bool,
}

impl TimeValue {
    fn point(d: DateTime, grain: Grain) -> Self {
        TimeValue {
            from: Some(d.truncate(grain)),
            to: None,
            grain,
            interval: false,
            duration: None,
            every: None,
            approx: false,
        }
    }

    fn span(from: DateTime, to: DateTime, grain: Grain) -> Self {
        TimeValue { from: Some(from), to: Some(to), grain, interval: true, duration: None, every: None, approx: false }
    }

    /// So many units of `grain`: a length of time.
    fn length(n: u32, grain: Grain) -> Self {
        TimeValue { from: None, to: None, grain, interval: false, duration: Some(n), every: None, approx: false }
    }

    /// The start (or the only point) of the value.
    pub fn start(&self) -> Option<DateTime> {
        self.from
    }

    /// The length of a duration in seconds (a year is 365 days, a month 30).
    pub fn duration_seconds(&self) -> Option<f64> {
        let unit = match self.grain {
            Grain::Second => 1.0,
            Grain::Minute => 60.0,
            Grain::Hour => 3600.0,
            Grain::Day => 86_400.0,
            Grain::Week => 604_800.0,
            Grain::Month => 2_592_000.0,
            Grain::Quarter => 7_776_000.0,
            Grain::Year => 31_536_000.0,
        };
        self.duration.map(|n| n as f64 * unit)
    }

    /// The instant just after the value: for a point, the end of its grain.
    fn end(&self) -> Option<DateTime> {
        if self.interval {
            self.to
        } else {
            self.from.map(|f| f.add(self.grain, 1))
        }
    }

    /// The value as text: "2022-01-06", "2022-01", "2022-01-06T15:30",
    /// intervals as "FROM/TO" (ISO 8601), open sides as "..".
    pub fn render(&self) -> String {
        if let Some(e) = &self.every {
            return e.render();
        }
        if let Some(n) = self.duration {
            return iso_length(n, self.grain);
        }
        let side = |d: Option<DateTime>| d.map_or("..".to_string(), |d| d.format(self.grain));
        if self.interval {
            format!("{}/{}", side(self.from), side(self.to))
        } else {
            side(self.from)
        }
    }
}

/// So many units of `grain` in ISO 8601: P30Y, P2M, P1W, P3D, PT3H, PT3M, PT10S
/// (a quarter as three months).
fn iso_length(n: u32, grain: Grain) -> String {
    let (time, unit, n) = match grain {
        Grain::Year => ("", "Y", n),
        Grain::Quarter => ("", "M", n * 3),
        Grain::Month => ("", "M", n),
        Grain::Week => ("", "W", n),
        Grain::Day => ("", "D", n),
        Grain::Hour => ("T", "H", n),
        Grain::Minute => ("T", "M", n),
        Grain::Second => ("T", "S", n),
    };
    format!("P{time}{n}{unit}")
}

/// A word as the grammar sees it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    Num(u64),
    /// A number with its own digits: "2013", "03" (a year needs four digits).
    Digits(u64, u8),
    Ordinal(u64),
    Month(u32),
    /// A short undotted month ("jan", "fev", "oct"): a name or a word as often
    /// ("Jan Koum"), so a month only next to a day or a year.
    MonthAbbr(u32),
    Weekday(u32),
    Unit(Grain),
    /// "15h30", "15:30", "3pm", "19:56:30": hour, minute, whether minutes were
    /// written, am/pm, seconds when written.
    Clock(u32, u32, bool, Option<bool>, Option<u32>),
    /// "1/3/2013", "2013-03-01", "17/02": day, month, year.
    NumericDate(Option<u32>, u32, Option<i32>),
    /// "48h", "72h": hours past a day's, a length only (see `Reader::hours_written`).
    Hours,
    Now,
    Today,
    /// "tonight": this evening.
    Tonight,
    Yesterday,
    Tomorrow,
    BeforeYesterday,
    AfterTomorrow,
    Eve,
    NextDay,
    Next,
    /// "suivant", "d'après": of the following week, not merely the next one.
    Following,
    Last,
    This,
    In,
    Ago,
    Later,
    Hence,
    At,
    The,
    Of,
    From,
    To,
    Between,
    And,
    Noon,
    Midnight,
    Morning,
    Afternoon,
    Evening,
    Night,
    Weekend,
    End,
    Start,
    /// "starting", "commencing": from a day on ("starting Monday")
    Starting,
    Mid,
    Quarter,
    Half,
    Minus,
    Pm,
    Am,
    Dash,
    Comma,
    Until,
    After,
    Before,
    Holiday(u32, u32),
    /// A time zone after a clock ("GMT", "CET", "PST"): its offset from UTC in minutes.
    Zone(i16),
    /// "o'clock", "oclock".
    OClock,
    /// "within" (English): from now until the end of a length, or in it.
    Within,
    /// "Q3", "q1": a quarter by its number; "H2": a half year (English).
    QuarterNo(u32),
    HalfNo(u32),
    /// A feast of `data/lexicon/feasts.tsv` (its index), its name's words merged
    /// into one token: see `Reader::feast`.
    Named(u16),
    /// été, hiver, printemps, automne / summer, winter, spring, autumn, fall: 0 to 3.
    Season(u32),
    Lunch,
    /// "nouvel", "new" (before "an", "year").
    New,
    /// "semestre": a half year, after its ordinal ("le premier semestre 2021").
    Semester,
    /// "décennie", "decade": ten years, counted ("il y a deux décennies", "the past
    /// decade"), not a decade of the calendar ("les années 1990").
    Decade,
    /// "fête", "jour" before a holiday's name.
    Feast,
    Fortnight,
    /// "morts", in "le jour des morts".
    Dead,
    /// "il", in "il y a".
    Il,
    /// "pendant", "durant", "pour", "for", "during": before a duration.
    For,
    /// "en": "en mars", "en 2010", "en fin de journée", but "en deux mois" is a
    /// duration, not a date.
    En,
    /// "journée": a day as a span of hours ("en fin de journée", "dans la journée").
    Journee,
    /// "le reste de", "the rest of"
    Rest,
    /// "tout" (de suite), "moment", "tard", "peu", "travail", "ici", "que".
    All,
    Straight,
    Moment,
    Late,
    Little,
    Work,
    /// "EOM", "BOY": the end or the start (true) of the month or the year.
    EdgeOf(bool, Grain),
    /// "by" (English): from now until what follows.
    By,
    /// "valentine", before "day": not a date alone (a given name).
    Valentine,
    /// "eve" (English), after a holiday: "Christmas Eve". Not temporal alone ("Eve
    /// Smith"), unlike "la veille" (`Eve`).
    HolidayEve,
    /// "second" (English): the day in "the second of March", the ordinal of "the
    /// second Monday"; not temporal alone ("a second wave").
    Second,
    /// "siècle", "century": after an ordinal ("XXe siècle", "the 15th century").
    Century,
    /// A decade by its first year, written so ("1990s"; "90s", "'90s": true, two
    /// digits, read after "the" or with the apostrophe only: "in her 40s" is an age).
    Decades(i32, bool),
    /// A French ordinal in Roman numerals ("XXe", "XIXème"): a century's number.
    Roman(u32),
    /// "earlier" (English); French says "plus tôt" (`Later`, `Start`).
    Earlier,
    /// "few" (three), "couple", "pair" (two), "more" (nothing): English counts.
    Few,
    /// "quelques", "plusieurs", "several": a vague count, read as three (as
    /// assistants read it) and marked rough.
    Vague,
    Couple,
    More,
    /// "chaque", "every", "each": a repetition follows.
    Every,
    /// "weekly", "quotidiennement", "semi-annual": once every so many units.
    Periodic(u32, Grain),
    /// "once" (a week).
    Once,
    /// A plural part of the day or week-end ("mornings", "les soirs",
    /// "weekends"): a repetition (`every::MORNING` to `every::WORKDAY`), read by
    /// `Reader::every` only.
    Plural(u8),
    Other,
}

struct Tok {
    key: Key,
    start: usize,
    end: usize,
}

/// Whether a folded word names a month ("janvier", "août", "sept.").
pub fn is_month_word(w: &str) -> bool {
    month_of(w).is_some() && !matches!(w, "mar" | "may" | "sept" | "jan")
}

fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "janvier" | "janv" | "jan" | "january" => 1,
        "fevrier" | "fev" | "fevr" | "february" | "feb" => 2,
        "mars" | "march" | "mar" => 3,
        "avril" | "avr" | "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juin" | "june" | "jun" => 6,
        "juillet" | "juil" | "jui" | "july" | "jul" => 7,
        "aout" | "august" | "aug" => 8,
        "septembre" | "sept" | "sep" | "september" => 9,
        "octobre" | "oct" | "october" => 10,
        "novembre" | "nov" | "november" => 11,
        "decembre" | "dec" | "december" => 12,
        _ => return None,
    })
}

/// Whether a key names a day ("mardi", "demain", "3 mai", "03/05"): a clock or a
/// midnight after it is that day's.
fn names_a_day(k: Key) -> bool {
    matches!(
        k,
        Key::Today
            | Key::Tomorrow
            | Key::Yesterday
            | Key::Weekday(_)
            | Key::Month(_)
            | Key::MonthAbbr(_)
            | Key::NumericDate(..)
    )
}

/// The weekday (0 = Monday) a word names in full ("mardi", "Tuesday"), not a
/// plural nor an abbreviation.
pub fn full_weekday(w: &str) -> Option<u32> {
    let f = crate::fold::fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
    weekday_of(&f).filter(|_| !f.ends_with('s'))
}

fn weekday_of(w: &str) -> Option<u32> {
    // "sa" and "sam" alone are a possessive and a name, not Saturday; "mar" is March
    let dotted = w.ends_with('.');
    let w = w.trim_end_matches('.');
    Some(match w {
        "lundi" | "monday" => 0,
        "lun" if dotted => 0,
        "mardi" | "tuesday" => 1,
        "mercredi" | "wednesday" => 2,
        "mer" if dotted => 2,
        "jeudi" | "thursday" => 3,
        "jeu" if dotted => 3,
        "vendredi" | "friday" => 4,
        "ven" if dotted => 4,
        "samedi" | "saturday" => 5,
        "sam" if dotted => 5,
        "dimanche" | "sunday" => 6,
        "dim" if dotted => 6,
        _ => {
            // plural forms: "mondays", "lundis"
            let s = w.strip_suffix('s')?;
            return if s.len() > 4 { weekday_of(s) } else { None };
        }
    })
}

fn unit_of(w: &str) -> Option<Grain> {
    Some(match w {
        "seconde" | "secondes" | "sec" | "secs" | "seconds" => Grain::Second,
        "minute" | "minutes" | "min" | "mins" | "mn" => Grain::Minute,
        "heure" | "heures" | "hour" | "hours" | "hr" | "hrs" => Grain::Hour,
        "jour" | "jours" | "day" | "days" => Grain::Day,
        "semaine" | "semaines" | "week" | "weeks" => Grain::Week,
        "mois" | "month" | "months" => Grain::Month,
        "trimestre" | "trimestres" | "quarter" | "quarters" | "qtr" => Grain::Quarter,
        "an" | "ans" | "annee" | "annees" | "year" | "years" | "year's" | "year’s" | "yr" | "yrs" => Grain::Year,
        _ => return None,
    })
}

fn keyword(w: &str) -> Key {
    use Key::*;
    match w {
        "maintenant" | "now" => Now,
        "aujourd'hui" | "aujourdhui" | "today" => Today,
        "tonight" | "tonite" => Tonight,
        "hier" | "yesterday" => Yesterday,
        "demain" | "tomorrow" | "tomorrows" | "tmrw" => Tomorrow,
        "avant-hier" => BeforeYesterday,
        "apres-demain" => AfterTomorrow,
        "veille" => Eve,
        "lendemain" => NextDay,
        "prochain" | "prochaine" | "prochains" | "prochaines" | "next" | "coming" | "upcoming" => Next,
        "suivant" | "suivante" | "suivants" | "suivantes" | "suit" | "following" => Following,
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" | "passes" | "passees" | "precedent"
        | "precedente" | "last" | "past" | "previous" => Last,
        "ce" | "cet" | "cette" | "this" | "current" => This,
        "dans" | "in" => In,
        "within" => Within,
        "en" => En,
        "ago" | "back" => Ago,
        "plus" | "later" => Later,
        "hence" => Hence,
        "a" | "vers" | "at" | "@" | "around" | "about" | "approximately" | "environ" | "alentours" | "autour" => At,
        "o'clock" | "oclock" => OClock,
        "le" | "la" | "les" | "l'" | "the" | "on" => The,
        "de" | "du" | "des" | "d'" | "of" => Of,
        "depuis" | "from" | "since" => From,
        "au" | "aux" | "to" | "through" | "thru" | "till" | "til" => To,
        "jusqu'a" | "jusqu'au" | "until" | "untill" => Until,
        "entre" | "between" => Between,
        "et" | "and" => And,
        "midi" | "noon" | "midday" => Noon,
        "minuit" | "midnight" => Midnight,
        "matin" | "matinee" | "morning" | "mat" => Morning,
        "apres-midi" | "aprem" | "afternoon" => Afternoon,
        "soir" | "soiree" | "evening" => Evening,
        "nuit" | "night" => Night,
        "week-end" | "weekend" | "wkend" => Weekend,
        "fin" | "end" | "late" => End,
        "journee" | "journees" => Journee,
        "debut" | "beginning" | "early" | "tot" | "start" => Start,
        "starting" | "commencing" => Starting,
        "mi" | "milieu" | "mid" | "middle" => Mid,
        "quart" | "quarts" => Quarter,
        "demi" | "demie" | "half" => Half,
        "moins" => Minus,
        "pm" | "p.m." | "p" => Pm,
        "am" | "a.m." => Am,
        "-" | "–" | "~" => Dash,
        "," => Comma,
        "apres" | "after" => After,
        "avant" | "before" => Before,
        "noel" | "christmas" | "xmas" => Holiday(12, 25),
        "halloween" => Holiday(10, 31),
        "valentine" | "valentines" | "valentine's" | "valentine’s" => Valentine,
        "eve" => HolidayEve,
        "second" => Second,
        "toussaint" => Holiday(11, 1),
        "morts" => Dead,
        "travail" | "work" => Work,
        "tout" | "toute" | "toutes" | "tous" => All,
        "reste" | "rest" => Rest,
        "il" => Il,
        "suite" => Straight,
        "moment" => Moment,
        "tard" => Late,
        "peu" => Little,
        "pendant" | "during" | "durant" | "pour" | "for" => For,
        "printemps" | "spring" => Season(0),
        "ete" | "summer" => Season(1),
        "automne" | "autumn" | "fall" => Season(2),
        "hiver" | "winter" => Season(3),
        "dejeuner" | "lunch" => Lunch,
        "nouvel" | "new" => New,
        "quinzaine" | "fortnight" => Fortnight,
        "semestre" | "semestres" => Semester,
        "decennie" | "decennies" | "decade" | "decades" => Decade,
        "fete" => Feast,
        "eom" => EdgeOf(false, Grain::Month),
        "bom" => EdgeOf(true, Grain::Month),
        "eoy" => EdgeOf(false, Grain::Year),
        "eod" => EdgeOf(false, Grain::Day),
        "boy" => EdgeOf(true, Grain::Year),
        "by" => By,
        "few" => Few,
        // "the nineties": a decade after "the" only ("in his forties" is an age)
        "twenties" => Decades(1920, true),
        "thirties" => Decades(1930, true),
        "forties" => Decades(1940, true),
        "fifties" => Decades(1950, true),
        "sixties" => Decades(1960, true),
        "seventies" => Decades(1970, true),
        "eighties" => Decades(1980, true),
        "nineties" => Decades(1990, true),
        "quelques" | "plusieurs" | "several" => Vague,
        "couple" | "pair" => Couple,
        "more" => More,
        "siecle" | "siecles" | "century" | "centuries" => Century,
        "earlier" | "auparavant" => Earlier,
        "chaque" | "every" | "each" => Every,
        "once" => Once,
        // adverbs (English "daily", "weekly" are adverbs too); the French adjectives
        // ("salaire mensuel", "en rythme annuel", "l'hebdomadaire Marianne") mostly
        // qualify a sum or name a periodical, and are left alone, as "annual" is
        "daily" | "everyday" | "quotidiennement" => Periodic(1, Grain::Day),
        "weekly" | "hebdomadairement" => Periodic(1, Grain::Week),
        "fortnightly" => Periodic(2, Grain::Week),
        "monthly" | "mensuellement" => Periodic(1, Grain::Month),
        "bimonthly" | "bi-monthly" => Periodic(2, Grain::Month),
        "quarterly" | "trimestriellement" => Periodic(1, Grain::Quarter),
        "semiannually" | "semi-annually" | "biannually" | "semestriellement" => Periodic(6, Grain::Month),
        "yearly" | "annually" | "annuellement" => Periodic(1, Grain::Year),
        "mornings" | "matins" => Plural(every::MORNING),
        "afternoons" | "apres-midis" => Plural(every::AFTERNOON),
        "evenings" | "soirs" | "soirees" => Plural(every::EVENING),
        "nights" | "nuits" => Plural(every::NIGHT),
        "weekends" | "week-ends" => Plural(every::WEEKEND),
        "weekday" | "weekdays" => Plural(every::WORKDAY),
        _ => Other,
    }
}

/// English weekday abbreviations ("Mon", "tues", "Sun."): words of their own
/// too ("sun", "sat", and the French "tues"), so read only in English text,
/// and there only capitalised or dotted.
fn english_weekday_abbreviation(raw: &str) -> Option<u32> {
    let dotted = raw.ends_with('.');
    let w = raw.trim_end_matches('.');
    if !dotted && !w.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(match w.to_lowercase().as_str() {
        "mon" => 0,
        "tue" | "tues" => 1,
        "wed" => 2,
        "thu" | "thur" | "thurs" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return None,
    })
}

/// Splits and folds the text into grammar tokens with their byte spans; the
/// words of a feast's name ("Yom Kippour", "lundi de Pâques") become one token.
/// `whole`: the text is one expression (an eval case), not running text.
fn tokenize(text: &str, lang: NumLang, whole: bool) -> Vec<Tok> {
    let mut toks = tokenize_words(text, lang);
    merge_feasts(text, lang, whole, &mut toks);
    if lang == NumLang::Fr {
        merge_spaced_clocks(text, &mut toks);
    }
    // a weekday abbreviated in lower case ("jeu.", "mer.", "sam.") is one only before
    // its day: "il a joué le jeu." is a game
    for i in 0..toks.len() {
        if whole || !matches!(toks[i].key, Key::Weekday(_)) {
            continue;
        }
        let raw = &text[toks[i].start..toks[i].end];
        let abbreviated = raw.ends_with('.') && raw.len() <= 5 && raw.starts_with(|c: char| c.is_lowercase());
        let day_next = matches!(toks.get(i + 1).map(|t| t.key), Some(Key::Digits(..) | Key::Ordinal(_)));
        if abbreviated && !day_next {
            toks[i].key = Key::Other;
        }
    }
    // English "that day", "that year", "that night": the story's, read as "this" is
    // against the story's time (`origin_of`)
    if lang == NumLang::En {
        for i in 0..toks.len().saturating_sub(1) {
            let that = text[toks[i].start..toks[i].end].eq_ignore_ascii_case("that");
            // (not the article "an", "a": "say that an important quality")
            let article = matches!(&text[toks[i + 1].start..toks[i + 1].end], "a" | "an" | "A" | "An");
            let unit = !article
                && matches!(
                    toks[i + 1].key,
                    Key::Unit(Grain::Day | Grain::Week | Grain::Month | Grain::Year)
                        | Key::Morning
                        | Key::Afternoon
                        | Key::Evening
                        | Key::Night
                        | Key::Weekend
                );
            if that && unit {
                toks[i].key = Key::This;
            }
        }
    }
    // English "last" after a modal or "to" is the verb: "the strike could last two
    // weeks", "shouldn't last two hours", "did not last", "expected to last" (not the
    // last two weeks)
    if lang == NumLang::En {
        // (and any word in "'ll": "it'll last")
        const AUX: [&str; 19] = [
            "will",
            "would",
            "could",
            "can",
            "should",
            "may",
            "might",
            "must",
            "did",
            "does",
            "do",
            "won't",
            "wouldn't",
            "couldn't",
            "can't",
            "cannot",
            "shouldn't",
            "didn't",
            "doesn't",
        ];
        for i in 1..toks.len() {
            if toks[i].key != Key::Last || !text[toks[i].start..toks[i].end].eq_ignore_ascii_case("last") {
                continue;
            }
            let word = |j: usize| text[toks[j].start..toks[j].end].to_lowercase().replace('’', "'");
            // (past "not": "did not last", but "not last year")
            let before = match word(i - 1).as_str() {
                "not" if i >= 2 => word(i - 2),
                w => w.to_string(),
            };
            // ("to" only before a count: "compared to last year" is last year)
            let count_next = matches!(toks.get(i + 1).map(|t| t.key), Some(Key::Num(_) | Key::Digits(..)));
            if AUX.contains(&before.as_str()) || before.ends_with("'ll") || before == "to" && count_next {
                toks[i].key = Key::Other;
            }
        }
    }
    // English "following" before a determiner is a preposition ("spoke Thursday following
    // a meeting"), not "the Thursday following"
    if lang == NumLang::En {
        for i in 0..toks.len().saturating_sub(1) {
            if toks[i].key != Key::Following {
                continue;
            }
            let next = &text[toks[i + 1].start..toks[i + 1].end];
            if ["a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my"]
                .iter()
                .any(|d| next.eq_ignore_ascii_case(d))
            {
                toks[i].key = Key::Other;
            }
        }
    }
    // "week end" in two words is one
    let mut i = 0;
    while i + 1 < toks.len() {
        let spaced = text.get(toks[i].end..toks[i + 1].start) == Some(" ");
        if toks[i].key == Key::Unit(Grain::Week)
            && spaced
            && text[toks[i + 1].start..toks[i + 1].end].eq_ignore_ascii_case("end")
        {
            toks[i] = Tok { key: Key::Weekend, start: toks[i].start, end: toks[i + 1].end };
            toks.remove(i + 1);
        }
        i += 1;
    }
    if lang == NumLang::En {
        merge_spaced_meridiem(text, &mut toks);
        // "10.45 am": a dot between hour and minutes before a.m. or p.m., or after a day
        // and "at" ("Monday at 2.30"; "closed at 2.30" is a price)
        for i in 0..toks.len() {
            let day_at = i >= 2
                && text[toks[i - 1].start..toks[i - 1].end].eq_ignore_ascii_case("at")
                && (names_a_day(toks[i - 2].key) || toks[i - 2].key == Key::Tonight);
            let half = toks.get(i + 1).is_some_and(|t| matches!(t.key, Key::Am | Key::Pm));
            if !half && !day_at {
                continue;
            }
            let raw = &text[toks[i].start..toks[i].end];
            if let Some((h, m)) = raw.split_once('.') {
                let digits = |x: &str, n: usize| (1..=n).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
                if digits(h, 2) && m.len() == 2 && digits(m, 2) {
                    let (h, m) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
                    if (1..=12).contains(&h) && m < 60 {
                        toks[i].key = Key::Clock(h, m, true, None, None);
                    }
                }
            }
        }
        // "mid day" in two words is noon
        let mut i = 0;
        while i + 1 < toks.len() {
            if toks[i].key == Key::Mid && toks[i + 1].key == Key::Unit(Grain::Day) {
                toks[i] = Tok { key: Key::Noon, start: toks[i].start, end: toks[i + 1].end };
                toks.remove(i + 1);
            }
            i += 1;
        }
        // "3 in the AM", "4 in the PM": the half of the day after a number
        let mut i = 1;
        while i + 2 < toks.len() {
            let after_time = matches!(toks[i - 1].key, Key::Num(_) | Key::Digits(_, 1 | 2));
            if after_time && toks[i].key == Key::In && toks[i + 1].key == Key::The {
                if let k @ (Key::Am | Key::Pm) = toks[i + 2].key {
                    toks[i] = Tok { key: k, start: toks[i].start, end: toks[i + 2].end };
                    toks.drain(i + 1..i + 3);
                }
            }
            i += 1;
        }
        // "twenty second", "thirty first": one ordinal (a day of the month)
        let mut i = 0;
        while i + 1 < toks.len() {
            let unit = match toks[i + 1].key {
                Key::Ordinal(o) if (1..=9).contains(&o) => Some(o),
                Key::Second => Some(2),
                _ => None,
            };
            if let (Key::Num(tens @ (20 | 30)), Some(o)) = (toks[i].key, unit) {
                if tens + o <= 31 {
                    toks[i].key = Key::Ordinal(tens + o);
                    toks[i].end = toks[i + 1].end;
                    toks.remove(i + 1);
                }
            }
            i += 1;
        }
        // "USA TODAY" is a newspaper
        for i in 1..toks.len() {
            if toks[i].key == Key::Today
                && &text[toks[i].start..toks[i].end] == "TODAY"
                && &text[toks[i - 1].start..toks[i - 1].end] == "USA"
            {
                toks[i].key = Key::Other;
            }
        }
        // a whole string may abbreviate a weekday in lower case ("thu", "sun"): words
        // of their own in running text
        if whole {
            for t in toks.iter_mut().filter(|t| t.key == Key::Other) {
                let w = text[t.start..t.end].to_ascii_lowercase();
                if let Some(d) = english_weekday_abbreviation(&format!("{w}.")) {
                    t.key = Key::Weekday(d);
                }
            }
        }
    }
    toks
}

/// "3:30 p m", "nine fifty nine a m": the two letters as one `Am` or `Pm`,
/// after a number or a clock only.
fn merge_spaced_meridiem(text: &str, toks: &mut Vec<Tok>) {
    let letter = |t: &Tok, c: u8| t.end == t.start + 1 && text.as_bytes()[t.start].eq_ignore_ascii_case(&c);
    let mut i = 1;
    while i + 1 < toks.len() {
        let after_time = matches!(toks[i - 1].key, Key::Num(_) | Key::Digits(..) | Key::Clock(..));
        if after_time && (letter(&toks[i], b'a') || letter(&toks[i], b'p')) && letter(&toks[i + 1], b'm') {
            let key = if letter(&toks[i], b'a') { Key::Am } else { Key::Pm };
            toks[i] = Tok { key, start: toks[i].start, end: toks[i + 1].end };
            toks.remove(i + 1);
        }
        i += 1;
    }
}

/// A time zone's offset from UTC in minutes: upper case ("GMT", "CET"), or in
/// English lower case too ("gmt", "pst"); French "est" and "cet" are words.
fn zone_of(raw: &str, lang: NumLang) -> Option<i16> {
    if raw.len() < 3 || raw.len() > 4 || !(raw.bytes().all(|b| b.is_ascii_uppercase()) || lang == NumLang::En) {
        return None;
    }
    Some(match raw.to_ascii_uppercase().as_str() {
        "GMT" | "UTC" | "WET" => 0,
        "CET" | "BST" | "WEST" => 60,
        "CEST" | "EET" | "SAST" => 120,
        "EEST" | "MSK" => 180,
        "IST" => 330,
        "HKT" | "SGT" | "AWST" => 480,
        "JST" | "KST" => 540,
        "AEST" => 600,
        "AEDT" => 660,
        "EST" => -300,
        "EDT" => -240,
        "CDT" => -300,
        "CST" => -360,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        _ => return None,
    })
}

/// The names of the feasts of `data/lexicon/feasts.tsv` for one language, as
/// the folded texts of their tokens, by their first word, the longest first.
type FeastNames = crate::lexicon::FastMap<String, Vec<(u16, Vec<String>)>>;

fn feast_names(lang: NumLang) -> &'static FeastNames {
    static N: std::sync::OnceLock<[FeastNames; 2]> = std::sync::OnceLock::new();
    let maps = N.get_or_init(|| {
        [NumLang::Fr, NumLang::En].map(|lang| {
            let mut map = FeastNames::default();
            for (id, f) in crate::feasts::feasts().iter().enumerate() {
                if f.english.is_some_and(|en| en != (lang == NumLang::En)) {
                    continue;
                }
                for name in &f.names {
                    let words: Vec<String> = tokenize_words(name, lang)
                        .iter()
                        .map(|t| crate::fold::fold_word(&name[t.start..t.end]).into_owned())
                        .collect();
                    if let Some(first) = words.first() {
                        map.entry(first.clone()).or_default().push((id as u16, words));
                    }
                }
            }
            for v in map.values_mut() {
                v.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
            }
            map
        })
    });
    &maps[usize::from(lang == NumLang::En)]
}

/// Merges the tokens of each feast's name into one `Named` token. In running
/// text, a name that must be capitalised ("l'Ascension", not "l'ascension
/// d'Emmanuel Macron") is read only so, and a capitalised name after another
/// capitalised word is a person's ("Tariq Ramadan").
fn merge_feasts(text: &str, lang: NumLang, whole: bool, toks: &mut Vec<Tok>) {
    // a name begins with a plain word, a weekday ("mardi gras"), "day" or "hour"
    // ("day of Ashura", "heure de la Terre"), "night", "fête" or "nouvel"
    let may_begin = |k: Key| {
        matches!(
            k,
            Key::Other
                | Key::Weekday(_)
                | Key::Unit(Grain::Day | Grain::Hour)
                | Key::Night
                | Key::Feast
                | Key::New
                | Key::Holiday(..)
        )
    };
    if !toks.iter().any(|t| may_begin(t.key)) {
        return;
    }
    let names = feast_names(lang);
    let folded = |t: &Tok| crate::fold::fold_word(&text[t.start..t.end]);
    // the names of a token: most words are short and ASCII, looked up from a
    // lower-cased copy on the stack, without folding
    let candidates = |t: &Tok| -> Option<&Vec<(u16, Vec<String>)>> {
        let raw = &text.as_bytes()[t.start..t.end];
        if raw.len() <= 24 && raw.is_ascii() {
            let mut buf = [0u8; 24];
            for (d, s) in buf.iter_mut().zip(raw) {
                *d = s.to_ascii_lowercase();
            }
            names.get(std::str::from_utf8(&buf[..raw.len()]).ok()?)
        } else {
            names.get(folded(t).as_ref())
        }
    };
    let capital = |t: &Tok| text[t.start..].starts_with(char::is_uppercase);
    let matched = |i: usize| -> Option<(u16, usize)> {
        let t = &toks[i];
        if !may_begin(t.key) {
            return None;
        }
        candidates(t)?
            .iter()
            .find(|(id, words)| {
                let cap = crate::feasts::feasts().get(*id as usize).is_some_and(|f| f.capitalised);
                // after a name or a title ("Tariq Ramadan", "M. Ramadan", "Mr. Easter")
                let surname = capital(t)
                    && (i > 0 && capital(&toks[i - 1]) && toks[i - 1].key == Key::Other
                        || title_before(&text[..t.start]));
                i + words.len() <= toks.len()
                    && (whole || !(surname || cap && !capital(t)))
                    && words[1..].iter().zip(&toks[i + 1..]).all(|(w, t)| folded(t).as_ref() == w.as_str())
            })
            .map(|(id, words)| (*id, words.len()))
    };
    let Some(first) = (0..toks.len()).find(|&i| matched(i).is_some()) else { return };
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    out.extend(toks[..first].iter().map(|t| Tok { key: t.key, start: t.start, end: t.end }));
    let mut i = first;
    while i < toks.len() {
        let t = &toks[i];
        match matched(i) {
            Some((id, n)) => {
                out.push(Tok { key: Key::Named(id), start: t.start, end: toks[i + n - 1].end });
                i += n;
            }
            None => {
                out.push(Tok { key: t.key, start: t.start, end: t.end });
                i += 1;
            }
        }
    }
    *toks = out;
}

/// Whether `before` ends with a title abbreviation: "M.", "Mr.", "Dr." (also glued
/// to what precedes: "en 2009.M.").
fn title_before(before: &str) -> bool {
    let Some(b) = before.trim_end().strip_suffix('.') else { return false };
    let letters = b.chars().rev().take_while(|c| c.is_alphabetic()).count();
    let word = &b[b.len() - b.chars().rev().take(letters).map(char::len_utf8).sum::<usize>()..];
    (1..=3).contains(&letters) && word.starts_with(char::is_uppercase)
}

/// For each feast's name that holds no word temporal by itself ("ramadan", "tu
/// bishvat", "grand carême"; not "Palm Sunday"), its longest word, which the
/// gate of [`may_hold_time`] lets through ("bishvat", not "tu"). Weak names need
/// a year, whose digits open the gate already.
fn feast_gate_words() -> impl Iterator<Item = String> {
    [NumLang::Fr, NumLang::En].into_iter().flat_map(|lang| {
        feast_names(lang).values().flatten().filter_map(move |(id, words)| {
            let weak = crate::feasts::feasts().get(*id as usize).is_none_or(|f| f.weak);
            let strong = words.iter().any(|w| is_strong(word_key(w, lang)));
            if weak || strong {
                return None;
            }
            words.iter().max_by_key(|w| w.len()).cloned()
        })
    })
}

/// Splits and folds the text into grammar tokens with their byte spans.
fn tokenize_words(text: &str, lang: NumLang) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let b = text.as_bytes();
    // the length of the white-space char at `i`, 0 when there is none
    let space_at = |i: usize| -> usize {
        match b[i] {
            b' ' | b'\n' | b'\t' | b'\r' => 1,
            x if x < 0x80 => 0,
            _ => text[i..].chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8),
        }
    };
    let mut i = 0;
    while i < b.len() {
        let sp = space_at(i);
        if sp > 0 {
            i += sp;
            continue;
        }
        // a word: a run without white space
        let mut z = i;
        while z < b.len() && space_at(z) == 0 {
            z += 1;
            while z < b.len() && (b[z] & 0xC0) == 0x80 {
                z += 1;
            }
        }
        let (mut a, word_end) = (i, z);
        i = z;
        // leading and trailing punctuation and quotation marks apart ('2021".', "«2021»")
        loop {
            if a < z && matches!(b[a], b'(' | b'"' | b'[') {
                a += 1;
            } else if let Some(q) = ["«", "“", "‘"].iter().find(|q| {
                text[a..z].starts_with(**q) && !text[a + q.len()..z].starts_with(|c: char| c.is_ascii_digit())
            }) {
                a += q.len();
            } else {
                break;
            }
        }
        let mut commas = 0;
        // a colon or a full stop after a word ("en 2017: avec", "mercredi: les deux")
        // parts it from what follows, as a word of its own
        let mut parted_at = None;
        loop {
            while z > a && matches!(b[z - 1], b',' | b')' | b'"' | b']' | b'!' | b'?' | b';')
                || z > a + 1 && b[z - 1] == b':'
            {
                commas += usize::from(b[z - 1] == b',');
                if b[z - 1] == b':' {
                    parted_at = Some(z - 1);
                }
                z -= 1;
            }
            if let Some(q) = ["»", "”", "’"].iter().find(|q| text[a..z].ends_with(**q)) {
                z -= q.len();
                continue;
            }
            // a final full stop, unless it ends an abbreviation ("lun.", "juil.", "p.m.")
            if z > a + 1 && b[z - 1] == b'.' {
                let w = crate::fold::fold_word(&text[a..z]);
                let w = w.as_ref();
                let stem = w.trim_end_matches('.');
                // (a full name of five letters or fewer ends its sentence too: "mardi.", "avril.")
                let full_name = matches!(
                    stem,
                    "mars"
                        | "mai"
                        | "juin"
                        | "avril"
                        | "aout"
                        | "may"
                        | "june"
                        | "july"
                        | "april"
                        | "march"
                        | "lundi"
                        | "mardi"
                        | "jeudi"
                );
                let abbrev = month_of(w).is_some() && stem.len() <= 5 && !full_name
                    || weekday_of(w).is_some() && stem.len() <= 5 && !full_name
                    || english_weekday_abbreviation(&text[a..z]).is_some()
                    || matches!(w, "p.m." | "a.m.");
                if !abbrev {
                    // (a full stop before a capital ends what it closes: "Avant. JEUDI 3 JUIN"
                    // is no "before"; not "MLK Jr. day", nor a last word)
                    let next = text[word_end..].trim_start().chars().next();
                    if next.is_some_and(char::is_uppercase) {
                        parted_at = Some(z - 1);
                    }
                    z -= 1;
                    continue;
                }
            }
            break;
        }
        if a < z {
            push_unless_filler(text, a, z, lang, &mut out);
        }
        if let Some(c) = parted_at {
            out.push(Tok { key: Key::Other, start: c, end: c + 1 });
        }
        if commas > 0 {
            // the commas among the trailing marks, in order
            for (k, _) in b[z..word_end].iter().enumerate().filter(|(_, &x)| x == b',') {
                out.push(Tok { key: Key::Comma, start: z + k, end: z + k + 1 });
            }
        }
    }
    out
}

/// A time of day read within a part of that day: in the afternoon or evening an
/// hour before noon is after it ("jeudi soir à 8 heures"), and midnight ends the
/// day ("samedi soir à minuit" is Sunday's 00:00).
fn in_half_of(part: TimeValue, at: DateTime) -> DateTime {
    let late = part.from.is_some_and(|f| f.hour >= 12);
    let evening = part.from.is_some_and(|f| f.hour >= 18);
    match at.hour {
        0 if late && at.minute == 0 => at.add_seconds(24 * 3600),
        // "tonight at 12" is midnight
        12 if evening => at.add_seconds(12 * 3600),
        h if late && h < 12 => at.add_seconds(12 * 3600),
        _ => at,
    }
}

/// One word, unless it is a filler that never changes a value ("très tôt",
/// "plutôt vers").
fn push_unless_filler(text: &str, a: usize, z: usize, lang: NumLang, out: &mut Vec<Tok>) {
    let raw = &text[a..z];
    // an elided article or preposition ("l'armée", "d'un", "qu'il"): split off
    // without folding the word
    if let Some(q) = raw.find(['\'', '’']).filter(|&q| (1..=6).contains(&q)) {
        let head = &raw[..q];
        let key = if head.eq_ignore_ascii_case("l") {
            Some(Key::The)
        } else if head.eq_ignore_ascii_case("d") {
            Some(Key::Of)
        } else if ["qu", "lorsqu", "puisqu", "j", "n", "s", "c", "m", "t"].iter().any(|h| head.eq_ignore_ascii_case(h))
        {
            Some(Key::Other)
        } else {
            None
        };
        let cut = q + raw[q..].chars().next().map_or(1, char::len_utf8);
        if let Some(key) = key.filter(|_| cut < raw.len()) {
            out.push(Tok { key, start: a, end: a + cut });
            push_unless_filler(text, a + cut, z, lang, out);
            return;
        }
    }
    let en = lang == NumLang::En;
    let filler = match raw.len() {
        4 => {
            raw.eq_ignore_ascii_case("tres")
                || raw.eq_ignore_ascii_case("mais")
                || raw.eq_ignore_ascii_case("very")
                || en && raw.eq_ignore_ascii_case("just")
        }
        5 => raw.eq_ignore_ascii_case("très") || en && raw.eq_ignore_ascii_case("right"),
        6 | 7 if raw.starts_with(['p', 'P']) => crate::fold::fold_word(raw) == "plutot",
        // "anytime after 2014", "sometime before noon": the bound alone
        7 => en && raw.eq_ignore_ascii_case("anytime"),
        8 => en && raw.eq_ignore_ascii_case("sometime"),
        9 => en && raw.eq_ignore_ascii_case("sometimes"),
        _ => false,
    };
    if !filler {
        push_word(text, a, z, lang, out);
    }
}

/// One word: elisions split off ("l'année", "d'avril"), "13-15" and
/// "11h30-1h30" split at the dash, then the word mapped to its key.
fn push_word(text: &str, a: usize, z: usize, lang: NumLang, out: &mut Vec<Tok>) {
    let raw = &text[a..z];
    let w = crate::fold::fold_word(raw);
    let w = w.as_ref();
    if w == "aujourd'hui" {
        out.push(Tok { key: Key::Today, start: a, end: z });
        return;
    }
    if let Some(q) = w.find('\'') {
        let head = &w[..q];
        if matches!(head, "l" | "d" | "jusqu" | "qu" | "lorsqu" | "puisqu") && q + 1 < w.len() {
            // folding keeps byte lengths only for ASCII: find the apostrophe in the source
            let src = &text[a..z];
            let cut = src.find(['\'', '’']).map_or(q, |c| c + src[c..].chars().next().map_or(1, char::len_utf8));
            let key = match head {
                "l" => Key::The,
                "d" => Key::Of,
                _ => Key::Other,
            };
            // "jusqu'à", "jusqu'au": one key
            if head == "jusqu" {
                out.push(Tok { key: Key::Until, start: a, end: z });
                return;
            }
            out.push(Tok { key, start: a, end: a + cut });
            push_word(text, a + cut, z, lang, out);
            return;
        }
        if let Some(owner) = w.strip_suffix("'s") {
            // "valentine's", "new year's" are read; "st patrick's", "boss's" are not; a
            // day's or a period's is that day or period: "Tuesday's vote", "yesterday's
            // attack", "last week's summit" (not a month's: "June's" is as often a name;
            // nor "today's refugees", "a day's work", most often any time's)
            let key = match word_key(owner, lang) {
                k @ (Key::Holiday(..)
                | Key::Valentine
                | Key::Unit(Grain::Week | Grain::Month | Grain::Year)
                | Key::Yesterday
                | Key::Tomorrow
                | Key::Tonight
                | Key::Weekday(_)
                | Key::Weekend
                | Key::Fortnight) => k,
                _ => Key::Other,
            };
            out.push(Tok { key, start: a, end: z });
            return;
        }
    }
    // the splits below cut at offsets of the folded word: only when it has the
    // raw word's bytes ("…-15h30" folds to ".-15h30", two bytes shorter)
    let same_bytes = text[a..z].is_ascii();
    // a count glued to its unit: "3heures", "10jours", "48hours"
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < w.len() && same_bytes {
        if let Some(g) = unit_of(&w[digits..]).filter(|_| digits <= 4) {
            out.push(Tok { key: word_key(&w[..digits], lang), start: a, end: a + digits });
            out.push(Tok { key: Key::Unit(g), start: a + digits, end: z });
            return;
        }
    }
    // a quarter or a half of a year by its number, with its year or alone: "Q3",
    // "2018Q4", "18q4", "2017-q1", "q1-2019", "H2" (English); every form has a digit
    if same_bytes && w.len() <= 8 && w.bytes().any(|c| c.is_ascii_digit()) {
        let code = |p: &str| -> Option<Key> {
            let (c, n) = (p.as_bytes().first()?, p.get(1..)?);
            let n: u32 = n.parse().ok().filter(|_| p.len() == 2)?;
            match c {
                b'q' if (1..=4).contains(&n) => Some(Key::QuarterNo(n)),
                b'h' if (1..=2).contains(&n) && lang == NumLang::En => Some(Key::HalfNo(n)),
                _ => None,
            }
        };
        let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit());
        if let Some(k) = code(w) {
            out.push(Tok { key: k, start: a, end: z });
            return;
        }
        // the year and the code, glued or joined by a dash, either order
        let split = w.find(['q', 'h']).map(|q| (&w[..q], &w[q..]));
        if let Some((y, c)) = split {
            let y = y.trim_end_matches('-');
            if let (true, Some(k)) = (digits(y) && y.len() != 3, code(c)) {
                out.push(Tok { key: word_key(y, lang), start: a, end: a + y.len() });
                out.push(Tok { key: k, start: a + (w.len() - c.len()), end: z });
                return;
            }
            if let Some((c2, y2)) = w.split_once('-').filter(|(c2, y2)| code(c2).is_some() && digits(y2)) {
                if let Some(k) = code(c2) {
                    out.push(Tok { key: k, start: a, end: a + c2.len() });
                    out.push(Tok { key: word_key(y2, lang), start: a + c2.len() + 1, end: z });
                    return;
                }
            }
        }
    }
    // a month name written with its numbers: "31/Oct/1974", "05-aug-2016", "oct/2",
    // "dec31", "14april": one token per part
    if same_bytes && w.bytes().any(|c| c.is_ascii_digit()) && w.bytes().any(|c| c.is_ascii_alphabetic()) {
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        for piece in w.split(['/', '-']) {
            // a piece glued: digits then letters, or letters then digits
            let cut = piece
                .char_indices()
                .skip(1)
                .find(|&(q, c)| c.is_ascii_digit() != piece.as_bytes()[q - 1].is_ascii_digit())
                .map(|(q, _)| q);
            match cut {
                Some(q) => parts.extend([(at, at + q), (at + q, at + piece.len())]),
                None => parts.push((at, at + piece.len())),
            }
            at += piece.len() + 1;
        }
        let numeric = |p: &(usize, usize)| w[p.0..p.1].bytes().all(|c| c.is_ascii_digit()) && p.1 - p.0 <= 4;
        let month = |p: &(usize, usize)| month_of(&w[p.0..p.1]).is_some();
        let ok = parts.len() >= 2
            && parts.len() <= 3
            && parts.iter().all(|p| numeric(p) || month(p))
            && parts.iter().filter(|p| month(p)).count() == 1
            && parts.iter().all(|p| p.1 > p.0);
        if ok {
            // "Nov 18-Dec 19", "Nov 18 2014-Dec 19 2015": after a month or a number, a
            // number glued to a month by a dash ends one date and starts the next
            let after_date = out.last().is_some_and(|t: &Tok| {
                matches!(t.key, Key::Month(_) | Key::MonthAbbr(_) | Key::Digits(..) | Key::Ordinal(_))
            });
            let glued_range = parts.len() == 2 && numeric(&parts[0]) && w.as_bytes()[parts[0].1] == b'-';
            if after_date && glued_range {
                let (n, m) = (parts[0], parts[1]);
                out.push(Tok { key: word_key(&w[n.0..n.1], lang), start: a + n.0, end: a + n.1 });
                out.push(Tok { key: Key::Dash, start: a + n.1, end: a + m.0 });
                out.push(Tok { key: word_key(&w[m.0..m.1], lang), start: a + m.0, end: a + m.1 });
                return;
            }
            for (s0, s1) in parts {
                let key = match word_key(&w[s0..s1], lang) {
                    // a month among numbers is one, however short
                    Key::MonthAbbr(m) => Key::Month(m),
                    k => k,
                };
                out.push(Tok { key, start: a + s0, end: a + s1 });
            }
            return;
        }
    }
    // "13-15", "11h30-1h30", "9h30-11h00", "3:30-6:00pm": a range written without spaces
    if let Some(d) = w.find(['-', '–', '~']) {
        let (l, r) = (&w[..d], &w[d + w[d..].chars().next().map_or(1, char::len_utf8)..]);
        let numeric = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
        let is_date = w.split('-').count() == 3 && w.split('-').all(|p| p.chars().all(|c| c.is_ascii_digit()));
        // "2014-10" is a year and month; "2014-2018" two years
        let ym = w.split('-').count() == 2 && l.len() == 4 && r.len() <= 2 && l.chars().all(|c| c.is_ascii_digit());
        // ("12-2015" a month and year: no range from a day to a year)
        let my = w.split('-').count() == 2
            && r.len() == 4
            && r.chars().all(|c| c.is_ascii_digit())
            && l.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
        let ym = ym || my;
        if numeric(l) && numeric(r) && !is_date && !ym && same_bytes {
            out.push(Tok { key: word_key(l, lang), start: a, end: a + d });
            out.push(Tok { key: Key::Dash, start: a + d, end: a + d + 1 });
            out.push(Tok { key: word_key(r, lang), start: a + d + 1, end: z });
            return;
        }
        // "dix-huit", "vingt-quatre", "twenty-four": one token per number word
        let parts: Vec<&str> = w.split('-').collect();
        // ("twelve-oh-three": a spoken zero among them, in English)
        let spoken_zero = |p: &str| lang == NumLang::En && matches!(p, "oh" | "zero");
        if parts.len() > 1
            && same_bytes
            && parts.iter().all(|p| matches!(word_key(p, lang), Key::Num(_) | Key::And) || spoken_zero(p))
        {
            let mut at = a;
            for p in parts {
                out.push(Tok { key: word_key(p, lang), start: at, end: at + p.len() });
                at += p.len() + 1;
            }
            return;
        }
        // "juin-juillet", "Jan-Feb": two months, a range; each keeps its own key (an
        // abbreviation stays one, read only beside another month)
        // (the dash found again in the raw word: "juillet-août" folds shorter)
        if let (true, true, Some(rd)) = (month_of(l).is_some(), month_of(r).is_some(), text[a..z].find('-')) {
            out.push(Tok { key: word_key(l, lang), start: a, end: a + rd });
            out.push(Tok { key: Key::Dash, start: a + rd, end: a + rd + 1 });
            out.push(Tok { key: word_key(r, lang), start: a + rd + 1, end: z });
            return;
        }
        // "mi-décembre", "mid-march"
        // (the dash found again in the raw word: "mi-décembre" folds shorter)
        let raw_dash = text[a..z].find('-');
        // ("mid-2021": the middle of a year)
        let year = r.len() == 4
            && r.bytes().all(|b| b.is_ascii_digit())
            && (1000..=2200).contains(&r.parse::<u32>().unwrap_or(0));
        if let (true, true, Some(rd)) = (matches!(l, "mi" | "mid"), month_of(r).is_some() || year, raw_dash) {
            out.push(Tok { key: Key::Mid, start: a, end: a + rd });
            out.push(Tok { key: word_key(r, lang), start: a + rd + 1, end: z });
            return;
        }
    }
    let raw = &text[a..z];
    if let Some(off) = zone_of(raw, lang) {
        out.push(Tok { key: Key::Zone(off), start: a, end: z });
        return;
    }
    // "3ish", "150ish", "afternoonish": about that time
    if let Some(stem) = w.strip_suffix("ish").filter(|_| lang == NumLang::En && same_bytes) {
        let key = word_key(stem, lang);
        let timely = stem.bytes().all(|b| b.is_ascii_digit()) && !stem.is_empty()
            || matches!(key, Key::Morning | Key::Afternoon | Key::Evening | Key::Noon | Key::Clock(..));
        if timely {
            out.push(Tok { key, start: a, end: z });
            return;
        }
    }
    // "ce mois-ci", "cette semaine-ci": the unit itself
    if let Some(Key::Unit(g)) = w.strip_suffix("-ci").map(|stem| word_key(stem, lang)) {
        out.push(Tok { key: Key::Unit(g), start: a, end: z });
        return;
    }
    // a century's number in Roman numerals ("XXe siècle"), a decade ("1990s")
    let special = match lang {
        NumLang::Fr => roman_ordinal(raw).map(Key::Roman),
        NumLang::En => decade_of(w),
    };
    if let Some(key) = special {
        out.push(Tok { key, start: a, end: z });
        return;
    }
    let key = match (lang, english_weekday_abbreviation(raw)) {
        (NumLang::En, Some(d)) => Key::Weekday(d),
        // "may" is a verb and "Noel" a name in English; the month is "May", the
        // holiday "Christmas"
        (NumLang::En, _) if raw == "may" || w == "noel" => Key::Other,
        // "will march": a month in lower case only beside a day or a year
        (NumLang::En, _) if raw.trim_end_matches('.') == "march" => Key::MonthAbbr(3),
        _ => word_key_fast(w, lang),
    };
    out.push(Tok { key, start: a, end: z });
}

/// A French ordinal in Roman numerals, as centuries are written: "XXe",
/// "XIXème", "Ier" (the numeral in capitals, the ending in lower case).
fn roman_ordinal(raw: &str) -> Option<u32> {
    let stem = ["ème", "eme", "er", "e"].iter().find_map(|end| raw.strip_suffix(end))?;
    // one letter is a numeral only as I, V or X: "Le", "Ce" are words
    if !(stem.len() >= 2 || matches!(stem, "I" | "V" | "X"))
        || stem.len() > 8
        || !stem.bytes().all(|c| b"IVXLC".contains(&c))
    {
        return None;
    }
    let value = |c: u8| match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        _ => 100,
    };
    let b = stem.as_bytes();
    let n: i32 = (0..b.len())
        .map(|k| if b.get(k + 1).is_some_and(|&x| value(x) > value(b[k])) { -value(b[k]) } else { value(b[k]) })
        .sum();
    u32::try_from(n).ok().filter(|&n| n > 0)
}

/// A decade written with an "s" (English, folded): "1990s", "90s", "'90s".
fn decade_of(w: &str) -> Option<Key> {
    let quoted = w.starts_with('\'');
    let d = w.trim_start_matches('\'').strip_suffix('s')?;
    if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: i32 = d.parse().ok()?;
    match d.len() {
        4 if n % 10 == 0 && (1000..=2200).contains(&n) => Some(Key::Decades(n, false)),
        // "the 90s", "'90s": the twentieth century's, but the 2000s' first three
        2 if n % 10 == 0 => Some(Key::Decades(if n >= 30 { 1900 + n } else { 2000 + n }, !quoted)),
        _ => None,
    }
}

/// The keys of the words the lexicon names (the string literals of this
/// grammar and of the number reader, and their plurals), per language: one
/// look-up instead of the chain of tests for the plain words of a text.
fn word_keys(lang: NumLang) -> &'static crate::lexicon::FastMap<String, Key> {
    static K: std::sync::OnceLock<[crate::lexicon::FastMap<String, Key>; 2]> = std::sync::OnceLock::new();
    let maps = K.get_or_init(|| {
        [NumLang::Fr, NumLang::En].map(|lang| {
            lexicon_words()
                .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                .filter_map(|w| {
                    let k = word_key(&w, lang);
                    (k != Key::Other).then_some((w, k))
                })
                .collect()
        })
    });
    &maps[usize::from(lang == NumLang::En)]
}

/// The words the lexicon may name: the lower-case string literals of this
/// grammar and of the number reader, and their plurals. Reading them from
/// the sources keeps the look-up tables in step with the match arms.
fn lexicon_words() -> impl Iterator<Item = String> {
    [include_str!("temporal.rs"), include_str!("temporal/every.rs"), include_str!("numbers.rs")]
        .into_iter()
        .flat_map(|src| src.split('"').skip(1).step_by(2))
        .filter(|lit| {
            !lit.is_empty()
                && lit.len() <= 24
                && lit.bytes().all(|b| b.is_ascii_lowercase() || matches!(b, b'\'' | b'-' | b'.'))
        })
        .flat_map(|lit| [lit.to_string(), format!("{lit}s")])
}

/// [`word_key`] for a folded word: a plain word of letters that the lexicon
/// does not name is `Other` after one look-up; ordinals ("troisième",
/// "fifth") and words with digits or marks take the full chain.
fn word_key_fast(w: &str, lang: NumLang) -> Key {
    let plain = w.bytes().all(|b| b.is_ascii_lowercase());
    let ordinal_like =
        ["ieme", "iemes", "ier", "iere", "th", "ths", "first", "second", "third"].iter().any(|x| w.ends_with(x));
    if plain && !ordinal_like {
        return word_keys(lang).get(w).copied().unwrap_or(Key::Other);
    }
    word_key(w, lang)
}

/// The key of one folded word.
fn word_key(w: &str, lang: NumLang) -> Key {
    // "sept" is seven in French; the month is "sept." or "septembre"
    if w == "sept" && lang == NumLang::Fr {
        return Key::Num(7);
    }
    // an English title in French text ("la série The Fall")
    if w == "fall" && lang == NumLang::Fr {
        return Key::Other;
    }
    // "ce jour-là", "cette année-là", "ce soir-là": the unit, of the story's time
    // (`origin_of`)
    if let Some(stem) = w.strip_suffix("-la") {
        let k = word_key(stem, lang);
        if matches!(k, Key::Unit(_) | Key::Morning | Key::Afternoon | Key::Evening | Key::Night | Key::Weekend) {
            return k;
        }
    }
    // the French "passé(es)" are English verbs: "trade a year passes through"
    if lang == NumLang::En && matches!(w, "passe" | "passes" | "passee" | "passees") {
        return Key::Other;
    }
    if let Some(m) = month_of(w) {
        let full = matches!(w, "mai" | "juin" | "mars" | "may" | "june" | "july" | "aout") || w.len() > 4;
        return if full || w.ends_with('.') { Key::Month(m) } else { Key::MonthAbbr(m) };
    }
    if let Some(d) = weekday_of(w) {
        return Key::Weekday(d);
    }
    if let Some(u) = unit_of(w) {
        return Key::Unit(u);
    }
    if let Some(k) = clock_word(w) {
        // "15h" in English is read to the minute, as "15:00" (Duckling's
        // convention; French "15h" is an hour), and on the 24-hour clock: "3h18"
        // is before noon
        if let (Key::Clock(h, m, _, None, sec), NumLang::En, true) = (k, lang, w.contains('h')) {
            return Key::Clock(h, m, true, (h < 12).then_some(false), sec);
        }
        return k;
    }
    if let Some(k) = numeric_date(w, lang) {
        return k;
    }
    // (a clock's "15h" was taken above: what is left is past a day's hours)
    if written_hours(w).is_some() {
        return Key::Hours;
    }
    if !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit()) && w.len() <= 8 {
        return Key::Digits(w.parse().unwrap_or(0), w.len() as u8);
    }
    // ordinals end so ("1er", "3e", "vingtième", "21st", "fifth", "premier")
    let ordinal_like = w.starts_with(|c: char| c.is_ascii_digit())
        || ["ieme", "iemes", "ier", "iere", "th", "ths", "first", "second", "third"].iter().any(|x| w.ends_with(x));
    if ordinal_like {
        if let Some((v, _)) = numbers::parse_ordinal(w, lang, true) {
            if !matches!(w, "second" | "seconde") {
                return Key::Ordinal(v);
            }
        }
    }
    match keyword(w) {
        Key::Other => {}
        k => return k,
    }
    // number words: one word at a time; the grammar joins them
    if !numbers::is_number_word(w, lang) {
        return Key::Other;
    }
    if let Some(n) = numbers::read_spelled(&[w], lang).filter(|n| n.words == 1) {
        if !(w == "a" || w == "o") {
            return Key::Num(n.value);
        }
    }
    if lang == NumLang::Fr && matches!(w, "un" | "une") {
        return Key::Num(1);
    }
    Key::Other
}

/// Hours and minutes written as a clock ("3h", "2h30", "48h"), which say a length
/// after "pendant", "dans (les)", "for", "within" (no clock goes past 24h).
fn written_hours(w: &str) -> Option<(u32, u32)> {
    // ("15 h 30", the French press's spacing, is one token: see `merge_spaced_clocks`)
    let packed: String;
    let w = if w.contains(char::is_whitespace) {
        packed = w.chars().filter(|c| !c.is_whitespace()).collect();
        packed.as_str()
    } else {
        w
    };
    let (h, m) = w.split_once(['h', 'H'])?;
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h, 1..=3) || !(m.is_empty() || digits(m, 2..=2)) {
        return None;
    }
    let m: u32 = if m.is_empty() { 0 } else { m.parse().ok()? };
    (m < 60).then_some((h.parse().ok()?, m))
}

/// "15 h", "15 h 30": an hour, the letter h and its minutes spaced out, as the
/// French press prints them, become one clock token, as "15h30" is. The words
/// must follow each other with spaces only ("à 15 h 30", "vers 2 h 30 du
/// matin", "en 24 h").
fn merge_spaced_clocks(text: &str, toks: &mut Vec<Tok>) {
    let spaced = |a: &Tok, b: &Tok| a.end < b.start && text[a.end..b.start].chars().all(char::is_whitespace);
    let mut i = 0;
    while i + 1 < toks.len() {
        let (hour, h) = (&toks[i], &toks[i + 1]);
        // (up to 99: "48 h", "72 h" are lengths, as "48h" is)
        let is_hour = matches!(hour.key, Key::Digits(0..=99, 1 | 2));
        if !(is_hour && matches!(&text[h.start..h.end], "h" | "H") && spaced(hour, h)) {
            i += 1;
            continue;
        }
        let minutes = toks.get(i + 2).filter(|m| matches!(m.key, Key::Digits(0..=59, 2)) && spaced(h, m));
        let last = if minutes.is_some() { i + 2 } else { i + 1 };
        let packed: String = text[hour.start..toks[last].end].chars().filter(|c| !c.is_whitespace()).collect();
        let key = word_key(&packed, NumLang::Fr);
        if matches!(key, Key::Clock(..) | Key::Hours) {
            toks[i] = Tok { key, start: toks[i].start, end: toks[last].end };
            toks.drain(i + 1..=last);
        }
        i += 1;
    }
}

/// "15h", "15h30", "15h00", "15:30", "3pm", "3:15p", "7a", "11:45am".
fn clock_word(w: &str) -> Option<Key> {
    let (body, ampm) = if let Some(x) = w.strip_suffix("pm").or_else(|| w.strip_suffix("p.m.")) {
        (x, Some(true))
    } else if let Some(x) = w.strip_suffix("am").or_else(|| w.strip_suffix("a.m.")) {
        (x, Some(false))
    } else if let Some(x) = w.strip_suffix('p').filter(|x| x.ends_with(|c: char| c.is_ascii_digit())) {
        (x, Some(true))
    } else if let Some(x) = w.strip_suffix('a').filter(|x| x.ends_with(|c: char| c.is_ascii_digit())) {
        (x, Some(false))
    } else {
        (w, None)
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit());
    // "19:56:30", "8:00:31am": seconds after the minutes
    let (body, seconds) = match body.rsplit_once(':') {
        Some((hm, sec)) if hm.contains(':') && sec.len() == 2 && digits(sec) => (hm, sec.parse::<u32>().ok()),
        _ => (body, None),
    };
    if seconds.is_some_and(|s| s > 59) {
        return None;
    }
    // ("2.30pm", "10.45a.m.": a dot between hour and minutes, with a.m. or p.m.)
    let seps: &[char] = if ampm.is_some() { &['h', ':', '.'] } else { &['h', ':'] };
    let (h, m, written) = if let Some((h, m)) = body.split_once(seps) {
        if !digits(h) || !(m.is_empty() || (m.len() == 2 && digits(m))) {
            return None;
        }
        (h.parse().ok()?, if m.is_empty() { 0 } else { m.parse().ok()? }, !m.is_empty())
    } else if ampm.is_some() && digits(body) {
        (body.parse().ok()?, 0, false)
    } else if ampm.is_some() && body.len() == 3 && body.bytes().all(|c| c.is_ascii_digit()) {
        // "330 p.m."
        (body[..1].parse().ok()?, body[1..].parse().ok()?, true)
    } else {
        return None;
    };
    if h > 24 || m > 59 || (ampm.is_some() && !(1..=12).contains(&h)) {
        return None;
    }
    Some(Key::Clock(h, m, written, ampm, seconds))
}

/// "1/3/2013", "15/02/2013", "20/02/14", "2013-03-01", "2015-3-3", "17/02",
/// "06.01.2022", "2014-10" (year and month), "2/2013": day first in French, month
/// first in English when the numbers allow it ("10/31/1974", "2/15").
fn numeric_date(w: &str, lang: NumLang) -> Option<Key> {
    let sep = if w.contains('/') {
        '/'
    } else if w.contains('-') {
        '-'
    } else if w.matches('.').count() == 2 {
        '.'
    } else {
        return None;
    };
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let year = |p: &str, v: u32| -> i32 {
        if p.len() == 2 {
            (if v < 50 { 2000 } else { 1900 }) + v as i32
        } else {
            v as i32
        }
    };
    // English writes the month first when the numbers allow it
    let month_first = |m: u32, d: u32| lang == NumLang::En && (1..=12).contains(&m) && (1..=31).contains(&d);
    match (parts.len(), sep) {
        (3, '-') if parts[0].len() == 4 => Some(Key::NumericDate(Some(n[2]), n[1], Some(n[0] as i32))),
        (3, _) if parts[2].len() == 4 || parts[2].len() == 2 => {
            let (d, m) = if month_first(n[0], n[1]) { (n[1], n[0]) } else { (n[0], n[1]) };
            Some(Key::NumericDate(Some(d), m, Some(year(parts[2], n[2]))))
        }
        (2, '-') if parts[0].len() == 4 && n[1] <= 12 => Some(Key::NumericDate(None, n[1], Some(n[0] as i32))),
        (2, '-') if parts[1].len() == 4 && parts[0].len() <= 2 => Some(Key::NumericDate(None, n[0], Some(n[1] as i32))),
        // "2014/10": a year and its month (not a season, "la saison 2011/12")
        (2, '/') if parts[0].len() == 4 && parts[1].len() == 2 && n[1] <= 12 && n[1] != (n[0] + 1) % 100 => {
            Some(Key::NumericDate(None, n[1], Some(n[0] as i32)))
        }
        (2, '/') if parts[1].len() == 4 && n[0] <= 12 => Some(Key::NumericDate(None, n[0], Some(n[1] as i32))),
        (2, '/') if parts[0].len() <= 2 && parts[1].len() <= 2 => {
            let (d, m) = if month_first(n[0], n[1]) { (n[1], n[0]) } else { (n[0], n[1]) };
            Some(Key::NumericDate(Some(d), m, None))
        }
        _ => None,
    }
    .filter(|k| match k {
        Key::NumericDate(d, m, _) => (1..=12).contains(m) && d.is_none_or(|d| (1..=31).contains(&d)),
        _ => false,
    })
}

/// The grammar's state: the tokens, the reference, the lean.
struct Reader<'a> {
    /// The text the tokens come from: a few readers look at a word's own letters.
    text: &'a str,
    toks: &'a [Tok],
    now: DateTime,
    lean: Lean,
    lang: NumLang,
    /// Reading a whole string (an eval case), not running text: a bare "3
    /// minutes" is then a duration.
    whole: bool,
    /// [`Reader::point`] at each token, once computed: the interval, clock and
    /// range readers ask for the same points again.
    points: std::cell::RefCell<Vec<Option<Read>>>,
    /// The reference's offset from UTC in minutes, when known: a clock written
    /// with its zone ("4pm CET") is then moved to the reference's zone. News
    /// dates have none, and their clocks stay as written.
    zone: Option<i32>,
    /// Reading a news article's running text: a bare weekday that is the
    /// publication day's is that day, to come or past (Duckling, read whole,
    /// takes next week's).
    news: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, toks: &'a [Tok], now: DateTime, lean: Lean, lang: NumLang, whole: bool) -> Self {
        Reader {
            text,
            toks,
            now,
            lean,
            lang,
            whole,
            points: std::cell::RefCell::new(vec![None; toks.len() + 1]),
            zone: None,
            news: !whole,
        }
    }
}

type Read = Option<(TimeValue, usize)>;

impl Reader<'_> {
    fn key(&self, i: usize) -> Option<Key> {
        self.toks.get(i).map(|t| t.key)
    }

    fn is(&self, i: usize, k: Key) -> bool {
        self.key(i) == Some(k)
    }

    fn today(&self) -> DateTime {
        self.now.truncate(Grain::Day)
    }

    /// A number of one or more words at `i`: digits, or number words joined
    /// ("vingt quatre", "twenty-four").
    fn number(&self, i: usize) -> Option<(u64, usize)> {
        match self.key(i)? {
            Key::Digits(v, _) => Some((v, i + 1)),
            Key::Num(_) => {
                let mut j = i;
                let mut words = Vec::new();
                while let Some(t) = self.toks.get(j) {
                    if !matches!(t.key, Key::Num(_) | Key::And) {
                        break;
                    }
                    words.push(t);
                    j += 1;
                }
                // "one and a half": the "and" after the last number word is not the number's
                while words.last().is_some_and(|t| t.key == Key::And) {
                    words.pop();
                }
                let vals: Vec<Key> = words.iter().map(|t| t.key).collect();
                let (v, used) = join_numbers(&vals, self.lang)?;
                Some((v, i + used))
            }
            _ => None,
        }
    }

    /// A count of units: a number, or a vague count read as three ("quelques",
    /// "plusieurs", "several", "a few") or a couple as two ("a couple of"); the
    /// value of a vague count is marked rough by [`rough`].
    fn count(&self, i: usize) -> Option<(u64, usize)> {
        let article = |j: usize| self.lang == NumLang::En && self.raw_is(j, &["a"]);
        match self.key(i)? {
            Key::Vague | Key::Few => Some((3, i + 1)),
            _ if article(i) && self.is(i + 1, Key::Few) => Some((3, i + 2)),
            _ if article(i) && self.is(i + 1, Key::Couple) && self.is(i + 2, Key::Of) => Some((2, i + 3)),
            _ => self.number(i),
        }
    }

    /// A start and a length: "4pm for 30 mins", "from 18th Dec for 10 days",
    /// "for 2 hours from 2pm": from the start to its end, the end's unit
    /// included (Duckling's convention, as for the ranges).
    fn start_for(&self, i: usize) -> Read {
        let span = |p: TimeValue, d: TimeValue, e: usize| -> Read {
            let (start, n, g) = (p.from?, d.duration?, d.grain);
            // a day and a number of hours is no span ("on Monday for three hours")
            if p.interval || !(p.grain <= Grain::Hour || p.grain <= g) {
                return None;
            }
            let grain = p.grain.min(g);
            let end = start.add(g, n as i64);
            Some((TimeValue::span(start, end.add(grain, 1), grain), e))
        };
        // "for 2 hours from 2pm"
        if self.is(i, Key::For) {
            let (d, e) = self.duration(i)?;
            if self.is(e, Key::From) {
                let (p, f) = self.point_with_clock(e + 1)?;
                return span(p, d, f);
            }
            return None;
        }
        // "from 4pm for thirty minutes", "18th Dec for 10 days"
        let k = if self.is(i, Key::From) { i + 1 } else { i };
        let (p, j) = self.point_with_clock(k)?;
        if !self.is(j, Key::For) {
            return None;
        }
        let (d, e) = self.duration(j)?;
        span(p, d, e)
    }

    /// Everything readable at `i`, the longest first.
    fn any(&self, i: usize) -> Read {
        let with_clock = self.point_with_clock(i);
        let mut candidates = vec![self.duration(i), self.interval(i), with_clock];
        // "during March" read whole: the time itself (in running text the span is the
        // time's own, found at the next word)
        if self.lang == NumLang::En && self.whole && self.is(i, Key::For) {
            candidates.push(self.point_with_clock(i + 1).filter(|(p, _)| p.duration.is_none()));
        }
        // "jeudi de 9h à 11h", "demain jusqu'à 16h", "le 20 à partir de 10h"
        if let Some((p, j)) = self.point(i).filter(|(p, _)| p.grain == Grain::Day && !p.interval) {
            if let (Some(day), Some((v, e))) = (p.from, self.interval(j)) {
                if v.grain <= Grain::Hour {
                    candidates.push(Some((rebase(v, day), e)));
                }
            }
        }
        // "jeudi matin à partir de 9h30", "ce soir jusqu'à 22h": a part of a day, then
        // hours of that day
        // (an "until" starts with the part: "ce soir jusqu'à 22h" is from 18:00)
        if let Some((p, j)) = with_clock.filter(|(p, _)| p.interval && p.grain == Grain::Hour) {
            // (hours said as such: not "une nuit plus tard", "fin de journée avant la nuit")
            let hours = |x: usize, y: usize| {
                self.toks_in(x, y).iter().any(|t| {
                    matches!(t.key, Key::Clock(..) | Key::Digits(..) | Key::Num(_) | Key::Noon | Key::Midnight)
                })
            };
            if let (Some(f), Some((v, e))) = (p.from, self.interval(j).filter(|(_, e)| hours(j, *e))) {
                if v.grain <= Grain::Hour && p.to.is_some_and(|t| t.days() - f.days() <= 1) {
                    let v = rebase(v, f.truncate(Grain::Day));
                    // (the small hours of a night are the next day's: "dans la nuit de samedi à
                    // dimanche entre 00H30 et 02H20")
                    let next = p.to.is_some_and(|t| t.days() > f.days())
                        && v.from.is_some_and(|x| x < f)
                        && v.to.is_none_or(|t| t <= f);
                    let v = if next { rebase(v, f.truncate(Grain::Day).add_days(1)) } else { v };
                    let from = v.from.map(|x| x.max(f)).filter(|x| v.to.is_none_or(|t| *x < t));
                    candidates.push(Some((TimeValue { from: from.or(v.from), ..v }, e)));
                }
            }
        }
        // "around next Tuesday", "about 2019/aug/01": what follows "about" (a time
        // reads "at 3pm" itself; this is for the rest)
        // ("around 3-4pm": a range of hours too)
        if self.lang == NumLang::En && self.is(i, Key::At) && !self.is(i + 1, Key::At) && !self.at_hhmm(i) {
            candidates.push(self.any(i + 1).filter(|(v, _)| v.grain >= Grain::Day || v.interval));
        }
        // "the noon", "the midday"
        if self.lang == NumLang::En
            && self.is(i, Key::The)
            && matches!(self.key(i + 1), Some(Key::Noon | Key::Midnight))
        {
            candidates.push(self.point_with_clock(i + 1));
        }
        // "late tonight", "tard hier soir", "tard dans la soirée": an evening's last
        // hours, 21:00 to midnight (not "plus tard", read as later)
        let late = self.is(i, Key::Late) || self.lang == NumLang::En && self.raw_is(i, &["late"]);
        if late && !(i > 0 && self.is(i - 1, Key::Later)) {
            candidates.push(self.point_with_clock(i + 1).and_then(|(p, j)| {
                let (from, to) = (p.from?, p.to?);
                let evening = p.interval && from.hour == 18 && to.days() == from.days() + 1 && to.hour == 0;
                evening.then(|| (TimeValue::span(from.with_time(21, 0, 0), to, Grain::Hour), j))
            }));
        }
        // a repetition wins over its parts ("tous les lundis" is no one Monday)
        candidates.push(self.every(i));
        // last, to win a tie: "for 2 hours from 2pm" is a span, not 4pm
        candidates.push(self.start_for(i));
        let best = candidates.into_iter().flatten().max_by_key(|(_, j)| *j);
        // "3pm approximately": the hedge after a time of day
        match best {
            Some((v, j))
                if self.lang == NumLang::En && v.grain <= Grain::Hour && self.raw_is(j, &["approximately"]) =>
            {
                Some((v, j + 1))
            }
            b => b,
        }
    }

    /// A length of time after "pendant", "depuis", "durant", "pour", "for",
    /// "during" ("pendant trente ans", "depuis une semaine", "for 3 minutes"),
    /// or a bare count of units read as a whole ("3 minutes"). "toute la
    /// journée", "all day" are one day.
    fn duration(&self, i: usize) -> Read {
        // "au bout de deux heures", "au bout d'environ 1h30", "en l'espace de deux ans":
        // the time something took, not a clock
        let after = if self.raw_is(i, &["au"]) && self.raw_is(i + 1, &["bout"]) && self.is(i + 2, Key::Of) {
            Some(i + 3)
        } else if self.is(i, Key::En)
            && self.is(i + 1, Key::The)
            && self.raw_is(i + 2, &["espace"])
            && self.is(i + 3, Key::Of)
        {
            Some(i + 4)
        } else {
            None
        };
        if let (NumLang::Fr, Some(k)) = (self.lang, after) {
            let k = k + usize::from(self.raw_is(k, &["environ"]));
            if let Some((h, m)) = self.hours_written(k).filter(|&(h, m)| h > 0 || m > 0) {
                let v = if m == 0 {
                    TimeValue::length(h, Grain::Hour)
                } else {
                    TimeValue::length(h * 60 + m, Grain::Minute)
                };
                return Some((v, k + 1));
            }
            let (n, e) = self.count(k)?;
            let Some(Key::Unit(g)) = self.key(e) else { return None };
            return Some((TimeValue::length(n.min(u32::MAX as u64) as u32, g), e + 1));
        }
        // "toute la journée", "tout le mois": one unit ("tous les jours" is a
        // repetition, not a length)
        let singular = self.toks.get(i + 1).is_some_and(|t| t.end - t.start == 2);
        if self.is(i, Key::All) && self.is(i + 1, Key::The) && singular {
            if let Some(Key::Unit(g)) = self.key(i + 2) {
                let v = TimeValue::length(1, g);
                return Some((v, i + 3));
            }
            if self.is(i + 2, Key::Journee) {
                let v = TimeValue::length(1, Grain::Day);
                return Some((v, i + 3));
            }
        }
        // "pendant 3h", "durant 2h30", "for 3h", "en 24h": a length written as a clock
        // (after "pour", only a day's worth: "prévu pour 15h" is a time of day, "pour 24h"
        // not)
        // ("depuis 24 h", "depuis 48h": a length, no clock reads 24 or more; "depuis 15h"
        // is a clock)
        let depuis = self.lang == NumLang::Fr
            && self.raw_is(i, &["depuis"])
            && self.hours_written(i + 1).is_some_and(|(h, m)| h >= 24 && m == 0);
        if self.is(i, Key::For) || self.lang == NumLang::Fr && self.is(i, Key::En) || depuis {
            if let Some((h, m)) = self.hours_written(i + 1) {
                let pour = self.raw(i).eq_ignore_ascii_case("pour");
                if h > 0 && (!pour || h == 24 && m == 0 || h > 24) {
                    let v = if m == 0 {
                        TimeValue::length(h, Grain::Hour)
                    } else {
                        TimeValue::length(h * 60 + m, Grain::Minute)
                    };
                    return Some((v, i + 2));
                }
            }
        }
        // "depuis une semaine" too (From covers "depuis", "since", "du"), and "en 24
        // heures", "en trois jours": the time something took
        let intro = self
            .toks
            .get(i)
            .is_some_and(|t| t.key == Key::For || (matches!(t.key, Key::From | Key::En) && self.lang == NumLang::Fr));
        let k = if intro { i + 1 } else { i };
        let intro = intro || self.after_length_word(i);
        // "a week", "an hour" in English ("une semaine" is Num(1) already)
        let article = |x: usize| self.lang == NumLang::En && matches!(self.raw(x), "a" | "an" | "A" | "An");
        // "2.5 hours", "pendant 2,5 heures": a decimal count (each language its own
        // mark: "6,300 hours" is a count of thousands)
        let decimal = {
            let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit());
            let mark = if self.lang == NumLang::En { '.' } else { ',' };
            self.toks
                .get(k)
                .and_then(|_| self.raw(k).split_once(mark))
                .filter(|(a, b)| digits(a) && digits(b))
                .and_then(|(a, b)| format!("{a}.{b}").parse::<f64>().ok())
        };
        // "half an hour", "half a day": half of one unit
        let (n, e, mut half) = if self.is(k, Key::Half) && article(k + 1) {
            (0, k + 2, true)
        } else if decimal.is_some() {
            (0, k + 1, false)
        } else {
            match self.count(k) {
                Some((n, e)) => (n, e, false),
                None if article(k) => (1, k + 1, false),
                None => return None,
            }
        };
        // "one and a half hours": the half before the unit
        let a_half = |x: usize| {
            self.is(x, Key::And)
                && (self.is(x + 1, Key::Half)
                    || (article(x + 1) || self.is(x + 1, Key::Num(1))) && self.is(x + 2, Key::Half))
        };
        let half_len = |x: usize| if self.is(x + 1, Key::Half) { 2 } else { 3 };
        let e = if !half && decimal.is_none() && a_half(e) {
            half = true;
            e + half_len(e)
        } else {
            e
        };
        // ("pendant deux décennies": twenty years)
        let (g, n) = match self.key(e) {
            Some(Key::Unit(g)) => (g, n),
            Some(Key::Decade) if !half => (Grain::Year, n.saturating_mul(10)),
            _ => return None,
        };
        // "one hour and a half", "une heure et demie": the half after it
        let mut end = e + 1;
        if !half && a_half(end) {
            half = true;
            end += half_len(end);
        }
        // an offset or a part of a longer expression is read by the other readers
        if matches!(self.key(end), Some(Key::Ago | Key::Later | Key::After | Key::Hence | Key::Next | Key::Last)) {
            return None;
        }
        // in English running text a count of units is a length by itself ("the siege
        // lasted 12 hours", "a 15 minute call"), not a rate ("7 days a week") nor an age
        // ("68 years old", "aged 68 years"); an article alone counts nothing ("three
        // times a day")
        let bare = self.lang == NumLang::En
            && k == i
            && !article(k)
            && !(self.raw_is(end, &["a", "an", "per"]) && matches!(self.key(end + 1), Some(Key::Unit(_))))
            && !(g == Grain::Year && self.age_near(k, end))
            // ("two days before the crash" is a day of the story, unread)
            && !matches!(self.key(end), Some(Key::Before | Key::Earlier))
            && !self.raw_is(end, &["prior"])
            // (a difference of ages: "a few years older than my son")
            && !self.raw_is(end, &["older", "younger", "senior", "junior"])
            // (nor the end of a range of counts, "15 to 17 minutes", nor days named
            // before: "each of the two days")
            && !(k >= 2 && self.raw_is(k - 1, &["to", "-", "or", "and"]) && self.number(k - 2).is_some())
            && !(k >= 2 && self.is(k - 1, Key::The) && self.raw_is(k - 2, &["of"]));
        if !intro && !self.whole && !bare {
            return None;
        }
        // after "sur", the length ends its phrase ("sur trois ans, jusqu'en 2022");
        // "tablent sur une année record" speaks of a year, not of a length
        if k > 0 && self.raw_is(k - 1, &["sur"]) && !self.ends_phrase(end) {
            return None;
        }
        // a decimal count in the finer unit that makes it whole: 2.5 hours are 150
        // minutes, 3.5 years 42 months (a month has no whole number of days)
        if let Some(mut count) = decimal {
            let mut grain = g;
            while (count - count.round()).abs() > 1e-6 {
                let (finer, times) = match grain {
                    Grain::Year => (Grain::Month, 12.0),
                    Grain::Quarter => (Grain::Month, 3.0),
                    Grain::Week => (Grain::Day, 7.0),
                    Grain::Day => (Grain::Hour, 24.0),
                    Grain::Hour => (Grain::Minute, 60.0),
                    Grain::Minute => (Grain::Second, 60.0),
                    _ => return None,
                };
                (grain, count) = (finer, count * times);
            }
            return (count >= 1.0 && count < u32::MAX as f64)
                .then(|| (TimeValue::length(count.round() as u32, grain), end));
        }
        // a half is counted in the next finer unit: an hour and a half is 90 minutes
        let (grain, count) = match (half, g) {
            (false, g) => (g, n),
            (true, Grain::Year) => (Grain::Month, n * 12 + 6),
            (true, Grain::Quarter) => (Grain::Day, n * 91 + 45),
            (true, Grain::Month) => (Grain::Day, n * 30 + 15),
            (true, Grain::Week) => (Grain::Hour, n * 168 + 84),
            (true, Grain::Day) => (Grain::Hour, n * 24 + 12),
            (true, Grain::Hour) => (Grain::Minute, n * 60 + 30),
            (true, Grain::Minute | Grain::Second) => (Grain::Second, n * 60 + 30),
        };
        // "1 hour and 30 minutes", "two hours and 15 minutes", "3 hours 20 minutes",
        // "deux ans et trois mois": a finer unit after, added in it
        let (grain, count, end) = match (half, self.finer_part(end, grain)) {
            (false, Some((finer, times, m, e))) => (finer, count.saturating_mul(times).saturating_add(m), e),
            _ => (grain, count, end),
        };
        Some((TimeValue::length(count.min(u32::MAX as u64) as u32, grain), end))
    }

    /// The finer part of a compound length at `k`, after a length in `grain`:
    /// an optional "and" or "et", a count and the next finer unit (its unit,
    /// how many of it make one of `grain`, the count, and the index after it).
    fn finer_part(&self, k: usize, grain: Grain) -> Option<(Grain, u64, u64, usize)> {
        let (finer, times) = match grain {
            Grain::Year => (Grain::Month, 12),
            Grain::Week => (Grain::Day, 7),
            Grain::Day => (Grain::Hour, 24),
            Grain::Hour => (Grain::Minute, 60),
            Grain::Minute => (Grain::Second, 60),
            _ => return None,
        };
        let j = if matches!(self.key(k), Some(Key::And | Key::Comma)) { k + 1 } else { k };
        // (words apart: "deux jours (un heure …" is no compound)
        let gap = |x: usize| {
            let (a, b) = (self.toks.get(x.wrapping_sub(1)), self.toks.get(x));
            a.zip(b).is_some_and(|(a, b)| self.text[a.end..b.start].chars().all(|c| c.is_whitespace() || c == ','))
        };
        if !(gap(k) && gap(j)) {
            return None;
        }
        let (m, e) = self.number(j)?;
        // ("2 weeks and 2 days ago": the second count is an offset's)
        let offset = matches!(
            self.key(e + 1),
            Some(Key::Ago | Key::Later | Key::Earlier | Key::After | Key::Before | Key::Hence)
        );
        (self.is(e, Key::Unit(finer)) && m > 0 && m < times && !offset).then_some((finer, times, m, e + 1))
    }

    /// Intervals: "du 13 au 15 juillet", "entre le 13 et le 15", "13-15
    /// juillet", "de 9h30 à 11h", "à partir du 8", "avant 16h", "jusqu'à 18h".
    fn interval(&self, i: usize) -> Read {
        let mut best: Read = None;
        let mut keep = |r: Read| {
            if let Some((v, j)) = r {
                if best.is_none_or(|(_, b)| j > b) {
                    best = Some((v, j));
                }
            }
        };
        // opening word
        let (open, start) = match self.key(i) {
            Some(Key::From | Key::Of) => (Some(Key::From), i + 1),
            Some(Key::Between) => (Some(Key::Between), i + 1),
            _ => (None, i),
        };
        let start = if self.is(start, Key::The) { start + 1 } else { start };
        // a day number, maybe after its weekday ("samedi 13 au dimanche 15
        // juillet"), before a range word takes the end's month
        let skip_weekday = if matches!(self.key(start), Some(Key::Weekday(_))) { start + 1 } else { start };
        let bare = self.day_number(skip_weekday).filter(|(_, j)| {
            matches!(self.key(*j), Some(Key::To | Key::Until | Key::Dash | Key::And))
                    // "de 9 à 17 heures": "à" after "de"
                    || open == Some(Key::From) && self.lang == NumLang::Fr && self.is(*j, Key::At)
        });
        let first = match (bare, self.point_with_clock(start)) {
            (Some(x), _) => Some((x, true)),
            (None, Some(x)) => Some((x, false)),
            (None, None) => None,
        };
        if let Some(((mut a, j), bare_day)) = first {
            let sep = self.key(j);
            // "les 12 et 13 janvier": two days in a row told one by one, the month after
            // the last, are one span (days apart, "les 8 et 15 janvier", are no span)
            if open.is_none()
                && self.lang == NumLang::Fr
                && self.raw_is(i, &["les"])
                && bare_day
                && sep == Some(Key::And)
            {
                let next = self.point_with_clock(j + 1).filter(|(b, _)| b.grain == Grain::Day && !b.interval);
                if let (Some((b, e)), Some(af)) = (next, a.from) {
                    let bf = b.from?;
                    let first = DateTime::date(bf.year, bf.month, af.day).filter(|f| f.add_days(1) == bf);
                    if let Some(first) = first {
                        keep(Some((TimeValue::span(first, bf.add_days(1), Grain::Day), e)));
                    }
                }
            }
            // "31 au soir" is the evening of the 31st, no range
            let part_of_that_day = bare_day
                && self.raw_is(j, &["au"])
                && matches!(self.key(j + 1), Some(Key::Morning | Key::Afternoon | Key::Evening | Key::Night));
            if part_of_that_day {
                if let Some(day) = a.from {
                    keep(self.part_of_day(j + 1, day));
                }
            }
            let joins = match open {
                _ if part_of_that_day => false,
                Some(Key::Between) => sep == Some(Key::And),
                _ => matches!(sep, Some(Key::To | Key::Until | Key::Dash)) || (sep == Some(Key::At) && open.is_some()),
            };
            if joins {
                let mut k = j + 1;
                if self.is(k, Key::The) {
                    k += 1;
                }
                let second =
                    self.point_with_clock(k).map(|x| (x, false)).or_else(|| self.day_number(k).map(|x| (x, true)));
                if let Some(((b, e), b_bare)) = second {
                    // "8am until 6", "from 10:30 to 3": a bare number after a time of day is
                    // an hour of that day, after it (in the afternoon when it must be)
                    let (b, b_bare) = match (a.from, b.from) {
                        (Some(af), Some(bf))
                            if b_bare
                                && !bare_day
                                && (Grain::Minute..=Grain::Hour).contains(&a.grain)
                                && !a.interval
                                // ("entre midi et 2": two in the afternoon; "entre 5 du matin et 6";
                                // not "de 9h à 12 ans", "vers 5h30 au premier étage")
                                && !matches!(self.key(k + 1), Some(Key::Unit(_)))
                                && matches!(self.key(k), Some(Key::Digits(..) | Key::Num(_))) =>
                        {
                            let n = bf.day;
                            let h = if n < af.hour && n + 12 > af.hour && n + 12 < 24 { n + 12 } else { n };
                            if n > 24 || h < af.hour {
                                (b, b_bare)
                            } else {
                                (TimeValue::point(af.truncate(Grain::Day).with_time(h, 0, 0), Grain::Hour), false)
                            }
                        }
                        _ => (b, b_bare),
                    };
                    // "July 13-15", "August 27th - 29th": the end's day in the start's month
                    let written_day = matches!(self.key(k), Some(Key::Digits(..) | Key::Ordinal(_)));
                    let month_range = b_bare && written_day && sep != Some(Key::At);
                    let b = match (month_range && !bare_day && a.grain == Grain::Day && !a.interval, a.from, b.from) {
                        // an end day before the start's is in the next month ("March 28 - 3")
                        (true, Some(af), Some(bf)) => DateTime::date(af.year, af.month, bf.day)
                            .map(|d| if d < af { d.add_months(1) } else { d })
                            .map(|d| TimeValue::point(d, Grain::Day)),
                        _ => Some(b),
                    };
                    // a year alone then a month or day without one names no range ("in 2016
                    // to June in 2017", "26 June in 2019 to 28 June in 2020": the year is the
                    // date's before it)
                    let b = b.filter(|bv| {
                        !(a.grain == Grain::Year && !a.interval && bv.grain < Grain::Year && self.year_left_out(k, e))
                    });
                    // "from May to September", "from January to April 2015", "10/1 to 11/7":
                    // a side without its year takes the other's, the end after the start
                    let b = match (b, a.from) {
                        (Some(bv), Some(af)) if !bare_day && !a.interval && !bv.interval => {
                            let calendar = |g: Grain| matches!(g, Grain::Day | Grain::Month);
                            let bf = bv.from?;
                            if calendar(a.grain) && calendar(bv.grain) && (af.year != bf.year || bf < af) {
                                let with_year = |d: DateTime, y: i32| DateTime::date(y, d.month, d.day);
                                match (self.year_left_out(start, j), self.year_left_out(k, e)) {
                                    (true, false) => {
                                        let a2 =
                                            with_year(af, bf.year)
                                                .map(|d| if d > bf { d.add(Grain::Year, -1) } else { d });
                                        a = a2.map_or(a, |d| TimeValue::point(d, a.grain));
                                        Some(bv)
                                    }
                                    (a_implicit, true) => {
                                        let b2 = with_year(bf, af.year).map(|d| {
                                            if d < af {
                                                d.add(Grain::Year, 1)
                                            } else {
                                                d
                                            }
                                        })?;
                                        // both without a year: the range under way, or the next
                                        // (the last) one as the lean says ("from May to September"
                                        // in September is this year's)
                                        if a_implicit {
                                            let end = |dy: i64| b2.add(Grain::Year, dy).add(bv.grain, 1);
                                            let dy = match self.lean {
                                                Lean::Future => (-1..=1).find(|&dy| end(dy) > self.now),
                                                Lean::Past => {
                                                    (-1..=1).rev().find(|&dy| af.add(Grain::Year, dy) <= self.now)
                                                }
                                            };
                                            let dy = dy.unwrap_or(0);
                                            a = TimeValue::point(af.add(Grain::Year, dy), a.grain);
                                            Some(TimeValue::point(b2.add(Grain::Year, dy), bv.grain))
                                        } else {
                                            Some(TimeValue::point(b2, bv.grain))
                                        }
                                    }
                                    _ => Some(bv),
                                }
                            } else {
                                Some(bv)
                            }
                        }
                        (b, _) => b,
                    };
                    // "5 to 6pm", "1-3 pm", "between 3 and 8am next Monday": a bare number
                    // before a time of day is an hour, on the end's day and in its half of
                    // the day when it fits there
                    let (mut a, bare_day) = match (b, a.from) {
                        (Some(bv), Some(af)) if bare_day && bv.grain <= Grain::Hour && !bv.interval => {
                            let bf = bv.from?;
                            let n = af.day;
                            // (not before an end written on the 24-hour clock: "de 8 à 20
                            // heures" starts at 8:00)
                            let end_24h = (k..e).any(|x| match self.key(x) {
                                Some(Key::Digits(v, _)) => {
                                    (13..=24).contains(&v) && self.is(x + 1, Key::Unit(Grain::Hour))
                                }
                                Some(Key::Clock(h, _, _, None, _)) => h >= 13,
                                _ => false,
                            });
                            let h = if bf.hour >= 12 && n + 12 <= bf.hour && !end_24h { n + 12 } else { n };
                            match (n <= 24).then(|| bf.truncate(Grain::Day).with_time(h % 24, 0, 0)) {
                                Some(at) => (TimeValue::point(at, Grain::Hour), false),
                                None => (a, bare_day),
                            }
                        }
                        _ => (a, bare_day),
                    };
                    // "from three to six months" is a count of months, not days; a day number
                    // left bare after a time of day ends no range ("à 3h00 au 6e étage")
                    let b = b
                        .filter(|_| !(bare_day && b_bare && matches!(self.key(e), Some(Key::Unit(_)))))
                        .filter(|_| !b_bare || bare_day || a.grain > Grain::Hour || a.interval);
                    // "from next Monday to Friday": a weekday alone as the end is the first
                    // one after the start; two weekdays alone read out of order ("de jeudi à
                    // vendredi" on a Friday, Thursday read ahead) are the pair nearest today
                    let lone_weekday = |x: usize, y: usize| matches!(self.key(x), Some(Key::Weekday(_))) && y == x + 1;
                    let b = match (b, a.from) {
                        (Some(bv), Some(af))
                            if lone_weekday(k, e)
                                && a.grain == Grain::Day
                                && bv.grain == Grain::Day
                                && !a.interval
                                && !bv.interval
                                && bv.from.is_some_and(|bf| bf <= af) =>
                        {
                            let bf = bv.from?;
                            let weeks = (af.days() - bf.days()) / 7 + 1;
                            let later = bf.add_days(7 * weeks);
                            let earlier = af.add_days(-7 * weeks);
                            let today = self.today().days();
                            let off = |d: DateTime| (d.days() - today).abs();
                            if lone_weekday(start, j) && off(earlier).min(off(bf)) < off(af).min(off(later)) {
                                a = TimeValue::point(earlier, Grain::Day);
                                Some(bv)
                            } else {
                                Some(TimeValue::point(later, Grain::Day))
                            }
                        }
                        (b, _) => b,
                    };
                    // "9:30 - 11:00 CST": a zone after the end is the start's too
                    let zone_in = |x: usize, y: usize| {
                        self.toks_in(x, y).iter().find_map(|t| match t.key {
                            Key::Zone(z) => Some(z as i32),
                            _ => None,
                        })
                    };
                    let a = match (zone_in(k, e), zone_in(start, j), a.from) {
                        (Some(z), None, Some(af)) if a.grain <= Grain::Hour && !a.interval && !bare_day => {
                            let shift = self.zone.map_or(0, |rz| rz - z);
                            TimeValue::point(af.add_seconds(shift as i64 * 60), a.grain.min(Grain::Minute))
                        }
                        _ => a,
                    };
                    // "Tuesday, Jan 15, 1:00 PM - 1:15 PM": an end that names no day is on the
                    // start's day (the start is moved onto the end's only when the end names one)
                    let names_day = |x: usize, y: usize| self.toks_in(x, y).iter().any(|t| names_a_day(t.key));
                    let b = match (b, a.from) {
                        (Some(bv), Some(af))
                            if a.grain <= Grain::Hour
                                && bv.grain <= Grain::Hour
                                && !a.interval
                                && !bv.interval
                                && !bare_day
                                && names_day(start, j)
                                && !names_day(k, e) =>
                        {
                            let bf = bv.from?;
                            Some(TimeValue::point(bf.add_days(af.days() - bf.days()), bv.grain))
                        }
                        (b, _) => b,
                    };
                    // "entre le soir du 27 octobre et le matin du 28": an end that names a
                    // day of the month alone is in the start's month
                    let month_named = |x: usize, y: usize| {
                        self.toks_in(x, y).iter().any(|t| matches!(t.key, Key::Month(_) | Key::MonthAbbr(_)))
                    };
                    let b = match (b, a.from) {
                        (Some(bv), Some(af))
                            if !bare_day
                                && !b_bare
                                && bv.interval
                                && bv.grain <= Grain::Hour
                                && month_named(start, j)
                                && !month_named(k, e)
                                && self.toks_in(k, e).iter().any(|t| matches!(t.key, Key::Digits(_, 1 | 2))) =>
                        {
                            let bf = bv.from?;
                            match DateTime::date(af.year, af.month, bf.day) {
                                Some(d) if d >= af.truncate(Grain::Day) => Some(rebase(bv, d)),
                                _ => Some(bv),
                            }
                        }
                        (b, _) => b,
                    };
                    // two bare numbers joined by a dash and falling back name no range of
                    // days ("Monday 12-4", "Friday 7-6"; "du 28 au 3" and, with a month,
                    // "March 28 - 3" run into the next)
                    let backward = |bv: &TimeValue| bv.from.zip(a.from).is_some_and(|(bf, af)| bf.day < af.day);
                    let b = b.filter(|bv| !(bare_day && b_bare && sep == Some(Key::Dash) && backward(bv)));
                    let joined = b.and_then(|b| self.join(a, b, bare_day, e));
                    // "from April to June in 2017": a range of months or days without a
                    // year, then its year
                    let joined = match joined {
                        Some((v, e2)) if v.grain >= Grain::Day && v.interval && self.year_left_out(start, e2) => {
                            let x = if matches!(self.key(e2), Some(Key::In | Key::En)) { e2 + 1 } else { e2 };
                            match (self.key(x), v.from, v.to) {
                                (Some(Key::Digits(y, 4)), Some(f), Some(t)) if (1000..=2200).contains(&y) && x > e2 => {
                                    let dy = y as i64 - f.year as i64;
                                    let span = TimeValue {
                                        from: Some(f.add(Grain::Year, dy)),
                                        to: Some(t.add(Grain::Year, dy)),
                                        ..v
                                    };
                                    Some((span, x + 1))
                                }
                                _ => Some((v, e2)),
                            }
                        }
                        j => j,
                    };
                    // "de 9h30 à 11h jeudi": a range of hours on the day that follows
                    if let Some((v, e)) = joined.filter(|(v, _)| v.grain <= Grain::Hour) {
                        let mut q = e;
                        while matches!(self.key(q), Some(Key::The | Key::Comma)) {
                            q += 1;
                        }
                        if let Some((p, f)) = self.point(q).filter(|(p, _)| p.grain == Grain::Day && !p.interval) {
                            keep(p.from.map(|d| (rebase(v, d), f)));
                        }
                    }
                    keep(joined);
                }
            }
        }
        // "within 2 weeks", "within 9 months", "dans les 2 heures": from now to the end of
        // the length (its day, for days and longer)
        // ("les", plural: "dans le 20 heures" is the evening news)
        let les = self.toks.get(i + 1).is_some_and(|t| t.end - t.start == 3);
        let within = if self.is(i, Key::In) && self.is(i + 1, Key::The) && les && self.lang == NumLang::Fr {
            Some(i + 1)
        } else {
            self.is(i, Key::Within).then_some(i)
        };
        if let Some(i) = within {
            // "dans les 48h", "within 1h30": a length written as a clock, to the minute
            if let Some((h, m)) = self.hours_written(i + 1).filter(|&(h, m)| h * 60 + m > 0) {
                let end = self.now.add(Grain::Minute, (h * 60 + m) as i64);
                keep(Some((TimeValue::span(self.now, end, Grain::Minute), i + 2)));
            }
            let (n, e) = match self.number(i + 1) {
                Some(x) => x,
                None if self.toks.get(i + 1).is_some_and(|t| t.end - t.start <= 2) => (1, i + 2),
                None => (0, i + 1),
            };
            if let (Some(Key::Unit(g)), true) = (self.key(e), n > 0) {
                let end = self.now.add(g, n as i64);
                let end = if g >= Grain::Day { end.truncate(Grain::Day) } else { end };
                keep(Some((TimeValue::span(self.now, end, g.min(Grain::Day)), e + 1)));
            }
        }
        // "plus tard", "un peu plus tard", "plus tard dans la soirée"
        let k = if self.is(i, Key::Num(1)) && self.is(i + 1, Key::Little) { i + 2 } else { i };
        // ("au plus tard le 28 mai" is a deadline, not "later")
        let at_the_latest = k > 0 && self.is(k - 1, Key::To);
        // "plus tôt dans la journée", "plus tôt dans la matinée": earlier today, in
        // that part (not its early hours)
        if self.lang == NumLang::Fr && self.is(k, Key::Later) && self.raw_is(k + 1, &["tôt", "tot"]) {
            let mut x = k + 2;
            while matches!(self.key(x), Some(Key::In | Key::The)) {
                x += 1;
            }
            // (a day named after it is read as before: "plus tôt dans la journée du 4 juillet")
            if x > k + 2 && !self.is(x + 1, Key::Of) {
                if self.is(x, Key::Journee) {
                    keep(Some((TimeValue::point(self.today(), Grain::Day), x + 1)));
                } else {
                    keep(self.day_part(k + 2));
                }
            }
        }
        if self.is(k, Key::Later) && self.is(k + 1, Key::Late) && !self.is(k + 2, Key::Other) && !at_the_latest {
            match self.part_of_day(k + 2, self.today()) {
                Some(r) => keep(Some(r)),
                None => {
                    let soon = self.now.add(Grain::Minute, 10);
                    let later = TimeValue {
                        from: Some(soon),
                        to: None,
                        grain: Grain::Minute,
                        interval: true,
                        duration: None,
                        every: None,
                        approx: false,
                    };
                    keep(Some((later, k + 2)));
                }
            }
        }
        // "à partir du 8", "après 16h", "avant 16h", "jusqu'à 18h"
        let lead = match (self.key(i), self.key(i + 1), self.key(i + 2)) {
            (Some(Key::At), Some(Key::Other), _) => None,
            // "no later than January 1", "pas plus tard que vendredi": a deadline, its
            // day included
            (Some(Key::Other), Some(Key::Later), Some(Key::Other))
                if self.lang == NumLang::En && self.raw_is(i, &["no", "not"]) && self.raw_is(i + 2, &["than"]) =>
            {
                Some((Key::Until, i + 3))
            }
            (Some(Key::Other), Some(Key::Later), Some(Key::Late))
                if self.lang == NumLang::Fr && self.raw_is(i, &["pas"]) && self.raw_is(i + 3, &["que", "qu"]) =>
            {
                Some((Key::Until, i + 4))
            }
            // "plus tard que 16h", "later than 3:30pm"
            (Some(Key::Later), Some(Key::Late), Some(Key::Other)) => Some((Key::After, i + 3)),
            (Some(Key::Later), Some(Key::Other), _) if self.lang == NumLang::En && self.raw_is(i + 1, &["than"]) => {
                Some((Key::After, i + 2))
            }
            (Some(Key::After), _, _) => Some((Key::After, i + 1)),
            (Some(Key::Before), _, _) => Some((Key::Before, i + 1)),
            (Some(Key::Until), _, _) => Some((Key::Until, i + 1)),
            // "by 2pm", "by the end of next month": from now on until then
            // (in running text only before a day or an edge: "by Friday", "by the end of
            // May"; "on Tuesday by 2 in the afternoon" is a time of that day)
            (Some(Key::By), Some(k), _)
                if self.lang == NumLang::En
                    && (self.whole
                        || matches!(
                            k,
                            Key::Weekday(_) | Key::EdgeOf(..) | Key::The | Key::Month(_) | Key::Tomorrow
                        )) =>
            {
                Some((Key::By, i + 1))
            }
            // "d'ici 2030", "d'ici à la fin de l'année", "d'ici au 15 mars": French "by"
            (Some(Key::Of), _, _) if self.lang == NumLang::Fr && self.raw_is(i + 1, &["ici"]) => {
                Some((Key::By, if matches!(self.key(i + 2), Some(Key::At | Key::To)) { i + 3 } else { i + 2 }))
            }
            // "since 2014", "from 2 pm" read whole (a range "from 3 to 4" reads longer and
            // wins); in running text the time alone is the mention, as the Recognizers
            // corpus has it ("The range is from 2014"), and "three weeks from tomorrow"
            // is an offset
            (Some(Key::From), Some(k), _)
                if self.lang == NumLang::En
                    && self.whole
                    && !matches!(k, Key::Now | Key::Today | Key::Tomorrow | Key::Yesterday) =>
            {
                Some((Key::From, i + 1))
            }
            _ => None,
        };
        if let Some((kind, k)) = lead.or_else(|| self.a_partir_de(i).map(|k| (Key::From, k))) {
            // French "d'ici": from today to the end of a length ("d'ici deux semaines", its
            // day for days and longer, as "within") or of a date, the date's whole period
            // included ("d'ici 2030" is by the end of 2030, "d'ici la fin de l'année");
            // from now, to the minute, for hours ("d'ici une heure"). (Duckling reads
            // "d'ici 2 semaines" from its reference's second: a publication has a day.)
            let ici = kind == Key::By && self.lang == NumLang::Fr;
            let since_now = |end: DateTime, g: Grain| {
                if g < Grain::Day {
                    TimeValue::span(self.now, end, Grain::Minute)
                } else {
                    TimeValue::span(self.today(), end, Grain::Day)
                }
            };
            if ici {
                let length = self.number(k).filter(|&(n, e)| n > 0 && matches!(self.key(e), Some(Key::Unit(_))));
                if let Some((n, e)) = length {
                    if let Some(Key::Unit(g)) = self.key(e) {
                        let end = self.now.add(g, n as i64);
                        let end = if g >= Grain::Day { end.truncate(Grain::Day) } else { end };
                        keep(Some((since_now(end, g), e + 1)));
                        return best;
                    }
                }
            }
            let k = if self.is(k, Key::The) { k + 1 } else { k };
            // "jusqu'au 15 octobre" looks ahead whatever the sentence's lean
            let ahead = Reader {
                zone: self.zone,
                news: self.news,
                ..Reader::new(self.text, self.toks, self.now, Lean::Future, self.lang, self.whole)
            };
            // (but a time of day alone keeps the sentence's lean: "les pompiers sont
            // restés jusqu'à 5h30" is this morning's, not tomorrow's)
            let own = self.point_with_clock(k);
            let clock_alone = own.is_some_and(|(p, e)| {
                p.grain <= Grain::Hour
                    && !self.toks_in(k, e).iter().any(|t| names_a_day(t.key) || t.key == Key::Tonight)
            });
            // (each reading made once: the sentence's is kept unless the until looks ahead)
            let (reader, read) =
                if kind == Key::Until && !clock_alone { (&ahead, ahead.point_with_clock(k)) } else { (self, own) };
            // a bare day number only after an article ("à partir du 8", "avant le 15")
            let day =
                || if reader.is(k - 1, Key::The) || reader.is(k - 1, Key::Of) { reader.day_number(k) } else { None };
            if let Some((p, e)) = read.or_else(day) {
                // "had arrived by Thursday": a deadline already past is the day itself,
                // read at its own words
                let deadline = if p.interval { p.to } else { p.from };
                if kind == Key::By && deadline.is_none_or(|d| d <= self.now) {
                    return best;
                }
                let v = match kind {
                    // "after 2018" starts in 2019, "after the summer" at its end; "after 2pm",
                    // "après le 1er novembre" at the point (Duckling's reading)
                    Key::After => {
                        let from = if p.interval || p.grain >= Grain::Month { p.end() } else { p.from };
                        TimeValue { from, to: None, interval: true, ..p }
                    }
                    // "since 2014", "à partir du 8": from its start
                    Key::From => TimeValue { from: p.from, to: None, interval: true, ..p },
                    // (from today when the end is to come; "jusqu'aux années 1990" in a
                    // story of the past has no start)
                    Key::Until => {
                        // "jusqu'à dimanche minuit": a deadline at a named day's midnight
                        // is that day's end
                        // ("jusqu'à minuit" alone ends at the coming one)
                        let words = reader.toks_in(k, e);
                        let midnight = !p.interval
                            && p.from.is_some_and(|f| f.hour == 0 && f.minute == 0)
                            && words.iter().any(|t| t.key == Key::Midnight);
                        let day_named = words.iter().any(|t| names_a_day(t.key));
                        let end = match (midnight, day_named) {
                            (true, true) => p.from.map(|f| f.add_days(1)),
                            (true, false) => p.from,
                            _ => p.end(),
                        };
                        let from = Some(self.today()).filter(|t| end.is_some_and(|e| e > *t));
                        TimeValue { from, to: end, interval: true, ..p }
                    }
                    Key::By if ici => match p.end() {
                        Some(end) => since_now(end, p.grain),
                        None => return best,
                    },
                    Key::By => TimeValue {
                        from: Some(self.now),
                        to: if p.interval { p.to } else { p.from },
                        interval: true,
                        grain: Grain::Second,
                        ..p
                    },
                    _ => TimeValue { from: None, to: p.from, interval: true, ..p },
                };
                // "later than 3:30pm but before 6pm", "after 9:30 and before 11:00 on
                // Thursday": both bounds, a range
                if kind == Key::After && self.raw_is(e, &["but", "and", "mais", "et"]) && self.is(e + 1, Key::Before) {
                    // (the end itself excluded: "before 6pm" ends at 18:00)
                    let closed = self.point_with_clock(e + 2).and_then(|(b, f)| {
                        let (from, to) = (p.from?, b.from?);
                        // (the start's hour on the end's day: "… before 11:00 on Thursday")
                        let from = from.add_days(to.days() - from.days());
                        // (a bare hour read in the evening may be the morning's: "after 9:30";
                        // not "after 3pm", nor "après 15h")
                        let said = self.toks_in(k, e).iter().any(|t| {
                            matches!(t.key, Key::Clock(_, _, _, Some(_), _) | Key::Am | Key::Pm)
                                || matches!(t.key, Key::Clock(h, ..) if h >= 13)
                        });
                        let from =
                            if from >= to && from.hour >= 12 && !said { from.add_seconds(-12 * 3600) } else { from };
                        let both_hours = p.grain <= Grain::Hour && b.grain <= Grain::Hour && !b.interval;
                        (both_hours && to > from).then(|| (TimeValue::span(from, to, p.grain.min(b.grain)), f))
                    });
                    if let Some((r, f)) = closed {
                        let mut q = f;
                        while matches!(self.key(q), Some(Key::The | Key::Comma)) || self.raw_is(q, &["on", "le"]) {
                            q += 1;
                        }
                        match self.point(q).filter(|(d, _)| d.grain == Grain::Day && !d.interval) {
                            Some((d, g)) => keep(d.from.map(|day| (rebase(r, day), g))),
                            None => keep(Some((r, f))),
                        }
                    }
                }
                keep(Some((v, e)));
            }
        }
        best
    }

    /// "à partir de" / "à partir du": the token after it.
    fn a_partir_de(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i + 1)?;
        // the word between is "partir" (the only Other a grammar token lets through here)
        (self.is(i, Key::At) && t.key == Key::Other && t.end - t.start == 6 && self.is(i + 2, Key::Of)).then_some(i + 3)
    }

    /// Joins the two ends of a range: the end borrows what it lacks from the
    /// start and the start from the end ("13 au 15 juillet": both in July).
    /// `bare_day`: the start is a day number alone, which takes the end's
    /// month and year ("du 13 au 15 juillet").
    fn join(&self, a: TimeValue, b: TimeValue, bare_day: bool, e: usize) -> Read {
        let (af, bf) = (a.from?, b.from?);
        // (the start as read, before it is moved onto the end's day below)
        let start_alone = af;
        let grain = a.grain.min(b.grain);
        // "de 9h30 jusqu'à 11h jeudi": the start's hour on the end's day
        let af = if a.grain <= Grain::Hour && b.grain <= Grain::Hour && af.days() != bf.days() && !a.interval {
            af.add_days(bf.days() - af.days())
        } else {
            af
        };
        let af = if bare_day && b.grain == Grain::Day {
            match DateTime::date(bf.year, bf.month, af.day).filter(|x| *x <= bf) {
                Some(x) => x,
                None => {
                    let prev = DateTime { day: 1, ..bf }.add_months(-1);
                    DateTime::date(prev.year, prev.month, af.day)?
                }
            }
        } else {
            af
        };
        let to = match b.grain {
            // a part of a day as the end ("entre le soir du 27 et le matin du 28"): up to its end
            Grain::Hour if b.interval && a.interval && b.to.is_some() => b.to?,
            Grain::Hour | Grain::Minute if a.grain <= Grain::Hour => {
                // Duckling's convention: "de 9h30 à 11h" ends at 11:01, "de 9h à 11h" at 12:00
                if a.grain == Grain::Minute || b.grain == Grain::Minute {
                    bf.add(Grain::Minute, 1)
                } else {
                    bf.add(Grain::Hour, 1)
                }
            }
            // a period as the end ("des années 50 aux années 80", "du XVe au XVIIe
            // siècle", "entre 2017 et le début de l'année 2018"): up to its own end
            _ if b.interval && b.grain >= Grain::Day => b.to?,
            g => bf.add(g, 1),
        };
        if to > af {
            return Some((TimeValue::span(af, to, grain), e));
        }
        // "de 22h à 6h", "entre 18h et 9h": hours from the afternoon or evening to a
        // morning cross midnight, the start kept on its own day (not moved onto the
        // end's) and the end on the next
        let overnight = a.grain <= Grain::Hour
            && b.grain <= Grain::Hour
            && !a.interval
            && !b.interval
            && start_alone.hour >= 12
            && bf.hour < 12;
        let to = if to.days() == start_alone.days() { to.add_days(1) } else { to };
        (overnight && to > start_alone && to.days() - start_alone.days() == 1)
            .then_some((TimeValue::span(start_alone, to, grain), e))
    }

    /// "le 13", "15e", "dix-huit": a day of the month alone, as the start of a
    /// range whose end names the month.
    fn day_number(&self, i: usize) -> Read {
        let (d, j) = match self.key(i)? {
            Key::Ordinal(d) => (d, i + 1),
            _ => self.number(i)?,
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        let d = d as u32;
        // this month if the day has not passed, else the next (or the last, in the past)
        let base = self.today();
        let mut date = DateTime::date(base.year, base.month, d.min(28)).map(|x| DateTime { day: d, ..x })?;
        if DateTime::date(date.year, date.month, d).is_none() || (self.lean == Lean::Future && date < base) {
            date = self.shift_month_with_day(base, d, 1)?;
        } else if self.lean == Lean::Past && date > base {
            date = self.shift_month_with_day(base, d, -1)?;
        }
        Some((TimeValue::point(date, Grain::Day), j))
    }

    fn shift_month_with_day(&self, base: DateTime, d: u32, dir: i64) -> Option<DateTime> {
        let mut m = DateTime { day: 1, ..base };
        for _ in 0..12 {
            m = m.add_months(dir);
            if let Some(x) = DateTime::date(m.year, m.month, d) {
                return Some(x);
            }
        }
        None
    }

    /// A date or period, then maybe a time of day ("le 2 mars à 5h", "demain
    /// à 11 heures", "mercredi soir"), or a time of day then a date ("13h30
    /// samedi 21 septembre", "à 9am on Saturday").
    /// "at 1030" read alone: a time, not the year 1030 (nobody dates a year
    /// "at"; in running text a zone or a.m./p.m. must say it, see `clock`).
    fn at_hhmm(&self, i: usize) -> bool {
        self.whole && self.raw_is(i, &["at"]) && matches!(self.key(i + 1), Some(Key::Digits(_, 3 | 4)))
    }

    fn point_with_clock(&self, i: usize) -> Read {
        let mut best: Read = None;
        let mut keep = |r: Read| {
            if let Some((v, j)) = r {
                if best.is_none_or(|(_, b)| j > b) {
                    best = Some((v, j));
                }
            }
        };
        let at_clock = self.at_hhmm(i) && self.clock(i, None).is_some();
        if let Some((p, j)) = self.point(i).filter(|_| !at_clock) {
            keep(Some((p, j)));
            // (a day's, not a week's, a month's or a year's: "next month at 6pm" is no
            // hour of its first day)
            if p.grain == Grain::Day && !p.interval {
                let day = p.from?;
                let mut k = j;
                if matches!(self.key(k), Some(Key::Comma)) {
                    k += 1;
                }
                keep(self.clock(k, Some(day)));
                let part = self.part_of_day(k, day);
                keep(part.and_then(|(v, e)| self.hour_in_part(v, e)));
                keep(part);
            }
            // "in 7 days at 5pm": a count of days or more from now, then the time of that day
            let days_on = matches!(self.key(j.wrapping_sub(1)), Some(Key::Unit(g)) if g >= Grain::Day)
                && self.number(j.wrapping_sub(2)).is_some_and(|(_, e)| e + 1 == j);
            // (years on too, at their month's first day as Duckling reads "in 4 years at 5pm")
            if p.grain != Grain::Day && !p.interval && days_on && self.is(j, Key::At) {
                keep(p.from.and_then(|f| self.clock(j, Some(f.truncate(Grain::Day)))));
            }
        }
        if let Some((c, j)) = self.clock(i, None) {
            keep(Some((c, j)));
            let mut k = j;
            while matches!(self.key(k), Some(Key::The | Key::Comma)) {
                k += 1;
            }
            if let Some((p, e)) = self.point(k) {
                if p.grain == Grain::Day && !p.interval {
                    if let Some(day) = p.from {
                        // the clock read again on its day: "à 10h mercredi" is 10:00 that
                        // day (read alone at noon it was tonight's 22:00)
                        let (c, _) = self.clock(i, Some(day)).unwrap_or((c, j));
                        if let Some(t) = c.from {
                            let at = day.with_time(t.hour, t.minute, t.second);
                            keep(Some((TimeValue::point(at, c.grain), e)));
                            // "à 10 heures mercredi matin", "vers 8 heures jeudi soir": the
                            // part of that day after it, the hour in its half of the day
                            if let Some((part, pe)) = self.part_of_day(e, day).filter(|(v, _)| v.interval) {
                                keep(Some((TimeValue::point(in_half_of(part, at), c.grain), pe)));
                            }
                        }
                    }
                }
            }
        }
        best
    }

    /// A part of a day, as an interval of hours: "matin", "cet après-midi",
    /// "dans la soirée", "en fin de matinée", "tôt le matin", "en début de
    /// journée", "pendant le déjeuner", "in the evening".
    fn part_of_day(&self, i: usize, day: DateTime) -> Read {
        let mut k = i;
        let mut edge = None;
        loop {
            match self.key(k) {
                Some(
                    Key::In
                    | Key::For
                    | Key::En
                    | Key::The
                    | Key::At
                    | Key::Of
                    | Key::This
                    | Key::From
                    | Key::To
                    | Key::After
                    | Key::Before,
                ) => k += 1,
                Some(e @ (Key::Start | Key::Mid | Key::End)) if edge.is_none() => {
                    edge = Some(e);
                    k += 1;
                }
                _ => break,
            }
        }
        // "à l'heure du déjeuner", "au moment de déjeuner"
        if matches!(self.key(k), Some(Key::Unit(Grain::Hour) | Key::Moment)) && self.is(k + 1, Key::Of) {
            k += 2;
        }
        let part = self.key(k)?;
        let mut j = k + 1;
        // "après déjeuner", "avant déjeuner", "après le travail"
        let lead = (i..k).rev().find_map(|x| self.key(x).filter(|y| matches!(y, Key::After | Key::Before)));
        let hours = match (lead, part) {
            (Some(Key::After), Key::Lunch) => Some((13, 17)),
            (Some(Key::Before), Key::Lunch) => Some((10, 12)),
            (Some(Key::After), Key::Work) => Some((17, 21)),
            _ => None,
        };
        if let Some((from, to)) = hours {
            return Some((TimeValue::span(day.with_time(from, 0, 0), day.with_time(to, 0, 0), Grain::Hour), j));
        }
        // "le matin tôt"
        if edge.is_none() && self.is(j, Key::Start) {
            edge = Some(Key::Start);
            j += 1;
        }
        let (from, to) = match (part, edge) {
            // English mornings start at midnight, French ones at four (Duckling's conventions)
            (Key::Morning, None) => (if self.lang == NumLang::En { 0 } else { 4 }, 12),
            (Key::Morning, Some(Key::Start)) => (7, 9),
            (Key::Morning, Some(Key::Mid)) => (9, 11),
            (Key::Morning, Some(_)) => (10, 12),
            (Key::Afternoon, None) => (12, 19),
            (Key::Afternoon, Some(Key::Start)) => (12, 14),
            (Key::Afternoon, Some(Key::Mid)) => (14, 17),
            (Key::Afternoon, Some(_)) => (17, 19),
            (Key::Journee, Some(Key::Start)) => (6, 10),
            (Key::Journee, Some(Key::Mid)) => (11, 16),
            (Key::Journee, Some(_)) => (17, 21),
            (Key::Evening | Key::Night, None) => (18, 24),
            // a night's end is the small hours ("tué en fin de nuit"), its start the late
            // evening (French only: English "late night" is read above)
            // (to come, the next small hours: "l'intensité sera atteinte en fin de nuit")
            (Key::Night, Some(Key::End)) if self.lang == NumLang::Fr => {
                if self.lean == Lean::Future {
                    (27, 30)
                } else {
                    (3, 6)
                }
            }
            (Key::Night, Some(Key::Start)) if self.lang == NumLang::Fr => (21, 24),
            (Key::Evening | Key::Night, Some(Key::Start)) => (18, 21),
            (Key::Evening | Key::Night, Some(Key::End)) => (21, 24),
            (Key::Lunch, None) => (12, 14),
            _ => return None,
        };
        let f = day.with_time(0, 0, 0).add_seconds(from as i64 * 3600);
        let t = day.with_time(0, 0, 0).add_seconds(to as i64 * 3600);
        Some((TimeValue::span(f, t, Grain::Hour), j))
    }

    /// A part of today, or of the date that follows it ("matinée du 15 février").
    /// "this afternoon at 3:20", "tomorrow afternoon at 5", "jeudi soir à 20h": a
    /// time in the part of the day `part` read up to token `j`, in that part's half
    /// of the day.
    fn hour_in_part(&self, part: TimeValue, j: usize) -> Read {
        if !self.is(j, Key::At) || !part.interval {
            return None;
        }
        let start = part.from?;
        let day = start.truncate(Grain::Day);
        let bare = || {
            let (h, e) = self.number(j + 1).filter(|(h, _)| (1..=12).contains(h))?;
            Some((TimeValue::point(day.with_time(h as u32, 0, 0), Grain::Hour), e))
        };
        let (c, e) = self.clock(j + 1, Some(day)).or_else(bare)?;
        // a bare French number before a noun counts it: "lundi matin à neuf
        // interpellations" ("le matin à 7." is an hour)
        let said = self
            .toks_in(j + 1, e)
            .iter()
            .any(|t| matches!(t.key, Key::Clock(..) | Key::Noon | Key::Midnight | Key::Unit(Grain::Hour)));
        if self.lang == NumLang::Fr && !said && self.counts_a_noun(e - 1) {
            return None;
        }
        Some((TimeValue { from: Some(self.placed_in_part(part, c.from?, j + 1, e)), ..c }, e))
    }

    /// A time of day read with a part of the day ([`in_half_of`]), unless the
    /// words from `x` to `y` say a.m. or p.m.: then it stays, and an a.m. after
    /// an evening or a night is the small hours after it ("tonight at 1am" is
    /// tomorrow's 01:00).
    fn placed_in_part(&self, part: TimeValue, at: DateTime, x: usize, y: usize) -> DateTime {
        let said = |am: bool| {
            self.toks_in(x, y).iter().any(|t| match t.key {
                Key::Clock(_, _, _, Some(pm), _) => pm != am,
                Key::Am => am,
                Key::Pm => !am,
                _ => false,
            })
        };
        let late = part.from.is_some_and(|f| f.hour >= 12);
        if said(true) {
            if late && at.hour < 12 {
                at.add_days(1)
            } else {
                at
            }
        } else if said(false) {
            at
        } else {
            in_half_of(part, at)
        }
    }

    fn day_part(&self, i: usize) -> Read {
        // "150 000 euros par soir", "deux épisodes par soirée": a rate, no date
        if i > 0 && self.raw_is(i - 1, &["par", "per", "a"]) && !self.is(i, Key::The) {
            return None;
        }
        let (v, j) = self.part_of_day(i, self.today())?;
        if let Some(r) = self.hour_in_part(v, j) {
            return Some(r);
        }
        let mut k = j;
        while matches!(self.key(k), Some(Key::Of | Key::The)) {
            k += 1;
        }
        if k > j {
            // ("dans la matinée du 5": a day of the month alone, in French, the day the
            // lean says; not "l'après-midi du 5e jour", "au soir du premier tour", nor
            // a night's range "du 2 au 3 février", read as such)
            let bare = || {
                let digits = matches!(self.key(k), Some(Key::Digits(_, 1 | 2))) || self.raw_is(k, &["1er"]);
                (self.lang == NumLang::Fr && self.raw_is(j, &["du"]) && digits)
                    .then(|| self.day_number(k))
                    .flatten()
                    .filter(|(_, e)| {
                        !matches!(
                            self.key(*e),
                            Some(
                                Key::Unit(_)
                                    | Key::Month(_)
                                    | Key::MonthAbbr(_)
                                    | Key::To
                                    | Key::At
                                    | Key::Until
                                    | Key::Dash
                                    | Key::And
                            )
                        )
                    })
            };
            let day =
                self.calendar_date(k).or_else(|| self.holiday(k)).filter(|(p, _)| p.grain == Grain::Day).or_else(bare);
            if let Some((p, e)) = day {
                return self.part_of_day(i, p.from?).map(|(v, _)| (v, e));
            }
            // "au soir du premier tour", "le matin de son arrestation": the part of a day
            // an event names, whose date is not known here (after "dans", what follows is
            // rather the verb's: "ont essuyé dans la nuit des jets de projectiles")
            // (nor after "cet", "en fin de": "cet après-midi de ces questions", "en fin de
            // soirée des bus")
            let led = (i..j)
                .any(|x| matches!(self.key(x), Some(Key::In | Key::En | Key::This | Key::Start | Key::Mid | Key::End)));
            if self.lang == NumLang::Fr && self.is(j, Key::Of) && !led && self.point(k).is_none() {
                return None;
            }
        }
        Some((v, j))
    }

    /// The n-th (or last) day, week, week-end, weekday or fortnight of a month:
    /// "le 3e jour d'octobre", "la première semaine d'octobre 2014", "le
    /// dernier jour d'octobre 2015", "le premier mercredi du mois prochain",
    /// "la deuxième quinzaine d'avril", "last Monday of March".
    fn nth_of(&self, i: usize) -> Read {
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        // "the 20th of next month", "20 of this month", "the 15th day of next month"
        if self.lang == NumLang::En {
            let day = match self.key(k)? {
                Key::Ordinal(d) | Key::Digits(d, 1 | 2) if (1..=31).contains(&d) => Some(d as u32),
                _ => None,
            };
            if let Some(d) = day {
                let mut j = k + 1;
                if self.is(j, Key::Unit(Grain::Day)) {
                    j += 1;
                }
                // "of next month", "of the previous month"
                let q = if self.is(j + 1, Key::The) { j + 2 } else { j + 1 };
                let shift = match (self.key(j), self.key(q), self.key(q + 1)) {
                    (Some(Key::Of), Some(Key::This), Some(Key::Unit(Grain::Month))) => Some(0),
                    (Some(Key::Of), Some(Key::Next | Key::Following), Some(Key::Unit(Grain::Month))) => Some(1),
                    (Some(Key::Of), Some(Key::Last), Some(Key::Unit(Grain::Month))) => Some(-1),
                    _ => None,
                };
                if let Some(n) = shift {
                    let m = self.now.truncate(Grain::Month).add(Grain::Month, n);
                    let date = DateTime::date(m.year, m.month, d)?;
                    return Some((TimeValue::point(date, Grain::Day), q + 2));
                }
            }
        }
        // "week 31", "the week 1 of 2019": an ISO week by its number
        if let (Some(Key::Unit(Grain::Week)), Some(Key::Digits(n, 1 | 2)), NumLang::En) =
            (self.key(k), self.key(k + 1), self.lang)
        {
            if (1..=53).contains(&n) {
                let (y, e) = match (self.key(k + 2), self.key(k + 3)) {
                    (Some(Key::Of | Key::In), Some(Key::Digits(y, 4))) => (y as i32, k + 4),
                    _ => (self.now.year, k + 2),
                };
                let monday = crate::calendar::iso_week_monday(y, n as i64)?;
                return Some((TimeValue::point(monday, Grain::Week), e));
            }
        }
        let (nth, k) = match (self.key(k)?, self.key(k + 1)) {
            // "the third last week of 2018", "fifth last day of May": from the end
            (Key::Ordinal(n), Some(Key::Last)) if (1..=53).contains(&n) => (-(n as i64), k + 1),
            (Key::Second, Some(Key::Last)) if self.lang == NumLang::En => (-2, k + 1),
            (Key::Ordinal(n), _) if (1..=53).contains(&n) => (n as i64, k),
            // "the second Monday": "second" is the ordinal here
            (Key::Second, _) if self.lang == NumLang::En => (2, k),
            // "le second semestre"
            (Key::Second, Some(Key::Semester)) => (2, k),
            (Key::Last, _) => (-1, k),
            _ => return None,
        };
        let what = self.key(k + 1)?;
        // "the first week of 2015", "the last week of 2016", "the third last week of
        // 2018": ISO weeks (the first holds 4 January); "the last day of 2020"
        let of_year = match (self.key(k + 2), self.key(k + 3)) {
            (Some(Key::Of | Key::In), Some(Key::Digits(y, 4))) if (1000..=2200).contains(&y) => Some(y as i32),
            _ => None,
        };
        if let (Some(y), Key::Unit(g @ (Grain::Week | Grain::Day))) = (of_year, what) {
            let v = match g {
                Grain::Week => crate::calendar::iso_week_monday(y, nth)?,
                _ if nth > 0 => DateTime::date(y, 1, 1)?.add_days(nth - 1),
                _ => DateTime::date(y, 12, 31)?.add_days(nth + 1),
            };
            if g == Grain::Day && v.year != y {
                return None;
            }
            return Some((TimeValue::point(v, g), k + 4));
        }
        if nth > 5 && what != Key::Unit(Grain::Day) || nth > 31 {
            return None;
        }
        // "le premier semestre 2021", "au second semestre", "the first half of 2021",
        // "la première moitié de l'année": a half year ("the second half" alone is a
        // match's)
        let half = what == Key::Semester
            || (what == Key::Half || crate::fold::fold_word(self.raw(k + 1)) == "moitie") && self.is(k + 2, Key::Of);
        if half && (1..=2).contains(&nth) {
            let e = if self.is(k + 2, Key::Of) { k + 3 } else { k + 2 };
            let start_in = |y: i32| DateTime::date(y, 6 * nth as u32 - 5, 1);
            let t = self.today();
            let this_year = matches!(self.key(e), Some(Key::The | Key::This)) && self.is(e + 1, Key::Unit(Grain::Year));
            let (start, e) = match self.key(e) {
                Some(Key::Digits(y, 4)) if (1000..=2200).contains(&y) => (start_in(y as i32)?, e + 1),
                _ if this_year => (start_in(t.year)?, e + 2),
                // (a school's: "les examens du second semestre")
                _ if what == Key::Semester && !self.school_words() => {
                    // without a year, this year's, or the last (next) one as the lean says
                    let this = start_in(t.year)?;
                    let start = match self.lean {
                        Lean::Past if this > t => start_in(t.year - 1)?,
                        Lean::Future if this.add_months(6) <= t => start_in(t.year + 1)?,
                        _ => this,
                    };
                    (start, k + 2)
                }
                _ => return None,
            };
            return Some((TimeValue::span(start, start.add_months(6), Grain::Month), e));
        }
        // "the third quarter", "4th quarter 2018", "the 4th qtr of 2018"
        if what == Key::Unit(Grain::Quarter) && (1..=4).contains(&nth) {
            let mut e = k + 2;
            if self.is(e, Key::Of) {
                e += 1;
            }
            let start_in = |y: i32| DateTime::date(y, 3 * nth as u32 - 2, 1);
            let t = self.today();
            let (start, e) = match self.key(e) {
                Some(Key::Digits(y, 4)) => (start_in(y as i32)?, e + 1),
                // without a year, this year's, or the last (next) one as the lean says
                _ => {
                    let this = start_in(t.year)?;
                    let start = match self.lean {
                        Lean::Past if this > t => start_in(t.year - 1)?,
                        Lean::Future if this.add_months(3) <= t => start_in(t.year + 1)?,
                        _ => this,
                    };
                    (start, k + 2)
                }
            };
            return Some((TimeValue::point(start, Grain::Quarter), e));
        }
        if !matches!(what, Key::Unit(Grain::Day | Grain::Week) | Key::Weekend | Key::Weekday(_) | Key::Fortnight) {
            return None;
        }
        let mut j = k + 2;
        // "of", "du", "in" ("first tuesday in october")
        while matches!(self.key(j), Some(Key::Of | Key::The)) || self.is(j, Key::In) && self.lang == NumLang::En {
            j += 1;
        }
        // the month: a name (with its year), or "du mois prochain", "of this month"
        let (month, e) = match self.key(j)? {
            k2 @ (Key::This | Key::Next | Key::Following | Key::Last) if self.is(j + 1, Key::Unit(Grain::Month)) => {
                let n = match k2 {
                    Key::This => 0,
                    Key::Last => -1,
                    _ => 1,
                };
                (self.now.truncate(Grain::Month).add(Grain::Month, n), j + 2)
            }
            Key::Unit(Grain::Month) => {
                let n = match self.key(j + 1) {
                    Some(Key::Next | Key::Following) => 1,
                    Some(Key::Last) => -1,
                    _ => 0,
                };
                (self.now.truncate(Grain::Month).add(Grain::Month, n), j + 1 + usize::from(n != 0))
            }
            Key::Month(_) | Key::MonthAbbr(_) => {
                let (p, e) = self.month_year(j).or_else(|| {
                    // "3rd week of Jan": a short month after "of" is one
                    let Some(Key::MonthAbbr(m)) = self.key(j) else { return None };
                    let t = self.today();
                    let y = match self.lean {
                        Lean::Past if m > t.month => t.year - 1,
                        Lean::Future if m < t.month => t.year + 1,
                        _ => t.year,
                    };
                    Some((TimeValue::point(DateTime::date(y, m, 1)?, Grain::Month), j + 1))
                })?;
                (p.from?, e)
            }
            _ => return None,
        };
        let len = crate::calendar::days_in_month(month.year, month.month) as i64;
        let last = month.add_days(len - 1);
        let day_of = |wd: u32| crate::calendar::nth_weekday(month.year, month.month, wd, nth);
        let v = match what {
            Key::Unit(Grain::Day) => {
                let d = if nth > 0 { month.add_days(nth - 1) } else { last.add_days(nth + 1) };
                if d.month != month.month {
                    return None;
                }
                TimeValue::point(d, Grain::Day)
            }
            Key::Weekday(w) => TimeValue::point(day_of(w)?, Grain::Day),
            // weeks that start on a Monday inside the month and end inside it
            Key::Unit(Grain::Week) => {
                let monday = if nth > 0 { day_of(0)? } else { day_of(6)?.add_days(-6) };
                TimeValue::point(monday, Grain::Week)
            }
            Key::Weekend => weekend_from(day_of(4)?),
            Key::Fortnight => match nth {
                1 => TimeValue::span(month, month.add_days(14), Grain::Day),
                2 | -1 => TimeValue::span(month.add_days(14), month.add(Grain::Month, 1), Grain::Day),
                _ => return None,
            },
            _ => return None,
        };
        Some((v, e))
    }

    /// A quarter or a half year by its code, with its year: "2017 Q1", "Q3 2019",
    /// "Q1 of 2017", "2018Q4", "18q4", "2019 H2"; alone ("Q3") in a whole string only.
    fn quarter_code(&self, i: usize) -> Read {
        let mut i = i;
        while matches!(self.key(i), Some(Key::At | Key::In | Key::The | Key::For | Key::En)) {
            i += 1;
        }
        let year = |k: usize| -> Option<(i32, usize)> {
            match self.key(k)? {
                Key::Digits(y, 4) if (1000..=2200).contains(&y) => Some((y as i32, k + 1)),
                Key::Digits(y, 2) => Some((2000 + y as i32, k + 1)),
                _ => None,
            }
        };
        let code = |k: usize| match self.key(k) {
            Some(Key::QuarterNo(n)) => Some((n, Grain::Quarter, k + 1)),
            Some(Key::HalfNo(n)) => Some((n, Grain::Month, k + 1)),
            _ => None,
        };
        let (y, (n, g, e)) = if let Some((y, j)) = year(i) {
            // a two-digit year only glued to its code ("18q4")
            let glued = self.toks.get(j).is_some_and(|t| t.start == self.toks[i].end);
            if matches!(self.key(i), Some(Key::Digits(_, 2))) && !glued {
                return None;
            }
            (y, code(j)?)
        } else {
            let c = code(i)?;
            let k = if self.is(c.2, Key::Of) { c.2 + 1 } else { c.2 };
            match year(k).filter(|_| matches!(self.key(k), Some(Key::Digits(_, 4)))) {
                Some((y, e)) => (y, (c.0, c.1, e)),
                None if self.whole => (self.now.year, c),
                None => return None,
            }
        };
        let v = if g == Grain::Quarter {
            TimeValue::point(DateTime::date(y, 3 * n - 2, 1)?, Grain::Quarter)
        } else {
            let from = DateTime::date(y, 6 * n - 5, 1)?;
            TimeValue::span(from, from.add_months(6), Grain::Month)
        };
        Some((v, e))
    }

    /// Whether the text speaks of schools or universities, whose semesters are
    /// terms, not halves of a year.
    fn school_words(&self) -> bool {
        let t = crate::fold::fold_word(self.text);
        ["examen", "etudiant", "universit", "partiel", "scolaire", "lycee", "eleves", "faculte"]
            .iter()
            .any(|w| t.contains(w))
    }

    /// A season: "cet été", "cet hiver" (the one under way, or the next one).
    fn season(&self, i: usize) -> Read {
        let k = if matches!(
            self.key(i),
            Some(Key::This | Key::In | Key::En | Key::The | Key::To | Key::Last | Key::Next)
        ) {
            i + 1
        } else {
            i
        };
        let Some(Key::Season(n)) = self.key(k) else { return None };
        // a season alone is read after a word that makes it one ("cet été", "in
        // spring"), or before its year ("summer 2019"; not "les Jeux d'hiver 2022")
        let year_after = matches!(self.key(k + 1), Some(Key::Digits(_, 4)))
            || self.is(k + 1, Key::Of) && matches!(self.key(k + 2), Some(Key::Digits(_, 4)));
        if k == i && !(year_after && (i == 0 || !self.is(i - 1, Key::Of))) {
            return None;
        }
        // (start month, day) and (end month, day), the end exclusive
        let ((m1, d1), (m2, d2)) =
            [((3, 20), (6, 21)), ((6, 21), (9, 24)), ((9, 23), (12, 21)), ((12, 21), (3, 21))][n as usize];
        let y = self.now.year;
        let instance = |start_year: i32| -> Option<(DateTime, DateTime)> {
            let from = DateTime::date(start_year, m1, d1)?;
            Some((from, DateTime::date(if m2 < m1 { start_year + 1 } else { start_year }, m2, d2)?))
        };
        // "le printemps dernier", "l'été prochain", "last summer", "next spring": the last
        // one over, the next one to begin
        let modifier = match (self.key(i), self.key(k + 1)) {
            (_, Some(Key::Last)) | (Some(Key::Last), _) => Some(-1),
            (_, Some(Key::Next | Key::Following)) | (Some(Key::Next), _) => Some(1),
            _ => None,
        };
        if let Some(dir) = modifier {
            let e = if matches!(self.key(k + 1), Some(Key::Last | Key::Next | Key::Following)) { k + 2 } else { k + 1 };
            let years = [y - 2, y - 1, y, y + 1];
            let pick = if dir < 0 {
                years.into_iter().rev().find(|&sy| instance(sy).is_some_and(|(_, to)| to <= self.now))
            } else {
                years.into_iter().find(|&sy| instance(sy).is_some_and(|(from, _)| from > self.now))
            };
            let (from, to) = instance(pick?)?;
            return Some((TimeValue::span(from, to, Grain::Day), e));
        }
        // "au printemps" is "in spring"; "to spring" leads a range's end
        if matches!(self.key(i), Some(Key::To | Key::Last | Key::Next)) && !self.raw_is(i, &["au"]) {
            return None;
        }
        // "l'été 2021", "the summer of 2019", "l'hiver 2018-2019": that year's; a winter
        // named by one year is the one whose January it holds, most of its days
        if let Some((named, e)) = self.year_at(k + 1).filter(|_| year_after) {
            let (start_year, e) = match (self.key(e), self.key(e + 1)) {
                (Some(Key::Dash), Some(Key::Digits(b, 4))) if m2 < m1 && b as i32 == named + 1 => (named, e + 2),
                _ if m2 < m1 => (named - 1, e),
                _ => (named, e),
            };
            let (from, to) = instance(start_year)?;
            return Some((TimeValue::span(from, to, Grain::Day), e));
        }
        // "cet été", "this summer": this year's, whatever the tense; else the one
        // under way or the next (future lean), the last one begun (past lean)
        let start_year = match self.lean {
            _ if self.is(i, Key::This) && m2 > m1 => Some(y),
            Lean::Future => [y - 1, y, y + 1].into_iter().find(|&sy| instance(sy).is_some_and(|(_, to)| to > self.now)),
            Lean::Past => {
                let begun =
                    [y + 1, y, y - 1].into_iter().find(|&sy| instance(sy).is_some_and(|(from, _)| from <= self.now));
                // (in news the coming one when it is weeks away and the last one long over:
                // "en vue de l'été" on 2 June, "avant l'été" on 28 April are this summer;
                // "durant l'été", "depuis l'automne" rather tell of one gone by, "a été
                // retardé durant l'été")
                let gone = ["durant", "depuis"];
                let durant = i > 0 && self.raw_is(i - 1, &gone) || self.raw_is(i, &gone);
                let coming = begun.map(|b| b + 1).filter(|&c| {
                    let over = instance(c - 1).is_some_and(|(_, to)| (self.now.days() - to.days()) > 180);
                    let soon = instance(c).is_some_and(|(from, _)| (from.days() - self.now.days()) <= 62);
                    !self.whole && !durant && over && soon
                });
                coming.or(begun)
            }
        };
        let (from, to) = instance(start_year?)?;
        Some((TimeValue::span(from, to, Grain::Day), k + 1))
    }

    /// A time of day: "15h30", "à 15 heures", "quinze heures quinze", "midi
    /// et quart", "minuit", "3pm", "at 8 in the evening", with "du matin", "du
    /// soir", "cet après-midi". With `day`, on that day; else today, or the
    /// next such time when it has passed (in the future lean).
    fn clock(&self, i: usize, day: Option<DateTime>) -> Read {
        if self.after_length_word(i) || self.after_pendant(i) {
            return None;
        }
        // "à", "vers", "aux alentours de", "autour de"
        let mut k = i;
        while matches!(self.key(k), Some(Key::At)) || (matches!(self.key(k), Some(Key::To | Key::Of)) && k > i) {
            k += 1;
        }
        if self.is(i, Key::To) && self.is(i + 1, Key::At) {
            k = i + 2;
            while matches!(self.key(k), Some(Key::Of)) {
                k += 1;
            }
        }
        // "quarter past 3pm", "half past three", "20 past 3", "twenty after 3", "15 to noon"
        if self.lang == NumLang::En {
            let minutes = match self.key(k)? {
                Key::Unit(Grain::Quarter) => Some((15, k + 1)),
                Key::Half => Some((30, k + 1)),
                _ => self
                    .number(k)
                    .filter(|(n, _)| (1..60).contains(n))
                    .map(|(n, e)| (n as u32, if self.is(e, Key::Unit(Grain::Minute)) { e + 1 } else { e })),
            };
            if let Some((m, e)) = minutes {
                // "5 to 6pm" is rather a range: "to" counts back only from a quarter, a half,
                // or minutes said so ("ten minutes to five") or past twelve ("20 to 3")
                let counted = !matches!(self.key(k), Some(Key::Num(_) | Key::Digits(..))) || e > k + 1 || m > 12;
                let dir = match self.key(e) {
                    Some(Key::Last | Key::After) => Some((1, e + 1)),
                    Some(Key::To) if counted => Some((-1, e + 1)),
                    // "half three": half past (British)
                    Some(Key::Num(_) | Key::Digits(..)) if self.is(k, Key::Half) && (self.whole || k > i) => {
                        Some((1, e))
                    }
                    _ => None,
                };
                if let Some((dir, e)) = dir {
                    // the hour: "3pm", "noon", or a bare "three"
                    let hour = self.clock(e, day).or_else(|| {
                        let (h, f) = self.number(e).filter(|(h, _)| (1..=12).contains(h))?;
                        // a bare hour is the next one of the twelve-hour clock ahead
                        // ("half three" at 4:30 is 15:30)
                        let mut at = self.today().with_time(h as u32, 0, 0);
                        if self.lean == Lean::Future && h < 12 && at.add_seconds(dir * m as i64 * 60) < self.now {
                            at = at.add_seconds(12 * 3600);
                        }
                        Some((TimeValue::point(at, Grain::Hour), f))
                    });
                    // an hour on the clock ("15h" in English is read to the minute)
                    let on_the_hour = |v: &TimeValue| {
                        v.grain == Grain::Hour || v.grain == Grain::Minute && v.from.is_some_and(|d| d.minute == 0)
                    };
                    if let Some((v, f)) = hour.filter(|(v, _)| on_the_hour(v)) {
                        let at = v.from?.add_seconds(dir * m as i64 * 60);
                        return Some((TimeValue::point(at, Grain::Minute), f));
                    }
                }
            }
        }
        // an explicit a.m. or p.m. fixes the half of the day
        let ampm_given = matches!(self.key(k), Some(Key::Clock(_, _, _, Some(_), _)))
            || self.number(k).is_some_and(|(_, e)| matches!(self.key(e), Some(Key::Am | Key::Pm)));
        // "une heure", "deux heures" spelled without "à" nor minutes: rather a length
        // ("pendant moins d'une heure", "deux heures plus tard")
        let mut spelled_hours = false;
        let mut seconds = 0;
        let (mut h, mut m, mut grain, mut j) = match self.key(k)? {
            Key::Clock(h, m, written, ampm, sec) => {
                let h = match ampm {
                    Some(true) if h < 12 => h + 12,
                    Some(false) if h == 12 => 0,
                    _ => h,
                };
                seconds = sec.unwrap_or(0);
                let grain = match (sec, written) {
                    (Some(_), _) => Grain::Second,
                    (None, true) => Grain::Minute,
                    (None, false) => Grain::Hour,
                };
                (h, m, grain, k + 1)
            }
            // ("Midi Libre" is a newspaper)
            Key::Noon if k > 0 && self.capitalised(k) && self.capitalised(k + 1) => return None,
            Key::Noon => (12, 0, Grain::Hour, k + 1),
            // midnight of a named day is its start; alone, the coming one
            Key::Midnight => (if day.is_some() { 0 } else { 24 }, 0, Grain::Hour, k + 1),
            _ => {
                // "15 heures", "quinze heures", "3 pm", "8 tonight"
                let (h, e) = self.number(k)?;
                // a time written "1030", "730", "815" after "at" or a day; in running text
                // only with a day, a.m./p.m. or a part of day ("at 2013 levels", "at 150
                // km/h" are no times)
                // (a zone says it too: "at 1030 GMT", "1900 UTC" in wire copy)
                let zoned = matches!(self.key(k + 1), Some(Key::Zone(_)));
                let half_said = matches!(self.key(k + 1), Some(Key::Am | Key::Pm))
                    || zoned
                    || self.is(k + 1, Key::In)
                        && self.is(k + 2, Key::The)
                        && matches!(self.key(k + 3), Some(Key::Morning | Key::Afternoon | Key::Evening | Key::Night));
                // ("330 p.m.", "1140 a.m.": a.m. or p.m. alone says it, in either language)
                let ampm = matches!(self.key(k + 1), Some(Key::Am | Key::Pm));
                let hhmm = match self.key(k) {
                    Some(Key::Digits(v, 3 | 4))
                        if (k > i || day.is_some() || zoned || ampm)
                            && (self.whole || half_said)
                            && (self.lang == NumLang::En || ampm) =>
                    {
                        Some((v / 100, v % 100)).filter(|&(h, m)| h <= 23 && m < 60)
                    }
                    _ => None,
                };
                if h > 24 && hhmm.is_none() {
                    return None;
                }
                // "8 tonight", "3 in the morning", "at 8 in the evening": a part of day fixes it
                // (not "2 morning sessions", "building 4 this afternoon": "in the", or "at" before)
                let at_before = k > i || self.whole;
                let part = |q: usize| {
                    matches!(
                        self.key(q),
                        Some(Key::Tonight | Key::Morning | Key::Afternoon | Key::Evening | Key::Night)
                    )
                };
                let part_of_day = self.is(e, Key::In) && self.is(e + 1, Key::The) && part(e + 2)
                    || at_before && (self.is(e, Key::This) && part(e + 1) || self.is(e, Key::Tonight));
                // minutes after the hour: "ten thirty", "at 3 15", "nine fifty nine a m"
                // (bare "3 30", "three twenty" are two numbers: "at", a day or a.m./p.m. say
                // they are a time)
                // ("twelve oh three": a spoken zero before minutes under ten)
                let oh = self.raw_is(e, &["oh", "o", "zero", "ou"]);
                let minutes = match self.key(e) {
                    _ if oh => self.number(e + 1).filter(|(m, _)| (1..10).contains(m)),
                    Some(Key::Digits(m, 2)) if m < 60 => Some((m, e + 1)),
                    Some(Key::Num(_)) => self.number(e).filter(|(m, _)| (10..60).contains(m)),
                    _ => None,
                };
                let minutes_follow = self.lang == NumLang::En
                    && (1..=12).contains(&h)
                    && minutes.is_some_and(|(_, f)| {
                        k > i || day.is_some() || self.whole && oh || matches!(self.key(f), Some(Key::Am | Key::Pm))
                    });
                match self.key(e) {
                    _ if hhmm.is_some() => {
                        let (h, m) = hhmm.unwrap_or_default();
                        (h as u32, m as u32, Grain::Minute, k + 1)
                    }
                    // "3 o'clock", "at 8 GMT"
                    Some(Key::OClock) => (h as u32, 0, Grain::Hour, e + 1),
                    // "9 tomorrow", "at 5 tomorrow afternoon"
                    Some(Key::Tomorrow) if at_before && self.lang == NumLang::En && (1..=12).contains(&h) => {
                        (h as u32, 0, Grain::Hour, e)
                    }
                    Some(Key::Zone(_)) if at_before && h <= 24 => (h as u32, 0, Grain::Hour, e),
                    _ if minutes_follow && oh => {
                        let (m, f) = minutes.unwrap_or_default();
                        (h as u32, m as u32, Grain::Minute, f)
                    }
                    _ if minutes_follow => (h as u32, 0, Grain::Hour, e),
                    // "15 heures" is a time of day; "two hours" is a length
                    // (but in running text a bare "24 heures" with no word of the clock
                    // before it is a length or the news: "a passé 12 heures en garde à vue",
                    // "24 heures sur 24", "le 20 heures de France 2")
                    Some(Key::Unit(Grain::Hour))
                        if self.lang == NumLang::Fr
                            && k == i
                            && day.is_none()
                            && !self.whole
                            && !self.clock_cue(i, e + 1) =>
                    {
                        return None
                    }
                    Some(Key::Unit(Grain::Hour)) if self.lang == NumLang::Fr => {
                        spelled_hours = matches!(self.key(k), Some(Key::Num(_))) && k == i && day.is_none();
                        (h as u32, 0, Grain::Hour, e + 1)
                    }
                    _ if part_of_day && self.lang == NumLang::En && (1..=12).contains(&h) => {
                        (h as u32, 0, Grain::Hour, e)
                    }
                    // "à 5 du matin", "de 5 à 7 du soir": French leaves "heures" out before the
                    // part of the day (after "à", a range word or read whole)
                    Some(Key::Of)
                        if self.lang == NumLang::Fr
                            && (1..=12).contains(&h)
                            && (part(e + 1) || self.is(e + 1, Key::The) && part(e + 2))
                            && (at_before
                                || i > 0
                                    && matches!(
                                        self.key(i - 1),
                                        Some(
                                            Key::At
                                                | Key::To
                                                | Key::Until
                                                | Key::And
                                                | Key::Dash
                                                | Key::Between
                                                | Key::From
                                        )
                                    )) =>
                    {
                        (h as u32, 0, Grain::Hour, e)
                    }
                    Some(Key::Pm) => (if h < 12 { h as u32 + 12 } else { h as u32 }, 0, Grain::Hour, e + 1),
                    Some(Key::Am) => (if h == 12 { 0 } else { h as u32 }, 0, Grain::Hour, e + 1),
                    _ => return None,
                }
            }
        };
        // minutes: "quinze heures quinze", "et quart", "et demie", "moins le quart", "moins cinq"
        match (self.key(j), self.key(j + 1), self.key(j + 2)) {
            (Some(Key::And), Some(Key::Quarter), _) => {
                m = 15;
                grain = Grain::Minute;
                j += 2;
            }
            (Some(Key::And), Some(Key::Half), _) => {
                m = 30;
                grain = Grain::Minute;
                j += 2;
            }
            (Some(Key::Minus), Some(Key::The), Some(Key::Quarter)) => {
                (h, m) = back(h, 15);
                grain = Grain::Minute;
                j += 3;
            }
            (Some(Key::Minus), _, _) => {
                if let Some((n, e)) = self.number(j + 1) {
                    if n < 60 {
                        (h, m) = back(h, n as u32);
                        grain = Grain::Minute;
                        j = e;
                    }
                }
            }
            // "15h passé de 15 minutes"
            (Some(Key::Last), Some(Key::Of), _)
                if self.number(j + 2).is_some_and(|(_, e)| self.is(e, Key::Unit(Grain::Minute))) =>
            {
                if let Some((n, e)) = self.number(j + 2).filter(|(n, _)| *n < 60) {
                    m = n as u32;
                    grain = Grain::Minute;
                    j = e + 1;
                }
            }
            (Some(Key::Num(3)), Some(Key::Quarter), _) => {
                m = 45;
                grain = Grain::Minute;
                j += 2;
            }
            _ => {
                // ("17 heures une liste": "une" is an article, not a minute)
                let article = self.raw_is(j, &["un", "une"]);
                // ("6pm 22 avril": a day after a clock said with p.m., not its minutes)
                let ampm_said = ampm_given || j > 0 && matches!(self.key(j - 1), Some(Key::Am | Key::Pm));
                let day_of_month = self.number(j).is_some_and(|(_, e)| matches!(self.key(e), Some(Key::Month(_))));
                if grain == Grain::Hour && m == 0 && !article && !ampm_said && !day_of_month {
                    if let Some((n, e)) = self.number(j) {
                        if n < 60 && !matches!(self.key(e), Some(Key::Unit(_))) {
                            m = n as u32;
                            grain = Grain::Minute;
                            j = e;
                        } else if n < 60 && self.is(e, Key::Unit(Grain::Minute)) {
                            m = n as u32;
                            grain = Grain::Minute;
                            j = e + 1;
                        }
                    } else if self.is(j, Key::And) {
                        // "huit heures et vingt minutes"; "sept heures et dix" after "heures"
                        // (spelled, and not an article: "entre 15 heures et 19 heures", "14
                        // heures et une fumée")
                        let after_hours = j > 0
                            && self.is(j - 1, Key::Unit(Grain::Hour))
                            && matches!(self.key(j + 1), Some(Key::Num(_)))
                            && !self.raw_is(j + 1, &["un", "une"]);
                        if let Some((n, e)) = self.number(j + 1) {
                            if n < 60 && self.is(e, Key::Unit(Grain::Minute)) {
                                m = n as u32;
                                grain = Grain::Minute;
                                j = e + 1;
                            } else if n < 60 && after_hours && !matches!(self.key(e), Some(Key::Unit(_))) {
                                m = n as u32;
                                grain = Grain::Minute;
                                j = e;
                            }
                        }
                    }
                }
            }
        }
        // "du matin", "du soir", "de l'après-midi", "cet après-midi", "ce soir", "in the evening"
        let mut explicit_day = day;
        let mut half_fixed = ampm_given;
        let mut q = j;
        while matches!(self.key(q), Some(Key::Of | Key::The | Key::In | Key::This)) {
            q += 1;
        }
        // (unless a part of the day or a day follows, or "il est" comes before)
        let day_follows = matches!(
            self.key(q),
            Some(
                Key::Morning
                    | Key::Afternoon
                    | Key::Evening
                    | Key::Night
                    | Key::Tonight
                    | Key::Today
                    | Key::Tomorrow
                    | Key::Yesterday
                    | Key::Weekday(_)
            )
        );
        let it_is = i > 0 && self.raw(i - 1).eq_ignore_ascii_case("est");
        if spelled_hours && grain == Grain::Hour && !day_follows && !it_is {
            return None;
        }
        match self.key(q) {
            Some(Key::Morning) => {
                half_fixed = true;
                j = q + 1;
            }
            // the small hours of a night are before dawn ("à 3h18 dans la nuit",
            // "2 heures de la nuit"); later hours are the evening's ("11 heures de la nuit")
            Some(Key::Night) if h < 6 => {
                half_fixed = true;
                j = q + 1;
            }
            Some(Key::Afternoon | Key::Evening | Key::Night) if h < 12 => {
                h += 12;
                half_fixed = true;
                j = q + 1;
            }
            // "12:15 in the afternoon", "à 12h30 de l'après-midi": noon's hour is the afternoon's
            Some(Key::Afternoon) if h == 12 => {
                half_fixed = true;
                j = q + 1;
            }
            Some(Key::Today | Key::Tonight) if h < 12 => {
                // "8 tonight"
                h += 12;
                j = q + 1;
                explicit_day = Some(self.today());
            }
            Some(Key::Tomorrow) if q == j => {
                explicit_day = Some(self.today().add_days(1));
                j = q + 1;
                if matches!(self.key(j), Some(Key::Afternoon | Key::Evening)) && h < 12 {
                    h += 12;
                    j += 1;
                } else if self.is(j, Key::Morning) {
                    j += 1;
                }
            }
            Some(Key::Pm) if q == j && h < 12 => {
                h += 12;
                half_fixed = true;
                j = q + 1;
            }
            Some(Key::Am) if q == j => {
                if h == 12 {
                    h = 0;
                }
                half_fixed = true;
                j = q + 1;
            }
            _ => {}
        }
        // a zone after the clock: "4pm CET", "9 am (BST)"; moved to the reference's,
        // to the minute (as Duckling: zones differ by half hours)
        let mut shift = 0;
        if let Some(Key::Zone(z)) = self.key(j) {
            j += 1;
            shift = self.zone.map_or(0, |rz| rz - z as i32);
            grain = grain.min(Grain::Minute);
        }
        let base = explicit_day.unwrap_or_else(|| self.today());
        let mut at =
            base.with_time(0, 0, 0).add_seconds(h as i64 * 3600 + m as i64 * 60 + seconds as i64 + shift as i64 * 60);
        // (a time in the hour under way is not past yet: "at 4:23" said at 4:30)
        if explicit_day.is_none() && self.lean == Lean::Future && at < self.now.truncate(Grain::Hour) {
            // an hour from 1 to 12 may be the afternoon's (in English; French counts 24
            // hours: "à partir de 9 heures 30" said at noon is tomorrow's); else tomorrow's
            let twelve = self.lang == NumLang::En;
            if twelve && h < 12 && !half_fixed && grain <= Grain::Hour && at.add(Grain::Hour, 12) > self.now && h != 0 {
                at = at.add(Grain::Hour, 12);
            } else {
                at = at.add_days(1);
            }
        }
        Some((TimeValue::point(at, grain), j))
    }

    /// A date or a period, without a time of day.
    fn point(&self, i: usize) -> Read {
        if let Some(Some(done)) = self.points.borrow().get(i) {
            return *done;
        }
        let r = self.point_uncached(i);
        if let Some(slot) = self.points.borrow_mut().get_mut(i) {
            *slot = Some(r);
        }
        r
    }

    fn point_uncached(&self, i: usize) -> Read {
        let readers = [
            self.relative_day(i),
            self.calendar_date(i),
            self.weekday(i),
            self.month_year(i),
            self.relative_period(i),
            self.offset(i),
            self.holiday(i),
            self.feast(i),
            self.season_edge(i),
            self.day_part(i),
            self.season(i),
            self.nth_of(i),
            self.quarter_code(i),
            self.week_of(i),
            self.night_of(i),
            self.century(i),
            self.decade(i),
            self.decades_counted(i),
            self.earlier_later(i),
            self.units_of_period(i),
            self.closest(i),
            self.to_date(i),
            self.nth_weekday_from(i),
            self.day_onward(i),
            // "le 2", "le 16", "on the 15th": a day of the month
            if self.is(i, Key::The) {
                let k = if self.is(i + 1, Key::The) { i + 2 } else { i + 1 };
                self.day_number(k)
            } else {
                None
            },
        ];
        let best = readers.into_iter().flatten().max_by_key(|(_, j)| *j);
        // "April in 2016", "26 June in 2019": a month or day without its year, then the
        // year (English; French says "en juin 2016")
        match best {
            Some((v, j))
                if self.lang == NumLang::En
                    && matches!(v.grain, Grain::Day | Grain::Month)
                    && !v.interval
                    && self.is(j, Key::In)
                    && matches!(self.key(j + 1), Some(Key::Digits(y, 4)) if (1000..=2200).contains(&y))
                    && self.year_left_out(i, j) =>
            {
                let Some(Key::Digits(year, _)) = self.key(j + 1) else { return best };
                let year = year as i32;
                let from = v.from?;
                let moved = DateTime::date(year, from.month, from.day)?;
                Some((TimeValue::point(moved, v.grain), j + 2))
            }
            // "March after next", "March in a year": years after the coming March
            Some((v, j))
                if self.lang == NumLang::En && v.grain == Grain::Month && !v.interval && self.year_left_out(i, j) =>
            {
                let years = if self.is(j, Key::After) && self.is(j + 1, Key::Next) {
                    Some((1, j + 2))
                } else if self.is(j, Key::In) {
                    let (n, e) = match self.number(j + 1) {
                        Some(x) => x,
                        None if self.raw_is(j + 1, &["a", "one"]) => (1, j + 2),
                        None => return best,
                    };
                    self.is(e, Key::Unit(Grain::Year)).then_some((n as i32, e + 1))
                } else {
                    None
                };
                let Some((n, e)) = years else { return best };
                let month = v.from?.month;
                let t = self.today();
                let coming = if month > t.month { t.year } else { t.year + 1 };
                Some((TimeValue::point(DateTime::date(coming + n, month, 1)?, Grain::Month), e))
            }
            b => b,
        }
    }

    /// The first or last units of a period: "the first three months of 2015",
    /// "the last 3 weeks of this year", "les trois premiers mois de 2015", "les
    /// deux dernières semaines de l'année".
    fn units_of_period(&self, i: usize) -> Read {
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        let (first, n, at) = match self.lang {
            NumLang::En => {
                let first = if self.raw_is(k, &["first"]) {
                    true
                } else if self.raw_is(k, &["last"]) {
                    false
                } else {
                    return None;
                };
                let (n, e) = self.number(k + 1)?;
                (first, n, e)
            }
            NumLang::Fr => {
                let (n, e) = self.number(k)?;
                let first = if self.raw_is(e, &["premiers", "premières", "premieres"]) {
                    true
                } else if self.raw_is(e, &["derniers", "dernières", "dernieres"]) {
                    false
                } else {
                    return None;
                };
                (first, n, e + 1)
            }
        };
        let Some(Key::Unit(g)) = self.key(at) else { return None };
        if !(self.is(at + 1, Key::Of) || self.raw_is(at + 1, &["of"])) || n == 0 {
            return None;
        }
        // ("de l'année", "of the year": this one)
        let this_period = || match (self.key(at + 2), self.key(at + 3)) {
            // (not "de l'année 2012" glued to what follows: "2012.Karine")
            (Some(Key::The), Some(Key::Unit(h)))
                if h > g
                    && h >= Grain::Month
                    && !self
                        .toks
                        .get(at + 4)
                        .is_some_and(|t| self.text[t.start..].starts_with(|c: char| c.is_ascii_digit())) =>
            {
                let start = self.today().truncate(h);
                Some((TimeValue::point(start, h), at + 4))
            }
            _ => None,
        };
        let (p, e) = self.point(at + 2).or_else(this_period)?;
        let (start, end) = (p.from?, p.end()?);
        if p.grain <= g || p.duration.is_some() || p.every.is_some() {
            return None;
        }
        let (from, to) = if first { (start, start.add(g, n as i64)) } else { (end.add(g, -(n as i64)), end) };
        let grain = if g == Grain::Week { Grain::Day } else { g };
        (start <= from && to <= end).then(|| (TimeValue::span(from, to, grain), e))
    }

    /// "the week of October 6th", "la semaine du 6 octobre", "the week of the
    /// 18th": the week (from its Monday) that holds the day; a Sunday's is the
    /// week after it, as both of Duckling's corpora read it.
    fn week_of(&self, i: usize) -> Read {
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        if !self.is(k, Key::Unit(Grain::Week)) || !self.is(k + 1, Key::Of) {
            return None;
        }
        let (day, e) = self.point(k + 2)?;
        if day.interval || day.grain != Grain::Day || day.duration.is_some() {
            return None;
        }
        let d = day.from?;
        let monday = d.truncate(Grain::Week);
        let monday = if d.days() - monday.days() == 6 { monday.add_days(7) } else { monday };
        Some((TimeValue::point(monday, Grain::Week), e))
    }

    /// "dans la nuit de samedi à dimanche", "la nuit du 8 au 9 mars", "la nuit de
    /// jeudi": from the first day's evening (18:00, as "la nuit" alone) to the next
    /// morning (06:00).
    fn night_of(&self, i: usize) -> Read {
        let mut k = i;
        while matches!(self.key(k), Some(Key::In | Key::The | Key::En)) {
            k += 1;
        }
        // ("cette nuit-là du 11 au 12 avril 2017": that night, dated)
        if self.is(k, Key::This) && self.is(k + 1, Key::Night) && self.is(k + 2, Key::Of) {
            k += 1;
        }
        // "dans la soirée de mardi", "l'après-midi du 5 janvier", "the morning of March
        // 3": that day's part
        // ("en fin de soirée de mardi": its edge first)
        let mut p = k;
        if matches!(self.key(p), Some(Key::Start | Key::Mid | Key::End)) {
            p += if self.is(p + 1, Key::Of) { 2 } else { 1 };
        }
        if matches!(self.key(p), Some(Key::Morning | Key::Afternoon | Key::Evening)) && self.is(p + 1, Key::Of) {
            let (v, e) = self.point(p + 2)?;
            // ("dans la soirée de dimanche à lundi" is a night's span, read otherwise)
            let to_next = matches!(self.key(e), Some(Key::To | Key::At))
                && matches!(self.key(e + 1), Some(Key::Weekday(_) | Key::Digits(..) | Key::The));
            if v.interval || v.grain != Grain::Day || to_next {
                return None;
            }
            let (part, _) = self.part_of_day(i, v.from?)?;
            // ("dans la soirée de samedi soir": the part told twice)
            let e = if self.key(e) == self.key(p) { e + 1 } else { e };
            return Some((part, e));
        }
        if !self.is(k, Key::Night) || !self.is(k + 1, Key::Of) {
            return None;
        }
        let (first, e) = match self.interval(k + 1) {
            // a range of days: its first day
            Some((v, e)) if v.interval && v.grain == Grain::Day => (v.from?, e),
            _ => {
                let (v, e) = self.point(k + 2)?;
                if v.interval || v.grain != Grain::Day {
                    return None;
                }
                (v.from?, e)
            }
        };
        let from = first.with_time(18, 0, 0);
        Some((TimeValue::span(from, first.add_days(1).with_time(6, 0, 0), Grain::Hour), e))
    }

    /// "the 15th century", "le XXe siècle", "au 21e siècle": its hundred years
    /// ("the 15th century" is 1400 to 1500); none before Christ ("Ve siècle av.
    /// J.-C.", "5th century BC").
    fn century(&self, i: usize) -> Read {
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        let n = match self.key(k)? {
            Key::Ordinal(n) => n,
            Key::Roman(n) => n as u64,
            _ => return None,
        };
        if !self.is(k + 1, Key::Century) || !(1..=22).contains(&n) {
            return None;
        }
        let after = self.text.get(self.toks[k + 1].end..).unwrap_or("").trim_start();
        let before_christ = ["av. J", "av J", "avant J", "avant notre", "av. n", "BC", "B.C", "before Christ"];
        if before_christ.iter().any(|m| after.starts_with(m)) {
            return None;
        }
        let n = n as i32;
        let from = DateTime::date((n - 1) * 100, 1, 1)?;
        Some((TimeValue::span(from, DateTime::date(n * 100, 1, 1)?, Grain::Year), k + 2))
    }

    /// Decades counted from the reference: "two decades ago", "il y a une
    /// décennie" (a year), "the past decade", "la dernière décennie", "les deux
    /// dernières décennies", "the next two decades" (ten years a decade, from the
    /// year before this one back, or from the next one on).
    fn decades_counted(&self, i: usize) -> Read {
        let y = self.today().truncate(Grain::Year);
        let count = |k: usize| -> Option<(u64, usize)> {
            match self.key(k)? {
                Key::Decade => Some((1, k)),
                _ if self.raw_is(k, &["a", "une"]) && self.is(k + 1, Key::Decade) => Some((1, k + 1)),
                _ => self.number(k).filter(|&(n, e)| (1..=20).contains(&n) && self.is(e, Key::Decade)),
            }
        };
        let il_y_a = self.is(i, Key::Il) && self.raw_is(i + 1, &["y"]) && self.raw_is(i + 2, &["a"]);
        if il_y_a {
            let (n, d) = count(i + 3)?;
            return Some((TimeValue::point(y.add(Grain::Year, -10 * n as i64), Grain::Year), d + 1));
        }
        // "two decades ago"
        if let Some((n, d)) = count(i).filter(|&(_, d)| self.is(d + 1, Key::Ago)) {
            return Some((TimeValue::point(y.add(Grain::Year, -10 * n as i64), Grain::Year), d + 2));
        }
        // "the past decade", "the next two decades", "la dernière décennie", "les deux
        // dernières décennies", "la décennie passée"
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        let (dir, n, e) = match self.key(k)? {
            Key::Next | Key::Last => {
                let dir = if self.is(k, Key::Next) { 1 } else { -1 };
                if self.is(k + 1, Key::Decade) {
                    // ("ces dernières décennies", "in coming decades": a vague stretch)
                    if self.raw(k + 1).ends_with(['s', 'S']) {
                        return None;
                    }
                    (dir, 1, k + 2)
                } else {
                    let (n, d) = count(k + 1)?;
                    (dir, n, d + 1)
                }
            }
            // "les deux dernières décennies"
            _ if self.number(k).is_some_and(|(_, d)| {
                matches!(self.key(d), Some(Key::Next | Key::Last)) && self.is(d + 1, Key::Decade)
            }) =>
            {
                let (n, d) = self.number(k)?;
                (if self.is(d, Key::Next) { 1 } else { -1 }, n.clamp(1, 20), d + 2)
            }
            // ("la décennie passée"; not "après une décennie passée à Rome", spent)
            _ if k > i => {
                let (n, d) = count(k)?;
                let dir = match self.key(d + 1)? {
                    Key::Next | Key::Following => 1,
                    Key::Last => -1,
                    _ => return None,
                };
                (dir, n, d + 2)
            }
            _ => return None,
        };
        let years = 10 * n as i64;
        let v = if dir > 0 {
            TimeValue::span(y.add(Grain::Year, 1), y.add(Grain::Year, years + 1), Grain::Year)
        } else {
            TimeValue::span(y.add(Grain::Year, -years), y, Grain::Year)
        };
        Some((v, e))
    }

    /// A decade: "the 1990s", "the '90s", "les années 1990", "les années 90".
    fn decade(&self, i: usize) -> Read {
        let (year, e) = match (self.key(i)?, self.key(i + 1)) {
            (Key::Decades(y, bare), _) if !bare || (i > 0 && self.is(i - 1, Key::The)) => (y, i + 1),
            (Key::The, Some(Key::Decades(y, _))) => (y, i + 2),
            _ => {
                // French: "années" in the plural ("l'année 1990" is a year), then
                // the decade's first year
                let k = if self.is(i, Key::The) { i + 1 } else { i };
                let annees = self.raw(k).to_lowercase().starts_with("ann");
                if !self.is(k, Key::Unit(Grain::Year)) || self.lang != NumLang::Fr || !self.plural(k) || !annees {
                    return None;
                }
                let (year, e) = match self.key(k + 1)? {
                    Key::Digits(y, 4) if y % 10 == 0 && (1000..=2200).contains(&y) => (y as i32, k + 2),
                    Key::Digits(y, 2) if y % 10 == 0 => (1900 + y as i32, k + 2),
                    // spelled: "les années vingt", "les années quatre-vingt-dix"
                    Key::Num(_) => match self.number(k + 1)? {
                        (y, e) if y % 10 == 0 && (10..=90).contains(&y) => (1900 + y as i32, e),
                        _ => return None,
                    },
                    _ => return None,
                };
                // "les années 1970-1980", "les années 70 et 80": decades in a row (not
                // two apart, "les années 60 et 80")
                let last = match (self.key(e), self.key(e + 1)) {
                    (Some(sep @ (Key::Dash | Key::And | Key::To)), Some(Key::Digits(y, n @ (2 | 4))))
                        if y % 10 == 0 =>
                    {
                        let y = if n == 2 { 1900 + y as i32 } else { y as i32 };
                        let next = if sep == Key::And { y == year + 10 } else { y > year && y - year <= 50 };
                        next.then_some((y, e + 2))
                    }
                    _ => None,
                };
                match last {
                    Some((y, e)) => {
                        let from = DateTime::date(year, 1, 1)?;
                        return Some((TimeValue::span(from, DateTime::date(y + 10, 1, 1)?, Grain::Year), e));
                    }
                    None => (year, e),
                }
            }
        };
        let from = DateTime::date(year, 1, 1)?;
        Some((TimeValue::span(from, from.add(Grain::Year, 10), Grain::Year), e))
    }

    /// "earlier this month", "later in the year", "plus tôt cette semaine", "plus
    /// tard dans l'année": the half of the period before (after) its middle, cut
    /// at the reference when it falls inside that half (the Recognizers corpus's
    /// reading; the middle of a week is its Thursday).
    fn earlier_later(&self, i: usize) -> Read {
        let (earlier, k) = match (self.key(i)?, self.key(i + 1)) {
            (Key::Earlier, _) => (true, i + 1),
            (Key::Later, Some(Key::Start)) if self.lang == NumLang::Fr => (true, i + 2),
            (Key::Later, Some(Key::Late)) if self.lang == NumLang::Fr => (false, i + 2),
            (Key::Later, _) if self.lang == NumLang::En => (false, i + 1),
            _ => return None,
        };
        let k = match self.key(k)? {
            Key::This => k + 1,
            Key::In if self.is(k + 1, Key::The) => k + 2,
            _ => return None,
        };
        let Some(Key::Unit(g @ (Grain::Week | Grain::Month | Grain::Year))) = self.key(k) else { return None };
        let start = self.now.truncate(g);
        let end = start.add(g, 1);
        let mid = match g {
            Grain::Week => start.add_days(3),
            Grain::Month => start.add_days(15),
            _ => start.add(Grain::Month, 6),
        };
        let today = self.today();
        let v = if earlier {
            let to = if today > start && today < mid { today } else { mid };
            TimeValue::span(start, to, Grain::Day)
        } else {
            let from = if today > mid { today } else { mid };
            TimeValue::span(from, end, Grain::Day)
        };
        Some((v, k + 1))
    }

    /// The text of token `i` (empty past the end).
    /// [`written_hours`] of the word at `i`.
    fn hours_written(&self, i: usize) -> Option<(u32, u32)> {
        written_hours(self.raw(i))
    }

    /// The tokens from `x` to `y`, cut to the text's.
    fn toks_in(&self, x: usize, y: usize) -> &[Tok] {
        &self.toks[x.min(self.toks.len())..y.min(self.toks.len())]
    }

    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether a word of the clock stands before the French hours at `i` (whose
    /// "heures" ends before `after`): "à", "vers", "dès", "jusqu'à", "avant", "après",
    /// "entre", "et", "il était"; "de" when a range or a place in time goes with it
    /// ("de 8 heures à 21 heures", "à partir de", "aux environs de").
    fn clock_cue(&self, i: usize, after: usize) -> bool {
        // (or minutes or a day after it: "sept heures dix", "seize heures et quart", "dix
        // heures mercredi matin")
        let minutes = match self.key(after) {
            Some(Key::Num(_) | Key::Digits(..) | Key::Minus) => true,
            Some(Key::And) => {
                matches!(self.key(after + 1), Some(Key::Quarter | Key::Half | Key::Num(_) | Key::Digits(..)))
            }
            _ => false,
        };
        // (or a part of the day: "4 heures du matin", "une heure dans la nuit")
        let part = |q: usize| matches!(self.key(q), Some(Key::Morning | Key::Afternoon | Key::Evening | Key::Night));
        let of_part = matches!(self.key(after), Some(Key::Of | Key::In))
            && (part(after + 1) || self.is(after + 1, Key::The) && part(after + 2));
        if minutes || of_part || matches!(self.key(after), Some(Key::Weekday(_))) || self.raw_is(after, &["chaque"]) {
            return true;
        }
        let Some(b) = i.checked_sub(1) else { return false };
        if matches!(self.key(b), Some(Key::At | Key::Until | Key::Between | Key::And | Key::Dash)) {
            return true;
        }
        // ("jusqu'à" is one token, `Until`)
        if self.raw_is(b, &["dès", "avant", "après", "apres", "est", "était", "etait", "sont"]) {
            return true;
        }
        self.raw_is(b, &["de", "d'", "d’"])
            && (matches!(self.key(after), Some(Key::At | Key::Until | Key::To))
                || b > 0 && self.raw_is(b - 1, &["environs", "alentours", "autour", "partir", "aux"]))
    }

    /// Whether the word at `i` is one of `words`, whatever its case.
    fn raw_is(&self, i: usize, words: &[&str]) -> bool {
        let w = self.raw(i);
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    }

    /// Whether a number or an ordinal stands at `i` ("les samedis 8 et 15").
    fn number_at(&self, i: usize) -> bool {
        matches!(self.key(i), Some(Key::Digits(..) | Key::Num(_) | Key::Ordinal(_)))
    }

    /// Whether the word at `i` is a plural that makes a unit vague: in French
    /// "dernières", "prochains", "ces", "semaines" ("mois" is both), in English a
    /// unit ("the coming weeks").
    fn plural(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            let w = self.raw(i);
            match self.lang {
                NumLang::Fr => {
                    w.eq_ignore_ascii_case("ces")
                        || (w.len() > 3 || w.eq_ignore_ascii_case("ans"))
                            && w.ends_with('s')
                            && !w.eq_ignore_ascii_case("mois")
                }
                // (not a possessive: "this year's")
                NumLang::En => {
                    matches!(t.key, Key::Unit(_))
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("'s")
                        && !w.ends_with("’s")
                }
            }
        })
    }

    /// "aujourd'hui", "hier", "demain", "la veille", "le lendemain", "maintenant".
    fn relative_day(&self, i: usize) -> Read {
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        let t = self.today();
        let this_friday = t.truncate(Grain::Week).add_days(4);
        let (v, j) = match self.key(k)? {
            Key::Now => (TimeValue::point(self.now, Grain::Second), k + 1),
            Key::Today => (TimeValue::point(t, Grain::Day), k + 1),
            // "tonight", and "last night": evenings, from 18:00 to midnight
            Key::Tonight => {
                // "tonight at 11pm", "tonight at 8": a time of this evening
                let bare_hour = || {
                    let (h, e) = self.number(k + 2).filter(|(h, _)| self.is(k + 1, Key::At) && (1..=12).contains(h))?;
                    Some((TimeValue::point(t.with_time(h as u32, 0, 0), Grain::Hour), e))
                };
                let evening = TimeValue::span(t.with_time(18, 0, 0), t.add_days(1), Grain::Hour);
                if let Some((v, e)) = self.clock(k + 1, Some(t)).or_else(bare_hour) {
                    let late = v.from.map(|f| self.placed_in_part(evening, f, k + 1, e));
                    return Some((TimeValue { from: late, ..v }, e));
                }
                (evening, k + 1)
            }
            Key::Last if self.is(k + 1, Key::Night) && self.lang == NumLang::En => {
                let y = t.add_days(-1);
                let evening = TimeValue::span(y.with_time(18, 0, 0), t, Grain::Hour);
                // "last night at 8", "last night at 11:30pm": a time of that evening
                let bare_hour = || {
                    let (h, e) = self.number(k + 3).filter(|(h, _)| self.is(k + 2, Key::At) && (1..=12).contains(h))?;
                    Some((TimeValue::point(y.with_time(h as u32, 0, 0), Grain::Hour), e))
                };
                if let Some((v, e)) = self.clock(k + 2, Some(y)).or_else(bare_hour) {
                    let late = v.from.map(|f| self.placed_in_part(evening, f, k + 2, e));
                    return Some((TimeValue { from: late, ..v }, e));
                }
                (evening, k + 2)
            }
            Key::Yesterday => (TimeValue::point(t.add_days(-1), Grain::Day), k + 1),
            Key::Tomorrow => (TimeValue::point(t.add_days(1), Grain::Day), k + 1),
            Key::BeforeYesterday => (TimeValue::point(t.add_days(-2), Grain::Day), k + 1),
            Key::AfterTomorrow => (TimeValue::point(t.add_days(2), Grain::Day), k + 1),
            // ("la veille"; not "une cellule de veille", "en veille")
            // ("du jour au lendemain" is "overnight")
            Key::NextDay if k >= 2 && self.raw_is(k - 1, &["au"]) && self.raw_is(k - 2, &["jour"]) => return None,
            Key::Eve | Key::NextDay if k > i || self.whole || self.is(k, Key::NextDay) => {
                let step = if self.is(k, Key::Eve) { -1 } else { 1 };
                // ("accusé la veille de se faire utiliser": "de" opens the verb's complement)
                let verb_after = self.raw_is(k + 2, &["se", "s'", "ne", "n'", "avoir", "être", "faire", "dire"]);
                // "le lendemain du 13 février", "la veille de Noël"; "au lendemain de
                // l'élection", "à la veille du scrutin" are counted from an event whose
                // date is not known
                if self.is(k + 1, Key::Of) && !verb_after {
                    let (p, e) = self.calendar_date(k + 2).or_else(|| self.point(k + 2))?;
                    if p.interval || p.duration.is_some() || p.grain > Grain::Day {
                        return None;
                    }
                    return Some((TimeValue::point(p.from?.truncate(Grain::Day).add_days(step), Grain::Day), e));
                }
                (TimeValue::point(t.add_days(step), Grain::Day), k + 1)
            }
            // "the next day", "the following morning", "the previous day": of the story
            Key::Next | Key::Following | Key::Last
                if self.lang == NumLang::En && (k > i || self.whole) && {
                    let ahead = matches!(self.key(k), Some(Key::Next | Key::Following));
                    let day = self.is(k + 1, Key::Unit(Grain::Day)) && !self.plural(k + 1);
                    let part = matches!(self.key(k + 1), Some(Key::Morning | Key::Evening | Key::Night));
                    ahead && (day || part) || self.raw_is(k, &["previous"]) && day
                } =>
            {
                let step = if self.is(k, Key::Last) { -1 } else { 1 };
                let e = if self.is(k + 1, Key::Unit(Grain::Day)) { k + 2 } else { k + 1 };
                (TimeValue::point(t.add_days(step), Grain::Day), e)
            }
            // "ce jour"
            Key::This if self.is(k + 1, Key::Unit(Grain::Day)) => (TimeValue::point(t, Grain::Day), k + 2),
            // "at the moment"
            Key::At if self.is(k + 1, Key::The) && self.is(k + 2, Key::Moment) => {
                (TimeValue::point(self.now, Grain::Second), k + 3)
            }
            // "tout de suite"
            Key::All if self.is(k + 1, Key::Of) && self.is(k + 2, Key::Straight) => {
                (TimeValue::point(self.now, Grain::Second), k + 3)
            }
            // "en ce moment" (Duckling reads it as today)
            Key::En if self.is(k + 1, Key::This) && self.is(k + 2, Key::Moment) => {
                (TimeValue::point(t, Grain::Day), k + 3)
            }
            // "en semaine": the working days of this week
            Key::En if self.is(k + 1, Key::Unit(Grain::Week)) && !self.is(k + 2, Key::Of) => {
                let monday = t.truncate(Grain::Week);
                (TimeValue::span(monday, monday.add_days(5), Grain::Day), k + 2)
            }
            // "dans la journée", "dans la semaine"
            Key::In if self.is(k + 1, Key::The) && self.is(k + 2, Key::Journee) => {
                (TimeValue::point(t, Grain::Day), k + 3)
            }
            Key::In if self.is(k + 1, Key::The) && self.is(k + 2, Key::Unit(Grain::Week)) && !self.plural(k + 2) => {
                (TimeValue::point(t.truncate(Grain::Week), Grain::Week), k + 3)
            }
            // "ce week-end": Friday evening to Monday; in news of a Monday or a Tuesday, the
            // one just past ("a assuré ce week-end le ministre")
            Key::This if self.is(k + 1, Key::Weekend) => {
                let back = i64::from(self.lean == Lean::Past && t.weekday() <= 1);
                (weekend_from(this_friday.add_days(-7 * back)), k + 2)
            }
            // "over the weekend", "during the weekend": in news of the past, the one just gone
            // (under way on a Saturday or a Sunday), whatever the weekday
            Key::Weekend
                if self.lang == NumLang::En
                    && k >= 2
                    && self.is(k - 1, Key::The)
                    && (self.raw(k - 2).eq_ignore_ascii_case("over")
                        || self.raw(k - 2).eq_ignore_ascii_case("during")) =>
            {
                let back = i64::from(self.lean == Lean::Past && t.weekday() <= 4);
                (weekend_from(this_friday.add_days(-7 * back)), k + 1)
            }
            // "le week-end dernier", "last weekend", "this past weekend": the one before this
            // week's; "le week-end prochain", "next weekend": the coming one (after this
            // week's once it has begun)
            Key::Weekend | Key::Last | Key::Next | Key::This
                if matches!(
                    (self.key(k), self.key(k + 1), self.key(k + 2)),
                    (Some(Key::Weekend), Some(Key::Last | Key::Next | Key::Following), _)
                        | (Some(Key::Last | Key::Next), Some(Key::Weekend), _)
                        | (Some(Key::This), Some(Key::Last), Some(Key::Weekend))
                ) =>
            {
                let (last, e) = match (self.key(k), self.key(k + 1)) {
                    (Some(Key::Weekend), Some(Key::Last)) => (true, k + 2),
                    (Some(Key::Weekend), _) => (false, k + 2),
                    (Some(Key::Last), _) => (true, k + 2),
                    (Some(Key::Next), _) => (false, k + 2),
                    _ => (true, k + 3),
                };
                let friday = if last {
                    this_friday.add_days(-7)
                } else if t.weekday() <= 4 {
                    this_friday
                } else {
                    this_friday.add_days(7)
                };
                (weekend_from(friday), e)
            }
            Key::Unit(Grain::Day) => {
                // "le jour d'avant", "le jour précédent", "jour suivant", "le jour d'après",
                // "the day after tomorrow", "the day before yesterday"
                match (self.key(k + 1), self.key(k + 2)) {
                    (Some(Key::After), Some(Key::Tomorrow)) => (TimeValue::point(t.add_days(2), Grain::Day), k + 3),
                    (Some(Key::Before), Some(Key::Yesterday)) => (TimeValue::point(t.add_days(-2), Grain::Day), k + 3),
                    (Some(Key::Of), Some(Key::Before)) => (TimeValue::point(t.add_days(-1), Grain::Day), k + 3),
                    (Some(Key::Of), Some(Key::After)) => (TimeValue::point(t.add_days(1), Grain::Day), k + 3),
                    // "the day after,", "the day before." (not "the day after the vote")
                    (Some(Key::After | Key::Before), _)
                        if self.lang == NumLang::En && (k > i || self.whole) && self.bare_adverb(k + 2) =>
                    {
                        let step = if self.is(k + 1, Key::Before) { -1 } else { 1 };
                        (TimeValue::point(t.add_days(step), Grain::Day), k + 2)
                    }
                    // (not in the plural: "les jours passés", "100 jours passés à la tête")
                    (Some(Key::Last), _) if !self.plural(k) => (TimeValue::point(t.add_days(-1), Grain::Day), k + 2),
                    (Some(Key::Next | Key::Following), _) if !self.plural(k) => {
                        (TimeValue::point(t.add_days(1), Grain::Day), k + 2)
                    }
                    _ => return None,
                }
            }
            _ => return None,
        };
        // "hier soir", "demain matin", "tomorrow afternoon at 5"
        if v.grain == Grain::Day {
            if let Some((p, e)) = self.part_of_day(j, v.from?) {
                return self.hour_in_part(p, e).or(Some((p, e)));
            }
        }
        Some((v, j))
    }

    /// "le 22 décembre 2021", "vendredi 7 janvier", "le 1er mars", "premier
    /// mars", "March 3 2015", "the 15th of february", "1/3/2013", "2013-03-01",
    /// "17 02", "31 octobre 74", "mercredi 13", "jeudi 15".
    fn calendar_date(&self, i: usize) -> Read {
        let mut k = i;
        // ("on the March 15 ballot": "on" and "the" are both articles here)
        if self.lang == NumLang::En && self.is(k, Key::The) && self.is(k + 1, Key::The) {
            k += 1;
        }
        // ("ce vendredi 27 janvier": the demonstrative before a full date)
        if self.is(k, Key::The)
            || self.lang == NumLang::Fr
                && self.is(k, Key::This)
                && matches!(self.key(k + 1), Some(Key::Weekday(_)))
                && self.number_at(k + 2)
                && matches!(self.key(k + 3), Some(Key::Month(_) | Key::MonthAbbr(_)))
        {
            k += 1;
        }
        let mut weekday = None;
        let mut comma = false;
        if let Some(Key::Weekday(w)) = self.key(k) {
            weekday = Some(w);
            k += 1;
            if self.is(k, Key::Comma) {
                comma = true;
                k += 1;
            }
            if self.is(k, Key::The) {
                k += 1;
            }
        }
        // numeric forms
        if let Some(Key::NumericDate(d, m, y)) = self.key(k) {
            let j = k + 1;
            return match d {
                Some(d) => {
                    let date = self.resolve_day_month(d, m, y)?;
                    Some((TimeValue::point(date, Grain::Day), j))
                }
                None => Some((TimeValue::point(DateTime::date(y?, m, 1)?, Grain::Month), j)),
            };
        }
        // day then month: "7 janvier", "1er mars", "15th of february", "17 02", "20 2 2014"
        let day_at = |k: usize| -> Option<(u32, usize)> {
            match self.key(k)? {
                Key::Ordinal(d) if (1..=31).contains(&d) => Some((d as u32, k + 1)),
                // "the second of March": "second" reads as the unit elsewhere
                Key::Second if self.lang == NumLang::En && self.is(k + 1, Key::Of) => Some((2, k + 1)),
                Key::Digits(d, n) if n <= 2 && (1..=31).contains(&d) => Some((d as u32, k + 1)),
                Key::Num(_) => {
                    let (d, e) = self.number(k)?;
                    (1..=31).contains(&d).then_some((d as u32, e))
                }
                _ => None,
            }
        };
        if let Some((d, mut j)) = day_at(k) {
            if self.is(j, Key::Of) {
                j += 1;
            }
            let month = match self.key(j) {
                Some(Key::Month(m) | Key::MonthAbbr(m)) => Some((m, j + 1)),
                Some(Key::Digits(m, n)) if n <= 2 && (1..=12).contains(&m) && weekday.is_none() => {
                    Some((m as u32, j + 1))
                }
                _ => None,
            };
            if let Some((m, mut e)) = month {
                let year = self.year_at(e);
                if let Some((_, ye)) = year {
                    e = ye;
                }
                let date = self.resolve_day_month(d, m, year.map(|y| y.0))?;
                if weekday.is_some_and(|w| w != date.weekday()) && year.is_some() {
                    return None;
                }
                let date = match weekday {
                    Some(w) if year.is_none() => self.year_of_weekday(date, w),
                    _ => date,
                };
                return Some((TimeValue::point(date, Grain::Day), e));
            }
            // "mercredi 13", "jeudi 15": the next such weekday on that day of the
            // month (not "on Tuesday, the first time…", nor "jeudi une source": "un",
            // "une" alone are articles)
            let article = self.is(k, Key::Num(1));
            // (nor "Thursday 9 am", "Thursday 8 GMT": an hour, nor "Saturday 3 days from
            // now", "lundi 3 jours plus tard": a count)
            let hour = matches!(self.key(j), Some(Key::Am | Key::Pm | Key::OClock | Key::Zone(_) | Key::Unit(_)));
            if let Some(w) = weekday.filter(|_| !comma && !article && !hour) {
                // "lundi 23 ou mardi 24 juillet", "samedi 13 et dimanche 14 juillet": the
                // month named after the next day is this day's too, when the weekday fits
                let or_next = self.is(j, Key::And) || self.raw_is(j, &["ou", "or"]);
                let month_after = (j + 1..(j + 4).min(self.toks.len())).find_map(|x| match self.key(x) {
                    Some(Key::Month(m)) => Some(m),
                    _ => None,
                });
                let told = or_next
                    .then_some(month_after)
                    .flatten()
                    .and_then(|m| self.resolve_day_month(d, m, None))
                    .map(|x| self.year_of_weekday(x, w))
                    .filter(|x| x.weekday() == w);
                let date = match told {
                    Some(x) => x,
                    None => self.weekday_on_day(w, d)?,
                };
                return Some((TimeValue::point(date, Grain::Day), j));
            }
        }
        // year, month, day: "2019 Aug 01" ("2019/aug/01", "2019-aug-1")
        let k = if self.is(k, Key::At) && weekday.is_none() { k + 1 } else { k };
        if let (Some(Key::Digits(y, 4)), Some(Key::Month(m) | Key::MonthAbbr(m))) = (self.key(k), self.key(k + 1)) {
            if let Some((d, e)) = day_at(k + 2).filter(|_| (1000..=2200).contains(&y)) {
                let date = DateTime::date(y as i32, m, d)?;
                return Some((TimeValue::point(date, Grain::Day), e));
            }
        }
        // month then day: "March 3 2015", "Feb 18", "July 13", "February the 15th"
        if let Some(Key::Month(m) | Key::MonthAbbr(m)) = self.key(k) {
            let after_the = if self.lang == NumLang::En && self.is(k + 1, Key::The) { k + 2 } else { k + 1 };
            if let Some((d, mut e)) = day_at(after_the) {
                if self.is(e, Key::Comma) && self.year_at(e + 1).is_some() {
                    e += 1;
                }
                let year = self.year_at(e);
                if let Some((_, ye)) = year {
                    e = ye;
                }
                let date = self.resolve_day_month(d, m, year.map(|y| y.0))?;
                // "Jul 18, Fri": the weekday after the date
                let weekday = match (weekday, self.key(e), self.key(e + 1)) {
                    (None, Some(Key::Comma), Some(Key::Weekday(w))) if self.lang == NumLang::En => {
                        e += 2;
                        Some(w)
                    }
                    (w, ..) => w,
                };
                let date = match weekday {
                    Some(w) if year.is_none() => self.year_of_weekday(date, w),
                    Some(w) if w != date.weekday() => return None,
                    _ => date,
                };
                return Some((TimeValue::point(date, Grain::Day), e));
            }
        }
        None
    }

    /// A day and month written with their weekday but no year ("Fri, Jul 18",
    /// "Sunday, Feb 10", "mardi 26 juin"): the year before or after `date`'s when the
    /// weekday is that day's there, else `date` as it is (a weekday that fits no
    /// year near is rather a slip). In French, only a year within half a year of
    /// the reference: "mardi 26 juin" in April is the coming one, but "vendredi 9
    /// juillet" of a 2020 paper, a slip for Thursday, stays in 2020.
    fn year_of_weekday(&self, date: DateTime, w: u32) -> DateTime {
        if date.weekday() == w {
            return date;
        }
        let t = self.today();
        (-1..=1)
            .filter_map(|k| DateTime::date(date.year + k, date.month, date.day))
            .filter(|x| x.weekday() == w)
            .filter(|x| self.lang == NumLang::En || (x.days() - t.days()).abs() <= 183)
            .min_by_key(|x| (x.days() - t.days()).abs())
            .unwrap_or(date)
    }

    /// A year after a date: four digits, or two after a month name ("31 octobre 74").
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        // "le 23 novembre de 1987"
        if self.is(i, Key::Of) && matches!(self.key(i + 1), Some(Key::Digits(_, 4))) {
            return self.year_at(i + 1);
        }
        match self.key(i)? {
            Key::Digits(y, 4) if (1000..=2200).contains(&y) => Some((y as i32, i + 1)),
            // (not a count after the date: "le 10 juillet (11 au total)", "le 10 juillet 11
            // personnes sont mortes")
            Key::Digits(y, 2) => {
                let opened = self.toks[i].start > 0 && self.text.as_bytes()[self.toks[i].start - 1] == b'(';
                // (French: "January first 12 was a special day" is 2012)
                let counts = self.lang == NumLang::Fr
                    && self.is(i + 1, Key::Other)
                    && self.raw(i + 1).starts_with(|c: char| c.is_lowercase());
                (!opened && !counts).then(|| ((if y < 50 { 2000 } else { 1900 }) + y as i32, i + 1))
            }
            // spelled, as said aloud: "two thousand and fifteen", "nineteen hundred ninety
            // three", or in two halves, "nineteen ninety six", "dix-neuf cent soixante-douze"
            // (not a count of the noun after it: "In May two thousand people marched")
            Key::Num(_) => {
                let noun = |j: usize| self.is(j, Key::Other) && self.raw(j).starts_with(char::is_lowercase);
                let (a, e) = self.number(i)?;
                if (1000..=2200).contains(&a) {
                    return (!noun(e)).then_some((a as i32, e));
                }
                let (b, f) = self.number(e).filter(|(b, _)| (10..100).contains(b))?;
                ((10..=20).contains(&a) && e == i + 1 && !noun(f)).then_some(((a * 100 + b) as i32, f))
            }
            _ => None,
        }
    }

    /// A day and month without a year: this year's, or the next (or last) one
    /// as the lean says.
    fn resolve_day_month(&self, d: u32, m: u32, y: Option<i32>) -> Option<DateTime> {
        if let Some(y) = y {
            return DateTime::date(y, m, d);
        }
        // the nearest on the side the text leans to ("le 29 février" in a year
        // without one is the nearest leap year's), unless that is years away and
        // the other side's is within the year (a coming "samedi 29 février")
        let t = self.today();
        let valid = |y: i32| DateTime::date(y, m, d);
        let after = || (t.year..t.year + 8).find_map(|y| valid(y).filter(|x| *x >= t));
        let before = || (t.year - 8..=t.year).rev().find_map(|y| valid(y).filter(|x| *x <= t));
        let (leaned, other) = match self.lean {
            Lean::Future => (after(), before()),
            Lean::Past => (before(), after()),
        };
        let far = |x: &DateTime| (x.days() - t.days()).abs() > 366;
        // a news text names a day without its year when it is near: "au 1er juillet"
        // in a past-tense sentence of 12 June is weeks ahead, not eleven months back
        let days = |x: &DateTime| (x.days() - t.days()).abs();
        match (leaned, other) {
            (Some(l), Some(o)) if far(&l) && !far(&o) => Some(o),
            (Some(l), Some(o)) if !self.whole && days(&l) > 240 && days(&o) <= 62 => Some(o),
            (l, o) => l.or(o),
        }
    }

    fn weekday_on_day(&self, w: u32, d: u32) -> Option<DateTime> {
        let t = self.today();
        let step: i64 = if self.lean == Lean::Future { 1 } else { -1 };
        let mut m = DateTime { day: 1, ..t };
        for _ in 0..48 {
            if let Some(x) = DateTime::date(m.year, m.month, d) {
                let ok = if step > 0 { x >= t } else { x <= t };
                if ok && x.weekday() == w {
                    return Some(x);
                }
            }
            m = m.add_months(step);
        }
        None
    }

    /// "lundi", "ce lundi", "lundi prochain", "mardi suivant", "dimanche
    /// dernier", "lundi en huit", "mardi de la semaine prochaine", "next
    /// wednesday", "last sunday", "friday after next".
    fn weekday(&self, i: usize) -> Read {
        let mut k = i;
        let mut pre = None;
        // ("on this week Monday": the article before "this" says nothing)
        if self.lang == NumLang::En
            && self.is(k, Key::The)
            && matches!(self.key(k + 1), Some(Key::This | Key::Next | Key::Last))
        {
            k += 1;
        }
        if matches!(self.key(k), Some(Key::This | Key::Next | Key::Last | Key::The)) {
            pre = self.key(k);
            k += 1;
        }
        // "the following Friday": next week's, as "vendredi suivant"
        if self.lang == NumLang::En
            && matches!(pre, None | Some(Key::The))
            && self.is(k, Key::Following)
            && matches!(self.key(k + 1), Some(Key::Weekday(_)))
        {
            pre = Some(Key::Following);
            k += 1;
        }
        // "next week Mon", "last week Friday", "next week on Tuesday": that week's day
        let on = usize::from(self.lang == NumLang::En && self.raw_is(k + 1, &["on"]));
        // ("last week's Sunday")
        let week = |x: usize| self.is(x, Key::Unit(Grain::Week)) || self.raw_is(x, &["week's", "week’s"]);
        if let (Some(q @ (Key::Next | Key::Last | Key::This)), true, Some(Key::Weekday(w))) =
            (pre, week(k), self.key(k + 1 + on))
        {
            let k = k + on;
            if self.lang == NumLang::En {
                let weeks = match q {
                    Key::Next => 1,
                    Key::Last => -1,
                    _ => 0,
                };
                let day = self.today().truncate(Grain::Week).add_days(weeks * 7 + w as i64);
                return Some((TimeValue::point(day, Grain::Day), k + 2));
            }
        }
        let Some(Key::Weekday(w)) = self.key(k) else { return None };
        // "Friday 7-6": an English month and day joined by a dash, the weekday's own
        // (a pair that falls on no such weekday near is no date: "Monday 12-4" is hours)
        if let (NumLang::En, Some(Key::Digits(m, 1 | 2)), Some(Key::Dash), Some(Key::Digits(d, 1 | 2))) =
            (self.lang, self.key(k + 1), self.key(k + 2), self.key(k + 3))
        {
            let date = self.resolve_day_month(d as u32, m as u32, None).map(|x| self.year_of_weekday(x, w));
            if let Some(date) = date.filter(|x| x.weekday() == w) {
                return Some((TimeValue::point(date, Grain::Day), k + 4));
            }
        }
        // a capitalised weekday after "du" and a name is a title's ("le Journal du
        // Dimanche")
        if self.lang == NumLang::Fr
            && k >= 2
            && self.capitalised(k)
            && self.raw_is(k - 1, &["du"])
            && self.capitalised(k - 2)
        {
            return None;
        }
        // a plural is no one day ("les samedis", "quatre samedis de mobilisation"), but
        // for its dates ("les samedis 8 et 15 janvier")
        if self.plural_word(k) && !self.number_at(k + 1) {
            return None;
        }
        let t = self.today();
        let mut j = k + 1;
        let week_start = t.truncate(Grain::Week);
        let in_week = |offset: i64| week_start.add_days(offset * 7 + w as i64);
        let next_occurrence = |strict: bool| {
            let delta = (w as i64 - t.weekday() as i64).rem_euclid(7);
            t.add_days(if delta == 0 && strict { 7 } else { delta })
        };
        let last_occurrence = || {
            let delta = (t.weekday() as i64 - w as i64).rem_euclid(7);
            t.add_days(-(if delta == 0 { 7 } else { delta }))
        };
        // in news, a bare weekday that is the publication day's is that day
        // ("ont atterri vendredi" in Friday's paper)
        // "ahead of Tuesday's primary", "in the run-up to Sunday's vote": an event to come
        // whatever the tense ("Christie campaigned ahead of Tuesday's primary"; not "the
        // months leading up to", which looks back as often)
        let ahead = self.lang == NumLang::En
            && i >= 2
            && (self.raw_is(i - 2, &["ahead"]) && self.raw_is(i - 1, &["of"])
                || self.raw_is(i - 2, &["up", "run-up"])
                    && self.raw_is(i - 1, &["to"])
                    && !(i >= 3 && self.raw_is(i - 3, &["leading"])));
        let bare = || match self.lean {
            _ if ahead => next_occurrence(false),
            Lean::Future => next_occurrence(!self.news),
            Lean::Past => t.add_days(-((t.weekday() as i64 - w as i64).rem_euclid(7))),
        };
        let date = match (pre, self.key(j), self.key(j + 1), self.key(j + 2), self.key(j + 3)) {
            // "Sunday from last week", "Monday of next week"
            (
                None,
                Some(Key::From | Key::Of),
                Some(k2 @ (Key::Next | Key::Last | Key::This)),
                Some(Key::Unit(Grain::Week)),
                _,
            ) if self.lang == NumLang::En => {
                j += 3;
                in_week(match k2 {
                    Key::Next => 1,
                    Key::Last => -1,
                    _ => 0,
                })
            }
            // "lundi de la semaine prochaine", "mardi la semaine suivante", "dimanche de la semaine dernière"
            (
                _,
                Some(Key::Of),
                Some(Key::The),
                Some(Key::Unit(Grain::Week)),
                Some(k2 @ (Key::Next | Key::Following | Key::Last)),
            ) => {
                j += 4;
                in_week(if k2 == Key::Last { -1 } else { 1 })
            }
            (
                _,
                Some(Key::The),
                Some(Key::Unit(Grain::Week)),
                Some(k2 @ (Key::Next | Key::Following | Key::Last)),
                _,
            ) => {
                j += 3;
                in_week(if k2 == Key::Last { -1 } else { 1 })
            }
            (_, Some(Key::The), Some(Key::Unit(Grain::Week)), Some(Key::Of), Some(Key::After)) => {
                j += 4;
                in_week(1)
            }
            (_, Some(Key::Of), Some(Key::The), Some(Key::Unit(Grain::Week)), Some(Key::Of))
                if self.is(j + 4, Key::After) =>
            {
                j += 5;
                in_week(1)
            }
            (_, Some(Key::This), Some(Key::Unit(Grain::Week)), _, _) => {
                j += 2;
                in_week(0)
            }
            // "wednesday of next week", "wednesday next week", "monday of this week"
            (_, Some(Key::Of), Some(k2 @ (Key::Next | Key::Last | Key::This)), Some(Key::Unit(Grain::Week)), _)
            | (_, Some(k2 @ (Key::Next | Key::Last)), Some(Key::Unit(Grain::Week)), _, _)
                if self.lang == NumLang::En =>
            {
                j += if self.is(j, Key::Of) { 3 } else { 2 };
                in_week(match k2 {
                    Key::Next => 1,
                    Key::Last => -1,
                    _ => 0,
                })
            }
            // "lundi en huit", "mardi en 15" (not "Thursday at 8", a time)
            (_, Some(Key::En), Some(Key::Num(n) | Key::Digits(n, _)), _, _)
                if (n == 8 || n == 15) && self.lang == NumLang::Fr =>
            {
                j += 2;
                next_occurrence(false).add_days(if n == 8 { 7 } else { 14 })
            }
            // "friday after next"
            (_, Some(Key::After), Some(Key::Next), _, _) => {
                j += 2;
                next_occurrence(true).add_days(7)
            }
            // "mercredi prochain"
            (None | Some(Key::The), Some(Key::Next), _, _, _) if self.lang == NumLang::Fr => {
                j += 1;
                next_occurrence(true)
            }
            // "mercredi suivant", "mardi d'après": the next week's
            (None | Some(Key::The), Some(Key::Following), _, _, _) => {
                j += 1;
                in_week(1)
            }
            (None | Some(Key::The), Some(Key::Of), Some(Key::After), _, _) => {
                j += 2;
                in_week(1)
            }
            (None | Some(Key::The), Some(Key::Last), _, _, _) => {
                j += 1;
                last_occurrence()
            }
            (Some(Key::Following), ..) => in_week(1),
            (Some(Key::Next), ..) => {
                // "next wednesday": the one of next week
                if self.lang == NumLang::En {
                    in_week(1).max(next_occurrence(true))
                } else {
                    next_occurrence(true)
                }
            }
            (Some(Key::Last), ..) => last_occurrence(),
            // "ce samedi" in a sentence of the past is the last one ("Ce samedi soir, la
            // star était aux commandes" in Sunday's paper), else the coming one
            (Some(Key::This), ..) if self.lean == Lean::Past => bare(),
            (Some(Key::This), ..) => next_occurrence(false),
            _ => bare(),
        };
        Some((TimeValue::point(date, Grain::Day), j))
    }

    /// "mars", "en mars", "au mois de mars", "le mois de mars", "mars 2013",
    /// "en 2010", "2014".
    /// Whether the number at `k` counts the lowercase word right after it
    /// ("In December, 2000 people marched": no year).
    fn counts_a_noun(&self, k: usize) -> bool {
        let after = self.toks.get(k).map_or("", |t| &self.text[t.end..]);
        let after = after.strip_prefix(' ').unwrap_or(after);
        after.chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether the words from `x` to `y` name a month, or a day and month, but
    /// no year nor a word that places them ("from April to June", "10/1", not
    /// "next June", "today").
    fn year_left_out(&self, x: usize, y: usize) -> bool {
        let toks = self.toks_in(x, y);
        toks.iter().any(|t| matches!(t.key, Key::Month(_) | Key::MonthAbbr(_) | Key::NumericDate(_, _, None)))
            && !toks.iter().any(|t| {
                matches!(
                    t.key,
                    Key::Digits(_, 4)
                        | Key::NumericDate(_, _, Some(_))
                        | Key::Today
                        | Key::Tomorrow
                        | Key::Yesterday
                        | Key::Now
                        | Key::Next
                        | Key::Last
                        | Key::This
                        | Key::Following
                        | Key::Weekday(_)
                )
            })
    }

    /// Whether "durée de" stands before `i`: "d'une durée de 3 heures" is a
    /// length, no time of day.
    /// Whether a phrase can end before `i`: the text ends, a mark or a
    /// preposition or conjunction follows.
    fn ends_phrase(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return true };
        !self.raw(i).starts_with(char::is_alphanumeric)
            || t.key != Key::Other
            || self.raw_is(
                i,
                &[
                    "pour", "et", "ou", "avec", "contre", "jusqu'en", "à", "par", "soit", "sans", "mais", "afin",
                    "selon",
                ],
            )
    }

    /// Whether the word at `i` ends a phrase whose last word is an adverb ("deux
    /// jours après, il", "two days before."), so that nothing follows it as its
    /// complement ("deux jours après son arrestation").
    fn bare_adverb(&self, i: usize) -> bool {
        self.toks.get(i).is_none()
            || !self.raw(i).starts_with(char::is_alphanumeric)
            || self.raw_is(
                i,
                // (not the English pronouns: "the day before they head to the polls" is a
                // clause's event)
                &["et", "ou", "mais", "il", "elle", "ils", "elles", "on", "and", "or", "but"],
            )
    }

    fn after_length_word(&self, i: usize) -> bool {
        // "sur trois ans", "étalé sur deux jours": a span of the stated length
        // ("sur les trois dernières années" is a range, read elsewhere)
        i >= 2 && self.raw_is(i - 2, &["durée", "duree"]) && self.is(i - 1, Key::Of)
            || self.lang == NumLang::Fr && i >= 1 && self.raw_is(i - 1, &["sur"])
            // "le vote a duré 2 heures", "the siege lasted 2.5 hours": a length, no hour
            || i >= 1 && self.raw_is(i - 1, LASTED)
    }

    /// Whether the count of years from `k` to `end` is an age: "68 years old",
    /// "68 years of age", "aged 68 years", "at the age of 68 years".
    fn age_near(&self, k: usize, end: usize) -> bool {
        let end = if self.is(end, Key::Dash) { end + 1 } else { end };
        self.raw_is(end, &["old"])
            || self.raw_is(end, &["of"]) && self.raw_is(end + 1, &["age"])
            || k > 0 && self.raw_is(k - 1, &["aged", "age", "ages"])
            || k > 1 && self.raw_is(k - 2, &["age"])
    }

    /// Whether "pendant" or "durant" stands before `i`, maybe with a hedge
    /// between ("pendant près de six heures" is a length).
    fn after_pendant(&self, i: usize) -> bool {
        let mut x = i;
        while x > 0 && self.raw_is(x - 1, &["près", "de", "d'", "environ", "plus", "moins", "quelque"]) && i - x < 3 {
            x -= 1;
        }
        x > 0 && self.raw_is(x - 1, &["pendant", "durant"])
    }

    fn capitalised(&self, k: usize) -> bool {
        self.raw(k).starts_with(|c: char| c.is_uppercase())
    }

    /// Whether a month name stands at `k` and another across a range word
    /// ("Jan-Feb", "Sep to Nov", "from Sep through Nov").
    fn month_beside(&self, k: usize) -> bool {
        let month = |x: usize| matches!(self.key(x), Some(Key::Month(_) | Key::MonthAbbr(_)));
        let range = |x: usize| matches!(self.key(x), Some(Key::Dash | Key::To | Key::Until));
        month(k) && (range(k + 1) && month(k + 2) || k >= 2 && range(k - 1) && month(k - 2))
    }

    fn month_year(&self, i: usize) -> Read {
        let mut k = i;
        while matches!(
            self.key(k),
            Some(Key::In | Key::En | Key::At | Key::To | Key::The | Key::Of | Key::Next | Key::This)
        ) || self.is(k, Key::Unit(Grain::Month))
            // "the year 2019", "l'année 2015", "l'an 2000": the year itself
            // (singular: "les années 1980" are a decade)
            || self.raw_is(k, &["année", "annee", "an", "year"])
                && k > 0
                && self.is(k - 1, Key::The)
                && matches!(self.key(k + 1), Some(Key::Digits(_, 4)))
        {
            k += 1;
        }
        let next = self.is(i, Key::Next);
        // "cette décembre", "this September": the month of this year
        let this = (i..k).any(|x| self.is(x, Key::This));
        match self.key(k)? {
            // "Nov 2018" (not "Nov 18", a day)
            // "Dec, 2018", "December, 2018"
            Key::MonthAbbr(m) | Key::Month(m)
                if self.lang == NumLang::En
                    && self.is(k + 1, Key::Comma)
                    && matches!(self.key(k + 2), Some(Key::Digits(_, 4)))
                    && !self.counts_a_noun(k + 2) =>
            {
                let (y, e) = self.year_at(k + 2)?;
                Some((TimeValue::point(DateTime::date(y, m, 1)?, Grain::Month), e))
            }
            Key::MonthAbbr(m) if matches!(self.key(k + 1), Some(Key::Digits(_, 4))) => {
                let (y, e) = self.year_at(k + 1)?;
                Some((TimeValue::point(DateTime::date(y, m, 1)?, Grain::Month), e))
            }
            // "Jan-Feb", "from Sep to Nov": an abbreviation is a month beside another
            // across a range word
            Key::MonthAbbr(m) | Key::Month(m) if matches!(self.key(k), Some(Key::Month(_))) || self.month_beside(k) => {
                let t = self.today();
                // a French month is lower case: "Mars" alone amid a sentence is the
                // planet or a title ("Seul sur Mars")
                // (and at the start of a sentence, the subject of a verb: "Mars a ce problème")
                // ("Mai a été plus chaud" is the month: Mars alone is also a planet and a firm)
                let subject =
                    k == 0 && m == 3 && self.raw_is(k + 1, &["a", "est", "était", "sera", "serait", "possède", "n'a"]);
                if self.lang == NumLang::Fr
                    && self.capitalised(k)
                    && k == i
                    && (k > 0 || subject)
                    && !self.month_beside(k)
                {
                    return None;
                }
                if let Some(Key::Digits(y, 4)) = self.key(k + 1) {
                    return Some((TimeValue::point(DateTime::date(y as i32, m, 1)?, Grain::Month), k + 2));
                }
                // "October two thousand and five", "août deux mille quinze": a year spelled
                if let Some((y, e)) = self.year_at(k + 1).filter(|_| matches!(self.key(k + 1), Some(Key::Num(_)))) {
                    return Some((TimeValue::point(DateTime::date(y, m, 1)?, Grain::Month), e));
                }
                // "April of 1987", "April of 87"
                if self.lang == NumLang::En && self.raw_is(k + 1, &["of"]) {
                    if let Some((y, e)) = self.year_at(k + 2) {
                        return Some((TimeValue::point(DateTime::date(y, m, 1)?, Grain::Month), e));
                    }
                }
                // "juillet 98": two digits that cannot be a day are a year
                if let Some(Key::Digits(y, 2)) = self.key(k + 1).filter(|_| self.lang == NumLang::Fr) {
                    if y > 31 {
                        let year = if y < 50 { 2000 } else { 1900 } + y as i32;
                        return Some((TimeValue::point(DateTime::date(year, m, 1)?, Grain::Month), k + 2));
                    }
                }
                let mut y = t.year;
                let this_month = DateTime::date(y, m, 1)?;
                match self.lean {
                    _ if this => {}
                    Lean::Future if this_month < t.truncate(Grain::Month) || (next && m == t.month) => y += 1,
                    Lean::Past if this_month > t => y -= 1,
                    _ => {}
                }
                // a month named without its year in a news text is near, as a day is (see
                // `resolve_day_month`): "un rassemblement fin août" on 23 July is weeks
                // ahead, not eleven months back
                if !self.whole && !this && y != t.year {
                    let days = |y: i32| DateTime::date(y, m, 15).map_or(i64::MAX, |x| (x.days() - t.days()).abs());
                    if days(y) > 240 && days(t.year) <= 62 {
                        y = t.year;
                    }
                }
                Some((TimeValue::point(DateTime::date(y, m, 1)?, Grain::Month), k + 1))
            }
            // "in nineteen ninety six", "en deux mille quinze": a year spelled after its
            // preposition alone, in lower case and two words at least ("dans Mille et une
            // vies" is a title)
            Key::Num(_)
                if k == i + 1
                    && matches!(self.key(i), Some(Key::In | Key::En))
                    && self.raw(k).starts_with(char::is_lowercase) =>
            {
                let (y, e) = self.year_at(k).filter(|&(_, e)| e > k + 1)?;
                Some((TimeValue::point(DateTime::date(y, 1, 1)?, Grain::Year), e))
            }
            // "2014 AD", "in 14 a.d.": a year of the Christian era, whatever its digits
            Key::Digits(y, _) if (1..=2200).contains(&y) && self.raw_is(k + 1, &["ad", "a.d.", "a.d"]) => {
                Some((TimeValue::point(DateTime::date(y as i32, 1, 1)?, Grain::Year), k + 2))
            }
            // (not a clock before a zone: "at 1030 GMT")
            Key::Digits(y, 4)
                if (1000..=2200).contains(&y)
                    && !(matches!(self.key(k + 1), Some(Key::Zone(_))) && y / 100 <= 23 && y % 100 < 60) =>
            {
                Some((TimeValue::point(DateTime::date(y as i32, 1, 1)?, Grain::Year), k + 1))
            }
            _ => None,
        }
    }

    /// "cette semaine", "la semaine prochaine", "le mois dernier", "l'année
    /// prochaine", "next quarter", "last year", "les 3 prochains jours", "2
    /// dernières semaines", "next 3 hours", "pour le reste de la semaine".
    fn relative_period(&self, i: usize) -> Read {
        let mut k = i;
        while matches!(self.key(k), Some(Key::The | Key::In | Key::Within)) {
            k += 1;
        }
        let t = self.now;
        // "pour le reste de la semaine", "for the rest of the year": from today to the
        // period's end (from this hour for "the rest of the day"); without "pour" it is most
        // often any other time of a year, "taxés le reste de l'année"
        let scoped = i > 0 && self.is(i - 1, Key::For) || self.whole;
        if scoped && self.is(k, Key::Rest) && self.is(k + 1, Key::Of) {
            let u = if self.is(k + 2, Key::The) { k + 3 } else { k + 2 };
            let unit = match self.key(u) {
                Some(Key::Unit(g)) => Some(g),
                Some(Key::Journee) => Some(Grain::Day),
                _ => None,
            };
            if let Some(g) = unit {
                if g >= Grain::Day && !self.plural(u) {
                    let end = t.truncate(g).add(g, 1);
                    let (from, grain) = if g == Grain::Day {
                        (t.truncate(Grain::Hour), Grain::Hour)
                    } else {
                        (t.truncate(Grain::Day), Grain::Day)
                    };
                    return Some((TimeValue::span(from, end, grain), u + 1));
                }
            }
        }
        // "the past fortnight", "the next fortnight": two weeks, as "the past two weeks"
        if self.lang == NumLang::En && self.is(k + 1, Key::Fortnight) {
            let base = t.truncate(Grain::Week);
            match self.key(k) {
                Some(Key::Last) => return Some((TimeValue::span(base.add(Grain::Week, -2), base, Grain::Week), k + 2)),
                Some(Key::Next | Key::Following) => {
                    return Some((
                        TimeValue::span(base.add(Grain::Week, 1), base.add(Grain::Week, 3), Grain::Week),
                        k + 2,
                    ))
                }
                _ => {}
            }
        }
        // "ces dernières semaines", "les prochains jours": a vague stretch, not one unit
        let vague = || self.plural(k) || self.plural(k + 1);
        // "cette semaine", "next week", "last year"
        if let (Some(q @ (Key::This | Key::Next | Key::Following | Key::Last)), Some(Key::Unit(g))) =
            (self.key(k), self.key(k + 1))
        {
            if g > Grain::Day && !vague() {
                let n = match q {
                    Key::Next | Key::Following => 1,
                    Key::Last => -1,
                    _ => 0,
                };
                let start = t.truncate(g).add(g, n);
                return Some((TimeValue::point(start, g), k + 2));
            }
        }
        // "la semaine prochaine", "le mois dernier", "l'année prochaine", "la semaine qui suit"
        if let Some(Key::Unit(g)) = self.key(k) {
            if g > Grain::Day && !vague() {
                let n = match self.key(k + 1) {
                    // "the week after next", "the year before last"
                    Some(Key::After) if self.is(k + 2, Key::Next) && k > i => Some((2, k + 3)),
                    Some(Key::Before) if self.is(k + 2, Key::Last) && k > i => Some((-2, k + 3)),
                    Some(Key::Next | Key::Following) => Some((1, k + 2)),
                    Some(Key::Last) => Some((-1, k + 2)),
                    // "la semaine qui suit"
                    Some(Key::Other) if self.is(k + 2, Key::Following) => Some((1, k + 3)),
                    _ => None,
                };
                if let Some((n, e)) = n {
                    return Some((TimeValue::point(t.truncate(g).add(g, n), g), e));
                }
            }
        }
        // "les 3 prochains jours", "2 dernières semaines", "next 3 hours", "2 semaines passées"
        let (count, dir, e) = {
            let (n1, e1) = match self.key(k) {
                // ("il a passé quatre ans en prison": a verb, not the last four years)
                Some(Key::Last) if self.lang == NumLang::Fr && self.raw(k).to_lowercase().starts_with("pass") => {
                    return None;
                }
                Some(Key::Next | Key::Last) => {
                    // "the next few days", "the past several weeks": three, as assistants
                    // read it, marked rough
                    let few = matches!(self.key(k + 1), Some(Key::Few | Key::Vague)).then_some((3, k + 2));
                    let (n, e) = few.or_else(|| self.number(k + 1))?;
                    (Some((n, if self.is(k, Key::Next) { 1 } else { -1 })), e)
                }
                _ => {
                    let (n, e) = self.number(k)?;
                    match self.key(e) {
                        Some(Key::Next | Key::Following) => (Some((n, 1)), e + 1),
                        Some(Key::Last) => (Some((n, -1)), e + 1),
                        _ => (Some((n, 0)), e),
                    }
                }
            };
            let (n, mut dir) = n1?;
            let Some(Key::Unit(_)) = self.key(e1) else { return None };
            let mut e = e1 + 1;
            // the count before its unit and the direction after ("2 semaines passées") is
            // French; English "2 hours next month" is a length, then a month
            if dir == 0 && self.lang == NumLang::En {
                return None;
            }
            // "les trois semaines à venir", "les deux années écoulées"
            // ("j'ai mis trois minutes à venir" is a verb: the count has its article)
            let coming = self.is(e, Key::At)
                && self.raw_is(e + 1, &["venir"])
                && k > 0
                && self.raw_is(k - 1, &["les", "des", "ces"]);
            if coming {
                e += 1;
            }
            if dir == 0 {
                dir = match self.key(e) {
                    Some(Key::Next | Key::Following) => 1,
                    _ if coming => 1,
                    Some(Key::Last) => -1,
                    _ if self.raw_is(e, &["écoulés", "écoulées", "ecoules", "ecoulees"]) => -1,
                    _ => return None,
                };
                // "trois ans passés à la tête de", "18 mois passés derrière les barreaux":
                // years spent somewhere, not the last three
                let spent = self.raw(e).to_lowercase().starts_with("pass")
                    && (self.is(e + 1, Key::At)
                        || self.raw_is(
                            e + 1,
                            &[
                                "ailleurs",
                                "derrière",
                                "sur",
                                "en",
                                "au",
                                "aux",
                                "dans",
                                "chez",
                                "loin",
                                "hors",
                                "auprès",
                            ],
                        ));
                if spent {
                    return None;
                }
                e += 1;
            }
            (n, dir, e)
        };
        let Some(Key::Unit(g)) = (k..e).rev().find_map(|x| self.key(x).filter(|k| matches!(k, Key::Unit(_)))) else {
            return None;
        };
        let base = t.truncate(g);
        let n = count as i64;
        // what is "à venir" runs from today ("les 12 mois à venir" end a year from now)
        let coming = e >= 2 && self.is(e - 2, Key::At) && self.raw_is(e - 1, &["venir"]);
        let v = if coming {
            let start = t.truncate(g.min(Grain::Day));
            TimeValue::span(start, start.add(g, n), g.min(Grain::Day))
        } else if dir > 0 {
            TimeValue::span(base.add(g, 1), base.add(g, n + 1), g)
        } else {
            TimeValue::span(base.add(g, -n), base, g)
        };
        Some((v, e))
    }

    /// "dans 3 jours", "il y a deux heures", "deux jours plus tard", "in 2
    /// minutes", "a week ago", "3 years from today", "7 days hence".
    fn offset(&self, i: usize) -> Read {
        let t = self.now;
        // "il y a": the words "il" and "y" are not keys; look for At after two Others
        let il_y_a = self.is(i, Key::Il)
            && self.is(i + 1, Key::Other)
            && self.is(i + 2, Key::At)
            && self.toks.get(i + 1).is_some_and(|x| x.end - x.start == 1);
        // "il ya deux jours", as typed in a hurry
        let il_ya = self.is(i, Key::Il) && self.raw_is(i + 1, &["ya"]);
        let (sign, k) = match self.key(i)? {
            Key::In => (1, i + 1),
            _ if il_y_a => (-1, i + 3),
            _ if il_ya => (-1, i + 2),
            _ => (0, i),
        };
        // "il y a tout juste un an", "dans exactement deux semaines": the count told exact
        let k = if self.raw_is(k, &["tout"]) && self.raw_is(k + 1, &["juste"]) {
            k + 2
        } else if self.lang == NumLang::Fr && self.raw_is(k, &["juste", "exactement", "précisément", "pile"]) {
            k + 1
        } else {
            k
        };
        // "il y a près de deux ans", "il y a plus de vingt ans", "more than two years
        // ago": a hedge before the count
        let (k, hedge) = match (il_y_a || il_ya, self.lang, sign) {
            (true, ..) => self.hedge(k),
            (false, NumLang::En, 0) => self.hedge_en(k),
            _ => (k, Hedge::About),
        };
        // "in half an hour", "in a few minutes", "in 2 and an half hours"
        if self.lang == NumLang::En && sign > 0 {
            if let Some(r) = self.fuzzy_offset(k) {
                return Some(r);
            }
        }
        // "dans 2h30", "in 2.5 hours", "dans une demi-heure", "in 3/4 h"
        if sign > 0 {
            if let Some(r) = self.fraction_offset(k) {
                return Some(r);
            }
        }
        // "il y a une dizaine de jours", "dans une quinzaine de jours", "a dozen years
        // ago": a round count, as its number
        let round = |x: usize| round_count(&crate::fold::fold_word(self.raw(x)));
        let one = self.raw_is(k, &["une", "a"]);
        let counted = round(k + usize::from(one)).filter(|_| one).map(|n| {
            let e = k + 2;
            (n, if self.is(e, Key::Of) { e + 1 } else { e })
        });
        let (n, e) = match counted.or_else(|| self.count(k)) {
            Some(x) => x,
            None if self.lang == NumLang::En && self.toks.get(k).is_some_and(|x| x.end - x.start == 1) => (1, k + 1),
            None => return None,
        };
        // "in 2 more minutes"
        let e = if self.lang == NumLang::En && self.is(e, Key::More) { e + 1 } else { e };
        // "3 fridays from now", "2 thursdays ago": the n-th such weekday after (before) today
        if let (Some(Key::Weekday(w)), true, 0) = (self.key(e), self.lang == NumLang::En, sign) {
            let t = self.today();
            let (dir, j) = match (self.key(e + 1), self.key(e + 2)) {
                (Some(Key::Ago), _) => (-1, e + 2),
                (Some(Key::From), Some(Key::Now | Key::Today)) => (1, e + 3),
                _ => return None,
            };
            let first = if dir > 0 {
                t.add_days(1 + (w as i64 - t.add_days(1).weekday() as i64).rem_euclid(7))
            } else {
                t.add_days(-1 - (t.add_days(-1).weekday() as i64 - w as i64).rem_euclid(7))
            };
            let n = n.clamp(1, 520) as i64;
            return Some((TimeValue::point(first.add_days(dir * 7 * (n - 1)), Grain::Day), j));
        }
        // "one second from now": the unit after a count ("a fortnight ago": two weeks)
        let (g, n) = match self.key(e) {
            Some(Key::Unit(g)) => (g, n),
            Some(Key::Second) => (Grain::Second, n),
            Some(Key::Fortnight) if self.lang == NumLang::En => (Grain::Week, n.saturating_mul(2)),
            _ => return None,
        };
        let mut j = e + 1;
        // "3 days from Tuesday", "deux jours après Noël", "two days before yesterday",
        // "15 minutes from 1pm": counted from a date or a time of the text
        if sign == 0 {
            if let Some(dir @ (Key::After | Key::Before | Key::From)) = self.key(j) {
                let q = if self.is(j + 1, Key::The) { j + 2 } else { j + 1 };
                let anchor = self.point_with_clock(q).filter(|(p, _)| !p.interval && p.duration.is_none());
                if let (Some((p, f)), false) = (anchor, self.is(q, Key::Now)) {
                    let d = if dir == Key::Before { -1 } else { 1 };
                    let at = p.from?.add(g, d * n as i64);
                    return Some((TimeValue::point(at, p.grain.min(g)), f));
                }
            }
        }
        let sign = if sign != 0 {
            sign
        } else {
            match (self.key(j), self.key(j + 1)) {
                (Some(Key::Ago), _) => {
                    j += 1;
                    -1
                }
                // "deux jours après son arrestation", "two days before the vote": counted
                // from an event the words name, whose date is not known
                (Some(Key::After | Key::Before), _) if !self.bare_adverb(j + 1) => return None,
                (Some(Key::Later), Some(Key::Late)) | (Some(Key::After), _) | (Some(Key::Hence), _) => {
                    j += if self.is(j, Key::Later) { 2 } else { 1 };
                    1
                }
                // "huit ans auparavant", "three days earlier", "deux heures plus tôt",
                // "two days before,"; "a week later"
                (Some(Key::Earlier | Key::Before), _) => {
                    j += 1;
                    -1
                }
                (Some(Key::Later), Some(Key::Start)) if self.lang == NumLang::Fr => {
                    j += 2;
                    -1
                }
                // (not "30 minutes later this week": a length, then the end of the week)
                (Some(Key::Later), _)
                    if self.lang == NumLang::En && !matches!(self.key(j + 1), Some(Key::This | Key::In)) =>
                {
                    j += 1;
                    1
                }
                (Some(Key::From), Some(Key::Now | Key::Today)) => {
                    j += 2;
                    1
                }
                _ => return None,
            }
        };
        let story = matches!(self.key(e + 1), Some(Key::Later | Key::Earlier | Key::After | Key::Before));
        let at = t.add(g, sign * n as i64);
        // a rough count is read at its unit: "il y a quelques mois" is a month, not a
        // day ("une dizaine de jours", "a couple of days" too)
        let rough_count = counted.is_some()
            || matches!(self.key(k), Some(Key::Vague | Key::Few))
            || matches!(self.key(k + 1), Some(Key::Few | Key::Couple));
        // the grain one below the unit's: "dans 2 jours" is a day and an hour
        let (grain, value) = match g {
            _ if rough_count => (g, at),
            Grain::Second | Grain::Minute => (Grain::Second, at),
            Grain::Hour => (Grain::Minute, at),
            // "il y a trois jours" is a day (Duckling says an hour: its reference
            // has one; a publication date has not)
            // (nor has a publication date: "dans deux jours" from a date alone is a day)
            Grain::Day if sign < 0 || self.is(e + 1, Key::Later) || self.is(e + 1, Key::After) || self.dated_only() => {
                (Grain::Day, at)
            }
            Grain::Day => (Grain::Hour, at),
            Grain::Week | Grain::Month | Grain::Quarter => (Grain::Day, at),
            // "huit ans auparavant", "three years later": a year of the story
            Grain::Year if story => (Grain::Year, at),
            Grain::Year => (Grain::Month, at),
        };
        // "il y a un an jour pour jour", "a year ago to the day": that very day
        let to_the_day = match self.lang {
            NumLang::Fr => self.raw_is(j, &["jour"]) && self.raw_is(j + 1, &["pour"]) && self.raw_is(j + 2, &["jour"]),
            _ => self.raw_is(j, &["to"]) && self.is(j + 1, Key::The) && self.is(j + 2, Key::Unit(Grain::Day)),
        };
        let (grain, j) = if to_the_day { (grain.min(Grain::Day), j + 3) } else { (grain, j) };
        let p = TimeValue::point(value, grain);
        // more than so long ago is before that point, less than so long ago after it
        // (and the other way round ahead)
        let v = match (hedge, sign < 0) {
            (Hedge::About, _) => p,
            (Hedge::More, true) | (Hedge::Less, false) => TimeValue { from: None, to: p.from, interval: true, ..p },
            (Hedge::Less, true) | (Hedge::More, false) => TimeValue { interval: true, ..p },
        };
        Some((v, j))
    }

    /// Whether the reference is a date with no time of day (a publication date),
    /// which the pipeline reads at its noon: midnight or noon to the second.
    fn dated_only(&self) -> bool {
        matches!((self.now.hour, self.now.minute, self.now.second), (0 | 12, 0, 0))
    }

    /// [`Self::hedge`] in English: "more than", "over", "at least", "less than",
    /// "under", "about", "nearly", "almost", "some", "roughly", "around".
    fn hedge_en(&self, k: usize) -> (usize, Hedge) {
        let just = if self.raw_is(k, &["just"]) { 1 } else { 0 };
        let j = k + just;
        if self.raw_is(j, &["more", "less"]) && self.raw_is(j + 1, &["than"]) {
            let h = if self.raw_is(j, &["more"]) { Hedge::More } else { Hedge::Less };
            return (j + 2, h);
        }
        if self.raw_is(j, &["over"]) {
            return (j + 1, Hedge::More);
        }
        if self.raw_is(j, &["under"]) {
            return (j + 1, Hedge::Less);
        }
        if just == 0 && self.raw_is(k, &["at"]) && self.raw_is(k + 1, &["least"]) {
            return (k + 2, Hedge::More);
        }
        if just == 0 && self.raw_is(k, &EN_ABOUT) {
            return (k + 1, Hedge::About);
        }
        (k, Hedge::About)
    }

    /// A hedge of a count at `k` ("près de", "environ", "à peu près", "plus de", "au
    /// moins", "moins de"), French: the index after it and what it says.
    fn hedge(&self, k: usize) -> (usize, Hedge) {
        let of = |j: usize| self.is(j, Key::Of);
        if self.raw_is(k, &FR_ABOUT) {
            return (if self.raw_is(k, &["près"]) && of(k + 1) { k + 2 } else { k + 1 }, Hedge::About);
        }
        if self.raw_is(k, &["à"]) && self.raw_is(k + 1, &["peu"]) && self.raw_is(k + 2, &["près"]) {
            return (k + 3, Hedge::About);
        }
        if self.raw_is(k, &["plus"]) && of(k + 1) {
            return (k + 2, Hedge::More);
        }
        if self.raw_is(k, &["au"]) && self.raw_is(k + 1, &["moins"]) {
            return (k + 2, Hedge::More);
        }
        if self.raw_is(k, &["moins"]) && of(k + 1) {
            return (k + 2, Hedge::Less);
        }
        (k, Hedge::About)
    }

    /// English counts that are not plain numbers, after "in": "half an hour", "a
    /// quarter of an hour", "a couple of hours", "a few minutes", "2 and an half
    /// hours" (an hour and its fractions are counted in minutes).
    fn fuzzy_offset(&self, k: usize) -> Read {
        // "a", "an" ("an" is read as a year elsewhere), "about"
        let article = |j: usize| {
            self.toks.get(j).is_some_and(|t| t.end - t.start <= 2)
                && matches!(self.key(j), Some(Key::At | Key::Unit(Grain::Year)))
        };
        let mut j = k;
        while self.is(j, Key::At) && !matches!(self.key(j + 1), Some(Key::Unit(g)) if g != Grain::Quarter) {
            j += 1;
        }
        let (count, mut e) = match (self.key(j), self.key(j + 1)) {
            (Some(Key::Half), _) => (0.5, j + 1),
            (Some(Key::Unit(Grain::Quarter)), Some(Key::Of)) => (0.25, j + 2),
            (Some(Key::Couple), _) => (2.0, j + 1),
            (Some(Key::Few), _) => (3.0, j + 1),
            (_, Some(Key::Couple)) if article(j) => (2.0, j + 2),
            (_, Some(Key::Few)) if article(j) => (3.0, j + 2),
            (Some(Key::Num(n) | Key::Digits(n, _)), Some(Key::And)) if self.is(j + 3, Key::Half) && article(j + 2) => {
                (n as f64 + 0.5, j + 4)
            }
            _ => return None,
        };
        if self.is(e, Key::Of) {
            e += 1;
        }
        if article(e) && matches!(self.key(e + 1), Some(Key::Unit(_))) {
            e += 1;
        }
        let Some(Key::Unit(g)) = self.key(e) else { return None };
        let (unit_minutes, whole_grain) = match g {
            Grain::Second => (0.0, Grain::Second),
            Grain::Minute => (1.0, Grain::Second),
            Grain::Hour => (60.0, Grain::Minute),
            _ => return None,
        };
        let minutes = count * unit_minutes;
        let grain = if minutes.fract() == 0.0 && count.fract() == 0.0 { whole_grain } else { Grain::Second };
        let at = self.now.add(Grain::Minute, minutes.round() as i64);
        Some((TimeValue::point(at, grain), e + 1))
    }

    /// Lengths of hours that are no whole count, after "in" or "dans": "1h",
    /// "2h30" (the clock's notation as a length), "2.5 hours", "2,5 heures", "1/2
    /// hour", "3/4h", "une demi-heure", "un quart d'heure", "trois quarts d'heure",
    /// "three-quarters of an hour". A clock's length is read to the minute, a
    /// fraction to the second (as Duckling does).
    fn fraction_offset(&self, k: usize) -> Read {
        let word = |j: usize| crate::fold::fold_word(self.raw(j));
        if let Some((h, m)) = self.hours_written(k) {
            let at = self.now.add(Grain::Minute, (h * 60 + m) as i64);
            return Some((TimeValue::point(at, Grain::Minute), k + 1));
        }
        // the unit after a count: an hour ("h" too) or a minute, in minutes
        let unit_at = |j: usize| -> Option<(f64, usize)> {
            match self.key(j) {
                Some(Key::Unit(Grain::Hour)) => Some((60.0, j + 1)),
                Some(Key::Unit(Grain::Minute)) => Some((1.0, j + 1)),
                _ if word(j) == "h" => Some((60.0, j + 1)),
                _ => None,
            }
        };
        let w = word(k);
        let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit());
        let (count, unit, e) = if let Some((a, b)) = w.split_once(['.', ',']).filter(|(a, b)| digits(a) && digits(b)) {
            // "2.5 hours", "2,5 heures"
            let (unit, e) = unit_at(k + 1)?;
            (format!("{a}.{b}").parse::<f64>().ok()?, unit, e)
        } else if let Some((n, d)) = w.split_once('/') {
            // "1/2 hour", "3/4h": a fraction of an hour
            let (d, glued) = d.strip_suffix('h').map_or((d, false), |d| (d, true));
            let (n, d) = (n.parse::<u32>().ok()?, d.parse::<u32>().ok()?);
            if !(2..=4).contains(&d) || n == 0 || n >= d {
                return None;
            }
            let (unit, e) = if glued { (60.0, k + 1) } else { unit_at(k + 1).filter(|(u, _)| *u == 60.0)? };
            (n as f64 / d as f64, unit, e)
        } else {
            // "une demi-heure", "un quart d'heure", "trois quarts d'heure", "three-quarters of an hour"
            let j = if matches!(w.as_ref(), "un" | "une" | "a") { k + 1 } else { k };
            let (quarters, j) = match (self.key(j), word(j).as_ref(), word(j + 1).as_ref()) {
                (_, "demi-heure", _) => return self.fraction_end(0.5, 60.0, j + 1),
                (_, "three-quarters" | "trois-quarts", _) => (3, j + 1),
                (Some(Key::Num(3)), _, "quarts" | "quarters") => (3, j + 2),
                (_, "quart" | "quarter", _) => (1, j + 1),
                _ => return None,
            };
            let mut e = j;
            if !self.is(e, Key::Of) {
                return None;
            }
            e += 1;
            if word(e) == "an" {
                e += 1;
            }
            let (unit, e) = unit_at(e).filter(|(u, _)| *u == 60.0)?;
            (quarters as f64 / 4.0, unit, e)
        };
        self.fraction_end(count, unit, e)
    }

    /// So many units of `unit_minutes` from now, to the second.
    fn fraction_end(&self, count: f64, unit_minutes: f64, e: usize) -> Read {
        let seconds = (count * unit_minutes * 60.0).round();
        if !(1.0..=1e7).contains(&seconds) {
            return None;
        }
        Some((TimeValue::point(self.now.add(Grain::Second, seconds as i64), Grain::Second), e))
    }

    /// Fixed holidays: Noël, jour de l'an, Toussaint, fête du travail, Christmas, New Year's day.
    /// Whether the feast at `k` names a thing, no date: "le marché de Noël", "le Père
    /// Noël", "un sapin de Noël", "a Christmas tree", "Easter eggs".
    fn names_a_thing(&self, k: usize) -> bool {
        let fold = |x: usize| crate::fold::fold_word(self.raw(x)).into_owned();
        let is = |place: &str, x: usize| feast_things().contains(&(place, fold(x).as_str()));
        let thing_before = k >= 2 && self.is(k - 1, Key::Of) && is("before", k - 2);
        let father = k >= 1 && is("father", k - 1);
        let thing_after = self.lang == NumLang::En && self.toks.get(k + 1).is_some() && is("after", k + 1);
        thing_before || father || thing_after
    }

    fn holiday(&self, i: usize) -> Read {
        let mut k = i;
        while matches!(self.key(k), Some(Key::The | Key::Of | Key::Feast)) || self.is(k, Key::Unit(Grain::Day)) {
            k += 1;
        }
        if matches!(self.key(k), Some(Key::Holiday(..))) && self.names_a_thing(k) {
            return None;
        }
        let (m, d, e) = match (self.key(k)?, self.key(k + 1)) {
            (Key::Holiday(m, d), Some(Key::Unit(Grain::Day))) => (m, d, k + 2),
            (Key::Holiday(m, d), _) => (m, d, k + 1),
            (Key::Valentine, Some(Key::Unit(Grain::Day))) => (2, 14, k + 2),
            (Key::Work, _) if k > i && self.is(i, Key::Feast) => (5, 1, k + 1),
            (Key::Dead, _) if k > i && self.toks[i..k].iter().any(|t| t.key == Key::Unit(Grain::Day)) => (11, 1, k + 1),
            // "jour de l'an", "nouvel an", "new year"
            (Key::Unit(Grain::Year), _) if k > i && self.is(i, Key::Unit(Grain::Day)) => (1, 1, k + 1),
            (Key::New, Some(Key::Unit(Grain::Year))) => {
                let e = if self.is(k + 2, Key::Unit(Grain::Day)) { k + 3 } else { k + 2 };
                (1, 1, e)
            }
            _ => return None,
        };
        // "Christmas Eve", "New Year's Eve": the day before, found as a day of its own
        let (m, d, e) = if self.lang == NumLang::En && self.is(e, Key::HolidayEve) {
            let before = DateTime::date(2001, m, d)?.add_days(-1);
            (before.month, before.day, e + 1)
        } else {
            (m, d, e)
        };
        let date = self.resolve_day_month(d, m, None)?;
        if let Some((y, ye)) = self.year_at(e) {
            return Some((TimeValue::point(DateTime::date(y, m, d)?, Grain::Day), ye));
        }
        Some((TimeValue::point(date, Grain::Day), e))
    }

    /// An ordinal from first to tenth at `k` ("second" is also a unit) and the token
    /// after it.
    fn small_ordinal(&self, k: usize) -> Option<(i64, usize)> {
        match self.key(k)? {
            Key::Ordinal(n) if (1..=10).contains(&n) => Some((n as i64, k + 1)),
            _ if self.raw_is(k, &["second"]) => Some((2, k + 1)),
            _ => None,
        }
    }

    /// "the closest Monday to Oct 5th", "the second closest xmas to today": the nth
    /// occurrence of a weekday or a one-day feast by its distance from a day (the
    /// earlier first when two are as near).
    /// "to date", "till date": up to the reference day, included ("the largest
    /// crowd to date"); "year to date" from the year's start. (Not "up to date",
    /// "out of date": current, stale.)
    fn to_date(&self, i: usize) -> Read {
        if self.lang != NumLang::En {
            return None;
        }
        let year = self.is(i, Key::Unit(Grain::Year));
        let k = if year { i + 1 } else { i };
        if !self.raw_is(k, &["to", "till"]) || !self.raw_is(k + 1, &["date"]) || k > 0 && self.raw_is(k - 1, &["up"]) {
            return None;
        }
        let t = self.today();
        let from = year.then(|| t.truncate(Grain::Year));
        Some((TimeValue { from, to: Some(t.add_days(1)), interval: true, ..TimeValue::point(t, Grain::Day) }, k + 2))
    }

    fn closest(&self, i: usize) -> Read {
        if self.lang != NumLang::En {
            return None;
        }
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        let (n, k) = self.small_ordinal(k).unwrap_or((1, k));
        if !self.raw_is(k, &["closest", "nearest"]) || !self.is(k + 2, Key::To) {
            return None;
        }
        let what = self.key(k + 1)?;
        let (anchor, e) = self.point(k + 3)?;
        if anchor.interval {
            return None;
        }
        let day = anchor.from?.truncate(Grain::Day);
        let mut days: Vec<DateTime> = match what {
            Key::Weekday(w) => {
                (-7 * (n + 1)..=7 * (n + 1)).map(|d| day.add_days(d)).filter(|d| d.weekday() == w).collect()
            }
            Key::Named(_) | Key::Holiday(..) => (day.year - n as i32 - 1..=day.year + n as i32 + 1)
                .flat_map(|y| Self::occurrences(what, y))
                .filter(|o| o.point)
                .map(|o| o.from)
                .collect(),
            _ => return None,
        };
        days.sort_by_key(|d| ((d.days() - day.days()).abs(), d.days()));
        let nth = *days.get(n as usize - 1)?;
        Some((TimeValue::point(nth, Grain::Day), e))
    }

    /// "the third Tuesday after Christmas 2014", "the first Monday after Easter",
    /// "the second Friday before the vote on June 3": counted from the day after (or
    /// before) the date (English).
    fn nth_weekday_from(&self, i: usize) -> Read {
        if self.lang != NumLang::En {
            return None;
        }
        let k = if self.is(i, Key::The) { i + 1 } else { i };
        let (n, k) = self.small_ordinal(k)?;
        let Some(Key::Weekday(w)) = self.key(k) else { return None };
        let dir = match self.key(k + 1)? {
            Key::After => 1,
            Key::Before => -1,
            _ => return None,
        };
        let (anchor, e) = self.point(k + 2)?;
        if anchor.interval || anchor.grain != Grain::Day {
            return None;
        }
        let day = anchor.from?;
        // the first such weekday strictly after (before) the day, then n - 1 weeks on
        let first = (1..=7).map(|d| day.add_days(dir * d)).find(|d| d.weekday() == w)?;
        Some((TimeValue::point(first.add_days(dir * 7 * (n - 1)), Grain::Day), e))
    }

    /// The occurrences of the feast or holiday of key `k` that begin in year `y`.
    fn occurrences(k: Key, y: i32) -> Vec<crate::feasts::Occurrence> {
        match k {
            Key::Named(id) => {
                crate::feasts::feasts().get(id as usize).map(|f| crate::feasts::occurrences(f, y)).unwrap_or_default()
            }
            Key::Holiday(m, d) => DateTime::date(y, m, d)
                .map(|from| crate::feasts::Occurrence { from, to: from.add_days(1), grain: Grain::Day, point: true })
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// A feast of `data/lexicon/feasts.tsv` ("Yom Kippour 2018", "le ramadan",
    /// "Easter Monday"), or a fixed holiday with a modifier or an offset, resolved
    /// to one of its occurrences: the one of the year written after it ("in
    /// 2018", "of next year", "two thousand ten"), the first after an offset
    /// ("thanksgiving in 9 months", "3 months ago"), the last one ("last
    /// Easter"), the coming one ("this / next Thanksgiving"), else as the lean
    /// says.
    fn feast(&self, i: usize) -> Read {
        let (dir, mut k) = match self.key(i) {
            Some(Key::This) => (Some(0), i + 1),
            Some(Key::Next | Key::Following) => (Some(1), i + 1),
            Some(Key::Last) => (Some(-1), i + 1),
            _ => (None, i),
        };
        while matches!(self.key(k), Some(Key::The | Key::Feast)) {
            k += 1;
        }
        let key = self.key(k)?;
        if matches!(key, Key::Named(_) | Key::Holiday(..)) && self.names_a_thing(k) {
            return None;
        }
        let weak = match key {
            Key::Named(id) => crate::feasts::feasts().get(id as usize)?.weak,
            Key::Holiday(..) => false,
            _ => return None,
        };
        let occ = |y: i32| Self::occurrences(key, y);
        let value = |o: &crate::feasts::Occurrence| {
            if o.point {
                TimeValue::point(o.from, o.grain)
            } else {
                TimeValue::span(o.from, o.to, o.grain)
            }
        };
        // the first occurrence that is not over at `day`
        let first_from = |day: DateTime| {
            (day.year - 1..=day.year + 2).flat_map(occ).find(|o| if o.point { o.from >= day } else { o.to > day })
        };
        let mut e = k + 1;
        if self.is(e, Key::Unit(Grain::Day)) {
            e += 1;
        }
        // a year after it: "2018", "in 2018", "of next year", "two thousand ten"
        let year = {
            let y_in = if self.is(e, Key::In) && matches!(self.key(e + 1), Some(Key::Digits(_, 4))) {
                self.year_at(e + 1)
            } else {
                None
            };
            let of_year = match (self.key(e), self.key(e + 1), self.key(e + 2)) {
                (Some(Key::Of), Some(Key::This), Some(Key::Unit(Grain::Year))) => Some((self.now.year, e + 3)),
                (Some(Key::Of), Some(Key::Next), Some(Key::Unit(Grain::Year))) => Some((self.now.year + 1, e + 3)),
                (Some(Key::Of), Some(Key::Last), Some(Key::Unit(Grain::Year))) => Some((self.now.year - 1, e + 3)),
                _ => None,
            };
            let spelled = match self.key(e) {
                Some(Key::Num(_)) if self.whole => {
                    self.number(e).filter(|(y, _)| (1900..=2100).contains(y)).map(|(y, j)| (y as i32, j))
                }
                _ => None,
            };
            // four digits: "Saint-Sylvestre (31 décembre)" has no year
            let digits = self.year_at(e).filter(|_| matches!(self.key(e), Some(Key::Digits(_, 4))));
            digits.or(y_in).or(of_year).or(spelled)
        };
        if let Some((y, ye)) = year {
            let o = occ(y).into_iter().next()?;
            return Some((value(&o), ye));
        }
        // an offset after it: "in 9 months", "3 months ago", "9 months from now"
        if let Some((p, j)) = self.offset(e).filter(|(p, _)| !p.interval && p.duration.is_none()) {
            let o = first_from(p.from?.truncate(Grain::Day))?;
            return Some((value(&o), j));
        }
        // a fixed holiday alone is the holiday reader's; a weak name ("lent") needs more
        if matches!(key, Key::Holiday(..)) && dir.is_none() || weak && dir.is_none() && !self.whole {
            return None;
        }
        let t = self.today();
        let o = match (dir, self.lean) {
            (Some(-1), _) => (t.year - 2..=t.year).flat_map(occ).rfind(|o| o.from < t)?,
            (Some(1), _) | (Some(0) | None, Lean::Future) => first_from(t)?,
            _ => (t.year - 1..=t.year + 1).flat_map(occ).min_by_key(|o| (o.from.days() - t.days()).abs())?,
        };
        Some((value(&o), e))
    }

    /// In English, "beginning January 7th", "starting on Monday": from that day on;
    /// "the week beginning February 4", "the week commencing Monday": the week that
    /// holds that day (not the start of February: "beginning" is no edge before a day).
    fn day_onward(&self, i: usize) -> Read {
        if self.lang != NumLang::En {
            return None;
        }
        let mut k = i;
        if self.is(k, Key::The) {
            k += 1;
        }
        let week = self.is(k, Key::Unit(Grain::Week));
        if week {
            k += 1;
        }
        if !self.raw_is(k, &["beginning", "starting", "commencing"]) || !week && k != i {
            return None;
        }
        let mut d = k + 1;
        if self.raw_is(d, &["on", "from"]) {
            d += 1;
        }
        let (p, e) = self.point(d).filter(|(p, _)| p.grain == Grain::Day && !p.interval)?;
        let day = p.from?;
        let v = if week {
            TimeValue::point(day.truncate(Grain::Week), Grain::Week)
        } else {
            TimeValue { to: None, interval: true, ..p }
        };
        Some((v, e))
    }

    /// "fin mars", "début avril", "mi-décembre", "en fin de mois", "en début
    /// d'année", "fin 2020", "début janvier".
    fn season_edge(&self, i: usize) -> Read {
        let mut k = i;
        while matches!(self.key(k), Some(Key::In | Key::En | Key::At | Key::The | Key::To)) {
            k += 1;
        }
        // "EOM", "the BOY": an edge and its period in one word, read only in a whole
        // string ("boy", "bom" are words of running text)
        // "by EOD", "by the end of the day": a deadline (not "at the end of the day",
        // which says "all things considered")
        let by = (1..=2).any(|b| i >= b && self.is(i - b, Key::By) && (b == 1 || self.is(i - 1, Key::The)));
        if let Some(Key::EdgeOf(start, g)) = self.key(k) {
            if self.lang == NumLang::En && (self.whole || by && g == Grain::Day) {
                let edge = if start { Key::Start } else { Key::End };
                return self.edge_of(edge, self.now.truncate(g), g, k + 1);
            }
        }
        let edge = match self.key(k)? {
            e @ (Key::End | Key::Start | Key::Mid) => e,
            _ => return None,
        };
        let mut j = k + 1;
        loop {
            match self.key(j) {
                Some(Key::Of | Key::The) => j += 1,
                // "the end of around next week": the hedge says nothing more of an edge
                Some(Key::At) if self.lang == NumLang::En && self.raw_is(j, &["around", "about"]) => j += 1,
                // "fin du mois de mars"
                Some(Key::Unit(Grain::Month)) if matches!(self.key(j + 1), Some(Key::Of)) => j += 2,
                _ => break,
            }
        }
        // "beginning of next week", "end of the previous month", "this year"
        let shift = match self.key(j) {
            Some(Key::This) => Some(0),
            Some(Key::Next | Key::Following) => Some(1),
            Some(Key::Last) => Some(-1),
            _ => None,
        };
        if by && self.lang == NumLang::En && matches!(self.key(j), Some(Key::Unit(Grain::Day))) {
            return self.edge_of(edge, self.today(), Grain::Day, j + 1);
        }
        if let (Some(n), Some(Key::Unit(g @ (Grain::Month | Grain::Year | Grain::Week)))) = (shift, self.key(j + 1)) {
            if self.lang == NumLang::En {
                return self.edge_of(edge, self.now.truncate(g).add(g, n), g, j + 2);
            }
        }
        let (period, grain, e) = match self.key(j)? {
            // ("the start of the 2016 election cycle": a year before a noun names the noun's)
            Key::Digits(_, 4) if self.lang == NumLang::En && self.is(j - 1, Key::The) => return None,
            Key::Month(_) | Key::Digits(_, 4) => {
                let (p, e) = self.month_year(j)?;
                (p.from?, p.grain, e)
            }
            // "au début des années 1990", "the late 1980s": an edge of a decade, its
            // first, middle or last four years
            decade @ (Key::Unit(Grain::Year) | Key::Decades(_, false))
                if matches!(decade, Key::Decades(..))
                    || self.raw_is(j, &["années", "annees", "years"])
                        && matches!(self.key(j + 1), Some(Key::Digits(y, 4)) if y % 10 == 0) =>
            {
                let (y, e) = match decade {
                    Key::Decades(y, _) => (y, j + 1),
                    _ => self.year_at(j + 1)?,
                };
                let from = match edge {
                    Key::Start => y,
                    Key::Mid => y + 3,
                    _ => y + 6,
                };
                let v = TimeValue::span(DateTime::date(from, 1, 1)?, DateTime::date(from + 4, 1, 1)?, Grain::Year);
                return Some((v, e));
            }
            // "à la fin de l'année 2019", "the end of the year 2019": that year
            Key::Unit(Grain::Year) if matches!(self.key(j + 1), Some(Key::Digits(_, 4))) => {
                let (y, e) = self.year_at(j + 1)?;
                (DateTime::date(y, 1, 1)?, Grain::Year, e)
            }
            // "fin de la semaine prochaine", "début du mois dernier": the unit's neighbour
            Key::Unit(g @ (Grain::Month | Grain::Year | Grain::Week)) => {
                let (n, e) = match self.key(j + 1) {
                    Some(Key::Next | Key::Following) => (1, j + 2),
                    Some(Key::Last) => (-1, j + 2),
                    _ => (0, j + 1),
                };
                (self.now.truncate(g).add(g, n), g, e)
            }
            _ => return None,
        };
        if self.lang == NumLang::En {
            return self.edge_of(edge, period, grain, e);
        }
        let (from, to) = match (grain, edge) {
            (Grain::Month, Key::End) => (period.add_days(20), period.add(Grain::Month, 1)),
            // "en début de mois" without a name nor a neighbour ("du mois dernier"): the
            // coming month's first ten days
            (Grain::Month, Key::Start) if !matches!(self.key(j), Some(Key::Month(_))) && e == j + 1 => {
                let next = if self.lean == Lean::Future { period.add(Grain::Month, 1) } else { period };
                (next, next.add_days(10))
            }
            (Grain::Month, Key::Start) => (period, period.add_days(5)),
            (Grain::Month, _) => (period.add_days(9), period.add_days(19)),
            (Grain::Year, Key::End) => (period.add(Grain::Month, 10), period.add(Grain::Year, 1)),
            (Grain::Year, Key::Start) => (period, period.add(Grain::Month, 2)),
            (Grain::Year, _) => (period.add(Grain::Month, 4), period.add(Grain::Month, 8)),
            (Grain::Week, Key::End) => (period.add_days(3), period.add_days(7)),
            (Grain::Week, Key::Start) => (period, period.add_days(2)),
            (Grain::Week, _) => (period.add_days(2), period.add_days(4)),
            _ => return None,
        };
        Some((TimeValue::span(from, to, Grain::Day), e))
    }
}

impl Reader<'_> {
    /// An edge of a period in English, as Duckling's English corpus reads it: thirds
    /// of a month ("the beginning of the month" is this month's), a year's first
    /// three and last four months, a week's first three and last three days; `e` is
    /// the token after the period's words.
    fn edge_of(&self, edge: Key, period: DateTime, grain: Grain, e: usize) -> Read {
        let (from, to, g) = match (grain, edge) {
            (Grain::Month, Key::Start) => (period, period.add_days(10), Grain::Day),
            (Grain::Month, Key::Mid) => (period.add_days(10), period.add_days(20), Grain::Day),
            (Grain::Month, _) => (period.add_days(20), period.add(Grain::Month, 1), Grain::Day),
            (Grain::Year, Key::Start) => (period, period.add(Grain::Month, 3), Grain::Month),
            (Grain::Year, Key::Mid) => (period.add(Grain::Month, 4), period.add(Grain::Month, 8), Grain::Month),
            (Grain::Year, _) => (period.add(Grain::Month, 8), period.add(Grain::Year, 1), Grain::Month),
            (Grain::Week, Key::Start) => (period, period.add_days(3), Grain::Day),
            (Grain::Week, Key::Mid) => (period.add_days(2), period.add_days(4), Grain::Day),
            (Grain::Week, _) => (period.add_days(4), period.add_days(7), Grain::Day),
            // (a day's end only as a deadline: "by the end of the day")
            (Grain::Day, Key::End) => (period.with_time(18, 0, 0), period.add_days(1), Grain::Hour),
            _ => return None,
        };
        Some((TimeValue::span(from, to, g), e))
    }
}

/// The weekend whose Friday is `friday`: from its evening (18:00) to the Monday.
fn weekend_from(friday: DateTime) -> TimeValue {
    let friday = friday.with_time(18, 0, 0);
    TimeValue::span(friday, friday.add_days(3).with_time(0, 0, 0), Grain::Hour)
}

/// A range of hours moved onto `day`, keeping its times of day.
fn rebase(v: TimeValue, day: DateTime) -> TimeValue {
    let from_day = v.from.or(v.to).map(|x| x.truncate(Grain::Day));
    let shift = from_day.map_or(0, |f| day.days() - f.days());
    TimeValue { from: v.from.map(|x| x.add_days(shift)), to: v.to.map(|x| x.add_days(shift)), ..v }
}

/// `h:00` minus `m` minutes.
fn back(h: u32, m: u32) -> (u32, u32) {
    let total = (h * 60 + 24 * 60 - m) % (24 * 60);
    (total / 60, total % 60)
}

/// Joins number keys into one number with the number grammar; returns the
/// value and how many keys it took.
fn join_numbers(keys: &[Key], lang: NumLang) -> Option<(u64, usize)> {
    // rebuild words from values: the grammar needs the words, so map each value back
    let words: Vec<&'static str> = keys
        .iter()
        .map(|k| match k {
            Key::And => match lang {
                NumLang::Fr => "et",
                NumLang::En => "and",
            },
            Key::Num(v) => number_word(*v, lang),
            _ => "",
        })
        .collect();
    let n = numbers::read_spelled(&words, lang)?;
    Some((n.value, n.words))
}

/// The word of a one-word number value (the inverse of the number lexicon).
fn number_word(v: u64, lang: NumLang) -> &'static str {
    const FR: [&str; 17] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize",
    ];
    const EN: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    match lang {
        NumLang::Fr => match v {
            0..=16 => FR[v as usize],
            20 => "vingt",
            30 => "trente",
            40 => "quarante",
            50 => "cinquante",
            60 => "soixante",
            70 => "septante",
            80 => "huitante",
            90 => "nonante",
            100 => "cent",
            1000 => "mille",
            1_000_000 => "million",
            1_000_000_000 => "milliard",
            _ => "",
        },
        NumLang::En => match v {
            0..=19 => EN[v as usize],
            20 => "twenty",
            30 => "thirty",
            40 => "forty",
            50 => "fifty",
            60 => "sixty",
            70 => "seventy",
            80 => "eighty",
            90 => "ninety",
            100 => "hundred",
            1000 => "thousand",
            1_000_000 => "million",
            1_000_000_000 => "billion",
            _ => "",
        },
    }
}

/// Reads the whole of `text` as one temporal expression; `None` when it is
/// not exactly one.
pub fn parse(text: &str, now: DateTime, lang: NumLang, lean: Lean) -> Option<TimeValue> {
    parse_zoned(text, now, None, lang, lean)
}

/// [`parse`] with the reference's offset from UTC in minutes: a clock written
/// with its zone ("Thursday 8:00 GMT") is moved to the reference's zone.
pub fn parse_zoned(text: &str, now: DateTime, zone: Option<i32>, lang: NumLang, lean: Lean) -> Option<TimeValue> {
    parse_whole(text, now, lang, lean, |r| Reader { zone, ..r })
}

/// Reads the whole of `text` with a reader set up by `setup`.
fn parse_whole(
    text: &str,
    now: DateTime,
    lang: NumLang,
    lean: Lean,
    setup: impl FnOnce(Reader<'_>) -> Reader<'_>,
) -> Option<TimeValue> {
    let toks = tokenize(text, lang, true);
    let r = setup(Reader::new(text, &toks, now, lean, lang, true));
    let (v, j) = r.any(0)?;
    (j == toks.len()).then_some(TimeValue { approx: rough(&toks, text), ..v })
}

/// Whether the words of an expression tell its count or its place roughly: a
/// vague count ("quelques", "plusieurs", "a few", "several", "a couple of"), a
/// round one ("une dizaine", "a dozen"), a hedge ("près de", "environ",
/// "about", "nearly", "vers", "around").
fn rough(toks: &[Tok], text: &str) -> bool {
    toks.iter().any(|t| {
        let w = crate::fold::fold_word(&text[t.start..t.end]);
        matches!(t.key, Key::Vague | Key::Few | Key::Couple)
            || round_count(&w).is_some()
            || EN_ABOUT.contains(&w.as_ref())
            || fr_about_folded().iter().any(|a| *a == w)
            || matches!(w.as_ref(), "vers" | "alentours" | "autour" | "circa")
    })
}

/// [`FR_ABOUT`] folded once, as the rough-value test reads folded words.
fn fr_about_folded() -> &'static [String; 4] {
    static F: std::sync::OnceLock<[String; 4]> = std::sync::OnceLock::new();
    F.get_or_init(|| FR_ABOUT.map(|a| crate::fold::fold_word(a).into_owned()))
}

/// The number a round count names (folded): "une dizaine de jours", "a dozen
/// years ago".
fn round_count(w: &str) -> Option<u64> {
    Some(match w {
        "dizaine" => 10,
        "douzaine" | "dozen" => 12,
        "quinzaine" => 15,
        "vingtaine" => 20,
        "trentaine" => 30,
        "quarantaine" => 40,
        "cinquantaine" => 50,
        "centaine" => 100,
        _ => return None,
    })
}

/// [`parse`] of an expression found in a news article's running text (its
/// reading leaned to the future): a bare weekday that is the publication day's
/// is that day ("seront déférés vendredi" in Friday's paper), not next week's.
pub fn parse_in_news(text: &str, now: DateTime, lang: NumLang, lean: Lean) -> Option<TimeValue> {
    parse_whole(text, now, lang, lean, |r| Reader { news: true, ..r })
}

/// The folded words that are temporal by themselves ([`is_strong`]), from
/// [`lexicon_words`], so the set follows the lexicon as it changes.
fn strong_words() -> &'static crate::lexicon::FastSet<String> {
    static S: std::sync::OnceLock<crate::lexicon::FastSet<String>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        lexicon_words()
            .filter(|w| [NumLang::Fr, NumLang::En].into_iter().any(|lang| is_strong(word_key(w, lang))))
            .map(|w| w.trim_end_matches('.').to_string())
            .chain(feast_gate_words())
            // (strong in English only: see `find`)
            .chain(["fortnight".to_string()])
            .collect()
    })
}

/// Whether a sentence may hold a temporal expression: it has a digit, or a
/// word that is temporal by itself ("janvier", "jeudi", "hier", "semaine",
/// "l'après-midi", "mi-décembre"). A cheap gate before the grammar: most
/// sentences of news have neither.
pub fn may_hold_time(sentence: &str) -> bool {
    if sentence.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let set = strong_words();
    let mut buf = [0u8; 32];
    let known = |part: &[u8]| std::str::from_utf8(part).is_ok_and(|w| set.contains(w));
    for word in sentence.split(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))) {
        if word.len() < 2 || word.len() > 30 {
            continue;
        }
        // folded into the stack buffer: lower case, accents off, typographic apostrophes plain
        let mut n = 0;
        for c in word.chars().filter_map(crate::fold::fold_char) {
            let mut tmp = [0u8; 4];
            let e = c.encode_utf8(&mut tmp).as_bytes();
            if n + e.len() > buf.len() {
                n = 0;
                break;
            }
            buf[..n + e.len()][n..].copy_from_slice(e);
            n += e.len();
        }
        let w = &buf[..n];
        if n == 0 {
            continue;
        }
        // the word, then the parts after an elision and around hyphens
        if known(w) || w.split(|&b| b == b'\'' || b == b'-').any(|p| !p.is_empty() && known(p)) {
            return true;
        }
    }
    false
}

/// Whether the words around `start..end` of `text` (five words each side)
/// speak of the future: "les travaux dureront jusqu'au 15 mars" but "a
/// annoncé jeudi".
pub fn future_near(text: &str, start: usize, end: usize, lang: NumLang) -> bool {
    // the clause only: a comma or a semicolon ends the window
    if words_around(text, start, end, &[',', ';', ':'], &[',', ';', ':']).iter().any(|w| speaks_of_future(w, lang)) {
        return true;
    }
    // but a weekday opening its sentence before a comma is the next clause's: "Jeudi, le
    // chef de l'Etat rencontrera son homologue" (not a date, whose year is the near one,
    // nor when that clause is told in the past: "Dimanche soir, les deux groupes avaient
    // indiqué qu'il ne devra…")
    let before = text[..start].trim_end();
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
    let dated = text[start..end].contains(|c: char| c.is_ascii_digit());
    match text[end..].trim_start().strip_prefix(',') {
        Some(rest) if opens && !dated && !past_near(text, start, end, lang) => {
            let clause = rest.split([',', ';', ':', '.']).next().unwrap_or("");
            clause.split_whitespace().take(8).any(|w| speaks_of_future(w, lang))
        }
        _ => false,
    }
}

/// Up to five words either side of `start..end`, in their order, within its
/// clause, as the marks `before_stops` and `after_stops` end it.
fn words_around<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    before_stops: &[char],
    after_stops: &[char],
) -> Vec<&'t str> {
    let clause_before = text[..start].rsplit(before_stops).next().unwrap_or("");
    let clause_after = text[end..].split(after_stops).next().unwrap_or("");
    let mut words: Vec<&str> = clause_before.split_whitespace().rev().take(5).collect();
    words.reverse();
    words.extend(clause_after.split_whitespace().take(5));
    words
}

/// Whether the clause around `start..end` is told in a past tense: an
/// auxiliary ("a reçu", "ont été", "avait dit") or an imperfect ("était",
/// "manifestaient"), within five words either side.
pub fn past_near(text: &str, start: usize, end: usize, lang: NumLang) -> bool {
    // (a comma after it does not end the window: "Ce samedi soir, X était là")
    let all = words_around(text, start, end, &[',', ';', ':', '.'], &[';', ':', '.']);
    // ("a lieu", "ont lieu" are the present of "avoir lieu")
    let lieu = |w: &&str| all.windows(2).any(|p| p[0] == *w && p[1] == "lieu");
    let past = |w: &&str| {
        if lieu(w) {
            return false;
        }
        let w = w.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '’').to_lowercase();
        let w = w.rsplit(['\'', '’']).next().unwrap_or("");
        // an imperfect in -ait or -aient, not a conditional ("devrait", "pourraient",
        // "serait", "auraient")
        let imperfect = |stem_len: usize, ending: &str| {
            w.len() > stem_len
                && w.ends_with(ending)
                && !["er", "ir", "rr", "aur", "ser", "devr", "fer", "udr"]
                    .iter()
                    .any(|c| w.ends_with(&format!("{c}{ending}")))
        };
        match lang {
            NumLang::Fr => {
                matches!(w, "a" | "ont" | "avait" | "avaient" | "ai" | "avons" | "été" | "eu" | "était" | "étaient")
                    || imperfect(5, "aient")
                    || imperfect(4, "ait") && !matches!(w, "fait" | "sait" | "plait" | "plaît")
            }
            NumLang::En => matches!(w, "was" | "were" | "had" | "did") || w.len() > 3 && w.ends_with("ed"),
        }
    };
    all.iter().any(past)
}

/// Whether a text speaks of the future ("sera", "va", "prochain", "will"),
/// so that its bare weekdays and dates lean forward.
pub fn speaks_of_future(text: &str, lang: NumLang) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| match lang {
        NumLang::Fr => {
            matches!(
                w,
                "sera"
                    | "seront"
                    | "va"
                    | "vont"
                    | "prochain"
                    | "prochaine"
                    | "aura"
                    | "auront"
                    | "devrait"
                    | "devraient"
                    | "doit"
                    | "doivent"
                    | "pourra"
                    | "pourront"
            ) || (w.len() > 5
                && (w.ends_with("era") || w.ends_with("eront") || w.ends_with("iront") || w.ends_with("ira")))
                // the irregular futures: "viendra", "devra", "recevra", "verra", "tiendront"
                // (lower case: "Alexandra", "Terra" are names)
                || (w.len() > 4
                    && w.starts_with(char::is_lowercase)
                    && ["dra", "dront", "vra", "vront", "rra", "rront"].iter().any(|x| w.ends_with(x)))
        }
        NumLang::En => matches!(w, "will" | "next" | "shall" | "upcoming" | "tomorrow"),
    })
}

/// Dates written with their weekday but no year ("vendredi 7 janvier",
/// "Friday, January 7"), as (start, end, weekday, day, month): the weekday
/// tells the year, which dates an undated article.
pub fn weekday_dates(text: &str, lang: NumLang) -> Vec<(usize, usize, u32, u32, u32)> {
    let toks = tokenize(text, lang, false);
    let r = Reader::new(text, &toks, DateTime::date(2000, 1, 1).unwrap_or_default(), Lean::Past, lang, false);
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Key::Weekday(w) = toks[i].key else { continue };
        let mut k = i + 1;
        if r.is(k, Key::Comma) {
            k += 1;
        }
        let day = match r.key(k) {
            Some(Key::Ordinal(d)) => Some((d, k + 1)),
            Some(Key::Digits(d, n)) if n <= 2 => Some((d, k + 1)),
            Some(Key::Num(_)) => r.number(k),
            _ => None,
        };
        let Some((d, e)) = day.filter(|(d, _)| (1..=31).contains(d)) else { continue };
        let Some(Key::Month(m) | Key::MonthAbbr(m)) = r.key(e) else { continue };
        if matches!(r.key(e + 1), Some(Key::Digits(_, 4))) {
            continue;
        }
        out.push((toks[i].start, toks[e].end, w, d as u32, m));
    }
    out
}

/// The four-digit years written in a text (1900 to 2100).
pub fn years(text: &str, lang: NumLang) -> Vec<i32> {
    tokenize(text, lang, false)
        .iter()
        .filter_map(|t| match t.key {
            Key::Digits(y, 4) if (1900..=2100).contains(&y) => Some(y as i32),
            Key::NumericDate(_, _, Some(y)) => Some(y),
            _ => None,
        })
        .collect()
}

/// Whether most words of a text start with a capital, as an English headline
/// writes them ("Donald Trump Is Now Being Held Up").
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    let capitals = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    words.len() >= 4 && capitals * 10 > words.len() * 6
}

/// The words of `data/lexicon/feast_things.tsv`, as (where, word); a line that is
/// not a known place and a word stops the build's tests with its line number.
fn feast_things() -> &'static std::collections::HashSet<(&'static str, &'static str)> {
    static T: std::sync::OnceLock<std::collections::HashSet<(&'static str, &'static str)>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        crate::lexicon::numbered_lines(crate::lexicon::data_file!("feast_things.tsv"))
            .map(|(n, l)| {
                l.split_once('\t')
                    .map(|(a, b)| (a.trim(), b.trim()))
                    .filter(|(a, b)| matches!(*a, "before" | "father" | "after") && !b.is_empty())
                    .unwrap_or_else(|| panic!("data/lexicon/feast_things.tsv:{n}: bad line"))
            })
            .collect()
    })
}

/// A temporal expression found in running text.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: TimeValue,
    /// What the expression counts from (its value is read against the reference
    /// passed to [`find`]; a caller that knows the story's last date reads a story
    /// expression again against that date).
    pub origin: Origin,
}

/// What a relative expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The writer's day, or nothing for an absolute date.
    Now,
    /// The time of the story, else the writer's day: "le lendemain", "la veille",
    /// "la semaine suivante", "the next day", "the previous year".
    Story,
    /// The time of the story only: "deux jours plus tard", "huit ans auparavant",
    /// "a week later" mean nothing without a date told before them.
    StoryOnly,
    /// The story's day only: "ce jour-là", "cette année-là", "ce soir-là", "that
    /// night" are the time told before them, at a day or coarser.
    That,
}

/// Finds the temporal expressions of `text` (byte offsets into it), the
/// longest at each place, left to right.
pub fn find(text: &str, now: DateTime, lang: NumLang, lean: Lean) -> Vec<Found> {
    let toks = tokenize(text, lang, false);
    // every expression holds a word that can only be temporal ("janvier",
    // "jeudi", "hier", "semaine", "15h", "2022"); the grammar is tried only
    // within four words before one (seven after "il"), not at every "le", "de" or "à"
    // "set something up on the 18th.": a day of the month after "on the", ending its
    // clause (not "on the 4th floor"), English
    let on_the_day = |i: usize| {
        lang == NumLang::En
            && i > 0
            && toks[i].key == Key::The
            && toks.get(i + 1).is_some_and(|t| matches!(t.key, Key::Ordinal(1..=31)))
            && text[toks[i - 1].start..toks[i - 1].end].eq_ignore_ascii_case("on")
            && text[toks[i + 1].end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | '!' | '?'))
    };
    // ("fortnight" in English; the French "quinzaine" counts people as often)
    let fortnight = |i: usize| lang == NumLang::En && toks[i].key == Key::Fortnight;
    // ("to date", "till date")
    let to_date = |i: usize| {
        lang == NumLang::En
            && i > 0
            && text[toks[i].start..toks[i].end].eq_ignore_ascii_case("date")
            && ["to", "till"].iter().any(|w| text[toks[i - 1].start..toks[i - 1].end].eq_ignore_ascii_case(w))
    };
    let strong: Vec<bool> =
        toks.iter().enumerate().map(|(i, t)| is_strong(t.key) || on_the_day(i) || fortnight(i) || to_date(i)).collect();
    // (a year spelled after "in", "en" holds no such word: "in two thousand and fifteen")
    let spelled_year = |i: usize| {
        matches!(toks[i].key, Key::In | Key::En) && toks.get(i + 1).is_some_and(|t| matches!(t.key, Key::Num(_)))
    };
    let spelled = (0..toks.len()).any(spelled_year);
    if !spelled && !strong.contains(&true) {
        return Vec::new();
    }
    let r = Reader::new(text, &toks, now, lean, lang, false);
    let strong: Vec<bool> = if spelled {
        strong.iter().enumerate().map(|(i, &s)| s || spelled_year(i) && r.month_year(i).is_some()).collect()
    } else {
        strong
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // ("il y a" reaches three words further: "il y a plus de vingt ans", and "d'ici"
        // too: "d'ici la fin de l'année", and "entre": "entre le 1er et le 5 janvier")
        let ici =
            toks[i].key == Key::Of && toks.get(i + 1).is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("ici"));
        // ("en l'espace de", four words before its count)
        let espace = toks[i].key == Key::En
            && toks.get(i + 2).is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("espace"));
        let reach = if matches!(toks[i].key, Key::Il | Key::Between) || ici || espace { 8 } else { 5 };
        let near = strong[i..(i + reach).min(toks.len())].contains(&true);
        // (an English hedge opens "about three months ago", "nearly a year ago")
        let hedge = || {
            let w = &text[toks[i].start..toks[i].end];
            lang == NumLang::En
                && toks[i].key == Key::Other
                && EN_ABOUT.iter().chain(&["over", "under", "just", "less"]).any(|x| w.eq_ignore_ascii_case(x))
        };
        // (and a decimal count: "lasted 2.5 hours")
        let decimal = || {
            let w = &text[toks[i].start..toks[i].end];
            toks[i].key == Key::Other
                && w.split_once(if lang == NumLang::En { '.' } else { ',' }).is_some_and(|(a, b)| {
                    !a.is_empty() && !b.is_empty() && (a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
                })
        };
        // (and a negated "later": "no later than May 1", "pas plus tard que vendredi")
        let no_later = || {
            let w = &text[toks[i].start..toks[i].end];
            toks[i].key == Key::Other
                && toks.get(i + 1).is_some_and(|t| t.key == Key::Later)
                && ["no", "not", "pas"].iter().any(|x| w.eq_ignore_ascii_case(x))
        };
        let may_start = near
            && (!matches!(toks[i].key, Key::Other | Key::Comma | Key::Dash | Key::And)
                || hedge()
                || decimal()
                || no_later());
        if may_start {
            // a word of repetition starts nothing else ("chaque", "every", "weekly")
            let reading = match toks[i].key {
                Key::Every | Key::Once | Key::Periodic(..) | Key::Plural(_) => r.every(i),
                _ => r.any(i),
            };
            if let Some((v, j)) = reading {
                // "24 heures après avoir révélé", "two hours before the vote": a count from
                // an event the words name (the offset reader turned it down), not a clock
                // ("à 10 heures après un long voyage" is a clock)
                let from_event = matches!(toks.get(j).map(|t| t.key), Some(Key::After | Key::Before))
                    && !r.bare_adverb(j + 1)
                    && toks[i..j].iter().any(|t| matches!(t.key, Key::Unit(_)))
                    && matches!(toks[i].key, Key::Digits(..) | Key::Num(_));
                // "the morning of the attack": the part of a day an event names, unread
                // (its date is the event's); "the morning of January 6" was read whole
                let of_event = lang == NumLang::En
                    && toks.get(j).is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("of"))
                    && toks[i..j].iter().all(|t| {
                        matches!(t.key, Key::The | Key::In | Key::Morning | Key::Afternoon | Key::Evening | Key::Night)
                    });
                if from_event || of_event {
                    i = j + 1;
                    continue;
                }
                if j > i && (!weak(&toks[i..j], text) || on_the_day(i) && j == i + 2) {
                    // the span without a leading article or "à" ("le 2 janvier" is
                    // "2 janvier"); "dans", "depuis", "du" belong to the expression
                    let mut a = i;
                    // ("à partir du 8" keeps its "à"; "at the spring" loses its "at")
                    let opener = |a: usize| toks.get(a + 1).is_some_and(|t| t.key == Key::Other);
                    // ("a few days ago", "a year ago" keep their article)
                    let counts = |a: usize| {
                        lang == NumLang::En
                            && text[toks[a].start..toks[a].end].eq_ignore_ascii_case("a")
                            && toks
                                .get(a + 1)
                                .is_some_and(|t| matches!(t.key, Key::Few | Key::Couple | Key::Unit(_) | Key::Decade))
                    };
                    while a + 1 < j
                        && !counts(a)
                        && (toks[a].key == Key::The
                            || (matches!(toks[a].key, Key::At | Key::Of) && !v.interval)
                            || toks[a].key == Key::At && !opener(a))
                    {
                        a += 1;
                    }
                    // a capitalised part of the day after "Le" names a paper ("le quotidien
                    // suisse Le Matin", "Le Soir")
                    let title = a + 1 == j
                        && matches!(toks[a].key, Key::Morning | Key::Evening | Key::Afternoon | Key::Night)
                        && text[toks[a].start..].starts_with(char::is_uppercase)
                        && a > 0
                        && matches!(&text[toks[a - 1].start..toks[a - 1].end], "Le" | "La");
                    // an English time word capitalised amid a name ("One Wisconsin Now",
                    // "“Morning Joe”", "Silent Night"): beside another capitalised word,
                    // not opening the sentence
                    let capital = |t: &Tok| text[t.start..].starts_with(char::is_uppercase);
                    let glued = |x: usize, y: usize| text[x..y].chars().all(|c| c == ' ' || c == '“' || c == '"');
                    // (not in a headline in title case: "Trump Is Now Calling Obama …")
                    // (French too: "le collectif Abolissons la Vénerie Aujourd'hui")
                    // (the sentence's case looked at last: only for such a word)
                    let in_name = a + 1 == j
                        && a > 0
                        && matches!(
                            toks[a].key,
                            Key::Now | Key::Today | Key::Morning | Key::Evening | Key::Afternoon | Key::Night
                        )
                        && capital(&toks[a])
                        // (a word in capitals is a heading's or a cry's: "A L'ABRI MAINTENANT !")
                        && !text[toks[a].start..toks[a].end].chars().all(|c| !c.is_lowercase())
                        && (capital(&toks[a - 1]) && glued(toks[a - 1].end, toks[a].start)
                            || toks.get(a + 1).is_some_and(|n| capital(n) && glued(toks[a].end, n.start)))
                        && (lang == NumLang::En && !title_case(text)
                            || lang == NumLang::Fr && matches!(toks[a].key, Key::Today | Key::Now));
                    if !title && !in_name {
                        let origin = origin_of(&toks[a..j], text);
                        // "les 8 et 15 janvier", "le 3, le 10 et le 17 mars": the days told
                        // bare before the last are days of its month
                        if lang == NumLang::Fr && !v.interval && v.grain == Grain::Day {
                            let free = |x: usize| out.last().is_none_or(|o: &Found| o.end <= toks[x].start);
                            match (days_listed_before(&toks, text, a), v.from) {
                                (Some(days), Some(f))
                                    if free(days[0].0) && days.last().is_some_and(|d| d.1 < f.day) =>
                                {
                                    // (days in a row are one span: "les 11, 12 et 13 novembre")
                                    let in_a_row = days.iter().map(|d| d.1).chain([f.day]).collect::<Vec<_>>();
                                    let in_a_row = in_a_row.windows(2).all(|w| w[0] + 1 == w[1]);
                                    match DateTime::date(f.year, f.month, days[0].1) {
                                        Some(day) if in_a_row => {
                                            let value = TimeValue::span(day, f.add_days(1), Grain::Day);
                                            let start = toks[days[0].0].start;
                                            out.push(Found { start, end: toks[j - 1].end, value, origin });
                                            i = j;
                                            continue;
                                        }
                                        _ => {
                                            for &(x, d) in &days {
                                                if let Some(day) = DateTime::date(f.year, f.month, d) {
                                                    let value = TimeValue::point(day, Grain::Day);
                                                    let (start, end) = (toks[x].start, toks[x].end);
                                                    out.push(Found { start, end, value, origin });
                                                }
                                            }
                                        }
                                    }
                                }
                                _ => {}
                            }
                        }
                        let value = TimeValue { approx: rough(&toks[i..j], text), ..v };
                        out.push(Found { start: toks[a].start, end: toks[j - 1].end, value, origin });
                    }
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The days of the month told bare, in rising order, before the date whose first
/// token is `a`, as a list an article opens: "les 8 et [15 janvier]", "le 3, le 10
/// et le [17 mars]", "les 1er, 3 et [5 août]" (token, day). Not a count ("sur 8 et 15
/// janvier") nor the start of a range ("entre le 1er et le 5 janvier"); two days in
/// a row after "les" are the range reader's.
fn days_listed_before(toks: &[Tok], text: &str, a: usize) -> Option<Vec<(usize, u32)>> {
    let mut days = Vec::new();
    let mut k = a;
    loop {
        let p = if k >= 1 && toks[k - 1].key == Key::The { k - 1 } else { k };
        if p < 2 {
            break;
        }
        let sep = toks[p - 1].key;
        if !(sep == Key::And && days.is_empty() || sep == Key::Comma && !days.is_empty()) {
            break;
        }
        let d = match toks[p - 2].key {
            Key::Digits(n @ 1..=31, 1 | 2) => n as u32,
            _ if &text[toks[p - 2].start..toks[p - 2].end] == "1er" => 1,
            _ => break,
        };
        days.push((p - 2, d));
        k = p - 2;
    }
    let opens = k >= 1
        && matches!(&text[toks[k - 1].start..toks[k - 1].end], "les" | "Les" | "le" | "Le")
        && !(k >= 2 && toks[k - 2].key == Key::Between);
    days.reverse();
    let rising = days.windows(2).all(|w| w[0].1 < w[1].1);
    (opens && rising && !days.is_empty()).then_some(days)
}

/// What the words of an expression count from: the story's time for the day
/// before or after ("la veille", "le lendemain", "the next day", "the day
/// after"), the following or previous unit ("la semaine suivante", "l'année
/// précédente", "the following week"), a count with an adverb of sequence
/// ("deux jours plus tard", "huit ans auparavant", "a week later", "two days
/// before"). Not the writer's own "la semaine dernière", "last week".
fn origin_of(toks: &[Tok], text: &str) -> Origin {
    let raw = |t: &Tok| &text[t.start..t.end];
    let keys: Vec<Key> = toks.iter().map(|t| t.key).collect();
    let previous = toks.iter().any(|t| {
        let w = crate::fold::fold_word(raw(t));
        w.starts_with("precedent") || w == "previous"
    });
    // (not "the day after tomorrow": the sequence ends the expression)
    let sequence = matches!(
        keys.as_slice(),
        [.., Key::Unit(_), Key::Later | Key::Earlier | Key::After | Key::Before]
            | [.., Key::Unit(_), Key::Later, Key::Late | Key::Start]
            | [.., Key::Unit(_), Key::Of, Key::After | Key::Before]
    );
    // ("the next day"; not "les dix prochains jours")
    let next_day = toks.windows(2).any(|w| {
        raw(&w[0]).eq_ignore_ascii_case("next")
            && matches!(w[1].key, Key::Unit(Grain::Day) | Key::Morning | Key::Evening | Key::Night)
    });
    // "ce jour-là", "cette année-là", "that day", "that night": the story's time only
    let that = toks.windows(2).any(|w| {
        w[0].key == Key::This && raw(&w[0]).eq_ignore_ascii_case("that")
            || w[1].key != Key::Other && crate::fold::fold_word(raw(&w[1])).ends_with("-la")
    });
    if sequence {
        Origin::StoryOnly
    } else if that {
        Origin::That
    } else if keys.iter().any(|k| matches!(k, Key::Eve | Key::NextDay | Key::Following)) || previous || next_day {
        Origin::Story
    } else {
        Origin::Now
    }
}

/// Whether a key is temporal by itself (not an article, a preposition or a
/// bare number word).
fn is_strong(k: Key) -> bool {
    matches!(
        k,
        Key::Digits(..)
            | Key::Month(_)
            | Key::MonthAbbr(_)
            | Key::Weekday(_)
            | Key::Unit(_)
            | Key::Clock(..)
            | Key::NumericDate(..)
            | Key::Hours
            | Key::Now
            | Key::Today
            | Key::Tonight
            | Key::Yesterday
            | Key::Tomorrow
            | Key::BeforeYesterday
            | Key::AfterTomorrow
            | Key::Eve
            | Key::NextDay
            | Key::Noon
            | Key::Midnight
            | Key::Morning
            | Key::Afternoon
            | Key::Evening
            | Key::Night
            | Key::Weekend
            | Key::Holiday(..)
            | Key::Named(_)
            | Key::QuarterNo(_)
            | Key::HalfNo(_)
            | Key::Semester
            | Key::Decade
            | Key::Season(_)
            | Key::Journee
            | Key::Lunch
            | Key::Century
            | Key::Decades(..)
            | Key::Periodic(..)
            | Key::Plural(_)
    )
}

/// Readings too weak to keep in running text: a bare number ("74"), a bare
/// year without a preposition is kept only when it has four digits.
fn weak(toks: &[Tok], _text: &str) -> bool {
    let keys: Vec<Key> = toks.iter().map(|t| t.key).filter(|k| !matches!(k, Key::The | Key::At)).collect();
    match keys.as_slice() {
        [] => true,
        [Key::Digits(_, n)] => *n != 4,
        [Key::Ordinal(_)] => true,
        // "8-8", "2-6": scores and ranges of numbers, not days, without a month ("2014-2018"
        // are years)
        [Key::Digits(a, 4), Key::Dash, Key::Digits(b, 4)] => !((1000..=2200).contains(a) && a < b && *b <= 2200),
        [Key::Digits(..), Key::Dash, Key::Digits(..)] => true,
        // "entre 3 et 5 %": two bare numbers without an article or a month are a count
        // ("entre le 3 et le 5" keeps its articles)
        [Key::Between, Key::Digits(_, 1 | 2), Key::And, Key::Digits(_, 1 | 2)]
            if !toks.iter().any(|t| t.key == Key::The) =>
        {
            true
        }
        // "passé de 9 à 12 %": two bare numbers after "de" ("à" is left out above) are
        // a count, not days
        [Key::Of | Key::From, Key::Digits(_, 1 | 2) | Key::Num(_), Key::Digits(_, 1 | 2) | Key::Num(_)] => true,
        ks => ks.iter().all(|k| matches!(k, Key::Num(_) | Key::And)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32) -> DateTime {
        DateTime::date(y, m, d).unwrap()
    }

    /// The mentions `find` gives in running text of the past, as (text, value).
    fn spans(text: &str, now: DateTime, lang: NumLang) -> Vec<(String, String)> {
        spans_leaning(text, now, lang, Lean::Past)
    }

    /// Expected (span, value) pairs, owned as [`spans`] gives them.
    fn owned(want: &[(&str, &str)]) -> Vec<(String, String)> {
        want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    fn spans_leaning(text: &str, now: DateTime, lang: NumLang, lean: Lean) -> Vec<(String, String)> {
        find(text, now, lang, lean).into_iter().map(|f| (text[f.start..f.end].to_string(), f.value.render())).collect()
    }

    /// Their values alone.
    fn values(text: &str, now: DateTime, lang: NumLang) -> Vec<String> {
        spans(text, now, lang).into_iter().map(|(_, v)| v).collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    fn fr(s: &str, now: DateTime, lean: Lean) -> Option<String> {
        parse(s, now, NumLang::Fr, lean).map(|v| v.render())
    }

    /// The mentions `find` gives, as (text, value, rough).
    fn rough_spans(text: &str, now: DateTime, lang: NumLang) -> Vec<(String, String, bool)> {
        find(text, now, lang, Lean::Past)
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.value.render(), f.value.approx))
            .collect()
    }

    #[test]
    fn vague_counts_are_three_units_marked_rough_at_their_unit() {
        let now = at(2022, 1, 7);
        let one = |text: &str, lang| rough_spans(text, now, lang);
        let r = |a: &str, b: &str| vec![(a.to_string(), b.to_string(), true)];
        assert_eq!(
            one("Il y a quelques jours, le maire de Valmora a démissionné.", NumLang::Fr),
            r("Il y a quelques jours", "2022-01-04")
        );
        // (a count of months is a month, not a day, when it is vague)
        assert_eq!(one("Elle l'avait quitté il y a quelques mois.", NumLang::Fr), r("il y a quelques mois", "2021-10"));
        assert_eq!(
            one("La ville attend depuis plusieurs semaines.", NumLang::Fr),
            r("depuis plusieurs semaines", "P3W")
        );
        assert_eq!(
            one("Il est revenu il y a une dizaine de jours.", NumLang::Fr),
            r("il y a une dizaine de jours", "2021-12-28")
        );
        assert_eq!(one("Ils sont partis vers 15h.", NumLang::Fr), r("15h", "2022-01-07T15:00"));
        assert_eq!(one("The mayor resigned a few days ago.", NumLang::En), r("a few days ago", "2022-01-04"));
        assert_eq!(
            one("Prices rose over the past few days.", NumLang::En),
            r("past few days", "2022-01-04/2022-01-07")
        );
        assert_eq!(one("The talks lasted several weeks.", NumLang::En), r("several weeks", "P3W"));
        // an exact count is not rough
        assert_eq!(
            one("Il y a trois jours, le maire a démissionné.", NumLang::Fr),
            vec![("Il y a trois jours".to_string(), "2022-01-04".to_string(), false)]
        );
        // a difference of ages is no length of time
        assert_eq!(one("Paul Verdier is only a few years older than his brother.", NumLang::En), vec![]);
        // whole-expression reading marks it too
        assert!(parse("il y a quelques jours", now, NumLang::Fr, Lean::Past).is_some_and(|v| v.approx));
        assert!(parse("il y a trois jours", now, NumLang::Fr, Lean::Past).is_some_and(|v| !v.approx));
    }

    #[test]
    fn clocks_spaced_as_the_french_press_prints_them() {
        let now = at(2022, 1, 7);
        let s = |text: &str| spans(text, now, NumLang::Fr);
        assert_eq!(s("Le conseil s'est ouvert à 15 h 30 à Port-Esquel."), vec![pair("15 h 30", "2022-01-07T15:30")]);
        assert_eq!(s("Les secours sont arrivés à 9 h."), vec![pair("9 h", "2022-01-07T09:00")]);
        assert_eq!(
            s("Ouvert de 9 h à 19 h chaque jour"),
            vec![pair("de 9 h à 19 h", "2022-01-07T09:00/2022-01-07T20:00"), pair("chaque jour", "P1D")]
        );
        // lengths: past a day's hours, after "depuis", after "au bout de"
        assert_eq!(s("Il est porté disparu depuis 48 h."), vec![pair("depuis 48 h", "PT48H")]);
        assert_eq!(s("Il est porté disparu depuis 24h."), vec![pair("depuis 24h", "PT24H")]);
        assert_eq!(
            s("L'incendie a été maîtrisé au bout d'environ 1 h 30."),
            vec![pair("au bout d'environ 1 h 30", "PT90M")]
        );
        assert_eq!(s("Il a été libéré au bout de quatre jours."), vec![pair("au bout de quatre jours", "P4D")]);
        // "depuis 15 h" is a clock
        assert_eq!(s("La route est fermée depuis 15 h."), vec![pair("15 h", "2022-01-07T15:00")]);
    }

    #[test]
    fn a_part_of_a_named_day_half_years_and_exact_counts() {
        let now = at(2022, 1, 7);
        let fr = |text: &str| spans(text, now, NumLang::Fr);
        let en = |text: &str| spans(text, now, NumLang::En);
        assert_eq!(
            fr("Ils ont été arrêtés dans la soirée de mardi à Port-Esquel."),
            vec![pair("dans la soirée de mardi", "2022-01-04T18:00/2022-01-05T00:00")]
        );
        assert_eq!(
            fr("Le feu a repris en fin de soirée de mardi."),
            vec![pair("en fin de soirée de mardi", "2022-01-04T21:00/2022-01-05T00:00")]
        );
        assert_eq!(
            fr("Ils ont été placés en garde à vue dans la soirée de samedi soir."),
            vec![pair("dans la soirée de samedi soir", "2022-01-01T18:00/2022-01-02T00:00")]
        );
        assert_eq!(
            en("Police arrived on the morning of January 6."),
            vec![pair("morning of January 6", "2022-01-06T00:00/2022-01-06T12:00")]
        );
        // the part of a day an event names has the event's date, unread
        assert_eq!(en("Paul Verdier spoke on the morning of the attack."), vec![]);
        assert_eq!(
            fr("Le chiffre d'affaires a baissé au premier semestre 2021."),
            vec![pair("premier semestre 2021", "2021-01/2021-07")]
        );
        assert_eq!(fr("Les ventes ont chuté au second semestre."), vec![pair("second semestre", "2021-07/2022-01")]);
        assert_eq!(en("Sales fell in the first half of 2021."), vec![pair("first half of 2021", "2021-01/2021-07")]);
        // a school's semester is a term; a match's second half no time
        assert_eq!(fr("Les examens du second semestre ont été annulés à l'université."), vec![]);
        assert_eq!(en("In the second half, Valmora scored twice."), vec![]);
        assert_eq!(fr("La ville a doublé en l'espace de deux ans."), vec![pair("en l'espace de deux ans", "P2Y")]);
        assert_eq!(fr("Il y a tout juste un an, il partait."), vec![pair("Il y a tout juste un an", "2021-01")]);
        assert_eq!(
            fr("Il y a cinq ans jour pour jour, il partait."),
            vec![pair("Il y a cinq ans jour pour jour", "2017-01-07")]
        );
        assert_eq!(en("The mayor resigned a year ago to the day."), vec![pair("a year ago to the day", "2021-01-07")]);
        // "passes" is an English verb, not the French "passés"
        assert_eq!(en("Trade worth billions a year passes through the strait."), vec![]);
    }

    #[test]
    fn compound_lengths_decades_and_the_middle_of_a_year() {
        let now = at(2022, 1, 7);
        let fr = |text: &str| spans(text, now, NumLang::Fr);
        let en = |text: &str| spans(text, now, NumLang::En);
        assert_eq!(en("The talks lasted 1 hour and 30 minutes."), vec![pair("1 hour and 30 minutes", "PT90M")]);
        assert_eq!(
            fr("Il a été détenu pendant deux ans et trois mois."),
            vec![pair("pendant deux ans et trois mois", "P27M")]
        );
        assert_eq!(fr("Record battu en 7 minutes 43 secondes."), vec![pair("en 7 minutes 43 secondes", "PT463S")]);
        // (the second count of an offset is not a length's: "2 weeks and 2 days ago")
        assert_eq!(
            en("They worked on it for 2 weeks and 2 days ago they won."),
            vec![pair("for 2 weeks", "P2W"), pair("2 days ago", "2022-01-05")]
        );
        assert_eq!(en("It happened last night at 8."), vec![pair("last night at 8", "2022-01-06T20:00")]);
        assert_eq!(en("Output fell in mid-2021."), vec![pair("in mid-2021", "2021-05/2021-09")]);
        assert_eq!(en("Prices rose since the start of the year."), vec![pair("start of the year", "2022-01/2022-04")]);
        assert_eq!(en("since the start of the 2016 election cycle"), vec![pair("2016", "2016")]);
        assert_eq!(en("Music of the nineties."), vec![pair("nineties", "1990/2000")]);
        assert_eq!(en("A man in his forties."), vec![]);
        assert_eq!(en("He left two decades ago."), vec![pair("two decades ago", "2002")]);
        assert_eq!(en("Wages fell over the past decade."), vec![pair("past decade", "2012/2022")]);
        assert_eq!(en("Wages fell in recent decades and in coming decades."), vec![]);
        assert_eq!(fr("Il y a une décennie, la ville votait."), vec![pair("Il y a une décennie", "2012")]);
        assert_eq!(fr("au cours des deux dernières décennies"), vec![pair("deux dernières décennies", "2002/2022")]);
        assert_eq!(fr("au cours des dernières décennies"), vec![]);
        assert_eq!(fr("Il a régné pendant trois décennies."), vec![pair("pendant trois décennies", "P30Y")]);
        assert_eq!(fr("Après une décennie passée à Rome, il est rentré."), vec![]);
    }

    #[test]
    fn french_dates_against_a_publication_date() {
        // a story published on Friday 7 January 2022
        let now = at(2022, 1, 7).with_time(9, 0, 0);
        assert_eq!(fr("le 22 décembre 2021", now, Lean::Past).as_deref(), Some("2021-12-22"));
        assert_eq!(fr("06.01.2022", now, Lean::Past).as_deref(), Some("2022-01-06"));
        assert_eq!(fr("vendredi 7 janvier", now, Lean::Past).as_deref(), Some("2022-01-07"));
        assert_eq!(fr("le 1er janvier", now, Lean::Past).as_deref(), Some("2022-01-01"));
        assert_eq!(fr("le 2 janvier", now, Lean::Past).as_deref(), Some("2022-01-02"));
        assert_eq!(fr("jeudi", now, Lean::Past).as_deref(), Some("2022-01-06"));
        assert_eq!(fr("hier", now, Lean::Past).as_deref(), Some("2022-01-06"));
        assert_eq!(fr("il y a trois jours", now, Lean::Past).as_deref(), Some("2022-01-04"));
        assert_eq!(fr("en mars 2021", now, Lean::Past).as_deref(), Some("2021-03"));
        assert_eq!(fr("en 2010", now, Lean::Past).as_deref(), Some("2010"));
        assert_eq!(fr("la semaine prochaine", now, Lean::Past).as_deref(), Some("2022-01-10"));
        assert_eq!(fr("fin 2020", now, Lean::Past).as_deref(), Some("2020-11-01/2021-01-01"));
        assert_eq!(fr("du 13 au 15 juillet", now, Lean::Future).as_deref(), Some("2022-07-13/2022-07-16"));
    }

    #[test]
    fn durations_need_their_preposition_in_running_text() {
        let now = at(2022, 1, 7);
        let text = "Il a dirigé le pays pendant trente ans ; à 68 ans, il reste au pouvoir depuis une semaine.";
        let found: Vec<(String, String)> = find(text, now, NumLang::Fr, Lean::Past)
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.value.render()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("pendant trente ans".to_string(), "P30Y".to_string()),
                ("depuis une semaine".to_string(), "P1W".to_string())
            ]
        );
        assert_eq!(parse("3 minutes", now, NumLang::Fr, Lean::Past).map(|v| v.render()).as_deref(), Some("PT3M"));
    }

    #[test]
    fn the_year_named_its_edges_decades_and_ranges_ending_on_a_period() {
        let now = at(2020, 6, 10);
        let found = |text: &str| spans(text, now, NumLang::Fr);
        assert_eq!(
            found("Avant l'année 2030, à la fin de l'année 2019 et au début des années 1990."),
            vec![
                pair("Avant l'année 2030", "../2030"),
                pair("fin de l'année 2019", "2019-11-01/2020-01-01"),
                pair("au début des années 1990", "1990/1994")
            ]
        );
        // the time something took is a length; a paper's name is no evening
        assert_eq!(
            found("Il y a eu 483 victimes en 24 heures, en 24h et en trois jours, selon Le Soir."),
            vec![pair("en 24 heures", "PT24H"), pair("en 24h", "PT24H"), pair("en trois jours", "P3D")]
        );
        // "ce vendredi 27 janvier" is that date; "il a passé quatre ans en prison" no date
        assert_eq!(
            found("Il a fêté ce vendredi 27 janvier ses 22 ans. Il a passé quatre ans en prison."),
            vec![pair("ce vendredi 27 janvier", "2020-01-27")]
        );
        // a range's end is the end of its period: "fin avril" runs to the month's end
        assert_eq!(
            found("Entre le 1er janvier et fin avril."),
            vec![pair("Entre le 1er janvier et fin avril", "2020-01-01/2020-05-01")]
        );
        assert_eq!(
            spans("In the late 1980s and before the year 2019.", now, NumLang::En),
            vec![pair("In the late 1980s", "1986/1990"), pair("before the year 2019", "../2019")]
        );
    }

    #[test]
    fn a_clock_of_three_or_four_digits_before_am_or_pm() {
        let now = at(2022, 1, 7);
        assert_eq!(spans("It landed at 330 p.m.", now, NumLang::En), vec![pair("330 p.m.", "2022-01-07T15:30")]);
        assert_eq!(spans("Il est revenu 1140 a.m.", now, NumLang::Fr), vec![pair("1140 a.m.", "2022-01-07T11:40")]);
        // a year before "am" is no clock
        assert_eq!(spans("In 1990 am I right?", now, NumLang::En), vec![pair("In 1990", "1990")]);
    }

    #[test]
    fn lengths_after_sur_and_stretches_to_come() {
        let now = at(2022, 1, 7);
        let found = |text: &str| spans(text, now, NumLang::Fr);
        assert_eq!(
            found("Une prime de 4 000 euros sur deux ans, versée sur 12 mois, étalée sur trois jours."),
            vec![pair("deux ans", "P2Y"), pair("12 mois", "P12M"), pair("trois jours", "P3D")]
        );
        // a year spoken of, not a length; a verb, not the time to come
        assert_eq!(found("Les analystes tablent sur une année record."), vec![]);
        assert_eq!(found("J'ai mis trois minutes à venir."), vec![]);
        assert_eq!(
            found("Les trois semaines à venir et les deux années écoulées."),
            vec![pair("trois semaines à venir", "2022-01-07/2022-01-28"), pair("deux années écoulées", "2020/2022")]
        );
    }

    #[test]
    fn english_clocks_zones_ranges_and_counted_dates() {
        let now = at(2022, 1, 7).with_time(9, 0, 0);
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Past).map(|v| v.render());
        assert_eq!(en("at 3 15").as_deref(), Some("2022-01-07T03:15"));
        assert_eq!(en("ten thirty am").as_deref(), Some("2022-01-07T10:30"));
        assert_eq!(en("nine fifty nine a m").as_deref(), Some("2022-01-07T09:59"));
        assert_eq!(en("3:30 p m").as_deref(), Some("2022-01-07T15:30"));
        assert_eq!(en("half three").as_deref(), Some("2022-01-07T03:30"));
        assert_eq!(en("3 o'clock in the afternoon").as_deref(), Some("2022-01-07T15:00"));
        assert_eq!(en("at 730 in the evening").as_deref(), Some("2022-01-07T19:30"));
        assert_eq!(en("@ 3pm").as_deref(), Some("2022-01-07T15:00"));
        assert_eq!(en("3 oclock am").as_deref(), Some("2022-01-07T03:00"));
        // a spoken zero before minutes; noon's hour in the afternoon; "at" and four digits
        assert_eq!(en("twelve oh three").as_deref(), Some("2022-01-07T12:03"));
        assert_eq!(en("12:15 in the afternoon").as_deref(), Some("2022-01-07T12:15"));
        assert_eq!(en("at 1030").as_deref(), Some("2022-01-07T10:30"));
        assert_eq!(en("at 1990").as_deref(), Some("1990"));
        // wire copy's clocks with a zone, in running text; a year before a noun stays one
        let text = "Troops moved in at 1030 GMT and left by 1900 UTC. The 1990 GMT merger.";
        assert_eq!(
            spans(text, now, NumLang::En),
            owned(&[("1030 GMT", "2022-01-07T10:30"), ("1900 UTC", "2022-01-07T19:00"), ("1990", "1990")])
        );
        // a month written with its numbers, in any order but the day's
        assert_eq!(en("31/Oct/1974").as_deref(), Some("1974-10-31"));
        assert_eq!(en("05-aug-2016").as_deref(), Some("2016-08-05"));
        assert_eq!(en("2019 Aug 01").as_deref(), Some("2019-08-01"));
        assert_eq!(en("Dec31, 1994").as_deref(), Some("1994-12-31"));
        // "Nov 18" is a day, "Nov 2018" a month
        assert_eq!(en("Nov 18").as_deref(), Some("2021-11-18"));
        assert_eq!(en("Nov 2018").as_deref(), Some("2018-11"));
        // weeks of a year are ISO weeks; counted from the end too
        assert_eq!(en("the first week of 2015").as_deref(), Some("2014-12-29"));
        assert_eq!(en("the third last week of 2018").as_deref(), Some("2018-12-10"));
        assert_eq!(en("the 5th last day of May").as_deref(), Some("2021-05-27"));
        assert_eq!(en("the 20th of next month").as_deref(), Some("2022-02-20"));
        // "within" a length is from now to its end; "around" what follows
        assert_eq!(en("within 2 weeks").as_deref(), Some("2022-01-07/2022-01-21"));
        assert_eq!(en("around next tuesday").as_deref(), Some("2022-01-11"));
        assert_eq!(en("Sunday from last week").as_deref(), Some("2022-01-02"));
        assert_eq!(en("9 tomorrow morning").as_deref(), Some("2022-01-08T09:00"));
        assert_eq!(en("8am until 6").as_deref(), Some("2022-01-07T08:00/2022-01-07T19:00"));
        // counts of units, a verb, a newspaper are no dates
        let text = "It took 15 to 17 minutes; they will march. USA TODAY said so.";
        assert!(find(text, now, NumLang::En, Lean::Past).is_empty());
        assert!(find("Entre 6 et 10 jours, la somme est divisée.", now, NumLang::Fr, Lean::Past).is_empty());
        // a game, a count, an article, a deadline are no dates either
        let text = "Il a joué le jeu. Entre 3 et 5 % des passages. Il a dit jeudi une chose, au plus tard le 28 mai.";
        let found: Vec<&str> = find(text, now, NumLang::Fr, Lean::Past).iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(found, ["jeudi", "28 mai"]);
        // years joined by a dash are a range, a score is not; an ISO week by its number
        let text = "Over 2014-2018 the team won 8-6 in week 31.";
        let found: Vec<String> = find(text, now, NumLang::En, Lean::Past).iter().map(|f| f.value.render()).collect();
        assert_eq!(found, ["2014/2019", "2022-08-01"]);
        // quarters and halves by their code, with their year
        assert_eq!(en("2018Q4").as_deref(), Some("2018-10"));
        assert_eq!(en("Q1 of 2017").as_deref(), Some("2017-01"));
        assert_eq!(en("2019 H2").as_deref(), Some("2019-07/2020-01"));
        let text = "The H2 molecule and the Q3 model sold well.";
        assert!(find(text, now, NumLang::En, Lean::Past).is_empty());
        // a bare number before a time of day is an hour in its half of the day
        assert_eq!(en("3-4pm").as_deref(), Some("2022-01-07T15:00/2022-01-07T17:00"));
        assert_eq!(en("from 9 to 11 a.m.").as_deref(), Some("2022-01-07T09:00/2022-01-07T12:00"));
        // a start and a length; a day and hours are no span
        assert_eq!(en("4pm for 30 mins").as_deref(), Some("2022-01-07T16:00/2022-01-07T16:31"));
        assert_eq!(en("for 2 hours from 2pm").as_deref(), Some("2022-01-07T14:00/2022-01-07T17:00"));
        assert_eq!(en("on Monday for three hours"), None);
        // counted from a date or a time of the text
        assert_eq!(en("3 days from Tuesday").as_deref(), Some("2022-01-07"));
        assert_eq!(en("two weeks before Christmas").as_deref(), Some("2021-12-11"));
        assert_eq!(en("15 minutes from 1pm").as_deref(), Some("2022-01-07T13:15"));
        let fr = |s: &str| parse(s, now, NumLang::Fr, Lean::Past).map(|v| v.render());
        assert_eq!(fr("deux jours avant le Nouvel an").as_deref(), Some("2021-12-30"));
        assert_eq!(fr("trois jours après le 15 mars 2021").as_deref(), Some("2021-03-18"));
        assert_eq!(fr("13-Novembre").as_deref(), Some("2021-11-13"));
        let fr_at = |s: &str, y, m, d| parse(s, at(y, m, d), NumLang::Fr, Lean::Past).map(|v| v.render());
        assert_eq!(fr("dans les 15 jours").as_deref(), Some("2022-01-07/2022-01-22"));
        // "ce week-end" in a Monday's news is the one just past, in a Friday's the coming one
        assert_eq!(fr_at("ce week-end", 2022, 1, 10).as_deref(), Some("2022-01-07T18:00/2022-01-10T00:00"));
        assert_eq!(fr_at("ce week-end", 2022, 1, 7).as_deref(), Some("2022-01-07T18:00/2022-01-10T00:00"));
        assert_eq!(fr("16-17 heures").as_deref(), Some("2022-01-07T16:00/2022-01-07T18:00"));
        let text = "Il l'a dit dans le 20 heures de France 2.";
        assert!(find(text, now, NumLang::Fr, Lean::Past).iter().all(|f| !f.value.interval));
        // a range without years is one range, the one under way or the last as the lean says
        assert_eq!(fr_at("entre le 3 mars et le 31 mai", 2020, 3, 4).as_deref(), Some("2020-03-03/2020-06-01"));
        assert_eq!(fr_at("de novembre à février", 2020, 1, 10).as_deref(), Some("2019-11/2020-03"));
        assert_eq!(en("from January to April 2015").as_deref(), Some("2015-01/2015-05"));
        // weekdays counted, the first Monday of a month named by its place
        // (today is a Friday: the first is next week's)
        assert_eq!(en("3 fridays from now").as_deref(), Some("2022-01-28"));
        assert_eq!(en("2 thursdays back").as_deref(), Some("2021-12-30"));
        assert_eq!(en("the first Monday of last month").as_deref(), Some("2021-12-06"));
        // a weekday written with a day and month tells the year, a year away at most
        assert_eq!(en("Sunday, Jan 9").as_deref(), Some("2022-01-09"));
        assert_eq!(en("Sat, Jan 9").as_deref(), Some("2021-01-09"));
        assert_eq!(en("sat").as_deref(), Some("2022-01-01"));
        // two bare numbers are no time, nor a year or a speed after "at"
        assert_eq!(en("3 30"), None);
        let text = "Spending stayed at 2013 levels, at 150 km/h, in 2010, 2011 and April, 2012.";
        assert!(find(text, now, NumLang::En, Lean::Past).iter().all(|f| f.value.grain > Grain::Hour));
        assert_eq!(en("three twenty"), None);
        // a zone moves the clock to the reference's zone when it has one (here UTC+1),
        // and only then
        let zoned = |s: &str| parse_zoned(s, now, Some(60), NumLang::En, Lean::Past).map(|v| v.render());
        assert_eq!(zoned("4pm GMT").as_deref(), Some("2022-01-07T17:00"));
        assert_eq!(zoned("Friday 8:00 PST").as_deref(), Some("2022-01-07T17:00"));
        assert_eq!(en("4pm GMT").as_deref(), Some("2022-01-07T16:00"));
        // "est" and "cet" are French words, zones only in capitals
        let fr = |s: &str| parse_zoned(s, now, Some(60), NumLang::Fr, Lean::Past).map(|v| v.render());
        assert_eq!(fr("20h00 GMT").as_deref(), Some("2022-01-07T21:00"));
        assert_eq!(fr("20h00 est"), None);
    }

    #[test]
    fn english_dates() {
        let now = at(2022, 1, 7).with_time(9, 0, 0);
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Past).map(|v| v.render());
        assert_eq!(en("January 6, 2022").as_deref(), Some("2022-01-06"));
        assert_eq!(en("last Tuesday").as_deref(), Some("2022-01-04"));
        assert_eq!(en("two weeks ago").as_deref(), Some("2021-12-24"));
        assert_eq!(en("yesterday").as_deref(), Some("2022-01-06"));
        // "on" and "the" both articles before a date
        assert_eq!(
            spans("It should not appear on the March 15 ballot.", now, NumLang::En),
            vec![pair("March 15", "2021-03-15")]
        );
        // month first in English, day first in French; the order the numbers allow otherwise
        assert_eq!(en("1/6/2022").as_deref(), Some("2022-01-06"));
        assert_eq!(en("31/12/2021").as_deref(), Some("2021-12-31"));
        let fr = |s: &str| parse(s, now, NumLang::Fr, Lean::Past).map(|v| v.render());
        assert_eq!(fr("1/6/2022").as_deref(), Some("2022-06-01"));
        // evenings
        assert_eq!(en("last night").as_deref(), Some("2022-01-06T18:00/2022-01-07T00:00"));
        assert_eq!(en("tonight").as_deref(), Some("2022-01-07T18:00/2022-01-08T00:00"));
        assert_eq!(en("tonight at 11pm").as_deref(), Some("2022-01-07T23:00"));
        // feasts that move: Easter's computus, the n-th weekday of a month
        assert_eq!(en("Easter 2022").as_deref(), Some("2022-04-17"));
        assert_eq!(en("Thanksgiving 2021").as_deref(), Some("2021-11-25"));
        assert_eq!(en("last friday in october").as_deref(), Some("2021-10-29"));
        assert_eq!(en("July 13-15").as_deref(), Some("2021-07-13/2021-07-16"));
        let fr = |s: &str| parse(s, now, NumLang::Fr, Lean::Future).map(|v| v.render());
        assert_eq!(fr("la Pentecôte").as_deref(), Some("2022-06-05"));
        // minutes before the hour, and the part of the day after it
        assert_eq!(en("half past 3pm").as_deref(), Some("2022-01-07T15:30"));
        assert_eq!(en("twenty to three").as_deref(), Some("2022-01-07T02:40"));
        assert_eq!(en("at 3 in the morning").as_deref(), Some("2022-01-07T03:00"));
        assert_eq!(en("at 8 tonight").as_deref(), Some("2022-01-07T20:00"));
        // quarters of a year, a weekday of a week named
        assert_eq!(en("the third quarter").map(|_| ()), Some(()));
        assert_eq!(
            parse("4th quarter 2018", now, NumLang::En, Lean::Past).map(|v| (v.from, v.grain)),
            Some((DateTime::date(2018, 10, 1), Grain::Quarter))
        );
        assert_eq!(en("wednesday of next week").as_deref(), Some("2022-01-12"));
        assert_eq!(en("tonight at 11").as_deref(), Some("2022-01-07T23:00"));
        // edges of periods, read as the English corpus reads them; "by" runs from now
        assert_eq!(en("early March").as_deref(), Some("2021-03-01/2021-03-11"));
        assert_eq!(en("the end of the year").as_deref(), Some("2022-09/2023-01"));
        assert_eq!(en("beginning of next week").as_deref(), Some("2022-01-10/2022-01-13"));
        assert_eq!(en("EOM").as_deref(), Some("2022-01-21/2022-02-01"));
        assert!(en("by EOM").is_some_and(|v| v.ends_with("/2022-02-01T00:00:00")), "{:?}", en("by EOM"));
        // counts that are not plain numbers
        assert_eq!(en("in half an hour").as_deref(), Some("2022-01-07T09:30:00"));
        assert_eq!(en("in a couple of hours").as_deref(), Some("2022-01-07T11:00"));
        assert_eq!(en("in 2 more minutes").as_deref(), Some("2022-01-07T09:02:00"));
        // an hour in a part of the day named before it
        assert_eq!(en("tomorrow afternoon at 5").as_deref(), Some("2022-01-08T17:00"));
        assert_eq!(en("this afternoon at 3:20").as_deref(), Some("2022-01-07T15:20"));
        // days of the month by their ordinal
        assert_eq!(en("on the 3rd").as_deref(), Some("2022-01-03"));
        assert_eq!(en("the second of March").as_deref(), Some("2021-03-02"));
        assert_eq!(en("February the 15th").as_deref(), Some("2021-02-15"));
        // feasts and their eves
        assert_eq!(en("valentine's day").as_deref(), Some("2021-02-14"));
        assert_eq!(en("New Year's Eve").as_deref(), Some("2021-12-31"));
        assert_eq!(en("Black Friday 2021").as_deref(), Some("2021-11-26"));
        assert_eq!(en("right now").as_deref(), en("now").as_deref());
        // an open interval read whole; the time itself after "during"
        assert_eq!(en("since 2014").as_deref(), Some("2014/.."));
        assert_eq!(en("during March").as_deref(), Some("2021-03"));
        // not times: counts before a part of the day, a range of hours
        for s in ["2 morning sessions", "three night markets", "5 to 6pm"] {
            assert!(en(s).is_none_or(|v| !v.ends_with(":55") && !v.contains("T02:00") && !v.contains("T03:00")), "{s}");
        }
    }

    #[test]
    fn a_past_deadline_is_the_day_itself() {
        let now = at(2022, 1, 7).with_time(12, 0, 0);
        let text = "About 1,500 troops had arrived by Thursday.";
        let found: Vec<String> =
            find(text, now, NumLang::En, Lean::Past).into_iter().map(|f| f.value.render()).collect();
        assert_eq!(found, vec!["2022-01-06".to_string()]);
    }

    #[test]
    fn days_before_and_after_and_counts_of_the_story() {
        let now = at(2022, 1, 10);
        let read = |t: &str, lang| parse(t, now, lang, Lean::Past).map(|v| v.render());
        // (leaning to the past: last Christmas)
        assert_eq!(read("la veille de Noël", NumLang::Fr).as_deref(), Some("2021-12-24"));
        assert_eq!(read("huit ans auparavant", NumLang::Fr).as_deref(), Some("2014"));
        assert_eq!(read("the next day", NumLang::En).as_deref(), Some("2022-01-11"));
        assert_eq!(read("the day before", NumLang::En).as_deref(), Some("2022-01-09"));
        assert_eq!(read("the following week", NumLang::En).as_deref(), Some("2022-01-17"));
        // (next week's, as "vendredi suivant")
        assert_eq!(read("the following Friday", NumLang::En).as_deref(), Some("2022-01-21"));
        assert_eq!(read("three days later", NumLang::En).as_deref(), Some("2022-01-13"));
        // a fortnight is two weeks in English, in running text too; "une quinzaine de" counts
        assert_eq!(read("a fortnight ago", NumLang::En).as_deref(), Some("2021-12-27"));
        assert_eq!(spans("He left a fortnight ago.", now, NumLang::En), vec![pair("fortnight ago", "2021-12-27")]);
        assert_eq!(spans("Une quinzaine de manifestants.", now, NumLang::Fr), vec![]);
        // counted from an event the words name: no date, and no clock in "24 heures"
        let fr = "Au lendemain de l'élection, à la veille du scrutin, 24 heures après avoir parlé, deux jours \
                  après son arrestation, il a agi du jour au lendemain.";
        assert_eq!(spans(fr, now, NumLang::Fr), vec![]);
        assert_eq!(spans("The day after the vote, two days before the crash, he left.", now, NumLang::En), vec![]);
        // (a clause's event after "before"; "following" a preposition before a determiner)
        assert_eq!(spans("It was the day before they head to the polls.", now, NumLang::En), vec![]);
        assert_eq!(
            spans("He spoke to reporters Thursday following a meeting.", now, NumLang::En),
            vec![pair("Thursday", "2022-01-06")]
        );
        let origins: Vec<Origin> =
            find("Le lendemain, deux jours plus tard, la semaine dernière.", now, NumLang::Fr, Lean::Past)
                .iter()
                .map(|f| f.origin)
                .collect();
        assert_eq!(origins, vec![Origin::Story, Origin::StoryOnly, Origin::Now]);
        // "ce jour-là", "that night": the story's day only
        let that = |t: &str, lang| find(t, now, lang, Lean::Past).iter().map(|f| f.origin).collect::<Vec<_>>();
        for t in ["Ce jour-là, il pleuvait.", "Il a voté cette année-là.", "Ce soir-là, il est parti."] {
            assert_eq!(that(t, NumLang::Fr), vec![Origin::That], "{t}");
        }
        assert_eq!(that("That night, he left.", NumLang::En), vec![Origin::That]);
    }

    #[test]
    fn english_words_of_the_edge_and_feast_readers_are_no_dates_alone() {
        let now = at(2022, 1, 7).with_time(12, 0, 0);
        let text = "The boy was killed on Monday. Eve Smith saw a second wave on Monday, Valentine Morvan too. \
                    It came on Christmas Eve.";
        let found: Vec<(&str, String)> = find(text, now, NumLang::En, Lean::Past)
            .into_iter()
            .map(|f| (&text[f.start..f.end], f.value.render()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("Monday", "2022-01-03".to_string()),
                ("Monday", "2022-01-03".to_string()),
                ("Christmas Eve", "2021-12-24".to_string())
            ]
        );
    }

    #[test]
    fn a_bare_weekday_of_the_publication_day_is_that_day_in_news() {
        // Friday 26 June 2020's paper
        let now = at(2020, 6, 26);
        let text = "Les gardés à vue seront déférés vendredi. L'alerte court jusqu'à dimanche minuit, \
                    et jusqu'à minuit pour les autres.";
        assert_eq!(
            spans_leaning(text, now, NumLang::Fr, Lean::Future),
            owned(&[
                // (the full stop after a full weekday is no abbreviation's)
                ("vendredi", "2020-06-26"),
                // a named day's midnight ends that day; midnight alone is the coming one
                ("jusqu'à dimanche minuit", "2020-06-26T00:00/2020-06-29T00:00"),
                ("jusqu'à minuit", "2020-06-26T00:00/2020-06-27T00:00"),
            ])
        );
        // (a day named by an abbreviated month too)
        assert_eq!(
            spans_leaning("Les inscriptions courent jusqu'au 3 juil. à minuit.", now, NumLang::Fr, Lean::Future),
            owned(&[("jusqu'au 3 juil. à minuit", "2020-06-26T00:00/2020-07-04T00:00")])
        );
        // read whole, as Duckling does, the same weekday is next week's
        assert_eq!(fr("vendredi", now, Lean::Future).as_deref(), Some("2020-07-03"));
        assert_eq!(
            parse_in_news("vendredi", now, NumLang::Fr, Lean::Future).map(|v| v.render()).as_deref(),
            Some("2020-06-26")
        );
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Future).map(|v| v.render());
        assert_eq!(en("next week Mon").as_deref(), Some("2020-06-29"));
        assert_eq!(en("last week Friday").as_deref(), Some("2020-06-19"));
    }

    #[test]
    fn a_month_without_its_year_is_near_and_titles_are_no_dates() {
        // 23 July 2016, a sentence without a tense's clue: the coming end of August,
        // not last year's
        let now = at(2016, 7, 23);
        let text = "Il organisera un rassemblement fin août, et il était à Paris en février: \
                    selon le Journal du Dimanche, une cellule de veille est ouverte.";
        assert_eq!(
            spans(text, now, NumLang::Fr),
            owned(&[("fin août", "2016-08-21/2016-09-01"), ("en février", "2016-02")])
        );
        // the colon parts a weekday from the words after it
        let now = at(2020, 8, 6);
        assert_eq!(
            spans("Ils ont durci le ton mercredi: les deux réseaux sociaux ont réagi.", now, NumLang::Fr),
            owned(&[("mercredi", "2020-08-05")])
        );
        // so is a season: "en vue de l'été" on 2 June is this summer
        assert_eq!(
            spans("La fédération appelle à la vigilance en vue de l'été.", at(2019, 6, 2), NumLang::Fr),
            owned(&[("été", "2019-06-21/2019-09-24")])
        );
        // a full stop before a capital parts what it closes from what follows
        let found = spans("Avant. JEUDI 3 JUIN 12h55.", at(2021, 5, 1), NumLang::Fr);
        assert_eq!(found.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["JEUDI 3 JUIN 12h55"]);
        assert_eq!(
            spans("Le second tour doit avoir lieu avant l'été.", at(2020, 4, 28), NumLang::Fr),
            owned(&[("été", "2020-06-21/2020-09-24")])
        );
        // "epiphany" is a feast only with its capital in running text
        assert!(find("Suddenly I had an epiphany: this system was broken.", now, NumLang::En, Lean::Past).is_empty());
    }

    #[test]
    fn weekdays_with_a_clock_and_zones() {
        let found =
            |text: &str, lang: NumLang| spans_leaning(text, at(2013, 2, 12).with_time(4, 30, 0), lang, Lean::Future);
        // an hour after a weekday is no day of the month, "at 8" no "en huit"
        assert_eq!(found("See you Thursday 9 am.", NumLang::En), owned(&[("Thursday 9 am", "2013-02-14T09:00")]));
        assert_eq!(found("Thursday at 8 GMT.", NumLang::En), owned(&[("Thursday at 8 GMT", "2013-02-14T08:00")]));
        assert_eq!(
            found("Rendez-vous lundi à 8 heures, ou lundi en huit.", NumLang::Fr),
            owned(&[("lundi à 8 heures", "2013-02-18T08:00"), ("lundi en huit", "2013-02-25")])
        );
        // a zone after a range of hours is its start's too, to the minute
        let v =
            parse_zoned("9:30 - 11:00 CST", at(2013, 2, 12).with_time(4, 30, 0), Some(-120), NumLang::En, Lean::Future)
                .expect("a range");
        assert_eq!(v.render(), "2013-02-12T13:30/2013-02-12T15:01");
    }

    #[test]
    fn the_edge_of_the_next_or_last_period() {
        let now = at(2024, 5, 28).with_time(12, 0, 0);
        let text = "La décision tombera d'ici la fin de la semaine prochaine, les travaux au début de l'année \
                    prochaine ; le chantier avait été lancé à la fin de l'année dernière.";
        let want = [
            ("d'ici la fin de la semaine prochaine", "2024-05-28/2024-06-10"),
            ("au début de l'année prochaine", "2025-01-01/2025-03-01"),
            ("fin de l'année dernière", "2023-11-01/2024-01-01"),
        ];
        assert_eq!(spans(text, now, NumLang::Fr), owned(&want));
    }

    #[test]
    fn a_clock_joins_a_day_not_a_week_a_month_or_a_year() {
        let now = at(2024, 5, 28).with_time(12, 0, 0);
        let en = "Meet me next month at 6pm, or on Monday at 6pm.";
        let want = [("next month", "2024-06"), ("6pm", "2024-05-28T18:00"), ("Monday at 6pm", "2024-05-27T18:00")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
    }

    #[test]
    fn bare_french_hours_are_a_clock_only_with_a_word_of_the_clock() {
        // "à", "vers", "dès", "de … à", minutes or a part of the day after it make a
        // clock; "passé 12 heures", "24 heures sur 24", "le 20 heures de France 2" are
        // lengths or the news, no time of day
        let now = at(2024, 5, 28).with_time(12, 0, 0);
        let fr = "Il a passé 12 heures en garde à vue, la lumière allumée 24 heures sur 24. Invité du 20 heures, \
                  il est reparti vers 22 heures. Le train est arrivé à 4 heures du matin.";
        let want = [("22 heures", "2024-05-28T22:00"), ("4 heures du matin", "2024-05-28T04:00")];
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&want));
    }

    #[test]
    fn a_french_weekday_picks_the_year_of_its_date_within_half_a_year() {
        // in an April paper, "mardi 26 juin" is the coming Tuesday 26 June, not last
        // year's Monday; a weekday that fits only a year far off is a slip and moves nothing
        let now = at(2018, 4, 23).with_time(12, 0, 0);
        let fr = "Le match contre le Danemark aura lieu mardi 26 juin à Moscou.";
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&[("mardi 26 juin", "2018-06-26")]));
        let now = at(2020, 7, 9).with_time(12, 0, 0);
        let fr = "Des rassemblements sont prévus ce vendredi 9 juillet.";
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&[("ce vendredi 9 juillet", "2020-07-09")]));
    }

    #[test]
    fn beginning_or_starting_a_day_is_from_that_day_on() {
        // not the start of January: "beginning" before a day is no edge of the month
        let now = at(2019, 12, 1).with_time(12, 0, 0);
        let en = "Beginning January 7th, the rule applies; starting Monday, schools close for the week \
                  commencing February 4. At the beginning of January prices rose.";
        let want = [
            ("Beginning January 7th", "2020-01-07/.."),
            ("starting Monday", "2019-12-02/.."),
            ("week commencing February 4", "2020-02-03"),
            ("beginning of January", "2020-01-01/2020-01-11"),
        ];
        assert_eq!(spans_leaning(en, now, NumLang::En, Lean::Future), owned(&want));
    }

    #[test]
    fn a_year_spelled_after_its_date() {
        // as said aloud; not a count of the noun after it
        let now = at(2019, 12, 1).with_time(12, 0, 0);
        let en = "She was born on January twenty five nineteen eighty six; the conference was in October two \
                  thousand and five. In May two thousand people marched.";
        let want = [
            ("January twenty five nineteen eighty six", "1986-01-25"),
            ("in October two thousand and five", "2005-10"),
            ("In May", "2019-05"),
        ];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
        let fr = "En août deux mille quinze, il est parti.";
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&[("En août deux mille quinze", "2015-08")]));
        // after its preposition alone; not a title, nor a count
        let en = "They left in nineteen ninety six and came back in two thousand and fifteen, paid in two \
                  thousand dollars.";
        let want = [("in nineteen ninety six", "1996"), ("in two thousand and fifteen", "2015")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
        let fr = "Parti en deux mille quinze, il joue dans Mille et une vies, brisé en mille morceaux.";
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&[("en deux mille quinze", "2015")]));
    }

    #[test]
    fn french_decades_in_a_row_are_one_span() {
        let now = at(2019, 12, 1).with_time(12, 0, 0);
        let fr = "Les années 1970-1980 ont vu naître le mouvement, les années 70 et 80 aussi, puis les années 1990. \
                  Dans les années 60 et 80, on a bâti.";
        let want = [
            ("années 1970-1980", "1970/1990"),
            ("années 70 et 80", "1970/1990"),
            ("années 1990", "1990/2000"),
            ("années 60", "1960/1970"),
        ];
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&want));
    }

    #[test]
    fn to_date_is_up_to_the_reference_day() {
        let now = at(2016, 3, 1).with_time(12, 0, 0);
        let en = "Clinton has 866 delegates to date; the stock is down 20% in the year to date. Keep it up to date.";
        let want = [("to date", "../2016-03-02"), ("year to date", "2016-01-01/2016-03-02")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
    }

    #[test]
    fn a_weekday_before_a_count_is_no_day_of_the_month() {
        // "samedi 14 jours d'isolement" is Saturday and a length, not Saturday the 14th
        let now = at(2020, 8, 14).with_time(12, 0, 0);
        let fr = "Londres réimposera à partir de samedi 14 jours d'isolement.";
        assert_eq!(
            spans_leaning(fr, now, NumLang::Fr, Lean::Future),
            owned(&[("à partir de samedi", "2020-08-15/..")])
        );
        let en = "I'll go back Saturday 3 days from now.";
        let want = [("Saturday", "2020-08-15"), ("3 days from now", "2020-08-17")];
        assert_eq!(spans_leaning(en, now, NumLang::En, Lean::Future), owned(&want));
    }

    #[test]
    fn last_after_a_modal_is_the_verb() {
        // "could last two weeks" is a length to come, not the last two weeks; "compared
        // to last year", "not last year" stay last year
        let now = at(2020, 6, 15).with_time(12, 0, 0);
        let en = "The strike could last two weeks and did not last two days. Sales rose compared to last \
                  year, not last month.";
        let want = [("two weeks", "P2W"), ("two days", "P2D"), ("last year", "2019"), ("last month", "2020-05")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
    }

    #[test]
    fn an_english_possessive_of_a_day_or_a_period_is_that_day_or_period() {
        let now = at(2016, 2, 10).with_time(12, 0, 0);
        let en = "Christie attacked Rubio in Saturday's debate; last week's caucus and yesterday's vote \
                  mattered more than today's refugees or a day's work.";
        let want = [("Saturday's", "2016-02-06"), ("last week's", "2016-02-01"), ("yesterday's", "2016-02-09")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
        // (in capitals too: a heading's "SATURDAY'S DEBATE" is no set of Saturdays)
        assert_eq!(spans("SATURDAY'S DEBATE", now, NumLang::En), owned(&[("SATURDAY'S", "2016-02-06")]));
    }

    #[test]
    fn a_weekday_ahead_of_or_in_the_run_up_to_is_to_come() {
        let now = at(2016, 2, 7).with_time(12, 0, 0);
        let en = "Voters weighed in ahead of Tuesday's primary. He won Saturday's debate.";
        let want = [("Tuesday's", "2016-02-09"), ("Saturday's", "2016-02-06")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
    }

    #[test]
    fn the_past_or_next_fortnight_is_two_weeks() {
        let now = at(2021, 5, 17).with_time(12, 0, 0);
        let en = "Infections rose over the past fortnight; they should fall in the next fortnight.";
        let want = [("past fortnight", "2021-05-03/2021-05-17"), ("in the next fortnight", "2021-05-24/2021-06-07")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
    }

    #[test]
    fn days_ahead_of_a_date_alone_are_a_day() {
        // a publication date has no time of day (the pipeline reads it at noon): "dans
        // trois jours" is a day, not noon three days on; from a clock it keeps the hour
        let now = at(2024, 5, 28).with_time(12, 0, 0);
        let fr = "Le verdict sera rendu dans trois jours.";
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&[("dans trois jours", "2024-05-31")]));
        let en = "He will be back in two days.";
        assert_eq!(spans(en, now, NumLang::En), owned(&[("in two days", "2024-05-30")]));
        let clock = at(2024, 5, 28).with_time(9, 30, 0);
        assert_eq!(spans(en, clock, NumLang::En), owned(&[("in two days", "2024-05-30T09:00")]));
    }

    #[test]
    fn late_in_the_evening_is_its_last_hours() {
        let now = at(2024, 5, 28).with_time(12, 0, 0);
        let fr = "Il a été interpellé tard hier soir ; la foule est restée jusque tard dans la nuit, puis \
                  est repartie plus tard dans la soirée.";
        let want = [
            ("tard hier soir", "2024-05-27T21:00/2024-05-28T00:00"),
            ("tard dans la nuit", "2024-05-28T21:00/2024-05-29T00:00"),
            // "plus tard" is later, not late
            ("plus tard dans la soirée", "2024-05-28T18:00/2024-05-29T00:00"),
        ];
        assert_eq!(spans(fr, now, NumLang::Fr), owned(&want));
        let en = "The talks went on late last night; late March was quiet.";
        let want = [("late last night", "2024-05-27T21:00/2024-05-28T00:00"), ("late March", "2024-03-21/2024-04-01")];
        assert_eq!(spans(en, now, NumLang::En), owned(&want));
    }

    #[test]
    fn d_ici_is_by_or_within() {
        // our own sentences, in the voice of a fictional regional daily
        let now = at(2024, 5, 28).with_time(12, 0, 0);
        let text = "Le tram de Valdorie sera prolongé d'ici 2030 et les travaux commenceront d'ici à deux mois ; \
                    le bilan sera connu d'ici la fin décembre, et d'ici une heure les secours seront là.";
        let found = spans_leaning(text, now, NumLang::Fr, Lean::Future);
        let want = [
            // a year's target includes the year; a length ends on its day
            ("d'ici 2030", "2024-05-28/2031-01-01"),
            ("d'ici à deux mois", "2024-05-28/2024-07-28"),
            ("d'ici la fin décembre", "2024-05-28/2025-01-01"),
            ("d'ici une heure", "2024-05-28T12:00/2024-05-28T13:00"),
        ];
        assert_eq!(found, owned(&want));
    }

    #[test]
    fn lengths_of_hours_that_are_no_whole_count() {
        let now = at(2013, 2, 12).with_time(4, 30, 0);
        let read = |text: &str, lang: NumLang| {
            parse_zoned(text, now, None, lang, Lean::Future).map_or_else(|| "nothing".to_string(), |v| v.render())
        };
        // a clock's notation as a length, to the minute; fractions and decimals to the second
        assert_eq!(read("dans 2h30", NumLang::Fr), "2013-02-12T07:00");
        assert_eq!(read("in 1h", NumLang::En), "2013-02-12T05:30");
        assert_eq!(read("dans une demi-heure", NumLang::Fr), "2013-02-12T05:00:00");
        assert_eq!(read("dans trois quarts d'heure", NumLang::Fr), "2013-02-12T05:15:00");
        assert_eq!(read("dans 2,5 heures", NumLang::Fr), "2013-02-12T07:00:00");
        assert_eq!(read("in 3/4h", NumLang::En), "2013-02-12T05:15:00");
        assert_eq!(read("in three-quarters of an hour", NumLang::En), "2013-02-12T05:15:00");
        // no fraction of an hour but a half, thirds and quarters ("in 5/8 hour")
        assert_eq!(read("in 5/8 hour", NumLang::En), "nothing");
        // "pendant 3h" stays a length, "à 15h" a time of day; hours past a day's
        // are lengths ("dans les 48h": within them)
        assert_eq!(read("pendant 3h", NumLang::Fr), "PT3H");
        assert_eq!(read("pendant 72h", NumLang::Fr), "PT72H");
        assert_eq!(read("dans les 48h", NumLang::Fr), "2013-02-12T04:30/2013-02-14T04:30");
        assert_eq!(read("dans les 2h", NumLang::Fr), "2013-02-12T04:30/2013-02-12T06:30");
        assert_eq!(read("à 15h", NumLang::Fr), "2013-02-12T15:00");
        // English "3h18" is on the 24-hour clock: the next 3:18 is tomorrow's; a
        // time in the hour under way is not past yet
        assert_eq!(read("3h18", NumLang::En), "2013-02-13T03:18");
        assert_eq!(read("at 4:23", NumLang::En), "2013-02-12T04:23");
        // a year of the Christian era, whatever its digits
        assert_eq!(read("in 14 a.d.", NumLang::En), "0014");
    }

    #[test]
    fn feasts_by_name_in_running_text() {
        let found = |text: &'static str, lang: NumLang, lean: Lean| -> Vec<(&'static str, String)> {
            let now = at(2022, 1, 7).with_time(12, 0, 0);
            find(text, now, lang, lean).into_iter().map(|f| (&text[f.start..f.end], f.value.render())).collect()
        };
        // French: a feast of each calendar, its year written or resolved against the
        // article's date (the one nearest it, looking back)
        assert_eq!(
            found(
                "Le cortège partira le lundi de Pâques 2022. Pendant le ramadan, les cafés ferment ; \
                 Yom Kippour a été calme. Selon M. Ramadan et Tariq Ramadan, l'ascension du candidat \
                 a commencé à la Saint-Sylvestre (31 au soir).",
                NumLang::Fr,
                Lean::Past
            ),
            vec![
                ("lundi de Pâques 2022", "2022-04-18".to_string()),
                ("ramadan", "2022-04-02/2022-05-02".to_string()),
                ("Yom Kippour", "2021-09-15".to_string()),
                // the evening of that 31st, no range from the feast to this evening
                ("Saint-Sylvestre (31 au soir", "2021-12-31T18:00/2022-01-01T00:00".to_string()),
            ]
        );
        // English: modifiers and offsets; "lent" is a verb unless a year or a
        // modifier says otherwise, "ascension" a plain noun
        assert_eq!(
            found(
                "She lent him a car last Thanksgiving. His ascension to power came at Lent 2021, \
                 and Hanukkah of next year is the target.",
                NumLang::En,
                Lean::Past
            ),
            vec![
                ("last Thanksgiving", "2021-11-25".to_string()),
                ("Lent 2021", "2021-02-17/2021-04-04".to_string()),
                ("Hanukkah of next year", "2023-12-07/2023-12-16".to_string()),
            ]
        );
        // feasts of a lunisolar calendar, from their tables, in French as in English,
        // the nearest one when no year is written; "rakhi" is also a given name:
        // read only with a year or a modifier
        assert_eq!(
            found(
                "À Varanpur, les lampes de Diwali 2021 ont brillé et Holi reviendra. \
                 Rakhi Devi a prié pour Vesak.",
                NumLang::Fr,
                Lean::Past
            ),
            vec![
                ("Diwali 2021", "2021-11-04".to_string()),
                ("Holi", "2022-03-18".to_string()),
                ("Vesak", "2022-05-15".to_string()),
            ]
        );
    }

    #[test]
    fn centuries_decades_weeks_and_halves_of_a_period() {
        // our own sentences, in the voice of a fictional weekly
        let found = |text: &str, lang: NumLang, now: DateTime| spans(text, now, lang);
        let now = at(2024, 5, 28);
        assert_eq!(
            found(
                "Le moulin de Valdorie, bâti au XVIe siècle et rénové dans les années 1990, a rouvert plus tôt ce \
                 mois-ci ; la foire reviendra plus tard dans l'année, des années 50 aux années 80 elle durait \
                 jusqu'aux années 1990. La semaine du 6 octobre, la Ve République, Louis XIV, le Ve siècle av. J.-C.",
                NumLang::Fr,
                now
            ),
            vec![
                pair("XVIe siècle", "1500/1600"),
                pair("années 1990", "1990/2000"),
                pair("plus tôt ce mois-ci", "2024-05-01/2024-05-16"),
                pair("plus tard dans l'année", "2024-07-01/2025-01-01"),
                pair("des années 50 aux années 80", "1950/1990"),
                pair("jusqu'aux années 1990", "../2000"),
                pair("semaine du 6 octobre", "2023-10-02"),
            ]
        );
        assert_eq!(
            found(
                "The Harbour Gazette, founded in the 19th century, grew in the 1990s and the '80s; a reader in \
                 her 40s wrote earlier this week, and the editors meet later this year, the week of May 8th.",
                NumLang::En,
                now
            ),
            vec![
                pair("19th century", "1800/1900"),
                pair("1990s", "1990/2000"),
                pair("'80s", "1980/1990"),
                // (the reference is a Tuesday: the week's first half is cut there)
                pair("earlier this week", "2024-05-27/2024-05-28"),
                pair("later this year", "2024-07-01/2025-01-01"),
                pair("week of May 8th", "2024-05-06"),
            ]
        );
    }

    #[test]
    fn lengths_with_an_article_or_a_half() {
        let now = at(2024, 5, 28);
        let lengths = |text: &str, lang: NumLang| values(text, now, lang);
        assert_eq!(
            lengths(
                "The ferry waited for an hour, then for half an hour, and the storm lasted for one hour and a half.",
                NumLang::En
            ),
            vec!["PT1H", "PT30M", "PT90M"]
        );
        assert_eq!(
            lengths(
                "Le bac a attendu pendant une heure et demie ; le chantier dure depuis deux ans et demi.",
                NumLang::Fr
            ),
            vec!["PT90M", "P30M"]
        );
    }

    #[test]
    fn the_weekend_before_and_after_this_week() {
        // a Tuesday: the weekend just past, and the coming one
        let now = at(2024, 5, 28);
        let found = |text: &str, lang: NumLang| values(text, now, lang);
        let past = "2024-05-24T18:00/2024-05-27T00:00";
        let coming = "2024-05-31T18:00/2024-06-03T00:00";
        assert_eq!(
            found("La foire a eu lieu le week-end dernier ; la suivante, le week-end prochain.", NumLang::Fr),
            vec![past, coming]
        );
        assert_eq!(
            found(
                "The fair was held last weekend, this past weekend in fact; the next one, next weekend.",
                NumLang::En
            ),
            vec![past, past, coming]
        );
        // "over the weekend" in news of a Thursday: the one gone, not the coming one
        let thursday = at(2024, 5, 30);
        assert_eq!(values("The mayor spoke over the weekend.", thursday, NumLang::En), vec![past]);
    }

    #[test]
    fn vague_plural_stretches_are_no_single_unit() {
        let now = at(2024, 5, 28);
        let found = |text: &str| spans(text, now, NumLang::Fr);
        assert_eq!(
            found("Ces dernières années, les prix ont monté ; les derniers mois et les semaines à venir seront durs, comme le mois dernier et les 2 dernières semaines."),
            vec![pair("mois dernier", "2024-04"), pair("2 dernières semaines", "2024-05-13/2024-05-27")]
        );
        let text = "In coming weeks and in years past, unlike this year's fair or next week.";
        let found: Vec<String> =
            find(text, now, NumLang::En, Lean::Past).into_iter().map(|f| text[f.start..f.end].to_string()).collect();
        assert_eq!(found, vec!["this year's", "next week"]);
    }

    #[test]
    fn repetitions_are_no_date() {
        let now = at(2024, 5, 28);
        assert_eq!(
            spans(
                "Ils manifestent tous les samedis et chaque lundi à 16 heures ; le conseil siège toutes les trois \
                 semaines, le 19 de chaque mois et une fois par an. L'hebdomadaire Marianne publie un bilan annuel, \
                 mis à jour quotidiennement.",
                now,
                NumLang::Fr
            ),
            vec![
                pair("tous les samedis", "XXXX-WXX-6"),
                pair("chaque lundi à 16 heures", "XXXX-WXX-1T16"),
                pair("toutes les trois semaines", "P3W"),
                pair("19 de chaque mois", "XXXX-XX-19"),
                pair("une fois par an", "P1Y"),
                pair("quotidiennement", "P1D"),
            ]
        );
        assert_eq!(
            spans(
                "They march every other week, on Tuesdays at 5pm, every night and on weekends; the Daily Mail runs \
                 a weekly column. The mornings were cold. Each of the two days was calm.",
                now,
                NumLang::En
            ),
            vec![
                pair("every other week", "P2W"),
                pair("Tuesdays at 5pm", "XXXX-WXX-2T17"),
                pair("every night", "TNI"),
                pair("weekends", "P1WE"),
                pair("weekly", "P1W"),
            ]
        );
    }

    #[test]
    fn spelled_hours_without_a_clock_are_lengths() {
        let now = at(2024, 5, 28);
        assert_eq!(
            spans(
                "Il a été retenu pendant moins d'une heure, deux heures plus tard il parlait. Il est rentré à une \
                 heure du matin, publiera à 17 heures une liste et il est vingt heures.",
                now,
                NumLang::Fr
            ),
            vec![
                // (a count from the story's time, which the pipeline reads from the day told
                // before it; not the clock 02:00)
                pair("deux heures plus tard", "2024-05-28T02:00"),
                pair("une heure du matin", "2024-05-28T01:00"),
                pair("17 heures", "2024-05-28T17:00"),
                pair("vingt heures", "2024-05-28T20:00"),
            ]
        );
    }

    #[test]
    fn english_counts_of_units_are_lengths_but_not_ages_rates_or_offsets() {
        let now = at(2022, 1, 7);
        assert_eq!(
            spans(
                "The siege lasted 12 hours and the talks two and a half days. At 68 years old he works 7 days a \
                 week; she, aged 70 years, left two days before the crash. Each of the two days was calm.",
                now,
                NumLang::En
            ),
            vec![pair("12 hours", "PT12H"), pair("two and a half days", "PT60H")]
        );
        // a French count needs its preposition or a verb of lasting ("à 68 ans" is an age)
        assert!(spans("Le siège a coûté trois semaines de travail.", now, NumLang::Fr).is_empty());
        assert_eq!(spans("Le siège a duré trois semaines.", now, NumLang::Fr), vec![pair("trois semaines", "P3W")]);
    }

    #[test]
    fn spoken_english_forms_of_hours_and_weekends() {
        let now = at(2022, 1, 7).with_time(10, 0, 0);
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Future).map(|v| v.render());
        assert_eq!(en("3 in the PM").as_deref(), Some("2022-01-07T15:00"));
        assert_eq!(en("from 3 to 4 in the PM").as_deref(), Some("2022-01-07T15:00/2022-01-07T17:00"));
        assert_eq!(en("around 3-4pm").as_deref(), Some("2022-01-07T15:00/2022-01-07T17:00"));
        assert_eq!(en("3pm approximately").as_deref(), Some("2022-01-07T15:00"));
        assert_eq!(en("the midday").as_deref(), Some("2022-01-07T12:00"));
        assert_eq!(en("mid day").as_deref(), Some("2022-01-07T12:00"));
        assert_eq!(en("sometime before 2030").as_deref(), Some("../2030"));
        assert_eq!(en("in 7 days at 5pm").as_deref(), Some("2022-01-14T17:00"));
        assert_eq!(en("twelve-zero-three").as_deref(), Some("2022-01-07T12:03"));
        assert_eq!(en("last wkend of July").as_deref(), Some("2022-07-29T18:00/2022-08-01T00:00"));
        // both bounds of a range, the end excluded
        assert_eq!(en("later than 3:30pm but before 6pm").as_deref(), Some("2022-01-07T15:30/2022-01-07T18:00"));
        assert_eq!(en("after 9:30 and before 11:00 on Tuesday").as_deref(), Some("2022-01-11T09:30/2022-01-11T11:00"));
        // a negated "later" is a deadline, its day included
        assert_eq!(
            spans("Bids close no later than January 1, 2010.", now, NumLang::En),
            vec![pair("no later than January 1, 2010", "../2010-01-02")]
        );
        assert_eq!(
            spans("Il rendra sa copie pas plus tard que lundi.", now, NumLang::Fr),
            vec![pair("pas plus tard que lundi", "2022-01-07/2022-01-11")]
        );
        // an a.m. after the evening is the small hours after it; twelve in the evening is midnight
        assert_eq!(en("tonight at 1am").as_deref(), Some("2022-01-08T01:00"));
        assert_eq!(en("tomorrow night at 2am").as_deref(), Some("2022-01-09T02:00"));
        assert_eq!(en("tonight at 12").as_deref(), Some("2022-01-08T00:00"));
        assert_eq!(en("tonight at 10").as_deref(), Some("2022-01-07T22:00"));
        // British clocks with a dot, and an end that names no day on the start's day
        assert_eq!(en("before 2.30pm").as_deref(), Some("../2022-01-07T14:30"));
        assert_eq!(en("at 10.45 pm").as_deref(), Some("2022-01-07T22:45"));
        assert_eq!(en("Tuesday, Jan 18, 1:00 PM - 1:15 PM").as_deref(), Some("2022-01-18T13:00/2022-01-18T13:16"));
        // a day of the month alone after "on the", ending its clause; a clock after a day and "at"
        let found = spans("They met on the 4th, then left; the office is on the 4th floor.", now, NumLang::En);
        assert_eq!(found, vec![pair("4th", "2022-01-04")]);
        assert_eq!(en("Monday at 2.30").as_deref(), Some("2022-01-10T02:30"));
        assert!(spans("Shares closed at 2.30 after the call.", now, NumLang::En).is_empty());
        // a year and its month, not a season
        assert_eq!(en("2014/10").as_deref(), Some("2014-10"));
        assert!(spans("la saison 2011/12 fut longue", now, NumLang::Fr).is_empty());
        let fr = parse("le week end dernier", now, NumLang::Fr, Lean::Past).map(|v| v.render());
        assert_eq!(fr.as_deref(), Some("2021-12-31T18:00/2022-01-03T00:00"));
    }

    #[test]
    fn hours_after_a_part_of_a_named_day() {
        let monday = at(2020, 9, 7);
        assert_eq!(
            spans(
                "Les attaques ont eu lieu dans la nuit de samedi à dimanche entre 00H30 et 02H20.",
                monday,
                NumLang::Fr
            ),
            vec![pair("dans la nuit de samedi à dimanche entre 00H30 et 02H20", "2020-09-06T00:30/2020-09-06T02:21")]
        );
        let fr = |s: &str| parse(s, monday, NumLang::Fr, Lean::Future).map(|v| v.render());
        assert_eq!(fr("jeudi matin à partir de 9h30").as_deref(), Some("2020-09-10T09:30/.."));
        // "de 9 à 17 heures" (not "passé de 9 à 12 %", a count)
        assert_eq!(
            spans("Le magasin ouvre de 9 à 17 heures ; le taux est passé de 9 à 12 %.", monday, NumLang::Fr),
            vec![pair("de 9 à 17 heures", "2020-09-07T09:00/2020-09-07T18:00")]
        );
        assert_eq!(fr("ce soir jusqu'à 22h").as_deref(), Some("2020-09-07T18:00/2020-09-07T23:00"));
        // no hours said: the part alone
        let found = spans("Elle avait pondu une nuit plus tard.", monday, NumLang::Fr);
        assert!(found.iter().all(|(t, _)| !t.contains("plus tard")), "{found:?}");
    }

    #[test]
    fn the_first_or_last_units_of_a_period() {
        let now = at(2020, 6, 15);
        assert_eq!(
            spans(
                "Au cours des trois premiers mois de l'année, les ventes ont chuté ; les huit derniers \
                 mois de 2017 aussi, mais pas les 100 premiers jours de son mandat.",
                now,
                NumLang::Fr
            ),
            vec![
                pair("trois premiers mois de l'année", "2020-01/2020-04"),
                pair("huit derniers mois de 2017", "2017-05/2018-01")
            ]
        );
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Past).map(|v| v.render());
        assert_eq!(en("the first 2 weeks of 2021").as_deref(), Some("2021-01-01/2021-01-15"));
        assert_eq!(en("April of 1987").as_deref(), Some("1987-04"));
    }

    #[test]
    fn weekday_ranges_read_out_of_order_and_dates_glued_by_a_dash() {
        // the end's weekday alone is the first one after the start
        let thursday = at(2019, 9, 5);
        assert_eq!(
            spans("I will be away from next Monday to Friday.", thursday, NumLang::En),
            vec![pair("from next Monday to Friday", "2019-09-09/2019-09-14")]
        );
        // two weekdays alone read ahead out of order: the pair nearest the day of the paper
        let friday = at(2020, 8, 7);
        assert_eq!(
            spans_leaning(
                "Les mesures entreront en vigueur dans la nuit de jeudi à vendredi.",
                friday,
                NumLang::Fr,
                Lean::Future
            ),
            vec![pair("dans la nuit de jeudi à vendredi", "2020-08-06T18:00/2020-08-07T06:00")]
        );
        // a day glued to the next month by a dash ends one date
        assert_eq!(
            spans("The fair runs Nov 18-Dec 19, 2015 in Valmora.", thursday, NumLang::En),
            vec![pair("Nov 18-Dec 19, 2015", "2015-11-18/2015-12-20")]
        );
    }

    #[test]
    fn hedged_counts_of_time_ago() {
        let now = at(2020, 6, 10);
        assert_eq!(
            spans(
                "Il est parti il y a près de deux ans, revenu il y a plus de vingt ans, lancé il y a moins \
                 d'une semaine et fondé il y a dix-huit mois. Il y a plus de difficultés depuis.",
                now,
                NumLang::Fr
            ),
            vec![
                pair("il y a près de deux ans", "2018-06"),
                pair("il y a plus de vingt ans", "../2000-06"),
                pair("il y a moins d'une semaine", "2020-06-03/.."),
                pair("il y a dix-huit mois", "2018-12-10"),
            ]
        );
        assert_eq!(
            spans("He left more than two years ago, nearly a year ago and less than a week ago.", now, NumLang::En),
            vec![
                pair("more than two years ago", "../2018-06"),
                pair("nearly a year ago", "2019-06"),
                pair("less than a week ago", "2020-06-03/.."),
            ]
        );
    }

    #[test]
    fn small_hours_of_a_night_are_before_dawn() {
        let now = at(2024, 5, 28);
        assert_eq!(
            spans("La secousse a eu lieu à 3h18 dans la nuit, la suivante à 10 heures du soir.", now, NumLang::Fr),
            vec![pair("3h18 dans la nuit", "2024-05-28T03:18"), pair("10 heures du soir", "2024-05-28T22:00")]
        );
        assert_eq!(
            spans("Un tir à 2 heures de la nuit, un autre à 11 heures de la nuit.", now, NumLang::Fr),
            vec![pair("2 heures de la nuit", "2024-05-28T02:00"), pair("11 heures de la nuit", "2024-05-28T23:00")]
        );
    }

    #[test]
    fn seconds_leap_days_spelled_decades_and_minutes_after_et() {
        // 2021 has no 29 February: the nearest leap year's on the leaned side, unless
        // the other side's is within the year
        let now = at(2021, 6, 1);
        assert_eq!(values("Le 29 février, il a neigé.", now, NumLang::Fr), vec!["2020-02-29"]);
        assert_eq!(values("Le vote aura lieu samedi 29 février.", at(2020, 2, 27), NumLang::Fr), vec!["2020-02-29"]);
        assert_eq!(
            spans(
                "L'alerte est tombée à 19:56:30 ; dans les années quatre-vingt-dix, à sept heures et dix.",
                now,
                NumLang::Fr
            ),
            vec![
                pair("19:56:30", "2021-06-01T19:56:30"),
                pair("années quatre-vingt-dix", "1990/2000"),
                pair("sept heures et dix", "2021-06-01T07:10"),
            ]
        );
        // "et" before a figure or an article is no minute
        assert_eq!(
            spans("Évacuation vers 14 heures et une fumée épaisse.", now, NumLang::Fr),
            vec![pair("14 heures", "2021-06-01T14:00")]
        );
    }

    #[test]
    fn after_a_year_starts_at_its_end_and_years_spent_are_no_date() {
        let now = at(2019, 3, 5);
        assert_eq!(
            spans(
                "Il partira après 2024, ou après juin 2025, à partir de 2023 ; après trois ans passés ailleurs et 100 \
                 jours passés en prison, les jours suivants furent calmes, comme l'an passé.",
                now,
                NumLang::Fr
            ),
            vec![
                pair("après 2024", "2025/.."),
                pair("après juin 2025", "2025-07/.."),
                pair("à partir de 2023", "2023/.."),
                pair("an passé", "2018"),
            ]
        );
        assert_eq!(
            spans("Prices fell after 2012 and on the twenty second of May.", now, NumLang::En),
            vec![pair("after 2012", "2013/.."), pair("twenty second of May", "2018-05-22")]
        );
    }

    #[test]
    fn a_length_written_as_a_clock() {
        let now = at(2021, 6, 1);
        assert_eq!(
            spans(
                "Il a parlé pendant 1h40, le vote a duré durant 2h30, prolongé pour 24h, prévu pour 15h.",
                now,
                NumLang::Fr
            ),
            vec![
                pair("pendant 1h40", "PT100M"),
                pair("durant 2h30", "PT150M"),
                pair("pour 24h", "PT24H"),
                pair("15h", "2021-06-01T15:00"),
            ]
        );
    }

    #[test]
    fn seasons_last_and_next() {
        // in winter: the last summer is the year before, the next one this year
        let now = at(2024, 1, 10);
        let found = |text: &str, lang: NumLang| values(text, now, lang);
        assert_eq!(
            found("Le port a fermé l'été dernier et rouvrira l'été prochain ; l'hiver dernier fut doux.", NumLang::Fr),
            vec!["2023-06-21/2023-09-24", "2024-06-21/2024-09-24", "2022-12-21/2023-03-21"]
        );
        assert_eq!(
            found("The port closed last summer and reopens next spring.", NumLang::En),
            vec!["2023-06-21/2023-09-24", "2024-03-20/2024-06-21"]
        );
    }

    #[test]
    fn a_season_with_its_year_and_a_season_alone() {
        let now = at(2020, 6, 7);
        // a season named with its year is that year's; a winter named by one year holds
        // its January; "au printemps" is "in spring"; in the past lean, the last one begun
        assert_eq!(
            spans(
                "Le réseau sévissait depuis l'automne 2018 ; l'hiver 2018-2019 fut doux, l'hiver 2021 aussi. \
                   Il a été retardé durant l'été, puis au printemps 2020 ; cet été, il rouvrira.",
                now,
                NumLang::Fr
            ),
            owned(&[
                ("automne 2018", "2018-09-23/2018-12-21"),
                ("hiver 2018-2019", "2018-12-21/2019-03-21"),
                ("hiver 2021", "2020-12-21/2021-03-21"),
                ("été", "2019-06-21/2019-09-24"),
                ("au printemps 2020", "2020-03-20/2020-06-21"),
                ("cet été", "2020-06-21/2020-09-24"),
            ])
        );
        assert_eq!(
            spans("In the fall of 2007 he ran; Summer 2019 was hot.", now, NumLang::En),
            owned(&[("fall of 2007", "2007-09-23/2007-12-21"), ("Summer 2019", "2019-06-21/2019-09-24")])
        );
        // an English title in French text, a planet, the Winter Games: no season, no month
        assert_eq!(
            values("La série The Fall, le film Seul sur Mars, les Jeux d'hiver 2022.", now, NumLang::Fr),
            vec!["2022"]
        );
    }

    #[test]
    fn ranges_of_months_and_their_year() {
        let now = at(2019, 1, 7);
        assert_eq!(
            spans("Les pluies de la période mars-mai ; en juillet-août 2019 ; de janv.-fév. 2020.", now, NumLang::Fr),
            owned(&[
                ("mars-mai", "2018-03/2018-06"),
                ("en juillet-août 2019", "2019-07/2019-09"),
                ("de janv.-fév. 2020", "2020-01/2020-03"),
            ])
        );
        assert_eq!(
            spans(
                "APEC met Jan-Feb 2017, then from Sep to Nov, and from April to June in 2017; plans for Dec, 2018. \
                 In December, 2000 people marched.",
                now,
                NumLang::En
            ),
            owned(&[
                ("Jan-Feb 2017", "2017-01/2017-03"),
                ("from Sep to Nov", "2018-09/2018-12"),
                ("from April to June in 2017", "2017-04/2017-07"),
                ("Dec, 2018", "2018-12"),
                ("In December", "2018-12"),
                ("2000", "2000"),
            ])
        );
        assert_eq!(
            spans_leaning(
                "Show sales in the week after next, not the year before last.",
                now,
                NumLang::En,
                Lean::Future
            ),
            owned(&[("in the week after next", "2019-01-21"), ("year before last", "2017")])
        );
    }

    #[test]
    fn a_day_without_its_year_is_the_near_one_and_quotes_close_words() {
        // a past-tense sentence of 12 June names a coming 1 July, not last year's; a
        // quotation mark or a full stop glued to a year leaves it a year
        let now = at(2020, 6, 12);
        assert_eq!(
            spans(
                "La ministre a déclaré que les entreprises paieraient plus au 1er juillet. \
                 Il avait été arrêté le 10 mai. Le chantier \"devrait se faire en 2021\". «Prévu en 2022».",
                now,
                NumLang::Fr
            ),
            owned(&[("1er juillet", "2020-07-01"), ("10 mai", "2020-05-10"), ("en 2021", "2021"), ("en 2022", "2022")])
        );
    }

    #[test]
    fn an_hour_on_a_named_day_and_its_part() {
        // noon on a Monday; the future lean, as "prévu", "rendez-vous" give it
        let now = at(2019, 1, 7).with_time(12, 0, 0);
        let found = |text: &str| spans_leaning(text, now, NumLang::Fr, Lean::Future);
        assert_eq!(
            found("Rendez-vous à 10h mercredi, puis à 10 heures mercredi matin, jeudi soir vers 22 heures et samedi soir vers minuit."),
            owned(&[
                ("10h mercredi", "2019-01-09T10:00"),
                ("10 heures mercredi matin", "2019-01-09T10:00"),
                ("jeudi soir vers 22 heures", "2019-01-10T22:00"),
                ("samedi soir vers minuit", "2019-01-13T00:00"),
            ])
        );
        // a count after "à" is no hour; "Midi Libre" is a newspaper; "durée de" and
        // "pendant près de" lead lengths, no times of day
        assert_eq!(
            found("Les gendarmes ont procédé lundi matin à neuf interpellations, a dit Midi Libre."),
            // (the publication day's Monday in Monday's paper)
            owned(&[("lundi matin", "2019-01-07T04:00/2019-01-07T12:00")])
        );
        assert_eq!(
            found("Un reportage d'une durée de deux heures ; le cyclone a soufflé pendant près de six heures."),
            owned(&[("deux heures", "PT2H")])
        );
        assert_eq!(spans("Il est revenu il ya 2 jours.", now, NumLang::Fr), owned(&[("il ya 2 jours", "2019-01-05")]));
        assert_eq!(
            spans_leaning("See you tonight at midnight.", now, NumLang::En, Lean::Future),
            owned(&[("tonight at midnight", "2019-01-08T00:00")])
        );
    }

    #[test]
    fn ranges_of_hours_with_a_bare_side() {
        // a Monday morning; polling stations open "de 8 à 20 heures" (8:00, not 20:00:
        // the end is on the 24-hour clock), a bare end after a clock is an hour ("entre
        // 15 heures et 19"), not a day of the month, nor is an ordinal ("au 6e étage")
        let now = at(2016, 11, 7).with_time(9, 0, 0);
        let found = |text: &str| spans_leaning(text, now, NumLang::Fr, Lean::Future);
        assert_eq!(
            found("Le scrutin aura lieu de 8 à 20 heures dimanche."),
            owned(&[("de 8 à 20 heures dimanche", "2016-11-13T08:00/2016-11-13T21:00")])
        );
        assert_eq!(
            found("Évitez la route entre 15 heures et 19 heures, l'incendie a pris à 03H00 au 6e étage."),
            owned(&[
                ("entre 15 heures et 19 heures", "2016-11-07T15:00/2016-11-07T20:00"),
                ("03H00", "2016-11-08T03:00")
            ])
        );
        // "heures" left out before a part of the day
        assert_eq!(found("La cueillette commence à 5 du matin."), owned(&[("5 du matin", "2016-11-08T05:00")]));
        assert_eq!(
            found("Ouvert de 5 à 7 du soir."),
            owned(&[("de 5 à 7 du soir", "2016-11-07T17:00/2016-11-07T20:00")])
        );
        // a day after a clock said with p.m. is no minute of it
        assert_eq!(
            found("Je serai là de 5 à 6pm 22 avril."),
            owned(&[("de 5 à 6pm 22 avril", "2017-04-22T17:00/2017-04-22T19:00")])
        );
        // English: "by the end of the day" is a deadline, "at the end of the day" an idiom;
        // a hedge inside an edge says nothing more
        let now = at(2013, 2, 12).with_time(4, 30, 0);
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Future).map(|v| v.render());
        assert_eq!(en("by the end of the day").as_deref(), Some("2013-02-12T04:30:00/2013-02-13T00:00:00"));
        assert_eq!(en("by EOD").as_deref(), Some("2013-02-12T04:30:00/2013-02-13T00:00:00"));
        assert_eq!(en("at the end of the day"), None);
        assert_eq!(en("at the end of around next week").as_deref(), Some("2013-02-22/2013-02-25"));
        assert_eq!(en("the ides of March").as_deref(), Some("2013-03-15"));
    }

    #[test]
    fn a_weekday_with_its_month_and_day_and_the_day_of_next_week() {
        // Friday 6 July 2018: "Friday 7-6" is that day (the weekday tells the year and
        // the order); a pair joined by a dash falling back is no month-long range of
        // days, but "du 28 au 3" runs into the next month
        let now = at(2018, 7, 6).with_time(12, 0, 0);
        let en = |t: &str| spans_leaning(t, now, NumLang::En, Lean::Future);
        assert_eq!(en("A call on Friday 7-6 with Jim."), owned(&[("Friday 7-6", "2018-07-06")]));
        assert_eq!(en("Shifts run 12-4 on the docks."), owned(&[]));
        assert_eq!(
            spans_leaning("Le salon a lieu du 28 au 3.", now, NumLang::Fr, Lean::Future),
            owned(&[("du 28 au 3", "2018-07-28/2018-08-04")])
        );
        // "next week on Tuesday", "on this week Monday": that week's day
        assert_eq!(
            en("Let us talk next week on Tuesday or on this week Monday."),
            owned(&[("next week on Tuesday", "2018-07-10"), ("this week Monday", "2018-07-02")])
        );
    }

    #[test]
    fn a_date_then_its_year_after_in_and_months_glued_to_years() {
        // "April in 2016" is April 2016, and a range of two such dates is read whole (a
        // year then a yearless month made a range from 2016 to next June); "12-2015" is
        // a month and year, no range from the 12th to the year 2015
        let now = at(2019, 5, 16);
        let en = |t: &str| spans_leaning(t, now, NumLang::En, Lean::Future);
        assert_eq!(
            en("Sales from April in 2016 to June in 2017 were low."),
            owned(&[("from April in 2016 to June in 2017", "2016-04/2017-07")])
        );
        assert_eq!(en("He was born on June 3 in 1960 in Ohio."), owned(&[("June 3 in 1960", "1960-06-03")]));
        assert_eq!(parse("12-2015", now, NumLang::En, Lean::Future).map(|v| v.render()).as_deref(), Some("2015-12"));
        assert_eq!(
            parse("three weeks from tmrw", now, NumLang::En, Lean::Future).map(|v| v.render()).as_deref(),
            Some("2019-06-07")
        );
    }

    #[test]
    fn days_counted_from_a_date_and_months_years_ahead() {
        // a Tuesday, 12 February 2013
        let now = at(2013, 2, 12).with_time(4, 30, 0);
        let en = |s: &str| parse(s, now, NumLang::En, Lean::Future).map(|v| v.render());
        // the nth weekday after or before a date; the nth closest by distance
        assert_eq!(en("the third Tuesday after Christmas 2014").as_deref(), Some("2015-01-13"));
        assert_eq!(en("the second Friday before June 3").as_deref(), Some("2013-05-24"));
        assert_eq!(en("the closest Monday to Oct 5th").as_deref(), Some("2013-10-07"));
        assert_eq!(en("the second closest Mon to October fifth").as_deref(), Some("2013-09-30"));
        assert_eq!(en("the 3rd closest xmas to today").as_deref(), Some("2011-12-25"));
        // a month years after the coming one; a weekday of last week's
        assert_eq!(en("March after next").as_deref(), Some("2014-03"));
        assert_eq!(en("March in a year").as_deref(), Some("2014-03"));
        assert_eq!(en("last week's Sunday").as_deref(), Some("2013-02-10"));
        // "the closest thing to" is no date
        assert_eq!(
            spans("The closest thing to a deal came on Monday.", now, NumLang::En),
            owned(&[("Monday", "2013-02-11")])
        );
    }

    #[test]
    fn round_counts_ago_parts_of_a_day_of_the_month_and_two_days_told_together() {
        // a Friday paper, 7 January 2022
        let now = at(2022, 1, 7).with_time(9, 0, 0);
        let fr = |t: &str| spans(t, now, NumLang::Fr);
        assert_eq!(
            fr("Il y a une dizaine de jours, il était encore en poste."),
            owned(&[("Il y a une dizaine de jours", "2021-12-28")])
        );
        // "dans la matinée du 5" is the 5th's
        assert_eq!(
            fr("Les combats ont commencé dans la matinée du 5."),
            owned(&[("dans la matinée du 5", "2022-01-05T04:00/2022-01-05T12:00")])
        );
        // ("au soir du premier tour" is an event's evening, of no date here; after "dans",
        // the words that follow are the verb's)
        assert_eq!(fr("Au soir du premier tour, il a parlé."), owned(&[]));
        assert_eq!(
            fr("Ils ont essuyé dans la nuit des jets de projectiles."),
            owned(&[("dans la nuit", "2022-01-07T18:00/2022-01-08T00:00")])
        );
        // a range ending on a part of a day ends with it; its end's day alone is in the
        // start's month
        assert_eq!(
            fr("Il n'a pas quitté son domicile entre le soir du 27 octobre et le matin du 28."),
            owned(&[("entre le soir du 27 octobre et le matin du 28", "2021-10-27T18:00/2021-10-28T12:00")])
        );
        // a night's end is its small hours, the last ones in a past account, the next to come
        assert_eq!(
            fr("Le policier a été tué en fin de nuit sur le parking."),
            owned(&[("en fin de nuit", "2022-01-07T03:00/2022-01-07T06:00")])
        );
        assert_eq!(
            spans_leaning("Les rafales seront maximales en fin de nuit.", now, NumLang::Fr, Lean::Future),
            owned(&[("en fin de nuit", "2022-01-08T03:00/2022-01-08T06:00")])
        );
        // a name holding "Aujourd'hui" or "Maintenant" is no date; a cry in capitals is
        assert_eq!(fr("L'ONG La Paix Maintenant et le collectif Vénerie Aujourd'hui ont parlé."), owned(&[]));
        assert_eq!(fr("METTEZ-VOUS A L'ABRI MAINTENANT !"), owned(&[("MAINTENANT", "2022-01-07T09:00:00")]));
        // "plus tôt dans la journée" is earlier today, not its early hours
        assert_eq!(
            fr("Plus tôt dans la journée, le ministre avait nié ; plus tôt dans la matinée, il s'était tu."),
            owned(&[
                ("Plus tôt dans la journée", "2022-01-07"),
                ("plus tôt dans la matinée", "2022-01-07T04:00/2022-01-07T12:00"),
            ])
        );
        // "les 12 et 13 janvier": one span of the two days (and of three, "les 3, 4 et 5
        // février"); days apart are no span, each a day of the month named last
        assert_eq!(
            spans_leaning(
                "Le sommet se tiendra les 12 et 13 janvier, puis les 18 et 25 janvier, les 3, 4 et 5 février, \
                 le 8 et le 15 mars, les 1er, 9 et 16 avril et entre le 1er et le 5 mai.",
                now,
                NumLang::Fr,
                Lean::Future
            ),
            owned(&[
                ("12 et 13 janvier", "2022-01-12/2022-01-14"),
                ("18", "2022-01-18"),
                ("25 janvier", "2022-01-25"),
                ("3, 4 et 5 février", "2022-02-03/2022-02-06"),
                ("8", "2022-03-08"),
                ("15 mars", "2022-03-15"),
                ("1er", "2022-04-01"),
                ("9", "2022-04-09"),
                ("16 avril", "2022-04-16"),
                ("entre le 1er et le 5 mai", "2022-05-01/2022-05-06"),
            ])
        );
    }

    #[test]
    fn counts_after_a_date_things_named_after_a_feast_and_days_told_in_pairs() {
        let now = at(2018, 7, 20);
        let fr = |t: &str| spans(t, now, NumLang::Fr);
        // two digits after a date are a count, not its year, before a noun or in brackets
        assert_eq!(
            fr("Le 10 juillet 11 personnes sont mortes, depuis le point du 10 juillet (11 au total)."),
            owned(&[("10 juillet", "2018-07-10"), ("10 juillet", "2018-07-10")])
        );
        assert_eq!(fr("Elle est née le 31 octobre 74 à Paris."), owned(&[("31 octobre 74", "1974-10-31")]));
        // the market, the tree and Father Christmas are no date; Christmas is
        assert_eq!(fr("Le marché de Noël et le Père Noël reviendront à Noël."), owned(&[("Noël", "2017-12-25")]));
        assert_eq!(spans("A Christmas tree for Christmas.", now, NumLang::En), owned(&[("Christmas", "2017-12-25")]));
        // an English time word amid a name is none ("MSNBC's “Morning Joe”", "One Wisconsin
        // Now"), but a headline in title case keeps its "Now"
        assert_eq!(
            spans("He told MSNBC’s “Morning Joe” that One Wisconsin Now was wrong.", now, NumLang::En),
            owned(&[])
        );
        assert_eq!(spans("Donald Trump Is Now Calling Obama The Most Valuable Player", now, NumLang::En).len(), 1);
        // a rate is no date; Mars the subject of a verb is the planet (or the firm), May the month
        assert_eq!(fr("Il toucherait 150 000 euros par soir, deux épisodes par soirée."), owned(&[]));
        assert_eq!(fr("Mars a ce problème de tempêtes."), owned(&[]));
        assert_eq!(fr("Mai a été plus chaud que la moyenne."), owned(&[("Mai", "2018-05")]));
        // "lundi 23 ou mardi 24 juillet": the month after the next day is this one's too
        assert_eq!(
            fr("La commission entendra le ministre lundi 23 ou mardi 24 juillet."),
            owned(&[("lundi 23", "2018-07-23"), ("mardi 24 juillet", "2018-07-24")])
        );
    }

    #[test]
    fn irregular_french_futures_speak_of_the_future_and_names_do_not() {
        for w in ["Macron viendra", "il devra", "la commission recevra", "ils tiendront", "on verra"] {
            assert!(speaks_of_future(w, NumLang::Fr), "{w}");
        }
        for w in ["Alexandra est venue", "la Terra Nova", "il devait"] {
            assert!(!speaks_of_future(w, NumLang::Fr), "{w}");
        }
    }

    #[test]
    fn the_things_named_after_a_feast_are_read_from_their_file() {
        // every line read (a bad one panics naming its line), none twice
        let t = feast_things();
        let lines = crate::lexicon::numbered_lines(crate::lexicon::data_file!("feast_things.tsv")).count();
        assert_eq!(t.len(), lines);
        assert!(t.contains(&("before", "marche")) && t.contains(&("after", "tree")));
    }

    #[test]
    fn lengths_after_verbs_of_lasting_and_decimal_counts() {
        // "a duré 4 heures" is a length (it was 04:00); a decimal count is counted in the
        // finer unit that makes it whole; "6,300 hours" in English is no 6.3
        let now = at(2020, 5, 15).with_time(12, 0, 0);
        assert_eq!(
            spans("L'attaque, qui a duré 4 heures, puis une audience prévue pour durer 2,5 jours.", now, NumLang::Fr),
            owned(&[("4 heures", "PT4H"), ("2,5 jours", "PT60H")])
        );
        assert_eq!(
            spans("The siege lasted 2.5 hours; the pilot had logged 6,300 hours.", now, NumLang::En),
            owned(&[("2.5 hours", "PT150M")])
        );
        assert_eq!(parse("3.5 years", now, NumLang::En, Lean::Future).map(|v| v.render()).as_deref(), Some("P42M"));
    }

    #[test]
    fn french_hours_count_twenty_four_and_cross_midnight() {
        // noon: "à 10h" to come is tomorrow's 10:00, not tonight's 22:00; a curfew runs
        // from the evening to the next morning; "entre midi et deux" is lunchtime
        let now = at(2020, 8, 3).with_time(12, 0, 0);
        assert_eq!(
            spans_leaning(
                "Le discours débutera à 10h. Couvre-feu de 22H00 à 06H00, pause entre midi et deux.",
                now,
                NumLang::Fr,
                Lean::Future
            ),
            owned(&[
                ("10h", "2020-08-04T10:00"),
                ("de 22H00 à 06H00", "2020-08-03T22:00/2020-08-04T06:01"),
                ("entre midi et deux", "2020-08-03T12:00/2020-08-03T15:00"),
            ])
        );
        // "jusqu'à" an hour alone keeps the sentence's lean: this morning's in a past
        // account (a date after it still looks ahead)
        assert_eq!(
            spans("Les pompiers sont restés sur place jusqu'à 5h30.", now, NumLang::Fr),
            owned(&[("jusqu'à 5h30", "2020-08-03T00:00/2020-08-03T05:31")])
        );
    }

    #[test]
    fn the_night_from_one_day_to_the_next() {
        let now = at(2024, 5, 28);
        let found = |text: &str| spans(text, now, NumLang::Fr);
        assert_eq!(
            found("Le feu a pris dans la nuit de samedi à dimanche, puis dans la nuit du 12 au 13 mai."),
            vec![
                pair("dans la nuit de samedi à dimanche", "2024-05-25T18:00/2024-05-26T06:00"),
                pair("dans la nuit du 12 au 13 mai", "2024-05-12T18:00/2024-05-13T06:00"),
            ]
        );
    }

    #[test]
    fn no_false_dates_in_running_text() {
        let now = at(2022, 1, 7);
        let text = "Sam Greene a donné sa réponse : 18,5% des 64.96% restants, à 68 ans, dans un Il-76 ; je crois.";
        let found = find(text, now, NumLang::Fr, Lean::Past);
        assert!(found.is_empty(), "{found:?}");
        let text = "Les manifestations ont commencé le 2 janvier, et jeudi les troupes sont arrivées.";
        let found: Vec<(String, String)> = find(text, now, NumLang::Fr, Lean::Past)
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.value.render()))
            .collect();
        assert_eq!(
            found,
            vec![("2 janvier".to_string(), "2022-01-02".to_string()), ("jeudi".to_string(), "2022-01-06".to_string())]
        );
    }

    #[test]
    fn the_rest_of_a_period_after_for_runs_from_today_to_its_end() {
        // Wednesday 1 July 2020: "pour le reste de la semaine" runs to Sunday; without
        // "pour", "le reste de l'année" is any other time of a year, no time at all
        let now = at(2020, 7, 1);
        assert_eq!(
            spans(
                "L'Elysée n'a pas publié son agenda pour le reste de la semaine. Les prix seront gelés pour le \
                 reste de l'année. Ils sont assez taxés le reste de l'année.",
                now,
                NumLang::Fr
            ),
            owned(&[("reste de la semaine", "2020-07-01/2020-07-06"), ("reste de l'année", "2020-07-01/2021-01-01")])
        );
        assert_eq!(
            spans("Markets will stay closed for the rest of the month.", now, NumLang::En),
            owned(&[("rest of the month", "2020-07-01/2020-08-01")])
        );
    }
}
