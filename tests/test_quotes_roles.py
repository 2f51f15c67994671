"""Role nouns and unnamed sources: a role noun goes back to the person who holds it, an unnamed
source keeps one label, and a role is not someone else's.

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

from newsbrief.quotes.cast import Entry
from newsbrief.quotes.lexicon import is_source_head
from newsbrief.quotes.resolve import _same_role

# A generic role, kinship or body noun refers back to the person or body named before.
ROLE_NOUN_BACK_REFERENCE: list[QuoteCase] = [
    # French: a generic role noun goes back to the person named just before
    QuoteCase("fr", "La cheffe de l'opposition, Anne Roy, a voté contre. « C'est une erreur », a"
              " affirmé l'élue.",
              [("C'est une erreur", "statement", "Anne Roy")],
              "round2"),
    # a role with an elided complement before the apposed name; "chef" -> a man
    QuoteCase("fr", "Le chef du groupe, Gilles Roche, s'est abstenu. « Rien n'est prêt », a dit"
              " l'élu. « On avance », a assuré la vice-présidente chargée de l'éducation, Nadia"
              " Keller. « Tout est prévu », a-t-elle ajouté.",
              [("Rien n'est prêt", "statement", "Gilles Roche"),
               ("On avance", "statement", "Nadia Keller"),
               ("Tout est prévu", "statement", "Nadia Keller")],
              "round2"),
    # a kinship noun refers back to the person the text is about
    QuoteCase("en", 'Frank Jordan spoke with his son. "I thought I lost you," the relieved father'
              " said.",
              [("I thought I lost you", "statement", "Frank Jordan")],
              "round3"),
    # a German body named again by the head of its compound ("die Fraktion") is the one named in
    # full before
    QuoteCase("de", "Die SPD-Landtagsfraktion erklärte, sie nehme die Entscheidung „zur Kenntnis“."
              " Außerdem halte die Fraktion den Schritt für „überfällig und dringend geboten“.",
              [("zur Kenntnis", "fragment", "Die SPD-Landtagsfraktion"),
               ("überfällig und dringend geboten", "fragment", "Die SPD-Landtagsfraktion")],
              "round4"),
    # "his son" is the person introduced as "His son Donavan Freberg" (English "son" is no
    # determiner, even though French "son" is)
    QuoteCase("en", 'His son Donavan Freberg confirmed the death. "He was and will always be my'
              ' hero," his son wrote on Facebook.',
              [("He was and will always be my hero", "statement", "Donavan Freberg")],
              "round4"),
    # a role and a name before the verb are its subject, not the person after it; the ordinal dot of
    # a regnal number ends no clause, and the role later is that person
    QuoteCase("de", "Die Regierung trauert. Das Staatsoberhaupt des Landes, die britische Königin"
              " Elisabeth II., bat Premierminister Key, ihre „tiefe Anteilnahme den Familien zu"
              " übermitteln“. Sie sei „vollkommen geschockt“, sagte die britische Königin.",
              [("tiefe Anteilnahme den Familien zu übermitteln", "fragment", "Elisabeth II"),
               ("vollkommen geschockt", "fragment", "Elisabeth II")],
              "round6"),
    # Round 12 (trait age_descriptors): an age after the article refers back like a role noun
    QuoteCase("en", 'Defender Tom Rae, who captained the side, called it "poor". The 23-year-old'
              ' told reporters: "We let the fans down."',
              [("poor", "fragment", "Tom Rae"), ("We let the fans down.", "statement", "Tom Rae")],
              "round12"),
    QuoteCase("en", 'Jane Evans scored in the 90th minute. "We want to win," said the 24-year-old.',
              [("We want to win", "statement", "Jane Evans")], "round12"),
]


@pytest.mark.parametrize("case", ROLE_NOUN_BACK_REFERENCE, ids=case_ids(ROLE_NOUN_BACK_REFERENCE))
def test_role_noun_back_reference(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An unnamed source or a medium named again (le quotidien, le reportage, l'ONG, le porte-parole)
# is the one named before, in one spelling.
SAME_SOURCE_AGAIN: list[QuoteCase] = [
    # one unnamed source, one spelling: "le quotidien" after "Le quotidien"
    QuoteCase("fr", "Le quotidien annonce un « tir d'obus » contre le quartier. « Les analyses"
              " sont claires », indique le quotidien.",
              [("tir d'obus", "fragment", "Le quotidien"),
               ("Les analyses sont claires", "statement", "Le quotidien")],
              "round4"),
    # a name with its own article after the role and an adjective; a later "le quotidien" is the
    # same paper (the dateline's dash does not hide the subject)
    QuoteCase("fr", "3 mars 2021. - Le quotidien régional Le Courrier annonce que le maire aurait"
              " été « menacé à plusieurs reprises par des inconnus ». « Les enquêteurs ont saisi"
              " plusieurs lettres anonymes au domicile de l'élu », indique le quotidien.",
              [("menacé à plusieurs reprises par des inconnus", "fragment", "Courrier"),
               ("Les enquêteurs ont saisi plusieurs lettres anonymes au domicile de l'élu",
                "statement", "Courrier")],
              "round5"),
    # "le reportage" after "le reportage de Télé Nord": the source named before, in full
    QuoteCase("fr", "Un reportage diffusé lundi sème le doute. « Nous avons trouvé des traces de"
              " produits toxiques dans l'eau », affirme le reportage de Télé Nord. « Les niveaux"
              " étaient très élevés », ajoute le reportage.",
              [("Nous avons trouvé des traces de produits toxiques dans l'eau",
                "statement", "le reportage de Télé Nord"),
               ("Les niveaux étaient très élevés", "statement", "le reportage de Télé Nord")],
              "round5"),
    # the role of a name that opens a sentence without a speech verb is remembered: "l'ONG" later is
    # that organisation (and an elided article does not hide the role)
    QuoteCase("fr", "L'ONG Justice Globale vient de publier un rapport. Cependant, l'ONG précise"
              " que « le nombre de centres est probablement plus élevé ».",
              [("le nombre de centres est probablement plus élevé", "fragment", "Justice Globale")],
              "round5"),
    # a role before a name is someone else, and "le porte-parole" is that someone again
    QuoteCase("fr", "Le porte-parole de Marc Dubois a réagi : « Nous contestons cette décision du"
              " tribunal. » Marc Dubois a ensuite déclaré : « Je ferai appel de ce jugement devant"
              " la cour. » « Aucune date n'est fixée », a précisé le porte-parole.",
              [("Nous contestons cette décision du tribunal.",
                "statement", "Le porte-parole de Marc Dubois"),
               ("Je ferai appel de ce jugement devant la cour.", "statement", "Marc Dubois"),
               ("Aucune date n'est fixée", "statement", "Le porte-parole de Marc Dubois")],
              "round5"),
]


# Round 11 (trait labels_refer_back, English): an unnamed source keeps one label. "The
# spokesperson" is the spokesperson a sentence shortly before was about, even after someone else
# has spoken; "the student" is the student quoted before under an indefinite article, whatever
# the capital of its article.
ONE_LABEL_EACH: list[QuoteCase] = [
    QuoteCase("en", "Trains were cancelled. A spokesperson for the operator said buses would run."
              ' Anne Kerr, 52, called the cuts "shameful". "People are stranded," Kerr said.'
              ' "We are very sorry," the spokesperson said.',
              [("shameful", "fragment", "Anne Kerr"),
               ("People are stranded", "statement", "Anne Kerr"),
               ("We are very sorry", "statement", "A spokesperson for the operator")],
              "round11"),
    QuoteCase("en", "A spokesman for Harbour Lines said the ferry would sail. Tom Bell said:"
              ' "I will wait." "The sea is calm," the spokesman said.',
              [("I will wait.", "statement", "Tom Bell"),
               ("The sea is calm", "statement", "Harbour Lines")], "round11"),
    QuoteCase("en", 'A nursing student told how she paid her rent. "I had no choice," she said.'
              ' The student said she had tried three jobs. "Nothing paid enough," the student'
              ' said. "I was scared," The student added.',
              [("I had no choice", "statement", "A nursing student"),
               ("Nothing paid enough", "statement", "A nursing student"),
               ("I was scared", "statement", "A nursing student")], "round11"),
    # a head before a relative clause: "a teacher who …" is "the teacher"
    QuoteCase("en", "A teacher who was stuck for six hours told the paper: 'It was freezing.'"
              " Police closed the road. 'Nobody came,' the teacher said.",
              [("It was freezing.", "statement", "A teacher"),
               ("Nobody came", "statement", "A teacher")], "round11"),
    # Round 12: a person the narration introduced unnamed ("by a retired electrician", "a widow
    # in her flat") is whom "the electrician", "The widow" means, not the person named last,
    # who holds no such role
    QuoteCase("en", "Mary Dunn, 70, runs the village shop. The petition was started by a retired"
              " electrician, who said the bus was his only link to town. 'I cannot drive any"
              " more,' the electrician said.",
              [("I cannot drive any more", "statement", "A retired electrician")], "round12"),
    QuoteCase("en", "Claire Moss, a nurse, visits the estate every week. She was treating a widow"
              " in her flat when her car was towed. The widow, who asked not to be named, said"
              " she was 'furious'.",
              [("furious", "fragment", "A widow")], "round12"),
    QuoteCase("en", "Tom Reid said the plan was 'a gamble'. The case was brought by a landlord"
              " whose house had flooded. 'I have lost everything,' the landlord said.",
              [("a gamble", "fragment", "Tom Reid"),
               ("I have lost everything", "statement", "A landlord")], "round12"),
    # ... but not one named in apposition, nor the subject of a sentence that the next one
    # names ("A plumber who … . Dan Cole, 41, …": the plumber is Dan Cole)
    QuoteCase("en", "A plumber who rescued a neighbour from a fire has been sent a bill. Dan Cole,"
              " 41, climbed a ladder to reach her. 'Anyone would have done it,' the plumber said.",
              [("Anyone would have done it", "statement", "Dan Cole")], "round12"),
    QuoteCase("en", "The fire was spotted by a pensioner, Joan Hale, who called 999. 'I saw the"
              " smoke,' the pensioner said.",
              [("I saw the smoke", "statement", "Joan Hale")], "round12"),
]


# Round 12 (trait labels_refer_back): an unnamed source keeps the complement the text gives
# its head noun ("A spokesperson for the council", "a spokesperson for the council" after
# the verb), up to the speech verb or the sentence's end; a capitalised body is read already.
LABEL_COMPLEMENT: list[QuoteCase] = [
    QuoteCase("en", 'A spokesperson for the council said: "We are sorry."',
              [("We are sorry.", "statement", "A spokesperson for the council")], "round12"),
    QuoteCase("en", '"We are sorry," said a spokesperson for the council.',
              [("We are sorry", "statement", "a spokesperson for the council")], "round12"),
    QuoteCase("en", "Trains were cancelled on Monday morning across the north.\n\nA spokesman"
              ' for the rail operator told the BBC: "We are sorry."',
              [("We are sorry.", "statement", "A spokesman for the rail operator")], "round12"),
    QuoteCase("en", "Trains were cancelled on Monday morning across the north.\n\nA spokesperson"
              " for the airline said it had rebooked passengers.\n\nAnne Kerr, 52, called the"
              ' cuts "shameful".\n\n"We apologise," the spokesperson said.',
              [("shameful", "fragment", "Anne Kerr"),
               ("We apologise", "statement", "A spokesperson for the airline")], "round12"),
    QuoteCase("en", 'A spokeswoman for Leeds City Council said: "We are sorry."',
              [("We are sorry.", "statement", "Leeds City Council")], "round12"),
]


@pytest.mark.parametrize("case", LABEL_COMPLEMENT, ids=case_ids(LABEL_COMPLEMENT))
def test_label_complement(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@pytest.mark.parametrize("case", ONE_LABEL_EACH, ids=case_ids(ONE_LABEL_EACH))
def test_one_label_each(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@pytest.mark.parametrize("case", SAME_SOURCE_AGAIN, ids=case_ids(SAME_SOURCE_AGAIN))
def test_same_source_again(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A role is not someone else's: an indefinite source stays anonymous, a second party is not the
# first one's role, a role's complement keeps it apart.
ROLE_KEPT_APART: list[QuoteCase] = [
    # "die Veranstalter … und die Polizei": the first party is not the second one's role
    QuoteCase("de", "Die Veranstalter des Marsches und die Kölner Polizei berichten"
              " Unterschiedliches. Die Veranstalter des Marsches erklären, die Beamten hätten"
              " „ohne Anlass“ zugegriffen.",
              [("ohne Anlass", "fragment", "Die Veranstalter des Marsches")],
              "round4"),
    # an indefinite source is anonymous, whoever had that role before
    QuoteCase("de", "Der Forscher Jan Bode leitet das Labor. Später sagte ein Forscher: „Die Werte"
              " sind hoch.“",
              [("Die Werte sind hoch.", "statement", "ein Forscher")],
              "round4"),
    # German: a role with a complement of its own is an office: not the person just named
    # whose role the text never gave (a player is not the club's sporting director) - but the
    # one who has just spoken may be described so
    QuoteCase("de", "Das Siegtor schoss Jan Kowalski in der 81. Minute. „Wir haben verdient"
              " gewonnen“, sagte der Sportdirektor des Vereins nach dem Spiel.",
              [("Wir haben verdient gewonnen", "statement", "der Sportdirektor des Vereins")],
              "round11"),
    QuoteCase("de", "Tom Berger sagte: „Wir suchen den Fehler.“ Weiter sagte er: „Wir liefern"
              " pünktlich.“ Das sagte der Chef des Unternehmens vor Kunden.",
              [("Wir suchen den Fehler.", "statement", "Tom Berger"),
               ("Wir liefern pünktlich.", "statement", "Tom Berger")],
              "round11"),
    # a capitalised complement of a role that reads like no name (an adverb's -ment) stays in the
    # role, so the role does not match another minister
    QuoteCase("fr", "Le ministre du Redressement productif a déclaré que « le secteur a un avenir"
              " ». Le ministre de l'Intérieur, Marc Roux, l'a soutenu.",
              [("le secteur a un avenir", "fragment", "Le ministre du Redressement productif")],
              "round5"),
]


@pytest.mark.parametrize("case", ROLE_KEPT_APART, ids=case_ids(ROLE_KEPT_APART))
def test_role_kept_apart(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A plural role is a group, kept as written.
GROUP_SOURCES: list[QuoteCase] = [
    # a plural role is a group, kept as written (guards: an article and any lower-case noun made a
    # subject before; now the noun has to name people or a body)
    QuoteCase("fr", "Les députés ont dénoncé « une dérive inquiétante du gouvernement ».",
              [("une dérive inquiétante du gouvernement", "fragment", "Les députés")],
              "round5"),
    QuoteCase("en", 'The judges said the ruling "gives clarity to drivers and to the industry".',
              [("gives clarity to drivers and to the industry", "fragment", "The judges")],
              "round5"),
    # Italian and Spanish institutions and collective sources (round 10)
    QuoteCase("it", "Il ministro Carlo Ferri ha parlato. Il museo replica che il restauro è "
              "avvenuto «con ogni cautela».",
              [("con ogni cautela", "fragment", "Il museo")],
              "round10-blind"),
    QuoteCase("it", "La sindaca Anna Riva ha parlato. L'opposizione parla di «promesse mancate».",
              [("promesse mancate", "fragment", "L'opposizione")],
              "round10-blind"),
    # relatives of a victim or of residents speak as a group (round 11)
    QuoteCase("es", "Sucesos\n\nLos familiares, reunidos en la parroquia, aseguraron que seguirán"
              " pidiendo justicia «hasta el final».",
              [("hasta el final", "fragment", "Los familiares")],
              "round11"),
    QuoteCase("it", "Cronaca\n\nI familiari della vittima, assistiti da un legale, hanno definito "
              "la sentenza «una vergogna».",
              [("una vergogna", "fragment", "I familiari della vittima")],
              "round11"),
]


@pytest.mark.parametrize("case", GROUP_SOURCES, ids=case_ids(GROUP_SOURCES))
def test_group_sources(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# Spanish unnamed sources with no article ("fuentes de la Consejería", table bare_sources) open
# a subject after a front phrase; a name apposed to them is their body's, and the label stays as
# written; the surname Fuentes stays a name (round 11).
BARE_SOURCES: list[QuoteCase] = [
    QuoteCase("es", "Transporte\n\nEl consejero, Juan Mora, habló ayer. Desde la Junta, fuentes "
              "de la Consejería indicaron que estudiarán el texto «con detalle».",
              [("con detalle", "fragment", "fuentes de la Consejería")], "round11"),
    QuoteCase("es", "Huelga\n\nEl comité, presidido por Ana Gil, convocó paros. Fuentes de la "
              "concesionaria, Limpiezas Norte, han asegurado que la empresa cumplió "
              "«escrupulosamente» con el convenio.",
              [("escrupulosamente", "fragment", "Fuentes de la concesionaria, Limpiezas Norte")],
              "round11"),
    QuoteCase("es", "Literatura\n\nEl escritor mexicano Carlos Fuentes dijo en 1990 que la novela "
              "era «un espejo».",
              [("un espejo", "fragment", "Carlos Fuentes")], "round11"),
]


@pytest.mark.parametrize("case", BARE_SOURCES, ids=case_ids(BARE_SOURCES))
def test_bare_sources(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# One of a group just mentioned is a speaker label of its own (table one_of_them, round 10).
ONE_OF_THEM: list[QuoteCase] = [
    QuoteCase("fr", "Les riverains attendaient devant la mairie. « On nous a menti », a lâché "
              "l'un d'eux.",
              [("On nous a menti", "statement", "l'un d'eux")],
              "round10-blind"),
    QuoteCase("fr", "Les infirmières sont épuisées. L'une d'elles résume : « On tient encore. »",
              [("On tient encore.", "statement", "L'une d'elles")],
              "round10-blind"),
    QuoteCase("it", "I pendolari aspettavano da un'ora. «È sempre così», ha detto uno di loro.",
              [("È sempre così", "statement", "uno di loro")],
              "round10-blind"),
    QuoteCase("es", "Los vecinos cortaron la calle. «Nadie nos escucha», dijo uno de ellos.",
              [("Nadie nos escucha", "statement", "uno de ellos")],
              "round10-blind"),
]


@pytest.mark.parametrize("case", ONE_OF_THEM, ids=case_ids(ONE_OF_THEM))
def test_one_of_them(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected

@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("députés", "fr", True),
    ("judges", "en", True),
    ("diputados", "es", True),
    ("bus", "en", False),  # too short to be a plural of a role
    ("policy", "en", False),
])
def test_a_plural_role_heads_a_collective_source(word: str, lang: str, expected: bool) -> None:
    assert is_source_head(word, lang) is expected

def test_a_role_noun_finds_a_person_by_the_role_not_by_its_adjective() -> None:
    # "le négociateur palestinien" is not "la veuve de l'ancien président de l'Autorité
    # palestinienne"; "l'universitaire" may still be the professor at the university
    widow = Entry("Souha Arafat", role="veuve de l'ancien président de l'Autorité palestinienne")
    assert not _same_role(widow, "le négociateur palestinien", "fr")
    professor = Entry("Gilles Séralini", role="professeur à l'université de Caen")
    assert _same_role(professor, "l'universitaire", "fr")

def test_a_spokesperson_right_after_a_named_speaker_is_that_speaker() -> None:
    # "le porte-parole" also heads unnamed sources, so it refers back only to the one who has
    # just spoken
    assert [q[2] for q in read_quotes(
        "Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! » Le porte-parole du"
        " collectif la Quadrature du Net se félicite que « le texte a permis d'ouvrir un grand"
        " débat ».", "fr")] == ["Jérémie Zimmermann", "Jérémie Zimmermann"]


# Role nouns of Italian and Spanish news (il questore, el subdelegado) apposed to a name.
LANGUAGE_ROLE_NOUNS: list[QuoteCase] = [
    # a role noun of the language before a complement and an apposed name (questore, subdelegado):
    # the name is the speaker
    QuoteCase("it", "«Il ponte resta chiuso», ha dichiarato il questore di Lucca, Gianni Ferri, "
              "dopo il sopralluogo.",
              [("Il ponte resta chiuso", "statement", "Gianni Ferri")],
              "round7"),
    # a role noun of the language before a complement and an apposed name (questore, subdelegado):
    # the name is the speaker
    QuoteCase("es", "«No habrá recortes», aseguró el subdelegado del Gobierno en Toledo, Pedro "
              "Gil, tras la reunión.",
              [("No habrá recortes", "statement", "Pedro Gil")],
              "round7"),
    # German person nouns of local news (Kassenwart, Meteorologin, Torhüter): a role before the
    # name, so the speaker is the name alone, not "Die Meteorologin Eva Lindner"
    QuoteCase("de", "Die Meteorologin Eva Lindner sagte: „Der Sommer wird heiß.“",
              [("Der Sommer wird heiß.", "statement", "Eva Lindner")],
              "round12"),
    QuoteCase("de", "„Wir müssen sparen“, sagte Kassenwart Hans Brückner.",
              [("Wir müssen sparen", "statement", "Hans Brückner")],
              "round12"),
    # a role alone after the verb is the speaker, not the person the sentence began with
    QuoteCase("de", "Die Stewardessen wollten den Mann beruhigen. Als ein Fluggast eingriff, biss"
              " der Randalierer den Helfer und rief: „Lasst mich raus!“",
              [("Lasst mich raus!", "statement", "der Randalierer")],
              "round12"),
    QuoteCase("de", "Nach dem Abpfiff stellte sich der Unparteiische den Fragen: „Es war ein"
              " klares Foul.“",
              [("Es war ein klares Foul.", "statement", "der Unparteiische")],
              "round12"),
    # a role's capitalised complement joined by a conjunction, then the apposed name (round 12)
    QuoteCase("pt", "O ministro de Portos e Aeroportos, Vasco Nunes, visitou a obra. \"Vamos "
              "cumprir o prazo\", disse o ministro aos jornalistas.",
              [("Vamos cumprir o prazo", "statement", "Vasco Nunes")],
              "round12"),
    # the feminine role of the language after a source preposition (round 12)
    QuoteCase("it", "Il comune ha approvato il bilancio. Per la consigliera Marta Sironi, che ha "
              "votato contro, i tagli sono «troppo pesanti per le periferie».",
              [("troppo pesanti per le periferie", "fragment", "Marta Sironi")],
              "round12"),
    # Portuguese causídico is the lawyer named before (same_roles), and an adverb of time ends
    # an incise's subject (round 12)
    QuoteCase("pt", "O advogado da arguida, Paulo Rebelo, pediu a absolvição. «Não há uma única "
              "prova», sublinhou o causídico.",
              [("Não há uma única prova", "statement", "Paulo Rebelo")],
              "round12"),
    QuoteCase("pt", "A deputada Ana Faria interveio no debate. «Isto não é um plano», afirmou a "
              "deputada logo no início.",
              [("Isto não é um plano", "statement", "Ana Faria")],
              "round12"),
]


@pytest.mark.parametrize("case", LANGUAGE_ROLE_NOUNS, ids=case_ids(LANGUAGE_ROLE_NOUNS))
def test_language_role_nouns(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.ordinal: le premier / la seconde, el primero / el segundo, il primo / la seconda refer back
# to the people named together just before, in that order.
ORDINAL_BACK_REFERENCE: list[QuoteCase] = [
    # two people named together, then le premier / la seconde with or without the verb
    QuoteCase("fr", "Le préfet, Jean Morel, et la présidente du conseil, Anne Duval, se sont "
              "exprimés. Le premier a défendu « un choix nécessaire », la seconde une « "
              "erreur historique ».",
              [("un choix nécessaire", "fragment", "Jean Morel"),
               ("erreur historique", "fragment", "Anne Duval")],
              "round7"),
    # the same in Spanish
    QuoteCase("es", "La rectora, Ana Gil, y el decano, Luis Soto, hablaron tras la reunión. La "
              "primera pidió «calma»; el segundo habló de «un error grave».",
              [("calma", "fragment", "Ana Gil"),
               ("un error grave", "fragment", "Luis Soto")],
              "round7"),
    # the same in Italian
    QuoteCase("it", "Il sindaco, Paolo Neri, e l'assessora, Giulia Rossi, hanno risposto. Il primo "
              "ha parlato di «scelta obbligata», la seconda di «passo indietro».",
              [("scelta obbligata", "fragment", "Paolo Neri"),
               ("passo indietro", "fragment", "Giulia Rossi")],
              "round7"),
]


@pytest.mark.parametrize("case", ORDINAL_BACK_REFERENCE, ids=case_ids(ORDINAL_BACK_REFERENCE))
def test_ordinal_back_reference(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An unnamed person the text describes by a person noun ("the woman", "the man") speaks as a
# role noun does, where the language's traits say so (person_noun_speakers: English); and the
# one told ("told BBC Radio X") is never the speaker nor holds the speaker's role.
PERSON_NOUN_SPEAKERS: list[QuoteCase] = [
    QuoteCase("en", "A neighbour who saw the fire called for help. 'The smoke was black and "
              "thick,' the woman told the inquest.",
              [("The smoke was black and thick", "statement", "the woman")], "round10"),
    QuoteCase("en", "Owen Pugh, 19, scored twice. 'We never stopped believing,' the striker "
              "told BBC Radio Cymru.",
              [("We never stopped believing", "statement", "Owen Pugh")], "round10"),
    # the person nouns of news copy (driver, pensioner, bystander, …) are roles: the noun phrase
    # they head, before a relative clause or a phrase, is the subject of "told", not the one told
    QuoteCase("en", 'A driver who saw the crash told the paper: "It was like a bomb going off."',
              [("It was like a bomb going off.", "statement", "A driver")], "round11"),
    QuoteCase("en", 'A cyclist who was thrown from his bike told the Echo: "I was lucky."',
              [("I was lucky.", "statement", "A cyclist")], "round11"),
    QuoteCase("en", 'A bystander who filmed the arrest told the Guardian: "He was not resisting."',
              [("He was not resisting.", "statement", "A bystander")], "round11"),
    QuoteCase("en", 'A shopkeeper on the high street told the Gazette: "Trade has dried up."',
              [("Trade has dried up.", "statement", "A shopkeeper")], "round11"),
    QuoteCase("en", 'Her landlord told the court: "The rent was never paid."',
              [("The rent was never paid.", "statement", "Her landlord")], "round11"),
    # a relative clause set off by commas: the subject still opens the clause
    QuoteCase("en", "A pensioner, who has lived on the street for 40 years, told the BBC: "
              '"We are frightened."',
              [("We are frightened.", "statement", "A pensioner")], "round11"),
    # Round 12: more trades and family nouns of local news (pharmacist, plumber, carer, widow …)
    QuoteCase("en", 'A pharmacist in the village told the Courier: "Some of them are ninety."',
              [("Some of them are ninety.", "statement", "A pharmacist")], "round12"),
    QuoteCase("en", 'A carer who visits the estate told the BBC: "I have twenty minutes a call."',
              [("I have twenty minutes a call.", "statement", "A carer")], "round12"),
    QuoteCase("en", 'His grandmother told the inquest: "He was a kind boy."',
              [("He was a kind boy.", "statement", "His grandmother")], "round12"),
]


@pytest.mark.parametrize("case", PERSON_NOUN_SPEAKERS, ids=case_ids(PERSON_NOUN_SPEAKERS))
def test_person_noun_speakers(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# subjects._role_named: "A testemunha era X, …" names who holds the role (table naming_copulas,
# it, es, pt): the sentence is about X, and a later "a testemunha" is X (round 12).
ROLE_NAMED_BY_COPULA: list[QuoteCase] = [
    QuoteCase("pt", "A testemunha era Marta Valente, antiga secretária da empresa, que contou ter"
              " recebido «instruções por escrito». «Eu só cumpria ordens», explicou.",
              [("instruções por escrito", "fragment", "Marta Valente"),
               ("Eu só cumpria ordens", "statement", "Marta Valente")],
              "round12"),
    QuoteCase("es", "El testigo era Julián Prieto, vigilante del almacén. «Vi salir el camión a"
              " las tres», declaró el testigo.",
              [("Vi salir el camión a las tres", "statement", "Julián Prieto")],
              "round12"),
]


@pytest.mark.parametrize("case", ROLE_NAMED_BY_COPULA, ids=case_ids(ROLE_NAMED_BY_COPULA))
def test_role_named_by_copula(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A role noun alone refers back to the person the text is about when that person's role has
# the same head, though someone named further on holds the bare role (round 12).
SAME_HEAD_BEFORE_A_LATER_HOLDER: list[QuoteCase] = [
    QuoteCase("es", "La portavoz del Gobierno, Isabel Navas, evitó la polémica. «Nuestra mano está"
              " tendida», señaló la portavoz. Su portavoz, Jaime Rovira, lo resumió así: «Cada"
              " euro cuenta».",
              [("Nuestra mano está tendida", "statement", "Isabel Navas"),
               ("Cada euro cuenta", "statement", "Jaime Rovira")],
              "round12"),
]


@pytest.mark.parametrize("case", SAME_HEAD_BEFORE_A_LATER_HOLDER,
                         ids=case_ids(SAME_HEAD_BEFORE_A_LATER_HOLDER))
def test_same_head_before_a_later_holder(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected



# French unnamed sources whose head is a trade of the report (un agent du service, un
# prévisionniste de Vigicrues, table sources): the label as written, never the person quoted
# before nor the body named in the sentence before (round 12).
TRADE_SOURCES: list[QuoteCase] = [
    QuoteCase("fr", "« Nous verrons », a dit l'adjointe, Claire Roy.\n\nUn agent de la mairie,"
              " qui souhaite rester anonyme, décrit des visites « de plus en plus rares ».",
              [("Nous verrons", "statement", "Claire Roy"),
               ("de plus en plus rares", "fragment", "Un agent de la mairie")],
              "round12"),
    QuoteCase("fr", "Crue\n\nMétéo-France a maintenu la vigilance. Un prévisionniste de Vigicrues,"
              " joint par téléphone, estimait que le pic « devrait être atteint dans la nuit ».",
              [("devrait être atteint dans la nuit", "fragment",
                "Un prévisionniste de Vigicrues")],
              "round12"),
]


@pytest.mark.parametrize("case", TRADE_SOURCES, ids=case_ids(TRADE_SOURCES))
def test_trade_sources(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
