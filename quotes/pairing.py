"""Pair quotation marks into quoted spans, in one linear pass per paragraph.

Marks are paired *by type* (never by counting: an odd number of marks must not shift every later
pair), with a stack so that nested quotes (« … “ … ” … ») come out at their own depth. Ambiguous
marks are resolved from their neighbours: a straight ``"`` opens before a word and closes after
one; ``’`` closes a ``‘`` only when no letter follows (l’équipe, the players’ union stay
apostrophes); ``“`` closes a German ``„`` but opens an English quote. A quote still open at the
end of its paragraph either continues (the next paragraph starts with the same opening mark, the
convention for multi-paragraph quotes) or is recovered up to the paragraph end, so one bad mark
never swallows the rest of the article. Paragraphs that start with a dash are dialogue lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

# Each opening mark with the closing marks that end it.
_FR_GUILLEMETS = {"«": "»", "‹": "›"}
_DE_GUILLEMETS = {"»": "«", "›": "‹"}
# („…" with a straight closing mark is a common typing slip; an inner "…" pair still nests,
# because a closing mark looks for its opener from the top of the stack.)
_OTHER_PAIRS = {"„": "“”\"", "‚": "‘’", "“": "”", "‘": "’", '"': '"', "'": "'", "”": "”"}
MARK_CHARS = frozenset("«»‹›„‚“”‘’\"'")
_MARK = re.compile("[" + re.escape("".join(sorted(MARK_CHARS))) + "]")
DASHES = "—–"
_SPACE = " \t\n\r\u00a0\u202f\u2009\u2007"
_DE_OPEN = re.compile(r"[»›](?=[^\W\d_])")
_FR_OPEN = re.compile(r"[«‹](?=[^\W\d_])")
_MAX_DEPTH = 64  # deeper stacks are garbage input; keeps closing-mark search O(1) per mark
_SEARCH = 8  # how far down the stack a closing mark may look for its opener
_GLUED = 400  # the longest caption or line of narration glued into a quote (bounds the search)


@dataclass(frozen=True, slots=True)
class Span:
    """One quoted piece: ``text[start:end]`` is its content without marks or edge spaces.

    ``open_at``/``close_at`` are the offsets of the marks (``close_at`` is -1 when the quote was
    recovered without a closing mark); ``group`` links the pieces of one quote continued over
    paragraphs; ``depth`` is 0 for a top-level quote; ``turn`` is ``(run, line)`` for a dialogue
    line (a paragraph led by a dash): the run of consecutive dialogue paragraphs and the line's
    place in it, None otherwise.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    mark: str
    depth: int
    group: int
    closed: bool
    turn: tuple[int, int] | None = None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``[a, b)`` past spaces of any kind (French typography puts no-break spaces)."""
    while a < b and text[a] in _SPACE:
        a += 1
    while b > a and text[b - 1] in _SPACE:
        b -= 1
    return a, b


def german_guillemets(text: str) -> bool:
    """True when » opens and « closes (German »…«): more » than « are followed by a letter."""
    return len(_DE_OPEN.findall(text)) > len(_FR_OPEN.findall(text))


def _is_word(c: str) -> bool:
    return c.isalnum()


class _Pairer:
    """State of one pass: the open stack, the spans found and the group counter."""

    def __init__(self, text: str, german: bool,
                 narration: Callable[[int, int], bool] | None = None) -> None:
        self.text = text
        self.narration = narration  # is text[a:b] narration, never a piece of a quote?
        self.openers = dict(_DE_GUILLEMETS if german else _FR_GUILLEMETS)
        self.openers.update(_OTHER_PAIRS)
        self.spans: list[Span] = []
        self.groups = 0
        self.para_first = 0  # index in ``spans`` of the current paragraph's first span
        self.turn: tuple[int, int] | None = None  # the dialogue line being paired

    def _emit(self, entry: tuple[str, int, int], end: int, close_at: int, closed: bool,
              depth: int, turn: tuple[int, int] | None = None) -> None:
        mark, pos, group = entry
        a, b = _trim(self.text, pos + 1, end)
        if mark in "'‘" and b - a <= 2 and close_at >= 0:
            return  # rock 'n' roll, 'em: an elision between apostrophes, not a quote
        if a < b:
            self.spans.append(Span(a, b, pos, close_at, mark, depth, group, closed, turn))

    def _role(self, i: int, c: str, stack: list[tuple[str, int, int]]) -> str:
        """'open', 'close' or 'none' for the mark ``c`` at ``i``, given the open stack."""
        text = self.text
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        open_marks = [m for m, _, _ in stack[-_SEARCH:]]
        closes_any = any(c in self.openers.get(m, "") for m in open_marks)
        if c in ("'", "’"):
            if _is_word(prev) and _is_word(nxt):
                return "none"  # apostrophe inside a word: l’équipe, don't
            if c == "'" and closes_any and not _is_word(nxt):
                return "close"
            if c == "’" and closes_any and not _is_word(nxt):
                return "close"
            if c == "'" and not _is_word(prev) and nxt.isalpha() and prev in _SPACE + "([":
                return "open"
            return "none"
        if c == '"':
            if nxt == '"' and prev in _SPACE:
                return "none"  # ""This is …," said X: a doubled opening mark opens once
            if closes_any and (not prev.isspace() or not _is_word(nxt)):
                return "close"
            if not nxt.isspace() and i + 1 < len(text):
                return "open"
            return "close" if closes_any else "none"
        if c == "‘":
            if closes_any:
                return "close"
            return "open" if _is_word(nxt) or nxt in "\"“«" else "none"
        if closes_any:
            return "close"
        if c in self.openers:
            # A closing-only mark with nothing to close (a stray ”) opens only before a word.
            if c == "”" and not (_is_word(nxt) and prev in _SPACE):
                return "none"
            return "open"
        return "none"

    def paragraph(self, a: int, b: int, carried: list[tuple[str, int, int]],
                  lead: tuple[str, int, int] | None = None, lone_next: bool = False) -> list[
            tuple[str, int, int]]:
        """Pair the marks of ``text[a:b]``; return the quotes still open that continue.

        ``lead``: the opening mark of a line of its own before the paragraph, which opens it;
        ``lone_next``: the next paragraph is such a line (see :meth:`run`)."""
        text = self.text
        self.para_first = len(self.spans)
        stack: list[tuple[str, int, int]] = [lead] if lead else []
        first = a
        while first < b and text[first] in _SPACE:
            first += 1
        if first < b and text[first] in DASHES:
            self._dialogue(first, b)
            return []
        for m in _MARK.finditer(text, a, b):  # (the marks alone: no Python step per character)
            i, c = m.start(), m.group()
            if i == first and carried and (resumed := self._resumed(carried, i)) is not None:
                stack.append((resumed[0], i, resumed[2]))  # "»Los ayuntamientos …": see _resumed
                continue
            role = self._role(i, c, stack)
            if role == "close":
                for k in range(len(stack) - 1, max(-1, len(stack) - 1 - _SEARCH), -1):
                    if c in self.openers.get(stack[k][0], ""):
                        entry = stack[k]
                        del stack[k:]  # unclosed inner marks are stray: drop them
                        self._emit(entry, i, i, True, k)
                        break
            elif role == "open" and stack and stack[-1][0] == c and (
                    cut := self._reopens(i, stack[-1])) > 0:
                # "… by the summer. 'Nobody expected …": a quote run over paragraphs whose breaks
                # were lost re-opens at each; each opening ends a piece of the same quote.
                top = stack.pop()
                self._emit(top, cut, -1, False, len(stack))
                stack.append((c, i, top[2]))
            elif role == "open" and len(stack) < _MAX_DEPTH:
                group = next((g for m, _, g in carried if m == c and i == first), -1)
                if group < 0:
                    self.groups += 1
                    group = self.groups
                stack.append((c, i, group))
        return self._recover(stack, a, b, lone_next)

    def _resumed(self, carried: list[tuple[str, int, int]], at: int
                 ) -> tuple[str, int, int] | None:
        """The quote of ``carried`` that the closing guillemet opening the paragraph at ``at``
        goes on with: Spanish opens each further paragraph of a quote with » (``«Hay pueblos
        …`` ¶ ``»Los ayuntamientos …», ha lamentado``); a word follows it, not a space."""
        if not self.text[at + 1:at + 2].isalpha():
            return None
        return next((e for e in carried if _FR_GUILLEMETS.get(e[0]) == self.text[at]), None)

    def _free(self, at: int) -> bool:
        """The mark at ``at`` stands after a space, a bracket or a dash, as an opening mark does."""
        return at == 0 or self.text[at - 1] in _SPACE + "([—–-"

    def _reopens(self, i: int, top: tuple[str, int, int]) -> int:
        """Where the open quote ``top`` ends when the same mark opens again at ``i`` (0: it
        does not). It re-opens after a sentence end: ``… summer. 'Nobody …``. It also re-opens
        after words with no final stop before a capital - a caption or a line of narration
        glued in where the page had a break (``… gone. Smith, pictured right, is the favourite
        'We …``, ``… offending. He added: 'He …``): the piece ends at its last sentence end
        and the words after it belong to no quote. ``top`` must have opened after a space
        (``euro", a estimé`` is a closing mark read as an opener)."""
        text = self.text
        if not self._free(top[1]):
            return 0
        j = i - 1
        while j > top[1] and text[j] in _SPACE:
            j -= 1
        if not top[1] < j < i - 1:
            return 0
        if text[j] in ".!?…":
            return i
        if not (text[j].isalnum() or text[j] == ":") or not text[i + 1: i + 2].isupper():
            return 0
        for k in range(j - 1, max(top[1], j - _GLUED), -1):
            if text[k] in ".!?" and text[k + 1] == " " and text[k + 2: k + 3].isupper():
                return k + 1
        return 0

    def _recover(self, stack: list[tuple[str, int, int]], a: int, b: int,
                 lone_next: bool = False) -> list[tuple[str, int, int]]:
        """Close what is left open at the paragraph end; keep what the next paragraph
        continues (it starts with the same opening mark, or a mark alone on its line follows)."""
        if not stack:
            return []
        text = self.text
        nxt = b
        while nxt < len(text) and text[nxt] in _SPACE:
            nxt += 1
        bottom = stack[0]
        if bottom[0] == '"' and lone_next:
            # "We will keep going. ¶ " ¶ …: the paragraph ends the piece; the line's mark either
            # closes it or opens the next piece of the same quote (run decides).
            self._emit(bottom, b, -1, False, 0)
            return [bottom]
        if self._continues_straight(stack, b, nxt):
            self._emit(bottom, b, -1, False, 0)
            return [bottom]
        if bottom[0] in "\"'":
            # Straight marks are too ambiguous to recover: an unpaired one is more often noise,
            # unless a quote of the same mark opens right after a sentence end - a quote run
            # over paragraphs whose breaks were lost ("… tasted bad. "Finally …," he said).
            self._continued_straight(bottom)
            return []
        if nxt < len(text) and (text[nxt] == bottom[0] or self._resumed([bottom], nxt)):
            self._emit(bottom, b, -1, False, 0)
            return [bottom]
        # Never let a recovered quote run over a later opening mark of this paragraph.
        end = b
        for _, pos, _ in stack[1:]:
            end = min(end, pos)
        later = [s.open_at for s in self.spans[self.para_first:] if bottom[1] < s.open_at < end]
        if later:
            end = min(later)
        self._emit(bottom, end, -1, False, 0)
        return []

    def _continues_straight(self, stack: list[tuple[str, int, int]], b: int, nxt: int) -> bool:
        """The one straight-mark quote left open at the paragraph end ``b`` runs on into the
        next paragraph, by the English convention for a quote over paragraphs (``told the BBC:
        "Nobody wanted this.`` ¶ ``"But we had no choice."``): it opened as a quote opens (after
        a space), its paragraph ends a sentence with no closing mark, and the next paragraph
        opens with the same mark before a word. A stray mark rarely meets all three, and none
        of its kind may stand between it and the paragraph end (``étape "le débat" et "que …".``
        ¶ ``"Il y a …``: marks that pair with nothing are noise, not a quote run on)."""
        text = self.text
        if len(stack) != 1 or stack[0][0] not in "\"'" or not self._free(stack[0][1]):
            return False
        mark, at = stack[0][0], stack[0][1]
        end = b - 1
        while end > at and text[end] in _SPACE:
            end -= 1
        return (text[end] in ".!?…" and mark not in text[at + 1:end + 1] and nxt + 1 < len(text)
                and text[nxt] == mark and text[nxt + 1].isalnum())

    def _continued_straight(self, bottom: tuple[str, int, int]) -> None:
        """Emit an unclosed straight-mark quote up to the next quote of the same mark that
        opens a new sentence, as the first piece of that quote (same group, top level)."""
        text = self.text
        if not self._free(bottom[1]):
            return
        for n in range(self.para_first, len(self.spans)):
            nxt = self.spans[n]
            if nxt.open_at <= bottom[1] or nxt.mark != bottom[0]:
                continue
            j = nxt.open_at - 1
            while j > bottom[1] and text[j] in _SPACE:
                j -= 1
            if text[j] in ".!?" and j < nxt.open_at - 1:
                self.spans[n] = replace(nxt, depth=0)
                self._emit((bottom[0], bottom[1], nxt.group), nxt.open_at, -1, False, 0)
            return  # only the first later quote can continue this one

    def run(self, paragraphs: list[tuple[int, int]]) -> None:
        """Pair every paragraph in order, carrying the quotes that continue over breaks.

        A straight mark alone on its line (texts whose paragraphs lost their marks to lines of
        their own: ``…said: "We will keep going.`` ¶ ``"`` ¶ ``Nothing stops us.`` ¶ ``"``) ends
        the quote open before it and opens the next paragraph when that paragraph is speech: its
        first mark closes a quote (``…," she said.``), or it has no mark and another such line
        follows it. A paragraph so opened with no mark of its own is a piece of the quote open
        before the line, if any (the same group, so the same speaker), else a quote of its own.
        The marks alone cannot tell such a piece from a paragraph of narration between two
        lines (the first closes the quote, the second opens the next one): the ``narration``
        test, where given, does (``Opposition leader X said the rise would hurt.``)."""
        carried: list[tuple[str, int, int]] = []
        runs, line = 0, -1
        trailing = -1  # a straight mark that pairs with nothing at the end of the paragraph
        for k, (a, b) in enumerate(paragraphs):
            if self._lone(paragraphs, k):
                trailing = -1
                continue
            if self._dash_led(a, b):
                # Consecutive dialogue lines are one exchange (an interview, a hearing).
                if line < 0 or not self._dash_led(*paragraphs[k - 1]):
                    runs, line = runs + 1, -1
                line += 1
                self.turn = (runs, line)
            else:
                self.turn = None
            lone_next = self._lone(paragraphs, k + 1)
            lead = None
            glued = trailing >= 0 and a < b and self.text[a] not in MARK_CHARS
            if self._lone(paragraphs, k - 1) or glued:
                if self._opened(a, b, lone_next):
                    # ("… a brief return"." ¶ When I was …," he said: the mark that opens
                    # this paragraph was glued to the end of the previous one.)
                    mark_at = trailing if glued else self.text.index('"', paragraphs[k - 1][0])
                    straight = [e for e in carried if e[0] == '"']
                    if straight and '"' not in self.text[a:b]:
                        group = straight[0][2]
                    else:
                        # A piece closed in its paragraph carries its own incise ("…," he
                        # said): a quote of its own, attributed by it.
                        self.groups += 1
                        group = self.groups
                    lead = ('"', mark_at, group)
                carried = []
            carried = self.paragraph(a, b, carried, lead, lone_next)
            trailing = self._unpaired_end(a, b) if not carried else -1

    def _dash_led(self, a: int, b: int) -> bool:
        """The paragraph ``text[a:b]`` is a dialogue line: its first character is a dash."""
        first = a
        while first < b and self.text[first] in _SPACE:
            first += 1
        return first < b and self.text[first] in DASHES

    def _lone(self, paragraphs: list[tuple[int, int]], k: int) -> bool:
        """Paragraph ``k`` is a straight double mark alone on its line."""
        if not 0 <= k < len(paragraphs):
            return False
        a, b = paragraphs[k]
        return b - a < 8 and self.text[a:b].strip(_SPACE) == '"'

    def _opened(self, a: int, b: int, lone_next: bool) -> bool:
        """A mark alone on the line before ``text[a:b]`` opens it: the paragraph's first
        straight mark closes (a letter or punctuation before it, no letter after it: ``Day"I``
        opens), or it has none and a mark alone on its line follows it."""
        at = self.text.find('"', a, b)
        if at < 0:
            return lone_next and not (self.narration is not None and self.narration(a, b))
        return at > a and self.text[at - 1] not in _SPACE and not self.text[
            at + 1:at + 2].isalnum()

    def _unpaired_end(self, a: int, b: int) -> int:
        """The offset of a straight mark that ends ``text[a:b]`` and paired with nothing
        (``… "a brief return"."``), else -1."""
        end = b - 1
        while end > a and self.text[end] in _SPACE:
            end -= 1
        if end <= a or self.text[end] != '"':
            return -1
        if any(end in (s.open_at, s.close_at) for s in self.spans[self.para_first:]):
            return -1
        return end

    def _dialogue(self, first: int, b: int) -> None:
        """A dialogue line: ``—Está todo listo —dijo el entrenador—. Seguiremos.``"""
        text = self.text
        self.groups += 1
        start = first + 1
        cut = b
        for j in range(start, b - 1):
            if text[j] in DASHES and text[j - 1] in _SPACE:
                cut = j
                break
        self._emit((text[first], first, self.groups), cut, cut if cut < b else -1, True, 0,
                   self.turn)
        if cut < b:
            # The incise ends at the next dash; anything after it continues the line.
            for j in range(cut + 1, b):
                if text[j] in DASHES:
                    rest = j + 1
                    while rest < b and text[rest] in ".,;: " + _SPACE:
                        rest += 1
                    if rest < b:
                        self._emit((text[j], rest - 1, self.groups), b, -1, True, 0,
                                   self.turn)
                    break


def pair_quotes(text: str, paragraphs: Sequence[tuple[int, int]], german: bool | None = None,
                narration: Callable[[int, int], bool] | None = None) -> list[Span]:
    """Every quoted piece in ``text``, in order of opening mark.

    ``paragraphs`` are the ``(start, end)`` offsets of the blocks marks may not cross except by
    the continued-quote convention. ``german`` forces the »…« reading; by default it is guessed
    from the text. ``narration(a, b)`` tells a paragraph of narration between two marks alone
    on their lines from a piece of the quote they frame (see :meth:`_Pairer.run`). Runs in
    time linear in ``len(text)``.
    """
    pairer = _Pairer(text, german_guillemets(text) if german is None else german, narration)
    pairer.run(list(paragraphs))
    return sorted(pairer.spans, key=lambda s: (s.open_at, s.start))
