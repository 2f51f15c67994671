"""Quote extraction entry point: pair the marks, attribute, classify, canonicalise speakers.

One pass over the article in reading order keeps the state the rules need: the people named so
far (:class:`~newsbrief.quotes.cast.Cast`), the subject of each body sentence (for pronouns:
"a-t-il dit" after "Vladimir Poutine a déclaré …" is Poutine), and the previous quote's speaker
(for "a-t-il ajouté" right after a quote, and for a quote with no attribution at all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from newsbrief.document.model import Block, Document, Sentence, trim_span
from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes import attribution as attr
from newsbrief.quotes import context, dialogue
from newsbrief.quotes.cast import Cast, Entry
from newsbrief.quotes.classify import classify, looks_like_title, source_position
from newsbrief.quotes.lang import table, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.leadin import before
from newsbrief.quotes.lexicon import (
    COMPOUND_SURNAMES,
    DE_ADVERBS,
    DETERMINERS,
    NOUN_CAPITALS,
    NP_LINKS,
    PRONOUNS,
    VERB_SECOND,
    fold,
    is_role,
    key,
)
from newsbrief.quotes.model import Person, Quote, QuoteKind, QuoteReport, Speaker
from newsbrief.quotes.pairing import Span, pair_quotes
from newsbrief.quotes.people import people_in
from newsbrief.quotes.phrases import OPENING_MARKS, Attribution
from newsbrief.quotes.resolve import (
    IMPERSONAL,
    ReadingState,
    may_speak,
    named_with_role,
    nouns_after_articles,
    resolve,
    unnamed_introductions,
)
from newsbrief.quotes.speakers import checked_speaker, one_label_each
from newsbrief.quotes.subjects import sentence_subjects

_ATTRIBUTED = frozenset({"inner", "incise", "colon", "source", "subject", "text"})
# An unattributed quote continues the previous speaker at most this many paragraphs on.
_CONTINUE_PARAGRAPHS = 2
_PASSIVE_AGENT = "incise.passive-agent"
_REPORT_WINDOW = 200  # how far back a speech verb still frames a quoted fragment
Floating = tuple[str | None, Entry | None, str | None]  # speaker, its cast entry, the rule id


def _floating(state: ReadingState, document: Document, pos: int, close_at: int, bi: int,
              subjunctive: bool) -> Floating:
    """Speaker of a quote nothing attributes (opening at ``pos``, closing at ``close_at``): a
    person the next sentence names when the quote opens its paragraph
    (:func:`_next_subject`), else the person the text has just been about (a subject named
    since the previous quote, in this or the previous paragraph), else the previous speaker
    when close enough (a quote continued after its attributed first part).
    ``subjunctive``: the sentence reports speech in the German Konjunktiv I."""
    if subjunctive and state.last_speaker and 0 <= bi - state.last_block <= 1:
        # German reported speech goes on in the subjunctive: "Die Beschäftigten seien „…“"
        # reports the previous speaker, not the grammatical subject - or whoever a speech verb
        # has introduced since ("Die Abgeordnete Hajduk kritisierte den Etat. Hier seien …").
        for p, e in state.subjects.before(pos):
            if p > state.last_pos and p in state.subjects.speaking:
                return e.name, e, "fallback.subjunctive-speaker"
            if p <= state.last_pos and state.subjects.ordered:
                break
        return state.last_speaker, state.last_entry, "fallback.subjunctive-previous"
    floor = document.blocks[max(0, bi - 1)].start
    own = document.blocks[bi].start if bi < len(document.blocks) else floor
    named = _next_subject(state, document, pos, close_at, bi)
    if named is not None:
        return named.name, named, "fallback.next-sentence-subject"
    opening = close_at >= 0 and _opens_speech_block(document, pos, bi) and not _said_after(
        document.text, close_at, document.blocks[bi].end, document.language[:2])
    for p, e in state.subjects.before(pos):
        if p > state.last_pos and (p > floor or p == own or (opening and e.first >= 0)):
            # (it may open the quote's block; or open the block before, when a paragraph of
            # speech follows the one that introduced its speaker: "Au conseil, le vice-président,
            # X, défend le plan." ¶ "« On ne peut pas … »")
            return e.name, e, "fallback.recent-subject"
        if state.subjects.ordered:
            break
    if state.last_speaker and 0 <= bi - state.last_block <= _CONTINUE_PARAGRAPHS:
        return state.last_speaker, state.last_entry, "fallback.previous-speaker"
    return None, None, None


def _opens_speech_block(document: Document, pos: int, bi: int) -> bool:
    """The quote opening at ``pos`` opens block ``bi`` with a capitalised sentence, and the
    block before it is a paragraph of narration (not a heading)."""
    if bi < 1 or bi >= len(document.blocks) or document.blocks[bi - 1].kind != "paragraph":
        return False
    text, start = document.text, document.blocks[bi].start
    head = text[start:pos + 4].lstrip()
    return len(head) >= 2 and head[0] in OPENING_MARKS and head[1:].lstrip()[:1].isupper()


def _next_subject(state: ReadingState, document: Document, pos: int, close_at: int, bi: int
                  ) -> Entry | None:
    """"« Ce n'était pas un accident. » Pendant deux heures, Anne Roy a démonté …", "Une
    exposition qui « … ». C'est ainsi que la directrice, X, présente …": a quote in the first
    sentence of its paragraph, which it ends, is the person the next sentence names as its
    subject - a paragraph that opens on someone's words names them right after. Only a named
    person ("Le slogan …" is no speaker), and not where a verb-second language reads the next
    sentence as an incise of its own (incise.next-sentence)."""
    if close_at < 0 or bi >= len(document.blocks) or document.language[:2] in VERB_SECOND:
        return None
    block, text = document.blocks[bi], document.text
    sentence = document.sentence_at(pos)
    if sentence is None or sentence.start != block.start or state.last_pos >= block.start:
        return None
    lead = tokenize(text, sentence.start, pos)
    if lead and not _verbless(lead, document.language[:2]):
        return None  # the quote's own sentence has a subject and a verb of its own
    nxt = close_at + 1
    while nxt < block.end and text[nxt] in " .!?…\u00a0\u202f":
        nxt += 1  # (the sentence ends at the quote: only its full stop between)
    for p, e in state.subjects.before(nxt + 1):
        if p != nxt or e.first < 0:
            return None
        # the subject opens the sentence with its full name among the first words: not a
        # person named in a complement further on ("…, a annoncé … l'assassinat du père X"),
        # nor a body whose last word is a capitalised common word ("Debout au fond …")
        return e if e.name in text[p:min(block.end, p + _SUBJECT_REACH)] else None
    return None


_SUBJECT_REACH = 100  # the characters of a sentence its opening subject stands in
_VERBLESS_REACH = 5  # the words of a verbless lead ("Une exposition qui")
_RELATIVES = union("relatives")


def _verbless(toks: list[Tok], lang: str) -> bool:
    """The words before a quote are a noun phrase and a relative pronoun, no clause of their
    own: "Une exposition qui « … »", "Un choix que …"."""
    return len(toks) <= _VERBLESS_REACH and key(toks[-1].text) in _RELATIVES and key(
        toks[0].text) in DETERMINERS.get(lang, frozenset())


_CLAUSE_REACH = 2000  # how far back a colon still opens the quote's clause
_OPENING_REACH = 200  # the opening words of a clause lie within this many characters
_SINGULAR = union("singular_pronouns")


def _pronoun_subject(text: str, sentence: Sentence | None, open_at: int, lang: str
                     ) -> tuple[str, int] | None:
    """The third-person singular pronoun of the article's language that opens the quote's
    sentence (after a conjunction or an adverb at most), if any (Italian "Il prefetto" opens
    on an article, not on French "il"), and where its clause starts."""
    if sentence is None:
        return None
    # "X bezweifelte die Eignung: Er habe „…“" - a colon opens a clause of its own. (Both
    # look-ups are bounded: in a run-on "sentence" of a whole article, every quote would
    # otherwise read all of it.)
    start = max(sentence.start, text.rfind(":", max(sentence.start, open_at - _CLAUSE_REACH),
                                           open_at) + 1)
    for n, tok in enumerate(tokenize(text, start, min(open_at, start + _OPENING_REACH))[:3]):
        f = key(tok.text)
        if f in _SINGULAR and f in PRONOUNS.get(lang, ()):
            return f, start
        if n == 0 and lang in VERB_SECOND and f in DE_ADVERBS:
            continue  # "Zwar würde er …": an adverb first, then the verb, then its subject
        if tok.cap or not tok.text[:1].isalpha():
            break  # a name or a noun opens the sentence
    return None


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
    spans = pair_quotes(text, [(b.start, b.end) for b in blocks], german=None,
                        narration=lambda a, b: context.narrates(text, a, b, lang))
    cast = Cast(compound_surnames=lang in COMPOUND_SURNAMES)
    quotes: list[Quote] = []
    speakers: dict[str, list[str]] = {}
    people_in(text, body, lang, cast, sorted((s.start, s.end) for s in spans if s.depth == 0))
    in_marks = sorted((s.start, s.end) for s in spans)
    subjects = sentence_subjects(document, cast, lang, in_marks)
    state = ReadingState(cast, subjects,
                         nouns=nouns_after_articles(text) if lang in NOUN_CAPITALS else frozenset(),
                         lead_end=max(attr.second_block(text), body[0][0] if body else 0),
                         intros=unnamed_introductions(text, lang, subjects, in_marks),
                         text=text)
    # (the lead is the first body paragraph: after a title and a standfirst, not only a title)
    groups: dict[int, list[Span]] = {}
    for s in spans:
        groups.setdefault(s.group, []).append(s)
    runs: dict[int, dialogue.Lines] = {}
    openers: dict[int, str] = {}
    addressed: dict[int, str] = {}  # runs whose narration names its interviewee by a role
    askers: set[int] = set()  # runs whose narration says the opener asks
    for group in sorted(groups.values(), key=lambda g: g[0].open_at):
        got = _quote_group(group, document, state, speakers)
        if group[0].turn is not None:
            run, line = group[0].turn
            runs.setdefault(run, []).append((line, len(quotes), len(got)))
            opener = _narrated(document, state, group[0].open_at) if line == 0 else None
            if opener is not None:
                openers[run] = opener
                if _narration_asks(document, group[0].open_at, lang):
                    askers.add(run)
            elif line == 0 and (by_role := _addressed(document, state, group[0].open_at)):
                addressed[run] = by_role
        quotes.extend(got)
    quotes = dialogue.take_turns(quotes, runs, openers, askers, addressed)
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = _chained(quotes, document)
    quotes = _one_label_each(quotes, cast, speakers, lang)
    quoted = {q.speaker for q in quotes if q.speaker}
    return QuoteReport(tuple(quotes), _speakers(quotes, cast, speakers),
                       _people(cast, text, quoted))


_CHAIN_GAP = frozenset(" \t\u00a0\u202f.…") | OPENING_MARKS | frozenset("”’»")
_CHAIN_GAP_RUN = re.compile("[" + "".join(map(re.escape, sorted(_CHAIN_GAP))) + "]*")
_CHAIN = "fallback.chain-next"


def _only_gap(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds nothing but spaces, full stops and quote marks. Read up to its first
    other character, with no copy: the span from a paragraph's start is asked for each quote
    of the paragraph. (No match only when ``a > b``: an empty span, nested quotes.)"""
    b = min(b, len(text))
    m = _CHAIN_GAP_RUN.match(text, a, b)
    return m is None or m.end() == b


