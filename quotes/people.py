"""People named in an article: capitalised name sequences, their titles and appositions, entered
into the article's cast (:mod:`newsbrief.quotes.cast`), which maps every later mention (surname,
role noun) back to one canonical person.

No tagger: a name is a run of capitalised words that is not a sentence-initial function word, a
role noun or a known common word, optionally joined by particles (de, von, van, bin, al).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from itertools import compress, count
from operator import attrgetter

from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.cast import Cast
from newsbrief.quotes.lang import folded, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    AUXILIARIES,
    CONTRACTIONS,
    DE_ADVERBS,
    DESCRIPTOR_BEFORE_NAME,
    DETERMINERS,
    FURNITURE,
    HONORIFICS,
    INDEFINITE_ARTICLES,
    INDEFINITE_DESCRIPTIONS,
    ING_OPENERS,
    IST_DESCRIPTORS,
    LY_ADVERBS,
    MENT_ADVERBS,
    NOUN_CAPITALS,
    NP_STOP,
    PARTICIPLE_OPENERS,
    POSSESSIVE_S,
    SOURCE_PREPS,
    first_names,
    fold,
    is_cue,
    is_own_role,
    is_role,
    is_source_head,
    key,
    np_links,
    np_stop,
)

_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|an|ash|bin|ben|ibn|abu)-[A-ZÀ-Ý]")
_DE_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "ium", "sicht", "ment",
    "ik", "tur", "anz", "enz", "ei", "chen", "lung", "ling", "werk", "amt", "rat", "gericht",
    "ministerium", "partei", "verband", "bank", "haus", "zeitung", "ern", "ungen",
)
# Inflected German adjectives (zahlreiche, wesentliches, internationale, bewaffnete).
_DE_ADJECTIVE = re.compile(r"(?:lich|isch|ig|reich|ional|ikal|iell|ell)(?:e|en|es|er|em)$")
_DE_STRONG_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "ismus")
_STOP_PUNCT = frozenset(",.;:!?«»\"“”„()")
_CONJ = union("name_conj")
# A lowercase word after a name that is no conjunction or link is its verb.
_VERBISH_STOP = _CONJ | union("name_links")
_LEADING_PARTICLES = union("leading_particles")  # not le/la/de: articles
# Particles inside a name (every language's; a language's "own" ones only after a first name).
_PARTICLES = union("name_particles")
# Function words that are also first names (Don McLean, Will Smith, Bill Gates); a capital and a
# name after them decide.
_NAME_STOPWORDS = union("name_stopwords")  # (New York Times, Ed Miliband)
_EN_ADVERB = ("ally", "ently", "ously", "ively", "ately", "edly", "antly", "ingly", "ily")
_DEMONSTRATIVES = union("demonstratives")
_DESCRIBING = union("describing")
_SECOND_PARTICLES = union("second_particles")
_DE_ARTICLES = union("noun_articles")
# Articles that are part of a name only after another particle ("von der Leyen", "van der
# Vaart"); otherwise they link two nouns ("Anzahl der Bewohner", "Maison des Jeunes").
_ARTICLE_PARTICLES = union("article_particles")


@cache
def _stopwords(lang: str) -> frozenset[str]:
    """The language's function words (the ``stop-words`` package, read once)."""
    from stop_words import get_stop_words

    try:
        return frozenset(fold(w) for w in get_stop_words(lang))
    except Exception:  # an unknown language: no list rather than a crash
        return frozenset()


def name_word(tok: Tok, lang: str) -> bool:
    """A capitalised token that can be part of a person's name."""
    return tok.cap and _name_word(tok.text, lang)


@cache
def _np_stop(lang: str) -> frozenset[str]:
    """The words that never start or continue a name in ``lang``: its own ``np_stop`` table.
    Another language's function word is a name here (Sir Chris Hoy, Jack Ma: Spanish "hoy",
    Italian "ma"); every language's when the language has no table."""
    own = table_words(lang, "np_stop")
    return own if own else NP_STOP


