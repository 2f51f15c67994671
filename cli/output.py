"""Carry out one command line: resolve defaults, expand inputs, brief them, write the results."""

from __future__ import annotations

import os
import sys
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, TextIO

from newsbrief.cli.errors import BriefError, ExitCode, batch_code
from newsbrief.cli.inputs import Source
from newsbrief.cli.inputs import sources as input_sources
from newsbrief.cli.process import Outcome, Settings, brief_all
from newsbrief.cli.render import (
    brief_json,
    dumps,
    render_annotated,
    render_jsonl,
    render_markdown,
    render_text,
    render_tsv,
    source_header,
)
from newsbrief.cli.settings import DATA_FORMATS, plan_workers


@dataclass(frozen=True)
class Request:
    """Everything the command line asked for (options not given are None)."""

    files: list[str]
    fmt: str | None
    sentences: int | None
    ratio: float | None
    words: int | None
    method: str | None
    lang: str | None
    encoding: str | None
    quotes_only: bool
    summary_only: bool
    annotate: bool
    speaker: str | None
    kind: str | None
    records: str
    input_format: str
    glob: str
    jobs: int | None
    max_bytes: int
    color: str | None
    dask: str | None = None
    output: str | None = None
    partition_size: int = 200
    explain: bool = False


def _sources(request: Request) -> Iterator[Source]:
    """Every input to brief, lazily (files, folders' files, URLs, stdin, JSONL records)."""
    return input_sources(request.files, request.glob, request.input_format, request.max_bytes)


def _color(request: Request) -> bool | None:
    """True/False when colour is decided, None to let Rich decide from the terminal.

    Under ``auto``, a non-empty ``FORCE_COLOR`` (force-color.org) counts as ``always`` — so the
    ``auto`` format draws the coloured view into a pipe too — unless ``NO_COLOR`` is also set:
    the opt-out wins."""
    choice = request.color or "auto"
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("FORCE_COLOR") and not os.environ.get("NO_COLOR"):
        return True
    return None  # Rich decides from the terminal and NO_COLOR


def execute(request: Request) -> int:
    """Run the request; returns the exit code."""
    if sys.stdout is None:
        raise BriefError("standard output is closed", "run brief with its output open, e.g. "
                         "redirected to a file", ExitCode.IO)
    if not request.files and sys.stdin is None:
        raise BriefError("standard input is closed", "pipe an article in, or name a file",
                         ExitCode.NO_INPUT)
    if not request.files and sys.stdin.isatty():
        raise BriefError("no article given", "name a file, or pipe one in: brief article.txt "
                         "(brief --help for more)", ExitCode.USAGE)
    color = _color(request)
    fmt = _annotate_format(request, request.fmt or "auto")
    if fmt == "auto":
        fmt = "rich" if (sys.stdout.isatty() or color) else "text"
    settings = Settings(
        lang=request.lang, sentences=request.sentences, ratio=request.ratio, words=request.words,
        method=request.method or "default",
        encoding=request.encoding, max_bytes=request.max_bytes, speaker=request.speaker,
        kind=request.kind, keep_text=request.annotate,
    )
    if request.output:
        return _write_run(request, settings, request.fmt or "auto")
    writer = Writer(fmt, request, color)
    done = failed = 0
    last_error: BriefError | None = None
    # Two inputs or more: each brief is headed by its source's name (looked ahead, not guessed
    # from the arguments: a folder may hold one file, a corpus one record).
    pending = _sources(request)
    ahead = list(islice(pending, 2))
    writer.several = len(ahead) > 1
    sources: Iterable[Source] = chain(ahead, pending)
    progress = None
    if sys.stderr.isatty() and not sys.stdout.isatty():
        # Output goes to a file or pipe while someone watches the terminal: show progress there.
        if request.input_format == "text":
            sources = list(sources)
        progress = Progress(len(sources) if isinstance(sources, list) else None, color)
    outcomes = _outcomes(request, sources, settings)
    try:
        for outcome in outcomes:
            if progress is not None:
                progress.advance()
            if outcome.error is not None:
                failed += 1
                last_error = outcome.error
                writer.error(outcome.error)
            else:
                done += 1
                writer.write(outcome)
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:
        raise _write_error(exc) from None
    finally:
        outcomes.close()  # ends the worker pool now, even on Ctrl-C or a closed pipe
        if progress is not None:
            progress.stop()
    if done + failed > 1 and (failed or sys.stderr.isatty()):
        # Silent on success when stderr is captured (editor filters would paste the line in).
        writer.note(f"brief: {done} briefed, {failed} failed")
    return batch_code(done, failed, last_error)




