"""File › Export code › Python script… / Jupyter notebook…: the chosen file type is the style, the file is
written and the status bar says where; a model the style cannot express gets a message naming the layer."""
from __future__ import annotations

import ast
import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from annstudio.gui import export_code
from annstudio.project import Project
from annstudio.resources import resource_path
from tests.gui.conftest import show_main_window

EXAMPLES = resource_path("examples")


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot)


def _export_action(window, name: str):
    file_menu = window.findChild(QMenu, "menu_file")
    export_menu = window.findChild(QMenu, "menu_export_code")
    assert export_menu.menuAction() in file_menu.actions()
    action = next(a for a in export_menu.actions() if a.objectName() == f"action_{name}")
    assert action.isEnabled()
    return action


def _pick(monkeypatch, path, chosen_filter):
    asked = {}

    def dialog(parent, caption, suggestion, filters, *a, **k):
        asked.update(caption=caption, suggestion=suggestion, filters=filters)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def test_python_script_keras_and_numpy(window, tmp_path, monkeypatch):
    window.document.replace(Project.load(EXAMPLES / "iris.annproj"))
    keras_type, numpy_type = export_code.script_filters().values()

    asked = _pick(monkeypatch, tmp_path / "iris_keras", keras_type)
    _export_action(window, "export_python").trigger()
    assert keras_type in asked["filters"] and numpy_type in asked["filters"]
    assert asked["suggestion"].endswith("Iris_species.py")
    written = tmp_path / "iris_keras.py"
    text = written.read_text(encoding="utf-8")
    ast.parse(text)
    assert "keras.Sequential" in text and "layers.Dense(16, activation='relu'" in text
    assert str(written) in window.statusBar().currentMessage()

    _pick(monkeypatch, tmp_path / "iris_numpy.py", numpy_type)
    _export_action(window, "export_python").trigger()
    text = (tmp_path / "iris_numpy.py").read_text(encoding="utf-8")
    assert "def backward(" in text and "import keras" not in text
    assert "iris_numpy.py" in window.statusBar().currentMessage()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_notebook(window, tmp_path, monkeypatch):
    window.document.replace(Project.load(EXAMPLES / "xor_mlp.annproj"))
    _pick(monkeypatch, tmp_path / "xor.ipynb", export_code.notebook_filter())
    _export_action(window, "export_notebook").trigger()
    nb = json.loads((tmp_path / "xor.ipynb").read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4 and any(c["cell_type"] == "markdown" for c in nb["cells"])
    assert "xor.ipynb" in window.statusBar().currentMessage()


def test_numpy_script_of_wide_and_deep_says_which_layer(window, tmp_path, monkeypatch):
    window.document.replace(Project.load(EXAMPLES / "wide_and_deep.annproj"))
    _pick(monkeypatch, tmp_path / "wd.py", export_code.script_filters()["numpy"])
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    _export_action(window, "export_python").trigger()
    assert len(shown) == 1 and "Concatenate" in shown[0] and "'concatenate'" in shown[0]
    assert not (tmp_path / "wd.py").exists()


def test_a_model_that_does_not_fit_its_data_is_refused_before_the_file_dialog(qtbot, window, tmp_path, monkeypatch):
    """Play refuses the XOR network on iris; Export code wrote a program that crashed at its first layer."""
    project = Project.load(EXAMPLES / "xor_mlp.annproj")
    project.dataset = {"name": "iris", "params": {}}
    window.document.replace(project)
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy, timeout=30000)
    asked = _pick(monkeypatch, tmp_path / "x.py", export_code.script_filters()["numpy"])
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    _export_action(window, "export_python").trigger()
    assert asked == {} and not (tmp_path / "x.py").exists()
    assert len(shown) == 1 and shown[0][0] == "Cannot export the project"
    problem, stop, hint = shown[0][1].split("\n")
    assert "(4,)" in problem and "(2,)" in problem
    assert stop == "The exported program would stop there too."
    assert hint == "“Fit the model to this data” in the Data panel makes the model match the data."


def test_data_that_is_not_here_does_not_stop_the_export(qtbot, window, tmp_path, monkeypatch):
    """MNIST without its files (the data panel says where it looked): a notebook for Colab, which downloads
    them, is still exported."""
    project = Project.load(EXAMPLES / "mnist_ann.annproj")
    project.dataset["params"]["folder"] = str(tmp_path / "nowhere")
    window.document.replace(project)
    qtbot.waitUntil(lambda: not window.dataset_panel.busy and window.dataset_panel.error.text() != "", timeout=30000)
    assert window.dataset_panel.dataset is None
    _pick(monkeypatch, tmp_path / "m.ipynb", export_code.notebook_filter())
    _export_action(window, "export_notebook").trigger()
    assert (tmp_path / "m.ipynb").exists()


def test_a_korean_window_exports_an_example_with_its_korean_name_and_description(qapp, window, tmp_path,
                                                                                 monkeypatch):
    """The window names a bundled example in Korean; the exported notebook and script opened with its
    English name and description."""
    from annstudio.gui.i18n import install_translators

    install_translators(qapp, "ko")
    try:
        window.document.replace(Project.load(EXAMPLES / "xor_mlp.annproj"))
        _pick(monkeypatch, tmp_path / "xor.ipynb", export_code.notebook_filter())
        _export_action(window, "export_notebook").trigger()
        first = "".join(json.loads((tmp_path / "xor.ipynb").read_text(encoding="utf-8"))["cells"][0]["source"])
        _pick(monkeypatch, tmp_path / "xor.py", next(iter(export_code.script_filters().values())))
        _export_action(window, "export_python").trigger()
        script = (tmp_path / "xor.py").read_text(encoding="utf-8")
    finally:
        install_translators(qapp, "en")
    for text in (first, script):
        assert "은닉층으로 푸는 XOR" in text and "XOR with a hidden layer" not in text
        assert "not linearly separable" not in text
    ast.parse(script)
    assert window.document.project.name == "XOR with a hidden layer"   # the project itself keeps its own
