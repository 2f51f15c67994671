"""Who a speaker mention is: a pronoun, a role noun or a label resolved to a person of the cast
(or kept as written), and the reading state that resolution needs.

:func:`resolve` turns an :class:`~newsbrief.quotes.phrases.Attribution` into a canonical speaker:
a pronoun goes to the subject named since the previous quote or to the previous speaker
(:func:`antecedent`), a definite role noun to the person or body the text gave that role or
description, an unnamed source to one label per source. The extractor
(:func:`newsbrief.quotes.extract.extract_quotes`) keeps a :class:`ReadingState` over the
article in reading order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from newsbrief.document.tokens import tokenize
from newsbrief.quotes.cast import Cast, Entry
from newsbrief.quotes.gender import (
    agrees,
    entry_gender,
    plural,
    plural_pronoun,
    pronoun_gender,
    role_pronoun,
)
from newsbrief.quotes.lang import folded, union
from newsbrief.quotes.lang import table as lang_table
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    ADDRESSEE_VERBS,
    AGE_DESCRIPTORS,
    COMPOUNDS,
    DESCRIBED_ROLES,
    DETERMINERS,
    ELIDED_SOURCE_PREPOSITION,
    INDEFINITE_ARTICLES,
    LABELS_REFER_BACK,
    VERB_SECOND,
    definite_openers,
    fold,
    heads_role,
    is_role,
    is_source_head,
    key,
    np_links,
    ordinal,
)
from newsbrief.quotes.nounphrase import is_age
from newsbrief.quotes.pairing import Span
from newsbrief.quotes.people import is_group
from newsbrief.quotes.phrases import Attribution
from newsbrief.quotes.speakers import one_of_them
from newsbrief.quotes.subjects import PRONOUN_REACH, Subjects, with_complement

# "ein Wissenschaftler", "a senior official": an anonymous source, never a person named before.
_INDEFINITE = frozenset().union(*INDEFINITE_ARTICLES.values())

_LABEL_REACH = 50  # how many earlier unnamed sources a German compound head is matched against

# Role nouns that say nothing about the function: they may refer back to anyone named.
_GENERIC_ROLES = union("plain_roles")


DENSE_REACH = 4


@dataclass
class ReadingState:
    """What the reading pass remembers."""

    cast: Cast
    subjects: Subjects
    last_pos: int = -1
    last_speaker: str | None = None
    last_entry: Entry | None = None
    last_block: int = -10
    prev_close: int = -1
    prev_kind: str = "other"
    outer: list[Span] = field(default_factory=list)
    # the closing marks of the last quotes read, of any kind: a lead-in reaches back past at
    # most DENSE_REACH of them, so a text dense with quotes costs no more per quote than prose
    closes: deque[int] = field(default_factory=lambda: deque(maxlen=DENSE_REACH))
    labels: dict[str, str] = field(default_factory=dict)  # unnamed sources: folded -> as written
    nouns: frozenset[str] = frozenset()  # German: capitalised words the text puts after an article
    lead_end: int = 0  # where the article's second block starts (attribution.second_block)
    # unnamed people the text introduces with an indefinite article ("a local pharmacist"):
    # head noun -> [(offset, phrase)], in reading order (unnamed_introductions)
    intros: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    text: str = ""  # the article (a label's complement is read from it: with_complement)


def antecedent(state: ReadingState, pos: int, named: bool = False, pronoun: str = "",
               lang: str = "fr") -> Entry | None:
    """The person a pronoun at ``pos`` refers to: a sentence subject named since the previous
    quote, else the previous quote's speaker, else the last subject before. ``named`` skips
    unnamed sources (a role noun refers back to a named person, not to another role);
    ``pronoun`` skips people of the other gender when the text shows it (elle -> not Bernard)."""
    subjects = state.subjects
    thing: Entry | None = None  # a subject that is not a person: only if no person is near
    # ils/elles mean a group, and a group is as often bodies as people ("Les syndicats")
    group = plural_pronoun(pronoun, lang)
    for p, e in subjects.before(pos):
        if p <= state.last_pos:
            if subjects.ordered:
                break  # the rest are older still
            continue
        if (not named or e.first >= 0) and agrees(e, pronoun, lang) and not (
                pronoun and _place(e, lang)):
            if pronoun and not group and _thing(e, lang):
                # "Son parti lui faisait grief … Il déclara": il is the person, not the party.
                thing = thing or e
                continue
            return e
    last = state.last_entry
    if last is not None and (not named or last.first >= 0) and agrees(last, pronoun, lang) and (
            not (pronoun and _place(last, lang))):
        return last
    if pronoun and not named and not group and last is None and _unnamed_spoke(
            state, pronoun, lang):
        # "« … », a indiqué un responsable du ministère. Il a ajouté …": an unnamed source
        # spoke last and no one was named since; not a person named before it (the caller
        # takes the previous speaker)
        return None
    for _, e in subjects.before(pos):
        if (not named or e.first >= 0) and agrees(e, pronoun, lang) and not (
                pronoun and not group and _thing(e, lang)):
            return e
    # A thing only when no one spoke before (the caller falls back on the previous speaker),
    # and no person was named close before: "Le PP a exclu Antoni Pastor. Son parti lui
    # reprochait … Il déclara" - il is Pastor.
    if state.last_speaker or thing is None:
        return None
    return state.cast.last_mention(pos, PRONOUN_REACH, lambda m: m.first >= 0 and agrees(
        m, pronoun, lang) and not _thing(m, lang)) or thing


def _unnamed_spoke(state: ReadingState, pronoun: str, lang: str) -> bool:
    """The previous quote's speaker is an unnamed source (a label opened by an indefinite
    article, with no cast entry: "un responsable du ministère") that the pronoun may mean: one
    person or body of its gender. (A definite role, "le ministre", may stand for a person
    named before.)"""
    words = (state.last_speaker or "").split()
    if len(words) < 2 or key(words[0]) not in table_words(lang, "indefinite") or key(
            words[0]) in table_words(lang, "oblique_articles"):
        return False  # (an oblique article: "laut einem Jury-Mitglied" names a source, not a
        # speaker a pronoun takes up)
    said = Entry(state.last_speaker or "", first=-1)
    return agrees(said, pronoun, lang) and not _thing(said, lang)


def _person_since(state: ReadingState, pos: int, pronoun: str, lang: str) -> Entry | None:
    """The last named person who agrees with ``pronoun``, mentioned between the previous quote
    and ``pos``."""
    if state.last_pos < 0 or state.last_pos >= pos:
        return None
    return state.cast.last_mention(pos, pos - state.last_pos, lambda m: m.first >= 0 and agrees(
        m, pronoun, lang) and not _thing(m, lang))


def _thing(e: Entry, lang: str) -> bool:
    """An unnamed subject with no role noun ("L'alerte", "Son parti"), a body named by its
    head noun alone ("Le Parti populaire" read as "Parti"), or a name that ends in a place's
    head noun ("Falkirk Stadium"): not whom il/er/he means when a person is at hand."""
    words = e.name.replace("'", "' ").split()
    if e.first >= 0:
        if _place(e, lang):
            return True
        return len(words) == 1 and is_source_head(words[0], lang) and not is_role(words[0], lang)
    return not any(is_role(w, lang) or fold(w) in folded("person_nouns") for w in words)


def _place(e: Entry, lang: str) -> bool:
    """A name whose last word heads a place, an event or a law ("Falkirk Stadium", "Colorado
    Springs", "the Scotland Bill"): never whom a personal pronoun means, even with no person
    at hand (the quote is then honestly unattributed)."""
    words = e.name.split()
    return len(words) > 1 and fold(words[-1]) in table_words(lang, "place_heads")


# "Es drohe „…“", "on estime": an impersonal subject names no one; the quote goes on with
# whoever the text is about.
IMPERSONAL = union("impersonal_pronouns")
_SELF = union("self_pronouns")


def _same_role(entry: Entry, role: str, lang: str) -> bool:
    """The entry has no role yet, or one with the same head (président / présidente) - the
    role nouns compared, not their adjectives ("le négociateur palestinien" is not "la veuve
    de l'ancien président palestinien")."""
    if not entry.role or fold(_strip(role, "fr")).strip("'’ ") in _GENERIC_ROLES or (
            len(role.split()) == 2 and key(role.split()[1]) in table_words(lang, "generic_roles")):
        return True  # "l'élu", "the official", "o dirigente": any named person fits

    def long_words(words: str) -> list[str]:
        return [w for w in fold(words).replace("'", " ").replace("’", " ").split() if len(w) > 3]

    same = _same_roles(lang)
    asked = long_words(role)
    nouns = {w[:6] for w in asked if is_role(w, lang)} or {w[:6] for w in asked}
    nouns = {same.get(w, w) for w in nouns}
    return bool(nouns & {same.get(w[:6], w[:6]) for w in long_words(entry.role)})


def _role_holder(state: ReadingState, label: str, split: list[str], at: tuple[int, int],
                 lang: str) -> Entry | None:
    """The person known by the role ``label`` names (``at``: the quote, the mention): not when
    the label only shares a word of that person's role complement ("a administração"); for a
    role held by someone named only further on, the person the text is about first when their
    own role is the same function ("o treinador do clube, X" … "disse o técnico") or has the
    same head ("la portavoz del Gobierno, X" … "señaló la portavoz")."""
    found = state.cast.find_role(label)
    if found is not None and found.role and not heads_role(found.role, split, lang):
        return None
    if found is not None and found.first > max(at):
        e = antecedent(state, at[0], named=True)
        if e is not None and e is not found and e.role and (
                _synonym_role(e.role, label, lang) or _same_head(e.role, split, lang)):
            return e  # (or the same role noun: "La portavoz del Gobierno, X" … "señaló la
            # portavoz", before "Su portavoz, Y" further on)
    return found


def _same_head(role: str, split: list[str], lang: str) -> bool:
    """The first role noun of ``role`` is the label's role noun, and the label says no more
    than it ("portavoz del Gobierno" and "la portavoz"; not "le président du groupe …")."""
    mine = [fold(w) for w in split if is_role(w, lang)]
    theirs = next((fold(w) for w in role.split() if is_role(w, lang)), None)
    return len(mine) == 1 and len(split) <= 2 and mine[0] == theirs


def _synonym_role(role: str, label: str, lang: str) -> bool:
    """``role`` and the label's role noun are two words for one function (``same_roles``:
    "treinador do Famalicão" and "o técnico")."""
    same = _same_roles(lang)
    heads = {same[w] for w in (fold(w)[:6] for w in label.split()) if w in same}
    return bool(heads) and any(same.get(fold(w)[:6]) in heads for w in role.split())


@cache
def _same_roles(lang: str) -> dict[str, str]:
    """Role nouns of one function (optional table ``same_roles``: treinador, técnico), each
    word's first six letters mapped to its line's first word's."""
    out: dict[str, str] = {}
    for line in lang_table(lang, "same_roles"):
        words = [fold(w)[:6] for w in line.split()]
        out.update((w, words[0]) for w in words)
    return out


@cache
def _after_article() -> re.Pattern[str]:
    """A German article or possessive and the capitalised word after it (compiled at the first
    German text, not at import)."""
    return re.compile(
        r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[rnms]?)?|[Ss]ein(?:e[rnms]?)?|[Ii]hr(?:e[rnms]?)?)"
        r"\s+([A-ZÄÖÜ][\w-]+)\b")


