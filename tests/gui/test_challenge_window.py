"""A challenge project in the window: hidden and locked controls, the goal banner's live check, and the
teacher's dialog (Edit › Challenge…)."""
import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from annstudio.challenge import Condition
from annstudio.project import Project
from annstudio.resources import resource_path
from tests.gui.conftest import show_main_window

EXAMPLE = "xor_challenge.annproj"


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot, size=(1500, 900))


def open_copy(window, tmp_path, change=None):
    path = tmp_path / EXAMPLE
    shutil.copy(resource_path("examples", EXAMPLE), path)
    if change is not None:
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    window.open_path(path, ask=False)
    return path


def find(window, name) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def banner_texts(window):
    return window.challenge_banner.texts()


def test_a_project_without_challenge_shows_no_banner(window):
    assert not window.challenge_bar.isVisible() and not find(window, "challengeBanner").isVisible()
    assert find(window, "backendPicker").isVisible() and find(window, "datasetCombo").isEnabled()


def test_opening_a_challenge_hides_and_locks_the_named_controls(qtbot, window, tmp_path):
    def more(data):
        data["challenge"]["locked"] += ["learning_rate"]
        data["challenge"]["hidden"] += ["layer_palette", "epochs"]
    open_copy(window, tmp_path, more)
    qtbot.waitUntil(lambda: not find(window, "backendPicker").isVisible())
    banner = find(window, "challengeBanner")
    assert banner.isVisible() and "95 % test accuracy" in find(window, "challengeNote").text()
    # hidden: the backend picker (toolbar), the layer palette's dock and its View entry, the epochs row
    assert not find(window, "layerPalette").isVisible()
    assert not window.docks["layerPalette"].toggleViewAction().isVisible()
    assert not find(window, "epochsBox").isVisible()
    # locked: disabled, and the tooltip says why
    for name in ("datasetCombo", "learningRateField", "learningRateBox"):
        widget = find(window, name)
        assert widget.isVisible() and not widget.isEnabled(), name
        assert widget.toolTip() == "Locked by this challenge", name
    # the fixed data seed: its field is locked, and an edit of it is refused with the reason
    seed = find(window, "param_seed")
    assert not seed.isEnabled() and seed.toolTip() == "Locked by this challenge"
    window.dataset_panel._set_param("seed", 5)
    assert window.document.project.dataset["params"]["seed"] == 0
    assert window.statusBar().currentMessage() == "the data seed is locked by this challenge"
    # not named: usable as before
    assert find(window, "optimizerCombo").isEnabled() and find(window, "batchSizeBox").isVisible()
    # hidden stays hidden after View > Reset layout
    window.actions_by_name["reset_layout"].trigger()
    qtbot.wait(50)
    assert not find(window, "layerPalette").isVisible() and not find(window, "backendPicker").isVisible()
    assert not find(window, "epochsBox").isVisible() and not find(window, "datasetCombo").isEnabled()
    # a project without a challenge gives every control back
    window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    qtbot.waitUntil(lambda: find(window, "backendPicker").isVisible())
    assert find(window, "datasetCombo").isEnabled() and find(window, "learningRateField").isEnabled()
    assert find(window, "learningRateField").toolTip() != "Locked by this challenge"
    assert window.docks["layerPalette"].toggleViewAction().isVisible()
    assert not window.challenge_bar.isVisible()


def test_the_check_follows_the_metric_and_the_model(qtbot, window, tmp_path):
    def reachable(data):  # a goal this seed reaches in a few epochs
        data["challenge"]["goal"][0]["min"] = 0.8
        data["training"]["epochs"] = 20
    open_copy(window, tmp_path, reachable)
    qtbot.waitUntil(lambda: window.challenge_bar.isVisible())
    assert banner_texts(window) == ["✗ test accuracy ≥ 80 %: not measured yet", "✓ hidden units ≤ 4: now 4"]
    assert find(window, "challengeTitle").text() == "Challenge:"
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.results_panel.result is not None)
    accuracy = window.results_panel.result["accuracy"]
    assert accuracy >= 0.8
    shown = f"{100 * accuracy:.1f}".rstrip("0").rstrip(".") + " %"
    qtbot.waitUntil(lambda: banner_texts(window)[0] == f"✓ test accuracy ≥ 80 %: now {shown}")
    assert find(window, "challengeTitle").text() == "Challenge: goal reached!"
    check = find(window, "challengeCheck0")
    assert "#1b5e20" in check.styleSheet()
    # the learner widens the hidden layer past the limit: that check flips
    window.ask_reset = lambda: "keep"
    window.stack_editor.select("dense")
    spin = window.inspector.units_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "8")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: banner_texts(window)[1] == "✗ hidden units ≤ 4: now 8")
    assert "#b71c1c" in find(window, "challengeCheck1").styleSheet()
    assert find(window, "challengeTitle").text() == "Challenge:"


