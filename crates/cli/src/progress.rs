//! A progress line on stderr, drawn only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    total: u64,
    last: Instant,
    start: Instant,
    drawn: bool,
}

impl Progress {
    pub fn new(total_bytes: u64) -> Self {
        let now = Instant::now();
        Progress { enabled: std::io::stderr().is_terminal(), total: total_bytes, last: now, start: now, drawn: false }
    }

    pub fn update(&mut self, bytes: u64, articles: usize) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(120) {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        let rate = bytes as f64 / 1e6 / secs;
        let line = if self.total > 0 {
            let frac = (bytes as f64 / self.total as f64).min(1.0);
            let filled = (frac * 30.0) as usize;
            format!(
                "[{}{}] {:>3.0}%  {articles} articles  {:.1} MB/s",
                "#".repeat(filled),
                " ".repeat(30 - filled),
                frac * 100.0,
                rate
            )
        } else {
            format!("{articles} articles  {:.1} MB  {:.1} MB/s", bytes as f64 / 1e6, rate)
        };
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r{line}\x1b[K");
        let _ = e.flush();
        self.drawn = true;
    }

    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
    }
}
