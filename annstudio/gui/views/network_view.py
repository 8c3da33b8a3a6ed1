"""``NetworkView``: the network diagram — neurons by layer, one line per weight, live while training.

What a learner sees (CURRICULUM §2, the forward pass as matrices, drawn):

- one column of nodes per ``Dense`` layer and one for the input features; Dropout/Activation/
  BatchNormalization/Flatten are notes under the column they follow; a Concatenate is a column joined
  by plain grey lines to the units it concatenates (geometry: ``network_layout``);
- each weight ``w[i→j]`` is a line whose width follows |w| (0.5 px for 0 up to 6 px for the layer's
  largest |w|) and whose colour is its sign: blue positive, orange negative (UI.md); a Dense node is
  filled with its bias in the same colours;
- for two-input data every node shows a thumbnail of its output over the input plane (the Playground's
  picture of what each neuron computes), orange (low) ↔ grey ↔ blue (high);
- columns with more than 32 units show 16 of them (the most strongly wired) and a "⋯ N more" marker;
- hovering a line or node names it and its value ("dense_1 · w[3→5] = −0.42"); when training is
  paused or has ended, clicking one asks for a new value, applied to the model as an undoable command
  (``weight_commands.SetWeightCommand`` on ``document.undo_stack``).

Data arrive from two probes run by the training worker (``annstudio.engine.probes``): ``WeightsProbe``
(10 results/s) and ``NeuronMapsProbe`` (4 results/s). All items are built once per model structure and
then only restyled: the lines between two columns are one item that paints them grouped by pen.
"""
from __future__ import annotations

import itertools
import logging
import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QComboBox, QGraphicsPathItem, QInputDialog, QWidget

from ...engine.probes import NeuronMapsProbe, WeightsProbe
from ...engine.probes.gradients import GradientSizeProbe
from ...particles import with_particles
from ...spec import ModelSpec
from ..colors import CLASS_COLORS, NEUTRAL
from ..editor.weight_commands import SetWeightCommand, weight_label
from ..formatting import format_value
from ..run.state import EDITABLE_STATES, RunState
from .live import LiveView
from .network_layout import (
    MAX_UNITS,
    N_BUCKETS,
    NODE_RADIUS,
    ROW_GAP,
    SHOWN_UNITS,
    DiagramLayout,
    Edges,
    bucket_width,
    build_layout,
    line_widths as _line_widths,
    max_width_for,
    nearest_segment,
    spread,
    unit_importance,
    width_buckets,
)

log = logging.getLogger(__name__)

#: weight signs (UI.md): the Playground's blue for positive, orange for negative
POSITIVE = CLASS_COLORS[1]   # "#0877bd"
NEGATIVE = CLASS_COLORS[0]   # "#f59322"
JOIN = "#9e9e9e"             # the plain lines of a Concatenate, and lines before any weight is known
TEXT = "#222222"
MUTED = "#666666"
#: side of a neuron's thumbnail (view units; nodes are ROW_GAP apart)
THUMB_SIZE = 2.3 * NODE_RADIUS
#: columns spread out to fill a short, wide view up to this many times their own gap
MAX_SPREAD = 6.0
#: how close (pixels) the pointer must be to a line to pick it
PICK_PIXELS = 5.0
#: the lines' colour when they show gradient sizes |∂E/∂w| (the edge mode "gradients")
GRADIENT = "#8e44ad"
#: colour groups of the lines
_POS, _NEG, _GREY, _GRAD = 0, 1, 2, 3
#: width group of the lines that skip columns (1.5 px): a few lines running beside many must stand out
_SKIP_BUCKET = 4


def _rgb(colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def _diverging_lut() -> np.ndarray:
    """uint8 RGBA (256): orange at 0, a light neutral grey in the middle, blue at 255 (as the decision
    regions are painted: full colours toned down over white)."""
    t = (np.arange(256) / 255.0)[:, None]
    low, mid, high = _rgb(NEGATIVE), _rgb(NEUTRAL), _rgb(POSITIVE)
    rgb = np.where(t < 0.5, low + (mid - low) * 2 * t, mid + (high - mid) * (2 * t - 1))
    alpha = 160 / 255
    rgb = rgb * alpha + 255 * (1 - alpha)
    lut = np.full((256, 4), 255, dtype=np.uint8)
    lut[:, :3] = np.rint(rgb).astype(np.uint8)
    return lut


MAP_LUT = _diverging_lut()
#: output ranges of bounded activations (thumbnail colour levels); others use ± the largest |value|
_ACTIVATION_LEVELS = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0),
                      "tanh": (-1.0, 1.0), "sign": (-1.0, 1.0)}


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))  # opaque: translucent antialiased lines cost 5x more to paint
    pen.setWidthF(width)
    pen.setCosmetic(True)  # width in pixels, whatever the zoom
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


#: one pen per (colour group, width group)
_PENS = [_pen(colour, bucket_width(b)) for colour in (POSITIVE, NEGATIVE, JOIN, GRADIENT) for b in range(N_BUCKETS)]


