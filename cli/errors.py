"""Exit codes and the one exception type the CLI turns into a message on stderr."""

from __future__ import annotations

from enum import IntEnum

DEBUG_ENV = "NEWSBRIEF_DEBUG"  # set by --debug; worker processes inherit it


class ExitCode(IntEnum):
    """Process exit codes (documented in the README; sysexits.h values where one fits)."""

    OK = 0
    SOME_FAILED = 1  # a batch ran, but at least one input could not be briefed
    USAGE = 2  # bad option or no input given
    DATA = 65  # input is not text: binary, empty, undecodable, over --max-bytes
    NO_INPUT = 66  # missing, unreadable, a directory with no matching file
    SOFTWARE = 70  # a bug: please report it (run again with --debug for the traceback)
    IO = 74  # output could not be written
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # kill, timeout, a service manager stopping it (128 + SIGTERM)


class BriefError(Exception):
    """A failure the user can act on: ``message`` says what happened, ``remedy`` what to do."""

    def __init__(self, message: str, remedy: str, code: ExitCode) -> None:
        super().__init__(message, remedy, code)  # all three, so the error pickles
        self.message = message
        self.remedy = remedy
        self.code = code

    def line(self) -> str:
        """The one-line form printed on stderr."""
        from newsbrief.cli.safe import one_line  # file names can hold escape sequences too

        return f"brief: {one_line(self.message)} — {one_line(self.remedy)}"


def batch_code(done: int, failed: int, last: BriefError | None) -> int:
    """The exit code of a batch: OK when nothing failed, the error's own code when the only
    input failed, SOME_FAILED otherwise (the same for local runs and Dask runs)."""
    if failed == 0:
        return ExitCode.OK
    if done == 0 and failed == 1 and last is not None:
        return last.code
    return ExitCode.SOME_FAILED


class Interrupted(BaseException):
    """SIGINT or SIGTERM in the main process: a BaseException, so no ``except Exception`` stops
    it on its way out and every ``finally`` runs (the worker pool ends, the cursor comes back)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# The stop signal this process has received, if any. A library may catch everything and raise
# its own error instead (langdetect turns any exception while loading its profiles into a
# LangDetectException): whoever catches an Exception asks here whether it was really Ctrl-C.
_RECEIVED: list[int] = []


def note_signal(signum: int) -> None:
    """Record that the process received ``signum`` (called by the signal handler)."""
    _RECEIVED.append(signum)


def pending_signal() -> int | None:
    """The stop signal received so far, or None."""
    return _RECEIVED[0] if _RECEIVED else None
