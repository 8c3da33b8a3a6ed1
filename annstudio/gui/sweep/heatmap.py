"""``SweepHeatmap``: a two-setting sweep's chosen metric as a grid of coloured cells with the values written in.

Setting 1's values go up the left axis, setting 2's along the bottom; a cell not run yet (or without the
metric) is grey. Clicking a cell emits ``sigCellClicked(i, j)`` (indices into the two value lists).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal

from ..colors import NEUTRAL

PENDING_RGBA = (224, 224, 224, 255)


class SweepHeatmap(pg.PlotWidget):
    sigCellClicked = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("sweepHeatmap")
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plotItem.addItem(self.image)
        self.pending = pg.ImageItem()   # grey over the cells without a value (not run yet, failed)
        self.pending.setZValue(self.image.zValue() + 1)
        self.plotItem.addItem(self.pending)
        self.plotItem.setMouseEnabled(x=False, y=False)
        self.plotItem.hideButtons()
        self.plotItem.setMenuEnabled(False)
        for name in ("left", "bottom"):
            axis = self.plotItem.getAxis(name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        self.labels: list[pg.TextItem] = []
        self.values = np.zeros((0, 0))
        self.scene().sigMouseClicked.connect(self._on_click)

    def show_grid(self, values: np.ndarray, rows: Sequence[str], columns: Sequence[str], row_name: str,
                  column_name: str, percent: bool = False) -> None:
        """``values[i, j]``: the metric of setting 1's value ``i`` with setting 2's value ``j`` (NaN: none);
        ``percent``: a share, written as a percentage (an accuracy)."""
        self.values = np.asarray(values, dtype=float)
        finite = self.values[np.isfinite(self.values)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if high <= low:
            high = low + 1e-12
        shown = np.where(np.isfinite(self.values), self.values, np.nan)
        # ImageItem's first axis is x: columns (setting 2) along x, rows (setting 1) up y
        self.image.setImage(np.nan_to_num(shown.T, nan=low), levels=(low, high), autoLevels=False)
        self.image.setRect(0, 0, len(columns), len(rows))
        # a cell without a value is grey, not the colour of the lowest value (it was viridis' darkest purple)
        missing = ~np.isfinite(self.values.T)
        overlay = np.zeros((*missing.shape, 4), dtype=np.ubyte)
        overlay[missing] = PENDING_RGBA
        self.pending.setImage(overlay, levels=(0, 255), autoLevels=False)
        self.pending.setRect(0, 0, len(columns), len(rows))
        for item in self.labels:
            self.plotItem.removeItem(item)
        self.labels = []
        for i in range(len(rows)):
            for j in range(len(columns)):
                value = self.values[i, j]
                text = ("–" if not math.isfinite(value) else f"{100 * value:.1f} %" if percent else f"{value:.3g}")
                bright = math.isfinite(value) and (value - low) / (high - low) > 0.6
                label = pg.TextItem(text, anchor=(0.5, 0.5))
                label.setColor(pg.mkColor(NEUTRAL if not math.isfinite(value) else "#111111" if bright else "#ffffff"))
                label.setPos(j + 0.5, i + 0.5)
                self.plotItem.addItem(label)
                self.labels.append(label)
        self.plotItem.getAxis("bottom").setTicks([[(j + 0.5, str(c)) for j, c in enumerate(columns)]])
        self.plotItem.getAxis("left").setTicks([[(i + 0.5, str(r)) for i, r in enumerate(rows)]])
        self.plotItem.setLabel("bottom", column_name)
        self.plotItem.setLabel("left", row_name)
        self.plotItem.setRange(xRange=(0, max(1, len(columns))), yRange=(0, max(1, len(rows))), padding=0)

    def cell_texts(self) -> list[str]:
        return [item.toPlainText() for item in self.labels]

    def _on_click(self, event) -> None:
        point = self.plotItem.vb.mapSceneToView(event.scenePos())
        i, j = int(math.floor(point.y())), int(math.floor(point.x()))
        if 0 <= i < self.values.shape[0] and 0 <= j < self.values.shape[1]:
            self.sigCellClicked.emit(i, j)
