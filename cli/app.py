"""The ``brief`` command line: options, input expansion, output writing, exit codes.

Heavy modules (the analysis, Rich, charset-normalizer) are imported inside functions so that
``brief --help`` and ``brief --version`` start fast.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from enum import StrEnum
from typing import Annotated, NoReturn

import typer

from newsbrief.cli.errors import DEBUG_ENV, BriefError, ExitCode


class Format(StrEnum):
    """Output formats (``auto``: ``rich`` on a terminal, ``text`` in a pipe)."""

    auto = "auto"
    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"
    tsv = "tsv"


class Color(StrEnum):
    """When to use colour."""

    auto = "auto"
    always = "always"
    never = "never"


class Records(StrEnum):
    """What one JSON Lines record is."""

    article = "article"
    quotes = "quotes"


class InputFormat(StrEnum):
    """How to read the inputs."""

    text = "text"
    jsonl = "jsonl"


class Kind(StrEnum):
    """Quote kinds, for ``--kind``."""

    statement = "statement"
    fragment = "fragment"
    other = "other"


class Method(StrEnum):
    """Summary methods, for ``--method``."""

    default = "default"
    lead = "lead"
    lexrank = "lexrank"
    textrank = "textrank"


# "\b" keeps Click from reflowing the paragraph into one run-on line: one example a line.
EPILOG = """\b
Examples:
  brief article.txt                  the brief (colour on a terminal)
  cat article.txt | brief -          from standard input
  brief -f json a.txt | jq '.quotes[] | {speaker, text}'
  brief -f jsonl -j 2 articles/      a folder, two processes, JSONL
  brief -f tsv *.txt | cut -f1 | sort | uniq -c    who is quoted most
  brief --annotate article.txt       each quote tagged by its speaker
  :%!brief -f markdown -             (vim) the buffer becomes its brief
"""


def _version(value: bool) -> None:
    if value:
        from newsbrief import __version__
        from newsbrief.cli.config import config_path

        typer.echo(f"brief (newsbrief) {__version__}\nconfig file: {config_path()}")
        raise typer.Exit()


app = typer.Typer(
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.command(epilog=EPILOG, help="Brief news articles: the key sentences and who said what.")
def main(
    files: Annotated[list[str] | None, typer.Argument(
        help="Article files or directories ('-' or nothing in a pipe: standard input).",
        show_default=False)] = None,
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", help="Output format [default: auto]", show_default=False)] = None,
    sentences: Annotated[int | None, typer.Option(
        "--sentences", "-n", min=1, help="Summary length in sentences.")] = None,
    ratio: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Summary length as a share of the article's sentences.")] = None,
    words: Annotated[int | None, typer.Option(min=1, help="Summary length as a word budget.")
                     ] = None,
    method: Annotated[Method | None, typer.Option(help="Sentence ranking method.")] = None,
    lang: Annotated[str | None, typer.Option(
        help="Language (ISO 639-1) instead of detecting it.")] = None,
    encoding: Annotated[str | None, typer.Option(
        help="Input encoding instead of detecting it.")] = None,
    quotes_only: Annotated[bool, typer.Option("--quotes-only", help="Only the quotes.")] = False,
    summary_only: Annotated[bool, typer.Option("--summary-only", help="Only the summary.")
                            ] = False,
    annotate: Annotated[bool, typer.Option(
        "--annotate", help="Print the article with each quote tagged by its speaker.")] = False,
    speaker: Annotated[str | None, typer.Option(
        help="Only quotes of this speaker (any alias).")] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only quotes of this kind.")] = None,
    records: Annotated[Records, typer.Option(
        help="With -f jsonl: one record per article or per quote.")] = Records.article,
    input_format: Annotated[InputFormat, typer.Option(
        help="'jsonl': each input line is a JSON object with a 'text' field.")
    ] = InputFormat.text,
    glob: Annotated[str, typer.Option(help="Files to read inside directories.")] = "*.txt",
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=0, help="Worker processes (0: one per core). [default: 1]",
        show_default=False)] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="Refuse inputs larger than this.")
                         ] = 50 * 1024 * 1024,
    dask: Annotated[str | None, typer.Option(
        help="Run the batch on a Dask cluster: a scheduler address, or 'local'.",
    )] = None,
    output: Annotated[str | None, typer.Option(
        help="With --dask: write one JSONL file per partition and a manifest here "
             "(a rerun skips complete partitions).")] = None,
    partition_size: Annotated[int, typer.Option(
        min=1, help="With --dask: articles per partition.")] = 200,
    color: Annotated[Color | None, typer.Option(help="Colour: auto, always, never.")] = None,
    no_config: Annotated[bool, typer.Option(
        "--no-config", help="Ignore NEWSBRIEF_* variables and the config file.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Brief news articles."""
    if debug:
        os.environ[DEBUG_ENV] = "1"
    from newsbrief.cli.output import Request, execute

    request = Request(
        files=files or [], fmt=fmt.value if fmt else None, sentences=sentences, ratio=ratio,
        words=words, method=method.value if method else None, lang=lang, encoding=encoding,
        quotes_only=quotes_only, summary_only=summary_only, annotate=annotate, speaker=speaker,
        kind=kind.value if kind else None, records=records.value,
        input_format=input_format.value, glob=glob, jobs=jobs, max_bytes=max_bytes,
        color=color.value if color else None, use_config=not no_config, dask=dask,
        output=output, partition_size=partition_size,
    )
    raise typer.Exit(execute(request))


def _fail(message: str, code: int) -> NoReturn:
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    os._exit(code)


def _open_stderr() -> None:
    """With stderr closed (``2>&-``) Python sets ``sys.stderr`` to None: give fd 2 and
    ``sys.stderr`` /dev/null, so messages are dropped, the brief still goes to stdout, and no
    file opened later takes fd 2."""
    if sys.stderr is not None:
        return
    try:
        os.fstat(2)
    except OSError:
        fd = os.open(os.devnull, os.O_WRONLY)
        if fd != 2:
            os.dup2(fd, 2)
            os.close(fd)
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace")


def run(argv: list[str] | None = None) -> None:
    """Console-script entry point: maps every failure to a message and an exit code."""
    _open_stderr()
    debug = "--debug" in (argv if argv is not None else sys.argv)
    # Ctrl-C anywhere (even while importing, or in a worker process) ends with 130 and one line.
    signal.signal(signal.SIGINT, lambda *_: _fail("brief: interrupted", ExitCode.INTERRUPTED))
    # A long article is read as ~200,000 small token tuples that live until its brief is made:
    # with the default threshold the collector scans them over and over (8 % of 1 MB).
    gc.set_threshold(100_000, 50, 100)
    try:
        app(args=argv, prog_name="brief", standalone_mode=True)
    except BriefError as exc:
        _fail(exc.line(), exc.code)
    except SystemExit:
        raise
    except Exception as exc:
        if debug or os.environ.get(DEBUG_ENV):
            raise
        _fail(f"brief: internal error: {type(exc).__name__}: {exc} — please report it; "
              "--debug shows the traceback", ExitCode.SOFTWARE)

