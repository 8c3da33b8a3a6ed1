"""Issue 10 item 13: the pace control (how fast epochs are shown, never what trains) and Space to play/pause."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from annstudio import Project
from annstudio.engine.control import TrainingControl
from annstudio.gui import settings
from annstudio.gui.editor import commands
from annstudio.gui.main_window import MainWindow
from annstudio.gui.run.worker import TrainingRunner
from annstudio.resources import resource_path


@pytest.fixture(autouse=True)
def isolated(isolated_gui):
    """Every test here: private settings, no TensorFlow device scan (tests/gui/conftest.py)."""


@pytest.fixture
def naps(monkeypatch):
    """Every wait of a paced worker, as (seconds asked, True when it ran to the end or was woken)."""
    seen: list[tuple[float, bool]] = []
    original = TrainingControl.nap

    def nap(self, seconds):
        result = original(self, seconds)
        seen.append((seconds, result))
        return result

    monkeypatch.setattr(TrainingControl, "nap", nap)
    return seen


def xor(epochs: int) -> Project:
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.training.epochs = epochs
    return project


def train(qtbot, pace):
    runner = TrainingRunner()
    runner.set_pace(pace)
    try:
        with qtbot.waitSignal(runner.sigFinished, timeout=60000) as blocker:
            runner.start(xor(12))
        assert blocker.args[0]["event"] == "finished"
        return runner.last_model.get_weights(), runner.history
    finally:
        assert runner.shutdown(5000)


def test_a_paced_run_waits_between_epochs_and_trains_exactly_the_same(qtbot, naps):
    fast_weights, fast_history = train(qtbot, None)
    assert naps == []  # no pace: no wait at all
    slow_weights, slow_history = train(qtbot, 40.0)
    assert len(naps) >= 6 and all(0 < seconds <= 1 / 40 for seconds, _ in naps)
    assert slow_history == fast_history and len(slow_history["loss"]) == 12
    assert slow_weights.keys() == fast_weights.keys()
    for key, value in fast_weights.items():
        np.testing.assert_array_equal(slow_weights[key], value)


def test_a_faster_pace_or_stop_ends_the_wait_at_once(qtbot, naps):
    runner = TrainingRunner()
    runner.set_pace(0.01)  # 100 s an epoch: the timeouts below would fail if the wait did not end
    epochs = []
    runner.sigEvents.connect(lambda events: epochs.extend(e for e in events if e["event"] == "epoch_end"))
    try:
        runner.start(xor(4))
        qtbot.waitUntil(lambda: len(naps) == 0 and len(epochs) == 1, timeout=20000)
        with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
            runner.set_pace(None)  # Fastest
        assert blocker.args[0]["event"] == "finished" and len(runner.history["loss"]) == 4
        assert naps[0][1] is True  # woken, not interrupted

        runner.set_pace(0.01)
        runner.reset()
        epochs.clear()
        runner.start(xor(4))
        qtbot.waitUntil(lambda: len(epochs) == 1, timeout=20000)
        with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
            runner.stop()
        assert blocker.args[0]["event"] == "stopped" and len(runner.history["loss"]) == 1
    finally:
        assert runner.shutdown(5000)


def _quiet_close(window: MainWindow) -> None:
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_the_pace_combo_sets_the_runner_and_is_remembered(qtbot):
    window = make_window(qtbot)
    combo = window.findChild(QComboBox, "paceCombo")
    assert combo is not None and combo.isVisibleTo(window)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Slow", "Watchable", "Fastest"]
    assert combo.currentText() == "Watchable" and window.runner.pace == 10.0
    # the default lets a learner watch the spiral (10 to 20 s), and the Fashion-MNIST recipe is not slowed
    spiral = Project.load(resource_path("examples", "spiral.annproj"))
    assert 10 <= spiral.training.epochs / window.runner.pace <= 20
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Fastest" and window.runner.pace is None
    assert settings.pace() == "fastest"
    again = make_window(qtbot)
    assert again.findChild(QComboBox, "paceCombo").currentText() == "Fastest" and again.runner.pace is None
    again.findChild(QComboBox, "paceCombo").setFocus()
    qtbot.keyClick(again.findChild(QComboBox, "paceCombo"), Qt.Key.Key_Home)
    assert again.runner.pace == 2.0


def focus(qtbot, widget) -> None:
    qtbot.waitUntil(widget.isVisible)
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_space_plays_and_pauses_unless_a_field_has_the_focus(qtbot):
    window = make_window(qtbot)
    window.resize(1600, 900)  # the whole top row on screen
    training = window.document.section("training")
    training.epochs = 100000
    commands.push(window.document, "training", training, "epochs")
    runner = window.runner

    focus(qtbot, window.stack_editor)  # the layer list: not a text field
    qtbot.keyClick(window.stack_editor, Qt.Key.Key_Space)
    assert runner.state == "running"
    qtbot.waitUntil(lambda: window.readout.epoch >= 1, timeout=30000)
    qtbot.keyClick(window.stack_editor, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: runner.state == "paused", timeout=10000)

    batch = window.findChild(QAbstractSpinBox, "batchSpin")
    focus(qtbot, batch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    rate = window.findChild(QAbstractSpinBox, "learningRateField")
    focus(qtbot, rate)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.wait(100)
    assert runner.state == "paused"

    focus(qtbot, window.stack_editor)
    qtbot.keyClick(window.stack_editor, Qt.Key.Key_Space)
    assert runner.state == "running"

    # held down, the key repeats: still one toggle (running -> paused), not one per repeat
    no = Qt.KeyboardModifier.NoModifier
    QTest.simulateEvent(window.stack_editor, True, Qt.Key.Key_Space, no, " ", False)
    for _ in range(3):
        QTest.simulateEvent(window.stack_editor, False, Qt.Key.Key_Space, no, " ", True)
        QTest.simulateEvent(window.stack_editor, True, Qt.Key.Key_Space, no, " ", True)
    QTest.simulateEvent(window.stack_editor, False, Qt.Key.Key_Space, no, " ", False)
    qtbot.waitUntil(lambda: runner.state == "paused", timeout=10000)
    qtbot.wait(200)
    assert runner.state == "paused"
    with qtbot.waitSignal(runner.sigFinished, timeout=10000):
        window.training_panel.stop_action.trigger()


def test_space_ticks_a_focused_check_box_instead_of_starting_a_run(qtbot):
    """Help lists Space as Train or pause: with a check box (AMSGrad, Log scale) in focus it started a run and
    left the box as it was, so a keyboard-only learner could tick no box."""
    from PySide6.QtWidgets import QCheckBox

    window = make_window(qtbot)
    window.resize(1600, 900)
    box = window.findChild(QCheckBox, "lossPlotLog")
    focus(qtbot, box)
    before = box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.wait(100)
    assert box.isChecked() != before
    assert window.runner.state == "idle"
