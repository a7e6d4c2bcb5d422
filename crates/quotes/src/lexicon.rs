//! Reporting verbs (`data/lexicon/reporting_verbs.tsv`) and the small word lists
//! of attribution: auxiliaries, clitic pronouns, adverbs that may sit inside a
//! cue, prepositions that open a medium.

use recoupe_text::fold::fold_word;
use std::collections::HashMap;
use std::sync::OnceLock;

static VERBS: &str = include_str!("../../../data/lexicon/reporting_verbs.tsv");

/// Reporting verb forms → their lemmas, both folded, and whether the form is
/// listed for French.
fn verbs() -> &'static HashMap<String, (String, bool)> {
    static V: OnceLock<HashMap<String, (String, bool)>> = OnceLock::new();
    V.get_or_init(|| {
        let mut m: HashMap<String, (String, bool)> = HashMap::new();
        for l in VERBS.lines().filter(|l| !l.starts_with('#')) {
            // form, language, lemma
            let mut c = l.split('\t');
            let (Some(form), Some(lang), Some(lemma)) = (c.next(), c.next(), c.next()) else { continue };
            // (a form listed twice keeps its last lemma, and is French if either line is)
            let e = m.entry(fold_word(form).into_owned()).or_insert_with(|| (String::new(), false));
            e.0 = fold_word(lemma).into_owned();
            e.1 |= lang == "fr";
        }
        m
    })
}

/// The grammatical gender of a given name (`data/lexicon/given_names.tsv`, read
/// by the entities): true for feminine.
pub fn given_name_feminine(w: &str) -> Option<bool> {
    recoupe_entities::models::given_name_feminine(w)
}

static ROLE_KINDS: &str = include_str!("../../../data/lexicon/role_kinds.tsv");

/// The specific roles a general role noun may refer back to
/// (`data/lexicon/role_kinds.tsv`): "magistrat" for "procureur", "juge"…
pub fn role_kinds(general: &str) -> Option<&'static [&'static str]> {
    static K: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let k = K.get_or_init(|| {
        ROLE_KINDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(g, roles)| (g, roles.split_whitespace().collect()))
            .collect()
    });
    k.get(general).map(Vec::as_slice)
}

/// English reporting verbs whose clause may come without "that" ("Smith said the
/// talks…", "officials believe the plan…").
pub fn takes_bare_clause(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "argued"
            | "argues"
            | "warned"
            | "added"
            | "believes"
            | "believed"
            | "thinks"
            | "thought"
            | "claimed"
            | "claims"
            | "insisted"
            | "insists"
            | "noted"
            | "notes"
            | "acknowledged"
            | "admitted"
            | "predicted"
            | "contends"
            | "contended"
            | "maintains"
            | "maintained"
            | "suggested"
            | "suggests"
            | "asserted"
    )
}

/// Whether `w` is the infinitive of a reporting verb ("préciser", "rappeler").
pub fn is_cue_lemma(w: &str) -> bool {
    static L: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    L.get_or_init(|| {
        VERBS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(2))
            .map(|x| fold_word(x).into_owned())
            .collect()
    })
    .contains(fold_word(w).as_ref())
}

/// The infinitive of a form of a reporting verb, folded ("ajouté": "ajouter",
/// "renchérit": "rencherir").
pub fn cue_lemma(w: &str) -> Option<&'static str> {
    verbs().get(fold_word(w).as_ref()).map(|(lemma, _)| lemma.as_str())
}

/// Whether `w` is a form of a reporting verb.
pub fn is_cue_verb(w: &str) -> bool {
    is_cue_verb_in(w, false)
}

/// A reporting verb of the text's language: in French text an English form is
/// rather a French noun ("les notes", "des charges", "les reports", "ses tweets").
pub fn is_cue_verb_in(w: &str, fr: bool) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && verbs().get(fold_word(w).as_ref()).is_some_and(|(_, french)| !fr || *french)
}

/// Reporting verbs that as often take a thing for object ("révèlent les
/// comportements"): inside a quote they are no attribution incise.
pub fn takes_thing_object(w: &str) -> bool {
    fold_word(w).starts_with("revel")
}

