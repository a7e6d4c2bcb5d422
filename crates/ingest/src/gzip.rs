//! Gzip input, member by member: each member is inflated whole by libdeflate
//! (about twice zlib's speed here), which suits Common Crawl archives (one small
//! member per record). A member too large to hold (a whole-file gzip), corrupt
//! or truncated data hands the rest of the stream, from that member's start, to
//! flate2's streaming decoder: memory stays bounded, and errors read as before.

use std::io::{self, BufRead, Cursor, Read};

/// Largest member inflated in memory; a larger one is streamed.
const MAX_MEMBER_OUT: usize = 32 * 1024 * 1024;
/// Most compressed bytes held while looking for a member's end.
const MAX_MEMBER_IN: usize = 32 * 1024 * 1024;
/// Compressed bytes read at a time.
const CHUNK: usize = 1024 * 1024;

/// The streaming decoder the rest of the input goes to.
type Fallback<R> = io::BufReader<flate2::bufread::MultiGzDecoder<io::Chain<Cursor<Vec<u8>>, R>>>;

/// A libdeflate decompressor, freed on drop.
struct Inflater(*mut libdeflate_sys::libdeflate_decompressor);

enum Inflated {
    /// (compressed bytes used, bytes written)
    Done(usize, usize),
    NoRoom,
    Bad,
}

impl Inflater {
    fn new() -> Option<Inflater> {
        // SAFETY: allocation has no preconditions; null means out of memory
        let p = unsafe { libdeflate_sys::libdeflate_alloc_decompressor() };
        (!p.is_null()).then_some(Inflater(p))
    }

    /// Inflates the gzip member at the start of `input` into `out`.
    fn member(&mut self, input: &[u8], out: &mut [u8]) -> Inflated {
        let (mut used, mut written) = (0usize, 0usize);
        // SAFETY: the pointers and lengths come from live slices; libdeflate reads
        // at most `input.len()` bytes and writes at most `out.len()`
        let r = unsafe {
            libdeflate_sys::libdeflate_gzip_decompress_ex(
                self.0,
                input.as_ptr().cast(),
                input.len(),
                out.as_mut_ptr().cast(),
                out.len(),
                &mut used,
                &mut written,
            )
        };
        match r {
            libdeflate_sys::libdeflate_result_LIBDEFLATE_SUCCESS => Inflated::Done(used, written),
            libdeflate_sys::libdeflate_result_LIBDEFLATE_INSUFFICIENT_SPACE => Inflated::NoRoom,
            _ => Inflated::Bad,
        }
    }
}

// SAFETY: a libdeflate decompressor has no tie to the thread that made it; it is
// owned here and used through `&mut self` only (stateless workers may move a reader)
unsafe impl Send for Inflater {}

impl Drop for Inflater {
    fn drop(&mut self) {
        // SAFETY: allocated by libdeflate_alloc_decompressor, freed once
        unsafe { libdeflate_sys::libdeflate_free_decompressor(self.0) }
    }
}

/// The decompressed bytes of a gzip stream of one or more members.
pub struct GzipReader<R: BufRead> {
    inner: Option<R>,
    inflater: Option<Inflater>,
    /// Compressed bytes read and not yet used, from `cin_pos`.
    cin: Vec<u8>,
    cin_pos: usize,
    eof: bool,
    /// The current member's bytes, from `out_pos` to `out_len`.
    out: Vec<u8>,
    out_pos: usize,
    out_len: usize,
    fallback: Option<Fallback<R>>,
}

impl<R: BufRead> GzipReader<R> {
    pub fn new(inner: R) -> GzipReader<R> {
        GzipReader {
            inner: Some(inner),
            inflater: Inflater::new(),
            cin: Vec::new(),
            cin_pos: 0,
            eof: false,
            out: Vec::new(),
            out_pos: 0,
            out_len: 0,
            fallback: None,
        }
    }

    /// Reads more compressed bytes: `CHUNK`, or as many as are pending, so that a
    /// member longer than a chunk is retried a logarithmic number of times; false at
    /// the end of the input.
    fn read_more(&mut self) -> io::Result<bool> {
        let Some(inner) = self.inner.as_mut() else { return Ok(false) };
        if self.cin_pos > 0 {
            self.cin.drain(..self.cin_pos);
            self.cin_pos = 0;
        }
        let want = CHUNK.max(self.cin.len());
        let mut got = 0;
        while got < want {
            let buf = inner.fill_buf()?;
            if buf.is_empty() {
                self.eof = true;
                break;
            }
            let n = buf.len().min(want - got);
            self.cin.extend_from_slice(&buf[..n]);
            inner.consume(n);
            got += n;
        }
        Ok(got > 0)
    }