@lru_cache(maxsize=1 << 16)
def _name_word(word: str, lang: str) -> bool:
    if not word[0].isalpha() or word.endswith(("'", "’")) or any(c.isdigit() for c in word):
        return False  # (an elided article or pronoun: "L’assemblée", "D'après"; "Covid-19")
    f = fold(word.rstrip("."))
    if (lang in LY_ADVERBS and len(f) > 6 and f.endswith(_EN_ADVERB)) or (
            lang in MENT_ADVERBS and len(f) > 8 and f.endswith("ment")) or f in _DEMONSTRATIVES:
        return False  # "Initially", "Actuellement", "Celle-ci": adverbs and pronouns
    if lang in CONTRACTIONS and re.search(r"['’][a-z]", word):
        return False  # "I’ve", "It's", "All'uscita": a contraction or an elision (but "O'Brien")
    if (f in _stopwords(lang) and f not in _NAME_STOPWORDS) or key(word) in _np_stop(lang):
        return False  # function words and prepositions ("Gegenüber dem Tagesspiegel")
    if f in folded("not_names") or f in HONORIFICS or (
            lang in NOUN_CAPITALS and key(word) in DE_ADVERBS):
        return False
    if f in table_words(lang, "openers"):
        return False  # "Contactada pela Lusa, fonte do ministério …": a participle, no name
    if is_own_role(word, lang) or is_cue(word, lang):
        return False  # (another language's role may be a surname here: Ana Pastor)
    if lang in IST_DESCRIPTORS and len(f) > 5 and f.endswith(("ist", "ists")):
        return False  # "Scientologist John Travolta": a descriptor before the name
    if (lang in POSSESSIVE_S and word.endswith(("'s", "’s"))) or any(
            len(part) > 2 and part[:1].islower() for part in word.split("-")[1:]):
        return False  # "Julia's Selina", "Grandmother-of-three Pat": not part of a name
    if lang in NOUN_CAPITALS and len(f) > 5 and (f.endswith(_DE_NOUN_ENDINGS) or (
            f.endswith("es") and f[:-2].endswith(_DE_NOUN_ENDINGS))) and not any(
            f in names for names in first_names().values()):
        return False  # Regierung, Gemeinschaft, des Amtes: German nouns, not names (Dennis is)
    if lang in NOUN_CAPITALS and len(f) > 6 and _DE_ADJECTIVE.search(f):
        return False  # "Zahlreiche Infektionen", "Evangelikale Christen": an adjective first
    return not (word.isupper() and len(word) > 4)  # NATO, UNICEF: organisations


def _surname(tok: Tok) -> bool:
    """A German word after a first name that ends like a noun but is a surname (Eva Lorenz,
    Paul Kipling) - any but the most noun-like endings (Stellung, Gesellschaft)."""
    f = fold(tok.text)
    return tok.cap and tok.text[:1].isalpha() and not f.endswith(_DE_STRONG_NOUN_ENDINGS) and (
        f not in _stopwords("de") and not is_role(tok.text, "de") and not is_cue(tok.text, "de")
        and key(tok.text) not in DE_ADVERBS and key(tok.text) not in NP_STOP)
    # (a capitalised adverb opens the next sentence after a heading run into it:
    # "Engagement Deutschlands Bereits im Dezember …")


_CAP = attrgetter("cap")
_NAME_ARTICLES = union("name_articles")


def may_open_name(tok: Tok) -> bool:
    """A name may start at ``tok``: :func:`name_at` stops at once at any word but a capital or a
    name's own article (El País), so a caller may skip it there."""
    return tok.cap or tok.text in _NAME_ARTICLES


def _qualified_source(toks: list[Tok], k: int, lang: str) -> bool:
    """"Fonte próxima do processo admite", "Fontes sindicais garantem": a lower-case word
    qualifies the source head at ``toks[k - 1]`` when a link or a speech verb follows it (a
    surname is followed by its own verb: "Fontes sorriu:")."""
    if k + 1 >= len(toks) or toks[k].cap or not toks[k].text.isalpha() or is_cue(
            toks[k].text, lang):
        return False
    return key(toks[k + 1].text) in np_links(lang) or is_cue(toks[k + 1].text, lang)


