"""Probes: ``probe(model, dataset) -> dict`` callables that the training worker runs between steps.

A probe looks at the model being trained (either backend, through the ``TrainableModel`` methods) and
returns plain data (NumPy arrays, numbers, strings) under a key of its own. ``annstudio.gui.worker``
deep-copies the dict and sends it to the GUI as ``{"event": "probe", "step", "results": {...}}``.
Probes import neither Qt nor TensorFlow and never change the model.
"""
from __future__ import annotations

import math
import time
import weakref
from typing import Any, Callable

import numpy as np

from ..backends.numpy.activations import ACTIVATIONS


# ============================================================================ activation statistics
# The vanishing-gradient story (CURRICULUM.md §3, seed 003): backpropagation multiplies every layer's
# f'(z). Where sigmoid/tanh saturate, f'(z) is almost 0 and little gradient gets through; a ReLU unit
# that outputs 0 for every sample passes no gradient at all ("dead").
# activations whose units can saturate (f'(z) -> 0 for large |z|)
SATURATING_ACTIVATIONS = ("sigmoid", "tanh")
# activations whose units can die (output 0, f'(z) = 0, for every input)
DYING_ACTIVATIONS = ("relu",)
# a sigmoid/tanh unit is saturated for a sample when f'(z) is below this
SATURATION_DERIVATIVE = 0.01


def saturation_limit(activation: str, derivative: float = SATURATION_DERIVATIVE) -> float | None:
    """The |z| beyond which ``f'(z) < derivative`` for sigmoid (4.585 for 0.01) and tanh (2.993);
    ``None`` for other activations."""
    if activation == "sigmoid":  # s (1 - s) = d  ->  s = (1 + sqrt(1 - 4d)) / 2, z = log(s / (1 - s))
        s = (1.0 + math.sqrt(1.0 - 4.0 * derivative)) / 2.0
        return math.log(s / (1.0 - s))
    if activation == "tanh":  # 1 - t^2 = d  ->  z = atanh(sqrt(1 - d))
        return math.atanh(math.sqrt(1.0 - derivative))
    return None


def layer_pre_activations(model: Any, x: Any) -> dict[str, dict[str, Any]]:
    """For every ``Dense`` and ``Activation`` layer of ``model``: ``{"activation", "z", "output"}``.

    ``z`` is what the layer's activation function receives: ``input @ kernel + bias`` for Dense
    (shape ``(n, ..., units)``), the incoming tensor for an Activation layer; ``output`` is the layer's
    output ``f(z)``. Works with any backend model that has ``spec``, ``layer_outputs(x)`` (inference
    mode: no Dropout, BatchNormalization with its moving statistics) and ``get_weights()`` (Keras names
    ``"layer/kernel"``, ``"layer/bias"``).
    """
    spec = getattr(model, "spec", None)
    if spec is None or not hasattr(model, "layer_outputs"):
        raise TypeError(f"{type(model).__name__} has no spec/layer_outputs; expected an annstudio backend model")
    outputs = model.layer_outputs(x)
    weights: dict[str, np.ndarray] | None = None
    result: dict[str, dict[str, Any]] = {}
    for i, layer in enumerate(spec.layers):
        if layer.kind not in ("Dense", "Activation"):
            continue
        source = np.asarray(outputs[spec.input_names(i)[0]])
        if layer.kind == "Dense":
            if weights is None:
                weights = model.get_weights()
            z = np.matmul(source, weights[f"{layer.name}/kernel"])
            if layer.config.get("use_bias", True):
                z += weights[f"{layer.name}/bias"]
        else:
            z = np.array(source)
        result[layer.name] = {"activation": str(layer.config["activation"]), "z": z,
                              "output": np.asarray(outputs[layer.name])}
    return result


