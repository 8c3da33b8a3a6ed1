"""The descent lab's "Losses" page: regression and classification losses against one prediction with their
derivatives, accuracy as a step, and a line fitted through an outlier under MSE, MAE and Huber."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ...learn.losses_lab import (
    REGRESSION,
    accuracy_curve,
    classification_curves,
    outlier_fits,
    regression_curves,
)
from ...spec.ranges import Range
from ..colors import CLASS_COLORS
from ..flow_layout import FlowLayout, labelled
from ..side_by_side import SideBySide
from .descent_plots import LOSS_COLOURS, legend, named, number_field, styled_plot

TARGET_RANGE = Range(-100.0, 100.0)
DELTA_RANGE = Range(0.0, 100.0, low_open=True)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class LossesPage(QWidget):
    def __init__(self, lab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = number_field("descentTarget", TARGET_RANGE, lambda: self.tr("Target"), 1.0, self)
        self.delta = number_field("descentDelta", DELTA_RANGE, lambda: self.tr("Huber δ"), 1.0, self)
        self.label = QComboBox()
        self.label.setObjectName("descentLabel")
        self.label.addItem(self.tr("label 1 (the right class)"), 1)
        self.label.addItem(self.tr("label 0"), 0)
        names = {"mse": self.tr("MSE"), "mae": self.tr("MAE"), "huber": self.tr("Huber")}

        # regression
        self.regression = styled_plot("descentLossPlot", self.tr("prediction"), self.tr("loss"))
        self.regression_d = styled_plot("descentLossDerivativePlot", self.tr("prediction"), self.tr("derivative"))
        legend(self.regression)
        self.curves = {n: named(self.regression.plot(pen=pg.mkPen(c, width=2), name=names[n]), f"descentLoss_{n}")
                       for n, c in zip(REGRESSION, LOSS_COLOURS, strict=True)}
        self.derivs = {n: named(self.regression_d.plot(pen=pg.mkPen(c, width=2)), f"descentLossDerivative_{n}")
                       for n, c in zip(REGRESSION, LOSS_COLOURS, strict=True)}
        # classification
        self.classification = styled_plot("descentCrossEntropyPlot", self.tr("predicted probability p"),
                                          self.tr("loss"))
        self.classification_d = styled_plot("descentCrossEntropyDerivativePlot", self.tr("predicted probability p"),
                                            self.tr("derivative"))
        legend(self.classification)
        self.bce = named(self.classification.plot(pen=pg.mkPen(CLASS_COLORS[1], width=5),
                                                  name=self.tr("binary cross-entropy")), "descentBinaryCrossentropy")
        self.cce = named(self.classification.plot(pen=pg.mkPen(CLASS_COLORS[2], width=2, style=Qt.PenStyle.DashLine),
                                                  name=self.tr("categorical (3 classes)")),
                         "descentCategoricalCrossentropy")
        self.acc = named(self.classification.plot(pen=pg.mkPen(CLASS_COLORS[0], width=2), stepMode=None,
                                                  name=self.tr("accuracy")), "descentAccuracy")
        self.bce_d = self.classification_d.plot(pen=pg.mkPen(CLASS_COLORS[1], width=5))   # under the dashed one
        self.cce_d = self.classification_d.plot(pen=pg.mkPen(CLASS_COLORS[2], width=2, style=Qt.PenStyle.DashLine))
        self.acc_d = named(self.classification_d.plot(pen=pg.mkPen(CLASS_COLORS[0], width=2)),
                           "descentAccuracyDerivative")
        self.classification_d.getPlotItem().setYRange(-20, 20)
        # outlier
        self.outlier = styled_plot("descentOutlierPlot", "x", "y")
        legend(self.outlier, offset=(6, 6))
        self.points = named(pg.ScatterPlotItem(size=8, brush=pg.mkBrush("#444"), pen=None), "descentOutlierPoints")
        self.outlier.addItem(self.points)
        self.lines = {n: named(self.outlier.plot(pen=pg.mkPen(c, width=2), name=names[n]), f"descentFit_{n}")
                      for n, c in zip(REGRESSION, LOSS_COLOURS, strict=True)}
        self.outlier_text = _note("")
        self.outlier_text.setObjectName("descentOutlierText")

        target_label = QLabel(self.tr("&Target"))
        target_label.setBuddy(self.target)
        delta_label = QLabel(self.tr("Huber &δ"))
        delta_label.setBuddy(self.delta)
        label_label = QLabel(self.tr("Class la&bel"))
        label_label.setBuddy(self.label)
        controls = FlowLayout(spacing=12)   # the three fields wrap in a narrow dock
        for label, field in ((target_label, self.target), (delta_label, self.delta), (label_label, self.label)):
            controls.addWidget(labelled(label, field))
        # three plots a row side by side while they fit, one under another in a narrow dock (1024 pixels)
        regression_row = SideBySide(objectName="descentRegressionRow")
        regression_row.add(self.regression)
        regression_row.add(self.regression_d)
        outlier_part = QVBoxLayout()
        outlier_part.addWidget(self.outlier, 1)
        outlier_part.addWidget(self.outlier_text)
        regression_row.add(outlier_part)
        classification_row = SideBySide(objectName="descentClassificationRow")
        classification_row.add(self.classification)
        classification_row.add(self.classification_d)
        classification_row.add(_note(self.tr(
            "Cross-entropy grows without bound as the probability of the right class "
            "goes to 0, and its slope says which way to move. Accuracy jumps from 0 to 1 "
            "at p = 0.5 and is flat everywhere else: its derivative is 0 almost "
            "everywhere, so it gives gradient descent no direction. That is why it is a "
            "metric, not the loss.")))
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.target.message)
        layout.addWidget(self.delta.message)
        layout.addWidget(regression_row, 1)
        layout.addWidget(_note(self.tr("MSE punishes a miss by its square, so its slope grows with the miss; MAE's "
                                       "slope is always ±1; Huber is MSE up to δ and MAE beyond.")))
        layout.addWidget(classification_row, 1)
        self.target.valueChanged.connect(lambda _: self.update_regression())
        self.delta.valueChanged.connect(lambda _: self._delta_changed())
        self.label.currentIndexChanged.connect(lambda _: self.update_classification())
        self.update_regression()
        self.update_classification()
        self.update_outlier()

    def _delta_changed(self) -> None:
        self.update_regression()
        self.update_outlier()

    def update_regression(self) -> None:
        curves = regression_curves(float(self.target.value() or 0.0), float(self.delta.value() or 1.0))
        for name, curve in curves.items():
            self.curves[name].setData(curve.predictions, curve.values)
            self.derivs[name].setData(curve.predictions, curve.derivatives)

    def update_classification(self) -> None:
        label = int(self.label.currentData())
        curves = classification_curves(label)
        bce, cce = curves["binary_crossentropy"], curves["categorical_crossentropy"]
        self.bce.setData(bce.predictions, bce.values)
        self.bce_d.setData(bce.predictions, bce.derivatives)
        self.cce.setData(cce.predictions, cce.values)
        self.cce_d.setData(cce.predictions, cce.derivatives)
        acc = accuracy_curve(label)
        self.acc.setData(acc.predictions, acc.values)
        self.acc_d.setData(acc.predictions, acc.derivatives)

    def update_outlier(self) -> None:
        fits = outlier_fits(float(self.delta.value() or 1.0))
        self.points.setData(fits.x, fits.y)
        xs = np.array([fits.x[0], fits.x[-1]])
        for name, (a, b) in fits.fits.items():
            self.lines[name].setData(xs, a * xs + b)
        self.outlier_text.setText(self.tr(
            "One point (x = 8) sits 12 above the others. Fitted lines miss the clean line there by: "
            "MSE {0}, MAE {1}, Huber {2}. Squaring lets the outlier drag MSE's line; MAE and Huber give it a "
            "bounded pull.").format(*(f"{fits.pull(n):.2f}" for n in REGRESSION)))
