//! Evaluation tasks. Each reads a data set from a path given by the user (the
//! data is never in the repo), prints a table, and ends with one line of JSON.

pub mod bench;
pub mod extraction;
pub mod langid;
pub mod ner;
pub mod numbers;
pub mod quotes;
pub mod seeds_entities;
pub mod segmentation;
pub mod text2num;
pub mod time;
pub mod train_gaps;
pub mod train_ner;

use std::time::Duration;

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

pub fn per_second(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64().max(1e-9)
}

/// An evaluation failure: unreadable data, with the file named.
#[derive(Debug)]
pub struct EvalError(pub String);

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EvalError {}

/// The entries of a folder, sorted (so every run reads in the same order); the
/// error names the folder.
pub fn list_dir(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, EvalError> {
    let mut out: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| EvalError(format!("{}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    out.sort();
    Ok(out)
}

/// The files of a folder with the extension `ext`, sorted.
pub fn files_with_ext(dir: &std::path::Path, ext: &str) -> Result<Vec<std::path::PathBuf>, EvalError> {
    Ok(list_dir(dir)?.into_iter().filter(|p| p.extension().is_some_and(|x| x == ext)).collect())
}

pub fn read_to_string(path: &std::path::Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|e| EvalError(format!("{}: {e}", path.display())))
}
