"""``ActivationView``: the activation functions and their derivatives, and what each layer's units receive.

Top: f(z) (solid) and f'(z) (dashed) on z in [-6, 6] for every activation the product knows
(``backends.numpy.activations.ACTIVATIONS``), chosen in a list; the ones the current model uses are drawn
bold and marked in the list (from ``document.spec``, updated on ``sigSpecChanged``).

Bottom, during training: per Dense/Activation layer a histogram of its pre-activations z (what the
activation function receives), with the share of saturated sigmoid/tanh values and of dead ReLU units,
from ``engine.probes.ActivationStatsProbe`` (run in the worker thread at most 5 times a second, and once
more, forced, when a run pauses or ends, so the last picture is exact). Together they tell the
vanishing-gradient story of the notes (CURRICULUM.md §3, seed 003).

Everything is built once (the layer plots once per set of layers) and updated with ``setData``.
"""
from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...backends.numpy.activations import ACTIVATIONS
from ...engine.probes import (
    DYING_ACTIVATIONS,
    SATURATION_DERIVATIVE,
    ActivationStatsProbe,
    saturation_limit,
)
from .live import LiveView

log = logging.getLogger(__name__)

Z_MIN, Z_MAX = -6.0, 6.0
#: the z grid of the function plot: 601 points, 0 among them (step and sign jump there)
Z_GRID = np.linspace(Z_MIN, Z_MAX, 601)
DEFAULT_SHOWN = ("sigmoid", "tanh", "relu")  # the notes' three, shown with whatever the model uses
# One colour per function; not blue/orange (weight signs) nor the class colours' first pair.
FUNCTION_COLORS = {
    "linear": "#616161", "step": "#795548", "sign": "#ad1457", "sigmoid": "#2e7d32", "tanh": "#6a1b9a",
    "relu": "#c62828", "leaky_relu": "#9e9d24", "elu": "#00838f", "softplus": "#283593", "softmax": "#4e342e",
}
PROBLEM_COLOR = "#c62828"
CARD_HEIGHT = 160  # pixels per row of layer histograms
CARD_MIN_WIDTH = 210  # a layer plot narrower than this gets unreadable: fewer columns then
MAX_COLUMNS = 3


def function_values(name: str, z: np.ndarray = Z_GRID) -> tuple[np.ndarray, np.ndarray]:
    """``(f(z), f'(z))`` as ``ACTIVATIONS[name]`` computes them. Softmax is not elementwise: it is taken
    of the pair ``(z, 0)`` (two classes), whose first component is sigmoid(z); f' is its Jacobian
    diagonal s (1 - s)."""
    f, df = ACTIVATIONS[name]
    if name == "softmax":
        pairs = np.stack([z, np.zeros_like(z)], axis=-1)
        return f(pairs)[:, 0], df(pairs)[:, 0]
    return f(z), df(z)


def model_activations(spec: Any) -> dict[str, list[str]]:
    """``{activation: [layer names]}`` for the model's Dense and Activation layers, in layer order."""
    used: dict[str, list[str]] = {}
    for layer in spec.layers:
        if layer.kind in ("Dense", "Activation"):
            used.setdefault(str(layer.config.get("activation")), []).append(layer.name)
    return used


class _LayerCard:
    """One layer's histogram of z, its saturation lines and its title; built once per set of layers."""

    def __init__(self, plot: pg.PlotItem, name: str, activation: str) -> None:
        self.plot, self.name, self.activation = plot, name, activation
        self.title = name  # plain text of the title, set with each result
        color = QColor(FUNCTION_COLORS.get(activation, "#616161"))
        fill = QColor(color)
        fill.setAlpha(110)
        self.curve = plot.plot(stepMode="center", fillLevel=0, brush=pg.mkBrush(fill), pen=pg.mkPen(color, width=1))
        self.lines: list[pg.InfiniteLine] = []
        limit = saturation_limit(activation)
        marks = (-limit, limit) if limit is not None else (0.0,) if activation in DYING_ACTIVATIONS else ()
        for x in marks:
            line = pg.InfiniteLine(x, angle=90, movable=False, pen=pg.mkPen("#777", width=1, style=Qt.PenStyle.DashLine))
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)


