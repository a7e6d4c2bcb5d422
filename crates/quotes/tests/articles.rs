//! Quotes on articles of our own (fictional people and places, French and English).

use recoupe_model::{Article, Document, EntityKind, InputFormat, QuoteKind};

fn article(text: &str) -> Article {
    let doc = Document { text: text.into(), format: InputFormat::Record, ..Document::default() };
    let mut a = recoupe_text::analyze(doc);
    recoupe_entities::annotate(&mut a);
    recoupe_quotes::annotate(&mut a);
    a.check_spans().unwrap();
    a
}

/// (content, kind, speaker as written, entity, anonymous, description, medium)
type Row<'a> = (&'a str, QuoteKind, Option<&'a str>, Option<&'a str>, bool, Option<&'a str>, Option<&'a str>);

/// The quote whose content starts so.
fn find<'q, 'a>(q: &'q [Row<'a>], start: &str) -> &'q Row<'a> {
    q.iter().find(|x| x.0.starts_with(start)).unwrap_or_else(|| panic!("no quote {start:?} in {q:#?}"))
}

fn quotes(a: &Article) -> Vec<Row<'_>> {
    let t = &a.text;
    a.layers
        .quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.as_ref();
            (
                q.span.slice(t),
                q.kind,
                sp.map(|s| s.span.slice(t)),
                sp.and_then(|s| s.entity.as_deref()),
                sp.is_some_and(|s| s.anonymous),
                q.description.map(|d| d.slice(t)),
                q.medium.map(|m| m.slice(t)),
            )
        })
        .collect()
}

const FR: &str = "Valmora : le président refuse de céder\n\n\
    « Nous ne céderons pas à la pression de la rue », a déclaré mardi Aurelio Kastrenko, président de Valmora. \
    « Le dialogue reste ouvert à tous ceux qui renoncent à la violence », a-t-il ajouté.\n\n\
    « La crise dure depuis trois semaines, souligne Ilse Morvan auprès du Courrier du Val. Personne ne voit d'issue rapide. »\n\n\
    « Le pouvoir a perdu la confiance des campagnes », estime un ancien diplomate valmorien, qui a requis l'anonymat. \
    Selon Julien Ferrand, chercheur à l'Institut des études baltes, la crise pourrait durer tout l'hiver. \
    « Personne à Port-Esquel ne croit aux promesses du gouvernement », rappelle l'ancien diplomate.\n";

#[test]
fn french_quotes_find_their_speakers() {
    let a = article(FR);
    let q = quotes(&a);
    let find = |start: &str| find(&q, start);
    let k = find("Nous ne céderons pas");
    assert_eq!(k.1, QuoteKind::Direct);
    assert_eq!(k.2, Some("Aurelio Kastrenko"));
    assert_eq!(k.3, Some("per:aurelio.kastrenko"));
    assert_eq!(k.5, Some("président de Valmora"));
    // "a-t-il ajouté": the pronoun is the last speaker
    let k2 = find("Le dialogue reste ouvert");
    assert_eq!(k2.2, Some("-t-il"));
    assert_eq!(k2.3, Some("per:aurelio.kastrenko"));
    // an attribution inside the quote splits it, and names the medium
    let m1 = find("La crise dure depuis trois semaines");
    let m2 = find("Personne ne voit d'issue rapide");
    assert!(!m1.0.contains("souligne"), "{m1:?}");
    for m in [m1, m2] {
        assert_eq!(m.2, Some("Ilse Morvan"));
        assert_eq!(m.6, Some("auprès du Courrier du Val"));
    }
    // an anonymous source stays anonymous, also when the article refers back to it
    let d = find("Le pouvoir a perdu");
    assert!(d.4, "{d:?}");
    assert!(d.2.is_some_and(|s| s.starts_with("un ancien diplomate")), "{d:?}");
    let d2 = find("Personne à Port-Esquel");
    assert!(d2.4, "{d2:?}");
    // indirect speech after "selon"
    let f = find("la crise pourrait durer");
    assert_eq!(f.1, QuoteKind::Indirect);
    assert_eq!(f.2, Some("Julien Ferrand"));
}

#[test]
fn a_speaker_split_by_machine_translation_is_restored() {
    let a = article(
        "Titre\n\n« Cela pourrait ouvrir la voie à un compromis », a déclaré l'ancien Français. \
         La diplomate Marie Valcourt, directrice de programme au Centre d'études européennes, suit le dossier depuis dix ans.\n",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, Some("Marie Valcourt"), "{q:?}");
}

#[test]
fn indirect_speech_after_a_reporting_verb() {
    let a = article("Titre\n\nIlse Morvan a déclaré mardi que les négociations reprendraient lundi à Port-Esquel.\n");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "les négociations reprendraient lundi à Port-Esquel");
    assert_eq!(q[0].1, QuoteKind::Indirect);
    assert_eq!(q[0].2, Some("Ilse Morvan"));
}

#[test]
fn english_quotes() {
    let a = article(
        "Valmora braces for a long standoff\n\n\"We will not yield to the street,\" Aurelio Kastrenko said on Tuesday. \
         \"The dialogue remains open,\" he added.\n",
    );
    let q = quotes(&a);
    let k = q.iter().find(|x| x.0.starts_with("We will not yield")).expect("first quote");
    assert_eq!(k.2, Some("Aurelio Kastrenko"), "{q:?}");
    let h = q.iter().find(|x| x.0.starts_with("The dialogue")).expect("second quote");
    assert_eq!(h.3, Some("per:aurelio.kastrenko"), "{q:?}");
}

#[test]
fn english_attribution_closing_an_unquoted_sentence() {
    let a = article(
        "Valmora braces for a long standoff

The talks with the opposition will resume in Port Esquel next week, officials said.          Troops will stay in the capital until the end of the month, said Ilse Morvan.
",
    );
    let q = quotes(&a);
    let o = q.iter().find(|x| x.0.starts_with("The talks")).unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!((o.1, o.2, o.4), (QuoteKind::Indirect, Some("officials"), true), "{o:?}");
    let m = q.iter().find(|x| x.0.starts_with("Troops will stay")).unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(m.2, Some("Ilse Morvan"), "{m:?}");
}

#[test]
fn a_cue_ending_the_text_ends() {
    // a reporting verb as the last word once sent the time-word skip past the end
    for t in
        ["Titre\n\nIl a déclaré", "Titre\n\n« Nous partons », a déclaré", "Titre\n\nSelon", "Titre\n\n\"", "Titre\n\n«"]
    {
        let a = article(t);
        assert!(a.layers.quotes.iter().all(|q| q.span.end <= a.text.len()));
    }
}

#[test]
fn random_texts_terminate_with_valid_spans() {
    const WORDS: [&str; 40] = [
        "«",
        "»",
        "\"",
        "“",
        "”",
        ",",
        ".",
        ":",
        "(",
        ")",
        "a",
        "déclaré",
        "a-t-il",
        "ajouté",
        "-t-elle",
        "selon",
        "que",
        "Aurelio",
        "Kastrenko",
        "Ilse",
        "Morvan",
        "le",
        "président",
        "la",
        "ministre",
        "un",
        "ancien",
        "diplomate",
        "qui",
        "anonymat",
        "mardi",
        "12",
        "mars",
        "à",
        "auprès",
        "de",
        "L'Express",
        "said",
        "he",
        "Valmora",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..1500 {
        let mut t = String::from("Titre\n\n");
        let n = (x % 60) as usize + 1;
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            t.push_str(WORDS[(x % WORDS.len() as u64) as usize]);
            t.push(if x.is_multiple_of(11) { '\n' } else { ' ' });
        }
        let a = article(&t);
        for q in &a.layers.quotes {
            assert!(q.span.start <= q.span.end && q.span.end <= a.text.len(), "{t:?}");
        }
    }
}

const FR_SPEAKERS: &str = "Port-Esquel : la frontière reste fermée\n\n\
    « Il va falloir nous expliquer à quoi sert cette fermeture », s'agace Ilse Morvan, 52 ans, assise devant la gare. \
    « Je n'ai pas envie de renoncer à mes voisins », dit l'Esquelaise.\n\n\
    Selon l'Institut des études baltes, la fermeture coûtera cher aux deux rives. \
    « Le coût dépasse toutes les prévisions », estime l'organisation.\n\n\
    Séparé de sa sœur, Marco qui vit à Port-Esquel depuis vingt ans, veut rester optimiste. \
    « Je reviendrai dès que la barrière sera levée », sourit-il.\n\n\
    Le passage rouvrira au printemps, précise-t-il.\n\n\
    « Rien n'est décidé pour les frontaliers », a confié au Courrier du Val son avocat.\n\n\
    \"On sait qu'il a été retenu à la douane\", assure sous couvert d'anonymat à l'AFP un de ses collègues. \
    \"Ils ont fait la même chose l'an dernier\", a-t-il ajouté.\n\n\
    Il faudra \"des mois pour savoir si ces promesses \"sont de vides formules ou des engagements\", dit Ilse Morvan. \
    \"La barrière restera\", a annoncée le même jour la préfète Odile Carvin.\n";

#[test]
fn french_speakers_through_emotion_verbs_inhabitants_groups_and_newcomers() {
    let a = article(FR_SPEAKERS);
    let q = quotes(&a);
    let find = |start: &str| find(&q, start);
    // "s'agace X": a reflexive verb of feeling is a cue
    assert_eq!(find("Il va falloir").2, Some("Ilse Morvan"));
    // "dit l'Esquelaise": a person named by her town, resolved to the last speaker
    let k = find("Je n'ai pas envie");
    assert_eq!(k.2, Some("l'Esquelaise"));
    assert_eq!(k.3, Some("per:ilse.morvan"));
    // "estime l'organisation": the group that spoke last
    let k = find("Le coût dépasse");
    assert_eq!(k.2, Some("l'organisation"));
    assert!(k.3.is_some_and(|e| e.starts_with("org:")), "{k:?}");
    // "Marco qui vit …, veut": a newcomer named alone takes the floor from the last speaker
    let k = find("Je reviendrai");
    assert_eq!(k.2, Some("-il"));
    assert_eq!(k.3, Some("per:marco"));
    // an unquoted sentence closed by an inverted cue is reported speech
    let k = find("Le passage rouvrira au printemps");
    assert_eq!(k.1, QuoteKind::Indirect);
    assert_eq!(k.3, Some("per:marco"));
    // a medium, then the speaker's role phrase with a possessive
    let k = find("Rien n'est décidé");
    assert_eq!(k.2, Some("son avocat"));
    assert_eq!(k.6, Some("au Courrier du Val"));
    // "sous couvert d'anonymat": an unnamed source, which the next pronoun continues
    let k = find("On sait qu'il a été retenu");
    assert_eq!((k.2, k.4, k.6), (Some("un de ses collègues"), true, Some("à l'AFP")));
    let k = find("Ils ont fait la même chose");
    assert_eq!((k.2, k.3, k.4, k.5), (Some("-t-il"), None, true, Some("un de ses collègues")));
    // a stray opening mark inside a quote does not shift the pairs after it
    let k = find("des mois pour savoir");
    assert!(k.0.ends_with("ou des engagements"), "{k:?}");
    assert_eq!(k.2, Some("Ilse Morvan"));
    // a participle agreed by mistake, then a time phrase, before the speaker
    assert_eq!(find("La barrière restera").2, Some("Odile Carvin"));
}

#[test]
fn pronouns_follow_given_names_and_interviewers_do_not_speak() {
    let a = article(
        "Port-Esquel : le chantier du port\n\n\
         Odile Carvin et Marc Delorme ont visité le port mardi. « Le chantier avance », a déclaré Marc Delorme. \
         « Nous tiendrons les délais », a-t-elle assuré.\n\n\
         « Les comptes sont justes », a déclaré Odile Carvin au micro de Paul Verdier. \
         Ce chiffre représente « un progrès réel pour toute la région », selon elle.\n",
    );
    let q = quotes(&a);
    let find = |start: &str| find(&q, start);
    // "elle" is not Marc: the woman named before him
    assert_eq!(find("Nous tiendrons").3, Some("per:odil.carvin"));
    // the interviewer named in the medium is not the next speaker
    let k = find("Les comptes sont justes");
    assert_eq!(k.6, Some("au micro de Paul Verdier"));
    assert_ne!(find("un progrès réel").3, Some("per:paul.verdier"));
}

#[test]
fn an_infinitive_cue_and_an_unnamed_source_described_again() {
    let a = article(
        "Valmora : les troupes restent\n\n\
         Les soldats « ne participent pas aux opérations de combat », a tenu à préciser le ministère valmorien de la Défense. \
         « Le pouvoir a perdu la confiance des campagnes », estime un ancien diplomate valmorien en Norvège, qui a requis l'anonymat. \
         « Personne ne croit aux promesses du gouvernement », explique l'ancien représentant valmorien en Norvège.\n",
    );
    let q = quotes(&a);
    let find = |start: &str| find(&q, start);
    assert_eq!(find("ne participent pas").2, Some("le ministère valmorien de la Défense"));
    let k = find("Personne ne croit");
    assert_eq!((k.2, k.4), (Some("l'ancien représentant valmorien en Norvège"), true));
}

