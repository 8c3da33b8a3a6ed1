"""Wall time of a sweep of 4 equal runs with --jobs 1 and --jobs 2 (not a test: the numbers depend on the
machine and its load). Each run trains the spiral example with the same settings (4 seeds), so the work
per run is the same; on two idle cores --jobs 2 takes about half the time of --jobs 1.

    PYTHONPATH=. python3 benchmarks/sweep_parallel.py [--epochs N]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from annstudio.engine import sweep
from annstudio.project import Project
from annstudio.resources import resource_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=1000)
    args = parser.parse_args()
    project = Project.load(resource_path("examples", "spiral.annproj"))
    project.training.epochs = args.epochs
    settings = [sweep.parse_setting(project, "training.seed", "1, 2, 3, 4")]
    times = {}
    for jobs in (1, 2):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            rows = sweep.run_sweep(project, settings, runs_folder=Path(folder), jobs=jobs, keep_weights=False)
            times[jobs] = time.perf_counter() - started
        run_time = sum(r.duration for r in rows) / len(rows)
        print(f"--jobs {jobs}: {times[jobs]:6.2f} s wall, {run_time:5.2f} s per run on average", flush=True)
    print()
    print("| jobs | wall time (s) | relative to --jobs 1 |")
    print("| ---: | ---: | ---: |")
    for jobs, seconds in times.items():
        print(f"| {jobs} | {seconds:.2f} | {seconds / times[1]:.2f} |")


if __name__ == "__main__":
    main()
