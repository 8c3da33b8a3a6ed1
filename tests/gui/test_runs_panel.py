"""The Runs panel (issue 15): every Play is kept beside the project, listed, overlaid, renamed, restored
and deleted, driven as a user (Play, clicks in the table, F2, buttons, the delete question)."""
from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidget

from annstudio.engine import runs
from annstudio.engine.session import train
from annstudio.gui.editor import commands
from annstudio.io.h5_read import load_h5
from annstudio.resources import resource_path

from .conftest import show_main_window


@pytest.fixture(autouse=True)
def isolated(isolated_gui):
    """Private settings, no TensorFlow device scan (tests/gui/conftest.py)."""


@pytest.fixture
def window(qtbot):
    window = show_main_window(qtbot)
    window.runner.set_pace(None)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    return window


def set_learning_rate(window, lr, epochs=15):
    training = window.document.section("training")
    training.optimizer = {"class_name": "Adam", "config": {"learning_rate": lr}}
    training.epochs = epochs
    commands.push(window.document, "training", training, "settings")


def play_and_record(qtbot, window):
    """Reset (a fresh run, not a continuation), press Play, wait until the run is kept."""
    panel = window.runs_panel
    window.training_panel.reset_action.trigger()
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=30000)
    with qtbot.waitSignal(panel.recorder.sigSaved, timeout=60000) as saved:
        window.training_panel.play_action.trigger()
    return saved.args[0]


def table(window) -> QTableWidget:
    found = window.findChild(QTableWidget, "runsTable")
    assert found is not None and window.docks["runsPanel"].objectName() == "runsPanelDock"
    return found


def click_row(qtbot, window, row, ctrl=False):
    view = table(window)
    rect = view.visualItemRect(view.item(row, 0))
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def button(window, name) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None
    return found


def answer(button_role):
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        box.button(button_role).click()
    QTimer.singleShot(20, click)


