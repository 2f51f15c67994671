"""Grammatical gender of pronouns and of the people a text names, so that ``a-t-elle précisé``
does not go to the man named last. Cheap evidence only: an honorific (Mme, Herr, Mr), a role
noun in a gendered form (présidente, Ministerin, directora, spokeswoman) or a first name from a
short list. Unknown stays unknown, and an unknown person agrees with every pronoun."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from newsbrief.quotes.cast import Entry
from newsbrief.quotes.lang import by_gender, folded, table, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    COMPOUNDS,
    GENDERED_ROLES,
    first_names,
    fold,
    is_role,
    key,
    np_links,
)

# (German "sie" has no gender in the table: it is also "they"). Folded as the words looked up
# are: Spanish "él" is kept as written in its table.
_PRONOUNS = {g: frozenset(map(fold, ws)) for g, ws in by_gender("pronouns").items()}
# Honorifics (Mme, Herr, Mr) and English role nouns (spokeswoman) with the gender they show.
# The table keeps its words as written (señora); they are looked up folded, so folded here too.
_HONORIFICS = {g: frozenset(map(fold, ws)) for g, ws in by_gender("honorific_genders").items()}
_EN_ROLES = by_gender("role_genders")


def pronoun_gender(word: str) -> str | None:
    """``"m"`` for il/he/er/él, ``"f"`` for elle/she/ella/lei, else None (German ``sie`` is
    "she" and "they" alike)."""
    w = fold(word)
    for g, words in _PRONOUNS.items():
        if w in words:
            return g
    return None


def role_pronoun(label: str, lang: str) -> str:
    """A pronoun of the gender the role noun of ``label`` shows ("a magistrada" -> a feminine
    one), or "" when it shows none: a role noun refers back to a person of its own gender, as
    a pronoun does (the judge just named, not the man on trial)."""
    for w in label.replace("’", " ").replace("'", " ").split():
        g = _role_gender(w, lang)
        if g:
            return min(_PRONOUNS[g])
    return ""


def _role_gender(word: str, lang: str) -> str | None:
    """Gender of a role noun by its form in ``lang``: présidente/président, Ministerin/Minister,
    directora/director, spokeswoman/spokesman. English role nouns have no gender."""
    w = fold(word)
    for g, words in _EN_ROLES.items():
        if w in words:
            return g
    roles = folded("roles", lang)
    if lang not in GENDERED_ROLES or not is_role(w, lang):
        return None
    if lang in COMPOUNDS:
        if w.endswith("in") and (w[:-2] in roles or is_role(w[:-2], lang)):
            return "f"  # Ministerin, Geschäftsführerin
        return "m" if w + "in" in roles or is_role(w + "in", lang) else None
    if w.endswith(("trice", "esse", "euse", "ière")):
        return "f"
    if w.endswith("e") and w[:-1] in roles:
        return "f"  # présidente, adjointe, députée
    if w.endswith("a") and (w[:-1] in roles or w[:-1] + "o" in roles):
        return "f"  # directora, ministra
    if w.endswith("eur") and (w[:-3] + "rice" in roles or w[:-3] + "euse" in roles):
        return "m"  # directeur / directrice, chercheur / chercheuse
    if w + "e" in roles or w + w[-1:] + "e" in roles or w + "a" in roles or (
            w[:-1] + "a" in roles and not w.endswith("a")):  # (economista is either gender)
        # adjoint / adjointe, chef / cheffe, director / directora
        return "m"
    return None


@cache
def _own_first_names(lang: str) -> dict[str, str]:
    """A language's own first names with their gender (its ``first_names.txt``, where it has
    one), folded: they agree pronouns in that language's texts only."""
    pairs = (line.split() for line in table(lang, "first_names"))
    return {fold(p[0]): p[1] for p in pairs if len(p) == 2}


def entry_gender(entry: Entry, lang: str) -> str | None:
    """What the text says about a person's gender: honorific, gendered role, first name."""
    for alias in [entry.name, *entry.aliases]:
        words = alias.split()
        if words:
            title = fold(words[0])
            for g, titles in _HONORIFICS.items():
                if title in titles:
                    return g
    if entry.role:
        linked = False
        for w in entry.role.replace("’", " ").replace("'", " ").split():
            linked = linked or key(w) in np_links(lang)
            if linked and w[:1].isupper():
                continue  # "economista-chefe da Gestora Paulista": a body's name, not the person
            by_role = _role_gender(w, lang)
            if by_role:
                return by_role
    if entry.first < 0:
        return None  # an unnamed source ("die Polizei") has no first name
    first = fold(entry.name.split()[0]) if entry.name.split() else ""
    own = _own_first_names(lang).get(first)
    if own:
        return own
    names = first_names()
    if first in names.get("f", frozenset()):
        return "f"
    if first in names.get("m", frozenset()):
        return "m"
    return None


# Plural determiners: "les députés de l'UMP" is not whom "il" means.
_PLURAL_DETS = union("plural_dets")
# "Paul et Marie Roy", "les syndicats et le patronat": several joined are a group.
_GROUP_CONJ = union("name_conj")


def plural(entry: Entry) -> bool:
    """An unnamed source whose determiner is plural ("les députés", "los vecinos"), or several
    people or bodies joined ("Bernard et Colette Roy")."""
    words = entry.name.split()
    if entry.first >= 0 or len(words) < 2:
        return False
    if fold(words[0]) in _PLURAL_DETS and (fold(words[0]) != "the" or words[1].endswith("s")):
        return True
    return any(fold(w) in _GROUP_CONJ and _named(n) for w, n in pairwise(words))


def _named(word: str) -> bool:
    """A word that opens a name, its elided article apart ("Colette", "l'ACPR")."""
    return word.replace("’", "'").rpartition("'")[2][:1].isupper()


def plural_pronoun(word: str, lang: str) -> bool:
    """A third-person plural pronoun of ``lang`` (ils, elles, ellos, loro): it means a group."""
    return fold(word) in table_words(lang, "plural_pronouns")


def agrees(entry: Entry, pronoun: str, lang: str) -> bool:
    """The pronoun may refer to the person: same gender and number, or either one unknown. A
    plural pronoun ("affirment-ils", "ont-elles confié") means a group the text named (a
    plural source, several people joined), never one person: the number is what it shows."""
    if plural_pronoun(pronoun, lang):
        return plural(entry)
    p = pronoun_gender(pronoun)
    if p is None:
        return True
    if plural(entry):
        return False  # il/elle/he/she/er/él/ella/lei are singular
    g = entry_gender(entry, lang)
    return g is None or g == p
