"""Throughput of ``brief`` on one machine and on a Dask cluster, over the OrangeSum test articles.

Usage: python benchmarks/bench_cluster.py [--limit N]
Prints articles/second for --jobs 1, --jobs 2 and --dask (a LocalCluster of 2 worker processes
started here), end to end and in steady state (minus the fixed cost of a one-article run of the
same set-up: process start, imports, connecting to the scheduler), the per-worker efficiency
against --jobs 1 per core, the scheduler overhead per partition, and the projected rate for N
workers. Needs ../shared and the dask extra.
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
        one = str(sorted(Path(tmp).iterdir())[0])
        t1, out1 = _timed(["--jobs", "1", tmp])
        t2, out2 = _timed(["--jobs", "2", tmp])
        fixed1, _ = _timed(["--jobs", "1", one])
        fixed2, _ = _timed(["--jobs", "2", one])
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        try:
            addr = cluster.scheduler_address
            tc, outc = _timed(["--dask", addr, "--partition-size", "100", tmp])
            fixedc, _ = _timed(["--dask", addr, one])
            small = min(n, 200)
            sub = sorted(Path(tmp).iterdir())[:small]
            tp1, _ = _timed(["--dask", addr, "--partition-size", "1", *map(str, sub)])
            tp100, _ = _timed(["--dask", addr, "--partition-size", "100", *map(str, sub)])
        finally:
            cluster.close()
    overhead = max(0.0, (tp1 - tp100) / (small - max(1, small // 100))) * 2  # 2 workers
    per_core = n / (t1 - fixed1)
    print(f"{n} OrangeSum test articles; steady state = minus a one-article run of the set-up")
    print(f"{'set-up':<28}{'seconds':>9}{'fixed':>7}{'art/s':>8}{'steady art/s':>14}"
          f"{'per worker':>12}{'vs --jobs 1':>13}")
    for name, t, fixed, workers in (("--jobs 1", t1, fixed1, 1), ("--jobs 2", t2, fixed2, 2),
                                    ("--dask LocalCluster (2 w)", tc, fixedc, 2)):
        steady = n / (t - fixed)
        print(f"{name:<28}{t:>9.2f}{fixed:>7.2f}{n / t:>8.1f}{steady:>14.1f}"
              f"{steady / workers:>12.1f}{steady / workers / per_core:>12.0%}")
    print(f"identical output: jobs2={out2 == out1} dask={outc == out1}")
    print(f"scheduler overhead per partition: {overhead * 1000:.1f} ms "
          f"(partition size 1 vs 100 over {small} articles)")
    per_worker = n / (tc - fixedc) / 2
    for workers in (8, 32, 128):
        rate = workers / (1 / per_worker + overhead / 200)
        print(f"projected {workers:>4} workers, partitions of 200: {rate:,.0f} articles/s "
              f"(+{fixedc:.1f} s to connect)")


if __name__ == "__main__":
    main()