def _chained(quotes: list[Quote], document: Document) -> list[Quote]:
    """``quotes`` (in text order) where a finished statement no rule attributes opens its
    paragraph and is followed in it by nothing but the next quote, whose own incise names its
    speaker (« On ne partira pas. » « On tiendra une semaine », a déclaré X): the chain is one
    speaker's, the incise after its last link. A question is left alone (the next link may
    answer it), and so is a quote inside a paragraph (where breaks were lost, the quote after
    it may be the next speaker's)."""
    text, blocks = document.text, document.blocks
    out = list(quotes)
    for n in range(len(out) - 2, -1, -1):  # from the end: a chain of three takes it back
        q, nxt = out[n], out[n + 1]
        if (q.kind != "statement" or nxt.kind == "other" or not nxt.speaker
                or (q.rule is not None and not q.rule.startswith("fallback."))
                or q.paragraph != nxt.paragraph
                or not (q.text.rstrip()[-1:] in ".!…" or "." in text[q.end:nxt.start])
                or not (nxt.rule or "").startswith(("incise.", "inner.", _CHAIN))
                or not _only_gap(text, q.end, nxt.start)
                or q.paragraph >= len(blocks)
                or not _only_gap(text, blocks[q.paragraph].start, q.start)):
            continue
        out[n] = replace(q, speaker=nxt.speaker, mention=nxt.mention, cue=nxt.cue, rule=_CHAIN)
    return out


