"""The main window: docks and objectNames, File actions, the dirty prompt, View menu, settings, training."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox, QWidget

from annstudio.gui import settings
from annstudio.gui.editor import commands
from annstudio.gui.main_window import MainWindow
from annstudio.gui.run import backend_picker
from annstudio.project import Project
from annstudio.resources import example_projects, resource_path

OBJECT_NAMES = ("datasetPanel", "layerPalette", "stackEditor", "layerInspector", "trainingPanel", "backendPicker",
                "lossPlot", "playButton", "pauseButton", "stepButton", "stopButton", "resetButton",
                "decisionPlot", "activationPlot", "networkView", "resultsPanel")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """A private settings store, and no TensorFlow import from the backend picker's device scan."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])
    yield


@pytest.fixture
def unexpected_dialogs(monkeypatch):
    """Fail on any message box the test did not expect (a modal box would hang the test)."""
    seen = []

    def fail(*args, **kwargs):
        seen.append(args)
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail))
    return seen


def _quiet_close(window: MainWindow) -> None:
    # pytest-qt closes its widgets before fixtures tear down: end the run and drop edits first, so the
    # close asks nothing
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, unexpected_dialogs):
    yield make_window(qtbot)


def copy_example(tmp_path, name="xor_mlp.annproj"):
    target = tmp_path / name
    shutil.copy(resource_path("examples", name), target)
    return target


def set_epochs(window, epochs):
    training = window.document.section("training")
    training.epochs = epochs
    commands.push(window.document, "training", training, "epochs")


# ---------------------------------------------------------------------------------------------- layout
def test_window_has_every_named_widget_and_dock(window):
    for name in OBJECT_NAMES:
        assert window.findChild(QWidget, name) is not None, name
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert {"datasetPanelDock", "layerPaletteDock", "stackEditorDock", "layerInspectorDock", "trainingPanelDock",
            "outputAreaDock", "undoHistoryDock"} <= docks
    assert "annstudio" in window.windowTitle()
    # the toolbar carries the training panel's actions and the backend picker
    toolbar_actions = window.toolbar.actions()
    assert window.training_panel.play_action in toolbar_actions
    assert window.backend_picker.parent() is not None
    assert window.readout.text().startswith("Epoch 0")


def test_view_menu_toggles_docks(window):
    view_actions = window.view_menu.actions()
    for key, dock in window.docks.items():
        toggle = dock.toggleViewAction()
        assert toggle in view_actions, key
        was_visible = dock.isVisible()
        toggle.trigger()
        assert dock.isVisible() is (not was_visible)
        toggle.trigger()
        assert dock.isVisible() is was_visible
    window.docks["outputArea"].close()
    window.reset_layout()
    assert window.docks["outputArea"].isVisible()


# ---------------------------------------------------------------------------------------------- files
def test_open_edit_save_as_round_trip(window, tmp_path, monkeypatch):
    source = copy_example(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    window.actions_by_name["open"].trigger()
    assert window.document.path == source
    assert window.windowTitle().startswith("xor_mlp.annproj")
    assert not window.isWindowModified()

    window.stack_editor.append_kind("Dense")
    assert window.document.is_dirty and window.isWindowModified()

    target = tmp_path / "saved" / "copy.annproj"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["save_as"].trigger()
    assert window.document.path == target and not window.document.is_dirty
    assert not window.isWindowModified() and "copy.annproj" in window.windowTitle()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved == window.document.project.to_dict()
    assert len(saved["model"]["layers"]) == len(Project.load(source).model.layers) + 1
    assert settings.recent_files()[0] == target.resolve()
    assert any(a.data() == str(target.resolve()) for a in window.recent_menu.actions())

    # Save (Ctrl+S) writes to the same file without asking
    window.document.undo_stack.undo()
    window.actions_by_name["save"].trigger()
    assert len(Project.load(target).model.layers) == len(Project.load(source).model.layers)


def test_examples_open_untitled(window):
    examples = window.examples_menu.actions()
    assert len(examples) == len(example_projects())
    spiral = next(a for a in examples if a.data().endswith("spiral.annproj"))
    spiral.trigger()
    assert window.document.path is None
    assert window.document.project.dataset["name"] == "spiral"
    assert window.base_dir() == resource_path("examples")


def test_dirty_prompt_on_close_cancel_then_discard(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot)
    window.stack_editor.append_kind("Dense")
    asked = []

    def answer(choice):
        def warning(*args, **kwargs):
            asked.append(args[2])
            return choice
        return staticmethod(warning)

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    assert window.close() is False
    assert window.isVisible() and len(asked) == 1 and "unsaved" in asked[0]
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Discard))
    assert window.close() is True
    assert len(asked) == 2


