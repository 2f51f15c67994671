"""Our quote gold on real articles that we may not copy: offsets and labels only.

``tests/data/quotes/en-real-dev/gold.jsonl`` annotates the *dev* splits of the ``../shared``
CNN/DailyMail and BBC (XSum) summary corpora, one line per article::

    {"corpus": "frank-cnndm", "split": "dev", "id": "cnndm-…",
     "quotes": [{"start": 812, "end": 870, "speaker": "Rob Rees", "kind": "statement"}],
     "people": [{"name": "Rob Rees", "aliases": ["Rob Rees", "Trust chairman"]}]}

Offsets are ``str`` indices into the record's ``text`` after line endings are normalised to
``\\n`` (what ``brief`` reads), end exclusive, the quote marks outside the span. A quote with
``"speaker_skip": true`` has a speaker the annotator could not name (the scorer does not judge
it). The article texts stay in ``../shared`` (research-only licences): :func:`write_pairs` rebuilds
the ``.txt`` + ``.json`` pairs that ``../shared/tools/score_briefs.py`` reads, in a folder the
caller owns (a temporary one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EN_DEV = ROOT / "tests" / "data" / "quotes" / "en-real-dev" / "gold.jsonl"


def normalise(text: str) -> str:
    """The article text as ``brief`` reads it: line endings normalised to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_gold(path: Path = EN_DEV) -> list[dict[str, Any]]:
    """The gold records of ``path``, one per annotated article."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def corpus_texts(shared: Path, corpus: str, split: str) -> dict[str, str]:
    """The normalised article texts of one ``../shared`` summary corpus split, by id."""
    path = shared / "corpus" / "summaries" / corpus / f"{split}.jsonl"
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts[record["id"]] = normalise(record["text"])
    return texts


def articles(shared: Path, path: Path = EN_DEV) -> list[tuple[dict[str, Any], str]]:
    """Each gold record with its article text from ``shared``."""
    gold = read_gold(path)
    cache: dict[tuple[str, str], dict[str, str]] = {}
    out = []
    for record in gold:
        key = (record["corpus"], record["split"])
        if key not in cache:
            cache[key] = corpus_texts(shared, *key)
        out.append((record, cache[key][record["id"]]))
    return out


def scorer_gold(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The scorer's gold object (as ``corpus/seed/*.json``) for one record and its text."""
    quotes = []
    for q in record["quotes"]:
        item = {"text": text[q["start"]:q["end"]], "speaker": q["speaker"], "kind": q["kind"]}
        if q.get("speaker_skip"):
            item["speaker_skip"] = True
        quotes.append(item)
    return {"id": record["id"], "lang": "en", "date": None, "quotes": quotes,
            "people": record.get("people", []), "key_sentences": []}


def write_pairs(shared: Path, out: Path, path: Path = EN_DEV) -> list[Path]:
    """Write ``ID.txt`` + ``ID.json`` for every annotated article into ``out``; the gold paths."""
    out.mkdir(parents=True, exist_ok=True)
    golds = []
    for record, text in articles(shared, path):
        gpath = out / f"{record['id']}.json"
        gpath.with_suffix(".txt").write_text(text, encoding="utf-8", newline="\n")
        gpath.write_text(json.dumps(scorer_gold(record, text), ensure_ascii=False),
                         encoding="utf-8")
        golds.append(gpath)
    return sorted(golds)
