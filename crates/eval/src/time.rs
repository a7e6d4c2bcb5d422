//! Temporal expressions on Duckling's Time corpora as they are
//! (`duckling/Time_{FR,EN}.jsonl`): each text is read whole against Duckling's
//! reference instant, Tuesday 2013-02-12 04:30, leaning to the future as
//! Duckling does. A value is right when its start, at the gold grain, and its
//! grain are the gold ones; an interval when both ends are; a negative case
//! when nothing is read.

use crate::{per_second, EvalError};
use recoupe_text::calendar::{DateTime, Grain};
use recoupe_text::numbers::NumLang;
use recoupe_text::temporal::{self, Lean, TimeValue};
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;
use std::time::Instant;

#[derive(Deserialize)]
struct Case {
    text: String,
    #[serde(default)]
    value: Option<Value>,
    #[serde(default)]
    negative: bool,
}

/// "2013-02-12T04:30:00.000-02:00" → its fields (the offset is Duckling's
/// reference zone, the same for every case).
fn gold_datetime(s: &str) -> Option<DateTime> {
    let n = |a: usize, b: usize| s.get(a..b).and_then(|x| x.parse::<u32>().ok());
    let year = s.get(0..4)?.parse().ok()?;
    // month-grain gold values are written with day 00 in this export
    let day = n(8, 10)?.max(1);
    let month = n(5, 7)?.max(1);
    Some(DateTime::date(year, month, day)?.with_time(n(11, 13)?, n(14, 16)?, n(17, 19)?))
}

fn grain_of(s: &str) -> Option<Grain> {
    Some(match s {
        "second" => Grain::Second,
        "minute" => Grain::Minute,
        "hour" => Grain::Hour,
        "day" => Grain::Day,
        "week" => Grain::Week,
        "month" => Grain::Month,
        "quarter" => Grain::Quarter,
        "year" => Grain::Year,
        _ => return None,
    })
}

enum Gold {
    Point(DateTime, Grain),
    Interval(Option<DateTime>, Option<DateTime>),
    Nothing,
}

fn gold(c: &Case) -> Option<Gold> {
    if c.negative {
        return Some(Gold::Nothing);
    }
    let v = c.value.as_ref()?;
    let side = |x: Option<&Value>| -> Option<DateTime> {
        let x = x?;
        let s = x.get("value").and_then(Value::as_str).or_else(|| x.as_str())?;
        gold_datetime(s)
    };
    match v.get("type").and_then(Value::as_str)? {
        "value" => {
            let d = gold_datetime(v.get("value")?.as_str()?)?;
            let g = grain_of(v.get("grain")?.as_str()?)?;
            Some(Gold::Point(d.truncate(g), g))
        }
        "interval" => Some(Gold::Interval(side(v.get("from")), side(v.get("to")))),
        _ => None,
    }
}

fn right(got: Option<&TimeValue>, want: &Gold) -> bool {
    match (got, want) {
        (None, Gold::Nothing) => true,
        (Some(v), Gold::Point(d, g)) => {
            !v.interval && v.duration.is_none() && v.grain == *g && v.from.map(|f| f.truncate(*g)) == Some(*d)
        }
        (Some(v), Gold::Interval(f, t)) => v.interval && v.from == *f && v.to == *t,
        _ => false,
    }
}