def named_with_role(state: ReadingState, role: str, pos: int, lang: str) -> Entry | None:
    """The person named last before ``pos`` whose known role has the head noun ``role``
    ("economista" for "Rita Carvalhais, economista-chefe da consultora"), if any."""
    for e in reversed(state.cast.entries):
        if 0 <= e.first < pos and e.role and _same_role(e, role, lang):
            return e
    return None


def nouns_after_articles(text: str) -> frozenset[str]:
    """Capitalised German words the text puts right after an article or possessive."""
    return frozenset(m.group(1) for m in _after_article().finditer(text))


def may_speak(word: str, lang: str) -> bool:
    """A noun that can name a speaker all the same: an acronym (der WWF), a role or a source
    head (das Gericht, die Demonstranten)."""
    return sum(c.isupper() for c in word) >= 2 or is_role(word, lang) or is_source_head(word, lang)


def _body_before_name(role: str, lang: str) -> bool:
    """Role words that open a body's name: a capitalised source head that is no role and its
    link word ("Ministry of", "Department for"), before a capitalised name."""
    words = role.split()
    return len(words) == 2 and words[0][:1].isupper() and (
        words[1] in table_words(lang, "body_links")) and (
        is_source_head(words[0], lang) and not is_role(words[0], lang))


def resolve(a: Attribution, state: ReadingState, pos: int, lang: str
             ) -> tuple[str | None, Entry | None]:
    """Canonical speaker for an attribution: a person of the cast or a label."""
    cast = state.cast
    if a.pronoun:
        # The subject pronoun of a verb of telling before the quote means someone named before
        # it, never the one told after it ("He told BBC Radio Wales: …" is not the station)
        told = a.cue is not None and key(a.cue) in ADDRESSEE_VERBS and 0 <= a.start < pos
        # a dropped subject before the quote ("Os aumentos, disse, podem «…»") means someone
        # the text was about before its clause, not the clause's own subject
        dropped = not a.mention and 0 <= a.start < pos
        return _resolve_pronoun(a.mention, state, a.start if told or dropped else pos, lang)
    if a.name and is_group(a.name):
        return a.name, None  # "Pékin et Moscou": a collective source, kept as said
    if a.name and a.role and _body_before_name(a.role, lang):
        # "The Ministry of Justice", "the Department for Education": the body's name runs from
        # its head noun, not a person called Justice
        named = cast.add(f"{a.role} {a.name}", None, pos)
        named.add_alias(a.mention)
        return named.name, named
    if a.name:
        named = cast.add(a.name, a.role, pos)
        named.add_alias(a.mention if a.role and not a.mention.startswith(",") else a.name)
        return named.name, named
    label = _without_preposition(with_complement(state.text, a, lang).strip(" ,;:"), lang)
    dets = DETERMINERS.get(lang, frozenset())
    if one_of_them(label, lang):
        return label, None  # "uno di loro": one of a group, kept as said
    if not any(len(w) > 2 and key(w) not in dets for w in label.split()):
        return None, None  # "l'", "der": articles alone name no one
    if key(label.split()[0]) in _INDEFINITE - table_words(lang, "definite"):
        return label, None  # (Portuguese "a" is "the", not English "a")
    split = _words(label)
    if len(split) == 2 and key(split[0]) in dets and (nth := ordinal(split[1], lang)):
        return _nth_named(state, pos, nth)  # "la seconde": one of two named just before
    found = _in_cast(state, label, split, (pos, a.start), lang)
    if found:
        found.add_alias(label)
        return found.name, found
    words = [key(w) for w in split]
    definite = bool(words) and (words[0] in definite_openers(lang) or words[0].endswith(("'", "’")))
    back = _described_before(state, label, split, pos, lang) if definite and len(
        split) == 2 else None
    if back is not None:
        return back
    head_is_role = any(is_role(w, lang) for w in split[1:3])
    # A head that also names an unnamed source ("le porte-parole", "l'expert") refers back only
    # to the one who has just spoken: "Pour Jérémie Zimmermann, « … » Le porte-parole du
    # collectif …"
    source_head = any(is_source_head(w, lang) for w in split[1:2])
    if definite and source_head and len(split) == 2 and lang in LABELS_REFER_BACK:
        earlier_source = _source_before(state, split[1], pos, label, lang)
        if earlier_source is not None:
            return earlier_source
    if (a.pattern in ("incise", "inner") or lang not in VERB_SECOND) and definite and (
            head_is_role) and not (
            source_head and not any(is_role(w, lang) and fold(w) not in _GENERIC_ROLES
                                    for w in split[1:2])):
        e = antecedent(state, pos, named=True)
        if e is not None and not agrees(e, role_pronoun(label, lang), lang):
            e = None  # "a magistrada" is not the man just named: a role keeps its gender
        if source_head and (e is not state.last_entry or _labelled_before(
                state, split[1], pos, label)):
            e = None  # (after "According to a senior government official", "the official")
        if e is not None and any(fold(w) in fold(label) for w in e.name.split() if len(w) > 2):
            e = None  # "Le porte-parole de Marc Dubois" is not Marc Dubois
        if e is not None and _same_role(e, label, lang) and not _other_office(
                e, state, split, lang):  # ("der Sportchef von Bayer": not the player just named)
            if not e.role:
                e.role = _strip(label, lang)
            e.add_alias(label)
            return e.name, e
    earlier = _earlier_label(label, split, definite, state, lang)
    if earlier is not None:
        return earlier, None
    state.labels[fold(label)] = label
    return label or None, None


