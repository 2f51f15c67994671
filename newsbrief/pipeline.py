"""The whole pipeline as one pure function: ``analyze(text) -> Brief``."""

from __future__ import annotations

import re

from newsbrief.brief import Brief
from newsbrief.document.language import detect_language
from newsbrief.document.structure import parse_document
from newsbrief.quotes.extract import extract_quotes
from newsbrief.summarize.rank import summarize
from newsbrief.vocabulary import METHODS, language_code

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
    ``method`` is one of ``newsbrief.vocabulary.METHODS``; ``source`` is echoed in the brief.
    Raises TypeError or ValueError for arguments of the wrong type or out of range.
    """
    language = _check(text, lang, sentences, ratio, words, method) or detect_language(text)
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


def _check(text: object, lang: object, sentences: object, ratio: object, words: object,
           method: object) -> str | None:
    """The arguments' errors raised at the door (not deep inside a regex); returns the language
    code ``lang`` stands for ("FR", "fr-FR", "french" give "fr")."""
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
            text, bytes | bytearray) else ""
        raise TypeError(f"analyze() takes the article as str, not {type(text).__name__}{hint}")
    for name, value in (("sentences", sentences), ("words", words)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value < 1):
            raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
    if ratio is not None and (isinstance(ratio, bool) or not isinstance(ratio, int | float)
                              or not 0 <= ratio <= 1):
        raise ValueError(f"ratio must be a number from 0 to 1, not {ratio!r}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    if lang is None or lang == "":
        return None
    code = language_code(lang) if isinstance(lang, str) else None
    if code is None:
        raise ValueError(f"lang must be an ISO 639-1 code such as 'fr' or a language name, "
                         f"not {lang!r}")
    return code