def test_dirty_prompt_save_on_new(window, tmp_path, monkeypatch):
    window.stack_editor.append_kind("Dense")
    target = tmp_path / "kept.annproj"
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    layers = len(window.document.spec.layers)
    window.actions_by_name["new"].trigger()
    assert len(Project.load(target).model.layers) == layers  # saved before New
    assert window.document.path is None and not window.document.is_dirty


@pytest.mark.parametrize("ending", [".keras", ".h5"])
def test_an_exported_trained_model_carries_its_optimizer_as_trained(qtbot, window, tmp_path, monkeypatch, ending):
    """A learner trains, changes the learning rate for a next try, then exports: the file held the form's new
    rate and an optimizer that had never stepped (Keras went on with fresh Adam moments at step 0), where
    `annstudio train --out` writes the run's. The export now writes what trained the model."""
    from annstudio.io.model_file import load_model_file

    window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    set_epochs(window, 3)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    rate = window.training_panel.learning_rate_box
    rate.lineEdit().selectAll()
    qtbot.keyClicks(rate.lineEdit(), "0.3")
    qtbot.keyClick(rate.lineEdit(), Qt.Key.Key_Return)
    assert window.document.project.training.optimizer["config"]["learning_rate"] == 0.3
    target = tmp_path / f"trained{ending}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    contents = load_model_file(target)
    assert contents.optimizer["config"]["learning_rate"] == pytest.approx(0.05)   # the example's, that trained it
    trained = window.runner.last_model.get_optimizer_state()
    saved = contents.state["trainer"]
    assert saved["optimizer"]["iterations"] == trained["iterations"] == 3   # XOR: one batch of 4 an epoch
    assert saved["next_epoch"] == 3
    for slot, views in trained["slots"].items():
        for key, value in views.items():
            np.testing.assert_array_equal(saved["optimizer"]["slots"][slot][key], value, err_msg=f"{slot} {key}")


def test_export_untrained_then_import_h5(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "model.h5"
    captions = []

    def save_dialog(parent, caption, *args, **kwargs):
        captions.append(caption)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window.actions_by_name["export_h5"].trigger()
    assert target.is_file()
    assert "not trained" in captions[0]
    before = window.document.spec.to_dict()
    window.actions_by_name["new"].trigger()
    window.stack_editor.append_kind("Dense")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["import_h5"].trigger()
    assert [layer["config"] for layer in window.document.spec.to_dict()["layers"]] == \
        [layer["config"] for layer in before["layers"]]
    from annstudio.io.h5_read import load_h5

    saved = load_h5(target).weights  # the imported weights are the current model (issue 10, item 2)
    qtbot.waitUntil(lambda: window.runner.last_model is not None and window.runner.has_custom_weights)
    current = window.runner.last_model.get_weights()
    assert list(current) == list(saved) and all(np.array_equal(current[k], saved[k]) for k in saved)
    # the model now has the imported weights: the edit (the undo) asks keep/reset, as after a run
    monkeypatch.setattr(window, "ask_reset", lambda: "reset")
    window.actions_by_name["undo"].trigger()  # the import is one undoable step
    assert len(window.document.spec.layers) == len(before["layers"]) + 1


def test_an_exported_model_takes_raw_measurements(qtbot, window, tmp_path, monkeypatch):
    """File › Export .h5 of the iris model: the file records how the loaded data was standardised, so
    `annstudio predict` (and load_model) take the raw measurements the learner has."""
    from annstudio.data import load_dataset
    from annstudio.models import load_model

    assert window.open_example(resource_path("examples", "iris.annproj"))
    qtbot.waitUntil(lambda: window.dataset_panel.dataset is not None and not window.dataset_panel.busy, timeout=30000)
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=30000)
    target = tmp_path / "iris.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    model = load_model(target)
    data = load_dataset("iris", **window.document.project.dataset["params"])
    raw = data.x_standardizer.inverse_transform(data.x_test)
    np.testing.assert_allclose(model.predict(raw), model.model.predict(data.x_test), rtol=1e-4, atol=1e-5)


