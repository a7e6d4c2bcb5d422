//! Byte scans for the few places where a rule may fire: the positions of the
//! bytes of a class, found sixteen at a time (SSE2 on x86_64). Scraped text is mostly lower-case
//! letters and spaces; a branch per byte costs more on it than the rules do.

/// A class of bytes to look for.
#[derive(Clone, Copy)]
pub enum Class {
    /// Terminal marks and colons (`. ! ? :`), capitals, and the first byte of any
    /// non-ASCII char: where the sentence rules look.
    Cut,
    /// Capitals, `-`, and the first byte of any non-ASCII char: what a candidate
    /// sentence gap can precede.
    Gap,
}

impl Class {
    #[cfg(any(test, not(target_arch = "x86_64")))]
    fn scalar(self, b: u8) -> bool {
        match self {
            Class::Cut => matches!(b, b'.' | b'!' | b'?' | b':' | b'A'..=b'Z' | 0xC0..),
            Class::Gap => matches!(b, b'A'..=b'Z' | b'-' | 0xC0..),
        }
    }
}

/// The positions of the bytes of `class` in `bytes`, in order.
pub fn positions(bytes: &[u8], class: Class) -> Positions<'_> {
    Positions { bytes, class, block: 0, mask: 0, started: false }
}

pub struct Positions<'a> {
    bytes: &'a [u8],
    class: Class,
    /// Start of the 64 bytes whose marks are in `mask`.
    block: usize,
    /// Bit `i` set: byte `block + i` is marked.
    mask: u64,
    started: bool,
}

impl Iterator for Positions<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            if self.mask != 0 {
                let bit = self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                return Some(self.block + bit);
            }
            if self.started {
                self.block += 64;
            }
            self.started = true;
            if self.block >= self.bytes.len() {
                return None;
            }
            // one test of the mask per 64 bytes
            let mut mask = 0u64;
            for part in 0..4 {
                let at = self.block + part * 16;
                let chunk: [u8; 16] = match self.bytes.get(at..at + 16) {
                    Some(x) => x.try_into().unwrap_or([0; 16]),
                    None => {
                        // the last bytes, padded with zeros (never marked)
                        let mut chunk = [0u8; 16];
                        let rest = self.bytes.get(at..).unwrap_or(&[]);
                        chunk[..rest.len()].copy_from_slice(rest);
                        chunk
                    }
                };
                mask |= (block_mask(&chunk, self.class) as u64) << (part * 16);
            }
            self.mask = mask;
        }
    }
}

/// Bit `i` set: byte `i` of the chunk is of `class`.
#[cfg(target_arch = "x86_64")]
fn block_mask(chunk: &[u8; 16], class: Class) -> u32 {
    // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64 CPU has it.
    unsafe { block_mask_sse2(chunk, class) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn block_mask_sse2(chunk: &[u8; 16], class: Class) -> u32 {
    use std::arch::x86_64::*;
    let lo = i64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
    let hi = i64::from_le_bytes([chunk[8], chunk[9], chunk[10], chunk[11], chunk[12], chunk[13], chunk[14], chunk[15]]);
    let v = _mm_set_epi64x(hi, lo);
    let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
    // as signed bytes, A..=Z are 65..=90 and the first bytes of non-ASCII chars -64..=-1
    let upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(64)), _mm_cmplt_epi8(v, _mm_set1_epi8(91)));
    let lead = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-65)), _mm_cmplt_epi8(v, _mm_set1_epi8(0)));
    let base = _mm_or_si128(upper, lead);
    let m = match class {
        Class::Cut => {
            _mm_or_si128(_mm_or_si128(base, _mm_or_si128(eq(b'.'), eq(b'!'))), _mm_or_si128(eq(b'?'), eq(b':')))
        }
        Class::Gap => _mm_or_si128(base, eq(b'-')),
    };
    _mm_movemask_epi8(m) as u32
}

#[cfg(not(target_arch = "x86_64"))]
fn block_mask(chunk: &[u8; 16], class: Class) -> u32 {
    chunk.iter().enumerate().fold(0, |m, (i, &b)| m | ((class.scalar(b) as u32) << i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_byte_test_finds() {
        let text = "Le président.Des « gangs » à l'assaut du Kazakhstan?Partageant 6.846 km: -fin- Ça, œuvre. \
                    Une phrase assez longue pour remplir plusieurs blocs de seize octets, et finir";
        for class in [Class::Cut, Class::Gap] {
            let b = text.as_bytes();
            let want: Vec<usize> = (0..b.len()).filter(|&i| class.scalar(b[i])).collect();
            assert_eq!(positions(b, class).collect::<Vec<_>>(), want);
            for cut in [0, 1, 15, 16, 17, 31, 32, 33] {
                let part = &b[..cut.min(b.len())];
                let want: Vec<usize> = (0..part.len()).filter(|&i| class.scalar(part[i])).collect();
                assert_eq!(positions(part, class).collect::<Vec<_>>(), want);
            }
        }
    }
}
