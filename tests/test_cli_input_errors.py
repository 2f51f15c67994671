"""Inputs (issues 17 and 18): undecodable bytes behind a byte-order mark, input-side OS errors
(66, not 74), http(s) URLs through a local server, URL patterns matching nothing, and --max-bytes
per JSON Lines record."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES, RunCli, clean_env
from test_hostile_cli import _AS_NOBODY, assert_error

EN = SAMPLES / "en-harbour-strike.txt"
FR = SAMPLES / "fr-conseil-municipal.txt"


def test_byte_order_mark_before_garbage_is_not_an_article(run_cli: RunCli,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    assert_error(run_cli(str(path)), 65, "no readable text")


def test_file_name_too_long_is_an_input_error(run_cli: RunCli) -> None:
    assert_error(run_cli("a" * 300 + ".txt"), 66, "too long")
    assert_error(run_cli("a" * 300 + "/b.txt"), 66, "too long")


def test_file_in_a_folder_without_search_permission(run_cli: RunCli) -> None:
    with tempfile.TemporaryDirectory() as folder:
        locked = Path(folder) / "locked"
        locked.mkdir()
        (locked / "a.txt").write_bytes(EN.read_bytes())
        locked.chmod(0o600)  # readable listing, no search (x) right
        os.chmod(folder, 0o755)
        target = str(locked / "a.txt")
        if os.geteuid() != 0:
            p = run_cli(target)
        else:  # root searches anything: drop to nobody once the modules are loaded
            p = subprocess.run([sys.executable, "-c", _AS_NOBODY, target], capture_output=True,
                               cwd=ROOT, env=clean_env(), timeout=120, check=False)
        assert_error(p, 66, "permission denied")


def test_too_many_open_files_when_the_pool_starts_is_an_input_error(tmp_path: Path) -> None:
    import resource

    def few_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (12, 12))

    p = subprocess.run([sys.executable, "-m", "newsbrief", "-j", "2", "-f", "jsonl", str(EN),
                        str(FR)], capture_output=True, env=clean_env(), cwd=ROOT, timeout=120,
                       preexec_fn=few_files, check=False)
    assert_error(p, 66, "worker", "ulimit")


def test_url_pattern_matching_nothing_is_no_input(run_cli: RunCli, tmp_path: Path) -> None:
    assert_error(run_cli(f"file://{tmp_path}/nomatch*.txt"), 66, "no file matches")


def test_max_bytes_applies_to_each_jsonl_record(run_cli: RunCli, tmp_path: Path) -> None:
    text = EN.read_text(encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    records = [{"id": i, "text": text} for i in range(4)]
    records.insert(2, {"id": "big", "text": text * 10})
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert corpus.stat().st_size > 4000
    p = run_cli("--input-format", "jsonl", "-f", "jsonl", "--max-bytes", "4000", str(corpus))
    assert p.returncode == 1
    assert [json.loads(line)["source"] for line in p.stdout.splitlines()] == [
        f"{corpus}:{i}" for i in range(4)]
    assert f"{corpus}:3: larger than --max-bytes".encode() in p.stderr


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web(tmp_path: Path) -> Iterator[str]:
    """A local web server on 127.0.0.1 serving tmp_path (no network needed), stopped after."""
    (tmp_path / "a.txt").write_bytes(EN.read_bytes())

    def handler(*args: object) -> _Quiet:
        return _Quiet(*args, directory=str(tmp_path))  # type: ignore[arg-type]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_http_url_is_fetched(run_cli: RunCli, web: str) -> None:
    p = run_cli("-f", "json", f"{web}/a.txt?edition=1", timeout=60)
    assert p.returncode == 0, p.stderr
    brief = json.loads(p.stdout)
    assert brief["language"] == "en" and brief["source"] == f"{web}/a.txt?edition=1"
    assert b"aiohttp" not in p.stderr


def test_http_errors_are_one_line(run_cli: RunCli, web: str) -> None:
    assert_error(run_cli(f"{web}/missing.txt", timeout=60), 66, "HTTP 404")
    assert_error(run_cli("--max-bytes", "100", f"{web}/a.txt", timeout=60), 65, "--max-bytes")
