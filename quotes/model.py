"""Data model of the quotes package."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QuoteKind = Literal["statement", "fragment", "other"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted span: ``text`` is ``source[start:end]``, the content without its marks.

    ``speaker`` is the canonical name (or a label such as "un haut responsable", or None);
    ``mention`` the words that named the speaker where the quote is attributed; ``cue`` the
    speech verb; ``paragraph`` the index of the block (``Document.blocks``) the quote opens in;
    ``rule`` the id of the rule that named the speaker (:mod:`newsbrief.quotes.rules`, or a
    ``fallback.*`` id when no rule did and the reading context gave one), None when unattributed.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    mention: str | None
    cue: str | None
    paragraph: int
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person or source that is quoted, with every alias the text used for them."""

    name: str
    role: str | None
    aliases: tuple[str, ...]
    quotes: int


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the article, with a role when the text gives one."""

    name: str
    role: str | None


@dataclass(frozen=True)
class QuoteReport:
    """Everything the quotes package finds in one article."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    people: tuple[Person, ...]
