"""The person each body sentence of an article is about: the antecedents of pronouns and of
quotes nothing attributes, looked up from any position by bisection on their sorted offsets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, partial
from operator import attrgetter

from newsbrief.document.model import Document
from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.cast import Cast, Entry
from newsbrief.quotes.gender import agrees, entry_gender, pronoun_gender
from newsbrief.quotes.lang import table, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.leadin import before
from newsbrief.quotes.lexicon import (
    DETERMINERS,
    FURNITURE,
    GLUED_CAPTIONS,
    LABELS_REFER_BACK,
    MAIN_CLAUSE_SPEAKER,
    NOUN_CAPITALS,
    POSSESSIVE_S,
    PRONOUNS,
    SOURCE_OPENS_REPORT,
    VERB_SECOND,
    contracted_pronouns,
    cue_test,
    definite_openers,
    fold,
    is_aux,
    is_role,
    is_source_head,
    key,
)
from newsbrief.quotes.nounphrase import noun_phrase
from newsbrief.quotes.people import is_group, sentence_subject
from newsbrief.quotes.phrases import (
    Attribution,
    clause_start,
    first_candidate,
    is_speaker_np,
    source_prep,
)

PRONOUN_REACH = 600  # how far back a pronoun may find its antecedent by proximity alone
_TEXT = attrgetter("text")
_START = attrgetter("start")
_DE_SUBJECT_DETS = union("subject_articles")  # nominative-looking articles


class Subjects:
    """Sentence subjects as ``(offset, entry)`` in reading order."""

    def __init__(self, items: list[tuple[int, Entry]], speaking: frozenset[int] = frozenset()
                 ) -> None:
        self.items = items
        self.speaking = speaking  # offsets of subjects that a speech verb or source introduces
        self.offsets = [p for p, _ in items]
        # Sentences come in reading order; should they not, every look-up scans them all.
        self.ordered = all(a <= b for a, b in zip(self.offsets, self.offsets[1:], strict=False))

    def before(self, pos: int) -> Iterator[tuple[int, Entry]]:
        """The subjects at offsets before ``pos``, last first (in list order); when
        ``ordered``, their offsets decrease, so a caller may stop at the first too early."""
        items = self.items
        if self.ordered:
            for i in range(bisect_left(self.offsets, pos) - 1, -1, -1):
                yield items[i]
        else:
            yield from ((p, e) for p, e in reversed(items) if p < pos)


class _Quoted:
    """The quoted spans of an article, merged where they overlap: their words are not the
    narrator's."""

    def __init__(self, quoted: Sequence[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        for a, b in quoted:
            if self.spans and a <= self.spans[-1][1]:
                self.spans[-1] = (self.spans[-1][0], max(self.spans[-1][1], b))
            else:
                self.spans.append((a, b))
        self.starts = [a for a, _ in self.spans]

    def inside(self, pos: int) -> bool:
        """``pos`` is inside a quoted span."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.spans[k][1]

    def narrator(self, toks: list[Tok]) -> list[Tok]:
        """``toks`` without the words inside quotes ("nous avons" inside a quote is nobody the
        text is about); most sentences hold no quoted span, so filter only when one overlaps."""
        if toks:
            k = bisect_right(self.starts, toks[-1].start) - 1
            if k >= 0 and self.spans[k][1] > toks[0].start:
                return _outside(toks, self.spans, k)
        return toks


def sentence_subjects(document: Document, cast: Cast, lang: str,
                      quoted: Sequence[tuple[int, int]] = ()) -> Subjects:
    """The person each body sentence starts with, in order (the antecedents of pronouns).
    ``quoted``: the ``(start, end)`` of the quoted spans, sorted - their words are skipped.
    A sentence that reports speech is about its source or speaker (``speaking``); any other
    is about the subject that opens it."""
    out: list[tuple[int, Entry]] = []
    speaking: set[int] = set()
    text = document.text
    marks = _Quoted(quoted)
    for s in document.sentences:
        if not document.is_body(s):
            continue
        toks = marks.narrator(tokenize(text, s.start, min(s.end, s.start + 300)))
        dateline = s.start
        if toks and toks[0].text == "(":
            # "(CNN) …", "(AFP) …": the agency's dateline, not what the sentence is about
            close = next((k for k, t in enumerate(toks[:5]) if t.text == ")"), -1)
            if close > 0:
                dateline = toks[close].end
                toks = toks[close + 1:]
                dash = _dateline_end(toks)
                if dash > 0:
                    # "(ANSA) - ROMA, 14 NOV - L'Autorità …": the place and date, no subject
                    dateline = toks[dash - 1].end
                    toks = toks[dash:]
        if lang in GLUED_CAPTIONS and (_caption(toks, lang) or _labelled_caption(toks, lang)):
            continue  # a caption run into the text: its people are not what the text is about
        if len(toks) > 3 and toks[1].text == ":" and toks[0].cap and toks[2].cap:
            toks = toks[2:]  # "Europapolitik: Die SPD will …": a run-in heading, then the sentence
        start = s.start
        glued = _after_furniture(toks)
        if glued is not None:
            # the page's line, glued to the sentence it precedes: the sentence starts after it
            start = dateline = glued.start
            toks = [glued] + [t for t in toks if t.start > glued.start]
        met = _met_person(toks, text, lang, cast, s.start) or _role_named(
            toks, text, lang, cast, s.start)
        if met is not None:
            out.append((s.start, met))  # ("EFE habló con X": hablar is a speech verb too)
            continue
        found = _source_subject(toks, text, lang, cast, s.start) or _pronoun_source(
            toks, lang, out[-1][1] if out else None) or _role_source(
            toks, text, lang, cast, s.start) or _speaker_subject(
            text, start, s.end, dateline, lang, cast, marks)
        if found is not None:
            out.append((s.start, found))
            speaking.add(s.start)
            continue
        entry = _opening_subject(toks, text, lang, cast, s.start, out[-1][1] if out else None)
        if entry is not None:
            out.append((s.start, entry))
    return Subjects(out, frozenset(speaking))


_DASHES = frozenset("-–—")
_DATELINE_REACH = 8  # words of a wire's place and date between two dashes ("- ROMA, 14 NOV -")


def _dateline_end(toks: list[Tok]) -> int:
    """After an agency's name in brackets, the index after a place and date set between two
    dashes ("- ROMA, 14 NOV -"), or 0 when the sentence goes on at once."""
    if not toks or toks[0].text not in _DASHES:
        return 0
    for k in range(1, min(len(toks) - 1, _DATELINE_REACH)):
        if toks[k].text in _DASHES:
            return k + 1
    return 0


_FURNITURE_REACH = 12  # words of a page's line ("Media playback is not supported on this device")


def _after_furniture(toks: list[Tok]) -> Tok | None:
    """The first word of a sentence glued to a line of page furniture before it ("Media
    playback is not supported on this deviceA bakery owner …": "A"), or None when the sentence
    opens on no such line."""
    if len(toks) < 3 or (key(toks[0].text), key(toks[1].text)) not in FURNITURE:
        return None
    for t in toks[2:_FURNITURE_REACH]:
        w = t.text
        glued = [k for k in range(3, len(w)) if w[k].isupper() and w[k - 3:k].islower()]
        if len(glued) == 1:
            # (one word glued on, not the run of a share bar's "EmailFacebookMessenger…")
            return Tok(w[glued[0]:], t.start + glued[0], t.end, True)
    return None


def _caption(toks: list[Tok], lang: str) -> bool:
    """The words hold a picture caption's position in brackets ("Sherwood (right) sits on the
    bench", "(from left to right)", "(pictured)": words of the ``caption_words`` table)."""
    places = table_words(lang, "caption_words")
    for k, t in enumerate(toks):
        if t.text == "(":
            inner = [key(x.text) for x in toks[k + 1:k + 6]]
            end = inner.index(")") if ")" in inner else 0
            if end and all(w in places for w in inner[:end]):
                return True
    return False


_LABEL_WORDS = 4  # words of a caption's label ("Towed:", "Quick thinking:", "Short and sweet:")


def _labelled_caption(toks: list[Tok], lang: str) -> bool:
    """A picture caption under its label, where captions run into the text (trait
    ``glued_captions``): "Towed: A tow truck driver works …", "Scroll down for video Aftermath:
    A firefighter checks …" - a short capitalised label, no finite speech verb in it ("Quick
    thinking:" is a label, "She added:" a lead-in), then a colon and a capitalised word (not a
    quote mark: "He told Racemail: ‘…" is a lead-in)."""
    start = 0
    if len(toks) > 4 and (key(toks[0].text), key(toks[1].text)) in FURNITURE:
        start = 4  # ("Scroll down for video", the page's line before the caption)
    for k in range(start + 1, min(len(toks) - 1, start + _LABEL_WORDS + 1)):
        if toks[k].text == ":":
            gerund = tuple(table_words(lang, "gerund_endings"))
            return toks[start].cap and toks[k + 1].cap and toks[k + 1].text[:1].isalnum() and (
                not any(cue_test(lang)[t.text] and not (gerund and key(t.text).endswith(gerund))
                        for t in toks[start:k]))
    return False


def _pronoun_source(toks: list[Tok], lang: str, previous: Entry | None) -> Entry | None:
    """"Secondo lui, l'arbitro …", "Selon elle, …", "Según él, …": a sentence opened by a
    source whose pronoun refers back reports that person's words, so it is still about them,
    not about the subject that follows ("l'arbitro")."""
    if lang in VERB_SECOND or previous is None:
        return None
    src = source_prep(toks, 0, lang)
    if not 0 < src < len(toks) - 1 or toks[src + 1].text != ",":
        return None
    pronoun = key(toks[src].text)
    return previous if pronoun in PRONOUNS.get(lang, frozenset()) or (
        pronoun in contracted_pronouns(lang)) else None  # (also "Nas palavras dele, …")


def _role_source(toks: list[Tok], text: str, lang: str, cast: Cast, at: int) -> Entry | None:
    """"Segundo o governante, o plano …", "Según la ministra, …": a sentence opened by a
    source that is a definite role alone, for a person the text has named with that role, is
    about that person (a null-subject incise after it is theirs), not the clause's subject."""
    if lang in VERB_SECOND:
        return None
    src = source_prep(toks, 0, lang)
    if not 0 < src < len(toks) - 2 or key(toks[src].text) not in definite_openers(
            lang):
        return None
    comma = next((k for k in range(src + 1, min(len(toks), src + 4)) if toks[k].text == ","), -1)
    if comma < 0 or not all(t.text.isalpha() and not t.cap for t in toks[src + 1:comma]) or not (
            is_role(toks[comma - 1].text, lang)):
        return None
    e = cast.find_role(text[toks[src].start:toks[comma - 1].end])
    if e is None and key(toks[comma - 1].text) in table_words(lang, "generic_roles"):
        # "o governante", "o dirigente" fit any person named with a role: the last one
        e = cast.last_mention(at, PRONOUN_REACH, _named_with_role)
    return e if e is not None and e.first >= 0 else None


def _named_with_role(e: Entry) -> bool:
    """A person the text names with a role."""
    return e.first >= 0 and bool(e.role)


# Words from a source preposition to the speaker it names: "Nach Ansicht von Niedersachsens
# Ministerpräsident X" (the source noun, its link and a genitive owner come first).
_SOURCE_REACH = 5


def _source_subject(toks: list[Tok], text: str, lang: str, cast: Cast, at: int
                    ) -> Entry | None:
    """German "Nach Ansicht von X ist …", "Laut der Polizei …": the source is what the
    sentence (and a quote after it) reports. Portuguese "Para o economista X, professor da Y,
    o pico …": a person the source phrase names with a role and a name, not the apposition
    after the name (a body - "Segundo a Polícia Militar" - is no one a later "ela" or "o
    jogador" means)."""
    person_only = lang in SOURCE_OPENS_REPORT
    if lang not in VERB_SECOND and not person_only:
        return None
    src = source_prep(toks, 0, lang)
    if 0 < src < len(toks) and key(toks[0].text) != "so":
        src = first_candidate(toks, src, min(len(toks), src + _SOURCE_REACH), text, lang)
    if src <= 0:
        return None
    end, name, role = noun_phrase(toks, src, text, lang)
    if person_only and not (name and role):
        return None
    if name and not is_group(name):
        return cast.add(name, role, at)
    if role and end > src:
        label = text[toks[src].start:toks[end - 1].end]
        return cast.find_role(label) or cast.label(label)
    return None


def _speaker_subject(text: str, start: int, end: int, dateline: int, lang: str, cast: Cast,
                     marks: _Quoted) -> Entry | None:
    """Who speaks in the sentence, wherever the subject stands ("In seiner Antrittsrede
    erklärte Johnson, …"): the lead-in rules read the sentence as the clause before a quote.
    Only a speech verb lets them name anyone, so a sentence without one skips them."""
    speech = before(text, end, start, lang) if _may_speak(text, start, end, lang) else None
    main = _main_clause_speech(text, start, end, lang, marks) if speech is not None else None
    if main is not None:
        speech = main
    if speech is not None and speech.start < dateline:
        return None
    if speech is not None and marks.inside(speech.start):
        # a "speaker" inside a quote ("quand nous avons reçu …"): read the words before it
        k = bisect_left(marks.starts, start)
        first_quote = marks.starts[k] - 1 if k < len(marks.starts) else end
        speech = before(text, first_quote, start, lang) if first_quote < end else None
    if speech is None or not speech.cue:
        return None
    if speech.name and not is_group(speech.name):
        return cast.add(speech.name, speech.role, start)
    if not speech.pronoun and not speech.name:
        # a role ("Der Geschäftsführer kritisierte") or a body named as written ("Die
        # Hamburger Stadtreinigung äußerte")
        label = with_complement(text, speech, lang).strip(" ,;:")
        return cast.find_role(label) or cast.label(label)
    return None


def _main_clause_speech(text: str, start: int, end: int, lang: str, marks: _Quoted
                        ) -> Attribution | None:
    """Who speaks in the sentence's first speech clause, when a later one reports someone
    else's words ("Mr Pring's mother, Irene Pring, said Ms Ziuzina claimed to be a teacher":
    the sentence is the mother's, not Ms Ziuzina's): the lead-in read up to the first speech
    verb outside quotes, if it names someone (trait ``main_clause_speaker``)."""
    if lang not in MAIN_CLAUSE_SPEAKER:
        return None
    cue = cue_test(lang)
    first = next((t for t in tokenize(text, start, end) if cue[t.text] and not marks.inside(
        t.start)), None)
    if first is None or first.end >= end:
        return None
    main = before(text, first.end, start, lang)
    return main if main is not None and main.cue and (main.name or main.mention) else None


def _possessive_owner(toks: list[Tok], i: int, lang: str, cast: Cast) -> Entry | None:
    """A clause opened by a named person's possessive and a thing ("Muir's time of 14 minutes
    was her new personal best"): the sentence is about that person (trait ``possessive_s``);
    not by a role ("Smith's lawyer said": the lawyer)."""
    if lang not in POSSESSIVE_S or i + 1 >= len(toks) or not toks[i].cap:
        return None
    word, nxt = toks[i].text, toks[i + 1].text
    if not word.endswith(("'s", "’s")) or not nxt.isalpha() or not nxt.islower() or is_role(
            nxt, lang):
        return None
    e = cast.find(word[:-2])
    return e if e is not None and e.first >= 0 else None


_COMPLEMENT_WORDS = 3  # lower-case words of a label's complement ("for the rail operator")


def with_complement(text: str, a: Attribution, lang: str) -> str:
    """An unnamed source's label with the complement the text gives its head noun, where labels
    refer back (trait ``labels_refer_back``): "A spokesperson" read before "for the council
    said" is "A spokesperson for the council" - a preposition of ``complement_preps``, an
    article and at most three lower-case words, then a speech verb (capitals are a body's name,
    read with the label already: "for Leeds City Council")."""
    mention, end = a.mention, a.start + len(a.mention)
    if lang not in LABELS_REFER_BACK or a.name or a.pronoun or a.start < 0 or text[
            a.start:end] != mention or not mention.split():
        return mention
    head = mention.split()[-1]
    if not (is_role(head, lang) or is_source_head(head, lang)):
        return mention
    toks = tokenize(text, end, min(len(text), end + 80))
    preps, dets = table_words(lang, "complement_preps"), DETERMINERS.get(lang, frozenset())
    if len(toks) < 4 or key(toks[0].text) not in preps or key(toks[1].text) not in dets:
        return mention
    for k in range(2, min(len(toks), 3 + _COMPLEMENT_WORDS)):
        w = toks[k].text
        if k > 2 and (cue_test(lang)[w] or w in ",:.;"):
            return text[a.start:toks[k - 1].end]
        if not (w.isalpha() and w.islower()) or cue_test(lang)[w]:
            return mention
    return mention


def _opening_subject(toks: list[Tok], text: str, lang: str, cast: Cast, at: int,
                     last: Entry | None) -> Entry | None:
    """The person the sentence opens on: its subject noun phrase, a role, an organisation, or
    the person named last whom an opening pronoun agrees with."""
    name = sentence_subject(toks, text, lang, cast)
    i = clause_start(toks, lang)
    owner = _possessive_owner(toks, i, lang, cast) if name is None else None
    if owner is not None:
        return owner
    gender = pronoun_gender(toks[i].text) if name is None and i < len(toks) else None
    if gender and last is not None and not agrees(last, toks[i].text, lang):
        # "Les députés de l'UMP ont protesté par Christian Jacob. Il a souhaité …": the
        # pronoun is the person named last that it agrees with, not the subject before.
        # (a person the text shows to be of the pronoun's gender: "Grand Jury RTL" is not
        # whom "elle" means)
        e = cast.last_mention(at, PRONOUN_REACH, partial(_shown_as, gender=gender, lang=lang))
        if e is not None:
            return e
    end, opening, role = noun_phrase(toks, i, text, lang)
    if name is not None and opening != name:
        role = None  # the role belongs to the noun phrase that opens the clause
        # (with it, "L'ONG Human Rights Watch vient de …" lets a later "l'ONG" find HRW)
    if name is None:
        name = opening
        if name is None and role and end > i and is_speaker_np(toks, i, lang):
            # "Der Geschäftsführer kritisierte …": an unnamed role is an antecedent too.
            label = text[toks[i].start:toks[end - 1].end]
            return cast.find_role(label) or cast.label(label)
        if name and len(name.split()) < 2 and cast.find(name) is None:
            if (lang in NOUN_CAPITALS and i < end < len(toks) and toks[end].text[:1].islower()
                    and key(toks[i].text) in _DE_SUBJECT_DETS
                    and _organisation(toks[end - 1].text, lang)):
                # "Der BGH widersprach …", "Die SPD will …": an organisation as subject.
                return cast.label(text[toks[i].start:toks[end - 1].end])
            if lang not in NOUN_CAPITALS and end == i + 1 < len(toks) and cue_test(lang)[
                    toks[end].text]:
                # "Muir told BBC Scotland …", "Evans noted …": a capitalised word right before
                # a speech verb is a speaker, a surname the article never gave in full
                return cast.add(name, None, at)
            name = None
    if name and is_group(name):
        # "Parmi eux, Bernard et Colette Roy, qui …": several people, whom a later "ils" means
        # (where the language has such a pronoun: German "sie" is also "she")
        return cast.label(name) if table_words(lang, "plural_pronouns") else None
    if name:
        return cast.add(name, role, at)
    return None


_MEET_REACH = 8  # words before a meeting verb: "L'ANSA ha raggiunto", "Tra il pubblico c'era"


def _met_person(toks: list[Tok], text: str, lang: str, cast: Cast, at: int) -> Entry | None:
    """"L'ANSA ha raggiunto X, studente …", "A reportagem conversou com X", "EFE habló también
    con X", "Con loro c'è X", "Entre o público estava X": the reporter meets someone, or a place
    holds them; the sentence is about the person named after the verb (a null-subject incise
    next is theirs), not the medium, whose words are no quote. Read where the language has
    ``meeting_verbs``; the person must be named in full (a first name and a surname)."""
    meeting = table_words(lang, "meeting_verbs")
    if not meeting:
        return None
    presence, openers = _presence(lang)
    narrator = table_words(lang, "narrator_words")
    for k, t in enumerate(toks[:_MEET_REACH]):
        w = key(t.text)
        if w in meeting:
            if not _narrator(toks[:k], lang, cast, narrator):
                return None
            skip = narrator
        elif w in presence and k > 1 and key(toks[0].text) in openers:
            skip = presence
        else:
            continue
        m = k + 1
        while m < len(toks) and key(toks[m].text) in skip:
            m += 1  # "habló también con", "c'è"
        _, name, role = noun_phrase(toks, m, text, lang)
        if name and len(name.split()) > 1 and not is_group(name):
            return cast.add(name, role, at)
        return None
    return None


def _role_named(toks: list[Tok], text: str, lang: str, cast: Cast, at: int) -> Entry | None:
    """"A testemunha era Helena Caldeira, antiga chefe …", "El testigo era X": an article, a
    role or source noun, a form of "to be" (``naming_copulas``) and a full name: the person
    holds the role (a later "a testemunha" is theirs) and the sentence is about them."""
    copulas = table_words(lang, "naming_copulas")
    if not copulas or len(toks) < 5 or key(toks[0].text) not in definite_openers(
            lang) or key(toks[2].text) not in copulas:
        return None
    role = toks[1].text
    if not (is_role(role, lang) or is_source_head(role, lang)):
        return None
    _, name, _ = noun_phrase(toks, 3, text, lang)
    if not name or len(name.split()) < 2 or is_group(name):
        return None
    e = cast.add(name, None, at)
    cast.describe(e, text[toks[0].start:toks[1].end])
    return e


@cache
def _presence(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verb forms of being there (``presence_verbs``) and the words that may open such a
    sentence (its ``openers:`` line)."""
    verbs: set[str] = set()
    openers: set[str] = set()
    for line in table(lang, "presence_verbs"):
        head, _, rest = line.partition(" ")
        if head == "openers:":
            openers.update(rest.split())
        else:
            verbs.add(head)
    return frozenset(verbs), frozenset(openers)


def _narrator(toks: list[Tok], lang: str, cast: Cast, narrator: frozenset[str]) -> bool:
    """The words before a meeting verb are the reporter or the paper: a narrator word ("A
    reportagem", "abbiamo"), an acronym, or capitals that hold no role and name no one the
    text gives a role or a first name ("O Expresso", "A Agência Brasil")."""
    words = [t for t in toks if t.text.isalpha() or "'" in t.text or "’" in t.text]
    if any(key(t.text) in narrator for t in words):
        return True
    caps = [t for t in words if t.cap]
    lower = [t for t in words if not t.cap and not is_aux(key(t.text), lang)]
    if not caps or any(len(t.text) > 2 for t in lower):
        return False  # ("Il sindaco ha incontrato": a role; "ha poi incontrato": no subject)
    name = " ".join(t.text for t in caps if len(t.text) > 2)
    if name.isupper():
        return True  # an agency's acronym ("EFE", "L'ANSA"), even when the text names it again
    known = cast.find(name) or Entry(name)
    # (the cast lists every capitalised name, media too: a person shows a role or a first name)
    return bool(name) and not known.role and not any(
        is_role(t.text, lang) for t in caps) and entry_gender(known, lang) is None


def _outside(toks: list[Tok], spans: list[tuple[int, int]], k: int) -> list[Tok]:
    """``toks`` without those that start inside one of ``spans`` (sorted and disjoint;
    ``spans[k]`` is the last that starts at or before the last token): the tokens of each span
    are one run, found by bisection rather than a test per token."""
    cuts: list[tuple[int, int]] = []
    while k >= 0 and spans[k][1] > toks[0].start:
        a, b = spans[k]
        cuts.append((bisect_left(toks, a, key=_START), bisect_left(toks, b, key=_START)))
        k -= 1
    out: list[Tok] = []
    i = 0
    for lo, hi in reversed(cuts):
        out += toks[i:lo]
        i = max(i, hi)
    return out + toks[i:]


def _may_speak(text: str, a: int, b: int, lang: str) -> bool:
    """``text[a:b]`` may hold a lead-in whose speaker has a cue. Outside German, every lead-in
    rule that names a cue takes it from a word :func:`is_cue` accepts (German "heißt es in X"
    names its source with no speech verb, so German sentences are always read)."""
    return lang in VERB_SECOND or any(map(cue_test(lang).__getitem__, map(_TEXT, tokenize(
        text, a, b))))


def _shown_as(entry: Entry, gender: str | None, lang: str) -> bool:
    """A named person whom the text shows to be of ``gender``."""
    return entry.first >= 0 and entry_gender(entry, lang) == gender


def _organisation(word: str, lang: str) -> bool:
    """An acronym (BGH, SPD), a role noun or a source head (Bundesregierung, Polizei): a noun
    that can say something, unlike "Die Gefahr" or "Die Regenzeit"."""
    if sum(c.isupper() for c in word) >= 2:
        return True
    w = fold(word)
    return is_role(word, lang) or is_source_head(word, lang) or any(
        len(h) >= 5 and w.endswith(h) for h in _DE_SOURCE_ENDINGS)


_DE_SOURCE_ENDINGS = ("regierung", "ministerium", "polizei", "behörde", "gericht", "partei",
                      "verwaltung", "gewerkschaft", "anwaltschaft", "verband", "kommission",
                      "amt", "rat", "fraktion", "agentur", "konzern", "unternehmen")

