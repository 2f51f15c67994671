"""Speaker phrases: where a speaker can start and what an attribution holds.

``candidate`` says whether a speaker can start at a token at all (German capitalises every noun,
so a capital is not enough there); ``make_attribution`` reads the noun phrase there
(:func:`newsbrief.quotes.nounphrase.noun_phrase`) into an
:class:`Attribution`; ``source_prep`` finds ``selon`` / ``according to`` / ``laut``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from newsbrief.document.tokens import Tok
from newsbrief.quotes.lang import folded, table, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    CLITIC_OBJECTS,
    DE_ADVERBS,
    DETERMINERS,
    HONORIFICS,
    NOUN_CAPITALS,
    NP_STOP,
    PRONOUNS,
    SOURCE_PREPS,
    VERB_SECOND,
    contracted_pronouns,
    fold,
    is_aux,
    is_cue,
    is_role,
    is_source_head,
    key,
    np_links,
)
from newsbrief.quotes.nounphrase import noun_phrase, plural_possessive, possessive_det
from newsbrief.quotes.people import name_at, name_word

# Prepositions that follow a capitalised common word, not a name ("Mise à jour").
_PREP_AFTER = union("prep_after_capital")
OBJECT_PRONOUNS = union("object_pronouns")
AFTER_CUE_ADVERBS = union("after_cue_adverbs")
_LINK_BEFORE = union("link_before")
# German prepositions whose noun phrase is never who speaks: "durch die Polizei", "gegenüber
# der Zeitung", "im Gespräch mit dem Minister" (unlike "von", "laut", "nach" or "auf der
# Homepage").
_DE_NOT_SPEAKER_PREPS = union("not_speaker_preps")
_DATE_PREPS = union("date_preps")  # "vom Dienstag", "am Montag" (and "seit")
# Prepositions in DE_ADVERBS: a clause opening with them is a phrase, not a skippable adverb.
_NOT_ADVERBS = union("not_adverbs")
# German articles that cannot open a subject (accusative, dative, genitive).
OBLIQUE = union("oblique_articles")
_ELIDED_ADVERBS = union("elided_adverbs")  # "D'autre part,"
# "es drohe", "it is", "on dit": no one; German "ihr", "ihm", "ihnen" are objects here.
_IMPERSONAL = union("impersonal_pronouns")
_NOT_SUBJECTS = union("not_subject_pronouns")

def clause_start(toks: list[Tok], lang: str) -> int:
    """Skip a leading adverbial ("Dans une longue déclaration commune," "En retour,")."""
    if not toks:
        return 0
    first = toks[0]
    f = key(first.text)
    if lang in NOUN_CAPITALS and f in DE_ADVERBS and f not in _NOT_ADVERBS and len(toks) > 1:
        return 1 + clause_start(toks[1:], lang)  # "Auch die Ministerin äußerte …"
    elided_adverb = f in _ELIDED_ADVERBS and len(toks) > 1 and not toks[1].cap  # D'autre part,
    if not elided_adverb and (name_word(first, lang) or f in DETERMINERS.get(lang, frozenset())
                              or f in PRONOUNS.get(lang, frozenset()) or is_role(first.text, lang)):
        return 0
    if f in HONORIFICS and len(toks) > 1 and name_at(toks, 1, lang) > 1:
        return 0  # "Mrs Aspinall, chairwoman of the group, said": a name, no adverbial
    for k, t in enumerate(toks[:14]):
        if t.text == ",":
            return k + 1
    return 0


# Words before a German noun (contracted prepositions, quantifiers, demonstratives, possessives).
_DE_ATTRIBUTIVE = union("attributive")
_DE_ADVERB_ENDINGS = ("end", "weise", "lich", "isch", "falls", "mals", "dessen", "seits")
_DE_END_NOUNS = union("end_nouns")


def _de_adverbial(word: str) -> bool:
    """A German adverb or adjective, by its ending (Relativierend, Höhnisch, Schließlich)."""
    w = fold(word)
    return len(w) > 5 and w.endswith(_DE_ADVERB_ENDINGS) and w not in _DE_END_NOUNS


_CLITIC_OBJECTS = union("object_clitics")


def clitic_object(toks: list[Tok], i: int, lang: str) -> bool:
    """French "lui" / "leur" right before a verb is whom it is said to ("« … », lui avait dit
    Christian Jacob"), not who says it."""
    return lang in CLITIC_OBJECTS and key(toks[i].text) in _CLITIC_OBJECTS and i + 1 < len(
        toks) and (
        is_aux(key(toks[i + 1].text), lang) or is_cue(toks[i + 1].text, lang))


def candidate(toks: list[Tok], i: int, text: str, lang: str) -> bool:
    """Can a speaker noun phrase start at ``toks[i]``: a personal pronoun, a person's name, a
    role noun or a source head (German nouns are capitalised, so a capital is not enough)."""
    if not 0 <= i < len(toks):
        return False  # e.g. a clause that starts after its last token
    f = key(toks[i].text)
    if f in PRONOUNS.get(lang, frozenset()) and f not in _IMPERSONAL and not possessive_det(
            toks, i, lang):
        return not clitic_object(toks, i, lang)
    if _one_of_them(toks, i, lang):
        return True  # "L'un d'eux a soufflé :"
    if toks[i].text[:1].isalpha() and is_role(toks[i].text, lang):
        return True
    if f in table_words(lang, "bare_sources"):
        return True  # "Contactada pela Lusa, fonte do ministério garantiu": no article needed
    if f in HONORIFICS and i + 1 < len(toks) and name_at(toks, i + 1, lang) > i + 1:
        return True  # "Mr Ratcliffe said:", "Mme Vidal a dit": an honorific, then a name
    k = name_at(toks, i, lang)
    if k - i >= 2:
        return True
    if k - i == 1 and lang not in NOUN_CAPITALS:
        # "Poutine a dit", but not "Mise à jour": a lone capital before a preposition.
        return k >= len(toks) or key(toks[k].text) not in _PREP_AFTER
    if lang in NOUN_CAPITALS and k == i and toks[i].cap and i + 1 < len(toks) and is_cue(
            toks[i + 1].text, lang) and (i == 0 or key(toks[i - 1].text) not in (
            DETERMINERS["de"] | NP_STOP | DE_ADVERBS)):
        return True  # "Seidling sagte:" - a surname that ends like a noun, before its verb
        # (not a noun after its preposition: "um Unterstützung gebeten")
    if k - i == 1 and (k >= len(toks) or toks[k].text in ",:" or toks[k].text[:1].islower()):
        # German: "Stoiber hatte …", "sagte Branson:"; a noun has its article or preposition
        # before it ("im Kongress", "die Finanzaffäre"), a surname does not.
        prev = key(toks[i - 1].text) if i > 0 else ""
        if prev in _DE_ATTRIBUTIVE or prev.endswith(("ende", "enden", "ender", "endes", "weise")):
            return False  # "zum Beispiel", "folgende Sanktionen", "an jedem Volksempfänger"
        if prev not in DETERMINERS["de"] and prev not in NP_STOP and prev not in DE_ADVERBS:
            # At the head of a sentence an adverb is capitalised too: "Relativierend fügt Gall
            # hinzu", "Höhnisch, …, veröffentlichte der Verfasser".
            return i > 0 or not _de_adverbial(toks[i].text)
    if f in DETERMINERS.get(lang, frozenset()) and i + 1 < len(toks):
        nxt = toks[i + 1]
        if is_role(nxt.text, lang) or is_source_head(nxt.text, lang):
            return True
        if lang not in NOUN_CAPITALS and name_word(nxt, lang):
            return True  # "l'ONG", "la NASA", "le PS": an organisation
        for k in range(i + 1, min(len(toks), i + 4)):
            # "der zuständige Minister", "die spätere republikanische Außenministerin"
            if is_role(toks[k].text, lang) or is_source_head(toks[k].text, lang):
                return True
            if plural_possessive(toks, k, lang):
                continue  # "the tenants’ association"
            if toks[k].cap or not toks[k].text[:1].isalpha() or is_cue(toks[k].text, lang):
                break
    return False


def is_speaker_np(toks: list[Tok], i: int, lang: str) -> bool:
    """A determiner + role noun or source head (le ministre, die Polizei, the company)."""
    return candidate(toks, i, "", lang) and key(toks[i].text) not in PRONOUNS.get(lang, ())


def first_candidate(toks: list[Tok], a: int, b: int, text: str, lang: str) -> int:
    """Index of the first speaker candidate in ``toks[a:b]``, or -1 (the subject usually comes
    first; preferring full names over a lone capitalised word measured worse on German)."""
    i = a
    while i < b:
        if lang in VERB_SECOND and (key(toks[i].text) in OBLIQUE or (
                i > 0 and key(toks[i - 1].text) in OBLIQUE)):
            i += 1
            while i < b and toks[i - 1].text.isalpha() and not toks[i - 1].cap and toks[
                    i].text.isalpha():
                i += 1  # its adjectives and its noun: "den protestierenden Spielern"
            continue  # "Den Unmut der CDU brachte die Sprecherin …": objects are not speakers
        if lang in VERB_SECOND and after_preposition(toks, i, _DE_NOT_SPEAKER_PREPS):
            i += 1
            continue
        if candidate(toks, i, text, lang):
            if i == a or not _complement(toks[i - 1], lang):
                return i
            # the complement of a noun, all of it ("la panchina del capitano Davide Rinaldi":
            # not "Davide Rinaldi" either)
            i = max(i + 1, noun_phrase(toks, i, text, lang)[0])
            continue
        i += 1
    return -1


def _complement(before: Tok, lang: str) -> bool:
    """A word that makes what follows the complement of a noun, not a subject: "de", "of",
    "von", and the language's contracted links ("del capitano", "della giunta")."""
    word = key(before.text)
    return before.text in _LINK_BEFORE or (
        word in np_links(lang) and word not in DETERMINERS.get(lang, frozenset()))


def after_preposition(toks: list[Tok], i: int, preps: frozenset[str]) -> bool:
    """``toks[i]`` follows one of the German ``preps``, right after it or after its article
    ("durch die Polizei erklärte der Mann")."""
    if i > 0 and key(toks[i - 1].text) in preps:
        return True
    return i > 1 and key(toks[i - 1].text) in DETERMINERS["de"] and key(
        toks[i - 2].text) in preps


# Where a mention stands: an incise inside the quote ("inner") or right after it ("incise"), a
# lead-in ending in a colon ("colon"), a source phrase ("source": selon X, laut X), the subject of
# a speech verb before the quote ("subject"), a clause with a speech noun ("context"), a text
# as the subject of a clause with no speech verb ("text": it names the source of the quote, but
# makes no quote speech that would not be anyway - "Die Studie trägt den Titel „…“"), or a
# speech verb that names no one ("impersonal": Portuguese "diz-se que «…»").
Pattern = Literal["inner", "incise", "colon", "source", "subject", "context", "text",
                  "impersonal"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker mention found by one pattern.

    ``mention`` is the text naming the speaker; ``name``/``role`` its person name and role words
    when it has them; ``pronoun`` marks il/she/er mentions that need resolving; ``pattern`` is
    where the mention stands (``Pattern``), which later stages read; ``rule`` the id of the
    registered rule that found it (:mod:`newsbrief.quotes.rules`), set by the rule runner.
    """

    mention: str
    start: int
    name: str | None
    role: str | None
    pronoun: bool
    cue: str | None
    pattern: Pattern
    rule: str | None = None


def _mention(toks: list[Tok], i: int, j: int, text: str) -> str:
    return text[toks[i].start:toks[j - 1].end]


_MAKER_LINKS = union("maker_links")  # "das Fazit der Betreiber", "die Kernaussage von X"
_MAKER_PREPS = union("maker_preps")


def _speech_noun(word: str) -> bool:
    """A German noun for a statement, compounds too (Kernaussage, Abschlusserklärung)."""
    # (nouns whose genitive or "von" names their maker; not "Botschaft": an embassy)
    w, nouns = fold(word), folded("statement_nouns")
    return w in nouns or (word[:1].isupper() and any(
        w.endswith(n) for n in nouns if len(n) >= 7))


def _reported(word: str) -> bool:
    """A German noun for a statement or its source (Ankündigung, Nachricht, Idee, Reporterin)."""
    w = fold(word)
    return w in folded("statement_nouns") or w in folded("report_nouns") or (
        word[:1].isupper() and is_role(word, "de"))


OPENING_MARKS = frozenset("„“«»\"")
CLOSING_MARKS = frozenset("“”»«\"")


def label_attribution(text: str, first: Tok, last: Tok, cue: str | None, pattern: Pattern
                      ) -> Attribution:
    """A source named by the words ``first`` … ``last`` as written, with no name or role parsed
    out of them (a medium in marks, a web address, an agent like "von Musikkennern")."""
    return Attribution(text[first.start:last.end], first.start, None, None, False, cue, pattern)


@cache
def _ones_of_them(lang: str) -> tuple[tuple[str, ...], ...]:
    """The optional table ``one_of_them``: phrases naming one of a group just mentioned (``l'
    un d' eux``, ``uno de ellos``), as words, the longest first."""
    phrases = (tuple(key(w) for w in line.split()) for line in table(lang, "one_of_them"))
    return tuple(sorted(phrases, key=len, reverse=True))


def _one_of_them(toks: list[Tok], i: int, lang: str) -> int:
    """How many words at ``toks[i]`` say "one of them" (0: none)."""
    first = key(toks[i].text) if i < len(toks) else ""
    for words in _ones_of_them(lang):
        n = len(words)
        if words[0] != first:
            continue
        if tuple(key(t.text) for t in toks[i:i + n]) == words:
            return n
    return 0


def make_attribution(toks: list[Tok], i: int, text: str, lang: str, cue: str | None,
                     pattern: Pattern) -> Attribution | None:
    """The attribution whose speaker noun phrase starts at ``toks[i]``, or None."""
    if i < len(toks) and toks[i].text in OPENING_MARKS:
        # A medium named in marks: "Laut „Reuters“", "schrieb „Die Zeit“".
        for m in range(i + 2, min(len(toks), i + 8)):
            if toks[m].text in CLOSING_MARKS:
                return label_attribution(text, toks[i + 1], toks[m - 1], cue, pattern)
        return None
    inner = contracted_pronouns(lang).get(key(toks[i].text)) if i < len(toks) else None
    if inner:
        # "nas palavras dele": the pronoun inside the contraction names the speaker
        return Attribution(inner, toks[i].start, None, None, True, cue, pattern)
    one = _one_of_them(toks, i, lang)
    if one:
        # "a soufflé l'un d'eux", "dijo uno de ellos": one of a group, a label of its own
        return label_attribution(text, toks[i], toks[i + one - 1], cue, pattern)
    end, name, role = noun_phrase(toks, i, text, lang)
    while end - 1 > i and (toks[end - 1].text.endswith(("'", "’")) or key(
            toks[end - 1].text) in DETERMINERS.get(lang, frozenset()) | np_links(lang)):
        # "Pastor l'avait annoncé": the article belongs to the verb phrase; "sprach der
        # Minister von „…“": the link opens what he spoke of
        end -= 1
    if end <= i:
        return None
    if lang in VERB_SECOND:
        # "so das Fazit der Betreiber", "in einer Pressemitteilung des Clubs", "Die Kernaussage
        # von Jerry Larson": who made the statement is the genitive after the speech noun.
        for h in range(i, min(end, i + 3)):
            if _speech_noun(toks[h].text) and h + 2 < len(toks) and key(
                    toks[h + 1].text) in _MAKER_LINKS and toks[h + 2].cap:
                stop = h + 3  # one genitive phrase: "des BMI", not "des BMI der Verbesserung"
                while stop < len(toks) and stop < h + 6 and toks[stop].text[:1].isalpha() and (
                        key(toks[stop].text) not in DETERMINERS["de"] | _DE_NOT_SPEAKER_PREPS
                        | _DATE_PREPS):  # (not "der Außenminister vom Dienstag")
                    stop += 1
                # (after "von", the name alone: read with the "von", it is a complement)
                of = h + 2 if key(toks[h + 1].text) in _MAKER_PREPS else h + 1
                found = make_attribution(toks[of:stop], 0, text, lang, cue, pattern)
                if found is not None:
                    return found
    pron = key(toks[i].text) in PRONOUNS.get(lang, frozenset()) and name is None and role is None
    return Attribution(_mention(toks, i, end, text), toks[i].start, name, role, pron, cue, pattern)


@cache
def _source_preps(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The source prepositions of ``lang`` (and French and English), by first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for prep in SOURCE_PREPS.get(lang, ()) + SOURCE_PREPS["fr"] + SOURCE_PREPS["en"]:
        words = tuple(key(w) for w in prep.replace("’", "'").split())  # gemäß -> gemäss
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def source_prep(toks: list[Tok], i: int, lang: str) -> int:
    """Index after ``selon`` / ``according to`` / ``laut`` at ``toks[i]``, or -1."""
    if i >= len(toks):
        return -1
    if lang in VERB_SECOND and key(toks[i].text) == "nach" and i + 2 < len(toks) and (
            _reported(toks[i + 1].text) or _reported(toks[i + 2].text)):
        return i + 1  # "Nach der Ankündigung der Ministerin", "nach einer weiteren Nachricht"
    preps = _source_preps(lang).get(key(toks[i].text.replace("’", "'")))
    for words in preps or ():
        last = i + len(words) - 1
        if len(words) > 1 and words[-1] == "de" and last < len(toks) and key(
                toks[last].text) in contracted_pronouns(lang) and all(
                key(toks[i + k].text.replace("’", "'")) == w for k, w in enumerate(words[:-1])):
            return last  # "nas palavras dele": the preposition's "de" and the pronoun in one word
        if i + len(words) <= len(toks) and all(
            key(toks[i + k].text.replace("’", "'")) == w for k, w in enumerate(words)
        ):
            end = i + len(words)
            if len(words) > 1 and end < len(toks) and key(toks[end].text) == "von":
                end += 1  # "nach Ansicht von Ministerpräsident Wulff"
            return end
    return -1


_ROMAN = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII".split())


def skip_paren(toks: list[Tok], end: int) -> int:
    """Index after a short parenthesis at ``toks[end]`` ("(SPD)") or the ordinal dot of a
    regnal number ("Elisabeth II.,"), else ``end``."""
    if 0 < end < len(toks) and toks[end].text == "." and toks[end - 1].text in _ROMAN and (
            end + 1 == len(toks) or not toks[end + 1].cap):
        return end + 1
    if end < len(toks) and toks[end].text == "(":
        for k in range(end + 1, min(len(toks), end + 5)):
            if toks[k].text == ")":
                return k + 1
    return end


def comma_stretches(toks: list[Tok], c: int) -> list[int]:
    """Starts of the comma-separated stretches before ``toks[c]``, nearest first."""
    return [k + 1 for k in range(c - 1, -1, -1) if toks[k].text == ","] + [0]


def person_like(toks: list[Tok], i: int, lang: str) -> bool:
    """A pronoun, a name of two words or more, or an article before a role noun."""
    f = key(toks[i].text)
    if f in PRONOUNS.get(lang, frozenset()) and f not in _NOT_SUBJECTS:
        return True
    if name_at(toks, i, lang) - i >= 2 or is_role(toks[i].text, lang):
        return True
    if f not in DETERMINERS.get(lang, frozenset()) or f in OBLIQUE:
        return False  # "nannte den Bericht …": an object, not the subject
    return any(is_role(t.text, lang) or is_source_head(t.text, lang) for t in toks[i + 1:i + 3])


def thing_of_someone(toks: list[Tok], i: int, end: int, lang: str) -> bool:
    """The noun phrase ``toks[i:end]`` is a thing with a person in its complement ("la
    titularisation du gardien Marc Lenoir", "la suplencia del capitán Jon Arana"): an article,
    a lower-case noun that names no speaker, then a link; the object of a verb, not its
    subject."""
    if i + 2 >= end or key(toks[i].text) not in DETERMINERS.get(lang, frozenset()):
        return False
    link = next((k for k in range(i + 2, end) if key(toks[k].text) in np_links(lang)), end)
    return link < end and all(  # (adjectives too: "die gesundheitspolitische Sprecherin der …")
        t.text.isalpha() and not t.cap and not is_role(t.text, lang)
        and not is_source_head(t.text, lang) for t in toks[i + 1:link])
