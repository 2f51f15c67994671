"""The kind of a quote: a statement (a sentence of its own), a fragment (words worked into the
narrator's sentence) or other (names, titles, labels, charges); and what is not a quote.

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

from newsbrief.quotes.classify import looks_like_title

# A quoted clause with its own subject, or several sentences, is a statement; a phrase worked
# into the narrator's sentence is a fragment.
STATEMENT_OR_FRAGMENT: list[QuoteCase] = [
    # a lower-case phrase of the narrator's sentence is a fragment, incise or not
    QuoteCase("fr", "Le chanteur est mort à Lyon « des suites d'une longue maladie », a révélé son"
              " avocate.",
              [("des suites d'une longue maladie", "fragment", "son avocate")],
              "round3"),
    # several sentences in the quote make a statement
    QuoteCase("fr", "Tennis\n\nAprès la finale, Léa Girard déclare que « Je peux à peine décrire"
              " ce que je ressens. Je ne rêvais pas de revenir ici ».",
              [("Je peux à peine décrire ce que je ressens. Je ne rêvais pas de revenir ici",
                "statement", "Léa Girard")],
              "round3"),
    # a long lower-case quoted phrase is someone's words, not a scare quote
    QuoteCase("fr", "Politique\n\nLe candidat a parlé longtemps. Marc Lenoir se présentait comme «"
              " l'entraîneur qui ferait gagner tout le pays ».",
              [("l'entraîneur qui ferait gagner tout le pays", "fragment", "Marc Lenoir")],
              "round3"),
    # a quote after "que" that opens on its speaker's "je"/"nous", or a capitalised sentence, is a
    # statement; a phrase worked into the sentence stays a fragment
    QuoteCase("fr", "Gilles Martin a déclaré au journal que « nous aurions dû plaider ensemble cet"
              " après-midi ».",
              [("nous aurions dû plaider ensemble cet après-midi", "statement", "Gilles Martin")],
              "round4"),
    QuoteCase("fr", "Elle parle de « la société dans laquelle nous vivrons » avec espoir.",
              [("la société dans laquelle nous vivrons", "fragment", None)],
              "round4"),
    QuoteCase("fr", "L'agence explique dans un communiqué que « L'Italie a plus de risques"
              " qu'avant ».",
              [("L'Italie a plus de risques qu'avant", "statement", "L'agence")],
              "round4"),
    QuoteCase("fr", "Le maire a qualifié la réunion de « chaleureuse et amicale ».",
              [("chaleureuse et amicale", "fragment", "Le maire")],
              "round4"),
    # "D'autre part," is an adverbial; a quote that opens on "qui" goes on with the narrator's noun
    # (a fragment), even after a comma
    QuoteCase("fr", "D'autre part, la direction de la chaîne a condamné les agressions contre les"
              " journalistes, « qui doivent pouvoir exercer librement leur métier ».",
              [("qui doivent pouvoir exercer librement leur métier",
                "fragment", "la direction de la chaîne")],
              "round4"),
    # a quoted clause with its own subject is a statement even inside the narrator's sentence; a
    # relative, a verb whose subject is outside, or a subordinate clause stays a fragment
    QuoteCase("fr", "Mais pour Paul Durand, « le problème est que tout le monde connaît déjà sa"
              " stratégie » : « Nous allons gagner. »",
              [("le problème est que tout le monde connaît déjà sa stratégie",
                "statement", "Paul Durand"),
               ("Nous allons gagner.", "statement", "Paul Durand")],
              "round5"),
    QuoteCase("fr", "Paul Durand a présenté son rival comme « l'entraîneur qui ferait triompher le"
              " pays » et a jugé que ses idées « ne sont pas en cause ».",
              [("l'entraîneur qui ferait triompher le pays", "fragment", "Paul Durand"),
               ("ne sont pas en cause", "fragment", "Paul Durand")],
              "round5"),
    # a quote right after a quoted sentence opens a sentence of its own: a statement
    QuoteCase("de", "Die Anwältin Eva Celik war empört. „Diese Morde hätten verhindert werden"
              " können.“ „Wäre der Haftbefehl eingetragen worden, würden die Frauen noch leben“,"
              " so Celik.",
              [("Diese Morde hätten verhindert werden können.", "statement", "Eva Celik"),
               ("Wäre der Haftbefehl eingetragen worden, würden die Frauen noch leben",
                "statement", "Eva Celik")],
              "round6"),
    # A quote after an elided word goes on with the narrator: "jusqu'« à 500 millions »" is a
    # fragment; "qu'« il ne pourra plus … »" stays a clause
    QuoteCase("fr", "L'usine pourra produire jusqu'« à 500 millions à long terme », explique"
              " Joechen Zaumseil, vice-président du groupe.",
              [("à 500 millions à long terme", "fragment", "Joechen Zaumseil")],
              "round6"),
    QuoteCase("fr", "Claude Bertolone a déclaré qu'« il ne pourra plus y avoir de suspension de"
              " séance ».",
              [("il ne pourra plus y avoir de suspension de séance",
                "statement", "Claude Bertolone")],
              "round6"),
]


@pytest.mark.parametrize("case", STATEMENT_OR_FRAGMENT, ids=case_ids(STATEMENT_OR_FRAGMENT))
def test_statement_or_fragment(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# German puts the speech verb last (als „…“ bezeichnet): words after the quote frame it as
# speech only in the rest of its sentence, or when the report goes on in the subjunctive; a
# speech word of the next sentence frames that sentence.
SPEECH_AFTER_QUOTE: list[QuoteCase] = [
    QuoteCase("de", "Die Regierung verhängte am Abend den „Notstand“. Laut Innenministerin Petra"
              " Lenz gilt er zwei Wochen.",
              [("Notstand", "other", None)],
              "issue16"),
    # (guards: the verb closing the quote's own sentence, the subjunctive of the next one; the
    # press is the speaker by lead.medium-passive)
    QuoteCase("de", "Das Projekt wurde in der Presse als „Jahrhundertchance“ bezeichnet. Die Stadt"
              " schweigt.",
              [("Jahrhundertchance", "fragment", "der Presse")],
              "issue16"),
    QuoteCase("de", "Die Mieter fanden die Wohnung in einem „katastrophalen Zustand“ vor. Der"
              " Vermieter habe nie reagiert.",
              [("katastrophalen Zustand", "fragment", None)],
              "issue16"),
]


@pytest.mark.parametrize("case", SPEECH_AFTER_QUOTE, ids=case_ids(SPEECH_AFTER_QUOTE))
def test_speech_after_quote(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# German titles open on a capital: a quote in lower case after a title noun is someone's words
# ("nannte den Plan „mutig“"), and each of two speakers in one sentence keeps their own.
LOWER_CASE_AFTER_TITLE_NOUN: list[QuoteCase] = [
    QuoteCase("de", "Die Kanzlerin nannte den Plan „mutig“, der Finanzminister hob seine"
              " „solide Finanzierung“ hervor.",
              [("mutig", "fragment", "Die Kanzlerin"),
               ("solide Finanzierung", "fragment", "der Finanzminister")],
              "issue16"),
    # (guard: a capitalised title after the noun stays a title)
    QuoteCase("de", "Die Regierung stellte den Plan „Zukunft Land“ vor.",
              [("Zukunft Land", "other", None)],
              "issue16"),
    # English (round 11): someone called the plan "…" in lower case: their words about it
    QuoteCase("en", 'Rail fares rise in May. Ann Hale called the plan "a gamble".',
              [("a gamble", "fragment", "Ann Hale")], "round11"),
    # (guard: what someone called the film in capitals is its title)
    QuoteCase("en", 'Ann Hale called the film "Night Train" after her father.',
              [("Night Train", "other", None)], "round11"),
]


@pytest.mark.parametrize("case", LOWER_CASE_AFTER_TITLE_NOUN,
                         ids=case_ids(LOWER_CASE_AFTER_TITLE_NOUN))
def test_lower_case_after_title_noun(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# French: lower-case words after an indefinite article and the noun of a work describe it
# ("un film « intime »"), they do not name it; a name takes the definite article (round 11).
DESCRIBED_WORK: list[QuoteCase] = [
    QuoteCase("fr", "La critique Anne Vidal y voit un spectacle « bouleversant ».",
              [("bouleversant", "fragment", "Anne Vidal")],
              "round11"),
    QuoteCase("fr", "Pour le réalisateur Paul Roux, il s'agit d'un documentaire « pudique ».",
              [("pudique", "fragment", "Paul Roux")],
              "round11"),
    # (guard: a definite article before the noun names the work)
    QuoteCase("fr", "Le cinéma rediffuse le film « La Haine » jeudi.",
              [("La Haine", "other", None)],
              "round11"),
]


@pytest.mark.parametrize("case", DESCRIBED_WORK, ids=case_ids(DESCRIBED_WORK))
def test_described_work(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A name given in quotation marks (a body, a paper, a nickname, a product) is no speech.
NAMES_IN_MARKS: list[QuoteCase] = [
    # a guard: what a medium says stands after a speech verb, and a German capital is a noun,
    # never the verb it may spell ("Werft", "Rat"): the words after it are someone's
    QuoteCase("de", "Der Landrat Jens Ahrens nannte die Werft ein „Herzstück der Region“.",
              [("Herzstück der Region", "fragment", "Jens Ahrens")],
              "round10"),
    # names of three capitalised words or more are not speech in German
    QuoteCase("de", "Der Verein „Freunde Alter Bahnen“ lud am Samstag zum Fest.",
              [("Freunde Alter Bahnen", "other", None)],
              "round2"),
    # a quoted name right after "Sprecher der", or before "hatte gestern berichtet"
    QuoteCase("de", "Ein Sprecher der „Hilfe Nord“ bestätigte den Einsatz am Abend.",
              [("Hilfe Nord", "other", None)],
              "round2"),
    QuoteCase("de", "Die „Lindauer Post“ hatte gestern berichtet, der Bürgermeister trete zurück.",
              [("Lindauer Post", "other", None)],
              "round2"),
    # a medium named in marks after its article
    QuoteCase("de", "„Die Zahlen sind geschönt“, schreibt die „Lindauer Rundschau“.",
              [("Die Zahlen sind geschönt", "statement", "Lindauer Rundschau"),
               ("Lindauer Rundschau", "other", None)],
              "round3"),
    # a short name right after a common noun is a name, even in reported speech
    QuoteCase("de", "Die Regierung erklärte, das Fahrzeug „Think City“ werde weiter gebaut.",
              [("Think City", "other", None)],
              "round3"),
    # names given in quotation marks: „X“ genannt, wie … genannt wird, als „X“ bekannt, nennt sich
    QuoteCase("de", "Von seinen Freunden wurde er stets „der Lange“ genannt.",
              [("der Lange", "other", None)],
              "round4"),
    QuoteCase("de", "„Onkel Ted“, wie der Senator genannt wurde, war beliebt.",
              [("Onkel Ted", "other", None)],
              "round4"),
    QuoteCase("de", "Der Fremde ist bis heute nur als „Mann mit Hut“ bekannt.",
              [("Mann mit Hut", "other", None)],
              "round4"),
    QuoteCase("de", "Im Jahr 2027 ist es so weit: Dann nennt sie sich „Bauwelt 24“ und findet im"
              " Mai statt.",
              [("Bauwelt 24", "other", None)],
              "round4"),
    QuoteCase("de", "Das Bündnis, das sich selbst „die wahre Mitte“ nennt, erklärte den Rückzug.",
              [("die wahre Mitte", "other", None)],
              "round4"),
    # a paper's name with its own (foreign) article is a name, not a fragment (the second is a
    # guard: three capitalised words were a name before)
    QuoteCase("de", "Im Streit um die Wahl schrieb die konservative „El Diario“ dem Kandidaten den"
              " Sieg zu.",
              [("El Diario", "other", None)],
              "round5"),
    QuoteCase("de", "Die Reporterin der „Le Petit Journal“ fragte nach.",
              [("Le Petit Journal", "other", None)],
              "round5"),
]


@pytest.mark.parametrize("case", NAMES_IN_MARKS, ids=case_ids(NAMES_IN_MARKS))
def test_names_in_marks(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# The name of the body a role belongs to: "ein Sprecher der „…“" - the genitive article is
# the link itself (guards: a quote after a role's own verb, a role of a person named in marks).
BODY_OF_A_ROLE: list[QuoteCase] = [
    QuoteCase("de", "Ein Sprecher der „Bergwacht Oberland“ bestätigte am Abend den Einsatz.",
              [("Bergwacht Oberland", "other", None)],
              "issue16"),
    QuoteCase("de", "Die Vorsitzende des „Vereins für Stadtgeschichte“, Eva Lind, lud zur"
              " Versammlung.",
              [("Vereins für Stadtgeschichte", "other", None)],
              "issue16"),
    QuoteCase("de", "Der Sprecher der Feuerwehr sagte: „Wir waren nach zehn Minuten vor Ort.“",
              [("Wir waren nach zehn Minuten vor Ort.", "statement", "Der Sprecher der Feuerwehr")],
              "issue16"),
]


@pytest.mark.parametrize("case", BODY_OF_A_ROLE, ids=case_ids(BODY_OF_A_ROLE))
def test_body_of_a_role(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# Three or more quoted names one after the other (talks, songs, films of a programme) are a
# list of titles, not speech; two quoted words may be someone's ("gut" oder "schlecht"), and
# a list of quoted sentences or lower-case words stays speech.
TITLE_LISTS: list[QuoteCase] = [
    QuoteCase("de", "Auf dem Programm stehen Vorträge wie „Die Mühlen am Fluss“, „Brücken der"
              " Altstadt“ und „Das Rathaus im Wandel der Zeit“.",
              [("Die Mühlen am Fluss", "other", None), ("Brücken der Altstadt", "other", None),
               ("Das Rathaus im Wandel der Zeit", "other", None)],
              "issue16"),
    QuoteCase("de", "Der Chor sang „Abendlied“, „Am Brunnen vor dem Tore“, „Heideröslein“ oder"
              " andere bekannte Stücke.",
              [("Abendlied", "other", None), ("Am Brunnen vor dem Tore", "other", None),
               ("Heideröslein", "other", None)],
              "issue16"),
    QuoteCase("en", "The festival shows \"Blue River\", \"The Long Night\" and \"Harbour"
              " Lights\" this week.",
              [("Blue River", "other", None), ("The Long Night", "other", None),
               ("Harbour Lights", "other", None)],
              "issue16"),
    QuoteCase("fr", "Le théâtre reprend « Les Bonnes », « La Cerisaie » et « Le Roi se meurt »"
              " cet hiver.",
              [("Les Bonnes", "other", None), ("La Cerisaie", "other", None),
               ("Le Roi se meurt", "other", None)],
              "issue16"),
    QuoteCase("de", "Die Befragten nannten die Lage „eher gut“ oder „schlecht“, sagte die"
              " Forscherin Ina Vogt.",
              [("eher gut", "fragment", "Ina Vogt"), ("schlecht", "fragment", "Ina Vogt")],
              "issue16"),
    QuoteCase("de", "Die Ministerin Ada Kern sprach von „Mut“, „Geduld“ und „Vertrauen“.",
              [("Mut", "fragment", "Ada Kern"), ("Geduld", "fragment", "Ada Kern"),
               ("Vertrauen", "fragment", "Ada Kern")],
              "issue16"),
]


@pytest.mark.parametrize("case", TITLE_LISTS, ids=case_ids(TITLE_LISTS))
def test_title_lists(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A term, not anyone's words: an impersonal subject names it ("Dies nennt man einen „…“",
# "hielt man für einen „…“", "das man als „…“ bezeichnet"), or a gloss gives what a word means
# ("bedeutet etwa „…“"); a person's naming verb still quotes that person.
TERMS: list[QuoteCase] = [
    QuoteCase("de", "Die Bank teilt jede Aktie in zwei. Dies nennt man einen „Aktiensplit“.",
              [("Aktiensplit", "other", None)],
              "issue16"),
    QuoteCase("de", "Den ersten Fund hielt man lange für einen „Flugdrachen“, erst später für"
              " einen Vogel.",
              [("Flugdrachen", "other", None)],
              "issue16"),
    QuoteCase("de", "Die Stadt verfolgt einen Plan, den man dort als „sanfte Wende“ bezeichnet.",
              [("sanfte Wende", "other", None)],
              "issue16"),
    QuoteCase("de", "Der Name des Dorfes bedeutet in der alten Sprache etwa „Ort am Wasser“.",
              [("Ort am Wasser", "other", None)],
              "issue16"),
    QuoteCase("de", "Der Minister Jan Olsen nannte den Plan einen „großen Wurf“.",
              [("großen Wurf", "fragment", "Jan Olsen")],
              "issue16"),
    QuoteCase("de", "Die Gewerkschaft erklärte, man werde „bis zum letzten Tag kämpfen“.",
              [("bis zum letzten Tag kämpfen", "fragment", "Die Gewerkschaft")],
              "issue16"),
]


@pytest.mark.parametrize("case", TERMS, ids=case_ids(TERMS))
def test_terms(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A title, a saying, what a thing is called: no speech.
TITLES: list[QuoteCase] = [
    # "the muse" is a noun, not a speech verb
    QuoteCase("en", 'While Don Parker, the muse, has not tried to explain "American Pie," he sings'
              " it.",
              [("American Pie", "other", None)],
              "round3"),
    # "the saying" is a noun that names a phrase; "a statement saying" is a verb
    QuoteCase("en", 'She laughed at the saying "grow old gracefully" and went out.',
              [("grow old gracefully", "other", None)],
              "round4"),
    # "X called Y “…”" gives X's words about Y (a fragment), unlike "a show called “…”"
    QuoteCase("en", 'She starred in a show called "Time for Beany" in 1949.',
              [("Time for Beany", "other", None)],
              "round4"),
    # a phrase that opens on a capitalised article mid-sentence with no clause, or after "dans", is
    # a title
    QuoteCase("fr", "Selon un rapport établi par l'institut sur « Les revenus et le patrimoine des"
              " ménages », la crise a touché les plus pauvres.",
              [("Les revenus et le patrimoine des ménages", "other", None)],
              "round5"),
    QuoteCase("fr", "« Nous avons mis du temps pour nous parler », a-t-il écrit dans « La"
              " politique est un sport de combat ».",
              [("Nous avons mis du temps pour nous parler", "statement", None),
               ("La politique est un sport de combat", "other", None)],
              "round5"),
    # what a thing is called is no speech: "so heißt" (not "so heißt es"), "so lautet der Titel", a
    # name noun before a colon
    QuoteCase("de", "„Sauber bleiben“, so lautet der Titel einer Studie, die heute vorgestellt"
              " wurde.",
              [("Sauber bleiben", "other", None)],
              "round6"),
    QuoteCase("de", "„Wikiplan“, so heißt ein geplantes Projekt des Gründers.",
              [("Wikiplan", "other", None)],
              "round6"),
    QuoteCase("de", "Die neue Version (Codenamen: „Nordlicht“) erscheint im Mai.",
              [("Nordlicht", "other", None)],
              "round6"),
    QuoteCase("de", "Der Verband warb mit dem Slogan: „Wir übernehmen Verantwortung“.",
              [("Wir übernehmen Verantwortung", "other", None)],
              "round6"),
    # the sentence before the colon is about a name noun and has no speech verb: the name
    QuoteCase("de", "Das Motto des diesjährigen Stadtfests steht schon fest: „Alle an einen"
              " Tisch“.",
              [("Alle an einen Tisch", "other", None)],
              "round12"),
    QuoteCase("fr", "Le titre du nouvel album est connu : « Entre deux mondes ».",
              [("Entre deux mondes", "other", None)],
              "round12"),
    # ... but a speaker's sentence that names a motto in a complement quotes the speaker
    QuoteCase("de", "Die Bürgermeisterin sagte am Abend zum Motto des Festes: „Wir feiern die"
              " Vielfalt.“",
              [("Wir feiern die Vielfalt.", "statement", "Die Bürgermeisterin")],
              "round12"),
    # a newspaper headline after titré
    QuoteCase("fr", "Le quotidien régional avait titré « Brion, la ville qui ne voulait pas "
              "voir ».",
              [("Brion, la ville qui ne voulait pas voir", "other", None)],
              "round7"),
]


@pytest.mark.parametrize("case", TITLES, ids=case_ids(TITLES))
def test_titles(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A title opens on a capital: quoted words in lower case after a title noun are words (but a
# naming word still names what follows, whatever its case).
LOWER_CASE_AFTER_A_TITLE_NOUN: list[QuoteCase] = [
    QuoteCase("de", "Wie Ministerpräsident Karl Wulf erklärte, sieht die Landesregierung in dem"
              " Gesetz „kein Hindernis für den freien Kapitalverkehr“.",
              [("kein Hindernis für den freien Kapitalverkehr", "fragment", "Karl Wulf")],
              "round6"),
    QuoteCase("fr", "La ministre Élise Moreno rappelle qu'elle a vécu en Afrique du Sud et à ce"
              " titre « sait ce qu'est un État raciste ».",
              [("sait ce qu'est un État raciste", "fragment", "Élise Moreno")],
              "round6"),
    # guard
    QuoteCase("fr", "La police a arrêté 774 personnes lors du défilé de dimanche baptisé « la"
              " marche des héros ».",
              [("la marche des héros", "other", None)],
              "round6"),
]


@pytest.mark.parametrize("case", LOWER_CASE_AFTER_A_TITLE_NOUN,
                         ids=case_ids(LOWER_CASE_AFTER_A_TITLE_NOUN))
def test_lower_case_after_a_title_noun(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# Ratings, codes and a vote option after an article are labels; « non » answered to a question
# is words.
LABELS: list[QuoteCase] = [
    # ratings and codes (« Baa2 », "AAA") and a vote option after an article (le « oui ») are
    # labels, not words someone said; « non » answered to a question is
    QuoteCase("fr", "Moody's a abaissé la note de l'Italie à « Baa2 », contre « A3 » auparavant.",
              [("Baa2", "other", None),
               ("A3", "other", None)],
              "round4"),
    QuoteCase("fr", "Après la victoire du « oui » au référendum, le général s'est retiré.",
              [("oui", "other", None)],
              "round4"),
    QuoteCase("fr", "Le ministre a répondu « non » à la question.",
              [("non", "fragment", "Le ministre")],
              "round4"),
]


@pytest.mark.parametrize("case", LABELS, ids=case_ids(LABELS))
def test_labels(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# What a banner, a placard or a wall says is written on it, no one's statement: a sign noun
# right before the colon, or described by a few words that end at it ("un cartello scritto con
# il pennarello:"), or the words on it named after it ("con la leyenda «…»"); a sign with a
# speech verb of its own after it is no sign's words.
WORDS_ON_A_SIGN: list[QuoteCase] = [
    QuoteCase("it", "Stadio\n\nLa curva ha contestato la squadra. Sugli spalti è comparso uno "
              "striscione: «Fuori i mercenari».",
              [("Fuori i mercenari", "other", None)], "round11"),
    QuoteCase("it", "Quartiere\n\nI residenti protestano da settimane. Davanti al municipio "
              "qualcuno ha lasciato un cartello scritto con il pennarello: «Vogliamo l'acqua "
              "pulita».",
              [("Vogliamo l'acqua pulita", "other", None)], "round11"),
    QuoteCase("es", "Barrio\n\nLos vecinos protestan desde hace meses. En la fachada del "
              "ayuntamiento apareció ayer una pintada: «Sin agua no hay vida».",
              [("Sin agua no hay vida", "other", None)], "round11"),
    QuoteCase("es", "Fútbol\n\nLa afición despidió al equipo con una pancarta con la leyenda "
              "«Orgullosos de vosotros».",
              [("Orgullosos de vosotros", "other", None)], "round11"),
    # a verb of reading right before the quote, a sign noun shortly before it (round 12)
    QuoteCase("it", "Mercato\n\nGli ambulanti hanno sfilato fino alla prefettura. Su un lenzuolo "
              "appeso al furgone si leggeva «Senza licenze niente pane».",
              [("Senza licenze niente pane", "other", None)], "round12"),
    QuoteCase("es", "Sanidad\n\nUn centenar de vecinos cortó la carretera. En una de las "
              "pancartas se leía «Queremos médico por la tarde».",
              [("Queremos médico por la tarde", "other", None)], "round12"),
    QuoteCase("pt", "Escola\n\nOs pais concentraram-se à porta da escola. Num dos cartazes "
              "estava escrito «Sem aquecimento não há aulas».",
              [("Sem aquecimento não há aulas", "other", None)], "round12"),
    # guard: the one who shows the sign says the words after his own speech verb
    QuoteCase("it", "Comune\n\nIl sindaco Piero Lanza ha mostrato un cartello e ha detto: "
              "«Questa città non si arrende».",
              [("Questa città non si arrende", "statement", "Piero Lanza")], "round11"),
]


@pytest.mark.parametrize("case", WORDS_ON_A_SIGN, ids=case_ids(WORDS_ON_A_SIGN))
def test_words_on_a_sign(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A legal charge names an offence, not speech; what someone condemns is their words.
LEGAL_CHARGES: list[QuoteCase] = [
    QuoteCase("fr", "Le chauffeur a été mis en examen jeudi pour « homicide involontaire », a"
              " indiqué le parquet.",
              [("homicide involontaire", "other", None)],
              "round6"),
    QuoteCase("en", "The driver was charged with “reckless endangerment” on Monday, police said.",
              [("reckless endangerment", "other", None)],
              "round6"),
    # guard: what someone condemns is their words
    QuoteCase("fr", "La Cédéao a condamné l'action de « militaires putschistes ».",
              [("militaires putschistes", "fragment", "La Cédéao")],
              "round6"),
]


@pytest.mark.parametrize("case", LEGAL_CHARGES, ids=case_ids(LEGAL_CHARGES))
def test_legal_charges(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An elision between apostrophes is not a quote.
NOT_A_QUOTE: list[QuoteCase] = [
    # an elision between apostrophes is not a quote
    QuoteCase("en", "Rock 'n' roll was new then, and the band played it loud.",
              [],
              "round3"),
]


@pytest.mark.parametrize("case", NOT_A_QUOTE, ids=case_ids(NOT_A_QUOTE))
def test_not_a_quote(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected

def test_a_possessive_before_a_capitalised_quote_names_a_work() -> None:
    text = "He read Longfellow's “Evangeline” twice."
    open_at = text.index("“")
    assert looks_like_title(text, open_at, open_at + 1, text.index("”"), "en")


# A quote in marks of another family inside a quote is part of the outer speaker's words (the
# outer quote carries it): never a statement or fragment of its own, whatever the language. Two
# quotes in marks of one family only nest by mistake, and keep their kinds.
NESTED_IN_A_QUOTE: list[QuoteCase] = [
    QuoteCase("pt", "Economia\n\nO vereador Rui Gaspar lembrou a promessa. «Em março, o"
              " presidente garantiu-nos que \"o dinheiro estava reservado\" e nada aconteceu»,"
              " recordou o vereador.",
              [("Em março, o presidente garantiu-nos que \"o dinheiro estava reservado\" e nada"
                " aconteceu", "statement", "Rui Gaspar"),
               ("o dinheiro estava reservado", "other", None)],
              "round9"),
    QuoteCase("pt", "Polícia\n\n“Quando abri a porta, o homem gritou: ‘Fica quieto ou atiro’."
              " Eu fiquei”, contou o comerciante Jorge Matos.",
              [("Quando abri a porta, o homem gritou: ‘Fica quieto ou atiro’. Eu fiquei",
                "statement", "Jorge Matos"),
               ("Fica quieto ou atiro", "other", None)],
              "round9"),
    QuoteCase("fr", "Secours\n\n« Quand le capitaine nous répond : \"Attendez les ordres\", le"
              " bateau coule déjà », a regretté Anne Roche.",
              [("Quand le capitaine nous répond : \"Attendez les ordres\", le bateau coule déjà",
                "statement", "Anne Roche"),
               ("Attendez les ordres", "other", None)],
              "round9"),
    QuoteCase("it", "Cronaca\n\n«Mi ha detto: \"Sono il tuo avvocato, firma qui\". E io ho"
              " firmato», ha raccontato Carla Neri.",
              [("Mi ha detto: \"Sono il tuo avvocato, firma qui\". E io ho firmato", "statement",
                "Carla Neri"),
               ("Sono il tuo avvocato, firma qui", "other", None)],
              "round9"),
]


@pytest.mark.parametrize("case", NESTED_IN_A_QUOTE, ids=case_ids(NESTED_IN_A_QUOTE))
def test_nested_in_a_quote(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
