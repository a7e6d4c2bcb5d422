//! Quotes for recoupe: who said what. Direct quotes (« … », “ … ”, " … ", also
//! across paragraphs and around an attribution incise), indirect speech ("X a
//! déclaré que…", "selon X, …", "X said …") and mixed speech; each with its cue,
//! its speaker (a name, a pronoun resolved to the last speaker, a role, an
//! anonymous source kept as such), the speaker's description and the medium.
//!
//! Pure: runs on an analysed article whose entities are tagged
//! ([`recoupe_entities`]), and fills `layers.quotes`.

pub mod lexicon;

use lexicon::{
    is_aux, is_cue_adverb, is_cue_verb, is_inverted_pronoun, is_subject_pronoun, medium_opener, takes_bare_clause,
};
use recoupe_model::{Article, EntityKind, EntityMention, ParagraphKind, Quote, QuoteKind, Span, Speaker, Token};
use std::collections::HashMap;

/// Fewer words than this between quotation marks is a phrase, not a quote
/// (« ingérences »), unless a cue attributes it.
const MIN_QUOTE_WORDS: usize = 4;

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: Vec<&'a str>,
    ents: &'a [EntityMention],
    /// Spans of the time mentions ("mardi", "dimanche 3 novembre"), skipped after a cue.
    times: Vec<Span>,
    /// Entity mention index by the token it starts at.
    ent_at: HashMap<usize, usize>,
    /// The article is in French: the incise of a verb the lexicon lacks is read.
    fr: bool,
}

impl<'a> Ctx<'a> {
    fn new(a: &'a Article) -> Ctx<'a> {
        let toks = &a.layers.tokens[..];
        let words = toks.iter().map(|t| t.span.slice(&a.text)).collect();
        let mut ent_at = HashMap::new();
        for (i, e) in a.layers.entities.iter().enumerate() {
            let k = toks.partition_point(|t| t.span.start < e.span.start);
            ent_at.insert(k, i);
        }
        let times = a.layers.times.iter().map(|t| t.span).collect();
        let fr = a.lang.as_deref() == Some("fr");
        Ctx { text: &a.text, toks, words, ents: &a.layers.entities, times, ent_at, fr }
    }

    fn w(&self, k: usize) -> &'a str {
        self.words.get(k).copied().unwrap_or("")
    }

    /// First token starting at or after `byte`.
    fn tok_from(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < byte)
    }

    /// Number of tokens ending at or before `byte`.
    fn tok_to(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span.end <= byte)
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    /// The words opening a medium at token `k` ("auprès de", "dans les colonnes
    /// du"), as a count of tokens.
    fn medium_at(&self, k: usize) -> Option<usize> {
        medium_opener(&[self.w(k), self.w(k + 1), self.w(k + 2), self.w(k + 3), self.w(k + 4)])
    }

    /// The mention starting at token `k`, with the token after it.
    fn mention(&self, k: usize) -> Option<(&'a EntityMention, usize)> {
        let e = &self.ents[*self.ent_at.get(&k)?];
        Some((e, self.tok_to(e.span.end)))
    }
}

/// A cue found at a token: its token range, and an inverted pronoun inside it.
#[derive(Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    pronoun: Option<usize>,
}

/// "a déclaré", "a-t-il ajouté", "a encore précisé", "détaille-t-il", "souligne", "said".
fn cue_at(c: &Ctx, k: usize) -> Option<Cue> {
    // after a determiner the word is a noun: "cette annonce", "une déclaration"
    if k > 0 && lexicon::is_noun_determiner(&recoupe_text::fold::fold_word(c.w(k - 1))) {
        return None;
    }
    // a reflexive verb's cue starts at its pronoun ("Le ministre se dit"), not after it
    if k > 0 && matches!(c.w(k - 1), "se" | "s'" | "s’") {
        return None;
    }
    let mut i = k;
    let mut pronoun = None;
    // an object clitic first: "leur a-t-il asséné", "lui a-t-elle répondu", "nous a confié"
    if matches!(c.w(i), "lui" | "leur" | "nous" | "vous" | "m'" | "m’" | "me" | "t'" | "te")
        && (is_aux(c.w(i + 1)) || is_cue_verb(c.w(i + 1)))
    {
        i += 1;
    }
    // "s'enthousiasme", "s'est exclamé", "se félicite"
    if matches!(c.w(i), "s'" | "s’" | "se") {
        i += 1;
        if matches!(c.w(i), "est" | "sont" | "était") {
            i += 1;
            // "s'est-elle félicitée", "s'était-il interrogé": the inverted pronoun speaks
            if let Some(p) = inverted_pronoun_at(c, i) {
                pronoun = Some(p);
                i = p + 1;
            }
            // "s'est par exemple interrogé", "s'est aussi dit", "s'est de son côté offusqué"
            loop {
                if is_cue_adverb(c.w(i)) {
                    i += 1;
                } else if matches!((c.w(i), c.w(i + 1)), ("par", "exemple") | ("pour", "sa")) {
                    i += if c.w(i + 1) == "sa" && c.w(i + 2) == "part" { 3 } else { 2 };
                } else if matches!(
                    (c.w(i), c.w(i + 1), c.w(i + 2)),
                    ("de", "son" | "leur", "côté") | ("une", "nouvelle", "fois")
                ) {
                    i += 3;
                } else {
                    break;
                }
            }
        }
    }
    if is_aux(c.w(i)) {
        i += 1;
        if let Some(p) = inverted_pronoun_at(c, i) {
            pronoun = Some(p);
            i = p + 1;
        }
        // "X a, elle, estimé", "a quant à lui lancé": the subject set off inside the verb
        if c.w(i) == "," && lexicon::is_stressed_pronoun(c.w(i + 1)) && c.w(i + 2) == "," {
            i += 3;
        }
        if c.w(i) == "quant" && c.w(i + 1) == "à" && lexicon::is_stressed_pronoun(c.w(i + 2)) {
            i += 3;
        }
        // "a lui estimé", "a elle aussi déclaré", "a lui-même reconnu": the subject
        // stressed inside the verb, without commas
        // (the words then open with "que", a colon or a mark: not "a lui lancé une
        // cagnotte", "a lui aussi prévenu avoir saisi le procureur")
        let stressed = c.w(i).strip_suffix("-même").unwrap_or(c.w(i));
        if c.fr
            && lexicon::is_stressed_pronoun(stressed)
            && (is_cue_verb(c.w(i + 1)) || matches!(c.w(i + 1), "aussi" | "même"))
        {
            let verb = if matches!(c.w(i + 1), "aussi" | "même") { i + 2 } else { i + 1 };
            // (or, after a quote, it names the speaker: "« … », a lui déclaré X")
            let incise = k >= 2 && c.w(k - 1) == "," && matches!(c.w(k - 2), "»" | "\"" | "”");
            // (a quoted object: "a lui dénoncé dans un communiqué des « … »")
            let tail = cue_tail(c, verb + 1);
            let opens = incise
                || matches!(c.w(tail), "que" | "qu'" | "qu’" | ":" | ",")
                || (tail..tail + 3).any(|x| matches!(c.w(x), "«" | "\"" | "“"));
            if !is_cue_verb(c.w(verb)) || !opens {
                return None;
            }
            i = verb;
        }
        // "a tenu à préciser", "a voulu rappeler": the reporting verb in the infinitive
        if matches!(c.w(i), "tenu" | "voulu" | "souhaité") {
            let to = if c.w(i + 1) == "à" { i + 2 } else { i + 1 };
            if lexicon::is_cue_lemma(c.w(to)) {
                return Some(Cue { start: k, end: to + 1, pronoun });
            }
        }
        loop {
            // ("a brièvement expliqué", "a simplement répondu")
            if is_cue_adverb(c.w(i)) || c.w(i) == "ainsi" || c.fr && ment_adverb(c.w(i)) {
                i += 1;
            } else if matches!(
                (c.w(i), c.w(i + 1), c.w(i + 2)),
                ("de", "son" | "leur", "côté") | ("pour", "sa" | "leur", "part") | ("une", "nouvelle", "fois")
            ) {
                i += 3;
            } else if two_word_adverb(c, i) {
                i += 2;
            } else {
                break;
            }
        }
    }
    // "s'est-il contenté de répondre", "s'est bornée à rappeler", "s'est empressé
    // d'ajouter": the reporting verb in the infinitive after a reflexive
    if i > k && matches!(c.w(k), "s'" | "s’" | "se") {
        let stem = c.w(i).trim_end_matches('s').trim_end_matches('e');
        let to = if matches!(c.w(i + 1), "de" | "d'" | "d’" | "à") { i + 2 } else { i + 1 };
        if matches!(stem, "contenté" | "borné" | "empressé") && to == i + 2 && lexicon::is_cue_lemma(c.w(to)) {
            return Some(Cue { start: k, end: to + 1, pronoun });
        }
    }
    // after an auxiliary, a participle agreed or misspelt by agreement ("a annoncée",
    // "se sont dits")
    let after_aux = i > k && (is_aux(c.w(k)) || matches!(c.w(k), "s'" | "s’" | "se"));
    // ("s'est réjouie": any participle after the reflexive)
    let reflexive = i > k && matches!(c.w(k), "s'" | "s’" | "se");
    let agreed = after_aux
        && ["es", "e", "s"]
            .iter()
            .any(|x| c.w(i).strip_suffix(x).is_some_and(|b| (b.ends_with('é') || reflexive) && is_cue_verb(b)));
    // "a fait savoir l'industriel", "fait valoir le ministre": a two-word cue; "a mis
    // en garde", "met en garde": three
    let made = matches!((c.w(i), c.w(i + 1)), ("fait" | "font" | "faisait", "savoir" | "valoir"));
    let warned = matches!((c.w(i), c.w(i + 1), c.w(i + 2)), ("mis" | "met" | "mettent" | "mettait", "en", "garde"));
    if warned {
        i += 2;
    } else if made {
        i += 1;
    } else if !lexicon::is_cue_verb_in(c.w(i), c.fr) && !agreed {
        return None;
    }
    i += 1;
    if let Some(p) = inverted_pronoun_at(c, i) {
        pronoun = Some(p);
        i = p + 1;
    }
    Some(Cue { start: k, end: cue_tail(c, i), pronoun })
}

/// The token of an inverted subject pronoun at `i` ("-t-il", "-elle"), also typed
/// with a space ("a t-il lancé" tokenizes as "t" "-il").
fn inverted_pronoun_at(c: &Ctx, i: usize) -> Option<usize> {
    let p = if c.w(i) == "t" && is_inverted_pronoun(c.w(i + 1)) { i + 1 } else { i };
    is_inverted_pronoun(c.w(p)).then_some(p)
}

/// The words a cue may carry after its verb, as the token after them: "rappelle
/// encore Reuters", "explique ainsi", "a déclaré mardi", "a déclaré le même jour",
/// "a réagi pour sa part X".
fn cue_tail(c: &Ctx, mut i: usize) -> usize {
    loop {
        // (a name of several words opens the subject, whatever its first word:
        // "rapporte Midi Libre"; not a day the tagger took for a name, "said Tuesday")
        if c.mention(i).is_some_and(|(_, after)| after > i + 1) {
            return i;
        }
        if is_cue_adverb(c.w(i)) || c.w(i) == "ainsi" || c.fr && ment_adverb(c.w(i)) {
            i += 1;
        } else if two_word_adverb(c, i) {
            i += 2;
        } else if matches!(
            (c.w(i), c.w(i + 1), c.w(i + 2)),
            ("de", "son" | "leur", "côté") | ("pour", "sa" | "leur", "part")
        ) {
            i += 3;
        } else if matches!((c.w(i), c.w(i + 1)), ("par", "exemple") | ("pour", "autant")) {
            i += 2;
        } else if let Some(n) = time_phrase(c, i) {
            i += n;
        } else if let Some(t) = c.toks.get(i).and_then(|t| c.times.iter().find(|s| s.contains(t.span))) {
            i = c.tok_to(t.end);
        } else if let Some(t) = c
            .toks
            .get(i + 1)
            .filter(|_| matches!(c.w(i), "la" | "le" | "l'" | "l’" | "cette" | "ce" | "les"))
            .filter(|_| c.mention(i + 1).is_none_or(|(_, after)| after <= i + 2))
            .and_then(|t| c.times.iter().find(|s| s.contains(t.span)))
        {
            // the article of a time the time layer reads without it: "la semaine dernière"
            i = c.tok_to(t.end);
        } else if is_time_word(c.w(i)) && !count_before_noun(c, i) {
            // undated articles keep no time layer: weekdays and dates read by their words
            i += 1;
        } else {
            return i;
        }
    }
}

/// An adverb of two tokens inside a cue: "a par ailleurs déclaré", "assure en
/// outre X", "a-t-il d'abord expliqué", "révèle sans détour X".
fn two_word_adverb(c: &Ctx, i: usize) -> bool {
    matches!(
        (c.w(i), c.w(i + 1)),
        ("par", "ailleurs")
            | ("en", "outre")
            | ("de", "nouveau")
            | ("d'" | "d’", "abord" | "emblée" | "ailleurs" | "entrée")
            | ("sans", "détour" | "détours" | "ambages" | "hésiter")
            | ("sur", "place")
            | ("par", "téléphone" | "courriel" | "mail" | "écrit")
    )
}

/// A French adverb in "-ment" between a verb and its subject ("estime
/// rétrospectivement l'ex-présentatrice", "dément fermement le ministre"): a
/// lower-case word of seven letters or more, not itself a reporting verb
/// ("estiment"), nor "comment", which opens a question.
fn ment_adverb(w: &str) -> bool {
    w.ends_with("ment")
        && w.chars().count() >= 7
        && w.chars().all(char::is_lowercase)
        && w != "comment"
        && !is_cue_verb(w)
}

/// Right after a quote and its comma, the inverted compound past of a verb the
/// lexicon lacks: « … », a évacué un haut-gradé du MoDem; « … », a complété le
/// magistrat; « … », a tenu à rassurer lundi sur RTL le ministre. In French the
/// incise there is the attribution whatever its verb; the caller still wants a
/// speaker that closes the clause.
/// The endings of a French past participle ("complété", "dit", "répondu", "ouvert").
const PARTICIPLE_ENDINGS: [&str; 11] = ["é", "ée", "és", "ées", "i", "is", "it", "u", "us", "ert", "uit"];

fn loose_incise(c: &Ctx, k: usize) -> Option<Cue> {
    if !c.fr {
        return None;
    }
    // the present tense before a person's name: « … », anticipe Bernard X
    // (a verb's ending, and the name right after it: not "roman de X")
    let w = c.w(k);
    // (or a role after its article: « … », égratigne le Premier ministre)
    let role_after = matches!(c.w(k + 1), "le" | "la" | "l'" | "l’")
        && (is_role_noun(c.w(k + 2)) || pre_nominal(c.w(k + 2)) && is_role_noun(c.w(k + 3)));
    let present = present_form(w)
        // (not a participle: "évoquant X" speaks of X)
        && !w.ends_with("ant")
        && (c.mention(k + 1).is_some_and(|(m, _)| m.kind == EntityKind::Per) || role_after);
    if present {
        return Some(Cue { start: k, end: k + 1, pronoun: None });
    }
    if let Some(cue) = inverted_present(c, k) {
        return Some(cue);
    }
    let start = k;
    // "« … », l'a coupé le député": an object clitic first
    let k =
        if matches!(c.w(k), "l'" | "l’" | "lui" | "leur" | "m'" | "m’") && is_aux(c.w(k + 1)) { k + 1 } else { k };
    if !matches!(c.w(k), "a" | "avait" | "ont" | "avaient") {
        return None;
    }
    // "« … », a-t-il professé": the auxiliary, its inverted pronoun, a participle
    // ("a-t-on appris" is no one's)
    let t = if c.w(k + 1) == "t" { k + 2 } else { k + 1 };
    if c.w(t).ends_with("on") {
        return None;
    }
    if lexicon::is_inverted_pronoun(c.w(t)) {
        let w = c.w(t + 1);
        let participle = w.chars().count() >= 4
            && w.chars().all(|ch| ch.is_lowercase())
            && PARTICIPLE_ENDINGS.iter().any(|e| w.ends_with(e));
        return participle.then(|| Cue { start, end: cue_tail(c, t + 2), pronoun: Some(t) });
    }
    // "a quant à elle mis en avant la députée"
    let k =
        if c.w(k + 1) == "quant" && c.w(k + 2) == "à" && lexicon::is_stressed_pronoun(c.w(k + 3)) { k + 3 } else { k };
    let w = c.w(k + 1);
    let participle = w.starts_with(|ch: char| ch.is_lowercase())
        && (w.chars().count() >= 4 || w == "mis" && c.w(k + 2) == "en" && c.w(k + 3) == "avant")
        && PARTICIPLE_ENDINGS.iter().any(|e| w.ends_with(e));
    if !participle {
        return None;
    }
    let mut i = if w == "mis" { k + 4 } else { k + 2 };
    // "a tenu à rassurer": an infinitive after "à"
    if c.w(i) == "à" && ["er", "ir", "re"].iter().any(|e| c.w(i + 1).ends_with(e)) {
        i += 2;
    }
    Some(Cue { start, end: cue_tail(c, i), pronoun: None })
}

/// A word that reads as a verb's third person present, by its ending ("anticipe",
/// "débute", "répond"): the verbs of incises the lexicon lacks.
fn present_form(w: &str) -> bool {
    w.chars().count() >= 4 && w.chars().all(|ch| ch.is_lowercase()) && w.ends_with(['e', 't', 'd'])
}

/// "« … », débute-t-il": a present tense the lexicon lacks and its inverted
/// pronoun ("-t-on" is no one's).
fn inverted_present(c: &Ctx, k: usize) -> Option<Cue> {
    let (w, inverted) = (c.w(k), c.w(k + 1));
    let present = c.fr
        && present_form(w)
        && lexicon::is_inverted_pronoun(inverted)
        && !inverted.ends_with("on")
        && !is_aux(w)
        // (no saying: "était-il écrit", "semble-t-il", "paraît-il", "faut-il")
        && !matches!(w, "était" | "fut" | "sera" | "semble" | "paraît" | "parait" | "faut" | "reste" | "peut" | "doit");
    present.then(|| Cue { start: k, end: cue_tail(c, k + 2), pronoun: Some(k + 1) })
}

/// An adjective that comes before its noun in a role: "le Premier ministre", "la
/// nouvelle directrice", "l'ancien président".
fn pre_nominal(w: &str) -> bool {
    matches!(
        recoupe_text::fold::fold_word(w).as_ref(),
        "premier" | "premiere" | "nouveau" | "nouvelle" | "ancien" | "ancienne" | "jeune" | "haut" | "haute"
    )
}

/// A bare number of one to three digits that counts what follows ("reprend 15
/// chansons"), not a day ("a déclaré 15 mai").
fn count_before_noun(c: &Ctx, i: usize) -> bool {
    let w = c.w(i);
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) && !is_time_word(c.w(i + 1))
}

/// A time phrase between a cue and its speaker, as a count of tokens: "le même jour",
/// "le lendemain", "la veille", "ce jour-là", "dans la foulée", "plus tard".
fn time_phrase(c: &Ctx, i: usize) -> Option<usize> {
    match (c.w(i), c.w(i + 1), c.w(i + 2)) {
        ("le" | "ce", "même", "jour" | "soir" | "matin") => Some(3),
        ("le", "lendemain" | "surlendemain", _) | ("la", "veille", _) => Some(2),
        ("ce" | "cette", "jour-là" | "soir-là" | "matin-là" | "semaine-là" | "année-là", _) => Some(2),
        ("dans", "la", "foulée") => Some(3),
        // "a déclaré plus tôt dans la matinée le ministre", "a dit dans la soirée X"
        ("plus", "tôt" | "tard", _) => Some(2 + time_phrase(c, i + 2).unwrap_or(0)),
        ("dans", "la" | "l'" | "l’", "matinée" | "journée" | "soirée" | "nuit" | "après-midi" | "semaine") => {
            Some(3)
        }
        // "a précisé en fin d'après-midi le colonel X", "en début de soirée"
        ("en", "fin" | "début" | "milieu", "de" | "d'" | "d’")
            if matches!(c.w(i + 3), "matinée" | "journée" | "soirée" | "après-midi" | "semaine") =>
        {
            Some(4)
        }
        // occasions of speech between the verb and its subject: "a précisé en conférence
        // de presse le directeur", "a annoncé dans un communiqué la préfecture"
        ("en", "conférence" | "point", "de") if c.w(i + 3) == "presse" => Some(4),
        ("en", "point", "presse") => Some(3),
        // "a déclaré jeudi lors d'une conférence de presse Jean-Luc X"
        ("lors", "d'" | "d’", "une" | "un") => match (c.w(i + 3), c.w(i + 4), c.w(i + 5)) {
            ("conférence" | "point", "de", "presse") => Some(6),
            ("point", "presse", _) => Some(5),
            ("interview" | "entretien" | "discours" | "déplacement" | "visite" | "débat" | "réunion", _, _) => {
                Some(4)
            }
            _ => None,
        },
        ("lors", "de" | "du", _)
            if matches!(c.w(i + 3), "conférence" | "point") && c.w(i + 4) == "de" && c.w(i + 5) == "presse" =>
        {
            Some(6)
        }
        ("dans", "un" | "une", "communiqué" | "lettre" | "tweet" | "message" | "courrier" | "vidéo") => Some(3),
        ("un", "jour", _) => Some(2),
        // "a cette fois noté", "a encore une fois rappelé"
        ("cette" | "une", "fois", _) => Some(2),
        _ => None,
    }
}

