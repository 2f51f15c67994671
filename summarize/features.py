"""The candidate sentences of a document and the statistics every ranking method shares.

A candidate is a body sentence that is not boilerplate, with its clutter prefix cut. Each gets a
TF-IDF vector (sublinear term frequency, IDF over the document's own candidates, unit length),
its word count and the share of its characters inside quotation marks.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import add, itemgetter, mul, truediv

from newsbrief.document.model import Document
from newsbrief.summarize.candidates import content_start, is_boilerplate
from newsbrief.summarize.lexicon import UNSPACED as _UNSPACED
from newsbrief.summarize.lexicon import lexicon

Vector = dict[str, float]

_TERM = itemgetter(1)  # the term of a (written form, term) pair

# Past this size (≈ 40 news articles) words are stemmed by truncation (see Lexicon).
FAST_STEMMING_CHARS = 150_000

# Quoted stretches inside one sentence: guillemets, curly and straight double quotes, and
# single quotes that open after a space and close before a space or punctuation (so the
# apostrophes of "don't" and "l'État" never pair up). Every branch opens on its mark (the
# single quote's look-behind is read after it: the character before it is no letter and no
# quote), so the regex engine finds the candidates by a fast scan for the marks.
_QUOTED = re.compile(
    r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|'(?<![\w']')(?=\w)[^']*?[\w.,!?]'(?![\w'])"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rankable sentence: position among candidates, offsets, words and statistics."""

    rank: int
    sentence: int
    start: int
    end: int
    paragraph: int
    first_in_paragraph: bool
    words: int
    quoted: float
    vector: Vector
    terms: Counter[str]
    tokens: tuple[tuple[str, str], ...]  # (written form, term) of each content word


def _quoted_share(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> float:
    """Share of the sentence's characters inside quotes (own scan, plus the given spans)."""
    found = [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]
    found.extend((max(a, start), min(b, end)) for a, b in spans if a < end and b > start)
    covered, reach = 0, start
    for a, b in sorted(found):
        a = max(a, reach)
        if b > a:
            covered += b - a
            reach = b
    return covered / max(1, end - start)


def candidates(document: Document, quote_spans: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """The document's rankable sentences in article order, with their TF-IDF vectors."""
    text = document.text
    lex = lexicon(document.language, fast=len(text) > FAST_STEMMING_CHARS)
    spans = sorted(quote_spans)
    kept = _kept_sentences(document)
    all_tokens = lex.tokens_of(text[start:end] for _, start, end, _, _ in kept)
    counts = [Counter(map(_TERM, tokens)) for tokens in all_tokens]
    df: Counter[str] = Counter()
    for terms in counts:
        df.update(terms.keys())
    n = len(kept)
    idf = {t: math.log(1.0 + n / f) for t, f in df.items()}
    out = []
    lo = 0
    for rank, ((index, start, end, block, first), tokens, terms) in enumerate(
        zip(kept, all_tokens, counts, strict=True)
    ):
        # Spans are sorted by start: skip those that ended before this sentence.
        while lo < len(spans) and spans[lo][1] <= start:
            lo += 1
        near = []
        j = lo
        while j < len(spans) and spans[j][0] < end:
            near.append(spans[j])
            j += 1
        out.append(
            Candidate(
                rank, index, start, end, block, first,
                _word_count(text[start:end]),
                _quoted_share(text, start, end, near), _unit_vector(terms, idf), terms,
                tuple(tokens),
            )
        )  # fmt: skip
    return out


def _kept_sentences(document: Document) -> list[tuple[int, int, int, int, bool]]:
    """(index, start, end, block, first in its block) of each body sentence that is not
    boilerplate, its start moved past any clutter prefix."""
    text = document.text
    out = []
    last_block = -1
    for s in document.sentences:
        if not document.is_body(s):
            continue
        first = s.block != last_block
        last_block = s.block
        sentence = text[s.start : s.end]
        if is_boilerplate(sentence):
            continue
        out.append((s.index, s.start + content_start(sentence), s.end, s.block, first))
    return out


def _unit_vector(terms: Counter[str], idf: dict[str, float]) -> Vector:
    """TF-IDF vector of one sentence (sublinear term frequency), scaled to unit length."""
    # The same products and sums, in the same order, as one dict comprehension per step
    # would make, but mapped in C: this runs once per sentence, ~7,000 times on 1 MB.
    tf = map(add, repeat(1.0), map(math.log, terms.values()))
    weights = list(map(mul, tf, map(idf.__getitem__, terms)))
    norm = math.sqrt(sum(map(mul, weights, weights))) or 1.0
    return dict(zip(terms, map(truediv, weights, repeat(norm)), strict=True))


def _word_count(sentence: str) -> int:
    """Whitespace words; a run of an unspaced script counts one word per two characters."""
    words = len(sentence.split())
    unspaced = sum(len(run) for run in _UNSPACED.findall(sentence))
    return max(words, (unspaced + 1) // 2)


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors (iterating over the shorter one)."""
    if len(a) > len(b):
        a, b = b, a
    if b.keys().isdisjoint(a):  # (three pairs of neighbours in four on 1 MB of news)
        return 0.0
    # The shared terms in a's order, then the products summed in that order, all in C.
    shared = list(filter(b.__contains__, a))
    dot: float = sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
    return dot