def test_the_teacher_edits_the_challenge_in_one_undo_step(qtbot, window, tmp_path, monkeypatch):
    from annstudio.gui.challenge.dialog import ChallengeDialog

    path = open_copy(window, tmp_path)
    qtbot.waitUntil(lambda: window.challenge_bar.isVisible())
    seen = []

    def drive(dialog):
        seen.append(dialog.objectName())
        controls = dialog.controls
        for row in range(controls.rowCount()):
            name = controls.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if name == "optimizer":
                controls.item(row, 1).setCheckState(Qt.CheckState.Checked)
            if name == "backend":
                controls.item(row, 2).setCheckState(Qt.CheckState.Unchecked)
        value = dialog.findChild(QWidget, "challengeValue1")
        value.setFocus()
        value.lineEdit().selectAll()
        qtbot.keyClicks(value.lineEdit(), "3")
        dialog.note.setText("Three hidden units")
        dialog.seed.setValue(5)  # a new fixed data seed
        dialog.accept()
        return 1

    monkeypatch.setattr(ChallengeDialog, "exec", drive)
    before = window.document.undo_stack.count()
    window.actions_by_name["edit_challenge"].trigger()
    assert seen == ["challengeDialog"]
    assert window.document.undo_stack.count() == before + 1
    challenge = window.document.project.challenge
    assert challenge.goal[1].value == 3 and "optimizer" in challenge.locked and challenge.hidden == []
    assert challenge.data_seed == 5 and window.document.project.dataset["params"]["seed"] == 5
    qtbot.waitUntil(lambda: not find(window, "optimizerCombo").isEnabled())
    qtbot.waitUntil(lambda: find(window, "backendPicker").isVisible())
    assert banner_texts(window)[1] == "✗ hidden units ≤ 3: now 4" and find(window, "challengeNote").text() == "Three hidden units"
    window.actions_by_name["save"].trigger()
    stored = Project.load(path).challenge
    assert stored.to_dict() == challenge.to_dict()
    # undo: the old challenge is back, in one step
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: find(window, "optimizerCombo").isEnabled())
    assert window.document.project.challenge.goal[1].value == 4
    assert window.document.project.dataset["params"]["seed"] == 0  # the seed came back with it
    qtbot.waitUntil(lambda: not find(window, "backendPicker").isVisible())  # the tool bar lays out later

    # Remove the challenge: every control is back, the banner goes
    def remove(dialog):
        dialog.findChild(QWidget, "removeChallengeButton").click()
        return 1

    monkeypatch.setattr(ChallengeDialog, "exec", remove)
    window.actions_by_name["edit_challenge"].trigger()
    assert window.document.project.challenge is None
    qtbot.waitUntil(lambda: find(window, "backendPicker").isVisible())
    assert not window.challenge_bar.isVisible() and find(window, "datasetCombo").isEnabled()
    window.actions_by_name["undo"].trigger()
    assert window.document.project.challenge is not None and window.challenge_bar.isVisible()


def test_the_dialog_refuses_a_bad_condition(qtbot, window):
    from annstudio.gui.challenge.dialog import ChallengeDialog
    from annstudio.gui.fields import NumberField

    dialog = ChallengeDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.add_condition(Condition("parameters", "max", 50))
    bound = dialog.findChild(QComboBox, "challengeBound1")
    bound.setCurrentIndex(bound.findData("min"))
    dialog.accept()
    assert window.document.project.challenge is None
    # said in the dialog's words (its row and measure), not the file's ("goal[1]: a limit takes 'max' only")
    assert dialog.message.text() == "Row 2 (parameters): a limit is an upper bound: choose “at most (≤)”"
    bound.setCurrentIndex(bound.findData("max"))
    dialog.add_condition(Condition("test_accuracy", "min", 0.9))
    field = dialog.findChild(NumberField, "challengeValue2")
    field.setValue(150)
    dialog.accept()
    assert window.document.project.challenge is None
    assert dialog.message.text() == "Row 3 (test accuracy): a share is between 0 and 100 %, not 150 %"


