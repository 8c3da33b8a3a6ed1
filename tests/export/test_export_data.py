"""The data part of an exported program gives annstudio's arrays (same split, scaling, features, targets)."""
from __future__ import annotations

import os

import numpy as np
import pytest

from annstudio.data import DATASETS
from annstudio.engine.session import load_project_dataset, prepare_targets
from annstudio.export.data_code import data_code
from annstudio.project import Project
from annstudio.resources import resource_path

EXAMPLES = resource_path("examples")

CASES = [
    ("and", {}, "binary_crossentropy"),
    ("xor", {"features": ["x1", "x2", "x1*x2"]}, "binary_crossentropy"),
    *[(name, {"n_samples": 120, "noise": 0.2, "seed": 3}, "mean_squared_error" if name in ("plane", "multi_gaussian")
       else "binary_crossentropy") for name in ("toy_circle", "toy_xor", "gaussians", "spiral", "moons", "plane",
                                                  "multi_gaussian")],
    ("spiral", {"features": ["x1^2", "x2^2", "sin_x1", "sin_x2"], "seed": 2}, "binary_crossentropy"),
    ("iris", {}, "sparse_categorical_crossentropy"),
    ("iris", {"features": "petal", "target": "setosa", "seed": 4}, "binary_crossentropy"),
    ("digits", {"standardize": True}, "categorical_crossentropy"),
    ("wine", {"test_ratio": 0.3}, "sparse_categorical_crossentropy"),
    ("breast_cancer", {"standardize": False}, "binary_crossentropy"),
    ("diabetes", {"standardize_target": False}, "mean_squared_error"),
    ("diabetes", {}, "huber"),
]


def _run_data(project: Project) -> dict:
    code = data_code(project, use_keras=False)
    namespace: dict = {}
    exec("\n".join(code.imports) + "\n" + "\n".join(code.helpers) + "\n" + code.body, namespace)
    return namespace


@pytest.mark.parametrize(("name", "params", "loss"), CASES)
def test_exported_data_equals_annstudios(name, params, loss):
    base = Project.load(EXAMPLES / "iris.annproj").to_dict()
    base["dataset"] = {"name": name, "params": params}
    base["training"]["loss"] = {"name": loss}
    project = Project.from_dict(base)
    ours = load_project_dataset(project)
    ns = _run_data(project)
    for part in ("train", "test"):
        x, y = getattr(ours, f"x_{part}"), getattr(ours, f"y_{part}")
        np.testing.assert_array_equal(ns[f"x_{part}"], x.astype(np.float32), err_msg=f"x_{part} of {name}")
        expected = prepare_targets(y, project.training.loss, ours)
        assert ns[f"y_{part}"].dtype == expected.dtype
        np.testing.assert_array_equal(ns[f"y_{part}"], expected, err_msg=f"y_{part} of {name}")


def test_every_toy_set_has_its_generator():
    from annstudio.export import snippets

    toy = [n for n, info in DATASETS.items() if info.category == "toy"]
    assert sorted(snippets.TOY) == sorted(toy)


def _csv_export(tmp_path, rows: list[str], width: int, params: dict):
    """annstudio's data of a CSV project (iris' network, ``width`` inputs) and the namespace its exported
    data code leaves (``x_train``, ``y_test``, ...), with the exported body."""
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n")
    base = Project.load(EXAMPLES / "iris.annproj").to_dict()
    base["dataset"] = {"name": "csv", "params": {"path": "t.csv", **params}}
    base["model"]["layers"][0]["config"]["shape"] = [width]
    base["training"]["loss"] = {"name": "binary_crossentropy"}
    project = Project.from_dict(base)
    ours = load_project_dataset(project, tmp_path)
    code = data_code(project, tmp_path, use_keras=False)
    ns: dict = {}
    exec("\n".join(code.imports) + "\n" + "\n".join(code.helpers) + "\n" + code.body, ns)
    return ours, ns, code.body


def test_csv_export_reads_the_same_rows(tmp_path):
    rows = ["a,b,kind"] + [f"{i * 0.5},{(i * 7) % 5},{'cat' if i % 3 else 'dog'}" for i in range(30)]
    ours, ns, _ = _csv_export(tmp_path, rows, 2, {"seed": 5})
    np.testing.assert_array_equal(ns["x_train"], ours.x_train)
    np.testing.assert_array_equal(ns["y_test"].reshape(-1), ours.y_test)