# ---------------------------------------------------------------------------------------------- edit menu
def test_edit_menu_acts_on_the_stack(window):
    editor = window.stack_editor
    names = [layer.name for layer in window.document.spec.layers]
    editor.select(names[1])
    assert window.actions_by_name["duplicate"].isEnabled()
    window.actions_by_name["duplicate"].trigger()
    assert len(window.document.spec.layers) == len(names) + 1
    window.actions_by_name["undo"].trigger()
    assert len(window.document.spec.layers) == len(names)
    window.actions_by_name["redo"].trigger()
    assert len(window.document.spec.layers) == len(names) + 1
    editor.select(window.document.spec.layers[2].name)
    window.actions_by_name["delete"].trigger()
    assert len(window.document.spec.layers) == len(names)


def test_shortcuts_table_comes_from_the_actions(window):
    from annstudio.gui.dialogs import ShortcutsDialog, shortcut_rows

    rows = shortcut_rows(window.menus, [window.training_panel.play_action])
    commands_ = {(r[1], r[2]) for r in rows}
    assert ("Save", "Ctrl+S") in commands_
    assert ("Duplicate", "Ctrl+D") in commands_
    assert any(r[1] == "Undo" and "Ctrl+Z" in r[2] for r in rows)
    assert any(r[2] == "F5" for r in rows)
    # the training controls, in no menu, say where they are (the Menu column was empty)
    rows = shortcut_rows(window.menus, [window.training_panel.play_action], "Training controls")
    assert ("Training controls", "Train", "F5") in rows
    dialog = ShortcutsDialog(rows, window)
    assert dialog.table.rowCount() == len(rows)
    # after an edit the Edit menu says "Undo <the edit>"; the table still names the command
    training = window.document.section("training")
    training.epochs = 7
    commands.push(window.document, "training", training, "Change epochs")
    assert window.actions_by_name["undo"].text() != "&Undo"
    names = [r[1] for r in shortcut_rows(window.menus, [window.training_panel.play_action])]
    assert "Undo" in names and "Redo" in names and not any(n.startswith("Undo ") for n in names)


# ---------------------------------------------------------------------------------------------- settings
def test_layout_geometry_and_recent_files_persist(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot)
    window.docks["undoHistory"].toggleViewAction().trigger()
    window.docks["outputArea"].close()
    window.resize(701, 503)  # fits the offscreen 800x600 screen
    settings.add_recent_file(copy_example(tmp_path))
    settings.set_language("ko")
    assert window.close()
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annstudio", "annstudio")
    assert store.value(settings.VERSION) is not None and not store.value(settings.STATE).isEmpty()

    again = make_window(qtbot)
    assert not again.docks["outputArea"].isVisible()
    assert again.docks["datasetPanel"].isVisible()
    assert again.size().height() == 503  # (the width is at its minimum on the small offscreen screen)
    assert settings.recent_files() and settings.recent_files()[0].name == "xor_mlp.annproj"
    assert settings.language() == "ko"
    again.close()


def test_preferences_store_the_language(window, monkeypatch):
    from annstudio.gui.dialogs import PreferencesDialog

    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.accept()
    assert settings.language() == "ko"


# ---------------------------------------------------------------------------------------------- training
def test_the_status_line_names_a_batchs_loss_as_such(qtbot, window):
    """Step after a run trains one batch: the status line showed that batch's loss as "loss 0.000154" beside
    the Training panel's "loss 0.0113" (the last epoch's)."""
    training = window.document.section("training")
    training.epochs, training.batch_size = 3, 1
    commands.push(window.document, "training", training, "batches")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.text().startswith("Epoch 3 · loss "), timeout=10000)
    with qtbot.waitSignal(window.runner.sigStateChanged, timeout=30000,
                          check_params_cb=lambda state: state == "paused"):
        window.training_panel.step_action.trigger()
    qtbot.waitUntil(lambda: window.readout.text().startswith("Epoch 4 · batch loss "), timeout=10000)


