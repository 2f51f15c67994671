"""What a quote names rather than says: titles and names introduced by a title noun (le film
« … », die Zeitung „…“), what something is called („…“ genannt, „…“, so heißt das Projekt,
Codenamen: „…“), and the lower-case words that a title noun does not make a title."""

from __future__ import annotations

import re
from functools import cache

from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.lang import union, words
from newsbrief.quotes.lexicon import (
    COMPOUNDS,
    INDEFINITE_ARTICLES,
    NAMING_VERBS_EN,
    TITLE_NOUNS,
    is_cue,
    key,
)

MEDIA_DETS = union("title_dets")
_LINKS = union("title_links")
_SAYING_DETS = union("saying_dets")
_LONG_TITLES = frozenset(t for t in TITLE_NOUNS if len(t) >= 4)


def title_word(word: str, lang: str) -> bool:
    """A noun that introduces a title or a name: film, livre, Zeitung - and, in German, any
    compound or inflection ending in one (Fachblatt, Magazins, Fernsehsendung)."""
    w = key(word)
    if w in TITLE_NOUNS or w in words(lang, "title_nouns"):
        return True  # (every language's, and the language's own: romance, festival in pt)
    if lang not in COMPOUNDS or len(w) < 5:
        return False
    stems = {w, w[:-1], w[:-2]} if w.endswith(("es", "en", "ns")) else {w, w[:-1]}
    return any(x[k:] in _LONG_TITLES for x in stems for k in range(len(x) - 3))


def introduced_as_title(text: str, open_at: int, lang: str = "fr") -> bool:
    """The quote follows a title noun: le film « … », the book “…”, die Zeitung „…“, der so
    genannte „…“ (German compounds count: des Fachblatts „…“)."""
    before = tokenize(text, max(0, open_at - 40), open_at)
    while before and key(before[-1].text) in MEDIA_DETS:
        before.pop()
    if before and title_word(before[-1].text, lang) and not _someone_calls(before, -1) and not (
            _calls_it(before, text, open_at)):
        return True
    if len(before) >= 2 and key(before[-1].text) == "saying" and key(
            before[-2].text) in _SAYING_DETS:
        return True  # "the saying “…”" (a noun), not "a statement saying “…”" (a verb)
    return len(before) >= 2 and title_word(before[-2].text, lang) and (
        before[-1].cap or key(before[-1].text) in _LINKS) and not _someone_calls(before, -2)


# Words that name what follows, whatever its case: "baptisé « la marche … »", the saying "…".
_NAMED_AS = union("naming_words")


def lower_case_words(text: str, open_at: int, lang: str) -> bool:
    """Quoted words in lower case right after a title noun are words, not a title (a title
    opens on a capital): "in dem Gesetz „kein Hindernis für …“", "à ce titre « sait ce
    qu'est … »" - but not after a naming word ('baptisé « la marche … »') nor in "projet de
    « ville du quart d'heure »", where a link word makes the noun name what follows."""
    before = tokenize(text, max(0, open_at - 30), open_at)
    while before and key(before[-1].text) in MEDIA_DETS:
        before.pop()
    return bool(before) and title_word(before[-1].text, lang) and key(
        before[-1].text) not in _NAMED_AS


def described(text: str, open_at: int, lang: str) -> bool:
    """Quoted words in lower case after an indefinite article and the noun of a work (optional
    table ``work_nouns``) describe the work, they do not name it: "y voit un film « intime »",
    "un spectacle « bouleversant »" (a name takes the definite article: "le film « La
    Haine »", "le dispositif « zéro chômeur »")."""
    before = tokenize(text, max(0, open_at - 30), open_at)
    return len(before) >= 2 and key(before[-1].text) in words(lang, "work_nouns") and key(
        before[-2].text) in INDEFINITE_ARTICLES.get(lang, frozenset())


_CALLERS = union("callers")


def _someone_calls(before: list[Tok], at: int) -> bool:
    """English "he called X “…”", "Travolta called X “…”", "what he called the “…”": someone's
    words about something, not the title of a thing ("a show called “…”", "the film, called")."""
    return key(before[at].text) in NAMING_VERBS_EN and len(before) + at >= 1 and (
        key(before[at - 1].text) in _CALLERS or (before[at - 1].cap
                                                 and before[at - 1].text[:1].isalpha()))



def _calls_it(before: list[Tok], text: str, open_at: int) -> bool:
    """English "X called the plan “a gamble”": someone's lower-case words about a thing the
    title noun names (not "X called the film “Jaws”": a title opens on a capital)."""
    return len(before) >= 4 and key(before[-2].text) in MEDIA_DETS | _SAYING_DETS and (
        _someone_calls(before, -3)) and text[open_at + 1:open_at + 2].islower()


def words_after(text: str, end: int, width: int, limit: int | None = None) -> list[Tok]:
    """The tokens of the ``width`` characters after the closing mark of a quote whose content
    ends at ``end`` (the first ``limit`` of them: a caller that reads no further need not have
    the last word, cut by the window, scanned again)."""
    close = end
    while close < len(text) and close < end + 3 and (text[close] in "»«“”\"'’‘›‹"
                                                      or text[close].isspace()):
        close += 1
    return tokenize(text, close, min(len(text), close + width), limit)