class ActivationView(LiveView, QWidget):
    """Activation functions and per-layer pre-activation statistics (objectName ``activationPlot``).

    ``ActivationView(document)``; :meth:`follow` a ``TrainingRunner`` to get live statistics (it adds
    :attr:`probe` to the runner); :meth:`update_from_result` takes a probe result ``{"activations": ...}``.
    """

    live_keys = (ActivationStatsProbe.key,)

    def __init__(self, document: Any, parent: QWidget | None = None, *,
                 probe: ActivationStatsProbe | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationPlot")
        self.document = document
        self._probe = probe or ActivationStatsProbe(sample_size=256, bins=40, max_rate=5.0)
        self._used: dict[str, list[str]] = {}
        self._cards: dict[str, _LayerCard] = {}
        self._layout_key: tuple = ()
        self.last_result: dict[str, Any] | None = None

        # ---------------------------------------------------------- top: the functions
        self.function_list = QListWidget()
        self.function_list.setObjectName("activationList")
        self.function_list.setToolTip(self.tr("Tick the functions to draw. Bold: used in this model."))
        self.function_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.function_plot = pg.PlotWidget()
        self.function_plot.setObjectName("activationFunctionPlot")
        self.function_plot.setBackground("w")
        self.function_plot.setMinimumSize(240, 160)
        item = self.function_plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", "z")
        item.setMenuEnabled(False)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        for angle in (0, 90):
            item.addItem(pg.InfiniteLine(0, angle=angle, movable=False, pen=pg.mkPen("#999", width=1)), ignoreBounds=True)
        item.setXRange(Z_MIN, Z_MAX, padding=0.02)
        item.setYRange(-1.5, 2.0, padding=0.02)
        self.f_curves: dict[str, pg.PlotDataItem] = {}
        self.df_curves: dict[str, pg.PlotDataItem] = {}
        for name in ACTIVATIONS:
            f, df = function_values(name)
            self.f_curves[name] = item.plot(Z_GRID, f, skipFiniteCheck=True)
            self.df_curves[name] = item.plot(Z_GRID, df, skipFiniteCheck=True)
            entry = QListWidgetItem(self._swatch(name), name)
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if name in DEFAULT_SHOWN else Qt.CheckState.Unchecked)
            self.function_list.addItem(entry)
        self.function_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.key_label = QLabel(self.tr("solid: f(z)    dashed: f′(z)    bold: used in this model"))
        self.key_label.setObjectName("activationKey")
        self.key_label.setStyleSheet("color: #555;")
        plot_box = QWidget()
        plot_layout = QVBoxLayout(plot_box)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.setSpacing(2)
        plot_layout.addWidget(self.function_plot, 1)
        plot_layout.addWidget(self.key_label)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.function_list)
        top_layout.addWidget(plot_box, 1)

        # ---------------------------------------------------------- bottom: the layers during training
        self.layers_title = QLabel(self.tr("<b>During training</b>: the values z = x·W + b that each layer's "
                                           "activation function receives, on a fixed sample of training inputs"))
        self.layers_title.setWordWrap(True)
        self.layers_widget = pg.GraphicsLayoutWidget()
        self.layers_widget.setObjectName("activationLayers")
        self.layers_widget.setBackground("w")
        self.layers_widget.hide()
        self.placeholder = QLabel(self.tr("Train the model to see each layer's values here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777;")
        self.placeholder.setMinimumHeight(40)
        self.explanation = QLabel(self.tr(
            "Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. "
            "<b>Saturated</b> (sigmoid, tanh): f′(z) &lt; {0}, that is |z| &gt; {1} for sigmoid and |z| &gt; {2} for tanh; "
            "less than 1% of the gradient gets through, and through several saturated layers almost nothing. "
            "<b>Dead</b> (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. "
            "This is why ReLU replaced sigmoid in deep networks. "
            "A sigmoid <b>output</b> trained with binary cross-entropy is the exception: the loss's gradient with "
            "respect to its z is p − y, whatever z is, so its saturation means confident predictions, not a lost "
            "gradient."
        ).format(f"{SATURATION_DERIVATIVE:g}", f"{saturation_limit('sigmoid'):.1f}", f"{saturation_limit('tanh'):.1f}"))
        self.explanation.setObjectName("activationExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setStyleSheet("color: #333;")
        # Title, layer plots and explanation scroll together: in a small dock nothing overlaps.
        bottom_content = QWidget()
        bottom_layout = QVBoxLayout(bottom_content)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.setSpacing(4)
        bottom_layout.addWidget(self.layers_title)
        bottom_layout.addWidget(self.placeholder)
        bottom_layout.addWidget(self.layers_widget)
        bottom_layout.addWidget(self.explanation)
        bottom_layout.addStretch(1)
        bottom = QScrollArea()
        bottom.setObjectName("activationLayersScroll")
        bottom.setWidgetResizable(True)
        bottom.setFrameShape(QScrollArea.Shape.NoFrame)
        bottom.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom.setWidget(bottom_content)
        self.scroll = bottom
        self._columns = MAX_COLUMNS
        self.scroll.viewport().installEventFilter(self)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.function_list.itemChanged.connect(self._on_item_changed)
        document.sigSpecChanged.connect(self._on_spec_changed)
        document.sigReplaced.connect(self.clear_stats)
        self._on_spec_changed()

    # ------------------------------------------------------------------ API
    @property
    def probe(self) -> ActivationStatsProbe:
        """The probe whose results this view draws (added to the runner by :meth:`attach`)."""
        return self._probe

    def live_probes(self) -> list:
        return [self._probe]

    def draw_live(self, results: dict) -> None:
        self.update_from_result(results)

    def clear_live(self) -> None:
        self.clear_stats()

    @property
    def highlighted(self) -> set[str]:
        """The activations the current model uses (drawn bold, marked in the list)."""
        return set(self._used)

    @property
    def shown(self) -> set[str]:
        """The activations whose curves are drawn."""
        return {name for name, curve in self.f_curves.items() if curve.isVisible()}

    def show_function(self, name: str, on: bool = True) -> None:
        """Tick or untick ``name`` in the list (and draw or hide its curves)."""
        entry = self._entry(name)
        entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    @property
    def layer_names(self) -> list[str]:
        """The layers with a histogram, in model order."""
        return list(self._cards)

    @property
    def columns(self) -> int:
        """Layer plots per row (1 to 3: as many as fit the width)."""
        return self._columns

    def card(self, layer: str) -> _LayerCard:
        return self._cards[layer]

    def card_title(self, layer: str) -> str:
        """The layer's title as plain text (name, activation, units and its saturated/dead share)."""
        return self._cards[layer].title

    @Slot(object)
    def update_from_result(self, result: dict[str, Any]) -> None:
        """Draw a probe result ``{"activations": {layer: {"activation", "hist", "edges", "saturated",
        "dead", ...}}}`` (a dict without ``"activations"`` is ignored: the probe had nothing new)."""
        stats = (result or {}).get(ActivationStatsProbe.key)
        if not stats:
            return
        self.last_result = {ActivationStatsProbe.key: stats}
        key = tuple((name, entry["activation"]) for name, entry in stats.items())
        if key != self._layout_key:
            self._build_cards(key)
        for name, entry in stats.items():
            card = self._cards[name]
            card.curve.setData(np.asarray(entry["edges"], dtype=float), np.asarray(entry["hist"], dtype=float),
                               skipFiniteCheck=True)
            card.title = self._title_text(name, entry)
            card.plot.setTitle(self._title_html(name, entry), size="9pt")

    def show_dataset(self, dataset: Any, fits: bool) -> None:
        """Other data was loaded: the statistics on screen were taken on the previous data's sample. They are
        taken again on this data's sample when the model at rest takes it (``fits``), and cleared otherwise."""
        self.look_again_on(dataset, fits, self.last_result is not None, self.clear_stats)

    @Slot()
    def clear_stats(self) -> None:
        """Forget the statistics (a reset, another project)."""
        self.forget_pending()
        self.last_result = None
        self._build_cards(())

    # ------------------------------------------------------------------ functions
    def _entry(self, name: str) -> QListWidgetItem:
        for row in range(self.function_list.count()):
            entry = self.function_list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == name:
                return entry
        raise ValueError(f"unknown activation {name!r}; expected one of {', '.join(ACTIVATIONS)}")

    def _swatch(self, name: str) -> QIcon:
        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(FUNCTION_COLORS.get(name, "#616161")))
        return QIcon(pixmap)

    @Slot()
    def _on_spec_changed(self) -> None:
        used = model_activations(self.document.spec)
        newly_used = set(used) - set(self._used)
        self._used = used
        self.function_list.blockSignals(True)
        for row in range(self.function_list.count()):
            entry = self.function_list.item(row)
            name = entry.data(Qt.ItemDataRole.UserRole)
            font = QFont(entry.font())
            font.setBold(name in used)
            entry.setFont(font)
            if name in used:
                entry.setText(self.tr("{0}  (in this model)").format(name))
                entry.setToolTip(self.tr("Used by: {0}").format(", ".join(used[name])))
            else:
                entry.setText(name)
                entry.setToolTip("")
            if name == "softmax":
                note = self.tr("Softmax is not elementwise; drawn for two classes, (z, 0), where it equals sigmoid(z): "
                               "a wide band under the other curves.")
                entry.setToolTip("\n".join(t for t in (entry.toolTip(), note) if t))
            if name in newly_used:
                entry.setCheckState(Qt.CheckState.Checked)
        self.function_list.blockSignals(False)
        # wide enough for the longest entry (bold "sigmoid  (in this model)") beside a vertical scroll bar,
        # which a short dock shows
        bar = self.function_list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.function_list)
        self.function_list.setFixedWidth(self.function_list.sizeHintForColumn(0) + 2 * self.function_list.frameWidth()
                                         + bar + 8)
        self._restyle_curves()

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _entry: QListWidgetItem) -> None:
        self._restyle_curves()

    def _restyle_curves(self) -> None:
        for row in range(self.function_list.count()):
            entry = self.function_list.item(row)
            name = entry.data(Qt.ItemDataRole.UserRole)
            visible = entry.checkState() == Qt.CheckState.Checked
            color = FUNCTION_COLORS.get(name, "#616161")
            bold = name in self._used
            if name == "softmax":
                # softmax of (z, 0) is sigmoid(z): drawn as a wide translucent band under the other
                # curves, so that a sigmoid drawn with it stays visible inside the band
                band = QColor(color)
                band.setAlpha(90)
                self.f_curves[name].setPen(pg.mkPen(band, width=9 if bold else 7))
                self.df_curves[name].setPen(pg.mkPen(band, width=5 if bold else 4, style=Qt.PenStyle.DashLine))
                z = 0
            else:
                self.f_curves[name].setPen(pg.mkPen(color, width=3 if bold else 1.5))
                self.df_curves[name].setPen(pg.mkPen(color, width=2 if bold else 1, style=Qt.PenStyle.DashLine))
                z = 2 if bold else 1
            for curve in (self.f_curves[name], self.df_curves[name]):
                curve.setZValue(z)
                curve.setVisible(visible)

    # ------------------------------------------------------------------ layer cards
    def _build_cards(self, key: tuple) -> None:
        self.layers_widget.clear()
        self._cards = {}
        self._layout_key = key
        for name, activation in key:
            plot = pg.PlotItem()
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.showGrid(x=True, y=False, alpha=0.15)
            for axis_name in ("bottom", "left"):
                axis = plot.getAxis(axis_name)
                axis.setPen(pg.mkPen("#444"))
                axis.setTextPen(pg.mkPen("#222"))
                axis.enableAutoSIPrefix(False)
            self._cards[name] = _LayerCard(plot, name, activation)
        self._place_cards()
        self.layers_widget.setVisible(bool(key))
        self.placeholder.setVisible(not key)

    def _place_cards(self) -> None:
        """Lay the layer plots out in as many columns as fit the width (the same plot items, moved)."""
        layout = self.layers_widget.ci
        for card in self._cards.values():
            if card.plot.scene() is not None:
                layout.removeItem(card.plot)
        for i, card in enumerate(self._cards.values()):
            layout.addItem(card.plot, row=i // self._columns, col=i % self._columns)
        rows = max(1, (len(self._cards) + self._columns - 1) // self._columns)
        self.layers_widget.setFixedHeight(rows * CARD_HEIGHT)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            columns = max(1, min(MAX_COLUMNS, watched.width() // CARD_MIN_WIDTH))
            if columns != self._columns:
                self._columns = columns
                self._place_cards()
        return super().eventFilter(watched, event)

    def _output_with_crossentropy(self, name: str, entry: dict[str, Any]) -> bool:
        """Whether layer ``name`` is the model's sigmoid output trained with binary cross-entropy: the loss's
        gradient with respect to its z is p − y, whatever z is, so its saturation blocks nothing (a confident
        prediction, not a vanishing gradient)."""
        layers = self.document.spec.layers
        loss = self.document.project.training.loss
        return (entry.get("activation") == "sigmoid" and bool(layers) and layers[-1].name == name
                and isinstance(loss, dict) and loss.get("name") == "binary_crossentropy")

    def _stat_text(self, entry: dict[str, Any], name: str = "") -> str:
        if entry.get("saturated") is not None:
            if self._output_with_crossentropy(name, entry):
                return self.tr("saturated {0} (harmless at the output)").format(f"{entry['saturated']:.0%}")
            return self.tr("saturated {0}").format(f"{entry['saturated']:.0%}")
        if entry.get("dead") is not None:
            return self.tr("dead {0} of {1} units").format(entry.get("dead_units", 0), entry["units"])
        return ""

    def _title_text(self, name: str, entry: dict[str, Any]) -> str:
        stat = self._stat_text(entry, name)
        head = f"{name} · {entry['activation']}"
        return f"{head} · {stat}" if stat else head

    def _title_html(self, name: str, entry: dict[str, Any]) -> str:
        stat = self._stat_text(entry, name)
        share = entry.get("saturated") if entry.get("saturated") is not None else entry.get("dead")
        if self._output_with_crossentropy(name, entry):
            share = None   # not a problem: shown, never in the problem colour
        color = PROBLEM_COLOR if share is not None and share >= 0.5 else "#222"
        head = f'<span style="color:#222">{name} · {entry["activation"]}</span>'
        return f'{head} · <span style="color:{color}">{stat}</span>' if stat else head
