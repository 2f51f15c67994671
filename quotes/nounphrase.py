"""Speaker noun phrases: who a stretch of words names (a pronoun, a role, a name, or both).

:func:`noun_phrase` reads "le ministre de la Défense Andreï Belooussov", "la directora, Marta
Ruiz", "Claire Dumont, directrice du site", "der zuständige Gewerkschaftsvorstand Uwe Foullong" or
"un cadre de l'entreprise" and splits it into the name and the role words.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.document.tokens import Tok
from newsbrief.quotes.lang import union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    APPOSED_ARTICLE_ROLE,
    AUXILIARIES,
    DE_ADVERBS,
    DESCRIPTOR_BEFORE_NAME,
    DETERMINERS,
    HONORIFICS,
    INDEFINITE_ARTICLES,
    INDEFINITE_DESCRIPTIONS,
    LINKED_BODY_NAMES,
    NOUN_CAPITALS,
    POSSESSIVE_S,
    PRONOUNS,
    ROLE_PREPOSITIONS,
    fold,
    is_cue,
    is_role,
    is_source_form,
    is_source_head,
    key,
    np_links,
    np_stop,
    paired_cue,
)
from newsbrief.quotes.people import (
    affiliation_at,
    may_open_name,
    name_at,
    person_at,
    qualified_head,
    role_qualifier,
)

# (punctuation, not words: ends a noun phrase in every language)
PUNCT = frozenset(",.;:!?«»\"“”„‘’‚‹›()[]—–")
_CONJ = union("name_conj")
_ROLE_PREPS = union("role_preps")
# Quantifiers open a noun phrase as an article does ("certains wikipédiens", "some residents").
_QUANTIFIERS = union("quantifiers")
_POSSESSIVE_EN = union("possessives")


@dataclass
class _Phrase:
    """A noun phrase being read from ``toks[i]``: where reading stands (``j``), the name found,
    the span of role words, and the counts that end a phrase of plain words."""

    i: int
    j: int
    dets: frozenset[str]
    name: str | None = None
    role_start: int = -1
    role_end: int = -1
    loose: int = 0  # plain (non-role, lower-case) words in a row
    seen_head: bool = False
    head_end: int = -1  # after the last head word (role noun, source head, capital)


def possessive_det(toks: list[Tok], i: int, lang: str) -> bool:
    """German "Ihr"/"Sein" before a role noun is a possessive article, not a pronoun ("Ihr
    Sprecher Paul Nagel sagte:")."""
    return lang in NOUN_CAPITALS and i + 1 < len(toks) and key(toks[i].text) in DETERMINERS.get(
        lang, frozenset()) and toks[i + 1].cap and is_role(toks[i + 1].text, lang)


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
    if key(toks[i].text) in PRONOUNS.get(lang, frozenset()) and not possessive and not (
            possessive_det(toks, i, lang)):
        return i + 1, None, None  # (but "Her granddaughter, Paris, said": a determiner)
    dets = DETERMINERS.get(lang, frozenset())
    if possessive:
        dets = dets | _POSSESSIVE_EN  # (a new set only then: most phrases have no possessive)
    ph = _Phrase(i, i, dets)
    while ph.j < n and ph.j - i < 12 and _read_word(ph, toks, text, lang):
        pass
    j, name, role_start, role_end = ph.j, ph.name, ph.role_start, ph.role_end
    if lang in NOUN_CAPITALS and name is not None and " " not in name and role_start >= 0 and (
            is_source_form(name, lang)):
        # "des Auswärtigen Amtes", "dem Chefankläger des Internationalen Strafgerichts, X": a
        # body's head noun is no person's name; with capitalised adjectives alone before it,
        # they and the noun are the body's name, else the phrase is a description
        # (capitalised adjectives after an article: "Diese Firma", "Sechs Piraten" are no name)
        name = (f"{text[toks[role_start].start:toks[role_end - 1].end]} {name}" if all(
            t.cap for t in toks[role_start:role_end]) and role_start > i and key(
                toks[role_start - 1].text) in dets else None)
        role_start = -1 if name else role_start
    if j == i or (name is None and role_start < 0):
        return i, None, None  # nothing but articles: "l'" alone names no one
    if name is None and not ph.seen_head and (
            key(toks[i].text) not in dets and key(toks[i].text) not in _QUANTIFIERS):
        return i, None, None  # no noun and no article: "tout à coup, quelqu'un a lancé"
    role = text[toks[role_start].start:toks[role_end - 1].end] if role_start >= 0 else None
    if lang in NOUN_CAPITALS and name is None and role_start >= 0:
        name = _name_in_role_words(toks[role_start:role_end], text, lang)
    if name is None and role is not None and lang not in NOUN_CAPITALS:
        found = _name_after_role_adjuncts(toks, j, role_start, text, lang)
        if found is not None:
            return found
    body = _organisation(toks, i, j, name, role_start, text, lang)
    if body is not None:
        return body
    return _apposition(toks, j, name, role, text, lang, dets)


def _capitals(toks: list[Tok], k: int, lang: str) -> int:
    """End of the capitalised words at ``toks[k]`` that may belong to a body's name: a role
    noun ("… of England Governor Mark Carney") or a possessive ends them."""
    while k < len(toks) and toks[k].cap and toks[k].text.isalpha() and not is_role(
            toks[k].text, lang):
        k += 1
    return k


def _body_head(word: str, lang: str) -> bool:
    """A noun that heads a body's name: a source head that is no role (Department, University)
    or one of the language's ``body_heads`` (Bank, Federation, Society)."""
    return (is_source_head(word, lang) and not is_role(word, lang)) or fold(word) in table_words(
        lang, "body_heads")


def _body_run(toks: list[Tok], c: int, lang: str) -> tuple[int, int]:
    """The capitals at ``toks[c]`` joined by the language's ``body_links`` (an article may
    follow the link): (end of the run, the number of links read)."""
    links, dets = table_words(lang, "body_links"), DETERMINERS.get(lang, frozenset())
    k, joined = _capitals(toks, c, lang), 0
    while k > c and k < len(toks) and key(toks[k].text) in links:
        m = k + 1 + (k + 1 < len(toks) and key(toks[k + 1].text) in dets)
        e = _capitals(toks, m, lang)
        if e == m:
            break
        k, joined = e, joined + 1
    return k, joined


def _organisation(toks: list[Tok], i: int, j: int, name: str | None, role_start: int,
                  text: str, lang: str) -> tuple[int, str | None, str | None] | None:
    """Where bodies are named by capitals joined with a link (trait ``linked_body_names``):
    "the Bank of England", "the Federation of Small Businesses" are one name, not a role
    ("Bank of") and a place ("England"); "a spokesman for the Department for the Economy"
    speaks for it; a person's full name before the link is the name ("David Williams of
    Ladbrokes"), the body after it an affiliation. None when the phrase read from ``toks[i]``
    to ``toks[j]`` is none of these."""
    if lang not in LINKED_BODY_NAMES:
        return None
    links, dets, n = table_words(lang, "body_links"), DETERMINERS.get(lang, frozenset()), len(toks)
    c = i
    while c < j and (key(toks[c].text) in dets or fold(toks[c].text.rstrip(".")) in HONORIFICS):
        c += 1
    if c < j and toks[c].cap:
        first = _capitals(toks, c, lang)
        if first == c or first >= n or key(toks[first].text) not in links:
            return None
        if _body_head(toks[first - 1].text, lang):
            end, _ = _body_run(toks, c, lang)
            inside = name is None or text.find(name, toks[c].start, toks[end - 1].end) >= 0
            return (end, text[toks[c].start:toks[end - 1].end], None) if (
                end >= j and inside) else None
        if first - c >= 2 and name is not None and first < j and text.find(
                name, toks[first].end) >= 0:
            return j, text[toks[c].start:toks[first - 1].end], None
        return None
    if name is None and role_start >= 0 and j + 1 < n and key(toks[j].text) in links and (
            is_role(toks[j - 1].text, lang)):
        # "a spokesman for the Bank of England": the body the role speaks for
        c = j + 1 + (key(toks[j + 1].text) in dets)
        end, _ = _body_run(toks, c, lang)
        if end > c:
            return end, text[toks[c].start:toks[end - 1].end], text[
                toks[role_start].start:toks[j].end]
    return None


def _read_capitals(ph: _Phrase, toks: list[Tok], k: int, text: str, lang: str) -> bool:
    """Capitals run from ``toks[ph.j]`` to ``toks[k]``: a name, read with :func:`_read_name`
    (False: the phrase ends there) - unless they open the phrase and qualify a title before a
    name after them ("Ventura County Fire Chief Dana Ruiz"): then they are role words (True:
    the name is read next)."""
    j = ph.j
    if j == ph.i and (m := role_qualifier(toks, j, k, lang)) > k:
        ph.role_start, ph.role_end, ph.j, ph.head_end, ph.seen_head = j, m, m, m, True
        return True
    _read_name(ph, toks, k, text, lang)
    return False


def _read_word(ph: _Phrase, toks: list[Tok], text: str, lang: str) -> bool:
    """Read ``toks[ph.j]`` into the phrase; False when the phrase ends before it."""
    i, j, dets = ph.i, ph.j, ph.dets
    t = toks[j]
    f = key(t.text)
    if skip := _inside_phrase(ph, toks, f, lang):
        ph.j += skip
        return True
    if t.text in PUNCT or (lang in NOUN_CAPITALS and f in DE_ADVERBS):
        return False
    if lang in NOUN_CAPITALS and j == i and not t.cap and f not in dets:
        return False  # German noun phrases start with a capital (or a determiner, handled below)
    opens = may_open_name(t)  # (else person_at and name_at would both stop at once)
    s, k = person_at(toks, j, lang) if opens else (j, j)
    if s > j or (k == s and opens and name_at(toks, j, lang) > j):
        # A capitalised complement of the role: "le maire de Vierzon", "de la Défense".
        if ph.role_start < 0:
            ph.role_start = j
        ph.role_end = ph.j = j = max(s, name_at(toks, j, lang)) if k == s else s
        ph.head_end = ph.role_end
        if k == s:
            return True
    if k > j:
        return _read_capitals(ph, toks, k, text, lang)
    links = np_links(lang)
    if lang in NOUN_CAPITALS and f in dets and f not in links and j > i and toks[j - 1].cap:
        return False  # "laut einem Mitglied ein …": an article after the noun starts a new phrase
    if f in dets or f in HONORIFICS:
        return _read_determiner(ph, toks, f, lang)
    if f.endswith("'"):
        return False  # s'est, qu'il: the noun phrase is over
    if f in _ROLE_PREPS and lang in ROLE_PREPOSITIONS and j > i and is_role(
            toks[j - 1].text, lang):
        m = _role_complement(toks, j, lang)
        if m > j:
            # "l'adjointe aux travaux, Samira Bouzid": a complement before an apposed name.
            ph.role_end = ph.j = m
            return False
    if f in _CONJ and j > i and ph.role_end == j and j + 1 < len(toks) and not toks[
            j + 1].cap and is_role(toks[j + 1].text, lang) and is_role(toks[j - 1].text, lang):
        ph.j += 1  # "el exjugador y comentarista X": two roles of one person
        return True
    if f in np_stop(lang) and not (f in np_links(lang) and j > i):
        return False
    after_det = j > i and key(toks[j - 1].text) in dets
    noun = lang in NOUN_CAPITALS and t.cap and j > i
    if (is_cue(t.text, lang) and not after_det and not noun) or f in AUXILIARIES or (
            paired_cue(toks, j, lang)):  # ("Il ministero fa sapere": a verb in two words)
        # the verb; but "le communiqué", "die Mitteilung", "einem internen Schreiben" (inside
        # a German phrase a capital makes a noun) are nouns
        return False
    if f in np_links(lang) and j > i:
        ph.j += 1
        ph.loose = 0  # "le collectif de défense des femmes": a complement starts afresh
        return True
    if not t.text[0].isalpha() and not (t.text[0].isdigit() and (j > i or is_age(t.text))):
        return False  # "Der 23-jährige Sportler", "der 2004 verstorbene Bundespräsident"
    if t.cap and lang not in NOUN_CAPITALS and not (is_role(t.text, lang) or _bare(f, j, i, lang)):
        if j > i and key(toks[j - 1].text) in links and t.text.isalpha() and ph.role_start >= 0:
            # "le ministre du Redressement productif": a capitalised complement of the role
            # that reads like no name (an adverb's ending)
            ph.role_end = ph.head_end = ph.j = j + 1
            return True
        m = qualified_head(toks, j, lang) if lang in INDEFINITE_DESCRIPTIONS and key(
            toks[i].text) in INDEFINITE_ARTICLES.get(lang, frozenset()) else j
        if m > j:
            # "A Bayer spokesman", "an FBI source", "A Department for Education spokeswoman":
            # after an indefinite article the capitals qualify the role noun that follows.
            if ph.role_start < 0:
                ph.role_start = j
            ph.seen_head = True
            ph.role_end = ph.head_end = ph.j = m
            return True
        return False
    if lang in NOUN_CAPITALS and not t.cap and ph.role_end > ph.role_start >= 0 and toks[
            ph.role_end - 1].cap:
        return False  # German: a lowercase word after the noun is the verb ("Die Polizei setzte")
    if j > i and f in PRONOUNS.get(lang, frozenset()):
        return False  # "Son parti lui faisait …"
    return _read_plain(ph, t, lang)


def _joined_complement(ph: _Phrase, toks: list[Tok], j: int, lang: str) -> bool:
    """Capitals after a conjunction that ends a role's capitalised complement, then a comma
    and an apposed name ("o ministro de Minas e Energia, Eduardo Tavares,"): the second half
    of the complement, not the name; sets the role's end past them (True)."""
    if ph.role_start < 0 or ph.name is not None or j < 2 or not may_open_name(toks[j]) or key(
            toks[j - 1].text) not in _CONJ or not toks[j - 2].cap:
        return False
    e = name_at(toks, j, lang)
    if e <= j or e + 1 >= len(toks) or toks[e].text != ",":
        return False
    if person_at(toks, e + 1, lang)[1] <= e + 1:
        return False
    ph.role_end = ph.head_end = e
    return True


def plural_possessive(toks: list[Tok], j: int, lang: str) -> bool:
    """``toks[j]`` is the apostrophe of a plural possessive before a role noun or a source head
    (``the students’ union``, ``the residents' association``), where the language marks
    possession with it (trait ``possessive_s``)."""
    if lang not in POSSESSIVE_S or j == 0 or j + 1 >= len(toks):
        return False
    owner, head = toks[j - 1], toks[j + 1]
    return owner.end == toks[j].start and owner.text.endswith("s") and owner.text.isalpha() and (
        head.text.islower() and (is_role(head.text, lang) or is_source_head(head.text, lang)))


def _inside_phrase(ph: _Phrase, toks: list[Tok], f: str, lang: str) -> int:
    """How many words at ``toks[ph.j]`` the phrase reads past, as its words go on after them:
    a German adverb and the adjective it qualifies (a participle: no verb here), the apostrophe
    of a plural possessive ("the students’ union": the head noun follows), the party of the role
    just read ("le député LR Eric Ciotti", "la députée LREM de l'Ain, X": role words, not the
    first word of the name after it); else 0."""
    if ph.role_start >= 0 and ph.role_end == ph.j and (
            end := affiliation_at(toks, ph.j, lang)) > ph.j:
        ph.role_end = ph.head_end = end
        return end - ph.j
    if lang in NOUN_CAPITALS and f in DE_ADVERBS and _attribute_adverb(toks, ph.j, ph):
        return 2
    if _joined_complement(ph, toks, ph.j, lang):
        return ph.role_end - ph.j  # "de Minas e Energia": read into the role
    return 1 if toks[ph.j].text in "'’" and plural_possessive(toks, ph.j, lang) else 0


def _bare(f: str, j: int, i: int, lang: str) -> bool:
    """A source head that opens the phrase with no article ("Fontes do ministério")."""
    return j == i and f in table_words(lang, "bare_sources")


def _attribute_adverb(toks: list[Tok], j: int, ph: _Phrase) -> bool:
    """German: the adverb at ``toks[j]`` stands inside an attribute between an article and its
    noun ("einer gestern verbreiteten Erklärung", "die dort ansässige Firma"): article, adverb,
    an inflected adjective, a capitalised noun."""
    return (ph.i < j and key(toks[j - 1].text) in ph.dets and j + 2 < len(toks)
            and toks[j + 1].text.isalpha() and not toks[j + 1].cap
            and toks[j + 1].text.endswith(("e", "en", "er", "es", "em")) and toks[j + 2].cap)


def _read_name(ph: _Phrase, toks: list[Tok], k: int, text: str, lang: str) -> None:
    """A name runs from ``toks[ph.j]`` to ``toks[k]``: read it, a role right after it that the
    name qualifies, and a second name joined by a conjunction; the phrase ends there."""
    n, j = len(toks), ph.j
    ph.name = text[toks[j].start:toks[k - 1].end]
    m = k
    while m < n and m - k < 3 and toks[m].text[:1].isalpha() and (
            is_role(toks[m].text, lang)
            or (not toks[m].cap and lang not in NOUN_CAPITALS)) and not (
            is_cue(toks[m].text, lang) or key(toks[m].text) in np_stop(lang)):
        m += 1
    if m > k and m < n and (lang in DESCRIPTOR_BEFORE_NAME or any(
            is_role(t.text, lang) for t in toks[k:m])) and name_at(toks, m, lang) > m:
        # "Human Rights Watch-Sprecher Malinowski", "NASA chief scientist Ellen Stofan":
        # the first name qualifies the role; the person is named after it.
        ph.role_start, ph.role_end = (ph.role_start if ph.role_start >= 0 else j), m
        j, k = m, name_at(toks, m, lang)
        ph.name = text[toks[j].start:toks[k - 1].end]
    j = k
    if (j + 1 < n and key(toks[j].text) in _CONJ and name_at(toks, j + 1, lang) > j + 1):
        j = name_at(toks, j + 1, lang)
        ph.name = text[toks[ph.i].start:toks[j - 1].end]
    ph.j = j


def _read_determiner(ph: _Phrase, toks: list[Tok], f: str, lang: str) -> bool:
    """A determiner or honorific at ``toks[ph.j]``: read on, unless an article after plain
    words opens the object ("The club issued a statement")."""
    n, i, j = len(toks), ph.i, ph.j
    t = toks[j]
    if f in np_links(lang) and j > i:
        ph.loose = 0  # "chargée de l'éducation": a complement starts afresh
    elif (ph.loose and lang not in NOUN_CAPITALS and 0 <= ph.role_start < j - 1
          and key(toks[i].text) in ph.dets and not (t.cap and j + 1 < n and toks[j + 1].cap)):
        # (but "Le quotidien français Le Figaro": a name with its own article)
        # the noun phrase ended at its last head word (or its first noun).
        ph.role_end = ph.j = max(ph.head_end, ph.role_start + 1)
        return False
    ph.j += 1
    return True


def is_age(word: str) -> bool:
    """A number joined to words by hyphens ("24-year-old", "23-jährige"): an age or a measure
    that may open a description with no article ("said 24-year-old forward Evans")."""
    return "-" in word and word[-1].isalpha()


def _read_plain(ph: _Phrase, t: Tok, lang: str) -> bool:
    """A role noun, source head, capital or plain word: "le président chinois", "un haut
    responsable"; more plain words than that is a verb phrase."""
    head = is_role(t.text, lang) or is_source_head(t.text, lang) or t.cap
    ph.seen_head = ph.seen_head or head
    ph.loose = 0 if head else ph.loose + 1
    if head:
        ph.head_end = ph.j + 1
    if ph.loose > (1 if ph.seen_head else 2):
        return False
    if ph.role_start < 0:
        ph.role_start = ph.j
    ph.role_end = ph.j + 1
    ph.j += 1
    return True


def _name_in_role_words(words: list[Tok], text: str, lang: str) -> str | None:
    """German capitalises nouns: "Vereinschef Corny Littmann" parses as role words; the last two
    adjacent capitals that are no role are the name (but "Sprecher von Downing Street" names a
    place or a body, not the speaker)."""
    caps = [k for k, w in enumerate(words) if w.cap and not is_role(w.text, lang)]
    if len(caps) >= 2 and words[-1].cap and caps[-2] + 1 == caps[-1] and not (
            caps[-2] > 0 and key(words[caps[-2] - 1].text) in np_links(lang)):
        return text[words[caps[-2]].start:words[caps[-1]].end]
    return None


def _name_after_role_adjuncts(toks: list[Tok], j: int, role_start: int, text: str, lang: str
                              ) -> tuple[int, str | None, str | None] | None:
    """"La procureure de la Cour pénale internationale, Mme Fatou Bensouda,": adjectives or an
    acronym in brackets may stand between the role phrase and the apposed name."""
    n = len(toks)
    c = j
    depth = 0  # inside brackets: "(Ufip)"
    while c < n and c - j < 6 and (toks[c].text in "()" or depth or toks[c].text.isupper() or (
            toks[c].text[:1].isalpha() and not toks[c].cap
            and not is_cue(toks[c].text, lang) and key(toks[c].text) not in AUXILIARIES
            and key(toks[c].text) not in np_stop(lang))):
        depth += (toks[c].text == "(") - (toks[c].text == ")")
        c += 1
    if c < n and not depth and key(toks[c].text) in table_words(lang, "role_relatives"):
        found = _name_after_relative(toks, c, role_start, text, lang)
        if found is not None:
            return found
    if c > j + 1 and c < n and not depth and toks[c - 1].text.isupper() and key(
            toks[c - 2].text) in np_links(lang) and (k := name_at(toks, c, lang)) > c + 1 and (
            k == n or toks[k].text in PUNCT):
        # "o professor de engenharia hidráulica da UFJF Marcelo Arantes,": an adjective, then
        # the body's acronym, then the name with no comma before it
        return k, text[toks[c].start:toks[k - 1].end], text[toks[role_start].start:toks[c - 1].end]
    if c > j and c + 1 < n and toks[c].text == "," and not depth:
        k0 = c + 1
        while k0 < n and fold(toks[k0].text.rstrip(".")) in HONORIFICS:
            k0 += 1
        k0, k = _apposed_name(toks, k0, lang)
        if k > k0:
            return k, text[toks[k0].start:toks[k - 1].end], text[
                toks[role_start].start:toks[c - 1].end]
    return None


def _name_after_relative(toks: list[Tok], r: int, role_start: int, text: str, lang: str
                         ) -> tuple[int, str | None, str | None] | None:
    """"o relator da PEC que tramita na Câmara desde 2021, deputado Gustavo Amaral (União-BA),":
    a short relative clause at ``toks[r]``, then a comma, bare roles and the apposed name."""
    n = len(toks)
    c = next((m for m in range(r + 1, min(n, r + 10)) if toks[m].text in PUNCT), n)
    if c >= n or c == r + 1 or toks[c].text != ",":
        return None
    k0 = c + 1
    while k0 + 1 < n and k0 - c <= 2 and not toks[k0].cap and is_role(toks[k0].text, lang):
        k0 += 1
    if k0 == c + 1:
        return None  # a bare role must announce the name ("…, deputado X"), or it is a list
    end = name_at(toks, k0, lang)
    if end - k0 < 2 or (end < n and toks[end].text not in PUNCT):
        return None
    return end, text[toks[k0].start:toks[end - 1].end], text[toks[role_start].start:toks[r - 1].end]


def _apposition(toks: list[Tok], j: int, name: str | None, role: str | None, text: str,
                lang: str, dets: frozenset[str]) -> tuple[int, str | None, str | None]:
    """Apposition: ", Marta Ruiz" after a role, ", directrice du site" after a name."""
    n = len(toks)
    if name is None and role is not None:
        j = _after_gloss(toks, j)
    if j + 1 < n and toks[j].text == ",":
        if name is None and role is not None:
            k0 = j + 1
            if lang in APPOSED_ARTICLE_ROLE and k0 + 2 < n and key(
                    toks[k0].text) in dets and not toks[k0 + 1].cap and is_role(
                    toks[k0 + 1].text, lang):
                k0 += 1  # "A vizinha dele, a manicure Daniela Campos": an article, the role
            while k0 + 1 < n and k0 - j <= 3 and not toks[k0].cap and is_role(toks[k0].text, lang):
                k0 += 1  # "O relator da CPI, senador Otávio Rangel": a bare role, then the name
            k0, k = _apposed_name(toks, k0, lang)
            if k > k0 and _bare(key(role.split()[0]), 0, 0, lang):
                # "Fuentes de la concesionaria, Urbaser Norte, han asegurado": the name is the
                # body's, the unnamed sources speak (kept as written)
                return k, None, text[toks[j].start - len(role):toks[k - 1].end]
            if k > k0:
                return k, text[toks[k0].start:toks[k - 1].end], role
        elif name is not None and role is not None and (_name_ends_a_body(toks, j, lang) or (
                _role_has_complement(role, lang) and _apposed_person(toks, j + 1, lang))):
            # ("la présidente du groupe Renaissance, Aurore Vasseur,", "le patron du bar Le
            # Mascaret, Thierry Guého,": the complement's name, then the person's)
            # "o economista-chefe da Gestora Paulista, Renato Sayeg,": the capital after a
            # capitalised role word is the end of a body's name; the person is apposed after it
            k0, k = _apposed_name(toks, j + 1, lang)
            if k - k0 >= 2:
                return k, text[toks[k0].start:toks[k - 1].end], f"{role} {name}"
        elif name is not None and role is None:
            k = j + 1
            if k < n and (key(toks[k].text) in dets or toks[k].text.endswith(("'", "’"))):
                k += 1
            if k < n and is_role(toks[k].text, lang):
                end, _, r2 = noun_phrase(toks, k, text, lang)
                if r2:
                    return end, name, r2
    return j, name, role


_GLOSS_REACH = 16  # words of a gloss in brackets after a role ("(federação que reúne …)")


def _after_gloss(toks: list[Tok], j: int) -> int:
    """After a role, a gloss in brackets that a comma and an apposed name follow ("o presidente
    da Fenasps (federação que reúne sindicatos), Moacir Lopes,"): the index after it, so the
    name is the role's; else ``j``."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    close = next((k for k in range(j + 1, min(len(toks), j + _GLOSS_REACH))
                  if toks[k].text in "()"), -1)
    if close < 0 or toks[close].text != ")" or close + 2 >= len(toks) or toks[
            close + 1].text != "," or not toks[close + 2].cap:
        return j
    return close + 1


def _role_has_complement(role: str, lang: str) -> bool:
    """The role words hold a complement ("présidente du groupe", "patron du bar"): a capital
    after them may be the complement's name, not the person's."""
    if lang in NOUN_CAPITALS:
        return False
    links = np_links(lang)
    elided = tuple(w for w in links if w.endswith(("'", "’")))
    return any(fold(w) in links or (elided and fold(w).startswith(elided))
               for w in role.split()[1:])


def _apposed_person(toks: list[Tok], k: int, lang: str) -> bool:
    """A name of two words or more set off by commas at ``toks[k]`` (", Aurore Vasseur,")."""
    k0, end = _apposed_name(toks, k, lang)
    return end - k0 >= 2 and k0 == k


def _name_ends_a_body(toks: list[Tok], j: int, lang: str) -> bool:
    """The one-word name before ``toks[j]`` follows a capitalised role word after a link ("da
    Gestora Paulista", "do Conselho Regional"): with it, the role word names a body."""
    return lang not in NOUN_CAPITALS and j >= 3 and toks[j - 2].cap and is_role(
        toks[j - 2].text, lang) and key(toks[j - 3].text) in np_links(lang) and toks[j - 1].cap


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
