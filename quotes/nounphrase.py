"""Speaker noun phrases: who a stretch of words names (a pronoun, a role, a name, or both).

:func:`noun_phrase` reads "le ministre de la Défense Andreï Belooussov", "la directora, Marta
Ruiz", "Claire Dumont, directrice du site", "der zuständige Gewerkschaftsvorstand Uwe Foullong" or
"un cadre de l'entreprise" and splits it into the name and the role words.
"""

from __future__ import annotations

from newsbrief.quotes.lexicon import (
    AUXILIARIES,
    DE_ADVERBS,
    DETERMINERS,
    HONORIFICS,
    NOUN_CAPITALS,
    NP_LINKS,
    NP_STOP,
    POSSESSIVE_S,
    PRONOUNS,
    ROLE_PREPOSITIONS,
    fold,
    is_cue,
    is_role,
    is_source_head,
    key,
)
from newsbrief.quotes.people import Tok, name_at, person_at

PUNCT = frozenset(",.;:!?«»\"“”„‘’‚‹›()[]—–")
_CONJ = frozenset("et and und y e".split())
_ROLE_PREPS = frozenset("à au aux".split())
# Quantifiers open a noun phrase as an article does ("certains wikipédiens", "some residents").
_QUANTIFIERS = frozenset("""certains certaines plusieurs quelques nombreux nombreuses some several
    many most few einige mehrere viele manche algunos algunas varios varias muchos alcuni alcune
    molti molte diversi""".split())
_POSSESSIVE_EN = frozenset("her his their its our my".split())