def test_train_to_completion_from_the_gui(qtbot, window):
    set_epochs(window, 15)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000) as blocker:
        window.training_panel.play_action.trigger()
    assert blocker.args[0]["event"] == "finished"
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=10000)
    assert window.quick.epoch.text() == "000,015"
    assert window.readout.text().startswith("Epoch 15 · loss ")
    assert window.readout.text().endswith("NumPy")


def test_stop_works(qtbot, window):
    set_epochs(window, 100000)
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 2, timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=10000) as blocker:
        window.training_panel.stop_action.trigger()
    assert blocker.args[0]["event"] == "stopped"
    qtbot.waitUntil(lambda: window.runner.state == "stopped", timeout=10000)


def test_close_during_training_asks_and_shuts_down(qtbot, monkeypatch):
    window = make_window(qtbot)
    set_epochs(window, 100000)
    window.document.undo_stack.setClean()
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 1, timeout=30000)
    asked = []

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()  # the question is a real box now (it closes itself
            asked.append(box.objectName())          # when the run ends while it is shown)
            box.button(button).click()
        QTimer.singleShot(100, click)

    answer(QMessageBox.StandardButton.No)
    assert window.close() is False and window.runner.is_active
    answer(QMessageBox.StandardButton.Yes)
    assert window.close() is True
    assert not window.runner.is_active
    assert asked == ["quitQuestion", "quitQuestion"]


def test_a_run_stopped_by_quitting_is_recorded(qtbot, tmp_path, monkeypatch):
    """Quit while training, "Stop the training and close": the run was lost, while a run ended with the Stop
    button is kept in the Runs panel. It is stopped the same way now, and kept beside the project."""
    from annstudio.engine import runs

    window = make_window(qtbot)
    set_epochs(window, 100000)
    window.document.save(tmp_path / "long.annproj")
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 2, timeout=30000)
    monkeypatch.setattr(window, "ask_stop_and_close", lambda: True)
    assert window.close() is True and not window.runner.is_active
    (record,) = runs.list_runs(runs.runs_folder(tmp_path / "long.annproj"))
    assert record.summary["outcome"] == "stopped" and record.summary["epochs"] >= 1


def test_editing_after_a_run_asks_once(qtbot, window, monkeypatch):
    set_epochs(window, 3)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=10000)
    answers = ["cancel", "keep"]
    asked = []
    monkeypatch.setattr(window, "ask_reset", lambda: asked.append(1) or answers.pop(0))
    layers = len(window.document.spec.layers)
    window.stack_editor.append_kind("Dropout")
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.waitUntil(lambda: len(window.document.spec.layers) == layers)  # "cancel" undid the edit
    window.stack_editor.append_kind("Dropout")
    qtbot.waitUntil(lambda: len(asked) == 2)
    # "keep": the edited model, with the trained weights that fit, is the current one (issue 10, item 1)
    assert len(window.document.spec.layers) == layers + 1
    qtbot.waitUntil(lambda: window.runner.model_spec is not None
                    and len(window.runner.model_spec.layers) == layers + 1, timeout=10000)
    assert window.runner.state == "idle" and window.runner.has_custom_weights
    window.stack_editor.append_kind("Dropout")  # asked once per run: no more questions
    qtbot.wait(50)
    assert len(asked) == 2
    monkeypatch.setattr(window, "ask_reset", lambda: "reset")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=10000)
    window.stack_editor.append_kind("Dropout")
    qtbot.waitUntil(lambda: window.runner.state == "idle")


