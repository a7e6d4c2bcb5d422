//! Repetitions: "tous les jours", "toutes les trois semaines", "chaque lundi
//! à 16 heures", "le 19 de chaque mois", "une fois par semaine", "every other
//! day", "Thursdays at 5.30pm", "tuesday afternoons", "weekly". A repetition
//! is no place on the calendar: read as one, "chaque lundi" was a false date
//! (the next Monday). Its value is written as TIMEX3 writes a set: "P1D",
//! "P3W", "XXXX-WXX-1T16", "XXXX-XX-19", "T15:30", "TMO", "P1WE".

use super::{Key, Reader, TimeValue};
use crate::calendar::Grain;
use crate::numbers::NumLang;

/// Parts of the day and the week-end, as `Key::Plural` carries them.
pub(super) const MORNING: u8 = 0;
pub(super) const AFTERNOON: u8 = 1;
pub(super) const EVENING: u8 = 2;
pub(super) const NIGHT: u8 = 3;
pub(super) const WEEKEND: u8 = 4;
/// Monday to Friday: "weekday", "weekdays" (English).
pub(super) const WORKDAY: u8 = 5;

/// "précédents", "derniers" as plurals ("les dimanches précédents", "les trois
/// précédents dimanches"): some days told, not a repetition.
const PREVIOUS: &[&str] = &["précédents", "precedents", "derniers", "passés"];

/// What repeats, and how often.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Every {
    /// So many periods between two occurrences ("toutes les trois semaines": 3).
    pub n: u32,
    pub period: Period,
    /// The weekday of each occurrence, Monday 0 ("chaque lundi").
    pub weekday: Option<u32>,
    /// The day of the month ("le 19 de chaque mois").
    pub day: Option<u32>,
    /// The time of day: hour, minute, whether the minutes were written.
    pub clock: Option<(u32, u32, bool)>,
    /// The part of the day ("tous les matins"): `MORNING` to `NIGHT`.
    pub part: Option<u8>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Period {
    Unit(Grain),
    Weekend,
    /// Monday to Friday ("every weekday").
    Workday,
}

impl Every {
    fn of(n: u32, period: Period) -> Self {
        Every { n, period, weekday: None, day: None, clock: None, part: None }
    }

    /// TIMEX3's value of a set: the anchored ones by their calendar fields,
    /// the others by their period.
    pub fn render(&self) -> String {
        let time = match (self.clock, self.part) {
            (Some((h, m, true)), _) => format!("T{h:02}:{m:02}"),
            (Some((h, _, false)), _) => format!("T{h:02}"),
            (None, Some(p)) => format!("T{}", ["MO", "AF", "EV", "NI"].get(p as usize).copied().unwrap_or("")),
            (None, None) => String::new(),
        };
        if let Some(w) = self.weekday {
            return format!("XXXX-WXX-{}{time}", w + 1);
        }
        if let Some(d) = self.day {
            return format!("XXXX-XX-{d:02}{time}");
        }
        if !time.is_empty() {
            return time;
        }
        match self.period {
            Period::Weekend => format!("P{}WE", self.n),
            Period::Workday => format!("P{}WD", self.n),
            Period::Unit(g) => super::iso_length(self.n, g),
        }
    }

    fn value(self) -> TimeValue {
        let grain = match self.period {
            Period::Unit(g) => g,
            Period::Weekend => Grain::Week,
            Period::Workday => Grain::Day,
        };
        let grain = if self.weekday.is_some() {
            Grain::Week
        } else if self.day.is_some() {
            Grain::Month
        } else {
            grain
        };
        TimeValue { from: None, to: None, grain, interval: false, duration: None, every: Some(self), approx: false }
    }
}

fn part_of(k: Key) -> Option<u8> {
    match k {
        Key::Morning => Some(MORNING),
        Key::Afternoon => Some(AFTERNOON),
        Key::Evening => Some(EVENING),
        Key::Night => Some(NIGHT),
        Key::Plural(p) if p < WEEKEND => Some(p),
        _ => None,
    }
}

