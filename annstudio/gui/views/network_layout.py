"""Where the network diagram puts its nodes and lines: pure geometry, no Qt (``NetworkView`` draws it).

The diagram reads a ``ModelSpec`` the way the lecture notes draw an MLP (CURRICULUM §2): one *column*
of neurons per layer that has neurons of its own, and one line per weight between two columns.

- Columns: the ``Input`` (one node per input feature; an image input has one per pixel), every
  ``Dense`` layer (one node per unit) and every ``Concatenate`` (the units of its inputs, side by side).
- Layers that keep the number of values (``Dropout``, ``Activation``, ``BatchNormalization``,
  ``Flatten``) get no column: they are notes on the column they follow ("Dropout 0.2").
- Lines: a ``Dense`` layer's kernel ``(in, out)`` gives one line per weight ``w[i→j]`` from unit ``i``
  of the column feeding it to unit ``j`` of its own column. A ``Concatenate`` is drawn as joining: a
  plain line from each unit of each input to its place in the concatenation.
- A line that would cross other columns (Wide & Deep's input → Concatenate, a skip connection) is
  routed around them: it bends down into a lane under the columns it skips, runs along it and rises
  into its destination, so no node hides it and it does not vanish among the other lines.
- Columns with more than ``max_units`` units are *condensed*: ``shown_units`` representative units are
  drawn (the ones with the largest weights when weights are known, else evenly spaced) plus a marker
  "⋯ N more", and lines join shown units only.

Coordinates: columns about ``COLUMN_GAP`` apart by depth (longest path from the input; wider for tall
columns, and :func:`spread` wider still to fill a short, wide view), units ``ROW_GAP`` apart, each
column centred on y = 0; y grows downwards (the view inverts its y axis).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..layer_kinds import GUI_KINDS, diagram_note, gui_kind

#: layers drawn as a note on the column they follow, not as a column (their role in gui/layer_kinds.py)
PASS_THROUGH = tuple(name for name, kind in GUI_KINDS.items() if kind.diagram == "note")
#: columns with more units than this are condensed
MAX_UNITS = 32
#: how many units a condensed column shows
SHOWN_UNITS = 16
#: columns are this far apart at least, more for tall columns (half their height, up to MAX_COLUMN_GAP),
#: so that a 16-unit layer's lines do not collapse into a wall
COLUMN_GAP = 4.0
MAX_COLUMN_GAP = 9.0
ROW_GAP = 1.0
#: radius of a node (view units); lines end at the node's edge
NODE_RADIUS = 0.36
#: line widths in pixels: the weakest and the strongest weight of a layer, and the step widths snap to
MIN_WIDTH = 0.5
MAX_WIDTH = 6.0
WIDTH_STEP = 0.25
#: a line that skips columns runs this far under the lowest node (or marker) of the columns it skips,
#: its neighbours in the same lane this far apart; each bend is drawn as this many straight pieces
LANE_GAP = 0.9
LANE_SPACING = 0.14
CURVE_POINTS = 10


@dataclass
class Column:
    """One column of nodes. ``shown``: unit indices drawn (increasing); ``ys``: their y positions."""

    name: str
    kind: str                       # "Input", "Dense" or "Concatenate"
    units: int
    shown: np.ndarray
    x: float
    ys: np.ndarray
    depth: int
    notes: list[str] = field(default_factory=list)
    activation: str | None = None    # the activation of the column's values (after its pass-through notes)
    output_layer: str = ""           # the last layer whose output these values are (for neuron maps)
    bias_key: str | None = None      # "dense/bias" when the units have a bias
    kernel_key: str | None = None    # "dense/kernel" for a Dense column
    shape: tuple[int, ...] = ()      # the Input's sample shape ((28, 28) for images)

    @property
    def hidden(self) -> int:
        """Units not drawn (0 unless condensed)."""
        return self.units - len(self.shown)

    @property
    def condensed(self) -> bool:
        return self.hidden > 0

    @property
    def marker_y(self) -> float:
        """Where the "⋯ N more" marker goes (below the last shown unit)."""
        return float(self.ys[-1] + ROW_GAP) if len(self.ys) else 0.0

    def row_of(self, unit: int) -> int | None:
        """Position of ``unit`` among the shown units, or ``None`` when it is not drawn."""
        pos = int(np.searchsorted(self.shown, unit))
        return pos if pos < len(self.shown) and int(self.shown[pos]) == unit else None


@dataclass
class Edges:
    """The lines between two columns: one per (source unit ``rows[k]``, destination unit ``cols[k]``).

    ``key`` is the kernel (``"dense_1/kernel"``) whose weight ``[rows[k], cols[k]]`` line ``k`` shows, or
    ``None`` for the plain joining lines of a Concatenate (then ``cols`` are concatenation units).
    Endpoints ``x0, y0, x1, y1`` are in view units. ``paths``: for lines that skip columns, the points
    (an ``(n, 2)`` array per line) of the polyline each is drawn as; ``None`` for straight lines.
    """

    name: str       # the destination layer (the Dense layer, or the Concatenate)
    src: int        # column indices
    dst: int
    key: str | None
    rows: np.ndarray
    cols: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    source_name: str = ""   # the source column's layer name
    paths: list[np.ndarray] | None = None

    def __len__(self) -> int:
        return int(self.rows.size)

    @property
    def routed(self) -> bool:
        """The lines skip columns and are drawn as polylines (``paths``)."""
        return self.paths is not None

    def polyline(self, k: int) -> np.ndarray:
        """The points line ``k`` is drawn through, ``(n, 2)``."""
        if self.paths is not None:
            return self.paths[k]
        return np.array([[self.x0[k], self.y0[k]], [self.x1[k], self.y1[k]]], dtype=np.float64)

    def segments(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(x0, y0, x1, y1, line)``: every straight piece drawn and the line it belongs to."""
        if self.paths is None:
            return self.x0, self.y0, self.x1, self.y1, np.arange(len(self))
        pieces = [(p[:-1], p[1:], np.full(len(p) - 1, k)) for k, p in enumerate(self.paths)]
        if not pieces:
            empty = np.zeros(0)
            return empty, empty, empty, empty, np.zeros(0, int)
        a = np.concatenate([start for start, _, _ in pieces])
        b = np.concatenate([end for _, end, _ in pieces])
        line = np.concatenate([k for _, _, k in pieces]).astype(int)
        return a[:, 0], a[:, 1], b[:, 0], b[:, 1], line


