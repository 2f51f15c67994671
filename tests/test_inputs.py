"""``newsbrief.cli.inputs``: decoding any bytes, reading any path, splitting JSON Lines."""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.inputs import (
    decode,
    display_name,
    expand,
    jsonl_records,
    read_bytes,
    read_stdin,
    shown,
)

FR = ("Le ministre a déclaré : « Nous ferons mieux », selon l’AFP. L’œuvre du cœur, "
      "naïve et où l’on s’arrête. Élise Martin a répliqué.\n") * 3
# Text as articles have it: any character but control codes (which make bytes look binary).
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]) | st.sampled_from("\t\r\n"),
               max_size=400)


def refused(data: bytes, *words: str, code: int = ExitCode.DATA) -> BriefError:
    """The BriefError that decoding ``data`` raises."""
    with pytest.raises(BriefError) as info:
        decode(data, "in.txt")
    assert info.value.code == code and "\n" not in info.value.line()
    for word in words:
        assert word in info.value.line()
    return info.value


# --- decoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                   "utf-32", "utf-32-le", "utf-32-be", "cp1252"])
def test_french_in_each_encoding(codec: str) -> None:
    assert decode(FR.encode(codec), "fr.txt") == FR


def test_latin_1_french() -> None:
    text = FR.replace("œ", "oe").replace("’", "'")
    assert decode(text.encode("latin-1"), "fr.txt") == text


@pytest.mark.parametrize("text", [
    "中文新闻报道。他说：“我们会做得更好。”记者说。",
    "Министр сказал: «Мы сделаем лучше». Это новости дня.",
    "Ο υπουργός είπε: «Θα κάνουμε καλύτερα». Ειδήσεις της ημέρας.",
])  # fmt: skip
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_or_zero_bytes(text: str, codec: str) -> None:
    assert decode(text.encode(codec), "x.txt") == text


def test_invalid_utf8_in_the_middle_is_one_replacement_not_mojibake() -> None:
    raw = FR.encode()
    text = decode(raw[:40] + b"\xff" + raw[40:], "x.txt")
    assert text.replace("\ufffd", "", 1) == FR


def test_line_endings_are_normalised() -> None:
    assert decode(b"a\r\nb\rc\nd\r\r\ne", "x") == "a\nb\nc\nd\n\ne"


def test_nul_bytes_inside_text_are_kept() -> None:
    text = FR.replace("déclaré", "décl\x00aré").replace("AFP", "A\x00F\x00P")
    assert decode(text.encode(), "x") == text


@pytest.mark.parametrize("data, word", [
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
    (b"\x1f\x8b\x08\x00" + bytes(100), "gzip"),
    (b"PK\x03\x04" + bytes(100), "ZIP"),
    (b"%PDF-1.7\n", "PDF"),
    (random.Random(1).randbytes(4096), "binary"),
    (b"\x00" * 1000, "binary"),
])  # fmt: skip
def test_binary_is_refused(data: bytes, word: str) -> None:
    refused(data, word, "in.txt")


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\r"])
def test_no_text_is_refused(data: bytes) -> None:
    refused(data, "no text")


def test_encoding_option() -> None:
    assert decode("é".encode("cp850"), "x", "cp850") == "é"
    with pytest.raises(BriefError) as info:
        decode(b"abc", "x", "no-such-codec")
    assert info.value.code == ExitCode.USAGE
    for codec in ("idna", "undefined"):
        with pytest.raises(BriefError) as info:
            decode(b"\xff abc", "x", codec)
        assert info.value.code == ExitCode.DATA and "--encoding" in info.value.remedy


def test_messages_name_inputs_safely() -> None:
    with pytest.raises(BriefError) as info:
        decode(b"", "\x1b]0;pwned\x07")
    assert "\x1b" not in info.value.line() and "\\x1b]0;pwned\\x07" in info.value.line()
    assert shown("-") == "standard input"
    assert display_name("caf\udce9.txt") == "caf\ufffd.txt"
    assert display_name("lone\ud800") == "lone\ufffd"


@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_else(data: bytes) -> None:
    try:
        text = decode(data, "x")
    except BriefError as exc:
        assert exc.code == ExitCode.DATA and "\n" not in exc.line()
        return
    assert "\r" not in text and text.strip()
    text.encode("utf-8")  # no lone surrogate
    assert decode(data, "x") == text


@given(TEXT)
def test_utf8_text_round_trips(text: str) -> None:
    if not text.strip():
        return
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert decode(text.encode("utf-8"), "x") == expected
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "x") == expected
    assert decode(text.encode("utf-16"), "x") == expected