#[test]
fn a_view_given_to_someone_and_a_word_between_commas() {
    let a = article(
        "Port-Esquel : la fête du port\n\n\
         Pour Julien Ferrand, chercheur à l'Institut des études baltes, « la fête rassure les habitants du port ». \
         « Les marins sont parfois des magiciens », a poursuivi, amusé, Marc Delorme.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "la fête rassure");
    assert_eq!((k.2, k.5), (Some("Julien Ferrand"), Some("chercheur à l'Institut des études baltes")));
    assert_eq!(find(&q, "Les marins sont").2, Some("Marc Delorme"));
}

#[test]
fn a_quote_without_cue_continues_the_reporting_verb_before_it() {
    // the quote's sentence names nobody: the sentence before says who speaks
    let a = article(
        "Rentrée à Port-Esquel\n\n\
         « Les classes sont à moitié vides », constate Maëlle Ardouin, directrice de l'école des Tilleuls. \
         Le premier jour, elle explique avoir réduit les récréations à vingt minutes, réparti les élèves \
         en petits groupes dans la cour et dans le préau, et fait laver les mains à chaque changement de salle, \
         comme le demande le protocole publié la semaine dernière. \
         « Avec des groupes de dix élèves, tout reste possible pour le moment. » \
         La ministre Hélène Vasseur a détaillé le calendrier des examens sur Radio Brume. \
         Le projet sera transmis « dans les prochains jours aux syndicats pour avis », puis publié.\n",
    );
    let q = quotes(&a);
    let groups = find(&q, "Avec des groupes de dix élèves");
    assert_eq!(groups.3, Some("per:mael.arduin"), "{groups:?}");
    let plan = find(&q, "dans les prochains jours aux syndicats");
    assert_eq!(plan.3, Some("per:helen.vaseur"), "{plan:?}");
}

#[test]
fn a_medium_closed_by_a_comma_and_selon_with_a_pronoun() {
    let a = article(
        "Le juge Paul Garnier a parlé jeudi.\n\n\
         « Nous avons trop attendu, et la population le sait très bien », a réagi sur Radio Brume, \
         Marc Lestrade, secrétaire du syndicat Ardent. \
         Selon lui, cette annonce du juge est une « réponse à la pression des médias ».\n",
    );
    let q = quotes(&a);
    let first = find(&q, "Nous avons trop attendu");
    assert_eq!(first.3, Some("per:marc.lestrad"), "{first:?}");
    assert_eq!(first.6, Some("sur Radio Brume"));
    // "annonce" after "cette" is a noun, not the verb of the sentence; "selon lui"
    // names the speaker, the last one named
    let answer = q.iter().find(|x| x.0.contains("réponse à la pression")).expect("the quote");
    assert_eq!(answer.2, Some("lui"), "{answer:?}");
    assert_eq!(answer.3, Some("per:marc.lestrad"), "{answer:?}");
}

#[test]
fn a_quote_goes_to_the_person_its_sentence_opens_with_not_to_a_name_before() {
    let a = article(
        "Débat à Port-Esquel\n\n\
         « Le budget est prêt depuis des mois, et tout le monde le sait », a affirmé Paul Garnier. \
         Il a critiqué la cheffe de l'opposition Inès Morvan.M. Garnier s'en est également pris \
         au « vide du programme de Mme Morvan ».\n",
    );
    let q = quotes(&a);
    let v = find(&q, "vide du programme");
    assert_eq!(v.3, Some("per:paul.garnier"), "{v:?}");
}

#[test]
fn a_quote_opening_its_paragraph_and_a_view_given_between_commas() {
    let a = article(
        "Enquête à Valmy\n\n\
         Le débat a repris jeudi.\n\n\
         « Personne ne sera protégé par sa fonction, je le dis clairement. » Dans un entretien au Courrier, \
         le procureur de Valmy Rémy Castagnet assure que les agents mis en cause seront jugés. \
         Une annonce qui revient, pour le syndicat Ardent, à jeter « les agents en pâture devant tout le pays ».\n",
    );
    let q = quotes(&a);
    let lede = find(&q, "Personne ne sera protégé");
    assert_eq!(lede.2, Some("Rémy Castagnet"), "{lede:?}");
    let pasture = find(&q, "les agents en pâture");
    assert_eq!(pasture.2, Some("le syndicat Ardent"), "{pasture:?}");
}

#[test]
fn english_reported_speech_after_appositions_shares_and_second_verbs() {
    let a = article(
        "Port Esquel votes\n\n\
         Marley Andros, 21, a student from Port Esquel, said she came to support the mayor. \
         Twenty-four percent said they would vote for the opposition. \
         Ilse Morvan praised the turnout and said the count would end before midnight. \
         Governor Paul Garnier said on Friday he would not run again. \
         A spokesman told The Valmora Courier on Monday that the ballots were safe. \
         Officials said the results would be published on Sunday.\n",
    );
    let q = quotes(&a);
    let speaker =
        |start: &str| q.iter().find(|x| x.0.starts_with(start)).unwrap_or_else(|| panic!("{start}: {q:#?}")).2;
    assert_eq!(speaker("she came to support"), Some("Marley Andros"));
    assert_eq!(speaker("they would vote"), Some("Twenty-four percent"));
    assert_eq!(speaker("the count would end"), Some("Ilse Morvan"));
    assert_eq!(speaker("he would not run"), Some("Paul Garnier"));
    assert_eq!(speaker("the ballots were safe"), Some("A spokesman"));
    let officials = find(&q, "the results would be published");
    assert!(officials.4, "{officials:?}");
}

#[test]
fn a_verb_before_the_quote_wins_over_an_earlier_inverted_cue() {
    // "estimait sur Cnews que « … »" even when the tagger runs "Cnews" over "que"
    let a = article(
        "Débat\n\n\
         « Les exigences de quelques minorités violentes », a-t-elle ajouté sur LCI, tandis que \
         l'eurodéputé Paul Garnier estimait sur Cnews que « ça aboutit à remettre en cause les pages de notre histoire ».\n",
    );
    let q = quotes(&a);
    let g = find(&q, "ça aboutit");
    assert!(g.3.is_some_and(|e| e.contains("garnier")), "{g:?}");
}

#[test]
fn a_general_role_refers_back_to_a_specific_one() {
    let a = article(
        "Enquête à Lorient\n\n\
         Une enquête a été ouverte, a-t-on appris auprès de la procureure de la République Inès Castagnet. \
         « Aucune piste n'est écartée à ce stade de l'enquête », a précisé la magistrate.\n",
    );
    let q = quotes(&a);
    let m = find(&q, "Aucune piste");
    assert_eq!(m.2, Some("la magistrate"), "{m:?}");
    assert!(m.3.is_some_and(|e| e.contains("castagnet")), "{m:?}");
}

#[test]
fn a_source_named_before_the_quote_and_an_adverb_of_two_words() {
    let a = article(
        "Médias\n\n\
         À l'origine de cette pause, d'après le quotidien « la difficulté à trouver des invités de premier plan ». \
         Il jouait sur Radio Brume.Selon Cartaphile, d'autres artistes le poursuivent pour « des propos humiliants et menaçants ». \
         « La saison n'est pas sauvée », « elle est toujours en péril », a par ailleurs rappelé le directeur Paul Garnier.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "la difficulté à trouver").2, Some("le quotidien"));
    let insult = q.iter().find(|x| x.0.contains("des propos humiliants")).unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(insult.2, Some("Cartaphile"), "{insult:?}");
    for start in ["La saison n'est pas sauvée", "elle est toujours en péril"] {
        let x = find(&q, start);
        assert!(x.3.is_some_and(|e| e.contains("garnier")), "{x:?}");
    }
}

#[test]
fn titles_of_works_are_not_quotes() {
    let a = article(
        "Cinéma\n\n\
         Radio Brume diffusera la comédie « Les Vacances de la famille Morvan » samedi, suivie de « Ce qui nous reste de l'été » \
         d'Inès Castagnet, puis du dernier opus de Paul Garnier « Une nuit au bord du lac gelé ». \
         « Nous voulons faire vivre le cinéma malgré tout », a déclaré la directrice Hélène Vasseur.\n",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(q[0].0.starts_with("Nous voulons faire vivre"));
}

#[test]
fn an_object_of_the_verb_is_no_speaker_and_a_title_in_capitals_is_a_role() {
    let a = article(
        "Aéroport\n\n\
         Lors de son sermon, l'évêque de Lorient, Mgr Paul Garnier, a dénoncé des faits graves. \
         « Venu à sept heures à l'aéroport, j'ai attendu deux heures au contrôle », a raconté le PDG, Hélène Vasseur.\n",
    );
    let q = quotes(&a);
    assert!(q.iter().all(|x| x.2 != Some("des faits graves")), "{q:#?}");
    let ceo = find(&q, "Venu à sept heures");
    assert!(ceo.3.is_some_and(|e| e.contains("vaseur")), "{ceo:?}");
    let m: Vec<&str> = a.layers.entities.iter().map(|e| e.span.slice(&a.text)).collect();
    assert!(m.contains(&"Paul Garnier") && !m.contains(&"PDG"), "{m:?}");
}

#[test]
fn a_demonstrative_points_to_the_person_named_since_the_last_quote() {
    let a = article(
        "Plages\n\n\
         « Beaucoup d'établissements préfèrent ne pas ouvrir tout de suite », relève Daniel Ocaña, employé d'un bar. \
         Plus au nord, Nacho Garcia, 28 ans, installe sa terrasse sur la plage. \
         « Nous avions très envie de reprendre », raconte ce jeune directeur du restaurant. \
         « Bientôt on rouvrira jour et nuit, comme avant », assure un employé, Daniel Real.\n",
    );
    let q = quotes(&a);
    let n = find(&q, "Nous avions très envie");
    assert!(n.3.is_some_and(|e| e.contains("garcia")), "{n:?}");
    let r = find(&q, "Bientôt on rouvrira");
    assert_eq!(r.2, Some("Daniel Real"), "{r:?}");
}

#[test]
fn participles_relatives_circumstances_and_fragments_before_an_attributed_quote() {
    let a = article(
        "Titre\n\n\
        Le président Aurelio Kastrenko a justifié sa demande en affirmant que les émeutiers étaient payés depuis l'étranger. \
        La ministre Ilse Morvan a quitté la réunion, estimant que le texte trahissait les agriculteurs. \
\n\nMayor Dana Whitcombe left the council meeting early on Tuesday, adding that the budget for the harbour would be cut. \
        Laura Oduya voted against the plan, saying the harbour needed the money more than ever.\n\n\
        Le préfet Julien Ferrand, qui a dénoncé lundi une « attaque contre l'État » menée par des réseaux organisés, affirme que le calme est revenu dans le port.\n\n\
        Mais si la crise s'aggrave, la récolte sera perdue, a déclaré Tomas Reinholt, directeur de la coopérative, lors d'une réunion à Port-Esquel.\n\n\
        Le contingent de Valmora est chargé de « garder les ponts et les gares ». Ils « ne prendront part à aucune opération de police », a tenu à préciser le ministère de la défense.\n\n\
        « Mon oncle ne cédera jamais » avait ainsi affirmé la nièce de Julien Ferrand dans un entretien à la revue « Horizons », notant qu'il « n'a jamais eu peur de la rue ».\n",
    );
    let q = quotes(&a);
    let r = find(&q, "les émeutiers étaient payés");
    assert_eq!((r.1, r.2), (QuoteKind::Indirect, Some("Aurelio Kastrenko")), "{r:?}");
    assert_eq!(find(&q, "le texte trahissait").2, Some("Ilse Morvan"));
    assert_eq!(find(&q, "the budget for the harbour would be cut").2, Some("Dana Whitcombe"));
    assert_eq!(find(&q, "the harbour needed the money").2, Some("Laura Oduya"));
    // the subject before a relative clause that holds a quote of its own
    assert_eq!(find(&q, "le calme est revenu").2, Some("Julien Ferrand"));
    // an unquoted sentence closed by an inverted cue, with the speaker's circumstances after
    let r = find(&q, "Mais si la crise s'aggrave");
    assert_eq!(r.2, Some("Tomas Reinholt"), "{r:?}");
    // a fragment before a sentence whose quote is attributed after it
    assert_eq!(find(&q, "garder les ponts").2, Some("le ministère de la défense"));
    assert_eq!(find(&q, "ne prendront part").2, Some("le ministère de la défense"));
    // a person named as the complement of a role is not the speaker; "ainsi" inside the cue
    let r = find(&q, "Mon oncle ne cédera");
    assert_eq!((r.2, r.3), (Some("la nièce de Julien Ferrand"), None), "{r:?}");
    assert_eq!(find(&q, "n'a jamais eu peur").2, Some("la nièce de Julien Ferrand"));
}

#[test]
fn a_role_after_words_that_follow_the_quote_and_a_name_after_a_role_and_a_title() {
    let a = article(
        "Titre\n\n\
        Le ministre des Transports Julien Ferrand a reçu les syndicats. \
        « L'État a toujours été au rendez-vous » pour les cheminots, a souligné le ministre.\n\n\
        « Nous porterons plainte dès lundi », a affirmé à l'AFP l'avocat de la famille, Me Tomas Reinholt.\n\n\
        Selon ce premier examen, Aurelio Kastrenko est mort dans l'heure qui a suivi sa chute.\n\n\
        Le nombre de cas a « doublé en trois semaines », a précisé lundi en conférence de presse le directeur de l'agence régionale, le Dr Ilse Morvan.\n\n\
        « Les élèves écrivent trop peu souvent » a déclaré sur Radio Brume, la directrice du conseil, Anna Weber.\n\n\
        « Le ministre a été absolument charmant », a confié au quotidien l'entourage de la ministre.\n",
    );
    let q = quotes(&a);
    let r = find(&q, "L'État a toujours");
    assert_eq!((r.2, r.3), (Some("le ministre"), Some("per:julien.ferand")), "{r:?}");
    assert_eq!(find(&q, "Nous porterons plainte").2, Some("Tomas Reinholt"));
    // a source that is no person is not the person its words are about
    let r = find(&q, "Aurelio Kastrenko est mort");
    assert_eq!((r.2, r.3), (Some("ce premier examen"), None), "{r:?}");
    // an occasion between the verb and the subject; a medium closed by a comma; a medium
    // named by what it is
    assert_eq!(find(&q, "doublé en trois").2, Some("Ilse Morvan"));
    assert_eq!(find(&q, "Les élèves écrivent").2, Some("Anna Weber"));
    assert_eq!(find(&q, "Le ministre a été").2, Some("l'entourage de la ministre"));
}

#[test]
fn sources_quoted_by_a_medium_an_entourage_and_words_after_the_verb() {
    let a = article(
        "Titre\n\n\
        Des responsables anonymes cités par le Courrier du Val ont indiqué que le ministre avait quitté la ville.\n\n\
        « Nous avons un grand enjeu de justice sociale », insiste-t-on dans l'entourage de M. Kastrenko. \
        « Rien n'est décidé », précise-t-on dans l'entourage du ministre.\n\n\
        « Tout cela est allé beaucoup trop loin », a réagi pour sa part Julien Ferrand, secrétaire général du syndicat. \
        « Nous attendrons le vote », a estimé de son côté Ilse Morvan.\n\n\
        Le jeune Valmorien de 19 ans estime qu'il a été « excessivement pointé du doigt » pour sa blague. \
        « Ces rongeurs peuvent être ramassés avec le légume », a fait savoir le porte-parole du groupe.\n\n\
        Selon le Courrier du Val, Aurelio Kastrenko a demandé qu'aucune fouille ne soit faite sans lui. \
        Selon le philosophe, Tomas Reinholt n'est plus le même homme.\n",
    );
    let q = quotes(&a);
    let r = find(&q, "le ministre avait quitté");
    assert_eq!((r.2, r.3), (Some("Des responsables anonymes"), None), "{r:?}");
    let r = find(&q, "Nous avons un grand enjeu");
    assert_eq!((r.2, r.3), (Some("l'entourage de M. Kastrenko"), None), "{r:?}");
    assert_eq!(find(&q, "Rien n'est décidé").2, Some("l'entourage du ministre"));
    assert_eq!(find(&q, "Tout cela est allé").2, Some("Julien Ferrand"));
    assert_eq!(find(&q, "Nous attendrons le vote").2, Some("Ilse Morvan"));
    // an inhabitant as the subject; "faire savoir" as a cue
    assert_eq!(find(&q, "excessivement pointé").2, Some("Le jeune Valmorien de 19 ans"));
    assert_eq!(find(&q, "Ces rongeurs").2, Some("le porte-parole du groupe"));
    // a name after the source and a comma is the subject of what follows, not the source
    assert!(!q.iter().any(|x| x.2 == Some("Tomas Reinholt") || x.0.starts_with("a demandé")), "{q:#?}");
    // (his own request is his: "X a demandé que …")
    assert_eq!(find(&q, "aucune fouille").2, Some("Aurelio Kastrenko"));
}

#[test]
fn institutions_writings_party_qualified_roles_and_one_of_a_group() {
    let a = article(
        "Titre\n\n\
        Le patient reste « dans un état grave et stable », selon l'hôpital de Port-Esquel.\n\n\
        Le chef de file des députés Les Républicains dénonce « un vrai risque sanitaire pour tous ».\n\n\
        Ces mesures doivent être prises « lorsque cela sera nécessaire ici », insiste l'avis.\n\n\
        « Est-ce que la procédure est invalidée pour vice de forme ? » s'est par exemple interrogé l'un d'entre eux.\n\n\
        Mais pour Ilse Morvan, Valmora est encore pensée « comme au vingtième siècle passé ».\n\n\
        M. Julien Ferrand s'est voulu rassurant sur la gestion de l'épidémie : « Nous avons déjà vécu cette situation, nous nous en sortirons. »\n\n\
        Le président valmorien, Aurelio Kastrenko, a demandé mardi l'aide de l'Union du Nord (UDN), au quatrième jour de la crise.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "dans un état grave").2, Some("l'hôpital de Port-Esquel"));
    // (the group that qualifies the role is not the speaker)
    assert_eq!(find(&q, "un vrai risque sanitaire").2, Some("Le chef de file des députés Les Républicains"));
    assert_eq!(find(&q, "lorsque cela sera").2, Some("l'avis"));
    let r = find(&q, "Est-ce que la procédure");
    assert_eq!((r.2, r.4), (Some("l'un d'entre eux"), true), "{r:?}");
    assert_eq!(find(&q, "comme au vingtième").2, Some("Ilse Morvan"));
    // a statement after a colon goes to the person the sentence opens with
    assert_eq!(find(&q, "Nous avons déjà vécu").2, Some("Julien Ferrand"));
    // the object of a verb after a comma is no speaker of what comes before
    assert!(!q.iter().any(|x| x.0.starts_with("Le président valmorien")), "{q:#?}");
}

#[test]
fn a_source_introduced_by_comme_and_an_outlet_written_in_lower_case() {
    let a = article(
        "Titre\n\n\
        Comme le rappelle le linguiste Julien Ferrand, « la langue française est à l'écoute du monde ».\n\n\
        La jeune femme est « reconnue comme victime à cent pour cent », confie à franceinfo son avocat.\n\n\
        « Trois conversions sont à l'origine de ce succès », décrit la revue politique dans un communiqué.\n\n\
        Le député a salué son « ami », a déclaré Julien Ferrand.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "la langue française").2, Some("le linguiste Julien Ferrand"));
    let r = find(&q, "reconnue comme victime");
    assert_eq!((r.2, r.6), (Some("son avocat"), Some("à franceinfo")), "{r:?}");
    assert_eq!(find(&q, "Trois conversions").2, Some("la revue politique"));
    // one quoted word is a term, not a quote
    assert!(!q.iter().any(|x| x.0 == "ami"), "{q:#?}");
}

#[test]
fn an_incise_with_a_verb_the_lexicon_lacks_still_attributes() {
    // (fictional: the port of Port-Esquel, its prosecutor, a party of Valmora)
    let a = article(
        "Le procureur de Port-Esquel, Bastien Lheureux, a ouvert une enquête mardi.\n\n\
         « Les analyses faites sur le quai n'ont rien révélé pour l'instant », a complété le magistrat. \
         « Rien n'est exclu », a-t-il glissé.\n\n\
         « On peut garder des amitiés », a évacué un haut-gradé du Parti des rives en affirmant qu'avec les \
         centristes, « rien n'est encore signé ».\n\n\
         Le film « Les rives de Valmora », avait ouvert des débats houleux au conseil municipal.\n",
    );
    let q = quotes(&a);
    let find = |start: &str| find(&q, start);
    let k = find("Les analyses faites");
    assert_eq!(k.2, Some("le magistrat"));
    assert_eq!(k.3, Some("per:bastien.lheureux"));
    assert_eq!(find("Rien n'est exclu").3, Some("per:bastien.lheureux"));
    let k = find("On peut garder");
    assert_eq!(k.2, Some("un haut-gradé du Parti des rives"));
    assert!(k.4, "an unnamed source stays anonymous");
    // the object of an unknown verb is no speaker
    assert!(q.iter().all(|x| x.2 != Some("des débats houleux au conseil municipal")), "{q:#?}");
}

#[test]
fn a_name_the_tagger_missed_or_a_daily_is_not_the_last_speaker() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         Le chantier a pris du retard, indique le Parisien. \
         « Les digues tiendront l'hiver », a affirmé le ministre valmorien de la Marine Tobias Wrenfield.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Le port rouvrira").3, Some("per:aurelio.kastrenko"));
    let daily = find(&q, "Le chantier a pris");
    assert_eq!(daily.2, Some("le Parisien"));
    assert_ne!(daily.3, Some("per:aurelio.kastrenko"), "a daily is no person");
    let marine = find(&q, "Les digues tiendront");
    assert_ne!(marine.3, Some("per:aurelio.kastrenko"), "{marine:?}");
}

#[test]
fn a_person_named_just_before_takes_the_floor_from_an_unnamed_source() {
    let a = article(
        "« Le froid arrive », prévient un médecin de l'hôpital de Port-Esquel, qui a requis l'anonymat. \
         « Nous manquons de lits », ajoute-t-il.\n\n\
         Claire Vasseur, 38 ans, a soigné les premiers malades du port. \
         « Je n'oublierai jamais cette nuit », dit-elle.\n",
    );
    let q = quotes(&a);
    let vasseur = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Claire Vasseur").expect("Claire Vasseur");
    assert!(find(&q, "Nous manquons").4, "the unnamed source goes on");
    let k = find(&q, "Je n'oublierai");
    assert_eq!(k.3, Some(vasseur.entity.as_str()), "{q:#?}");
    assert!(!k.4);
}

#[test]
fn impersonal_and_plural_pronouns_are_no_one_person() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora. \
         « Les quais sont prêts », assure-t-on au ministère.\n\n\
         Les dockers de Port-Esquel restent sceptiques. « Nous attendrons de voir les bateaux », préviennent-ils.\n\n\
         « Rien ne presse », avait déclaré plus tôt dans la matinée le ministre de la Marine, Tobias Wrenfield.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Le port rouvrira").3, Some("per:aurelio.kastrenko"));
    assert_eq!(find(&q, "Les quais sont prêts").3, None, "{q:#?}");
    assert_eq!(find(&q, "Nous attendrons").3, None, "{q:#?}");
    let k = find(&q, "Rien ne presse");
    assert_eq!(k.2, Some("Tobias Wrenfield"), "{q:#?}");
}

#[test]
fn a_role_names_the_person_just_made_the_subject() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         Le chef de l'opposition Julien Ferrand a réagi sur Twitter à l'annonce. \
         « Ce n'est qu'une promesse de plus », a écrit le député de Port-Esquel.\n\n\
         Alors que Claire Vasseur avait salué la décision, Paul Brenner s'est montré plus prudent. \
         « On verra », a répondu le chef du syndicat des dockers.\n",
    );
    let q = quotes(&a);
    let entity_of =
        |name: &str| a.layers.entities.iter().find(|e| e.span.slice(&a.text) == name).map(|e| e.entity.as_str());
    assert!(entity_of("Julien Ferrand").is_some() && entity_of("Paul Brenner").is_some(), "{:?}", a.layers.entities);
    assert_eq!(find(&q, "Ce n'est qu'une").3, entity_of("Julien Ferrand"), "{q:#?}");
    // the main clause's subject, not the subordinate's
    assert_eq!(find(&q, "On verra").3, entity_of("Paul Brenner"), "{q:#?}");
}

#[test]
fn incises_typed_loosely_or_with_unlisted_verbs() {
    let a = article(
        "« Le port rouvrira lundi », a t-il lancé devant les dockers. \
         « Ce sera long », anticipe Julien Ferrand à propos des travaux.\n\n\
         La porte-parole du Parti des rives, Claire Vasseur, a, elle, estimé que « les digues ne tiendront pas l'hiver ».\n\n\
         « Il faut un plan pour les quais », a quant à elle mis en avant la députée Ilse Morvan.\n\n\
         « Deux blessés ont été évacués », a précisé la police.\n\n\
         Dans « Les gens des rives », Paul Brenner reprend 15 chansons du port.\n",
    );
    let q = quotes(&a);
    let entity_of =
        |name: &str| a.layers.entities.iter().find(|e| e.span.slice(&a.text) == name).map(|e| e.entity.as_str());
    assert_eq!(find(&q, "Le port rouvrira").2, Some("-il"), "{q:#?}");
    assert_eq!(find(&q, "Ce sera long").3, entity_of("Julien Ferrand"), "{q:#?}");
    assert_eq!(find(&q, "les digues ne tiendront").3, entity_of("Claire Vasseur"), "{q:#?}");
    assert!(find(&q, "Il faut un plan").2.is_some_and(|s| s.contains("Ilse Morvan")), "{q:#?}");
    assert_eq!(find(&q, "Deux blessés").2, Some("la police"), "{q:#?}");
    assert!(
        q.iter().all(|x| x.0 != "Les gens des rives" || x.2.is_none()),
        "a title is not Paul Brenner's quote: {q:#?}"
    );
}

#[test]
fn subjects_after_a_participle_and_speakers_after_an_object_clitic() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         Julien Ferrand, contacté par le Courrier du Val, a dénoncé des promesses creuses. \
         « Rien n'est prêt sur les quais », a poursuivi le député de Port-Esquel.\n\n\
         Le ministre Paul Brenner voulait répondre. « On est encore sur les textes », l'a coupé le président de séance.\n",
    );
    let q = quotes(&a);
    let ferrand = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Julien Ferrand").expect("Julien Ferrand");
    assert_eq!(find(&q, "Rien n'est prêt").3, Some(ferrand.entity.as_str()), "{q:#?}");
    assert_eq!(find(&q, "On est encore").2, Some("le président de séance"), "{q:#?}");
}

