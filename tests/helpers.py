"""Paths and helpers shared by the tests (importable: ``pythonpath = tests`` in pytest)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from newsbrief.document.structure import parse_document
from newsbrief.quotes.extract import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "article-fr-xi-poutine.txt"
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"

RunCli = Callable[..., subprocess.CompletedProcess[bytes]]


def read_quotes(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """Each quote the package finds in ``text`` as (text, kind, speaker), the speaker only for
    speech: the form the quote-rule tests compare with."""
    report = extract_quotes(parse_document(text, lang))
    return [(q.text, q.kind, q.speaker if q.kind != "other" else None) for q in report.quotes]


class QuoteCase(NamedTuple):
    """One case of a quote-rule table: the quotes ``read_quotes(text, lang)`` must return.

    ``origin`` is where the case comes from: the round of rule work that found the pattern
    (round2: German sources and word order, French roles; round3: de-wikinews train, French
    Wikinews and English news; round4/round5: de-wikinews train and dev, French Wikinews,
    CNN/DM and OrangeSum dev; round6: de-wikinews train and dev, French Wikinews, OrangeSum dev;
    issue16: the German error classes of issue 16, checked on de-wikinews train and dev;
    issue16-heldout: the errors on the French, Spanish and Italian articles written as held-out
    gold for issue 16; round9: the errors on the twelve articles written as held-out gold in
    round 9).
    Every text is a sentence written for the tests, not copied from an article."""

    lang: str
    text: str
    expected: list[tuple[str, str, str | None]]
    origin: str = ""


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each blank-line separated paragraph, as pairing reads blocks."""
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def case_ids(cases: list[QuoteCase]) -> list[str]:
    """Short pytest ids for a table of cases: the opening words of each text."""
    return [c.text[:40] for c in cases]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user with no config and no colour preferences."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEWSBRIEF_") and k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    env["XDG_CONFIG_HOME"] = str(ROOT / "tests" / "data" / "no-config")
    env.update(extra)
    return env


def run_on_pty(args: list[str], env: dict[str, str],
               stdout_file: Path | None = None) -> tuple[int, bytes]:
    """Run ``python -m newsbrief ARGS`` with a pseudo-terminal as stdin, stderr and (unless
    ``stdout_file``) stdout, as in an interactive shell; returns its exit code and what the
    terminal showed."""
    import pty
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        if stdout_file is not None:
            with open(stdout_file, "wb") as fh:
                os.dup2(fh.fileno(), 1)
        os.execve(sys.executable, [sys.executable, "-m", "newsbrief", *args], env)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks)


def wait_until_reading_stdin(pid: int, wait: float = 120.0) -> None:
    """Return once process ``pid`` is blocked in read(0, …) (Linux /proc/PID/syscall), so that a
    signal sent now finds its handlers installed however slow start-up is on a loaded machine;
    elsewhere, after a second."""
    import time

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            call = Path(f"/proc/{pid}/syscall").read_text().split()
        except OSError:
            time.sleep(1.0)
            return
        if call[:2] == ["0", "0x0"]:  # syscall 0 (read) on file descriptor 0
            return
        time.sleep(0.02)
