"""Reading articles: paths, directories, ``-``/stdin and JSONL corpora, decoded to clean text.

Decoding ladder: a byte-order mark wins; then UTF-32 and UTF-16 without BOM (recognised by their
zero bytes); binary data is refused, unless it decodes as UTF-16 to text in real scripts (CJK,
Cyrillic, Greek… without BOM have control bytes but no zero bytes); then strict UTF-8; then UTF-8
with replacement characters when the bytes are clearly UTF-8 with a few bad bytes (so one bad
byte does not turn every accent into mojibake); then the best of a few Western code pages
(charset-normalizer); ``--encoding`` overrides all. Line endings (``\\r\\n`` and a lone ``\\r``)
are normalised to ``\\n``; offsets in the brief refer to this decoded text. Names of inputs in
messages pass through :func:`shown`, so that a file name cannot attack the terminal either.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.remote import expand_url, is_url, open_url, read_limited
from newsbrief.cli.safe import one_line
from newsbrief.cli.settings import DEFAULT_MAX_BYTES

_WESTERN = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_MAGIC = {
    b"\x89PNG": "a PNG image", b"\x1f\x8b": "gzip data", b"PK\x03\x04": "a ZIP archive",
    b"%PDF": "a PDF document", b"\xff\xd8\xff": "a JPEG image", b"\x7fELF": "an executable",
    b"GIF8": "a GIF image", b"BZh": "bzip2 data", b"\xfd7zXZ": "xz data",
}  # fmt: skip
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_NEWLINES = re.compile(r"\r\n?")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Code points of real text in UTF-16 (ASCII and Latin, general and CJK punctuation, kana, CJK
# ideographs, Hangul, fullwidth forms), to tell UTF-16 without BOM from binary data.
_UTF16_TEXT = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\u024f\u0370-\u06ff\u2000-\u206f\u3000-\u30ff\u3400-\u9fff"
    "\uac00-\ud7a3\uff00-\uffef]"
)
_SAMPLE = 65536
_HIGH_BYTES = bytes(range(0x80, 0x100))


@dataclass(frozen=True, slots=True)
class Source:
    """A named input not yet read: a path, ``-`` (stdin), or a record of a JSONL corpus."""

    name: str
    path: Path | None = None
    text: str | None = None
    data: bytes | None = None
    error: BriefError | None = None


def shown(name: str) -> str:
    """How an input is named in messages: terminal-safe, ``-`` as standard input."""
    return "standard input" if name == "-" else one_line(name)


def display_name(name: str) -> str:
    """``name`` with undecodable bytes (surrogate escapes of a file name) as U+FFFD, so that it
    can be written to any UTF-8 stream."""
    if not _SURROGATES.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return _SURROGATES.sub("\ufffd", name)


def _utf32_without_bom(data: bytes) -> str | None:
    sample = data[: _SAMPLE - _SAMPLE % 4]
    if len(sample) < 8 or len(data) % 4:
        return None
    zeros = [sample[i::4].count(0) for i in range(4)]
    quarter = len(sample) // 4
    if zeros[2] == zeros[3] == quarter and zeros[0] < 0.05 * quarter:
        return "utf-32-le"
    if zeros[0] == zeros[1] == quarter and zeros[3] < 0.05 * quarter:
        return "utf-32-be"
    return None


def _utf16_text(data: bytes) -> str | None:
    """UTF-16 without BOM and without zero bytes (CJK text, say): the byte order that decodes
    strictly to text made almost only of the code points of real writing."""
    if len(data) % 2 or len(data) < 8:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[: _SAMPLE // 2]
        if len(_UTF16_TEXT.findall(sample)) >= 0.97 * len(sample):
            return text
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    sample = data[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > 0.02 * len(sample) + 2:
        return "binary data"
    return None


def _western(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * _SAMPLE], cp_isolation=_WESTERN).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decoded, newline-normalised text of ``data``; raises BriefError when it is not text."""
    if encoding:
        try:
            text = data.decode(encoding, errors="replace")
        except LookupError:
            raise BriefError(
                f"unknown encoding {one_line(encoding)!r}",
                "give a Python codec name such as cp1252", ExitCode.USAGE,
            ) from None
        except (UnicodeError, ValueError) as exc:  # codecs with no "replace" (idna, punycode…)
            raise BriefError(f"{shown(name)}: cannot decode as {one_line(encoding)} "
                             f"({one_line(str(exc))})", "give another --encoding, or none",
                             ExitCode.DATA) from None
    else:
        text = _decode_guess(data, name)
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise BriefError(f"{shown(name)}: no text (empty or only white space)",
                         "give a file with an article in it", ExitCode.DATA)
    return text