def _other_office(e: Entry, state: ReadingState, split: list[str], lang: str) -> bool:
    """The role label ``split`` has a complement of its own after its role noun ("der
    Sportchef von Bayer", "die Sprecherin des Vereins"), where the language reads such a label
    as an office (trait ``described_roles``), and ``e`` is someone the text gave no role who
    has not just spoken: an office of a named body is held by whom the text says holds it, or
    by whoever has just spoken ("Weiter sagte X: „…“ Dies sagte der Präsident des
    Unternehmens")."""
    return lang in DESCRIBED_ROLES and not e.role and e is not state.last_entry and len(
        split) > 3 and key(split[2]) in np_links(lang)


def _in_cast(state: ReadingState, label: str, split: list[str], at: tuple[int, int], lang: str
             ) -> Entry | None:
    """The person of the cast a label names: the holder of its role, or a person the label
    names; none for unnamed sources with no article ("Fuentes de la concesionaria, Urbaser
    Norte": the body's name is not theirs)."""
    if key(split[0]) in table_words(lang, "bare_sources"):
        return None
    found = _role_holder(state, label, split, at, lang)
    dets = DETERMINERS.get(lang, frozenset())
    if found is None and not (len(split) > 1 and key(split[0]) in dets and is_role(split[1], lang)):
        # (a role before a name is someone else: "le porte-parole de Marc Dubois", "der
        # Sprecher von Tony Blair")
        found = state.cast.find(label)
        if found is not None and key(split[0]) in dets:
            state.cast.describe(found, label)  # "Le documentaire d'Al Jazeera" names Al Jazeera
    return found