@dataclass
class DiagramLayout:
    columns: list[Column]
    edges: list[Edges]
    #: every layer name -> index of the column that shows its values (pass-through layers included)
    column_of: dict[str, int]
    #: the distance between two depths, and the one ``build_layout`` chose (the least a view spreads to)
    gap: float = COLUMN_GAP
    base_gap: float = COLUMN_GAP

    def column(self, name: str) -> Column:
        return self.columns[self.column_of[name]]

    def edges_into(self, name: str) -> Edges:
        """The lines of layer ``name`` (a Dense layer, or a Concatenate)."""
        for edges in self.edges:
            if edges.name == name:
                return edges
        raise KeyError(f"no lines end at {name!r}; layers with lines: {', '.join(e.name for e in self.edges)}")

    def signature(self) -> tuple:
        """Changes exactly when the drawing's geometry changes."""
        return tuple((c.name, c.kind, c.units, tuple(int(u) for u in c.shown), c.x) for c in self.columns) + \
            tuple((e.name, e.src, e.key) for e in self.edges)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(x0, x1, y0, y1) of all nodes and markers."""
        if not self.columns:
            return (0.0, 1.0, 0.0, 1.0)
        xs = [c.x for c in self.columns]
        ys = [float(y) for c in self.columns for y in c.ys] + [c.marker_y for c in self.columns if c.condensed]
        ys += [float(p[:, 1].max()) for e in self.edges if e.paths for p in e.paths]
        return (min(xs), max(xs), min(ys, default=0.0), max(ys, default=0.0))


# --------------------------------------------------------------------------------------------- layout
def _prod(shape: Any) -> int:
    return int(np.prod([int(d) for d in shape])) if len(shape) else 1


def representative_units(units: int, shown: int = SHOWN_UNITS, importance: np.ndarray | None = None) -> np.ndarray:
    """Which ``shown`` of ``units`` units a condensed column draws (increasing indices).

    With ``importance`` (one number per unit, e.g. the size of its weights) the most important ones;
    otherwise evenly spaced, first and last included.
    """
    if units <= shown:
        return np.arange(units)
    if importance is not None and len(importance) == units and np.all(np.isfinite(importance)):
        # stable: ties keep the lower index
        order = np.argsort(-np.asarray(importance, dtype=np.float64), kind="stable")[:shown]
        return np.sort(order)
    return np.unique(np.rint(np.linspace(0, units - 1, shown)).astype(int))


def unit_importance(weights: dict[str, np.ndarray], layout: DiagramLayout) -> dict[str, np.ndarray]:
    """Per column, how strongly each unit is wired: the root of the sum of its squared incoming and
    outgoing Dense weights (a way to pick which units a condensed column shows)."""
    out: dict[str, np.ndarray] = {c.name: np.zeros(c.units) for c in layout.columns}
    for edges in layout.edges:
        kernel = weights.get(edges.key) if edges.key else None
        if kernel is None or kernel.ndim != 2:
            continue
        k2 = np.square(kernel.astype(np.float64))
        src, dst = layout.columns[edges.src], layout.columns[edges.dst]
        rows = min(src.units, k2.shape[0])
        out[src.name][:rows] += k2.sum(axis=1)[:rows]
        cols = min(dst.units, k2.shape[1])
        out[dst.name][:cols] += k2.sum(axis=0)[:cols]
    return {name: np.sqrt(v) for name, v in out.items()}


def build_layout(spec: Any, *, max_units: int = MAX_UNITS, shown_units: int = SHOWN_UNITS,
                 importance: dict[str, np.ndarray] | None = None) -> DiagramLayout:
    """The diagram of ``spec`` (a ``ModelSpec``; layers whose shape cannot be inferred are left out).

    ``importance``: optional ``{column layer name: (units,) array}`` choosing which units condensed
    columns show (see :func:`unit_importance`).
    """
    infos = {info.name: info for info in spec.layer_infos()}
    columns: list[Column] = []
    column_of: dict[str, int] = {}
    concat_parts: dict[str, list[tuple[int, int]]] = {}   # concat name -> [(source column, offset)]
    edge_specs: list[tuple[str, int, int, str | None]] = []  # (dst layer, src col, dst col, kernel key)
    importance = importance or {}

    def add_column(name: str, kind: str, units: int, depth: int, **kw: Any) -> int:
        shown = representative_units(units, shown_units, importance.get(name)) if units > max_units else np.arange(units)
        columns.append(Column(name, kind, units, shown, float(depth), np.zeros(0), depth, output_layer=name, **kw))
        return len(columns) - 1

    for i, layer in enumerate(spec.layers):
        info = infos.get(layer.name)
        if info is None:
            continue
        sources = [column_of[s] for s in spec.input_names(i) if s in column_of]
        role = gui_kind(layer.kind).diagram
        if role == "input":
            column_of[layer.name] = add_column(layer.name, "Input", _prod(info.output_shape), 0,
                                               shape=tuple(int(d) for d in info.output_shape))
            continue
        if not sources:
            continue
        depth = 1 + max(columns[s].depth for s in sources)
        if role == "note":
            col = columns[sources[0]]
            col.notes.append(diagram_note(layer.kind, layer.config))
            col.output_layer = layer.name
            if "activation" in layer.config:   # an Activation layer: the column's values go through it
                col.activation = str(layer.config.get("activation"))
            elif col.kind == "Input":          # e.g. a Flatten: the input column counts the values it gives
                col.units = _prod(info.output_shape)
            column_of[layer.name] = sources[0]
        elif role == "dense":
            units = int(layer.config["units"])
            bias = f"{layer.name}/bias" if layer.config.get("use_bias", True) else None
            act = str(layer.config.get("activation", "linear"))
            idx = add_column(layer.name, "Dense", units, depth, activation=act, bias_key=bias,
                             kernel_key=f"{layer.name}/kernel")
            columns[idx].notes.append(act)
            column_of[layer.name] = idx
            edge_specs.append((layer.name, sources[0], idx, f"{layer.name}/kernel"))
        elif role == "join":
            units = sum(columns[s].units for s in sources)
            idx = add_column(layer.name, "Concatenate", units, depth)
            parts, offset = [], 0
            for s in sources:
                parts.append((s, offset))
                offset += columns[s].units
            concat_parts[layer.name] = parts
            column_of[layer.name] = idx
            for s in sources:
                edge_specs.append((layer.name, s, idx, None))
        else:  # an unknown kind: show its values like a pass-through
            column_of[layer.name] = sources[0]

    # A concatenation shows the units its shown inputs map to (so every shown input unit is joined).
    for name, parts in concat_parts.items():
        col = columns[column_of[name]]
        if col.units > max_units:
            mapped = np.concatenate([columns[s].shown + off for s, off in parts]) if parts else np.zeros(0, int)
            mapped = np.unique(mapped)
            if len(mapped) > shown_units:
                mapped = mapped[np.unique(np.rint(np.linspace(0, len(mapped) - 1, shown_units)).astype(int))]
            col.shown = mapped.astype(int)

    rows = max((len(c.shown) + (1 if c.hidden else 0) for c in columns), default=1)
    gap = float(np.clip(0.5 * rows * ROW_GAP, COLUMN_GAP, MAX_COLUMN_GAP))
    for col in columns:
        m = len(col.shown) + (1 if col.hidden else 0)  # the marker takes a row too
        col.ys = (np.arange(len(col.shown)) - (m - 1) / 2.0) * ROW_GAP
        col.shown = np.asarray(col.shown, dtype=int)

    edges: list[Edges] = []
    for dst_name, s, d, key in edge_specs:
        src, dst = columns[s], columns[d]
        if key is not None:
            ii, jj = np.meshgrid(np.arange(len(src.shown)), np.arange(len(dst.shown)), indexing="ij")
            ii, jj = ii.ravel(), jj.ravel()
            rows, cols = src.shown[ii], dst.shown[jj]
        else:
            offset = next(off for c, off in concat_parts[dst_name] if c == s)
            pairs = [(k, dst.row_of(int(u) + offset)) for k, u in enumerate(src.shown)]
            pairs = [(k, r) for k, r in pairs if r is not None]
            ii = np.array([p[0] for p in pairs], dtype=int)
            jj = np.array([p[1] for p in pairs], dtype=int)
            rows, cols = src.shown[ii] if len(ii) else np.zeros(0, int), dst.shown[jj] if len(jj) else np.zeros(0, int)
        n = len(ii)
        edges.append(Edges(
            dst_name, s, d, key, np.asarray(rows, int), np.asarray(cols, int),
            np.zeros(n), src.ys[ii] if n else np.zeros(0),
            np.zeros(n), dst.ys[jj] if n else np.zeros(0),
            source_name=src.name,
        ))
    _place_columns(columns, edges, gap)
    return DiagramLayout(columns, edges, column_of, gap, gap)


def spread(layout: DiagramLayout, gap: float) -> DiagramLayout:
    """A copy of ``layout`` with its columns ``gap`` apart (a view lays a short, wide diagram out wider)."""
    wider = copy.deepcopy(layout)
    _place_columns(wider.columns, wider.edges, gap)
    wider.gap = gap
    return wider


def _place_columns(columns: list[Column], edges: list[Edges], gap: float) -> None:
    """Put the columns ``gap`` apart by depth, the lines' ends at their nodes' edges, and route the lines
    that skip columns."""
    for col in columns:
        col.x = col.depth * gap
    for e in edges:
        e.x0 = np.full(len(e), columns[e.src].x + NODE_RADIUS)
        e.x1 = np.full(len(e), columns[e.dst].x - NODE_RADIUS)
        e.paths = None
    _route_skips(columns, edges)


def _bend(a: tuple[float, float], b: tuple[float, float], n: int = CURVE_POINTS) -> np.ndarray:
    """Points of a smooth S-bend from ``a`` to ``b`` that leaves ``a`` and reaches ``b`` horizontally
    (a cubic Bézier curve whose control points sit half-way across)."""
    (xa, ya), (xb, yb) = a, b
    t = np.linspace(0.0, 1.0, n + 1)[:, None]
    mid = (xa + xb) / 2
    p0, p1, p2, p3 = np.array([xa, ya]), np.array([mid, ya]), np.array([mid, yb]), np.array([xb, yb])
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3


def _route_skips(columns: list[Column], edges: list[Edges]) -> None:
    """Give the lines that would cross other columns a path under them (see the module docstring).

    The lines of one skip share a lane, one track each; the line that leaves lowest takes the track
    nearest the columns, so the lines do not cross each other. Lanes of skips that overlap stack
    downwards."""
    lanes: list[tuple[float, float, float]] = []   # (x from, x to, lowest track) of the lanes laid
    for e in edges:
        src, dst = columns[e.src], columns[e.dst]
        between = [c for c in columns if src.x < c.x < dst.x]
        if not between or not len(e):
            continue
        floor = max(max(float(c.ys[-1]) if len(c.ys) else 0.0, c.marker_y if c.condensed else -np.inf)
                    for c in between)
        top = floor + LANE_GAP
        for xa, xb, lowest in lanes:
            if xa < dst.x and src.x < xb:
                top = max(top, lowest + 2 * LANE_SPACING)
        first, last = min(c.x for c in between), max(c.x for c in between)
        out_x = src.x + 0.8 * (first - src.x)     # the lane starts here, short of the first skipped column
        in_x = last + 0.2 * (dst.x - last)         # and ends here, past the last one
        order = np.argsort(-e.y0, kind="stable")   # lowest start -> the track nearest the columns
        track = np.empty(len(e))
        track[order] = top + LANE_SPACING * np.arange(len(e))
        paths = []
        for k in range(len(e)):
            down = _bend((float(e.x0[k]), float(e.y0[k])), (out_x, float(track[k])))
            up = _bend((in_x, float(track[k])), (float(e.x1[k]), float(e.y1[k])))
            paths.append(np.vstack([down, up]))
        e.paths = paths
        lanes.append((src.x, dst.x, float(track.max())))


# ---------------------------------------------------------------------------------------------- style
def line_widths(values: np.ndarray, max_abs: float, lo: float = MIN_WIDTH, hi: float = MAX_WIDTH,
                step: float = WIDTH_STEP) -> np.ndarray:
    """Pixel widths for weights ``values``: ``lo`` at 0, ``hi`` at ``max_abs`` (the layer's largest |w|),
    linear in |w|, clipped to [lo, hi] and snapped to multiples of ``step`` (so lines can be drawn in a
    few width groups)."""
    values = np.abs(np.asarray(values, dtype=np.float64))
    t = values / max_abs if max_abs > 0 and np.isfinite(max_abs) else np.zeros_like(values)
    t = np.clip(np.nan_to_num(t, nan=0.0), 0.0, 1.0)
    width = lo + (hi - lo) * t
    return np.clip(np.round(width / step) * step, lo, hi)


def max_width_for(lines: int, hi: float = MAX_WIDTH, lo: float = 2.0) -> float:
    """The widest line of a layer pair with ``lines`` lines: ``hi`` up to 32 lines, then thinner (by the
    square root of the count, at least ``lo``) so that many strong weights do not merge into a wall."""
    return float(np.clip(hi * np.sqrt(32.0 / max(lines, 1)), lo, hi))


def width_buckets(widths: np.ndarray, lo: float = MIN_WIDTH, step: float = WIDTH_STEP) -> np.ndarray:
    """The width group (0, 1, ...) of each snapped width."""
    return np.rint((np.asarray(widths) - lo) / step).astype(int)


def bucket_width(bucket: int, lo: float = MIN_WIDTH, step: float = WIDTH_STEP) -> float:
    return lo + bucket * step


N_BUCKETS = int(round((MAX_WIDTH - MIN_WIDTH) / WIDTH_STEP)) + 1


def nearest_segment(px: float, py: float, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray
                    ) -> tuple[int, float]:
    """(index, distance) of the segment nearest to the point; (-1, inf) when there are none.
    All coordinates in the same (pixel) units."""
    if len(x0) == 0:
        return -1, float("inf")
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, ((px - x0) * dx + (py - y0) * dy) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    ex, ey = x0 + t * dx - px, y0 + t * dy - py
    d2 = ex * ex + ey * ey
    k = int(np.argmin(d2))
    return k, float(np.sqrt(d2[k]))