def affiliation_at(toks: list[Tok], i: int, lang: str) -> int:
    """End of the party or body named right after a lower-case role noun at ``toks[i]``, before
    a name, a complement, or a comma and a name ("le député LR Eric Ciotti", "la sénatrice PS
    de l'Aude", "un autre député LFI, X"): an acronym (2 to 6 capitals), or a capitalised
    article and the capitals after it before a complement ("le président Les Républicains de
    la région, X"); ``i`` when there is none. It qualifies the role: it is not the first word
    of the name after it."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].cap or not is_role(toks[i - 1].text, lang):
        return i
    t, end = toks[i], i
    if 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper():
        end = i + 1
    elif t.cap and key(t.text) in DETERMINERS.get(lang, frozenset()):
        end = i + 1
        while end < len(toks) and end - i <= 3 and name_word(toks[end], lang):
            end += 1
        if end == i + 1:
            return i
    if end == i or end >= len(toks):
        return i
    after = toks[end]
    if end > i + 1:  # ("le ministre Le Maire, invité": a surname with its article)
        return end if key(after.text) in np_links(lang) else i
    named = end + 1 < len(toks) and after.text == "," and toks[end + 1].cap
    return end if named or key(after.text) in np_links(lang) or (
        after.cap and not after.text.isupper()) else i


def name_at(toks: list[Tok], i: int, lang: str) -> int:
    """End index (exclusive) of the name starting at ``toks[i]``, or ``i`` when none does."""
    if 0 <= i < len(toks) and affiliation_at(toks, i, lang) > i:
        return i  # "le député LR Eric Ciotti": the name starts after the party
    if 0 <= i < len(toks):
        t = toks[i]
        if t.text not in _NAME_ARTICLES and (not t.cap or (
                not _name_word(t.text, lang) and fold(t.text) not in _LEADING_PARTICLES)):
            # no name can start here (the tests below only ever cut one short), unless a word
            # that is also a surname stands as one
            return i + 1 if t.cap and _word_surname(toks, i, lang) else i
    if i + 1 < len(toks) and (key(toks[i].text), key(toks[i + 1].text)) in FURNITURE:
        return i  # "Scroll down for video", "Share this with": the page, not a person
    if 0 <= i < len(toks) - 1 and key(toks[i].text) in table_words(lang, "bare_sources") and (
            key(toks[i + 1].text) in np_links(lang) or _qualified_source(toks, i + 1, lang)):
        return i  # "Fontes do ministério admitem": an unnamed source ("Fontes sorriu": a name)
    if lang in ING_OPENERS and (i == 0 or toks[i - 1].text in ".!?\"“”'‘’") and toks[
            i].text.endswith("ing") and len(toks[i].text) > 5:
        return i  # a participle opens the sentence: "Watching McLean deliver the song, …"
    if lang in PARTICIPLE_OPENERS and (i == 0 or toks[i - 1].text in ".!?\"“”«»") and len(
            toks[i].text) > 4 and (
            toks[i].text.endswith(("é", "ée", "és", "ées", "ue", "ues", "is", "ise"))) and (
            i + 1 < len(toks) and not toks[i + 1].cap):
        return i  # "Prévue dimanche à Paris, une marche …": a participle, not a name
    if lang in INDEFINITE_DESCRIPTIONS and i > 0 and (
            key(toks[i - 1].text) in INDEFINITE_ARTICLES["en"] or (
            i > 1 and key(toks[i - 2].text) in INDEFINITE_ARTICLES["en"]
            and key(toks[i - 1].text) in _DESCRIBING)):
        return i  # "McLean, a native New Yorker,": a description, not a name
    if lang in NOUN_CAPITALS and i > 0 and key(toks[i - 1].text) in INDEFINITE_ARTICLES["de"]:
        return i  # "ein Friedensrisiko", "einen Ausweg": a common noun, never a name
    # German names take no article: after one, "von" links two nouns ("die Arbeit von Benedikt").
    linking = not (lang in NOUN_CAPITALS and i > 0 and key(toks[i - 1].text) in _DE_ARTICLES)
    j = i
    if (0 < i < len(toks) - 1 and toks[i].text in _NAME_ARTICLES and name_word(toks[i + 1], lang)
            and is_source_head(toks[i - 1].text, lang)):
        j += 1  # "le quotidien El Punt Avui", "die Zeitung Die Welt": the paper's own article
    while j < len(toks):
        t = toks[j]
        if name_word(t, lang) or (j > i and lang in NOUN_CAPITALS and _surname(t)) or (
                j == i + 1 and t.cap and fold(t.text) in folded("word_surnames", lang) and (
                    given_name(toks[i].text) or fold(toks[i].text) in table_words(
                        lang, "first_names"))) or (
                j > i and t.cap and fold(t.text) in table_words(lang, "name_nouns")):
            j += 1  # ("… Support Group": a noun of the stop-word list ends an organisation's name)
        elif (linking and (j > i or (t.cap and fold(t.text) in _LEADING_PARTICLES))
              and (fold(t.text) in _PARTICLES or (fold(t.text) in table_words(
                  lang, "name_particles") and given_name(toks[i].text))) and j + 1 < len(toks)
              and (name_word(toks[j + 1], lang) or (
                  j + 2 < len(toks) and fold(toks[j + 1].text) in _SECOND_PARTICLES
                  and name_word(toks[j + 2], lang)))  # "von der Leyen", "de la Fontaine"
              and (fold(t.text) not in _ARTICLE_PARTICLES
                   or (j > i and fold(toks[j - 1].text) in _PARTICLES))
              and (fold(t.text) != "zu" or (j == i + 1 and given_name(toks[i].text)))):
            # ("Karl-Theodor zu Guttenberg", but not "Peer Steinbrück zu Beginn" nor "soll
            # Anelka zu Domenech gesagt haben")
            j += 1  # "Charles de Gaulle", and capitalised at the start: "Al Jazeera", "Van Gogh"
        elif j > i and t.text == "-" and j + 1 < len(toks) and name_word(toks[j + 1], lang):
            j += 1
        elif j == i and _surname_article(toks, i, lang):
            j += 1  # "le ministre Le Drian": the article is the surname's first word
        elif j > i and _ARABIC_PARTICLE.match(t.text):
            j += 1  # "Rami Abd al-Rahman", "Omar el-Béchir"
        else:
            break
        if j - i >= 5:
            break
    return j


def _surname_article(toks: list[Tok], i: int, lang: str) -> bool:
    """``toks[i]`` is a capitalised article that opens a surname (``lang``'s
    ``surname_articles`` table: Le Drian, La Fontaine), after a role noun or an honorific and
    before a name: "le ministre Le Drian". Elsewhere such an article may open a paper's or a
    party's name (Le Monde), so it takes that person-shaped context."""
    t = toks[i]
    if not (0 < i < len(toks) - 1 and t.cap and fold(t.text) in folded("surname_articles", lang)):
        return False
    before = toks[i - 1].text
    honorific = fold(before) in HONORIFICS or fold(before.rstrip(".")) in HONORIFICS  # M., Mme
    return (is_role(before, lang) or honorific) and name_word(
        toks[i + 1], lang) and not _party_tail(toks, i + 2, lang)


