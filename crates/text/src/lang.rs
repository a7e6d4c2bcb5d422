//! Language identification per paragraph, over whatlang's trigram models
//! (69 languages), with two choices of ours: only a bounded prefix of each
//! paragraph is read (the language of a paragraph does not change after its
//! first sentences, and this keeps the pass within the throughput budget), and
//! short or unreliable paragraphs inherit the article's language.

use recoupe_model::Span;

/// A paragraph shorter than this (a heading, a caption) takes the article's
/// language when its own guess is unreliable.
const SHORT_BYTES: usize = 200;

/// Bytes of a paragraph read for identification.
pub const PREFIX_BYTES: usize = 320;

/// ISO 639-3 → ISO 639-1 where the latter exists.
pub fn iso639_1(code3: &str) -> &str {
    match code3 {
        "fra" => "fr",
        "eng" => "en",
        "deu" => "de",
        "spa" => "es",
        "ita" => "it",
        "por" => "pt",
        "nld" => "nl",
        "rus" => "ru",
        "ukr" => "uk",
        "ara" => "ar",
        "tur" => "tr",
        "cmn" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        "pol" => "pl",
        "ces" => "cs",
        "slk" => "sk",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "bul" => "bg",
        "ron" => "ro",
        "hun" => "hu",
        "fin" => "fi",
        "swe" => "sv",
        "dan" => "da",
        "nob" => "nb",
        "est" => "et",
        "lav" => "lv",
        "lit" => "lt",
        "ell" => "el",
        "heb" => "he",
        "pes" => "fa",
        "hin" => "hi",
        "ben" => "bn",
        "urd" => "ur",
        "tha" => "th",
        "vie" => "vi",
        "ind" => "id",
        "cat" => "ca",
        "epo" => "eo",
        "lat" => "la",
        "bel" => "be",
        "kat" => "ka",
        "hye" => "hy",
        "aze" => "az",
        "afr" => "af",
        "tgl" => "tl",
        "zul" => "zu",
        "mkd" => "mk",
        "yid" => "yi",
        "amh" => "am",
        "jav" => "jv",
        "mar" => "mr",
        "tam" => "ta",
        "tel" => "te",
        "guj" => "gu",
        "kan" => "kn",
        "mal" => "ml",
        "pan" => "pa",
        "nep" => "ne",
        "sin" => "si",
        "khm" => "km",
        "mya" => "my",
        "ori" => "or",
        "tuk" => "tk",
        "uzb" => "uz",
        "sna" => "sn",
        "aka" => "ak",
        "cym" => "cy",
        "gle" => "ga",
        "eus" => "eu",
        "glg" => "gl",
        "kaz" => "kk",
        "isl" => "is",
        "som" => "so",
        "swa" => "sw",
        "lug" => "lg",
        "msa" => "ms",
        other => other,
    }
}

/// A language guess for one piece of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    pub lang: &'static str,
    pub confidence: f32,
    pub reliable: bool,
}

/// Cuts `s` to at most `max` bytes at a word boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    match s[..end].rfind(' ') {
        Some(sp) if sp > max / 2 => &s[..sp],
        _ => &s[..end],
    }
}

/// Stopword lists (`data/lexicon/stopwords.tsv`): word → bit set of languages.
/// Keyed by bytes: the callers lower-case words into byte buffers, and a UTF-8
/// check per word would cost more than the look-up.
struct Stopwords {
    langs: Vec<&'static str>,
    words: crate::lexicon::PackedWords<u16>,
}

fn stopwords() -> &'static Stopwords {
    static S: std::sync::OnceLock<Stopwords> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let src = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/lexicon/stopwords.tsv"));
        let mut langs = Vec::new();
        let mut words = crate::lexicon::FastMap::default();
        for l in src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let Some((lang, ws)) = l.split_once('\t') else { continue };
            let bit = 1u16 << langs.len();
            langs.push(lang);
            for w in ws.split_whitespace() {
                *words.entry(w.as_bytes()).or_insert(0) |= bit;
            }
        }
        Stopwords { langs, words: crate::lexicon::PackedWords::new(words) }
    })
}

/// Fast path: a Latin-script text of 8 words or more whose stopwords point
/// clearly to one language. Returns `None` when in doubt (the trigram model
/// decides then).
fn by_stopwords(s: &str) -> Option<Guess> {
    let (words, counts) = stopword_counts(s)?;
    decide_by_stopwords(words, &counts)
}

