"""Other data chosen after a run ended: Play starts afresh on it (a run continues only on its own data), yet
the training panel kept "epoch 300 · accuracy 100.0 %", the status bar the run's loss and the loss plot its
curve, beside decision regions of the XOR-trained model painted over the circle."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QComboBox, QLabel

from annstudio.resources import resource_path
from tests.gui.conftest import show_main_window


@pytest.fixture
def window(qtbot, isolated_gui):
    window = show_main_window(qtbot)
    window.runner.set_pace(None)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    return window


def test_choosing_other_data_after_a_run_shows_the_model_play_starts_from(qtbot, window):
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    epoch = window.findChild(QLabel, "epochReadout")
    accuracy = window.findChild(QLabel, "accuracyReadout")
    assert epoch.text() == "000,300" and accuracy.text() == "100.0 %"

    combo = window.findChild(QComboBox, "datasetCombo")
    combo.setCurrentIndex(combo.findData("toy_circle"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: window.document.project.dataset["name"] == "toy_circle", timeout=5000)

    qtbot.waitUntil(lambda: window.runner.state == "idle", timeout=10000)
    assert epoch.text() == "000,000" and accuracy.text() != "100.0 %"
    assert len(window.loss_plot.train_curve.getData()[0] or []) == 0          # the XOR run's curve is gone
    status = window.findChild(QLabel, "statusReadout")
    qtbot.waitUntil(lambda: status.text().startswith("Epoch 0"), timeout=10000)
    qtbot.waitUntil(lambda: bool(window.runs_panel.records), timeout=10000)   # the run itself is kept
