"""``LossPlot``: the learning curves of a run, live while it trains.

What it shows (objectName ``lossPlot``):

- **Loss**: training and validation loss per epoch (x: the epoch counted from 1, as Keras prints it),
  under them a thin light curve of every batch's loss (from the ``"losses"`` lists of the worker's
  ``batch_end`` events; x = batches trained / batches per epoch, so the end of epoch 3 is at x = 3).
- **Metrics** (accuracy, MAE, MSE as the run reports them): the same x axis on a second plot; the combo
  box above the plot switches between loss and each metric.
- A log-scale switch for the y axis, a hover read-out (crosshair and the values of the epoch under the
  mouse), and export of the visible plot (PNG, SVG) and of the history (CSV).
- When the run used ``EarlyStopping``, its best epoch is marked with a vertical line once the run ends:
  the epoch that ``EarlyStopping`` (same monitor, mode, min_delta, start_from_epoch) picked, found by
  replaying the run's history through the callback itself. The plot learns the callbacks config from the
  document when a run starts (``follow(runner, document)``) or from :meth:`LossPlot.set_early_stopping`.

The curves are built once; each payload of events appends to growing NumPy buffers (doubling when full)
and calls ``setData`` once per curve, so a redraw costs the same at epoch 10 and at epoch 10,000. The
per-batch curve, which can hold hundreds of thousands of points, is drawn with peak downsampling and
clipped to the view.
"""
from __future__ import annotations

import contextlib
import csv
import importlib
import math
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...engine.callbacks import EarlyStopping
from ...messages import os_reason
from ...particles import with_particles
from ..flow_layout import FlowLayout
from ..i18n import render
from ..menu_button import MenuToolButton
from ..metric_names import metric_name
from ..run.state import TERMINAL_EVENTS, RunState
from .legend_corner import CORNERS, curve_points, offset_for, place_legend
from .live import LiveView
from .run_overlays import RunOverlays, downsample_to_pixels, validation_pen

TRAIN_COLOR = "#00695c"  # teal; blue and orange mean weight signs elsewhere in the app
VAL_COLOR = "#8e24aa"  # purple
BATCH_COLOR = (0x00, 0x69, 0x5c, 45)  # the training colour, light: every batch's loss
BEST_COLOR = "#5d4037"  # dark brown: the EarlyStopping marker, a colour no curve uses
CROSSHAIR_COLOR = (120, 120, 120, 160)
#: the legend moves to another corner only when that hides more than this many fewer curve points
LEGEND_SLACK = 3
#: the steadied ranges (``_RangeAnchor``) reach this fraction beyond the data's nice bounds
ANCHOR_MARGIN = 0.02
#: an empty plot's axes reach this fraction beyond 0 and 1 (room for the end ticks' labels)
EMPTY_PADDING = 0.06
#: the per-batch curve shows at most about this many points (means of consecutive batches beyond that)
BATCH_CURVE_POINTS = 3000


def _bucket_means(x: np.ndarray, y: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """``x, y`` with runs of consecutive points averaged so that at most about ``limit`` remain."""
    n = len(x)
    if n <= limit:
        return x, y
    k = -(-n // limit)
    m = n // k * k
    xs, ys = x[:m].reshape(-1, k).mean(axis=1), y[:m].reshape(-1, k).mean(axis=1)
    if m < n:
        xs, ys = np.append(xs, x[m:].mean()), np.append(ys, y[m:].mean())
    return xs, ys
_NOT_METRICS = ("loss", "learning_rate")


def _mark_lone_point(curve: pg.PlotDataItem, points: int, colour: str) -> None:
    """A curve of one point draws no line: after epoch 1 its only point is shown as a dot (at x = 1)."""
    symbol = "o" if points == 1 else None
    if curve.opts.get("symbol") != symbol:
        curve.setSymbol(symbol)
        if symbol is not None:
            curve.setSymbolSize(7)
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(colour)


def _finite_max(values: Any) -> float:
    """The largest finite value, 0.0 when there is none."""
    if values is None:
        return 0.0
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    return float(finite.max()) if finite.size else 0.0


class _Series:
    """x/y values in buffers that double when full, viewed without copying."""

    def __init__(self, capacity: int = 256) -> None:
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self.size = 0

    def _reserve(self, extra: int) -> None:
        needed = self.size + extra
        if needed > len(self._x):
            capacity = max(2 * len(self._x), needed)
            self._x = np.resize(self._x, capacity)
            self._y = np.resize(self._y, capacity)

    def append(self, x: float, y: float) -> None:
        self._reserve(1)
        self._x[self.size] = x
        self._y[self.size] = y
        self.size += 1

    def extend(self, x: Any, y: Any) -> None:
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self._reserve(len(x))
        self._x[self.size:self.size + len(x)] = x
        self._y[self.size:self.size + len(y)] = y
        self.size += len(x)

    def clear(self) -> None:
        self.size = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.size]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.size]


