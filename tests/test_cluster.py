"""``brief --dask``: a real LocalCluster of two worker processes gives the bytes of ``--jobs 1``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES, clean_env

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=":0")  # any free port: 8787 may be taken
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 articles made from the samples (each one different), and one binary file."""
    folder = tmp_path_factory.mktemp("corpus")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(300):
        extra = f"\n\nLe bilan sera publié le {i % 28 + 1} mars, a indiqué la mairie.\n"
        (folder / f"a{i:03d}.txt").write_text(texts[i % len(texts)] + extra, encoding="utf-8")
    (folder / "a150-bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return folder


def _brief(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsbrief", "-f", "jsonl", *args],
                          capture_output=True, env=clean_env(), cwd=ROOT, timeout=600,
                          check=False)


@pytest.mark.slow
def test_cluster_output_is_byte_identical_to_one_job(scheduler: str, corpus: Path) -> None:
    local = _brief("--jobs", "1", str(corpus))
    remote = _brief("--dask", scheduler, "--partition-size", "32", str(corpus))
    assert local.returncode == remote.returncode == 1  # the binary file failed, others briefed
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == 300
    assert b"a150-bad.txt: looks like a PNG image" in remote.stderr
    assert b"300 briefed, 1 failed" in remote.stderr


@pytest.mark.slow
def test_output_dir_partitions_manifest_and_resume(scheduler: str, corpus: Path,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "run"
    first = _brief("--dask", scheduler, "--partition-size", "50", "--output", str(out),
                   str(corpus))
    assert first.stdout == b""
    manifest = json.loads((out / "manifest.json").read_text())
    parts = manifest["partitions"]
    assert len(parts) == 7 and sum(p["inputs"] for p in parts) == 301
    assert sum(p["failed"] for p in parts) == 1
    lines = [json.loads(line) for p in parts
             for line in (out / p["file"]).read_text().splitlines()]
    assert [rec["source"] for rec in lines] == sorted(str(p) for p in corpus.iterdir())
    errors = [rec for rec in lines if "error" in rec]
    assert len(errors) == 1 and errors[0]["error"]["code"] == 65
    # A rerun skips every complete partition; a lost partition file is recomputed alone.
    again = _brief("--dask", scheduler, "--partition-size", "50", "--output", str(out),
                   str(corpus))
    assert b"0 briefed, 0 failed" in again.stderr
    (out / parts[2]["file"]).unlink()
    redo = _brief("--dask", scheduler, "--partition-size", "50", "--output", str(out),
                  str(corpus))
    assert b"50 briefed, 0 failed" in redo.stderr
    assert (out / parts[2]["file"]).is_file()


@pytest.mark.slow
def test_local_cluster_and_file_urls(corpus: Path) -> None:
    url = f"file://{corpus}/a00*.txt"
    p = _brief("--dask", "local", url)
    assert p.returncode == 0, p.stderr
    assert [json.loads(line)["source"] for line in p.stdout.splitlines()] == [
        f"file://{corpus}/a00{i}.txt" for i in range(10)]


def test_output_without_dask_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    assert _brief("--output", str(tmp_path), str(corpus)).returncode == 2


def _one_error_line(p: subprocess.CompletedProcess[bytes], code: int, *words: str) -> None:
    err = p.stderr.decode("utf-8", "replace")
    assert p.returncode == code, (p.returncode, err)
    assert err.count("\n") == 1 and err.startswith("brief: ") and " — " in err, err
    for word in words:
        assert word in err, (word, err)


def test_dask_exit_codes_match_a_local_run(scheduler: str, tmp_path: Path) -> None:
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    for path, code in ((tmp_path / "missing.txt", 66), (png, 65)):
        local = _brief(str(path))
        remote = _brief("--dask", scheduler, str(path))
        assert local.returncode == remote.returncode == code
        assert remote.stderr == local.stderr
    _one_error_line(_brief("--dask", scheduler, f"file://{tmp_path}/nomatch*.txt"), 66,
                    "no file matches")


def test_dask_writes_the_format_asked_for(scheduler: str) -> None:
    def run(*args: str) -> bytes:
        p = subprocess.run([sys.executable, "-m", "newsbrief", "-f", "text", *args,
                            str(SAMPLES / "en-harbour-strike.txt"),
                            str(SAMPLES / "fr-conseil-municipal.txt")], capture_output=True,
                           env=clean_env(), cwd=ROOT, timeout=600, check=False)
        assert p.returncode == 0, p.stderr
        return p.stdout

    remote = run("--dask", scheduler)
    assert remote == run() and not remote.startswith(b"{")


def test_bad_dask_address_and_output_folder_are_one_error_each(scheduler: str,
                                                               tmp_path: Path) -> None:
    article = str(SAMPLES / "en-harbour-strike.txt")
    _one_error_line(_brief("--dask", "bogus", article), 2, "--dask", "host:port")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    _one_error_line(_brief("--dask", scheduler, "--output", str(a_file), article), 2,
                    "not a folder")
    run = tmp_path / "run"
    run.mkdir()
    (run / "manifest.json").write_text("not json")
    _one_error_line(_brief("--dask", scheduler, "--output", str(run), article), 2,
                    "manifest.json", "remove")
