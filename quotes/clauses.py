"""Where the subject of a lead-in clause stands when it is not right after the speech verb:
before the verb (front_subject), before a relative pronoun (relative_subject), after "comme"
(as_said_by), or before a role apposed to it (named_before) - and which noun phrases are the
objects of a preposition, never the speaker (prep_object)."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter

from newsbrief.document.tokens import Tok
from newsbrief.quotes.attribution import skip_addressee
from newsbrief.quotes.lang import union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    AUXILIARIES,
    LANGS,
    VERB_SECOND,
    WordTest,
    is_aux,
    is_cue,
    key,
)
from newsbrief.quotes.nounphrase import noun_phrase
from newsbrief.quotes.people import linked, name_at
from newsbrief.quotes.phrases import (
    AFTER_CUE_ADVERBS,
    Attribution,
    Pattern,
    after_preposition,
    candidate,
    clause_start,
    is_speaker_np,
    make_attribution,
)

_TEXT = attrgetter("text")
_AS = union("as_words")
_AS_OBJECT = union("as_objects")
_AS_WORD = WordTest(lambda word: key(word) in _AS)  # (a dict: the clause's words looked up in C)


def as_said_by(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """"Comme le souligne Paul Durand, « … »", "…, comme l'a dit X :", "como dijo X", "come ha
    detto X": the one named after the speech verb says the quote, not the main clause's
    subject."""
    # (the words are keyed and tested in C: "comme" is rare, and every lead-in is read)
    for k in compress(range(len(toks) - 2), map(_AS_WORD.__getitem__, map(_TEXT, toks))):
        j = k + 1
        while j < len(toks) and j - k <= 3 and (key(toks[j].text) in _AS_OBJECT
                                                 or is_aux(key(toks[j].text), lang)):
            j += 1
        if j + 1 < len(toks) and is_cue(toks[j].text, lang):
            # ("Conforme explicou à saída do plenário a secretária de Estado, …": past the
            # addressee or the place, to the one who spoke)
            s = skip_addressee(toks, j + 1, lang)
            if candidate(toks, s, text, lang):
                return make_attribution(toks, s, text, lang, toks[j].text, "source")
    return None


def named_before(toks: list[Tok], s: int, text: str, lang: str) -> int:
    """``s``, or the start of the name set off by a comma right before it when the noun phrase
    at ``s`` is a role with no person's name (ex-députée UMP: an acronym is the role's body)."""
    _, name, role = noun_phrase(toks, s, text, lang)
    if s < 2 or toks[s - 1].text != "," or not role or (name and not name.isupper()):
        return s
    for k in range(max(0, s - 5), s - 1):
        if name_at(toks, k, lang) == s - 1 and (k == 0 or not toks[k - 1].cap):
            return k
    return s


VERB_GROUP = AUXILIARIES | union("verb_group")


def front_subject(toks: list[Tok], c: int, text: str, lang: str, roles: bool = False
                  ) -> int | None:
    """Index of a named subject that opens the clause right before the verb ``toks[c]`` (with
    its apposition and auxiliaries in between), else None; with ``roles``, an unnamed role or
    source too ("Un conseiller du ministre évoque un texte « … »")."""
    s = clause_start(toks[:c], lang)
    if c > 1 and _descriptor(toks[0].text) and name_at(toks, 1, lang) > 1:
        s = 1  # "Mother-of-two Karen Blythe, …, told": a descriptor before the name
    if s >= c or not candidate(toks, s, text, lang):
        return None
    end, name, role = noun_phrase(toks, s, text, lang)
    if end <= s or (name is None and not (roles and role and is_speaker_np(toks, s, lang))):
        return None
    k = end
    while k < c and (toks[k].text == "," or key(toks[k].text) in VERB_GROUP
                     or key(toks[k].text) in AFTER_CUE_ADVERBS):
        k = _past_relative_aside(toks, k, c, lang) if toks[k].text == "," else k + 1
    return s if k == c else None


def _descriptor(word: str) -> bool:
    """A hyphenated descriptor before a name: a capital, then lower-case parts
    ("Mother-of-two", "Father-of-three", "Grandmother-of-six")."""
    parts = word.split("-")
    return len(parts) >= 3 and word[:1].isupper() and all(p.isalpha() and p.islower()
                                                           for p in parts[1:])


def _past_relative_aside(toks: list[Tok], k: int, c: int, lang: str) -> int:
    """After the comma ``toks[k]``: past a relative aside (its pronoun in the language's
    ``relative_asides`` table) that ends on a comma before the verb ``toks[c]`` (``, who lives
    nearby,``; ``, whose son is among them,``), else past the comma.
    The aside holds no colon or bracket and is not the verb's own clause."""
    if k + 1 < c and key(toks[k + 1].text) in table_words(lang, "relative_asides"):
        for n in range(k + 2, c):
            if toks[n].text in ":;()\"“”«»":
                break
            if toks[n].text == ",":
                return n
    return k + 1


