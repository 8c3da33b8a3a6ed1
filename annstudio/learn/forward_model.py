""""This model, this sample": the forward pass of a real model, layer by layer, with its real weights.

``trace(spec, weights, x)`` follows the model's graph for one sample ``x`` and returns a ``TracedLayer``
per layer: for a Dense layer its pre-activation ``A = X·W + B`` and activation ``Z = f(A)`` (the notes'
letters), for the others their output and a note saying what they did (Dropout passes its input through
outside training, Flatten only reshapes, ...). The weights are a backend model's ``get_weights()`` (the
NumPy or the TensorFlow backend, trained or not), so the last layer's output is what ``predict`` gives
for that sample (the core tests check it on both backends).

``condensed(values)`` writes a vector for the lab: up to ``WIDE`` values in full, a wider one as its first
``SHOWN`` values and ``…``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ..messages import Message
from ..spec import ModelSpec
from .forward import activate, number_text, product_shapes, shape_text, sum_working

WIDE = 10    # vectors with more values than this are condensed
SHOWN = 8    # ... to their first SHOWN values


@dataclass(frozen=True)
class TracedLayer:
    name: str
    kind: str
    inputs: tuple[str, ...]
    output: np.ndarray                 # the layer's output for the sample (no batch axis)
    pre: np.ndarray | None = None      # Dense: A = X·W + B (before the activation)
    activation: str | None = None      # Dense and Activation: the activation's name
    shapes: str = ""                   # Dense: "(2,)·(2, 8) → (8,)"; others: the output shape
    note: str = ""                     # a Message: what the layer did, when it is not a product
    working: str = ""                  # Dense: the written-out sum of its first unit (condensed)


def condensed(values: np.ndarray, digits: int = 6) -> str:
    """``[0.1, 0.2, 0.3]``; more than ``WIDE`` values: the first ``SHOWN`` values then ``…``. Higher-rank
    arrays are written flat."""
    flat = np.asarray(values, dtype=np.float64).ravel()
    parts = [number_text(v, digits) for v in flat[: SHOWN if flat.size > WIDE else flat.size]]
    if flat.size > WIDE:
        parts.append("…")
    return "[" + ", ".join(parts) + "]"


def _weight(weights: Mapping[str, np.ndarray], layer: str, name: str) -> np.ndarray:
    return np.asarray(weights[f"{layer}/{name}"], dtype=np.float64)


def trace(spec: ModelSpec, weights: Mapping[str, np.ndarray], x: np.ndarray) -> list[TracedLayer]:
    """Every layer of ``spec`` applied to the one sample ``x`` (shape ``spec.input_shape``) with
    ``weights`` (``"layer/kernel"``..., as ``get_weights()`` returns them), in inference mode."""
    spec.validate()
    x = np.asarray(x, dtype=np.float64).reshape(spec.input_shape)
    outputs: dict[str, np.ndarray] = {}
    traced: list[TracedLayer] = []
    for i, lay in enumerate(spec.layers):
        sources = spec.input_names(i)
        ins = [outputs[s] for s in sources]
        c = lay.config
        kind = lay.kind
        pre = None
        activation = None
        note = ""
        working = ""
        if kind == "Input":
            out = x
            note = Message("one sample of the data, as the model receives it")
        elif kind == "Dense":
            w = _weight(weights, lay.name, "kernel")
            b = _weight(weights, lay.name, "bias") if c.get("use_bias", True) else None
            pre = ins[0] @ w + (0.0 if b is None else b)
            activation = c.get("activation", "linear")
            out = activate(activation, pre)
            shapes = product_shapes(ins[0].shape, w.shape)
            working = sum_working(ins[0], w[:, 0], None if b is None else b[0], pre[0], max_terms=4)
        elif kind == "Activation":
            activation = c.get("activation", "relu")
            out = activate(activation, ins[0])
            note = Message("applies {activation} to every value", activation=activation)
        elif kind == "Dropout":
            out = ins[0]
            note = Message("passed through: dropout only zeroes values while training")
        elif kind == "Flatten":
            out = ins[0].reshape(-1)
            note = Message("the same values, reshaped into one vector")
        elif kind == "Concatenate":
            axis = int(c.get("axis", -1))
            out = np.concatenate(ins, axis=axis - 1 if axis > 0 else axis)
            note = Message("its inputs side by side: {inputs}", inputs=" + ".join(sources))
        elif kind == "BatchNormalization":
            v = ins[0]
            eps = float(c.get("epsilon", 1e-3))
            out = (v - _weight(weights, lay.name, "moving_mean")) / np.sqrt(
                _weight(weights, lay.name, "moving_variance") + eps)
            if c.get("scale", True):
                out = out * _weight(weights, lay.name, "gamma")
            if c.get("center", True):
                out = out + _weight(weights, lay.name, "beta")
            note = Message("(x − moving mean) / √(moving variance + ε) · γ + β, with the stored statistics")
        elif kind == "Rescaling":
            out = ins[0] * float(c.get("scale", 1.0)) + float(c.get("offset", 0.0))
            note = Message("x · {scale} + {offset} for every value", scale=number_text(c.get("scale", 1.0), 6),
                           offset=number_text(c.get("offset", 0.0), 6))
        else:  # a kind added later: say so rather than guess
            raise ValueError(Message("the forward pass lab cannot trace a {kind} layer yet", kind=kind))
        if kind != "Dense":
            shapes = shape_text(out.shape)
        outputs[lay.name] = out
        traced.append(TracedLayer(lay.name, kind, tuple(sources), out, pre, activation, shapes, note, working))
    return traced


def trace_model(model, x: np.ndarray) -> list[TracedLayer]:
    """``trace`` of a backend model (``model.spec``, ``model.get_weights()``) for the sample ``x``."""
    return trace(model.spec, model.get_weights(), x)
