"""``CheckGradientsDialog``: backpropagation's gradients of the current model next to central differences
(objectName ``checkGradientsDialog``), from ``engine.gradient_check`` on a few training samples."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.explain import fmt
from ...engine.gradient_check import ATOL, EPS, RTOL, GradientRow, check_model, check_problem
from ...particles import with_particles
from ..colors import PROBLEM_STYLE
from ..i18n import render

#: samples the check uses (the first ones of the training set)
SAMPLES = 4


class CheckGradientsDialog(QDialog):
    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkGradientsDialog")
        self.setWindowTitle(self.tr("Check gradients"))
        self.runner = runner
        self.rows: list[GradientRow] = []
        self.intro = QLabel(self.tr(
            "Each weight is nudged by ±{0} and the change of the loss gives a numerical slope "
            "(E(w + ε) − E(w − ε)) / 2ε. Backpropagation's gradient should agree: relative error "
            "|a − n| / (|a| + |n|) below {2} in float64, or a difference below {3} (times the loss, when it "
            "is above 1), the finest slope ε can measure. Loss on the first {1} training samples.")
            .format(EPS, SAMPLES, RTOL, ATOL), self)
        self.intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkGradientsSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("checkGradientsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([self.tr("layer"), self.tr("weight"), self.tr("backprop ∂E/∂w"),
                                              self.tr("numerical"), self.tr("relative error")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 56, self.fontMetrics().height() * 30)

    def run_check(self) -> bool:
        """Check the runner's model now; False (and the reason shown) when it cannot be checked."""
        run = self.runner.idle_run()
        if run is None:
            return self._refuse(self.tr("No model to check: build a valid model first, or pause training."))
        problem = check_problem(run.model)
        if problem is not None:
            return self._refuse(render(problem))
        self.runner.wait_for_probes()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.rows = check_model(run.model, run.trainer.x, run.trainer.y, samples=SAMPLES)
        finally:
            QApplication.restoreOverrideCursor()
        self.table.setRowCount(len(self.rows))
        tiny = self.tr("The difference {0} is smaller than a central difference with this ε can resolve: the two agree.")
        for r, row in enumerate(self.rows):
            cells = [row.layer, row.weight, fmt(row.analytic), fmt(row.numerical), f"{row.relative_error:.2e}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.agrees and row.relative_error >= RTOL:   # agrees within what ε can resolve
                    item.setToolTip(with_particles(tiny.format(f"{abs(row.analytic - row.numerical):.1e}")))
                    if c == 4:
                        item.setText(f"({row.relative_error:.2e})")
                self.table.setItem(r, c, item)
        measured = [row for row in self.rows if not (row.agrees and row.relative_error >= RTOL)]
        worst = max((row.relative_error for row in measured), default=0.0)
        agree = all(row.agrees for row in self.rows)
        verdict = (self.tr("they agree: backpropagation computes these gradients correctly.") if agree
                   else self.tr("some differ: look at the rows with the largest errors (a kink such as relu's "
                                "at 0 can cause this)."))
        self.summary.setStyleSheet("" if agree else PROBLEM_STYLE)
        text = self.tr("{0} weights checked in float64; largest relative error {1}: {2}").format(
            len(self.rows), f"{worst:.2e}", verdict)
        unmeasured = len(self.rows) - len(measured)
        if unmeasured:
            text += " " + self.tr("({0} rows in brackets differ by less than ε can resolve and count as agreeing.)").format(
                unmeasured)
        self.summary.setText(text)
        return True

    def _refuse(self, reason: str) -> bool:
        self.rows = []
        self.table.setRowCount(0)
        self.summary.setStyleSheet(PROBLEM_STYLE)
        self.summary.setText(reason)
        return False