    /// Streams the rest of the input, from the current member's start.
    fn fall_back(&mut self) {
        let rest = self.cin.split_off(self.cin_pos);
        self.cin = Vec::new();
        self.cin_pos = 0;
        self.out = Vec::new();
        if let Some(inner) = self.inner.take() {
            let chained = Cursor::new(rest).chain(inner);
            self.fallback =
                Some(io::BufReader::with_capacity(256 * 1024, flate2::bufread::MultiGzDecoder::new(chained)));
        }
    }

    /// Inflates the next member into `out`; false at the end of the stream.
    fn next_member(&mut self) -> io::Result<bool> {
        if self.cin_pos == self.cin.len() && !self.read_more()? {
            return Ok(false);
        }
        loop {
            if self.out.is_empty() {
                self.out = vec![0; (8 * (self.cin.len() - self.cin_pos)).clamp(64 * 1024, 4 * 1024 * 1024)];
            }
            let Some(inflater) = self.inflater.as_mut() else {
                self.fall_back();
                return Ok(true);
            };
            match inflater.member(&self.cin[self.cin_pos..], &mut self.out) {
                Inflated::Done(used, written) => {
                    self.cin_pos += used;
                    self.out_pos = 0;
                    self.out_len = written;
                    return Ok(true);
                }
                Inflated::NoRoom if self.out.len() < MAX_MEMBER_OUT => {
                    let n = (self.out.len() * 4).min(MAX_MEMBER_OUT);
                    self.out = vec![0; n];
                }
                // the member may run past what was read: read on, within bounds
                Inflated::Bad if !self.eof && self.cin.len() - self.cin_pos < MAX_MEMBER_IN => {
                    self.read_more()?;
                }
                _ => {
                    self.fall_back();
                    return Ok(true);
                }
            }
        }
    }
}

impl<R: BufRead> Read for GzipReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for GzipReader<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.fallback.is_none() && self.out_pos == self.out_len {
            if !self.next_member()? {
                return Ok(&[]);
            }
        }
        match self.fallback.as_mut() {
            Some(f) => f.fill_buf(),
            None => Ok(&self.out[self.out_pos..self.out_len]),
        }
    }

    fn consume(&mut self, n: usize) {
        match self.fallback.as_mut() {
            Some(f) => f.consume(n),
            None => self.out_pos = (self.out_pos + n).min(self.out_len),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// One gzip member holding `data` (the WARC reader's tests use it too).
    pub(crate) fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn inflate(data: Vec<u8>, buf: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        GzipReader::new(io::BufReader::with_capacity(buf, Cursor::new(data))).read_to_end(&mut out)?;
        Ok(out)
    }

    /// Pseudo-random bytes that do not compress, so members span chunks.
    fn noise(n: usize, mut x: u64) -> Vec<u8> {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[test]
    fn members_of_every_size_come_out_whole_and_in_order() {
        let parts: Vec<Vec<u8>> = vec![
            b"<html>un</html>".to_vec(),
            Vec::new(),
            noise(3 * CHUNK + 17, 7),
            "é".repeat(300_000).into_bytes(),
            noise(5, 9),
        ];
        let data: Vec<u8> = parts.iter().flat_map(|p| gz(p)).collect();
        for buf in [7, 4096, 1 << 20] {
            assert_eq!(inflate(data.clone(), buf).unwrap(), parts.concat());
        }
    }

    #[test]
    fn a_reader_can_move_to_another_thread() {
        let mut r = GzipReader::new(io::BufReader::new(Cursor::new(gz(b"moved"))));
        let out = std::thread::spawn(move || {
            let mut out = Vec::new();
            r.read_to_end(&mut out).map(|_| out)
        });
        assert_eq!(out.join().unwrap().unwrap(), b"moved");
    }

    #[test]
    fn a_member_too_large_to_hold_is_streamed() {
        // compresses well, inflates past the in-memory bound
        let big = vec![b'a'; MAX_MEMBER_OUT + 1000];
        let mut data = gz(b"first ");
        data.extend(gz(&big));
        data.extend(gz(b" last"));
        let out = inflate(data, 1 << 16).unwrap();
        assert_eq!(out.len(), 6 + big.len() + 5);
        assert!(out.starts_with(b"first a") && out.ends_with(b"a last"));
    }

    #[test]
    fn truncated_and_corrupt_data_give_an_error_after_the_good_members() {
        let mut data = gz(b"good");
        let second = gz(&noise(100_000, 3));
        data.extend_from_slice(&second[..second.len() / 2]);
        let mut r = GzipReader::new(io::BufReader::new(Cursor::new(data)));
        let mut out = Vec::new();
        assert!(r.read_to_end(&mut out).is_err());
        assert!(out.starts_with(b"good"));
        let mut bad = gz(b"good");
        bad.extend_from_slice(b"not gzip at all");
        assert!(inflate(bad, 4096).is_err());
    }
}
