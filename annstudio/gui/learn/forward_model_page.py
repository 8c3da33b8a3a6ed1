""""This model, this sample": the forward pass of the main window's model for one sample of its data.

The model is the runner's (``TrainingRunner.last_model``: built from the project before training, or
paused, or trained), on whichever backend; the sample is row ``forwardModelSample`` of the training data
the dataset panel loaded. ``forwardModelTable`` has a row per layer: its name and kind, the shapes, A
(Dense: X·W + B, condensed when wide; other kinds: what they did) and its output Z. ``forwardModelCheck``
compares the last layer's output with the backend's own ``predict`` for that sample. The page follows the
model: after it is built (``sigModelReady``), after a run pauses or ends, after a weight is typed in the
network diagram; while a batch runs it says so.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...learn.forward_model import condensed, trace_model
from ..class_names import display_class_name
from ..colors import PROBLEM_STYLE
from ..i18n import render, render_error

COLUMNS = 5   # layer, shapes, A, f, Z


class ModelPage(QWidget):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self._dirty = True
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The model of the main window, with its weights as they are now (before training, paused or "
            "trained), applied to one sample of its training data. Each Dense layer computes A = X·W + B "
            "and Z = f(A); vectors of more than 10 values show their first 8. Hover over A for its first "
            "sum written out."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("Sample:"))
        self.sample = QSpinBox()
        self.sample.setObjectName("forwardModelSample")
        label.setBuddy(self.sample)
        self.sample.valueChanged.connect(lambda _v: self.refresh())
        self.target = QLabel()
        self.target.setObjectName("forwardModelTarget")
        row.addWidget(label)
        row.addWidget(self.sample)
        row.addWidget(self.target, 1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("forwardModelStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("forwardModelTable")
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Shapes"), self.tr("A = X·W + B"),
                                              self.tr("f"), self.tr("Z (output)")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.check = QLabel()
        self.check.setObjectName("forwardModelCheck")
        self.check.setWordWrap(True)
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.check)
        runner = window.runner
        runner.sigModelReady.connect(self.model_changed)
        runner.sigModelRefused.connect(self.model_changed)
        runner.sigStateChanged.connect(self.model_changed)
        runner.sigFinished.connect(self.model_changed)
        edited = getattr(getattr(window, "network_view", None), "sigWeightsEdited", None)
        if edited is not None:
            edited.connect(self.model_changed)
        panel = getattr(window, "dataset_panel", None)
        if panel is not None:
            panel.sigDatasetLoaded.connect(self.model_changed)

    # ------------------------------------------------------------------ following the model
    def model_changed(self, *_args) -> None:
        """The model or its weights may have changed: trace again now if the page is shown, else later."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _dataset(self, model):
        panel = getattr(self.window_, "dataset_panel", None)
        dataset = getattr(panel, "dataset", None)
        if dataset is None or tuple(dataset.x_train.shape[1:]) != tuple(model.spec.input_shape):
            return None
        return dataset

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")

    def refresh(self) -> None:
        self._dirty = False
        runner = self.window_.runner
        model = runner.last_model
        if model is None:
            self.table.setRowCount(0)
            self.check.clear()
            self.target.clear()
            if runner.is_active:
                self._say(self.tr("The model is training: pause the run or let it finish to trace it."))
            elif runner.model_problem:
                self._say(self.tr("No model to trace: {0}").format(runner.model_problem), True)
            else:
                self._say(self.tr("No model yet: it appears here once the project's model and data fit "
                                  "together and the model is built."))
            return
        dataset = self._dataset(model)
        if dataset is None:
            self.table.setRowCount(0)
            self._say(self.tr("The data loaded in the Data tab does not fit this model's input."), True)
            return
        n = len(dataset.x_train)
        self.sample.blockSignals(True)
        self.sample.setRange(0, n - 1)
        self.sample.blockSignals(False)
        self.sample.setSuffix(self.tr(" of {0}").format(n))
        i = self.sample.value()
        x = dataset.x_train[i]
        self.target.setText(self.tr("target: {0}").format(self._target_text(dataset, i)))
        try:
            traced = trace_model(model, x)
            predicted = np.asarray(model.predict(x[None]), dtype=np.float64)[0]
        except Exception as exc:  # noqa: BLE001 - a model this page cannot trace: say why
            self.table.setRowCount(0)
            self._say(render_error(exc), True)
            return
        epochs = len(runner.history.get("loss", []))
        if epochs:
            said = self.tr("{0} layers, trained for {1} epochs.").format(len(traced), epochs)
        elif runner.has_custom_weights:
            said = self.tr("{0} layers, with the weights it was given (imported, loaded from a run or typed "
                           "in).").format(len(traced))
        else:
            said = self.tr("{0} layers, before training (the initial weights).").format(len(traced))
        self._say(said)
        self._fill(traced)
        same = np.allclose(traced[-1].output, predicted, rtol=1e-4, atol=1e-5)
        text = self.tr("predict() for this sample: {0}").format(condensed(predicted))
        self.check.setText(text + " — " + (self.tr("the same as the last row ✓") if same else
                                           self.tr("differs from the trace ✗")))
        self.check.setStyleSheet("" if same else PROBLEM_STYLE)

    def _target_text(self, dataset, i: int) -> str:
        y = dataset.y_train[i]
        if dataset.task != "regression" and dataset.class_names:
            label = int(np.asarray(y).reshape(-1)[0])
            names = dataset.class_names
            name = display_class_name(names[label]) if 0 <= label < len(names) else str(label)   # "class 0": "클래스 0"
            return str(label) if name == str(label) else f"{label} ({name})"
        return condensed(np.asarray(y, dtype=np.float64))

    def _fill(self, traced) -> None:
        table = self.table
        table.setRowCount(len(traced))
        for r, t in enumerate(traced):
            note = render(t.note) if t.note else ""
            a_text = condensed(t.pre) if t.pre is not None else note
            cells = (f"{t.name} ({t.kind})", t.shapes, a_text, t.activation or "", condensed(t.output))
            for c, text in enumerate(cells):
                item = table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(r, c, item)
                item.setText(text)
                item.setToolTip("")
            a_item = table.item(r, 2)
            if a_item is not None:
                a_item.setToolTip(f"A[0] = {t.working}" if t.working else note)
