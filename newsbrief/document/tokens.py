"""Word tokens of an article, made once per document and sliced by every rule that reads them.

The rules look at many overlapping windows of one article (the clause before a quote, the incise
after it, every sentence's subject); scanning each window again made tokenising the largest cost
of a long article. :class:`ArticleText` is the article's text carrying its own tokens, so they
live exactly as long as the document that owns them (no cache outside it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

# Elided articles and pronouns split off ("l’entreprise" -> "l’" + "entreprise"); French
# inverted pronouns split off the verb ("ajoute-t-il" -> "ajoute" + "il").
_TOKEN = re.compile(
    r"(?i:qu|jusqu|lorsqu|puisqu|[dlmnstjc])['’](?=\w)"
    r"|(?:Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|Sr|Sra|Sig|Prof|St|[A-ZÀ-Ý])\.(?=\s)"
    r"|(?:Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|M)\.(?=[A-ZÀ-Ý][a-zà-ÿ])"  # "selon M.Houdré"
    # A dot joins "t-online.de" and "E.ON", not two sentences with the space missing
    # ("sagte der Papst.Der ältere Bruder").
    r"|\w+(?:(?:[-'’]|\.(?![A-ZÀ-ÝÄÖÜ][a-zß-ÿ]))\w+)*|[^\w\s]"
)
_INVERTED = re.compile(r"(?i)^(.+?)-(?:t-)?(il|elle|ils|elles|on)$")


class Tok(NamedTuple):
    """A word or punctuation mark with its offsets in the article (a named tuple: small and
    cheap to make; being a tuple subclass, the garbage collector still tracks it)."""

    text: str
    start: int
    end: int
    cap: bool = False  # starts with an upper-case letter (computed once: it is read often)


def scan(text: str, a: int, b: int) -> list[Tok]:
    """Tokens of ``text[a:b]``, scanned afresh."""
    out: list[Tok] = []
    seen: dict[str, str] = {}  # one string per distinct word: a 10 MB article saves ~100 MB
    new = tuple.__new__  # (a NamedTuple's own __new__ is a Python call: 4× slower per token)
    for m in _TOKEN.finditer(text, a, b):
        w = m.group()
        w = seen.setdefault(w, w)
        inv = _INVERTED.match(w) if "-" in w else None
        if inv:
            verb, pron = inv.group(1), inv.group(2)
            out.append(new(Tok, (verb, m.start(), m.start() + len(verb), verb[:1].isupper())))
            out.append(new(Tok, (pron, m.end() - len(pron), m.end(), pron[:1].isupper())))
        else:
            s = m.start()
            out.append(new(Tok, (w, s, s + len(w), w[:1].isupper())))
    return out


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


def tokenize(text: str, a: int, b: int) -> list[Tok]:
    """Tokens of ``text[a:b]`` with absolute offsets: the tokens of the whole text that start in
    the window (a word cut by ``b`` is scanned up to ``b``)."""
    if not isinstance(text, ArticleText):
        text = ArticleText(text)  # a text outside any document: its tokens live for this call
    toks, starts = text.tokens()
    i, j = bisect_left(starts, a), bisect_left(starts, b)
    out = toks[i:j]
    if out and out[-1].end > b:
        out = out[:-1] + scan(text, out[-1].start, b)
    return out