/// Whether our value is one of Recognizers' resolutions: a date, a date and
/// time, a time of day, or a range (start and exclusive end).
fn recognizers_match(v: &TimeValue, gold: &Value) -> bool {
    let get = |k: &str| gold.get(k).and_then(Value::as_str);
    // "2016-11-07" or "2016-11-07 15:00:00"
    let parse = |s: &str| -> Option<DateTime> {
        match s.len() {
            10 => gold_datetime(&format!("{s}T00:00:00")),
            19 => gold_datetime(&s.replace(' ', "T")),
            _ => None,
        }
    };
    if let Some(e) = &v.every {
        return get("type") == Some("set") && get("timex").is_some_and(|t| same_set(&e.render(), t));
    }
    if let Some(secs) = v.duration_seconds() {
        return get("type") == Some("duration")
            && get("value").and_then(|x| x.parse::<f64>().ok()).is_some_and(|g| (g - secs).abs() < 1e-6 * g.max(1.0));
    }
    // a season is left unresolved, named by its timex ("2016-SU", or "SU" for a
    // summer of no stated year): ours is its span, starting in the season's month
    if get("value") == Some("not resolved") {
        let Some(timex) = get("timex") else { return false };
        let (year, season) = match timex.split_once('-') {
            Some((y, s)) => (y.parse::<i32>().ok(), s),
            None => (None, timex),
        };
        let month = match season {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            "WI" => 12,
            _ => return false,
        };
        return v.interval
            && v.from.is_some_and(|f| f.month == month && year.is_none_or(|y| f.year == y))
            && v.to.is_some_and(|t| t.days() - v.from.map_or(0, |f| f.days()) > 80);
    }
    let (from, to) = match (v.from, v.interval) {
        (Some(f), false) => (Some(f), Some(f.add(v.grain, 1))),
        (f, true) => (f, v.to),
        _ => return false,
    };
    match get("type").unwrap_or("") {
        "date" => get("value").and_then(&parse).is_some_and(|d| from == Some(d) && v.grain == Grain::Day),
        "datetime" => get("value").and_then(&parse).is_some_and(|d| from == Some(d) && v.grain <= Grain::Hour),
        "time" => get("value").is_some_and(|t| {
            from.is_some_and(|f| format!("{:02}:{:02}:{:02}", f.hour, f.minute, f.second) == t)
                && v.grain <= Grain::Hour
        }),
        // Recognizers end a range on the start of its stated end ("de 14h à 16h" ends
        // at 16:00, "2014 to 2018" on 2018-01-01); ours ends after it, at its grain
        // (16:00 + 1 hour, 2019-01-01: Duckling's convention): either is the same range
        "daterange" | "datetimerange" => {
            let (s, e) = (get("start").and_then(&parse), get("end").and_then(&parse));
            let stated_end = to.map(|t| if v.interval { t.add(v.grain, -1) } else { t });
            // an open range ("avant 17h", "before 2000") has its end alone
            // (its end either way, as a closed range's: "until May 1" ends after the 1st)
            let open_before =
                s.is_none() && get("start").is_none() && from.is_none() && e.is_some() && (e == to || e == stated_end);
            open_before || s.is_some() && s == from && (e.is_none() || e == to || e == stated_end)
        }
        "timerange" => {
            let hm = |d: Option<DateTime>| d.map(|d| format!("{:02}:{:02}:00", d.hour, d.minute));
            let stated_end = to.map(|t| t.add(v.grain.min(Grain::Hour), -1));
            get("start").is_some_and(|s| hm(from).as_deref() == Some(s))
                && get("end").is_none_or(|e| hm(to).as_deref() == Some(e) || hm(stated_end).as_deref() == Some(e))
        }
        _ => false,
    }
}

/// A Recognizers resolution as one short text, for a miss's line: its value,
/// or its range, else its timex.
fn gold_text(v: &Value) -> String {
    let get = |k: &str| v.get(k).and_then(Value::as_str);
    match (get("value"), get("start"), get("end")) {
        (Some(x), _, _) if x != "not resolved" => x.to_string(),
        (_, s, e) if s.is_some() || e.is_some() => format!("{}/{}", s.unwrap_or(".."), e.unwrap_or("..")),
        _ => get("timex").unwrap_or("?").to_string(),
    }
}

/// Whether two TIMEX3 set values are one: the same text, or periods of one
/// length ("P6M" and "P0.5Y", "P3M" and "P1Q" are written both ways).
fn same_set(ours: &str, gold: &str) -> bool {
    // a period as (months, days, seconds) and its unit's letters
    fn period(t: &str) -> Option<(u64, u64, u64, &str)> {
        let (time, body) = match t.strip_prefix("PT") {
            Some(b) => (true, b),
            None => (false, t.strip_prefix('P')?),
        };
        let cut = body.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let (n, unit) = (body[..cut].parse::<f64>().ok()?, &body[cut..]);
        // in tenths, to keep "0.5" whole
        let tenths = (n * 10.0).round() as u64;
        Some(match (time, unit) {
            (false, "Y") => (tenths * 12, 0, 0, ""),
            (false, "Q") => (tenths * 3, 0, 0, ""),
            (false, "M") => (tenths, 0, 0, ""),
            (false, "W") => (0, tenths * 7, 0, ""),
            (false, "D") => (0, tenths, 0, ""),
            (true, "H") => (0, 0, tenths * 3600, ""),
            (true, "M") => (0, 0, tenths * 60, ""),
            (true, "S") => (0, 0, tenths, ""),
            (false, u) => (0, 0, tenths, u),
            _ => return None,
        })
    }
    ours.eq_ignore_ascii_case(gold) || period(ours).is_some_and(|p| period(gold) == Some(p))
}

/// A peer's readings (`eval/peers/dateparser_time.py`): one datetime or null
/// per text, in corpus order, with the text to check the order.
fn peer_readings(path: &Path) -> Result<Vec<(String, String, Option<DateTime>)>, EvalError> {
    let s = crate::read_to_string(path)?;
    let mut out = Vec::new();
    for (i, l) in s.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(l).map_err(|e| EvalError(format!("{}:{}: {e}", path.display(), i + 1)))?;
        let text = v.get("text").and_then(Value::as_str).unwrap_or("").to_string();
        let lang = v.get("lang").and_then(Value::as_str).unwrap_or("").to_string();
        let value = v.get("value").and_then(Value::as_str).and_then(|x| gold_datetime(&format!("{x:0<19}")));
        out.push((lang, text, value));
    }
    Ok(out)
}

