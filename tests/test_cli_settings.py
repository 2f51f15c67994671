"""Settings (issues 17 and 18): one vocabulary for options, NEWSBRIEF_* variables and config.toml;
a bad value anywhere is one usage line naming the setting and its valid values; languages are
normalised; conflicting options are refused; numbers are bounded."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from helpers import SAMPLES, RunCli, clean_env
from test_hostile_cli import assert_error

from newsbrief.cli.settings import JOBS_PER_CORE, plan_workers
from newsbrief.vocabulary import LANGUAGES, language_code

EN = SAMPLES / "en-harbour-strike.txt"


def _config(tmp_path: Path, text: str) -> dict[str, str]:
    folder = tmp_path / "newsbrief"
    folder.mkdir(exist_ok=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")
    return clean_env(XDG_CONFIG_HOME=str(tmp_path))


@pytest.mark.parametrize("given", ["FR", "fr-FR", "fr_CA", "french", "Français", "fra"])
def test_lang_is_normalised(run_cli: RunCli, given: str) -> None:
    p = run_cli("--lang", given, "-f", "json", str(EN))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["language"] == "fr"


def test_unsupported_lang_is_a_usage_error_listing_the_languages(run_cli: RunCli) -> None:
    err = assert_error(run_cli("--lang", "xx", str(EN)), 2, "--lang", "'xx'")
    for code in LANGUAGES:
        assert f"{code} (" in err
    assert run_cli("--help").stdout.count(b"(English)") == 1


def test_language_names_map_to_codes() -> None:
    assert [language_code(v) for v in ("EN", "en-GB", "Deutsch", "espanol", "xx", "??")] == [
        "en", "en", "de", "es", "xx", None]


@pytest.mark.parametrize("variable, value, words", [
    ("NEWSBRIEF_METHOD", "bogus", ["NEWSBRIEF_METHOD", "lexrank"]),
    ("NEWSBRIEF_FORMAT", "yaml", ["NEWSBRIEF_FORMAT", "jsonl"]),
    ("NEWSBRIEF_COLOR", "purple", ["NEWSBRIEF_COLOR", "never"]),
    ("NEWSBRIEF_JOBS", "-3", ["NEWSBRIEF_JOBS", "whole number"]),
    ("NEWSBRIEF_JOBS", "99999999999999999999999999", ["NEWSBRIEF_JOBS", "1024"]),
    ("NEWSBRIEF_SENTENCES", "abc", ["NEWSBRIEF_SENTENCES", "a whole number"]),
    ("NEWSBRIEF_SENTENCES", "-1", ["NEWSBRIEF_SENTENCES", "from 1"]),
    ("NEWSBRIEF_LANG", "klingon", ["NEWSBRIEF_LANG", "en (English)"]),
])  # fmt: skip
def test_bad_variable_is_a_usage_error(run_cli: RunCli, variable: str, value: str,
                                       words: list[str]) -> None:
    p = run_cli(str(EN), env=clean_env(**{variable: value}))
    err = assert_error(p, 2, *words)
    assert "give a int" not in err and p.stdout == b""


@pytest.mark.parametrize("line, words", [
    ("jobs = inf", ["jobs in", "whole number"]),
    ("jobs = 1e400", ["jobs in", "whole number"]),
    ("sentences = inf", ["sentences in"]),
    ("sentences = 0", ["sentences in", "from 1"]),
    ('format = "xml"', ["format in", "markdown"]),
    ("format = 5", ["format in", "markdown"]),
    ('lang = ["fr"]', ["lang in", "fr (French)"]),
    ("x = " + "[" * 100_000 + "]" * 100_000, ["nested too deeply", "--no-config"]),
])  # fmt: skip
def test_bad_config_value_is_a_usage_error(run_cli: RunCli, tmp_path: Path, line: str,
                                           words: list[str]) -> None:
    assert_error(run_cli(str(EN), env=_config(tmp_path, line + "\n")), 2, *words)


def test_config_folder_that_cannot_be_searched_is_a_usage_error(tmp_path: Path) -> None:
    import os
    import sys

    from helpers import ROOT
    from test_hostile_cli import _AS_NOBODY

    env = _config(tmp_path, "sentences = 1\n")
    (tmp_path / "newsbrief").chmod(0o600)  # no search (x) right: the file cannot be looked at
    os.chmod(tmp_path, 0o755)
    command = [sys.executable, "-m", "newsbrief"] if os.geteuid() != 0 else [
        sys.executable, "-c", _AS_NOBODY.replace('"--no-config", ', "")]
    try:
        p = subprocess.run([*command, str(EN)], capture_output=True, env=env, cwd=ROOT,
                           timeout=120, check=False)
    finally:
        (tmp_path / "newsbrief").chmod(0o700)
    assert_error(p, 2, "config", "--no-config")


def test_config_values_are_read_like_options(run_cli: RunCli, tmp_path: Path) -> None:
    p = run_cli(str(EN), env=_config(tmp_path, 'format = "JSON"\nlang = "Français"\n'))
    assert p.returncode == 0 and json.loads(p.stdout)["language"] == "fr"


def test_unknown_config_key_is_a_warning(run_cli: RunCli, tmp_path: Path) -> None:
    p = run_cli(str(EN), env=_config(tmp_path, 'fromat = "json"\nsentences = 1\n'))
    assert p.returncode == 0
    err = p.stderr.decode()
    assert err.count("\n") == 1 and "unknown setting 'fromat'" in err and "format" in err
    assert p.stdout.startswith(b"Dock workers")


@pytest.mark.parametrize("args, words", [
    (["--quotes-only", "--summary-only"], ["--quotes-only and --summary-only"]),
    (["-n", "2", "--ratio", "0.5"], ["--sentences and --ratio"]),
    (["--words", "50", "--ratio", "0.5"], ["--ratio and --words"]),
    (["--summary-only", "--speaker", "Reeve"], ["--summary-only and --speaker"]),
    (["--annotate", "--quotes-only"], ["--annotate and --quotes-only"]),
    (["--records", "quotes"], ["-f jsonl"]),
    (["--output", "out"], ["--dask"]),
    (["--partition-size", "5"], ["--dask"]),
])  # fmt: skip
def test_conflicting_options_exit_2(run_cli: RunCli, args: list[str], words: list[str]) -> None:
    p = run_cli(*args, str(EN))
    assert_error(p, 2, *words)
    assert p.stdout == b""


def test_summary_length_option_replaces_the_configured_sentences(run_cli: RunCli,
                                                                 tmp_path: Path) -> None:
    env = _config(tmp_path, "sentences = 1\n")
    p = run_cli("-f", "json", "--ratio", "1", str(EN), env=env)
    assert p.returncode == 0 and len(json.loads(p.stdout)["summary"]) > 1


@pytest.mark.parametrize("args, words", [
    (["--ratio", "nan"], ["--ratio", "from 0 to 1"]),
    (["--ratio", "1.5"], ["--ratio"]),
    (["--max-bytes", "99999999999999999999"], ["--max-bytes", "1 GiB"]),
    (["--glob", "/abs", str(SAMPLES)], ["--glob", "relative"]),
    (["-n", "abc"], ["--sentences", "a whole number"]),
    (["-f", "xml"], ["--format", "tsv"]),
    (["--encoding", "rot13"], ["--encoding", "codec"]),
])  # fmt: skip
def test_bad_option_values_are_one_usage_line(run_cli: RunCli, args: list[str],
                                              words: list[str]) -> None:
    assert_error(run_cli(*args, str(EN)), 2, *words)


def test_bad_encoding_is_refused_once_for_a_batch(run_cli: RunCli) -> None:
    assert_error(run_cli("--encoding", "bogus", str(EN), str(EN)), 2, "--encoding", "cp1252")


def test_click_usage_errors_are_one_line_and_escape_bidi(run_cli: RunCli) -> None:
    err = assert_error(run_cli("--\u202ebogus", str(EN)), 2, "No such option", "--help")
    assert "\u202e" not in err and "\\u202e" in err
    assert_error(run_cli("--sentences"), 2, "--sentences")


def test_workers_never_outnumber_inputs_or_the_cores(capsys: pytest.CaptureFixture[str]) -> None:
    _, workers = plan_workers(["a", "b"], 64, cores=2)
    assert workers == 2 and capsys.readouterr().err == ""
    sources, workers = plan_workers(iter(range(100)), 64, cores=2)
    assert workers == 2 * JOBS_PER_CORE and list(sources) == list(range(100))
    assert "ceiling" in capsys.readouterr().err
    assert plan_workers(["a"], 0, cores=8)[1] == 1
    assert plan_workers(range(50), 0, cores=3)[1] == 3


def test_huge_jobs_does_not_fork_a_worker_per_number(run_cli: RunCli) -> None:
    p = run_cli("-j", "1024", "-f", "jsonl", str(EN))
    assert p.returncode == 0 and len(p.stdout.splitlines()) == 1
    assert_error(run_cli("-j", "1025", str(EN)), 2, "--jobs", "1024")


def test_analyze_refuses_bytes_with_a_type_error() -> None:
    import newsbrief

    with pytest.raises(TypeError, match="str"):
        newsbrief.analyze(b"Le maire a dit.")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ratio"):
        newsbrief.analyze("Le maire a dit.", ratio=float("nan"))
    assert newsbrief.analyze("The mayor said it was fine.", lang="EN").language == "en"


def test_help_lists_choices_of_each_enumeration() -> None:
    import sys

    from helpers import ROOT

    p = subprocess.run([sys.executable, "-m", "newsbrief", "--help"], capture_output=True,
                       env=clean_env(COLUMNS="200"), cwd=ROOT, check=False)
    out = p.stdout.decode()
    for choices in ("[default|lead|lexrank|textrank]", "[statement|fragment|other]",
                    "[auto|always|never]", "[auto|rich|text|markdown|json|jsonl|tsv]"):
        assert choices in out, choices


def test_help_lists_languages_without_loading_the_word_tables() -> None:
    import sys

    from helpers import ROOT

    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsbrief", "--help"],
                       capture_output=True, env=clean_env(), cwd=ROOT, check=False)
    imported = {line.split("|")[-1].strip() for line in p.stderr.decode().splitlines()}
    assert p.returncode == 0 and "newsbrief.vocabulary" in imported
    assert "newsbrief.quotes.lexicon" not in imported
