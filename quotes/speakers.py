"""What a speaker can be (stage 5, canonicalising the speakers).

A speaker is a person, an organisation or a group, a description of a person, a medium or a
document. A speaker string that is none of these is no speaker, and the quote is unattributed
rather than given to it: a time or a date ("le 25 mai", "la semaine dernière"), a pronoun
("certains", "Celui"), a label of the page ("Follow"), a phrase that opens on a link word ("of
commerce"). A phrase cut short loses the words that cannot end a speaker ("la sœur de
l'animateur de", "le chercheur de 39", "o treinador não"), and one that opens on the word that
introduces a clause, or on a preposition before its article, loses it ("that some experts",
"de la maire sortante"). Each check reads the article language's tables (``time_nouns``,
``negations``, ``that_words``, ``quantifiers``, ``demonstratives``, ``determiners``,
``np_links``, ``furniture``).
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.quotes.lang import folded, table
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    DETERMINERS,
    FURNITURE,
    LABELS_REFER_BACK,
    PRONOUNS,
    fold,
    key,
    np_links,
)

# A number, or an ordinal in figures (39, 6e, 1er, 21st, 3.): a speaker cut before "ans", "years".
_NUMBER = re.compile(r"\d+(?:e|er|re|ère|ème|th|st|nd|rd|\.)?$")
# The imperatives that open page furniture ("Follow us on Twitter", "Share this with").
_PAGE_WORDS = frozenset(pair[0] for pair in FURNITURE)


def checked_speaker(speaker: str, lang: str) -> str | None:
    """``speaker`` as a speaker of a ``lang`` text: unchanged, trimmed of the words that cannot
    open or end one, or None when it names no one (see the module's doc)."""
    words = speaker.split()
    if one_of_them(speaker, lang):
        return speaker  # "uno di loro": its pronoun ends it
    kept = _trimmed(words, lang)
    if not kept or _time(kept, lang) or _pronoun(kept, lang) or _page_label(kept) or (
            _opens_on_link(kept, lang)):
        return None
    return speaker if len(kept) == len(words) else " ".join(kept)


@cache
def _ones_of_them(lang: str) -> frozenset[str]:
    """The phrases of ``lang``'s ``one_of_them`` table, folded, without spaces."""
    return frozenset(fold(ln.replace(" ", "")) for ln in table(lang, "one_of_them"))


def one_of_them(label: str, lang: str) -> bool:
    """``label`` names one of a group just mentioned (table ``one_of_them``: "l'un d'eux",
    "uno di loro"), a speaker though its words are articles, links and a pronoun."""
    return fold(label.replace(" ", "")) in _ones_of_them(lang)


def _trimmed(words: list[str], lang: str) -> list[str]:
    """The words without a leading "that", link or page word ("de la maire sortante" is "la
    maire sortante", "Follow Anna Price" Anna Price), and without trailing links, articles,
    negations and numbers after a link."""
    dets = DETERMINERS.get(lang, frozenset())
    start = 1 if len(words) > 2 and (key(words[0]) in table_words(lang, "that_words") or (
        words[0] in table_words(lang, "np_links") and key(words[1]) in dets) or (
        key(words[0]) in _PAGE_WORDS and words[1][:1].isupper())) else 0
    tails = np_links(lang) | dets | table_words(lang, "negations")
    end = len(words)
    while end - start > 1:
        if key(words[end - 1]) in tails:
            end -= 1
        elif end - start > 2 and _NUMBER.match(words[end - 1]) and key(words[end - 2]) in tails:
            end -= 2  # "le chercheur de 39" (ans): not "o camisa 9", a player's number
        else:
            break
    return words[start:end]


def _time(words: list[str], lang: str) -> bool:
    """Only a time or a date: time words, with articles, links and numbers ("le 23 avril", "el 3
    de mayo"), one of them a noun ("la semaine dernière"; not "cette dernière", a person)."""
    times = folded("time_nouns", lang)
    glue = DETERMINERS.get(lang, frozenset()) | np_links(lang)
    return any(fold(w) in _time_nouns(lang) for w in words) and all(
        fold(w) in times or key(w) in glue or _NUMBER.match(w) for w in words)


@cache
def _time_nouns(lang: str) -> frozenset[str]:
    """The words of ``lang``'s ``time_nouns`` that name a time alone (not those marked adj)."""
    return frozenset(fold(ln.split()[0]) for ln in table(lang, "time_nouns")
                     if ln.split()[1:2] != ["adj"])


def _pronoun(words: list[str], lang: str) -> bool:
    """A pronoun: a quantifier or a demonstrative ("certains", "Celui"), or a lower-case
    personal pronoun (not "Elle", a magazine)."""
    pronouns = folded("quantifiers", lang) | folded("demonstratives", lang)
    lower = words[0][:1].islower() and PRONOUNS.get(lang, frozenset())
    return len(words) == 1 and (fold(words[0]) in pronouns or bool(lower and key(
        words[0]) in lower))


def _page_label(words: list[str]) -> bool:
    """A word of the page's furniture ("Follow" of "Follow Matt on Twitter")."""
    return len(words) == 1 and key(words[0]) in _PAGE_WORDS


def _opens_on_link(words: list[str], lang: str) -> bool:
    """A phrase that opens on a lower-case link word of ``lang`` that is no article and names
    nothing ("of commerce"; not "von Weizsäcker", "la juge")."""
    return words[0] in table_words(lang, "np_links") - DETERMINERS.get(lang, frozenset()) and (
        not any(w[:1].isupper() for w in words[1:]))


def one_label_each(labels: list[str], lang: str) -> dict[str, str]:
    """Unnamed sources keep one label (trait ``labels_refer_back``): ``labels`` are the
    speakers no person of the cast bears, in reading order; each one spelled again ("The
    student" after "the student") or a definite noun of two words whose head the label of an
    earlier source ends its noun on ("the student" after "A University student", "a student
    who has lived …") maps to that earlier label (the nearest before it)."""
    if lang not in LABELS_REFER_BACK:
        return {}
    indefinite, definite = table_words(lang, "indefinite"), table_words(lang, "definite")
    spelled: dict[str, str] = {}  # folded label -> the label kept
    by_head: dict[str, str] = {}  # head noun -> the label last introduced with it
    out: dict[str, str] = {}
    for label in labels:
        f = fold(label)
        words = label.split()
        kept = spelled.get(f)
        if kept is None and len(words) == 2 and key(words[0]) in definite:
            kept = by_head.get(fold(words[1]))
        if kept is not None:
            if kept != label:
                out[label] = kept
            spelled.setdefault(f, kept)
            continue
        spelled[f] = label
        head = _label_head(words, lang)
        if head and key(words[0]) in indefinite:
            by_head[head] = label
    return out


def _label_head(words: list[str], lang: str) -> str | None:
    """The head noun of an unnamed source's label: the word before its complement or relative
    clause ("A spokesperson for the airline", "a student who …"), else its last word."""
    stops = table_words(lang, "complement_preps") | table_words(lang, "relatives")
    for k, w in enumerate(words[1:], 1):
        if key(w) in stops:
            return fold(words[k - 1]) if k > 1 else None
    return fold(words[-1]) if len(words) > 1 else None
