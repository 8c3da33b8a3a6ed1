"""``SweepHeatmap``: a two-setting sweep's chosen metric as a grid of coloured cells with the values written in.

Setting 1's values go up the left axis, setting 2's along the bottom; a cell not run yet (or without the
metric) is grey with a "–". Clicking a cell emits ``sigCellClicked(i, j)`` (indices into the two value lists), double-clicking it
``sigCellOpened(i, j)``.

With many values the grid fits the space it has (``_fit``, again whenever the plot is resized): each axis
labels every k-th value, the smallest k whose labels do not overlap, and a cell's text is hidden when it
does not fit in its cell.
"""
from __future__ import annotations

import math
import time
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

PENDING_RGBA = (224, 224, 224, 255)
PENDING_TEXT = "#666666"   # the "–" of a cell without a value, readable on its grey
LABEL_GAP = 4              # pixels between two axis labels, and around a cell's text


class SweepHeatmap(pg.PlotWidget):
    sigCellClicked = Signal(int, int)   # one click: the run is shown (its row selected)
    sigCellOpened = Signal(int, int)    # a double-click: the run is opened

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
        self.row_names: list[str] = []
        self.column_names: list[str] = []
        self._last_click: tuple[tuple[int, int], float] | None = None   # (cell, time) of the last click
        self.scene().sigMouseClicked.connect(self._on_click)
        self.plotItem.vb.sigResized.connect(lambda _vb: self._fit())

    def show_grid(self, values: np.ndarray, rows: Sequence[str], columns: Sequence[str], row_name: str,
                  column_name: str, percent: bool = False, notes: dict[tuple[int, int], str] | None = None) -> None:
        """``values[i, j]``: the metric of setting 1's value ``i`` with setting 2's value ``j`` (NaN: none);
        ``percent``: a share, written as a percentage (an accuracy); ``notes[(i, j)]``: a word for a cell
        without a value ("diverged", "failed") instead of its "–"."""
        notes = notes or {}
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
                text = (notes.get((i, j), "–") if not math.isfinite(value)
                        else f"{100 * value:.1f} %" if percent else f"{value:.3g}")
                bright = math.isfinite(value) and (value - low) / (high - low) > 0.6
                label = pg.TextItem(text, anchor=(0.5, 0.5))
                label.textItem.document().setDocumentMargin(0)   # its box is the text's: fits a cell or not
                label.setColor(pg.mkColor(PENDING_TEXT if not math.isfinite(value)
                                          else "#111111" if bright else "#ffffff"))
                label.setZValue(self.pending.zValue() + 1)   # above the grey, or a cell's "–" is hidden under it
                label.setPos(j + 0.5, i + 0.5)
                self.plotItem.addItem(label)
                self.labels.append(label)
        self.row_names, self.column_names = [str(r) for r in rows], [str(c) for c in columns]
        self.plotItem.setLabel("bottom", column_name)
        self.plotItem.setLabel("left", row_name)
        self.plotItem.setRange(xRange=(0, max(1, len(columns))), yRange=(0, max(1, len(rows))), padding=0)
        self._fit()

    def _fit(self) -> None:
        """Label every k-th value on each axis, the smallest k whose labels do not overlap (all when they fit),
        and show a cell's text only when it fits in its cell, for the plot's size now."""
        size = self.plotItem.vb.boundingRect()
        rows, columns = len(self.row_names), len(self.column_names)
        if not rows or not columns or size.width() <= 0 or size.height() <= 0:
            return
        cell_width, cell_height = size.width() / columns, size.height() / rows
        left, bottom = self.plotItem.getAxis("left"), self.plotItem.getAxis("bottom")
        font = QFontMetricsF(left.style["tickFont"] or QApplication.font())
        step = label_step(font.height() + LABEL_GAP, cell_height)
        left.setTicks([[(i + 0.5, name) for i, name in enumerate(self.row_names) if i % step == 0]])
        font = QFontMetricsF(bottom.style["tickFont"] or QApplication.font())
        widest = max(font.horizontalAdvance(name) for name in self.column_names)
        step = label_step(widest + LABEL_GAP, cell_width)
        bottom.setTicks([[(j + 0.5, name) for j, name in enumerate(self.column_names) if j % step == 0]])
        for label in self.labels:
            box = label.textItem.boundingRect()
            label.setVisible(box.width() + LABEL_GAP <= cell_width and box.height() + LABEL_GAP / 2 <= cell_height)

    def cell_texts(self) -> list[str]:
        return [item.toPlainText() for item in self.labels]

    def _on_click(self, event) -> None:
        point = self.plotItem.vb.mapSceneToView(event.scenePos())
        i, j = int(math.floor(point.y())), int(math.floor(point.x()))
        if 0 <= i < self.values.shape[0] and 0 <= j < self.values.shape[1]:
            # a double-click opens the run, as in the table: one click replaced the model and its settings
            # by a glance's mistake (a diverged run's cell loaded its untrained weights). A second click on
            # the same cell within the double-click interval counts too: the scene reports the second press
            # of a double-click as a click of its own
            now = time.monotonic()
            last, self._last_click = self._last_click, ((i, j), now)
            double = event.double() or (last is not None and last[0] == (i, j)
                                        and now - last[1] <= QApplication.doubleClickInterval() / 1000)
            if double:
                self._last_click = None
            (self.sigCellOpened if double else self.sigCellClicked).emit(i, j)


def label_step(needed: float, spacing: float) -> int:
    """Every how many values an axis can be labelled: labels ``needed`` pixels apart, values ``spacing``."""
    return max(1, math.ceil(needed / spacing)) if spacing > 0 else 1