def activation_stats(model: Any, x: Any, bins: int = 40) -> dict[str, dict[str, Any]]:
    """Per Dense/Activation layer, statistics of its pre-activations ``z`` over the samples ``x``.

    ``{layer name: {"activation", "samples", "units", "hist", "edges", "saturated", "dead",
    "dead_units", "saturation_limit"}}`` in the model's layer order:

    - ``hist`` (``bins`` int64 counts) and ``edges`` (``bins + 1``): histogram of every z value, over
      ``[-m, m]`` with ``m`` the largest |z| rounded up to a whole number (at least 1), so the counts sum
      to ``samples * units`` (non-finite values are left out) and the axis moves only in whole steps.
    - ``saturated``: sigmoid/tanh only, the share of (sample, unit) values with ``f'(z) <
      SATURATION_DERIVATIVE`` (|z| > ``saturation_limit``); ``None`` for other activations.
    - ``dead``: ReLU only, the share of units whose output is 0 for every sample (``dead_units`` of
      ``units``); ``None`` for other activations.
    """
    bins = int(bins)
    result: dict[str, dict[str, Any]] = {}
    for name, layer in layer_pre_activations(model, x).items():
        act, z, out = layer["activation"], layer["z"], layer["output"]
        units = int(z.shape[-1]) if z.ndim > 1 else 1
        flat = z.reshape(-1)
        finite = flat[np.isfinite(flat)]
        top = float(np.abs(finite).max()) if finite.size else 1.0
        limit = max(1.0, float(math.ceil(top)))
        hist, edges = np.histogram(finite, bins=bins, range=(-limit, limit))
        saturated = dead = dead_units = None
        if act in SATURATING_ACTIVATIONS:
            derivative = ACTIVATIONS[act][1](flat.astype(np.float64))
            saturated = float(np.mean(derivative < SATURATION_DERIVATIVE)) if flat.size else 0.0
        if act in DYING_ACTIVATIONS:
            per_unit = out.reshape(-1, units)
            dead_units = int(np.all(per_unit == 0, axis=0).sum()) if per_unit.shape[0] else 0
            dead = dead_units / units
        result[name] = {
            "activation": act, "samples": int(z.shape[0]), "units": units,
            "hist": hist.astype(np.int64), "edges": edges,
            "saturated": saturated, "dead": dead, "dead_units": dead_units,
            "saturation_limit": saturation_limit(act),
        }
    return result


