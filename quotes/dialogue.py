"""Turn-taking in dialogue runs: the lines of an exchange led by dashes alternate between two
speakers (an interview, a hearing in court)::

    —¿Cuánto tiempo durarán los cortes?
    —Hasta que llueva de verdad.
    —Eso no es cierto —responde la alcaldesa—. Nos reunimos con las cooperativas.
    —¿Teme una protesta?
    —Temo más al verano que a una protesta.

A line no rule attributes (no speaker, or one from the reading-context fallbacks, which take the
previous line's speaker: the other party) gets the speaker a rule named on the nearest line of
the same parity, before it or after it; when no line of its parity is named but the other
party is (an interviewer who stays unnamed), its fallback speaker is dropped: the reading
context points at the other party or at the narration's subject, who is being asked. A line of an
exchange is speech, whatever its words (``—¿Teme una protesta?`` is no title).

A hearing often opens its exchange in the narration: ``A procuradora, X, insistiu nos
documentos.`` then ``— Há uma factura … O senhor assinou?`` / ``— Assinei — admitiu o
arguido.``: when a run names only the answering party and the paragraph just before it is about
someone else (``openers``), the run's first turn is that person's.

An interview often comes back after a stretch of narration in a second run whose lines name no
one (``— Et la suite ?`` / ``— Je n'en sais rien.``): when an earlier run had one named party
and an unnamed one (the interviewer), and the new run opens with a question, it goes on with the
same interview: its answers are that party's, its questions nobody's. A first run that names
no one and opens with a question is an interview the narration introduced (``La directrice,
X, a répondu à nos questions.``, a caption between them skipped): its answers are the person
that narration is about - unless the narration says that person asks (``O promotor X
questionou a versão.``, table ``ask_verbs``): then the questions are theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from newsbrief.quotes.model import Quote

RULE = "fallback.dialogue-turn"
# A run's lines: (line index in the run, first quote, number of quotes) - a line may hold
# several pieces (the words before and after its incise).
Lines = list[tuple[int, int, int]]


def _named(q: Quote) -> bool:
    return q.speaker is not None and q.rule is not None and not q.rule.startswith("fallback.")


def _interviewee(named: dict[int, str]) -> str | None:
    """The one party a run names when the other (the interviewer) stays unnamed."""
    if len({m % 2 for m in named}) != 1 or len(set(named.values())) != 1:
        return None
    return next(iter(named.values()))


def _unnamed(out: list[Quote], lines: Lines) -> Iterator[tuple[int, Quote, bool]]:
    """The quotes of a run that no line names, each with whether its line asks (the run's
    first line does: the lines alternate between question and answer)."""
    asks = lines[0][0] % 2
    for n, at, count in lines:
        for i in range(at, at + count):
            if not _named(out[i]):
                yield i, out[i], n % 2 == asks


def _interview_goes_on(out: list[Quote], lines: Lines, interviewee: str) -> None:
    """A run that names no one and opens with a question, after a run that interviewed
    ``interviewee``: its answers are the interviewee's, its questions stay nobody's."""
    for i, q, question in _unnamed(out, lines):
        out[i] = replace(q, kind="statement", speaker=None if question else interviewee,
                         mention=None, rule=None if question else RULE)


def _questioned(out: list[Quote], lines: Lines, asker: str) -> None:
    """A run that names no one after narration saying ``asker`` asks ("O promotor X
    questionou a versão."): its questions are the asker's; an answer the reading context gave
    to the asker is nobody's (the one questioned is whom the text was about before)."""
    for i, q, question in _unnamed(out, lines):
        if question:
            out[i] = replace(q, kind="statement", speaker=asker, mention=None, rule=RULE)
        elif q.speaker == asker:
            out[i] = replace(q, speaker=None, mention=None, rule=None)


def _open_turn(out: list[Quote], line: tuple[int, int, int], speaker: str) -> None:
    """The first line of a run, given to the person the narration before it is about."""
    for i, q, _ in _unnamed(out, [line]):
        out[i] = replace(q, kind="statement", speaker=speaker, mention=None, rule=RULE)


def _opens_with_question(quotes: list[Quote], lines: Lines) -> bool:
    return bool(lines) and quotes[lines[0][1]].text.rstrip().endswith("?")


def take_turns(quotes: list[Quote], runs: dict[int, Lines],
               openers: dict[int, str] | None = None,
               askers: set[int] | frozenset[int] = frozenset(),
               addressed: dict[int, str] | None = None) -> list[Quote]:
    """``quotes`` with the unattributed lines of each dialogue run given their turn's speaker;
    ``openers``: per run, the person the paragraph just before it is about; ``askers``: the
    runs whose narration says that person asks (the questioner, not the one interviewed);
    ``addressed``: per run, the person that paragraph names by a role noun only ("Pedimos à
    economista que …"), the interviewee of a run that names no one."""
    out = list(quotes)
    interviewee: str | None = None
    for run, lines in runs.items():
        if len({n for n, _, _ in lines}) < 2:
            continue  # one line is no exchange
        named: dict[int, str] = {}
        for n, at, count in lines:
            q = next((q for q in quotes[at:at + count] if _named(q)), None)
            if q is not None and q.speaker is not None:
                named[n] = q.speaker
        opener = (openers or {}).get(run)
        if opener and named and all(m % 2 for m in named) and opener not in named.values():
            named[lines[0][0]] = opener
            _open_turn(out, lines[0], opener)
        if not named:
            opener = opener or (addressed or {}).get(run)
            if opener and run in askers:
                if _opens_with_question(quotes, lines):
                    _questioned(out, lines, opener)
                continue
            if _opens_with_question(quotes, lines) and (interviewee or opener):
                # An interview the narration introduced ("X a répondu à nos questions.",
                # "Lo abbiamo raggiunto al telefono.") names no one in its lines: its answers
                # are the person the text is about, its questions the unnamed interviewer's.
                _interview_goes_on(out, lines, interviewee or opener or "")
            continue  # no speaker anywhere: a list led by dashes, not an exchange
        interviewee = _interviewee(named)
        for n, at, count in lines:
            if n in named:
                continue
            same = [m for m in named if m % 2 == n % 2]
            other = any(m % 2 != n % 2 for m in named)
            for i in range(at, at + count):
                q = out[i]
                if _named(q):
                    continue
                if q.kind == "other":
                    q = replace(q, kind="statement")  # a line of an exchange is speech
                    out[i] = q
                if same:
                    nearest = min(same, key=lambda m: (abs(m - n), m > n))
                    out[i] = replace(q, speaker=named[nearest], mention=None, rule=RULE)
                elif other:
                    out[i] = replace(q, speaker=None, mention=None, rule=None)
    return out
