"""``NeuronMapsProbe``: what every neuron computes over the input plane, for two-input data (the network
diagram's thumbnails, as in the TensorFlow Playground)."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from ...backends.base import TrainableModel
from .common import Throttle, weak
from .decision import model_inputs, plane_points


def two_input_grid(x_train: np.ndarray, resolution: int, margin: float = 0.08
                   ) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """``(points (r * r, 2) float32, extent (x0, x1, y0, y1))``: pixel centres over the training inputs
    plus ``margin`` of their range on each side; row ``iy * r + ix`` is ``(xs[ix], ys[iy])``."""
    x = np.asarray(x_train, dtype=np.float64)
    edges = []
    for column in (0, 1):
        lo, hi = float(x[:, column].min()), float(x[:, column].max())
        pad = margin * (hi - lo) if hi > lo else 0.5
        edges.append((lo - pad, hi + pad))
    (x0, x1), (y0, y1) = edges
    centres = (np.arange(resolution) + 0.5) / resolution
    xs, ys = x0 + centres * (x1 - x0), y0 + centres * (y1 - y0)
    points = np.empty((resolution * resolution, 2), dtype=np.float32)
    points[:, 0] = np.tile(xs, resolution)
    points[:, 1] = np.repeat(ys, resolution)
    return points, (x0, x1, y0, y1)


class NeuronMapsProbe:
    """What every neuron computes over the input plane, for two-input data (the Playground's thumbnails).

    ``{"neuron_maps": {"layers": {layer name: float32 (units, r, r)}, "extent": (x0, x1, y0, y1),
    "resolution": r}}``: ``layers[name][u, iy, ix]`` is unit ``u``'s output (inference mode) at input
    ``(xs[ix], ys[iy])`` of an ``r x r`` grid over the training data (``iy = 0`` is the *lowest* y).
    Every layer with one value per unit is included (the Input too: the two features themselves).
    Returns ``{}`` for data with other than two inputs. Data whose inputs are computed features of
    ``(x1, x2)`` (``Dataset.features``) is drawn over the raw plane, the Input's maps being the features.
    """

    key = "neuron_maps"
    #: results are new arrays the probe never touches again: the worker sends them without a copy
    fresh_results = True

    def __init__(self, resolution: int = 24, max_rate: float | None = 4.0, *, margin: float = 0.08,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(resolution, bool) or not isinstance(resolution, (int, np.integer)) or not 2 <= resolution <= 256:
            raise ValueError(f"resolution must be a whole number from 2 to 256, got {resolution!r}")
        self.resolution = int(resolution)
        self.margin = float(margin)
        self._throttle = Throttle(max_rate, clock)
        self.max_rate = self._throttle.max_rate
        self._dataset: Callable[[], Any] | None = None
        self._grid: tuple[np.ndarray, tuple[float, float, float, float]] | None = None

    @staticmethod
    def applies(dataset: Any) -> bool:
        """True for data with exactly two inputs, or inputs computed from two (``Dataset.features``)."""
        return (dataset is not None and np.ndim(dataset.x_train) == 2
                and tuple(np.shape(plane_points(dataset))[1:]) == (2,))

    def __call__(self, model: TrainableModel, dataset: Any, *, force: bool = False) -> dict[str, Any]:
        if not self.applies(dataset):
            return {}
        if not self._throttle.due(force):
            return {}
        return self.compute(model, dataset)

    def compute(self, model: TrainableModel, dataset: Any = None) -> dict[str, Any]:
        if dataset is None:
            dataset = self._dataset() if self._dataset is not None else None
        if not self.applies(dataset):
            return {}
        if self._grid is None or self._dataset is None or self._dataset() is not dataset:
            points, extent = two_input_grid(plane_points(dataset), self.resolution, self.margin)
            self._grid = (np.ascontiguousarray(model_inputs(dataset, points), dtype=np.float32), extent)
            self._dataset = weak(dataset)
        points, extent = self._grid
        r = self.resolution
        layers: dict[str, np.ndarray] = {}
        for name, out in model.layer_outputs(points).items():
            out = np.asarray(out)
            if out.ndim != 2:
                continue
            layers[name] = np.ascontiguousarray(out.T.reshape(out.shape[1], r, r), dtype=np.float32)
        return {self.key: {"layers": layers, "extent": extent, "resolution": r}}

    def reset_rate_limit(self) -> None:
        self._throttle.reset()

    def __repr__(self) -> str:
        return f"NeuronMapsProbe(resolution={self.resolution}, max_rate={self.max_rate})"
