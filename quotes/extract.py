"""Quote extraction entry point (first version: paired marks, no attribution)."""

from __future__ import annotations

import re

from newsbrief.quotes.model import Quote, QuoteReport
from newsbrief.summarize.document import Document

_PAIRS = re.compile(r"«\s*([^«»]+?)\s*»|\"([^\"\n]+)\"|“([^“”\n]+)”|„([^„“”\n]+)[“”]")


def extract_quotes(document: Document) -> QuoteReport:
    """Every quoted span of the document, classified and attributed."""
    quotes = []
    for m in _PAIRS.finditer(document.text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        block = document.block_at(m.start(g))
        words = len(m.group(g).split())
        kind = "other" if block and block.kind != "paragraph" else (
            "statement" if words >= 5 else "fragment")
        quotes.append(Quote(m.group(g), m.start(g), m.end(g), kind, None, None, None,
                            block.index if block else 0))
    return QuoteReport(tuple(quotes), (), ())