/// The decision of [`by_stopwords`] from the counts of [`stopword_counts`].
fn decide_by_stopwords(words: u32, counts: &[u32; 16]) -> Option<Guess> {
    let sw = stopwords();
    if words < 8 {
        return None;
    }
    // the first language with the most hits, and the most hits of another
    let n = sw.langs.len();
    let top = (0..n).fold(0, |b, i| if counts[i] > counts[b] { i } else { b });
    let best = counts[top];
    let second = (0..n).filter(|&i| i != top).map(|i| counts[i]).max().unwrap_or(0);
    if best * 4 >= words && best >= second + 3 + words / 10 {
        let confidence = (1.0 - second as f32 / best as f32).min(1.0);
        return Some(Guess { lang: sw.langs[top], confidence, reliable: true });
    }
    None
}

/// A word of Latin letters lower-cased by bytes (ASCII, and the Latin-1
/// capitals À…Þ, two bytes) and packed, if it has at most 16 bytes.
fn latin_key(w: &[u8]) -> Option<u128> {
    if w.len() > 16 {
        return None;
    }
    let mut low = [0u8; 16];
    let mut k = 0;
    while k < w.len() {
        low[k] = w[k].to_ascii_lowercase();
        if w[k] == 0xC3 && k + 1 < w.len() && (0x80..=0x9E).contains(&w[k + 1]) && w[k + 1] != 0x97 {
            low[k + 1] = w[k + 1] + 0x20;
            k += 1;
        } else if k + 1 < w.len() && w[k] >= 0xC0 {
            low[k + 1] = w[k + 1];
            k += 1;
        }
        k += 1;
    }
    crate::lexicon::PackedWords::<u16>::pack(&low[..w.len()])
}

