"""Export after "Load its model" of a run: the status bar said "Exported the model (no batch trained yet)"
while the file held the run's trained weights; a learner took it for an untrained model."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from annstudio.io.h5_read import load_h5
from tests.gui.test_runs_panel import button, click_row, isolated, play_and_record, set_learning_rate, window  # noqa: F401


def test_exporting_a_runs_loaded_model_says_whose_weights_it_holds(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    set_learning_rate(window, 0.05, epochs=5)
    record = play_and_record(qtbot, window)
    window.training_panel.reset_action.trigger()
    click_row(qtbot, window, 0)
    qtbot.mouseClick(button(window, "runsLoadModel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.last_model is not None and window.runner.has_custom_weights, timeout=30000)

    target = tmp_path / "loaded.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.findChild(QAction, "action_export_h5").trigger()
    said = window.statusBar().currentMessage()
    assert said == f"Exported the model with the weights of the run “{record.name}” to loaded.h5", said
    kept = load_h5(record.weights_path).weights
    for key, value in load_h5(target).weights.items():
        np.testing.assert_array_equal(value, kept[key])


def test_code_exported_after_save_as_is_called_by_the_files_name(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    """A new project saved as wd.annproj, then File › Export code › Python script: the script's docstring
    called it "untitled"."""
    window.document.project.name = "untitled"   # as File › New names it
    window.document.save(tmp_path / "wd.annproj")
    target = tmp_path / "wd.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.findChild(QAction, "action_export_python").trigger()
    assert target.read_text(encoding="utf-8").startswith('"""wd: ')
