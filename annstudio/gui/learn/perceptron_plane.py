"""The input plane of the perceptron lab: points coloured by their target, the unit's line and its two sides.

``UnitPlane`` is one pyqtgraph plot whose items are made once and updated with ``setData``/``setImage``:
``points`` (a scatter, orange for target 0, blue for 1, a red ring where the unit is wrong), ``lines`` (one
``PlotDataItem`` per line drawn) and ``region`` (an image: the side where the unit outputs 1 shaded light
blue, the other light orange), computed on a grid by a function ``decide(x1, x2) -> 0/1 array``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor

from ..colors import CLASS_COLORS, PROBLEM

GRID = 121


def _rgba(hex_colour: str, alpha: int) -> tuple[int, int, int, int]:
    c = QColor(hex_colour)
    return c.red(), c.green(), c.blue(), alpha


class UnitPlane(pg.PlotWidget):
    """``low``..``high`` on both axes; ``n_lines`` lines (colours ``line_colours``)."""

    def __init__(self, parent=None, *, low: float = -0.5, high: float = 1.5, n_lines: int = 1,
                 line_colours: Sequence[str] = ("#222222",), x_label: str = "x₁", y_label: str = "x₂",
                 max_height: int = 480) -> None:
        super().__init__(parent, background="w")
        self.low, self.high, self.max_height = low, high, max_height
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setRange(xRange=(low, high), yRange=(low, high), padding=0.02)
        self.getPlotItem().getViewBox().disableAutoRange()
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        self.showGrid(x=True, y=True, alpha=0.15)
        self.setMinimumSize(180, 180)
        self.region = pg.ImageItem()
        self.region.setZValue(-10)
        self.addItem(self.region)
        self.lines = [pg.PlotDataItem(pen=pg.mkPen(line_colours[i % len(line_colours)], width=2.5))
                      for i in range(n_lines)]
        for line in self.lines:
            self.addItem(line)
        self.points = pg.ScatterPlotItem(size=16, pxMode=True)
        self.points.setZValue(10)
        self.addItem(self.points)
        xs = np.linspace(low, high, GRID)
        self._g1, self._g2 = np.meshgrid(xs, xs, indexing="ij")   # image axis 0 is x
        self._colours = np.array([_rgba(CLASS_COLORS[0], 60), _rgba(CLASS_COLORS[1], 60)], dtype=np.ubyte)

    def resizeEvent(self, event) -> None:
        # about square: as tall as wide (plus the axes), so a tall dock leaves no stretched picture
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        height = max(200, min(self.max_height, self.width() + 20))
        if abs(self.height() - height) > 2:
            self.setFixedHeight(height)

    @property
    def line(self) -> pg.PlotDataItem:
        return self.lines[0]

    def set_points(self, X: np.ndarray, targets: Sequence[int], correct: Sequence[bool] | None = None,
                   size: int = 16) -> None:
        """The samples ``X`` (shape ``(n, 2)``); colour by target (1 blue, else orange); red ring if wrong."""
        brushes = [pg.mkBrush(CLASS_COLORS[1] if t == 1 else CLASS_COLORS[0]) for t in targets]
        if correct is None:
            pens = [pg.mkPen("#333333", width=1)] * len(brushes)
        else:
            pens = [pg.mkPen("#333333", width=1) if ok else pg.mkPen(PROBLEM, width=3.5) for ok in correct]
        self.points.setData(x=np.asarray(X)[:, 0], y=np.asarray(X)[:, 1], brush=brushes, pen=pens, size=size)

    def set_line(self, x: np.ndarray, y: np.ndarray, index: int = 0) -> None:
        self.lines[index].setData(np.asarray(x, dtype=float), np.asarray(y, dtype=float))

    def set_region(self, decide: Callable[[np.ndarray, np.ndarray], np.ndarray] | None) -> None:
        """Shade where ``decide`` gives 1 (blue) and 0 (orange); ``None`` clears the shading."""
        if decide is None:
            self.region.clear()
            return
        fired = np.asarray(decide(self._g1, self._g2)).astype(int).clip(0, 1)
        self.region.setImage(self._colours[fired], autoLevels=False)
        self.region.setRect(self.low, self.low, self.high - self.low, self.high - self.low)

    def shading(self) -> np.ndarray:
        """The shaded image (rows: x₁, columns: x₂; RGBA), for tests."""
        image = self.region.image
        return np.zeros((0, 0, 4)) if image is None else np.asarray(image)
