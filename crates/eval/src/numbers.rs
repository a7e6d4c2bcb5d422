//! Number reading on third-party test suites, read as they are under
//! `data/time-numbers`: text2num (`text2num/{fr,en}.jsonl`: whole strings to
//! digits, and strings that are not one number) and Duckling's Numeral and
//! Ordinal corpora (`duckling/{Numeral,Ordinal}_{FR,EN}.jsonl`). A case is
//! right when the value is exactly the gold one; a figure of the money,
//! distance, volume and temperature corpora when its value (or bounds) and its
//! unit are. text2num's `replace_*` cases (numbers rewritten inside a
//! sentence) are right when the sentence rewritten by [`crate::text2num`] is
//! the gold one (white-space runs compared as one space).

use crate::{per_second, EvalError};
use recoupe_text::numbers::{self, NumLang};
use serde::Deserialize;
use std::path::Path;
use std::time::Instant;

#[derive(Deserialize)]
struct Text2Num {
    kind: String,
    input: String,
    #[serde(default)]
    expected: Option<String>,
    #[serde(default)]
    threshold: Option<f64>,
}

#[derive(Deserialize)]
struct Duckling {
    text: String,
    #[serde(default)]
    value: Option<DucklingValue>,
}

#[derive(Deserialize)]
struct DucklingValue {
    value: Option<f64>,
}

/// One suite's tally, with a few misses to show.
struct Tally {
    name: String,
    right: usize,
    total: usize,
    misses: Vec<String>,
}

impl Tally {
    fn new(name: String) -> Self {
        Tally { name, right: 0, total: 0, misses: Vec::new() }
    }

    fn add(&mut self, ok: bool, case: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.right += 1;
        } else if self.misses.len() < 40 {
            self.misses.push(case());
        }
    }

    fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

fn lines<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, EvalError> {
    let s = crate::read_to_string(path)?;
    s.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| EvalError(format!("{}:{}: {e}", path.display(), i + 1))))
        .collect()
}

/// What recoupe reads in a whole string: a cardinal, else an ordinal as text2num writes it.
fn read_whole(s: &str, lang: NumLang) -> Option<String> {
    if let Some(v) = numbers::parse(s, lang) {
        return Some(if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") });
    }
    numbers::parse_digit_string(s, lang)
        .or_else(|| numbers::parse_ordinal(s, lang, true).map(|(v, plural)| numbers::render_ordinal(v, plural, lang)))
}

/// A reader of one whole string as a number.
type NumberReader<'a> = dyn Fn(&str) -> Option<f64> + 'a;

/// Whether our unit is Duckling's ("Dollar" is written "$" or "dollars"): its name
/// mapped by [`unit_by_name`], else its code as it is ("EUR", "CAD").
fn same_unit(ours: &str, duckling: &str) -> bool {
    unit_by_name(&duckling.to_lowercase()).map_or(ours == duckling, |u| u == ours)
}

/// Recognizers' unit names ("Dollar", "United States dollar", "Kilometer", "Livre")
/// as our unit codes; `None` for a unit we do not name.
fn recognizers_unit(name: &str) -> Option<&'static str> {
    let n = name.to_lowercase();
    // French names come in the plural too ("Kilomètres", "Ans")
    unit_by_name(&n).or_else(|| unit_by_name(n.strip_suffix('s').filter(|x| x.len() >= 2)?))
}

