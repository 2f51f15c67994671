"""From raw article text to a :class:`Document`: metadata prefix, title, headings, paragraphs.

A heading is a short one-line block without sentence-final punctuation (a quoted phrase alone on
its line counts too: ``"Partenariat sans limites"``). The first block is the title when it has
that shape, or is a longer headline (a kicker, or one clause with no stop); the block under a
title that does not end like a sentence is its standfirst (sub-headline), a heading too. A
leading ``date 2024-05`` (or ``Date: …``) prefix is read as metadata and left out of every
sentence.
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
MONTHS = (  # month names of the languages read (a day before one: "14. Dezember")
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Januar|Februar|März|Juni|Juli|Oktober|Dezember|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    "settembre|ottobre|dicembre"
)
# A dateline opening one of the first two paragraphs (the second after a standfirst), perhaps
# with a place: "29 mai 2012. - Un postier…", "22 août 2012, Espagne. - Le…", "May 29, 2012 — The…".
_DATELINE = re.compile(
    rf"\A(?P<date>\d{{1,2}}(?:er|\.)?\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+"
    rf"\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:,[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d]*(?:[ \t'’-]+[^\W\d]+){{0,3}})?"  # ", Côte d'Ivoire"
    rf"\.?\s*[-–—]+\s+(?=\S)",
    re.IGNORECASE,
)
_DATELINE_PARAGRAPHS = 2
_META_BLOCKS = 3  # a metadata line may follow the title; further down it is body text
_FINAL_PUNCT = ".!?;:,…。！？"
_QUOTE_CHARS = "\"'«»“”„‚‘’‹›「」『』"
_MAX_HEADING_WORDS = 14
_MAX_HEADING_CHARS = 120
# A headline with a kicker, "France : faut-il croire en la suite d'Envoyé spécial ?": longer than
# a heading, and it may ask a question. A colon after a few words says it is no sentence.
_KICKER = re.compile(r"\A[^\W\d_][^:.!?\n]{0,60}?[ \u00a0\u202f]?:\s+\S")
_MAX_TITLE_WORDS = 20
_MAX_TITLE_CHARS = 160
_TITLE_FINAL_PUNCT = ".;:,…"
# A standfirst (sub-headline, "linha fina", "chapô") right under the title: one line that does
# not end like a sentence, longer than a heading ("Ministra garante que … «…»; PSD fala em «…»").
_SENTENCE_END = re.compile(r"[.!?…]\s")
_MAX_STANDFIRST_WORDS = 40
_MAX_STANDFIRST_CHARS = 300


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


def looks_like_title(line: str) -> bool:
    """A heading, or a longer headline after a kicker ("Pays : …", up to 20 words), which may
    end with a question or exclamation mark."""
    if looks_like_heading(line):
        return True
    if "\n" in line or len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    core = line.rstrip(_QUOTE_CHARS + " \u00a0\u202f")
    if not core or not line[0].isupper():
        return False
    if _KICKER.match(line):
        return core[-1] not in _TITLE_FINAL_PUNCT  # it may ask a question
    # a headline over 14 words with no kicker: one clause, with no stop inside or at its end
    return core[-1] not in _FINAL_PUNCT and not _SENTENCE_END.search(core)


def looks_like_standfirst(line: str) -> bool:
    """One line under the title that does not end like a sentence (up to 40 words): the
    sub-headline, never body text, whatever its length."""
    if "\n" in line or len(line) > _MAX_STANDFIRST_CHARS:
        return False
    core = line.rstrip(_QUOTE_CHARS + " \u00a0\u202f")
    return (0 < len(line.split()) <= _MAX_STANDFIRST_WORDS and line[0].isupper()
            and core[-1] not in _FINAL_PUNCT)


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
    dateline_chances = _DATELINE_PARAGRAPHS  # paragraphs left that may open with a dateline
    for i, (a, b) in enumerate(spans):
        shape = looks_like_title(text[a:b]) if i == 0 else looks_like_heading(text[a:b]) or (
            i == 1 and blocks[0].kind == "title" and looks_like_standfirst(text[a:b]))
        has_next = i + 1 < len(spans)
        kind: BlockKind = "paragraph"
        if shape and has_next:
            kind = "title" if i == 0 else "heading"
        block = Block(kind, a, b, len(blocks))
        blocks.append(block)
        if kind == "paragraph":
            dateline = _DATELINE.match(text[a:b]) if dateline_chances else None
            dateline_chances = 0 if dateline else max(0, dateline_chances - 1)
            if dateline:  # metadata, not prose: kept out of every sentence
                date = date or dateline.group("date")
            pieces = split_sentences(text, language, a + (dateline.end() if dateline else 0), b)
        else:
            pieces = [(a, b)]
        for s, e in pieces:
            sentences.append(Sentence(len(sentences), s, e, block.index))
    return Document(ArticleText(text), language, date, tuple(blocks), tuple(sentences))
