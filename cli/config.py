"""The optional config file: ``config.toml`` in the user config directory (``brief --version``
prints its path). Its keys and their valid values are those of ``NEWSBRIEF_*`` variables, defined
once in :mod:`newsbrief.cli.settings`, which also checks them.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from newsbrief.cli.errors import BriefError, ExitCode

MAX_CONFIG_BYTES = 1 << 20  # a settings file, not a data set


def config_path() -> Path:
    """Where the optional config file lives (XDG on Linux)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsbrief" / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    """The table in ``path`` (empty when there is no file); a usage error when it cannot be
    read as TOML."""
    try:
        if not path.is_file():  # raises too when a folder above cannot be searched
            return {}
        with path.open("rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
        if len(data) > MAX_CONFIG_BYTES:
            raise ValueError(f"larger than {MAX_CONFIG_BYTES:,} bytes")
        return tomllib.loads(data.decode("utf-8"))
    except RecursionError:  # tomllib parses nested arrays recursively
        problem = "values nested too deeply"
    except (OSError, ValueError) as exc:  # UnicodeDecodeError and TOMLDecodeError included
        problem = str(exc)
    raise BriefError(f"cannot read config file {path}: {problem}",
                     "fix it, or run with --no-config", ExitCode.USAGE)
