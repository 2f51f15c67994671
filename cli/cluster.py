"""Briefs on a Dask cluster: the inputs of a local batch, sent in partitions, answered in order.

The driver (this process) lists the inputs and cuts them into partitions; each partition is one
pure Dask task that reads, decodes and analyses its articles on a worker. The driver keeps a
bounded window of partitions in flight and takes their answers in input order: on stdout the
briefs are written by the same writer as a local run (any format, the same bytes as ``--jobs 1``,
the same exit codes); with ``--output DIR`` the workers also render JSON lines, written to one
file per partition plus ``manifest.json``, so that a run over millions of articles never holds
them all, and a rerun skips the partitions already written. A lost worker's tasks are
recomputed by Dask (tasks are pure, and submitted with retries); a bad article becomes an error
line, never a failed partition.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from newsbrief.cli.errors import BriefError, ExitCode, batch_code
from newsbrief.cli.inputs import Source
from newsbrief.cli.process import Outcome, Settings, brief_one
from newsbrief.cli.render import error_record, render_jsonl
from newsbrief.cli.safe import one_line

MANIFEST = "manifest.json"
RUN_SCHEMA = "newsbrief-run/1"
# 'local', or a scheduler address: tcp://host:8786, tls://…, host:8786, [::1]:8786
_ADDRESS = re.compile(r"local|(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9a-fA-F:.]+\]|[\w.-]+):\d{1,5}/?")


@dataclass(frozen=True)
class Line:
    """One input's answer: its JSON line(s), or its error (line for files, message for stderr)."""

    source: str
    text: str
    error: BriefError | None = None


def brief_partition(sources: list[Source], settings: Settings, records: str, summary: bool,
                    quotes: bool) -> list[Line]:
    """Brief every source of one partition (runs on a worker; never raises for one article)."""
    out = []
    for source in sources:
        outcome = brief_one(source, settings)
        if outcome.error is not None:
            e = outcome.error
            out.append(Line(source.name, error_record(source.name, e.code, e.message, e.remedy),
                            e))
        else:
            assert outcome.brief is not None
            out.append(Line(source.name, render_jsonl(outcome.brief, records=records,
                                                      summary=summary, quotes=quotes)))
    return out


def brief_outcomes(sources: list[Source], settings: Settings) -> list[Outcome]:
    """The outcome of every source of one partition (runs on a worker; never raises for one
    article)."""
    return [brief_one(source, settings) for source in sources]


