"""newsbrief: who said what in a news article, and the sentences that matter.

The public API is :func:`analyze` (text in, :class:`Brief` out) and :func:`to_dict` (its JSON form).
Imports are lazy so that ``brief --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsbrief.brief import Brief, to_dict
    from newsbrief.pipeline import analyze

__all__ = ["Brief", "__version__", "analyze", "to_dict"]
__version__ = "0.1.0"  # kept equal to pyproject.toml's version by tests/test_cli_process.py


def __getattr__(name: str) -> Any:
    if name == "analyze":
        from newsbrief.pipeline import analyze

        return analyze
    if name in ("Brief", "to_dict"):
        from newsbrief import brief

        return getattr(brief, name)
    raise AttributeError(name)