def _narration(document: Document, pos: int) -> Block | None:
    """The paragraph right before the block at ``pos``; a caption or sub-heading between them
    is skipped ("X, dans son bureau. Photo …" between the lead and an interview)."""
    block = document.block_at(pos)
    if block is None or block.index == 0:
        return None
    k = block.index - 1
    while k > 0 and document.blocks[k].kind == "heading":
        k -= 1
    prev = document.blocks[k]
    return prev if prev.kind == "paragraph" else None


def _narrated(document: Document, state: ReadingState, pos: int) -> str | None:
    """The named person the paragraph right before ``pos`` is about (the last named subject
    of its sentences), if any."""
    prev = _narration(document, pos)
    if prev is None:
        return None
    for at, entry in state.subjects.before(pos):
        if at < prev.start:
            return None
        if entry.first >= 0:
            return entry.name  # (not "Le festival" the last sentence opens on)
    return None


def _addressed(document: Document, state: ReadingState, pos: int) -> str | None:
    """The person named before whose role the paragraph right before ``pos`` uses, as a noun
    after an article or a preposition ("Pedimos à economista que explicasse …" after "Rita
    Carvalhais, economista-chefe da consultora …"): the last such role noun of the paragraph."""
    prev = _narration(document, pos)
    if prev is None:
        return None
    lang = document.language[:2]
    toks = tokenize(document.text, prev.start, prev.end)
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if not t.cap and t.text.isalpha() and is_role(t.text, lang):
            e = named_with_role(state, t.text, pos, lang)
            if e is not None:
                return e.name
    return None