def _annotate_format(request: Request, fmt: str) -> str:
    """The format ``--annotate`` and ``--explain`` write in: both are text, so a data format
    asked for on the command line is a usage error, and one that is only a default gives way to
    ``auto``. (The data formats already carry each quote's offsets, rule, cue and mention.)"""
    if not (request.annotate or request.explain) or fmt not in DATA_FORMATS:
        return fmt
    if request.fmt and request.annotate:
        raise BriefError(f"--annotate prints the article as text, not as {fmt}",
                         f"drop --annotate: -f {fmt} gives each quote's start and end offsets "
                         "in the article", ExitCode.USAGE)
    if request.fmt:
        raise BriefError(f"--explain writes a line under each quote in text, markdown or rich "
                         f"output, not in {fmt}", f"drop --explain: -f {fmt} gives each quote's "
                         "rule, cue and mention", ExitCode.USAGE)
    return "auto"


def _reader_gone() -> int:
    """The reader (head, less…) went away: stop quietly, and keep Python from failing again
    when it flushes stdout at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return ExitCode.OK


def _write_error(exc: OSError) -> BriefError:
    return BriefError(f"cannot write the output: {exc.strerror or exc}",
                      "check the destination (free space, permissions)", ExitCode.IO)


def _outcomes(request: Request, sources: Iterable[Source], settings: Settings
              ) -> Generator[Outcome, None, None]:
    """The briefs in input order, from local workers or (``--dask``) from a cluster."""
    if request.dask:
        from newsbrief.cli import cluster

        return cluster.outcomes(sources, settings, address=request.dask,
                                partition_size=request.partition_size)
    sources, workers = plan_workers(sources, 1 if request.jobs is None else request.jobs)
    return brief_all(sources, settings, workers)


def _write_run(request: Request, settings: Settings, fmt: str) -> int:
    """``--dask ADDRESS --output DIR``: partition files and a manifest, counts on stderr."""
    from pathlib import Path

    from newsbrief.cli import cluster

    if fmt not in ("auto", "jsonl") or request.annotate or request.explain:
        raise BriefError("--output writes JSON Lines files", "use -f jsonl (or no -f)",
                         ExitCode.USAGE)
    assert request.dask is not None and request.output is not None
    return cluster.write_run(_sources(request), settings, address=request.dask,
                             records=request.records, summary=not request.quotes_only,
                             quotes=not request.summary_only,
                             partition_size=request.partition_size,
                             output=Path(request.output))


class Progress:
    """A transient Rich progress bar on stderr (only used when stderr is a terminal)."""

    def __init__(self, total: int | None, color: bool | None) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        from newsbrief.cli.rich_view import make_console

        self._bar = RichProgress(TextColumn("briefing"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), transient=True,
                                 console=make_console(color=color, stderr=True))
        self._task = self._bar.add_task("briefing", total=total)
        self._bar.start()

    def advance(self) -> None:
        """One more input done."""
        self._bar.advance(self._task)

    def stop(self) -> None:
        """Remove the bar."""
        self._bar.stop()


class Writer:
    """Writes each outcome in the chosen format; errors go to stderr, one line each."""

    def __init__(self, fmt: str, request: Request, color: bool | None) -> None:
        self.fmt = fmt
        self.request = request
        self.color = color
        self.count = 0
        self.several = False  # more than one input: name each before its brief
        self.out: TextIO = sys.stdout
        self._console: Any = None
        if fmt == "rich":
            from newsbrief.cli.rich_view import make_console

            self._console = make_console(color=color)

    def error(self, exc: BriefError) -> None:
        """One line on stderr: what failed and what to do."""
        self.note(exc.line())

    def note(self, line: str) -> None:
        """A line on stderr (never on stdout, which belongs to the briefs)."""
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def write(self, outcome: Outcome) -> None:
        """Render and write one brief."""
        brief = outcome.brief
        assert brief is not None
        r = self.request
        summary, quotes = not r.quotes_only, not r.summary_only
        self.count += 1
        if self._console is not None:
            from newsbrief.cli.rich_view import render_annotated_rich, render_rich, source_rule

            if self.several:
                source_rule(self._console, outcome.source)
            if r.annotate and outcome.text is not None:
                render_annotated_rich(self._console, outcome.text, brief)
            else:
                render_rich(self._console, brief, summary=summary, quotes=quotes,
                            quote_marks=outcome.marks, explain=r.explain)
            return
        if r.annotate and outcome.text is not None:
            text = render_annotated(outcome.text, brief, markdown=self.fmt == "markdown")
        elif self.fmt == "json":
            text = dumps(brief_json(brief, summary=summary, quotes=quotes), indent=2) + "\n"
        elif self.fmt == "jsonl":
            text = render_jsonl(brief, records=r.records, summary=summary, quotes=quotes)
        elif self.fmt == "tsv":
            text = render_tsv(brief)
        elif self.fmt == "markdown":
            text = render_markdown(brief, summary=summary, quotes=quotes,
                                   quote_marks=outcome.marks, explain=r.explain)
        else:
            text = render_text(brief, summary=summary, quotes=quotes, quote_marks=outcome.marks,
                               explain=r.explain)
        if self.several and self.fmt in ("text", "markdown"):
            text = source_header(outcome.source, markdown=self.fmt == "markdown") + text
        if self.count > 1 and self.fmt in ("text", "markdown"):
            text = "\n" + text
        self.out.write(text)
        self.out.flush()
