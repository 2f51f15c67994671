"""Fuzz the whole pipeline: bytes -> decode -> analyze -> every renderer, with Hypothesis.

Not run in CI. Each generated input is either raw bytes, hostile text (quotes, escapes, bidi
controls, Rich markup, several scripts) encoded in one of several encodings, the same wrapped in
an HTML page, a mutated sample article, or a hostile shape repeated (short lines, dense quotes).
For each one the script checks that

* reading (decoding, HTML extraction) returns text or raises ``BriefError`` (nothing else);
* ``analyze`` does not raise, and every quote and summary offset lies inside the text with
  ``text[start:end]`` equal to the reported text;
* every renderer (text, markdown, json, jsonl, tsv, annotate, annotate markdown) returns output
  with no raw ESC, C1, bidi or ``\\r`` character.

One input in ``--full-every`` (10) also gets language detection (the others get a language
drawn from LANGUAGES, which skips langdetect, ten times the cost of the rest), the two Rich
renderings on a forced terminal (no ESC but Rich's own SGR codes) and the determinism check
(analysis and every rendering twice, same result).

Usage (from the repository root; about 15 minutes on 2 cores)::

    python scripts/fuzz.py --examples 100000 --jobs 2 --seed 3

Prints the number of inputs, how many were refused with a ``BriefError`` and how many crashed
(the first tracebacks are shown); exits 1 when any input crashed or broke an invariant.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_BYTES = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]

# Raw characters no output may contain (Rich's SGR sequences are removed before the check).
RAW_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
SGR = re.compile("\x1b\\[[0-9;]*m")

HOSTILE_PIECES = [
    "«", "»", "« ", " »", "“", "”", "„", "‘", "’", "‹", "›", '"', "'", "「", "」", "『", "』",
    ".", "!", "?", "…", ";", ":", ",", " — ", "-", "\n", "\n\n", "\r\n", "\r", "\t", " ",
    "\x00", "\x1b[31m", "\x1b[2J", "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]0;title\x07", "\x9b31m", "\x85", "\u202e", "\u2066", "\u2069", "\u200f", "\u2028",
    "\ufeff", "\ufffd", "[bold]", "[/]", "[link=http://x]", ":fire:", ":thumbs_up:",
    "# ", "## Heading", "- ", "* ", "1. ", "<b>", "&amp;", "http://example.com/a?b=c",
    "said", "says", "told reporters", "a dit", "a déclaré", "selon", "sagte", "dijo", "ha detto",
    "Jean Dupont", "Marie Curie", "the minister", "le président", "Mr. Smith", "Dr.", "U.S.",
    "Xi Jinping", "é", "œ", "ç", "ß", "İ", "ı", "ﬁ", "Σ", "ς", "你好", "。", "、", "こんにちは",
    "مرحبا", "،", "Привет", "हिन्दी", "😀", "👩‍👩‍👧", "e\u0301", "\u0300", "2024-05-01", "12,5 %",
]  # fmt: skip
# Languages given to analyze (skipping detection) for most inputs: with and without stemmers
# and stop words, and one it has never heard of.
LANGUAGES = ["en", "fr", "de", "es", "it", "fi", "el", "zh", "ja", "ar", "ru", "xx"]
FULL_EVERY = 10
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
             "latin-1", "mac_roman", "cp850", "gb18030", "shift_jis", "koi8-r"]


def _hostile_text() -> st.SearchStrategy[str]:
    pieces = st.sampled_from(HOSTILE_PIECES) | st.text(max_size=12)
    words = st.from_regex(r"[A-Za-zÀ-ÿ]{1,10}", fullmatch=True)
    return st.lists(pieces | words, max_size=120).map("".join)


def _page(text: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (f"<!DOCTYPE html><html><head><script>alert(1)</script></head><body><article>{body}"
            "</article></body></html>").encode("utf-8", "surrogatepass")


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def _mutated_sample(draw: st.DrawFn) -> bytes:
    raw = SAMPLE_BYTES[draw(st.integers(0, len(SAMPLE_BYTES) - 1))]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(raw)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.binary(max_size=8) | st.sampled_from(HOSTILE_PIECES).map(
            lambda s: s.encode("utf-8")))
        raw = raw[:at] + insert + raw[at + cut :]
    return raw


# Shapes that once cost far more than prose (issue 18; benchmarks/bench_speed.py --only shapes
# times them): lines of two letters, dense quotes, quotes with a speech verb before or after.
SHAPES = ["ab\n", '"a" ', '"q" said Al. ', 'Smith said "x". ', "« a » ", "« q », a dit Al. "]


@st.composite
def _repeated_shape(draw: st.DrawFn) -> bytes:
    """One hostile shape repeated (up to 20 KB), alone or around a piece of hostile text."""
    unit = draw(st.sampled_from(SHAPES))
    body = unit * draw(st.integers(1, 20_000 // len(unit)))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(body)))
        body = body[:at] + draw(_hostile_text()) + body[at:]
    return body.encode("utf-8", "surrogatepass")


def inputs() -> st.SearchStrategy[bytes]:
    """Generated article bytes: raw, hostile text in many encodings, a mutated sample, or a
    hostile shape repeated."""
    raw = st.binary(max_size=3000)
    encoded = st.builds(_encoded, _hostile_text(), st.sampled_from(ENCODINGS))
    mutated = _mutated_sample()
    page = st.builds(_page, _hostile_text())
    return st.one_of(raw, encoded, encoded, mutated, page, _repeated_shape())


@dataclass
class Tally:
    """Counts of one fuzz run."""

    inputs: int = 0
    refused: int = 0
    briefed: int = 0
    crashes: int = 0
    reports: dict[str, tuple[int, str]] = field(default_factory=dict)

    def merge(self, other: Tally) -> None:
        """Add another worker's counts."""
        self.inputs += other.inputs
        self.refused += other.refused
        self.briefed += other.briefed
        self.crashes += other.crashes
        for key, (n, report) in other.reports.items():
            seen, first = self.reports.get(key, (0, report))
            self.reports[key] = (seen + n, first)


