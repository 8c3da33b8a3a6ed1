"""Numeric fields (issue 10, item 3): one valid range per setting shared by every field that shows it; a
value outside it is refused with the reason, never replaced; shown = stored in the project = trained."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from annstudio.project import Project
from annstudio.resources import resource_path
from tests.gui.conftest import show_main_window

LR_RULE = "Learning rate must be greater than 0 and at most 10."


@pytest.fixture
def window(qtbot, isolated_gui):
    window = show_main_window(qtbot)
    window.open_path(resource_path("examples", "xor_mlp.annproj"))   # Adam, learning rate 0.05, batch 4
    return window


@pytest.fixture
def starts(window, monkeypatch):
    """The projects Play/Step hand to the runner (what would train); nothing is trained."""
    started = []
    monkeypatch.setattr(window.runner, "start", lambda project, *args, **kwargs: started.append(project))
    return started


def edit(field):
    return field.lineEdit()


def type_text(qtbot, field, text, key=Qt.Key.Key_Return):
    field.setFocus()
    edit(field).selectAll()
    qtbot.keyClicks(edit(field), text)
    if key is not None:
        qtbot.keyClick(edit(field), key)


def test_toolbar_learning_rate_keeps_what_was_typed(qtbot, window):
    field, tab = window.quick.learning_rate, window.training_panel.learning_rate_box
    type_text(qtbot, field, "50")   # (the old editable combo box remembered it as an entry)
    qtbot.keyClick(edit(field), Qt.Key.Key_Escape)
    type_text(qtbot, field, "5")
    assert edit(field).text() == "5"                       # no inline completion to 50
    assert window.document.project.training.learning_rate == 5
    assert edit(tab).text() == "5"                          # the Training tab shows the same value
    type_text(qtbot, field, "0.3")
    assert window.document.project.training.learning_rate == pytest.approx(0.3) and edit(tab).text() == "0.3"


@pytest.mark.parametrize(("typed", "stored"), [("0,001", 0.001), ("0,3", 0.3), ("1,000", None), ("1.5", 1.5)])
def test_a_comma_is_a_decimal_comma_unless_it_groups_thousands(qtbot, window, typed, stored):
    """"0,001" is a learning rate written with a decimal comma; "1,000" is a thousand (refused here: above the
    learning rate's range), not 1.000."""
    field = window.quick.learning_rate
    type_text(qtbot, field, typed)
    if stored is None:
        assert field.is_refused() and window.document.project.training.learning_rate != 1
    else:
        assert window.document.project.training.learning_rate == pytest.approx(stored)


@pytest.mark.parametrize(("typed", "stored"), [("1/2", 0.5), ("3/100", 0.03), ("1/0", None), ("1/2/3", None)])
def test_a_fraction_is_read_as_the_quizzes_read_it(qtbot, window, typed, stored):
    """"1/2" became 12 (the "/" was dropped as it was typed) and was taken without a word."""
    field = window.quick.learning_rate
    type_text(qtbot, field, typed, key=None)
    assert edit(field).text() == typed   # nothing dropped while typing
    qtbot.keyClick(edit(field), Qt.Key.Key_Return)
    if stored is None:
        assert field.is_refused() and window.document.project.training.learning_rate == 0.05
    else:
        assert window.document.project.training.learning_rate == pytest.approx(stored)


@pytest.mark.parametrize("typed", ["500", "1000000", "-1", "0", "abc"])
def test_toolbar_learning_rate_refuses_out_of_range_values_with_the_reason(qtbot, window, typed):
    field, document = window.quick.learning_rate, window.document
    before = document.undo_stack.count()
    message = window.findChild(type(field.message), "quickControlsMessage")
    type_text(qtbot, field, typed)
    assert document.project.training.learning_rate == pytest.approx(0.05)   # not stored
    assert document.undo_stack.count() == before
    if typed != "abc":   # letters cannot even be typed into a number field
        assert field.is_refused() and edit(field).text() == typed   # still there, marked, to be corrected
        assert message.isVisibleTo(window) and LR_RULE in message.text()
        assert LR_RULE in field.toolTip()
    # Esc puts back the value in use; the message stays, saying what was not applied
    qtbot.keyClick(edit(field), Qt.Key.Key_Escape)
    assert edit(field).text() == "0.05" and not field.is_refused()
    if typed != "abc":
        assert f"“{typed}” was not applied" in message.text() and message.isVisibleTo(window)


def test_a_number_no_float_holds_is_named_for_what_it_is(qtbot, window):
    """1e400 is a number, only too large: it was called 'not a number'. The batch size (an integer) too."""
    field = window.quick.learning_rate
    message = window.findChild(type(field.message), "quickControlsMessage")
    type_text(qtbot, field, "1e400")
    assert window.document.project.training.learning_rate == pytest.approx(0.05)
    assert field.is_refused() and f"“1e400” is too large for a number here. {LR_RULE}" in message.text()
    batch = window.quick.batch
    type_text(qtbot, batch, "1e400")
    assert window.document.project.training.batch_size == 4
    assert batch.is_refused() and "“1e400” is too large" in batch.toolTip()


def test_toolbar_and_training_tab_share_one_range(qtbot, window):
    toolbar, tab = window.quick.learning_rate, window.training_panel.learning_rate_box
    window.docks["trainingPanel"].raise_()
    for field in (toolbar, tab):
        type_text(qtbot, field, "10")
        assert window.document.project.training.learning_rate == 10 and not field.is_refused()
        type_text(qtbot, field, "20")
        assert field.is_refused() and LR_RULE in field.message.text()
        assert window.document.project.training.learning_rate == 10
        qtbot.keyClick(edit(field), Qt.Key.Key_Escape)
    assert edit(toolbar).text() == edit(tab).text() == "10"
    # the batch size too: the toolbar allowed 4096, the tab 1,000,000
    type_text(qtbot, window.quick.batch, "5000")
    assert window.document.project.training.batch_size == 5000
    assert edit(window.training_panel.batch_size_box).text() == "5000"


def test_every_training_field_refuses_instead_of_clamping(qtbot, window):
    panel, cfg = window.training_panel, lambda: window.document.project.training
    window.docks["trainingPanel"].raise_()
    cases = [
        (panel.epochs_box, "0", "Epochs must be a whole number from 1 to 1000000."),
        (panel.batch_size_box, "2.5", "Batch size must be a whole number from 1 to 1000000."),
        (panel.validation_box, "100", "Validation split must be at least 0 % and less than 100 %."),
        (panel.seed_box, "-3", "Seed must be a whole number from 0 to 2147483647."),
        (panel.optimizer_settings[("Adam", "beta_1")], "1", "β₁ (gradient decay) must be at least 0 and less than 1."),
    ]
    before = cfg().to_dict()
    for field, typed, reason in cases:
        type_text(qtbot, field, typed)
        assert field.is_refused() and field.message.text() == reason, (typed, field.message.text())
        qtbot.keyClick(edit(field), Qt.Key.Key_Escape)
    assert cfg().to_dict() == before
    type_text(qtbot, panel.validation_box, "12.5")
    assert cfg().validation_split == 0.125 and edit(panel.validation_box).text() == "12.5 %"


def test_a_stored_value_is_shown_as_it_is(qtbot, window, tmp_path):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.training.validation_split = 0.125
    project.training.batch_size = 5000
    project.model.layers[1].config["units"] = 5000       # more than the inspector used to offer (4096)
    path = tmp_path / "big.annproj"
    project.save(path)
    window.open_path(path)
    assert edit(window.training_panel.validation_box).text() == "12.5 %"
    assert edit(window.quick.batch).text() == "5000"
    window.stack_editor.select("dense")
    units = window.inspector.units_spin
    assert edit(units).text() == "5000" and units.value() == 5000


def test_inspector_refuses_out_of_range_layer_settings(qtbot, window):
    inspector, document = window.inspector, window.document
    window.stack_editor.select("dense")
    window.docks["layerInspector"].raise_()
    type_text(qtbot, inspector.units_spin, "0")
    assert document.spec.layer("dense").config["units"] == 8
    assert inspector.units_spin.is_refused() and "Units must be a whole number of at least 1." in \
        inspector.units_spin.message.text()
    qtbot.keyClick(edit(inspector.units_spin), Qt.Key.Key_Escape)
    window.stack_editor.append_kind("Dropout")
    type_text(qtbot, inspector.rate_spin, "1")
    assert document.spec.layer("dropout").config["rate"] == 0.5 and inspector.rate_spin.is_refused()
    assert "Rate must be at least 0 and less than 1." in inspector.rate_spin.message.text()


def test_shown_equals_saved_equals_trained(qtbot, window, starts, tmp_path, monkeypatch):
    panel = window.training_panel
    type_text(qtbot, window.quick.learning_rate, "0.3")
    type_text(qtbot, panel.epochs_box, "42")
    type_text(qtbot, window.quick.batch, "2", key=None)   # typed, not yet applied (no Enter)
    panel.play_action.trigger()                           # Play applies it first
    assert len(starts) == 1
    trained = starts[0].training
    assert (trained.learning_rate, trained.epochs, trained.batch_size) == (pytest.approx(0.3), 42, 2)
    target = tmp_path / "saved.annproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.save_as()
    saved = json.loads(target.read_text())["training"]
    assert saved["optimizer"]["config"]["learning_rate"] == pytest.approx(0.3)
    assert (saved["epochs"], saved["batch_size"]) == (42, 2)
    shown = (edit(window.quick.learning_rate).text(), edit(panel.epochs_box).text(), edit(window.quick.batch).text())
    assert shown == ("0.3", "42", "2")


def test_play_does_not_start_while_a_field_holds_a_refused_value(qtbot, window, starts):
    field, panel = window.quick.learning_rate, window.training_panel
    type_text(qtbot, field, "500", key=None)
    qtbot.keyClick(edit(field), Qt.Key.Key_F5)   # Play from the keyboard, the text still in the field
    QApplication.processEvents()
    assert starts == []
    assert field.is_refused() and edit(field).text() == "500"
    message = panel.findChild(type(panel.message), "trainingMessage")
    assert message.isVisibleTo(panel) and LR_RULE in message.text() and "did not start" in message.text()
    type_text(qtbot, field, "0.5")   # corrected: the refusal is history
    assert not message.isVisibleTo(panel)
    panel.play_action.trigger()
    assert len(starts) == 1 and starts[0].training.learning_rate == pytest.approx(0.5)


def test_the_refusal_goes_when_the_field_shows_the_value_in_use_again(qtbot, window, starts):
    """The learner types a bad rate, presses Play, then types back the rate already in use: nothing in the
    project changes, and the "did not start" line must not stay behind, naming a problem that is gone."""
    field, panel = window.quick.learning_rate, window.training_panel
    in_use = edit(field).text()
    type_text(qtbot, field, "-0.5")
    panel.play_action.trigger()
    message = panel.findChild(type(panel.message), "trainingMessage")
    assert starts == [] and message.isVisibleTo(panel) and "did not start" in message.text()
    type_text(qtbot, field, in_use)
    assert not field.is_refused() and not message.isVisibleTo(panel)
    panel.play_action.trigger()
    assert len(starts) == 1


def test_a_pasted_minus_sign_and_full_width_digits_are_read_as_typed(qtbot, window):
    """'−0.5' pasted from the notes' PDF (U+2212) lost its sign: the field dropped the character it did not
    know and kept 0.5. A Korean input method's full-width '０．２' was refused as not a number."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def commit_text(text):   # as an input method delivers what it composed (QTest types ASCII only)
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit(field), event)

    field = window.quick.learning_rate
    field.setFocus()
    edit(field).selectAll()
    commit_text("０．２")
    qtbot.keyClick(edit(field), Qt.Key.Key_Return)
    assert window.document.project.training.learning_rate == pytest.approx(0.2) and not field.is_refused()
    edit(field).selectAll()
    commit_text("−0.5")
    assert edit(field).text() == "−0.5"
    qtbot.keyClick(edit(field), Qt.Key.Key_Return)
    assert field.is_refused() and f"{LR_RULE}" in field.message.text()   # read as -0.5: below the range
    assert window.document.project.training.learning_rate == pytest.approx(0.2)


def test_a_letter_typed_into_a_number_field_is_refused_with_a_word(qtbot, window):
    """A letter never enters a number field; the key did nothing and said nothing (a learner typing "abc"
    saw the field keep its old value, no message), while "-1" was explained."""
    field = window.training_panel.learning_rate_box
    window.docks["trainingPanel"].raise_()
    field.setFocus()
    edit(field).selectAll()
    qtbot.keyClicks(field, "abc")   # to the field, as the keyboard's keys reach it
    assert edit(field).text() == "0.05"   # nothing typed
    assert field.message.isVisible()
    assert field.message.text() == f"“c” cannot be typed here: only a number. {LR_RULE}"
    qtbot.keyClick(field, Qt.Key.Key_Return)   # nothing typed, nothing refused: the word goes
    assert not field.message.isVisible()
    qtbot.keyClicks(field, "x")
    assert field.message.isVisible()
    type_text(qtbot, field, "0.2")        # a number taken: the word goes
    assert not field.message.isVisible() and window.document.project.training.learning_rate == pytest.approx(0.2)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # select all: no word
    assert not field.message.isVisible()