_ORDINAL_REACH = 400  # characters back to the sentence that named the people an ordinal counts


def _nth_named(state: ReadingState, pos: int, nth: int) -> tuple[str | None, Entry | None]:
    """The ``nth`` of the last two people named before ``pos``, in the order the text first
    named them ("Le maire, X, et son opposante, Y, … Le premier …, la seconde …"); no one when
    fewer than two were named close before."""
    firsts: dict[int, int] = {}  # entry id -> its first mention in reach
    latest: list[Entry] = []
    for at, e in reversed(state.cast.mentions):
        if at >= pos or e.first < 0:
            continue
        if at < pos - _ORDINAL_REACH:
            break
        firsts[id(e)] = at
        if e not in latest and len(latest) < 2:
            latest.append(e)
    if len(latest) < 2 or nth > 2:
        return None, None
    e = sorted(latest, key=lambda x: firsts[id(x)])[nth - 1]
    return e.name, e


def _resolve_pronoun(pronoun: str, state: ReadingState, pos: int, lang: str
                     ) -> tuple[str | None, Entry | None]:
    """A pronoun's person: its antecedent, else the previous speaker ("…, résume
    l'universitaire. « … », a-t-il dit") unless the text shows them of the pronoun's other
    gender, else the person named last, close before, who agrees ("selon Rami Abd al-Rahman
    …"); "on", "we", "I" name no one."""
    if key(pronoun) in IMPERSONAL | _SELF:
        return None, None
    e = antecedent(state, pos, pronoun=pronoun, lang=lang)
    if e is not None:
        return e.name, e
    prev = state.last_entry
    # (the previous speaker as an entry, a label kept as said when the cast has none)
    last = prev or Entry(state.last_speaker or "", first=-1)
    if plural_pronoun(pronoun, lang):
        # "affirment-ils" with no group named before: not the one person who spoke last
        return (state.last_speaker, prev) if plural(last) else (None, None)
    if state.last_speaker and not (prev is not None and (
            _place(prev, lang) or _other_gender(prev, pronoun, lang))):
        if _thing(last, lang):
            # "…, indique l'hebdomadaire. Le docteur X l'explique … « … », dit-il": a medium
            # or a body spoke last, but a person named since is whom il/elle means.
            since = _person_since(state, pos, pronoun, lang)
            if since is not None:
                return since.name, since
        # (with the previous speaker's entry: the next pronoun checks its gender against it)
        return state.last_speaker, prev
    # A previous speaker the text shows to be of the other gender is not whom he/she means
    # ("Anne Roy met Paul Durand. '…,' she said. '…,' he added."): the person named last,
    # close before, who agrees - else no one.
    e = state.cast.last_mention(pos, PRONOUN_REACH, lambda m: agrees(m, pronoun, lang)
                                and not _place(m, lang))
    return (e.name, e) if e else (None, None)