#[test]
fn roles_resolve_by_their_start_their_gender_and_a_name_after_an_acronym() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         La préfète du Val, Claire Vasseur, a reçu les dockers mardi. \
         « Rien ne presse », a insisté la préfète.\n\n\
         « Nous suspendons les traversées », explique la compagnie maritime du Val.\n\n\
         « Les quais ne sont pas sûrs », a déclaré le directeur de l'Office des ports (OPV) Julien Ferrand.\n\n\
         « C'est un échec », a confié la présidente du Parti des rives.\n",
    );
    let q = quotes(&a);
    let entity_of =
        |name: &str| a.layers.entities.iter().find(|e| e.span.slice(&a.text) == name).map(|e| e.entity.as_str());
    assert_eq!(find(&q, "Rien ne presse").3, entity_of("Claire Vasseur"), "{q:#?}");
    assert_eq!(find(&q, "Nous suspendons").2, Some("la compagnie maritime du Val"), "{q:#?}");
    assert_eq!(find(&q, "Les quais ne sont").3, entity_of("Julien Ferrand"), "{q:#?}");
    // a woman's role is not the last man who spoke
    assert_ne!(find(&q, "C'est un échec").3, Some("per:aurelio.kastrenko"), "{q:#?}");
}

#[test]
fn a_reflexive_participle_agreed_and_a_successor_who_is_someone_else() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         « Nous avons repris des couleurs », s'est réjouie Claire Vasseur, maire de Port-Esquel.\n\n\
         « Les comptes seront dans le rouge », a déclaré le successeur d'Aurelio Kastrenko à la tête du port.\n",
    );
    let q = quotes(&a);
    let vasseur = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Claire Vasseur").expect("Claire Vasseur");
    assert_eq!(find(&q, "Nous avons repris").3, Some(vasseur.entity.as_str()), "{q:#?}");
    assert_ne!(find(&q, "Les comptes seront").3, Some("per:aurelio.kastrenko"), "{q:#?}");
}

#[test]
fn groups_writings_and_acronyms_speak() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         « Trois chalutiers ont été saisis », explique l'administration des ports du Val (Office des ports du Val, OPV) \
         mardi. Le navire « a été remorqué vers le bassin nord », précise l'OPV.\n\n\
         La direction de la capitainerie affirme que le quai « sera rendu aux pêcheurs dès jeudi ». \
         « Les horaires des écluses changent dès la semaine prochaine », indique un arrêté publié lundi.\n\n\
         Ilse Morvan a visité les quais. Derrière ces grues, explique-t-elle, « se cache un chantier de dix ans ».\n",
    );
    let q = quotes(&a);
    let entity_of =
        |name: &str| a.layers.entities.iter().find(|e| e.span.slice(&a.text) == name).map(|e| e.entity.as_str());
    assert_eq!(find(&q, "Trois chalutiers").3, entity_of("Office des ports du Val"), "{q:#?}");
    // an acronym tagged once is tagged wherever the article writes it
    assert_eq!(find(&q, "a été remorqué").2, Some("OPV"), "{q:#?}");
    assert_eq!(find(&q, "sera rendu").2, Some("La direction de la capitainerie"), "{q:#?}");
    assert_eq!(find(&q, "Les horaires").2, Some("un arrêté publié"), "{q:#?}");
    // the inverted pronoun speaks, not the phrase before the incise
    let cache = find(&q, "se cache");
    assert_eq!((cache.2, cache.3), (Some("-t-elle"), entity_of("Ilse Morvan")), "{q:#?}");
}

#[test]
fn a_whole_quoted_sentence_after_a_person_subject_is_theirs() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         Sur le plateau de Radio Val, Ilse Morvan n'a pas caché son inquiétude pour les dockers. \
         « Le souci, c'est que personne ne sait quand les quais seront réparés. »\n\n\
         Le Parlement a voté la loi jeudi. « Une victoire pour les pêcheurs du nord. »\n",
    );
    let q = quotes(&a);
    let morvan = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Ilse Morvan").expect("Ilse Morvan");
    assert_eq!(find(&q, "Le souci").3, Some(morvan.entity.as_str()), "{q:#?}");
    // a group as the subject gives no speaker this way
    assert_eq!(find(&q, "Une victoire").2, None, "{q:#?}");
}

#[test]
fn a_name_at_the_head_of_a_sentence_and_someone_close_to_a_person() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         Marine Le Goff a jugé que le plan « ne règle rien pour les dockers du nord ». \
         « Il n'écoute personne, il décide seul », a confié à Radio Val un proche d'Aurelio Kastrenko.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "le plan").2, Some("Marine Le Goff"), "{q:#?}");
    let close = find(&q, "Il n'écoute personne");
    assert_eq!((close.2, close.3), (Some("un proche d'Aurelio Kastrenko"), None), "{q:#?}");
}

#[test]
fn the_one_a_view_is_given_to_takes_the_floor_from_the_last_speaker() {
    let a = article(
        "« Tout sera pire à l'automne », soutient un autre élu du nord. Pour Ilse Morvan, maire de \
         Port-Esquel, le scrutin doit avoir lieu, « si nous avons les garanties sanitaires », a-t-elle martelé.\n",
    );
    let q = quotes(&a);
    let morvan = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Ilse Morvan").expect("Ilse Morvan");
    assert_eq!(find(&q, "si nous avons").3, Some(morvan.entity.as_str()), "{q:#?}");
}

#[test]
fn titles_of_works_are_no_quotes_and_an_inverted_pronoun_with_any_verb() {
    let a = article(
        "« Le port rouvrira lundi », a déclaré Aurelio Kastrenko, président de Valmora.\n\n\
         Il a publié en 2019 son autobiographie « Les Quais du nord », dont il a tiré un film. \
         « Dans la période ordinaire, le port produit de la richesse », a-t-il professé.\n",
    );
    let q = quotes(&a);
    assert!(q.iter().all(|x| !x.0.starts_with("Les Quais")), "{q:#?}");
    assert_eq!(find(&q, "Dans la période").3, Some("per:aurelio.kastrenko"), "{q:#?}");
}

#[test]
fn a_pronoun_after_an_unnamed_source_goes_to_a_person_of_its_gender_named_since() {
    let a = article(
        "« Les quais resteront fermés », a déclaré Claire Vasseur, maire de Port-Esquel.\n\n\
         Le quotidien du soir précise que « des mesures sont à l'étude ». La question avait fait l'objet \
         d'un rapport du médiateur du port, Jean-Louis Kervadec, en 2019. Ce chiffre recouvre plusieurs \
         réalités, expliquait-il alors : « la fraude, les erreurs et les oublis ».\n",
    );
    let q = quotes(&a);
    let kervadec = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Jean-Louis Kervadec").expect("Kervadec");
    assert_eq!(find(&q, "la fraude").3, Some(kervadec.entity.as_str()), "{q:#?}");
}

#[test]
fn a_clause_on_the_source_after_selon_is_not_what_it_says() {
    let a = article(
        "Incendie à Port-Esquel\n\n\
         Selon la préfecture, qui a publié un communiqué mardi, qui cite des pompiers, le feu a pris \
         dans un entrepôt du port. Selon le quotidien régional, qui a révélé l'affaire, trois salariés \
         ont été blessés.\n",
    );
    let q = quotes(&a);
    let fire = find(&q, "le feu a pris");
    assert_eq!(fire.2, Some("la préfecture"), "{fire:?}");
    let hurt = find(&q, "trois salariés ont été blessés");
    assert_eq!(hurt.2, Some("le quotidien régional"), "{hurt:?}");
}

#[test]
fn people_quoted_without_a_name_are_anonymous_speakers() {
    let a = article(
        "Grève au port de Port-Esquel\n\n\
         « Chaque jour, nous leur demandons notre paie », a confié un ouvrier. \
         « On ne dort plus depuis des semaines », raconte une voisine du chantier. \
         « La rue est bloquée tous les matins », témoigne une infirmière.\n",
    );
    let q = quotes(&a);
    for (start, speaker) in [
        ("Chaque jour", "un ouvrier"),
        ("On ne dort plus", "une voisine du chantier"),
        ("La rue est bloquée", "une infirmière"),
    ] {
        let x = find(&q, start);
        assert_eq!(x.2, Some(speaker), "{x:?}");
        assert!(x.4, "anonymous: {x:?}");
    }
}

#[test]
fn no_reported_speech_runs_out_of_a_direct_quote() {
    let a = article(
        "Grève au port de Port-Esquel\n\n\
         « Chaque jour, nous leur demandons, mais ils nous disent qu'ils manquent d'argent », a confié \
         à la radio Brume un docker.\n",
    );
    let q = quotes(&a);
    assert!(!q.is_empty());
    for x in &q {
        assert!(!x.0.contains('»'), "a quote across the closing mark: {x:?}");
    }
    let direct = find(&q, "Chaque jour");
    assert_eq!(direct.1, QuoteKind::Direct, "{direct:?}");
}

#[test]
fn groups_in_the_plural_speak_and_their_pronoun_goes_on() {
    let a = article(
        "Les courtiers de Valmora visés\n\n\
         « Les contrats sont conclus à distance pour contourner la loi », affirment les associations de \
         consommateurs. En outre, « les démarcheurs doivent proposer des offres adaptées », ajoutent-elles. \
         Craignant un recul, les syndicats ont dénoncé « un renoncement sans précédent aux droits des salariés ». \
         « Nous ne reculerons pas », a lancé le ministre des Finances depuis une usine de Port-Esquel.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Les contrats sont conclus");
    assert_eq!(k.2, Some("les associations de consommateurs"), "{k:?}");
    // "ajoutent-elles": the unnamed group that spoke last, by its phrase
    let k = find(&q, "les démarcheurs doivent");
    assert_eq!((k.2, k.3, k.5), (Some("-elles"), None, Some("les associations de consommateurs")), "{k:?}");
    // the subject of "ont dénoncé" without its auxiliary
    let k = find(&q, "un renoncement");
    assert_eq!(k.2, Some("les syndicats"), "{k:?}");
    // the place of the saying is not part of the speaker
    let k = find(&q, "Nous ne reculerons pas");
    assert_eq!(k.2, Some("le ministre des Finances"), "{k:?}");
}

