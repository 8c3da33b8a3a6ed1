"""Pure edit operations on a ``ModelSpec``: each returns a new spec and leaves its argument untouched.

The editor wraps each in one undo command; keeping them Qt-free lets tests check every edit directly.
Names stay unique and references (a Concatenate's ``inputs``) follow renames, moves and removals.
"""
from __future__ import annotations

import copy
from typing import Any

from ..messages import Message, MessageError
from .layers import LAYER_DEFAULTS, LayerSpec
from .model import ModelSpec


def insert_layer(spec: ModelSpec, kind: str, index: int, config: dict[str, Any] | None = None,
                 name: str | None = None) -> ModelSpec:
    """Insert a new layer of ``kind`` at ``index`` (clamped after the Input)."""
    if kind not in LAYER_DEFAULTS:
        raise MessageError(Message("unknown layer kind {kind!r}", kind=kind))
    out = spec.copy()
    layer = LayerSpec(kind, name if name and name not in _names(out) else out.unique_name(kind), dict(config or {}))
    index = _clamp_insert(out, index, kind)
    out.layers.insert(index, layer)
    return out


def insert_layers(spec: ModelSpec, layers: list[LayerSpec], index: int) -> ModelSpec:
    """Insert copies of ``layers`` (paste); names are made unique, links inside the group are kept."""
    out = spec.copy()
    index = _clamp_insert(out, index, None)
    renames: dict[str, str] = {}
    fresh: list[LayerSpec] = []
    taken = _names(out)
    for layer in layers:
        new = layer.copy()
        if new.kind == "Input":
            continue
        if new.name in taken:
            new.name = _unique_like(new.name, new.kind, taken)
        renames[layer.name] = new.name
        taken.add(new.name)
        fresh.append(new)
    for layer in fresh:
        layer.inputs = [renames.get(name, name) for name in layer.inputs]
    out.layers[index:index] = fresh
    return out


def remove_layers(spec: ModelSpec, names: list[str]) -> ModelSpec:
    """Remove layers by name (never the Input); links to them are dropped from Concatenates."""
    out = spec.copy()
    keep_first = bool(out.layers) and out.layers[0].kind == "Input"
    gone = {name for name in names if not (keep_first and name == out.layers[0].name)}
    out.layers = [layer for layer in out.layers if layer.name not in gone]
    for layer in out.layers:
        if layer.inputs:
            layer.inputs = [name for name in layer.inputs if name not in gone]
    return out


def move_layer(spec: ModelSpec, name: str, index: int) -> ModelSpec:
    """Move layer ``name`` so it ends up at position ``index`` (the Input stays first)."""
    out = spec.copy()
    src = out.index(name)
    if src == 0 and out.layers[0].kind == "Input":
        return out
    layer = out.layers.pop(src)
    index = max(1 if out.layers and out.layers[0].kind == "Input" else 0, min(index, len(out.layers)))
    out.layers.insert(index, layer)
    return out


def duplicate_layers(spec: ModelSpec, names: list[str]) -> ModelSpec:
    """Insert copies of the named layers right after the last of them."""
    picked = [layer for layer in spec.layers if layer.name in set(names) and layer.kind != "Input"]
    if not picked:
        return spec.copy()
    after = max(spec.index(layer.name) for layer in picked) + 1
    return insert_layers(spec, picked, after)


def set_layer_config(spec: ModelSpec, name: str, key: str, value: Any) -> ModelSpec:
    """Change one setting of one layer."""
    out = spec.copy()
    layer = out.layer(name)
    if key not in layer.config:
        raise KeyError(f"layer {name!r} ({layer.kind}) has no setting {key!r}")
    layer.config[key] = copy.deepcopy(value)
    out.layers[out.index(name)] = LayerSpec(layer.kind, layer.name, layer.config, layer.inputs)  # re-normalise
    return out


def set_layer_inputs(spec: ModelSpec, name: str, inputs: list[str]) -> ModelSpec:
    """Wire a layer's inputs (a Concatenate's links); ``[]`` means "the layer before"."""
    out = spec.copy()
    out.layer(name).inputs = list(inputs)
    return out


def rename_layer(spec: ModelSpec, old: str, new: str) -> ModelSpec:
    """Rename a layer and every reference to it; the new name must be free and non-empty."""
    new = new.strip()
    if not new:
        raise MessageError(Message("a layer name cannot be empty"))
    if new != old and new in _names(spec):
        raise MessageError(Message("the name {name!r} is already used by another layer", name=new))

    out = spec.copy()
    out.layer(old).name = new
    for layer in out.layers:
        layer.inputs = [new if n == old else n for n in layer.inputs]
    return out


def _names(spec: ModelSpec) -> set[str]:
    return {layer.name for layer in spec.layers}


def _clamp_insert(spec: ModelSpec, index: int, kind: str | None) -> int:
    low = 1 if spec.layers and spec.layers[0].kind == "Input" and kind != "Input" else 0
    return max(low, min(int(index), len(spec.layers)))


def _unique_like(name: str, kind: str, taken: set[str]) -> str:
    base = name.rsplit("_", 1)[0] if name.rsplit("_", 1)[-1].isdigit() else name
    i = 1
    while f"{base}_{i}" in taken:
        i += 1
    return f"{base}_{i}"