def _narration_asks(document: Document, pos: int, lang: str) -> bool:
    """The paragraph before ``pos`` says someone asks ("O promotor X questionou a versão."):
    a dash exchange after it is that person questioning, not an interview of them."""
    prev = _narration(document, pos)
    asks = table_words(lang, "ask_verbs")
    return prev is not None and bool(asks) and any(
        key(t.text) in asks for t in tokenize(document.text, prev.start, prev.end))


@dataclass
class _Frame:
    """Where one quote group stands: its block, and the stretch of text its attribution may
    read (the block, or the enclosing quote for a nested one; ``floor`` moves past the previous
    quote of the paragraph)."""

    block: int
    in_body: bool
    floor: int
    limit: int
    # the previous paragraph, when it ends on a colon and the quote opens its own paragraph
    colon_before: tuple[int, int] | None = None
    # where an incise after the last piece may run: the end of that piece's own paragraph
    # (a quote continued over paragraphs closes, and is attributed, in its last one)
    last_limit: int = -1
    # the quote this one is nested in, if any
    outer: Span | None = None


def _frame(group: list[Span], document: Document, state: ReadingState) -> _Frame:
    """The frame of a quote group; a nested quote is attributed inside its enclosing quote."""
    first, last = group[0], group[-1]
    block = document.block_at(first.start)  # (a mark alone on its line opens the next block)
    floor = block.start if block else 0
    limit = block.end if block else len(document.text)
    while state.outer and state.outer[-1].end <= first.open_at:
        state.outer.pop()
    outer = state.outer[-1] if first.depth > 0 and state.outer else None
    if outer is not None:
        floor, limit = outer.start, outer.end
    state.outer.append(last)
    colon_before = None
    # (blocks are trimmed spans: the quote opens its block when its mark is the block's start,
    # and a block ends on its last visible character - no slice of the text to strip per quote)
    if block is not None and block.index > 0 and first.depth == 0 and (
            first.open_at == block.start):
        prev = document.blocks[block.index - 1]
        if prev.kind == "paragraph" and prev.end > prev.start and document.text[
                prev.end - 1] == ":":
            colon_before = (prev.start, prev.end)
    last_block = document.block_at(last.start) if last is not first else None
    in_body = block is not None and (block.kind == "paragraph" or _caption(document, block))
    return _Frame(block.index if block else 0, in_body,
                  floor, limit, colon_before,
                  max(limit, last_block.end) if last_block is not None else limit, outer)