#[test]
fn media_that_report_are_sources_and_no_pronoun_continues_them() {
    let a = article(
        "Port-Esquel : la digue cède\n\n\
         La digue du port a cédé dans la nuit de lundi à mardi, rapporte Le Courrier du Val. \
         « L'eau est montée en dix minutes », écrit VBX, qui cite des riverains. \
         « Nous avons tout perdu », rapporte brumeinfo.fr. \
         Le maire Aurelio Kastrenko s'est rendu sur place. « Les travaux commenceront dès demain », \
         relate l'hebdomadaire régional. « Personne ne sera oublié », a-t-il ajouté.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "La digue du port a cédé");
    assert_eq!((k.1, k.2), (QuoteKind::Indirect, Some("Le Courrier du Val")), "{k:?}");
    // an acronym and a news site the tagger may miss, named alone after the cue
    assert_eq!(find(&q, "L'eau est montée").2, Some("VBX"));
    assert_eq!(find(&q, "Nous avons tout perdu").2, Some("brumeinfo.fr"));
    // "a-t-il ajouté" after a medium's report is the person, not the medium
    let k = find(&q, "Personne ne sera oublié");
    assert_eq!((k.3, k.5), (Some("per:aurelio.kastrenko"), None), "{k:?}");
}

#[test]
fn relatives_and_lawyers_of_someone_are_not_that_person() {
    let a = article(
        "Le procès de Port-Esquel\n\n\
         L'épouse de Patrick Valmont a indiqué qu'elle restait à la mairie de Port-Esquel. \
         « Ce témoin a conforté notre version », a rapporté Me Rodolphe Bosselin. « C'est un élément capital », \
         a-t-il poursuivi. Il a refusé d'être réentendu, craignant « pour sa vie et celle de sa famille », \
         avaient indiqué les enquêteurs. Son fils Sébastien Valmont a déclaré qu'il attendait le verdict.\n",
    );
    let q = quotes(&a);
    // the relation phrase speaks, not the person it names
    let k = find(&q, "elle restait");
    assert_eq!((k.2, k.3), (Some("L'épouse de Patrick Valmont"), None), "{k:?}");
    // a name after a person's title speaks, whatever the tagger made of it; its pronoun too
    let k = find(&q, "Ce témoin");
    assert_eq!(k.2, Some("Rodolphe Bosselin"), "{k:?}");
    let k2 = find(&q, "C'est un élément");
    assert_eq!(k2.3, k.3, "{k2:?}");
    assert_eq!(find(&q, "pour sa vie").2, Some("les enquêteurs"));
    // a name in apposition to its role is that person
    let k = find(&q, "il attendait");
    assert_eq!(k.3, Some("per:sebastien.valmont"), "{k:?}");
}

#[test]
fn a_time_with_its_article_sits_inside_a_cue() {
    let doc = Document {
        text: "La grève de Port-Esquel\n\n« En 1989, on a mis dix ans à s'en remettre », s'inquiétait la semaine \
               dernière un dirigeant. « Les deux vaccins seront prêts », assurent les deux laboratoires. \
               L'Agence de santé du Val a cette fois noté « une hausse récente du nombre de nouveaux cas ».\n"
            .into(),
        published: Some("2020-06-01".into()),
        format: InputFormat::Record,
        ..Document::default()
    };
    let mut a = recoupe_text::analyze(doc);
    recoupe_entities::annotate(&mut a);
    recoupe_quotes::annotate(&mut a);
    let q = quotes(&a);
    let k = find(&q, "En 1989");
    assert_eq!((k.2, k.4), (Some("un dirigeant"), true), "{k:?}");
    assert_eq!(find(&q, "Les deux vaccins").2, Some("les deux laboratoires"));
    // a time phrase between the subject and its verb is not the subject
    let k = find(&q, "une hausse récente");
    assert!(k.2.is_some_and(|s| s.contains("Agence de santé du Val")), "{k:?}");
}

#[test]
fn an_incise_before_the_quote_names_its_speaker() {
    let a = article(
        "Le Valmont en deuil\n\n\
         Trois jeunes sont morts au Valmont. Mais, a insisté Jean Carvin, ces jeunes « n'étaient pas des soldats, \
         n'étaient pas armés » et voulaient aider. « Rendez-vous demain sur le pont d'Esquel pour saluer leur mémoire », \
         indique un tweet de l'état-major.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "n'étaient pas des soldats");
    assert_eq!((k.2, k.3), (Some("Jean Carvin"), Some("per:jean.carvin")), "{k:?}");
    assert_eq!(find(&q, "Rendez-vous demain").2, Some("un tweet de l'état-major"));
}

#[test]
fn adverbs_revelations_signatories_and_sources_quoted_by_a_medium() {
    let a = article(
        "Le bac de Valmora\n\n\
         Le recteur a annoncé que l'oral serait maintenu. Mais « le programme est trop lourd », rappellent les \
         signataires. « Je ne suis pas au courant de ces chiffres », assure par ailleurs Basile Oren, secrétaire \
         du syndicat. « Le confinement a frappé les élèves les plus fragiles », estime rétrospectivement \
         l'ancienne inspectrice. Le ministre se dit par ailleurs « tout à fait prêt » à discuter. \
         Les épreuves ont été reportées, révèle le quotidien. « Rien n'est décidé », indique une source \
         proche du rectorat sollicitée par l'Agence Valmora Presse. « Les témoignages affluent, révèlent les \
         failles du système, qui durent depuis des années », poursuit-il.\n",
    );
    let q = quotes(&a);
    // a plural cue and its plural subject after it
    assert_eq!(find(&q, "le programme").2, Some("les signataires"));
    // an adverbial between the cue and its subject
    assert_eq!(find(&q, "Je ne suis pas").2, Some("Basile Oren"));
    assert_eq!(find(&q, "Le confinement").2, Some("l'ancienne inspectrice"));
    // a reflexive verb's subject stops before its pronoun
    assert_eq!(find(&q, "tout à fait prêt").2, Some("Le ministre"));
    // "révéler" reports, outside a quote
    let k = find(&q, "Les épreuves ont été reportées");
    assert_eq!((k.1, k.2), (QuoteKind::Indirect, Some("le quotidien")), "{k:?}");
    // a source quoted by an agency is not that agency
    let k = find(&q, "Rien n'est décidé");
    assert_eq!(k.2, Some("une source proche du rectorat sollicitée par l'Agence Valmora Presse"), "{k:?}");
    assert_eq!(k.3, None, "{k:?}");
    // inside a quote, "révèlent les failles" is the quote's own words, not an incise
    assert!(find(&q, "Les témoignages affluent").0.contains("failles du système"), "{q:#?}");
}

#[test]
fn neither_a_group_in_an_apposition_nor_an_occasion_is_the_speaker() {
    let a = article(
        "L'opéra de Port-Esquel\n\n\
         M. Neuville, qui a été directeur de la Compagnie lyrique du Val, a de son côté indiqué qu'il ne \
         souhaitait pas « une révolution ». « Nous rouvrirons en mars », a déclaré jeudi lors d'une conférence \
         de presse Jean-Luc Ferrat, maire de Port-Esquel.\n",
    );
    let q = quotes(&a);
    // the group in the apposition is not the subject: the person before it is
    let k = find(&q, "il ne souhaitait");
    assert!(k.2.is_some_and(|s| s.contains("Neuville")), "{k:?}");
    // an occasion between the cue and its subject
    let k = find(&q, "Nous rouvrirons");
    assert_eq!(k.2, Some("Jean-Luc Ferrat"), "{k:?}");
}

#[test]
fn first_adverbs_views_before_a_quote_and_phrases_ending_before_a_clause() {
    let a = article(
        "Le port de Valmora\n\n\
         « Nous rouvrirons le port », a-t-il d'abord expliqué. Pour Ilse Morvan « le port ne rouvrira pas \
         avant l'été ». « La décision est prise », a écrit la maire avant de détailler son plan.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Nous rouvrirons").2, Some("-t-il"));
    assert_eq!(find(&q, "le port ne rouvrira").2, Some("Ilse Morvan"));
    assert_eq!(find(&q, "La décision").2, Some("la maire"));
}

#[test]
fn a_subject_phrase_stops_before_its_auxiliary_and_adverbs() {
    let a = article(
        "L'hôpital de Port-Esquel\n\n\
         Le directeur de l'hôpital avait également précisé : « Les urgences resteront ouvertes tout l'été. » \
         Le syndicat des infirmiers s'est aussi dit « très inquiet » pour la suite.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Les urgences").2, Some("Le directeur de l'hôpital"));
    assert_eq!(find(&q, "très inquiet").2, Some("Le syndicat des infirmiers"));
}

#[test]
fn a_name_the_tagger_missed_after_a_cue_is_the_source() {
    let a = article(
        "Crues dans le Val\n\n\
         Le maire Paul Arnoux a visité les quais. Les eaux devraient baisser dès jeudi, selon Vigieaux. \
         « Nous avons évacué trois rues », a dit M. Arnoux. La digue a tenu, rapporte le Midi Valmorien. \
         « Sur la relation avec l'État, oui, tout va bien », confirme-t-il.\n",
    );
    let q = quotes(&a);
    // one capitalised word after "selon" is a source, named but unknown
    let k = find(&q, "Les eaux devraient baisser");
    assert_eq!(k.2, Some("Vigieaux"), "{k:?}");
    // a surname after a title is the person named before in full
    let arnoux = find(&q, "Nous avons évacué");
    assert_eq!(arnoux.2, Some("Arnoux"), "{arnoux:?}");
    assert!(arnoux.3.is_some_and(|e| e.starts_with("per:")), "{arnoux:?}");
    // a name of several words after the cue, whatever its first word
    assert_eq!(find(&q, "La digue a tenu").2, Some("Midi Valmorien"), "{q:#?}");
    // a pronoun goes on with the person, not with a name named since
    assert_eq!(find(&q, "Sur la relation").3, arnoux.3, "{q:#?}");
}

#[test]
fn a_relative_after_a_person_s_apposition_is_the_person_s() {
    let a = article(
        "La robe de la députée\n\n\
         La députée a reçu le soutien de Léa Morvan, députée La France insoumise, qui juge que les « attaques \
         sur sa tenue » relèvent d'un « sexisme affligeant ». « Nous restons vigilants », souligne Vigieaux \
         dans un courriel.\n",
    );
    let q = quotes(&a);
    // not the party in her apposition
    assert_eq!(find(&q, "attaques sur sa tenue").2, Some("Léa Morvan"), "{q:#?}");
    // a name the tagger missed, then where it spoke
    assert_eq!(find(&q, "Nous restons vigilants").2, Some("Vigieaux"), "{q:#?}");
}

#[test]
fn an_inverted_reflexive_and_a_role_after_an_unknown_verb() {
    let a = article(
        "Le vélo à Valmora\n\n\
         La ministre Léa Morvan a défendu le plan vélo. « Je me bats pour le vélo depuis longtemps », \
         s'est-elle félicitée. « Qui pense aux cyclistes, s'est-elle interrogée. Personne, jusqu'ici. » \
         Le chef du gouvernement Paul Arnoux a écrit aux maires. « Ces retards sont regrettables », \
         égratigne le Premier ministre, dans sa lettre.\n",
    );
    let q = quotes(&a);
    let morvan = Some("per:lea.morvan");
    // "s'est-elle félicitée": the inverted pronoun of a reflexive speaks
    let k = find(&q, "Je me bats");
    assert_eq!((k.2, k.3), (Some("-elle"), morvan), "{k:?}");
    // and splits a quote it interrupts
    assert_eq!(find(&q, "Qui pense aux cyclistes").3, morvan, "{q:#?}");
    assert_eq!(find(&q, "Personne, jusqu'ici").3, morvan, "{q:#?}");
    // a verb the lexicon lacks, then a role after its article and an adjective
    assert_eq!(find(&q, "Ces retards").2, Some("le Premier ministre"), "{q:#?}");
}

