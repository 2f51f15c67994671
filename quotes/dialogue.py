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
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.quotes.model import Quote

RULE = "fallback.dialogue-turn"
# A run's lines: (line index in the run, first quote, number of quotes) - a line may hold
# several pieces (the words before and after its incise).
Lines = list[tuple[int, int, int]]


def _named(q: Quote) -> bool:
    return q.speaker is not None and q.rule is not None and not q.rule.startswith("fallback.")


def take_turns(quotes: list[Quote], runs: dict[int, Lines]) -> list[Quote]:
    """``quotes`` with the unattributed lines of each dialogue run given their turn's speaker."""
    out = list(quotes)
    for lines in runs.values():
        if len({n for n, _, _ in lines}) < 2:
            continue  # one line is no exchange
        named: dict[int, str] = {}
        for n, at, count in lines:
            q = next((q for q in quotes[at:at + count] if _named(q)), None)
            if q is not None and q.speaker is not None:
                named[n] = q.speaker
        if not named:
            continue  # no speaker anywhere: a list led by dashes, not an exchange
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
