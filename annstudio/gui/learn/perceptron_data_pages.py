"""Two pages of the perceptron lab with real-world inputs: iris flowers ("is it a setosa?", the rule against
scikit-learn) and the "go on a date?" unit (three yes/no inputs, two people's weights, one threshold)."""
from __future__ import annotations

import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...learn.perceptron_examples import (
    DATE_THRESHOLD,
    DATE_WEIGHTS,
    IRIS_PROBE,
    date_decision,
    date_question,
    iris_predict,
    iris_run,
    iris_setosa,
    sklearn_iris,
)
from ...learn.perceptron_lab import Unit, num
from ...spec.ranges import Range
from ..colors import CLASS_COLORS, NEGATIVE, POSITIVE
from ..fields import FieldMessage, NumberField
from ..views.legend_corner import CORNERS, LegendFollower, offset_for
from .perceptron_widgets import explanation
from .quiz_box import QuizBox


class IrisPage(QWidget):
    """150 flowers by petal length and width; the rule's line, scikit-learn's, and the notes' query (2, 0.5)."""

    sigSklearn = Signal(object)   # (request, (coef, intercept, predictions) or None), from the fitting thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self.sigSklearn.connect(self._show_sklearn)
        intro = explanation(self.tr(
            "Real data: 150 iris flowers, two inputs (petal length and width in cm), target 1 for a setosa. "
            "Setosas have small petals, so a line separates them and the rule converges. scikit-learn's "
            "Perceptron(max_iter=1000, tol=1e-3, random_state=42) visits the flowers in a shuffled order and "
            "ends on another line, yet both classify every flower the same way."))
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("perceptronIrisPlot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", self.tr("petal length (cm)"))
        self.plot.setLabel("left", self.tr("petal width (cm)"))
        self.plot.setXRange(0.5, 7.5)
        self.plot.setYRange(-0.2, 2.8)
        self.plot.setMinimumHeight(260)
        self.legend = self.plot.addLegend(offset=offset_for(CORNERS[0]))
        self.points = pg.ScatterPlotItem(size=8, pxMode=True)
        self.plot.addItem(self.points)
        self.ours = pg.PlotDataItem(pen=pg.mkPen("#222222", width=2.5), name=self.tr("the rule's line"))
        self.theirs = pg.PlotDataItem(pen=pg.mkPen("#7b4173", width=2, style=Qt.PenStyle.DashLine),
                                      name=self.tr("scikit-learn's line"))
        self.probe = pg.ScatterPlotItem(size=16, symbol="star", brush=pg.mkBrush("#2ca02c"), pen=pg.mkPen("#111111"),
                                        name=self.tr("the query (2, 0.5)"))
        for item in (self.ours, self.theirs, self.probe):
            self.plot.addItem(item)
        # the legend where it hides the fewest flowers, line points and the query (the top right holds large
        # petals), looking again as the lines are drawn and the plot resized
        self.legend_follower = LegendFollower(self.plot.getPlotItem(), self.legend, slack=0)
        self.result = QLabel(objectName="perceptronIrisResult")
        self.result.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run the rule on the 150 flowers"), objectName="perceptronIrisRun")
        self.run_button.clicked.connect(self.compute)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.result)
        self.computed = False

    def page_shown(self) -> None:
        if not self.computed:
            self.compute()

    def compute(self) -> None:
        """The rule's line at once; scikit-learn's from a thread of its own (its first import takes seconds:
        the tab stayed blank and the window still that long on its first click), drawn when it arrives."""
        X, y = iris_setosa()
        stepper = iris_run()
        self._stepper, self._ours = stepper, iris_predict(stepper.params, X)
        self.points.setData(x=X[:, 0], y=X[:, 1], brush=[pg.mkBrush(CLASS_COLORS[int(t)]) for t in y],
                            pen=pg.mkPen("#444444", width=0.5))
        self.ours.setData(*Unit(*stepper.params).line(0.5, 7.5))
        self.probe.setData([IRIS_PROBE[0]], [IRIS_PROBE[1]])
        self.theirs.setData([], [])
        self.result.setText(self._rule_text() + " " + self.tr("scikit-learn's Perceptron: fitting…"))
        self.computed = True
        self._request += 1
        threading.Thread(target=self._fit_sklearn, args=(self._request,), daemon=True,
                         name="annstudio-iris-sklearn").start()

    def _rule_text(self) -> str:
        stepper = self._stepper
        answer = int(iris_predict(stepper.params, [IRIS_PROBE])[0])
        return self.tr("The rule (η = 1, zero start, flowers in order) converged after {0} epochs: w = ({1}, {2}), "
                       "b = {3}. A flower with petals 2 cm × 0.5 cm → {4} (setosa).").format(
                           len(stepper.errors_per_epoch), *(num(v) for v in stepper.params), answer)

    def _fit_sklearn(self, request: int) -> None:   # its own thread
        try:
            result: object = sklearn_iris()
        except ImportError:   # the lean desktop bundle has no scikit-learn: the rule's side still works
            result = None
        self.sigSklearn.emit((request, result))      # queued to the GUI thread

    def _show_sklearn(self, done: tuple) -> None:
        request, result = done
        if request != self._request:
            return   # computed again meanwhile: a newer fit follows
        if result is None:
            self.result.setText(self._rule_text() + " " + self.tr(
                "The comparison with scikit-learn's Perceptron needs scikit-learn, which this build does not "
                "include."))
            return
        coef, intercept, theirs = result
        self.theirs.setData(*Unit(float(coef[0]), float(coef[1]), intercept).line(0.5, 7.5))
        agree = int(np.sum(self._ours == theirs))
        self.result.setText(self._rule_text() + " " + self.tr(
            "scikit-learn: w = ({0}, {1}), b = {2}. They agree on {3} of 150 flowers, and both get all 150 "
            "right.").format(num(coef[0]), num(coef[1]), num(intercept), agree))


