#![no_main]
//! Any bytes as a WARC archive, plain and through gzip.
use libfuzzer_sys::fuzz_target;
use std::io::{BufReader, Cursor};

fuzz_target!(|data: &[u8]| {
    let plain = recoupe_ingest::warc::WarcRecords::new("fuzz.warc", Box::new(Cursor::new(data.to_vec())));
    let gz = recoupe_ingest::warc::WarcRecords::new(
        "fuzz.warc.gz",
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(Cursor::new(data.to_vec())))),
    );
    for mut w in [plain, gz] {
        let mut n = 0;
        while let Some(_item) = w.next_item() {
            n += 1;
            if n > 10_000 {
                break;
            }
        }
    }
});
