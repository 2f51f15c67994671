"""What is and is not a name: where a speaker's name starts and ends (headings, adverbs,
participles, elisions, honorifics, particles), and names apposed to roles.

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

from newsbrief.document.structure import parse_document
from newsbrief.document.tokens import tokenize
from newsbrief.quotes.extract import extract_quotes
from newsbrief.quotes.people import name_at
from newsbrief.quotes.phrases import candidate

# Where a speaker's name starts and ends.
NAME_BOUNDARIES: list[QuoteCase] = [
    # a missing space after a full stop does not glue two sentences into a name
    QuoteCase("de", "„Das ist gut“, sagte die Ministerin.Der Sprecher schwieg.",
              [("Das ist gut", "statement", "die Ministerin")],
              "round3"),
    # a name before a role compound qualifies the role
    QuoteCase("de", "Human Rights Watch-Sprecher Tom Malin sagte: „Das ist ein Skandal.“",
              [("Das ist ein Skandal.", "statement", "Tom Malin")],
              "round3"),
    # a surname that ends like a noun, before its verb
    QuoteCase("de", "Hartling sagte: „Die Beweise reichen nicht aus.“",
              [("Die Beweise reichen nicht aus.", "statement", "Hartling")],
              "round3"),
    # a name after role words that follow an organisation's name
    QuoteCase("en", 'The probe landed on Monday. "We will find life within a decade," NASA chief'
              " scientist Ellen Stofan said.",
              [("We will find life within a decade", "statement", "Ellen Stofan")],
              "round3"),
    # a participle opening a sentence is not part of a name; Don is a first name
    QuoteCase("en", "Don Parker wrote the song in 1971. Watching Parker sing it, the crowd"
              ' cheered. "Nobody cared," Parker recalled.',
              [("Nobody cared", "statement", "Don Parker")],
              "round3"),
    # a descriptor compound is not part of a name
    QuoteCase("en", "Grandmother-of-three Pat Ingles is 67. 'I really enjoy myself,' she admitted.",
              [("I really enjoy myself", "statement", "Pat Ingles")],
              "round3"),
    # no speaker ends with an elided article (round 5: "Pastor" is a name)
    QuoteCase("fr", "Ana Pastor est journaliste. Pastor l'avait annoncé sur le réseau social : «"
              " J'ai été licenciée. »",
              [("J'ai été licenciée.", "statement", "Ana Pastor")],
              "round3"),
    # "zu" joins a name only after a first name (Karl-Theodor zu Guttenberg), not "X zu Y"
    QuoteCase("de", "Im Streit soll Anelka zu Domenech gesagt haben: „Geh weg.“",
              [("Geh weg.", "statement", "Anelka")],
              "round4"),
    QuoteCase("de", "„Wir bleiben“, sagte Karl-Theodor zu Guttenberg.",
              [("Wir bleiben", "statement", "Karl-Theodor zu Guttenberg")],
              "round4"),
    # a capitalised word after "a native" describes the person; it is not their name
    QuoteCase("en", "Having moved twice, Ray Dunn, a native New Yorker, became what he called the"
              ' "voice of a lost generation."',
              [("voice of a lost generation.", "fragment", "Ray Dunn")],
              "round4"),
    # an elided article is never a name ("C'est", "L’assemblée"), and a quote inside brackets has
    # the bracket's own clause
    QuoteCase("fr", "Cependant, le maire dut faire face à une opposition mécontente (Jean Dupuis"
              " déplora un discours « truffé d’incantations ») . L’assemblée a voté.",
              [("truffé d’incantations", "fragment", "Jean Dupuis")],
              "round4"),
    # a contraction is no name ("I’ve got broad shoulders")
    QuoteCase("en", 'Gary Locke spoke after the game. I’ve said it before: "We will be back."',
              [("We will be back.", "statement", "Gary Locke")],
              "round4"),
    # a French participle that opens a sentence is not a name
    QuoteCase("fr", "Prévue dimanche à Paris, une marche vise à protester contre « la violence »"
              " dans les cortèges.",
              [("la violence", "fragment", None)],
              "round4"),
    # a heading with no full stop, then a sentence that opens on an adverb: the heading is not the
    # subject, nor is the adverb part of a name
    QuoteCase("de", "Neue Pläne Bereits im Mai hatte Bürgermeisterin Eva Kranz angekündigt: „Wir"
              " bauen die Brücke bis zum Herbst fertig.“",
              [("Wir bauen die Brücke bis zum Herbst fertig.", "statement", "Eva Kranz")],
              "round5"),
    # ... or on a capitalised article
    QuoteCase("de", "Antrag an den Landtag Der Stadtrat forderte vom Landtag, „Leerstand“ stärker"
              " zu besteuern.",
              [("Leerstand", "fragment", "Der Stadtrat")],
              "round5"),
    # a quoted sentence closes the sentence before the next lead-in: its last words are no name for
    # the speech verb after it
    QuoteCase("de", "Sie demonstrierten unter dem Motto „20 Jahre Autobahn sind 20 Jahre zuviel!"
              " Schnellstraße Stoppen!“ Verkehrsminister Peter Graf sagte, die Kritik müsse"
              " hingenommen werden, die Straße sei aber für die Mehrheit „ein gutes Projekt“.",
              [("20 Jahre Autobahn sind 20 Jahre zuviel! Schnellstraße Stoppen!", "other", None),
               ("ein gutes Projekt", "fragment", "Peter Graf")],
              "round5"),
    # a capitalised modal verb at the head of a sentence is not a name
    QuoteCase("de", "Sollten die Gespräche scheitern, drohe ein „harter Winter“, hieß es.",
              [("harter Winter", "fragment", None)],
              "round5"),
    # another language's role noun is a surname here (German "Pastor", "Herzog")
    QuoteCase("fr", "« Je suis là », leur répondit Ana Pastor.",
              [("Je suis là", "statement", "Ana Pastor")],
              "round5"),
    # A source keeps no preposition before its elided article.
    QuoteCase("fr", "Ces actes sont des représailles de l'organisation islamique, qui affirme «"
              " agir au nom de Dieu ».",
              [("agir au nom de Dieu", "fragment", "l'organisation islamique")],
              "round6"),
    # a preposition with its article ends the speaker (ai giornalisti)
    QuoteCase("it", "«Nessun rinvio», ha detto il sindaco ai giornalisti davanti al municipio.",
              [("Nessun rinvio", "statement", "il sindaco")],
              "round7"),
    # a clitic object pronoun ends the subject (les pidió)
    QuoteCase("es", "El seleccionador les pidió «cabeza fría» antes del partido.",
              [("cabeza fría", "fragment", "El seleccionador")],
              "round7"),
    # a common first name is a name even where it ends like a German noun (Dennis: -nis)
    QuoteCase("de", "Der Abend war lang. „Wir sind zufrieden“, sagte Dennis Vogt.",
              [("Wir sind zufrieden", "statement", "Dennis Vogt")],
              "round10"),
]


@pytest.mark.parametrize("case", NAME_BOUNDARIES, ids=case_ids(NAME_BOUNDARIES))
def test_name_boundaries(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# The party or body of a role, between the role noun and the name (an acronym, or a name with
# its own article before a complement), is no part of the name (round 12, fr-dev).
PARTY_OF_THE_ROLE: list[QuoteCase] = [
    QuoteCase("fr", "« Nous voterons contre », a affirmé le député LR Paul Mercadier.",
              [("Nous voterons contre", "statement", "Paul Mercadier")], "round12"),
    QuoteCase("fr", "La sénatrice PS Anne Vigier a prévenu : « Le texte ne passera pas ».",
              [("Le texte ne passera pas", "statement", "Anne Vigier")], "round12"),
    QuoteCase("fr", "« Rien n'est réglé », a écrit la députée LREM de la Drôme, Claire Abadie.",
              [("Rien n'est réglé", "statement", "Claire Abadie")], "round12"),
    QuoteCase("fr", "« C'est un recul », s'est indigné un autre élu EELV, Marc Tissier.",
              [("C'est un recul", "statement", "Marc Tissier")], "round12"),
    QuoteCase("fr", "« Le budget est tenu », estime le président Les Républicains du "
              "département, Jean Morvan.",
              [("Le budget est tenu", "statement", "Jean Morvan")], "round12"),
    # a surname with its own article stays a name
    QuoteCase("fr", "« Nous tiendrons les délais », a dit le ministre La Tour, invité de la "
              "radio.",
              [("Nous tiendrons les délais", "statement", "La Tour")], "round12"),
]


@pytest.mark.parametrize("case", PARTY_OF_THE_ROLE, ids=case_ids(PARTY_OF_THE_ROLE))
def test_party_of_the_role(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A name apposed to a role (after a long role phrase, an honorific, an acronym, a possessive;
# without its closing comma) is the speaker.
APPOSED_NAME: list[QuoteCase] = [
    # a name apposed after a long role phrase with an honorific
    QuoteCase("fr", "Le tribunal a rendu sa décision. La procureure de la Cour pénale"
              " internationale, Mme Aline Roux, a déclaré : « Mon message est clair. »",
              [("Mon message est clair.", "statement", "Aline Roux")],
              "round3"),
    # "Her granddaughter, Paris, 20, said:" - a possessive before a noun is a determiner, and the
    # person is the one named in apposition, not whom "her" refers to
    QuoteCase("en", "Pat Ingles, 70, loves to party. Her granddaughter, Paris, 20, said: 'She"
              " stays out till 1am.'",
              [("She stays out till 1am.", "statement", "Paris")],
              "round4"),
    QuoteCase("en", 'Her husband, Richard Ratcliffe, said the appeal was held in "secret".',
              [("secret", "fragment", "Richard Ratcliffe")],
              "round4"),
    # the apposed name after a role with an acronym in brackets, or with its own article
    QuoteCase("fr", "« Les prix vont baisser », explique le président de l'Union des industries"
              " pétrolières (Ufip), Jean Louis Martin.",
              [("Les prix vont baisser", "statement", "Jean Louis Martin")],
              "round5"),
    # a name apposed to a role without its closing comma; the next quote continues that person
    QuoteCase("de", "„Das ist gut“, sagte Anna Weber. Als „verpasste Chance“ beurteilte der"
              " parlamentarische Geschäftsführer der Fraktion der Grünen, Volker Beck das"
              " Ergebnis. „Die Partei ist zurückgefallen.“",
              [("Das ist gut", "statement", "Anna Weber"),
               ("verpasste Chance", "fragment", "Volker Beck"),
               ("Die Partei ist zurückgefallen.", "statement", "Volker Beck")],
              "round6"),
    # a role whose complement names a body ("du groupe Renaissance", "du bar Le Mascaret"),
    # then the person set off by commas: the person is the apposed name (round 12)
    QuoteCase("fr", "« Nous verrons », a dit le ministre, Paul Roux.\n\nLa présidente du groupe"
              " Horizons, Lucie Marchand, a défendu le texte sur France Info. « Il n'y a pas de"
              " fracture dans la majorité. »",
              [("Nous verrons", "statement", "Paul Roux"),
               ("Il n'y a pas de fracture dans la majorité.", "statement", "Lucie Marchand")],
              "round12"),
    QuoteCase("es", "«Lo veremos», dijo el alcalde, Luis Prado.\n\nEl dueño del bar El Puerto,"
              " Andrés Gil, cerró la persiana a mediodía. «Hemos perdido toda la mercancía.»",
              [("Lo veremos", "statement", "Luis Prado"),
               ("Hemos perdido toda la mercancía.", "statement", "Andrés Gil")],
              "round12"),
]


@pytest.mark.parametrize("case", APPOSED_NAME, ids=case_ids(APPOSED_NAME))
def test_apposed_name(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected

def test_a_german_noun_after_an_article_does_not_start_a_name() -> None:
    text = ("Kritik übte Grünen-Chef Tim Lenz am Kurs der Regierung und das Pontifikat"
            " Benedikt XVI. Der Papst sagte: „Ich bin müde.“")
    report = extract_quotes(parse_document(text, "de"))
    names = [p.name for p in report.people]
    assert "Benedikt XVI" in names
    assert not any(n.startswith("Pontifikat") for n in names)

@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "C'est la fin."), ("fr", "L’assemblée a voté."), ("fr", "J'ai dit non."),
    ("fr", "Actuellement Santé publique France compte."), ("fr", "Celle-ci note une hausse."),
    ("en", "Initially Student Finance refused."), ("fr", "Covid-19 France est partout."),
    ("fr", "Seule la Haute-Corse résiste."), ("fr", "MM. Martin et Durand ont dit non."),
    # (round 11) an Italian preposition elided before a common noun ("All'uscita dall'aula
    # Rossi ha parlato"): a lower-case word after the apostrophe is no name
    ("it", "All'uscita dall'aula Rossi ha parlato."), ("it", "Nell'ambito del piano ha detto."),
    # (round 11, fr-dev) a French adverb or quantifier opening the sentence is no name
    ("fr", "Beaucoup de questions restent ouvertes."), ("fr", "Surtout, le maire a parlé."),
    ("fr", "Peu de gens le savent."), ("fr", "Souvent Marie Dupin répondait."),
])
def test_elisions_adverbs_pronouns_and_codes_are_no_names(lang: str, text: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert name_at(toks, 0, lang) == 0


def test_an_italian_surname_with_an_apostrophe_is_a_name() -> None:
    # (round 11) a capital after the apostrophe: the elision belongs to the surname
    text = "Dell'Orto ha parlato."
    assert name_at(tokenize(text, 0, len(text)), 0, "it") == 1

@pytest.mark.parametrize("text", [
    "Beim Einsatz biss der Mann einen Polizisten und schrie: „Lasst mich los!“",
    "Seit Jahren kämpft der Verein um den Platz.",
    "Während Stunden wartete die Menge vor dem Tor.",
    "Wegen Bauarbeiten bleibt die Brücke gesperrt.",
])
def test_a_german_preposition_opening_a_sentence_opens_no_name(text: str) -> None:
    # (issue 16) "Beim Einsatz", "Seit Jahren": two capitals at the head of a sentence, a
    # preposition and its noun - no person, and never the speaker of a quote
    toks = tokenize(text, 0, len(text))
    assert name_at(toks, 0, "de") == 0
    report = extract_quotes(parse_document(text, "de"))
    assert not any(p.name.startswith(toks[0].text) for p in report.people)
    assert all(q.speaker is None or not q.speaker.startswith(toks[0].text)
               for q in report.quotes)


@pytest.mark.parametrize(("text", "word"), [
    ("Der Verband sieht darin ein Friedensrisiko für alle.", "Friedensrisiko"),
    ("Sie suchten einen Ausweg aus der Lage.", "Ausweg"),
])
def test_a_german_noun_after_an_indefinite_article_is_no_name(text: str, word: str) -> None:
    toks = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.text == word)
    assert name_at(toks, i, "de") == i

def test_a_noun_after_its_preposition_is_no_speaker_before_a_verb() -> None:
    # "Seidling sagte:" - a surname that ends like a noun may stand before its verb, but not a
    # noun after its preposition ("um Unterstützung gebeten")
    text = "Angesichts der Schäden hat das Land die Nachbarn um Unterstützung gebeten."
    toks = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.text == "Unterstützung")
    assert not candidate(toks, i, text, "de")
    text = "Seidling sagte, es reiche."
    toks = tokenize(text, 0, len(text))
    assert candidate(toks, 0, text, "de")

@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Elle était connue pour « sa prise de bec avec la secrétaire générale du PP », écrit"
     " notamment le quotidien El Punt Avui.", "El Punt Avui"),
    ("de", "Der Minister sei „völlig überfordert“, schrieb die Zeitung Die Welt.", "Die Welt"),
])
def test_a_paper_named_with_its_own_article_after_a_media_noun(lang: str, text: str,
                                                               speaker: str) -> None:
    assert [q[2] for q in read_quotes(text, lang)] == [speaker]


# A body's head noun and its link open the body's name: "The Ministry of Justice" is the
# ministry, not a person called Justice (a role before a name stays a role: "the minister of",
# and so does a body's role: "Council leader Eleri Prosser" is Eleri Prosser).
BODY_NAMES: list[QuoteCase] = [
    QuoteCase("en", 'The jail was praised. The Ministry of Health said it was "a good start".',
              [("a good start", "fragment", "Ministry of Health")], "issue16"),
    QuoteCase("en", 'Schools must change. The Department for Transport said the rule would'
              ' "cut delays".', [("cut delays", "fragment", "Department for Transport")],
              "issue16"),
    QuoteCase("en", 'Rates will rise. Council leader Ann Hale said the rise was "unavoidable".',
              [("unavoidable", "fragment", "Ann Hale")], "issue16"),
    # round 11 (trait linked_body_names): capitals joined by "of"/"for" after a body's head
    # noun are one name, however many links ("the Bank of" is no role, "England" no speaker)
    QuoteCase("en", 'Prices fell again. The Bank of Wales said the fall was "only a pause".',
              [("only a pause", "fragment", "Bank of Wales")], "round11"),
    QuoteCase("en", 'Shops are closing. The Federation of Village Traders called the figures'
              ' "grim".', [("grim", "fragment", "Federation of Village Traders")], "round11"),
    QuoteCase("en", 'Fees went up. The Department for the Interior said it was "reviewing the'
              ' cost".', [("reviewing the cost", "fragment", "Department for the Interior")],
              "round11"),
    QuoteCase("en", 'Nests were lost. The Royal Society for the Care of Owls said: "This is a'
              ' disaster for the birds."',
              [("This is a disaster for the birds.", "statement",
                "Royal Society for the Care of Owls")], "round11"),
    # a role and its preposition before the body: the role speaks for the body
    QuoteCase("en", 'Markets rallied. A spokesman for the Bank of Wales said: "We are watching'
              ' closely."', [("We are watching closely.", "statement", "Bank of Wales")],
              "round11"),
    # a person's full name before "of" is the person; the body after it is where they work
    QuoteCase("en", 'The odds moved. Peter Hollis of Sandgate Bets said the price was'
              ' "tumbling".', [("tumbling", "fragment", "Peter Hollis")], "round11"),
    # a role noun ends the body's name: the person named after it speaks
    QuoteCase("en", 'Rates held. Bank of Wales Governor Ruth Ellis said: "We can wait."',
              [("We can wait.", "statement", "Ruth Ellis")], "round11"),
    # a plural possessive before a role noun or a source head belongs to the phrase
    QuoteCase("en", "Fees will rise. The residents' association called the rise 'a scandal'.",
              [("a scandal", "fragment", "The residents' association")], "round11"),
    # a title before "of" is a role, not a body ("the Mayor of Cardiff")
    QuoteCase("en", 'The vote passed. The Mayor of Cardiff, Tom Rees, said: "It is a good day."',
              [("It is a good day.", "statement", "Tom Rees")], "round11"),
    # German: a source head is no person's name - with capitalised adjectives alone before it,
    # they and the head are the body's name ("des Auswärtigen Amtes", not a person "Amtes");
    # after a role and its genitive, the name apposed after the comma speaks
    QuoteCase("de", "Die Krankheit gilt nach Angaben des Auswärtigen Amtes als „sehr"
              " ansteckend“.",
              [("sehr ansteckend", "fragment", "Auswärtigen Amtes")], "round11"),
    QuoteCase("de", "Die Lage bleibt ernst. Das Statistische Landesamt nannte die Zahlen"
              " „alarmierend“.",
              [("alarmierend", "fragment", "Das Statistische Landesamt")], "round11"),
    QuoteCase("de", "Die Anklage wiegt schwer. Laut dem Chefankläger des Europäischen Gerichts,"
              " Karl Brenner, war der Angriff „von großer Brutalität“.",
              [("von großer Brutalität", "fragment", "Karl Brenner")], "round11"),
]


@pytest.mark.parametrize("case", BODY_NAMES, ids=case_ids(BODY_NAMES))
def test_body_names(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