/// Whether `w` is the present participle of a reporting verb, as in a clause
/// that reports its sentence's subject: French "en affirmant que", ", jugeant
/// que", ", disant que"; English ", adding that", ", noting that".
pub fn is_cue_participle(w: &str) -> bool {
    if let Some(stem) = w.strip_suffix("ant") {
        // the participles of the other groups that report speech
        const IRREGULAR: [(&str, &str); 10] = [
            ("dis", "dire"),
            ("écriv", "écrire"),
            ("reconnaiss", "reconnaître"),
            ("admett", "admettre"),
            ("promett", "promettre"),
            ("souten", "soutenir"),
            ("prédis", "prédire"),
            ("conclu", "conclure"),
            ("répond", "répondre"),
            ("avertiss", "avertir"),
        ];
        if let Some((_, lemma)) = IRREGULAR.iter().find(|(st, _)| *st == stem) {
            return is_cue_lemma(lemma);
        }
        // first group: "affirm-ant", "juge-ant" (juger), "dénonç-ant" (dénoncer)
        let stem = stem.strip_suffix('e').filter(|x| x.ends_with('g')).unwrap_or(stem);
        let stem = match stem.strip_suffix('ç') {
            Some(x) => format!("{x}c"),
            None => stem.to_string(),
        };
        return stem.chars().count() >= 3 && is_cue_lemma(&format!("{stem}er"));
    }
    if let Some(stem) = w.strip_suffix("ing") {
        // "adding" (add), "noting" (note), "admitting" (admit)
        let undoubled = stem.len() >= 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        return stem.len() >= 2
            && w.chars().all(|x| x.is_ascii_lowercase())
            && (is_cue_lemma(stem)
                || is_cue_lemma(&format!("{stem}e"))
                || (undoubled && is_cue_lemma(&stem[..stem.len() - 1])));
    }
    false
}

pub fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "aura" | "has" | "have" | "had" | "was" | "is"
    )
}

/// Subject clitics after an inverted verb: "a-t-il", "ajoute-t-elle".
pub fn is_inverted_pronoun(w: &str) -> bool {
    matches!(w, "-t-il" | "-t-elle" | "-il" | "-elle" | "-ils" | "-elles" | "-t-on" | "-on" | "t-il" | "t-elle")
}

/// A pronoun after a preposition that names a speaker: "selon lui", "according to her".
pub fn is_stressed_pronoun(w: &str) -> bool {
    matches!(w, "lui" | "elle" | "eux" | "elles" | "him" | "her" | "them")
}

/// Subject pronouns before a verb.
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(
        w,
        "il" | "elle"
            | "ils"
            | "elles"
            | "Il"
            | "Elle"
            | "Ils"
            | "Elles"
            | "he"
            | "she"
            | "they"
            | "He"
            | "She"
            | "They"
    )
}

/// Adverbs that may stand inside a cue: "a encore déclaré", "has also said".
pub fn is_cue_adverb(w: &str) -> bool {
    matches!(
        w,
        "encore"
            | "aussi"
            | "ensuite"
            | "également"
            | "notamment"
            | "alors"
            | "déjà"
            | "pourtant"
            | "enfin"
            | "immédiatement"
            | "toutefois"
            | "cependant"
            | "néanmoins"
            | "plutôt"
            | "volontiers"
            | "simplement"
            | "même"
            | "aussitôt"
            | "parfois"
            | "however"
            | "récemment"
            | "also"
            | "later"
            | "previously"
            | "recently"
            | "then"
            | "already"
    )
}

/// Words that open the medium the words were given to: "à RFE/RL", "au Point",
/// "auprès de L'Express", "dans les colonnes du Point", "to Reuters".
pub fn medium_opener(words: &[&str]) -> Option<usize> {
    match words {
        ["dans", "les", "colonnes", "du" | "de" | "des", ..] => Some(4),
        ["dans", "un", "entretien", "accordé", "à" | "au", ..] => Some(5),
        ["dans", "un", "entretien", "à" | "au" | "avec", ..] => Some(4),
        ["dans", "une", "interview", "à" | "au", ..] => Some(4),
        ["au", "micro", "de" | "du", ..] => Some(3),
        ["sur", "les", "ondes", "de" | "du", ..] => Some(4),
        ["sur" | "on", "le" | "the", "plateau" | "set", "de" | "du" | "of", ..] => Some(4),
        ["auprès", "de" | "du" | "des", ..] => Some(2),
        ["auprès", "d'" | "d’", ..] => Some(2),
        ["à" | "au" | "aux" | "to" | "on" | "sur", ..] => Some(1),
        // "commente pour l'AFP X": "pour" only before a medium's own name after its
        // article ("un sondage Elabe pour BFMTV" is who ordered it)
        ["pour", "l'" | "l’" | "le" | "la", w, ..]
            if {
                let lx = recoupe_text::lexicon::lexicon();
                lx.is_agency(w) || lx.is_outlet_name(w)
            } =>
        {
            Some(1)
        }
        _ => None,
    }
}

