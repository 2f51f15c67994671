"""The person each body sentence of an article is about: the antecedents of pronouns and of
quotes nothing attributes, looked up from any position by bisection on their sorted offsets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import repeat
from operator import attrgetter

from newsbrief.document.model import Document
from newsbrief.quotes.cast import Cast, Entry
from newsbrief.quotes.gender import agrees, entry_gender, pronoun_gender
from newsbrief.quotes.leadin import before
from newsbrief.quotes.lexicon import (
    NOUN_CAPITALS,
    VERB_SECOND,
    fold,
    is_cue,
    is_role,
    is_source_head,
    key,
)
from newsbrief.quotes.people import Tok, is_group, sentence_subject, tokenize
from newsbrief.quotes.phrases import (
    clause_start,
    first_candidate,
    is_speaker_np,
    noun_phrase,
    source_prep,
)

PRONOUN_REACH = 600  # how far back a pronoun may find its antecedent by proximity alone
_TEXT = attrgetter("text")
_START = attrgetter("start")
_DE_SUBJECT_DETS = frozenset("der die das ein eine".split())  # nominative-looking articles


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


def sentence_subjects(document: Document, cast: Cast, lang: str,
                      quoted: Sequence[tuple[int, int]] = ()) -> Subjects:
    """The person each body sentence starts with, in order (the antecedents of pronouns).
    ``quoted``: the ``(start, end)`` of the quoted spans, sorted - their words are skipped."""
    out: list[tuple[int, Entry]] = []
    speaking: set[int] = set()
    text = document.text
    merged: list[tuple[int, int]] = []
    for a, b in quoted:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    starts = [a for a, _ in merged]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]

    for s in document.sentences:
        if not document.is_body(s):
            continue
        # Only the narrator's words: "nous avons" inside a quote is nobody the text is about.
        toks = tokenize(text, s.start, min(s.end, s.start + 300))
        if toks:
            # Most sentences hold no quoted span: filter only when one overlaps the tokens.
            k = bisect_right(starts, toks[-1].start) - 1
            if k >= 0 and merged[k][1] > toks[0].start:
                toks = _outside(toks, merged, k)
        dateline = s.start
        if toks and toks[0].text == "(":
            # "(CNN) …", "(AFP) …": the agency's dateline, not what the sentence is about
            close = next((k for k, t in enumerate(toks[:5]) if t.text == ")"), -1)
            if close > 0:
                dateline = toks[close].end
                toks = toks[close + 1:]
        if len(toks) > 3 and toks[1].text == ":" and toks[0].cap and toks[2].cap:
            toks = toks[2:]  # "Europapolitik: Die SPD will …": a run-in heading, then the sentence
        src = source_prep(toks, 0, lang)
        if lang in VERB_SECOND and 0 < src < len(toks) and key(toks[0].text) != "so":
            src = first_candidate(toks, src, min(len(toks), src + 3), text, lang)
        if lang in VERB_SECOND and src > 0:
            # "Nach Ansicht von X ist …", "Laut der Polizei …": the source is what the
            # sentence (and a quote after it) reports.
            end, name, role = noun_phrase(toks, src, text, lang)
            if name and not is_group(name):
                out.append((s.start, cast.add(name, role, s.start)))
                speaking.add(s.start)
                continue
            if role and end > src:
                label = text[toks[src].start:toks[end - 1].end]
                out.append((s.start, cast.find_role(label) or cast.label(label)))
                speaking.add(s.start)
                continue
        # Only a speech verb lets the lead-in rules name who the sentence is about: a sentence
        # without one skips them (the same answer, a quarter of a long article's cost).
        speech = before(text, s.end, s.start, lang) if _may_speak(text, s.start, s.end, lang) \
            else None
        if speech is not None and speech.start < dateline:
            speech = None
        if speech is not None and inside(speech.start):
            # a "speaker" inside a quote ("quand nous avons reçu …"): read the words before it
            k = bisect_left(starts, s.start)
            first_quote = starts[k] - 1 if k < len(starts) else s.end
            speech = before(text, first_quote, s.start, lang) if first_quote < s.end else None
        if speech is not None and speech.cue and speech.name and not is_group(speech.name):
            # "In seiner Antrittsrede erklärte Johnson, …": who speaks is what the sentence
            # is about, wherever the subject stands.
            out.append((s.start, cast.add(speech.name, speech.role, s.start)))
            speaking.add(s.start)
            continue
        if speech is not None and speech.cue and not speech.pronoun and not speech.name:
            # a role ("Der Geschäftsführer kritisierte") or a body named as written ("Die
            # Hamburger Stadtreinigung äußerte")
            label = speech.mention.strip(" ,;:")
            out.append((s.start, cast.find_role(label) or cast.label(label)))
            speaking.add(s.start)
            continue
        name = sentence_subject(toks, text, lang, cast)
        i = clause_start(toks, lang)
        gender = pronoun_gender(toks[i].text) if name is None and i < len(toks) else None
        if gender and out and not agrees(out[-1][1], toks[i].text, lang):
            # "Les députés de l'UMP ont protesté par Christian Jacob. Il a souhaité …": the
            # pronoun is the person named last that it agrees with, not the subject before.
            # (a person the text shows to be of the pronoun's gender: "Grand Jury RTL" is not
            # whom "elle" means)
            shown = partial(_shown_as, gender=gender, lang=lang)
            e = cast.last_mention(s.start, PRONOUN_REACH, shown)
            if e is not None:
                out.append((s.start, e))
                continue
        end, opening, role = noun_phrase(toks, i, text, lang)
        if name is not None and opening != name:
            role = None  # the role belongs to the noun phrase that opens the clause
            # (with it, "L'ONG Human Rights Watch vient de …" lets a later "l'ONG" find HRW)
        if name is None:
            name = opening
            if name is None and role and end > i and is_speaker_np(toks, i, lang):
                # "Der Geschäftsführer kritisierte …": an unnamed role is an antecedent too.
                label = text[toks[i].start:toks[end - 1].end]
                out.append((s.start, cast.find_role(label) or cast.label(label)))
                continue
            if name and len(name.split()) < 2 and cast.find(name) is None:
                if (lang in NOUN_CAPITALS and i < end < len(toks) and toks[end].text[:1].islower()
                        and key(toks[i].text) in _DE_SUBJECT_DETS
                        and _organisation(toks[end - 1].text, lang)):
                    # "Der BGH widersprach …", "Die SPD will …": an organisation as subject.
                    out.append((s.start, cast.label(text[toks[i].start:toks[end - 1].end])))
                    continue
                name = None
        if name and not is_group(name):
            out.append((s.start, cast.add(name, role, s.start)))
    return Subjects(out, frozenset(speaking))


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
    return lang in VERB_SECOND or any(map(is_cue, map(_TEXT, tokenize(text, a, b)), repeat(lang)))


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