def edit_name(qtbot, window, row):
    """F2 on the run's name: its editor, the text selected."""
    view = table(window)
    view.setCurrentCell(row, 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    return editor


def cells(window, column):
    view = table(window)
    return [view.item(r, column).text() for r in range(view.rowCount())]


def test_runs_are_listed_overlaid_renamed_restored_deleted_and_survive_reopening(qtbot, window, tmp_path):
    window.runs_panel.raise_()
    # untitled: the runs wait in a temporary folder
    set_learning_rate(window, 0.01)
    first = play_and_record(qtbot, window)
    assert cells(window, 0) == ["Run 1"]
    # saving the project moves them beside it
    path = tmp_path / "xor.annproj"
    assert window._save_to(path)
    window.runs_panel.recorder.wait()
    folder = tmp_path / "xor.runs"
    assert [p.name for p in folder.iterdir()] == [first.id]
    set_learning_rate(window, 0.1)
    second = play_and_record(qtbot, window)
    set_learning_rate(window, 0.3)
    play_and_record(qtbot, window)
    assert cells(window, 0) == ["Run 1", "Run 2", "Run 3"]
    assert cells(window, 1) == ["(first run)", "learning rate 0.01 → 0.1", "learning rate 0.1 → 0.3"]
    assert all(text.startswith("loss ") for text in cells(window, 2))
    assert all(text for text in cells(window, 3))  # the test numbers
    assert cells(window, 4) == ["15", "15", "15"]

    # the stored settings reproduce the run, and the history is the one the window showed
    stored = json.loads((folder / second.id / "settings.json").read_text())
    assert stored["backend"] == "numpy" and stored["seed"] == window.document.project.training.seed
    assert train(second.project, "numpy").history == second.history

    # select two runs: their curves over the live ones, one colour each, named in the legend
    click_row(qtbot, window, 0)
    click_row(qtbot, window, 1, ctrl=True)
    overlays = window.loss_plot.overlays
    assert set(overlays.items) == {first.id, second.id}
    for record in (first, second):
        train_curve, val_curve, colour, _name = overlays.items[record.id]
        x, y = train_curve.getOriginalDataset()
        assert list(y) == record.history["loss"] and list(x) == list(range(1, 16))
    assert len({colour for _t, _v, colour, _n in overlays.items.values()}) == 2
    assert window.loss_plot.train_curve.opacity() < 0.5  # the last run fades behind them (it is Run 3)
    labels = [label.text for _sample, label in window.loss_plot.legend.items]
    assert "Run 1" in labels and "Run 2" in labels and "Run 3" not in labels
    click_row(qtbot, window, 2)  # deselected runs leave the plot
    assert set(overlays.items) == {table(window).item(2, 0).data(Qt.ItemDataRole.UserRole)}
    assert "Run 1" not in [label.text for _sample, label in window.loss_plot.legend.items]

    table(window).clearSelection()
    assert overlays.items == {} and window.loss_plot.train_curve.opacity() == 1.0

    # rename: F2 on the name, type, Enter
    click_row(qtbot, window, 0)
    editor = edit_name(qtbot, window, 0)
    qtbot.keyClicks(editor, "slow")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cells(window, 0)[0] == "slow")
    assert json.loads((folder / first.id / "summary.json").read_text())["name"] == "slow"
    assert [label.text for _sample, label in window.loss_plot.legend.items].count("slow") == 1
    editor = edit_name(qtbot, window, 0)   # a name with markup in it is shown as typed, as the table does
    qtbot.keyClicks(editor, 'slow <b>x</b> & "a"')
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cells(window, 0)[0] == 'slow <b>x</b> & "a"')
    assert 'slow <b>x</b> & "a"' in [label.item.toPlainText() for _sample, label in window.loss_plot.legend.items]
    editor = edit_name(qtbot, window, 0)
    qtbot.keyClicks(editor, "slow")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cells(window, 0)[0] == "slow")

    # restore the first run's settings: one undo step
    stack = window.document.undo_stack
    before = stack.index()
    click_row(qtbot, window, 0)
    qtbot.mouseClick(button(window, "runsRestore"), Qt.MouseButton.LeftButton)
    assert window.document.project.training.learning_rate == 0.01
    assert stack.index() == before + 1
    stack.undo()
    assert window.document.project.training.learning_rate == 0.3

    # delete the second run, after the question
    click_row(qtbot, window, 1)
    answer(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button(window, "runsDelete"), Qt.MouseButton.LeftButton)
    assert (folder / second.id).is_dir()
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(button(window, "runsDelete"), Qt.MouseButton.LeftButton)
    assert not (folder / second.id).exists()
    assert cells(window, 0) == ["slow", "Run 3"]
    assert second.id not in overlays.items

    # closing and opening the project again: the runs are there
    window.document.undo_stack.setClean()
    assert window.new_project()
    assert cells(window, 0) == []
    assert window.open_path(path, ask=False)
    assert cells(window, 0) == ["slow", "Run 3"]
    other = show_main_window(qtbot)  # and in a window opened later (the app started again)
    assert other.open_path(path, ask=False)
    assert cells(other, 0) == ["slow", "Run 3"]


def test_play_after_a_run_records_a_continued_run(qtbot, window):
    set_learning_rate(window, 0.05, epochs=4)
    first = play_and_record(qtbot, window)
    with qtbot.waitSignal(window.runs_panel.recorder.sigSaved, timeout=60000) as saved:
        window.training_panel.play_action.trigger()  # no Reset: Play trains the same model 4 epochs more
    second = saved.args[0]
    assert second.settings["continues"] == first.id
    assert len(second.history["loss"]) == 8 and second.history["loss"][:4] == first.history["loss"]
    assert cells(window, 1)[1] == "continued"
    assert "start" not in second.settings and "start" not in first.settings   # the seeded initial weights


