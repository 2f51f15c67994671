"""What ``brief`` writes and how it ends, through a real subprocess: the help's examples, colour
in a pipe, a closed stderr, odd terminal widths, a reader that leaves early (issues 17 and 18)."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES, RunCli, clean_env

EN = SAMPLES / "en-harbour-strike.txt"
ES = SAMPLES / "es-metro.txt"
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


def test_several_inputs_in_text_are_each_headed_by_their_source(run_cli: RunCli) -> None:
    p = run_cli(str(EN), str(ES))
    assert p.returncode == 0, p.stderr
    lines = p.stdout.decode().splitlines()
    assert lines[0] == f"==> {EN} <=="
    assert lines[1].startswith("Dock workers")
    assert lines.count(f"==> {ES} <==") == 1
    assert lines[lines.index(f"==> {ES} <==") - 1] == ""  # a blank line between briefs
    single = run_cli(str(EN)).stdout.decode()
    assert single.startswith("Dock workers")  # one input: no header, as before


def test_several_inputs_in_markdown_are_each_headed_by_their_source(run_cli: RunCli) -> None:
    out = run_cli("-f", "markdown", str(EN), str(ES)).stdout.decode()
    assert out.startswith(f"**Source:** {EN}\n\n# Dock workers"), out[:80]
    assert out.count("**Source:**") == 2


def test_a_folder_of_one_file_has_no_header(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EN.read_bytes())
    assert run_cli(str(tmp_path)).stdout.startswith(b"Dock workers")


def test_tsv_names_the_source_in_a_last_column(run_cli: RunCli) -> None:
    rows = [line.split("\t") for line in run_cli("-f", "tsv", str(EN), str(ES)).stdout.decode()
            .splitlines()]
    assert {len(row) for row in rows} == {4}
    assert [row[3] for row in rows].count(str(ES)) == 2
    assert rows[0][:2] == ["Maria Okafor", "statement"]  # cut -f1 still gives the speaker


def test_rich_view_rules_the_first_article_too(run_cli: RunCli) -> None:
    two = run_cli("-f", "rich", str(EN), str(ES), env=clean_env(COLUMNS="100")).stdout.decode()
    first = two.splitlines()[0]
    assert str(EN) in first and first.startswith("─")
    assert sum(str(ES) in line and "─" in line for line in two.splitlines()) == 1
    one = run_cli("-f", "rich", str(EN), env=clean_env(COLUMNS="100")).stdout.decode()
    assert str(EN) not in one


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv"])
def test_annotate_with_a_data_format_is_a_usage_error(run_cli: RunCli, fmt: str) -> None:
    p = run_cli("--annotate", "-f", fmt, str(EN))
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().count("\n") == 1
    assert f"--annotate prints the article as text, not as {fmt}" in p.stderr.decode()


def test_annotate_takes_the_auto_format_over_a_json_default(run_cli: RunCli) -> None:
    p = run_cli("--annotate", str(EN), env=clean_env(NEWSBRIEF_FORMAT="json"))
    assert p.returncode == 0, p.stderr
    assert "⟦" in p.stdout.decode()
    assert json.loads(run_cli(str(EN), env=clean_env(NEWSBRIEF_FORMAT="json")).stdout)


@pytest.mark.parametrize(("fmt", "header"), [("text", "==> "), ("markdown", "**Source:** ")])
def test_annotate_names_each_of_several_files(run_cli: RunCli, fmt: str, header: str) -> None:
    out = run_cli("--annotate", "-f", fmt, str(EN), str(ES)).stdout.decode()
    shown = [line for line in out.splitlines() if line.startswith(header)]
    assert len(shown) == 2 and "es" in shown[1] and "metro" in shown[1]
    assert out.index("Dock workers") < out.index(shown[1]) < out.index("El metro")


def _children(pid: int) -> set[int]:
    """The process ids of ``pid``'s children (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _gone(pids: set[int], wait: float = 10.0) -> bool:
    """True once none of ``pids`` is alive (a zombie counts as gone)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        alive = set()
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (FileNotFoundError, ProcessLookupError):
                continue
            if state != "Z":
                alive.add(pid)
        if not alive:
            return True
        time.sleep(0.1)
    return False


BATCH = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] * 40


@pytest.mark.parametrize(("sig", "group", "code", "line"), [
    (signal.SIGINT, False, 130, b"brief: interrupted\n"),
    (signal.SIGINT, True, 130, b"brief: interrupted\n"),  # Ctrl-C: the whole process group
    (signal.SIGTERM, False, 143, b"brief: terminated\n"),
], ids=["sigint-parent", "ctrl-c-group", "sigterm"])
def test_a_signal_during_jobs_2_ends_with_one_line_and_no_worker_left(
        sig: int, group: bool, code: int, line: bytes) -> None:
    proc = subprocess.Popen([*BRIEF, "-j", "2", "-f", "jsonl", *BATCH], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=ROOT,
                            env=clean_env(), start_new_session=True)
    assert proc.stdout is not None
    assert proc.stdout.readline()  # the workers are busy
    workers = _children(proc.pid)
    assert len(workers) == 2
    if group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)  # returns once no worker holds stderr either
    assert proc.returncode == code, err
    assert err == line
    assert _gone(workers)


def test_ctrl_c_under_the_progress_bar_shows_the_cursor_again(tmp_path: Path) -> None:
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        with open(tmp_path / "out.jsonl", "wb") as fh:
            os.dup2(fh.fileno(), 1)
        os.chdir(ROOT)
        os.execve(sys.executable, [*BRIEF, "-f", "jsonl", *BATCH], clean_env(TERM="xterm"))
    seen = b""
    while b"\x1b[?25l" not in seen:  # the bar has hidden the cursor
        seen += os.read(fd, 65536)
    time.sleep(0.5)
    os.kill(pid, signal.SIGINT)
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 130
    assert seen.count(b"brief: interrupted") == 1
    assert seen.rindex(b"\x1b[?25h") > seen.rindex(b"\x1b[?25l"), seen[-200:]


FR = SAMPLES / "fr-conseil-municipal.txt"


@pytest.mark.parametrize(("wanted", "speaker", "count"), [
    ("helene marchal", "Hélène Marchal", 3),
    ("HÉLÈNE  Marchal", "Hélène Marchal", 3),
    ("l'élu", "Bernard Ollier", 1),  # the article writes l’élu
    ("L’ELU", "Bernard Ollier", 1),
    ("samira bouzid", "Samira Bouzid", 2),
])
def test_speaker_ignores_case_accents_and_apostrophe_style(run_cli: RunCli, wanted: str,
                                                           speaker: str, count: int) -> None:
    p = run_cli("-f", "tsv", "--speaker", wanted, str(FR))
    assert p.returncode == 0, p.stderr
    assert [line.split("\t")[0] for line in p.stdout.decode().splitlines()] == [speaker] * count


def _cells(line: str) -> int:
    from rich.cells import cell_len

    return cell_len(line)


@pytest.mark.parametrize("width", [50, 30])
@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_narrow_terminal_wraps_under_each_entry_and_cuts_no_name(
        run_cli: RunCli, width: int, sample: str) -> None:
    p = run_cli("-f", "rich", "--color", "never", str(SAMPLES / sample),
                env=clean_env(COLUMNS=str(width)))
    assert p.returncode == 0, p.stderr
    lines = p.stdout.decode().splitlines()
    assert all(_cells(line) <= width for line in lines), lines
    assert not any("…" in line for line in lines), lines  # no name or label cut short
    for line in lines:  # a closing mark never starts a line, an opening one never ends it
        assert not line.lstrip(" │").startswith(("»", "“", "”", "«")) or len(
            line.strip(" │")) > 1, lines
        assert not line.endswith((" «", "(«", " „", " “")), lines
    if "People" in lines:
        people = lines[lines.index("People") + 1:]
        assert all(line.startswith(("  • ", "    ")) for line in people), people


def test_voices_chart_keeps_long_names_whole_at_30_columns(run_cli: RunCli) -> None:
    out = run_cli("-f", "rich", "--color", "never", str(SAMPLES / "de-stadtwerke.txt"),
                  env=clean_env(COLUMNS="30")).stdout.decode()
    voices = out[out.index("Voices"):out.index("People")]
    assert "Der Verbraucherschutzverband" in voices and "5%" in voices


@pytest.mark.parametrize(("sample", "fmt", "shown"), [
    ("es-metro.txt", "text", "    «Es una medida que los vecinos llevaban años pidiendo»"),
    ("es-metro.txt", "rich", " │ «Es una medida"),
    ("it-biblioteca.txt", "markdown", "> «Saremo aperti anche la domenica mattina»"),
    ("de-stadtwerke.txt", "text", "    »Die Kunden haben monatelang zu viel bezahlt«"),
    ("de-stadtwerke.txt", "text", "    „Wir geben die gesunkenen"),
    ("fr-conseil-municipal.txt", "text", "    « Ce budget repose sur des recettes"),
    ("fr-conseil-municipal.txt", "rich", " │ «\u00a0Ce budget repose sur des recettes"),
    # straight marks in the file: the language's own
    ("en-harbour-strike.txt", "text", "    “Nobody wins when the cranes stop”"),
])
def test_quotes_are_redrawn_in_the_marks_the_article_used(run_cli: RunCli, sample: str,
                                                           fmt: str, shown: str) -> None:
    p = run_cli("-f", fmt, "--color", "never", str(SAMPLES / sample),
                env=clean_env(COLUMNS="200"))
    assert shown in p.stdout.decode()


def test_a_long_source_name_is_shown_whole_on_a_narrow_terminal(run_cli: RunCli) -> None:
    out = run_cli("-f", "rich", "--color", "never", str(EN), str(ES),
                  env=clean_env(COLUMNS="30")).stdout.decode()
    assert not any("…" in line for line in out.splitlines())
    assert "".join(line.strip() for line in out.splitlines()).count(str(EN)) == 1
