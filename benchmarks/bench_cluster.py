"""Throughput of ``brief`` on one machine and on a Dask cluster, over the OrangeSum test articles.

Usage: python benchmarks/bench_cluster.py [--limit N]
Prints articles/second for --jobs 1, --jobs 2 and --dask (a LocalCluster of 2 worker processes
started here), the per-worker efficiency against --jobs 1 per core, the scheduler overhead per
partition, and the projected rate for N workers. Needs ../shared and the dask extra.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "corpus" / "summaries" / "orangesum" / "test.jsonl"


def _timed(args: list[str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "newsbrief", "-f", "jsonl", *args],
                       capture_output=True, check=True)
    return time.perf_counter() - start, p.stdout


def main() -> None:
    """Run the three set-ups and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1500)
    a = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return
    try:
        from distributed import LocalCluster
    except ImportError:
        print("skipped: pip install 'newsbrief[dask]'")
        return
    lines = DATA.read_text(encoding="utf-8").splitlines()[: a.limit]
    with tempfile.TemporaryDirectory() as tmp:
        for i, line in enumerate(lines):
            (Path(tmp) / f"{i:05d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
        n = len(lines)
        t1, out1 = _timed(["--jobs", "1", tmp])
        t2, out2 = _timed(["--jobs", "2", tmp])
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        try:
            addr = cluster.scheduler_address
            tc, outc = _timed(["--dask", addr, "--partition-size", "100", tmp])
            small = min(n, 200)
            sub = sorted(Path(tmp).iterdir())[:small]
            tp1, _ = _timed(["--dask", addr, "--partition-size", "1", *map(str, sub)])
            tp100, _ = _timed(["--dask", addr, "--partition-size", "100", *map(str, sub)])
        finally:
            cluster.close()
    overhead = max(0.0, (tp1 - tp100) / (small - max(1, small // 100))) * 2  # 2 workers
    per_core = n / t1
    print(f"{n} OrangeSum test articles; wall time includes process start-up")
    print(f"{'set-up':<28}{'seconds':>9}{'articles/s':>12}{'per worker':>12}{'vs --jobs 1':>13}")
    for name, t, workers in (("--jobs 1", t1, 1), ("--jobs 2", t2, 2),
                             ("--dask LocalCluster (2 w)", tc, 2)):
        rate = n / t
        print(f"{name:<28}{t:>9.2f}{rate:>12.1f}{rate / workers:>12.1f}"
              f"{rate / workers / per_core:>12.0%}")
    print(f"identical output: jobs2={out2 == out1} dask={outc == out1}")
    print(f"scheduler overhead per partition: {overhead * 1000:.1f} ms "
          f"(partition size 1 vs 100 over {small} articles)")
    per_worker = n / tc / 2
    for workers in (8, 32, 128):
        print(f"projected {workers:>4} workers, partitions of 200: "
              f"{workers / (1 / per_worker + overhead / 200):,.0f} articles/s")


if __name__ == "__main__":
    main()
