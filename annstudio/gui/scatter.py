"""``PointsItem``: a pyqtgraph scatter whose bounding rectangle is computed once per change.

pyqtgraph's ``ScatterPlotItem.boundingRect`` recomputes pixel vectors in Python on every call, and Qt
calls it many times per repaint. While a training thread holds the interpreter, each call also waits
for the GIL, so a plot with a few hundred points behind a live image stalled the event loop for tens of
milliseconds a frame. pyqtgraph replaces ``self.bounds`` with a fresh list whenever the data or the
view transform change, so the cached rectangle is valid exactly as long as that list is the same one.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF


class PointsItem(pg.ScatterPlotItem):
    def boundingRect(self) -> QRectF:
        cached = self.__dict__.get("_points_rect")
        if cached is not None and cached[0] is self.bounds:
            return QRectF(cached[1])
        rect = super().boundingRect()
        self.__dict__["_points_rect"] = (self.bounds, QRectF(rect))
        return rect
