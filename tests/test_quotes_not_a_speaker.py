"""A speaker is a person, an organisation or a group, a description of a person, a medium or a
document: stage 5 (``quotes/speakers.py``) leaves a quote unattributed rather than give it to a
time, a pronoun or a label of the page, and trims a speaker phrase cut short.

Sentences written for these tests (origin ``issue16``: the patterns of issue 16's "a speaker
that is not a speaker", found on OrangeSum dev, the CNN/DM and XSum dev splits, de-wikinews
train and our own Spanish and Portuguese texts)."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, read_quotes

from newsbrief.quotes.speakers import checked_speaker

NOT_A_SPEAKER: list[QuoteCase] = [
    # a date after the verb of an incise is no subject
    QuoteCase("fr", "Le conseil a voté. « Le projet avance bien », a indiqué le 12 mars.",
              [("Le projet avance bien", "statement", None)], "issue16"),
    # a demonstrative pronoun opening a relative clause names no one by itself
    QuoteCase("fr", "Le maire a parlé. Celui qui dirige la ville a dit : « Rien ne changera ici. »",
              [("Rien ne changera ici.", "statement", None)], "issue16"),
    # (round 11, fr-dev) an adverb opening the sentence before a comma is no name apposed to
    # the subject after it: the subject speaks
    QuoteCase("fr", "Le maire, Paul Ribot, a présenté son budget. Surtout, l'élu a promis « une"
              " baisse des impôts locaux ».",
              [("une baisse des impôts locaux", "fragment", "Paul Ribot")], "round11"),
    QuoteCase("fr", "Souvent, la directrice a rappelé que « la sécurité passe avant tout ».",
              [("la sécurité passe avant tout", "fragment", "la directrice")], "round11"),
]

CUT_SHORT: list[QuoteCase] = [
    # a speaker cut before "ans" loses its link and number
    QuoteCase("fr", "La réunion a eu lieu. « Nous ne lâcherons rien », a lancé le militant de 52"
              " ans.", [("Nous ne lâcherons rien", "statement", "le militant")], "issue16"),
    QuoteCase("es", "El club perdió. «Seguiremos luchando», dijo el entrenador de 45.",
              [("Seguiremos luchando", "statement", "el entrenador")], "issue16"),
    # a negation that belongs to the next verb
    QuoteCase("pt", "O clube perdeu. « Vamos continuar a trabalhar », disse o treinador não muito"
              " satisfeito.", [("Vamos continuar a trabalhar", "statement", "o treinador")],
              "issue16"),
    # a page label glued to the name it introduces
    QuoteCase("en", 'Follow Anna Price on Twitter. "We will be back," she said.',
              [("We will be back", "statement", "Anna Price")], "issue16"),
]


@pytest.mark.parametrize("case", NOT_A_SPEAKER, ids=case_ids(NOT_A_SPEAKER))
def test_not_a_speaker(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


@pytest.mark.parametrize("case", CUT_SHORT, ids=case_ids(CUT_SHORT))
def test_cut_short(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected


# (speaker string, language, what stage 5 makes of it)
CHECKED = [
    # times and dates: time words, articles and numbers, one of them a noun
    ("le 25 mai", "fr", None),
    ("la semaine dernière", "fr", None),
    ("this Easter", "en", None),
    ("der Moment", "de", None),
    ("el 3 de mayo", "es", None),
    ("cette dernière", "fr", "cette dernière"),  # "the latter": a person
    ("May", "en", "May"),  # a surname too
    # pronouns: quantifiers, demonstratives, a personal pronoun in lower case
    ("certains", "fr", None),
    ("Celui", "fr", None),
    ("some", "en", None),
    ("il", "fr", None),
    ("Elle", "fr", "Elle"),  # a magazine
    # page labels
    ("Follow", "en", None),
    ("Share", "en", None),
    # a phrase opening on a link word that names nothing
    ("of commerce", "en", None),
    ("von Weizsäcker", "de", "von Weizsäcker"),
    # cut short: trailing links, articles, negations, a number after a link
    ("la sœur de l'animateur de", "fr", "la sœur de l'animateur"),
    ("le député de la 6e", "fr", "le député"),
    ("a friend of", "en", "a friend"),
    ("la directiva no", "es", "la directiva"),
    ("o camisa 9", "pt", "o camisa 9"),  # a player's shirt number
    # a leading "that", or a preposition before its article
    ("that some experts", "en", "some experts"),
    ("de la maire sortante", "fr", "la maire sortante"),
    # speakers as they are
    ("la juge", "fr", "la juge"),
    ("la mujer", "es", "la mujer"),
    ("des riverains", "fr", "des riverains"),
    ("Anna Berger", "de", "Anna Berger"),
]


@pytest.mark.parametrize(("speaker", "lang", "expected"), CHECKED)
def test_checked_speaker(speaker: str, lang: str, expected: str | None) -> None:
    assert checked_speaker(speaker, lang) == expected