def _lenient(data: bytes, codec: str, name: str) -> str:
    """``data`` decoded as ``codec``, a few bad sequences replaced by U+FFFD; refused when the
    replacements are most of it (a byte-order mark before garbage is no article)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    if text.count("\ufffd") * 2 > len(text.strip()):
        raise BriefError(f"{shown(name)}: no readable text (its bytes are not {codec})",
                         "give a plain-text or HTML article, or its --encoding", ExitCode.DATA)
    return text


def _decode_guess(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _lenient(data[len(bom) :], codec, name)
    wide = _utf32_without_bom(data) or _utf16_without_bom(data)
    if wide:
        return _lenient(data, wide, name)
    kind = _binary_kind(data)
    if kind:
        text = _utf16_text(data) if kind == "binary data" else None
        if text is not None:
            return text
        raise BriefError(f"{shown(name)}: looks like {kind}, not text",
                         "give a plain-text or HTML article", ExitCode.DATA)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_MULTIBYTE.findall(data)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    good, bad = len(sequences), high - sum(len(m) for m in sequences)
    if good >= 2 and good >= bad:
        return data.decode("utf-8", errors="replace")
    return _western(data)


def _unreadable(name: str, exc: OSError | ValueError) -> BriefError:
    """The input error for a file that cannot be looked at or opened (name already shown)."""
    if isinstance(exc, FileNotFoundError):
        return BriefError(f"{name}: no such file", "check the path", ExitCode.NO_INPUT)
    if isinstance(exc, PermissionError):
        return BriefError(f"{name}: permission denied",
                          "check the permissions of the file and of its folders",
                          ExitCode.NO_INPUT)
    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return BriefError(f"{name}: {one_line(why)}", "check the path", ExitCode.NO_INPUT)


def _check_file(path: Path, name: str, max_bytes: int | None) -> None:
    """A clear error for a path that is missing, a directory, or (given ``max_bytes``) a file
    larger than that."""
    try:
        st = path.stat()
    except (OSError, ValueError) as exc:
        raise _unreadable(name, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise BriefError(f"{name}: is a directory",
                         "name a file, or give --glob to choose the files inside it",
                         ExitCode.NO_INPUT)
    if max_bytes is not None and stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise _too_large(name, max_bytes)


def read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a file, with a clear error for what cannot be read as an article."""
    name = shown(name)
    _check_file(path, name, max_bytes)
    try:
        with path.open("rb") as fh:
            data = read_limited(fh, max_bytes)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def _stdin_closed() -> BriefError:
    return BriefError("standard input is closed", "pipe an article in, or name a file",
                      ExitCode.NO_INPUT)


