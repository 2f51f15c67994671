"""The cast of an article: one :class:`Entry` per person, and the indexes that keep looking
people up linear in the article's length.

Every look-up answers exactly what a scan of ``Cast.entries`` in order would (the first entry
whose name or alias is the mention, else the first whose name is inside it, else the newest
whose surname it gives): the indexes only skip the entries that cannot match. They are kept
up to date by :meth:`Cast.add`, :meth:`Entry.add_alias` and the ``name`` / ``role`` setters,
so an entry's fields may be changed from anywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from newsbrief.quotes.lang import folded, union
from newsbrief.quotes.lexicon import fold

# (and the English possessives: "his son" is the person introduced as "his son Donavan")
_ALL_DETS = folded("determiners") | union("role_possessives")
_WORD = re.compile(r"\w+")
_PREFIX = 3  # names at least this long are indexed by their first characters


# Two-letter first names: "Ed Miliband" is not "Justine Miliband" (shorter words are
# honorifics and particles: "Mr", "al-", "de").
_SHORT_GIVEN = union("short_given")


@lru_cache(maxsize=1 << 14)
def _parts(name: str) -> tuple[str, ...]:
    """The folded words of a name that can identify it (three letters or more, or a two-letter
    first name)."""
    return tuple(w for w in _WORD.findall(fold(name)) if len(w) > 2 or w in _SHORT_GIVEN)


@lru_cache(maxsize=1 << 14)
def _strip_det(phrase: str) -> str:
    """Folded phrase without its leading determiner (``le président chinois`` -> ``président
    chinois``)."""
    words = fold(phrase).replace("’", "'").replace("'", "' ").split()  # "l'ONG" -> "l'", "ong"
    while len(words) > 1 and words[0] in _ALL_DETS:
        words = words[1:]  # (never the last word: English "son" is French "his")
    if words and words[0].endswith("'"):
        words = words[1:]
    return " ".join(words)


class Entry:
    """One person of the cast: canonical name, role and every alias the text used. Entries
    compare and hash by identity: each is one person, kept in the cast's indexes."""

    __slots__ = ("_cast", "_folded", "_index", "_name", "_role", "aliases", "first")

    def __init__(self, name: str, role: str | None = None, aliases: list[str] | None = None,
                 first: int = 0) -> None:
        self._name = name
        self._role = role
        self.aliases: list[str] = []
        self._folded: set[str] = set()  # the aliases, folded
        self.first = first
        self._cast: Cast | None = None  # set when the entry joins a cast
        self._index = -1  # its place in ``Cast.entries``
        for a in aliases or []:
            self.add_alias(a)

    def __repr__(self) -> str:
        return (f"Entry(name={self._name!r}, role={self._role!r}, aliases={self.aliases!r}, "
                f"first={self.first!r})")

    @property
    def name(self) -> str:
        """The canonical name."""
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        if self._cast is not None:
            self._cast._unindex_name(self)
        self._name = value
        if self._cast is not None:
            self._cast._index_name(self)

    @property
    def role(self) -> str | None:
        """The role the text gave the person (``ministre de la Défense``), if any."""
        return self._role

    @role.setter
    def role(self, value: str | None) -> None:
        if self._cast is not None:
            self._cast._unindex_role(self)
        self._role = value
        if self._cast is not None:
            self._cast._index_role(self)

    def add_alias(self, alias: str) -> None:
        """Remember ``alias`` once (case-insensitively)."""
        f = fold(alias)
        if alias and f not in self._folded:
            self.aliases.append(alias)
            self._folded.add(f)
            if self._cast is not None:
                self._cast._index_exact(f, self)


