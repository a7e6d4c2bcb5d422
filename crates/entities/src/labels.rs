//! The tag set: BIO over four entity kinds, as in CoNLL-2003 and WikiNEuRal.

use recoupe_model::EntityKind;

pub const N_LABELS: usize = 9;

/// `O`, then `B-` and `I-` of PER, ORG, LOC, MISC.
pub const LABELS: [&str; N_LABELS] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

pub const KINDS: [EntityKind; 4] = [EntityKind::Per, EntityKind::Org, EntityKind::Loc, EntityKind::Misc];

/// The label's index, from a tag of any of the data sets' conventions
/// (`B-PER`, `I-pers`, `B-loc.adm.town`, `B-prod`); `None` for a kind we do not tag
/// (HIPE's `time`), which then reads as `O`.
pub fn parse(tag: &str) -> Option<u8> {
    if tag == "O" || tag == "_" || tag.is_empty() {
        return Some(0);
    }
    let (bio, kind) = tag.split_once('-')?;
    let kind = kind.split('.').next().unwrap_or(kind).to_ascii_lowercase();
    let k = match kind.as_str() {
        "per" | "pers" | "person" => 0,
        "org" => 1,
        "loc" | "gpe" => 2,
        "misc" | "prod" => 3,
        _ => return None,
    };
    let inside = match bio {
        "B" | "b" => false,
        "I" | "i" => true,
        _ => return None,
    };
    Some(1 + 2 * k + inside as u8)
}

/// Kind of a non-`O` label (0..4).
pub fn kind_of(label: u8) -> Option<usize> {
    (label != 0).then(|| (label as usize - 1) / 2)
}

pub fn is_inside(label: u8) -> bool {
    label != 0 && (label - 1) % 2 == 1
}

/// Whether `label` may follow `prev` in well-formed BIO: `I-X` only after `B-X`
/// or `I-X`.
pub fn allowed(prev: u8, label: u8) -> bool {
    !is_inside(label) || (prev != 0 && kind_of(prev) == kind_of(label))
}

/// Turns IO tags (Europeana's convention, where every token is `I-`) into BIO:
/// an `I-X` that does not follow an `X` begins a span.
pub fn io_to_bio(labels: &mut [u8]) {
    let mut prev = 0u8;
    for l in labels.iter_mut() {
        if is_inside(*l) && (prev == 0 || kind_of(prev) != kind_of(*l)) {
            *l -= 1;
        }
        prev = *l;
    }
}

/// Spans `(start, end, kind)` in token indices of a BIO label sequence; a stray
/// `I-X` starts a span, as the CoNLL scorer reads it.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let k = kind_of(l);
        let continues = is_inside(l) && open.is_some_and(|(_, ok)| Some(ok) == k);
        if !continues {
            if let Some((s, ok)) = open.take() {
                out.push((s, i, ok));
            }
            if let Some(k) = k {
                open = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = open {
        out.push((s, labels.len(), k));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_convention() {
        assert_eq!(parse("B-PER"), Some(1));
        assert_eq!(parse("I-pers"), Some(2));
        assert_eq!(parse("B-loc.adm.town"), Some(5));
        assert_eq!(parse("I-prod"), Some(8));
        assert_eq!(parse("B-time"), None);
        assert_eq!(parse("O"), Some(0));
    }

    #[test]
    fn io_becomes_bio_and_spans_read_back() {
        let mut l = vec![2, 2, 0, 6, 4, 4];
        io_to_bio(&mut l);
        assert_eq!(l, vec![1, 2, 0, 5, 3, 4]);
        assert_eq!(spans(&l), vec![(0, 2, 0), (3, 4, 2), (4, 6, 1)]);
        assert!(!allowed(0, 2));
        assert!(allowed(1, 2));
        assert!(!allowed(3, 2));
    }
}
