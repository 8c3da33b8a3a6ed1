"""Plot pieces of the descent lab: a white plot styled like the main views, and a loss surface drawn as a
grey map with contour lines, on which paths are drawn. Items are made once; updates call ``setData``."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import QWidget

from ...spec.ranges import Range
from ..colors import CLASS_COLORS
from ..fields import FieldMessage, NumberField
from ..views.legend_corner import LegendFollower

CONTOURS = 9
MAP_HEIGHTS = (200, 520)   # a map that keeps its aspect stays within these heights
ASPECT_SLACK = 32          # pixels of height a width change must move before the map follows it (a scroll bar's
                           # width times the aspect is well under this)
# low loss light, high loss darker grey: the coloured paths stay readable on any part of the map
SURFACE_MAP = pg.ColorMap([0.0, 1.0], [(255, 255, 255), (120, 120, 120)])
PATH_COLOUR = CLASS_COLORS[0]      # orange: the learner's path
RACE_COLOURS = (CLASS_COLORS[0], CLASS_COLORS[1], CLASS_COLORS[2], CLASS_COLORS[3], CLASS_COLORS[4])
LOSS_COLOURS = (CLASS_COLORS[1], CLASS_COLORS[0], CLASS_COLORS[2])


def styled_plot(name: str, bottom: str = "", left: str = "", parent: QWidget | None = None) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent, background="w")
    plot.setObjectName(name)
    plot.setMinimumSize(220, 160)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.showGrid(x=True, y=True, alpha=0.2)
    for axis_name in ("bottom", "left"):
        axis = item.getAxis(axis_name)
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
    if bottom:
        item.setLabel("bottom", bottom)
    if left:
        item.setLabel("left", left)
    return plot


def legend(plot: pg.PlotWidget, offset=(-6, 6)) -> pg.LegendItem:
    """A legend that moves to the corner where it hides the least of the plot's curves (``LegendFollower``)."""
    item = plot.getPlotItem()
    box = item.addLegend(offset=offset, labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 210))
    box.follower = LegendFollower(item, box)   # kept with the legend
    return box


def named(item, name: str):
    item.setObjectName(name)
    return item


def number_field(name: str, valid: Range, label, value: float, parent: QWidget, ladder=(), fits: str = "") -> NumberField:
    field = NumberField(valid, label, parent, ladder=ladder, message=FieldMessage(parent), fits=fits)
    field.setObjectName(name)
    field.setValue(value)
    return field


class SurfacePlot(pg.PlotWidget):
    """A loss surface (``set_surface(xs, ys, values)``) as a grey map with ``CONTOURS`` contour lines.
    ``sigClicked(x, y)`` when the learner clicks on it (a new start point). With ``aspect``, its height is
    that fraction of its width (within ``MAP_HEIGHTS``), whatever room the layout offers."""

    sigClicked = Signal(float, float)

    def __init__(self, name: str, parent: QWidget | None = None, aspect: float | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName(name)
        self.setMinimumSize(260, 220)
        self.aspect = aspect
        self.hideButtons()
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        for axis_name in ("bottom", "left"):
            axis = item.getAxis(axis_name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-100)
        self.image.setColorMap(SURFACE_MAP)
        self.addItem(self.image)
        self.contours = []
        for _ in range(CONTOURS):
            curve = pg.IsocurveItem(pen=pg.mkPen("#505050", width=1), axisOrder="row-major")
            curve.setParentItem(self.image)
            self.contours.append(curve)
        self.minimum = named(pg.ScatterPlotItem(size=11, symbol="x", pen=pg.mkPen("#222", width=2)), "descentMinimum")
        self.addItem(self.minimum)
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_surface(self, xs: np.ndarray, ys: np.ndarray, values: np.ndarray) -> None:
        shown = np.where(np.isfinite(values), values, np.nanmax(values[np.isfinite(values)]))
        low, high = float(shown.min()), float(shown.max())
        # log scale from the lowest point so the valley's floor shows as well as its walls
        scaled = np.log10(shown - low + 1e-3 * max(high - low, 1e-12)).T
        self.image.setImage(scaled, autoLevels=True)
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
        levels = np.linspace(float(scaled.min()), float(scaled.max()), CONTOURS + 2)[1:-1]
        for curve, level in zip(self.contours, levels, strict=True):
            curve.setData(scaled, level)
        i, j = np.unravel_index(int(np.argmin(shown)), shown.shape)
        self.minimum.setData([xs[i]], [ys[j]])
        self.getPlotItem().setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        aspect = self.__dict__.get("aspect")   # pyqtgraph resizes once (event None) before __init__ sets it
        if aspect is not None:
            low, high = MAP_HEIGHTS
            height = max(low, min(high, round(self.width() * aspect)))
            fixed = self.minimumHeight() == self.maximumHeight()
            # the layout then gives it that height: no tall, thin strip. Not for a change of a few pixels: in a
            # scrolled page the taller map brings the scroll bar, the narrower map is lower, the bar goes, and
            # the map grew again, round and round (the lab froze the window in the 1366 x 768 layout's dock)
            if not fixed or abs(height - self.maximumHeight()) > ASPECT_SLACK:
                self.setFixedHeight(height)

    def _clicked(self, event) -> None:
        if event.button() != 1 or event.double():
            return
        point = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        if self.image.sceneBoundingRect().contains(event.scenePos()):
            self.sigClicked.emit(float(point.x()), float(point.y()))
