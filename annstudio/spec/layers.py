"""Layer specifications: what a user edits, as plain data.

A ``LayerSpec`` is a layer kind, a unique name, a config dict whose keys are Keras' own argument names
(``units``, ``activation``, ``use_bias``, ``kernel_initializer``, ``rate``, ...), and an optional list of
input layer names. An empty ``inputs`` list means "the layer before me" (the common plain stack).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..messages import Message, MessageError, Term, joined, message_of
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
            raise MessageError(Message("layer {layer!r}: {problem}", layer=self.name, problem=message_of(exc))) from None
        merged = kind.defaults
        unknown = set(self.config) - set(merged)
        if unknown:
            raise MessageError(Message(
                "layer {layer!r} ({kind}): unknown setting(s) {unknown}; expected {expected}",
                layer=self.name, kind=self.kind, unknown=joined(sorted(unknown)), expected=joined(merged) or Term("none")))
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
            raise MessageError(Message("a layer must be an object with 'kind', 'name' and 'config', got {data!r:.80}",
                                       data=data))
        config = data.get("config") or {}
        if not isinstance(config, dict):
            raise MessageError(Message("layer {layer!r}: 'config' must be an object", layer=data.get("name")))
        inputs = data.get("inputs") or []
        if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
            raise MessageError(Message("layer {layer!r}: 'inputs' must be a list of layer names",
                                       layer=data.get("name")))

        return cls(str(data["kind"]), str(data.get("name") or ""), dict(config), inputs)

    def describe(self) -> str:
        """Short human description of the key settings, e.g. ``"8, tanh"``."""
        return layer_kind(self.kind).describe(self.config, list(self.inputs))
