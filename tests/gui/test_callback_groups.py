"""The Training tab's callback groups as a learner meets them: a project file's ReduceLROnPlateau and
CSVLogger show in the form, run as shown, and are switched off or changed there (they used to run unseen:
the learning rate fell while every field showed the first one, and a CSV file was written unasked)."""
import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QGroupBox, QLabel, QLineEdit

from annstudio import Project
from annstudio.resources import resource_path

from .conftest import show_main_window


def focus(qtbot, widget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitActive(window)
    window.docks["trainingPanel"].raise_()   # the Training tab in front
    qtbot.waitUntil(widget.isVisible)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def press_space(qtbot, widget) -> None:
    """Space on a focused widget, as the keyboard sends it (through the window's shortcut handling)."""
    focus(qtbot, widget)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)


def type_into(qtbot, field, text: str) -> None:
    edit = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def xor_project(tmp_path, callbacks, epochs=4):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.training.epochs = epochs
    project.training.callbacks = callbacks
    project.training.optimizer["config"]["learning_rate"] = 0.04
    path = tmp_path / "xor.annproj"
    project.save(path)
    return path


def saved_callbacks(window):
    window.document.save()
    return {c["class_name"]: c["config"] for c in json.loads(window.document.path.read_text())["training"]["callbacks"]}


def csv_rows(path):
    with open(path, newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot, (1600, 1000))


def test_a_project_files_plateau_and_csv_log_show_run_as_shown_and_can_be_switched_off(qtbot, window, tmp_path):
    # min_delta from the file: no epoch after the first counts as better, so each halves the rate
    path = xor_project(tmp_path, [
        {"class_name": "ReduceLROnPlateau", "config": {"monitor": "loss", "factor": 0.5, "patience": 1, "min_delta": 1000}},
        {"class_name": "CSVLogger", "config": {"filename": "epochs.csv"}}])
    window.open_path(path, ask=False)
    plateau = window.findChild(QGroupBox, "ReduceLROnPlateauGroup")
    log = window.findChild(QGroupBox, "CSVLoggerGroup")
    assert plateau.isChecked() and log.isChecked()
    assert window.findChild(QAbstractSpinBox, "ReduceLROnPlateauFactor").text() == "0.5"
    assert window.findChild(QAbstractSpinBox, "ReduceLROnPlateauPatience").text().startswith("1")
    assert window.findChild(QLineEdit, "CSVLoggerPath").text() == "epochs.csv"
    assert window.findChild(QLabel, "CSVLoggerWhere").text() == f"Saved in: {tmp_path}"
    readout = window.findChild(QLabel, "learning_rateReadout")
    assert readout.isVisible() and readout.text() == "—"

    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    rates = [float(row["learning_rate"]) for row in csv_rows(tmp_path / "epochs.csv")]
    assert rates == pytest.approx([0.04, 0.04, 0.02, 0.01])
    assert readout.text() == "0.01"   # the rate of the last epoch, not the 0.04 set above
    assert window.training_panel.learning_rate_box.text() == "0.04"

    press_space(qtbot, plateau)          # keyboard: the group's check, not Play
    assert not plateau.isChecked() and window.runner.state == "finished"
    assert set(saved_callbacks(window)) == {"CSVLogger"}
    window.document.undo_stack.undo()
    assert plateau.isChecked()
    assert saved_callbacks(window)["ReduceLROnPlateau"]["min_delta"] == 1000   # the file's other settings kept


