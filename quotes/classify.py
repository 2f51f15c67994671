"""Is a quoted span speech (``statement``, ``fragment``) or not (``other``)?

Quotation marks also wrap titles of books and operations, names, slogans and scare quotes.
Those are the main false positives of quote extractors, so a span is speech only with evidence:
an attribution pattern fired, or the sentence reports speech (a speech verb, a speech noun,
``selon``, a German subjunctive), or it reads as a whole sentence.
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.lang import folded, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    LANGS,
    NOUN_CAPITALS,
    POSSESSIVE_S,
    QUOTING,
    VERB_SECOND,
    WordTest,
    is_cue,
    is_role,
    is_source_head,
    key,
)
from newsbrief.quotes.model import QuoteKind
from newsbrief.quotes.titles import (
    MEDIA_DETS,
    described,
    in_title_list,
    introduced_as_title,
    lower_case_words,
    names_something,
    words_after,
)

_QUOTED_PHRASE = 5  # a lower-case quoted phrase this long is someone's words
_STATEMENT_WORDS = 4  # the gold convention: four words or more make a clause-sized quote
_END_PUNCT = ".!?…"
_SOURCE_WORDS = union("source_words")
_SENTENCES = re.compile(r"\w[.!?…]\s+[A-ZÀ-ÝÄÖÜ«„“\"]")  # a sentence ends inside the quote
_REPORTED_BY = union("reported_by")
_GENITIVE = union("genitive_links")
_TIME_WORDS = union("time_words")
_MEDIUM_PRONOUNS = union("medium_pronouns")  # "sagte er dem „Stern“"
_MEDIUM_AGENTS = union("medium_agents")  # "von der „Netzeitung“ zitiert"
_IN_MEDIUM = union("medium_preps")  # "in der „Zeitung“ als „…“ bezeichnet"


def looks_like_title(text: str, open_at: int, start: int, end: int, lang: str = "fr") -> bool:
    """A quoted title or name: introduced by a title noun, or (outside German, which
    capitalises every noun) every word capitalised like a proper name."""
    words = text[start:end].split()
    if introduced_as_title(text, open_at, lang) and not (words[0][:1].islower() and (
            ((len(words) >= 3 or lang in NOUN_CAPITALS) and lower_case_words(text, open_at, lang))
            or described(text, open_at, lang))):
        return True
    if len(words) == 1 and (_CODE.match(words[0]) or (
            key(words[0]) in _VOTES and _after_article(text, open_at, lang))):
        return True  # a rating or a code (« Baa3 », "AAA"), a vote option (le « oui »)
    if lang in NOUN_CAPITALS and (_apposed_name(text, open_at, words)
                                  or _article_name(words, lang)):
        return True
    if lang not in NOUN_CAPITALS and _titled_mid_sentence(text, open_at, words, lang):
        return True
    if lang in POSSESSIVE_S and words and words[0][:1].isupper() and re.search(
            r"\w['’]s\s*$", text[max(0, open_at - 30):open_at]):
        return True  # Henry Longfellow's “Evangeline”, Johnnie Ray's hit: a work, not words
    # German capitalises nouns, so two capitalised words may be speech ("Heiligen Krieg"), but
    # three or more with no verb are a name ("Chaos Computer Club", "Full Metal Jacket").
    low, high = (3, 6) if lang in NOUN_CAPITALS else (2, 4)
    return low <= len(words) <= high and all(
        w[:1].isupper() or not w[:1].isalpha() for w in words)




_RELATIVES = union("relatives")
_OPENERS = union("clause_openers")  # "Mais nous …"
# Pronouns that open a clause (an article may as well open a noun phrase: "la société dans
# laquelle nous vivrons").
_SUBJECT_OPENERS = {lang: table_words(lang, "subject_openers") for lang in LANGS}
_FIRST_PERSON = {lang: table_words(lang, "first_person") for lang in LANGS}


def _elided(word: str) -> str:
    """The elided word that opens ``word`` with its apostrophe ("j'espère" -> "j'", "s'il" ->
    "s'"), or ``word`` itself."""
    return word.split("'")[0] + "'" if "'" in word else word


def _strip_word(word: str) -> str:
    return word.strip(",.;:!?«»\"“”()")


@cache
def _first_person_test(lang: str) -> WordTest:
    """A (keyed) word that says "I" or "we" in ``lang``, elided too (j'espère)."""
    own = _FIRST_PERSON.get(lang, frozenset())
    return WordTest(lambda w: w in own or _elided(w) in own)


def _first_person(words: list[str], lang: str) -> bool:
    """The quote opens on its speaker's "I" or "we" (je voulais, notre ville est, mais nous
    ne perdons pas): a clause said as such, not a phrase worked into the narrator's."""
    mine = _first_person_test(lang)
    head = [key(_strip_word(w)) for w in words[:2]]
    if mine[head[0]] or (len(head) > 1 and head[0] in _OPENERS and mine[head[1]]):
        return True
    if not any(map(mine.__getitem__, map(key, map(_strip_word, words[2:])))):
        return False
    if words[0][:1].isupper() and any(w.endswith(",") for w in words[1:-1]):
        return True  # "Si ce collègue pouvait …, nous savons aussi …": a sentence of its own
    # "il y a bien une ardoise que nous devons honorer", "le catalan est notre propre
    # langue": a clause that opens on its subject and speaks as "we" further on.
    return _elided(head[0]) in _SUBJECT_OPENERS.get(lang, frozenset()) or _finite_clause(
        words, lang)


_ELIDED_LINKS = union("elided_links")
# Prepositions and conjunctions that open a phrase or a subordinate clause, and "ne" before a
# verb whose subject is outside the marks.
_PHRASE_OPENERS = union("phrase_openers")
_FINITE_FR = table_words("fr", "finite_verbs")  # (read by the French-only clause test)


def _finite_clause(words: list[str], lang: str) -> bool:
    """French: the quote holds a clause with its own subject - it opens on a subject pronoun (« il
    veut une apothéose »), or a noun phrase comes before a finite verb (« le problème est que »,
    « seule l'intervention … a pu ») - so it is a statement, not a phrase of the narrator's;
    but not a relative (« l'entraîneur qui ferait … ») nor a verb whose subject stands outside
    (« ont mis en évidence … »)."""
    if lang != "fr" or len(words) < 3:
        return False
    keys = [key(w.strip(",.;:!?«»\"“”()[]")) for w in words]
    head = keys[1] if keys[0] in _OPENERS and len(keys) > 1 else keys[0]
    if _elided(head) in _SUBJECT_OPENERS["fr"]:
        return True
    if keys[0] in _PHRASE_OPENERS | _RELATIVES | _FINITE_FR or _elided(keys[0]) in _ELIDED_LINKS:
        # « de courage politique », « à 500 millions », « s'il y a nécessité »: a phrase;
        # « ne font que projeter »: the subject is the narrator's
        return False
    for k in keys[1:]:
        if k in _RELATIVES or k.split("'")[0] in _SUBORDINATORS:
            return False
        if k in _FINITE_FR:
            return True
    return False


_SUBORDINATORS = union("subordinators")
_CODE = re.compile(r"^(?:[A-Za-z]{0,4}\d+[A-Za-z]?|[A-D]{2,3}[+-]?)$")
_VOTES = union("votes")
_VOTE_ARTICLES = union("vote_articles")


def _after_article(text: str, open_at: int, lang: str) -> bool:
    """The word before the opening mark is an article (le « oui », the "no" camp)."""
    before = tokenize(text, max(0, open_at - 12), open_at)
    return bool(before) and (key(before[-1].text) in DETERMINERS.get(lang, frozenset())
                             or key(before[-1].text) in _VOTE_ARTICLES)


def _ends_sentence(text: str, end: int) -> bool:
    """The quote whose content ends at ``end`` also ends its sentence."""
    j = end
    while j < len(text) and (text[j] in "»«“”\"'’›‹" or text[j] in " \u00a0\u202f"):
        j += 1
    return j >= len(text) or text[j] in ".!?…\n"


def _apposed_name(text: str, open_at: int, words: list[str]) -> bool:
    """German: a short capitalised name right after a common noun, in the middle of a sentence
    ("das Shuttle „Endeavour“", "des Fahrzeugs „Think City“", "den Tropensturm „Nargis“")."""
    if not words or len(words) > 3 or not words[0][:1].isupper() or words[-1][-1:] in _END_PUNCT:
        return False
    before = tokenize(text, max(0, open_at - 40), open_at)
    if len(before) < 2 or not before[-1].cap or before[-2].text in ".!?:\n":
        return False  # a capital at the head of a sentence says nothing
    noun = before[-1].text
    return noun.isalpha() and len(noun) > 3 and key(before[-2].text) in _NOUN_BEFORE


_TITLE_PREPS = union("title_preps")
_TITLE_ARTICLES = union("title_articles")


def _titled_mid_sentence(text: str, open_at: int, words: list[str], lang: str) -> bool:
    """A phrase that opens on a capitalised article in the middle of the narrator's sentence
    and says no clause, or comes after "dans", "sur", "intitulé": a title ("un rapport sur « Les
    revenus et le patrimoine des ménages »", "relate dans « La politique est un sport de
    combat »"; words worked into a sentence start in lower case, a quoted sentence ends on its
    stop)."""
    if not 2 <= len(words) <= 10 or words[-1][-1:] in _END_PUNCT or not words[0][:1].isupper():
        return False
    first = key(words[0])
    article = first in _TITLE_ARTICLES or _elided(first) in _TITLE_ARTICLES
    before = text[max(0, open_at - 2):open_at].strip()
    if not article or not before[-1:].isalnum():
        return False
    prev = tokenize(text, max(0, open_at - 20), open_at)
    return (bool(prev) and key(prev[-1].text) in _TITLE_PREPS) or not _finite_clause(words, lang)


@cache
def _name_articles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Articles that open a name (El Mundo, Die Zeit): the text's own, and the other
    languages' (keyed; the sets are made once per language, not at every quote)."""
    own = folded("name_articles", lang, accents=True)
    return own, folded("name_articles", accents=True) - own


def _article_name(words: list[str], lang: str) -> bool:
    """German text: a short quoted name that opens on its own article - „El Mundo“, „Le Canard
    enchaîné“, „Die Zeit“ - is a paper, a party or a title (a German article needs every word
    capitalised: „Die Linke“, not „Die Zeit drängt“)."""
    if not 2 <= len(words) <= 5 or not words[1][:1].isupper() or words[-1][-1:] in _END_PUNCT:
        return False
    first = key(words[0])
    own, foreign = _name_articles(lang)
    if words[0][:1].isupper() and first in foreign:
        return True
    return first in own and len(words) <= 3 and all(w[:1].isupper() for w in words)


# Articles and adjective endings that show the word before a quote is a common noun.
_NOUN_BEFORE = union("noun_articles") | union("noun_markers")


def source_position(text: str, open_at: int, start: int, end: int, lang: str) -> bool:
    """A short quoted name in the place of a speaker or medium: ``laut „Spiegel“``, ``berichtete
    die „Berliner Zeitung“``, ``sagte er dem „Stern“``, ``„Xinhua“ meldete``, or a web address.
    Such spans name the source of a report; they are not what it says."""
    content = text[start:end]
    words = content.split()
    if content.rstrip()[-1:] in _END_PUNCT + ",;:":
        return False
    before = tokenize(text, max(0, open_at - 40), open_at)
    lead = key(before[-1].text) if before else ""
    if not words or len(words) > 5 or not (
            content[:1].isupper() or (lead in _REPORTED_BY and len(words) <= 3)):
        # (lower case only after "wie" or "laut": "Wie „heise online“ berichtet")
        return len(words) == 1 and "." in content.strip(".") and content[:1].isalpha()
    if len(words) == 1 and "." in content.strip(".") and " " not in content:
        return True  # news.bbc.co.uk
    if _of_a_body(before, lang):
        return True  # "ein Sprecher der „Polizei von DeLand“": the name of a body
    if _in_medium_said(text, before, end, lang):
        return True  # "in der „Zeitung“ als „…“ bezeichnet": the medium that said it
    while before and (key(before[-1].text) in DETERMINERS.get(lang, frozenset())
                      or key(before[-1].text) in MEDIA_DETS):
        before.pop()
    if _of_a_body(before, lang):
        return True  # "ein Sprecher von der „…“", after its article
    # "sagte er dem „Stern“", "berichtet die „Netzeitung“", "laut „Spiegel“".
    for back, tok in enumerate(reversed(before[-3:])):
        if key(tok.text) in _SOURCE_WORDS or (is_cue(tok.text, lang) and not (
                lang in NOUN_CAPITALS and tok.cap)):
            # (a German capital is a noun, not the verb it may spell: "nannte die Werft einen
            # „…“" - Werft is no form of "werfen" here)
            return len(words) <= 3
        if back == 0 and key(tok.text) in _MEDIUM_PRONOUNS:
            continue  # "sagte er dem „Stern“"
        break
    if text[end + 1:end + 2] == "-" and len(words) <= 3:
        return True  # „Bild“-Zeitung
    if lead == "als":
        return False  # "als „Meilensteine der Musik“ bezeichnet": what is said, not who says
    after = words_after(text, end, 40, 6)  # (no more than 6 words are read)
    if before and key(before[-1].text) in _MEDIUM_AGENTS and any(
            key(t.text) in QUOTING for t in after[:6]):
        return True  # "wurde von der „Netzeitung“ mit den Worten zitiert"
    k = 0
    while lang in VERB_SECOND and k < min(3, len(after) - 1) and (key(after[k].text) in AUXILIARIES
                                         or key(after[k].text) in _TIME_WORDS):
        k += 1  # "Die „Zeitung“ hatte gestern berichtet"
    return bool(after) and (is_cue(after[k].text, lang) or key(after[k].text) in _SOURCE_WORDS)


def _in_medium_said(text: str, before: list[Tok], end: int, lang: str) -> bool:
    """German: the quote names a medium after in/im and its article, and the words after it
    say "als „…“" and a speech verb ("wurde in der „Zeitung“ als „…“ bezeichnet"): the medium
    that said the next quote."""
    k = len(before)
    while k > 0 and key(before[k - 1].text) in DETERMINERS.get(lang, frozenset()):
        k -= 1
    if k == 0 or key(before[k - 1].text) not in _IN_MEDIUM:
        return False
    later = words_after(text, end, 60, 10)  # (no more than 10 words are read)
    return len(later) > 2 and key(later[0].text) == "als" and any(
        is_cue(t.text, lang) for t in later[2:10])


def _of_a_body(before: list[Tok], lang: str) -> bool:
    """The words before a quote end on a role or source noun and its genitive link ("ein
    Sprecher der", "die Chefin von"): what the quote names is the body the role belongs to. The
    German genitive article is the link itself, so this is read before articles are dropped."""
    return len(before) >= 2 and key(before[-1].text) in _GENITIVE and (
        is_role(before[-2].text, lang) or is_source_head(before[-2].text, lang))


_ELIDED_BEFORE = re.compile(r"(\w+)['’]\s*$")


def _elided_word_before(text: str, open_at: int) -> bool:
    """The quote opens right after an elided word of the narrator's ("jusqu'« à 500 millions
    »", "d'« erreur »") - but not "qu'«", which opens reported speech, a clause of its own."""
    m = _ELIDED_BEFORE.search(text, max(0, open_at - 12), open_at)
    return m is not None and m.group(1).casefold() != "qu"


def classify(
    text: str,
    open_at: int,
    start: int,
    end: int,
    *,
    in_body: bool,
    attributed: bool,
    reported: bool,
    framed: bool = False,
    lang: str,
) -> QuoteKind:
    """Kind of the quote ``text[start:end]`` opened at ``open_at``.

    ``attributed``: an incise, colon or source pattern named a speaker for it; ``reported``: its
    sentence reports speech without naming it as this quote's frame; ``framed``: the speaker
    came from the speech verb of the sentence around the quote (so it may be a fragment).
    """
    if not in_body:
        return "other"  # headings and titles are never speech
    content = text[start:end]
    words = content.split()
    if not words:
        return "other"
    whole = content[0].isupper() and (content.rstrip()[-1] in _END_PUNCT + ",")
    clause = len(words) >= _STATEMENT_WORDS
    prev = text[max(0, open_at - 3):open_at].strip()
    sentence_start = open_at == 0 or prev == "" or prev[-1] in ".!?:\n" or (
        # a quoted sentence closed just before: "… spaziert wäre.“ „Wäre der Haftbefehl …"
        len(prev) > 1 and prev[-1] in "“”»«\"" and prev[-2] in ".!?")
    if source_position(text, open_at, start, end, lang) or names_something(text, open_at, end) or (
            in_title_list(text, open_at, start, end)) or (
            lang not in NOUN_CAPITALS and _titled_mid_sentence(text, open_at, words, lang)):
        return "other"
    # « Nous aurions dû plaider … » after "que", « Imaginez un monde … » after "disant": a
    # capitalised sentence, or words that open on the speaker's "I" or "we", are quoted as
    # said - a statement even inside reported speech (German capitalises every noun).
    as_said = clause and lang not in NOUN_CAPITALS and (
        (content[0].isupper() and _ends_sentence(text, end)) or _first_person(words, lang))
    whole = whole or as_said or (clause and _finite_clause(words, lang))
    if attributed:
        if looks_like_title(text, open_at, start, end, lang) and (
                not whole or introduced_as_title(text, open_at, lang)):
            return "other"  # (a title noun names what follows, even a sentence: o lema « … »)
        if clause and _SENTENCES.search(content):
            return "statement"  # several sentences: « … tombes. C'est de l'intolérance »
        if content[0].islower() and (prev[-1:].isalnum() or _elided_word_before(
                text, open_at)) and not as_said:
            # A phrase of the narrator's sentence: mort « des suites … » (but after a comma it
            # may go on with a quote an incise interrupted: “This project,” she said, “was …”)
            return "fragment"
        if framed and clause and prev.endswith(",") and _ends_sentence(text, end) and key(
                words[0].split("'")[0].split("’")[0]) not in _RELATIVES:
            # (but "…, « qui doivent pouvoir … »" goes on with the narrator's noun: a fragment)
            return "statement"  # "Selon Météo France, « l'épisode s'étendra … »": the main clause
        if framed and not (whole or sentence_start):
            return "fragment"  # quoted words inside reported speech: a déclaré que … « … »
        return "statement" if clause or whole or sentence_start else "fragment"
    if sentence_start and content[0].isupper() and content.rstrip()[-1] in _END_PUNCT:
        return "statement"  # a quoted sentence of its own: “We always do.”
    if looks_like_title(text, open_at, start, end, lang):
        return "other"
    if reported:
        if clause and _SENTENCES.search(content):
            return "statement"
        return "statement" if clause and (whole or sentence_start) else "fragment"
    if clause and (whole or sentence_start):
        return "statement"
    if len(words) >= _QUOTED_PHRASE and content[0].islower():
        # Five words or more in lower case are not a title, a name or a scare quote: someone's
        # words the narrator works into the sentence (se présentait comme « l'entraîneur qui …»).
        return "fragment"
    return "other"
