"""Golden briefs: the whole text and JSON brief of every sample, byte for byte.

A change in quotes, attribution or ranking shows up here as a diff to review. After reviewing,
regenerate with ``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES, RunCli

GOLDEN = ROOT / "tests" / "golden"
CASES = [(p, fmt) for p in sorted(SAMPLES.glob("*.txt")) for fmt in ("text", "json", "markdown")]
# Samples whose brief is about to change on purpose, so no golden is frozen yet.
PENDING: dict[str, str] = {}


@pytest.mark.parametrize(("sample", "fmt"), CASES, ids=lambda v: getattr(v, "name", v))
def test_golden(run_cli: RunCli, sample: Path, fmt: str) -> None:
    if sample.stem in PENDING:
        pytest.skip(PENDING[sample.stem])
    p = run_cli(str(sample.relative_to(ROOT)), "-f", fmt)
    assert p.returncode == 0, p.stderr
    expected = GOLDEN / f"{sample.stem}.{ {'text': 'txt', 'json': 'json', 'markdown': 'md'}[fmt] }"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_bytes(p.stdout)
    assert expected.exists(), f"no golden file {expected.name}: run with UPDATE_GOLDEN=1"
    assert p.stdout.decode() == expected.read_text(encoding="utf-8")