fn is_time_word(w: &str) -> bool {
    let f = recoupe_text::fold::fold_word(w);
    matches!(
        f.as_ref(),
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
            | "matin"
            | "soir"
            | "dernier"
            | "derniere"
            | "janvier"
            | "fevrier"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "aout"
            | "septembre"
            | "octobre"
            | "novembre"
            | "decembre"
            | "1er"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
    ) || (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// The words that close a list of names ("X, Y ou encore Z"), the longer first.
const LIST_JOINS: [&str; 5] = ["ou encore", "et encore", "ainsi que", "et", "ou"];

/// Words opening a speaker's noun phrase; the possessives at its end ("selon son
/// entourage", "a confié son avocat").
const DETERMINERS: [&str; 35] = [
    "le", "la", "l'", "l’", "les", "un", "une", "des", "the", "a", "an", "Le", "La", "L'", "Les", "The", "A", "An",
    "Un", "Une", "Des", "ce", "cet", "cette", "Ce", "Cet", "Cette", "son", "sa", "ses", "leur", "leurs", "Son", "Sa",
    "Ses",
];
/// Quantifiers that open a subject of several unnamed people: "Plusieurs sources
/// affirment", "Certains experts rappellent".
const QUANTIFIERS: [&str; 8] =
    ["plusieurs", "Plusieurs", "certains", "Certains", "certaines", "Certaines", "quelques", "Quelques"];
/// The possessives among the determiners.
const POSSESSIVES: &[&str] = DETERMINERS.split_at(27).1;
/// Prepositions before a person named as an object, not a clause's subject ("quelques
/// piques à X", "tendre envers Y", "avec Z"); each reader adds its own ("par", "pour",
/// "auprès").
const OBJECT_PREPOSITIONS: [&str; 8] = ["à", "au", "aux", "sur", "avec", "contre", "chez", "envers"];

const TITLES: [&str; 8] = ["M.", "Mme", "Mr", "Mr.", "Mrs", "Ms", "Dr", "Me"];

/// A speaker found after a cue or before it.
struct Found {
    speaker: Speaker,
    end: usize,
    description: Option<Span>,
    medium: Option<Span>,
}

fn is_role_noun(w: &str) -> bool {
    recoupe_entities::roles::is_role_word(w)
}

/// A medium named by what it is: "le quotidien britannique", "l'hebdomadaire".
fn is_medium_noun(w: &str) -> bool {
    matches!(
        w,
        "quotidien"
            | "hebdomadaire"
            | "journal"
            | "magazine"
            | "mensuel"
            | "agence"
            | "chaîne"
            | "radio"
            | "site"
            | "revue"
    )
}

/// The people around someone, who speak for them: "son entourage", "ses proches".
fn is_entourage_noun(w: &str) -> bool {
    // ("l'ex-collaborateur de X": a former one is one of them too)
    let w = w.strip_prefix("ex-").unwrap_or(w);
    matches!(
        w,
        "entourage"
            | "collaborateur"
            | "collaboratrice"
            | "proches"
            | "proche"
            | "cabinet"
            | "équipe"
            | "camp"
            | "famille"
            | "parents"
            | "avocats"
            | "services"
            | "collaborateurs"
            | "collègues"
            | "partisans"
            | "soutiens"
            | "amis"
    )
}

/// A capitalised inhabitant noun ("le Bayonnais", "la Lyonnaise", "le Russe"): after
/// an article it names a person by where they come from, not the place.
fn is_inhabitant_noun(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.starts_with(char::is_uppercase)
        && (["ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "ain", "aine"]
            .iter()
            .any(|s| lower.len() > s.len() + 2 && lower.ends_with(s))
            || recoupe_entities::lexicon::demonyms().iter().any(|d| d.fr.contains(&lower.as_str())))
}

/// A lower-case noun that names a person by what they do or are, read by its
/// ending ("l'écologiste", "le réanimateur", "la comédienne", "le fauconnier",
/// "la psychiatre") or listed: what a definite phrase in an incise refers back to
/// ("« … », a indiqué l'archevêque"), as a role does.
fn is_person_noun(w: &str) -> bool {
    let f = recoupe_text::fold::fold_word(w);
    let f = f.as_ref();
    w.starts_with(char::is_lowercase)
        && !is_medium_noun(w)
        && !is_group_noun(f)
        && ([
            "iste", "eur", "euse", "rice", "ien", "ienne", "ier", "iere", "iatre", "logue", "graphe", "sophe", "ant",
            "ante", "aire",
        ]
        .iter()
        .any(|s| f.len() > s.len() + 2 && f.ends_with(s))
            || is_trade_noun(f)
            || lexicon::is_person_word(f))
}

fn is_stop(w: &str) -> bool {
    matches!(w, "," | "." | ";" | ":" | "»" | "«" | "\"" | "“" | "”" | "(" | ")" | "!" | "?" | "—" | "–")
}

/// A noun phrase naming the speaker without a name: "le ministère russe de la
/// défense", "un ancien diplomate français en Russie, qui a préféré garder
/// l'anonymat", "sources". Ends at punctuation, a medium, or a verb.
fn role_phrase(c: &Ctx, k: usize, limit: usize) -> Option<(Span, usize, bool, Option<&'static str>)> {
    // (or a count of people or groups: "ont prévenu trois syndicats", "ont exhorté 28
    // associations", "estiment plusieurs élus")
    let counted = !DETERMINERS.contains(&c.w(k)) && {
        let w = c.w(k);
        let lang = if c.fr { recoupe_text::numbers::NumLang::Fr } else { recoupe_text::numbers::NumLang::En };
        let count = QUANTIFIERS.contains(&w)
            || !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
            || w.starts_with(char::is_lowercase)
                && recoupe_text::numbers::is_number_word(w, lang)
                && !matches!(w, "un" | "une" | "a" | "one");
        let noun = c.w(k + 1);
        let folded = recoupe_text::fold::fold_word(noun);
        count
            && noun.ends_with(['s', 'x'])
            && (is_group_noun(folded.trim_end_matches(['s', 'x']))
                || is_person_noun(noun)
                || recoupe_entities::roles::is_role_word(noun))
    };
    if !DETERMINERS.contains(&c.w(k)) && !counted {
        return None;
    }
    // after a possessive, people only: "son avocat", "ses proches", not "ses termes"
    // (nor an adjective that can be a role: "relate sa première garde de nuit")
    let role_after = is_role_noun(c.w(k + 1)) && !matches!(c.w(k + 1), "premier" | "première" | "dernier" | "dernière");
    if POSSESSIVES.contains(&c.w(k)) && !(role_after || is_entourage_noun(c.w(k + 1))) {
        return None;
    }
    let mut i = k + 1;
    // (unless a medium follows: "le conseiller à l'hebdomadaire", "au Parisien")
    let names_medium = |x: usize| {
        let x = if matches!(c.w(x), "la" | "le" | "l'" | "l’" | "les") { x + 1 } else { x };
        let lx = recoupe_text::lexicon::lexicon();
        is_medium_noun(c.w(x))
            || (1..=3).any(|n| {
                let words: Vec<&str> = (x..x + n).map(|y| c.w(y)).collect();
                lx.is_outlet_name(&words.join(" "))
            })
    };
    // ("l'adjoint à la Santé", "la déléguée aux sports": a role's own "à", no medium)
    // ("le secrétaire d'État à l'Intérieur", "la haute-commissaire à l'Enfance")
    let role_takes_a = |x: usize| {
        let f = recoupe_text::fold::fold_word(c.w(x));
        matches!(
            f.as_ref(),
            "adjoint"
                | "adjointe"
                | "delegue"
                | "deleguee"
                | "charge"
                | "chargee"
                | "conseiller"
                | "conseillere"
                | "commissaire"
                | "haut-commissaire"
                | "haute-commissaire"
        ) || f == "etat" && x >= 2 && matches!(c.w(x - 1), "d'" | "d’") && c.w(x - 2).starts_with("secrétaire")
    };
    while i < limit
        && i - k < 12
        && !is_stop(c.w(i))
        && medium_opener(&[c.w(i), c.w(i + 1)])
            .is_none_or(|_| i == k + 1 || role_takes_a(i - 1) && !names_medium(i + 1))
    {
        // (a gerund ends it: "un haut-gradé du parti en affirmant que")
        // (and so does a place or a time of the saying: "a lancé le président depuis une
        // usine", "a déclaré la ministre devant les députés")
        if matches!(
            c.w(i),
            "qui"
                | "who"
                | "lors"
                | "dans"
                | "auprès"
                | "sur"
                | "week-end"
                | "depuis"
                | "devant"
                | "pendant"
                | "during"
                | "parmi"
                // (a conjunction opens another clause: "répète un témoin tandis que les
                // policiers attendent")
                | "tandis"
                | "lorsque"
                | "quand"
                | "car"
                | "mais"
        ) || is_time_word(c.w(i))
            // (an age is no date: "les jumelles de 35 ans, Jenna et Barbara X"; a
            // participle after it is another clause: "une victime de 24 ans interrogés par")
            && !(c.w(i - 1) == "de"
                && c.w(i).bytes().all(|b| b.is_ascii_digit())
                && c.w(i + 1) == "ans"
                && !["é", "ée", "és", "ées"].iter().any(|x| c.w(i + 2).ends_with(x)))
            || is_cue_verb(c.w(i)) && i > k + 1
            || c.w(i) == "en" && c.w(i + 1).ends_with("ant")
            // ("a souligné le président saluant les « … »": a participle and its object)
            || i > k + 1
                && c.w(i).ends_with("ant")
                && c.w(i).starts_with(char::is_lowercase)
                && !matches!(c.w(i), "avant" | "devant" | "durant" | "pendant" | "maintenant" | "cependant")
                && (DETERMINERS.contains(&c.w(i + 1)) && matches!(c.w(i + 2), "«" | "\"" | "“")
                    || matches!(c.w(i + 1), "que" | "qu'" | "qu’"))
            // ("a écrit le chef de l'État avant de développer son propos")
            || matches!(c.w(i), "avant" | "après")
                && matches!(c.w(i + 1), "de" | "d'" | "d’" | "avoir" | "être" | "que" | "qu'" | "qu’")
            // ("a estimé l'ex-président alors que X a refusé", "a expliqué la ministre pour
            // justifier cette mesure": another clause, a purpose)
            || c.w(i) == "alors" && matches!(c.w(i + 1), "que" | "qu'" | "qu’")
            || c.w(i) == "pour"
                && i > k + 1
                && c.w(i + 1).starts_with(char::is_lowercase)
                && ["er", "ir", "re"].iter().any(|x| c.w(i + 1).ends_with(x))
        {
            break;
        }
        i += 1;
    }
    if i <= k + 1 {
        return None;
    }
    if matches!(c.w(i - 1), "ce" | "cette") && i > k + 2 {
        i -= 1;
    }
    let mut end = i;
    let mut anonymous = matches!(c.w(k), "un" | "une" | "des" | "a" | "an") || counted;
    // "…, qui a préféré garder l'anonymat" / "who asked not to be named"
    if c.w(i) == "," && matches!(c.w(i + 1), "qui" | "who") {
        let mut j = i + 1;
        while j < limit && j - i < 14 && !matches!(c.w(j), "." | ";" | ":" | ",") {
            j += 1;
        }
        let tail: Vec<&str> = (i..j).map(|x| c.w(x)).collect();
        if tail.iter().any(|w| w.contains("anonymat") || w.contains("anonym") || *w == "named" || *w == "identified") {
            anonymous = true;
            end = j;
        }
    }
    Some((c.span(k, end), end, anonymous, None))
}

/// A folded noun that names a group speaking as one: "la préfecture", "le
/// collectif", "l'administration", an organisation's head noun ("le syndicat").
fn is_group_noun(folded: &str) -> bool {
    lexicon::is_speaking_noun(folded)
        || recoupe_entities::mentions::org_head("fr", folded)
        || recoupe_entities::mentions::org_head("en", folded)
}

/// Whether the noun phrase `k..end` can name someone who speaks: a role ("le
/// porte-parole"), people around someone ("ses proches"), a medium, a group ("la
/// préfecture"), a source, or a name inside; not an object of the verb ("a
/// dénoncé des faits de pédophilie").
fn names_a_speaker(c: &Ctx, k: usize, end: usize) -> bool {
    (k + 1..end).any(|x| {
        let w = c.w(x);
        let f = recoupe_text::fold::fold_word(w);
        is_role_noun(w)
            || is_entourage_noun(w)
            || is_medium_noun(w)
            || is_inhabitant_noun(w)
            || recoupe_entities::mentions::org_head("fr", &f)
            || recoupe_entities::mentions::org_head("en", &f)
            || lexicon::is_speaking_noun(&f)
            || lexicon::is_document_noun(&f)
            || c.mention(x).is_some_and(|(m, _)| matches!(m.kind, EntityKind::Per | EntityKind::Org))
            // "a confié une femme", "raconte un jeune homme": someone unnamed, by what
            // they are
            || matches!(c.w(k), "un" | "une")
                && x <= k + 3
                && w.starts_with(char::is_lowercase)
                && recoupe_text::lexicon::is_person_word(&f)
            // "a ajouté un autre": one more of those quoted before
            || matches!(w, "autre" | "autres") && end == k + 2
            // "a indiqué un membre de l'intersyndicale"
            || matches!(w, "membre" | "membres") && x == k + 1
            // "les informations du Progrès": an outlet the tagger left untagged after "du"
            || c.w(x - 1) == "du" && w.starts_with(char::is_uppercase) && {
                let lx = recoupe_text::lexicon::lexicon();
                (1..=3).filter(|n| x + n <= end).any(|n| {
                    let words: Vec<&str> = (x..x + n).map(|y| c.w(y)).collect();
                    lx.is_outlet_name(&format!("Le {}", words.join(" ")))
                })
            }
    })
}

/// Whether the definite phrase `k..end` is the inverted subject of an incise
/// that closes a quotation: in « … », a martelé l'ayatollah. or « … », a indiqué
/// le parc, the phrase after the verb can only be who spoke, whatever its noun.
fn subject_of_incise(c: &Ctx, k: usize, end: usize) -> bool {
    if !definite_subject(c, k, end) {
        return false;
    }
    // back over the verb group (auxiliary, adverb, participle, a medium: "explique à
    // l'AFP") to the comma after the mark
    let Some(comma) = (k.saturating_sub(8)..k).rev().find(|&x| c.w(x) == ",") else { return false };
    let verb_group = (comma + 1..k).all(|x| !is_stop(c.w(x))) && (comma + 1..k).any(|x| is_cue_verb(c.w(x)));
    let mark = |x: usize| matches!(c.w(x), "»" | "”" | "\"");
    // the mark right before the comma, or, for a short phrase ending the sentence, a
    // few words before it ("« … », à l'écart du public, a indiqué le parc.")
    let closes = comma > 0 && mark(comma - 1)
        || end - k <= 4
            && matches!(c.w(end), "." | "")
            && (comma.saturating_sub(12)..comma).any(|x| mark(x) && c.w(x + 1) != ".");
    verb_group && closes
}

/// A definite noun phrase that can be a clause's inverted subject: it ends the
/// clause, and its noun is no noun of action, the verb's object ("une filiale du
/// « Mouvement X », assure également la transformation en découpe", "a rappelé la
/// nécessité d'agir"; bodies in -ité speak: "a déclaré la collectivité").
fn definite_subject(c: &Ctx, k: usize, end: usize) -> bool {
    // (a colon too, the speaker's words going on: "…, observe la géographe: ainsi « … »")
    // (or a medium after it: "a expliqué le fonctionnaire territorial au micro de Sud Radio")
    let medium_after = || c.medium_at(end).is_some_and(|n| medium_name(c, end + n, c.toks.len()).is_some());
    // (or a relative clause on a group: "a fait savoir la DGS qui …", "préviennent les
    // secours qui …"; a person so named is told apart from the people around by the
    // clause, which the resolution of roles does not read: left out)
    let head = recoupe_text::fold::fold_word(c.w(k + 1));
    let relative = c.w(end) == "qui" && !is_person_noun(c.w(k + 1)) && !is_role_noun(c.w(k + 1));
    // (or a gerund, what the speaker did as they spoke: "raconte la jeune femme en pleurant")
    let gerund = c.w(end) == "en" && c.w(end + 1).ends_with("ant");
    if !matches!(c.w(k), "le" | "la" | "l'" | "l’" | "les")
        || !(matches!(c.w(end), "." | "," | ";" | ":" | "") || relative || gerund || medium_after())
    {
        return false;
    }
    let action = ["tion", "sion", "ment", "age"].iter().any(|x| head.ends_with(x));
    let body = matches!(
        head.as_ref(),
        "collectivite" | "municipalite" | "communaute" | "universite" | "autorite" | "autorites" | "entite"
    );
    !action && (body || !head.ends_with("ite"))
}

/// The speaker starting at token `k` (after a cue): a name, a pronoun, a role.
fn speaker_at(c: &Ctx, k: usize, limit: usize) -> Option<Found> {
    // "a poursuivi, amusé, Jean-Pierre X": a word between commas before the speaker
    let k = if c.w(k) == "," && c.w(k + 2) == "," && c.w(k + 1).starts_with(char::is_lowercase) { k + 3 } else { k };
    // "selon lui", "d'après elle", "according to him": a pronoun, resolved later
    if lexicon::is_stressed_pronoun(c.w(k)) && matches!(c.w(k + 1), "," | "." | "") {
        let sp = Speaker { span: c.toks[k].span, entity: None, anonymous: false };
        return Some(Found { speaker: sp, end: k + 1, description: None, medium: None });
    }
    // "s'est interrogé l'un d'entre eux": one of a group, unnamed
    if matches!(c.w(k), "l'" | "l’")
        && matches!(c.w(k + 1), "un" | "une")
        && matches!(c.w(k + 2), "d'" | "d’")
        && c.w(k + 3) == "entre"
        && matches!(c.w(k + 4), "eux" | "elles")
    {
        let sp = Speaker { span: c.span(k, k + 5), entity: None, anonymous: true };
        return Some(Found { speaker: sp, end: k + 5, description: None, medium: None });
    }
    // "assure sous couvert d'anonymat à l'AFP un de ses collègues"
    let unnamed = anonymity_at(c, k);
    let mut found = speaker_after(c, k + unnamed.unwrap_or(0), limit)?;
    found.speaker.anonymous |= unnamed.is_some();
    Some(found)
}

/// The speaker named after a phrase of circumstance that follows the cue: "…,
/// commente avec le sourire Anthony X, un opérateur…", "…, a martelé au cours de
/// ses meetings Christian X, 59 ans", "…, a expliqué lors d'une table ronde
/// l'auteur de …" (French): a person's name or a definite role, ending its
/// clause, not the complement of a noun ("lors de la visite de Paul X, le maire")
/// and with no verb or stop before it.
fn speaker_after_circumstance(c: &Ctx, from: usize, limit: usize) -> Option<Found> {
    if !c.fr || !matches!(c.w(from), "lors" | "avec" | "au" | "dans" | "devant" | "pendant" | "durant") {
        return None;
    }
    for k in from + 1..(from + 14).min(limit) {
        let w = c.w(k);
        if matches!(w, "," | "." | ";" | ":" | "«" | "»" | "\"" | "“" | "”" | "(" | "?" | "!")
            || is_cue_verb(w)
            || is_aux(w)
            || lexicon::is_subject_pronoun(w)
        {
            return None;
        }
        let after_of = matches!(c.w(k - 1), "de" | "d'" | "d’" | "du" | "des" | "par" | "à" | "au" | "aux" | "et");
        if after_of || k == from + 1 {
            continue;
        }
        let ends = |e: usize| e >= limit || matches!(c.w(e), "," | "." | ";" | "(");
        if let Some((m, after)) = c.mention(k) {
            if m.kind == EntityKind::Per && ends(after) {
                return Some(named(m, after));
            }
        }
        if matches!(w, "le" | "la" | "l'" | "l’") && is_role_noun(c.w(k + 1)) {
            return speaker_at(c, k, limit).filter(|f| ends(skip_parens(c, f.end, limit.max(f.end + 1))));
        }
    }
    None
}

/// A source the tagger left untagged, named alone after the cue: an acronym ("écrit
/// VSD, qui cite…"), a news site ("rapportait sudinfo.be") or one capitalised word
/// ("selon Vigicrues", "indique Enedis"), before a stop; the group of the same name
/// elsewhere in the article, if the tagger saw it there.
fn bare_source(c: &Ctx, j: usize, limit: usize) -> Option<Speaker> {
    let w = c.w(j);
    let acronym = (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    // (not a day, a month, a pronoun, an article or a role: "selon Lui", "a dit Lundi")
    let name = w.chars().count() >= 3
        && w.starts_with(char::is_uppercase)
        && w.chars().skip(1).all(|ch| ch.is_alphabetic() || ch == '-')
        && w.chars().skip(1).any(char::is_lowercase)
        && !is_time_word(w)
        && !DETERMINERS.contains(&w)
        && !lexicon::is_stressed_pronoun(&w.to_lowercase())
        && !is_subject_pronoun(w);
    // (the tokenizer cuts a site's name at its dots: "sudinfo" "." "be")
    let glued = |x: usize| c.toks.get(x).zip(c.toks.get(x + 1)).is_some_and(|(a, b)| a.span.end == b.span.start);
    let site = w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && c.w(j + 1) == "."
        && glued(j)
        && glued(j + 1)
        && matches!(c.w(j + 2), "fr" | "com" | "be" | "ch" | "net" | "org" | "info" | "ca");
    if !(acronym || name || site) || recoupe_entities::roles::is_role_word(w) {
        return None;
    }
    // a full name the tagger missed runs on over its capitalised words and particles:
    // "a dit à l'AFP Mukhaimer Abou Saada, professeur"
    let name_like = |x: usize| {
        let v = c.w(x);
        v.chars().count() >= 2
            && v.starts_with(char::is_uppercase)
            && v.chars().skip(1).all(|ch| ch.is_alphabetic() || ch == '-')
            && v.chars().skip(1).any(char::is_lowercase)
            && !is_time_word(v)
            && !recoupe_entities::roles::is_role_word(v)
    };
    let mut next = if site { j + 3 } else { j + 1 };
    if name {
        while next < limit && next < j + 4 {
            if name_like(next) {
                next += 1;
            } else if matches!(c.w(next), "de" | "da" | "van" | "von" | "ben" | "bin" | "el" | "al")
                && name_like(next + 1)
            {
                next += 2;
            } else {
                break;
            }
        }
    }
    // (a name may be followed by where it spoke: "souligne Snapchat dans un courriel")
    let occasion = name && matches!(c.w(next), "dans" | "sur" | "auprès" | "lors" | "au" | "à");
    if !(next >= limit || occasion || matches!(c.w(next), "," | "." | ";" | ")" | "(" | "")) {
        return None;
    }
    let span = c.span(j, next);
    let w = span.slice(c.text);
    // the group of that name, or the person of that surname ("a dit M. Fekl" after
    // "Matthias Fekl")
    let entity = c
        .ents
        .iter()
        .find(|e| e.kind == EntityKind::Org && e.span.slice(c.text) == w)
        .or_else(|| {
            // (past a title the run took in: "Mgr Cattenoz")
            let w = match w.split_once(' ') {
                Some(("Mgr" | "Monseigneur" | "Pr" | "Père" | "Maître", rest)) => rest,
                _ => w,
            };
            let surname = |e: &&EntityMention| {
                let t = e.span.slice(c.text);
                t == w || t.len() > w.len() && t.ends_with(w) && t[..t.len() - w.len()].ends_with(' ')
            };
            name.then(|| c.ents.iter().filter(|e| e.kind == EntityKind::Per).find(surname)).flatten()
        })
        .map(|e| e.entity.clone());
    Some(Speaker { span, entity, anonymous: false })
}

/// "sous couvert d'anonymat", "sous (le) couvert de l'anonymat", as a count of tokens.
fn anonymity_at(c: &Ctx, k: usize) -> Option<usize> {
    if c.w(k) != "sous" {
        return None;
    }
    let n = (k + 1..k + 7).take_while(|&x| !is_stop(c.w(x))).position(|x| c.w(x).starts_with("anonymat"))?;
    (n > 0 && matches!(c.w(k + 1), "couvert" | "le" | "condition")).then_some(n + 2)
}

fn speaker_after(c: &Ctx, k: usize, limit: usize) -> Option<Found> {
    let mut k = k;
    // "confirme à France 24 Marie Dumoulin": a medium before the name
    let mut medium = None;
    if let Some(n) = c.medium_at(k) {
        // the medium runs to the person named next ("à France 24 Marie Dumoulin")
        // (a comma may close the medium: "sur Franceinfo, Loïc Travers")
        // (not the complement of someone else: "à RTL un proche d'Édouard Philippe")
        let person = (k + n + 1..(k + n + 7).min(limit)).find(|&j| {
            let before = if c.w(j - 1) == "," { j - 1 } else { j };
            c.mention(j).is_some_and(|(m, _)| m.kind == EntityKind::Per)
                && !(k + n..before).any(|x| is_stop(c.w(x)))
                && !is_of(c.w(j - 1))
        });
        if let Some(j) = person {
            medium = Some(c.span(k, if c.w(j - 1) == "," { j - 1 } else { j }));
            k = j;
        } else if let Some(after) = medium_name(c, k + n, limit)
            .map(|(_, after)| after)
            .filter(|&after| after < limit && c.mention(after).is_none() && bare_source(c, after, limit).is_some())
        {
            // "a dit à l'AFP Mukhaimer Abou Saada": a name the tagger missed after the medium
            medium = Some(c.span(k, after));
            k = after;
        } else if let Some((_, after)) = medium_name(c, k + n, limit) {
            // "confie à franceinfo son avocat": the medium, then a role phrase
            // (a comma may close the medium: "a déclaré sur RTL, la directrice du Cnesco")
            let role_at = if c.w(after) == "," { after + 1 } else { after };
            if role_at < limit && DETERMINERS.contains(&c.w(role_at)) && role_phrase(c, role_at, limit).is_some() {
                medium = Some(c.span(k, after));
                k = role_at;
            }
        }
    }
    let mut j = k;
    while TITLES.contains(&c.w(j)) || matches!(c.w(j), "l'" | "l’" | "le" | "la" | "the") && c.mention(j + 1).is_some()
    {
        j += 1;
    }
    // "a protesté l'Insoumise Clémentine X": a party's label the tagger took for a
    // group, before its member's name
    if let Some((m, after)) = c.mention(j) {
        let label = m.kind != EntityKind::Per && after == j + 1 && j > k && matches!(c.w(j - 1), "l'" | "l’");
        if label && c.mention(after).is_some_and(|(p, _)| p.kind == EntityKind::Per) {
            j = after;
        }
    }
    // "le Président Tokaïev", "l'analyste Jean Dupont": a role before the name
    if c.mention(j).is_none() && DETERMINERS.contains(&c.w(j)) {
        if let Some(x) =
            (j + 1..(j + 5).min(limit)).find(|&x| c.mention(x).is_some_and(|(m, _)| m.kind == EntityKind::Per))
        {
            // not a complement: "la nièce de Marine Le Pen" is not Marine Le Pen
            let complement = is_of(c.w(x - 1));
            if !(j + 1..x).any(|y| is_stop(c.w(y))) && (j + 1..x).any(|y| is_role_noun(c.w(y))) && !complement {
                j = x;
            }
        }
    }
    // (a short acronym the tagger left as no person nor group, after an article, is
    // read as a role phrase: "répond alors la DRH")
    let misc_after_article = |m: &EntityMention| {
        let t = m.span.slice(c.text);
        m.kind == EntityKind::Misc
            && j > k
            && matches!(c.w(j - 1), "le" | "la" | "l'" | "l’")
            && (2..=5).contains(&t.len())
            && t.bytes().all(|b| b.is_ascii_uppercase())
    };
    let (speaker, end, description) = if let Some((m, after)) = c.mention(j).filter(|(m, _)| !misc_after_article(m)) {
        // people, groups, and places as actors ("a déclaré Moscou"); not other names,
        // but for a name after a person's title the tagger took for one ("a rapporté Me
        // Rodolphe X")
        if m.kind == EntityKind::Misc && !(j > k && TITLES.contains(&c.w(j - 1))) {
            return None;
        }
        // "dit le Bayonnais": a person named by their town, resolved later like a role
        if j > k && matches!(c.w(j - 1), "le" | "la" | "l'" | "l’") && after == j + 1 && is_inhabitant_noun(c.w(j)) {
            let sp = Speaker { span: c.span(j - 1, after), entity: None, anonymous: false };
            return Some(Found { speaker: sp, end: after, description: None, medium: None });
        }
        let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
        (sp, after, m.role.filter(|r| r.start >= m.span.end))
    } else if let Some((span, end, anonymous, _)) = role_phrase(c, k, limit) {
        // "la porte-parole de la diplomatie russe, Maria Zakharova", "un employé, Daniel
        // Real": the name after the role
        // (not a phrase whose only word of roles is an adjective: "ce premier examen, X")
        let adjective = |w: &str| matches!(w, "premier" | "première" | "ancien" | "ancienne");
        let adjective_only = (k + 1..end).any(|x| adjective(c.w(x)))
            && !(k + 1..end).any(|x| is_role_noun(c.w(x)) && !adjective(c.w(x)));
        if c.w(end) == "," && !adjective_only {
            // (a title before the name: "l'avocat de la famille, Me X")
            let at = match (c.w(end + 1), c.w(end + 2)) {
                (t, _) if TITLES.contains(&t) => end + 2,
                // "…, le Dr X"
                ("le" | "la", t) if TITLES.contains(&t) => end + 3,
                // "…, le général X": a rank before the name
                ("le" | "la", t) if t.starts_with(char::is_lowercase) && is_role_noun(t) => end + 3,
                _ => end + 1,
            };
            // the name in apposition ends there ("…, Maria Zakharova, a déclaré", "…, X."); a
            // verb after it makes it the subject of what follows ("Selon le philosophe, X n'est
            // plus…")
            let apposed = |after: usize| after >= limit || matches!(c.w(after), "," | "." | ";" | ":" | ")" | "(" | "");
            if let Some((m, after)) = c.mention(at).filter(|(m, after)| m.kind == EntityKind::Per && apposed(*after)) {
                let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
                return Some(Found { speaker: sp, end: after, description: Some(span), medium: None });
            }
        }
        // "l'administration des parcs (National Park Service, NPS)", "le collectif de
        // paramédicaux, Inter-Urgences,": the group named in brackets or in apposition
        // (a group's phrase, not a person's role: "le président de l'Assemblée Richard
        // Ferrand (LREM)" is Richard Ferrand)
        let of_a_person =
            (k + 1..end).any(|x| is_role_noun(c.w(x)) || c.mention(x).is_some_and(|(m, _)| m.kind == EntityKind::Per));
        // (and the phrase's own head a group: "l'un des enquêteurs du SRPJ (…)" is an
        // investigator, "le référent départemental LREM (…)" a person)
        let group_head = is_group_noun(&recoupe_text::fold::fold_word(c.w(k + 1)));
        if matches!(c.w(end), "(" | ",") && !of_a_person && group_head {
            // (a place in brackets after a place the phrase names only locates it: "le
            // parquet de Boulogne-sur-Mer (Pas-de-Calais)" is no department)
            let placed = c.w(end) == "("
                && (k + 2..end).any(|x| {
                    is_of(c.w(x - 1)) && c.w(x).starts_with(char::is_uppercase)
                        || past_elision(c.w(x)) != c.w(x) && past_elision(c.w(x)).starts_with(char::is_uppercase)
                });
            let named = c.mention(end + 1).filter(|(m, after)| {
                (m.kind == EntityKind::Org || m.kind == EntityKind::Loc && !placed)
                    && m.span.slice(c.text).starts_with(char::is_uppercase)
                    && matches!(c.w(*after), "," | ")" | "." | ";" | "")
            });
            if let Some((m, after)) = named.filter(|_| names_a_speaker(c, k, end)) {
                let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
                let e = if c.w(end) == "(" { skip_parens(c, end, limit) } else { after };
                return Some(Found { speaker: sp, end: e, description: Some(span), medium: None });
            }
        }
        if !names_a_speaker(c, k, end) && !subject_of_incise(c, k, end) {
            return None;
        }
        // an inner group stands for the phrase only when the phrase is not a person's
        // role ("le ministère russe de la défense", not "la ministre du Travail")
        let person_role = (k + 1..end.min(k + 4)).any(|x| is_role_noun(c.w(x)));
        // (but "les informations publiées par L'Opinion", "une étude publiée par X" are
        // that group's: see `agent` below)
        let theirs = (k + 1..(k + 3).min(end)).any(|x| {
            matches!(
                c.w(x),
                "information" | "informations" | "étude" | "sondage" | "enquête" | "révélations" | "article"
            )
        });
        // a source close to a group is not the group ("une source proche du ministère")
        let near = matches!(c.w(k + 1), "source" | "sources");
        let entity = c
            .ents
            .iter()
            .rev()
            .find(|e| {
                // a person named as the complement of a role, a relation or a group is
                // someone else ("l'avocat de X", "le successeur de Y", "le parti de Z"); a
                // writing of theirs speaks for them ("la lettre de X")
                let other = |w: &str| {
                    is_role_noun(w)
                        || is_entourage_noun(w)
                        || matches!(
                            w,
                            "successeur"
                                | "successeure"
                                | "prédécesseur"
                                | "prédécesseure"
                                | "parti"
                                | "camp"
                                | "équipe"
                        )
                };
                // (past a title: "un proche de Mme X")
                let of = c.tok_from(e.span.start).checked_sub(1).is_some_and(|x| {
                    let x = if TITLES.contains(&c.w(x)) && x > 0 { x - 1 } else { x };
                    is_of(c.w(x)) && (k + 1..x).any(|y| other(c.w(y)))
                });
                // a group after a participle and "par" is the medium the source spoke
                // to ("une source sollicitée par l'AFP", "citée par Axios"); a person
                // there wrote it ("un appel cosigné par X")
                // (and people met by a person are not that person: "une des femmes
                // rencontrées par Jean X et Elisabeth Y")
                let people_head = (k + 1..(k + 4).min(end)).any(|x| is_person_noun(c.w(x)) || is_role_noun(c.w(x)));
                let by = |x: usize| c.w(x + 1) == "par" && PARTICIPLE_ENDINGS.iter().any(|p| c.w(x).ends_with(p));
                let agent =
                    e.kind == EntityKind::Org && !theirs && c.tok_from(e.span.start).checked_sub(2).is_some_and(by)
                        || e.kind == EntityKind::Per
                            && people_head
                            && (k..c.tok_from(e.span.start).saturating_sub(1)).any(by);
                span.contains(e.span)
                    && !agent
                    && !near
                    && (e.kind == EntityKind::Per && !of || e.kind == EntityKind::Org && !person_role)
            })
            .map(|e| e.entity.clone());
        (Speaker { span, entity, anonymous }, end, None)
    } else if let Some(sp) = bare_source(c, j, limit) {
        let after = c.tok_to(sp.span.end);
        (sp, after, None)
    } else {
        return None;
    };
    let mut end = end;
    // the description in apposition, then a medium: ", directeur du …, à L'Express"
    if let Some(d) = description {
        end = c.tok_to(d.end);
    }
    end = skip_parens(c, end, limit);
    if medium.is_none() {
        let mut m = end;
        if c.w(m) == "," && c.medium_at(m + 1).is_some() {
            m += 1;
        }
        if let Some(n) = c.medium_at(m) {
            if let Some((_, after)) = medium_name(c, m + n, limit) {
                medium = Some(c.span(m, after));
                end = skip_parens(c, after, limit);
            }
        }
    }
    Some(Found { speaker, end, description, medium })
}

/// The name of a medium at token `k`: a mention, or capitalised words, or a
/// title in quotation marks ("au \"Point\""); returns the token after it.
fn medium_name(c: &Ctx, k: usize, limit: usize) -> Option<((), usize)> {
    // "à l'AFP", "à la RTBF": the article before the name
    let k = if matches!(c.w(k), "l'" | "l’" | "la" | "le") && c.w(k + 1).starts_with(char::is_uppercase) {
        k + 1
    } else {
        k
    };
    // "confie à franceinfo son avocat": an outlet of our list written in lower case
    if c.w(k).starts_with(char::is_lowercase) && lexicon::is_lower_case_outlet(c.w(k)) {
        return Some(((), k + 1));
    }
    // "a confié au quotidien l'entourage de la ministre": a medium by what it is
    if is_medium_noun(c.w(k)) && !c.w(k + 1).starts_with(char::is_uppercase) {
        let mut after = k + 1;
        while after < limit
            && after < k + 3
            && c.w(after).starts_with(char::is_lowercase)
            && !DETERMINERS.contains(&c.w(after))
        {
            after += 1;
        }
        return Some(((), after));
    }
    if let Some((_, mut after)) = c.mention(k) {
        // the tagger may run a name over "que" ("sur Cnews que «…»")
        while after > k + 1 && matches!(c.w(after - 1), "que" | "qu'" | "qu’" | "that") {
            after -= 1;
        }
        // "Wall Street" + "Journal": the tagger may stop short of a title
        while after < limit && c.w(after).starts_with(char::is_uppercase) && after - k < 6 {
            after += 1;
        }
        return Some(((), after));
    }
    let mut i = k;
    let quoted = matches!(c.w(i), "\"" | "«" | "“");
    if quoted {
        i += 1;
    }
    let first = i;
    // capitalised words, with particles inside a title ("Courrier du Val", "La Voix du Nord")
    while i < limit
        && i - first < 6
        && (c.w(i).starts_with(char::is_uppercase)
            || c.w(i).chars().all(|x| x.is_ascii_digit())
            || i > first
                && matches!(c.w(i), "du" | "de" | "des" | "d'" | "d’")
                && c.w(i + 1).starts_with(char::is_uppercase))
    {
        i += 1;
    }
    if i == first {
        return None;
    }
    if quoted && matches!(c.w(i), "\"" | "»" | "”") {
        i += 1;
    }
    Some(((), i))
}

/// Skips parenthetical groups at `k` ("(article abonnés)").
fn skip_parens(c: &Ctx, mut k: usize, limit: usize) -> usize {
    while c.w(k) == "(" {
        let mut j = k + 1;
        while j < limit && c.w(j) != ")" && j - k < 12 {
            j += 1;
        }
        if c.w(j) != ")" {
            break;
        }
        k = j + 1;
    }
    k
}

/// The subject that opens the sentence starting at token `floor`, for a verb
/// at token `verb` of the same subject: a subject pronoun, or a person or a
/// group mentioned first (after a determiner, a title or its role) and followed
/// by a verb, or, with `apposition`, by a comma ("X, qui …, affirme que").
fn sentence_subject(c: &Ctx, floor: usize, verb: usize, apposition: bool) -> Option<Found> {
    if is_subject_pronoun(c.w(floor)) && !apposition {
        let sp = Speaker { span: c.toks[floor].span, entity: None, anonymous: false };
        return Some(Found { speaker: sp, end: verb, description: None, medium: None });
    }
    let speaks = |e: &EntityMention| matches!(e.kind, EntityKind::Per | EntityKind::Org) || e.stands_for.is_some();
    let first = c
        .ents
        .iter()
        .find(|e| e.span.start >= c.toks[floor].span.start && c.tok_to(e.span.end) <= verb && speaks(e))?;
    let at = c.tok_from(first.span.start);
    let role_first = first.role.is_some_and(|r| r.start < first.span.start && c.tok_from(r.start) <= floor + 1);
    // (or after an introductory phrase and its comma, with no verb: "Dans la suite de
    // l'entretien, Claire X a confessé : « … »")
    // (not a view given to someone: "Pour lui, Donald X est en dessous de tout : « … »")
    let introduced = at > floor + 1
        && at <= floor + 9
        && c.w(at - 1) == ","
        && !matches!(c.w(floor), "Pour" | "pour" | "Selon" | "selon" | "D'après" | "D’après")
        && !(floor..at - 1).any(|x| is_stop(c.w(x)) || is_cue_verb(c.w(x)) || is_aux(c.w(x)) || c.mention(x).is_some());
    let opens = at <= floor + 1
        || role_first
        || introduced
        || (floor..at).all(|x| DETERMINERS.contains(&c.w(x)) || TITLES.contains(&c.w(x)));
    let next = c.tok_to(first.span.end);
    // (or by a relative clause: "Pierre X qui, comme Y, a décroché …, a affirmé")
    let followed = if apposition { matches!(c.w(next), "," | "qui") } else { !is_stop(c.w(next)) };
    if opens && next < verb && followed {
        let sp = Speaker { span: first.span, entity: Some(first.entity.clone()), anonymous: false };
        return Some(Found { speaker: sp, end: verb, description: first.role, medium: None });
    }
    None
}

/// Whether "ce qui" (`Some(true)`) or "ce que" (`Some(false)`) stands right before
/// token `k`: "ce qui confirme" tells a fact, "ce que confirme X" puts its subject after
/// the verb.
fn ce_relative(c: &Ctx, k: usize) -> Option<bool> {
    if k < 2 || !matches!(c.w(k - 2), "ce" | "Ce" | "c'" | "C'" | "c’" | "C’") {
        return None;
    }
    match c.w(k - 1) {
        "qui" => Some(true),
        "que" | "qu'" | "qu’" => Some(false),
        _ => None,
    }
}

/// A word past its elided article or preposition: "Intérieur" for "l'Intérieur",
/// "Unédic" for "d'Unédic".
fn past_elision(w: &str) -> &str {
    ["l'", "l’", "d'", "d’"].iter().find_map(|d| w.strip_prefix(d)).unwrap_or(w)
}

/// The speaker named before a cue ending at token `cue_start`: the mention
/// ending there, a subject pronoun, or a role phrase.
fn speaker_before(c: &Ctx, cue_start: usize, floor: usize) -> Option<Found> {
    if cue_start == 0 || cue_start <= floor {
        return None;
    }
    let mut prev = cue_start - 1;
    // "Santé publique France a cette fois noté": a time phrase and an auxiliary between
    // the subject and a cue read from its participle
    if let Some(t) = (2..=3).find(|&t| prev + 1 > t && time_phrase(c, prev + 1 - t) == Some(t)) {
        let mut p = prev + 1 - t;
        if p > floor + 1 && is_aux(c.w(p - 1)) {
            p -= 1;
        }
        if p > floor + 1 {
            prev = p - 1;
        }
    }
    // "des responsables anonymes cités par le New York Times ont indiqué que": the
    // medium that quotes them is not the subject
    // (or "X, cité par franceinfo, souligne que")
    let comma = usize::from(cue_start > 0 && c.w(cue_start - 1) == ",");
    let quoted_by = c.ents.iter().find(|e| c.tok_to(e.span.end) + comma == cue_start).and_then(|e| {
        let at = c.tok_from(e.span.start);
        let by = if DETERMINERS.contains(&c.w(at.checked_sub(1)?)) { at.checked_sub(2)? } else { at.checked_sub(1)? };
        let participle = by.checked_sub(1)?;
        let p = recoupe_text::fold::fold_word(c.w(participle));
        let quoting = ["cite", "interroge", "contacte", "joint", "sollicite", "interviewe"]
            .iter()
            .any(|x| p.strip_prefix(x).is_some_and(|rest| matches!(rest, "" | "e" | "s" | "es")))
            || matches!(p.as_ref(), "quoted" | "cited" | "interviewed" | "contacted");
        (matches!(c.w(by), "par" | "by") && quoting && participle > floor).then_some(participle)
    });
    // (a subject the reader cannot take leaves the mention as it was)
    if let Some(f) = quoted_by.and_then(|participle| speaker_before(c, participle, floor)) {
        return Some(Found { end: cue_start, ..f });
    }
    // "ce qui confirme", "ce qui suggère": a fact, no one's words; "ce qu'assure X": the
    // subject follows the verb
    if prev > floor && ce_relative(c, prev + 1).is_some() {
        return None;
    }
    if is_subject_pronoun(c.w(prev)) {
        let sp = Speaker { span: c.toks[prev].span, entity: None, anonymous: false };
        return Some(Found { speaker: sp, end: cue_start, description: None, medium: None });
    }
    // "l'ANSM (Agence nationale de sécurité du médicament) indique": the subject
    // before the brackets
    if c.w(prev) == ")" {
        if let Some(open) = (prev.saturating_sub(14).max(floor)..prev).rev().find(|&x| c.w(x) == "(") {
            if open > floor {
                return speaker_before(c, open, floor).map(|f| Found { end: cue_start, ..f });
            }
        }
    }
    // the mention ending right before the cue, or before its apposition ("X, directeur de…, a déclaré")
    if c.w(prev) == "," && prev > floor {
        // (a relative clause set off by commas is no apposition: "L'ancien ministre, que
        // la « tristesse étreint » concernant Alstom, affirme" is the minister, "Ces
        // manifestants, dont la liste est emmenée par X, ont fait savoir" the protesters)
        let relative = (floor + 1..prev)
            .rev()
            .take(16)
            .find(|&x| c.w(x) == ",")
            .filter(|&x| matches!(c.w(x + 1), "que" | "qu'" | "qu’" | "dont" | "où"));
        if let Some(x) = relative {
            if let Some(f) = speaker_before(c, x, floor) {
                return Some(Found { end: cue_start, ..f });
            }
        }
        prev -= 1;
    }
    let end_byte = c.toks[prev].span.end;
    let speaks = |e: &EntityMention| matches!(e.kind, EntityKind::Per | EntityKind::Org) || e.stands_for.is_some();
    let in_sentence = |e: &EntityMention| e.span.start >= c.toks[floor].span.start && c.tok_to(e.span.end) <= cue_start;
    // a person whose apposition ends at the cue outranks a name inside that apposition
    let m = c
        .ents
        .iter()
        .rev()
        .find(|e| {
            e.kind == EntityKind::Per
                && in_sentence(e)
                && e.role.is_some_and(|r| r.end == end_byte && r.start > e.span.end)
        })
        .or_else(|| {
            // not the complement of an apposition ("a student from Port Esquel, said")
            c.ents.iter().rev().find(|e| {
                // (past the article: "directeur de la Canadian Opera Company,")
                let before = c.tok_from(e.span.start).checked_sub(1).map(|x| {
                    if matches!(c.w(x), "la" | "le" | "l'" | "l’" | "les" | "the") && x > 0 {
                        c.w(x - 1)
                    } else {
                        c.w(x)
                    }
                });
                let complement = before.is_some_and(|w| {
                    matches!(
                        w,
                        "from"
                            | "of"
                            | "in"
                            | "at"
                            | "for"
                            | "de"
                            | "du"
                            | "des"
                            | "à"
                            | "au"
                            | "aux"
                            | "d'"
                            | "d’"
                            | "chez"
                            | "sous"
                    )
                });
                speaks(e) && in_sentence(e) && e.span.end == end_byte && !(complement && c.w(prev + 1) == ",")
            })
        });
    // "Floriant Rémont, à la tête de trois restaurants…, renchérit", "Marley Anderson,
    // 21, a junior from Las Vegas, said": a name before an apposition the role reader
    // did not take
    let m = m.or_else(|| {
        if c.w(prev + 1) != "," {
            return None;
        }
        // (not a name compared with, "X qui, comme Pierre Y, a décroché…, a affirmé")
        let compared = |e: &EntityMention| {
            c.tok_from(e.span.start)
                .checked_sub(1)
                .is_some_and(|x| matches!(c.w(x), "comme" | "Comme" | "like" | "Like"))
        };
        // (nor the object of a relative clause on the subject: "X, qui a côtoyé sœur
        // Emmanuelle, pendant …, affirme" is X)
        let in_relative = |e: &EntityMention| {
            let k = c.tok_from(e.span.start);
            (floor..k).rev().take(10).find(|&x| c.w(x) == ",").is_some_and(|x| matches!(c.w(x + 1), "qui" | "who"))
        };
        (floor..prev).rev().take(24).filter(|&x| c.w(x) == ",").find_map(|comma| {
            let end = c.toks[comma.checked_sub(1)?].span.end;
            c.ents.iter().rev().find(|e| {
                e.kind == EntityKind::Per && in_sentence(e) && e.span.end == end && !compared(e) && !in_relative(e)
            })
        })
    });
    // "Barkley, who said he…", "Smith, qui a expliqué que…": the name before the relative
    // ("Le syndicat a rencontré Paul X qui dénonce « … »": a person's relative without
    // its comma)
    let m = m.or_else(|| {
        if !matches!(c.w(prev), "who" | "qui") || prev <= floor {
            return None;
        }
        let end = c.toks[prev - 1].span.end;
        c.ents.iter().rev().find(|e| e.kind == EntityKind::Per && in_sentence(e) && e.span.end == end)
    });
    let m = m.or_else(|| {
        if !matches!(c.w(prev), "who" | "qui") || prev < floor + 2 || c.w(prev - 1) != "," {
            return None;
        }
        let end = c.toks[prev - 2].span.end;
        // (the relative is the person's when the name ending there is the group of the
        // person's apposition: "Léa X, députée La France insoumise, qui dit")
        c.ents
            .iter()
            .rev()
            .find(|e| e.kind == EntityKind::Per && in_sentence(e) && e.role.is_some_and(|r| r.end == end))
            .or_else(|| c.ents.iter().rev().find(|e| speaks(e) && in_sentence(e) && e.span.end == end))
    });
    // "Ce Meilleur Ouvrier de France prédit": a demonstrative phrase points back
    let m = m.filter(|e| {
        let k = c.tok_from(e.span.start);
        !(k.saturating_sub(2)..k).any(|x| matches!(c.w(x), "Ce" | "Cet" | "Cette" | "ce" | "cet" | "cette"))
    });
    // "la ministre du Travail a estimé": the group is the complement of a person's
    // role, the speaker is the role phrase
    // (and so is a person named as the complement of someone's role or relation:
    // "l'épouse de Patrick X a indiqué", "l'avocat de Y estime")
    // (not a name in apposition to its own role: "son fils Sébastien X", "la chanteuse Y")
    let m = m.filter(|e| {
        let k = c.tok_from(e.span.start);
        !(complement_of_role(c, k, floor) && (e.kind != EntityKind::Per || k > 0 && is_of(c.w(k - 1))))
    });
    if m.is_none() {
        if let Some(f) = group_subject(c, prev, floor, cue_start) {
            return Some(f);
        }
        // "Wilson praised Rubio's positions and said…", "Elle a salué … et a ajouté
        // que…": a second verb of the sentence's subject
        if matches!(c.w(prev), "and" | "et") {
            if let Some(f) = sentence_subject(c, floor, prev, false) {
                return Some(Found { end: cue_start, ..f });
            }
            // no one who speaks before "et": the words before are no role phrase either
            if !c.ents.iter().any(|e| speaks(e) && in_sentence(e)) {
                return None;
            }
        }
        // "Le président X, qui a lancé … d'une « agression terroriste » …, affirme
        // que": the subject before a relative clause longer than the apposition
        // reader's reach
        if c.w(prev + 1) == "," {
            if let Some(f) = sentence_subject(c, floor, prev, true) {
                return Some(Found { end: cue_start, ..f });
            }
        }
    }
    let Some(m) = m else {
        // "le Président kazakh a affirmé que…": a role phrase as subject, resolved to
        // the person the article gave that role ("dans Le Parisien qui précise que": the
        // phrase before the relative pronoun)
        if c.w(prev) == "qui" && prev > floor + 1 {
            prev -= 1;
        }
        let mut s = prev + 1;
        // (a preposition before ends the phrase: "le propriétaire dans Le Parisien qui précise")
        while s > floor
            && s + 8 > prev
            && !is_stop(c.w(s - 1))
            && !matches!(c.w(s - 1), "dans" | "sur" | "par" | "avec" | "chez" | "à" | "au" | "aux")
        {
            s -= 1;
            // "de l'hebdomadaire": a complement's article, the phrase starts further back;
            // so does a capitalised article inside a name ("des députés Les Républicains")
            let in_name = s > floor
                && (c.w(s).starts_with(char::is_uppercase) && c.w(s + 1).starts_with(char::is_uppercase)
                    // "le chef de file des députés": "des" after a noun is "de les"
                    || matches!(c.w(s), "des" | "du") && c.w(s - 1).starts_with(char::is_lowercase) && !is_cue_verb(c.w(s - 1)));
            if (DETERMINERS.contains(&c.w(s)) || QUANTIFIERS.contains(&c.w(s)))
                && !(s > floor && matches!(c.w(s - 1), "de" | "d'" | "d’"))
                && !in_name
            {
                break;
            }
        }
        // (a phrase after a preposition is a complement: "Philippe X, le successeur de
        // Delphine Y, démissionnaire sous le gouvernement Ayrault II raconte" is X)
        if s > floor
            && matches!(
                c.w(s - 1),
                "sous" | "de" | "du" | "des" | "d'" | "d’" | "contre" | "entre" | "après" | "avant" | "depuis"
            )
            && DETERMINERS.contains(&c.w(s))
        {
            if let Some(f) = sentence_subject(c, floor, prev, true) {
                return Some(Found { end: cue_start, ..f });
            }
        }
        let demonstrative = matches!(c.w(s), "Ce" | "Cet" | "Cette" | "ce" | "cet" | "cette");
        // a person's role, or a medium speaking as such ("le quotidien britannique note que")
        // (or an inhabitant: "le jeune Isérois de 19 ans estime que")
        // (or the people around someone: "l'entourage de Muriel X a indiqué que")
        let around = s < prev && is_entourage_noun(c.w(s + 1));
        let speaking = |x: usize| {
            is_role_noun(c.w(x)) || is_medium_noun(c.w(x)) || is_inhabitant_noun(c.w(x)) || around && x == s + 1
        };

        // (or a group or a writing as the phrase's head: "la direction de l'hôpital
        // affirme que", "le rectorat a indiqué", "le rapport précise que")
        let head = recoupe_text::fold::fold_word(c.w(s + 1));
        let group = s < prev && (is_group_noun(&head) || lexicon::is_document_noun(&head));
        let quantified = QUANTIFIERS.contains(&c.w(s));
        if !(DETERMINERS.contains(&c.w(s)) || quantified) || !(demonstrative || group || (s + 1..=prev).any(speaking)) {
            return None;
        }
        // (without the auxiliary of a cue read from its participle, nor its adverbs:
        // "les associations ont dénoncé « … »", "L'homme fort du parti X avait déjà
        // précisé")
        let mut e = prev + 1;
        // (not words in -ment: "le chef du gouvernement")
        while e > s + 2 && (is_cue_adverb(c.w(e - 1)) || c.w(e - 1) == "ainsi") {
            e -= 1;
        }
        // (an adverb in -ment right after an auxiliary: "L'acteur s'est longuement confié")
        if e > s + 3
            && ment_adverb(c.w(e - 1))
            && (is_aux(c.w(e - 2)) || matches!(c.w(e - 2), "est" | "sont" | "était"))
        {
            e -= 1;
        }
        // (and a reflexive's auxiliary: "Le leader insoumis s'est également dit")
        if e > s + 3 && matches!(c.w(e - 1), "est" | "sont" | "était") && matches!(c.w(e - 2), "s'" | "s’" | "se") {
            e -= 2;
        }
        let span = c.span(s, if e > s + 2 && is_aux(c.w(e - 1)) { e - 1 } else { e });
        // several of them speak, none by name, nor their group as a whole
        if quantified {
            let speaker = Speaker { span, entity: None, anonymous: false };
            return Some(Found { speaker, end: cue_start, description: None, medium: None });
        }
        // people around someone are unnamed, not that person; the phrase is its noun
        // and whose they are ("Son entourage avait auparavant souligné", "les proches
        // de Laeticia X ont annoncé")
        if around {
            let stop = |x: usize| {
                is_aux(c.w(x))
                    || is_cue_adverb(c.w(x))
                    || matches!(
                        c.w(x),
                        "en" | "auparavant"
                            | "alors"
                            | "aussi"
                            | "déjà"
                            | "pourtant"
                            | "toutefois"
                            | "ainsi"
                            | "encore"
                    )
            };
            let mut z = s + 2;
            while z < e && !stop(z) {
                z += 1;
            }
            let span = c.span(s, z.max(s + 2));
            let speaker = Speaker { span, entity: None, anonymous: false };
            return Some(Found { speaker, end: cue_start, description: None, medium: None });
        }
        if group && !(s + 1..=prev).any(speaking) {
            // a person named in apposition inside the phrase ("L'homme fort d'EELV
            // Yannick X"), else the group named inside it, if any ("la direction de l'OM")
            let apposed = |e: &&EntityMention| {
                e.kind == EntityKind::Per
                    && span.contains(e.span)
                    && !c.tok_from(e.span.start).checked_sub(1).is_some_and(|x| is_of(c.w(x)))
            };
            let entity = c
                .ents
                .iter()
                .rev()
                .find(apposed)
                .or_else(|| c.ents.iter().rev().find(|e| e.kind == EntityKind::Org && span.contains(e.span)))
                .map(|e| e.entity.clone());
            let speaker = Speaker { span, entity, anonymous: false };
            return Some(Found { speaker, end: cue_start, description: None, medium: None });
        }
        let role = fold_phrase(&span.slice(c.text)[c.w(s).len()..]);
        let entity = c
            .ents
            .iter()
            .rev()
            .filter(|e| e.kind == EntityKind::Per && e.span.end <= span.start)
            .find(|e| e.role.is_some_and(|r| fold_phrase(r.slice(c.text)).ends_with(role.as_str())))
            .or_else(|| {
                // else the last person whose role has the same head ("président")
                let head = role.split(' ').find(|w| is_role_noun(w))?;
                c.ents
                    .iter()
                    .rev()
                    .filter(|e| e.kind == EntityKind::Per && e.span.end <= span.start)
                    .find(|e| e.role.is_some_and(|r| fold_phrase(r.slice(c.text)).split(' ').any(|w| w == head)))
            })
            .map(|e| e.entity.clone());
        let anonymous = matches!(c.w(s), "un" | "une" | "a" | "an" | "Un" | "Une" | "A" | "An");
        return Some(Found {
            speaker: Speaker { span, entity, anonymous },
            end: cue_start,
            description: None,
            medium: None,
        });
    };
    let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
    Some(Found { speaker: sp, end: cue_start, description: m.role, medium: None })
}

/// A group or a share of people as the subject of a reporting verb, the phrase
/// ending at token `prev`: "Twenty-four percent", "Nearly half", "three-quarters of
/// the voters", "more than 4 in 10", "Officials", "Les syndicats". Unnamed, not
/// anonymous: they speak as a group.
fn group_subject(c: &Ctx, prev: usize, floor: usize, cue_start: usize) -> Option<Found> {
    let head = recoupe_text::fold::fold_word(c.w(prev));
    let share =
        matches!(head.as_ref(), "percent" | "%" | "half" | "third" | "thirds" | "quarter" | "quarters" | "majority")
            || (prev >= 2 && c.w(prev - 1) == "in" && c.w(prev).bytes().all(|b| b.is_ascii_digit()));
    // people, and writings that speak for someone ("A news report published Wednesday said")
    let people = lexicon::is_speaking_group(&head);
    if !share && !people {
        return None;
    }
    // back to the start of the phrase: words, numbers, "of the", no punctuation or verb
    let mut s = prev;
    while s > floor && prev - s < 7 {
        let w = c.w(s - 1);
        let fw = recoupe_text::fold::fold_word(w);
        let part = w.chars().next().is_some_and(char::is_alphanumeric)
            && !is_cue_verb(w)
            && !matches!(fw.as_ref(), "and" | "but" | "while" | "that" | "who" | "et" | "mais" | "que" | "qui");
        if !part {
            break;
        }
        s -= 1;
    }
    // a bare plural noun only as the whole subject ("Officials said"), not the end of
    // a longer phrase ("the report by officials said")
    if people
        && s < prev
        && matches!(recoupe_text::fold::fold_word(c.w(s)).as_ref(), "by" | "of" | "from" | "to" | "par" | "de" | "des")
    {
        return None;
    }
    // unnamed officials are an anonymous source, as after the verb ("…, officials said")
    let anonymous = matches!(head.as_ref(), "officials" | "aides" | "investigators");
    let sp = Speaker { span: c.span(s, prev + 1), entity: None, anonymous };
    Some(Found { speaker: sp, end: cue_start, description: None, medium: None })
}

/// A noun of kinship or partnership (folded): someone quoted as "la mère" is not
/// the one quoted next as "l'enseignante".
fn is_relative_noun(w: &str) -> bool {
    matches!(
        w,
        "mere"
            | "pere"
            | "maman"
            | "papa"
            | "fille"
            | "fils"
            | "epouse"
            | "mari"
            | "soeur"
            | "frere"
            | "grand-mere"
            | "grand-pere"
            | "oncle"
            | "tante"
            | "veuve"
            | "veuf"
            | "compagne"
            | "compagnon"
            | "cousin"
            | "cousine"
    )
}

/// The people a trade serves, by which a text names its holder: "les élèves
/// d'Anne X" is the teacher, "les patients du docteur Y" the doctor.
fn trade_people(head: &str) -> Option<&'static [&'static str]> {
    Some(match head {
        "enseignant" | "enseignante" | "maitre" | "maitresse" | "instituteur" | "institutrice" | "professeur"
        | "professeure" => &["eleves", "ecoliers", "classe"],
        "medecin" | "infirmier" | "infirmiere" => &["patients", "patientes"],
        "avocat" | "avocate" => &["client", "cliente", "clients"],
        _ => return None,
    })
}

/// A trade one is trained for (folded), whose holder is not someone quoted under
/// another role.
fn is_trade_noun(w: &str) -> bool {
    matches!(
        w,
        "enseignant"
            | "enseignante"
            | "maitre"
            | "maitresse"
            | "instituteur"
            | "institutrice"
            | "medecin"
            | "infirmier"
            | "infirmiere"
            | "pharmacien"
            | "pharmacienne"
            | "policier"
            | "policiere"
            | "gendarme"
            | "avocat"
            | "avocate"
            | "agriculteur"
            | "agricultrice"
            | "eleveur"
            | "eleveuse"
            | "boulanger"
            | "boulangere"
            | "restaurateur"
            | "restauratrice"
    )
}

/// A word that makes what follows a complement ("la nièce de X", "l'avocat d'Y").
fn is_of(w: &str) -> bool {
    matches!(w, "de" | "d'" | "d’" | "du" | "des" | "of")
}

/// Whether `before` (the text up to a name) ends on a complement's preposition.
fn ends_with_of(before: &str) -> bool {
    before.trim_end().rsplit(' ').next().is_some_and(|w| matches!(w, "de" | "du" | "des" | "d'" | "d’"))
}

/// Whether the mention at token `k` completes a person's role before it ("la
/// ministre du Travail", "le porte-parole de l'OTAN").
fn complement_of_role(c: &Ctx, k: usize, floor: usize) -> bool {
    let mut p = k;
    // "de la", "de l'", "du", "des", "d'"
    while p > floor && matches!(c.w(p - 1), "du" | "de" | "des" | "d'" | "d’" | "la" | "l'" | "l’" | "of" | "the") {
        p -= 1;
    }
    // "des députés Les Républicains", "un élu PS": the group names the role's party
    if p == k && k > floor + 1 && is_role_noun(c.w(k - 1)) {
        let before = c.w(k - 2);
        return DETERMINERS.contains(&before) || matches!(before, "des" | "du" | "de" | "d'" | "d’");
    }
    if p == k || p <= floor {
        return false;
    }
    let head = p - 1;
    // (an adjective may come between: "l'ancien directeur du FMI")
    let mut d = head;
    while d > floor + 1
        && matches!(
            c.w(d - 1),
            "ancien" | "ancienne" | "nouveau" | "nouvelle" | "actuel" | "actuelle" | "former" | "new"
        )
    {
        d -= 1;
    }
    // (or the people around someone: "l'entourage d'Emmanuel X a décrit")
    (is_role_noun(c.w(head)) || is_entourage_noun(c.w(head))) && d > floor && DETERMINERS.contains(&c.w(d - 1))
}

fn fold_phrase(s: &str) -> String {
    s.split_whitespace().map(|w| recoupe_text::fold::fold_word(w).into_owned()).collect::<Vec<_>>().join(" ")
}

/// Pairs of quotation marks in a paragraph, as byte offsets of the marks.
fn mark_pairs(text: &str, p: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut inner_end: Option<usize> = None;
    // an odd count of straight marks in the paragraph: one of them is stray
    let mut stray = text[p.start..p.end].matches('"').count() % 2 == 1;
    for (i, ch) in text[p.start..p.end].char_indices() {
        let at = p.start + i;
        match ch {
            '«' | '“' | '„' if open.is_none() => open = Some((at, ch)),
            '»' | '”' => {
                if let Some((o, _)) = open.take() {
                    out.push((o, at));
                }
            }
            '"' => {
                // a straight mark closes when it follows a word and is not followed by
                // one (machine translation mixes « with ")
                let prev = text[..at].chars().next_back();
                let before = prev.is_some_and(|b| !b.is_whitespace());
                let after = text[at + 1..].chars().next().is_none_or(|x| !x.is_alphanumeric());
                // a title in brackets quoted inside a straight quote: « "… son livre ("Les
                // Leçons du pouvoir"), il a raison" »: the inner pair is skipped
                // (or a title quoted inside a straight quote, the sentence going on in
                // lower case after it: « "… sur un épisode de "Joséphine, ange gardien"
                // pour tweeter …", a posté X »)
                if open.is_some_and(|(_, m)| m == '"') {
                    if inner_end == Some(at) {
                        inner_end = None;
                        continue;
                    }
                    if inner_end.is_none() && !after && (matches!(prev, Some('(' | '[')) || !before) {
                        let bracket = matches!(prev, Some('(' | '['));
                        let close = text[at + 1..p.end].find('"').map(|x| at + 1 + x).filter(|&x| {
                            let tail = &text[x + 1..p.end];
                            !text[..x].ends_with(char::is_whitespace)
                                && if bracket {
                                    tail.starts_with([')', ']', ','])
                                } else {
                                    tail.starts_with(' ') && tail[1..].starts_with(char::is_lowercase)
                                }
                        });
                        if let Some(x) = close {
                            inner_end = Some(x);
                            continue;
                        }
                    }
                }
                match open {
                    Some((o, _)) if before && after => {
                        out.push((o, at));
                        open = None;
                    }
                    // a mark shaped to open (" sont") inside an open quote is a stray
                    // one: the quote goes on to a mark shaped to close, and the marks
                    // after it keep their pairs
                    Some((_, '"')) if !before && !after => {}
                    Some((o, '"')) => {
                        out.push((o, at));
                        open = None;
                    }
                    Some(_) => {}
                    // no quote open, an odd count of marks, and a mark after the end of
                    // a sentence and before a space ("- C'est moi!" Rachida X en est …: a
                    // dialogue opened by a dash): that mark is the stray one, opening there
                    // would pair every later mark the wrong way round (with an even count
                    // it opens, the space misplaced: `pays." L'intégrité …", a-t-il dit`)
                    None if stray
                        && matches!(prev, Some('!' | '?' | '.' | '…'))
                        && text[at + 1..].chars().next().is_none_or(char::is_whitespace) =>
                    {
                        stray = false;
                    }
                    None => open = Some((at, '"')),
                }
            }
            _ => {}
        }
    }
    // an unclosed quote runs to the end of its paragraph (French convention: the
    // next paragraph reopens it)
    if let Some((o, _)) = open {
        out.push((o, p.end));
    }
    out
}

fn words_in(text: &str, s: Span) -> usize {
    s.slice(text).split_whitespace().count()
}

fn trim(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    let a =
        s.start + (t.len() - t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | ',' | ';')).len());
    let b = s.end - (t.len() - t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';')).len());
    Span::new(a, b.max(a))
}

