"""Fixtures: run ``brief`` as a user would (a real subprocess), and find the shared corpora."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SEED, RunCli, clean_env


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` first (otherwise in file order): with workers in parallel, a slow
    test started last would leave one worker running alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def run_cli() -> RunCli:
    """Run ``python -m newsbrief ARGS`` with bytes on stdin; returns the completed process."""

    def run(*args: str, stdin: bytes | None = b"", env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "newsbrief", *args], input=stdin, capture_output=True,
            env=env or clean_env(), timeout=timeout, cwd=ROOT, check=False,
        )

    return run


@pytest.fixture
def seed_path() -> Path:
    """The client's seed article; skips when ../shared is not there."""
    if not SEED.exists():
        pytest.skip("../shared corpus not available")
    return SEED
