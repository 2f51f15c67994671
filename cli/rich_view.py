"""The terminal brief, drawn with Rich. Article text only ever enters as ``Text`` objects
(never parsed as markup or emoji codes) and after :func:`terminal_safe`."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsbrief.brief import Brief
from newsbrief.cli.render import (
    annotation_runs,
    bar,
    grouped_quotes,
    header_line,
    marks,
    speaker_label,
)
from newsbrief.cli.safe import one_line, terminal_safe

_PALETTE = ["cyan", "magenta", "green", "yellow", "blue", "red"]
# COLUMNS is not trusted: 0 drew nothing at all, and a huge value would draw huge panels.
MIN_WIDTH, MAX_WIDTH = 20, 1000


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


def render_rich(console: Console, brief: Brief, *, summary: bool = True,
                quotes: bool = True) -> None:
    """Print the brief: header panel, key sentences, quotes by speaker, voices, people."""
    head = Text()
    head.append(one_line(brief.title) if brief.title else "Brief", style="bold")
    head.append("\n" + header_line(brief), style="dim")
    if brief.keywords:
        head.append("\n" + " · ".join(one_line(k) for k in brief.keywords), style="italic")
    console.print(Panel(head, border_style="blue", expand=True))
    if summary and brief.summary:
        console.print(_section("Key sentences"))
        table = Table.grid(padding=(0, 1))
        table.add_column(justify="right", style="bold blue")
        table.add_column(ratio=1)
        for i, s in enumerate(brief.summary, 1):
            table.add_row(f"{i}.", Text(one_line(s.text)))
        console.print(table)
    if not quotes:
        return
    colors = _speaker_colors(brief)
    groups = grouped_quotes(brief)
    if groups:
        console.print(_section("Who said what"))
    o, c = marks(brief.language)
    for speaker, qs in groups:
        color = colors.get(speaker.name, "white") if speaker else "white"
        label = Text(speaker_label(speaker, qs[0].speaker), style=f"bold {color}")
        label.append(f"  {len(qs)} quote" + ("s" if len(qs) != 1 else ""), style="dim")
        rows = Table.grid(padding=(0, 1))
        rows.add_column(width=2, style=color)
        rows.add_column(ratio=1)
        for q in qs:
            line = Text(f"{o}{terminal_safe(q.text)}{c}",
                        style="italic" if q.kind == "fragment" else "")
            if q.kind == "fragment":
                line.append("  fragment", style="dim")
            rows.add_row(" │", line)
        console.print(Group(label, rows))
    voices = brief.voices()
    if len(voices) > 1:
        console.print(_section("Voices (share of quoted words)"))
        table = Table.grid(padding=(0, 1))
        for name, _, share in voices:
            table.add_row(Text(one_line(name), style=colors.get(name, "white")),
                          Text(bar(share), style=colors.get(name, "white")), f"{share:.0%}")
        console.print(table)
    if brief.people:
        console.print(_section("People"))
        for p in brief.people:
            line = Text("  • " + one_line(p.name), style="bold")
            if p.role:
                line.append(" — " + one_line(p.role), style="dim")
            console.print(line)


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