/// The attribution of a direct quote closing at byte `close`: after it (", a
/// déclaré X", "Smith said", a name with no verb), inside it (an incise), or
/// before it in its sentence ("X a déclaré : «").
fn attribute(c: &Ctx, open: usize, close: usize, sent_start: usize, sent_end: usize) -> Option<(Option<Cue>, Found)> {
    let limit = c.tok_to(sent_end).max(c.tok_from(close));
    let mut k = c.tok_from(close + 1);
    // skip the closing mark and a comma
    while k < limit && matches!(c.w(k), "»" | "\"" | "”" | "," | "(...)") {
        k += 1;
    }
    // (no attribution after a paragraph break: "« … »\n\nSelon une étude, …")
    let next_paragraph =
        c.toks.get(k).is_some_and(|t| c.text.get(close..t.span.start).is_some_and(|g| g.contains('\n')));
    if next_paragraph {
        // (the readers after the quote then find nothing: only the one before it reads)
        k = c.toks.len();
    }
    if let Some(cue) = cue_at(c, k) {
        if let Some(p) = cue.pronoun {
            return Some((Some(cue), pronoun_speaker(c, cue, p)));
        }
        if let Some(f) = speaker_at(c, cue.end, limit.max(cue.end + 16).min(c.toks.len())) {
            return Some((Some(cue), f));
        }
        if let Some(f) = speaker_after_circumstance(c, cue.end, limit) {
            return Some((Some(cue), f));
        }
    }
    // an incise with a verb the lexicon lacks: « … », a complété le magistrat
    if k > 0 && c.w(k - 1) == "," {
        if let Some(cue) = loose_incise(c, k) {
            // "« … », a-t-il professé": the inverted pronoun speaks
            if let Some(p) = cue.pronoun {
                return Some((Some(cue), pronoun_speaker(c, cue, p)));
            }
            if let Some(f) = speaker_at(c, cue.end, limit.max(cue.end + 16).min(c.toks.len())) {
                let e = skip_parens(c, f.end, limit.max(f.end + 1));
                // (someone who speaks: a name, or a noun of people or sources after
                // its determiner; not the object of an unknown verb: « … », avait
                // ouvert des comptes bancaires)
                let at = c.tok_from(f.speaker.span.start);
                // (the noun after an adjective that comes first: "le Premier ministre")
                let head =
                    if pre_nominal(c.w(at + 1)) && is_role_noun(c.w(at + 2)) { c.w(at + 2) } else { c.w(at + 1) };
                let speaking = c.mention(at).is_some()
                    || DETERMINERS.contains(&c.w(at))
                        && (is_role_noun(head)
                            || is_entourage_noun(head)
                            || is_medium_noun(head)
                            || is_inhabitant_noun(head)
                            || lexicon::is_speaking_noun(&recoupe_text::fold::fold_word(head)));
                let gerund = c.w(e) == "en" && c.w(e + 1).ends_with("ant");
                // (a person named right after a present-tense verb may go on: "anticipe X à
                // propos de Y")
                let named_after_present = cue.end == cue.start + 1 && c.mention(at).is_some();
                // (or a colon, more words of the speaker's after it: "…, observe la géographe:
                // ainsi « … »")
                if speaking && (e >= limit || gerund || named_after_present || matches!(c.w(e), "." | "," | ";" | ":"))
                {
                    return Some((Some(cue), f));
                }
            }
        }
    }
    // English order: "…," Smith said / he said (in French, not before an object: "Dans
    // « … », X reprend 15 titres")
    if let Some((m, after)) = c.mention(k) {
        let object = |cue: &Cue| {
            let w = c.w(cue.end);
            c.fr && (w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() || DETERMINERS.contains(&w))
        };
        if let Some(cue) = cue_at(c, after).filter(|cue| !object(cue)) {
            let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
            return Some((Some(cue), Found { speaker: sp, end: after, description: m.role, medium: None }));
        }
        // a name right after the quote, with its role and no verb: a pull quote's attribution
        if m.kind == EntityKind::Per && (c.w(after) == "," || after >= limit) && c.tok_from(m.span.start) == k {
            let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
            return Some((None, Found { speaker: sp, end: after, description: m.role, medium: None }));
        }
    }
    if is_subject_pronoun(c.w(k)) {
        if let Some(cue) = cue_at(c, k + 1) {
            let sp = Speaker { span: c.toks[k].span, entity: None, anonymous: false };
            return Some((Some(cue), Found { speaker: sp, end: cue.end, description: None, medium: None }));
        }
    }
    // "…" selon La Croix
    if matches!(c.w(k), "selon" | "Selon") {
        if let Some(f) = speaker_at(c, k + 1, limit.max(k + 12).min(c.toks.len())) {
            return Some((Some(Cue { start: k, end: k + 1, pronoun: None }), f));
        }
    }
    // the attribution closing the sentence: La Russie "a des intérêts…" chez son
    // voisin, rappelle Jean de Gliniasty, de l'Iris.
    // Other quotes of the sentence may come first: « A » et « B », a-t-il dit.
    for k2 in k..limit {
        if c.w(k2) == "." {
            break;
        }
        if c.w(k2) != "," {
            continue;
        }
        // ("« … » via les questeurs, retrace-t-il": a verb the lexicon lacks, inverted)
        if let Some(cue) = cue_at(c, k2 + 1).or_else(|| inverted_present(c, k2 + 1)) {
            // "…, a-t-il dit en marge du forum.": an inverted pronoun attributes whatever follows
            if let Some(p) = cue.pronoun {
                return Some((Some(cue), pronoun_speaker(c, cue, p)));
            }
            let found = speaker_at(c, cue.end, limit.max(cue.end + 12).min(c.toks.len()))
                .or_else(|| speaker_after_circumstance(c, cue.end, limit));
            // with the auxiliary first ("…, a annoncé le ministre X"), only a speaker who is
            // a named person or group, not any noun phrase
            // (or a role: "…, a souligné le ministre.")
            // (or a noun of people, sources, media or groups: "…, a précisé la police.")
            // (or, closing the sentence, any definite phrase of a few words: "« … », à
            // l'écart du public, a indiqué le parc.")
            let role = found.as_ref().is_some_and(|f| {
                let (at, to) = (c.tok_from(f.speaker.span.start), c.tok_to(f.speaker.span.end));
                DETERMINERS.contains(&c.w(at))
                    && (is_role_noun(c.w(at + 1))
                        || names_a_speaker(c, at, to)
                        || to - at <= 4 && matches!(c.w(to), "." | "") && definite_subject(c, at, to))
            });
            let named =
                found.as_ref().is_some_and(|f| f.speaker.entity.is_some()) || c.mention(cue.end).is_some() || role;
            if is_aux(c.w(k2 + 1)) && !named {
                continue;
            }
            if let Some(f) = found {
                let e = skip_parens(c, f.end, limit.max(f.end + 1));
                // (or where it was said, to the end of the sentence: "…, a expliqué la
                // préfecture dans un communiqué.")
                // (or when and where: "…, a déclaré le chef de l'Etat à quelques heures d'un
                // sommet (…) à Porticcio, en Corse.")
                let occasion =
                    matches!(c.w(e), "dans" | "lors" | "sur" | "auprès" | "devant" | "à" | "avant" | "après")
                        && (e + 1..limit)
                            .take_while(|&x| c.w(x) != ".")
                            .all(|x| (!is_stop(c.w(x)) || matches!(c.w(x), "," | "(" | ")")) && !is_cue_verb(c.w(x)));
                if e >= limit || occasion || matches!(c.w(e), "." | "," | ";") {
                    return Some((Some(cue), f));
                }
            }
        }
    }
    // before: "X a déclaré : «", "X estime que «", "Smith said: \""
    let o = c.tok_to(open);
    // "Pour Frédéric Roussel, cofondateur d'Acted, « … »": the person the view is given to,
    // an apposition without a verb between
    if o >= 2 && c.w(o - 1) == "," {
        let floor = c.tok_from(sent_start);
        let pour = (floor..o - 1).rev().take(14).find(|&x| matches!(c.w(x), "Pour" | "pour"));
        if let Some((m, after)) = pour.and_then(|x| c.mention(x + 1)).filter(|(m, _)| m.kind == EntityKind::Per) {
            let between = after..o - 1;
            if (after == o - 1 || c.w(after) == ",")
                && !between.clone().any(|x| is_cue_verb(c.w(x)) || is_aux(c.w(x)) || is_stop(c.w(x)) && c.w(x) != ",")
            {
                let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
                let description = (after + 1 < o - 1).then(|| c.span(after + 1, o - 1));
                let mk = c.tok_from(m.span.start);
                let cue = Cue { start: mk - 1, end: mk, pronoun: None };
                return Some((Some(cue), Found { speaker: sp, end: o, description, medium: None }));
            }
        }
    }
    let mut j = o;
    while j > 0 && matches!(c.w(j - 1), ":" | "que" | "qu'" | "qu’" | "," | "that") {
        j -= 1;
    }
    let floor = c.tok_from(sent_start);
    for back in 1..=14 {
        if j < back || j - back < floor {
            break;
        }
        let s = j - back;
        // "…, le secrétaire général X affirmant par exemple : « … »": a participle right
        // after the person it reports
        if let Some(f) = participle_after_name(c, s, j, floor) {
            return Some((Some(Cue { start: s, end: j, pronoun: None }), f));
        }
        // "Et Philippe X de poursuivre : « … »": the narrative infinitive after a name
        if let Some(f) = narrative_infinitive(c, s, j, floor) {
            return Some((Some(Cue { start: s, end: s + 2, pronoun: None }), f));
        }
        // "a publié le message suivant : « … »": a verb of writing before what it wrote
        let wrote = || {
            let v = if is_aux(c.w(s)) { s + 1 } else { s };
            let verb = matches!(
                c.w(v),
                "publié"
                    | "publie"
                    | "diffusé"
                    | "diffuse"
                    | "envoyé"
                    | "envoie"
                    | "adressé"
                    | "adresse"
                    | "partagé"
                    | "partage"
            );
            (verb && v > s && written_object(c, v + 1) == Some(j)).then_some(Cue {
                start: s,
                end: v + 1,
                pronoun: None,
            })
        };
        if let Some(cue) = cue_at(c, s).or_else(wrote) {
            // between the cue and the quote: nothing, or the medium ("explique au Wall
            // Street Journal (article en anglais) que"), or what was said ("a dénoncé le
            // fait que « … »", "a écrit le message suivant : « … »")
            let mut medium = None;
            let mut e = cue.end;
            if let Some(after) = written_object(c, e).filter(|&x| x == j) {
                e = after;
            }
            if e < j {
                if let Some(n) = c.medium_at(e) {
                    if let Some((_, after)) = medium_name(c, e + n, j) {
                        medium = Some(c.span(e, after));
                        e = skip_parens(c, after, j);
                    }
                }
            }
            if e == j {
                // "Derrière ce soja, explique-t-elle, « … »": the inverted pronoun speaks
                if let Some(p) = cue.pronoun {
                    let mut f = pronoun_speaker(c, cue, p);
                    f.medium = f.medium.or(medium);
                    return Some((Some(cue), f));
                }
                if let Some(mut f) = speaker_before(c, s, floor) {
                    f.medium = f.medium.or(medium);
                    return Some((Some(cue), f));
                }
            }
        }
    }
    // further: "X estime que cinq ans après l'attentat, « les choses ont évolué »" — the
    // quote inside the clause a reporting verb opens, with no other quote or verb between
    let lowest = o.saturating_sub(30).max(floor);
    for s in (lowest..o).rev() {
        if matches!(c.w(s), "«" | "\"" | "“" | "»" | "”" | "." | ";" | "?" | "!") {
            break;
        }
        let Some(cue) = cue_at(c, s) else { continue };
        // a medium may stand before "que": "explique au JDD qu'il n'a eu que « … »"
        let mut e = cue.end;
        let mut medium = None;
        if let Some((_, after)) = c.medium_at(e).and_then(|n| medium_name(c, e + n, o)) {
            medium = Some(c.span(e, after));
            e = after;
        }
        if !matches!(c.w(e), "que" | "qu'" | "qu’") || cue.pronoun.is_some() {
            continue;
        }
        if let Some(mut f) = speaker_before(c, s, floor) {
            f.medium = f.medium.or(medium);
            return Some((Some(cue), f));
        }
        break;
    }
    // "M. Bloomfield s'est voulu rassurant sur la gestion de l'épidémie : « … »": a colon
    // hands the quote to the person the sentence opens with
    // (a statement: long, and ending the sentence)
    let statement = words_in(c.text, Span::new(open, close)) >= MIN_QUOTE_WORDS
        && c.text[close..sent_end.max(close)]
            .chars()
            .all(|ch| matches!(ch, '»' | '"' | '”' | '.' | '!' | '?' | '…') || ch.is_whitespace());
    if o >= 2 && c.w(o - 1) == ":" && statement {
        if let Some(f) = sentence_subject(c, floor, o - 1, false) {
            let person = f.speaker.entity.as_deref().is_some_and(|e| e.starts_with("per:"))
                || is_subject_pronoun(f.speaker.span.slice(c.text));
            if person {
                return Some((None, f));
            }
        }
        if let Some(f) = role_subject(c, floor, o - 1) {
            return Some((None, f));
        }
    }
    // "Par ailleurs, a précisé la préfecture, les effectifs étant déjà « … »": an incise
    // set off by commas right after the sentence's opening word or two, its verb first
    // (French; for words of three or more)
    if c.fr && words_in(c.text, Span::new(open, close)) >= 3 {
        for k in floor..o.saturating_sub(2).min(floor + 4) {
            if c.w(k) != "," {
                continue;
            }
            let Some(cue) = cue_at(c, k + 1) else { continue };
            if cue.end >= o {
                break;
            }
            let f = match cue.pronoun {
                Some(p) => pronoun_speaker(c, cue, p),
                None => match speaker_at(c, cue.end, o) {
                    Some(f) => f,
                    None => continue,
                },
            };
            // (the incise closes on its comma, and no other verb of saying follows it)
            let closes = c.w(f.end) == ",";
            if closes && !(f.end..o).any(|x| is_cue_verb(c.w(x))) {
                return Some((Some(cue), f));
            }
        }
    }
    None
}

