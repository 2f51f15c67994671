"""From raw article text to a :class:`Document`: metadata prefix, title, headings, paragraphs.

A heading is a short one-line block without sentence-final punctuation (a quoted phrase alone on
its line counts too: ``"Partenariat sans limites"``). The first block is the title when it has
that shape. A leading ``date 2024-05`` (or ``Date: …``) prefix is read as metadata and left out
of every sentence.
"""

from __future__ import annotations

import re

from newsbrief.document.model import Block, BlockKind, Document, Sentence, trim_span
from newsbrief.document.segment import split_sentences
from newsbrief.document.tokens import ArticleText

_BLOCK_SEP = re.compile(r"\n[ \t\u00a0\u202f]*\n\s*")
_LINE_SEP = re.compile(r"\n\s*")
_DATE_VALUE = (
    r"\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}\.?\s+\w+\.?\s+\d{4}"
    r"|\w+\.?\s+\d{1,2},?\s+\d{4}"
)
_DATE_KEYS = r"date|published|publié(?:\s+le)?|datum|fecha|data|updated|mis à jour"
_META_PREFIX = re.compile(
    rf"\A\s*(?:{_DATE_KEYS})\s*[:=]?\s*(?P<date>{_DATE_VALUE})[ \t\u00a0]*(?:\n|(?=\S))",
    re.IGNORECASE,
)
_META_LINE = re.compile(
    rf"\A(?:{_DATE_KEYS})\s*[:=]?\s*(?P<date>{_DATE_VALUE})\s*\Z", re.IGNORECASE
)
_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Januar|Februar|März|Juni|Juli|Oktober|Dezember|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    "settembre|ottobre|dicembre"
)
# A dateline opening the first paragraph: "29 mai 2012. - Un postier…", "May 29, 2012 — The…".
_DATELINE = re.compile(
    rf"\A(?P<date>\d{{1,2}}(?:er|\.)?\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},?\s+"
    rf"\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\.?\s*[-–—]+\s+(?=\S)",
    re.IGNORECASE,
)
_META_BLOCKS = 3  # a metadata line may follow the title; further down it is body text
_FINAL_PUNCT = ".!?;:,…。！？"
_QUOTE_CHARS = "\"'«»“”„‚‘’‹›「」『』"
_MAX_HEADING_WORDS = 14
_MAX_HEADING_CHARS = 120


def _blocks(text: str, start: int) -> list[tuple[int, int]]:
    """Blank-line separated blocks; when the text has no blank line, every line is a block."""
    sep = _BLOCK_SEP if _BLOCK_SEP.search(text, start) else _LINE_SEP
    out, pos = [], start
    for m in sep.finditer(text, start):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = (trim_span(text, a, b) for a, b in out)
    return [(a, b) for a, b in trimmed if a < b]


def looks_like_heading(line: str) -> bool:
    """A short single line that does not end like a sentence and starts like a title."""
    if "\n" in line or len(line) > _MAX_HEADING_CHARS:
        return False
    words = line.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    core = line.strip(_QUOTE_CHARS + " \u00a0\u202f")
    if not core or core[-1] in _FINAL_PUNCT:
        return False
    first = core[0]
    return first.isupper() or first.isdigit() or line[0] in _QUOTE_CHARS


def parse_document(text: str, language: str) -> Document:
    """Split ``text`` into blocks and sentences; ``language`` picks the sentence model."""
    date = None
    body_start = 0
    m = _META_PREFIX.match(text)
    if m:
        date = m.group("date")
        body_start = m.end()
    spans = _blocks(text, body_start)
    for i, (a, b) in enumerate(spans[:_META_BLOCKS]):
        line = _META_LINE.match(text[a:b])
        if line:
            date = date or line.group("date")
            del spans[i]
            break
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    before_body = True  # no paragraph yet: only the first one may open with a dateline
    for i, (a, b) in enumerate(spans):
        shape = looks_like_heading(text[a:b])
        has_next = i + 1 < len(spans)
        kind: BlockKind = "paragraph"
        if shape and has_next:
            kind = "title" if i == 0 else "heading"
        block = Block(kind, a, b, len(blocks))
        blocks.append(block)
        if kind == "paragraph":
            dateline = _DATELINE.match(text[a:b]) if before_body else None
            before_body = False
            if dateline:  # metadata, not prose: kept out of every sentence
                date = date or dateline.group("date")
            pieces = split_sentences(text, language, a + (dateline.end() if dateline else 0), b)
        else:
            pieces = [(a, b)]
        for s, e in pieces:
            sentences.append(Sentence(len(sentences), s, e, block.index))
    return Document(ArticleText(text), language, date, tuple(blocks), tuple(sentences))
