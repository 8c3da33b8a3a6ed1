"""Where a plot's legend goes: the corner of the plot that hides the fewest points of what it draws.

A legend in a fixed corner covers whatever the data puts there: Iris' virginica in the top right of the
decision regions, or the end of a validation loss that rises as the model overfits — the very moment the
loss plot is there to show. :func:`emptiest_corner` counts the points under the legend's box in each
corner and picks the emptiest; a tie keeps the current corner (so a legend does not hop about while a run
streams in), then follows an order of preference (:data:`CORNERS`: top right first).
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

#: the plot's corners as (horizontal, vertical) anchors, 0 = left / top, 1 = right / bottom, in the order
#: they are preferred: a falling loss leaves the top right free, a rising accuracy the bottom right
CORNERS = ((1, 0), (1, 1), (0, 0), (0, 1))
#: pixels between the legend and the plot's edges
MARGIN = 6
#: a curve with fewer points than this is sampled along its segments (a line between two points covers the
#: corners it passes through, not only its ends)
CURVE_SAMPLES = 200


def offset_for(corner: tuple[int, int]) -> tuple[int, int]:
    """The legend's offset from ``corner``, in pixels, pointing into the plot."""
    return (-MARGIN if corner[0] else MARGIN, -MARGIN if corner[1] else MARGIN)


def hidden_points(fx: np.ndarray, fy: np.ndarray, w: float, h: float, corner: tuple[int, int]) -> int:
    """How many points (``fx``, ``fy``: fractions of the plot, 0 at the left and the top) a box of ``w`` x
    ``h`` (fractions too) in ``corner`` covers."""
    in_x = fx >= 1 - w if corner[0] else fx <= w
    in_y = fy >= 1 - h if corner[1] else fy <= h
    return int(np.count_nonzero(in_x & in_y & (fx >= 0) & (fx <= 1) & (fy >= 0) & (fy <= 1)))


def emptiest_corner(fx: np.ndarray, fy: np.ndarray, w: float, h: float, current: tuple[int, int] | None = None,
                    corners: tuple[tuple[int, int], ...] = CORNERS, slack: int = 0) -> tuple[int, int]:
    """The corner whose legend box hides the fewest points; ``current`` stays unless another hides more than
    ``slack`` points fewer (so a legend does not flip between two corners a curve grazes), then the order of
    ``corners`` decides."""
    counts = {corner: hidden_points(fx, fy, w, h, corner) for corner in corners}
    best = min(corners, key=lambda corner: counts[corner])
    return current if current in counts and counts[current] <= counts[best] + slack else best


def curve_points(curves: Iterable[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """The points of ``curves`` (view coordinates), short curves sampled along their segments."""
    xs, ys = [], []
    for x, y in curves:
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        keep = np.isfinite(x) & np.isfinite(y)
        x, y = x[keep], y[keep]
        if 1 < x.size < CURVE_SAMPLES and np.all(np.diff(x) > 0):
            grid = np.linspace(x[0], x[-1], CURVE_SAMPLES)
            x, y = grid, np.interp(grid, x, y)
        xs.append(x)
        ys.append(y)
    if not xs:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(xs), np.concatenate(ys)


def place_legend(legend, view, x: np.ndarray, y: np.ndarray, current: tuple[int, int] | None = None,
                 corners: tuple[tuple[int, int], ...] = CORNERS, slack: int = 0) -> tuple[int, int] | None:
    """Anchor ``legend`` (a pyqtgraph ``LegendItem`` inside the ``ViewBox`` ``view``) in the corner where it
    hides the fewest of the points ``x``, ``y`` (view coordinates; see :func:`emptiest_corner`); the corner,
    or ``current`` unchanged while the view or the legend has no size yet."""
    (x0, x1), (y0, y1) = view.viewRange()
    width, height = view.width(), view.height()
    box = legend.boundingRect()
    if width <= 0 or height <= 0 or x1 <= x0 or y1 <= y0 or box.isEmpty():
        return current
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    corner = emptiest_corner((x - x0) / (x1 - x0), (y1 - y) / (y1 - y0), (box.width() + 2 * MARGIN) / width,
                             (box.height() + 2 * MARGIN) / height, current, corners, slack)
    if corner != current:
        legend.anchor(corner, corner, offset_for(corner))
    return corner


class LegendFollower:
    """Keeps ``legend`` in the corner of ``plot_item`` that hides the fewest points of the plot's data items
    (curves and scatters), looking again when the view is resized or moved and when an item's data changes
    (items added later are followed from the first look after they appear). For plots whose curves are set
    and reset by the learner (the descent lab's loss functions, its optimizer race) a fixed corner covered
    the MSE curve or the momentum path."""

    def __init__(self, plot_item, legend, slack: int = 2) -> None:
        from PySide6.QtCore import QTimer

        self.plot_item, self.legend, self.slack = plot_item, legend, slack
        self.corner: tuple[int, int] | None = None
        self._followed: set[int] = set()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)   # one look after a burst of changes (a path set point by point)
        self._timer.timeout.connect(self.place)
        plot_item.vb.sigResized.connect(self.schedule)
        plot_item.vb.sigRangeChanged.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args) -> None:
        self._timer.start()

    def place(self) -> None:
        curves = []
        for item in self.plot_item.listDataItems():
            if id(item) not in self._followed and hasattr(item, "sigPlotChanged"):
                self._followed.add(id(item))
                item.sigPlotChanged.connect(self.schedule)
            if not item.isVisible():
                continue
            x, y = item.getData()
            if x is not None and y is not None and len(x):
                curves.append((x, y))
        x, y = curve_points(curves)
        self.corner = place_legend(self.legend, self.plot_item.vb, x, y, self.corner, slack=self.slack)