#[test]
fn a_role_in_the_feminine_is_no_man_of_that_role() {
    let a = article(
        "La mode à Valmora\n\n\
         La ministre des Droits des femmes, Léa Morvan, a précisé ses propos jeudi. Le Premier ministre Paul \
         Arnoux « a clairement dit que la discussion n'était pas sur les fichus », a relevé la ministre sur \
         Radio Valmora.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "a clairement dit");
    assert_eq!((k.2, k.3), (Some("la ministre"), Some("per:lea.morvan")), "{k:?}");
}

#[test]
fn a_subject_before_brackets_a_warning_and_a_subject_after_an_introduction() {
    let a = article(
        "L'hôpital de Valmora\n\n\
         Sur son site, l'Agence Valmora Santé (AVS) indique que « pour toute question, les \
         patients sont invités à voir leur médecin ». Dans la suite de l'entretien, Léa Morvan a confessé sa \
         fatigue : « Je ne peux pas vous cacher que le service me manque ». Paul Arnoux a mis en garde \
         mardi contre « le risque de l'écroulement » du service. Pour lui, Marc Delval est en dessous de \
         tout : « J'étais face à lui au conseil, c'est trop ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "pour toute question").2, Some("Agence Valmora Santé"), "{q:#?}");
    assert_eq!(find(&q, "Je ne peux pas").2, Some("Léa Morvan"), "{q:#?}");
    assert_eq!(find(&q, "le risque").2, Some("Paul Arnoux"), "{q:#?}");
    // a view given to someone: the person after it is not the speaker
    assert_ne!(find(&q, "J'étais face").2, Some("Marc Delval"), "{q:#?}");
}

#[test]
fn people_of_the_screen_and_the_stage_speak_by_their_trade() {
    let a = article(
        "La télé de Valmora\n\n\
         Léa Morvan a quitté l'antenne. « Ça a été une épreuve très difficile » avoue l'animatrice. \
         « Je voulais prendre un risque », souligne l'auteur-interprète Paul Arnoux. « Je ne le savais \
         pas », révèle sans détour la chanteuse.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Ça a été").2, Some("l'animatrice"), "{q:#?}");
    assert_eq!(find(&q, "Je voulais prendre").2, Some("Paul Arnoux"), "{q:#?}");
    assert_eq!(find(&q, "Je ne le savais").2, Some("la chanteuse"), "{q:#?}");
}

#[test]
fn a_cue_that_goes_on_keeps_its_speaker_and_a_group_head_is_unnamed() {
    let a = article(
        "Métropole de Valmora\n\n\
         Les écologistes sont la cible du président sortant de la métropole, Gérard Fontanel. \
         « C'est un peu triste de ne pas débattre », a regretté Léon Bernier vendredi. \
         « Nous sommes les seuls à avoir un projet », a poursuivi le chef de file Vert pour la métropole. \
         Mais la fronde ne fait pas vaciller l'Union des vignerons, dont le président a affirmé \
         qu'il ne renoncerait pas au contrat.\n",
    );
    let q = quotes(&a);
    let bernier = find(&q, "C'est un peu").3;
    assert!(bernier.is_some(), "{q:#?}");
    // "a poursuivi": the speaker of the quote just before, not the president named earlier
    assert_eq!(find(&q, "Nous sommes les seuls").3, bernier, "{q:#?}");
    // the head of the group just named is someone unnamed, not the last speaker
    let head = find(&q, "il ne renoncerait");
    assert_eq!((head.2, head.3), (Some("le président"), None), "{q:#?}");
}

#[test]
fn a_trade_goes_to_the_one_its_people_belong_to_not_to_a_mother_quoted_before() {
    let a = article(
        "Rentrée à Valmora\n\n\
         Sur les 18 élèves d'Anne Morel, seuls quatre sont assis. « On a révisé les gestes barrière », \
         confie Julie Gaut. « Cela va leur faire du bien », assure cette mère de trois enfants. \
         « J'ai fait des petits îlots de trois tables », explique l'enseignante. « On a vérifié les \
         points d'eau », explique Sylvie Brient, première adjointe au maire. « Quand on s'est quittés, \
         c'était quel mois ? », interroge la maîtresse. « La famille est soudée », témoigne la mère \
         d'un élève.\n",
    );
    let q = quotes(&a);
    let morel = a.layers.entities.iter().find(|e| e.span.slice(&a.text) == "Anne Morel").map(|e| e.entity.as_str());
    assert!(morel.is_some(), "{q:#?}");
    // "les élèves d'Anne Morel": the teacher, not the mother nor the deputy mayor quoted before
    assert_eq!(find(&q, "J'ai fait").3, morel, "{q:#?}");
    assert_eq!(find(&q, "Quand on s'est").3, morel, "{q:#?}");
    // a demonstrative points back to the one just named
    assert_eq!(find(&q, "Cela va").3, find(&q, "On a révisé").3, "{q:#?}");
    // a pupil's mother is no one named before
    assert_eq!(find(&q, "La famille").3, None, "{q:#?}");
}

#[test]
fn a_role_s_own_a_and_a_named_holder_after_it() {
    let a = article(
        "Marche blanche à Valmora\n\n\
         La marche a rassemblé 200 personnes autour de la ministre Florence Parlat. « La famille a lancé \
         un appel au calme », a souligné l'adjoint à la Santé de la Ville de Valmora, Alexandre Fenz. \
         « Nous restons vigilants », a déclaré la ministre des Armées Florence Parlat. « Je ne peux rien \
         dire de plus », a confié le conseiller à l'hebdomadaire.\n",
    );
    let q = quotes(&a);
    let fenz = find(&q, "La famille");
    assert_eq!((fenz.2, fenz.3), (Some("Alexandre Fenz"), Some("per:alexandr.fenz")), "{q:#?}");
    assert!(find(&q, "Nous restons").3.is_some_and(|e| e.contains("parlat")), "{q:#?}");
    // "à l'hebdomadaire" is the medium the words were given to, no part of the role
    assert_eq!(find(&q, "Je ne peux").2, Some("le conseiller"), "{q:#?}");
}

#[test]
fn authorities_speak_and_feelings_are_expressed() {
    let a = article(
        "Canicule à Valmora\n\n\
         Or, plusieurs ambassades ont « refusé » d'intervenir et « cette question n'est toujours pas \
         réglée », affirment les autorités valmoriennes. Dans un communiqué, la maire, Anne Morel, a \
         exprimé samedi « toute sa compassion et son soutien à la famille ». Le pays va « probablement \
         battre le record de chaleur de juillet », prévoyait la météo nationale.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "cette question").2, Some("les autorités valmoriennes"), "{q:#?}");
    assert_eq!(find(&q, "toute sa compassion").2, Some("Anne Morel"), "{q:#?}");
    assert_eq!(find(&q, "probablement battre").2, Some("la météo nationale"), "{q:#?}");
}

#[test]
fn the_public_speaks_an_adverb_sits_in_the_cue_and_a_fragment_takes_its_sentence_s_speaker() {
    let a = article(
        "Débat à Valmora\n\n\
         La journaliste Anne Morel a tenté de calmer les deux candidats. « Arrêtez tous les deux ! », \
         a-t-elle lancé. « Nous sommes tous Anne Morel ce soir », a noté un internaute. « Courage à \
         elle et à toute l'équipe », a ajouté un autre. « Je préfère en rester là pour ce soir », a \
         brièvement expliqué le préfet.\n\n\
         Le témoin signale alors les faits aux gendarmes. L'homme est convoqué pour « usage de fausse \
         qualité ».Les gendarmes ont réalisé « plus de 1 300 contrôles routiers » et ont constaté « plus de 80 \
         infractions », a annoncé Paul Verdier en conférence de presse.\n",
    );
    let q = quotes(&a);
    // a member of the public, unnamed and kept as such, not the journalist named in the quote
    let fan = find(&q, "Nous sommes tous");
    assert_eq!((fan.2, fan.3, fan.4), (Some("un internaute"), None, true), "{q:#?}");
    assert_eq!(find(&q, "Courage à elle").2, Some("un autre"), "{q:#?}");
    // "a brièvement expliqué": an adverb in -ment between the auxiliary and the participle
    assert_eq!(find(&q, "Je préfère").2, Some("le préfet"), "{q:#?}");
    // a fragment before the next quote of its sentence is that quote's speaker's, not
    // whoever spoke before it
    assert_eq!(find(&q, "plus de 1 300").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "plus de 80").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_secretary_of_state_s_own_a_and_a_lawyer_named_after_his_client() {
    let a = article(
        "Retours à Valmora\n\n\
         Le ministre Paul Verdier était présent. Selon le secrétaire d'État à l'Intérieur, Jacques Morel, \
         500 enfants sont « issus de parents qui évoluent sur zone ». « On ne sait pas très bien où ils \
         sont », avait déclaré jeudi soir le secrétaire d'État. L'avocat de Marc Lenoir Romain Dufresne \
         a estimé que « rien ne justifie ce maintien en détention ». Lors de la découverte par la \
         mairie de Valmora de notes de frais « engagées » par Marc Lenoir pour des repas, il s'est \
         justifié.\n",
    );
    let q = quotes(&a);
    // "à l'Intérieur" is the role's own, no medium: the name in apposition speaks
    assert_eq!(find(&q, "500 enfants").3, Some("per:jackues.morel"), "{q:#?}");
    assert_eq!(find(&q, "On ne sait pas").3, Some("per:jackues.morel"), "{q:#?}");
    // two names with no comma between them are two people: the lawyer speaks
    assert_eq!(find(&q, "rien ne justifie").2, Some("Romain Dufresne"), "{q:#?}");
    // in French text "notes" is a noun, no English "notes" reporting anything
    assert!(a.layers.quotes.iter().all(|x| x.cue.is_none_or(|c| c.slice(&a.text) != "notes")), "{q:#?}");
}

#[test]
fn a_general_role_of_the_same_body_outranks_the_speaker_a_cue_goes_on_with() {
    let a = article(
        "Grève à Valmora\n\n\
         « Ce n'est pas admissible », a réagi samedi Paul Verdier, le PDG de la Compagnie des trains \
         valmoriens sur Radio Valmora. « Trois millions de voyageurs prennent le train », a rappelé le \
         Premier ministre Jacques Morel. « Nous les mettons en demeure », a ajouté le patron de la \
         Compagnie des trains valmoriens.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Trois millions").3, Some("per:jackues.morel"), "{q:#?}");
    // "a ajouté" goes on, but "le patron de la Compagnie" is the one named its PDG
    assert_eq!(find(&q, "Nous les mettons").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn any_definite_phrase_closing_a_quote_speaks_and_a_group_goes_on() {
    let a = article(
        "Sommet de Valmora\n\n\
         « Nous restons mobilisés », a indiqué la Compagnie des trains valmoriens. « Le dialogue \
         continue », a expliqué la présidence. Le couple Verdier tient une boulangerie. Le marché est « au plus bas », \
         a martelé la boulangère. Une filiale du « Groupe Morel », assure également la transformation en \
         charcuterie. Paul Verdier a parlé en premier. « Je reste », a-t-il dit. « Elle reste aussi », a \
         ajouté la présidence. « Nous partons ensuite », a-t-il conclu.\n",
    );
    let q = quotes(&a);
    // whatever its noun, the phrase after the cue closing the quote is who spoke
    assert_eq!(find(&q, "au plus bas").2, Some("la boulangère"), "{q:#?}");
    // "la présidence" right after the group spoke is that group
    assert_eq!(find(&q, "Nous restons").3, Some("org:compagni-des-trains-valmoriens"), "{q:#?}");
    assert_eq!(find(&q, "Le dialogue").3, Some("org:compagni-des-trains-valmoriens"), "{q:#?}");
    // (and not the person of the next sentence, as a role cut short by a translation)
    assert_eq!(find(&q, "Le dialogue").2, Some("la présidence"), "{q:#?}");
    // a noun of action is the verb's object, no speaker: the name in marks is no quote
    assert!(q.iter().all(|x| x.2 != Some("la transformation en charcuterie")), "{q:#?}");
    // "il" does not go on with "la présidence": the man named before
    assert_eq!(find(&q, "Nous partons").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn words_between_a_quotation_and_its_incise_and_where_it_was_said() {
    let a = article(
        "Naissance au zoo de Valmora\n\n\
         Les deux petits « restent auprès de leur mère », à l'écart du public, a indiqué le zoo. La \
         Compagnie des conserves valmoriennes « retire ses bocaux de la vente », précise l'entreprise \
         dans un communiqué. Le ministre a salué « l'engagement sans faille de tous les soignants », a rappelé la \
         nécessité d'agir.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "restent auprès").2, Some("le zoo"), "{q:#?}");
    // said in a communiqué: the company the sentence named
    let company = find(&q, "retire ses bocaux");
    assert_eq!(company.2, Some("l'entreprise"), "{q:#?}");
    assert!(company.3.is_some_and(|e| e.starts_with("org:")), "{q:#?}");
    // the object of the verb is no speaker
    assert!(q.iter().all(|x| !x.2.is_some_and(|s| s.starts_with("la nécessité"))), "{q:#?}");
}

#[test]
fn an_unlisted_verb_with_its_inverted_pronoun_and_a_medium_before_the_phrase() {
    let a = article(
        "Souvenirs de Valmora\n\n\
         Paul Verdier a parlé de ses années à Valmora. « Jacques Morel est un ami, était un ami », \
         débute-t-il. « J'avais peur », explique à Radio Valmora la jeune femme, aujourd'hui âgée de \
         20 ans. « Les retraités s'en souviendront », a posté la conseillère de Jacques Morel.\n",
    );
    let q = quotes(&a);
    let ami = find(&q, "Jacques Morel est un ami");
    assert_eq!((ami.2, ami.3), (Some("-t-il"), Some("per:paul.verdier")), "{q:#?}");
    assert_eq!(find(&q, "J'avais peur").2, Some("la jeune femme"), "{q:#?}");
    // the adviser of someone is not that someone
    let adviser = find(&q, "Les retraités");
    assert_eq!((adviser.2, adviser.3), (Some("la conseillère de Jacques Morel"), None), "{q:#?}");
}

#[test]
fn a_name_in_a_complement_is_not_the_one_who_speaks_after() {
    let a = article(
        "Le procès de Valmora\n\n\
         « Je n'ai rien caché », a déclaré Paul Verdier devant les juges. Dans la salle, la fille de \
         Jacques Morel a pleuré. « La mairie a menti », a-t-il ajouté.\n",
    );
    let q = quotes(&a);
    // "de Jacques Morel" completes "la fille": Morel is no new subject
    assert_eq!(find(&q, "La mairie a menti").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn an_acronym_after_its_article_and_an_inverted_verb_after_words_between() {
    let a = article(
        "Réunion à Valmora\n\n\
         Paul Verdier a posé une question. « Pensez à une reconversion », lui répond alors la DRH. « Les \
         réponses sont arrivées un mois après » via les questeurs, retrace-t-il. « Tout ira bien », \
         était-il écrit sur la porte.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Pensez à une reconversion").2, Some("la DRH"), "{q:#?}");
    let questeurs = find(&q, "Les réponses sont arrivées");
    assert_eq!((questeurs.2, questeurs.3), (Some("-t-il"), Some("per:paul.verdier")), "{q:#?}");
    // "était-il écrit" says no one said it
    assert!(q.iter().all(|x| !x.0.starts_with("Tout ira bien") || x.2 != Some("-il")), "{q:#?}");
}

#[test]
fn the_people_around_someone_speak_unnamed() {
    let a = article(
        "Réforme à Valmora\n\n\
         L'entourage de Paul Verdier a par ailleurs indiqué que le gouvernement allait annoncer des « \
         mesures » pour les agriculteurs. « Il ne lâchera rien », assurent ses proches.\n",
    );
    let q = quotes(&a);
    let around = find(&q, "le gouvernement allait annoncer");
    assert_eq!((around.2, around.3), (Some("L'entourage de Paul Verdier"), None), "{q:#?}");
    // a former collaborator of someone is not that someone
    let a = article(
        "Le procès de Valmora\n\n\
         Face aux juges, l'ex-collaborateur de Paul Verdier a indiqué que des messages avaient disparu \
         de son téléphone.\n",
    );
    let q = quotes(&a);
    let former = find(&q, "des messages avaient disparu");
    assert_eq!((former.2, former.3), (Some("l'ex-collaborateur de Paul Verdier"), None), "{q:#?}");
}

#[test]
fn a_role_opening_a_sentence_of_no_name_speaks_after_its_colon() {
    let a = article(
        "Le débat de Valmora\n\n\
         Le chroniqueur Jacques Morel a affirmé avoir filmé les scènes. Dès lors, le député l'a encouragé \
         à livrer les vidéos à la justice : « Ces comportements sont inadmissibles s'ils sont avérés ». \
         L'ancien maire de Valmora, le ton grave, a pris la parole : « J'ai défendu mes convictions avec \
         ardeur et avec passion ».\n",
    );
    let q = quotes(&a);
    // the deputy's phrase, not the columnist whose cue came before (the phrase still
    // resolves to the columnist, the person last made a subject: a known weakness)
    let deputy = find(&q, "Ces comportements");
    assert_eq!(deputy.2, Some("le député"), "{q:#?}");
    assert_eq!(find(&q, "J'ai défendu").2, Some("L'ancien maire de Valmora"), "{q:#?}");
}

#[test]
fn a_person_s_relative_without_its_comma_and_a_participle_after_a_role() {
    let a = article(
        "Grève à Valmora\n\n\
         Le syndicat a rencontré Paul Verdier qui dénonce « un passage en force du gouvernement ». \
         « La République vous honore aujourd'hui », a souligné le président saluant les « huit mille \
         bénévoles qui prennent des risques ».\n",
    );
    let q = quotes(&a);
    let relative = find(&q, "un passage en force");
    assert_eq!((relative.2, relative.3), (Some("Paul Verdier"), Some("per:paul.verdier")), "{q:#?}");
    // the participle and its object are no part of the speaker's phrase
    assert_eq!(find(&q, "La République vous honore").2, Some("le président"), "{q:#?}");
}

#[test]
fn an_incise_followed_by_when_and_where_it_was_said() {
    let a = article(
        "Sommet de Valmora\n\n\
         Paul Verdier a exhorté jeudi l'Europe à parler d'une seule voix. « L'Europe doit avoir une voix \
         plus unie » face à la crise, a déclaré le chef de l'État à quelques heures d'un sommet avec ses \
         homologues (UE) à Port-Esquel, en Corse.\n",
    );
    let q = quotes(&a);
    let said = find(&q, "L'Europe doit avoir");
    assert_eq!(said.2, Some("le chef de l'État"), "{q:#?}");
}

#[test]
fn railway_workers_and_elected_officials_speak_unnamed() {
    let a = article(
        "Réforme à Valmora\n\n\
         La réforme ulcère les cheminots qui dénoncent « un passage en force du gouvernement ». \
         « Nous ne lâcherons rien face à cette direction », assurent les élus à l'origine de l'appel.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "un passage en force").2, Some("les cheminots"), "{q:#?}");
    assert_eq!(find(&q, "Nous ne lâcherons rien").2, Some("les élus"), "{q:#?}");
}

#[test]
fn a_person_named_in_a_question_does_not_answer_it() {
    let a = article(
        "Entretien à Valmora\n\n\
         Paul Verdier était l'invité de la matinale de Radio Valmora.\n\n\
         « Nous tiendrons l'objectif de croissance cette année », a déclaré le maire. Jacques Morel est-il populiste ? « Ah oui, il suit l'extrême \
         droite et il embarque la droite avec lui ». La réalité pour Anne Lestrade, stagiaire de 35 ans ? \
         « Rien acheter est impossible pour nous ».\n",
    );
    let q = quotes(&a);
    // the answer goes on with the interviewee, not the person asked about
    assert_eq!(find(&q, "Ah oui").3, Some("per:paul.verdier"), "{q:#?}");
    // a question asking someone's view is answered by them
    assert_eq!(find(&q, "Rien acheter").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn a_source_phrase_after_selon_runs_to_its_comma() {
    let a = article(
        "Enquête à Valmora\n\n\
         Le port de Valmora a rouvert jeudi. Mais selon Paul Verdier, ces mesures interviennent bien trop tard. \
         Selon une étude de l'Observatoire de Valmora de 2016, 90% des habitants boivent l'eau du port. \
         Selon un article du site Les Échos de Valmora publié le 26 septembre, le maire avait été écarté. \
         Selon les informations du Courrier de Valmora, de Port-Esquel Matin et de la Gazette, citant des sources \
         policières, la compagne du suspect a été entendue. \
         Selon l'Observatoire du port, réalisé par le cabinet Morel Conseil, plus des trois quarts des \
         habitants n'ont pas encore réservé.\n",
    );
    let q = quotes(&a);
    // after a connective opening the sentence
    assert_eq!(find(&q, "ces mesures interviennent").2, Some("Paul Verdier"), "{q:#?}");
    // a year or a date in the source's phrase is part of it, not of what it says
    assert_eq!(find(&q, "90% des habitants").2, Some("une étude de l'Observatoire de Valmora de 2016"), "{q:#?}");
    assert_eq!(
        find(&q, "le maire avait été écarté").2,
        Some("un article du site Les Échos de Valmora publié le 26 septembre"),
        "{q:#?}"
    );
    // sources listed, then a participle on them
    assert_eq!(
        find(&q, "la compagne du suspect").2,
        Some("les informations du Courrier de Valmora, de Port-Esquel Matin et de la Gazette"),
        "{q:#?}"
    );
    assert!(find(&q, "plus des trois quarts").0.starts_with("plus des trois quarts"), "{q:#?}");
}

#[test]
fn a_group_speaking_again_is_no_medium_that_reported() {
    let a = article(
        "Accident à Valmora\n\n\
         Le conducteur a reconnu « avoir bu plusieurs bières avec des amis », rapporte l'AFP. Il était \
         « pressé de rentrer chez lui à l'issue de la soirée », raconte la gendarmerie locale sur son compte. \
         « Le président se rendra sur place jeudi », a indiqué l'Élysée. « Il rencontrera les familles des \
         victimes », a précisé la présidence.\n",
    );
    let q = quotes(&a);
    // the agency reported; the gendarmerie is someone else
    let told = find(&q, "pressé de rentrer");
    assert_eq!((told.2, told.3), (Some("la gendarmerie locale"), None), "{q:#?}");
    // a group that spoke goes on under a common noun
    assert_eq!(find(&q, "Il rencontrera").3, Some("org:elysee"), "{q:#?}");
}

#[test]
fn a_person_compared_with_is_not_the_subject() {
    let a = article(
        "Hommage à Valmora\n\n\
         Le chef Paul Verdier est mort lundi. Jacques Morel qui, comme Paul Verdier, a décroché sa troisième \
         étoile à Valmora, avant de quitter la région, a affirmé qu'il « appréciait beaucoup l'humour, parfois \
         féroce » du chef. « C'était un grand bonhomme joyeux, pour qui j'avais beaucoup de respect », a-t-il \
         réagi.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "il « appréciait").3, Some("per:jackues.morel"), "{q:#?}");
    assert_eq!(find(&q, "C'était un grand bonhomme").3, Some("per:jackues.morel"), "{q:#?}");
}

#[test]
fn a_title_quoted_in_brackets_inside_a_straight_quote() {
    let a = article(
        "Congrès à Valmora\n\n\
         \"Il porte une responsabilité importante. Quand tu lis son livre (\"Les Leçons du port\"), il a raison \
         sur tout. Ce n'est pas vrai\", s'insurge le conseiller Paul Verdier.\n\n\
         Selon un comparatif mené par l'Université de Valmora, et relayé par le \
         Courrier, les mesures prises au port font partie des moins strictes.\n",
    );
    let q = quotes(&a);
    let whole = find(&q, "Il porte une responsabilité");
    assert!(whole.0.ends_with("Ce n'est pas vrai"), "{q:#?}");
    assert_eq!(whole.2, Some("Paul Verdier"), "{q:#?}");
    // the participle on the source after "et" is not what it says
    assert!(q.iter().any(|x| x.0.starts_with("les mesures prises au port")), "{q:#?}");
}

#[test]
fn attributions_do_not_cross_a_paragraph_break_but_a_colon_hands_one_on() {
    let a = article(
        "Congrès à Valmora\n\n\
         Le congrès a rouvert lundi. Anne Lestrade insiste : \"Il a trahi plus que les autres !\"\n\n\
         Selon un comparatif mené par l'Université de Valmora, les mesures prises au port font partie des \
         moins strictes.\n\n\
         Interrogé par les journalistes, Paul Verdier leur a répondu sèchement :\n\n\
         \"Les questions posées ce soir montrent pourquoi personne ne vous croit plus.\"\n",
    );
    let q = quotes(&a);
    // the source of the next paragraph is not the quote's
    assert_eq!(find(&q, "Il a trahi").2, Some("Anne Lestrade"), "{q:#?}");
    // a quote that is its own paragraph after one ending on a colon
    assert_eq!(find(&q, "Les questions posées").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_role_after_a_capitalised_elided_article_resolves() {
    let a = article(
        "Le soutien de Valmora\n\n\
         L'ancienne actrice estime que le maire agit \"comme un maître sans empathie, extrêmement lointain\"\n\n\
         Anne Lestrade avait déjà affiché son soutien au mouvement. Elle va aujourd'hui plus loin.\n",
    );
    let q = quotes(&a);
    let said = find(&q, "comme un maître");
    assert_eq!((said.2, said.3), (Some("L'ancienne actrice"), Some("per:ane.lestrad")), "{q:#?}");
}

#[test]
fn an_adverb_after_an_auxiliary_is_no_part_of_a_role_subject() {
    let a = article(
        "Le port de Valmora\n\n\
         Paul Verdier a ouvert le festival. L'acteur s'est longuement confié au Courrier et il a évoqué \
         « une profession qui oublie ses anciens ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "une profession").2, Some("L'acteur"), "{q:#?}");
}

#[test]
fn english_subject_of_reported_words_and_the_person_told() {
    let a = article(
        "Valmora campaign\n\n\
         \"The port will reopen,\" Paul Verdier said on Monday. He reiterated that approach in his interview \
         last week, saying Jacques Morel was committed \
         to a strategy in every district. \"We have a commitment to running a campaign in every district,\" he \
         said. \"Man, you are working it hard,\" Anne Lestrade told Marc Delval, alluding to his rumored \
         ambitions for the port.\n",
    );
    let q = quotes(&a);
    // the interviewee, not the person his words were about
    assert_eq!(find(&q, "We have a commitment").3, Some("per:paul.verdier"), "{q:#?}");
    // the person told and a participle after him are not what was said
    assert!(!q.iter().any(|x| x.0.starts_with("Marc Delval")), "{q:#?}");
}

#[test]
fn a_title_quoted_inside_a_straight_quote_with_the_sentence_going_on() {
    let a = article(
        "Valmora en ligne\n\n\
         \"Je découvre avec stupéfaction que Paul Verdier s'appuie sur un épisode de \"Joséphine, ange gardien\" \
         pour tweeter sur le port\", a posté Anne Lestrade sur le même réseau social. \"Je ne tiens en aucun cas \
         à être associée à cet homme\", écrit la comédienne.\n",
    );
    let q = quotes(&a);
    let first = find(&q, "Je découvre avec stupéfaction");
    assert!(first.0.ends_with("pour tweeter sur le port"), "{q:#?}");
    assert_eq!(first.2, Some("Anne Lestrade"), "{q:#?}");
    assert_eq!(find(&q, "Je ne tiens en aucun cas").2, Some("la comédienne"), "{q:#?}");
}

#[test]
fn a_medium_after_pour_and_sources_joined_by_et_closing_a_sentence() {
    let a = article(
        "Concerts à Valmora\n\n\
         \"Tout se décide au dernier moment pour les concerts\", commente pour l'AFP Anne Lestrade, \
         professionnelle aux multiples casquettes, rencontrée au festival de Valmora. \
         Deux plaintes contre X ont été déposées au tribunal, selon l'AFP et le Courrier de Valmora.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Tout se décide").3, Some("per:ane.lestrad"), "{q:#?}");
    assert!(q.iter().any(|x| x.0.starts_with("Deux plaintes contre X") && x.2 == Some("AFP")), "{q:#?}");
}

#[test]
fn a_stressed_subject_inside_the_verb_a_reflexive_before_an_infinitive_and_a_participle() {
    let a = article(
        "Polémique à Valmora\n\n\
         Le président du parti Jacques Morel a lui estimé qu'Anne Lestrade n'avait « plus de crédibilité » et que \
         « l'alternative, c'est Paul Verdier ». Anne Lestrade a été interrogée par un collégien lors de son \
         déplacement. « Je n'ai pas envie de me mêler de ce sujet au-delà », s'est-elle contentée de répondre.\n\n\
         Des révélations qui ont suscité la polémique, le secrétaire général du syndicat Paul Verdier affirmant par \
         exemple : « Les donneurs de leçons, ça suffit ! ». L'acteur Marc Delval, a lui lancé une cagnotte en ligne \
         afin que les enfants puissent partir.\n",
    );
    let q = quotes(&a);
    let jacob = find(&q, "Anne Lestrade n'avait");
    assert!(jacob.0.ends_with("c'est Paul Verdier »"), "{q:#?}");
    assert_eq!(jacob.3, Some("per:jackues.morel"), "{q:#?}");
    assert_eq!(find(&q, "Je n'ai pas envie").3, Some("per:ane.lestrad"), "{q:#?}");
    assert_eq!(find(&q, "Les donneurs de leçons").3, Some("per:paul.verdier"), "{q:#?}");
    // "a lui lancé une cagnotte" reports nothing
    assert!(!q.iter().any(|x| x.0.contains("Marc Delval") || x.0.contains("cagnotte")), "{q:#?}");
}

#[test]
fn a_medium_the_tagger_took_for_a_person_does_not_take_the_next_quote() {
    let a = article(
        "Rugby à Valmora\n\n\
         « On l'avait averti à plusieurs reprises », a commenté l'entraîneur de l'équipe, Paul Verdier, au \
         journal Esquel Hebdo. « Il a eu pas mal de chance finalement, il faut le dire. »\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Il a eu pas mal de chance").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_subject_after_an_incise_between_dashes_takes_the_floor() {
    let a = article(
        "Valmora en débat\n\n\
         Le ministre Jacques Morel a estimé que « les comparaisons ne sont pas fondées ». Face à cet élan, le \
         ministre de l'Intérieur Paul Verdier - qui se refuse à employer le terme de « violences » - s'est voulu \
         « intransigeant » devant le Sénat mercredi. Il a promis que « chaque faute, chaque excès, chaque mot » \
         ferait l'objet d'une enquête.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "chaque faute").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_speaker_named_after_a_phrase_of_circumstance() {
    let a = article(
        "Chaleur à Valmora\n\n\
         « On fait des pauses, on boit beaucoup », commente avec le sourire Paul Verdier, un opérateur de 34 ans. \
         « Le temps n'est pas à l'homme présidentiel », a martelé au cours de ses meetings de campagne Jacques \
         Morel, 59 ans. « Nous avons gagné la bataille du port », a déclaré lors de la visite d'Anne Lestrade, \
         le maire.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "On fait des pauses").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Le temps n'est pas").3, Some("per:jackues.morel"), "{q:#?}");
    // the complement of a noun is no speaker
    assert_ne!(find(&q, "Nous avons gagné").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn adverbs_inside_a_cue_a_colon_after_its_subject_and_objects_that_do_not_speak() {
    let a = article(
        "Valmora en débat\n\n\
         « Il faudrait me passer sur le corps », avait même lancé l'ancien magistrat Paul Verdier. \
         « L'état d'urgence va prendre fin », a plaidé d'emblée le ministre Jacques Morel. \
         « Les gens se réapproprient leur espace public », observe la géographe: ainsi on verra. \
         La cour a rejeté une demande de Paul Verdier. Son épouse Anne Lestrade, maire par intérim de Valmora, \
         a aussitôt dénoncé cette décision.\n\n\
         « Voilà, ce n'est pas une critique », a aussitôt ajouté Jacques Morel, qui a fait rire en lançant, dans \
         une allusion à son épouse Anne Lestrade, franco-valmorienne: « j'ai épousé ce qui se fait de mieux ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Il faudrait me passer").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "L'état d'urgence").3, Some("per:jackues.morel"), "{q:#?}");
    assert_eq!(find(&q, "Les gens se réapproprient").2, Some("la géographe"), "{q:#?}");
    // "cette décision" is what was denounced, not who spoke
    assert!(!q.iter().any(|x| x.2 == Some("cette décision")), "{q:#?}");
    // a wife named in passing does not take her husband's words
    assert_eq!(find(&q, "j'ai épousé").3, Some("per:jackues.morel"), "{q:#?}");
}

#[test]
fn the_narrative_infinitive_after_a_name() {
    let a = article(
        "Fête à Valmora\n\n\
         Le bus des joueurs est arrivé tard. Et Paul Verdier, le porte-parole, de poursuivre : « Différents plans \
         ont été établis pour la fête. »\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Différents plans").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_name_inside_a_relative_clause_on_the_subject_does_not_speak() {
    let a = article(
        "Valmora et son port\n\n\
         La directrice de l'association, Anne Lestrade, qui a côtoyé le capitaine Paul Verdier, pendant les quinze \
         dernières années de sa vie, affirme que Jacques Morel exagère sa proximité avec le capitaine.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Jacques Morel exagère").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn the_one_told_between_the_verb_and_que() {
    let a = article(
        "Le port de Valmora\n\n\
         Paul Verdier a confié au Courrier du Val que le port rouvrirait en mars. Anne Lestrade a déclaré à \
         l'agence que les quais étaient prêts. Les dockers demandent au maire de faire en sorte que les grues \
         soient réparées. Ils visitent les quais qu'ils jugent à risques sur les 40 que compte le port.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "le port rouvrirait").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "les quais étaient prêts").3, Some("per:ane.lestrad"), "{q:#?}");
    assert!(!q.iter().any(|x| x.0.starts_with("les grues") || x.0.starts_with("compte le port")), "{q:#?}");
}

#[test]
fn a_party_label_before_a_name_and_a_time_of_day_inside_the_cue() {
    let a = article(
        "Le vote de Valmora\n\n\
         Jacques Morel a déclaré à l'agence que le débat avait été tendu. « Toutes les oppositions ont voté \
         contre », a protesté l'Insoumise Anne Lestrade, qui a pris part au vote. « Le feu est allé très vite », \
         avait aussi précisé sur place en fin d'après-midi le colonel Paul Verdier.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Toutes les oppositions").3, Some("per:ane.lestrad"), "{q:#?}");
    assert_eq!(find(&q, "Le feu est allé").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn words_an_outlet_reports_after_comme_and_whom_it_quotes_next() {
    let a = article(
        "Le port de Valmora\n\n\
         Comme le révèle le quotidien régional, le port fermera ses quais en mars. « Nous l'avons appris par la \
         radio. » Les quais ont été fermés, comme l'a indiqué Paul Verdier. Le ministère ne prévoit pas de \
         travaux, comme le réclament les dockers. Les grues étaient arrêtées comme l'ont signalé des témoins.\n",
    );
    let q = quotes(&a);
    let port = find(&q, "le port fermera");
    assert_eq!((port.1, port.2), (QuoteKind::Indirect, Some("le quotidien régional")), "{q:#?}");
    // the outlet does not speak the words it quotes next
    assert_eq!(find(&q, "Nous l'avons appris").2, None, "{q:#?}");
    assert_eq!(find(&q, "Les quais ont été fermés").3, Some("per:paul.verdier"), "{q:#?}");
    // a demand is no statement; a "comme" with no comma bears on its last clause only
    assert!(!q.iter().any(|x| x.0.starts_with("Le ministère") || x.0.starts_with("Les grues")), "{q:#?}");
}

#[test]
fn several_unnamed_people_and_an_outlet_after_du() {
    let a = article(
        "Le port de Valmora\n\n\
         Plusieurs sources affirment que les dockers ont bloqué les quais. Certains experts rappellent que \
         le port a déjà fermé en 1998. Selon les informations du Monde, le maire a quitté la ville.\n",
    );
    let q = quotes(&a);
    let s = find(&q, "les dockers ont bloqué");
    assert_eq!((s.2, s.3), (Some("Plusieurs sources"), None), "{q:#?}");
    assert_eq!(find(&q, "le port a déjà fermé").2, Some("Certains experts"), "{q:#?}");
    assert_eq!(find(&q, "le maire a quitté").2, Some("les informations du Monde"), "{q:#?}");
}

#[test]
fn a_pronoun_goes_back_past_a_person_named_as_a_complement() {
    let a = article(
        "Visite à Valmora\n\n\
         Paul Verdier ne tarit pas d'éloges sur Jacques Morel. « C'est un bon gars », a-t-il affirmé. \
         Anne Lestrade a adressé quelques piques à Jacques Morel. « Il ne tient jamais parole », a-t-elle ajouté.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "C'est un bon gars").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Il ne tient jamais").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn a_role_of_one_word_in_the_lede_is_the_person_the_body_names_with_it() {
    let a = article(
        "Saluant le maire, la reine a dit : « je suis toujours en vie ». « On a été très occupé » a-t-elle ajouté.\n\n\
         Lors de sa rencontre avec le maire Paul Verdier, la reine Anne Lestrade a glissé une blague.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "je suis toujours").3, Some("per:ane.lestrad"), "{q:#?}");
    assert_eq!(find(&q, "On a été très occupé").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn a_pronoun_no_one_named_answers_continues_the_unnamed_person_before_it() {
    let a = article(
        "Grève au port de Valmora\n\n\
         Contacté par la radio, le gérant de la société dénonce une situation devenue intenable. « J'ai perdu \
         toute autorité sur les salariés », se plaint-il. Il affirme que le site ne devrait pas rouvrir.\n",
    );
    let q = quotes(&a);
    let lost = find(&q, "J'ai perdu");
    assert_eq!((lost.2, lost.3, lost.5), (Some("-il"), None, Some("le gérant de la société")), "{q:#?}");
    assert_eq!(find(&q, "le site ne devrait").5, Some("le gérant de la société"), "{q:#?}");
}

#[test]
fn what_a_verb_says_or_writes_between_it_and_its_quote() {
    let a = article(
        "Le maire et la presse\n\n\
         Dans un tweet posté samedi, l'ancienne ministre Anne Lestrade a publié le message suivant : « Les \
         journalistes sont responsables de ce qu'ils subissent. »\n\n\
         Paul Verdier a dénoncé le fait que « personne ne répond aux pêcheurs du port ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Les journalistes sont").3, Some("per:ane.lestrad"), "{q:#?}");
    assert_eq!(find(&q, "personne ne répond").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn the_same_source_and_a_pull_quote_repeated_from_the_body() {
    let a = article(
        "Incendie au port de Valmora\n\n\
         - « Nous avons tout perdu cette nuit » -\n\n\
         « Nous avons tout perdu cette nuit, tout a brûlé », a déclaré Paul Verdier, le gérant du camping. \
         Trois bateaux ont été détruits, selon la même source. La production d'« On ne dort plus au port » \
         est suspendue.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Trois bateaux").3, Some("per:paul.verdier"), "{q:#?}");
    let pull = q.iter().find(|x| x.0 == "Nous avons tout perdu cette nuit").expect("the pull quote");
    assert_eq!(pull.3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn repeated_words_and_a_speaker_phrase_ending_at_a_conjunction() {
    let a = article(
        "Au port de Valmora\n\n\
         La ministre Anne Lestrade a répété que son objectif était « d'attirer plus de bateaux au port ». \
         « Il ne respire plus, prenez son pouls », répète un témoin tandis que les secours attendent.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "son objectif").3, Some("per:ane.lestrad"), "{q:#?}");
    assert_eq!(find(&q, "Il ne respire plus").2, Some("un témoin"), "{q:#?}");
}

#[test]
fn a_relative_clause_on_the_subject_and_a_circumstance_before_que() {
    let a = article(
        "Le port de Valmora\n\n\
         Le projet de vente fait débat. L'ancien ministre Paul Verdier juge la vente précipitée. L'ancien \
         ministre, que la tristesse étreint concernant Port-Esquel, affirme qu'une autre voie aurait été \
         possible. Le maire a plaidé pour sa défense que le port avait été vendu trop tard. Jacques Morel est \
         poursuivi pour des accusations qu'il affirme montées de toutes pièces.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "une autre voie").2, Some("L'ancien ministre"), "{q:#?}");
    assert_eq!(find(&q, "le port avait été vendu").2, Some("Le maire"), "{q:#?}");
    assert!(!q.iter().any(|x| x.0.starts_with("il affirme montées")), "{q:#?}");
}

#[test]
fn an_incise_after_the_opening_words_of_the_quote_s_sentence() {
    let a = article(
        "Le port de Valmora\n\n\
         La police a été débordée. Par ailleurs, a précisé la préfecture, les effectifs étaient déjà « mobilisés \
         au même instant sur les quais du port ». La Toscane, a reconnu Paul Verdier, « a été une bataille très \
         dure ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "mobilisés au même instant").2, Some("la préfecture"), "{q:#?}");
    assert_eq!(find(&q, "a été une bataille").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_member_a_medium_after_a_definite_speaker_and_by_telephone() {
    let a = article(
        "Grève au port de Valmora\n\n\
         « Nous n'avons plus d'argent pour payer », a indiqué à l'AFP un membre de l'intersyndicale. « Les \
         quais resteront fermés », a expliqué le fonctionnaire territorial au micro de Radio Valmora. « Je \
         n'arrivais pas à y croire », a raconté par téléphone Paul Verdier.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Nous n'avons plus").2, Some("un membre de l'intersyndicale"), "{q:#?}");
    assert_eq!(find(&q, "Les quais resteront").2, Some("le fonctionnaire territorial"), "{q:#?}");
    assert_eq!(find(&q, "Je n'arrivais pas").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_role_held_at_a_place_then_its_name() {
    let a = article(
        "Disparition à Port-Esquel\n\n\
         « Nous cherchons partout », a déclaré Paul Verdier, le maire. Aurelio Kastrenko a été entendu. \
         L'interrogatoire « a pour objet de clarifier l'emploi du temps du suspect », selon le procureur de \
         la République à Port-Esquel, Jacques Morel, qui dirige l'enquête.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "a pour objet de clarifier").3, Some("per:jackues.morel"), "{q:#?}");
    // (held at a body: "à l'Ofival")
    let a = article(
        "Allocations versées à tort\n\n\
         Ce chiffre a progressé de 36% depuis janvier 2015.Comment expliquer cette hausse ? Pour le directeur des \
         risques et de la performance à l'Ofival, Paul Verdier, \"l'amélioration des systèmes de détection\" y est \
         pour beaucoup. À cela s'ajoute, selon lui, l'augmentation du nombre d'inscrits durant la période.De son \
         côté, la directrice de l'indemnisation de l'Ofival, Anne Lestrade, estime qu'\"il convient de relativiser\" \
         ce chiffre.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "l'amélioration des systèmes").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_stray_closing_mark_after_a_dialogue_opens_no_quote() {
    // a dialogue opened by dashes ends on a straight mark with none open: the marks
    // after it keep their pairs
    let a = article(
        "Campagne à Port-Esquel\n\n\
         Anne Lestrade arpente le marché avec Paul Verdier.\"Je fais des heures sup!\", plaisante la candidate. \
         - Je l'ai déjà reçu, répond une dame.- C'est moi qui l'ai glissé dans votre boîte!\" Anne Lestrade en est \
         à son quatrième déplacement.\"Je n'ai jamais vu Jacques Morel au marché, jamais\", affirme-t-elle.\n",
    );
    let q = quotes(&a);
    assert!(!q.iter().any(|x| x.0.starts_with("Anne Lestrade en est")), "{q:#?}");
    let k = find(&q, "Je n'ai jamais vu");
    assert_eq!(k.3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn english_outlets_after_a_french_article_and_one_of_someone_s_friends() {
    // "le Sun", "le Guardian": outlets, named without their "The"; a verb and its
    // "que" are no part of a name the tagger ran on; "l'un de ses proches" is
    // nobody named, not the group that spoke last
    let a = article(
        "Divorce à Port-Esquel\n\n\
         Selon le Sun, le couple d'acteurs aurait trouvé un accord sur la garde des enfants. \
         Citant une source proche du dossier, le Times écrit que \"les termes du divorce ont été acceptés par les deux parties\". \
         \"Anne travaille très dur, mais ce nouveau travail est beaucoup trop pour elle\", a expliqué l'un de ses proches au magazine.\n\n\
         \"La garde partagée est la règle dans ce pays\", précise le Guardian. \
         \"Les enfants resteront à Valmora jusqu'à la fin de l'année\", a ajouté l'organisation.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "le couple d'acteurs").3, Some("org:the-sun"), "{q:#?}");
    assert_eq!(find(&q, "les termes du divorce").3, Some("org:times"), "{q:#?}");
    let k = find(&q, "Anne travaille");
    assert_eq!((k.2, k.3), (Some("l'un de ses proches"), None), "{q:#?}");
    // (an outlet that reported is no group speaking again)
    assert_eq!(find(&q, "La garde partagée").3, Some("org:the-guardian"), "{q:#?}");
    assert_eq!(find(&q, "Les enfants resteront").3, None, "{q:#?}");
}

#[test]
fn a_pronoun_skips_every_name_of_a_list_of_complements() {
    // "avec X, Y ou encore Z": the last name of the list is a complement as the first is
    let a = article(
        "Anne Lestrade publie ses mémoires\n\n\
         Elle est de retour dans un livre publié chez un éditeur de Valmora.\n\n\
         Elle répond aux rumeurs de liaisons supposées avec Paul Verdier, Jacques Morel ou encore Aurelio \
         Kastrenko. \"Mais elles sont toutes fausses ! Aucun de ces hommes ne me plaisait\", affirme-t-elle.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Mais elles sont toutes fausses").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn someone_unnamed_by_what_they_are_after_the_cue() {
    // "confiait une autre femme": an unnamed speaker, whom "témoignait-elle" goes on with,
    // not a name seen before
    let a = article(
        "Tournages à Valmora\n\n\
         Le site Jacques et Morel est visé par une enquête. \"Il y a eu une scène dont je n'avais pas été \
         prévenue avant\", confiait une autre femme, anonyme. \"J'ai eu le réflexe de dire non\", témoignait-elle.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Il y a eu une scène");
    assert_eq!((k.2, k.3, k.4), (Some("une autre femme"), None, true), "{q:#?}");
    assert_eq!(find(&q, "J'ai eu le réflexe").3, None, "{q:#?}");
}

#[test]
fn a_title_and_a_particle_before_a_surname() {
    // "M. de Valmont": the tagger took the title for a name and the surname for a group
    let a = article(
        "Séance agitée à Valmora\n\n\
         \"C'est évidemment la mission première des députés dans l'hémicycle\", a répondu M. de Valmont.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "C'est évidemment la mission").2, Some("de Valmont"), "{q:#?}");
    assert!(!a.layers.entities.iter().any(|e| e.span.slice(&a.text) == "M."), "{:#?}", a.layers.entities);
}

#[test]
fn a_whole_speaker_phrase_before_a_sentence_naming_someone_is_kept() {
    // machine translation cuts a role short ("l'ancien Français. La diplomate X"), but
    // "son entourage" or "le ministère" is whole: the person of the next sentence is
    // someone else
    let a = article(
        "Débat à Valmora\n\n\
         \"Je ne veux pas participer à un cirque\", explique-t-on dans son entourage. Le député Paul Verdier \
         y va pour \"lever un certain nombre de fantasmes\". \"Seuls trois dépôts connaissent des difficultés \
         temporaires\", a affirmé le ministère. Le Premier ministre Jacques Morel a indiqué mardi qu'il recevrait les syndicats.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Je ne veux pas participer");
    assert_eq!((k.2, k.3), (Some("son entourage"), None), "{q:#?}");
    let k = find(&q, "Seuls trois dépôts");
    assert_eq!((k.2, k.3), (Some("le ministère"), None), "{q:#?}");
}

#[test]
fn a_colon_hands_the_quote_to_the_people_or_group_the_sentence_opens_with() {
    // "les parents d'une victime ne décolèrent pas : « … »", after an opening phrase that
    // names the medium; not after a source named in it ("Selon X, la décision …")
    let a = article(
        "Procès à Port-Esquel\n\n\
         Interrogés par Radio Valmora, les parents d'une victime ne décolèrent pas : \"On se dit que la justice \
         incarcère des gens pour beaucoup moins que ça.\"\n\n\
         Selon Paul Verdier, la décision de partir s'est imposée d'elle-même : \"Si nous étions restés, nous \
         aurions été emportés avec les autres.\"\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "On se dit que la justice").2, Some("les parents d'une victime"), "{q:#?}");
    assert!(!q.iter().any(|x| x.2 == Some("la décision de partir")), "{q:#?}");
}

#[test]
fn one_of_someone_s_people_named_after_a_title_is_not_that_someone() {
    let a = article(
        "Municipales à Port-Esquel\n\n\
         Les discussions entre les deux camps \"avancent bien\", a assuré un proche de Mme Lestrade.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "avancent bien");
    assert_eq!((k.2, k.3), (Some("un proche de Mme Lestrade"), None), "{q:#?}");
}

#[test]
fn a_group_after_the_cue_then_a_relative_clause() {
    // "préviennent les secours qui appellent à la prudence": the group speaks, the clause
    // tells more of it
    let a = article(
        "Montagne à Valmora\n\n\
         \"Il y a beaucoup de monde en montagne et les sentiers sont glissants\", préviennent les secours \
         qui appellent à la prudence.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Il y a beaucoup de monde").2, Some("les secours"), "{q:#?}");
}

#[test]
fn a_reporting_participle_right_after_a_name() {
    let a = article(
        "Frontière de Valmora\n\n\
         Elles avaient convenu il y a dix jours d'une désescalade. Valmora a déployé des renforts, son Premier \
         ministre Paul Verdier assurant que la mort des soldats \"n'aura pas été vaine pour le pays\".\n",
    );
    let q = quotes(&a);
    let k = find(&q, "la mort des soldats");
    assert_eq!((k.1, k.3), (QuoteKind::Mixed, Some("per:paul.verdier")), "{q:#?}");
}

#[test]
fn a_reflexive_cue_with_an_adverb_inside_and_a_rank_before_the_name() {
    // "s'est de son côté offusqué X"; "le chef d'état-major, le général X": the name
    // after the rank, not the minister named before
    let a = article(
        "Opération à Valmora\n\n\
         Le ministre Jacques Morel a salué l'opération. \"Cette opération a été rendue possible par la \
         mobilisation des moyens\", a commenté le chef d'état-major, le général Aurelio Kastrenko. \"Que les \
         voisins s'occupent de leurs propres frontières avant de nous juger\", s'est de son côté offusqué le \
         maire de Port-Esquel Paul Verdier.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Cette opération a été rendue").3, Some("per:aurelio.kastrenko"), "{q:#?}");
    assert_eq!(find(&q, "Que les voisins").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_role_phrase_ends_before_a_purpose_or_another_clause_and_outlets_keep_one_id() {
    // "a expliqué la ministre pour justifier cette mesure", "a estimé l'ancien président
    // alors que X a refusé": the phrase ends before; "le Guardian" has The Guardian's id,
    // "du Parisien" is Le Parisien
    let a = article(
        "Réforme à Valmora\n\n\
         \"L'évolution de la société fait que les femmes ont des enfants plus tard\", a expliqué la ministre \
         de la Santé pour justifier cette mesure. \"On n'a pas la même moralité, lui et moi\", a estimé \
         l'ancien président alors que Paul Verdier a refusé de se prononcer. Le Guardian en parle, et selon \
         le Guardian, la réforme sera adoptée avant la fin de l'année par les députés.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "L'évolution de la société").2, Some("la ministre de la Santé"), "{q:#?}");
    assert_eq!(find(&q, "On n'a pas la même").2, Some("l'ancien président"), "{q:#?}");
    let ids: Vec<&str> = a
        .layers
        .entities
        .iter()
        .filter(|e| e.span.slice(&a.text).ends_with("Guardian"))
        .map(|e| e.entity.as_str())
        .collect();
    assert_eq!(ids, ["org:the-guardian", "org:the-guardian"], "{:#?}", a.layers.entities);
    let a = article(
        "Vols à Port-Esquel\n\n\
         Le site a fermé. Selon les informations du Parisien, quatre individus sont soupçonnés d'avoir commis \
         deux cents vols. Le gérant a confié au Parisien qu'il ne rouvrirait pas.\n",
    );
    let parisien: Vec<(EntityKind, &str)> = a
        .layers
        .entities
        .iter()
        .filter(|e| e.span.slice(&a.text) == "Parisien")
        .map(|e| (e.kind, e.entity.as_str()))
        .collect();
    assert!(!parisien.is_empty(), "{:#?}", a.layers.entities);
    assert!(parisien.iter().all(|&x| x == (EntityKind::Org, "org:le-parisien")), "{parisien:?}");
}

#[test]
fn the_latter_is_the_person_named_last_of_its_gender_and_not_one_the_words_speak_of() {
    // "cette dernière": Anne Lestrade, not the man named after her; "Ce dernier": Paul
    // Verdier, not Jacques Morel, whom his words speak of
    let a = article(
        "Budget de Valmora\n\n\
         L'ancien ministre Aurelio Kastrenko était interrogé avec Anne Lestrade, son homologue sous Jacques \
         Morel. Interrogée sur les comptes, cette dernière a indiqué qu'à son arrivée le déficit atteignait \
         trois milliards. Paul Verdier, un proche de Jacques Morel, a été élu maire. Ce dernier a confirmé que \
         Jacques Morel avait quitté le conseil municipal.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "à son arrivée le déficit").3, Some("per:ane.lestrad"), "{q:#?}");
    assert_eq!(find(&q, "Jacques Morel avait quitté").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn ce_que_puts_the_subject_after_the_verb_and_ce_qui_is_no_one() {
    // "ce que confirme à l'AFP l'entourage de X": the entourage speaks, not "ce que" nor
    // X; "ce qui suggère que…": a fact, no quote
    let a = article(
        "Voyage à Port-Esquel\n\n\
         La déontologue a donné son feu vert au voyage, ce que confirme à l'AFP l'entourage de Paul Verdier. \
         \"Cet avion a pour seul objectif de limiter les coûts du voyage.\" Les élus ont tous voté pour, ce \
         qui suggère que la majorité est unie.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Cet avion a pour seul");
    assert_eq!((k.2, k.3), (Some("l'entourage de Paul Verdier"), None), "{q:#?}");
    assert!(!q.iter().any(|x| x.0.starts_with("la majorité est unie")), "{q:#?}");
}

#[test]
fn a_pronoun_is_not_someone_its_own_quote_speaks_to() {
    // no one spoke before: "-t-il" is Jacques Morel, named before the quote, not the
    // "Monsieur Verdier" the quote addresses
    let a = article(
        "Marché de Port-Esquel\n\n\
         Jacques Morel tient un stand depuis trente ans sur le marché du port. \"Monsieur Verdier va visiter le \
         marché demain, il faudrait qu'il écoute enfin les commerçants\", a-t-il lancé.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Monsieur Verdier va visiter").3, Some("per:jackues.morel"), "{q:#?}");
}

#[test]
fn that_is_what_someone_said_after_a_quote() {
    // "Voilà ce qu'a conseillé X", "C'est ce qu'affirmait Y": the sentence after the
    // quote names its speaker
    let a = article(
        "Port-Esquel\n\n\
         Le maire devrait apprendre à \"écouter enfin les pêcheurs du vieux port\". Voilà ce qu'a conseillé Paul \
         Verdier, ancien adjoint, mardi.\n\n\
         Il faut \"partager les quotas entre tous les bateaux\". C'est ce qu'affirmait Anne Lestrade au conseil.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "écouter enfin les pêcheurs").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "partager les quotas entre").3, Some("per:ane.lestrad"), "{q:#?}");
}

#[test]
fn an_age_belongs_to_the_speaker_s_phrase() {
    // "la chanteuse de 56 ans": the number is an age, not a date that ends the phrase
    let a = article(
        "Festival de Port-Esquel\n\n\
         Ilse Morvan a ouvert le festival samedi. \"Mon message a toujours été d'unir les gens par la musique\", \
         a confié la chanteuse de 56 ans au Courrier du Val.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Mon message a toujours");
    assert_eq!((k.2, k.3), (Some("la chanteuse de 56 ans"), Some("per:ilse.morvan")), "{q:#?}");
}

#[test]
fn a_person_named_with_an_age_and_a_trade_takes_the_floor() {
    // "Paul X, 62 ans, croupier au casino du port, a perdu": a subject, so "dit-il" is
    // him, not the man quoted before
    let a = article(
        "Casinos de Port-Esquel\n\n\
         \"Le port a perdu la moitié de ses visiteurs cet été\", a expliqué Jacques Morel, directeur du casino. \
         Paul Verdier, 62 ans, croupier au casino du port, a perdu son travail en mars. \"Je suis ici depuis \
         quarante ans et je n'ai jamais rien vu de tel\", dit-il.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Je suis ici depuis").3, Some("per:paul.verdier"), "{q:#?}");
    // (the verb after the age is no apposition: "Paul X, 38 ans, a soigné le premier
    // patient, hospitalisé en mars")
    let a = article(
        "Hôpital de Port-Esquel\n\n\
         \"Nous manquons de lits depuis le début de la crise\", a expliqué Jacques Morel, directeur de \
         l'hôpital. Paul Verdier, 38 ans, a soigné le premier patient du port, hospitalisé en mars. \"Je \
         n'oublierai jamais cette première nuit de garde\", dit-il.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Je n'oublierai jamais").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_name_opening_a_sentence_in_the_present_takes_the_floor() {
    // "Le député Paul X apporte lui aussi son soutien": a subject in the present tense,
    // so "a-t-il déclaré" after it is him, not the man quoted before; a heading's
    // question ("Paul X tête de liste ?") is no such sentence
    let a = article(
        "Conseil de Port-Esquel\n\n\
         \"Nous ne céderons rien sur le budget\", a déclaré Jacques Morel, maire du port. Le député Paul Verdier \
         apporte lui aussi son soutien au maire. \"Défendre le port, c'est un noble combat pour nous tous\", \
         a-t-il déclaré.\n\n\
         \"Le conseil votera le budget en décembre\", a précisé Jacques Morel.\n\n\
         Paul Verdier tête de liste aux municipales ?\n\n\
         \"Nous verrons bien le moment venu, rien ne presse\", a-t-il ajouté.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Défendre le port").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Nous verrons bien").3, Some("per:jackues.morel"), "{q:#?}");
    // (a closing guillemet glued to the name, a character of two bytes, reads well)
    let a = article(
        "Conseil de Port-Esquel\n\n\
         « Nous ne céderons rien sur le budget », a déclaré Jacques Morel. Le maire cite le mot « résilience \
         »Paul Verdier apporte son soutien au maire. « Défendre le port est un noble combat pour nous tous », \
         a-t-il déclaré.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Défendre le port est").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_name_after_its_apposition_opening_a_sentence_takes_the_floor() {
    // "Radiologue, Paul X utilise": the subject of a sentence in the present, so "le
    // praticien" after it is him, not the practitioner quoted before
    let a = article(
        "Hôpital de Port-Esquel\n\n\
         \"Le logiciel repère les lésions\", explique Jacques Morel, directeur de l'institut. Sur son écran, le \
         praticien compare les images. Radiologue, Paul Verdier utilise très souvent le logiciel. \"Il aide à \
         établir un diagnostic en cas de doute\", explique le praticien.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Il aide à").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn the_last_speaker_named_again_nearer_keeps_the_floor() {
    // a newcomer named farther back does not take the floor from the last speaker named
    // again as a subject just before the pronoun; nor does a name inside another's
    // apposition ("Paul X, adjoint et ami d'Anne Y et Jacques Z, a pris la parole")
    let a = article(
        "Conseil de Port-Esquel\n\n\
         \"Nous ne céderons rien\", a déclaré Jacques Morel, maire du port. Opposant au projet, Paul Verdier \
         appelle à voter contre. Le soir, Jacques Morel a reçu les pêcheurs. Il a ensuite concédé que la \
         situation était \"très difficile\".\n\n\
         \"Le budget passera\", a assuré Jacques Morel. Paul Verdier, adjoint au maire et ami d'Anne \
         Lestrade et Jacques Morel, a pris la parole. \"Je ne voterai pas ce budget\", a-t-il déclaré.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "la situation était").3, Some("per:jackues.morel"), "{q:#?}");
    assert_eq!(find(&q, "Je ne voterai pas").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_subject_after_its_party_or_its_role_takes_the_floor() {
    // "Paul X (PS) a salué", "Paul X, ancien conseiller spécial du maire Jacques Y entre
    // 2007 et 2012, a eu": subjects, so "a-t-il" after them is Paul X, not Jacques Y
    let text = |middle: &str| {
        format!(
            "Port de Port-Esquel\n\n\"Nous allons rouvrir le chantier\", a déclaré Jacques Morel, directeur du \
             port. {middle} \"Cette annonce donne du temps au port\", a-t-il estimé.\n"
        )
    };
    for middle in [
        "Le président de la région Paul Verdier (PS) a salué cette annonce.",
        "Au soir du premier tour des élections législatives, Paul Verdier, ancien conseiller spécial du \
         maire Jacques Morel entre 2007 et 2012, a eu des mots très durs pour ses électeurs.",
    ] {
        let a = article(&text(middle));
        let q = quotes(&a);
        assert_eq!(find(&q, "Cette annonce donne").3, Some("per:paul.verdier"), "{middle}: {q:#?}");
    }
    // (but a name completing a role that completes a noun is no subject: "une question du
    // député Paul X (PCF), a réclamé" is the deputy who asked, not X)
    let a = article(&text(
        "Le ministre était interrogé par le député Marc Lenoir, qui, relayant une question du député de \
         Gironde Paul Verdier (PCF), a réclamé des moyens. Le ministre a répondu.",
    ));
    let q = quotes(&a);
    assert_ne!(find(&q, "Cette annonce donne").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_phrase_after_a_preposition_before_the_verb_is_no_subject() {
    // "Paul X, le successeur de Jacques Y, démissionnaire sous le gouvernement Morel II
    // raconte qu'il « … »": the government is a complement, Paul X speaks
    let a = article(
        "Ministres du port\n\n\
         Paul Verdier, le successeur de Jacques Morvan, démissionnaire sous le gouvernement Lestrade II \
         raconte qu'il \"y a en permanence un combat entre un ministre et le reste du gouvernement\".\n",
    );
    let q = quotes(&a);
    let k = find(&q, "y a en permanence");
    assert_eq!((k.2, k.3), (Some("Paul Verdier"), Some("per:paul.verdier")), "{q:#?}");
}

#[test]
fn words_said_by_a_role_in_the_lede_and_by_a_name_in_the_body_are_that_person_s() {
    // the lede's "a réagi sur Radio Valmora la secrétaire d'État" is the person the body
    // names for the same words, not the next one quoted under a name
    let a = article(
        "Grenelle du port\n\n\
         \"C'est le moment de sortir des postures et de travailler ensemble\", a réagi mardi sur Radio Valmora \
         la secrétaire d'État chargée de la Mer, alors que les associations se sont dites déçues.\n\n\
         Ces annonces ne sont \"pas un départ énorme\", a commenté Anne Lestrade, de la Fondation du port. \
         \"C'est le moment de sortir des postures et de travailler ensemble\", s'est agacée mardi soir sur Radio \
         Valmora Claire Morvan.\n",
    );
    let q = quotes(&a);
    let lede = q.iter().find(|r| r.0.starts_with("C'est le moment")).unwrap();
    assert_eq!(lede.3, Some("per:clair.morvan"), "{q:#?}");
}

#[test]
fn the_view_given_to_a_role_and_its_name_is_that_person_s() {
    // "Pour le secrétaire d'État auprès du ministre de la Mer Paul X, cette suppression
    // « … »": the person after the role
    let a = article(
        "Budget du port\n\n\
         Les sénateurs ont rejeté le transfert. Pour le secrétaire d'État auprès du ministre de la Mer Paul \
         Verdier, cette suppression \"prive le port d'une bouffée d'air très attendue\".\n",
    );
    let q = quotes(&a);
    let k = find(&q, "prive le port");
    assert_eq!((k.2, k.3), (Some("Paul Verdier"), Some("per:paul.verdier")), "{q:#?}");
}

#[test]
fn an_incise_in_the_compound_past_inside_a_quote_names_its_speaker() {
    // "« J'aurais dû le faire, a confié Paul X. On n'y a pas pensé »": two quotes of X,
    // and "a-t-il encore dit" after them goes on with X; the speaker's apposition is no
    // quote ("…, a admis le père X, interrogé par le site. Mais …")
    let a = article(
        "Campagne de Port-Esquel\n\n\
         Cet argent n'avait pas été déclaré. \"J'aurais sans doute dû le faire, a confié Paul Verdier. On n'y a \
         pas pensé. Ce n'était pas beaucoup d'argent.\" \"C'était quelques milliers d'euros\", a-t-il encore \
         dit.\n\n\
         \"Ça détonne, ça détonne, a admis le père Jacques Morel, interrogé par le site le 21 octobre. Mais ce \
         n'est pas le produit final.\"\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "J'aurais sans doute").0, "J'aurais sans doute dû le faire", "{q:#?}");
    assert_eq!(find(&q, "J'aurais sans doute").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "On n'y a pas pensé").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "C'était quelques milliers").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Mais ce n'est pas").3, Some("per:jackues.morel"), "{q:#?}");
    assert!(q.iter().all(|r| !r.0.contains("interrogé par")), "{q:#?}");
}

#[test]
fn a_speaker_cited_by_a_medium_between_commas_is_the_speaker() {
    // "X, cité par Mediapart, souligne que « … »": X speaks, the medium quoted X
    let a = article(
        "Plainte à Port-Esquel\n\n\
         La plainte évoque des centres. Paul Verdier, cité par Mediapart, souligne que la France \"a le droit et \
         le devoir d'enquêter\".\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "a le droit").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn the_people_around_someone_named_in_their_phrase_are_not_that_person() {
    // "…, indique l'entourage du ministre de l'Intérieur Paul X": the entourage speaks, unnamed
    let a = article(
        "Port-Esquel\n\n\
         \"La loi est indispensable pour le port\", indique l'entourage du ministre de l'Intérieur Paul Verdier. \"Nous \
         irons jusqu'au bout\", a déclaré Jacques Morel.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "La loi est indispensable");
    assert_eq!((k.2, k.3), (Some("l'entourage du ministre de l'Intérieur Paul Verdier"), None), "{q:#?}");
    assert_eq!(find(&q, "Nous irons").3, Some("per:jackues.morel"), "{q:#?}");
}

#[test]
fn the_one_who_shares_a_view_speaks_next_but_not_any_agent() {
    // "Un avis partagé par Paul X." takes the floor; "l'interdiction prônée par Paul X."
    // names someone the speaker spoke of
    let text = |participle: &str| {
        format!(
            "Grève à Port-Esquel\n\n\
             \"Il n'y a aucun danger sur les quais du port\", a insisté Jacques Morel, directeur du port. Un \
             avis {participle} par Paul Verdier. \"Nous demandons au port d'examiner toutes les suites \
             possibles\", a-t-il ajouté.\n"
        )
    };
    let a = article(&text("partagé"));
    let q = quotes(&a);
    assert_eq!(find(&q, "Nous demandons au port").3, Some("per:paul.verdier"), "{q:#?}");
    let a = article(&text("combattu"));
    let q = quotes(&a);
    assert_eq!(find(&q, "Nous demandons au port").3, Some("per:jackues.morel"), "{q:#?}");
}

#[test]
fn a_reporting_participle_right_after_a_name_before_its_quoted_object() {
    // "M. X jugeant « … »": the participle's object is the quote
    let a = article(
        "Budget de Valmora\n\n\
         Le gouvernement a marqué son opposition, M. Verdier jugeant \"la règle vertueuse, mais bien trop \
         prématurée\". Le texte repart au Sénat.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "la règle vertueuse");
    assert_eq!((k.2, k.3.is_some_and(|e| e.ends_with("verdier"))), (Some("Verdier"), true), "{q:#?}");
}

#[test]
fn a_government_seat_speaks_and_a_named_ministry_is_not_the_group_before() {
    // "le Quai d'Orsay recommande « … »": the seat stands for the ministry and speaks;
    // "Le ministère de l'Intérieur a précisé" names its own ministry, not the one before
    let a = article(
        "Voyages depuis Valmora\n\n\
         Sur son site, le Quai d'Orsay recommande à ces Français \"d'éviter autant que possible les \
         déplacements internationaux\". Le ministère de l'Intérieur a précisé que cette mesure concernait \
         \"tous les voyageurs en provenance de Valmora\".\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "d'éviter autant que possible").3, Some("org:quai-d-orsay"), "{q:#?}");
    let k = find(&q, "cette mesure concernait");
    assert_eq!((k.2, k.3), (Some("Le ministère de l'Intérieur"), None), "{q:#?}");
}

#[test]
fn a_count_of_people_or_groups_after_the_cue_speaks() {
    // "ont exhorté 28 associations", "ont prévenu trois syndicats", "selon plusieurs
    // sources": unnamed, as "des syndicats" would be
    let a = article(
        "Presse à Valmora\n\n\
         Il faut \"arrêter de prendre les journalistes pour cible sur le terrain\", ont exhorté 28 associations \
         professionnelles dans une lettre. \"Nous ne lâcherons rien sur nos salaires\", ont prévenu trois \
         syndicats du port. Le budget sera voté en décembre, selon plusieurs sources.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "arrêter de prendre les journalistes");
    assert_eq!((k.2, k.4), (Some("28 associations professionnelles"), true), "{q:#?}");
    assert_eq!(find(&q, "Nous ne lâcherons rien").2, Some("trois syndicats du port"), "{q:#?}");
    assert_eq!(find(&q, "Le budget sera voté").2, Some("plusieurs sources"), "{q:#?}");
}

#[test]
fn a_demonstrative_source_points_back_never_to_the_next_person_named() {
    // "poursuit cette source": the unnamed deputy quoted before, not Paul Verdier, named
    // inside the quote and after it
    let a = article(
        "Valmora : la campagne commence\n\n\
         « Anne Lestrade veut surprendre aux prochaines municipales », a expliqué au journal un adjoint au maire \
         de Valmora. « Nous sommes plusieurs à être convaincus que Paul Verdier va être désigné. Il passe son \
         temps à l'hôtel de ville », poursuit cette source. Paul Verdier a démenti mardi.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Nous sommes plusieurs");
    assert_eq!((k.2, k.3), (Some("cette source"), None), "{q:#?}");
}

#[test]
fn a_relative_is_not_the_person_it_is_related_to() {
    // "le fils de la victime octogénaire" is Jacques Morvan, her son named before, not
    // Ilse Morvan, the victim; "la cousine du garçon" is Anne, named right after "sa cousine"
    let a = article(
        "Valmora : marche blanche pour Ilse Morvan\n\n\
         Alors que le président du Crif Paul Verdier confirme son opposition à la présence des partis à la marche \
         blanche en l'honneur d'Ilse Morvan, le fils de cette dernière « appelle tout le monde sans exception » à \
         venir rendre hommage à sa mère.\n\n\
         Mais c'est bien la voix du fils d'Ilse Morvan qui résonne à part. Sur RMC, Jacques Morvan a appelé « tout le monde sans exception » à participer à la marche. Précisant \
         que « le juge fait de la politique, et moi j'ouvre mon coeur », le fils de la victime octogénaire \
         déclare : « Les gens qui ont une mère peuvent me comprendre. »\n\n\
         Le garçon, 16 ans, a été blessé. « Il jouait au foot chez le voisin », raconte sa cousine, Anne \
         Verdier, 35 ans. Aujourd'hui, la cousine du garçon plaide pour mieux prendre en charge « cette poignée \
         de jeunes ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Les gens qui ont une mère").3, Some("per:jackues.morvan"), "{q:#?}");
    assert_eq!(find(&q, "le juge fait de la politique").3, Some("per:jackues.morvan"), "{q:#?}");
    let cousin = find(&q, "cette poignée de jeunes");
    assert_eq!(cousin.3, find(&q, "Il jouait au foot").3, "{q:#?}");
    assert!(cousin.3.is_some(), "{q:#?}");
}

#[test]
fn the_source_of_selon_runs_to_its_comma_past_a_participle_on_it() {
    // a longer source phrase, a cue verb as a participle on the source ("révélé
    // dimanche par"), but no comma inside brackets
    let a = article(
        "Santé à Valmora\n\n\
         Selon une étude française publiée lundi 22 octobre dans la revue médicale américaine Valmora Internal \
         Medicine, les consommateurs qui mangent bio développent moins de cancers. Selon un rapport interne révélé \
         dimanche par Radio Port-Esquel, ces déclarations n'ont pas fait l'objet d'un signalement. Selon les relevés \
         effectués par l'association sur les produits de première nécessité (pâtes, riz, eau), les prix ont \
         augmenté.\n",
    );
    let q = quotes(&a);
    let bio = find(&q, "les consommateurs qui mangent bio");
    assert!(bio.2.is_some_and(|s| s.ends_with("Valmora Internal Medicine")), "{q:#?}");
    assert!(q.iter().any(|x| x.0.starts_with("ces déclarations n'ont pas")), "{q:#?}");
    // (the words are not cut inside the brackets)
    assert!(q.iter().any(|x| x.0.contains("les prix ont augmenté")), "{q:#?}");
    assert!(!q.iter().any(|x| x.0.starts_with("riz")), "{q:#?}");
}

#[test]
fn a_place_in_brackets_locates_the_body_that_speaks() {
    // "le parquet de Port-Esquel (Valmora)" is the prosecutors' office, not the region;
    // "le parquet" after it is that office again, not the region either
    let a = article(
        "Confinement à Port-Esquel\n\n\
         Un habitant de 20 ans a été condamné à deux mois de prison ferme, indique mercredi le parquet de \
         Port-Esquel (Valmora). Le jeune homme a commis « huit violations du confinement », a précisé le parquet.\n",
    );
    let q = quotes(&a);
    let first = find(&q, "Un habitant de 20 ans");
    assert_eq!((first.2, first.3), (Some("le parquet de Port-Esquel"), None), "{q:#?}");
    assert_eq!(find(&q, "huit violations").3, None, "{q:#?}");
}

#[test]
fn a_general_role_refers_back_to_the_title_before_a_name() {
    // "le médecin" is Paul Verdier, titled "le docteur", not Jacques Morel who spoke before;
    // a name said inside a quote gives no title ("le docteur Morel" in Morel's own words)
    let a = article(
        "Hôpital de Valmora\n\n\
         En visite à l'hôpital de Valmora, Jacques Morel a assuré jeudi ne pas être « dans le déni ». « Je sais \
         que ça ne va pas assez vite, comme me l'a dit le docteur Morel, mon frère », a-t-il dit. Il avait été \
         interpellé par le docteur Paul Verdier, neurologue, un des membres du collectif. « On est vraiment au \
         bout », lui avait lancé le médecin.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "On est vraiment au bout").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Je sais que").3, Some("per:jackues.morel"), "{q:#?}");
    let a = article(
        "Hôpital de Valmora\n\n\
         Le ministre a été interpellé jeudi par le docteur Paul Verdier, neurologue. « Comme le répète le \
         docteur Jacques Morel, on est vraiment au bout », lui a lancé le médecin.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Comme le répète").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_quote_after_a_complement_goes_on_with_the_speaker_before() {
    // a person named after "envers", or after "à Mme", is no newcomer who takes the
    // floor; the attacks "de" someone are theirs
    let a = article(
        "Valmora : le maire s'explique\n\n\
         Paul Verdier a répondu jeudi aux critiques. « Le budget est tenu », annonce-t-il. Il ne se montre pas \
         tendre envers le conseiller municipal Jacques Morel. « Il veut le beurre et l'argent du beurre. »\n\n\
         « Le budget est tenu », répète Paul Verdier, prédisant à Mme Anne Lestrade « un naufrage en solitaire ». \
         « Nous étions ses derniers amis, elle n'a plus que des fidèles aveuglés. » \
         Les attaques de Jacques Morel n'avaient pas tardé. « Le maire ment sur toute la ligne et il le sait. »\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Il veut le beurre").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Nous étions ses derniers amis").3, Some("per:paul.verdier"), "{q:#?}");
    assert_eq!(find(&q, "Le maire ment").3, Some("per:jackues.morel"), "{q:#?}");
}

#[test]
fn a_plural_pronoun_is_not_the_medium_that_reported() {
    // "Selon eux" after "rapporte l'AFP" are the councillors the agency quoted, not the agency
    let a = article(
        "Valmora : le crédit d'impôt en débat\n\n\
         Les élus de Valmora souhaitent abaisser le taux du crédit d'impôt, « pour les foyers les plus \
         favorisés », rapporte l'AFP. Selon eux, « 30 % de l'enveloppe bénéficient aux ménages les plus aisés ».\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "pour les foyers").3, Some("org:afp"), "{q:#?}");
    let k = find(&q, "30 % de l'enveloppe");
    assert_eq!((k.2, k.3), (Some("eux"), None), "{q:#?}");
}

#[test]
fn a_person_quoted_inside_another_s_clause_does_not_take_the_pronouns_after() {
    // "Il rejoint le constat de Jacques Morel, qui avait évoqué « … »": Morel speaks
    // there, but "préconise-t-il" is still Paul Verdier, the subject "Il"
    let a = article(
        "Valmora : Paul Verdier et le port\n\n\
         Paul Verdier a parlé du port lundi. « Le port est une folie », annonce-t-il. Il rejoint le constat \
         de Jacques Morel qui avait évoqué la « mort lente du port de Valmora ». « Qui peut contester l'avis \
         de monsieur Morel ? Il faut changer le port », préconise-t-il.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "mort lente du port").3, Some("per:jackues.morel"), "{q:#?}");
    assert_eq!(find(&q, "Qui peut contester").3, Some("per:paul.verdier"), "{q:#?}");
}

#[test]
fn a_full_name_the_tagger_missed_speaks_whole() {
    // "confie Selim Abdel Varou": the capitalised words run on as one name; "Mgr Morvan"
    // is Jacques Morvan named before, past the title
    let a = article(
        "Valmora : les imprimantes\n\n\
         « Les imprimantes s'arrachent », confie Selim Abdel Varou, gérant d'un magasin de Valmora. L'évêque \
         Jacques Morvan a répondu mardi. « Le dossier serait déjà chez le procureur », a indiqué Mgr Morvan.\n",
    );
    let q = quotes(&a);
    assert_eq!(find(&q, "Les imprimantes").2, Some("Selim Abdel Varou"), "{q:#?}");
    assert_eq!(find(&q, "Le dossier serait").3, Some("per:jackues.morvan"), "{q:#?}");
}

#[test]
fn a_gerund_after_the_speaker_ends_the_incise() {
    let a = article(
        "Valmora : la maternité attaquée\n\n\
         Si Anne Lestrade est parvenue à leur échapper, sa belle-mère a été tuée. « Elles étaient venues avec moi \
         et m'attendaient », raconte la jeune femme en pleurant.\n",
    );
    let q = quotes(&a);
    let k = find(&q, "Elles étaient venues");
    assert_eq!((k.2, k.3), (Some("la jeune femme"), Some("per:ane.lestrad")), "{q:#?}");
}