def _renderings(text: str, brief: Any, rich: bool) -> dict[str, str]:
    from newsbrief.cli.render import (
        article_marks,
        brief_json,
        dumps,
        quote_records,
        render_annotated,
        render_markdown,
        render_text,
        render_tsv,
    )
    from newsbrief.cli.rich_view import (
        make_console,
        render_annotated_rich,
        render_rich,
    )

    found = article_marks(text, brief.quotes)
    out = {
        "text": render_text(brief, quote_marks=found),
        "markdown": render_markdown(brief, quote_marks=found),
        "json": dumps(brief_json(brief), indent=2),
        "jsonl": "".join(dumps(r) for r in quote_records(brief)),
        "tsv": render_tsv(brief),
        "annotate": render_annotated(text, brief, markdown=False),
        "annotate-md": render_annotated(text, brief, markdown=True),
    }
    pictures: list[tuple[str, Callable[[Any], None]]] = [
        ("rich", lambda c: render_rich(c, brief, quote_marks=found)),
        ("rich-annotate", lambda c: render_annotated_rich(c, text, brief)),
    ]
    for name, draw in pictures if rich else []:
        for width in (80, 20):  # a wide terminal and the narrowest the view is drawn at
            buf = io.StringIO()
            console = make_console(color=True, file=buf)
            console.width = width
            draw(console)
            out[f"{name}-{width}"] = buf.getvalue()
    return out