/// What a reporting verb says or writes before a colon or "que" (the token after it):
/// "le fait" ("a dénoncé le fait que « … »"), "le message suivant", "ces mots", "un
/// tweet" ("a publié le message suivant : « … »").
fn written_object(c: &Ctx, e: usize) -> Option<usize> {
    match (c.w(e), c.w(e + 1), c.w(e + 2)) {
        ("le", "fait", _) => Some(e + 2),
        (
            "le" | "ce" | "un" | "les" | "ces" | "des",
            "message" | "texte" | "tweet" | "mot" | "mots" | "messages",
            w,
        ) => Some(if matches!(w, "suivant" | "suivants") { e + 3 } else { e + 2 }),
        _ => None,
    }
}

/// The person named right before a reporting participle at `s` whose words run
/// to `j` (before a colon, "que" or the quote that is its object): "X affirmant par
/// exemple : « … »", "X estimant que « … »", "M. X jugeant « … »" (French; not a
/// gerund, "en affirmant", whose subject is the clause's).
fn participle_after_name(c: &Ctx, s: usize, j: usize, floor: usize) -> Option<Found> {
    if !c.fr
        || !lexicon::is_cue_participle(c.w(s))
        || cue_tail(c, s + 1) != j
        || !matches!(c.w(j), ":" | "que" | "qu'" | "qu’" | "«" | "\"" | "“")
    {
        return None;
    }
    person_ending_at(c, s, floor, |_| false).map(|m| named(m, s))
}

/// The person named before a narrative infinitive at `s` ("de poursuivre",
/// "d'ajouter") whose words run to `j`: "Et Philippe X de poursuivre : « … »",
/// "Et X, le porte-parole, de poursuivre" (French; not a noun's complement:
/// "l'ancien banquier d'affaires de Rothschild d'ajouter").
fn narrative_infinitive(c: &Ctx, s: usize, j: usize, floor: usize) -> Option<Found> {
    if !c.fr || !matches!(c.w(s), "de" | "d'" | "d’") || !lexicon::is_cue_lemma(c.w(s + 1)) || cue_tail(c, s + 2) != j
    {
        return None;
    }
    // (or after the name's apposition)
    let apposed = |m: &EntityMention| {
        c.w(s - 1) == "," && m.role.is_some_and(|r| r.start >= m.span.end && c.tok_to(r.end) == s - 1)
    };
    let m = person_ending_at(c, s, floor, apposed)?;
    (!is_of(c.w(c.tok_from(m.span.start).saturating_sub(1)))).then(|| named(m, s))
}

/// The person named within a dozen tokens before `s`, ending right before it or,
/// when `apposed` says so, before its apposition.
fn person_ending_at<'a>(
    c: &Ctx<'a>,
    s: usize,
    floor: usize,
    apposed: impl Fn(&EntityMention) -> bool,
) -> Option<&'a EntityMention> {
    (s.saturating_sub(12).max(floor)..s)
        .filter_map(|x| c.mention(x))
        .find(|(m, after)| (*after == s || apposed(m)) && m.kind == EntityKind::Per)
        .map(|(m, _)| m)
}

/// A speaker named by a mention, its role for description, its words ending at `end`.
fn named(m: &EntityMention, end: usize) -> Found {
    let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
    Found { speaker: sp, end, description: m.role, medium: None }
}

/// A person named by its role opening a sentence that names no one and has no
/// reporting verb, maybe after an introductory phrase and its comma: "Dès lors, le
/// député l'a encouragé à livrer les vidéos : « … »", "L'ancien chef de l'Etat, le ton
/// grave, a pris la parole : « … »".
fn role_subject(c: &Ctx, floor: usize, colon: usize) -> Option<Found> {
    // (no reporting verb, and no name but in an opening phrase: "Interrogés par BFM TV,
    // les parents d'une victime ne décolèrent pas : « … »")
    if (floor..colon).any(|x| is_cue_verb(c.w(x))) {
        return None;
    }
    let unnamed = |from: usize| {
        (from..colon).all(|x| c.mention(x).is_none_or(|(m, _)| !matches!(m.kind, EntityKind::Per | EntityKind::Org)))
    };
    let definite = |x: usize| matches!(c.w(x), "le" | "la" | "l'" | "l’" | "les" | "Le" | "La" | "L'" | "L’" | "Les");
    let at = if definite(floor) {
        floor
    } else {
        let comma = (floor + 1..(floor + 6).min(colon)).find(|&x| c.w(x) == ",")?;
        if (floor..comma).any(|x| is_stop(c.w(x)) || is_aux(c.w(x))) {
            return None;
        }
        comma + 1
    };
    // (a name in the opening phrase only after "par": "Selon François X, la décision
    // …" is his)
    let by = |x: usize| x > floor && c.w(x - 1) == "par";
    let source_in_opening =
        (floor..at).any(|x| c.mention(x).is_some_and(|(m, _)| m.span.start == c.toks[x].span.start) && !by(x));
    if !definite(at) || !unnamed(at) || source_in_opening {
        return None;
    }
    // the head noun past its adjectives ("l'ancien chef"), a person's
    let mut head = at + 1;
    while matches!(
        c.w(head),
        "ancien" | "ancienne" | "nouveau" | "nouvelle" | "jeune" | "futur" | "future" | "actuel" | "actuelle"
    ) {
        head += 1;
    }
    // (or the people around someone, or a group: "les parents d'une victime ne
    // décolèrent pas : « … »")
    let person = is_person_noun(c.w(head)) || is_role_noun(c.w(head));
    if !(person || is_entourage_noun(c.w(head)) || is_group_noun(&recoupe_text::fold::fold_word(c.w(head)))) {
        return None;
    }
    // the phrase ends before its verb: a stop, an auxiliary or a clitic pronoun
    // ("le chef de l'État": an article after "de")
    let clitic = |x: usize| {
        matches!(c.w(x), "l'" | "l’" | "s'" | "s’" | "se" | "lui" | "leur" | "y" | "en" | "ne" | "n'" | "n’" | "qui")
            && !matches!(c.w(x - 1), "de" | "à")
    };
    let mut end = head + 1;
    // (a group's phrase goes on only through its complement: "le gouvernement souhaite")
    let complement = matches!(c.w(end), "de" | "du" | "des" | "d'" | "d’");
    while (person || complement)
        && end < colon
        && end < at + 7
        && !is_stop(c.w(end))
        && !is_aux(c.w(end))
        && !clitic(end)
    {
        end += 1;
    }
    if end >= colon || end >= at + 7 {
        return None;
    }
    // (a complement cut by a quoted title: "le coach de « The Voice »")
    while end > head + 1 && matches!(c.w(end - 1), "de" | "du" | "des" | "d'" | "d’") {
        end -= 1;
    }
    let sp = Speaker { span: c.span(at, end), entity: None, anonymous: false };
    Some(Found { speaker: sp, end, description: None, medium: None })
}

/// The speaker of an inverted cue ("a-t-il ajouté", "détaille-t-il à
/// L'Express"): its pronoun, and a medium right after it.
fn pronoun_speaker(c: &Ctx, cue: Cue, p: usize) -> Found {
    // "explique-t-on à l'Élysée", "indique-t-on chez Renault": "on" speaks for the
    // institution or place named right after it
    if matches!(c.w(p), "-t-on" | "-on") && matches!(c.w(cue.end), "à" | "au" | "chez") {
        let k = if matches!(c.w(cue.end + 1), "l'" | "l’" | "la" | "le") { cue.end + 2 } else { cue.end + 1 };
        if let Some((m, after)) = c.mention(k).filter(|(m, _)| m.kind != EntityKind::Misc) {
            let sp = Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false };
            return Found { speaker: sp, end: after, description: None, medium: None };
        }
    }
    // "insiste-t-on dans l'entourage de M. X", "précise-t-on dans son entourage": the
    // entourage speaks, not the person it surrounds
    if matches!(c.w(p), "-t-on" | "-on") && c.w(cue.end) == "dans" {
        let k = cue.end + 1;
        let noun = k + 1;
        if matches!(c.w(k), "l'" | "l’" | "son" | "leur") && is_entourage_noun(c.w(noun)) {
            let mut end = noun + 1;
            if matches!(c.w(end), "de" | "du" | "d'" | "d’") {
                end += 1;
                while TITLES.contains(&c.w(end)) {
                    end += 1;
                }
                // the person named, else the noun phrase ("du ministre", "du Premier ministre")
                end = match c.mention(end) {
                    Some((_, after)) => after,
                    None => {
                        let from = end;
                        while end < c.toks.len() && end < from + 4 && !is_stop(c.w(end)) && !is_cue_verb(c.w(end)) {
                            end += 1;
                        }
                        end
                    }
                };
            }
            let sp = Speaker { span: c.span(k, end), entity: None, anonymous: false };
            return Found { speaker: sp, end, description: None, medium: None };
        }
    }
    let sp = Speaker { span: c.toks[p].span, entity: None, anonymous: false };
    let mut f = Found { speaker: sp, end: cue.end, description: None, medium: None };
    if let Some(n) = c.medium_at(cue.end) {
        if let Some((_, after)) = c.mention(cue.end + n) {
            f.medium = Some(c.span(cue.end, after));
            f.end = after;
        }
    }
    f
}

/// An attribution incise inside a quote: "…, souligne Michaël Levystone auprès de
/// L'Express. Concernant…", "…, détaille-t-il à L'Express. C'est…".
fn incise(c: &Ctx, from: usize, to: usize) -> Option<(usize, usize, Cue, Found)> {
    let (a, b) = (c.tok_from(from), c.tok_to(to));
    for k in a..b {
        if c.w(k) != "," {
            continue;
        }
        let Some(cue) = cue_at(c, k + 1) else { continue };
        // present-tense inversion, the verb first; a compound past only before a person's
        // name ("« J'aurais dû le faire, a confié Éric X. On n'y a pas pensé »")
        let compound = is_aux(c.w(k + 1)) && cue.pronoun.is_none();
        if compound
            && c.mention(cue.end).is_none_or(|(m, _)| m.kind != EntityKind::Per)
            && !(DETERMINERS.contains(&c.w(cue.end))
                && (cue.end + 1..(cue.end + 4).min(b))
                    .any(|x| c.mention(x).is_some_and(|(m, _)| m.kind == EntityKind::Per)))
        {
            continue;
        }
        // a verb that also takes a thing for object is the quote's own words
        // ("…, révèlent les comportements délictueux…") unless a pronoun inverts it
        if cue.pronoun.is_none() && (k + 1..cue.end).any(|i| lexicon::takes_thing_object(c.w(i))) {
            continue;
        }
        let found =
            if let Some(p) = cue.pronoun { Some(pronoun_speaker(c, cue, p)) } else { speaker_at(c, cue.end, b) };
        if let Some(f) = found {
            let end = skip_parens(c, f.end, b);
            // (the speaker's apposition runs to its sentence's end: "…, a admis le père X,
            // interrogé par le site le 21 octobre. Mais …")
            // (or an age, or what the person is doing: "…, 31 ans, sortant du métro.")
            let next = c.w(end + 1);
            let aged = next.bytes().all(|x| x.is_ascii_digit()) && c.w(end + 2) == "ans";
            let apposed = c.w(end) == ","
                && (aged
                    || next.starts_with(char::is_lowercase)
                        && (["é", "ée", "és", "ées", "ant"].iter().any(|x| next.ends_with(x))
                            || recoupe_entities::roles::is_role_word(next)));
            if let Some(stop) = (end + 1..b).find(|&x| c.w(x) == ".").filter(|_| apposed) {
                return Some((k, stop + 1, cue, f));
            }
            if matches!(c.w(end), "." | "," | ";") {
                return Some((k, end + 1, cue, f));
            }
        }
    }
    None
}

/// The word after an elided article glued to it ("l'enseignante" gives "enseignante"),
/// none for a word without one or the article alone.
fn after_elided_article(w: &str) -> Option<&str> {
    ["l'", "l’", "L'", "L’"].iter().find_map(|d| w.strip_prefix(d)).filter(|rest| !rest.is_empty())
}

/// The folded head noun of a definite phrase of two words ("l'organisation",
/// "le ministère"), none for longer phrases, which name their group themselves.
fn definite_head(phrase: &str) -> Option<String> {
    let f = recoupe_text::fold::fold_word(phrase).into_owned();
    let rest = ["l'", "le ", "la "].iter().find_map(|d| f.strip_prefix(d))?;
    (!rest.is_empty() && !rest.contains([' ', '\''])).then(|| rest.to_string())
}

/// A name that opens its sentence, after a role at most, then a French verb in the present:
/// "Le député LR Guillaume X apporte lui aussi son soutien" (a lower-case word in -e
/// or -ent that is no determiner, pronoun or preposition).
fn present_after_opening_name(text: &str, name: Span, after: &str) -> bool {
    let start = text[..name.start]
        .rfind(['.', '!', '?', '\n', ';', ':', '»', '"'])
        .map_or(0, |x| x + text[x..].chars().next().map_or(1, char::len_utf8));
    let lead = &text[start..name.start];
    // (or after its apposition: "Radiologue, Arthur X utilise")
    let apposed = lead.trim_end().strip_suffix(',').is_some_and(|x| !x.contains(','));
    let opens = lead.split_whitespace().count() <= 5 && (!lead.contains(',') || apposed);
    let word = after.trim_end_matches([',', '.']);
    // (a person's name, given name first, not a title, "l'ancienne Miss France"; in a
    // statement, not a heading's question: "Daniel X tête de liste aux européennes ?")
    let given = text[name.start..name.end].split_whitespace().next().is_some_and(|g| {
        recoupe_entities::models::is_first_name(g) || recoupe_entities::models::is_listed_given_name(g)
    });
    let rest = &text[name.end..];
    let statement = rest.find(['.', '!', '?', '\n']).is_some_and(|x| rest[x..].starts_with(['.', '!']));
    opens
        && given
        && statement
        && word.len() > 3
        && word.starts_with(char::is_lowercase)
        && (word.ends_with('e') || word.ends_with("ent"))
        && word.chars().all(|ch| ch.is_alphabetic() || ch == '-')
        && !matches!(
            word,
            "comme"
                | "même"
                | "entre"
                | "contre"
                | "cette"
                | "notre"
                | "votre"
                | "elle"
                | "une"
                | "quelque"
                | "chaque"
                | "autre"
                | "tente"
                | "seule"
                | "seulement"
                | "lorsque"
                | "puisque"
        )
}

