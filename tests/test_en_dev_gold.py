"""Our English dev gold (offsets into ../shared CNN/DailyMail and BBC articles) stays usable:
the file is well formed, and with ../shared present every span is a quotation-marked span."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from helpers import ROOT, SHARED

MARKS = "\"“”‘’'"
KINDS = {"statement", "fragment", "other"}


def _real_gold() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_gold", ROOT / "benchmarks" / "real_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_en_dev_gold_is_offsets_and_labels_only() -> None:
    rg = _real_gold()
    records = rg.read_gold()
    assert len({(r["corpus"], r["id"]) for r in records}) == len(records)
    assert {r["corpus"] for r in records} == {"frank-cnndm", "frank-xsum"}
    for r in records:
        assert r["split"] == "dev"  # the test splits are the judges' held-out gold
        assert set(r) == {"corpus", "split", "id", "quotes", "people"}
        for q in r["quotes"]:
            assert set(q) <= {"start", "end", "speaker", "kind", "speaker_skip"}
            assert 0 <= q["start"] < q["end"] and q["kind"] in KINDS
            assert q["speaker"] is None or isinstance(q["speaker"], str)
        for p in r["people"]:
            assert p["name"] in p["aliases"]


@pytest.mark.corpus
def test_every_en_dev_span_lies_between_quote_marks() -> None:
    if not (SHARED / "corpus" / "summaries" / "frank-cnndm").exists():
        pytest.skip("../shared corpus not available")
    bad = []
    for record, text in _real_gold().articles(SHARED):
        for q in record["quotes"]:
            before = text[:q["start"]].rstrip()
            after = text[q["end"]:].lstrip()
            inner = text[q["start"]:q["end"]]
            # opens right after a mark (a BBC mark may stand alone a paragraph above); ends on a
            # closing mark, where a re-opened paragraph of the same speech begins, or at a
            # sentence end where a caption glued in by the page swallowed the closing mark
            closed = (bool(after) and after[0] in MARKS) or inner[-1] in ".!?"
            if not before or before[-1] not in MARKS or not closed or inner != inner.strip():
                bad.append((record["id"], q["start"], inner[:40]))
    assert bad == []


@pytest.mark.corpus
def test_en_dev_pairs_rebuild_for_the_scorer(tmp_path: Path) -> None:
    if not (SHARED / "corpus" / "summaries" / "frank-cnndm").exists():
        pytest.skip("../shared corpus not available")
    rg = _real_gold()
    golds = rg.write_pairs(SHARED, tmp_path)
    assert len(golds) == len(rg.read_gold())
    assert all(g.with_suffix(".txt").exists() for g in golds)


@pytest.mark.corpus
def test_en_dev_gold_covers_every_dev_article() -> None:
    """Every dev article is gold, those without a quotation mark too (gold with no quote), so a
    quote found in a quote-free article counts as spurious."""
    if not (SHARED / "corpus" / "summaries" / "frank-cnndm").exists():
        pytest.skip("../shared corpus not available")
    rg = _real_gold()
    gold = {(r["corpus"], r["id"]) for r in rg.read_gold()}
    for corpus in ("frank-cnndm", "frank-xsum"):
        ids = set(rg.corpus_texts(SHARED, corpus, "dev"))
        assert {(corpus, i) for i in ids} <= gold