def test_csv_export_leaves_out_the_ignored_columns(tmp_path):
    """An id and a name column left out with 'ignore'. A feature's header cell holding a line break and code
    stays inside the comment that names the features (it would otherwise run when the script does)."""
    header = 'id,name,"a\nimport os; os.remove(\'x\')",b,kind'
    rows = [header] + [f"{i},p{i},{i * 0.5},{(i * 7) % 5},{'cat' if i % 3 else 'dog'}" for i in range(30)]
    ours, ns, body = _csv_export(tmp_path, rows, 2, {"seed": 5, "ignore": ["id", 1]})
    assert ours.feature_names[1] == "b" and len(ours.feature_names) == 2
    assert "FEATURES = [2, 3]" in body
    assert not any(line.lstrip().startswith("import os; os.remove") for line in body.splitlines())
    np.testing.assert_array_equal(ns["x_train"], ours.x_train)
    np.testing.assert_array_equal(ns["y_test"].reshape(-1), ours.y_test)


def test_csv_export_leaves_out_the_empty_columns_excel_adds(tmp_path):
    """Korean Excel ends every line with ",," (empty columns right of the table): annstudio reads the last
    column with data as the target and no empty column as a feature; the exported program does the same."""
    rows = ["a,b,kind,,"] + [f"{i * 0.5},{(i * 7) % 5},{'cat' if i % 3 else 'dog'},," for i in range(30)]
    ours, ns, body = _csv_export(tmp_path, rows, 2, {"seed": 5})
    assert ours.feature_names == ["a", "b"] and "TARGET = 2" in body and "FEATURES = [0, 1]" in body
    np.testing.assert_array_equal(ns["x_train"], ours.x_train)
    np.testing.assert_array_equal(ns["y_test"].reshape(-1), ours.y_test)


def test_csv_export_encodes_text_columns_as_annstudio_does(tmp_path):
    """A text column (one 0/1 feature per text) between numeric ones: the exported program builds the same
    features from the same file. A text holding a line break and code stays a string in the script."""
    hostile = '"x\nimport os; os.remove(\'x\')"'
    rows = ["a,colour,b,kind"] + [f"{i * 0.5},{['red', 'blue', hostile][i % 3]},{(i * 7) % 5},{'cat' if i % 4 else 'dog'}"
                                  for i in range(30)]
    ours, ns, body = _csv_export(tmp_path, rows, 5, {"seed": 5})
    assert ours.feature_names[:4] == ["a", "colour=blue", "colour=red", "colour=x\nimport os; os.remove('x')"]
    assert not any(line.lstrip().startswith("import os; os.remove") for line in body.splitlines())
    for part in ("train", "test"):
        np.testing.assert_array_equal(ns[f"x_{part}"], getattr(ours, f"x_{part}"))
    np.testing.assert_array_equal(ns["y_test"].reshape(-1), ours.y_test)


def test_csv_export_reads_a_korean_excel_file_as_annstudio_does(tmp_path):
    """Korean Excel saves plain "CSV" in CP949. annstudio reads it (UTF-8 first, then CP949); the exported
    program opened it as UTF-8 only and stopped with a UnicodeDecodeError before its first line of data."""
    rows = ["키,성별,몸무게,결과"] + [f"{150 + i},{'남' if i % 3 else '여'},{40 + (i * 7) % 30},{'합격' if i % 4 else '불합격'}"
                                      for i in range(30)]
    (tmp_path / "t.csv").write_bytes(("\n".join(rows) + "\n").encode("cp949"))
    base = Project.load(EXAMPLES / "iris.annproj").to_dict()
    base["dataset"] = {"name": "csv", "params": {"path": "t.csv", "seed": 5}}
    base["model"]["layers"][0]["config"]["shape"] = [4]
    base["training"]["loss"] = {"name": "binary_crossentropy"}
    project = Project.from_dict(base)
    ours = load_project_dataset(project, tmp_path)
    assert ours.feature_names == ["키", "성별=남", "성별=여", "몸무게"]
    code = data_code(project, tmp_path, use_keras=False)
    ns: dict = {}
    exec("\n".join(code.imports) + "\n" + "\n".join(code.helpers) + "\n" + code.body, ns)
    for part in ("train", "test"):
        np.testing.assert_array_equal(ns[f"x_{part}"], getattr(ours, f"x_{part}"))
        np.testing.assert_array_equal(ns[f"y_{part}"].reshape(-1), getattr(ours, f"y_{part}"))