/// Resolves pronoun speakers and definite role phrases ("le patron des trois
/// bouchons", "ce Meilleur Ouvrier de France") to the last speaker named before
/// them, unless the pronoun's gender says another person: then to the nearest
/// person mentioned before whose gender, as pronouns showed it, does not clash.
fn resolve_pronouns(a: &Article, quotes: &mut [Quote]) {
    // the people who speak under their own name, by where they speak
    let named_speakers: Vec<(usize, String)> = quotes
        .iter()
        .filter_map(|q| {
            let sp = q.speaker.as_ref()?;
            let e = sp.entity.as_ref().filter(|e| e.starts_with("per:"))?;
            a.layers
                .entities
                .iter()
                .any(|m| m.span == sp.span && m.kind == EntityKind::Per)
                .then(|| (sp.span.start, e.clone()))
        })
        .collect();
    // (where the quotes are: a name said inside one is no title given by the narration)
    let quoted: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let mut last: Option<String> = None;
    let mut last_group: Option<String> = None;
    // the last unnamed source ("un de ses collègues", "le responsable"), where it spoke
    // and whether it is anonymous, and where the last named person spoke: a pronoun
    // continues whichever spoke last
    let mut last_unnamed: Option<(Span, usize, bool)> = None;
    let mut last_named_at = 0usize;
    let mut last_end = 0usize;
    // the entity of the quote before, whoever it is
    let mut last_spoke: Option<String> = None;
    let mut gender: HashMap<String, bool> = HashMap::new();
    // the heads of the role phrases a person was quoted under, and the trades and
    // kinships of their quotes' descriptions ("mère" for "Cette mère de trois enfants
    // avoue", "enseignante" for "X, enseignante à Y")
    let mut quoted_as: HashMap<String, Vec<String>> = HashMap::new();
    // an unnamed source in the plural ("les associations", "the officials"; not "the
    // state's governor"): "ils" and "elles" go on with it, "il" and "elle" do not
    let plural = |s: Span| {
        let phrase = s.slice(&a.text);
        let det = phrase.split_whitespace().next().unwrap_or("").to_lowercase();
        let last = phrase.split_whitespace().last().unwrap_or("");
        matches!(det.as_str(), "les" | "des" | "ces" | "ses" | "leurs" | "plusieurs")
            || det == "the" && last.ends_with('s') && !last.ends_with("'s") && !last.ends_with("’s")
    };
    let feminine = |w: &str| -> Option<bool> {
        match w.trim_start_matches('-').trim_start_matches("t-") {
            "il" | "Il" | "ils" | "he" | "He" | "lui" | "eux" | "him" => Some(false),
            "elle" | "Elle" | "elles" | "she" | "She" | "her" => Some(true),
            _ => None,
        }
    };
    // what the article tells of each person's gender before any pronoun: a given
    // name ("Agnès Buzyn"), or the article of a role ("la ministre", "le juge")
    for e in a.layers.entities.iter().filter(|e| e.kind == EntityKind::Per) {
        let name = e.span.slice(&a.text);
        // (a compound given name by its first part: "Jean-Louis" as "Jean")
        let by_name = name.split_whitespace().next().filter(|_| name.contains(' ')).and_then(|first| {
            lexicon::given_name_feminine(first)
                .or_else(|| first.split_once('-').and_then(|(head, _)| lexicon::given_name_feminine(head)))
        });
        let by_role = e.role.map(|r| r.slice(&a.text)).and_then(|r| {
            match r.split_whitespace().next().map(str::to_lowercase).as_deref() {
                Some("la" | "mme" | "madame") => Some(true),
                Some("le" | "m." | "monsieur") => Some(false),
                _ => None,
            }
        });
        if let Some(g) = by_name.or(by_role) {
            gender.entry(e.entity.clone()).or_insert(g);
        }
    }
    // a news outlet or agency, by the names of an entity's mentions: it reports, and is
    // no group that speaks on
    let outlet = |g: &String| {
        let lx = recoupe_text::lexicon::lexicon();
        a.layers.entities.iter().any(|e| {
            &e.entity == g && (lx.is_outlet_name(e.span.slice(&a.text)) || lx.is_agency(e.span.slice(&a.text)))
        })
    };
    // an unnamed source whose article says the other gender than the pronoun's:
    // "…, a précisé la présidence. « … », a-t-il commenté" is not the presidency
    let gender_clash = |s: Span, pronoun: &str| {
        let det = s.slice(&a.text).split_whitespace().next().unwrap_or("").to_lowercase();
        let of_source = match det.as_str() {
            "la" | "une" | "cette" => Some(true),
            "le" | "un" | "ce" | "cet" => Some(false),
            _ => None,
        };
        of_source.is_some() && feminine(pronoun).is_some() && of_source != feminine(pronoun)
    };
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        let w = sp.span.slice(&a.text);
        let pronoun = sp.entity.is_none()
            && !sp.anonymous
            && (w.starts_with('-') || is_subject_pronoun(w) || lexicon::is_stressed_pronoun(w));
        let mut ws = w.split_whitespace();
        let first = ws.next().unwrap_or("");
        // the article and the head noun: "le juge", and "l'enseignante" in one word
        let elided = after_elided_article(first);
        let (det, head) = match elided {
            Some(rest) => (&first[..first.len() - rest.len()], Some(rest)),
            None => (first, ws.next()),
        };
        // "le directeur d'une école maternelle" introduces someone new; "le directeur de
        // la publication" points back
        let introduces =
            w.split_whitespace().any(|x| matches!(x, "d'une" | "d'un" | "d’une" | "d’un" | "une" | "un" | "of"));
        let definite = !sp.anonymous
            && !pronoun
            && !introduces
            && (matches!(det.to_lowercase().as_str(), "le" | "la" | "ce" | "cet" | "cette" | "the" | "l'" | "l’"))
            // "ce premier examen", "le rapport": a document speaks for no person
            && !w.split_whitespace().skip(1).take(3).any(|x| lexicon::is_document_noun(&recoupe_text::fold::fold_word(x)))
            && (matches!(det.to_lowercase().as_str(), "ce" | "cet" | "cette")
                // "le Bayonnais", not the title "Le Parisien"
                // (nor "le Parisien", the daily, in running text)
                || head.is_some_and(|x| {
                    recoupe_entities::roles::is_role_word(x)
                        // (a group the phrase names stays: "le gestionnaire du réseau Enedis")
                        || is_person_noun(x) && sp.entity.is_none()
                        || is_inhabitant_noun(x) && matches!(det, "le" | "la" | "l'" | "l’") && !(det == "le" && x == "Parisien")
                }))
            && !sp.span.is_empty();
        let bare_pronoun = w.trim_start_matches('-').trim_start_matches("t-");
        // a person of the pronoun's gender named since `from`, before the quote: "…, précise
        // le quotidien. … un rapport du médiateur, Jean-Louis X, en 2013. …, expliquait-il"
        // is X, not the daily
        let (said_at, g_said) = (sp.span.start.min(q.span.start), feminine(w));
        let named_since = |from: usize| {
            a.layers
                .entities
                .iter()
                .rev()
                .find(|e| {
                    e.kind == EntityKind::Per
                        && e.span.start >= from
                        && e.span.end <= said_at
                        && g_said.is_some()
                        && gender.get(&e.entity).copied() == g_said
                })
                .map(|e| e.entity.clone())
        };
        let named_after_unnamed = last_unnamed.and_then(|(s, at, _)| named_since(s.end.max(at)));
        // a role's gender by its article: "la procureure", "le député"
        let article_gender = match det {
            "la" | "La" => Some(true),
            "le" | "Le" => Some(false),
            _ => None,
        };
        // a person named since the last quote as a clause's subject takes the floor
        // from the last speaker, named or not
        let newcomer = if pronoun || definite {
            let g = feminine(w).or(article_gender);
            let clash = |e: &String| g.is_some() && gender.get(e).is_some_and(|x| Some(*x) != g);
            a.layers
                .entities
                .iter()
                .rev()
                .filter(|e| {
                    e.kind == EntityKind::Per
                        && e.span.start >= last_end
                        && e.span.end <= q.span.start.min(sp.span.start)
                        // (not a name inside another's apposition: "Tom X, journaliste et ami
                        // de William et Harry, a fait")
                        && !a.layers.entities.iter().any(|m| {
                            m.kind == EntityKind::Per
                                && m.role.is_some_and(|r| r.start <= e.span.start && e.span.end <= r.end)
                        })
                })
                .find(|e| {
                    // named in full as the subject of a clause: a verb follows
                    // (or after its apposition: "Delphine Guinchard, professeure …, a fait";
                    // or after an age: "Nevila X, 38 ans, a soigné")
                    let rest = &a.text[e.role.filter(|r| r.start >= e.span.end).map_or(e.span.end, |r| r.end)..];
                    let comma_after = rest.starts_with(',');
                    let rest = rest.trim_start_matches([',', ' ']);
                    // (or after an incise between dashes: "X - qui se refuse à … - s'est voulu")
                    let rest = ["- ", "– ", "— "]
                        .iter()
                        .find_map(|d| {
                            let inner = rest.strip_prefix(d)?;
                            let closing = format!(" {}", d.trim_end());
                            let reach = inner.char_indices().nth(150).map_or(inner.len(), |(i, _)| i);
                            let close = inner[..reach].find(closing.as_str())?;
                            Some(inner[close + closing.len()..].trim_start())
                        })
                        .unwrap_or(rest);
                    // (or after a party or place in brackets: "Loïg X (PS) a salué")
                    let (rest, comma_after) = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
                        Some((inner, more)) if inner.len() <= 40 && !inner.contains(['(', '.']) => {
                            (more.trim_start_matches([',', ' ']), more.trim_start().starts_with(','))
                        }
                        _ => (rest, comma_after),
                    };
                    let (rest, aged) = match rest.split_once(" ans,") {
                        Some((age, more)) if !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit()) => {
                            (more.trim_start(), true)
                        }
                        _ => (rest, false),
                    };
                    // or after a participle set off by commas: "Alexis X, contacté par le
                    // HuffPost, a dénoncé" (or, after an age, what the person does: "Tom X,
                    // 62 ans, croupier de poker à l'Orleans Casino, a perdu"), or after a
                    // role: "Henri X, ancien conseiller spécial du président entre 2007 et
                    // 2012, a eu" (then a verb, not a relative clause: "l'ancien ministre
                    // Jean-Louis X, père de l'Anru, qui s'est dit prêt" is an object)
                    let role_apposed = |apposed: &str| {
                        comma_after
                            && !aged
                            && apposed.len() <= 100
                            && apposed.split_whitespace().next().is_some_and(|p| {
                                matches!(p, "ancien" | "ancienne" | "ex")
                                    || p.starts_with("ex-")
                                    || recoupe_entities::roles::is_role_word(p)
                            })
                    };
                    let (rest, by_role) = match rest.split_once(", ") {
                        Some((apposed, more))
                            if apposed.len() <= if aged { 80 } else { 60 }
                                && apposed.starts_with(|ch: char| ch.is_lowercase())
                                && !apposed.starts_with("qui ")
                                && (aged
                                    && apposed.split_whitespace().next().is_some_and(|p| {
                                        !is_aux(p)
                                            && !lexicon::is_cue_verb(p)
                                            && !matches!(p, "est" | "était" | "s'est" | "s’est" | "se" | "s'")
                                    })
                                    || apposed
                                        .split_whitespace()
                                        .next()
                                        .is_some_and(|p| p.ends_with(['é', 'e', 's', 'i'])))
                                && !apposed.contains(['.', ';']) =>
                        {
                            (more, false)
                        }
                        Some((apposed, more)) if role_apposed(apposed) && !apposed.contains(['.', ';']) => (more, true),
                        _ => (rest, false),
                    };
                    let after = rest.split_whitespace().next().unwrap_or("");
                    // or a relative clause on the subject: "Thierry qui vit …, veut" (not
                    // after an age: "leur fils, Bjorn, 10 ans, qui")
                    // or the one a view is given to: "Pour Rachida Dati, maire LR…, le second
                    // tour doit avoir lieu, « … », a-t-elle martelé"
                    let before = a.text[..e.span.start].trim_end();
                    // (a full name: "pour StopCovid" is an application)
                    let view_of =
                        (before.ends_with(" pour") || before.ends_with("Pour")) && e.span.slice(&a.text).contains(' ');
                    let verb = matches!(
                        after,
                        "a" | "avait" | "est" | "était" | "s'est" | "s’est" | "s'était" | "has" | "had" | "was" | "is"
                    ) || after == "qui" && !aged && !by_role
                        || view_of
                        || lexicon::is_cue_verb(after.trim_end_matches([',', '.']))
                        || a.lang.as_deref() == Some("fr") && present_after_opening_name(&a.text, e.span, after);
                    // (not a noun's complement nor an agent: "l'ex-collaborateur d'Emmanuel X a
                    // indiqué", "une des femmes rencontrées par Jean X et Elisabeth Y a confié")
                    let complement = || {
                        let mut from = e.span.start.saturating_sub(80);
                        while !a.text.is_char_boundary(from) {
                            from += 1;
                        }
                        let words: Vec<&str> = a.text[from..e.span.start].split_whitespace().collect();
                        // (or of the role before the name: "une question du député de Guyane
                        // Gabriel X (GDR), a réclamé"; but a relative clause on the name brings
                        // the person in: "sur les épaules du professeur Alawi X, qui dirige")
                        let of_role = after != "qui"
                            && e.role.filter(|r| r.end + 1 == e.span.start).is_some_and(|r| {
                                a.text[..r.start].ends_with(' ')
                                    && recoupe_entities::roles::is_role_word(
                                        r.slice(&a.text).split(' ').next().unwrap_or(""),
                                    )
                                    && ends_with_of(&a.text[..r.start])
                            });
                        ends_with_of(before)
                            || of_role
                            || words.iter().rposition(|w| *w == "par").is_some_and(|p| {
                                p > 0
                                    && PARTICIPLE_ENDINGS.iter().any(|x| words[p - 1].ends_with(x))
                                    && words[p + 1..].iter().all(|w| {
                                        w.starts_with(char::is_uppercase) || matches!(*w, "et" | "," | "de" | "d'")
                                    })
                            })
                    };
                    // (nor the subject of words reported by a participle: "Podesta reiterated
                    // that approach, saying Clinton was committed…"; after "que" the person
                    // reported on often speaks next: "a révélé que X était … « … », a
                    // répondu la star")
                    let reported = before
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w.ends_with("ing") && lexicon::is_cue_participle(w));
                    // (or the one who shares a view, ending its sentence: "Une analyse
                    // partagée par Christian X. « … », a-t-il ajouté"; the agent of another
                    // participle is a complement, "l'interdiction prônée par Nicolas X.")
                    let agent_at_end = {
                        let mut words = before.rsplit(char::is_whitespace);
                        words.next() == Some("par")
                            && words.next().is_some_and(|p| p.starts_with("partagé"))
                            && a.text[e.span.end..].starts_with('.')
                            && e.span.slice(&a.text).contains(' ')
                    };
                    (verb && !complement() || agent_at_end) && !clash(&e.entity) && !reported
                })
                // (the last speaker named again nearer as a subject is no newcomer: "Hugh X
                // appelle … Boris Y a refusé … Il a concédé" goes on with Y)
                .filter(|e| Some(&e.entity) != last.as_ref())
                .map(|e| (e.entity.clone(), e.span.start))
        } else {
            None
        };
        // the newcomer outranks an unnamed source that spoke last only from the quote's
        // sentence or the one before it
        let sentence_of = |at: usize| a.layers.sentences.partition_point(|s| s.span.end <= at);
        let newcomer_near = newcomer
            .as_ref()
            .is_some_and(|(_, at)| sentence_of(q.span.start.min(sp.span.start)) <= sentence_of(*at) + 1);
        let newcomer = newcomer.map(|(e, _)| e);
        // "l'organisation", "le ministère", "le syndicat": the last group of that kind named
        let group_head = definite_head(w).filter(|h| recoupe_entities::mentions::org_head("fr", h));
        if sp.entity.is_none() && !sp.anonymous && !pronoun && group_head.is_some() {
            let head = group_head.unwrap_or_default();
            sp.entity = a
                .layers
                .entities
                .iter()
                .rev()
                .filter(|e| e.kind == EntityKind::Org && e.span.end <= sp.span.start)
                .find(|e| recoupe_text::fold::fold_word(e.span.slice(&a.text)).split([' ', '\'']).any(|x| x == head))
                .map(|e| e.entity.clone())
                // else, for a generic head, the group that spoke last ("selon l'OCDE …
                // Selon l'organisation"), not a news outlet ("selon RTL … l'association");
                // "le syndicat" is not any group
                .or_else(|| {
                    let generic = matches!(
                        head.as_str(),
                        "organisation"
                            | "organization"
                            | "institution"
                            | "association"
                            | "groupe"
                            | "entreprise"
                            | "compagnie"
                    );
                    last_group.clone().filter(|g| generic && !outlet(g))
                });
        } else if pronoun && matches!(bare_pronoun, "on" | "On") {
            // "explique-t-on": an impersonal source, no one's in particular
            sp.entity = None;
        } else if pronoun
            && matches!(bare_pronoun, "ils" | "Ils" | "elles" | "Elles" | "eux" | "they" | "They" | "them")
        {
            // "ils estiment": never one person; the group that spoke just before, if one did
            // (not a medium that reported: "…, précise Le Figaro. Selon eux, « … »" are the
            // people the paper quoted)
            sp.entity = last_spoke.clone().filter(|e| e.starts_with("org:") && !outlet(e));
            // "…, affirment les associations de consommateurs. « … », ajoutent-elles": an
            // unnamed group that spoke last goes on
            let group = last_unnamed.filter(|&(s, at, _)| at >= last_named_at && plural(s));
            if let (None, Some((s, _, anonymous))) = (&sp.entity, group) {
                q.description = Some(s);
                sp.anonymous = anonymous;
            }
        } else if pronoun
            && !newcomer_near
            && last_unnamed.is_some_and(|(s, at, _)| at >= last_named_at && !plural(s) && !gender_clash(s, w))
        {
            if named_after_unnamed.is_some() {
                sp.entity = named_after_unnamed;
            } else {
                // "…, assure un de ses collègues. « … », a-t-il ajouté": the unnamed source goes on
                sp.anonymous = last_unnamed.is_some_and(|(_, _, anonymous)| anonymous);
                q.description = last_unnamed.map(|(s, _, _)| s);
            }
        } else if pronoun {
            let g = feminine(w);
            let clash = |e: &String| g.is_some() && gender.get(e).is_some_and(|x| Some(*x) != g);
            sp.entity = match &last {
                _ if newcomer.is_some() => newcomer,
                Some(e) if !clash(e) => Some(e.clone()),
                _ => {
                    let narration_subject = |e: &EntityMention| {
                        let quote = q.span.slice(&a.text);
                        let after = a.text[e.span.end..].split_whitespace().next().unwrap_or("");
                        // (or an incise the quote holds: "« … c'est un miraculé, souligne
                        // l'adjudant Laurent X, qui … »")
                        let incise = a.text[q.span.start..e.span.start]
                            .split_whitespace()
                            .rev()
                            .take(12)
                            .any(|w| lexicon::is_cue_verb(w.trim_end_matches(',')));
                        incise
                            || !quote.starts_with(char::is_alphanumeric)
                            || matches!(
                                after,
                                "a" | "avait" | "est" | "était" | "s'est" | "s’est" | "s'était" | "s’était" | "sera"
                            )
                            || lexicon::is_cue_verb(after)
                    };
                    let before = |e: &&EntityMention| {
                        e.kind == EntityKind::Per
                            && e.span.end <= sp.span.start
                            // (not someone the quote speaks to or of: "« Monsieur Macron va
                            // rendre visite au pape… », a-t-il lancé"; but marks paired the
                            // wrong way round hold narration, whose subject may speak:
                            // "« . Jean-Marie X a commenté mercredi… »")
                            && (!q.span.contains(e.span) || narration_subject(e))
                            && !clash(&e.entity)
                            && Some(&e.entity) != last.as_ref().filter(|l| clash(l))
                    };
                    // the last person named who may be a clause's subject, not a complement
                    // ("ne tarit pas d'éloges sur Emmanuel X", "quelques piques à Valls",
                    // "avec Romain X"), else the last person named
                    // (a name inside quotation marks is kept: mispaired marks may hold the
                    // narration that names the speaker)
                    // (whether a name goes on a list that a conjunction closes: "Jimi Y" in
                    // "Mick X, Jimi Y ou encore Johnny Z")
                    let list_goes_on = |e: &EntityMention| {
                        let mut end = e.span.end;
                        for _ in 0..8 {
                            let after = &a.text[end..];
                            let conj = LIST_JOINS
                                .iter()
                                .find_map(|j| after.strip_prefix(' ')?.strip_prefix(j)?.strip_prefix(' '));
                            let next = |rest: &str| {
                                let at = a.text.len() - rest.len();
                                a.layers.entities.iter().find(|x| x.kind == EntityKind::Per && x.span.start == at)
                            };
                            if let Some(rest) = conj {
                                return next(rest).is_some();
                            }
                            match after.strip_prefix(", ").and_then(next) {
                                Some(x) => end = x.span.end,
                                None => return false,
                            }
                        }
                        false
                    };
                    // (and so is every name of a list that opens so: "avec Mick X, Jimi Y ou
                    // encore Johnny Z"; a comma alone sets off an apposition: "succéder à
                    // Vanessa X, Sonia Y, journaliste")
                    let complement = |e: &EntityMention| {
                        let mut at = e.span.start;
                        let mut joined = list_goes_on(e);
                        for _ in 0..8 {
                            let before = &a.text[..at];
                            let w = before.split_whitespace().next_back().unwrap_or("");
                            if ends_with_of(before) || OBJECT_PREPOSITIONS.contains(&w) || matches!(w, "par" | "pour") {
                                return true;
                            }
                            let trimmed = before.trim_end();
                            let Some(rest) = LIST_JOINS
                                .iter()
                                .find_map(|j| trimmed.strip_suffix(j)?.strip_suffix(' '))
                                .inspect(|_| joined = true)
                                .or_else(|| trimmed.strip_suffix(',').filter(|_| joined))
                            else {
                                return false;
                            };
                            let end = rest.trim_end().len();
                            match a.layers.entities.iter().find(|x| x.kind == EntityKind::Per && x.span.end == end) {
                                Some(x) => at = x.span.start,
                                None => return false,
                            }
                        }
                        false
                    };
                    let subject = a.layers.entities.iter().rev().filter(before).find(|e| !complement(e));
                    subject.or_else(|| a.layers.entities.iter().rev().find(before)).map(|e| e.entity.clone())
                }
            };
            if let (Some(e), Some(g)) = (&sp.entity, g) {
                gender.insert(e.clone(), g);
            }
        } else if definite {
            let np = sp.span;
            // "le procureur de Paris Rémy Heitz": the name after the role
            let demonstrative = matches!(det.to_lowercase().as_str(), "ce" | "cet" | "cette");
            let named = a.layers.entities.iter().find(|e| {
                !demonstrative && e.kind == EntityKind::Per && np.contains(e.span) && {
                    // close after the role, or a full name further on ("le PDG de la compagnie
                    // ferroviaire Guillaume Pepy"; not "… bouchons lyonnais Daniel et Denise")
                    let before = a.text[np.start..e.span.start].split_whitespace().count();
                    // not the complement of the role ("la nièce de Julien X", "l'avocat d'Y")
                    !ends_with_of(&a.text[np.start..e.span.start])
                        && (before <= 5 || before <= 8 && e.span.slice(&a.text).contains(' '))
                }
            });
            // "la patronne de l'Inspection générale de la police nationale (IGPN) Brigitte
            // X": the name right after the phrase and its acronym in brackets
            let named = named.or_else(|| {
                let rest = &a.text[np.end..];
                let skip = rest.trim_start();
                let skip = match skip.strip_prefix('(').and_then(|x| x.split_once(')')) {
                    Some((inner, after)) if inner.len() <= 12 && !inner.contains(' ') => after.trim_start(),
                    _ => return None,
                };
                let at = np.end + (rest.len() - skip.len());
                a.layers.entities.iter().find(|e| e.kind == EntityKind::Per && e.span.start == at && !demonstrative)
            });
            // "la procureure de la République à Bourgoin-Jallieu, Dietlind X": the name set
            // off by a comma after the place where the role is held
            let named = named.or_else(|| {
                let rest = a.text[np.end..].strip_prefix(' ')?;
                let after = ["à ", "au ", "en "].iter().find_map(|p| rest.strip_prefix(p))?;
                let (place, tail) = after.split_once(", ")?;
                // (or a body: "le directeur des risques à l'Unédic, Rémy X")
                let place_word = |x: &str| {
                    let x = past_elision(x);
                    x.starts_with(char::is_uppercase) || matches!(x, "de" | "du" | "des" | "sur" | "en" | "la" | "le")
                };
                let is_place = !place.is_empty() && place.len() <= 40 && place.split([' ', '-']).all(place_word);
                let at = a.text.len() - tail.len();
                a.layers
                    .entities
                    .iter()
                    .find(|e| is_place && !demonstrative && e.kind == EntityKind::Per && e.span.start == at)
            });
            // "le procureur de Paris": the person the article gave that role
            let role = fold_phrase(&w[det.len()..]);
            let role_clash =
                |e: &String| article_gender.is_some() && gender.get(e).is_some_and(|x| Some(*x) != article_gender);
            // (not a man for a role in the feminine: "la ministre" is not "le Premier
            // ministre Paul X"; a woman may hold a role in the masculine, "le procureur")
            let man_for_woman = |e: &String| article_gender == Some(true) && gender.get(e) == Some(&false);
            let by_role =
                a.layers.entities.iter().rev().filter(|e| e.kind == EntityKind::Per && e.span.end <= np.start).find(
                    |e| {
                        !man_for_woman(&e.entity)
                            && e.role.is_some_and(|r| {
                                // the same role, or its start ("la préfète" after "la préfète du
                                // Bas-Rhin, X")
                                let r = fold_phrase(r.slice(&a.text));
                                let core =
                                    ["le ", "la ", "l'", "les "].iter().find_map(|d| r.strip_prefix(d)).unwrap_or(&r);
                                !role.is_empty()
                                    && (r.ends_with(role.as_str())
                                        || core.starts_with(role.as_str())
                                            && [" de ", " du ", " des ", " d'"]
                                                .iter()
                                                .any(|c| core[role.len()..].starts_with(c)))
                            })
                    },
                );
            // "la magistrate" after "la procureure Dominique X": a general role refers
            // back to the last person given one of its specific roles
            let by_kind = || {
                // (in the phrase's head, not its complement: "le fils de la victime" is
                // no victim)
                let head = [" de ", " du ", " des ", " d'"]
                    .iter()
                    .filter_map(|c| role.find(c))
                    .min()
                    .map_or(role.as_str(), |at| &role[..at]);
                let general = head.split(' ').find(|x| lexicon::role_kinds(x).is_some())?;
                let kinds = lexicon::role_kinds(general)?;
                // (or the title right before the name, "le docteur François X", outside
                // the quotes: "« … le président X … », juge l'élu" is not X)
                let titled = |e: &EntityMention| {
                    if quoted.iter().any(|s| s.contains(e.span)) {
                        return false;
                    }
                    let before = a.text[..e.span.start].trim_end();
                    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
                    let word = fold_phrase(word);
                    word == general || kinds.contains(&word.as_str())
                };
                a.layers.entities.iter().rev().filter(|e| e.kind == EntityKind::Per && e.span.end <= np.start).find(
                    |e| {
                        e.role.is_some_and(|r| {
                            fold_phrase(r.slice(&a.text)).split([' ', '\'']).any(|x| x == general || kinds.contains(&x))
                        }) || titled(e)
                    },
                )
            };
            // (a general role is a weaker clue than a person just made the subject: kept apart)
            let by_kind = by_kind();
            // "le patron de la SNCF" after "X, le PDG de la SNCF": a general role of the same
            // body is a clue strong enough to outrank the speaker a cue goes on with
            // (the role given before the name, or in apposition after it: "Guillaume X, le
            // PDG de la SNCF")
            // (looked for only when the clues before it fail)
            let of_same_body = || {
                let general = role.split(' ').next().unwrap_or("");
                let kinds = lexicon::role_kinds(general).unwrap_or(&[]);
                let body = role.split_once(" de ").or_else(|| role.split_once(" du ")).map(|(_, b)| b.trim());
                let apposed = |e: &EntityMention| {
                    let rest = &a.text[e.span.end..];
                    let rest = rest.strip_prefix(", ")?;
                    let mut end = rest.find([',', '.', ';', '"', '«', '»']).unwrap_or(rest.len()).min(90);
                    while !rest.is_char_boundary(end) {
                        end -= 1;
                    }
                    Some(fold_phrase(&rest[..end]))
                };
                body.filter(|b| !b.is_empty() && !kinds.is_empty()).and_then(|b| {
                    a.layers.entities.iter().rev().filter(|e| e.kind == EntityKind::Per && e.span.end <= np.start).find(
                        |e| {
                            let said = e.role.map(|r| fold_phrase(r.slice(&a.text))).or_else(|| apposed(e));
                            said.is_some_and(|r| {
                                r.contains(b) && r.split([' ', '\'']).any(|x| x == general || kinds.contains(&x))
                            })
                        },
                    )
                })
            };
            let role_head = role.split(' ').find(|x| !x.is_empty()).unwrap_or("").to_string();
            // "l'enseignante" after "les 18 élèves d'Anne X": the one the trade's people
            // belong to
            let trade_of = trade_people(&role_head).and_then(|people| {
                a.layers.entities.iter().rev().filter(|e| e.kind == EntityKind::Per && e.span.end <= np.start).find(
                    |e| {
                        // (the few words before the name, not the whole text before it)
                        let mut from = e.span.start.saturating_sub(48);
                        while !a.text.is_char_boundary(from) {
                            from += 1;
                        }
                        let before = fold_phrase(a.text[from..e.span.start].trim_end());
                        let before = before.strip_suffix(" d'").or_else(|| before.strip_suffix(" de")).unwrap_or("");
                        people.iter().any(|p| before.ends_with(&format!(" {p}")))
                    },
                )
            });
            // (a demonstrative points back to someone just described: "Maïssa, une
            // enseignante … témoigne cette mère de quatre enfants")
            let other_relation = |e: &String| {
                if demonstrative {
                    return false;
                }
                let heads = quoted_as.get(e).map_or(&[][..], Vec::as_slice);
                let known = |h: &String| is_relative_noun(h) || is_trade_noun(h);
                if heads
                    .iter()
                    .any(|h| *h != role_head && known(h) && (is_relative_noun(h) || is_relative_noun(&role_head)))
                {
                    return true;
                }
                // a trade ("la maîtresse": institutrice, enseignante…) is not someone known
                // by another trade or as a relative ("l'avocate" after "la mère"); other
                // roles go with many trades ("directeur", "chef de service")
                if !is_trade_noun(&role_head) {
                    return false;
                }
                let kinds = lexicon::role_kinds(&role_head).unwrap_or(&[]);
                let given: Vec<String> = a
                    .layers
                    .entities
                    .iter()
                    .filter(|m| &m.entity == e)
                    .filter_map(|m| m.role)
                    .flat_map(|r| fold_phrase(r.slice(&a.text)).split(' ').map(str::to_string).collect::<Vec<_>>())
                    .chain(heads.iter().cloned())
                    .filter(|w| is_trade_noun(w) || is_relative_noun(w))
                    .collect();
                !given.is_empty() && !given.iter().any(|w| *w == role_head || kinds.contains(&w.as_str()))
            };
            // ("a poursuivi", "a ajouté", "a conclu" right after the last quote)
            let goes_on = q.cue.is_some_and(|c| {
                c.slice(&a.text).split_whitespace().filter_map(lexicon::cue_lemma).any(|l| {
                    matches!(l, "poursuivre" | "ajouter" | "conclure" | "rencherir" | "enchainer" | "continuer")
                })
            }) && a.text[last_end.min(q.span.start)..q.span.start].len() < 80;
            // with no one before, a lede's "Le patron de l'hebdomadaire" is the person named
            // next: after the same role phrase when the article repeats it ("… par la
            // ministre du Travail. Invitée de France Inter, Muriel Pénicaud a estimé"),
            // else the next person named in full
            let full_person_after = |from: usize, within: usize| {
                a.layers
                    .entities
                    .iter()
                    .find(|e| {
                        e.kind == EntityKind::Per
                            && e.span.start >= from
                            && e.span.start <= from.saturating_add(within)
                            && e.span.slice(&a.text).contains(' ')
                    })
                    .map(|e| e.entity.clone())
            };
            let next = || {
                let phrase = w[det.len()..].trim();
                let again = (phrase.split_whitespace().count() >= 2)
                    .then(|| a.text[np.end..].find(phrase).map(|p| np.end + p + phrase.len()))
                    .flatten();
                // (a role of one word, "la reine", when the article gives it next right
                // before a name: "la reine Elizabeth II")
                // (in the heading or lede only, and after the same article: "le Premier
                // ministre Jean X" is not "le ministre")
                let lede = a.layers.paragraphs.first().is_some_and(|p| np.end <= p.span.end);
                let titled = || {
                    (lede && phrase.split_whitespace().count() == 1).then_some(())?;
                    let article = det.to_lowercase();
                    a.text[np.end..].match_indices(phrase).find_map(|(p, _)| {
                        let at = np.end + p + phrase.len();
                        // (the word before, with the article's elision glued: "la reine", "l'animatrice")
                        let before = a.text[..np.end + p].split_whitespace().next_back().unwrap_or("");
                        let whole = !a.text[at..].starts_with(char::is_alphanumeric)
                            && (before.to_lowercase() == article
                                || article.ends_with(['\'', '’']) && before.to_lowercase().ends_with(&article));
                        // (a name of one word too, right after the role: "la reine Elizabeth")
                        let named = a
                            .layers
                            .entities
                            .iter()
                            .find(|e| e.kind == EntityKind::Per && (at..=at + 1).contains(&e.span.start));
                        named.filter(|_| whole).map(|e| e.entity.clone())
                    })
                };
                if let Some(e) = titled() {
                    return Some(e);
                }
                // the next person quoted under their name ("a témoigné Riss"), else the
                // next person named in full
                let next_speaker = || named_speakers.iter().find(|(at, _)| *at >= np.end).map(|(_, e)| e.clone());
                again
                    .and_then(|at| full_person_after(at, 120))
                    .or_else(next_speaker)
                    .or_else(|| full_person_after(np.end, usize::MAX))
            };
            // a person found for the phrase where it was read (by its role's head) stays
            let inner = a.layers.entities.iter().any(|e| e.kind == EntityKind::Per && np.contains(e.span));
            // ("le fils de la victime": the person the relative is related to is another,
            // unless that person was quoted as such a relative: "sa cousine, Naïma")
            let relative_of = role.split_once(' ').filter(|(head, rest)| {
                is_relative_noun(head) && ["de ", "du ", "des ", "d'"].iter().any(|d| rest.starts_with(d))
            });
            let kin_known = |e: &String| {
                relative_of.is_none_or(|(head, _)| {
                    // (quoted so, or named right after the kinship: "sa cousine, Naïma";
                    // not "le fils de Mireille X", whose son is another)
                    quoted_as.get(e).is_some_and(|h| h.iter().any(|x| x == head))
                        || a.layers.entities.iter().filter(|m| &m.entity == e).any(|m| {
                            let mut from = m.span.start.saturating_sub(40);
                            while !a.text.is_char_boundary(from) {
                                from += 1;
                            }
                            let before = fold_phrase(&a.text[from..m.span.start]);
                            before.trim_end().trim_end_matches(',').trim_end().ends_with(head)
                        })
                })
            };
            let found = sp.entity.take().filter(|e| e.starts_with("per:") && !inner && kin_known(e));
            // "Pancho Garcia, 28 ans, installe sa terrasse. « … », raconte ce jeune
            // directeur": a demonstrative points to the person named since the last quote
            let pointed = demonstrative
                .then(|| {
                    a.layers
                        .entities
                        .iter()
                        .rev()
                        .filter(|e| e.kind == EntityKind::Per && e.span.end <= np.start.min(q.span.start))
                        .find(|e| e.span.start >= last_end && e.span.slice(&a.text).contains(' '))
                })
                .flatten();
            // "le ministre américain de la Justice Bill Barr": a name the tagger missed
            // ends the phrase; that person is someone of their own, not the last
            // speaker nor the next one named
            let words: Vec<&str> = w.split_whitespace().collect();
            let capital = |x: &&str| x.starts_with(char::is_uppercase) && !recoupe_entities::roles::is_role_word(x);
            let trailing_name = words.len() >= 4 && words[words.len() - 2..].iter().all(capital);
            // (a given name and a surname, not a complement: "la ministre déléguée à
            // l'Industrie Agnès X" is the person the article names X elsewhere; not "le
            // porte-parole de la campagne de Donald Trump")
            let surname = words.last().map(|x| x.trim_end_matches([',', '.'])).unwrap_or("");
            // (nor someone the phrase relates its speaker to: "cette ancienne juppéiste
            // réputée proche de l'ex-Premier ministre Edouard X")
            let given_first = words.len() >= 3 && !demonstrative && !w.contains("proche d") && {
                let (given, before) = (words[words.len() - 2], words[words.len() - 3]);
                (recoupe_entities::models::is_first_name(given)
                    || recoupe_entities::models::is_listed_given_name(given))
                    && !is_of(before)
                    && !before.ends_with(['\'', '’'])
            };
            let by_surname = || {
                a.layers.entities.iter().find(|e| {
                    given_first
                        && e.kind == EntityKind::Per
                        && surname.len() > 2
                        && e.span.slice(&a.text).ends_with(surname)
                })
            };
            // "ce dernier", "cette dernière": the person named last, of the phrase's gender
            // ("interrogée avec Marisol X, son homologue sous François Y, cette dernière a
            // indiqué" is X)
            let latter = (demonstrative && words.len() == 2 && matches!(role.as_str(), "dernier" | "derniere"))
                .then(|| {
                    let g = Some(role == "derniere");
                    a.layers
                        .entities
                        .iter()
                        .rev()
                        .filter(|e| e.kind == EntityKind::Per && e.span.end <= np.start.min(q.span.start))
                        .take_while(|e| np.start - e.span.end <= 400)
                        // (not someone the words speak of: "Ce dernier a confirmé qu'Arnaud X
                        // avait suspendu…")
                        .filter(|e| !a.layers.entities.iter().any(|m| m.entity == e.entity && q.span.contains(m.span)))
                        .find(|e| gender.get(&e.entity).is_none_or(|x| Some(*x) == g))
                })
                .flatten();
            sp.entity = if let Some(e) = latter {
                Some(e.entity.clone())
            } else if trailing_name && named.is_none() {
                by_role.or(by_kind).or(pointed).or_else(by_surname).map(|e| e.entity.clone())
            } else {
                // (a role naming the person who has just been named the subject:
                // "X a réagi sur Twitter. « … », a écrit le député")
                named
                    .or(by_role)
                    .or(pointed)
                    .map(|e| e.entity.clone())
                    // (the person the phrase was read with, not of the other gender: "a
                    // poursuivi la ministre" is not the minister Bruno X)
                    .or(found.filter(|e| !role_clash(e)))
                    .or_else(|| newcomer.clone().filter(|_| newcomer_near))
                    .or_else(|| of_same_body().map(|e| e.entity.clone()))
                    // "« … », a poursuivi le chef de file": a cue that goes on keeps the
                    // speaker of the quote just before, whatever role describes them
                    .or_else(|| last.clone().filter(|e| goes_on && !role_clash(e)))
                    .or_else(|| by_kind.map(|e| e.entity.clone()))
                    .or_else(|| trade_of.map(|e| e.entity.clone()))
                    // (not a person whose gender the role's article contradicts: "la
                    // présidente" is not the last man who spoke; nor someone quoted as
                    // a relative when the role is another: "l'enseignante" is not the
                    // mother quoted before)
                    .or_else(|| last.clone().filter(|e| !role_clash(e) && !other_relation(e)))
                    // (the next one named is a lede's guess: not after someone known to be
                    // another, "l'enseignante" after the mother quoted)
                    // (nor after a demonstrative, which points back: "…, poursuit cette
                    // source" is not the next person named)
                    .or_else(|| {
                        next()
                            .filter(|e| !demonstrative && !role_clash(e) && !last.as_ref().is_some_and(&other_relation))
                    })
            };
            // "la nièce de Julien X": a relative named by the person they relate to is
            // someone unnamed, not that person nor anyone before
            let of_person = a.layers.entities.iter().any(|e| {
                e.kind == EntityKind::Per && np.contains(e.span) && ends_with_of(&a.text[np.start..e.span.start])
            });
            // "l'APSA, dont le président a affirmé": the head of the group just named,
            // someone unnamed
            // (not "une allocution dont le patron des marcheurs a assuré")
            let of_group = a.text[..np.start].trim_end().ends_with(", dont");
            if (of_person || of_group) && named.is_none() {
                sp.entity = None;
            }
            if let Some(e) = &sp.entity {
                quoted_as.entry(e.clone()).or_default().push(role_head.clone());
                // the phrase tells the person's gender: "la" always, "le" with a noun
                // of men ("le jeune homme"; "le procureur" may be a woman)
                let of_men = w.split_whitespace().any(|x| {
                    matches!(
                        recoupe_text::fold::fold_word(x).as_ref(),
                        "homme" | "garcon" | "pere" | "fils" | "frere" | "mari" | "oncle" | "grand-pere"
                    )
                });
                match article_gender {
                    Some(true) => {
                        gender.entry(e.clone()).or_insert(true);
                    }
                    Some(false) if of_men => {
                        gender.entry(e.clone()).or_insert(false);
                    }
                    _ => {}
                }
            }
        }
        // "…, a indiqué l'Elysée. « … », a expliqué la présidence": a definite phrase
        // of no person, right after a group spoke, is that group again
        let group_again = sp.entity.is_none()
            && !pronoun
            && !sp.anonymous
            && matches!(det.to_lowercase().as_str(), "le" | "la" | "l'" | "l’")
            && head.is_some_and(|h| {
                h.starts_with(char::is_lowercase)
                    // ("l'un de ses proches": one of several, unnamed)
                    && !matches!(h, "un" | "une")
                    && !is_medium_noun(h)
                    && !is_person_noun(h)
                    && !recoupe_entities::roles::is_role_word(h)
            })
            && a.text.get(last_end..q.span.start.min(sp.span.start)).is_some_and(|gap| gap.len() < 200)
            // (a phrase naming its own place or agent names another: "le parquet de
            // Saint-Malo", "l'un des ex-conseillers rencontrés par le magazine")
            && !w.split_whitespace().skip(1).any(|x| {
                // (past an elided article: "le ministère de l'Intérieur")
                x == "par" || past_elision(x).starts_with(char::is_uppercase) || matches!(x, "un" | "une" | "l'un" | "l'une")
            });
        if group_again {
            // (a medium that reported is no group speaking again: "…, rapporte France Info.
            // « … », précise la gendarmerie")
            sp.entity = last_spoke.clone().filter(|e| (e.starts_with("org:") || e.starts_with("loc:")) && !outlet(e));
        }
        // "Sovivo « procède au retrait », précise l'entreprise": the group the sentence
        // named, for a phrase of no person
        let of_no_one = sp.entity.is_none()
            && !pronoun
            && !sp.anonymous
            && matches!(det.to_lowercase().as_str(), "le" | "la" | "l'" | "l’")
            && head.is_some_and(|h| {
                let f = recoupe_text::fold::fold_word(h);
                matches!(f.as_ref(), "entreprise" | "enseigne" | "groupe" | "societe" | "compagnie" | "firme")
            });
        if of_no_one {
            let sentence = a.layers.sentences.iter().find(|s| s.span.contains(sp.span));
            sp.entity = sentence.and_then(|s| {
                a.layers
                    .entities
                    .iter()
                    .rev()
                    .filter(|e| {
                        e.kind == EntityKind::Org && e.span.start >= s.span.start && e.span.end <= sp.span.start
                    })
                    // (not the agency or paper it spoke to: "a déclaré à l'AFP l'entreprise")
                    .find(|e| {
                        let lx = recoupe_text::lexicon::lexicon();
                        let name = e.span.slice(&a.text);
                        !lx.is_outlet_name(name) && !lx.is_agency(name)
                    })
                    .map(|e| e.entity.clone())
            });
        }
        if let (Some(e), Some(d)) = (&sp.entity, q.description) {
            // "Sylvie X, première adjointe au maire": the roles a person was quoted under
            let words = fold_phrase(d.slice(&a.text));
            let roles = words.split(' ').filter(|w| is_trade_noun(w) || is_relative_noun(w)).map(str::to_string);
            quoted_as.entry(e.clone()).or_default().extend(roles);
        }
        if let Some(e) = &sp.entity {
            // (a name the tagger took for a title's misc, "Me Rodolphe X", is a person)
            // (someone named as a complement in a sentence whose subject is a pronoun
            // speaks inside that other person's clause, who stays the one a pronoun goes
            // on with: "Il rejoint le constat d'Emmanuel X qui avait évoqué « … ». « … »,
            // préconise-t-il")
            let aside = ends_with_of(&a.text[..sp.span.start])
                && a.layers.sentences.iter().find(|s| s.span.contains(sp.span)).is_some_and(|s| {
                    let first = s.span.slice(&a.text).split_whitespace().next().unwrap_or("");
                    matches!(first, "Il" | "Elle")
                });
            if (e.starts_with("per:") || e.starts_with("misc:")) && !aside {
                last = Some(e.clone());
                last_named_at = q.span.start;
            } else if e.starts_with("org:") {
                last_group = Some(e.clone());
            }
        } else if !pronoun
            && !sp.span.is_empty()
            && !head.is_some_and(is_medium_noun)
            && (!w.starts_with(char::is_uppercase) || DETERMINERS.contains(&first))
        {
            // (a medium that reports, "relate l'hebdomadaire", is no source a pronoun
            // goes on with; nor a name the tagger missed, "rapporte Gala")
            last_unnamed = Some((sp.span, q.span.start, sp.anonymous));
        }
        last_end = last_end.max(q.span.end.max(sp.span.end));
        last_spoke = sp.entity.clone();
    }
}

