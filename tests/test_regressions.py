"""Inputs from real corpora that once broke the pipeline, reduced to sentences of our own."""

from __future__ import annotations

import pytest

from newsbrief import analyze

CASES = [
    # A clause that starts after its last token (quotes/phrases.candidate, IndexError).
    ("'At least the dog was guarding the house,' said Mayor Ann Blake in a press "
     "statement, 'I cant say the same thing for this guy.'", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_no_crash_and_offsets_hold(text: str, lang: str) -> None:
    brief = analyze(text, lang=lang)
    for q in brief.quotes:
        assert text[q.start : q.end] == q.text