def _caption(document: Document, block: Block) -> bool:
    """A short line below the standfirst that ends on a photo credit ("\"A ideia é …\", diz
    secretária — Foto: Reprodução/EPTV"): the structure reads it as a heading, but it is a
    caption, and the quote it opens is the speech of whom it names (the language's
    ``photo_credits`` table; none: no caption is told apart)."""
    credit = _credit_pattern(document.language[:2])
    return block.kind == "heading" and block.index > 1 and credit is not None and (
        credit.search(document.text, block.start, block.end) is not None)


@cache
def _credit_pattern(lang: str) -> re.Pattern[str] | None:
    """"— Foto:", "– Imagem:": a dash, then a credit word of ``lang`` and its colon."""
    credits = table(lang, "photo_credits")
    if not credits:
        return None
    return re.compile(r"[—–-]\s*(?:" + "|".join(map(re.escape, credits)) + r")\s*:")


# Marks of one family nest only by mistake (a lost closing mark, a re-opened paragraph); a quote
# in marks of another family inside a quote is quoted within it: « … "…" … », “… ‘…’ …”.
_MARK_FAMILY = {**dict.fromkeys("\"“”„", "double"), **dict.fromkeys("'‘’‚", "single"),
                **dict.fromkeys("«»‹›", "guillemet")}


def _quoted_within(span: Span, outer: Span | None) -> bool:
    """The quote ``span`` is nested in the quote ``outer`` with marks of another family: part of
    the outer speaker's words (« Il m'a dit : "Tu ouvres le coffre" »), not a quote of its own."""
    return outer is not None and _MARK_FAMILY.get(span.mark, span.mark) != _MARK_FAMILY.get(
        outer.mark, outer.mark)


def _attribute(group: list[Span], text: str, lang: str, frame: _Frame, state: ReadingState
               ) -> tuple[list[tuple[int, int]], Attribution | None]:
    """The quote's pieces (split on an incise inside its marks) and the attribution the rules
    find: inside, after any piece, else in the clause before it."""
    first, last = group[0], group[-1]
    pieces: list[tuple[int, int]] = []
    att: Attribution | None = None
    for s in group:
        p, inner = _pieces(s, text, lang) if len(group) == 1 else ([(s.start, s.end)], None)
        pieces.extend(p)
        att = att or inner
    for piece in group:
        if att is None and piece.closed and piece.close_at >= 0:
            # The incise may follow any piece: "—Vamos … —dijo Navarro—. Pero …".
            att = attr.after(text, piece.open_at, piece.close_at,
                             frame.last_limit if piece is last else frame.limit, lang,
                             state.lead_end)
    if att is None:
        if len(state.closes) == state.closes.maxlen:
            frame.floor = max(frame.floor, state.closes[0] + 1)  # (see ReadingState.closes)
        # The clause before this quote starts after the previous quote of the paragraph
        # ("“This project,” Sophie Martin explained, “was never …”").
        between = False
        if frame.floor <= state.prev_close < first.open_at:
            frame.floor = state.prev_close + 1
            between = text[frame.floor:first.open_at].strip().endswith(",")
        att = before(text, first.open_at, frame.floor, lang, last.close_at)
        if att is not None and between and att.cue:
            # „A“, sagte X, „B“: the words between two quotes are an incise for both.
            att = replace(att, pattern="incise")
    if att is None and frame.colon_before is not None:
        # "Die Ministerin schrieb am Abend:" ¶ „…“: the frame closes the paragraph before.
        att = before(text, frame.colon_before[1], frame.colon_before[0], lang)
    return pieces, att


