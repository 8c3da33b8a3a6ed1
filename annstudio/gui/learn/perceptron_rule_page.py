"""The perceptron lab's learning-rule page: η, the starting weights and the target gate; Next sample, Next
epoch, Run/Pause; each update written out; mistakes per epoch plotted; the convergence report.

The stepping is ``learn.perceptron_rule.RuleStepper``; this page shows what it did. Changing a setting
starts over from the starting weights. On XOR the run stops after the set number of epochs with the reason,
and a button leads to the two-layer page.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...learn.perceptron_lab import INPUTS, TARGETS, Unit, separable
from ...learn.perceptron_rule import CONVERGED, GAVE_UP, RuleStepper, update_question
from ...spec.ranges import Range
from ..colors import CLASS_COLORS, PROBLEM
from ..fields import FieldMessage, NumberField
from ..flow_layout import FlowLayout, labelled
from ..i18n import render
from .perceptron_plane import UnitPlane
from .quiz_box import QuizBox

TICK_MS = 300   # Run: one sample every 0.3 s


class RulePage(QWidget):
    sigShowTwoLayers = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target_box = QComboBox(objectName="perceptronRuleTarget")
        for gate in TARGETS:
            self.target_box.addItem(gate, gate)
        self.message = FieldMessage(self)
        self.eta = self._field("perceptronEta", Range(0.0, 10.0, low_open=True), self.tr("Learning rate η"), 1.0, 0.1)
        self.max_epochs = self._field("perceptronMaxEpochs", Range(1, 1000, integer=True), self.tr("Epochs at most"),
                                      20, 1)
        self.start = [self._field(f"perceptronStart{name}", Range(-10.0, 10.0), title, 0.0, 0.1)
                      for name, title in (("W1", self.tr("start w1")), ("W2", self.tr("start w2")),
                                          ("B", self.tr("start b")))]
        self.target_box.activated.connect(lambda _i: self.reset())
        settings = FlowLayout(spacing=10)   # each label over its field; the pairs wrap in a narrow dock
        for text, widget in ((self.tr("Target"), self.target_box), (self.tr("η"), self.eta),
                             (self.tr("epochs at most"), self.max_epochs),
                             ("w₁", self.start[0]), ("w₂", self.start[1]), ("b", self.start[2])):
            label = QLabel(text)
            label.setBuddy(widget)
            settings.addWidget(labelled(label, widget, above=True))
        self.next_sample = QPushButton(self.tr("Next sample"), objectName="perceptronNextSample")
        self.next_epoch = QPushButton(self.tr("Next epoch"), objectName="perceptronNextEpoch")
        self.run_button = QPushButton(self.tr("Run"), objectName="perceptronRun")
        self.run_button.setCheckable(True)
        self.reset_button = QPushButton(self.tr("Start over"), objectName="perceptronRuleReset")
        self.next_sample.clicked.connect(self.step_sample)
        self.next_epoch.clicked.connect(self.step_epoch)
        self.run_button.toggled.connect(self._on_run)
        self.reset_button.clicked.connect(self.start_over)
        self.next_sample.setShortcut(QKeySequence("Ctrl+Right"))   # no Alt mnemonics: the menu bar has them
        self.next_epoch.setShortcut(QKeySequence("Ctrl+Shift+Right"))
        self.next_sample.setToolTip(self.tr("One sample (Ctrl+Right)"))
        self.next_epoch.setToolTip(self.tr("The rest of this epoch (Ctrl+Shift+Right)"))
        buttons = QHBoxLayout()
        for b in (self.next_sample, self.next_epoch, self.run_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.plane = UnitPlane(self, max_height=320)
        self.plane.setObjectName("perceptronRulePlane")
        self.errors_plot = pg.PlotWidget(background="w")
        self.errors_plot.setObjectName("perceptronErrorsPlot")
        self.errors_plot.setMenuEnabled(False)
        self.errors_plot.setMouseEnabled(False, False)
        self.errors_plot.hideButtons()
        self.errors_plot.setLabel("bottom", self.tr("epoch"))
        self.errors_plot.setLabel("left", self.tr("mistakes"))
        self.errors_plot.setYRange(0, 4.2)
        self.errors_plot.setMinimumHeight(140)
        self.errors_plot.setMaximumHeight(320)
        self.errors_curve = pg.PlotDataItem(pen=pg.mkPen(CLASS_COLORS[1], width=2), symbol="o", symbolSize=7,
                                            symbolBrush=CLASS_COLORS[1])
        self.errors_plot.addItem(self.errors_curve)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.update_text = QLabel(objectName="perceptronUpdateText")
        self.update_text.setFont(mono)
        self.update_text.setWordWrap(True)
        self.update_text.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.report = QLabel(objectName="perceptronRuleReport")
        self.report.setWordWrap(True)
        self.two_layers_button = QPushButton(self.tr("Show the two-layer answer"), objectName="perceptronShowTwoLayers")
        self.two_layers_button.clicked.connect(self.sigShowTwoLayers)
        self.quiz = QuizBox("perceptronRuleQuiz", self)
        self.ask_button = QPushButton(self.tr("Ask me about the next step"), objectName="perceptronRuleAsk")
        self.ask_button.clicked.connect(self.ask)
        intro = QLabel(self.tr(
            "The rule visits the four inputs in turn. When the output ŷ is wrong it moves every weight by "
            "η(y − ŷ)x and the bias by η(y − ŷ), which turns the line towards the missed point; a right output "
            "changes nothing. An epoch with no mistakes means the line separates the targets: the rule stops."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(settings)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addWidget(self.plane, 1)
        middle.addWidget(self.errors_plot, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.update_text)
        layout.addWidget(self.report)
        layout.addWidget(self.two_layers_button, 0, Qt.AlignmentFlag.AlignLeft)
        quiz_row = QHBoxLayout()
        quiz_row.addWidget(self.quiz, 1)
        quiz_row.addWidget(self.ask_button)
        layout.addLayout(quiz_row)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.stepper: RuleStepper
        self.reset()

    def _field(self, name: str, valid: Range, title: str, value: float, step: float) -> NumberField:
        field = NumberField(valid, title, self, step=step, message=self.message, fits="-10.05")
        field.setObjectName(name)
        field.setValue(value)
        field.valueChanged.connect(lambda _v: self.reset())
        return field

    # ------------------------------------------------------------------ stepping
    def start_over(self) -> None:
        """The Start over button: from the starting weights, and what was said about a value typed and not
        applied goes (it stayed under the fields, about a run that had started again with the value shown)."""
        for field in (*self.start, self.eta, self.max_epochs):
            field.forget_message()
        self.reset()

    def reset(self) -> None:
        """Start over from the starting weights with the settings shown."""
        self.run_button.setChecked(False)
        gate = self.target_box.currentData()
        start = [float(f.value() or 0.0) for f in self.start]
        self.stepper = RuleStepper(INPUTS, TARGETS[gate], eta=float(self.eta.value() or 1.0), start=start,
                                   max_epochs=int(self.max_epochs.value() or 20), separable=separable(TARGETS[gate]))
        self.update_text.setText(self.tr("No step yet. Press Next sample."))
        self._show()

    def step_sample(self) -> None:
        update = self.stepper.next_sample()
        if update is not None:
            self.update_text.setText("\n".join(render(line) for line in update.lines()))
        self._show()

    def step_epoch(self) -> None:
        updates = self.stepper.next_epoch()
        if updates:
            changed = [u for u in updates if u.changed]
            last = changed[-1] if changed else updates[-1]
            lines = [render(line) for line in last.lines()]
            head = self.tr("{0} samples, {1} of them changed the weights; the last:").format(len(updates), len(changed))
            self.update_text.setText(head + "\n" + "\n".join(lines))
        self._show()

    def _on_run(self, on: bool) -> None:
        self.run_button.setText(self.tr("Pause") if on else self.tr("Run"))
        if on and not self.stepper.done:
            self.timer.start()
        else:
            self.timer.stop()
            if on:
                self.run_button.setChecked(False)

    def _tick(self) -> None:
        self.step_sample()
        if self.stepper.done:
            self.run_button.setChecked(False)

    def ask(self) -> None:
        question = update_question(self.stepper)
        if question is not None:
            self.quiz.ask(question)
        else:   # the rule has stopped: its empty quiz had live Check and Show buttons that did nothing
            self.quiz.clear(self.tr("The rule has stopped: there is no next step to predict. Press Start over to begin again."))

    # ------------------------------------------------------------------ showing
    def _show(self) -> None:
        s = self.stepper
        w1, w2, b = s.params
        unit = Unit(w1, w2, b)
        out = unit.output()
        targets = [int(t) for t in s.y]
        self.plane.set_points(INPUTS, targets, [int(o) == t for o, t in zip(out, targets, strict=True)])
        self.plane.set_line(*unit.line(self.plane.low, self.plane.high))
        self.plane.set_region(lambda a, c: w1 * a + w2 * c + b >= 0)
        errors = s.errors_per_epoch
        self.errors_curve.setData(np.arange(1, len(errors) + 1, dtype=float), np.asarray(errors, dtype=float))
        self.errors_plot.setXRange(0.5, max(len(errors), 5) + 0.5, padding=0)
        self.report.setText(render(s.report()))
        self.report.setStyleSheet(f"color: {PROBLEM};" if s.status == GAVE_UP else
                                  "color: #1b7a3a;" if s.status == CONVERGED else "")
        self.two_layers_button.setVisible(s.status == GAVE_UP and s.separable is False)
        for button in (self.next_sample, self.next_epoch, self.ask_button):
            button.setEnabled(not s.done)
        if s.done and not self.quiz.is_revealed:   # a question about a step that will not come
            self.quiz.clear(self.tr("The rule has stopped: there is no next step to predict. Press Start over to begin again."))
        self.run_button.setEnabled(not s.done)

    def hideEvent(self, event) -> None:
        self.run_button.setChecked(False)   # no stepping out of sight
        super().hideEvent(event)
