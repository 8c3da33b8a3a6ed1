"""Past runs' loss curves drawn over the live ones in the loss plot: one colour per run, named in the legend.

``RunOverlays.show_runs([(run_id, name, history), ...])`` shows exactly those runs: a run's two curves
(training loss solid, validation loss thin and dashed, in the run's colour) are built the first time it is shown and
kept while it stays selected (its data follow a history that grew: a live sweep's runs); a run no longer
given is removed from the plot and the legend. A run keeps its colour while it is shown (the first free one
of ``RUN_COLORS``), also when it comes back under a new id with the same name (a race run still training,
``live-2``, once saved); the legend lists the runs by name with numbers in numeric order (``name_order``: a
race's runs by learning rate, "Run 2" before "Run 10"), not in the order they finished or were picked. A long
name ends in "…" in the legend (``LEGEND_NAME_CHARS``; the whole name in the entry's tooltip).
"""
from __future__ import annotations

import html
import re
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

#: the runs' colours: the first ones far from the live curves' teal and purple, all readable on white
RUN_COLORS = ("#e65100", "#1565c0", "#827717", "#37474f", "#6d4c41", "#c62828", "#00838f", "#2e7d32",
              "#ad1457", "#4527a0")

#: a run's legend entry ends in "…" past this many average characters (an 80-character name stretched it
#: across the whole plot)
LEGEND_NAME_CHARS = 32

#: the live curves' opacity while past runs are shown over them and nothing trains
LIVE_DIMMED = 0.25


#: pyqtgraph's automatic downsampling starts at this many samples per pixel (its default is 5); with the "peak"
#: method each group of samples becomes its lowest and highest value, so a long curve is drawn with about two
#: points per pixel column and looks the same. At 5, a 6,000-epoch run drew 1,714 points per curve in the
#: window (342 now), and every frame of the loss plot painted them all.
PIXEL_DOWNSAMPLING = 1.0


def downsample_to_pixels(curve: pg.PlotDataItem) -> pg.PlotDataItem:
    """Have ``curve`` (of a plot with automatic "peak" downsampling) drawn with about two points per pixel."""
    curve.opts["autoDownsampleFactor"] = PIXEL_DOWNSAMPLING
    return curve


def validation_pen(colour: str) -> Any:
    """The pen of a validation curve: dashed, one pixel wide, with the dashes of a two-pixel dashed pen (8 on,
    4 off). Qt strokes a wider dashed pen dash by dash, which costs with the curve's length on screen: a
    jagged validation curve (a learning rate of 1.0) of 374 points took 30 ms to paint at two pixels, 2.5 ms
    at one, and each frame of the loss plot waited for it."""
    pen = pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine)
    pen.setDashPattern([8, 4])
    return pen


def name_order(name: str) -> tuple[tuple[int, float, str], ...]:
    """A sort key for a run's name that compares the numbers in it by value: "learning rate=0.001" before
    "learning rate=0.01" before "learning rate=1.0", "Run 2" before "Run 10"."""
    parts = re.split(r"(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)", name)
    return tuple((1, float(part), "") if i % 2 else (0, 0.0, part.casefold()) for i, part in enumerate(parts) if part)


class RunOverlays:
    """The overlay curves of one ``pg.PlotItem`` and its ``legend``."""

    def __init__(self, plot: pg.PlotItem, legend: Any) -> None:
        self.plot = plot
        self.legend = legend
        #: run id -> (training curve, validation curve, colour, name)
        self.items: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem, str, str]] = {}

    def show_runs(self, runs: list[tuple[str, str, dict[str, list[float]]]]) -> None:
        wanted = {run_id for run_id, _name, _history in runs}
        for run_id, name, _history in runs:   # the same run under a new id keeps its curves and colour
            if run_id not in self.items:
                old = next((r for r, item in self.items.items() if r not in wanted and item[3] == name), None)
                if old is not None:
                    self.items[run_id] = self.items.pop(old)
        for run_id in [r for r in self.items if r not in wanted]:
            train, val, _colour, _name = self.items.pop(run_id)
            self.legend.removeItem(train)
            self.plot.removeItem(train)
            self.plot.removeItem(val)
        for run_id, name, history in runs:
            if run_id in self.items:
                train, _val, colour, shown = self.items[run_id]
                if len(history.get("loss", [])) != (0 if train.yData is None else len(train.yData)):
                    self._update(train, history.get("loss", []))   # a run still training (a live sweep)
                    self._update(_val, history.get("val_loss", []))
                if shown != name:  # renamed: the legend follows
                    self.legend.removeItem(train)
                    self._add_to_legend(train, name)
                    self.items[run_id] = (train, _val, colour, name)
                continue
            used = {colour for _t, _v, colour, _n in self.items.values()}
            colour = next((c for c in RUN_COLORS if c not in used), RUN_COLORS[len(self.items) % len(RUN_COLORS)])
            train = self._curve(history.get("loss", []), pg.mkPen(colour, width=2))
            val = self._curve(history.get("val_loss", []), validation_pen(colour))
            self._add_to_legend(train, name)
            self.items[run_id] = (train, val, colour, name)
        self._order_legend()

    def _order_legend(self) -> None:
        """The runs' legend entries by ``name_order``, after the entries that are not runs' (the live curves)."""
        order = sorted(self.items, key=lambda r: (name_order(self.items[r][3]), r))
        ours = {self.items[r][0]: r for r in order}
        listed = [sample.item for sample, _label in self.legend.items if sample.item in ours]
        wanted = [self.items[r][0] for r in order]
        if listed == wanted:
            return
        for train in listed:
            self.legend.removeItem(train)
        for run_id in order:
            train, _val, _colour, name = self.items[run_id]
            self._add_to_legend(train, name)

    def _add_to_legend(self, train: pg.PlotDataItem, name: str) -> None:
        """``name`` as typed (not markup), ending in "…" past ``LEGEND_NAME_CHARS``; the whole name in its tooltip."""
        font = QFont(QApplication.font())
        size = str(self.legend.opts.get("labelTextSize") or "")
        if size.endswith("pt"):
            font.setPointSizeF(float(size[:-2]))
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * LEGEND_NAME_CHARS)
        self.legend.addItem(train, html.escape(shown))
        label = next(label for sample, label in self.legend.items if sample.item is train)
        label.setToolTip(name if shown != name else "")

    def _curve(self, values: list[float], pen: Any) -> pg.PlotDataItem:
        y = np.asarray(values, dtype=float)
        x = np.arange(1, len(y) + 1, dtype=float)  # epochs from 1, as the live curves
        curve = downsample_to_pixels(self.plot.plot(x, y, pen=pen, connect="finite"))
        curve.setZValue(-0.5)  # over the per-batch curve, under the live run
        return curve

    @staticmethod
    def _update(curve: pg.PlotDataItem, values: list[float]) -> None:
        y = np.asarray(values, dtype=float)
        curve.setData(np.arange(1, len(y) + 1, dtype=float), y)

    def clear(self) -> None:
        self.show_runs([])


def dim_curves(curves: list[pg.PlotDataItem], dimmed: bool) -> None:
    """Fade ``curves`` (the live run's) behind the overlays, or show them in full again."""
    for curve in curves:
        curve.setOpacity(LIVE_DIMMED if dimmed else 1.0)