def test_a_csv_log_ticked_and_named_in_the_form_is_written_and_appended_to(qtbot, window, tmp_path):
    window.open_path(xor_project(tmp_path, [], epochs=2), ask=False)
    log = window.findChild(QGroupBox, "CSVLoggerGroup")
    readout = window.findChild(QLabel, "learning_rateReadout")
    assert not log.isChecked() and not readout.isVisible()   # no plateau: no second learning rate to show
    press_space(qtbot, log)
    assert log.isChecked()
    type_into(qtbot, window.findChild(QLineEdit, "CSVLoggerPath"), "logs/xor epochs.csv")
    assert window.findChild(QLabel, "CSVLoggerWhere").text() == f"Saved in: {tmp_path / 'logs'}"
    press_space(qtbot, window.findChild(QCheckBox, "CSVLoggerAppend"))
    assert saved_callbacks(window)["CSVLogger"] == {"filename": "logs/xor epochs.csv", "separator": ",", "append": True}
    for _ in range(2):   # a new run each time (Reset), both logged in the one file
        window.training_panel.reset_action.trigger()
        with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
            window.training_panel.play_action.trigger()
    assert [row["epoch"] for row in csv_rows(tmp_path / "logs" / "xor epochs.csv")] == ["1", "2", "1", "2"]


def test_a_refused_plateau_factor_is_said_and_not_stored(qtbot, window, tmp_path):
    window.open_path(xor_project(tmp_path, [{"class_name": "ReduceLROnPlateau", "config": {}}]), ask=False)
    factor = window.findChild(QAbstractSpinBox, "ReduceLROnPlateauFactor")
    focus(qtbot, factor)
    type_into(qtbot, factor, "1.5")
    assert factor.is_refused() and "Factor" in factor.message.text()
    type_into(qtbot, factor, "0.2")
    assert not factor.is_refused()
    assert saved_callbacks(window)["ReduceLROnPlateau"]["factor"] == pytest.approx(0.2)


def test_a_project_opened_by_a_relative_name_says_which_folder_its_files_go_to(qtbot, window, tmp_path, monkeypatch):
    """``annstudio gui xor.annproj`` said "Saved in: ." under the checkpoint and CSV log fields."""
    xor_project(tmp_path, [])
    monkeypatch.chdir(tmp_path)
    window.open_path(Path("xor.annproj"), ask=False)
    assert window.findChild(QLabel, "ModelCheckpointWhere").text() == f"Saved in: {tmp_path}"
    assert window.document.path == tmp_path / "xor.annproj"


def test_a_change_while_a_run_is_paused_is_said_to_apply_from_the_next_start(qtbot, window, tmp_path):
    """Paused, the learner switched the CSV log off; the resumed run still wrote it, with no word."""
    window.open_path(xor_project(tmp_path, [{"class_name": "CSVLogger", "config": {"filename": "h.csv"}}],
                                 epochs=100000), ask=False)
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 2, timeout=30000)
    window.training_panel.pause_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "paused", timeout=10000)
    press_space(qtbot, window.findChild(QGroupBox, "CSVLoggerGroup"))
    assert window.runner.state == "paused"
    assert window.statusBar().currentMessage().startswith("The current run goes on with the settings it started with")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.stop_action.trigger()


def test_the_watched_values_are_the_ones_the_project_reports(qtbot, window, tmp_path):
    """The callbacks example is a regression reporting MAE: the Watch lists offered accuracy (Play then
    refused: "EarlyStopping watches 'accuracy', which this run does not report") and no MAE."""
    from PySide6.QtWidgets import QComboBox

    assert window.open_example(resource_path("examples", "housing_callbacks.annproj"))
    for name in ("earlyStoppingMonitor", "ReduceLROnPlateauMonitor", "ModelCheckpointMonitor"):
        box = window.findChild(QComboBox, name)
        assert [box.itemText(i) for i in range(box.count())] == ["val loss", "loss", "val MAE", "MAE"], name
    box = window.findChild(QComboBox, "earlyStoppingMonitor")
    box.setCurrentIndex(box.findData("val_mae"))
    callbacks = {c["class_name"]: c["config"] for c in window.document.project.training.callbacks}
    assert callbacks["EarlyStopping"]["monitor"] == "val_mae"
    window.document.undo_stack.undo()
    assert box.currentData() == "val_loss"
    # a classifier reports accuracy
    assert window.open_example(resource_path("examples", "iris.annproj"))
    box = window.findChild(QComboBox, "earlyStoppingMonitor")
    assert [box.itemData(i) for i in range(box.count())] == ["val_loss", "loss", "val_accuracy", "accuracy"]