def early_stopping_best_epoch(history: dict[str, list[float]], config: dict[str, Any],
                              initial_epoch: int = 0) -> int | None:
    """The epoch (counted from 0) that ``EarlyStopping(**config)`` held as best in a run that trained
    epochs ``initial_epoch`` .. end of ``history``; ``None`` when the monitored value is missing or never
    counted (all before ``start_from_epoch``, or not finite).

    The history is replayed through the callback itself, so ``monitor``, ``mode`` and ``min_delta`` mean
    exactly what they mean in training: with ``min_delta = 0`` this is the first argmin (argmax for
    accuracy) of the monitored value.
    """
    monitor = config.get("monitor", "val_loss")
    values = history.get(monitor) or []
    callback = EarlyStopping(**{**config, "restore_best_weights": False})
    callback.set_trainer(types.SimpleNamespace(stop_training=False, stop_reason="", model=None))
    for epoch in range(int(initial_epoch), len(values)):
        callback.on_epoch_end(epoch, {monitor: values[epoch]})
    if not math.isfinite(callback.best) or len(values) <= max(int(initial_epoch), callback.start_from_epoch):
        return None
    return int(callback.best_epoch)


def _early_stopping_config(callbacks: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    for cb in callbacks or ():
        if cb.get("class_name") == "EarlyStopping":
            return dict(cb.get("config") or {})
    return None


def _close_paths_without_z(node: Any) -> None:
    """Rewrite each SVG path's ``Z`` (close path) as a line back to the subpath's start point."""
    for path in node.getElementsByTagName("path"):
        tokens, start, out = path.getAttribute("d").split(), None, []
        for token in tokens:
            if token[0] in "Mm":
                start = token[1:]
            if token in ("Z", "z"):
                if start is not None:
                    out.append("L" + start)
                continue
            out.append(token)
        path.setAttribute("d", " ".join(out))


@contextlib.contextmanager
def _svg_paths_pyqtgraph_can_read():
    """pyqtgraph 0.14's SVGExporter parses path data as "x,y" pairs and fails on the ``Z`` that Qt 6.10+
    writes at the end of closed paths (pyqtgraph issue #3485). While exporting, its coordinate fix-up
    first sees ``Z`` replaced by an explicit line to the start point: the same shape."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        _close_paths_without_z(node)
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


class _ValueAxis(pg.AxisItem):
    """A y axis whose log scale labels 1, 2 and 5 of each decade, not all of 1..9 (they overlapped)."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        if maxVal - minVal < 1.0:  # less than a decade: the few ticks there are all fit
            return ticks
        return [(spacing, values if spacing is not None else
                 [v for v in values if round(10 ** (v - math.floor(v + 1e-9))) in (1, 2, 5)])
                for spacing, values in ticks]


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 times a power of ten that is >= ``value`` (> 0)."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * scale >= value * (1 - 1e-12):
            return step * scale
    return 10.0 * scale


class _RangeAnchor(pg.GraphicsObject):
    """An invisible item whose data bounds steady the auto range while a run streams in.

    Every change of a plot's range makes pyqtgraph rebuild its axes (ticks and labels: milliseconds of
    Python), and a range that follows the data changes at every redraw: the run grows to the right and the
    averaged per-batch curve shifts a little each time. The anchor spans from the run's first epoch to the
    next "nice" epoch count (steps of at most 1.5x), and on the y axis from 0 (a loss) to the next nice
    value above the data, so the range and the axes change a few dozen times in a run, not at every
    redraw. ``None`` leaves an axis to the data alone.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(self.GraphicsItemFlag.ItemHasNoContents)
        self.x_range: tuple[float, float] | None = None
        self.y_range: tuple[float, float] | None = None

    def set_ranges(self, x_range: tuple[float, float] | None, y_range: tuple[float, float] | None) -> None:
        if (x_range, y_range) != (self.x_range, self.y_range):
            self.x_range, self.y_range = x_range, y_range
            self.informViewBoundsChanged()

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: Any = None) -> tuple[float, float] | None:
        return self.x_range if ax == 0 else self.y_range

    def boundingRect(self) -> Any:
        return pg.QtCore.QRectF()

    def paint(self, *args: Any) -> None:
        pass


class _CurvePlot(pg.PlotWidget):
    """One white plot with the house style: dark axes without SI prefixes (no grid: see below), a legend,
    a crosshair, a hover label, the EarlyStopping marker (hidden until used) and a ``_RangeAnchor``."""

    def __init__(self, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": _ValueAxis("left")})
        self.setBackground("w")
        self.setMinimumSize(240, 140)
        item = self.getPlotItem()
        # No grid: pyqtgraph repaints grid lines across the whole plot (~9 ms a frame offscreen), which
        # at ~30 updates a second stalls the event loop; the axes carry the ticks.
        item.showGrid(x=False, y=False)
        item.setLabel("left", y_label)
        item.setDownsampling(auto=True, mode="peak")  # long runs: about two points per pixel (downsample_to_pixels)
        item.setClipToView(True)
        item.setMenuEnabled(False)  # the widget's own controls do what the context menu would
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
            axis.enableAutoSIPrefix(False)  # "loss (x0.001)" with ticks at 700 would puzzle a learner
        self.legend = item.addLegend(offset=offset_for(CORNERS[0]), labelTextColor="#222",
                                     brush=pg.mkBrush(255, 255, 255, 200))
        self.legend_corner = CORNERS[0]
        self.best_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(BEST_COLOR, width=1, style=Qt.PenStyle.DashLine),
            label="", labelOpts={"position": 0.06, "color": BEST_COLOR, "fill": pg.mkBrush(255, 255, 255, 220),
                                 "anchors": [(0, 1), (0, 1)]},
        )
        self.best_line.setZValue(5)
        self.best_line.hide()
        item.addItem(self.best_line, ignoreBounds=True)
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(CROSSHAIR_COLOR, width=1))
        self.crosshair.hide()
        item.addItem(self.crosshair, ignoreBounds=True)
        self.hover_label = pg.TextItem(anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 225),
                                       border=pg.mkPen("#bbb"), color="#222")
        self.hover_label.setZValue(10)
        self.hover_label.hide()
        item.addItem(self.hover_label, ignoreBounds=True)
        self.anchor = _RangeAnchor()
        item.addItem(self.anchor)
        item.vb.sigRangeChanged.connect(lambda *_: self.place_legend())
        item.vb.sigResized.connect(lambda *_: self.place_legend())

    def hide_hover(self) -> None:
        self.crosshair.hide()
        self.hover_label.hide()

    def _points(self) -> tuple[np.ndarray, np.ndarray]:
        """The points of the curves drawn (view coordinates), short curves sampled along their segments."""
        data = (curve.getData() for curve in self.getPlotItem().listDataItems() if curve.isVisible())
        return curve_points((cx, cy) for cx, cy in data if cx is not None and cy is not None)

    def place_legend(self) -> None:
        """Move the legend to the corner that hides the fewest points of the curves drawn (a validation
        loss rising in the top right as the model overfits moves it out of the way; ``legend_corner``),
        then the EarlyStopping marker's label (``place_best_label``)."""
        item = self.getPlotItem()
        points = None
        if self.legend.isVisible():
            points = self._points()
            # the slack keeps the legend from hopping between corners over a few points of a long curve; a
            # curve of a few points (one Step: a lone dot) has none to spare, so the legend moves off it
            slack = LEGEND_SLACK if len(points[0]) > 4 * LEGEND_SLACK else 0
            corner = place_legend(self.legend, item.vb, *points, self.legend_corner, slack=slack)
            if corner is not None:
                self.legend_corner = corner
        self.place_best_label(points)

    def place_best_label(self, points: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Put the EarlyStopping marker's label at the top or the bottom of its line, whichever hides fewer
        points of the curves beside it (at the bottom it hid a loss curve's last epochs before the best one:
        the curves looked cut). The side (left or right of the line) is set with the text."""
        line = self.best_line
        view = self.getPlotItem().vb
        (x0, x1), (y0, y1) = view.viewRange()
        box = line.label.boundingRect()
        if not line.isVisible() or view.width() <= 0 or view.height() <= 0 or x1 <= x0 or y1 <= y0 or box.isEmpty():
            return
        x, y = points if points is not None else self._points()
        fx, fy = (x - x0) / (x1 - x0), (y1 - y) / (y1 - y0)     # fractions of the plot, 0 at the left and the top
        at = (line.value() - x0) / (x1 - x0)
        w, h = box.width() / view.width(), (box.height() + 8) / view.height()
        right = line.label.anchors[0][0] == 0.0
        beside = (fx >= at) & (fx <= at + w) if right else (fx >= at - w) & (fx <= at)
        top = int(np.count_nonzero(beside & (fy >= 0) & (fy <= h)))
        bottom = int(np.count_nonzero(beside & (fy >= 1 - h) & (fy <= 1)))
        if self.legend.isVisible() and self.legend_corner[1] == 0:   # a legend at the top: the label not over it
            legend = self.legend.boundingRect().width() / view.width()
            lo, hi = (at, at + w) if right else (at - w, at)
            leg_lo, leg_hi = (1 - legend, 1.0) if self.legend_corner[0] == 1 else (0.0, legend)
            if lo < leg_hi and hi > leg_lo:   # (a label left of a line near the right edge reaches it too)
                top += len(fx) + 1
        side = line.label.anchors[0][0]
        if top < bottom:
            line.label.setPosition(0.97)
            line.label.anchors = [(side, 0.0), (side, 0.0)]
        else:
            line.label.setPosition(0.03)
            line.label.anchors = [(side, 1.0), (side, 1.0)]
        line.label.updatePosition()


class LossPlot(LiveView, QWidget):
    """Loss and metric curves per epoch (x: epoch counted from 1) plus the per-batch loss.

    Feed it payloads with :meth:`add_events` (drawn at once), or call :meth:`follow` to wire a runner
    (it also clears on reset). ``train_curve``, ``val_curve``, ``batch_curve`` and ``legend`` belong to the
    loss plot (``getPlotItem()``); ``metric_train_curve`` and ``metric_val_curve`` to the metric plot,
    which shows the metric chosen in ``view_combo``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.setMinimumSize(240, 170)
        # -- controls
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("lossPlotView")
        self.view_combo.setToolTip(self.tr("Which learning curve to show"))
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view_combo.addItem(self.tr("Loss"), "loss")
        self.batch_check = QCheckBox(self.tr("Per batch"))
        self.batch_check.setObjectName("lossPlotBatches")
        self.batch_check.setToolTip(self.tr("Also draw the loss of every batch (thin, light curve); "
                                            "the thick curve is the epoch's average."))
        self.batch_check.setChecked(True)
        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setObjectName("lossPlotLog")
        self.log_check.setToolTip(self.tr("Logarithmic y axis: small losses late in training stay visible"))
        self.export_button = MenuToolButton(self.tr("Export"))  # its arrow does not cover the text
        self.export_button.setObjectName("lossPlotExport")
        menu = QMenu(self.export_button)
        self.export_png_action = QAction(self.tr("Image (PNG)…"), self)
        self.export_svg_action = QAction(self.tr("Vector image (SVG)…"), self)
        self.export_csv_action = QAction(self.tr("History as CSV…"), self)
        for action in (self.export_png_action, self.export_svg_action, self.export_csv_action):
            menu.addAction(action)
        self.export_button.setMenu(menu)
        controls = FlowLayout(spacing=8)  # wraps onto a second row in a narrow dock instead of clipping
        controls.addWidget(self.view_combo)
        controls.addWidget(self.batch_check)
        controls.addWidget(self.log_check)
        controls.addWidget(self.export_button)
        # -- plots
        self.loss_widget = _CurvePlot(self.tr("loss"))
        self.metric_widget = _CurvePlot(self.tr("accuracy"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loss_widget)
        self.stack.addWidget(self.metric_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)

        loss_item = self.loss_widget.getPlotItem()
        self.legend = self.loss_widget.legend
        self.batch_curve = loss_item.plot(pen=pg.mkPen(BATCH_COLOR, width=1))
        self._batches_dirty = self._epochs_dirty = False
        self.batch_curve.setZValue(-1)  # under the epoch curves
        self.batch_curve.setDownsampling(auto=True, method="peak")
        self.batch_curve.setClipToView(True)
        self.train_curve = loss_item.plot(pen=pg.mkPen(TRAIN_COLOR, width=2))
        self.val_curve = loss_item.plot(pen=validation_pen(VAL_COLOR))
        metric_item = self.metric_widget.getPlotItem()
        self.metric_train_curve = metric_item.plot(pen=pg.mkPen(TRAIN_COLOR, width=2))
        self.metric_val_curve = metric_item.plot(pen=validation_pen(VAL_COLOR))
        for curve in (self.batch_curve, self.train_curve, self.val_curve, self.metric_train_curve, self.metric_val_curve):
            downsample_to_pixels(curve)
        for widget in (self.loss_widget, self.metric_widget):
            widget.getPlotItem().setLabel("bottom", self.tr("epoch"))
        #: which live curves the legend names: (training, validation), each only once it has points (an empty
        #: plot, or past runs shown before any run of this session, list no "training" without its line)
        self._live_in_legend = {self.loss_widget: (False, False), self.metric_widget: (False, False)}
        #: past runs drawn over the live curves (the Runs panel's selection)
        self.overlays = RunOverlays(loss_item, self.legend)
        self._reset_ranges()

        # -- data
        self._train = _Series()
        self._val = _Series()
        self._batches = _Series(1024)
        self._epochs: list[int] = []  # the epoch number (from 1) of each history row
        self._history: dict[str, list[float]] = {}  # every logged key, one value per epoch (NaN: missing)
        self._run_history: dict[str, list[float]] | None = None  # the engine's, as the latest event carried it
        self._steps_per_epoch = 1
        self._initial_epoch = 0
        self._early_stopping: dict[str, Any] | None = None
        self._best_epoch: int | None = None
        self._document: Any = None
        #: the folder Export's dialog starts in (the window sets it: the project's, else the last used one)
        self.export_folder: Callable[[], str] | None = None
        self._runner_state = RunState.IDLE
        self._streaming = False  # between a train_begin and the run's terminal event
        self._wanted_view: str | None = None  # the metric to show again once a new run reports it

        # -- wiring
        self.view_combo.currentIndexChanged.connect(self._on_view_changed)
        self.batch_check.toggled.connect(self.batch_curve.setVisible)
        self.batch_check.toggled.connect(self._update_anchors)
        self.log_check.toggled.connect(self.set_log_y)
        self.export_png_action.triggered.connect(lambda: self._ask_and_export("png"))
        self.export_svg_action.triggered.connect(lambda: self._ask_and_export("svg"))
        self.export_csv_action.triggered.connect(lambda: self._ask_and_export("csv"))
        self._mouse_proxies = []
        for widget in (self.loss_widget, self.metric_widget):
            self._mouse_proxies.append(pg.SignalProxy(widget.scene().sigMouseMoved, rateLimit=30,
                                                      slot=lambda args, w=widget: self._on_mouse_moved(w, args[0])))
            widget.installEventFilter(self)

    # ------------------------------------------------------------------ compatibility with pg.PlotWidget
    def getPlotItem(self) -> pg.PlotItem:
        """The loss plot's ``PlotItem``."""
        return self.loss_widget.getPlotItem()

    @property
    def metric_item(self) -> pg.PlotItem:
        return self.metric_widget.getPlotItem()

    # ------------------------------------------------------------------ wiring
    def follow(self, runner: Any, document: Any = None) -> None:
        """Draw ``runner``'s runs: its payloads, and a blank plot when it is reset. With ``document`` (a
        ``ProjectDocument``) the EarlyStopping settings are read from its project when a run starts."""
        self._document = document
        super().follow(runner)

    draw_hidden = True

    def on_run_events(self, events: list) -> None:
        self._on_live_events(events)

    def on_run_state(self, state: RunState) -> None:
        self._on_state(state)

    def set_early_stopping(self, config: dict[str, Any] | None) -> None:
        """The ``EarlyStopping`` config (Keras arguments) of the run being drawn, or ``None``."""
        self._early_stopping = dict(config) if config is not None else None

    # ------------------------------------------------------------------ read access
    @property
    def history(self) -> dict[str, list[float]]:
        """Per epoch: ``{"loss": [...], "val_loss": [...], "accuracy": [...], ...}``: the engine's history
        as the run's latest ``epoch_end`` or terminal event carried it (its one owner); for events fed by
        hand without it, the table drawn (one row per epoch, NaN where a key was not logged)."""
        source = self._run_history if self._run_history is not None else self._history
        return {key: list(values) for key, values in source.items()}

    @property
    def epochs(self) -> list[int]:
        """The epoch numbers (from 1) of the history rows."""
        return list(self._epochs)

    @property
    def metrics(self) -> list[str]:
        """The metrics (without ``val_``) the drawn run reports, in the combo box's order."""
        return [self.view_combo.itemData(i) for i in range(1, self.view_combo.count())]

    @property
    def current_view(self) -> str:
        """``"loss"`` or the metric shown."""
        return self.view_combo.currentData() or "loss"

    @property
    def best_epoch(self) -> int | None:
        """EarlyStopping's best epoch (from 1) of the last run that ended, when it used EarlyStopping."""
        return self._best_epoch

    # ------------------------------------------------------------------ events
    def add_events(self, events: Iterable[dict]) -> None:
        """Take a payload of trainer events and draw it now: a fresh ``train_begin`` clears, ``batch_end``
        and ``epoch_end`` add points, the terminal event places the EarlyStopping marker."""
        self._ingest(list(events))
        self._draw_curves()

    @Slot(object)
    def _on_live_events(self, events: list) -> None:
        """A runner's payload: taken at once, drawn in the next frame (``live.FrameClock``: with the
        status line and the other views, at most ~10 times a second), at once when a run starts, pauses
        or ends."""
        changed = self._ingest(events)
        final = any(e["event"] in TERMINAL_EVENTS or e["event"] in ("paused", "train_begin") for e in events)
        if final:
            self.forget_frame()
            self._draw_curves()
        elif changed:
            self.request_frame()

    def draw_frame(self) -> None:
        self._draw_curves()

    def _ingest(self, events: list) -> bool:
        """Add the payload to the data; True when something needs drawing."""
        epochs_changed = batches_changed = False
        for event in events:
            kind = event["event"]
            if kind == "train_begin":
                self._streaming = True
                self._steps_per_epoch = max(1, int(event.get("steps_per_epoch") or 1))
                self._initial_epoch = int(event.get("initial_epoch", 0))
                self._set_best_epoch(None)
                if self._initial_epoch == 0:
                    self._clear_data()
                    epochs_changed = batches_changed = True
            elif kind == "batch_end":
                steps = event.get("steps", [event.get("step", 0)])
                losses = event.get("losses", [event.get("loss", math.nan)])
                self._batches.extend(np.asarray(steps, dtype=float) / self._steps_per_epoch, losses)
                batches_changed = True
            elif kind == "epoch_end":
                self._add_epoch(event["epoch"] + 1, event["logs"])
                if "history" in event:
                    self._run_history = event["history"]
                epochs_changed = True
            elif kind in TERMINAL_EVENTS:
                if event.get("history"):
                    self._run_history = event["history"]
                self._streaming = False
                epochs_changed = True  # the x range fits the run once it has ended
                if kind != "error":
                    self._mark_best_epoch(event.get("history") or self._history)
        self._batches_dirty |= batches_changed
        self._epochs_dirty |= epochs_changed
        return batches_changed or epochs_changed

    def _draw_curves(self) -> None:
        """Redraw what changed (``setData`` of the changed curves; the ranges only at nice steps)."""
        if self._batches_dirty:
            self._batches_dirty = False
            # finite: the trainer ends a run on a non-finite loss before reporting the batch
            x, y = _bucket_means(self._batches.x, self._batches.y, BATCH_CURVE_POINTS)
            self.batch_curve.setData(x, y, skipFiniteCheck=True)
            _mark_lone_point(self.batch_curve, len(x), BATCH_COLOR)   # one Step: a dot, not nothing
        if self._epochs_dirty:
            self._epochs_dirty = False
            self._redraw()
        else:
            self._update_anchors()

    def _add_epoch(self, epoch: int, logs: dict[str, Any]) -> None:
        rows = len(self._epochs)
        self._epochs.append(epoch)
        for key, value in logs.items():
            if key not in self._history:
                self._history[key] = [math.nan] * rows
            self._history[key].append(float(value))
        for _key, values in self._history.items():
            if len(values) == rows:  # not logged this epoch
                values.append(math.nan)
        if "loss" in logs:
            self._train.append(epoch, logs["loss"])
        if "val_loss" in logs:
            self._val.append(epoch, logs["val_loss"])
        for key in logs:
            if key not in _NOT_METRICS and not key.startswith("val_") and self.view_combo.findData(key) < 0:
                # the short name ("MAE"): the combo stays narrow; the axis title spells it out
                self.view_combo.addItem(metric_name(key), key)
                self.view_combo.setItemData(self.view_combo.count() - 1, self._metric_title(key),
                                            Qt.ItemDataRole.ToolTipRole)

    def clear_curves(self) -> None:
        self._clear_data()
        self._streaming = False
        self._set_best_epoch(None)
        self.forget_frame()
        self._batches_dirty = self._epochs_dirty = False
        self.batch_curve.setData(self._batches.x, self._batches.y)
        _mark_lone_point(self.batch_curve, len(self._batches.x), BATCH_COLOR)
        self._redraw()
        self._reset_ranges()

    def _reset_ranges(self) -> None:
        """The axes of an empty plot: 0 to 1 with a margin, so that the ticks at the ends have room for
        their labels (at exactly 0 to 1 the top "1.0" was cut in half by the plot's edge and the "0" of the
        epochs was not drawn). Without data pyqtgraph's auto range keeps the last run's range (after New or
        opening an example the axes still went to its epoch 300)."""
        for widget in (self.loss_widget, self.metric_widget):
            view = widget.getPlotItem().getViewBox()
            view.setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=EMPTY_PADDING)
            view.enableAutoRange()

    def _clear_data(self) -> None:
        self._train.clear()
        self._val.clear()
        self._batches.clear()
        self._epochs.clear()
        self._history.clear()
        self._run_history = None
        self.loss_widget.hide_hover()
        self.metric_widget.hide_hover()
        keep = self.current_view
        self.view_combo.blockSignals(True)
        while self.view_combo.count() > 1:
            self.view_combo.removeItem(self.view_combo.count() - 1)
        self.view_combo.blockSignals(False)
        self._wanted_view = keep  # chosen again when the next run reports that metric

    @Slot(str)
    def _on_state(self, state: str) -> None:
        previous, self._runner_state = self._runner_state, RunState(state)
        if state == RunState.IDLE:
            self.clear_curves()
        elif state == RunState.RUNNING and not previous.active and self._document is not None:
            # start() copies the project right before it announces "running": this is the run's config
            self.set_early_stopping(_early_stopping_config(self._document.project.training.callbacks))

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        # Losses are finite here: the trainer ends a run (and restores the weights) on a non-finite loss.
        self.train_curve.setData(self._train.x, self._train.y, skipFiniteCheck=True)
        self.val_curve.setData(self._val.x, self._val.y, skipFiniteCheck=True)
        _mark_lone_point(self.train_curve, self._train.size, TRAIN_COLOR)
        _mark_lone_point(self.val_curve, self._val.size, VAL_COLOR)
        self._sync_legend(self.loss_widget, self.train_curve, self._train.size > 0, self.val_curve, self._val.size > 0)
        self.loss_widget.place_legend()
        wanted = self._wanted_view
        if wanted is not None and self.view_combo.findData(wanted) >= 0:
            self._wanted_view = None
            self.view_combo.setCurrentIndex(self.view_combo.findData(wanted))
        self._redraw_metric()

    def _update_anchors(self) -> None:
        """Steady ranges while a run streams in (see ``_RangeAnchor``); once it has ended, x fits the run
        and y reaches from 0 (a loss, an error) or to 1 (accuracy) to the data. Linear y scale only."""
        if not self._epochs and not self._batches.size:
            self.loss_widget.anchor.set_ranges(None, None)
            self.metric_widget.anchor.set_ranges(None, None)
            return

        def padded(lo: float, hi: float) -> tuple[float, float]:
            # a margin wider than the curves' pixel padding, so that data touching the nice value
            # does not widen the range by a hair
            margin = ANCHOR_MARGIN * (hi - lo)
            return lo - margin, hi + margin

        # x: to the next nice epoch count while the run grows, fitted to the run once it has ended
        # (the per-batch curve runs ahead of the last finished epoch: within the first epoch, the range
        # steps through 0.1, 0.15, 0.2, ... epochs instead of following every payload)
        last = max(self._epochs[-1] if self._epochs else 0.0, self._batches.x[-1] if self._batches.size else 0.0)
        x_range = padded(float(self._initial_epoch), nice_ceiling(last)) if self._streaming else None
        log = self.log_y
        top = max(_finite_max(self._train.y), _finite_max(self._val.y),
                  _finite_max(self.batch_curve.yData) if self.batch_check.isChecked() else 0.0)
        if log or top <= 0:
            loss_y = None
        elif self._streaming:
            loss_y = padded(0.0, nice_ceiling(top))
        else:  # the run has ended: from 0, and as high as the data
            loss_y = (0.0, 0.0)
        self.loss_widget.anchor.set_ranges(x_range, loss_y)
        key = self.current_view
        if log or key == "loss":
            metric_y = None
        elif key == "accuracy":
            metric_y = (1.0 + ANCHOR_MARGIN, 1.0 + ANCHOR_MARGIN)
        else:  # an error such as MAE: from 0
            top = max(_finite_max(self._history.get(key)), _finite_max(self._history.get("val_" + key)))
            metric_y = None if top <= 0 else padded(0.0, nice_ceiling(top)) if self._streaming else (0.0, 0.0)
        self.metric_widget.anchor.set_ranges(x_range, metric_y)

    def _redraw_metric(self) -> None:
        self._update_anchors()
        key = self.current_view
        x = np.asarray(self._epochs, dtype=float)
        if key == "loss":
            self.stack.setCurrentWidget(self.loss_widget)
            self.metric_train_curve.setData([], [])
            self.metric_val_curve.setData([], [])
            self._sync_legend(self.metric_widget, self.metric_train_curve, False, self.metric_val_curve, False)
            return
        self.stack.setCurrentWidget(self.metric_widget)
        self.metric_item.setLabel("left", self._metric_title(key))
        train = np.asarray(self._history.get(key, []), dtype=float)
        val = np.asarray(self._history.get("val_" + key, []), dtype=float)
        self.metric_train_curve.setData(x[:len(train)], train, connect="finite")
        has_val = bool(val.size) and bool(np.isfinite(val).any())
        self.metric_val_curve.setData(x[:len(val)] if has_val else [], val if has_val else [], connect="finite")
        _mark_lone_point(self.metric_train_curve, int(np.isfinite(train).sum()), TRAIN_COLOR)
        _mark_lone_point(self.metric_val_curve, int(np.isfinite(val).sum()) if has_val else 0, VAL_COLOR)
        self._sync_legend(self.metric_widget, self.metric_train_curve, bool(np.isfinite(train).any()),
                          self.metric_val_curve, has_val)
        self.metric_widget.place_legend()

    def _sync_legend(self, widget: _CurvePlot, train: pg.PlotDataItem, has_train: bool, val: pg.PlotDataItem,
                     has_val: bool) -> None:
        """The legend names the live curves that have points, training first, then the past runs' entries."""
        wanted = (has_train, has_val)
        if wanted == self._live_in_legend[widget]:
            return
        legend = widget.legend
        others = [(sample.item, label.text) for sample, label in legend.items if sample.item not in (train, val)]
        legend.clear()
        if has_train:
            legend.addItem(train, self.tr("training"))
        if has_val:
            legend.addItem(val, self.tr("validation"))
        for item, name in others:
            legend.addItem(item, name)
        self._live_in_legend[widget] = wanted

    def _metric_title(self, key: str) -> str:
        titles = {"accuracy": self.tr("accuracy"), "mae": self.tr("mean absolute error (MAE)"),
                  "mse": self.tr("mean squared error (MSE)")}
        return titles.get(key, key)

    @Slot(int)
    def _on_view_changed(self, _index: int) -> None:
        self._wanted_view = None
        self._redraw_metric()

    def set_view(self, key: str) -> None:
        """Show ``"loss"`` or a metric the run reports (``"accuracy"``, ``"mae"``, ...)."""
        index = self.view_combo.findData(key)
        if index < 0:
            raise ValueError(f"no curve {key!r} to show; available: {', '.join(['loss', *self.metrics])}")
        self.view_combo.setCurrentIndex(index)

    @Slot(bool)
    def set_log_y(self, on: bool) -> None:
        """Logarithmic y axis on both plots (the check box does this)."""
        if self.log_check.isChecked() != bool(on):
            self.log_check.setChecked(bool(on))  # comes back here through toggled
            return
        for widget in (self.loss_widget, self.metric_widget):
            widget.getPlotItem().setLogMode(x=False, y=bool(on))
            widget.hide_hover()
        self._update_anchors()

    @property
    def log_y(self) -> bool:
        return self.log_check.isChecked()

    # ------------------------------------------------------------------ EarlyStopping marker
    def _mark_best_epoch(self, history: dict[str, list[float]]) -> None:
        best = None
        if self._early_stopping is not None:
            epoch = early_stopping_best_epoch(history, self._early_stopping, self._initial_epoch)
            best = None if epoch is None else epoch + 1
        self._set_best_epoch(best)

    def _set_best_epoch(self, epoch: int | None) -> None:
        self._best_epoch = epoch
        for widget in (self.loss_widget, self.metric_widget):
            line = widget.best_line
            if epoch is None:
                line.hide()
                continue
            text = self.tr("best epoch {0}").format(epoch)
            restores = self._early_stopping and self._early_stopping.get("restore_best_weights")
            if restores and not (self._epochs and epoch >= self._epochs[-1]):   # the last epoch: nothing put back
                text += "\n" + self.tr("weights restored")
            # beside the line, on the side with more room (the label must not leave the plot)
            anchor = (1.0, 1.0) if self._epochs and epoch > 0.6 * self._epochs[-1] else (0.0, 1.0)
            line.label.anchors = [anchor, anchor]
            line.setValue(epoch)
            monitor = (self._early_stopping or {}).get("monitor", "val_loss")
            line.setToolTip(with_particles(self.tr("EarlyStopping's best epoch: {0} was best here").format(monitor)))
            line.show()
            line.label.setFormat(text.replace("{", "{{").replace("}", "}}"))  # after show(): hidden labels skip updates
            widget.place_best_label()

    # ------------------------------------------------------------------ hover read-out
    def _on_mouse_moved(self, widget: _CurvePlot, pos: Any) -> None:
        view = widget.getPlotItem().getViewBox()
        if not self._epochs or not view.sceneBoundingRect().contains(pos):
            widget.hide_hover()
            return
        self.show_readout(view.mapSceneToView(pos).x(), widget)

    def show_readout(self, x: float, widget: _CurvePlot | None = None) -> str:
        """Put the crosshair on the epoch nearest ``x`` and show its values; returns the label's text."""
        widget = widget or self.stack.currentWidget()
        if not self._epochs:
            widget.hide_hover()
            return ""
        epochs = np.asarray(self._epochs, dtype=float)
        row = int(np.argmin(np.abs(epochs - x)))
        epoch = self._epochs[row]
        key = "loss" if widget is self.loss_widget else self.current_view
        title = self.tr("epoch {0}").format(epoch)  # not inside the f-string: lupdate would not see it
        best = self.tr("best epoch (EarlyStopping)")
        lines = [f"<b>{title}</b>"]
        for name, color, label in ((key, TRAIN_COLOR, self.tr("training")),
                                   ("val_" + key, VAL_COLOR, self.tr("validation"))):
            values = self._history.get(name)
            if values is not None and math.isfinite(values[row]):
                lines.append(f'<span style="color:{color}">{label}: {values[row]:.4g}</span>')
        if widget is self.loss_widget and self._best_epoch == epoch:
            lines.append(f'<span style="color:{BEST_COLOR}">{best}</span>')
        label = widget.hover_label
        label.setHtml("<br>".join(lines))
        (x0, x1), (y0, y1) = widget.getPlotItem().getViewBox().viewRange()
        right_half = epoch > (x0 + x1) / 2
        widget.crosshair.setValue(epoch)
        widget.crosshair.show()
        label.show()
        # top corner on the side away from the epoch's half; the bottom or the other side where the legend is
        side, other = (1, 0) if right_half else (0, 1)
        legend = widget.legend.sceneBoundingRect() if widget.legend.isVisible() else None
        for ax, (ay, y) in ((side, (0, y1)), (side, (1, y0)), (other, (0, y1)), (other, (1, y0))):
            label.setAnchor((ax, ay))
            label.setPos(epoch, y)
            label.updateTransform(force=True)  # its size on screen now (pyqtgraph updates it before painting)
            if legend is None or not label.sceneBoundingRect().intersects(legend):
                break
        return label.textItem.toPlainText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and isinstance(watched, _CurvePlot):
            watched.hide_hover()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ export
    def csv_columns(self) -> list[str]:
        """``epoch``, ``loss``, ``val_loss``, then each metric and its ``val_`` twin, then anything else."""
        keys = list(self._history)
        order = [k for k in ("loss", "val_loss") if k in keys]
        for metric in self.metrics:
            order += [k for k in (metric, "val_" + metric) if k in keys and k not in order]
        order += [k for k in keys if k not in order]
        return ["epoch", *order]

    def export_csv(self, path: str | Path) -> Path:
        """Write the history: one row per epoch (from 1), full-precision numbers, empty where not logged."""
        path = Path(path)
        columns = self.csv_columns()
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            for row, epoch in enumerate(self._epochs):
                values = [self._history[key][row] for key in columns[1:]]
                writer.writerow([epoch, *("" if not math.isfinite(v) else repr(v) for v in values)])
        return path

    def export_png(self, path: str | Path) -> Path:
        """The visible plot as a PNG, at its size on screen (pyqtgraph enlarges the axis text but not the
        legend when asked for more pixels; the SVG export scales cleanly)."""
        exporter = pg.exporters.ImageExporter(self.stack.currentWidget().getPlotItem())
        exporter.parameters()["background"] = QColor("white")
        return self._export(exporter, path)

    def export_svg(self, path: str | Path) -> Path:
        """The visible plot as an SVG (vector: scales without blur)."""
        with _svg_paths_pyqtgraph_can_read():
            return self._export(pg.exporters.SVGExporter(self.stack.currentWidget().getPlotItem()), path)

    def _export(self, exporter: Any, path: str | Path) -> Path:
        for widget in (self.loss_widget, self.metric_widget):  # the read-out is for the screen, not the file
            widget.hide_hover()
        exporter.export(str(path))
        return Path(path)

    def _ask_and_export(self, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)")}
        name = ("history" if kind == "csv" else self.current_view) + "." + kind
        if self._document is not None:   # "spiral_history.csv": which project's curves it holds
            name = f"{self._document.file_stem}_{name}"
        suggested = str(Path(self.export_folder()) / name) if self.export_folder is not None else name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export learning curves"), suggested, filters[kind])
        if not path:
            return
        if not path.lower().endswith("." + kind):
            path += "." + kind
        try:
            {"png": self.export_png, "svg": self.export_svg, "csv": self.export_csv}[kind](path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export learning curves"),
                                self.tr("Could not write {0}: {1}").format(path, render(os_reason(exc))))

