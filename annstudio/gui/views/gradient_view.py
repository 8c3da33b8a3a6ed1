"""``GradientView``: how big each layer's gradient is, epoch after epoch (objectName ``gradientView``).

One line per layer with weights: the mean |∂E/∂W| of its kernel on a fixed sample of the training set
(``engine.probes.gradients.GradientSizeProbe``, computed in the training worker), on a log scale, against
the epochs trained (a measurement between two epoch ends sits between them; 0: the model before
training). Beside it, a
short note on vanishing gradients: a deep sigmoid stack's first layers get a tiny share of the gradient,
a ReLU stack's do not. Only measured while the view is on screen (it is opened from the Learn menu).
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...engine.probes.gradients import GradientSizeProbe
from ..colors import CLASS_COLORS
from .live import LiveView


class GradientView(LiveView, QWidget):
    live_keys = ("gradients",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientView")
        self.probe = GradientSizeProbe(max_rate=4.0, budget=0.05, epoch_budget=0.1)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("gradientPlot")
        self.plot.setMinimumHeight(180)
        item = self.plot.getPlotItem()
        item.setLogMode(x=False, y=True)
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setMenuEnabled(False)
        item.getAxis("left").enableAutoSIPrefix(False)  # a "(x0.001)" beside a log axis only confuses
        item.getAxis("bottom").enableAutoSIPrefix(False)  # nor does one beside epochs
        self._first_epoch_range = False
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 200))
        self.ratio = QLabel(self)
        self.ratio.setObjectName("gradientRatio")
        self.ratio.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("gradientNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.ratio)
        layout.addWidget(self.note)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self._layers: list[str] = []
        self._steps_per_epoch = 0.0
        self._x: list[float] = []
        self._y: list[np.ndarray] = []
        self.retranslate()

    def retranslate(self) -> None:
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("epoch"))
        item.setLabel("left", self.tr("mean |∂E/∂W| (log scale)"))
        self.note.setText(self.tr(
            "<b>Vanishing gradients.</b> Backpropagation multiplies by each layer's f′(z) on its way down. "
            "sigmoid's slope is at most 0.25 and near 0 where it saturates, so in a deep sigmoid stack the "
            "first layers get a tiny gradient and hardly learn: their lines sit far below the last layer's. "
            "ReLU's slope is 1 wherever a unit is active, and the lines stay close together. Try a stack of "
            "six sigmoid layers, then the same with relu."))
        self._show_ratio()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self.retranslate()

    # ------------------------------------------------------------------ LiveView
    def live_probes(self) -> list:
        return [self.probe]

    def on_run_events(self, events: list) -> None:
        changed = False
        for event in events:
            kind = event["event"]
            if kind == "epoch_end":
                # steps per epoch, to place measurements between epoch ends
                self._steps_per_epoch = max(int(event["step"]), 1) / (int(event["epoch"]) + 1)
            elif kind == "probe":
                result = (event.get("results") or {}).get("gradients")
                step = int(event.get("step") or 0)
                if result is not None and step and not self._steps_per_epoch:
                    self._steps_per_epoch = self._idle_steps_per_epoch()   # opened after the run trained
                if result is not None and (step == 0 or self._steps_per_epoch):
                    epoch = step / self._steps_per_epoch if step else 0.0
                    changed = self.record(result, epoch) or changed
        if changed:
            self.request_frame()

    def _idle_steps_per_epoch(self) -> float:
        """Steps per epoch of the run that rests (paused or ended), for a view opened after it trained: it
        saw none of its epoch ends, yet its first look (at the trained model) needs a place on the axis."""
        idle_run = getattr(self.runner, "idle_run", None)
        built = idle_run() if idle_run is not None else None
        return float(built.trainer.steps_per_epoch) if built is not None else 0.0

    def clear_live(self) -> None:
        self._steps_per_epoch = 0.0
        self._x, self._y = [], []
        self.draw_frame()

    # ------------------------------------------------------------------ data
    def record(self, result: dict, epoch: float) -> bool:
        """Keep a probe result as the point at ``epoch`` (epochs trained, fractional between epoch ends).
        True when kept (a second look at the same moment is not)."""
        layers = list(result["layers"])
        if layers != self._layers:
            self._set_layers(layers)
        if self._x and epoch <= self._x[-1]:
            if epoch < self._x[-1]:  # a new run from the start (reset missed): begin again
                self._x, self._y = [], []
            else:
                return False
        self._x.append(float(epoch))
        self._y.append(np.asarray(result["sizes"], dtype=np.float64))
        return True

    def _set_layers(self, layers: list[str]) -> None:
        """A new model structure: one line per layer (built here, then only ``setData``)."""
        for line in self.lines.values():
            self.plot.removeItem(line)
            self.legend.removeItem(line)
        self.lines = {}
        count = max(len(layers), 1)
        for k, name in enumerate(layers):
            # first layer light, last layer dark: depth reads as shade
            colour = pg.mkColor(CLASS_COLORS[1])
            colour.setHsvF(colour.hsvHueF(), 0.35 + 0.65 * k / max(count - 1, 1),
                           0.95 - 0.45 * k / max(count - 1, 1))
            self.lines[name] = self.plot.plot([], [], pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=4,
                                              symbolBrush=colour, symbolPen=None, name=name)
        self._layers = layers
        self._x, self._y = [], []

    def draw_frame(self) -> None:
        x = np.asarray(self._x, dtype=np.float64)
        sizes = np.vstack(self._y) if self._y else np.zeros((0, len(self._layers)))
        for k, name in enumerate(self._layers):
            y = sizes[:, k] if len(sizes) else np.zeros(0)
            keep = y > 0  # log scale: a zero gradient has no place on it
            self.lines[name].setData(x[keep], y[keep])
        self._follow_epochs(x)
        self._show_ratio()

    def _follow_epochs(self, x: np.ndarray) -> None:
        """Before the first epoch ends the plot holds only the point at epoch 0, which auto-range would centre
        on an axis of negative epochs: show epochs 0 to 1 instead, then follow the data again."""
        view = self.plot.getPlotItem().getViewBox()
        if len(x) and x[-1] < 1:
            view.setXRange(0.0, 1.0, padding=0.02)
            self._first_epoch_range = True
        elif self._first_epoch_range:
            view.enableAutoRange(axis="x")
            self._first_epoch_range = False

    def _show_ratio(self) -> None:
        if not self._y or len(self._layers) < 2 or not self._y[-1][-1] > 0:
            self.ratio.setText(self.tr("Train the model to see each layer's gradient."))
            return
        last = self._y[-1]
        self.ratio.setText(self.tr("Epoch {0}: the first layer's gradient is {1} of the last layer's.")
                           .format(f"{self._x[-1]:.3g}", f"{last[0] / last[-1]:.3g}×"))

    def series(self, layer: str) -> tuple[np.ndarray, np.ndarray]:
        """The plotted (epochs, sizes) of ``layer``'s line, before the log scale (for tests)."""
        line = self.lines[layer]
        x, y = line.xData, line.yData
        return (np.zeros(0) if x is None else x), (np.zeros(0) if y is None else y)
