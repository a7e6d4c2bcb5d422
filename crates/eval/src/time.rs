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
        (Some(v), Gold::Point(d, g)) => !v.interval && v.grain == *g && v.from.map(|f| f.truncate(*g)) == Some(*d),
        (Some(v), Gold::Interval(f, t)) => v.interval && v.from == *f && v.to == *t,
        _ => false,
    }
}

pub fn run(dir: &Path) -> Result<Value, EvalError> {
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
            let got = temporal::parse(&c.text, now, lang, Lean::Future);
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
            } else if misses.len() < 400 {
                misses.push(format!("{:?}: {}", c.text, got.map_or("nothing".into(), |v| v.render())));
            }
            all.push((c.text, lang));
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
