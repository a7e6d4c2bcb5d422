//! Proleptic Gregorian calendar arithmetic on plain fields, enough for
//! resolving dates against a reference: days from the civil date and back
//! (Howard Hinnant's algorithms), weekdays, month lengths, adding days and
//! months. No time zones: every value is in the article's local time.

use std::fmt;

/// A date and a time of day, local to the text's reference. The default is
/// 1970-01-01 00:00.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub struct DateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// How precise a value is: "2020" is a year, never 2020-01-01.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
        }
    }
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus): (month, day).
pub fn easter(y: i32) -> (u32, u32) {
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    (month as u32, day as u32)
}

/// The `n`-th weekday `wd` (0 = Monday) of a month, counted from its end when `n`
/// is negative (-1: the last), if the month has that many.
pub fn nth_weekday(y: i32, m: u32, wd: u32, n: i64) -> Option<DateTime> {
    let d = if n >= 0 {
        let first = DateTime::date(y, m, 1)?;
        first.add_days((wd as i64 - first.weekday() as i64).rem_euclid(7) + 7 * (n - 1))
    } else {
        let last = DateTime::date(y, m, days_in_month(y, m))?;
        last.add_days(-((last.weekday() as i64 - wd as i64).rem_euclid(7)) + 7 * (n + 1))
    };
    (d.month == m && d.year == y).then_some(d)
}

/// The weekday (0 = Monday … 6 = Sunday) of a day counted from 1970-01-01, a
/// Thursday.
pub fn weekday_of_days(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32
}

/// The Monday of ISO week `n` of year `y` (the first week holds 4 January),
/// counted from the year's last ISO week when `n` is negative (-1: the last,
/// which holds 28 December).
pub fn iso_week_monday(y: i32, n: i64) -> Option<DateTime> {
    let monday_of = |d: DateTime| d.add_days(-(d.weekday() as i64));
    Some(if n >= 0 {
        monday_of(DateTime::date(y, 1, 4)?).add_days(7 * (n - 1))
    } else {
        monday_of(DateTime::date(y, 12, 28)?).add_days(7 * (n + 1))
    })
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

impl Default for DateTime {
    fn default() -> Self {
        DateTime { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
    }
}

impl DateTime {
    pub fn date(year: i32, month: u32, day: u32) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(DateTime {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
        })
    }

    pub fn with_time(self, hour: u32, minute: u32, second: u32) -> Self {
        DateTime { hour, minute, second, ..self }
    }

    pub fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        weekday_of_days(self.days())
    }

    pub fn add_days(&self, n: i64) -> Self {
        let (year, month, day) = civil_from_days(self.days() + n);
        DateTime { year, month, day, ..*self }
    }

    /// Adds months, clamping the day to the month's length.
    pub fn add_months(&self, n: i64) -> Self {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let year = total.div_euclid(12) as i32;
        let month = total.rem_euclid(12) as u32 + 1;
        DateTime { year, month, day: self.day.min(days_in_month(year, month)), ..*self }
    }

    pub fn add_seconds(&self, n: i64) -> Self {
        let secs = self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64 + n;
        let days = secs.div_euclid(86_400);
        let rest = secs.rem_euclid(86_400);
        let d = self.add_days(days);
        d.with_time((rest / 3600) as u32, (rest % 3600 / 60) as u32, (rest % 60) as u32)
    }

    /// The start of the period of `grain` that holds this instant (weeks start on Monday).
    pub fn truncate(&self, grain: Grain) -> Self {
        let d = *self;
        match grain {
            Grain::Second => d,
            Grain::Minute => d.with_time(d.hour, d.minute, 0),
            Grain::Hour => d.with_time(d.hour, 0, 0),
            Grain::Day => d.with_time(0, 0, 0),
            Grain::Week => d.add_days(-(d.weekday() as i64)).with_time(0, 0, 0),
            Grain::Month => DateTime { day: 1, ..d }.with_time(0, 0, 0),
            Grain::Quarter => DateTime { month: (d.month - 1) / 3 * 3 + 1, day: 1, ..d }.with_time(0, 0, 0),
            Grain::Year => DateTime { month: 1, day: 1, ..d }.with_time(0, 0, 0),
        }
    }

    /// Adds `n` periods of `grain`.
    pub fn add(&self, grain: Grain, n: i64) -> Self {
        match grain {
            Grain::Second => self.add_seconds(n),
            Grain::Minute => self.add_seconds(n * 60),
            Grain::Hour => self.add_seconds(n * 3600),
            Grain::Day => self.add_days(n),
            Grain::Week => self.add_days(n * 7),
            Grain::Month => self.add_months(n),
            Grain::Quarter => self.add_months(n * 3),
            Grain::Year => self.add_months(n * 12),
        }
    }

    /// The value written at its grain: "2020", "2022-01", "2022-01-06",
    /// "2022-01-06T15:30".
    pub fn format(&self, grain: Grain) -> String {
        match grain {
            Grain::Year => format!("{:04}", self.year),
            Grain::Quarter | Grain::Month => format!("{:04}-{:02}", self.year, self.month),
            Grain::Week | Grain::Day => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Grain::Hour | Grain::Minute => {
                format!("{:04}-{:02}-{:02}T{:02}:{:02}", self.year, self.month, self.day, self.hour, self.minute)
            }
            Grain::Second => format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
                self.year, self.month, self.day, self.hour, self.minute, self.second
            ),
        }
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Grain::Second))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        for z in [-800_000i64, -1, 0, 1, 10_000, 19_000, 20_000, 400_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        let d = DateTime::date(2022, 1, 6).unwrap();
        assert_eq!(d.weekday(), 3, "6 January 2022 was a Thursday");
        assert_eq!(DateTime::date(2013, 2, 12).unwrap().weekday(), 1);
        assert_eq!(d.add_days(-6).format(Grain::Day), "2021-12-31");
        assert_eq!(DateTime::date(2020, 1, 31).unwrap().add_months(1).format(Grain::Day), "2020-02-29");
        assert_eq!(d.truncate(Grain::Week).format(Grain::Day), "2022-01-03");
        assert_eq!(d.with_time(23, 30, 0).add_seconds(3600).format(Grain::Minute), "2022-01-07T00:30");
        assert!(DateTime::date(2021, 2, 29).is_none());
    }

    #[test]
    fn easter_sundays() {
        // published dates of Easter Sunday
        // Thanksgiving 2021, MLK day 2013; no fifth Monday in February 2021
        assert_eq!(nth_weekday(2021, 11, 3, 4), DateTime::date(2021, 11, 25));
        assert_eq!(nth_weekday(2013, 1, 0, 3), DateTime::date(2013, 1, 21));
        assert_eq!(nth_weekday(2021, 2, 0, 5), None);
        // the last Monday of May 2022, the second last Saturday of March 2016
        assert_eq!(nth_weekday(2022, 5, 0, -1), DateTime::date(2022, 5, 30));
        assert_eq!(nth_weekday(2016, 3, 5, -2), DateTime::date(2016, 3, 19));
        // ISO weeks: the first of 2015 starts on 29 December 2014, the last of 2018 on 24 December
        assert_eq!(iso_week_monday(2015, 1), DateTime::date(2014, 12, 29));
        assert_eq!(iso_week_monday(2018, -1), DateTime::date(2018, 12, 24));
        for (y, md) in
            [(2013, (3, 31)), (2019, (4, 21)), (2022, (4, 17)), (2024, (3, 31)), (2038, (4, 25)), (1818, (3, 22))]
        {
            assert_eq!(easter(y), md, "{y}");
        }
    }
}