/// Finds the quotes of an analysed article whose entities are tagged.
pub fn annotate(a: &mut Article) {
    let c = Ctx::new(a);
    let text = &a.text;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut covered: Vec<Span> = Vec::new();
    let paragraphs: Vec<Span> = a
        .layers
        .paragraphs
        .iter()
        .filter(|p| p.kind.is_content() || p.kind == ParagraphKind::Caption)
        .map(|p| p.span)
        .collect();
    let sentence_of = |byte: usize| -> Span {
        a.layers
            .sentences
            .iter()
            .find(|s| s.span.start <= byte && byte < s.span.end.max(s.span.start + 1))
            .map_or(Span::new(byte, byte), |s| s.span)
    };
    for p in &paragraphs {
        for (open, close) in mark_pairs(text, *p) {
            let content = trim(text, Span::new(open + text[open..].chars().next().map_or(1, char::len_utf8), close));
            if content.is_empty() {
                continue;
            }
            // a title in marks after "selon" ("Selon « Le Journal du dimanche »") names a source
            let before = c.tok_to(open);
            if before > 0 && matches!(c.w(before - 1), "selon" | "Selon" | "d'après" | "D'après" | "d’après") {
                continue;
            }
            let s_open = sentence_of(open);
            let s_close = sentence_of(close.saturating_sub(1).max(open));
            let sent_end = sentence_of(close).end.max(s_close.end);
            let long = words_in(text, content) >= MIN_QUOTE_WORDS;
            // an incise inside the quote names its speaker
            if long {
                if let Some((comma, resume, cue, f)) = incise(&c, content.start, content.end) {
                    let first = trim(text, Span::new(content.start, c.toks[comma].span.start));
                    let rest_start = c.toks.get(resume).map_or(content.end, |t| t.span.start).min(content.end);
                    let rest = trim(text, Span::new(rest_start, content.end));
                    for part in [first, rest] {
                        if !part.is_empty() {
                            quotes.push(Quote {
                                span: part,
                                kind: QuoteKind::Direct,
                                cue: Some(c.span(cue.start, cue.end)),
                                speaker: Some(f.speaker.clone()),
                                description: f.description,
                                medium: f.medium,
                            });
                        }
                    }
                    covered.push(Span::new(s_open.start, sent_end));
                    continue;
                }
            }
            let found = attribute(&c, open, close, s_open.start, sent_end);
            match found {
                // one quoted word is a term, not a quote ("la partie « moulin »", son « ami »)
                Some(_) if words_in(text, content) < 2 => {}
                Some((cue, f)) => {
                    quotes.push(Quote {
                        span: content,
                        kind: if long { QuoteKind::Direct } else { QuoteKind::Mixed },
                        cue: cue.map(|q| c.span(q.start, q.end)),
                        speaker: Some(f.speaker),
                        description: f.description,
                        medium: f.medium,
                    });
                    covered.push(Span::new(s_open.start, sent_end));
                }
                None if long => {
                    quotes.push(Quote {
                        span: content,
                        kind: QuoteKind::Direct,
                        cue: None,
                        speaker: None,
                        description: None,
                        medium: None,
                    });
                    covered.push(Span::new(s_open.start, sent_end));
                }
                None => {}
            }
        }
    }
    // sentences whose quotes found no speaker are open to the indirect reading
    // ("a déclaré que Poutine « s'était mis dans un coin »")
    let attributed: Vec<Span> =
        covered.iter().copied().filter(|s| quotes.iter().any(|q| q.speaker.is_some() && s.contains(q.span))).collect();
    indirect(&c, a, &paragraphs, &attributed, &mut quotes);
    // reported speech read from a cue inside a direct quote runs over its closing
    // mark ("« … mais ils nous disent qu'ils manquent d'argent », a confié …"): not
    // what anyone reports
    let direct_spans: Vec<Span> = quotes.iter().filter(|q| q.kind == QuoteKind::Direct).map(|q| q.span).collect();
    quotes.retain(|q| {
        q.kind == QuoteKind::Direct
            || !direct_spans.iter().any(|d| d.start < q.span.start && q.span.start < d.end && d.end < q.span.end)
    });
    let indirect_spans: Vec<Span> = quotes.iter().filter(|q| q.kind != QuoteKind::Direct).map(|q| q.span).collect();
    quotes.retain(|q| q.speaker.is_some() || !indirect_spans.iter().any(|s| s.contains(q.span)));
    quotes.sort_by_key(|q| q.span.start);
    quotes.dedup_by(|x, y| x.span == y.span);
    mt_damaged_speakers(&c, a, &mut quotes);
    // a quote's own sentence first (the subject of "veut", "propose"…), then the
    // quotes left continue the speaker before them
    sentence_speakers(&c, a, &mut quotes);
    // a title nobody speaks is no quote, and takes no speaker from its neighbours;
    // nor is a short title given a speaker by the sentence around it ("Son livre
    // « Guide des 4 000 médicaments… » lui avait valu…"), unless a reporting verb
    // stands right beside it
    let beside = |q: &Quote| {
        q.cue.is_some_and(|cue| {
            let between =
                |a: usize, b: usize| a <= b && c.text[a..b].chars().filter(|ch| ch.is_alphanumeric()).count() == 0;
            between(q.span.end, cue.start) || between(cue.end, q.span.start)
        })
    };
    quotes.retain(|q| {
        !is_title_of_work(&c, q.span)
            || q.speaker.is_some() && (words_in(c.text, q.span) > 12 || beside(q) || !after_work_noun(&c, q.span))
    });
    continuations(a, &mut quotes);
    anonymous_references(a, &mut quotes);
    resolve_pronouns(a, &mut quotes);
    unnamed_antecedents(&c, a, &mut quotes);
    same_source(a, &mut quotes);
    pull_quotes(a, &mut quotes);
    entourage_unnamed(a, &mut quotes);
    a.layers.quotes = quotes;
}

/// "a précisé la même source", "selon cette même source": the source of the quote
/// before, named or not.
fn same_source(a: &Article, quotes: &mut [Quote]) {
    let mut before: Option<(Speaker, Option<Span>)> = None;
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        let folded = fold_phrase(sp.span.slice(&a.text));
        let same = matches!(
            folded.as_str(),
            "la meme source" | "cette meme source" | "cette source" | "de meme source" | "the same source"
        );
        if same && sp.entity.is_none() {
            if let Some((prev, description)) = &before {
                match &prev.entity {
                    Some(e) => sp.entity = Some(e.clone()),
                    None => {
                        sp.anonymous = prev.anonymous;
                        q.description = q.description.or(*description).or(Some(prev.span));
                    }
                }
            }
        }
        before = q.speaker.clone().map(|sp| (sp, q.description));
    }
}

/// People around someone named inside their phrase are not that person: "l'entourage
/// du Premier ministre Édouard X", "un proche de Marion X" speak unnamed.
fn entourage_unnamed(a: &Article, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        let mut words = sp.span.slice(&a.text).split_whitespace();
        let first = words.next().unwrap_or("");
        let head = match after_elided_article(first) {
            Some(rest) => rest,
            _ if DETERMINERS.contains(&first.to_lowercase().as_str()) => words.next().unwrap_or(""),
            _ => continue,
        };
        // (the person after "de": "leurs avocats William X" are X)
        let around = sp.entity.as_ref().is_some_and(|who| {
            a.layers.entities.iter().any(|e| {
                e.kind == EntityKind::Per
                    && sp.span.contains(e.span)
                    && &e.entity == who
                    && a.text[sp.span.start..e.span.start].split_whitespace().any(|w| is_of(w) || w.starts_with("d'"))
            })
        });
        if is_entourage_noun(&head.to_lowercase()) && around {
            sp.entity = None;
        }
    }
}

/// A quote repeated away from the body (a heading's or a subheading's pull quote,
/// "- « On a tout laissé derrière nous » -") with no speaker of its own is the words
/// of whoever says them in the body.
fn pull_quotes(a: &Article, quotes: &mut [Quote]) {
    let norm = |s: Span| -> String {
        s.slice(&a.text)
            .chars()
            .map(|ch| if ch.is_alphanumeric() { ch.to_lowercase().next().unwrap_or(ch) } else { ' ' })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // (the words padded with spaces, so that a quote is found in another word for word)
    let said: Vec<(String, Span, Speaker, Option<Span>)> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .filter_map(|q| Some((format!(" {} ", norm(q.span)), q.span, q.speaker.clone()?, q.description)))
        .collect();
    // (not a title named in the narration: "la production d'« On n'est pas couché »")
    let in_narration = |s: Span| {
        let before = a.text[..s.start].trim_end().trim_end_matches(['«', '"', '“']).trim_end();
        let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
        w.ends_with(['\'', '’']) || recoupe_text::lexicon::is_french_article_or_preposition(w)
    };
    // (where the first person is named: before it, a role phrase's person is a guess)
    let first_named = a.layers.entities.iter().filter(|e| e.kind == EntityKind::Per).map(|e| e.span.end).min();
    // (a role phrase opens with its article: "la secrétaire d'État", "l'élue")
    let opens_with_article = |sp: &Speaker| {
        let first = sp.span.slice(&a.text).split_whitespace().next().unwrap_or("");
        DETERMINERS.contains(&first) || after_elided_article(first).is_some()
    };
    // (a speaker named in person: a role phrase's person was only inferred)
    let named_in_person = |sp: &Speaker| {
        a.layers.entities.iter().any(|e| e.kind == EntityKind::Per && e.span == sp.span) && sp.entity.is_some()
    };
    for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
        let words = norm(q.span);
        if words.split(' ').count() < 3 || in_narration(q.span) {
            continue;
        }
        // the same words said twice, once by a name and once by a role ("…, a réagi la
        // secrétaire d'État" in the lede, "…, s'est agacée Marlène X" in the body): the
        // role is that person
        // (one whose person was not found, or a lede's: a quote in the body has a person
        // of its own)
        // (before anyone is named, in a heading or a lede, a role phrase's person is a
        // guess; a pronoun's or a group's is not)
        let lede = first_named.is_none_or(|at| at > q.span.start);
        if let Some(sp) = q.speaker.as_mut().filter(|sp| {
            !sp.anonymous && !named_in_person(sp) && (lede && opens_with_article(sp) || sp.entity.is_none())
        }) {
            let padded = format!(" {words} ");
            let named = said
                .iter()
                .filter(|(t, span, other, _)| *span != q.span && *t == padded && named_in_person(other))
                .map(|(_, _, other, _)| other.entity.clone())
                .collect::<Vec<_>>();
            if let [one] = named.as_slice() {
                sp.entity = one.clone();
            }
            continue;
        }
        if q.speaker.is_some() {
            continue;
        }
        let words = format!(" {words} ");
        let hit = said.iter().find(|(t, span, _, _)| *span != q.span && t.contains(&words));
        if let Some((_, _, sp, description)) = hit {
            q.speaker = Some(sp.clone());
            q.description = *description;
        }
    }
}

