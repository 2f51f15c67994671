"""Quote extraction entry point: pair the marks, attribute, classify, canonicalise speakers.

One pass over the article in reading order keeps the state the rules need: the people named so
far (:class:`~newsbrief.quotes.people.Cast`), the subject of each body sentence (for pronouns:
"a-t-il dit" after "Vladimir Poutine a déclaré …" is Poutine), and the previous quote's speaker
(for "a-t-il ajouté" right after a quote, and for a quote with no attribution at all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import islice

from newsbrief.quotes import attribution as attr
from newsbrief.quotes import context
from newsbrief.quotes.classify import classify, looks_like_title, source_position
from newsbrief.quotes.gender import agrees
from newsbrief.quotes.leadin import before
from newsbrief.quotes.lexicon import DETERMINERS, NP_LINKS, fold, is_role, is_source_head, key
from newsbrief.quotes.model import Person, Quote, QuoteKind, QuoteReport, Speaker
from newsbrief.quotes.pairing import Span, pair_quotes
from newsbrief.quotes.people import Cast, Entry, forget, is_group, people_in, tokenize
from newsbrief.quotes.phrases import Attribution
from newsbrief.quotes.subjects import Subjects, sentence_subjects
from newsbrief.summarize.document import Document, Sentence, trim_span

_ATTRIBUTED = frozenset({"inner", "incise", "colon", "source", "subject"})
_DEFINITE = frozenset("le la l' l’ les the der die das el los las il lo gli".split())
# "ein Wissenschaftler", "a senior official": an anonymous source, never a person named before.
_INDEFINITE = frozenset("ein eine einer einem einen eines a an un une uno una unos unas".split())
# An unattributed quote continues the previous speaker at most this many paragraphs on.
_CONTINUE_PARAGRAPHS = 2
_LABEL_REACH = 50  # how many earlier unnamed sources a German compound head is matched against
_PRONOUN_REACH = 600  # how far back a pronoun may find its antecedent by proximity alone
_REPORT_WINDOW = 200  # how far back a speech verb still frames a quoted fragment
# Role nouns that say nothing about the function: they may refer back to anyone named.
_GENERIC_ROLES = frozenset(
    """elu elue l'elu l'elue l’elu l’elue responsable interesse interessee official politician
    politiker politikerin""".split())


@dataclass
class _State:
    """What the reading pass remembers."""

    cast: Cast
    subjects: Subjects
    last_pos: int = -1
    last_speaker: str | None = None
    last_entry: Entry | None = None
    last_block: int = -10
    prev_close: int = -1
    prev_kind: str = "other"
    outer: list[Span] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # unnamed sources: folded -> as written
    nouns: frozenset[str] = frozenset()  # German: capitalised words the text puts after an article


def _antecedent(state: _State, pos: int, named: bool = False, pronoun: str = "",
                lang: str = "fr") -> Entry | None:
    """The person a pronoun at ``pos`` refers to: a sentence subject named since the previous
    quote, else the previous quote's speaker, else the last subject before. ``named`` skips
    unnamed sources (a role noun refers back to a named person, not to another role);
    ``pronoun`` skips people of the other gender when the text shows it (elle -> not Bernard)."""
    subjects = state.subjects
    thing: Entry | None = None  # a subject that is not a person: only if no person is near
    for p, e in subjects.before(pos):
        if p <= state.last_pos:
            if subjects.ordered:
                break  # the rest are older still
            continue
        if (not named or e.first >= 0) and agrees(e, pronoun, lang):
            if pronoun and _thing(e, lang):
                # "Son parti lui faisait grief … Il déclara": il is the person, not the party.
                thing = thing or e
                continue
            return e
    last = state.last_entry
    if last is not None and (not named or last.first >= 0) and agrees(last, pronoun, lang):
        return last
    for _, e in subjects.before(pos):
        if (not named or e.first >= 0) and agrees(e, pronoun, lang) and not (
                pronoun and _thing(e, lang)):
            return e
    # A thing only when no one spoke before (the caller falls back on the previous speaker).
    return None if state.last_speaker else thing


def _thing(e: Entry, lang: str) -> bool:
    """An unnamed subject with no role noun ("L'alerte", "Son parti"): not whom il/er means
    when a person is at hand."""
    return e.first < 0 and not any(is_role(w, lang) for w in e.name.replace("'", "' ").split())


def _floating(state: _State, document: Document, pos: int, bi: int, subjunctive: bool
              ) -> tuple[str | None, Entry | None]:
    """Speaker of a quote nothing attributes: the person the text has just been about (a subject
    named since the previous quote, in this or the previous paragraph), else the previous
    speaker when close enough (a quote continued after its attributed first part).
    ``subjunctive``: the sentence reports speech in the German Konjunktiv I."""
    if subjunctive and state.last_speaker and 0 <= bi - state.last_block <= 1:
        # German reported speech goes on in the subjunctive: "Die Beschäftigten seien „…“"
        # reports the previous speaker, not the grammatical subject - or whoever a speech verb
        # has introduced since ("Die Abgeordnete Hajduk kritisierte den Etat. Hier seien …").
        for p, e in state.subjects.before(pos):
            if p > state.last_pos and p in state.subjects.speaking:
                return e.name, e
            if p <= state.last_pos and state.subjects.ordered:
                break
        return state.last_speaker, state.last_entry
    floor = document.blocks[max(0, bi - 1)].start
    own = document.blocks[bi].start if bi < len(document.blocks) else floor
    for p, e in state.subjects.before(pos):
        if p > state.last_pos and (p > floor or p == own):  # (it may open the quote's block)
            return e.name, e
        if state.subjects.ordered:
            break
    if state.last_speaker and 0 <= bi - state.last_block <= _CONTINUE_PARAGRAPHS:
        return state.last_speaker, state.last_entry
    return None, None


# "Es drohe „…“", "on estime": an impersonal subject names no one; the quote goes on with
# whoever the text is about.
_IMPERSONAL = frozenset("on it es".split())
_SINGULAR = frozenset("il elle he she er él ella lui lei egli".split())


def _pronoun_subject(text: str, sentence: Sentence | None, open_at: int) -> str | None:
    """The third-person singular pronoun that opens the quote's sentence (after a conjunction
    or an adverb at most), if any."""
    if sentence is None:
        return None
    # "X bezweifelte die Eignung: Er habe „…“" - a colon opens a clause of its own.
    start = max(sentence.start, text.rfind(":", sentence.start, open_at) + 1)
    for tok in tokenize(text, start, open_at)[:3]:
        f = key(tok.text)
        if f in _SINGULAR:
            return f
        if tok.cap or not tok.text[:1].isalpha():
            break  # a name or a noun opens the sentence
    return None


def _same_role(entry: Entry, role: str) -> bool:
    """The entry has no role yet, or one with the same head (président / présidente)."""
    if not entry.role or fold(_strip(role, "fr")).strip("'’ ") in _GENERIC_ROLES:
        return True  # "l'élu", "the official": any named person fits
    heads = {w[:6] for w in fold(role).split() if len(w) > 3}
    return any(w[:6] in heads for w in fold(entry.role).split() if len(w) > 3)


_AFTER_ARTICLE = re.compile(
    r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[rnms]?)?|[Ss]ein(?:e[rnms]?)?|[Ii]hr(?:e[rnms]?)?)"
    r"\s+([A-ZÄÖÜ][\w-]+)\b")


def _nouns_after_articles(text: str) -> frozenset[str]:
    """Capitalised German words the text puts right after an article or possessive."""
    return frozenset(m.group(1) for m in _AFTER_ARTICLE.finditer(text))


def _may_speak(word: str, lang: str) -> bool:
    """A noun that can name a speaker all the same: an acronym (der WWF), a role or a source
    head (das Gericht, die Demonstranten)."""
    return sum(c.isupper() for c in word) >= 2 or is_role(word, lang) or is_source_head(word, lang)


def _resolve(a: Attribution, state: _State, pos: int, lang: str
             ) -> tuple[str | None, Entry | None]:
    """Canonical speaker for an attribution: a person of the cast or a label."""
    cast = state.cast
    if a.pronoun:
        if key(a.mention) in _IMPERSONAL | {"we", "i", "ich", "wir"}:
            return None, None
        e = _antecedent(state, pos, pronoun=a.mention, lang=lang)
        if e is not None:
            return e.name, e
        if state.last_speaker:
            return state.last_speaker, None  # "…, résume l'universitaire. « … », a-t-il dit"
        # Last resort: the person named last, close before ("selon Rami Abd al-Rahman …").
        e = cast.last_mention(pos, _PRONOUN_REACH, lambda m: agrees(m, a.mention, lang))
        return (e.name, e) if e else (None, None)
    if a.name and is_group(a.name):
        return a.name, None  # "Pékin et Moscou": a collective source, kept as said
    if a.name:
        e = cast.add(a.name, a.role, pos)
        e.add_alias(a.mention if a.role and not a.mention.startswith(",") else a.name)
        return e.name, e
    label = _without_preposition(a.mention.strip(" ,;:"), lang)
    dets = DETERMINERS.get(lang, frozenset())
    if not any(len(w) > 2 and key(w) not in dets for w in label.split()):
        return None, None  # "l'", "der": articles alone name no one
    if key(label.split()[0]) in _INDEFINITE:
        return label, None
    split = label.replace("’", "’ ").replace("'", "' ").split()  # "l’élu" -> "l’", "élu"
    found = cast.find_role(label)
    if found is None and not (len(split) > 1 and key(split[0]) in dets and is_role(split[1], lang)):
        # (a role before a name is someone else: "le porte-parole de Marc Dubois", "der
        # Sprecher von Tony Blair")
        found = cast.find(label)
        if found is not None and key(split[0]) in dets:
            cast.describe(found, label)  # "Le documentaire d'Al Jazeera" names Al Jazeera
    if found:
        found.add_alias(label)
        return found.name, found
    words = [key(w) for w in split]
    definite = bool(words) and (words[0] in _DEFINITE or words[0].endswith(("'", "’")))
    head_is_role = any(is_role(w, lang) for w in split[1:3])
    if (a.pattern in ("incise", "inner") or lang != "de") and definite and head_is_role and not any(
            is_source_head(w, lang) for w in split[1:2]):
        e = _antecedent(state, pos, named=True)
        if e is not None and _same_role(e, label):
            if not e.role:
                e.role = _strip(label, lang)
            e.add_alias(label)
            return e.name, e
    same = state.labels.get(fold(label))
    if same is not None:
        return same, None  # "le quotidien" after "Le quotidien": one source, one spelling
    if definite and len(split) == 2:
        # "die Fraktion" after "die SPD-Landtagsfraktion", "le documentaire" after "Le
        # documentaire d'Al Jazeera" or "Un reportage diffusé …": the source named before, in
        # full (among the last few named: a long text must not make every look-up longer).
        head = fold(split[1])
        for earlier in islice(reversed(state.labels.values()), _LABEL_REACH):
            words = earlier.replace("’", "’ ").replace("'", "' ").split()
            if len(head) >= 4 and (fold(words[-1]).endswith(head) if lang == "de" else (
                    len(words) > 2 and fold(words[1]) == head)):
                return earlier, None
    state.labels[fold(label)] = label
    return label or None, None


def _without_preposition(label: str, lang: str) -> str:
    """French "de la maire sortante", "du jeune homme" -> the noun phrase itself (a source
    phrase cut after its "selon" or "auprès"); "d'ajouter" (a verb) -> nothing."""
    if lang != "fr":
        return label
    m = re.match(r"(?i)(?:de |du |d['’])(.+)", label)
    if m is None:
        return label
    rest = m.group(1)
    if " " not in rest and rest[:1].islower() and rest.endswith(("er", "ir", "re")):
        return ""  # "avant d'ajouter"
    if label[:2].lower() == "du":
        return "le " + rest
    first = rest.split()[0].lower()
    if label[:3].lower() == "de " and not (rest[:1].isupper() or first in {"la", "l'", "l’"}):
        return label  # "De nombreux habitants": an article, not a preposition
    return rest


def _strip(label: str, lang: str) -> str:
    words = label.split()
    dets = DETERMINERS.get(lang, frozenset())
    if words and fold(words[0]) in dets:
        words = words[1:]
    out = " ".join(words)
    for el in ("l'", "l’"):
        out = out.removeprefix(el)
    return out


def _pieces(span: Span, text: str, lang: str
            ) -> tuple[list[tuple[int, int]], Attribution | None]:
    """Split a quote on an incise inside its marks (« A, explique X, B »)."""
    found = attr.inner(text, span.start, span.end, lang)
    if found is None:
        return [(span.start, span.end)], None
    cut, resume, att = found
    pieces = [(span.start, cut)]
    if resume < span.end:
        pieces.append((resume, span.end))
    kept = [trim_span(text, a, b) for a, b in pieces]
    kept = [(a, b) for a, b in kept if a < b]
    return (kept or [(span.start, span.end)]), att


def extract_quotes(document: Document) -> QuoteReport:
    """Every quoted span of the document, classified and attributed, with the speakers
    canonicalised (one entry per person, every alias) and the people the article names."""
    text, lang = document.text, document.language[:2]
    blocks = document.blocks
    body = [(b.start, b.end) for b in blocks if b.kind == "paragraph"]
    spans = pair_quotes(text, [(b.start, b.end) for b in blocks], german=None)
    cast = Cast()
    quotes: list[Quote] = []
    speakers: dict[str, list[str]] = {}
    try:
        people_in(text, body, lang, cast, sorted((s.start, s.end) for s in spans if s.depth == 0))
        in_marks = sorted((s.start, s.end) for s in spans)
        state = _State(cast, sentence_subjects(document, cast, lang, in_marks),
                       nouns=_nouns_after_articles(text) if lang == "de" else frozenset())
        groups: dict[int, list[Span]] = {}
        for s in spans:
            groups.setdefault(s.group, []).append(s)
        for group in sorted(groups.values(), key=lambda g: g[0].open_at):
            quotes.extend(_quote_group(group, document, state, speakers))
    finally:
        forget(text)  # the article's tokens are not needed once its quotes are found
    quotes.sort(key=lambda q: (q.start, q.end))
    quoted = {q.speaker for q in quotes if q.speaker}
    return QuoteReport(tuple(quotes), _speakers(quotes, cast, speakers),
                       _people(cast, text, quoted))


def _quote_group(group: list[Span], document: Document, state: _State,
                 speakers: dict[str, list[str]]) -> list[Quote]:
    """Attribute and classify the pieces of one quote (several for a multi-paragraph quote)."""
    text, lang = document.text, document.language[:2]
    first, last = group[0], group[-1]
    block = document.block_at(first.open_at)
    bi = block.index if block else 0
    in_body = block is not None and block.kind == "paragraph"
    floor = block.start if block else 0
    limit = block.end if block else len(text)
    # A nested quote is attributed inside its enclosing quote only.
    while state.outer and state.outer[-1].end <= first.open_at:
        state.outer.pop()
    if first.depth > 0 and state.outer:
        floor, limit = state.outer[-1].start, state.outer[-1].end
    state.outer.append(last)
    pieces: list[tuple[int, int]] = []
    att: Attribution | None = None
    for s in group:
        p, inner = _pieces(s, text, lang) if len(group) == 1 else ([(s.start, s.end)], None)
        pieces.extend(p)
        att = att or inner
    for piece in group:
        if att is None and piece.closed and piece.close_at >= 0:
            # The incise may follow any piece: "—Vamos … —dijo Navarro—. Pero …".
            att = attr.after(text, piece.close_at, limit, lang)
    if att is None:
        # The clause before this quote starts after the previous quote of the paragraph
        # ("“This project,” Sophie Martin explained, “was never …”").
        between = False
        if floor <= state.prev_close < first.open_at:
            floor = state.prev_close + 1
            between = text[floor:first.open_at].strip().endswith(",")
        att = before(text, first.open_at, floor, lang, last.close_at)
        if att is not None and between and att.cue:
            # „A“, sagte X, „B“: the words between two quotes are an incise for both.
            att = replace(att, pattern="incise")
    close_at = last.close_at
    pattern = att.pattern if att else None
    attributed = pattern in _ATTRIBUTED
    sentence = document.sentence_at(first.open_at)
    clause_from = max(floor, first.open_at - _REPORT_WINDOW)
    if sentence is not None and not context.subjunctive(text, sentence.start, first.open_at, lang):
        # Outside German reported speech (which runs on over sentences in the subjunctive)
        # only the quote's own sentence frames it.
        clause_from = max(clause_from, sentence.start)
    reported = pattern == "context" or context.speech_context(
        text, clause_from, first.open_at, lang) or (
        lang == "de" and context.speech_context(text, last.end, min(limit, last.end + 60), lang))
    kind: QuoteKind = classify(text, first.open_at, pieces[0][0], pieces[-1][1], in_body=in_body,
                               attributed=attributed, reported=reported, lang=lang,
                               framed=pattern in ("subject", "source"))
    if len(pieces) > 1 and kind == "other" and attributed:
        kind = "statement"
    same_sentence = (att is None and state.prev_close >= 0 and state.prev_kind != "other"
                     and sentence is not None and state.prev_close >= sentence.start
                     and first.depth == 0)
    if same_sentence and kind == "other" and not looks_like_title(
            text, first.open_at, pieces[0][0], pieces[-1][1], lang) and not source_position(
            text, first.open_at, pieces[0][0], pieces[-1][1], lang):
        # "… un signe de « détermination » des Grecs à « respecter leurs engagements »": a
        # quote in the sentence of a reported one continues the same report.
        kind = "fragment"
    speaker: str | None = None
    mention: str | None = None
    cue = att.cue if att else None
    if kind != "other":
        if att is not None and not (att.pronoun and key(att.mention) in _IMPERSONAL):
            speaker, entry = _resolve(att, state, first.open_at, lang)
            mention = att.mention
        elif (pronoun := _pronoun_subject(text, sentence, first.open_at)) is not None:
            # "Er werde „einen neuen Deal“ aushandeln": the sentence is about a person named
            # before; resolve its pronoun as an incise's would be.
            speaker, entry = _resolve(Attribution(pronoun, first.open_at, None, None, True, None,
                                                  "subject"), state, first.open_at, lang)
        else:
            speaker, entry = _floating(state, document, first.open_at, bi,
                                       context.subjunctive(text, floor, first.open_at, lang))
        if speaker and not mention and speaker in state.nouns and not _may_speak(speaker, lang):
            # German: a quote no pattern attributes does not go to "Chance" or "Mandanten" - a
            # word the text itself puts after an article is a common noun, not a name (a name
            # takes no article; a noun a speech verb makes a subject is kept: "Die Kanadier sagen")
            speaker, entry = None, None
        if speaker:
            state.last_speaker, state.last_entry = speaker, entry
            state.last_block = bi
            if mention:
                speakers.setdefault(speaker, []).append(mention)
            else:
                speakers.setdefault(speaker, [])
        state.last_pos = first.open_at
        if close_at >= 0:
            state.prev_close = close_at
            state.prev_kind = kind
    out: list[Quote] = []
    for a, b in pieces:
        if b - a > 1 and text[b - 1] == ",":
            a, b = trim_span(text, a, b - 1)  # “Nobody wins,” he said: the comma is the incise's
        pb = document.block_at(a)
        out.append(Quote(text[a:b], a, b, kind, speaker, mention, cue, pb.index if pb else bi))
    return out


def _speakers(quotes: list[Quote], cast: Cast, mentions: dict[str, list[str]]
              ) -> tuple[Speaker, ...]:
    """One Speaker per canonical name, with every alias used and the role the text gave."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker and q.kind != "other":
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    out = []
    for name, n in counts.items():
        e = cast.find(name)
        aliases: list[str] = []
        for a in ([name] + (e.aliases if e and fold(e.name) == fold(name) else [])
                  + mentions.get(name, [])):
            a = a.strip(" ,;:")
            if a and fold(a) not in {fold(x) for x in aliases} and not _pronoun_only(a):
                aliases.append(a)
        role = e.role if e and fold(e.name) == fold(name) else None
        out.append(Speaker(name, role, tuple(aliases), n))
    return tuple(out)


