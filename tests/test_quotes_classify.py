"""Statement / fragment / other."""

from __future__ import annotations

import pytest

from newsbrief.quotes.classify import classify, looks_like_title, source_position


def _kind(text: str, quoted: str, **flags: bool) -> str:
    start = text.index(quoted)
    args = {"in_body": True, "attributed": False, "reported": False} | flags
    return classify(text, start - 1, start, start + len(quoted), lang="fr", **args)


def test_heading_quotes_are_other() -> None:
    assert _kind('"Partenariat sans limites"', "Partenariat sans limites", in_body=False) == "other"


def test_attributed_clause_is_statement_and_words_are_fragment() -> None:
    assert _kind("«Nous partons demain matin», dit-il.", "Nous partons demain matin",
                 attributed=True) == "statement"
    text = "Il a qualifié la réunion de «chaleureuse et amicale»."
    assert _kind(text, "chaleureuse et amicale", attributed=True, framed=True) == "fragment"


def test_unattributed_scare_quotes_are_other() -> None:
    assert _kind("La ville défend son «modèle».", "modèle") == "other"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [("Le film «Les Jours heureux» sort.", "Les Jours heureux"),
     ("The book “War and Peace” was reprinted.", "War and Peace")],
)
def test_titles(text: str, quoted: str) -> None:
    start = text.index(quoted)
    assert looks_like_title(text, start - 1, start, start + len(quoted))


def test_media_in_source_position() -> None:
    text = "Das sagte er laut „Spiegel“ am Montag."
    start = text.index("Spiegel")
    assert source_position(text, start - 1, start, start + 7, "de")
