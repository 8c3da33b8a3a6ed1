"""``annstudio sweep``: train every combination of settings' values headless (``engine.sweep``)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def sweep_command(args: argparse.Namespace, bad_input: type[Exception]) -> int:
    """Parse the ``--set`` options (bad names or values: ``bad_input`` with one line), run the sweep, print
    the results table (and the mean ± spread over seeds), write ``--out`` atomically."""
    from .engine import runs
    from .engine.sweep import (
        SEED,
        Sweep,
        SweepError,
        format_table,
        parse_assignment,
        seed_summary,
        table,
        value_text,
        write_csv,
    )
    from .project import Project

    if not args.settings:
        raise bad_input("give at least one --set NAME=VALUE,VALUE,... (e.g. --set training.learning_rate=0.01,0.1)")
    if args.jobs is not None and args.jobs < 1:
        raise bad_input(f"--jobs must be >= 1, got {args.jobs}")
    if args.epochs is not None and args.epochs < 1:
        raise bad_input(f"--epochs must be >= 1, got {args.epochs}")
    if args.out is not None:
        from .engine.sweep import results_overwrite_problem
        from .project import writable_name_problem

        problem = writable_name_problem(args.out) or results_overwrite_problem(args.out)
        if problem:   # said now, not after the whole sweep has trained
            raise bad_input(f"--out {args.out}: {problem}")
    project = Project.load(args.project)
    if args.epochs is not None:
        project.training.epochs = args.epochs
    try:
        settings = [parse_assignment(project, text) for text in args.settings]
        sweep = Sweep(project, settings, backend=args.backend, runs_folder=runs.runs_folder(args.project),
                      base_dir=Path(args.project).parent, jobs=args.jobs, keep_weights=not args.no_weights)
    except SweepError as exc:
        raise bad_input(str(exc)) from None
    paths = [s.path for s in settings]
    print(f"{project.name}: {sweep.total} run(s) of {', '.join(paths)}, {min(sweep.jobs, sweep.total)} at a time "
          f"(backend {args.backend})", flush=True)
    if sweep.left_out:
        kept = "history and model are" if sweep.keep_weights else "history is"
        print(f"note: the runs leave out the project's {', '.join(sweep.left_out)}: they run at the same time and "
              f"would write the same files; each run's {kept} kept in {runs.runs_folder(args.project)}", flush=True)
    sweep.start()
    count = 0
    try:
        while not sweep.done:
            for row in sweep.poll(wait=None):
                state = f"error: {row.error}" if row.error else f"{row.duration:.1f} s"
                settings_text = ", ".join(f"{p}={value_text(row.settings[p])}" for p in paths)
                count += 1
                print(f"[{count}/{sweep.total}] {settings_text}: {state}", flush=True)
    except KeyboardInterrupt:
        sweep.cancel()
        raise
    rows = sorted(sweep.rows, key=lambda r: r.index)
    print()
    print(format_table(*table(rows, paths)))
    if SEED in paths:
        print()
        print("mean ± standard deviation over the seeds:")
        print(format_table(*seed_summary(rows, paths)))
    print(f"\nruns kept in {runs.runs_folder(args.project)}")
    if args.out is not None:
        try:
            write_csv(args.out, rows, paths)
        except OSError as exc:
            raise bad_input(f"--out {args.out}: {exc.strerror or exc}") from None
        print(f"results written to {args.out}")
    failed = sum(1 for r in rows if r.error)
    diverged = sum(1 for r in rows if r.outcome == "diverged")
    if failed:
        print(f"annstudio: {failed} of {len(rows)} run(s) failed", file=sys.stderr)
    if diverged:
        print(f"annstudio: {diverged} of {len(rows)} run(s) diverged (no test result; left out of the means)",
              file=sys.stderr)
    # no result to compare at all: the project's problem (exit 2, as ``train``), not an internal error
    return 2 if rows and failed + diverged == len(rows) else 0
