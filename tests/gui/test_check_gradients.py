"""Issue 13: "Check gradients" from the Learn menu: the xor example's backpropagation gradients next to
central differences, every relative error below 1e-6 (float64), shown in the table; a model over the
budget is refused with the reason."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QTableWidget

from annstudio.engine.gradient_check import MAX_CHECKED_PARAMETERS
from annstudio.gui.editor import commands
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec

from .conftest import show_main_window


def test_check_gradients_on_xor(qtbot, isolated_gui):
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=20000)
    window.findChild(QAction, "action_check_gradients").trigger()
    dialog = window.findChild(QDialog, "checkGradientsDialog")
    assert dialog.isVisible()
    table = dialog.findChild(QTableWidget, "checkGradientsTable")
    assert table.rowCount() == 2 * 8 + 8 + 8 + 1
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["layer", "weight", "backprop ∂E/∂w", "numerical", "relative error"]
    assert [table.item(0, c).text() for c in range(2)] == ["dense", "kernel[0, 0]"]
    assert table.item(table.rowCount() - 1, 1).text() == "bias[0]"
    errors = [float(table.item(r, 4).text()) for r in range(table.rowCount())]
    assert max(errors) < 1e-6
    for r in range(table.rowCount()):
        analytic, numerical = float(table.item(r, 2).text()), float(table.item(r, 3).text())
        assert analytic == pytest.approx(numerical, rel=1e-5, abs=1e-9)
    summary = dialog.findChild(QLabel, "checkGradientsSummary").text()
    assert summary.startswith("33 weights checked in float64") and "they agree" in summary
    dialog.close()

    # a model too large to check: refused, with the reason
    big = ModelSpec.stack([2], [("Dense", {"units": 64, "activation": "relu"}),
                                ("Dense", {"units": 64, "activation": "relu"}),
                                ("Dense", {"units": 1, "activation": "sigmoid"})])
    commands.push(window.document, "model", big, "big")
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and window.runner.last_model.spec.to_dict() == big.to_dict(), timeout=20000)
    window.findChild(QAction, "action_check_gradients").trigger()
    assert table.rowCount() == 0
    summary = dialog.findChild(QLabel, "checkGradientsSummary").text()
    # numbers as a reader takes them in ("266610 ... 2000" read badly for the notes' recipe)
    assert f"4,417 trainable weights, more than {MAX_CHECKED_PARAMETERS:,}." in summary


def test_a_trained_model_is_checked_without_a_false_alarm(qtbot, isolated_gui):
    """Iris trained to a loss of 2e-5: weights far from the data have slopes of 1e-12, which the central
    difference reads as 0 (relative error 1.0), and the check said 'some differ' of a correct backprop. Such
    differences are below what ε = 1e-6 resolves: shown in brackets, counted as agreeing."""
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "iris.annproj"), ask=False)
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=20000)
    commands.push(window.document, "training", _with_epochs(window.document.project.training, 300), "epochs")
    pace = window.findChild(QComboBox, "paceCombo")
    pace.setCurrentIndex(pace.findData("fastest"))
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    window.findChild(QAction, "action_check_gradients").trigger()
    dialog = window.findChild(QDialog, "checkGradientsDialog")
    table = dialog.findChild(QTableWidget, "checkGradientsTable")
    summary = dialog.findChild(QLabel, "checkGradientsSummary").text()
    assert "they agree" in summary, summary
    bracketed = [r for r in range(table.rowCount()) if table.item(r, 4).text().startswith("(")]
    assert bracketed and f"({len(bracketed)} rows in brackets differ by less than ε can resolve" in summary
    for r in bracketed:
        assert abs(float(table.item(r, 2).text()) - float(table.item(r, 3).text())) < 1e-9
        assert "smaller than a central difference with this ε can resolve" in table.item(r, 4).toolTip()
    measured = [float(table.item(r, 4).text()) for r in range(table.rowCount()) if r not in bracketed]
    assert measured and max(measured) < 1e-6


def _with_epochs(training, epochs):
    import copy

    changed = copy.deepcopy(training)
    changed.epochs = epochs
    return changed
