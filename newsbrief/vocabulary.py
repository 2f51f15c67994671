"""The library's enumerations, each defined once: languages, summary methods, quote kinds.

The command line, its ``NEWSBRIEF_*`` variables and its config file read their valid values from
here, so adding a language to the quote rules (a folder in ``quotes/lang/``) adds it everywhere.
This module stays light: ``brief --help`` imports it to list the languages.
"""

from __future__ import annotations

import re
import unicodedata
from typing import get_args

from newsbrief.quotes.lang import languages
from newsbrief.quotes.model import QuoteKind

# The languages with quote rules (a folder each in quotes/lang/, as quotes.lexicon.LANGS): --lang
# accepts these. Read from the folders, not from quotes.lexicon, which loads the word tables.
LANGUAGES: tuple[str, ...] = languages()
METHODS = ("default", "lead", "lexrank", "textrank")  # summary ranking methods
KINDS: tuple[str, ...] = get_args(QuoteKind)

# English, native and French names, and ISO 639-2 codes, without accents (compared folded).
_NAMES = {
    "fr": "french francais fra fre",
    "en": "english anglais englisch ingles inglese eng",
    "de": "german deutsch allemand aleman tedesco deu ger",
    "es": "spanish espanol castellano espagnol spagnolo spa",
    "it": "italian italiano italien italienisch ita",
    "pt": "portuguese portugues portugais portugiesisch portoghese por",
    "nl": "dutch nederlands neerlandais hollandais niederlandisch nld dut",
}
_BY_NAME = {name: code for code, names in _NAMES.items() for name in names.split()}
ENGLISH_NAMES = {code: names.split()[0].capitalize() for code, names in _NAMES.items()}
_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def language_code(value: str) -> str | None:
    """The ISO 639-1 code ``value`` names: ``fr``, ``FR``, ``fr-FR``, ``fr_CA``, ``fra``,
    ``french``, ``Français``…; None when it names no language, or is not of that shape."""
    folded = _fold(value)
    if folded in _BY_NAME:
        return _BY_NAME[folded]
    tag = _TAG.fullmatch(folded)
    if tag is None:
        return None
    primary = tag.group(1)
    return primary if len(primary) == 2 else _BY_NAME.get(primary)


def describe_languages() -> str:
    """The supported languages for messages and help: ``fr (French), en (English), …``."""
    return ", ".join(f"{code} ({ENGLISH_NAMES.get(code, code)})" for code in LANGUAGES)
