//! The checks the foundation issue names on the five real seed articles in
//! `../shared/corpus/seeds`. The seeds are third-party text and are not in the
//! repo: these tests run where `../shared` sits beside the checkout (CI, the
//! developers' machines) and say so and pass where it does not (a user's clone).

use std::path::PathBuf;
use std::process::Command;

fn seeds() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found (third-party data, not in the repo)", p.display());
        None
    }
}

fn annotate(dir: &PathBuf) -> Vec<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_recoupe")).args(["annotate", "--no-tokens"]).arg(dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn doc<'a>(docs: &'a [serde_json::Value], prefix: &str) -> &'a serde_json::Value {
    docs.iter().find(|d| d["source"]["path"].as_str().unwrap().rsplit('/').next().unwrap().starts_with(prefix)).unwrap()
}

fn items(d: &serde_json::Value, layer: &str, field: &str, value: &str) -> Vec<String> {
    d[layer]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x[field] == value)
        .map(|x| x["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_boilerplate_line_marked_with_its_reason() {
    let Some(dir) = seeds() else { return };
    let docs = annotate(&dir);
    let expect: &[(&str, &str, &[&str])] = &[
        ("000", "caption", &["Des parachutistes russes embarquent", "Une fusée Soyouz MS-20"]),
        (
            "000",
            "link_note",
            &[
                " (article en anglais)",
                " (article en anglais)",
                " (article abonnés)",
                " (article en anglais)",
                " (article en anglais)",
            ],
        ),
        ("001", "paywall", &["Il vous reste 64.96% de cet article à lire."]),
        ("001", "republication", &["L’article Entre le Kazakhstan et la Russie"]),
        ("002", "related_link", &["VOIR AUSSI", "VOIR AUSSI", "VOIR AUSSI"]),
        ("002", "caption", &["Une vue aérienne", "Des soldats russes débarquent"]),
        ("002", "credit", &["Le correspondant principal de RFE/RL, Todd Prince"]),
        ("002", "copyright", &["Copyright (c) 2018. RFE/RL"]),
        ("002", "navigation", &["Sommaire", "Dans la même catégorie", "Go up"]),
        ("003", "metadata", &["date 2022-01 https://fr.sputniknews.com/", "06.01.2022"]),
        ("003", "disclaimer", &["* Organisations terroristes interdites en Russie."]),
    ];
    for (file, reason, starts) in expect {
        let got = items(doc(&docs, file), "boilerplate", "reason", reason);
        assert_eq!(got.len(), starts.len(), "{file} {reason}: {got:#?}");
        for (g, s) in got.iter().zip(starts.iter()) {
            assert!(g.starts_with(s), "{file} {reason}: {g:?} should start with {s:?}");
        }
    }
    assert!(doc(&docs, "004")["boilerplate"].as_array().unwrap().is_empty(), "the Reuters copy has no boilerplate");
}

#[test]
fn headings_and_captions_kept_apart_from_body() {
    let Some(dir) = seeds() else { return };
    let docs = annotate(&dir);
    let kinds = |f: &str, k: &str| items(doc(&docs, f), "paragraphs", "kind", k);
    assert_eq!(
        kinds("000", "heading"),
        vec![
            "Parce que son allié kazakh a demandé de l'aide",
            "Parce que Moscou a des intérêts stratégiques à défendre dans le pays",
            "Parce que le Kremlin veut préserver son influence dans la région"
        ]
    );
    assert_eq!(kinds("000", "caption").len(), 2);
    assert_eq!(kinds("000", "pull_quote").len(), 1);
    assert_eq!(kinds("001", "heading"), vec!["Un partenaire soucieux de sa souveraineté"]);
    assert_eq!(
        kinds("002", "title"),
        vec!["La crise au Kazakhstan affectera-t-elle les plans de Poutine pour l'Ukraine ?"]
    );
    assert_eq!(kinds("002", "heading"), vec!["Regarder l'Ukraine", "Sphères d'influence"]);
    assert_eq!(
        kinds("003", "heading"),
        vec!["Des \"gangs terroristes\" à l’assaut du Kazakhstan?", "Le Kazakhstan sous influence"]
    );
    assert_eq!(kinds("003", "standfirst").len(), 1);
    assert_eq!(kinds("004", "heading"), vec!["EN ROUTE"]);
}

#[test]
fn every_glued_boundary_split() {
    let Some(dir) = seeds() else { return };
    let docs = annotate(&dir);
    let sents = items(doc(&docs, "003"), "sentences", "start_kind", "glued");
    for start in [
        "En outre, pour s’assurer",
        "Des \"gangs terroristes\"",
        "Partageant 6.846 km",
        "Pourtant, compte tenu",
        "Si les preuves d’une implication",
        "De surcroît, la proximité",
        "Mais derrière l’aspect",
        "En 2021, le Kazakhstan",
        "Entre le défi sécuritaire",
        "* Organisations terroristes",
    ] {
        assert!(sents.iter().any(|s| s.starts_with(start)), "glued boundary before {start:?} not split: {sents:#?}");
    }
}

#[test]
fn no_split_inside_numbers_titles_or_before_lower_case() {
    let Some(dir) = seeds() else { return };
    let docs = annotate(&dir);
    let all: Vec<String> = docs
        .iter()
        .flat_map(|d| {
            d["sentences"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["text"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    for inside in [
        "de 2 500 militaires",
        "M. Tokayev a déclaré",
        "(18,5% de la population)",
        "un chercheur principal. au Carnegie Endowment",
        "6.846 km",
        "64.96%",
    ] {
        assert!(all.iter().any(|s| s.contains(inside)), "{inside:?} was split");
    }
}

#[test]
fn outlets_dates_origins_and_residue() {
    let Some(dir) = seeds() else { return };
    let docs = annotate(&dir);
    let s = doc(&docs, "003");
    assert_eq!(s["source"]["outlet"]["name"], "Sputnik France");
    assert_eq!(s["published"]["value"], "2022-01-06");
    let farm = doc(&docs, "001");
    assert_eq!(farm["source"]["outlet"]["name"], "zimo news");
    assert_eq!(farm["title"], "Entre le Kazakhstan et la Russie, une relation ambivalente");
    let origins: Vec<(String, String)> = farm["source"]["origins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["outlet"].as_str().unwrap().into(), o["relation"].as_str().unwrap().into()))
        .collect();
    assert!(origins.contains(&("Le Monde".into(), "paywall_signature".into())), "{origins:?}");
    let rfe = doc(&docs, "002");
    assert_eq!(items(rfe, "mt_residue", "lang", "en"), vec!["[Russian President Vladimir]", "[It]"]);
    for d in &docs {
        assert_eq!(d["lang"], "fr");
    }
}