def test_a_share_typed_in_percent_is_stored_as_that_share(qtbot, window):
    """95.2 was stored as 0.9520000000000001: exactly 238 of 250 right (95.2 %) did not reach it."""
    from annstudio.gui.challenge.dialog import ChallengeDialog
    from annstudio.gui.fields import NumberField

    dialog = ChallengeDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.add_condition(Condition("test_accuracy", "min", 0.9))
    field = dialog.findChild(NumberField, "challengeValue1")
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "95.2")
    dialog.accept()
    stored = [c.value for c in window.document.project.challenge.goal if c.name == "test_accuracy"]
    assert stored[-1] == 0.952 and 238 / 250 >= stored[-1]


def test_a_challenge_opened_before_the_window_shows_is_shown(qtbot, isolated_gui):
    """As `annstudio gui PROJECT` does: the project is opened, then the window is shown."""
    from annstudio.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.runner.shutdown(5000))
    window.open_path(resource_path("examples", EXAMPLE), ask=False)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    banner = find(window, "challengeBanner")
    qtbot.waitUntil(banner.isVisible)
    assert banner.height() >= find(window, "challengeTitle").sizeHint().height()
    assert banner_texts(window) == ["✗ test accuracy ≥ 95 %: not measured yet", "✓ hidden units ≤ 4: now 4"]
    assert not find(window, "backendPicker").isVisible()


def test_hidden_panels_stay_hidden_after_a_restore_and_come_back_without_the_challenge(qtbot, isolated_gui, tmp_path):
    from annstudio.gui.main_window import MainWindow

    def hide_palette(data):
        data["challenge"]["hidden"].append("layer_palette")

    first = show_main_window(qtbot, size=(1500, 900))
    open_copy(first, tmp_path, hide_palette)
    qtbot.waitUntil(lambda: not find(first, "layerPalette").isVisible())
    first.document.undo_stack.setClean()
    assert first.close()  # stores the layout
    # the next start restores the layout: a project without the challenge has its palette
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.runner.shutdown(5000))
    second.show()
    qtbot.waitExposed(second)
    assert second._restored
    assert find(second, "layerPalette").isVisible()
    # the challenge again, in the window whose layout was restored: hidden again
    second.open_path(tmp_path / EXAMPLE, ask=False)
    qtbot.waitUntil(lambda: not find(second, "layerPalette").isVisible())
    assert not second.docks["layerPalette"].toggleViewAction().isVisible()


def test_another_dataset_takes_the_fixed_seed_and_activations_can_be_locked(qtbot, window, tmp_path):
    def unlock_dataset(data):
        data["challenge"].update(locked=["activation"], data_seed=7)
    open_copy(window, tmp_path, unlock_dataset)
    qtbot.waitUntil(lambda: window.challenge_bar.isVisible())
    assert window.document.project.dataset["params"]["seed"] == 7
    combo = find(window, "datasetCombo")
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData("spiral"))
    combo.activated.emit(combo.currentIndex())  # as a click in the list does
    assert window.document.project.dataset == {"name": "spiral", "params": {"seed": 7}}
    qtbot.waitUntil(lambda: window.dataset_panel.findChild(QWidget, "param_seed") is not None
                    and not window.dataset_panel.findChild(QWidget, "param_seed").isEnabled())
    # the activation choice: its field in the inspector is locked, and so is an edit from elsewhere
    window.stack_editor.select("dense")
    activation = window.inspector.findChild(QComboBox, "activation")
    qtbot.waitUntil(lambda: not activation.isEnabled())
    assert activation.toolTip() == "Locked by this challenge"
    from annstudio.gui.editor import commands
    commands.set_layer_config(window.document, "dense", "activation", "relu")
    assert window.document.spec.layer("dense").config["activation"] == "tanh"
    assert window.statusBar().currentMessage() == "the activation choice is locked by this challenge"
    commands.set_layer_config(window.document, "dense", "units", 3)  # not locked
    assert window.document.spec.layer("dense").config["units"] == 3


