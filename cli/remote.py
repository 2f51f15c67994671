"""Inputs named by URL: ``http(s)://`` pages fetched with the standard library (a timeout, a size
cap), other schemes (``s3://bucket/*.txt``, ``file:///…``) read through fsspec."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.safe import one_line

HTTP_TIMEOUT = 20.0  # seconds without a byte from the server
HTTP_DEADLINE = 120.0  # seconds for a whole page, however slowly it trickles in
_CHUNK = 1 << 20
_USER_AGENT = "newsbrief (https://pypi.org/project/newsbrief/)"


def is_url(name: str) -> bool:
    """True for ``scheme://…`` names (a single ``-`` or a plain path is not one)."""
    scheme, sep, _ = name.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").isalnum()


def is_http(url: str) -> bool:
    """True for an ``http://`` or ``https://`` URL (fetched directly, never globbed)."""
    return url[:8].lower().startswith(("http://", "https://"))


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise BriefError("URL inputs other than http(s) need fsspec", "pip install "
                         "'newsbrief[dask]' (or fsspec and the backend for the URL's scheme)",
                         ExitCode.USAGE) from None
    return fsspec


def expand_url(url: str) -> Iterator[str]:
    """The URLs a name stands for: itself, or every match of its glob pattern, sorted (an http(s)
    URL is itself: its ``?`` starts a query, not a pattern)."""
    if is_http(url) or not any(ch in url for ch in "*?["):
        yield url
        return
    try:
        files = _fsspec().open_files(url)
    except (ImportError, ValueError, OSError) as exc:
        raise BriefError(f"{one_line(url)}: {one_line(str(exc))}",
                         "install the fsspec backend for this scheme", ExitCode.USAGE) from None
    for f in sorted(files, key=lambda f: f.path):
        yield f.fs.unstrip_protocol(f.path)


def read_limited(stream: IO[bytes], max_bytes: int, deadline: float | None = None) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``stream``, read a chunk at a time (never a buffer of
    ``max_bytes`` up front), and within ``deadline`` (a ``time.monotonic()`` value) if given."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"not complete after {HTTP_DEADLINE:.0f} s")
    return b"".join(chunks)


@contextmanager
def open_url(url: str) -> Iterator[IO[bytes]]:
    """A binary stream of the bytes at ``url``; a BriefError when it cannot be opened."""
    shown = one_line(url)
    try:
        if is_http(url):
            import urllib.request

            request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
            with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
                yield response
        else:
            with _fsspec().open(url, "rb") as fh:
                yield fh
    except BriefError:
        raise
    except FileNotFoundError:
        raise BriefError(f"{shown}: no such file", "check the URL", ExitCode.NO_INPUT) from None
    except (OSError, ValueError, ImportError) as exc:  # URLError, HTTPError, timeouts included
        remedy = "check the URL" if is_http(url) else "check the URL and its fsspec backend"
        raise BriefError(f"{shown}: {one_line(_reason(exc))}", remedy, ExitCode.NO_INPUT) from None


def _reason(exc: BaseException) -> str:
    """What went wrong, without urllib's wrapping: ``HTTP 404 Not Found``, ``Connection
    refused``, ``timed out``."""
    status = getattr(exc, "code", None)
    reason = getattr(exc, "reason", None) or exc
    if isinstance(status, int):
        return f"HTTP {status} {reason}"
    return str(getattr(reason, "strerror", None) or reason)


def read_url(url: str, max_bytes: int) -> bytes:
    """The bytes at ``url``, bounded by ``max_bytes`` (and, over http, by a deadline)."""
    deadline = time.monotonic() + HTTP_DEADLINE if is_http(url) else None
    with open_url(url) as stream:
        try:
            data = read_limited(stream, max_bytes, deadline)
        except (OSError, ValueError) as exc:
            raise BriefError(f"{one_line(url)}: {one_line(str(exc))}", "check the URL",
                             ExitCode.NO_INPUT) from None
    if len(data) > max_bytes:
        raise BriefError(f"{one_line(url)}: larger than --max-bytes ({max_bytes:,} bytes)",
                         "raise --max-bytes to brief it anyway", ExitCode.DATA)
    return data