def test_load_a_runs_model_makes_its_weights_the_current_model(qtbot, window):
    set_learning_rate(window, 0.05, epochs=10)
    record = play_and_record(qtbot, window)
    assert record.weights_path is not None
    kept = load_h5(record.weights_path).weights
    set_learning_rate(window, 0.2, epochs=10)
    window.training_panel.reset_action.trigger()
    click_row(qtbot, window, 0)
    load = button(window, "runsLoadModel")
    assert load.isEnabled()
    qtbot.mouseClick(load, Qt.MouseButton.LeftButton)
    assert window.document.project.training.learning_rate == 0.05
    qtbot.waitUntil(lambda: window.runner.last_model is not None and window.runner.has_custom_weights, timeout=30000)
    for key, value in window.runner.last_model.get_weights().items():
        np.testing.assert_array_equal(value, kept[key])
    # a run without kept weights cannot be loaded; the run that starts from the loaded model says so (it was
    # listed as Run 1's settings trained again, and beat Run 1 without a word on why)
    window.runs_panel.keep_check.setChecked(False)
    assert window.training_panel.reset_action.isEnabled()   # the way back to the seeded weights (it was disabled)
    with qtbot.waitSignal(window.runs_panel.recorder.sigSaved, timeout=60000) as saved:
        window.training_panel.play_action.trigger()
    second = saved.args[0]
    assert second.settings["start"] == {"kind": "run", "id": record.id, "name": record.name}
    qtbot.waitUntil(lambda: len(cells(window, 1)) == 2, timeout=10000)
    assert cells(window, 1)[1] == f"from the model of {record.name}"
    click_row(qtbot, window, 1)
    assert not load.isEnabled() and load.toolTip() == "The weights of this run were not kept"
    click_row(qtbot, window, 0)
    assert load.isEnabled() and "trained weights the current model" in load.toolTip()


def test_a_bundled_example_opened_as_a_file_keeps_its_runs_out_of_the_app(qtbot, window):
    example = resource_path("examples", "xor_mlp.annproj")
    assert window.open_path(example, ask=False)
    set_learning_rate(window, 0.05, epochs=3)
    record = play_and_record(qtbot, window)
    assert not (example.parent / "xor_mlp.runs").exists()
    assert record.folder.parent == window.runs_panel.recorder.folder
    assert cells(window, 0) == ["Run 1"]


def test_save_as_copies_the_runs_to_the_new_project(qtbot, window, tmp_path):
    first_path, second_path = tmp_path / "a" / "one.annproj", tmp_path / "b" / "two.annproj"
    first_path.parent.mkdir()
    second_path.parent.mkdir()
    assert window._save_to(first_path)
    set_learning_rate(window, 0.05, epochs=3)
    record = play_and_record(qtbot, window)
    assert window._save_to(second_path)
    assert [r.name for r in runs.list_runs(tmp_path / "a" / "one.runs")] == ["Run 1"]
    assert [r.id for r in runs.list_runs(tmp_path / "b" / "two.runs")] == [record.id]
    assert cells(window, 0) == ["Run 1"]


def test_an_empty_name_is_refused_in_the_windows_language(qtbot, qapp, window):
    """Renaming a run to nothing: the refusal was English in the Korean window (the message lost its
    translation on the way), and the run keeps its name."""
    from annstudio.gui.i18n import install_translators

    window.runs_panel.raise_()
    play_and_record(qtbot, window)
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    try:
        install_translators(qapp, "ko")
        editor = edit_name(qtbot, window, 0)
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
        QTimer.singleShot(20, read_and_close)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    finally:
        install_translators(qapp, "en")
    assert shown == ["실행 기록의 이름은 비워 둘 수 없습니다"]
    window.runs_panel.refresh()   # (listed again in the Korean window: "실행 1", the name the app gave)
    assert cells(window, 0) == ["Run 1"]


def test_a_run_from_imported_weights_says_so(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    set_learning_rate(window, 0.05, epochs=3)
    play_and_record(qtbot, window)
    model = tmp_path / "mine.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(model), "")))
    window.actions_by_name["export_h5"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(model), "")))
    window.actions_by_name["import_h5"].trigger()
    qtbot.waitUntil(lambda: window.runner.has_custom_weights and window.runner.last_model is not None, timeout=30000)
    with qtbot.waitSignal(window.runs_panel.recorder.sigSaved, timeout=60000) as saved:
        window.training_panel.play_action.trigger()
    assert saved.args[0].settings["start"] == {"kind": "file", "name": "mine.h5"}
    qtbot.waitUntil(lambda: len(cells(window, 1)) == 2, timeout=10000)
    assert cells(window, 1)[1] == "from the weights in mine.h5"


