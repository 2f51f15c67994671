"""The JSON contract (schema newsbrief/1): keys, order, types, offsets; CLI == library."""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import SAMPLES, RunCli

import newsbrief

TOP = ["schema", "source", "language", "date", "title", "headings", "words", "reading_minutes",
       "keywords", "summary", "quotes", "speakers", "people", "voices"]
SUMMARY = {"text": str, "sentence": int, "start": int, "end": int, "score": float}
QUOTE = {"text": str, "start": int, "end": int, "speaker": (str, type(None)),
         "mention": (str, type(None)), "kind": str, "cue": (str, type(None)), "paragraph": int,
         "rule": (str, type(None))}
SPEAKER = {"name": str, "role": (str, type(None)), "aliases": list, "quotes": int}
PERSON = {"name": str, "role": (str, type(None))}
VOICE = {"speaker": str, "words": int, "share": float}


def _check(items: list[dict[str, Any]], spec: dict[str, Any]) -> None:
    for item in items:
        assert list(item) == list(spec)
        for key, kind in spec.items():
            assert isinstance(item[key], kind), (key, item[key])


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_schema(run_cli: RunCli, path: Any) -> None:
    p = run_cli(str(path), "-f", "json")
    assert p.returncode == 0
    brief = json.loads(p.stdout)
    assert list(brief) == TOP
    assert brief["schema"] == "newsbrief/1"
    assert isinstance(brief["language"], str) and len(brief["language"]) == 2
    assert brief["date"] is None or isinstance(brief["date"], str)
    assert all(isinstance(h, str) for h in brief["headings"])
    _check(brief["summary"], SUMMARY)
    _check(brief["quotes"], QUOTE)
    _check(brief["speakers"], SPEAKER)
    _check(brief["people"], PERSON)
    _check(brief["voices"], VOICE)
    text = path.read_text(encoding="utf-8")
    for item in brief["summary"] + brief["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert all(q["kind"] in ("statement", "fragment", "other") for q in brief["quotes"])
    # every attributed quote says which rule named its speaker, and only those do
    assert all((q["rule"] is None) == (q["speaker"] is None) for q in brief["quotes"])
    order = [s["sentence"] for s in brief["summary"]]
    assert order == sorted(order)


def test_cli_json_equals_library(run_cli: RunCli) -> None:
    path = SAMPLES / "en-harbour-strike.txt"
    cli = json.loads(run_cli(str(path), "-f", "json").stdout)
    lib = newsbrief.to_dict(newsbrief.analyze(path.read_text(encoding="utf-8"),
                                              source=str(path)))
    assert cli == json.loads(json.dumps(lib))


def test_output_is_byte_identical_across_runs(run_cli: RunCli) -> None:
    args = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    first = run_cli("-f", "jsonl", *args).stdout
    assert first == run_cli("-f", "jsonl", *args).stdout
