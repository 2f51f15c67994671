"""Speaker noun phrases: who a stretch of words names (a pronoun, a role, a name, or both).

``noun_phrase`` reads "le ministre de la Défense Andreï Belooussov", "la directora, Marta Ruiz",
"Claire Dumont, directrice du site", "der zuständige Gewerkschaftsvorstand Uwe Foullong" or
"un cadre de l'entreprise" and splits it into the name and the role words; ``candidate`` says
whether a speaker can start at a token at all (German capitalises every noun, so a capital is
not enough there).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsbrief.quotes.lexicon import (
    AUXILIARIES,
    DE_ADVERBS,
    DETERMINERS,
    HONORIFICS,
    NP_LINKS,
    NP_STOP,
    PRONOUNS,
    SOURCE_PREPS,
    fold,
    is_aux,
    is_cue,
    is_role,
    is_source_head,
    key,
)
from newsbrief.quotes.people import Tok, name_at, name_word, person_at

PUNCT = frozenset(",.;:!?«»\"“”„‘’‚‹›()[]—–")
_CONJ = frozenset("et and und y e".split())
# Prepositions that follow a capitalised common word, not a name ("Mise à jour").
_PREP_AFTER = frozenset("à au aux dans sur sous chez vers in on at from bei zu im am nel".split())
OBJECT_PRONOUNS = frozenset("ihn ihm ihr uns mir dir man him them us me".split())
AFTER_CUE_ADVERBS = frozenset(
    """alors encore aussi ensuite également enfin finalement déjà notamment ainsi
    then also again later auch dann noch weiter zudem también luego después
    anche poi ancora""".split()
)
_LINK_BEFORE = frozenset("de du des d' of von vom der des".split())
_ROLE_PREPS = frozenset("à au aux".split())
# Prepositions in DE_ADVERBS: a clause opening with them is a phrase, not a skippable adverb.
_NOT_ADVERBS = frozenset(
    "laut so über unter gegen für durch ohne um bis seit trotz während wegen".split())
# Quantifiers open a noun phrase as an article does ("certains wikipédiens", "some residents").
_QUANTIFIERS = frozenset("""certains certaines plusieurs quelques nombreux nombreuses some several
    many most few einige mehrere viele manche algunos algunas varios varias muchos alcuni alcune
    molti molte diversi""".split())
_POSSESSIVE_EN = frozenset("her his their its our my".split())
# German articles that cannot open a subject (accusative, dative, genitive).
OBLIQUE = frozenset("den dem des einen einem eines".split())

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
    possessive = (lang == "en" and key(toks[i].text) in _POSSESSIVE_EN and i + 1 < n
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
        if t.text in PUNCT or (lang == "de" and f in DE_ADVERBS):
            break
        if lang == "de" and j == i and not t.cap and f not in dets:
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
                    is_role(toks[m].text, lang) or (not toks[m].cap and lang != "de")) and not (
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
        if lang == "de" and f in dets and f not in NP_LINKS and j > i and toks[j - 1].cap:
            break  # "laut einem Mitglied ein …": an article after the noun starts a new phrase
        if f in dets or f in HONORIFICS:
            if f in NP_LINKS and j > i:
                loose = 0  # "chargée de l'éducation": a complement starts afresh
            elif (loose and lang != "de" and 0 <= role_start < j - 1
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
        if f in _ROLE_PREPS and lang == "fr" and j > i and is_role(toks[j - 1].text, lang):
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
        if t.cap and lang != "de" and not is_role(t.text, lang):
            if j > i and key(toks[j - 1].text) in NP_LINKS and t.text.isalpha() and role_start >= 0:
                # "le ministre du Redressement productif": a capitalised complement of the role
                # that reads like no name (an adverb's ending)
                role_end = head_end = j = j + 1
                continue
            break
        if lang == "de" and not t.cap and role_end > role_start >= 0 and toks[
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
    if lang == "de" and name is None and role_start >= 0:
        # German capitalises nouns: "Vereinschef Corny Littmann" parses as role words.
        words = toks[role_start:role_end]
        caps = [k for k, w in enumerate(words) if w.cap and not is_role(w.text, lang)]
        if len(caps) >= 2 and words[-1].cap and caps[-2] + 1 == caps[-1] and not (
                caps[-2] > 0 and key(words[caps[-2] - 1].text) in NP_LINKS):
            # (but "Sprecher von Downing Street" names a place or a body, not the speaker)
            name = text[words[caps[-2]].start:words[caps[-1]].end]
    if name is None and role is not None and lang != "de":
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
    if end > k and (end >= len(toks) or toks[end].text in PUNCT):
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


def clause_start(toks: list[Tok], lang: str) -> int:
    """Skip a leading adverbial ("Dans une longue déclaration commune," "En retour,")."""
    if not toks:
        return 0
    first = toks[0]
    f = key(first.text)
    if lang == "de" and f in DE_ADVERBS and f not in _NOT_ADVERBS and len(toks) > 1:
        return 1 + clause_start(toks[1:], lang)  # "Auch die Ministerin äußerte …"
    elided_adverb = f in {"d'", "d’"} and len(toks) > 1 and not toks[1].cap  # D'autre part,
    if not elided_adverb and (name_word(first, lang) or f in DETERMINERS.get(lang, frozenset())
                              or f in PRONOUNS.get(lang, frozenset()) or is_role(first.text, lang)):
        return 0
    for k, t in enumerate(toks[:14]):
        if t.text == ",":
            return k + 1
    return 0


# Words before a German noun (contracted prepositions, quantifiers, demonstratives, possessives).
_DE_ATTRIBUTIVE = frozenset("""zum zur vom beim ins ans aufs durchs fürs ums jede jeder jedem
    jeden jedes diese dieser diesem diesen dieses alle allen aller beide beiden einige einigen
    mehrere mehreren viele vielen wenige wenigen seine seiner seinem seinen ihre ihrer ihrem
    ihren unsere unserer unserem unseren keine keiner keinem keinen""".split())
_DE_ADVERB_ENDINGS = ("end", "weise", "lich", "isch", "falls", "mals", "dessen", "seits")
_DE_END_NOUNS = frozenset("abend jugend tugend gegend".split())


def _de_adverbial(word: str) -> bool:
    """A German adverb or adjective, by its ending (Relativierend, Höhnisch, Schließlich)."""
    w = fold(word)
    return len(w) > 5 and w.endswith(_DE_ADVERB_ENDINGS) and w not in _DE_END_NOUNS


_CLITIC_OBJECTS = frozenset("lui leur".split())


def clitic_object(toks: list[Tok], i: int, lang: str) -> bool:
    """French "lui" / "leur" right before a verb is whom it is said to ("« … », lui avait dit
    Christian Jacob"), not who says it."""
    return lang == "fr" and key(toks[i].text) in _CLITIC_OBJECTS and i + 1 < len(toks) and (
        is_aux(key(toks[i + 1].text), lang) or is_cue(toks[i + 1].text, lang))


def candidate(toks: list[Tok], i: int, text: str, lang: str) -> bool:
    """Can a speaker noun phrase start at ``toks[i]``: a personal pronoun, a person's name, a
    role noun or a source head (German nouns are capitalised, so a capital is not enough)."""
    if not 0 <= i < len(toks):
        return False  # e.g. a clause that starts after its last token
    f = key(toks[i].text)
    if f in PRONOUNS.get(lang, frozenset()) and f not in {"es", "it", "on"}:
        return not clitic_object(toks, i, lang)
    if toks[i].text[:1].isalpha() and is_role(toks[i].text, lang):
        return True
    k = name_at(toks, i, lang)
    if k - i >= 2:
        return True
    if k - i == 1 and lang != "de":
        # "Poutine a dit", but not "Mise à jour": a lone capital before a preposition.
        return k >= len(toks) or key(toks[k].text) not in _PREP_AFTER
    if lang == "de" and k == i and toks[i].cap and i + 1 < len(toks) and is_cue(
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
        if lang != "de" and name_word(nxt, lang):
            return True  # "l'ONG", "la NASA", "le PS": an organisation
        for k in range(i + 1, min(len(toks), i + 4)):
            # "der zuständige Minister", "die spätere republikanische Außenministerin"
            if is_role(toks[k].text, lang) or is_source_head(toks[k].text, lang):
                return True
            if toks[k].cap or not toks[k].text[:1].isalpha() or is_cue(toks[k].text, lang):
                break
    return False


def is_speaker_np(toks: list[Tok], i: int, lang: str) -> bool:
    """A determiner + role noun or source head (le ministre, die Polizei, the company)."""
    return candidate(toks, i, "", lang) and key(toks[i].text) not in PRONOUNS.get(lang, ())


def first_candidate(toks: list[Tok], a: int, b: int, text: str, lang: str) -> int:
    """Index of the first speaker candidate in ``toks[a:b]``, or -1 (the subject usually comes
    first; preferring full names over a lone capitalised word measured worse on German)."""
    for i in range(a, max(a, b)):
        if lang == "de" and (key(toks[i].text) in OBLIQUE or (
                i > 0 and key(toks[i - 1].text) in OBLIQUE)):
            continue  # "Den Unmut der CDU brachte die Sprecherin …": objects are not speakers
        if (i == a or toks[i - 1].text not in _LINK_BEFORE) and candidate(toks, i, text, lang):
            return i
    return -1


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker mention found by one pattern.

    ``mention`` is the text naming the speaker; ``name``/``role`` its person name and role words
    when it has them; ``pronoun`` marks il/she/er mentions that need resolving; ``pattern`` says
    which rule fired (incise, inner, colon, subject, source).
    """

    mention: str
    start: int
    name: str | None
    role: str | None
    pronoun: bool
    cue: str | None
    pattern: str


def _mention(toks: list[Tok], i: int, j: int, text: str) -> str:
    return text[toks[i].start:toks[j - 1].end]


_DE_SPEECH_NOUNS = frozenset(fold(w) for w in """Fazit Aussage Aussagen Ankündigung Erklärung
    Mitteilung Pressemitteilung Presseerklärung Stellungnahme Einschätzung Auffassung Darstellung
    Ansicht Meinung Worten Angaben Forderung Kritik Warnung Urteil""".split())


_DE_REPORT_NOUNS = frozenset(fold(w) for w in """Nachricht Nachrichten Idee Vorstellung
    Bericht Berichten Informationen Darstellungen Schätzung Schätzungen""".split())


def _reported(word: str) -> bool:
    """A German noun for a statement or its source (Ankündigung, Nachricht, Idee, Reporterin)."""
    w = fold(word)
    return w in _DE_SPEECH_NOUNS or w in _DE_REPORT_NOUNS or (
        word[:1].isupper() and is_role(word, "de"))


OPENING_MARKS = frozenset("„“«»\"")
CLOSING_MARKS = frozenset("“”»«\"")


def label_attribution(text: str, first: Tok, last: Tok, cue: str | None, pattern: str
                      ) -> Attribution:
    """A source named by the words ``first`` … ``last`` as written, with no name or role parsed
    out of them (a medium in marks, a web address, an agent like "von Musikkennern")."""
    return Attribution(text[first.start:last.end], first.start, None, None, False, cue, pattern)


def make_attribution(toks: list[Tok], i: int, text: str, lang: str, cue: str | None,
                     pattern: str) -> Attribution | None:
    """The attribution whose speaker noun phrase starts at ``toks[i]``, or None."""
    if i < len(toks) and toks[i].text in OPENING_MARKS:
        # A medium named in marks: "Laut „Reuters“", "schrieb „Die Zeit“".
        for m in range(i + 2, min(len(toks), i + 8)):
            if toks[m].text in CLOSING_MARKS:
                return label_attribution(text, toks[i + 1], toks[m - 1], cue, pattern)
        return None
    end, name, role = noun_phrase(toks, i, text, lang)
    while end - 1 > i and (toks[end - 1].text.endswith(("'", "’")) or key(
            toks[end - 1].text) in DETERMINERS.get(lang, frozenset())):
        end -= 1  # "Pastor l'avait annoncé": the article belongs to the verb phrase
    if end <= i:
        return None
    if lang == "de":
        # "so das Fazit der Betreiber", "in einer Pressemitteilung des Clubs": who made the
        # statement is the genitive after the speech noun.
        for h in range(i, min(end, i + 3)):
            if fold(toks[h].text) in _DE_SPEECH_NOUNS and h + 2 < len(toks) and key(
                    toks[h + 1].text) in {"der", "des"} and toks[h + 2].cap:
                stop = h + 3  # one genitive phrase: "des BMI", not "des BMI der Verbesserung"
                while stop < len(toks) and stop < h + 6 and toks[stop].text[:1].isalpha() and (
                        key(toks[stop].text) not in DETERMINERS["de"]):
                    stop += 1
                found = make_attribution(toks[:stop], h + 1, text, lang, cue, pattern)
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
    if lang == "de" and key(toks[i].text) == "nach" and i + 2 < len(toks) and (
            _reported(toks[i + 1].text) or _reported(toks[i + 2].text)):
        return i + 1  # "Nach der Ankündigung der Ministerin", "nach einer weiteren Nachricht"
    preps = _source_preps(lang).get(key(toks[i].text.replace("’", "'")))
    for words in preps or ():
        if i + len(words) <= len(toks) and all(
            key(toks[i + k].text.replace("’", "'")) == w for k, w in enumerate(words)
        ):
            end = i + len(words)
            if len(words) > 1 and end < len(toks) and key(toks[end].text) == "von":
                end += 1  # "nach Ansicht von Ministerpräsident Wulff"
            return end
    return -1


def skip_paren(toks: list[Tok], end: int) -> int:
    """Index after a short parenthesis at ``toks[end]`` ("(SPD)"), else ``end``."""
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
    if f in PRONOUNS.get(lang, frozenset()) and f not in {"es", "ihr", "ihm", "ihnen"}:
        return True
    if name_at(toks, i, lang) - i >= 2 or is_role(toks[i].text, lang):
        return True
    if f not in DETERMINERS.get(lang, frozenset()) or f in OBLIQUE:
        return False  # "nannte den Bericht …": an object, not the subject
    return any(is_role(t.text, lang) or is_source_head(t.text, lang) for t in toks[i + 1:i + 3])