def test_reset_forgets_a_loaded_model_for_the_seeded_weights(qtbot, window):
    """After "Load its model" Reset stayed disabled: no way back to the seeded initial weights but an edit."""
    set_learning_rate(window, 0.05, epochs=5)
    play_and_record(qtbot, window)
    window.training_panel.reset_action.trigger()
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=30000)
    seeded = window.runner.last_model.get_weights()
    click_row(qtbot, window, 0)
    qtbot.mouseClick(button(window, "runsLoadModel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.has_custom_weights and window.training_panel.reset_action.isEnabled(),
                    timeout=30000)
    window.training_panel.reset_action.trigger()
    qtbot.waitUntil(lambda: not window.runner.has_custom_weights and window.runner.last_model is not None,
                    timeout=30000)
    for key, value in window.runner.last_model.get_weights().items():
        np.testing.assert_array_equal(value, seeded[key])
    assert not window.training_panel.reset_action.isEnabled()


def test_a_run_begun_with_step_from_a_loaded_model_says_so(qtbot, window):
    set_learning_rate(window, 0.05, epochs=3)
    record = play_and_record(qtbot, window)
    click_row(qtbot, window, 0)
    qtbot.mouseClick(button(window, "runsLoadModel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.has_custom_weights and window.runner.last_model is not None, timeout=30000)
    with qtbot.waitSignal(window.runner.sigStateChanged, timeout=30000,
                          check_params_cb=lambda state: state == "paused"):
        window.training_panel.step_action.trigger()   # begun with Step, then Play
    with qtbot.waitSignal(window.runs_panel.recorder.sigSaved, timeout=60000) as saved:
        window.training_panel.play_action.trigger()
    assert saved.args[0].settings["start"] == {"kind": "run", "id": record.id, "name": record.name}


def test_restoring_a_sweep_run_keeps_the_projects_file_callbacks(qtbot, window):
    """A sweep's runs are trained without the project's checkpoint, CSV log and TensorBoard (their files
    would collide): restoring such a run's settings removed them from the project without a word."""
    from annstudio.engine import runs

    assert window.open_example(resource_path("examples", "housing_callbacks.annproj"))
    own = [c["class_name"] for c in window.document.project.training.callbacks]
    assert {"ModelCheckpoint", "TensorBoard"} <= set(own)
    swept = window.document.project.copy()
    swept.training.callbacks = [c for c in swept.training.callbacks if c["class_name"] == "EarlyStopping"]
    swept.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.002}}
    runs.save_run(window.runs_panel.recorder.folder, swept, "numpy", {"loss": [1.0]}, {}, 1.0, name="swept")
    window.runs_panel.refresh()
    qtbot.waitUntil(lambda: cells(window, 0) == ["swept"])
    click_row(qtbot, window, 0)
    qtbot.mouseClick(button(window, "runsRestore"), Qt.MouseButton.LeftButton)
    assert window.document.project.training.learning_rate == 0.002
    assert sorted(c["class_name"] for c in window.document.project.training.callbacks) == sorted(own)


def test_a_layer_setting_that_changed_is_named_in_the_windows_language(qapp):
    """"What changed" said "dense.units 8 → 4" in the Korean window, where the sweep says "dense: 유닛 수"."""
    from annstudio.engine.run_diff import Change
    from annstudio.gui.i18n import install_translators
    from annstudio.gui.runs.panel import change_label

    assert change_label(Change("layer", 8, 4, "dense.units")) == "dense: Units"
    install_translators(qapp, "ko")
    try:
        assert change_label(Change("layer", 8, 4, "dense.units")) == "dense: 유닛 수"
        assert change_label(Change("layer", 0.2, 0.5, "dropout.rate")) == "dropout: 비율"
    finally:
        install_translators(qapp, "en")


def test_a_callback_that_changed_is_named_with_its_setting(qapp):
    from annstudio.engine.run_diff import Change
    from annstudio.gui.i18n import install_translators
    from annstudio.gui.runs.panel import describe_changes

    found = [Change("callback_setting", 10, 3, "EarlyStopping.patience"), Change("callback", True, False, "CSVLogger")]
    assert describe_changes(found) == "EarlyStopping: patience 10 → 3, CSVLogger on → off"
    install_translators(qapp, "ko")
    try:
        assert describe_changes(found) == "EarlyStopping: patience 10 → 3, CSVLogger 켬 → 끔"
    finally:
        install_translators(qapp, "en")


def test_undo_and_redo_of_load_its_model_bring_back_its_weights(qtbot, window):
    """Undo of "Load the model of Run 1" then redo gave the model its seeded draw, not the run's weights."""
    set_learning_rate(window, 0.05, epochs=5)
    record = play_and_record(qtbot, window)
    kept = load_h5(record.weights_path).weights
    from annstudio.spec import edits  # another model now: the load changes it back (a model step)

    window.ask_reset = lambda: "reset"
    commands.edit_spec(window.document, "units", lambda s: edits.set_layer_config(s, "dense", "units", 7))
    qtbot.wait(50)   # the keep/reset question (answered: reset)
    window.training_panel.reset_action.trigger()
    click_row(qtbot, window, 0)
    qtbot.mouseClick(button(window, "runsLoadModel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.last_model is not None and window.runner.has_custom_weights,
                    timeout=30000)
    assert window.document.undo_stack.undoText().startswith("Load the model of")
    window.actions_by_name["undo"].trigger()
    qtbot.wait(300)   # as a learner: the model before the load is shown, then Redo
    assert [layer.config.get("units") for layer in window.document.spec.layers][1] == 7
    window.actions_by_name["redo"].trigger()
    qtbot.waitUntil(lambda: window.runner.last_model is not None and window.runner.has_custom_weights,
                    timeout=10000)
    qtbot.wait(300)
    for key, value in window.runner.last_model.get_weights().items():
        np.testing.assert_array_equal(value, kept[key])


def test_the_time_column_leaves_the_paces_waits_out(qtbot, window):
    """At the Watchable pace a 0.1-second run was listed as 17 s: the waits between epochs were counted."""
    import time

    set_learning_rate(window, 0.05, epochs=8)
    window.runner.set_pace(10.0)   # 10 epochs a second at most: about 0.8 s of waiting
    started = time.monotonic()
    record = play_and_record(qtbot, window)
    wall = time.monotonic() - started
    assert wall >= 0.6
    assert record.summary["duration_s"] < wall / 2, (record.summary["duration_s"], wall)


def read_question_and_cancel(shown):
    def read():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
    QTimer.singleShot(20, read)


def legend_names(window):
    return [label.item.toPlainText() for _sample, label in window.loss_plot.legend.items]


def test_the_names_the_app_gave_follow_the_windows_language(qtbot, qapp, tmp_path):
    """Runs trained in the Korean window were listed as "실행 1" in the English one (the panel, the legend, the
    delete question); the names the app gives are kept in no language, the names the learner typed as typed."""
    from annstudio.gui.i18n import install_translators

    path = tmp_path / "xor.annproj"
    folder = tmp_path / "xor.runs"
    try:
        install_translators(qapp, "ko")
        korean = show_main_window(qtbot)
        korean.runner.set_pace(None)
        assert korean.open_example(resource_path("examples", "xor_mlp.annproj")) and korean._save_to(path)
        korean.runs_panel.raise_()
        set_learning_rate(korean, 0.05, epochs=3)
        first = play_and_record(qtbot, korean)
        second = play_and_record(qtbot, korean)
        # a run kept before names were kept in no language: its words are all there is
        runs.save_run(folder, korean.document.project, "numpy", {"loss": [1.0]}, {}, 1.0, name="실행 9")
        korean.runs_panel.refresh()
        assert cells(korean, 0) == ["실행 1", "실행 2", "실행 9"]
        editor = edit_name(qtbot, korean, 1)
        qtbot.keyClicks(editor, "mine")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: cells(korean, 0)[1] == "mine")
        korean.document.undo_stack.setClean()

        install_translators(qapp, "en")   # the app started again in English
        english = show_main_window(qtbot)
        assert english.open_path(path, ask=False)
        english.runs_panel.raise_()
        assert cells(english, 0) == ["Run 1", "mine", "실행 9"]
        click_row(qtbot, english, 0)
        click_row(qtbot, english, 1, ctrl=True)
        assert {"Run 1", "mine"} <= set(legend_names(english)) and "실행 1" not in legend_names(english)
        shown: list[str] = []
        read_question_and_cancel(shown)
        qtbot.mouseClick(button(english, "runsDelete"), Qt.MouseButton.LeftButton)
        assert "“Run 1”" in shown[0] and "“mine”" in shown[0] and "실행" not in shown[0]
        # the next run in the English window goes on counting
        set_learning_rate(english, 0.05, epochs=3)
        play_and_record(qtbot, english)
        number = cells(english, 0)[-1].removeprefix("Run ")
        assert number.isdigit() and int(number) > 2

        install_translators(qapp, "ko")   # and back
        again = show_main_window(qtbot)
        assert again.open_path(path, ask=False)
        assert cells(again, 0) == ["실행 1", "mine", "실행 9", f"실행 {number}"]
    finally:
        install_translators(qapp, "en")
    stored = {p.name: json.loads((p / "summary.json").read_text(encoding="utf-8")) for p in folder.iterdir()
              if p.is_dir()}
    assert stored[first.id]["generated_name"] == {"run": 1} and stored[first.id]["name"] == "Run 1"
    assert stored[second.id]["name"] == "mine" and "generated_name" not in stored[second.id]
    assert not any("실행" in summary["name"] for summary in stored.values() if "generated_name" in summary)


def test_a_long_name_ends_in_an_ellipsis_and_leaves_the_other_columns_in_sight(qtbot):
    """An 80-character name widened the Name column to the whole text: What changed, Final and Test were only
    reached by scrolling sideways, and its legend entry stretched across the plot."""
    from annstudio.gui.runs.panel import CHANGED, FINAL, NAME, TEST

    window = show_main_window(qtbot, size=(1400, 900))
    window.runner.set_pace(None)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    window.docks["runsPanel"].raise_()
    set_learning_rate(window, 0.05, epochs=3)
    play_and_record(qtbot, window)
    set_learning_rate(window, 0.1, epochs=3)
    play_and_record(qtbot, window)
    view = table(window)
    header = view.horizontalHeader()

    def in_sight(column):
        return header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()

    assert all(in_sight(c) for c in (CHANGED, FINAL, TEST)), view.viewport().width()
    long_name = "a very long name for the second run, " * 2 + "and so"
    assert len(long_name) == 80
    editor = edit_name(qtbot, window, 1)
    qtbot.keyClicks(editor, long_name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cells(window, 0)[1] == long_name)
    assert all(in_sight(c) for c in (CHANGED, FINAL, TEST)), [header.sectionSize(c) for c in range(6)]
    assert header.sectionSize(NAME) < view.fontMetrics().horizontalAdvance(long_name) / 2
    assert view.item(1, NAME).toolTip() == long_name   # the whole name, where the cell ends in "…"

    click_row(qtbot, window, 1)
    label = next(label for _sample, label in window.loss_plot.legend.items
                 if label.item.toPlainText().startswith("a very long"))
    assert label.item.toPlainText().endswith("…") and label.toolTip() == long_name
    plot_width = window.loss_plot.loss_widget.plotItem.vb.width()
    assert label.item.boundingRect().width() < plot_width / 2, (label.item.boundingRect().width(), plot_width)
