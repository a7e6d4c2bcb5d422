#![no_main]
//! Any bytes as a page: charset, parser, metadata (JSON-LD), extraction.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = recoupe_html::read_bytes(data, None);
    let _ = page.text_and_kinds();
});
