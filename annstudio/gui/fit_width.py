"""A scroll area that scrolls up and down only: it stays as wide as its panel needs.

The Data column's panel needs another width for each data set (an iris target list, digit thumbnails, a
folder field with its Browse button). Its scroll area took the width of the data set loaded at start-up once
(XOR's, about 165 px on a 1024 px screen), so every wider data set came with a horizontal scroll bar and
its texts, fields and thumbnails were cut at the right edge.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea, QStyle


class FitWidth(QObject):
    """Keeps ``area`` at least as wide as its widget's minimum width plus a vertical scroll bar, whenever
    the widget's layout changes (the dock beside it then widens instead of cutting the panel off)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        widget = area.widget()
        assert widget is not None, "the scroll area's widget comes first"
        self.area, self.widget = area, widget
        widget.installEventFilter(self)
        self.fit()

    def needed_width(self) -> int:
        """The area's width at which its widget fits beside a vertical scroll bar."""
        bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.widget.minimumSizeHint().width() + bar + 2 * self.area.frameWidth() + 2

    def fit(self) -> None:
        self.area.setMinimumWidth(self.needed_width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:   # a child's size changed: the minimum may have too
            self.fit()
        return False
