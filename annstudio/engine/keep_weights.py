"""Which trained weights survive an edit of the model ("keep weights" after training).

``carry_weights(old_spec, old_weights, new_spec)`` matches every layer of the edited model that has
weights with a layer of the trained one: first by name, then (when no layer of that name exists, or
its weights do not fit) by position. A layer keeps its trained weights when every weight it has exists
in the match with the same name and shape; otherwise (a changed shape, a new layer) it is left to the
seeded initial draw. Activations, rates and other settings that do not change shapes keep weights.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..spec import ModelSpec
from ..spec.keras_model import layer_weight_shapes


@dataclass
class CarriedWeights:
    """The outcome: ``weights`` (``"layer/weight"`` keys of the new model) for the ``kept`` layers;
    ``reinitialised`` layers get the seeded initial draw."""

    weights: dict[str, np.ndarray] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    reinitialised: list[str] = field(default_factory=list)


def _fits(old: list[tuple[str, tuple[int, ...], bool]], new: list[tuple[str, tuple[int, ...], bool]]) -> bool:
    return [(n, tuple(s)) for n, s, _ in old] == [(n, tuple(s)) for n, s, _ in new]


def carry_weights(old_spec: ModelSpec, old_weights: dict[str, np.ndarray], new_spec: ModelSpec) -> CarriedWeights:
    """The trained weights of ``old_spec`` that fit ``new_spec`` (see the module docstring).
    Raises ``SpecError`` when ``new_spec`` is invalid."""
    new_shapes = layer_weight_shapes(new_spec)
    try:
        old_shapes = layer_weight_shapes(old_spec)
    except Exception:  # noqa: BLE001 - an unreadable old model keeps nothing
        old_shapes = {}
    old_order = list(old_shapes)
    result = CarriedWeights()
    for position, layer in enumerate(new_spec.layers):
        wanted = new_shapes[layer.name]
        if not wanted:
            continue
        candidates = [layer.name] if layer.name in old_shapes else []
        if position < len(old_order) and old_order[position] not in candidates:
            candidates.append(old_order[position])
        source = next((name for name in candidates if _fits(old_shapes[name], wanted)
                       and all(f"{name}/{w}" in old_weights for w, _, _ in wanted)), None)
        if source is None:
            result.reinitialised.append(layer.name)
            continue
        for w, _, _ in wanted:
            result.weights[f"{layer.name}/{w}"] = np.array(old_weights[f"{source}/{w}"], copy=True)
        result.kept.append(layer.name)
    return result
