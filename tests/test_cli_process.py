"""``brief`` through a real subprocess: inputs, formats, pipes, exit codes, environment."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, SAMPLES, RunCli, clean_env, run_on_pty, wait_until_reading_stdin

FR = SAMPLES / "fr-conseil-municipal.txt"
EN = SAMPLES / "en-harbour-strike.txt"


def test_file_to_text_in_a_pipe_has_no_ansi(run_cli: RunCli) -> None:
    p = run_cli(str(FR))
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode()
    assert "\x1b" not in out
    assert out.startswith("Le conseil municipal de Valbrune")
    assert "Summary" in out and "Quotes" in out
    assert p.stderr == b""


def test_stdin_dash_and_implicit_stdin_give_the_same_brief(run_cli: RunCli) -> None:
    data = FR.read_bytes()
    dash = run_cli("-", "-f", "json", stdin=data)
    implicit = run_cli("-f", "json", stdin=data)
    assert dash.returncode == implicit.returncode == 0
    assert json.loads(dash.stdout)["quotes"] == json.loads(implicit.stdout)["quotes"]
    assert json.loads(dash.stdout)["source"] == "-"


def test_json_of_a_file(run_cli: RunCli) -> None:
    brief = json.loads(run_cli(str(FR), "--format", "json").stdout)
    assert brief["schema"] == "newsbrief/1"
    assert brief["language"] == "fr"
    assert brief["date"] == "2026-03-12"
    assert brief["title"].startswith("Le conseil municipal")
    assert brief["headings"] == ["L’opposition dénonce un budget en trompe-l’œil"]
    text = FR.read_text(encoding="utf-8")
    for q in brief["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_jsonl_keeps_input_order_and_jobs_do_not_change_bytes(run_cli: RunCli) -> None:
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] * 3
    one = run_cli("-f", "jsonl", "--jobs", "1", *files)
    two = run_cli("-f", "jsonl", "--jobs", "2", *files)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    sources = [json.loads(line)["source"] for line in one.stdout.decode().splitlines()]
    assert sources == files
    assert one.stderr == two.stderr == b""  # success says nothing on a captured stderr


def test_directory_is_searched_with_glob(run_cli: RunCli) -> None:
    p = run_cli("-f", "jsonl", "--glob", "en-*.txt", str(SAMPLES))
    lines = p.stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["language"] == "en"


def test_jsonl_input_format(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    records = [{"id": "a", "text": EN.read_text()}, {"id": "b", "text": FR.read_text()}]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\nnot json\n")
    p = run_cli("--input-format", "jsonl", "-f", "jsonl", str(corpus))
    out = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [b["source"] for b in out] == [f"{corpus}:a", f"{corpus}:b"]
    assert p.returncode == 1 and b"not a JSON object" in p.stderr


def test_records_quotes_and_tsv(run_cli: RunCli) -> None:
    rec = run_cli(str(EN), "-f", "jsonl", "--records", "quotes").stdout.decode().splitlines()
    quotes = [json.loads(line) for line in rec]
    assert quotes and all(q["source"] == str(EN) for q in quotes)
    assert list(quotes[0]) == ["source", "language", "text", "start", "end", "speaker",
                               "mention", "kind", "cue", "paragraph", "rule"]
    tsv = run_cli(str(EN), "-f", "tsv").stdout.decode().splitlines()
    assert len(tsv) == len(quotes)
    assert all(line.split("\t")[3] == str(EN) for line in tsv)


def test_markdown_and_annotate(run_cli: RunCli) -> None:
    md = run_cli(str(FR), "-f", "markdown").stdout.decode()
    assert md.startswith("# Le conseil municipal") and "## Summary" in md
    ann = run_cli(str(FR), "--annotate", "-f", "markdown").stdout.decode()
    assert "**Nous avons fait le choix" in ann
    plain = run_cli(str(FR), "--annotate").stdout.decode()
    assert "⟦" in plain and plain.count("\n") >= FR.read_text().count("\n")


def test_quotes_only_summary_only_and_filters(run_cli: RunCli) -> None:
    q = json.loads(run_cli(str(EN), "-f", "json", "--quotes-only").stdout)
    assert q["summary"] == [] and q["quotes"]
    s = json.loads(run_cli(str(EN), "-f", "json", "--summary-only").stdout)
    assert s["quotes"] == [] and s["summary"]
    k = json.loads(run_cli(str(EN), "-f", "json", "--kind", "fragment").stdout)
    assert {x["kind"] for x in k["quotes"]} == {"fragment"}


def test_sentences_option(run_cli: RunCli) -> None:
    for n in (1, 2, 4):
        b = json.loads(run_cli(str(EN), "-f", "json", "-n", str(n)).stdout)
        assert len(b["summary"]) == n
        assert [s["sentence"] for s in b["summary"]] == sorted(s["sentence"] for s in b["summary"])


def test_errors_are_one_line_with_a_remedy(run_cli: RunCli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n")
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    folder = tmp_path / "folder"
    folder.mkdir()
    cases = {str(tmp_path / "missing.txt"): 66, str(folder): 66, str(empty): 65, str(png): 65}
    for path, code in cases.items():
        p = run_cli(path)
        err = p.stderr.decode()
        assert p.returncode == code, (path, err)
        assert err.count("\n") == 1 and err.startswith("brief: ") and " — " in err
        assert "Traceback" not in err and p.stdout == b""


def test_one_bad_file_in_a_batch(run_cli: RunCli, tmp_path: Path) -> None:
    p = run_cli("-f", "jsonl", str(EN), str(tmp_path / "missing.txt"), str(FR))
    assert p.returncode == 1
    assert len(p.stdout.decode().splitlines()) == 2
    assert b"1 failed" in p.stderr


def test_usage_errors_exit_2(run_cli: RunCli) -> None:
    assert run_cli("--format", "nope", str(EN)).returncode == 2
    assert run_cli("--sentences", "0", str(EN)).returncode == 2


def test_no_input_on_a_terminal_prints_usage_and_exits_2() -> None:
    code, out = run_on_pty([], clean_env())
    assert code == 2
    assert b"no article given" in out


def test_rich_output_on_a_terminal_and_no_color() -> None:
    _, colored = run_on_pty([str(EN)], clean_env(COLUMNS="80", TERM="xterm-256color"))
    _, plain = run_on_pty([str(EN)], clean_env(COLUMNS="80", TERM="xterm-256color",
                                               NO_COLOR="1"))
    assert b"\x1b[" in colored and b"Who said what" in colored
    color_code = re.compile(rb"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]")
    assert color_code.search(colored)
    assert not color_code.search(plain) and b"Who said what" in plain


def test_force_color_and_color_option_in_a_pipe(run_cli: RunCli) -> None:
    forced = run_cli(str(EN), "--color", "always")
    assert b"\x1b[" in forced.stdout
    never = run_cli(str(EN), "-f", "rich", "--color", "never")
    assert b"\x1b[" not in never.stdout and b"Who said what" in never.stdout


def test_head_closes_the_pipe_quietly() -> None:
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] * 20
    brief = subprocess.Popen([sys.executable, "-m", "newsbrief", "-f", "jsonl", *files],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                             env=clean_env())
    head = subprocess.run(["head", "-1"], stdin=brief.stdout, capture_output=True, check=False)
    assert brief.stdout is not None
    brief.stdout.close()
    _, err = brief.communicate(timeout=120)
    assert head.stdout.count(b"\n") == 1
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert brief.returncode == 0


def test_ctrl_c_exits_130() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env=clean_env())
    wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err


def test_version_and_help_do_not_import_the_analysis() -> None:
    for flag in ("--version", "--help"):
        p = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsbrief", flag],
                           capture_output=True, env=clean_env(), cwd=ROOT, check=False)
        assert p.returncode == 0
        imported = {line.split("|")[-1].strip() for line in p.stderr.decode().splitlines()}
        for heavy in ("nltk", "langdetect", "rich", "punkt", "newsbrief.quotes.extract",
                      "newsbrief.summarize.rank", "charset_normalizer"):
            assert heavy not in imported, (flag, heavy)
    assert b"brief (newsbrief)" in subprocess.run(
        [sys.executable, "-m", "newsbrief", "--version"], capture_output=True, check=False,
        env=clean_env()).stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("brief")
    p = subprocess.run([str(script), str(EN), "-f", "json"], capture_output=True, check=False,
                       env=clean_env())
    assert p.returncode == 0 and json.loads(p.stdout)["language"] == "en"


def test_config_file_and_environment(tmp_path: Path, run_cli: RunCli) -> None:
    cfg = tmp_path / "newsbrief"
    cfg.mkdir()
    (cfg / "config.toml").write_text('format = "json"\nsentences = 1\n')
    env = clean_env(XDG_CONFIG_HOME=str(tmp_path))
    p = run_cli(str(EN), env=env)
    assert len(json.loads(p.stdout)["summary"]) == 1
    env["NEWSBRIEF_SENTENCES"] = "2"
    assert len(json.loads(run_cli(str(EN), env=env).stdout)["summary"]) == 2
    assert run_cli(str(EN), "--no-config", env=env).stdout.startswith(b"Dock workers")
    (cfg / "config.toml").write_text("format = [\n")
    bad = run_cli(str(EN), env=env)
    assert bad.returncode == 2 and b"--no-config" in bad.stderr


def test_python_dash_m_newsbrief_cli_also_works() -> None:
    p = subprocess.run([sys.executable, "-m", "newsbrief.cli", "--version"], capture_output=True,
                       check=False, env=clean_env())
    assert p.returncode == 0


def test_seed_brief_end_to_end(run_cli: RunCli, seed_path: Path) -> None:
    brief = json.loads(run_cli(str(seed_path), "-f", "json").stdout)
    assert brief["language"] == "fr" and brief["date"] == "2024-05"
    assert len(brief["headings"]) == 5
    summary = [s["text"] for s in brief["summary"]]
    assert summary[0].startswith("Xi Jinping et Vladimir Poutine ont condamné")
    assert not set(summary) & set(brief["headings"])



def test_man_page_is_generated_from_the_help() -> None:
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "manpage.py")],
                       capture_output=True, check=True, env=clean_env())
    page = p.stdout.decode()
    assert page.startswith(".TH BRIEF 1")
    for option in ("\\-\\-format", "\\-\\-sentences", "\\-\\-annotate", "\\-\\-jobs"):
        assert option in page


def test_progress_bar_only_on_a_terminal_stderr(tmp_path: Path) -> None:
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    out = tmp_path / "out.jsonl"
    code, seen = run_on_pty(["-f", "jsonl", *files], clean_env(TERM="xterm"), stdout_file=out)
    assert code == 0
    assert b"briefed, 0 failed" in seen
    assert len(out.read_text().splitlines()) == len(files)
    assert b"\x1b" not in out.read_bytes()


def test_shell_completion_script_and_answers() -> None:
    # Typer finds the shell by walking up the process tree (shellingham), so ask from bash as a
    # user would; "; exit" keeps bash from exec-ing brief in its own place.
    brief = Path(sys.executable).with_name("brief")
    script = subprocess.run(["bash", "-c", f'"{brief}" --show-completion; exit $?'],
                            env=clean_env(), capture_output=True, check=False, timeout=120)
    assert script.returncode == 0 and b"_brief_completion" in script.stdout
    env = clean_env(_BRIEF_COMPLETE="complete_bash", COMP_WORDS="brief --form", COMP_CWORD="1")
    answer = subprocess.run([str(Path(sys.executable).with_name("brief"))], env=env,
                            capture_output=True, check=False)
    assert b"--format" in answer.stdout


def test_version_constant_matches_the_distribution() -> None:
    import tomllib
    from importlib.metadata import version

    import newsbrief

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert newsbrief.__version__ == declared == version("newsbrief")


def test_a_bug_on_one_article_does_not_end_the_batch(tmp_path: Path) -> None:
    # Make analyze() raise on one article only, in a child process of our own.
    code = (
        "import sys, newsbrief.pipeline as p\n"
        "real = p.analyze\n"
        "def analyze(text, **kw):\n"
        "    if 'BOOM' in text: raise ValueError('boom')\n"
        "    return real(text, **kw)\n"
        "p.analyze = analyze\n"
        "from newsbrief.cli.app import run\n"
        "run(sys.argv[1:])\n"
    )
    bad = tmp_path / "bad.txt"
    bad.write_text("BOOM. Le texte qui casse tout.")
    args = [sys.executable, "-c", code, "-f", "jsonl", str(EN), str(bad), str(FR)]
    p = subprocess.run(args, capture_output=True, env=clean_env(), check=False)
    assert p.returncode == 1
    assert len(p.stdout.splitlines()) == 2
    assert f"{bad}: internal error: ValueError: boom".encode() in p.stderr
    assert b"Traceback" not in p.stderr
    debug = subprocess.run([*args, "--debug"], capture_output=True, env=clean_env(), check=False)
    assert b"Traceback" in debug.stderr


def test_speaker_filter_matches_any_alias(run_cli: RunCli) -> None:
    by_surname = run_cli(str(EN), "-f", "tsv", "--speaker", "okafor").stdout.decode()
    lines = by_surname.splitlines()
    assert len(lines) == 2 and all(line.startswith("Maria Okafor\t") for line in lines)
    brief = json.loads(run_cli(str(EN), "-f", "json", "--speaker", "Reeve").stdout)
    assert {q["speaker"] for q in brief["quotes"]} == {"Daniel Reeve"}
    assert [s["name"] for s in brief["speakers"]] == ["Daniel Reeve"]
    assert run_cli(str(EN), "-f", "tsv", "--speaker", "nobody").stdout == b""