class EdgeItem(pg.GraphicsObject):
    """All lines between two columns as one item: ``paint`` draws them grouped by pen (thin ones first),
    so a restyle costs one sort of the line styles, not one item per line. Lines that skip columns
    (``edges.routed``) are polylines around the columns they skip."""

    def __init__(self, edges: Edges) -> None:
        super().__init__()
        self.edges = edges
        self._lines: list[Any]
        if edges.routed:
            self._lines = [QPolygonF([QPointF(float(x), float(y)) for x, y in edges.polyline(k)])
                           for k in range(len(edges))]
        else:
            self._lines = [QLineF(a, b, c, d) for a, b, c, d in zip(edges.x0, edges.y0, edges.x1, edges.y1, strict=False)]
        if len(edges):
            points = np.vstack([edges.polyline(k) for k in range(len(edges))]) if edges.routed else \
                np.c_[np.r_[edges.x0, edges.x1], np.r_[edges.y0, edges.y1]]
            (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
            self._rect = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
        else:
            self._rect = QRectF()
        self._groups: list[tuple[QPen, list[Any]]] = []
        self.set_styles(np.full(len(edges), _GREY), np.full(len(edges), _SKIP_BUCKET if edges.routed else 0))

    def set_styles(self, colours: np.ndarray, buckets: np.ndarray) -> None:
        """``colours``: 0 positive, 1 negative, 2 grey, 3 gradient per line; ``buckets``: width group per line."""
        keys = np.asarray(buckets) + N_BUCKETS * np.asarray(colours)
        # thin lines first, so the strong weights are drawn on top
        order = np.lexsort((keys, buckets))
        sorted_keys = keys[order]
        cuts = np.flatnonzero(np.diff(sorted_keys)) + 1
        lines = self._lines
        self._groups = [(_PENS[int(sorted_keys[chunk[0]])], [lines[i] for i in order[chunk]])
                        for chunk in np.split(np.arange(len(order)), cuts) if len(chunk)]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, *args: Any) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        routed = self.edges.routed
        for pen, lines in self._groups:
            painter.setPen(pen)
            if routed:
                for polyline in lines:
                    painter.drawPolyline(polyline)
            else:
                painter.drawLines(lines)


