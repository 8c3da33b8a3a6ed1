"""The labs' "predict, then reveal" box, driven as a learner does: type, press Return or click."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from annstudio.gui.learn.quiz_box import QuizBox
from annstudio.learn.quiz import Question


def make(qtbot):
    box = QuizBox("taxQuiz")
    qtbot.addWidget(box)
    box.ask(Question("What is d total / d tax?", 200.0, working="2 × 100 = 200"))
    box.show()
    return box, box.findChild(QLineEdit, "taxQuizAnswer"), box.findChild(QLabel, "taxQuizResult")


def test_a_wrong_answer_is_graded_and_can_be_retried(qtbot):
    box, field, result = make(qtbot)
    with qtbot.waitSignal(box.answered) as answered:
        qtbot.keyClicks(field, "220")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert answered.args == [False]
    assert "Not quite" in result.text() and "200" not in result.text()
    assert field.isEnabled()
    field.clear()
    qtbot.keyClicks(field, "200")
    qtbot.mouseClick(box.findChild(QPushButton, "taxQuizCheck"), Qt.MouseButton.LeftButton)
    assert "Right" in result.text() and "Answer: 200" in result.text() and "2 × 100 = 200" in result.text()
    assert not field.isEnabled()


def test_show_reveals_the_working_and_text_is_refused_with_its_reason(qtbot):
    box, field, result = make(qtbot)
    qtbot.keyClicks(field, "two hundred")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "'two' is not a number" in result.text()
    with qtbot.waitSignal(box.revealed):
        qtbot.mouseClick(box.findChild(QPushButton, "taxQuizReveal"), Qt.MouseButton.LeftButton)
    assert "Answer: 200" in result.text() and "2 × 100 = 200" in result.text()
