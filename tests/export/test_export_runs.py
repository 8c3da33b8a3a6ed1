"""Each export style, run on the examples, reproduces annstudio's result.

The exported programs run in a subprocess (``run_exports.py``: one process per style, so TensorFlow starts
once) beside annstudio's own run of the same project; epochs are cut down for speed by saving a copy of each
example with fewer epochs (the "test-only override": the export and annstudio both read that copy).

Tolerances:
- NumPy export vs annstudio's NumPy backend: the program draws the initial weights and shuffles with
  annstudio's generators and computes the same formulas, so only float32 rounding order differs: 1e-4.
- Keras export vs annstudio's TensorFlow backend: stock Keras draws its own initial weights (annstudio copies
  its seeded draw into the Keras model), so the two runs differ as two seeds do. Measured over seeds 0-5 with
  these epochs (annstudio, NumPy backend = TensorFlow backend to ~1e-7): accuracy spreads up to 0.067 (iris)
  and 0.028 (digits); losses up to 0.28 of 0.87 (diabetes, SGD 20 epochs) and 0.17 of 0.79 (Wide & Deep).
  So: accuracy within 0.1, loss/mae within 0.02 + 40 % of the larger value.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annstudio.export import write_export
from annstudio.project import Project
from annstudio.resources import resource_path
from annstudio.spec.training import normalize_callbacks

pytestmark = pytest.mark.slow
EXAMPLES = resource_path("examples")
FASHION = "/usr/share/datasets/fashion-mnist"
EPOCHS = {"fashion_mnist_mlp": 3, "gates_and": 200,
          "xor_mlp": 150, "iris": 50, "digits": 10, "diabetes_regression": 20, "wide_and_deep": 20}
RUNNER = Path(__file__).with_name("run_exports.py")
ROOT = Path(__file__).resolve().parents[2]


def _prepare(tmp_path: Path, style: str, names, change=None) -> list[str]:
    """Save each example with fewer epochs beside ``tmp_path`` and export it into ``tmp_path/exported``
    (the exported programs' callbacks write there, annstudio's beside the project)."""
    args = []
    (tmp_path / "exported").mkdir()
    for name in names:
        project = Project.load(EXAMPLES / f"{name}.annproj")
        project.training.epochs = EPOCHS[name]
        if change is not None:
            change(name, project)
        path = tmp_path / f"{name}.annproj"
        project.save(path)
        script = tmp_path / "exported" / f"{name}_{style}.py"
        write_export(project, script, style)
        args += [str(path), str(script)]
    return args


def _run(backend: str, args: list[str], env_extra: dict | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3", "MPLBACKEND": "Agg",
           **(env_extra or {})}
    done = subprocess.run([sys.executable, str(RUNNER), backend, *args], capture_output=True, text=True, env=env,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULTS "))
    return json.loads(line[len("RESULTS "):])


def test_numpy_exports_reproduce_the_numpy_backend(tmp_path):
    results = _run("numpy", _prepare(tmp_path, "numpy", [n for n in EPOCHS if n not in ("wide_and_deep",
                                                                                       "fashion_mnist_mlp")]))
    assert len(results) == 5
    for name, r in results.items():
        assert r["printed"], name
        assert set(r["exported"]) == set(r["annstudio"]), name
        for key, ours in r["annstudio"].items():
            assert r["exported"][key] == pytest.approx(ours, abs=1e-4), (name, key, r)


def _close(key: str, a: float, b: float) -> bool:
    if key == "accuracy":
        return abs(a - b) <= 0.1
    return abs(a - b) <= 0.02 + 0.4 * max(abs(a), abs(b))


def _with_callbacks(name: str, project: Project) -> None:
    if name == "iris":   # every callback kind that writes, and one that watches (never stops within 50 epochs)
        project.training.callbacks = normalize_callbacks([
            {"class_name": "EarlyStopping", "config": {"monitor": "val_loss", "patience": 100}},
            {"class_name": "CSVLogger", "config": {"filename": "log/history.csv"}},   # a folder Keras does not make
            {"class_name": "ModelCheckpoint", "config": {"filepath": "best.h5", "save_best_only": True}},
            {"class_name": "TensorBoard", "config": {}},
        ])
    if name == "fashion_mnist_mlp":   # a small part of the images, from the local files (offline)
        project.dataset["params"].update(limit_train=3000, limit_test=1000)
    if name == "wide_and_deep":   # names that spell one Python variable, or one the program itself uses
        _rename_branches(project)


def _rename_branches(project: Project) -> None:
    """Two parallel branches named ``a-b`` and ``a_b`` (both were the variable ``a_b``: the Concatenate took
    one branch twice, a smaller network, with no error) into a Concatenate named ``x_train``, then ``layers``."""
    from annstudio.spec.edits import rename_layer

    spec = project.model
    for old, new in (("dense", "a-b"), ("dense_1", "a_b"), ("concatenate", "x_train"), ("dense_2", "layers")):
        spec = rename_layer(spec, old, new)
    spec.layers[2].inputs = ["input"]
    spec.layers[3].inputs = ["a-b", "a_b"]
    project.model = spec


def test_keras_exports_reproduce_the_tensorflow_backend(tmp_path):
    pytest.importorskip("tensorflow")
    names = [n for n in EPOCHS if n != "fashion_mnist_mlp"]
    env = {}
    if Path(FASHION).is_dir():
        names.append("fashion_mnist_mlp")
        env["FASHION_MNIST_DIR"] = FASHION
    results = _run("tensorflow", _prepare(tmp_path, "keras", names, _with_callbacks), env)
    assert len(results) == len(names)
    for name, r in results.items():
        assert r["printed"], name
        assert set(r["exported"]) == set(r["annstudio"]), name
        for key, ours in r["annstudio"].items():
            assert _close(key, r["exported"][key], ours), (name, key, r)
    print(json.dumps(results, indent=1))   # the numbers, for the record (pytest -s)
    assert results["gates_and"]["exported"]["accuracy"] == 1.0
    assert results["xor_mlp"]["exported"]["accuracy"] == 1.0
    exported = tmp_path / "exported"
    assert (exported / "log" / "history.csv").read_text().count("\n") == EPOCHS["iris"] + 1
    assert (exported / "best.h5").stat().st_size > 0
    assert list((exported / "logs").iterdir())


def test_notebook_is_valid_and_runs_headless(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("tensorflow")
    project = Project.load(EXAMPLES / "gates_and.annproj")
    project.training.epochs = 50
    out = tmp_path / "gates.ipynb"
    write_export(project, out, "notebook")
    nb = nbformat.read(out, as_version=4)
    nbformat.validate(nb)
    markdown = [c for c in nb.cells if c.cell_type == "markdown"]
    assert any("훈련" in c.source and "Training" in c.source for c in markdown)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert "plt.show()" in code[-1] and "history.history" in code[-1]   # the notes' plot cell, shown inline
    assert not any("matplotlib.use" in source for source in code)
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "test metrics: {" in printed
    assert "predicted classes: [0, 0, 0, 1]" in printed
