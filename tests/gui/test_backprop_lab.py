"""The backpropagation lab (issue 13), driven as a learner does: open it from the Learn menu, step, type."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from tests.gui.conftest import show_main_window


@pytest.fixture
def lab(qtbot, isolated_gui):
    window = show_main_window(qtbot, (1500, 950))
    window.findChild(QAction, "action_backprop_lab").trigger()
    lab = window.findChild(QWidget, "backpropLab")
    assert lab is not None and lab.isVisible()
    return lab


def click(qtbot, lab, name):
    button = lab.findChild(QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def drawn(lab, kind):
    """The texts of a kind ("value" above the edges, "grad" under them) visible in the drawing."""
    view = lab.findChild(QGraphicsView, "backpropGraph")
    return sorted(item.text() for item in view.scene().items()
                  if isinstance(item, QGraphicsSimpleTextItem) and item.data(0) == kind and item.isVisible())


def rule(lab):
    return lab.findChild(QLabel, "backpropRule").text()


def table(lab):
    t = lab.findChild(QTableWidget, "backpropGradients")
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, t.columnCount())] for r in range(t.rowCount())}


def type_into(qtbot, field, text):
    edit = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_opens_on_the_apples_and_steps_forward_then_backward(qtbot, lab):
    assert lab.findChild(QComboBox, "backpropExample").currentText() == "One item: apples with tax"
    assert drawn(lab, "value") == ["1.1", "100", "2"]              # the inputs are given
    assert drawn(lab, "grad") == []
    assert not lab.findChild(QPushButton, "backpropBackwardStep").isEnabled()
    click(qtbot, lab, "backpropForwardStep")
    assert "200" in drawn(lab, "value") and "220" not in drawn(lab, "value")
    assert rule(lab).startswith("Multiply: 100 × 2 = 200")
    click(qtbot, lab, "backpropForwardStep")
    assert "220" in drawn(lab, "value")
    assert not lab.findChild(QPushButton, "backpropForwardStep").isEnabled()
    click(qtbot, lab, "backpropBackwardStep")                       # the 1 on the output edge
    assert drawn(lab, "grad") == ["1"]
    click(qtbot, lab, "backpropBackwardStep")
    assert drawn(lab, "grad") == ["1", "1.1", "200"]
    assert "Multiply sends each input the gradient times the other input" in rule(lab)
    click(qtbot, lab, "backpropBackwardStep")
    assert drawn(lab, "grad") == ["1", "1.1", "110", "2.2", "200"]
    assert table(lab) == {"apple price": ["100", "2.2", "2.2"], "apples": ["2", "110", "110"],
                          "tax": ["1.1", "200", "200"]}
    click(qtbot, lab, "backpropReset")
    assert drawn(lab, "grad") == [] and "220" not in drawn(lab, "value")


def test_steps_by_keyboard_while_the_lab_has_the_focus(qtbot, lab):
    view = lab.findChild(QGraphicsView, "backpropGraph")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "220" in drawn(lab, "value")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert drawn(lab, "grad") == ["1"]


def test_editing_the_apple_price_recomputes_and_undoes(qtbot, lab):
    click(qtbot, lab, "backpropRunAll")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_apple"), "150")
    assert "330" in drawn(lab, "value") and "300" in drawn(lab, "value")
    assert "300" in drawn(lab, "grad")                              # ∂total/∂tax is now 300
    qtbot.mouseClick(lab.findChild(QPushButton, "backpropUndo"), Qt.MouseButton.LeftButton)
    assert "220" in drawn(lab, "value")
    assert lab.findChild(QAbstractSpinBox, "backpropInput_apple").lineEdit().text() == "100"
    view = lab.findChild(QGraphicsView, "backpropGraph")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "330" in drawn(lab, "value")


def test_undo_after_changing_graphs_goes_back_to_the_edited_graph(qtbot, lab):
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_apple"), "150")
    choose(qtbot, lab, "e = (a + b)(b + 1)")
    click(qtbot, lab, "backpropUndo")
    assert lab.findChild(QComboBox, "backpropExample").currentText() == "One item: apples with tax"
    assert lab.findChild(QAbstractSpinBox, "backpropInput_apple").lineEdit().text() == "100"


def test_a_non_number_is_refused_as_an_input(qtbot, lab):
    field = lab.findChild(QAbstractSpinBox, "backpropInput_tax")
    edit = field.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "1.2x")          # the x is not even accepted as a keystroke
    assert edit.text() == "1.2"
    edit.selectAll()
    qtbot.keyClicks(edit, "1e")            # number characters, but not a number: refused with the reason
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "is not a number" in field.toolTip()
    click(qtbot, lab, "backpropRunAll")
    assert "220" in drawn(lab, "value")    # nothing was applied
    type_into(qtbot, field, "1.2")
    assert "240" in drawn(lab, "value")


def choose(qtbot, lab, text):
    chooser = lab.findChild(QComboBox, "backpropExample")
    chooser.setCurrentIndex(chooser.findText(text))


def test_two_items_and_e(qtbot, lab):
    choose(qtbot, lab, "Two items: apples and oranges with tax")
    click(qtbot, lab, "backpropRunAll")
    assert "715" in drawn(lab, "value")
    assert {k: v[1] for k, v in table(lab).items()} == {"apple price": "2.2", "apples": "110", "orange price": "3.3",
                                                         "oranges": "165", "tax": "650"}
    choose(qtbot, lab, "e = (a + b)(b + 1)")
    click(qtbot, lab, "backpropRunAll")
    assert "6" in drawn(lab, "value") and table(lab)["a"][1] == "2" and table(lab)["b"][1] == "5"
    assert "Σ 5" in drawn(lab, "input_grad")


def test_a_typed_expression_is_drawn_with_gradients_beside_numerical_estimates(qtbot, lab):
    choose(qtbot, lab, "Your own expression")
    expression = lab.findChild(QLineEdit, "backpropExpression")
    expression.setText("x × y")           # × and − as a learner pastes them (QTest cannot type them)
    qtbot.keyClick(expression, Qt.Key.Key_Return)
    assert drawn(lab, "value") == ["1", "1"]
    type_into(qtbot, expression, "x^2 * y - log(y)")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_x"), "3")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_y"), "2")
    click(qtbot, lab, "backpropRunAll")
    rows = table(lab)
    assert rows["x"] == ["3", "12", "12"]                 # 2·x·y
    assert rows["y"] == ["2", "8.5", "8.5"]               # x² − 1/y
    assert "17.3069" in drawn(lab, "value")               # 18 − log 2
    assert lab.findChild(QLabel, "backpropExpressionError").text() == ""


@pytest.mark.parametrize(("text", "says"), [("x.__class__", "Attribute access"),
                                            ("__import__('os')", "Unknown function"),
                                            ("2**10**10", "exponent")])
def test_a_forbidden_expression_shows_the_message_and_no_graph(qtbot, lab, text, says):
    choose(qtbot, lab, "Your own expression")
    assert drawn(lab, "value") == ["1", "1", "1"]       # x * y + sigmoid(x) (x on two edges)
    type_into(qtbot, lab.findChild(QLineEdit, "backpropExpression"), text)
    assert says in lab.findChild(QLabel, "backpropExpressionError").text()
    assert drawn(lab, "value") == [] and table(lab) == {}   # the old graph is not the text in the field


def test_tanh_is_drawn_with_its_value_and_gradient(qtbot, lab):
    """tanh, an activation of the notes, was refused as an unknown function."""
    choose(qtbot, lab, "Your own expression")
    type_into(qtbot, lab.findChild(QLineEdit, "backpropExpression"), "tanh(2*x) + y")
    assert lab.findChild(QLabel, "backpropExpressionError").text() == ""
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_x"), "0.3")
    click(qtbot, lab, "backpropRunAll")
    value = np.tanh(0.6)
    assert any(abs(float(text) - value) < 1e-5 for text in drawn(lab, "value"))       # 0.53705
    assert any(abs(float(text) - (value + 1)) < 1e-5 for text in drawn(lab, "value"))  # f with y = 1
    h = 1e-6
    numerical = (np.tanh(2 * (0.3 + h)) - np.tanh(2 * (0.3 - h))) / (2 * h)
    x_value, backprop, estimate = table(lab)["x"]
    assert x_value == "0.3"
    assert float(backprop) == pytest.approx(2 * (1 - value ** 2), rel=1e-5)   # 2 · (1 − tanh²(2x))
    assert float(backprop) == pytest.approx(numerical, rel=1e-5)
    assert float(estimate) == pytest.approx(numerical, rel=1e-5)
    click(qtbot, lab, "backpropReset")
    rules = []
    for name in ["backpropForwardStep"] * 3 + ["backpropBackwardStep"] * 3:   # mul, tanh, add; seed, add, tanh
        click(qtbot, lab, name)
        rules.append(rule(lab))
    assert rules[1] == "Hyperbolic tangent: tanh(0.6) = 0.53705."
    assert rules[-1] == "Tanh sends g·(1 − y²) = 1 × (1 − 0.53705²) = 0.711578."


def test_an_empty_expression_after_a_failing_one_clears_its_graph_and_error(qtbot, lab):
    """log(x − 1) at x = 1 draws with "log needs a positive input"; emptying the field and pressing Draw
    said "Type an expression" under the old graph and its log error."""
    choose(qtbot, lab, "Your own expression")
    expression = lab.findChild(QLineEdit, "backpropExpression")
    error = lab.findChild(QLabel, "backpropExpressionError")
    expression.selectAll()
    qtbot.keyClicks(expression, "log(x-1)")
    click(qtbot, lab, "backpropDraw")
    assert "log needs a positive input" in rule(lab) and error.text() == ""
    assert drawn(lab, "value")
    expression.selectAll()
    qtbot.keyClick(expression, Qt.Key.Key_Delete)
    click(qtbot, lab, "backpropDraw")
    assert error.text() == "Type an expression, e.g. (x + y) * z."
    assert rule(lab) == ""                                  # one message: the field's
    assert drawn(lab, "value") == [] and table(lab) == {}
    assert not lab.findChild(QGraphicsView, "backpropGraph").scene().items()
    assert not lab.findChild(QPushButton, "backpropForwardStep").isEnabled()
    choose(qtbot, lab, "One item: apples with tax")   # away and back: still nothing drawn for the empty field
    choose(qtbot, lab, "Your own expression")
    assert drawn(lab, "value") == [] and error.text().startswith("Type an expression")
    qtbot.keyClicks(expression, "x*y")
    click(qtbot, lab, "backpropDraw")
    assert error.text() == "" and rule(lab) != "" and len(drawn(lab, "value")) == 2


def test_the_quiz_asks_before_the_backward_pass_and_grades(qtbot, lab):
    prompt = lab.findChild(QLabel, "backpropQuizPrompt")
    assert prompt.text() == "What is ∂total/∂tax? Type it before the backward pass."
    answer = lab.findChild(QLineEdit, "backpropQuizAnswer")
    type_into(qtbot, answer, "220")
    assert "Not quite" in lab.findChild(QLabel, "backpropQuizResult").text()
    answer.clear()
    type_into(qtbot, answer, "200")
    assert "Right" in lab.findChild(QLabel, "backpropQuizResult").text()
    click(qtbot, lab, "backpropNextQuestion")
    assert prompt.text() == "What is ∂total/∂apple price? Type it before the backward pass."


def test_the_neuron_page_writes_the_update_out_and_applies_it(qtbot, lab):
    choose(qtbot, lab, "A single neuron with its loss")
    assert not lab.findChild(QPushButton, "backpropApplyUpdate").isEnabled()
    click(qtbot, lab, "backpropRunAll")
    text = lab.findChild(QLabel, "backpropUpdate").text()
    assert "w ← w − η ∂L/∂w = 0.5 − 0.5 × -0.177447 = 0.588723" in text
    assert "0.142537" in drawn(lab, "value")                    # L = (σ(0.5) − 1)²
    click(qtbot, lab, "backpropApplyUpdate")
    assert lab.findChild(QAbstractSpinBox, "backpropInput_w").lineEdit().text() == "0.588723"
    assert "0.142537" not in drawn(lab, "value")
    click(qtbot, lab, "backpropUndo")                            # both w and b come back in one step
    assert "0.142537" in drawn(lab, "value")
    assert lab.findChild(QAbstractSpinBox, "backpropInput_b").lineEdit().text() == "0"


def test_korean_is_complete(qapp, qtbot):
    """In Korean every button, label, rule and refusal of the lab reads in Korean (GLOSSARY terms)."""
    from annstudio.gui.i18n import install_translators
    from annstudio.gui.learn.backprop_lab import BackpropLab

    try:
        install_translators(qapp, "ko")
        lab = BackpropLab()
        qtbot.addWidget(lab)
        lab.show()
        assert lab.findChild(QPushButton, "backpropForwardStep").text() == "순전파 한 단계"
        assert lab.findChild(QPushButton, "backpropBackwardStep").text() == "역전파 한 단계"
        assert lab.findChild(QComboBox, "backpropExample").currentText() == "한 가지 상품: 사과와 소비세"
        assert lab.findChild(QLabel, "backpropQuizPrompt").text() == "∂총액/∂소비세의 값은 얼마일까요? 역전파 전에 입력해 보세요."
        assert rule(lab).startswith("순전파 한 단계를 누르세요")
        click(qtbot, lab, "backpropForwardStep")
        assert rule(lab).startswith("곱셈: 100 × 2 = 200")
        click(qtbot, lab, "backpropRunAll")
        assert rule(lab).startswith("곱셈 노드는 각 입력에 기울기 × 다른 쪽 입력을 보냅니다")
        labels = {t.text() for t in lab.findChild(QGraphicsView, "backpropGraph").scene().items()
                  if isinstance(t, QGraphicsSimpleTextItem) and t.data(0) == "label"}
        assert labels == {"사과 가격", "사과 개수", "소비세", "총액"}
        assert set(table(lab)) == {"사과 가격", "사과 개수", "소비세"}
        choose(qtbot, lab, "직접 입력한 식")
        type_into(qtbot, lab.findChild(QLineEdit, "backpropExpression"), "x.__class__")
        assert lab.findChild(QLabel, "backpropExpressionError").text().startswith("속성 접근(1번째 열의 'x.__class__')")
        choose(qtbot, lab, "뉴런 하나와 손실")
        click(qtbot, lab, "backpropRunAll")
        assert lab.findChild(QPushButton, "backpropApplyUpdate").text() == "갱신 적용"
    finally:
        install_translators(qapp, "en")


def test_ctrl_z_in_an_applied_field_undoes_the_lab_edit_in_the_field_and_the_drawing(qtbot, lab):
    """The field went back to 100 (its own text undo) while the drawing and the gradients kept 150."""
    click(qtbot, lab, "backpropRunAll")
    field = lab.findChild(QAbstractSpinBox, "backpropInput_apple")
    type_into(qtbot, field, "150")
    assert "330" in drawn(lab, "value")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.lineEdit().text() == "100"
    assert "220" in drawn(lab, "value") and "330" not in drawn(lab, "value")
    assert not lab.findChild(QPushButton, "backpropUndo").isEnabled()   # the lab's edit was undone, none added
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    assert not lab.findChild(QPushButton, "backpropUndo").isEnabled()


def test_a_price_typed_with_a_thousands_comma_is_read_as_a_thousand(qtbot, lab):
    """Prices are in won: "1,000" was read as 1 (a decimal comma), the total as 2.2."""
    click(qtbot, lab, "backpropRunAll")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_apple"), "1,000")
    assert "2200" in drawn(lab, "value")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_tax"), "1,5")   # a decimal comma still reads
    assert "3000" in drawn(lab, "value")


def test_at_relus_corner_the_differing_columns_are_explained(qtbot, lab):
    """relu(x) + y at x = 0: backprop 0 beside the estimate 0.5, with nothing said (the lab says they agree)."""
    choose(qtbot, lab, "Your own expression")
    type_into(qtbot, lab.findChild(QLineEdit, "backpropExpression"), "relu(x) + y")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_x"), "0")
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_y"), "2")
    note = lab.findChild(QLabel, "backpropKinkNote")
    click(qtbot, lab, "backpropRunAll")
    assert table(lab)["x"] == ["0", "0", "0.5"]
    assert note.isVisible() and "ReLU" in note.text() and "no derivative" in note.text()
    type_into(qtbot, lab.findChild(QAbstractSpinBox, "backpropInput_x"), "1")
    assert table(lab)["x"] == ["1", "1", "1"] and not note.isVisible()


def test_the_quiz_says_when_the_backward_pass_already_shows_its_answer(qtbot, lab):
    """Run all, and the prompt still said "Type it before the backward pass." beside the gradients."""
    prompt = lab.findChild(QLabel, "backpropQuizPrompt")
    click(qtbot, lab, "backpropRunAll")
    assert prompt.text() == ("What is ∂total/∂tax? The backward pass shows it already; press Reset to work it out "
                             "before it does.")
    click(qtbot, lab, "backpropReset")
    assert prompt.text() == "What is ∂total/∂tax? Type it before the backward pass."


def test_the_whole_graph_is_drawn_on_a_1366_pixel_screen(qtbot, isolated_gui):
    """At 1366 x 768 the dock stacks the fields under the drawing, which got about 130 pixels: the apples'
    graph was cut ("apple price" above, "tax" below)."""
    from PySide6.QtWidgets import QGraphicsView

    window = show_main_window(qtbot, (1366, 768))
    window.findChild(QAction, "action_backprop_lab").trigger()
    lab = window.findChild(QWidget, "backpropLab")
    qtbot.waitUntil(lab.isVisible)
    view = lab.findChild(QGraphicsView)
    chooser = lab.findChild(QComboBox, "backpropExample")
    for i in range(chooser.count()):   # every graph of the notes (the two-goods one was cut at a scale of 0.7)
        chooser.setCurrentIndex(i)
        qtbot.wait(100)
        scene = view.mapFromScene(view.scene().itemsBoundingRect()).boundingRect()
        assert scene.top() >= 0 and scene.bottom() <= view.viewport().rect().bottom(), chooser.itemText(i)
    drawing, fields = lab.splitter.sizes()   # stacked: the drawing has the larger share (the fields scroll)
    assert lab.splitter.orientation() == Qt.Orientation.Vertical and drawing > fields