def _party_tail(toks: list[Tok], k: int, lang: str) -> bool:
    """``toks[k:]`` carry on a party's name that the article opened, not a sentence: one or two
    lower-case words, neither a verb nor an auxiliary, then a link, a bracket or a capital
    ("la députée La République en marche (LREM) X", "le député La France insoumise de la
    Marne"): the role's affiliation, whose person is named after it."""
    n = 0
    while k < len(toks) and n < 2 and toks[k].text.isalpha() and toks[k].text.islower() and (
            not is_cue(toks[k].text, lang) and key(toks[k].text) not in table_words(
                lang, "auxiliaries")):
        k, n = k + 1, n + 1
    return n > 0 and k < len(toks) and (
        toks[k].text == "(" or toks[k].cap or key(toks[k].text) in np_links(lang))


def _word_surname(toks: list[Tok], i: int, lang: str) -> bool:
    """``toks[i]`` is a common word that is also a common surname (``lang``'s ``word_surnames``
    table: Prior, Young, Best, King), standing as one: capitalised after an
    honorific (Ms Prior) or right before or after a speech verb (Prior said, said Young).
    After a first name it continues the name (Linda Prior: see :func:`name_at`)."""
    t = toks[i]
    if not t.cap or fold(t.text) not in folded("word_surnames", lang):
        return False
    if i > 0 and fold(toks[i - 1].text.rstrip(".")) in HONORIFICS:
        return True
    return (i + 1 < len(toks) and is_cue(toks[i + 1].text, lang)) or (
        i > 0 and toks[i - 1].text[:1].islower() and is_cue(toks[i - 1].text, lang))


