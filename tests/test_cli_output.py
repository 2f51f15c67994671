"""What ``brief`` writes and how it ends, through a real subprocess: the help's examples, colour
in a pipe, a closed stderr, odd terminal widths, a reader that leaves early (issues 17 and 18)."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT, SAMPLES, RunCli, clean_env

EN = SAMPLES / "en-harbour-strike.txt"
BRIEF = [sys.executable, "-m", "newsbrief"]


def test_help_keeps_one_example_a_line_at_80_columns_in_a_pipe(run_cli: RunCli) -> None:
    p = run_cli("--help", env=clean_env(COLUMNS="80"))
    assert p.returncode == 0
    lines = p.stdout.decode().splitlines()
    examples = lines[lines.index("  Examples:") + 1:]
    assert examples[0].split() == ["brief", "article.txt", "the", "brief", "(colour", "on", "a",
                                   "terminal)"]
    assert len([line for line in examples if line.lstrip().startswith(("brief", "cat", ":%!"))]
               ) == len(examples) == 7
    assert all(len(line) <= 80 for line in examples), examples


def test_force_color_colours_the_auto_format_in_a_pipe(run_cli: RunCli) -> None:
    forced = run_cli(str(EN), env=clean_env(FORCE_COLOR="1"))
    assert forced.returncode == 0
    assert b"\x1b[" in forced.stdout and b"Who said what" in forced.stdout
    opted_out = run_cli(str(EN), env=clean_env(FORCE_COLOR="1", NO_COLOR="1"))
    assert b"\x1b[" not in opted_out.stdout and opted_out.stdout.startswith(b"Dock workers")
    chosen = run_cli(str(EN), "-f", "text", env=clean_env(FORCE_COLOR="1"))
    assert b"\x1b[" not in chosen.stdout  # an explicit -f text stays plain
    empty = run_cli(str(EN), env=clean_env(FORCE_COLOR=""))
    assert b"\x1b[" not in empty.stdout


def test_rich_into_head_exits_0() -> None:
    pipeline = f"{' '.join(BRIEF)} -f rich {EN} | head -c 10 >/dev/null; echo $" + "{PIPESTATUS[0]}"
    p = subprocess.run(["bash", "-c", pipeline], capture_output=True, cwd=ROOT, env=clean_env(),
                       check=False, timeout=60)
    assert p.stdout.strip() == b"0", p
    assert b"Traceback" not in p.stderr


def test_closed_stderr_still_writes_the_brief() -> None:
    p = subprocess.run([*BRIEF, str(EN)], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                       cwd=ROOT, env=clean_env(), check=False, timeout=60,
                       preexec_fn=lambda: __import__("os").close(2))
    assert p.returncode == 0
    assert p.stdout.startswith(b"Dock workers end three-day strike")


def test_closed_stderr_keeps_the_exit_code_of_an_error() -> None:
    p = subprocess.run([*BRIEF, "no-such-file.txt"], stdout=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, cwd=ROOT, env=clean_env(), check=False,
                       timeout=60, preexec_fn=lambda: __import__("os").close(2))
    assert p.returncode == 66 and p.stdout == b""


def test_columns_0_draws_at_a_minimum_width(run_cli: RunCli) -> None:
    p = run_cli("-f", "rich", "--color", "always", str(EN), env=clean_env(COLUMNS="0"))
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "Who said what" in out and "Okafor" in out


def test_a_huge_columns_value_is_bounded(run_cli: RunCli) -> None:
    p = run_cli("-f", "rich", str(EN), env=clean_env(COLUMNS="99999999999"))
    assert p.returncode == 0
    assert max(len(line) for line in p.stdout.decode().splitlines()) <= 1000
