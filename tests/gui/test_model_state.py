"""The model the stack shows is the model that trains (issue 10, items 1, 2, 4 and 9), driven as a user:
examples, the Step/Play/Pause actions, the inspector's fields, the keep/reset question, File › Import and
Export, typed-in weights."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from annstudio.engine.session import create_run, evaluate, train
from annstudio.gui.editor import commands
from annstudio.gui.main_window import MainWindow
from annstudio.io.h5_read import load_h5
from annstudio.io.h5_write import save_h5
from annstudio.project import Project
from annstudio.resources import resource_path


@pytest.fixture(autouse=True)
def isolated(isolated_gui):
    """Every test here: private settings, no TensorFlow device scan (tests/gui/conftest.py)."""


def _quiet_close(window: MainWindow) -> None:
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_example(window, name):
    assert window.open_example(resource_path("examples", name))


def set_training(window, **values):
    training = window.document.section("training")
    for key, value in values.items():
        setattr(training, key, value)
    commands.push(window.document, "training", training, "settings")


def click_card(qtbot, window, name):
    view = window.stack_editor.view
    rect = view.visualRect(window.stack_editor.index_of(name))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_combo(window, object_name) -> QComboBox:
    combos = [c for c in window.inspector.findChildren(QComboBox, object_name) if c.isVisible()]
    assert len(combos) == 1, combos
    return combos[0]


def answer_question(qtbot, button_text, seen):
    """Click ``button_text`` in the next modal message box (the keep/reset question), as a user."""
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.findChildren(QPushButton)]}")
    QTimer.singleShot(20, click)


def wait_state(qtbot, window, state, timeout=60000):
    qtbot.waitUntil(lambda: window.runner.state == state, timeout=timeout)


# ---------------------------------------------------------------------------------------------- item 4
def test_editing_is_disabled_with_the_reason_while_training_runs(qtbot, window):
    open_example(window, "gates_and.annproj")
    set_training(window, epochs=100000)
    spec_before = window.document.spec.to_dict()
    banner = window.findChild(QLabel, "stackLockBanner")
    inspector_banner = window.findChild(QLabel, "inspectorLockBanner")
    assert banner is not None and inspector_banner is not None
    assert not banner.isVisible()
    click_card(qtbot, window, "dense")
    window.training_panel.play_action.trigger()
    wait_state(qtbot, window, "running")
    qtbot.waitUntil(lambda: window.readout.epoch >= 1, timeout=30000)
    try:
        # the reason, where the learner looks
        assert banner.isVisible() and inspector_banner.isVisible()
        assert "pause or stop the training to edit the model" in banner.text().lower()
        assert not window.palette.isEnabled() and "Pause or stop" in window.palette.toolTip()
        assert not window.inspector.isEnabled()
        for name in ("cut", "paste", "duplicate", "delete", "undo", "redo"):
            assert not window.actions_by_name[name].isEnabled(), name
        assert "Pause or stop" in window.actions_by_name["delete"].toolTip()
        # and nothing gets through: Delete on the card, Enter in the palette, a drop, undo
        click_card(qtbot, window, "dense")
        window.stack_editor.view.setFocus()
        qtbot.keyClick(window.stack_editor.view, Qt.Key.Key_Delete)
        window.palette.setCurrentIndex(window.palette.index_of("Dense"))
        qtbot.keyClick(window.palette, Qt.Key.Key_Return)
        window.stack_editor.append_kind("Dropout")
        if window.actions_by_name["undo"].isEnabled():
            window.actions_by_name["undo"].trigger()
        assert window.document.spec.to_dict() == spec_before
        # paused: editing is back
        window.training_panel.pause_action.trigger()
        wait_state(qtbot, window, "paused")
        assert not banner.isVisible() and window.palette.isEnabled() and window.inspector.isEnabled()
        assert window.actions_by_name["delete"].isEnabled() and "Pause or stop" not in window.palette.toolTip()
    finally:
        window.training_panel.stop_action.trigger()
        qtbot.waitUntil(lambda: not window.runner.is_active, timeout=30000)


# ---------------------------------------------------------------------------------------------- item 1
def test_keep_weights_trains_and_exports_the_edited_model(qtbot, window, tmp_path, monkeypatch):
    open_example(window, "gates_and.annproj")
    set_training(window, epochs=3)
    window.training_panel.step_action.trigger()
    wait_state(qtbot, window, "paused")
    trained = window.runner.last_model.get_weights()
    click_card(qtbot, window, "dense")
    combo = visible_combo(window, "activation")
    seen = []
    answer_question(qtbot, "Keep weights", seen)
    combo.setCurrentIndex(combo.findData("tanh"))
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and window.runner.last_model.spec.layer("dense").config["activation"] == "tanh", timeout=30000)
    # the edited model is the current one, with the trained weights (same shapes: every layer kept)
    current = window.runner.last_model.get_weights()
    assert all(np.array_equal(current[k], trained[k]) for k in trained)
    assert "Kept the trained weights of dense" in window.statusBar().currentMessage()
    # Play trains the edited model from the kept weights
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    wait_state(qtbot, window, "finished")
    target = tmp_path / "edited.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    contents = load_h5(target)
    assert contents.spec.layers[-1].config["activation"] == "tanh"
    # the same as training the edited model headless from the kept weights
    project = window.document.snapshot()
    run = create_run(project, "numpy")
    run.model.set_weights(trained)
    for _event in run.events():
        pass
    expected = run.model.get_weights()
    saved = contents.weights
    assert sorted(saved) == sorted(expected)
    for key in expected:
        np.testing.assert_allclose(saved[key], expected[key], rtol=1e-6, atol=1e-7)


# ---------------------------------------------------------------------------------------------- item 2
def test_an_imported_trained_model_is_the_current_model(qtbot, window, tmp_path, monkeypatch):
    # a small digits MLP trained headless
    project = Project.load(resource_path("examples", "digits.annproj"))
    project.training.epochs = 15
    history = train(project, "numpy")
    trained_loss = history.history["loss"][-1]
    model_file = tmp_path / "digits.h5"
    cfg = project.training
    save_h5(model_file, project.model, history.model.get_weights(), loss=cfg.loss, optimizer=cfg.optimizer,
            metrics=["accuracy"], dtype=cfg.dtype)

    window.actions_by_name["new"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(model_file), "")))
    window.actions_by_name["import_h5"].trigger()
    combo = window.dataset_panel.findChild(QComboBox, "datasetCombo")
    index = combo.findData("digits", Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    standardize = window.dataset_panel.findChild(QCheckBox, "param_standardize")  # as the model was trained
    standardize.click()
    assert window.document.project.dataset["params"].get("standardize") is True
    summary = window.results_panel.findChild(QLabel, "resultsSummary")
    window.docks["resultsPanel"].raise_()
    # Results show the imported model on the chosen data without any training
    qtbot.waitUntil(lambda: "accuracy" in summary.text(), timeout=60000)
    accuracy = float(summary.text().split("accuracy")[1].split("%")[0])
    assert accuracy > 85, summary.text()  # chance: 10 %
    assert window.runner.state == "idle" and window.readout.epoch == 0
    # Play continues from the imported weights: the first epoch's loss is near the trained one, not ~2.3
    set_training(window, epochs=1)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000) as blocker:
        window.training_panel.play_action.trigger()
    first_loss = blocker.args[0]["history"]["loss"][0]
    assert first_loss < 0.5 and first_loss < 5 * trained_loss + 0.05, (first_loss, trained_loss)


# ---------------------------------------------------------------------------------------------- item 9
def test_a_valid_model_has_weights_before_training_and_a_typed_weight_is_evaluated(qtbot, window):
    open_example(window, "gates_and.annproj")
    project = window.document.snapshot()
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=30000)
    # the weights Play starts from: the seeded draw, shown by the diagram before any Step
    fresh = create_run(project, "numpy")
    initial = fresh.model.get_weights()
    model = window.runner.last_model.get_weights()
    assert all(np.array_equal(model[k], initial[k]) for k in initial)
    window.docks["networkView"].raise_()  # the diagram's tab in front
    qtbot.waitUntil(lambda: "#9e9e9e" not in window.network_view.line_colors("dense"), timeout=30000)
    qtbot.waitUntil(lambda: window.readout.evaluation is not None, timeout=30000)
    before = dict(window.readout.evaluation)
    assert before["loss"] == pytest.approx(evaluate(fresh, "train")["loss"], rel=1e-5)
    # a typed weight (the diagram's edit) is applied and evaluated again, off the GUI thread
    window.network_view.set_weight("dense/kernel", (0, 0), 4.0)
    window.network_view.set_weight("dense/bias", (0,), -3.0)
    edited = dict(initial)
    edited["dense/kernel"] = initial["dense/kernel"].copy()
    edited["dense/kernel"][0, 0] = 4.0
    edited["dense/bias"] = np.array([-3.0], dtype=initial["dense/bias"].dtype)
    check = create_run(project, "numpy")
    check.model.set_weights(edited)
    expected = evaluate(check, "train")
    qtbot.waitUntil(lambda: window.readout.evaluation is not None
                    and window.readout.evaluation["loss"] == pytest.approx(expected["loss"], rel=1e-5), timeout=30000)
    assert "accuracy" in window.readout.text() and "%" in window.readout.text()
    # Play trains from the typed-in weights
    set_training(window, epochs=2)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    wait_state(qtbot, window, "finished")
    run = create_run(window.document.snapshot(), "numpy")
    run.model.set_weights(edited)
    for _event in run.events():
        pass
    trained = window.runner.last_model.get_weights()
    for key, value in run.model.get_weights().items():
        np.testing.assert_allclose(trained[key], value, rtol=1e-6, atol=1e-7)


def test_a_seeded_run_trains_as_before(qtbot, window):
    """The model built before Play must not change seeded results (docs/views.md quotes them)."""
    open_example(window, "xor_mlp.annproj")
    set_training(window, epochs=20)
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000) as blocker:
        window.training_panel.play_action.trigger()
    headless = train(window.document.snapshot(), "numpy").history
    assert blocker.args[0]["history"] == headless


def test_keep_weights_reinitialises_layers_whose_shapes_changed(qtbot, window):
    """XOR (2-4-1) trained, then the hidden layer gets 8 units: both Dense layers change shape and get the
    seeded initial draw of the edited model; a new Dropout keeps them; the status line says which."""
    set_training(window, epochs=2)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    wait_state(qtbot, window, "finished")
    trained = window.runner.last_model.get_weights()
    click_card(qtbot, window, "dense")
    spin = [s for s in window.inspector.findChildren(QAbstractSpinBox, "units") if s.isVisible()][0]
    seen = []
    answer_question(qtbot, "Keep weights", seen)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "8")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and window.runner.last_model.spec.layer("dense").config["units"] == 8, timeout=30000)
    message = window.statusBar().currentMessage()
    assert "new initial weights for dense, dense_1" in message and "Kept" not in message
    seeded = create_run(window.document.snapshot(), "numpy").model.get_weights()
    current = window.runner.last_model.get_weights()
    assert all(np.array_equal(current[k], seeded[k]) for k in seeded)
    # a layer without weights added: the (re-initialised) weights are kept, no question asked again
    window.stack_editor.append_kind("Dropout")
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and len(window.runner.last_model.spec.layers) == 4, timeout=30000)
    assert "Kept the trained weights of dense, dense_1" in window.statusBar().currentMessage()
    assert len(seen) == 1
    assert trained["dense/kernel"].shape == (2, 4) and current["dense/kernel"].shape == (2, 8)


def test_new_forgets_imported_weights(qtbot, window, tmp_path, monkeypatch):
    """After File › New the imported weights are gone: an edit asks nothing (no weights to keep)."""
    target = tmp_path / "model.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["import_h5"].trigger()
    qtbot.waitUntil(lambda: window.runner.has_custom_weights and window.runner.last_model is not None)
    window.document.undo_stack.setClean()
    window.actions_by_name["new"].trigger()
    asked = []
    monkeypatch.setattr(window, "ask_reset", lambda: asked.append(1) or "keep")
    window.stack_editor.append_kind("Dropout")
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and len(window.runner.last_model.spec.layers) == len(window.document.spec.layers))
    assert not asked and not window.runner.has_custom_weights