def read_stdin(max_bytes: int) -> bytes:
    """All of standard input (as bytes: decoding is ours), bounded by ``max_bytes``."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # Python found fd 0 closed at start-up
        raise _stdin_closed()
    try:
        data = read_limited(stream, max_bytes)
    except OSError as exc:  # EIO from a hung-up terminal, EISDIR…
        raise BriefError(f"standard input: {exc.strerror}", "pipe an article in, or name a file",
                         ExitCode.NO_INPUT) from None
    except ValueError:  # "I/O operation on closed file"
        raise _stdin_closed() from None
    if len(data) > max_bytes:
        raise _too_large("-", max_bytes)
    return data


def _too_large(name: str, max_bytes: int) -> BriefError:
    return BriefError(f"{shown(name)}: larger than --max-bytes ({max_bytes:,} bytes)",
                      "raise --max-bytes to brief it anyway", ExitCode.DATA)


def _is_file(path: Path) -> bool:
    """True for a file found in a folder; a file that cannot even be looked at counts too, so that
    reading it reports why."""
    try:
        return path.is_file()
    except OSError:
        return True


def expand(names: list[str], glob: str) -> Iterator[Source]:
    """Sources for the command-line names: ``-``, files, and directories searched with ``glob``."""
    for name in names:
        if name == "-":
            yield Source("-")
            continue
        path = Path(name)
        try:
            is_dir = path.is_dir()
            slash_on_file = not is_dir and name.endswith(("/", os.sep)) and path.exists()
        except (OSError, ValueError) as exc:  # a name too long, a folder without search right
            yield Source(display_name(name), path, error=_unreadable(
                shown(display_name(name)), exc))
            continue
        if is_dir:
            yield from _folder(name, path, glob)
        elif slash_on_file:  # Path() drops the slash
            yield Source(display_name(name), path, error=BriefError(
                f"{shown(display_name(name))}: not a directory",
                "drop the trailing slash to read the file", ExitCode.NO_INPUT))
        else:
            yield Source(display_name(name), path)


def _folder(name: str, path: Path, glob: str) -> Iterator[Source]:
    try:
        found = sorted(p for p in path.rglob(glob) if _is_file(p))
    except (OSError, ValueError, NotImplementedError) as exc:
        found, why = [], one_line(getattr(exc, "strerror", None) or str(exc))
    else:
        why = f"no file matching {one_line(glob)!r} in it"
    if not found:
        yield Source(display_name(name), path, error=BriefError(
            f"{shown(display_name(name))}: is a directory with {why}",
            "name a file, or give --glob to choose the files inside it", ExitCode.NO_INPUT))
    for p in found:
        yield Source(display_name(str(p)), p)


def _jsonl_record(line: bytes, n: int, name: str) -> Source:
    try:
        record = json.loads(line.decode("utf-8", errors="replace"))
        text = record["text"]
        if not isinstance(text, str):
            raise TypeError
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        return Source(f"{name}:{n}", error=BriefError(
            f"{shown(name)}:{n}: not a JSON object with a text field",
            'give one JSON object with a "text" string per line', ExitCode.DATA))
    ident = record.get("id")
    label = _SURROGATES.sub("\ufffd", str(ident)) if ident is not None else str(n)
    return Source(f"{name}:{label}", text=_NEWLINES.sub("\n", _SURROGATES.sub("\ufffd", text)))


def jsonl_stream(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Source]:
    """One Source per line of a JSON Lines corpus read from ``stream``, a line at a time:
    ``max_bytes`` bounds each record, not the corpus (``text`` field; ``id`` names it).

    Lines end at ``\\n`` only (JSON strings may hold U+2028 and U+0085 raw); lone surrogates
    (``"\\ud800"``) become U+FFFD so that every brief can be written out."""
    n = 0
    while line := stream.readline(max_bytes + 1):
        n += 1
        if n == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(_SAMPLE)) and not rest.endswith(b"\n"):
                pass  # the rest of an oversized record, read and dropped in bounded pieces
            yield Source(f"{name}:{n}", error=_too_large(f"{name}:{n}", max_bytes))
        elif line.strip():
            yield _jsonl_record(line, n, name)


def jsonl_records(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> Iterator[Source]:
    """:func:`jsonl_stream` over bytes already read."""
    return jsonl_stream(io.BytesIO(data), name, max_bytes)


@contextmanager
def _open_input(source: Source) -> Iterator[IO[bytes]]:
    """A binary stream of a file, standard input or a URL, checked as :func:`read_bytes` does."""
    if source.name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise _stdin_closed()
        yield stream
    elif source.path is None:
        with open_url(source.name) as stream:
            yield stream
    else:
        _check_file(source.path, shown(source.name), None)
        try:
            fh = source.path.open("rb")
        except OSError as exc:
            raise _unreadable(shown(source.name), exc) from None
        with fh:
            yield fh


def sources(names: list[str], glob: str, input_format: str, max_bytes: int
            ) -> Iterator[Source]:
    """Every input to brief, lazily: files, directories' files, URLs, stdin (read here, once),
    or the records of JSON Lines corpora."""
    for source in _expand_all(names or ["-"], glob):
        if source.error is not None:
            yield source
        elif input_format == "jsonl":
            try:
                with _open_input(source) as stream:
                    yield from jsonl_stream(stream, source.name, max_bytes)
            except BriefError as exc:
                yield Source(source.name, error=exc)
            except (OSError, ValueError) as exc:
                yield Source(source.name, error=_unreadable(shown(source.name), exc))
        elif source.name == "-":
            try:
                yield Source("-", data=read_stdin(max_bytes))
            except BriefError as exc:
                yield Source("-", error=exc)
        else:
            yield source


def _expand_all(names: list[str], glob: str) -> Iterator[Source]:
    for name in names:
        if is_url(name):
            try:
                urls = list(expand_url(name))
            except BriefError as exc:
                yield Source(name, error=exc)
                continue
            if not urls:
                yield Source(name, error=BriefError(
                    f"{one_line(name)}: no file matches this pattern",
                    "check the URL and its pattern", ExitCode.NO_INPUT))
            yield from (Source(url) for url in urls)
        else:
            yield from expand([name], glob)
