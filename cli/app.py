"""The ``brief`` command line: options, input expansion, output writing, exit codes.

Heavy modules (the analysis, Rich, charset-normalizer) are imported inside functions so that
``brief --help`` and ``brief --version`` start fast.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from typing import Annotated, Any, NoReturn

import typer

from newsbrief.cli.errors import DEBUG_ENV, BriefError, ExitCode, Interrupted, note_signal
from newsbrief.cli.safe import one_line
from newsbrief.cli.settings import DEFAULT_MAX_BYTES, SETTINGS, bad_value, resolve
from newsbrief.vocabulary import describe_languages

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


class BadSetting(typer.BadParameter):
    """An option value its setting refuses (Click adds which option it was given to)."""

    def __init__(self, name: str, value: str) -> None:
        super().__init__(f"{one_line(repr(value))} — give {SETTINGS[name].expect}")
        self.name, self.value = name, value

    def line(self) -> str:
        """The one-line error, naming the option as it was spelt in full."""
        opts = getattr(getattr(self, "param", None), "opts", None) or [f"--{self.name}"]
        return bad_value(SETTINGS[self.name], self.value, max(opts, key=len)).line()


def _setting(name: str, *flags: str, help: str, metavar: str | None = None) -> Any:
    """A typer option read through setting ``name``: its choices shown in the help and
    offered by completion, a bad value refused in the words of every other source."""
    setting = SETTINGS[name]

    def read(value: str) -> Any:
        try:
            return setting.parse(value)
        except ValueError:
            raise BadSetting(name, value) from None

    def complete(incomplete: str) -> list[str]:
        return [c for c in setting.choices if c.startswith(incomplete)]

    if metavar is None:
        metavar = "[" + "|".join(setting.choices) + "]" if setting.choices and name != "lang" \
            else setting.metavar
    return typer.Option(flags[0], *flags[1:], parser=read, metavar=metavar, help=help,
                        autocompletion=complete if setting.choices else None,
                        show_default=False)


@app.command(epilog=EPILOG, help="Brief news articles: the key sentences and who said what.")
def main(
    files: Annotated[list[str] | None, typer.Argument(
        help="Article files or directories ('-' or nothing in a pipe: standard input), or "
             "http(s) URLs.", show_default=False)] = None,
    fmt: Annotated[str | None, _setting(
        "format", "--format", "-f", help="Output format (default: auto).")] = None,
    sentences: Annotated[int | None, _setting(
        "sentences", "--sentences", "-n", help="Summary length in sentences.")] = None,
    ratio: Annotated[float | None, _setting(
        "ratio", "--ratio", help="Summary length as a share of the article's sentences "
        "(0 to 1).")] = None,
    words: Annotated[int | None, _setting(
        "words", "--words", help="Summary length as a word budget.")] = None,
    method: Annotated[str | None, _setting(
        "method", "--method", help="Sentence ranking method.")] = None,
    lang: Annotated[str | None, _setting(
        "lang", "--lang",
        help=f"Language instead of detecting it: {describe_languages()}; a code or a name.")
    ] = None,
    encoding: Annotated[str | None, _setting(
        "encoding", "--encoding", help="Input encoding instead of detecting it.")] = None,
    quotes_only: Annotated[bool, typer.Option("--quotes-only", help="Only the quotes.")] = False,
    summary_only: Annotated[bool, typer.Option("--summary-only", help="Only the summary.")
                            ] = False,
    annotate: Annotated[bool, typer.Option(
        "--annotate", help="Print the article with each quote tagged by its speaker.")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Under each quote, the rule that named its speaker, the cue and the "
        "words that named the speaker (text, markdown, rich).")] = False,
    speaker: Annotated[str | None, _setting(
        "text", "--speaker", help="Only quotes of this speaker (any alias).", metavar="NAME")
    ] = None,
    kind: Annotated[str | None, _setting(
        "kind", "--kind", help="Only quotes of this kind.")] = None,
    records: Annotated[str | None, _setting(
        "records", "--records", help="With -f jsonl: one record per article or per quote "
        "(default: article).")] = None,
    input_format: Annotated[str, _setting(
        "input-format", "--input-format", help="'jsonl': each input line is a JSON object with "
        "a 'text' field (default: text).")] = "text",
    glob: Annotated[str, _setting(
        "glob", "--glob", help="Files to read inside directories (default: *.txt).")] = "*.txt",
    jobs: Annotated[int | None, _setting(
        "jobs", "--jobs", "-j", help="Worker processes (0: one per core; at most 2 per core, "
        "and one per input). [default: 1]")] = None,
    max_bytes: Annotated[int, _setting(
        "max-bytes", "--max-bytes", help="Refuse an article (a file, or one record of a JSONL "
        "corpus) larger than this (default: 50 MiB).")] = DEFAULT_MAX_BYTES,
    dask: Annotated[str | None, _setting(
        "text", "--dask", help="Run the batch on a Dask cluster: a scheduler address, or "
        "'local'.", metavar="ADDRESS")] = None,
    output: Annotated[str | None, _setting(
        "text", "--output", help="With --dask: write one JSONL file per partition and a "
        "manifest here (a rerun skips complete partitions).", metavar="DIR")] = None,
    partition_size: Annotated[int | None, _setting(
        "partition-size", "--partition-size", help="With --dask: articles per partition "
        "(default: 200).")] = None,
    color: Annotated[str | None, _setting(
        "color", "--color", help="Colour (default: auto).")] = None,
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

    chosen = resolve({
        "format": fmt, "sentences": sentences, "ratio": ratio, "words": words, "method": method,
        "lang": lang, "quotes_only": quotes_only, "summary_only": summary_only,
        "annotate": annotate, "explain": explain, "speaker": speaker, "kind": kind,
        "records": records, "jobs": jobs, "dask": dask, "output": output,
        "partition_size": partition_size, "color": color,
    }, use_config=not no_config)
    request = Request(
        files=files or [], fmt=chosen["format"], sentences=chosen.get("sentences"), ratio=ratio,
        words=words, method=chosen["method"], lang=chosen.get("lang"), encoding=encoding,
        quotes_only=quotes_only, summary_only=summary_only, annotate=annotate, speaker=speaker,
        kind=kind, records=records or "article", input_format=input_format, glob=glob,
        jobs=chosen["jobs"], max_bytes=max_bytes, color=chosen["color"],
        dask=dask, output=output, partition_size=partition_size or 200, explain=explain,
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


def _on_signal(signum: int, _frame: object) -> None:
    # A second Ctrl-C must not cut the clean-up short, nor print a second line.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    note_signal(signum)
    raise Interrupted(signum)


def run(argv: list[str] | None = None) -> None:
    """Console-script entry point: maps every failure to a message and an exit code."""
    _open_stderr()
    debug = "--debug" in (argv if argv is not None else sys.argv)
    # Ctrl-C anywhere (even while importing) ends with 130 and one line, SIGTERM with 143; the
    # workers of -j ignore both and are ended by the parent (cli/process.py).
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    # A long article is read as ~200,000 small token tuples that live until its brief is made:
    # with the default threshold the collector scans them over and over (8 % of 1 MB).
    gc.set_threshold(100_000, 50, 100)
    try:
        code = app(args=argv, prog_name="brief", standalone_mode=False)
    except BriefError as exc:
        _fail(exc.line(), exc.code)
    except BadSetting as exc:
        _fail(exc.line(), ExitCode.USAGE)
    except typer.TyperException as exc:
        # Click's own usage errors (an unknown option, a missing value): one line, and the
        # argv they echo made terminal-safe.
        _fail(f"brief: {one_line(exc.format_message())} — see brief --help", exc.exit_code)
    except Interrupted as exc:
        if exc.signum == signal.SIGTERM:
            _fail("brief: terminated", ExitCode.TERMINATED)
        _fail("brief: interrupted", ExitCode.INTERRUPTED)
    except typer.Abort:
        _fail("brief: interrupted", ExitCode.INTERRUPTED)
    except SystemExit:
        raise
    except Exception as exc:
        if debug or os.environ.get(DEBUG_ENV):
            raise
        _fail(f"brief: internal error: {type(exc).__name__}: {exc} — please report it; "
              "--debug shows the traceback", ExitCode.SOFTWARE)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)

