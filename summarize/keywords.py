"""Key terms for the brief header, from the same term statistics as the ranker.

A term scores by how often the article uses it, weighted towards the top of the article (the
same position prior that drives the ranking), with a bonus for appearing in the title. Numbers
and very short words are left out; each term is shown in its most frequent written form, so a
stem such as ``coopér`` is displayed as ``coopération``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.document.model import Document
from newsbrief.summarize.features import Candidate
from newsbrief.summarize.lexicon import UNSPACED, lexicon

KEYWORDS = 5
_TITLE_BONUS = 2.0
_MIN_CHARS = 3
_LETTERS = re.compile(r"^[^\W\d_]+$")


def keywords(document: Document, cands: Sequence[Candidate], n: int = KEYWORDS) -> tuple[str, ...]:
    """Up to ``n`` key terms of the document, best first (ties: first occurrence)."""
    weight: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    forms: dict[str, dict[str, int]] = {}
    sources: list[tuple[Sequence[tuple[str, str]], float]] = []
    title = document.title
    if title is not None:
        title_text = document.span(title.start, title.end)
        sources.append((lexicon(document.language).tokens(title_text), _TITLE_BONUS))
    sources.extend((c.tokens, 1.0 + 1.0 / (1.0 + c.rank) ** 0.5) for c in cands)
    usable: dict[str, bool] = {}
    for tokens, w in sources:
        for form, term in tokens:
            ok = usable.get(form)
            if ok is None:
                ok = usable[form] = bool(
                    _LETTERS.match(form) and (len(form) >= _MIN_CHARS or UNSPACED.match(form))
                )
            if not ok:
                continue
            if term in weight:
                weight[term] += w
                seen = forms[term]
                seen[form] = seen.get(form, 0) + 1
            else:
                weight[term] = w
                first_seen[term] = len(first_seen)
                forms[term] = {form: 1}
    # A term used once is not a key term unless the article is tiny.
    floor = 2.0 if sum(1 for v in weight.values() if v >= 2.5) >= n else 0.0
    ranked = sorted(
        (t for t, v in weight.items() if v > floor), key=lambda t: (-weight[t], first_seen[t])
    )
    out: list[str] = []
    for term in ranked[:n]:
        counts = forms[term]
        out.append(min(counts, key=lambda f: (-counts[f], not f.islower(), f)))
    return tuple(out)