impl Reader<'_> {
    /// A repetition at `i`, with a time of day before or after it ("4pm
    /// chaque lundi", "every day at 7:13 p.m.").
    pub(super) fn every(&self, i: usize) -> super::Read {
        // a clock first: "16 heures chaque lundi", "6am everyday" (tried only when a
        // word of repetition follows closely)
        // ("4 heures quotidiennement", "trois heures tous les soirs" are lengths: the
        // clock is read without a day, so that a spelled "trois heures" is none)
        let written = matches!(self.key(i), Some(Key::Clock(..)));
        let ahead = (i + 1..(i + 6).min(self.toks.len())).any(|k| match self.key(k) {
            Some(Key::Every | Key::All) => true,
            Some(Key::Periodic(..)) => written,
            _ => false,
        });
        if ahead {
            if let Some((c, j)) = self.clock(i, None) {
                if let (Some((e, end)), Some(at)) = (self.every_core(j), clock_of(&c)) {
                    if e.clock.is_none() && takes_clock(&e) {
                        return Some((Every { clock: Some(at), part: None, ..e }.value(), end));
                    }
                }
            }
        }
        let (e, j) = self.every_core(i)?;
        // then a clock: "each monday at 4pm", "Thursdays at 17.30"
        if e.clock.is_none() && takes_clock(&e) {
            if let Some((at, end)) = self.clock(j, None).and_then(|(c, end)| Some((clock_of(&c)?, end))) {
                return Some((Every { clock: Some(at), part: None, ..e }.value(), end));
            }
        }
        Some((e.value(), j))
    }

    fn every_core(&self, i: usize) -> Option<(Every, usize)> {
        match self.key(i)? {
            // "chaque jour", "every other day", "each two days", "every Monday"
            Key::Every => self.every_what(i + 1, true),
            // "tous les jours", "toutes les trois semaines", "tous les lundis"
            Key::All if self.is(i + 1, Key::The) && self.plural_word(i) => self.every_what(i + 2, false),
            // "weekly", "annuellement": in lower case ("the Daily Mail" is a name);
            // "everyday" before a word is ordinary ("everyday Americans")
            Key::Periodic(n, g) => {
                let lower = self.raw(i).starts_with(|c: char| c.is_ascii_lowercase());
                let ordinary = self.raw(i) == "everyday" && self.is(i + 1, Key::Other);
                (lower && !ordinary).then_some((Every::of(n, Period::Unit(g)), i + 1))
            }
            // "once a week", "once per year"
            Key::Once => {
                let per = self.is(i + 1, Key::At) || self.raw(i + 1).eq_ignore_ascii_case("per");
                match self.key(i + 2) {
                    Some(Key::Unit(g)) if per && !self.plural_word(i + 2) => {
                        Some((Every::of(1, Period::Unit(g)), i + 3))
                    }
                    _ => None,
                }
            }
            // "une fois par semaine"
            Key::Num(1) if self.lang == NumLang::Fr && self.raw(i + 1) == "fois" && self.raw(i + 2) == "par" => {
                match self.key(i + 3) {
                    Some(Key::Unit(g)) => Some((Every::of(1, Period::Unit(g)), i + 4)),
                    _ => None,
                }
            }
            // "le 19 de chaque mois", "19th of every month"
            Key::Digits(d, 1 | 2) | Key::Ordinal(d)
                if (1..=31).contains(&d)
                    && self.is(i + 1, Key::Of)
                    && self.is(i + 2, Key::Every)
                    && self.is(i + 3, Key::Unit(Grain::Month)) =>
            {
                Some((Every { day: Some(d as u32), ..Every::of(1, Period::Unit(Grain::Month)) }, i + 4))
            }
            // "les samedis", "on Thursdays": the article or preposition with it
            Key::The if matches!(self.key(i + 1), Some(Key::Weekday(_) | Key::Plural(_))) => self.every_core(i + 1),
            // "samedis", "Thursdays", "tuesday afternoons", "Friday mornings"
            // (not counted or told: "les deux samedis précédents", "quatre samedis de
            // mobilisation", "les samedis 8 et 15 janvier")
            Key::Weekday(w) if !self.told(i) && !self.is(i + 1, Key::Last) && !self.raw_is(i + 1, PREVIOUS) => {
                if self.number_at(i + 1) {
                    return None;
                }
                let e = Every { weekday: Some(w), ..Every::of(1, Period::Unit(Grain::Week)) };
                match self.key(i + 1).and_then(part_of) {
                    Some(p) if self.plural_word(i + 1) => Some((Every { part: Some(p), ..e }, i + 2)),
                    _ if self.plural_word(i) => Some((e, i + 1)),
                    _ => None,
                }
            }
            // "mornings", "on weekends", in English ("the mornings were cold" is no
            // repetition, nor French "les nuits", often some nights told)
            Key::Plural(p) if self.lang == NumLang::En && self.plural_word(i) && self.bare_plural(i) => {
                Some((self.part_every(p), i + 1))
            }
            _ => None,
        }
    }

    /// What follows "chaque", "every" or "tous les": a unit, a weekday, a part
    /// of the day or the week-end, with a count ("every two weeks") or "other".
    fn every_what(&self, i: usize, singular: bool) -> Option<(Every, usize)> {
        let (n, k) = if self.raw(i).eq_ignore_ascii_case("other") {
            (2, i + 1)
        } else if let Some((n, e)) = self.number(i).filter(|(n, _)| (2..=1000).contains(n)) {
            (n as u32, e)
        } else {
            (1, i)
        };
        // "tous les jours" is plural, "chaque jour" is not; "every two weeks" both;
        // "mois" either
        let number_ok = |plural: bool| n > 1 || plural != singular;
        let invariant = self.raw(k).eq_ignore_ascii_case("mois");
        match self.key(k)? {
            Key::Unit(g) if invariant || number_ok(self.plural_word(k)) => Some((Every::of(n, Period::Unit(g)), k + 1)),
            // "every other Friday" is every Friday as TIMEX writes it
            Key::Weekday(w) => {
                let e = Every { weekday: Some(w), ..Every::of(1, Period::Unit(Grain::Week)) };
                match self.key(k + 1).and_then(part_of) {
                    Some(p) => Some((Every { part: Some(p), ..e }, k + 2)),
                    None => Some((e, k + 1)),
                }
            }
            Key::Weekend | Key::Plural(WEEKEND) => Some((Every::of(n, Period::Weekend), k + 1)),
            Key::Plural(WORKDAY) => Some((Every::of(n, Period::Workday), k + 1)),
            key => part_of(key).filter(|_| n == 1).map(|p| (self.part_every(p), k + 1)),
        }
    }

    fn part_every(&self, p: u8) -> Every {
        match p {
            WEEKEND => return Every::of(1, Period::Weekend),
            WORKDAY => return Every::of(1, Period::Workday),
            _ => {}
        }
        Every { part: Some(p), ..Every::of(1, Period::Unit(Grain::Day)) }
    }

    /// Whether a plural part of the day or week-end stands alone as a
    /// repetition ("out mornings", "on weekends"), not counted or told ("two
    /// nights a week", "the first three nights", "four other nights", "the
    /// mornings were cold", "open-mike nights").
    fn bare_plural(&self, i: usize) -> bool {
        let the = i > 0 && self.is(i - 1, Key::The) && !self.raw(i - 1).eq_ignore_ascii_case("on");
        !self.told(i) && !the && !self.is(i + 1, Key::Of)
    }

    /// Whether the plural at `i` is counted or qualified as some of them: a
    /// number, "last", "other", "several", "précédents", a compound before it.
    fn told(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let before = self.raw(i - 1);
        matches!(
            self.key(i - 1),
            Some(Key::Num(_) | Key::Digits(..) | Key::Ordinal(_) | Key::Few | Key::Couple | Key::Last | Key::Next)
        ) || before.len() > 1 && before.contains('-')
            || self.raw_is(
                i - 1,
                &["other", "several", "many", "some", "these", "those", "most", "all", "plusieurs", "quelques", "ces"],
            )
            || self.raw_is(i - 1, PREVIOUS)
    }

    /// Whether the word at `i` is written as a plural ("lundis", "Thursdays",
    /// "jours"; not a possessive "Tuesday's", "WEDNESDAY'S").
    pub(super) fn plural_word(&self, i: usize) -> bool {
        let w = self.raw(i);
        w.len() > 3
            && (w.ends_with('s') || w.ends_with('S'))
            && !["'s", "’s", "'S", "’S"].iter().any(|p| w.ends_with(p))
    }
}

/// A clock fits a daily or weekly repetition or a part of the day, not a
/// monthly or a yearly one.
fn takes_clock(e: &Every) -> bool {
    e.weekday.is_some() || e.part.is_some() || e.period == Period::Unit(Grain::Day) && e.n == 1 && e.day.is_none()
}

fn clock_of(c: &TimeValue) -> Option<(u32, u32, bool)> {
    let at = c.from.filter(|_| !c.interval && c.duration.is_none() && c.grain <= Grain::Hour)?;
    Some((at.hour, at.minute, c.grain == Grain::Minute))
}
