//! The built-in demo corpus (`demo/corpus`), compiled into the binary so that
//! `recoupe analyze` works from any directory.

macro_rules! demo {
    ($($f:literal),* $(,)?) => {
        pub const FILES: &[(&str, &[u8])] = &[
            $(($f, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/corpus/", $f)))),*
        ];
    };
}

demo!(
    "01_courrier-du-val.txt",
    "02_infos-express-24.jsonl",
    "03_northern-ledger.txt",
    "04_ledger-traduit.txt",
    "05_gazette-stavrograd.txt",
    "06_radio-mistral.jsonl",
    "07_nordic-wire.jsonl",
    "08_blog-analyses.txt",
    "09_echo-des-vallees.html",
);