@pytest.mark.parametrize("use_keras", [False, True])
def test_fashion_mnist_from_local_files(monkeypatch, use_keras):
    """Offline: FASHION_MNIST_DIR points the exported program at the IDX files (keras.datasets is not called)."""
    folder = "/usr/share/datasets/fashion-mnist"
    if not os.path.isdir(folder):
        pytest.skip("the Fashion-MNIST files are not installed")
    monkeypatch.setenv("FASHION_MNIST_DIR", folder)
    base = Project.load(EXAMPLES / "fashion_mnist_mlp.annproj").to_dict()
    base["dataset"]["params"].update(folder=folder, limit_train=300, limit_test=200, validation=100)
    project = Project.from_dict(base)
    ours = load_project_dataset(project)
    code = data_code(project, use_keras=use_keras)
    ns: dict = {}
    imports = [line for line in code.imports if line != "import keras"]   # not reached with the folder set
    exec("\n".join(imports) + "\n" + "\n".join(code.helpers) + "\n" + code.body, ns)
    for part in ("train", "val", "test"):
        np.testing.assert_array_equal(ns[f"x_{part}"], getattr(ours, f"x_{part}"))
        np.testing.assert_array_equal(ns[f"y_{part}"], prepare_targets(getattr(ours, f"y_{part}"),
                                                                       project.training.loss, ours))


def test_csv_export_of_a_project_named_by_a_relative_path_runs_from_elsewhere(tmp_path, monkeypatch):
    """``annstudio export-code study.annproj -o ../out/s.py`` in the project's folder wrote the CSV's path as
    "t.csv", relative: the script failed with a traceback when run from anywhere else. It holds the file's full
    path now; a missing file ends the program with one line saying what to do."""
    import subprocess
    import sys

    from annstudio.cli import main

    rows = ["a,b,kind"] + [f"{i * 0.5},{(i * 7) % 5},{'cat' if i % 3 else 'dog'}" for i in range(30)]
    project_dir, out_dir = tmp_path / "project", tmp_path / "out"
    project_dir.mkdir()
    out_dir.mkdir()
    (project_dir / "t.csv").write_text("\n".join(rows) + "\n")
    base = Project.load(EXAMPLES / "iris.annproj").to_dict()
    base["dataset"] = {"name": "csv", "params": {"path": "t.csv", "seed": 5}}
    base["model"]["layers"][0]["config"]["shape"] = [2]
    base["model"]["layers"][-1]["config"].update(units=1, activation="sigmoid")
    base["training"].update(loss={"name": "binary_crossentropy"}, epochs=2)
    Project.from_dict(base).save(project_dir / "p.annproj")
    monkeypatch.chdir(project_dir)
    assert main(["export-code", "p.annproj", "--style", "numpy", "-o", str(out_dir / "s.py")]) == 0
    env = {k: v for k, v in os.environ.items() if k != "ANNSTUDIO_CSV"}
    done = subprocess.run([sys.executable, "s.py"], cwd=out_dir, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    (project_dir / "t.csv").rename(project_dir / "gone.csv")
    done = subprocess.run([sys.executable, "s.py"], cwd=out_dir, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (f"{project_dir / 't.csv'}: no such file; put t.csv in this folder, or set "
                                   "ANNSTUDIO_CSV to its path")
    (project_dir / "gone.csv").rename(out_dir / "t.csv")   # a copy beside the program (an upload to Colab)
    done = subprocess.run([sys.executable, "s.py"], cwd=out_dir, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_csv_files_name_is_never_code_in_the_export(tmp_path, monkeypatch):
    name = "t'); import os; os.remove('x'); ('.csv"
    rows = ["a,b,kind"] + [f"{i * 0.5},{(i * 7) % 5},{'cat' if i % 3 else 'dog'}" for i in range(30)]
    (tmp_path / name).write_text("\n".join(rows) + "\n")
    base = Project.load(EXAMPLES / "iris.annproj").to_dict()
    base["dataset"] = {"name": "csv", "params": {"path": name}}
    base["model"]["layers"][0]["config"]["shape"] = [2]
    code = data_code(Project.from_dict(base), tmp_path, use_keras=False)
    (tmp_path / "x").write_text("kept")
    monkeypatch.setenv("ANNSTUDIO_CSV", str(tmp_path / "missing.csv"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        exec("\n".join(code.imports) + "\n" + "\n".join(code.helpers) + "\n" + code.body, {})
    assert str(stop.value) == f"{tmp_path / 'missing.csv'}: no such file; put {name} in this folder, or set " \
                              "ANNSTUDIO_CSV to its path"
    assert (tmp_path / "x").read_text() == "kept"
