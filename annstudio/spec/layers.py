"""Layer specifications: what a user edits, as plain data.

A ``LayerSpec`` is a layer kind, a unique name, a config dict whose keys are Keras' own argument names
(``units``, ``activation``, ``use_bias``, ``kernel_initializer``, ``rate``, ...), and an optional list of
input layer names. An empty ``inputs`` list means "the layer before me" (the common plain stack).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .layer_kinds import LAYER_DEFAULTS, LAYER_KINDS, NAME_PREFIX, layer_kind
from .values import (
    ACTIVATIONS,
    INITIALIZERS,
    KERAS_ACTIVATIONS,
    initializer_args,
    normalize_initializer,
    normalize_regularizer,
)

__all__ = [
    "ACTIVATIONS", "INITIALIZERS", "KERAS_ACTIVATIONS", "LAYER_DEFAULTS", "LAYER_KINDS", "NAME_PREFIX", "LayerSpec",
    "initializer_args", "normalize_initializer", "normalize_regularizer",
]


@dataclass
class LayerSpec:
    """One layer: ``kind`` (``"Dense"``, ...), unique ``name``, Keras-named ``config``, ``inputs``."""

    kind: str
    name: str
    config: dict[str, Any] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        try:
            kind = layer_kind(self.kind)
        except ValueError as exc:
            raise ValueError(f"layer {self.name!r}: {exc}") from None
        merged = kind.defaults
        unknown = set(self.config) - set(merged)
        if unknown:
            raise ValueError(
                f"layer {self.name!r} ({self.kind}): unknown setting(s) {', '.join(sorted(unknown))}; "
                f"expected {', '.join(merged) or 'none'}"
            )
        merged = copy.deepcopy(merged)
        merged.update(copy.deepcopy(self.config))
        # Canonical forms so equal layers compare equal; invalid values stay for validation to report.
        for param in kind.params:
            merged[param.key] = param.canonical(merged[param.key])
        self.config = merged
        self.inputs = list(self.inputs)

    def get(self, key: str) -> Any:
        return self.config[key]

    def copy(self) -> LayerSpec:
        return LayerSpec(self.kind, self.name, copy.deepcopy(self.config), list(self.inputs))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "name": self.name, "config": copy.deepcopy(self.config)}
        if self.inputs:
            out["inputs"] = list(self.inputs)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LayerSpec:
        if not isinstance(data, dict) or "kind" not in data:
            raise ValueError(f"a layer must be an object with 'kind', 'name' and 'config', got {data!r:.80}")
        config = data.get("config") or {}
        if not isinstance(config, dict):
            raise ValueError(f"layer {data.get('name')!r}: 'config' must be an object")
        inputs = data.get("inputs") or []
        if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
            raise ValueError(f"layer {data.get('name')!r}: 'inputs' must be a list of layer names")
        return cls(str(data["kind"]), str(data.get("name") or ""), dict(config), inputs)

    def describe(self) -> str:
        """Short human description of the key settings, e.g. ``"8, tanh"``."""
        return layer_kind(self.kind).describe(self.config, list(self.inputs))
