"""The forward pass lab (issue 12), driven as a learner does: open it from the Learn menu, type in its
tables, point at results, choose activations, and look at the main window's own model."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from annstudio.gui.learn.matrix_table import HIGHLIGHT, HOT
from annstudio.learn.forward import forward, layer, notes_network, number_text
from tests.gui.conftest import show_main_window

Y = ["0.31682708", "0.69627909"]


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot, (1600, 1000))


@pytest.fixture
def lab(qtbot, window):
    window.findChild(QAction, "action_forward_pass_lab").trigger()
    lab = window.findChild(QWidget, "forwardPassLab")
    assert lab is not None and lab.isVisible()
    qtbot.wait(100)   # the new dock takes its width (open_lab widens its column once laid out)
    return lab


def table(lab, name) -> QTableWidget:
    found = lab.findChild(QTableWidget, f"{name}Table")
    assert found is not None, name
    return found


def row_texts(lab, name, row=0) -> list[str]:
    t = table(lab, name)
    return [t.item(row, j).text() for j in range(t.columnCount())]


def type_in_cell(qtbot, lab, name, row, col, text) -> None:
    t = table(lab, name)
    t.setFocus()
    t.setCurrentCell(row, col)
    qtbot.keyClick(t, Qt.Key.Key_F2)               # edit the current cell, as a learner does
    editors = [e for e in t.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()                    # the delegate commits from a queued call


def hover(qtbot, lab, name, row, col) -> None:
    t = table(lab, name)
    area = t.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    area.ensureWidgetVisible(t, 0, 0)                # scrolled to, as a learner would
    qtbot.mouseMove(t.viewport(), t.visualItemRect(t.item(row, col)).center())


def show_tab(qtbot, lab, index) -> None:
    bar = lab.findChild(QTabWidget, "forwardPassTabs").tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert bar.currentIndex() == index


def working(lab) -> str:
    return lab.findChild(QLabel, "forwardPassWorking").text()


def test_the_lab_opens_on_the_notes_network(lab):
    assert lab.findChild(QWidget, "forwardPassTabs").currentIndex() == 0
    assert row_texts(lab, "notesY") == Y
    assert row_texts(lab, "notesZ1") == ["0.57444252", "0.66818777", "0.75026011"]
    assert row_texts(lab, "notesA2") == ["0.51615984", "1.214027"]   # 1.21402696 to 8 significant digits
    assert lab.findChild(QLabel, "notesShapes1").text().endswith("(2,)·(2, 3) → (3,)")
    assert lab.findChild(QLabel, "notesW1Shape").text() == "W1  (2, 3)"


def test_typing_a_weight_recomputes_everything_and_undo_puts_it_back(qtbot, lab):
    type_in_cell(qtbot, lab, "notesW1", 0, 0, "0.9")
    x, layers = notes_network()
    layers[0] = layer([[0.9, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3], "sigmoid")
    expected = [number_text(v) for v in forward(x, layers)[-1].z]
    assert row_texts(lab, "notesW1") == ["0.9", "0.3", "0.5"]
    assert row_texts(lab, "notesY") == expected != Y
    assert row_texts(lab, "notesA1")[1:] == ["0.7", "1.1"]   # (A1[0] is the question's hidden cell)
    table(lab, "notesW1").setFocus()
    qtbot.keyClick(table(lab, "notesW1"), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row_texts(lab, "notesY") == Y and row_texts(lab, "notesW1")[0] == "0.1"
    assert lab.window().document.undo_stack.count() == 0      # the project's history is untouched
    qtbot.keyClick(table(lab, "notesW1"), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert row_texts(lab, "notesY") == expected


def test_a_value_that_is_not_a_number_is_refused_with_the_reason(qtbot, lab):
    type_in_cell(qtbot, lab, "notesB2", 0, 1, "abc")
    message = lab.findChild(QLabel, "forwardPassMessage")
    assert message.isVisible() and "'abc' is not a number" in message.text() and "keeps 0.2" in message.text()
    assert row_texts(lab, "notesB2") == ["0.1", "0.2"] and row_texts(lab, "notesY") == Y
    type_in_cell(qtbot, lab, "notesB2", 0, 1, "1e9")
    assert "too large" in message.text() and row_texts(lab, "notesB2") == ["0.1", "0.2"]
    type_in_cell(qtbot, lab, "notesB2", 0, 1, "1e400")   # beyond a float: it was 'not a number'
    assert "'1e400' is too large to be a number here" in message.text() and "keeps 0.2" in message.text()
    type_in_cell(qtbot, lab, "notesB2", 0, 1, "0.25")
    assert not message.isVisible() and row_texts(lab, "notesB2") == ["0.1", "0.25"]


def test_hovering_a_result_shows_what_produced_it(qtbot, lab):
    hover(qtbot, lab, "notesA1", 0, 1)
    assert working(lab) == "A1[1] = 1.0×0.3 + 0.5×0.4 + 0.2 = 0.7"
    w1, x = table(lab, "notesW1"), table(lab, "notesX")
    assert w1.item(0, 1).background().color() == HIGHLIGHT and w1.item(1, 1).background().color() == HIGHLIGHT
    assert w1.item(0, 0).background().color() != HIGHLIGHT
    assert x.item(0, 0).background().color() == HIGHLIGHT
    assert table(lab, "notesA1").item(0, 1).background().color() == HOT
    hover(qtbot, lab, "notesZ1", 0, 2)
    assert working(lab) == "Z1[2] = sigmoid(1.1) = 0.75026011"
    hover(qtbot, lab, "notesA1", 0, 0)   # the question's hidden cell does not give its answer away
    assert working(lab) == "A1[0] = 1.0×0.1 + 0.5×0.2 + 0.1 = ?"


def test_choosing_an_activation_changes_z(qtbot, lab):
    combo = lab.findChild(QComboBox, "notesActivation1")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)           # sigmoid -> tanh
    assert combo.currentData() == "tanh"
    assert row_texts(lab, "notesZ1") == [number_text(v) for v in np.tanh([0.3, 0.7, 1.1])]
    assert row_texts(lab, "notesY") != Y
    assert lab.findChild(QLabel, "notesShapes1").text().startswith("<b>Layer 1: A1 = X·W1 + B1, Z1 = tanh(A1)")
    lab.undo_stack.undo()
    assert combo.currentData() == "sigmoid" and row_texts(lab, "notesY") == Y


def test_predict_then_reveal_a_cell(qtbot, lab):
    assert row_texts(lab, "notesA1")[0] == "?"
    field = lab.findChild(QLineEdit, "forwardQuizAnswer")
    qtbot.keyClicks(field, "0.3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    result = lab.findChild(QLabel, "forwardQuizResult").text()
    assert "Right" in result and "1.0×0.1 + 0.5×0.2 + 0.1 = 0.3" in result
    assert row_texts(lab, "notesA1")[0] == "0.3"
    qtbot.mouseClick(lab.findChild(QPushButton, "forwardQuizNext"), Qt.MouseButton.LeftButton)
    assert row_texts(lab, "notesZ1")[0] == "?" and row_texts(lab, "notesIn2")[0] == "?"
    qtbot.mouseClick(lab.findChild(QPushButton, "forwardQuizReveal"), Qt.MouseButton.LeftButton)
    assert "sigmoid(0.3) = 0.57444252" in lab.findChild(QLabel, "forwardQuizResult").text()
    assert row_texts(lab, "notesZ1")[0] == "0.57444252"


def test_the_first_example_and_a_batch(qtbot, lab):
    show_tab(qtbot, lab, 1)
    assert row_texts(lab, "firstA1") == ["9.0", "12.0", "15.0"]
    hover(qtbot, lab, "firstA1", 0, 2)
    assert working(lab) == "X·W[2] = 1.0×3.0 + 2.0×6.0 = 15.0"
    show_tab(qtbot, lab, 2)
    assert lab.findChild(QLabel, "batchShapes1").text().endswith("(3, 2)·(2, 3) → (3, 3)")
    qtbot.mouseClick(lab.findChild(QPushButton, "batchAddRow"), Qt.MouseButton.LeftButton)
    assert table(lab, "batchX").rowCount() == 4 and table(lab, "batchZ1").rowCount() == 4
    assert lab.findChild(QLabel, "batchShapes1").text().endswith("(4, 2)·(2, 3) → (4, 3)")
    type_in_cell(qtbot, lab, "batchX", 3, 0, "2")
    hover(qtbot, lab, "batchA1", 3, 1)
    assert working(lab) == "A[3, 1] = 2.0×0.3 + 2.0×0.4 + 0.2 = 1.6"
    assert table(lab, "batchX").item(3, 1).background().color() == HIGHLIGHT
    assert table(lab, "batchX").item(2, 1).background().color() != HIGHLIGHT
    remove = lab.findChild(QPushButton, "batchRemoveRow")
    for _ in range(3):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert table(lab, "batchX").rowCount() == 1 and not remove.isEnabled()


def test_stable_softmax_beside_the_naive_one(qtbot, lab):
    show_tab(qtbot, lab, 3)
    assert row_texts(lab, "softmaxNaive") == ["nan", "nan", "nan"]
    assert row_texts(lab, "softmaxStable") == ["0.9999546", "4.5397869e-05", "2.06106e-09"]
    assert "overflow" in lab.findChild(QLabel, "softmaxProblems").text()
    type_in_cell(qtbot, lab, "softmaxA", 0, 0, "1")
    type_in_cell(qtbot, lab, "softmaxA", 0, 1, "2")
    type_in_cell(qtbot, lab, "softmaxA", 0, 2, "3")
    assert row_texts(lab, "softmaxNaive") == row_texts(lab, "softmaxStable")
    assert "No overflow" in lab.findChild(QLabel, "softmaxProblems").text()


def test_this_model_this_sample_follows_the_main_windows_model(qtbot, window, lab):
    show_tab(qtbot, lab, 4)
    model_table = lab.findChild(QTableWidget, "forwardModelTable")
    qtbot.waitUntil(lambda: model_table.rowCount() > 0, timeout=10000)
    names = [layer.name for layer in window.document.spec.layers]
    assert [model_table.item(r, 0).text().split(" ")[0] for r in range(model_table.rowCount())] == names
    check = lab.findChild(QLabel, "forwardModelCheck")
    assert "✓" in check.text()
    sample = lab.findChild(QSpinBox, "forwardModelSample")
    before = model_table.item(0, 4).text()
    sample.setFocus()
    qtbot.keyClick(sample, Qt.Key.Key_Up)
    assert model_table.item(0, 4).text() != before and "✓" in check.text()
    dense = names.index("dense")
    old = model_table.item(dense, 2).text()
    window.network_view.set_weight("dense/bias", (0,), 3.5)    # a weight typed in the network diagram
    assert model_table.item(dense, 2).text() != old and "✓" in check.text()
    assert "3.5" in model_table.item(dense, 2).text() or model_table.item(dense, 2).text().startswith("[")


def test_the_lab_speaks_korean(qtbot, isolated_gui, qapp):
    from annstudio.gui.i18n import install_translators

    install_translators(qapp, "ko")
    try:
        window = show_main_window(qtbot, (1600, 1000))
        window.findChild(QAction, "action_forward_pass_lab").trigger()
        lab = window.findChild(QWidget, "forwardPassLab")
        tabs = lab.findChild(QWidget, "forwardPassTabs")
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        assert all(any("\uac00" <= ch <= "\ud7a3" for ch in title) for title in titles), titles
        assert "시그모이드" in lab.findChild(QComboBox, "notesActivation1").currentText()
        type_in_cell(qtbot, lab, "notesX", 0, 0, "x")
        assert "숫자" in lab.findChild(QLabel, "forwardPassMessage").text()
    finally:
        install_translators(qapp, "en")


def test_this_model_after_training_uses_the_trained_weights(qtbot, window, lab):
    show_tab(qtbot, lab, 4)
    model_table = lab.findChild(QTableWidget, "forwardModelTable")
    status = lab.findChild(QLabel, "forwardModelStatus")
    qtbot.waitUntil(lambda: model_table.rowCount() > 0, timeout=10000)
    assert "before training" in status.text()
    before = model_table.item(model_table.rowCount() - 1, 4).text()
    project = window.document.project.copy()
    project.training.epochs = 3
    with qtbot.waitSignal(window.runner.sigFinished, timeout=20000):
        window.runner.start(project)
    qtbot.waitUntil(lambda: "trained for 3 epochs" in status.text(), timeout=5000)
    assert model_table.item(model_table.rowCount() - 1, 4).text() != before
    assert "✓" in lab.findChild(QLabel, "forwardModelCheck").text()


def test_this_model_condenses_wide_layers(qtbot, window, lab):
    from annstudio.resources import resource_path

    window.open_path(resource_path("examples", "digits.annproj"))   # 64 pixels -> Dense(64) -> Dense(10)
    show_tab(qtbot, lab, 4)
    model_table = lab.findChild(QTableWidget, "forwardModelTable")
    qtbot.waitUntil(lambda: model_table.rowCount() == 3 and "dense_1" in model_table.item(2, 0).text(),
                    timeout=20000)
    pixels, hidden, output = (model_table.item(r, 4).text() for r in range(3))
    for wide in (pixels, hidden):
        assert wide.endswith(", …]") and wide.count(",") == 8       # the first 8 of 64 values, then …
    assert "…" not in output and output.count(",") == 9              # 10 values in full
    assert model_table.item(1, 1).text() == "(64,)·(64, 64) → (64,)"
    assert "…" in model_table.item(1, 2).toolTip()                   # the first sum, condensed too
    assert "✓" in lab.findChild(QLabel, "forwardModelCheck").text()


def test_this_model_names_why_there_is_no_model(qtbot, window, lab):
    from annstudio.gui.editor import commands
    from annstudio.spec import ModelSpec

    show_tab(qtbot, lab, 4)
    model_table = lab.findChild(QTableWidget, "forwardModelTable")
    status = lab.findChild(QLabel, "forwardModelStatus")
    qtbot.waitUntil(lambda: model_table.rowCount() > 0, timeout=10000)
    wide = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}),
                                 ("Dense", {"units": 3, "activation": "sigmoid"})])
    commands.push(window.document, "model", wide, "three outputs")   # XOR's loss wants one output
    qtbot.waitUntil(lambda: "No model to trace" in status.text(), timeout=20000)
    assert "dense_1" in status.text() and model_table.rowCount() == 0
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: model_table.rowCount() > 0, timeout=20000)
    assert "No model" not in status.text()


def test_this_model_with_a_weight_typed_in_is_not_the_initial_one(qtbot, window, lab):
    """A weight typed into the network diagram (or an imported model): the page said "before training (the
    initial weights)"."""
    show_tab(qtbot, lab, 4)
    status = lab.findChild(QLabel, "forwardModelStatus")
    qtbot.waitUntil(lambda: "before training" in status.text(), timeout=10000)
    window.network_view.set_weight("dense/bias", (0,), 3.5)
    qtbot.waitUntil(lambda: "typed in" in status.text(), timeout=10000)
    assert "initial weights" not in status.text()


