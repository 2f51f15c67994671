"""Second-round attribution patterns: German sources and word order, French role nouns and
appositions, object-not-subject, English comma trimming. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import read_quotes

from newsbrief.quotes.gender import agrees, entry_gender
from newsbrief.quotes.people import Entry

Case = tuple[str, str, list[tuple[str, str, str | None]]]

CASES: list[Case] = [
    # German source phrases inside the clause: laut X, nach Angaben X, X zufolge, , so X
    ("Der Plan ist laut einem Kommissionsmitglied ein „Schritt in die richtige Richtung“.", "de",
     [("Schritt in die richtige Richtung", "fragment", "einem Kommissionsmitglied")]),
    ("Die Lage wird nach Angaben der Feuerwehr Lindau „sehr ernst“ genommen.", "de",
     [("sehr ernst", "fragment", "Feuerwehr Lindau")]),
    ("Dem Gutachten zufolge ist die Brücke „nicht mehr sicher“.", "de",
     [("nicht mehr sicher", "fragment", "Gutachten")]),
    ("Der Umbau habe System, so Kerstin Albers weiter: „Das war von Anfang an geplant.“", "de",
     [("Das war von Anfang an geplant.", "statement", "Kerstin Albers")]),
    # heißt es in X / In X heißt es
    ("So heißt es in dem Rundschreiben wörtlich: „Die Frist endet am Freitag.“", "de",
     [("Die Frist endet am Freitag.", "statement", "Rundschreiben")]),
    # The genitive after a speech noun is who stated it.
    ("In der Stellungnahme des Vereins heißt es, die Pläne seien „völlig überzogen“.", "de",
     [("völlig überzogen", "fragment", "des Vereins")]),
    # role nouns and source heads (compounds too) as speakers
    ("Als Begründung sagte ein Wissenschaftler: „Die Daten sind eindeutig.“", "de",
     [("Die Daten sind eindeutig.", "statement", "ein Wissenschaftler")]),
    ("Dazu gab das bayerische Innenministerium bekannt: „Die Kontrollen werden verstärkt.“",
     "de", [("Die Kontrollen werden verstärkt.", "statement", "das bayerische Innenministerium")]),
    # subject before the verb, object after it; a leading adverb; a party in brackets
    ("Die Abgeordnete Marta Kühn nannte Berger einen „mutigen Mann“.", "de",
     [("mutigen Mann", "fragment", "Marta Kühn")]),
    ("Ähnlich äußerte sich der Landrat Peter Vogt: „Wir sind gut vorbereitet.“", "de",
     [("Wir sind gut vorbereitet.", "statement", "Peter Vogt")]),
    ("Auch die Ministerin Renate Hoff (SPD) äußerte Zweifel: „Das reicht nicht aus.“", "de",
     [("Das reicht nicht aus.", "statement", "Renate Hoff")]),
    ("Wie der Vorsitzende Richter ausführte, sei das Urteil „unumgänglich“ gewesen.", "de",
     [("unumgänglich", "fragment", "der Vorsitzende Richter")]),
    ("Die Kulturpolitikerin Sandra Wendt kritisierte den Bericht als „einseitig“.", "de",
     [("einseitig", "fragment", "Sandra Wendt")]),
    # an earlier "Nach Ansicht von X" sentence frames the quote that follows it
    ("Der Kreistag berät am Montag. Nach Ansicht von Landrat Peter Vogt ist nichts entschieden. "
     "„Es ist nur ein Entwurf.“", "de", [("Es ist nur ein Entwurf.", "statement", "Peter Vogt")]),
    # names of three capitalised words or more are not speech in German
    ("Der Verein „Freunde Alter Bahnen“ lud am Samstag zum Fest.", "de",
     [("Freunde Alter Bahnen", "other", None)]),
    # a quoted name right after "Sprecher der", or before "hatte gestern berichtet"
    ("Ein Sprecher der „Hilfe Nord“ bestätigte den Einsatz am Abend.", "de",
     [("Hilfe Nord", "other", None)]),
    ("Die „Lindauer Post“ hatte gestern berichtet, der Bürgermeister trete zurück.", "de",
     [("Lindauer Post", "other", None)]),
    # French: the object of the verb is not its subject
    ("Le maire, Paul Girard, a défendu un budget « juste et prudent ».", "fr",
     [("juste et prudent", "fragment", "Paul Girard")]),
    # French: a generic role noun goes back to the person named just before
    ("La cheffe de l'opposition, Anne Roy, a voté contre. « C'est une erreur », a affirmé l'élue.",
     "fr", [("C'est une erreur", "statement", "Anne Roy")]),
    # French: role with a complement, then the apposed name; the next pronoun follows it
    ("« Tout sera prêt », a promis l'adjoint aux sports, Karim Haddad. "
     "« Les travaux commencent lundi », a-t-il précisé.", "fr",
     [("Tout sera prêt", "statement", "Karim Haddad"),
      ("Les travaux commencent lundi", "statement", "Karim Haddad")]),
    # pronoun gender agrees with what the text shows (role form, honorific, first name)
    ("Anne Roy a salué le projet. Le préfet, Paul Durand, a pris la parole. "
     "« C'est une étape », a-t-elle dit.", "fr",
     [("C'est une étape", "statement", "Anne Roy")]),
    ("Mme Dominique Vidal a signé le décret. Le directeur, Louis Perrin, a approuvé. "
     "« Tout est prêt », a-t-elle ajouté.", "fr",
     [("Tout est prêt", "statement", "Dominique Vidal")]),
    ("Laura Bennett opened the session. The mayor, Peter Hale, spoke next. "
     "“We are not done,” she said.", "en",
     [("We are not done", "statement", "Laura Bennett")]),
    # a role with an elided complement before the apposed name; "chef" -> a man
    ("Le chef du groupe, Gilles Roche, s'est abstenu. « Rien n'est prêt », a dit l'élu. "
     "« On avance », a assuré la vice-présidente chargée de l'éducation, Nadia Keller. "
     "« Tout est prévu », a-t-elle ajouté.", "fr",
     [("Rien n'est prêt", "statement", "Gilles Roche"),
      ("On avance", "statement", "Nadia Keller"),
      ("Tout est prévu", "statement", "Nadia Keller")]),
    # English: the comma before the incise is not part of the quote
    ('"We are ready," said Anna Price.', "en", [("We are ready", "statement", "Anna Price")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_round2(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, lang) == expected


@pytest.mark.parametrize(("name", "role", "aliases", "lang", "gender"), [
    ("Hélène Marchal", "maire", [], "fr", "f"),
    ("Bernard Ollier", "chef de file de l'opposition", [], "fr", "m"),
    ("Samira Bouzid", "adjointe aux travaux", [], "fr", "f"),
    ("Vidal", None, ["Mme Vidal"], "fr", "f"),
    ("Perrin", "directeur", [], "fr", "m"),
    ("Kern", "Ministerin", [], "de", "f"),
    ("Berger", "Minister", [], "de", "m"),
    ("Ruiz", "directora", [], "es", "f"),
    ("Lee", "spokesman", [], "en", "m"),
    ("Maria Okafor", "president of the union", [], "en", "f"),  # English roles: no gender
    ("Dominique Martin", None, [], "fr", None),
])
def test_entry_gender(name: str, role: str | None, aliases: list[str], lang: str,
                      gender: str | None) -> None:
    assert entry_gender(Entry(name, role, aliases), lang) == gender


def test_unknown_gender_agrees_with_every_pronoun() -> None:
    e = Entry("Dominique Martin")
    assert agrees(e, "il", "fr") and agrees(e, "elle", "fr")
    assert not agrees(Entry("Paul Durand"), "elle", "fr")
    assert agrees(Entry("Paul Durand"), "sie", "de")  # German "sie" is also "they"