/// A unit's name in Duckling's or Recognizers' corpora, lower case, as our unit code.
fn unit_by_name(n: &str) -> Option<&'static str> {
    Some(match n {
        "usd" => "USD",
        "gbp" => "GBP",
        "rial" => "IRR",
        "riyal" => "SAR",
        "centimetre" => "cm",
        "millimetre" => "mm",
        "centilitre" => "cl",
        "hectolitre" => "hl",
        "celsius" => "°C",
        "fahrenheit" => "°F",
        "dollar" | "united states dollar" | "dollar états-unis" | "dollar etats-unis" => "USD",
        "euro" => "EUR",
        "pound" | "livre" | "british pound" | "pound sterling" | "livre sterling" => "GBP",
        "cent" | "pence" | "penny" | "centime" => "cent",
        "canadian dollar" | "dollar canadien" => "CAD",
        "chinese yuan" | "yuan" => "CNY",
        "japanese yen" | "yen japonais" | "yen" => "JPY",
        "swiss franc" | "franc suisse" => "CHF",
        "indian rupee" | "roupie indienne" => "INR",
        "kilometer" | "kilomètre" | "kilometre" => "km",
        "meter" | "mètre" | "metre" => "m",
        "centimeter" | "centimètre" => "cm",
        "millimeter" | "millimètre" => "mm",
        "mile" => "mi",
        "mile per hour" | "miles par heure" | "mille par heure" => "mph",
        "kilometer per hour" | "kilomètre par heure" | "kilometre par heure" => "km/h",
        "foot" | "pied" => "ft",
        "inch" | "pouce" => "in",
        "ounce" | "once" => "oz",
        "acre" => "acre",
        "microgram" | "microgramme" => "µg",
        "square meter" | "mètre carré" | "metre carré" => "m²",
        "square kilometer" | "kilomètre carré" => "km²",
        "kelvin" => "K",
        "yard" => "yd",
        "liter" | "litre" => "l",
        "milliliter" | "millilitre" => "ml",
        "gallon" => "gal",
        "kilogram" | "kilogramme" => "kg",
        "ton" | "metric ton" | "tonne" | "tonne métrique" => "t",
        "c" => "°C",
        "f" => "°F",
        "degree" | "degré" => "°",
        "year" | "an" | "année" => "year",
        "month" | "mois" => "month",
        "week" | "semaine" => "week",
        "day" | "jour" => "day",
        _ => return None,
    })
}

/// Microsoft Recognizers-Text number suites, the cases its own .NET code supports:
/// cardinals, ordinals and percentages read from the marked span (as Duckling's
/// strings are read whole), and figures with units (currency, dimension,
/// temperature, age) found in the sentence, at the marked span, with the gold's
/// value and unit. Values that are not numbers ("end-1") are not scored.
fn recognizers_suites(dir: &Path, tallies: &mut Vec<Tally>, not_scored: &mut usize) -> Result<(), EvalError> {
    for (lang, name) in [(NumLang::Fr, "French"), (NumLang::En, "English")] {
        let cases = |sub: &str, file: &str| -> Result<Vec<serde_json::Value>, EvalError> {
            let path = dir.join("recognizers").join(sub).join(name).join(file);
            let raw = crate::read_to_string(&path)?;
            let all: Vec<serde_json::Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
                .map_err(|e| EvalError(format!("{}: {e}", path.display())))?;
            Ok(all
                .into_iter()
                .filter(|c| {
                    !c.get("NotSupported").and_then(|x| x.as_str()).is_some_and(|x| x.to_lowercase().contains("dotnet"))
                })
                .collect())
        };
        let results = |c: &serde_json::Value| -> Vec<serde_json::Value> {
            c.get("Results").and_then(|r| r.as_array()).cloned().unwrap_or_default()
        };
        let text_of = |r: &serde_json::Value| r.get("Text").and_then(|x| x.as_str()).unwrap_or("").to_string();
        let gold_value = |r: &serde_json::Value| -> Option<f64> {
            r.pointer("/Resolution/value").and_then(|x| x.as_str()).and_then(|v| v.trim_end_matches('%').parse().ok())
        };
        // cardinals, ordinals, percentages: the marked span read whole
        let readers: [(&str, &str, &NumberReader); 3] = [
            ("Number", "NumberModel.json", &|t| numbers::parse(t, lang)),
            ("Ordinal", "OrdinalModel.json", &|t| numbers::parse_ordinal(t, lang, true).map(|x| x.0 as f64)),
            ("Percent", "PercentModel.json", &|t| {
                recoupe_text::quantity::find(t, lang).into_iter().find(|f| f.unit == Some("%")).and_then(|f| f.value)
            }),
        ];
        for (dim, file, read) in readers {
            let mut t = Tally::new(format!("recognizers {dim} {name}"));
            for c in cases("Number", file)? {
                for r in results(&c) {
                    let Some(want) = gold_value(&r) else {
                        *not_scored += 1;
                        continue;
                    };
                    let span = text_of(&r);
                    let got = read(&span);
                    t.add(got.is_some_and(|g| (g - want).abs() <= want.abs().max(1.0) * 1e-9), || {
                        format!("{span:?}: {got:?} for {want}")
                    });
                }
            }
            tallies.push(t);
        }
        // figures with units, found in the sentence
        for (dim, file) in [
            ("Currency", "CurrencyModel.json"),
            ("Dimension", "DimensionModel.json"),
            ("Temperature", "TemperatureModel.json"),
            ("Age", "AgeModel.json"),
        ] {
            let mut t = Tally::new(format!("recognizers {dim} {name}"));
            // the ages in years found, told as ages (the figure's class), to compare like with like
            let mut classed = Tally::new(format!("recognizers Age {name} (years) classed age"));
            for c in cases("NumberWithUnit", file)? {
                let input = c.get("Input").and_then(|x| x.as_str()).unwrap_or("");
                let chars: Vec<usize> = input.char_indices().map(|(b, _)| b).chain([input.len()]).collect();
                let found = recoupe_text::quantity::find(input, lang);
                for r in results(&c) {
                    let (Some(want), Some(unit)) =
                        (gold_value(&r), r.pointer("/Resolution/unit").and_then(|x| x.as_str()).map(str::to_string))
                    else {
                        *not_scored += 1;
                        continue;
                    };
                    let start = r.get("Start").and_then(|x| x.as_u64()).unwrap_or(0) as usize;
                    let end = r.get("End").and_then(|x| x.as_u64()).unwrap_or(0) as usize + 1;
                    let (bs, be) =
                        (chars.get(start).copied().unwrap_or(0), chars.get(end).copied().unwrap_or(input.len()));
                    let ours = recognizers_unit(&unit);
                    let hit = found.iter().filter(|f| f.start < be && bs < f.end).any(|f| {
                        f.value.is_some_and(|v| (v - want).abs() <= want.abs().max(1.0) * 1e-9)
                            && ours.is_some()
                            && f.unit == ours
                    });
                    if dim == "Age" && ours == Some("year") {
                        let age = found.iter().filter(|f| f.start < be && bs < f.end).any(|f| {
                            f.value.is_some_and(|v| (v - want).abs() <= 1e-9) && f.counted_class == Some("age")
                        });
                        classed.add(age, || {
                            let got: Vec<String> = found
                                .iter()
                                .map(|f| format!("{}={:?}", &input[f.start..f.end], f.counted_class))
                                .collect();
                            format!("{:?} in {input:?}: {got:?}", text_of(&r))
                        });
                    }
                    t.add(hit, || {
                        let got: Vec<String> = found
                            .iter()
                            .map(|f| format!("{}={:?} {:?}", &input[f.start..f.end], f.value, f.unit))
                            .collect();
                        format!("{:?} in {input:?}: {got:?} for {want} {unit}", text_of(&r))
                    });
                }
            }
            tallies.push(t);
            if dim == "Age" {
                tallies.push(classed);
            }
        }
    }
    Ok(())
}

