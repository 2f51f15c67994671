"""Clues around a quote that it reports speech: speech verbs, speech nouns, the German
subjunctive of reported speech, and where the clause around a quote ends.

Pure look-ups over bounded windows (a couple of hundred characters), so they keep the whole
extraction linear.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress
from operator import attrgetter

from newsbrief.document.structure import MONTHS
from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.lang import union, words
from newsbrief.quotes.lexicon import (
    DE_SUBJUNCTIVE,
    FURNITURE,
    INFINITIVE_ENDINGS,
    MODALS,
    SEPARABLE_VERBS,
    SPEECH_NOUNS,
    SUBJUNCTIVE_REPORT,
    VERB_SECOND,
    WordTest,
    cue_test,
    fold,
    is_cue,
    key,
    other_senses,
    reported_cue,
    split_particles,
)

_TEXT = attrgetter("text")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
WINDOW = 220  # characters read on each side of a quote
_CLAUSE_STOPS = re.compile("[\n.!?«„“\"]")


def clause_end(text: str, pos: int, limit: int, marks: bool = True) -> int:
    """End of the clause after ``pos``: a sentence end, a line break or (unless ``marks`` is
    false) an opening mark."""
    end = min(limit, pos + WINDOW)
    for m in _CLAUSE_STOPS.finditer(text, pos, end):  # (the characters that may end it, in C)
        j = m.start()
        c = text[j]
        if c == "\n" or (marks and c in "«„“\"" and j > pos + 1):
            return j
        if c in ".!?" and (j + 1 >= len(text) or text[j + 1].isspace()) and not initial(
                text, j):
            return j
    return end


def initial(text: str, j: int) -> bool:
    """The full stop at ``j`` ends an initial or a title ("V. Sapounov", "M. Foote"), or a
    day's ordinal before its month ("am 14. Dezember 2010 zugestellt"), not a sentence."""
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:j]
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if not word and 0 < j - k <= 2:
        return _day_month().match(text, k) is not None
    return (len(word) == 1 and word.isupper()) or word in _ABBREVIATIONS


_ABBREVIATIONS = union("abbreviations")


@cache
def _day_month() -> re.Pattern[str]:
    """A day's ordinal and its month (14. Dezember), compiled at the first such full stop."""
    return re.compile(rf"\d+\.\s+(?:{MONTHS})\b", re.IGNORECASE)


_INFINITIVE_MARKERS = union("infinitive_markers")


def infinitive(toks: list[Tok], k: int, lang: str) -> bool:
    """``pour dire``, ``to say``, ``zu sagen``: a speech verb without its own subject."""
    prev = key(toks[k - 1].text) if k > 0 else ""
    w = key(toks[k].text)
    if prev in _INFINITIVE_MARKERS:
        return True
    if lang in VERB_SECOND and k + 1 < len(toks) and key(toks[k + 1].text) in MODALS:
        return True  # "…, da der Richter das Urteil am 23. März sprechen wollte"
    return lang in INFINITIVE_ENDINGS and w.endswith(("er", "ir", "re", "ar"))


def speech_verb(text: str, tok: Tok, lang: str) -> bool:
    """``tok`` is a speech verb here: a German verb split from its particle says something only
    when the particle closes its clause ("legte er dar", "stellte er fest:"), not in "legte den
    Termin fest" or "hob vom Boden ab"."""
    if not is_cue(tok.text, lang):
        return False
    if lang not in SEPARABLE_VERBS:
        return True
    other = other_senses().get(fold(tok.text))
    if other and _closing_particle(text, tok, other):
        return False  # "meldete den Verein an": anmelden, to register
    particles = split_particles().get(fold(tok.text))
    return not particles or _closing_particle(text, tok, particles)


def _closing_particle(text: str, tok: Tok, particles: frozenset[str]) -> bool:
    """One of ``particles`` closes the clause of the verb ``tok`` (then a comma, a full stop
    or a quotation mark)."""
    toks = tokenize(text, tok.end, min(len(text), tok.end + WINDOW))
    for k, t in enumerate(toks):
        if t.text in ".!?;:" or "\n" in text[t.start - 1:t.start]:
            break
        if key(t.text) in particles and (k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum()):
            return True
    return False


def speech_words(toks: list[Tok], lang: str) -> bool:
    """A speech noun (déclaration, statement) or a German subjunctive in the clause."""
    # (the words are keyed and looked up in C, stopping at the first found)
    return any(map(_speech_test(lang).__getitem__, map(_TEXT, toks)))


@cache
def _speech_test(lang: str) -> WordTest:
    """A word whose key is one of :func:`_speech_keys` (remembered per written form)."""
    keys = _speech_keys(lang)
    return WordTest(lambda word: key(word) in keys)


@cache
def _speech_keys(lang: str) -> frozenset[str]:
    """The keys :func:`speech_words` looks for in ``lang``: the speech nouns of every language
    and its own ("segundo" is Spanish "second"), and the subjunctive of report where it has one."""
    own = words(lang, "speech_nouns")
    return SPEECH_NOUNS | own | (DE_SUBJUNCTIVE if lang in SUBJUNCTIVE_REPORT else frozenset())


def speech_context(text: str, a: int, b: int, lang: str) -> bool:
    """True when ``text[a:b]`` has a speech verb, speech noun or subjunctive of report."""
    toks = tokenize(text, a, b)
    # (speech_verb holds only for a word is_cue accepts: the others are passed over in C)
    return speech_words(toks, lang) or any(speech_verb(text, t, lang) for t in compress(
        toks, map(cue_test(lang).__getitem__, map(_TEXT, toks))))


def subjunctive_words(text: str, a: int, b: int, lang: str) -> bool:
    """``text[a:b]`` holds a verb in the subjunctive of reported speech (sei, habe, werde)."""
    return lang in SUBJUNCTIVE_REPORT and any(
        key(t.text) in DE_SUBJUNCTIVE for t in tokenize(text, a, b))


def subjunctive(text: str, a: int, b: int, lang: str) -> bool:
    """The clause before a quote reports speech in the German subjunctive (sei, habe, werde)."""
    if lang not in SUBJUNCTIVE_REPORT:
        return False
    start = max(a, b - WINDOW)
    for j in range(b - 1, start - 1, -1):
        if text[j] in ".!?\n":
            start = j + 1
            break
    toks = tokenize(text, start, b)
    if len(toks) > 1 and key(toks[0].text) == "so" and key(toks[1].text) in _REPORTED_MODAL:
        return True  # "So soll der Minister „…“ gesagt haben": sollen reports what was said
    # (a speech verb in the Konjunktiv I reports too: "Die Studie zeige, „…“")
    return any(key(t.text) in DE_SUBJUNCTIVE or (not t.cap and reported_cue(t.text))
               for t in toks)


_REPORTED_MODAL = union("reporting_modals")


def narrates(text: str, a: int, b: int, lang: str) -> bool:
    """``text[a:b]`` is narration, not a piece of a quote: it opens with page furniture
    (``Media playback is not supported on this device…``), or it tells what someone said with
    one of ``lang``'s narrating verb forms (table ``narration_verbs``: ``said``, ``told``) and
    never speaks as I or we (``However, he added that he still had concerns.``)."""
    found = [key(m.group()) for m in _WORD.finditer(text, a, b)]
    if tuple(found[:2]) in FURNITURE:
        return True
    verbs = words(lang, "narration_verbs")
    return any(w in verbs for w in found) and not any(
        w in words(lang, "first_person") for w in found)