def given_name(word: str) -> bool:
    """A first name: hyphenated (Karl-Theodor) or a common one."""
    f = fold(word)
    return "-" in word or any(f in names for names in first_names().values())


_ROLE_ELISIONS = union("role_elisions")


def linked(tok: Tok, lang: str) -> bool:
    """A word that attaches a complement to a role: de, des, d’, of, von, della."""
    return key(tok.text) in np_links(lang) or key(tok.text) in _ROLE_ELISIONS


def person_at(toks: list[Tok], i: int, lang: str) -> tuple[int, int]:
    """The person's name starting at ``toks[i]`` as ``(start, end)``; a capitalised complement
    of a role is not a name ("le maire de Vierzon"), and in "le ministre de la Défense Andreï
    Belooussov" the first capital belongs to the role."""
    j = name_at(toks, i, lang)
    if j > i and i > 0 and linked(toks[i - 1], lang) and not _after_source_phrase(toks, i, lang):
        if j - i >= 3 and name_word(toks[i + 1], lang) and (
                given_name(toks[i + 1].text) or not any(linked(t, lang) for t in toks[i + 2:j])):
            return i + 1, j
        # ("professora da Universidade Federal de Minas Gerais": capitals joined by a link
        # and opening on no first name are one institution's name, the role's complement)
        return i, i
    return i, j


def _after_source_phrase(toks: list[Tok], i: int, lang: str) -> bool:
    """``toks[i]`` follows a source phrase that ends in a link ("nas palavras de X", "na
    opinião de X"): what follows is who spoke, not a complement."""
    if i < 2:
        return False
    for words in _linked_source_phrases(lang).get(key(toks[i - 1].text), ()):
        n = len(words)
        if i >= n and all(key(toks[i - n + k].text) == w for k, w in enumerate(words)):
            return True
    return False


@cache
def _linked_source_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``lang``'s source phrases of several words, as their words, by their last word (every
    capitalised word is looked up here: the phrase must end right before it)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in SOURCE_PREPS.get(lang, ()):
        words = tuple(phrase.split())
        if len(words) > 1:
            out.setdefault(words[-1], []).append(words)
    return {last: tuple(found) for last, found in out.items()}


def role_before(toks: list[Tok], i: int, text: str, lang: str) -> str | None:
    """Role words right before a name: ``le ministre de la Défense | Andreï Belooussov``,
    ``le ministre des Affaires étrangères, | Sergueï Lavrov`` (comma apposition)."""
    end = i
    if end > 0 and toks[end - 1].text == ",":
        end -= 1
    j = end - 1
    dets = DETERMINERS.get(lang, frozenset())
    found = -1
    while j >= 0 and end - j <= 7:
        t = toks[j]
        if t.text in _STOP_PUNCT or key(t.text) in _CONJ:
            break  # ("Die Veranstalter und die Polizei": two parties, not one's role)
        if found < 0 and key(t.text) in table_words(lang, "narration_verbs"):
            break  # "the striker told BBC Radio X": the one told, whose role this is not
        if is_role(t.text, lang) or fold(t.text.rstrip(".")) in HONORIFICS:
            found = j
            if j == 0 or not is_role(toks[j - 1].text, lang):
                break
        elif not (key(t.text) in dets or key(t.text) in np_links(lang)
                  or t.text.endswith(("'", "’")) or t.text[0].isalpha()):
            break
        j -= 1
    if found < 0 or (end < i and found == end - 1 and fold(toks[found].text) in HONORIFICS):
        return None
    if end < i and (found == 0 or key(toks[found - 1].text) not in dets):
        return None  # "…, Sergueï Lavrov": a comma apposition needs "le ministre …,"
    if lang in DESCRIPTOR_BEFORE_NAME and found == i - 1:
        found = _qualifier_start(toks, found, lang)
    role = text[toks[found].start:toks[end - 1].end].strip(" ,")
    if not role or fold(role.rstrip(".")) in HONORIFICS:
        return None
    if end == i and found > 1 and not toks[found].cap and toks[found - 1].text == "," and key(
            toks[found - 2].text) not in dets:
        # "O relator da CPI, senador Otávio Rangel": a bare role before the name, set off
        # from the role phrase it is apposed to; the person holds both.
        outer = role_before(toks, found, text, lang)
        if outer:
            return f"{outer}, {role}"
    return role


