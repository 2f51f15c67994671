"""German word order: the verb second (V2), split verbs and their particle, verbs that are no
speech verbs, and main clauses after a comma.

Sentences written for these tests. Each case keeps, as its last field, the round of rule work
that found it (see ``QuoteCase`` in tests/helpers.py)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

from newsbrief.document.tokens import tokenize
from newsbrief.quotes.context import speech_verb
from newsbrief.quotes.leadin import before
from newsbrief.quotes.lexicon import split_particles

# lead.v2-subject: a role or body right after the verb is its subject.
V2_SUBJECT: list[QuoteCase] = [
    # role nouns and source heads (compounds too) as speakers
    QuoteCase("de", "Als Begründung sagte ein Wissenschaftler: „Die Daten sind eindeutig.“",
              [("Die Daten sind eindeutig.", "statement", "ein Wissenschaftler")],
              "round2"),
    QuoteCase("de", "Dazu gab das bayerische Innenministerium bekannt: „Die Kontrollen werden"
              " verstärkt.“",
              [("Die Kontrollen werden verstärkt.",
                "statement", "das bayerische Innenministerium")],
              "round2"),
    # subject before the verb, object after it; a leading adverb; a party in brackets
    QuoteCase("de", "Ähnlich äußerte sich der Landrat Peter Vogt: „Wir sind gut vorbereitet.“",
              [("Wir sind gut vorbereitet.", "statement", "Peter Vogt")],
              "round2"),
    # "der" and a feminine noun after the verb is whom the speaker told (dative), not the
    # subject: the subject stands before the verb, or after that dative
    QuoteCase("de", "Die Physikerin Jana Wolff, die das Projekt leitet, erklärte der"
              " Nachrichtenagentur AFP: „Die Messungen laufen seit Mai.“",
              [("Die Messungen laufen seit Mai.", "statement", "Jana Wolff")],
              "round10"),
    QuoteCase("de", "Am Morgen sagte der regionalen Zeitung der Landrat Ulf Kern: „Die Straße"
              " bleibt gesperrt.“",
              [("Die Straße bleibt gesperrt.", "statement", "Ulf Kern")],
              "round10"),
    # object first: a thing before the verb, a person after it (the person speaks); a one-word
    # genitive name before the role is whose role it is
    QuoteCase("de", "Die Leistung der Abwehr lobte Kölns Trainer Erik Lang als „beinahe perfekt“.",
              [("beinahe perfekt", "fragment", "Erik Lang")],
              "round10"),
    QuoteCase("de", "Dazu sagte Norwegens Regierungschefin Kari Holm: „Wir helfen sofort.“",
              [("Wir helfen sofort.", "statement", "Kari Holm")],
              "round10"),
    QuoteCase("de", "Die Arbeit der Feuerwehr bezeichnete der Landrat als „vorbildlich“.",
              [("vorbildlich", "fragment", "der Landrat")],
              "round10"),
    # a prepositional phrase before the verb: the subject follows the verb, whatever its noun
    # (not a role: Eigentümer, Anwohnerin)
    QuoteCase("de", "In einer Mitteilung erklärte der Eigentümer, das Hotel stecke in einer"
              " „schwierigen Lage“.",
              [("schwierigen Lage", "fragment", "der Eigentümer")],
              "round11"),
    QuoteCase("de", "Bei der Anhörung sagte die Anwohnerin: „Der Lärm ist unerträglich.“",
              [("Der Lärm ist unerträglich.", "statement", "die Anwohnerin")],
              "round11"),
    # a guard: a body after the verb is its object ("hält das Gutachten für")
    QuoteCase("de", "Die Stadtwerke halten das Gutachten für „veraltet“.",
              [("veraltet", "fragment", "Die Stadtwerke")],
              "round10"),
]


@pytest.mark.parametrize("case", V2_SUBJECT, ids=case_ids(V2_SUBJECT))
def test_v2_subject(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A split speech verb needs its particle at the end of the clause (fügt … hinzu, stellte … fest,
# gab … bekannt); a sentence-initial adverb is not the subject.
SPLIT_VERB: list[QuoteCase] = [
    # a split verb (fügt … hinzu) and a sentence-initial adverb that is not a speaker
    QuoteCase("de", "Ergänzend fügt Krüger hinzu: „Der Haushalt ist solide.“",
              [("Der Haushalt ist solide.", "statement", "Krüger")],
              "round3"),
    # a sentence-initial participle adverb is not the subject
    QuoteCase("de", "Abschließend fügte Wendt hinzu: „Es gibt auch Hoffnung.“",
              [("Es gibt auch Hoffnung.", "statement", "Wendt")],
              "round3"),
    # "legte … fest" is not "legte … dar": no speech, so the capitalised name is not a fragment
    QuoteCase("de", "Die Behörde legte den Termin für den Start der „Columbia“ im März fest.",
              [("Columbia", "other", None)],
              "round4"),
    # "stellte … vor" (presented) is not "stellte … fest"
    QuoteCase("de", "Am Montag stellte Holm seine „schnellste Maschine aller Zeiten“ vor.",
              [("schnellste Maschine aller Zeiten", "other", None)],
              "round4"),
    # the particle at the end of the clause makes the split verb a speech verb again (a guard: the
    # old rule got these right too)
    QuoteCase("de", "Der Bürgermeister Tom Rainer stellte fest: „Die Brücke ist sicher.“",
              [("Die Brücke ist sicher.", "statement", "Tom Rainer")],
              "round4"),
    QuoteCase("de", "Dazu gab das Landratsamt bekannt: „Die Straße bleibt gesperrt.“",
              [("Die Straße bleibt gesperrt.", "statement", "das Landratsamt")],
              "round4"),
]


@pytest.mark.parametrize("case", SPLIT_VERB, ids=case_ids(SPLIT_VERB))
def test_split_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# An object after den/dem/einem, with its adjectives and its noun, is never the speaker: whom
# the speaker told ("den protestierenden Spielern"), not who spoke.
OBLIQUE_OBJECT: list[QuoteCase] = [
    # the subject is no role the tables know: the object is not taken instead; the subject
    # right after the finite modal or auxiliary in second place is (lead.v2-subject), the speech
    # participle closing the clause
    QuoteCase("de", "Der Schiedsrichter Peter Lang schwieg. So soll der Unparteiische den"
              " protestierenden Spielern gesagt haben, er habe „eindeutig ein Halten“ gesehen.",
              [("eindeutig ein Halten", "fragment", "der Unparteiische")],
              "round11"),
    QuoteCase("de", "Gestern hat die Anwohnerin den Reportern erzählt, der Lärm sei „kaum zu"
              " ertragen“.",
              [("kaum zu ertragen", "fragment", "die Anwohnerin")],
              "round11"),
    QuoteCase("de", "Gestern hat die Ministerin den versammelten Journalisten erklärt, das Gesetz"
              " sei „auf gutem Weg“.",
              [("auf gutem Weg", "fragment", "die Ministerin")],
              "round11"),
]


@pytest.mark.parametrize("case", OBLIQUE_OBJECT, ids=case_ids(OBLIQUE_OBJECT))
def test_oblique_object(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# werden, an infinitive before a modal, a participle used as an adjective, 'in Frage stellen':
# no speech verb of their own.
NOT_A_SPEECH_VERB: list[QuoteCase] = [
    # in Frage stellen: the capitalised 'Frage' is a noun, not the cue
    QuoteCase("de", "Die Finanzierung des Projekts stellte der Landrat Peter Haas ebenfalls in"
              " Frage: „Das Geld fehlt.“",
              [("Das Geld fehlt.", "statement", "Peter Haas")],
              "round3"),
    # "werden" is indicative: it does not make the sentence reported speech
    QuoteCase("de", "Die Gebäude sollen „bis auf Weiteres“ geschlossen werden.",
              [("bis auf Weiteres", "other", None)],
              "round4"),
    # an infinitive before a modal verb is no speech verb of its own ("das Urteil sprechen wollte"),
    # so the month before it is not taken for a speaker
    QuoteCase("de", "Anna Celebi vertritt die Frau. Die Verhandlung wurde unterbrochen, da der"
              " Richter das Urteil am 23. März sprechen wollte. Zu dieser Zeit ging die Anwältin"
              " noch davon aus, dass der Mann festgenommen würde, „um den Kindern den Anblick zu"
              " ersparen“.",
              [("um den Kindern den Anblick zu ersparen", "fragment", "Anna Celebi")],
              "round6"),
    # a participle between an article and the quote is an adjective, not the clause's verb
    QuoteCase("de", "Ihre Forderungen trugen die Bauern auf Plakaten vor sich her, begleitet von"
              " einem laut skandierten „Frieden schaffen ohne Waffen“.",
              [("Frieden schaffen ohne Waffen", "fragment", None)],
              "round6"),
    # melden with its particle an (anmelden, to register) says nothing
    QuoteCase("de", "Die Firma Müller meldete am Montag „Insolvenz in Eigenverwaltung“ an.",
              [("Insolvenz in Eigenverwaltung", "other", None)],
              "issue16"),
]


@pytest.mark.parametrize("case", NOT_A_SPEECH_VERB, ids=case_ids(NOT_A_SPEECH_VERB))
def test_not_a_speech_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A clause with its verb second after a comma is a main clause; a prepositional object is not
# its subject.
MAIN_CLAUSE_AFTER_A_COMMA: list[QuoteCase] = [
    # the noun phrase of "durch" is not the subject of the verb after it
    QuoteCase("de", "Wegen der Sperren durch die Polizei erklärte der Mann: „Wir gehen jetzt nach"
              " Hause.“",
              [("Wir gehen jetzt nach Hause.", "statement", None)],
              "round6"),
    # "…, die Polizei spricht von …" has its verb second: a main clause, so the event before the
    # comma is no speaker, nor is "Hunderte" a name; the role noun resolves to neither
    QuoteCase("de", "Hunderte protestierten gegen das Gipfeltreffen, die Polizei spricht von 4.000"
              " Menschen. „Dieser Kessel ist ein Skandal“, sagte der Demonstrationsleiter.",
              [("Dieser Kessel ist ein Skandal", "statement", "der Demonstrationsleiter")],
              "round6"),
    # two speakers in one sentence: a subordinate clause closed by its own speech verb right
    # after the quote is one speaker's, the main clause after the comma the other's (whose
    # "von" opens what he spoke of, not his name)
    QuoteCase("de", "Während die Kanzlerin den Plan „einen großen Wurf“ nannte, sprach der"
              " Finanzminister von „purem Chaos“.",
              [("einen großen Wurf", "fragment", "die Kanzlerin"),
               ("purem Chaos", "fragment", "der Finanzminister")],
              "issue16"),
    # two speakers in one sentence: after the comma a main clause with a named subject right
    # before its speech verb (a role and a name, "ihr Kollege" and a name, a party after it)
    QuoteCase("de", "Die Bürgermeisterin Anna Roth nannte den Neubau einen „Gewinn für die"
              " Stadt“, Stadtrat Peter Lux kritisierte die „explodierenden Kosten“.",
              [("Gewinn für die Stadt", "fragment", "Anna Roth"),
               ("explodierenden Kosten", "fragment", "Peter Lux")],
              "round10"),
    QuoteCase("de", "Der Abgeordnete Max Brandt (CDU) stimmte zu, seine Kollegin Ute Fink von"
              " der SPD sprach von einem „faulen Kompromiss“.",
              [("faulen Kompromiss", "fragment", "Ute Fink")],
              "round10"),
    # guards: a role alone after a name is its apposition, even without its closing comma
    QuoteCase("de", "Karl Weber, Sprecher des Vereins Nordlicht kommentierte den Beschluss mit"
              " den Worten: „Das war überfällig.“",
              [("Das war überfällig.", "statement", "Karl Weber")],
              "round10"),
    # a guard: with no verb closing its clause, the incise after the comma names the speaker
    QuoteCase("de", "Die Wähler hätten „ein klares Signal“ gesetzt, sagte der Kanzler.",
              [("ein klares Signal", "fragment", "der Kanzler")],
              "issue16"),
]


@pytest.mark.parametrize("case", MAIN_CLAUSE_AFTER_A_COMMA, ids=case_ids(MAIN_CLAUSE_AFTER_A_COMMA))
def test_main_clause_after_a_comma(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected

# lead.final-verb: the speech verb closes the clause after the quote; its subject opens the
# clause - a medium named in marks too.
FINAL_VERB: list[QuoteCase] = [
    QuoteCase("de", "Der Trainer steht unter Druck. Die „Nordsee-Zeitung“ hatte vor dem Spiel"
              " von einem „letzten Versuch“ geschrieben.",
              [("Nordsee-Zeitung", "other", None),
               ("letzten Versuch", "fragment", "Nordsee-Zeitung")],
              "round10"),
]


@pytest.mark.parametrize("case", FINAL_VERB, ids=case_ids(FINAL_VERB))
def test_final_verb(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# A capitalised "Ihr"/"Sein" before a role noun is a possessive article, not a pronoun: the
# role and the name after it speak.
POSSESSIVE_ARTICLE: list[QuoteCase] = [
    QuoteCase("de", "Der Verein hat Ärger mit der Stadt. Ihr Sprecher sagte: „Wir warten ab.“",
              [("Wir warten ab.", "statement", "Ihr Sprecher")],
              "round10"),
    # (a guard: with a name after the role, the name)
    QuoteCase("de", "Die Initiative will klagen.Ihr Sprecher Jan Ohm sagte: „Wir geben nicht"
              " auf.“",
              [("Wir geben nicht auf.", "statement", "Jan Ohm")],
              "round10"),
]


@pytest.mark.parametrize("case", POSSESSIVE_ARTICLE, ids=case_ids(POSSESSIVE_ARTICLE))
def test_possessive_article(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


def test_split_particles_table() -> None:
    table = split_particles()
    assert "dar" in table["legte"] and "fest" not in table["legte"]
    assert {"fest", "klar"} <= table["stellte"]
    assert "sagte" not in table  # a verb of its own, not only the stem of "zusagen"
    assert "gestand" not in table  # gestehen is a speech verb without particle

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Sie legte ihre Gründe dar, bevor sie ging.", "legte", True),
    ("Sie legte den Termin fest.", "legte", False),
    ("Er führte aus: „Es reicht.“", "führte", True),
    ("Er führte die Gruppe aus dem Saal.", "führte", False),
    ("Er sagte nichts.", "sagte", True),
])
def test_speech_verb_needs_particle_at_clause_end(text: str, word: str, expected: bool) -> None:
    tok = next(t for t in tokenize(text, 0, len(text)) if t.text == word)
    assert speech_verb(text, tok, "de") is expected

def test_a_time_adverb_between_the_speech_verb_and_its_subject() -> None:
    text = ("Im Rahmen einer Sitzung des Landtages nahm jetzt auch der Ministerpräsident des"
            " Landes, Karl Wendt (CDU), zu der Frage Stellung.")
    found = before(text, len(text), 0, "de")
    assert found is not None and found.name == "Karl Wendt"


# lead.reported-thing: a clause in the Konjunktiv I whose subject is a thing is someone's report;
# the quote goes to the reporter the reading context knows, not to the thing.
REPORTED_THING: list[QuoteCase] = [
    # a study "zeige": the minister who spoke before reports what it shows
    QuoteCase("de", "„Das ist Unsinn“, sagte die Ministerin Eva Krug. Die Beiträge stärkten die"
              " Hochschulen. Die Studie zeige in Wahrheit, „dass die Gebühren kaum abschrecken“.",
              [("Das ist Unsinn", "statement", "Eva Krug"),
               ("dass die Gebühren kaum abschrecken", "fragment", "Eva Krug")],
              "round12"),
    # duties "seien festgelegt": no speaker in the clause; the commissioner who spoke before
    QuoteCase("de", "Der Kommissar Jan Figel verwies auf die Verträge. Die Pflichten der Union"
              " seien im Vertrag klar festgelegt: „Nationales Recht darf dem Europarecht nicht"
              " widersprechen.“",
              [("Nationales Recht darf dem Europarecht nicht widersprechen.", "statement",
                "Jan Figel")],
              "round12"),
    # a body in the Konjunktiv speaks (it is someone), and so does a study in the indicative
    QuoteCase("de", "Die Regierung habe erklärt, „man werde das prüfen“.",
              [("man werde das prüfen", "statement", "Die Regierung")],
              "round12"),
    QuoteCase("de", "Die Studie zeigt, „dass die Gebühren kaum abschrecken“.",
              [("dass die Gebühren kaum abschrecken", "statement", "Studie")],
              "round12"),
]


@pytest.mark.parametrize("case", REPORTED_THING, ids=case_ids(REPORTED_THING))
def test_reported_thing(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
