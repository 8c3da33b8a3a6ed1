"""``ExplainStepView``: one training step of the real model, written out (objectName ``explainStep``).

For a chosen training sample: every layer's z and a = f(z), the loss E, every layer's δ = ∂E/∂z, the
gradient of a chosen weight ∂E/∂Wᵢⱼ = aᵢ·δⱼ and the optimizer's update of that weight with its state,
all with the numbers of the model being trained (``engine.explain``, either backend). Works before the
first batch (the seeded model), while paused and after a run; while a batch runs it says to pause. After
Step (a paused run moved on) it shows the new step.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.explain import StepExplanation, explain_problem, explain_step, fmt
from ...spec.ranges import Range
from ..colors import PROBLEM_STYLE
from ..fields import FieldMessage, NumberField
from ..i18n import render, render_error
from ..run.state import RunState


def _vector(values: Any, limit: int = 8) -> str:
    flat = np.asarray(values).reshape(-1)
    shown = ", ".join(fmt(v) for v in flat[:limit])
    return f"[{shown}{', …' if flat.size > limit else ''}]"


class ChooserField(NumberField):
    """A choice of what to look at, not a training setting: a refused number is put back at once (its
    message stays), so it never stops Play or Step (``fields.settle_fields``)."""

    def commit(self) -> bool:
        if not super().commit():
            self.revert()
        return True


class ExplainStepView(QWidget):
    """Built with the main window (its ``runner``); see the module docstring."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainStep")
        self.window_ = window
        self.runner = window.runner
        self.explanation: StepExplanation | None = None
        self._dirty = True

        self.status = QLabel(self)
        self.status.setObjectName("explainStatus")
        self.status.setWordWrap(True)
        message = FieldMessage(self)
        self.sample = ChooserField(Range(0, 0, integer=True), lambda: self.tr("Sample"), self, message=message)
        self.sample.setObjectName("explainSample")
        self.sample.setValue(0)
        self.layer = QComboBox(self)
        self.layer.setObjectName("explainLayer")
        self.weight_i = ChooserField(Range(0, 0, integer=True), lambda: self.tr("Input i"), self, message=message)
        self.weight_i.setObjectName("explainWeightI")
        self.weight_i.setValue(0)
        self.weight_j = ChooserField(Range(0, 0, integer=True), lambda: self.tr("Unit j"), self, message=message)
        self.weight_j.setObjectName("explainWeightJ")
        self.weight_j.setValue(0)
        self.sample_label, self.weight_label = QLabel(self), QLabel(self)
        self.sample_label.setBuddy(self.sample)
        self.weight_label.setBuddy(self.layer)
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.layer, 1)
        self.i_label, self.j_label = QLabel(self), QLabel(self)
        for label, field in ((self.i_label, self.weight_i), (self.j_label, self.weight_j)):
            label.setBuddy(field)
            weight_row.addWidget(label)
            weight_row.addWidget(field)
        form = QFormLayout()
        form.addRow(self.sample_label, self.sample)
        form.addRow(self.weight_label, weight_row)

        self.input = QLabel(self)
        self.input.setObjectName("explainInput")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("explainTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.loss = QLabel(self)
        self.loss.setObjectName("explainLoss")
        self.gradient = QLabel(self)
        self.gradient.setObjectName("explainGradient")
        self.update_text = QLabel(self)
        self.update_text.setObjectName("explainUpdate")
        self.notation = QLabel(self)
        self.notation.setObjectName("explainNotation")
        for label in (self.input, self.loss, self.gradient, self.update_text, self.notation):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addWidget(self.notation)
        layout.addWidget(self.input)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.loss)
        layout.addWidget(self.gradient)
        layout.addWidget(self.update_text)
        self.setTabOrder(self.sample, self.layer)
        self.setTabOrder(self.layer, self.weight_i)
        self.setTabOrder(self.weight_i, self.weight_j)

        self.sample.valueChanged.connect(lambda _v: self.refresh())
        self.layer.currentIndexChanged.connect(self._on_layer_chosen)
        self.weight_i.valueChanged.connect(lambda _v: self.refresh())
        self.weight_j.valueChanged.connect(lambda _v: self.refresh())
        self.runner.sigStateChanged.connect(lambda _s: self.refresh_later())
        self.runner.sigEvents.connect(self._on_events)
        self.runner.sigModelReady.connect(lambda _r: self.refresh_later())
        self.runner.sigModelRefused.connect(lambda _r: self.refresh_later())
        document = getattr(window, "document", None)
        if document is not None:  # an edited model: the old one may be gone (or a new one on its way)
            document.sigSpecChanged.connect(lambda *_args: self.refresh_later())
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.sample_label.setText(self.tr("&Sample (training set index):"))
        self.weight_label.setText(self.tr("&Weight W[i, j] of layer:"))
        self.i_label.setText(self.tr("&i"))
        self.j_label.setText(self.tr("&j"))
        self.layer.setToolTip(self.tr("The layer whose weight's update is written out"))
        self.notation.setText(self.tr(
            "Forward: z = a_prev·W + b, a = f(z), then the loss E. Backward: δ = ∂E/∂z, from the last layer "
            "down; ∂E/∂W[i, j] = a_prev[i]·δ[j]. Then the optimizer moves each weight against its gradient."))
        self.table.setHorizontalHeaderLabels([self.tr("layer"), self.tr("unit j"), "z[j]", "a[j] = f(z[j])",
                                              "δ[j] = ∂E/∂z[j]"])
        self._show()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()

    # ------------------------------------------------------------------ when to compute
    def _on_events(self, events: list) -> None:
        if any(e["event"] in ("paused", "finished", "stopped", "error") for e in events):
            self.refresh_later()

    def refresh_later(self) -> None:
        """Compute again now when shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_layer_chosen(self, _index: int) -> None:
        self._set_weight_ranges()
        self.refresh()

    def _run(self) -> Any:
        return self.runner.idle_run()

    def _layer_shapes(self, spec: Any) -> dict[str, tuple[int, int]]:
        shapes: dict[str, tuple[int, int]] = {}
        width = int(np.prod(spec.input_shape))
        for layer in spec.layers[1:]:
            if layer.kind != "Dense":  # a Flatten first: the inputs as one vector
                continue
            units = int(layer.config["units"])
            shapes[layer.name] = (width, units)
            width = units
        return shapes

    def _set_weight_ranges(self) -> None:
        shape = self._shapes.get(self.layer.currentText()) if hasattr(self, "_shapes") else None
        if shape is None:
            return
        for field, size in ((self.weight_i, shape[0]), (self.weight_j, shape[1])):
            field.valid = Range(0, size - 1, integer=True)
            value = field.value()
            if value is None or value > size - 1:
                field.blockSignals(True)
                field.setValue(0)
                field.blockSignals(False)

    def refresh(self) -> None:
        """Explain the step on the model as it is now (or say why not)."""
        self._dirty = False
        self.explanation = None
        reason = None
        run = None
        if self.runner.state == RunState.RUNNING:
            reason = self.tr("Training is running. Pause it (or press Step) to explain one step.")
        else:
            run = self._run()
            if run is None:
                problem = self.runner.model_problem
                reason = (self.tr("No model to explain: {0}").format(problem) if problem
                          else self.tr("No model yet: build a valid model and choose its data."))
            else:
                problem = explain_problem(run.model.spec)
                if problem is not None:
                    reason = render(problem)
        for widget in (self.sample, self.layer, self.weight_i, self.weight_j):
            widget.setEnabled(reason is None)
        if reason is not None:
            self.status.setStyleSheet(PROBLEM_STYLE)
            self.status.setText(reason)
            self._show()
            return
        assert run is not None
        self.status.setStyleSheet("")
        spec = run.model.spec
        self._shapes = self._layer_shapes(spec)
        names = list(self._shapes)
        if [self.layer.itemText(k) for k in range(self.layer.count())] != names:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(names)
            self.layer.setCurrentIndex(len(names) - 1)
            self.layer.blockSignals(False)
        self._set_weight_ranges()
        n = len(run.trainer.x)
        self.sample.valid = Range(0, n - 1, integer=True)
        sample = self.sample.value()
        if sample is None or sample > n - 1:
            self.sample.blockSignals(True)
            self.sample.setValue(0)
            self.sample.blockSignals(False)
        self.runner.wait_for_probes()  # a probe job may be reading the model
        try:
            self.explanation = explain_step(run.model, run.trainer.x, run.trainer.y, int(self.sample.value() or 0),
                                            (self.layer.currentText(), int(self.weight_i.value() or 0),
                                             int(self.weight_j.value() or 0)))
        except Exception as exc:  # noqa: BLE001 - say it where the explanation would be
            self.explanation = None
            self.status.setStyleSheet(PROBLEM_STYLE)
            self.status.setText(render_error(exc))
            self._show()
            return
        where = {RunState.IDLE: (self.tr("the model's weights as they are (imported, loaded from a run or typed in)")
                                 if self.runner.has_custom_weights else self.tr("the model before training")),
                 RunState.PAUSED: self.tr("the paused model: the next batch would start from these weights")}
        self.status.setText(self.tr("One step on one sample, with {0}.").format(
            where.get(self.runner.state, self.tr("the trained model"))))
        self._show()

    # ------------------------------------------------------------------ showing
    def _show(self) -> None:
        ex = self.explanation
        if ex is None:
            self.table.setRowCount(0)
            for label in (self.input, self.loss, self.gradient, self.update_text):
                label.clear()
            return
        self.input.setText(self.tr("Input x = {0}, target t = {1}").format(_vector(ex.x), _vector(ex.target)))
        rows = [(step, j) for step in ex.layers for j in range(len(step.z))]
        self.table.setRowCount(len(rows))
        for r, (step, j) in enumerate(rows):
            cells = [f"{step.name} ({step.activation})" if j == 0 else "", str(j), fmt(step.z[j]), fmt(step.a[j]),
                     fmt(step.delta[j])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        chosen = next(r for r, (s, j) in enumerate(rows) if s.name == ex.weight[0] and j == ex.weight[2])
        self.table.selectRow(chosen)  # δ[j] of the chosen weight
        self.loss.setText(self.tr("Loss E = {0} (output a = {1})").format(fmt(ex.loss), _vector(ex.output)))
        name, i, j = ex.weight
        step = next(s for s in ex.layers if s.name == name)
        self.gradient.setText(
            f"∂E/∂W[{i}, {j}] ({name}) = a_prev[{i}]·δ[{j}] = {fmt(step.a_in[i])} × {fmt(step.delta[j])} "
            f"= {fmt(step.grad_kernel[i, j])}")
        u = ex.update
        head = self.tr("{0} update of this weight (step {1}):").format(u.optimizer, u.step)
        self.update_text.setText(head + "\n" + "\n".join(u.lines))

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