@given(st.text(st.characters(codec="cp1252"), max_size=300), st.sampled_from(["cp1252", "latin-1"]))
def test_western_bytes_always_decode(text: str, codec: str) -> None:
    try:
        out = decode(text.encode(codec, errors="replace"), "x")
    except BriefError:
        return
    assert "\r" not in out


# --- reading ------------------------------------------------------------------------------------


def test_read_bytes_errors(tmp_path: Path) -> None:
    with pytest.raises(BriefError) as info:
        read_bytes(tmp_path / "nope.txt", "nope.txt", 100)
    assert info.value.code == ExitCode.NO_INPUT and "no such file" in info.value.message
    with pytest.raises(BriefError) as info:
        read_bytes(tmp_path, str(tmp_path), 100)
    assert info.value.code == ExitCode.NO_INPUT and "--glob" in info.value.remedy
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(BriefError) as info:
        read_bytes(big, "big.txt", 100)
    assert info.value.code == ExitCode.DATA and "--max-bytes" in info.value.line()
    assert read_bytes(big, "big.txt", 101) == b"x" * 101


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("text")

    def deny(*_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(BriefError) as info:
        read_bytes(secret, "secret.txt", 100)
    assert info.value.code == ExitCode.NO_INPUT and "permission" in info.value.line()


def test_unbounded_special_file_stops_at_max_bytes() -> None:
    with pytest.raises(BriefError) as info:
        read_bytes(Path("/dev/zero"), "/dev/zero", 1000)
    assert "--max-bytes" in info.value.line()


def test_read_stdin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    assert read_stdin(50) == b"x" * 50
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    with pytest.raises(BriefError) as info:
        read_stdin(49)
    assert "--max-bytes" in info.value.line() and "standard input" in info.value.line()

    class DirectoryOnStdin(io.RawIOBase):  # brief - < some/directory: read() fails with EISDIR
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise IsADirectoryError(21, "Is a directory")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(DirectoryOnStdin())))
    with pytest.raises(BriefError) as info:
        read_stdin(49)
    assert info.value.code == ExitCode.NO_INPUT and "directory" in info.value.message
    monkeypatch.setattr(sys, "stdin", None)  # what Python sets when fd 0 was closed
    with pytest.raises(BriefError) as info:
        read_stdin(49)
    assert info.value.code == ExitCode.NO_INPUT and "closed" in info.value.message


def test_expand(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("a")
    (tmp_path / "notes.md").write_text("m")
    os.mkfifo(tmp_path / "fifo.txt")
    names = [s.name for s in expand([str(tmp_path), "-"], "*.txt")]
    assert names == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt"), "-"]
    [empty] = expand([str(tmp_path / "sub")], "*.md")
    assert empty.error is not None and "*.md" in empty.error.message
    [slash] = expand([str(tmp_path / "b.txt") + "/"], "*.txt")  # cat b.txt/: not a directory
    assert slash.error is not None and "not a directory" in slash.error.message
    [missing] = expand([str(tmp_path / "nope.txt") + "/"], "*.txt")
    assert missing.error is None  # read_bytes says: no such file


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_hostile_lines() -> None:
    lines = [
        "\ufeff" + json.dumps({"id": 1, "text": "one\r\ntwo"}),
        json.dumps({"text": "sep\u2028still one record \u0085 ok"}, ensure_ascii=False),
        json.dumps({"id": "x\ud800", "text": "lone \ud800 surrogate"}),
        json.dumps({"text": None}), json.dumps({"text": 5}), json.dumps(["text"]), '"text"',
        "[" * 50_000, "{not json", json.dumps({"id": None, "txt": "x"}), "", "   ",
    ]
    sources = list(jsonl_records("\n".join(lines).encode("utf-8"), "c.jsonl"))
    good = [s for s in sources if s.error is None]
    assert [s.text for s in good] == ["one\ntwo", "sep\u2028still one record \u0085 ok",
                                      "lone \ufffd surrogate"]
    assert [s.name for s in good] == ["c.jsonl:1", "c.jsonl:2", "c.jsonl:x\ufffd"]
    bad = [s for s in sources if s.error is not None]
    assert [s.name for s in bad] == [f"c.jsonl:{n}" for n in range(4, 11)]


@given(st.binary(max_size=500))
def test_jsonl_never_raises(data: bytes) -> None:
    for source in jsonl_records(data, "c.jsonl"):
        assert (source.text is None) != (source.error is None)
        if source.text is not None:
            source.text.encode("utf-8")
            source.name.encode("utf-8")
