"""Decision regions: ``DecisionGrid`` (where to evaluate the model) and ``DecisionRegionProbe`` (the
probe); drawn by ``annstudio.gui.views.decision_plot.DecisionRegionPlot``.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from ...backends.base import TrainableModel
from .common import Throttle, output_probabilities, weak

#: resolutions the GUI offers (pixels per side)
DECISION_RESOLUTIONS = (25, 50, 100, 200)
#: results per second the probe computes at most while training
DECISION_MAX_RATE = 15.0
#: ranges of the two inputs differing by less than this factor get a square grid (``equal_aspect``)
EQUAL_ASPECT_LIMIT = 3.0


def decision_unavailable(dataset: Any) -> str | None:
    """Why ``dataset`` cannot be drawn as decision regions, or ``None`` when it can.

    ``"no_data"``: no dataset. ``"images"``: samples with more than one axis (``(n, 28, 28)``) or a square
    number >= 64 of inputs (flattened images such as digits 8x8). ``"one_input"``: a single input column.
    """
    if dataset is None:
        return "no_data"
    x = plane_points(dataset)
    if x.ndim != 2:
        return "images"
    d = int(x.shape[1])
    if d < 2:
        return "one_input"
    side = math.isqrt(d)
    if d >= 64 and side * side == d:
        return "images"
    return None


def plane_points(dataset: Any, part: str = "train") -> np.ndarray:
    """The samples as points of the plane the regions are drawn over: the raw ``(x1, x2)`` of a 2-D set
    whose inputs are computed features (``Dataset.points``), else the inputs."""
    points = getattr(dataset, "points", None)
    return points(part) if callable(points) else getattr(dataset, f"x_{part}")


def model_inputs(dataset: Any, points: np.ndarray) -> np.ndarray:
    """Grid ``points`` of the plane as the model's inputs: expanded with the data's input features, if any."""
    features = getattr(dataset, "features", None)
    if not features:
        return points
    from ...data.features import expand

    return expand(points, features)


@dataclass(frozen=True)
class DecisionGridConfig:
    """Where the decision regions are evaluated.

    ``resolution``: pixels per side (the grid has ``resolution ** 2`` points).
    ``features``: the input columns ``(i, j)`` on the horizontal and vertical axis; the other inputs
    are held at their training mean. For 2-input data it is always ``(0, 1)`` in effect.
    ``margin``: added on each side of the training data's range, as a fraction of that range.
    ``equal_aspect``: when the two ranges differ by less than ``EQUAL_ASPECT_LIMIT`` times, the shorter
    one is widened (about its centre) to the longer one's length, so the grid is square in data units and
    a plot with the same scale on both axes shows circles as circles.
    """

    resolution: int = 100
    features: tuple[int, int] = (0, 1)
    margin: float = 0.08
    equal_aspect: bool = True

    def __post_init__(self) -> None:
        resolution = self.resolution
        if isinstance(resolution, bool) or not isinstance(resolution, (int, np.integer)) or not 2 <= resolution <= 1000:
            raise ValueError(f"resolution must be a whole number from 2 to 1000, got {resolution!r}")
        object.__setattr__(self, "resolution", int(resolution))
        try:
            i, j = (int(f) for f in self.features)
        except (TypeError, ValueError):
            raise ValueError(f"features must be two input column numbers (i, j), got {self.features!r}") from None
        if i < 0 or j < 0 or i == j:
            raise ValueError(f"features must be two different column numbers >= 0, got {self.features!r}")
        object.__setattr__(self, "features", (i, j))
        margin = float(self.margin)
        if not math.isfinite(margin) or margin < 0:
            raise ValueError(f"margin must be a number >= 0, got {self.margin!r}")
        object.__setattr__(self, "margin", margin)
        object.__setattr__(self, "equal_aspect", bool(self.equal_aspect))


@dataclass(frozen=True)
class DecisionGridArrays:
    """One built grid. ``xs`` ``(n,)`` and ``ys`` ``(n,)``: pixel centres along the two axes, increasing.
    ``X`` ``(n * n, d)`` float32, read-only: row ``iy * n + ix`` is the point ``(xs[ix], ys[iy])`` in the
    chosen feature columns and the training mean elsewhere, so ``predict(X).reshape(n, n, k)[iy, ix]``
    is the pixel in row ``iy`` (bottom row first) and column ``ix``.
    ``extent``: ``(x0, x1, y0, y1)``, the outer edges of the pixels. ``features``: the columns in effect.
    For data whose inputs are computed features of ``(x1, x2)`` (``Dataset.features``), the grid spans the
    raw plane and ``X`` holds the grid points expanded with those features (what the model takes).
    """

    config: DecisionGridConfig
    xs: np.ndarray
    ys: np.ndarray
    X: np.ndarray
    extent: tuple[float, float, float, float]
    features: tuple[int, int]

    @property
    def resolution(self) -> int:
        return int(self.xs.shape[0])


class DecisionGrid:
    """The grid of points a decision-region plot is computed on, built once per dataset and config.

    The GUI thread may :meth:`configure` while a worker thread calls :meth:`grid`: the config is an
    immutable value replaced as a whole and read once per call, so a new config takes effect at the next
    call and every grid is built from one config.
    """

    def __init__(self, config: DecisionGridConfig | None = None, **changes: Any) -> None:
        config = config if config is not None else DecisionGridConfig()
        self._config = replace(config, **changes) if changes else config
        self._cached: tuple[Any, DecisionGridConfig, DecisionGridArrays] | None = None  # (dataset ref, config, arrays)

    @property
    def config(self) -> DecisionGridConfig:
        return self._config

    def configure(self, **changes: Any) -> DecisionGridConfig:
        """Change ``resolution``, ``features`` and/or ``margin`` (validated; raises ``ValueError``)."""
        config = replace(self._config, **changes)
        self._config = config
        return config

    def grid(self, dataset: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(xs (n,), ys (n,), X (n * n, d) float32)`` for ``dataset``; see :class:`DecisionGridArrays`."""
        arrays = self.arrays(dataset)
        return arrays.xs, arrays.ys, arrays.X

    def arrays(self, dataset: Any) -> DecisionGridArrays:
        """The grid for ``dataset`` and the current config (built on first use, then cached)."""
        reason = decision_unavailable(dataset)
        if reason is not None:
            raise ValueError(f"no decision grid for this data ({reason}): it needs samples with 2 or more inputs")
        config = self._config
        cached = self._cached
        if cached is not None and cached[0]() is dataset and cached[1] == config:
            return cached[2]
        arrays = build_decision_grid(plane_points(dataset), config)
        if getattr(dataset, "features", None):
            X = np.ascontiguousarray(model_inputs(dataset, arrays.X), dtype=np.float32)
            X.setflags(write=False)
            arrays = replace(arrays, X=X)
        self._cached = (weak(dataset), config, arrays)
        return arrays