def _qualifier_start(toks: list[Tok], found: int, lang: str) -> int:
    """Where the capitals that qualify the role noun at ``toks[found]`` start ("Double Olympic
    gold medallist", "Moroccan FA president"), or ``found`` when none stand before it (an
    article is no qualifier: "A head teacher")."""
    start = found
    for s in range(found - 1, max(-1, found - _QUALIFIER_REACH - 1), -1):
        if toks[s].cap and fold(toks[s].text) not in _stopwords(lang) and qualified_head(
                toks, s, lang) == found + 1:
            start = s
    return start


def role_qualifier(toks: list[Tok], i: int, j: int, lang: str) -> int:
    """End of the role when the capitals ``toks[i:j]`` only qualify a role noun that a name
    follows ("Double Olympic gold medallist Anna Reyes", "Moroccan FA president Ali Lekja"): they
    name no person; else ``i``."""
    m = qualified_head(toks, i, lang) if lang in DESCRIPTOR_BEFORE_NAME else i
    return m if m > j and name_at(toks, m, lang) > m else i


def apposition_after(toks: list[Tok], j: int, text: str, lang: str) -> str | None:
    """A role between commas right after a name: ``Jean Morel, président du syndicat, …``."""
    if j >= len(toks) or toks[j].text != ",":
        return None
    k = j + 1
    dets = DETERMINERS.get(lang, frozenset())
    if k < len(toks) and (fold(toks[k].text) in dets or toks[k].text.endswith(("'", "’"))):
        k += 1
    if k >= len(toks) or not is_role(toks[k].text, lang):
        return None
    end = k + 1
    while end < len(toks) and end - k < 8 and toks[end].text not in ",.;:!?«»\"“”()":
        if not (fold(toks[end].text) in np_links(lang) or toks[end].text[0].isalpha()):
            break
        if is_cue(toks[end].text, lang):
            return None  # "Na antevisão do jogo com o Gil Vicente, o técnico reconheceu": the
            # role is the subject of its own verb, not the name's apposition
        end += 1
    if end + 1 < len(toks) and toks[end].text == "," and name_at(toks, end + 1, lang) > end + 1:
        return None  # "…, le secrétaire du Conseil, Sergueï Choïgou": the next person's role
    return text[toks[k].start:toks[end - 1].end]


def is_group(name: str) -> bool:
    """``Pékin et Moscou``, ``Xi Jinping and Vladimir Putin``: several names joined."""
    return any(key(w) in _CONJ for w in name.split())


