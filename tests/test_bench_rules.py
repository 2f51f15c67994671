"""``bench_quotes.py --rules``: the per-rule table (quotes attributed, judged, share right)."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest
from helpers import ROOT


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # (it imports real_gold beside it)
    spec = importlib.util.spec_from_file_location("bench_quotes",
                                                  ROOT / "benchmarks" / "bench_quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_come_in_the_engines_order_with_unattributed_last(bench: ModuleType) -> None:
    tally = bench.RuleTally()
    tally.add(None, False)
    tally.add("fallback.previous-speaker", True)
    tally.add("lead.source-prep", True)
    tally.add("incise.verb-first", True)
    rows = [line[:34].strip() for line in tally.lines()[1:]]
    assert rows == ["incise.verb-first", "lead.source-prep", "fallback.previous-speaker",
                    "(no rule)"]


def test_share_right_is_over_the_quotes_the_gold_judges(bench: ModuleType) -> None:
    tally = bench.RuleTally()
    tally.add("incise.verb-first", True)
    tally.add("incise.verb-first", False, True)  # wrong speaker, but the mention is right
    tally.add("incise.verb-first")  # spurious: attributed, not judged
    tally.add("lead.front-subject")
    assert tally.lines()[1].split() == ["incise.verb-first", "3", "2", "0.500", "1.000"]
    assert tally.lines()[2].split() == ["lead.front-subject", "1", "0", "-", "-"]
