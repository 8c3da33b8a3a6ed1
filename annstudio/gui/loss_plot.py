"""``LossPlot``: training and validation loss per epoch, live while a run trains.

The curves are built once; each payload of events appends to growing NumPy buffers and calls
``setData`` once per curve (pyqtgraph's advice for live plots), so a redraw costs the same at epoch
10 and at epoch 10,000.
"""
from __future__ import annotations

from typing import Any, Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

TRAIN_COLOR = "#00695c"  # teal; blue and orange mean weight signs elsewhere in the app
VAL_COLOR = "#8e24aa"  # purple


class _Series:
    """x/y values in buffers that double when full, viewed without copying."""

    def __init__(self, capacity: int = 256) -> None:
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self.size = 0

    def append(self, x: float, y: float) -> None:
        if self.size == len(self._x):
            self._x = np.resize(self._x, 2 * self.size)
            self._y = np.resize(self._y, 2 * self.size)
        self._x[self.size] = x
        self._y[self.size] = y
        self.size += 1

    def clear(self) -> None:
        self.size = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.size]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.size]


class LossPlot(pg.PlotWidget):
    """Loss per epoch (x: epoch counted from 1, as Keras prints it). Feed it ``TrainingRunner.sigEvents``
    with :meth:`add_events`, or call :meth:`follow` to wire a runner (it also clears on reset)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.setBackground("w")
        self.setMinimumSize(240, 160)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", self.tr("epoch"))
        item.setLabel("left", self.tr("loss"))
        item.setDownsampling(mode="peak")
        item.setClipToView(True)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
            axis.enableAutoSIPrefix(False)  # "loss (x0.001)" with ticks at 700 would puzzle a learner
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor="#222")
        self._train = _Series()
        self._val = _Series()
        self.train_curve = item.plot(name=self.tr("training"), pen=pg.mkPen(TRAIN_COLOR, width=2))
        self.val_curve = item.plot(pen=pg.mkPen(VAL_COLOR, width=2, style=Qt.PenStyle.DashLine))
        self._val_in_legend = False  # listed only while there is a validation curve

    def follow(self, runner: Any) -> None:
        """Draw ``runner``'s runs: its payloads, and a blank plot when it is reset."""
        runner.sigEvents.connect(self.add_events)
        runner.sigStateChanged.connect(self._on_state)

    @Slot(object)
    def add_events(self, events: Iterable[dict]) -> None:
        """Take a payload of trainer events: a fresh ``train_begin`` clears, ``epoch_end`` adds points."""
        changed = False
        for event in events:
            kind = event["event"]
            if kind == "train_begin" and event.get("initial_epoch", 0) == 0:
                self._train.clear()
                self._val.clear()
                changed = True
            elif kind == "epoch_end":
                logs, x = event["logs"], event["epoch"] + 1
                if "loss" in logs:
                    self._train.append(x, logs["loss"])
                if "val_loss" in logs:
                    self._val.append(x, logs["val_loss"])
                changed = True
        if changed:
            self._redraw()

    def clear_curves(self) -> None:
        self._train.clear()
        self._val.clear()
        self._redraw()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state == "idle":
            self.clear_curves()

    def _redraw(self) -> None:
        # Losses are finite here: the trainer ends a run (and restores the weights) on a non-finite loss.
        self.train_curve.setData(self._train.x, self._train.y, skipFiniteCheck=True)
        self.val_curve.setData(self._val.x, self._val.y, skipFiniteCheck=True)
        has_val = self._val.size > 0
        if has_val != self._val_in_legend:
            if has_val:
                self.legend.addItem(self.val_curve, self.tr("validation"))
            else:
                self.legend.removeItem(self.val_curve)
            self._val_in_legend = has_val
