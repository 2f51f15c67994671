"""Every setting of ``brief`` defined once: its valid values, how a value is read, what a bad one
is told.

The options, the ``NEWSBRIEF_*`` variables and ``config.toml`` all read a value through the same
:class:`Setting`, so ``xml`` is refused with the same words whether it came from ``-f``,
``NEWSBRIEF_FORMAT`` or ``format = "xml"``. Precedence: option > variable > config file >
built-in default. No number is trusted: each has bounds, and the worker count is bounded by the
machine and by the inputs.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, TypeVar

from newsbrief.cli.config import config_path, read_config
from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.safe import one_line
from newsbrief.vocabulary import KINDS, LANGUAGES, METHODS, describe_languages, language_code

FORMATS = ("auto", "rich", "text", "markdown", "json", "jsonl", "tsv")
DATA_FORMATS = ("json", "jsonl", "tsv")  # formats for programs, which --annotate cannot write
COLORS = ("auto", "always", "never")
RECORDS = ("article", "quotes")
INPUT_FORMATS = ("text", "jsonl")

MAX_SENTENCES = 1000
MAX_WORDS = 100_000
MAX_JOBS = 1024  # refused above this; the machine's own ceiling is lower (see worker_count)
JOBS_PER_CORE = 2  # the work is CPU-bound: more workers than this only cost memory
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_MAX_BYTES = 1 << 30  # one article of more than 1 GiB is not an article
MAX_PARTITION = 100_000

T = TypeVar("T")


@dataclass(frozen=True)
class Setting:
    """One setting: its name (``--name``, ``NEWSBRIEF_NAME``, ``name =``), what a valid value is
    (for messages and help), the choices when it is an enumeration, and its parser."""

    name: str
    expect: str
    parse: Callable[[object], Any]  # raises ValueError for a bad value
    choices: tuple[str, ...] = ()
    metavar: str = "TEXT"  # the value's name in --help when it has no choices


def _choice(choices: tuple[str, ...]) -> Callable[[object], str]:
    def parse(value: object) -> str:
        if isinstance(value, str) and value.strip().lower() in choices:
            return value.strip().lower()
        raise ValueError(value)

    return parse


def _whole(lo: int, hi: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        if isinstance(value, str) and value.strip().lstrip("+-").isdecimal() and len(value) < 30:
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
            return value
        raise ValueError(value)

    return parse


def _share(value: object) -> float:
    try:
        share = float(value) if isinstance(value, str | int | float) else math.nan
    except ValueError:
        share = math.nan
    if isinstance(value, bool) or not 0 <= share <= 1:  # also refuses nan (no comparison holds)
        raise ValueError(value)
    return share


def _language(value: object) -> str:
    code = language_code(value) if isinstance(value, str) else None
    if code not in LANGUAGES:
        raise ValueError(value)
    return code


def _glob(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or value.startswith(("/", os.sep)) \
            or "\0" in value:
        raise ValueError(value)
    return value


def _text(value: object) -> str:
    if not isinstance(value, str) or "\0" in value:
        raise ValueError(value)
    return value


def _codec(value: object) -> str:
    try:  # not b"": an empty input is decoded without looking the codec up
        b"x".decode(value if isinstance(value, str) else "", "replace")
    except LookupError:  # unknown, or no text encoding (rot13, base64…)
        raise ValueError(value) from None
    except (UnicodeError, ValueError, TypeError):
        pass  # a codec that fails on this byte or has no 'replace' fails on the article
    return str(value)


def _one_of(choices: tuple[str, ...]) -> str:
    return "one of " + ", ".join(choices)


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("format", _one_of(FORMATS), _choice(FORMATS), FORMATS),
    Setting("color", _one_of(COLORS), _choice(COLORS), COLORS),
    Setting("method", _one_of(METHODS), _choice(METHODS), METHODS),
    Setting("kind", _one_of(KINDS), _choice(KINDS), KINDS),
    Setting("records", _one_of(RECORDS), _choice(RECORDS), RECORDS),
    Setting("input-format", _one_of(INPUT_FORMATS), _choice(INPUT_FORMATS), INPUT_FORMATS),
    Setting("lang", f"a supported language: {describe_languages()} (a code or a name)",
            _language, LANGUAGES, "LANG"),
    Setting("sentences", f"a whole number from 1 to {MAX_SENTENCES}",
            _whole(1, MAX_SENTENCES), metavar="N"),
    Setting("words", f"a whole number from 1 to {MAX_WORDS:,}", _whole(1, MAX_WORDS),
            metavar="N"),
    Setting("ratio", "a number from 0 to 1, such as 0.2", _share, metavar="SHARE"),
    Setting("jobs", f"a whole number from 0 (one per core) to {MAX_JOBS}", _whole(0, MAX_JOBS),
            metavar="N"),
    Setting("max-bytes", f"a whole number of bytes from 1 to {MAX_MAX_BYTES:,} (1 GiB)",
            _whole(1, MAX_MAX_BYTES), metavar="BYTES"),
    Setting("partition-size", f"a whole number from 1 to {MAX_PARTITION:,}",
            _whole(1, MAX_PARTITION), metavar="N"),
    Setting("glob", "a file-name pattern relative to each folder, such as *.txt", _glob,
            metavar="PATTERN"),
    Setting("encoding", "a Python codec name such as utf-8 or cp1252", _codec,
            metavar="CODEC"),
    Setting("text", "text without NUL characters", _text),
)}  # fmt: skip
# What NEWSBRIEF_<KEY> variables and config.toml may set.
CONFIG_KEYS = ("format", "sentences", "color", "method", "lang", "jobs")


def bad_value(setting: Setting, value: object, where: str) -> BriefError:
    """The usage error for ``value`` given to ``setting`` at ``where`` (an option, a variable,
    a key of the config file)."""
    shown = one_line(repr(value))
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return BriefError(f"bad value {shown} for {one_line(where)}", f"give {setting.expect}",
                      ExitCode.USAGE)


def parse(name: str, value: object, where: str) -> Any:
    """``value`` read as setting ``name``; a usage error naming ``where`` when it is not valid."""
    setting = SETTINGS[name]
    try:
        return setting.parse(value)
    except (ValueError, RecursionError):
        raise bad_value(setting, value, where) from None


def warn(message: str, remedy: str) -> None:
    """A warning on stderr, in the one-line form of errors (never fatal, never on stdout)."""
    try:
        sys.stderr.write(f"brief: {one_line(message)} — {one_line(remedy)}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed: the warning is lost
        pass


def defaults(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The values the config file and then the ``NEWSBRIEF_*`` variables set, checked."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    path = config_path()
    for key, raw in read_config(path).items():
        if key not in CONFIG_KEYS:
            warn(f"{path}: unknown setting {key!r} ignored",
                 "the settings are " + ", ".join(CONFIG_KEYS))
            continue
        values[key] = parse(key, raw, f"{key} in {path}")
    for key in CONFIG_KEYS:
        variable = f"NEWSBRIEF_{key.upper()}"
        if environ.get(variable):
            values[key] = parse(key, environ[variable], variable)
    return values


def resolve(options: dict[str, Any], use_config: bool) -> dict[str, Any]:
    """The settings in force: the options given, then variables, then the config file.

    A summary length given as an option (``-n``, ``--ratio``, ``--words``) replaces a default
    sentence count from a variable or the file, rather than conflicting with it."""
    check_conflicts(options)
    values = defaults() if use_config else {}
    if options.get("ratio") is not None or options.get("words") is not None:
        values.pop("sentences", None)
    values.update({k: v for k, v in options.items() if v is not None and v is not False})
    values.setdefault("format", "auto")
    if (options.get("annotate") or options.get("explain")) and options.get("format") is None \
            and values["format"] in DATA_FORMATS:
        values["format"] = "auto"  # a data format that is only a default gives way to the text
    values.setdefault("color", "auto")
    values.setdefault("method", "default")
    values.setdefault("jobs", 1)
    if values.get("records", "article") != "article" and values["format"] != "jsonl":
        raise BriefError(f"--records {values['records']} goes with -f jsonl",
                         "add -f jsonl, or drop --records", ExitCode.USAGE)
    return values


_EXCLUSIVE = [
    (("quotes_only", "summary_only"), "give one of them, or neither for both halves"),
    (("sentences", "ratio", "words"), "each sets the summary length: give one"),
    (("summary_only", "speaker"), "--speaker filters the quotes, which --summary-only leaves out"),
    (("summary_only", "kind"), "--kind filters the quotes, which --summary-only leaves out"),
    (("annotate", "quotes_only"), "--annotate prints the whole article: drop --quotes-only"),
    (("annotate", "summary_only"), "--annotate prints the whole article: drop --summary-only"),
    (("annotate", "explain"), "--explain writes under the brief's quotes: give one of them"),
    (("summary_only", "explain"), "--explain explains the quotes, which --summary-only leaves out"),
    (("dask", "jobs"), "with --dask the cluster's workers do the work: drop -j"),
]
_NEEDS_DASK = ("output", "partition_size")


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def check_conflicts(options: Mapping[str, Any]) -> None:
    """A usage error for options that exclude each other, naming them."""
    given = {k for k, v in options.items() if v is not None and v is not False}
    for names, remedy in _EXCLUSIVE:
        both = [n for n in names if n in given]
        if len(both) > 1:
            raise BriefError(" and ".join(_flag(n) for n in both) + " exclude each other",
                             remedy, ExitCode.USAGE)
    for name in _NEEDS_DASK:
        if name in given and "dask" not in given:
            raise BriefError(f"{_flag(name)} goes with --dask",
                             "add --dask local (or a scheduler address)", ExitCode.USAGE)


def plan_workers(sources: Iterable[T], jobs: int, cores: int | None = None
                 ) -> tuple[Iterator[T], int]:
    """The sources (unchanged, still lazy) and how many worker processes brief them: ``jobs``
    (0: one per core), never more than there are inputs, nor more than ``JOBS_PER_CORE`` per
    core (said on stderr when a request is cut down to that)."""
    cores = cores or os.cpu_count() or 1
    ceiling = cores * JOBS_PER_CORE
    wanted = cores if jobs == 0 else jobs
    it = iter(sources)
    if wanted <= 1:
        return it, 1
    head = list(islice(it, min(wanted, ceiling + 1)))  # looks ahead at most ceiling + 1
    workers = min(wanted, len(head))
    if workers > ceiling:
        warn(f"-j {jobs} is more than this machine's ceiling of {ceiling} workers "
             f"({cores} cores × {JOBS_PER_CORE}); using {ceiling}",
             "give -j 0 for one worker per core")
        workers = ceiling
    return chain(head, it), max(1, workers)
