"""Issue 10 item 7: nothing of an ended run or of the previous project stays on screen: the quit question
goes away when the run ends, an error clears once its cause is undone, the curves' axes and the callback
settings start afresh with each project."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QLineEdit, QMessageBox

from annstudio.gui.editor import commands
from annstudio.resources import resource_path

from .test_main_window import isolated, make_window, set_epochs, unexpected_dialogs  # noqa: F401 (fixtures)


def message(window) -> str:
    """The Training tab's message as the user sees it ("" when hidden)."""
    label = window.training_panel.findChild(QLabel, "trainingMessage")
    return "" if label.isHidden() else label.text()


def start_long_run(qtbot, window):
    set_epochs(window, 100000)
    window.document.undo_stack.setClean()
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 1, timeout=30000)


def test_the_quit_question_goes_away_when_the_run_ends(qtbot):
    window = make_window(qtbot)
    start_long_run(qtbot, window)
    asked, rescued = [], []

    def run_ends_while_asked():
        box = QApplication.activeModalWidget()
        asked.append(box.text() if isinstance(box, QMessageBox) else None)
        window.runner.stop()  # the run ends (here: stopped; it may as well finish) with the question up

    def rescue():  # before the fix the question stayed: answer it, so the test fails instead of hanging
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            rescued.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(200, run_ends_while_asked)
    QTimer.singleShot(8000, rescue)
    closed = window.close()
    assert asked == ["Stop the training and close annstudio?"]
    assert rescued == [] and closed and not window.isVisible()
    assert not window.runner.is_active


def test_the_quit_question_still_asks_while_the_run_goes_on(qtbot):
    window = make_window(qtbot)
    start_long_run(qtbot, window)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(answers.pop(0)).click()

    QTimer.singleShot(100, answer)
    assert window.close() is False and window.runner.is_active and window.isVisible()
    QTimer.singleShot(100, answer)
    assert window.close() is True and not window.runner.is_active
    assert answers == []


def test_an_error_clears_when_its_cause_is_undone(qtbot, unexpected_dialogs):  # noqa: F811
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy)
    window.stack_editor.append_kind("Concatenate")  # one input only: the model cannot be built
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    assert message(window).startswith("Cannot start training:") and "concatenate" in message(window)
    assert window.statusBar().currentMessage() == message(window)
    window.document.undo_stack.undo()  # Edit › Undo: the cause is gone
    assert message(window) == "" and window.statusBar().currentMessage() == ""

    # a cause in the data: the next check waits for the data to load
    dataset = window.document.section("dataset")
    commands.push(window.document, "dataset", {"name": "iris", "params": {}}, "Dataset: iris")
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy
                    and window.dataset_panel.dataset.name == "iris", timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    assert message(window).startswith("Cannot start training:")
    window.document.undo_stack.undo()
    assert window.document.project.dataset == dataset
    qtbot.waitUntil(lambda: message(window) == "", timeout=30000)


def test_the_fixed_model_is_shown_again_after_a_refused_start(qtbot, unexpected_dialogs):  # noqa: F811
    """Play refused a broken model, Undo fixed it: the status line kept 'Epoch 0 · NumPy' without the loss
    and every view the model of before, since nothing was built again until the next Play."""
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy)
    qtbot.waitUntil(lambda: "loss" in window.readout.text(), timeout=30000)
    before = window.readout.text()
    window.stack_editor.append_kind("Concatenate")   # one input only: the model cannot be built
    qtbot.waitUntil(lambda: "loss" not in window.readout.text(), timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    assert window.runner.state == "error"
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: window.readout.text() == before, timeout=30000)
    assert window.runner.state == "idle" and window.runner.last_model is not None
    assert window.network_view.diagram is not None and "concatenate" not in {
        column.name for column in window.network_view.diagram.columns}


def test_new_and_examples_start_with_fresh_axes(qtbot, unexpected_dialogs):  # noqa: F811
    window = make_window(qtbot)
    plot = window.loss_plot
    fresh = [w.getPlotItem().getViewBox().viewRange() for w in (plot.loss_widget, plot.metric_widget)]
    for replace in (window.new_project,
                    lambda: window.open_example(resource_path("examples", "spiral.annproj"))):
        set_epochs(window, 40)
        window.document.undo_stack.setClean()
        with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
            window.training_panel.play_action.trigger()
        qtbot.waitUntil(lambda: plot.loss_widget.getPlotItem().getViewBox().viewRange()[0][1] > 30)
        replace()
        assert plot.epochs == []
        assert [w.getPlotItem().getViewBox().viewRange() for w in (plot.loss_widget, plot.metric_widget)] == fresh