# ---------------------------------------------------------------------------------------------- language
def test_korean_menu_titles(qtbot, monkeypatch):
    from annstudio.gui.i18n import catalogue, install_translators

    if not catalogue("ko").is_file():
        pytest.skip("the Korean catalogue has not been compiled")
    app = QApplication.instance()
    install_translators(app, "ko")
    try:
        window = make_window(qtbot)
        titles = [menu.title().replace("&", "") for menu in window.menus]
        assert titles[0].startswith("파일") and titles[1].startswith("편집")
        assert titles[2].startswith("보기") and titles[3].startswith("배우기") and titles[4].startswith("도움말")
        assert window.docks["datasetPanel"].windowTitle() == "데이터"
        assert window.readout.text().startswith("에포크")
        assert window.display_name() == "제목 없음"   # a new project's stored name is "untitled"
        window.close()
    finally:
        install_translators(app, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# ---------------------------------------------------------------------------------------------- command line
def test_cli_without_a_command_opens_the_gui(monkeypatch, tmp_path):
    import annstudio.gui.app as app_module
    from annstudio import cli

    calls = []
    monkeypatch.setattr(app_module, "main", lambda argv=None, project_path=None: calls.append(project_path) or 0)
    assert cli.main([]) == 0
    assert cli.main(["gui", str(tmp_path / "p.annproj")]) == 0
    assert calls == [None, tmp_path / "p.annproj"]


def test_export_trained_model_loads_back(qtbot, window, tmp_path, monkeypatch):
    from annstudio.models import load_model

    set_epochs(window, 5)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=10000)
    target = tmp_path / "trained.h5"
    captions = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, *a, **k: captions.append(caption) or (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    assert "trained" in captions[0] and "not trained" not in captions[0]
    loaded = load_model(target)
    trained = window.runner.last_model.get_weights()
    for key, value in loaded.get_weights().items():
        assert (value == trained[key]).all(), key


def test_the_views_show_the_trained_model(qtbot, window):
    """After a run every view shows that model: regions = its predictions, diagram = its weights,
    confusion matrix over the whole test set."""
    window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    qtbot.waitUntil(lambda: window.decision_plot.isVisible(), timeout=10000)
    set_epochs(window, 60)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    model = window.runner.last_model
    qtbot.waitUntil(lambda: window.decision_plot.result is not None, timeout=10000)
    result = window.decision_plot.result
    assert result["z"].shape[:2] == (100, 100)
    _, _, x = window.decision_plot.probe.grid.grid(window.decision_plot.dataset)
    np.testing.assert_allclose(result["z"].reshape(len(x), -1), model.predict(x), atol=1e-6)
    kernel = model.get_weights()["dense/kernel"]
    widths = window.network_view.line_widths(("input", "dense"))
    order = np.argsort(np.abs(kernel).ravel())
    assert np.all(np.diff(np.asarray(widths).ravel()[order]) >= -1e-9)  # wider line for larger |w|
    qtbot.waitUntil(lambda: window.results_panel.confusion() is not None and window.results_panel.confusion().sum() > 0,
                    timeout=10000)
    assert window.results_panel.confusion().sum() == 4  # XOR's test set: the 4 rows of the truth table


def test_a_weight_typed_in_the_diagram_redraws_the_decision_regions(qtbot, window):
    window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    qtbot.waitUntil(lambda: window.decision_plot.isVisible(), timeout=10000)
    set_epochs(window, 20)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.decision_plot.result is not None, timeout=10000)
    before = window.decision_plot.result["z"].copy()
    with qtbot.waitSignal(window.decision_plot.sigUpdated, timeout=5000):
        window.network_view.set_weight("dense_1/bias", (0,), 50.0)  # the output saturates at class 1
    after = window.decision_plot.result["z"]
    assert not np.allclose(before, after)
    assert after.min() > 0.99


def test_no_class_colour_looks_undecided():
    from PySide6.QtGui import QColor

    from annstudio.gui.colors import CLASS_COLORS, NEUTRAL

    neutral = QColor(NEUTRAL)
    for colour in map(QColor, CLASS_COLORS):
        assert colour.hsvSaturation() > 80, colour.name()  # greys have no saturation
        distance = sum((a - b) ** 2 for a, b in zip(colour.getRgb()[:3], neutral.getRgb()[:3], strict=False)) ** 0.5
        assert distance > 60, colour.name()


def test_samples_per_second_leaves_out_paused_time():
    """The status line shows the engine's samples/s (one computation), which leaves out paused time."""
    import time

    from annstudio.engine.control import TrainingControl
    from annstudio.engine.session import create_run
    from annstudio.gui import main_window as mw

    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset["params"]["repeat"] = 100  # 400 samples
    project.training.epochs = 1
    control = TrainingControl()
    control.pause()
    run = create_run(project, "numpy", control=control)
    events = []
    for event in run.events():
        events.append(event)
        if event["event"] == "paused":
            time.sleep(1.0)  # a one-second pause in the middle of the epoch ...
            control.resume()
    (end,) = [e for e in events if e["event"] == "epoch_end"]
    assert end["samples_per_second"] > 4000  # ... is not counted: 400 samples take far less than 0.1 s
    readout = mw.StatusReadout()
    readout.feed(events)
    assert readout.rate == end["samples_per_second"]
    assert f"{round(end['samples_per_second']):,} samples/s" in readout.text()


