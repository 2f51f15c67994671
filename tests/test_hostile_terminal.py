"""Output cannot attack the terminal that shows it: in every format that can reach a terminal,
escape sequences, C1 controls, ``\\r`` overwrites and bidi controls from the article are shown
escaped, and Rich markup and emoji codes are shown literally (issue 6)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import SAMPLES, RunCli, clean_env, run_on_pty

# What must never reach a terminal raw (decoded output): C0 but \t and \n, DEL, C1, bidi.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                 "\u2066-\u2069]")
SGR = re.compile("\x1b\\[[0-9;]*m")  # Rich's own colours and styles

ARTICLE = (
    "Harbour \x1b[1mstrike\x1b[0m ends \u202eafter\u202c three days\n\n"
    "Dock workers at Port Alder returned to work on Friday after a deal on pay, ending a strike "
    "\x1b]8;;http://evil.example/\x1b\\click here\x1b]8;;\x1b\\ that had left forty ships "
    "offshore.\n\n"
    '"This is a [bold]fair[/] deal :fire:, and our members will vote \x1b[2J on it next week," '
    "said Maria Okafor, the president of the union.\n\n"
    "Progress was 10%\r100% OVERWRITTEN, the port authority's chief executive, Daniel Reeve, "
    'said. "Nobody wins when the cranes \u2066stop\u2069 \x9b31m," he told reporters.\n\n'
    "The file invoice\u202egpj.exe was \x07 sent \x08 with a \x00 nul, a \x7f del and a \x85 "
    "next line, according to the chamber [link=http://x]of commerce[/link] :thumbs_up:.\n\n"
    "\x1b]0;pwned title\x07The union's members will vote on the agreement on Tuesday.\n"
)
VISIBLE = ["\\x1b[2J", "\\u2066stop\\u2069", "\\x9b31m"]  # in the quote: shown escaped


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile article, as a UTF-8 file."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


def assert_harmless(out: str) -> None:
    """No character a terminal would act on, once Rich's own SGR codes are set aside."""
    bad = RAW.search(SGR.sub("", out))
    assert bad is None, (repr(bad.group()) if bad else "", out)
    assert "🔥" not in out and "👍" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "tsv", "json", "jsonl", "rich"])
def test_formats_in_a_pipe(run_cli: RunCli, article: Path, fmt: str) -> None:
    p = run_cli(str(article), "-f", fmt)
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode("utf-8")
    assert_harmless(out)
    if fmt in ("json", "jsonl"):
        brief = json.loads(out.splitlines()[0] if fmt == "jsonl" else out)
        quotes = [q["text"] for q in brief["quotes"]]
        assert any("[bold]fair[/] deal :fire:" in q and "\x1b[2J" in q for q in quotes), quotes
        assert run_cli(str(article), "-f", fmt).stdout == p.stdout  # same bytes twice
        return
    for shown in VISIBLE:
        if fmt == "markdown":  # and markdown escapes its own syntax
            shown = re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", shown)
        assert shown in out, (shown, out)
    if fmt == "markdown":
        assert "\\[bold\\]fair\\[/\\] deal :fire:" in out
    else:
        assert "[bold]fair[/] deal :fire:" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich"])
def test_annotate_shows_the_whole_article_escaped(run_cli: RunCli, article: Path,
                                                  fmt: str) -> None:
    p = run_cli(str(article), "--annotate", "-f", fmt)
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode("utf-8")
    assert_harmless(out)
    for shown in ["\\x1b[1mstrike\\x1b[0m", "\\u202eafter\\u202c", "\\x1b]8;;http://evil",
                  "\\x07", "\\x08", "\\x00", "\\x7f", "\\x85",
                  "\\x1b]0;pwned title\\x07", "[link=http://x]of commerce[/link] :thumbs_up:"]:
        assert shown in re.sub(r"\s+", " ", out), (shown, out)  # Rich wraps lines
    assert "10%\n100% OVERWRITTEN" in out  # a lone \r is a line break, as on old Macs


def read_pty(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``python -m newsbrief ARGV`` on a pseudo-terminal; its exit code and output."""
    code, out = run_on_pty(argv, env)
    # the terminal driver turns each \n into \r\n: undo it, so that any \r left is the article's
    return code, out.decode().replace("\r\n", "\n")


@pytest.mark.parametrize("extra", [[], ["--annotate"]])
def test_rich_on_a_terminal(article: Path, extra: list[str]) -> None:
    code, out = read_pty([str(article), *extra], clean_env(COLUMNS="100", TERM="xterm-256color"))
    assert code == 0, out
    assert SGR.search(out), "expected colours on a terminal"
    assert_harmless(out)
    assert "[bold]fair[/] deal :fire:" in out or "[bold]fair[/]" in out.replace("\n", " ")
    assert "\\x1b[2J" in out


def test_rich_batch_file_names_are_escaped(tmp_path: Path) -> None:
    evil = tmp_path / "a\x1b]0;pwned\x07\x1b[2J.txt"
    evil.write_bytes((SAMPLES / "en-harbour-strike.txt").read_bytes())
    code, out = read_pty([str(SAMPLES / "en-harbour-strike.txt"), str(evil)],
                         clean_env(COLUMNS="100", TERM="xterm-256color"))
    assert code == 0, out
    assert_harmless(out)


def test_errors_on_stderr_are_escaped(run_cli: RunCli, tmp_path: Path) -> None:
    evil = tmp_path / "\u202etxt.exe\x1b[2J"
    evil.write_bytes(b"")
    p = run_cli(str(evil), str(tmp_path / "\x9bmissing\r.txt"))
    err = p.stderr.decode()
    assert p.returncode == 1 and err.count("\n") == 3
    assert RAW.search(err) is None, err
    assert "\\u202etxt.exe\\x1b[2J" in err and "\\x9bmissing\\x0d.txt" in err


def test_html_errors_on_stderr_are_escaped(run_cli: RunCli, tmp_path: Path) -> None:
    page = tmp_path / "e\x1b[2Jx.html"
    page.write_text("<!DOCTYPE html><html><body> </body></html>")
    p = run_cli(str(page))
    assert p.returncode == 65 and b"\x1b" not in p.stderr, p.stderr
