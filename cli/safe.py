"""Make article text harmless for a terminal: control, escape and bidi characters shown escaped.

Articles can contain ANSI/OSC escape sequences, carriage returns that overwrite a line, and bidi
overrides that reorder what the reader sees. None of them may reach a terminal raw: each becomes a
visible ``\\xNN`` / ``\\uNNNN`` escape. Newlines and tabs are kept where the format allows them.
"""

from __future__ import annotations

import re

# C0 controls but \t and \n, DEL, C1 controls, and the Unicode format characters that reorder or
# hide text (bidi embeddings/overrides/isolates and their deprecated cousins, marks, line and
# paragraph separators, BOM, interlinear annotations), and lone surrogates (which cannot be
# written to a UTF-8 stream at all).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u206f"
    "\ud800-\udfff\ufeff\ufff9-\ufffb]"
)

_LINE_BREAKS = re.compile(r"[\t\n]+")

def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could act on a terminal replaced by a visible escape."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Terminal-safe text folded onto one line (tabs and newlines become spaces)."""
    return terminal_safe(_LINE_BREAKS.sub(" ", text))


def json_safe(serialized: str) -> str:
    """Escape, inside already-serialized JSON, the characters json.dumps leaves raw but a terminal
    would act on (C1 controls, bidi and separator characters). The JSON value is unchanged."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", serialized)