#: at most this many training rows rank the inputs for :func:`separating_features`
SEPARATION_SAMPLES = 20_000


def separating_features(dataset: Any) -> tuple[int, int]:
    """The two inputs that tell the targets apart best, one at a time, in column order: the first axes to show.

    For classes, each input's Fisher ratio (the spread of the class means over the spread within the classes);
    for a regression, the size of each input's correlation with the target. Iris: the petal length and width,
    where the three species separate (its sepal columns, the first two, overlap); ``(0, 1)`` for data of two
    inputs or fewer, and for inputs that do not vary."""
    points = plane_points(dataset)
    if points.ndim != 2 or points.shape[1] <= 2 or len(points) < 2:
        return (0, 1)
    every = -(-len(points) // SEPARATION_SAMPLES)   # a large CSV: every k-th row is plenty to rank the inputs
    x = np.asarray(points[::every], dtype=np.float64)
    y = np.asarray(dataset.y_train).reshape(len(points), -1)[::every, 0]   # class labels, or the (first) target
    if getattr(dataset, "task", None) == "regression":
        target = y.astype(np.float64)
        xc, tc = x - x.mean(axis=0), target - target.mean()
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.abs(xc.T @ tc) / np.sqrt((xc ** 2).sum(axis=0) * (tc ** 2).sum())
    else:
        between = np.zeros(x.shape[1])
        within = np.zeros(x.shape[1])
        mean = x.mean(axis=0)
        for c in np.unique(y):
            members = x[y == c]
            between += len(members) * (members.mean(axis=0) - mean) ** 2
            within += ((members - members.mean(axis=0)) ** 2).sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = between / within
        score[(within == 0) & (between > 0)] = np.inf   # an input that alone separates the classes exactly
    score = np.nan_to_num(score, nan=-1.0, posinf=np.finfo(np.float64).max)
    if np.count_nonzero(score > 0) < 2:
        return (0, 1)
    best = sorted(np.argsort(-score, kind="stable")[:2].tolist())
    return (int(best[0]), int(best[1]))


def effective_features(features: tuple[int, int], n_inputs: int) -> tuple[int, int]:
    """``features`` when both columns exist among ``n_inputs``, else ``(0, 1)``."""
    i, j = features
    return (i, j) if max(i, j) < n_inputs else (0, 1)


def build_decision_grid(x_train: np.ndarray, config: DecisionGridConfig) -> DecisionGridArrays:
    """The grid over the training inputs ``x_train`` ``(n_samples, d)``; see :class:`DecisionGridArrays`."""
    x = np.asarray(x_train, dtype=np.float64)
    d = x.shape[1]
    i, j = effective_features(config.features, d)
    n = config.resolution
    edges = []
    for column in (i, j):
        lo, hi = float(x[:, column].min()), float(x[:, column].max())
        span = hi - lo
        pad = config.margin * span if span > 0 else 0.5
        edges.append((lo - pad, hi + pad))
    (x0, x1), (y0, y1) = edges
    wx, wy = x1 - x0, y1 - y0
    if config.equal_aspect and max(wx, wy) <= EQUAL_ASPECT_LIMIT * min(wx, wy):
        w = max(wx, wy)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        x0, x1, y0, y1 = cx - w / 2, cx + w / 2, cy - w / 2, cy + w / 2
    centres = (np.arange(n, dtype=np.float64) + 0.5) / n
    xs = (x0 + centres * (x1 - x0)).astype(np.float32)
    ys = (y0 + centres * (y1 - y0)).astype(np.float32)
    points = np.empty((n * n, d), dtype=np.float32)
    points[:] = x.mean(axis=0).astype(np.float32)  # the inputs not shown, at their training mean
    points[:, i] = np.tile(xs, n)
    points[:, j] = np.repeat(ys, n)
    for array in (xs, ys, points):
        array.setflags(write=False)
    return DecisionGridArrays(config, xs, ys, points, (x0, x1, y0, y1), (i, j))


class DecisionRegionProbe:
    """The probe behind the decision-region plot: the model's predictions on a :class:`DecisionGrid`.

    ``probe(model, dataset)`` returns ``{"decision": {...}}`` with

    - ``"z"``: float32 ``(n, n, k)``, ``z[iy, ix]`` = the prediction at ``(xs[ix], ys[iy])``: class
      probabilities (``k = 1``: probability of class 1 for a sigmoid output; ``k = n_classes`` for softmax)
      or the regression outputs;
    - ``"extent"``: ``(x0, x1, y0, y1)``, the pixels' outer edges; ``"features"``: ``(i, j)``;
      ``"resolution"``: ``n``; ``"task"``: the dataset's task; ``"frame"``: how many results this probe
      has made; ``"step"``: the ``step`` argument (``None`` from the worker: the probe event carries it).

    It returns ``{}`` (nothing to send) when the data cannot be drawn (:func:`decision_unavailable`) and
    when its previous result is less than ``1 / max_rate`` seconds old (wall clock), so at most about
    ``max_rate`` results a second are computed, each one ``model.predict`` of ``n * n`` rows.
    ``force=True`` skips the rate limit (for a final picture at a pause or the end of a run).
    :meth:`configure` may be called from the GUI while the worker calls; a new config applies at the next call.
    """

    key = "decision"
    #: results are new arrays the probe never touches again: the worker sends them without a copy
    fresh_results = True

    def __init__(self, grid: DecisionGrid | DecisionGridConfig | None = None, *, max_rate: float = DECISION_MAX_RATE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.grid = grid if isinstance(grid, DecisionGrid) else DecisionGrid(grid)
        if max_rate is None or not max_rate > 0:
            raise ValueError(f"max_rate must be > 0 results per second, got {max_rate!r}")
        self._throttle = Throttle(max_rate, clock)
        self.max_rate = float(max_rate)
        self._frames = 0
        self._dataset_ref: Any = None

    @property
    def config(self) -> DecisionGridConfig:
        return self.grid.config

    def configure(self, **changes: Any) -> DecisionGridConfig:
        """Change the grid (``resolution``, ``features``, ``margin``); see :meth:`DecisionGrid.configure`."""
        return self.grid.configure(**changes)

    @property
    def last_dataset(self) -> Any:
        """The dataset of the latest call (the run's own), while it is alive; else ``None``."""
        ref = self._dataset_ref
        return ref() if ref is not None else None

    @property
    def frames(self) -> int:
        """Results computed so far."""
        return self._frames

    def __call__(self, model: TrainableModel, dataset: Any, *, force: bool = False,
                 step: int | None = None) -> dict[str, Any]:
        if decision_unavailable(dataset) is not None:
            return {}
        if not self._throttle.due(force):
            return {}
        self._frames += 1
        frame = self._frames
        self._dataset_ref = weak(dataset)
        grid = self.grid.arrays(dataset)
        n = grid.resolution
        out = model.predict(grid.X, batch_size=min(len(grid.X), 65536))
        z = output_probabilities(out, model, dataset.task).reshape(n, n, -1)
        return {self.key: {
            "step": step, "frame": frame, "z": z, "extent": grid.extent, "features": grid.features,
            "resolution": n, "task": dataset.task,
        }}

    def reset_rate_limit(self) -> None:
        self._throttle.reset()

    def __repr__(self) -> str:
        config = self.config
        return (f"DecisionRegionProbe(resolution={config.resolution}, features={config.features}, "
                f"max_rate={self.max_rate:g})")
