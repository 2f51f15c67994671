"""Inputs named by URL (``s3://bucket/*.txt``, ``file:///…``), read through fsspec."""

from __future__ import annotations

from collections.abc import Iterator

from newsbrief.cli.errors import BriefError, ExitCode


def is_url(name: str) -> bool:
    """True for ``scheme://…`` names (a single ``-`` or a plain path is not one)."""
    scheme, sep, _ = name.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").isalnum()


def _fsspec() -> object:
    try:
        import fsspec
    except ImportError:
        raise BriefError("URL inputs need fsspec", "pip install 'newsbrief[dask]' (or fsspec "
                         "and the backend for the URL's scheme)", ExitCode.USAGE) from None
    return fsspec


def expand_url(url: str) -> Iterator[str]:
    """The URLs a name stands for: itself, or every match of its glob pattern, sorted."""
    fsspec = _fsspec()
    if not any(ch in url for ch in "*?["):
        yield url
        return
    try:
        files = fsspec.open_files(url)  # type: ignore[attr-defined]
    except (ImportError, ValueError) as exc:
        raise BriefError(f"{url}: {exc}", "install the fsspec backend for this scheme",
                         ExitCode.USAGE) from None
    for f in sorted(files, key=lambda f: f.path):
        yield f.fs.unstrip_protocol(f.path)


def read_url(url: str, max_bytes: int) -> bytes:
    """The bytes at ``url``, bounded by ``max_bytes``."""
    fsspec = _fsspec()
    try:
        with fsspec.open(url, "rb") as fh:  # type: ignore[attr-defined]
            data: bytes = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise BriefError(f"{url}: no such file", "check the URL", ExitCode.NO_INPUT) from None
    except (OSError, ValueError, ImportError) as exc:
        raise BriefError(f"{url}: {exc}", "check the URL and its fsspec backend",
                         ExitCode.NO_INPUT) from None
    if len(data) > max_bytes:
        raise BriefError(f"{url}: larger than --max-bytes ({max_bytes:,} bytes)",
                         "raise --max-bytes to brief it anyway", ExitCode.DATA)
    return data
