"""Issue 13: "Explain this step" in the main window, opened from the Learn menu as a learner would: the
seeded model before training, a chosen sample and weight typed in, Step moves the explanation on, and
while a batch runs the action is disabled with the reason."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from annstudio.engine.explain import explain_step, fmt
from annstudio.gui.views.explain_step import ExplainStepView
from annstudio.resources import resource_path

from .conftest import show_main_window


def xor_window(qtbot):
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=20000)
    return window


def type_into(qtbot, field, text):
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)


def step(qtbot, window):
    with qtbot.waitSignal(window.runner.sigStateChanged, timeout=30000,
                          check_params_cb=lambda state: state == "paused"):
        window.training_panel.step_action.trigger()


def shown_rows(view):
    return [[view.cell(r, c) for c in range(5)] for r in range(view.table.rowCount())]


def test_explains_the_seeded_model_then_follows_step(qtbot, isolated_gui):
    window = xor_window(qtbot)
    window.findChild(QAction, "action_explain_step").trigger()
    view = window.findChild(QWidget, "explainStep")
    assert isinstance(view, ExplainStepView) and view.isVisible()
    run = window.runner.idle_run()
    expected = explain_step(run.model, run.trainer.x, run.trainer.y, 0, ("dense_1", 0, 0))
    rows = shown_rows(view)
    assert len(rows) == 8 + 1  # 8 tanh units, 1 sigmoid output
    assert rows[0][0] == "dense (tanh)" and rows[8][0] == "dense_1 (sigmoid)"
    for r, (layer, j) in enumerate([(0, j) for j in range(8)] + [(1, 0)]):
        step_ = expected.layers[layer]
        assert rows[r][2:] == [fmt(step_.z[j]), fmt(step_.a[j]), fmt(step_.delta[j])]
    assert view.findChild(QLabel, "explainLoss").text().startswith(f"Loss E = {fmt(expected.loss)}")
    update = view.findChild(QLabel, "explainUpdate").text()
    assert "Adam" in update and expected.update.lines[-1] in update and "w ← w − α·m/(√v + ε)" in update
    assert "before training" in view.findChild(QLabel, "explainStatus").text()

    # choose sample 3 and the weight W[1, 5] of the hidden layer by typing, as a learner does
    type_into(qtbot, view.findChild(QWidget, "explainSample"), "3")
    layer = view.findChild(QComboBox, "explainLayer")
    layer.setFocus()
    qtbot.keyClick(layer, Qt.Key.Key_Up)
    assert layer.currentText() == "dense"
    type_into(qtbot, view.findChild(QWidget, "explainWeightI"), "1")
    type_into(qtbot, view.findChild(QWidget, "explainWeightJ"), "5")
    chosen = explain_step(run.model, run.trainer.x, run.trainer.y, 3, ("dense", 1, 5))
    assert view.explanation.sample == 3 and view.explanation.weight == ("dense", 1, 5)
    assert view.findChild(QLabel, "explainInput").text() == "Input x = [1, 1], target t = [0]"
    grad = view.findChild(QLabel, "explainGradient").text()
    assert grad.startswith("∂E/∂W[1, 5] (dense) = a_prev[1]·δ[5]")
    assert grad.endswith(f"= {fmt(chosen.layers[0].grad_kernel[1, 5])}")
    assert chosen.update.lines[-1] in view.findChild(QLabel, "explainUpdate").text()
    # a sample that is not in the training set is refused with the reason; nothing changes
    type_into(qtbot, view.findChild(QWidget, "explainSample"), "4")
    assert view.explanation.sample == 3
    assert view.sample.text() == "3" and "from 0 to 3" in view.sample.message.text()

    # Step: one batch trained; the explanation shows the paused model's next step
    before = view.explanation.update.w
    step(qtbot, window)
    qtbot.waitUntil(lambda: view.explanation is not None and view.explanation.update.w != before, timeout=10000)
    model = window.runner.last_model
    assert view.explanation.update.w == pytest.approx(float(model.get_weights()["dense/kernel"][1, 5]))
    assert view.explanation.update.step == model.get_optimizer_state()["iterations"] + 1
    assert "paused" in view.findChild(QLabel, "explainStatus").text()


def test_disabled_with_the_reason_while_training_runs(qtbot, isolated_gui):
    window = xor_window(qtbot)
    window.findChild(QAction, "action_explain_step").trigger()
    view = window.findChild(QWidget, "explainStep")
    action = window.findChild(QAction, "action_explain_step")
    window.runner.set_pace(2.0)  # slow enough to look at it while it runs
    with qtbot.waitSignal(window.runner.sigStateChanged, timeout=20000,
                          check_params_cb=lambda state: state == "running"):
        window.training_panel.play_action.trigger()
    assert not action.isEnabled() and "Pause training first" in action.toolTip()
    assert not window.findChild(QAction, "action_check_gradients").isEnabled()
    assert "Training is running" in view.findChild(QLabel, "explainStatus").text()
    assert not view.findChild(QWidget, "explainSample").isEnabled()
    assert view.table.rowCount() == 0
    with qtbot.waitSignal(window.runner.sigStateChanged, timeout=20000,
                          check_params_cb=lambda state: state == "paused"):
        window.training_panel.pause_action.trigger()
    assert action.isEnabled()
    qtbot.waitUntil(lambda: view.table.rowCount() == 9, timeout=10000)
    assert np.isfinite(view.explanation.loss)


def test_chosen_weight_row_and_a_model_it_cannot_explain(qtbot, isolated_gui):
    from annstudio.gui.editor import commands
    from annstudio.spec import ModelSpec

    window = xor_window(qtbot)
    window.findChild(QAction, "action_explain_step").trigger()
    view = window.findChild(QWidget, "explainStep")
    type_into(qtbot, view.findChild(QWidget, "explainWeightI"), "7")
    assert view.table.selectionModel().selectedRows()[0].row() == 8  # dense_1's unit 0: δ of W[7, 0]
    assert "a_prev[7]" in view.findChild(QLabel, "explainGradient").text()
    dropout = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "relu"}), ("Dropout", {"rate": 0.5}),
                                    ("Dense", {"units": 1, "activation": "sigmoid"})])
    commands.push(window.document, "model", dropout, "dropout")
    status = view.findChild(QLabel, "explainStatus")
    qtbot.waitUntil(lambda: "Dropout" in status.text(), timeout=20000)
    assert "stacks of Dense layers" in status.text()
    assert view.table.rowCount() == 0 and not view.findChild(QWidget, "explainSample").isEnabled()
    window.document.undo_stack.undo()  # back to the xor model: explained again
    qtbot.waitUntil(lambda: view.table.rowCount() == 9, timeout=20000)


def test_a_model_that_does_not_fit_the_data_says_why(qtbot, isolated_gui):
    # a learner's edit leaves a valid stack whose output does not fit the loss: the panel names the problem
    # Play would name, instead of saying there is no model
    from annstudio.gui.editor import commands
    from annstudio.spec import ModelSpec

    window = xor_window(qtbot)
    window.findChild(QAction, "action_explain_step").trigger()
    view = window.findChild(QWidget, "explainStep")
    three = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}),
                                  ("Dense", {"units": 3, "activation": "sigmoid"})])
    commands.push(window.document, "model", three, "three outputs")
    status = view.findChild(QLabel, "explainStatus")
    qtbot.waitUntil(lambda: "No model to explain" in status.text(), timeout=20000)
    assert "dense_1" in status.text() and "3" in status.text()
    assert "No model yet" not in status.text()
    assert view.table.rowCount() == 0
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: view.table.rowCount() == 9, timeout=20000)
    assert "No model" not in status.text()


def test_an_imported_model_is_not_called_the_model_before_training(qtbot, isolated_gui, tmp_path, monkeypatch):
    """The notes' recipe trained, exported and imported again: the explanation said "with the model before
    training" beside the imported, trained weights."""
    from PySide6.QtWidgets import QFileDialog

    window = xor_window(qtbot)
    target = tmp_path / "xor.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["import_h5"].trigger()
    qtbot.waitUntil(lambda: window.runner.has_custom_weights and window.runner.last_model is not None,
                    timeout=20000)
    window.findChild(QAction, "action_explain_step").trigger()
    status = window.findChild(QWidget, "explainStep").findChild(QLabel, "explainStatus")
    qtbot.waitUntil(lambda: "imported" in status.text(), timeout=10000)
    assert "before training" not in status.text()
