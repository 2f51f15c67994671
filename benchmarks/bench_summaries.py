"""ROUGE of every summarize method on ../shared/corpus/summaries/*/{dev,test}.jsonl, side by side.

Protocol of ``../shared/tools/score_rouge.py``: rouge-score F1 x100, its default tokenizer with
Porter stemming for English and none for French (the published protocols): R1, R2, RLsum (one
sentence a line); plus R1 with a Unicode tokenizer (lower-cased runs of letters and digits).
Articles are parsed in-process with the dataset's language (``lang`` field), as ``brief --lang``
would, and the quote extractor's statements are passed to the ranker as ``brief`` does
(``--no-quotes``: not). ``ms`` / ``cpu_ms`` are the mean wall / CPU time per article of parse +
rank, quote extraction excluded (best of ``--repeat`` passes; one warm-up article first, so
one-off loading is not counted).

Usage: python benchmarks/bench_summaries.py [--splits dev test] [--datasets frank-cnndm:3 ...]
       [--methods default lead lexrank textrank] [--limit N] [--markdown]
Needs rouge-score (``pip install -e .[bench]``). Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from newsbrief.document.model import Document
from newsbrief.document.structure import parse_document
from newsbrief.summarize.rank import METHODS, summarize

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "summaries"
DATASETS = ("frank-cnndm:3", "orangesum:2", "frank-xsum:1")
FAILURES: list[str] = []


class UnicodeTokenizer:
    """Lower-cased runs of Unicode letters/digits, no stemming (keeps é, ß, ñ)."""

    _re = re.compile(r"[^\W_]+")

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text``."""
        return self._re.findall(text.lower())


def load(dataset: str, split: str, limit: int | None) -> list[dict[str, Any]]:
    """Records of one split (``limit`` first ones)."""
    path = CORPUS / dataset / f"{split}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines if line.strip()]
    return recs[:limit] if limit else recs


def statements(doc: Document) -> list[tuple[int, int]]:
    """Offsets of the quoted statements, as ``newsbrief.analyze`` passes them to the ranker
    (none when the quote extractor fails on an article: counted in ``FAILURES``)."""
    from newsbrief.quotes.extract import extract_quotes

    try:
        quotes = extract_quotes(doc).quotes
    except Exception:  # the extractor is not under test here
        FAILURES.append(doc.text[:60])
        return []
    return [(q.start, q.end) for q in quotes if q.kind == "statement"]


def run(
    recs: list[dict[str, Any]], k: int, method: str, repeat: int, quotes: bool
) -> tuple[list[str], float, float]:
    """Summaries (one sentence a line) and the best mean wall and CPU ms per article of
    parse + rank over ``repeat`` passes (CPU time is the figure to trust on a shared machine;
    quote extraction, when on, is not counted)."""
    wall, cpu, preds = float("inf"), float("inf"), []
    n = max(1, len(recs))
    for _ in range(repeat):
        preds = []
        w = c = 0.0
        for r in recs:
            t0, c0 = time.perf_counter(), time.process_time()
            doc = parse_document(r["text"], r.get("lang") or "en")
            w, c = w + time.perf_counter() - t0, c + time.process_time() - c0
            spans = statements(doc) if quotes else []
            t0, c0 = time.perf_counter(), time.process_time()
            summary = summarize(doc, k, method=method, quote_spans=spans)
            w, c = w + time.perf_counter() - t0, c + time.process_time() - c0
            preds.append("\n".join(s.text for s in summary.sentences))
        wall, cpu = min(wall, w * 1000 / n), min(cpu, c * 1000 / n)
    return preds, wall, cpu


def score(recs: list[dict[str, Any]], preds: list[str]) -> dict[str, float]:
    """Mean ROUGE F1 x100 (score_rouge.py protocol) and mean summary length in words."""
    from rouge_score import rouge_scorer

    lang = recs[0].get("lang", "en")
    default = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=lang == "en")
    uni = rouge_scorer.RougeScorer(["rouge1"], tokenizer=UnicodeTokenizer())
    tot = {"R1": 0.0, "R2": 0.0, "RLsum": 0.0, "R1uni": 0.0, "words": 0.0}
    for r, pred in zip(recs, preds, strict=True):
        s = default.score(r["summary"], pred)
        tot["R1"] += s["rouge1"].fmeasure
        tot["R2"] += s["rouge2"].fmeasure
        tot["RLsum"] += s["rougeLsum"].fmeasure
        tot["R1uni"] += uni.score(r["summary"], pred)["rouge1"].fmeasure
        tot["words"] += len(pred.split())
    n = max(1, len(recs))
    out = {key: 100 * v / n for key, v in tot.items() if key != "words"}
    out["words"] = tot["words"] / n
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the table; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--splits", nargs="+", default=["dev", "test"])
    ap.add_argument("--datasets", nargs="+", default=list(DATASETS), help="name:K")
    ap.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=1, help="timing passes (best is kept)")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument(
        "--no-quotes",
        action="store_true",
        help="do not pass the quote extractor's statements to the ranker (brief does)",
    )
    a = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} not found (shared corpus absent)")
        return 0
    try:
        import rouge_score  # noqa: F401
    except ImportError:
        print("skipped: rouge-score is not installed (pip install -e .[bench])")
        return 0
    cols = ("R1", "R2", "RLsum", "R1uni", "words", "ms", "cpu_ms")
    if a.markdown:
        print("| dataset | split | K | method | " + " | ".join(cols) + " |")
        print("|---|---|---:|---|" + "---:|" * len(cols))
    else:
        head = f"{'dataset':<12} {'split':<5} {'K':>2} {'method':<9}"
        print(head + "".join(f"{c:>8}" for c in cols))
    for spec in a.datasets:
        name, _, k_text = spec.partition(":")
        k = int(k_text or 3)
        for split in a.splits:
            if not (CORPUS / name / f"{split}.jsonl").is_file():
                print(f"skipped: {name}/{split}.jsonl not found")
                continue
            recs = load(name, split, a.limit)
            run(recs[:1], k, "default", 1, False)  # warm-up: stemmer, stop words, Punkt model
            for method in a.methods:
                preds, ms, cpu_ms = run(recs, k, method, a.repeat, not a.no_quotes)
                res = score(recs, preds)
                vals = [f"{res[c]:.2f}" for c in cols[:4]]
                vals += [f"{res['words']:.0f}", f"{ms:.1f}", f"{cpu_ms:.1f}"]
                if a.markdown:
                    print(f"| {name} | {split} | {k} | {method} | " + " | ".join(vals) + " |")
                else:
                    head = f"{name:<12} {split:<5} {k:>2} {method:<9}"
                    print(head + "".join(f"{v:>8}" for v in vals))
                sys.stdout.flush()
    if FAILURES:
        print(f"quote extractor failed on {len(FAILURES)} article runs (ranked without spans)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