class ActivationStatsProbe:
    """A probe for ``TrainingRunner.add_probe``: ``{"activations": activation_stats(...)}`` of a fixed sample.

    The sample (``sample_size`` training inputs, fewer when the set is smaller) is drawn once per dataset
    with a generator seeded by ``seed``, so successive results differ only because the weights changed.
    Calls come at most ``max_rate`` times a second; a call sooner than that returns ``{}`` (nothing new).
    :meth:`compute` skips that limit, for a last exact look when a run paused or ended.

    Call it from one thread at a time (the worker while a run is active, otherwise the GUI).
    """

    key = "activations"

    def __init__(self, sample_size: int = 256, bins: int = 40, max_rate: float | None = 5.0, seed: int = 0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(sample_size, bool) or not isinstance(sample_size, int) or sample_size < 1:
            raise ValueError(f"sample_size must be a positive integer, got {sample_size!r}")
        if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
            raise ValueError(f"bins must be a positive integer, got {bins!r}")
        if max_rate is not None and not max_rate > 0:
            raise ValueError(f"max_rate must be a positive number of calls per second or None, got {max_rate!r}")
        self.sample_size = sample_size
        self.bins = bins
        self.max_rate = max_rate
        self.seed = int(seed)
        self._clock = clock
        self._last_call: float | None = None
        self._dataset: Callable[[], Any] | None = None  # weak reference: a closed project's data can go
        self._x: np.ndarray | None = None

    def __call__(self, model: Any, dataset: Any) -> dict[str, Any]:
        now = self._clock()
        if self.max_rate is not None and self._last_call is not None and now - self._last_call < 1.0 / self.max_rate:
            return {}
        self._last_call = now
        return self.compute(model, dataset)

    @property
    def x(self) -> np.ndarray | None:
        """The current sample, ``(n, *input_shape)``, or ``None`` before the first call."""
        return self._x

    def sample(self, dataset: Any) -> np.ndarray:
        """The fixed sample of ``dataset.x_train`` (drawn on the first call for this dataset)."""
        if self._x is None or self._dataset is None or self._dataset() is not dataset:
            x = np.asarray(dataset.x_train)
            n = min(self.sample_size, len(x))
            rng = np.random.default_rng(self.seed)
            self._x = x[np.sort(rng.choice(len(x), size=n, replace=False))]
            try:
                self._dataset = weakref.ref(dataset)
            except TypeError:
                self._dataset = lambda: dataset
        return self._x

    def compute(self, model: Any, dataset: Any = None) -> dict[str, Any]:
        """The statistics now, on ``dataset``'s sample (``None``: the sample of the last call)."""
        x = self.sample(dataset) if dataset is not None else self._x
        if x is None:
            raise ValueError("no sample yet: pass the dataset on the first call")
        return {self.key: activation_stats(model, x, self.bins)}

    def reset_rate_limit(self) -> None:
        """Let the next call through at once (a new run starts)."""
        self._last_call = None


# =============================================================================== decision regions
# DecisionGrid (where to evaluate the model) and DecisionRegionProbe (the probe); drawn by
# annstudio.gui.decision_plot.DecisionRegionPlot.
import threading  # noqa: E402 - this section's own imports, kept with it
from dataclasses import dataclass, replace  # noqa: E402

#: resolutions the GUI offers (pixels per side)
DECISION_RESOLUTIONS = (25, 50, 100, 200)
#: results per second the probe computes at most while training
DECISION_MAX_RATE = 15.0
#: ranges of the two inputs differing by less than this factor get a square grid (``equal_aspect``)
EQUAL_ASPECT_LIMIT = 3.0
#: a result is computed when this fraction of 1 / max_rate has passed since the last one, so that a
#: caller at exactly twice the rate (the worker's 30 payloads/s, with jitter) gets every second call
#: answered instead of every third
_RATE_TOLERANCE = 0.9


def decision_unavailable(dataset: Any) -> str | None:
    """Why ``dataset`` cannot be drawn as decision regions, or ``None`` when it can.

    ``"no_data"``: no dataset. ``"images"``: samples with more than one axis (``(n, 28, 28)``) or a square
    number >= 64 of inputs (flattened images such as digits 8x8). ``"one_input"``: a single input column.
    """
    if dataset is None:
        return "no_data"
    x = dataset.x_train
    if x.ndim != 2:
        return "images"
    d = int(x.shape[1])
    if d < 2:
        return "one_input"
    side = math.isqrt(d)
    if d >= 64 and side * side == d:
        return "images"
    return None


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

    Thread-safe: the GUI thread may :meth:`configure` while a worker thread calls :meth:`grid`; a new
    config takes effect at the next call.
    """

    def __init__(self, config: DecisionGridConfig | None = None, **changes: Any) -> None:
        config = config if config is not None else DecisionGridConfig()
        self._config = replace(config, **changes) if changes else config
        self._lock = threading.Lock()
        self._cached: tuple[Any, DecisionGridConfig, DecisionGridArrays] | None = None  # (dataset ref, config, arrays)

    @property
    def config(self) -> DecisionGridConfig:
        return self._config

    def configure(self, **changes: Any) -> DecisionGridConfig:
        """Change ``resolution``, ``features`` and/or ``margin`` (validated; raises ``ValueError``)."""
        with self._lock:
            self._config = replace(self._config, **changes)
            return self._config

    def grid(self, dataset: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(xs (n,), ys (n,), X (n * n, d) float32)`` for ``dataset``; see :class:`DecisionGridArrays`."""
        arrays = self.arrays(dataset)
        return arrays.xs, arrays.ys, arrays.X

    def arrays(self, dataset: Any) -> DecisionGridArrays:
        """The grid for ``dataset`` and the current config (built on first use, then cached)."""
        reason = decision_unavailable(dataset)
        if reason is not None:
            raise ValueError(f"no decision grid for this data ({reason}): it needs samples with 2 or more inputs")
        with self._lock:
            config = self._config
            cached = self._cached
            if cached is not None and cached[0]() is dataset and cached[1] == config:
                return cached[2]
            arrays = build_decision_grid(dataset.x_train, config)
            self._cached = (weakref.ref(dataset), config, arrays)
            return arrays


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


def _output_link(model: Any, k: int) -> str | None:
    """How a classifier's outputs become probabilities: ``None`` (they are: sigmoid/softmax output layer),
    ``"sigmoid"``/``"softmax"`` (logits: a linear output trained with ``from_logits=True``), ``"clip"``."""
    spec = getattr(model, "spec", None)
    layers = getattr(spec, "layers", None)
    last = layers[-1] if layers else None
    if last is not None and last.kind in ("Dense", "Activation") and last.config.get("activation") in ("sigmoid", "softmax"):
        return None
    if bool(getattr(getattr(model, "loss", None), "from_logits", False)):
        return "sigmoid" if k == 1 else "softmax"
    return "clip"


def output_probabilities(out: np.ndarray, model: Any, task: str) -> np.ndarray:
    """Model outputs ``(rows, k)`` as float32: class probabilities for classifiers (sigmoid/softmax
    outputs unchanged; logits through their link), predicted values for regression."""
    out = np.asarray(out).reshape(len(out), -1)
    if task == "regression":
        return out.astype(np.float32, copy=False)
    link = _output_link(model, out.shape[1])
    if link == "sigmoid":
        out = np.exp(-np.logaddexp(0.0, -out.astype(np.float64)))
    elif link == "softmax":
        shifted = out.astype(np.float64) - out.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        out = e / e.sum(axis=1, keepdims=True)
    elif link == "clip":
        out = np.clip(out, 0.0, 1.0)
    return out.astype(np.float32, copy=False)


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
    Thread-safe: :meth:`configure` from the GUI while the worker calls; a new config applies at the next call.
    """

    key = "decision"

    def __init__(self, grid: DecisionGrid | DecisionGridConfig | None = None, *, max_rate: float = DECISION_MAX_RATE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.grid = grid if isinstance(grid, DecisionGrid) else DecisionGrid(grid)
        if not max_rate > 0:
            raise ValueError(f"max_rate must be > 0 results per second, got {max_rate!r}")
        self.max_rate = float(max_rate)
        self._gap = _RATE_TOLERANCE / self.max_rate
        self._clock = clock
        self._lock = threading.Lock()
        self._last = -math.inf
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

    def __call__(self, model: Any, dataset: Any, *, force: bool = False, step: int | None = None) -> dict:
        if decision_unavailable(dataset) is not None:
            return {}
        now = self._clock()
        with self._lock:
            if not force and now - self._last < self._gap:
                return {}
            self._last = now
            self._frames += 1
            frame = self._frames
        self._dataset_ref = weakref.ref(dataset)
        grid = self.grid.arrays(dataset)
        n = grid.resolution
        out = model.predict(grid.X, batch_size=min(len(grid.X), 65536))
        z = output_probabilities(out, model, dataset.task).reshape(n, n, -1)
        return {self.key: {
            "step": step, "frame": frame, "z": z, "extent": grid.extent, "features": grid.features,
            "resolution": n, "task": dataset.task,
        }}

    def __repr__(self) -> str:
        config = self.config
        return (f"DecisionRegionProbe(resolution={config.resolution}, features={config.features}, "
                f"max_rate={self.max_rate:g})")


# ===================================================== weights, neuron maps and test-set results
# WeightsProbe and NeuronMapsProbe feed annstudio.gui.network_view.NetworkView (the network diagram);
# ResultsProbe feeds annstudio.gui.results_panel.ResultsPanel (confusion matrix, gallery, first-layer
# weights). Each returns ``{}`` when called sooner than ``1 / max_rate`` seconds after its last result
# (nothing new to send) and has ``compute(model, dataset=None)`` without that limit, for the exact final
# picture when a run paused or ended (``None``: the dataset of the last call, while it is alive).
class _Throttle:
    """``due()`` is true at most about ``max_rate`` times a second (wall clock; ``None``: always).

    A call is let through when 90 % of ``1 / max_rate`` has passed, so a caller at exactly a multiple
    of the rate (the worker's 30 payloads a second, with jitter) is answered every 3rd call, not 4th.
    """

    def __init__(self, max_rate: float | None, clock: Callable[[], float]) -> None:
        if max_rate is not None and not (isinstance(max_rate, (int, float)) and max_rate > 0):
            raise ValueError(f"max_rate must be a positive number of results per second or None, got {max_rate!r}")
        self.max_rate = None if max_rate is None else float(max_rate)
        self._gap = 0.0 if max_rate is None else 0.9 / float(max_rate)
        self._clock = clock
        self._last = -math.inf
        self._extra = 0.0  # a longer wait after an expensive result (see spent)

    def due(self) -> bool:
        now = self._clock()
        if now - self._last < max(self._gap, self._extra):
            return False
        self._last = now
        return True

    def spent(self, seconds: float, budget: float | None) -> None:
        """The last result took ``seconds``: wait ``seconds / budget`` before the next, so that computing
        results takes at most the ``budget`` share of the caller's time."""
        self._extra = seconds / budget if budget else 0.0

    def reset(self) -> None:
        self._last = -math.inf
        self._extra = 0.0


def _weak(obj: Any) -> Callable[[], Any]:
    try:
        return weakref.ref(obj)
    except TypeError:
        return lambda: obj


class WeightsProbe:
    """The model's weights, for the network diagram: ``{"weights": {"layer/kernel": (in, out), ...},
    "weights_spec": model.spec.to_dict()}``.

    ``weights`` are copies from ``model.get_weights()`` (every weight, Keras' names and order);
    ``weights_spec`` is the spec of the model they belong to (plain data), so a view can draw the model
    that is training even when the editor's spec has changed since the run started.
    """

    key = "weights"

    def __init__(self, max_rate: float | None = 10.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._throttle = _Throttle(max_rate, clock)
        self.max_rate = self._throttle.max_rate

    def __call__(self, model: Any, dataset: Any = None, *, force: bool = False) -> dict[str, Any]:
        if not force and not self._throttle.due():
            return {}
        return self.compute(model)

    def compute(self, model: Any, dataset: Any = None) -> dict[str, Any]:
        spec = getattr(model, "spec", None)
        out: dict[str, Any] = {self.key: model.get_weights()}
        if spec is not None:
            out["weights_spec"] = spec.to_dict()
        return out

    def reset_rate_limit(self) -> None:
        self._throttle.reset()

    def __repr__(self) -> str:
        return f"WeightsProbe(max_rate={self.max_rate})"


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
    Returns ``{}`` for data with other than two inputs.
    """

    key = "neuron_maps"

    def __init__(self, resolution: int = 24, max_rate: float | None = 4.0, *, margin: float = 0.08,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(resolution, bool) or not isinstance(resolution, (int, np.integer)) or not 2 <= resolution <= 256:
            raise ValueError(f"resolution must be a whole number from 2 to 256, got {resolution!r}")
        self.resolution = int(resolution)
        self.margin = float(margin)
        self._throttle = _Throttle(max_rate, clock)
        self.max_rate = self._throttle.max_rate
        self._dataset: Callable[[], Any] | None = None
        self._grid: tuple[np.ndarray, tuple[float, float, float, float]] | None = None

    @staticmethod
    def applies(dataset: Any) -> bool:
        """True for data with exactly two input features."""
        return dataset is not None and tuple(np.shape(dataset.x_train)[1:]) == (2,)

    def __call__(self, model: Any, dataset: Any, *, force: bool = False) -> dict[str, Any]:
        if not self.applies(dataset):
            return {}
        if not force and not self._throttle.due():
            return {}
        return self.compute(model, dataset)

    def compute(self, model: Any, dataset: Any = None) -> dict[str, Any]:
        if dataset is None:
            dataset = self._dataset() if self._dataset is not None else None
        if not self.applies(dataset):
            return {}
        if self._grid is None or self._dataset is None or self._dataset() is not dataset:
            self._grid = two_input_grid(dataset.x_train, self.resolution, self.margin)
            self._dataset = _weak(dataset)
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


def image_shape(dataset: Any) -> tuple[int, int] | None:
    """``(height, width)`` when the samples are images: 2-D samples (``(28, 28)``, or ``(h, w, 1)``),
    or a square number >= 64 of inputs (flattened images: digits' 64 = 8x8, 784 = 28x28); else ``None``."""
    if dataset is None:
        return None
    shape = tuple(int(d) for d in np.shape(dataset.x_train)[1:])
    if len(shape) == 2:
        return shape
    if len(shape) == 3 and shape[2] == 1:
        return shape[:2]
    if len(shape) == 1:
        side = math.isqrt(shape[0])
        if shape[0] >= 64 and side * side == shape[0]:
            return (side, side)
    return None


def confusion_matrix(y_true: Any, y_pred: Any, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` int64 counts: row = true class, column = predicted class
    (scikit-learn's ``confusion_matrix`` with ``labels=range(n_classes)``)."""
    y_true = np.asarray(y_true, dtype=np.int64).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=np.int64).reshape(-1)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has {y_true.size} labels but y_pred has {y_pred.size}")
    flat = y_true * n_classes + y_pred
    return np.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes).astype(np.int64)


def class_scores(confusion: Any) -> dict[str, np.ndarray]:
    """Per class ``precision``, ``recall``, ``f1`` (float64, 0 where undefined, as scikit-learn's
    ``zero_division=0``) and ``support`` (true samples per class) from a confusion matrix."""
    cm = np.asarray(confusion, dtype=np.float64)
    tp = np.diag(cm)
    predicted, support = cm.sum(axis=0), cm.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        denom = precision + recall
        f1 = np.where(denom > 0, 2 * precision * recall / denom, 0.0)
    return {"precision": precision, "recall": recall, "f1": f1, "support": support.astype(np.int64)}


def display_images(x: np.ndarray, shape: tuple[int, int], standardizer: Any = None) -> np.ndarray:
    """Samples ``x`` as uint8 grey images ``(n, h, w)`` (0 = black), for showing: standardised inputs are
    mapped back first; then the range of the values (0..1 pixels, 0..255, ...) is stretched to 0..255."""
    x = np.asarray(x)
    if standardizer is not None:
        x = standardizer.inverse_transform(x)
    x = x.reshape(len(x), *shape).astype(np.float32, copy=False)
    lo, hi = (float(x.min()), float(x.max())) if x.size else (0.0, 1.0)
    if lo >= 0.0 and hi <= 1.0:
        lo, hi = 0.0, 1.0
    elif lo >= 0.0 and hi <= 255.0 and hi > 16.0:
        lo, hi = 0.0, 255.0
    scale = 255.0 / (hi - lo) if hi > lo else 0.0
    return np.clip(np.rint((x - lo) * scale), 0, 255).astype(np.uint8)


def class_probabilities(out: np.ndarray, model: Any) -> np.ndarray:
    """A classifier's outputs ``(n, k)`` as probabilities (float32): a sigmoid/softmax output layer's values
    as they are; logits (a linear output trained with ``from_logits=True``) through sigmoid (k = 1) or
    softmax; anything else clipped to [0, 1]."""
    out = np.asarray(out, dtype=np.float64).reshape(len(out), -1)
    layers = getattr(getattr(model, "spec", None), "layers", None) or []
    last = layers[-1] if layers else None
    if last is not None and last.config.get("activation") in ("sigmoid", "softmax"):
        return out.astype(np.float32)
    if bool(getattr(getattr(model, "loss", None), "from_logits", False)):
        if out.shape[1] == 1:
            return np.exp(-np.logaddexp(0.0, -out)).astype(np.float32)
        e = np.exp(out - out.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
    return np.clip(out, 0.0, 1.0).astype(np.float32)


class ResultsProbe:
    """Predictions on the test set, for the results panel: ``{"results": {...}}`` with

    - always: ``"task"``, ``"n"`` (test samples used: the first ``max_samples``), ``"y_true"``,
      ``"y_pred"``, ``"dataset_key"`` (changes when the dataset does), ``"frame"`` (results so far);
    - classification: ``y_true``/``y_pred`` int64 ``(n,)``, ``"proba"`` float32 ``(n,)`` (the probability of
      the predicted class), ``"confusion"`` ``(k, k)`` int64 (row = true class, column = predicted),
      ``"accuracy"``, ``"n_classes"``, ``"class_names"``;
    - regression: ``y_true``/``y_pred`` float32 ``(n, outputs)`` in the data's own units (a standardised
      target is mapped back), ``"mae"``, ``"r2"`` (of the first output);
    - image data: ``"image_shape"`` ``(h, w)``, and ``"images"`` (uint8 ``(n, h, w)``, see
      :func:`display_images`) in the first result for a dataset only, or after :meth:`resend_images`.

    At most ``max_rate`` results a second, and at most the ``budget`` share of the training worker's time:
    a result that took 0.14 s (10,000 Fashion-MNIST images through 784-300-100-10) waits 2.8 s for the
    next at ``budget=0.05``. ``max_rate=None``: a result for every call. ``compute`` (a pause, the end of a
    run) has no limit.
    """

    key = "results"

    def __init__(self, max_rate: float | None = 1.0, max_samples: int = 10_000, *, budget: float | None = 0.05,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_samples, bool) or not isinstance(max_samples, (int, np.integer)) or max_samples < 1:
            raise ValueError(f"max_samples must be a positive whole number, got {max_samples!r}")
        if budget is not None and not 0 < budget <= 1:
            raise ValueError(f"budget must be a share of time in (0, 1] or None, got {budget!r}")
        self.max_samples = int(max_samples)
        self.budget = budget
        self._clock = clock
        self._throttle = _Throttle(max_rate, clock)
        self.max_rate = self._throttle.max_rate
        self._dataset: Callable[[], Any] | None = None
        self._dataset_key = 0
        self._send_images = True
        self._image_seconds = 0.0
        self._frames = 0

    @property
    def last_dataset(self) -> Any:
        """The dataset of the latest call, while it is alive; else ``None``."""
        return self._dataset() if self._dataset is not None else None

    def resend_images(self) -> None:
        """Include ``"images"`` in the next result again (a view that missed them asks for them)."""
        self._send_images = True

    def __call__(self, model: Any, dataset: Any, *, force: bool = False) -> dict[str, Any]:
        if dataset is None or (not force and not self._throttle.due()):
            return {}
        start = self._clock()
        self._image_seconds = 0.0
        result = self.compute(model, dataset)
        if self.max_rate is not None:  # None: a result for every call
            # the one-off image conversion does not count against the budget
            self._throttle.spent(self._clock() - start - self._image_seconds, self.budget)
        return result

    def compute(self, model: Any, dataset: Any = None) -> dict[str, Any]:
        if dataset is None:
            dataset = self.last_dataset
            if dataset is None:
                return {}
        if self.last_dataset is not dataset:
            self._dataset = _weak(dataset)
            self._dataset_key += 1
            self._send_images = True
        n = min(self.max_samples, len(dataset.x_test))
        x = dataset.x_test[:n]
        out = model.predict(x, batch_size=min(max(n, 1), 1024))
        self._frames += 1
        result: dict[str, Any] = {"task": dataset.task, "n": n, "dataset_key": self._dataset_key,
                                  "frame": self._frames}
        if dataset.task == "regression":
            y_true = np.asarray(dataset.y_test[:n], dtype=np.float32).reshape(n, -1)
            y_pred = np.asarray(out, dtype=np.float32).reshape(n, -1)
            scaler = getattr(dataset, "y_standardizer", None)
            if scaler is not None:
                y_true, y_pred = scaler.inverse_transform(y_true), scaler.inverse_transform(y_pred)
            t, p = y_true[:, 0].astype(np.float64), y_pred[:, 0].astype(np.float64)
            ss_tot = float(np.sum((t - t.mean()) ** 2))
            result.update(y_true=y_true, y_pred=y_pred, mae=float(np.mean(np.abs(p - t))) if n else float("nan"),
                          r2=1.0 - float(np.sum((p - t) ** 2)) / ss_tot if ss_tot > 0 else float("nan"))
        else:
            k = int(dataset.n_classes)
            probs = class_probabilities(out, model)
            if probs.shape[1] == 1:  # one sigmoid output: the probability of class 1
                p1 = probs[:, 0]
                y_pred = (p1 > 0.5).astype(np.int64)
                proba = np.where(y_pred == 1, p1, 1.0 - p1)
            else:
                y_pred = np.argmax(probs, axis=1).astype(np.int64)
                proba = probs[np.arange(n), y_pred]
            y_true = np.asarray(dataset.y_test[:n], dtype=np.int64).reshape(-1)
            k = max(k, int(probs.shape[1]) if probs.shape[1] > 1 else 2)
            names = list(dataset.class_names) if dataset.class_names else [str(c) for c in range(k)]
            names += [str(c) for c in range(len(names), k)]
            result.update(
                y_true=y_true, y_pred=y_pred, proba=np.asarray(proba, dtype=np.float32),
                confusion=confusion_matrix(y_true, y_pred, k), accuracy=float(np.mean(y_true == y_pred)) if n else 0.0,
                n_classes=k, class_names=names,
            )
        shape = image_shape(dataset)
        if shape is not None:
            result["image_shape"] = shape
            if self._send_images:
                started = self._clock()
                result["images"] = display_images(x, shape, getattr(dataset, "x_standardizer", None))
                self._image_seconds = self._clock() - started
                self._send_images = False
        return {self.key: result}

    def reset_rate_limit(self) -> None:
        self._throttle.reset()

    def __repr__(self) -> str:
        return f"ResultsProbe(max_rate={self.max_rate}, max_samples={self.max_samples})"