class DatePage(QWidget):
    """Three yes/no questions, two people who weigh them differently, one threshold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = explanation(self.tr(
            "A unit as a decision: go out on a date this weekend? Three yes/no inputs, and weights that say how much "
            "each one matters to a person. The notes give the weights but no threshold; here the unit says yes "
            "when the weighted sum is above 5, so the input weighted 6 decides alone and the two inputs weighted "
            "2 together (4) are not enough. Tick the inputs and compare the two people."))
        self.boxes = [QCheckBox(self.tr("The weather is good (x₁)"), objectName="dateWeather"),
                      QCheckBox(self.tr("My partner is free (x₂)"), objectName="datePartner"),
                      QCheckBox(self.tr("The place is near home (x₃)"), objectName="dateNearby")]
        self.message = FieldMessage(self)
        self.threshold = NumberField(Range(-100.0, 100.0), self.tr("Threshold θ"), self, step=0.5,
                                     message=self.message)
        self.threshold.setObjectName("dateThreshold")
        self.threshold.setValue(DATE_THRESHOLD)
        grid = QGridLayout()
        for i, box in enumerate(self.boxes):
            box.toggled.connect(self._show)
            grid.addWidget(box, i, 0, 1, 2)
        label = QLabel(self.tr("Threshold θ (yes when the sum > θ)"))
        label.setBuddy(self.threshold)
        grid.addWidget(label, 3, 0)
        grid.addWidget(self.threshold, 3, 1)
        grid.addWidget(self.message, 4, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.threshold.valueChanged.connect(lambda _v: self._show())
        self.results = {key: QLabel(objectName=f"date{key.capitalize()}Result") for key in DATE_WEIGHTS}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        for label in self.results.values():
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        self.quiz = QuizBox("dateQuiz", self)
        #: whom the question is about: the second person first, the other one after each click of the button
        self.quiz_person = "nearby"
        self.ask_button = QPushButton(objectName="dateQuizAsk")
        self.ask_button.clicked.connect(self.ask_about_the_other)
        layout.addWidget(self.quiz)
        layout.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._show()

    def ask(self) -> None:
        """The weighted sum of the person the quiz is about (``quiz_person``) for the inputs ticked now."""
        theta = float(self.threshold.value() if self.threshold.value() is not None else DATE_THRESHOLD)
        self.quiz.ask(date_question(self.inputs(), DATE_WEIGHTS[self.quiz_person], theta))
        # the button offers the other person (it read "the second person" while the question already was)
        self.ask_button.setText(self.tr("Ask me about the first person") if self.quiz_person == "nearby"
                                else self.tr("Ask me about the second person"))

    def ask_about_the_other(self) -> None:
        self.quiz_person = "weather" if self.quiz_person == "nearby" else "nearby"
        self.ask()

    def inputs(self) -> tuple[int, int, int]:
        a, b, c = (int(box.isChecked()) for box in self.boxes)
        return a, b, c

    def _show(self) -> None:
        x = self.inputs()
        theta = float(self.threshold.value() if self.threshold.value() is not None else DATE_THRESHOLD)
        who = {"weather": self.tr("Someone for whom the weather matters most, weights (6, 2, 2)"),
               "nearby": self.tr("Someone for whom a nearby place matters most, weights (2, 2, 6)")}
        for key, weights in DATE_WEIGHTS.items():
            total, go = date_decision(x, weights, theta)
            sum_text = " + ".join(f"{num(w)}·{v}" for w, v in zip(weights, x, strict=True))
            verdict = self.tr("goes out") if go else self.tr("stays home")
            colour = POSITIVE if go else NEGATIVE
            self.results[key].setText(f"{who[key]}:<br>{sum_text} = {num(total)} {'>' if go else '≤'} {num(theta)} → "
                                      f"<b style='color:{colour}'>{verdict}</b>")
        self.ask()   # the question is about the inputs ticked now, like the unit page's
