"""The command line in-process (Typer's runner): options reach the analysis, errors map to codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import SAMPLES
from typer.testing import CliRunner

from newsbrief.cli.app import app
from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.output import execute

EN = SAMPLES / "en-harbour-strike.txt"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for var in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    return CliRunner()


def test_json_in_process(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(EN), "-f", "json", "-n", "2"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["language"] == "en" and len(brief["summary"]) == 2


def test_stdin_in_process(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-", "-f", "jsonl", "--lang", "en"], input=EN.read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_method_lead_takes_the_first_sentences(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(EN), "-f", "json", "--method", "lead", "-n", "2"])
    assert [s["sentence"] for s in json.loads(result.stdout)["summary"]] == [1, 2]


def test_missing_file_raises_a_brief_error_with_its_code(runner: CliRunner) -> None:
    result = runner.invoke(app, ["/nonexistent/article.txt"])
    assert result.exit_code == ExitCode.NO_INPUT
    assert "no such file" in result.stderr


def test_bad_option_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(app, [str(EN), "--ratio", "3"]).exit_code == ExitCode.USAGE


def test_brief_error_pickles_for_worker_processes() -> None:
    import pickle

    err = BriefError("x: no such file", "check the path", ExitCode.NO_INPUT)
    back = pickle.loads(pickle.dumps(err))
    assert back.line() == err.line() and back.code == ExitCode.NO_INPUT


def test_execute_rejects_unknown_encoding(tmp_path: Path) -> None:
    from newsbrief.cli.output import Request

    request = Request(files=[str(EN)], fmt="json", sentences=None, ratio=None, words=None,
                      method=None, lang=None, encoding="no-such-codec", quotes_only=False,
                      summary_only=False, annotate=False, speaker=None, kind=None,
                      records="article", input_format="text", glob="*.txt", jobs=1,
                      max_bytes=10**6, color=None)
    assert execute(request) == ExitCode.USAGE