_AFTER_REPORT = 60  # how far after a quote the words that frame it as speech still stand


def _said_after(text: str, pos: int, limit: int, lang: str) -> bool:
    """Words after the quote ending at ``pos`` frame it as speech: a speech verb or noun in
    the rest of its sentence (German puts the verb last: als „…“ bezeichnet), or the report
    going on in the subjunctive („große Angst hatte“. Zuerst habe sie …). A speech verb of
    the next sentence frames another statement („Nargis“ zu. Offiziellen Angaben zufolge …)."""
    close = pos + 1 if text[pos:pos + 1] in "“”»«\"'’‘" else pos
    reach = min(limit, pos + _AFTER_REPORT)
    end = close if text[close:close + 1] in ".!?" else context.clause_end(
        text, close, reach, marks=False)
    return context.speech_context(text, pos, end, lang) or context.subjunctive_words(
        text, end, reach, lang)


def _kind(group: list[Span], pieces: list[tuple[int, int]], att: Attribution | None,
          document: Document, frame: _Frame, state: ReadingState) -> QuoteKind:
    """Speech or not: statement, fragment (quoted words inside reported speech) or other."""
    text, lang = document.text, document.language[:2]
    first, last = group[0], group[-1]
    if _quoted_within(first, frame.outer):
        return "other"  # (the outer quote carries it)
    a, b = pieces[0][0], pieces[-1][1]
    pattern = att.pattern if att else None
    attributed = pattern in _ATTRIBUTED
    sentence = document.sentence_at(first.open_at)
    clause_from = max(frame.floor, first.open_at - _REPORT_WINDOW)
    if sentence is not None and not context.subjunctive(text, sentence.start, first.open_at, lang):
        # Outside German reported speech (which runs on over sentences in the subjunctive)
        # only the quote's own sentence frames it.
        clause_from = max(clause_from, sentence.start)
    reported = pattern in ("context", "impersonal") or context.speech_context(
        text, clause_from, first.open_at, lang) or (
        lang in VERB_SECOND
        and _said_after(text, last.end, frame.limit, lang))
    kind: QuoteKind = classify(text, first.open_at, a, b, in_body=frame.in_body,
                               attributed=attributed, reported=reported, lang=lang,
                               framed=pattern in ("subject", "source"))
    if len(pieces) > 1 and kind == "other" and attributed:
        return "statement"
    if kind == "other" and att is not None and att.rule == _PASSIVE_AGENT and text[a:b][
            :1].islower():
        # "were called 'reckless' by X": words in lower case that a named agent called the
        # thing are that agent's, not the thing's name (a name opens on a capital).
        return "fragment"
    same_sentence = (att is None and state.prev_close >= 0 and state.prev_kind != "other"
                     and sentence is not None and state.prev_close >= sentence.start
                     and first.depth == 0)
    if same_sentence and kind == "other" and not looks_like_title(
            text, first.open_at, a, b, lang) and not source_position(
            text, first.open_at, a, b, lang):
        # "… un signe de « détermination » des Grecs à « respecter leurs engagements »": a
        # quote in the sentence of a reported one continues the same report.
        return "fragment"
    return kind


