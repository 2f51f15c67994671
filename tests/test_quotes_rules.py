"""The rule registry: every id a quote can carry is listed once, in order, with a doc."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import DATA, ROOT, SAMPLES

from newsbrief.document.structure import parse_document
from newsbrief.quotes.extract import extract_quotes
from newsbrief.quotes.rules import all_rules, describe

# An id written out in the engine's code ("inner.verb-first", stamp(…, "incise.late")).
_LITERAL_ID = re.compile(r"\"((?:inner|incise|lead|fallback)\.[a-z-]+)\"")


def test_rule_ids_are_unique_and_each_has_a_doc() -> None:
    ids = [r.id for r in all_rules()]
    assert len(ids) == len(set(ids))
    assert all(r.doc.strip() for r in all_rules())


def test_rules_are_listed_in_the_order_the_engine_tries_them() -> None:
    stages = [r.id.split(".")[0] for r in all_rules()]
    assert stages == sorted(stages, key=["inner", "incise", "lead", "fallback"].index)


def test_every_id_written_in_the_engine_is_described() -> None:
    written = {m for path in (ROOT / "quotes").rglob("*.py")
               for m in _LITERAL_ID.findall(path.read_text(encoding="utf-8"))}
    assert written  # (the pattern still finds the ids)
    assert {i for i in written if describe(i) is None} == set()


def test_an_unknown_id_has_no_doc() -> None:
    assert describe("lead.no-such-rule") is None


def test_a_language_restricted_rule_says_which_languages() -> None:
    by_id = {r.id: r for r in all_rules()}
    assert by_id["lead.heisst-es"].languages == "de"
    assert by_id["incise.subject-first"].languages == "all but de"
    assert by_id["incise.verb-first"].languages == "all"


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_rule_a_sample_quote_carries_is_described(sample: Path) -> None:
    lang = sample.stem.split("-")[0]
    report = extract_quotes(parse_document(sample.read_text(encoding="utf-8"), lang))
    assert any(q.rule for q in report.quotes)
    assert all(describe(q.rule) for q in report.quotes if q.rule)


_OWN_ARTICLES = sorted((DATA / "quotes").glob("*/*.txt")) + sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("article", _OWN_ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_quote_has_a_rule_exactly_when_it_has_a_speaker(article: Path) -> None:
    # Issue 15: every attributed quote says which rule named its speaker, and a rule id never
    # stands beside a null speaker (the views would explain a speaker that is not there).
    lang = article.stem.split("-")[0]
    report = extract_quotes(parse_document(article.read_text(encoding="utf-8"), lang))
    assert [(q.text, q.speaker) for q in report.quotes if bool(q.rule) != bool(q.speaker)] == []