def test_removing_the_challenge_during_a_run_leaves_what_the_run_locks(qtbot, window, tmp_path):
    from annstudio.gui.editor import commands

    def lock_backend_and_palette(data):
        data["challenge"].update(locked=["backend", "layer_palette"], hidden=[])
    open_copy(window, tmp_path, lock_backend_and_palette)
    picker, palette = find(window, "backendPicker"), find(window, "layerPalette")
    qtbot.waitUntil(lambda: not picker.isEnabled() and not palette.isEnabled())
    assert palette.toolTip() == "Locked by this challenge"
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "running", timeout=20000)
    window.training_panel.pause_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "paused", timeout=20000)
    commands.push(window.document, "challenge", None, "Remove the challenge")
    assert window.document.project.challenge is None
    qtbot.wait(20)
    assert not picker.isEnabled()  # a paused run keeps its backend
    assert picker.toolTip() != "Locked by this challenge"
    window.training_panel.reset_action.trigger()
    qtbot.waitUntil(lambda: picker.isEnabled() and palette.isEnabled(), timeout=20000)


def test_a_run_trained_with_a_locked_setting_cannot_be_loaded(qtbot, window, tmp_path):
    """A sweep (or an older run) with another learning rate: "Load its model" loaded its weights although the
    locked rate was refused, and the goal was reached with the locked value."""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QTableWidget

    from annstudio.engine import runs

    open_copy(window, tmp_path, lambda data: data["challenge"]["locked"].append("learning_rate"))
    rate = window.document.project.training.learning_rate
    other = window.document.project.copy()
    other.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": rate * 10}}
    from annstudio.spec.keras_model import layer_weight_shapes

    weights = {f"{layer}/{w}": np.full(shape, 0.5, dtype=np.float32)
               for layer, ws in layer_weight_shapes(other.model).items() for w, shape, _ in ws}
    runs.save_run(window.runs_panel.recorder.folder, other, "numpy", {"loss": [0.1]}, {}, 1.0, weights, name="x10")
    window.runs_panel.refresh()
    view = window.runs_panel.findChild(QTableWidget)
    qtbot.waitUntil(lambda: view.rowCount() == 1)
    view.selectRow(0)
    before = window.document.project.to_dict()
    refused = []
    window.document.sigRefused.connect(refused.append)
    qtbot.mouseClick(window.findChild(QPushButton, "runsLoadModel"), Qt.MouseButton.LeftButton)
    assert refused and "learning rate" in refused[0]
    assert window.document.project.to_dict() == before and not window.runner.has_custom_weights



def test_the_task_is_shown_in_the_windows_language_and_kept_as_stored(qtbot, qapp, tmp_path, isolated_gui):
    """In the Korean window the dialog's "Task for the learner" field showed the bundled note in English (the
    banner shows it in Korean); OK without editing it keeps the file's note."""
    from PySide6.QtWidgets import QLineEdit

    from annstudio.gui.challenge.dialog import ChallengeDialog
    from annstudio.gui.i18n import install_translators

    install_translators(qapp, "ko")
    try:
        window = show_main_window(qtbot, size=(1500, 900))
        open_copy(window, tmp_path)
        stored = window.document.project.challenge.note
        dialog = ChallengeDialog(window.document, window)
        qtbot.addWidget(dialog)
        shown = dialog.findChild(QLineEdit, "challengeNoteEdit").text()
        assert shown != stored and shown == find(window, "challengeNote").text()
        dialog.accept()
        assert window.document.project.challenge.note == stored
    finally:
        install_translators(qapp, "en")


def test_the_sweep_does_not_offer_what_the_challenge_locks(qtbot, window, tmp_path):
    """Activation, learning rate and epochs locked: the sweep offered all three, and a swept run with another
    rate could be loaded (refused since) or, at least, tried."""
    from PySide6.QtWidgets import QComboBox

    def lock(data):
        data["challenge"]["locked"] += ["learning_rate", "activation", "epochs"]

    open_copy(window, tmp_path, lock)
    window.actions_by_name["sweep"].trigger()
    combo = window.sweep_dialog.findChild(QComboBox, "sweepSetting1")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "training.learning_rate" not in offered and "training.epochs" not in offered
    assert not any(name.endswith(".activation") for name in offered)
    assert "training.batch_size" in offered and "model.dense.units" in offered