pub fn run(dir: &Path, peers: &[(String, std::path::PathBuf)], show: bool) -> Result<Value, EvalError> {
    // a sample of the misses, or all of them with --show
    let (keep, print) = if show { (usize::MAX, usize::MAX) } else { (40, 15) };
    let now =
        DateTime::date(2013, 2, 12).map(|d| d.with_time(4, 30, 0)).ok_or_else(|| EvalError("bad reference".into()))?;
    let mut suites = Vec::new();
    let mut all: Vec<(String, NumLang)> = Vec::new();
    for (lang, code) in [(NumLang::Fr, "FR"), (NumLang::En, "EN")] {
        let path = dir.join("duckling").join(format!("Time_{code}.jsonl"));
        let text = crate::read_to_string(&path)?;
        let (mut n, mut ok, mut skipped) = (0usize, 0usize, 0usize);
        let (mut by_kind, mut misses) = ([(0usize, 0usize); 3], Vec::new());
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let c: Case =
                serde_json::from_str(line).map_err(|e| EvalError(format!("{}:{}: {e}", path.display(), i + 1)))?;
            let Some(want) = gold(&c) else {
                skipped += 1;
                continue;
            };
            // Duckling's reference is in UTC-02:00
            let got = temporal::parse_zoned(&c.text, now, Some(-120), lang, Lean::Future);
            let good = right(got.as_ref(), &want);
            let kind = match want {
                Gold::Point(..) => 0,
                Gold::Interval(..) => 1,
                Gold::Nothing => 2,
            };
            by_kind[kind].1 += 1;
            n += 1;
            if good {
                ok += 1;
                by_kind[kind].0 += 1;
            } else if misses.len() < keep {
                misses.push(format!("{:?}: {}", c.text, got.map_or("nothing".into(), |v| v.render())));
            }
            all.push((c.text, lang));
        }
        // the peers on the same cases, scored the same way (a datetime takes the gold grain)
        for (name, peer_path) in peers {
            let readings = peer_readings(peer_path)?;
            let (mut pn, mut pok) = (0usize, 0usize);
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let c: Case =
                    serde_json::from_str(line).map_err(|e| EvalError(format!("{}:{}: {e}", path.display(), i + 1)))?;
                let Some(want) = gold(&c) else { continue };
                let got = readings.iter().find(|(l, t, _)| l == code && *t == c.text).and_then(|r| r.2);
                pn += 1;
                let good = match (&want, got) {
                    (Gold::Nothing, None) => true,
                    (Gold::Point(d, g), Some(x)) => x.truncate(*g) == *d,
                    _ => false,
                };
                pok += usize::from(good);
            }
            let pacc = pok as f64 / pn.max(1) as f64;
            println!("duckling Time_{code}, peer {name}: {pok}/{pn} = {:.1}%", 100.0 * pacc);
            suites.push(serde_json::json!({"suite": format!("duckling Time_{code}"), "system": name, "right": pok, "cases": pn, "accuracy": pacc}));
        }
        let acc = ok as f64 / n.max(1) as f64;
        println!(
            "duckling Time_{code}: {ok}/{n} = {:.1}%  (points {}/{}, intervals {}/{}, negatives {}/{}; {skipped} unreadable gold)",
            100.0 * acc,
            by_kind[0].0,
            by_kind[0].1,
            by_kind[1].0,
            by_kind[1].1,
            by_kind[2].0,
            by_kind[2].1
        );
        for m in &misses {
            println!("  miss {m}");
        }
        suites.push(
            serde_json::json!({"suite": format!("duckling Time_{code}"), "right": ok, "cases": n, "accuracy": acc}),
        );
    }
    // Microsoft Recognizers-Text DateTimeModel, the cases its own .NET code supports
    for (lang, dir_name) in [(NumLang::Fr, "French"), (NumLang::En, "English")] {
        let path = dir.join("recognizers").join("DateTime").join(dir_name).join("DateTimeModel.json");
        let raw = crate::read_to_string(&path)?;
        let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
            .map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
        let (mut n, mut ok) = (0usize, 0usize);
        let mut by_type: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        let mut misses = Vec::new();
        for c in &cases {
            let unsupported = c.get("NotSupported").and_then(Value::as_str).is_some_and(|x| x.contains("dotnet"));
            let (Some(input), Some(reference)) = (
                c.get("Input").and_then(Value::as_str),
                c.pointer("/Context/ReferenceDateTime").and_then(Value::as_str).and_then(gold_datetime),
            ) else {
                continue;
            };
            if unsupported {
                continue;
            }
            let found = temporal::find(input, reference, lang, Lean::Future);
            let chars: Vec<usize> = input.char_indices().map(|(b, _)| b).chain([input.len()]).collect();
            for r in c.get("Results").and_then(Value::as_array).into_iter().flatten() {
                let ty = r
                    .get("TypeName")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .trim_start_matches("datetimeV2.")
                    .to_string();
                let start = r.get("Start").or_else(|| r.get("start")).and_then(Value::as_u64).unwrap_or(0) as usize;
                let end = r.get("End").and_then(Value::as_u64).unwrap_or(0) as usize + 1;
                let (bs, be) = (chars.get(start).copied().unwrap_or(0), chars.get(end).copied().unwrap_or(input.len()));
                let values: Vec<&Value> =
                    r.pointer("/Resolution/values").and_then(Value::as_array).into_iter().flatten().collect();
                let good = found
                    .iter()
                    .filter(|f| f.start < be && bs < f.end)
                    .any(|f| values.iter().any(|v| recognizers_match(&f.value, v)));
                n += 1;
                let e = by_type.entry(ty.clone()).or_default();
                e.1 += 1;
                if good {
                    ok += 1;
                    e.0 += 1;
                } else if show || misses.len() < 300 {
                    let text = r.get("Text").and_then(Value::as_str).unwrap_or("");
                    let got: Vec<String> =
                        found.iter().map(|f| format!("{}={}", &input[f.start..f.end], f.value.render())).collect();
                    let want: Vec<String> = values.iter().map(|v| gold_text(v)).collect();
                    misses.push(format!("[{ty}] {text:?} in {input:?}: want {want:?}, got {got:?}"));
                }
            }
        }
        let acc = ok as f64 / n.max(1) as f64;
        let types: Vec<String> = by_type.iter().map(|(t, (a, b))| format!("{t} {a}/{b}")).collect();
        println!(
            "recognizers DateTimeModel {dir_name} (supported): {ok}/{n} = {:.1}%  ({})",
            100.0 * acc,
            types.join(", ")
        );
        for m in misses.iter().take(print) {
            println!("  miss {m}");
        }
        suites.push(serde_json::json!({"suite": format!("recognizers DateTimeModel {dir_name}"), "right": ok, "cases": n, "accuracy": acc}));
    }
    // throughput: every text read again, many times over
    let t0 = Instant::now();
    let mut read = 0usize;
    for _ in 0..20 {
        for (s, lang) in &all {
            read += usize::from(temporal::parse(s, now, *lang, Lean::Future).is_some());
        }
    }
    let rate = per_second(all.len() * 20, t0.elapsed());
    println!("throughput: {rate:.0} expressions/s (one core; {read} readings)");
    Ok(serde_json::json!({"task": "time", "suites": suites, "expressions_per_s": rate}))
}

