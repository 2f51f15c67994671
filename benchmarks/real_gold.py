"""Our quote gold on real articles that we may not copy: offsets and labels only.

Three golds, one format (:data:`GOLDS`, by bench set name):

- ``en-dev``: ``tests/data/quotes/en-real-dev/gold.jsonl`` annotates every article of the *dev*
  splits of the ``../shared`` CNN/DailyMail and BBC (XSum) summary corpora;
- ``fr-dev``: ``tests/data/quotes/fr-real-dev/gold.jsonl`` annotates 25 articles of the *dev*
  split of ``../shared`` OrangeSum (French "Orange Actu" news), chosen without looking at any
  engine output: ``random.Random(11).sample`` of 25 among the 1,410 dev articles
  holding a ``«``, ``“`` or ``"`` (in file order), annotated from the text alone before the engine
  first ran on them (see ``tests/data/quotes/fr-real-dev/README.md``);
- ``fr-dev2``: ``tests/data/quotes/fr-real-dev/gold-dev2.jsonl``, 30 more OrangeSum dev articles,
  ``random.Random(12).sample`` of 30 among the same pool less the 25 of ``fr-dev``, annotated
  the same way before the engine ran on them: held out from the rules tuned on ``fr-dev``
  (its first run is our estimate of real French news). ``fr-dev-all`` (:data:`UNIONS`) scores
  the 55 as one set.

One line per article::

    {"corpus": "frank-cnndm", "split": "dev", "id": "cnndm-…",
     "quotes": [{"start": 812, "end": 870, "speaker": "Rob Rees", "kind": "statement"}],
     "people": [{"name": "Rob Rees", "aliases": ["Rob Rees", "Trust chairman"]}]}

Offsets are ``str`` indices into the record's ``text`` after line endings are normalised to
``\\n`` (what ``brief`` reads), end exclusive, the quote marks outside the span. A quote with
``"speaker_skip": true`` has a speaker the annotator could not name (the scorer does not judge
it). The article texts stay in ``../shared`` (research-only or share-alike licences):
:func:`write_pairs` rebuilds the ``.txt`` + ``.json`` pairs that
``../shared/tools/score_briefs.py`` reads, in a folder the caller owns (a temporary one).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "quotes"


@dataclass(frozen=True)
class RealGold:
    """One gold file: its bench set name, path, language and the corpora it annotates; ``sample``
    is ``(seed, size)`` of the seeded sample it annotates (:func:`sample_ids`), or ``None`` when
    it covers every dev article of its corpora; ``after`` names the earlier sampled golds whose
    articles its sample's pool leaves out (a later, held-out extension of the same corpus)."""

    name: str
    path: Path
    lang: str
    corpora: tuple[str, ...]
    sample: tuple[int, int] | None = None
    after: tuple[str, ...] = ()


EN_DEV = RealGold("en-dev", GOLD_DIR / "en-real-dev" / "gold.jsonl", "en",
                  ("frank-cnndm", "frank-xsum"))
FR_DEV = RealGold("fr-dev", GOLD_DIR / "fr-real-dev" / "gold.jsonl", "fr",
                  ("orangesum",), sample=(11, 25))
FR_DEV2 = RealGold("fr-dev2", GOLD_DIR / "fr-real-dev" / "gold-dev2.jsonl", "fr",
                   ("orangesum",), sample=(12, 30), after=("fr-dev",))
QUOTE_MARKS = "«“\""
GOLDS = {g.name: g for g in (EN_DEV, FR_DEV, FR_DEV2)}
# bench sets that score several golds of one language as one set
UNIONS = {"fr-dev-all": ("fr-dev", "fr-dev2")}


def normalise(text: str) -> str:
    """The article text as ``brief`` reads it: line endings normalised to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_gold(gold: RealGold) -> list[dict[str, Any]]:
    """The gold records of ``gold``, one per annotated article."""
    return [json.loads(line) for line in gold.path.read_text(encoding="utf-8").splitlines()
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


def sample_ids(shared: Path, gold: RealGold) -> set[str]:
    """The ids a sampled gold annotates: ``random.Random(seed).sample`` of
    ``size`` among the dev articles (in file order) holding an opening quotation mark, less
    those of the golds it comes ``after``."""
    assert gold.sample is not None
    seed, size = gold.sample
    earlier = set().union(*(sample_ids(shared, GOLDS[name]) for name in gold.after))
    pool = [i for corpus in gold.corpora
            for i, text in corpus_texts(shared, corpus, "dev").items()
            if any(mark in text for mark in QUOTE_MARKS) and i not in earlier]
    return set(random.Random(seed).sample(pool, size))


def articles(shared: Path, gold: RealGold) -> list[tuple[dict[str, Any], str]]:
    """Each record of ``gold`` with its article text from ``shared``."""
    cache: dict[tuple[str, str], dict[str, str]] = {}
    out = []
    for record in read_gold(gold):
        key = (record["corpus"], record["split"])
        if key not in cache:
            cache[key] = corpus_texts(shared, *key)
        out.append((record, cache[key][record["id"]]))
    return out


def scorer_gold(record: dict[str, Any], text: str, lang: str) -> dict[str, Any]:
    """The scorer's gold object (as ``corpus/seed/*.json``) for one record and its text."""
    quotes = []
    for q in record["quotes"]:
        item = {"text": text[q["start"]:q["end"]], "speaker": q["speaker"], "kind": q["kind"]}
        if q.get("speaker_skip"):
            item["speaker_skip"] = True
        quotes.append(item)
    return {"id": record["id"], "lang": lang, "date": None, "quotes": quotes,
            "people": record.get("people", []), "key_sentences": []}


def write_pairs(shared: Path, out: Path, gold: RealGold) -> list[Path]:
    """Write ``ID.txt`` + ``ID.json`` for every article of ``gold`` into ``out``; the gold paths."""
    out.mkdir(parents=True, exist_ok=True)
    golds = []
    for record, text in articles(shared, gold):
        gpath = out / f"{record['id']}.json"
        gpath.with_suffix(".txt").write_text(text, encoding="utf-8", newline="\n")
        gpath.write_text(json.dumps(scorer_gold(record, text, gold.lang), ensure_ascii=False),
                         encoding="utf-8")
        golds.append(gpath)
    return sorted(golds)
