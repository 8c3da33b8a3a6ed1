#!/usr/bin/env python3
"""A longer fuzzing campaign against the ``annstudio`` CLI than tests/fuzz/ runs in CI.

    python tools/fuzz.py 200                     # 200 inputs per format, saves failures to /tmp/annstudio-fuzz
    python tools/fuzz.py 50 --formats h5,npy --out DIR --seed 7
    python tools/fuzz.py --replay DIR/h5/traceback/0003     # run one saved input again

Formats (each drawn with the generators of tests/fuzz/strategies.py, the known-fault inputs included):
``annproj`` (``train --epochs 1``, half with ``--out``), ``annproj-files`` (the same, each project with a
callback writing to a drawn file name), ``csv`` (a project whose dataset is a hostile
CSV, ``train``; and ``predict --input`` the CSV), ``npy`` (``predict --input``), ``h5`` (``inspect`` and
``predict``), ``annproj-mutated`` and ``h5-mutated`` (bit flips and truncation of the bundled examples and of
an .h5 our own writer made), ``keras-mutated`` (the same for a ``.keras`` archive our writer made). Every
run goes through tests/fuzz/harness.py: a child process with a 2 GB address-space limit, 30 s timeout,
peak RSS from ``wait4``, and a snapshot of the workspace three folders around the project folder.

Prints a table of counts per format and class (ok, refused, traceback, bad-refusal, hang, memory,
wrote-outside); each failing input is saved as a folder (the project folder, ``command.json``,
``stderr.txt``) for ``--replay``. Exit status 1 when anything failed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["ANNSTUDIO_FUZZ_KNOWN_FAULTS"] = "1"  # the campaign draws every class, fixed or not

import hypothesis  # noqa: E402
from hypothesis import (  # noqa: E402
    HealthCheck,
    Phase,
    given,
    settings,
    strategies as st,
)

from tests.fuzz import strategies as S  # noqa: E402
from tests.fuzz.harness import CLASSES, make_workspace, run_cli  # noqa: E402

FORMATS = ("annproj", "annproj-files", "csv", "npy", "h5", "annproj-mutated", "h5-mutated", "keras-mutated")
FAILED = {"traceback", "bad-refusal", "hang", "memory", "wrote-outside"}


def train_model(folder: Path) -> Path:
    out = folder / "iris.h5"
    example = next(p for p in S.all_example_paths() if p.stem == "iris")
    subprocess.run([sys.executable, "-m", "annstudio", "train", str(example), "--epochs", "1", "--out", str(out),
                    "--quiet"], check=True, cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   capture_output=True)
    return out


def commands(fmt: str, path: Path, model: Path, with_out: bool) -> list[list[str]]:
    predict = ["predict", str(model), "--input", str(path), "--output", "y.npy"]
    if fmt in ("annproj", "annproj-files", "annproj-mutated"):
        return [["train", str(path), "--epochs", "1", "--quiet", *(["--out", "trained.h5"] if with_out else [])]]
    if fmt == "csv":
        return [["train", str(path), "--epochs", "1", "--quiet"], ["predict", str(model), "--input",
                                                                    str(path.with_name("data.csv")), "--output", "y.csv"]]
    if fmt == "npy":
        return [predict]
    x = path.with_name("x.npy")
    return [["inspect", str(path)], ["predict", str(path), "--input", str(x), "--output", "y.npy"]]


def strategy(fmt: str, model: Path) -> st.SearchStrategy:
    if fmt == "annproj":
        return S.project_files(S.QUICK_EXAMPLES)
    if fmt == "annproj-files":
        return S.project_files(S.QUICK_EXAMPLES, kinds=("callback-file",))
    if fmt == "csv":
        return S.project_files(("iris", "diabetes_regression"), with_csv=True)
    if fmt == "npy":
        return st.one_of(S.npy_files(big=True), S.npy_files(big=False))
    if fmt == "h5":
        return S.h5_files(big=True)
    if fmt == "annproj-mutated":
        sources = [p.read_bytes() for p in S.all_example_paths() if p.stem in S.QUICK_EXAMPLES]
        return st.sampled_from(sources).flatmap(lambda data: S.mutated_files(data, "mutated.annproj"))
    if fmt == "keras-mutated":
        return S.mutated_files(S.keras_bytes(), "mutated.keras")
    return S.mutated_files(model.read_bytes(), "mutated.h5")


def campaign(fmt: str, n: int, model: Path, out: Path, seed: int | None, counts: Counter) -> None:
    saved = Counter()

    @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(write=strategy(fmt, model), with_out=st.booleans())
    def one(write, with_out):
        parent, project = make_workspace()
        try:
            path = write(project)
            if fmt in ("h5", "h5-mutated", "keras-mutated"):
                import numpy as np

                np.save(project / "x.npy", np.zeros((3, 2), dtype=np.float32))
            for args in commands(fmt, path, model, with_out):
                outcome = run_cli(args, project)
                counts[fmt, outcome.kind] += 1
                if outcome.kind in FAILED:
                    target = out / fmt / outcome.kind / f"{saved[outcome.kind]:04d}"
                    saved[outcome.kind] += 1
                    shutil.copytree(project, target, symlinks=True, ignore_dangling_symlinks=True,
                                    dirs_exist_ok=True)
                    shutil.copy(model, target / "trained_model.h5")  # predict's model, for replay
                    saved_args = [a.replace(str(project), ".").replace(str(model), "./trained_model.h5") for a in args]
                    (target / "command.json").write_text(json.dumps(saved_args), encoding="utf-8")
                    (target / "stderr.txt").write_text(outcome.describe(), encoding="utf-8")
                    print(f"  {fmt}: {outcome.kind} -> {target}", flush=True)
        finally:
            shutil.rmtree(parent, ignore_errors=True)

    if seed is not None:
        one = hypothesis.seed(seed)(one)
    one()


def replay(folder: Path) -> int:
    args = json.loads((folder / "command.json").read_text(encoding="utf-8"))
    parent, project = make_workspace()
    try:
        shutil.copytree(folder, project, symlinks=True, dirs_exist_ok=True)
        outcome = run_cli([a if not a.startswith("./") else str(project / a[2:]) for a in args], project)
        print(" ".join(args))
        print(outcome.describe())
        return 0 if outcome.kind in ("ok", "refused") else 1
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=100, help="inputs per format (default 100)")
    parser.add_argument("--formats", default=",".join(FORMATS), help=f"comma-separated, of {', '.join(FORMATS)}")
    parser.add_argument("--out", type=Path, default=Path("/tmp/annstudio-fuzz"), help="where failing inputs go")
    parser.add_argument("--seed", type=int, help="Hypothesis seed (the same inputs again)")
    parser.add_argument("--replay", type=Path, metavar="DIR", help="run one saved failing input again")
    args = parser.parse_args()
    if args.replay:
        return replay(args.replay)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = set(formats) - set(FORMATS)
    if unknown:
        parser.error(f"unknown format(s) {', '.join(sorted(unknown))}")
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(make_workspace()[0])
    model = train_model(workdir)
    counts: Counter = Counter()
    try:
        for fmt in formats:
            print(f"{fmt}: {args.n} inputs", flush=True)
            campaign(fmt, args.n, model, args.out, args.seed, counts)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    width = max(len(f) for f in formats)
    print("\n" + "format".ljust(width) + "".join(f"{c:>14}" for c in (*CLASSES, "runs")))
    for fmt in formats:
        row = [counts[fmt, c] for c in CLASSES]
        print(fmt.ljust(width) + "".join(f"{v:>14}" for v in (*row, sum(row))))
    failed = sum(v for (_, c), v in counts.items() if c in FAILED)
    print(f"\n{failed} failing run(s); inputs saved under {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