class NodeItem(pg.GraphicsObject):
    """All nodes as one item: circles filled with a colour each (or, with thumbnails, square frames).
    Painting a few dozen ellipses directly is several times cheaper than restyling a ScatterPlotItem."""

    def __init__(self, xy: np.ndarray, radius: float) -> None:
        super().__init__()
        self._rects = [QRectF(float(x) - radius, float(y) - radius, 2 * radius, 2 * radius) for x, y in xy]
        self._square_rects = [QRectF(float(x) - THUMB_SIZE / 2, float(y) - THUMB_SIZE / 2, THUMB_SIZE, THUMB_SIZE)
                              for x, y in xy]
        self._brushes = [QBrush(QColor("white"))] * len(self._rects)
        self._pen = QPen(QColor("#555555"))
        self._pen.setCosmetic(True)
        self._frame_pen = QPen(QColor("#777777"))
        self._frame_pen.setCosmetic(True)
        self.square = False
        rect = QRectF()
        for r in self._rects + self._square_rects:
            rect = rect.united(r)
        self._bounds = rect

    def set_colours(self, colours: list[QColor]) -> None:
        self._brushes = [QBrush(c) for c in colours]
        self.update()

    def set_square(self, on: bool) -> None:
        """Square frames around thumbnails instead of filled circles."""
        self.square = bool(on)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *args: Any) -> None:
        if self.square:
            painter.setPen(self._frame_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._square_rects:
                painter.drawRect(rect)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        for rect, brush in zip(self._rects, self._brushes, strict=False):
            painter.setBrush(brush)
            painter.drawEllipse(rect)


class _ColumnTitle(pg.TextItem):
    """A column's name and, under it, its size and notes, centred above the column. :meth:`fit` shortens
    either line with "…" to the room between two columns, so neighbouring titles never overlap; the
    tooltip keeps the whole text."""

    def __init__(self, name: str, notes: str):
        super().__init__(anchor=(0.5, 1.0))
        self.name, self.notes = name, notes
        self._room = -1.0
        bold, small = QFont(self.textItem.font()), QFont(self.textItem.font())
        bold.setBold(True)
        small.setPointSizeF(8)
        self._metrics = QFontMetricsF(bold), QFontMetricsF(small)   # of the name line and the notes line
        self.setToolTip(f"{name}\n{notes}")
        self.fit(math.inf)

    def fit(self, room: float) -> None:
        """Show both lines whole, or each shortened to ``room`` pixels (at least a few characters)."""
        room = math.inf if room == math.inf else max(round(room), 24)
        if room == self._room:
            return
        self._room = room
        name, notes = self.name, self.notes
        if room != math.inf:
            name = self._metrics[0].elidedText(name, Qt.TextElideMode.ElideRight, room)
            notes = self._metrics[1].elidedText(notes, Qt.TextElideMode.ElideRight, room)
        self.setTextWidth(-1)  # no wrapping: each line as wide as its text
        self.setHtml(f"<div style='text-align:center; color:{TEXT}'><b>{_escape(name)}</b><br/>"
                     f"<span style='color:{MUTED}; font-size:8pt'>{_escape(notes)}</span></div>")
        self.setTextWidth(self.textItem.document().idealWidth() + 2)  # lets the lines centre


class NetworkView(LiveView, pg.GraphicsLayoutWidget):
    """The network diagram; objectName ``networkView``.

    ``NetworkView(document, runner=None)``: draws ``document.spec`` until weights arrive, then the model
    being trained. :meth:`follow` registers :attr:`probes` with a ``TrainingRunner`` and follows it (probe
    results, the exact weights the worker sends when a run pauses or ends, a clean diagram on reset).
    :meth:`update_from_result` draws one probe result by hand; :meth:`set_weight` edits the model
    (undoable); :meth:`line_widths` / :meth:`line_colors` / :meth:`hover_text_at` are for tests.

    ``sigWeightsEdited(key)`` after a weight edit (or its undo) reached the model, so other views (the
    decision regions) can redraw. ``sigMessage(text)`` for the status bar.
    """

    sigWeightsEdited = Signal(str)
    sigMessage = Signal(str)
    live_keys = ("weights", "weights_spec", "neuron_maps", "edge_gradients")
    #: what the lines show: the weights (sign and size) or the gradient sizes |∂E/∂w|
    EDGE_MODES = ("weights", "gradients")

    def __init__(self, document: Any = None, runner: Any = None, parent: QWidget | None = None, *,
                 max_units: int = MAX_UNITS, shown_units: int = SHOWN_UNITS) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.setBackground("w")
        self.setMinimumSize(260, 200)
        self.document = document
        self.max_units = max_units          # columns with more units are condensed ...
        self.units_shown = shown_units      # ... to this many
        self.weights_probe = WeightsProbe(max_rate=10.0)
        self.maps_probe = NeuronMapsProbe(resolution=24, max_rate=4.0)
        # ∂E/∂W of every kernel on a fixed sample, only while the lines show gradients
        self.gradient_probe = GradientSizeProbe(max_rate=4.0, budget=0.05, key="edge_gradients", kernels=True)
        self.gradient_probe.active = False
        self.edge_mode = "weights"
        self._gradients: dict[str, np.ndarray] | None = None

        self.view_box: pg.ViewBox = self.addViewBox(row=0, col=0, lockAspect=True, invertY=True, enableMenu=False)
        self.caption = self.addLabel(row=1, col=0, justify="left", color=MUTED, size="9pt")
        self._caption_text = ""
        self.ci.layout.setRowStretchFactor(0, 1)

        self.diagram: DiagramLayout | None = None  # what is drawn (geometry)
        self._extent: tuple[float, float, float, float] | None = None
        self._wanted_gap: float | None = None   # the column gap that fills the view's width (_fit_range)
        self._spreading = False
        self._units_chosen = False              # condensed columns show the units with the largest weights
        self._spec_dict: dict | None = None     # the spec drawn (from the probe, or the document's)
        self._from_run = False                  # drawing the trained model (not just the document's spec)
        self._weights: dict[str, np.ndarray] | None = None
        self._maps: dict | None = None
        self._edge_items: list[EdgeItem] = []
        self._line_values: dict[str, np.ndarray] = {}
        self._line_widths: dict[str, np.ndarray] = {}
        self._line_colours: dict[str, np.ndarray] = {}
        self._nodes: NodeItem | None = None
        self._node_col = np.zeros(0, int)       # per node: column index, unit, x, y
        self._node_unit = np.zeros(0, int)
        self._node_xy = np.zeros((0, 2))
        self._markers: list[tuple[int, pg.TextItem]] = []
        self._labels: list[_ColumnTitle] = []
        self._hover_scene_pos: QPointF | None = None   # the pointer's last position (see _on_mouse_moved)
        self._thumbs: list[pg.ImageItem] = []   # one per column, built with the first maps
        self._all_lines: tuple[np.ndarray, ...] | None = None  # x0, y0, x1, y1, edge index, line index
        self.updates = 0
        self.hover_text = ""
        self._hover_label = pg.TextItem("", color=TEXT, fill=pg.mkBrush(255, 255, 255, 235),
                                        border=pg.mkPen("#999"), anchor=(0, 1))
        self._hover_label.setZValue(100)
        self._hover_label.hide()
        self.view_box.addItem(self._hover_label, ignoreBounds=True)
        # the hovered line, drawn again on top with a dark outline
        self._highlight = [QGraphicsPathItem(), QGraphicsPathItem()]
        for z, item in zip((-5, -4), self._highlight, strict=False):
            item.setZValue(z)
            item.hide()
            self.view_box.addItem(item, ignoreBounds=True)

        self.view_box.sigResized.connect(lambda _vb: self._fit_range())
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        if document is not None:
            document.sigSpecChanged.connect(self._on_spec_changed)
            document.sigReplaced.connect(self.clear_weights)
        self.edge_mode_box = QComboBox(self)
        self.edge_mode_box.setObjectName("networkEdgeMode")
        self.edge_mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_edge_modes()
        self.edge_mode_box.currentIndexChanged.connect(lambda i: self.set_edge_mode(self.EDGE_MODES[i]))
        self._update_caption()
        self._draw_spec(self._document_spec())
        if runner is not None:
            self.attach(runner)

    def _fill_edge_modes(self) -> None:
        box = self.edge_mode_box
        box.blockSignals(True)
        box.clear()
        box.addItems([self.tr("Lines: weights"), self.tr("Lines: gradients |∂E/∂w|")])
        box.setToolTip(self.tr("What the lines show: each weight (colour: sign, width: size), or how much "
                               "the loss changes with it (width: |∂E/∂w| on a sample of the training data)"))
        box.setCurrentIndex(self.EDGE_MODES.index(self.edge_mode))
        box.blockSignals(False)
        box.adjustSize()
        box.move(4, 4)

    def set_edge_mode(self, mode: str) -> None:
        """Lines by ``"weights"`` or by ``"gradients"`` (|∂E/∂w|, from the gradient probe)."""
        if mode not in self.EDGE_MODES:
            raise ValueError(f"edge mode must be one of {self.EDGE_MODES}, got {mode!r}")
        self.edge_mode = mode
        self.gradient_probe.active = mode == "gradients"
        if self.edge_mode_box.currentIndex() != self.EDGE_MODES.index(mode):
            self.edge_mode_box.setCurrentIndex(self.EDGE_MODES.index(mode))
        self._apply_weights()
        self._update_caption()
        if mode == "gradients" and self.runner is not None and self.runner.state != RunState.RUNNING:
            self.request_refresh([self.gradient_probe])  # no batch runs: compute them now

    # ------------------------------------------------------------------ wiring
    @property
    def probe(self) -> WeightsProbe:
        """The main probe (weights)."""
        return self.weights_probe

    @property
    def probes(self) -> list:
        """The probes to register with a ``TrainingRunner`` (:meth:`follow` does it)."""
        return [self.weights_probe, self.maps_probe, self.gradient_probe]

    def live_probes(self) -> list:
        return self.probes

    def draw_live(self, results: dict) -> None:
        # a pause or the end of a run: pick again which units condensed columns show
        self.update_from_result(results, choose_units=self.run_state in EDITABLE_STATES)

    def clear_live(self) -> None:
        self.clear_weights()

    def on_run_state(self, state: RunState) -> None:
        self._update_caption()

    @property
    def can_edit(self) -> bool:
        """A model is there to edit: no batch runs (before training, paused, or after it ended)."""
        return (self.runner is not None and self.runner.state != RunState.RUNNING
                and self.runner.last_model is not None)

    def refresh_from_model(self) -> None:
        """Have the runner's model drawn as it is now (only when no batch runs: paused, finished,
        stopped); the probes run in a job thread and the result arrives as a payload."""
        self.request_refresh()

    # ------------------------------------------------------------------ drawing results
    def update_from_result(self, result: dict, *, choose_units: bool = False) -> None:
        """Draw a probe result: ``{"weights": {...}, "weights_spec": {...}, "neuron_maps": {...}}`` (any of
        them; a whole ``{"event": "probe", "results": ...}`` event is accepted too).

        ``choose_units``: pick again which units condensed columns show (by the size of their weights);
        otherwise they stay as they are while training runs, so nodes do not jump.
        """
        if result.get("event") == "probe":
            result = result.get("results", {})
        weights = result.get("weights")
        if weights is not None:
            spec_dict = result.get("weights_spec")
            if spec_dict is not None:
                self._from_run = True
            new_spec = spec_dict is not None and spec_dict != self._spec_dict
            if new_spec:
                self._spec_dict = spec_dict
            if new_spec or choose_units or not self._units_chosen or not self._weights_fit(weights):
                spec = ModelSpec.from_dict(self._spec_dict) if self._spec_dict is not None else None
                self._rebuild(spec, weights, keep_if_same=not new_spec)
            self._weights = weights
            self._apply_weights()
            self._update_caption()
        gradients = result.get("edge_gradients")
        if gradients is not None and "kernels" in gradients:
            self._gradients = gradients["kernels"]
            if self.edge_mode == "gradients":
                self._apply_weights()
        maps = result.get("neuron_maps")
        if maps:
            self._maps = maps
            self._apply_maps()
        if weights is not None or maps or gradients is not None:
            self.updates += 1

    def clear_weights(self) -> None:
        """Forget the trained model: draw the document's spec with grey lines."""
        self.forget_pending()
        self._weights = None
        self._gradients = None
        self._maps = None
        self._from_run = False
        self._draw_spec(self._document_spec())
        self._update_caption()

    def _document_spec(self) -> ModelSpec | None:
        return self.document.spec if self.document is not None else None

    @Slot()
    def _on_spec_changed(self) -> None:
        if not self._from_run:
            self._draw_spec(self._document_spec())
        self._update_caption()

    def _draw_spec(self, spec: ModelSpec | None) -> None:
        self._spec_dict = spec.to_dict() if spec is not None else None
        self._rebuild(spec, None)

    def _weights_fit(self, weights: dict) -> bool:
        if self.diagram is None:
            return False
        for edges in self.diagram.edges:
            if edges.key is None:
                continue
            kernel = weights.get(edges.key)
            if kernel is None or kernel.ndim != 2 or kernel.shape[1] != self.diagram.columns[edges.dst].units:
                return False
        return True

    # ------------------------------------------------------------------ building the items (per structure)
    def _rebuild(self, spec: ModelSpec | None, weights: dict | None, keep_if_same: bool = False) -> None:
        self._units_chosen = weights is not None
        layout = None
        if spec is not None:
            try:
                layout = build_layout(spec, max_units=self.max_units, shown_units=self.units_shown)
                if weights is not None and any(c.condensed for c in layout.columns):
                    layout = build_layout(spec, max_units=self.max_units, shown_units=self.units_shown,
                                          importance=unit_importance(weights, layout))
            except Exception:
                log.exception("cannot lay out the network diagram")
                layout = None
        layout = self._spread_to_fit(layout)
        if keep_if_same and layout is not None and self.diagram is not None and \
                layout.signature() == self.diagram.signature():
            return
        self._draw_layout(layout)

    def _draw_layout(self, layout: DiagramLayout | None) -> None:
        """Replace the drawn items by those of ``layout`` (grey lines and white nodes until restyled)."""
        vb = self.view_box
        for item in [*self._edge_items, *self._labels, *self._thumbs, *(m for _, m in self._markers)]:
            vb.removeItem(item)
        if self._nodes is not None:
            vb.removeItem(self._nodes)
        self._edge_items, self._labels, self._thumbs, self._markers = [], [], [], []
        self._nodes = None
        self._line_values, self._line_widths, self._line_colours = {}, {}, {}
        self.diagram = layout
        self._hide_hover()
        if layout is None or not layout.columns:
            self._all_lines = None
            self._node_xy = np.zeros((0, 2))
            self._node_col = self._node_unit = np.zeros(0, int)
            return

        for edges in layout.edges:
            item = EdgeItem(edges)
            item.setZValue(-8 if edges.routed else -10)  # a skip's few lines over the many weight lines
            vb.addItem(item)
            self._edge_items.append(item)
        pieces = [e.segments() for e in layout.edges]
        n_pieces = [len(p[0]) for p in pieces]
        if sum(n_pieces):
            self._all_lines = (
                *(np.concatenate([p[i] for p in pieces]) for i in range(4)),
                np.repeat(np.arange(len(layout.edges)), n_pieces), np.concatenate([p[4] for p in pieces]),
            )
        else:
            self._all_lines = None

        cols, units, xy = [], [], []
        for ci, col in enumerate(layout.columns):
            cols += [ci] * len(col.shown)
            units += [int(u) for u in col.shown]
            xy += [(col.x, float(y)) for y in col.ys]
        self._node_col, self._node_unit = np.array(cols, int), np.array(units, int)
        self._node_xy = np.array(xy, dtype=np.float64).reshape(-1, 2)
        self._nodes = NodeItem(self._node_xy, NODE_RADIUS)
        self._nodes.setZValue(10)
        vb.addItem(self._nodes)

        top = min((float(c.ys[0]) for c in layout.columns if len(c.ys)), default=0.0)
        for col in layout.columns:
            title = _ColumnTitle(col.name, self._column_notes(col))
            title.setPos(col.x, top - 0.6)
            vb.addItem(title, ignoreBounds=True)
            self._labels.append(title)
            if col.condensed:
                marker = pg.TextItem(self.tr("⋯ {0} more").format(f"{col.hidden:,}"), color=MUTED, anchor=(0.5, 0.5))
                marker.setPos(col.x, col.marker_y)
                vb.addItem(marker, ignoreBounds=True)
                self._markers.append((layout.columns.index(col), marker))
        self._extent = layout.extent
        self._fit_range()

    def _spread_to_fit(self, layout: DiagramLayout | None) -> DiagramLayout | None:
        """``layout`` with its columns as far apart as the view's shape asks (:meth:`_fit_range`), from the
        layout's own gap up to ``MAX_SPREAD`` times it; ``layout`` itself when that is its gap already."""
        if layout is None or self._wanted_gap is None:
            return layout
        gap = float(np.clip(self._wanted_gap, layout.base_gap, MAX_SPREAD * layout.base_gap))
        return layout if math.isclose(gap, layout.gap, rel_tol=0.05) else spread(layout, gap)

    def _respread(self) -> bool:
        """Lay the columns out again when the view's shape asks for another gap (a short, wide dock: the
        columns spread out instead of the whole diagram shrinking to fit the height). True if it did."""
        if self._spreading or self.diagram is None:
            return False
        layout = self._spread_to_fit(self.diagram)
        if layout is self.diagram:
            return False
        self._spreading = True   # the new layout's own fit does not spread again
        try:
            self._draw_layout(layout)
            self._apply_weights()
            self._apply_maps()
        finally:
            self._spreading = False
        return True

    def _fit_range(self) -> None:
        """Show the whole diagram with room for the column titles, whose size is in pixels, not in
        diagram units: solve for the units-per-pixel scale the locked aspect ratio gives. When the height
        sets the scale, the columns are spread (:meth:`_respread`) so the diagram uses the width too."""
        extent = self._extent
        if extent is None:
            return
        x0, x1, y0, y1 = extent
        vb = self.view_box
        width_px, height_px = max(vb.width(), 80.0), max(vb.height(), 60.0)
        xs = sorted({label.pos().x() for label in self._labels})
        gap = min((b - a for a, b in itertools.pairwise(xs)), default=float("inf"))  # nearest two columns
        chooser_h = self.edge_mode_box.sizeHint().height() + 4  # the "Lines:" chooser sits above the titles
        top, side, scale = 2.0, 1.6, 1.0
        for _ in range(6):  # a fixed point: margins depend on the scale, the scale on the margins
            scale = max((x1 - x0 + 2 * side) / width_px, (y1 - y0 + 0.8 + top) / height_px)
            title_h, half_w = self._fit_titles(gap / scale - 10)
            top = 0.6 + (title_h + 6 + chooser_h) * scale
            side = max(0.8, (half_w + 6) * scale)
        depth = max((c.depth for c in self.diagram.columns), default=0) if self.diagram is not None else 0
        if depth:  # the gap at which the columns fill the width at the height's scale
            height_scale = (y1 - y0 + 0.8 + top) / height_px
            self._wanted_gap = (width_px * height_scale - 2 * side) / depth
            if self._respread():
                return
        vb.setRange(xRange=(x0 - side, x1 + side), yRange=(y0 - top, y1 + 0.8), padding=0)
        self._fit_markers(gap / scale - 6)

    def _fit_markers(self, room: float) -> None:
        """"⋯ 768 more" under a condensed column, or "+768" when that is wider than the room between two
        columns (three markers ran into one another in a short dock); the tooltip keeps the long form."""
        for ci, marker in self._markers:
            hidden = self.diagram.columns[ci].hidden if self.diagram is not None else 0
            long_text = self.tr("⋯ {0} more").format(f"{hidden:,}")
            marker.setToolTip(long_text)
            width = QFontMetricsF(marker.textItem.font()).horizontalAdvance(long_text)
            text = long_text if width <= room else f"+{hidden:,}"
            if marker.textItem.toPlainText() != text:
                marker.setText(text)

    def _fit_titles(self, room: float) -> tuple[float, float]:
        """Fit every column title to ``room`` pixels; the tallest title's height and the widest's half width."""
        height = half = 0.0
        for label in self._labels:
            label.fit(room)
            box = label.textItem.boundingRect()
            height, half = max(height, box.height()), max(half, box.width() / 2)
        return height, half

    def _column_notes(self, col: Any) -> str:
        """The line under a column's name: its size, then what it applies ("16 units · relu · BatchNorm")."""
        if col.kind == "Input":
            size = self.tr("{0} inputs").format(f"{col.units:,}") if col.units != 1 else self.tr("1 input")
        elif col.kind == "Concatenate":
            size = self.tr("{0} values").format(f"{col.units:,}")
        else:
            size = self.tr("{0} units").format(f"{col.units:,}") if col.units != 1 else self.tr("1 unit")
        return " · ".join([size, *col.notes])

    # ------------------------------------------------------------------ restyling (per result)
    def _apply_weights(self) -> None:
        layout, weights = self.diagram, self._weights
        if layout is None or weights is None:
            return
        for item in self._edge_items:
            edges = item.edges
            if edges.key is None:
                item.set_styles(np.full(len(edges), _GREY), np.full(len(edges), _SKIP_BUCKET if edges.routed else 2))
                continue
            by_gradient = self.edge_mode == "gradients"
            kernel = (self._gradients or {}).get(edges.key) if by_gradient else weights.get(edges.key)
            if by_gradient and kernel is None:
                item.set_styles(np.full(len(edges), _GREY), np.zeros(len(edges), int))
                self._line_colours[edges.name] = np.full(len(edges), _GREY)
                continue
            if kernel is None or kernel.ndim != 2 or not len(edges):
                continue
            # A Dense layer on a 2-D input (no Flatten) has a kernel over the last axis only: lines from
            # units beyond its rows have no weight of their own and stay at the thinnest width.
            inside = (edges.rows < kernel.shape[0]) & (edges.cols < kernel.shape[1])
            values = np.zeros(len(edges), dtype=kernel.dtype)
            values[inside] = kernel[edges.rows[inside], edges.cols[inside]]
            # weights: each layer to its own largest |w|; gradients: all to the model's largest |∂E/∂w|, so
            # the layers compare (a vanishing gradient is thin lines in the first layers)
            scale = kernel if not by_gradient else max(self._gradients.values(), key=lambda g: float(np.max(np.abs(g))))
            widths = _line_widths(values, float(np.max(np.abs(scale))) if kernel.size else 0.0,
                                  hi=max_width_for(len(edges)))
            colours = np.full(len(edges), _GRAD) if by_gradient else np.where(values < 0, _NEG, _POS)
            item.set_styles(colours, width_buckets(widths))
            self._line_values[edges.name] = values
            self._line_widths[edges.name] = widths
            self._line_colours[edges.name] = colours
        if self._nodes is not None and not self._thumbs:
            self._nodes.set_colours(self._node_colours())

    def _node_colours(self) -> list[QColor]:
        """White for units without a bias; a Dense unit's bias in the weight colours, stronger for larger |b|
        (relative to the layer's largest |b|)."""
        white = np.array([255.0, 255.0, 255.0])
        pos, neg = _rgb(POSITIVE), _rgb(NEGATIVE)
        colours: list[QColor] = []
        for col in self.diagram.columns:
            bias = self._weights.get(col.bias_key) if (self._weights is not None and col.bias_key) else None
            if bias is None or bias.shape[0] < col.units:
                colours += [QColor("white")] * len(col.shown)
                continue
            values = bias[col.shown].astype(np.float64)
            top = float(np.max(np.abs(bias))) if bias.size else 0.0
            t = np.minimum(1.0, np.abs(values) / top) if top > 0 else np.zeros_like(values)
            strength = np.where(t > 0, 0.15 + 0.85 * t, 0.0)[:, None]
            rgb = np.rint(white + (np.where(values[:, None] < 0, neg, pos) - white) * strength).astype(int)
            colours += [QColor(int(r), int(g), int(b)) for r, g, b in rgb]
        return colours

    def _apply_maps(self) -> None:
        """Thumbnails: one RGBA image per column, the units' maps stacked with transparent gaps, placed so
        each map covers its node (one item per column instead of one per neuron: 5x faster to paint)."""
        layout, maps = self.diagram, self._maps
        if layout is None or not maps:
            return
        layers = maps.get("layers", {})
        r = int(maps.get("resolution", 0))
        if r < 2:
            return
        block = int(round(r * ROW_GAP / THUMB_SIZE))  # pixel rows per unit: the map plus a transparent gap
        if not self._thumbs:
            for col in layout.columns:
                values = layers.get(col.output_layer, layers.get(col.name))
                if values is None or values.ndim != 3 or values.shape[0] < col.units:
                    return  # maps of another model: wait for the right ones
            for col in layout.columns:
                img = pg.ImageItem(axisOrder="row-major")
                y_top = float(col.ys[0]) - THUMB_SIZE / 2 if len(col.ys) else 0.0
                img.target_rect = QRectF(col.x - THUMB_SIZE / 2, y_top, THUMB_SIZE, len(col.shown) * ROW_GAP)
                img.setZValue(5)
                self.view_box.addItem(img)
                self._thumbs.append(img)
            self._nodes.set_square(True)  # nodes become square frames around their thumbnails
        for col, img in zip(layout.columns, self._thumbs, strict=False):
            values = layers.get(col.output_layer, layers.get(col.name))
            if values is None or values.shape[0] < col.units or values.shape[1:] != (r, r):
                continue
            shown = values[col.shown]
            lo, hi = _ACTIVATION_LEVELS.get(col.activation or "", (None, None))
            if lo is None:
                m = float(np.max(np.abs(shown))) if shown.size else 0.0
                lo, hi = (-m, m) if m > 0 else (-1.0, 1.0)
            index = np.clip(np.rint((shown - lo) * (255.0 / (hi - lo))), 0, 255).astype(np.uint8)
            rgba = np.zeros((len(shown), block, r, 4), dtype=np.uint8)   # transparent gaps
            rgba[:, :r] = MAP_LUT[index[:, ::-1]]                           # row 0 = the highest input y
            first = img.image is None
            img.setImage(rgba.reshape(len(shown) * block, r, 4), autoLevels=False, levels=None)
            if first:  # setRect scales by the image's size, so it follows the first setImage
                img.setRect(img.target_rect)

    def thumbnail_rgba(self, layer: str) -> np.ndarray | None:
        """The RGBA image of a column's thumbnails (tests), or ``None`` when none are drawn."""
        if not self._thumbs:
            return None
        return self._thumbs[self.diagram.column_of[layer]].image

    # ------------------------------------------------------------------ queries (also for tests)
    def _edges_named(self, layer_pair: Any) -> Edges:
        if self.diagram is None:
            raise KeyError("nothing is drawn")
        if isinstance(layer_pair, (tuple, list)):
            src, dst = layer_pair
            for edges in self.diagram.edges:
                if edges.name == dst and (edges.source_name == src or self.diagram.column_of.get(src) == edges.src):
                    return edges
            raise KeyError(f"no lines from {src!r} to {dst!r}")
        return self.diagram.edges_into(str(layer_pair))

    def line_widths(self, layer_pair: Any) -> np.ndarray:
        """Drawn widths (pixels) of the lines into a Dense layer: ``(shown inputs, shown units)``, entry
        ``[a, b]`` for weight ``w[shown_src[a]→shown_dst[b]]``. ``layer_pair``: the Dense layer's name or
        ``(source, destination)`` names."""
        edges = self._edges_named(layer_pair)
        widths = self._line_widths.get(edges.name)
        if widths is None:
            widths = np.full(len(edges), bucket_width(0))
        return widths.reshape(self._grid_shape(edges))

    def line_colors(self, layer_pair: Any) -> np.ndarray:
        """Colours (``"#0877bd"`` positive, ``"#f59322"`` negative, grey unknown, purple for gradient sizes)
        shaped as :meth:`line_widths`."""
        edges = self._edges_named(layer_pair)
        groups = self._line_colours.get(edges.name, np.full(len(edges), _GREY))
        names = np.array([POSITIVE, NEGATIVE, JOIN, GRADIENT], dtype=object)
        return names[groups].reshape(self._grid_shape(edges))

    def shown_units(self, layer: str) -> np.ndarray:
        """Unit indices drawn for ``layer``'s column."""
        return self.diagram.column(layer).shown.copy()

    def _grid_shape(self, edges: Edges) -> tuple[int, ...]:
        if edges.key is None:
            return (len(edges),)
        return (len(self.diagram.columns[edges.src].shown), len(self.diagram.columns[edges.dst].shown))

    def line_position(self, layer: str, i: int, j: int) -> QPointF:
        """The middle of the line of ``w[i→j]`` into ``layer`` (view coordinates)."""
        edges = self._edges_named(layer)
        k = int(np.flatnonzero((edges.rows == i) & (edges.cols == j))[0])
        if edges.routed:
            points = edges.polyline(k)
            return QPointF(*points[len(points) // 2])
        return QPointF((edges.x0[k] + edges.x1[k]) / 2, (edges.y0[k] + edges.y1[k]) / 2)

    def node_position(self, layer: str, unit: int) -> QPointF:
        col_index = self.diagram.column_of[layer]
        k = int(np.flatnonzero((self._node_col == col_index) & (self._node_unit == unit))[0])
        return QPointF(*self._node_xy[k])

    def node_count(self) -> int:
        return int(len(self._node_xy))

    def marker_texts(self) -> list[str]:
        return [item.textItem.toPlainText() for _, item in self._markers]

    # ------------------------------------------------------------------ picking
    def hit_at(self, point: QPointF) -> dict | None:
        """What is under ``point`` (view coordinates): ``{"kind": "node"|"weight"|"join"|"marker", ...}``."""
        if self.diagram is None:
            return None
        sx, sy = self.view_box.viewPixelSize()
        sx, sy = (sx or 1.0), (sy or 1.0)
        px, py = point.x(), point.y()
        if len(self._node_xy):
            d = np.hypot(self._node_xy[:, 0] - px, self._node_xy[:, 1] - py)
            k = int(np.argmin(d))
            if d[k] <= max(THUMB_SIZE / 2, 4 * sx):
                col = self.diagram.columns[int(self._node_col[k])]
                return {"kind": "node", "layer": col.name, "unit": int(self._node_unit[k]), "column": col}
        for ci, _marker in self._markers:
            col = self.diagram.columns[ci]
            if abs(px - col.x) <= 1.2 and abs(py - col.marker_y) <= 0.45:
                return {"kind": "marker", "layer": col.name, "column": col}
        if self._all_lines is not None:
            x0, y0, x1, y1, which, index = self._all_lines
            k, dist = nearest_segment(px / sx, py / sy, x0 / sx, y0 / sy, x1 / sx, y1 / sy)
            if k >= 0 and dist <= PICK_PIXELS:
                edges = self.diagram.edges[int(which[k])]
                line = int(index[k])
                i, j = int(edges.rows[line]), int(edges.cols[line])
                if edges.key is None:
                    return {"kind": "join", "layer": edges.name, "source": edges.source_name, "i": i, "j": j}
                return {"kind": "weight", "layer": edges.name, "key": edges.key, "index": (i, j)}
        return None

    def describe(self, hit: dict | None) -> str:
        """The hover text of a hit, e.g. ``dense_1 · w[3→5] = −0.42``."""
        if hit is None:
            return ""
        kind = hit["kind"]
        if kind == "weight":
            text = weight_label(hit["key"], hit["index"])
            value = self._value(hit["key"], hit["index"])
            return f"{text} = {format_value(value)}" if value is not None else text
        if kind == "join":
            text = self.tr("{0} joins {1}[{2}] as its value {3}").format(hit["layer"], hit["source"], hit["i"], hit["j"])
            return with_particles(text)
        if kind == "marker":
            col = hit["column"]
            return self.tr("{0}: {1} of {2} units shown (the most strongly connected)").format(
                col.name, len(col.shown), f"{col.units:,}")
        col, unit = hit["column"], hit["unit"]
        if col.kind == "Input":
            if len(col.shape) == 2:  # an image: name the pixel
                row, column = divmod(unit, col.shape[1])
                return self.tr("{0} · pixel ({1}, {2})").format(col.name, row, column)
            return self.tr("{0} · input {1}").format(col.name, unit)
        if col.bias_key:
            value = self._value(col.bias_key, (unit,))
            text = weight_label(col.bias_key, (unit,))
            return f"{text} = {format_value(value)}" if value is not None else text
        return self.tr("{0} · unit {1}").format(col.name, unit)

    def hover_text_at(self, point: QPointF) -> str:
        return self.describe(self.hit_at(point))

    def _value(self, key: str, index: tuple[int, ...]) -> float | None:
        if self._weights is None or key not in self._weights:
            return None
        array = self._weights[key]
        try:
            return float(array[index])
        except IndexError:
            return None

    @staticmethod
    def _editable(hit: dict | None) -> tuple[str, tuple[int, ...]] | None:
        if hit is None:
            return None
        if hit["kind"] == "weight":
            return hit["key"], hit["index"]
        if hit["kind"] == "node" and hit["column"].bias_key:
            return hit["column"].bias_key, (hit["unit"],)
        return None

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self._hover_scene_pos = QPointF(scene_pos)   # to say the new value at once after an edit
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            self._hide_hover()
            return
        point = self.view_box.mapSceneToView(scene_pos)
        hit = self.hit_at(point)
        text = self.describe(hit)
        self.hover_text = text
        if not text:
            self._hide_hover()
            return
        if self._editable(hit) is not None and self.can_edit:
            text += "  " + self.tr("(click to change)")
        self._hover_label.setText(text)
        self._place_hover(QPointF(point.x(), point.y() - 0.15))
        self._show_highlight(hit)
        editable = self._editable(hit) is not None and self.can_edit
        self.setCursor(Qt.CursorShape.PointingHandCursor if editable else Qt.CursorShape.ArrowCursor)

    def _place_hover(self, point: QPointF) -> None:
        """Show the hover label at ``point`` (view units), above and to the right of it, or to its left /
        below it where it would stick out of the view (clipped at the dock's edge otherwise)."""
        label = self._hover_label
        label.setAnchor((0, 1))
        label.setPos(point)
        label.show()
        label.updateTransform(force=True)  # its size on screen now (pyqtgraph updates it before painting)
        inside = self.view_box.sceneBoundingRect()
        rect = label.sceneBoundingRect()
        anchor = (1 if rect.right() > inside.right() and rect.width() < inside.width() else 0,
                  0 if rect.top() < inside.top() else 1)
        if anchor != (0, 1):
            label.setAnchor(anchor)

    def _hide_hover(self) -> None:
        self.hover_text = ""
        self._hover_label.hide()
        for item in self._highlight:
            item.hide()
        self.unsetCursor()

    def _show_highlight(self, hit: dict | None) -> None:
        outline, line = self._highlight
        if hit is None or hit["kind"] not in ("weight", "join"):
            outline.hide()
            line.hide()
            return
        edges = self.diagram.edges_into(hit["layer"]) if hit["kind"] == "weight" else \
            self._edges_named((hit["source"], hit["layer"]))
        i, j = hit.get("index", (hit.get("i"), hit.get("j")))
        k = int(np.flatnonzero((edges.rows == i) & (edges.cols == j))[0])
        width = float(self._line_widths.get(edges.name, np.full(len(edges), 1.0))[k]) if edges.key else 1.0
        colour = JOIN
        if edges.key and edges.name in self._line_colours:
            colour = (POSITIVE, NEGATIVE, JOIN)[int(self._line_colours[edges.name][k])]
        path = QPainterPath()
        points = edges.polyline(k)
        path.moveTo(*points[0])
        for x, y in points[1:]:
            path.lineTo(x, y)
        for item, pen in ((outline, _pen(TEXT, width + 3)), (line, _pen(colour, width))):
            item.setPath(path)
            item.setPen(pen)
            item.show()

    @Slot(object)
    def _on_mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if not self.view_box.sceneBoundingRect().contains(event.scenePos()):
            return
        self.click_at(self.view_box.mapSceneToView(event.scenePos()))

    def click_at(self, point: QPointF) -> bool:
        """Edit the weight or bias at ``point`` (view coordinates): ask for the new value and apply it.
        True when a value was changed."""
        target = self._editable(self.hit_at(point))
        if target is None:
            return False
        if not self.can_edit:
            self.sigMessage.emit(self.tr("Pause training to change a weight."))
            self._update_caption(self.tr("Pause training to change a weight."))
            return False
        key, index = target
        current = float(self.runner.last_model.get_weights()[key][index])
        value, ok = QInputDialog.getDouble(
            self, self.tr("Change a weight"),
            self.tr("New value of {0}:").format(weight_label(key, index)), current, -1e6, 1e6, 6)
        if not ok or float(np.float32(value)) == float(np.float32(current)):
            return False
        self.set_weight(key, index, value)
        return True

    # ------------------------------------------------------------------ editing
    def set_weight(self, key: str, index: Any, value: float) -> SetWeightCommand:
        """Set one weight (``"dense/kernel"``, ``(i, j)``) or bias (``"dense/bias"``, ``(j,)``) of the runner's
        model to ``value`` as an undoable command on ``document.undo_stack``; the diagram redraws.
        Raises ``RuntimeError`` unless training is paused or has ended."""
        if self.runner is None:
            raise RuntimeError("no training runner is attached")
        command = SetWeightCommand(self.runner, key, index, value, on_change=self._on_weight_written)
        if self.document is not None:
            self.document.undo_stack.push(command)
        else:
            command.redo()
        return command

    def _on_weight_written(self, key: str, applied: bool) -> None:
        if applied:
            model = self.runner.last_model if self.runner is not None else None
            if model is not None and self._weights is not None:  # the new value at once; the probes
                self._weights = model.get_weights()               # (neuron maps) follow from a job thread
                self._apply_weights()
            self.refresh_from_model()
            if self._hover_label.isVisible() and self._hover_scene_pos is not None:
                self._on_mouse_moved(self._hover_scene_pos)   # the label showed the old value until moved
            self.sigWeightsEdited.emit(key)
        else:
            message = self.tr("The weight was not changed: the model is training or was replaced.")
            self.sigMessage.emit(message)
            self._update_caption(message)

    # ------------------------------------------------------------------ caption
    def _update_caption(self, note: str | None = None) -> None:
        positive = self.tr("positive weight")  # outside f-strings, so lupdate finds them
        negative = self.tr("negative weight")
        width = self.tr("width: size of |w|")
        legend = (f"<span style='color:{POSITIVE}'>━</span> {positive} &nbsp; "
                  f"<span style='color:{NEGATIVE}'>━</span> {negative} &nbsp; {width}")
        if self.edge_mode == "gradients":
            gradient = self.tr("width: size of |∂E/∂w|, the loss's slope along that weight")
            legend = f"<span style='color:{GRADIENT}'>━</span> {_escape(gradient)}"
        if note is None:
            if self._weights is None:
                note = self.tr("Train the model to see its weights.")
            elif self.can_edit:
                note = self.tr("Click a line or a neuron to type a new weight or bias.")
            else:
                note = self.tr("Pause training to change a weight.")
            if self._from_run and self.document is not None and self._spec_dict is not None and \
                    self.document.spec.to_dict() != self._spec_dict:
                note = self.tr("Showing the trained model; the edited model is drawn when training starts.")
        text = f"{legend}<br/>{_escape(note)}"
        if text != self._caption_text:  # setHtml costs more than the rest of an update
            self._caption_text = text
            self.caption.setText(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