def test_a_key_typed_after_training_does_not_land_in_the_data_panel(qtbot):
    """The learner picks the backend (the picker has the focus), presses Play, and types once training ends
    (Space, a digit): the picker was disabled while training ran, and Qt handed its focus to the next field
    along, the data panel's "Samples" with its text selected, so the key replaced the data set's size."""
    from PySide6.QtWidgets import QComboBox

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "spiral.annproj"))
    training = window.document.section("training")
    training.epochs = 3
    commands.push(window.document, "training", training, "settings")
    picker = window.findChild(QComboBox, "backendPicker")
    window.activateWindow()
    picker.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(picker.hasFocus)
    samples_before = dict(window.document.project.dataset["params"])
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    focused = QApplication.focusWidget()
    data_panel = window.findChild(QWidget, "datasetPanel")
    assert focused is None or not data_panel.isAncestorOf(focused), focused.objectName()
    qtbot.keyClicks(focused or window, "7")
    assert window.document.project.dataset["params"] == samples_before


def test_a_key_typed_after_fit_the_model_does_not_land_in_the_data_panel(qtbot):
    """The learner's model no longer fits the data (three outputs for XOR) and the data panel offers "Fit
    the model to this data". Clicking it fixes the model and hides the button; the focus the button had
    went to the next field, "Repeat" with its text selected, so the next key typed replaced the data set's
    repeat count."""
    from PySide6.QtWidgets import QPushButton

    from annstudio.spec import ModelSpec

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    three = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}),
                                  ("Dense", {"units": 3, "activation": "sigmoid"})], name="three")
    commands.push(window.document, "model", three, "three outputs")
    button = window.findChild(QPushButton, "fitModelButton")
    qtbot.waitUntil(button.isVisible)
    window.activateWindow()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.document.spec.output_shape[-1] == 1 and not button.isVisible()
    params_before = dict(window.document.project.dataset["params"])
    focused = QApplication.focusWidget()
    data_panel = window.findChild(QWidget, "datasetPanel")
    assert focused is None or not data_panel.isAncestorOf(focused), focused.objectName()
    qtbot.keyClicks(focused or window, "7")
    qtbot.keyClick(focused or window, Qt.Key.Key_Return)
    assert window.document.project.dataset["params"] == params_before


def test_the_inspector_keeps_its_width_after_fit_the_model(qtbot):
    """Wide & Deep on XOR: a Concatenate of the Input and the last layer ends the stack (three outputs), the
    learner clicks "Fit the model to this data" with the Concatenate selected. Its inputs list and hint
    were then drawn half as wide as the inspector (the page was resized to its own size hint)."""
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton

    from annstudio.spec import ModelSpec

    from .conftest import show_main_window

    window = show_main_window(qtbot, size=(1400, 900))
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    data = window.document.spec.to_dict()
    data["layers"].append({"kind": "Concatenate", "name": "concatenate", "config": {}, "inputs": ["input", "dense_1"]})
    commands.push(window.document, "model", ModelSpec.from_dict(data), "wide and deep")
    window.stack_editor.select("concatenate")
    inputs = window.inspector.findChild(QListWidget, "concatInputs")
    name = window.inspector.findChild(QLineEdit, "layerName")
    qtbot.waitUntil(inputs.isVisible)
    assert inputs.width() > name.width() * 0.9
    button = window.findChild(QPushButton, "fitModelButton")
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.document.spec.output_shape[-1] == 1 and window.inspector.layer_name == "concatenate"
    qtbot.wait(50)
    assert inputs.width() > name.width() * 0.9, (inputs.width(), name.width())


