"""A project saved from a new one is stored as "untitled": the exported script's docstring, the notebook's
title and the command line called it "untitled" rather than by the file the learner named it."""
from __future__ import annotations

import json

from annstudio.cli import main
from annstudio.project import Project
from annstudio.resources import resource_path


def untitled_copy(tmp_path, stem="wd"):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.name = "untitled"
    project.training.epochs = 2
    target = tmp_path / f"{stem}.annproj"
    project.save(target)
    assert json.loads(target.read_text(encoding="utf-8"))["name"] == "untitled"
    return target


def test_a_saved_untitled_project_is_called_by_its_files_name(tmp_path, capsys):
    path = untitled_copy(tmp_path)
    assert Project.load(path).name == "wd"

    assert main(["export-code", str(path), "--style", "keras", "-o", str(tmp_path / "wd.py")]) == 0
    assert (tmp_path / "wd.py").read_text(encoding="utf-8").startswith('"""wd: ')
    assert main(["export-code", str(path), "--style", "notebook", "-o", str(tmp_path / "wd.ipynb")]) == 0
    cells = json.loads((tmp_path / "wd.ipynb").read_text(encoding="utf-8"))["cells"]
    assert "".join(cells[0]["source"]).startswith("# wd\n")
    capsys.readouterr()
    assert main(["train", str(path)]) == 0
    assert capsys.readouterr().out.startswith("wd: ")


def test_a_named_project_keeps_its_name(tmp_path):
    path = untitled_copy(tmp_path)
    project = Project.load(path)
    project.name = "Wide and deep"
    project.save(path)
    assert Project.load(path).name == "Wide and deep"