_NAMING_AFTER = union("named_after")  # „der Dicke“ genannt
# Nouns for what a thing is called: before a colon ("Codenamen: „…“", "Le titre : « … »") or in
# "„…“, so lautet der Titel".
_NAME_NOUNS = union("naming_nouns")
_CALLED = union("is_called")  # "so heißt" (and "so heißt es", no name)
_IS_CALLED = _CALLED | union("reads_as")
_NAMING_VERBS = union("self_naming")
_KNOWN = union("known_as")


def _name_noun(word: str) -> bool:
    """A noun for what something is called, German compounds too (Codenamen, Arbeitstitel)."""
    w = key(word)
    return w in _NAME_NOUNS or (word[:1].isupper() and len(w) > 6 and w.endswith(
        ("namen", "name", "titel")))


# A legal charge is the name of an offence: "mis en examen pour « … »", "charged with “…”".
_CHARGED = union("charged")
_CHARGE_PREPS = union("charge_preps")
_CHARGE_WHEN = union("charge_when")


def names_something(text: str, open_at: int, end: int) -> bool:
    """The quote is what someone or something is called, not what anyone said: „X“ genannt,
    „X“, wie er genannt wird, als „X“ bekannt, nennt sich „X“, das sich „X“ nennt, „X“, so heißt
    das Projekt, Codenamen: „X“, mis en examen pour « X »."""
    before = tokenize(text, max(0, open_at - 30), open_at)
    words = [key(t.text) for t in words_after(text, end, 60, 7)]
    if words and words[0] in _NAMING_AFTER:
        return True
    if words[:2] == [",", "wie"] and any(w in _NAMING_AFTER for w in words[2:]):
        return True
    if words[:2] == [",", "so"] and len(words) > 3 and words[2] in _IS_CALLED and (
            words[3] != "es" if words[2] in _CALLED
            else any(_name_noun(w) for w in words[3:5])):
        return True  # „…“, so heißt ein Projekt / so lautet der Titel (not "so heißt es")
    if len(before) >= 2 and before[-1].text == ":" and _name_noun(before[-2].text):
        return True  # "(Codenamen: „Maelstrom“)"
    if before and before[-1].text == ":" and _name_subject(text, open_at):
        return True  # "Das Motto des Abends steht fest: „…“"
    if len(before) >= 2 and key(before[-1].text) in _CHARGE_PREPS and (
            key(before[-2].text) in _CHARGED or (len(before) >= 3 and key(
                before[-3].text) in _CHARGED and key(before[-2].text) in _CHARGE_WHEN)):
        # "mis en examen jeudi pour « homicide involontaire »": the legal charge (but "a
        # condamné l'action de « militaires putschistes »" quotes the condemnation's words)
        return True
    if _names_a_term(before, words):
        return True
    if _on_a_sign(text, open_at):
        return True
    prev = [key(t.text) for t in before[-3:]]
    if prev[-1:] in (["als"], ["as"], ["comme"]) and any(w in _KNOWN for w in words[:2]):
        return True
    if prev[-1:] == ["sich"] and any(w in _NAMING_VERBS for w in prev[:-1]):
        return True  # "nennt sich „documenta 12“"
    return "sich" in prev[-2:] and bool(words) and words[0] in _NAMING_VERBS


_DETERMINERS = union("determiners")
_NAME_SUBJECT_REACH = 120  # characters back to the start of the clause before the colon


def _name_subject(text: str, open_at: int) -> bool:
    """The sentence before the colon is about a name and says nothing: an article, a noun for
    what something is called, and no speech verb ("Das Motto des Abends steht schon fest:", "Der
    Titel des Albums lautet:"): what follows is the name, not someone's words."""
    start = max(0, open_at - _NAME_SUBJECT_REACH)
    for j in range(open_at - 1, start - 1, -1):
        if text[j] in ".!?\n":
            start = j + 1
            break
    toks = tokenize(text, start, open_at)
    if len(toks) < 3 or key(toks[0].text) not in _DETERMINERS or not _name_noun(toks[1].text):
        return False
    # (a speech verb of any language: the caller does not know the article's)
    return not any(is_cue(t.text, "") and key(t.text) not in _IS_CALLED for t in toks[2:])


# What a banner, a placard or a T-shirt says is written on it, no one's statement (optional
# tables): "uma faixa: «…»", "Numa das faixas lia-se: «…»", "uma tarja com a frase «…»".
_SIGNS = union("sign_nouns")
_SIGN_WORDS = union("sign_words")
_SIGN_REACH = 12  # tokens between the sign noun and the words on it ("… com a foto … e a frase")


