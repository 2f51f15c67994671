"""Per-language word statistics: terms = lower-cased words, minus stop words, stemmed.

Stop words come from the ``stop-words`` package (data files, no download) and stemmers from
``snowballstemmer`` (pure-Python Snowball). Both are optional per language: a language that has
neither still gets terms (plain lower-cased words), so ranking never fails. Scripts written
without spaces (Chinese, Japanese, Thai) are cut into character bigrams, the usual unsupervised
substitute for a word segmenter. Everything is loaded once per process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain

# ISO 639-1 -> snowballstemmer algorithm name.
_STEMMERS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
    "da": "danish", "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi",
    "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "no": "norwegian", "nb": "norwegian", "fa": "persian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "es": "spanish",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
# ``stop-words`` keys its lists by ISO code but calls Norwegian Bokmål "nb" only.
_STOP_ALIASES = {"no": "nb"}
# Runs of letters or digits (no underscore): "l'État" -> "l", "état"; "COVID-19" -> "covid", "19".
_WORD = re.compile(r"[^\W_]+")
# Han, kana, Thai: no spaces between words, so a run is cut into overlapping bigrams.
UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MEMO_LIMIT = 200_000
TRUNCATE = 6


@lru_cache(maxsize=64)
def stop_words(language: str) -> frozenset[str]:
    """The language's stop words (lower case), or an empty set when none ship for it."""
    from stop_words import LANGUAGE_MAPPING, StopWordError, get_stop_words

    code = _STOP_ALIASES.get(language, language)
    if code not in LANGUAGE_MAPPING:
        return frozenset()
    try:
        return frozenset(w.lower() for w in get_stop_words(code))
    except StopWordError:  # a mapped language whose file is missing
        return frozenset()


@lru_cache(maxsize=64)
def stemmer(language: str) -> Callable[[str], str] | None:
    """A memoised Snowball stemming function for the language, or None when there is none."""
    name = _STEMMERS.get(language)
    if name is None:
        return None
    import snowballstemmer

    stem_word = snowballstemmer.stemmer(name).stemWord
    memo: dict[str, str] = {}

    def stem(word: str) -> str:
        # Pure-Python Snowball costs ~10 µs a word; news reuses its vocabulary heavily.
        out = memo.get(word)
        if out is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            out = memo[word] = stem_word(word)
        return out

    return stem


def has_stemmer(language: str) -> bool:
    """True when a Snowball stemmer exists for the language."""
    return language in _STEMMERS


def _truncate(word: str) -> str:
    return word[:TRUNCATE]


class Lexicon:
    """Turns text into terms for one language (stop words dropped, words stemmed).

    ``fast`` replaces Snowball by truncation to :data:`TRUNCATE` characters, a classic cheap
    stemmer: pure-Python Snowball costs ~0.1 ms per new word, too much for the tens of
    thousands of distinct words of a book-length input.
    """

    __slots__ = ("_stem", "_stop", "language")

    def __init__(self, language: str, fast: bool = False) -> None:
        self.language = language
        self._stop = stop_words(language)
        self._stem = _truncate if fast else stemmer(language)

    def tokens(self, text: str) -> list[tuple[str, str]]:
        """(written form, term) of each content word, in order; stop words and single letters
        are skipped; unspaced scripts give their character bigrams (form = term)."""
        return self.tokens_of((text,))[0]

    def tokens_of(self, texts: Iterable[str]) -> list[list[tuple[str, str]]]:
        """:meth:`tokens` of each text. Each distinct word is read once for them all (news
        repeats its words: 1 MB of news has ~170,000 words but ~19,000 distinct ones), and
        the look-ups of known words run in C."""
        read = _Reading(self._pairs).__getitem__
        return [list(chain.from_iterable(map(read, _WORD.findall(text)))) for text in texts]

    def _pairs(self, form: str) -> tuple[tuple[str, str], ...]:
        """The (written form, term) pairs one word gives: none, one, or its bigrams."""
        low = form.lower()
        if len(low) < 2 or low in self._stop:
            return ()
        if not low.isascii() and UNSPACED.search(low):
            return tuple((p, p) for run in UNSPACED.findall(low)
                         for p in [run[i : i + 2] for i in range(len(run) - 1)] or [run])
        return ((form, self._stem(low) if self._stem else low),)

    def terms(self, text: str) -> list[str]:
        """The text's terms: stemmed content words and bigrams of unspaced scripts."""
        return [term for _, term in self.tokens(text)]


class _Reading(dict[str, tuple[tuple[str, str], ...]]):
    """Words already read, each with its pairs; an unknown word is read on first look-up (a
    dict subclass: a known word costs a look-up in C, no Python call)."""

    def __init__(self, read: Callable[[str], tuple[tuple[str, str], ...]]) -> None:
        super().__init__()
        self._read = read

    def __missing__(self, form: str) -> tuple[tuple[str, str], ...]:
        pairs = self[form] = self._read(form)
        return pairs


@lru_cache(maxsize=64)
def lexicon(language: str, fast: bool = False) -> Lexicon:
    """The (cached) lexicon of a language (``fast``: truncation instead of Snowball)."""
    return Lexicon(language, fast)