/// A pronoun no one named answers ("« … », se plaint-il" after "le gérant de la
/// société dénonce …") continues the unnamed person who opens its sentence or one of
/// the two before it in its paragraph: a phrase of a person's role or kind, of the
/// pronoun's gender, a verb after it ("Le ministre de l'Education se veut optimiste : il
/// estime que", "La jeune femme qui a filmé la scène"); that phrase is the quote's
/// description, as for a pronoun after an unnamed source.
fn unnamed_antecedents(c: &Ctx, a: &Article, quotes: &mut [Quote]) {
    if !c.fr {
        return;
    }
    let sents = &a.layers.sentences;
    for q in quotes.iter_mut() {
        let Some(sp) = &q.speaker else { continue };
        if sp.entity.is_some() || sp.anonymous || q.description.is_some() {
            continue;
        }
        let feminine = match sp.span.slice(c.text).trim_start_matches('-').trim_start_matches("t-") {
            "il" | "Il" => false,
            "elle" | "Elle" => true,
            _ => continue,
        };
        let at = sp.span.start.min(q.span.start);
        let i = sents.partition_point(|s| s.span.end <= at);
        let Some(here) = sents.get(i) else { continue };
        let mut found = None;
        for s in sents[i.saturating_sub(2)..=i].iter().rev() {
            if s.paragraph != here.paragraph {
                break;
            }
            // a person named there is the named readers' to answer for
            if c.ents.iter().any(|e| e.kind == EntityKind::Per && s.span.contains(e.span) && e.span.end <= at) {
                break;
            }
            let (lo, hi) = (c.tok_from(s.span.start), c.tok_to(s.span.end));
            // at the start, or after an opening phrase and its comma
            let start = if DETERMINERS.contains(&c.w(lo)) {
                Some(lo)
            } else {
                (lo..hi.min(lo + 12))
                    .find(|&x| c.w(x) == ",")
                    .map(|x| x + 1)
                    .filter(|&x| DETERMINERS.contains(&c.w(x)) && !(lo..x - 1).any(|y| is_stop(c.w(y))))
            };
            let Some(k) = start else { continue };
            let det = c.w(k).to_lowercase();
            let gender = match det.as_str() {
                "la" | "une" | "cette" | "sa" => Some(true),
                "le" | "un" | "ce" | "cet" | "son" => Some(false),
                "l'" | "l’" => None,
                _ => continue,
            };
            if gender.is_some_and(|g| g != feminine) {
                continue;
            }
            let head = recoupe_text::fold::fold_word(c.w(k + 1));
            let person = is_role_noun(c.w(k + 1))
                || is_person_noun(c.w(k + 1))
                || is_trade_noun(&head)
                || is_relative_noun(&head)
                || is_inhabitant_noun(c.w(k + 1));
            if !person {
                continue;
            }
            // the phrase: its nouns of roles and the adjectives around them ("le directeur
            // général", "la jeune femme"), up to two complements ("le gérant de la société",
            // "le ministre de l'Education"), then its verb
            let mut end = k + 1;
            let part =
                |w: &str| is_role_noun(w) || is_person_noun(w) || pre_nominal(w) || matches!(w, "général" | "générale");
            while end < hi && end < k + 5 && part(c.w(end)) {
                end += 1;
            }
            for _ in 0..2 {
                if !is_of(c.w(end)) {
                    break;
                }
                let mut x = end + 1;
                if matches!(c.w(x), "la" | "le" | "l'" | "l’" | "les") {
                    x += 1;
                }
                if !c.w(x).chars().next().is_some_and(char::is_alphabetic) {
                    break;
                }
                end = x + 1;
                while c.w(end).starts_with(char::is_uppercase) && end < hi {
                    end += 1;
                }
            }
            let verb = is_aux(c.w(end))
                || is_cue_verb(c.w(end))
                || matches!(c.w(end), "s'" | "s’" | "se" | "ne" | "n'" | "n’" | "qui")
                || c.w(end).starts_with(char::is_lowercase)
                    && c.w(end).chars().all(char::is_alphabetic)
                    && ["e", "es", "ent", "it", "ait", "aient", "a"].iter().any(|x| c.w(end).ends_with(x))
                    && !matches!(c.w(end), "de" | "à" | "la" | "une" | "pour" | "entre" | "contre" | "comme")
                    && !part(c.w(end));
            if end >= hi || !verb {
                continue;
            }
            found = Some((c.span(k, end), matches!(det.as_str(), "un" | "une")));
            break;
        }
        if let Some((phrase, anonymous)) = found {
            q.description = Some(phrase);
            if let Some(sp) = q.speaker.as_mut() {
                sp.anonymous = anonymous;
            }
        }
    }
}

/// Nouns of works whose title follows in quotation marks: "la comédie « Les
/// Apprentis »", "son nouveau clip « Je suis chez moi »".
const WORK_NOUNS: [&str; 33] = [
    "film",
    "autobiographie",
    "biographie",
    "memoires",
    "recueil",
    "pamphlet",
    "podcast",
    "intitule",
    "intitulee",
    "baptise",
    "comedie",
    "documentaire",
    "serie",
    "livre",
    "roman",
    "album",
    "chanson",
    "titre",
    "emission",
    "spectacle",
    "piece",
    "clip",
    "opus",
    "tube",
    "ouvrage",
    "exposition",
    "court-metrage",
    "long-metrage",
    "feuilleton",
    "essai",
    "novel",
    "movie",
    "song",
];

/// Whether the unattributed quote at `span` is the title of a work: after a work
/// noun ("le film culte « … »"), or before its author ("« Ce qui nous lie » de
/// Cédric Klapisch").
fn is_title_of_work(c: &Ctx, span: Span) -> bool {
    let open = c.tok_to(span.start);
    let close = c.tok_from(span.end);
    let after_work = after_work_noun(c, span);
    // "… de Quentin Tarantino « … »", "« … » de Cédric Klapisch": the author next to it
    let author_before = open >= 2
        && c.ents.iter().any(|e| {
            let start = c.tok_from(e.span.start);
            e.kind == EntityKind::Per
                && c.tok_to(e.span.end) == open - 1
                && start > 0
                && matches!(c.w(start - 1), "de" | "d'" | "d’")
        });
    let author_after = matches!(c.w(close + 1), "de" | "d'" | "d’" | "by")
        && c.mention(close + 2).is_some_and(|(m, _)| m.kind == EntityKind::Per);
    after_work || author_before || author_after
}

/// "le film culte « … »", "le documentaire diffusé sur France 5 « … »", "du livre :
/// « … »": a work's noun a few words before the quote, within its clause.
fn after_work_noun(c: &Ctx, span: Span) -> bool {
    let open = c.tok_to(span.start);
    let colon = open >= 2 && c.w(open - 1) == ":";
    let last = if colon { open - 2 } else { open.saturating_sub(1) };
    (open.saturating_sub(7)..last).rev().take_while(|&x| !is_stop(c.w(x)) && !is_cue_verb(c.w(x))).any(|x| {
        // (not "à ce titre", "au titre de")
        let idiom = c.w(x) == "titre" && x > 0 && matches!(c.w(x - 1), "ce" | "au");
        WORK_NOUNS.contains(&recoupe_text::fold::fold_word(c.w(x)).as_ref()) && !idiom
    })
}

/// "…, a déclaré l'ancien Français. La diplomate Marie Dumoulin, directrice…":
/// machine translation split the speaker's phrase; a short role phrase ending
/// the sentence hands the quote to the person the next sentence opens with.
fn mt_damaged_speakers(c: &Ctx, a: &Article, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        if sp.entity.is_some() || sp.anonymous || sp.span.slice(c.text).split_whitespace().count() > 3 {
            continue;
        }
        let k = c.tok_to(sp.span.end);
        // (a role phrase cut short, "l'ancien Français"; not a source named alone, "rapporte
        // brumeinfo.fr")
        // (one person's role: "les enquêteurs. Son fils X" are two sources)
        let det = c.w(c.tok_from(sp.span.start));
        if c.w(k) != "." || !DETERMINERS.contains(&det) || matches!(det, "les" | "Les" | "des" | "Des" | "ses" | "Ses")
        {
            continue;
        }
        // (a phrase whole in itself is no role cut short: "explique-t-on dans son
        // entourage. Le député X y va…")
        let whole = (c.tok_from(sp.span.start)..k).any(|x| {
            let w = c.w(x);
            is_entourage_noun(w) || is_medium_noun(w) || is_group_noun(&recoupe_text::fold::fold_word(w))
        });
        if whole {
            continue;
        }
        // the next sentence: [Det] role word(s) PER
        let mut j = k + 1;
        if DETERMINERS.contains(&c.w(j)) {
            j += 1;
        }
        let roles = (j..j + 3).take_while(|&x| is_role_noun(c.w(x)) || c.w(x).starts_with(char::is_lowercase)).count();
        // (not the complement of the role: "L'avocat de Marc X" is not Marc X)
        // (a role among them: "Le couple X tient une boutique" starts a new story)
        if roles == 0 || is_of(c.w(j + roles - 1)) || !(j..j + roles).any(|x| is_role_noun(c.w(x))) {
            continue;
        }
        if let Some((m, _)) = c.mention(j + roles).filter(|(m, _)| m.kind == EntityKind::Per) {
            sp.span = m.span;
            sp.entity = Some(m.entity.clone());
            q.description = m.role.or(q.description);
        }
    }
    let _ = a;
}

/// Words a news outlet reports ("Comme le révèle Le Parisien, …", "Selon le
/// quotidien régional, …"): what they tell is narration, whoever the outlet quotes
/// next is not the outlet, and a person they name may speak next.
fn reported_by_outlet(a: &Article, q: &Quote) -> bool {
    if q.kind == QuoteKind::Direct {
        return false;
    }
    let Some(sp) = &q.speaker else { return false };
    let lx = recoupe_text::lexicon::lexicon();
    let outlet = |name: &str| lx.is_outlet_name(name) || lx.is_agency(name);
    let w = sp.span.slice(&a.text);
    let mut words = w.split_whitespace();
    let first = words.next().unwrap_or("");
    let head = after_elided_article(first);
    let head = head.or_else(|| words.next().filter(|_| DETERMINERS.contains(&first)));
    outlet(w)
        // (not "l'agence sanitaire": an agency of the state speaks)
        || head.is_some_and(|h| is_medium_noun(h) && h != "agence")
        || sp.entity.as_ref().is_some_and(|e| {
            e.starts_with("org:") && a.layers.entities.iter().any(|m| &m.entity == e && outlet(m.span.slice(&a.text)))
        })
}

/// A quote with no attribution that follows an attributed one in the same
/// paragraph, or opens the paragraph after it, continues the same speaker's
/// words ("…", a déclaré Stronski. "Peut-être que…").
fn continuations(a: &Article, quotes: &mut [Quote]) {
    let para = |byte: usize| a.layers.paragraphs.iter().position(|p| p.span.start <= byte && byte <= p.span.end);
    // a name in quotation marks is a title ("la revue « Charles »"), not a person speaking
    let in_marks = |s: Span| a.text[..s.start].trim_end().ends_with(['«', '"', '“']);
    // nor one named as someone's kin ("dans une allusion à son épouse X")
    let kin = |s: Span| {
        let mut back = a.text[..s.start].split_whitespace().rev();
        let (noun, det) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
        matches!(det, "son" | "sa" | "ses")
            && matches!(
                noun,
                "épouse" | "femme" | "mari" | "époux" | "compagne" | "compagnon" | "fils" | "fille" | "père" | "mère"
            )
    };
    // (the sentences are in text order: found by halving)
    let sentence = |byte: usize| {
        let ss = &a.layers.sentences;
        Some(ss.partition_point(|s| s.span.start <= byte).checked_sub(1)?).filter(|&i| byte < ss[i].span.end)
    };
    // a person named in a question is who it asks about, not who answers it ("Nicolas X
    // est-il populiste ? « Ah oui … »" is the interviewee's)
    // (the question's own, not one quoted: "X : « Est-ce que j'ai … ? »"; nor one asking
    // someone's view, "La réalité pour Axelle X ? « … »")
    let in_question = |s: Span| {
        sentence(s.start).is_some_and(|i| {
            let q = a.layers.sentences[i].span.slice(&a.text).trim_end();
            q.ends_with('?')
                && !q.contains(['"', '«', '»', '“', '”'])
                && !(a.text[..s.start].trim_end().ends_with(" pour") || a.text[..s.start].trim_end().ends_with("Pour"))
        })
    };
    // nor one named as a complement, past their role ("Il ne se montre pas tendre
    // envers le Premier ministre Boris X. « … »" is not X's)
    let complement = |e: &EntityMention| {
        // (a whole role phrase, from its article: not "patrons" alone in "le patron des
        // patrons X")
        let whole = |r: &Span| {
            let first = r.slice(&a.text).split_whitespace().next().unwrap_or("").to_lowercase();
            DETERMINERS.contains(&first.as_str()) || first.starts_with("l'") || first.starts_with("l’")
        };
        let start = e
            .role
            .filter(|r| r.end <= e.span.start && e.span.start - r.end <= 1 && whole(r))
            .map_or(e.span.start, |r| r.start);
        let before = a.text[..start].trim_end();
        // (past a title: "le « mépris » de Mme X")
        let before = match before.rsplit_once(char::is_whitespace) {
            Some((rest, title)) if TITLES.contains(&title) => rest.trim_end(),
            _ => before,
        };
        // (the words of someone are theirs: "les attaques de Donald X", "par la voix
        // d'Olivier Y")
        let of_words = || {
            let mut back = before.split_whitespace().rev();
            let (_, noun) = (back.next(), back.next().unwrap_or(""));
            let noun = recoupe_text::fold::fold_word(noun);
            SPEECH_WORDS.contains(&noun.as_ref())
                || matches!(
                    noun.as_ref(),
                    "voix"
                        | "attaques"
                        | "attaque"
                        | "mots"
                        | "message"
                        | "reponse"
                        | "formule"
                        | "citation"
                        | "lettre"
                        | "tweet"
                )
        };
        ends_with_of(before) && !of_words()
            || before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| OBJECT_PREPOSITIONS.contains(&w) || w == "auprès")
    };
    for i in 1..quotes.len() {
        if quotes[i].speaker.is_some() || quotes[i].kind != QuoteKind::Direct {
            continue;
        }
        // a fragment before the next quote of its sentence, which has its speaker, is
        // that one's (below): "ont réalisé « … » et constaté « … », a annoncé X"
        // (with no stop between them the segmenter missed: "… professeurs».- Inventivité -")
        let next_speaks = quotes.get(i + 1).is_some_and(|n| {
            n.speaker.is_some()
                && sentence(n.span.start).is_some()
                && sentence(n.span.start) == sentence(quotes[i].span.start)
                && !a.text[quotes[i].span.end.min(n.span.start)..n.span.start].contains(['.', '!', '?'])
        });
        if next_speaks {
            continue;
        }
        let prev = quotes[i - 1].clone();
        // (an outlet's words hand on no speaker: whom it quotes next is someone else)
        let hands_on = !reported_by_outlet(a, &prev);
        let Some(sp) = prev.speaker.clone() else { continue };
        let (pp, qp) = (para(prev.span.start), para(quotes[i].span.start));
        let (Some(pp), Some(qp)) = (pp, qp) else { continue };
        let between = &a.text[prev.span.end.min(quotes[i].span.start)..quotes[i].span.start];
        let near = if pp == qp {
            // at most the attribution between them
            between.len() < 200
        } else {
            qp == pp + 1 && a.text[a.layers.paragraphs[qp].span.start..quotes[i].span.start].trim().chars().count() <= 1
        };
        if near {
            // the person the quote's own sentence opens with speaks ("M. Mélenchon
            // s'en est pris au « vide de Mme Le Pen »"), else a person introduced
            // between the two quotes ("Même analyse pour Jean Sulpice, chef… Quand
            // « nous rouvrirons… »")
            // (the sentences are in text order: found by halving)
            let at = quotes[i].span.start;
            let ss = &a.layers.sentences;
            let sent_start = ss
                .get(ss.partition_point(|s| s.span.start <= at).wrapping_sub(1))
                .filter(|s| at < s.span.end)
                .map_or(at, |s| s.span.start);
            let subject = a.layers.entities.iter().find(|e| {
                e.kind == EntityKind::Per
                    && e.span.start >= sent_start.max(prev.span.end)
                    && e.span.end <= quotes[i].span.start
                    && !prev.medium.is_some_and(|m| m.contains(e.span))
                    && !sp.span.contains(e.span)
                    && !in_marks(e.span)
                    && !in_question(e.span)
                    && !kin(e.span)
                    && !complement(e)
            });
            let newcomer = subject.or_else(|| {
                a.layers.entities.iter().rev().find(|e| {
                    e.kind == EntityKind::Per
                    && e.span.slice(&a.text).contains(' ')
                    && e.span.start >= prev.span.end
                    && e.span.end <= quotes[i].span.start
                    && Some(&e.entity) != sp.entity.as_ref()
                    // not a name inside the speaker's own phrase ("la nièce de X")
                    && !sp.span.contains(e.span)
                    && !in_marks(e.span)
                    && !in_question(e.span)
                    && !kin(e.span)
                    && !complement(e)
                    // not the interviewer of the medium ("au micro de Jean-Pierre X")
                    && !prev.medium.is_some_and(|m| m.contains(e.span))
                    // nor a medium the tagger took for a person ("au journal Wales Online")
                    && !a.text[..e.span.start].split_whitespace().next_back().is_some_and(is_medium_noun)
                })
            });
            match newcomer {
                Some(e) => {
                    quotes[i].speaker =
                        Some(Speaker { span: e.span, entity: Some(e.entity.clone()), anonymous: false });
                    quotes[i].description = e.role;
                }
                None if hands_on => {
                    quotes[i].speaker = Some(sp);
                    quotes[i].description = prev.description;
                    quotes[i].medium = prev.medium;
                }
                None => {}
            }
        }
    }
    // "de « protéger … » et « d'aider … », a précisé l'OTSC": a fragment takes the
    // speaker of the next quote of its sentence
    // a speaker handed back to the sentence before is not handed on again
    let had_speaker: Vec<bool> = quotes.iter().map(|q| q.speaker.is_some()).collect();
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[i].speaker.is_none() && quotes[i + 1].speaker.is_some() {
            let (si, sj) = (sentence(quotes[i].span.start), sentence(quotes[i + 1].span.start));
            // or of the next sentence of its paragraph, when that quote's attribution
            // follows it: "… est chargé de « protéger … ». Ils « ne participent pas … », a
            // tenu à préciser le ministère"
            let next_sentence = match (si, sj) {
                (Some(x), Some(y)) => {
                    let ss = &a.layers.sentences;
                    // the fragment ends its sentence (no attribution of its own after it)
                    let rest = &a.text[quotes[i].span.end.min(ss[x].span.end)..ss[x].span.end];
                    y == x + 1
                        && ss[x].paragraph == ss[y].paragraph
                        && quotes[i + 1].kind == QuoteKind::Direct
                        && rest
                            .chars()
                            .all(|ch| matches!(ch, '»' | '"' | '”' | '.' | '!' | '?' | ')') || ch.is_whitespace())
                        && had_speaker[i + 1]
                        && quotes[i + 1].cue.is_some_and(|cue| cue.start >= quotes[i + 1].span.end)
                }
                _ => false,
            };
            if si.is_some() && (si == sj || next_sentence) {
                quotes[i].speaker = quotes[i + 1].speaker.clone();
                quotes[i].cue = quotes[i + 1].cue;
                quotes[i].description = quotes[i + 1].description;
            }
        }
    }
}

/// Verbs of intent or appeal that, in a sentence holding a quoted phrase, make
/// their subject its speaker ("La ministre veut instaurer « … »").
fn intent_at(c: &Ctx, k: usize) -> Option<Cue> {
    let mut i = k;
    if is_aux(c.w(i)) {
        i += 1;
    }
    let w = recoupe_text::fold::fold_word(c.w(i));
    matches!(
        w.as_ref(),
        "veut" | "voulait" | "souhaite" | "entend" | "appelle" | "appele" | "exhorte" | "promet" | "reclame"
    )
    .then_some(Cue { start: k, end: i + 1, pronoun: None })
}

/// Words that name speech: a quote in a sentence that has one of them after a
/// person is that person's ("ses déclarations martiales… « de tirer pour tuer »").
const SPEECH_WORDS: [&str; 18] = [
    "declaration",
    "declarations",
    "propos",
    "cite",
    "citant",
    "qualifie",
    "qualifiant",
    "evoque",
    "evoquant",
    "impute",
    "termes",
    "discours",
    "appel",
    "appele",
    "promis",
    "promettant",
    "words",
    "statement",
];

/// Quotes still without a speaker: the person of the sentence who is said to
/// speak, and a lede quote followed by the person the next sentence is about.
fn sentence_speakers(c: &Ctx, a: &Article, quotes: &mut [Quote]) {
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        let Some(s) = a.layers.sentences.iter().find(|s| s.span.start <= q.span.start && q.span.start < s.span.end)
        else {
            continue;
        };
        let (lo, qk) = (c.tok_from(s.span.start), c.tok_from(q.span.start));
        // "Nicole Belloubet affirme jeudi … vouloir « … »": the subject of a reporting
        // verb earlier in the sentence
        let subject = (lo..qk.saturating_sub(1)).find_map(|k| {
            let cue = cue_at(c, k).or_else(|| intent_at(c, k))?;
            if cue.end > qk {
                return None;
            }
            match cue.pronoun {
                Some(p) => Some((cue, Speaker { span: c.toks[p].span, entity: None, anonymous: false }, None)),
                None => speaker_before(c, k, lo).map(|f| (cue, f.speaker, None)).or_else(|| {
                    // an incise before the quote: "Mais, a insisté Jean X, ces jeunes « … »"
                    (k > lo && c.w(k - 1) == ",")
                        .then(|| speaker_at(c, cue.end, qk))
                        .flatten()
                        // (close before the quote, with no other verb of saying between)
                        .filter(|f| {
                            c.w(f.end) == ","
                                && c.mention(c.tok_from(f.speaker.span.start)).is_some()
                                && qk <= f.end + 12
                                && !(f.end..qk).any(|x| {
                                    is_cue_verb(c.w(x)) || c.mention(x).is_some_and(|(m, _)| m.kind == EntityKind::Per)
                                })
                        })
                        .map(|f| (cue, f.speaker, f.description))
                }),
            }
        });
        if let Some((cue, sp, description)) = subject {
            q.cue = Some(c.span(cue.start, cue.end));
            q.speaker = Some(sp);
            q.description = description.or(q.description);
            continue;
        }
        // "Un message qui revient, pour le syndicat Alliance, à jeter « en pâture »": the
        // view given to someone between commas
        // (after a comma, "Mais" or "Et", or opening the sentence: "Mais pour X, Lyon est
        // encore pensé « … »")
        let pour = (lo..qk.saturating_sub(1)).find(|&x| {
            matches!(c.w(x), "pour" | "Pour") && (x == lo || matches!(c.w(x - 1), "," | "Mais" | "Et" | "mais"))
        });
        // (the quote may open right after the name: "Pour Bruno X « il faut … »")
        // (or a role, then the name: "Pour le secrétaire d'État auprès du ministre de la
        // Santé Adrien X, cette suppression « … »")
        let role_then_name = |x: usize| {
            if !DETERMINERS.contains(&c.w(x + 1)) || !is_role_noun(c.w(x + 2)) {
                return None;
            }
            let (y, m, after) = (x + 3..(x + 16).min(qk)).find_map(|y| {
                c.mention(y).filter(|(m, _)| m.kind == EntityKind::Per).map(|(m, after)| (y, m, after))
            })?;
            let clean = !(x + 1..y).any(|z| is_cue_verb(c.w(z)) || is_aux(c.w(z)) || is_stop(c.w(z)));
            (clean && c.w(after) == ",").then(|| Found {
                speaker: Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false },
                end: after,
                description: Some(c.span(x + 1, y)),
                medium: None,
            })
        };
        if let Some(f) = pour.and_then(|x| {
            speaker_at(c, x + 1, qk)
                .filter(|f| c.w(f.end) == "," || f.end + 1 == qk && matches!(c.w(f.end), "«" | "\"" | "“"))
                .or_else(|| role_then_name(x))
        }) {
            let x = pour.unwrap_or(lo);
            q.cue = Some(c.span(x, x + 1));
            q.speaker = Some(f.speaker);
            q.description = f.description;
            continue;
        }
        // "Selon lui, cette annonce est une « réponse »", "d'après le quotidien « … »",
        // "Selon Médiapart, … pour « … »": the source named before the quote in its
        // sentence (a medium's name too, whatever its tag)
        let opener = (lo..qk.saturating_sub(1)).find_map(|k| {
            // (and, before a quote, "Comme le rappelle le linguiste X, « … »")
            let n = source_opener(c, k)?;
            // at the sentence's start, after a comma, or after a stop the segmenter kept
            (k == lo || matches!(c.w(k - 1), "," | ".")).then_some((k, n))
        });
        let source = opener.and_then(|(k, n)| {
            let at = k + n;
            let closes = |x: usize| matches!(c.w(x), "," | "\"" | "«" | "“");
            let unnamed = |end: usize| Found {
                speaker: Speaker { span: c.span(at, end), entity: None, anonymous: false },
                end,
                description: None,
                medium: None,
            };
            speaker_at(c, at, qk)
                .or_else(|| {
                    let (m, after) = c.mention(at)?;
                    closes(after).then(|| Found {
                        speaker: Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false },
                        end: after,
                        description: None,
                        medium: None,
                    })
                })
                .or_else(|| {
                    // "d'après le quotidien « … »": a medium by what it is
                    let noun = if DETERMINERS.contains(&c.w(at)) { at + 1 } else { at };
                    let end = (noun + 1..qk.min(noun + 4)).find(|&x| closes(x))?;
                    (noun > at && is_medium_noun(c.w(noun))).then(|| unnamed(end))
                })
                .or_else(|| {
                    // "Selon Médiapart, …": a name the tagger left out
                    let end = (at..qk.min(at + 4)).take_while(|&x| c.w(x).starts_with(char::is_uppercase)).last()? + 1;
                    closes(end).then(|| unnamed(end))
                })
        });
        if let (Some((k, n)), Some(f)) = (opener, source) {
            q.cue = Some(c.span(k, k + n));
            q.speaker = Some(f.speaker);
            q.description = f.description;
            continue;
        }
        let person = c
            .ents
            .iter()
            .rev()
            .find(|e| e.kind == EntityKind::Per && e.span.start >= s.span.start && e.span.end <= q.span.start);
        if let Some(p) = person {
            let pk = c.tok_to(p.span.end);
            if (pk..qk).any(|x| SPEECH_WORDS.contains(&recoupe_text::fold::fold_word(c.w(x)).as_ref())) {
                q.speaker = Some(Speaker { span: p.span, entity: Some(p.entity.clone()), anonymous: false });
                continue;
            }
        }
        // "Nicole Belloubet a précisé le calendrier. L'avant-projet sera soumis « … »",
        // "il explique avoir … . « Avec des effectifs réduits, ça passe encore »": a
        // quote in a sentence that names nobody continues the reporting verb of the
        // sentence before it, in the same paragraph
        if person.is_none() {
            if let Some(found) = previous_sentence_speaker(c, a, s.span) {
                q.cue = Some(c.span(found.0.start, found.0.end));
                q.speaker = Some(found.1);
                continue;
            }
        }
        // "Cruz called them on it:\n\n“The questions …”": a quote opening its paragraph
        // after one that ends on a colon is the person who speaks there
        if let Some(sp) = colon_paragraph_speaker(c, a, s, q.span) {
            q.speaker = Some(sp);
            continue;
        }
        // "Sur le plateau, Fabrice Luchini n'a pas caché son attirance. « Le souci
        // qu'on a… »": a whole quoted sentence after one whose subject is a person,
        // in the same paragraph, with no reporting verb anywhere, is that person's
        if person.is_none() {
            if let Some(sp) = previous_subject(c, a, s, q.span) {
                q.speaker = Some(sp);
                continue;
            }
        }
        // "… apprendre à « avoir de la considération ». Voilà ce qu'a conseillé Cédric
        // X", "C'est ce qu'affirmait Fabien Y": the speaker of the words just quoted
        if let Some((cue, f)) = that_is_what_said(c, q.span) {
            q.cue = Some(c.span(cue.start, cue.end));
            q.speaker = Some(f.speaker);
            q.description = f.description;
            q.medium = f.medium;
            continue;
        }
        // a quote that is its paragraph's first sentence, then the person who speaks in
        // the next one: "« Je veux être très clair. » Dans un entretien au Parisien,
        // le procureur Rémy Heitz assure que…"
        if let Some((cue, f)) = next_sentence_speaker(c, a, s, q.span) {
            q.cue = Some(c.span(cue.start, cue.end));
            q.speaker = Some(f.speaker);
            q.description = f.description;
            continue;
        }
        // a quote opening the article's first paragraph, then "Le président X, Y, a…"
        let first_para = a.layers.paragraphs.iter().find(|p| p.kind.is_content() && p.kind != ParagraphKind::Title);
        if lo == qk.saturating_sub(1) && first_para.is_some_and(|p| p.span.contains(s.span)) {
            let last =
                a.layers.sentences.iter().find(|x| x.span.start <= q.span.end && q.span.end <= x.span.end).unwrap_or(s);
            let mut next = c.tok_from(last.span.end);
            while matches!(c.w(next), "\"" | "»" | "”") {
                next += 1;
            }
            let mut j = next;
            while j < next + 5
                && (DETERMINERS.contains(&c.w(j))
                    || is_role_noun(c.w(j))
                    || c.w(j).starts_with(char::is_lowercase)
                    || c.w(j) == ",")
            {
                j += 1;
            }
            if let Some((m, _)) = c.mention(j).filter(|(m, _)| m.kind == EntityKind::Per) {
                q.speaker = Some(Speaker { span: m.span, entity: Some(m.entity.clone()), anonymous: false });
                q.description = m.role;
            }
        }
    }
}

/// The person who opens the sentence before `s` (after an introductory phrase
/// and its comma at most), when the quote makes up `s` whole and that sentence,
/// in the same paragraph, holds no quote of its own.
fn previous_subject(c: &Ctx, a: &Article, s: &recoupe_model::Sentence, quote: Span) -> Option<Speaker> {
    if !makes_up(c, s, quote) || words_in(c.text, quote) < MIN_QUOTE_WORDS {
        return None;
    }
    let sents = &a.layers.sentences;
    let i = sents.partition_point(|x| x.span.start < s.span.start);
    let prev = sents.get(i.checked_sub(1)?)?;
    if prev.paragraph != s.paragraph || prev.span.slice(c.text).contains(['"', '«', '»', '“', '”']) {
        return None;
    }
    // (a question's subject does not answer it: "X est-il populiste ? « Ah oui … »" is
    // the interviewee's answer)
    if prev.span.slice(c.text).trim_end().ends_with('?') {
        return None;
    }
    let (lo, hi) = (c.tok_from(prev.span.start), c.tok_to(prev.span.end));
    // the subject: at the start, or after an opening phrase and its comma ("Sur le
    // plateau de Radio Val, X …"); a verb next (not an apposition, not the end)
    let subject = c.ents.iter().find(|e| {
        let (at, after) = (c.tok_from(e.span.start), c.tok_to(e.span.end));
        e.span.start >= prev.span.start
            && e.span.end <= prev.span.end
            && (at == lo || at > lo && c.w(at - 1) == "," && !(lo..at - 1).any(|x| is_stop(c.w(x))))
            && after < hi
            && !is_stop(c.w(after))
    })?;
    (subject.kind == EntityKind::Per).then(|| Speaker {
        span: subject.span,
        entity: Some(subject.entity.clone()),
        anonymous: false,
    })
}

