"""The forward pass lab's softmax page: softmax(a) computed naively (exp overflows, inf / inf = nan) beside
the stable way, exp(a − max a) / Σ, which gives the same answer wherever the naive one works.

Tables: ``softmaxA`` (editable), ``softmaxNaiveExp``, ``softmaxNaive``, ``softmaxShifted``,
``softmaxStableExp``, ``softmaxStable``; labels ``softmaxNaiveSum``, ``softmaxStableSum`` and
``softmaxProblems`` (what went wrong naively, in the problem colour).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...learn.forward import SOFTMAX_A, Softmax, number_text, softmax_both
from ..colors import PROBLEM_STYLE
from ..flow_layout import FlowLayout
from ..i18n import render
from .matrix_table import MatrixTable


class SoftmaxPage(QWidget):
    sigEdit = Signal(object, object, str)
    sigWorking = Signal(str)
    sigRefused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.a = np.array(SOFTMAX_A, dtype=np.float64)
        self.result: Softmax | None = None
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(self.tr(
            "Softmax turns scores into probabilities: exp of each score, divided by their sum. With large "
            "scores exp overflows. Subtracting the largest score first changes nothing in the result "
            "(the factor e^−max cancels) but keeps every exp between 0 and 1."))
        intro.setWordWrap(True)
        self.a_table = MatrixTable("softmaxA", "a", editable=True)
        self.a_table.sigEditRequested.connect(self._edit)
        self.a_table.sigRefused.connect(self.sigRefused.emit)
        layout.addWidget(self.a_table)

        naive = QGroupBox(self.tr("Naive: exp(a) / Σ exp(a)"))
        grid = QVBoxLayout(naive)
        self.naive_exp = MatrixTable("softmaxNaiveExp", "exp(a)")
        self.naive_sum = QLabel()
        self.naive_sum.setObjectName("softmaxNaiveSum")
        self.naive = MatrixTable("softmaxNaive", "exp(a) / Σ")
        self.problems = QLabel()
        self.problems.setObjectName("softmaxProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM_STYLE)
        _tables_then(grid, (self.naive_exp, self.naive_sum, self.naive), self.problems)
        layout.addWidget(naive)

        stable = QGroupBox(self.tr("Stable: exp(a − max a) / Σ"))
        grid = QVBoxLayout(stable)
        self.shifted = MatrixTable("softmaxShifted", "a − max a")
        self.stable_exp = MatrixTable("softmaxStableExp", "exp(a − max a)")
        self.stable_sum = QLabel()
        self.stable_sum.setObjectName("softmaxStableSum")
        self.stable = MatrixTable("softmaxStable", "softmax(a)")
        _tables_then(grid, (self.shifted, self.stable_exp, self.stable_sum), self.stable)
        layout.addWidget(stable)
        for table in (self.naive, self.stable, self.stable_exp):
            table.sigHovered.connect(self._hover)
        layout.addStretch(1)
        self.recompute()

    def state(self) -> np.ndarray:
        return self.a.copy()

    def set_state(self, state: np.ndarray) -> None:
        self.a = np.array(state, dtype=np.float64)
        self.recompute()

    def _edit(self, row: int, col: int, value: float) -> None:
        after = self.a.copy()
        after[col] = value
        self.sigEdit.emit(self.state(), after, f"a[{col}] = {number_text(value)}")

    def recompute(self) -> None:
        r = self.result = softmax_both(self.a)
        self.a_table.set_values(r.a)
        self.naive_exp.set_values(r.naive_exp)
        self.naive.set_values(r.naive)
        self.naive_sum.setText(f"Σ = {number_text(r.naive_sum)}")
        self.problems.setText("\n".join(render(p) for p in r.problems) if r.problems else self.tr(
            "No overflow here: both ways give the same numbers."))
        self.problems.setStyleSheet(PROBLEM_STYLE if r.problems else "")
        self.shifted.set_values(r.shifted)
        self.stable_exp.set_values(r.stable_exp)
        self.stable_sum.setText(f"Σ = {number_text(r.stable_sum)}")
        self.stable.set_values(r.stable)

    def _hover(self, row: int, col: int) -> None:
        r = self.result
        if r is None or col < 0:
            self.sigWorking.emit("")
            return
        self.sigWorking.emit(
            f"softmax(a)[{col}] = exp({number_text(r.a[col])} − {number_text(r.a.max())}) / Σ = "
            f"{number_text(r.stable_exp[col])} / {number_text(r.stable_sum)} = {number_text(r.stable[col])}")


def _tables_then(box: QVBoxLayout, row: tuple[QWidget, ...], below: QWidget) -> None:
    """``row`` side by side, wrapping onto more lines in a narrow dock (three tables a row were 454 pixels),
    then ``below``."""
    flow = FlowLayout(spacing=8)
    for widget in row:
        flow.addWidget(widget)
    box.addLayout(flow)
    box.addWidget(below)
