"""The descent lab's "Numerical derivative" page: the central difference against the exact derivative for
eps from 1e-1 to 1e-50, as a table and as error against eps on log axes."""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...learn.numeric import FUNCTIONS, best_row, eps_table
from ...spec.ranges import Range
from ..colors import CLASS_COLORS
from ..flow_layout import FlowLayout, labelled
from ..side_by_side import SideBySide
from .descent_plots import named, number_field, styled_plot
from .perceptron_widgets import whole_width

X_RANGE = Range(-10.0, 10.0)
ERROR_FLOOR = 1e-17   # an exact match is drawn here on the log axis


class NumericPage(QWidget):
    def __init__(self, lab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.function = QComboBox()
        self.function.setObjectName("descentFunction")
        for name in FUNCTIONS:
            self.function.addItem(name, name)
        self.function.setCurrentIndex(list(FUNCTIONS).index("sigmoid"))
        self.x_field = number_field("descentX", X_RANGE, "x", 1.0, self)
        self.dtype = QComboBox()
        self.dtype.setObjectName("descentDtype")
        self.dtype.addItem("float64", "float64")
        self.dtype.addItem("float32", "float32")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("descentEpsTable")
        # the relative error before the exact value (the same in every row): in a narrow column it was cut off
        self.table.setHorizontalHeaderLabels([self.tr("eps"), self.tr("central difference"), self.tr("relative error"),
                                              self.tr("exact")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plot = styled_plot("descentEpsPlot", self.tr("eps"), self.tr("relative error"))
        self.plot.getPlotItem().setLogMode(x=True, y=True)
        self.error_item = named(self.plot.plot(pen=pg.mkPen(CLASS_COLORS[1], width=2), symbol="o", symbolSize=6,
                                               symbolBrush=CLASS_COLORS[1]), "descentEpsCurve")
        self.summary = QLabel()
        self.summary.setObjectName("descentEpsSummary")
        self.summary.setWordWrap(True)
        note = QLabel(self.tr("(f(x + eps) − f(x − eps)) / (2·eps). A large eps measures a chord, not the tangent. "
                              "A tiny eps makes x + eps round to x itself, so the difference is 0 and so is the "
                              "estimate. In between (about 1e-4 to 1e-6 in float64; the notes use 1e-6) the "
                              "estimate agrees with the exact derivative to many digits."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        controls = FlowLayout(spacing=12)   # label and field pairs wrap in a narrow dock
        f_label = QLabel(self.tr("Fu&nction"))
        f_label.setBuddy(self.function)
        x_label = QLabel(self.tr("at &x ="))
        x_label.setBuddy(self.x_field)
        d_label = QLabel(self.tr("Nu&mbers"))
        d_label.setBuddy(self.dtype)
        for label, field in ((f_label, self.function), (x_label, self.x_field), (d_label, self.dtype)):
            controls.addWidget(labelled(label, field))
        # the table beside the plot while its columns fit whole; the plot under it in a narrow dock
        split = SideBySide(objectName="descentEpsRow")
        split.add(self.table, 3, needs=lambda: whole_width(self.table))
        split.add(self.plot, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.x_field.message)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.function.currentIndexChanged.connect(lambda _: self.update_table())
        self.dtype.currentIndexChanged.connect(lambda _: self.update_table())
        self.x_field.valueChanged.connect(lambda _: self.update_table())
        self.update_table()

    def update_table(self) -> None:
        rows = eps_table(self.function.currentData(), float(self.x_field.value() or 0.0), self.dtype.currentData())
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for column, text in enumerate((f"{row.eps:.0e}", f"{row.numeric:.12g}", f"{row.error:.2e}",
                                           f"{row.analytic:.12g}")):
                self.table.setItem(i, column, QTableWidgetItem(text))
        eps = [r.eps for r in rows]
        errors = [max(r.error, ERROR_FLOOR) for r in rows]
        self.error_item.setData(eps, errors)
        best = best_row(rows)
        zero = next((r.eps for r in rows if r.numeric == 0.0 and r.analytic != 0.0), None)
        text = self.tr("Best here: eps = {0} (error {1}).").format(f"{best.eps:.0e}", f"{best.error:.1e}")
        if zero is not None:
            text += " " + self.tr("From eps = {0} on, x ± eps rounds to x and the estimate is 0.").format(
                f"{zero:.0e}")
        self.summary.setText(text)
        self.plot.getPlotItem().setXRange(math.log10(min(eps)), math.log10(max(eps)), padding=0.03)
