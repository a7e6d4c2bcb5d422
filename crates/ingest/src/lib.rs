//! Readers: turn paths (files, directories, `-` for standard input) into a
//! stream of [`Document`]s. Streamed: one file, or one JSON line, in memory at a
//! time. Every problem is an [`InputError`] naming the file and line or byte;
//! the stream goes on with the next record.
//!
//! Formats, by extension and else by sniffing the first bytes:
//! - plain text (`.txt`, `.md`): one article a file;
//! - JSON Lines (`.jsonl`, `.ndjson`, `.json`): `{id?, url?, outlet?, title?,
//!   text | html, published?, lang?}` a line;
//! - HTML (`.html`, `.htm`): one page a file, read by `recoupe-html` (charset,
//!   metadata, main text, paragraph kinds from the markup).
//!
//! A new format plugs in as one more [`Format`] and reader; the analysis does
//! not change.

pub mod decode;
mod error;
pub mod feed;
pub mod gzip;
pub mod warc;

pub use error::InputError;
use recoupe_model::{Document, InputFormat, OriginRelation, Span};
use serde::Deserialize;
use std::cell::Cell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Largest plain-text or HTML file taken as one article.
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlainText,
    JsonLines,
    Html,
    /// WARC archive (`.warc`, or `.warc.gz` once decompressed).
    Warc,
    /// RSS, Atom or OPML.
    Feed,
}

/// A format that this build recognises but does not read.
fn unsupported(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase();
    if n.ends_with(".arc.gz") || n.ends_with(".arc") {
        Some("ARC archives (the format before WARC) are not supported; convert them to WARC")
    } else if n.ends_with(".zip") || n.ends_with(".zst") || n.ends_with(".bz2") || n.ends_with(".xz") {
        Some("this compression is not supported (gzip is); decompress first")
    } else {
        None
    }
}

pub fn format_by_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" | "md" => Some(Format::PlainText),
        "jsonl" | "ndjson" | "json" => Some(Format::JsonLines),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "warc" => Some(Format::Warc),
        "rss" | "atom" | "opml" | "xml" | "rdf" => Some(Format::Feed),
        _ => None,
    }
}

/// Whether the file is gzip-compressed (`.gz`, whatever it holds).
fn is_gzip_name(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Guesses the format from the first bytes of the content.
pub fn sniff(head: &[u8]) -> Format {
    let start = head.iter().position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    if head[start.unwrap_or(0)..].starts_with(b"WARC/") {
        return Format::Warc;
    }
    match start.map(|i| head[i]) {
        Some(b'{') => Format::JsonLines,
        Some(b'<') => {
            let lower: Vec<u8> = head.iter().take(1024).map(u8::to_ascii_lowercase).collect();
            let s = String::from_utf8_lossy(&lower);
            let feed = s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf") || s.contains("<opml");
            let page = s.contains("<html") || s.contains("<!doctype html");
            if feed && !page {
                Format::Feed
            } else if page || s.contains("<body") || s.contains("<p") || s.contains("<div") {
                Format::Html
            } else {
                Format::PlainText
            }
        }
        _ => Format::PlainText,
    }
}

/// One input named on the command line, expanded.
#[derive(Debug, Clone)]
enum Input {
    Stdin,
    File(PathBuf),
}

/// Expands directories (recursively, sorted, hidden entries skipped, only files
/// with a known or recognised extension) and keeps files and `-` as given.
fn expand(paths: &[String], errors: &mut Vec<InputError>) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, &mut out, errors),
            Ok(_) => out.push(Input::File(path)),
            Err(e) => errors.push(InputError::new(p, None, format!("cannot open: {e}"))),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>, errors: &mut Vec<InputError>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            errors.push(InputError::new(&dir.display().to_string(), None, format!("cannot read directory: {e}")));
            return;
        }
    };
    entries.sort();
    for p in entries {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors);
        } else if format_by_extension(&p).is_some()
            || is_gzip_name(&p)
            || unsupported(&p.display().to_string()).is_some()
        {
            out.push(Input::File(p));
        }
    }
}

/// The raw JSON Lines record.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    text: Option<String>,
    html: Option<String>,
    published: Option<String>,
    lang: Option<String>,
}

