"""Lexicons: speech verbs (inflected), role nouns and source heads per language."""

from __future__ import annotations

import pytest

from newsbrief.quotes.lexicon import (
    fold,
    heads_role,
    is_cue,
    is_role,
    is_source_head,
    speech_verbs,
)


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("déclaré", "fr"), ("ajoute", "fr"), ("dit", "fr"), ("martèle", "fr"),
        ("interroge", "fr"), ("réjouit", "fr"), ("lança", "fr"), ("estimait", "fr"),
        ("said", "en"), ("added", "en"), ("says", "en"), ("told", "en"), ("quipped", "en"),
        ("sagte", "de"), ("gesagt", "de"), ("erklärte", "de"), ("betont", "de"), ("fügte", "de"),
        ("dijo", "es"), ("afirmó", "es"), ("añadió", "es"), ("aseguró", "es"),
        ("detto", "it"), ("dichiarato", "it"), ("aggiunto", "it"), ("ha", "xx"),
        ("ribattuto", "it"), ("parla", "it"), ("replica", "it"),
        # (round 11) a party's view and a stated hope: "El PP cree que …", "se mostró confiado
        # en que …"
        ("cree", "es"), ("creen", "es"), ("confiado", "es"), ("confía", "es"),
    ],
)
def test_speech_verbs(word: str, lang: str) -> None:
    if lang == "xx":
        assert not is_cue(word, lang)
    else:
        assert is_cue(word, lang)


@pytest.mark.parametrize(("word", "lang"), [
    ("usine", "fr"), ("table", "en"), ("Haus", "de"),
    # Italian "dire" has a one-letter stem: its regular endings made the preposition "di" (and
    # "de") speech verbs, so "parla di «…»" took "di" as its cue (round 10)
    ("di", "it"), ("de", "it"),
])
def test_not_speech_verbs(word: str, lang: str) -> None:
    assert not is_cue(word, lang)


def test_lexicons_are_large_and_folded() -> None:
    assert len(speech_verbs("fr")) > 1500
    assert all(v == fold(v) for v in speech_verbs("fr"))
    assert speech_verbs("xx") == frozenset()


def test_roles_and_sources() -> None:
    assert is_role("président", "fr") and is_role("Vereinschef", "de")
    assert is_role("spokesman", "en") and is_role("alcaldesa", "es")
    assert not is_role("usine", "fr")
    assert is_source_head("responsable", "fr") and is_source_head("official", "en")


def test_two_role_nouns_joined_by_a_hyphen_are_a_role() -> None:
    # "Rita Carvalhais, economista-chefe da consultora": a later "a economista" finds her.
    assert is_role("economista-chefe", "pt") and is_role("médecin-chef", "fr")
    assert not is_role("economista-fábrica", "pt") and not is_role("Jean-Pierre", "fr")


def test_a_body_named_by_a_word_of_a_role_complement_is_not_that_person() -> None:
    # "A administração explica …" after "o presidente do conselho de administração, X".
    assert not heads_role("presidente do conselho de administração", ["A", "administração"],
                          "pt")
    assert heads_role("documentaire d'Al Jazeera", ["Le", "documentaire"], "fr")
    assert heads_role("ONG", ["l'", "ONG"], "fr")
    assert heads_role("presidente da câmara", ["o", "presidente"], "pt")
