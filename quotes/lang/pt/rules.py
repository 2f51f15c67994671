"""Portuguese lead-in patterns (rules only Portuguese needs, beside its data).

``Diz-se que «…»``, ``Em Mértola, comenta-se que «…»``, ``Ouviu-se «…»``: a speech verb with the
impersonal ``se`` and no subject names no one (``impersonal.txt``), unless it names where the
words were said (``Afirma-se no relatório que «…»``: the report).
:func:`newsbrief.quotes.leadin.before` calls these.
"""

from __future__ import annotations

from newsbrief.document.tokens import Tok
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import is_source_head, key, np_links, np_stop
from newsbrief.quotes.phrases import Attribution, candidate, make_attribution


def impersonal(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """The clause's impersonal speech verb as an attribution to no one (pattern
    ``impersonal``), or to the source it names right after it; None when the clause has none,
    or when a subject stands before it (``A ministra diz-se preocupada``: reflexive)."""
    forms = table_words(lang, "impersonal")
    preps = np_stop(lang) | np_links(lang)
    for k, t in enumerate(toks):
        if key(t.text) not in forms:
            continue
        if any(candidate(toks, i, text, lang) and not (i > 0 and key(toks[i - 1].text) in preps)
               for i in range(k)):
            return None  # (the object of a preposition is no subject: "Em Mértola, diz-se")
        m = k + 1
        if m + 1 < len(toks) and key(toks[m].text) in preps and is_source_head(
                toks[m + 1].text, lang):
            return make_attribution(toks, m + 1, text, lang, t.text, "source")
        return Attribution(t.text, t.start, None, None, False, t.text, "impersonal")
    return None
