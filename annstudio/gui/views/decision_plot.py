"""``DecisionRegionPlot``: what the model has learned, painted under the data (the TensorFlow Playground's
output picture).

The model is evaluated on a grid over the data (``annstudio.engine.probes.DecisionRegionProbe``, run by
the training worker between steps) and the grid is painted as one image under the training points
(filled) and the test points (hollow):

- binary (one sigmoid output): the probability of class 1 on a diverging map, class 0's orange ↔ the
  neutral grey of "undecided" (p = 0.5) ↔ class 1's blue;
- more classes: each class's colour weighted by its probability (``z (n, n, k) @ colours (k, 3)``), so a
  sure region has its class's colour and a contested one a mix;
- regression with 2 inputs: the predicted value on the same diverging map, with a colour bar.

Regions are the class colours toned down the way the Playground paints its heat map (alpha 160 over
white), so the points in full colour stay readable. "Discretize" paints only the predicted class
(argmax, or p >= 0.5) or, for regression, bands of equal width. Data with more than two inputs is shown
for two chosen inputs with the others at their training mean; new data opens on the two inputs that tell
the targets apart best (``separating_features``: Iris' petals, not its overlapping sepals).

The image is built once and updated with ``setImage`` (float32, explicit levels, uint8 lookup table).
"""
from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...data.scaling import target_scaling
from ...engine.probes import (
    DECISION_RESOLUTIONS,
    DecisionGridConfig,
    DecisionRegionProbe,
    decision_unavailable,
    effective_features,
)
from ...engine.probes.decision import plane_points, separating_features
from ..class_names import display_class_name
from ..colors import CLASS_COLORS, LOCK_BANNER_STYLE, NEUTRAL
from ..flow_layout import FlowLayout
from ..scatter import PointsItem
from .legend_corner import place_legend
from .live import LiveView

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------------- colours
#: how strongly regions are tinted: the Playground paints its heat map with alpha 160 over white
REGION_ALPHA = 160 / 255
#: bands of the discretized regression surface
SURFACE_BANDS = 8


