"""What the commands write never replaces what a learner keeps: export-code writes only a script or a
notebook of the style it names, ``--history`` and a project's CSVLogger never write over a project, a data
set or a model, a failed run leaves an existing history as it was, and the numbers the command line takes
keep the project file's limits. (Found by driving the commands as a careless learner: ``export-code p.annproj
-o p.annproj`` replaced the project with Python, ``--history`` a data CSV, and a diverged run emptied the
history it was given.)"""
from __future__ import annotations

import ast
import json

import pytest

from annstudio.cli import main
from annstudio.resources import resource_path

XOR = resource_path("examples", "xor_mlp.annproj")
DIABETES = resource_path("examples", "diabetes_regression.annproj")


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.annproj"
    path.write_text(XOR.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def error_of(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("annstudio: error: ") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("target, style, words", [
    ("p.annproj", None, "-o p.annproj: the keras export is a Python script; give a name ending in .py, e.g. p.py"),
    ("data.csv", "numpy", "the numpy export is a Python script"),
    ("model.h5", "keras", "give a name ending in .py"),
    ("notes.py", "notebook", "the notebook export is a Jupyter notebook; give a name ending in .ipynb"),
])
def test_export_code_writes_only_its_own_kind_of_file(project, capsys, monkeypatch, target, style, words):
    monkeypatch.chdir(project.parent)
    for name in ("data.csv", "model.h5"):
        (project.parent / name).write_text("keep me\n")
    before = {p.name: p.read_bytes() for p in project.parent.iterdir()}
    args = ["export-code", "p.annproj", "-o", target] + (["--style", style] if style else [])
    assert main(args) == 2
    assert words in error_of(capsys)
    assert {p.name: p.read_bytes() for p in project.parent.iterdir()} == before


def test_export_code_takes_the_style_from_an_ipynb_name(project, capsys):
    out = project.parent / "lesson.ipynb"
    assert main(["export-code", str(project), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["nbformat"] == 4
    assert f"notebook export of {project} written to {out}" in capsys.readouterr().out


@pytest.mark.parametrize("style", ["keras", "numpy"])
def test_a_project_name_cannot_turn_into_code_in_the_export(project, tmp_path, style):
    """A stranger's project named 'x\"\"\"<newline>import os; os.system(...)' made the exported script run its
    command; a name with a backslash made the script a SyntaxError."""
    data = json.loads(project.read_text(encoding="utf-8"))
    data["name"] = 'x"""\nimport os; os.system("touch PWNED")\n"""'
    data["description"] = 'C:\\Users\\me\\ """ \x00 \u2028 end\\'
    project.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / f"{style}.py"
    assert main(["export-code", str(project), "-o", str(out), "--style", style]) == 0
    tree = ast.parse(out.read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree, clean=False)
    assert doc.startswith(data["name"] + ": the annstudio project as a")   # read back as the name it was
    assert data["description"] in doc
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "system"]
    assert calls == []


def test_history_never_replaces_a_project_data_or_a_model(project, capsys, monkeypatch):
    monkeypatch.chdir(project.parent)
    (project.parent / "data.csv").write_text("x1,x2,y\n0,1,1\n")
    (project.parent / "notes").mkdir()
    (project.parent / "afile").write_text("x\n")
    before = {p.name: p.read_bytes() for p in project.parent.iterdir() if p.is_file()}
    for target, words in [
        ("p.annproj", "--history p.annproj holds something other than a training history (its first line does "
                      "not start with 'epoch,'); writing the history would replace it"),
        ("data.csv", "--history data.csv holds something other than a training history"),
        ("notes", "--history notes: this is a folder"),
        ("afile/h.csv", "--history afile/h.csv: afile is a file, not a folder"),
        ("missing/h.csv", "--history missing/h.csv: the folder missing does not exist"),
    ]:
        assert main(["train", "p.annproj", "--epochs", "1", "--quiet", "--history", target]) == 2
        assert words in error_of(capsys)
    assert {p.name: p.read_bytes() for p in project.parent.iterdir() if p.is_file()} == before
    assert not (project.parent / "missing").exists()


def test_a_projects_csvlogger_never_replaces_the_project(project, capsys):
    data = json.loads(project.read_text(encoding="utf-8"))
    data["training"]["callbacks"] = [{"class_name": "CSVLogger", "config": {"filename": "p.annproj"}}]
    project.write_text(json.dumps(data), encoding="utf-8")
    before = project.read_bytes()
    assert main(["train", str(project), "--epochs", "1", "--quiet"]) == 2
    assert "CSVLogger filename: " in error_of(capsys)
    assert project.read_bytes() == before


def test_a_run_that_fails_before_an_epoch_ends_leaves_the_history_as_it_was(tmp_path, capsys):
    data = json.loads(DIABETES.read_text(encoding="utf-8"))
    data["training"]["optimizer"]["config"]["learning_rate"] = 10   # diverges in the first epoch
    project = tmp_path / "div.annproj"
    project.write_text(json.dumps(data), encoding="utf-8")
    history = tmp_path / "hist.csv"
    history.write_text("epoch,loss\n1,0.5\n")
    assert main(["train", str(project), "--epochs", "3", "--quiet", "--history", str(history)]) == 2
    assert "training diverged" in error_of(capsys)
    assert history.read_text() == "epoch,loss\n1,0.5\n"


def test_a_history_is_replaced_by_the_next_runs_rows_and_zero_epochs_write_none(project, capsys):
    history = project.parent / "h.csv"
    assert main(["train", str(project), "--epochs", "2", "--quiet", "--history", str(history)]) == 0
    out = capsys.readouterr().out
    assert out.count(str(history)) == 1 and f"history written to {history}" in out   # said once
    assert [line.split(",")[0] for line in history.read_text().splitlines()] == ["epoch", "1", "2"]
    assert main(["train", str(project), "--epochs", "3", "--quiet", "--history", str(history)]) == 0
    assert [line.split(",")[0] for line in history.read_text().splitlines()] == ["epoch", "1", "2", "3"]
    capsys.readouterr()
    empty = project.parent / "none.csv"
    assert main(["train", str(project), "--epochs", "0", "--quiet", "--history", str(empty)]) == 0
    assert "history written" not in capsys.readouterr().out and not empty.exists()


@pytest.mark.parametrize("flag, value, words", [
    ("--seed", "99999999999", "--seed must be an integer from 0 to 2147483647, got 99999999999"),
    ("--seed", "-1", "--seed must be an integer from 0 to 2147483647, got -1"),
    ("--epochs", "2000000", "--epochs must be an integer from 0 to 1000000, got 2000000"),
    ("--epochs", "-1", "--epochs must be an integer from 0 to 1000000, got -1"),
])
def test_train_numbers_keep_the_project_files_limits(project, capsys, flag, value, words):
    """--seed 99999999999 --record saved a run the Runs panel then skipped without a word."""
    assert main(["train", str(project), flag, value, "--record"]) == 2
    assert words in error_of(capsys)
    assert not (project.parent / "p.runs").exists()


def test_a_history_that_cannot_be_written_is_refused_before_training(project, capsys, monkeypatch):
    """A read-only folder was found only after training ("training failed: OSError"), the run's time lost.
    (/proc takes no new files, even for root, as a read-only disk does not.)"""
    assert main(["train", str(project), "--epochs", "1", "--quiet", "--history", "/proc/annstudio_h.csv"]) == 2
    err = error_of(capsys)
    assert err.startswith("annstudio: error: --history /proc/annstudio_h.csv: cannot be written here (")
    assert "training" not in err


def test_checking_the_history_file_neither_leaves_one_behind_nor_changes_one(project, capsys):
    history = project.parent / "h.csv"
    assert main(["train", str(project), "--epochs", "0", "--quiet", "--history", str(history)]) == 0
    assert not history.exists()
    history.write_text("epoch,loss\n1,0.5\n")
    assert main(["train", str(project), "--epochs", "0", "--quiet", "--history", str(history)]) == 0
    assert history.read_text() == "epoch,loss\n1,0.5\n"