/// The number of words of a Latin-script text and the stopword hits of each
/// language; `None` when the text has a word in another script.
fn stopword_counts(s: &str) -> Option<(u32, [u32; 16])> {
    let sw = stopwords();
    let mut counts = [0u32; 16];
    let mut words = 0u32;
    let mut count = |w: Option<u128>| {
        if let Some(bits) = w.and_then(|w| sw.words.get_packed(w)) {
            // a stopword belongs to a few languages: visit their bits only
            let mut rest = bits & (((1u32 << sw.langs.len()) - 1) as u16);
            while rest != 0 {
                counts[rest.trailing_zeros() as usize] += 1;
                rest &= rest - 1;
            }
        }
    };
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() && b[i] < 0x80 {
            i += 1;
            continue;
        }
        // a word: ASCII letters are lower-cased in a stack buffer; Latin-1
        // letters (two bytes, 0xC3 and one of 0x80 to 0xBF but × and ÷) are read
        // without decoding them, as a word of them ends on an ASCII byte; a word
        // with other letters takes the general path
        let start = i;
        let mut accented = false;
        loop {
            i = crate::scan::alpha_run(b, i);
            if b.get(i) == Some(&0xC3) && b.get(i + 1).is_some_and(|&x| x >= 0x80 && x != 0x97 && x != 0xB7) {
                i += 2;
                accented = true;
            } else {
                break;
            }
        }
        if accented && (i == b.len() || b[i] < 0x80) {
            words += 1;
            count(latin_key(&b[start..i]));
            continue;
        }
        if i == b.len() || b[i] < 0x80 {
            words += 1;
            let len = i - start;
            if len <= 12 {
                // the word's bytes as a packed word: sixteen bytes read at once
                // where the text has them, then cut to the word
                let raw = match b.get(start..start + 16) {
                    Some(x) => u128::from_le_bytes(x.try_into().unwrap_or([0; 16])),
                    None => {
                        let mut buf = [0u8; 16];
                        buf[..len].copy_from_slice(&b[start..i]);
                        u128::from_le_bytes(buf)
                    }
                };
                // ASCII letters are lower case with their 0x20 bit set
                let keep = (1u128 << (8 * len)) - 1;
                count(Some((raw | 0x2020_2020_2020_2020_2020_2020_2020_2020u128) & keep));
            }
            continue;
        }
        let mut end = start;
        for (k, c) in s[start..].char_indices() {
            if !c.is_alphabetic() {
                break;
            }
            if !(c.is_ascii_alphabetic() || ('\u{c0}'..='\u{17f}').contains(&c)) {
                return None;
            }
            end = start + k + c.len_utf8();
        }
        if end == start {
            // a non-ASCII char that is not a letter: skip it
            i = start + s[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        words += 1;
        count(latin_key(&b[start..end]));
        i = end;
    }
    Some((words, counts))
}

/// Identifies the language of a text (reads at most [`PREFIX_BYTES`]).
pub fn identify(s: &str) -> Option<Guess> {
    let p = prefix(s, PREFIX_BYTES);
    if let Some(g) = by_stopwords(p) {
        return Some(g);
    }
    identify_trigrams(p)
}

/// The trigram model (whatlang), with the Cyrillic letter rules.
fn identify_trigrams(p: &str) -> Option<Guess> {
    let info = whatlang::detect(p)?;
    let lang = cyrillic_letters(p, iso639_1(info.lang().code()));
    Some(Guess { lang, confidence: info.confidence() as f32, reliable: info.is_reliable() })
}

/// Trigrams confuse the Cyrillic languages on short text; letters that only one
/// of them uses settle it: ы э ё are Russian (and Belarusian), і ї є ґ Ukrainian,
/// ў Belarusian, ъ without ы Bulgarian.
fn cyrillic_letters(s: &str, guess: &'static str) -> &'static str {
    if !matches!(guess, "ru" | "uk" | "bg" | "be" | "mk" | "sr") {
        return guess;
    }
    let (mut ru, mut uk, mut be, mut bg) = (0, 0, 0, 0);
    for c in s.chars() {
        match c {
            'ы' | 'э' | 'ё' | 'Ы' | 'Э' | 'Ё' => ru += 1,
            'ї' | 'є' | 'ґ' | 'Ї' | 'Є' | 'Ґ' => uk += 2,
            'і' | 'І' => uk += 1,
            'ў' | 'Ў' => be += 2,
            'ъ' | 'Ъ' => bg += 1,
            _ => {}
        }
    }
    for w in s.split(|c: char| !c.is_alphabetic()) {
        match w {
            "что" | "это" | "его" | "был" | "была" | "было" | "который" | "которые" | "также" | "еще" | "уже" => {
                ru += 1
            }
            "че" | "са" | "ще" | "беше" | "това" | "които" | "също" | "във" => bg += 1,
            _ => {}
        }
    }
    if be > 0 && uk <= be {
        return "be";
    }
    if uk > 0 && ru == 0 {
        return "uk";
    }
    if ru > 0 && uk == 0 {
        return if guess == "be" { "be" } else { "ru" };
    }
    if bg > ru && uk == 0 {
        return "bg";
    }
    guess
}

/// Languages of paragraphs and of the whole article. `weights` are the
/// paragraphs whose bytes count towards the article's language (content).
pub struct ArticleLanguages {
    pub per_paragraph: Vec<Option<Guess>>,
    pub article: Option<&'static str>,
}

pub fn identify_paragraphs(text: &str, paras: &[Span], counts: &[bool], hint: Option<&str>) -> ArticleLanguages {
    // the stopword path first; the trigram model only for what it leaves open
    let prefixes: Vec<&str> = paras.iter().map(|p| prefix(p.slice(text), PREFIX_BYTES)).collect();
    // counted once per paragraph: they decide long paragraphs, and short ones below
    let stops: Vec<Option<(u32, [u32; 16])>> = prefixes.iter().map(|p| stopword_counts(p)).collect();
    let mut per: Vec<Option<Guess>> =
        stops.iter().map(|c| c.as_ref().and_then(|(words, counts)| decide_by_stopwords(*words, counts))).collect();
    let mut decided: Vec<&'static str> = Vec::new();
    for (i, g) in per.iter().enumerate() {
        if let (Some(g), true) = (g, counts[i]) {
            if !decided.contains(&g.lang) {
                decided.push(g.lang);
            }
        }
    }
    // the one language the stopwords gave to content paragraphs, when they gave no other
    let settled = match decided.as_slice() {
        [lang] => stopwords().langs.iter().position(|l| l == lang),
        _ => None,
    };
    for (i, g) in per.iter_mut().enumerate() {
        if g.is_some() {
            continue;
        }
        // a short paragraph (a heading, a caption, a name) whose few stopwords do
        // not point away from the settled language would only get an unreliable
        // trigram guess and inherit that language below: skip the model. So does
        // a title of a few more words whose stopwords favour the settled language
        // without the margin above ("Le deuxième fils de la reine a \"un
        // regret\""): the model (a fixed cost of about 70 µs a call, 4% of the
        // foundation on French news when it ran on them) would only confirm
        // the language it inherits.
        if let (Some(k), Some((words, hits))) = (settled, &stops[i]) {
            let leads = hits[k] >= 2 && hits.iter().enumerate().all(|(j, &h)| j == k || h < hits[k]);
            if (*words < 8 && hits.iter().all(|&h| h <= hits[k])) || (paras[i].len() < SHORT_BYTES && leads) {
                continue;
            }
        }
        *g = identify_trigrams(prefixes[i]);
    }
    let mut votes: Vec<(&'static str, f32)> = Vec::new();
    for (i, g) in per.iter().enumerate() {
        if let Some(g) = g {
            if counts[i] && g.reliable {
                let w = paras[i].len().min(PREFIX_BYTES) as f32 * g.confidence;
                match votes.iter_mut().find(|v| v.0 == g.lang) {
                    Some(v) => v.1 += w,
                    None => votes.push((g.lang, w)),
                }
            }
        }
    }
    let mut article = votes.iter().max_by(|a, b| a.1.total_cmp(&b.1)).map(|v| v.0);
    if article.is_none() {
        // nothing reliable: the input's hint, else the best guess of the longest paragraph
        article = hint.and_then(|h| per.iter().flatten().map(|g| g.lang).find(|l| *l == h)).or_else(|| {
            paras.iter().zip(per.iter()).filter_map(|(p, g)| g.as_ref().map(|g| (p.len(), g.lang))).max().map(|x| x.1)
        });
    }
    if let Some(a) = article {
        for (i, g) in per.iter_mut().enumerate() {
            let unreliable = g.as_ref().is_none_or(|g| !g.reliable);
            if unreliable && paras[i].len() < SHORT_BYTES {
                let c = g.as_ref().map_or(0.0, |g| g.confidence);
                *g = Some(Guess { lang: a, confidence: c.min(0.5), reliable: false });
            }
        }
    }
    ArticleLanguages { per_paragraph: per, article }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifies_the_required_languages() {
        for (lang, s) in [
            ("fr", "Le président a annoncé vendredi que les troupes resteraient dans le pays pendant une semaine."),
            ("en", "The president said on Friday that the troops would remain in the country for another week."),
            ("de", "Der Präsident sagte am Freitag, dass die Truppen noch eine Woche im Land bleiben würden."),
            ("es", "El presidente dijo el viernes que las tropas permanecerían en el país una semana más."),
            ("it", "Il presidente ha detto venerdì che le truppe rimarranno nel paese per un'altra settimana."),
            ("pt", "O presidente disse na sexta-feira que as tropas permaneceriam no país por mais uma semana."),
            ("nl", "De president zei vrijdag dat de troepen nog een week in het land zouden blijven."),
            ("ru", "Президент заявил в пятницу, что войска останутся в стране еще на неделю."),
            ("uk", "Президент заявив у п'ятницю, що війська залишаться в країні ще на тиждень."),
            ("ar", "قال الرئيس يوم الجمعة إن القوات ستبقى في البلاد لمدة أسبوع آخر."),
            ("tr", "Cumhurbaşkanı cuma günü askerlerin bir hafta daha ülkede kalacağını söyledi."),
            ("zh", "总统星期五表示，部队将在该国再停留一周。"),
        ] {
            assert_eq!(identify(s).map(|g| g.lang), Some(lang), "{s}");
        }
    }

    #[test]
    fn titles_take_the_settled_language() {
        let text = "Le fils du maire a un regret sur la route\n\nLe maire de Valbrune a annoncé mardi que la route \
                    du col resterait fermée pendant tout le mois de mars, faute de crédits pour les travaux.";
        let paras = [Span::new(0, 41), Span::new(43, text.len())];
        let langs = identify_paragraphs(text, &paras, &[true, true], None);
        assert_eq!(langs.article, Some("fr"));
        let title = langs.per_paragraph[0].as_ref().unwrap();
        assert_eq!((title.lang, title.reliable), ("fr", false));
    }
}
