"""Paths and helpers shared by the tests (importable: ``pythonpath = tests`` in pytest)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "article-fr-xi-poutine.txt"
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"

RunCli = Callable[..., subprocess.CompletedProcess[bytes]]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user with no config and no colour preferences."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEWSBRIEF_") and k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    env["XDG_CONFIG_HOME"] = str(ROOT / "tests" / "data" / "no-config")
    env.update(extra)
    return env