#[cfg(test)]
mod tests {
    use super::{recognizers_match, same_set};
    use recoupe_text::calendar::{DateTime, Grain};
    use recoupe_text::temporal::TimeValue;

    #[test]
    fn set_values_of_one_length_are_one() {
        assert!(same_set("P6M", "P0.5Y"));
        assert!(same_set("P3M", "P1Q"));
        assert!(same_set("XXXX-WXX-1T16", "XXXX-WXX-1T16"));
        assert!(same_set("P1WE", "P1WE"));
        assert!(!same_set("P1W", "P1WE"));
        assert!(!same_set("P2D", "P1D"));
        assert!(!same_set("T15", "T15:30"));
    }

    #[test]
    fn an_unresolved_season_is_matched_by_its_span() {
        let d = |y, m, day| DateTime::date(y, m, day).unwrap();
        let span = |from, to| TimeValue {
            from: Some(from),
            to: Some(to),
            grain: Grain::Day,
            interval: true,
            duration: None,
            every: None,
            approx: false,
        };
        let summer = span(d(2016, 6, 21), d(2016, 9, 24));
        let gold = |t: &str| serde_json::json!({"timex": t, "type": "daterange", "value": "not resolved"});
        assert!(recognizers_match(&summer, &gold("2016-SU")));
        assert!(recognizers_match(&summer, &gold("SU")));
        assert!(!recognizers_match(&summer, &gold("2017-SU")));
        assert!(!recognizers_match(&summer, &gold("2016-WI")));
        // a month is no season
        let june = span(d(2016, 6, 1), d(2016, 7, 1));
        assert!(!recognizers_match(&june, &gold("2016-SU")));
    }
}
