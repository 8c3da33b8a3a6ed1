"""A "predict, then reveal" box for the labs: a question, a field for the learner's answer, Check and Show.

``QuizBox(name)`` names its parts for tests: ``<name>Answer`` (the field), ``<name>Check``, ``<name>Reveal``
and ``<name>Result`` (what the learner is told). ``ask(question)`` shows a new question; ``answered(bool)``
is emitted after each Check, ``revealed()`` when the answer and its working are shown (by Show, or after a
right answer). Grading is ``learn.quiz.grade``; this widget only draws it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...learn.quiz import Question, format_answer, grade
from ..i18n import render

_RIGHT = "color: #1b7a3a;"
_WRONG = "color: #b3261e;"


class QuizBox(QGroupBox):
    answered = Signal(bool)
    revealed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Predict, then reveal"), parent)
        self.setObjectName(name)
        self.question: Question | None = None
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName(f"{name}Prompt")
        self.field = QLineEdit()
        self.field.setObjectName(f"{name}Answer")
        self.field.setPlaceholderText(self.tr("your answer"))
        self.field.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName(f"{name}Check")
        self.check_button.clicked.connect(self.check)
        self.reveal_button = QPushButton(self.tr("Show the answer"))
        self.reveal_button.setObjectName(f"{name}Reveal")
        self.reveal_button.clicked.connect(self.reveal)
        self.result = QLabel()
        self.result.setObjectName(f"{name}Result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.is_revealed = False
        self._answerable(False)   # nothing to answer before the first question

    def _answerable(self, on: bool) -> None:
        for widget in (self.field, self.check_button, self.reveal_button):
            widget.setEnabled(on)

    def clear(self, prompt: str = "") -> None:
        """No question now (``prompt`` says why): the field and the buttons are off until the next one."""
        self.question = None
        self.is_revealed = False
        self.prompt.setText(prompt)
        self.field.clear()
        self.result.clear()
        self.result.setStyleSheet("")
        self._answerable(False)

    def ask(self, question: Question) -> None:
        self.question = question
        self.is_revealed = False
        self.prompt.setText(render(question.prompt))
        self.field.clear()
        self._answerable(True)
        self.result.clear()
        self.result.setStyleSheet("")

    def check(self) -> None:
        if self.question is None or self.is_revealed:
            return
        result = grade(self.question, self.field.text())
        self.result.setStyleSheet(_RIGHT if result.correct else _WRONG)
        self.result.setText(render(result.message))
        if result.values is not None:
            self.answered.emit(result.correct)
        if result.correct:
            self.reveal(keep_grade=True)

    def reveal(self, keep_grade: bool = False) -> None:
        if self.question is None:
            return
        self.is_revealed = True
        head = self.result.text() + "\n" if keep_grade else ""
        working = render(self.question.working) if self.question.working else ""
        answer = self.tr("Answer: {0}").format(format_answer(self.question.answers))
        self.result.setText(head + answer + ("\n" + working if working else ""))
        if not keep_grade:
            self.result.setStyleSheet("")
        self.field.setEnabled(False)
        self.check_button.setEnabled(False)
        self.reveal_button.setEnabled(False)
        self.revealed.emit()