def noun_phrase(toks: list[Tok], i: int, text: str, lang: str
                ) -> tuple[int, str | None, str | None]:
    """Parse a speaker noun phrase at ``toks[i]``: (end index, name, role words).

    Accepts a pronoun; or determiner/honorific, role nouns and adjectives, ``de``-complements and
    a capitalised name, joined names (Pékin et Moscou), and a comma apposition on either side
    (la directora, Marta Ruiz / Claire Dumont, directrice du site).
    """
    n = len(toks)
    if i >= n:
        return i, None, None
    possessive = (lang in POSSESSIVE_S and key(toks[i].text) in _POSSESSIVE_EN and i + 1 < n
                  and toks[i + 1].text.isalpha() and not toks[i + 1].cap)
    if key(toks[i].text) in PRONOUNS.get(lang, frozenset()) and not possessive:
        return i + 1, None, None  # (but "Her granddaughter, Paris, said": a determiner)
    dets = DETERMINERS.get(lang, frozenset()) | (_POSSESSIVE_EN if possessive else frozenset())
    j = i
    name: str | None = None
    role_start = -1
    role_end = -1
    loose = 0  # plain (non-role, lower-case) words in a row
    seen_head = False
    head_end = -1  # after the last head word (role noun, source head, capital)
    while j < n and j - i < 12:
        t = toks[j]
        f = key(t.text)
        if t.text in PUNCT or (lang in NOUN_CAPITALS and f in DE_ADVERBS):
            break
        if lang in NOUN_CAPITALS and j == i and not t.cap and f not in dets:
            break  # German noun phrases start with a capital (or a determiner, handled below)
        s, k = person_at(toks, j, lang)
        if s > j or (k == s and name_at(toks, j, lang) > j):
            # A capitalised complement of the role: "le maire de Vierzon", "de la Défense".
            if role_start < 0:
                role_start = j
            role_end = j = max(s, name_at(toks, j, lang)) if k == s else s
            head_end = role_end
            if k == s:
                continue
        if k > j:
            name = text[toks[j].start:toks[k - 1].end]
            m = k
            while m < n and m - k < 3 and toks[m].text[:1].isalpha() and (
                    is_role(toks[m].text, lang)
                    or (not toks[m].cap and lang not in NOUN_CAPITALS)) and not (
                    is_cue(toks[m].text, lang) or key(toks[m].text) in NP_STOP):
                m += 1
            if m > k and m < n and any(is_role(t.text, lang) for t in toks[k:m]) and name_at(
                    toks, m, lang) > m:
                # "Human Rights Watch-Sprecher Malinowski", "NASA chief scientist Ellen Stofan":
                # the first name qualifies the role; the person is named after it.
                role_start, role_end = (role_start if role_start >= 0 else j), m
                j, k = m, name_at(toks, m, lang)
                name = text[toks[j].start:toks[k - 1].end]
            j = k
            if (j + 1 < n and key(toks[j].text) in _CONJ and name_at(toks, j + 1, lang) > j + 1):
                j = name_at(toks, j + 1, lang)
                name = text[toks[i].start:toks[j - 1].end]
            break
        if lang in NOUN_CAPITALS and f in dets and f not in NP_LINKS and j > i and toks[j - 1].cap:
            break  # "laut einem Mitglied ein …": an article after the noun starts a new phrase
        if f in dets or f in HONORIFICS:
            if f in NP_LINKS and j > i:
                loose = 0  # "chargée de l'éducation": a complement starts afresh
            elif (loose and lang not in NOUN_CAPITALS and 0 <= role_start < j - 1
                  and key(toks[i].text) in dets and not (
                      t.cap and j + 1 < n and toks[j + 1].cap)):
                # (but "Le quotidien français Le Figaro": a name with its own article)
                # "The club issued a statement": an article after a plain word opens the
                # object; the noun phrase ended at its last head word (or its first noun).
                role_end = j = max(head_end, role_start + 1)
                break
            j += 1
            continue
        if f.endswith("'"):
            break  # s'est, qu'il: the noun phrase is over
        if f in _ROLE_PREPS and lang in ROLE_PREPOSITIONS and j > i and is_role(
                toks[j - 1].text, lang):
            m = _role_complement(toks, j, lang)
            if m > j:
                # "l'adjointe aux travaux, Samira Bouzid": a complement before an apposed name.
                role_end = j = m
                break
        if f in NP_STOP and not (f in NP_LINKS and j > i):
            break
        after_det = j > i and key(toks[j - 1].text) in dets
        if (is_cue(t.text, lang) and not after_det) or f in AUXILIARIES:
            break  # the verb; but "le communiqué", "die Mitteilung" are nouns
        if f in NP_LINKS and j > i:
            j += 1
            loose = 0  # "le collectif de défense des femmes": a complement starts afresh
            continue
        if not t.text[0].isalpha() and not (t.text[0].isdigit() and j > i):
            break  # "Der 23-jährige Sportler", "der 2004 verstorbene Bundespräsident"
        if t.cap and lang not in NOUN_CAPITALS and not is_role(t.text, lang):
            if j > i and key(toks[j - 1].text) in NP_LINKS and t.text.isalpha() and role_start >= 0:
                # "le ministre du Redressement productif": a capitalised complement of the role
                # that reads like no name (an adverb's ending)
                role_end = head_end = j = j + 1
                continue
            break
        if lang in NOUN_CAPITALS and not t.cap and role_end > role_start >= 0 and toks[
                role_end - 1].cap:
            break  # German: a lowercase word after the noun is the verb ("Die Polizei setzte")
        if j > i and f in PRONOUNS.get(lang, frozenset()):
            break  # "Son parti lui faisait …"
        head = is_role(t.text, lang) or is_source_head(t.text, lang) or t.cap
        seen_head = seen_head or head
        loose = 0 if head else loose + 1
        if head:
            head_end = j + 1
        if loose > (1 if seen_head else 2):
            break  # "le président chinois", "un haut responsable"; more is a verb phrase
        if role_start < 0:
            role_start = j
        role_end = j + 1
        j += 1
    if j == i or (name is None and role_start < 0):
        return i, None, None  # nothing but articles: "l'" alone names no one
    if name is None and not seen_head and key(toks[i].text) not in dets | _QUANTIFIERS:
        return i, None, None  # no noun and no article: "tout à coup, quelqu'un a lancé"
    role = text[toks[role_start].start:toks[role_end - 1].end] if role_start >= 0 else None
    if lang in NOUN_CAPITALS and name is None and role_start >= 0:
        # German capitalises nouns: "Vereinschef Corny Littmann" parses as role words.
        words = toks[role_start:role_end]
        caps = [k for k, w in enumerate(words) if w.cap and not is_role(w.text, lang)]
        if len(caps) >= 2 and words[-1].cap and caps[-2] + 1 == caps[-1] and not (
                caps[-2] > 0 and key(words[caps[-2] - 1].text) in NP_LINKS):
            # (but "Sprecher von Downing Street" names a place or a body, not the speaker)
            name = text[words[caps[-2]].start:words[caps[-1]].end]
    if name is None and role is not None and lang not in NOUN_CAPITALS:
        # "La procureure de la Cour pénale internationale, Mme Fatou Bensouda,": adjectives or
        # an acronym in brackets may stand between the role phrase and the apposed name.
        c = j
        depth = 0  # inside brackets: "(Ufip)"
        while c < n and c - j < 6 and (toks[c].text in "()" or depth or toks[c].text.isupper() or (
                toks[c].text[:1].isalpha() and not toks[c].cap
                and not is_cue(toks[c].text, lang) and key(toks[c].text) not in AUXILIARIES
                and key(toks[c].text) not in NP_STOP)):
            depth += (toks[c].text == "(") - (toks[c].text == ")")
            c += 1
        if c > j and c + 1 < n and toks[c].text == "," and not depth:
            k0 = c + 1
            while k0 < n and fold(toks[k0].text.rstrip(".")) in HONORIFICS:
                k0 += 1
            k0, k = _apposed_name(toks, k0, lang)
            if k > k0:
                return k, text[toks[k0].start:toks[k - 1].end], text[
                    toks[role_start].start:toks[c - 1].end]
    # Apposition: ", Marta Ruiz" after a role, ", directrice du site" after a name.
    if j + 1 < n and toks[j].text == ",":
        if name is None and role is not None:
            k0, k = _apposed_name(toks, j + 1, lang)
            if k > k0:
                return k, text[toks[k0].start:toks[k - 1].end], role
        elif name is not None and role is None:
            k = j + 1
            if k < n and (key(toks[k].text) in dets or toks[k].text.endswith(("'", "’"))):
                k += 1
            if k < n and is_role(toks[k].text, lang):
                end, _, r2 = noun_phrase(toks, k, text, lang)
                if r2:
                    return end, name, r2
    return j, name, role