/// Determiners after which a word is a noun, not a reporting verb ("cette annonce",
/// "une déclaration", "their statement"); not "le", "la", "l'", which may be object
/// clitics ("il le souligne"), nor "a", the French auxiliary. Folded forms.
pub fn is_noun_determiner(w: &str) -> bool {
    matches!(
        w,
        "ce" | "cet"
            | "cette"
            | "ces"
            | "un"
            | "une"
            | "son"
            | "sa"
            | "ses"
            | "du"
            | "au"
            | "aux"
            | "des"
            | "the"
            | "an"
            | "his"
            | "her"
            | "their"
    )
}

/// Plural people and writings that speak as a group when they are the whole subject
/// of a reporting verb ("Officials said", "A news report … said", "le sondage
/// indique"). Folded forms.
pub fn is_speaking_group(w: &str) -> bool {
    matches!(
        w,
        "voters"
            | "respondents"
            | "officials"
            | "analysts"
            | "economists"
            | "experts"
            | "critics"
            | "aides"
            | "residents"
            | "protesters"
            | "lawmakers"
            | "democrats"
            | "republicans"
            | "americans"
            | "investigators"
            | "report"
            | "poll"
            | "survey"
            | "study"
            | "newspapers"
            | "documents"
            | "filings"
            | "rapport"
            | "sondage"
            | "etude"
    )
}

/// Documents cited as sources ("selon ce premier examen", "le rapport précise"):
/// they name no person. Folded forms.
pub fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "examen"
            | "rapport"
            | "etude"
            | "document"
            | "texte"
            | "communique"
            | "petition"
            | "tribune"
            | "tweet"
            | "sondage"
            | "enquete"
            | "bilan"
            | "courrier"
            | "lettre"
            | "arret"
            | "jugement"
            | "avis"
            | "note"
            | "decret"
            | "arrete"
            | "circulaire"
            | "report"
            | "study"
            | "survey"
            | "statement"
    )
}

/// Whether `w` is the name of an outlet of `data/lexicon/outlets.tsv` written in
/// lower case ("franceinfo"), which the capitalised-name reader misses.
pub fn is_lower_case_outlet(w: &str) -> bool {
    static S: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        recoupe_text::lexicon::lexicon()
            .outlets
            .values()
            .copied()
            .filter(|n| n.starts_with(char::is_lowercase))
            .collect()
    })
    .contains(w)
}