def _rgb(colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def soften(rgb: np.ndarray) -> np.ndarray:
    """A colour (0..255, last axis RGB) as painted with ``REGION_ALPHA`` over white."""
    return np.asarray(rgb, dtype=np.float64) * REGION_ALPHA + 255.0 * (1.0 - REGION_ALPHA)


def diverging(t: np.ndarray) -> np.ndarray:
    """Full-strength colours ``(..., 3)`` (0..255, float) for ``t`` in [0, 1]: class 0's orange at 0, the
    neutral grey at 0.5, class 1's blue at 1, linear in between."""
    t = np.clip(np.asarray(t, dtype=np.float64), 0.0, 1.0)[..., None]
    low, mid, high = _rgb(CLASS_COLORS[0]), _rgb(NEUTRAL), _rgb(CLASS_COLORS[1])
    lower = low + (mid - low) * (2.0 * t)
    upper = mid + (high - mid) * (2.0 * t - 1.0)
    return np.where(t < 0.5, lower, upper)


def _lut(rgb: np.ndarray) -> np.ndarray:
    lut = np.full((len(rgb), 4), 255, dtype=np.uint8)
    lut[:, :3] = np.rint(rgb).astype(np.uint8)
    lut.setflags(write=False)
    return lut


#: uint8 RGBA lookup table (256 entries) of the regions' diverging map (entry i is t = i / 255)
REGION_LUT = _lut(soften(diverging(np.arange(256) / 255.0)))
#: the same map at full strength, for regression points
POINT_LUT = _lut(diverging(np.arange(256) / 255.0))


def region_class_colours(k: int) -> np.ndarray:
    """``(k, 3)`` float32 RGB (0..255) of the classes' region tints, in class order."""
    return np.array([soften(_rgb(CLASS_COLORS[c % len(CLASS_COLORS)])) for c in range(k)], dtype=np.float32)


def point_class_colour(c: int) -> QColor:
    return QColor(CLASS_COLORS[int(c) % len(CLASS_COLORS)])


# --------------------------------------------------------------------------------------------- widget
class DecisionRegionPlot(LiveView, pg.PlotWidget):
    """Decision regions (or the regression surface) under the 2-D data; objectName ``decisionPlot``.

    Use: ``plot.set_dataset(dataset)`` whenever the data changes; ``plot.follow(runner)`` once (registers
    :attr:`probe` with the ``TrainingRunner``, draws the probe results of its ``sigEvents`` payloads, among
    them the exact picture the worker sends when a run pauses or ends; clears on reset). A new resolution
    or pair of inputs while no batch runs is computed in a job thread (``TrainingRunner.refresh_probes``).
    ``update_from_result(result)``
    draws one probe result by hand; ``image_rgba()`` is the displayed image (tests).

    A row of controls sits above the plot: Discretize, Show test data, Resolution, and for data with more
    than two inputs the two inputs on the axes. Data that cannot be drawn in 2-D (images, a single input)
    shows a sentence saying so instead of an empty plot.

    ``sigUpdated(result)`` after each result drawn; ``updates`` counts them.
    """

    sigUpdated = Signal(object)
    live_keys = (DecisionRegionProbe.key,)
    draw_hidden = True  # hidden only for data it cannot draw

    def __init__(self, parent: QWidget | None = None, *, probe: DecisionRegionProbe | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("decisionPlot")
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self._probe = probe if probe is not None else DecisionRegionProbe(DecisionGridConfig())
        self._dataset: Any = None
        self._reason: str | None = "no_data"
        self._result: dict | None = None
        self._value_levels = (0.0, 1.0)
        self._bar_shown = False
        self.updates = 0

        # grid pixels are scaled up several times: filter them (as a browser scales the Playground's canvas)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setZValue(-100)
        self.addItem(self.image_item)
        self.train_item = PointsItem(size=7, pen=pg.mkPen(255, 255, 255, 230, width=1.0))
        self.test_item = PointsItem(size=7, brush=pg.mkBrush(255, 255, 255, 0))
        self.addItem(self.train_item)
        self.addItem(self.test_item)
        self.legend = pg.LegendItem(offset=(-6, 6), brush=pg.mkBrush(255, 255, 255, 215),
                                    pen=pg.mkPen(0, 0, 0, 40), labelTextColor=(40, 40, 40), verSpacing=-4)
        self.legend.setParentItem(self.getPlotItem().vb)
        self._legend_samples: list[pg.ScatterPlotItem] = []
        self.color_bar = pg.ColorBarItem(values=(0.0, 1.0), width=12, interactive=False, colorMapMenu=False,
                                         colorMap=pg.ColorMap(np.linspace(0.0, 1.0, len(REGION_LUT)), REGION_LUT))
        for axis in ("left", "bottom"):
            self.getPlotItem().getAxis(axis).setTextPen(pg.mkPen(60, 60, 60))

        self._build_toolbar()
        self.message = QLabel(self)
        self.message.setObjectName("decisionMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555; background: white; padding: 12px;")
        #: why the model at rest could not be built (the runner's ``sigModelRefused``), shown over the
        #: points instead of the regions of the model before the edit; ``None`` while there is a model
        self._refusal: str | None = None
        self.refusal = QLabel(self)
        self.refusal.setObjectName("decisionRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(LOCK_BANNER_STYLE)
        self.refusal.hide()
        self._update_state()

    # ------------------------------------------------------------------ public API
    @property
    def probe(self) -> DecisionRegionProbe:
        """The probe to run in the training worker (``runner.add_probe(plot.probe)``; :meth:`attach` does it)."""
        return self._probe

    @property
    def dataset(self) -> Any:
        return self._dataset

    @property
    def unavailable_reason(self) -> str | None:
        """Why nothing is drawn (``decision_unavailable``: "no_data", "images", "one_input"), else ``None``."""
        return self._reason

    @property
    def result(self) -> dict | None:
        """The probe result on screen (``None`` before the first one and after a reset)."""
        return self._result

    def set_dataset(self, dataset: Any) -> None:
        """Show ``dataset``'s points (or say why it cannot be drawn); forget the regions drawn so far."""
        self._dataset = dataset
        self._reason = decision_unavailable(dataset)
        self._result = None
        self.image_item.clear()
        if self._reason is None:
            self._fill_feature_combos()
            self._value_levels = self._target_levels()
            self._show_points()
        else:
            self.train_item.clear()
            self.test_item.clear()
        self._update_state()
        self._refresh_from_model()

    def update_from_result(self, result: dict) -> bool:
        """Draw one ``"decision"`` result of :class:`DecisionRegionProbe`; False when it does not belong
        to the data and inputs on screen (then nothing changes)."""
        if not result or "z" not in result or self._reason is not None:
            return False
        if result.get("task") not in (None, self._dataset.task):
            return False
        if tuple(result["features"]) != self._features():
            return False  # computed before the inputs on the axes changed
        self._result = result
        self._set_refusal(None)   # a result comes from a model: there is one again
        self._render()
        self.updates += 1
        self.sigUpdated.emit(result)
        return True

    def clear_regions(self) -> None:
        """Remove the painted regions (the points stay)."""
        self._result = None
        self.image_item.clear()

    def image_rgba(self) -> np.ndarray | None:
        """The region image as displayed: uint8 ``(n, n, 4)``, row 0 at the bottom (``y0``), like ``z``."""
        if self.image_item.image is None:
            return None
        self.image_item.render()
        qimage = self.image_item.qimage
        if qimage is None:
            return None
        rgba = qimage.convertToFormat(QImage.Format.Format_RGBA8888)  # keep it alive: the array views its memory
        return pg.functions.ndarray_from_qimage(rgba).copy()

    def set_discretize(self, on: bool) -> None:
        self.discretize_box.setChecked(bool(on))

    def set_resolution(self, resolution: int) -> None:
        index = self.resolution_combo.findData(int(resolution))
        if index < 0:
            raise ValueError(f"resolution {resolution!r} is not offered; choose one of {DECISION_RESOLUTIONS}")
        self.resolution_combo.setCurrentIndex(index)

    def set_features(self, i: int, j: int) -> None:
        """Show inputs ``i`` (horizontal) and ``j`` (vertical); the others are held at their mean."""
        if self._reason is not None:
            raise ValueError("the data on screen cannot be drawn in 2-D")
        d = self._plane_dims()
        if not (0 <= i < d and 0 <= j < d and i != j):
            raise ValueError(f"features must be two different inputs 0..{d - 1}, got ({i}, {j})")
        self.x_combo.blockSignals(True)
        self.y_combo.blockSignals(True)
        self.x_combo.setCurrentIndex(i)
        self.y_combo.setCurrentIndex(j)
        self.x_combo.blockSignals(False)
        self.y_combo.blockSignals(False)
        self._apply_features(i, j)

    # ------------------------------------------------------------------ controls
    def _build_toolbar(self) -> None:
        bar = QWidget(self)
        bar.setObjectName("decisionToolbar")
        bar.setAutoFillBackground(True)
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(6, 3, 6, 3)
        rows.setSpacing(2)
        top = FlowLayout(spacing=10)  # wraps onto a second row in a narrow Output column
        self.discretize_box = QCheckBox(self.tr("Discretize"))
        self.discretize_box.setObjectName("decisionDiscretize")
        self.discretize_box.setToolTip(self.tr("Paint only the predicted class (the most probable one, or "
                                               "probability ≥ 0.5) instead of blending by probability"))
        self.test_box = QCheckBox(self.tr("Show test data"))
        self.test_box.setObjectName("decisionShowTest")
        self.test_box.setChecked(True)
        self.test_box.setToolTip(self.tr("Test points are drawn as rings, training points filled"))
        self.resolution_label = QLabel(self.tr("Resolution"))
        self.resolution_combo = QComboBox()
        self.resolution_combo.setObjectName("decisionResolution")
        self.resolution_combo.setToolTip(self.tr("Grid points per side where the model is evaluated"))
        for r in DECISION_RESOLUTIONS:
            self.resolution_combo.addItem(f"{r} × {r}", r)
        self.resolution_combo.setCurrentIndex(self.resolution_combo.findData(self._probe.config.resolution))
        self.resolution_label.setBuddy(self.resolution_combo)
        top.addWidget(self.discretize_box)
        top.addWidget(self.test_box)
        top.addWidget(self.resolution_label)
        top.addWidget(self.resolution_combo)
        rows.addLayout(top)

        self.feature_row = QWidget()
        self.feature_row.setObjectName("decisionFeatures")
        features = QHBoxLayout(self.feature_row)
        features.setContentsMargins(0, 0, 0, 0)
        features.setSpacing(6)
        self.x_combo = QComboBox()
        self.x_combo.setObjectName("decisionFeatureX")
        self.y_combo = QComboBox()
        self.y_combo.setObjectName("decisionFeatureY")
        for combo in (self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.x_combo.setToolTip(self.tr("The input on the horizontal axis"))
        self.y_combo.setToolTip(self.tr("The input on the vertical axis"))
        self.x_label = QLabel(self.tr("x"))
        self.x_label.setBuddy(self.x_combo)
        self.y_label = QLabel(self.tr("y"))
        self.y_label.setBuddy(self.y_combo)
        self.mean_note = QLabel(self.tr("others at their mean"))
        self.mean_note.setStyleSheet("color: #666;")
        self.mean_note.setToolTip(self.tr("The inputs not on the axes are held at their training mean "
                                          "while the model is evaluated. New data opens on the two inputs "
                                          "that tell the targets apart best on their own."))
        features.addWidget(self.x_label)
        features.addWidget(self.x_combo, 1)
        features.addWidget(self.y_label)
        features.addWidget(self.y_combo, 1)
        features.addWidget(self.mean_note)
        rows.addWidget(self.feature_row)
        self.toolbar = bar

        self.discretize_box.toggled.connect(self._on_discretize)
        self.test_box.toggled.connect(self.test_item.setVisible)
        self.resolution_combo.currentIndexChanged.connect(self._on_resolution)
        self.x_combo.currentIndexChanged.connect(lambda _i: self._on_feature_combo(self.x_combo))
        self.y_combo.currentIndexChanged.connect(lambda _i: self._on_feature_combo(self.y_combo))

    @Slot(bool)
    def _on_discretize(self, _on: bool) -> None:
        if self._result is not None:
            self._render()

    @Slot(int)
    def _on_resolution(self, index: int) -> None:
        self._probe.configure(resolution=int(self.resolution_combo.itemData(index)))
        self._refresh_from_model()

    def _on_feature_combo(self, changed: QComboBox) -> None:
        i, j = self.x_combo.currentIndex(), self.y_combo.currentIndex()
        if i < 0 or j < 0:
            return
        if i == j:  # the same input on both axes: swap with the other axis' previous input
            old_i, old_j = self._probe.config.features
            other = self.y_combo if changed is self.x_combo else self.x_combo
            other.blockSignals(True)
            other.setCurrentIndex(old_i if changed is self.x_combo else old_j)
            other.blockSignals(False)
            i, j = self.x_combo.currentIndex(), self.y_combo.currentIndex()
        self._apply_features(i, j)

    def _apply_features(self, i: int, j: int) -> None:
        if (i, j) == self._probe.config.features and self._result is not None:
            return
        self._probe.configure(features=(i, j))
        self.clear_regions()
        self._show_points()
        self._refresh_from_model()

    def _fill_feature_combos(self) -> None:
        names = self._feature_names()
        current = self._probe.config.features
        keep = [self.x_combo.itemText(k) for k in range(self.x_combo.count())] == names
        features = current if keep and max(current) < len(names) else separating_features(self._dataset)
        for combo, index in ((self.x_combo, features[0]), (self.y_combo, features[1])):
            combo.blockSignals(True)
            if not keep:
                combo.clear()
                combo.addItems(names)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._probe.configure(features=features)

    # ------------------------------------------------------------------ training runs
    def live_probes(self) -> list:
        return [self._probe]

    def draw_live(self, results: dict) -> None:
        result = results.get(DecisionRegionProbe.key)
        if result is None:
            return
        if result.get("step") is None:
            result = {**result, "step": self.live_step}
        self.update_from_result(result)

    def clear_live(self) -> None:
        self.clear_regions()

    def follow(self, runner: Any) -> None:
        """Follow ``runner`` (:meth:`LiveView.follow`); between runs, when the edited project cannot be
        built (a model that does not fit the data, a broken wiring), say why over the points instead of
        keeping the regions of the model before the edit (``sigModelRefused``)."""
        old = self.runner
        super().follow(runner)
        if old is runner:
            return
        if old is not None and hasattr(old, "sigModelRefused"):
            old.sigModelRefused.disconnect(self._on_model_refused)
            old.sigModelReady.disconnect(self._on_model_ready)
        if hasattr(runner, "sigModelRefused"):
            runner.sigModelRefused.connect(self._on_model_refused)
            runner.sigModelReady.connect(self._on_model_ready)

    attach = follow

    @property
    def refusal_text(self) -> str:
        """The note shown instead of the regions when the model cannot be built ("" when there is none)."""
        return self.refusal.text() if self._refusal is not None else ""

    @Slot(str)
    def _on_model_refused(self, why: str) -> None:
        self.clear_regions()
        self._set_refusal(why)

    @Slot(object)
    def _on_model_ready(self, _report: object) -> None:
        self._set_refusal(None)

    def _set_refusal(self, why: str | None) -> None:
        if why == self._refusal:
            return
        self._refusal = why
        if why is not None:
            self.refusal.setText(self.tr("No decision regions: the model cannot be built as it is.\n{0}").format(why))
        self._update_state()

    def refresh_from_model(self) -> None:
        """Have the regions computed again from the runner's model when no batch runs (paused or ended),
        e.g. after the user typed a new weight in the network diagram; the probe runs in a job thread."""
        self._refresh_from_model()

    def _refresh_from_model(self) -> None:
        runner = self.runner
        if runner is None or self._reason is not None:
            return
        model = runner.last_model
        if model is None:
            return
        shape = tuple(getattr(getattr(model, "spec", None), "input_shape", ()) or ())
        if shape and tuple(self._dataset.x_train.shape[1:]) != shape:
            return  # the data on screen is not what this model takes
        self.request_refresh(dataset=self._dataset)

    # ------------------------------------------------------------------ drawing
    def _plane_dims(self) -> int:
        """Columns of the plane the regions are drawn over: 2 for computed features (the raw x1, x2)."""
        return int(plane_points(self._dataset).shape[1])

    def _feature_names(self) -> list[str]:
        d = self._plane_dims()
        names = list(getattr(self._dataset, "point_names", None) or self._dataset.feature_names or [])
        if len(names) != d:
            names = [self.tr("input {0}").format(k + 1) for k in range(d)]
        return [str(n) for n in names]

    def _features(self) -> tuple[int, int]:
        return effective_features(self._probe.config.features, self._plane_dims())

    def _target_levels(self) -> tuple[float, float]:
        if self._dataset.task != "regression":
            return (0.0, 1.0)
        y = np.concatenate([self._dataset.y_train[:, 0], self._dataset.y_test[:, 0]]).astype(np.float64)
        lo, hi = float(y.min()), float(y.max())
        if lo < 0.0 < hi:  # zero is the neutral grey, as in the Playground
            m = max(-lo, hi)
            return (-m, m)
        if hi <= lo:
            return (lo - 1.0, hi + 1.0)
        return (lo, hi)

    def _show_points(self) -> None:
        ds = self._dataset
        i, j = self._features()
        x_tr, x_te = plane_points(ds, "train"), plane_points(ds, "test")
        if ds.task == "regression":
            lo, hi = self._value_levels

            def lut_index(y: np.ndarray) -> np.ndarray:
                return np.clip(((y[:, 0] - lo) / (hi - lo) * 255.0).round(), 0, 255).astype(np.intp)

            brushes = [pg.mkBrush(*colour) for colour in POINT_LUT]
            pens = [pg.mkPen(*colour, width=1.8) for colour in POINT_LUT]
            train_brushes = [brushes[k] for k in lut_index(ds.y_train)]
            test_pens = [pens[k] for k in lut_index(ds.y_test)]
        else:
            k = ds.n_classes or 2
            class_brushes = [pg.mkBrush(point_class_colour(c)) for c in range(k)]
            class_pens = [pg.mkPen(point_class_colour(c), width=1.8) for c in range(k)]
            train_brushes = [class_brushes[c] for c in ds.y_train]
            test_pens = [class_pens[c] for c in ds.y_test]
        self.train_item.setData(x_tr[:, i], x_tr[:, j], brush=train_brushes)
        self.test_item.setData(x_te[:, i], x_te[:, j], pen=test_pens, brush=pg.mkBrush(255, 255, 255, 0))
        names = self._feature_names()
        self.setLabel("bottom", names[i])
        self.setLabel("left", names[j])
        x0, x1, y0, y1 = self._probe.grid.arrays(ds).extent
        # The axes show exactly the grid's extent, so the regions' image covers the whole plot: a locked
        # aspect ratio widened one axis beyond the grid in a plot that is not square (white bands).
        self.setAspectLocked(False)
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._update_legend()

    def _update_legend(self) -> None:
        self.legend.clear()
        self._legend_samples.clear()
        ds = self._dataset
        if ds is None or self._reason is not None or ds.task == "regression":
            self.legend.hide()
            return
        names = [str(n) for n in (ds.class_names or [])]
        k = ds.n_classes or 2
        if all(n in (str(c), f"class {c}") for c, n in enumerate(names)):
            self.legend.hide()  # "class 0", "class 1": the colours say as much
            return
        for c in range(k):
            sample = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(point_class_colour(c)),
                                        pen=pg.mkPen(255, 255, 255, 230, width=1.0))
            self._legend_samples.append(sample)
            self.legend.addItem(sample, display_class_name(names[c]) if c < len(names) else str(c))
        self.legend.show()
        self._place_legend()

    #: the legend's corners, preferred in this order: top right, top left, bottom right, bottom left
    LEGEND_CORNERS = ((1, 0), (0, 0), (1, 1), (0, 1))

    def _place_legend(self) -> None:
        """Put the class legend in the corner of the plot that hides the fewest points (Iris' petals: the
        top right holds virginica, the top left nothing); the top right when they tie."""
        if self.closed or "legend" not in self.__dict__ or not self.legend.isVisible() or self._dataset is None \
                or self._reason is not None:
            return
        i, j = self._features()
        points = np.concatenate([plane_points(self._dataset, part)[:, [i, j]] for part in ("train", "test")])
        place_legend(self.legend, self.getPlotItem().vb, points[:, 0], points[:, 1], corners=self.LEGEND_CORNERS)

    def _render(self) -> None:
        result = self._result
        z = np.asarray(result["z"], dtype=np.float32)
        if z.ndim == 2:
            z = z[..., None]
        x0, x1, y0, y1 = (float(v) for v in result["extent"])
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        discretize = self.discretize_box.isChecked()
        task = self._dataset.task
        if task == "regression":
            lo, hi = self._value_levels
            v = z[..., 0]
            v = np.where(np.isfinite(v), v, (lo + hi) / 2).astype(np.float32, copy=False)
            if discretize:
                width = (hi - lo) / SURFACE_BANDS
                band = np.clip(np.floor((v - lo) / width), 0, SURFACE_BANDS - 1)
                v = (lo + (band + 0.5) * width).astype(np.float32)
            self.image_item.setImage(v, levels=(lo, hi), lut=REGION_LUT, autoLevels=False, rect=rect)
        elif z.shape[-1] <= 2:  # binary: the probability of class 1 on the diverging map
            p = z[..., -1]
            p = np.where(np.isfinite(p), p, np.float32(0.5))
            if discretize:
                p = (p >= 0.5).astype(np.float32)
            self.image_item.setImage(p.astype(np.float32, copy=False), levels=(0.0, 1.0), lut=REGION_LUT,
                                     autoLevels=False, rect=rect)
        else:  # classes: each class's tint weighted by its probability
            k = z.shape[-1]
            w = np.where(np.isfinite(z), z, np.float32(1.0 / k))
            if discretize:
                w = np.eye(k, dtype=np.float32)[np.argmax(w, axis=-1)]
            rgb = np.rint(np.clip(w @ region_class_colours(k), 0.0, 255.0))  # whole numbers: exact in uint8
            self.image_item.setImage(rgb.astype(np.float32, copy=False), levels=(0.0, 255.0), lut=None,
                                     autoLevels=False, rect=rect)

    # ------------------------------------------------------------------ state and layout
    def _update_state(self) -> None:
        ok = self._reason is None
        for item in (self.image_item, self.train_item):
            item.setVisible(ok)
        self.test_item.setVisible(ok and self.test_box.isChecked())
        plot = self.getPlotItem()
        for axis in ("left", "bottom"):
            plot.showAxis(axis, ok)
        for widget in (self.discretize_box, self.test_box, self.resolution_label, self.resolution_combo):
            widget.setEnabled(ok)
        many = ok and self._plane_dims() > 2
        self.feature_row.setVisible(many)
        regression = ok and self._dataset.task == "regression"
        self.discretize_box.setToolTip(
            self.tr("Paint the predicted value in {0} bands of equal width").format(SURFACE_BANDS) if regression else
            self.tr("Paint only the predicted class (the most probable one, or probability ≥ 0.5) instead of "
                    "blending by probability"))
        self._show_color_bar(regression)
        if not ok:
            self.legend.hide()
        self.message.setText(self._message_text())
        self.message.setVisible(not ok)
        self.refusal.setVisible(ok and self._refusal is not None)
        self._layout_overlays()

    def _message_text(self) -> str:
        if self._reason == "no_data":
            return self.tr("Load a data set to see what the model learns here.")
        if self._reason == "images":
            return self.tr("This data set holds images: decision regions are drawn for data with a few "
                           "numeric inputs (the 2-D toy sets, iris, wine …).")
        if self._reason == "one_input":
            return self.tr("This data set has a single input: decision regions need two.")
        return ""

    def _show_color_bar(self, show: bool) -> None:
        layout = self.getPlotItem().layout
        if show:
            lo, hi = self._value_levels
            back = target_scaling(self._dataset) if self._dataset is not None else None
            if back is not None:   # a standardised target: the bar reads in the target's own units
                lo, hi = (float(v) for v in back.to_raw(np.array([[lo], [hi]]))[:, 0])
            self.color_bar.setLevels((lo, hi))
            if not self._bar_shown:
                layout.addItem(self.color_bar, 2, 5)
                layout.setColumnFixedWidth(4, 5)
                self.color_bar.show()
                self._bar_shown = True
        elif self._bar_shown:
            layout.removeItem(self.color_bar)
            self.color_bar.hide()
            layout.setColumnFixedWidth(4, 0)
            self._bar_shown = False

    def _layout_overlays(self) -> None:
        bar = self.toolbar
        height = bar.heightForWidth(self.width()) if bar.hasHeightForWidth() else -1
        height = max(height, bar.sizeHint().height())
        # the refusal: a banner under the controls, the plot (with every point) below it
        banner = self.refusal.heightForWidth(self.width()) if self.refusal.isVisibleTo(self) else 0
        self.setViewportMargins(0, height + banner, 0, 0)
        self.toolbar.setGeometry(0, 0, self.width(), height)
        self.toolbar.raise_()
        self.refusal.setGeometry(0, height, self.width(), banner)
        self.message.setGeometry(self.viewport().geometry())
        self.message.raise_()
        self._fit_scene()

    def _fit_scene(self) -> None:
        # pyqtgraph sizes its scene to the whole widget; only the viewport below the controls shows it
        viewport = self.viewport()
        if not self.closed and viewport.width() > 0 and viewport.height() > 0:
            pg.GraphicsView.setRange(self, QRectF(0, 0, viewport.width(), viewport.height()), padding=0,
                                     disableAutoPixel=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if "toolbar" in self.__dict__:  # pyqtgraph calls this from its __init__, before the controls exist
            self._layout_overlays()
            self._place_legend()