_PREP_OBJECT = union("object_preps")
# (German: not "von", "bei", "aus" or "laut" - "Aus dem Ministerium hieß es:")
_PREP_OBJECT_DE = union("case_preps")


def prep_object(toks: list[Tok], i: int, lang: str) -> bool:
    """``toks[i]`` is the object of a preposition (German: right after it or its article)."""
    if lang not in VERB_SECOND:
        return key(toks[i - 1].text) in _PREP_OBJECT
    return after_preposition(toks, i, _PREP_OBJECT_DE)


_RELATIVE_SUBJECT = {lang: table_words(lang, "relative_subjects") for lang in LANGS}
_OBJECT_RELATIVE = {lang: table_words(lang, "object_relatives") for lang in LANGS}
_AND = union("name_conj")
_AFTER_OBJECT_VERB = 3  # words between such a verb and the quote ("qualifie déjà de")


def relative_object_subject(toks: list[Tok], cues: list[int], text: str, lang: str,
                            pattern: Pattern) -> Attribution | None:
    """"un avis que Matignon qualifie de « … »", "un choc que X qualifie déjà de « … »", "Un
    élément que la défense juge « … »": after a relative pronoun that is the verb's object, the
    noun phrase before the speech verb is its subject - not the clause's first noun phrase,
    whose relative clause this is. The verb's object is the quote: at most a few words
    between them."""
    rel = _OBJECT_RELATIVE.get(lang, frozenset())
    k = cues[-1]
    if not rel or len(toks) - k - 1 > _AFTER_OBJECT_VERB:
        return None
    v = k
    while v > 0 and is_aux(key(toks[v - 1].text), lang):
        v -= 1  # "que X a qualifié de"
    for s in range(v - 1, 0, -1):
        if key(toks[s - 1].text.rstrip("'’")) in rel and candidate(toks, s, text, lang):
            if s > 1 and (is_cue(toks[s - 2].text, lang) or key(toks[s - 2].text) in _AND):
                return None  # a "that" clause, not a relative one: "avalia … e que o governo"
            if noun_phrase(toks, s, text, lang)[0] == v:
                return make_attribution(toks, s, text, lang, toks[k].text, pattern)
            return None
        if toks[s].text in _CLAUSE_ENDS:
            return None
    return None
_CLAUSE_ENDS = frozenset(",;:–—")  # what ends a relative clause before the main verb


def relative_subject(toks: list[Tok], cues: list[int], text: str, lang: str, pattern: Pattern
                      ) -> Attribution | None:
    """"Bernard Bonnet, le successeur de Claude Erignac, qui lui avait rétorqué :", "la
    Commission européenne qui regrette le « … »": the speech verb of a relative clause has the
    noun phrase before the relative pronoun as its subject."""
    rel = _RELATIVE_SUBJECT.get(lang, frozenset())
    r = next((k for k in range(cues[-1] - 1, 0, -1) if key(toks[k].text) in rel), -1)
    if r <= 0 or any(t.text in _CLAUSE_ENDS for t in toks[r + 1:cues[-1]]):
        return None  # (a dash closes the relative clause too: "X, who confirmed it – Y said:")
    for k in range(max(0, r - 14), r):
        if not candidate(toks, k, text, lang) or (k > 0 and linked(toks[k - 1], lang)):
            continue  # (not the complement of a noun: "le successeur de Claude Erignac")
        end = noun_phrase(toks, k, text, lang)[0]
        between = toks[end:r]
        if end == r or (between and between[0].text == "," and between[-1].text == "," and not any(
                is_cue(t.text, lang) or key(t.text) in AUXILIARIES for t in between)):
            # (an apposition may stand between: "Bernard Bonnet, le successeur de X, qui")
            return make_attribution(toks, k, text, lang, toks[cues[-1]].text, pattern)
    return None
