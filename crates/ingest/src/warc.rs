//! WARC archives (`.warc`, `.warc.gz` with one gzip member per record as in
//! Common Crawl, or one member for the whole file): every `response` record
//! holding an HTML page becomes a document with its URL and fetch date; other
//! records are skipped and counted. Streamed: one record in memory at a time.
//!
//! A malformed record header is reported with its record number and the
//! reader moves on to the next `WARC/` line; truncated or corrupt gzip data
//! ends the file with an error naming the record it broke in.

use crate::{fill_from_page, InputError};
use recoupe_model::{Document, InputFormat};
use std::io::{self, BufRead, Read};

/// Largest page taken from an archive; a bigger record is skipped with a warning.
pub const MAX_PAGE_BYTES: u64 = 16 * 1024 * 1024;
/// Longest header line read before a record is declared malformed.
const MAX_LINE: usize = 64 * 1024;

/// An HTML page as the archive holds it.
pub struct RawPage {
    /// The HTTP body, de-chunked and decoded from its content encoding.
    pub body: Vec<u8>,
    /// The charset the HTTP header or record declared.
    pub charset: Option<String>,
    pub url: Option<String>,
    /// The record's `WARC-Date`.
    pub fetched: Option<String>,
    pub record_id: Option<String>,
}

/// Counts of what an archive held, for the summary at its end.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct WarcCounts {
    pub pages: u64,
    /// Request, metadata, warcinfo, revisit… records.
    pub other_types: u64,
    /// Responses that were not HTML (images, PDF, JSON…).
    pub not_html: u64,
    /// Responses with a status other than 2xx.
    pub not_ok: u64,
    /// Records too large, or whose page held no text.
    pub unusable: u64,
}

pub struct WarcRecords {
    path: String,
    reader: Box<dyn BufRead>,
    record: u64,
    pub counts: WarcCounts,
    done: bool,
    /// A `WARC/` line was consumed while recovering: the next record starts at its headers.
    pending_version: bool,
    line: Vec<u8>,
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// Reads a line ending in LF (CR LF accepted) into `buf`, without the line end.
/// Ok(false) at the end of the input.
fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<bool> {
    buf.clear();
    let n = (&mut *r).take(MAX_LINE as u64).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(false);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    } else if n >= MAX_LINE {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "header line longer than 64 KiB"));
    }
    Ok(true)
}

/// Parses "Name: value" header lines up to the blank line.
fn read_headers(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    loop {
        if !read_line(r, buf)? {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "archive ends inside a record header"));
        }
        if buf.is_empty() {
            return Ok(out);
        }
        let line = String::from_utf8_lossy(buf);
        match line.split_once(':') {
            Some((k, v)) => out.push((k.trim().to_string(), v.trim().to_string())),
            None if line.starts_with([' ', '\t']) => {
                // a folded continuation line
                if let Some(last) = out.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(line.trim());
                }
            }
            None => return Err(io::Error::new(io::ErrorKind::InvalidData, format!("malformed header line {line:?}"))),
        }
        if out.len() > 1000 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "more than 1000 header lines"));
        }
    }
}

/// An HTTP response split into status, headers and body.
struct HttpResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn parse_http(block: &[u8]) -> Result<HttpResponse, String> {
    let mut r: &[u8] = block;
    let mut buf = Vec::new();
    if !read_line(&mut r, &mut buf).map_err(|e| e.to_string())? {
        return Err("empty HTTP response".into());
    }
    let status_line = String::from_utf8_lossy(&buf).to_string();
    if !status_line.starts_with("HTTP/") {
        return Err(format!("not an HTTP status line: {:?}", status_line.chars().take(60).collect::<String>()));
    }
    let status = status_line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers = read_headers(&mut r, &mut buf).map_err(|e| format!("HTTP headers: {e}"))?;
    let mut body = r.to_vec();
    if header(&headers, "Transfer-Encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        body = dechunk(&body).unwrap_or(body);
    }
    match header(&headers, "Content-Encoding").map(|v| v.trim().to_ascii_lowercase()) {
        Some(e) if e == "gzip" || e == "x-gzip" => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .take(MAX_PAGE_BYTES)
                .read_to_end(&mut out)
                .map_err(|e| format!("gzip content encoding: {e}"))?;
            body = out;
        }
        Some(e) if e == "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .take(MAX_PAGE_BYTES)
                .read_to_end(&mut out)
                .map_err(|e| format!("deflate content encoding: {e}"))?;
            body = out;
        }
        Some(e) if e.is_empty() || e == "identity" => {}
        // Common Crawl keeps the header of the original transfer but stores the
        // payload decoded: trust the bytes when they read as HTML
        Some(_) if looks_like_html(&body) => {}
        Some(e) => return Err(format!("content encoding {e:?} is not supported")),
        None => {}
    }
    Ok(HttpResponse { status, headers, body })
}

