"""Language identification accuracy, per set and language, and the Portuguese/Galician/Spanish
confusions.

Usage (from the project root)::

    python benchmarks/bench_language.py [--titles] [--errors]

Sets: this project's own labelled paragraphs (``tests/data/language/paragraphs.jsonl``: short
and long European and Brazilian Portuguese, Spanish and Galician), its quote articles
(``tests/data/quotes/<lang>``) and samples, and the corpora in ``../shared`` (skipped when absent):
de-wikinews, fr-wikinews-2012, OrangeSum, CNN/DailyMail, XSum and the synthetic challenge.
``--titles`` also runs every shared article's title alone (short real text: the langdetect path).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
OWN = ROOT / "tests" / "data"
JSONL = {
    "de-wikinews": ["quotes/de-wikinews-quotes/train.jsonl", "quotes/de-wikinews-quotes/dev.jsonl",
                    "quotes/de-wikinews-quotes/test.jsonl"],
    "orangesum": ["summaries/orangesum/dev.jsonl", "summaries/orangesum/test.jsonl"],
    "cnndm": ["summaries/frank-cnndm/dev.jsonl", "summaries/frank-cnndm/test.jsonl"],
    "xsum": ["summaries/frank-xsum/dev.jsonl", "summaries/frank-xsum/test.jsonl"],
    "synthetic": ["quotes/synthetic-challenge/challenge.jsonl"],
}


def own() -> Iterator[tuple[str, str, str]]:
    """(set, language, text) of this project's own texts."""
    for line in (OWN / "language" / "paragraphs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        yield f"paragraphs-{row['variant']}", row["lang"], row["text"]
    for path in sorted((OWN / "quotes").glob("*/*.txt")):
        yield "own-quotes", path.parent.name, path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "samples").glob("*.txt")):
        yield "samples", path.name[:2], path.read_text(encoding="utf-8")


def shared(titles: bool) -> Iterator[tuple[str, str, str]]:
    """(set, language, text) of the shared corpora, and their titles alone with ``titles``."""
    for name, files in JSONL.items():
        for rel in files:
            path = SHARED / rel
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                yield name, row["lang"], row["text"]
                if titles and row.get("title"):
                    yield f"{name}-titles", row["lang"], row["title"]
    for path in sorted((SHARED / "quotes" / "fr-wikinews-2012" / "texts").glob("*.txt")):
        yield "fr-wikinews", "fr", path.read_text(encoding="utf-8")


def main() -> None:
    """Print accuracy per set and language, then the Iberian confusions."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--titles", action="store_true", help="also each shared article's title alone")
    ap.add_argument("--errors", action="store_true", help="print every wrong answer")
    a = ap.parse_args()
    from newsbrief.document.language import detect_language

    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    iberian: Counter[tuple[str, str]] = Counter()
    for name, lang, text in [*own(), *shared(a.titles)]:
        got = detect_language(text)
        total[name, lang] += 1
        right[name, lang] += got == lang
        if lang in ("pt", "es", "gl") or got in ("pt", "es", "gl"):
            iberian[lang, got] += 1
        if a.errors and got != lang:
            print(f"  {name} {lang} -> {got}: {' '.join(text.split())[:90]!r}")
    for key in sorted(total):
        print(f"{key[0]} {key[1]}: {right[key]}/{total[key]} = {right[key] / total[key]:.3f}")
    print("pt/es/gl (truth -> answer): " + ", ".join(
        f"{t}->{g} {n}" for (t, g), n in sorted(iberian.items())))


if __name__ == "__main__":
    main()