def _digest(sources: list[Source]) -> str:
    h = hashlib.sha256()
    for s in sources:
        h.update(s.name.encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()[:16]


def partitions(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    """Consecutive partitions of at most ``size`` sources, read lazily."""
    it = iter(sources)
    while chunk := list(islice(it, size)):
        yield chunk


def connect(address: str) -> tuple[Any, Any]:
    """A Dask client for ``address`` (``local``: a LocalCluster of worker processes here)."""
    if not _ADDRESS.fullmatch(address):
        raise BriefError(f"--dask {one_line(address)!r} is no scheduler address",
                         "give local, or host:port such as tcp://scheduler:8786", ExitCode.USAGE)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BriefError("--dask needs the dask extra", "pip install 'newsbrief[dask]'",
                         ExitCode.USAGE) from None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=":0")
            return Client(cluster), cluster
        return Client(address, timeout="20s"), None
    except (OSError, ValueError, TypeError) as exc:  # TimeoutError is an OSError
        raise BriefError(f"cannot reach the Dask scheduler at {one_line(address)}: "
                         f"{one_line(str(exc))}", "check the address, or use --dask local",
                         ExitCode.NO_INPUT) from None


class Manifest:
    """What an ``--output DIR`` run has written, partition by partition (rewritten atomically)."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / MANIFEST
        self.entries: dict[int, dict[str, Any]] = {}
        if self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self.entries = {int(e["index"]): e for e in data["partitions"]
                                if isinstance(e.get("file"), str) and "digest" in e}
            except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
                raise BriefError(f"{one_line(str(self.path))} is not a manifest of brief",
                                 "give --output a new folder, or remove the file to start over",
                                 ExitCode.USAGE) from None

    def done(self, index: int, digest: str) -> bool:
        """True when partition ``index`` with these inputs is already complete on disk."""
        entry = self.entries.get(index)
        return bool(entry and entry["digest"] == digest
                    and (self.path.parent / entry["file"]).is_file())

    def record(self, entry: dict[str, Any]) -> None:
        """Add a completed partition and save."""
        self.entries[entry["index"]] = entry
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"schema": RUN_SCHEMA, "partitions": [
            self.entries[i] for i in sorted(self.entries)]}, indent=1), encoding="utf-8")
        tmp.replace(self.path)


def _in_order(client: Any, tasks: Iterable[tuple[Any, Callable[..., Any], tuple[Any, ...]]]
              ) -> Iterator[tuple[Any, Any]]:
    """Submit ``(tag, function, args)`` tasks, a bounded window of them in flight (two per
    worker), and yield ``(tag, result)`` in submission order."""
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    run_id = uuid.uuid4().hex[:12]  # task keys unique to this run on a shared scheduler
    pending: deque[tuple[Any, Any]] = deque()
    for n, (tag, function, args) in enumerate(tasks):
        pending.append((tag, client.submit(function, *args, retries=2,
                                           key=f"brief-{run_id}-{n}")))
        if len(pending) >= window:
            tag, future = pending.popleft()
            yield tag, future.result()
    while pending:
        tag, future = pending.popleft()
        yield tag, future.result()


def outcomes(sources: Iterable[Source], settings: Settings, *, address: str,
             partition_size: int) -> Generator[Outcome, None, None]:
    """Brief the sources on a Dask cluster; yields each input's Outcome in input order."""
    client, cluster = connect(address)
    try:
        tasks = ((None, brief_outcomes, (chunk, settings))
                 for chunk in partitions(sources, partition_size))
        for _, answers in _in_order(client, tasks):
            yield from answers
    finally:
        _close(client, cluster)


def _close(client: Any, cluster: Any) -> None:
    client.close()
    if cluster is not None:
        cluster.close()


def _output_folder(output: Path) -> Manifest:
    """The folder of an ``--output`` run, made if need be, and what it already holds: checked
    before any cluster starts."""
    if output.exists() and not output.is_dir():
        raise BriefError(f"--output {one_line(str(output))} is a file, not a folder",
                         "give --output a folder (it is made if missing)", ExitCode.USAGE)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefError(f"cannot make the folder {one_line(str(output))}: {exc.strerror}",
                         "check the path and its permissions", ExitCode.IO) from None
    return Manifest(output)


def write_run(sources: Iterable[Source], settings: Settings, *, address: str, records: str,
              summary: bool, quotes: bool, partition_size: int, output: Path) -> int:
    """Brief the sources on a Dask cluster into partition files in ``output``; returns the exit
    code (as for a local run). Partitions already complete are skipped; errors go to stderr."""
    manifest = _output_folder(output)
    client, cluster = connect(address)
    done = failed = 0
    last: BriefError | None = None
    try:
        tasks = (((index, chunk), brief_partition, (chunk, settings, records, summary, quotes))
                 for index, chunk in enumerate(partitions(sources, partition_size))
                 if not manifest.done(index, _digest(chunk)))
        for (index, chunk), lines in _in_order(client, tasks):
            _save(index, chunk, lines, output, manifest)
            for line in lines:
                done, failed, last = _count(line, done, failed, last)
    except OSError as exc:
        raise BriefError(f"cannot write to {one_line(str(output))}: {exc.strerror or exc}",
                         "check the destination (free space, permissions)",
                         ExitCode.IO) from None
    finally:
        _close(client, cluster)
    sys.stderr.write(f"brief: {done} briefed, {failed} failed (written to {output})\n")
    return batch_code(done, failed, last)


def _count(line: Line, done: int, failed: int, last: BriefError | None
           ) -> tuple[int, int, BriefError | None]:
    if line.error is None:
        return done + 1, failed, last
    sys.stderr.write(line.error.line() + "\n")
    return done, failed + 1, line.error


def _save(index: int, chunk: list[Source], lines: list[Line], output: Path,
          manifest: Manifest) -> None:
    name = f"part-{index:05d}.jsonl"
    tmp = output / (name + ".tmp")
    tmp.write_text("".join(line.text for line in lines), encoding="utf-8")
    tmp.replace(output / name)
    failed = sum(1 for line in lines if line.error is not None)
    manifest.record({"index": index, "file": name, "digest": _digest(chunk),
                     "inputs": len(chunk), "ok": len(chunk) - failed, "failed": failed,
                     "first": chunk[0].name, "last": chunk[-1].name})
