"""An incise after (or inside) the quote names its speaker: the incise rules (``incise.*`` and
``inner.*``, the ``INCISE`` table in quotes/attribution.py).

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

# incise.verb-first: a déclaré X, said X, sagte X, ließ X verlauten.
VERB_FIRST: list[QuoteCase] = [
    # English: the comma before the incise is not part of the quote
    QuoteCase("en", '"We are ready," said Anna Price.',
              [("We are ready", "statement", "Anna Price")],
              "round2"),
    # „…" closed by a straight mark; a web address before the person quoted
    QuoteCase("de", '„Das ist erst der Anfang", zitiert ndr.de Polizeisprecher Ralf Kühn.',
              [("Das ist erst der Anfang", "statement", "Ralf Kühn")],
              "round3"),
    # ließ X verlauten: the speech verb closes the clause
    QuoteCase("de", "„Die Stadt unterstützt den Verein“, ließ ein Rathaus-Sprecher kurz verlauten.",
              [("Die Stadt unterstützt den Verein", "statement", "ein Rathaus-Sprecher")],
              "round3"),
    # will/wollte X wissen: a question's asker, the verb of knowing closing the clause
    # (asking_modals); a modal with another verb is no incise
    QuoteCase("de", "Die Kosten steigen weiter. „Wo bleibt das Geld?“, wollen die Anwohner"
              " wissen.",
              [("Wo bleibt das Geld?", "statement", "die Anwohner")],
              "round11"),
    QuoteCase("de", "Die Kosten steigen. „Wer zahlt am Ende?“, wollte der Abgeordnete Jan Hölscher"
              " von der Landesregierung wissen.",
              [("Wer zahlt am Ende?", "statement", "Jan Hölscher")],
              "round11"),
    # "lui" / "leur" before the verb of an incise is whom it was said to
    QuoteCase("fr", "Le parti a réagi. « C'est la grande bourgeoisie qui parle », lui avait dit"
              " Paul Marin, président du groupe.",
              [("C'est la grande bourgeoisie qui parle", "statement", "Paul Marin")],
              "round5"),
    # minimizzare is a speech verb
    QuoteCase("it", "«Solo un'ipotesi», minimizza un consigliere del ministro.",
              [("Solo un'ipotesi", "statement", "un consigliere del ministro")],
              "round7"),
    # sfogarsi, reflexive, is a speech verb
    QuoteCase("it", "«Così non si può andare avanti», si sfoga un infermiere del reparto.",
              [("Così non si può andare avanti", "statement", "un infermiere del reparto")],
              "round7"),
    # defender is a speech verb
    QuoteCase("es", "«No hay otra salida», defendió el consejero Pablo Ríos.",
              [("No hay otra salida", "statement", "Pablo Ríos")],
              "round7"),
    # finir par + a speech verb: the infinitive is the cue, the pronoun the speaker (not the judge
    # named in the participle clause)
    QuoteCase("fr", "Sur le banc des prévenus : l'architecte Marc Olier.\n\nInterrogé par la "
              "présidente du tribunal, Anne Roy, sur les fissures, l'architecte a longuement "
              "hésité. « Je n'ai rien vu », a-t-il fini par répondre.",
              [("Je n'ai rien vu", "statement", "Marc Olier")],
              "round7"),
    # faire + a speech verb's infinitive: the speech verb is the cue, the subject after it
    # speaks, "lui" before it is the addressee
    QuoteCase("fr", "Le juge Paul Roy interroge l'architecte Marc Olier. « Pourtant, il porte "
              "votre tampon », lui a fait remarquer la présidente du tribunal, Anne Duval.",
              [("Pourtant, il porte votre tampon", "statement", "Anne Duval")],
              "round7"),
]


# The day of the statement may stand between the incise's verb and its subject (round 10),
# before or after the addressee or medium (round 11).
DAY_AFTER_THE_VERB: list[QuoteCase] = [
    QuoteCase("fr", "« Nous avons tout essayé », a justifié mardi la porte-parole du groupe, "
              "Aline Morel.",
              [("Nous avons tout essayé", "statement", "Aline Morel")],
              "round10-blind"),
    QuoteCase("fr", "« Rien n'est joué », a estimé lundi soir le sénateur Paul Berthier.",
              [("Rien n'est joué", "statement", "Paul Berthier")],
              "round10-blind"),
    QuoteCase("es", "«Hemos cumplido», dijo ayer el consejero de Hacienda, Luis Pardo.",
              [("Hemos cumplido", "statement", "Luis Pardo")],
              "round10-blind"),
    QuoteCase("it", "«Abbiamo fatto il possibile», ha spiegato ieri sera il prefetto Luigi Neri.",
              [("Abbiamo fatto il possibile", "statement", "Luigi Neri")],
              "round10-blind"),
    # (round 11, fr-dev) the day, then the addressee or the medium, then the subject
    QuoteCase("fr", "« Les stocks sont bloqués depuis un mois », a expliqué vendredi dernier à "
              "l'AFP Paul Ribot, gérant d'une épicerie.",
              [("Les stocks sont bloqués depuis un mois", "statement", "Paul Ribot")],
              "round11"),
    QuoteCase("fr", "« Le texte doit être revu », a répondu mardi sur France Inter la députée de"
              " la Gironde.",
              [("Le texte doit être revu", "statement", "la députée de la Gironde")],
              "round11"),
    QuoteCase("fr", "« Le calme est revenu », raconte ainsi au Parisien Marc Dutour, maire du"
              " village.",
              [("Le calme est revenu", "statement", "Marc Dutour")],
              "round11"),
    # (round 12, fr-dev) a time of day or the statement it was said in ("dans la journée",
    # "dans un communiqué"), with "dans", before the subject
    QuoteCase("fr", "« Tout est sous contrôle », a assuré dans la journée Paul Ribot, le "
              "directeur du site.",
              [("Tout est sous contrôle", "statement", "Paul Ribot")], "round12"),
    QuoteCase("fr", "« La route restera fermée », a indiqué dans la soirée le préfet du Jura.",
              [("La route restera fermée", "statement", "le préfet du Jura")], "round12"),
    QuoteCase("fr", "« Nous ne céderons pas », a déclaré mercredi dans un communiqué la "
              "maire, Sylvie Caradec.",
              [("Nous ne céderons pas", "statement", "Sylvie Caradec")], "round12"),
    # the statement with no author after it names no one
    QuoteCase("fr", "« Nous ne céderons pas », ont-ils déclaré dans un communiqué commun.",
              [("Nous ne céderons pas", "statement", None)], "round12"),
]


@pytest.mark.parametrize("case", DAY_AFTER_THE_VERB, ids=case_ids(DAY_AFTER_THE_VERB))
def test_day_after_the_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# The euphonic t of an inverted incise written apart from its verb ("a t-elle ajouté",
# "avance t-il", a typo of "a-t-elle", "avance-t-il") still joins the verb to its pronoun; and
# "avancer" (to put forward) and "temporiser" (to play down) are speech verbs (round 12, fr-dev).
EUPHONIC_T_APART: list[QuoteCase] = [
    QuoteCase("fr", "Claire Vidal a reçu la presse. « Le calendrier sera tenu », a t-elle "
              "assuré.",
              [("Le calendrier sera tenu", "statement", "Claire Vidal")], "round12"),
    QuoteCase("fr", "Claire Vidal a parlé du conseil. Le conseil « a manqué de courage », avance"
              " t-elle.",
              [("a manqué de courage", "fragment", "Claire Vidal")], "round12"),
    QuoteCase("fr", "Claire Vidal a parlé du conseil. « Le conseil a manqué de courage », "
              "avance-t-elle.",
              [("Le conseil a manqué de courage", "statement", "Claire Vidal")], "round12"),
    QuoteCase("fr", "« Seuls quelques clients ont eu peur », temporise la direction du magasin.",
              [("Seuls quelques clients ont eu peur", "statement", "la direction du magasin")],
              "round12"),
]


@pytest.mark.parametrize("case", EUPHONIC_T_APART, ids=case_ids(EUPHONIC_T_APART))
def test_euphonic_t_apart(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An aside of several words (table aside_phrases: de son côté, pour sa part, quant à lui) may
# stand before or after the incise's speech verb; the subject comes after it (round 11).
ASIDE_AROUND_THE_VERB: list[QuoteCase] = [
    QuoteCase("fr", "« Le projet est prêt », a de son côté affirmé le maire, Paul Ribot.",
              [("Le projet est prêt", "statement", "Paul Ribot")], "round11"),
    QuoteCase("fr", "« Rien ne presse », a déclaré pour sa part la présidente du club.",
              [("Rien ne presse", "statement", "la présidente du club")], "round11"),
    QuoteCase("fr", "« Nous serons là », assure quant à elle Léa Morin, infirmière.",
              [("Nous serons là", "statement", "Léa Morin")], "round11"),
    QuoteCase("fr", "« Il faut agir vite », a à son tour estimé le syndicat dans un communiqué.",
              [("Il faut agir vite", "statement", "le syndicat")], "round11"),
]


@pytest.mark.parametrize("case", ASIDE_AROUND_THE_VERB, ids=case_ids(ASIDE_AROUND_THE_VERB))
def test_aside_around_the_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A speech verb said in two words, neither one alone (table paired_cues: fait valoir, ha
# tagliato corto, fanno sapere), in an incise or before the quote (round 10).
PAIRED_CUES: list[QuoteCase] = [
    QuoteCase("fr", "« Nous manquons de bras », fait valoir sa directrice, Claire Le Bihan.",
              [("Nous manquons de bras", "statement", "Claire Le Bihan")],
              "round10-blind"),
    QuoteCase("it", "Il ministro Carlo Ferri ha parlato a lungo. «I conti li abbiamo ereditati»,"
              " ha tagliato corto il ministro a margine di un convegno.",
              [("I conti li abbiamo ereditati", "statement", "Carlo Ferri")],
              "round10-blind"),
    QuoteCase("it", "La questura fa sapere che l'indagine è «a una svolta».",
              [("a una svolta", "fragment", "La questura")],
              "round10-blind"),
    # "y voir": to read something as - said of what one judges (round 11)
    QuoteCase("fr", "Le projet a été dévoilé lundi. Les riverains y voient « une menace pour le "
              "quartier ».",
              [("une menace pour le quartier", "fragment", "Les riverains")],
              "round11"),
    # after "tandis que", the subject of "y voit", not the speaker of the clause before
    QuoteCase("fr", "Le maire, Paul Roux, se dit « confiant », tandis que son adjointe Anne Petit "
              "y voit « un pari risqué ».",
              [("confiant", "fragment", "Paul Roux"),
               ("un pari risqué", "fragment", "Anne Petit")],
              "round11"),
]


# Round 12: a description opened by an age, with no article ("said 24-year-old forward Evans",
# "said 31-year-old Leeds midfielder X"), is the incise's subject.
AGE_OPENS_THE_DESCRIPTION: list[QuoteCase] = [
    QuoteCase("en", '"We want to win," said 24-year-old forward Evans.',
              [("We want to win", "statement", "Evans")], "round12"),
    QuoteCase("en", '"We are ready," said 31-year-old Leeds midfielder Tom Akers.',
              [("We are ready", "statement", "Tom Akers")], "round12"),
]


@pytest.mark.parametrize("case", AGE_OPENS_THE_DESCRIPTION, ids=case_ids(AGE_OPENS_THE_DESCRIPTION))
def test_age_opens_the_description(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@pytest.mark.parametrize("case", PAIRED_CUES, ids=case_ids(PAIRED_CUES))
def test_paired_cues(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@pytest.mark.parametrize("case", VERB_FIRST, ids=case_ids(VERB_FIRST))
def test_verb_first(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.after-sentence, incise.next-sentence: after a quote that ends its sentence, a
# lower-case verb or the next sentence's verb.
AFTER_A_FINISHED_SENTENCE: list[QuoteCase] = [
    # a lower-case speech verb right after a quote that ends its sentence is an incise
    QuoteCase("de", "„Wir haben das Ziel erreicht.“ erklärte Bürgermeisterin Jana Krüger.",
              [("Wir haben das Ziel erreicht.", "statement", "Jana Krüger")],
              "round3"),
    # „… .“ Das musste X einräumen: the verb closes the next sentence
    QuoteCase("de", "„Ja, es gab Fehler.“ Das musste Finanzminister Karl Opitz am Dienstag"
              " einräumen.",
              [("Ja, es gab Fehler.", "statement", "Karl Opitz")],
              "round3"),
]


@pytest.mark.parametrize("case", AFTER_A_FINISHED_SENTENCE, ids=case_ids(AFTER_A_FINISHED_SENTENCE))
def test_after_a_finished_sentence(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.source-word: so X, selon X after the quote.
SOURCE_WORD: list[QuoteCase] = [
    # the genitive after a speech noun (Fazit, Pressemitteilung) is the source
    QuoteCase("de", "„Der Markt ist gesättigt.“ so das Fazit der Analysten von Finanzwatch.",
              [("Der Markt ist gesättigt.", "statement", "der Analysten von Finanzwatch")],
              "round3"),
    # selon after the quote, with an honorific glued to the name
    QuoteCase("fr", "Le revenu a baissé, et ce, « malgré de nouvelles mesures en 2009 » selon"
              " M.Houdré.",
              [("malgré de nouvelles mesures en 2009", "fragment", "Houdré")],
              "round3"),
    # guards: the source of "so heißt es", and the maker of an answer, are still read
    QuoteCase("de", "„Wir bleiben hart“, so heißt es in der Erklärung der Gewerkschaft.",
              [("Wir bleiben hart", "statement", "der Gewerkschaft")],
              "round6"),
    QuoteCase("de", "„Wir bleiben hart“, so lautete die Antwort des Ministers Karl Opitz.",
              [("Wir bleiben hart", "statement", "Karl Opitz")],
              "round6"),
]


@pytest.mark.parametrize("case", SOURCE_WORD, ids=case_ids(SOURCE_WORD))
def test_source_word(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.late: an incise after the clause goes on past the quote; where it stops.
LATE_INCISE: list[QuoteCase] = [
    # an incise after a later comma of the clause
    QuoteCase("de", "Die Königin sei „tief erschüttert“ über das Unglück, sagte ein Sprecher des"
              " Palasts, ihre „Gedanken“ seien bei den Opfern.",
              [("tief erschüttert", "fragment", "ein Sprecher des Palasts"),
               ("Gedanken", "fragment", "ein Sprecher des Palasts")],
              "round3"),
    # An incise after the clause that goes on names the speaker.
    QuoteCase("fr", "« Le contexte est bien pire qu'attendu », y compris le montant des dommages,"
              " commente Song Myung-Sup, analyste à Séoul.",
              [("Le contexte est bien pire qu'attendu", "statement", "Song Myung-Sup")],
              "round6"),
    # A participle after a quote is no inverted incise: "« … » évoquant des refus": the participle's
    # object is not the speaker
    QuoteCase("fr", "Le syndicat SUD estime, au contraire, que « Si ce collègue avait des"
              " difficultés personnelles, nous savons aussi qu'il en avait au travail » évoquant"
              " des refus.",
              [("Si ce collègue avait des difficultés personnelles, nous savons aussi qu'il en"
                " avait au travail", "statement", "SUD")],
              "round6"),
    # A semicolon ends the clause an incise may follow.
    QuoteCase("fr", "Pour Human Rights Watch, la torture prouve qu'il existe « une politique"
              " d'État de mauvais traitement » ; il est bon de rappeler que, d'après le droit"
              " international, les responsables seront jugés.",
              [("une politique d'État de mauvais traitement", "fragment", "Human Rights Watch")],
              "round6"),
]


@pytest.mark.parametrize("case", LATE_INCISE, ids=case_ids(LATE_INCISE))
def test_late_incise(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An incise inside or after a sentence names whom the sentence is about (so a later il is that
# person).
INCISE_NAMES_THE_SENTENCE_SUBJECT: list[QuoteCase] = [
    # an inverted incise inside a sentence names who the sentence is about
    QuoteCase("fr", "La chute de la ville est un revers pour le régime, affirme Karim Haddad,"
              " directeur de l'observatoire. « La ville est un passage obligé », a-t-il souligné.",
              [("La ville est un passage obligé", "statement", "Karim Haddad")],
              "round3"),
    # an inverted incise whose name carries its affiliation ("de l'Observatoire …") names the
    # speaker of the sentence; "il" in the next quote is that person, not the sentence's thing
    QuoteCase("fr", "La prise de la ville est un sérieux revers pour le gouvernement, affirme Omar"
              " Haddad de l'Observatoire des droits de l'homme. « Les rebelles vont bloquer les"
              " routes », a-t-il souligné.",
              [("Les rebelles vont bloquer les routes", "statement", "Omar Haddad")],
              "round5"),
    # An incise after its verb group names the speaker: ", a indiqué David Grout, …" ends a sentence
    # of reported speech: Grout, not the subject before the comma, is whom the next quote continues
    QuoteCase("fr", "Les sites ont été attaqués, a indiqué David Grout, directeur technique de"
              " FireEye. « C'était un déni de service ».",
              [("C'était un déni de service", "statement", "David Grout")],
              "round6"),
]


@pytest.mark.parametrize("case", INCISE_NAMES_THE_SENTENCE_SUBJECT,
                         ids=case_ids(INCISE_NAMES_THE_SENTENCE_SUBJECT))
def test_incise_names_the_sentence_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.subject-first: the speaker before the verb, past an age set off by commas.
SPEAKER_BEFORE_THE_VERB: list[QuoteCase] = [
    # An age set off by commas stands between the speaker and the verb.
    QuoteCase("en", "'You can say I'm hooked,' Josh Hatfield, 27, told the Post.",
              [("You can say I'm hooked", "statement", "Josh Hatfield")],
              "round6"),
]


@pytest.mark.parametrize("case", SPEAKER_BEFORE_THE_VERB, ids=case_ids(SPEAKER_BEFORE_THE_VERB))
def test_speaker_before_the_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# What looks like an incise is not one: German 'was', a German clause of its own after the
# quote.
NO_INCISE: list[QuoteCase] = [
    # a verb and "wir"/"ich" after a comma inside the marks is the speaker's own clause, not an
    # incise that cuts the quote
    QuoteCase("de", "Die Gewerkschafterin Eva Roth drohte: „Wenn kein Angebot kommt, sehen wir"
              " uns wieder – und dann länger.“",
              [("Wenn kein Angebot kommt, sehen wir uns wieder – und dann länger.",
                "statement", "Eva Roth")],
              "round12"),
    QuoteCase("en", "Coach Tim Hale said: \"If the rain stops, said I to myself, we play.\"",
              [("If the rain stops, said I to myself, we play.", "statement", "Tim Hale")],
              "round12"),
    # German 'was' is not an auxiliary: no incise inside this quote
    QuoteCase("de", "Verbandssprecher Udo Kern erklärte: „Wenn die Ministerin meint, was sie sagt,"
              " muss sie handeln.“",
              [("Wenn die Ministerin meint, was sie sagt, muss sie handeln.",
                "statement", "Udo Kern")],
              "round3"),
    # after a German quote the verb comes first; "„…“, X bezeichnete …" is a clause of its own
    QuoteCase("de", "Kapitän Ole Brandt nannte die Entscheidung „überzogen“, Trainer Uwe Seifert"
              " bezeichnete das Spiel als schwach.",
              [("überzogen", "fragment", "Ole Brandt")],
              "round4"),
    # a German quote is not split by a clause of its own that looks like an incise (and the party of
    # the sentence before is its "we")
    QuoteCase("de", "Die Grünen wollen am Kurs festhalten. „Wir wollen Ruhe im Viertel. Wer das"
              " Gesetz bricht, stellt ein Sicherheitsrisiko für alle dar.“",
              [("Wir wollen Ruhe im Viertel. Wer das Gesetz bricht, stellt ein Sicherheitsrisiko"
                " für alle dar.", "statement", "Die Grünen")],
              "round5"),
]


@pytest.mark.parametrize("case", NO_INCISE, ids=case_ids(NO_INCISE))
def test_no_incise(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.verb-first: « … », indique-t-on dans l'entourage du ministre - the place after an
# impersonal on is the source.
IMPERSONAL_ON_AND_A_PLACE: list[QuoteCase] = [
    # indique-t-on dans X: after an impersonal on, the place names the source (not the minister
    # apposed to it)
    QuoteCase("fr", "« Aucune décision n'est prise », indique-t-on dans l'entourage de la "
              "ministre, Claire Favre.",
              [("Aucune décision n'est prise", "statement", "l'entourage de la ministre")],
              "round7"),
    # assure-t-on au X
    QuoteCase("fr", "« Le dossier avance », assure-t-on au rectorat.",
              [("Le dossier avance", "statement", "rectorat")],
              "round7"),
]


@pytest.mark.parametrize("case", IMPERSONAL_ON_AND_A_PLACE, ids=case_ids(IMPERSONAL_ON_AND_A_PLACE))
def test_impersonal_on_and_a_place(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# inner.verb-first: « A, a-t-elle reconnu. B » - the incise inside the marks ends in a full stop and
# the quote goes on.
INNER_INCISE_BEFORE_A_NEW_SENTENCE: list[QuoteCase] = [
    # an incise inside the marks may end in a full stop when the quote goes on with a new sentence
    QuoteCase("fr", "« Le chantier prendra du retard, a-t-elle reconnu. Nous le savions depuis "
              "mars. »",
              [("Le chantier prendra du retard", "statement", None),
               ("Nous le savions depuis mars.", "statement", None)],
              "round7"),
    # an incise inside the marks may end in a full stop when the quote goes on with a new sentence
    QuoteCase("es", "«La obra se retrasará, admitió la alcaldesa Rosa León. Lo sabíamos desde "
              "marzo».",
              [("La obra se retrasará", "statement", "Rosa León"),
               ("Lo sabíamos desde marzo", "statement", "Rosa León")],
              "round7"),
]


@pytest.mark.parametrize("case", INNER_INCISE_BEFORE_A_NEW_SENTENCE,
                         ids=case_ids(INNER_INCISE_BEFORE_A_NEW_SENTENCE))
def test_inner_incise_before_a_new_sentence(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.verb-first: "a déclaré sur Twitter X", "ha scritto su Facebook il sindaco X" - the
# medium after "sur"/"su" stands between the speech verb and its subject.
MEDIUM_BEFORE_THE_SUBJECT: list[QuoteCase] = [
    # a medium of one or two words, then a role and a name, or a name alone
    QuoteCase("fr", "« C'est une honte », a réagi sur France Inter la députée Anne Roy. « Quelle "
              "belle victoire », a déclaré sur Twitter Paul Dumas, adjoint au maire.",
              [("C'est une honte", "statement", "Anne Roy"),
               ("Quelle belle victoire", "statement", "Paul Dumas")],
              "round7"),
    QuoteCase("it", "«Basta rinvii», ha scritto su Facebook il sindaco Marco Neri.",
              [("Basta rinvii", "statement", "Marco Neri")],
              "round7"),
    # a medium of three words, or with a number, before a role or a name
    QuoteCase("fr", "« Nous pouvons tout arrêter », a prévenu sur France Bleu Lorraine la "
              "syndicaliste Rachel Neis. « Non », a répondu sur Europe 1 Damien Abad.",
              [("Nous pouvons tout arrêter", "statement", "Rachel Neis"),
               ("Non", "statement", "Damien Abad")],
              "round7"),
]


@pytest.mark.parametrize("case", MEDIUM_BEFORE_THE_SUBJECT,
                         ids=case_ids(MEDIUM_BEFORE_THE_SUBJECT))
def test_medium_before_the_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.verb-first with the trait addressee_before_subject: French wire copy names whom the
# words were said to before the speaker ("a indiqué à l'AFP le président …, X", as Portuguese
# "disse à Lusa o ministro") (round 11).
ADDRESSEE_BEFORE_THE_SUBJECT: list[QuoteCase] = [
    # a role and a name after "à l'AFP"
    QuoteCase("fr", "« Les stocks sont au plus bas », a indiqué à l'AFP la directrice de la "
              "coopérative, Anne Morel.",
              [("Les stocks sont au plus bas", "statement", "Anne Morel")],
              "round11"),
    # an unnamed source after "aux journalistes", then her pronoun
    QuoteCase("fr", "Le groupe a fermé deux sites. « Nous n'avions pas le choix », a expliqué aux "
              "journalistes une porte-parole de l'entreprise. « D'autres suivront », a-t-elle "
              "ajouté.",
              [("Nous n'avions pas le choix", "statement", "une porte-parole de l'entreprise"),
               ("D'autres suivront", "statement", "une porte-parole de l'entreprise")],
              "round11"),
]


@pytest.mark.parametrize("case", ADDRESSEE_BEFORE_THE_SUBJECT,
                         ids=case_ids(ADDRESSEE_BEFORE_THE_SUBJECT))
def test_addressee_before_the_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.null-subject: Spanish and Italian drop the subject of a speech verb as Portuguese does
# (— admite —, – racconta. –): the speaker is whom the text is about.
NULL_SUBJECT: list[QuoteCase] = [
    # an Italian interview: the incise between dashes has no subject; the director of the
    # introduction answers, the interviewer's questions stay nobody's
    QuoteCase("it", "Il regista Carlo Mura ci ha ricevuti nel suo studio.\n\n– Com'è nato il "
              "film?\n\n– Per caso – racconta. – Cercavo una casa e ho trovato una storia.\n\n"
              "– E gli attori?\n\n– Tutti del paese.",
              [("Com'è nato il film?", "statement", None),
               ("Per caso", "statement", "Carlo Mura"),
               ("Cercavo una casa e ho trovato una storia.", "statement", "Carlo Mura"),
               ("E gli attori?", "statement", None),
               ("Tutti del paese.", "statement", "Carlo Mura")],
              "issue16-heldout"),
    # the same in a Spanish interview, with rayas
    QuoteCase("es", "La alcaldesa Pilar Ruiz nos recibió ayer en el ayuntamiento.\n\n—¿Habrá "
              "cortes de agua?\n\n—Sí —admite—. Desde el lunes.\n\n—¿Hasta cuándo?\n\n—Hasta "
              "que llueva.",
              [("¿Habrá cortes de agua?", "statement", None),
               ("Sí", "statement", "Pilar Ruiz"),
               ("Desde el lunes.", "statement", "Pilar Ruiz"),
               ("¿Hasta cuándo?", "statement", None),
               ("Hasta que llueva.", "statement", "Pilar Ruiz")],
              "issue16-heldout"),
    # whom it was said to, with no subject: the noun after "a los" is the addressee's
    QuoteCase("es", "El entrenador, Luis Ferrer, se despidió de la plantilla. «Me voy tranquilo»,"
              " dijo a los periodistas a la salida.",
              [("Me voy tranquilo", "statement", "Luis Ferrer")],
              "round10-blind"),
]


@pytest.mark.parametrize("case", NULL_SUBJECT, ids=case_ids(NULL_SUBJECT))
def test_null_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.verb-first with the speech verbs of everyday copy (pester, quejarse, sbuffare) and,
# in Spanish and Italian, a place or addressee between the verb and its subject ("a la
# salida", "all'uscita").
VERB_THEN_PLACE_THEN_SUBJECT: list[QuoteCase] = [
    QuoteCase("es", "El equipo perdió otra vez. «Así no se puede seguir», se quejaba a la salida "
              "un aficionado del club.",
              [("Así no se puede seguir", "statement", "un aficionado del club")],
              "issue16-heldout"),
    QuoteCase("it", "La squadra ha perso ancora. «Così non si va da nessuna parte», sbuffava "
              "all'uscita un tifoso della curva.",
              [("Così non si va da nessuna parte", "statement", "tifoso della curva")],
              "issue16-heldout"),
    QuoteCase("fr", "La boulangerie a fermé. « On nous a oubliés », peste le gérant d'une "
              "épicerie voisine.",
              [("On nous a oubliés", "statement", "le gérant d'une épicerie voisine")],
              "issue16-heldout"),
]


@pytest.mark.parametrize("case", VERB_THEN_PLACE_THEN_SUBJECT,
                         ids=case_ids(VERB_THEN_PLACE_THEN_SUBJECT))
def test_verb_then_place_then_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An incise between two dashes inside the marks («A —añadió— B», « A – ha detto X – B »): the
# quote is cut around it; without a subject (Spanish, Italian, Portuguese drop it) the speaker is
# whom the text is about (inner.dashed-null-subject).
DASHED_INCISE_IN_MARKS: list[QuoteCase] = [
    QuoteCase("es", "Sucesos\n\nLa dueña del bar, Rosa Paredes, vio llegar el agua. «Lo hemos"
              " perdido todo —ha lamentado—. No queda ni una silla».",
              [("Lo hemos perdido todo", "statement", "Rosa Paredes"),
               ("No queda ni una silla", "statement", "Rosa Paredes")],
              "round9"),
    QuoteCase("es", "Deportes\n\nEl portero, Iker Sanz, salió serio. «Nos faltó cabeza —explicó"
              " en la radio—, y eso se paga».",
              [("Nos faltó cabeza", "statement", "Iker Sanz"),
               ("y eso se paga", "statement", "Iker Sanz")],
              "round9"),
    QuoteCase("it", "Cronaca\n\nIl sindaco Paolo Rinaldi ha parlato ai residenti. «Le case"
              " saranno sgomberate – ha detto Rinaldi – entro domani sera».",
              [("Le case saranno sgomberate", "statement", "Paolo Rinaldi"),
               ("entro domani sera", "statement", "Paolo Rinaldi")],
              "round9"),
    QuoteCase("pt", "Economia\n\nA ministra Teresa Cunha falou aos jornalistas. «Não haverá"
              " aumentos — garantiu a ministra —, nem este ano nem no próximo».",
              [("Não haverá aumentos", "statement", "Teresa Cunha"),
               ("nem este ano nem no próximo", "statement", "Teresa Cunha")],
              "round9"),
]


@pytest.mark.parametrize("case", DASHED_INCISE_IN_MARKS, ids=case_ids(DASHED_INCISE_IN_MARKS))
def test_dashed_incise_in_marks(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A setting in "en/in/em" may stand between an incise's verb and its subject, as an addressee
# does ("ha spiegato in conferenza stampa il procuratore X"); a statement or a note in it is the
# medium, never the speaker ("señalaron en un comunicado conjunto"). Spanish "otra/otro" opens
# a noun phrase ("Otra vecina ha añadido que …").
SETTING_BEFORE_THE_SUBJECT: list[QuoteCase] = [
    QuoteCase("it", "Cronaca\n\n«Li abbiamo seguiti per un anno», ha spiegato in conferenza"
              " stampa il questore Marco Ferri.",
              [("Li abbiamo seguiti per un anno", "statement", "Marco Ferri")],
              "round9"),
    QuoteCase("es", "Sucesos\n\n«No hubo heridos en el edificio», ha explicado en rueda de"
              " prensa el comisario Luis Prado.",
              [("No hubo heridos en el edificio", "statement", "Luis Prado")],
              "round9"),
    QuoteCase("es", "Economía\n\nLos sindicatos criticaron el plan. «Es insuficiente para las"
              " familias», señalaron en un comunicado conjunto.",
              [("Es insuficiente para las familias", "statement", None)],  # (not the note)
              "round9"),
    # the statement's author may follow it (round 12): "dans" is a French setting too, and a
    # day may come before it
    QuoteCase("fr", "Crue\n\n« La décrue sera lente », a déclaré mardi dans un communiqué le"
              " préfet de la Somme, Paul Renard.",
              [("La décrue sera lente", "statement", "Paul Renard")],
              "round12"),
    QuoteCase("fr", "Crue\n\n« Nous porterons plainte dès demain matin », a réagi dans un"
              " communiqué Marie Lenoir, présidente de l'association des riverains.",
              [("Nous porterons plainte dès demain matin", "statement", "Marie Lenoir")],
              "round12"),
    QuoteCase("es", "Sucesos\n\n«No hubo heridos en el edificio», señaló en un comunicado el"
              " alcalde, Luis Prado.",
              [("No hubo heridos en el edificio", "statement", "Luis Prado")],
              "round12"),
    # a medium told inside the setting ("em entrevista à X") is its addressee, not the author
    # (round 12); a speaker may still follow it
    QuoteCase("pt", "Energia\n\nO diretor-geral da agência, Renato Pimentel, visitou a linha."
              " \"Vamos analisar os laudos técnicos\", afirmou em entrevista à Rádio Nacional.",
              [("Vamos analisar os laudos técnicos", "statement", "Renato Pimentel")],
              "round12"),
    QuoteCase("pt", "Energia\n\n\"Vamos analisar os laudos técnicos\", afirmou em entrevista à"
              " Lusa o ministro Rui Costa.",
              [("Vamos analisar os laudos técnicos", "statement", "Rui Costa")],
              "round12"),
    QuoteCase("es", "Sucesos\n\n«Olía a humo», ha relatado Carmen Ruiz. Otra vecina ha añadido"
              " que el humo se veía «desde la plaza».",
              [("Olía a humo", "fragment", "Carmen Ruiz"),
               ("desde la plaza", "fragment", "Otra vecina")],
              "round9"),
]


@pytest.mark.parametrize("case", SETTING_BEFORE_THE_SUBJECT,
                         ids=case_ids(SETTING_BEFORE_THE_SUBJECT))
def test_setting_before_the_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.passive-agent in English: "was described as "…" by X", "were called '…' by X": the
# agent of a speech verb's participle said the words (lower-case words a named agent called
# something are not its name). Single marks: the opening one is found past apostrophes.
ENGLISH_PASSIVE_AGENT: list[QuoteCase] = [
    QuoteCase("en", "The new timetable was described as \"a step backwards\" by the rail "
              "watchdog Transport Focus.",
              [("a step backwards", "fragment", "Transport Focus")], "round10"),
    QuoteCase("en", "Mr Doyle's plan was described as 'an insult to every patient' by Dr "
              "Karen Walsh, who chairs the trust.",
              [("an insult to every patient", "fragment", "Karen Walsh")], "round10"),
    QuoteCase("en", "The proposals were called ‘unworkable’ by the Road Haulage Association "
              "on Monday.",
              [("unworkable", "fragment", "Road Haulage Association")], "round10"),
]


@pytest.mark.parametrize("case", ENGLISH_PASSIVE_AGENT, ids=case_ids(ENGLISH_PASSIVE_AGENT))
def test_english_passive_agent(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.resumptive-pronoun: after a finished quote, the next sentence opens on a pronoun that
# takes the quote up ("Lo ha annunciato X", "Así lo ha asegurado X"), then the speech verb and
# its subject; "Lo" as an article ("Lo stadio") opens no incise.
RESUMPTIVE_PRONOUN: list[QuoteCase] = [
    QuoteCase("it", "Sanità\n\n«Entro l'estate apriremo tre nuovi ambulatori». Lo ha annunciato "
              "l'assessore regionale alla Salute, Marta Greco, durante la visita all'ospedale.",
              [("Entro l'estate apriremo tre nuovi ambulatori", "statement", "Marta Greco")],
              "round11"),
    QuoteCase("es", "Vivienda\n\n«Vamos a construir mil pisos de alquiler asequible». Así lo ha "
              "asegurado el consejero de Vivienda, Tomás Vera, en el Parlamento.",
              [("Vamos a construir mil pisos de alquiler asequible", "statement", "Tomás Vera")],
              "round11"),
    QuoteCase("es", "Fútbol\n\n«Nadie se rinde en este vestuario». Lo dijo ayer el capitán, Raúl "
              "Pino, tras el entrenamiento.",
              [("Nadie se rinde en este vestuario", "statement", "Raúl Pino")],
              "round11"),
    # guard: "Lo" is the article of the next sentence's subject, not a pronoun
    QuoteCase("it", "Calcio\n\nIl tecnico Sandro Villa ha parlato alla vigilia. «Domani serve una "
              "partita perfetta». Lo stadio sarà esaurito per la prima volta in stagione.",
              [("Domani serve una partita perfetta", "statement", "Sandro Villa")],
              "round11"),
]


@pytest.mark.parametrize("case", RESUMPTIVE_PRONOUN, ids=case_ids(RESUMPTIVE_PRONOUN))
def test_resumptive_pronoun(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.plural-null-subject: a plural speech verb with no subject ("explicaron", "hanno
# spiegato in una nota") takes up the plural subject of a sentence just before - names joined by
# a conjunction, or a plural article and its noun - not the person last named.
PLURAL_NULL_SUBJECT: list[QuoteCase] = [
    QuoteCase("it", "Lavoro\n\nIl prefetto, Aldo Costa, ha convocato le parti. Fim e Fiom hanno "
              "chiesto garanzie per gli operai: «Duecento famiglie aspettano risposte», hanno "
              "spiegato in una nota.",
              [("Duecento famiglie aspettano risposte", "statement", "Fim e Fiom")],
              "round11"),
    QuoteCase("es", "Educación\n\nLa consejera, Eva Soler, presentó el calendario escolar. Los "
              "sindicatos docentes CSIF y ANPE criticaron el recorte de plantillas. «Es un error "
              "que pagarán los alumnos», señalaron en un comunicado.",
              [("Es un error que pagarán los alumnos", "statement",
                "Los sindicatos docentes CSIF y ANPE")],
              "round11"),
    # a plural article and a common noun: the group as written (no name inside it speaks)
    QuoteCase("it", "Scuola\n\nLa preside, Anna Conti, ha incontrato le famiglie. I genitori della "
              "terza B hanno firmato una petizione. «Vogliamo un insegnante stabile», dicono.",
              [("Vogliamo un insegnante stabile", "statement", "I genitori della terza B")],
              "round11"),
    # guard: a singular verb keeps the person the text is about
    QuoteCase("es", "Fútbol\n\nEl entrenador, Pablo Ríos, habló tras la derrota. «Hemos fallado "
              "todos», dijo.",
              [("Hemos fallado todos", "statement", "Pablo Ríos")],
              "round11"),
]


@pytest.mark.parametrize("case", PLURAL_NULL_SUBJECT, ids=case_ids(PLURAL_NULL_SUBJECT))
def test_plural_null_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.lead-next-subject: a quote that opens the article's first paragraph (after a dateline
# at most) and ends its sentence is said by the subject of the next sentence, a person or a role,
# even after a front phrase and an apposition (a quote opening a later paragraph is left to the
# reading context: fallback.next-sentence-subject). Languages whose news copy opens on quotes
# (trait quote_lede: es, fr, it, pt; round 12).
LEAD_NEXT_SUBJECT: list[QuoteCase] = [
    QuoteCase("it", "Incendio nel porto\n\nGENOVA – «Abbiamo visto il fumo da chilometri di "
              "distanza». Il comandante dei vigili del fuoco, Marco Sala, ha raccontato ieri la "
              "notte dell'incendio.",
              [("Abbiamo visto il fumo da chilometri di distanza", "statement", "Marco Sala")],
              "round11"),
    QuoteCase("es", "Incendio en el polígono\n\n«No quedó nada en pie». La alcaldesa, Rosa Vidal, "
              "recorrió ayer la zona arrasada por el fuego.",
              [("No quedó nada en pie", "statement", "Rosa Vidal")],
              "round11"),
    QuoteCase("it", "Processo per il crollo\n\nBERGAMO – «Quella trave era marcia». Davanti ai "
              "giudici, il perito del tribunale, l'ingegnere Paolo Riva, ha ripercorso le fasi del "
              "cedimento.",
              [("Quella trave era marcia", "statement", "il perito del tribunale")],
              "round11"),
    # after a title and a standfirst, the lead is the first body paragraph (round 12)
    QuoteCase("it", "Parcheggi più cari, la giunta tira dritto\n\nIn centro la sosta costerà "
              "due euro l'ora\n\nPADOVA – «Non abbiamo alternative, i conti sono questi». La "
              "sindaca Anna Bellotti ha difeso così la delibera approvata in serata.",
              [("Non abbiamo alternative, i conti sono questi", "statement", "Anna Bellotti")],
              "round12"),
    # guard: the next sentence's subject is a thing, no one who speaks
    QuoteCase("it", "Derby\n\nGENOVA – «Mai più così». Il corteo ha attraversato il centro fino "
              "allo stadio.",
              [("Mai più così", "other", None)],
              "round11"),
    # French and Portuguese leads; French "a" is an auxiliary, though Italian has it as a
    # preposition (round 12)
    QuoteCase("fr", "Inondations dans la vallée\n\n« Nous avons tout perdu en une nuit ». Devant "
              "les sinistrés, le préfet de la Drôme a décrit jeudi l'ampleur des dégâts.",
              [("Nous avons tout perdu en une nuit", "statement", "le préfet de la Drôme")],
              "round12"),
    QuoteCase("fr", "Inondations dans la vallée\n\nVALENCE – « Nous avons tout perdu en une "
              "nuit ». Invitée de la radio locale, Martine Leroy, maire de Saint-Aubin, a décrit "
              "jeudi l'ampleur des dégâts.",
              [("Nous avons tout perdu en une nuit", "statement", "Martine Leroy")],
              "round12"),
    QuoteCase("pt", "Cheias no vale\n\n«Perdemos tudo numa só noite». Diante dos moradores, o "
              "presidente da junta descreveu ontem os estragos.",
              [("Perdemos tudo numa só noite", "statement", "o presidente da junta")],
              "round12"),
    # guard: a body that acts (a court receives a complaint) is no one who speaks (round 12)
    QuoteCase("fr", "Grève des bus\n\n« Pas un bus ce matin ». Le tribunal a reçu jeudi une "
              "plainte de la métropole contre le syndicat.",
              [("Pas un bus ce matin", "statement", None)],
              "round12"),
    QuoteCase("it", "Sciopero dei bus\n\nMILANO – «Neanche un autobus stamattina». Il tribunale ha "
              "ricevuto giovedì una denuncia del comune contro il sindacato.",
              [("Neanche un autobus stamattina", "statement", None)],
              "round12"),
    # guard: English news copy is not in the trait's languages; a role is left unattributed
    QuoteCase("en", "Floods in the valley\n\n\"We lost everything in one night\". Speaking on "
              "local radio, the mayor of Ashby described the damage on Thursday.",
              [("We lost everything in one night", "statement", None)],
              "round12"),
    # (round 12, fr-dev) French news: the quote alone as the article's first paragraph, the
    # next paragraph's subject and its speech verb
    QuoteCase("fr", "« Nous ne sommes pas fermés sur la date ».\n\nLe président de la "
              "fédération, Alain Marchetti, a indiqué lundi qu'il était prêt à négocier.",
              [("Nous ne sommes pas fermés sur la date", "statement", "Alain Marchetti")],
              "round12"),
    QuoteCase("fr", "« Je ne partirai pas ».\n\nLa maire de Lunel, Odile Brunet, a répété "
              "mardi qu'elle irait au bout de son mandat.",
              [("Je ne partirai pas", "statement", "Odile Brunet")], "round12"),
    # guards: no speech verb after the next paragraph's subject; a quote after the article's
    # first quote is not the next sentence's subject's (here "les salariés")
    QuoteCase("fr", "« La fraude explose ».\n\nLes douanes ont saisi 30 tonnes de tabac en "
              "2023, la plupart venue d'Espagne.",
              [("La fraude explose", "other", None)], "round12"),
    QuoteCase("fr", "Faut-il fermer l'usine ? « C'est exclu », répond le directeur, Marc Vial."
              "\n\n« Nous produisons encore ». Lors du conseil de mars, les salariés voteront "
              "sur le plan.",
              [("C'est exclu", "statement", "Marc Vial"),
               ("Nous produisons encore", "other", None)], "round12"),
]


@pytest.mark.parametrize("case", LEAD_NEXT_SUBJECT, ids=case_ids(LEAD_NEXT_SUBJECT))
def test_lead_next_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# inner.verb-first after a question or an exclamation (trait incise_after_question, French): a
# lower-case verb-first incise with no comma ends the quote or its sentence (round 12).
INCISE_AFTER_QUESTION: list[QuoteCase] = [
    QuoteCase("fr", "Audience\n\nDans le box, Paul Roux écoute la présidente, Anne Vidal.\n\n— Vous"
              " reconnaissez les faits ? demande la présidente.",
              [("Vous reconnaissez les faits ?", "statement", "Anne Vidal")],
              "round12"),
    # inside the marks, the quote goes on after the incise's full stop
    QuoteCase("fr", "Conseil\n\nLe maire, Paul Roux, hésite. « Qui va payer ? s'interroge le"
              " maire. Pas la commune, en tout cas. »",
              [("Qui va payer ?", "statement", "Paul Roux"),
               ("Pas la commune, en tout cas.", "statement", "Paul Roux")],
              "round12"),
    # a capital after the question opens the quote's next sentence: no incise
    QuoteCase("fr", "Conseil\n\nLe maire, Paul Roux, a pris la parole. « Qui va payer ? Pas la"
              " commune, en tout cas », a-t-il lancé.",
              [("Qui va payer ? Pas la commune, en tout cas", "statement", "Paul Roux")],
              "round12"),
]


@pytest.mark.parametrize("case", INCISE_AFTER_QUESTION, ids=case_ids(INCISE_AFTER_QUESTION))
def test_incise_after_question(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
