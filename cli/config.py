"""Defaults from the environment (``NEWSBRIEF_*``) and an optional TOML file.

Precedence: command-line option > environment variable > config file > built-in default.
The file is ``config.toml`` in the user config directory (``brief --version`` prints its path),
with keys ``format``, ``sentences``, ``color``, ``method``, ``lang``, ``jobs``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from newsbrief.cli.errors import BriefError, ExitCode

KEYS = {"format": str, "sentences": int, "color": str, "method": str, "lang": str, "jobs": int}


def config_path() -> Path:
    """Where the optional config file lives (XDG on Linux)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsbrief" / "config.toml"


def load_defaults() -> dict[str, Any]:
    """Defaults from the config file, then overridden by ``NEWSBRIEF_<KEY>`` variables."""
    values: dict[str, Any] = {}
    path = config_path()
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise BriefError(f"cannot read config file {path}: {exc}",
                             "fix it, or run with --no-config", ExitCode.USAGE) from None
        values.update({k: v for k, v in data.items() if k in KEYS})
    for key in KEYS:
        env = os.environ.get(f"NEWSBRIEF_{key.upper()}")
        if env:
            values[key] = env
    for key, value in list(values.items()):
        try:
            values[key] = KEYS[key](value)
        except (TypeError, ValueError):
            raise BriefError(f"bad value {value!r} for {key} (config or NEWSBRIEF_{key.upper()})",
                             f"give a {KEYS[key].__name__}", ExitCode.USAGE) from None
    return values
