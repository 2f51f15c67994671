"""The document model every analysis shares: blocks (title, headings, paragraphs) and sentences.

Offsets are ``str`` indices into the text handed to :func:`parse_document` (end exclusive), so
``text[s.start:s.end]`` is always the span itself.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal, TypeVar

BlockKind = Literal["title", "heading", "paragraph"]


@dataclass(frozen=True, slots=True)
class Block:
    """A blank-line separated block of the article: the title, a section heading or a paragraph."""

    kind: BlockKind
    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph (titles and headings are one sentence each)."""

    index: int
    start: int
    end: int
    block: int


_Span = TypeVar("_Span", Block, Sentence)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past white space on both sides (empty spans stay empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_START = attrgetter("start")  # (a C function: the key is read ~log2(n) times a search)


def _containing(spans: tuple[_Span, ...], offset: int) -> _Span | None:
    """Binary search of sorted, disjoint spans for the one containing ``offset``."""
    i = bisect_right(spans, offset, key=_START) - 1
    return spans[i] if i >= 0 and offset < spans[i].end else None


@dataclass(frozen=True)
class Document:
    """An article split into blocks and sentences, with its language and metadata date.

    ``text`` is an :class:`~newsbrief.document.tokens.ArticleText` when the document comes from
    :func:`~newsbrief.document.structure.parse_document`: its tokens are scanned once, on first
    use, and shared by every rule that reads the article.
    """

    text: str
    language: str
    date: str | None
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]

    def span(self, start: int, end: int) -> str:
        """The text between two offsets."""
        return self.text[start:end]

    def sentence_text(self, sentence: Sentence) -> str:
        """The text of one sentence."""
        return self.text[sentence.start : sentence.end]

    @property
    def title(self) -> Block | None:
        """The title block, when the article starts with a headline."""
        return self.blocks[0] if self.blocks and self.blocks[0].kind == "title" else None

    @property
    def headings(self) -> tuple[Block, ...]:
        """Section headings, in article order."""
        return tuple(b for b in self.blocks if b.kind == "heading")

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """Body paragraphs, in article order."""
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset``, or None between blocks."""
        return _containing(self.blocks, offset)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, or None outside every sentence."""
        return _containing(self.sentences, offset)

    def is_body(self, sentence: Sentence) -> bool:
        """True when the sentence belongs to a body paragraph (not the title or a heading)."""
        return self.blocks[sentence.block].kind == "paragraph"
