"""Data model of the summarize package."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RankedSentence:
    """A summary sentence: its text, index in ``Document.sentences``, offsets and score."""

    text: str
    sentence: int
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Summary:
    """The selected sentences in article order, the method that chose them, and key terms."""

    sentences: tuple[RankedSentence, ...]
    keywords: tuple[str, ...]
    method: str
