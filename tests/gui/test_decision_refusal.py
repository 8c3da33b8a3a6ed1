"""The decision regions of a model the learner has just broken: three outputs typed into XOR's output layer
(binary cross-entropy needs one). The Output panel kept painting the regions of the model before the edit,
with nothing saying that this model could not be built; Play was the first to tell."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.test_main_window import isolated, make_window, unexpected_dialogs  # noqa: F401


@pytest.fixture
def window(qtbot, unexpected_dialogs):  # noqa: F811 (the fixture imported above)
    return make_window(qtbot)


def test_a_model_that_cannot_be_built_shows_why_instead_of_the_old_regions(qtbot, window):
    plot = window.decision_plot
    banner = plot.findChild(QLabel, "decisionRefusal")
    qtbot.waitUntil(lambda: plot.result is not None, timeout=10000)   # the untrained model's regions
    assert not banner.isVisible()

    window.stack_editor.select("dense_1")
    field = window.inspector.units_spin
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "3")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert "dense_1" in banner.text() and "3" in banner.text()
    assert plot.result is None and plot.image_rgba() is None          # the old regions are gone
    assert banner.geometry().bottom() < plot.viewport().geometry().top() + 1   # above the plot, not over it
    assert plot.train_item.isVisible()                                 # the data's points stay

    fit = window.findChild(QPushButton, "fitModelButton")
    qtbot.waitUntil(fit.isVisible)
    qtbot.mouseClick(fit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible() and plot.result is not None, timeout=10000)
    assert plot.image_rgba() is not None
