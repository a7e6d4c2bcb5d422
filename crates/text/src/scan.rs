//! Byte scans for the few places where a rule may fire: the positions of the
//! bytes of a class, found sixteen at a time (SSE2 on x86_64), both classes in
//! one pass ([`Marks`]). Scraped text is mostly lower-case
//! letters and spaces; a branch per byte costs more on it than the rules do.
//!
//! A class also looks at the byte before (and, for accented letters, the byte
//! after) so that the places no rule can use are dropped here, not one by one
//! later: a capital inside a word cannot follow a gap, and a lower-case
//! accented letter ("é", "à") never starts a sentence nor ends a glued one.

/// A class of bytes to look for.
#[derive(Clone, Copy)]
pub enum Class {
    /// Where the sentence rules look: terminal marks and colons (`. ! ? :`), a
    /// capital right after a lower-case letter, a straight double quote or a
    /// non-ASCII byte (a glued "influenceDe", "échauffement\"Renaud"), a capital
    /// between a capital and a lower-case letter (an acronym glued to a word,
    /// "BFMTVCette"), and the first byte of a non-ASCII char other than a
    /// lower-case Latin-1 letter (a non-ASCII capital or terminal mark).
    Cut,
    /// What a candidate sentence gap can precede, right after a byte that may end
    /// white space (ASCII white space or any non-ASCII byte): a capital, `-`, or
    /// the first byte of a non-ASCII char other than a lower-case Latin-1 letter.
    Gap,
}

impl Class {
    /// The reference the vector code is tested against: whether byte `i` of
    /// `b` is marked.
    #[cfg(any(test, not(target_arch = "x86_64")))]
    fn scalar(self, b: &[u8], i: usize) -> bool {
        let x = b[i];
        let prev = i.checked_sub(1).map(|p| b[p]);
        let latin1_lower = x == 0xC3 && b.get(i + 1).is_some_and(|&y| y >= 0xA0);
        let lead = x >= 0xC0 && !latin1_lower;
        match self {
            Class::Cut => {
                matches!(x, b'.' | b'!' | b'?' | b':')
                    || (x.is_ascii_uppercase()
                        && prev.is_some_and(|p| p.is_ascii_lowercase() || p == b'"' || p >= 0x80))
                    || (x.is_ascii_uppercase()
                        && prev.is_some_and(|p| p.is_ascii_uppercase())
                        && b.get(i + 1).is_some_and(|n| n.is_ascii_lowercase()))
                    || lead
            }
            Class::Gap => {
                (x.is_ascii_uppercase() || x == b'-' || lead)
                    && prev.is_some_and(|p| matches!(p, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') || p >= 0x80)
            }
        }
    }
}

/// The marks of both classes over one text, one bit per byte, 64 bytes a
/// word: the shared tests are computed once for both (the segmenter asks both
/// of every paragraph). Reused across texts.
#[derive(Default)]
pub struct Marks {
    cut: Vec<u64>,
    gap: Vec<u64>,
}

impl Marks {
    /// Marks the bytes of both classes in `bytes`.
    pub fn scan(&mut self, bytes: &[u8]) {
        let blocks = bytes.len().div_ceil(64);
        self.cut.clear();
        self.gap.clear();
        self.cut.resize(blocks, 0);
        self.gap.resize(blocks, 0);
        // bit 0: the byte before the block passes the class's test on the byte before a mark
        let (mut cut_carry, mut gap_carry, mut upper_carry) = (0u64, 0u64, 0u64);
        for (k, (cut, gap)) in self.cut.iter_mut().zip(self.gap.iter_mut()).enumerate() {
            let block = 64 * k;
            let mut m = Masks::default();
            for part in 0..4 {
                let at = block + part * 16;
                let chunk: [u8; 16] = match bytes.get(at..at + 16) {
                    Some(x) => x.try_into().unwrap_or([0; 16]),
                    None => {
                        // the last bytes, padded with zeros (never marked)
                        let mut chunk = [0u8; 16];
                        let rest = bytes.get(at..).unwrap_or(&[]);
                        chunk[..rest.len()].copy_from_slice(rest);
                        chunk
                    }
                };
                block_masks(&chunk, part * 16, &mut m);
            }
            // the byte after the block completes the last byte's test
            let next_from_a0 = bytes.get(block + 64).is_some_and(|&x| x >= 0xA0) as u64;
            let latin1_lower = m.c3 & ((m.from_a0 >> 1) | (next_from_a0 << 63));
            let lead = m.lead & !latin1_lower;
            // a capital between a capital and a lower-case letter: an acronym glued to
            // the next word ("par BFMTVCette absence")
            let next_lower = bytes.get(block + 64).is_some_and(|x| x.is_ascii_lowercase()) as u64;
            let caps_glue = m.upper & ((m.upper << 1) | upper_carry) & ((m.lower >> 1) | (next_lower << 63));
            *cut = m.cut_mark | lead | caps_glue | (m.upper & ((m.cut_before << 1) | cut_carry));
            *gap = (m.upper | m.gap_mark | lead) & ((m.gap_before << 1) | gap_carry);
            cut_carry = m.cut_before >> 63;
            upper_carry = m.upper >> 63;
            gap_carry = m.gap_before >> 63;
        }
    }

    /// The positions of the marked bytes of `class`, in order.
    pub fn positions(&self, class: Class) -> Positions<'_> {
        let words = match class {
            Class::Cut => &self.cut,
            Class::Gap => &self.gap,
        };
        Positions { words, next: 0, block: 0, mask: 0 }
    }
}

/// The positions of the bytes of `class` in `bytes`, in order: what the
/// tests compare with the byte-by-byte reference.
#[cfg(test)]
fn positions(bytes: &[u8], class: Class) -> Vec<usize> {
    let mut marks = Marks::default();
    marks.scan(bytes);
    marks.positions(class).collect()
}

pub struct Positions<'a> {
    words: &'a [u64],
    /// The next word to read.
    next: usize,
    /// Start of the 64 bytes whose marks are in `mask`.
    block: usize,
    /// Bit `i` set: byte `block + i` is marked.
    mask: u64,
}