/// Builds a document from a JSON record; `Err` says what is wrong with it.
fn record_to_document(rec: Record, path: &str, line: usize) -> Result<Document, String> {
    let record_id = rec.id.map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    let mut doc = Document {
        path: Some(path.to_string()),
        record: Some(format!("line {line}")),
        record_id,
        url: rec.url,
        outlet: rec.outlet,
        title: rec.title,
        published: rec.published,
        lang: rec.lang,
        format: InputFormat::Record,
        ..Document::default()
    };
    match (rec.text, rec.html) {
        (Some(t), _) if !t.trim().is_empty() => doc.text = t,
        (_, Some(h)) if !h.trim().is_empty() => {
            let page = recoupe_html::read(&h);
            fill_from_page(&mut doc, page);
            doc.format = InputFormat::Html;
        }
        (Some(_), _) | (_, Some(_)) => return Err("empty \"text\"".into()),
        (None, None) => return Err("record has neither \"text\" nor \"html\"".into()),
    }
    if doc.text.trim().is_empty() {
        return Err("no text in the record's HTML".into());
    }
    Ok(doc)
}

/// Fills a document from an HTML page; what the document already holds (from
/// a record's fields) wins over what the page declares.
pub fn fill_from_page(doc: &mut Document, page: recoupe_html::Page) {
    let (text, kinds) = page.text_and_kinds();
    doc.text = text;
    doc.paragraph_kinds = kinds.into_iter().map(|(a, b, k)| (Span::new(a, b), k)).collect();
    let m = page.meta;
    // republication evidence the page declares: a canonical page on another
    // site (the page's own URL known), an original named in the metadata
    let own_url = doc.url.clone().or(m.og_url.clone());
    let own = own_url.as_deref().or(m.canonical.as_deref()).and_then(site);
    if let (Some(u), Some(c)) = (own_url.as_deref(), m.canonical.as_deref()) {
        if site(u).is_some() && site(c).is_some() && site(u) != site(c) {
            doc.origin_urls.push((OriginRelation::CanonicalElsewhere, c.to_string()));
        }
    }
    if let Some(o) = m.original_source.as_deref().filter(|o| site(o).is_some() && site(o) != own) {
        doc.origin_urls.push((OriginRelation::DeclaredOriginal, o.to_string()));
    }
    doc.title = doc.title.take().or(page.title);
    doc.url = doc.url.take().or(own_url).or(m.canonical);
    doc.outlet = doc.outlet.take().or(m.site_name);
    doc.published = doc.published.take().or(m.published);
    doc.lang = doc.lang.take().or(m.lang);
    doc.modified = doc.modified.take().or(m.modified);
    if doc.authors.is_empty() {
        doc.authors = m.authors;
    }
    doc.warnings.extend(page.warnings);
}

/// Reads JSON Lines one line at a time.
struct JsonLines {
    path: String,
    reader: Box<dyn BufRead>,
    line: usize,
    records: usize,
    buf: Vec<u8>,
    done: bool,
}

impl JsonLines {
    fn next_item(&mut self, bytes: &mut u64) -> Option<Result<Document, InputError>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    if self.records == 0 && self.line == 0 {
                        return Some(Err(InputError::new(&self.path, None, "empty file")));
                    }
                    return None;
                }
                Ok(n) => *bytes += n as u64,
                Err(e) => {
                    self.done = true;
                    return Some(Err(InputError::new(
                        &self.path,
                        Some(format!("line {}", self.line + 1)),
                        format!("read error: {e}"),
                    )));
                }
            }
            self.line += 1;
            let loc = Some(format!("line {}", self.line));
            let raw = std::mem::take(&mut self.buf);
            let trimmed = raw.trim_ascii();
            if trimmed.is_empty() {
                self.buf = raw;
                continue;
            }
            let result = match decode::utf8(trimmed) {
                Err(e) => Err(InputError::new(
                    &self.path,
                    loc,
                    format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                )),
                Ok(s) => match serde_json::from_str::<Record>(s) {
                    Err(e) => Err(InputError::new(&self.path, loc, format!("invalid JSON: {e}"))),
                    Ok(rec) => {
                        record_to_document(rec, &self.path, self.line).map_err(|m| InputError::new(&self.path, loc, m))
                    }
                },
            };
            self.buf = raw;
            if result.is_ok() {
                self.records += 1;
            }
            return Some(result);
        }
    }
}

/// Reads a whole file, at most `limit` bytes.
fn read_all(path: &str, mut r: impl Read, bytes: &mut u64, limit: u64) -> Result<Vec<u8>, InputError> {
    let mut data = Vec::new();
    r.by_ref()
        .take(limit + 1)
        .read_to_end(&mut data)
        .map_err(|e| InputError::new(path, None, format!("read error: {e}")))?;
    *bytes += data.len() as u64;
    if data.len() as u64 > limit {
        return Err(InputError::new(
            path,
            None,
            format!(
                "larger than {} MiB for one file of this kind; use JSON Lines or WARC for many articles",
                limit >> 20
            ),
        ));
    }
    Ok(data)
}

