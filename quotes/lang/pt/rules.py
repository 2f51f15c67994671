"""Portuguese lead-in patterns (rules only Portuguese needs, beside its data).

``Diz-se que «…»``, ``Em Mértola, comenta-se que «…»``, ``Ouviu-se «…»``: a speech verb with the
impersonal ``se`` and no subject names no one (``impersonal.txt``), unless it names where the
words were said (``Afirma-se no relatório que «…»``: the report).
The same verb after the quote (``«…», lê-se no comunicado da X``, ``pode ler-se no
relatório``) is ``incise.impersonal-se``. :func:`newsbrief.quotes.leadin.before` and
:mod:`newsbrief.quotes.attribution` call these.
"""

from __future__ import annotations

from newsbrief.document.tokens import Tok
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import is_source_head, key, np_links, np_stop
from newsbrief.quotes.phrases import Attribution, candidate, label_attribution, make_attribution


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
            return make_attribution(toks, m + 1, text, lang, t.text, "source") or (
                _text_named(toks, m + 1, text, lang, t.text))
        return Attribution(t.text, t.start, None, None, False, t.text, "impersonal")
    return None


def _text_named(toks: list[Tok], h: int, text: str, lang: str, cue: str) -> Attribution:
    """"lê-se no comunicado da Plataforma Ferroviária": the text's head noun (a participle
    too, which the noun-phrase reader takes for a verb) and the names or bodies linked to it."""
    end = h + 1
    while end + 1 < len(toks) and key(toks[end].text) in np_links(lang) and (
            toks[end + 1].cap or is_source_head(toks[end + 1].text, lang)):
        end += 2  # "da Plataforma Ferroviária", "do sindicato"
        while end < len(toks) and toks[end].cap:
            end += 1
    return label_attribution(text, toks[h], toks[end - 1], cue, "source")