def check(data: bytes, lang: str | None, full: bool) -> bool:
    """Run one input through the pipeline; True when it was briefed, False when refused.

    ``lang`` is passed to ``analyze`` (None: detect it); ``full`` adds the Rich renderings and
    the determinism check (analysis and renderings twice). Raises AssertionError (or whatever
    the pipeline raised) on a crash or a broken invariant."""
    from newsbrief.brief import to_dict
    from newsbrief.cli.errors import BriefError
    from newsbrief.cli.inputs import Source
    from newsbrief.cli.process import Settings, load_page
    from newsbrief.pipeline import analyze

    try:
        text = load_page(Source("fuzz", data=data), Settings()).text
    except BriefError as exc:
        assert exc.line().count("\n") == 0
        return False
    assert "\r" not in text
    brief = analyze(text, lang=lang, source="fuzz")
    for q in brief.quotes:
        assert 0 <= q.start <= q.end <= len(text), ("quote offsets", q)
        assert text[q.start : q.end] == q.text, ("quote text", q)
    for s in brief.summary:
        assert 0 <= s.start <= s.end <= len(text), ("summary offsets", s)
        assert text[s.start : s.end] == s.text, ("summary text", s)
    first = _renderings(text, brief, full)
    for name, rendered in first.items():
        bare = SGR.sub("", rendered) if name.startswith("rich") else rendered
        bad = RAW_UNSAFE.search(bare)
        assert bad is None, (name, "raw", repr(bad.group()) if bad else "")
    json.loads(first["json"])
    if full:
        again = analyze(text, lang=lang, source="fuzz")
        assert to_dict(again) == to_dict(brief), "analysis not deterministic"
        assert _renderings(text, again, full) == first, "rendering not deterministic"
    return True


def run(examples: int, worker_seed: int, every: int = FULL_EVERY) -> Tally:
    """Fuzz ``examples`` generated inputs with one Hypothesis seed; crashes are counted.

    One input in ``every`` gets language detection, the Rich renderings and the determinism
    check (they cost ten times the rest); the others get a language drawn from LANGUAGES."""
    tally = Tally()

    @seed(worker_seed)
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), derandomize=False)
    @given(inputs(), st.sampled_from(LANGUAGES))
    def one(data: bytes, lang: str) -> None:
        tally.inputs += 1
        full = tally.inputs % every == 0
        if tally.inputs % 10_000 == 0:
            sys.stderr.write(f"fuzz[{worker_seed}]: {tally.inputs} inputs, "
                             f"{tally.crashes} crashes\n")
        try:
            if check(data, None if full else lang, full):
                tally.briefed += 1
            else:
                tally.refused += 1
        except Exception as exc:
            tally.crashes += 1
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {frame.filename}:{frame.lineno}"
            seen, first = tally.reports.get(key, (0, ""))
            if not first:
                first = f"input: {data[:300]!r}\n{traceback.format_exc()}"
            tally.reports[key] = (seen + 1, first)

    one()
    return tally


def _worker(args: tuple[int, int, int]) -> Tally:
    return run(*args)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--examples N --jobs J --seed S``; exit 1 on any crash."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="inputs in all")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: one per core)")
    parser.add_argument("--seed", type=int, default=0, help="base Hypothesis seed")
    parser.add_argument("--full-every", type=int, default=FULL_EVERY, metavar="N",
                        help="language detection, Rich and determinism check on one input in N "
                             "(1: on all)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    jobs = max(1, args.jobs)
    shares = [args.examples // jobs + (i < args.examples % jobs) for i in range(jobs)]
    work = [(n, args.seed * 1000 + i, max(1, args.full_every)) for i, n in enumerate(shares)]
    total = Tally()
    if jobs == 1:
        total.merge(run(*work[0]))
    else:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for tally in pool.imap_unordered(_worker, work):
                total.merge(tally)
    for key, (n, report) in sorted(total.reports.items(), key=lambda kv: -kv[1][0]):
        sys.stderr.write(f"=== {n} crashes: {key}\n{report}\n")
    sys.stdout.write(f"fuzz: {total.inputs} inputs ({total.briefed} briefed, {total.refused} "
                     f"refused with a message), {total.crashes} crashes, "
                     f"{time.monotonic() - started:.0f} s\n")
    return 1 if total.crashes or total.inputs < args.examples else 0


if __name__ == "__main__":
    sys.exit(main())