/// Reads one whole file (plain text or HTML) as one article.
fn read_whole(path: &str, r: impl Read, format: Option<Format>, bytes: &mut u64) -> Result<Document, InputError> {
    let limit = if format == Some(Format::Html) { warc::MAX_PAGE_BYTES } else { MAX_ARTICLE_BYTES };
    let data = read_all(path, r, bytes, limit)?;
    let mut format = format.unwrap_or_else(|| sniff(&data[..data.len().min(1024)]));
    let mut notes = Vec::new();
    // a file named .html that holds no markup is read as the text it is
    let has_markup = |d: &[u8]| {
        d[..d.len().min(65536)]
            .windows(2)
            .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'!' | b'/')))
    };
    if format == Format::Html
        && !data.starts_with(&[0xFF, 0xFE])
        && !data.starts_with(&[0xFE, 0xFF])
        && !has_markup(&data)
    {
        format = Format::PlainText;
        notes.push("no HTML markup found; read as plain text".to_string());
    }
    if format == Format::Html {
        if let Some(pos) = data.iter().take(8192).position(|&b| b == 0) {
            // UTF-16 pages start with a byte-order mark; a NUL elsewhere is binary
            if !(data.starts_with(&[0xFF, 0xFE]) || data.starts_with(&[0xFE, 0xFF])) {
                return Err(InputError::new(path, None, format!("binary content (NUL byte at byte {pos})")));
            }
        }
        let mut doc = Document { path: Some(path.to_string()), format: InputFormat::Html, ..Document::default() };
        fill_from_page(&mut doc, recoupe_html::read_bytes(&data, None));
        if doc.text.trim().is_empty() {
            return Err(InputError::new(path, None, "no text in the HTML page"));
        }
        return Ok(doc);
    }
    let (text, warning) = decode::decode(data).map_err(|m| InputError::new(path, None, m))?;
    if text.trim().is_empty() {
        return Err(InputError::new(path, None, "empty file"));
    }
    notes.extend(warning);
    Ok(Document { path: Some(path.to_string()), warnings: notes, text, ..Document::default() })
}

/// A file read record by record.
enum Stream {
    Json(JsonLines),
    Warc(warc::WarcRecords),
}

/// Counts the bytes read from a file, compressed or not, for progress reports.
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// The stream of documents from a list of paths.
///
/// Feeds are read first, and their items held back: an item whose page
/// comes later (an HTML file, a WARC record with the same URL) is not a
/// second article but lends the page its title and date when the page lacks
/// them; the items left are given at the end.
pub struct Documents {
    queue: VecDeque<Input>,
    pending_errors: VecDeque<InputError>,
    current: Option<Stream>,
    bytes: u64,
    counted: Rc<Cell<u64>>,
    feed_items: Vec<Document>,
    notices: Vec<String>,
}

fn is_feed_input(i: &Input) -> bool {
    matches!(i, Input::File(p) if format_by_extension(p) == Some(Format::Feed))
}

impl Documents {
    pub fn new(paths: &[String]) -> Documents {
        let mut errors = Vec::new();
        let mut queue = expand(paths, &mut errors);
        // feeds first (stable: the rest keeps its order)
        queue.sort_by_key(|i| !is_feed_input(i));
        Documents {
            queue: queue.into(),
            pending_errors: errors.into(),
            current: None,
            bytes: 0,
            counted: Rc::new(Cell::new(0)),
            feed_items: Vec::new(),
            notices: Vec::new(),
        }
    }

    /// Bytes read so far, for progress reports.
    pub fn bytes_read(&self) -> u64 {
        self.bytes.max(self.counted.get())
    }

