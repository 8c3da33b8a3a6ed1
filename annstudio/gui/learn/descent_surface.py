"""The descent lab's "Surface" page: a loss surface of two parameters, the path of one optimizer drawn step
by step, the one-parameter slice, the learning rate (typed or on a slider) and what the path shows."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...learn.descent import RACE, Descent, Surface, step_question
from ...spec.ranges import Range
from ..fields import LEARNING_RATE_LADDER
from ..i18n import render
from ..side_by_side import SideBySide
from .descent_plots import PATH_COLOUR, SurfacePlot, named, number_field, styled_plot
from .quiz_box import QuizBox

LR_RANGE = Range(0.0, 10.0, low_open=True)
STEPS_RANGE = Range(1, 1000, integer=True)
SLIDER_DECADES = (-4, 1)      # the slider spans 1e-4 .. 10, ten positions per decade
SIDE_WIDTH = 260              # the controls' column beside the map (a 1366-pixel screen's lab is ~560 wide)
MAP_ASPECT = 0.8              # the map's height : width (a tall strip distorts the contours)
CURVE_HEIGHT = 200


def slider_position(lr: float) -> int:
    return round((math.log10(lr) - SLIDER_DECADES[0]) * 10)


def slider_rate(position: int) -> float:
    return float(f"{10 ** (SLIDER_DECADES[0] + position / 10):.2g}")


class SurfacePage(QWidget):
    """Needs ``lab.surface()`` (the current ``Surface``); ``reload(surface)`` when it changes."""

    sigPathChanged = Signal()

    def __init__(self, lab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab = lab
        self.walk: Descent | None = None
        self._asked: int | None = None   # the step of ``walk`` the quiz asks from (``_ask``); None: a new walk

        # ------------------------------------------------------------ controls
        self.learning_rate = number_field("descentLearningRate", LR_RANGE, lambda: self.tr("Learning rate"), 0.1,
                                          self, ladder=LEARNING_RATE_LADDER, fits="0.00003")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("descentLearningRateSlider")
        self.slider.setRange(0, (SLIDER_DECADES[1] - SLIDER_DECADES[0]) * 10)
        self.slider.setValue(slider_position(0.1))
        self.slider.setToolTip(self.tr("Learning rate from 0.0001 to 10 (log scale)"))
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("descentOptimizer")
        for kind in RACE:
            self.optimizer.addItem(self._optimizer_name(kind), kind)
        self.steps = number_field("descentSteps", STEPS_RANGE, lambda: self.tr("Steps per run"), 50, self)
        self.step_button = QPushButton(self.tr("&Step"))
        self.step_button.setObjectName("descentStep")
        self.step_button.setToolTip(self.tr("One update: parameters ← parameters − learning rate × gradient"))
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setObjectName("descentRun")
        self.reset_button = QPushButton(self.tr("Rese&t"))
        self.reset_button.setObjectName("descentReset")
        self.status = QLabel()
        self.status.setObjectName("descentStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position = QLabel()
        self.position.setObjectName("descentPosition")
        self.position.setWordWrap(True)
        self.quiz = QuizBox("descentQuiz")

        lr_label = QLabel(self.tr("Learning r&ate η"))
        lr_label.setBuddy(self.learning_rate)
        opt_label = QLabel(self.tr("&Optimizer"))
        opt_label.setBuddy(self.optimizer)
        steps_label = QLabel(self.tr("Steps per run"))
        steps_label.setBuddy(self.steps)
        form = QGridLayout()
        form.addWidget(lr_label, 0, 0)
        form.addWidget(self.learning_rate, 0, 1)
        form.addWidget(self.slider, 1, 0, 1, 2)
        form.addWidget(self.learning_rate.message, 2, 0, 1, 2)
        form.addWidget(opt_label, 3, 0)
        form.addWidget(self.optimizer, 3, 1)
        form.addWidget(steps_label, 4, 0)
        form.addWidget(self.steps, 4, 1)
        form.addWidget(self.steps.message, 5, 0, 1, 2)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        hint = QLabel(self.tr("Click the map to start somewhere else. Too small a rate crawls; too large a rate "
                              "jumps across the valley or flies off."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addWidget(self.position)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMaximumWidth(SIDE_WIDTH)   # the map takes the rest; the texts wrap

        # ------------------------------------------------------------ plots
        self.map = SurfacePlot("descentSurfacePlot", aspect=MAP_ASPECT)
        self.path_item = named(pg.PlotDataItem(pen=pg.mkPen(PATH_COLOUR, width=2), symbol="o", symbolSize=6,
                                               symbolBrush=PATH_COLOUR, symbolPen=pg.mkPen("#222", width=0.8)),
                               "descentPath")
        self.start_item = named(pg.ScatterPlotItem(size=12, symbol="s", brush=pg.mkBrush("#ffffff"),
                                                   pen=pg.mkPen(PATH_COLOUR, width=2)), "descentStart")
        self.map.addItem(self.path_item)
        self.map.addItem(self.start_item)
        self.curve_plot = styled_plot("descentCurve", left=self.tr("loss"))
        self.curve_item = named(self.curve_plot.plot(pen=pg.mkPen("#222", width=2)), "descentCurveLine")
        self.curve_point = named(pg.ScatterPlotItem(size=10, brush=pg.mkBrush(PATH_COLOUR), pen=pg.mkPen("#222")),
                                 "descentCurvePoint")
        self.curve_plot.addItem(self.curve_point)
        self.curve_axis = QComboBox()
        self.curve_axis.setObjectName("descentCurveAxis")
        self.curve_note = QLabel()
        self.curve_note.setWordWrap(True)
        self.curve_note.setStyleSheet("color: #555;")
        curve_box = QWidget()
        curve_layout = QVBoxLayout(curve_box)
        curve_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        slice_label = QLabel(self.tr("Sl&ice along"))
        slice_label.setBuddy(self.curve_axis)
        row.addWidget(slice_label)
        row.addWidget(self.curve_axis, 1)
        curve_layout.addLayout(row)
        curve_layout.addWidget(self.curve_plot, 1)
        curve_layout.addWidget(self.curve_note)
        self.curve_plot.setFixedHeight(CURVE_HEIGHT)
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(hint)
        texts_layout.addWidget(self.quiz)
        texts_layout.addStretch(1)

        # the controls and the map they drive side by side at the top (the map under the controls in a narrow
        # dock), the map as tall as its width allows and no taller; the slice, the hint and the quiz below
        top = SideBySide(objectName="descentSurfaceTop")
        top.add(side_box, 0)
        top.add(self.map, 1)
        below = SideBySide(objectName="descentSurfaceBelow")
        below.add(curve_box, 1)
        below.add(texts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(below)
        layout.addStretch(1)
        self.setTabOrder(self.learning_rate, self.slider)
        self.setTabOrder(self.slider, self.optimizer)
        self.setTabOrder(self.optimizer, self.steps)
        self.setTabOrder(self.steps, self.step_button)
        self.setTabOrder(self.step_button, self.run_button)
        self.setTabOrder(self.run_button, self.reset_button)

        self.learning_rate.valueChanged.connect(self._rate_typed)
        self.slider.valueChanged.connect(self._rate_slid)
        self.optimizer.currentIndexChanged.connect(lambda _: self.reset())
        self.step_button.clicked.connect(lambda: self.step())
        self.run_button.clicked.connect(lambda: self.run())
        self.reset_button.clicked.connect(lambda: self.reset())
        self.curve_axis.currentIndexChanged.connect(lambda _: self._draw_curve())
        self.map.sigClicked.connect(self._start_at)

    def _optimizer_name(self, kind: str) -> str:
        return {"SGD": self.tr("SGD"), "Momentum": self.tr("Momentum"), "Nesterov": self.tr("Nesterov"),
                "RMSprop": self.tr("RMSprop"), "Adam": self.tr("Adam")}[kind]

    # ------------------------------------------------------------------ state
    def rate(self) -> float:
        return float(self.learning_rate.value() or 0.1)

    def reload(self, surface: Surface) -> None:
        """A new surface: draw it and start a new walk from its start point."""
        xs, ys, values = surface.grid(41)
        self.map.set_surface(xs, ys, values)
        item = self.map.getPlotItem()
        item.setLabel("bottom", surface.names[0])
        item.setLabel("left", surface.names[1])
        self.curve_axis.blockSignals(True)
        index = self.curve_axis.currentIndex()
        self.curve_axis.clear()
        self.curve_axis.addItems(list(surface.names))
        self.curve_axis.setCurrentIndex(max(0, index))
        self.curve_axis.blockSignals(False)
        self.reset(start=surface.start)

    def reset(self, start=None) -> None:
        surface = self.lab.surface()
        if start is None:
            start = self.walk.start if self.walk is not None and self.walk.surface is surface else surface.start
        self.walk = Descent(surface, start, self.optimizer.currentData(), self.rate())
        self._asked = None
        self._draw()

    def step(self) -> None:
        if self._settled() and self.walk is not None:
            self.walk.step()
            self._draw()

    def run(self) -> None:
        if self._settled() and self.walk is not None:
            self.walk.run(int(self.steps.value() or 50))
            self._draw()

    def _settled(self) -> bool:
        return all(field.commit() for field in (self.learning_rate, self.steps))

    def _rate_typed(self, value) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(max(self.slider.minimum(), min(self.slider.maximum(), slider_position(float(value)))))
        self.slider.blockSignals(False)
        self.reset()

    def _rate_slid(self, position: int) -> None:
        self.learning_rate.setValue(slider_rate(position))   # resets through valueChanged

    def _start_at(self, x: float, y: float) -> None:
        self.reset(start=(x, y))

    # ------------------------------------------------------------------ drawing
    def _draw(self) -> None:
        walk = self.walk
        if walk is None:
            return
        path = walk.path()
        finite = np.all(np.isfinite(path), axis=1)
        shown = path[finite]
        self.path_item.setData(shown[:, 0], shown[:, 1])
        self.start_item.setData([path[0, 0]], [path[0, 1]])
        verdict = walk.verdict()
        self.status.setText(render(verdict.message))
        colour = {"diverged": "#c62828", "oscillating": "#9a5b00", "crawling": "#9a5b00", "settling": "#1b7a3a",
                  "converged": "#1b7a3a"}.get(verdict.kind, "#222")
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        p, loss, g = walk.points[-1], walk.losses[-1], walk.grads[-1]
        names = walk.surface.names
        self.position.setText(self.tr("step {0}: {1} = {2}, {3} = {4}\nloss {5}, gradient ({6}, {7})").format(
            walk.steps, names[0], _fmt(p[0]), names[1], _fmt(p[1]), _fmt(loss), _fmt(g[0]), _fmt(g[1])))
        self._draw_curve()
        self._ask()
        self.sigPathChanged.emit()

    def _draw_curve(self) -> None:
        walk = self.walk
        if walk is None:
            return
        axis = max(0, self.curve_axis.currentIndex())
        at = walk.points[-1] if np.all(np.isfinite(walk.points[-1])) else walk.points[0]
        xs, values = walk.surface.curve(axis, at, 201)
        self.curve_item.setData(xs, values)
        self.curve_point.setData([at[axis]], [walk.surface.loss(np.array(at))])
        names = walk.surface.names
        other = 1 - axis
        self.curve_plot.getPlotItem().setLabel("bottom", names[axis])
        self.curve_note.setText(self.tr("The loss along {0} with {1} held at {2}: the map cut in one line.").format(
            names[axis], names[other], _fmt(at[other])))

    def _ask(self) -> None:
        """Ask about the next step from where the walk is: the step just drawn would show its own answer."""
        walk = self.walk
        if walk is None:
            return
        if walk.steps == self._asked:
            return   # the same point (a step refused after diverging): keep the learner's answer
        self._asked = walk.steps
        question = None
        if not walk.diverged:
            question = step_question(walk.surface, tuple(walk.points[-1]), walk.learning_rate, moved=walk.steps > 0)
        if question is not None:
            self.quiz.ask(question)
        else:
            self.quiz.clear(self.tr("The walk has diverged at learning rate η = {0}: there is no next step to "
                                    "predict. Try a smaller rate, or press Reset.").format(_fmt(walk.learning_rate)))


def _fmt(value: float) -> str:
    return f"{value:.4g}"