pub fn run(dir: &Path) -> Result<serde_json::Value, EvalError> {
    let mut tallies = Vec::new();
    let mut not_scored = 0usize;
    let mut inputs: Vec<(String, NumLang)> = Vec::new();
    let t0 = Instant::now();
    for (lang, code) in [(NumLang::Fr, "fr"), (NumLang::En, "en")] {
        let cases: Vec<Text2Num> = lines(&dir.join("text2num").join(format!("{code}.jsonl")))?;
        let mut digits = Tally::new(format!("text2num {code} text2digits"));
        let mut invalid = Tally::new(format!("text2num {code} invalid"));
        let mut replace = Tally::new(format!("text2num {code} replace"));
        for c in &cases {
            match c.kind.as_str() {
                "text2digits" => {
                    inputs.push((c.input.clone(), lang));
                    let got = read_whole(&c.input, lang);
                    let want = c.expected.clone().unwrap_or_default();
                    digits.add(got.as_deref() == Some(want.as_str()), || format!("{:?}: {got:?} for {want}", c.input));
                }
                "invalid" => {
                    inputs.push((c.input.clone(), lang));
                    let got = read_whole(&c.input, lang);
                    invalid.add(got.is_none(), || format!("{:?}: read {got:?}", c.input));
                }
                "replace_numbers" | "replace_all_numbers" => {
                    let got = crate::text2num::replace(&c.input, lang, c.threshold.unwrap_or(0.0));
                    let want = c.expected.clone().unwrap_or_default();
                    // white space is not the numbers' business: one case of the suite
                    // collapses a run of spaces that its input keeps
                    let squeeze = |x: &str| x.split_whitespace().collect::<Vec<_>>().join(" ");
                    replace.add(squeeze(&got) == squeeze(&want), || format!("{:?}: {got:?} for {want:?}", c.input));
                }
                _ => not_scored += 1,
            }
        }
        tallies.push(digits);
        tallies.push(invalid);
        tallies.push(replace);
    }
    for (lang, code) in [(NumLang::Fr, "FR"), (NumLang::En, "EN")] {
        // cardinals and ordinals: the same corpus shape, each with its reader
        let readers: [(&str, &NumberReader); 2] = [
            ("Numeral", &|t| numbers::parse(t, lang)),
            ("Ordinal", &|t| numbers::parse_ordinal(t, lang, true).map(|x| x.0 as f64)),
        ];
        for (dim, read) in readers {
            let cases: Vec<Duckling> = lines(&dir.join("duckling").join(format!("{dim}_{code}.jsonl")))?;
            let mut t = Tally::new(format!("duckling {dim}_{code}"));
            for c in cases.iter() {
                let Some(want) = c.value.as_ref().and_then(|v| v.value) else { continue };
                inputs.push((c.text.clone(), lang));
                let got = read(&c.text);
                t.add(got.is_some_and(|g| (g - want).abs() <= want.abs() * 1e-9), || {
                    format!("{:?}: {got:?} for {want}", c.text)
                });
            }
            tallies.push(t);
        }
    }
    // figures with units on Duckling's money, distance, volume and temperature corpora
    for (lang, code) in [(NumLang::Fr, "FR"), (NumLang::En, "EN")] {
        for dim in ["AmountOfMoney", "Distance", "Volume", "Temperature"] {
            let path = dir.join("duckling").join(format!("{dim}_{code}.jsonl"));
            let text = crate::read_to_string(&path)?;
            let mut t = Tally::new(format!("duckling {dim}_{code}"));
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let v: serde_json::Value =
                    serde_json::from_str(line).map_err(|e| EvalError(format!("{}:{}: {e}", path.display(), i + 1)))?;
                let (Some(s), Some(gold)) = (v.get("text").and_then(|x| x.as_str()), v.get("value")) else { continue };
                let unit = gold.get("unit").and_then(|x| x.as_str()).unwrap_or("");
                let num = |k: &str| gold.get(k).and_then(|x| x.as_f64());
                let got = recoupe_text::quantity::find(s, lang).into_iter().next();
                let ok = got.as_ref().is_some_and(|f| {
                    let unit_ok = f.unit.is_some_and(|u| same_unit(u, unit));
                    let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                        (None, None) => true,
                        _ => false,
                    };
                    let values_ok = match num("value") {
                        Some(_) => close(f.value, num("value")),
                        None => close(f.low, num("from")) && close(f.high, num("to")),
                    };
                    unit_ok && values_ok
                });
                t.add(ok, || format!("{s:?}: {:?} for {}", got.map(|f| (f.value, f.low, f.high, f.unit)), gold));
            }
            tallies.push(t);
        }
    }
    recognizers_suites(dir, &mut tallies, &mut not_scored)?;
    let time = t0.elapsed();
    println!("{:<34} {:>6} {:>6} {:>8}", "suite", "right", "cases", "accuracy");
    for t in &tallies {
        println!("{:<34} {:>6} {:>6} {:>7.1}%", t.name, t.right, t.total, 100.0 * t.accuracy());
    }
    if not_scored > 0 {
        println!(
            "not scored here: {not_scored} cases (text2num of another kind, Recognizers values that are no numbers)"
        );
    }
    for t in &tallies {
        for m in &t.misses {
            println!("  miss [{}] {m}", t.name);
        }
    }
    // the suites are tiny: time the reader alone on all their strings, many times over
    let _ = time;
    let t1 = Instant::now();
    let mut read = 0usize;
    for _ in 0..200 {
        for (s, lang) in &inputs {
            read += usize::from(read_whole(s, *lang).is_some());
        }
    }
    // the strings the loop above read, not every case scored (the sentences and the
    // figures with units are not timed here)
    let rate = per_second(inputs.len() * 200, t1.elapsed());
    println!("throughput: {rate:.0} strings/s read (one core; {read} readings)");
    let suites: Vec<serde_json::Value> = tallies
        .iter()
        .map(|t| serde_json::json!({"suite": t.name, "right": t.right, "cases": t.total, "accuracy": t.accuracy()}))
        .collect();
    Ok(serde_json::json!({"task": "numbers", "suites": suites, "not_scored": not_scored, "strings_per_s": rate}))
}
