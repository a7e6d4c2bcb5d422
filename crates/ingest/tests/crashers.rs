//! Inputs that break careless readers, run through the HTML, feed and WARC
//! readers: each must give a page, an error naming the file and record, or
//! nothing, and never panic or hang. Fuzzing (`fuzz/`) adds here the inputs
//! that crashed a reader once fixed.

use recoupe_ingest::feed;
use recoupe_ingest::warc::WarcRecords;
use std::io::{BufReader, Cursor};

const HTML: &[&str] = &[
    "",
    "<",
    "<!--",
    "<![CDATA[",
    "<a href=\"",
    "<p class=x",
    "&",
    "&#",
    "&#x;",
    "&#99999999999;",
    "&CounterClockwiseContourIntegral",
    "<script>",
    "<title>",
    "</p></p></div></body></html>",
    "<p>un<p>deux<li>trois<td>quatre",
    "<html><head><script type=\"application/ld+json\">{\"@graph\":[[[[[[[[[]]]]]]]]]}</script></head></html>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>&amp\"}</script>",
    "<meta charset=\"\"><meta http-equiv=content-type content=\"text/html; charset=\">",
    "<body><div class=\"-\"><div class=\"\u{0130}\u{0130}\u{0130}\"><p>\u{0130}stanbul, é, ﬁ</p></div></div></body>",
];

#[test]
fn html_edge_cases() {
    for h in HTML {
        let p = recoupe_html::read(h);
        let _ = p.text_and_kinds();
        let _ = recoupe_html::read_bytes(h.as_bytes(), Some("utf-16"));
    }
    // deep nesting, long attribute values, many attributes
    let deep = "<div><span>".repeat(50_000) + "fond";
    assert!(recoupe_html::read(&deep).text_and_kinds().0.contains("fond"));
    let attrs = format!("<p {}>x</p>", (0..5000).map(|i| format!("a{i}=\"{i}\"")).collect::<Vec<_>>().join(" "));
    let _ = recoupe_html::read(&attrs);
    let long = format!("<p title=\"{}\">texte</p>", "x".repeat(1 << 20));
    let _ = recoupe_html::read(&long);
    // odd byte sequences as pages
    for bytes in [&b"\xFF\xFE<\x00p\x00>\x00"[..], b"\xFE\xFF\x00<", b"\xEF\xBB\xBF", b"\x80\x81\x82<p>\x9d</p>"] {
        let _ = recoupe_html::read_bytes(bytes, None);
    }
}

#[test]
fn feed_edge_cases() {
    for f in [
        "",
        "<rss",
        "<rss><channel><item>",
        "<feed><entry><link href=\"",
        "<rss><channel><item><description>&lt;p</description></item></channel></rss>",
        "<opml><body><outline xmlUrl=\"\"/></body></opml>",
        "<?xml version=\"1.0\" encoding=\"x\"?><rss></rss>",
    ] {
        let _ = feed::parse("x.rss", f);
    }
}

fn warc(data: &[u8], gz: bool) -> Vec<String> {
    let r: Box<dyn std::io::BufRead> = if gz {
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(Cursor::new(data.to_vec()))))
    } else {
        Box::new(Cursor::new(data.to_vec()))
    };
    let mut w = WarcRecords::new("x.warc", r);
    let mut out = Vec::new();
    while let Some(item) = w.next_item() {
        out.push(item.map(|_| "page".to_string()).unwrap_or_else(|e| e.to_string()));
        assert!(out.len() < 1000, "no progress");
    }
    out
}

#[test]
fn warc_edge_cases() {
    let cases: &[&[u8]] = &[
        b"",
        b"\r\n\r\n",
        b"WARC/1.0",
        b"WARC/1.0\r\n",
        b"WARC/1.0\r\nContent-Length: 18446744073709551615\r\n\r\n",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 52\r\n\r\nHTTP/1.1 200\r\nContent-Encoding: gzip\r\n\r\nnot gzip at all",
        b"WARC/1.0\r\nbroken header line\r\n\r\n",
        b"garbage before\r\nWARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
    ];
    for c in cases {
        let _ = warc(c, false);
    }
    // a record header over the line limit
    let mut long = b"WARC/1.0\r\nX: ".to_vec();
    long.extend(std::iter::repeat_n(b'a', 100_000));
    let out = warc(&long, false);
    assert!(out.iter().all(|e| e.starts_with("x.warc: record 1")), "{out:?}");
    // gzip garbage and a gzip header alone
    assert_eq!(warc(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", true).len(), 1);
    let _ = warc(b"\x1f\x8b\x08garbage", true);
    // a page over the size limit is skipped with a message, and the next one read
    let big = 17 * 1024 * 1024;
    let mut data =
        format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: {big}\r\n\r\n")
            .into_bytes();
    data.extend(std::iter::repeat_n(b'x', big));
    data.extend_from_slice(b"\r\n\r\n");
    let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>La page suivante est lue.</p>";
    data.extend(
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: {}\r\n\r\n",
            page.len()
        )
        .into_bytes(),
    );
    data.extend_from_slice(page);
    let out = warc(&data, false);
    assert!(out[0].contains("over the 16 MiB limit"), "{out:?}");
    assert_eq!(out[1], "page");
}
