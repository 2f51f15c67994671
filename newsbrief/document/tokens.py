"""Word tokens of an article, made once per document and sliced by every rule that reads them.

The rules look at many overlapping windows of one article (the clause before a quote, the incise
after it, every sentence's subject); scanning each window again made tokenising the largest cost
of a long article. :class:`ArticleText` is the article's text carrying its own tokens, so they
live exactly as long as the document that owns them (no cache outside it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count, repeat
from operator import itemgetter
from typing import NamedTuple

# The opening of a sentence glued to the full stop before it, its space lost ("Papst.Der",
# "report.The", "crise.L'opposition", "Paris.Qu'il"): a capital then a lower-case letter, or an
# elided capital word. One definition for the tokens, the sentence splitter and the lead-in
# clauses of every language; an initial ("J.-L.", "U.S.A.") is a capital alone.
GLUED_OPENING = r"[A-ZÀ-ÝÄÖÜ](?:[a-zß-ÿ]|[a-z]?['’][^\W\d_])"

# Elided articles and pronouns split off ("l’entreprise" -> "l’" + "entreprise"); French
# inverted pronouns split off the verb ("ajoute-t-il" -> "ajoute" + "il").
_TOKEN = re.compile(
    r"(?i:qu|jusqu|lorsqu|puisqu|[dlmnstjc])['’](?=\w)"
    r"|(?:Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|Sr|Sra|Sig|Prof|St|[A-ZÀ-Ý])\.(?=\s)"
    r"|(?:Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|M)\.(?=[A-ZÀ-Ý][a-zà-ÿ])"  # "selon M.Houdré"
    # A dot joins "t-online.de" and "E.ON", not two sentences with the space missing
    # ("sagte der Papst.Der ältere Bruder", "face à la crise.L'opposition").
    rf"|\w+(?:(?:[-'’]|\.(?!{GLUED_OPENING}))\w+)*|[^\w\s]"
)
_INVERTED = re.compile(r"(?i)^(.+?)-(?:t-)?(il|elle|ils|elles|on)$")


class Tok(NamedTuple):
    """A word or punctuation mark with its offsets in the article (a named tuple: small and
    cheap to make; being a tuple subclass, the garbage collector still tracks it)."""

    text: str
    start: int
    end: int
    cap: bool = False  # starts with an upper-case letter (computed once: it is read often)


_CHUNK = 1 << 16  # characters scanned at a time: the match objects of one chunk live at once
_MATCH = re.Match
_FIRST = itemgetter(0)


def scan(text: str, a: int, b: int) -> list[Tok]:
    """Tokens of ``text[a:b]``, scanned afresh."""
    out: list[Tok] = []
    seen: dict[str, str] = {}  # one string per distinct word: a 10 MB article saves ~100 MB
    while a < b:
        # A chunk ends right after a white space: no token, and no look-ahead of the pattern,
        # reads across one, so the chunks give exactly the tokens of one scan of the window.
        cut = b if b - a <= _CHUNK else _after_space(text, a + _CHUNK, b)
        out += _scan_chunk(text, a, cut, seen)
        a = cut
    return out


def _after_space(text: str, at: int, b: int) -> int:
    """The first offset after a white-space character from ``at`` on (``b`` when none)."""
    m = _SPACE.search(text, at, b)
    return m.end() if m else b


_SPACE = re.compile(r"\s")


def _scan_chunk(text: str, a: int, b: int, seen: dict[str, str]) -> list[Tok]:
    """Tokens of ``text[a:b]``: every step mapped in C over the chunk's matches (a Python
    step per token was most of the cost of scanning a long article)."""
    found = list(_TOKEN.finditer(text, a, b))
    words = list(map(_MATCH.group, found))
    words = list(map(seen.setdefault, words, words))
    toks = list(map(tuple.__new__, repeat(Tok), zip(
        words, map(_MATCH.start, found), map(_MATCH.end, found),
        map(str.isupper, map(_FIRST, words)), strict=True)))
    # French inverted pronouns ("ajoute-t-il") are split off their verb: the few hyphenated
    # words are looked at one by one.
    hyphenated = list(compress(count(), map(str.__contains__, words, repeat("-"))))
    if not hyphenated:
        return toks
    out: list[Tok] = []
    done = 0
    for k in hyphenated:
        inv = _INVERTED.match(words[k])
        if inv:
            t = toks[k]
            verb, pron = inv.group(1), inv.group(2)
            out += toks[done:k]
            out.append(Tok(verb, t.start, t.start + len(verb), verb[:1].isupper()))
            out.append(Tok(pron, t.end - len(pron), t.end, pron[:1].isupper()))
            done = k + 1
    return out + toks[done:] if done else toks


class ArticleText(str):
    """An article's text with its tokens, scanned on first use and kept with the text.

    It is a ``str`` (every rule reads it as one); slicing it gives plain strings.
    """

    _tokens: list[Tok] | None = None
    _starts: list[int] | None = None

    def tokens(self) -> tuple[list[Tok], list[int]]:
        """Every token of the text, and their start offsets (for bisection)."""
        if self._tokens is None or self._starts is None:
            self._tokens = scan(self, 0, len(self))
            self._starts = [t.start for t in self._tokens]
        return self._tokens, self._starts


def tokenize(text: str, a: int, b: int, limit: int | None = None) -> list[Tok]:
    """Tokens of ``text[a:b]`` with absolute offsets: the tokens of the whole text that start in
    the window (a word cut by ``b`` is scanned up to ``b``); with ``limit``, the first ``limit``
    of them (the same as slicing the whole list)."""
    if not isinstance(text, ArticleText):
        text = ArticleText(text)  # a text outside any document: its tokens live for this call
    toks, starts = text.tokens()
    i, j = bisect_left(starts, a), bisect_left(starts, b)
    if limit is not None and j - i > limit:
        # (the word cut by ``b``, the only one scanned again, is past the limit: nothing before
        # it changes, so it need not be scanned)
        return toks[i:i + limit]
    out = toks[i:j]
    if out and out[-1].end > b:
        out = out[:-1] + scan(text, out[-1].start, b)
    return out