    /// What the reader has to say that is not an error (an archive's summary,
    /// feeds not fetched); drained by the caller.
    pub fn take_notices(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notices)
    }

    /// Total size of the named files (standard input counts 0).
    pub fn total_bytes(&self) -> u64 {
        self.queue
            .iter()
            .map(|i| match i {
                Input::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
                Input::Stdin => 0,
            })
            .sum()
    }

    fn open(&mut self, input: Input) -> Option<Result<Document, InputError>> {
        let (name, raw, ext_format, gz_name): (String, Box<dyn Read>, Option<Format>, bool) = match input {
            Input::Stdin => ("-".to_string(), Box::new(std::io::stdin().lock()), None, false),
            Input::File(p) => {
                let name = p.display().to_string();
                if let Some(why) = unsupported(&name) {
                    return Some(Err(InputError::new(&name, None, why)));
                }
                match File::open(&p) {
                    Ok(f) => (
                        name,
                        Box::new(Counting { inner: f, count: self.counted.clone() }),
                        format_by_extension(&p),
                        is_gzip_name(&p),
                    ),
                    Err(e) => return Some(Err(InputError::new(&name, None, format!("cannot open: {e}")))),
                }
            }
        };
        let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(256 * 1024, raw));
        // gzip by its magic bytes, whatever the name says
        let gz = match reader.fill_buf() {
            Ok(head) => head.starts_with(&[0x1F, 0x8B]),
            Err(e) => return Some(Err(InputError::new(&name, None, format!("read error: {e}")))),
        };
        if gz {
            reader = Box::new(gzip::GzipReader::new(reader));
        } else if gz_name {
            return Some(Err(InputError::new(&name, None, "named .gz but not gzip data")));
        }
        let format = match ext_format.filter(|_| !gz) {
            Some(f) => f,
            None => match reader.fill_buf() {
                Ok(head) => sniff(head),
                Err(e) => return Some(Err(InputError::new(&name, None, format!("gzip: {e}")))),
            },
        };
        match format {
            Format::JsonLines => {
                self.current = Some(Stream::Json(JsonLines {
                    path: name,
                    reader,
                    line: 0,
                    records: 0,
                    buf: Vec::new(),
                    done: false,
                }));
                None
            }
            Format::Warc => {
                self.current = Some(Stream::Warc(warc::WarcRecords::new(&name, reader)));
                None
            }
            Format::Feed => {
                let data = match read_all(&name, reader, &mut self.bytes, MAX_ARTICLE_BYTES) {
                    Ok(d) => d,
                    Err(e) => return Some(Err(e)),
                };
                let text = recoupe_html::charset::decode(&data, None).text;
                match feed::parse(&name, &text) {
                    Ok(feed::Parsed::Items(items)) => {
                        for it in items {
                            match it {
                                Ok(d) => self.feed_items.push(d),
                                Err(e) => self.pending_errors.push_back(e),
                            }
                        }
                        None
                    }
                    Ok(feed::Parsed::Opml(urls)) => {
                        self.queue_opml(&name, urls);
                        None
                    }
                    Err(e) => Some(Err(e)),
                }
            }
            Format::Html | Format::PlainText => {
                let mut doc = read_whole(&name, reader, Some(format), &mut self.bytes);
                if let Ok(d) = &mut doc {
                    if d.path.as_deref() == Some("-") {
                        d.path = Some("-".into());
                    }
                }
                Some(doc)
            }
        }
    }

    /// Queues the local feeds an OPML list names; counts the remote ones.
    fn queue_opml(&mut self, name: &str, urls: Vec<String>) {
        let dir = Path::new(name).parent().map(Path::to_path_buf).unwrap_or_default();
        let mut remote = 0;
        let mut local = Vec::new();
        for u in urls {
            let p = u.strip_prefix("file://").unwrap_or(&u);
            if u.contains("://") && !u.starts_with("file://") {
                remote += 1;
                continue;
            }
            let path = if Path::new(p).is_absolute() { PathBuf::from(p) } else { dir.join(p) };
            if path.is_file() {
                local.push(Input::File(path));
            } else {
                self.pending_errors.push_back(InputError::new(name, None, format!("listed feed {p} not found")));
            }
        }
        for i in local.into_iter().rev() {
            self.queue.push_front(i);
        }
        if remote > 0 {
            self.notices.push(format!(
                "{name}: {remote} listed feed(s) given by URL not fetched (this build reads local files only)"
            ));
        }
    }

    /// A page whose URL a held feed item has takes the item's place.
    fn merge(&mut self, item: Result<Document, InputError>) -> Result<Document, InputError> {
        let Ok(mut doc) = item else { return item };
        if self.feed_items.is_empty() {
            return Ok(doc);
        }
        let Some(url) = doc.url.as_deref().map(normalise_url) else { return Ok(doc) };
        if let Some(k) = self.feed_items.iter().position(|f| f.url.as_deref().map(normalise_url) == Some(url.clone())) {
            let f = self.feed_items.remove(k);
            doc.published = doc.published.take().or(f.published);
            doc.title = doc.title.take().or(f.title);
            doc.outlet = doc.outlet.take().or(f.outlet);
        }
        Ok(doc)
    }
}