/// Per 64 bytes, one bit per byte for each test the classes combine.
#[derive(Default)]
struct Masks {
    upper: u64,
    /// An ASCII lower-case letter.
    lower: u64,
    lead: u64,
    /// Cut: a terminal mark or a colon.
    cut_mark: u64,
    /// What the byte before a Cut mark must be: an ASCII lower-case letter, a
    /// straight double quote or any non-ASCII byte.
    cut_before: u64,
    /// Gap: a dash.
    gap_mark: u64,
    /// What the byte before a Gap mark must be: ASCII white space or any
    /// non-ASCII byte.
    gap_before: u64,
    c3: u64,
    /// A byte 0xA0 or above: after 0xC3, a lower-case Latin-1 letter.
    from_a0: u64,
}

impl Iterator for Positions<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let &w = self.words.get(self.next)?;
            self.block = 64 * self.next;
            self.mask = w;
            self.next += 1;
        }
        let bit = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.block + bit)
    }
}

/// Adds the bits of one 16-byte chunk, at bit `shift`, to the masks.
#[cfg(target_arch = "x86_64")]
fn block_masks(chunk: &[u8; 16], shift: usize, m: &mut Masks) {
    // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64 CPU has it.
    unsafe { block_masks_sse2(chunk, shift, m) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn block_masks_sse2(chunk: &[u8; 16], shift: usize, m: &mut Masks) {
    use std::arch::x86_64::*;
    // SAFETY: the chunk has 16 readable bytes; loadu needs no alignment.
    let v = unsafe { _mm_loadu_si128(chunk.as_ptr() as *const __m128i) };
    let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
    // signed compares: lo < x < hi
    let between =
        |lo: i8, hi: i8| _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(lo)), _mm_cmplt_epi8(v, _mm_set1_epi8(hi)));
    let bits = |x: __m128i| (_mm_movemask_epi8(x) as u32 as u64) << shift;
    // as signed bytes, non-ASCII bytes are negative, first bytes -64..=-1, 0xA0.. -96..=-1
    let high = _mm_cmplt_epi8(v, _mm_setzero_si128());
    m.upper |= bits(between(64, 91));
    let lower = between(96, 123);
    m.lower |= bits(lower);
    m.lead |= bits(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-65)), high));
    m.c3 |= bits(eq(0xC3));
    m.from_a0 |= bits(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-97)), high));
    m.cut_mark |= bits(_mm_or_si128(_mm_or_si128(eq(b'.'), eq(b'!')), _mm_or_si128(eq(b'?'), eq(b':'))));
    m.cut_before |= bits(_mm_or_si128(_mm_or_si128(lower, eq(b'"')), high));
    m.gap_mark |= bits(eq(b'-'));
    m.gap_before |= bits(_mm_or_si128(_mm_or_si128(between(8, 14), eq(b' ')), high));
}