def _other_gender(e: Entry, pronoun: str, lang: str) -> bool:
    """The text shows ``e`` of the gender other than the pronoun's (Mme X for "il"); unknown
    on either side is no disagreement (German "sie", a first name not in the lists)."""
    p = pronoun_gender(pronoun)
    g = entry_gender(e, lang) if p else None
    return g is not None and g != p


def _earlier_label(label: str, split: list[str], definite: bool, state: ReadingState,
                   lang: str) -> str | None:
    """The unnamed source named before that ``label`` refers back to, if any."""
    if len(split) > 2 and key(split[1]) in table_words(lang, "anaphoric"):
        # "a mesma fonte", "o mesmo responsável": the unnamed source with that head quoted last
        head = fold(split[2])
        for earlier in islice(reversed(state.labels.values()), _LABEL_REACH):
            if head in (fold(w) for w in _words(earlier)[:3]):
                return earlier
    same = state.labels.get(fold(label))
    if same is not None:
        return same  # "le quotidien" after "Le quotidien": one source, one spelling
    if definite and len(split) == 2:
        # "die Fraktion" after "die SPD-Landtagsfraktion", "le documentaire" after "Le
        # documentaire d'Al Jazeera" or "Un reportage diffusé …": the source named before, in
        # full (among the last few named: a long text must not make every look-up longer).
        head = fold(split[1])
        for earlier in islice(reversed(state.labels.values()), _LABEL_REACH):
            its = _words(earlier)
            if len(head) >= 4 and (fold(its[-1]).endswith(head) if lang in COMPOUNDS else (
                    len(its) > 2 and fold(its[1]) == head)):
                return earlier
    return None


