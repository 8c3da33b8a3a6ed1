"""The data panel's input-feature toggles in the main window: the choice goes into the project, the Input
card follows the number of features, the decision regions are redrawn over the raw plane; undo, save, reopen."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel

from annstudio.data.features import expand
from annstudio.gui.editor.card_delegate import card_text
from annstudio.resources import resource_path

from .conftest import show_main_window

pytestmark = pytest.mark.usefixtures("isolated_gui")


def click(qtbot, window, name):
    box = window.findChild(QCheckBox, name)
    assert box is not None and box.isVisible(), name
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center() - box.rect().center() / 2)
    return box


def input_card(window):
    return card_text(window.stack_editor.model.index(0, 0))


def wait_for_regions(qtbot, window, n_inputs):
    """Until the plot shows a result computed for data with ``n_inputs`` model inputs."""
    plot = window.decision_plot

    def ready():
        ds = plot.dataset
        return (ds is not None and ds.input_shape == (n_inputs,) and plot.result is not None
                and window.runner.last_model is not None
                and tuple(window.runner.last_model.spec.input_shape) == (n_inputs,)
                and not window.dataset_panel.busy)
    qtbot.waitUntil(ready, timeout=15000)
    qtbot.waitUntil(lambda: _matches_model(window), timeout=15000)
    return plot


def _matches_model(window):
    plot = window.decision_plot
    _, _, x = plot.probe.grid.grid(plot.dataset)
    z = np.asarray(plot.result["z"]).reshape(len(x), -1)
    return np.allclose(z, window.runner.last_model.predict(x), atol=1e-6)


def open_xor(qtbot, tmp_path):
    source = tmp_path / "xor_mlp.annproj"
    shutil.copy(resource_path("examples", "xor_mlp.annproj"), source)
    window = show_main_window(qtbot, (1400, 900))
    window.open_path(source, ask=False)
    return window


def test_toggling_x1x2_changes_data_input_and_regions_undo_restores(qtbot, tmp_path):
    window = open_xor(qtbot, tmp_path)
    plot = wait_for_regions(qtbot, window, 2)
    extent = plot.result["extent"]
    toggles = window.findChild(QCheckBox, "feature_x1_x2").parent()
    labels = [b.text() for b in toggles.findChildren(QCheckBox)]
    assert labels == ["X₁", "X₂", "X₁²", "X₂²", "X₁X₂", "sin(X₁)", "sin(X₂)"]
    assert [b.isChecked() for b in toggles.findChildren(QCheckBox)] == [True, True] + [False] * 5
    assert input_card(window).settings == "2 features"

    box = click(qtbot, window, "feature_x1_x2")
    assert box.isChecked()
    assert window.document.project.dataset["params"]["features"] == ["x1", "x2", "x1*x2"]
    assert window.document.spec.input_shape == (3,)
    assert input_card(window).settings == "3 features"
    plot = wait_for_regions(qtbot, window, 3)
    # still drawn over the raw (x1, x2) plane; the grid points are expanded before predict
    assert plot.result["extent"] == extent
    _, _, x = plot.probe.grid.grid(plot.dataset)
    assert x.shape[1] == 3
    xs, ys = plot.train_item.getData()
    np.testing.assert_array_equal(np.column_stack([xs, ys]), plot.dataset.points("train"))
    np.testing.assert_allclose(x, expand(x[:, :2], ["x1", "x2", "x1*x2"]), rtol=1e-6)
    assert "X₁X₂" in window.document.undo_stack.undoText()

    window.document.undo_stack.undo()   # one step: the features and the Input shape together
    assert window.document.project.dataset["params"].get("features", ["x1", "x2"]) == ["x1", "x2"]
    assert window.document.spec.input_shape == (2,)
    assert not window.findChild(QCheckBox, "feature_x1_x2").isChecked()
    wait_for_regions(qtbot, window, 2)


def test_the_last_feature_cannot_be_turned_off(qtbot, tmp_path):
    window = open_xor(qtbot, tmp_path)
    wait_for_regions(qtbot, window, 2)
    click(qtbot, window, "feature_x1")
    assert window.document.project.dataset["params"]["features"] == ["x2"]
    assert window.document.spec.input_shape == (1,)
    before = window.document.undo_stack.count()
    box = click(qtbot, window, "feature_x2")
    assert box.isChecked()
    note = window.findChild(QLabel, "featuresNote")
    assert note.isVisible() and "At least one input feature must stay on" in note.text()
    qtbot.wait(50)   # the layout settles
    rect = QRect(note.mapTo(window, QPoint(0, 0)), note.size())
    for name in ("feature_x1_x2", "feature_sin_x1", "feature_sin_x2"):   # the note covers no box of the row
        other = window.findChild(QCheckBox, name)
        assert other.isVisible() and not rect.intersects(QRect(other.mapTo(window, QPoint(0, 0)), other.size()))
    assert note.height() >= note.heightForWidth(note.width())            # and is not cut
    assert window.document.undo_stack.count() == before
    assert window.document.project.dataset["params"]["features"] == ["x2"]


def test_the_choice_is_saved_and_reopened(qtbot, tmp_path, monkeypatch):
    window = open_xor(qtbot, tmp_path)
    wait_for_regions(qtbot, window, 2)
    click(qtbot, window, "feature_x1_x2")
    click(qtbot, window, "feature_sin_x1")
    target = tmp_path / "featured.annproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["save_as"].trigger()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["dataset"]["params"]["features"] == ["x1", "x2", "x1*x2", "sin_x1"]
    assert saved["model"]["layers"][0]["config"]["shape"] == [4]

    again = show_main_window(qtbot)
    again.open_path(target, ask=False)
    checked = [n for n in ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")
               if again.findChild(QCheckBox, f"feature_{n}").isChecked()]
    assert checked == ["x1", "x2", "x1_x2", "sin_x1"]
    assert input_card(again).settings == "4 features"
    wait_for_regions(qtbot, again, 4)


@pytest.mark.parametrize("value", [5, {"a": 1}, ["x1", 3], "x1, x1*x2", None])
def test_odd_values_in_a_project_show_something_sensible(qtbot, tmp_path, value):
    data = json.loads(resource_path("examples", "xor_mlp.annproj").read_text(encoding="utf-8"))
    data["dataset"]["params"]["features"] = value
    path = tmp_path / "odd.annproj"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = show_main_window(qtbot)
    window.open_path(path, ask=False)
    checked = [n for n in ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")
               if window.findChild(QCheckBox, f"feature_{n}").isChecked()]
    assert checked == (["x1", "x1_x2"] if value == "x1, x1*x2" else ["x1"] if value == ["x1", 3] else ["x1", "x2"])
    panel = window.dataset_panel
    if value != "x1, x1*x2":   # the data load names the bad parameter
        qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10000)
        assert "parameter 'features'" in panel.error.text()
