"""A model edited after a run, as a learner edits it: a number typed into the inspector, the arrows, a jump in
the undo history, Undo after "Keep weights". The window asks what the edit means once, when the edit is
finished, and Cancel puts back exactly the model the run trained."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from tests.gui.test_main_window import isolated, make_window, set_epochs, unexpected_dialogs  # noqa: F401


@pytest.fixture
def window(qtbot, unexpected_dialogs):  # noqa: F811 (the fixture imported above)
    return make_window(qtbot)


def train(qtbot, window, epochs: int | None = 3) -> None:
    if epochs is not None:
        set_epochs(window, epochs)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=10000)


def answer(monkeypatch, window, *answers: str) -> list[str]:
    """Answer the keep/reset question with ``answers`` in turn; the list returned grows at each question."""
    queue, asked = list(answers), []
    monkeypatch.setattr(window, "ask_reset", lambda: asked.append(queue[0]) or queue.pop(0))
    return asked


def units(window, layer: str = "dense") -> int:
    return next(spec.config["units"] for spec in window.document.spec.layers if spec.name == layer)


def trained_units(window, layer: str = "dense") -> int | None:
    """The units of the runner's model (``None`` while it is being built)."""
    spec = window.runner.model_spec
    return None if spec is None else next(layer_.config["units"] for layer_ in spec.layers if layer_.name == layer)


def units_field(qtbot, window):
    window.stack_editor.select("dense")
    field = window.inspector.units_spin
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return field


def test_a_number_typed_after_a_run_is_asked_about_once_it_is_finished(qtbot, window, monkeypatch):
    """Typing "16" asked at the "1" (a modal box took the "6") and kept a 1-unit layer."""
    train(qtbot, window)
    asked = answer(monkeypatch, window, "keep")
    field = units_field(qtbot, window)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "16")
    qtbot.wait(100)
    assert asked == [] and field.lineEdit().text() == "16"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: asked == ["keep"])
    qtbot.waitUntil(lambda: window.runner.model_spec is not None and trained_units(window) == 16, timeout=10000)
    assert units(window) == 16


def test_play_with_the_number_still_in_the_field_asks_first_and_trains_what_the_field_shows(
        qtbot, window, monkeypatch):
    train(qtbot, window)
    asked = answer(monkeypatch, window, "reset")
    field = units_field(qtbot, window)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "12")
    assert asked == []
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()   # F5 with the focus still in the field
    assert asked == ["reset"]
    assert trained_units(window) == 12 and units(window) == 12


def test_cancel_after_the_arrows_puts_back_the_model_the_run_trained(qtbot, window, monkeypatch):
    """Up before the run (4 → 5) and Up after it (5 → 6) merged into one undo step: Cancel undid nothing and
    the window showed 6 units while the paused run trained 5."""
    set_epochs(window, 3)
    field = units_field(qtbot, window)
    qtbot.keyClick(field, Qt.Key.Key_Up)   # the last edit before Play
    qtbot.waitUntil(lambda: units(window) == 5)
    train(qtbot, window, epochs=None)
    asked = answer(monkeypatch, window, "cancel")
    field = units_field(qtbot, window)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: asked == ["cancel"])
    qtbot.waitUntil(lambda: units(window) == 5)
    assert field.value() == 5 and trained_units(window) == 5
    assert not window.document.undo_stack.canRedo()   # the cancelled edit is gone, not left to redo


def test_cancel_after_a_jump_in_the_history_puts_back_all_of_it(qtbot, window, monkeypatch):
    """Clicking an early entry of the Undo history undid several steps; Cancel redid only one."""
    stack = window.document.undo_stack
    start = stack.index()
    window.stack_editor.append_kind("Dropout")
    window.stack_editor.append_kind("Dropout")
    trained_layers = len(window.document.spec.layers)
    train(qtbot, window)
    asked = answer(monkeypatch, window, "cancel")
    before = stack.index()
    stack.setIndex(start)   # what a click on the history's first entry does
    qtbot.waitUntil(lambda: asked == ["cancel"])
    qtbot.waitUntil(lambda: len(window.document.spec.layers) == trained_layers)
    assert stack.index() == before


def test_undo_after_keep_weights_asks_instead_of_dropping_the_trained_weights(qtbot, window, monkeypatch):
    """After "Keep weights", Ctrl+Z changed the layer back and gave it new initial weights without a word."""
    train(qtbot, window)
    trained = window.runner.last_model.get_weights()
    asked = answer(monkeypatch, window, "keep", "cancel")
    field = units_field(qtbot, window)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: asked == ["keep"])
    qtbot.waitUntil(lambda: trained_units(window) == 5, timeout=10000)
    kept = window.runner.last_model.get_weights()
    assert kept["dense_1/kernel"].shape == (5, 1)
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: asked == ["keep", "cancel"])
    qtbot.waitUntil(lambda: units(window) == 5)
    qtbot.waitUntil(lambda: trained_units(window) == 5 and window.runner.last_model is not None, timeout=10000)
    now = window.runner.last_model.get_weights()
    assert all((now[k] == kept[k]).all() for k in kept)
    assert trained["dense/kernel"].shape == (2, 4)


def test_new_while_training_asks_and_records_the_stopped_run(qtbot, window, monkeypatch, tmp_path):
    """Ctrl+N during a run killed it without a word: the model was gone and the run never reached the Runs
    panel. Now it asks; No keeps training, Yes stops the run as Stop does (it is recorded), then New."""
    from annstudio.engine import runs

    set_epochs(window, 100000)
    window.document.save(tmp_path / "long.annproj")
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: window.readout.epoch >= 2, timeout=30000)
    answers, asked = [False, True], []
    monkeypatch.setattr(window, "ask_stop_and_close", lambda text=None: asked.append(text) or answers.pop(0))
    window.actions_by_name["new"].trigger()
    assert asked == ["Stop the training and open another project?"] and window.runner.is_active
    window.actions_by_name["new"].trigger()
    assert len(asked) == 2 and not window.runner.is_active and window.document.path is None
    qtbot.waitUntil(lambda: len(runs.list_runs(runs.runs_folder(tmp_path / "long.annproj"))) == 1, timeout=10000)
    (record,) = runs.list_runs(runs.runs_folder(tmp_path / "long.annproj"))
    assert record.summary["outcome"] == "stopped" and record.summary["epochs"] >= 2


def test_typing_the_value_it_already_has_asks_nothing_and_leaves_no_step(qtbot, window, monkeypatch):
    """"4" typed over 4 after a run: the keep/reset question came (Reset would drop the trained weights for
    nothing) and the history gained a step that changed nothing."""
    train(qtbot, window)
    asked = answer(monkeypatch, window, "reset")
    stack = window.document.undo_stack
    count = stack.count()
    field = units_field(qtbot, window)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "14")   # on the way: 1, 14 ...
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.lineEdit(), "4")    # ... and back to 4
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert asked == [] and window.runner.state == "finished" and units(window) == 4
    assert stack.count() == count
