#![no_main]
//! Any text as a feed or OPML list.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = recoupe_ingest::feed::parse("fuzz.rss", &text);
});