/// For a quote opening its paragraph when the paragraph before ends on a colon ("X
/// a déclaré :", "Cruz called them on it:"): the person who speaks in that last
/// sentence, the subject of its reporting verb or else the last person named there
/// and followed by a verb (not a complement: "a répondu à Paul X :").
fn colon_paragraph_speaker(c: &Ctx, a: &Article, s: &recoupe_model::Sentence, quote: Span) -> Option<Speaker> {
    let sents = &a.layers.sentences;
    let i = sents.partition_point(|x| x.span.start < s.span.start);
    let prev = sents.get(i.checked_sub(1)?)?;
    let opens = c.tok_from(s.span.start) + 1 >= c.tok_to(quote.start);
    let text = prev.span.slice(c.text).trim_end();
    if prev.paragraph == s.paragraph || !opens || !text.ends_with(':') || text.contains(['"', '«', '»', '“', '”'])
    {
        return None;
    }
    let (lo, hi) = (c.tok_from(prev.span.start), c.tok_from(prev.span.end));
    cued_speaker(c, lo, hi).map(|(_, sp)| sp).or_else(|| {
        c.ents
            .iter()
            .rev()
            .filter(|e| e.kind == EntityKind::Per && e.span.start >= prev.span.start && e.span.end <= prev.span.end)
            .find(|e| {
                let (at, after) = (c.tok_from(e.span.start), c.tok_to(e.span.end));
                let next = c.w(after);
                next.starts_with(char::is_lowercase) && !is_stop(next) && !(at > lo && is_of(c.w(at - 1)))
            })
            .map(|e| Speaker { span: e.span, entity: Some(e.entity.clone()), anonymous: false })
    })
}

/// Whether the quote makes up the sentence `s`, but for its marks and final stop.
fn makes_up(c: &Ctx, s: &recoupe_model::Sentence, quote: Span) -> bool {
    c.tok_from(s.span.start) + 1 >= c.tok_to(quote.start) && c.tok_to(quote.end) + 2 >= c.tok_to(s.span.end)
}

/// For a quote that makes up the first sentence of its paragraph: the reporting
/// verb of the next sentence of the paragraph and the person before it.
fn next_sentence_speaker(c: &Ctx, a: &Article, s: &recoupe_model::Sentence, quote: Span) -> Option<(Cue, Found)> {
    let whole = makes_up(c, s, quote);
    let paras = &a.layers.paragraphs;
    let opens =
        paras.get(paras.partition_point(|p| p.span.start < s.span.start)).is_some_and(|p| p.span.start == s.span.start);
    if !whole || !opens {
        return None;
    }
    // the sentences are in text order: the next one is found by halving
    let sents = &a.layers.sentences;
    let next =
        sents.get(sents.partition_point(|x| x.span.start < s.span.end)).filter(|x| x.paragraph == s.paragraph)?;
    let (lo, hi) = (c.tok_from(next.span.start), c.tok_from(next.span.end));
    (lo..hi).find_map(|k| {
        let cue = cue_at(c, k)?;
        let f = speaker_before(c, k, lo)?;
        f.speaker.entity.as_ref().is_some_and(|e| e.starts_with("per:")).then_some((cue, f))
    })
}

/// "« … ». Voilà ce qu'a conseillé X", "« … ». C'est ce qu'affirmait X": the next
/// sentence opens on "that is what" and a reporting verb, whose subject follows it.
fn that_is_what_said(c: &Ctx, quote: Span) -> Option<(Cue, Found)> {
    let mut j = c.tok_from(quote.end);
    while matches!(c.w(j), "\"" | "»" | "”" | "." | "!" | "?") && j < c.toks.len() {
        j += 1;
    }
    // (at most one closing mark and a full stop: the next sentence starts there)
    if j > c.tok_from(quote.end) + 3 {
        return None;
    }
    let k = match (c.w(j), c.w(j + 1)) {
        ("Voilà", "ce") => j + 2,
        ("C'" | "C’", "est") if c.w(j + 2) == "ce" => j + 3,
        _ => return None,
    };
    if !matches!(c.w(k), "que" | "qu'" | "qu’") {
        return None;
    }
    let cue = cue_at(c, k + 1).filter(|cue| cue.pronoun.is_none())?;
    let limit = (cue.end + 16).min(c.toks.len());
    let f = speaker_at(c, cue.end, limit)?;
    // (a person or a group that speaks, not "ce qu'on appelle")
    f.speaker.entity.is_some().then_some((cue, f))
}

/// Where the words of "Selon X, …" start: past the source's phrase, which runs to its
/// comma with a date or year inside it ("selon une étude de l'Unicef de 2016,", "selon
/// un article publié le 26 septembre,"; a time alone, "selon le ministère jeudi,", is
/// left out), past sources listed after it ("de BFM TV, de Franceinfo et du Parisien,")
/// and past clauses on it ("qui a révélé l'information mardi,", "que cite Closer,",
/// "citant des sources policières,"). `f` is the source read at token `at` and takes
/// the longer phrase.
fn source_content_start(c: &Ctx, f: &mut Found, at: usize, hi: usize) -> usize {
    let apposition = (at..f.end).any(|x| c.w(x) == ",");
    let clear = |from: usize, to: usize| {
        // (brackets allowed: "des statistiques (Drees)")
        !(from..to).any(|y| {
            is_stop(c.w(y)) && !matches!(c.w(y), "(" | ")")
                // (a participle on the source is no cue: "selon un rapport dévoilé jeudi,")
                || is_cue_verb(c.w(y)) && !(e_participle(c.w(y)) && y > 0 && !is_aux(c.w(y - 1)))
                || matches!(c.w(y), "que" | "qu'" | "qu’")
        })
    };
    // "selon une étude de l'Unicef de 2016, …", "selon un article publié le 26
    // septembre, …": the source's phrase runs to its comma (a time alone
    // there is no part of it: "selon le ministère jeudi, …")
    let mut end = f.end;
    if !matches!(c.w(end), "," | "qui" | "dont") {
        // (not a comma inside brackets: "sur les produits (pâtes, riz, …)")
        let balanced =
            |x: usize| (end..x).filter(|&y| c.w(y) == "(").count() == (end..x).filter(|&y| c.w(y) == ")").count();
        if let Some(x) = (end..hi.min(end + 12)).find(|&x| c.w(x) == "," && balanced(x)).filter(|&x| clear(end, x)) {
            // (after a preposition or a participle: "de 2016", "publié lundi")
            let last = c.w(end - 1);
            let dangling = matches!(last, "de" | "du" | "des" | "le" | "la" | "les" | "en" | "paru" | "parue")
                || e_participle(last);
            let worded = (end..x).any(|y| c.w(y).chars().any(char::is_alphanumeric));
            if worded && (dangling || !(end..x).all(|y| is_time_word(c.w(y)))) {
                f.speaker.span = Span::new(f.speaker.span.start, c.toks[x - 1].span.end);
            }
            end = x;
        }
    }
    // "selon les informations de BFM TV, de Franceinfo et du Parisien, …": the
    // sources listed
    // (or names: "selon BFM TV, Franceinfo et Le Parisien, …")
    let names = |from: usize, to: usize| (from..to).any(|y| c.w(y) == "et") && (from..to).all(|y| in_names(c.w(y)));
    loop {
        if c.w(end) != "," {
            break;
        }
        let next = (end + 2..hi.min(end + 14)).find(|&x| c.w(x) == ",");
        let listed = next.filter(|&x| {
            clear(end + 1, x) && (matches!(c.w(end + 1), "de" | "du" | "des" | "d'" | "d’") || names(end + 1, x))
        });
        match listed {
            Some(x) => {
                f.speaker.span = Span::new(f.speaker.span.start, c.toks[x - 1].span.end);
                end = x;
            }
            None => break,
        }
    }
    let mut from = if c.w(end) == "," { end + 1 } else { end };
    // "Selon Le Parisien, qui a révélé l'information mardi, content": the
    // clauses on the source are not what it says (unless the source
    // phrase took an apposition, "Selon Me X, le gardien, qui …, risque":
    // the clause is then the content's), nor "que cite Closer", "citant des
    // sources policières", nor "selon M. X qui avait 25 ans à l'époque"
    // ("réalisé par le cabinet X", "publié dimanche": a participle on the source)
    let participle = |x: usize| {
        let w = c.w(x);
        w.starts_with(char::is_lowercase) && w.ends_with("ant") && w.len() > 5
            || e_participle(w)
                && (matches!(c.w(x + 1), "par" | "dans" | "sur" | "au" | "à") || is_time_word(c.w(x + 1)))
    };
    // (also after "et": "mené par l'Université d'Oxford, et relayé par Le
    // Parisien,")
    let clause = |x: usize| {
        matches!(c.w(x), "qui" | "dont" | "que" | "qu'" | "qu’")
            || x > end && (participle(x) || c.w(x) == "et" && participle(x + 1))
    };
    while (from > end || matches!(c.w(from), "qui" | "que" | "dont")) && !apposition && clause(from) {
        match (from + 1..hi.min(from + 25)).find(|&x| c.w(x) == ",") {
            Some(x) => from = x + 1,
            None => break,
        }
    }
    from
}

/// Whether the tokens `k..hi` are only a medium closing the sentence, or the rest of
/// one ("…, selon cette enquête pour CNews et Sud Radio.").
fn medium_to_end(c: &Ctx, k: usize, hi: usize) -> bool {
    (lexicon::medium_opener(&[c.w(k), c.w(k + 1), c.w(k + 2)]).is_some() || c.w(k) == "et")
        && (k + 1..hi).all(|x| in_names(c.w(x)) || matches!(c.w(x), "." | "!" | "?"))
}

/// A word of a list of names: capitalised, a number ("Europe 1"), or a word that
/// links them ("BFM TV, de Franceinfo et du Parisien", "CNews et Sud Radio").
fn in_names(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        || w.starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(w, "et" | "de" | "du" | "des" | "d'" | "d’" | "l'" | "l’" | "le" | "la")
}

/// A lower-case past participle in -é ("publié", "réalisée", "relayés").
fn e_participle(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && PARTICIPLE_ENDINGS[..4].iter().any(|e| w.ends_with(e))
}

/// The token after a connective opening the sentence at `lo` and its comma ("Mais
/// selon X, …", "Pourtant, selon X, …"), or `lo` when none opens it.
fn after_connective(c: &Ctx, lo: usize) -> usize {
    let connective = matches!(
        c.w(lo),
        "Mais"
            | "Et"
            | "Or"
            | "Pourtant"
            | "Cependant"
            | "Toutefois"
            | "Néanmoins"
            | "Enfin"
            | "Ainsi"
            | "Donc"
            | "But"
    );
    match (connective, c.w(lo + 1)) {
        (true, ",") => lo + 2,
        (true, _) => lo + 1,
        _ => lo,
    }
}

/// The words at token `k` that introduce a source ("selon", "d'après", "according
/// to", "à en croire"), as a count of tokens.
fn source_opener(c: &Ctx, k: usize) -> Option<usize> {
    match (c.w(k), c.w(k + 1)) {
        ("selon" | "Selon" | "d'après" | "D'après" | "d’après" | "D’après", _) => Some(1),
        ("d'" | "D'" | "d’" | "D’", "après") | ("according" | "According", "to") => Some(2),
        ("À" | "A" | "à", "en") if c.w(k + 2) == "croire" => Some(3),
        // "Comme le révèle Le Parisien,", "Comme l'a par exemple repéré X,", "comme
        // l'avait annoncé le Palais"
        // (after a comma inside a sentence: "… abaissées comme l'ont signalé des
        // témoins" bears on its last clause only)
        ("Comme" | "comme", "le" | "l'" | "l’" | "la") if c.w(k) == "Comme" || k > 0 && c.w(k - 1) == "," => {
            let mut i = k + 2;
            if is_aux(c.w(i)) {
                i += 1;
                loop {
                    if is_cue_adverb(c.w(i)) || c.w(i) == "ainsi" {
                        i += 1;
                    } else if two_word_adverb(c, i) || matches!((c.w(i), c.w(i + 1)), ("par", "exemple")) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            }
            let verb = c.w(i);
            let agreed = i > k + 2 && ["e", "es", "s"].iter().any(|x| verb.strip_suffix(x).is_some_and(is_cue_verb));
            // (not a demand: "…, comme le réclament les grévistes" is what they want,
            // not what they say)
            let folded = recoupe_text::fold::fold_word(verb);
            let demand = ["reclam", "demand", "exig", "souhait", "esper", "prevo", "prevu", "voul", "veu", "attend"]
                .iter()
                .any(|x| folded.starts_with(x));
            (!demand && (is_cue_verb(verb) || agreed)).then(|| cue_tail(c, i + 1) - k)
        }
        _ => None,
    }
}

/// The reporting verb and its subject in the sentence before `sent`, when both
/// are in one paragraph and that sentence holds no quotation mark (a quote there
/// has its own speaker, which [`continuations`] hands on).
fn previous_sentence_speaker(c: &Ctx, a: &Article, sent: Span) -> Option<(Cue, Speaker)> {
    let i = a.layers.sentences.partition_point(|x| x.span.start < sent.start);
    if a.layers.sentences.get(i).is_none_or(|x| x.span != sent) {
        return None;
    }
    let prev = a.layers.sentences.get(i.checked_sub(1)?)?;
    if prev.paragraph != a.layers.sentences[i].paragraph {
        return None;
    }
    if prev.span.slice(&a.text).contains(['"', '«', '»', '“', '”']) {
        return None;
    }
    let (lo, hi) = (c.tok_from(prev.span.start), c.tok_from(prev.span.end));
    cued_speaker(c, lo, hi)
}

/// The first reporting verb in tokens `lo..hi` and its subject: an inverted pronoun
/// ("a-t-il dit") or the speaker named before it.
fn cued_speaker(c: &Ctx, lo: usize, hi: usize) -> Option<(Cue, Speaker)> {
    (lo..hi).find_map(|k| {
        let cue = cue_at(c, k)?;
        if cue.end > hi {
            return None;
        }
        // "ce que confirme à l'AFP l'entourage de X": the subject follows the verb
        // ("comme le rapporte X" is most often a medium relaying someone else's words)
        let inverted = k >= lo + 2 && ce_relative(c, k) == Some(false);
        match cue.pronoun {
            Some(p) => Some((cue, Speaker { span: c.toks[p].span, entity: None, anonymous: false })),
            None if inverted => speaker_at(c, cue.end, hi).map(|f| (cue, f.speaker)),
            None => speaker_before(c, k, lo).map(|f| (cue, f.speaker)),
        }
    })
}

/// "l'ancien diplomate" after "un ancien diplomate français en Russie, qui a
/// préféré garder l'anonymat": the same anonymous source.
fn anonymous_references(a: &Article, quotes: &mut [Quote]) {
    let words = |s: Span| -> Vec<String> {
        s.slice(&a.text)
            .split(|x: char| x.is_whitespace() || x == '\'' || x == '’')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .skip(1)
            .map(str::to_lowercase)
            .collect()
    };
    // each unnamed source's words and its first phrase, which back-references take as
    // their description ("l'ancien diplomate" is "un ancien diplomate…, qui a préféré
    // garder l'anonymat")
    let mut anon: Vec<(Vec<String>, Span)> = Vec::new();
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else { continue };
        if sp.anonymous {
            let w = words(sp.span);
            match anon.iter().find(|(x, _)| w.iter().all(|y| x.contains(y))) {
                Some((_, first)) if *first != sp.span => q.description = q.description.or(Some(*first)),
                Some(_) => {}
                None => anon.push((w, sp.span)),
            }
        } else if sp.entity.is_none() {
            let w = words(sp.span);
            // every word of the phrase, or all but its role noun when three others agree
            // ("l'ancien représentant français en Russie" after "un ancien diplomate
            // français en Russie, qui a préféré garder l'anonymat")
            let refers = |x: &Vec<String>| {
                let missing: Vec<&String> = w.iter().filter(|y| !x.contains(y)).collect();
                missing.is_empty() || missing.len() == 1 && w.len() >= 4 && is_role_noun(missing[0])
            };
            if let Some((_, first)) = anon.iter().find(|(x, _)| !w.is_empty() && refers(x)) {
                sp.anonymous = true;
                q.description = q.description.or(Some(*first));
            }
        }
    }
}

/// Reported speech without quotation marks, in sentences that hold no direct
/// quote: "Selon X, …", "…, selon X.", "X a estimé que …", "X said (that) …".
fn indirect(c: &Ctx, a: &Article, paragraphs: &[Span], covered: &[Span], out: &mut Vec<Quote>) {
    let text = c.text;
    for s in &a.layers.sentences {
        if !paragraphs.iter().any(|p| p.contains(s.span)) {
            continue;
        }
        let (lo, hi) = (c.tok_from(s.span.start), c.tok_to(s.span.end));
        if hi <= lo + 3 {
            continue;
        }
        // a sentence whose direct quotes have a speaker is open only after its last
        // quote, to "X CUE que …" ("X, qui dénonce une « agression », affirme que …")
        let quoted_until = if covered.iter().any(|x| x.overlaps(s.span)) {
            let Some(end) = out.iter().filter(|q| s.span.contains(q.span)).map(|q| q.span.end).max() else {
                continue;
            };
            Some(c.tok_to(end) + 1)
        } else {
            None
        };
        let end_byte = if matches!(c.w(hi - 1), "." | "!" | "?") { c.toks[hi - 1].span.start } else { s.span.end };
        // selon X / d'après X / according to X
        let mut k = quoted_until.unwrap_or(lo);
        while k < hi {
            // "…, affirmant que …", "en affirmant que …", ", adding that …": a participle
            // that reports the sentence's subject
            // (English also without "that": ", saying the talks would resume")
            let bare = c.w(k).ends_with("ing")
                && matches!(
                    c.w(k + 1),
                    "he" | "she" | "they" | "it" | "the" | "his" | "her" | "their" | "there" | "we" | "I" | "this"
                );
            let reports = k > lo
                && (matches!(c.w(k + 1), "que" | "qu'" | "qu’" | "that") || bare)
                && lexicon::is_cue_participle(c.w(k))
                && k + 2 < hi;
            // (or the person named right before it: "son Premier ministre Narendra X
            // assurant que le décès des soldats « n'aura pas été en vain »", French)
            let set_off = reports && matches!(c.w(k - 1), "," | "en");
            let named_before = (reports && !set_off && c.fr).then(|| person_ending_at(c, k, lo, |_| false)).flatten();
            if set_off || named_before.is_some() {
                let f = match named_before {
                    Some(m) => Some(named(m, k)),
                    None => sentence_subject(c, lo, k, false),
                };
                if let Some(f) = f {
                    let from = if bare { k + 1 } else { k + 2 };
                    let content = trim(text, Span::new(c.toks[from].span.start, end_byte));
                    if words_in(text, content) >= 3 {
                        out.push(indirect_quote(text, content, Some(c.span(k, k + 1)), f));
                        break;
                    }
                }
            }
            if let Some(n) = source_opener(c, k).filter(|_| quoted_until.is_none()) {
                if let Some(mut f) = speaker_at(c, k + n, hi) {
                    let content = if k == lo || k == after_connective(c, lo) {
                        // "Selon X, content."
                        let from = source_content_start(c, &mut f, k + n, hi);
                        (from < hi).then(|| trim(text, Span::new(c.toks[from].span.start, end_byte)))
                    } else if f.end + 1 >= hi || c.w(f.end) == "." || medium_to_end(c, f.end, hi) {
                        // "content, selon X."
                        let to = if k > lo && c.w(k - 1) == "," { k - 1 } else { k };
                        (to > lo).then(|| trim(text, Span::new(c.toks[lo].span.start, c.toks[to - 1].span.end)))
                    } else {
                        None
                    };
                    // (words wholly in quotation marks, "Selon X, « … ».", are a direct
                    // quote, which the source's opener attributes later)
                    let whole_quote = |x: &Span| {
                        let t = x.slice(text);
                        t.starts_with(['«', '"', '“'])
                            && t.ends_with(['»', '"', '”'])
                            && t.matches(['«', '“']).count() <= 1
                            && t.matches(['»', '”']).count() <= 1
                            && t.matches('"').count() <= 2
                    };
                    if content.is_some_and(|x| whole_quote(&x)) {
                        break;
                    }
                    if let Some(content) = content.filter(|x| words_in(text, *x) >= 3) {
                        out.push(indirect_quote(text, content, Some(c.span(k, k + n)), f));
                        break;
                    }
                }
            }
            // X CUE que …
            if let Some(cue) = cue_at(c, k) {
                let mut q = cue.end;
                // a circumstance or the one told before "que": "a déclaré dans une
                // allocution télévisée que", "a confié au Parisien que", "said in a
                // statement that"
                if let Some(x) = que_after_circumstance(c, q, hi) {
                    q = x;
                }
                let verb = c.toks[cue.end.saturating_sub(1).max(k)].span.slice(text);
                // "told The New York Times on Monday that…", "told reporters that…": the
                // person told, then "that"
                if matches!(verb, "told" | "tells" | "telling" | "assured" | "reminded" | "warned") {
                    if let Some(x) = (q + 1..(q + 9).min(hi)).find(|&x| c.w(x) == "that") {
                        if !(q..x).any(|y| is_stop(c.w(y)) || is_cue_verb(c.w(y))) {
                            q = x;
                        }
                    }
                }
                // "said on Friday he met…", "said in a statement the talks…"
                if matches!(c.w(q), "on" | "in") {
                    let n = match (c.w(q + 1), c.w(q + 2), c.w(q + 3)) {
                        (w, _, _) if is_time_word(w) => 2,
                        ("a" | "an", "statement" | "interview" | "letter" | "tweet", _) => 3,
                        ("a" | "an", _, "statement" | "interview") => 4,
                        _ => 0,
                    };
                    // q then stands at "that" or at the clause's first word
                    if n > 0 && q + n < hi {
                        q += n;
                    }
                }
                let mut that = matches!(c.w(q), "que" | "qu'" | "qu’" | "that");
                let says = takes_bare_clause(c.toks[k].span.slice(text));
                let word = c.w(q).chars().next().is_some_and(char::is_alphanumeric);
                if !that && says && word {
                    // "Smith said the talks…", "Cox says Obama is trying…" (the subject is
                    // found before the verb; a name after it starts the clause)
                    that = !matches!(
                        c.w(q),
                        "in" | "on" | "at" | "to" | "by" | "of" | "for" | "with" | "and" | "it" | "so" | "nothing"
                    );
                    // (not the person told, then a comma: "Crowley told Becerra, alluding to …")
                    let told = matches!(verb, "told" | "tells" | "telling" | "assured" | "reminded" | "warned");
                    if told && c.mention(q).is_some_and(|(_, after)| c.w(after) == ",") {
                        that = false;
                    }
                    q = q.saturating_sub(1);
                }
                if that {
                    if let Some(f) = speaker_before(c, k, lo) {
                        let from = q + 1;
                        if from < hi {
                            let content = trim(text, Span::new(c.toks[from].span.start, end_byte));
                            if words_in(text, content) >= 3 {
                                out.push(indirect_quote(text, content, Some(c.span(cue.start, cue.end)), f));
                                break;
                            }
                        }
                    }
                }
            }
            k += 1;
        }
        // English: "The talks will resume next week, officials said." / "…, said John Smith.";
        // French, with the verb first: "…, rappelle-t-il." / "…, estime Jean Dupont."
        let english = a.layers.languages.iter().any(|l| l.paragraph == s.paragraph && l.lang == "en");
        if quoted_until.is_none()
            && !out.last().is_some_and(|q| s.span.contains(q.span))
            && matches!(c.w(hi - 1), "." | "!" | "?")
        {
            // the last comma in English; in French any of the last ones, since the
            // speaker's apposition may hold commas too (", a déclaré X, ancien directeur…, .")
            let commas = (lo + 3..hi).rev().take(if english { 10 } else { 40 }).filter(|&x| c.w(x) == ",");
            for comma in commas.take(if english { 1 } else { usize::MAX }) {
                let tail = comma + 1;
                let found = if let Some(cue) = cue_at(c, tail) {
                    // ", said John Smith." / ", rappelle-t-il." / ", ajoute le New York Times (…)."
                    let f = match cue.pronoun {
                        Some(p) if !english => Some(pronoun_speaker(c, cue, p)),
                        _ => speaker_at(c, cue.end, hi),
                    };
                    // (a demonstrative before a thing after the verb opens its object: ", a
                    // aussitôt dénoncé cette décision."; not a person or a source: "…, a
                    // ajouté cette source.", "…, a déclaré ce responsable.")
                    let f = f.filter(|f| {
                        let at = c.tok_from(f.speaker.span.start);
                        let head = c.w(at + 1);
                        let folded = recoupe_text::fold::fold_word(head);
                        english
                            || !matches!(c.w(at), "ce" | "cet" | "cette" | "ces")
                            || is_role_noun(head)
                            || is_person_noun(head)
                            || is_entourage_noun(head)
                            || is_trade_noun(&folded)
                            || matches!(folded.as_ref(), "source" | "sources" | "dernier" | "derniere" | "responsable")
                    });
                    // the speaker ends the sentence; in French, what follows may also be
                    // the speaker's circumstances or apposition (", a déclaré X lors d'une
                    // conférence", "…, qui est maintenant chercheur"), not another quote
                    f.filter(|f| {
                        skip_parens(c, f.end, hi) + 1 >= hi
                            || (!english
                                // a name, a pronoun or a role right after the verb ("a
                                // demandé l'aide du Pacte" is an object, not a speaker)
                                && (cue.pronoun.is_some() || {
                                    let at = c.tok_from(f.speaker.span.start);
                                    f.speaker.entity.is_some()
                                        && (c.mention(at).is_some()
                                            || DETERMINERS.contains(&c.w(at)) && is_role_noun(c.w(at + 1)))
                                })
                                && matches!(
                                    c.w(f.end),
                                    "," | "lors"
                                        | "dans"
                                        | "devant"
                                        | "au"
                                        | "à"
                                        | "sur"
                                        | "en"
                                        | "auprès"
                                        | "("
                                        | "le"
                                )
                                && (f.end..hi).all(|x| {
                                    !is_cue_verb(c.w(x)) && !matches!(c.w(x), "«" | "»" | "\"" | "“" | "”" | ":" | ";")
                                }))
                    })
                    .map(|f| (cue, f))
                } else if !english {
                    None
                } else {
                    // ", officials said." / ", Smith says."
                    (tail + 1..hi).find_map(|x| {
                        let cue = cue_at(c, x)?;
                        (cue.end + 1 >= hi).then_some(())?;
                        speaker_before(c, x, tail)
                            .or_else(|| {
                                // a bare plural noun as the source ("officials", "sources")
                                (x == tail + 1 && c.w(tail).starts_with(char::is_lowercase)).then(|| Found {
                                    speaker: Speaker { span: c.toks[tail].span, entity: None, anonymous: true },
                                    end: x,
                                    description: None,
                                    medium: None,
                                })
                            })
                            .map(|f| (cue, f))
                    })
                };
                if let Some((cue, f)) = found {
                    let content = trim(text, Span::new(c.toks[lo].span.start, c.toks[comma - 1].span.end));
                    // French: unquoted words only (quoted ones are the direct quotes' to attribute)
                    let unquoted = english || !content.slice(text).contains(['«', '»', '"', '“', '”']);
                    if unquoted && words_in(text, content) >= 4 {
                        out.push(indirect_quote(text, content, Some(c.span(cue.start, cue.end)), f));
                    }
                    break;
                }
            }
        }
    }
}

/// The "que" (or "that") after a circumstance or the one told that follows a
/// reporting verb at token `q`: "a déclaré dans une allocution télévisée que", "a
/// confié au Parisien que", "a plaidé pour sa défense que", "said in a statement
/// that"; not past a count a relative "que" follows ("jugent à risques sur les 577
/// que"), an infinitive ("demande au Congrès de faire en sorte que"), a stop or
/// another reporting verb.
fn que_after_circumstance(c: &Ctx, q: usize, hi: usize) -> Option<usize> {
    let opens = matches!(
        c.w(q),
        "dans"
            | "lors"
            | "devant"
            | "sur"
            | "en"
            | "à"
            | "au"
            | "aux"
            | "auprès"
            | "pour"
            | "in"
            | "on"
            | "at"
            | "during"
    );
    if !opens {
        return None;
    }
    let x = (q + 1..(q + 7).min(hi)).find(|&x| matches!(c.w(x), "que" | "qu'" | "qu’" | "that"))?;
    // ("pour" only before a possessive, "pour sa défense": "pour que" is a purpose,
    // "poursuivi pour des accusations qu'il" a charge)
    if c.w(q) == "pour" && !matches!(c.w(q + 1), "sa" | "son" | "ses" | "leur" | "leurs") {
        return None;
    }
    let told = matches!(c.w(q), "à" | "au" | "aux" | "auprès" | "pour");
    let clause = |y: usize| {
        c.w(y).starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(c.w(y), "de" | "d'" | "d’") && ["er", "ir", "re"].iter().any(|e| c.w(y + 1).ends_with(e))
    };
    (!(q..x).any(|y| is_stop(c.w(y)) || is_cue_verb(c.w(y)) || told && clause(y))).then_some(x)
}

fn indirect_quote(text: &str, content: Span, cue: Option<Span>, f: Found) -> Quote {
    let t = content.slice(text);
    let mixed = t.contains(['«', '»', '"', '“', '”']);
    Quote {
        span: content,
        kind: if mixed { QuoteKind::Mixed } else { QuoteKind::Indirect },
        cue,
        speaker: Some(f.speaker),
        description: f.description,
        medium: f.medium,
    }
}