def _source_before(state: ReadingState, head: str, pos: int, label: str, lang: str
                   ) -> tuple[str, Entry | None] | None:
    """The source with this head word that a sentence shortly before is about, unnamed ("A
    spokesperson for the airline said it …") or speaking for a body ("A spokesman for
    Northline said …"): "the spokesperson" a few sentences on is that source, even when
    someone else has spoken since."""
    h, links = fold(head), table_words(lang, "complement_preps")
    for p, e in state.subjects.before(pos):
        if p < pos - PRONOUN_REACH:
            if state.subjects.ordered:
                break
            continue
        if fold(e.name) == fold(label):
            continue  # (the quote's own sentence, whose subject this label is)
        words = [key(w) for w in e.name.split()]
        at = words.index(h) if h in words[:3] else -1
        if e.first < 0 and at > 0 and (at + 1 == len(words) or words[at + 1] in links):
            # (the head ends the phrase or takes its complement: "An official with the state
            # fire agency"; not a phrase run into its verb, "The club are")
            state.labels[fold(label)] = e.name
            return e.name, None
        if e.first >= 0 and e.role and fold(e.role).split()[0] == h:
            e.add_alias(label)  # ("spokesman for" Northline; not "chef de la police" X)
            return e.name, e
    return None


_NEXT_SENTENCE = 400  # characters from an introduction to the sentence that may name its person
_INTRO_WORDS = 3  # lower-case words between the article and the head ("a retired farm worker")


def unnamed_introductions(text: str, lang: str, subjects: Subjects,
                          quoted: list[tuple[int, int]]) -> dict[str, list[tuple[int, str]]]:
    """The people ``text`` introduces without a name, where the language's labels refer back
    (trait ``labels_refer_back``): an indefinite article, at most three lower-case words and a
    role or person noun ("a local pharmacist", "a pensioner's flat"), with no name in
    apposition after it ("a pensioner, Edna Walsh"), and not a sentence's subject that the next
    sentence names ("A plumber who … . Darren Pickles, 41, …": the person named); words inside
    the ``quoted`` spans (sorted) are the speaker's, not the narrator's. Head noun ->
    ``[(offset, phrase)]``, in reading order."""
    if lang not in LABELS_REFER_BACK:
        return {}
    indefinite = table_words(lang, "indefinite")
    persons = folded("person_nouns", lang)
    out: dict[str, list[tuple[int, str]]] = {}
    toks = tokenize(text, 0, len(text))
    starts = [a for a, _ in quoted]
    for k, t in enumerate(toks):
        if key(t.text) not in indefinite:
            continue
        q = bisect_right(starts, t.start) - 1
        if q >= 0 and t.start < quoted[q][1]:
            continue
        for j in range(k + 1, min(len(toks) - 1, k + 2 + _INTRO_WORDS)):
            word = re.sub(r"['’]s$", "", toks[j].text)
            if not (word[:1].islower() and word.replace("-", "").isalpha()):
                break
            if not (is_role(word, lang) or fold(word) in persons):
                continue
            after = toks[j + 1: j + 3]
            if not (after[0].cap or (after[0].text == "," and len(after) > 1 and after[1].cap)
                    ) and not (t.cap and _named_next(subjects, t.start)):
                out.setdefault(fold(word), []).append((t.start, text[t.start:toks[j].end]))
            break
    return out


