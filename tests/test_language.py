"""Language identification: the function-word vote, the langdetect fallback, determinism, and
Portuguese told from Spanish and Galician."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES

from newsbrief.document import language
from newsbrief.document.language import detect_language


@pytest.mark.parametrize(
    ("name", "lang"),
    [("fr-conseil-municipal.txt", "fr"), ("en-harbour-strike.txt", "en"),
     ("de-stadtwerke.txt", "de"), ("es-metro.txt", "es"), ("it-biblioteca.txt", "it"),
     ("pt-feira-do-livro.txt", "pt")],
)
def test_samples(name: str, lang: str) -> None:
    assert detect_language((SAMPLES / name).read_text(encoding="utf-8")) == lang


_DATA = ROOT / "tests" / "data"
_PARAGRAPHS = [json.loads(line) for line in
               (_DATA / "language" / "paragraphs.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("row", _PARAGRAPHS, ids=lambda r: f"{r['variant']}:{r['text'][:30]}")
def test_portuguese_spanish_and_galician_paragraphs(row: dict[str, str]) -> None:
    # Short and long, European and Brazilian Portuguese, Spanish and Galician, of our own; a
    # Galician sentence with too little that only Galician writes may still read as Portuguese.
    got = detect_language(row["text"])
    assert got == row["lang"] or ("note" in row and got == "pt")


@pytest.mark.parametrize("path", sorted((_DATA / "quotes").glob("*/*.txt")), ids=lambda p: p.name)
def test_own_quote_articles(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == path.parent.name.split("-")[0]


def test_galician_is_gl_where_portuguese_and_spanish_words_alone_said_otherwise() -> None:
    assert detect_language("Non hai constancia de feridos, segundo Protección Civil.") == "gl"
    assert detect_language("A Xunta anunciou este luns unha nova liña de axudas.") == "gl"


def test_a_foreign_name_or_quote_does_not_change_the_language() -> None:
    assert detect_language("O Real Madrid contratou o avançado, anunciou o clube.") == "pt"
    assert detect_language("Carlos Sainz e Fernando Alonso partem da segunda fila.") == "pt"
    assert detect_language("El seleccionador, João Martins, dijo: «Não jogámos bem».") == "es"


def test_vote_decides_news_without_loading_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_: str) -> str:
        raise AssertionError("langdetect should not be needed")

    monkeypatch.setattr(language, "_langdetect", boom)
    assert detect_language((SAMPLES / "fr-conseil-municipal.txt").read_text()) == "fr"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tämä on suomenkielinen uutinen. Hallitus kokoontui tiistaina Helsingissä.", "fi"),
        ("Η κυβέρνηση συνεδρίασε την Τρίτη στην Αθήνα για τον προϋπολογισμό.", "el"),
        ("Правительство собралось во вторник в Москве, чтобы обсудить бюджет.", "ru"),
    ],
)
def test_short_or_other_languages_fall_back_to_langdetect(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_no_letters_gives_the_default() -> None:
    assert detect_language("1234 5678 !!!") == "en"
    assert detect_language("") == "en"


def test_deterministic() -> None:
    text = "Ok. Yes. Maybe."
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_short_headline_read_as_italian_by_letters_is_portuguese_or_galician() -> None:
    # langdetect reads a few words by their letters; words only Portuguese or Galician write
    # (and none of the guessed language's own function words) say otherwise.
    assert detect_language("Lula sanciona lei e veta dois artigos") == "pt"
    assert detect_language("O Concello de Vigo licita a obra da praza") == "gl"
    assert detect_language("Quando non basta il governo") == "it"
    assert detect_language("La sanità e la scuola") == "it"