class Cast:
    """The people of one article and the mentions that refer to them."""

    def __init__(self, compound_surnames: bool = False) -> None:
        # "Rebelo de Sousa" is Marcelo Rebelo de Sousa: a surname of several words
        self.compound_surnames = compound_surnames
        self.entries: list[Entry] = []
        self.mentions: list[tuple[int, Entry]] = []  # where people_in saw each person
        self._mention_at: list[int] = []  # positions of ``mentions``, while they are sorted
        self._exact: dict[str, list[Entry]] = {}  # folded name or alias -> entries
        # folded names by their first characters, then by length: name prefix -> length -> …
        self._long: dict[str, dict[int, dict[str, list[Entry]]]] = {}
        self._short: dict[str, list[Entry]] = {}  # folded names shorter than _PREFIX
        self._surname: dict[str, list[Entry]] = {}  # last name part -> entries, in order
        self._given: dict[str, list[Entry]] = {}  # first part of a full name -> entries
        self._role: dict[str, list[Entry]] = {}  # stripped role -> entries
        self._role_word: dict[str, set[Entry]] = {}  # word of a stripped role -> entries
        self._initials: dict[str, list[Entry]] = {}  # "hrw" -> Human Rights Watch

    # -- look-ups -------------------------------------------------------------------------

    def find(self, mention: str, at: int | None = None) -> Entry | None:
        """The person ``mention`` names: full name, surname, or a role the text gave them.
        ``at``: where the mention is; of two people with that surname, the one introduced
        last before it ("Obama" early in the text is not Michelle Obama, named at the end)."""
        f = fold(mention)
        exact = self._exact.get(f)
        if exact:
            return exact[0]
        inside = self._name_inside(f)
        if inside is not None:
            return inside
        if 2 <= len(mention) <= 6 and mention.isupper() and mention.isalpha():
            spelled = self._initials.get(f)
            if spelled:
                return spelled[0]  # "HRW" after "Human Rights Watch"
        words = _parts(mention)
        if not words:
            return None
        best: Entry | None = None
        for w in set(words):
            for e in reversed(self._surname.get(w, ())):
                if best is not None and e._index < best._index:
                    break
                if at is not None and e.first > at and any(
                        0 <= o.first <= at for o in self._surname.get(w, ())):
                    continue  # introduced after the mention, and someone else was before it
                parts = _parts(e.name)
                # A surname alone ("Poutine") is the person; "Souha Arafat" is not "Yasser".
                if len(words) == 1 or len(parts) == 1 or words[0] == parts[0] or (
                        self.compound_surnames and len(parts) > len(words)
                        and parts[-len(words):] == words):
                    best = e
                    break
        if best is None and len(words) == 1:
            # "Julia explained" after "Julia Louis-Dreyfus": a first name alone, when one person
            # named before has it.
            given = [e for e in self._given.get(words[0], ()) if at is None or 0 <= e.first <= at]
            if len(given) == 1:
                best = given[0]
        return best

    def _name_inside(self, f: str) -> Entry | None:
        """The first entry whose folded name is a substring of ``f``."""
        best: Entry | None = None
        if self._short:
            empty = self._short.get("")
            if empty:
                best = empty[0]  # an empty name is inside every mention
            for n in range(1, _PREFIX):
                for i in range(len(f) - n + 1):
                    for e in self._short.get(f[i:i + n], ()):
                        if best is None or e._index < best._index:
                            best = e
                        break  # the list is in entry order: its first is its best
        if self._long:
            for i in range(len(f) - _PREFIX + 1):
                by_length = self._long.get(f[i:i + _PREFIX])
                if not by_length:
                    continue
                for n, names in by_length.items():
                    es = names.get(f[i:i + n]) if i + n <= len(f) else None
                    if es and (best is None or es[0]._index < best._index):
                        best = es[0]
        return best

    def last_before(self, pos: int, reach: int) -> Entry | None:
        """The person named last before ``pos``, at most ``reach`` characters back."""
        return self.last_mention(pos, reach, lambda e: True)

    def last_mention(self, pos: int, reach: int, ok: Callable[[Entry], bool]) -> Entry | None:
        """The last mention before ``pos``, at most ``reach`` characters back, whose person
        passes ``ok`` (in the order of ``mentions``)."""
        if len(self._mention_at) != len(self.mentions):  # not sorted: scan them all
            found = None
            for at, e in self.mentions:
                if pos - reach <= at < pos and ok(e):
                    found = e
            return found
        i = bisect_left(self._mention_at, pos) - 1
        while i >= 0 and self._mention_at[i] >= pos - reach:
            e = self.mentions[i][1]
            if ok(e):
                return e
            i -= 1
        return None

    def label(self, mention: str) -> Entry:
        """An unnamed source (der Geschäftsführer) that later pronouns may refer to; it is not
        listed among the people."""
        return Entry(mention.strip(" ,;:"), first=-1)

    def find_role(self, role: str) -> Entry | None:
        """The person whose known role is ``role`` (le ministre de la Défense)."""
        core = _strip_det(role)
        if not core:
            return None
        same = self._role.get(core)
        if same:
            return same[0]
        # "la chancelière" for the one person introduced as "la chancelière allemande".
        sets = sorted((self._role_word.get(w, set()) for w in set(core.split())), key=len)
        if len(sets) == 1:
            return next(iter(sets[0])) if len(sets[0]) == 1 else None
        found: Entry | None = None
        for e in sets[0]:  # the one person with every word of the role, if just one
            if all(e in s for s in sets[1:]):
                if found is not None:
                    return None
                found = e
        return found

    # -- changes --------------------------------------------------------------------------

    def add(self, name: str, role: str | None, at: int) -> Entry:
        """Register a person (or find them again) and their role."""
        e = self.find(name, at)
        if e is None:
            e = Entry(name, first=at)
            e._cast, e._index = self, len(self.entries)
            self.entries.append(e)
            self._index_name(e)
            self._index_role(e)
        elif len(name) > len(e.name) and fold(e.name) in fold(name):
            e.name = name  # "Poutine" seen first, "Vladimir Poutine" later: keep the full name
        e.add_alias(name)
        if role and not e.role:
            e.role = role
        return e

    def describe(self, entry: Entry, phrase: str) -> None:
        """Remember that ``phrase`` (le documentaire d'Al Jazeera) describes ``entry``, so that
        a later "le documentaire" finds it with :meth:`find_role`; its role stays the first
        one the text gave (la chaîne quatarie)."""
        if _strip_det(phrase) and (not entry.role or _strip_det(phrase) != _strip_det(entry.role)):
            self._index_role_words(entry, phrase)

    def mention(self, at: int, entry: Entry) -> None:
        """Record that the text names ``entry`` at ``at``."""
        self.mentions.append((at, entry))
        if len(self._mention_at) == len(self.mentions) - 1 and (
                not self._mention_at or self._mention_at[-1] <= at):
            self._mention_at.append(at)

    def _index_exact(self, f: str, e: Entry) -> None:
        _insert(self._exact.setdefault(f, []), e)

    def _index_name(self, e: Entry) -> None:
        f = fold(e.name)
        self._index_exact(f, e)
        if len(f) < _PREFIX:
            _insert(self._short.setdefault(f, []), e)
        else:
            by_length = self._long.setdefault(f[:_PREFIX], {}).setdefault(len(f), {})
            _insert(by_length.setdefault(f, []), e)
        parts = _parts(e.name)
        if parts:
            _insert(self._surname.setdefault(parts[-1], []), e)
        if len(parts) >= 2:
            _insert(self._given.setdefault(parts[0], []), e)
        initials = _initials(e.name)
        if initials:
            _insert(self._initials.setdefault(initials, []), e)

    def _unindex_name(self, e: Entry) -> None:
        f = fold(e.name)
        if f not in e._folded:
            _remove(self._exact.get(f), e)
        if len(f) < _PREFIX:
            _remove(self._short.get(f), e)
        else:
            _remove(self._long.get(f[:_PREFIX], {}).get(len(f), {}).get(f), e)
        parts = _parts(e.name)
        if parts:
            _remove(self._surname.get(parts[-1]), e)
        if len(parts) >= 2:
            _remove(self._given.get(parts[0]), e)
        initials = _initials(e.name)
        if initials:
            _remove(self._initials.get(initials), e)

    def _index_role(self, e: Entry) -> None:
        if e.role:
            self._index_role_words(e, e.role)

    def _index_role_words(self, e: Entry, role: str) -> None:
        core = _strip_det(role)
        _insert(self._role.setdefault(core, []), e)
        for w in set(core.split()):
            self._role_word.setdefault(w, set()).add(e)

    def _unindex_role(self, e: Entry) -> None:
        if e.role:
            core = _strip_det(e.role)
            _remove(self._role.get(core), e)
            for w in set(core.split()):
                self._role_word.get(w, set()).discard(e)


def _initials(name: str) -> str:
    """Folded initials of a name of three capitalised words or more ("Human Rights Watch" ->
    "hrw"), else ""."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ""
    return fold("".join(w[0] for w in words))


def _index(e: Entry) -> int:
    return e._index


def _insert(es: list[Entry], e: Entry) -> None:
    """Put ``e`` into a list kept in entry order (almost always at its end)."""
    if any(x is e for x in es):
        return
    es.append(e)
    if len(es) > 1 and es[-2]._index > e._index:
        es.sort(key=_index)


def _remove(es: list[Entry] | None, e: Entry) -> None:
    if es is not None:
        for i, x in enumerate(es):
            if x is e:
                del es[i]
                return
