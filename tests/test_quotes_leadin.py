"""The clause before a quote names its speaker: the lead-in rules (``lead.*``, the ``LEADIN``
table in quotes/leadin.py), one table per rule or family of rules.

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

# lead.source-prep: Selon X, / Pour X, / Laut X / für X / nach X: a source word opens the
# lead-in.
SOURCE_PREPOSITION: list[QuoteCase] = [
    # für + an inflected role noun (des/den Theologen) is a source
    QuoteCase("de", "Für den Theologen Paul Brandt sei das Urteil „kaum verständlich“.",
              [("kaum verständlich", "fragment", "Paul Brandt")],
              "round3"),
    # nach + a statement noun is a source
    QuoteCase("de", "Nach der Ankündigung der Ministerin soll die Reform „noch in diesem Jahr“"
              " kommen.",
              [("noch in diesem Jahr", "fragment", "der Ministerin")],
              "round3"),
    # Laut „X“: a medium in marks after a source word
    QuoteCase("de", "Laut „Reuters“ wirft die Regierung dem Nachbarland einen „gezielten Angriff“"
              " vor.",
              [("Reuters", "other", None),
               ("gezielten Angriff", "fragment", "Reuters")],
              "round3"),
    # gemäß (ß folds to ss in look-ups)
    QuoteCase("de", "Gemäß der Gewerkschaft Verdi sind die Löhne „deutlich zu niedrig“.",
              [("deutlich zu niedrig", "fragment", "Verdi")],
              "round3"),
    # "Selon X, « … »" closing the sentence: the quote is the main clause, a statement
    QuoteCase("fr", "Banques\n\nSelon la fédération des banques, Bancor, « le montant est plutôt"
              " de 700 000 euros ».",
              [("le montant est plutôt de 700 000 euros", "statement", "Bancor")],
              "round3"),
    # seitens / von Seiten X: the source in a prepositional phrase
    QuoteCase("de", "Von Seiten der Opposition hieß es: „Das ist ein schwarzer Tag.“",
              [("Das ist ein schwarzer Tag.", "statement", "der Opposition")],
              "issue16"),
    QuoteCase("de", "Seitens der Stadtwerke wurde betont: „Die Versorgung ist gesichert.“",
              [("Die Versorgung ist gesichert.", "statement", "der Stadtwerke")],
              "issue16"),
    # a quote right after the source's noun names it (a name in marks, not the source's words)
    QuoteCase("de", "Seitens der Konzerthalle „Neue Welle“ in Köln gab es keine Entscheidung.",
              [("Neue Welle", "other", None)],
              "issue16"),
    # the apposed name after a role with an acronym in brackets, or with its own article
    QuoteCase("fr", "Pour la principale association de défense des cyclistes, la Roue Libre : « Ce"
              " texte est dangereux. »",
              [("Ce texte est dangereux.", "statement", "Roue Libre")],
              "round5"),
    # a source phrase with its article contracted (stando al)
    QuoteCase("it", "Stando al sindacato dei medici, il piano è «un disastro annunciato».",
              [("un disastro annunciato", "fragment", "sindacato dei medici")],
              "round7"),
    # du côté de X, on …: the impersonal on leaves the source to X
    QuoteCase("fr", "Du côté de la fédération, on réclame un « moratoire immédiat ».",
              [("moratoire immédiat", "fragment", "la fédération")],
              "round7"),
]


@pytest.mark.parametrize("case", SOURCE_PREPOSITION, ids=case_ids(SOURCE_PREPOSITION))
def test_source_preposition(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.inner-source: a German source phrase inside the clause (laut X, nach Angaben X, X
# zufolge, nach Meinung der X, so X weiter).
INNER_SOURCE: list[QuoteCase] = [
    # German source phrases inside the clause: laut X, nach Angaben X, X zufolge, , so X
    QuoteCase("de", "Der Plan ist laut einem Kommissionsmitglied ein „Schritt in die richtige"
              " Richtung“.",
              [("Schritt in die richtige Richtung", "fragment", "einem Kommissionsmitglied")],
              "round2"),
    QuoteCase("de", "Die Lage wird nach Angaben der Feuerwehr Lindau „sehr ernst“ genommen.",
              [("sehr ernst", "fragment", "Feuerwehr Lindau")],
              "round2"),
    QuoteCase("de", "Dem Gutachten zufolge ist die Brücke „nicht mehr sicher“.",
              [("nicht mehr sicher", "fragment", "Gutachten")],
              "round2"),
    QuoteCase("de", "Der Umbau habe System, so Kerstin Albers weiter: „Das war von Anfang an"
              " geplant.“",
              [("Das war von Anfang an geplant.", "statement", "Kerstin Albers")],
              "round2"),
    # "X zufolge" names the source even after a speech verb, and it is the noun phrase right before
    # "zufolge", not the subject of the verb
    QuoteCase("de", "Im Ausschuss sagte die Ministerin einigen Abgeordneten zufolge: „Das Geld ist"
              " da.“",
              [("Das Geld ist da.", "statement", "Abgeordneten")],
              "round4"),
    QuoteCase("de", "Der Grund waren dem Gutachten zufolge „technische Mängel“ an der Pumpe.",
              [("technische Mängel", "fragment", "Gutachten")],
              "round4"),
    # "nach Meinung der X" beats the grammatical subject of a speech-like verb
    QuoteCase("de", "Das Verbot rechtfertige sich nach Meinung der Tierschutzorganisation durch"
              " die „akute Gefahr“ für die Tiere.",
              [("akute Gefahr", "fragment", "der Tierschutzorganisation")],
              "round4"),
]


@pytest.mark.parametrize("case", INNER_SOURCE, ids=case_ids(INNER_SOURCE))
def test_inner_source(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.heisst-es and statement nouns: whoever made the statement the quote is from.
HEISST_ES: list[QuoteCase] = [
    # (issue 16) an adjective after a contracted preposition, and a day's ordinal before its
    # month inside the lead-in ("am 3. Mai"), which ends no sentence
    QuoteCase("de", "Im letzten Absatz der Verfügung, die am 3. Mai zugestellt wurde, heißt es:"
              " „Die Frist endet am Freitag.“",
              [("Die Frist endet am Freitag.", "statement", "Absatz")],
              "issue16"),
    QuoteCase("de", "Die Ministerin Eva Roth sagte am 12. Dezember in Bonn: „Wir bleiben"
              " dabei.“",
              [("Wir bleiben dabei.", "statement", "Eva Roth")],
              "issue16"),
    # heißt es in X / In X heißt es
    QuoteCase("de", "So heißt es in dem Rundschreiben wörtlich: „Die Frist endet am Freitag.“",
              [("Die Frist endet am Freitag.", "statement", "Rundschreiben")],
              "round2"),
    # The genitive after a speech noun is who stated it.
    QuoteCase("de", "In der Stellungnahme des Vereins heißt es, die Pläne seien „völlig"
              " überzogen“.",
              [("völlig überzogen", "fragment", "des Vereins")],
              "round2"),
    # a statement noun with "von": who made the statement, also in a compound (Kernaussage)
    QuoteCase("de", "Die Kernaussage von Jerry Larson, dem Chef der Firma, lautete: „Wir sind sehr"
              " überrascht.“",
              [("Wir sind sehr überrascht.", "statement", "Jerry Larson")],
              "round6"),
    # heißt es auf X: the web page is the source
    QuoteCase("de", "Mit dem Preis werden Menschen geehrt, „die sich um die Freiheit verdient"
              " gemacht haben“, heißt es auf der Webseite der Stiftung.",
              [("die sich um die Freiheit verdient gemacht haben", "statement",
                "der Webseite der Stiftung")],
              "issue16"),
    # an adverb inside the attribute of the source (einer gestern verbreiteten Erklärung)
    QuoteCase("de", "Der Bischof trat zurück. „Ich habe mich nach langem Gebet entschieden“, heißt"
              " es in einer gestern verbreiteten Erklärung.",
              [("Ich habe mich nach langem Gebet entschieden", "statement",
                "einer gestern verbreiteten Erklärung")],
              "issue16"),
    # "hatte es geheißen" is "heißt es" too; the statement's maker ends before "vom Dienstag"
    QuoteCase("de", "Der Rat tagte am Montag. In einer Erklärung der Außenminister vom Dienstag"
              " hatte es geheißen: „Es gibt keine militärische Lösung.“",
              [("Es gibt keine militärische Lösung.", "statement", "der Außenminister")],
              "round6"),
]


@pytest.mark.parametrize("case", HEISST_ES, ids=case_ids(HEISST_ES))
def test_heisst_es(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.written-in: In dem Bericht ist von „…“ die Rede - a text in a prepositional phrase is the
# source when the verb names no speaker.
WRITTEN_IN: list[QuoteCase] = [
    # ist/war von „…“ die Rede (a capitalised noun inside the phrase is no verb: Schreiben)
    QuoteCase("de", "Die Firma steckt in der Krise. In einem internen Schreiben war von einem"
              " „schwierigen Umbau aller Bereiche“ die Rede.",
              [("schwierigen Umbau aller Bereiche", "fragment", "einem internen Schreiben")],
              "issue16"),
    QuoteCase("de", "Die Firma steckt in der Krise. In dem Bericht ist die Rede von „massiven"
              " Versäumnissen der Leitung“.",
              [("massiven Versäumnissen der Leitung", "fragment", "Bericht")],
              "issue16"),
    # a passive without its agent
    QuoteCase("de", "Die Firma steckt in der Krise. In einem Schreiben der Anwälte wurde die"
              " Universität auf die „Persönlichkeitsrechte“ ihres Mandanten hingewiesen.",
              [("Persönlichkeitsrechte", "fragment", "einem Schreiben der Anwälte")],
              "issue16"),
    # a text that is no source head names the source with "die Rede" (Urteilsbegründung,
    # Veröffentlichung: compounds by their last part)
    QuoteCase("de", "Das Gericht verhängte eine Geldstrafe. In der schriftlichen"
              " Urteilsbegründung ist von einer „beispiellosen Rücksichtslosigkeit“ die Rede.",
              [("beispiellosen Rücksichtslosigkeit", "fragment",
                "der schriftlichen Urteilsbegründung")],
              "round10"),
    QuoteCase("de", "Die Forscher maßen drei Jahre lang. In ihrer Veröffentlichung war von einem"
              " „deutlichen Rückgang der Insekten“ die Rede.",
              [("deutlichen Rückgang der Insekten", "fragment", "Veröffentlichung")],
              "round10"),
    # motions and drafts are texts too (Antrag, Leitantrag, Beschlussvorlage), and a relative
    # clause after the text does not hide it
    QuoteCase("de", "Der Parteitag tagte bis zum Abend. In dem Antrag, den die Jugendorganisation"
              " einbrachte, ist von einer „Wende in der Wohnungspolitik“ die Rede.",
              [("Wende in der Wohnungspolitik", "fragment", "Antrag")],
              "round11"),
    QuoteCase("de", "Der Stadtrat Jonas Reiter sprach zuerst. In der Beschlussvorlage ist von"
              " „erheblichen Mehrkosten“ die Rede.",
              [("erheblichen Mehrkosten", "fragment", "der Beschlussvorlage")],
              "round11"),
    # a guard: such a text with "stehen" lists a schedule, it says nothing
    QuoteCase("de", "Auf dem Programm der Tagung stehen Vorträge zur „Digitalen Verwaltung“.",
              [("Digitalen Verwaltung", "other", None)],
              "round10"),
    # a guard: with zitiert, the one quoted speaks, not the text
    QuoteCase("de", "In der Meldung wird Elon Musk mit den Worten zitiert: „Wir machen weiter.“",
              [("Wir machen weiter.", "statement", "Elon Musk")],
              "issue16"),
]


@pytest.mark.parametrize("case", WRITTEN_IN, ids=case_ids(WRITTEN_IN))
def test_written_in(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.medium-passive: a passive speech verb with no agent closes the clause after the quote,
# and a medium stands after in/im inside it: the medium speaks, not the passive's subject (a
# medium named in marks there is a name, not a quote).
MEDIUM_PASSIVE: list[QuoteCase] = [
    QuoteCase("de", "Der Verein stand lange in der Kritik. Er wurde gestern in der „Lindauer"
              " Zeitung“ als „reiner Selbstbedienungsladen“ bezeichnet.",
              [("Lindauer Zeitung", "other", None),
               ("reiner Selbstbedienungsladen", "fragment", "Lindauer Zeitung")],
              "issue16"),
    QuoteCase("de", "Der Auftrag war in den Medien schon als „Geschäft des Jahrzehnts“ bezeichnet"
              " worden.",
              [("Geschäft des Jahrzehnts", "fragment", "Medien")],
              "issue16"),
    QuoteCase("de", "In der Presse wurde der Entwurf als „mutlos und zu spät“ kritisiert.",
              [("mutlos und zu spät", "fragment", "der Presse")],
              "issue16"),
    # guards: an agent names the speaker; an active speech verb has a subject of its own
    QuoteCase("de", "Der Entwurf wurde in der Sitzung von der Opposition als „unsozial“"
              " kritisiert.",
              [("unsozial", "fragment", "der Opposition")],
              "issue16"),
    QuoteCase("de", "Die Abgeordnete Eva Kranz schrieb in einer Erklärung, die am Abend"
              " veröffentlicht wurde, sie wolle „allen eine Abstimmung ersparen“.",
              [("allen eine Abstimmung ersparen", "fragment", "Eva Kranz")],
              "issue16"),
]


@pytest.mark.parametrize("case", MEDIUM_PASSIVE, ids=case_ids(MEDIUM_PASSIVE))
def test_medium_passive(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.text-subject: a text as the subject of a clause with no speech verb quotes itself.
TEXT_SUBJECT: list[QuoteCase] = [
    QuoteCase("de", "Der Verein darf keine Gewinne machen. Die Satzung erlaubt nur „gemeinnützige"
              " Zwecke im Sinne des Gesetzes“.",
              [("gemeinnützige Zwecke im Sinne des Gesetzes", "fragment", "Die Satzung")],
              "issue16"),
    # the subject after the verb (So enthält das Strafgesetzbuch …)
    QuoteCase("de", "Die Staatsanwaltschaft prüft den Fall. So enthält das Strafgesetzbuch"
              " folgende Regel: „Wer durch Täuschung bewirkt, dass jemand irrt, wird bestraft.“",
              [("Wer durch Täuschung bewirkt, dass jemand irrt, wird bestraft.", "statement",
                "das Strafgesetzbuch")],
              "issue16"),
    # the text speaks, not the body or place its genitive names (a guard); a sentence adverb
    # before it
    QuoteCase("de", "Die Schützen wollen eine Frau als König. Die Satzung des Schützenvereins"
              " Oberhausen sieht dagegen nur „männliche Mitglieder ab 18 Jahren“ vor.",
              [("männliche Mitglieder ab 18 Jahren", "fragment",
                "Die Satzung des Schützenvereins Oberhausen")],
              "round10"),
    # a text quoting itself is attributed: a short quote is its words, not a title
    QuoteCase("de", "Das Baugesetz erlaubt Türme im Ortskern nur „bei besonderem Bedarf“.",
              [("bei besonderem Bedarf", "fragment", "Das Baugesetz")],
              "round10"),
    QuoteCase("de", "Schon eine alte Volksweisheit sagt: „Wer zuletzt lacht, lacht am besten.“",
              [("Wer zuletzt lacht, lacht am besten.", "statement", "eine alte Volksweisheit")],
              "round10"),
    # guards: a title stays a title; after "und" the quote belongs to the other subject
    QuoteCase("de", "Die Studie trägt den Titel „Gewalt in Berlin“.",
              [("Gewalt in Berlin", "other", None)],
              "issue16"),
    QuoteCase("de", "Der Anwalt Jan Roth kritisierte das Urteil: Das Gesetz beschränke den Handel"
              " und die Regierung betreibe eine „wirklichkeitsferne Politik“.",
              [("wirklichkeitsferne Politik", "fragment", "Jan Roth")],
              "issue16"),
]


@pytest.mark.parametrize("case", TEXT_SUBJECT, ids=case_ids(TEXT_SUBJECT))
def test_text_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.as-said-by: comme le précise X / wie X berichtet: the one after comme/wie speaks.
AS_SAID_BY: list[QuoteCase] = [
    # Wie X berichtet, …: whatever X is
    QuoteCase("de", "Wie t-online.de berichtet, sei der Trailer „deutlich länger“ als erwartet.",
              [("deutlich länger", "fragment", "t-online.de")],
              "round3"),
    # "comme le précise X": the one named after the speech verb says the quote, not the main
    # clause's subject; an acronym is the organisation whose initials it spells
    QuoteCase("fr", "L'armée française partira en 2013, comme le précise l'ambassadeur de France"
              " au Mali, Paul Durand : « Nous partirons en bon ordre. »",
              [("Nous partirons en bon ordre.", "statement", "Paul Durand")],
              "round5"),
    QuoteCase("fr", "L'ONG Veille Mondiale Humaine vient de publier un rapport. Le texte est long,"
              " comme le rappelle VMH, « la Russie a bloqué les efforts de la communauté ».",
              [("la Russie a bloqué les efforts de la communauté",
                "statement", "Veille Mondiale Humaine")],
              "round5"),
]


@pytest.mark.parametrize("case", AS_SAID_BY, ids=case_ids(AS_SAID_BY))
def test_as_said_by(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# Round 11 (trait glued_captions, English): a caption run into the next sentence with no full
# stop is cut off the lead-in at the capitalised article that opens the sentence; "told The
# Times" keeps its paper's article (a capital follows it).
GLUED_CAPTION: list[QuoteCase] = [
    QuoteCase("en", "Nobody came. Flooded: Water in a kitchen at Mill Court, where tenants say"
              " leaks went unfixed for years The tenants’ association called the flat ‘a"
              " death trap’.",
              [("a death trap", "fragment", "The tenants’ association")], "round11"),
    QuoteCase("en", "Rent rose again. Empty: A shop on the High Street in Leek, which closed in"
              " May The owners called the rise ‘unavoidable’.",
              [("unavoidable", "fragment", "The owners")], "round11"),
    QuoteCase("en", "Ann Hale told The Times the plan was 'a disaster'.",
              [("a disaster", "fragment", "Ann Hale")], "round11"),
]


@pytest.mark.parametrize("case", GLUED_CAPTION, ids=case_ids(GLUED_CAPTION))
def test_glued_caption(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.speech-aside (round 11, English): a speech incise set off by commas inside the clause
# right before the quote names the speaker, not the clause's subject.
SPEECH_ASIDE: list[QuoteCase] = [
    QuoteCase("en", 'Cyclists are, said Halden\'s Mia Borg, "the most loyal customers" and sales'
              " show it.", [("the most loyal customers", "fragment", "Mia Borg")], "round11"),
    QuoteCase("en", 'The new timetable is, Tom Reid said, "a mess from start to finish" for'
              " commuters.", [("a mess from start to finish", "fragment", "Tom Reid")], "round11"),
    # a comma stretch with no speech verb keeps the clause's own subject
    QuoteCase("en", 'Ann Hale, the head teacher, said the change was "a gamble" for the school.',
              [("a gamble", "fragment", "Ann Hale")], "round11"),
]


@pytest.mark.parametrize("case", SPEECH_ASIDE, ids=case_ids(SPEECH_ASIDE))
def test_speech_aside(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.relative, lead.relative-subject: the antecedent of the relative clause speaks.
RELATIVE_CLAUSE: list[QuoteCase] = [
    # a relative clause: the noun before the comma is the source
    QuoteCase("de", "Kritik kommt vom Mieterbund Lindau, der die Erhöhung als „unzumutbar“"
              " bezeichnet.",
              [("unzumutbar", "fragment", "Mieterbund Lindau")],
              "round3"),
    # an object relative: "den" is accusative, so the noun phrase after it is the subject
    QuoteCase("de", "Der Investor legte einen Plan vor, den der Bürgermeister als „tragfähig“"
              " bewertete.",
              [("tragfähig", "fragment", "der Bürgermeister")],
              "round12"),
    # "das"/"die" may be either case: a thing before the comma does not speak, so the name
    # after the relative pronoun is the subject
    QuoteCase("de", "Die Firma legte ein Papier vor, das Verdi als „Mogelpackung“ zurückgewiesen"
              " hatte.",
              [("Mogelpackung", "fragment", "Verdi")],
              "round12"),
    QuoteCase("de", "Der Senat beschloss eine Reform, die Henning als „überfällig“ bezeichnet"
              " hat.",
              [("überfällig", "fragment", "Henning")],
              "round12"),
    # ... but a body before the comma is the relative's antecedent, and speaks
    QuoteCase("de", "Die Bürgerinitiative, die das Projekt als „Größenwahn“ bezeichnet, sammelt"
              " Unterschriften.",
              [("Größenwahn", "fragment", "Bürgerinitiative")],
              "round12"),
    # a speech verb before the comma: what follows is what was said (indirect speech with no
    # "dass"), not a relative clause about the noun before the comma
    QuoteCase("de", "Der Geologe Paul Brenner, der nicht an der Untersuchung beteiligt war, sagte"
              " dem Westdeutschen Rundfunk, die Messungen zeigten, „dass der Hang weiter"
              " rutscht“.",
              [("dass der Hang weiter rutscht", "statement", "Paul Brenner")],
              "round12"),
    # a relative clause: the subject is the noun phrase before qui, past its apposition
    QuoteCase("fr", "L'avocat Paul Roche a raconté la scène. Il a évoqué Bernard Colin, le"
              " successeur de Paul Marin, qui lui avait rétorqué : « Je partirai quand je voudrai."
              " »",
              [("Je partirai quand je voudrai.", "statement", "Bernard Colin")],
              "round3"),
    # a dash closes the relative clause: the main verb after it has its own subject
    QuoteCase("en", "Asked about the post – created by the new chairman Tom Hale, who"
              " announced the review on Monday – Morris said: 'I would listen.'",
              [("I would listen.", "statement", "Morris")],
              "round11"),
    # a relative clause whose own verb introduces the quote: its antecedent speaks
    QuoteCase("en", "A nurse who has worked on the ward for ten years told the paper: 'We are"
              " exhausted.'",
              [("We are exhausted.", "statement", "A nurse")],
              "round11"),
]


@pytest.mark.parametrize("case", RELATIVE_CLAUSE, ids=case_ids(RELATIVE_CLAUSE))
def test_relative_clause(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.passive-agent: von X als „…“ bezeichnet.
PASSIVE_AGENT: list[QuoteCase] = [
    # a passive agent (von X als „…“ bezeichnet) is the source
    QuoteCase("de", "Das Konzept wird von Fachleuten als „Meilenstein der Stadtplanung“"
              " bezeichnet.",
              [("Meilenstein der Stadtplanung", "fragment", "Fachleuten")],
              "round3"),
    # an agent that is no name: a quantifier or an adjective before its noun, seitens, von Seiten
    QuoteCase("de", "Der Plan wird von vielen Fachleuten als „völlig unrealistisch“ bezeichnet.",
              [("völlig unrealistisch", "fragment", "vielen Fachleuten")],
              "issue16"),
    QuoteCase("de", "Von offizieller Seite wurde der Vorfall als „bedauerlicher Einzelfall“"
              " bezeichnet.",
              [("bedauerlicher Einzelfall", "fragment", "offizieller Seite")],
              "issue16"),
    QuoteCase("de", "Die Pläne wurden seitens der Opposition als „Täuschung der Wähler“"
              " kritisiert.",
              [("Täuschung der Wähler", "fragment", "der Opposition")],
              "issue16"),
    QuoteCase("de", "Die Pläne wurden von Seiten der Opposition als „Täuschung der Wähler“"
              " kritisiert.",
              [("Täuschung der Wähler", "fragment", "der Opposition")],
              "issue16"),
    # the agent after the quote of a speech verb's participle before it (jugé « … » par X)
    QuoteCase("fr", "Le plan avait été jugé « irréaliste » par la Cour des comptes en janvier.",
              [("irréaliste", "fragment", "la Cour des comptes")],
              "round7"),
    # the same with the article elided onto the agent (dall'opposizione)
    QuoteCase("it", "Il decreto era stato definito «un regalo ai furbi» dall'opposizione.",
              [("un regalo ai furbi", "fragment", "opposizione")],
              "round7"),
    # the same with a feminine participle (tildada de «…» por X)
    QuoteCase("es", "La medida fue tildada de «parche» por la patronal del sector.",
              [("parche", "fragment", "la patronal del sector")],
              "round7"),
]


@pytest.mark.parametrize("case", PASSIVE_AGENT, ids=case_ids(PASSIVE_AGENT))
def test_passive_agent(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.zitiert: the medium that quotes is not the one quoted.
ZITIERT: list[QuoteCase] = [
    # zitiert: the medium quotes, its object spoke
    QuoteCase("de", "„Wir bleiben hart“, zitiert das „Tageblatt“ den Gewerkschaftschef.",
              [("Wir bleiben hart", "statement", "den Gewerkschaftschef"),
               ("Tageblatt", "other", None)],
              "round3"),
    # passive zitiert: the subject is the person quoted
    QuoteCase("de", "Zur Lage des Vereins wird Trainer Jens Ott auf der Webseite wie folgt"
              " zitiert: „Wir müssen jetzt zusammenhalten.“",
              [("Wir müssen jetzt zusammenhalten.", "statement", "Jens Ott")],
              "round3"),
    # von der „Zeitung“ … zitiert: the medium is not speech
    QuoteCase("de", "Die Bürgerinitiative wurde von der „Abendpost“ mit den Worten zitiert: „Wir"
              " geben nicht auf.“",
              [("Abendpost", "other", None),
               ("Wir geben nicht auf.", "statement", "Bürgerinitiative")],
              "round3"),
]


@pytest.mark.parametrize("case", ZITIERT, ids=case_ids(ZITIERT))
def test_zitiert(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.coordinated: a speech verb coordinated with und shares the first clause's subject.
COORDINATED_VERB: list[QuoteCase] = [
    # a coordinated speech verb shares the first clause's subject
    QuoteCase("de", "In ihrer Rede lobte die Präsidentin Maria Heller die Helfer und nannte den"
              " Einsatz „vorbildlich“.",
              [("vorbildlich", "fragment", "Maria Heller")],
              "round3"),
    # the first clause's subject after its copula, even a lone surname (war X zuversichtlich und
    # sagte, zeigte sich X erleichtert und erklärte)
    QuoteCase("de", "Die Bürgermeisterin Lena Korte musste den Haushalt kürzen. Der Kämmerer Tim"
              " Roth legte die Zahlen vor. Trotz allem war Korte gelassen und sagte: „Wir kommen"
              " durch dieses Jahr.“",
              [("Wir kommen durch dieses Jahr.", "statement", "Lena Korte")],
              "round10"),
    QuoteCase("de", "Nach der Abstimmung zeigte sich die Ministerin Eva Brand erleichtert und"
              " erklärte: „Das Gesetz kommt.“",
              [("Das Gesetz kommt.", "statement", "Eva Brand")],
              "round10"),
    # a subordinate clause before the main clause has its own subject: not the speaker of the
    # main clause's coordinated verb (a role after the verb is; a plain noun is left unnamed
    # rather than given to the subordinate clause's subject)
    QuoteCase("de", "Als ein Passant eingriff, stieß der Sicherheitschef ihn weg und rief: „Gehen"
              " Sie zurück!“",
              [("Gehen Sie zurück!", "statement", "der Sicherheitschef")],
              "round11"),
    QuoteCase("de", "Als ein Schaffner kam, trat der Mann gegen die Tür und rief: „Lasst mich"
              " raus!“",
              [("Lasst mich raus!", "statement", None)],
              "round11"),
    # a speech verb coordinated with "und" shares the first clause's subject: the noun after it is
    # its object, never the speaker
    QuoteCase("de", "Am Abend zogen Tausende vor das Rathaus und skandierten Sprüche wie „Freiheit"
              " jetzt“.",
              [("Freiheit jetzt", "fragment", None)],
              "round4"),
]


@pytest.mark.parametrize("case", COORDINATED_VERB, ids=case_ids(COORDINATED_VERB))
def test_coordinated_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.bracketed-sentence: a sentence in brackets right after a name is that person's; a gloss
# is not.
BRACKETED_SENTENCE: list[QuoteCase] = [
    # a sentence in parentheses right after a name is that person's
    QuoteCase("de", "Viele gratulierten, so der Leiter der Behörde, Omar Saleh („Niemand verdient"
              " diese Ehre mehr.“), und andere.",
              [("Niemand verdient diese Ehre mehr.", "statement", "Omar Saleh")],
              "round4"),
    # a gloss in parentheses after a name is not that person's words
    QuoteCase("fr", 'Rencontrée à Dar El Bisklette ("la maison du vélo", en dialecte), elle'
              " sourit.",
              [("la maison du vélo", "other", None)],
              "round4"),
    QuoteCase("en", 'Many congratulated him, among them Jens Stoltenberg ("A well deserved'
              ' prize."), and others.',
              [("A well deserved prize.", "statement", "Jens Stoltenberg")],
              "round4"),
]


@pytest.mark.parametrize("case", BRACKETED_SENTENCE, ids=case_ids(BRACKETED_SENTENCE))
def test_bracketed_sentence(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.relative-object: after a relative pronoun that is the speech verb's object ("un avis
# que X qualifie de « … »"), the noun phrase before the verb is its subject, not the clause's
# first noun phrase (round 11).
RELATIVE_OBJECT: list[QuoteCase] = [
    # a body as the subject, the noun before "que" is the thing judged
    QuoteCase("fr", "Le rapport, publié mardi, a reçu un accueil que le ministère qualifie de « "
              "très encourageant ».",
              [("très encourageant", "fragment", "le ministère")],
              "round11"),
    # a person named before, by surname, an adverb and "de" between the verb and the quote
    QuoteCase("fr", "L'entraîneur Marc Olivier a reconnu la défaite. Nantes recevra Lyon, pour un "
              "match qu'Olivier juge déjà « décisif ».",
              [("décisif", "fragment", "Marc Olivier")],
              "round11"),
    # a verbless sentence: "Une hypothèse que le parquet qualifie de « … »"
    QuoteCase("fr", "Le témoin a hésité. Une hypothèse que le parquet qualifie de « sérieuse ».",
              [("sérieuse", "fragment", "le parquet")],
              "round11"),
    # Italian "che"
    QuoteCase("it", "Il piano, approvato ieri, è una riforma che il sindaco Carlo Neri definisce "
              "«storica».",
              [("storica", "fragment", "Carlo Neri")],
              "round11"),
    # a "that" clause after a speech verb or "and" is no relative: the speaker stays the main
    # clause's
    QuoteCase("pt", "A economista Ana Lima avalia que o ciclo chegou ao limite e que o governo "
              "precisa “fazer a sua parte”.",
              [("fazer a sua parte", "fragment", "Ana Lima")],
              "round11"),
]


@pytest.mark.parametrize("case", RELATIVE_OBJECT, ids=case_ids(RELATIVE_OBJECT))
def test_relative_object(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.front-subject, lead.apposed-subject, lead.determiner-body: the subject before the verb
# speaks, not the object after it.
FRONT_SUBJECT: list[QuoteCase] = [
    # subject before the verb, object after it; a leading adverb; a party in brackets
    QuoteCase("de", "Die Abgeordnete Marta Kühn nannte Berger einen „mutigen Mann“.",
              [("mutigen Mann", "fragment", "Marta Kühn")],
              "round2"),
    QuoteCase("de", "Auch die Ministerin Renate Hoff (SPD) äußerte Zweifel: „Das reicht nicht"
              " aus.“",
              [("Das reicht nicht aus.", "statement", "Renate Hoff")],
              "round2"),
    QuoteCase("de", "Wie der Vorsitzende Richter ausführte, sei das Urteil „unumgänglich“ gewesen.",
              [("unumgänglich", "fragment", "der Vorsitzende Richter")],
              "round2"),
    QuoteCase("de", "Die Kulturpolitikerin Sandra Wendt kritisierte den Bericht als „einseitig“.",
              [("einseitig", "fragment", "Sandra Wendt")],
              "round2"),
    # French: the object of the verb is not its subject
    QuoteCase("fr", "Le maire, Paul Girard, a défendu un budget « juste et prudent ».",
              [("juste et prudent", "fragment", "Paul Girard")],
              "round2"),
    # adjectives between the article and the role; the name after the verb is its object
    QuoteCase("de", "Die frühere sozialdemokratische Ministerin Eva Lorenz nannte den Plan einen"
              " „teuren Irrweg“.",
              [("teuren Irrweg", "fragment", "Eva Lorenz")],
              "round3"),
    # an article and a capitalised noun before the speech verb are its subject, whatever the noun;
    # the object after the verb is not
    QuoteCase("de", "Die Hamburger Stadtreinigung äußerte Zweifel an der Darstellung. Für eine"
              " Frist von einem Jahr sei es „rechtens“.",
              [("rechtens", "fragment", "Die Hamburger Stadtreinigung")],
              "round4"),
    # "X wies das zurück, die Sprecherin …, NAME (PARTEI), erklärte:" - the name set off by commas
    # before the verb is its subject
    QuoteCase("de", "Ministerin Eva Kurz (CDU) wies diese Behauptung zurück, die Sprecherin der"
              " Fraktion, Sandra Bode (GRÜNE), erklärte: „Neiddebatten schaden allen.“",
              [("Neiddebatten schaden allen.", "statement", "Sandra Bode")],
              "round4"),
    # an article after a plain word opens the verb's object: the subject ends before it
    QuoteCase("en", 'The club issued a statement saying "we are shocked".',
              [("we are shocked", "fragment", "The club")],
              "round4"),
    QuoteCase("fr", "Le numéro un de la CFDT s'est dit « perplexe ».",
              [("perplexe", "fragment", "Le numéro un de la CFDT")],
              "round4"),
    # a role and a name before the verb are its subject, not the person after it; the ordinal dot of
    # a regnal number ends no clause, and the role later is that person
    QuoteCase("de", "Die Regierung trauert. Königin Elisabeth bat Premierminister Key, ihre „tiefe"
              " Anteilnahme den Familien zu übermitteln“.",
              [("tiefe Anteilnahme den Familien zu übermitteln", "fragment", "Elisabeth")],
              "round6"),
    # an unnamed role or source before the verb is its subject too, not the object after it
    # (round 12); "le chef de l'État" is one role ("État" is no function word here)
    QuoteCase("fr", "« Nous verrons », a dit le ministre, Paul Roux.\n\nUn conseiller du chef de"
              " l'État évoque un budget « rééquilibré ».",
              [("Nous verrons", "statement", "Paul Roux"),
               ("rééquilibré", "fragment", "Un conseiller du chef de l'État")],
              "round12"),
    QuoteCase("fr", "« Nous verrons », a dit le ministre, Paul Roux.\n\nLe porte-parole du"
              " syndicat dénonce une réforme « inacceptable ».",
              [("Nous verrons", "statement", "Paul Roux"),
               ("inacceptable", "fragment", "Le porte-parole du syndicat")],
              "round12"),
]


@pytest.mark.parametrize("case", FRONT_SUBJECT, ids=case_ids(FRONT_SUBJECT))
def test_front_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# X called Y “…”, X a appelé Y « … », traité de « … »: the one who names speaks, not the one
# named.
NAMING_VERB: list[QuoteCase] = [
    # "X called Y “…”" gives X's words about Y (a fragment), unlike "a show called “…”"
    QuoteCase("en", 'Travolta called Scientology "brilliant" and thanked the church.',
              [("brilliant", "fragment", "Travolta")],
              "round4"),
    # a naming verb's object is the one named, not the speaker; a name with a role and its party's
    # acronym apposed is the subject
    QuoteCase("fr", "Paul Durand, le candidat des Verts à la présidentielle avait appelé Marc Roux"
              " « le bourgeois du château ». Tout comme Anne Morel, ex-députée UMP, l'avait appelé"
              " le « châtelain de la colline ». Le ministre avait traité son rival de « menteur ».",
              [("le bourgeois du château", "fragment", "Paul Durand"),
               ("châtelain de la colline", "fragment", "Anne Morel"),
               ("menteur", "fragment", "Le ministre")],
              "round5"),
]


@pytest.mark.parametrize("case", NAMING_VERB, ids=case_ids(NAMING_VERB))
def test_naming_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.colon-candidate, lead.colon-comma-stretch: what stands before a colon (never the object
# of a preposition, nor a run-in heading).
COLON_FRAME: list[QuoteCase] = [
    # an earlier colon ends the lead-in clause
    QuoteCase("de", "Auch die Kommission kritisierte das Gesetz scharf: So sagte Kommissar Olaf"
              " Brenner: „Das geht zu weit.“",
              [("Das geht zu weit.", "statement", "Olaf Brenner")],
              "round3"),
    # a capitalised word after "a native" describes the person; it is not their name
    QuoteCase("en", "In a statement Dundee vowed to support their player, saying: 'The club does"
              " not condone this.'",
              [("The club does not condone this.", "statement", "Dundee")],
              "round4"),
    # before a colon, the object of a preposition is not the speaker
    QuoteCase("en", "Reporter Anna Holt was suspended. Among the highlights, as caught on tape and"
              ' uploaded to LiveLeak: "You are in a trailer, honey."',
              [("You are in a trailer, honey.", "statement", "Anna Holt")],
              "round4"),
    # with no noun before the colon there is no speaker ("tout à coup, quelqu'un a lancé :")
    QuoteCase("fr", "Nous venions de voir des buffles quand, tout à coup, quelqu'un a lancé : «"
              " Oh, un éléphant ! »",
              [("Oh, un éléphant !", "statement", None)],
              "round4"),
    # a run-in heading before a colon is not what the sentence is about: the party is, and it is the
    # "we" of the quote that follows
    QuoteCase("de", "Verkehr: Die SPD will am Nachtzug festhalten. „Wir wollen ein Netz, auf das"
              " man sich verlassen kann.“",
              [("Wir wollen ein Netz, auf das man sich verlassen kann.", "statement", "Die SPD")],
              "round5"),
    # with no speech verb before the colon, the object of a preposition (and its genitive) is not
    # the speaker: the name after it is
    QuoteCase("de", "Karla Hartmann war Kassiererin. Jede Mitverantwortung für die Affäre im"
              " Bezirk Nord-Ost der Partei weist Hartmann von sich: „Die Verantwortung trägt der"
              " Vorsitzende.“",
              [("Die Verantwortung trägt der Vorsitzende.", "statement", "Karla Hartmann")],
              "round6"),
]


@pytest.mark.parametrize("case", COLON_FRAME, ids=case_ids(COLON_FRAME))
def test_colon_frame(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected

def test_a_gerund_after_a_comma_takes_the_main_clause_subject() -> None:
    # "…, en évoquant une « … »": not "le grand reporter" just before the comma
    assert [q[2] for q in read_quotes(
        "Le quotidien Le Figaro annonce que le journaliste aurait été tué par « un tir d'obus"
        " lancé par les rebelles, qui visaient un quartier où se trouvait » le grand reporter, en"
        " évoquant une « source proche du dossier ».", "fr")] == ["Le Figaro", "Le Figaro"]


# lead.source-prep: Según X, Y pidió «…» - a clause with its own subject and speech verb after the
# source phrase names the speaker; the source only reports.
OWN_SPEAKER_AFTER_SOURCE: list[QuoteCase] = [
    # after the source phrase, a clause with its own subject and speech verb: the subject speaks,
    # the source reports
    QuoteCase("es", "Según varios testigos, el entrenador Luis Mora les pidió «no rendirse».",
              [("no rendirse", "fragment", "Luis Mora")],
              "round7"),
    # after the source phrase, a clause with its own subject and speech verb: the subject speaks,
    # the source reports
    QuoteCase("fr", "Selon plusieurs témoins, l'arbitre Paul Mercier leur a demandé de « rester "
              "calmes ».",
              [("rester calmes", "fragment", "Paul Mercier")],
              "round7"),
]


@pytest.mark.parametrize("case", OWN_SPEAKER_AFTER_SOURCE, ids=case_ids(OWN_SPEAKER_AFTER_SOURCE))
def test_own_speaker_after_source(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.source-aside: a source phrase set off by commas right before the quote (…, en palabras de X,
# «…»).
SOURCE_ASIDE: list[QuoteCase] = [
    # a source phrase set off by commas right before the quote
    QuoteCase("es", "La nueva tasa, en palabras de Rosa Medina, «castiga a las familias».",
              [("castiga a las familias", "statement", "Rosa Medina")],
              "round7"),
    # a source phrase set off by commas right before the quote
    QuoteCase("fr", "La réforme, selon la rectrice Anne Morvan, « ne règle rien ».",
              [("ne règle rien", "fragment", "Anne Morvan")],
              "round7"),
]


@pytest.mark.parametrize("case", SOURCE_ASIDE, ids=case_ids(SOURCE_ASIDE))
def test_source_aside(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A thing whose complement names a person (la titularisation du gardien X, la panchina del
# capitano X) is the object of the lead-in's verb, never its speaker, whole or in part: the
# speaker is the subject the text is about (lead.colon-candidate, lead.inverted-subject,
# lead.verb-then-subject).
THING_OF_SOMEONE: list[QuoteCase] = [
    # Italian contracted link "del": not "Luca Riva" (the rest of the complement) either
    QuoteCase("it", "L'allenatore Fabio Neri era soddisfatto. Poi ha difeso le sue scelte, a "
              "cominciare dalla panchina del capitano Luca Riva: «Non era pronto al cento per "
              "cento».",
              [("Non era pronto al cento per cento", "statement", "Fabio Neri")],
              "issue16-heldout"),
    # Spanish verb first with its subject dropped: what follows the verb is its object
    QuoteCase("es", "El entrenador Pablo Vidal estaba tranquilo. Después defendió la suplencia "
              "del capitán Jon Arana: «No estaba al cien por cien».",
              [("No estaba al cien por cien", "statement", "Pablo Vidal")],
              "issue16-heldout"),
    # French: the pronoun before the verb is the subject, the goalkeeper is in the object
    QuoteCase("fr", "L'entraîneur Paul Morel était serein. Puis il a défendu la titularisation "
              "du gardien Marc Lenoir : « Il était prêt ».",
              [("Il était prêt", "statement", "Paul Morel")],
              "issue16-heldout"),
]


@pytest.mark.parametrize("case", THING_OF_SOMEONE, ids=case_ids(THING_OF_SOMEONE))
def test_thing_of_someone_is_no_speaker(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# "L'opposition, elle, dénonce un projet « … »": a subject pronoun set off by commas resumes the
# noun phrase before it, which is the speaker (not the pronoun's antecedent further back).
RESUMED_SUBJECT: list[QuoteCase] = [
    QuoteCase("fr", "Politique\n\n« Il faut le faire », a dit le maire, Paul Morin."
              " L'opposition, elle, dénonce un projet « d'un autre âge ».",
              [("Il faut le faire", "statement", "Paul Morin"),
               ("d'un autre âge", "fragment", "L'opposition")],
              "round9"),
    QuoteCase("fr", "Social\n\n« Il faut le faire », a dit le maire, Paul Morin. Les syndicats,"
              " eux, dénoncent un plan « brutal et injuste ».",
              [("Il faut le faire", "statement", "Paul Morin"),
               ("brutal et injuste", "fragment", "Les syndicats")],
              "round9"),
]


@pytest.mark.parametrize("case", RESUMED_SUBJECT, ids=case_ids(RESUMED_SUBJECT))
def test_resumed_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# lead.impersonal-place: a place opens the clause, then an impersonal subject and its speech verb
# (Dans l'entourage du ministre, on assure que …): the place is the source (round 10).
IMPERSONAL_PLACE: list[QuoteCase] = [
    QuoteCase("fr", "Le texte divise. Dans l'entourage de la ministre, on assure que la réforme "
              "est « sur les rails ».",
              [("sur les rails", "fragment", "l'entourage de la ministre")],
              "round10-blind"),
    QuoteCase("fr", "Le texte divise. Chez les écologistes, on a dénoncé une « manœuvre ».",
              [("manœuvre", "fragment", "les écologistes")],
              "round10-blind"),
]


@pytest.mark.parametrize("case", IMPERSONAL_PLACE, ids=case_ids(IMPERSONAL_PLACE))
def test_impersonal_place(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# Spanish verbs of view and hope frame a fragment like speech verbs ("El PP cree que … «…»",
# "se mostró confiado en que … «…»"): the clause's subject said it (round 11).
VIEW_AND_HOPE_VERBS: list[QuoteCase] = [
    QuoteCase("es", "Política\n\nEl PNV cree que la reforma fiscal llega «demasiado tarde».",
              [("demasiado tarde", "fragment", "PNV")], "round11"),
    QuoteCase("es", "Obras\n\nEl alcalde, Jaime Sanz, se mostró confiado en que el puente esté "
              "abierto «antes del verano».",
              [("antes del verano", "fragment", "Jaime Sanz")], "round11"),
]


@pytest.mark.parametrize("case", VIEW_AND_HOPE_VERBS, ids=case_ids(VIEW_AND_HOPE_VERBS))
def test_view_and_hope_verbs(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# French "parler de": to speak of something as - the quoted words are the subject's ("X parle
# d'un « … »", "a parlé d'un « … »") (round 11).
SPEAKS_OF: list[QuoteCase] = [
    QuoteCase("fr", "Le budget a été voté. Le maire de Lunel, Paul Roux, parle d'un « budget de "
              "combat ».",
              [("budget de combat", "fragment", "Paul Roux")], "round11"),
    QuoteCase("fr", "La grève s'étend. Le syndicat FO a parlé d'une « mobilisation historique ».",
              [("mobilisation historique", "fragment", "FO")], "round11"),
]


@pytest.mark.parametrize("case", SPEAKS_OF, ids=case_ids(SPEAKS_OF))
def test_speaks_of(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A lead-in sentence glued to the sentence before it, its space lost after the full stop: its
# clause starts at that stop, as if the space were there, in every language (round 12).
GLUED_SENTENCE: list[QuoteCase] = [
    QuoteCase("fr", "Le conseil municipal a voté le budget face à la crise.L'opposition, elle, a"
              " dénoncé « un budget injuste et dangereux ».",
              [("un budget injuste et dangereux", "fragment", "L'opposition")],
              "round12"),
    QuoteCase("fr", "Le conseil a voté le budget lundi soir.Le maire Paul Aubry a déclaré :"
              " « Nous tenons nos promesses. »",
              [("Nous tenons nos promesses.", "statement", "Paul Aubry")],
              "round12"),
    QuoteCase("de", "Die Messe wurde am Montag feierlich eröffnet.Anna Berger, Sprecherin des"
              " Verbands, kommentierte: „Wir sind sehr zufrieden.“",
              [("Wir sind sehr zufrieden.", "statement", "Anna Berger")],
              "round12"),
    QuoteCase("en", "The figures were published in the annual report.The minister said: \"We are"
              " on track.\"",
              [("We are on track.", "statement", "The minister")],
              "round12"),
]


@pytest.mark.parametrize("case", GLUED_SENTENCE, ids=case_ids(GLUED_SENTENCE))
def test_glued_sentence(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