/// The site of a URL: its host's last two labels, or three under a short
/// second-level label ("bbc.co.uk"), so that "amp.x.fr" and "www.x.fr" agree.
fn site(u: &str) -> Option<String> {
    let rest = u.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.split(':').next()?.to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 {
        return None;
    }
    let n = labels.len();
    let take = if n >= 3 && labels[n - 1].len() == 2 && labels[n - 2].len() <= 3 { 3 } else { 2 };
    Some(labels[n - take..].join("."))
}

/// A URL without its scheme, "www.", fragment and trailing slash, for matching.
fn normalise_url(u: &str) -> String {
    let u = u.trim();
    let u = u.split_once("://").map_or(u, |(_, r)| r);
    let u = u.strip_prefix("www.").unwrap_or(u);
    let u = u.split('#').next().unwrap_or(u);
    u.trim_end_matches('/').to_ascii_lowercase()
}

impl Iterator for Documents {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.pending_errors.pop_front() {
                return Some(Err(e));
            }
            if let Some(s) = &mut self.current {
                let item = match s {
                    Stream::Json(j) => j.next_item(&mut self.bytes),
                    Stream::Warc(w) => w.next_item(),
                };
                match item {
                    Some(item) => return Some(self.merge(item)),
                    None => {
                        if let Some(Stream::Warc(w)) = &self.current {
                            self.notices.push(format!("{}: {}", w.path(), w.summary()));
                        }
                        self.current = None;
                    }
                }
            }
            match self.queue.pop_front() {
                Some(input) => {
                    if let Some(item) = self.open(input) {
                        return Some(self.merge(item));
                    }
                }
                // the feed items no page stood for
                None => return (!self.feed_items.is_empty()).then(|| Ok(self.feed_items.remove(0))),
            }
        }
    }
}

/// Reads documents from in-memory bytes named `name` (used for the built-in demo corpus).
pub fn from_bytes(name: &str, data: &[u8]) -> Vec<Result<Document, InputError>> {
    let format = format_by_extension(Path::new(name)).unwrap_or_else(|| sniff(data));
    let mut bytes = 0;
    if format == Format::JsonLines {
        let mut j = JsonLines {
            path: name.to_string(),
            reader: Box::new(BufReader::new(std::io::Cursor::new(data.to_vec()))),
            line: 0,
            records: 0,
            buf: Vec::new(),
            done: false,
        };
        std::iter::from_fn(|| j.next_item(&mut bytes)).collect()
    } else {
        vec![read_whole(name, data, Some(format), &mut bytes)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_json_lines_name_the_line_and_the_rest_goes_on() {
        let data = b"{\"text\": \"Un.\"}\n{broken\n\n{\"title\": \"x\"}\n{\"text\": \"\xff\"}\n{\"id\": 7, \"html\": \"<p>Deux.</p>\"}\n";
        let items = from_bytes("in.jsonl", data);
        let msgs: Vec<String> = items
            .iter()
            .map(|r| match r {
                Ok(d) => format!("ok {} {:?}", d.text, d.record_id),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(msgs[0], "ok Un. None");
        assert!(msgs[1].starts_with("in.jsonl: line 2: invalid JSON"), "{}", msgs[1]);
        assert_eq!(msgs[2], "in.jsonl: line 4: record has neither \"text\" nor \"html\"");
        assert!(msgs[3].starts_with("in.jsonl: line 5: invalid UTF-8"), "{}", msgs[3]);
        assert_eq!(msgs[4], "ok Deux. Some(\"7\")");
    }

    #[test]
    fn empty_and_binary_files() {
        assert_eq!(from_bytes("a.txt", b"  \n")[0].as_ref().unwrap_err().to_string(), "a.txt: empty file");
        assert_eq!(from_bytes("a.jsonl", b"")[0].as_ref().unwrap_err().to_string(), "a.jsonl: empty file");
        assert!(from_bytes("a.txt", b"\x7fELF\0\0")[0].as_ref().unwrap_err().to_string().contains("binary content"));
    }

    #[test]
    fn sites_of_urls() {
        assert_eq!(site("https://amp.courrier.example/a").as_deref(), Some("courrier.example"));
        assert_eq!(site("http://www.bbc.co.uk/news/1").as_deref(), Some("bbc.co.uk"));
        assert_eq!(site("/relative/path"), None);
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"  {\"text\":1}"), Format::JsonLines);
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff(b" date 2022-01 https://x"), Format::PlainText);
    }
}
