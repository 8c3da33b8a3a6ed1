"""The seeded initial-weight draw both backends share, so a seed gives both the same starting weights.

``initial_weights(spec, seed, dtype)`` draws every weight of a model (``"layer/weight"`` keys in Keras'
order); the NumPy backend's layers draw theirs with the same ``initial_value`` and ``weight_rng``, the
TensorFlow backend copies ``initial_weights`` into its Keras model.

Weight initializers with Keras' names and distributions (``keras/src/initializers/random_initializers.py``).

fan_in, fan_out = ``shape[0], shape[1]`` for a kernel ``(in, out)``; ``shape[0]`` for both with a vector.

- ``glorot_uniform``: U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out)) — Keras' default kernel initializer
- ``glorot_normal``: truncated normal, stddev = sqrt(2 / (fan_in + fan_out)) / 0.87962566103423978
- ``he_uniform``: U(-limit, limit), limit = sqrt(6 / fan_in)
- ``he_normal``: truncated normal, stddev = sqrt(2 / fan_in) / 0.87962566103423978
- ``random_normal(mean=0, stddev=0.05)``, ``random_uniform(minval=-0.05, maxval=0.05)``, ``zeros``, ``ones``

Truncated normals redraw values farther than two standard deviations from the mean (as Keras); the
constant 0.8796... is the standard deviation of a unit normal truncated at +-2, so the result has the
intended variance.

Randomness: every weight gets its own ``numpy.random.Generator`` seeded from (model seed, layer index,
weight name), so the same seed gives bit-identical weights whatever else changes in the model.
"""
from __future__ import annotations

import math
import zlib
from typing import Any

import numpy as np

from ..spec import ModelSpec
from ..spec.keras_model import layer_weights
from ..spec.layers import initializer_args

TRUNCATED_NORMAL_STDDEV = 0.87962566103423978


def weight_rng(seed: int, layer_index: int, weight_name: str) -> np.random.Generator:
    """The generator for one weight: deterministic in (seed, layer index, weight name)."""
    return np.random.default_rng(np.random.SeedSequence([seed, layer_index, zlib.crc32(weight_name.encode())]))


def compute_fans(shape: tuple[int, ...]) -> tuple[int, int]:
    """(fan_in, fan_out) as Keras computes them for dense kernels and vectors."""
    if len(shape) == 0:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = math.prod(shape[:-2])
    return shape[-2] * receptive, shape[-1] * receptive


def truncated_normal(rng: np.random.Generator, shape: tuple[int, ...], mean: float, stddev: float) -> np.ndarray:
    """Normal(mean, stddev) with every value beyond 2 stddev redrawn."""
    values = rng.normal(mean, stddev, size=shape)
    bad = np.abs(values - mean) > 2 * stddev
    while bad.any():
        values[bad] = rng.normal(mean, stddev, size=int(bad.sum()))
        bad = np.abs(values - mean) > 2 * stddev
    return values


def initial_value(initializer: Any, shape: tuple[int, ...], dtype: Any, rng: np.random.Generator) -> np.ndarray:
    """A new array for ``initializer`` (a name or a Keras config, see ``spec.layers.initializer_args``).

    Values are drawn in float64 and then cast, so float32 and float64 models from one seed agree.
    """
    name, args = initializer_args(initializer)
    shape = tuple(int(d) for d in shape)
    fan_in, fan_out = compute_fans(shape)
    if name == "zeros":
        values = np.zeros(shape)
    elif name == "ones":
        values = np.ones(shape)
    elif name == "glorot_uniform":
        limit = math.sqrt(6.0 / max(1.0, fan_in + fan_out))
        values = rng.uniform(-limit, limit, size=shape)
    elif name == "he_uniform":
        limit = math.sqrt(6.0 / max(1.0, fan_in))
        values = rng.uniform(-limit, limit, size=shape)
    elif name == "glorot_normal":
        stddev = math.sqrt(1.0 / max(1.0, (fan_in + fan_out) / 2.0)) / TRUNCATED_NORMAL_STDDEV
        values = truncated_normal(rng, shape, 0.0, stddev)
    elif name == "he_normal":
        stddev = math.sqrt(2.0 / max(1.0, fan_in)) / TRUNCATED_NORMAL_STDDEV
        values = truncated_normal(rng, shape, 0.0, stddev)
    elif name == "random_normal":
        values = rng.normal(float(args["mean"]), float(args["stddev"]), size=shape)
    elif name == "random_uniform":
        values = rng.uniform(float(args["minval"]), float(args["maxval"]), size=shape)
    else:  # initializer_args only returns the names above
        raise ValueError(f"unknown initializer {name!r}")
    return np.ascontiguousarray(values, dtype=dtype)


DTYPES = ("float32", "float64")


def resolve_seed(seed: Any) -> int:
    """``seed`` checked (a non-negative int), or a fresh random one for ``None``."""
    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer or None, got {seed!r}")
    return int(seed)


def resolve_dtype(dtype: Any) -> np.dtype:
    """``dtype`` as a NumPy dtype, float32 or float64 (``ValueError`` otherwise)."""
    try:
        resolved = np.dtype(dtype)
    except TypeError:
        resolved = None
    if resolved is None or resolved.name not in DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    return resolved


def initial_weights(spec: ModelSpec, seed: int, dtype: Any = "float32") -> dict[str, np.ndarray]:
    """Every weight of ``spec`` as drawn for ``seed``: ``{"layer/weight": array}`` in Keras' order.

    Weight ``w`` of the layer at index ``i`` is ``initial_value(<w's initializer in the layer-kind registry>,
    shape, dtype, weight_rng(seed, i, w))``, exactly what the NumPy backend's layers draw. Raises
    ``SpecError`` for an invalid spec.
    """
    dtype = resolve_dtype(dtype)
    weights = layer_weights(spec)
    out: dict[str, np.ndarray] = {}
    for index, layer in enumerate(spec.layers):
        for w in weights[layer.name]:
            rng = weight_rng(seed, index, w.name)
            out[f"{layer.name}/{w.name}"] = initial_value(w.initializer(layer.config), w.shape, dtype, rng)
    return out