def test_callback_settings_come_from_the_open_project_only(qtbot, tmp_path, unexpected_dialogs):  # noqa: F811
    project = json.loads(resource_path("examples", "xor_mlp.annproj").read_text(encoding="utf-8"))
    project["training"]["callbacks"] = [
        {"class_name": "ModelCheckpoint", "config": {"filepath": "old/ckpt_{epoch}.h5"}},
        {"class_name": "TensorBoard", "config": {"log_dir": "old_logs"}},
        {"class_name": "CSVLogger", "config": {"filename": "old.csv"}},
        {"class_name": "EarlyStopping", "config": {"monitor": "loss", "patience": 7}},
    ]
    path = tmp_path / "old.annproj"
    path.write_text(json.dumps(project), encoding="utf-8")
    window = make_window(qtbot)
    panel = window.training_panel
    assert window.open_path(path)
    assert panel.findChild(QLineEdit, "ModelCheckpointPath").text() == "old/ckpt_{epoch}.h5"
    assert panel.findChild(QLineEdit, "TensorBoardPath").text() == "old_logs"

    for replace in (window.new_project, lambda: window.open_example(resource_path("examples", "spiral.annproj"))):
        assert replace()
        assert window.document.project.training.callbacks == []
        shown = {name: panel.findChild(QLineEdit, f"{name}Path").text() for name in ("ModelCheckpoint", "TensorBoard")}
        assert shown == {"ModelCheckpoint": "checkpoint.h5", "TensorBoard": "logs/run_%Y_%m_%d-%H_%M_%S"}
        assert panel.es_patience.value() == 0 and panel.es_monitor.currentData() == "val_loss"
        # the user ticks checkpoints and early stopping on: the new project gets the defaults, not the old paths
        panel.findChild(QGroupBox, "ModelCheckpointGroup").setChecked(True)
        panel.findChild(QGroupBox, "TensorBoardGroup").setChecked(True)
        panel.findChild(QGroupBox, "earlyStoppingGroup").setChecked(True)
        configs = {c["class_name"]: c["config"] for c in window.document.project.training.callbacks}
        assert configs["ModelCheckpoint"]["filepath"] == "checkpoint.h5"
        assert configs["TensorBoard"]["log_dir"] == "logs/run_%Y_%m_%d-%H_%M_%S"
        assert configs["EarlyStopping"]["patience"] == 0 and configs["EarlyStopping"]["monitor"] == "val_loss"
        assert "CSVLogger" not in configs
        window.document.undo_stack.setClean()


def test_a_model_that_does_not_fit_the_data_names_the_button_that_fits_it(qtbot, unexpected_dialogs):  # noqa: F811
    """The XOR model on iris: Play says why it cannot start, and the next line names the Data panel's button
    that fixes it; clicking that button clears the message and Play trains."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    window = make_window(qtbot)
    commands.push(window.document, "dataset", {"name": "iris", "params": {}}, "Dataset: iris")
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy
                    and window.dataset_panel.dataset.name == "iris", timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    first, _, hint = message(window).partition("\n")
    assert first.startswith("Cannot start training:") and "(4,)" in first
    button = window.dataset_panel.findChild(QPushButton, "fitModelButton")
    assert hint == f"“{button.text()}” in the Data panel makes the model match the data."
    assert window.statusBar().currentMessage() == first
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert message(window) == ""
    set_epochs(window, 2)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000) as done:
        window.training_panel.play_action.trigger()
    assert done.args[0]["event"] == "finished"

    # a model broken in itself: no button fixes it, and no hint is given (the edit after the run is asked
    # about before Play starts: reset)
    window.ask_reset = lambda: "reset"
    window.stack_editor.append_kind("Concatenate")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    assert message(window).startswith("Cannot start training:") and "\n" not in message(window)


def test_a_refusal_stays_in_the_windows_language_after_an_edit(qtbot, qapp, unexpected_dialogs):  # noqa: F811
    """Korean window, a Concatenate with one input: Play's refusal was Korean, but after any other edit (the
    learning rate) the message, checked again, turned English ('Concatenate needs at least two inputs')."""
    from PySide6.QtCore import Qt

    from annstudio.gui.i18n import install_translators

    try:
        install_translators(qapp, "ko")
        window = make_window(qtbot)
        qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy)
        window.stack_editor.append_kind("Concatenate")
        with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
            window.training_panel.play_action.trigger()
        before = message(window)
        assert "입력이 두 개 이상 필요합니다" in before
        field = window.quick.learning_rate   # the toolbar's learning rate, typed
        field.setFocus()
        field.lineEdit().selectAll()
        qtbot.keyClicks(field.lineEdit(), "0.2")
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
        assert window.document.project.training.learning_rate == 0.2
        assert message(window) == before
    finally:
        install_translators(qapp, "en")


def test_results_after_a_stop_on_other_data_are_not_the_old_datas(qtbot, unexpected_dialogs):  # noqa: F811
    """Paused, data switched (Results cleared), then Stop: Results showed the previous data's scores (its test
    set, its classes) under the new data."""
    window = make_window(qtbot)
    set_epochs(window, 100000)
    window.document.undo_stack.setClean()
    window.training_panel.step_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "paused", timeout=30000)
    qtbot.waitUntil(lambda: window.results_panel.result is not None, timeout=30000)
    commands.push(window.document, "dataset", {"name": "iris", "params": {}}, "Dataset: iris")
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy
                    and window.dataset_panel.dataset.name == "iris", timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.stop_action.trigger()
    qtbot.wait(500)
    result = window.results_panel.result
    assert result is None or int(result["n"]) == len(window.dataset_panel.dataset.x_test)
