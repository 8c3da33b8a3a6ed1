"""The perceptron & logic-gates lab (Learn menu, chapter 1): one threshold unit, its line and truth table, the
learning rule, XOR in two layers, features, iris and the "go on a date?" unit — one page each.

The numbers come from ``annstudio.learn.perceptron_lab`` (and ``perceptron_rule``, ``perceptron_examples``);
the pages only draw them. Weight edits on the first page go on the lab's own undo stack: Ctrl+Z and
Ctrl+Shift+Z undo and redo them while the focus is in the lab (the main window's undo is for the project).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...learn.perceptron_lab import INPUTS, labels_for, num, output_question, separable, truth_table, z_question
from ...particles import with_particles
from ..colors import PROBLEM
from ..side_by_side import SideBySide
from .lab_undo_keys import LabUndoKeys
from .perceptron_plane import UnitPlane
from .perceptron_unit import UnitEditor, UnitState
from .perceptron_widgets import explanation, read_only_table, scrolled, set_mark
from .quiz_box import QuizBox

RIGHT_COLOUR = "#1b7a3a"


class GatePage(QWidget):
    """One unit: controls, the plane, the truth table, and a question to answer before looking."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = UnitEditor(undo_stack, self)
        self.plane = UnitPlane(self)
        self.plane.setObjectName("perceptronPlane")
        self.table = read_only_table("perceptronTruthTable", ["x₁", "x₂", "z", self.tr("output"), self.tr("target"),
                                                               "✓/✗"], 4)
        self.summary = explanation("")
        self.summary.setObjectName("perceptronGateSummary")
        intro = explanation(self.tr(
            "One unit adds its weighted inputs and the bias, z = w₁·x₁ + w₂·x₂ + b, and fires when z reaches 0. "
            "Where z = 0 is a straight line across the plane: on its blue side the unit says 1, on the orange "
            "side 0. Move a weight and watch the line and the table; each point is coloured by its target."))
        self.quiz = QuizBox("perceptronQuiz", self)
        self.next_question = QPushButton(self.tr("Another question"), objectName="perceptronQuizNext")
        self.next_question.clicked.connect(self._next_question)
        self._question = 0
        # the controls and the table beside the plane; in a narrow dock the plane goes under them
        top = SideBySide(objectName="perceptronGateTop")
        left = QVBoxLayout()
        left.addWidget(self.editor)
        left.addWidget(self.table)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.plane)
        right.addStretch(1)
        top.add(left)
        top.add(right)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.quiz)
        layout.addWidget(self.next_question, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.editor.changed.connect(self.show_state)
        self.show_state(self.editor.state)

    def show_state(self, state: UnitState) -> None:
        unit, gate = state.unit, state.gate
        rows = truth_table(unit, gate)
        for r, row in enumerate(rows):
            texts = (num(row.x1), num(row.x2), num(row.z), str(row.output), str(row.target))
            for c, text in enumerate(texts):
                self.table.item(r, c).setText(text)
            set_mark(self.table.item(r, 5), row.correct)
        targets01 = [1 if t == 1 else 0 for t in labels_for([r.target for r in rows], "step")]
        self.plane.set_points(INPUTS, targets01, [r.correct for r in rows])
        self.plane.set_line(*unit.line(self.plane.low, self.plane.high))
        self.plane.set_region(lambda a, b: (unit.w1 * a + unit.w2 * b + unit.b > 0) if unit.activation == "step_strict"
                              else (unit.w1 * a + unit.w2 * b + unit.b >= 0))
        right = sum(r.correct for r in rows)
        if right == 4:
            text = with_particles(self.tr("All 4 rows right: these weights realise {0}.").format(gate))
            colour = RIGHT_COLOUR
        elif not separable([r.target for r in rows]):
            text = self.tr("{0} of 4 rows right. No weights get all four: the 1s and 0s of {1} sit on opposite "
                           "corners, and no straight line separates them. The learning-rule and two-layer pages "
                           "show what happens and what works.").format(right, gate)
            colour = PROBLEM
        else:
            text = self.tr("{0} of 4 rows right. Move the line until every point is on its colour's side.").format(right)
            colour = PROBLEM
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};")
        self._ask()

    def _ask(self) -> None:
        state = self.editor.state
        inputs = [(1, 0), (1, 1), (0, 1), (0, 0)]
        x1, x2 = inputs[self._question % 4]
        if self._question % 2 == 0:
            self.quiz.ask(output_question(state.unit, state.gate, x1, x2, state.threshold_form))
        else:
            self.quiz.ask(z_question(state.unit, x1, x2, state.threshold_form))

    def _next_question(self) -> None:
        self._question += 1
        self._ask()


class PerceptronLab(QWidget):
    """The lab's widget; ``open_lab`` names it ``perceptronLab``."""

    def __init__(self, window=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .perceptron_data_pages import DatePage, IrisPage
        from .perceptron_pages import FeaturesPage, TwoLayerPage
        from .perceptron_rule_page import RulePage

        self.window_ = window
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget(objectName="perceptronPages")
        self.tabs.setDocumentMode(True)
        self.gate_page = GatePage(self.undo_stack)
        self.rule_page = RulePage(self)
        self.two_layer_page = TwoLayerPage(window, self)
        self.features_page = FeaturesPage(self)
        self.iris_page = IrisPage(self)
        self.date_page = DatePage(self)
        for page, title in ((self.gate_page, self.tr("One unit")), (self.rule_page, self.tr("Learning rule")),
                            (self.two_layer_page, self.tr("XOR in two layers")),
                            (self.features_page, self.tr("Features")), (self.iris_page, self.tr("Iris")),
                            (self.date_page, self.tr("Go on a date?"))):
            self.tabs.addTab(scrolled(page), title)
        self.rule_page.sigShowTwoLayers.connect(lambda: self.show_page(self.two_layer_page))
        self.tabs.currentChanged.connect(self._on_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._undo_keys = LabUndoKeys(self.undo_stack, self)   # Ctrl+Z in the lab: the lab's undo
        self._undo_keys.watch(self.gate_page.editor)
        self.installEventFilter(self._undo_keys)

    def show_page(self, page: QWidget) -> None:
        for i in range(self.tabs.count()):
            area = self.tabs.widget(i)
            if isinstance(area, QScrollArea) and area.widget() is page:
                self.tabs.setCurrentIndex(i)

    def _on_page(self, index: int) -> None:
        area = self.tabs.widget(index)
        page = area.widget() if isinstance(area, QScrollArea) else area
        if hasattr(page, "page_shown"):
            page.page_shown()
