"""One input to one brief, and many inputs to many briefs (in order, streamed, in parallel).

Workers return :class:`Outcome` values; the parent process renders and writes them, so output is
identical whatever ``--jobs`` is, and appears in input order as soon as each input is done.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Generator, Iterable
from dataclasses import dataclass, replace

from newsbrief.brief import Brief
from newsbrief.cli.errors import DEBUG_ENV, BriefError, ExitCode, Interrupted, pending_signal
from newsbrief.cli.inputs import Source, decode, read_bytes
from newsbrief.cli.page import Page, looks_like_html, read_page, with_page_metadata
from newsbrief.cli.remote import is_url, read_url
from newsbrief.cli.render import article_marks
from newsbrief.cli.settings import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Settings:
    """What the analysis needs from the command line (picklable: sent to worker processes)."""

    lang: str | None = None
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    method: str = "default"
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    speaker: str | None = None
    kind: str | None = None
    keep_text: bool = False


@dataclass(frozen=True)
class Outcome:
    """The brief of one source, or the error that stopped it."""

    source: str
    brief: Brief | None = None
    text: str | None = None
    error: BriefError | None = None
    marks: dict[int, tuple[str, str]] | None = None  # the article's quote marks (article_marks)


def load_page(source: Source, settings: Settings) -> Page:
    """The decoded article text of a source (HTML reduced to its main text and metadata)."""
    if source.error is not None:
        raise source.error
    if source.text is not None:
        text = source.text
    elif source.data is not None:
        text = decode(source.data, source.name, settings.encoding)
    elif source.path is None and is_url(source.name):
        text = decode(read_url(source.name, settings.max_bytes), source.name, settings.encoding)
    elif source.path is not None:
        text = decode(read_bytes(source.path, source.name, settings.max_bytes), source.name,
                      settings.encoding)
    else:
        raise BriefError(f"{source.name}: nothing to read", "name a file", ExitCode.NO_INPUT)
    if not text.strip():
        raise BriefError(f"{source.name}: no text (empty or only white space)",
                         "give a file with an article in it", ExitCode.DATA)
    return read_page(text, source.name) if looks_like_html(text) else Page(text)


_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ`´′", "'"))


def name_key(name: str) -> str:
    """A name as ``--speaker`` compares it: case, accents, apostrophe style and runs of spaces
    set aside (``helene marchal`` finds Hélène Marchal, ``l'élu`` finds l’élu)."""
    from newsbrief.quotes.lexicon import fold  # the library's own folding, loaded with it

    return " ".join(fold(name.translate(_APOSTROPHES)).split())


def filter_quotes(brief: Brief, speaker: str | None, kind: str | None) -> Brief:
    """Keep the quotes of one speaker (any alias, matched by :func:`name_key`) and/or one kind."""
    quotes = brief.quotes
    if kind:
        quotes = tuple(q for q in quotes if q.kind == kind)
    if speaker:
        wanted = name_key(speaker)
        names = {s.name for s in brief.speakers
                 if any(wanted in name_key(a) for a in (s.name, *s.aliases))}
        quotes = tuple(q for q in quotes if q.speaker in names
                       or (q.speaker and wanted in name_key(q.speaker)))
    kept = {q.speaker for q in quotes}
    return replace(brief, quotes=quotes,
                   speakers=tuple(s for s in brief.speakers if s.name in kept))


def brief_one(source: Source, settings: Settings) -> Outcome:
    """Read, decode and analyse one source; errors the user can act on become an Outcome."""
    from newsbrief.pipeline import analyze

    try:
        page = load_page(source, settings)
        text = page.text
        brief = with_page_metadata(analyze(
            text, lang=settings.lang, sentences=settings.sentences, ratio=settings.ratio,
            words=settings.words, method=settings.method, source=source.name), page)
    except BriefError as exc:
        return Outcome(source.name, error=exc)
    except Exception as exc:
        if (signum := pending_signal()) is not None:
            raise Interrupted(signum) from None  # Ctrl-C, caught and re-dressed by a library
        # A bug on one article must not end a batch: report it with the article's name and go
        # on (--debug lets it raise, traceback and all).
        if os.environ.get(DEBUG_ENV):
            raise
        return Outcome(source.name, error=BriefError(
            f"{source.name}: internal error: {type(exc).__name__}: {exc}",
            "please report it with this article; --debug shows the traceback",
            ExitCode.SOFTWARE))
    if settings.speaker or settings.kind:
        brief = filter_quotes(brief, settings.speaker, settings.kind)
    return Outcome(source.name, brief=brief, text=text if settings.keep_text else None,
                   marks=article_marks(text, brief.quotes))


def _brief_star(args: tuple[Source, Settings]) -> Outcome:
    return brief_one(*args)


def brief_all(sources: Iterable[Source], settings: Settings, jobs: int
              ) -> Generator[Outcome, None, None]:
    """Outcomes in input order, each yielded as soon as it and all before it are done."""
    if jobs <= 1:
        for source in sources:
            yield brief_one(source, settings)
        return
    import multiprocessing

    import newsbrief.pipeline  # noqa: F401  (imported once here, shared by the forked workers)

    ctx = multiprocessing.get_context("fork")
    # Workers are forked with SIGINT and SIGTERM blocked, so none can die of one before
    # _worker_signals has run; leaving the ``with`` (done, or Ctrl-C in the parent, or the
    # caller closing this generator) terminates them.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP)
    try:
        pool = ctx.Pool(jobs, initializer=_worker_signals)
    except OSError as exc:  # EMFILE, EAGAIN: this machine's limits, before any output
        raise BriefError(f"cannot start {jobs} worker processes: {exc.strerror or exc}",
                         "give a lower -j, or raise the open-file limit (ulimit -n)",
                         ExitCode.NO_INPUT) from None
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    with pool:
        yield from pool.imap(_brief_star, ((s, settings) for s in sources), chunksize=1)


_STOP = {signal.SIGINT, signal.SIGTERM}


def _worker_signals() -> None:
    """In a worker: Ctrl-C (sent to the whole process group) is the parent's to answer, and the
    parent's SIGTERM ends the worker at once, without a message or a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP)
