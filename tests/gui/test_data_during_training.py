"""The data and a run: a run trains the data it started with. While it runs, the Data panel is locked (as the
model is), under a banner; the data changed while it was paused makes Play start a new run on the new data.
Before, the panel took a new data set during a run and Play resumed the paused run on the old one: the circle
on screen, the spiral's decision regions and accuracy beside it."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QWidget

from annstudio.gui.run.state import RunState
from annstudio.resources import resource_path

from .conftest import choose_csv_file, show_main_window

pytest.importorskip("pytestqt")


def spiral_window(qtbot):
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "spiral.annproj"), ask=False)
    window.runner.set_pace(20.0)   # a run that lasts while the test looks at it
    return window


def pause(qtbot, window):
    window.training_panel.pause_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == RunState.PAUSED, timeout=20000)


def test_the_data_panel_is_locked_while_training_runs(qtbot, isolated_gui):
    window = spiral_window(qtbot)
    panel = window.dataset_panel
    combo = panel.findChild(QComboBox, "datasetCombo")
    noise = panel.findChild(QSlider, "param_noise")
    banner = panel.findChild(QLabel, "dataLockBanner")
    assert combo.isEnabled() and noise.isEnabled() and not banner.isVisible()
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == RunState.RUNNING, timeout=20000)
    assert not combo.isEnabled() and not noise.isEnabled()
    assert banner.isVisible() and banner.text() == ("Training is running: pause or stop the training to change "
                                                     "the data.")
    assert panel.findChild(QWidget, "dataControls").toolTip() == "Pause or stop the training to change the data"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)      # a click does nothing
    qtbot.keyClick(noise, Qt.Key.Key_End)
    assert window.document.project.dataset["name"] == "spiral" and not combo.view().isVisible()
    assert window.document.project.dataset["params"]["noise"] == 0.1
    pause(qtbot, window)
    assert combo.isEnabled() and noise.isEnabled() and not banner.isVisible()


def test_play_after_the_data_changed_in_a_pause_trains_the_new_data(qtbot, isolated_gui):
    window = spiral_window(qtbot)
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.runner.history.get("loss", [])) >= 3, timeout=30000)
    pause(qtbot, window)
    spiral_run = window.runner.idle_run()
    combo = window.dataset_panel.findChild(QComboBox, "datasetCombo")
    index = combo.findData("toy_circle", Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)    # as a click in the list does
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None
                    and window.dataset_panel.dataset.name == "toy_circle", timeout=20000)
    window.training_panel.play_action.trigger()
    assert "a new run starts on the new data" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.runner.state == RunState.RUNNING, timeout=20000)
    pause(qtbot, window)
    run = window.runner.idle_run()
    assert run.project.dataset["name"] == "toy_circle" and run.dataset.name == "toy_circle"
    np.testing.assert_array_equal(run.dataset.x_train, window.dataset_panel.dataset.x_train)
    assert run is not spiral_run   # a new run (the paused one was not resumed)
    # and a pause without a change resumes the same run, as before
    epochs = len(window.runner.history.get("loss", []))
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.runner.history.get("loss", [])) > epochs, timeout=20000)
    pause(qtbot, window)
    assert window.runner.idle_run() is run


def test_a_challenges_lock_of_the_data_outlasts_a_run(qtbot, isolated_gui):
    """The run locks the panel's controls as a whole; the challenge locks the dataset choice itself: the run's end
    gives back what it took and leaves the challenge's lock."""
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "xor_challenge.annproj"), ask=False)
    combo = window.dataset_panel.findChild(QComboBox, "datasetCombo")
    qtbot.waitUntil(lambda: not combo.isEnabled())
    assert combo.toolTip() == "Locked by this challenge"
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.wait(50)
    assert not combo.isEnabled() and combo.toolTip() == "Locked by this challenge"
    assert window.dataset_panel.findChild(QWidget, "dataControls").isEnabled()
    assert not window.dataset_panel.findChild(QLabel, "dataLockBanner").isVisible()


def kept_runs(window) -> list[str]:
    """The runs the Runs panel lists (their table's first column)."""
    from PySide6.QtWidgets import QTableWidget

    table = window.findChild(QTableWidget, "runsTable")
    return [table.item(r, 0).text() for r in range(table.rowCount())]


@pytest.mark.parametrize("change", ["noise", "unreadable csv"])
def test_a_paused_run_ended_by_other_data_is_kept_in_the_runs_panel(qtbot, isolated_gui, tmp_path, change):
    """Play after the data changed in a pause forgot the paused run: its epochs never reached the Runs panel,
    and when the new data could not be read ("Cannot start training: ... missing value") nothing trained
    and the learner's trained model was gone. Now the paused run ends as Stop ends it, and is kept."""
    window = spiral_window(qtbot)
    recorder = window.runs_panel.recorder
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.runner.history.get("loss", [])) >= 3, timeout=30000)
    pause(qtbot, window)
    epochs = len(window.runner.history["loss"])
    assert kept_runs(window) == []
    panel = window.dataset_panel
    if change == "noise":
        slider = panel.findChild(QSlider, "param_noise")
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_End)
        assert window.document.project.dataset["params"]["noise"] != 0.1
    else:
        bad = tmp_path / "bad.csv"
        bad.write_text("x1,x2,y\n,1,0\n2,3,1\n", encoding="utf-8")   # a missing value: the data cannot be read
        choose_csv_file(panel, bad)
        qtbot.waitUntil(lambda: panel.error.isVisibleTo(panel), timeout=10000)
    with qtbot.waitSignal(recorder.sigSaved, timeout=30000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: len(kept_runs(window)) == 1, timeout=10000)
    record = window.runs_panel.records[0]
    assert record.settings["project"]["dataset"]["name"] == "spiral" and len(record.history["loss"]) >= epochs
    if change == "noise":   # and a new run trains the new data
        qtbot.waitUntil(lambda: window.runner.state == RunState.RUNNING, timeout=20000)
        pause(qtbot, window)
        assert window.runner.idle_run().project.dataset["params"]["noise"] != 0.1
    else:                    # nothing could train: the run kept is the learner's model
        qtbot.waitUntil(lambda: window.runner.state == RunState.ERROR, timeout=20000)