def _speaker(span: tuple[int, int], att: Attribution | None, document: Document,
             frame: _Frame, state: ReadingState
             ) -> tuple[str | None, Entry | None, str | None, str | None]:
    """Who said it: the attribution resolved to a person (pronouns, role nouns, unnamed
    sources), else the reading context (a pronoun opening the sentence, the person the text
    is about, the previous speaker). Returns the speaker, its cast entry, the mention and the
    id of the rule that named it. ``span``: where the quote opens and closes."""
    text, lang = document.text, document.language[:2]
    open_at, close_at = span
    mention = rule = None
    if att is not None and att.pattern == "impersonal":
        return None, None, None, None  # "diz-se que «…»": no one is named, nor meant
    if att is not None and not (att.pronoun and key(att.mention) in IMPERSONAL):
        speaker, entry = resolve(att, state, open_at, lang)
        mention, rule = att.mention or None, att.rule  # ("acrescentou.": no mention)
    elif (opening := _pronoun_subject(text, document.sentence_at(open_at), open_at, lang)
          ) is not None:
        # "Er werde „einen neuen Deal“ aushandeln": the sentence is about a person named
        # before; resolve its pronoun as an incise's would be. It opens its clause, so it means
        # someone named before the clause (not "Zwar würde er „…“ geben, zumal Verteidiger X …").
        pronoun, at = opening
        speaker, entry = resolve(Attribution(pronoun, at, None, None, True, None,
                                             "subject"), state, at, lang)
        rule = "fallback.sentence-pronoun"
    else:
        speaker, entry, rule = _floating(state, document, open_at, close_at, frame.block,
                                         context.subjunctive(text, frame.floor, open_at, lang))
    if speaker and (checked := checked_speaker(speaker, lang)) != speaker:
        speaker, entry = checked, None  # a time, a pronoun, a page label: no speaker
    if speaker and not mention and speaker in state.nouns and not may_speak(speaker, lang):
        # German: a quote no pattern attributes does not go to "Chance" or "Mandanten" - a
        # word the text itself puts after an article is a common noun, not a name (a name
        # takes no article; a noun a speech verb makes a subject is kept: "Die Kanadier sagen")
        speaker, entry = None, None
    return speaker, entry, mention, rule if speaker else None


def _quote_group(group: list[Span], document: Document, state: ReadingState,
                 speakers: dict[str, list[str]]) -> list[Quote]:
    """Attribute and classify the pieces of one quote (several for a multi-paragraph quote),
    and move the reading state on past it."""
    text, lang = document.text, document.language[:2]
    first, last = group[0], group[-1]
    frame = _frame(group, document, state)
    pieces, att = _attribute(group, text, lang, frame, state)
    kind = _kind(group, pieces, att, document, frame, state)
    speaker = mention = rule = None
    if kind != "other":
        speaker, entry, mention, rule = _speaker((first.open_at, last.close_at), att, document,
                                                 frame, state)
        if speaker:
            state.last_speaker, state.last_entry = speaker, entry
            state.last_block = frame.block
            speakers.setdefault(speaker, []).extend([mention] if mention else [])
        state.last_pos = first.open_at
        if last.close_at >= 0:
            state.prev_close = last.close_at
            state.prev_kind = kind
    if last.close_at >= 0:
        state.closes.append(last.close_at)
    cue = att.cue if att else None
    out: list[Quote] = []
    for a, b in pieces:
        if b - a > 1 and text[b - 1] == ",":
            a, b = trim_span(text, a, b - 1)  # “Nobody wins,” he said: the comma is the incise's
        pb = document.block_at(a)
        out.append(Quote(text[a:b], a, b, kind, speaker, mention, cue,
                         pb.index if pb else frame.block, rule))
    return out


def _one_label_each(quotes: list[Quote], cast: Cast, mentions: dict[str, list[str]], lang: str
                    ) -> list[Quote]:
    """The quotes with each unnamed source under one label (``speakers.one_label_each``: "the
    student" is the "A University student" quoted before), its mentions merged."""
    named = {e.name for e in cast.entries}
    labels = [q.speaker for q in quotes if q.speaker and q.speaker not in named]
    relabel = one_label_each(list(dict.fromkeys(labels)), lang)
    for old, new in relabel.items():
        mentions.setdefault(new, []).extend(mentions.pop(old, []))
    return [replace(q, speaker=relabel[q.speaker]) if q.speaker in relabel else q
            for q in quotes]


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


_ALIAS_PRONOUNS = union("alias_pronouns")


def _pronoun_only(alias: str) -> bool:
    return key(alias) in _ALIAS_PRONOUNS


# Words after which a capitalised pair names a place or an organisation, not a person
# ("at Port Alder", "à Pékin", "in der Deutschen Bank", "of the Harbour Workers' Union").
_PLACE_BEFORE = union("place_before")
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
