"""``ModelSpec``: a DAG of named layers, with validation, shape inference and parameter counts.

Layers are kept in a list; a layer with empty ``inputs`` takes the layer before it, so a plain stack
needs no wiring. A ``Concatenate`` names all its inputs (Wide & Deep: ``["input", "dense_1"]``).
The first layer is the ``Input``; the last layer is the model's output.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..limits import MAX_LAYER_OUTPUT, MAX_PARAMS
from ..messages import Message, message_of
from . import jsontext
from .errors import SpecError
from .layer_kinds import NAME_PREFIX, Shape, format_shape, layer_kind
from .layers import LayerSpec

__all__ = ["LayerInfo", "ModelSpec", "Shape"]


@dataclass(frozen=True)
class LayerInfo:
    """What shape inference learned about one layer."""

    name: str
    kind: str
    inputs: tuple[str, ...]
    output_shape: Shape
    trainable_params: int
    non_trainable_params: int

    @property
    def params(self) -> int:
        return self.trainable_params + self.non_trainable_params


@dataclass
class ModelSpec:
    """The model the user edits. ``layers[0]`` is the Input; ``layers[-1]`` is the output."""

    layers: list[LayerSpec] = field(default_factory=list)
    name: str = "model"

    # ----------------------------------------------------------------- construction
    @classmethod
    def stack(cls, input_shape: Iterable[int], layers: Iterable[tuple[str, dict[str, Any]]], name: str = "model") -> ModelSpec:
        """Build a plain stack: ``ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}), ...])``."""
        spec = cls(name=name)
        spec.layers.append(LayerSpec("Input", "input", {"shape": [int(d) for d in input_shape]}))
        for kind, config in layers:
            spec.layers.append(LayerSpec(kind, spec.unique_name(kind), dict(config)))
        return spec

    def unique_name(self, kind: str) -> str:
        """A Keras-style automatic name not used yet: ``dense``, ``dense_1``, ..."""
        prefix = NAME_PREFIX.get(kind, kind.lower())
        used = {layer.name for layer in self.layers}
        if prefix not in used:
            return prefix
        i = 1
        while f"{prefix}_{i}" in used:
            i += 1
        return f"{prefix}_{i}"

    def copy(self) -> ModelSpec:
        return ModelSpec([layer.copy() for layer in self.layers], self.name)

    def index(self, name: str) -> int:
        for i, layer in enumerate(self.layers):
            if layer.name == name:
                return i
        raise KeyError(name)

    def layer(self, name: str) -> LayerSpec:
        return self.layers[self.index(name)]

    # ----------------------------------------------------------------- graph
    def input_names(self, i: int) -> tuple[str, ...]:
        """Names of the layers feeding layer ``i`` (the previous one when ``inputs`` is empty)."""
        layer = self.layers[i]
        if layer.kind == "Input":
            return ()
        if layer.inputs:
            return tuple(layer.inputs)
        return (self.layers[i - 1].name,) if i > 0 else ()

    @property
    def is_plain_stack(self) -> bool:
        """True when every layer takes exactly the one before it (a Keras Sequential)."""
        return all(
            not layer.inputs or list(layer.inputs) == [self.layers[i - 1].name]
            for i, layer in enumerate(self.layers)
            if i > 0
        ) and sum(layer.kind == "Input" for layer in self.layers) == 1

    @property
    def input_shape(self) -> Shape:
        if not self.layers or self.layers[0].kind != "Input":
            raise SpecError(Message("the model must start with an Input layer"), layer=None)
        return tuple(int(d) for d in self.layers[0].config["shape"])

    # ----------------------------------------------------------------- validation & shapes
    def problems(self) -> dict[str | None, str]:
        """Every problem found, keyed by layer name (``None`` for whole-model problems). Empty when valid."""
        found: dict[str | None, str] = {}
        self._infer(found)
        return found

    def validate(self) -> list[LayerInfo]:
        """Raise ``SpecError`` naming the first bad layer; return per-layer shape info when valid."""
        found: dict[str | None, str] = {}
        infos = self._infer(found)
        if found:
            layer, message = next(iter(found.items()))
            raise SpecError(message, layer=layer)
        return infos

    def layer_infos(self) -> list[LayerInfo]:
        """Shape info for every layer that could be inferred (invalid layers are left out)."""
        return self._infer({})

    def values_per_sample(self) -> int:
        """The values one sample holds in the layers' outputs together (the input and every layer's output): what
        a forward pass keeps per row of a batch (``limits.MAX_BATCH_VALUES`` bounds it times the rows)."""
        return sum(_size(info.output_shape) for info in self.layer_infos())

    @property
    def output_shape(self) -> Shape:
        return self.validate()[-1].output_shape

    def count_params(self) -> tuple[int, int]:
        """(trainable, non-trainable) parameter counts, as ``model.summary()`` reports them."""
        infos = self.validate()
        return sum(i.trainable_params for i in infos), sum(i.non_trainable_params for i in infos)

    def _infer(self, found: dict[str | None, str]) -> list[LayerInfo]:
        infos: list[LayerInfo] = []
        if not self.layers:
            found[None] = Message("the model is empty; add an Input layer")
            return infos
        if self.layers[0].kind != "Input":
            found[self.layers[0].name] = Message("the first layer must be an Input layer, not {kind}",
                                                 kind=self.layers[0].kind)
            return infos
        names: dict[str, int] = {}
        for i, layer in enumerate(self.layers):
            if not layer.name or not isinstance(layer.name, str):
                found[layer.name or f"#{i}"] = Message("layer #{index} ({kind}) has no name", index=i, kind=layer.kind)
            elif layer.name in names:
                found[layer.name] = Message("the name {name!r} is used twice (layers #{first} and #{second}); "
                                            "names must be unique", name=layer.name, first=names[layer.name], second=i)
            else:
                names[layer.name] = i
        if found:
            return infos
        cycle = self._find_cycle(names)
        if cycle:
            found[cycle[0]] = Message("the layers form a cycle: {cycle}", cycle=" -> ".join(cycle))
            return infos
        shapes: dict[str, Shape] = {}
        for i, layer in enumerate(self.layers):
            if i > 0 and layer.kind == "Input":
                found[layer.name] = Message("only the first layer may be an Input layer")
                continue
            sources = self.input_names(i)
            bad_source = next((s for s in sources if s not in names), None)
            if bad_source is not None:
                found[layer.name] = Message("layer {layer!r} takes input from {source!r}, which does not exist",
                                            layer=layer.name, source=bad_source)
                continue
            late = next((s for s in sources if names[s] >= i), None)
            if late is not None:
                found[layer.name] = Message("layer {layer!r} takes input from {source!r}, which comes after it; "
                                            "move it below {source!r}", layer=layer.name, source=late)
                continue
            missing = [s for s in sources if s not in shapes]
            if missing:
                continue  # an upstream layer is already reported
            try:
                out, trainable, frozen = _layer_shape(layer, [shapes[s] for s in sources])
            except SpecError as exc:
                found[layer.name] = exc.message
                continue
            problem = _over_budget(out, trainable + frozen)
            if problem:
                found[layer.name] = problem
                continue
            shapes[layer.name] = out
            infos.append(LayerInfo(layer.name, layer.kind, sources, out, trainable, frozen))
        total = sum(i.params for i in infos)
        if not found and total > MAX_PARAMS:
            largest = max(infos, key=lambda i: i.params)
            found[largest.name] = Message(
                "the model has {count:,} parameters, more than the {max_params:,} allowed (this layer, the "
                "largest, has {params:,})",
                count=total, max_params=MAX_PARAMS, params=largest.params)
        if not found:
            used = {s for i in range(len(self.layers)) for s in self.input_names(i)}
            for layer in self.layers[:-1]:
                if layer.name not in used:
                    found[layer.name] = Message(
                        "the output of layer {layer!r} is not used; connect it (e.g. from a Concatenate) or remove it",
                        layer=layer.name)
        return infos

    def _find_cycle(self, names: dict[str, int]) -> list[str] | None:
        """A cycle of layers (``[a, b, ..., a]``), or ``None``; iterative, so a chain or ring of any
        length is checked without Python's recursion limit."""
        state: dict[str, int] = {}   # 1: on the current path, 2: done
        for start in names:
            if start in state:
                continue
            path: list[str] = [start]
            pending = [iter(self.input_names(names[start]))]
            state[start] = 1
            while pending:
                source = next(pending[-1], None)
                if source is None:
                    state[path.pop()] = 2
                    pending.pop()
                    continue
                if source not in names:
                    continue
                if state.get(source) == 1:
                    return path[path.index(source):] + [source]
                if source not in state:
                    state[source] = 1
                    path.append(source)
                    pending.append(iter(self.input_names(names[source])))
        return None

    # ----------------------------------------------------------------- targets
    # ----------------------------------------------------------------- text & JSON
    def summary(self) -> str:
        """A table like Keras' ``model.summary()``."""
        infos = {info.name: info for info in self.layer_infos()}
        rows = [("Layer (type)", "Output Shape", "Param #", "Connected to")]
        for i, layer in enumerate(self.layers):
            info = infos.get(layer.name)
            shape = _fmt((None, *info.output_shape)) if info else "?"
            params = f"{info.params:,}" if info else "?"
            rows.append((f"{layer.name} ({layer.kind})", shape, params, ", ".join(self.input_names(i)) or "-"))
        widths = [max(len(r[c]) for r in rows) for c in range(4)]
        line = "  ".join("-" * w for w in widths)
        out = [f'Model: "{self.name}"', line]
        for j, row in enumerate(rows):
            cells = (cell.rjust(w) if c == 2 else cell.ljust(w) for c, (cell, w) in enumerate(zip(row, widths, strict=True)))
            out.append("  ".join(cells).rstrip())
            if j == 0:
                out.append(line)
        out.append(line)
        try:
            trainable, frozen = self.count_params()
            out += [
                f" Total params: {trainable + frozen:,}",
                f" Trainable params: {trainable:,}",
                f" Non-trainable params: {frozen:,}",
            ]
        except SpecError as exc:
            out.append(f" Invalid model: {exc}")
        return "\n".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "layers": [layer.to_dict() for layer in self.layers]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelSpec:
        if not isinstance(data, dict) or not isinstance(data.get("layers"), list):
            raise SpecError(Message("a model must be an object with a 'layers' list"), layer=None)
        layers = []
        for i, item in enumerate(data["layers"]):
            try:
                layers.append(LayerSpec.from_dict(item))
            except ValueError as exc:
                raise SpecError(Message("layer #{index}: {problem}", index=i, problem=message_of(exc)),
                                layer=None) from None
        return cls(layers, str(data.get("name") or "model"))

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_json(cls, text: str) -> ModelSpec:
        return cls.from_dict(jsontext.loads(text))


_fmt = format_shape


def _layer_shape(layer: LayerSpec, in_shapes: list[Shape]) -> tuple[Shape, int, int]:
    """Output shape, trainable and non-trainable parameter counts of one layer, or ``SpecError``."""
    try:
        return layer_kind(layer.kind).infer(layer.config, in_shapes)
    except ValueError as exc:
        raise SpecError(message_of(exc), layer=layer.name) from None



def _over_budget(out: Shape, params: int) -> Message | None:
    """A message when one layer alone exceeds the parameter or activation budget (``annstudio.limits``)."""
    if params > MAX_PARAMS:
        return Message("too many parameters: {count:,}, more than the {max_params:,} a model may have",
                       count=params, max_params=MAX_PARAMS)
    size = 1
    for d in out:
        size *= int(d) if d is not None else 1
    if size > MAX_LAYER_OUTPUT:
        return Message("too many values per sample: {count:,}, more than the {max_values:,} a layer may output",
                       count=size, max_values=MAX_LAYER_OUTPUT)
    return None


def _size(shape: Shape) -> int:
    """Values in one sample of ``shape`` (the batch dimension, ``None``, left out)."""
    size = 1
    for dim in shape:
        if dim is not None:
            size *= int(dim)
    return size
