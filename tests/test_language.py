"""Language identification: the function-word vote, the langdetect fallback, determinism."""

from __future__ import annotations

import pytest
from helpers import SAMPLES

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
