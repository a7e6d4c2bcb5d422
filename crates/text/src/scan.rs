//! Byte scans for the few places where a rule may fire: the positions of the
//! bytes of a class, found sixteen at a time. Scraped text is mostly lower-case
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
            // eight words of eight bytes: one test of the mask per 64 bytes
            let mut mask = 0u64;
            for w in 0..8 {
                let at = self.block + w * 8;
                let word = match self.bytes.get(at..at + 8) {
                    Some(x) => u64::from_le_bytes([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]]),
                    None => {
                        // the last bytes, padded with zeros (never marked)
                        let mut chunk = [0u8; 8];
                        let rest = self.bytes.get(at..).unwrap_or(&[]);
                        chunk[..rest.len()].copy_from_slice(rest);
                        u64::from_le_bytes(chunk)
                    }
                };
                // gather the eight high bits into one byte
                let high = word_mask(word, self.class) >> 7;
                mask |= (high.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (w * 8);
            }
            self.mask = mask;
        }
    }
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;

const fn splat(b: u8) -> u64 {
    LOW7 / 0x7F * b as u64
}

/// The high bit of each byte of `y` (bytes below 0x80) that equals `c`.
fn eq7(y: u64, c: u8) -> u64 {
    let t = y ^ splat(c);
    !((t + LOW7) | t) & HIGH
}

/// The high bit of each byte of `x` that is of `class` (SWAR: eight bytes in
/// one word, no branch; zero bytes are never marked).
fn word_mask(x: u64, class: Class) -> u64 {
    let high = x & HIGH;
    // first bytes of non-ASCII chars: 0b11xx_xxxx
    let lead = x & (x << 1) & HIGH;
    let y = x & LOW7;
    // A..=Z: at least 0x41 and below 0x5B
    let upper = (y + splat(0x80 - 0x41)) & !(y + splat(0x80 - 0x5B)) & HIGH;
    let ascii = match class {
        Class::Cut => upper | eq7(y, b'.') | eq7(y, b'!') | eq7(y, b'?') | eq7(y, b':'),
        Class::Gap => upper | eq7(y, b'-'),
    };
    (ascii & !high) | lead
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