def _on_a_sign(text: str, open_at: int) -> bool:
    """The quote is what a sign says: a sign noun right before the colon (or before an
    impersonal "lia-se" and the colon), or a sign noun shortly before "a frase"."""
    toks = tokenize(text, max(0, open_at - 120), open_at)
    if len(toks) < 2 or not _SIGNS:
        return False
    last = key(toks[-1].text)
    if last == ":":
        k = len(toks) - 2
        if toks[k].text.endswith("-se") and k > 0:
            k -= 1  # "Numa das faixas lia-se:"
        return key(toks[k].text) in _SIGNS or (
            k < len(toks) - 2 and any(key(t.text) in _SIGNS for t in toks[max(0, k - 4):k])
        ) or _sign_described(toks[max(0, k - _SIGN_TAIL):k + 1])
    return last in _SIGN_WORDS and any(
        key(t.text) in _SIGNS for t in toks[-_SIGN_REACH:-1])


_SIGN_TAIL = 4  # words describing the sign between it and the colon ("scritto a mano")
_NOT_DESCRIBING = union("list_conj") | union("clause_conj")


def _sign_described(tail: list[Tok]) -> bool:
    """A sign noun, then a few lower-case words that describe it and end at the colon ("un
    cartello scritto a mano:", "uno striscione appeso alla rete:"); no comma and no conjunction
    among them ("un cartello e ha detto:" goes on to a clause and a speech verb of its own)."""
    for n in range(len(tail) - 1, 0, -1):
        if key(tail[n - 1].text) in _SIGNS:
            return all(t.text.isalpha() and t.text.islower() and key(t.text) not in (
                _NOT_DESCRIBING) for t in tail[n:])
    return False


_TERM_SUBJECTS = union("term_subjects")
_TERM_VERBS = union("term_verbs")
_MEANS = union("means_verbs")
_TERM_REACH = 5  # tokens before the mark: "hielt man für einen „…“", "bedeutet auf Zulu etwa „…“"


def _names_a_term(before: list[Tok], after: list[str]) -> bool:
    """A term, not anyone's words: an impersonal subject with a naming verb next to it ("Dies
    nennt man einen „…“", "hielt man für einen „…“", "was man als „…“ bezeichnet"), or what a
    word means ("Der Name bedeutet auf Zulu etwa „…“"), within the clause before the mark."""
    near: list[str] = []
    for t in reversed(before[-_TERM_REACH:]):
        if t.text in ".!?:;,":
            break
        near.insert(0, key(t.text))
    if any(w in _MEANS for w in near):
        return True
    for k, w in enumerate(near):
        if w in _TERM_SUBJECTS and (
                (k > 0 and near[k - 1] in _TERM_VERBS) or (k + 1 < len(near) and near[
                    k + 1] in _TERM_VERBS) or (after[:1] and after[0] in _TERM_VERBS)):
            return True
    return False


# A list of quoted items: a closing mark, a comma or a conjunction, the next opening mark.
_ITEM = r"[„“\"«»‚‹]([^„“”\"«»\n]{1,120})[“”\"»«‘›]"
_LIST_ITEMS = 3  # two quoted names may be two words of a speaker's ("weniger gut" oder "schlecht")
_LIST_WINDOW = 160


@cache
def _list_links() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a quoted item before and after a list's comma or conjunction (every
    language's ``list_conj``), compiled at the first list a text holds, not at import."""
    and_or = "|".join(sorted(map(re.escape, union("list_conj")), key=len, reverse=True))
    link = rf"\s*(?:,\s*(?:{and_or})?|{and_or})\s*"
    return re.compile(_ITEM + link + r"$"), re.compile(r"[“”\"»«‘›]" + link + _ITEM)


def _name_like(content: str) -> bool:
    """A list item that reads as a name or title: it opens on a capital or a digit and does not
    end a sentence."""
    content = content.strip()
    return bool(content) and (content[0].isupper() or content[0].isdigit()) and (
        content[-1] not in ".!?…,;:")


def in_title_list(text: str, open_at: int, start: int, end: int) -> bool:
    """The quote is one of three or more quoted names listed one after the other („Abendlied“,
    „Am Brunnen vor dem Tore“ und „Heideröslein“; titles of talks, songs, films): a list of
    titles, which no one says. Each item opens on a capital and ends no sentence, and one at
    least has several words (German capitalises nouns: „Mut“, „Geduld“ und „Vertrauen“ may be a
    speaker's words)."""
    if not _name_like(text[start:end]):
        return False
    item_before, item_after = _list_links()
    items, pos = [text[start:end]], open_at
    while len(items) < 2 * _LIST_ITEMS:
        m = item_before.search(text[max(0, pos - _LIST_WINDOW):pos])
        if m is None or not _name_like(m.group(1)):
            break
        items.append(m.group(1))
        pos = max(0, pos - _LIST_WINDOW) + m.start()
    pos = end
    while len(items) < 4 * _LIST_ITEMS:
        m = item_after.match(text, pos, min(len(text), pos + _LIST_WINDOW))
        if m is None or not _name_like(m.group(1)):
            break
        items.append(m.group(1))
        pos = m.end(1)
    return len(items) >= _LIST_ITEMS and any(len(item.split()) > 1 for item in items)