def test_exports_are_offered_under_the_project_file_s_name(qtbot, tmp_path, monkeypatch):
    """The learner saved the project as wd.annproj; Export Keras model, Python script and notebook then
    offer wd.h5, wd.py and wd.ipynb beside it (they offered untitled.h5, from the project's inner name)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    window.document.save(tmp_path / "wd.annproj")
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, suggestion, *a, **k: (offered.append(suggestion), ("", ""))[1]))
    for name in ("action_export_h5", "action_export_python", "action_export_notebook"):
        window.findChild(QAction, name).trigger()
    assert [Path(p) for p in offered] == [tmp_path / "wd.h5", tmp_path / "wd.py", tmp_path / "wd.ipynb"]


def test_fit_the_model_is_offered_only_when_it_can_change_something(qtbot):
    """A learner drags XOR's hidden layer below the output: the model's own wiring is broken (a layer whose
    output nothing uses). "Fit the model to this data" was offered for it and did nothing when clicked."""
    from PySide6.QtWidgets import QPushButton

    from annstudio.spec import ModelSpec

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    data = {"name": "broken", "layers": [
        {"kind": "Input", "name": "input", "config": {"shape": [2]}},
        {"kind": "Dense", "name": "dense_1", "config": {"units": 1, "activation": "sigmoid"}},
        {"kind": "Dense", "name": "dense", "config": {"units": 4, "activation": "tanh"}},
        {"kind": "Concatenate", "name": "concatenate", "config": {}, "inputs": ["input", "dense_1"]},
        {"kind": "Dense", "name": "dense_2", "config": {"units": 1, "activation": "sigmoid"}}]}
    commands.push(window.document, "model", ModelSpec.from_dict(data), "reorder")
    button = window.findChild(QPushButton, "fitModelButton")
    qtbot.waitUntil(lambda: bool(window.dataset_panel.mismatch()), timeout=10000)  # it cannot train as it is ...
    assert not button.isVisible()                    # ... but fitting it to the data would not change that
    steps = window.document.undo_stack.count()
    window.dataset_panel.fit_model_to_data()         # and asked anyway, it adds no empty step to undo
    assert window.document.undo_stack.count() == steps
    data["layers"][-1]["config"]["units"] = 3        # a data problem on top: now fitting has work to do
    commands.push(window.document, "model", ModelSpec.from_dict(data), "three outputs")
    qtbot.waitUntil(button.isVisible)


def test_the_status_line_drops_numbers_of_a_model_that_is_gone(qtbot):
    """The status line shows the untrained XOR model's loss and accuracy. The learner replaces the model by
    one of eight inputs (an imported Wide & Deep regression model): it cannot take XOR's data, and the line
    still said "loss 0.693 · accuracy 75.0 %" for a model no longer there."""
    from annstudio.spec import ModelSpec

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    qtbot.waitUntil(lambda: "accuracy" in window.readout.text(), timeout=20000)
    eight = ModelSpec.stack([8], [("Dense", {"units": 30, "activation": "relu"}), ("Dense", {"units": 1})],
                            name="imported")
    with qtbot.waitSignal(window.runner.sigModelRefused, timeout=20000):
        commands.push(window.document, "model", eight, "import")
    assert window.readout.text() == "Epoch 0 · NumPy"


def test_editing_an_imported_model_asks_about_imported_weights_not_trained_ones(qtbot, monkeypatch):
    """After File > Import (weights from a Keras file, nothing trained) an edit asked "You changed the model
    after training"; the question now names the weights the learner has."""
    from PySide6.QtWidgets import QMessageBox

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    window.runner.set_custom_weights(window.document.spec, {})   # as File > Import does
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append((box.windowTitle(), box.text())) or 0)
    spec = window.document.spec.to_dict()
    spec["layers"][1]["config"]["units"] = 5
    from annstudio.spec import ModelSpec
    commands.push(window.document, "model", ModelSpec.from_dict(spec), "five units")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0] == ("The network has imported or edited weights",
                        "You changed a model whose weights were imported or typed in. Reset the weights now?")


def test_fitting_the_model_to_iris_after_diabetes_trains(qtbot):
    """Diabetes (regression), "Fit the model", Iris, "Fit the model" again, Play: "Training failed:
    ValueError: cannot reshape array of size 16 into shape (16,3)" (the regression fit's MAE was kept)."""
    from PySide6.QtWidgets import QComboBox, QPushButton

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "iris.annproj"))
    combo = window.findChild(QComboBox, "datasetCombo")
    button = window.findChild(QPushButton, "fitModelButton")
    for name in ("diabetes", "iris"):
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())   # as a choice in its list does
        qtbot.waitUntil(button.isVisible, timeout=10000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not button.isVisible(), timeout=10000)
    assert window.document.project.training.metrics == ["accuracy"]
    set_epochs(window, 3)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    assert window.runner.state == "finished", window.training_panel.message.text()