#[cfg(not(target_arch = "x86_64"))]
fn block_masks(chunk: &[u8; 16], shift: usize, m: &mut Masks) {
    for (i, &x) in chunk.iter().enumerate() {
        let bit = 1u64 << (shift + i);
        let set = |mask: &mut u64, on: bool| {
            if on {
                *mask |= bit
            }
        };
        set(&mut m.upper, x.is_ascii_uppercase());
        set(&mut m.lower, x.is_ascii_lowercase());
        set(&mut m.lead, x >= 0xC0);
        set(&mut m.c3, x == 0xC3);
        set(&mut m.from_a0, x >= 0xA0);
        set(&mut m.cut_mark, matches!(x, b'.' | b'!' | b'?' | b':'));
        set(&mut m.cut_before, x.is_ascii_lowercase() || x == b'"' || x >= 0x80);
        set(&mut m.gap_mark, x == b'-');
        set(&mut m.gap_before, matches!(x, 9..=13 | b' ') || x >= 0x80);
    }
}

/// Writes the sixteen bytes of `chunk` as chars with their offsets (`base`,
/// `base + 1`, …) into `dst`, as `(offset, byte as char)`: what a char buffer
/// holds for ASCII text (the caller keeps the entries up to the first
/// non-ASCII byte). Eight stores of sixteen bytes on x86_64.
pub fn widen16(chunk: &[u8; 16], base: u32, dst: &mut [std::mem::MaybeUninit<(u32, char)>; 16]) {
    #[cfg(target_arch = "x86_64")]
    {
        // the stores write (offset, char) as two little-endian u32s: the tuple's layout
        const _: () = assert!(
            std::mem::offset_of!((u32, char), 0) == 0
                && std::mem::offset_of!((u32, char), 1) == 4
                && std::mem::size_of::<(u32, char)>() == 8
        );
        // SAFETY: SSE2 is part of the x86_64 baseline; `dst` has room for the 16
        // entries of 8 bytes, and every byte widened to u32 is a valid char.
        unsafe { widen16_sse2(chunk, base, dst) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    for (k, (d, &x)) in dst.iter_mut().zip(chunk).enumerate() {
        d.write((base + k as u32, x as char));
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
unsafe fn widen16_sse2(chunk: &[u8; 16], base: u32, dst: &mut [std::mem::MaybeUninit<(u32, char)>; 16]) {
    use std::arch::x86_64::*;
    // SAFETY (for the caller): 16 readable bytes, 128 writable bytes at `dst`.
    let v = unsafe { _mm_loadu_si128(chunk.as_ptr() as *const __m128i) };
    let zero = _mm_setzero_si128();
    let (lo, hi) = (_mm_unpacklo_epi8(v, zero), _mm_unpackhi_epi8(v, zero));
    let chars = [
        _mm_unpacklo_epi16(lo, zero),
        _mm_unpackhi_epi16(lo, zero),
        _mm_unpacklo_epi16(hi, zero),
        _mm_unpackhi_epi16(hi, zero),
    ];
    let first = _mm_add_epi32(_mm_set1_epi32(base as i32), _mm_set_epi32(3, 2, 1, 0));
    let out = dst.as_mut_ptr() as *mut __m128i;
    for (q, c) in chars.into_iter().enumerate() {
        let offsets = _mm_add_epi32(first, _mm_set1_epi32(4 * q as i32));
        // SAFETY: entries 4q..4q+4 are 32 bytes inside `dst`.
        unsafe {
            _mm_storeu_si128(out.add(2 * q), _mm_unpacklo_epi32(offsets, c));
            _mm_storeu_si128(out.add(2 * q + 1), _mm_unpackhi_epi32(offsets, c));
        }
    }
}

/// The end of the run of ASCII letters and digits that starts at `from`: a
/// word's ASCII part found sixteen bytes at a time, without a branch per byte.
pub fn alnum_run(bytes: &[u8], from: usize) -> usize {
    letter_run::<true>(bytes, from)
}

/// The end of the run of ASCII letters that starts at `from`, as [`alnum_run`].
pub fn alpha_run(bytes: &[u8], from: usize) -> usize {
    letter_run::<false>(bytes, from)
}

fn letter_run<const DIGITS: bool>(bytes: &[u8], from: usize) -> usize {
    let mut z = from;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(z..z + 16) {
        // SAFETY: SSE2 is part of the x86_64 baseline; the chunk has 16 bytes.
        let stop = !unsafe { letter_mask_sse2::<DIGITS>(chunk) } & 0xFFFF;
        if stop != 0 {
            return z + stop.trailing_zeros() as usize;
        }
        z += 16;
    }
    while z < bytes.len() && (bytes[z].is_ascii_alphabetic() || (DIGITS && bytes[z].is_ascii_digit())) {
        z += 1;
    }
    z
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
unsafe fn letter_mask_sse2<const DIGITS: bool>(chunk: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    debug_assert!(chunk.len() >= 16);
    // SAFETY: the caller passes at least 16 readable bytes; loadu needs no alignment.
    let v = unsafe { _mm_loadu_si128(chunk.as_ptr() as *const __m128i) };
    // shift a range to the bottom of the signed bytes, then one compare tests it
    let in_range = |x: __m128i, lo: u8, len: u8| {
        let shifted = _mm_add_epi8(x, _mm_set1_epi8((0x80u8.wrapping_sub(lo)) as i8));
        _mm_cmplt_epi8(shifted, _mm_set1_epi8((0x80u8.wrapping_add(len)) as i8))
    };
    let letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
    if !DIGITS {
        return _mm_movemask_epi8(letter) as u32;
    }
    let digit = in_range(v, b'0', 10);
    _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widened_chars_are_the_bytes_with_their_offsets() {
        let chunk: [u8; 16] = *b"Le 7 janvier, \x7fZ";
        let mut dst = [std::mem::MaybeUninit::<(u32, char)>::uninit(); 16];
        widen16(&chunk, 4_000_000_000, &mut dst);
        for (k, d) in dst.iter().enumerate() {
            // SAFETY: widen16 wrote all sixteen entries.
            assert_eq!(unsafe { d.assume_init() }, (4_000_000_000 + k as u32, chunk[k] as char));
        }
    }

    #[test]
    fn alnum_run_stops_where_a_byte_test_stops() {
        let text = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@[`{/:é z";
        let b = text.as_bytes();
        for from in 0..b.len() {
            for len in from..=b.len() {
                let part = &b[..len];
                let want = from + part[from..].iter().take_while(|x| x.is_ascii_alphanumeric()).count();
                assert_eq!(alnum_run(part, from), want, "from {from} len {len}");
                let want = from + part[from..].iter().take_while(|x| x.is_ascii_alphabetic()).count();
                assert_eq!(alpha_run(part, from), want, "letters from {from} len {len}");
            }
        }
        // every byte value on its own
        for x in 0..=255u8 {
            let mut chunk = [b'a'; 20];
            chunk[3] = x;
            let want = if x.is_ascii_alphanumeric() { 20 } else { 3 };
            assert_eq!(alnum_run(&chunk, 0), want, "byte {x}");
            let want = if x.is_ascii_alphabetic() { 20 } else { 3 };
            assert_eq!(alpha_run(&chunk, 0), want, "letters, byte {x}");
        }
    }

    #[test]
    fn finds_what_a_byte_test_finds() {
        // capitals inside and after words, accented letters of both cases, white
        // space of several kinds, and marks straddling the 64-byte blocks
        let text = "Le président.Des « gangs » à l'assaut du Kazakhstan?Partageant 6.846 km: -fin- Ça, œuvre. \
                    Une phrase\tassez longue pour remplir plusieurs blocs de seize octets, et finir\nÉté: \
                    sécuritéDes McDonald iPhone \"fin\"Le « x »Y \u{a0}Élan – • Ö ö à À\u{202f}Z éÉ.";
        let b = text.as_bytes();
        for class in [Class::Cut, Class::Gap] {
            for from in [0, 1, 5, 13, 40, 63, 64, 65, 100] {
                for len in from..=b.len() {
                    let part = &b[from.min(b.len())..len];
                    let want: Vec<usize> = (0..part.len()).filter(|&i| class.scalar(part, i)).collect();
                    assert_eq!(positions(part, class), want, "{from}..{len}");
                }
            }
        }
    }
}
