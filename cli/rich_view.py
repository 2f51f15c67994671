"""The terminal brief, drawn with Rich. Article text only ever enters as ``Text`` objects
(never parsed as markup or emoji codes) and after :func:`terminal_safe`."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from newsbrief.brief import Brief
from newsbrief.cli.render import (
    QuoteMarks,
    annotation_runs,
    bar,
    explain_line,
    grouped_quotes,
    header_line,
    marks,
    speaker_label,
)
from newsbrief.cli.safe import one_line, terminal_safe

_PALETTE = ["cyan", "magenta", "green", "yellow", "blue", "red"]
# COLUMNS is not trusted: 0 drew nothing at all, and a huge value would draw huge panels.
MIN_WIDTH, MAX_WIDTH = 20, 1000
_BAR, _MIN_BAR = 24, 8  # the voices chart's bar: its full width, and the least beside a name


class _Console(Console):
    """A Rich console whose broken pipe is an ordinary ``BrokenPipeError``: Rich's own handler
    exits with status 1, where ``brief`` exits 0 when a reader such as ``head`` leaves early."""

    def on_broken_pipe(self) -> None:
        """Drop whatever is still to be printed, and let the caller end quietly."""
        self.quiet = True
        raise BrokenPipeError


def make_console(*, color: bool | None, file: Any = None, stderr: bool = False) -> Console:
    """A console that never interprets markup, emoji codes or highlights in printed strings,
    between ``MIN_WIDTH`` and ``MAX_WIDTH`` columns wide whatever ``COLUMNS`` says."""
    console = _Console(
        file=file, stderr=stderr, force_terminal=color, no_color=True if color is False else None,
        markup=False, emoji=False, highlight=False, soft_wrap=False,
    )
    console.width = min(max(console.width, MIN_WIDTH), MAX_WIDTH)
    return console


def _speaker_colors(brief: Brief) -> dict[str, str]:
    return {s.name: _PALETTE[i % len(_PALETTE)] for i, s in enumerate(brief.speakers)}


def _section(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def render_rich(console: Console, brief: Brief, *, summary: bool = True, quotes: bool = True,
                quote_marks: QuoteMarks | None = None, explain: bool = False) -> None:
    """Print the brief: header panel, key sentences, quotes by speaker (in the marks the article
    used, ``quote_marks``; ``explain``: each quote's :func:`explain_line` dimmed below it),
    voices, people. Fits any width from ``MIN_WIDTH``: long lines wrap under their own start,
    never at a quote's closing mark, and names are never cut short."""
    head = Text()
    head.append(one_line(brief.title) if brief.title else "Brief", style="bold")
    head.append("\n" + header_line(brief), style="dim")
    if brief.keywords:
        head.append("\n" + " · ".join(one_line(k) for k in brief.keywords), style="italic")
    console.print(Panel(head, border_style="blue", expand=True))
    if summary and brief.summary:
        console.print(_section("Key sentences"))
        digits = len(str(len(brief.summary)))
        for i, s in enumerate(brief.summary, 1):
            _hanging(console, Text(_glued(one_line(s.text))),
                     Text(f"{i:>{digits}}. ", style="bold blue"), " " * (digits + 2))
    if not quotes:
        return
    colors = _speaker_colors(brief)
    _who_said_what(console, brief, colors, quote_marks, explain)
    _voices(console, brief, colors)
    if brief.people:
        console.print(_section("People"))
        for p in brief.people:
            line = Text(one_line(p.name), style="bold")
            if p.role:
                line.append(" — " + one_line(p.role), style="dim")
            _hanging(console, line, "  • ", "    ")


def _who_said_what(console: Console, brief: Brief, colors: dict[str, str],
                   quote_marks: QuoteMarks | None, explain: bool) -> None:
    groups = grouped_quotes(brief)
    if groups:
        console.print(_section("Who said what"))
    for speaker, qs in groups:
        color = colors.get(speaker.name, "white") if speaker else "white"
        label = Text(speaker_label(speaker, qs[0].speaker), style=f"bold {color}")
        label.append(f"  {len(qs)}\u00a0quote" + ("s" if len(qs) != 1 else ""), style="dim")
        _hanging(console, label, "", "  ")
        for q in qs:
            # No-break spaces hold French guillemets to their words (_wrap breaks at " " only).
            o, c = (m.replace(" ", "\u00a0") for m in marks(brief.language, q, quote_marks))
            line = Text(f"{o}{_glued(terminal_safe(q.text))}{c}",
                        style="italic" if q.kind == "fragment" else "")
            if q.kind == "fragment":
                line.append("  fragment", style="dim")
            _hanging(console, line, Text(" │ ", style=color), Text(" │ ", style=color))
            if explain:
                _hanging(console, Text(explain_line(q), style="dim"), Text(" │ ", style=color),
                         Text(" │   ", style=color))


def _voices(console: Console, brief: Brief, colors: dict[str, str]) -> None:
    """Each speaker's share as a bar beside the name; when names and bars do not fit side by
    side, each name gets its own line(s) and the bar goes under it."""
    voices = brief.voices()
    if len(voices) < 2:
        return
    console.print(_section("Voices (share of quoted words)"))
    names = [one_line(name) for name, _, _ in voices]
    name_width = max(cell_len(name) for name in names)
    side_by_side = min(_BAR, console.width - name_width - 7)  # name, bar, " 100%", 2 spaces
    for name, (key, _, share) in zip(names, voices, strict=True):
        style = colors.get(key, "white")
        if side_by_side >= _MIN_BAR:
            padded = name + " " * (name_width - cell_len(name))
            console.print(Text.assemble((padded, style), " ", (bar(share, side_by_side), style),
                                        f" {share:>4.0%}"))
            continue
        _hanging(console, Text(name, style=style), "", "  ")
        width = max(1, min(_BAR, console.width - 8))
        console.print(Text.assemble("  ", (bar(share, width), style), f" {share:>4.0%}"))


def _hanging(console: Console, text: Text, first: str | Text, rest: str | Text) -> None:
    """Print ``text`` after ``first``, its further lines after ``rest`` (a hanging indent)."""
    indent = max(cell_len(str(first)), cell_len(str(rest)))
    for i, line in enumerate(_wrap(text, max(1, console.width - indent))):
        console.print(Text.assemble(first if i == 0 else rest, line))


_INNER_SPACE = re.compile(r"(?<=[«‹]) | (?=[»›])")


def _glued(text: str) -> str:
    """Article text with the spaces inside guillemets made no-break, so that no line of the
    terminal view starts with a closing » or ends with an opening «."""
    return _INNER_SPACE.sub("\u00a0", text)


def _wrap(text: Text, width: int) -> list[Text]:
    """``text`` cut into lines of at most ``width`` cells, at plain spaces and newlines only, so
    a no-break space holds its neighbours together. A word wider than a line keeps a line of
    its own (the console folds it)."""
    lines: list[Text] = []
    for paragraph in text.split("\n", allow_blank=True):
        plain, start, breaks = paragraph.plain, 0, []
        for word in re.finditer(r"[^ ]+", plain):
            if word.start() > start and cell_len(plain[start : word.end()]) > width:
                breaks.append(word.start())
                start = word.start()
        for line in paragraph.divide(breaks):
            line.rstrip()
            lines.append(line)
    return lines


def source_rule(console: Console, name: str) -> None:
    """A rule naming the input before its brief; a name too long for the rule is printed whole
    under a plain rule rather than cut short."""
    title = one_line(name)
    if cell_len(title) + 6 <= console.width:
        console.rule(title)
        return
    console.rule()
    _hanging(console, Text(title, style="bold"), "", "")


def render_annotated_rich(console: Console, text: str, brief: Brief) -> None:
    """The article with each quote coloured by speaker and tagged with the speaker's name."""
    colors = _speaker_colors(brief)
    out = Text()
    for run, quote, tag in annotation_runs(text, brief):
        if quote is None:
            out.append(run)
        else:
            color = colors.get(quote.speaker or "", "white")
            out.append(run, style=f"bold {color}")
            out.append(f" [{tag}]", style=f"dim {color}")
    console.print(out)
