"""Reading articles: paths, directories, ``-``/stdin and JSONL corpora, decoded to clean text.

Decoding ladder: a byte-order mark wins; then UTF-16 without BOM (recognised by its zero bytes);
binary data is refused; then strict UTF-8; then UTF-8 with replacement characters when the bytes
are clearly UTF-8 with a few bad bytes (so one bad byte does not turn every accent into mojibake);
then the best of a few Western code pages (charset-normalizer); ``--encoding`` overrides all.
Line endings are normalised to ``\\n``; offsets in the brief refer to this decoded text.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsbrief.cli.errors import BriefError, ExitCode

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
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
_SAMPLE = 65536


@dataclass(frozen=True, slots=True)
class Source:
    """A named input not yet read: a path, ``-`` (stdin), or a record of a JSONL corpus."""

    name: str
    path: Path | None = None
    text: str | None = None
    data: bytes | None = None
    error: BriefError | None = None


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
                f"unknown encoding {encoding!r}", "give a Python codec name such as cp1252",
                ExitCode.USAGE,
            ) from None
    else:
        text = _decode_guess(data, name)
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise BriefError(f"{name}: no text (empty or only white space)",
                         "give a file with an article in it", ExitCode.DATA)
    return text


def _decode_guess(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    kind = _binary_kind(data)
    if kind:
        raise BriefError(f"{name}: looks like {kind}, not text",
                         "give a plain-text or HTML article", ExitCode.DATA)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    good = len(_UTF8_MULTIBYTE.findall(data))
    bad = sum(1 for b in data if b >= 0x80) - sum(
        len(m) for m in _UTF8_MULTIBYTE.findall(data))
    if good >= 2 and good >= bad:
        return data.decode("utf-8", errors="replace")
    return _western(data)


def read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a file, with a clear error for what cannot be read as an article."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise BriefError(f"{name}: no such file", "check the path", ExitCode.NO_INPUT) from None
    except OSError as exc:
        raise BriefError(f"{name}: {exc.strerror}", "check the path", ExitCode.NO_INPUT) from None
    if stat.S_ISDIR(st.st_mode):
        raise BriefError(f"{name}: is a directory",
                         "name files, or pass the directory with --recursive", ExitCode.NO_INPUT)
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise _too_large(name, max_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise BriefError(f"{name}: permission denied",
                         "check the file's permissions", ExitCode.NO_INPUT) from None
    except OSError as exc:
        raise BriefError(f"{name}: {exc.strerror}", "check the file", ExitCode.NO_INPUT) from None
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def read_stdin(max_bytes: int) -> bytes:
    """All of standard input, bounded by ``max_bytes``."""
    try:
        fd = os.dup(0)
    except OSError:
        raise BriefError("standard input is closed", "pipe an article in, or name a file",
                         ExitCode.NO_INPUT) from None
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large("-", max_bytes)
    return data


def _too_large(name: str, max_bytes: int) -> BriefError:
    return BriefError(f"{name}: larger than --max-bytes ({max_bytes:,} bytes)",
                      "raise --max-bytes to brief it anyway", ExitCode.DATA)


def expand(names: list[str], glob: str) -> Iterator[Source]:
    """Sources for the command-line names: ``-``, files, and directories searched with ``glob``."""
    for name in names:
        if name == "-":
            yield Source("-")
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob(glob) if p.is_file())
            if not found:
                yield Source(name, path)  # reported as "is a directory" with the remedy
            for p in found:
                yield Source(str(p), p)
        else:
            yield Source(name, path)


def jsonl_records(data: bytes, name: str) -> Iterator[Source]:
    """One Source per line of a JSON Lines corpus (``text`` field; ``id`` names it)."""
    for n, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
        except (ValueError, KeyError, TypeError):
            yield Source(f"{name}:{n}", error=BriefError(
                f"{name}:{n}: not a JSON object with a text field",
                'give one JSON object with a "text" string per line', ExitCode.DATA))
            continue
        ident = record.get("id")
        yield Source(f"{name}:{ident}" if ident is not None else f"{name}:{n}",
                     text=str(text))
