"""HTML input: a page reduced to its article's text and metadata (trafilatura, the ``html`` extra).

The brief of a page takes its date and title from the page's metadata (``article:published_time``,
JSON-LD, ``<time>``, a byline date; ``og:title``, ``<h1>``…) as trafilatura reads them. Its author
guess is not used: the brief has no author field, and on bylines such as "Par la rédaction, publié
le …" the guess is the byline's words, not a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsbrief.brief import Brief
from newsbrief.cli.errors import BriefError, ExitCode

_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
# trafilatura's default latest date is today: a page dated after the run would lose its date, and
# the same page would brief differently from one day to the next. A fixed bound keeps it stable.
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2999-12-31"}


@dataclass(frozen=True)
class Page:
    """The article text of an input, with the title and date its HTML page declares (if any)."""

    text: str
    title: str | None = None
    date: str | None = None


def looks_like_html(text: str) -> bool:
    """True for a document that starts like an HTML page."""
    return bool(_HTML.match(text[:2000]))


def read_page(html: str, name: str) -> Page:
    """The main text of an HTML page and its metadata, via trafilatura (the ``html`` extra)."""
    try:
        import trafilatura
    except ImportError:
        raise BriefError(f"{name}: HTML input needs the html extra",
                         "pip install 'newsbrief[html]'", ExitCode.DATA) from None
    page = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True,
        with_metadata=True, date_extraction_params=_DATE_PARAMS)
    text = getattr(page, "text", None)
    if not text or not str(text).strip():
        raise BriefError(f"{name}: no article text found in this HTML page",
                         "give the article's own page, or its text", ExitCode.DATA)
    return Page(str(text), _field(page, "title"), _field(page, "date"))


def _field(page: object, key: str) -> str | None:
    value = getattr(page, key, None)
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def with_page_metadata(brief: Brief, page: Page) -> Brief:
    """``brief`` with the page's date (declared by the page: preferred to a date in the text)
    and, when the text has no headline, the page's title."""
    return replace(brief, date=page.date or brief.date, title=brief.title or page.title)
