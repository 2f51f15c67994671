"""Sentence ranking entry point (first version: lead)."""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.summarize.document import Document
from newsbrief.summarize.model import RankedSentence, Summary

METHODS = ("default", "lead", "lexrank", "textrank")


def default_length(document: Document) -> int:
    """Summary length when the user gives none: grows slowly with the article."""
    n = sum(1 for s in document.sentences if document.is_body(s))
    return max(1, min(5, 2 + n // 15))


def summarize(
    document: Document,
    k: int | None = None,
    *,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
    quote_spans: Sequence[tuple[int, int]] = (),
) -> Summary:
    """The best body sentences, in article order: ``k`` of them, or ``ratio`` of the article,
    or as many as fit in ``words``; ``quote_spans`` are the article's quoted statements."""
    k = default_length(document) if k is None else k
    body = [s for s in document.sentences if document.is_body(s)][:k]
    picked = tuple(
        RankedSentence(document.sentence_text(s), s.index, s.start, s.end, 1.0) for s in body
    )
    return Summary(picked, (), "lead")