def people_in(text: str, spans: list[tuple[int, int]], lang: str, cast: Cast,
              quoted: list[tuple[int, int]]) -> None:
    """Add every person named in the given body spans to ``cast``, with roles when stated;
    words inside ``quoted`` spans (titles, slogans, speech) never name people."""
    qi = 0
    for a, b in spans:
        toks = tokenize(text, a, b)
        while qi < len(quoted) and quoted[qi][1] <= a:
            qi += 1
        if qi == len(quoted) or quoted[qi][0] >= b:
            skip = [False] * len(toks)  # no quoted span reaches into this one (most of them)
        else:
            skip = []
            for t in toks:
                while qi < len(quoted) and quoted[qi][1] <= t.start:
                    qi += 1
                skip.append(qi < len(quoted) and quoted[qi][0] <= t.start < quoted[qi][1])
        # Only a capital not inside quotes can open a name: the loop visits those alone (the
        # next one at or after ``i`` found by bisection, not by a Python step per token).
        caps = list(compress(count(), map(_CAP, toks)))
        if any(skip):
            caps = [k for k in caps if not skip[k]]
        c = i = 0
        while True:
            c = bisect_left(caps, i, c)
            if c == len(caps):
                break
            i = caps[c]
            s, j = person_at(toks, i, lang)
            if j - s >= 2 and lang in NOUN_CAPITALS and i > 0 and key(
                    toks[i - 1].text) in _DE_ARTICLES:
                # German names take no article: "das Pontifikat | Benedikt XVI", "der
                # Sozialdemokrat | Peter Struck" - the capital after it is a noun.
                i += 1
                continue
            if j <= s:
                i = max(name_at(toks, i, lang), i + 1)
                continue
            i = s
            m = role_qualifier(toks, i, j, lang)
            if m > i:
                i = m  # the person is named after the role
                continue
            if any(skip[i:j]):
                i = j
                continue
            if j - i >= 2 or (j - i == 1 and cast.find(toks[i].text) is not None):
                name = text[toks[i].start:toks[j - 1].end]
                role = role_before(toks, i, text, lang) or apposition_after(toks, j, text, lang)
                if j - i >= 2 or role:
                    entry = cast.add(name, role, toks[i].start)
                    cast.mention(toks[i].start, entry)
                    if role:
                        entry.add_alias(role)
                i = j
            else:
                i = max(j, i + 1)


def sentence_subject(toks: list[Tok], text: str, lang: str, cast: Cast) -> str | None:
    """The person a sentence is about: the first name, at the start or after a comma, that a
    verb follows ("…, Xi Jinping a souligné …"); groups (X et Y) are not one person, and a
    single capitalised word counts only when it is a known person's name ("Poutine a dit")."""
    for i in compress(count(), map(_CAP, toks)):  # (a name starts at a capital)
        s, j = person_at(toks, i, lang)
        # ("Mr Brown was speaking with X": the honorific opens the sentence, so does the name)
        opening = i == 1 and fold(toks[0].text) in HONORIFICS
        if i > 0 and toks[i - 1].text not in (",", ":") and not opening and (
                j <= s or role_before(toks, i, text, lang) is None):
            continue
        if s != i or j - i < 1 or j >= len(toks):
            continue
        if (j - i == 1 and cast.find(toks[i].text) is None) or role_qualifier(
                toks, i, j, lang) > i:
            continue
        nxt = toks[j]
        if nxt.text[:1].isalpha() and not nxt.cap and key(nxt.text) not in _VERBISH_STOP:
            return text[toks[i].start:toks[j - 1].end]
    return None


_QUALIFIER_REACH = 5  # capitals and links that may stand before the role noun they qualify


def qualified_head(toks: list[Tok], j: int, lang: str) -> int:
    """End of the role noun or source head that the capitals at ``toks[j]`` qualify ("Bayer
    spokesman", "Department for Education spokeswoman", "Scottish government spokesman", and
    capitalised as a title right before a name: "Ventura County Fire Chief Dana Ruiz"), or ``j``
    when no such head follows: at most one lower-case word stands before the head."""
    lower = 0
    for m in range(j, min(len(toks), j + _QUALIFIER_REACH + 1)):
        t = toks[m]
        if m > j and t.text[:1].isalpha() and (is_role(t.text, lang) or is_source_head(
                t.text, lang)) and (not t.cap or (is_role(t.text, lang) and name_at(
                    toks, m + 1, lang) > m + 1)):
            return m + 1  # (a title before a name may be capitalised: "Fire Chief Dana Ruiz")
        if t.cap and t.text.isalpha() and not is_cue(t.text, lang):
            continue
        if m > j and key(t.text) in np_links(lang) and m + 1 < len(toks) and toks[m + 1].cap:
            continue  # "Department for Education"
        if m > j and not t.cap and t.text.isalpha() and lower == 0 and not is_cue(
                t.text, lang) and key(t.text) not in np_stop(lang) and key(
                t.text) not in AUXILIARIES:  # ("the Reds have captain …": a verb)
            lower += 1  # "Scottish government spokesman"
            continue
        return j
    return j