def test_the_status_line_names_the_backend_of_the_numbers_it_shows_and_reset_clears_the_runs_end(qtbot, window):
    """NumPy trained, then TensorFlow picked: the line said "... 113,640 samples/s · TensorFlow (CPU:0)" of the
    NumPy run; after Reset, "Stopped after 166 epochs." stayed on the left."""
    window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    set_epochs(window, 100000)
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 2, timeout=30000)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.stop_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Stopped after"), timeout=5000)
    assert window.readout.text().endswith("· NumPy")
    assert window.backend_picker.set_backend("tensorflow", "CPU:0")
    assert window.readout.text().endswith("· NumPy")          # these numbers are the NumPy run's
    window.training_panel.reset_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "idle")
    assert window.statusBar().currentMessage() == ""
    assert window.readout.text().endswith("· TensorFlow (CPU:0)")


def test_ctrl_y_redoes_as_ctrl_shift_z_does(qtbot, monkeypatch):
    """Learners used to Windows press Ctrl+Y to redo: nothing happened on a Linux desktop, whose Redo is only
    Ctrl+Shift+Z, while the forward-pass lab took both. (The offscreen platform's Redo has both keys: the
    desktop's bindings are what the test gives the window.)"""
    from .conftest import show_main_window

    bindings = QKeySequence.keyBindings
    desktop = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")]}
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(lambda key: desktop.get(key) or bindings(key)))
    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    layers = len(window.document.spec.layers)
    commands.remove_layers(window.document, ["dense"])
    window.stack_editor.view.setFocus()
    qtbot.waitUntil(window.stack_editor.view.hasFocus)
    qtbot.keyClick(window.stack_editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.document.spec.layers) == layers)
    qtbot.keyClick(window.stack_editor.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.document.spec.layers) == layers - 1)
    redo = window.actions_by_name["redo"]
    assert QKeySequence("Ctrl+Y") in redo.shortcuts() and QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()


def test_reset_layout_keeps_the_labs_as_they_were_and_the_window_on_the_screen(qtbot):
    """At 1024 x 700 with a lab open, View > Reset layout grew the window from 660 to 795 px tall (1,986 with
    five labs), off the screen, the status bar gone, and opened again every lab the learner had closed."""
    from annstudio.gui.learn import LABS

    from .conftest import show_main_window

    window = show_main_window(qtbot, (984, 660))
    for lab in LABS:
        window.actions_by_name[lab.action].trigger()
    qtbot.wait(50)
    closed = LABS[0].key
    window.docks[closed].close()
    size = window.size()
    window.actions_by_name["reset_layout"].trigger()
    qtbot.wait(50)
    assert window.size() == size
    assert not window.docks[closed].isVisible()
    for lab in LABS[1:]:
        dock = window.docks[lab.key]
        assert dock.isVisible() or window.tabifiedDockWidgets(dock), lab.key   # open, as a tab
        assert window.dockWidgetArea(dock) == window.dockWidgetArea(window.docks["outputArea"]), lab.key
        assert not dock.isFloating()
    assert window.statusBar().isVisible() and window.statusBar().geometry().bottom() < window.height()


def test_a_toolbar_field_and_its_label_move_into_the_overflow_together(qtbot):
    """At 1024 px the tool bar's "Batch" label stayed in the bar while its field went alone into the » menu
    (in English the optimizer's too): each label and its field are one item of the bar now."""
    from PySide6.QtWidgets import QLabel

    from .conftest import show_main_window

    window = show_main_window(qtbot, (984, 660))
    for pair, field in (("learningRatePair", "learningRateField"), ("optimizerPair", None), ("batchPair", "batchSpin")):
        host = window.toolbar.findChild(QWidget, pair)
        assert host is not None and window.toolbar.widgetForAction(
            next(a for a in window.toolbar.actions() if window.toolbar.widgetForAction(a) is host)) is host
        (label,) = host.findChildren(QLabel)
        assert label.buddy() is not None and label.buddy().parentWidget() is host
        if field:
            assert label.buddy().objectName() == field
