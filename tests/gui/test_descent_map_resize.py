"""The descent lab's loss map keeps its aspect by setting its own height as its width changes. In a scrolled
page whose height sits between what the map needs with and without the scroll bar, the taller map brought
the scroll bar, the narrower map was lower, the bar went, the map grew again: round and round, and the window
froze (the lab in the right-hand dock of the 1366 x 768 layout)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from annstudio.gui.learn.descent_plots import SurfacePlot


class ResizeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_the_map_settles_in_a_page_that_scrolls_only_with_the_taller_map(qtbot):
    bar = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    width, above = 420, 150
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    label = QLabel("controls")
    label.setFixedHeight(above)
    layout.addWidget(label)
    plot = SurfacePlot("map", aspect=0.8)
    layout.addWidget(plot)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    frame = 2 * area.frameWidth()
    # room for the map under the scroll bar's width, not for the map without it
    area.resize(width + frame, above + round(0.8 * (width - bar)) + frame + 2)
    counter = ResizeCounter()
    plot.installEventFilter(counter)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    qtbot.wait(300)
    counter.count = 0
    qtbot.wait(500)
    assert counter.count < 5, counter.count   # settled: no more resizing of its own
    assert 0.7 <= plot.height() / plot.width() <= 0.9