def test_this_model_names_the_target_class_in_korean(qtbot, isolated_gui, qapp):
    """The XOR challenge's classes are "class 0" and "class 1": the page said "목표값: 0 (class 0)"."""
    from annstudio.gui.i18n import install_translators
    from annstudio.resources import resource_path

    install_translators(qapp, "ko")
    try:
        window = show_main_window(qtbot, (1600, 1000))
        assert window.open_path(resource_path("examples", "xor_challenge.annproj"), ask=False)
        window.findChild(QAction, "action_forward_pass_lab").trigger()
        lab = window.findChild(QWidget, "forwardPassLab")
        show_tab(qtbot, lab, 4)
        target = lab.findChild(QLabel, "forwardModelTarget")
        qtbot.waitUntil(lambda: "(" in target.text(), timeout=10000)
        assert "class" not in target.text() and "클래스" in target.text(), target.text()
    finally:
        install_translators(qapp, "en")


def test_a_revealed_answer_is_asked_again_when_the_inputs_change(qtbot, lab):
    """Answered 0.3 for A1[0], then X[0] = 2: the quiz still showed "A1[0] = 1.0×0.1 + 0.5×0.2 + 0.1 = 0.3"
    beside a table that says 0.4."""
    field = lab.findChild(QLineEdit, "forwardQuizAnswer")
    qtbot.keyClicks(field, "0.3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Right" in lab.findChild(QLabel, "forwardQuizResult").text()
    type_in_cell(qtbot, lab, "notesX", 0, 0, "2")
    assert lab.findChild(QLabel, "forwardQuizResult").text() == ""   # asked again, nothing revealed
    assert field.isEnabled() and row_texts(lab, "notesA1")[0] == "?"
    qtbot.mouseClick(lab.findChild(QPushButton, "forwardQuizReveal"), Qt.MouseButton.LeftButton)
    assert "2.0×0.1 + 0.5×0.2 + 0.1 = 0.4" in lab.findChild(QLabel, "forwardQuizResult").text()


def test_the_answer_for_a_softmax_layer_writes_the_whole_row(qtbot, lab):
    """Layer 1 set to softmax: the answer read "Z1[0] = softmax(0.3) = 0.21198272", but the softmax of one
    number is 1: the value comes from the whole row."""
    combo = lab.findChild(QComboBox, "notesActivation1")
    combo.setFocus()
    for _ in range(combo.count()):   # with the keyboard, as a learner picks it
        if combo.currentData() == "softmax":
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "softmax"
    qtbot.mouseClick(lab.findChild(QPushButton, "forwardQuizNext"), Qt.MouseButton.LeftButton)   # Z1[0]
    qtbot.mouseClick(lab.findChild(QPushButton, "forwardQuizReveal"), Qt.MouseButton.LeftButton)
    text = lab.findChild(QLabel, "forwardQuizResult").text()
    assert "softmax([0.3, 0.7, 1.1])[0] = exp(0.3 − max) / Σ = 0.21198272" in text
    assert "softmax(0.3)" not in text


def test_pointing_at_a_later_sum_does_not_give_the_asked_value_away(qtbot, lab):
    """Asked for Z1[0] (its cell shows ?), pointing at A2[0] wrote "A2[0] = 0.57444252×0.1 + …": the answer."""
    qtbot.mouseClick(lab.findChild(QPushButton, "forwardQuizNext"), Qt.MouseButton.LeftButton)   # Z1[0]
    assert row_texts(lab, "notesZ1")[0] == "?"
    hover(qtbot, lab, "notesA2", 0, 0)
    text = working(lab)
    assert text.startswith("A2[0] = ?×0.1 + ") and "0.57444252" not in text


def test_the_notes_network_uses_the_dock_on_a_1024_pixel_screen(qtbot, isolated_gui):
    """At 1024 x 700 the matrices had a box of their own about 180 pixels tall, with scroll bars both ways and
    A1 cut at the right, between the words and the quiz; the tab now scrolls as a whole."""
    from PySide6.QtWidgets import QScrollArea

    window = show_main_window(qtbot, (1024, 700))
    window.findChild(QAction, "action_forward_pass_lab").trigger()
    lab = window.findChild(QWidget, "forwardPassLab")
    qtbot.waitUntil(lab.isVisible)
    tabs = lab.findChild(QWidget, "forwardPassTabs")
    area = tabs.widget(0)
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: area.widget().width() <= area.viewport().width())
    assert area.horizontalScrollBar().maximum() == 0
    assert area.viewport().height() >= 300
    for i in range(1, 4):   # the other pages too: the stable softmax's words ran off to the right
        tabs.setCurrentIndex(i)
        page = tabs.widget(i)
        qtbot.waitUntil(lambda page=page: page.widget().width() <= page.viewport().width())
        assert page.horizontalScrollBar().maximum() == 0, tabs.tabText(i)
