"""The whole pipeline as one pure function: ``analyze(text) -> Brief``."""

from __future__ import annotations

import re

from newsbrief.brief import Brief
from newsbrief.document.language import detect_language
from newsbrief.document.structure import parse_document
from newsbrief.quotes.extract import extract_quotes
from newsbrief.summarize.rank import summarize

_WORD = re.compile(r"\w+")


def analyze(
    text: str,
    lang: str | None = None,
    sentences: int | None = None,
    *,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
    source: str | None = None,
) -> Brief:
    """Brief of one article.

    ``lang`` (ISO 639-1) skips detection. The summary has ``sentences`` sentences, or ``ratio``
    of the article's, or as many as fit in ``words`` (default: depends on the article's length);
    ``method`` is one of ``newsbrief.summarize.rank.METHODS``; ``source`` is echoed in the brief.
    """
    language = lang or detect_language(text)
    document = parse_document(text, language)
    report = extract_quotes(document)
    statements = [(q.start, q.end) for q in report.quotes if q.kind == "statement"]
    summary = summarize(document, sentences, ratio=ratio, words=words, method=method,
                        quote_spans=statements)
    title = document.title
    return Brief(
        source=source,
        language=language,
        date=document.date,
        title=document.span(title.start, title.end) if title else None,
        headings=tuple(document.span(h.start, h.end) for h in document.headings),
        words=len(_WORD.findall(text)),
        summary=summary.sentences,
        keywords=summary.keywords,
        quotes=report.quotes,
        speakers=report.speakers,
        people=report.people,
    )
