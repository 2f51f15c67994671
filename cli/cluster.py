"""Briefs on a Dask cluster: the inputs of a local batch, sent in partitions, answered in order.

The driver (this process) lists the inputs and cuts them into partitions; each partition is one
pure Dask task that reads, decodes, analyses and renders its articles on a worker and returns
JSON lines. The driver keeps a bounded window of partitions in flight and writes their lines in
input order — to stdout (the same bytes as ``--jobs 1``) or, with ``--output DIR``, to one file per
partition plus ``manifest.json``, so that a run over millions of articles never holds them all,
and a rerun skips the partitions already written. A lost worker's tasks are recomputed by Dask
(tasks are pure, and submitted with retries); a bad article becomes an error line, never a failed
partition.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.inputs import Source
from newsbrief.cli.process import Settings, brief_one
from newsbrief.cli.render import error_record, render_jsonl

MANIFEST = "manifest.json"
RUN_SCHEMA = "newsbrief-run/1"


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
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BriefError("--dask needs the dask extra", "pip install 'newsbrief[dask]'",
                         ExitCode.USAGE) from None
    if address == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except OSError as exc:
        raise BriefError(f"cannot reach the Dask scheduler at {address}: {exc}",
                         "check the address, or use --dask local", ExitCode.NO_INPUT) from None


class Manifest:
    """What an ``--output DIR`` run has written, partition by partition (rewritten atomically)."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / MANIFEST
        self.entries: dict[int, dict[str, Any]] = {}
        if self.path.is_file():
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries = {e["index"]: e for e in data.get("partitions", [])}

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


def run(sources: Iterable[Source], settings: Settings, *, address: str, records: str,
        summary: bool, quotes: bool, partition_size: int, output: Path | None
        ) -> Iterator[Line]:
    """Brief the sources on a Dask cluster; yields each input's Line in input order.

    With ``output``, lines are written to partition files there (and still yielded, so the
    caller can count and report errors); partitions already complete are skipped, not yielded.
    """
    client, cluster = connect(address)
    manifest = None
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        manifest = Manifest(output)
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    run_id = uuid.uuid4().hex[:12]  # task keys unique to this run on a shared scheduler
    pending: deque[tuple[int, list[Source], Any]] = deque()
    try:
        for index, chunk in enumerate(partitions(sources, partition_size)):
            if manifest is not None and manifest.done(index, _digest(chunk)):
                continue
            future = client.submit(brief_partition, chunk, settings, records, summary, quotes,
                                   retries=2, key=f"brief-{run_id}-{index}")
            pending.append((index, chunk, future))
            if len(pending) >= window:
                yield from _collect(*pending.popleft(), output, manifest)
        while pending:
            yield from _collect(*pending.popleft(), output, manifest)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(index: int, chunk: list[Source], future: Any, output: Path | None,
             manifest: Manifest | None) -> list[Line]:
    lines: list[Line] = future.result()
    if output is not None and manifest is not None:
        name = f"part-{index:05d}.jsonl"
        tmp = output / (name + ".tmp")
        tmp.write_text("".join(line.text for line in lines), encoding="utf-8")
        tmp.replace(output / name)
        failed = sum(1 for line in lines if line.error is not None)
        manifest.record({"index": index, "file": name, "digest": _digest(chunk),
                         "inputs": len(chunk), "ok": len(chunk) - failed, "failed": failed,
                         "first": chunk[0].name, "last": chunk[-1].name})
    return lines