def _apposed_name(toks: list[Tok], k: int, lang: str) -> tuple[int, int]:
    """(start, end) of a name set off by commas at ``toks[k]`` that closes the noun phrase
    ("…, Jean Louis Schilansky,"), past the article of an organisation's name ("…, l'April :");
    ``end == start`` when there is none."""
    if k + 1 < len(toks) and (key(toks[k].text) in DETERMINERS.get(lang, frozenset())
                              or toks[k].text.endswith(("'", "’"))) and toks[k + 1].cap:
        k += 1
    end = name_at(toks, k, lang)
    if end > k and (end >= len(toks) or toks[end].text in PUNCT or (
            lang in NOUN_CAPITALS and end - k >= 2 and toks[end].text[:1].islower())):
        # (German text often drops the closing comma: "…der Grünen, Volker Beck das Pontifikat")
        return k, end
    return k, k


def _role_complement(toks: list[Tok], j: int, lang: str) -> int:
    """End of "aux travaux" after a role noun when a comma and a name follow, else ``j``."""
    for m in range(j + 1, min(len(toks), j + 5)):
        if toks[m].text == ",":
            ok = m > j + 1 and m + 1 < len(toks) and name_at(toks, m + 1, lang) >= m + 3
            return m if ok else j
        if not toks[m].text[:1].isalpha() or toks[m].cap:
            return j
    return j
