"""Activation statistics: what each Dense/Activation layer's units receive (``ActivationStatsProbe``,
drawn by ``annstudio.gui.views.activation_view``).

The vanishing-gradient story (CURRICULUM.md §3, seed 003): backpropagation multiplies every layer's
f'(z). Where sigmoid/tanh saturate, f'(z) is almost 0 and little gradient gets through; a ReLU unit
that outputs 0 for every sample passes no gradient at all ("dead").
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from ...backends.base import TrainableModel
from ...backends.numpy.activations import ACTIVATIONS
from .common import Throttle, weak

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


def layer_pre_activations(model: TrainableModel, x: Any) -> dict[str, dict[str, Any]]:
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


#: the largest histogram range counted directly (its width, twice this, is still a float64)
_MAX_LIMIT = 1e300


def activation_stats(model: TrainableModel, x: Any, bins: int = 40) -> dict[str, dict[str, Any]]:
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
        # in float64: float32 values near 3e38 made the range's width overflow and np.histogram index past its
        # bins (IndexError), so the Activations tab stopped updating; past 1e300 (float64 data) it is counted
        # in units of the range, whose width would overflow float64 too
        finite = flat[np.isfinite(flat)].astype(np.float64)
        top = float(np.abs(finite).max()) if finite.size else 1.0
        limit = max(1.0, float(math.ceil(top)))
        if limit <= _MAX_LIMIT:
            hist, edges = np.histogram(finite, bins=bins, range=(-limit, limit))
        else:
            hist, unit_edges = np.histogram(finite / limit, bins=bins, range=(-1.0, 1.0))
            edges = unit_edges * limit
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
    ``force=True`` and :meth:`compute` skip that limit, for a last exact look when a run paused or ended.
    """

    key = "activations"
    #: results are new arrays the probe never touches again: the worker sends them without a copy
    fresh_results = True

    def __init__(self, sample_size: int = 256, bins: int = 40, max_rate: float | None = 5.0, seed: int = 0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(sample_size, bool) or not isinstance(sample_size, int) or sample_size < 1:
            raise ValueError(f"sample_size must be a positive integer, got {sample_size!r}")
        if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
            raise ValueError(f"bins must be a positive integer, got {bins!r}")
        self._throttle = Throttle(max_rate, clock)
        self.sample_size = sample_size
        self.bins = bins
        self.max_rate = max_rate
        self.seed = int(seed)
        self._dataset: Callable[[], Any] | None = None  # weak reference: a closed project's data can go
        self._x: np.ndarray | None = None

    def __call__(self, model: TrainableModel, dataset: Any, *, force: bool = False) -> dict[str, Any]:
        if dataset is None and self._x is None:
            return {}
        if not self._throttle.due(force):
            return {}
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
            self._dataset = weak(dataset)
        return self._x

    def compute(self, model: TrainableModel, dataset: Any = None) -> dict[str, Any]:
        """The statistics now, on ``dataset``'s sample (``None``: the sample of the last call)."""
        x = self.sample(dataset) if dataset is not None else self._x
        if x is None:
            raise ValueError("no sample yet: pass the dataset on the first call")
        return {self.key: activation_stats(model, x, self.bins)}

    def reset_rate_limit(self) -> None:
        """Let the next call through at once (a new run starts)."""
        self._throttle.reset()

    def __repr__(self) -> str:
        return f"ActivationStatsProbe(sample_size={self.sample_size}, bins={self.bins}, max_rate={self.max_rate})"
