"""``newsbrief.cli.safe``: nothing a terminal would act on survives, everything else is kept."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.cli.safe import json_safe, one_line, terminal_safe

# What must never reach a terminal raw: C0 but tab/newline, DEL, C1, bidi and separators.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                 "\u2066-\u2069\ud800-\udfff]")
HOSTILE = st.text(st.one_of(
    st.characters(codec=None),  # any code point, surrogates included
    st.sampled_from("\x1b\x9b\x9d\x07\x08\r\x00\x7f\x85\u202e\u2066\u2069\u200f\u2028\ufeff\t\n"),
))  # fmt: skip


def test_escape_sequences_become_visible() -> None:
    assert terminal_safe("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m"
    assert terminal_safe("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == (
        "\\x1b]8;;http://x\\x1b\\link\\x1b]8;;\\x1b\\")
    assert terminal_safe("10%\r100%") == "10%\\x0d100%"
    assert terminal_safe("\x9b2J \x85") == "\\x9b2J \\x85"
    assert terminal_safe("exe.\u202etxt \u2066x\u2069") == "exe.\\u202etxt \\u2066x\\u2069"
    assert terminal_safe("lone \ud800") == "lone \\ud800"


def test_text_and_markup_are_kept() -> None:
    text = "Jean a dit : « [bold]non[/] :fire: » — 你好\tمرحبا\n😀 e\u0301 ß"
    assert terminal_safe(text) == text
    assert one_line(text) == text.replace("\t", " ").replace("\n", " ")


def test_one_line_folds_runs_of_tabs_and_newlines() -> None:
    assert one_line("a\n\n\tb\r\nc") == "a b\\x0d c"


@given(HOSTILE)
def test_terminal_safe_leaves_nothing_raw(text: str) -> None:
    out = terminal_safe(text)
    assert RAW.search(out) is None
    out.encode("utf-8")  # lone surrogates are escaped, so it can be written
    assert terminal_safe(out) == out  # idempotent: escapes are plain ASCII
    assert out.count("\n") == text.count("\n") and out.count("\t") == text.count("\t")


@given(HOSTILE)
def test_one_line_is_one_line(text: str) -> None:
    out = one_line(text)
    assert "\n" not in out and "\t" not in out and RAW.search(out) is None


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | HOSTILE,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE, inner, max_size=4),
    max_leaves=12,
))  # fmt: skip
def test_json_safe_keeps_the_value_and_leaves_nothing_raw(value: object) -> None:
    for indent in (None, 2):
        out = json_safe(json.dumps(value, ensure_ascii=False, indent=indent))
        assert json.loads(out) == value
        assert RAW.search(out) is None
        out.encode("utf-8")