def _named_next(subjects: Subjects, pos: int) -> bool:
    """The sentence after the one opening at ``pos`` is about a named person."""
    k = bisect_right(subjects.offsets, pos)
    if k >= len(subjects.items) or not subjects.ordered:
        return False
    at, entry = subjects.items[k]
    return entry.first >= 0 and at - pos < _NEXT_SENTENCE


def _described_before(state: ReadingState, label: str, split: list[str], pos: int, lang: str
                      ) -> tuple[str, Entry | None] | None:
    """Whom a definite label of two words refers back to by what the text said of them: the
    unnamed person introduced with its head noun ("the pharmacist" after "by a local
    pharmacist, who …"), or, for an age (trait ``age_descriptors``: "The 23-year-old told
    reporters:"), the person the text is about, as for a role noun."""
    introduced = _introduced(state, split, pos)
    if introduced is not None:
        state.labels[fold(label)] = introduced
        return introduced, None
    if lang in AGE_DESCRIPTORS and is_age(split[1]):
        e = antecedent(state, pos, named=True)
        if e is not None:
            e.add_alias(label)
            return e.name, e
    return None


def _introduced(state: ReadingState, split: list[str], pos: int) -> str | None:
    """The unnamed person a definite noun of two words refers back to ("the pharmacist" after
    "It was started by a local pharmacist, who …"): the last one introduced before ``pos``
    with that head, as the text introduced them ("A local pharmacist")."""
    before_pos = [phrase for p, phrase in state.intros.get(fold(split[1]), []) if p < pos]
    if not before_pos:
        return None
    phrase = before_pos[-1]
    return phrase[:1].upper() + phrase[1:]


def _labelled_before(state: ReadingState, head: str, pos: int, label: str) -> bool:
    """An unnamed source with this head word was quoted recently, or is what a sentence since
    the last quote is about ("According to a senior government official, …" before "the
    official")."""
    h = fold(head)
    if any(h in fold(earlier).split()
           for earlier in islice(reversed(state.labels.values()), _LABEL_REACH)):
        return True
    for p, e in state.subjects.before(pos):
        if p <= state.last_pos:
            break  # (subjects come last first)
        if e.first < 0 and h in fold(e.name).split() and fold(e.name) != fold(label):
            return True  # (not the quote's own sentence, whose subject this label is)
    return False


def _words(label: str) -> list[str]:
    """The words of a label, an elided article apart ("l’élu" -> "l’", "élu")."""
    return label.replace("’", "’ ").replace("'", "' ").split()


def _without_preposition(label: str, lang: str) -> str:
    """French "de la maire sortante", "du jeune homme" -> the noun phrase itself (a source
    phrase cut after its "selon" or "auprès"); "d'ajouter" (a verb) -> nothing."""
    if lang not in ELIDED_SOURCE_PREPOSITION:
        return label
    m = re.match(r"(?i)(?:de |du |d['’])(.+)", label)
    if m is None:
        return label
    rest = m.group(1)
    if " " not in rest and rest[:1].islower() and rest.endswith(("er", "ir", "re")):
        return ""  # "avant d'ajouter"
    if label[:2].lower() == "du":
        return "le " + rest
    first = rest.split()[0].lower()
    if label[:3].lower() == "de " and not (rest[:1].isupper() or first == "la" or first.startswith(
            ("l'", "l’"))):
        return label  # "De nombreux habitants": an article, not a preposition
    return rest


def _strip(label: str, lang: str) -> str:
    words = label.split()
    dets = DETERMINERS.get(lang, frozenset())
    if words and fold(words[0]) in dets:
        words = words[1:]
    out = " ".join(words)
    for el in ("l'", "l’"):
        out = out.removeprefix(el)
    return out