/// Nouns that let a noun phrase after a reporting verb be its speaker, besides
/// roles, media and groups: sources, witnesses, writings, the speaking groups.
/// Folded forms.
pub fn is_speaking_noun(w: &str) -> bool {
    is_speaking_group(w)
        || matches!(
            w,
            "source"
                | "sources"
                // "affirment les autorités ukrainiennes"
                | "autorite"
                | "autorites"
                // "prévoyait la météo britannique"
                | "meteo"
                | "temoin"
                | "temoins"
                | "habitant"
                | "habitants"
                | "voisin"
                | "voisins"
                // people met and quoted without a name ("a confié un ouvrier",
                // "raconte une voisine", "témoigne une infirmière")
                | "voisine"
                | "voisines"
                | "habitante"
                | "habitantes"
                | "riverain"
                | "riveraine"
                | "riverains"
                | "ouvrier"
                | "ouvriere"
                | "ouvriers"
                | "cheminot"
                | "cheminote"
                | "cheminots"
                | "elu"
                | "elue"
                | "elus"
                | "elues"
                | "militant"
                | "militante"
                | "militants"
                | "syndicaliste"
                | "syndicalistes"
                | "enseignant"
                | "enseignante"
                | "enseignants"
                | "salarie"
                | "salariee"
                | "salaries"
                | "employe"
                | "employee"
                | "employes"
                | "manifestant"
                | "manifestante"
                | "manifestants"
                | "greviste"
                | "grevistes"
                | "infirmier"
                | "infirmiere"
                | "infirmiers"
                | "soignant"
                | "soignante"
                | "soignants"
                | "agriculteur"
                | "agricultrice"
                | "agriculteurs"
                | "eleveur"
                | "eleveuse"
                | "commercant"
                | "commercante"
                | "commercants"
                | "passant"
                | "passante"
                | "etudiant"
                | "etudiante"
                | "etudiants"
                | "lyceen"
                | "lyceenne"
                | "retraite"
                | "retraitee"
                | "chauffeur"
                | "pompier"
                | "pompiers"
                | "gendarme"
                | "secouriste"
                | "benevole"
                | "benevoles"
                | "rescape"
                | "rescapee"
                | "survivant"
                | "survivante"
                | "collegue"
                | "resident"
                | "residente"
                // the public met on the spot or online ("a noté un internaute", "confie
                // une usagère", "raconte un spectateur")
                | "internaute"
                | "internautes"
                | "utilisateur"
                | "utilisatrice"
                | "utilisateurs"
                | "twittos"
                | "spectateur"
                | "spectatrice"
                | "spectateurs"
                | "telespectateur"
                | "telespectatrice"
                | "auditeur"
                | "auditrice"
                | "lecteur"
                | "lectrice"
                | "usager"
                | "usagere"
                | "usagers"
                | "voyageur"
                | "voyageuse"
                | "voyageurs"
                | "passager"
                | "passagere"
                | "passagers"
                | "client"
                | "cliente"
                | "clients"
                | "patient"
                | "patiente"
                | "eleve"
                | "eleves"
                | "automobiliste"
                | "automobilistes"
                | "supporter"
                | "supporteur"
                | "supporters"
                | "visiteur"
                | "visiteuse"
                | "touriste"
                | "touristes"
                | "victime"
                | "victimes"
                | "user"
                | "viewer"
                | "reader"
                | "passenger"
                | "customer"
                | "voter"
                | "worker"
                | "neighbor"
                | "neighbour"
                | "protester"
                | "witness"
                | "nurse"
                | "student"
                | "farmer"
                | "communique"
                | "hopital"
                | "mairie"
                | "administration"
                | "collectif"
                // groups speaking as one, in the plural ("affirment les associations de
                // consommateurs", "ont indiqué les syndicats")
                | "collectifs"
                // laboratories and companies in the plural ("assurent les deux laboratoires")
                | "laboratoires"
                | "compagnies"
                // investigators, who report as a body ("avaient indiqué les enquêteurs")
                | "enqueteur"
                | "enqueteurs"
                | "enqueteuse"
                | "enqueteuses"
                | "associations"
                | "syndicats"
                // the signatories and authors of a text, who speak through it
                // ("rappellent les signataires", "redoutent les auteurs")
                | "signataire"
                | "signataires"
                | "auteur"
                | "auteurs"
                | "autrice"
                | "petitionnaires"
                | "organisateur"
                | "organisateurs"
                | "organisatrice"
                | "organisatrices"
                | "plaignant"
                | "plaignante"
                | "plaignants"
                | "organisations"
                | "federations"
                | "direction"
                | "municipalite"
                | "ambassade"
                | "rectorat"
                | "ong"
                | "prefecture"
                | "parquet"
                | "avis"
                | "texte"
                | "note"
                | "enquete"
                | "arret"
                | "decision"
                | "jugement"
                | "ordonnance"
                | "hospital"
                | "statement"
                | "official"
                | "spokesman"
                | "spokeswoman"
                | "lettre"
                | "courrier"
                | "campaign"
                | "letter"
                | "memo"
                | "lawsuit"
                | "complaint"
                | "filing"
                | "analysis"
                | "document"
                | "group"
                | "company"
                | "firm"
                | "people"
        )
}

// (the nouns of people no ending tells are read by the text crate, whose figures
// tell ages too)
pub use recoupe_text::lexicon::is_person_word;