fn dechunk(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    loop {
        let eol = b[i..].iter().position(|&c| c == b'\n')? + i;
        let size_str = String::from_utf8_lossy(&b[i..eol]);
        let size = usize::from_str_radix(size_str.trim().split(';').next()?.trim(), 16).ok()?;
        i = eol + 1;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(i..i + size)?);
        i += size;
        // the CR LF after the chunk
        while i < b.len() && (b[i] == b'\r' || b[i] == b'\n') {
            i += 1;
            if b[i - 1] == b'\n' {
                break;
            }
        }
    }
}

fn looks_like_html(b: &[u8]) -> bool {
    crate::sniff(&b[..b.len().min(1024)]) == crate::Format::Html
}

impl WarcRecords {
    pub fn new(path: &str, reader: Box<dyn BufRead>) -> Self {
        WarcRecords {
            path: path.to_string(),
            reader,
            record: 0,
            counts: WarcCounts::default(),
            done: false,
            pending_version: false,
            line: Vec::new(),
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    fn err(&self, msg: impl Into<String>) -> InputError {
        InputError::new(&self.path, Some(format!("record {}", self.record)), msg)
    }

    fn io_err(&self, e: io::Error) -> InputError {
        self.err(format!("truncated or corrupt archive data: {e}; the rest of the file is not read"))
    }

    /// What the archive held, once it is read.
    pub fn summary(&self) -> String {
        let c = &self.counts;
        format!(
            "{} records: {} pages read; skipped {} records of other types, {} responses not HTML, {} with an error status, {} without usable text",
            self.record, c.pages, c.other_types, c.not_html, c.not_ok, c.unusable
        )
    }

    /// Skips lines up to the next `WARC/` version line; false at the end.
    fn resync(&mut self) -> bool {
        loop {
            match read_line(&mut *self.reader, &mut self.line) {
                Ok(false) => return false,
                Ok(true) if self.line.starts_with(b"WARC/") => return true,
                Ok(true) => {}
                // an over-long line: keep scanning
                Err(e) if e.kind() == io::ErrorKind::InvalidData => {}
                Err(_) => return false,
            }
        }
    }

    /// After a malformed record: find the next one, or end.
    fn recover(&mut self) {
        if self.resync() {
            self.pending_version = true;
        } else {
            self.done = true;
        }
    }

    fn skip(&mut self, len: u64) -> Result<(), InputError> {
        match io::copy(&mut (&mut *self.reader).take(len), &mut io::sink()) {
            Ok(n) if n == len => Ok(()),
            Ok(n) => {
                self.done = true;
                Err(self.err(format!("archive ends inside the record ({n} of {len} bytes)")))
            }
            Err(e) => {
                self.done = true;
                Err(self.io_err(e))
            }
        }
    }

    /// The next document, skipping records that are not pages.
    pub fn next_item(&mut self) -> Option<Result<Document, InputError>> {
        loop {
            let page = match self.next_page()? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            let html = recoupe_html::read_bytes(&page.body, page.charset.as_deref());
            let mut doc = Document {
                path: Some(self.path.clone()),
                record: Some(format!("record {}", self.record)),
                record_id: page.record_id,
                url: page.url,
                fetched: page.fetched,
                format: InputFormat::Html,
                ..Document::default()
            };
            fill_from_page(&mut doc, html);
            if doc.text.trim().is_empty() {
                self.counts.unusable += 1;
                continue;
            }
            self.counts.pages += 1;
            return Some(Ok(doc));
        }
    }

    /// The next HTML page of the archive, not yet read as an article.
    pub fn next_page(&mut self) -> Option<Result<RawPage, InputError>> {
        loop {
            if self.done {
                return None;
            }
            if self.pending_version {
                self.pending_version = false;
                self.record += 1;
            } else {
                // the version line, after the blank lines that end the previous record
                loop {
                    match read_line(&mut *self.reader, &mut self.line) {
                        Ok(false) => {
                            self.done = true;
                            return None;
                        }
                        Ok(true) if self.line.is_empty() => continue,
                        Ok(true) => break,
                        Err(e) => {
                            self.done = true;
                            self.record += 1;
                            return Some(Err(self.io_err(e)));
                        }
                    }
                }
                self.record += 1;
                if !self.line.starts_with(b"WARC/") {
                    let seen = String::from_utf8_lossy(&self.line[..self.line.len().min(40)]).to_string();
                    let e = self.err(format!("malformed record: expected a \"WARC/1.x\" line, found {seen:?}"));
                    self.recover();
                    return Some(Err(e));
                }
            }
            match self.read_record() {
                Ok(Some(page)) => return Some(Ok(page)),
                Ok(None) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// Reads the headers and block of the current record.
    fn read_record(&mut self) -> Result<Option<RawPage>, InputError> {
        let headers = match read_headers(&mut *self.reader, &mut self.line) {
            Ok(h) => h,
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let err = self.err(format!("malformed record header: {e}"));
                self.recover();
                return Err(err);
            }
            Err(e) => {
                self.done = true;
                return Err(self.io_err(e));
            }
        };
        let Some(len) = header(&headers, "Content-Length").and_then(|v| v.trim().parse::<u64>().ok()) else {
            let err = self.err("malformed record header: no valid Content-Length");
            self.recover();
            return Err(err);
        };
        let kind = header(&headers, "WARC-Type").unwrap_or("").to_ascii_lowercase();
        let ctype = header(&headers, "Content-Type").unwrap_or("").to_ascii_lowercase();
        let response = kind == "response" && ctype.starts_with("application/http");
        let resource = kind == "resource" && (ctype.starts_with("text/html") || ctype.contains("xhtml"));
        if !(response || resource) {
            self.counts.other_types += 1;
            self.skip(len)?;
            return Ok(None);
        }
        if len > MAX_PAGE_BYTES {
            self.skip(len)?;
            self.counts.unusable += 1;
            return Err(self.err(format!(
                "a page of {:.1} MB, over the {} MiB limit for one page: skipped",
                len as f64 / 1e6,
                MAX_PAGE_BYTES >> 20
            )));
        }
        let mut block = Vec::with_capacity(len as usize);
        if let Err(e) = (&mut *self.reader).take(len).read_to_end(&mut block) {
            self.done = true;
            return Err(self.io_err(e));
        }
        if (block.len() as u64) < len {
            self.done = true;
            return Err(self.err(format!("archive ends inside the record ({} of {len} bytes)", block.len())));
        }
        let (body, charset) = if response {
            let http = match parse_http(&block) {
                Ok(h) => h,
                Err(m) => {
                    self.counts.unusable += 1;
                    return Err(self.err(m));
                }
            };
            if !(200..300).contains(&http.status) {
                self.counts.not_ok += 1;
                return Ok(None);
            }
            let http_type = header(&http.headers, "Content-Type").map(str::to_string);
            let html = match &http_type {
                Some(t) => {
                    let t = t.to_ascii_lowercase();
                    t.starts_with("text/html") || t.contains("xhtml")
                }
                None => looks_like_html(&http.body),
            };
            if !html {
                self.counts.not_html += 1;
                return Ok(None);
            }
            (http.body, http_type.as_deref().and_then(recoupe_html::charset::from_content_type))
        } else {
            (block, recoupe_html::charset::from_content_type(&ctype))
        };
        Ok(Some(RawPage {
            body,
            charset,
            url: header(&headers, "WARC-Target-URI").map(|v| v.trim_matches(['<', '>']).to_string()),
            fetched: header(&headers, "WARC-Date").map(str::to_string),
            record_id: header(&headers, "WARC-Record-ID").map(|v| v.trim_matches(['<', '>']).to_string()),
        }))
    }
}

/// Writes one WARC record (for tests and benchmarks): `kind` is the WARC-Type,
/// `block` the record's content.
pub fn write_record(out: &mut Vec<u8>, kind: &str, url: &str, content_type: &str, block: &[u8]) {
    out.extend_from_slice(
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-03-02T09:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:{:08x}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            out.len(),
            block.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
}

/// An HTTP response block around `body` (for tests and benchmarks).
pub fn http_response(status: u16, content_type: &str, extra_headers: &str, body: &[u8]) -> Vec<u8> {
    let mut b = format!("HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n{extra_headers}\r\n").into_bytes();
    b.extend_from_slice(body);
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gzip::tests::gz;

    fn page(title: &str) -> Vec<u8> {
        format!(
            "<html><head><title>{title}</title></head><body><article><p>La rivière a débordé dans la nuit de mardi \
             à mercredi, inondant trois quartiers de la ville basse, selon la préfecture.</p></article></body></html>"
        )
        .into_bytes()
    }

    /// A response record holding `page(title)`.
    fn page_record(data: &mut Vec<u8>, url: &str, title: &str) {
        write_record(data, "response", url, "application/http", &http_response(200, "text/html", "", &page(title)));
    }

    fn read(path: &str, data: Vec<u8>) -> (Vec<String>, WarcRecords) {
        let gz = data.starts_with(&[0x1F, 0x8B]);
        let r: Box<dyn BufRead> = if gz {
            Box::new(io::BufReader::new(flate2::bufread::MultiGzDecoder::new(io::Cursor::new(data))))
        } else {
            Box::new(io::Cursor::new(data))
        };
        let mut w = WarcRecords::new(path, r);
        let mut out = Vec::new();
        while let Some(item) = w.next_item() {
            out.push(match item {
                Ok(d) => format!("ok {} {} {}", d.record.unwrap(), d.url.unwrap(), d.title.unwrap_or_default()),
                Err(e) => e.to_string(),
            });
        }
        (out, w)
    }

    #[test]
    fn responses_become_pages_and_the_rest_is_counted() {
        let mut members = Vec::new();
        let mut rec = |kind: &str, url: &str, ct: &str, block: &[u8]| {
            let mut r = Vec::new();
            write_record(&mut r, kind, url, ct, block);
            members.extend(gz(&r));
        };
        rec("warcinfo", "", "application/warc-fields", b"software: test\r\n");
        rec("request", "https://a.example/1", "application/http; msgtype=request", b"GET /1 HTTP/1.1\r\n\r\n");
        let body = page("Un");
        rec(
            "response",
            "https://a.example/1",
            "application/http; msgtype=response",
            &http_response(200, "text/html; charset=utf-8", "", &body),
        );
        // chunked and gzip-encoded, Latin-1 declared by the HTTP header
        let latin: Vec<u8> = String::from_utf8(page("Deux été")).unwrap().chars().map(|c| c as u32 as u8).collect();
        let mut chunked = format!("{:x}\r\n", latin.len()).into_bytes();
        chunked.extend_from_slice(&latin);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        let enc = gz(&chunked);
        rec(
            "response",
            "https://a.example/2",
            "application/http; msgtype=response",
            &http_response(
                200,
                "text/html; charset=ISO-8859-1",
                "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                &enc,
            ),
        );
        rec(
            "response",
            "https://a.example/logo.png",
            "application/http; msgtype=response",
            &http_response(200, "image/png", "", b"\x89PNG"),
        );
        rec(
            "response",
            "https://a.example/gone",
            "application/http; msgtype=response",
            &http_response(404, "text/html", "", b"<p>x</p>"),
        );
        let (out, w) = read("a.warc.gz", members);
        assert_eq!(out, ["ok record 3 https://a.example/1 Un", "ok record 4 https://a.example/2 Deux été"]);
        assert_eq!(w.counts, WarcCounts { pages: 2, other_types: 2, not_html: 1, not_ok: 1, unusable: 0 });
    }

    #[test]
    fn a_malformed_header_is_reported_and_the_next_record_read() {
        let mut data = Vec::new();
        page_record(&mut data, "https://a.example/1", "Un");
        data.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\ngarbage\r\n\r\n");
        data.extend_from_slice(b"NOT A RECORD\r\n");
        page_record(&mut data, "https://a.example/3", "Trois");
        let (out, _) = read("b.warc", data);
        assert_eq!(out[0], "ok record 1 https://a.example/1 Un");
        assert_eq!(out[1], "b.warc: record 2: malformed record header: no valid Content-Length");
        assert_eq!(out.last().unwrap(), "ok record 3 https://a.example/3 Trois");
    }

    #[test]
    fn a_truncated_gzip_member_ends_the_file_with_an_error() {
        let mut data = Vec::new();
        page_record(&mut data, "https://a.example/1", "Un");
        let mut members = gz(&data);
        let second = gz(&data);
        members.extend_from_slice(&second[..second.len() / 2]);
        let (out, _) = read("c.warc.gz", members);
        assert_eq!(out[0], "ok record 1 https://a.example/1 Un");
        assert!(out[1].starts_with("c.warc.gz: record 2: "), "{}", out[1]);
        assert_eq!(out.len(), 2);
    }
}