def _pronoun_only(alias: str) -> bool:
    return key(alias) in {"il", "elle", "he", "she", "er", "sie", "él", "ella", "lui", "lei",
                           "ils", "elles", "they"}


# Words after which a capitalised pair names a place or an organisation, not a person
# ("at Port Alder", "à Pékin", "in der Deutschen Bank", "of the Harbour Workers' Union").
_PLACE_BEFORE = frozenset(
    """at in on from to into near of the à au aux en dans chez vers sur de du des la le les
    im in am an auf aus bei nach vom zum zur der die das dem den des en el la los las del
    a al da dal nel nella""".split()
)
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _people(cast: Cast, text: str, quoted: set[str]) -> tuple[Person, ...]:
    """People the article names: multi-word names, with roles when given. A name is left out
    when nothing says it is a person — not quoted, no role, and first seen right after a
    preposition or article ("at Port Alder") — or when its "role" is a phrase cut before it
    ("president of the" + "Harbour Workers")."""
    out = []
    for e in cast.entries:
        if len(e.name.split()) < 2:
            continue
        if e.name not in quoted:
            role_end = _LAST_WORD.search(e.role or "")
            if role_end and fold(role_end.group(1)) in NP_LINKS | {"the"}:
                continue
            # (a sentence subject is registered at its sentence's start: look at the name)
            seen = text.find(e.name, max(0, e.first), max(0, e.first) + 400)
            at = seen if seen >= 0 else max(0, e.first)
            before = _LAST_WORD.search(text[max(0, at - 40) : at])
            if not e.role and before and fold(before.group(1)) in _PLACE_BEFORE:
                continue
        out.append(Person(e.name, e.role))
    return tuple(out)
