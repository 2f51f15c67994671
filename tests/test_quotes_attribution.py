"""Attribution patterns, table-driven, in French, English, German, Spanish and Italian.

Each case is a short text written for these tests, the language, and the expected
(quote text, kind, speaker) triples for the quotes that are speech (``other`` quotes are listed
with speaker None).
"""

from __future__ import annotations

import pytest
from helpers import read_quotes

from newsbrief.document.structure import parse_document
from newsbrief.quotes.extract import extract_quotes

Case = tuple[str, str, list[tuple[str, str, str | None]]]

CASES: list[Case] = [
    # quote then incise
    ("«Nous ne fermerons pas l'usine», a déclaré Claire Dumont, directrice du site.", "fr",
     [("Nous ne fermerons pas l'usine", "statement", "Claire Dumont")]),
    ('"We will not close the plant," said Claire Dumont, the site director.', "en",
     [("We will not close the plant", "statement", "Claire Dumont")]),
    ("„Wir schließen das Werk nicht“, sagte Claudia Berger.", "de",
     [("Wir schließen das Werk nicht", "statement", "Claudia Berger")]),
    ("«No vamos a cerrar la fábrica», dijo Marta Ruiz.", "es",
     [("No vamos a cerrar la fábrica", "statement", "Marta Ruiz")]),
    ("«Non chiuderemo lo stabilimento», ha detto Giulia Conti.", "it",
     [("Non chiuderemo lo stabilimento", "statement", "Giulia Conti")]),
    # inverted incise with a pronoun -> previous sentence's person
    ("Marc Lefèvre a quitté la réunion vers midi. «La situation est grave», a-t-il ajouté.", "fr",
     [("La situation est grave", "statement", "Marc Lefèvre")]),
    ("Isabelle Caron ne décolère pas. «Et personne ne sera sanctionné», poursuit-elle.", "fr",
     [("Et personne ne sera sanctionné", "statement", "Isabelle Caron")]),
    ("Mark Lewis left the meeting at noon. “It's serious,” he added.", "en",
     [("It's serious", "statement", "Mark Lewis")]),
    ("Jens Krüger wirkte angespannt. „Es ist ernst“, fügte er hinzu.", "de",
     [("Es ist ernst", "statement", "Jens Krüger")]),
    # speaker before a colon
    ("Le maire, Paul Girard, a été clair : «Aucune hausse d'impôts n'est prévue.»", "fr",
     [("Aucune hausse d'impôts n'est prévue.", "statement", "Paul Girard")]),
    ("Hugh Hill, a doctor, said: “The ward is full.”", "en",
     [("The ward is full.", "statement", "Hugh Hill")]),
    ("Der Sprecher sagte: „Wir prüfen den Fall.“", "de",
     [("Wir prüfen den Fall.", "statement", "Der Sprecher")]),
    # incise inside the quote
    ("«Ce projet, explique Sophie Martin, n'a jamais été une priorité.»", "fr",
     [("Ce projet", "statement", "Sophie Martin"),
      ("n'a jamais été une priorité.", "statement", "Sophie Martin")]),
    ("“This project,” Sophie Martin explained, “was never a priority.”", "en",
     [("This project", "statement", "Sophie Martin"),
      ("was never a priority.", "statement", "Sophie Martin")]),
    # selon / according to / laut / según / secondo
    ("Nadia Benali a rejeté le texte. «Le calendrier est intenable», selon elle.", "fr",
     [("Le calendrier est intenable", "statement", "Nadia Benali")]),
    ("According to Tom Baxter, the plan is “a disaster for shops”.", "en",
     [("a disaster for shops", "fragment", "Tom Baxter")]),
    ("»Das ist ein Fehler«, so der Bürgermeister.", "de",
     [("Das ist ein Fehler", "statement", "der Bürgermeister")]),
    ("Según Luis Navarro, la huelga es «irresponsable».", "es",
     [("irresponsable", "fragment", "Luis Navarro")]),
    ("Secondo Paola Ferri, la riforma è «necessaria».", "it",
     [("necessaria", "fragment", "Paola Ferri")]),
    # role noun resolved to the person named just before
    ("Jean Morel, président du syndicat, a rencontré la direction mardi. "
     "«Les négociations reprendront lundi», a précisé le syndicaliste.", "fr",
     [("Les négociations reprendront lundi", "statement", "Jean Morel")]),
    # title or apposition introducing the speaker
    ("«Nous sommes prêts», a assuré l'entraîneur Marc Blanc.", "fr",
     [("Nous sommes prêts", "statement", "Marc Blanc")]),
    ("«No vamos a ceder», afirmó la directora, Marta Ruiz.", "es",
     [("No vamos a ceder", "statement", "Marta Ruiz")]),
    # anonymous and collective sources stay labels
    ("«Tout le monde savait», confie un cadre de l'entreprise sous couvert d'anonymat.", "fr",
     [("Tout le monde savait", "statement", "un cadre de l'entreprise")]),
    ('"Everybody knew," said a senior official who spoke on condition of anonymity.', "en",
     [("Everybody knew", "statement", "a senior official")]),
    ("«Nous n'avons pas été consultés», regrettent les habitants du quartier.", "fr",
     [("Nous n'avons pas été consultés", "statement", "les habitants du quartier")]),
    # fragment inside reported speech
    ("Le procureur a évoqué des faits « d'une extrême gravité ».", "fr",
     [("d'une extrême gravité", "fragment", "Le procureur")]),
    ("The prosecutor described the facts as “extremely serious”.", "en",
     [("extremely serious", "fragment", "The prosecutor")]),
    # quote with no attribution continues the previous speaker; none at all -> None
    ("Claire Dumont a déclaré : «Nous avons reçu trois offres.»\n\n"
     "«Aucune ne garantit l'emploi de tous les salariés.»", "fr",
     [("Nous avons reçu trois offres.", "statement", "Claire Dumont"),
      ("Aucune ne garantit l'emploi de tous les salariés.", "statement", "Claire Dumont")]),
    ("«Rien ne va plus dans cette ville depuis des années.»", "fr",
     [("Rien ne va plus dans cette ville depuis des années.", "statement", None)]),
    # titles, names and scare quotes are never speech
    ("Le film « Les Jours heureux » sort mercredi dans deux cents salles.", "fr",
     [("Les Jours heureux", "other", None)]),
    ("La ville défend son projet de « ville du quart d'heure » depuis 2021.", "fr",
     [("ville du quart d'heure", "other", None)]),
    ("The book “War and Peace” was reprinted.", "en", [("War and Peace", "other", None)]),
    # real-text variants: no comma before the incise, inversion right after the mark,
    # adverb inside the incise, an initial, an apposition before the verb
    ("« Nous verrons bien » a déclaré Oumar Maïga, l'un des responsables.", "fr",
     [("Nous verrons bien", "statement", "Oumar Maïga")]),
    ("« On peut mourir tranquille ! » avait-il lancé après le match. Il riait.", "fr",
     [("On peut mourir tranquille !", "statement", None)]),
    ("« Tout à fait », répondit alors son complice.", "fr",
     [("Tout à fait", "statement", "son complice")]),
    ("« Rien n'est sûr » a indiqué V. Sapounov.", "fr",
     [("Rien n'est sûr", "statement", "V. Sapounov")]),
    ("Barroso, le président de la Commission, se dit « particulièrement rassuré ».", "fr",
     [("particulièrement rassuré", "fragment", "Barroso")]),
    # the quote after "Pour X," is the whole main clause: a statement
    ("Mais pour Obama, « le problème est ailleurs ».", "fr",
     [("le problème est ailleurs", "statement", "Obama")]),
    # dialogue dash
    ("—Está todo listo —dijo el entrenador.", "es",
     [("Está todo listo", "statement", "el entrenador")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_attribution(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, lang) == expected


def test_pronoun_prefers_previous_speaker_over_a_name_in_a_heading() -> None:
    text = (
        "Sommet à Pékin\n\n"
        "Xi Jinping a reçu son homologue. \"Nos relations sont solides\", a déclaré le "
        "président chinois.\n\n"
        "Une coopération, facteur de stabilité pour Vladimir Poutine\n\n"
        "\"Nous continuerons ensemble\", a-t-il ajouté.\n\nFin."
    )
    report = extract_quotes(parse_document(text, "fr"))
    speech = [q for q in report.quotes if q.kind != "other"]
    assert [q.speaker for q in speech] == ["Xi Jinping", "Xi Jinping"]
    xi = next(s for s in report.speakers if s.name == "Xi Jinping")
    assert "le président chinois" in xi.aliases and xi.role == "président chinois"


def test_heading_quote_is_other_and_headings_never_speak() -> None:
    text = "Titre\n\n\"Partenariat sans limites\"\n\nLe texte parle du \"partenariat\".\n\nFin."
    report = extract_quotes(parse_document(text, "fr"))
    assert report.quotes[0].kind == "other" and report.quotes[0].speaker is None
    assert all("Partenariat" not in s.name for s in report.speakers)
