"""A quote no rule attributes takes its speaker from the reading context (``fallback.*``): a
report in the Konjunktiv I, the person the text has just been about, or no one.

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.quotes.extract import _CHAIN_GAP, _only_gap

# fallback.subjunctive-*: reported speech in the Konjunktiv I goes on with whom a speech act
# introduced.
SUBJUNCTIVE_REPORT: list[QuoteCase] = [
    # a subjunctive report goes on with whoever a speech verb introduced since the last quote
    QuoteCase("de", "Der Abgeordnete Jan Koppel sagte: „Das ist falsch.“ Die Haushaltspolitikerin"
              " der Grünen, Anja Hajduk, kritisierte den Etat scharf. Hier seien die Mittel"
              " „völlig unrealistisch“.",
              [("Das ist falsch.", "statement", "Jan Koppel"),
               ("völlig unrealistisch", "fragment", "Anja Hajduk")],
              "round4"),
    # "nahm … Stellung" is a speech act, and the subject that opens the paragraph is whom the
    # subjunctive report after it quotes
    QuoteCase("de", "Im Landtag nahm auch der Ministerpräsident des Landes, Karl Wendt (CDU), zu"
              " der Frage Stellung. Jeder Lehrer könne „das Konto jetzt einlösen“.",
              [("das Konto jetzt einlösen", "fragment", "Karl Wendt")],
              "round4"),
    # "So soll …": sollen reports what someone said, as the Konjunktiv I does
    QuoteCase("de", "Der Abgeordnete Jan Koppel sagte: „Das ist falsch.“ Die Ministerin Anja Hajduk"
              " kritisierte den Entwurf scharf. So soll das Gesetz „handwerklich schlecht gemacht“"
              " sein.",
              [("Das ist falsch.", "statement", "Jan Koppel"),
               ("handwerklich schlecht gemacht", "fragment", "Anja Hajduk")],
              "issue16"),
    # "rechnete vor" and "prophezeite" are speech acts: the Konjunktiv after them is theirs,
    # not the previous speaker's
    QuoteCase("de", "„Wir haben gekämpft“, sagte die Kapitänin. Der Kassenwart Hans Brückner"
              " rechnete vor, dass der Verein jährlich 20.000 Euro verliere. Ein neuer Sponsor sei"
              " „dringend nötig“.",
              [("Wir haben gekämpft", "statement", "Kapitänin"),
               ("dringend nötig", "fragment", "Hans Brückner")],
              "round12"),
    QuoteCase("de", "„Das ist ein guter Tag“, sagte der Landrat. Die Meteorologin Eva Lindner"
              " prophezeite einen heißen Sommer. Es werde „wochenlang kaum regnen“.",
              [("Das ist ein guter Tag", "statement", "der Landrat"),
               ("wochenlang kaum regnen", "fragment", "Eva Lindner")],
              "round12"),
]


@pytest.mark.parametrize("case", SUBJUNCTIVE_REPORT, ids=case_ids(SUBJUNCTIVE_REPORT))
def test_subjunctive_report(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# fallback.recent-subject: the person (or body) the text has just been about; a dateline is not.
RECENT_SUBJECT: list[QuoteCase] = [
    # an earlier "Nach Ansicht von X" sentence frames the quote that follows it
    QuoteCase("de", "Der Kreistag berät am Montag. Nach Ansicht von Landrat Peter Vogt ist nichts"
              " entschieden. „Es ist nur ein Entwurf.“",
              [("Es ist nur ein Entwurf.", "statement", "Peter Vogt")],
              "round2"),
    # an agency dateline is not what the first sentence is about
    QuoteCase("en", '(CNN)"A long time ago..." Those words make fans think of the song. "Bye,'
              ' bye," goes the chorus.',
              [("A long time ago...", "statement", None),
               ("Bye, bye", "other", None)],
              "round4"),
    # a paragraph of speech after the one whose opening sentence introduced its speaker
    # (round 12): the subject opening the block before counts
    QuoteCase("fr", "« Le dossier avance », a assuré la maire, Claire Roy.\n\nA la chambre"
              " d'agriculture, le président, Marc Hervé, défend le projet de retenue d'eau.\n\n"
              "« Sans réserve, nos vergers ne passeront pas un autre été sec. »",
              [("Le dossier avance", "statement", "Claire Roy"),
               ("Sans réserve, nos vergers ne passeront pas un autre été sec.", "statement",
                "Marc Hervé")],
              "round12"),
    QuoteCase("en", '"We will reopen," said the manager, Tom Price.\n\nAt the council, the'
              " planning chief, Ann Wells, backs the scheme.\n\n"
              '"The bridge has to be rebuilt before winter."',
              [("We will reopen", "statement", "Tom Price"),
               ("The bridge has to be rebuilt before winter.", "statement", "Ann Wells")],
              "round12"),
    # the source phrase may name its person after a genitive owner and a role ("Nach Ansicht
    # von Niedersachsens Ministerpräsident X"): the quote after the sentence is X's, not that
    # of a person named later in it
    QuoteCase("de", "Nach Ansicht von Hessens Ministerpräsident Karl Wendt ist mit dem Gutachten"
              " von Professor Rainer Holm noch nichts entschieden. „Es ist nur ein Gutachten.“",
              [("Es ist nur ein Gutachten.", "statement", "Karl Wendt")],
              "round12"),
]


@pytest.mark.parametrize("case", RECENT_SUBJECT, ids=case_ids(RECENT_SUBJECT))
def test_recent_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# fallback.next-sentence-subject: a paragraph that opens on someone's words names them in the
# next sentence, as its subject (round 11).
NEXT_SENTENCE_SUBJECT: list[QuoteCase] = [
    # the quote opens the paragraph; the next sentence opens on an adverbial, then the name
    QuoteCase("fr", "Le procès s'est ouvert lundi.\n\n« Il savait tout. Il a menti à tout le "
              "monde. » Pendant une heure, Claire Dumas a détaillé les preuves du parquet.",
              [("Il savait tout. Il a menti à tout le monde.", "statement", "Claire Dumas")],
              "round11"),
    # a verbless sentence holds the quoted words; the next one names who presents them
    QuoteCase("fr", "Le festival rouvre.\n\nUne édition qui « ne ressemble à aucune autre ». "
              "C'est ainsi que le directeur du festival, Marc Olivier, la présente.",
              [("ne ressemble à aucune autre", "fragment", "Marc Olivier")],
              "round11"),
    # the quote's own sentence has a subject: the next sentence's is not the speaker
    QuoteCase("fr", "Le match est fini.\n\nLe vestiaire chantait « On est en finale ». Paul "
              "Girard, lui, restait assis.",
              [("On est en finale", "statement", None)],
              "round11"),
    # the next sentence names the person only further on, in a complement
    QuoteCase("fr", "Le diocèse a réagi.\n\n« L'Église est victime. » Le tribunal a reçu "
              "vendredi une plainte déposée au nom de la paroisse du père Louis Marin.",
              [("L'Église est victime.", "statement", None)],
              "round11"),
]


@pytest.mark.parametrize("case", NEXT_SENTENCE_SUBJECT, ids=case_ids(NEXT_SENTENCE_SUBJECT))
def test_next_sentence_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A quote nothing attributes does not go to a thing the text names.
NO_SPEAKER: list[QuoteCase] = [
    # a quote nothing attributes does not go to a noun the text puts after an article ("die
    # Chance"); a noun a speech verb makes the subject is kept
    QuoteCase("de", "Die Chance ist da. Seine Chance sei „eine letzte Hoffnung“, hieß es. Die"
              " Helfer sagen, es sei „eine Katastrophe“.",
              [("eine letzte Hoffnung", "fragment", None),
               ("eine Katastrophe", "fragment", "Die Helfer")],
              "round5"),
    # an article and lower-case words that name no person nor body are no speaker
    QuoteCase("en", 'Those words make fans think of "a long time ago".',
              [("a long time ago", "fragment", None)],
              "round5"),
    # an Italian sentence opening on the article "Il" does not open on the French pronoun il
    QuoteCase("it", "Circa duecento famiglie sono rimaste senza luce a Porto Vallona. Il gestore "
              "della rete prevede un ritorno alla normalità «entro la notte di domani, salvo "
              "sorprese».",
              [("entro la notte di domani, salvo sorprese", "fragment", None)],
              "round7"),
]


@pytest.mark.parametrize("case", NO_SPEAKER, ids=case_ids(NO_SPEAKER))
def test_no_speaker(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# incise.hearsay / lead.hearsay: words presented as going round (la phrase revenait, una frase, la
# domanda che tutti si facevano) are no one's - no fallback names a speaker.
HEARSAY: list[QuoteCase] = [
    # the next sentence presents the quote as a phrase going round: no one's words
    QuoteCase("fr", "Le maire Paul Durand a quitté la salle. « Il reviendra. » La phrase circulait "
              "déjà dans les couloirs.",
              [("Il reviendra.", "statement", None)],
              "round7"),
    # une frase heard, with no speech verb: no one's words
    QuoteCase("es", "La alcaldesa Rosa León se marchó. Entre los vecinos se oía una frase: «Esto "
              "no ha terminado».",
              [("Esto no ha terminado", "statement", None)],
              "round7"),
    # la domanda che tutti si facevano: no one's words
    QuoteCase("it", "Il sindaco Paolo Neri è uscito dall'aula. «E adesso?» È la domanda che tutti "
              "si facevano.",
              [("E adesso?", "statement", None)],
              "round7"),
]


@pytest.mark.parametrize("case", HEARSAY, ids=case_ids(HEARSAY))
def test_hearsay(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A sentence that opens on a source phrase naming a person by role and name is about that
# person (trait source_opens_report: Portuguese first, then Spanish, Italian and French), and
# two role nouns joined by "y/e/et" are one person's ("el exjugador y comentarista X").
SOURCE_PHRASE_OPENS_A_REPORT: list[QuoteCase] = [
    QuoteCase("es", "Fútbol\n\nEl capitán, Joaquín Ruano, habló. «Somos malos», afirmó el"
              " jugador.\n\nPara el exjugador y comentarista Rafael Gordillo, el problema es"
              " más profundo. «Se ha fichado mal», añadió.",
              [("Somos malos", "statement", "el jugador"),
               ("Se ha fichado mal", "statement", "Rafael Gordillo")],
              "round9"),
    QuoteCase("it", "Cronaca\n\nIl sindaco Marco Fasi ha parlato per primo. «Serve calma», ha"
              " detto il sindaco.\n\nPer il professore Luca Danti, la frana non è finita. «Il"
              " versante si muove ancora», ha aggiunto.",
              [("Serve calma", "statement", "Marco Fasi"),
               ("Il versante si muove ancora", "statement", "Luca Danti")],
              "round9"),
    QuoteCase("fr", "Économie\n\nLe maire Paul Rivet a parlé le premier. « Il faut du calme »,"
              " a dit le maire.\n\nPour l’économiste Marc Ferrand, la crise n’est pas finie."
              " « Les prix montent encore », a-t-il ajouté.",
              [("Il faut du calme", "statement", "Paul Rivet"),
               ("Les prix montent encore", "statement", "Marc Ferrand")],
              "round9"),
    # a definite role alone after the source preposition means the person named with it (a
    # generic one, "o governante", the last person named with a role): a null-subject incise
    # after the clause is theirs, not the clause's subject (round 12)
    QuoteCase("pt", "Saúde\n\nO ministro da Saúde, Rui Paiva, admitiu o fecho. Segundo o"
              " governante, o plano de inverno prevê seis urgências. «Não é um encerramento»,"
              " insistiu.",
              [("Não é um encerramento", "statement", "Rui Paiva")],
              "round12"),
    QuoteCase("es", "Empleo\n\nLa ministra de Trabajo, Rocío Campos, presentó el plan. Según la"
              " ministra, los fondos llegarán en marzo. «No es un regalo, es un derecho», añadió.",
              [("No es un regalo, es un derecho", "statement", "Rocío Campos")],
              "round12"),
]


@pytest.mark.parametrize("case", SOURCE_PHRASE_OPENS_A_REPORT,
                         ids=case_ids(SOURCE_PHRASE_OPENS_A_REPORT))
def test_source_phrase_opens_a_report(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# fallback.chain-next: a finished statement that opens its paragraph, followed by nothing but the
# next quote, is the speaker's whom that quote's incise names (round 12); not a question, nor a
# quote inside a paragraph (where paragraph breaks were lost, the next quote may be another's).
CHAIN_NEXT: list[QuoteCase] = [
    QuoteCase("fr", "Les pêcheurs bloquent le port.\n\n« Nous ne lèverons pas le camp avant"
              " lundi. » « Nous avons des vivres pour une semaine entière », a déclaré à l'AFP"
              " Paul Le Bris, patron pêcheur.",
              [("Nous ne lèverons pas le camp avant lundi.", "statement", "Paul Le Bris"),
               ("Nous avons des vivres pour une semaine entière", "statement", "Paul Le Bris")],
              "round12"),
    # the full stop outside the marks
    QuoteCase("fr", "Les pêcheurs bloquent le port.\n\n« Nous ne lèverons pas le camp avant"
              " lundi ». « Nous avons des vivres pour une semaine entière », raconte Anne Roy.",
              [("Nous ne lèverons pas le camp avant lundi", "statement", "Anne Roy"),
               ("Nous avons des vivres pour une semaine entière", "statement", "Anne Roy")],
              "round12"),
    QuoteCase("en", 'The port is blocked.\n\n"We will not leave before Monday." "We have food'
              ' for a whole week," said Tom Price, a fisherman.',
              [("We will not leave before Monday.", "statement", "Tom Price"),
               ("We have food for a whole week", "statement", "Tom Price")],
              "round12"),
    # inside a paragraph: the person the text is about
    QuoteCase("fr", "Les pêcheurs bloquent le port.\n\nLe maire, Paul Roux, est venu sur le quai."
              " « Nous ne lèverons pas le camp avant lundi. » « Nous avons des vivres pour une"
              " semaine entière », répond Anne Roy.",
              [("Nous ne lèverons pas le camp avant lundi.", "statement", "Paul Roux"),
               ("Nous avons des vivres pour une semaine entière", "statement", "Anne Roy")],
              "round12"),
]


# subjects._met_person: the reporter meets someone ("L'ANSA ha raggiunto X", "A reportagem
# conversou com X"), or a place holds them ("Tra il pubblico c'era X"): the sentence is about
# the person met, so a null-subject incise after it is theirs, not the medium's or the person
# quoted before. Tables meeting_verbs, narrator_words, presence_verbs (it, es, pt).
MET_PERSON: list[QuoteCase] = [
    QuoteCase("it", "«Serve più personale», ha detto l'assessore Paolo Conti. L'AGI ha raggiunto"
              " Mario Ferretti, infermiere a Pavia. «Facciamo doppi turni da mesi», racconta.",
              [("Serve più personale", "statement", "Paolo Conti"),
               ("Facciamo doppi turni da mesi", "statement", "Mario Ferretti")],
              "round12"),
    QuoteCase("it", "«La piazza resta chiusa», ha spiegato il sindaco Luca Neri. Tra i residenti"
              " c'è Anna Galli, che vive qui da trent'anni. «Nessuno ci ha avvisati», dice.",
              [("La piazza resta chiusa", "statement", "Luca Neri"),
               ("Nessuno ci ha avvisati", "statement", "Anna Galli")],
              "round12"),
    QuoteCase("es", "\"No hay dinero\", afirmó el consejero Pedro Gil. Europa Press habló con"
              " Laura Vidal, una maestra de Cuenca. \"Pagamos el material de nuestro bolsillo\","
              " contó.",
              [("No hay dinero", "statement", "Pedro Gil"),
               ("Pagamos el material de nuestro bolsillo", "statement", "Laura Vidal")],
              "round12"),
    QuoteCase("pt", "“O prazo será cumprido”, disse o secretário Marcos Pinto. A reportagem"
              " conversou com Joana Ribeiro, feirante há 20 anos. “Ninguém veio aqui explicar"
              " nada”, contou.",
              [("O prazo será cumprido", "statement", "Marcos Pinto"),
               ("Ninguém veio aqui explicar nada", "statement", "Joana Ribeiro")],
              "round12"),
    QuoteCase("pt", "«A obra avança», garantiu o presidente da junta, Rui Lopes. Entre os"
              " comerciantes estava Carlos Antunes, dono de uma tasca. «Perdi metade dos"
              " clientes», lamentou.",
              [("A obra avança", "statement", "Rui Lopes"),
               ("Perdi metade dos clientes", "statement", "Carlos Antunes")],
              "round12"),
    # a person as the subject of the meeting verb is no narrator: the sentence stays theirs
    QuoteCase("it", "Il ministro Carlo Bassi ha incontrato Giorgio Rinaldi, sindaco di Lodi."
              " «È stato un incontro utile», ha detto il ministro.",
              [("È stato un incontro utile", "statement", "Carlo Bassi")],
              "round12"),
]


@pytest.mark.parametrize("case", CHAIN_NEXT, ids=case_ids(CHAIN_NEXT))
def test_chain_next(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" .…a«»“”\"\u00a0x", max_size=12), st.integers(0, 14), st.integers(0, 14))
def test_chain_gap_reads_as_its_characters(text: str, a: int, b: int) -> None:
    # the chain's gap test reads the text in place (a paragraph's start is asked for each of
    # its quotes); it must say what a test of each character of the slice says
    assert _only_gap(text, a, b) == all(c in _CHAIN_GAP for c in text[a:b])


# A wire's place and date between dashes after the agency ("(ANSA) - ROMA, 14 NOV - …") is
# no one the text is about (round 12).
WIRE_DATELINE: list[QuoteCase] = [
    # the sentence after the dateline is about the body that opens it, whom a gerund after
    # the next sentence's comma reports (the place before it is nobody)
    QuoteCase("it", "(ANSA) - MILANO, 3 MAR - L'Autorità per l'energia ha aperto un'indagine "
              "sulle bollette. Lo ha reso noto la stessa Autorità in un comunicato, spiegando che "
              "i rincari sarebbero «del tutto ingiustificati».",
              [("del tutto ingiustificati", "fragment", "L'Autorità")],
              "round12"),
]


@pytest.mark.parametrize("case", WIRE_DATELINE, ids=case_ids(WIRE_DATELINE))
def test_wire_dateline(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@pytest.mark.parametrize("case", MET_PERSON, ids=case_ids(MET_PERSON))
def test_met_person(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
