//! End-to-end checks of the web formats through the binary: an HTML page, a
//! WARC archive (gzip members, a malformed record, a truncated member), an RSS
//! feed whose item has its page in the archive, an OPML list. Everything is
//! written here, with fictional outlets.

use std::io::Write;
use std::path::Path;
use std::process::Command;

fn page(title: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} | Le Courrier du Val</title>
<meta property="og:site_name" content="Le Courrier du Val">
<meta property="article:published_time" content="2024-03-02T08:00:00+01:00">
<meta property="article:modified_time" content="2024-03-02T11:30:00+01:00"><meta name="author" content="Léa Morel">
<script>var consent = "2019-01-01";</script></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>{title}</h1><p class="byline">Par Léa Morel</p>
<p>{body}</p>
<figure><img src="a.jpg"><figcaption>Le pont de la Gare, mercredi (photo Léa Morel).</figcaption></figure>
<p>Les pompiers ont évacué quarante habitants, a précisé le maire, qui a ouvert le gymnase municipal.</p>
</article><footer><p>© 2019 Le Courrier du Val. Tous droits réservés.</p></footer></body></html>"#
    )
}

fn record(url: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-03-02T09:00:00Z\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    )
    .into_bytes()
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn run(dir: &Path) -> (Vec<serde_json::Value>, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_recoupe")).args(["annotate", "--no-tokens"]).arg(dir).output().unwrap();
    let docs = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (docs, String::from_utf8_lossy(&out.stderr).to_string(), out.status.code().unwrap_or(-1))
}

#[test]
fn pages_archives_and_feeds() {
    let dir = std::env::temp_dir().join(format!("recoupe-web-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let w = |name: &str, data: &[u8]| std::fs::write(dir.join(name), data).unwrap();
    w(
        "crue.html",
        page("La crue de l'Arve", "La rivière a débordé dans la nuit de mardi à mercredi, inondant trois quartiers.")
            .as_bytes(),
    );
    // an archive: two pages in gzip members, a record with a broken header between them
    let mut warc = gz(&record(
        "https://courrier.example/digue",
        &page(
            "La digue a tenu",
            "La digue du quai a tenu malgré la montée des eaux, selon les services techniques de la ville.",
        ),
    ));
    warc.extend(gz(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: beaucoup\r\n\r\nx\r\n\r\n"));
    warc.extend(gz(&record(
        "https://courrier.example/ecoles",
        &page(
            "Les écoles fermées",
            "Les écoles de la ville basse resteront fermées jusqu'à lundi, a annoncé la mairie.",
        ),
    )));
    // a republished wire story: its canonical link names the agency's page
    let wire = page(
        "Le préfet en visite",
        "Le préfet a visité les quartiers inondés jeudi matin, avec le maire et les pompiers.",
    )
    .replace("<head>", r#"<head><link rel="canonical" href="https://www.agence-du-val.example/depeches/12">"#);
    warc.extend(gz(&record("https://courrier.example/prefet", &wire)));
    w("crawl.warc.gz", &warc);
    // a truncated archive
    let t = gz(&record("https://courrier.example/x", &page("X", "Texte.")));
    w("cut.warc.gz", &t[..t.len() / 2]);
    // a feed: one item whose page is in the archive, one without a page
    w(
        "val.rss",
        r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Le Courrier du Val</title>
<item><title>Les écoles fermées</title><link>https://courrier.example/ecoles/</link><pubDate>Sat, 02 Mar 2024 10:00:00 +0100</pubDate>
<description>Les écoles resteront fermées.</description></item>
<item><title>Le marché déplacé</title><link>https://courrier.example/marche</link><pubDate>Sat, 02 Mar 2024 11:00:00 +0100</pubDate>
<description>&lt;p&gt;Le marché du samedi se tiendra place de la Gare.&lt;/p&gt;</description></item>
</channel></rss>"#
            .as_bytes(),
    );
    w("liste.opml", br#"<opml version="2.0"><body><outline xmlUrl="https://ailleurs.example/rss"/></body></opml>"#);
    w("faux.rss", b"<html><body><p>Pas un flux.</p></body></html>");
    w("texte.html", "Un texte sans balises, nommé comme une page.".as_bytes());

    let (docs, err, code) = run(&dir);
    assert_eq!(code, 1, "{err}");
    let titles: Vec<&str> = docs.iter().map(|d| d["title"].as_str().unwrap_or("")).collect();
    // files in name order, the feed item without a page last
    assert_eq!(
        titles,
        ["La digue a tenu", "Les écoles fermées", "Le préfet en visite", "La crue de l'Arve", "", "Le marché déplacé"],
        "{err}"
    );
    // the page: main text only, its date from metadata, the caption and byline kept apart
    let crue = &docs[3];
    let text = crue["text"].as_str().unwrap();
    assert!(text.contains("La rivière a débordé") && !text.contains("Accueil") && !text.contains("© 2019"), "{text}");
    assert_eq!(crue["published"]["value"], "2024-03-02T08:00");
    assert_eq!(crue["source"]["outlet"]["name"], "Le Courrier du Val");
    assert_eq!(crue["source"]["modified"], "2024-03-02T11:30:00+01:00");
    assert_eq!(crue["source"]["authors"][0], "Léa Morel");
    let kinds: Vec<&str> = crue["paragraphs"].as_array().unwrap().iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"caption") && kinds.contains(&"metadata"), "{kinds:?}");
    // archive records carry their URL, record number and fetch date
    let digue = &docs[0];
    assert_eq!(digue["source"]["url"], "https://courrier.example/digue");
    assert_eq!(digue["source"]["record"], "record 1");
    assert_eq!(digue["source"]["fetched"], "2024-03-02T09:00:00Z");
    // the feed item with a page is that page, not a second article
    assert_eq!(docs[1]["source"]["url"], "https://courrier.example/ecoles");
    assert_eq!(docs.iter().filter(|d| d["title"] == "Les écoles fermées").count(), 1);
    let origin = &docs[2]["source"]["origins"][0];
    assert_eq!(origin["relation"], "canonical_elsewhere");
    assert_eq!(origin["url"], "https://www.agence-du-val.example/depeches/12");
    assert!(origin.get("start").is_none());
    assert_eq!(docs[4]["text"], "Un texte sans balises, nommé comme une page.");
    assert_eq!(docs[5]["source"]["record"], "item 2");
    assert!(docs[5]["text"].as_str().unwrap().contains("place de la Gare"));
    for expected in [
        "crawl.warc.gz: record 2: malformed record header: no valid Content-Length",
        "cut.warc.gz: record 1: truncated or corrupt archive data",
        "faux.rss: an HTML page, not a feed",
        "texte.html: no HTML markup found; read as plain text",
        "liste.opml: 1 listed feed(s) given by URL not fetched",
        "crawl.warc.gz: 4 records: 3 pages read",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
