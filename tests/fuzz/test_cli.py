"""The CLI promise on hostile inputs, in child processes (fewer examples than in-process): exit 0, or exit 2
with exactly one ``annstudio: error:`` line; no traceback, no hang (30 s), peak RSS under 1 GB, nothing
created or changed outside the project's folder. See harness.py for how each is measured.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from hypothesis import given, settings

from . import strategies as S
from .conftest import examples
from .harness import ROOT, make_workspace, run_cli


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory):
    """A model .h5 written by our own writer (the iris example after one epoch)."""
    folder = tmp_path_factory.mktemp("model")
    pythonpath = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    out = folder / "iris.h5"
    example = next(p for p in S.all_example_paths() if p.stem == "iris")
    subprocess.run([sys.executable, "-m", "annstudio", "train", str(example), "--epochs", "1", "--out", str(out),
                    "--quiet"], check=True, cwd=folder, env={**os.environ, "PYTHONPATH": pythonpath},
                   capture_output=True)
    return out


def check(args_for, write, **kwargs):
    """Write the input into a fresh project folder, run the CLI on it, and require ok or a one-line refusal."""
    parent, project = make_workspace()
    try:
        path = write(project)
        outcome = run_cli(args_for(path), project, **kwargs)
        assert outcome.kind in ("ok", "refused"), outcome.describe()
        return outcome
    finally:
        shutil.rmtree(parent, ignore_errors=True)


@settings(max_examples=examples(25))
@given(write=S.project_files(S.QUICK_EXAMPLES), out=S.st.booleans())
def test_train_on_hostile_projects(write, out):
    check(lambda p: ["train", str(p), "--epochs", "1", "--quiet", *(["--out", "trained.h5"] if out else [])], write)


@settings(max_examples=examples(12))
@given(write=S.project_files(("iris", "diabetes_regression"), with_csv=True))
def test_train_on_hostile_csv_datasets(write):
    check(lambda p: ["train", str(p), "--epochs", "1", "--quiet"], write)


@settings(max_examples=examples(10))
@given(edits=S.mutations(3000), index=S.st.integers(0, 10))
def test_train_on_mutated_examples(edits, index):
    paths = [p for p in S.all_example_paths() if p.stem in S.QUICK_EXAMPLES]
    original = paths[index % len(paths)].read_bytes()

    def write_mutated(folder):
        path = folder / "mutated.annproj"
        path.write_bytes(S.mutate(original, edits))
        return path
    check(lambda p: ["train", str(p), "--epochs", "1", "--quiet"], write_mutated)


@settings(max_examples=examples(25))
@given(write=S.h5_files(big=True))
def test_inspect_hostile_h5(write):
    check(lambda p: ["inspect", str(p)], write)


@settings(max_examples=examples(20))
@given(edits=S.mutations(20_000))
def test_inspect_mutated_h5(trained_model, edits):
    original = trained_model.read_bytes()

    def write(folder):
        path = folder / "mutated.h5"
        path.write_bytes(S.mutate(original, edits))
        return path
    check(lambda p: ["inspect", str(p)], write)


@settings(max_examples=examples(20))
@given(write=S.st.one_of(S.npy_files(big=True), S.csv_files()))
def test_predict_on_hostile_inputs(trained_model, write):
    check(lambda p: ["predict", str(trained_model), "--input", str(p), "--output", "y.npy"], write)


@settings(max_examples=examples(10))
@given(edits=S.mutations(6000))
def test_inspect_mutated_keras(edits):
    original = S.keras_bytes()

    def write(folder):
        path = folder / "mutated.keras"
        path.write_bytes(S.mutate(original, edits))
        return path
    check(lambda p: ["inspect", str(p)], write)
